"""`reinstate serve` refuses a non-loopback address without --team; `reinstate team init`."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from reinstate.web.commands import is_loopback, register


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "example.org", "::"])
def test_serve_refuses_non_loopback_without_team(host: str) -> None:
    result = CliRunner().invoke(_app(), ["serve", "--host", host, "--lang", "en"])
    assert result.exit_code == 2
    assert "--team" in result.output and host in result.output


def test_serve_message_in_chinese() -> None:
    result = CliRunner().invoke(_app(), ["serve", "--host", "0.0.0.0", "--lang", "zh"])
    assert result.exit_code == 2 and "团队" in result.output


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("10.0.0.1", False),
        ("local.example", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_team_init_creates_an_owner_who_can_sign_in(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "team.db")
    monkeypatch.setenv("REINSTATE_PASSWORD", "correct horse battery")
    result = CliRunner().invoke(
        _app(),
        [
            "team",
            "init",
            "--org",
            "Agency",
            "--email",
            "Boss@Agency.example",
            "--db",
            db,
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "team" and data["owner"] == "boss@agency.example"
    from reinstate.cases import open_store
    from reinstate.web.auth import login

    with open_store(db) as store:
        token, csrf = login(store, "boss@agency.example", "correct horse battery")
    assert token and csrf


def test_team_init_refuses_a_short_password(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REINSTATE_PASSWORD", "short")
    result = CliRunner().invoke(
        _app(),
        ["team", "init", "--org", "A", "--email", "a@b.example", "--db", str(tmp_path / "t.db")],
    )
    assert result.exit_code == 2 and "10" in result.output


PASSWORD = "correct horse battery"


def _ledger_with_org(tmp_path) -> str:  # type: ignore[no-untyped-def]
    from reinstate.cases import open_store
    from reinstate.web.auth import create_org_with_owner

    db = str(tmp_path / "team.db")
    with open_store(db) as store:
        create_org_with_owner(
            store, "Agency", "boss@agency.example", "Boss", "correct horse battery"
        )
    return db


def test_team_on_the_network_refuses_plain_http(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = _ledger_with_org(tmp_path)
    args = ["serve", "--team", "--host", "0.0.0.0", "--db", db, "--lang", "en"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 2
    assert "plain HTTP" in result.output and "--plain-http" in result.output
    result = CliRunner().invoke(_app(), [*args[:-2], "--lang", "zh"])
    assert result.exit_code == 2 and "明文" in result.output


def test_team_mode_needs_an_organisation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "empty.db")
    args = ["serve", "--team", "--host", "0.0.0.0", "--plain-http", "--db", db, "--lang", "en"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 2 and "team init" in result.output
    result = CliRunner().invoke(_app(), ["serve", "--team", "--db", db, "--lang", "en"])
    assert result.exit_code == 2 and "team init" in result.output


def test_team_on_the_network_has_secure_cookies(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import uvicorn
    from fastapi.testclient import TestClient

    db = _ledger_with_org(tmp_path)
    seen: dict[str, object] = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    args = ["serve", "--team", "--host", "0.0.0.0", "--plain-http", "--db", db, "--lang", "en"]
    result = CliRunner().invoke(_app(), args)
    assert result.exit_code == 0, result.output
    assert seen["proxy_headers"] is False and seen["host"] == "0.0.0.0"
    app = seen["app"]
    c = TestClient(app, base_url="https://agency.example")  # Secure cookies travel over HTTPS
    token = c.get("/api/v1/session").json()["csrf_token"]
    assert "Secure" in c.get("/api/v1/session").headers.get("set-cookie", "Secure")
    r = c.post(
        "/api/v1/session",
        json={"email": "boss@agency.example", "password": PASSWORD},
        headers={"X-CSRF-Token": token},
    )
    assert r.status_code == 200
    cookies = r.headers.get_list("set-cookie")
    session = [v for v in cookies if v.startswith("reinstate_session=")]
    assert session and "Secure" in session[0] and "HttpOnly" in session[0]
    app.state.store.close()  # type: ignore[attr-defined]


def test_half_a_certificate_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = _ledger_with_org(tmp_path)
    args = ["serve", "--team", "--host", "0.0.0.0", "--ssl-certfile", "c.pem", "--db", db]
    result = CliRunner().invoke(_app(), [*args, "--lang", "en"])
    assert result.exit_code == 2 and "--ssl-keyfile" in result.output
