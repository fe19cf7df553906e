"""A case's deadlines as an iCalendar file (RFC 5545), built with the `icalendar` library.

One all-day event per deadline of `schedule.deadlines`, so the calendar holds exactly what
`case show` lists. Each event's UID is stable (case and deadline key), and its SEQUENCE and
LAST-MODIFIED follow the case's latest timeline entry: a calendar that subscribes to the feed
replaces an event when the timeline moves it instead of adding a second one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from reinstate import __version__
from reinstate.i18n import tr

if TYPE_CHECKING:
    from reinstate.cases import Case

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
# The same days before a deadline that `reinstate remind` sends on.
ALARM_DAYS = (3, 1)


def case_url(base_url: str, case_id: int) -> str:
    return f"{base_url.rstrip('/')}/cases/{case_id}"


def calendar_bytes(
    cases: Iterable[Case],
    *,
    lang: str,
    today: date,
    base_url: str = DEFAULT_BASE_URL,
    name: str | None = None,
) -> bytes:
    """The VCALENDAR with every deadline of `cases`."""
    from icalendar import Alarm, Calendar, Event

    from reinstate.cases.schedule import deadlines, next_step

    cal = Calendar()
    cal.add("prodid", f"-//reinstate//reinstate {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name or tr("calendar.name", lang))
    stamp = datetime.now(UTC).replace(microsecond=0)
    for case in cases:
        changed = _last_change(case)
        url = case_url(base_url, case.id)
        step = next_step(case, today)[lang]
        for deadline in deadlines(case):
            event = Event()
            event.add("uid", f"case-{case.id}-{deadline.key}@reinstate")
            event.add("dtstamp", stamp)
            event.add("last-modified", changed)
            event.add("sequence", int(changed.timestamp()) // 60 % 2**31)
            event.add("dtstart", deadline.due)
            event.add("dtend", deadline.due + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
            event.add(
                "summary",
                tr(
                    "calendar.summary",
                    lang,
                    case_id=case.id,
                    account=case.account,
                    label=deadline.label[lang],
                ),
            )
            event.add(
                "description",
                tr(
                    "calendar.description",
                    lang,
                    label=deadline.label[lang],
                    kind=tr(
                        "calendar.hard" if deadline.hard else "calendar.soft",
                        lang,
                    ),
                    step=step,
                    source=tr("calendar.from_notice", lang)
                    if deadline.source == "notice"
                    else deadline.source,
                    url=url,
                ),
            )
            event.add("url", url)
            event.add("categories", ["reinstate", case.category])
            for days in ALARM_DAYS:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("trigger", timedelta(days=-days))
                alarm.add("description", deadline.label[lang])
                event.add_component(alarm)
            cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _last_change(case: Case) -> datetime:
    moments = [case.created_at, *(e.at for e in case.events), *(d.added_at for d in case.documents)]
    latest = max(m for m in moments if m is not None)
    return latest.astimezone(UTC).replace(microsecond=0)
