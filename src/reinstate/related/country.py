"""Where an account is, when the file has no country column: phone numbers in national format
("0755 2671 2345", "020 7946 0958") can only be read with a region.

The evidence is tried from the most to the least specific: the number's own shape (an 11-digit
number starting 1[3-9] is a Chinese mobile), the account's addresses, its tax ids, and last the
marketplace it sells on (a Chinese seller on amazon.com is common, so the marketplace only decides
when nothing else does).
"""

from __future__ import annotations

import re

from reinstate.related.extensions import split_extension

_CN_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# "(415) 555-0132", "415-555-0132", "415.555.0132": ten digits in 3-3-4 groups, no trunk 0, is
# how North American numbers are written; no other numbering plan is written that way.
# "01577 57367537": a German mobile (015x, 016x, 017x) of 12 or 13 digits; a British number of
# the same start (0151 Liverpool, 01524 Lancaster) has 11 at most.
_DE_MOBILE = re.compile(r"^01[5-7]\d{9,10}$")
# "090-3599-4110": a Japanese mobile (070, 080, 090) in its 3-4-4 groups; British and Chinese
# numbers of that start are grouped otherwise (0800 123 4567, 0903-5994110).
_JP_MOBILE = re.compile(r"^0[789]0[ .-]\d{4}[ .-]\d{4}$")
_NANP = re.compile(r"^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]\d{4}$")
_HAN = re.compile(r"[\u3400-\u9fff]")

# Country words at the end of an address, in the forms sellers write them.
_ADDRESS_COUNTRY = {
    "cn": "CN", "china": "CN", "prc": "CN", "us": "US", "usa": "US", "united states": "US",
    "gb": "GB", "uk": "GB", "united kingdom": "GB", "england": "GB", "de": "DE", "germany": "DE",
    "deutschland": "DE", "fr": "FR", "france": "FR", "it": "IT", "italy": "IT", "italia": "IT",
    "es": "ES", "spain": "ES", "españa": "ES", "jp": "JP", "japan": "JP", "ca": None,
    "canada": "CA", "mx": "MX", "mexico": "MX", "au": "AU", "australia": "AU", "hk": "HK",
    "hong kong": "HK", "tw": "TW", "taiwan": "TW", "nl": "NL", "netherlands": "NL",
    "pl": "PL", "poland": "PL", "in": None, "india": "IN", "sg": "SG", "singapore": "SG",
}  # fmt: skip
_CN_CITIES = re.compile(
    r"\b(?:shenzhen|guangzhou|dongguan|foshan|shanghai|beijing|hangzhou|ningbo|yiwu|xiamen|"
    r"suzhou|nanjing|qingdao|wenzhou|jinhua|zhongshan|quanzhou|fuzhou|chengdu|wuhan)\b"
)
_US_STATE_ZIP = re.compile(
    r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b"
)
_US_STATE_NAME_ZIP = re.compile(
    r"\b(?:alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|"
    r"georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|"
    r"massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|"
    r"new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|"
    r"oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|"
    r"vermont|virginia|washington|west virginia|wisconsin|wyoming),?\s+\d{5}(?:-\d{4})?\b"
)
# A German address without its country: a street word of German form before the house number, or
# a five-digit postcode with "D-" or beside a German city or a floor ("2. OG") or office ("Büro").
_DE_STREET = re.compile(
    r"(?:stra(?:ß|ss)e|str\.?|weg|allee|platz|ring|damm|gasse|stieg|kamp|ufer|chaussee)\s+\d+[a-z]?\b"
)
_DE_POSTCODE = re.compile(r"(?<!\d)\d{5}(?!\d)")
_DE_PLACE = re.compile(
    r"\bd-\d{5}\b|\b(?:berlin|hamburg|m(?:ü|ue)nchen|k(?:ö|oe)ln|frankfurt|d(?:ü|ue)sseldorf|"
    r"leipzig|stuttgart|dortmund|essen|bremen|dresden|hannover|n(?:ü|ue)rnberg|\d\.\s*og|"
    r"b(?:ü|ue)ro|hinterhaus)\b"
)
# A Japanese address in romaji: a ward ("Kita-ku"), "chome", or a large city.
_JP_PLACE = re.compile(
    r"\b(?:tokyo|osaka|kyoto|yokohama|nagoya|fukuoka|sapporo|kobe|chome|[a-z]+-(?:ku|shi|cho))\b"
)
_UK_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_MARKETPLACE = {
    "amazon.com": "US", "com": "US", "us": "US", "usa": "US", "amazon.co.uk": "GB", "uk": "GB",
    "gb": "GB", "amazon.de": "DE", "de": "DE", "amazon.fr": "FR", "fr": "FR", "amazon.it": "IT",
    "it": "IT", "amazon.es": "ES", "es": "ES", "amazon.co.jp": "JP", "jp": "JP",
    "amazon.ca": "CA", "ca": "CA", "amazon.com.mx": "MX", "mx": "MX", "amazon.com.au": "AU",
    "au": "AU", "amazon.in": "IN", "in": "IN", "amazon.cn": "CN", "cn": "CN", "amazon.nl": "NL",
    "nl": "NL", "amazon.pl": "PL", "pl": "PL", "amazon.sg": "SG", "sg": "SG",
    "amazon.ae": "AE", "ae": "AE",
}  # fmt: skip


