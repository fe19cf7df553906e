"""Row-level writes that the store and the import of an exported case share."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, insert, literal_column, select
from sqlalchemy.orm import Session

from reinstate.cases.files import sniff_media_type
from reinstate.cases.model import sha256_hex
from reinstate.cases.tables import BlobRow, DocumentRow


class Content(Protocol):
    """A file's bytes, whole or in pieces (an import hands over files it spooled to disk)."""

    @property
    def size(self) -> int: ...

    @property
    def head(self) -> bytes: ...  # the first bytes, enough to tell the type

    def chunks(self) -> Iterator[bytes]: ...

    def read(self) -> bytes: ...


@dataclass(frozen=True)
class Held:
    """Bytes already in memory."""

    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    @property
    def head(self) -> bytes:
        return self.data

    def chunks(self) -> Iterator[bytes]:
        yield self.data

    def read(self) -> bytes:
        return self.data


def utc_naive(value: datetime) -> datetime:
    """Naive UTC for storage: SQLite keeps no time zone, so the ledger always stores UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.replace(tzinfo=None)


def attach_document(
    session: Session,
    case_id: int,
    filename: str,
    data: bytes,
    role: str,
    event_id: int | None,
    at: datetime,
) -> str:
    sha = sha256_hex(data)
    attach_content(session, case_id, filename, sha, Held(data), role, event_id, at)
    return sha


def attach_content(
    session: Session,
    case_id: int,
    filename: str,
    sha: str,
    content: Content,
    role: str,
    event_id: int | None,
    at: datetime,
) -> None:
    """Store `content` (whose sha256 the caller checked) once, and a document row for it unless
    the same file is already attached to the case in the same role."""
    _put_blob(session, sha, content)
    if event_id is None:
        same = session.scalar(
            select(DocumentRow.id).where(
                DocumentRow.case_id == case_id,
                DocumentRow.sha256 == sha,
                DocumentRow.role == role,
                DocumentRow.event_id.is_(None),
            )
        )
        if same is not None:
            return
    session.add(
        DocumentRow(
            case_id=case_id,
            sha256=sha,
            filename=Path(filename).name,
            role=role,
            media_type=sniff_media_type(content.head),
            added_at=utc_naive(at),
            event_id=event_id,
        )
    )


def _put_blob(session: Session, sha: str, content: Content) -> None:
    if session.get(BlobRow, sha) is not None:
        return
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        session.add(BlobRow(sha256=sha, size=content.size, content=content.read()))
        session.flush()
        return
    # SQLite writes a blob in place, piece by piece, inside the open transaction: the file is
    # never one bytes object (and a second copy in the driver) in memory.
    conn.execute(
        insert(BlobRow).values(sha256=sha, size=content.size, content=func.zeroblob(content.size))
    )
    rowid: int = conn.execute(
        select(literal_column("rowid")).select_from(BlobRow).where(BlobRow.sha256 == sha)
    ).scalar_one()
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection has its driver's
    with driver.blobopen("blobs", "content", rowid) as blob:
        for piece in content.chunks():
            blob.write(piece)
