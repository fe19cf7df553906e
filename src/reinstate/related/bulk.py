"""The columnar path for very large files (an agency's millions of accounts).

It reads the long format (`account_id,attribute,value`, extra columns allowed) straight into
Arrow, normalises each distinct raw value once (on every core) with the same normalisers, turns
each namespace's keys into integers (Arrow dictionary encoding), groups them in DuckDB SQL and
labels components with scipy, like the per-account path. Pairs are counted, not listed; fuzzy
matching is left to `linkage.link` on the clusters that need explaining.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reinstate.related.attributes import BY_NAME, JOIN, column_kind, long_form
from reinstate.related.connected import components
from reinstate.related.crowd import ADDRESS_CROWD, MARKED_CROWD, marked
from reinstate.related.forked import fork_map, task_size
from reinstate.related.linkage import CAP
from reinstate.related.normalize import normalizer

# (kind, region, distinct raw values) of each job, set before forking: nothing is pickled.
_JOBS: list[tuple[str, str | None, Any]] = []
# What the workers make of a kind's keys besides the key (`normalise_columns`' `derive`).
_DERIVE: Callable[[str], Callable[[str], Any] | None] | None = None


class Unusable(str):
    """Why a raw value gives no key (the normaliser's ValueError message)."""


@dataclass
class Keyed:
    """The keys of one job's distinct raw values, as columns."""

    keys: Any  # Arrow large strings, null where a raw value gives no key
    reasons: dict[int, Unusable]  # why, at each null
    derived: dict[str, Any] = field(default_factory=dict)  # per derived kind; null where none

    def listed(self) -> list[Any]:
        """The keys as a list, with the `Unusable` reason where a value gives none."""
        out: list[Any] = self.keys.to_pylist()
        for at, why in self.reasons.items():
            out[at] = why
        return out


# A task's result: keys (None where unusable), (position, reason) of those, derived columns.
_Task = tuple[list[str | None], list[tuple[int, Unusable]], dict[str, list[str | None]]]


def _normalise_range(part: tuple[int, int, int]) -> _Task:
    job, start, end = part
    kind, region, raws = _JOBS[job]
    fn = normalizer(kind, region)
    derive = _DERIVE(kind) if _DERIVE is not None else None
    keys: list[str | None] = []
    reasons: list[tuple[int, Unusable]] = []
    made: dict[str, list[str | None]] = {}
    append = keys.append
    # a forked worker gets Arrow arrays: its own strings, not the parent's (`_normalise_python`)
    if isinstance(raws, list):
        chunk = raws[start:end]
    else:
        chunk = raws.slice(start, end - start).to_pylist()
    for at, raw in enumerate(chunk):
        try:
            key = fn(raw)
        except ValueError as exc:
            append(None)
            reasons.append((at, Unusable(exc)))
            continue
        append(key)
        if derive is not None:
            for dkind, dkey in derive(key):
                column = made.get(dkind)
                if column is None:
                    column = made[dkind] = [None] * len(chunk)
                column[at] = dkey
    return keys, reasons, made


def normalise_columns(
    jobs: list[tuple[str, str | None, Any]],
    workers: int | None = None,
    derive: Callable[[str], Callable[[str], Any] | None] | None = None,
) -> list[Keyed]:
    """Keys for the distinct raw values (a list, or an Arrow string array) of each
    (kind, region, raws) job. With `derive`, `derive(kind)` (if not None) gives the
    (derived kind, key) pairs each usable key of the kind makes, worked out on the same workers.

    The common shapes of phones, bank accounts and tax ids get their keys a column at a time
    (`vectorised.column`); the other values go through the Python normalisers. Large inputs are
    split over forked workers that inherit the values, so only the keys travel back between
    processes; every kind shares one pool (a fork of a large process is not free).
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related import vectorised

    arrays = [(kind, region, _arrow(raws)) for kind, region, raws in jobs]
    fast = [vectorised.column(kind, raws) for kind, _, raws in arrays]
    rest = [
        job if got is None else (job[0], job[1], job[2].filter(pc.is_null(got)))
        for job, got in zip(arrays, fast, strict=True)
    ]
    slow = _normalise_python(rest, workers, derive)
    out: list[Keyed] = []
    for (kind, _, _), got, keyed in zip(arrays, fast, slow, strict=True):
        if got is None:
            out.append(keyed)
            continue
        missing = pc.is_null(got)
        where = np.flatnonzero(missing.to_numpy(zero_copy_only=False))
        keys = pc.replace_with_mask(got, missing, keyed.keys) if len(where) else got
        reasons = {int(where[at]): why for at, why in keyed.reasons.items()}
        derived: dict[str, Any] = {}
        each = derive(kind) if derive is not None else None
        if each is not None:
            # the column-wise kinds make no other values; kept general all the same
            made: dict[str, list[str | None]] = {}
            for at, key in enumerate(keys.to_pylist()):
                for dkind, dkey in () if key is None else each(key):
                    made.setdefault(dkind, [None] * len(keys))[at] = dkey
            derived = {k: pa.array(v, pa.large_string()) for k, v in made.items()}
        out.append(Keyed(keys, reasons, derived))
    return out


def normalise_all(
    jobs: list[tuple[str, str | None, Any]], workers: int | None = None
) -> list[list[Any]]:
    """Keys for the distinct raw values of each (kind, region, raws) job, as lists; an
    `Unusable` (with the reason) where a value gives none (`normalise_columns`)."""
    return [keyed.listed() for keyed in normalise_columns(jobs, workers)]


def _arrow(raws: Any) -> Any:
    import pyarrow as pa

    if isinstance(raws, list):
        return pa.array(raws, pa.large_string())
    return raws.cast(pa.large_string())


def _normalise_python(
    jobs: list[tuple[str, str | None, Any]],
    workers: int | None = None,
    derive: Callable[[str], Callable[[str], Any] | None] | None = None,
) -> list[Keyed]:
    global _JOBS, _DERIVE
    size = task_size(sum(len(raws) for _, _, raws in jobs), workers)
    # A worker reading the parent's strings writes their reference counts, and so copies every
    # page they are on (hundreds of MB at 1M accounts, at the run's peak): the jobs are Arrow
    # arrays, which it never writes, made into strings a task at a time.
    _JOBS, _DERIVE = jobs, derive
    try:
        if size is None:
            parts = [(j, 0, len(raws)) for j, (_, _, raws) in enumerate(jobs)]
            results = [_normalise_range(part) for part in parts]
        else:
            parts = [
                (j, start, min(start + size, len(raws)))
                for j, (_, _, raws) in enumerate(jobs)
                for start in range(0, len(raws), size)
            ]
            results = fork_map(_normalise_range, parts, workers)
        return _gather(jobs, parts, results)
    finally:
        _JOBS, _DERIVE = [], None


def _gather(
    jobs: list[tuple[str, str | None, Any]],
    parts: list[tuple[int, int, int]],
    results: list[_Task],
) -> list[Keyed]:
    """Each job's tasks put together."""
    import pyarrow as pa

    keys: list[list[str | None]] = [[] for _ in jobs]
    reasons: list[dict[int, Unusable]] = [{} for _ in jobs]
    made: list[dict[str, list[str | None]]] = [{} for _ in jobs]
    for (j, start, end), (got, why, derived) in zip(parts, results, strict=True):
        keys[j].extend(got)
        reasons[j].update((start + at, reason) for at, reason in why)
        for dkind, column in derived.items():
            whole = made[j].get(dkind)
            if whole is None:
                whole = made[j][dkind] = [None] * len(jobs[j][2])
            whole[start:end] = column
    return [
        Keyed(
            pa.array(k, pa.large_string()),
            r,
            {dkind: pa.array(column, pa.large_string()) for dkind, column in m.items()},
        )
        for k, r, m in zip(keys, reasons, made, strict=True)
    ]


def normalise_each(kind: str, raws: list[str], workers: int | None = None) -> list[str]:
    """Keys for the distinct raw values of one kind (`normalise_all` with one job)."""
    return normalise_all([(kind, None, raws)], workers)[0]


def normalise_unique(kind: str, raws: list[str], workers: int | None = None) -> list[str | None]:
    """Keys for the distinct raw values of one kind (None where a value cannot be used)."""
    return [None if isinstance(k, Unusable) else k for k in normalise_each(kind, raws, workers)]


@dataclass
class BulkResult:
    accounts: int
    values: int
    bad_values: int
    labels: list[int]
    pairs: int
    hubs: int
    membership: tuple[Any, Any]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def clusters(self) -> dict[int, int]:
        sizes: dict[int, int] = {}
        for lab in self.labels:
            sizes[lab] = sizes.get(lab, 0) + 1
        return {k: v for k, v in sizes.items() if v > 1}


def read_long_csv(path: str) -> Any:
    """An Arrow table (account_id, attribute, value) from a long-format CSV, via DuckDB.

    The id, kind and value columns are found by the header (`load.parse_csv` does the same), so
    extra columns such as marketplace or country are allowed; they are not read here.
    """
    import duckdb

    con = duckdb.connect()
    try:
        source = "read_csv(?, header = true, all_varchar = true)"
        described = con.sql(f"SELECT * FROM {source} LIMIT 0", params=[path]).description
        header = [d[0] for d in described]
        at_id, at_kind, at_value = long_form(header) or (0, 1, 2)

        def col(i: int) -> str:
            return '"' + header[i].replace('"', '""') + '"'

        return con.sql(
            f"SELECT CAST({col(at_id)} AS VARCHAR) AS account_id,"
            f" CAST({col(at_kind)} AS VARCHAR) AS attribute,"
            f" CAST({col(at_value)} AS VARCHAR) AS value FROM {source}",
            params=[path],
        ).to_arrow_table()
    finally:
        con.close()


def link_long(
    table: Any, *, cap: int = CAP, workers: int | None = None, crowd: int = ADDRESS_CROWD
) -> BulkResult:
    """Exact links and clusters for a long Arrow table of (account_id, attribute, value)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related.engines import DuckDBEngine

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    accounts = pc.dictionary_encode(table.column("account_id")).combine_chunks()
    n_accounts = len(accounts.dictionary)
    acc_index = accounts.indices
    attributes = pc.dictionary_encode(table.column("attribute")).combine_chunks()
    # Per namespace: the keys of all its kinds, dictionary-encoded to integers by Arrow.
    by_namespace: dict[str, list[tuple[Any, Any]]] = {}
    bad = 0
    for a, header in enumerate(attributes.dictionary.to_pylist()):
        kind = column_kind(str(header))
        # Weak kinds (store names, IPs, fingerprints, brands) never join a cluster alone; the
        # bulk path counts clusters only, so it leaves them out (docs/related.md).
        if kind is None or BY_NAME[kind].strength < JOIN:
            continue
        mask = pc.equal(attributes.indices, pa.scalar(a, attributes.indices.type))
        encoded = pc.dictionary_encode(pc.filter(table.column("value"), mask).combine_chunks())
        found = normalise_unique(kind, encoded.dictionary.to_pylist(), workers)
        key = pc.take(pa.array(found, type=pa.string()), encoded.indices)
        del found, encoded
        valid = pc.is_valid(key)
        bad += len(key) - (pc.sum(valid).as_py() or 0)
        accs_of_kind = pc.filter(pc.filter(acc_index, mask), valid).cast(pa.int32())
        by_namespace.setdefault(BY_NAME[kind].namespace, []).append(
            (accs_of_kind, pc.filter(key, valid))
        )
    acc_parts, key_parts = [], []
    offset = 0
    # Address keys that name a virtual office (`crowd.marked`) are crowded from fewer sharers.
    marked_keys: list[Any] = []
    for namespace, parts in by_namespace.items():
        codes = pc.dictionary_encode(pa.chunked_array([k for _, k in parts])).combine_chunks()
        acc_parts.append(pa.chunked_array([acc for acc, _ in parts]).combine_chunks())
        key_parts.append(pc.add(codes.indices.cast(pa.int64()), offset))
        if namespace == "address":
            words = [marked(k) for k in codes.dictionary.to_pylist()]
            marked_keys.append((offset, offset + len(words), np.array(words, dtype=bool)))
        offset += len(codes.dictionary)
    del by_namespace
    values = None
    n_values = 0
    if acc_parts:
        acc_all = pa.concat_arrays(acc_parts).to_numpy()
        gkey = pa.concat_arrays(key_parts).to_numpy()
        n_values = len(gkey)
        # A key written once cannot link anything: drop those rows before SQL (O(n) bincount).
        counts = np.bincount(gkey, minlength=offset)
        # A crowded full address (a virtual office's) joins only with other evidence, and this
        # path joins on identity-grade values alone: it is left out (docs/related.md).
        for start, end, words in marked_keys:
            limit = np.where(words, min(crowd, MARKED_CROWD), crowd)
            counts[start:end][counts[start:end] >= limit] = 0
        keep = counts[gkey] > 1
        values = pa.table({"acc": acc_all[keep], "gkey": gkey[keep]})
        del acc_all, gkey, keep
    timings["normalise"] = time.perf_counter() - t0
    t1 = time.perf_counter()
    if values is None:
        return BulkResult(n_accounts, 0, bad, list(range(n_accounts)), 0, 0, ([], []), timings)
    engine = DuckDBEngine()
    try:
        engine.register_arrow("vals", values)
        # Most keys belong to one account: count rows per key first (cheap), and only dedupe
        # (account, key) rows for the keys that can be shared.
        engine.rows(
            "CREATE TEMP TABLE shared AS"
            " WITH multi AS (SELECT gkey FROM vals GROUP BY gkey HAVING count(*) > 1),"
            " members AS (SELECT DISTINCT v.gkey, v.acc FROM vals v SEMI JOIN multi m"
            "   ON v.gkey = m.gkey)"
            " SELECT gkey, count(*) AS n, row_number() OVER (ORDER BY gkey) - 1 AS gid"
            " FROM members GROUP BY gkey HAVING count(*) > 1"
        )
        got = engine.numpy(
            "SELECT DISTINCT v.acc, s.gid FROM vals v JOIN shared s ON v.gkey = s.gkey"
        )
        accs, nodes = got["acc"], got["gid"].astype(np.int64) + n_accounts
        ((pairs,),) = engine.rows(
            f"SELECT coalesce(sum(n * (n - 1) // 2), 0) FROM shared WHERE n <= {int(cap)}"
        )
        ((hubs,),) = engine.rows(f"SELECT count(*) FROM shared WHERE n > {int(cap)}")
    finally:
        engine.close()
    timings["sql"] = time.perf_counter() - t1
    t2 = time.perf_counter()
    labels = components(n_accounts, np.asarray(accs), np.asarray(nodes))
    timings["components"] = time.perf_counter() - t2
    return BulkResult(
        n_accounts, n_values, bad, labels, int(pairs), int(hubs), (accs, nodes), timings
    )
