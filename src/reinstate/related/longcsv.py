"""The long CSV form (`account_id,attribute,value`, one value per row) read by columns.

An agency's file has millions of rows: Arrow's CSV reader parses them in C, accounts and kinds
are dictionary-encoded, and only the values reach Python (once each), so the loader's per-row
work is gone. It gives the same accounts, values and problems as the row-by-row reader
(`load.parse_csv`), which still reads every other shape: wide files, extra columns, rows without
an id, quoted line breaks or blank lines (whose line numbers only a row-by-row read keeps).
"""

from __future__ import annotations

import csv
from typing import TYPE_CHECKING, Any

from reinstate.related.attributes import column_kind, column_meta, long_form
from reinstate.related.model import Account, Problem

if TYPE_CHECKING:
    from reinstate.related.load import _Builder


def _header(data: bytes) -> list[str] | None:
    end = data.find(b"\n")
    first = (data if end < 0 else data[:end]).decode("utf-8-sig", errors="replace")
    try:
        return [h.strip() for h in next(csv.reader([first.rstrip("\r")]))]
    except (StopIteration, csv.Error):
        return None


def _table(data: bytes) -> Any:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    names = ["c0", "c1", "c2"]
    try:
        return pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None


def release() -> None:
    """Hand Arrow's freed memory back to the system.

    Its allocator keeps the pages of the parsed table for reuse; nothing here reuses them, and at
    100,000 accounts they were 130 MB of the process (1.3 GB at a million) for the rest of the run.
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()


def read(data: bytes, builder: _Builder) -> bool:
    """Fill `builder` from a UTF-8 long CSV of exactly three columns; False (builder untouched)
    when the file has another shape, for the row-by-row reader."""
    import numpy as np
    import pyarrow.compute as pc

    header = _header(data)
    layout = long_form(header) if header is not None and len(header) == 3 else None
    if layout is None:
        return False
    table = _table(data)
    if table is None:
        return False
    lines = data.count(b"\n") + (0 if data.endswith(b"\n") else 1)
    if lines != table.num_rows + 1:
        return False  # a quoted line break or a blank line: row n is no longer line n + 2
    at_id, at_kind, at_value = layout
    ids = table.column(at_id).combine_chunks().dictionary_encode()
    names = [i.strip() for i in ids.dictionary.to_pylist()]
    if "" in names or len(set(names)) != len(names):
        return False  # rows without an id, or one id written two ways: the row reader's care
    account_of = ids.indices.to_numpy()
    # Arrow numbers dictionary entries in order of first appearance, as accounts are created:
    # account k's first row is where the running maximum of the numbers reaches k.
    highest = np.maximum.accumulate(account_of)
    first = np.flatnonzero(np.concatenate(([True], highest[1:] > highest[:-1])))[: len(names)]
    accounts = [Account(n, line=row) for n, row in zip(names, (first + 2).tolist(), strict=True)]
    builder.accounts = dict(zip(names, accounts, strict=True))

    kinds = table.column(at_kind).combine_chunks().dictionary_encode()
    kind_of = kinds.indices.to_numpy()
    values = table.column(at_value)
    # Per distinct attribute text: a kind, a metadata field, or an unknown column (reported once,
    # on the first line it is on).
    kind_names: list[str] = []
    code_of = np.full(len(kinds.dictionary), -1, dtype=np.int64)
    unknown: dict[str, int] = {}
    meta_rows: list[tuple[Any, str]] = []
    for code, attribute in enumerate(kinds.dictionary.to_pylist()):
        attribute = attribute.strip()
        if not attribute:
            continue
        meta = column_meta(attribute)
        if meta is not None:
            meta_rows.append((np.flatnonzero(kind_of == code), meta))
            continue
        kind = column_kind(attribute)
        if kind is None:
            row = int(np.argmax(kind_of == code))
            unknown[attribute] = min(unknown.get(attribute, len(kind_of)), row)
            continue
        if kind not in kind_names:
            kind_names.append(kind)
        code_of[code] = kind_names.index(kind)
    if meta_rows:
        # the last non-blank value of the account wins, as rows are read in order
        rows = np.sort(np.concatenate([r for r, _ in meta_rows]))
        field = {int(r): m for rs, m in meta_rows for r in rs}
        for row, text in zip(rows.tolist(), values.take(rows).to_pylist(), strict=True):
            if text.strip():
                setattr(accounts[account_of[row]], field[row], text.strip())
    problem_rows = sorted((row, attribute) for attribute, row in unknown.items())
    builder.problems = [Problem(row + 2, "unknown_column", column=a) for row, a in problem_rows]

    value_kind = code_of[kind_of]
    rows = np.flatnonzero(value_kind >= 0)
    # (every row holds a value of a kind in most files: no copy of them all is then made)
    raws = _stripped(values if len(rows) == len(values) else values.take(rows))
    filled = pc.greater(pc.binary_length(raws), 0).to_numpy(zero_copy_only=False)
    phone = value_kind[rows] == (kind_names.index("phone") if "phone" in kind_names else -2)
    picked = filled & phone
    # phones wait for the account's country (`_Builder.finish`)
    builder._phone_owners = account_of[rows[picked]]
    builder._phone_raws = raws.filter(picked)
    builder._phone_lines = rows[picked] + 2
    picked = filled & ~phone
    rows, raws = rows[picked], raws.filter(picked)
    builder._owners = account_of[rows]
    builder._kinds = (value_kind[rows], kind_names)
    builder._raws = raws
    builder._lines = rows + 2
    # A value's problems go after those of earlier lines (`finish` merges them by this slot).
    unknown_rows = np.array([r for r, _ in problem_rows], dtype=np.int64)
    builder._slots = np.searchsorted(unknown_rows, rows)
    return True


# The first UTF-8 byte of every character `str.strip` removes (tests/related/test_longcsv.py
# checks the list against `str.isspace`): ASCII white space and controls (and DEL), U+0085 and
# U+00A0 (0xC2), U+1680 (0xE1), U+2000 to U+205F (0xE2) and U+3000 (0xE3).
SPACE_LEADS = (*range(0x21), 0x7F, 0xC2, 0xE1, 0xE2, 0xE3)


def _stripped(values: Any) -> Any:
    """The values without surrounding white space (as `str.strip` removes it), in Arrow: only
    those whose first or last character may be white space reach Python."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    values = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
    values = values.cast(pa.large_string())
    _, offsets, data = values.buffers()
    ends = np.frombuffer(offsets, dtype=np.int64)[values.offset : values.offset + len(values) + 1]
    body = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    body = body if len(body) else np.zeros(1, np.uint8)  # only empty values: nothing to read
    start, end = ends[:-1], ends[1:]
    leads = np.zeros(256, dtype=bool)
    leads[list(SPACE_LEADS)] = True

    def byte(at: Any, inside: Any) -> Any:
        """The byte at `at` of the values where `inside`, else 0x41 (a letter)."""
        return np.where(inside, body[np.where(inside, at, 0)], 0x41)

    present = end > start
    # the last character starts one byte from the end (ASCII), two or three (a white space
    # character has no four-byte form); a continuation byte is never one of the leads
    last = byte(end - 1, present)
    last_lead = np.where(last < 0x80, last, byte(end - 2, end - 2 >= start))
    odd = leads[byte(start, present)] | leads[last_lead]
    odd |= (last >= 0x80) & leads[byte(end - 3, end - 3 >= start)]
    odd = np.flatnonzero(present & odd)
    if not len(odd):
        return values
    fixed = pa.array([v.strip() for v in values.take(pa.array(odd)).to_pylist()], pa.large_string())
    mask = np.zeros(len(values), dtype=bool)
    mask[odd] = True
    return pc.replace_with_mask(values, pa.array(mask), fixed)
