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
