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
