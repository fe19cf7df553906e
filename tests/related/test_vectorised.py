"""The column-wise keys (and an address's or a name's parts) are the Python normalisers'."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related import vectorised, vectorised_han
from reinstate.related.bulk import Unusable, normalise_all
from reinstate.related.load import _derived
from reinstate.related.normalize import _TRUNK_ZERO, fold, normalizer


def _python(kind: str, raw: str) -> str | None:
    try:
        return normalizer(kind)(raw)
    except ValueError:
        return None


def _agrees(kind: str, raws: list[str]) -> int:
    """Each column-wise key equals the Python key; returns how many values had one."""
    got = vectorised.keys(kind, raws)
    assert got is not None and len(got) == len(raws)
    for raw, key in zip(raws, got, strict=True):
        if key is not None:
            assert key == _python(kind, raw), raw
    return sum(k is not None for k in got)


def _iban(country_code: str, bban: str) -> str:
    moved = bban + country_code + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country_code}{98 - number % 97:02d}{bban}"


SEPARATORS = st.sampled_from([" "] * 4 + ["-", ".", "/", "  ", "(", ")", "\t", "\u3000", "+"])
CODES = st.sampled_from(sorted({1, *_TRUNK_ZERO, 7, 33, 380, 99, 0, 5, 35}))


@st.composite
def phones(draw: st.DrawFn) -> str:
    """International numbers in many spellings, most of the fast path's shape, some just off."""
    code = str(draw(CODES))
    national = draw(st.text("0123456789", min_size=0, max_size=16))
    digits = code + national
    out = draw(st.sampled_from(["+"] * 8 + ["00", "", " +", "+(0)"]))
    for c in digits:
        out += c + (draw(SEPARATORS) if draw(st.integers(0, 5)) == 0 else "")
    return out + draw(st.sampled_from(["", "", "", " ", "\n", "x"]))


@settings(max_examples=400, deadline=None)
@given(st.lists(phones(), min_size=1, max_size=40))
def test_phone_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("phone", raws)


@st.composite
def banks(draw: st.DrawFn) -> str:
    letters = draw(st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdez", min_size=0, max_size=3))
    digits = draw(st.text("0123456789", min_size=0, max_size=40))
    shape = draw(st.integers(0, 4))
    if shape == 0 and len(letters) >= 2:
        return _iban(letters[:2].upper(), digits[:28] or "0")
    if shape == 1:
        return letters + draw(SEPARATORS) + digits
    if shape == 2:
        # printed in groups of four, as an IBAN is (valid or not, in either case)
        text = letters + digits
        if draw(st.booleans()):
            text = _iban(letters[:2].upper(), digits[:28] or "0")
        text = text.lower() if draw(st.booleans()) else text
        return " ".join(text[at : at + 4] for at in range(0, len(text), 4))
    return letters + digits


@settings(max_examples=400, deadline=None)
@given(st.lists(banks(), min_size=1, max_size=40))
def test_bank_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("bank_account", raws)


def test_bank_ibans_keep_their_own_key_and_short_ones_are_left_to_the_python_reading() -> None:
    plain = ["QL6322888005985720", "12345678", "A1234567"]
    uk = _iban("GB", "601613319268190123")
    ibans = ["DE89370400440532013000", uk, "de89 3704 0044 0532 0130 00", _iban("QL", "63228880")]
    got = vectorised.keys("bank_account", plain + ibans)
    whole = ["DE89370400440532013000", "GB133192/68190123", "DE89370400440532013000", None]
    assert got == ["6322888005985720", "12345678", "1234567", *whole]
    assert got[3:6] == [_python("bank_account", raw) for raw in ibans[:3]]


TAX_ALPHABET = "0123456789ABCDEFabcxyz -:#.VATINO税号"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(TAX_ALPHABET, min_size=0, max_size=20), min_size=1, max_size=40))
def test_tax_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("tax_id", raws)


def test_common_shapes_take_the_column_path() -> None:
    assert _agrees("phone", ["+1 870 956 2580", "+86 143 1655 0179", "+49-30-123456"]) == 3
    assert _agrees("tax_id", ["35-970945779F", "DE123456789", "12 3456 7"]) == 3
    # labels, words and national numbers are read by the Python normaliser
    assert _agrees("tax_id", ["VAT: DE 123456789", "no 12345"]) == 0
    assert _agrees("phone", ["138 0013 8000", "+44 (0)20 7946 0000", "tel +1 870 956 2580"]) == 0
    assert _agrees("email", ["Li.Na@Example.COM", "a@b.c", "J.Doe+amz@GoogleMail.com"]) == 3
    assert _agrees("email", ["Li <li@x.cn>", "mailto:a@b.c", "a b@c.d", "+x@y.z", "a@b@c.d"]) == 0
    assert _agrees("device_id", ["0A:72:53:A9:02:43:7F:96", "c5740800-0b1f-4d2a-9c1e-1234"]) == 2
    assert vectorised.keys("brand", ["Acme"]) is None
    assert vectorised.with_parts("email", pa.array(["a@b.c"])) is None


