"""`reinstate remind`: walk every open case and send what is due, each reminder once.

A reminder is a stage of one deadline of `cases.schedule.deadlines`:

- a hard deadline (answer the notice): `due_3` once 3 days or fewer are left, `due_1` on the last
  day and the day before, `overdue` in the week after it passed;
- a date that opens something (the follow-up window after an appeal, the funds request): `open`
  from that day for a week.

Its key names the case, the deadline, the due date and the stage, so a deadline that moves (a
new appeal moves the follow-up window) is a new reminder, and a run that was missed catches up
with the current stage only. Each (reminder, channel) is claimed in the ledger before it is sent
and marked `sent` or `failed` after: running twice, or two runs at once, sends it once; a failed
delivery is tried again by the next run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from reinstate.contract import envelope
from reinstate.i18n import both, tr
from reinstate.notify.message import Message

if TYPE_CHECKING:
    from reinstate.cases import Case, Deadline, Store
    from reinstate.notify.send import Outcome

WINDOW_DAYS = 7  # how long after a date its overdue/open reminder may still go out
STALE_CLAIM = timedelta(hours=1)  # a claim older than this was left by a run that died


def stage(deadline: Deadline, today: date) -> str | None:
    left = deadline.days_left(today)
    if deadline.hard:
        if 1 < left <= 3:
            return "due_3"
        if 0 <= left <= 1:
            return "due_1"
        if -WINDOW_DAYS <= left < 0:
            return "overdue"
        return None
    return "open" if -WINDOW_DAYS <= left <= 0 else None


@dataclass(frozen=True)
class Reminder:
    key: str
    case_id: int | None  # None for an account health alert
    stage: str
    message: Message


def reminders_for(case: Case, today: date, base_url: str) -> list[Reminder]:
    from reinstate.cases import deadlines, next_step
    from reinstate.cases.ical import case_url

    out = []
    step = next_step(case, today)
    for deadline in deadlines(case):
        which = stage(deadline, today)
        if which is None:
            continue
        left = deadline.days_left(today)
        params: dict[str, Any] = {
            "case_id": case.id,
            "account": case.account,
            "due": deadline.due.isoformat(),
            "days": left,
        }
        title = {
            lang: tr(
                f"notify.title.{which}",
                lang,
                label=deadline.label[lang],
                when=tr("notify.when.today" if left == 0 else "notify.when.tomorrow", lang),
                **params,
            )
            for lang in ("en", "zh")
        }
        source = (
            both("notify.source.notice")
            if deadline.source == "notice"
            else {"en": deadline.source, "zh": deadline.source}
        )
        lines = [
            {
                lang: tr("notify.line.due", lang, due=params["due"], source=source[lang])
                for lang in ("en", "zh")
            },
            {lang: tr("notify.line.step", lang, step=step[lang]) for lang in ("en", "zh")},
        ]
        if which in ("overdue", "open"):
            lines.append(both(f"notify.line.{which}"))
        out.append(
            Reminder(
                key=f"case:{case.id}:{deadline.key}:{deadline.due.isoformat()}:{which}",
                case_id=case.id,
                stage=which,
                message=Message(
                    title=title,
                    lines=lines,
                    link=case_url(base_url, case.id),
                    level={"overdue": "failure", "due_1": "warning"}.get(which, "info"),
                ),
            )
        )
    return out


def due_reminders(store: Store, today: date, base_url: str) -> list[Reminder]:
    """Every reminder due today on the open cases (a reinstated case needs none)."""
    from reinstate.cases import Status, deadlines

    out: list[Reminder] = []
    for summary in store.list_cases():
        if summary.status is Status.reinstated:
            continue
        if not any(stage(d, today) for d in deadlines(summary)):
            continue
        # The listing carries no documents; the next step depends on them.
        out.extend(reminders_for(store.get_case(summary.id), today, base_url))
    return out


@dataclass
class Delivery:
    key: str
    case_id: int | None
    channel: str
    state: str  # sent, failed, already (sent by an earlier run)
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "case_id": self.case_id,
            "channel": self.channel,
            "state": self.state,
            "detail": self.detail,
        }


@dataclass
class RemindRun:
    today: date
    reminders: list[Reminder]
    channels: list[str]
    deliveries: list[Delivery] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(d.state == "failed" for d in self.deliveries)

    def to_json(self) -> dict[str, Any]:
        return envelope(
            "remind",
            today=self.today.isoformat(),
            channels=self.channels,
            reminders=[
                {
                    "key": r.key,
                    "case_id": r.case_id,
                    "stage": r.stage,
                    "message": r.message.to_json(),
                }
                for r in self.reminders
            ],
            deliveries=[d.to_json() for d in self.deliveries],
        )


def _claim(store: Store, key: str, channel: str, case_id: int | None) -> bool:
    """Take (key, channel) for this run; False when it was sent or another run holds it."""
    from sqlalchemy import select

    from reinstate.errors import ReinstateError
    from reinstate.notify.tables import ReminderRow

    now = datetime.now(UTC).replace(tzinfo=None)
    try:
        with store.transaction() as session:
            row = session.scalar(
                select(ReminderRow).where(ReminderRow.key == key, ReminderRow.channel == channel)
            )
            if row is None:
                session.add(
                    ReminderRow(key=key, channel=channel, case_id=case_id, state="sending", at=now)
                )
                return True
            if row.state == "failed" or (row.state == "sending" and now - row.at > STALE_CLAIM):
                row.state, row.at = "sending", now
                return True
            return False
    except ReinstateError:  # the other run inserted the same claim first
        return False


def _finish(store: Store, key: str, channel: str, outcome: Outcome) -> None:
    from sqlalchemy import update

    from reinstate.notify.tables import ReminderRow

    with store.transaction() as session:
        session.execute(
            update(ReminderRow)
            .where(ReminderRow.key == key, ReminderRow.channel == channel)
            .values(
                state="sent" if outcome.ok else "failed",
                detail=outcome.detail,
                at=datetime.now(UTC).replace(tzinfo=None),
            )
        )


def remind(
    store: Store,
    urls: list[str],
    lang: str,
    today: date,
    base_url: str,
    extra: list[Reminder] | None = None,
) -> RemindRun:
    """Send every due reminder (and `extra` ones, the health alerts) to every channel it has not
    reached yet."""
    from reinstate.notify.message import platform_of
    from reinstate.notify.send import channel_id, plugin_for, send

    # Every address is checked before anything is sent or recorded.
    channels = [(url, channel_id(url, platform_of(plugin_for(url)))) for url in urls]
    due = due_reminders(store, today, base_url) + list(extra or [])
    run = RemindRun(today, due, [c for _, c in channels])
    for reminder in run.reminders:
        for url, channel in channels:
            if not _claim(store, reminder.key, channel, reminder.case_id):
                run.deliveries.append(Delivery(reminder.key, reminder.case_id, channel, "already"))
                continue
            outcome = send(url, reminder.message, lang)
            _finish(store, reminder.key, channel, outcome)
            run.deliveries.append(
                Delivery(
                    reminder.key,
                    reminder.case_id,
                    channel,
                    "sent" if outcome.ok else "failed",
                    outcome.detail,
                )
            )
    return run
