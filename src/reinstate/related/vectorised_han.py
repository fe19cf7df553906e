"""Keys of Chinese company names and addresses, a whole column at a time.

A large file's Chinese names and addresses ("宁波市星达松电子商务有限公司",
"深圳市工业区Station路182号2218室") went value by value through `normalize.name` and
`normalize.address`: at a million accounts about 7 s of CPU for 800,000 values. Here the
folding (NFKC, OpenCC's traditional to simplified, case) is done on all values joined by line
breaks, in a few calls, and the rest with Arrow's regular expressions (RE2). The values read
here are those whose folded text is printable ASCII and CJK unified ideographs (U+4E00 to
U+9FFF) with at least one ideograph: there Python's `\\w`, `\\s` and `\\d` are RE2's ASCII
classes plus the ideographs, so the two engines read the text alike. A value that `normalize`
reads with its neighbours or context (a city after the legal form or ending the name, a name
that is all region or all legal form, a province before the city of an address, a foreign
address framed for a Chinese reader, a postcode label, an address word among the tokens) is left
to the Python normaliser, as is every other value. tests/related/test_vectorised.py checks the
keys and parts against the Python normaliser on generated values.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any

from reinstate.related import normalize as nz

_CJK = r"\x{4e00}-\x{9fff}"
# printable ASCII and ideographs, one ideograph at least
_READABLE = rf"^[\x20-\x7e{_CJK}]*[{_CJK}][\x20-\x7e{_CJK}]*$"
# what Python's `[^\w\s]` and spaces are in such text, once case-folded (no capital is left)
_NOT_WORD = rf"[^0-9a-z_{_CJK}]+"


def _re2(pattern: str) -> str:
    """A pattern of `normalize` (Python `re`, written with \\uXXXX) in RE2's spelling."""
    out = re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", pattern)
    assert "\\u" not in out
    return out


@cache
def _patterns() -> dict[str, str]:
    tokens = sorted(k for k in nz._ADDRESS_TOKENS if " " not in k)
    return {
        "city_end": f"(?:{nz._CITIES})市?$",
        "suffixes": f"(?:{'|'.join(nz._SUFFIXES_HAN)})+$",
        # `_REGION_HAN_RE.match` and what follows it (its optional parts are taken greedily in
        # the order written, in RE2 as in Python: the rest always matches)
        "region": f"^(?P<head>{_re2(nz._REGION_HAN_RE.pattern.removeprefix('^'))})(?P<rest>.*)$",
        "frame": "^" + _re2(nz._HAN_FRAME.pattern).removeprefix(r"\s*"),
        "han_city": nz._HAN_CITY.pattern,
        "province": f"^(?:{nz._PROVINCES})",
        "token": f"(?:^| )(?:{'|'.join(map(re.escape, tokens))})(?: |$)",
    }


def folded(raws: Any) -> Any:
    """`normalize.fold` of each value that is not ASCII, holds a Han character once in NFKC and
    folds to printable ASCII and ideographs (an Arrow array of large strings, null for the other
    values)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    everywhere = pa.nulls(len(raws), pa.large_string())
    # a line break separates the values below; no control character is in a folded text
    asked = pc.and_(
        pc.invert(pc.string_is_ascii(raws)),
        pc.invert(pc.match_substring_regex(raws, r"[\x00-\x1f\x7f-\x9f]")),
    )
    values = raws.filter(asked)
    if not len(values):
        return everywhere
    # NFKC, OpenCC and case folding of a text are those of its lines: no mapping makes, removes
    # or reaches across a line break (the counts are checked all the same). Text already of
    # ASCII and ideographs is its own NFKC form, and Python's NFKC of a long text that is not
    # normal is slow: only the others are made so.
    other = pc.invert(pc.match_substring_regex(values, _READABLE))
    if pc.any(other).as_py():
        normal = _lines(unicodedata.normalize("NFKC", _joined(values.filter(other))))
        if len(normal) != pc.sum(other).as_py():
            return everywhere
        values = pc.replace_with_mask(values, other, normal)
    han = pc.match_substring_regex(values, _re2(nz._HAN.pattern))
    kept = values.filter(han)
    text = _lines(nz._t2s()(_joined(kept)).casefold()) if len(kept) else kept
    if len(text) != len(kept):
        return everywhere
    text = pc.utf8_trim(pc.replace_substring_regex(text, " {2,}", " "), " ")
    text = _blank(pc.invert(pc.match_substring_regex(text, _READABLE)), text)
    rows = np.flatnonzero(asked.to_numpy(zero_copy_only=False))
    rows = rows[np.asarray(han.to_numpy(zero_copy_only=False), dtype=bool)]
    mask = np.zeros(len(raws), dtype=bool)
    mask[rows] = True
    return pc.replace_with_mask(everywhere, pa.array(mask), text) if len(rows) else everywhere


def _joined(values: Any) -> str:
    """The values (Arrow strings without nulls) joined by line breaks, as one Python string."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lists = pa.LargeListArray.from_arrays(pa.array([0, len(values)], pa.int64()), values)
    return str(pc.binary_join(lists, _text("\n"))[0].as_py())


