"""Team mode: sign-in, sessions, roles, invitations, rate limits, and no cross-organisation access.

`test_every_route_is_classified` makes a new route fail until it is listed here: either as a
case route (then `test_other_org_cannot_reach_case_route` calls it against another organisation's
case) or with the reason it holds no organisation's data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from .conftest import NOTICE, PASSWORD, TODAY, Team, client_for, csrf_of, pdf_bytes, png_bytes


def _form(c: Any, **fields: Any) -> dict[str, Any]:
    return {"csrf_token": c.headers["X-CSRF-Token"], **fields}


Call = Callable[[Any, int, str], Any]

# Routes that read or change one case: how to call each with a case id and a document sha256.
CASE_ROUTES: dict[tuple[str, str], Call] = {
    ("GET", "/api/v1/cases/{case_id}"): lambda c, i, s: c.get(f"/api/v1/cases/{i}"),
    ("GET", "/api/v1/cases/{case_id}/checklist"): lambda c, i, s: c.get(
        f"/api/v1/cases/{i}/checklist"
    ),
    ("GET", "/api/v1/cases/{case_id}/documents/{sha256}"): lambda c, i, s: c.get(
        f"/api/v1/cases/{i}/documents/{s}"
    ),
    ("GET", "/api/v1/cases/{case_id}/export"): lambda c, i, s: c.get(f"/api/v1/cases/{i}/export"),
    ("POST", "/api/v1/cases/{case_id}/events"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/events", json={"kind": "note", "note": "probe"}
    ),
    ("POST", "/api/v1/cases/{case_id}/documents"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/documents", files={"file": ("p.png", png_bytes())}
    ),
    ("POST", "/api/v1/cases/{case_id}/lint"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/lint", json={"text": "Root cause"}
    ),
    ("POST", "/api/v1/cases/{case_id}/guard"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/guard", json={"action": "appeal", "text": "Root cause"}
    ),
    ("POST", "/api/v1/cases/{case_id}/invoices"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/invoices", files={"file": ("i.pdf", pdf_bytes("probe"))}
    ),
    ("POST", "/api/v1/cases/{case_id}/packet"): lambda c, i, s: c.post(
        f"/api/v1/cases/{i}/packet", json={"poa_text": "Root cause", "force": True}
    ),
    ("POST", "/cases/{case_id}/packet"): lambda c, i, s: c.post(
        f"/cases/{i}/packet", data=_form(c, text="Root cause", force="true")
    ),
    ("GET", "/api/v1/cases/{case_id}/draft"): lambda c, i, s: c.get(f"/api/v1/cases/{i}/draft"),
    ("PUT", "/api/v1/cases/{case_id}/draft"): lambda c, i, s: c.put(
        f"/api/v1/cases/{i}/draft", json={"text": "Root cause"}
    ),
    ("POST", "/cases/{case_id}/draft"): lambda c, i, s: c.post(
        f"/cases/{i}/draft", data=_form(c, text="Root cause")
    ),
    ("GET", "/cases/{case_id}"): lambda c, i, s: c.get(f"/cases/{i}"),
    ("GET", "/cases/{case_id}/appeal"): lambda c, i, s: c.get(f"/cases/{i}/appeal"),
    ("GET", "/cases/{case_id}/invoices"): lambda c, i, s: c.get(f"/cases/{i}/invoices"),
    ("GET", "/cases/{case_id}/export"): lambda c, i, s: c.get(f"/cases/{i}/export"),
    ("GET", "/cases/{case_id}/calendar.ics"): lambda c, i, s: c.get(f"/cases/{i}/calendar.ics"),
    ("GET", "/cases/{case_id}/documents/{sha256}"): lambda c, i, s: c.get(
        f"/cases/{i}/documents/{s}"
    ),
    ("POST", "/cases/{case_id}/documents"): lambda c, i, s: c.post(
        f"/cases/{i}/documents", data=_form(c), files={"file": ("p.png", png_bytes())}
    ),
    ("POST", "/cases/{case_id}/lint"): lambda c, i, s: c.post(
        f"/cases/{i}/lint", data=_form(c, text="Root cause")
    ),
    ("POST", "/cases/{case_id}/guard"): lambda c, i, s: c.post(
        f"/cases/{i}/guard", data=_form(c, action="appeal", text="Root cause")
    ),
    ("POST", "/cases/{case_id}/events"): lambda c, i, s: c.post(
        f"/cases/{i}/events", data=_form(c, kind="note", note="probe")
    ),
    ("POST", "/cases/{case_id}/invoices"): lambda c, i, s: c.post(
        f"/cases/{i}/invoices", data=_form(c), files={"file": ("i.pdf", pdf_bytes("probe"))}
    ),
}

# Routes that list an organisation's things: the other organisation's must not appear.
LISTING_ROUTES: dict[tuple[str, str], Call] = {
    ("GET", "/api/v1/cases"): lambda c, i, s: c.get("/api/v1/cases"),
    ("GET", "/"): lambda c, i, s: c.get("/"),
    ("GET", "/team"): lambda c, i, s: c.get("/team"),
    ("GET", "/calendar.ics"): lambda c, i, s: c.get("/calendar.ics"),
}

# Routes that hold no organisation's case data, and why.
NO_CASE_DATA = {
    ("GET", "/api/v1/session"): "the caller's own session",
    ("POST", "/api/v1/session"): "sign-in",
    ("DELETE", "/api/v1/session"): "sign-out of the caller's own session",
    ("POST", "/api/v1/invitations"): "invites into the caller's own organisation (test below)",
    ("POST", "/api/v1/cases"): "creates in the caller's organisation (test below)",
    ("POST", "/api/v1/cases/from-notice"): "creates in the caller's organisation (test below)",
    ("POST", "/cases"): "creates in the caller's organisation (test below)",
    ("POST", "/api/v1/lint"): "lints the text sent, no case",
    ("POST", "/api/v1/notices/parse"): "parses the text sent, no case",
    ("POST", "/api/v1/related"): "checks the account file sent, nothing stored",
    ("POST", "/related"): "checks the account file sent, nothing stored",
    ("GET", "/related"): "empty form",
    ("GET", "/api/v1/rules"): "the public rule catalogue",
    ("GET", "/rules"): "the public rule catalogue",
    ("GET", "/cases/new"): "empty form",
    ("GET", "/login"): "sign-in form",
    ("POST", "/login"): "sign-in",
    ("POST", "/logout"): "sign-out of the caller's own session",
    ("POST", "/team/invitations"): "invites into the caller's own organisation (test below)",
    ("POST", "/team/invitations/{invitation_id}/revoke"): "own organisation's only (test below)",
    ("POST", "/team/switch"): "only to the caller's own organisations (test below)",
    ("GET", "/invite/{token}"): "the invitation named by its secret token",
    ("POST", "/invite/{token}"): "the invitation named by its secret token",
    ("GET", "/api/v1/openapi.json"): "the API schema",
    ("GET", "/docs"): "the API documentation page",
    ("GET", "/static/{path}"): "htmx and the style sheet",
}


@dataclass
class World:
    team: Team
    a: Any  # owner of organisation A
    b: Any  # owner of organisation B
    a_case: int
    a_sha: str
    b_case: int
    b_sha: str
    viewer: Any  # a viewer in organisation B

    def a_export(self) -> dict[str, Any]:
        return self.export(self.a_case)

    def export(self, case_id: int) -> dict[str, Any]:
        from reinstate.web import services

        store = self.team.app.state.store
        data: dict[str, Any] = store.export_case(case_id)
        return {**data, "web_draft": services.draft(store, case_id)}


def _case_with_document(c: Any, account: str) -> tuple[int, str]:
    r = c.post("/api/v1/cases/from-notice", json={"notice_text": NOTICE, "account": account})
    assert r.status_code == 201, r.text
    case_id = int(r.json()["case"]["id"])
    r = c.post(
        f"/api/v1/cases/{case_id}/documents", files={"file": (f"{account}.pdf", pdf_bytes(account))}
    )
    assert r.status_code == 201, r.text
    return case_id, str(r.json()["document"]["sha256"])


@pytest.fixture(scope="module")
def world(module_db_url):  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app
    from reinstate.web.auth import create_org_with_owner

    app = create_app(Settings(db=module_db_url, team=True, today=TODAY))
    store = app.state.store
    org_a = create_org_with_owner(store, "Agency A", "owner@a.example", "Ann", PASSWORD)
    org_b = create_org_with_owner(store, "Agency B", "owner@b.example", "Bob", PASSWORD)
    team = Team(app, org_a, org_b)
    a = team.sign_in("owner@a.example")
    b = team.sign_in("owner@b.example")
    a_case, a_sha = _case_with_document(a, "AlphaSecret")
    b_case, b_sha = _case_with_document(b, "BravoShop")
    team.add_user(b, "viewer@b.example", "viewer")
    viewer = team.sign_in("viewer@b.example")
    yield World(team, a, b, a_case, a_sha, b_case, b_sha, viewer)
    store.close()


def test_every_route_is_classified(world) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import route_table

    routes = set(route_table(world.team.app))
    known = set(CASE_ROUTES) | set(LISTING_ROUTES) | set(NO_CASE_DATA)
    assert routes - known == set(), "new routes need a cross-organisation test"
    assert known - routes == set(), "stale entries"


@pytest.mark.parametrize("route", sorted(CASE_ROUTES), ids=lambda r: f"{r[0]} {r[1]}")
def test_other_org_cannot_reach_case_route(world, route) -> None:  # type: ignore[no-untyped-def]
    call = CASE_ROUTES[route]
    before = world.a_export()
    # The call is right: it works on the caller's own case...
    own = call(world.b, world.b_case, world.b_sha)
    assert own.status_code < 400, (route, own.status_code, own.text[:300])
    # ...and on another organisation's case it finds nothing and changes nothing.
    other = call(world.b, world.a_case, world.a_sha)
    assert other.status_code == 404, (route, other.status_code)
    assert "AlphaSecret" not in other.text
    if "{sha256}" in route[1]:  # another case's document through one's own case
        assert call(world.b, world.b_case, world.a_sha).status_code == 404
    assert world.a_export() == before


# Case routes a viewer may call: they read, lint or ask the guard, and change nothing.
VIEWER_MAY = {
    ("POST", "/api/v1/cases/{case_id}/lint"),
    ("POST", "/api/v1/cases/{case_id}/guard"),
    ("POST", "/cases/{case_id}/lint"),
    ("POST", "/cases/{case_id}/guard"),
}
WRITES = sorted(r for r in CASE_ROUTES if r[0] != "GET" and r not in VIEWER_MAY)


@pytest.mark.parametrize("route", WRITES, ids=lambda r: f"{r[0]} {r[1]}")
def test_viewer_cannot_change_a_case(world, route) -> None:  # type: ignore[no-untyped-def]
    """Every write, forced packets included, is refused to a viewer and leaves the case as is."""
    before = world.export(world.b_case)
    r = CASE_ROUTES[route](world.viewer, world.b_case, world.b_sha)
    assert r.status_code == 403, (route, r.status_code, r.text[:300])
    assert "read_only" in r.text
    assert world.export(world.b_case) == before


def test_viewer_may_read_and_check(world) -> None:  # type: ignore[no-untyped-def]
    for route in sorted(VIEWER_MAY):
        r = CASE_ROUTES[route](world.viewer, world.b_case, world.b_sha)
        assert r.status_code == 200, route
    # an unforced packet changes nothing, so a viewer may ask for it (refused here: no POA)
    r = world.viewer.post(f"/api/v1/cases/{world.b_case}/packet", json={"poa_text": "Sorry."})
    assert r.status_code == 409


def test_forced_packet_note_names_the_user_not_the_server(world) -> None:  # type: ignore[no-untyped-def]
    from reinstate.demo import demo_text

    r = world.b.post(
        f"/api/v1/cases/{world.b_case}/packet",
        json={"poa_text": demo_text("poa.txt"), "force": True},
    )
    assert r.status_code == 200, r.text[:300]
    events = world.b.get(f"/api/v1/cases/{world.b_case}").json()["case"]["events"]
    forced = [e for e in events if e["kind"] == "packet_forced"]
    assert forced, events
    note = forced[-1]["note"]
    assert "owner@b.example" in note
    assert "--force" not in note and "/tmp" not in note and "reinstate-web" not in note


@pytest.mark.parametrize("route", sorted(LISTING_ROUTES), ids=lambda r: f"{r[0]} {r[1]}")
def test_listings_show_only_own_organisation(world, route) -> None:  # type: ignore[no-untyped-def]
    r = LISTING_ROUTES[route](world.b, 0, "")
    assert r.status_code == 200
    assert "BravoShop" in r.text or "owner@b.example" in r.text
    assert "AlphaSecret" not in r.text and "owner@a.example" not in r.text


def test_new_cases_belong_to_the_creators_org(world) -> None:  # type: ignore[no-untyped-def]
    r = world.b.post("/cases", data=_form(world.b, notice_text=NOTICE, account="BravoTwo"))
    assert r.status_code == 303
    r = world.b.post("/api/v1/cases", json={"account": "BravoThree", "marketplace": "US"})
    assert r.status_code == 201
    seen_by_a = world.a.get("/api/v1/cases").text
    assert "BravoTwo" not in seen_by_a and "BravoThree" not in seen_by_a
    assert "BravoTwo" in world.b.get("/").text


def test_not_signed_in(world) -> None:  # type: ignore[no-untyped-def]
    anon = client_for(world.team.app)
    r = anon.get("/api/v1/cases")
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_unknown"
    r = anon.get(f"/cases/{world.a_case}")
    assert r.status_code == 303 and r.headers["location"].startswith("/login")
    assert anon.get("/login").status_code == 200
    r = anon.post("/api/v1/lint", json={"text": "x"}, headers={"X-CSRF-Token": csrf_of(anon)})
    assert r.status_code == 401


def test_team_mode_needs_no_loopback_host(world) -> None:  # type: ignore[no-untyped-def]
    r = world.a.get("/api/v1/cases", headers={"Host": "cases.agency.example"})
    assert r.status_code == 200


def test_login_form_wrong_password_and_rate_limit(db_url) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app
    from reinstate.web.auth import create_org_with_owner

    app = create_app(Settings(db=db_url, team=True, today=TODAY, login_limit=3))
    create_org_with_owner(app.state.store, "Org", "o@x.example", "O", PASSWORD)
    c = client_for(app)
    token = csrf_of(c)
    r = c.post("/login", data={"email": "o@x.example", "password": "wrong", "csrf_token": token})
    assert r.status_code == 401 and "wrong" in r.text
    r = c.post("/login", data={"email": "o@x.example", "password": PASSWORD})
    assert r.status_code == 403  # no CSRF token
    for _ in range(2):
        c.post("/login", data={"email": "o@x.example", "password": "bad", "csrf_token": token})
    r = c.post("/login", data={"email": "o@x.example", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 429 and int(r.headers["retry-after"]) > 0
    other = client_for(app)  # same client address: the limit holds for it too
    r = other.post(
        "/api/v1/session",
        json={"email": "o@x.example", "password": PASSWORD},
        headers={"X-CSRF-Token": csrf_of(other)},
    )
    assert r.status_code == 429
    app.state.limiter.clear_all()
    r = c.post(
        "/login",
        data={
            "email": "o@x.example",
            "password": PASSWORD,
            "csrf_token": token,
            "next": "//evil.example/",
        },
    )
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert c.get("/").status_code == 200
    app.state.store.close()


def test_expired_session_and_logout(team) -> None:  # type: ignore[no-untyped-def]
    from reinstate.web.auth import expire_session
    from reinstate.web.deps import SESSION_COOKIE

    c = team.sign_in("owner@a.example")
    assert c.get("/api/v1/cases").status_code == 200
    expire_session(team.app.state.store, c.cookies[SESSION_COOKIE])
    r = c.get("/api/v1/cases")
    assert r.status_code == 401 and r.json()["error"]["code"] == "session_expired"
    assert c.get("/").status_code == 303

    d = team.sign_in("owner@a.example")
    token = d.cookies[SESSION_COOKIE]
    assert d.post("/logout", data=_form(d)).status_code == 303
    again = client_for(team.app)
    again.cookies.set(SESSION_COOKIE, token)
    assert again.get("/api/v1/cases").status_code == 401


def test_roles_and_invitations(team) -> None:  # type: ignore[no-untyped-def]
    owner = team.sign_in("owner@a.example")
    case_id, _sha = _case_with_document(owner, "AlphaRoles")
    team.add_user(owner, "viewer@a.example", "viewer")
    team.add_user(owner, "member@a.example", "member")
    viewer = team.sign_in("viewer@a.example")
    member = team.sign_in("member@a.example")
    assert viewer.get(f"/api/v1/cases/{case_id}").status_code == 200
    r = viewer.post(f"/api/v1/cases/{case_id}/events", json={"kind": "note", "note": "v"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "read_only"
    r = viewer.post("/api/v1/cases", json={"account": "V", "marketplace": "US"})
    assert r.status_code == 403
    assert viewer.post(f"/api/v1/cases/{case_id}/lint", json={"text": "x"}).status_code == 200
    r = member.post(f"/api/v1/cases/{case_id}/events", json={"kind": "note", "note": "m"})
    assert r.status_code == 201
    r = member.post("/api/v1/invitations", json={"email": "x@a.example", "role": "owner"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "owners_only"
    page = owner.get("/team").text
    assert "viewer@a.example" in page and "member@a.example" in page
    # an invitation works once
    r = owner.post("/team/invitations", data=_form(owner, email="new@a.example", role="member"))
    assert r.status_code == 200 and 'id="invite-link"' in r.text
    import re

    link = re.search(r"(/invite/[A-Za-z0-9_-]+)", r.text)
    assert link is not None
    anon = client_for(team.app)
    token = csrf_of(anon)
    r = anon.post(link.group(1), data={"name": "N", "password": "short", "csrf_token": token})
    assert r.status_code == 422  # password too short, invitation still open
    r = anon.post(link.group(1), data={"name": "N", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303
    assert anon.get(link.group(1)).status_code == 404


def test_csrf_is_bound_to_the_session(team) -> None:  # type: ignore[no-untyped-def]
    a = team.sign_in("owner@a.example")
    b = team.sign_in("owner@b.example")
    r = a.post(
        "/api/v1/cases",
        json={"account": "X", "marketplace": "US"},
        headers={"X-CSRF-Token": b.headers["X-CSRF-Token"]},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "csrf_wrong"


def test_expired_invitation_is_410(team) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, timedelta

    from reinstate.web.tables import InvitationRow

    owner = team.sign_in("owner@a.example")
    path = owner.post("/api/v1/invitations", json={"email": "late@a.example"}).json()["path"]
    with team.app.state.store.transaction() as session:
        for row in session.query(InvitationRow).all():
            row.expires_at = datetime(2000, 1, 1) + timedelta(days=1)
    anon = client_for(team.app)
    r = anon.get(path)
    assert r.status_code == 410 and "expired" in r.text
    r = anon.post(path, data={"password": PASSWORD, "csrf_token": csrf_of(anon)})
    assert r.status_code == 410


def test_web_is_not_imported_by_the_cli_module() -> None:
    import subprocess
    import sys

    code = (
        "import sys, reinstate.web.commands; "
        "print('fastapi' in sys.modules, 'jinja2' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False False"


def test_only_hashes_are_stored(team) -> None:  # type: ignore[no-untyped-def]
    import hashlib

    from sqlalchemy import select

    from reinstate.web.deps import SESSION_COOKIE
    from reinstate.web.tables import SessionRow, UserRow

    c = team.sign_in("owner@a.example")
    token = c.cookies[SESSION_COOKIE]
    with team.app.state.store.session() as s:
        hashes = set(s.scalars(select(SessionRow.token_hash)))
        passwords = list(s.scalars(select(UserRow.password_hash)))
    assert token not in hashes and hashlib.sha256(token.encode()).hexdigest() in hashes
    assert passwords and all(p.startswith("$argon2id$") for p in passwords)
    assert all(PASSWORD not in p for p in passwords)


def _invite_link(owner: Any, email: str, role: str = "member") -> str:
    import re

    r = owner.post("/team/invitations", data=_form(owner, email=email, role=role))
    assert r.status_code == 200, r.text[:300]
    found = re.search(r"(/invite/[A-Za-z0-9_-]+)", r.text)
    assert found is not None
    return found.group(1)


def test_owner_withdraws_an_open_invitation(team) -> None:  # type: ignore[no-untyped-def]
    import re

    owner = team.sign_in("owner@a.example")
    link = _invite_link(owner, "late@a.example")
    page = owner.get("/team").text
    ids = re.findall(r'data-invitation="(\d+)"', page)
    assert len(ids) == 1 and "late@a.example" in page
    # another organisation's owner cannot withdraw it, nor can a member of this one
    other = team.sign_in("owner@b.example")
    r = other.post(f"/team/invitations/{ids[0]}/revoke", data=_form(other))
    assert r.status_code == 404
    team.add_user(owner, "member@a.example", "member")
    member = team.sign_in("member@a.example")
    r = member.post(f"/team/invitations/{ids[0]}/revoke", data=_form(member))
    assert r.status_code == 403
    anon = client_for(team.app)
    assert anon.get(link).status_code == 200  # still open
    r = owner.post(f"/team/invitations/{ids[0]}/revoke", data=_form(owner))
    assert r.status_code == 303
    assert "late@a.example" not in owner.get("/team").text
    assert anon.get(link).status_code == 404
    r = anon.post(link, data={"password": PASSWORD, "csrf_token": csrf_of(anon)})
    assert r.status_code == 404


def test_a_user_in_two_organisations_can_switch(team) -> None:  # type: ignore[no-untyped-def]
    owner_a = team.sign_in("owner@a.example")
    owner_b = team.sign_in("owner@b.example")
    r = owner_a.post("/api/v1/cases", json={"account": "OnlyInA", "marketplace": "US"})
    assert r.status_code == 201
    r = owner_b.post("/api/v1/cases", json={"account": "OnlyInB", "marketplace": "US"})
    assert r.status_code == 201
    team.add_user(owner_a, "both@x.example", "member")
    # the same person joins B with the same password
    link = owner_b.post("/api/v1/invitations", json={"email": "both@x.example"}).json()["path"]
    anon = client_for(team.app)
    r = anon.post(link, data={"password": PASSWORD, "csrf_token": csrf_of(anon)})
    assert r.status_code == 303
    both = team.sign_in("both@x.example")
    page = both.get("/").text
    assert 'id="org-switch"' in page and "Agency A" in page and "Agency B" in page
    assert "OnlyInA" in page and "OnlyInB" not in page
    r = both.post("/team/switch", data=_form(both, org_id=str(team.org_b)))
    assert r.status_code == 303
    page = both.get("/").text
    assert "OnlyInB" in page and "OnlyInA" not in page
    assert both.get("/api/v1/session").json()["user"]["org"] == "Agency B"
    # never into an organisation one is not a member of
    owner_only_a = team.sign_in("owner@a.example")
    r = owner_only_a.post("/team/switch", data=_form(owner_only_a, org_id=str(team.org_b)))
    assert r.status_code == 404
    assert "OnlyInB" not in owner_only_a.get("/").text
