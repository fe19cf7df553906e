"""Credentials: encrypted at rest, never printed or logged, keys from the environment or keyring."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from health.conftest import Cli, endpoints_toml, login
from health.fake_spapi import Scenario
from health.reports import dumps, report
from reinstate.cases import open_store
from reinstate.errors import ReinstateError
from reinstate.health import vault

SECRETS = ("fake-client-secret-value", "Atzr|fake-refresh-token-value")


def test_credentials_are_encrypted_at_rest(tmp_path: Path, sqlite_url: str) -> None:
    cli = Cli(sqlite_url)
    result = login(cli, Scenario())
    assert result.exit_code == 0 and "key from env" in result.output
    raw = (tmp_path / "ledger.db").read_bytes()
    for secret in (*SECRETS, "amzn1.application-oa2-client.fake"):
        assert secret.encode() not in raw
    with open_store(sqlite_url) as store:
        creds = vault.load(store, "Acme")
        assert creds.refresh_token == SECRETS[1]
        assert creds.marketplace_ids == ("ATVPDKIKX0DER",)
        assert SECRETS[1] not in repr(creds) and SECRETS[0] not in str(creds)


def test_secrets_never_reach_the_output_or_the_logs(
    sqlite_url: str,
    fake_api,
    write_config,
    caplog: pytest.LogCaptureFixture,  # type: ignore[no-untyped-def]
) -> None:
    caplog.set_level(logging.DEBUG)
    scenario = Scenario(documents=[dumps(report("DEACTIVATED"))], expire_token_once=True)
    api = fake_api(scenario)
    write_config(endpoints_toml(api.url))
    cli = Cli(sqlite_url)
    outputs = [
        login(cli, scenario).output,
        login(cli, scenario, "Acme", "--format", "json").output,
        cli("health", "pull", "--account", "Acme").output,
        cli("health", "pull", "--account", "Acme", "--format", "json").output,
    ]
    scenario.revoked = True
    outputs.append(cli("health", "pull", "--account", "Acme").output)
    scenario.echo_secrets = True
    echoed = cli("health", "pull", "--account", "Acme", "--format", "json").output
    assert "invalid_grant for ***" in echoed
    outputs.append(echoed)
    text = "\n".join(outputs) + caplog.text
    assert "invalid_grant" in text and "DEACTIVATED" in text
    assert any(r.name.startswith("httpx") for r in caplog.records)  # the client did log...
    for secret in SECRETS:
        assert secret not in text  # ...but never a secret
    assert "Atza|" not in text  # nor an access token


def test_a_wrong_key_cannot_read_and_says_so(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from cryptography.fernet import Fernet

    assert login(Cli(sqlite_url), Scenario()).exit_code == 0
    monkeypatch.setenv("REINSTATE_SECRET_KEY", Fernet.generate_key().decode())
    with open_store(sqlite_url) as store, pytest.raises(ReinstateError) as info:
        vault.load(store, "Acme")
    assert info.value.code == "health_credentials_unreadable"


def test_a_key_that_is_not_a_fernet_key_is_refused(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REINSTATE_SECRET_KEY", "hunter2")
    result = login(Cli(sqlite_url), Scenario())
    assert result.exit_code == 2 and "Fernet" in result.output and "hunter2" not in result.output


class MemoryKeyring:
    """A keyring backend that keeps passwords in memory (the OS keyring in real use)."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, name: str) -> str | None:
        return self.store.get((service, name))

    def set_password(self, service: str, name: str, value: str) -> None:
        self.store[(service, name)] = value


def test_the_key_lives_in_the_os_keyring_when_no_variable_is_set(
    sqlite_url: str, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    ring = MemoryKeyring()
    monkeypatch.delenv("REINSTATE_SECRET_KEY")
    monkeypatch.setattr(vault, "_keyring", lambda: ring)
    result = login(Cli(sqlite_url), Scenario(), "Acme", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)["account"]["key_source"] == "keyring"
    assert ring.get_password(vault.KEYRING_SERVICE, vault.KEYRING_NAME)
    with open_store(sqlite_url) as store:
        assert vault.load(store, "Acme").client_secret == SECRETS[0]


def test_the_real_keyring_package_is_used_through_its_api(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class Backend(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.passwords: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):  # type: ignore[no-untyped-def]
            return self.passwords.get((service, username))

        def set_password(self, service, username, password):  # type: ignore[no-untyped-def]
            self.passwords[(service, username)] = password

        def delete_password(self, service, username):  # type: ignore[no-untyped-def]
            self.passwords.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(Backend())
    monkeypatch.delenv("REINSTATE_SECRET_KEY")
    try:
        first, source = vault.key(create=True)
        again, _ = vault.key()
    finally:
        keyring.set_keyring(previous)
    assert source == "keyring" and first == again


def test_no_key_anywhere_is_a_clear_error(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("REINSTATE_SECRET_KEY")
    monkeypatch.setattr(vault, "_keyring", lambda: None)
    result = login(Cli(sqlite_url), Scenario())
    assert result.exit_code == 2 and "REINSTATE_SECRET_KEY" in result.output


def test_login_refuses_to_run_without_secrets_when_not_interactive(sqlite_url: str) -> None:
    result = Cli(sqlite_url)("health", "login", "--account", "Acme", "--client-id", "x")
    assert result.exit_code == 2 and "--client-secret" in result.output


def test_secrets_can_come_from_the_environment(sqlite_url: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("REINSTATE_LWA_CLIENT_ID", "cid")
    monkeypatch.setenv("REINSTATE_LWA_CLIENT_SECRET", "csecret")
    monkeypatch.setenv("REINSTATE_SP_REFRESH_TOKEN", "rtoken")
    result = Cli(sqlite_url)("health", "login", "--account", "Acme", "--region", "eu")
    assert result.exit_code == 0 and "rtoken" not in result.output
    with open_store(sqlite_url) as store:
        creds = vault.load(store, "Acme")
    assert (creds.client_id, creds.region, creds.marketplace_ids) == (
        "cid",
        "eu",
        ("A1PA6795UKMFR9",),
    )


def test_an_unknown_region_is_refused(sqlite_url: str) -> None:
    result = login(Cli(sqlite_url), Scenario(), "Acme")
    assert result.exit_code == 0
    bad = Cli(sqlite_url)(
        "health",
        "login",
        "--account",
        "B",
        "--client-id",
        "a",
        "--client-secret",
        "b",
        "--refresh-token",
        "c",
        "--region",
        "mars",
    )
    assert bad.exit_code == 2 and "mars" in bad.output
