"""Service providers' values: one bookkeeper's phone, an agent's mailbox, an assistant's laptop.

An accountant, a VAT agent, an account-management agency or a freelance assistant puts its own
phone, mailbox, login or device on the accounts of many unrelated clients. Each such value is
identity-grade (it belongs to one person), but the person is the provider, not the sellers: read
as "one operator", it glued the clients of one bookkeeper into one cluster of 248 accounts, and
three such providers into 818, on files written by outside writers (docs/related.md).

What tells a provider's value from an operator's is what else its sharers share. An operator's
accounts also share a bank account, a company, another phone; a provider's clients share nothing
else with each other. So a value shared by `SERVICE_MIN` accounts or more whose sharers fall into
`SERVICE_SPREAD` or more groups that nothing else joins is a provider's: it is kept as weak
evidence (shown, with a note, as a crowded address is) and joins no cluster on its own.

The groups are the clusters made without any such value; values found to be an operator's are
added and the test repeated, so that an operator's phone and mailbox on the same accounts can
corroborate each other, but two providers' values never do.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reinstate.related.crowd import CROWDED_STRENGTH
from reinstate.related.model import SERVICE_NOTE, Evidence, Link, combine_evidence

# Fewer sharers than this are one operator's as before: two accounts sharing a phone is the
# commonest link there is, and three that share nothing else are still more likely one seller.
SERVICE_MIN = 3
# Sharers that nothing else joins, in this many groups or more, are a provider's clients.
SERVICE_SPREAD = 3
# What a provider lends its clients: its contact details, its office, its laptop. Money and tax
# ids are a seller's own; names and weak kinds never join alone anyway.
_NAMESPACES = frozenset({"phone", "email", "device", "address"})


Components = Callable[[int, Any, Any], list[int]]


@dataclass
class Hints:
    """Which links can carry a candidate value, and which put two accounts at one full address,
    found a column at a time from the pair rows (`note`): the rule then reads those links'
    evidence only, not every link's."""

    candidates: set[tuple[int, int]] = field(default_factory=set)
    at_one_address: set[tuple[int, int]] = field(default_factory=set)

    def note(self, batch: Any) -> None:
        """Record the pairs of a batch of exact pair rows (acc_a, acc_b, ns, kind_a, kind_b, n)."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        ns = batch.column("ns")
        address = pc.equal(ns, "address")
        candidate = pc.and_(
            pc.and_(
                pc.is_in(ns, value_set=pa.array(sorted(_NAMESPACES))),
                pc.greater_equal(batch.column("n"), SERVICE_MIN),
            ),
            pc.and_(
                pc.not_equal(batch.column("kind_a"), "login"),
                pc.not_equal(batch.column("kind_b"), "login"),
            ),
        )
        a = batch.column("acc_a").to_numpy(zero_copy_only=False)
        b = batch.column("acc_b").to_numpy(zero_copy_only=False)
        for mask, found in ((candidate, self.candidates), (address, self.at_one_address)):
            rows = np.flatnonzero(mask.to_numpy(zero_copy_only=False))
            if len(rows):
                found.update(zip(a[rows].tolist(), b[rows].tolist(), strict=True))


def weaken_services(
    n_accounts: int,
    links: dict[tuple[int, int], Link],
    hubs: list[Any],
    join: float,
    components: Components,
    joined: tuple[list[int], list[int]],
    hints: Hints,
) -> set[tuple[int, int]]:
    """Find the service providers' values among those listed on links and the hubs (values
    shared too widely to list pairs of), make their evidence weak, and return the pairs of
    `joined` (the links that reach `join`) that no longer do."""
    members, touched = _candidates(links, hubs, join, hints)
    if not members:
        return set()
    base = _besides(links, members, touched, joined, hints, join)
    values = _providers(n_accounts, members, base, components)
    if not values:
        return set()
    for hub in hubs:
        hub.service = (hub.namespace, hub.key) in values
    dropped: set[tuple[int, int]] = set()
    for pair in touched:
        link_ = links[pair]
        was_joined = link_.strength >= join
        for e in link_.evidence:
            if (e.namespace, e.key) in values:
                link_.reweigh(e, min(e.strength, CROWDED_STRENGTH), SERVICE_NOTE)
        if was_joined and link_.strength < join:
            dropped.add(pair)
    return dropped


Members = dict[tuple[str, str], set[int]]


def _candidates(
    links: dict[tuple[int, int], Link], hubs: list[Any], join: float, hints: Hints
) -> tuple[Members, set[tuple[int, int]]]:
    """The accounts of each value that may be a provider's, and the links that carry one."""
    members: Members = {}
    for hub in hubs:
        if hub.namespace in _NAMESPACES and hub.kind != "login" and hub.strength >= join:
            members[(hub.namespace, hub.key)] = set(hub.members)
    touched: set[tuple[int, int]] = set()
    for pair in hints.candidates:
        for e in links[pair].evidence:
            if (
                e.method == "exact"
                and e.sharers >= SERVICE_MIN
                and e.namespace in _NAMESPACES
                and e.strength >= join
                and "login" not in (e.kind_a, e.kind_b)
            ):
                members.setdefault((e.namespace, e.key), set()).update(pair)
                touched.add(pair)
    return members, touched


