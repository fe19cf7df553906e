"""Lossless export and import of a case as one JSON document (files included, base64).

Both directions stream: `write_export` holds one file at a time and `importfile.import_file`
reads the document in pieces (cases/stream.py), so memory does not grow with the evidence.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, BinaryIO

from reinstate.cases.bounds import validate_draft, validate_moment
from reinstate.cases.model import (
    DOCUMENT_ROLES,
    Case,
    CaseDraft,
    Channel,
    EventKind,
    Status,
    sha256_hex,
)
from reinstate.cases.requests import from_stored, to_stored
from reinstate.cases.rows import Content, Held, attach_content, utc_naive
from reinstate.cases.stream import check_head, not_export
from reinstate.contract import envelope
from reinstate.errors import ReinstateError, one_of

if TYPE_CHECKING:
    from reinstate.cases.store import Store


_CHUNK = 3 * 1024 * 1024  # a multiple of 3, so base64 pieces join without padding


def write_export(store: Store, case: Case, out: BinaryIO) -> None:
    """Write the same document as `export_case`, one file at a time: memory stays near the
    largest file, not the whole evidence (which `json.dumps` of the dict would hold ~4 times)."""
    head = envelope("case_export", case=case.to_json())
    out.write(json.dumps(head, ensure_ascii=False, indent=2)[:-2].encode("utf-8"))
    out.write(b',\n  "files": {')
    shas = list(dict.fromkeys(d.sha256 for d in case.documents))
    for index, sha in enumerate(shas):
        data = store.document_bytes(sha)
        out.write(f'{"," if index else ""}\n    "{sha}": "'.encode("ascii"))
        for start in range(0, len(data), _CHUNK):
            out.write(base64.b64encode(data[start : start + _CHUNK]))
        out.write(b'"')
        del data
    out.write(b"\n  }\n}\n")


def export_case(store: Store, case: Case) -> dict[str, Any]:
    files = {
        d.sha256: base64.b64encode(store.document_bytes(d.sha256)).decode("ascii")
        for d in case.documents
    }
    return envelope("case_export", case=case.to_json(), files=files)


def _decode(b64: str, sha: str, origin: str | None) -> bytes:
    try:
        content = base64.b64decode(b64, validate=True)
    except (binascii.Error, ValueError):
        raise not_export(origin, f"file {sha[:12]}… is not base64") from None
    if sha256_hex(content) != sha:
        raise not_export(origin, f"file {sha[:12]}… does not match its sha256")
    return content


def _plain(exc: Exception) -> str:
    """What is wrong, in words, not a Python exception ("TypeError: 'NoneType'…")."""
    if isinstance(exc, KeyError):
        return f"the field {exc.args[0]!r} is missing"
    if isinstance(exc, binascii.Error):
        return "a file is not valid base64"
    if isinstance(exc, ValueError) and "isoformat" in str(exc):
        return "a date is not in ISO 8601 form (YYYY-MM-DDTHH:MM:SS)"
    if isinstance(exc, ValueError) and "is not a valid" in str(exc):
        return str(exc).rstrip(".")
    return "a field has the wrong type (for example null where a list or text is needed)"


EventRecord = tuple[EventKind, datetime, Channel | None, str | None, str | None, int]


@dataclass(frozen=True)
class ParsedExport:
    draft: CaseDraft
    created_at: datetime | None
    events: list[EventRecord]
    documents: list[dict[str, Any]]


def import_case(store: Store, data: dict[str, Any], *, origin: str | None = None) -> Case:
    """Recreate an exported case, given as the parsed document, under a new id, checking every
    file against its hash first."""
    if not isinstance(data, dict):
        raise not_export(origin, "kind is not 'case_export'")
    check_head(data, origin)
    parsed = parse_export(data, origin)
    # Files stay base64 until each is written, so the whole evidence is never held twice.
    files = data.get("files")
    if files is None:
        raise not_export(origin, "the field 'files' is missing")
    if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
        raise not_export(origin, "'files' must map each sha256 to base64 text")
    check_complete(parsed, files, origin)
    return write_case(store, parsed, lambda sha: Held(_decode(files[sha], sha, origin)))


def parse_export(data: dict[str, Any], origin: str | None) -> ParsedExport:
    try:
        c = data["case"]
        for key in ("account", "marketplace", "category", "status"):
            if not isinstance(c[key], str):
                raise not_export(origin, f"the field {key!r} must be text")
        draft = CaseDraft(
            account=c["account"],
            marketplace=c["marketplace"],
            category=c["category"],
            status=Status(c["status"]),
            notice_date=date.fromisoformat(c["notice_date"]) if c["notice_date"] else None,
            deadline_days=c["deadline_days"],
            appeal_limit=c["appeal_limit"],
            asins=list(c["asins"]),
            requested_documents=list(c["requested_documents"]),
            requested_groups=(
                from_stored(c["requested_document_groups"])
                if c.get("requested_document_groups") is not None
                else None
            ),
            final_decision=bool(c["final_decision"]),
            invoice_window_days=c.get("invoice_window_days"),
            notice_text=c.get("notice_text"),
            notice=c.get("notice"),
            profile=dict(c.get("profile") or {}),
        )
        events = c["events"]
        documents = c["documents"]
        for d in documents:
            if not isinstance(d["sha256"], str) or not isinstance(d["filename"], str):
                raise not_export(origin, "a document needs a sha256 and a file name")
            one_of(
                d["role"], DOCUMENT_ROLES, code="unknown_role", what="document_role"
            )
        documents = [{**d, "added_at": datetime.fromisoformat(d["added_at"])} for d in documents]
        created_at = datetime.fromisoformat(c["created_at"]) if c.get("created_at") else None
        parsed_events = [
            (
                EventKind(e["kind"]),
                datetime.fromisoformat(e["at"]),
                Channel(e["channel"]) if e.get("channel") else None,
                e.get("text"),
                e.get("note"),
                e["id"],
            )
            for e in events
        ]
    except ReinstateError:
        raise
    except (KeyError, TypeError, ValueError, binascii.Error, AttributeError) as exc:
        raise not_export(origin, _plain(exc)) from None

    validate_draft(draft)
    for _kind, at, *_rest in parsed_events:
        validate_moment(at)
    return ParsedExport(draft, created_at, parsed_events, documents)


def check_complete(parsed: ParsedExport, files: Mapping[str, object], origin: str | None) -> None:
    missing = {d["sha256"] for d in parsed.documents} - set(files)
    if missing:
        raise not_export(origin, f"{len(missing)} document(s) have no file content")


def write_case(store: Store, parsed: ParsedExport, content: Callable[[str], Content]) -> Case:
    """Everything in one transaction: a bad file anywhere raises inside it and nothing is kept."""
    from reinstate.cases.tables import CaseRow, EventRow

    draft = parsed.draft
    with store.transaction() as session:
        row = CaseRow(
            account=draft.account,
            marketplace=draft.marketplace,
            category=draft.category,
            status=draft.status.value,
            notice_date=draft.notice_date,
            deadline_days=draft.deadline_days,
            appeal_limit=draft.appeal_limit,
            asins=draft.asins,
            requested_documents=to_stored(draft.request_groups()),
            final_decision=draft.final_decision,
            invoice_window_days=draft.invoice_window_days,
            notice_text=draft.notice_text,
            notice=draft.notice,
            profile=draft.profile,
            created_at=utc_naive(parsed.created_at or datetime.now().astimezone()),
        )
        session.add(row)
        session.flush()
        new_ids: dict[int, int] = {}
        for kind, at, channel, text, note, old_id in parsed.events:
            event_row = EventRow(
                case_id=row.id,
                kind=kind.value,
                at=utc_naive(at),
                channel=channel.value if channel else None,
                text=text,
                note=note,
            )
            session.add(event_row)
            session.flush()
            new_ids[old_id] = event_row.id
        current: tuple[str, Content] | None = None
        for d in parsed.documents:
            sha = d["sha256"]
            if current is None or current[0] != sha:
                current = (sha, content(sha))  # one file at a time
            attach_content(
                session,
                row.id,
                d["filename"],
                sha,
                current[1],
                d["role"],
                new_ids.get(d["event_id"]) if d.get("event_id") is not None else None,
                d["added_at"],
            )
        case_id = row.id
    return store.get_case(case_id)
