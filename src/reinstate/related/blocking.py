"""Splink's input a column at a time: the fuzzy names, postcodes, blocking keys and name-token
counts of `fuzzy.py`, worked out by Arrow's string kernels on arrays of distinct values.

Each function gives, row for row, what its Python counterpart in `fuzzy.py` gives for one value
(`_fuzzy_name`, `_postcode`, `_name_blocks`, `_address_blocks`, `name_tokens`; the tests hold
them equal). At a million accounts the Python ones took ~10 s of CPU on forked workers, mostly
in making, pickling and rebuilding Python strings. Python's `\\d` is any Unicode decimal digit,
RE2's `\\p{Nd}` the same; Python's `$` also matches before a final newline, which RE2's does not,
so values holding a newline are left to the Python functions (`has_newline`).
"""

from __future__ import annotations

from typing import Any

_DIGITS = r"\p{Nd}+"
_POSTCODE = r"^(?:\p{Nd}{5}(?:\p{Nd}{1,4})?|\p{Nd}{4}|\p{Nd}{6})$"
_HAN = r"[\x{3400}-\x{9fff}]"
_KEY_EXTRA = r" \(([^()]*)\)$"


def has_newline(values: Any) -> bool:
    """Whether a value holds a newline: `fuzzy_names`, `postcodes` and `address_blocks` are not
    for such values (fuzzy.py gives them to its Python functions)."""
    import pyarrow.compute as pc

    return bool(len(values)) and bool(pc.any(pc.match_substring(values, "\n")).as_py())


def _large(values: Any) -> Any:
    import pyarrow as pa

    return values.cast(pa.large_string())


def fuzzy_names(keys: Any) -> Any:
    """`fuzzy._fuzzy_name` of each of `keys` (an Arrow string array without nulls or newlines)."""
    import pyarrow.compute as pc

    core = pc.replace_substring_regex(_large(keys), _KEY_EXTRA, "")
    return pc.if_else(
        pc.match_substring_regex(core, _HAN), pc.replace_substring(core, " ", ""), core
    )


def _words(values: Any) -> tuple[Any, Any, Any]:
    """(words, the value of each word, each value's first word's position) of values split at
    single spaces, as `str.split(" ")` does (an empty value is one empty word)."""
    import numpy as np
    import pyarrow.compute as pc

    lists = pc.split_pattern(values, " ")
    words = pc.list_flatten(lists)
    offsets = lists.offsets.to_numpy()
    owner = np.repeat(np.arange(len(values)), np.diff(offsets))
    return words, owner, offsets[:-1]


def _first_longest(lengths: Any, owner: Any, keep: Any, n: int) -> Any:
    """Per value, the position of its first longest kept word (-1 when it has none): what
    `max(words, key=len)` picks."""
    import numpy as np

    out = np.full(n, -1, dtype=np.int64)
    at = np.flatnonzero(keep)
    if not len(at):
        return out
    mine, length = owner[at], lengths[at]
    starts = np.flatnonzero(np.r_[True, mine[1:] != mine[:-1]])
    group = np.repeat(np.arange(len(starts)), np.diff(np.r_[starts, len(at)]))
    longest = np.flatnonzero(length == np.maximum.reduceat(length, starts)[group])
    firsts = longest[np.r_[True, group[longest][1:] != group[longest][:-1]]]
    out[mine[firsts]] = at[firsts]
    return out


def _pick(words: Any, at: Any) -> Any:
    """The word at each position; null where it is -1."""
    import pyarrow as pa

    return words.take(pa.array(at, mask=at < 0))


def postcodes(addresses: Any) -> Any:
    """`fuzzy._postcode` of each address (an Arrow string array without nulls or newlines)."""
    import numpy as np
    import pyarrow.compute as pc

    words, owner, _ = _words(_large(addresses))
    found = np.flatnonzero(pc.match_substring_regex(words, _POSTCODE).to_numpy(False))
    mine = owner[found]
    lasts = found[np.r_[mine[1:] != mine[:-1], True]] if len(found) else found
    at = np.full(len(addresses), -1, dtype=np.int64)
    at[owner[lasts]] = lasts
    return _pick(words, at)


