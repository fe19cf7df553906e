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

from reinstate.related import country
from reinstate.related.attributes import BY_NAME
from reinstate.related.extensions import split_extension


@cache
def _t2s() -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC("t2s").convert


_HAN = re.compile(r"[\u3400-\u9fff]")
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
    "ug haftungsbeschränkt",
    "ug haftungsbeschraenkt",
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


# Spellings of one legal form share a class: "Co., Ltd." and "Limited" are the same kind of
# company, "LLC" is another, so "X Trading Co., Ltd." and "X Trading LLC" keep different keys.
_FORM_CLASS = {
    "co ltd": "ltd",
    "company limited": "ltd",
    "co limited": "ltd",
    "company ltd": "ltd",
    "limited": "ltd",
    "ltd": "ltd",
    "l l c": "llc",
    "incorporated": "inc",
    "corporation": "corp",
    "company": "co",
    "s a r l": "sarl",
    "s r l": "srl",
    "s p a": "spa",
    "b v": "bv",
    "s l": "sl",
    "k k": "kk",
    "e k": "ek",
    "private limited": "pvt ltd",
    "gmbh and co kg": "gmbh co kg",
    "ug haftungsbeschränkt": "ug",
    "ug haftungsbeschraenkt": "ug",
}


def _split_suffixes(tokens: list[str]) -> tuple[list[str], str]:
    """(name without trailing legal-form words, the legal form's class or '')."""
    forms: list[str] = []
    changed = True
    while changed and tokens:
        changed = False
        for size in _SUFFIX_LENGTHS:
            if len(tokens) > size and tuple(tokens[-size:]) in _SUFFIX_TOKENS:
                forms.insert(0, " ".join(tokens[-size:]))
                tokens = tokens[:-size]
                changed = True
                break
    form = " ".join(forms)
    return tokens, _FORM_CLASS.get(form, form)


def _strip_suffixes(tokens: list[str]) -> list[str]:
    return _split_suffixes(tokens)[0]


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


_HAN_FORM_CLASS = {"有限责任公司": "有限公司", "集团有限公司": "有限公司"}


def _with_form(core: str, form: str, region: str = "") -> str:
    extra = ", ".join(p for p in (form, region) if p)
    return f"{core} ({extra})" if extra else core


def name(raw: str) -> str:
    """A company or store name: 'ACME Trading Co., Ltd.' -> 'acme trading (ltd)'.

    The legal form's class and a Chinese name's city stay in the key: the same trade name with
    another legal form or in another city is another company (docs/related.md).
    """
    if raw.isascii():
        words = raw.replace("&", " and ").lower().translate(_ASCII_PUNCT).split()
        tokens, form = _split_suffixes(words)
        if not tokens:
            raise ValueError("empty name")
        return _with_form(" ".join(tokens), form)
    return _name_general(raw)


def _name_general(raw: str) -> str:
    text = fold(raw)
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text.replace("&", " and "))).strip()
    if _HAN.search(text):
        squeezed = text.replace(" ", "")
        region = ""
        trailing = _REGION_HAN_TAIL_RE.search(squeezed)
        if trailing and _SUFFIX_HAN_RE.search(squeezed[: trailing.start()]):
            # "华丽贸易有限公司（深圳）": the city written after the legal form
            region = _city(trailing.group(0))
            squeezed = squeezed[: trailing.start()]
        suffix = _SUFFIX_HAN_RE.search(squeezed)
        form = suffix.group(0) if suffix else ""
        for long in _SUFFIXES_HAN:
            if form.startswith(long):
                form = long
                break
        form = _HAN_FORM_CLASS.get(form, form)
        core = squeezed[: suffix.start()] if suffix else squeezed
        head = _REGION_HAN_RE.match(core)
        stripped = core[head.end() :] if head else core
        region = region or (_city(core[: head.end()]) if head and len(stripped) >= 2 else "")
        stripped = stripped if len(stripped) >= 2 else core
        tail = _REGION_HAN_TAIL_RE.search(stripped)
        if tail and len(stripped) - len(tail.group(0)) >= 2:
            region = region or _city(tail.group(0))
            stripped = stripped[: tail.start()]
        if not stripped:
            raise ValueError("empty name")
        return _with_form(stripped, form, region)
    tokens, form = _split_suffixes(text.split(" "))
    text = " ".join(tokens)
    if not text:
        raise ValueError("empty name")
    return _with_form(text, form)


_CITY_RE = re.compile(rf"(?:{_CITIES})")
_PROVINCE_RE = re.compile(rf"(?:{_PROVINCES})")


