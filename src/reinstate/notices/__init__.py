"""Reading Amazon's notices: parse and classify suspension, warning and reply messages.

`parse_notice(raw)` turns the bytes or text of a notice (.txt, .eml, .html, pasted text) into a
`Notice` in one of seven languages; `case_fields(notice)` maps it onto the case ledger.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.notices.explain import explanation
from reinstate.notices.model import Evidence, Notice, explain_with

# The model holds the facts; their explanation is presentation, plugged into its JSON here.
explain_with(explanation)

__all__ = ["Evidence", "Notice", "case_fields", "evaluate", "parse_notice"]


def parse_notice(
    raw: bytes | str,
    *,
    filename: str | None = None,
    received: date | None = None,
    model: bool = True,
) -> Notice:
    """Parse one notice. Raises ReinstateError for empty or binary input; never hangs.

    `received` is the date the seller got the notice when the text does not carry it. With
    `model` (and the semantic layer installed) the learned model weighs in on category, stage
    and status; otherwise, or with `model=False`, the phrase rules answer alone.
    """
    from reinstate.notices.engine import parse_extracted
    from reinstate.notices.readers import extract

    extracted = extract(raw, filename)
    notice = parse_extracted(extracted, source=filename, received=received)
    if model:
        from reinstate.notices.learned import second_opinion

        second_opinion(notice)
    return notice


def case_fields(notice: Notice) -> dict[str, Any]:
    """The case ledger's fields filled from a parsed notice, plus `text` (the decoded notice)."""
    return {
        "account": None,
        "marketplace": notice.marketplace,
        "category": notice.category,
        "status": notice.status,
        "notice_date": notice.notice_date,
        "deadline_days": notice.deadline_days,
        "appeal_limit": notice.appeal_limit,
        "asins": list(notice.asins),
        "requested_documents": list(notice.requested_documents),
        "final_decision": notice.final_decision,
        "invoice_window_days": notice.invoice_window_days,
        "channel": notice.channel,
        # The decoded notice text (an .eml in GB18030 or Shift_JIS comes out readable).
        "text": notice.text,
    }


def evaluate(*args: Any, **kwargs: Any) -> Any:
    """Accuracy by field on a labelled set of notices (see reinstate.notices.evaluation)."""
    from reinstate.notices.evaluation import evaluate as run

    return run(*args, **kwargs)
