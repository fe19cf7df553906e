"""What each kind of input (a rule's `target`) can run: its tags, the rule kinds a data file alone
can express, the modules whose code implements its function rules, and its examples runner."""

from __future__ import annotations

import importlib
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class Target:
    name: str
    about: str
    tags: frozenset[str]
    data_kinds: tuple[str, ...]
    implementations: tuple[str, ...]
    runner: str

    def run_example(self) -> Callable[[Any, object], set[str]]:
        """The function that says which codes fire on one example (the catalogue tests' runner)."""
        module, func = self.runner.split(":")
        runner: Callable[[Any, object], set[str]] = getattr(importlib.import_module(module), func)
        return runner


@cache
def targets() -> dict[str, Target]:
    found = {}
    for entry in resources.files(__package__).joinpath("targets").iterdir():
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        name = entry.name.removesuffix(".toml")
        found[name] = Target(
            name=name,
            about=data["about"],
            tags=frozenset(data["tags"]),
            data_kinds=tuple(data.get("data_kinds", ())),
            implementations=tuple(data.get("implementations", ())),
            runner=data["runner"],
        )
    return found
