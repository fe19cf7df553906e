"""The linter's fast matching finds exactly what the plain reading of the rules finds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.reference_matcher import reference_pattern

from reinstate.appeals import checks, lint_text
from reinstate.appeals.evaluate import DEFAULT_DIR, load_samples

ROOT = Path(__file__).resolve().parents[2]


def _texts() -> list[str]:
    texts = [s.text for s in load_samples(DEFAULT_DIR)]
    for path in sorted((ROOT / "corpus").rglob("*.jsonl")):
        if "notices" in path.parts:
            continue  # notices are not appeals; their own linter reads them
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def _findings(texts: list[str]) -> list[list[dict[str, object]]]:
    return [[f.to_json() for f in lint_text(t).findings] for t in texts]


def test_findings_on_the_corpora_equal_the_plain_matchers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _texts()
    assert len(texts) > 1000  # the appeal and sentence corpora, every language
    fast = _findings(texts)
    monkeypatch.setattr(checks, "_pattern", reference_pattern)
    assert _findings(texts) == fast
