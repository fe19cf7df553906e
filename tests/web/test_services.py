"""The case page's checklist (cached, G602 against earlier texts only), drafts, packet errors."""

from __future__ import annotations

import re
from typing import Any

from .conftest import pdf_bytes


def _form(client: Any, **fields: Any) -> dict[str, Any]:
    return {"csrf_token": client.headers["X-CSRF-Token"], **fields}


APPEAL = (
    "Root cause: we sold units bought from a wholesaler who was not authorised by the brand.\n"
    "Corrective actions: we removed the stock, refunded every buyer and now buy only from the "
    "brand's authorised distributor.\n"
    "Preventive measures: a staff member checks each supplier's authorisation before we buy."
)


def _codes(client: Any, case_id: int) -> set[str]:
    data = client.get(f"/api/v1/cases/{case_id}/checklist").json()
    return {f["code"] for g in data["guardrails"] for f in g["findings"]}


def test_recorded_appeal_is_not_compared_with_itself(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/cases/{case_id}/events",
        data=_form(client, kind="appeal_submitted", channel="account_health_appeal", text=APPEAL),
    )
    assert r.status_code == 303
    assert "G602" not in _codes(client, case_id)
    page = client.get(f"/cases/{case_id}").text
    assert "G602" not in page
    # sent a second time, it really is a duplicate of the first
    client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "appeal_submitted", "channel": "account_health_appeal", "text": APPEAL},
    )
    assert "G602" in _codes(client, case_id)


def _forget_in_memory() -> None:
    """Empty this process's caches: what a new worker or a restarted server starts with."""
    from reinstate.web import services

    services._INVOICES.clear()
    services._CHECKLISTS.clear()


def _store_invoice(client: Any, case_id: int, monkeypatch: Any, name: str, text: str) -> list[str]:
    """Store a PDF as the case's invoice; the actions `decide` is asked for from then on."""
    import reinstate.guard

    # The memory cache is per process and keyed by the invoice's bytes: the same PDF checked
    # for this test's other database (sqlite, then postgres) would already be answered.
    _forget_in_memory()
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": (name, pdf_bytes(text))},
        data={"role": "invoices"},
    )
    assert r.status_code == 201
    real = reinstate.guard.decide
    calls: list[str] = []

    def counting(action: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(str(action))
        return real(action, *args, **kwargs)

    monkeypatch.setattr(reinstate.guard, "decide", counting)
    return calls


def test_case_page_checks_a_stored_invoice_once(client, case_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls = _store_invoice(client, case_id, monkeypatch, "inv.pdf", "Invoice 7")
    assert client.get(f"/cases/{case_id}").status_code == 200
    assert calls.count("invoice") == 1
    for _ in range(3):
        assert client.get(f"/cases/{case_id}").status_code == 200
    assert calls.count("invoice") == 1  # the same case, the same answer: nothing re-checked
    client.post(f"/api/v1/cases/{case_id}/events", json={"kind": "note", "note": "called"})
    page = client.get(f"/cases/{case_id}").text
    assert "called" in page  # the case changed, so the checklist was made again...
    assert calls.count("invoice") == 1  # ...but the invoice itself was not read again


def test_invoice_check_is_kept_in_the_ledger(client, case_id, local_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web import services
    from reinstate.web.tables import InvoiceCheckRow

    calls = _store_invoice(client, case_id, monkeypatch, "kept.pdf", "Invoice 8")
    first = client.get(f"/cases/{case_id}").text
    assert calls.count("invoice") == 1
    # A new worker or a restart: nothing in memory, the ledger has the answer.
    _forget_in_memory()
    again = client.get(f"/cases/{case_id}").text
    assert calls.count("invoice") == 1
    assert again == first

    store = local_app.state.store
    with store.session() as session:
        rows = session.query(InvoiceCheckRow).filter_by(filename="kept.pdf").all()
        assert len(rows) == 1 and rows[0].rules_version == services.rules_version()
        kept = json_codes(rows[0].findings)
        assert kept and all(code.startswith("I") for code in kept)

    # A new rule set checks the file again and replaces the row instead of adding one.
    monkeypatch.setattr(services, "rules_version", lambda: "0123456789abcdef")
    _forget_in_memory()
    client.get(f"/cases/{case_id}")
    assert calls.count("invoice") == 2
    with store.session() as session:
        rows = session.query(InvoiceCheckRow).filter_by(filename="kept.pdf").all()
        assert [r.rules_version for r in rows] == ["0123456789abcdef"]


def json_codes(findings: str) -> set[str]:
    import json

    return {f["code"] for f in json.loads(findings)}


def test_draft_is_saved_restored_and_never_an_event(client, case_id) -> None:  # type: ignore[no-untyped-def]
    events_before = client.get(f"/api/v1/cases/{case_id}").json()["case"]["events"]
    assert client.get(f"/api/v1/cases/{case_id}/draft").json()["draft"] is None
    r = client.post(f"/cases/{case_id}/draft", data=_form(client, text="Root cause: <b>x</b>"))
    assert r.status_code == 200 and 'id="draft-saved"' in r.text
    editor = client.get(f"/cases/{case_id}/appeal").text
    assert "Root cause: &lt;b&gt;x&lt;/b&gt;</textarea>" in editor
    r = client.put(f"/api/v1/cases/{case_id}/draft", json={"text": "Version two"})
    assert r.status_code == 200 and r.json()["draft"]["text"] == "Version two"
    case = client.get(f"/api/v1/cases/{case_id}").json()["case"]
    assert case["events"] == events_before
    assert "Version two" not in client.get(f"/api/v1/cases/{case_id}/export").text


def test_back_to_the_appeal_after_a_refused_packet_keeps_the_text(client, case_id) -> None:  # type: ignore[no-untyped-def]
    text = "We are very sorry. Please reinstate us."
    refused = client.post(f"/cases/{case_id}/packet", data=_form(client, text=text))
    assert refused.status_code == 409
    back = re.search(r'id="back-to-appeal" href="([^"]+)"', refused.text)
    assert back is not None
    editor = client.get(back.group(1)).text
    assert f">{text}</textarea>" in editor


def test_packet_library_refusal_is_422_not_500(client, case_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reinstate.packet
    from reinstate.errors import ReinstateError

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise ReinstateError("text_too_long", MAX_TEXT_CHARS=10)

    monkeypatch.setattr(reinstate.packet, "build_packet", refuse)
    r = client.post(f"/api/v1/cases/{case_id}/packet", json={"poa_text": "Root\x0ccause"})
    assert r.status_code == 413 or r.status_code == 422
    assert r.json()["kind"] == "error"
    r = client.post(f"/cases/{case_id}/packet", data=_form(client, text="Root\x0ccause"))
    assert r.status_code in (413, 422) and "<html" in r.text


def test_packet_without_a_plan_names_no_command_line_option(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(f"/api/v1/cases/{case_id}/packet", json={})
    assert r.status_code == 422 and r.json()["error"]["code"] == "packet_no_poa"
    message = r.json()["error"]["message"]
    assert "--poa" not in message["en"] and "reinstate case" not in message["en"]
    assert "--poa" not in message["zh"]


def test_unknown_requested_document_is_refused(client) -> None:  # type: ignore[no-untyped-def]
    body = {"account": "A", "marketplace": "US", "requested_documents": ["passport_scan"]}
    r = client.post("/api/v1/cases", json=body)
    assert r.status_code == 422 and r.json()["error"]["code"] == "request_invalid"
    assert client.get("/api/v1/cases").json()["cases"] == []


def test_requested_documents_match_the_notice_vocabulary() -> None:
    from typing import get_args

    from reinstate.notices.vocab import DOCUMENTS
    from reinstate.web import api

    assert get_args(api.RequestedDocument) == DOCUMENTS


def test_405_says_which_methods_exist(client) -> None:  # type: ignore[no-untyped-def]
    r = client.delete("/api/v1/cases")
    assert r.status_code == 405
    assert {"GET", "POST"} <= set(r.headers["allow"].replace(" ", "").split(","))
    assert "DELETE" not in r.headers["allow"]
    assert r.json()["error"]["code"] == "method_not_allowed"


def test_lint_of_an_unchanged_text_and_case_is_cached(client, case_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import reinstate.appeals
    from reinstate.web import services

    services._LINTS.clear()
    real = reinstate.appeals.lint_text
    calls: list[str] = []

    def counting(text: str, **kwargs: Any) -> Any:
        calls.append(text)
        return real(text, **kwargs)

    monkeypatch.setattr(reinstate.appeals, "lint_text", counting)
    text = APPEAL + "\nWe will never do it again!!"
    first = client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text}).json()
    again = client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text}).json()
    assert again == first and len(calls) == 1
    client.post(f"/cases/{case_id}/lint", data=_form(client, text=text))
    assert len(calls) == 1  # the editor's fragment reads the same cached report
    # a message sent since is an earlier text the duplicate check must see: linted again
    client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "message_sent", "channel": "account_health_appeal", "text": text},
    )
    after = client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text}).json()
    assert len(calls) == 2
    assert "P119" in {f["code"] for f in after["findings"]} - {f["code"] for f in first["findings"]}
    client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text + " "})
    assert len(calls) == 3  # another text, another report


