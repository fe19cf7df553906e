"""What the ledger refuses at its boundary, so no stored value can crash a later read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from reinstate.cases import CaseDraft, EventKind, open_store
from reinstate.cases.files import evidence_problem
from reinstate.cases.requests import request_groups
from reinstate.cases.schedule import missing_documents, next_step
from reinstate.cases.tables import CaseRow
from reinstate.cli import app
from reinstate.errors import ReinstateError

runner = CliRunner()
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def cli(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), catch_exceptions=False)


@pytest.fixture
def db(tmp_path):  # type: ignore[no-untyped-def]
    return f"sqlite:///{tmp_path / 'ledger.db'}"


def _new(db: str, *extra: str):  # type: ignore[no-untyped-def]
    return cli(
        "case", "new", "--db", db, "--account", "Lotus", "--marketplace", "DE",
        "--category", "inauthentic", "--notice-date", "2026-03-01", "--format", "json", *extra,
    )  # fmt: skip


def _count(db: str) -> int:
    with open_store(db) as store:
        return len(store.list_cases())


# Evidence


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "empty"), (bytes(range(256)) * 256, "not_accepted"), (b"just words", "not_accepted")],
)
def test_empty_and_non_documents_are_refused_as_evidence(db, tmp_path, data, problem) -> None:  # type: ignore[no-untyped-def]
    case_id = json.loads(_new(db).stdout)["case"]["id"]
    path = tmp_path / "loa.pdf"
    path.write_bytes(data)
    assert evidence_problem(data, "letter_of_authorization") == problem
    result = cli("case", "add-doc", str(case_id), str(path), "--role", "letter_of_authorization",
                 "--db", db)  # fmt: skip
    assert result.exit_code == 2
    assert "loa.pdf" in result.stderr
    with open_store(db) as store:
        assert store.get_case(case_id).documents == []


def test_a_stored_file_that_fails_the_check_does_not_count(db) -> None:  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        case = store.create_case(
            CaseDraft(account="A", marketplace="US", requested_documents=["invoices"])
        )
        # A ledger written before the check: a random blob stored as an invoice.
        store.add_document(case.id, "x.bin", b"anything", role="other")
        case = store.get_case(case.id)
    bogus = case.documents[0].__class__(**{**case.documents[0].__dict__, "role": "invoices"})
    case.documents = [bogus]
    assert missing_documents(case) == ["invoices"]


def test_the_same_document_added_twice_is_one_row(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    case_id = json.loads(_new(db).stdout)["case"]["id"]
    path = tmp_path / "inv.pdf"
    path.write_bytes(PDF)
    for _ in range(2):
        assert cli("case", "add-doc", str(case_id), str(path), "--role", "invoices",
                   "--db", db).exit_code == 0  # fmt: skip
    with open_store(db) as store:
        assert len(store.get_case(case_id).documents) == 1


# Alternatives in the notice's wording


def test_or_in_the_notice_makes_alternatives() -> None:
    text = "Please provide invoices, receipts, or letters of authorization from your supplier."
    groups = request_groups(["invoices", "letter_of_authorization"], text)
    assert groups == [["invoices", "letter_of_authorization"]]


def test_and_in_the_notice_keeps_both() -> None:
    text = "Send invoices and a utility bill. 另外请提供营业执照。"
    groups = request_groups(["invoices", "utility_bill", "business_license"], text)
    assert sorted(groups) == [["business_license"], ["invoices"], ["utility_bill"]]


def test_chinese_or_makes_alternatives() -> None:
    groups = request_groups(["invoices", "letter_of_authorization"], "请提供发票或授权书。")
    assert groups == [["invoices", "letter_of_authorization"]]


def test_one_alternative_answers_the_request_and_json_stays_flat(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        case = store.create_case(
            CaseDraft(
                account="A",
                marketplace="US",
                requested_documents=["invoices", "letter_of_authorization"],
                requested_groups=[["invoices", "letter_of_authorization"]],
            )
        )
        assert missing_documents(case) == ["invoices", "letter_of_authorization"]
        store.add_document(case.id, "inv.pdf", PDF, role="invoices")
        case = store.get_case(case.id)
    assert missing_documents(case) == []
    data = case.to_json()
    assert data["requested_documents"] == ["invoices", "letter_of_authorization"]
    assert data["requested_document_groups"] == [["invoices", "letter_of_authorization"]]


# Dates and numbers


def test_absurd_deadline_is_refused_and_nothing_saved(db) -> None:  # type: ignore[no-untyped-def]
    _new(db)
    result = _new(db, "--deadline-days", "3000000")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["error"]["code"] == "case_number_too_large"
    assert _count(db) == 1
    assert cli("case", "list", "--db", db).exit_code == 0


def test_a_bad_value_already_stored_does_not_crash_the_list(db) -> None:  # type: ignore[no-untyped-def]
    _new(db)
    with open_store(db) as store, store.transaction() as session:
        session.execute(update(CaseRow).values(deadline_days=3_000_000))
    assert cli("case", "list", "--db", db).exit_code == 0
    assert cli("case", "show", "1", "--db", db).exit_code == 0


def test_an_event_dated_years_ahead_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    _new(db)
    result = cli("case", "log", "1", "appeal_submitted", "--at", "2099-01-01", "--db", db)
    assert result.exit_code == 2
    assert "2099-01-01" in result.stderr
    with open_store(db) as store:
        assert store.get_case(1).appeals_used() == 0
        tomorrow = datetime.now(UTC) + timedelta(hours=20)
        store.log_event(1, EventKind.note, at=tomorrow)  # time zones: a day ahead is fine
        with pytest.raises(ReinstateError):
            store.log_event(1, EventKind.note, at=datetime(1970, 1, 1, tzinfo=UTC))


def test_unknown_requested_document_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    result = _new(db, "--requests", "tax_return")
    assert result.exit_code == 2
    assert _count(db) == 0


# The next step


@pytest.mark.parametrize(
    "later", [EventKind.note, EventKind.packet_forced, EventKind.amazon_replied]
)
def test_a_later_event_does_not_make_the_next_step_forget_the_appeal(db, later) -> None:  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        case = store.create_case(CaseDraft(account="A", marketplace="US"))
        store.log_event(case.id, EventKind.appeal_submitted, at=datetime(2026, 3, 5, tzinfo=UTC))
        store.log_event(case.id, later, at=datetime(2026, 3, 6, tzinfo=UTC))
        case = store.get_case(case.id)
    assert "2026-03-12" in next_step(case, date(2026, 3, 7))["en"]


def test_an_answered_request_means_waiting_again(db) -> None:  # type: ignore[no-untyped-def]
    with open_store(db) as store:
        case = store.create_case(CaseDraft(account="A", marketplace="US"))
        for kind, day in (
            (EventKind.appeal_submitted, 1),
            (EventKind.info_requested, 3),
            (EventKind.message_sent, 4),
            (EventKind.note, 5),
        ):
            store.log_event(case.id, kind, at=datetime(2026, 3, day, tzinfo=UTC))
        case = store.get_case(case.id)
    assert "2026-03-11" in next_step(case, date(2026, 3, 6))["en"]


def test_a_passed_deadline_is_shown_in_the_list(db) -> None:  # type: ignore[no-untyped-def]
    _new(db, "--deadline-days", "17")
    out = cli("case", "list", "--db", db, "--today", "2026-04-02").stdout
    assert "2026-03-18 (PASSED 15d ago)" in out
    rows = cli("case", "list", "--db", db, "--today", "2026-04-02", "--format", "jsonl").stdout
    assert json.loads(rows.splitlines()[0])["next_deadline"]["days_left"] == -15


@pytest.mark.parametrize(
    "case_json",
    ['{"account": null}', '{"events": null}', '{"events": [{"kind": "note", "at": "soon"}]}'],
)
def test_a_broken_export_is_explained_without_python_words(db, tmp_path, case_json) -> None:  # type: ignore[no-untyped-def]
    base = {
        "account": "A", "marketplace": "US", "category": "other", "status": "suspended",
        "notice_date": None, "deadline_days": None, "appeal_limit": None, "asins": [],
        "requested_documents": [], "final_decision": False, "events": [], "documents": [],
    }  # fmt: skip
    base.update(json.loads(case_json))
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"schema_version": 1, "kind": "case_export", "case": base,
                                "files": {}}))  # fmt: skip
    result = cli("case", "import", str(path), "--db", db)
    assert result.exit_code == 2
    assert "Error" not in result.stderr and "NoneType" not in result.stderr, result.stderr


def test_a_folder_given_to_lint_is_named_in_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli("lint", str(tmp_path))
    assert result.exit_code == 2
    assert "Errno" not in result.stderr
