"""The guard from the command line: what it must not let through on hostile or odd input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from reinstate.cli import app

runner = CliRunner()
POA = (
    "Root cause:\nWe bought ASIN B0TEST0001 from a wholesaler that could not show its own "
    "supply chain.\n\nCorrective actions:\nWe removed the listing and refunded the four buyers."
    "\n\nPreventive measures:\nWe now buy only from the authorised distributor and check each "
    "invoice before listing."
)


def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    result = cli(
        "case", "new", "--db", url, "--account", "Lotus\x1b[2J\x1b]0;pwned\x07[bold red]X[/]",
        "--marketplace", "DE", "--category", "inauthentic", "--notice-date", "2026-03-01",
        "--deadline-days", "17", "--asin", "B0TEST0001",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return url


def test_call_to_seller_support_is_blocked(db) -> None:  # type: ignore[no-untyped-def]
    result = cli("guard", "call", "--case", "1", "--to", "seller_support", "--db", db,
                 "--format", "json")  # fmt: skip
    assert result.exit_code == 1
    assert json.loads(result.stdout)["verdict"] == "block"
    assert cli("guard", "call", "--case", "1", "--db", db).exit_code == 0


def test_message_without_a_file_is_an_input_error(db) -> None:  # type: ignore[no-untyped-def]
    result = cli("guard", "message", "--case", "1", "--db", db)
    assert result.exit_code == 2
    assert "--file" in result.stderr


def test_a_passed_deadline_warns_the_appeal(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    poa = tmp_path / "poa.txt"
    poa.write_text(POA, encoding="utf-8")
    result = cli("guard", "appeal", "--case", "1", "--file", str(poa), "--today", "2026-03-19",
                 "--db", db, "--format", "json")  # fmt: skip
    data = json.loads(result.stdout)
    assert data["verdict"] == "warn"
    assert [f["code"] for f in data["findings"]] == ["G106"]
    assert result.exit_code == 1


def test_a_pdf_is_refused_as_the_appeal_text(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    pdf = tmp_path / "invoice.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + b"1 0 obj << /Type /Page >> endobj\n" * 40 + b"%%EOF\n")
    for args in (
        ("guard", "appeal", "--case", "1", "--file", str(pdf), "--db", db),
        ("lint", str(pdf)),
    ):
        result = cli(*args)
        assert result.exit_code == 2, args
        assert "PDF" in result.stderr and "words" not in result.stdout


def test_user_text_cannot_drive_the_terminal(db) -> None:  # type: ignore[no-untyped-def]
    for args in (("case", "list"), ("case", "show", "1"), ("guard", "new-account", "--case", "1")):
        out = cli(*args, "--db", db).stdout
        assert "\x1b" not in out and "\x07" not in out, args
        if args[1] != "new-account":
            assert "[bold red]X[/]" in out, args


def test_a_guardrail_switched_off_by_config_is_said(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text('[rules]\ndisable = ["G201"]\n[rules.severity]\nG501 = "info"\n')
    result = runner.invoke(
        app,
        ["--config", str(config), "guard", "new-account", "--case", "1", "--db", db],
        catch_exceptions=False,
    )
    assert "G201 is switched off by your config" in result.stdout
    assert "G501 is down-graded by your config" in result.stdout
    data = json.loads(
        runner.invoke(
            app,
            ["--config", str(config), "guard", "call", "--case", "1", "--db", db, "-f", "json"],
        ).stdout
    )
    assert {c["code"]: c["change"] for c in data["config_changes"]} == {
        "G201": "disabled",
        "G501": "severity",
    }


def test_chinese_output_has_no_english_headings(db) -> None:  # type: ignore[no-untyped-def]
    out = cli("guard", "call", "--case", "1", "--db", db, "--lang", "zh").stdout
    assert "call" not in out.splitlines()[0] and "case" not in out.splitlines()[0]
