"""Read account files (CSV, JSON, JSON Lines); bad lines are reported by line number, never fatal.

Formats (docs/related.md):
- CSV, wide: one row per account, an id column and one column per attribute kind; several values
  in one cell are separated by `|` or line breaks. A repeated id adds values to the same account.
- CSV, long: an id, a kind and a value column (`account_id,attribute,value`, in any order,
  also `kind`/`type`/`field`/`key`/`property`/类型/属性), one value per row; any other column is
  per-account metadata (`marketplace`, `country`), possibly blank on some rows.
- JSON: a list of objects (or `{"accounts": [...]}`), each with `id` and attribute keys whose
  values are a string or a list of strings. JSON Lines: one such object per line.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from reinstate.errors import ReinstateError
from reinstate.related import country, progress
from reinstate.related.attributes import (
    BY_NAME,
    column_kind,
    column_meta,
    is_id_column,
    long_form,
)
from reinstate.related.model import Account, Problem
from reinstate.related.normalize import address_parts, name_core

if TYPE_CHECKING:
    from reinstate.related.bulk import Keyed

MAX_BYTES = 2_000_000_000
SEPARATORS = ("|", "\n")


def _split(cell: Any) -> list[str]:
    if cell is None:
        return []
    if isinstance(cell, list | tuple):
        return [str(v).strip() for v in cell if v is not None and str(v).strip()]
    text = str(cell)
    for sep in SEPARATORS[1:]:
        text = text.replace(sep, SEPARATORS[0])
    return [p.strip() for p in text.split(SEPARATORS[0]) if p.strip()]


class _Builder:
    def __init__(self) -> None:
        self.accounts: dict[str, Account] = {}
        self.problems: list[Problem] = []
        self._unknown: set[str] = set()
        self.known_columns = 0
        # Phones wait for the whole account: its country may come later in the file, or have to
        # be inferred from its addresses and tax ids.
        # As columns: each phone's account, raw text and line (numpy and Arrow arrays from the
        # columnar reader).
        self._phone_owners: Any = []
        self._phone_raws: Any = []
        self._phone_lines: Any = []
        # The other values, as columns (one entry per value): the account, kind, raw text, line
        # and how many problems came before it (its problems keep their place in the file). The
        # columnar reader gives lines and slots as numpy arrays: millions of Python ints otherwise.
        # (The columnar reader gives numpy arrays of account positions and kind codes, and the
        # raw values as an Arrow array.)
        self._owners: Any = []
        self._kinds: Any = []
        self._raws: Any = []
        self._lines: Any = []
        self._slots: Any = []

    def add(self, line: int | None, record: dict[str, Any]) -> None:
        ident = None
        for key, value in record.items():
            if is_id_column(str(key)) and value is not None and str(value).strip():
                ident = str(value).strip()
                break
        if ident is None:
            self.problems.append(Problem(line, "missing_id"))
            return
        account = self.accounts.get(ident)
        if account is None:
            account = self.accounts[ident] = Account(ident, line=line)
        for key, cell in record.items():
            meta = column_meta(str(key))
            if meta is not None and cell is not None and str(cell).strip():
                setattr(account, meta, str(cell).strip())
        for key, cell in record.items():
            header = str(key)
            if is_id_column(header) or column_meta(header) is not None:
                continue
            kind = self.kind_of(header, line)
            if kind is not None:
                self.add_values(account, kind, _split(cell), line)

    def kind_of(self, header: str, line: int | None) -> str | None:
        kind = column_kind(header)
        if kind is None:
            if header not in self._unknown and header.strip():
                self._unknown.add(header)
                self.problems.append(Problem(line, "unknown_column", column=header))
        else:
            self.known_columns += 1
        return kind

    def add_values(self, account: Account, kind: str, raws: list[str], line: int | None) -> None:
        # Values wait for the end of the file: each distinct raw value is then normalised once,
        # in bulk (on every core for large files); `slot` keeps the problems in file order.
        slot = len(self.problems)
        if kind == "phone":
            self._phone_owners.extend([account] * len(raws))
            self._phone_raws.extend(raws)
            self._phone_lines.extend([line] * len(raws))
            return
        self._owners.extend([account] * len(raws))
        self._kinds.extend([kind] * len(raws))
        self._raws.extend(raws)
        self._lines.extend([line] * len(raws))
        self._slots.extend([slot] * len(raws))

    def _columns(self) -> tuple[Any, list[str], Any, Any]:
        """(each value's account position, the kind names, each value's kind code, the raw
        values as an Arrow array), from whichever reader filled the builder."""
        import numpy as np
        import pyarrow as pa

        accounts = list(self.accounts.values())
        if isinstance(self._owners, list):
            position = {id(a): at for at, a in enumerate(accounts)}
            owner = np.fromiter(
                (position[id(a)] for a in self._owners), dtype=np.int64, count=len(self._owners)
            )
        else:
            owner = np.asarray(self._owners, dtype=np.int64)
        if isinstance(self._kinds, tuple):
            kind_of, names = self._kinds
        else:
            names = list(dict.fromkeys(self._kinds))
            code = {kind: at for at, kind in enumerate(names)}
            kind_of = np.fromiter(
                map(code.__getitem__, self._kinds), dtype=np.int64, count=len(self._kinds)
            )
        raws = self._raws
        if not isinstance(raws, pa.Array):
            raws = pa.array(raws, pa.large_string())
        return owner, names, np.asarray(kind_of, dtype=np.int64), raws

    def finish(self) -> tuple[list[Account], list[Problem]]:
        """Normalise every value, then the phone numbers with each account's country; the values
        are kept as columns (`columns.ValueStore`), made into lists only when read.

        The values of a kind are normalised together, in bulk; an account keeps the
        first of its values with one (kind, key), in file order, each followed by the values it
        makes (an address's building and street, a company's trade name), then its phones.
        """
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        from reinstate.related.bulk import normalise_columns
        from reinstate.related.columns import KIND_CODE, ValueStore

        progress.step("normalise")
        accounts = list(self.accounts.values())
        owner, kind_names, kind_of, raws = self._columns()
        n_values = len(owner)
        # Each kind's raw values are normalised as they are (nearly all are distinct: a dictionary
        # of them cost more than the few values it spared the normalisers). The common shapes get
        # their keys (and a name's or an address's parts) a column at a time first, on both
        # cores (`_early`); only the rest go to the Python normalisers (on the workers).
        jobs: list[tuple[str, str | None, Any]] = []
        places: list[Any] = []
        for at in range(len(kind_names)):
            mask = kind_of == at
            jobs.append((kind_names[at], None, raws.filter(pa.array(mask))))
            places.append(np.flatnonzero(mask))
        early = _early(jobs)
        rest = [
            job if got is None else (job[0], job[1], job[2].filter(pc.is_null(got[0])))
            for job, got in zip(jobs, early, strict=True)
        ]
        keyed_all = [
            keyed if got is None else _completed(kind, got, keyed)
            for (kind, _, _), got, keyed in zip(
                jobs, early, normalise_columns(rest, derive=_deriver), strict=True
            )
        ]
        del early, rest
        # The parts of the store (each: account positions, order keys, kind codes, raws, keys)
        parts: list[tuple[Any, Any, Any, Any, Any]] = [_part([], [], [], [], "phone")]
        derived: dict[str, list[tuple[Any, Any, Any]]] = {}
        late: list[tuple[int, int, Problem]] = []
        for (kind, _, kind_raws), rows, keyed in zip(jobs, places, keyed_all, strict=True):
            keys = keyed.keys
            if keyed.reasons:
                bad = sorted(keyed.reasons)
                bad_raws = kind_raws.take(pa.array(bad)).to_pylist()
                for at, raw, why in zip(rows[bad].tolist(), bad_raws, bad, strict=True):
                    line = self._lines[at]
                    problem = Problem(
                        None if line is None else int(line),
                        "bad_value",
                        kind,
                        raw,
                        str(keyed.reasons[why]),
                    )
                    late.append((int(self._slots[at]), at, problem))
                good = pc.is_valid(keys)
                kept = np.flatnonzero(good.to_numpy(zero_copy_only=False))
                part = (rows[kept], kind_raws.filter(good), keys.filter(good))
            else:
                part = (rows, kind_raws, keys)
            parts.append(_first_values(owner, *part, KIND_CODE[kind], 0))
            for dkind, dkeys in keyed.derived.items():
                have = pc.is_valid(dkeys)
                kept = np.flatnonzero(have.to_numpy(zero_copy_only=False))
                derived.setdefault(dkind, []).append(
                    (rows[kept], kind_raws.filter(have), dkeys.filter(have))
                )
        del jobs, places, keyed_all
        for dkind, pieces in derived.items():
            rows = np.concatenate([p[0] for p in pieces])
            raw = pa.concat_arrays([p[1] for p in pieces])
            key = pa.concat_arrays([p[2] for p in pieces])
            if len(pieces) > 1:
                # in file order: the first of an account's buildings is the one it keeps
                order = np.argsort(rows, kind="stable")
                rows, at = rows[order], pa.array(order)
                raw, key = raw.take(at), key.take(at)
            parts.append(
                _first_values(owner, rows, raw, key, KIND_CODE[dkind], _DERIVED_ORDER[dkind])
            )
        del derived
        self._owners, self._kinds, self._raws, self._lines, self._slots = [], [], [], [], []
        del owner, kind_of, raws
        if late:
            late.sort(key=lambda item: item[:2])
            merged: list[Problem] = []
            at = 0
            for slot, _, problem in late:
                merged.extend(self.problems[at:slot])
                at = max(at, slot)
                merged.append(problem)
            merged.extend(self.problems[at:])
            self.problems = merged
        parts.extend(self._phone_parts(accounts, parts, 3 * n_values))
        # kind by kind, as made: sorted by account only when lists are made (`ValueStore.fill`)
        ValueStore(
            accounts,
            np.concatenate([p[0] for p in parts]).astype(np.int32),
            np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]),
            pa.concat_arrays([p[3] for p in parts]),
            pa.concat_arrays([p[4] for p in parts]),
        )
        return accounts, self.problems

    def _phone_parts(
        self, accounts: list[Account], parts: list[tuple[Any, Any, Any, Any, Any]], after: int
    ) -> list[tuple[Any, Any, Any, Any, Any]]:
        """The phone numbers' part of the store, each read with its account's country (given,
        or inferred from its other values). Their problems come in the order of each account's
        first phone, then file order."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        from reinstate.related.bulk import normalise_columns
        from reinstate.related.columns import KIND_CODE

        owners, raws, lines = self._phone_owners, self._phone_raws, self._phone_lines
        self._phone_owners, self._phone_raws, self._phone_lines = [], [], []
        if not len(owners):
            return []
        if isinstance(owners, list):
            position = {id(a): at for at, a in enumerate(accounts)}
            owner = np.fromiter((position[id(a)] for a in owners), np.int64, len(owners))
        else:
            owner = np.asarray(owners, dtype=np.int64)
        del owners
        if not isinstance(raws, pa.Array):
            raws = pa.array(raws, pa.large_string())
        region = [a.country for a in accounts]
        international = pc.or_(pc.starts_with(raws, "+"), pc.starts_with(raws, "00"))
        national = ~international.to_numpy(zero_copy_only=False)
        no_country = np.fromiter((not r for r in region), bool, len(region))
        asking = np.flatnonzero(national & no_country[owner])
        if len(asking):
            self._infer(accounts, parts, owner[asking], raws.take(pa.array(asking)), region)
        # the numbers of each region together (an account's are all in one)
        names = list(dict.fromkeys(region))
        code_of = {r: at for at, r in enumerate(names)}
        region_code = np.fromiter(map(code_of.__getitem__, region), np.int64, len(region))[owner]
        groups = [np.flatnonzero(region_code == at) for at in range(len(names))]
        numbers = [raws.take(pa.array(rows)) for rows in groups]
        keyed = normalise_columns(
            [("phone", names[at], listed) for at, listed in enumerate(numbers)]
        )
        out: list[tuple[Any, Any, Any, Any, Any]] = []
        bad: dict[int, str] = {}
        for rows, listed, got in zip(groups, numbers, keyed, strict=True):
            keys = got.keys
            if got.reasons:
                bad.update((int(rows[at]), str(why)) for at, why in got.reasons.items())
                good = pc.is_valid(keys)
                kept = np.flatnonzero(good.to_numpy(zero_copy_only=False))
                rows, listed, keys = rows[kept], listed.filter(good), keys.filter(good)
            out.append(_first_values(owner, rows, listed, keys, KIND_CODE["phone"], after))
        if bad:
            # in the order of each account's first phone, then of the file
            _, first = np.unique(owner, return_index=True)
            first_of = np.zeros(len(accounts), dtype=np.int64)
            first_of[owner[first]] = first
            rows = np.array(sorted(bad), dtype=np.int64)
            rows = rows[np.lexsort((rows, first_of[owner[rows]]))]
            texts = raws.take(pa.array(rows)).to_pylist()
            for row, raw in zip(rows.tolist(), texts, strict=True):
                line = lines[row]
                self.problems.append(
                    Problem(
                        None if line is None else int(line), "bad_value", "phone", raw, bad[row]
                    )
                )
        return out

    def _infer(
        self,
        accounts: list[Account],
        parts: list[tuple[Any, Any, Any, Any, Any]],
        owner: Any,
        national: Any,
        region: list[str | None],
    ) -> None:
        """Infer the country of the accounts with national phones and none given, from those
        phones, their addresses and tax ids (as their `values` list them) and marketplaces."""
        import numpy as np
        import pyarrow as pa

        from reinstate.related.columns import NAMESPACE_NAMES, NAMESPACE_OF_KIND

        phones: dict[int, list[str]] = {}
        for at, raw in zip(owner.tolist(), national.to_pylist(), strict=True):
            phones.setdefault(at, []).append(raw)
        acc = np.concatenate([p[0] for p in parts])
        seq = np.concatenate([p[1] for p in parts])
        space = np.asarray(NAMESPACE_OF_KIND, dtype=np.int8)[np.concatenate([p[2] for p in parts])]
        address, tax = NAMESPACE_NAMES.index("address"), NAMESPACE_NAMES.index("tax")
        wanted = np.zeros(len(accounts), dtype=bool)
        wanted[list(phones)] = True
        rows = np.flatnonzero(wanted[acc] & ((space == address) | (space == tax)))
        rows = rows[np.lexsort((seq[rows], acc[rows]))]
        # the rows' raw values, taken part by part (not from a copy of all the parts)
        ends = np.cumsum([len(p[0]) for p in parts])
        which = np.searchsorted(ends, rows, side="right")
        texts: list[Any] = [None] * len(rows)
        for part, (_, _, _, raws, _) in enumerate(parts):
            mine = np.flatnonzero(which == part)
            if len(mine):
                start = int(ends[part]) - len(raws)
                got = raws.take(pa.array(rows[mine] - start)).to_pylist()
                for at, text in zip(mine.tolist(), got, strict=True):
                    texts[at] = text
        of: dict[int, tuple[list[str], list[str]]] = {}
        for at, is_address, text in zip(
            acc[rows].tolist(), (space[rows] == address).tolist(), texts, strict=True
        ):
            of.setdefault(at, ([], []))[0 if is_address else 1].append(text)
        for at, numbers in phones.items():
            account = accounts[at]
            addresses, taxes = of.get(at, ([], []))
            found = country.infer(numbers, addresses, taxes, _split(account.marketplace))
            if found:
                region[at], account.inferred_from = found
                account.inferred_country = region[at]


