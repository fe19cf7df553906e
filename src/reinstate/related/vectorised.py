"""Keys for the common shapes of values, a whole column at a time.

Most values of a large file are written one way: an international phone number ("+1 870 956 2580"),
an account number behind at most two letters ("QL6322888005985720"), a tax id of letters and
digits ("35-970945779F"), a plain e-mail address, a dotted IPv4 address, a hex device id, an ASCII
company name or street address. For those, Arrow's string kernels and numpy give the key the Python
normaliser would give (tests/related/test_vectorised.py checks that on generated values); every
other value gets None here and goes through the Python normaliser as before. Names and addresses
are read word by word: each distinct word is looked up once, each row's words only in numpy
(`with_parts`, which also gives the parts an address or a name makes). At a million accounts
this took the normalising CPU time from about 25 s to about 12 s.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from reinstate.related import vectorised_han
from reinstate.related.attributes import BY_NAME
from reinstate.related.keys import PLACEHOLDER_TAX

# An IBAN has at most 34 characters: a longer token is never one, and the check below walks
# each string's characters, so longer values are left to the Python normaliser.
_IBAN_MAX = 34


def keys(kind: str, raws: Any) -> list[str | None] | None:
    """The key of each raw value (a list, or an Arrow string array) of `kind` that has a common
    shape, else None for that value; None for the whole list when the kind has no column-wise
    path."""
    got = column(kind, raws)
    return None if got is None else got.to_pylist()


def column(kind: str, raws: Any) -> Any:
    """`keys` as an Arrow array of large strings (null where a value has no common shape), or
    None when the kind has no column-wise path."""
    namespace = BY_NAME[kind].namespace
    shaped = {
        "phone": _phone,
        "bank": _bank,
        "tax": _tax,
        "email": _email,
        "ip": _ip,
        "device": _token,
        "fingerprint": _token,
    }.get(namespace)
    if shaped is None or not len(raws):
        return None
    import pyarrow as pa

    array = raws.cast(pa.string()) if isinstance(raws, pa.Array) else pa.array(raws, pa.string())
    return shaped(array).cast(pa.large_string())


def _bytes(array: Any) -> tuple[Any, Any, Any]:
    """(start offsets, lengths, data bytes) of an Arrow string array without nulls."""
    import numpy as np
    import pyarrow as pa

    array = array.cast(pa.large_string()) if array.type != pa.large_string() else array
    _, offsets, data = array.buffers()
    ends = np.frombuffer(offsets, dtype=np.int64)[array.offset : array.offset + len(array) + 1]
    body = np.frombuffer(data, dtype=np.uint8) if data is not None else np.zeros(0, np.uint8)
    return ends[:-1], np.diff(ends), body


@cache
def _possible_lengths() -> Any:
    """possible[cc, n]: whether `phonenumbers` deems a number of country code cc with an n-digit
    national number possible (it judges by those two alone), for the codes of the fast path."""
    import numpy as np
    import phonenumbers

    from reinstate.related.normalize import _TRUNK_ZERO

    table = np.zeros((1000, 32), dtype=bool)
    for cc in (1, *_TRUNK_ZERO):
        for n in range(1, 32):
            number = phonenumbers.PhoneNumber(country_code=cc, national_number=int("1" * n))
            table[cc, n] = phonenumbers.is_possible_number(number)
    return table


@cache
def _trunk_zero() -> Any:
    import numpy as np

    from reinstate.related.normalize import _TRUNK_ZERO

    table = np.zeros(1000, dtype=bool)
    table[list(_TRUNK_ZERO)] = True
    return table


def _phone(raws: Any) -> Any:
    """`normalize.phone`'s fast path (`_fast_e164`) for ASCII numbers written with a leading
    '+' and only digits and spaces, dashes, dots, slashes and brackets after it."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    shaped = pc.and_(
        pc.match_substring_regex(raws, r"^\+[0-9 ./()\-]+$"),
        pc.invert(pc.match_substring(raws, "(0)")),
    )
    digits = pc.replace_substring_regex(raws, r"[^0-9]", "")
    starts, lengths, body = _bytes(digits)
    n = len(raws)

    def digit(at: int) -> Any:
        where = np.minimum(starts + at, max(len(body) - 1, 0))
        got = body[where].astype(np.int64) - 48 if len(body) else np.zeros(n, np.int64)
        return np.where(lengths > at, got, -1)

    d0, d1, d2 = digit(0), digit(1), digit(2)
    two = np.where(lengths >= 2, d0 * 10 + d1, np.where(lengths == 1, d0, 0))
    three = np.where(lengths >= 3, two * 10 + d2, two)
    trunk = _trunk_zero()
    nanp = d0 == 1
    cc = np.where(
        nanp,
        1,
        np.where(
            trunk[np.clip(two, 0, 999)], two, np.where(trunk[np.clip(three, 0, 999)], three, 0)
        ),
    )
    cc_len = np.where(nanp, 1, np.where(cc == two, 2, 3))
    national = lengths - cc_len
    ok = np.asarray(shaped.to_numpy(zero_copy_only=False), dtype=bool) & (cc > 0) & (national > 0)
    ok &= ~nanp | ((lengths == 11) & (d1 > 1))
    first = body[np.minimum(starts + cc_len, max(len(body) - 1, 0))] if len(body) else 0
    ok &= first != ord("0")
    ok &= _possible_lengths()[cc, np.clip(national, 0, 31)]
    keys = pc.binary_join_element_wise("+", digits, "")
    return pc.if_else(pa.array(ok), keys, pa.scalar(None, pa.string()))


