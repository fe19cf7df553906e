"""Exact links through shared identifiers (SQL), fuzzy links (Splink), clusters (scipy).

The SQL is plain enough to run unchanged on DuckDB and Spark. A value shared by more than `cap`
accounts (an office IP, an agency user with rights on hundreds of client accounts) is kept as a
hub: it joins a cluster and shows in paths, but does not expand into every pair.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from reinstate.related.attributes import BY_NAME, JOIN, PERSON_NAME_STRENGTH
from reinstate.related.crowd import (
    ADDRESS_CROWD,
    CROWDED_STRENGTH,
    crowded,
    owned_lines,
    shared_lines,
)
from reinstate.related.engines import VALUE_COLUMNS, Engine, make_engine
from reinstate.related.model import Account, Evidence, Link
from reinstate.related.normalize import looks_like_person
from reinstate.related.service import Components, Hints, weaken_services

CAP = 50
# Weak values (a street, a building, an IP, a display name's trade word) are shared by ever more
# strangers as a file grows: listing every pair would grow with the square of the file and tell
# the seller nothing, so past a few sharers such a value is a hub (shown, never expanded).
WEAK_CAP = 8
WEAK_NAMESPACES = ("ip", "fingerprint", "brand", "building", "street", "trade_name")

SHARED_SQL = """
SELECT ns, key, count(DISTINCT acc) AS n,
       row_number() OVER (ORDER BY ns, key) - 1 AS gid
FROM {table} GROUP BY ns, key HAVING count(DISTINCT acc) > 1
"""

# The rows of the shared values only (most values belong to one account): the queries below
# join these on the group's integer id, never on the text again.
MEMBERS_SQL = """
SELECT v.acc, s.gid, s.ns, s.key, s.n, v.kind, v.raw
FROM {table} v JOIN {shared} s ON v.ns = s.ns AND v.key = s.key
"""

# Members of the hubs only: the other shared values are listed as pairs.
MEMBERSHIP_SQL = "SELECT DISTINCT acc, gid FROM {members} a WHERE a.n > {cap_of_ns}"

# Ordered, so that evidence of equal strength is listed the same way on every run.
PAIRS_SQL = """
SELECT a.acc AS acc_a, b.acc AS acc_b, a.ns, a.key, min(a.kind) AS kind_a, min(b.kind) AS kind_b,
       min(a.raw) AS raw_a, min(b.raw) AS raw_b, max(a.n) AS n
