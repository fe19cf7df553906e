"""The case ledger on SQLite (default, a file in the user's data directory) or PostgreSQL.

Every write is one transaction: a failure leaves the ledger as it was. File bytes are stored once,
under their sha256, inside the database, so a case and its evidence move and back up together.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from reinstate.cases.bounds import (
    case_number,
    unknown_case,
    validate_day,
    validate_draft,
    validate_moment,
    validate_numbers,
)
from reinstate.cases.files import check_evidence
from reinstate.cases.model import (
    DOCUMENT_ROLES,
    Case,
    CaseDraft,
    Channel,
    DocumentRef,
    Event,
    EventKind,
    Status,
    sha256_hex,
)
from reinstate.cases.requests import flat, from_stored, to_stored
from reinstate.cases.rows import attach_document, utc_naive
from reinstate.cases.tables import BlobRow, CaseRow, DocumentRow, EventRow
from reinstate.errors import ReinstateError, one_of

MIGRATIONS = Path(__file__).parent / "migrations"
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@cache
def head_revisions() -> frozenset[str]:
    """The newest revision of each migration branch, read from the files without Alembic.

    Capabilities add their own tables as migrations beside the ledger's; reading the heads this
    way keeps opening a ledger that is up to date free of Alembic's import cost.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down:
            parents.update(re.findall(r'["\']([^"\']+)["\']', down.group(1)))
    return frozenset(revisions - parents)


def default_database_url() -> str:
    """REINSTATE_DATABASE_URL, else a SQLite file in the user's data directory."""
    env = os.environ.get("REINSTATE_DATABASE_URL")
    if env:
        return env
    from platformdirs import user_data_dir

    return f"sqlite:///{Path(user_data_dir('reinstate')) / 'reinstate.db'}"


def normalise_url(db: str) -> str:
    """Accept a database URL or a plain path to a SQLite file."""
    if "://" in db:
        return (
            db.replace("postgresql://", "postgresql+psycopg://", 1)
            if db.startswith("postgresql://")
            else db
        )
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def now() -> datetime:
    return datetime.now(UTC)


