"""Dates as invoices write them, in English and Chinese, and as PDF metadata stores them."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

PATTERNS = [
    re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日?"),
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})\b"),
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s\-]+" + _MON + r"[\s\-,]+(?P<y>\d{4}|\d{2})\b", re.I
    ),
    re.compile(r"\b" + _MON + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", re.I),
    re.compile(r"\b(?P<a>\d{1,2})[/.\-](?P<b>\d{1,2})[/.\-](?P<y>\d{4})\b"),
]


def find_dates(text: str) -> list[tuple[int, int, date, bool]]:
    """Every date in the text as (start, end, date, ambiguous), in reading order."""
    found: list[tuple[int, int, date, bool]] = []
    taken: list[tuple[int, int]] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            parsed = _build(m.groupdict())
            if parsed is None:
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), parsed[0], parsed[1]))
    return sorted(found)


def _build(g: dict[str, str | None]) -> tuple[date, bool] | None:
    try:
        year = int(g["y"] or 0)
        if year < 100:
            year += 2000
        ambiguous = False
        if g.get("mon"):
            month = MONTHS[(g["mon"] or "").lower()[:3]]
            day = int(g["d"] or 0)
        elif g.get("a"):
            a, b = int(g["a"] or 0), int(g["b"] or 0)
            if a > 12:
                day, month = a, b
            elif b > 12:
                month, day = a, b
            else:  # 03/04/2026: read as month/day (US style) and say it is ambiguous
                month, day = a, b
                ambiguous = a != b
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


def _tz(raw: str | None) -> timezone:
    if not raw or raw in ("Z", "z"):
        return UTC
    digits = re.sub(r"[^0-9]", "", raw)
    hours = int(digits[:2] or 0)
    minutes = int(digits[2:4] or 0)
    sign = -1 if raw.startswith("-") else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