# Kinds whose values make others (`_derived`).
_DERIVING = frozenset(
    k.name for k in BY_NAME.values() if k.namespace == "address" or k.name == "legal_name"
)


def _part(
    accs: list[int], seqs: list[int], raws: list[str], keys: list[str], kind: str
) -> tuple[Any, Any, Any, Any, Any]:
    """A part of the value store (`_Builder.finish`) from lists."""
    import numpy as np
    import pyarrow as pa

    from reinstate.related.columns import KIND_CODE

    return (
        np.asarray(accs, dtype=np.int64),
        np.asarray(seqs, dtype=np.int64),
        np.full(len(accs), KIND_CODE[kind], dtype=np.int8),
        pa.array(raws, pa.large_string()),
        pa.array(keys, pa.large_string()),
    )


def _first_values(
    owner: Any, rows: Any, raws: Any, keys: Any, kind: int, after: int
) -> tuple[Any, Any, Any, Any, Any]:
    """A part of the value store from values of one kind in file order (`rows`, their place
    among all values): an account keeps the first of its values with one key."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    acc = owner[rows]
    # only accounts with more than one value of the kind can repeat one (few do)
    several = np.bincount(acc)[acc] > 1 if len(acc) else np.zeros(0, dtype=bool)
    if several.any():
        maybe = np.flatnonzero(several)
        index = pc.dictionary_encode(keys.take(pa.array(maybe))).indices.to_numpy()
        # np.unique sorts stably when asked for indices: the first of each pair is kept
        _, first = np.unique(acc[maybe] * (int(index.max()) + 1) + index, return_index=True)
        repeated = np.ones(len(maybe), dtype=bool)
        repeated[first] = False
        keep = np.ones(len(acc), dtype=bool)
        keep[maybe[repeated]] = False
        if not keep.all():
            mask = pa.array(keep)
            acc, rows, raws, keys = acc[keep], rows[keep], raws.filter(mask), keys.filter(mask)
    return acc, rows * 3 + after, np.full(len(acc), kind, dtype=np.int8), raws, keys


# Where a derived value goes after the value it is made from.
_DERIVED_ORDER = {"building": 1, "street": 2, "trade_name": 1}


def _early(jobs: list[tuple[str, str | None, Any]]) -> list[tuple[Any, dict[str, Any]] | None]:
    """The column-wise keys (and parts) of each job's values (`vectorised`): null where a value
    has no common shape, None for a kind without a column-wise path. The kinds are worked out
    on two threads (Arrow's kernels and numpy's let go of the interpreter), the largest first;
    the threads are done before any worker is forked."""
    from concurrent.futures import ThreadPoolExecutor

    from reinstate.related import vectorised

    def one(job: tuple[str, str | None, Any]) -> tuple[Any, dict[str, Any]] | None:
        kind, _, values = job
        got = vectorised.with_parts(kind, values)
        if got is not None:
            return got
        keys = vectorised.column(kind, values)
        return None if keys is None else (keys, {})

    order = sorted(range(len(jobs)), key=lambda at: -len(jobs[at][2]))
    with ThreadPoolExecutor(2) as pool:
        done = dict(zip(order, pool.map(one, [jobs[at] for at in order]), strict=True))
    return [done[at] for at in range(len(jobs))]


def _completed(kind: str, early: tuple[Any, dict[str, Any]], keyed: Keyed) -> Keyed:
    """The keys and parts of all of a kind's values: those a column at a time gave (`early`,
    null where it gave none) with the Python normalisers' (`keyed`) in their gaps."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related.bulk import Keyed

    keys, parts = early
    missing = pc.is_null(keys)
    gaps = np.flatnonzero(missing.to_numpy(zero_copy_only=False))
    if not len(gaps):
        keyed = Keyed(pa.array([], pa.large_string()), {}, {})
    else:
        keys = pc.replace_with_mask(keys, missing, keyed.keys)
    whole = pa.nulls(len(keys), pa.large_string())
    made = {dkind: column for dkind, column in parts.items() if kind in _DERIVING}
    for dkind, column in keyed.derived.items():
        made[dkind] = pc.replace_with_mask(made.get(dkind, whole), missing, column)
    # the derived kinds in the order the Python normalisers first made them (the order of the
    # store's parts): by the first value that makes one, building before street
    first = {
        dkind: int(pc.index(pc.is_valid(column), True).as_py())
        for dkind, column in made.items()
        if column.null_count < len(column)
    }
    order = sorted(first, key=lambda dkind: (first[dkind], _DERIVED_ORDER[dkind]))
    reasons = {int(gaps[at]): why for at, why in keyed.reasons.items()}
    return Keyed(keys, reasons, {dkind: made[dkind] for dkind in order})


