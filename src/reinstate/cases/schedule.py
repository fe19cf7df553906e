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


def deadlines(case: Case) -> list[Deadline]:
    """Every dated obligation or opportunity the case has, soonest first."""
    out: list[Deadline] = []
    start = case.notice_date
    if start is not None:
        if case.deadline_days is not None:
            out.append(
                Deadline(
                    "respond",
                    start + timedelta(days=case.deadline_days),
                    True,
                    "notice",
                    both("case.deadline.respond_notice", days=case.deadline_days),
                )
            )
        elif case.status is Status.at_risk:
            hours = fact("at_risk_response_hours")
            out.append(
                Deadline(
                    "respond",
                    start + timedelta(days=-(-hours.value // 24)),
                    True,
                    hours.source,
                    both("case.deadline.respond_at_risk", hours=hours.value),
                )
            )
        elif case.category in fact("appeal_window_days").applies_to:
            window = fact("appeal_window_days")
            out.append(
                Deadline(
                    "respond",
                    start + timedelta(days=window.value),
                    True,
                    window.source,
                    both("case.deadline.respond_window", days=window.value),
                )
            )
        if case.status is Status.deactivated:
            funds = fact("funds_appeal_after_days")
            out.append(
                Deadline(
                    "funds",
                    start + timedelta(days=funds.value),
                    False,
                    funds.source,
                    both("case.deadline.funds", days=funds.value),
                )
            )
    last_appeal = next(
        (e for e in reversed(case.events) if e.kind is EventKind.appeal_submitted), None
    )
    if last_appeal is not None and case.status is not Status.reinstated:
        wait = fact("cooling_off_days")
        out.append(
            Deadline(
                "cooling_off",
                last_appeal.at.date() + timedelta(days=wait.value),
                False,
                wait.source,
                both("case.deadline.cooling_off", days=wait.value),
            )
        )
    return sorted(out, key=lambda d: d.due)


def hard_deadline(case: Case) -> Deadline | None:
    return next((d for d in deadlines(case) if d.hard), None)


def next_step(case: Case, today: date) -> dict[str, str]:
    """The one thing to do next, in both languages."""
    if case.status is Status.reinstated:
        return both("case.next.reinstated")
    if case.final_decision:
        return both("case.next.final_decision")
    last = case.events[-1] if case.events else None
    used = case.appeals_used()
    limit, _ = case.effective_appeal_limit()
    if last is not None and last.kind is EventKind.info_requested:
        return both("case.next.answer_request")
    if last is not None and last.kind is EventKind.appeal_rejected:
        left = (limit - used) if limit is not None else None
        if left is not None and left <= 0:
            return both("case.next.no_appeals_left")
        return both("case.next.after_rejection", left=left if left is not None else "?")
    if (
        used
        and last is not None
        and last.kind in (EventKind.appeal_submitted, EventKind.message_sent)
    ):
        wait_until = last.at.date() + timedelta(days=fact("cooling_off_days").value)
        if today < wait_until:
            return both("case.next.wait", date=wait_until.isoformat())
        return both("case.next.follow_up_once")
    missing = missing_documents(case)
    if missing:
        return both("case.next.collect_documents", documents=", ".join(missing))
    return both("case.next.write_poa", case_id=case.id)


def missing_documents(case: Case) -> list[str]:
    """Documents the notice asked for that the case does not hold yet (the POA is written text)."""
    have = case.document_roles()
    return [d for d in case.requested_documents if d != "plan_of_action" and d not in have]


def contact_counts(case: Case, today: date) -> dict[str, int]:
    """How many times the seller wrote to Amazon in the last 7 and 30 days."""
    days = [(today - e.at.date()).days for e in case.contacts()]
    return {
        "last_7_days": sum(1 for d in days if 0 <= d < 7),
        "last_30_days": sum(1 for d in days if 0 <= d < 30),
    }
