"""Reports as Amazon really sends them: its own schema example, gzip, the same report twice."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from reinstate.cli import app
from reinstate.health.report import schema

runner = CliRunner()


@pytest.fixture
def example(tmp_path):  # type: ignore[no-untyped-def]
    path = tmp_path / "report.json"
    path.write_text(json.dumps(schema()["examples"][0]), encoding="utf-8")
    return path


def _import(path, db):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app, ["health", "import", str(path), "--db", db, "--format", "json"],
        catch_exceptions=False,
    )  # fmt: skip


def test_amazons_own_example_imports_with_its_deviations_reported(example, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = _import(example, f"sqlite:///{tmp_path / 'l.db'}")
    assert result.exit_code in (0, 1), result.stdout
    data = json.loads(result.stdout)
    assert data["kind"] == "health_import"
    where = {d["where"] for d in data["results"][0]["deviations"]}
    assert "$.accountStatuses[2].status" in where
    statuses = {r["snapshot"]["marketplace_id"]: r["snapshot"] for r in data["results"]}
    assert len(statuses) == 3


def test_a_gzip_report_imports(example, tmp_path) -> None:  # type: ignore[no-untyped-def]
    packed = tmp_path / "report.json.gz"
    packed.write_bytes(gzip.compress(example.read_bytes()))
    assert _import(packed, f"sqlite:///{tmp_path / 'l.db'}").exit_code in (0, 1)


def test_the_same_report_twice_is_stored_once(example, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = f"sqlite:///{tmp_path / 'l.db'}"
    assert _import(example, db).exit_code in (0, 1)
    again = _import(example, db)
    assert again.exit_code == 2
    assert json.loads(again.stdout)["error"]["code"] == "health_report_duplicate"


def test_a_report_without_statuses_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.json"
    path.write_text('{"performanceMetrics": []}')
    result = _import(path, f"sqlite:///{tmp_path / 'l.db'}")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["error"]["code"] == "health_report_invalid"