def test_lint_cache_follows_the_rule_set(client, case_id, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reinstate.rules import Registry, builtin_rules, set_default_registry
    from reinstate.rules.config import RuleSettings
    from reinstate.web import services

    services._LINTS.clear()
    text = "We will sue Amazon if you do not reinstate us."
    found = client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text}).json()
    assert "P101" in {f["code"] for f in found["findings"]}
    quiet = Registry(builtin_rules(), RuleSettings(disabled=frozenset({"P101"})))
    set_default_registry(quiet)
    try:
        found = client.post(f"/api/v1/cases/{case_id}/lint", json={"text": text}).json()
    finally:
        set_default_registry(None)
    assert "P101" not in {f["code"] for f in found["findings"]}


def test_case_read_is_the_stores_case(client, case_id, local_app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The case page's read (sqlite3 on SQLite, the store on PostgreSQL) gives the store's case,
    and sees a write made a moment before through the store."""
    from reinstate.web import services

    store = local_app.state.store
    client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": ("inv.pdf", pdf_bytes("Invoice 8"))},
        data={"role": "invoices"},
    )
    client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "message_sent", "channel": "account_health_appeal", "text": APPEAL},
    )
    expected = store.get_case(case_id)
    if store.engine.dialect.name == "sqlite":  # it must not need the ORM at all there
        monkeypatch.setattr(store, "get_case", lambda _id: (_ for _ in ()).throw(AssertionError))
        assert services.sqlite_path(store) is not None
    assert services.read_case(store, case_id) == expected
    client.post(f"/api/v1/cases/{case_id}/events", json={"kind": "note", "note": "called back"})
    assert services.read_case(store, case_id).events[-1].note == "called back"
    assert client.get(f"/cases/{case_id + 1000}").status_code == 404
