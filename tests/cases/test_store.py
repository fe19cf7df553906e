"""The ledger on SQLite and PostgreSQL: cases, events, files, export/import, no partial writes."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from reinstate.cases import CaseDraft, Channel, EventKind, Status, open_store
from reinstate.cases.tables import BlobRow, EventRow
from reinstate.errors import ReinstateError


def _draft(**overrides):  # type: ignore[no-untyped-def]
    values = dict(
        account="Lotus Trading",
        marketplace="de",
        category="inauthentic",
        notice_date=date(2026, 3, 1),
        asins=["b0test0001"],
        requested_documents=["invoices"],
        notice_text="Your account was deactivated.",
    )
    values.update(overrides)
    return CaseDraft(**values)


def test_create_and_read_back(store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case(_draft())
    again = store.get_case(case.id)
    assert again.account == "Lotus Trading"
    assert again.marketplace == "DE"
    assert again.asins == ["B0TEST0001"]
    assert again.status is Status.suspended
    assert [e.kind for e in again.events] == [EventKind.notice_received]
    assert again.events[0].at == datetime(2026, 3, 1, tzinfo=UTC)


def test_events_keep_time_channel_and_files(store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case(_draft())
    at = datetime(2026, 3, 4, 15, 30, tzinfo=UTC)
    pdf = b"%PDF-1.4 supplier invoice"
    event = store.log_event(
        case.id,
        EventKind.appeal_submitted,
        at=at,
        channel=Channel.account_health_appeal,
        text="Root cause: ...",
        files=[("inv.pdf", pdf)],
        role="invoices",
    )
    loaded = store.get_case(case.id)
    logged = next(e for e in loaded.events if e.id == event.id)
    assert logged.at == at
    assert logged.channel is Channel.account_health_appeal
    assert logged.documents == (hashlib.sha256(pdf).hexdigest(),)
    assert loaded.documents[0].role == "invoices"
    assert loaded.documents[0].media_type == "application/pdf"
    assert loaded.documents[0].size == len(pdf)


def test_documents_are_stored_once_and_come_back_identical(store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case(_draft())
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 100
    first = store.add_document(case.id, "scan.png", data, role="invoices")
    second = store.add_document(case.id, "copy-of-scan.png", data, role="invoices")
    assert first.sha256 == second.sha256
    assert store.document_bytes(first.sha256) == data
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BlobRow)) == 1


def test_export_import_round_trip_is_lossless(db_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open_store(db_url) as store:
        case = store.create_case(_draft(profile={"seller_name": "Lotus Trading GmbH"}))
        store.log_event(
            case.id,
            EventKind.appeal_submitted,
            at=datetime(2026, 3, 5, tzinfo=UTC),
            text="appeal",
            files=[("a.pdf", b"%PDF-1.7 a")],
            role="invoices",
        )
        store.log_event(case.id, EventKind.note, note="called AHS")
        store.add_document(case.id, "loa.pdf", b"%PDF-1.7 loa", role="letter_of_authorization")
        exported = store.export_case(case.id)
    other = f"sqlite:///{tmp_path / 'other.db'}"
    with open_store(other) as target:
        imported = target.import_case(exported)
        again = target.export_case(imported.id)

    def strip_ids(data):  # type: ignore[no-untyped-def]
        c = dict(data["case"])
        c.pop("id")
        c["events"] = [{k: v for k, v in e.items() if k != "id"} for e in c["events"]]
        c["documents"] = [{k: v for k, v in d.items() if k != "event_id"} for d in c["documents"]]
        return c, data["files"]

    assert strip_ids(again) == strip_ids(exported)


def test_import_rejects_tampered_file_and_writes_nothing(store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case(_draft())
    store.add_document(case.id, "a.pdf", b"%PDF-1.7 original", role="invoices")
    exported = store.export_case(case.id)
    sha = next(iter(exported["files"]))
    import base64

    exported["files"][sha] = base64.b64encode(b"%PDF-1.7 edited").decode()
    before = len(store.list_cases())
    with pytest.raises(ReinstateError) as info:
        store.import_case(exported, origin="case.json")
    assert info.value.code == "import_invalid"
    assert len(store.list_cases()) == before


def test_unknown_case_is_a_clear_error(store) -> None:  # type: ignore[no-untyped-def]
    for bad in ("999", "abc", "-1", "99999999999"):
        with pytest.raises(ReinstateError) as info:
            store.get_case(bad)
        assert info.value.code == "unknown_case"


def test_failed_write_leaves_no_partial_event(store) -> None:  # type: ignore[no-untyped-def]
    case = store.create_case(_draft())
    with pytest.raises(ReinstateError):
        store.add_document(case.id, "x.pdf", b"%PDF", role="not-a-role")
    with pytest.raises(ValueError):
        store.log_event(case.id, EventKind.message_sent, channel="carrier-pigeon")  # type: ignore[arg-type]
    with store.session() as session:
        count = session.scalar(select(func.count()).select_from(EventRow))
    assert count == 1  # only the notice


def test_invalid_draft_is_refused(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReinstateError):
        store.create_case(_draft(category="made-up"))
    with pytest.raises(ReinstateError):
        store.create_case(_draft(account="  "))
    assert store.list_cases() == []


def test_unreachable_database_is_an_input_error() -> None:
    with pytest.raises(ReinstateError) as info:
        open_store("postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert info.value.code == "database_unreachable"
    assert "127.0.0.1" in (info.value.path or "")


def test_reopening_does_not_migrate_again(db_url) -> None:  # type: ignore[no-untyped-def]
    with open_store(db_url) as store:
        store.create_case(_draft())
    with open_store(db_url, migrate=False) as store:
        assert len(store.list_cases()) == 1
