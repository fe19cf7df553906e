"""Crowded places: an address or a phone line that unrelated accounts use is not one operator.

Virtual offices, registered agents, mail-box services and co-working spaces give one complete
address (down to the suite) to many unrelated small firms. Shared by `ADDRESS_CROWD` accounts or
more, a full address is weak evidence: it joins a cluster only together with other evidence on
the same link (a real operator's accounts also share a bank, a phone, an e-mail). Words that
name such services lower the count from which an address is crowded, but the count alone also
decides, since most such addresses carry no telling word (docs/related.md).

A phone number can name a place too: a switchboard whose extensions are different people's
lines, and the reception line of a shared office. `shared_lines` weakens such phone evidence
before the clusters are made, and `owned_lines` gives a reception line back to an operator who
owns the office the line belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from reinstate.related.attributes import BY_NAME
from reinstate.related.extensions import extension
from reinstate.related.references import reference

if TYPE_CHECKING:
    from reinstate.related.linkage import Hub
    from reinstate.related.model import Evidence, Link

# An owner's accounts rarely number more than four at one address without sharing anything
# else; the virtual offices seen in sellers' files held 5 to 9 unrelated firms.
ADDRESS_CROWD = 5
# With a virtual-office word in the address, three sharers already make it a hub.
MARKED_CROWD = 3
# As weak as a building: several firms at one address is what a building is.
CROWDED_STRENGTH = 0.45

# Matched on normalised address keys: a Chinese key is a string, a Latin one its sorted words,
# so a Latin marker of several words is the set of them.
_MARKERS_HAN = re.compile(
    "商务秘书|秘书地址|秘书公司|集群注册|托管|孵化器|众创空间|商务中心|共享办公"
)
_MARKER_WORDS = frozenset(
    ("pmb", "regus", "wework", "servcorp", "iwg", "coworking", "mailbox", "mailboxes")
)
_MARKER_SETS = tuple(
    frozenset(words.split())
    for words in (
        "c o", "care of", "registered agent", "registered agents", "virtual office", "mail box",
        "co working", "business centre", "business center", "executive suites",
        "executive suite",
    )
)  # fmt: skip


def marked(key: str) -> bool:
    """Whether an address names a virtual office, registered agent or co-working space."""
    if not key.isascii() and _MARKERS_HAN.search(key):
        return True
    words = set(key.split(" "))
    return not words.isdisjoint(_MARKER_WORDS) or any(m <= words for m in _MARKER_SETS)


def crowded(kind: str, key: str, sharers: int, crowd: int = ADDRESS_CROWD) -> bool:
    """Whether a full address shared by `sharers` accounts is a hub rather than one operator."""
    if BY_NAME[kind].namespace != "address" or sharers < 2:
        return False
    return sharers >= (min(crowd, MARKED_CROWD) if marked(key) else crowd)


# A switchboard's or a shared office's number is shared by whoever works behind it: it says no
# more than the place it belongs to (whose address is evidence of its own), so three weak signals
# of one place (a crowded address 0.45, the office IP 0.35 and this) stay below the threshold.
SHARED_LINE_STRENGTH = 0.1
SWITCHBOARD = "related.text.switchboard"
RECEPTION = "related.text.reception_phone"
# A collection service's pooled account says no more than a switchboard does: which service the
# sellers use, not who they are.
POOLED = "related.text.pooled_account"

# An address without any number — no house, block or room ("Orchid Heights, Andheri East,
# Mumbai", 深圳市南山区科苑路) — names a building or an area, not a place down to the unit: as
# weak as a building. Its neighbours write it alike.
PLACE_STRENGTH = BY_NAME["building"].strength
NO_NUMBER = "related.text.no_number"
_NUMBER = re.compile(r"\d")

# A company name written without its legal form ("Swastik", "Sinar Utara Trading", 华丽贸易)
# is a trade name: the companies that carry it in other forms or cities write it alike.
TRADE_STRENGTH = BY_NAME["trade_name"].strength
NO_FORM = "related.text.no_legal_form"

# What tells the lines of one value apart, and the note of a pair on two of them.
_PARTS: dict[str, tuple[Callable[[str], str | None], str]] = {
    "phone": (extension, SWITCHBOARD),
    "bank": (reference, POOLED),
}


def _weaken(link_: Link, e: Evidence, reason: str) -> None:
    link_.reweigh(e, min(e.strength, SHARED_LINE_STRENGTH), reason)


@dataclass
class Reception:
    """The reception lines `shared_lines` weakened: (link key, evidence, the link's crowded
    addresses), and the accounts at each of those addresses."""

    lines: list[tuple[Any, Evidence, set[str]]] = field(default_factory=list)
    at: dict[str, set[Any]] = field(default_factory=dict)


def shared_lines(links: Mapping[Any, Link]) -> Reception:
    """Weaken the evidence that names a place, a service or a trade name rather than an
    operator, before clustering.

    - Two extensions of one number are two lines of a switchboard: different people; two
      references on one bank account are two clients of a pooled collection account.
    - A number written with two or more extensions in the file is a switchboard (a bank account
      with two or more references, a pooled account): a pair on it that does not share one
      extension (reference) — the bare value on both, or on one — is weak too.
    - A value without an extension and the same value with the only extension seen with it
      is one line (the same person wrote it both ways): it joins as a phone does.
    - A phone on a link that also carries a crowded address is that office's reception line,
      on every link it is on.
    - An address without any number is a building or an area, not a full address; a company
      name without its legal form is a trade name.

    Returns the reception lines weakened, for `owned_lines`.
    """
    lines: list[tuple[Link, Evidence, str | None, str | None]] = []
    parts: dict[tuple[str, str], set[str]] = {}
    crowded_links: list[tuple[Any, Link]] = []
    for pair, link_ in links.items():
        at_crowd = False
        for e in link_.evidence:
            if e.crowded:
                at_crowd = True
                continue
            if e.method != "exact":
                continue
            ns = e.namespace
            # one raw written on both accounts has one extension or reference: nothing to read
            # (every other sharer's spelling meets it on another link)
            if ns == "phone" or (ns == "bank" and e.raw_a != e.raw_b):
                read = _PARTS[ns][0]
                part_a, part_b = read(e.raw_a), read(e.raw_b)
                if part_a is not None or part_b is not None:
                    lines.append((link_, e, part_a, part_b))
                    for part in (part_a, part_b):
                        if part is not None:
                            parts.setdefault((ns, e.key), set()).add(part)
            elif ns == "address":
                if e.reason is None and not _NUMBER.search(e.key):
                    link_.reweigh(e, min(e.strength, PLACE_STRENGTH), NO_NUMBER)
            elif ns == "name" and e.strength > TRADE_STRENGTH and " (" not in e.key:
                link_.reweigh(e, TRADE_STRENGTH, NO_FORM)
        if at_crowd:
            crowded_links.append((pair, link_))
    shared = {value for value, seen in parts.items() if len(seen) > 1}
    for link_, e, part_a, part_b in lines:
        both = part_a is not None and part_b is not None
        if part_a != part_b and (both or (e.namespace, e.key) in shared):
            _weaken(link_, e, _PARTS[e.namespace][1])
    if shared:
        # the bare number of a switchboard, or the bare pooled account, on both accounts
        for link_ in links.values():
            for e in link_.evidence:
                if (e.namespace, e.key) in shared and e.reason is None:
                    read, reason = _PARTS[e.namespace]
                    if read(e.raw_a) is None and read(e.raw_b) is None:
                        _weaken(link_, e, reason)
    reception = Reception()
    offices: dict[str, set[str]] = {}  # a reception line's number -> its crowded addresses
    for pair, link_ in crowded_links:
        places = {e.key for e in link_.evidence if e.crowded and e.method == "exact"}
        for place in places:  # a candidate's links are keyed by the other account alone
            reception.at.setdefault(place, set()).update(pair if isinstance(pair, tuple) else ())
        for e in link_.evidence:
            if e.namespace == "phone" and e.method == "exact" and e.reason is None:
                offices.setdefault(e.key, set()).update(places)
    if offices:
        # the line is the office's on every link, also with a tenant who wrote the office's
        # address otherwise: two tenants must not join through a third
        for pair, link_ in links.items():
            for e in link_.evidence:
                if e.namespace == "phone" and e.reason is None and e.key in offices:
                    _weaken(link_, e, RECEPTION)
                    reception.lines.append((pair, e, offices[e.key]))
    return reception


def owned_lines(
    reception: Reception,
    links: Mapping[tuple[int, int], Link],
    hubs: Sequence[Hub],
    labels: Sequence[int],
    join: float,
) -> list[tuple[int, int]]:
    """Edges for the reception lines that are an operator's own phone. The office is an
    operator's when one cluster holds two or more of the accounts at its crowded address and
    every other account there but one shares the phone with that cluster (the operator's own
    accounts, tied by a bank, an e-mail or the phone; `linkage._owned_addresses` joins the one
    left); a phone shared there with the operator's accounts then joins as a phone does. At a
    virtual office the tenants are strangers: most share nothing with any other, and their
    reception line stays weak."""
    from collections import Counter

    if not reception.lines:
        return []
    at = {key: set(members) for key, members in reception.at.items()}
    for hub in hubs:
        if hub.namespace == "address" and hub.key in at:
            at[hub.key].update(hub.members)
    ties: dict[str, list[tuple[int, int]]] = {}
    for (a, b), _, places in reception.lines:
        for place in places:
            ties.setdefault(place, []).append((a, b))
    owner: dict[str, int] = {}
    for key, members in at.items():
        top, count = Counter(int(labels[m]) for m in members).most_common(1)[0]
        if count < 2:
            continue
        tied = {m for m in members if labels[m] == top}
        for a, b in ties.get(key, ()):
            if labels[a] == top or labels[b] == top:
                tied.update((a, b))
        if len(members - tied) <= 1:
            owner[key] = top
    edges: list[tuple[int, int]] = []
    for (a, b), e, places in reception.lines:
        owners = {owner[k] for k in places if k in owner}
        if owners & {int(labels[a]), int(labels[b])}:
            link_ = links[(a, b)]
            link_.reweigh(e, min(BY_NAME[e.kind_a].strength, BY_NAME[e.kind_b].strength), None)
            if link_.strength >= join:
                edges.append((a, b))
    return edges