def _bank(raws: Any) -> Any:
    """`keys.bank` of a plain token (up to two letters, then six or more digits, ASCII) and of
    two letters and digits in groups of four ("jj91 5730 8015 3280 31", the way an IBAN is
    printed): the digits, or the token itself (a UK one as sort code and account) when it is a
    valid IBAN of 15 to 34 characters."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    plain = _flag(pc.match_substring_regex(raws, r"^[A-Za-z]{0,2}[0-9]{6,}$"))
    # No label, SWIFT code, sort code (three pairs of digits) or routing number fits in the
    # grouped shape: `keys._bank` reads it as its one run of digits, or as an IBAN.
    grouped = _flag(
        pc.match_substring_regex(raws, r"^[A-Za-z]{2}[0-9]{2}(?: [0-9]{4})+(?: [0-9]{1,3})?$")
    )
    upper = pc.replace_substring(pc.ascii_upper(raws), " ", "")
    letters = pc.count_substring_regex(upper, r"[A-Z]")
    starts, lengths, body = _bytes(upper)
    two = np.asarray(letters.to_numpy(zero_copy_only=False)) == 2
    ok = plain | grouped
    # The IBAN check (`keys.iban_ok`): the digits after the fifth character, the two letters as
    # two digits each (A = 10 ... Z = 35), then the two check digits, modulo 97 equal to 1.
    check = ok & two & (lengths <= _IBAN_MAX)
    ok &= ~two | check
    rows = np.flatnonzero(check)
    at, size = starts[rows], lengths[rows]
    rest = np.zeros(len(rows), dtype=np.int64)
    for j in range(4, int(size.max()) if len(rows) else 4):
        live = size > j
        d = body[np.where(live, at + j, 0)].astype(np.int64) - 48
        rest = np.where(live, (rest * 10 + d) % 97, rest)
    for j in (0, 1):
        rest = (rest * 100 + body[at + j].astype(np.int64) - 55) % 97
    for j in (2, 3):
        rest = (rest * 10 + body[at + j].astype(np.int64) - 48) % 97
    iban = np.zeros(len(ok), dtype=bool)
    iban[rows] = rest == 1
    # `keys._find_iban` finds an IBAN of 15 characters or more; a shorter one is read in full
    # by the Python normaliser
    whole = iban & (lengths >= 15)
    ok &= ~iban | whole
    keys = pc.replace_substring_regex(upper, r"^[A-Z]+", "")
    keys = pc.if_else(pa.array(whole), upper, keys)
    uk = whole & _flag(pc.starts_with(upper, "GB")) & (lengths == 22)
    if uk.any():
        sort_code = pc.utf8_slice_codeunits(upper, 8, 14)
        account = pc.utf8_slice_codeunits(upper, 14)
        made = pc.binary_join_element_wise("GB", sort_code, "/", account, "")
        keys = pc.if_else(pa.array(uk), made, keys)
    return pc.if_else(pa.array(ok), keys, pa.scalar(None, pa.string()))


def _tax(raws: Any) -> Any:
    """`keys.tax` of ASCII ids whose every dash- or space-separated part holds a digit (no part
    can then be a label word) and which keep five characters or more."""
    import pyarrow as pa
    import pyarrow.compute as pc

    part = r"[0-9A-Za-z]*[0-9][0-9A-Za-z]*"
    shaped = pc.match_substring_regex(raws, rf"^{part}(?:[- ]{part})*$")
    keys = pc.ascii_upper(pc.replace_substring_regex(raws, r"[- ]", ""))
    ok = pc.and_(shaped, pc.greater_equal(pc.binary_length(keys), 5))
    # one digit repeated is a placeholder, refused by the Python normaliser (keys.tax)
    placeholder = pc.match_substring_regex(keys, rf"^{PLACEHOLDER_TAX.pattern}$")
    ok = pc.and_(ok, pc.invert(placeholder))
    # a Japanese invoice registration number is its 13 digits (`keys.jp_invoice`)
    keys = pc.replace_substring_regex(keys, r"^T([0-9]{13})$", r"\1")
    return pc.if_else(ok, keys, pa.scalar(None, pa.string()))


def _email(raws: Any) -> Any:
    """`normalize.email` (and `user`, which reads any value with an '@' as one) of printable
    ASCII addresses with one '@' and no display name or "mailto:": lower case, without a
    '+tag', Gmail's dots ignored."""
    import pyarrow as pa
    import pyarrow.compute as pc

    lower = pc.ascii_lower(raws)
    # printable without space or '<', one '@' after something, a dot after it
    ok = pc.and_(
        pc.match_substring_regex(raws, r"^[!-;=-?A-~]+@[!-;=-?A-~]*\.[!-;=-?A-~]*$"),
        pc.invert(pc.starts_with(lower, "mailto:")),
    )
    # most addresses are their own key in lower case; the others are taken apart
    odd = pc.and_(ok, pc.match_substring_regex(lower, r"\+|@(?:gmail|googlemail)\.com$"))
    keys = pc.if_else(ok, lower, pa.scalar(None, pa.string()))
    if not pc.any(odd).as_py():
        return keys
    parts = pc.extract_regex(lower.filter(odd), r"^(?P<user>[^+@]*)[^@]*@(?P<domain>.*)$")
    user, domain = pc.struct_field(parts, "user"), pc.struct_field(parts, "domain")
    gmail = pc.is_in(domain, value_set=pa.array(["gmail.com", "googlemail.com"]))
    user = pc.if_else(gmail, pc.replace_substring(user, ".", ""), user)
    domain = pc.if_else(gmail, pa.scalar("gmail.com"), domain)
    fixed = pc.if_else(
        pc.greater(pc.binary_length(user), 0),
        pc.binary_join_element_wise(user, domain, "@"),
        pa.scalar(None, pa.string()),
    )
    return pc.replace_with_mask(keys, odd, fixed)


