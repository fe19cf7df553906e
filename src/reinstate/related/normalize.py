"""Normalisation made for linking: two spellings of one real value become one key.

Phones go through `phonenumbers` (E.164), e-mails lose case, plus-tags and Gmail dots, names lose
legal-form suffixes in English, German, French, Chinese and more, full-width characters fold
(NFKC) and traditional Chinese becomes simplified (OpenCC t2s), addresses get canonical tokens.
Each normaliser returns the key, or raises ValueError with a short reason the loader reports.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from functools import cache, lru_cache

from reinstate.related.attributes import BY_NAME


@cache
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


_HAN = re.compile(r"[\u3400-\u9fff]")
_NOT_UPPER_ALNUM = re.compile(r"[^0-9A-Z]")
_NOT_DIGIT = re.compile(r"\D")
_NOT_ALNUM = re.compile(r"[\W_]")


def _nfkc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFKC", text)


_SPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)


def fold(text: str) -> str:
    """NFKC (full-width to half-width), simplified Chinese, case-folded, single spaces."""
    if text.isascii():
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        text = _t2s()(text)
    return _SPACE.sub(" ", text.casefold()).strip()


# Legal-form suffixes, matched as whole trailing words after punctuation is removed.
_SUFFIXES_LATIN = [
    "co ltd",
    "company limited",
    "co limited",
    "company ltd",
    "pty ltd",
    "pte ltd",
    "sdn bhd",
    "limited",
    "ltd",
    "llc",
    "l l c",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "company",
    "co",
    "gmbh",
    "gmbh co kg",
    "ag",
    "kg",
    "ug",
    "ohg",
    "e k",
    "sarl",
    "s a r l",
    "sas",
    "sa",
    "srl",
    "s r l",
    "spa",
    "s p a",
    "bv",
    "b v",
    "nv",
    "plc",
    "llp",
    "lp",
    "ltda",
    "sl",
    "s l",
    "oy",
    "ab",
    "as",
    "kk",
    "k k",
    "pvt ltd",
    "private limited",
    "gmbh and co kg",
    "and co kg",
    "and co",
]
_SUFFIX_TOKENS = {tuple(s.split(" ")) for s in _SUFFIXES_LATIN}
_SUFFIX_LENGTHS = sorted({len(t) for t in _SUFFIX_TOKENS}, reverse=True)


def _strip_suffixes(tokens: list[str]) -> list[str]:
    """Drop trailing legal-form words ('co ltd', 'gmbh and co kg', ...) while any remain."""
    changed = True
    while changed and tokens:
        changed = False
        for size in _SUFFIX_LENGTHS:
            if len(tokens) > size and tuple(tokens[-size:]) in _SUFFIX_TOKENS:
                tokens = tokens[:-size]
                changed = True
                break
    return tokens


_SUFFIXES_HAN = [
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "株式会社",
    "合伙企业",
    "个体工商户",
    "公司",
    "商行",
    "经营部",
    "工作室",
    "商贸部",
]
_SUFFIX_HAN_RE = re.compile("(?:" + "|".join(_SUFFIXES_HAN) + ")+$")
_PROVINCES = (
    "广东|浙江|江苏|福建|山东|河南|河北|湖南|湖北|四川|安徽|江西|辽宁|吉林|黑龙江|山西|陕西|云南|贵州"
    "|广西|海南|甘肃|青海|台湾|内蒙古|新疆|西藏|宁夏"
)
_CITIES = (
    "北京|上海|天津|重庆|深圳|广州|东莞|佛山|中山|珠海|惠州|汕头|杭州|宁波|温州|义乌|金华|台州|绍兴"
    "|苏州|南京|无锡|常州|厦门|福州|泉州|莆田|青岛|济南|郑州|武汉|长沙|成都|西安|合肥|南昌|香港|澳门"
)
_REGION_HAN_RE = re.compile(
    rf"^(?:中国)?(?:(?:{_PROVINCES})省?|[\u4e00-\u9fff]{{2,3}}?(?:省|自治区))?"
    rf"(?:(?:{_CITIES})市?|[\u4e00-\u9fff]{{2,3}}?市)?"
)
_REGION_HAN_TAIL_RE = re.compile(rf"(?:{_CITIES})市?$")


# ASCII punctuation to spaces (what _PUNCT does, without a regex): the fast path for ASCII text.
_ASCII_PUNCT = {
    c: " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_" or chr(c).isspace())
}


def name(raw: str) -> str:
    """A company or store name without legal form: 'ACME Trading Co., Ltd.' -> 'acme trading'."""
    if raw.isascii():
        words = raw.replace("&", " and ").lower().translate(_ASCII_PUNCT).split()
        text = " ".join(_strip_suffixes(words))
        if not text:
            raise ValueError("empty name")
        return text
    return _name_general(raw)


def _name_general(raw: str) -> str:
    text = fold(raw)
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text.replace("&", " and "))).strip()
    if _HAN.search(text):
        squeezed = text.replace(" ", "")
        core = _SUFFIX_HAN_RE.sub("", squeezed)
        stripped = _REGION_HAN_RE.sub("", core)
        stripped = stripped if len(stripped) >= 2 else core
        tail = _REGION_HAN_TAIL_RE.sub("", stripped)
        text = tail if len(tail) >= 2 else stripped
    else:
        text = " ".join(_strip_suffixes(text.split(" ")))
    if not text:
        raise ValueError("empty name")
    return text


_GMAIL = {"gmail.com", "googlemail.com"}


def email(raw: str) -> str:
    """Lower case, no '+tag', Gmail dots ignored: 'J.Doe+amz@GoogleMail.com' -> 'jdoe@gmail.com'."""
    text = unicodedata.normalize("NFKC", raw).strip().casefold()
    text = text.removeprefix("mailto:")
    local, sep, domain = text.rpartition("@")
    if not sep or not local or "." not in domain or " " in text:
        raise ValueError("not an e-mail address")
    local = local.split("+", 1)[0]
    if domain in _GMAIL:
        domain = "gmail.com"
        local = local.replace(".", "")
    if not local:
        raise ValueError("not an e-mail address")
    return f"{local}@{domain}"


def user(raw: str) -> str:
    """A user login or permission holder: an e-mail when it is one, else the folded name."""
    if "@" in raw:
        return email(raw)
    text = fold(raw)
    if not text:
        raise ValueError("empty user")
    return text


_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_FORMATTING = re.compile(r"[\s\-./()]")
# Country codes whose national (trunk) prefix is "0" or absent: an international number there
# whose national part does not start with 0 is already in E.164 once formatting is removed.
_TRUNK_ZERO = {
    20,
    27,
    30,
    31,
    32,
    33,
    34,
    39,
    41,
    43,
    44,
    45,
    46,
    47,
    48,
    49,
    51,
    52,
    54,
    55,
    56,
    57,
    60,
    61,
    62,
    63,
    64,
    65,
    66,
    81,
    82,
    84,
    86,
    90,
    91,
    92,
    351,
    352,
    353,
    358,
    852,
    853,
    886,
    971,
    972,
    966,
}


def _fast_e164(text: str) -> str | None:
    """E.164 without a full parse for the common '+CC national' shape; None when unsure."""
    import phonenumbers

    cleaned = _FORMATTING.sub("", text)
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    if not cleaned.startswith("+") or not cleaned[1:].isdigit() or "(0)" in text:
        return None
    digits = cleaned[1:]
    if digits.startswith("1"):
        if len(digits) != 11 or digits[1] in "01":
            return None
        cc, national = 1, digits[1:]
    else:
        for size in (2, 3):
            if int(digits[:size]) in _TRUNK_ZERO:
                cc, national = int(digits[:size]), digits[size:]
                break
        else:
            return None
    if not national or national[0] == "0":
        return None
    number = phonenumbers.PhoneNumber(country_code=cc, national_number=int(national))
    if not phonenumbers.is_possible_number(number):
        return None
    return "+" + digits


@lru_cache(maxsize=1 << 16)
def phone(raw: str, region: str | None = None) -> str:
    """E.164 through `phonenumbers`; the account's country is the default region."""
    import phonenumbers

    text = (raw if raw.isascii() else unicodedata.normalize("NFKC", raw)).strip()
    fast = _fast_e164(text)
    if fast is not None:
        return fast
    digits = _NOT_DIGIT.sub("", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+") and not region and _CN_MOBILE.match(digits):
        region = "CN"
    try:
        number = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        raise ValueError("not a phone number (add the country code, e.g. +86)") from None
    if not phonenumbers.is_possible_number(number):
        raise ValueError("not a possible phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_ADDRESS_TOKENS = {
    "street": "st",
    "str": "st",
    "strasse": "st",
    "straße": "st",
    "road": "rd",
    "avenue": "ave",
    "av": "ave",
    "boulevard": "blvd",
    "drive": "dr",
    "lane": "ln",
    "court": "ct",
    "place": "pl",
    "square": "sq",
    "highway": "hwy",
    "building": "bldg",
    "bld": "bldg",
    "floor": "fl",
    "flr": "fl",
    "room": "rm",
    "suite": "ste",
    "apartment": "apt",
    "unit": "unit",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "district": "dist",
    "no": "",
    "number": "",
    "usa": "us",
    "united states": "us",
    "china": "cn",
    "prc": "cn",
    "deutschland": "de",
    "germany": "de",
    "united kingdom": "gb",
    "uk": "gb",
}
_ADDRESS_HAN = [("中华人民共和国", ""), ("中国", ""), ("号楼", "栋"), ("室", " "), ("号", " ")]


def _address_text(raw: str, *, fast: bool) -> str:
    if fast:
        return " ".join(raw.lower().translate(_ASCII_PUNCT).split())
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(raw).replace("#", " "))).strip()