def _besides(
    links: dict[tuple[int, int], Link],
    members: Members,
    touched: set[tuple[int, int]],
    joined: tuple[list[int], list[int]],
    hints: Hints,
    join: float,
) -> tuple[Any, Any]:
    """What the sharers share besides the candidates, as edges: the links that join without
    them, or that put two accounts at one full address (an operator at its own office; a
    virtual office's reception line is weak already, crowd.shared_lines)."""
    import numpy as np

    def untouched(a: Any, b: Any) -> tuple[Any, Any]:
        a, b = np.asarray(a, dtype=np.int64), np.asarray(b, dtype=np.int64)
        if not touched or not len(a):
            return a, b
        codes = np.array([x * _SPAN + y for x, y in touched], dtype=np.int64)
        keep = ~np.isin(a * _SPAN + b, codes)
        return a[keep], b[keep]

    kept = [untouched(*joined)]
    # an address without a number is a building's, not an office (crowd.shared_lines)
    at_one = [pair for pair in hints.at_one_address if _at_one_address(links[pair].evidence)]
    if at_one:
        kept.append(untouched(*zip(*at_one, strict=True)))
    again = [pair for pair in touched if _joined_without(links[pair], members, join)]
    if again:
        kept.append((np.array([a for a, _ in again]), np.array([b for _, b in again])))
    return np.concatenate([a for a, _ in kept]), np.concatenate([b for _, b in kept])


# Pairs of account indices as one integer (a * _SPAN + b) for numpy's set operations.
_SPAN = 1 << 32


def _at_one_address(evidence: list[Evidence]) -> bool:
    """Whether the evidence puts two accounts at one full address (not one without a number)."""
    return any(
        e.namespace == "address" and e.method == "exact" and e.reason is None for e in evidence
    )


def _joined_without(link_: Link, members: Members, join: float) -> bool:
    rest = [e for e in link_.evidence if (e.namespace, e.key) not in members]
    return combine_evidence(rest) >= join or _at_one_address(rest)


def _providers(
    n_accounts: int, members: Members, base: tuple[Any, Any], components: Components
) -> set[tuple[str, str]]:
    """The candidates whose sharers fall into `SERVICE_SPREAD` groups or more; those found to be
    an operator's join their sharers before the test is repeated (on the groups, not the whole
    graph again)."""
    labels = components(n_accounts, *base)
    parent: dict[int, int] = {}

    def group(label: int) -> int:
        while label in parent:
            label = parent[label]
        return label

    undecided = dict(members)
    while undecided:
        owned = [
            (value, groups)
            for value, sharers in undecided.items()
            if len(groups := {group(labels[m]) for m in sharers}) < SERVICE_SPREAD
        ]
        if not owned:
            break
        for value, groups in owned:
            del undecided[value]
            first, *others = groups
            for other in others:
                root, other_root = group(first), group(other)
                if root != other_root:
                    parent[other_root] = root
    return set(undecided)