def _ip(raws: Any) -> Any:
    """`normalize.ip` of dotted IPv4 addresses written plainly: the key is the text itself."""
    import pyarrow as pa
    import pyarrow.compute as pc

    octet = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
    ok = pc.match_substring_regex(raws, rf"^(?:{octet}\.){{3}}{octet}$")
    return pc.if_else(ok, raws, pa.scalar(None, pa.string()))


def _token(raws: Any) -> Any:
    """`normalize.token` of ids of hex digits and separators (a hash, an Android id, a UUID, a
    MAC address) with a digit among eight or more hex digits: the key is the hex digits in lower
    case."""
    import pyarrow as pa
    import pyarrow.compute as pc

    keys = pc.ascii_lower(pc.replace_substring_regex(raws, r"[-:._]", ""))
    ok = pc.and_(
        pc.match_substring_regex(raws, r"^[0-9A-Fa-f:._-]+$"),
        pc.match_substring_regex(keys, r"^[0-9a-f]*[0-9][0-9a-f]*$"),
    )
    # an id cut short ("…" or "...") and one of fewer than eight digits are refused by
    # `normalize.token`; words around an id (spaces) are read there too
    ok = pc.and_(ok, pc.invert(pc.match_substring_regex(raws, r"\.\.\.$")))
    ok = pc.and_(ok, pc.greater_equal(pc.binary_length(keys), 8))
    return pc.if_else(ok, keys, pa.scalar(None, pa.string()))


