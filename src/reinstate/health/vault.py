"""Selling Partner API credentials, encrypted at rest with Fernet.

The key comes from REINSTATE_SECRET_KEY (a Fernet key) or, when that is not set, from the OS
keyring through the `keyring` package (created there on first login). Secrets never appear in
a repr, a log line, an error message or command output.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from reinstate.cases import Store
from reinstate.errors import ReinstateError
from reinstate.health.marketplaces import DEFAULT_MARKETPLACE, REGIONS
from reinstate.health.tables import CredentialRow

KEY_ENV = "REINSTATE_SECRET_KEY"
KEYRING_SERVICE = "reinstate"
KEYRING_NAME = "health-credentials-key"


@dataclass(frozen=True)
class Credentials:
    """What Login with Amazon needs to mint access tokens for one selling account."""

    account: str
    region: str
    marketplace_ids: tuple[str, ...]
    client_id: str = field(repr=False)
    client_secret: str = field(repr=False)
    refresh_token: str = field(repr=False)

    def __str__(self) -> str:
        return f"Credentials(account={self.account!r}, region={self.region!r}, secrets=***)"

    __repr__ = __str__


def _keyring() -> Any | None:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring):
        return None
    return keyring


def key(*, create: bool = False) -> tuple[bytes, str]:
    """The Fernet key and where it came from ("env" or "keyring")."""
    from cryptography.fernet import Fernet

    env = os.environ.get(KEY_ENV, "").strip()
    if env:
        try:
            Fernet(env.encode())
        except (ValueError, TypeError):
            raise ReinstateError("health_secret_key_invalid", env=KEY_ENV) from None
        return env.encode(), "env"
    ring = _keyring()
    if ring is not None:
        try:
            stored = ring.get_password(KEYRING_SERVICE, KEYRING_NAME)
            if stored:
                return stored.encode(), "keyring"
            if create:
                new = Fernet.generate_key()
                ring.set_password(KEYRING_SERVICE, KEYRING_NAME, new.decode())
                return new, "keyring"
        except Exception:  # a locked or broken keyring: fall through to the clear message
            pass
    raise ReinstateError("health_no_secret_key", env=KEY_ENV)


def save(store: Store, creds: Credentials) -> str:
    """Encrypt and store the credentials (replacing the account's old ones); returns the key
    source."""
    from cryptography.fernet import Fernet

    if creds.region not in REGIONS:
        raise ReinstateError(
            "health_bad_region",
            region=creds.region,
            regions=", ".join(REGIONS),
        )
    secret_key, source = key(create=True)
    payload = json.dumps(
        {
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "refresh_token": creds.refresh_token,
        }
    ).encode()
    token = Fernet(secret_key).encrypt(payload)
    marketplaces = list(creds.marketplace_ids) or [DEFAULT_MARKETPLACE[creds.region]]
    with store.transaction() as session:
        row = session.get(CredentialRow, creds.account)
        if row is None:
            row = CredentialRow(account=creds.account)
            session.add(row)
        row.region = creds.region
        row.marketplace_ids = marketplaces
        row.secret = token
        row.key_source = source
        row.updated_at = datetime.now(UTC).replace(tzinfo=None)
    return source


def load(store: Store, account: str) -> Credentials:
    """Decrypt the stored credentials of `account`."""
    from cryptography.fernet import Fernet, InvalidToken

    with store.session() as session:
        row = session.get(CredentialRow, account)
    if row is None:
        raise ReinstateError("health_no_credentials", account=account)
    secret_key, _ = key()
    try:
        data = json.loads(Fernet(secret_key).decrypt(bytes(row.secret)))
    except (InvalidToken, ValueError):
        raise ReinstateError(
            "health_credentials_unreadable",
            account=account,
            env=KEY_ENV,
        ) from None
    return Credentials(
        account=row.account,
        region=row.region,
        marketplace_ids=tuple(row.marketplace_ids or ()),
        client_id=data["client_id"],
        client_secret=data["client_secret"],
        refresh_token=data["refresh_token"],
    )


def accounts(store: Store) -> list[dict[str, Any]]:
    """The accounts with stored credentials (no secrets)."""
    with store.session() as session:
        rows = session.scalars(select(CredentialRow).order_by(CredentialRow.account)).all()
    return [
        {
            "account": r.account,
            "region": r.region,
            "marketplace_ids": list(r.marketplace_ids or []),
            "key_source": r.key_source,
            "updated_at": r.updated_at.replace(tzinfo=UTC).isoformat(),
        }
        for r in rows
    ]
