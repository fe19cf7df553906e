"""`reinstate health watch`: repeated pulls, bounded in tests."""

from __future__ import annotations

import json

from health.conftest import Cli, endpoints_toml, login
from health.fake_spapi import Scenario
from health.reports import dumps, report
from reinstate.health import commands


def test_watch_pulls_every_account_until_max_runs(
    sqlite_url, fake_api, write_config, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pauses: list[float] = []
    monkeypatch.setattr(commands, "_sleep", pauses.append)
    scenario = Scenario(documents=[dumps(report()), dumps(report("AT_RISK"))])
    api = fake_api(scenario)
    write_config(endpoints_toml(api.url))
    cli = Cli(sqlite_url)
    login(cli, scenario)
    result = cli("health", "watch", "--every", "6h", "--max-runs", "2")
    assert result.exit_code == 0, result.output
    assert "Run 1: Acme" in result.output and "Run 2: Acme" in result.output
    assert "H101" in result.output
    assert pauses == [21600.0]
    assert len(api.calls("createReport")) == 2
    shown = json.loads(cli("health", "show", "--format", "json").output)
    assert [s["account_status"] for s in shown["accounts"][0]["snapshots"]] == ["NORMAL", "AT_RISK"]


def test_a_failed_run_does_not_stop_the_watch(
    sqlite_url, fake_api, write_config, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(commands, "_sleep", lambda s: None)
    scenario = Scenario(documents=[dumps(report())], drop_download=4)
    api = fake_api(scenario)
    write_config(endpoints_toml(api.url))
    cli = Cli(sqlite_url)
    login(cli, scenario)
    result = cli(
        "health",
        "watch",
        "--every",
        "1m",
        "--max-runs",
        "2",
        "--account",
        "Acme",
        "--format",
        "json",
    )
    assert result.exit_code == 0
    runs = [json.loads(chunk) for chunk in result.output.replace("}\n{", "}\x00{").split("\x00")]
    assert "error" in runs[0] and runs[0]["error"]["code"] == "health_network"
    assert runs[1]["results"][0]["snapshot"]["account_status"] == "NORMAL"


def test_watch_refuses_a_bad_interval(sqlite_url) -> None:  # type: ignore[no-untyped-def]
    result = Cli(sqlite_url)("health", "watch", "--every", "sometimes", "--max-runs", "1")
    assert result.exit_code == 2 and "6h" in result.output
