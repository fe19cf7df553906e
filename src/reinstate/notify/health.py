"""Account health alerts for the chat groups, sent by `reinstate remind` like the reminders.

The alerts are the health rules' findings (H101-H107) on each account's latest snapshot, worked
out again with `reinstate.health.alerts.evaluate`, so they read exactly like `health import`'s.
An alert is sent once while its condition lasts: its key carries the snapshot where the
condition started, so one that clears and comes back is sent again, and a pull that repeats it
is not. Snapshots older than a week are not alerted on: stale numbers are no alarm.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from reinstate.i18n import both
from reinstate.notify.message import Message
from reinstate.notify.remind import WINDOW_DAYS, Reminder

if TYPE_CHECKING:
    from reinstate.cases import Store
    from reinstate.health.alerts import Alert
    from reinstate.health.model import Snapshot

STREAK_LIMIT = 60  # snapshots looked back to find where a condition started


def health_reminders(store: Store, today: date, base_url: str, margin: float) -> list[Reminder]:
    from reinstate.health.ledger import history

    out: list[Reminder] = []
    for snapshots in history(store).values():
        latest = snapshots[-1]
        if latest.taken_at is None or latest.taken_at.date() < today - timedelta(WINDOW_DAYS):
            continue
        keyed = _alerts(snapshots, len(snapshots) - 1, margin)
        for alert in keyed.values():
            start = _streak_start(snapshots, alert.key, margin)
            out.append(_reminder(latest, alert, start, base_url))
    return out


def _alerts(snapshots: list[Snapshot], index: int, margin: float) -> dict[str, Alert]:
    from reinstate.health.alerts import evaluate

    previous = snapshots[index - 1] if index > 0 else None
    return {a.key: a for a in evaluate(snapshots[index], previous, margin=margin)}


def _streak_start(snapshots: list[Snapshot], key: str, margin: float) -> int | None:
    index = len(snapshots) - 1
    floor = max(0, index - STREAK_LIMIT)
    while index > floor and key in _alerts(snapshots, index - 1, margin):
        index -= 1
    return snapshots[index].id


def _reminder(snap: Snapshot, alert: Alert, start: int | None, base_url: str) -> Reminder:
    finding = alert.finding
    worst = finding.severity.name
    return Reminder(
        key=f"health:{snap.account}:{snap.marketplace_id}:{alert.key}:{start}"[:200],
        case_id=None,
        stage="health",
        message=Message(
            title=both(
                "notify.health.title",
                account=snap.account,
                marketplace=snap.marketplace,
                code=finding.code,
            ),
            lines=[
                {lang: finding.message(lang) for lang in ("en", "zh")},
                {lang: finding.fix(lang) for lang in ("en", "zh")},
                {"en": finding.rule.source, "zh": finding.rule.source},
            ],
            link=base_url.rstrip("/") + "/",
            level="failure" if worst in ("error", "critical") else "warning",
        ),
    )
