"""User-facing strings in English and Simplified Chinese.

Strings live in TOML catalogs beside this module (one file per area, so areas never collide),
keyed by a dotted id, with named placeholders because Chinese word order differs from English.
"""

from __future__ import annotations

import os
from functools import cache
from typing import Any, Literal

Lang = Literal["en", "zh"]
LANGS: tuple[Lang, ...] = ("en", "zh")


def default_lang() -> Lang:
    """The language to speak when the user did not say: REINSTATE_LANG, then the locale."""
    explicit = os.environ.get("REINSTATE_LANG", "").lower()
    if explicit in LANGS:
        return "zh" if explicit == "zh" else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    import locale  # here: `--help` imports this package for its texts, and needs no locale

    loc = locale.getlocale()[0] or ""
    return "zh" if loc.lower().startswith("zh") else "en"


@cache
def catalog() -> dict[str, dict[str, str]]:
    """Every string id with its texts, merged from all catalogs; a duplicate id is an error."""
    import tomllib  # here, like locale: importlib.resources alone costs `--help` ~6 ms
    from importlib import resources

    merged: dict[str, dict[str, str]] = {}
    for entry in sorted(resources.files(__package__).iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".toml"):
            continue
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
        for key, texts in _flatten(data):
            if key in merged:
                raise ValueError(f"string id {key!r} is defined twice ({entry.name})")
            merged[key] = texts
    return merged


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, str]]]:
    out: list[tuple[str, dict[str, str]]] = []
    for key, value in data.items():
        full = f"{prefix}{key}"
        if isinstance(value, dict) and set(value) <= {"en", "zh"} and value:
            out.append((full, value))
        elif isinstance(value, dict):
            out.extend(_flatten(value, f"{full}."))
    return out


class _Keep(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def tr(key: str, lang: str, **params: Any) -> str:
    """The text for `key` in `lang` (English when missing), with named placeholders filled."""
    texts = catalog()[key]
    return fill(texts.get(lang) or texts["en"], **params)


def both(key: str, **params: Any) -> dict[str, str]:
    """The text for `key` in every language, as the JSON contract carries it."""
    return {lang: tr(key, lang, **params) for lang in LANGS}


def bilingual(key: str) -> str:
    """English and Chinese in one line ("Seller account / 卖家账户"), for what is shown before
    the user's language is known: prompts and `--help`."""
    texts = catalog()[key]
    return f"{texts['en']} / {texts['zh']}"


def fill(template: str, **params: Any) -> str:
    """Fill named placeholders, leaving unknown ones visible rather than failing."""
    return template.format_map(_Keep(params))
