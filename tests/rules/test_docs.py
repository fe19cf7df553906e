"""docs/rules.md is generated from the rule data; this fails when someone forgot to regenerate."""

from __future__ import annotations

from pathlib import Path

from reinstate.rules.docs import rules_reference
from reinstate.rules.registry import builtin_rules

DOC = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def test_rules_reference_is_up_to_date() -> None:
    expected = rules_reference(builtin_rules())
    assert DOC.read_text(encoding="utf-8") == expected, (
        "docs/rules.md is stale: run `make docs` (python -m reinstate.rules.docs)"
    )


def test_every_rule_is_documented_in_both_languages() -> None:
    text = DOC.read_text(encoding="utf-8")
    for rule in builtin_rules():
        assert f"## {rule.code} `{rule.name}`" in text
        assert rule.message["zh"] in text