def _deriver(kind: str) -> Callable[[str], tuple[tuple[str, str], ...]] | None:
    """What makes the derived values of a kind's keys (`_derived`), for the kinds that make some
    (on the normalising workers: an address's parts take as long as its key)."""
    return partial(_derived, kind) if kind in _DERIVING else None


def _derived(kind: str, key: str) -> tuple[tuple[str, str], ...]:
    """(kind, key) of the values made from one value: an address's building and street, a
    company's trade name."""
    namespace = BY_NAME[kind].namespace
    if namespace == "address":
        building, street = address_parts(key)
        return tuple((k, part) for k, part in (("building", building), ("street", street)) if part)
    if kind == "legal_name":
        return (("trade_name", name_core(key)),)
    return ()


def _csv_rows(stream: IO[str]) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(stream)
    for row in reader:
        yield reader.line_num, row


def parse_csv(text: str | IO[str]) -> tuple[list[Account], list[Problem]]:
    """Accounts from CSV text, or from a text stream (a large file is never one string)."""
    builder = _Builder()
    rows = _csv_rows(io.StringIO(text.lstrip("\ufeff")) if isinstance(text, str) else text)
    try:
        _, header = next(rows)
    except StopIteration:
        return [], []
    header = [h.strip() for h in header]
    layout = long_form(header)
    last_line = 1
    try:
        for line, row in rows:
            start = last_line + 1
            last_line = line
            if not any(c.strip() for c in row):
                continue
            if len(row) != len(header):
                builder.problems.append(
                    Problem(start, "bad_row", reason=f"{len(row)} fields, header has {len(header)}")
                )
                continue
            if layout is not None:
                _long_row(builder, start, header, layout, row)
            else:
                builder.add(start, dict(zip(header, row, strict=True)))
    except csv.Error as exc:
        builder.problems.append(Problem(last_line + 1, "bad_row", reason=str(exc)))
    return builder.finish()


