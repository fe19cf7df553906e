"""Dates as invoices write them (en, zh, ja, de, fr, it, es, ca, pt, nl, pl, cs, sk, hu, sv, da, nb,
fi, ko, tr) and as PDF metadata does."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

# Month names per language; Polish and Slovak invoices write the genitive ("15 marca 2026", "5.
# novembra 2026"), so both forms; Hungarian abbreviates with a full stop ("2026. márc. 5.");
# Finnish writes the partitive ("5. maaliskuuta 2026"); Turkish months with their dotless ı and
# without it, as OCR reads it ("5 Mayis 2026").
_MONTH_NAMES: list[tuple[str, ...]] = [
    (
        "jan",
        "january",
        "januar",
        "jänner",
        "janvier",
        "gennaio",
        "enero",
        "januari",
        "styczeń",
        "stycznia",
        "janv",
        "genn",
        "ene",
        "gener",
        "janeiro",
        "januára",
        "tammikuu",
        "tammikuuta",
        "ocak",
    ),
    (
        "feb",
        "february",
        "februar",
        "février",
        "fevrier",
        "febbraio",
        "febrero",
        "februari",
        "luty",
        "lutego",
        "févr",
        "fevr",
        "febr",
        "febrer",
        "fevereiro",
        "februára",
        "helmikuu",
        "helmikuuta",
        "şubat",
    ),
    (
        "mar",
        "march",
        "märz",
        "maerz",
        "mars",
        "marzo",
        "maart",
        "marzec",
        "marca",
        "mrz",
        "mrt",
        "març",
        "março",
        "marec",
        "március",
        "márc",
        "marts",
        "maaliskuu",
        "maaliskuuta",
        "mart",
    ),
    (
        "apr",
        "april",
        "avril",
        "aprile",
        "abril",
        "kwiecień",
        "kwietnia",
        "avr",
        "abr",
        "apríl",
        "apríla",
        "április",
        "ápr",
        "huhtikuu",
        "huhtikuuta",
        "nisan",
    ),
    (
        "may",
        "mai",
        "maggio",
        "mayo",
        "mei",
        "maj",
        "maja",
        "magg",
        "maig",
        "maio",
        "máj",
        "mája",
        "május",
        "toukokuu",
        "toukokuuta",
        "mayıs",
        "mayis",
    ),
    (
        "jun",
        "june",
        "juni",
        "juin",
        "giugno",
        "junio",
        "czerwiec",
        "czerwca",
        "giu",
        "juny",
        "junho",
        "jún",
        "júna",
        "június",
        "kesäkuu",
        "kesäkuuta",
        "haziran",
    ),
    (
        "jul",
        "july",
        "juli",
        "juillet",
        "luglio",
        "julio",
        "lipiec",
        "lipca",
        "juil",
        "lug",
        "juliol",
        "julho",
        "júl",
        "júla",
        "július",
        "heinäkuu",
        "heinäkuuta",
        "temmuz",
    ),
    # English OCR models read the circumflex of "août" as a d or an i ("25 aodt 2026")
    (
        "aug",
        "august",
        "août",
        "aout",
        "aodt",
        "aoit",
        "agosto",
        "augustus",
        "sierpień",
        "sierpnia",
        "ago",
        "augusta",
        "augusztus",
        "augusti",
        "elokuu",
        "elokuuta",
        "ağustos",
    ),
    (
        "sep",
        "sept",
        "september",
        "septembre",
        "settembre",
        "septiembre",
        "setiembre",
        "wrzesień",
        "września",
        "set",
        "setembre",
        "setembro",
        "septembra",
        "szeptember",
        "szept",
        "syyskuu",
        "syyskuuta",
        "eylül",
    ),
    (
        "oct",
        "october",
        "oktober",
        "octobre",
        "ottobre",
        "octubre",
        "październik",
        "października",
        "okt",
        "ott",
        "outubro",
        "október",
        "októbra",
        "lokakuu",
        "lokakuuta",
        "ekim",
    ),
    (
        "nov",
        "november",
        "novembre",
        "noviembre",
        "listopad",
        "listopada",
        "novembro",
        "novembra",
        "marraskuu",
        "marraskuuta",
        "kasım",
        "kasim",
    ),
    (
        "dec",
        "december",
        "dezember",
        "décembre",
        "decembre",
        "dicembre",
        "diciembre",
        "grudzień",
        "grudnia",
        "dez",
        "déc",
        "dic",
        "desembre",
        "dezembro",
        "decembra",
        "desember",
        "joulukuu",
        "joulukuuta",
        "aralık",
        "aralik",
    ),
]


def fold(text: str) -> str:
    """Without diacritics: what an English OCR model reads ("2. Marz 2026", "pazdziernika")."""
    import unicodedata

    return "".join(
        c
        for c in unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
        if not unicodedata.combining(c)
    )


MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
MONTHS.update({fold(name): i for name, i in list(MONTHS.items()) if fold(name) not in MONTHS})
_MON = (
    r"(?P<mon>" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
)
# A date is never glued to more digits or separators: "IBAN DE89 2031 07 01..." or an account
# number "1234-2031-07-01" must not become a date.
# A form's dotted line before a date written on it ("Datum: .........26/08/2026") is no such
# separator: two dots or more lead the date.
_L = r"(?<![\w\-/,])(?:(?<!\.)|(?<=\.\.))"
_R = r"(?![\-/.,]?\d)(?![^\W\d_])"
# 令 and 今 differ by one stroke: Japanese OCR of a fax or a coarse scan reads 令和 as 今和
# (invoices13's faxes), which is no word, only the era followed by 年 月 日.
# A scan's OCR misreads 令 in other ways too ("人和", "信和", "る 和 7 年 9 月 8 日") or loses
# it: 和 with the era's year, month and day is 令和 unless after 昭 (昭和 is no invoice's date).
# The day's 日 is misread too ("18 晶", as the Gregorian year's pattern allows): the era's day
# needs no 日 after it, only no further digit.
# Japanese forms, slips and receipts abbreviate the era to its initial ("R07.04.11", "H31.4.30")
# or write the era's year with dots ("令和7.4.11"). Never with hyphens: "2-6-1" is a block of a
# Japanese address (丁目-番-号), and OCR reads a kanji before it as "H".
ERAS = {"令和": 2018, "今和": 2018, "和": 2018, "平成": 1988, "R": 2018, "H": 1988}

# The Republic of China's era, as Taiwan writes its dates: 民國 year 1 is 1912.
ROC_OFFSET = 1911
_MINGUO = r"中華民國|中华民国|民國|民国"
# What only a Taiwanese document prints: the era's name, the business number (統一編號, 統編),
# the New Taiwan dollar, the business tax (營業稅) and the uniform and electronic invoices
# (統一發票, 電子發票). A bare three-digit year ("115年3月5日", "115/03/05") is read as the
# ROC's only beside one of them: elsewhere it is no date, the date left unread rather than
# guessed. The Chinese OCR model reads a Taiwanese page's traditional characters in their
# simplified forms (统一编号, 营业税): the business number and tax count so too; 电子发票, the
# mainland's own e-invoice, does not.
_TAIWANESE = re.compile(
    _MINGUO + r"|統一編號|统一编号|統編|统编|NT\s?\$|\bTWD\b|新[臺台]幣|新台币|營業稅|营业税|"
    r"統一發票|電子發票"
)


def roc_calendar(text: str) -> bool:
    """Whether the document is Taiwanese, so that a bare three-digit year is the ROC's."""
    return bool(_TAIWANESE.search(text))


