"""The findings of the link rules (R001–R005): one per link and rule, made from the links when read.

An agency's file of a million accounts gives about a million of them. The report keeps the links
they come from (its clusters hold them anyway), and the command writes each finding's JSON text
straight from its link, in UTF-8: one join of its rule's fixed parts (both languages' messages
around the parameters, why, fix, source), encoded once, and its escaped parameters, with no
`Finding` object (docs/related.md, sixth round).
A library caller that reads them gets `Finding` objects, the same as before.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from operator import itemgetter

from reinstate.i18n import LANGS
from reinstate.related import jsonout
from reinstate.related.model import Evidence, Link, combine, combine_evidence
from reinstate.rules import Finding, Registry, Rule

LINK_CODES = ("R001", "R002", "R003", "R004", "R005")
FINANCIAL = {"bank", "card", "tax"}
DEVICE = {"ip", "device", "fingerprint"}
ACCESS = {"login", "permission"}
# A link finding's parameters, in the order its JSON gives them.
PARAMS = ("a", "b", "attributes", "values", "probability", "strength")


def rule_for(e: Evidence) -> str:
    if e.method == "fuzzy":
        return "R005"
    if e.namespace in FINANCIAL:
        return "R001"
    if e.namespace in DEVICE:
        return "R003"
    if e.kind_a in ACCESS or e.kind_b in ACCESS:
        return "R004"
    return "R002"


def _weaker(e: Evidence) -> float:
    return -e.strength


def groups(link: Link) -> list[tuple[str, list[Evidence]]]:
    """The link's evidence by the rule it falls under, codes in order, strongest first."""
    evidence = link.evidence
    if len(evidence) == 1:
        return [(rule_for(evidence[0]), evidence)]
    by_rule: dict[str, list[Evidence]] = {}
    for e in evidence:
        by_rule.setdefault(rule_for(e), []).append(e)
    out: list[tuple[str, list[Evidence]]] = []
    for code in sorted(by_rule):
        items = by_rule[code]
        out.append((code, items if len(items) == 1 else sorted(items, key=_weaker)))
    return out


def params(link: Link, items: list[Evidence]) -> dict[str, str]:
    """A link finding's parameters, from the evidence of its rule (strongest first)."""
    best = items[0]
    if len(items) == 1:
        attributes = best.namespace
        values = f"{attributes}={best.key}"
    else:
        attributes = ", ".join(sorted({e.namespace for e in items}))
        values = "; ".join(f"{e.namespace}={e.key}" for e in items[:4])
    return {
        "a": link.a,
        "b": link.b,
        "attributes": attributes,
        "values": values,
        "probability": f"{best.probability:.2f}" if best.probability is not None else "",
        "strength": f"{combine_evidence(items):.2f}",
    }


# An attribute name inside a JSON string, and a number as params() writes it.
_INNER = jsonout.Memo(lambda name: jsonout.string(name)[1:-1].encode("utf-8"))
_TWO = jsonout.Memo(lambda x: f"{x:.2f}".encode("ascii"))
# the strength parameter of a finding of one piece of evidence, by that piece's strength
_ALONE = jsonout.Memo(lambda x: f"{combine([x]):.2f}".encode("ascii"))


def location(link: Link) -> str:
    return f"{link.a} <-> {link.b}"


def _inside(text: str) -> str:
    """`text` as it is inside a JSON string."""
    return jsonout.string(text)[1:-1]


Writer = Callable[[bytes, bytes, bytes, bytes, bytes, bytes], bytes]


