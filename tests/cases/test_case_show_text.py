"""`case show` in text prints through reinstate.textout's plain layout when nothing styles the
output; rich prints on a terminal. Both must give the same text, whatever the case holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from reinstate import textout
from reinstate.cases import CaseDraft, Channel, EventKind, open_store
from reinstate.cli import app

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _busy_case(db: str) -> int:
    """Long names, Chinese, markup-like text, 35 events and several documents."""
    with open_store(db) as store:
        case = store.create_case(
            CaseDraft(
                account="莲花贸易有限公司 Lotus Trading [bold]International[/] Holdings " * 2,
                marketplace="DE",
                category="supply_chain_invoice",
                notice_date=date(2026, 3, 1),
                deadline_days=17,
                appeal_limit=3,
                asins=[f"B0TEST{i:04d}" for i in range(12)],
                requested_documents=["invoices", "letter_of_authorization"],
            )
        )
        start = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
        for i in range(35):
            store.log_event(
                case.id,
                (EventKind.message_sent, EventKind.note, EventKind.appeal_submitted)[i % 3],
                at=start + timedelta(hours=5 * i),
                channel=Channel.account_health_appeal if i % 2 else None,
                note=f"第 {i} 条 — follow-up about invoice batch {i} " * (1 + i % 3),
            )
        for name in ("supplier-invoice-with-a-very-long-file-name-2026-0815.pdf", "发票.pdf"):
            store.add_document(case.id, name, PDF + name.encode(), role="invoices")
        return case.id


def _show(*args: str) -> str:
    result = CliRunner().invoke(app, ["case", "show", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("columns", ["60", "80", "132"])
@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("today", ["2026-03-10", "2026-03-17", "2026-06-01"])
def test_plain_and_rich_print_the_same_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: str, lang: str, today: str
) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    case_id = str(_busy_case(db))
    monkeypatch.setenv("COLUMNS", columns)
    args = (case_id, "--db", db, "--today", today, "--lang", lang)
    plain = _show(*args)
    used: list[str] = []
    real_rich = textout.Rich

    def spy() -> textout.Rich:
        used.append("rich")
        return real_rich()

    monkeypatch.setattr(textout, "Rich", spy)
    assert _show(*args) == plain and not used  # the plain layout printed it
    monkeypatch.setattr(textout, "rich_needed", lambda: True)
    assert _show(*args) == plain and used == ["rich"]
    assert _show(*args, "--all") != plain


def test_what_the_plain_layout_leaves_to_rich_still_prints(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = f"sqlite:///{tmp_path / 'ledger.db'}"
    with open_store(db) as store:
        case = store.create_case(CaseDraft(account="Tab\tand :thumbs_up: Ltd", marketplace="US"))
    monkeypatch.setenv("COLUMNS", "80")
    out = _show(str(case.id), "--db", db)
    assert "Tab" in out and "👍" in out  # rich's emoji, as before