def with_parts(kind: str, raws: Any) -> tuple[Any, dict[str, Any]] | None:
    """Keys of the common shapes of names and addresses (ASCII text whose words need no
    reading in context), with what each key makes (`load._derived`: an address's building and
    street, a name's trade name), all as Arrow arrays of large strings, null where a value has
    no common shape (or makes no such part); None when the kind has no column-wise path."""
    namespace = BY_NAME[kind].namespace
    shaped = {"name": _name, "address": _address}.get(namespace)
    if shaped is None or not len(raws):
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    raws = raws.cast(pa.large_string())
    # only ASCII text takes the word-wise path (and an address without '#': a unit number)
    plain = pc.string_is_ascii(raws)
    if namespace == "address":
        plain = pc.and_(plain, pc.invert(pc.match_substring(raws, "#")))
    picked = raws.filter(plain)
    keys, parts = shaped(picked)
    everywhere = pa.nulls(len(raws), pa.large_string())

    def spread(column: Any, where: Any, size: int) -> Any:
        return pc.replace_with_mask(everywhere, where, column) if size else everywhere

    keys = spread(keys, plain, len(picked))
    parts = {name: spread(column, plain, len(picked)) for name, column in parts.items()}
    # Chinese text (not ASCII) of the common shapes: `vectorised_han`
    text = vectorised_han.folded(raws)
    han = pc.is_valid(text)
    chosen = text.filter(han)
    if len(chosen):
        more, made = {"name": vectorised_han.name, "address": vectorised_han.address}[namespace](
            chosen
        )
        keys = pc.coalesce(keys, spread(more, han, len(chosen)))
        for name, column in made.items():
            parts[name] = pc.coalesce(parts[name], spread(column, han, len(chosen)))
    return keys, parts


def _looked_up(words: Any, table: dict[str, str]) -> Any:
    """Each word through `table` (a word it does not hold stays as it is)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    at = pc.index_in(words, value_set=pa.array(list(table), pa.large_string()))
    return pc.coalesce(pa.array(list(table.values()), pa.large_string()).take(at), words)


def _flag(values: Any) -> Any:
    import numpy as np

    return np.asarray(values.to_numpy(zero_copy_only=False), dtype=bool)


def _among(words: Any, members: Any) -> Any:
    """Whether each word is one of `members` (a numpy bool array)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    return _flag(pc.is_in(words, value_set=pa.array(sorted(members), pa.large_string())))


def _matches(words: Any, pattern: str) -> Any:
    import pyarrow.compute as pc

    return _flag(pc.match_substring_regex(words, pattern))


class _Words:
    """The words of each ASCII string, split where `normalize`'s ASCII paths split them (at
    anything but a letter, a digit or '_', after lower case), as codes into the distinct words
    (`distinct`, an Arrow array): each distinct word is read once, each row only in numpy."""

    def __init__(self, text: Any) -> None:
        import numpy as np
        import pyarrow.compute as pc

        lists = pc.split_pattern_regex(pc.ascii_lower(text), r"[^a-z0-9_]+")
        flat = pc.list_flatten(lists)
        row = np.repeat(np.arange(len(text)), pc.list_value_length(lists).to_numpy())
        filled = pc.greater(pc.binary_length(flat), 0)
        words = pc.dictionary_encode(flat.filter(filled))
        self.row = row[_flag(filled)]
        self.code = words.indices.to_numpy().astype(np.int64)
        self.distinct = words.dictionary
        # where each row's words start and end (rows are in order)
        self.bounds = np.searchsorted(self.row, np.arange(len(text) + 1))

    def spread(self, per_distinct: Any) -> Any:
        """A value per distinct word (a numpy array), for every word."""
        return per_distinct[self.code]

    def any_per_row(self, flags: Any) -> Any:
        """Whether any of a row's words has the flag."""
        import numpy as np

        return np.bincount(self.row[flags], minlength=len(self.bounds) - 1) > 0

    def after(self, flags: Any) -> Any:
        """Whether each word's previous word (in the same row) has the flag."""
        import numpy as np

        out = np.zeros(len(flags), dtype=bool)
        out[1:] = flags[:-1] & (self.row[1:] == self.row[:-1])
        return out


