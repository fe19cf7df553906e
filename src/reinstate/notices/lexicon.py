"""Load the phrase data (phrases/<lang>.toml) and compile it once per process.

Each phrase keeps its own compiled pattern plus a literal "anchor" that every match contains,
and the further literals it needs; the classifier runs a pattern only when all of them occur in
the notice, which keeps a notice under a millisecond even with hundreds of phrases per language.
Which of a language's literals occur is found in one pass (`Literals`), not one `in` each.
"""

from __future__ import annotations

import hashlib
import json
import os
import re

# The standard library's regex parser (Python 3.11+), to find each phrase's literal anchor.
import re._constants as _C
import re._parser as _sre_parse
import tempfile
import tomllib
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
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
    # per pattern, a literal (lower case) every match contains, or None: see `anchor_of`
    anchors: tuple[str | None, ...] = ()
    # per pattern, further literals a match needs: see `needs_of`
    needs: tuple[Needs, ...] = ()


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
    # Every phrase of every kind in file order, and which of them can match a text: those whose
    # anchor occurs in it, plus `always` (no usable anchor).
    flat: tuple[tuple[str, Phrase], ...] = ()
    by_anchor: dict[str, tuple[int, ...]] = field(default_factory=dict)
    always: tuple[int, ...] = ()
    # every anchor and needed literal of the phrases and numbered patterns
    literals: Literals | None = None
    # one pattern that matches where any of `seller_voice` does (see `any_of`)
    seller_voice_any: re.Pattern[str] | None = None

    def occurring(self, low: str) -> frozenset[str]:
        """Which of this language's literals the lower-cased text holds."""
        return self.literals.occurring(low) if self.literals is not None else frozenset()

    def candidates(self, found: frozenset[str]) -> list[tuple[str, Phrase]]:
        """The phrases that may match a text holding these literals, in file order."""
        picked = set(self.always)
        for literal in found:
            indices = self.by_anchor.get(literal)
            if indices is not None:
                picked.update(indices)
        return [self.flat[i] for i in sorted(picked)]


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    from reinstate.rules.cache import compiled

    return compiled(pattern, flags)


def _compile_list(items: list[str], flags: int = re.IGNORECASE) -> tuple[re.Pattern[str], ...]:
    return tuple(_compile(p, flags) for p in items)


_GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