def address(raw: str) -> str:
    """Canonical address tokens: 'Room 5, No. 12 Main Street' -> 'rm 5 12 main st'."""
    text = _address_text(raw, fast=raw.isascii())
    for long, short in (("united states", "us"), ("united kingdom", "gb")):
        text = text.replace(long, short)
    if _HAN.search(text):
        text = text.replace(" ", "")
        for long, short in _ADDRESS_HAN:
            text = text.replace(long, short)
        text = _SPACE.sub(" ", text).strip()
    tokens = [_ADDRESS_TOKENS.get(t, t) for t in text.split(" ")]
    out = " ".join(t for t in tokens if t)
    if not out:
        raise ValueError("empty address")
    return out


def bank(raw: str) -> str:
    """Upper-case letters and digits only: IBANs and account numbers in any grouping."""
    text = _NOT_UPPER_ALNUM.sub("", _nfkc(raw).upper())
    if len(text) < 5:
        raise ValueError("too short for a bank account")
    return text


def card(raw: str) -> str:
    text = _NOT_DIGIT.sub("", _nfkc(raw))
    if len(text) < 4:
        raise ValueError("too short for a card number")
    return text


def tax(raw: str) -> str:
    text = _NOT_UPPER_ALNUM.sub("", _nfkc(raw).upper())
    if len(text) < 5:
        raise ValueError("too short for a tax id")
    return text