def _joined(words: Any, starts: Any, ends: Any) -> Any:
    """words[starts[i]:ends[i]] joined by single spaces, for each i (Arrow large strings)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    # the slices laid end to end as the lists of a list array
    lengths = ends - starts
    offsets = np.concatenate(([0], np.cumsum(lengths))).astype(np.int64)
    picked = np.repeat(starts - offsets[:-1], lengths) + np.arange(offsets[-1])
    lists = pa.LargeListArray.from_arrays(pa.array(offsets), words.take(pa.array(picked)))
    return pc.binary_join(lists, pa.scalar(" ", pa.large_string()))


def _address(raws: Any) -> tuple[Any, dict[str, Any]]:
    """`normalize.address` of ASCII addresses without '#', and `normalize.address_parts` of
    their keys. A word that `_address_latin` reads with its neighbours (a unit or floor
    designator, a dropped word, a German "D-", a two-word state or country, a ZIP+4's last
    four, a "...strasse", a UK postcode) leaves its row to Python; country words at either end
    are dropped here, as there."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related import normalize as nz

    words = _Words(raws)
    n = len(raws)
    as_is = _looked_up(words.distinct, nz._ADDRESS_TOKENS)
    mapped = _looked_up(as_is, nz._US_STATES)
    seconds = {b for _, b in (*nz._US_STATE_PAIRS, *nz._ADDRESS_COUNTRY_PAIRS)}
    long = _flag(pc.greater(pc.utf8_length(as_is), 7))
    odd = _among(as_is, {"", "d", *nz._UNIT_WORDS})
    odd |= long & _flag(pc.ends_with(as_is, "strasse"))
    odd |= ~long & _matches(as_is, r"^[a-z]{1,2}[0-9][a-z0-9]?[0-9][a-z]{2}$")  # _UK_POSTCODE
    word_odd = words.spread(odd)
    word_odd |= words.spread(_among(as_is, seconds)) & words.after(
        words.spread(_among(mapped, nz._PAIR_HEADS))
    )
    word_odd |= words.spread(_matches(mapped, "^[0-9]{4}$")) & words.after(
        words.spread(_matches(mapped, "^[0-9]{5}$"))
    )
    ok = ~words.any_per_row(word_odd)

    # country words at either end go: a row keeps the words from its first other word to its
    # last (a row of country words only has no key)
    other = np.flatnonzero(~words.spread(_among(mapped, nz._ADDRESS_COUNTRIES)))
    lo = np.searchsorted(words.row[other], np.arange(n), side="left")
    hi = np.searchsorted(words.row[other], np.arange(n), side="right")
    ok &= hi > lo
    first = np.where(ok, other[np.minimum(lo, len(other) - 1)] if len(other) else 0, 0)
    last = np.where(ok, other[np.maximum(hi - 1, 0)] if len(other) else -1, -1)
    place = np.arange(len(words.row))
    kept = ok[words.row] & (place >= first[words.row]) & (place <= last[words.row])

    # the distinct canonical words of a row, sorted as Python sorts str (by code point: for
    # ASCII the byte order Arrow sorts in); "street" and "st" are one canonical word
    canonical = pc.dictionary_encode(mapped)
    canon = canonical.dictionary
    rank = np.empty(len(canon), dtype=np.int64)
    rank[pc.array_sort_indices(canon).to_numpy()] = np.arange(len(canon))
    size = max(len(canon), 1)
    word = words.spread(canonical.indices.to_numpy())[kept]
    # one sort of (row, rank) numbers, each kept once (np.sort: np.unique is slower)
    pairs = np.sort(words.row[kept] * size + rank[word])
    pairs = pairs[np.concatenate(([True], pairs[1:] != pairs[:-1]))] if len(pairs) else pairs
    row = pairs // size
    word = np.argsort(rank)[pairs % size]
    bounds = np.searchsorted(row, np.arange(n + 1))
    tokens = canon.take(pa.array(word))
    none = pa.scalar(None, pa.large_string())
    keys = pc.if_else(pa.array(ok), _joined(tokens, bounds[:-1], bounds[1:]), none)

    # `address_parts`: the building is the whole key (no '#' in it) when it holds a digit, the
    # street its words without digits when there are two or more
    numbered = _matches(canon, "[0-9]")[word]
    has_digit = np.bincount(row[numbered], minlength=n) > 0
    plain = np.flatnonzero(~numbered)
    plain_bounds = np.searchsorted(row[plain], np.arange(n + 1))
    street = _joined(tokens.take(pa.array(plain)), plain_bounds[:-1], plain_bounds[1:])
    building = pc.if_else(pa.array(ok & has_digit), keys, none)
    street = pc.if_else(pa.array(ok & (np.diff(plain_bounds) >= 2)), street, none)
    return keys, {"building": building, "street": street}


