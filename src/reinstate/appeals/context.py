"""What the linter needs to know about a case: the ASINs, texts already sent, the appeal count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reinstate.cases import Case


def case_context(case: Case, *, channel: str | None = None) -> dict[str, Any]:
    """Keyword arguments of `lint_text` for a text about to be sent in `case`."""
    limit, _ = case.effective_appeal_limit()
    return {
        "asins": list(case.asins),
        "earlier_texts": [e.text for e in case.contacts() if e.text],
        "channel": channel,
        "appeals_used": case.appeals_used(),
        "appeal_limit": limit,
        "category": case.category,
    }
