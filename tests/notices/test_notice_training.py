"""The shipped weights are what `python -m reinstate.notices.train` builds from the corpus."""

from __future__ import annotations

from pathlib import Path

from reinstate.notices import learned, train


def test_rebuilding_gives_the_same_files(tmp_path: Path) -> None:
    # every corpus excerpt is in the cache file, so the rebuild needs no model and is exact
    assert train.main(["--out", str(tmp_path), "--cache", str(train.CACHE)]) == 0
    assert (tmp_path / "weights.json").read_bytes() == learned.WEIGHTS.read_bytes()
    assert (tmp_path / "examples.npz").read_bytes() == learned.EXAMPLES.read_bytes()


def test_the_corpus_covers_every_author_and_label() -> None:
    rows = train.corpus_rows()
    assert {r["author"] for r in rows} == {f"n{letter}" for letter in "abcdefglmn"}
    for name, vocabulary in learned.FIELDS.items():
        assert {r[name] for r in rows} <= set(vocabulary), name


def test_a_given_gate_is_used_without_nested_folds(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    def no_folds(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("nested folds ran")

    monkeypatch.setattr(train, "choose_gate", no_folds)
    rows = [
        {
            "id": f"x{i}",
            "author": "ab"[i % 2],
            "category": "pricing",
            "stage": stage,
            "status": "warning",
        }
        for i, stage in enumerate(["warning", "initial_action"] * 3)
    ]
    rng = np.random.default_rng(0)
    vectors, static, rules = rng.random((6, 4)), rng.random((6, 4)), rng.random((6, 3))
    data = train.fit(rows, vectors, rules, static, [None] * 6, gate=0.7)
    assert data["quick"]["gate"] == 0.7
    assert data["stage_rules"]["features"] == 3