def _lines(text: str) -> Any:
    """The lines of a text as an Arrow array of large strings (split in numpy, not in Python)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    data = (text + "\n").encode()
    ends = np.flatnonzero(np.frombuffer(data, dtype=np.uint8) == 10) + 1
    offsets = pa.array(np.concatenate(([0], ends)), pa.int64()).buffers()[1]
    lines = pa.Array.from_buffers(pa.large_string(), len(ends), [None, offsets, pa.py_buffer(data)])
    # each line still ends with its line break
    return pc.utf8_slice_codeunits(lines, 0, -1)


def _text(value: str) -> Any:
    import pyarrow as pa

    return pa.scalar(value, pa.large_string())


def _blank(mask: Any, column: Any) -> Any:
    """The column with null where the mask (Arrow booleans) holds."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return pc.if_else(mask, pa.scalar(None, column.type), column)


def name(text: Any) -> tuple[Any, dict[str, Any]]:
    """`normalize.name` of folded Chinese names without nulls (`folded`), and the trade name
    (`name_core` of the key); null where the name is left to Python."""
    import pyarrow as pa
    import pyarrow.compute as pc

    p = _patterns()
    squeezed = pc.replace_substring_regex(pc.replace_substring(text, "&", "and"), _NOT_WORD, "")
    # a city at the end (after the legal form, or ending the name) is read in context
    odd = pc.match_substring_regex(squeezed, p["city_end"])
    whole = pc.struct_field(pc.extract_regex(squeezed, f"(?P<form>{p['suffixes']})"), "form")
    core = pc.replace_substring_regex(squeezed, p["suffixes"], "", max_replacements=1)
    # the first legal form written in `_SUFFIXES_HAN` that the run of forms starts with
    form = pa.nulls(len(text), pa.large_string())
    for suffix in nz._SUFFIXES_HAN:
        hit = pc.fill_null(pc.starts_with(whole, suffix), False)
        form = pc.if_else(pc.and_(pc.is_null(form), hit), _text(suffix), form)
    form = pc.fill_null(form, "")
    classes = list(nz._HAN_FORM_CLASS.items())
    at = pc.index_in(form, value_set=pa.array([k for k, _ in classes], pa.large_string()))
    form = pc.coalesce(pa.array([v for _, v in classes], pa.large_string()).take(at), form)
    split = pc.extract_regex(core, p["region"])
    head, rest = pc.struct_field(split, "head"), pc.struct_field(split, "rest")
    long = pc.greater_equal(pc.utf8_length(rest), 2)
    heads = pc.dictionary_encode(head)
    cities = pa.array([nz._city(h) for h in heads.dictionary.to_pylist()], pa.large_string())
    region = pc.if_else(long, cities.take(heads.indices), pa.scalar("", pa.large_string()))
    stripped = pc.if_else(long, rest, core)
    odd = pc.or_(odd, pc.match_substring_regex(stripped, p["city_end"]))
    odd = pc.or_(odd, pc.equal(pc.utf8_length(stripped), 0))
    both = pc.and_(pc.not_equal(form, ""), pc.not_equal(region, ""))
    extra = pc.if_else(
        both,
        pc.binary_join_element_wise(form, region, _text(", ")),
        pc.binary_join_element_wise(form, region, _text("")),
    )
    with_extra = pc.binary_join_element_wise(stripped, _text(" ("), extra, _text(")"), _text(""))
    key = pc.if_else(pc.equal(extra, ""), stripped, with_extra)
    return _blank(odd, key), {"trade_name": _blank(odd, stripped)}


def address(text: Any) -> tuple[Any, dict[str, Any]]:
    """`normalize.address` of folded Chinese addresses without nulls (`folded`), and
    `address_parts` of the key; null where the address is left to Python."""
    import pyarrow.compute as pc

    p = _patterns()
    odd = pc.or_(pc.match_substring_regex(text, p["frame"]), pc.match_substring(text, "邮"))
    odd = pc.or_(odd, pc.match_substring_regex(text, p["han_city"]))
    # a postcode after the address (`_address_han`)
    post = pc.match_substring_regex(text, r"[ ,;][0-9]{6}$")
    text = pc.if_else(post, pc.replace_substring_regex(text, "[0-9]{6}$", ""), text)
    text = pc.replace_substring_regex(text, _NOT_WORD, "")
    for long, short in nz._ADDRESS_HAN:
        text = pc.replace_substring(text, long, short)
    text = pc.utf8_trim(pc.replace_substring_regex(text, " {2,}", " "), " ")
    odd = pc.or_(odd, pc.match_substring_regex(text, p["province"]))
    odd = pc.or_(odd, pc.match_substring_regex(text, p["token"]))
    # a key without an ideograph has the parts of a Latin address
    odd = pc.or_(odd, pc.invert(pc.match_substring_regex(text, f"[{_CJK}]")))
    house = pc.extract_regex(text, r"^(?P<street>[^0-9]*?)(?P<number>[0-9]+)")
    street = pc.struct_field(house, "street")
    has = pc.fill_null(pc.greater_equal(pc.utf8_length(street), 3), False)
    building = pc.binary_join_element_wise(street, pc.struct_field(house, "number"), _text(""))
    none = _blank(pc.invert(has), street)
    return _blank(odd, text), {
        "building": _blank(odd, pc.if_else(has, building, none)),
        "street": _blank(odd, none),
    }