# The Thai solar calendar counts the Buddhist era: 2568 B.E. is 2025 CE. Thai suppliers print it
# on invoices written in English too ("Date: 10/03/2568").
BUDDHIST_OFFSET = 543
# A Thai supplier's letterhead: its country or capital, or Thai script.
_THAI_SUPPLIER = re.compile(r"\b(?:Thailand|THAILAND|Bangkok|BANGKOK)\b|[\u0e01-\u0e5b]")
# The era's name in English or Thai (พ.ศ.), wherever it is printed
_BUDDHIST_ERA = re.compile(r"\bB\.\s?E\.|พ\.\s?ศ\.")


def buddhist_calendar(letterhead: str, text: str) -> bool:
    """Whether the document is Thai, so that a year of the Buddhist era is read as the CE's:
    its supplier's letterhead is Thai, or the page names the era. (Baht the page prices in
    tell too, where the amounts are read.) A Thai buyer's or delivery address tells nothing."""
    return bool(_THAI_SUPPLIER.search(letterhead) or _BUDDHIST_ERA.search(text))


PATTERNS = [
    # the year, month and day each with its Chinese or Japanese character, or its Korean
    # syllable ("2026년 3월 5일")
    re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월]\s*(?P<d>\d{1,2})\s*[日일]?"),
    re.compile(
        r"(?P<era>令和|今和|平成|(?<!昭)和)\s*(?P<ey>\d{1,2}|元)"
        r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日|(?!\s*\d))"
    ),
    # An ISO date may carry its time ("2026-03-05T10:22:11", as a Mexican CFDI prints it); OCR
    # reads its T as a 7 on scans ("2026-07-12719:53:31")
    re.compile(
        _L + r"(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{2}|\d)"
        r"(?:(?=T\d{2}:\d{2})|(?=7\d{2}:\d{2}:\d{2})|" + _R + ")"
    ),
    re.compile(
        # "13, November 2026": OCR reads a German day's full stop as a comma on photos
        # Catalan elides "de" before a vowel: "3 d'abril de 2025", "12 d’octubre de 2026"
        r"(?<!\w)(?P<d>\d{1,2})(?:st|nd|rd|th|er|º|°)?[.,]?[\s\-]+(?:de\s+|d['’]\s?)?"
        + _MON
        # a two-digit year is no next cell's day ("17. September  17. Oktober")
        + r"[\s\-,]+(?:de\s+)?(?P<y>\d{4}|\d{2}(?!\.))(?!\d)",
        re.I,
    ),
    # "Feb 23, 2026", its comma read by OCR as a full stop off a photo ("Feb 23. 2026")
    re.compile(
        r"(?<!\w)" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?[,.]?\s+(?P<y>\d{4})(?!\d)", re.I
    ),
    re.compile(_L + r"(?P<a>\d{1,2})(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})" + _R),
    # a two-digit year: "15.03.26", and a till ticket's or a short form's "08/06/26 11:56"
    re.compile(_L + r"(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})" + _R),
    # "22. 2. 2026": Czech (and Slovak) day and month each with its full stop and a space; OCR
    # reads the month's stop as a comma on scans ("11. 4, 2026")
    re.compile(_L + r"(?P<a>\d{1,2})(?P<sep>\.)\s(?P<b>\d{1,2})[.,]\s(?P<y>\d{4})" + _R),
    # "29.09 2025", "29 09.2025": a dotted date one of whose full stops OCR read as a space;
    # only with day and month of two figures each ("1 7.2024" is as likely a fax's garbled words
    # around a year)
    re.compile(_L + r"(?P<a>\d{2})(?P<sep>\.)(?P<b>\d{2})\s(?P<y>(?:19|20)\d{2})" + _R),
    re.compile(_L + r"(?P<a>\d{2})\s(?P<b>\d{2})(?P<sep>\.)(?P<y>(?:19|20)\d{2})" + _R),
    re.compile(
        r"(?<![\w\-/.,])(?:(?P<era>[RH])|(?P<kanji>令和|今和|平成)\s*)(?P<ey>\d{1,2}|元)"
        r"(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _R
    ),
    # The ROC calendar (Taiwan: year 1 is 1912): "民國115年3月5日", "115年3月5日", and the
    # e-invoice's and forms' "115/03/05" or "115.03.05" (in figures only a three-digit year:
    # "99/12/31" is a day, a month and a year of two digits; never with hyphens, which join the
    # parts of an address or a code). Read only on a Taiwanese page (`roc_calendar`).
    re.compile(
        r"(?:(?P<minguo>" + _MINGUO + r")\s*(?P<ry>\d{2,3})|(?<!\d)(?P<bare>\d{2,3}))"
        r"\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日|(?!\s*\d))"
    ),
    re.compile(
        r"(?:(?P<minguo>" + _MINGUO + r")\s*|" + _L + r")(?P<bare>\d{3})(?P<sep>[/.])"
        r"(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _R
    ),
    # Hungarian: the year first, each part closed by a full stop ("2026. március 5.",
    # "2026. márc. 5.", "2026. 03. 05.")
    re.compile(_L + r"(?P<y>\d{4})\.\s*" + _MON + r"\s*(?P<d>\d{1,2})\.?(?!\d)", re.I),
    re.compile(_L + r"(?P<y>\d{4})\.\s(?P<m>\d{1,2})\.\s(?P<d>\d{1,2})\.?(?![\-/,]?\d)"),
    # Vietnamese: "Ngày 01 tháng 12 năm 2025" (day, month, year), also as an English OCR model
    # reads it without its marks or with others ("Ngay 23 thang 08 nam 2025", "thing", "ném"):
    # the three words' shape and their figures make the date, not their vowels
    re.compile(
        r"(?<!\w)ng[àa]y\s*(?P<d>\d{1,2})\s*th[^\W\d_]{1,2}ng\s*(?P<m>\d{1,2})\s*"
        r"n[^\W\d_]m\s*(?P<y>\d{4})(?!\d)",
        re.I,
    ),
]