def _long_row(
    builder: _Builder, line: int, header: list[str], layout: tuple[int, int, int], row: list[str]
) -> None:
    at_id, at_kind, at_value = layout
    ident, attribute, value = (row[at_id].strip(), row[at_kind].strip(), row[at_value].strip())
    if not ident:
        builder.problems.append(Problem(line, "missing_id"))
        return
    account = builder.accounts.get(ident)
    if account is None:
        account = builder.accounts[ident] = Account(ident, line=line)
    if len(row) > 3:
        # extra columns describe the account (marketplace, country); a blank cell keeps what an
        # earlier row of the account gave
        extra = {h: c for i, (h, c) in enumerate(zip(header, row, strict=True)) if i not in layout}
        builder.add(line, {header[at_id]: ident, **extra})
    meta = column_meta(attribute)
    if meta is not None:
        if value:
            setattr(account, meta, value)
        return
    kind = builder.kind_of(attribute, line) if attribute else None
    if kind is None:
        return
    builder.add_values(account, kind, [value] if value else [], line)


def _json_items(text: str) -> Iterator[tuple[int, Any]]:
    """Top-level items of a JSON array (or of its `accounts` key) with the line each starts on."""
    decoder = json.JSONDecoder()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(exc.lineno, exc.msg) from None
    if isinstance(data, dict) and isinstance(data.get("accounts"), list):
        start = text.find("[", text.find('"accounts"'))
    elif isinstance(data, list):
        start = text.find("[")
    else:
        raise ValueError(1, 'expected a list of accounts or {"accounts": [...]}')
    pos = start + 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        item, end = decoder.raw_decode(text, pos)
        yield text.count("\n", 0, pos) + 1, item
        pos = end


