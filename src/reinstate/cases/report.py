"""A case as every shell shows it: the case, its deadlines, appeals, contacts and next step."""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.cases.model import Case
from reinstate.cases.schedule import (
    contact_counts,
    deadlines,
    missing_documents,
    missing_groups,
    next_step,
)
from reinstate.contract import envelope


def case_report(case: Case, today: date) -> dict[str, Any]:
    """The `case` document of the JSON contract for `case` as of `today`."""
    limit, source = case.effective_appeal_limit()
    return envelope(
        "case",
        case=case.to_json(),
        today=today.isoformat(),
        deadlines=[d.to_json(today) for d in deadlines(case)],
        appeals={"used": case.appeals_used(), "limit": limit, "source": source},
        contacts=contact_counts(case, today),
        missing_documents=missing_documents(case),
        missing_document_groups=missing_groups(case),
        next_step=next_step(case, today),
    )
