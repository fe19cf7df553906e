"""Meta-tests over the whole rule catalogue: structure, both languages, examples that prove it."""

from __future__ import annotations

import re
import string
import tomllib
from importlib import resources

import pytest

from reinstate.rules import Severity, builtin_rules

RULES = builtin_rules()
TARGETS = {
    entry.name.removesuffix(".toml"): tomllib.loads(entry.read_text(encoding="utf-8"))
    for entry in resources.files("reinstate.rules").joinpath("targets").iterdir()
    if entry.name.endswith(".toml")
}
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}]\)[+*{]")


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_catalogue_is_not_empty_and_codes_are_unique() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_structure(rule) -> None:  # type: ignore[no-untyped-def]
    assert rule.target in TARGETS, f"unknown target {rule.target}"
    assert rule.tags, "every rule carries at least one tag"
    assert set(rule.tags) <= set(TARGETS[rule.target]["tags"]), rule.tags
    assert isinstance(rule.severity, Severity)
    assert rule.source.startswith("https://") or rule.source.startswith("http://")
    for field in ("message", "why", "fix"):
        texts = getattr(rule, field)
        assert _placeholders(texts["en"]) == _placeholders(texts["zh"]), field
        assert re.search(r"[\u4e00-\u9fff]", texts["zh"]), f"{field}.zh is not Chinese"
    assert rule.fire, "a rule needs examples that fire"
    assert rule.silent, "a rule needs examples that stay silent"


@pytest.mark.parametrize("rule", [r for r in RULES if r.phrases], ids=lambda r: r.code)
def test_patterns_have_no_nested_quantifiers(rule) -> None:  # type: ignore[no-untyped-def]
    for patterns in rule.phrases.values():
        for pattern in patterns:
            assert not NESTED_QUANTIFIER.search(pattern), f"{pattern!r} can backtrack badly"
            assert "\\1" not in pattern


def _runner(target: str):  # type: ignore[no-untyped-def]
    # the same runner `reinstate rules test DIR` uses for a user's folder
    from reinstate.rules.targets import targets

    return targets()[target].run_example()


EXAMPLES = [(r, "fire", i, e) for r in RULES for i, e in enumerate(r.fire)] + [
    (r, "silent", i, e) for r in RULES for i, e in enumerate(r.silent)
]


@pytest.mark.parametrize(
    ("rule", "side", "index", "example"), EXAMPLES, ids=lambda v: getattr(v, "code", str(v))
)
def test_rule_examples(rule, side, index, example) -> None:  # type: ignore[no-untyped-def]
    codes = _runner(rule.target)(rule, example)
    if side == "fire":
        assert rule.code in codes, f"{rule.code} should fire on example {index}: {example!r}"
    else:
        assert rule.code not in codes, f"{rule.code} should stay silent on {index}: {example!r}"
