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
    """The pair rows whose value may be a provider's (a contact kind shared by SERVICE_MIN
    accounts or more) and the pairs at one full address, kept a batch at a time from the pair
    rows' columns (`note`): the rule then reads those rows' evidence only, not every link's,
    and groups them in numpy."""

    # per batch: (pair codes, namespaces, keys, whether a side is a login, the rows' evidence)
    rows: list[tuple[Any, Any, Any, Any, list[Evidence]]] = field(default_factory=list)
    # per batch: the codes of the pairs of its address rows, and the rows' evidence
    addresses: list[tuple[Any, list[Evidence]]] = field(default_factory=list)

    def note(self, batch: Any, evidence: list[Evidence]) -> None:
        """Keep what the rule reads of a batch of exact pair rows (acc_a, acc_b, ns, key,
        kind_a, kind_b, n) whose evidence is `evidence`, in row order."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        ns = batch.column("ns")
        a = batch.column("acc_a").to_numpy(zero_copy_only=False).astype(np.int64)
        b = batch.column("acc_b").to_numpy(zero_copy_only=False).astype(np.int64)
        codes = a * _SPAN + b
        contact = pc.and_(
            pc.is_in(ns, value_set=pa.array(sorted(_NAMESPACES))),
            pc.greater_equal(batch.column("n"), SERVICE_MIN),
        )
        rows = np.flatnonzero(contact.to_numpy(zero_copy_only=False))
        if len(rows):
            login = pc.or_(
                pc.equal(batch.column("kind_a"), "login"), pc.equal(batch.column("kind_b"), "login")
            )
            at = pa.array(rows)
            self.rows.append(
                (
                    codes[rows],
                    ns.take(at),
                    batch.column("key").take(at),
                    login.to_numpy(zero_copy_only=False)[rows],
                    list(map(evidence.__getitem__, rows.tolist())),
                )
            )
        address = np.flatnonzero(pc.equal(ns, "address").to_numpy(zero_copy_only=False))
        if len(address):
            self.addresses.append(
                (codes[address], list(map(evidence.__getitem__, address.tolist())))
            )


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
    rows = _Rows.of(hints)
    members, touched = _candidates(hubs, join, rows)
    if not members:
        return set()
    base = _besides(links, members, touched, joined, hints, join)
    values = _providers(n_accounts, members, base, components)
    if not values:
        return set()
    for hub in hubs:
        hub.service = (hub.namespace, hub.key) in values
    dropped: set[tuple[int, int]] = set()
    for pair in _pairs(rows.carrying(values, touched)):
        link_ = links[pair]
        was_joined = link_.strength >= join
        for e in link_.evidence:
            if (e.namespace, e.key) in values:
                link_.reweigh(e, min(e.strength, CROWDED_STRENGTH), SERVICE_NOTE)
        if was_joined and link_.strength < join:
            dropped.add(pair)
    return dropped


Members = dict[tuple[str, str], set[int]]


@dataclass
class _Rows:
    """The rows `Hints` kept, joined: each row's pair code, value (an integer per distinct
    namespace and key), whether a side is a login, and evidence; `names` the (namespace, key)
    of each value."""

    pairs: Any
    values: Any
    login: Any
    evidence: list[Evidence]
    names: list[tuple[str, str]]

    @classmethod
    def of(cls, hints: Hints) -> _Rows:
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        if not hints.rows:
            empty = np.zeros(0, dtype=np.int64)
            return cls(empty, empty, np.zeros(0, dtype=bool), [], [])
        pairs, spaces, keys, login, evidence = zip(*hints.rows, strict=True)
        ns = pc.dictionary_encode(pa.concat_arrays([x.cast(pa.large_string()) for x in spaces]))
        key = pc.dictionary_encode(pa.concat_arrays([x.cast(pa.large_string()) for x in keys]))
        width = len(ns.dictionary)
        combined = key.indices.to_numpy().astype(np.int64) * width + ns.indices.to_numpy()
        distinct, values = np.unique(combined, return_inverse=True)
        names = list(
            zip(
                ns.dictionary.take(pa.array(distinct % width)).to_pylist(),
                key.dictionary.take(pa.array(distinct // width)).to_pylist(),
                strict=True,
            )
        )
        return cls(
            np.concatenate(pairs),
            values.reshape(-1),
            np.concatenate(login),
            [e for part in evidence for e in part],
            names,
        )

    def carrying(self, values: set[tuple[str, str]], touched: Any) -> Any:
        """The codes of the `touched` pairs that carry one of `values`, on any row."""
        import numpy as np

        if any(ns == "address" and " ~ " in key for ns, key in values):
            return touched  # a fuzzy address's key (`a ~ b`) might be one: every pair is read
        wanted = np.asarray([n for n, name in enumerate(self.names) if name in values], np.int64)
        pairs = _distinct(self.pairs[_within(self.values, wanted)])
        return pairs[_within(pairs, touched)]


def _pairs(codes: Any) -> list[tuple[int, int]]:
    import numpy as np

    codes = np.asarray(codes, dtype=np.int64)
    return list(zip((codes >> 32).tolist(), (codes & (_SPAN - 1)).tolist(), strict=True))


def _candidates(hubs: list[Any], join: float, rows: _Rows) -> tuple[Members, Any]:
    """The accounts of each value that may be a provider's, and the codes of the pairs whose
    links carry one (sorted)."""
    import numpy as np

    members: Members = {}
    for hub in hubs:
        if hub.namespace in _NAMESPACES and hub.kind != "login" and hub.strength >= join:
            members[(hub.namespace, hub.key)] = set(hub.members)
    # the rows' evidence as it is now (the switchboards and reception lines are weak already)
    strength = np.fromiter((e.strength for e in rows.evidence), np.float64, len(rows.evidence))
    at = np.flatnonzero(~rows.login & (strength >= join))
    if not len(at):
        return members, np.zeros(0, dtype=np.int64)
    at = at[np.argsort(rows.values[at], kind="stable")]
    values, pairs = rows.values[at], rows.pairs[at]
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    ends = np.r_[starts[1:], len(at)]
    a, b = (pairs >> 32).tolist(), (pairs & (_SPAN - 1)).tolist()
    names = rows.names
    firsts = values[starts].tolist()
    for value, start, end in zip(firsts, starts.tolist(), ends.tolist(), strict=True):
        found = members.setdefault(names[value], set())
        found.update(a[start:end])
        found.update(b[start:end])
    return members, _distinct(pairs)


def _besides(
    links: dict[tuple[int, int], Link],
    members: Members,
    touched: Any,
    joined: tuple[list[int], list[int]],
    hints: Hints,
    join: float,
) -> tuple[Any, Any]:
    """What the sharers share besides the candidates, as edges: the links that join without
    them, or that put two accounts at one full address (an operator at its own office; a
    virtual office's reception line is weak already, crowd.shared_lines)."""
    import numpy as np

    def untouched(codes: Any) -> tuple[Any, Any]:
        if len(touched) and len(codes):
            codes = codes[~_within(codes, touched)]
        return codes >> 32, codes & (_SPAN - 1)

    a, b = np.asarray(joined[0], dtype=np.int64), np.asarray(joined[1], dtype=np.int64)
    kept = [untouched(a * _SPAN + b)]
    # an address without a number is a building's, not an office (crowd.shared_lines)
    full = [
        codes[np.fromiter((e.reason is None for e in evidence), bool, len(evidence))]
        for codes, evidence in hints.addresses
    ]
    if full:
        kept.append(untouched(np.concatenate(full)))
    again = [
        pair
        for pair in _pairs(touched)
        # a lone piece of evidence is the candidate itself: nothing besides it
        if len(links[pair].evidence) > 1 and _joined_without(links[pair], members, join)
    ]
    if again:
        kept.append((np.array([a for a, _ in again]), np.array([b for _, b in again])))
    return np.concatenate([a for a, _ in kept]), np.concatenate([b for _, b in kept])


# Pairs of account indices as one integer (a * _SPAN + b) for numpy's set operations.
_SPAN = 1 << 32


def _distinct(codes: Any) -> Any:
    """The distinct integers of `codes`, sorted (np.unique's hash table is ~20x slower)."""
    import numpy as np

    ordered = np.sort(codes)
    return ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(ordered) else ordered


def _within(codes: Any, sorted_set: Any) -> Any:
    """Whether each of `codes` is one of `sorted_set` (sorted, distinct): np.isin, faster."""
    import numpy as np

    if not len(sorted_set):
        return np.zeros(len(codes), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_set, codes), len(sorted_set) - 1)
    return sorted_set[at] == codes


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