def test_normalise_all_merges_both_paths_in_order() -> None:
    raws = ["+1 870 956 2580", "138 0013 8000", "nonsense", "+86 143 1655 0179", ""]
    (keys,) = normalise_all([("phone", "CN", raws)], workers=1)
    assert keys[:2] == ["+18709562580", "+8613800138000"]
    assert isinstance(keys[2], Unusable) and isinstance(keys[4], Unusable)
    assert keys[3] == "+8614316550179"


def test_phone_lengths_of_every_fast_country_code() -> None:
    """The possible-length table agrees with `phonenumbers` for each code and national length."""
    raws = [
        f"+{cc} {first}{'7' * (n - 1)}"
        for cc in sorted({1, *_TRUNK_ZERO})
        for n in range(1, 19)
        for first in "159"
    ]
    assert _agrees("phone", raws) > len(raws) // 4


def test_a_placeholder_tax_id_is_left_to_the_python_normaliser_which_refuses_it() -> None:
    assert vectorised.keys("tax_id", ["000000000000000000", "DE000000000", "DE100000000"]) == [
        None,
        None,
        "DE100000000",
    ]


EMAIL_ALPHABET = "abcXYZ019._-+@<> %"


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(st.text(EMAIL_ALPHABET, max_size=8))
    domain = draw(
        st.sampled_from(["example.com", "GMail.com", "googlemail.com", "mail.x.cn", "x", ""])
    )
    head = draw(st.sampled_from(["", "", "", "mailto:", "Li <", " "]))
    return head + local + draw(st.sampled_from(["@", "@", "", "@@"])) + domain


@settings(max_examples=300, deadline=None)
@given(st.lists(emails(), min_size=1, max_size=40))
def test_email_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("email", raws)
    _agrees("login", raws)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0123456789.:af \n", max_size=17), min_size=1, max_size=40))
def test_ip_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("ip", raws)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("0123456789abcdefABCDEF-xyz :./_é", max_size=20), min_size=1, max_size=40))
def test_device_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees("device_id", raws)
    _agrees("browser_fingerprint", raws)


def _agrees_with_parts(kind: str, raws: list[str]) -> int:
    """Each column-wise key, and the parts it makes, equal the Python ones; returns how many
    values had a key."""
    got = vectorised.with_parts(kind, pa.array(raws, pa.large_string()))
    assert got is not None
    keys = got[0].to_pylist()
    parts = {dkind: column.to_pylist() for dkind, column in got[1].items()}
    for at, (raw, key) in enumerate(zip(raws, keys, strict=True)):
        if key is None:
            assert all(column[at] is None for column in parts.values()), raw
            continue
        assert key == _python(kind, raw), raw
        made = {dkind: column[at] for dkind, column in parts.items() if column[at] is not None}
        if kind in ("legal_name", "business_address"):
            assert made == dict(_derived(kind, key)), raw
    return sum(k is not None for k in keys)


# words that the normalisers read specially, and others
NAME_WORDS = st.sampled_from(
    ["acme", "Trading", "co", "Co.", "LTD", "limited", "l", "L.L.C", "gmbh", "and", "&", "kg",
     "s", "a", "r", "inc", "Company", "pty", "x_y", "9", "ug", "haftungsbeschränkt", "中", "e",
     "K.K.", "", "-", "(", ")"]
)  # fmt: skip


@st.composite
def names(draw: st.DrawFn) -> str:
    words = draw(st.lists(NAME_WORDS, max_size=7))
    return "".join(w + draw(st.sampled_from([" ", " ", ", ", ".", "\t", "", "/"])) for w in words)


@settings(max_examples=400, deadline=None)
@given(st.lists(names(), min_size=1, max_size=40))
def test_name_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees_with_parts("legal_name", raws)
    _agrees_with_parts("store_name", raws)


ADDRESS_WORDS = st.sampled_from(
    ["7202", "30398", "7299", "500", "Hillcrest", "Drive", "dr", "St.", "street", "Atlanta",
     "Georgia", "GA", "New", "York", "north", "N", "Carolina", "Suite", "#5", "#", "Floor", "3",
     "no", "D", "60693", "Moewenstrasse", "B37LH", "b3", "7lh", "USA", "United", "States", "de",
     "Delaware", "UK", "Hong", "Kong", "Rd", "12a", "x_1", "Straße", "深圳", "Room", "A"]
)  # fmt: skip


