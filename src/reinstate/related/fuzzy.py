"""Fuzzy links on names and addresses: a Fellegi-Sunter model run by Splink.

The model has fixed, documented m/u probabilities so that a handful of accounts gives the same
answer every time (EM cannot learn from ten records); on large files the u probabilities are
re-estimated from random pairs. The same levels and numbers score a single prospective account in
pure Python (`score_pair`), so the guardrail's cheap path agrees with the Splink run.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reinstate.related.attributes import BY_NAME
from reinstate.related.model import Account, Evidence, Value
from reinstate.related.normalize import name_core

PRIOR = 1e-3  # probability that two random records belong to one business
THRESHOLD = 0.5  # match probability from which a fuzzy pair is reported as a link
TRAIN_U_FROM = 10**9  # fixed parameters by default; see docs/related.md
MAX_COMBOS = 9
# A blocking key shared by more records than this (a common word such as "Technology", a big
# city's prefix) is not distinctive: it would pair thousands of strangers, and its pairs grow with
# the square of the file, so it blocks nothing; the other keys still find true near-duplicates.
BLOCK_CAP = 50
# A near-identical name or address is another spelling or another business: it is at most medium
# evidence, so it corroborates identity-grade evidence but never joins a cluster alone.
FUZZY_WEIGHT = 0.8
# Share of the name's weight (distinctive words count most) that must agree for a fuzzy name link.
NAME_TOKEN_AGREEMENT = 0.8

# Levels after the null level: exact, Jaro-Winkler >= t1, >= t2, else.
NAME_JW = (0.94, 0.88)
NAME_M = (0.55, 0.30, 0.10, 0.05)
NAME_U = (0.0005, 0.001, 0.01, 0.9885)
ADDRESS_JW = (0.92, 0.85)
ADDRESS_M = (0.50, 0.30, 0.10, 0.10)
ADDRESS_U = (0.0002, 0.0008, 0.01, 0.989)
POSTCODE_M = (0.85, 0.15)
POSTCODE_U = (0.01, 0.99)

_POSTCODE = re.compile(r"^(?:\d{5}(?:\d{1,4})?|\d{4}|\d{6})$")


# Slots, not an instance dict: there is a record for nearly every account of a large file.
@dataclass(frozen=True, slots=True)
class Record:
    uid: str
    acc: int
    name: str | None
    name_raw: str | None
    name_kind: str | None
    address: str | None
    address_raw: str | None
    address_kind: str | None
    postcode: str | None  # blocking and the Splink columns both ask for it


def _postcode(address: str | None) -> str | None:
    if not address:
        return None
    codes = [t for t in address.split(" ") if _POSTCODE.match(t)]
    return codes[-1] if codes else None


def records(accounts: list[Account], offset: int = 0) -> list[Record]:
    """One record per account and (name, address) pair, at most MAX_COMBOS per account."""
    out: list[Record] = []
    for index, account in enumerate(accounts, start=offset):
        names: list[Value | None] = [v for v in account.values if v.namespace == "name"] or [None]
        addresses: list[Value | None] = [v for v in account.values if v.namespace == "address"] or [
            None
        ]
        if names == [None] and addresses == [None]:
            continue
        for n, (name, addr) in enumerate(itertools.product(names, addresses)):
            if n >= MAX_COMBOS:
                break
            out.append(
                Record(
                    f"{index}:{n}",
                    index,
                    _fuzzy_name(name.key) if name else None,
                    name.raw if name else None,
                    name.kind if name else None,
                    addr.key if addr else None,
                    addr.raw if addr else None,
                    addr.kind if addr else None,
                    _postcode(addr.key) if addr else None,
                )
            )
    return out


_FIELDS = Record.__slots__


class RecordTable:
    """The fuzzy records as Arrow columns (one per `Record` field), a record per row; a
    `Record` is made only for the rows Splink pairs (`rows`). Each account's records are
    consecutive, its n-th with the uid `"{acc}:{n}"`."""

    def __init__(self, columns: dict[str, Any]) -> None:
        import numpy as np

        self.columns = columns
        # the names' token weights, once `columns` has counted them
        self.weights: dict[str, float] | None = None
        acc = np.asarray(columns["acc"].to_numpy(zero_copy_only=False), dtype=np.int64)
        self._acc = acc
        # np.unique's hash table took seconds at 1M accounts; the records come by account
        ordered = np.sort(acc)
        self._accounts = ordered[np.r_[True, ordered[1:] != ordered[:-1]]] if len(acc) else acc
        self._first = np.searchsorted(acc, self._accounts)

    @classmethod
    def of(cls, recs: list[Record]) -> RecordTable:
        import pyarrow as pa

        columns = {
            name: pa.array([getattr(r, name) for r in recs], pa.int64() if name == "acc" else None)
            for name in _FIELDS
        }
        for name in _FIELDS:
            if name != "acc" and columns[name].type == pa.null():
                columns[name] = columns[name].cast(pa.large_string())
        return cls(columns)

    def __len__(self) -> int:
        return len(self._acc)

    @property
    def accounts(self) -> int:
        """How many accounts have a record."""
        return len(self._accounts)

    def row(self, uid: str) -> int:
        acc, n = uid.split(":")
        return int(self._first[int(self._accounts.searchsorted(int(acc)))]) + int(n)

    def acc(self, row: int) -> int:
        return int(self._acc[row])

    def rows(self, rows: list[int]) -> dict[int, Record]:
        """The records of these rows."""
        import pyarrow as pa

        at = pa.array(rows, pa.int64())
        taken = [self.columns[name].take(at).to_pylist() for name in _FIELDS]
        return {row: Record(*fields) for row, *fields in zip(rows, *taken, strict=True)}

    def names(self) -> list[str]:
        """The distinct non-empty names."""
        import pyarrow.compute as pc

        return [n for n in pc.unique(self.columns["name"]).to_pylist() if n]


def record_table(accounts: list[Account]) -> RecordTable:
    """`records(accounts)` as a table; made from the columns when the accounts' values are
    still a `ValueStore` (no `Value` is made then)."""
    from reinstate.related.columns import store_of

    store = store_of(accounts)
    if store is None:
        return RecordTable.of(records(accounts))
    return _store_records(store)


def _store_records(store: Any) -> RecordTable:
    """The records of `records()`, a column at a time: per account the product of its names and
    its addresses (each in the order of its values), at most MAX_COMBOS."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related.columns import KIND_NAMES, NAMESPACE_NAMES

    n = len(store.accounts)
    space = store.namespace()
    kinds = pa.array(KIND_NAMES, pa.large_string())
    parts = {}
    for namespace in ("name", "address"):
        rows = store.by_account(np.flatnonzero(space == NAMESPACE_NAMES.index(namespace)))
        acc = store.acc[rows]
        parts[namespace] = (
            rows,
            np.bincount(acc, minlength=n),
            np.searchsorted(acc, np.arange(n)),
        )
    count_n, count_a = parts["name"][1], parts["address"][1]
    has = (count_n > 0) | (count_a > 0)
    size_n, size_a = np.maximum(count_n, 1), np.maximum(count_a, 1)
    per = np.where(has, np.minimum(size_n * size_a, MAX_COMBOS), 0)
    acc = np.repeat(np.arange(n, dtype=np.int64), per)
    combo = np.arange(len(acc), dtype=np.int64) - np.repeat(np.cumsum(per) - per, per)

    def pick(namespace: str, index: Any) -> tuple[Any, Any, Any]:
        rows, count, first = parts[namespace]
        if not len(rows):
            nulls = pa.nulls(len(acc), pa.large_string())
            return nulls, nulls, nulls
        present = count[acc] > 0
        at = rows[np.where(present, first[acc] + index, 0)]
        take = pa.array(at, mask=~present)
        kind = pa.array(store.kind[at].astype(np.int64), mask=~present)
        return store.key.take(take), store.raw.take(take), kinds.take(kind)

    name_key, name_raw, name_kind = pick("name", combo // size_a[acc])
    address, address_raw, address_kind = pick("address", combo % size_a[acc])
    names, postcodes = _both(
        partial(_per_distinct, name_key, fuzzy_names),
        partial(_per_distinct, address, postcodes_of),
    )
    uid = pc.binary_join_element_wise(
        pc.cast(pa.array(acc), pa.large_string()),
        pc.cast(pa.array(combo), pa.large_string()),
        pa.scalar(":", pa.large_string()),
    )
    return RecordTable(
        {
            "uid": uid,
            "acc": pa.array(acc),
            "name": names,
            "name_raw": name_raw,
            "name_kind": name_kind,
            "address": address,
            "address_raw": address_raw,
            "address_kind": address_kind,
            "postcode": postcodes,
        }
    )


def _arrow(values: list[str | None]) -> Any:
    import pyarrow as pa

    return pa.array(values, pa.large_string())


def fuzzy_names(keys: Any) -> Any:
    """`_fuzzy_name` of each of `keys` (Arrow strings, no nulls): by Arrow (`blocking.py`),
    unless a key holds a newline."""
    from reinstate.related import blocking

    if blocking.has_newline(keys):
        return _arrow([_fuzzy_name(k) for k in keys.to_pylist()])
    return blocking.fuzzy_names(keys)


def postcodes_of(addresses: Any) -> Any:
    """`_postcode` of each address (Arrow strings, no nulls), as `fuzzy_names`."""
    from reinstate.related import blocking

    if blocking.has_newline(addresses):
        return _arrow([_postcode(a) for a in addresses.to_pylist()])
    return blocking.postcodes(addresses)


def address_blocks(addresses: Any) -> tuple[Any, Any]:
    """(addr_block, addr_tail) of `_address_blocks` for each address, as `fuzzy_names`."""
    from reinstate.related import blocking

    if not blocking.has_newline(addresses):
        return blocking.address_blocks(addresses)
    made = [_address_blocks(a) for a in addresses.to_pylist()]
    return _arrow([m[0] for m in made]), _arrow([m[1] for m in made])


def _per_distinct(column: Any, fn: Callable[[Any], Any]) -> Any:
    """fn (Arrow array of distinct strings -> Arrow array) of an Arrow string column, worked
    out once per distinct value."""
    import pyarrow as pa
    import pyarrow.compute as pc

    encoded = pc.dictionary_encode(column)
    return fn(encoded.dictionary).cast(pa.large_string()).take(encoded.indices)


def _fuzzy_name(key: str) -> str:
    core = name_core(key)
    return core.replace(" ", "") if _han(core) else core


# Words that say where or in what trade a company is, or what legal form it has: many unrelated
# companies share them, so they weigh a tenth of a distinctive word whatever the file holds.
COMMON_TOKENS_TEXT = (
    "trading trade tech technology technologies store shop goods supply supplies import export "
    "group international global industrial electronics electronic home co ltd llc inc limited "
    "company corp gmbh and the of e commerce ecommerce digital shenzhen guangzhou dongguan "
    "yiwu hangzhou shanghai beijing ningbo xiamen hong kong new york london los angeles "
    "贸易 科技 商贸 电子 实业 网络 有限 公司 进出 出口 国际 集团 深圳 广州 东莞 义乌 "
    "杭州 上海 北京 宁波 厦门 香港 家居 服饰 电器"
)
COMMON_TOKENS = frozenset(COMMON_TOKENS_TEXT.split())


def name_tokens(name: str) -> list[str]:
    """Words of a name; Chinese names (no spaces) as overlapping character pairs."""
    if _han(name):
        text = name.replace(" ", "")
        return [text[i : i + 2] for i in range(len(text) - 1)] or [text]
    return [t for t in name.split(" ") if t]


def token_weights(names: list[str]) -> dict[str, float]:
    """Inverse document frequency of each name token (term-frequency adjustment, as Splink's)."""
    df: dict[str, int] = {}
    for n in set(names):
        for t in set(name_tokens(n)):
            df[t] = df.get(t, 0) + 1
    return _weights(df, len(set(names)))


def _weights(df: dict[str, int], names: int) -> dict[str, float]:
    """`token_weights` from how many of `names` distinct names each token is in."""
    total = max(names, 1)
    return {
        t: (math.log((total + 1) / (c + 1)) + 1.0) * (0.1 if t in COMMON_TOKENS else 1.0)
        for t, c in df.items()
    }


def token_agreement(a: str, b: str, weights: dict[str, float]) -> float:
    """Weighted share of both names' tokens that agree (exactly, or a typo in a long word)."""
    from rapidfuzz.distance import JaroWinkler

    ta, tb = set(name_tokens(a)), set(name_tokens(b))

    def weight(t: str) -> float:
        return weights.get(t, 0.1 if t in COMMON_TOKENS else 1.0)

    def agrees(t: str, others: set[str]) -> bool:
        if t in others:
            return True
        return len(t) >= 5 and any(
            len(o) >= 5 and JaroWinkler.similarity(t, o) >= 0.92 for o in others
        )

    total = sum(weight(t) for t in ta) + sum(weight(t) for t in tb)
    if not total:
        return 0.0
    same = sum(weight(t) for t in ta if agrees(t, tb)) + sum(weight(t) for t in tb if agrees(t, ta))
    return same / total


def same_numbers(a: str, b: str) -> bool:
    """Two addresses with other house, unit or postcode numbers are neighbours, not one place."""
    return sorted(_DIGITS.findall(a)) == sorted(_DIGITS.findall(b))


_HAN = re.compile("[\u3400-\u9fff]")


def _han(text: str) -> bool:
    return not text.isascii() and _HAN.search(text) is not None


_DIGITS = re.compile(r"\d+")


def blocks(rec: Record) -> dict[str, str | None]:
    """Blocking keys: pairs are only scored when they agree on at least one of these."""
    name_block, name_tail = _name_blocks(rec.name)
    addr_block, addr_tail = _address_blocks(rec.address)
    return {
        "name_block": name_block,
        "name_tail": name_tail,
        "addr_block": addr_block,
        "addr_tail": addr_tail,
    }


def _name_blocks(name: str | None) -> tuple[str | None, str | None]:
    tokens = (name or "").split(" ")
    longest = max(tokens, key=len) if name else ""
    return (
        (tokens[0][:5] + ":" + longest[:3]) if name else None,
        longest if len(longest) >= 3 else None,
    )


def _address_blocks(address: str | None) -> tuple[str | None, str | None]:
    addr = address or ""
    postcode = _postcode(address)
    numbers = _DIGITS.findall(addr)
    words = [t for t in _DIGITS.sub(" ", addr).split(" ") if len(t) > 2]
    street = max(words, key=len) if words else ""
    house = numbers[0] if numbers else ""
    return (
        f"{house}:{postcode}" if house and postcode else None,
        f"{house}:{street[:8]}" if house and street else None,
    )


def columns(recs: RecordTable) -> tuple[dict[str, Any], dict[str, str]]:
    """Splink's input: the records' columns and their blocking keys (`blocks`), each worked out
    once per distinct name or address, by Arrow (`blocking.py`); a key shared by more than
    BLOCK_CAP records is left out. The names' token weights are counted on the way
    (`RecordTable.weights`)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related import blocking

    c = recs.columns
    cols: dict[str, Any] = {
        "unique_id": c["uid"],
        "account": c["acc"],
        "name": c["name"],
        "address": c["address"],
        "postcode": c["postcode"],
    }

    def keys(source: str) -> dict[str, Any]:
        """The blocking keys of the names or of the addresses."""
        encoded = pc.dictionary_encode(c[source])
        distinct = encoded.dictionary
        if source == "name":
            total = len(distinct) - int(pc.sum(pc.equal(distinct, "")).as_py() or 0)
            recs.weights = _weights(blocking.token_counts(distinct), total)
            named = zip(("name_block", "name_tail"), blocking.name_blocks(distinct), strict=True)
        else:
            named = zip(("addr_block", "addr_tail"), address_blocks(distinct), strict=True)
        out = {}
        for block, keyed in named:
            values = keyed.take(encoded.indices)
            codes = pc.dictionary_encode(values)
            index = pc.fill_null(codes.indices, -1).to_numpy()
            sizes = np.bincount(index[index >= 0], minlength=len(codes.dictionary))
            common = np.zeros(len(index), dtype=bool)
            common[index >= 0] = sizes[index[index >= 0]] > BLOCK_CAP
            out[block] = pc.if_else(pa.array(common), pa.scalar(None, pa.large_string()), values)
        return out

    # Arrow's kernels and numpy's sorts leave the interpreter's lock: names and addresses are
    # keyed on both cores at once
    for made in _both(partial(keys, "name"), partial(keys, "address")):
        cols.update(made)
    types = {c: "STRING" for c in cols}
    types["account"] = "INT"
    return cols, types


def _both(first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Any, Any]:
    """(first(), second()), the first in a second thread."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as other:
        pending = other.submit(first)
        made = second()
        return pending.result(), made


def settings() -> Any:
    import splink.comparison_level_library as cll
    import splink.comparison_library as cl
    from splink import SettingsCreator, block_on

    def levels(column: str, jw: tuple[float, float]) -> list[Any]:
        return [
            cll.NullLevel(column),
            cll.ExactMatchLevel(column),
            cll.JaroWinklerLevel(column, jw[0]),
            cll.JaroWinklerLevel(column, jw[1]),
            cll.ElseLevel(),
        ]

    name = cl.CustomComparison(levels("name", NAME_JW), output_column_name="name").configure(
        m_probabilities=list(NAME_M), u_probabilities=list(NAME_U)
    )
    address = cl.CustomComparison(
        levels("address", ADDRESS_JW), output_column_name="address"
    ).configure(m_probabilities=list(ADDRESS_M), u_probabilities=list(ADDRESS_U))
    postcode = cl.ExactMatch("postcode").configure(
        m_probabilities=list(POSTCODE_M), u_probabilities=list(POSTCODE_U)
    )
    return SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="unique_id",
        probability_two_random_records_match=PRIOR,
        comparisons=[name, address, postcode],
        blocking_rules_to_generate_predictions=[
            block_on("name_block"),
            block_on("name_tail"),
            block_on("addr_block"),
            block_on("addr_tail"),
        ],
        additional_columns_to_retain=["account"],
    )


