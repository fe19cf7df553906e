"""The columnar path for very large files (an agency's millions of accounts).

It reads the long format (`account_id,attribute,value`, extra columns allowed) straight into
Arrow, normalises each distinct raw value once (on every core) with the same normalisers, turns
each namespace's keys into integers (Arrow dictionary encoding), groups them in DuckDB SQL and
labels components with scipy, like the per-account path. Pairs are counted, not listed; fuzzy
matching is left to `linkage.link` on the clusters that need explaining.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from reinstate.related.attributes import BY_NAME, JOIN, column_kind, long_form
from reinstate.related.connected import components
from reinstate.related.crowd import ADDRESS_CROWD, MARKED_CROWD, marked
from reinstate.related.linkage import CAP
from reinstate.related.normalize import normalizer

PARALLEL_FROM = 50_000
# Values per worker task: a task's keys (and an address's parts) are held twice while they are
# pickled back, so a task of a million values cost hundreds of MB more at 1M accounts.
TASK = 25_000


# (kind, region, distinct raw values) of each job, set before forking: nothing is pickled.
_JOBS: list[tuple[str, str | None, Any]] = []
# What the workers make of each usable (kind, key) besides the key (`normalise_all`'s `then`).
_THEN: Callable[[str, str], Any] | None = None


class Unusable(str):
    """Why a raw value gives no key (the normaliser's ValueError message)."""


def _normalise_range(part: tuple[int, int, int]) -> list[str]:
    job, start, end = part
    kind, region, raws = _JOBS[job]
    fn = normalizer(kind, region)
    out: list[Any] = []
    append = out.append
    # a forked worker gets Arrow arrays: its own strings, not the parent's (`_normalise_python`)
    if isinstance(raws, list):
        chunk = raws[start:end]
    else:
        chunk = raws.slice(start, end - start).to_pylist()
    for raw in chunk:
        try:
            append(fn(raw))
        except ValueError as exc:
            append(Unusable(exc))
    if _THEN is not None:
        then = _THEN
        return [k if isinstance(k, Unusable) else then(kind, k) for k in out]
    return out


def normalise_all(
    jobs: list[tuple[str, str | None, Any]],
    workers: int | None = None,
    then: Callable[[str, str], Any] | None = None,
) -> list[list[Any]]:
    """Keys for the distinct raw values (a list, or an Arrow string array) of each
    (kind, region, raws) job; an `Unusable` (with the
    reason) where a value gives none. With `then`, each usable key is `then(kind, key)` instead,
    worked out on the same workers.

    The common shapes of phones, bank accounts and tax ids get their keys a column at a time
    (`vectorised.keys`); the other values go through the Python normalisers. Large inputs are
    split over forked workers that inherit the values, so only the keys travel back between
    processes; every kind shares one pool (a fork of a large process is not free).
    """
    from reinstate.related import vectorised

    fast = [vectorised.keys(kind, raws) for kind, _, raws in jobs]
    rest = [
        job if got is None else (job[0], job[1], _left(job[2], got))
        for job, got in zip(jobs, fast, strict=True)
    ]
    slow = _normalise_python(rest, workers, then)
    out: list[list[Any]] = []
    for (kind, _, _), got, keys in zip(jobs, fast, slow, strict=True):
        if got is None:
            out.append(keys)
            continue
        left = iter(keys)
        if then is None:
            out.append([next(left) if k is None else k for k in got])
        else:
            out.append([next(left) if k is None else then(kind, k) for k in got])
    return out


def _left(raws: Any, got: list[str | None]) -> Any:
    """The raw values (a list or an Arrow array) the column-wise path gave no key."""
    if isinstance(raws, list):
        return [r for r, k in zip(raws, got, strict=True) if k is None]
    import pyarrow as pa

    return raws.filter(pa.array([k is None for k in got]))


def _normalise_python(
    jobs: list[tuple[str, str | None, Any]],
    workers: int | None = None,
    then: Callable[[str, str], Any] | None = None,
) -> list[list[Any]]:
    global _JOBS, _THEN
    workers = workers or os.cpu_count() or 1
    total = sum(len(raws) for _, _, raws in jobs)
    _JOBS, _THEN = jobs, then
    try:
        if total < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
            return [_normalise_range((j, 0, len(raws))) for j, (_, _, raws) in enumerate(jobs)]
        size = min(-(-total // (workers * 4)), TASK)
        parts = [
            (j, start, min(start + size, len(raws)))
            for j, (_, _, raws) in enumerate(jobs)
            for start in range(0, len(raws), size)
        ]
        # A worker reading the parent's strings writes their reference counts, and so copies
        # every page they are on (hundreds of MB at 1M accounts, at the run's peak): it reads
        # them from Arrow buffers instead, which it never writes.
        import pyarrow as pa

        _JOBS = [
            (
                kind,
                region,
                pa.array(raws, pa.large_string())
                if isinstance(raws, list)
                else raws.cast(pa.large_string()),
            )
            for kind, region, raws in jobs
        ]
        out: list[list[Any]] = [[] for _ in jobs]
        with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
            for (j, _, _), keys in zip(parts, pool.map(_normalise_range, parts), strict=True):
                out[j].extend(keys)
        return out
    finally:
        _JOBS, _THEN = [], None


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