@st.composite
def addresses(draw: st.DrawFn) -> str:
    words = draw(st.lists(ADDRESS_WORDS, max_size=9))
    return "".join(w + draw(st.sampled_from([" ", " ", ", ", "-", "\n", ""])) for w in words)


@settings(max_examples=400, deadline=None)
@given(st.lists(addresses(), min_size=1, max_size=40))
def test_address_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees_with_parts("business_address", raws)


def test_common_names_and_addresses_take_the_column_path() -> None:
    names = ["ACME Trading Co., Ltd.", "Royal Outdoor Limited", "Li & Sons GmbH & Co. KG", "Ltd"]
    assert _agrees_with_parts("legal_name", names) == 4
    assert _agrees_with_parts("legal_name", ["  ", "Café Ltd"]) == 0
    places = ["4596 Maple Ln, Riverton 82570", "7202 Hillcrest Drive, Atlanta, Georgia, USA"]
    assert _agrees_with_parts("business_address", places) == 2
    # read with their neighbours, or not ASCII: left to Python
    odd = ["Suite 5, 1 Main St", "1 Main St #5", "New York NY 10001", "Münchener Str. 1"]
    assert _agrees_with_parts("business_address", odd) == 0


# Pieces of Chinese names and addresses that the normalisers read specially (regions, legal
# forms, cities at the end, frames, postcodes, address words), in simplified, traditional and
# full-width spellings, and characters that leave the column path (other scripts, CJK extension
# A, a line break).
HAN_NAME_PARTS = st.sampled_from(
    ["中国", "广东省", "广东", "深圳市", "深圳", "宁波市", "义乌", "内蒙古自治区", "星达松", "华丽",
     "贸易", "電子商務", "电子商务", "有限公司", "有限責任公司", "股份有限公司", "集团有限公司",
     "公司", "商行", "工作室", "（深圳）", "(香港)", "市", "省", "Acme", "ＡＢＣ", "&", " ", "　",
     "，", ".", "-", "_", "1", "１", "é", "ß", "\u3400", "\n", "株式会社", "東莞", "Trading",
     "杭州市"]
)  # fmt: skip
HAN_ADDRESS_PARTS = st.sampled_from(
    ["广东省", "广东", "深圳市", "南山区", "工业区", "Station", "路", "182", "１８２", "号", "室",
     "号楼", "栋", "2218", " ", ",", "，", "#", "邮编", "523233", " 523233", "中华人民共和国",
     "中国", "美国", "纽约", "Hillcrest", "Dr", "no", "street", "St", "uk", "B", "座", "楼",
     "臺北市", "A", "-", "é", "\u3400", "\n", "（", "）"]
)  # fmt: skip


@st.composite
def han_names(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(HAN_NAME_PARTS, min_size=1, max_size=7)))


@st.composite
def han_addresses(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(HAN_ADDRESS_PARTS, min_size=1, max_size=9)))


@settings(max_examples=500, deadline=None)
@given(st.lists(han_names(), min_size=1, max_size=40))
def test_chinese_name_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees_with_parts("legal_name", raws)
    _agrees_with_parts("store_name", raws)


@settings(max_examples=500, deadline=None)
@given(st.lists(han_addresses(), min_size=1, max_size=40))
def test_chinese_address_keys_are_the_python_keys(raws: list[str]) -> None:
    _agrees_with_parts("business_address", raws)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(han_names(), han_addresses(), st.text(max_size=12)), max_size=40))
def test_folding_a_column_at_once_is_folding_each_value(raws: list[str]) -> None:
    got = vectorised_han.folded(pa.array(raws, pa.large_string())).to_pylist()
    for raw, text in zip(raws, got, strict=True):
        if text is not None:
            assert text == fold(raw), raw


def test_common_chinese_names_and_addresses_take_the_column_path() -> None:
    names = ["宁波市星达松电子商务有限公司", "廣州市峰高銀貿易有限公司", "ＡＢＣ贸易有限责任公司"]
    names.append("华丽贸易")
    assert _agrees_with_parts("legal_name", names) == 4
    # a city after the legal form, or a name that is all region: read in context, by Python
    assert _agrees_with_parts("legal_name", ["华丽贸易有限公司（深圳）", "深圳市有限公司"]) == 0
    places = ["深圳市工业区Station路182号2218室", "广州市南山区Market路３５１号１８１４室"]
    assert _agrees_with_parts("business_address", places) == 2
    odd = ["广东省深圳市南山区科苑路88号", "美国 GA Atlanta 7202 Hillcrest Dr 邮编30398"]
    odd.append("德国 汉堡 Marktweg 1")
    assert _agrees_with_parts("business_address", odd) == 0
