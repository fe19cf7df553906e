"""`case show` reads a SQLite ledger with sqlite3 (no SQLAlchemy) and must show exactly what the
store's path shows; PostgreSQL goes through the store."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate.cases import CaseDraft, Channel, EventKind, Status, caseread, open_store
from reinstate.cases.caseread import read_case
from reinstate.cli import app
from reinstate.errors import ReinstateError

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _full_case(db: str) -> int:
    """A case using every column: groups of alternatives, a notice, a profile, files on events."""
    with open_store(db) as store:
        case = store.create_case(
            CaseDraft(
                account="莲花贸易 [bold]Lotus[/]",
                marketplace="de",
                category="supply_chain_invoice",
                notice_date=date(2026, 3, 1),
                deadline_days=17,
                appeal_limit=2,
                asins=["b0test0001", "b0test0002"],
                requested_documents=["invoices", "letter_of_authorization", "utility_bill"],
                requested_groups=[["invoices", "letter_of_authorization"], ["utility_bill"]],
                invoice_window_days=365,
                notice_text="Ihr Konto wurde deaktiviert.\n请提供发票。",
                notice={"deadline_days": 17, "documents": ["invoices"]},
                profile={"supplier": "Acme GmbH", "units": 120},
            )
        )
        store.log_event(
            case.id,
            EventKind.appeal_submitted,
            at=datetime(2026, 3, 5, 9, 30, 15, 123456, tzinfo=UTC),
            channel=Channel.account_health_appeal,
            text="Root cause: …",
            files=[("inv.pdf", PDF + b"1"), ("inv2.pdf", PDF + b"2")],
            role="invoices",
        )
        store.log_event(case.id, EventKind.note, at=datetime(2026, 3, 5, 9, 30, tzinfo=UTC))
        store.add_document(case.id, "loa.pdf", PDF + b"loa", role="letter_of_authorization")
        store.add_document(case.id, "notes.txt", b"plain words", role="other")
        store.update_case(case.id, final_decision=True, status=Status.deactivated)
        return case.id


def test_the_sqlite_read_is_the_store_read(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    case_id = _full_case(db)
    with open_store(db) as store:
        assert read_case(db, case_id) == store.get_case(case_id)
        empty = store.create_case(CaseDraft(account="Bare", marketplace="US"))
        assert read_case(str(tmp_path / "ledger.db"), f"#{empty.id}") == store.get_case(empty.id)


def _show(db: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["case", "show", *args, "--db", db, "--today", "2026-03-20"])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("args", [(), ("--format", "json"), ("--lang", "zh"), ("--all",)])
def test_show_prints_the_same_on_each_database_and_path(
    db_url: str, args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    case_id = str(_full_case(db_url))
    shown = _show(db_url, case_id, *args)
    monkeypatch.setattr(caseread, "sqlite_file", lambda db: None)  # the store's path
    assert shown == _show(db_url, case_id, *args)
    assert shown[0] == 0 and "Lotus" in shown[1]


def test_an_unknown_case_is_the_same_error_on_both_paths(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    _full_case(db)
    for bad in ("999", "abc", "-1", "99999999999"):
        fast = _show(db, bad)
        with pytest.raises(ReinstateError) as info:
            read_case(db, bad)
        assert info.value.code == "unknown_case" and fast[0] == 2
        with monkeypatch.context() as patch:
            patch.setattr(caseread, "sqlite_file", lambda db: None)
            assert _show(db, bad) == fast


def test_a_ledger_sqlite3_cannot_read_goes_through_the_store(tmp_path: Path) -> None:
    missing = tmp_path / "new" / "ledger.db"
    with pytest.raises(ReinstateError) as info:
        read_case(str(missing), 1)
    assert info.value.code == "unknown_case" and missing.exists()  # created, as before
