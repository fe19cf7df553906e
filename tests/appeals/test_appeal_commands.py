"""`reinstate lint` and `reinstate outline` through a throwaway Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from reinstate.appeals.commands import lint_command_body, register
from reinstate.shell import Format

GOOD = """Root cause:
We listed ASIN B0C1234567 without checking the supplier's authorisation.

Corrective actions:
We removed the listing on 2 May and refunded the 9 affected buyers.

Preventive measures:
Our purchasing lead now verifies every supplier before the first order."""
BAD = GOOD + "\n\nIf you do not reinstate us we will sue Amazon. Why was our account closed?"


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main() -> None:
        pass

    register(app)
    return app


def invoke(app: typer.Typer, *args: str, input: str | bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input)


def test_lint_good_file_exits_0(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "poa.txt"
    path.write_text(GOOD, encoding="utf-8")
    result = invoke(app, "lint", str(path), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Ready to send" in result.output
    assert "No findings." in result.output


def test_lint_text_output_has_line_column_message_and_fix(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "poa.txt"
    path.write_text(BAD, encoding="utf-8")
    result = invoke(app, "lint", str(path), "--lang", "en")
    assert result.exit_code == 1
    assert "Do not send" in result.output
    assert "10:28" in result.output and "P101" in result.output
    assert "The text threatens legal action" in result.output
    assert "Fix: Delete the threat" in result.output
    zh = invoke(app, "lint", str(path), "--lang", "zh")
    assert "不要发送" in zh.output and "修改建议：" in zh.output


def test_lint_json_from_stdin(app: typer.Typer) -> None:
    result = invoke(app, "lint", "-", "--format", "json", input=BAD)
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["kind"] == "lint" and data["verdict"] == "do_not_send"
    assert {f["code"] for f in data["findings"]} >= {"P101", "P112"}


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (GOOD, "utf-8-sig"),
        (GOOD, "utf-16"),
        ("根本原因：我们没有核实供应商。\n纠正措施：已下架。\n预防措施：每月检查。", "gb18030"),
    ],
)
def test_lint_reads_common_encodings(
    app: typer.Typer, tmp_path: Path, content: str, encoding: str
) -> None:
    path = tmp_path / "poa.txt"
    path.write_bytes(content.encode(encoding))
    result = invoke(app, "lint", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["verdict"] == "ready"


def test_missing_file_is_exit_2_naming_the_file(app: typer.Typer, tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = invoke(app, "lint", str(missing), "--lang", "en")
    assert result.exit_code == 2
    assert "does not exist" in result.output and "nope.txt" in result.output


def test_binary_file_is_exit_2(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff" * 100)
    result = invoke(app, "lint", str(path), "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.output)["error"]["code"] == "file_binary"


def test_empty_input_is_exit_2(app: typer.Typer) -> None:
    result = invoke(app, "lint", "-", "--lang", "zh", input="  \n ")
    assert result.exit_code == 2
    assert "文本为空" in result.output


def test_huge_input_is_exit_2(app: typer.Typer) -> None:
    result = invoke(app, "lint", "-", "--lang", "en", input="a " * (3 * 1024 * 1024))
    assert result.exit_code == 2
    assert "paste the appeal only" in result.output


def test_lint_command_body_takes_case_context(capsys: pytest.CaptureFixture[str]) -> None:
    context = {"asins": ["B0C1234567", "B0D7654321"], "channel": "seller_support"}
    code = lint_command_body(GOOD, "en", Format.json, context)
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert {f["code"] for f in data["findings"]} == {"P116", "P123"}


def test_outline_text_and_json(app: typer.Typer) -> None:
    result = invoke(
        app, "outline", "--category", "inauthentic", "--lang", "zh", "--asin", "B0C1234567"
    )
    assert result.exit_code == 0
    assert "ASIN B0C1234567" in result.output and "【指引】" in result.output
    data = json.loads(invoke(app, "outline", "--category", "pricing", "--format", "json").output)
    assert data["kind"] == "outline" and data["specific"] is False
    assert data["text"].startswith("Plan of Action")


def test_outline_unknown_category_is_exit_2(app: typer.Typer) -> None:
    result = invoke(app, "outline", "--category", "nonsense", "--lang", "en")
    assert result.exit_code == 2
    assert "inauthentic" in result.output