def _city(prefix: str) -> str:
    """The city (else the province) named in a Chinese region prefix or suffix."""
    city = _CITY_RE.search(prefix)
    if city:
        return city.group(0)
    found = re.search(r"([\u4e00-\u9fff]{2,3}?)市", prefix)
    if found:
        return found.group(1)
    province = _PROVINCE_RE.search(prefix)
    return province.group(0) if province else ""


_KEY_EXTRA = re.compile(r" \(([^()]*)\)$")


def name_core(key: str) -> str:
    """The trade name inside a name key, without legal form and region."""
    return _KEY_EXTRA.sub("", key)


_GMAIL = {"gmail.com", "googlemail.com"}
_ANGLE = re.compile(r"<([^<>]*@[^<>]*)>")


def email(raw: str) -> str:
    """Lower case, no '+tag', Gmail dots ignored: 'J.Doe+amz@GoogleMail.com' -> 'jdoe@gmail.com'."""
    text = unicodedata.normalize("NFKC", raw).strip().casefold()
    if "<" in text:
        # "<a@b.com>", "Li Na <a@b.com>": the address inside the brackets, as mail clients write it
        inside = _ANGLE.search(text)
        text = inside.group(1).strip() if inside else text
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
    """E.164 through `phonenumbers`; the account's country is the default region.

    The country may be written as a name in any of the languages `country.code` knows
    ("Deutschland", "中国"): a file's country column is in the seller's language. The key is
    the number without its extension (`extension` reads that): which lines of one number join
    is decided on the links, where the other accounts' extensions are known (`crowd.py`).
    """
    import phonenumbers

    text = (raw if raw.isascii() else unicodedata.normalize("NFKC", raw)).strip()
    text = split_extension(text)[0]
    fast = _fast_e164(text)
    if fast is not None:
        return fast
    region = country.code(region)
    digits = _NOT_DIGIT.sub("", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    if not text.startswith("+") and (region or "CN").upper() == "CN" and _CN_MOBILE.match(digits):
        # An 11-digit 1[3-9] number is a Chinese mobile; phonenumbers would read 179xx/125xx at
        # its start as a carrier-selection prefix and drop it.
        return "+86" + digits
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
    # "fl" alone stays a word: it is also Florida
    "floor": "floor",
    "flr": "floor",
    # "Room 5", "Suite 5", "Unit 5", "Flat 5": one designator, since sellers swap them freely
    "room": "unit",
    "rm": "unit",
    "suite": "unit",
    "ste": "unit",
    "apartment": "unit",
    "apt": "unit",
    "flat": "unit",
    "unit": "unit",
    "north": "n",
    "south": "s",
    "east": "e",
    "west": "w",
    "district": "dist",
    "blk": "block",
    "sg": "singapore",
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
# The province before a city adds nothing to where the place is, and sellers often leave it out.
_ADDRESS_PROVINCE = re.compile(rf"^(?:{_PROVINCES})省?(?=[\u4e00-\u9fff]{{2,3}}市)")
# A foreign address written for a Chinese reader: "美国 GA Atlanta 7202 Hillcrest Dr 邮编30398".
# Without its country word and postcode label it is the Latin address it names.
_HAN_FRAME = re.compile(
    r"\s*(?:美国|英国|德国|法国|意大利|西班牙|加拿大|墨西哥|荷兰|澳大利亚|日本)"
)


def _han_frame(text: str) -> str:
    """The address without a leading country word and postcode labels (plain string work: most
    Chinese addresses have neither)."""
    frame = _HAN_FRAME.match(text)
    if frame:
        text = text[frame.end() :]
    if "邮" in text:
        text = text.replace("邮政编码", " ").replace("邮编", " ")
    return text


# Foreign cities as a Chinese seller writes them in a foreign address (德国 汉堡 Marktweg 1 …): the
# larger cities of the countries Chinese sellers most often have an office or warehouse in. Used
# only when no other Chinese is left, so a Chinese or Japanese address keeps its own reading.
_HAN_CITIES = {
    "柏林": "berlin", "汉堡": "hamburg", "慕尼黑": "muenchen", "科隆": "koeln",
    "法兰克福": "frankfurt am main", "斯图加特": "stuttgart", "杜塞尔多夫": "duesseldorf",
    "莱比锡": "leipzig", "多特蒙德": "dortmund", "埃森": "essen", "不来梅": "bremen",
    "德累斯顿": "dresden", "汉诺威": "hannover", "纽伦堡": "nuernberg", "伦敦": "london",
    "伯明翰": "birmingham", "曼彻斯特": "manchester", "利兹": "leeds", "格拉斯哥": "glasgow",
    "利物浦": "liverpool", "布里斯托尔": "bristol", "布里斯托": "bristol", "谢菲尔德": "sheffield",
    "爱丁堡": "edinburgh", "诺丁汉": "nottingham", "莱斯特": "leicester", "纽约": "new york",
    "洛杉矶": "los angeles", "芝加哥": "chicago", "休斯顿": "houston", "凤凰城": "phoenix",
    "费城": "philadelphia", "圣地亚哥": "san diego", "达拉斯": "dallas", "奥斯汀": "austin",
    "西雅图": "seattle", "旧金山": "san francisco", "亚特兰大": "atlanta", "迈阿密": "miami",
    "波士顿": "boston", "丹佛": "denver", "拉斯维加斯": "las vegas", "波特兰": "portland",
    "纽瓦克": "newark", "巴黎": "paris", "马德里": "madrid", "巴塞罗那": "barcelona",
    "米兰": "milano", "罗马": "roma",
}  # fmt: skip
_HAN_CITY = re.compile("|".join(sorted(_HAN_CITIES, key=len, reverse=True)))
_LATIN_WORD = re.compile("[a-z]{3}")


def _city_word(found: re.Match[str]) -> str:
    return f" {_HAN_CITIES[found.group(0)]} "


# US state names, so "Atlanta, Georgia" and "Atlanta, GA" agree (two-word names after the
# direction words became n/s/e/w).
_US_STATES = {
    "alabama": "al", "alaska": "ak", "arizona": "az", "arkansas": "ar", "california": "ca",
    "colorado": "co", "connecticut": "ct", "delaware": "de", "florida": "fl", "georgia": "ga",
    "hawaii": "hi", "idaho": "id", "illinois": "il", "indiana": "in", "iowa": "ia",
    "kansas": "ks", "kentucky": "ky", "louisiana": "la", "maine": "me", "maryland": "md",
    "massachusetts": "ma", "michigan": "mi", "minnesota": "mn", "mississippi": "ms",
    "missouri": "mo", "montana": "mt", "nebraska": "ne", "nevada": "nv", "ohio": "oh",
    "oklahoma": "ok", "oregon": "or", "pennsylvania": "pa", "tennessee": "tn", "texas": "tx",
    "utah": "ut", "vermont": "vt", "virginia": "va", "washington": "wa", "wisconsin": "wi",
    "wyoming": "wy",
}  # fmt: skip
_US_STATE_PAIRS = {
    ("new", "hampshire"): "nh", ("new", "jersey"): "nj", ("new", "mexico"): "nm",
    ("new", "york"): "ny", ("n", "carolina"): "nc", ("n", "dakota"): "nd",
    ("s", "carolina"): "sc", ("s", "dakota"): "sd", ("w", "virginia"): "wv",
    ("rhode", "island"): "ri",
}  # fmt: skip
# Country words dropped at either end of a Latin address: the rest says where it is, and
# sellers add or leave out the country, in their own language.
_ADDRESS_COUNTRIES = frozenset(
    ("us", "usa", "gb", "uk", "de", "cn", "jp", "japan", "fr", "it", "es", "nl", "pl", "mx", "au",
     "hk", "tw", "america", "britain", "england", "germany", "deutschland", "china",
     "france", "italy", "italia", "spain", "espana", "netherlands", "canada", "mexico",
     "australia")
)  # fmt: skip
_ADDRESS_COUNTRY_PAIRS = frozenset(
    {("united", "states"), ("united", "kingdom"), ("vereinigtes", "koenigreich"),
     ("great", "britain"), ("royaume", "uni"), ("reino", "unido"), ("hong", "kong")}
)  # fmt: skip
_PAIR_HEADS = frozenset(a for a, _ in (*_US_STATE_PAIRS, *_ADDRESS_COUNTRY_PAIRS))
# German spellings without umlauts ("Duesseldorf", "Moewenstrasse") are the same words.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
# "Room 5", "Suite 5", "Apt 5", "#5", "Floor 3": the unit number is kept with its designator, as
# one token, so the address's words can be put in a fixed order.
_UNIT_WORDS = frozenset({"unit", "floor"})
_UNIT_HASH = re.compile(r"#\s*(?=\w)")


def _address_text(raw: str, *, fast: bool) -> str:
    if fast:
        return " ".join(raw.lower().translate(_ASCII_PUNCT).split())
    return _SPACE.sub(" ", _PUNCT.sub(" ", fold(raw))).strip()


def address(raw: str) -> str:
    """Canonical address: 'Suite 500, 7202 Hillcrest Drive, Atlanta, Georgia 30398-7299, USA'
    and '7202 HILLCREST DR #500 ATLANTA GA 30398' -> '#500 30398 7202 atlanta dr ga hillcrest'.

    A Latin-script address is the sorted set of its canonical words: sellers write its parts
    (unit, city, state, postcode) in every order. A Chinese address keeps its order (province,
    city, district, road, number, building, room is how it is always written) without spaces.
    """
    text = raw
    if not raw.isascii():
        text = _han_frame(fold(raw))
        if _HAN.search(text):
            # "德国 汉堡 Marktweg 1 …" is "Marktweg 1 … Hamburg" (only a text with Latin words)
            latin = _LATIN_WORD.search(text) and _HAN_CITY.sub(_city_word, text)
            if not latin or _HAN.search(latin):
                return _address_han(text)
            text = latin
        text = text.translate(_UMLAUTS)
    if "#" in text:
        text = _UNIT_HASH.sub(" unit ", text)
    text = _address_text(text, fast=text.isascii())
    out = _address_latin(text.split(" ") if text else [])
    if not out:
        raise ValueError("empty address")
    return out


def _address_han(text: str) -> str:
    text = text.rstrip()
    if text[-6:].isdigit() and (len(text) == 6 or text[-7] in " ,，;；"):
        # a Chinese postcode after the address ("…827室，邮编523233"; the label is gone by now):
        # sellers add or leave it out, and once spaces go it would run into the room number
        text = text[:-6]
    text = _SPACE.sub(" ", _PUNCT.sub(" ", text.replace("#", " "))).strip().replace(" ", "")
    for long, short in _ADDRESS_HAN:
        text = text.replace(long, short)
    text = _ADDRESS_PROVINCE.sub("", _SPACE.sub(" ", text).strip())
    tokens = [_ADDRESS_TOKENS.get(t, t) for t in text.split(" ")]
    out = " ".join(t for t in tokens if t)
    if not out:
        raise ValueError("empty address")
    return out


def _address_latin(words: list[str]) -> str:
    """The sorted canonical words of a Latin-script address, in one pass over its words."""
    kept: list[str] = []
    unit = ""  # the designator whose number comes next ("#" for a unit, "floor#")
    tokens, heads, states = _ADDRESS_TOKENS, _PAIR_HEADS, _US_STATES
    for word in words:
        token = tokens.get(word, word)
        if not token:
            continue
        if unit:
            kept.append(unit + token)
            unit = ""
            continue
        if kept and kept[-1] in heads:
            pair = (kept[-1], token)
            joined = _US_STATE_PAIRS.get(pair) or ("us" if pair in _ADDRESS_COUNTRY_PAIRS else "")
            if joined:  # a two-word state, or a country word dropped below
                kept[-1] = joined
                continue
        size = len(token)
        if size < 4 or (token.isalpha() and size <= 7):
            if token in _UNIT_WORDS:
                unit = "#" if token == "unit" else "floor#"
            elif token == "d" or size > 3:
                kept.append(states.get(token, token))
            else:
                kept.append(token)
            continue
        if token.isdigit():
            if size == 5 and kept and kept[-1] == "d":
                kept.pop()  # "D-60693": a German postcode's old country prefix
            elif size == 4 and kept and len(kept[-1]) == 5 and kept[-1].isdigit():
                continue  # a US ZIP+4's last four
        elif size > 7 and token.endswith("strasse"):
            token = token[:-4]  # "Möwenstraße" = "Möwenstr."
        elif size <= 7 and token[-3].isdigit() and _UK_POSTCODE.match(token):
            kept += [token[:-3], token[-3:]]  # "B37LH" = "B3 7LH"
            continue
        kept.append(states.get(token, token))
    while kept and kept[-1] in _ADDRESS_COUNTRIES:
        kept.pop()
    while kept and kept[0] in _ADDRESS_COUNTRIES:
        kept.pop(0)
    # a set: "New York, NY" and "纽约" (the state left out) differ only by a repeated word
    return " ".join(sorted(set(kept)))


_UK_POSTCODE = re.compile(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$")
_HAN_HOUSE = re.compile(r"^(\D*?)(\d+)")


def address_parts(key: str) -> tuple[str | None, str | None]:
    """(building, street) of an address key: what neighbours share without sharing an address.

    The building is the address without its room, suite or floor; the street is the building
    without any number. Either is None when nothing is left to tell it apart.
    """
    if _HAN.search(key):
        m = _HAN_HOUSE.match(key)
        if not m or len(m.group(1)) < 3:
            return None, None
        return m.group(1) + m.group(2), m.group(1)
    kept = [t for t in key.split(" ") if "#" not in t]
    building = " ".join(kept)
    street = " ".join(t for t in kept if not any(c.isdigit() for c in t))
    return (
        building if any(c.isdigit() for c in building) else None,
        street if len(street.split(" ")) >= 2 else None,
    )


_BUSINESS_WORDS_TEXT = (
    "trading trade tech technology technologies store shop goods supply supplies import export "
    "imports exports group international global industrial industry electronics electronic "
    "home design studio services service solutions digital commerce ecommerce enterprise "
    "enterprises holdings products product mart market outlet factory manufacturing logistics "
    "brands brand and the of co"
)
_BUSINESS_WORDS = frozenset(_BUSINESS_WORDS_TEXT.split())
_HAN_BUSINESS = re.compile(
    "贸易|科技|商贸|电子|实业|网络|电器|家居|服饰|工贸|进出口|国际|集团|店|厂|工作室|商行|经营部"
)


def looks_like_person(key: str) -> bool:
    """A name key without legal form that reads as a private person's name ('李娜', 'david brown').

    Namesakes are common, so such a name is weak evidence however exactly it matches.
    """
    if _KEY_EXTRA.search(key):
        return False
    if _HAN.search(key):
        return 2 <= len(key) <= 4 and not _HAN_BUSINESS.search(key)
    tokens = key.split(" ")
    return 2 <= len(tokens) <= 3 and all(t.isalpha() and t not in _BUSINESS_WORDS for t in tokens)


def bank(raw: str) -> str:
    from reinstate.related import keys

    return keys.bank(raw)


def card(raw: str) -> str:
    from reinstate.related import keys

    return keys.card(raw)


def tax(raw: str) -> str:
    from reinstate.related import keys

    return keys.tax(raw)


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


# A device id inside a label or a description ("设备ID c5740800-…", "Android / Chrome | …",
# "dev:…", "MAC 3B:74:…"): a UUID, byte pairs (a MAC address), or a run of 15 or more hex
# digits (an IMEI, an Android id, a hash).
_DEVICE_ID = re.compile(
    r"(?<![0-9a-z])(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    r"|(?:[0-9a-f]{2}[:-]){5,}[0-9a-f]{2}|[0-9a-f]{15,})"
    r"(?![0-9a-z])"
)
# Words before an id that only say what it is ("UDID:", "SN", "设备ID：", "超级浏览器环境ID").
# A label word has a letter that is not a hex digit ("id", "mac", "sn"): "ab:cd:ef:01" is an id.
_DEVICE_LABEL = re.compile(r"^(?:(?=[a-f]*[^\W\d_a-f])[^\W\d_]+[\s:=#]+)+")
_CUT_SHORT = re.compile(r"(?:\.\.\.|…)\s*$")
# Fewer characters than this name a vendor (a MAC's first half) or a batch, not one device.
_DEVICE_ID_MIN = 8


def token(raw: str) -> str:
    """Device ids and fingerprints: case, separators and the words around the id do not matter.

    A value must hold the id of one device. A description of a model, system or browser
    ("iPhone 13 / iOS 17.1 / Safari", "Windows 10 x64, Chrome 120, 1920x1080") is owned by
    thousands of sellers, half a MAC address names its maker, and an id cut short ("…") may be
    any of the devices that start alike: none of them says which device it was.
    """
    folded = _nfkc(raw).casefold().strip()
    if _CUT_SHORT.search(folded):
        raise ValueError("cut short: the rest of the id is missing")
    found = set(_DEVICE_ID.findall(folded))
    if len(found) == 1:
        text = _NOT_ALNUM.sub("", found.pop())
    else:
        unlabelled = _DEVICE_LABEL.sub("", folded)
        if len(unlabelled.split()) > 1 or any(c in unlabelled for c in "/,|;"):
            raise ValueError("a description of a device, not the id of one")
        text = _NOT_ALNUM.sub("", unlabelled)
    if len(text) < _DEVICE_ID_MIN:
        raise ValueError("too short for the id of one device")
    if text.isalpha():
        # "laptop", "iPhone": a description names a model thousands of sellers own
        raise ValueError("no identifier in it, only words")
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


@lru_cache(maxsize=1024)
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