def parse_json(text: str) -> tuple[list[Account], list[Problem]]:
    builder = _Builder()
    try:
        for line, item in _json_items(text.lstrip("\ufeff")):
            if isinstance(item, dict):
                builder.add(line, item)
            else:
                builder.problems.append(Problem(line, "bad_row", reason="not an object"))
    except ValueError as exc:
        where, msg = exc.args if len(exc.args) == 2 else ("?", str(exc))
        raise ReinstateError("related_bad_json", where=where, msg=msg) from None
    return builder.finish()


def parse_jsonl(text: str) -> tuple[list[Account], list[Problem]]:
    builder = _Builder()
    for line, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            item = json.loads(raw)
        except json.JSONDecodeError as exc:
            builder.problems.append(Problem(line, "bad_row", reason=exc.msg))
            continue
        if isinstance(item, dict):
            builder.add(line, item)
        else:
            builder.problems.append(Problem(line, "bad_row", reason="not an object"))
    return builder.finish()


def from_records(records: Iterable[dict[str, Any]]) -> tuple[list[Account], list[Problem]]:
    """Accounts from in-memory dicts (as JSON would give them); problems carry the item number."""
    builder = _Builder()
    for index, record in enumerate(records, start=1):
        builder.add(index, record)
    return builder.finish()


