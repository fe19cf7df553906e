"""What the ledger accepts: every value is checked here before it is stored, so that no stored
value can crash a later read (a mistyped year, an absurd deadline)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from reinstate.cases.model import CATEGORIES, DOCUMENT_ROLES, CaseDraft, Status
from reinstate.errors import ReinstateError, one_of

# The ledger's bounds: any value inside them can be read, added to a date and shown later, so
# no stored value can crash a read. Ten years of days and a hundred appeals are far beyond any
# notice (and are the bounds the REST API documents).
LIMITS = {"deadline_days": 3650, "appeal_limit": 100, "invoice_window_days": 3650}


EARLIEST = date(2000, 1, 1)


# An event may be dated up to a day ahead (time zones); later is a typo that would lock a case.
FUTURE_SLACK = timedelta(days=1)


def validate_draft(draft: CaseDraft) -> None:
    if not draft.account.strip():
        raise ReinstateError("case_no_account")
    if len(draft.account) > 200 or len(draft.marketplace) > 8:
        raise ReinstateError("case_text_too_long")
    one_of(draft.category, CATEGORIES, code="case_invalid", what="category")
    one_of(draft.status, Status, code="case_invalid", what="status")
    validate_numbers(
        {
            "deadline_days": draft.deadline_days,
            "appeal_limit": draft.appeal_limit,
            "invoice_window_days": draft.invoice_window_days,
        }
    )
    validate_day(draft.notice_date)


def validate_numbers(fields: dict[str, Any]) -> None:
    for key, most in LIMITS.items():
        value = fields.get(key)
        if value is None:
            continue
        if value < 0:
            raise ReinstateError("case_negative_number")
        if value > most:
            raise ReinstateError("case_number_too_large", key=key, value=value, most=most)


def validate_day(day: date | None) -> None:
    if day is not None:
        validate_moment(datetime.combine(day, datetime.min.time(), UTC))


def validate_moment(at: datetime) -> None:
    aware = at if at.tzinfo else at.replace(tzinfo=UTC)
    latest = datetime.now(UTC) + FUTURE_SLACK
    if aware > latest:
        raise ReinstateError(
            "date_in_future", value=aware.date().isoformat(), latest=latest.date().isoformat()
        )
    if aware.date() < EARLIEST:
        raise ReinstateError(
            "date_too_early", value=aware.date().isoformat(), earliest=EARLIEST.isoformat()
        )


def validate_requests(names: list[str]) -> None:
    """What a user types after --requests must be a document role. The ledger itself keeps any
    value (an API client's, a newer version's): it never counts and is shown as stored."""
    for name in names:
        one_of(name, DOCUMENT_ROLES, code="unknown_role", what="requested_document")


def parse_day(value: str, *, what: str = "date") -> date:
    """A YYYY-MM-DD date from the user, with a clear message when it is not one."""
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ReinstateError("bad_date", what=what, value=value) from None


def parse_moment(value: str) -> datetime:
    """A date or date-time from the user (YYYY-MM-DD or YYYY-MM-DDTHH:MM), read as UTC."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ReinstateError("bad_date.moment", value=value) from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def case_number(case_id: int | str) -> int:
    """The ledger's id for what the user typed ("12", "#12"); anything else is an unknown case."""
    try:
        value = int(str(case_id).lstrip("#"))
    except ValueError:
        raise unknown_case(case_id) from None
    if value <= 0 or value > 2**31 - 1:
        raise unknown_case(case_id)
    return value


def unknown_case(case_id: int | str) -> ReinstateError:
    return ReinstateError("unknown_case", case_id=case_id)