def _name(raws: Any) -> tuple[Any, dict[str, Any]]:
    """`normalize.name` of ASCII names (legal-form words taken off the end as
    `_split_suffixes` does, longest first, at least one word left), with the trade name
    (`name_core` of the key: the words before the legal form)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    from reinstate.related import normalize as nz

    words = _Words(pc.replace_substring(raws, "&", " and "))
    # a legal form of k words as one number: its words' places in the vocabulary of legal-form
    # words as the digits (the last word the lowest)
    vocabulary = sorted({w for suffix in nz._SUFFIX_TOKENS for w in suffix})
    base = len(vocabulary) + 1
    number = {w: at + 1 for at, w in enumerate(vocabulary)}
    forms = {
        size: np.array(
            sorted(
                sum(number[w] * base**k for k, w in enumerate(reversed(suffix)))
                for suffix in nz._SUFFIX_TOKENS
                if len(suffix) == size
            ),
            dtype=np.int64,
        )
        for size in nz._SUFFIX_LENGTHS
    }
    at = pc.index_in(words.distinct, value_set=pa.array(vocabulary, pa.large_string()))
    digit = words.spread(pc.fill_null(pc.add(at, 1), 0).to_numpy().astype(np.int64))
    start, end = words.bounds[:-1], words.bounds[1:].copy()
    live = np.flatnonzero(end - start > 1)
    while len(live):
        cut = np.zeros(len(live), dtype=np.int64)
        for size in nz._SUFFIX_LENGTHS:  # longest first, as `_split_suffixes` tries them
            room = (cut == 0) & (end[live] - start[live] > size)
            code = np.zeros(len(live), dtype=np.int64)
            for k in range(size):
                where = np.where(room, end[live] - 1 - k, 0)
                code += np.where(room, digit[where] if len(digit) else 0, 0) * base**k
            cut[room & np.isin(code, forms[size])] = size
        end[live] -= cut
        live = live[cut > 0]
    ok = words.bounds[1:] > start  # no words: "empty name"
    tokens = words.distinct.take(pa.array(words.code))
    core = _joined(tokens, start, end)
    form = _joined(tokens, end, words.bounds[1:])
    # the form's class (`_FORM_CLASS`)
    form = _looked_up(form, nz._FORM_CLASS)
    none = pa.scalar(None, pa.large_string())
    text = [pa.scalar(t, pa.large_string()) for t in (" (", ")", "")]
    with_form = pc.binary_join_element_wise(core, text[0], form, text[1], text[2])
    keys = pc.if_else(pc.equal(form, ""), core, with_form)
    keys = pc.if_else(pa.array(ok), keys, none)
    return keys, {"trade_name": pc.if_else(pa.array(ok), core, none)}