class Store:
    """Open with `open_store(url)`; use as a context manager or call `close()`."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            try:
                with session.begin():
                    yield session
            except IntegrityError as exc:
                raise ReinstateError("store_conflict", orig=exc.orig) from None
            except OperationalError as exc:
                raise _unreachable(str(self.engine.url), exc) from None

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # Cases

    def create_case(self, draft: CaseDraft, *, at: datetime | None = None) -> Case:
        validate_draft(draft)
        with self.transaction() as session:
            row = CaseRow(
                account=draft.account,
                marketplace=draft.marketplace.upper(),
                category=draft.category,
                status=Status(draft.status).value,
                notice_date=draft.notice_date,
                deadline_days=draft.deadline_days,
                appeal_limit=draft.appeal_limit,
                asins=[a.upper() for a in draft.asins],
                requested_documents=to_stored(draft.request_groups()),
                final_decision=draft.final_decision,
                invoice_window_days=draft.invoice_window_days,
                notice_text=draft.notice_text,
                notice=draft.notice,
                profile=dict(draft.profile),
                created_at=utc_naive(at or now()),
            )
            session.add(row)
            session.flush()
            if draft.notice_text or draft.notice_date:
                when = (
                    datetime.combine(draft.notice_date, datetime.min.time(), UTC)
                    if draft.notice_date
                    else (at or now())
                )
                session.add(
                    EventRow(
                        case_id=row.id,
                        kind=EventKind.notice_received.value,
                        at=utc_naive(when),
                        text=draft.notice_text,
                    )
                )
            case_id = row.id
        return self.get_case(case_id)

    def list_cases(self) -> list[Case]:
        with self.session() as session:
            rows = session.scalars(select(CaseRow).order_by(CaseRow.id)).all()
            events = session.scalars(select(EventRow).order_by(EventRow.at, EventRow.id)).all()
        by_case: dict[int, list[Event]] = {}
        for e in events:
            by_case.setdefault(e.case_id, []).append(_event(e, ()))
        return [_case(r, by_case.get(r.id, []), []) for r in rows]

    def get_case(self, case_id: int | str) -> Case:
        cid = case_number(case_id)
        with self.session() as session:
            row = session.get(CaseRow, cid)
            if row is None:
                raise unknown_case(case_id)
            docs = session.execute(
                select(DocumentRow, BlobRow.size)
                .join(BlobRow, BlobRow.sha256 == DocumentRow.sha256)
                .where(DocumentRow.case_id == cid)
                .order_by(DocumentRow.id)
            ).all()
            events = session.scalars(
                select(EventRow).where(EventRow.case_id == cid).order_by(EventRow.at, EventRow.id)
            ).all()
        by_event: dict[int, list[str]] = {}
        for d, _size in docs:
            if d.event_id is not None:
                by_event.setdefault(d.event_id, []).append(d.sha256)
        return _case(
            row,
            [_event(e, tuple(by_event.get(e.id, ()))) for e in events],
            [_document(d, size) for d, size in docs],
        )

    def update_case(self, case_id: int | str, **fields: Any) -> Case:
        allowed = {
            "status",
            "final_decision",
            "appeal_limit",
            "deadline_days",
            "asins",
            "requested_documents",
            "profile",
            "category",
            "notice_date",
            "invoice_window_days",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"cannot update {sorted(unknown)}")
        validate_numbers(fields)
        if "notice_date" in fields:
            validate_day(fields["notice_date"])
        if "requested_documents" in fields:
            fields["requested_documents"] = to_stored(from_stored(fields["requested_documents"]))
        with self.transaction() as session:
            row = session.get(CaseRow, case_number(case_id))
            if row is None:
                raise unknown_case(case_id)
            for key, value in fields.items():
                setattr(row, key, value.value if isinstance(value, Status) else value)
        return self.get_case(case_id)

    # Events and documents

    def log_event(
        self,
        case_id: int | str,
        kind: EventKind,
        *,
        at: datetime | None = None,
        channel: Channel | None = None,
        text: str | None = None,
        note: str | None = None,
        files: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
        role: str = "other",
    ) -> Event:
        """Record an event, with its files, in one transaction."""
        at = at or now()
        validate_moment(at)
        one_of(role, DOCUMENT_ROLES, code="unknown_role", what="document_role")
        for name, data in files:
            check_evidence(data, role, path=name)
        with self.transaction() as session:
            row = session.get(CaseRow, case_number(case_id))
            if row is None:
                raise unknown_case(case_id)
            event_row = EventRow(
                case_id=row.id,
                kind=EventKind(kind).value,
                at=utc_naive(at),
                channel=Channel(channel).value if channel else None,
                text=text,
                note=note,
            )
            session.add(event_row)
            session.flush()
            shas = tuple(
                attach_document(session, row.id, name, data, role, event_row.id, at)
                for name, data in files
            )
            if kind is EventKind.reinstated:
                row.status = Status.reinstated.value
            return _event(event_row, shas)

    def add_document(
        self,
        case_id: int | str,
        filename: str,
        data: bytes,
        *,
        role: str = "other",
        at: datetime | None = None,
    ) -> DocumentRef:
        """Store an evidence file once it passed `check_evidence`; the same file stored again in
        the same role is the same document, not a second row."""
        one_of(role, DOCUMENT_ROLES, code="unknown_role", what="document_role")
        check_evidence(data, role, path=filename)
        with self.transaction() as session:
            if session.get(CaseRow, case_number(case_id)) is None:
                raise unknown_case(case_id)
            sha = attach_document(
                session, case_number(case_id), filename, data, role, None, at or now()
            )
        return next(
            d
            for d in self.get_case(case_id).documents
            if d.sha256 == sha and d.role == role and d.event_id is None
        )

    def document_bytes(self, sha256: str) -> bytes:
        """The original bytes, checked against their hash before they leave the store."""
        with self.session() as session:
            blob = session.get(BlobRow, sha256)
        if blob is None:
            raise ReinstateError("unknown_document", sha256=sha256)
        if sha256_hex(blob.content) != sha256:
            raise ReinstateError("document_corrupt", sha256=sha256)
        return bytes(blob.content)

    def has_blob(self, sha256: str) -> bool:
        with self.session() as session:
            return session.get(BlobRow, sha256) is not None

    # Export and import

    def export_case(self, case_id: int | str) -> dict[str, Any]:
        from reinstate.cases.transfer import export_case

        return export_case(self, self.get_case(case_id))

    def import_case(self, data: dict[str, Any], *, origin: str | None = None) -> Case:
        from reinstate.cases.transfer import import_case

        return import_case(self, data, origin=origin)


def _case(row: CaseRow, events: list[Event], docs: list[DocumentRef]) -> Case:
    groups = from_stored(row.requested_documents)
    return Case(
        id=row.id,
        account=row.account,
        marketplace=row.marketplace,
        category=row.category,
        status=Status(row.status),
        notice_date=row.notice_date,
        deadline_days=row.deadline_days,
        appeal_limit=row.appeal_limit,
        asins=list(row.asins or []),
        requested_documents=flat(groups),
        requested_groups=groups,
        final_decision=bool(row.final_decision),
        invoice_window_days=row.invoice_window_days,
        notice_text=row.notice_text,
        notice=row.notice,
        profile=dict(row.profile or {}),
        created_at=_aware(row.created_at),
        events=events,
        documents=docs,
    )


def _event(row: EventRow, documents: tuple[str, ...]) -> Event:
    return Event(
        id=row.id,
        kind=EventKind(row.kind),
        at=_aware(row.at),
        channel=Channel(row.channel) if row.channel else None,
        text=row.text,
        note=row.note,
        documents=documents,
    )


def _document(row: DocumentRow, size: int) -> DocumentRef:
    return DocumentRef(
        sha256=row.sha256,
        filename=row.filename,
        role=row.role,
        media_type=row.media_type,
        size=size,
        added_at=_aware(row.added_at),
        event_id=row.event_id,
    )


def _unreachable(url: str, exc: Exception) -> ReinstateError:
    from sqlalchemy.engine import make_url

    safe = make_url(url).render_as_string(hide_password=True)
    reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0][:300]
    return ReinstateError("database_unreachable", reason=reason, path=safe)


def open_store(db: str | None = None, *, migrate: bool = True) -> Store:
    """Open the ledger at `db` (URL or SQLite path; default: the user's), upgrading its schema."""
    url = normalise_url(db or default_database_url())
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url.removeprefix("sqlite:///"))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReinstateError(
                "database_unreachable.folder", strerror=exc.strerror, path=str(path.parent)
            ) from None
    try:
        engine = create_engine(url, connect_args=_connect_args(url))
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise ReinstateError("database_url_invalid", exc=exc, path=url.split("@")[-1]) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    store = Store(engine)
    try:
        with engine.connect() as conn:
            current = _current_revisions(conn)
    except (OperationalError, SQLAlchemyError) as exc:
        engine.dispose()
        raise _unreachable(url, exc) from None
    if current != head_revisions():
        if not migrate:
            raise ReinstateError("database_outdated")
        upgrade(engine)
    return store


def _connect_args(url: str) -> dict[str, Any]:
    if url.startswith("postgresql"):
        return {"connect_timeout": 5}
    if url.startswith("sqlite"):
        return {"timeout": 15}
    return {}


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _current_revisions(conn: Any) -> frozenset[str]:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return frozenset()
    return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest revision with Alembic (imported only when needed)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "heads")
