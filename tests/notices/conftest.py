"""The engine tests measure the phrase rules: the learned model is off unless a test loads it."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
