"""Web fixtures: an app per ledger (SQLite and PostgreSQL), local and team clients, a notice."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

warnings.filterwarnings("ignore", message=".*httpx.*", category=DeprecationWarning)

TODAY = date(2026, 11, 26)
BASE = "http://127.0.0.1"
NOTICE = (Path(__file__).parent / "fixtures" / "notice.txt").read_text(encoding="utf-8")
PASSWORD = "correct horse battery"


def client_for(app: Any) -> Any:
    from fastapi.testclient import TestClient

    return TestClient(app, base_url=BASE, follow_redirects=False)


def csrf_of(client: Any) -> str:
    return str(client.get("/api/v1/session").json()["csrf_token"])


@pytest.fixture
def local_app(db_url):  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app

    app = create_app(Settings(db=db_url, today=TODAY))
    yield app
    app.state.store.close()


@pytest.fixture
def client(local_app):  # type: ignore[no-untyped-def]
    with client_for(local_app) as c:
        c.headers["X-CSRF-Token"] = csrf_of(c)
        yield c


@pytest.fixture
def case_id(client) -> int:  # type: ignore[no-untyped-def]
    r = client.post("/api/v1/cases/from-notice", json={"notice_text": NOTICE, "account": "Acme"})
    assert r.status_code == 201, r.text
    return int(r.json()["case"]["id"])


@dataclass
class Team:
    app: Any
    org_a: int
    org_b: int

    def sign_in(self, email: str) -> Any:
        c = client_for(self.app)
        token = csrf_of(c)
        r = c.post(
            "/api/v1/session",
            json={"email": email, "password": PASSWORD},
            headers={"X-CSRF-Token": token},
        )
        assert r.status_code == 200, r.text
        c.headers["X-CSRF-Token"] = r.json()["csrf_token"]
        return c

    def add_user(self, owner: Any, email: str, role: str) -> None:
        r = owner.post("/api/v1/invitations", json={"email": email, "role": role})
        assert r.status_code == 200, r.text
        c = client_for(self.app)
        token = csrf_of(c)
        r = c.post(
            r.json()["path"], data={"name": email, "password": PASSWORD, "csrf_token": token}
        )
        assert r.status_code == 303, r.text


@pytest.fixture
def team(db_url):  # type: ignore[no-untyped-def]
    from reinstate.web.app import Settings, create_app
    from reinstate.web.auth import create_org_with_owner

    app = create_app(Settings(db=db_url, team=True, today=TODAY))
    store = app.state.store
    org_a = create_org_with_owner(store, "Agency A", "owner@a.example", "Ann", PASSWORD)
    org_b = create_org_with_owner(store, "Agency B", "owner@b.example", "Bob", PASSWORD)
    yield Team(app, org_a, org_b)
    store.close()


def png_bytes() -> bytes:
    """A tiny valid PNG made here (1x1, white)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    raw = b"\x00\xff\xff\xff"
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def pdf_bytes(text: str = "Invoice 1001") -> bytes:
    """A minimal one-page PDF written here (no third-party content)."""
    from reinstate.samples import text_pdf

    return text_pdf([(72, 720, 12, text)])


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def module_db_url(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """Like `db_url`, but one ledger per test module (for the many cross-organisation calls)."""
    import os

    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('ledger') / 'ledger.db'}"
        return
    admin = os.environ.get("REINSTATE_TEST_POSTGRES_URL")
    if not admin:
        pytest.skip("PostgreSQL not available: set REINSTATE_TEST_POSTGRES_URL (make test does)")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:16]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(admin).set(database=name).render_as_string(hide_password=False)
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()