def splink_pairs(
    engine: Any, recs: RecordTable | list[Record], threshold: float = THRESHOLD
) -> list[dict[str, Any]]:
    """Splink's scored pairs between different accounts, as plain dicts."""
    recs = RecordTable.of(recs) if isinstance(recs, list) else recs
    return splink_predict(engine, len(recs), threshold) if splink_input(engine, recs) else []


def splink_input(engine: Any, recs: RecordTable) -> bool:
    """Register Splink's input (`columns`) with the engine as `fuzzy_records`; False, and nothing
    registered, when there is nothing to pair."""
    if recs.accounts < 2:
        return False
    cols, types = columns(recs)
    engine.register("fuzzy_records", cols, types)
    return True  # the engine has its own copy; the block keys alone are ~300 MB at 1M accounts


def splink_predict(engine: Any, records: int, threshold: float = THRESHOLD) -> list[dict[str, Any]]:
    """`splink_pairs` of the `records` registered by `splink_input`. It forks nothing, so it may
    run in a thread (one the engine is left to until it returns)."""
    import logging

    from splink import Linker

    logging.getLogger("splink").setLevel(logging.ERROR)
    _, frame = engine.splink("fuzzy_records")
    linker = Linker(frame, settings(), log_level=logging.ERROR)
    if records >= TRAIN_U_FROM:
        linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
    predictions = linker.inference.predict(threshold_match_probability=threshold)
    rows = predictions.as_record_list()
    # Splink's rows come in no fixed order; ties between a pair's records are settled by id.
    rows.sort(key=lambda r: (str(r["unique_id_l"]), str(r["unique_id_r"])))
    return [r for r in rows if r["account_l"] != r["account_r"]]


