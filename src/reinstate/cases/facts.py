"""Sourced facts about Amazon's process (facts.toml), so a maintainer can update one place."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Fact:
    key: str
    value: int
    en: str
    zh: str
    source: str
    retrieved: str
    applies_to: tuple[str, ...] = ()


@cache
def facts() -> dict[str, Fact]:
    text = resources.files(__package__).joinpath("facts.toml").read_text(encoding="utf-8")
    return {
        key: Fact(
            key=key,
            value=int(v["value"]),
            en=v["en"],
            zh=v["zh"],
            source=v["source"],
            retrieved=v["retrieved"],
            applies_to=tuple(v.get("applies_to", ())),
        )
        for key, v in tomllib.loads(text).items()
    }


def fact(key: str) -> Fact:
    return facts()[key]