_IPV4 = re.compile(
    r"^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$"
)


def ip(raw: str) -> str:
    text = raw.strip()
    if _IPV4.match(text):
        return text
    try:
        addr = ipaddress.ip_address(unicodedata.normalize("NFKC", raw).strip())
    except ValueError:
        raise ValueError("not an IP address") from None
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        return str(addr.ipv4_mapped)
    return addr.compressed


def token(raw: str) -> str:
    """Device ids and fingerprints: case and separators do not matter."""
    text = _NOT_ALNUM.sub("", _nfkc(raw).casefold())
    if len(text) < 4:
        raise ValueError("too short for an identifier")
    return text


def brand(raw: str) -> str:
    text = fold(raw.replace("®", "").replace("™", "").replace("©", ""))
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()
    if not text:
        raise ValueError("empty brand")
    return text


_BY_NAMESPACE: dict[str, Callable[[str], str]] = {
    "name": name,
    "email": user,
    "address": address,
    "bank": bank,
    "card": card,
    "tax": tax,
    "ip": ip,
    "device": token,
    "fingerprint": token,
    "brand": brand,
}


def normalizer(kind: str, country: str | None = None) -> Callable[[str], str]:
    """The normalising function for one attribute kind (resolved once for bulk work)."""
    namespace = BY_NAME[kind].namespace
    inner: Callable[[str], str]
    if namespace == "phone":
        region = country

        def for_phone(raw: str) -> str:
            return phone(raw, region)

        inner = for_phone
    elif kind == "email":
        inner = email
    else:
        inner = _BY_NAMESPACE[namespace]

    def checked(raw: str) -> str:
        if not raw or raw.isspace():
            raise ValueError("empty value")
        return inner(raw)

    return checked


def normalize(kind: str, raw: str, country: str | None = None) -> str:
    """The link key of one raw value of the given attribute kind (ValueError when unusable)."""
    return normalizer(kind, country)(raw)
