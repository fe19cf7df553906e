"""The REST API: the CLI's JSON contract, uploads, and bad input, on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib

from .conftest import NOTICE, TODAY, pdf_bytes, png_bytes


def _count_docs(client, case_id):  # type: ignore[no-untyped-def]
    return len(client.get(f"/api/v1/cases/{case_id}").json()["case"]["documents"])


def test_session_reports_local_mode_and_a_csrf_token(client) -> None:  # type: ignore[no-untyped-def]
    data = client.get("/api/v1/session").json()
    assert data["schema_version"] == 1 and data["kind"] == "session"
    assert data["mode"] == "local" and len(data["csrf_token"]) >= 32


def test_case_from_notice_matches_the_cli_contract(client, case_id) -> None:  # type: ignore[no-untyped-def]
    from reinstate.cases.report import case_report

    data = client.get(f"/api/v1/cases/{case_id}").json()
    case = client.app.state.store.get_case(case_id)
    assert data == case_report(case, TODAY)
    assert data["case"]["marketplace"] == "US"
    assert data["case"]["asins"] == ["B0WEBTST01", "B0WEBTST02"]
    assert data["case"]["deadline_days"] == 17
    assert data["case"]["notice_text"] == NOTICE


def test_case_from_fields_and_listing(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        "/api/v1/cases",
        json={
            "account": "Shop",
            "marketplace": "de",
            "category": "pricing",
            "deadline_days": 10,
            "notice_date": "2026-11-20",
        },
    )
    assert r.status_code == 201, r.text
    listed = client.get("/api/v1/cases").json()
    assert listed["kind"] == "case_list"
    row = next(c for c in listed["cases"] if c["id"] == r.json()["case"]["id"])
    assert row["marketplace"] == "DE"
    assert row["next_deadline"]["days_left"] == 4
    assert set(row["next_step"]) == {"en", "zh"}


def test_invalid_case_fields_are_422_and_store_nothing(client) -> None:  # type: ignore[no-untyped-def]
    before = len(client.get("/api/v1/cases").json()["cases"])
    r = client.post(
        "/api/v1/cases", json={"account": "X", "marketplace": "US", "category": "bogus"}
    )
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "request_invalid"
    assert "category" in r.json()["error"]["message"]["en"]
    r = client.post("/api/v1/cases", json={"account": "", "marketplace": "US"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "request_invalid"
    assert len(client.get("/api/v1/cases").json()["cases"]) == before


def test_unknown_ids_are_404(client, case_id) -> None:  # type: ignore[no-untyped-def]
    for path in (
        "/api/v1/cases/999999",
        "/api/v1/cases/999999/export",
        f"/api/v1/cases/{case_id}/documents/{'0' * 64}",
    ):
        r = client.get(path)
        assert r.status_code == 404, path
        assert r.json()["kind"] == "error"
    assert client.get("/api/v1/cases/abc").status_code == 422


def test_document_round_trip_is_byte_identical_with_safe_headers(client, case_id) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes()
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": ("inv<1>.pdf", data, "text/html")},  # the declared type is ignored
        data={"role": "invoices"},
    )
    assert r.status_code == 201, r.text
    doc = r.json()["document"]
    assert doc["media_type"] == "application/pdf"
    assert doc["sha256"] == hashlib.sha256(data).hexdigest()
    got = client.get(f"/api/v1/cases/{case_id}/documents/{doc['sha256']}")
    assert got.status_code == 200 and got.content == data
    assert got.headers["content-type"] == "application/pdf"
    assert got.headers["content-disposition"].startswith("attachment;")
    assert got.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in got.headers["content-security-policy"]
    # stored once: the same bytes again add a second reference, not a second blob
    client.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("again.pdf", data)})
    from sqlalchemy import func, select

    from reinstate.cases.tables import BlobRow

    with client.app.state.store.session() as s:
        assert s.scalar(select(func.count()).select_from(BlobRow)) == 1


def test_wrong_file_type_is_415_and_nothing_stored(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": ("invoice.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", "application/pdf")},
    )
    assert r.status_code == 415
    assert r.json()["error"]["code"] == "file_type_refused"
    assert "application/octet-stream" in r.json()["error"]["message"]["en"]
    assert _count_docs(client, case_id) == 0


def test_oversized_upload_is_413_and_nothing_stored(client, case_id) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.services import MAX_UPLOAD_BYTES

    big = b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD_BYTES + 10)
    r = client.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("big.pdf", big)})
    assert r.status_code == 413
    assert _count_docs(client, case_id) == 0
    # a body far above the limit is refused from its Content-Length, before it is read
    huge = b"x" * (MAX_UPLOAD_BYTES + 2 * 1024 * 1024)
    r = client.post(f"/api/v1/cases/{case_id}/documents", files={"file": ("huge.pdf", huge)})
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert _count_docs(client, case_id) == 0
    # without Content-Length (chunked), the body is counted while it streams in
    boundary = b"b0undary"

    def chunks():  # type: ignore[no-untyped-def]
        yield b"--" + boundary + b'\r\nContent-Disposition: form-data; name="file"; '
        yield b'filename="s.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n'
        for _ in range(23):
            yield b"0" * (1024 * 1024)
        yield b"\r\n--" + boundary + b"--\r\n"

    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        content=chunks(),
        headers={"Content-Type": "multipart/form-data; boundary=b0undary"},
    )
    assert r.status_code == 413 and r.json()["error"]["code"] == "request_too_large"
    assert _count_docs(client, case_id) == 0


def test_broken_multipart_is_400(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        content=(
            b'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF'
        ),
        headers={"Content-Type": "multipart/form-data; boundary=XYZ"},
    )
    assert r.status_code in (400, 422)
    assert r.json()["kind"] == "error"
    assert _count_docs(client, case_id) == 0
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        content=b"garbage",
        headers={"Content-Type": "multipart/form-data"},
    )
    assert r.status_code in (400, 422)
    assert _count_docs(client, case_id) == 0


def test_missing_or_wrong_csrf_is_403_and_changes_nothing(client, case_id) -> None:  # type: ignore[no-untyped-def]
    token = client.headers.pop("X-CSRF-Token")
    r = client.post(f"/api/v1/cases/{case_id}/events", json={"kind": "note", "note": "x"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_missing"
    r = client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "note", "note": "x"},
        headers={"X-CSRF-Token": token[:-2] + "xx"},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_wrong"
    r = client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": ("a.png", png_bytes())},
        data={"csrf_token": "nope"},
    )
    assert r.status_code == 403
    events = client.get(f"/api/v1/cases/{case_id}").json()["case"]["events"]
    assert [e["kind"] for e in events] == ["notice_received"]
    assert _count_docs(client, case_id) == 0


def test_lint_matches_the_library(client) -> None:  # type: ignore[no-untyped-def]
    from reinstate.appeals import lint_text

    text = "We will take legal action against Amazon."
    r = client.post("/api/v1/lint", json={"text": text})
    assert r.status_code == 200
    assert r.json() == lint_text(text).to_json()
    assert "P101" in {f["code"] for f in r.json()["findings"]}


def test_guard_and_events(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(f"/api/v1/cases/{case_id}/guard", json={"action": "new-account"})
    assert r.status_code == 200 and r.json()["verdict"] == "block"
    assert r.json()["findings"][0]["code"] == "G201"
    r = client.post(
        f"/api/v1/cases/{case_id}/guard", json={"action": "message", "channel": "seller_support"}
    )
    assert "G501" in {f["code"] for f in r.json()["findings"]}
    r = client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "appeal_submitted", "channel": "account_health_appeal", "text": "Root cause"},
    )
    assert r.status_code == 201
    case = client.get(f"/api/v1/cases/{case_id}").json()
    assert case["appeals"]["used"] == 1
    r = client.post(f"/api/v1/cases/{case_id}/guard", json={"action": "fly"})
    assert r.status_code == 422


def test_checklist_has_the_seven_guardrails(client, case_id) -> None:  # type: ignore[no-untyped-def]
    data = client.get(f"/api/v1/cases/{case_id}/checklist").json()
    keys = [g["key"] for g in data["guardrails"]]
    assert len(keys) == 7
    states = {g["key"]: g["state"] for g in data["guardrails"]}
    assert states["new_account"] == "block"  # G201: never while suspended
    assert states["poa_ready"] == "block"  # no plan of action yet, invoices missing
    assert states["tone"] == "pending"


def test_invoice_upload_runs_the_guard_and_stores_the_original(client, case_id) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes()
    r = client.post(f"/api/v1/cases/{case_id}/invoices", files={"file": ("inv.pdf", data)})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["guard"]["kind"] == "guard"
    assert body["document"]["role"] == "invoices"
    if body["report"] is not None:
        assert body["report"]["sha256"] == hashlib.sha256(data).hexdigest()
    r = client.post(f"/api/v1/cases/{case_id}/invoices", files={"file": ("inv.txt", b"hello")})
    assert r.status_code == 415


def test_export_matches_the_store(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.get(f"/api/v1/cases/{case_id}/export")
    assert r.status_code == 200
    assert r.json() == client.app.state.store.export_case(case_id)


def test_notice_parse_and_rules(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/api/v1/notices/parse", json={"text": NOTICE})
    assert r.status_code == 200
    assert r.json()["case_fields"]["deadline_days"] == 17
    rules = client.get("/api/v1/rules").json()["rules"]
    assert {"G201", "P101"} <= {r["code"] for r in rules}
    assert all(r["source"].startswith("http") for r in rules)


def test_related_accounts(client) -> None:  # type: ignore[no-untyped-def]
    csv = "account_id,email,phone\na1,x@shop.example,+1 555 0100\na2,x@shop.example,+1 555 0199\n"
    r = client.post("/api/v1/related", json={"data": csv, "format": "csv"})
    assert r.status_code == 200, r.text
    assert r.json()["kind"] == "related"
    assert r.json()["summary"]["links"] >= 1


def test_openapi_schema_is_served(client) -> None:  # type: ignore[no-untyped-def]
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/cases/{case_id}" in schema["paths"]
    assert not any(p.startswith("/cases") for p in schema["paths"])  # pages stay out
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/v1/cases/{case_id}/guard" in docs.text
    assert "cdn" not in docs.text.lower() and "<script" not in docs.text.replace(
        '<script src="/static/htmx.min.js"></script>', ""
    )


def test_api_enums_match_the_ledger() -> None:
    from typing import get_args

    from reinstate.cases import CATEGORIES, DOCUMENT_ROLES, Channel, EventKind, Status
    from reinstate.web import api

    assert get_args(api.Category) == CATEGORIES
    assert get_args(api.CaseStatus) == tuple(s.value for s in Status)
    assert get_args(api.DocumentRole) == DOCUMENT_ROLES
    channels = get_args(api.EventIn.model_fields["channel"].annotation)[0]
    assert set(get_args(channels)) == {c.value for c in Channel}
    kinds = set(get_args(api.EventIn.model_fields["kind"].annotation))
    assert kinds <= {k.value for k in EventKind}


def test_checklist_follows_the_case(client, case_id) -> None:  # type: ignore[no-untyped-def]
    def states() -> dict[str, str]:
        data = client.get(f"/api/v1/cases/{case_id}/checklist").json()
        return {g["key"]: g["state"] for g in data["guardrails"]}

    assert states()["documents"] == "pending"
    r = client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "appeal_submitted", "channel": "seller_support", "text": "You are stupid."},
    )
    assert r.status_code == 201
    after = states()
    assert after["tone"] == "block"  # P102 in the text that was sent
    assert after["legal_threats"] == "ok"
    assert after["follow_ups"] == "block"  # a message now would come too soon after the appeal
    client.post(
        f"/api/v1/cases/{case_id}/documents",
        files={"file": ("i.pdf", pdf_bytes())},
        data={"role": "invoices"},
    )
    assert states()["documents"] != "pending"


def test_packet_export_uses_the_packet_builder(client, case_id) -> None:  # type: ignore[no-untyped-def]
    import io
    import zipfile

    from reinstate.demo import demo_text

    refused = client.post(f"/api/v1/cases/{case_id}/packet", json={"poa_text": "We are sorry."})
    assert refused.status_code == 409
    body = refused.json()
    assert body["kind"] == "packet" and body["findings"]
    forced = client.post(
        f"/api/v1/cases/{case_id}/packet",
        json={"poa_text": demo_text("poa.txt"), "force": True},
    )
    assert forced.status_code == 200, forced.text[:500]
    assert forced.headers["content-type"] == "application/zip"
    names = zipfile.ZipFile(io.BytesIO(forced.content)).namelist()
    assert {"poa.txt", "poa.pdf", "poa.docx", "manifest.json", "checklist.md"} <= set(names)
    events = client.get(f"/api/v1/cases/{case_id}").json()["case"]["events"]
    assert events[-1]["kind"] == "packet_forced"