def from_address(raw: str) -> str | None:
    if _HAN.search(raw):
        # "美国 NJ Newark …": a foreign address written for a Chinese reader names its country
        for name, iso in _HAN_COUNTRIES:
            if name in raw:
                return iso
        if "台北" in raw:
            return "TW"
        if "東京" in raw:
            return "JP"
        return "CN"
    if _US_STATE_ZIP.search(raw) or _US_STATE_NAME_ZIP.search(raw.casefold()):
        return "US"
    if _UK_POSTCODE.search(raw.upper()):
        return "GB"
    folded = raw.casefold()
    words = re.sub(r"[^\w\s]", " ", folded).split()
    for size in (2, 1):
        if len(words) >= size:
            tail = " ".join(words[-size:])
            if _ADDRESS_COUNTRY.get(tail):
                return _ADDRESS_COUNTRY[tail]
    if _DE_POSTCODE.search(folded) and (_DE_STREET.search(folded) or _DE_PLACE.search(folded)):
        return "DE"
    if _JP_PLACE.search(folded):
        return "JP"
    if _CN_CITIES.search(raw.casefold()):
        return "CN"
    return None


def from_tax(raw: str) -> str | None:
    text = re.sub(r"[^0-9A-Z]", "", raw.upper())
    if re.fullmatch(r"[0-9]{2}[0-9A-Z]{16}", text) and text[0] in "159":
        return "CN"  # unified social credit code
    if re.search(r"\b\d{2}-\d{7}\b", raw):
        return "US"  # EIN
    m = re.search(r"(?<![A-Z])(DE|GB|FR|IT|ES|NL|PL|AT|BE|SE|CZ|IE)\s?\d", raw.upper())
    if m:
        return m.group(1)
    return None


def from_marketplace(raw: str) -> str | None:
    text = raw.strip().casefold().removeprefix("https://").removeprefix("www.").rstrip("/")
    if text in _MARKETPLACE:
        return _MARKETPLACE[text]
    # "西班牙站", "亚马逊日本站", "Amazon Spain": the site's country, in any language
    return code(re.sub(r"^(?:amazon|亚马逊)\s*|站$", "", text))