def fuzzy_evidence(
    accounts: list[Account], pairs: list[dict[str, Any]], recs: RecordTable | list[Record]
) -> dict[tuple[int, int], list[Evidence]]:
    """Evidence per account pair from Splink's scored pairs (best probability per pair)."""
    recs = RecordTable.of(recs) if isinstance(recs, list) else recs
    best: dict[tuple[int, int], tuple[float, int, int, int, int]] = {}
    for row in pairs:
        left, right = recs.row(str(row["unique_id_l"])), recs.row(str(row["unique_id_r"]))
        if recs.acc(left) > recs.acc(right):
            left, right = right, left
        key = (recs.acc(left), recs.acc(right))
        p = float(row["match_probability"])
        if key not in best or p > best[key][0]:
            best[key] = (p, left, right, int(row["gamma_name"]), int(row["gamma_address"]))
    made = recs.rows(sorted({r for b in best.values() for r in b[1:3]}))
    weights = recs.weights if recs.weights is not None else token_weights(recs.names())
    out: dict[tuple[int, int], list[Evidence]] = {}
    for key, (p, left, right, g_name, g_addr) in best.items():
        items = _evidence(p, made[left], made[right], g_name, g_addr, weights)
        if items:
            out[key] = items
    return out


def _evidence(
    p: float, left: Record, right: Record, g_name: int, g_addr: int, weights: dict[str, float]
) -> list[Evidence]:
    items: list[Evidence] = []
    if (
        g_name in (1, 2)
        and left.name_kind
        and right.name_kind
        and left.name
        and right.name
        and token_agreement(left.name, right.name, weights) >= NAME_TOKEN_AGREEMENT
    ):
        base = min(BY_NAME[left.name_kind].strength, BY_NAME[right.name_kind].strength)
        items.append(
            Evidence(
                "name",
                left.name_kind,
                right.name_kind,
                left.name_raw or "",
                right.name_raw or "",
                f"{left.name} ~ {right.name}",
                base * p * FUZZY_WEIGHT,
                "fuzzy",
                p,
            )
        )
    if (
        g_addr in (1, 2)
        and left.address_kind
        and right.address_kind
        and same_numbers(left.address or "", right.address or "")
    ):
        base = min(BY_NAME[left.address_kind].strength, BY_NAME[right.address_kind].strength)
        items.append(
            Evidence(
                "address",
                left.address_kind,
                right.address_kind,
                left.address_raw or "",
                right.address_raw or "",
                f"{left.address} ~ {right.address}",
                base * p * FUZZY_WEIGHT,
                "fuzzy",
                p,
            )
        )
    return items