def printed_order(text: str) -> bool | None:
    """Whether the document's own dates show day first (True) or month first (False): a date
    such as 21/11/2026 or 11/21/2026 settles how its 11/07/2026 reads. None when none does, or
    when they disagree."""
    seen = set()
    for m in PATTERNS[5].finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("sep") != "." and (a > 12) != (b > 12) and max(a, b) <= 31:
            seen.add(a > 12)
    return seen.pop() if len(seen) == 1 else None


def find_dates(
    text: str, *, dayfirst: bool | None = None, roc: bool = False, buddhist: bool = False
) -> list[tuple[int, int, date, bool]]:
    """Every date in the text as (start, end, date, ambiguous), in reading order.

    `dayfirst`: the document's convention for 04/05/2026 (True in European and Indian
    invoices, False in American ones, None when unknown: read month first, called ambiguous).
    A date written with dots (15.03.2026) is day first in every language that writes it so.
    `roc`: the document is Taiwanese (`roc_calendar`): a bare three-digit year is the ROC's.
    `buddhist`: the document is Thai (`buddhist_calendar`): a year past 2100 is the Buddhist
    era's when 543 years earlier is a year a date may have.
    """
    found: list[tuple[int, int, date, bool]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            parsed = _build(m.groupdict(), dayfirst, roc, buddhist)
            if parsed is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), parsed[0], parsed[1]))
    return sorted(found)


