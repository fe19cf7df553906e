"""`reinstate health import` and `show` on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from health.conftest import Cli
from health.reports import dumps, multi, report
from reinstate.cases import open_store
from reinstate.health import ledger
from reinstate.health.tables import MetricRow, SnapshotRow


def count(db_url: str, table) -> int:  # type: ignore[no-untyped-def]
    with open_store(db_url) as store, store.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_import_stores_a_snapshot_with_every_metric(db_url: str, report_file) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    result = cli(
        "health", "import", str(report_file(late=0.02)), "--account", "Acme", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "health_import" and data["schema_version"] == 1
    (item,) = data["results"]
    assert item["alerts"] == [] and item["snapshot"]["marketplace"] == "US"
    with open_store(db_url) as store:
        (snaps,) = ledger.history(store, "Acme").values()
    (snap,) = snaps
    assert snap.account_status == "NORMAL" and snap.ahr_status == "GREAT"
    assert snap.metrics["lateShipmentRate"].value == 0.02
    assert len(snap.metrics) == 18  # 8 rates + 10 policy-violation counts
    assert count(db_url, MetricRow) == 18


def test_a_bad_report_keeps_the_last_good_snapshot(db_url: str, report_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    assert cli("health", "import", str(report_file()), "--account", "Acme").exit_code == 0
    broken = report("AT_RISK")
    broken["performanceMetrics"][0]["lateShipmentRate"]["rate"] = "terrible"
    bad = tmp_path / "bad.json"
    bad.write_bytes(dumps(broken))
    result = cli("health", "import", str(bad), "--account", "Acme")
    assert result.exit_code == 2
    assert "lateShipmentRate.rate" in result.output and "bad.json" in result.output
    assert count(db_url, SnapshotRow) == 1
    shown = json.loads(cli("health", "show", "--format", "json").output)
    assert shown["accounts"][0]["snapshots"][-1]["account_status"] == "NORMAL"


def test_one_unknown_marketplace_stores_nothing_at_all(db_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "two.json"
    path.write_bytes(dumps(multi(report(), report(marketplace_id="A0UNKNOWN00000"))))
    result = Cli(db_url)("health", "import", str(path), "--format", "json")
    assert result.exit_code == 2
    error = json.loads(result.output)["error"]
    assert (
        error["code"] == "health_unknown_marketplace" and "A0UNKNOWN00000" in error["message"]["zh"]
    )
    assert count(db_url, SnapshotRow) == 0


def test_a_failure_while_storing_leaves_nothing_half_written(db_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.health import service, settings

    made = []

    def failing_metric(**fields):  # type: ignore[no-untyped-def]
        made.append(fields)
        if len(made) == 25:  # inside the second marketplace's metrics
            raise RuntimeError("disk full")
        return MetricRow(**fields)

    monkeypatch.setattr(ledger, "MetricRow", failing_metric)
    raw = dumps(multi(report(), report(marketplace_id="A1PA6795UKMFR9")))
    with open_store(db_url) as store, pytest.raises(RuntimeError):
        service.import_report(store, raw, account="Acme", settings=settings.HealthSettings())
    assert count(db_url, SnapshotRow) == 0 and count(db_url, MetricRow) == 0


def test_show_prints_trends_and_latest_values_against_targets(db_url: str, report_file) -> None:  # type: ignore[no-untyped-def]
    cli = Cli(db_url)
    for late in (0.01, 0.02, 0.045):
        cli("health", "import", str(report_file(late=late)), "--account", "Acme")
    result = cli("health", "show", "--account", "Acme")
    assert result.exit_code == 0
    line = next(x for x in result.output.splitlines() if "lateShipmentRate" in x)
    assert "▁▃█" in line and "4.50%" in line and "< 4.00%" in line and "BAD" in line
    assert "3 snapshot(s)" in result.output
    zh = cli("health", "show", "--lang", "zh").output
    assert "趋势" in zh and "共 3 个快照" in zh
    data = json.loads(cli("health", "show", "--format", "json").output)
    metric = next(m for m in data["accounts"][0]["metrics"] if m["name"] == "lateShipmentRate")
    assert metric["series"] == [0.01, 0.02, 0.045] and metric["latest"]["status"] == "BAD"
    assert cli("health", "show", "--account", "Nobody").output.startswith("No account health")
    last_two = json.loads(cli("health", "show", "--last", "2", "--format", "json").output)
    metric = next(m for m in last_two["accounts"][0]["metrics"] if m["name"] == "lateShipmentRate")
    assert metric["series"] == [0.02, 0.045] and metric["sparkline"] == "▁█"


def test_a_missing_file_is_a_clear_error(sqlite_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = Cli(sqlite_url)("health", "import", str(tmp_path / "nope.json"))
    assert result.exit_code == 2 and "nope.json" in result.output