# Countries as sellers write them in a country column: the ISO code, or the name in English,
# Chinese, Japanese, German, French, Spanish or Italian.
_NAMES = {
    "CN": ("china", "prc", "中国", "中華人民共和国", "中华人民共和国", "中國", "中国大陆", "chine"),
    "US": ("usa", "united states", "united states of america", "america", "美国", "美國",
           "アメリカ", "米国", "vereinigte staaten", "etats unis", "états unis", "estados unidos",
           "stati uniti"),
    "GB": ("uk", "united kingdom", "great britain", "britain", "england", "英国", "英國",
           "イギリス", "vereinigtes königreich", "grossbritannien", "großbritannien",
           "royaume uni", "reino unido", "regno unito"),
    "DE": ("germany", "deutschland", "德国", "德國", "ドイツ", "allemagne", "alemania",
           "germania"),
    "FR": ("france", "法国", "法國", "フランス", "frankreich", "francia"),
    "IT": ("italy", "italia", "意大利", "義大利", "イタリア", "italien", "italie"),
    "ES": ("spain", "españa", "espana", "西班牙", "スペイン", "spanien", "espagne", "spagna"),
    "JP": ("japan", "日本", "japon", "japón", "giappone"),
    "CA": ("canada", "加拿大", "カナダ", "kanada"),
    "MX": ("mexico", "méxico", "墨西哥", "メキシコ", "mexiko", "mexique", "messico"),
    "AU": ("australia", "澳大利亚", "澳洲", "オーストラリア", "australien", "australie"),
    "NL": ("netherlands", "the netherlands", "holland", "nederland", "荷兰", "オランダ",
           "niederlande", "pays bas", "países bajos", "paesi bassi"),
    "PL": ("poland", "polska", "波兰", "ポーランド", "polen", "pologne", "polonia"),
    "SE": ("sweden", "sverige", "瑞典", "schweden", "suède", "suecia", "svezia"),
    "BE": ("belgium", "比利时", "belgien", "belgique", "bélgica", "belgio"),
    "IN": ("india", "印度", "インド", "indien", "inde"),
    "SG": ("singapore", "新加坡", "シンガポール", "singapur"),
    "AE": ("united arab emirates", "uae", "阿联酋", "vereinigte arabische emirate"),
    "HK": ("hong kong", "hongkong", "香港", "中国香港"),
    "TW": ("taiwan", "台湾", "台灣", "中国台湾"),
    "TR": ("turkey", "türkiye", "土耳其", "türkei", "turquie", "turquía"),
    "BR": ("brazil", "brasil", "巴西", "brasilien", "brésil"),
}  # fmt: skip
_BY_NAME = {name: iso for iso, names in _NAMES.items() for name in names}
# Chinese and Japanese country names, the longer first ("中国香港" before "中国"), China last.
_HAN_COUNTRIES = sorted(
    ((n, iso) for n, iso in _BY_NAME.items() if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", n)),
    key=lambda item: (item[1] == "CN", -len(item[0])),
)
_ISO_ALIASES = {"UK": "GB", "EL": "GR"}


def code(raw: str | None) -> str | None:
    """The ISO 3166 code of a country as written ("DE", "Deutschland", "中国", "Vereinigtes
    Königreich"), or None when it names none this module knows."""
    if not raw:
        return None
    text = raw.strip()
    if len(text) == 2 and text.isascii() and text.isalpha():
        return _ISO_ALIASES.get(text.upper(), text.upper())
    folded = " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())
    return _BY_NAME.get(folded) or _BY_NAME.get(folded.removeprefix("the "))


def infer(
    phones: list[str], addresses: list[str], taxes: list[str], marketplaces: list[str]
) -> tuple[str, str] | None:
    """(region, what it was inferred from) for an account without a country, or None."""
    # the number's shape without its extension ("(415) 555-0132 ext. 12" is 3-3-4)
    national = [
        split_extension(p.strip())[0] for p in phones if not p.strip().startswith(("+", "00"))
    ]
    digits = [re.sub(r"\D", "", p) for p in national]
    if digits and all(_CN_MOBILE.match(d) for d in digits):
        return "CN", "phone"
    if national and all(_NANP.match(p) for p in national):
        return "US", "phone"
    if digits and all(_DE_MOBILE.match(d) for d in digits):
        return "DE", "phone"
    if national and all(_JP_MOBILE.match(p) for p in national):
        return "JP", "phone"
    for source, values, fn in (
        ("address", addresses, from_address),
        ("tax_id", taxes, from_tax),
        ("marketplace", marketplaces, from_marketplace),
    ):
        found = [c for c in (fn(v) for v in values) if c]
        if found:
            return max(set(found), key=found.count), source
    return None