def _build(
    g: dict[str, str | None], dayfirst: bool | None, roc: bool, buddhist: bool
) -> tuple[date, bool] | None:
    try:
        if g.get("ry") or g.get("bare"):
            if not (g.get("minguo") or roc):
                return None
            year = ROC_OFFSET + int(g.get("ry") or g.get("bare") or 0)
        elif g.get("era") or g.get("kanji"):
            ey = g.get("ey") or "1"
            year = ERAS[str(g.get("era") or g["kanji"])] + (1 if ey == "元" else int(ey))
        else:
            year = int(g["y"] or 0)
            if buddhist and year > 2100:
                # a year of the Buddhist era is a Thai date, and Thailand writes the day first
                year -= BUDDHIST_OFFSET
                dayfirst = True
        if year < 100:
            year += 2000
        ambiguous = False
        if g.get("mon"):
            month = MONTHS[(g["mon"] or "").lower().rstrip(".")]
            day = int(g["d"] or 0)
        elif g.get("a"):
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            if a > 12:
                day, month = a, b
            elif b > 12:
                month, day = a, b
            elif g.get("sep") == "." or dayfirst:
                day, month = a, b
            else:  # 03/04/2026 with no convention known: month first, said to be ambiguous
                month, day = a, b
                ambiguous = a != b and dayfirst is None
        else:
            month, day = int(g["m"] or 0), int(g["d"] or 0)
        if not 1990 <= year <= 2100:
            return None
        return date(year, month, day), ambiguous
    except (ValueError, KeyError):
        return None


_PDF_DATE = re.compile(
    r"D?:?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?"
    r"(?P<tz>[Zz]|[+\-]\d{2}'?\d{0,2}'?)?"
)
_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?"
    r"(?:\.\d+)?)?(?P<tz>Z|[+\-]\d{2}:?\d{2})?"
)


def parse_pdf_date(value: str | None) -> datetime | None:
    """A PDF /Info date (D:YYYYMMDDHHmmSS+HH'mm') or an XMP ISO date, as an aware datetime."""
    if not value:
        return None
    value = value.strip()
    m = _ISO.match(value) if "-" in value[:8] else _PDF_DATE.match(value)
    if not m:
        return None
    g = m.groupdict()
    try:
        tz = _tz(g.get("tz"))
        return datetime(
            int(g["y"]),
            int(g["m"] or 1),
            int(g["d"] or 1),
            int(g["H"] or 0),
            int(g["M"] or 0),
            int(g["S"] or 0),
            tzinfo=tz,
        )
    except (ValueError, TypeError):
        return None


# No PDF was written before the format was published (June 1993): an earlier date is a clock
# that was never set (the Unix and DOS epochs) or a program's stand-in. ReportLab's invariant
# mode, used for reproducible output, writes 2000-01-01 00:00:00 UTC into every file it makes
# (a genuine supplier's invoices in invoices9 carried it: 16 of 18 were called "created
# before its date").
_FIRST_PDF = datetime(1993, 6, 15, tzinfo=UTC)
_STAND_INS = (datetime(2000, 1, 1, tzinfo=UTC),)


def clock_reading(moment: datetime | None) -> datetime | None:
    """A file's own creation or modification date, or None when it is no real clock reading (a
    placeholder): such a date tells nothing about when the file was made, so no sign may
    compare it with a date printed on the invoice or with the file's other date."""
    if moment is None or moment < _FIRST_PDF or moment in _STAND_INS:
        return None
    return moment


def _tz(raw: str | None) -> timezone:
    if not raw or raw in ("Z", "z"):
        return UTC
    digits = re.sub(r"[^0-9]", "", raw)
    hours = int(digits[:2] or 0)
    minutes = int(digits[2:4] or 0)
    sign = -1 if raw.startswith("-") else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
