"""The `--help` texts, from `i18n/help_texts/` (one catalogue file per top-level command).

`--help` is shown before the user's language is known, so a text prints as "English / 中文"
(`join` replaces the " / "; `shown = "en"` prints the English alone, as some help texts always
have, their `zh` kept for a help in the user's language; `more_en` is an English paragraph
printed after it, such as the exit codes, with its `more_zh`).

Every command run reads help texts (typer builds the options when the command's module is
imported), so only the file of the key's first part is read, once. The files are TOML written
one entry a line, `key = { en = "...", zh = "..." }` under `[table]` headers, which a few
regular expressions parse in a fraction of tomllib's import and parse time;
tests/test_help_catalogue.py checks that both parsers read every file the same.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_DIR = Path(__file__).with_name("help_texts")
# One pattern, compiled on the first read: compiling patterns at import would cost every run.
_FIELD = r'([a-z_]+) = "((?:[^"\\]|\\.)*)"(?:, |$)'
_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _name(text: str) -> str:
    return text.strip().strip('"')


def _unescape(value: str) -> str:
    if "\\" not in value:
        return value
    return re.sub(r"\\(.)", lambda m: _ESCAPES[m[1]], value)


def parse(text: str) -> dict[str, dict[str, str]]:
    """A help catalogue file as {"table.key": {"en": ..., "zh": ...}}; ValueError on a line
    outside the one-entry-a-line form."""
    entries: dict[str, dict[str, str]] = {}
    table = ""
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        key, equals, body = line.partition(" = { ")
        if line.startswith("[") and line.endswith("]"):
            table = ".".join(_name(part) for part in line[1:-1].split(".")) + "."
        elif equals and body.endswith(" }"):
            fields = re.findall(_FIELD, body[:-2])
            entries[table + _name(key)] = {field: _unescape(value) for field, value in fields}
        else:
            raise ValueError(f"help catalogue line {number} is not one entry: {line[:60]!r}")
    return entries


@cache
def _file(name: str) -> dict[str, dict[str, str]]:
    return parse((_DIR / f"{name}.toml").read_text(encoding="utf-8"))


def help_entry(key: str) -> dict[str, str]:
    """The catalogue entry of `key` ("related.check.accounts"): its texts and how it prints."""
    first, rest = key.split(".", 1)
    return _file(first)[rest]


def help_text(key: str) -> str:
    """The text `--help` prints for `key`."""
    entry = help_entry(key)
    text = entry["en"]
    if entry.get("shown") != "en":
        text += entry.get("join", " / ") + entry["zh"]
    if "more_en" in entry:
        text += "\n\n" + entry["more_en"]
    return text
