"""Filling a new case from the notice Amazon sent, through the notices capability."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reinstate.cases.files import SIZE_LIMITS, read_file
from reinstate.cases.model import CaseDraft, Status
from reinstate.cases.requests import request_groups

# The ledger keeps the notice's text for the record; a longer paste is cut, not refused.
MAX_NOTICE_TEXT = 200_000


def draft_from_notice(path: Path, *, received: date | None = None) -> CaseDraft:
    """A case draft from the notice file (see `draft_from_notice_data`)."""
    raw = read_file(path, limit=SIZE_LIMITS["document"])
    return draft_from_notice_data(raw, filename=path.name, received=received)


def draft_from_notice_data(
    raw: bytes | str, *, filename: str | None = None, received: date | None = None
) -> CaseDraft:
    """A case draft from a notice's bytes or pasted text. `received` is the day the seller got
    it, used when the notice itself carries no date; an e-mail's own date always wins."""
    from reinstate.notices import case_fields, parse_notice

    notice = parse_notice(raw, filename=filename, received=received)
    fields = case_fields(notice)
    requested = list(fields.get("requested_documents") or [])
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
        requested_documents=requested,
        requested_groups=request_groups(requested, fields.get("text")),
        final_decision=bool(fields.get("final_decision")),
        invoice_window_days=fields.get("invoice_window_days"),
        notice_text=(fields.get("text") or "")[:MAX_NOTICE_TEXT] or None,
        notice=notice.to_json(),
    )
