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

import codecs
import csv
import io
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from reinstate.errors import ReinstateError
from reinstate.related import country, progress
from reinstate.related.attributes import (
    BY_NAME,
    column_kind,
    column_meta,
    is_id_column,
    long_form,
)
from reinstate.related.model import Account, Problem, Value
from reinstate.related.normalize import address_parts, name_core

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
        self._phones: dict[str, list[tuple[str, str, int | None]]] = {}
        # The other values, as columns (one entry per value): the account, kind, raw text, line
        # and how many problems came before it (its problems keep their place in the file). The
        # columnar reader gives lines and slots as numpy arrays: millions of Python ints otherwise.
        self._owners: list[Account] = []
        self._kinds: list[str] = []
        self._raws: list[str] = []
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
            pending = self._phones.setdefault(account.id, [])
            pending.extend((kind, raw, line) for raw in raws)
            return
        self._owners.extend([account] * len(raws))
        self._kinds.extend([kind] * len(raws))
        self._raws.extend(raws)
        self._lines.extend([line] * len(raws))
        self._slots.extend([slot] * len(raws))

    def _keys(self) -> tuple[dict[str, list[Any]], Any]:
        """Per kind, for each distinct raw value: its key, `(key, derived)` for the kinds that
        make others (`_with_derived`), or `Unusable`; and each value's place in its kind's list
        (an array of ints: no dictionary of every raw value is looked up again)."""
        from array import array

        from reinstate.related.bulk import Unusable, normalise_all

        distinct: dict[str, dict[str, int]] = {}
        codes = array("i")
        append = codes.append
        for kind, raw in zip(self._kinds, self._raws, strict=True):
            seen = distinct.get(kind)
            if seen is None:
                seen = distinct[kind] = {}
            append(seen.setdefault(raw, len(seen)))
        jobs: list[tuple[str, str | None, list[str]]] = [
            (kind, None, list(raws)) for kind, raws in distinct.items()
        ]
        del distinct
        keys: dict[str, list[Any]] = {}
        found_all = normalise_all(jobs, then=_with_derived)
        for (kind, _, listed), found in zip(jobs, found_all, strict=True):
            # a key written as its raw value (most e-mails, ids) keeps one string, not two
            for at, (raw, key) in enumerate(zip(listed, found, strict=True)):
                if key == raw and not isinstance(key, Unusable):
                    found[at] = raw
            keys[kind] = found
        return keys, codes

    def _by_account(self) -> Iterator[int]:
        """Positions of the values, each account's together and in file order.

        Handed out a slice at a time: as one list, the positions of a million accounts' values
        are eight million Python ints (~300 MB) alive through the whole of `finish`.
        """
        import numpy as np

        owner = np.fromiter(map(id, self._owners), dtype=np.int64, count=len(self._owners))
        order = np.argsort(owner, kind="stable")
        del owner
        for start in range(0, len(order), 1 << 16):
            yield from order[start : start + (1 << 16)].tolist()

    def finish(self) -> tuple[list[Account], list[Problem]]:
        """Normalise every value, then the phone numbers with each account's country."""
        from reinstate.related.bulk import Unusable

        progress.step("normalise")
        keys, codes = self._keys()
        late: list[tuple[int, int, Problem]] = []
        owners, kinds, raws = self._owners, self._kinds, self._raws
        current: Account | None = None
        # (kind, key) pairs the account already has: one set at a time, not one per account (an
        # account's values come together, and it has none before)
        seen: set[tuple[str, str]] = set()
        for at in self._by_account():
            account, kind, raw = owners[at], kinds[at], raws[at]
            key = keys[kind][codes[at]]
            if isinstance(key, Unusable):
                line = self._lines[at]
                problem = Problem(
                    None if line is None else int(line), "bad_value", kind, raw, str(key)
                )
                late.append((int(self._slots[at]), at, problem))
                continue
            if account is not current:
                current = account
                seen = set()
            extra: tuple[tuple[str, str], ...] = ()
            if type(key) is tuple:
                key, extra = key
            if (kind, key) not in seen:
                seen.add((kind, key))
                account.values.append(Value(kind, raw, key))
            for dkind, dkey in extra:
                if (dkind, dkey) not in seen:
                    seen.add((dkind, dkey))
                    account.values.append(Value(dkind, raw, dkey))
        self._owners, self._kinds, self._raws, self._lines, self._slots = [], [], [], [], []
        del keys, codes, seen
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
        regions: dict[str, str | None] = {}
        for ident, pending in self._phones.items():
            account = self.accounts[ident]
            region = account.country
            national = [r for _, r, _ in pending if not r.strip().startswith(("+", "00"))]
            if not region and national:
                found = country.infer(
                    national,
                    [v.raw for v in account.values if v.namespace == "address"],
                    [v.raw for v in account.values if v.namespace == "tax"],
                    _split(account.marketplace),
                )
                if found:
                    region, account.inferred_from = found
                    account.inferred_country = region
            regions[ident] = region
        phone_keys = self._phone_keys(regions)
        for ident, pending in self._phones.items():
            account = self.accounts[ident]
            region = regions[ident]
            # the account's other values are of other kinds: only its phones can repeat
            seen = set()
            for kind, raw, line in pending:
                key = phone_keys[(region, raw)]
                if isinstance(key, Unusable):
                    self.problems.append(Problem(line, "bad_value", kind, raw, str(key)))
                    continue
                if (kind, key) not in seen:
                    seen.add((kind, key))
                    account.values.append(Value(kind, raw, key))
        self._phones = {}
        return list(self.accounts.values()), self.problems

    def _phone_keys(self, regions: dict[str, str | None]) -> dict[tuple[str | None, str], str]:
        """Keys of the phone numbers, each distinct (region, number) normalised once, in bulk."""
        from reinstate.related.bulk import normalise_all

        distinct: dict[str | None, dict[str, None]] = {}
        for ident, pending in self._phones.items():
            numbers = distinct.setdefault(regions[ident], {})
            for _, raw, _ in pending:
                numbers[raw] = None
        jobs = [("phone", region, list(raws)) for region, raws in distinct.items()]
        return {
            (region, raw): key
            for (_, region, listed), found in zip(jobs, normalise_all(jobs), strict=True)
            for raw, key in zip(listed, found, strict=True)
        }


# Kinds whose values make others (`_derived`).
_DERIVING = frozenset(
    k.name for k in BY_NAME.values() if k.namespace == "address" or k.name == "legal_name"
)


def _with_derived(kind: str, key: str) -> str | tuple[str, tuple[tuple[str, str], ...]]:
    """A key, with the values it makes for the kinds that make some (on the normalising
    workers: an address's parts take as long as its key)."""
    return (key, _derived(kind, key)) if kind in _DERIVING else key


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
    in memory: the bytes are checked in pieces and read row by row.
    """
    head = data[:4096].decode("utf-8", errors="ignore")
    if sniff(path, head) != "csv":
        return None
    check = codecs.getincrementaldecoder("utf-8")()
    try:
        for at in range(0, len(data), 1 << 22):
            check.decode(data[at : at + (1 << 22)])
        check.decode(b"", final=True)
    except UnicodeDecodeError:
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
    if not any(a.values for a in accounts):
        ignored = sorted({x.column for x in problems if x.code == "unknown_column" and x.column})
        listed = ", ".join(ignored[:10]) or "-"
        raise ReinstateError("related_no_columns", listed=listed, path=str(p))
    return accounts, problems


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
