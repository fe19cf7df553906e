"""Shared setup for the health tests: a CLI runner, a Fernet key, config files, fake servers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from health.fake_spapi import FakeSpApi, Scenario
from health.reports import dumps, report


@pytest.fixture(autouse=True)
def secret_key(monkeypatch: pytest.MonkeyPatch) -> str:
    from cryptography.fernet import Fernet

    key = Fernet.generate_key().decode()
    monkeypatch.setenv("REINSTATE_SECRET_KEY", key)
    for name in (
        "REINSTATE_LWA_CLIENT_ID",
        "REINSTATE_LWA_CLIENT_SECRET",
        "REINSTATE_SP_REFRESH_TOKEN",
    ):
        monkeypatch.delenv(name, raising=False)
    return key


class Cli:
    def __init__(self, db: str) -> None:
        from reinstate.health import commands

        self.db = db
        self.app = typer.Typer()
        commands.register(self.app)

        @self.app.callback()
        def _root() -> None:
            pass

    def __call__(self, *args: str, db: bool = True) -> Any:
        extra = ["--db", self.db] if db and args[1] not in ("--help",) else []
        return CliRunner().invoke(self.app, [*args, *extra], catch_exceptions=False)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


@pytest.fixture
def write_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Write config.toml with the given [health] TOML text and point REINSTATE_CONFIG at it."""

    def write(text: str) -> Path:
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        monkeypatch.setenv("REINSTATE_CONFIG", str(path))
        from reinstate.rules import set_default_registry

        set_default_registry(None)
        return path

    return write


def endpoints_toml(url: str, extra: str = "") -> str:
    return f"""
[health]
{extra}

[health.endpoints]
lwa_token_url = "{url}/auth/o2/token"
spapi_url = "{url}"

[health.polling]
first_wait = 0.01
max_wait = 0.05
timeout = 30
retries = 4
"""


@pytest.fixture
def report_file(tmp_path: Path) -> Any:
    """Write a generated report (keyword arguments as in reports.report) and return its path."""
    counter = iter(range(1000))

    def make(status: str = "NORMAL", **kwargs: Any) -> Path:
        path = tmp_path / f"report-{next(counter)}.json"
        path.write_bytes(dumps(report(status, **kwargs)))
        return path

    return make


@pytest.fixture
def fake_api() -> Iterator[Any]:
    servers: list[FakeSpApi] = []

    def start(scenario: Scenario) -> FakeSpApi:
        server = FakeSpApi(scenario).__enter__()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.__exit__()


def login(cli: Cli, scenario: Scenario, account: str = "Acme", *extra: str) -> Any:
    return cli(
        "health",
        "login",
        "--account",
        account,
        "--client-id",
        scenario.client_id,
        "--client-secret",
        scenario.client_secret,
        "--refresh-token",
        scenario.refresh_token,
        "--region",
        "na",
        *extra,
    )
