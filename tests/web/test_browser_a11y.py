"""Accessibility and small screens, in Debian's Chromium, in both languages.

- axe-core (vendored in tests/support/axe, see VERSION.txt there; never downloaded) runs on every
  page and must report no serious or critical violation;
- at 390 px wide (a phone) no page is wider than the screen;
- the appeal editor announces only the result summary (aria-live), saves the draft as the user
  types, and "Back to the appeal" after a refused packet shows that draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import NOTICE, PASSWORD, TODAY, pdf_bytes
from .server import Server
from .test_browser import ARGS, CHROMIUM, GOOD, pytestmark  # noqa: F401 (the skip marker)

AXE = Path(__file__).parents[1] / "support" / "axe" / "axe.min.js"
PHONE = {"width": 390, "height": 844}
ACCOUNTS = "account_id,email,phone,status\na1,x@shop.example,,suspended\na2,x@shop.example,1,\n"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def _context(browser: Any, lang: str, **options: Any) -> Any:
    # bypass_csp lets the test inject axe; the pages themselves never run inline script
    context = browser.new_context(
        locale="zh-CN" if lang == "zh" else "en-US", bypass_csp=True, **options
    )
    context.set_default_timeout(15_000)
    return context


def _axe(page: Any) -> list[str]:
    """Serious and critical axe violations on the current page, as "rule: target" lines."""
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then(r => r.violations.map(v => "
        "({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))})))"
    )
    return [
        f"{v['id']} ({v['impact']}): {', '.join(v['nodes'][:3])}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


def _overflow(page: Any) -> int:
    return int(page.evaluate("document.documentElement.scrollWidth"))


def _local_pages(page: Any, url: str, tmp_path: Path) -> Iterator[str]:
    """Walk every local page (yielding its name when it is ready to be checked)."""
    page.goto(url + "/")
    yield "dashboard (empty)"
    page.goto(url + "/cases/new")
    yield "new case"
    page.fill("#notice_text", NOTICE)
    page.fill("#account", "Northwind Lamps")
    page.click("#create-case")
    page.wait_for_url(re.compile(r".*/cases/\d+$"))
    case_url = page.url
    yield "case"
    invoice = tmp_path / "invoice-7.pdf"
    invoice.write_bytes(pdf_bytes("Invoice 7"))
    page.goto(case_url + "/invoices")
    page.set_input_files("#invoice-file", str(invoice))
    page.click("#invoice-upload")
    page.wait_for_selector("#invoice-result")
    yield "invoice result"
    page.goto(case_url + "/appeal")
    page.fill("#appeal-text", GOOD + " We will sue you.")
    page.locator("#appeal-text").press("End")
    page.wait_for_selector("#findings li")
    page.click("#guard-check")
    page.wait_for_selector("#guard-result")
    yield "appeal editor"
    page.goto(case_url)
    yield "case with invoice"
    page.goto(url + "/")
    yield "dashboard"
    page.goto(url + "/related")
    page.fill("#related-data", ACCOUNTS)
    page.click("#related-check")
    page.wait_for_selector("#related-result")
    yield "related result"
    page.goto(url + "/rules")
    yield "rules"
    page.goto(url + "/docs")
    yield "api docs"
    page.goto(url + "/cases/999")
    yield "not found"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_axe_finds_nothing_serious_on_any_page(browser, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app

    app = create_app(Settings(db=str(tmp_path / "ledger.db"), today=TODAY))
    found: dict[str, list[str]] = {}
    with Server(app) as server:
        page = _context(browser, lang).new_page()
        for name in _local_pages(page, server.url, tmp_path):
            found[name] = _axe(page)
        page.context.close()
    app.state.store.close()
    assert {k: v for k, v in found.items() if v} == {}
    assert len(found) == 11


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_no_page_is_wider_than_a_phone(browser, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app

    app = create_app(Settings(db=str(tmp_path / "ledger.db"), today=TODAY))
    widths: dict[str, int] = {}
    with Server(app) as server:
        page = _context(browser, lang, viewport=PHONE).new_page()
        for name in _local_pages(page, server.url, tmp_path):
            widths[name] = _overflow(page)
        page.context.close()
    app.state.store.close()
    assert {k: w for k, w in widths.items() if w > PHONE["width"]} == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_team_pages_are_accessible_and_fit_a_phone(browser, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app
    from reinstate.web.auth import create_org_with_owner

    app = create_app(Settings(db=str(tmp_path / "ledger.db"), team=True, today=TODAY))
    store = app.state.store
    create_org_with_owner(store, "Agency A", "ann@a.example", "Ann", PASSWORD)
    create_org_with_owner(store, "Agency B", "ann@a.example", "Ann", PASSWORD)
    found: dict[str, list[str]] = {}
    with Server(app) as server:
        page = _context(browser, lang, viewport=PHONE).new_page()
        page.goto(server.url + "/login")
        found["login"] = _axe(page) + [f"width {_overflow(page)}"] * (_overflow(page) > 390)
        page.fill("#email", "ann@a.example")
        page.fill("#password", PASSWORD)
        page.click("#sign-in")
        page.wait_for_selector("#org-switch")  # in two organisations: the switch is there
        page.goto(server.url + "/team")
        page.fill("#invite-email", "new@a.example")
        page.click("#team-invite")
        page.wait_for_selector("#invite-link")
        found["team"] = _axe(page) + [f"width {_overflow(page)}"] * (_overflow(page) > 390)
        link = page.locator("#invite-link code").inner_text()
        guest = _context(browser, lang, viewport=PHONE).new_page()
        guest.goto(server.url + link)
        found["invitation"] = _axe(guest) + [f"width {_overflow(guest)}"] * (_overflow(guest) > 390)
        guest.context.close()
        # switch to the second organisation, then withdraw the invitation of the first
        page.select_option("#org-choice", label="Agency B")
        page.click("#org-switch-go")
        page.wait_for_url(server.url + "/")
        assert "Agency B" in page.locator(".user").inner_text()
        page.context.close()
    store.close()
    assert {k: v for k, v in found.items() if v} == {}


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_editor_announces_the_summary_and_keeps_the_draft(browser, tmp_path, lang) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app

    app = create_app(Settings(db=str(tmp_path / "ledger.db"), today=TODAY))
    with Server(app) as server:
        page = _context(browser, lang).new_page()
        page.goto(server.url + "/cases/new")
        page.fill("#notice_text", NOTICE)
        page.click("#create-case")
        page.wait_for_url(re.compile(r".*/cases/\d+$"))
        page.click("#open-editor")
        live = page.locator("[aria-live]")
        assert sorted(live.evaluate_all("els => els.map(e => e.id)")) == [
            "guard-summary",
            "lint-summary",
        ]
        page.fill("#appeal-text", "We are sorry. We will do better.")
        page.locator("#appeal-text").press("End")
        page.wait_for_selector("#findings li")
        assert page.locator("#lint-summary").inner_text().strip()
        page.wait_for_selector("#draft-saved")  # the autosave answered
        page.click("#packet")  # refused: no Plan of Action sections
        page.wait_for_selector("#packet-reasons")
        page.click("#back-to-appeal")
        page.wait_for_selector("#appeal-text")
        assert page.input_value("#appeal-text") == "We are sorry. We will do better."
        page.context.close()
    app.state.store.close()
