"""The HTML pages: dashboard, notice → case, case page, appeal editor, languages, escaping."""

from __future__ import annotations

import re

from .conftest import NOTICE, client_for, csrf_of, pdf_bytes


def _form(client, **fields):  # type: ignore[no-untyped-def]
    return {"csrf_token": client.headers["X-CSRF-Token"], **fields}


def test_paste_notice_creates_a_case_and_redirects(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/cases", data=_form(client, notice_text=NOTICE, account="Northwind"))
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert page.status_code == 200
    assert "Northwind" in page.text and "B0WEBTST01" in page.text
    states = dict(re.findall(r'data-guardrail="(\w+)" data-state="(\w+)"', page.text))
    assert list(states) == [
        "poa_ready",
        "new_account",
        "documents",
        "legal_threats",
        "channel",
        "tone",
        "follow_ups",
    ]
    assert states["new_account"] == "block"
    dash = client.get("/")
    assert "Northwind" in dash.text and "/cases/1" in dash.text


def test_empty_notice_is_refused_with_a_message(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/cases", data=_form(client, notice_text="   "))
    assert r.status_code == 422
    assert "Paste the notice first." in r.text
    assert client.get("/api/v1/cases").json()["cases"] == []


def test_form_without_csrf_is_403(client) -> None:  # type: ignore[no-untyped-def]
    bare = client_for(client.app)
    csrf_of(bare)
    r = bare.post("/cases", data={"notice_text": NOTICE})
    assert r.status_code == 403
    assert "security token" in r.text
    assert client.get("/api/v1/cases").json()["cases"] == []


def test_html_in_notices_and_appeals_is_escaped(client) -> None:  # type: ignore[no-untyped-def]
    evil = NOTICE + "\n<script>alert('x')</script><img src=x onerror=alert(1)>"
    r = client.post("/cases", data=_form(client, notice_text=evil, account="<b>Evil</b> & Co"))
    assert r.status_code == 303
    page = client.get(r.headers["location"]).text
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "&lt;b&gt;Evil&lt;/b&gt; &amp; Co" in page
    frag = client.post(
        "/cases/1/lint", data=_form(client, text="I will sue. <script>alert(2)</script>")
    ).text
    assert "<script>" not in frag and "&lt;script&gt;alert(2)&lt;/script&gt;" in frag
    assert re.search(r'<mark class="sev-\w+" data-finding="\d+"[^>]*>I will sue</mark>', frag)


def test_lint_fragment_lists_findings_then_clears(client, case_id) -> None:  # type: ignore[no-untyped-def]
    bad = client.post(
        f"/cases/{case_id}/lint", data=_form(client, text="This is stupid, we will sue you.")
    ).text
    codes = set(re.findall(r'data-code="(\w+)"', bad))
    assert {"P101", "P102"} <= codes
    good_text = (
        "Root cause: our supplier could not prove the items were authentic; we bought "
        "B0WEBTST01 and B0WEBTST02 from a wholesaler without checking its authorisation.\n"
        "Corrective actions: we removed the remaining stock, refunded every buyer, and now buy "
        "only from the brand's authorised distributor, with invoices kept for each order.\n"
        "Preventive measures: a staff member checks each new supplier's authorisation letter "
        "before any purchase, and we review our invoices every month."
    )
    good = client.post(f"/cases/{case_id}/lint", data=_form(client, text=good_text)).text
    assert "P101" not in good and "P102" not in good
    empty = client.post(f"/cases/{case_id}/lint", data=_form(client, text="")).text
    assert 'id="lint-empty"' in empty


def test_guard_fragment(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/cases/{case_id}/guard",
        data=_form(client, action="appeal", text="We will sue Amazon.", channel="seller_support"),
    )
    assert r.status_code == 200
    assert 'data-verdict="block"' in r.text
    assert "G501" in r.text and "P101" in r.text


def test_language_switch_cookie_and_accept_language(client, case_id) -> None:  # type: ignore[no-untyped-def]
    fresh = client_for(client.app)
    zh = fresh.get("/", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"})
    assert '<html lang="zh-Hans">' in zh.text and "案件" in zh.text
    en = fresh.get("/", headers={"Accept-Language": "en-GB,en;q=0.9,zh;q=0.1"})
    assert '<html lang="en">' in en.text and "Cases" in en.text
    switched = fresh.get("/?lang=zh", headers={"Accept-Language": "en"})
    assert "案件" in switched.text
    assert fresh.cookies.get("reinstate_lang") == "zh"
    again = fresh.get(f"/cases/{case_id}", headers={"Accept-Language": "en"})
    assert "七条防护规则" in again.text and "商品真实性" in again.text


def test_every_page_renders_in_both_languages(client, case_id) -> None:  # type: ignore[no-untyped-def]
    for path in (
        "/",
        "/cases/new",
        f"/cases/{case_id}",
        f"/cases/{case_id}/appeal",
        f"/cases/{case_id}/invoices",
        "/related",
        "/rules",
    ):
        for lang, word in (("en", "Cases"), ("zh", "案件")):
            r = client.get(f"{path}?lang={lang}")
            assert r.status_code == 200, path
            assert word in r.text, (path, lang)
            assert "Content-Security-Policy" in r.headers


def test_document_upload_form_and_download(client, case_id) -> None:  # type: ignore[no-untyped-def]
    data = pdf_bytes()
    r = client.post(
        f"/cases/{case_id}/documents",
        data=_form(client, role="invoices"),
        files={"file": ("supplier.pdf", data, "application/pdf")},
    )
    assert r.status_code == 303
    page = client.get(f"/cases/{case_id}").text
    sha = re.search(r'/documents/([0-9a-f]{64})"', page)
    assert sha is not None
    got = client.get(f"/cases/{case_id}/documents/{sha.group(1)}")
    assert got.content == data and got.headers["content-disposition"].startswith("attachment")


def test_invoice_page_upload(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/cases/{case_id}/invoices",
        data=_form(client),
        files={"file": ("invoice-1001.pdf", pdf_bytes(), "application/pdf")},
    )
    assert r.status_code == 200, r.text
    assert 'id="invoice-result"' in r.text and 'id="invoice-guard"' in r.text
    # the page is drawn with its findings marked (needs the invoices extra: pypdfium2, Pillow)
    assert r.text.count('<img src="data:image/png;base64,') == 1
    bad = client.post(
        f"/cases/{case_id}/invoices",
        data=_form(client),
        files={"file": ("invoice.pdf", b"<html>not a pdf</html>", "application/pdf")},
    )
    assert bad.status_code == 415 and "text/html" in bad.text


def test_record_appeal_event_and_export(client, case_id) -> None:  # type: ignore[no-untyped-def]
    r = client.post(
        f"/cases/{case_id}/events",
        data=_form(
            client, kind="appeal_submitted", channel="account_health_appeal", text="Root cause: x"
        ),
    )
    assert r.status_code == 303
    export = client.get(f"/cases/{case_id}/export")
    assert export.headers["content-disposition"].startswith("attachment")
    kinds = [e["kind"] for e in export.json()["case"]["events"]]
    assert "appeal_submitted" in kinds


def test_unknown_case_page_is_404_page(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/cases/4242")
    assert r.status_code == 404 and 'role="alert"' in r.text
    assert client.get("/nowhere").status_code == 404


def test_local_mode_refuses_foreign_host_headers(client) -> None:  # type: ignore[no-untyped-def]
    r = client.get("/", headers={"Host": "evil.example"})
    assert r.status_code == 421
    r = client.get("/api/v1/cases", headers={"Host": "localhost:8000"})
    assert r.status_code == 200


def test_related_and_rules_pages(client) -> None:  # type: ignore[no-untyped-def]
    csv = "account_id,email,phone\na1,x@shop.example,\na2,x@shop.example,+1 555 0100\n"
    csv += "a3,z@other.example,+1 555 0100\na4,solo@else.example,\n"
    r = client.post("/related", data=_form(client, data=csv, format="csv"))
    assert r.status_code == 200 and 'id="related-result"' in r.text
    result = r.text.split('id="related-result"', 1)[1]
    assert result.count("<line ") == 2  # a1-a2 (e-mail), a2-a3 (phone); a4 stands alone
    assert result.count("<circle ") == 3
    assert '<td translate="no">a1</td><td translate="no">a2</td>' in result
    assert "a4" not in result
    rules = client.get("/rules?lang=zh").text
    assert 'id="rule-P101"' in rules


def test_packet_page_refuses_with_reasons_then_forces(client, case_id) -> None:  # type: ignore[no-untyped-def]
    form = {"csrf_token": client.headers["X-CSRF-Token"], "text": "We are very sorry."}
    refused = client.post(f"/cases/{case_id}/packet", data=form)
    assert refused.status_code == 409
    assert "packet-reasons" in refused.text and "P001" in refused.text
    forced = client.post(f"/cases/{case_id}/packet", data={**form, "force": "true"})
    assert forced.status_code == 200
    assert forced.headers["content-type"] == "application/zip"
    assert forced.content[:2] == b"PK"


def test_rules_search_graph_legend_and_skip_link(client) -> None:  # type: ignore[no-untyped-def]
    """Issue 17: the rules page had no search or filter, the graph no legend, pages no skip link."""
    everything = client.get("/rules").text
    found = client.get("/rules", params={"q": "P101"}).text
    ids = re.findall(r'id="rule-([A-Z]+\d+)"', found)
    assert ids == ["P101"] and len(re.findall(r'id="rule-', everything)) > 20
    errors = client.get("/rules", params={"severity": "critical", "lang": "zh"}).text
    assert 'id="rule-' in errors and 'class="sev-warning"' not in errors.split("<details", 1)[1]
    csv = "account_id,email\na1,x@shop.example\na2,x@shop.example\n"
    related = client.post("/related", data=_form(client, data=csv, format="csv")).text
    assert 'id="graph-legend"' in related
    body = everything.split("<body", 1)[1]
    assert body.index('class="skip" href="#main"') < body.index("<nav") and 'id="main"' in body
