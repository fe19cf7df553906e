"""A review of every page as a user reads it, in both languages.

Each page is rendered with real data (a case with a notice, an invoice, a sent appeal, findings;
a related-accounts result; the team pages) and its visible text, without what the user typed or
uploaded (marked translate="no") and without codes, must show:

- no `{placeholder}` left unfilled;
- no raw key such as `root_cause` or `corrective_actions`;
- in Chinese, no English word glued to Chinese text (such as "买方name");
- no command line (`reinstate case add-doc`, `--poa`): the browser says what to click.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from .conftest import NOTICE, PASSWORD, TODAY, Team, client_for, pdf_bytes

SKIP = {"script", "style", "code", "pre", "textarea", "svg"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
# English words that stay English in Chinese text: names, formats and Amazon's own terms.
KEEP = {
    "ASIN",
    "ASINs",
    "PDF",
    "JPEG",
    "PNG",
    "GIF",
    "JSON",
    "CSV",
    "API",
    "IP",
    "ID",
    "MB",
    "B",
    "Amazon",
    "reinstate",
    "zip",
    "REST",
    "URL",
    "CSRF",
    "Token",
    "HTTPS",
    "csv",
    "json",
    "jsonl",
    "sha",
    "Seller",
    "Central",
    "Account",
    "Health",
    "Support",
    "Performance",
    "openapi",
    "X",
    "POST",
    "GET",
    "PUT",
    "DELETE",
    "Plan",
    "Action",
    "of",
    "POA",
    "UTC",
    "SVG",
}
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?\}")
RAW_KEY = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b")
GLUED = re.compile(r"[\u3400-\u9fff]([A-Za-z]{2,})|([A-Za-z]{2,})[\u3400-\u9fff]")
COMMAND = re.compile(
    r"\breinstate (?:case|guard|lint|packet|related|invoice|notice|team)\b|\s--[a-z]"
)
APPEAL = (
    "Root cause: we bought from a wholesaler who was not authorised by the brand.\n"
    "Corrective actions: we removed the stock and refunded every buyer.\n"
    "Preventive measures: we check each supplier's authorisation before we buy. I will sue you."
)
ACCOUNTS = "account_id,email,phone,status\na1,x@shop.example,,suspended\na2,x@shop.example,1,\n"


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is its text hidden from this review?
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        hidden = (self.stack[-1] if self.stack else False) or tag in SKIP
        hidden = hidden or values.get("translate") == "no"
        if not hidden:
            for name in ("title", "placeholder", "aria-label", "alt"):
                if values.get(name):
                    self.parts.append(str(values[name]))
        if tag not in VOID:
            self.stack.append(hidden)

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not (self.stack and self.stack[-1]):
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Visible()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def problems(html: str, lang: str) -> list[str]:
    text = visible_text(html)
    found = [f"placeholder {m}" for m in PLACEHOLDER.findall(text)]
    found += [f"raw key {m}" for m in RAW_KEY.findall(text)]
    found += [f"command {m.group(0)!r}" for m in COMMAND.finditer(text)]
    if lang == "zh":
        for m in GLUED.finditer(text):
            word = m.group(1) or m.group(2)
            if word not in KEEP:
                found.append(f"glued {text[max(0, m.start() - 8) : m.end() + 8]!r}")
    return sorted(set(found))


def _form(c: Any, **fields: Any) -> dict[str, Any]:
    return {"csrf_token": c.headers["X-CSRF-Token"], **fields}


def _local_pages(client: Any) -> dict[str, str]:
    r = client.post("/api/v1/cases/from-notice", json={"notice_text": NOTICE, "account": "Acme"})
    case_id = r.json()["case"]["id"]
    pages: dict[str, str] = {}
    r = client.post(
        f"/cases/{case_id}/invoices",
        data=_form(client),
        files={"file": ("i.pdf", pdf_bytes("Invoice 12"))},
    )
    pages["invoice result"] = r.text
    client.post(
        f"/api/v1/cases/{case_id}/events",
        json={"kind": "appeal_submitted", "channel": "seller_support", "text": APPEAL},
    )
    client.post(f"/cases/{case_id}/draft", data=_form(client, text=APPEAL))
    for name, path in {
        "dashboard": "/",
        "new case": "/cases/new",
        "case": f"/cases/{case_id}",
        "appeal editor": f"/cases/{case_id}/appeal",
        "invoices": f"/cases/{case_id}/invoices",
        "related": "/related",
        "rules": "/rules",
        "rules filtered": "/rules?q=invoice&severity=error",
        "api docs": "/docs",
        "not found": "/cases/999",
    }.items():
        pages[name] = client.get(path).text
    pages["lint"] = client.post(f"/cases/{case_id}/lint", data=_form(client, text=APPEAL)).text
    pages["guard"] = client.post(
        f"/cases/{case_id}/guard",
        data=_form(client, action="appeal", text=APPEAL, channel="seller_support"),
    ).text
    pages["packet refused"] = client.post(
        f"/cases/{case_id}/packet", data=_form(client, text="Sorry.")
    ).text
    pages["related result"] = client.post(
        "/related", data=_form(client, data=ACCOUNTS, format="csv")
    ).text
    return pages


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_local_page_reads_clean(client, lang) -> None:  # type: ignore[no-untyped-def]
    client.cookies.set("reinstate_lang", lang)
    pages = _local_pages(client)
    found = {name: problems(html, lang) for name, html in pages.items()}
    assert {k: v for k, v in found.items() if v} == {}
    if lang == "zh":
        assert "根本原因" in pages["lint"] and "root_cause" not in visible_text(pages["lint"])


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_team_page_reads_clean(db_url, lang) -> None:  # type: ignore[no-untyped-def]
    import re as _re

    from reinstate.web.app import Settings, create_app
    from reinstate.web.auth import create_org_with_owner

    app = create_app(Settings(db=db_url, team=True, today=TODAY))
    org_a = create_org_with_owner(app.state.store, "Agency A", "owner@a.example", "Ann", PASSWORD)
    team = Team(app, org_a, org_a)
    owner = team.sign_in("owner@a.example")
    owner.cookies.set("reinstate_lang", lang)
    invited = owner.post("/team/invitations", data=_form(owner, email="n@a.example", role="viewer"))
    link = _re.search(r"(/invite/[A-Za-z0-9_-]+)", invited.text)
    assert link is not None
    anon = client_for(app)
    anon.cookies.set("reinstate_lang", lang)
    pages = {
        "team": owner.get("/team").text,
        "invited": invited.text,
        "login": anon.get("/login").text,
        "invitation": anon.get(link.group(1)).text,
        "login failed": anon.post(
            "/login",
            data={
                "email": "x@a.example",
                "password": "bad",
                "csrf_token": anon.get("/api/v1/session").json()["csrf_token"],
            },
        ).text,
    }
    found = {name: problems(html, lang) for name, html in pages.items()}
    app.state.store.close()
    assert {k: v for k, v in found.items() if v} == {}


def test_the_review_catches_what_it_should() -> None:
    assert problems("<p>缺少 root_cause</p>", "zh") == ["raw key root_cause"]
    assert problems("<p>申诉前先备齐：{documents}。</p>", "zh") == ["placeholder {documents}"]
    assert problems("<p>发票上的买方name不一致</p>", "zh")
    assert problems("<p>Run reinstate case add-doc 1 f.pdf</p>", "en")
    assert problems("<p>give one with --poa FILE</p>", "en")
    assert problems('<p translate="no">root_cause {x}</p><code>G101</code>', "zh") == []
