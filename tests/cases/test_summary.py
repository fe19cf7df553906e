"""Case summaries: one query gives what loading every case gave, paged, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate.cases import CaseDraft, EventKind, Status, deadlines, open_store
from reinstate.cases.readonly import sqlite_file
from reinstate.cases.summary import plain_table, read_summaries, width
from reinstate.cli import app

TODAY = date(2026, 3, 10)


def _ledger(url: str) -> None:
    with open_store(url) as store:
        first = store.create_case(
            CaseDraft(
                account="Lotus 莲花",
                marketplace="DE",
                category="inauthentic",
                notice_date=date(2026, 3, 1),
                deadline_days=17,
            )
        )
        store.log_event(first.id, EventKind.appeal_submitted, at=datetime(2026, 3, 5, tzinfo=UTC))
        store.log_event(first.id, EventKind.appeal_rejected, at=datetime(2026, 3, 6, tzinfo=UTC))
        store.add_document(first.id, "invoice.pdf", b"%PDF-1.4 supplier invoice", role="invoices")
        store.create_case(CaseDraft(account="Nord", marketplace="US", category="other"))
        store.create_case(
            CaseDraft(
                account="Kite",
                marketplace="JP",
                category="inauthentic",
                status=Status.deactivated,
                notice_date=date(2026, 2, 1),
            )
        )


def test_summaries_match_the_full_cases(db_url: str) -> None:
    _ledger(db_url)
    page = read_summaries(db_url)
    with open_store(db_url) as store:
        full = store.list_cases()
    assert page.total == 3
    assert [s.id for s in page.cases] == [c.id for c in full]
    for summary, case in zip(page.cases, full, strict=True):
        upcoming = [d for d in deadlines(case) if d.days_left(TODAY) >= 0]
        expected = upcoming[0].to_json(TODAY) if upcoming else None
        data = summary.to_json(TODAY)
        assert data["next_deadline"] == expected
        assert {k: data[k] for k in case.summary_json()} == case.summary_json()
        assert data["events"] == len(case.events)
        assert data["appeals_used"] == case.appeals_used()
    assert page.cases[0].documents == 1


def test_pages(db_url: str) -> None:
    _ledger(db_url)
    second = read_summaries(db_url, limit=1, offset=1)
    assert [s.account for s in second.cases] == ["Nord"] and second.total == 3
    past = read_summaries(db_url, limit=5, offset=10)
    assert past.cases == [] and past.total == 3


def test_a_new_ledger_lists_nothing_and_is_created(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    page = read_summaries(str(path))
    assert page.cases == [] and page.total == 0
    assert path.exists()  # through the store, which creates and migrates it


def test_the_sqlite_file_is_the_one_the_store_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reinstate.cases.store import default_database_url, normalise_url

    assert f"sqlite:///{sqlite_file(None)}" == default_database_url()
    assert f"sqlite:///{sqlite_file('l.db')}" == normalise_url("l.db")
    monkeypatch.setenv("REINSTATE_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    assert sqlite_file(None) == tmp_path / "env.db"
    assert sqlite_file("postgresql://u@h/db") is None


def test_case_list_pages_and_streams(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    _ledger(db)
    runner = CliRunner()
    text = runner.invoke(app, ["case", "list", "--db", db, "--today", "2026-03-10", "--limit", "2"])
    assert text.exit_code == 0, text.output
    lines = text.stdout.splitlines()
    assert (
        lines[1].startswith("1 ") and "2026-03-12 (2d)" in lines[1]
    )  # the follow-up wait comes first
    assert lines[-1] == "… 1 more: --offset 2"
    streamed = runner.invoke(
        app, ["case", "list", "--db", db, "--format", "jsonl", "--offset", "1"]
    )
    assert [json.loads(line)["account"] for line in streamed.stdout.splitlines()] == [
        "Nord",
        "Kite",
    ]
    bad = runner.invoke(app, ["case", "list", "--db", db, "--today", "10/03/2026"])
    assert bad.exit_code == 2 and "10/03/2026" in bad.output


def test_plain_table_aligns_wide_characters() -> None:
    table = plain_table(
        ("id", "account", "n"), [("1", "莲花贸易", "3"), ("22", "Nord", "4")]
    ).splitlines()
    assert table == ["id  account   n", "1   莲花贸易  3", "22  Nord      4"]
    assert width("莲花 ab") == 7
