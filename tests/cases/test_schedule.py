"""Deadlines with their sources, and the next recommended step."""

from __future__ import annotations

from datetime import date

from reinstate.cases import deadlines, next_step
from reinstate.guard.examples import case_from_example

TODAY = date(2026, 3, 10)


def test_notice_deadline_wins_and_says_so() -> None:
    case = case_from_example({"notice_days_ago": 5, "deadline_days": 30}, TODAY)
    respond = next(d for d in deadlines(case) if d.key == "respond")
    assert respond.source == "notice"
    assert respond.due == date(2026, 4, 4)


def test_fact_deadline_names_its_source() -> None:
    case = case_from_example({"notice_days_ago": 5, "category": "inauthentic"}, TODAY)
    respond = next(d for d in deadlines(case) if d.key == "respond")
    assert respond.source.startswith("https://")
    assert respond.due == date(2026, 3, 22)


def test_at_risk_gives_72_hours() -> None:
    case = case_from_example(
        {"notice_days_ago": 0, "status": "at_risk", "category": "performance_metrics"}, TODAY
    )
    assert next(d for d in deadlines(case) if d.key == "respond").due == date(2026, 3, 13)


def test_funds_date_only_when_deactivated() -> None:
    deactivated = case_from_example({"notice_days_ago": 0, "status": "deactivated"}, TODAY)
    assert any(d.key == "funds" and d.due == date(2026, 5, 9) for d in deadlines(deactivated))
    suspended = case_from_example({"notice_days_ago": 0, "status": "warning"}, TODAY)
    assert not any(d.key == "funds" for d in deadlines(suspended))


def test_next_step_follows_the_case() -> None:
    fresh = case_from_example({"requested_documents": ["invoices"]}, TODAY)
    assert "invoices" in next_step(fresh, TODAY)["en"]
    waiting = case_from_example(
        {"events": [{"kind": "appeal_submitted", "days_ago": 2, "text": "a"}]}, TODAY
    )
    assert "2026-03-15" in next_step(waiting, TODAY)["en"]
    rejected = case_from_example(
        {
            "events": [
                {"kind": "appeal_submitted", "days_ago": 9, "text": "a"},
                {"kind": "appeal_rejected", "days_ago": 2},
            ]
        },
        TODAY,
    )
    assert "1 left" in next_step(rejected, TODAY)["en"]
    final = case_from_example({"final_decision": True}, TODAY)
    assert "final" in next_step(final, TODAY)["en"]
    assert "最终决定" in next_step(final, TODAY)["zh"]
