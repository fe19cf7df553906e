"""Runs a notice rule's examples for the catalogue meta-tests."""

from __future__ import annotations

from reinstate.notices import parse_notice
from reinstate.notices.checks import check
from reinstate.rules import Rule, default_registry


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on one example notice text."""
    assert isinstance(example, str), f"{rule.code}: notice examples are notice texts"
    notice = parse_notice(example)
    return {f.code for f in check(notice, default_registry())}
