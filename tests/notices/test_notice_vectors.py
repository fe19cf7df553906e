"""Excerpt vectors: embedded in batches, kept on disk, re-used by the next run."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reinstate import semantic
from reinstate.notices import vectors


@pytest.fixture
def fake_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    monkeypatch.setenv(vectors.ENV, str(tmp_path))
    calls: list[list[str]] = []

    def embed(texts: list[str]) -> np.ndarray:
        calls.append(list(texts))
        return np.asarray(
            [[len(t) / 100.0] + [0.0] * (semantic.DIM - 1) for t in texts], dtype=np.float32
        )

    monkeypatch.setattr(semantic, "embed", embed)
    return calls


def test_a_second_run_reads_the_vectors_from_disk(fake_model: list[list[str]]) -> None:
    texts = ["a notice", "another notice", "a notice"]
    done: list[int] = []
    first = vectors.embed(texts, done.append)
    assert fake_model == [["a notice", "another notice"]]  # each distinct excerpt once
    assert sum(done) == len(texts)
    second = vectors.embed(texts)
    assert len(fake_model) == 1  # nothing embedded again
    assert np.array_equal(first, second)
    assert first.shape == (3, semantic.DIM)


def test_a_cut_short_vector_is_embedded_again(fake_model: list[list[str]]) -> None:
    vectors.embed(["a notice"])
    path = vectors.cache_dir() / vectors.key("a notice")
    path.write_bytes(path.read_bytes()[:10])
    vectors.embed(["a notice"])
    assert len(fake_model) == 2


def test_batches_are_bounded(fake_model: list[list[str]]) -> None:
    texts = [f"notice {i}" for i in range(vectors.BATCH * 2 + 1)]
    vectors.embed(texts)
    assert [len(c) for c in fake_model] == [vectors.BATCH, vectors.BATCH, 1]
