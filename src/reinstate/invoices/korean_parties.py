"""The supplier and the buyer of a Korean tax invoice or statement, read from its boxes'
labels: the trade name (상호, 상호(법인명)) and the place of business (사업장, 사업장 주소, 주소),
each with its value after it in the cell or in the next cell. The boxes are the supplier's
(공급자) and the one supplied's (공급받는자), side by side or one over the other; Hometax sets
their heads down the boxes' sides a syllable a row ("공 / 급 / 자"), and then the supplier's box
is the first."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reinstate.invoices.vocab import BUYER_HEAD, SUPPLIER_HEAD

# The label, perhaps after a syllable of the box's side head ("급 상호")
_NAME = re.compile(r"(?:^|(?<=\s))상\s*호(?:\s*\(\s*법\s*인\s*명\s*\))?\s*[:：]?\s*")
_PLACE = re.compile(r"(?:^|(?<=\s))(?:사\s*업\s*장(?:\s*주\s*소)?|주\s*소)\s*[:：]?\s*")
# The one a statement is made out to, with the honorific after the name ("누리온 유통 귀하",
# "귀중" to a company)
_ADDRESSED = re.compile(r"(.{2,40}?)\s*(?:귀\s*하|귀\s*중)\s*[:：]?")
# The supplier's letterhead, its name with its representative's after it ("(주)솔마루상사
# (대표 김철수)")
_REPRESENTED = re.compile(
    r"(.{2,40}?)\s*\(\s*대\s*표(?:\s*자)?(?:\s*이\s*사)?\s*[:：]?\s*[^()]{2,12}\)"
)
# The representative's name (성명, 대표자) printed after the trade name in its row
_NEXT_LABEL = re.compile(r"\s*(?:성\s*명|대\s*표\s*자?(?:\s*성\s*명)?)(?:\s*[:：]|\s|$).*$")


@dataclass
class KoreanParty:
    name: str | None = None
    address: str | None = None
    cells: list[Any] = field(default_factory=list)
    # the left edge of its trade name's label
    x0: float = 0.0
    # read from a trade name's label: its box's place of business too, if any (else a name
    # from the letterhead or the addressee line, and nothing said of its address)
    labelled: bool = True


def korean_parties(lines: list[Any]) -> dict[str, KoreanParty]:
    """The parties whose trade name is labelled, "supplier" and "buyer" by the box each sits
    in; else the buyer a statement is made out to ("... 귀하") and the supplier named with its
    representative ("... (대표 ...)"); none of them found, none."""
    heads: list[tuple[int, float, str]] = []
    found: list[tuple[int, float, str, str, Any]] = []
    for at, ln in enumerate(lines):
        segs = ln.segments
        for k, seg in enumerate(segs):
            text = seg.text.strip()
            addressed = _ADDRESSED.fullmatch(text)
            if addressed and re.search(r"[^\W\d_]", addressed.group(1)):
                found.append((at, seg.x0, "to", addressed.group(1).strip(), seg))
            represented = _REPRESENTED.fullmatch(text)
            if represented and re.search(r"[^\W\d_]", represented.group(1)):
                found.append((at, seg.x0, "by", represented.group(1).strip(), seg))
            if BUYER_HEAD.match(text):
                heads.append((at, seg.x0, "buyer"))
            elif SUPPLIER_HEAD.match(text):
                heads.append((at, seg.x0, "supplier"))
            for kind, label in (("name", _NAME), ("address", _PLACE)):
                m = label.search(text)
                if m is None or (m.start() > 0 and len(text[: m.start()].strip()) > 1):
                    continue
                value, cell = text[m.end() :], seg
                if not value.strip() and k + 1 < len(segs):
                    cell = segs[k + 1]
                    value = cell.text
                value = _NEXT_LABEL.sub("", value).strip(" :：")
                if value and re.search(r"[^\W\d_]", value):
                    found.append((at, seg.x0, kind, value, cell))
    parties: dict[str, KoreanParty] = {}
    unheaded = 0
    for at, x0, kind, value, cell in found:
        if kind in ("to", "by"):
            continue
        # the box's head at or above the label, the nearest to its left when two stand side
        # by side; with no head, the first trade name is the supplier's
        over = [h for h in heads if h[0] <= at and h[1] <= x0 + 20]
        if over:
            who = max(over, key=lambda h: (h[0], h[1]))[2]
        elif kind == "name":
            who = ("supplier", "buyer")[min(unheaded, 1)]
            unheaded += 1
        else:
            # an unheaded place of business: the box whose trade name's label is above it
            named = [(abs(p.x0 - x0), who) for who, p in parties.items() if p.name]
            who = min(named)[1] if named else "supplier"
        party = parties.setdefault(who, KoreanParty())
        if kind == "name" and party.name is None:
            party.name, party.x0 = value, x0
            party.cells.append(cell)
        elif kind == "address" and party.address is None:
            party.address = value
    for who, kind in (("buyer", "to"), ("supplier", "by")):
        line = next((f for f in found if f[2] == kind), None)
        if line is not None and who not in parties:
            parties[who] = KoreanParty(line[3], None, [line[4]], line[1], labelled=False)
    return {who: p for who, p in parties.items() if p.name}