def any_of(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One pattern that finds a match in a text exactly when one of `patterns` does: their
    alternation, each pattern's leading flags scoped to its own branch. One search instead of
    one per pattern on every line a phrase matched. None when a pattern does not fit (a flag
    given to `re.compile`, a backreference, a group name used twice)."""
    branches = []
    for pattern in patterns:
        if pattern.flags & ~(re.UNICODE | re.IGNORECASE) or pattern.groups:
            return None
        source = pattern.pattern
        found = _GLOBAL_FLAGS.match(source)
        if found:
            branches.append(f"(?{found.group(1)}:{source[found.end() :]})")
        elif pattern.flags & re.IGNORECASE:
            branches.append(f"(?i:{source})")
        else:
            branches.append(f"(?:{source})")
    if not branches:
        return None
    try:
        return _compile("|".join(branches))
    except re.error:
        return None


def _number_group(numbers: dict[str, int]) -> str:
    words = sorted(numbers, key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    # "seventeen (17) days": a number in words may repeat itself in digits.
    return rf"(?P<num>\d{{1,4}}(?:[.,]\d{{3}})?{'|' + alt if alt else ''})(?:\s?\(\d{{1,4}}\))?"


def _numbered(section: dict[str, Any], numbers: dict[str, int], anchors: Anchors) -> Numbered:
    group = _number_group(numbers)

    def opt(key: str) -> re.Pattern[str] | None:
        return _compile(section[key]) if key in section else None

    sources = [p.replace("{N}", group) for p in section.get("patterns", [])]
    found = [_literals(p, anchors) for p in sources]
    pats = tuple(_compile(p, re.IGNORECASE) for p in sources)
    return Numbered(
        pats,
        opt("hour_unit"),
        opt("week_unit"),
        opt("month_unit"),
        tuple(anchor for anchor, _ in found),
        tuple(needs for _, needs in found),
    )


@dataclass(frozen=True)
class Phrase:
    """One phrase pattern with the label it votes for and a literal every match contains."""

    id: str
    label: str
    level: str
    regex: re.Pattern[str]
    anchor: str | None
    needs: Needs = ()

    def may_match(self, found: frozenset[str]) -> bool:
        """Whether a text holding the literals `found` (see `Literals`) has every literal a match
        needs."""
        if self.anchor is not None and self.anchor not in found:
            return False
        return has_needs_in(self.needs, found)


# Literals a pattern's matches need: each entry is alternatives, one of which every match contains.
Needs = tuple[tuple[str, ...], ...]
# pattern -> (anchor, needs), as found on an earlier run or just now
Anchors = dict[str, tuple[str | None, Needs]]


def has_needs(needs: Needs, low: str) -> bool:
    for alternatives in needs:
        for literal in alternatives:
            if literal in low:
                break
        else:
            return False
    return True


def has_needs_in(needs: Needs, found: frozenset[str]) -> bool:
    """`has_needs` for a text whose literals `found` are known (see `Literals`)."""
    for alternatives in needs:
        for literal in alternatives:
            if literal in found:
                break
        else:
            return False
    return True


class Literals:
    """Which of a set of literals occur in a text, found in one regex pass.

    A test per literal (`literal in text`) scans the text once for each of the ~200 a notice
    could hold. Here the literals are one pattern shaped like a trie (`_trie`) inside a
    lookahead, so the engine tries it at every offset and reports, at each, the longest literal
    that starts there; the shorter literals starting at the same offset are its prefixes.
    Together that is exactly the set of literals the text contains.
    """

    def __init__(self, literals: set[str]) -> None:
        from reinstate.rules.cache import derived

        self.literals = frozenset(literals)
        self.finder = None
        if literals:
            # the trie is derived once and kept with the compiled patterns (it costs as much to
            # build as the rest of a language's phrase data to load)
            trie = derived("notice-literals", json.dumps(sorted(literals)), _trie_of_json)
            self.finder = _compile(f"(?=({trie}))")
        # the literals that are prefixes of each literal found (itself included), on first use
        self._prefixes: dict[str, tuple[str, ...]] = {}

    def occurring(self, low: str) -> frozenset[str]:
        if self.finder is None:
            return frozenset()
        found: set[str] = set()
        for longest in set(self.finder.findall(low)):
            prefixes = self._prefixes.get(longest)
            if prefixes is None:
                prefixes = self._prefixes[longest] = tuple(
                    longest[:end]
                    for end in range(1, len(longest) + 1)
                    if longest[:end] in self.literals
                )
            found.update(prefixes)
        return frozenset(found)


def _trie_of_json(literals: str) -> str:
    return _trie(set(json.loads(literals)))


def _trie(literals: set[str]) -> str:
    """A pattern matching any of `literals`, the longest one where several start at the same
    place: a run of letters per branch, each branch taken on its first letter, and a literal
    that continues into a longer one made optional at its end (greedy, so the longer is tried
    first)."""
    root: dict[str, Any] = {}
    for literal in literals:
        node = root
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = []
        for ch in sorted(k for k in node if k):
            run, child = ch, node[ch]
            while len(child) == 1 and "" not in child:
                ((next_ch, child),) = child.items()
                run += next_ch
            branches.append(re.escape(run) + emit(child))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


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


_MAX_ALTERNATIVES = 32
_MAX_NEEDS = 3


def needs_of(pattern: str, *, shortest: int = 3) -> Needs:
    """Literals (lower case) every match of `pattern` contains, beyond its anchor: up to three
    sets of alternatives, the longest first ("(?:account|listing)s? (?:is|are) removed" needs one
    of "account is ", "accounts is ", ..., "listings are "; and " removed").

    The anchor alone lets most patterns that start with an alternation run on every notice;
    with these, a phrase runs only when all its fixed words occur (a few `in` tests).
    """
    try:
        parsed = _sre_parse.parse(pattern, re.IGNORECASE)
    except Exception:
        return ()
    found = _requirements(list(parsed), shortest)
    found = [alts for alts in found if min(map(len, alts)) >= shortest]
    found.sort(key=lambda alts: -min(map(len, alts)))
    return tuple(found[:_MAX_NEEDS])


_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def _pure_literal(items: Any) -> str | None:
    """The text of a sequence of plain literals (and zero-width tests), or None."""
    if all(op is _C.LITERAL or op in _ZERO_WIDTH for op, _ in items):
        return "".join(chr(av) for op, av in items if op is _C.LITERAL).lower()
    return None


def _requirements(items: list[Any], shortest: int) -> list[tuple[str, ...]]:
    """Sets of alternatives, one of each set in every match of the sequence `items`."""
    out: list[tuple[str, ...]] = []
    run: list[str] = [""]  # what the match holds here, one of these, contiguously

    def flush() -> None:
        if any(run):
            out.append(_fewest(run))
        run[:] = [""]

    def extend(options: list[str]) -> None:
        if len(run) * len(options) > _MAX_ALTERNATIVES:
            flush()
        run[:] = [r + o for r in run for o in options]

    for op, av in _inline(items):
        if op is _C.LITERAL:
            run[:] = [r + chr(av).lower() for r in run]
        elif op in _ZERO_WIDTH:
            continue  # zero width: the letters on each side stay next to each other
        elif op is _C.BRANCH:
            texts = [_pure_literal(alt) for alt in av[1]]
            if all(t is not None for t in texts) and len(texts) <= _MAX_ALTERNATIVES:
                extend([t for t in texts if t is not None])
                continue
            flush()
            best = [_best(_requirements(list(alt), shortest), shortest) for alt in av[1]]
            if all(best):
                out.append(_fewest([a for alts in best for a in alts]))
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, high, inner = av
            text = _pure_literal(inner)
            if text is not None and low == 0 and high == 1:
                extend(["", text])
                continue
            flush()
            if low >= 1:
                out += _requirements(list(inner), shortest)
        else:
            flush()
    flush()
    return out


def _fewest(alternatives: list[str]) -> tuple[str, ...]:
    """The same requirement with fewer tests: a text holding "dates" holds "date"."""
    unique = sorted(set(alternatives), key=lambda text: (len(text), text))
    kept: list[str] = []
    for text in unique:
        if not any(shorter in text for shorter in kept):
            kept.append(text)
    return tuple(kept)


def _inline(items: Any) -> Any:
    """The items of a sequence with its groups opened: a group matches where it stands."""
    for op, av in items:
        if op is _C.SUBPATTERN:
            yield from _inline(av[3])
        else:
            yield op, av


def _best(found: list[tuple[str, ...]], shortest: int) -> tuple[str, ...]:
    usable = [alts for alts in found if min(map(len, alts)) >= min(shortest, 2)]
    return max(usable, key=lambda alts: min(map(len, alts)), default=())


def _literals(pattern: str, anchors: Anchors) -> tuple[str | None, Needs]:
    if pattern not in anchors:
        anchors[pattern] = (anchor_of(pattern), needs_of(pattern))
    return anchors[pattern]


def _kind(table: dict[str, Any], lang: str, kind: str, anchors: Anchors) -> tuple[Phrase, ...]:
    out: list[Phrase] = []
    for level in ("strong", "weak", "after_appeal", "hint"):
        for label, levels in table.items():
            for pattern in levels.get(level, []):
                anchor, needs = _literals(pattern, anchors)
                out.append(
                    Phrase(
                        id=f"{lang}.{kind}.{len(out)}",
                        label=label,
                        level=level,
                        regex=_compile(pattern, re.IGNORECASE),
                        anchor=anchor,
                        needs=needs,
                    )
                )
    return tuple(out)


def _index(
    kinds: dict[str, tuple[Phrase, ...]],
) -> tuple[tuple[tuple[str, Phrase], ...], dict[str, tuple[int, ...]], tuple[int, ...]]:
    flat = tuple((kind, phrase) for kind, items in kinds.items() for phrase in items)
    by_anchor: dict[str, list[int]] = {}
    always: list[int] = []
    for i, (_, phrase) in enumerate(flat):
        if phrase.anchor is None:
            always.append(i)
        else:
            by_anchor.setdefault(phrase.anchor, []).append(i)
    return flat, {a: tuple(v) for a, v in by_anchor.items()}, tuple(always)


def _all_literals(flat: tuple[tuple[str, Phrase], ...], numbered: tuple[Numbered, ...]) -> set[str]:
    found: set[str] = set()
    requirements = [(p.anchor, p.needs) for _, p in flat]
    for spec in numbered:
        requirements += zip(spec.anchors, spec.needs, strict=True)
    for anchor, needs in requirements:
        if anchor is not None:
            found.add(anchor)
        for alternatives in needs:
            found.update(alternatives)
    return found


def _anchors_path(lang: str, source: bytes) -> Path:
    from reinstate.rules.cache import cache_dir

    digest = hashlib.sha256(source + Path(__file__).read_bytes()).hexdigest()[:24]
    return cache_dir() / f"notice-anchors-{lang}-{digest}.json"


def _cached_anchors(path: Path) -> Anchors:
    """The anchors and needs found on an earlier run (finding them parses every pattern again)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    out: Anchors = {}
    for pattern, value in data.items():
        if not (isinstance(value, list) and len(value) == 2 and isinstance(value[1], list)):
            return {}  # not a file this version wrote: found again
        anchor, needs = value
        out[pattern] = (anchor, tuple(tuple(alts) for alts in needs))
    return out


def _store_anchors(path: Path, anchors: Anchors) -> None:
    """Write the anchors whole or not at all; the cache is only ever an optimisation."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(anchors, handle, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            Path(tmp).unlink()


@cache
def meta() -> dict[str, Any]:
    """Language-independent settings (phrases/_meta.toml)."""
    text = resources.files("reinstate.notices.phrases").joinpath("_meta.toml").read_text("utf-8")
    return tomllib.loads(text)


def _source(lang: str) -> bytes:
    return resources.files("reinstate.notices.phrases").joinpath(f"{lang}.toml").read_bytes()


@cache
def raw(lang: str) -> dict[str, Any]:
    """The phrase file of `lang` as parsed, kept parsed between runs (`reinstate.parsed`)."""
    from reinstate.parsed import cached

    source = _source(lang)
    parsed: dict[str, Any] = cached(
        "notice-phrases", [(f"{lang}.toml", source)], lambda: tomllib.loads(source.decode("utf-8"))
    )
    return parsed


@cache
def load(lang: str) -> LangData:
    """The compiled phrase data of one language."""
    data = raw(lang)
    numbers = {str(k).lower(): int(v) for k, v in data.get("numbers", {}).items()}
    anchors_path = _anchors_path(lang, _source(lang))
    anchors = _cached_anchors(anchors_path)
    known = len(anchors)
    kinds = {kind: _kind(data.get(kind, {}), lang, kind, anchors) for kind in KINDS}
    flat, by_anchor, always = _index(kinds)
    dl = data.get("deadline", {})
    win = data.get("window", {})
    header = data.get("date_header")
    numbered = {
        "deadline": _numbered(dl, numbers, anchors),
        "window": _numbered(win, numbers, anchors),
        "appeal_limit": _numbered(data.get("appeal_limit", {}), numbers, anchors),
        "funds_days": _numbered(data.get("funds_days", {}), numbers, anchors),
    }
    voices = _compile_list(data.get("seller_voice", []), 0)
    loaded = LangData(
        lang=lang,
        markers=frozenset(m.lower() for m in data.get("markers", [])),
        seller_voice=voices,
        negation=_compile_list(data.get("negation", [])),
        numbers=numbers,
        months={str(k).lower(): int(v) for k, v in data.get("months", {}).items()},
        date_header=_compile(header) if header else None,
        kinds=kinds,
        deadline=numbered["deadline"],
        deadline_cue=_compile_list(dl.get("cue", [])),
        deadline_skip=_compile_list(dl.get("skip", [])),
        skip_window=int(dl.get("skip_window", 60)),
        by_date=_compile_list(dl.get("by_date", [])),
        by_date_after=_compile_list(dl.get("by_date_after", [])),
        window=numbered["window"],
        window_context=_compile(win["context"], re.IGNORECASE) if "context" in win else None,
        window_exclude=_compile(win["exclude"], re.IGNORECASE) if "exclude" in win else None,
        appeal_limit=numbered["appeal_limit"],
        funds_days=numbered["funds_days"],
        flat=flat,
        by_anchor=by_anchor,
        always=always,
        literals=Literals(_all_literals(flat, tuple(numbered.values()))),
        seller_voice_any=any_of(voices),
    )
    if len(anchors) != known:
        _store_anchors(anchors_path, anchors)
    return loaded


@cache
def all_languages() -> tuple[str, ...]:
    """Languages that have a phrase file."""
    return tuple(
        lang
        for lang in LANGUAGES
        if resources.files("reinstate.notices.phrases").joinpath(f"{lang}.toml").is_file()
    )
