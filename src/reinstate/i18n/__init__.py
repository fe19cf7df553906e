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

    Parsing the catalogs costs a command ~10 ms; a merged copy (marshal) in the user cache,
    named after the catalogs' bytes, costs under 1 ms to read. Any change to a catalog names
    another copy; one that cannot be read or written is parsed again."""
    sources = _catalog_sources()
    stored = _stored_catalog(sources)
    cached = _read_catalog(stored)
    if cached is not None:
        return cached
    import tomllib

    merged: dict[str, dict[str, str]] = {}
    for name, source in sources:
        data = tomllib.loads(source.decode("utf-8"))
        for key, texts in _flatten(data):
            if key in merged:
                raise ValueError(f"string id {key!r} is defined twice ({name})")
            merged[key] = texts
    _write_catalog(stored, merged)
    return merged


_CATALOG_FORMAT = b"1"


def _catalog_sources() -> list[tuple[str, bytes]]:
    """(name, bytes) of each catalog, by name: from the package folder, or through the import
    system when the package is not a folder (importlib.resources alone costs ~3 ms)."""
    folder = os.path.dirname(__file__)
    try:
        names = sorted(name for name in os.listdir(folder) if name.endswith(".toml"))
    except OSError:
        from importlib import resources

        entries = sorted(resources.files(__package__).iterdir(), key=lambda e: e.name)
        return [(e.name, e.read_bytes()) for e in entries if e.name.endswith(".toml")]
    sources = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as handle:
            sources.append((name, handle.read()))
    return sources


def _stored_catalog(sources: list[tuple[str, bytes]]) -> str | None:
    import sys
    import zlib

    folder = os.environ.get("REINSTATE_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir
        except ImportError:
            return None
        folder = os.path.join(user_cache_dir("reinstate"), "rules")
    key = zlib.crc32(_CATALOG_FORMAT + sys.version.encode())
    size = 0
    for name, source in sources:
        key = zlib.crc32(source, zlib.crc32(name.encode() + b"\0", key))
        size += len(source)
    return os.path.join(folder, f"i18n-catalog-{key:08x}-{size}.marshal")


def _read_catalog(path: str | None) -> dict[str, dict[str, str]] | None:
    import marshal

    if path is None:
        return None
    try:
        with open(path, "rb") as handle:
            data = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) else None


def _write_catalog(path: str | None, merged: dict[str, dict[str, str]]) -> None:
    """Whole or not at all (a temporary file renamed): a second process may be reading."""
    import marshal

    if path is None:
        return
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temporary, "wb") as handle:
            marshal.dump(merged, handle)
        os.replace(temporary, path)
    except OSError:
        from contextlib import suppress

        with suppress(OSError):
            os.unlink(temporary)


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
