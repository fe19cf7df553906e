from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from support.related_cli import related_app
from typer.testing import CliRunner


def _write(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    path = tmp_path / "accounts.json"
    path.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_check_json_envelope_and_exit_code(tmp_path: Path, family: list[dict[str, Any]]) -> None:
    path = _write(tmp_path, family)
    result = CliRunner().invoke(
        related_app(), ["related", "check", "--accounts", str(path), "--format", "json"]
    )
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["kind"] == "related"
    assert data["summary"]["clusters"] == 1
    assert {f["code"] for f in data["findings"]} >= {"R001", "R006"}


def test_check_text_in_chinese_for_one_account(
    tmp_path: Path, family: list[dict[str, Any]]
) -> None:
    path = _write(tmp_path, family)
    result = CliRunner().invoke(
        related_app(),
        ["related", "check", "--accounts", str(path), "--account", "A3", "--lang", "zh"],
    )
    assert result.exit_code == 1, result.output
    assert "账户 A3" in result.stdout
    assert "A3 -> A2 -> A1" in result.stdout
    assert "如实" in result.stdout


def test_candidate_file(tmp_path: Path, family: list[dict[str, Any]]) -> None:
    path = _write(tmp_path, family)
    cand = tmp_path / "new.json"
    cand.write_text(json.dumps({"email": "OWNER@example.com"}), encoding="utf-8")
    result = CliRunner().invoke(
        related_app(),
        ["related", "check", "--accounts", str(path), "--candidate", str(cand), "-f", "json"],
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["candidate"] is True
    assert data["findings"][0]["code"] == "R007"
    assert data["links"][0]["accounts"][1] == "A1"


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    path = _write(
        tmp_path, [{"id": "A", "email": "a@example.com"}, {"id": "B", "email": "b@example.com"}]
    )
    result = CliRunner().invoke(related_app(), ["related", "check", "--accounts", str(path)])
    assert result.exit_code == 0, result.output
    assert "No links found" in result.stdout


def test_a_messy_file_shows_ten_problems_and_counts_the_rest(tmp_path: Path) -> None:
    accounts = [{"id": f"A{n}", "email": f"broken{n}@example,com"} for n in range(14)]
    path = _write(tmp_path, [*accounts, {"id": "B", "email": "b@example.com"}])
    result = CliRunner().invoke(related_app(), ["related", "check", "--accounts", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("cannot be used") == 10
    assert "… and 4 more (--format json lists every one)." in result.stdout
    data = json.loads(
        CliRunner()
        .invoke(related_app(), ["related", "check", "--accounts", str(path), "-f", "json"])
        .stdout
    )
    assert len(data["problems"]) == 14


@pytest.mark.parametrize(
    "extra",
    [["--account", "nobody"], ["--account", "A1", "--candidate", "x.json"]],
)
def test_input_errors_exit_2(
    tmp_path: Path, family: list[dict[str, Any]], extra: list[str]
) -> None:
    path = _write(tmp_path, family)
    result = CliRunner().invoke(
        related_app(), ["related", "check", "--accounts", str(path), *extra]
    )
    assert result.exit_code == 2


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    result = CliRunner().invoke(
        related_app(), ["related", "check", "--accounts", str(missing), "-f", "json"]
    )
    assert result.exit_code == 2
    assert json.loads(result.stdout)["error"]["path"] == str(missing)


@pytest.mark.skipif(
    shutil.which("dot") is None, reason="graphviz (apt-get install graphviz) missing"
)
def test_graph_svg(tmp_path: Path, family: list[dict[str, Any]]) -> None:
    path = _write(tmp_path, family)
    svg = tmp_path / "g.svg"
    result = CliRunner().invoke(
        related_app(),
        ["related", "check", "--accounts", str(path), "--graph", str(svg), "-f", "json"],
    )
    assert result.exit_code == 1, result.output
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    for account in ("A1", "A2", "A3", "A4"):  # A4 only shares an IP: drawn, dotted
        assert f">{account}<" in text
    for account in ("B1", "C1", "C2"):
        assert f">{account}<" not in text
    assert "bank" in text


def test_graph_rejects_other_suffixes(tmp_path: Path, family: list[dict[str, Any]]) -> None:
    path = _write(tmp_path, family)
    result = CliRunner().invoke(
        related_app(),
        ["related", "check", "--accounts", str(path), "--graph", str(tmp_path / "g.pdf")],
    )
    assert result.exit_code == 2


def test_cli_module_imports_nothing_heavy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, reinstate.related.commands;"
        "heavy = [m for m in ('duckdb', 'splink', 'pyspark', 'scipy', 'pyarrow', 'phonenumbers',"
        " 'opencc', 'graphviz') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
