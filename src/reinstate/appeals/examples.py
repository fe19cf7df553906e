"""Runs a text rule's examples for the catalogue meta-tests.

An example is a string (the text), or a table with `text` and the context keyword arguments
of `lint_text` (`asins`, `earlier_texts`, `channel`, `appeals_used`, `appeal_limit`, `category`,
`require_sections`) plus `repeat`, the number of times the text is repeated (for length rules).
"""

from __future__ import annotations

from typing import Any

from reinstate.appeals.lint import lint_text
from reinstate.rules import Rule, default_registry

_CONTEXT = (
    "asins",
    "earlier_texts",
    "channel",
    "appeals_used",
    "appeal_limit",
    "category",
    "require_sections",
)


def example_call(example: object) -> tuple[str, dict[str, Any]]:
    """The text and keyword arguments an example stands for."""
    if isinstance(example, str):
        return example, {}
    assert isinstance(example, dict) and isinstance(example.get("text"), str), (
        f"a text example is a string or a table with 'text': {example!r}"
    )
    unknown = set(example) - {"text", "repeat", *_CONTEXT}
    assert not unknown, f"unknown example keys: {sorted(unknown)}"
    text = example["text"] * int(example.get("repeat", 1))
    return text, {k: example[k] for k in _CONTEXT if k in example}


def codes_for_example(rule: Rule, example: object) -> set[str]:
    """The codes that fire on one example."""
    text, kwargs = example_call(example)
    kwargs.setdefault("require_sections", True)
    report = lint_text(text, registry=default_registry(), **kwargs)
    return {f.code for f in report.findings}
