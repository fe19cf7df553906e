"""Filling a new case from the notice Amazon sent, through the notices capability."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reinstate.cases.files import read_file
from reinstate.cases.model import CaseDraft, Status


def draft_from_notice(path: Path, *, received: date | None = None) -> CaseDraft:
    """A case draft from the notice file. `received` is the day the seller got it, used when
    the notice itself carries no date (a pasted text); an e-mail's own date always wins."""
    from reinstate.notices import case_fields, parse_notice

    raw = read_file(path, limit=50 * 1024 * 1024)
    notice = parse_notice(raw, filename=path.name, received=received)
    fields = case_fields(notice)
    status = fields.get("status") or "suspended"
    return CaseDraft(
        account=fields.get("account") or "",
        marketplace=fields.get("marketplace") or "",
        category=fields.get("category") or "other",
        status=Status(status) if status in Status.__members__ else Status.other,
        notice_date=fields.get("notice_date"),
        deadline_days=fields.get("deadline_days"),
        appeal_limit=fields.get("appeal_limit"),
        asins=list(fields.get("asins") or []),
        requested_documents=list(fields.get("requested_documents") or []),
        final_decision=bool(fields.get("final_decision")),
        invoice_window_days=fields.get("invoice_window_days"),
        notice_text=fields.get("text") or raw.decode("utf-8", "replace")[:200_000],
        notice=notice.to_json(),
    )