def parse(text: str, fmt: str) -> tuple[list[Account], list[Problem]]:
    if fmt == "csv":
        return parse_csv(text)
    if fmt == "jsonl":
        return parse_jsonl(text)
    return parse_json(text)


def sniff(path: Path, text: str) -> str:
    suffix = path.suffix.casefold()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    head = text.lstrip("\ufeff \r\n\t")[:1]
    return "json" if head in "[{" and head else "csv"


def decode(data: bytes) -> str:
    """Text of a file in UTF-8 (with or without BOM), else in the encoding it was detected in.

    Chinese sellers' spreadsheets are often saved as GBK; charset-normalizer tells it apart from
    other legacy encodings when installed, and GB18030 (a superset of GBK) is tried otherwise.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return data.decode("gb18030")
    best = from_bytes(data[:1_000_000]).best()
    if best is None:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "no text encoding fits")
    encoding = "gb18030" if best.encoding in ("gbk", "gb2312", "gb18030") else best.encoding
    return data.decode(encoding)


def _utf8_csv(path: Path, data: bytes) -> IO[str] | None:
    """A UTF-8 CSV file as a text stream over its bytes, else None (decoded whole instead).

    A decoded copy of a large file (and csv's own copy of it) would cost several times its size
    in memory: the bytes are checked where they are (by Arrow, as one value cast to text: it
    rejects what Python's UTF-8 decoder rejects, several times faster) and read row by row.
    """
    import pyarrow as pa

    head = data[:4096].decode("utf-8", errors="ignore")
    if sniff(path, head) != "csv":
        return None
    ends = pa.array([0, len(data)], pa.int64()).buffers()[1]
    whole = pa.Array.from_buffers(pa.large_binary(), 1, [None, ends, pa.py_buffer(data)])
    try:
        whole.cast(pa.large_string())
    except pa.ArrowInvalid:
        return None
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")


def load_accounts(path: str | os.PathLike[str]) -> tuple[list[Account], list[Problem]]:
    """Accounts and input problems from a CSV, JSON or JSON Lines file.

    A file that gives nothing to link (empty, only a header, no column this check knows) is an
    input error naming the file, never an empty result that would read as "no links".
    """
    p = Path(path)
    try:
        if p.exists() and not p.is_file():
            # a device or a pipe has no size to check and may never end (/dev/zero)
            raise ReinstateError("file_not_regular", path=str(p))
        if p.stat().st_size > MAX_BYTES:
            raise ReinstateError("related_too_large", path=str(p))
        data = p.read_bytes()
        stream = _utf8_csv(p, data)
        text = decode(data) if stream is None else ""
    except FileNotFoundError:
        raise ReinstateError("related_missing", path=str(p)) from None
    except (OSError, UnicodeDecodeError, LookupError) as exc:
        raise ReinstateError("related_unreadable", exc=exc, path=str(p)) from None
    try:
        if stream is not None:
            from reinstate.related import longcsv

            builder = _Builder()
            read = longcsv.read(data, builder)
            longcsv.release()
            if read:
                del data, stream
                accounts, problems = builder.finish()
            else:
                accounts, problems = parse_csv(stream)
        else:
            accounts, problems = parse(text, sniff(p, text))
    except ReinstateError as error:
        error.path = str(p)
        raise
    except csv.Error as exc:  # e.g. a field longer than the csv module's limit
        raise ReinstateError("related_unreadable", exc=exc, path=str(p)) from None
    except RecursionError:  # JSON nested deeper than any export is
        raise ReinstateError("related_unreadable", exc="nested too deeply", path=str(p)) from None
    if not accounts:
        raise ReinstateError("related_empty", path=str(p))
    if not _any_values(accounts):
        ignored = sorted({x.column for x in problems if x.code == "unknown_column" and x.column})
        listed = ", ".join(ignored[:10]) or "-"
        raise ReinstateError("related_no_columns", listed=listed, path=str(p))
    return accounts, problems


def _any_values(accounts: list[Account]) -> bool:
    from reinstate.related.columns import store_of

    store = store_of(accounts)
    return store.rows > 0 if store is not None else any(a.values for a in accounts)


def load_candidate(path: Path) -> dict[str, Any] | Any:
    """A prospective new account: a JSON object, or a file in any accounts format with one."""
    try:
        text = decode(path.read_bytes())
    except (OSError, UnicodeDecodeError, LookupError) as exc:
        raise ReinstateError("related_candidate_unreadable", exc=exc, path=str(path)) from None
    stripped = text.lstrip("\ufeff \r\n\t")
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ReinstateError(
                "related_bad_json.candidate", lineno=exc.lineno, msg=exc.msg, path=str(path)
            ) from None
        if isinstance(data, dict) and "accounts" not in data:
            return data
    accounts, _ = load_accounts(path)
    if len(accounts) != 1:
        raise ReinstateError(
            "related_bad_candidate.count", accounts_count=len(accounts), path=str(path)
        )
    return accounts[0]
