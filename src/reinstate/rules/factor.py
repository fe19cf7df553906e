"""Large alternations rewritten as a prefix tree, matching exactly what the source matches.

Python's engine tries the alternatives of `a|b|c…` one after another at every position. A rule's
phrase list joined into one pattern holds hundreds of them, so a long text costs positions ×
alternatives steps even when nothing matches. Grouping the alternatives by their first character
and moving that character in front (`ab|ac|d` → `a(?:b|c)|d`) lets the engine skip a whole group
with one comparison, as a hand-written trie would.

The rewrite keeps the matches identical, including which alternative wins at a position:
- moving a shared first literal out of consecutive alternatives is what `re` itself does when
  every alternative shares it;
- two alternatives change order only when they cannot start at the same character (their sets of
  first characters are disjoint), so at any position the alternatives that can match are tried
  in their original order, with the same backtracking;
- `(?:x|y)z` becomes `xz|yz` and `(?:x)?z` becomes `xz|z` (how backtracking reads them) before
  grouping, within a small bound on the copies.

It works on CPython's parsed pattern (private modules), only for patterns without flags, and the
caller falls back to the plain compiled pattern whenever anything is unexpected.
"""

from __future__ import annotations

from typing import Any

try:
    import re._constants as c
    import re._parser as p
except ImportError:  # pragma: no cover - every supported Python has them
    c = p = None

Item = tuple[Any, Any]
_MAX_COPIES = 32  # alternatives one source alternative may unfold into
_MAX_FIRST = 400


def available() -> bool:
    return p is not None


def factor(parsed: Any) -> Any:
    """An equivalent parsed pattern (a re._parser.SubPattern), its alternations prefix trees."""
    return p.SubPattern(parsed.state, _walk(parsed.state, list(parsed.data)))


def _walk(state: Any, items: list[Item]) -> list[Item]:
    out: list[Item] = []
    for op, av in items:
        if op is c.BRANCH:
            alternatives = _branch(state, [list(alt.data) for alt in av[1]])
            if len(alternatives) == 1:
                out.extend(alternatives[0])
            else:
                out.append((c.BRANCH, (None, [p.SubPattern(state, a) for a in alternatives])))
        elif op is c.SUBPATTERN and not av[1] and not av[2]:
            group, add, remove, sub = av
            out.append((op, (group, add, remove, p.SubPattern(state, _walk(state, sub.data)))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            out.append((op, (low, high, p.SubPattern(state, _walk(state, sub.data)))))
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] == 1:  # lookahead; lookbehind stays as is
            out.append((op, (av[0], p.SubPattern(state, _walk(state, av[1].data)))))
        else:
            out.append((op, av))
    return out


def _plain_group(item: Item) -> bool:
    op, av = item
    return op is c.SUBPATTERN and av[0] is None and not av[1] and not av[2]


def _flatten(items: list[Item]) -> list[Item]:
    """Leading non-capturing groups without flags opened: `(?:ab)c` reads as `abc`."""
    while items and _plain_group(items[0]):
        items = [*items[0][1][3].data, *items[1:]]
    return items


def _unfold(items: list[Item]) -> list[list[Item]]:
    """One alternative as the alternatives it stands for, when it starts with a choice."""
    items = _flatten(items)
    if not items:
        return [items]
    (op, av), rest = items[0], items[1:]
    if op is c.BRANCH:
        choices = [[*alt.data, *rest] for alt in av[1]]
    elif op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        first, nullable = _first_of_sequence(list(av[2].data))
        if first is None or nullable:
            return [items]
        choices = [[*av[2].data, *rest], rest]  # greedy: with the optional part, then without
    else:
        return [items]
    out: list[list[Item]] = []
    for choice in choices:
        out.extend(_unfold(choice))
        if len(out) > _MAX_COPIES:
            return [items]
    return out


def _branch(state: Any, alternatives: list[list[Item]], *, unfold: bool = True) -> list[list[Item]]:
    """The alternatives of one branch, grouped; only a source branch unfolds its alternatives
    (unfolding again in the groups' tails would multiply the copies at every level)."""
    unfolded: list[list[Item]] = []
    for alternative in alternatives:
        unfolded.extend(_unfold(alternative) if unfold else [_flatten(alternative)])
    # entries in emitting order: ("lit", char code, [alternatives]) or ("other", alternative)
    entries: list[tuple[str, Any, Any]] = []
    buckets: dict[int, list[list[Item]]] = {}  # the open groups, by first literal
    for alternative in unfolded:
        head = alternative[0] if alternative else None
        if head is not None and head[0] is c.LITERAL:
            bucket = buckets.get(head[1])
            if bucket is None:
                bucket = buckets[head[1]] = []
                entries.append(("lit", head[1], bucket))
            bucket.append(alternative)
            continue
        first, nullable = _first_of_sequence(alternative)
        if first is None or nullable or any(ord(ch) in buckets for ch in first):
            # it may start where an open group does: later alternatives must not join groups
            # placed before it
            buckets = {}
        entries.append(("other", None, alternative))
    out: list[list[Item]] = []
    for kind, char, value in entries:
        if kind == "other":
            out.append(_walk(state, value))
        elif len(value) == 1:
            out.append(_walk(state, value[0]))
        else:
            rests = _branch(state, [alt[1:] for alt in value], unfold=False)
            literal = (c.LITERAL, char)
            if len(rests) == 1:
                out.append([literal, *rests[0]])
            else:
                branch = (c.BRANCH, (None, [p.SubPattern(state, r) for r in rests]))
                out.append([literal, branch])
    return out


def first_chars(parsed: Any) -> frozenset[str] | None:
    """Every character a match of the parsed pattern can start with, or None when unknown.

    A superset: prefixing `(?=[set])` never changes matches.
    """
    chars, nullable = _first_of_sequence(list(parsed))
    if chars is None or nullable or not chars or len(chars) > _MAX_FIRST:
        return None
    return frozenset(chars)


def _first_of_sequence(items: list[Item]) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for op, av in items:
        got, nullable = _first_of_item(op, av)
        if got is None:
            return None, False
        chars |= got
        if not nullable:
            return chars, False
    return chars, True


def _first_of_item(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is c.LITERAL:
        return {chr(av)}, False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < 64:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:
                return None, False
        return chars, False
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero width: what follows decides
    if op is c.SUBPATTERN:
        if av[1] or av[2]:
            return None, False  # local flags (case) change what a literal matches
        return _first_of_sequence(list(av[-1]))
    if op is c.BRANCH:
        chars = set()
        nullable = False
        for alternative in av[1]:
            got, empty = _first_of_sequence(list(alternative))
            if got is None:
                return None, False
            chars |= got
            nullable = nullable or empty
        return chars, nullable
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _high, sub = av
        got, empty = _first_of_sequence(list(sub))
        return got, empty or low == 0
    return None, False
