"""The columnar reader of the long CSV form gives what the row-by-row reader gives."""

from __future__ import annotations

import csv
import io
import json
import random
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.related_hard import generate as generate_hard
from support.related_synth import generate, long_rows

from reinstate.related import longcsv
from reinstate.related.load import _Builder, load_accounts, parse_csv
from reinstate.related.model import Account


def _seen(accounts: list[Account]) -> list[tuple[Any, ...]]:
    return [
        (
            a.id,
            a.line,
            a.status,
            a.country,
            a.label,
            a.marketplace,
            a.inferred_country,
            a.inferred_from,
            a.values,
        )
        for a in accounts
    ]


def _rows(seed: int) -> list[tuple[str, str, str]]:
    """Long rows with what real exports hold: metadata rows, unknown and blank attributes,
    unusable values, national phone numbers, padding, Chinese text, repeated values."""
    rng = random.Random(seed)
    rows = list(long_rows(generate(120, seed=seed).accounts))
    for record in generate_hard(60, seed=seed).accounts:
        for key, value in record.items():
            if key == "id":
                continue
            for item in value if isinstance(value, list) else [value]:
                rows.append((record["id"], key, str(item)))
    extra: list[tuple[str, str, str]] = []
    for ident in sorted({r[0] for r in rows})[:40]:
        extra += [
            (ident, rng.choice(["country", "Country ", "status", "marketplace"]), "CN"),
            (ident, "phone", rng.choice(["0755 2671 2345", "138 0013 8000", "not a phone", ""])),
            (ident, rng.choice(["favourite_colour", " favourite_colour", "", "wat"]), "x"),
            (ident, " email", "  Padded+tag@Example.com "),
            (ident, "bank_account", "??"),
        ]
    rows += extra
    rng.shuffle(rows)
    return rows


def _csv(rows: list[tuple[str, str, str]], header: str = "account_id,attribute,value") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header.split(","))
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize("seed", [1, 2])
def test_columnar_reader_gives_the_row_readers_accounts_and_problems(
    tmp_path: Path, seed: int
) -> None:
    text = _csv(_rows(seed))
    builder = _Builder()
    assert longcsv.read(text.encode("utf-8"), builder)
    fast = builder.finish()
    slow = parse_csv(text)
    assert _seen(fast[0]) == _seen(slow[0])
    assert fast[1] == slow[1]
    assert {p.code for p in fast[1]} >= {"bad_value", "unknown_column"}
    assert any(a.inferred_country for a in fast[0]) and any(a.country for a in fast[0])
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    assert _seen(load_accounts(path)[0]) == _seen(slow[0])


@pytest.mark.parametrize(
    ("header", "crlf", "bom"),
    [("value,account_id,type", False, False), ("account_id,attribute,value", True, True)],
)
def test_columns_in_any_order_crlf_and_bom(header: str, crlf: bool, bom: bool) -> None:
    rows = [(r[2], r[0], r[1]) if header.startswith("value") else r for r in _rows(3)]
    text = _csv(rows, header)
    if crlf:
        text = text.replace("\n", "\r\n")
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    builder = _Builder()
    assert longcsv.read(data, builder)
    fast = builder.finish()
    slow = parse_csv(io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline=""))
    assert _seen(fast[0]) == _seen(slow[0]) and fast[1] == slow[1]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted line break: rows and lines no longer match
        'account_id,attribute,value\nA1,email,a@example.com\nA1,business_address,"1 Main St\n'
        'Leeds"\nA2,email,a@example.com\n',
        # a blank line
        "account_id,attribute,value\nA1,email,a@example.com\n\nA2,email,a@example.com\n",
        # a row without an id
        "account_id,attribute,value\nA1,email,a@example.com\n,email,b@example.com\n",
        # one id written two ways
        "account_id,attribute,value\nA1,email,a@example.com\n A1,email,b@example.com\n",
        # a row with too few fields
        "account_id,attribute,value\nA1,email,a@example.com\nA2,email\n",
        # extra per-account columns, and the wide form
        "account_id,attribute,value,marketplace\nA1,email,a@example.com,US\n",
        "id,email,phone\nA1,a@example.com,+86 138 0013 8000\n",
    ],
)
def test_other_shapes_are_left_to_the_row_reader(tmp_path: Path, text: str) -> None:
    builder = _Builder()
    assert not longcsv.read(text.encode("utf-8"), builder)
    assert not builder.accounts and not builder.problems
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    fast, slow = load_accounts(path), parse_csv(text)
    assert _seen(fast[0]) == _seen(slow[0]) and fast[1] == slow[1]


def test_the_command_reads_a_long_file_by_columns(tmp_path: Path) -> None:
    """The same JSON report from the columnar and the row-by-row readers."""
    from reinstate.related.check import check

    text = _csv(_rows(4))
    path = tmp_path / "accounts.csv"
    path.write_text(text, encoding="utf-8")
    accounts, problems = load_accounts(path)
    fast = check(accounts, problems=problems).to_json()
    accounts, problems = parse_csv(text)
    slow = check(accounts, problems=problems).to_json()
    assert json.dumps(fast, default=str) == json.dumps(slow, default=str)
    assert fast["clusters"]


def test_space_leads_start_every_white_space_character() -> None:
    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert {s.encode()[0] for s in spaces} <= set(longcsv.SPACE_LEADS)


EDGES = st.sampled_from([" ", "\t", "\x1f", "\x85", "\xa0", "\u2003", "\u3000", "\u205f", "", ""])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(EDGES, st.text("ab中€—\u3001\u3000 é😀", max_size=6), EDGES), max_size=30)
)
def test_values_lose_the_white_space_str_strip_removes(parts: list[tuple[str, str, str]]) -> None:
    values = ["".join(p) for p in parts]
    got = longcsv._stripped(pa.array(values, pa.string())).to_pylist()
    assert got == [v.strip() for v in values]
