"""The notice rules (family N): what a parsed notice means for the next step.

Each rule is a data file in rules/data/notice/ of kind `function`; the condition for each code
lives here, its texts and source in the data file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reinstate.notices.model import Notice
from reinstate.rules import Finding, Registry, default_registry
from reinstate.rules.model import Span


def _span(notice: Notice, field: str) -> Span | None:
    ev = notice.evidence.get(field)
    if ev is None or not ev.spans:
        return None
    start, end = ev.spans[0]
    return Span.of(notice.text, start, end)


def _final(n: Notice) -> dict[str, Any] | None:
    return {} if n.final_decision else None


def _wrong_channel(n: Notice) -> dict[str, Any] | None:
    return {} if n.wrong_channel else None


def _deadline(n: Notice) -> dict[str, Any] | None:
    if n.deadline_days is None or n.stage == "reinstated":
        return None
    when = n.deadline_date.isoformat() if n.deadline_date else "?"
    return {"days": n.deadline_days, "date": when}


def _funds(n: Notice) -> dict[str, Any] | None:
    if n.funds not in ("held", "withheld", "permanently_withheld"):
        return None
    return {"days": n.funds_days if n.funds_days else "?"}


def _related(n: Notice) -> dict[str, Any] | None:
    return {} if "related_accounts" in n.categories and n.stage != "reinstated" else None


def _documents(n: Notice) -> dict[str, Any] | None:
    docs = [d for d in n.requested_documents if d != "plan_of_action"]
    if not docs or n.stage == "reinstated":
        return None
    return {"documents": ", ".join(docs)}


CHECKS: dict[str, tuple[Callable[[Notice], dict[str, Any] | None], str]] = {
    "N001": (_final, "final_decision"),
    "N002": (_wrong_channel, "wrong_channel"),
    "N003": (_deadline, "deadline_days"),
    "N004": (_funds, "funds"),
    "N005": (_related, "categories"),
    "N006": (_documents, "requested_documents"),
}


def check(notice: Notice, registry: Registry | None = None) -> list[Finding]:
    """The findings of every enabled notice rule for this notice."""
    registry = registry or default_registry()
    out: list[Finding] = []
    for rule in registry.for_target("notice"):
        entry = CHECKS.get(rule.code)
        if entry is None:
            continue
        condition, field = entry
        params = condition(notice)
        if params is None:
            continue
        finding = registry.finding(
            rule.code, span=_span(notice, field), location=notice.source, **params
        )
        if finding is not None:
            out.append(finding)
    return out
