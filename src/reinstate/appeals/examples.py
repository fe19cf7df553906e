"""Runs a text rule's examples for the catalogue meta-tests."""

from __future__ import annotations

from reinstate.appeals.lint import lint_text
from reinstate.rules import Rule, default_registry


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on one example text."""
    assert isinstance(example, str), f"{rule.code}: text examples are strings"
    report = lint_text(example, registry=default_registry(), require_sections=True)
    return {f.code for f in report.findings}
