"""`reinstate packet` on a throw-away app: exit codes 0/1/2, JSON envelope, Chinese text, demo."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import typer
from packet_helpers import POA, TODAY, make_case, pdf_text
from typer.testing import CliRunner

from reinstate.cases import EventKind, open_store
from reinstate.packet.commands import register

runner = CliRunner()


def app() -> typer.Typer:
    root = typer.Typer()
    register(root)

    @root.command("version")
    def version() -> None:  # a second command, so typer keeps `packet` as a sub-command
        pass

    return root


def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app(), list(args), catch_exceptions=False)


@pytest.fixture
def ledger(db_url, tmp_path):  # type: ignore[no-untyped-def]
    (tmp_path / "poa.txt").write_text(POA, encoding="utf-8")
    with open_store(db_url) as store:
        ready = make_case(store)
        blocked = make_case(store, with_evidence=False)
    return db_url, ready, blocked, tmp_path


def test_written_exit_0_with_json(ledger) -> None:  # type: ignore[no-untyped-def]
    db, ready, _, tmp = ledger
    out = tmp / "packet.zip"
    result = cli(
        "packet", str(ready), "-o", str(out), "--poa", str(tmp / "poa.txt"),
        "--db", db, "--today", TODAY.isoformat(), "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema_version"] == 1 and data["kind"] == "packet"
    assert data["status"] == "written" and data["container"] == "zip"
    assert data["poa"]["chars"] == len(POA) and data["poa"]["source"]["kind"] == "file"
    assert data["missing"] == []
    with zipfile.ZipFile(out) as archive:
        names = set(archive.namelist())
        assert {f["path"] for f in data["files"]} | {"manifest.json"} == names
        assert "Root cause" in pdf_text(archive.read("poa.pdf"))


def test_refused_exit_1_with_reasons_in_chinese(ledger) -> None:  # type: ignore[no-untyped-def]
    db, _, blocked, tmp = ledger
    out = tmp / "refused"
    result = cli(
        "packet", str(blocked), "-o", str(out), "--poa", str(tmp / "poa.txt"),
        "--db", db, "--today", TODAY.isoformat(), "--lang", "zh",
    )  # fmt: skip
    assert result.exit_code == 1
    assert "未生成材料包" in result.stdout and "G102" in result.stdout
    assert "--force" in result.stdout
    assert not out.exists()


def test_force_exit_0_and_recorded(ledger) -> None:  # type: ignore[no-untyped-def]
    db, _, blocked, tmp = ledger
    out = tmp / "forced"
    result = cli(
        "packet", str(blocked), "-o", str(out), "--poa", str(tmp / "poa.txt"),
        "--db", db, "--today", TODAY.isoformat(), "--lang", "en", "--force",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "--force" in result.stdout and "G102" in result.stdout
    assert "MISSING" in result.stdout
    with open_store(db) as store:
        kinds = [e.kind for e in store.get_case(blocked).events]
    assert kinds.count(EventKind.packet_forced) == 1
    assert (out / "manifest.json").is_file()


def test_input_errors_exit_2(ledger) -> None:  # type: ignore[no-untyped-def]
    db, ready, _, tmp = ledger
    no_poa = cli("packet", str(ready), "-o", str(tmp / "x"), "--db", db, "--lang", "en")
    assert no_poa.exit_code == 2
    assert "no Plan of Action" in no_poa.stderr
    missing_file = cli(
        "packet", str(ready), "-o", str(tmp / "x"), "--poa", str(tmp / "nope.txt"), "--db", db,
        "--format", "json",
    )  # fmt: skip
    assert missing_file.exit_code == 2
    assert json.loads(missing_file.stdout)["error"]["code"] == "file_missing"
    unknown = cli("packet", "999", "-o", str(tmp / "x"), "--poa", str(tmp / "poa.txt"), "--db", db)
    assert unknown.exit_code == 2
    (tmp / "taken").mkdir()
    (tmp / "taken" / "a.txt").write_text("x")
    taken = cli(
        "packet", str(ready), "-o", str(tmp / "taken"), "--poa", str(tmp / "poa.txt"), "--db", db,
        "--lang", "zh",
    )  # fmt: skip
    assert taken.exit_code == 2 and "从不覆盖" in taken.stderr
    assert not (tmp / "x").exists()


def test_demo_packet_with_one_call(tmp_path: Path) -> None:
    from reinstate.demo.packet import demo_packet

    result = demo_packet(tmp_path / "demo.zip")
    assert result.written and result.verdict == "allow" and not result.forced
    assert result.missing == []
    with zipfile.ZipFile(tmp_path / "demo.zip") as archive:
        names = archive.namelist()
        assert "evidence/01-supplier-invoice-EX-2026-0815.pdf" in names
        summary = archive.read("summary-zh.md").decode("utf-8")
        assert "2026-12-07" in summary
        from reinstate.demo import demo_invoice_pdf

        assert archive.read("evidence/01-supplier-invoice-EX-2026-0815.pdf") == demo_invoice_pdf()
    assert [p.name for p in tmp_path.iterdir()] == ["demo.zip"]  # the demo ledger is gone
