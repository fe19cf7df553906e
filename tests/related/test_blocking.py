"""Splink's input made by Arrow (blocking.py, through fuzzy.py's wrappers, which leave values
holding a newline to the Python functions) is what fuzzy.py's Python functions give."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related import blocking
from reinstate.related import fuzzy as fz

# spaces, ASCII and other decimal digits, Han and brackets: each changes a key (a newline sends
# the whole column to the Python functions: test_a_newline_is_left_to_the_python_functions)
_TEXT = st.text(alphabet="ab xyz0123456789١٢３深圳科技()", max_size=24)

NAMES = [
    "", "a", "ab cd", "abc  def", " lead", "trail ", "深圳 科技 (广东)", "深", "x (y)",
    "acme (gb) (x)", "١٢٣٤٥ road", "a\nb (c)", "深圳市星达 电子 ", "ab cdefg hijklmn",
]  # fmt: skip
ADDRESSES = [
    "", "12345", "1 main st 12345", "a 12 b 1234 c 123456 d", "no digits here", "١٢٣٤٥ x",
    "深圳市工业区Station路182号2218室 518000", "7 x 12345\n", "12345\n 9", "  5  ",
]  # fmt: skip


def _check(names: list[str], addresses: list[str]) -> None:
    def arrow(xs: list[str]) -> pa.Array:
        return pa.array(xs, pa.string())

    assert fz.fuzzy_names(arrow(names)).to_pylist() == [fz._fuzzy_name(n) for n in names]
    assert fz.postcodes_of(arrow(addresses)).to_pylist() == [fz._postcode(a) for a in addresses]
    block, tail = blocking.name_blocks(arrow(names))
    assert list(zip(block.to_pylist(), tail.to_pylist(), strict=True)) == [
        fz._name_blocks(n) for n in names
    ]
    block, tail = fz.address_blocks(arrow(addresses))
    assert list(zip(block.to_pylist(), tail.to_pylist(), strict=True)) == [
        fz._address_blocks(a) for a in addresses
    ]
    distinct = sorted(set(names))
    counts: dict[str, int] = {}
    for name in distinct:
        for token in set(fz.name_tokens(name)) if name else ():
            counts[token] = counts.get(token, 0) + 1
    assert blocking.token_counts(arrow(distinct)) == counts


def test_the_arrow_keys_are_those_of_the_python_functions() -> None:
    _check(NAMES, ADDRESSES)


@settings(max_examples=100, deadline=None)
@given(st.lists(_TEXT, max_size=8), st.lists(_TEXT, max_size=8))
def test_any_text_gets_the_same_keys(names: list[str], addresses: list[str]) -> None:
    _check(names, addresses)


def test_a_newline_is_left_to_the_python_functions() -> None:
    # Python's `$` matches before a final newline, RE2's does not
    assert blocking.has_newline(pa.array(["12345\n"]))
    assert fz.postcodes_of(pa.array(["7 x 12345\n"])).to_pylist() == ["12345\n"]
    _check([n for n in NAMES if "\n" not in n], [a for a in ADDRESSES if "\n" not in a])
