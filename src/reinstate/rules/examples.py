"""Run rules' fire/silent examples with their target's runner: the catalogue tests and
`reinstate rules test DIR` use this one path."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.rules.model import Rule
from reinstate.rules.registry import (
    Registry,
    builtin_rules,
    default_registry,
    folder_rules,
    set_default_registry,
)
from reinstate.rules.targets import targets


@dataclass(frozen=True)
class ExampleResult:
    code: str
    side: str  # "fire" or "silent"
    index: int
    example: object
    fired: bool

    @property
    def passed(self) -> bool:
        return self.fired == (self.side == "fire")

    @property
    def example_text(self) -> str:
        text = self.example if isinstance(self.example, str) else repr(self.example)
        return text if len(text) <= 70 else text[:67] + "..."

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "side": self.side,
            "index": self.index,
            "fired": self.fired,
            "passed": self.passed,
        }


def run_examples(rule: Rule) -> list[ExampleResult]:
    """Each example of `rule`, run by its target's runner against the current default registry."""
    runner = targets()[rule.target].run_example()
    results = []
    for side, examples in (("fire", rule.fire), ("silent", rule.silent)):
        for index, example in enumerate(examples):
            fired = rule.code in runner(rule, example)
            results.append(ExampleResult(rule.code, side, index, example, fired))
    return results


def run_folder_examples(folder: Path) -> list[ExampleResult]:
    """Load a user's rule folder next to the built-in rules (strictly: a rule that could never
    fire is refused) and run its examples with the registry the user would get."""
    user_rules = folder_rules(folder)
    previous = default_registry()
    registry = Registry([*builtin_rules(), *user_rules], previous.settings)
    set_default_registry(registry)
    try:
        return [result for rule in user_rules for result in run_examples(rule)]
    finally:
        set_default_registry(previous)