FROM {members} a JOIN {members} b ON b.gid = a.gid AND a.acc < b.acc
WHERE a.n <= {cap_of_ns}
GROUP BY a.acc, b.acc, a.gid, a.ns, a.key
ORDER BY a.acc, b.acc, a.ns, a.key
"""

HUBS_SQL = """
SELECT gid, ns, key, n, min(kind) AS kind, min(raw) AS raw
FROM {members} a WHERE a.n > {cap_of_ns} GROUP BY gid, ns, key, n ORDER BY gid
"""


@dataclass
class Hub:
    """A value shared by more accounts than pairs are listed for."""

    gid: int
    namespace: str
    key: str
    kind: str
    raw: str
    members: list[int]
    crowd: int = ADDRESS_CROWD
    # a service provider's value on unrelated accounts (service.py): weak
    service: bool = False

    @property
    def strength(self) -> float:
        strength = value_strength(self.kind, self.key, len(self.members), self.crowd)
        return min(strength, CROWDED_STRENGTH) if self.service else strength

    def to_json(self, accounts: list[Account], members: list[int] | None = None) -> dict[str, Any]:
        shown = self.members if members is None else members
        return {
            "attribute": self.namespace,
            "value": self.key,
            "shared_by": len(self.members),
            "strength": self.strength,
            "joins": self.strength >= JOIN,
            "crowded": crowded(self.kind, self.key, len(self.members), self.crowd),
            "accounts": [accounts[m].id for m in shown[:20]],
        }


def value_strength(kind: str, key: str, sharers: int = 2, crowd: int = ADDRESS_CROWD) -> float:
    """How strongly one value shared by `sharers` accounts links: a private person's name and a
    crowded address (a virtual office's) are weak."""
    if kind == "legal_name" and looks_like_person(key):
        return PERSON_NAME_STRENGTH
    if crowded(kind, key, sharers, crowd):
        return CROWDED_STRENGTH
    return BY_NAME[kind].strength


# Evidence made redundant by stronger evidence of the same thing on the same link: two accounts
# at one full address also share its building and street, which adds nothing.
_SUPERSEDED = {
    "building": frozenset({"address"}),
    "street": frozenset({"address", "building"}),
    "trade_name": frozenset({"name"}),
}


def prune(link_: Link) -> None:
    evidence = link_.evidence
    if len(evidence) < 2:
        return  # nothing to supersede a lone piece
    exact = {e.namespace for e in evidence if e.method == "exact"}
    kept = [
        e
        for e in evidence
        if e.namespace not in _SUPERSEDED or exact.isdisjoint(_SUPERSEDED[e.namespace])
    ]
    if len(kept) != len(evidence):
        link_.evidence = kept


@dataclass
class Linkage:
    accounts: list[Account]
    links: dict[tuple[int, int], Link]
    hubs: list[Hub]
    labels: list[int]
    engine: str
    fuzzy_pairs: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    join: float = JOIN

    def index(self) -> dict[str, int]:
        return {a.id: i for i, a in enumerate(self.accounts)}


def value_columns(accounts: list[Account]) -> dict[str, Any]:
    """One entry per value that another value may share: the account's position (a numpy array,
    not a million Python ints), namespace, kind, raw text and key.

    A (namespace, key) written once links nothing, and four values in five are: they never reach
    SQL. Each value is counted by the hash of its key, in numpy and one namespace at a time (no
    dictionary of eleven million keys at 1M accounts, and no sort of all of them at once); two
    keys of one hash only keep a few rows more, since SQL still groups on the text.
    """
    from itertools import compress
    from operator import itemgetter

    import numpy as np

    from reinstate.related.columns import store_of

    store = store_of(accounts)
    if store is not None:
        return _store_columns(store)
    counts = np.fromiter((len(a.values) for a in accounts), dtype=np.int32, count=len(accounts))
    values = [v for a in accounts for v in a.values]
    ns_code = {kind: n for n, kind in enumerate(sorted({k.namespace for k in BY_NAME.values()}))}
    ns_of = {name: ns_code[k.namespace] for name, k in BY_NAME.items()}
    spaces = np.fromiter(
        map(ns_of.__getitem__, map(itemgetter(0), values)), dtype=np.int8, count=len(values)
    )
    hashes = np.fromiter(map(hash, map(itemgetter(2), values)), dtype=np.int64, count=len(values))
    keep = np.zeros(len(values), dtype=bool)
    for code in range(len(ns_code)):
        rows = np.flatnonzero(spaces == code)
        _, inverse, seen = np.unique(hashes[rows], return_inverse=True, return_counts=True)
        keep[rows] = seen[inverse] > 1
    del hashes, spaces
    acc = np.repeat(np.arange(len(accounts), dtype=np.int32), counts)[keep]
    kept = list(compress(values, keep.tolist()))
    del values
    return {
        "acc": acc,
        "ns": [v.namespace for v in kept],
        "kind": [v.kind for v in kept],
        "raw": [v.raw for v in kept],
        "key": [v.key for v in kept],
    }


def _store_columns(store: Any) -> dict[str, Any]:
    """`value_columns` of accounts whose values are columns: each namespace's keys counted by
    Arrow's dictionary encoding, the rows taken as Arrow arrays."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related.columns import KIND_NAMES, NAMESPACE_NAMES

    space = store.namespace()
    keep = np.zeros(store.rows, dtype=bool)
    for code in range(len(NAMESPACE_NAMES)):
        rows = np.flatnonzero(space == code)
        if not len(rows):
            continue
        # the rows come kind by kind: a namespace's are a few runs of the column
        index = pc.dictionary_encode(store.key.filter(pa.array(space == code))).indices.to_numpy()
        keep[rows] = np.bincount(index)[index] > 1
    rows = np.flatnonzero(keep)
    at = pa.array(rows)
    return {
        "acc": store.acc[rows],
        "ns": pa.array(NAMESPACE_NAMES, pa.string()).take(pa.array(space[rows].astype(np.int64))),
        "kind": pa.array(KIND_NAMES, pa.string()).take(pa.array(store.kind[rows].astype(np.int64))),
        "raw": store.raw.take(at),
        "key": store.key.take(at),
    }


PAIR_COLUMNS = ("acc_a", "acc_b", "ns", "key", "kind_a", "kind_b", "raw_a", "raw_b", "n")


def exact_sql(
    engine: Engine, table: str, n_accounts: int, cap: int = CAP
) -> tuple[Any, Any, Iterator[Any], list[tuple[Any, ...]]]:
    """(hub membership accounts, their hub's node ids, pair rows, hub rows) from SQL.

    The pair rows (one per shared value and pair of accounts: a million accounts give millions)
    are Arrow record batches of PAIR_COLUMNS, held outside the engine: the engine is free for
    Splink, or to be released, while they are read.
    """
    # The shared values are grouped once; the three queries below read the result.
    shared, members = f"{table}_shared", f"{table}_members"
    engine.create(shared, SHARED_SQL.format(table=table))
    engine.create(members, MEMBERS_SQL.format(shared=shared, table=table))
    weak = ", ".join(f"'{ns}'" for ns in WEAK_NAMESPACES)
    cap_of_ns = f"(CASE WHEN a.ns IN ({weak}) THEN {min(int(cap), WEAK_CAP)} ELSE {int(cap)} END)"
    rows = engine.rows(MEMBERSHIP_SQL.format(members=members, cap_of_ns=cap_of_ns))
    accs = [r[0] for r in rows]
    nodes = [n_accounts + int(r[1]) for r in rows]
    hubs = engine.rows(HUBS_SQL.format(members=members, cap_of_ns=cap_of_ns))

    batches = engine.held(PAIRS_SQL.format(members=members, cap_of_ns=cap_of_ns), PAIR_COLUMNS)
    engine.drop(members)
    engine.drop(shared)
    return accs, nodes, batches, hubs


def _names(column: Any) -> tuple[Any, list[str]]:
    """(code per row, one str per distinct name) of a column of a few distinct names: each row
    shares its name's one str (three strings less per evidence, ~100 MB at 1M accounts)."""
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(column)
    return encoded.indices.to_numpy(zero_copy_only=False), encoded.dictionary.to_pylist()


def _pair_evidence(batch: Any, crowd: int) -> list[Evidence]:
    """The evidence of each pair row of a batch, in row order.

    The strengths and crowding are worked out a column at a time: only a private person's name
    and an address near the crowd count need a look at the key, row by row.
    """
    from itertools import repeat

    import numpy as np

    from reinstate.related.crowd import MARKED_CROWD, marked
    from reinstate.related.normalize import looks_like_person

    ns_code, ns_names = _names(batch.column("ns"))
    a_code, a_names = _names(batch.column("kind_a"))
    b_code, b_names = _names(batch.column("kind_b"))
    n = batch.column("n").to_numpy(zero_copy_only=False).astype(np.int64)
    keys: list[str] = batch.column("key").to_pylist()
    # crowd.crowded, by rows: an address's row from `crowd` sharers; from MARKED_CROWD (when
    # fewer) when its key names a virtual office
    crowded = np.zeros(len(n), dtype=bool)
    if "address" in ns_names:
        address = (ns_code == ns_names.index("address")) & (n >= 2)
        crowded = address & (n >= crowd)
        maybe = np.flatnonzero(address & (n >= min(crowd, MARKED_CROWD)) & ~crowded)
        if len(maybe):
            crowded[maybe] = [marked(keys[i]) for i in maybe.tolist()]

    def strength(codes: Any, names: list[str]) -> Any:
        """`value_strength` of one side's kind at each row."""
        out = np.array([BY_NAME[k].strength for k in names], dtype=np.float64)[codes]
        out[crowded] = CROWDED_STRENGTH
        if "legal_name" in names:
            legal = np.flatnonzero(codes == names.index("legal_name"))
            person = [looks_like_person(keys[i]) for i in legal.tolist()]
            out[legal[np.array(person, dtype=bool)]] = PERSON_NAME_STRENGTH
        return out

    def listed(codes: Any, names: list[str]) -> list[str]:
        return np.array(names, dtype=object)[codes].tolist()

    return list(
        map(
            Evidence,
            listed(ns_code, ns_names),
            listed(a_code, a_names),
            listed(b_code, b_names),
            batch.column("raw_a").to_pylist(),
            batch.column("raw_b").to_pylist(),
            keys,
            np.minimum(strength(a_code, a_names), strength(b_code, b_names)).tolist(),
            repeat("exact"),
            repeat(None),
            n.tolist(),
            crowded.tolist(),
        )
    )


def exact_links(
    batches: Iterator[Any], ids: list[str], crowd: int, hints: Hints | None = None
) -> dict[tuple[int, int], Link]:
    """The links of the pair rows (ordered by pair), each with its evidence in row order; the
    service rule's `hints` are noted on the way."""
    import numpy as np

    links: dict[tuple[int, int], Link] = {}
    for batch in batches:
        if not batch.num_rows:
            continue
        evidence = _pair_evidence(batch, crowd)
        if hints is not None:
            hints.note(batch, evidence)
        a = batch.column("acc_a").to_numpy(zero_copy_only=False)
        b = batch.column("acc_b").to_numpy(zero_copy_only=False)
        starts = np.flatnonzero(np.r_[True, (a[1:] != a[:-1]) | (b[1:] != b[:-1])])
        ends = np.r_[starts[1:], len(a)].tolist()
        starts_l = starts.tolist()
        firsts_a, firsts_b = a[starts].tolist(), b[starts].tolist()
        # a pair's rows may begin in the batch before
        earlier = links.get((firsts_a[0], firsts_b[0]))
        if earlier is not None:
            earlier.evidence.extend(evidence[: ends[0]])
            firsts_a, firsts_b, starts_l, ends = firsts_a[1:], firsts_b[1:], starts_l[1:], ends[1:]
        links.update(
            zip(
                zip(firsts_a, firsts_b, strict=True),
                map(
                    Link,
                    map(ids.__getitem__, firsts_a),
                    map(ids.__getitem__, firsts_b),
                    [evidence[s:e] for s, e in zip(starts_l, ends, strict=True)],
                ),
                strict=True,
            )
        )
    return links


def _components(engine: Engine) -> Components:
    import numpy as np

    def run(n: int, edges_a: Any, edges_b: Any) -> list[int]:
        return engine.components(
            n, np.asarray(edges_a, dtype=np.int64), np.asarray(edges_b, dtype=np.int64)
        )

    return run


def _owned_addresses(
    links: dict[tuple[int, int], Link],
    hubs: list[Hub],
    labels: list[int],
    accounts: list[Account],
    crowd: int,
) -> list[tuple[int, int]]:
    """Edges for crowded addresses that one operator owns: when every sharer but one is already
    in one cluster through other evidence, and that cluster alone uses the address `crowd` times
    or more, the address is that operator's office and the one left (an account sharing only the
    address) is joined too. Strangers at a virtual office share nothing else, so their address
    never passes this test; one stranger beside an operator of fewer accounts stays apart."""
    sharers: dict[str, set[int]] = {}
    for (a, b), link_ in links.items():
        for e in link_.evidence:
            if e.crowded and e.method == "exact":
                sharers.setdefault(e.key, set()).update((a, b))
    for hub in hubs:
        if hub.namespace == "address" and crowded(hub.kind, hub.key, len(hub.members), crowd):
            sharers.setdefault(hub.key, set()).update(hub.members)
    edges: list[tuple[int, int]] = []
    for members in sharers.values():
        by_label: dict[int, list[int]] = {}
        for m in members:
            by_label.setdefault(int(labels[m]), []).append(m)
        if len(by_label) != 2:
            continue
        (_, big), (_, small) = sorted(by_label.items(), key=lambda x: -len(x[1]))
        if len(small) == 1 and len(big) >= crowd:
            edges.append((small[0], big[0]))
    return edges


def link(
    accounts: list[Account],
    *,
    engine: str | Engine = "duckdb",
    fuzzy: bool = True,
    cap: int = CAP,
    join: float = JOIN,
    crowd: int = ADDRESS_CROWD,
    drop_values: bool = False,
    services: bool = True,
) -> Linkage:
    """Every exact and fuzzy link in a set of accounts, with clusters.

    Every link is kept (the seller sees weak evidence too), but only links of strength >= `join`
    and values of strength >= `join` shared by more than `cap` accounts form clusters. A full
    address shared by `crowd` accounts or more is weak evidence (`crowd.py`), and so is a service
    provider's value on unrelated accounts (`service.py`) unless `services` is False (the bulk
    path, `bulk.link_long`, does not apply that rule).

    With `drop_values`, each account's values are emptied once the SQL and the fuzzy records
    have what they need of them: links carry their own copies, and the values of a million
    accounts are most of the command's memory, which the steps after this reuse.
    """
    import time

    import numpy as np

    from reinstate.related import fuzzy as fz
    from reinstate.related import progress
    from reinstate.related.columns import store_of

    progress.step("exact")
    timings: dict[str, float] = {}
    eng = make_engine(engine) if isinstance(engine, str) else engine
    predicted: Future[list[dict[str, Any]]] | None = None
    try:
        t0 = time.perf_counter()
        recs = fz.record_table(accounts) if fuzzy else None
        columns = value_columns(accounts)
        if drop_values:
            store = store_of(accounts)
            if store is not None:
                store.release()
            else:
                for account in accounts:
                    account.values = []
        eng.register("vals", columns, dict(VALUE_COLUMNS))
        del columns
        accs, nodes, pair_rows, hub_rows = exact_sql(eng, "vals", len(accounts), cap)
        # Nothing reads the values again (Splink gets its own records): their memory, and what
        # the engine kept from the queries, goes to the steps that follow.
        eng.drop("vals")
        if isinstance(engine, str):
            eng.release()
        # Splink's prediction (the engine's SQL, on both cores, without the interpreter lock)
        # runs in a thread while this one makes the exact links from the pair rows. Its input
        # is made here first: that forks workers, which a fork beside a running thread must not.
        if recs is not None and fz.splink_input(eng, recs):
            threads = ThreadPoolExecutor(1)
            predicted = threads.submit(fz.splink_predict, eng, len(recs))
            threads.shutdown(wait=False)
        ids = [a.id for a in accounts]
        hints = Hints()
        links = exact_links(pair_rows, ids, crowd, hints)
        timings["exact"] = time.perf_counter() - t0
        members: dict[int, list[int]] = {}
        for acc, node in zip(accs, nodes, strict=True):
            members.setdefault(node - len(accounts), []).append(int(acc))
        hubs = [
            Hub(int(gid), ns, key, kind, raw, sorted(members[int(gid)]), crowd)
            for gid, ns, key, n, kind, raw in hub_rows
        ]
        fuzzy_count = 0
        if recs is not None:
            progress.step("fuzzy")
            t1 = time.perf_counter()
            pairs = predicted.result() if predicted is not None else []
            for (a, b), items in fz.fuzzy_evidence(accounts, pairs, recs).items():
                link_ = links.setdefault((a, b), Link(ids[a], ids[b]))
                exact_ns = {e.namespace for e in link_.evidence if e.method == "exact"}
                fresh = [e for e in items if e.namespace not in exact_ns]
                if fresh:
                    fuzzy_count += 1
                    link_.evidence.extend(fresh)
                elif not link_.evidence:
                    del links[(a, b)]
            timings["fuzzy"] = time.perf_counter() - t1
        progress.step("clusters")
        t2 = time.perf_counter()
        weakened = shared_lines(links)  # switchboards and reception lines (crowd.py)
        edge_a: list[int] = []
        edge_b: list[int] = []
        for (a, b), link_ in links.items():
            prune(link_)
            if link_.strength >= join:
                edge_a.append(a)
                edge_b.append(b)
        if services:
            comps = _components(eng)
            joined = (edge_a, edge_b)
            dropped = weaken_services(len(accounts), links, hubs, join, comps, joined, hints)
            if dropped:
                kept = [pair for pair in zip(edge_a, edge_b, strict=True) if pair not in dropped]
                edge_a = [a for a, _ in kept]
                edge_b = [b for _, b in kept]
        for hub in hubs:
            if hub.strength >= join:
                node = len(accounts) + hub.gid
                edge_a.extend(hub.members)
                edge_b.extend([node] * len(hub.members))
        labels = eng.components(len(accounts), np.asarray(edge_a), np.asarray(edge_b))
        extra = owned_lines(weakened, links, hubs, labels, join)
        if extra:
            edge_a.extend(a for a, _ in extra)
            edge_b.extend(b for _, b in extra)
            labels = eng.components(len(accounts), np.asarray(edge_a), np.asarray(edge_b))
        extra = _owned_addresses(links, hubs, labels, accounts, crowd)
        if extra:
            edge_a.extend(a for a, _ in extra)
            edge_b.extend(b for _, b in extra)
            labels = eng.components(len(accounts), np.asarray(edge_a), np.asarray(edge_b))
        timings["components"] = time.perf_counter() - t2
    finally:
        if predicted is not None:
            wait([predicted])  # the engine is the thread's until then, even on an error here
        if isinstance(engine, str):
            eng.close()
    return Linkage(accounts, links, hubs, labels, eng.name, fuzzy_count, timings, join)
