"""`reinstate notice` through a throwaway Typer app."""

from __future__ import annotations

import json

import typer
from notice_helpers import FIXTURES
from typer.testing import CliRunner

from reinstate.notices.commands import register

runner = CliRunner()


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def main() -> None:
        """Test shell."""

    return app


def test_text_output_in_english_and_chinese() -> None:
    path = str(FIXTURES / "en/inauthentic_deactivation.txt")
    en = runner.invoke(_app(), ["notice", path, "--lang", "en"])
    assert en.exit_code == 0, en.output
    assert "within 17 days" in en.output and "What not to do" in en.output
    assert "Account Health page" in en.output
    zh = runner.invoke(_app(), ["notice", path, "--lang", "zh"])
    assert zh.exit_code == 0
    assert "17 天内" in zh.output and "不要做的事" in zh.output and "账户状况页面" in zh.output


def test_json_is_the_notice_envelope() -> None:
    path = str(FIXTURES / "ja/aha_at_risk.txt")
    result = runner.invoke(_app(), ["notice", path, "--format", "json", "--date", "2026-04-01"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "notice" and data["schema_version"] == 1
    assert data["deadline_days"] == 3 and data["deadline_date"] == "2026-04-04"
    assert data["channel"] == "ahs_call"


def test_jsonl_batch_keeps_going_after_a_bad_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    binary = tmp_path / "scan.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    files = [str(p) for p in sorted((FIXTURES / "de").glob("*.txt"))]
    result = runner.invoke(
        _app(), ["notice", *files, str(binary), str(tmp_path / "missing.txt"), "-f", "jsonl"]
    )
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == len(files) + 2
    assert [x["kind"] for x in lines[: len(files)]] == ["notice"] * len(files)
    assert lines[-2]["error"]["code"] == "notice_binary"
    assert lines[-1]["error"]["code"] == "notice_missing"
    assert lines[-1]["error"]["path"].endswith("missing.txt")


def test_stdin() -> None:
    text = (FIXTURES / "zh/identity_info_request.txt").read_text(encoding="utf-8")
    result = runner.invoke(_app(), ["notice", "-", "-f", "json"], input=text)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"] == "<stdin>" and data["stage"] == "info_request"


def test_single_bad_file_is_exit_2_with_the_file_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(_app(), ["notice", str(empty), "--lang", "en"])
    assert result.exit_code == 2
    assert "empty.txt" in result.output and "empty" in result.output


def test_bad_date_option() -> None:
    path = str(FIXTURES / "en/final_decision.txt")
    result = runner.invoke(_app(), ["notice", path, "--date", "03/02/2026"])
    assert result.exit_code == 2