def _level(a: str | None, b: str | None, jw: tuple[float, float]) -> int:
    """Splink's gamma: -1 null, 3 exact, 2 and 1 Jaro-Winkler levels, 0 else."""
    if not a or not b:
        return -1
    if a == b:
        return 3
    from rapidfuzz.distance import JaroWinkler

    sim = JaroWinkler.similarity(a, b)
    return 2 if sim >= jw[0] else 1 if sim >= jw[1] else 0


def _factor(gamma: int, m: tuple[float, ...], u: tuple[float, ...]) -> float:
    if gamma < 0:
        return 1.0
    index = 3 - gamma  # m/u lists run exact, t1, t2, else
    return m[index] / u[index]


def score_pair(left: Record, right: Record) -> tuple[float, int, int]:
    """(match probability, name gamma, address gamma) with the model's fixed parameters."""
    g_name = _level(left.name, right.name, NAME_JW)
    g_addr = _level(left.address, right.address, ADDRESS_JW)
    pa, pb = left.postcode, right.postcode
    g_post = -1 if not pa or not pb else 1 if pa == pb else 0
    log_odds = math.log(PRIOR / (1 - PRIOR))
    log_odds += math.log(_factor(g_name, NAME_M, NAME_U))
    log_odds += math.log(_factor(g_addr, ADDRESS_M, ADDRESS_U))
    if g_post >= 0:
        log_odds += math.log(POSTCODE_M[1 - g_post] / POSTCODE_U[1 - g_post])
    return 1 / (1 + math.exp(-log_odds)), g_name, g_addr


def python_evidence(
    candidate: list[Record], others: list[Record], threshold: float = THRESHOLD
) -> dict[int, list[Evidence]]:
    """Fuzzy evidence between a candidate's records and every other account's, without Splink."""
    best: dict[int, tuple[float, Record, Record, int, int]] = {}
    for left in candidate:
        for right in others:
            if left.acc == right.acc:
                continue
            p, g_name, g_addr = score_pair(left, right)
            if p >= threshold and (right.acc not in best or p > best[right.acc][0]):
                best[right.acc] = (p, left, right, g_name, g_addr)
    weights = token_weights([r.name for r in [*candidate, *others] if r.name])
    out: dict[int, list[Evidence]] = {}
    for acc, (p, left, right, g_name, g_addr) in best.items():
        items = _evidence(p, left, right, g_name, g_addr, weights)
        if items:
            out[acc] = items
    return out