def _writer(rule: Rule) -> Writer | None:
    """The whole JSON text of a finding of `rule`, in UTF-8, from its escaped parameters (in
    PARAMS' order), or None when a message takes what a plain name cannot fill (a format spec, a
    name the link findings do not give) or its why or fix takes parameters."""
    around = jsonout.around(Finding(rule=rule))
    if around is None:
        return None
    head, middle, tail = around
    # the text in order: fixed pieces (str) and parameters (their names, in a tuple)
    parts: list[str | tuple[str]] = [head, "{"]
    for n, lang in enumerate(LANGS):
        parts.append(f'{", " if n else ""}{jsonout.string(lang)}: "')
        # the text Finding.message fills
        text = rule.message.get(lang) or rule.message["en"]
        for literal, name, spec, conversion in string.Formatter().parse(text):
            parts.append(_inside(literal))
            if name is None:
                continue
            if name not in PARAMS or spec or conversion:
                return None
            parts.append((name,))
        parts.append('"')
    parts += ["}", middle, '"', ("a",), " <-> ", ("b",), '"', tail, "{"]
    for n, name in enumerate(PARAMS):
        parts += [f'{", " if n else ""}"{name}": "', (name,), '"']
    parts.append("}}")
    # The rule's fixed bytes are encoded once, as a bytes format whose `%b` slots take a
    # finding's escaped parameters: the kilobyte of why and fix texts is never parsed, widened
    # or encoded per finding, and one C call fills it.
    form = b"".join(
        b"%b" if isinstance(part, tuple) else part.encode("utf-8").replace(b"%", b"%%")
        for part in parts
    )
    # the parameters in the order of the slots (always several: a tuple)
    pick = itemgetter(*[PARAMS.index(part[0]) for part in parts if isinstance(part, tuple)])

    def writer(*values: bytes) -> bytes:
        return form % pick(values)

    return writer


class Findings:
    """A report's findings in order: `before` (R007), those of R001–R005 for each of `links`
    (made when read), then `after` (R006)."""

    def __init__(
        self,
        links: Sequence[Link] = (),
        registry: Registry | None = None,
        *,
        before: Sequence[Finding] = (),
        after: Sequence[Finding] = (),
    ) -> None:
        self.links = links
        self.before = list(before)
        self.after = list(after)
        self.rules: dict[str, Rule] = {}
        if registry is not None:
            self.rules = {c: registry.get(c) for c in LINK_CODES if registry.enabled(c)}

    def _linked(self) -> Iterator[Finding]:
        rules = self.rules
        for link in self.links:
            for code, items in groups(link):
                rule = rules.get(code)
                if rule is not None:
                    yield Finding(rule=rule, params=params(link, items), location=location(link))

    def __iter__(self) -> Iterator[Finding]:
        yield from self.before
        yield from self._linked()
        yield from self.after

    def __bool__(self) -> bool:
        return next(iter(self), None) is not None

    def __len__(self) -> int:
        rules = self.rules
        linked = sum(1 for x in self.links for code, _ in groups(x) if code in rules)
        return len(self.before) + linked + len(self.after)

    def head(self, n: int) -> list[Finding]:
        return list(islice(self, n))

    def texts(self) -> Iterator[bytes]:
        """Each finding's JSON text in UTF-8, as `jsonout.encode(finding.to_json())` gives it."""
        for f in self.before:
            yield jsonout.finding_text(f).encode("utf-8")
        yield from self._linked_texts()
        for f in self.after:
            yield jsonout.finding_text(f).encode("utf-8")

    def _linked_texts(self) -> Iterator[bytes]:
        writers = {code: _writer(rule) for code, rule in self.rules.items()}
        quote = jsonout.string
        for link in self.links:
            a = quote(link.a)[1:-1].encode("utf-8")
            b = quote(link.b)[1:-1].encode("utf-8")
            for code, items in groups(link):
                if code not in writers:
                    continue
                writer = writers[code]
                if writer is None:
                    found = params(link, items)
                    rule = self.rules[code]
                    text = jsonout.finding_text(Finding(rule, found, location=location(link)))
                    yield text.encode("utf-8")
                    continue
                best = items[0]
                if len(items) == 1:
                    # most links: what params() gives for one piece of evidence, escaped
                    attributes = _INNER[best.namespace]
                    values = attributes + b"=" + quote(best.key)[1:-1].encode("utf-8")
                    strength = _ALONE[best.strength]
                else:
                    found = params(link, items)
                    attributes = quote(found["attributes"])[1:-1].encode("utf-8")
                    values = quote(found["values"])[1:-1].encode("utf-8")
                    strength = _TWO[combine_evidence(items)]
                p = best.probability
                yield writer(a, b, attributes, values, b"" if p is None else _TWO[p], strength)
