"""The `--help` texts, from `i18n/help_texts/` (one catalogue file per top-level command).

`--help` is shown before the user's language is known, so a text prints as "English / 中文"
(`join` overrides the " / ", `shown = "en"` prints the English alone, as a few help texts always
have; their `zh` waits for a language-aware help). Only the file of the key's first part is
parsed, once, when a command module is imported or the command list printed: every run parses
one or two small files rather than the whole catalogue.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

_DIR = Path(__file__).with_name("help_texts")


@cache
def _file(name: str) -> dict[str, Any]:
    return tomllib.loads((_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def help_entry(key: str) -> dict[str, str]:
    """The catalogue entry of `key` ("related.check.accounts"): `en`, `zh` and how it prints."""
    first, *rest = key.split(".")
    entry: dict[str, Any] = _file(first)
    for part in rest:
        entry = entry[part]
    return entry


def help_text(key: str) -> str:
    """The text `--help` prints for `key`."""
    entry = help_entry(key)
    if entry.get("shown") == "en":
        return entry["en"]
    return entry["en"] + entry.get("join", " / ") + entry["zh"]
