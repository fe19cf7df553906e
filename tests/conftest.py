"""Shared test setup.

With REINSTATE_STRICT_SKIPS=1 (CI sets it) a test skipped for a missing dependency or service
fails instead: a green CI run then means every test really ran.
"""

from __future__ import annotations

import os

import pytest

STRICT = os.environ.get("REINSTATE_STRICT_SKIPS") == "1"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if STRICT and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in strict mode (REINSTATE_STRICT_SKIPS=1): {report.longrepr}"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):  # type: ignore[no-untyped-def]
    """No test reads or writes the real user's config or database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("REINSTATE_CONFIG", raising=False)
    monkeypatch.delenv("REINSTATE_DATABASE_URL", raising=False)
    from reinstate.rules import set_default_registry

    set_default_registry(None)
    yield
    set_default_registry(None)


def _postgres_admin_url() -> str | None:
    return os.environ.get("REINSTATE_TEST_POSTGRES_URL")


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):  # type: ignore[no-untyped-def]
    """A fresh, empty ledger URL on each database the project supports."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    admin = _postgres_admin_url()
    if not admin:
        pytest.skip("PostgreSQL not available: set REINSTATE_TEST_POSTGRES_URL (make test does)")
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:16]}"
    engine = create_engine(admin, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    yield url
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture
def store(db_url):  # type: ignore[no-untyped-def]
    from reinstate.cases import open_store

    with open_store(db_url) as s:
        yield s
