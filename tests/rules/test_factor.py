"""Factored alternations match exactly what the pattern they came from matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.rules import builtin_rules
from reinstate.rules import cache as rule_cache


@pytest.fixture(autouse=True)
def cache_dir(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(rule_cache.ENV, str(tmp_path))
    monkeypatch.setattr(rule_cache, "_programs", rule_cache._Programs())


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# Order-sensitive cases: which alternative wins at a position must not change.
CASES = [
    ("ab|ac|ad", "ab ac ad ae"),
    ("a|ab", "ab"),  # the first alternative wins, even when shorter
    ("ab|[a-c]x|ax|a", "ax ab bx a"),  # a class between literals keeps them apart
    ("(?:x|y)z|xq|x", "xz yz xq x"),  # a leading choice unfolds
    ("(?:a )?(?:very )?bad|a very", "a very bad a very good very bad"),
    (r"(?<!\w)(?:we will|we|i will)(?!\w)", "we will we i will weave"),
    (r"(?:ab|a)(?:bc|c)", "abc abbc ac"),  # backtracking into the first choice
    (r"(ab)|a(b)c", "abc ab"),  # capturing groups keep their numbers
    (r"\d+|1x|(?=1)1y", "1x 1y 12"),
    ("", "abc"),
    ("起诉|起诉书|(?<!不)要求赔偿|要求", "起诉书 要求赔偿 不要求赔偿"),
]


@pytest.mark.parametrize(("pattern", "text"), CASES)
def test_factored_pattern_finds_the_same_spans(pattern: str, text: str) -> None:
    fast = rule_cache.compiled(pattern, factored=True)
    plain = re.compile(pattern)
    assert spans(fast, text) == spans(plain, text)
    assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]


def test_case_insensitive_patterns_are_left_as_they_are() -> None:
    fast = rule_cache.compiled("ab|Ac", re.IGNORECASE, factored=True)
    assert spans(fast, "AB ac") == [(0, 2), (3, 5)]


def _rule_patterns() -> list[str]:
    out = []
    for rule in builtin_rules():
        for phrases in rule.phrases.values():
            if phrases:
                out.append("|".join(f"(?:{p})" for p in phrases).lower())
    return out


RULE_PATTERNS = _rule_patterns()


@st.composite
def near_matches(draw: st.DrawFn) -> tuple[str, str]:
    """A rule pattern and a text made of pieces of its own source: near misses and hits."""
    pattern = draw(st.sampled_from(RULE_PATTERNS))
    words = re.findall(r"[^\W\d_]+|\d+|[ '’%#.,!?？！]", pattern)
    text = "".join(draw(st.lists(st.sampled_from(words), min_size=1, max_size=40)))
    return pattern, text


@settings(max_examples=300, deadline=None)
@given(near_matches())
def test_rule_patterns_factored_match_the_same(case: tuple[str, str]) -> None:
    pattern, text = case
    for source in (pattern, rf"(?<!\w)(?:{pattern})(?!\w)"):
        fast = rule_cache.compiled(source, factored=True)
        assert spans(fast, text) == spans(re.compile(source), text), source[:80]
