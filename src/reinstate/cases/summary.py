"""One line per case for listings: counts, appeals used, next deadline, read with one query.

`case list` used to load every event of every case through the ORM to find one date each. A
summary needs only the case's own columns and a few aggregates, so one SQL statement (correlated
subqueries, paged with LIMIT/OFFSET, the total from a window) answers for any number of cases.

A SQLite ledger that already exists is read with the standard library's sqlite3, read-only:
importing SQLAlchemy costs more than the whole query. Any other ledger (PostgreSQL, a missing
file, a schema the statement does not fit yet) goes through `open_store`, which creates or
upgrades the schema, and then runs the same statement.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any

from reinstate.cases.model import Case, Event, EventKind, Status
from reinstate.cases.readonly import connect_readonly, sqlite_file
from reinstate.cases.schedule import Deadline, deadlines

SUMMARY_SQL = """
SELECT c.id, c.account, c.marketplace, c.category, c.status, c.notice_date, c.deadline_days,
  (SELECT count(*) FROM events e WHERE e.case_id = c.id) AS events,
  (SELECT count(*) FROM events e
     WHERE e.case_id = c.id AND e.kind = 'appeal_submitted') AS appeals,
  (SELECT max(e.at) FROM events e
     WHERE e.case_id = c.id AND e.kind = 'appeal_submitted') AS last_appeal,
  (SELECT count(*) FROM documents d WHERE d.case_id = c.id) AS documents{total}
FROM cases c
ORDER BY c.id
LIMIT :limit OFFSET :offset
"""
# A page needs the total from a window, which costs a sort; the whole list is its own total.
PAGED_SQL = SUMMARY_SQL.format(total=",\n  count(*) OVER () AS total")
WHOLE_SQL = SUMMARY_SQL.format(total="")
# "no limit": SQLite needs a LIMIT before an OFFSET, PostgreSQL takes any bigint
NO_LIMIT = 2**62


# not frozen: a frozen dataclass sets each field through object.__setattr__, which doubles the
# cost of building ten thousand of them
@dataclass(slots=True)
class CaseSummary:
    id: int
    account: str
    marketplace: str
    category: str
    status: Status
    notice_date: date | None
    deadline_days: int | None
    events: int
    appeals_used: int
    documents: int
    last_appeal: datetime | None

    def next_deadline(self, today: date) -> Deadline | None:
        """The soonest deadline not yet passed, by the same rules as `case show`; when none is
        ahead, the hard deadline that passed (negative days left), so a late case never looks
        clear."""
        last = self.last_appeal.date() if self.last_appeal else None
        every = _deadlines(self.status, self.category, self.notice_date, self.deadline_days, last)
        upcoming = [d for d in every if d.days_left(today) >= 0]
        passed = [d for d in every if d.hard and d.days_left(today) < 0]
        return upcoming[0] if upcoming else (passed[-1] if passed else None)

    def to_json(self, today: date) -> dict[str, Any]:
        upcoming = self.next_deadline(today)
        return {
            "id": self.id,
            "account": self.account,
            "marketplace": self.marketplace,
            "category": self.category,
            "status": self.status.value,
            "notice_date": self.notice_date.isoformat() if self.notice_date else None,
            "next_deadline": upcoming.to_json(today) if upcoming else None,
            "events": self.events,
            "appeals_used": self.appeals_used,
            "documents": self.documents,
        }


@lru_cache(maxsize=4096)
def _deadlines(
    status: Status,
    category: str,
    notice_date: date | None,
    deadline_days: int | None,
    last_appeal: date | None,
) -> tuple[Deadline, ...]:
    # deadlines() reads exactly these: the case's own fields and the day of its last appeal.
    # Cases share them often (one notice date, one category), and each call builds its labels
    # in every language, so ten thousand cases would spend most of the listing here.
    appeal = (
        [Event(id=0, kind=EventKind.appeal_submitted, at=datetime.combine(last_appeal, time()))]
        if last_appeal
        else []
    )
    case = Case(
        account="",
        marketplace="",
        category=category,
        status=status,
        notice_date=notice_date,
        deadline_days=deadline_days,
        events=appeal,
    )
    return tuple(deadlines(case))


@dataclass(frozen=True)
class SummaryPage:
    cases: list[CaseSummary]
    total: int  # cases in the ledger, whatever the page


def read_summaries(db: str | None, *, limit: int | None = None, offset: int = 0) -> SummaryPage:
    """A page of case summaries, ordered by case id."""
    params = {"limit": NO_LIMIT if limit is None else max(limit, 0), "offset": max(offset, 0)}
    paged = limit is not None or params["offset"] > 0
    statement = PAGED_SQL if paged else WHOLE_SQL
    path = sqlite_file(db)
    rows = _read_sqlite(path, statement, params) if path is not None else None
    if rows is None:
        rows = _read_store(db, statement, params)
    cases = [_summary(r) for r in rows]
    if not paged:
        return SummaryPage(cases=cases, total=len(cases))
    if not rows and params["offset"]:
        # past the end no row carries the total: ask for the first page's
        return SummaryPage(cases=[], total=read_summaries(db, limit=1).total)
    return SummaryPage(cases=cases, total=int(rows[0][-1]) if rows else 0)


def _read_sqlite(
    path: Path, statement: str, params: dict[str, int]
) -> list[tuple[Any, ...]] | None:
    import sqlite3

    conn = connect_readonly(path)
    if conn is None:
        return None  # no ledger yet: the store creates it
    try:
        return conn.execute(statement, params).fetchall()
    except sqlite3.Error:
        return None  # not a ledger the statement fits (yet): the store upgrades it or says why
    finally:
        conn.close()


def _read_store(db: str | None, statement: str, params: dict[str, int]) -> list[tuple[Any, ...]]:
    from sqlalchemy import text

    from reinstate.cases.store import open_store

    with open_store(db) as store, store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(statement), params)]


def _day(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value  # PostgreSQL hands back dates; SQLite, text
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


_STATUS = {status.value: status for status in Status}


def _summary(row: tuple[Any, ...]) -> CaseSummary:
    return CaseSummary(
        id=int(row[0]),
        account=row[1],
        marketplace=row[2],
        category=row[3],
        status=_STATUS[row[4]],
        notice_date=_day(row[5]),
        deadline_days=row[6],
        events=int(row[7]),
        appeals_used=int(row[8]),
        last_appeal=_moment(row[9]),
        documents=int(row[10]),
    )


def width(text: str) -> int:
    """Columns `text` takes in a terminal: CJK characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def plain_table(heads: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """Columns padded to their widest cell, two spaces apart: no measuring library needed."""
    lines = [heads, *rows]
    widths = [
        max(map(len, column)) if "".join(column).isascii() else max(map(width, column))
        for column in zip(*lines, strict=True)
    ]
    ascii_line = "  ".join(f"{{:<{w}}}" for w in widths)
    out = []
    for line in lines:
        if "".join(line).isascii():
            text = ascii_line.format(*line)
        else:  # pad by columns, not characters
            text = "  ".join(
                cell.ljust(w - width(cell) + len(cell))
                for cell, w in zip(line, widths, strict=True)
            )
        out.append(text.rstrip())
    return "\n".join(out)
