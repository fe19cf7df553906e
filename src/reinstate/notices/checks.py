"""The notice rules (family N): what a parsed notice means for the next step.

Each rule is a data file in rules/data/notice/ of kind `function`; the condition for each code
lives here, its texts and source in the data file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

from reinstate.rules import Finding, Registry, default_registry
from reinstate.rules.binding import implementation, implements
from reinstate.rules.model import Span

if TYPE_CHECKING:
    from reinstate.notices.model import Notice


def _span(notice: Notice, field: str) -> Span | None:
    ev = notice.evidence.get(field)
    if ev is None or not ev.spans:
        return None
    start, end = ev.spans[0]
    return Span.of(notice.text, start, end)


@implements("N001")
def _final(n: Notice) -> dict[str, Any] | None:
    return {} if n.final_decision else None


@implements("N002")
def _wrong_channel(n: Notice) -> dict[str, Any] | None:
    return {} if n.wrong_channel else None


@implements("N003")
def _deadline(n: Notice) -> dict[str, Any] | None:
    if n.deadline_days is None or n.stage == "reinstated":
        return None
    when = n.deadline_date.isoformat() if n.deadline_date else "?"
    return {"days": n.deadline_days, "date": when}


@implements("N004")
def _funds(n: Notice) -> dict[str, Any] | None:
    if n.funds not in ("held", "withheld", "permanently_withheld"):
        return None
    return {"days": n.funds_days if n.funds_days else "?"}


@implements("N005")
def _related(n: Notice) -> dict[str, Any] | None:
    return {} if "related_accounts" in n.categories and n.stage != "reinstated" else None


@implements("N006")
def _documents(n: Notice) -> dict[str, Any] | None:
    docs = [d for d in n.requested_documents if d != "plan_of_action"]
    if not docs or n.stage == "reinstated":
        return None
    return {"documents": ", ".join(docs)}


# The notice field whose evidence spans show where each rule's condition was read.
SPAN_FIELD = {
    "N001": "final_decision",
    "N002": "wrong_channel",
    "N003": "deadline_days",
    "N004": "funds",
    "N005": "categories",
    "N006": "requested_documents",
}


# The enabled notice rules of each registry (a registry does not change once built): picking
# them sorts every rule of every target, for each notice of a batch.
_NOTICE_RULES: WeakKeyDictionary[Registry, list[Any]] = WeakKeyDictionary()


def _notice_rules(registry: Registry) -> list[Any]:
    rules = _NOTICE_RULES.get(registry)
    if rules is None:
        rules = _NOTICE_RULES[registry] = registry.for_target("notice")
    return rules


def check(notice: Notice, registry: Registry | None = None) -> list[Finding]:
    """The findings of every enabled notice rule for this notice."""
    registry = registry or default_registry()
    out: list[Finding] = []
    for rule in _notice_rules(registry):
        condition = implementation(rule.code)
        if condition is None:
            continue
        params = cast("Callable[[Notice], dict[str, Any] | None]", condition)(notice)
        if params is None:
            continue
        finding = registry.finding(
            rule.code, span=_span(notice, SPAN_FIELD[rule.code]), location=notice.source, **params
        )
        if finding is not None:
            out.append(finding)
    return out
