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
    """Every string id with its texts, merged from all catalogs; a duplicate id is an error.

    Parsed once per change of the catalogs (reinstate.parsed keeps the merged copy)."""
    from reinstate.parsed import cached

    sources = _catalog_sources()
    merged: dict[str, dict[str, str]] = cached("i18n-catalog", sources, lambda: _merge(sources))
    return merged


def _merge(sources: list[tuple[str, bytes]]) -> dict[str, dict[str, str]]:
    import tomllib

    merged: dict[str, dict[str, str]] = {}
    for name, source in sources:
        data = tomllib.loads(source.decode("utf-8"))
        for key, texts in _flatten(data):
            if key in merged:
                raise ValueError(f"string id {key!r} is defined twice ({name})")
            merged[key] = texts
    return merged


def _catalog_sources() -> list[tuple[str, bytes]]:
    """(name, bytes) of each catalog, by name: from the package folder, or through the import
    system when the package is not a folder (importlib.resources alone costs ~3 ms)."""
    from reinstate.parsed import package_files

    try:
        return package_files(__file__, ".toml")
    except OSError:
        from importlib import resources

        entries = sorted(resources.files(__package__).iterdir(), key=lambda e: e.name)
        return [(e.name, e.read_bytes()) for e in entries if e.name.endswith(".toml")]


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
