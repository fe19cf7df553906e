"""Sourced facts about Amazon's process (facts.toml), so a maintainer can update one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any


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
    from reinstate.parsed import cached

    source = _source()
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
        for key, v in cached("facts", [("facts.toml", source)], lambda: _parse(source)).items()
    }


def _parse(source: bytes) -> dict[str, Any]:
    import tomllib

    return tomllib.loads(source.decode("utf-8"))


def _source() -> bytes:
    """facts.toml, from the package folder (or through the import system, slower)."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "facts.toml"), "rb") as handle:
            return handle.read()
    except OSError:
        from importlib import resources

        return resources.files(__package__).joinpath("facts.toml").read_bytes()


def fact(key: str) -> Fact:
    return facts()[key]
