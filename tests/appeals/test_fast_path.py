"""The linter's fast matching (one scan for all rules, factored alternations, prefilters, the
pattern store) finds exactly what the plain reading of the rules, one pattern at a time, finds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.appeal_fixtures import DEFAULT_DIR, load_samples
from support.reference_matcher import reference_pattern

from reinstate.appeals import checks, lint_text
from reinstate.rules import default_registry

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
    scanner = checks._scanner(tuple(default_registry().for_target("text")))
    assert scanner is not None and len(scanner.keys) >= 40  # nearly every rule in the one scan
    fast = _findings(texts)
    monkeypatch.setattr(checks, "_scan", lambda doc, rules: None)
    monkeypatch.setattr(checks, "_pattern", reference_pattern)
    assert _findings(texts) == fast


def test_a_rule_matching_at_every_word_is_rebuilt_as_its_own_pass_finds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Overlapping candidates: each rule keeps its leftmost match, then the next one after it."""
    text = "we will we will we will never never again again again"
    fast = _findings([text])
    monkeypatch.setattr(checks, "_scan", lambda doc, rules: None)
    monkeypatch.setattr(checks, "_pattern", reference_pattern)
    assert _findings([text]) == fast


def _fragments() -> list[str]:
    words: set[str] = set()
    for rule in default_registry().for_target("text"):
        for phrases in rule.phrases.values():
            for phrase in phrases:
                words.update(re.findall(r"[^\W\d_]+|\d+", phrase))
    return [*sorted(words), " ", " ", ". ", "\n", "!", "?", "[", "]", "【", "】", "100%"]


FRAGMENTS = _fragments()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60))
def test_one_scan_equals_a_pass_per_rule_on_phrase_salad(words: list[str]) -> None:
    text = " ".join(words)
    doc = checks.Document(text, text)
    rules = tuple(default_registry().for_target("text"))
    checks._scan(doc, rules)
    alone = checks.Document(text, text)
    for rule in rules:
        if rule.phrases:
            assert checks.matches(rule, doc) == checks.matches(rule, alone), rule.code
