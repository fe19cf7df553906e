"""Lossless export and import of a case as one JSON document (files included, base64)."""

from __future__ import annotations

import base64
import binascii
import json
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
from reinstate.cases.rows import attach_document, utc_naive
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
        raise _bad(origin, f"file {sha[:12]}… is not base64") from None
    if sha256_hex(content) != sha:
        raise _bad(origin, f"file {sha[:12]}… does not match its sha256")
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


def _bad(origin: str | None, problem: str) -> ReinstateError:
    return ReinstateError("import_invalid.not_export", problem=problem, path=origin)


def import_case(store: Store, data: dict[str, Any], *, origin: str | None = None) -> Case:
    """Recreate an exported case under a new id, checking every file against its hash first."""
    if not isinstance(data, dict) or data.get("kind") != "case_export":
        raise _bad(origin, "kind is not 'case_export'")
    if data.get("schema_version") != 1:
        raise _bad(origin, f"unsupported schema_version {data.get('schema_version')!r}")
    try:
        c = data["case"]
        for key in ("account", "marketplace", "category", "status"):
            if not isinstance(c[key], str):
                raise _bad(origin, f"the field {key!r} must be text")
        # Files stay base64 until each is written, so the whole evidence is never held twice.
        files: dict[str, str] = data["files"]
        if not isinstance(files, dict) or not all(isinstance(v, str) for v in files.values()):
            raise _bad(origin, "'files' must map each sha256 to base64 text")
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
                raise _bad(origin, "a document needs a sha256 and a file name")
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
        raise _bad(origin, _plain(exc)) from None

    validate_draft(draft)
    for _kind, at, *_rest in parsed_events:
        validate_moment(at)
    missing = {d["sha256"] for d in documents} - set(files)
    if missing:
        raise _bad(origin, f"{len(missing)} document(s) have no file content")
    return _write(store, draft, created_at, parsed_events, documents, files, origin)


def _write(
    store: Store,
    draft: CaseDraft,
    created_at: datetime | None,
    events: list[tuple[EventKind, datetime, Channel | None, str | None, str | None, int]],
    documents: list[dict[str, Any]],
    files: dict[str, str],
    origin: str | None,
) -> Case:
    from reinstate.cases.tables import CaseRow, EventRow

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
            created_at=utc_naive(created_at or datetime.now().astimezone()),
        )
        session.add(row)
        session.flush()
        new_ids: dict[int, int] = {}
        for kind, at, channel, text, note, old_id in events:
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
        decoded: dict[str, bytes] = {}
        for d in documents:
            sha = d["sha256"]
            if sha not in decoded:
                # A bad file anywhere raises inside the transaction: nothing is kept.
                decoded = {sha: _decode(files[sha], sha, origin)}
            attach_document(
                session,
                row.id,
                d["filename"],
                decoded[sha],
                d["role"],
                new_ids.get(d["event_id"]) if d.get("event_id") is not None else None,
                d["added_at"],
            )
        case_id = row.id
    return store.get_case(case_id)
