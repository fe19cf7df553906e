"""Row-level writes that the store and the import of an exported case share."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reinstate.cases.files import sniff_media_type
from reinstate.cases.model import sha256_hex
from reinstate.cases.tables import BlobRow, DocumentRow


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
    if session.get(BlobRow, sha) is None:
        session.add(BlobRow(sha256=sha, size=len(data), content=data))
        session.flush()
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
            return sha
    session.add(
        DocumentRow(
            case_id=case_id,
            sha256=sha,
            filename=Path(filename).name,
            role=role,
            media_type=sniff_media_type(data),
            added_at=utc_naive(at),
            event_id=event_id,
        )
    )
    return sha
