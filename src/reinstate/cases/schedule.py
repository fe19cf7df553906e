"""Deadlines and the next step for a case, each date with the place it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from reinstate.cases.facts import fact
from reinstate.cases.model import Case, EventKind, Status
from reinstate.i18n import both


@dataclass(frozen=True)
class Deadline:
    key: str
    due: date
    hard: bool
    source: str  # "notice" when the notice said so, else the URL of the sourced fact
    label: dict[str, str]

    def days_left(self, today: date) -> int:
        return (self.due - today).days

    def to_json(self, today: date) -> dict[str, Any]:
        return {
            "key": self.key,
            "due": self.due.isoformat(),
            "days_left": self.days_left(today),
            "hard": self.hard,
            "source": self.source,
            "label": self.label,
        }


def _plus(day: date, days: int) -> date | None:
    """`day` + `days`, or None past the calendar's end: a bad stored number must not crash."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def deadlines(case: Case) -> list[Deadline]:
    """Every dated obligation or opportunity the case has, soonest first."""
    out: list[Deadline] = []

    def add(key: str, due: date | None, hard: bool, source: str, label: dict[str, str]) -> None:
        if due is not None:
            out.append(Deadline(key, due, hard, source, label))

    start = case.notice_date
    if start is not None:
        if case.deadline_days is not None:
            add(
                "respond",
                _plus(start, case.deadline_days),
                True,
                "notice",
                both("case.deadline.respond_notice", days=case.deadline_days),
            )
        elif case.status is Status.at_risk:
            hours = fact("at_risk_response_hours")
            add(
                "respond",
                _plus(start, -(-hours.value // 24)),
                True,
                hours.source,
                both("case.deadline.respond_at_risk", hours=hours.value),
            )
        elif case.category in fact("appeal_window_days").applies_to:
            window = fact("appeal_window_days")
            add(
                "respond",
                _plus(start, window.value),
                True,
                window.source,
                both("case.deadline.respond_window", days=window.value),
            )
        if case.status is Status.deactivated:
            funds = fact("funds_appeal_after_days")
            add(
                "funds",
                _plus(start, funds.value),
                False,
                funds.source,
                both("case.deadline.funds", days=funds.value),
            )
    last_appeal = next(
        (e for e in reversed(case.events) if e.kind is EventKind.appeal_submitted), None
    )
    if last_appeal is not None and case.status is not Status.reinstated:
        wait = fact("cooling_off_days")
        add(
            "cooling_off",
            _plus(last_appeal.at.date(), wait.value),
            False,
            wait.source,
            both("case.deadline.cooling_off", days=wait.value),
        )
    return sorted(out, key=lambda d: d.due)


def hard_deadline(case: Case) -> Deadline | None:
    return next((d for d in deadlines(case) if d.hard), None)


# What moves a case forward: notes, acknowledgements and forced packets do not, so a note
# logged after an appeal never makes the next step forget that appeal.
_STEPS = frozenset(
    {
        EventKind.info_requested,
        EventKind.appeal_submitted,
        EventKind.message_sent,
        EventKind.appeal_rejected,
    }
)


def next_step(case: Case, today: date) -> dict[str, str]:
    """The one thing to do next, in both languages, from the whole timeline.

    The CLI, the web app and the packet all ask here, so they never disagree.
    """
    if case.status is Status.reinstated:
        return both("case.next.reinstated")
    if case.final_decision:
        return both("case.next.final_decision")
    last = next((e for e in reversed(case.events) if e.kind in _STEPS), None)
    used = case.appeals_used()
    limit, _ = case.effective_appeal_limit()
    if last is not None and last.kind is EventKind.info_requested:
        return both("case.next.answer_request")
    if last is not None and last.kind is EventKind.appeal_rejected:
        left = (limit - used) if limit is not None else None
        if left is not None and left <= 0:
            return both("case.next.no_appeals_left")
        return both("case.next.after_rejection", left=left if left is not None else "?")
    if used and last is not None:
        wait_until = _plus(last.at.date(), fact("cooling_off_days").value) or today
        if today < wait_until:
            return both("case.next.wait", date=wait_until.isoformat())
        return both("case.next.follow_up_once")
    missing = missing_groups(case)
    deadline = hard_deadline(case)
    if deadline is not None and deadline.days_left(today) < 0:
        return both("case.next.deadline_passed", date=deadline.due.isoformat())
    if missing:
        return both("case.next.collect_documents", documents=describe(missing))
    return both("case.next.write_poa", case_id=case.id)


def missing_groups(case: Case) -> list[list[str]]:
    """Requests the case cannot answer yet: groups none of whose documents it holds (a file
    only counts when it passed the evidence check; the Plan of Action is written text)."""
    have = case.document_roles() | {"plan_of_action"}
    return [g for g in case.request_groups() if not have & set(g)]


def missing_documents(case: Case) -> list[str]:
    """Every document named by a request the case cannot answer yet."""
    return [d for g in missing_groups(case) for d in g]


def describe(groups: list[list[str]]) -> str:
    """Groups for a message: alternatives joined by " / ", requests by ", "."""
    return ", ".join(" / ".join(g) for g in groups)


def contact_counts(case: Case, today: date) -> dict[str, int]:
    """How many times the seller wrote to Amazon in the last 7 and 30 days."""
    days = [(today - e.at.date()).days for e in case.contacts()]
    return {
        "last_7_days": sum(1 for d in days if 0 <= d < 7),
        "last_30_days": sum(1 for d in days if 0 <= d < 30),
    }