def _joined(*parts: Any) -> Any:
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.binary_join_element_wise(*parts, pa.scalar("", pa.large_string()))


def name_blocks(names: Any) -> tuple[Any, Any]:
    """(name_block, name_tail) of `fuzzy._name_blocks` for each name (no nulls)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    names = _large(names)
    words, owner, firsts = _words(names)
    lengths = pc.utf8_length(words).to_numpy(False)
    longest = _pick(words, _first_longest(lengths, owner, lengths >= 0, len(names)))
    given = pc.not_equal(names, "")
    nothing = pa.scalar(None, pa.large_string())
    block = _joined(
        pc.utf8_slice_codeunits(words.take(pa.array(firsts)), 0, 5),
        pa.scalar(":", pa.large_string()),
        pc.utf8_slice_codeunits(longest, 0, 3),
    )
    tail = pc.if_else(pc.greater_equal(pc.utf8_length(longest), 3), longest, nothing)
    return pc.if_else(given, block, nothing), pc.if_else(given, tail, nothing)


def address_blocks(addresses: Any) -> tuple[Any, Any]:
    """(addr_block, addr_tail) of `fuzzy._address_blocks` for each address (no nulls or
    newlines)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    addresses = _large(addresses)
    colon = pa.scalar(":", pa.large_string())
    nothing = pa.scalar(None, pa.large_string())
    house = pc.struct_field(pc.extract_regex(addresses, f"(?P<h>{_DIGITS})"), [0])
    words, owner, _ = _words(pc.replace_substring_regex(addresses, _DIGITS, " "))
    lengths = pc.utf8_length(words).to_numpy(False)
    street = _pick(words, _first_longest(lengths, owner, lengths > 2, len(addresses)))
    code = postcodes(addresses)
    block = pc.if_else(pc.is_valid(code), _joined(house, colon, code), nothing)
    tail = pc.if_else(
        pc.is_valid(street), _joined(house, colon, pc.utf8_slice_codeunits(street, 0, 8)), nothing
    )
    # no digit: no house (a null house makes the joins null too)
    return block, tail


def token_counts(names: Any) -> dict[str, int]:
    """In how many of `names` (distinct; no nulls) each token of `fuzzy.name_tokens` is; empty
    names have none."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    if not len(names):
        return {}
    names = _large(names)
    han = pc.match_substring_regex(names, _HAN).to_numpy(False)
    tokens: list[Any] = []
    owners: list[Any] = []
    latin = np.flatnonzero(~han)
    if len(latin):
        words, owner, _ = _words(names.take(pa.array(latin)))
        kept = pc.not_equal(words, "").to_numpy(False)
        tokens.append(words.filter(pa.array(kept)))
        owners.append(latin[owner[kept]])
    chinese = np.flatnonzero(han)
    if len(chinese):
        text = pc.replace_substring(names.take(pa.array(chinese)), " ", "")
        length = pc.utf8_length(text).to_numpy(False)
        # overlapping pairs of characters; a name of one character is its own token
        alone = np.flatnonzero(length < 2)
        tokens.append(text.take(pa.array(alone)))
        owners.append(chinese[alone])
        for start in range(int(length.max()) - 1):
            rows = np.flatnonzero(length >= start + 2)
            tokens.append(pc.utf8_slice_codeunits(text.take(pa.array(rows)), start, start + 2))
            owners.append(chinese[rows])
    encoded = pc.dictionary_encode(pa.concat_arrays([_large(t) for t in tokens]))
    code = encoded.indices.to_numpy(False).astype(np.int64)
    size = len(encoded.dictionary)
    owner_all = np.concatenate(owners).astype(np.int64)
    # a token counts once per name (sorted, not np.unique: its hash table was slower here)
    pairs = np.sort(owner_all * size + code)
    if not len(pairs):
        return {}
    distinct = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] % size
    counts = np.bincount(distinct, minlength=size)
    return dict(zip(encoded.dictionary.to_pylist(), counts.tolist(), strict=True))
