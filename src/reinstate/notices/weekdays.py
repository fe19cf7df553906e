"""Deadlines written as a weekday: "by Friday", "bis Freitag", "d'ici vendredi", "entro venerdì",
"antes del viernes", "金曜日まで", "周五前".

A weekday is a date only relative to the day the message was sent: with the notice's own date
(its e-mail `Date:` header or a date line, in any of the seven languages) it is the first such
weekday after that day; without one the weekday is reported as written, with no date and no
number of days (a "Friday" seven days out or one day out cannot be told apart).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_NAMES: dict[str, int] = {}
for _i, _words in enumerate(
    (
        "monday montag lundi lunedì lunedi lunes 月 一",
        "tuesday dienstag mardi martedì martedi martes 火 二",
        "wednesday mittwoch mercredi mercoledì mercoledi miércoles miercoles 水 三",
        "thursday donnerstag jeudi giovedì giovedi jueves 木 四",
        "friday freitag vendredi venerdì venerdi viernes 金 五",
        "saturday samstag samedi sabato sábado sabado 土 六",
        "sunday sonntag dimanche domenica domingo 日 天",
    )
):
    for _w in _words.split():
        _NAMES[_w] = _i

_EN = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DE = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
_FR = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_IT = "luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica"
_ES = "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"
# The weekday, then no date after it (a date after it is read as a date, `engine._stated_date`).
_NO_DATE = r"(?![,.]?\s*(?:the\s+|den\s+|le\s+|il\s+|el\s+)?\d)"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "en": re.compile(
        r"(?i)\b(?:by|before|no later than)\s+(?:(?:the\s+)?(?:end of (?:the )?(?:business )?"
        r"day|close of business|COB|EOD)\s*(?:on\s+)?,?\s*)?(?:this\s+(?:coming\s+)?|coming\s+)?"
        rf"(?P<day>{_EN})\b{_NO_DATE}"
    ),
    "de": re.compile(
        r"(?i)\b(?:bis\s+(?:spätestens\s+)?(?:zum\s+|kommenden\s+|nächsten\s+|diesen\s+)?|"
        r"spätestens\s+(?:am\s+|bis\s+)?(?:kommenden\s+)?)"
        rf"(?P<day>{_DE})\b{_NO_DATE}"
    ),
    "fr": re.compile(
        r"(?i)(?:\bd['’]ici\s+|\bavant\s+|\bau plus tard\s+|\bjusqu['’]à\s+)(?:ce\s+|le\s+)?"
        rf"(?P<day>{_FR})\b{_NO_DATE}"
    ),
    "it": re.compile(
        rf"(?i)\bentro\s+(?:il\s+|questo\s+|quest['’]|le\s+ore\s+\S+\s+di\s+)?(?P<day>{_IT})"
        rf"(?!\w){_NO_DATE}"
    ),
    "es": re.compile(
        r"(?i)\b(?:antes del?|a más tardar el|hasta el|para el)\s+(?:este\s+|próximo\s+)?"
        rf"(?P<day>{_ES})\b{_NO_DATE}"
    ),
    "ja": re.compile(
        r"(?<![\d日])(?P<day>[月火水木金土日])曜(?:日)?\s*(?:中|の[^\n。]{0,8})?(?:まで|迄)"
    ),
    "zh": re.compile(
        r"(?:周|週|星期|礼拜|禮拜)(?P<day>[一二三四五六日天])\s*(?:下班)?\s*"
        r"(?:之前|以前|前|截止|为止|為止)"
    ),
}


def find(text: str, languages: list[str], start: int = 0) -> tuple[int, tuple[int, int]] | None:
    """The first weekday deadline of the text from `start`, in these languages: (weekday,
    0 = Monday; span)."""
    found: list[tuple[int, tuple[int, int]]] = []
    for lang in languages:
        pattern = _PATTERNS.get(lang)
        if pattern is None:
            continue
        m = pattern.search(text, start)
        if m:
            found.append((_NAMES[m.group("day").lower()], m.span()))
    return min(found, key=lambda f: f[1][0]) if found else None


def resolve(weekday: int, sent: date) -> date:
    """The first such weekday after the day the message was sent ("by Friday" sent on a Friday
    is the next one)."""
    ahead = (weekday - sent.weekday()) % 7
    return sent + timedelta(days=ahead or 7)
