"""One case with its events and documents, read for `case show` (issue 18).

A SQLite ledger that exists is read with the standard library's sqlite3, read-only: SQLAlchemy's
import and mapping cost several times the three queries. PostgreSQL, a missing ledger or a schema
the queries do not fit yet go through `Store.get_case`; tests check both give the same case.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from reinstate.cases.bounds import case_number, unknown_case
from reinstate.cases.model import Case, Channel, DocumentRef, Event, EventKind, Status
from reinstate.cases.readonly import connect_readonly, sqlite_file
from reinstate.cases.requests import flat, from_stored

CASE_SQL = """
SELECT id, account, marketplace, category, status, notice_date, deadline_days, appeal_limit,
  asins, requested_documents, final_decision, invoice_window_days, notice_text, notice, profile,
  created_at
FROM cases WHERE id = ?
"""
EVENTS_SQL = """
SELECT id, kind, at, channel, text, note FROM events WHERE case_id = ? ORDER BY at, id
"""
DOCUMENTS_SQL = """
SELECT d.sha256, d.filename, d.role, d.media_type, b.size, d.added_at, d.event_id
FROM documents d JOIN blobs b ON b.sha256 = d.sha256
WHERE d.case_id = ? ORDER BY d.id
"""


def read_case(db: str | None, case_id: int | str) -> Case:
    """The case `case_id` of the ledger `db` (a URL or a SQLite path; default: the user's)."""
    number = case_number(case_id)
    path = sqlite_file(db)
    rows = _read_sqlite(path, number) if path is not None else None
    if rows is None:
        from reinstate.cases.store import open_store

        with open_store(db) as store:
            return store.get_case(case_id)
    case, events, documents = rows
    if case is None:
        raise unknown_case(case_id)
    return _case(case, events, documents)


Rows = tuple[tuple[Any, ...] | None, list[tuple[Any, ...]], list[tuple[Any, ...]]]


def _read_sqlite(path: Path, number: int) -> Rows | None:
    conn = connect_readonly(path)
    if conn is None:
        return None  # no ledger yet: the store creates it (and says the case is unknown)
    try:
        conn.execute("BEGIN")  # one read transaction: the three reads see the same ledger
        return (
            conn.execute(CASE_SQL, (number,)).fetchone(),
            conn.execute(EVENTS_SQL, (number,)).fetchall(),
            conn.execute(DOCUMENTS_SQL, (number,)).fetchall(),
        )
    except sqlite3.Error:
        return None  # not a ledger these queries fit (yet): the store upgrades it or says why
    finally:
        conn.close()


# SQLite keeps what SQLAlchemy wrote as text: ISO dates and times (naive UTC), JSON, 0/1.


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _json(value: str | None) -> Any:
    return json.loads(value) if value is not None else None


def _case(row: tuple[Any, ...], events: list[tuple[Any, ...]], docs: list[tuple[Any, ...]]) -> Case:
    by_event: dict[int, list[str]] = {}
    for d in docs:
        if d[6] is not None:
            by_event.setdefault(d[6], []).append(d[0])
    groups = from_stored(_json(row[9]))
    return Case(
        id=row[0],
        account=row[1],
        marketplace=row[2],
        category=row[3],
        status=Status(row[4]),
        notice_date=_day(row[5]),
        deadline_days=row[6],
        appeal_limit=row[7],
        asins=list(_json(row[8]) or []),
        requested_documents=flat(groups),
        requested_groups=groups,
        final_decision=bool(row[10]),
        invoice_window_days=row[11],
        notice_text=row[12],
        notice=_json(row[13]),
        profile=dict(_json(row[14]) or {}),
        created_at=_moment(row[15]),
        events=[
            Event(
                id=e[0],
                kind=EventKind(e[1]),
                at=_moment(e[2]),
                channel=Channel(e[3]) if e[3] else None,
                text=e[4],
                note=e[5],
                documents=tuple(by_event.get(e[0], ())),
            )
            for e in events
        ],
        documents=[
            DocumentRef(
                sha256=d[0],
                filename=d[1],
                role=d[2],
                media_type=d[3],
                size=d[4],
                added_at=_moment(d[5]),
                event_id=d[6],
            )
            for d in docs
        ],
    )
