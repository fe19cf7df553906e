"""Load the phrase data (phrases/<lang>.toml) and compile it once per process.

Each phrase keeps its own compiled pattern plus a literal "anchor" that every match contains;
the classifier runs a pattern only when its anchor occurs in the notice, which keeps a notice
under a few milliseconds even with hundreds of phrases per language.
"""

from __future__ import annotations

import re

# The standard library's regex parser (Python 3.11+), to find each phrase's literal anchor.
import re._constants as _C
import re._parser as _sre_parse
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from reinstate.notices.vocab import LANGUAGES

KINDS = ("category", "stage", "status", "documents", "channel", "funds", "policy", "reply")


@dataclass(frozen=True)
class Numbered:
    """Patterns with a `num` group (and maybe a `unit` group)."""

    patterns: tuple[re.Pattern[str], ...]
    hour: re.Pattern[str] | None = None
    week: re.Pattern[str] | None = None
    month: re.Pattern[str] | None = None


@dataclass(frozen=True)
class LangData:
    lang: str
    markers: frozenset[str]
    seller_voice: tuple[re.Pattern[str], ...]
    negation: tuple[re.Pattern[str], ...]
    numbers: dict[str, int]
    months: dict[str, int]
    date_header: re.Pattern[str] | None
    kinds: dict[str, tuple[Phrase, ...]]
    deadline: Numbered
    deadline_cue: tuple[re.Pattern[str], ...]
    deadline_skip: tuple[re.Pattern[str], ...]
    skip_window: int
    by_date: tuple[re.Pattern[str], ...]
    by_date_after: tuple[re.Pattern[str], ...]
    window: Numbered
    window_context: re.Pattern[str] | None
    window_exclude: re.Pattern[str] | None
    appeal_limit: Numbered
    funds_days: Numbered


def _compile_list(items: list[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, flags) for p in items)


def _number_group(numbers: dict[str, int]) -> str:
    words = sorted(numbers, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # "seventeen (17) days": a number in words may repeat itself in digits.
    return rf"(?P<num>\d{{1,4}}(?:[.,]\d{{3}})?{'|' + alt if alt else ''})(?:\s?\(\d{{1,4}}\))?"


def _numbered(section: dict[str, Any], numbers: dict[str, int]) -> Numbered:
    group = _number_group(numbers)

    def opt(key: str) -> re.Pattern[str] | None:
        return re.compile(section[key]) if key in section else None

    pats = tuple(
        re.compile(p.replace("{N}", group), re.IGNORECASE) for p in section.get("patterns", [])
    )
    return Numbered(pats, opt("hour_unit"), opt("week_unit"), opt("month_unit"))


@dataclass(frozen=True)
class Phrase:
    """One phrase pattern with the label it votes for and a literal every match contains."""

    id: str
    label: str
    level: str
    regex: re.Pattern[str]
    anchor: str | None


def anchor_of(pattern: str) -> str | None:
    """The longest literal run that every match of `pattern` must contain (lower case).

    Used as a cheap `in` test before running the pattern: most phrases cannot match most
    notices, and a substring test is a hundred times cheaper than a regex scan.
    """
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except Exception:
        return None
    best: list[str] = []

    def walk(items: Any, run: list[str]) -> list[str]:
        nonlocal best
        for op, av in items:
            if op is _C.LITERAL:
                run.append(chr(av))
                continue
            if op is _C.SUBPATTERN and not any(o is _C.BRANCH for o, _ in av[3]):
                run = walk(av[3], run)
                continue
            if len(run) > len(best):
                best = list(run)
            run = []
        if len(run) > len(best):
            best = list(run)
        return run

    walk(parsed, [])
    text = "".join(best).lower()
    return text if len(text.strip()) >= 2 else None


def _kind(table: dict[str, Any], lang: str, kind: str) -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for level in ("strong", "weak", "after_appeal", "hint"):
        for label, levels in table.items():
            for pattern in levels.get(level, []):
                out.append(
                    Phrase(
                        id=f"{lang}.{kind}.{len(out)}",
                        label=label,
                        level=level,
                        regex=re.compile(pattern, re.IGNORECASE),
                        anchor=anchor_of(pattern),
                    )
                )
    return tuple(out)


@cache
def meta() -> dict[str, Any]:
    """Language-independent settings (phrases/_meta.toml)."""
    text = resources.files("reinstate.notices.phrases").joinpath("_meta.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def raw(lang: str) -> dict[str, Any]:
    text = resources.files("reinstate.notices.phrases").joinpath(f"{lang}.toml").read_text("utf-8")
    return tomllib.loads(text)


@cache
def load(lang: str) -> LangData:
    """The compiled phrase data of one language."""
    data = raw(lang)
    numbers = {str(k).lower(): int(v) for k, v in data.get("numbers", {}).items()}
    kinds = {kind: _kind(data.get(kind, {}), lang, kind) for kind in KINDS}
    dl = data.get("deadline", {})
    win = data.get("window", {})
    header = data.get("date_header")
    return LangData(
        lang=lang,
        markers=frozenset(m.lower() for m in data.get("markers", [])),
        seller_voice=_compile_list(data.get("seller_voice", []), 0),
        negation=_compile_list(data.get("negation", [])),
        numbers=numbers,
        months={str(k).lower(): int(v) for k, v in data.get("months", {}).items()},
        date_header=re.compile(header) if header else None,
        kinds=kinds,
        deadline=_numbered(dl, numbers),
        deadline_cue=_compile_list(dl.get("cue", [])),
        deadline_skip=_compile_list(dl.get("skip", [])),
        skip_window=int(dl.get("skip_window", 60)),
        by_date=_compile_list(dl.get("by_date", [])),
        by_date_after=_compile_list(dl.get("by_date_after", [])),
        window=_numbered(win, numbers),
        window_context=re.compile(win["context"], re.IGNORECASE) if "context" in win else None,
        window_exclude=re.compile(win["exclude"], re.IGNORECASE) if "exclude" in win else None,
        appeal_limit=_numbered(data.get("appeal_limit", {}), numbers),
        funds_days=_numbered(data.get("funds_days", {}), numbers),
    )


@cache
def all_languages() -> tuple[str, ...]:
    """Languages that have a phrase file."""
    return tuple(
        lang
        for lang in LANGUAGES
        if resources.files("reinstate.notices.phrases").joinpath(f"{lang}.toml").is_file()
    )
