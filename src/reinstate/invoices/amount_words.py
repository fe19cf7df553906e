"""The amount an invoice spells out in English words ("Amount Chargeable (in words): Rupees Five
Lakh Seventy-Seven Thousand Two Hundred Twelve and Forty-Two Paise Only"), or in Chinese capital
numerals (大写, `capital_amount`).

Indian GST invoices print it by law, exporters' and cheque-style invoices often: a second reading
of the total, in letters OCR reads well, so it can confirm or replace a total whose digits OCR
misread or lost. The reading is strict: one word it does not know and nothing is read, so a
garbled line gives no amount rather than a wrong one.
"""

from __future__ import annotations

import re

from reinstate.invoices.vocab import (
    CAPITAL_DIGITS,
    CAPITAL_FEN,
    CAPITAL_JIAO,
    CAPITAL_SCALES,
    CAPITAL_UNITS,
    CAPITAL_WHOLE,
    CAPITAL_YUAN,
)

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "thousand": 1_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "million": 1_000_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "billion": 1_000_000_000,
}
# Currency names before the amount and the minor unit's after "and" (both only skipped).
_MAJOR = re.compile(
    r"^(?:(?:indian\s+)?rupees?|inr|rs\.?|(?:us\s+|u\.s\.\s+)?dollars?|usd|euros?|eur|"
    r"pounds?(?:\s+sterling)?|gbp|yuan|rmb|cny|yen|jpy)\s+",
    re.I,
)
_MINOR = re.compile(r"\s*(?:paise|paisa|cents?|pence)?\s*$", re.I)
# "in words" labels, or the closing "only" of the Indian and cheque style
_LINE = re.compile(r"in\s+words|\bonly\s*[.)]?\s*$", re.I)


def _whole(words: list[str]) -> int | None:
    """The number a run of number words names, or None when a word is not one."""
    if not words:
        return None
    total = current = 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        elif word != "and":
            return None
    return total + current


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-,]+", text.lower()) if w]


def amount_in_words(text: str) -> float | None:
    """The amount a line spells out ("US Dollars Nine Thousand One Hundred Eighty-Nine and
    53/100 Only"), or None when the line spells none or a word is not read."""
    if not _LINE.search(text):
        return None
    body = re.sub(r"^.*?(?:in\s+words\)?\s*[:\uff1a]?|[:\uff1a])\s*", "", text, count=1, flags=re.I)
    body = re.sub(r"\bonly\s*[.)]?\s*$", "", body, flags=re.I).strip(" .:")
    # an exporter's commercial invoice: "SAY US DOLLARS ... AND CENTS TWELVE ONLY"
    body = _MAJOR.sub("", re.sub(r"^say\s+(?:total\s+)?", "", body, flags=re.I))
    fraction = 0.0
    cents = re.search(r"\s+and\s+(\d{1,2})\s*/\s*100\s*$", body, re.I)
    if cents:
        fraction, body = int(cents.group(1)) / 100, body[: cents.start()]
    else:
        # "... Twelve and Forty-Two Paise": the last "and" before the minor unit's name, or
        # after it ("... Sixty-Six and Cents Twelve")
        minor = re.search(
            r"\s+and\s+([a-z\s\-]+?)\s+(?:paise|paisa|cents?|pence)\s*$", body, re.I
        ) or re.search(r"\s+and\s+(?:paise|paisa|cents?|pence)\s+([a-z\s\-]+?)\s*$", body, re.I)
        if minor:
            part = _whole(_words(minor.group(1)))
            if part is None or part >= 100:
                return None
            fraction, body = part / 100, body[: minor.start()]
    body = _MINOR.sub("", body)
    body = re.sub(r"\s+(?:rupees?|dollars?|euros?|pounds?|yuan|yen)\s*$", "", body, flags=re.I)
    whole = _whole(_words(body))
    if whole is None or not re.search(r"[a-z]", body, re.I):
        return None
    return round(whole + fraction, 2)


_CAPITAL_CHARS = "".join(
    [*CAPITAL_DIGITS, *CAPITAL_UNITS, *CAPITAL_SCALES, CAPITAL_YUAN, CAPITAL_JIAO, CAPITAL_FEN]
)
# A run of capital numerals, spaces between them allowed (OCR spaces CJK glyphs apart), closed
# by the yuan, the jiao or the fen and, after it, an optional "whole" mark.
_CAPITAL_RUN = re.compile(rf"[{_CAPITAL_CHARS}](?:\s*[{_CAPITAL_CHARS}])*(?:\s*[{CAPITAL_WHOLE}])?")
_ZERO = "".join(ch for ch, value in CAPITAL_DIGITS.items() if value == 0)
_CAPITAL_SPLIT = re.compile(
    rf"^(?:(?P<whole>[^{CAPITAL_YUAN}]+)[{CAPITAL_YUAN}])?"
    rf"(?:[{CAPITAL_WHOLE}]$|[{_ZERO}]?(?:(?P<jiao>.){CAPITAL_JIAO})?"
    rf"[{_ZERO}]?(?:(?P<fen>.){CAPITAL_FEN})?$)"
)


def _capital_whole(text: str) -> int | None:
    """The whole number capital numerals name ("叁拾万零壹仟捌佰捌拾柒" = 301887), or None
    when they do not make one: two digits running together, units out of order, an unknown
    glyph. Strict, so that a misread glyph gives no amount rather than a wrong one."""
    total = section = 0
    digit: int | None = None
    last_unit = 10_000  # units fall within a section of four places
    last_scale = 10**12
    for ch in text:
        if ch in CAPITAL_DIGITS:
            value = CAPITAL_DIGITS[ch]
            if value == 0:
                if digit:
                    return None  # "伍零": a digit needs its unit before a zero
                digit = None
                continue
            if digit is not None:
                return None
            digit = value
        elif ch in CAPITAL_UNITS:
            unit = CAPITAL_UNITS[ch]
            if unit >= last_unit or (digit is None and (section or total)):
                return None
            section += (digit if digit is not None else 1) * unit
            digit, last_unit = None, unit
        elif ch in CAPITAL_SCALES:
            scale = CAPITAL_SCALES[ch]
            section += digit or 0
            if scale >= last_scale or not section:
                return None
            total = (total + section) * scale if scale > 10_000 else total + section * scale
            section, digit, last_unit, last_scale = 0, None, 10_000, scale
        else:
            return None
    return total + section + (digit or 0)


def capital_amount(text: str) -> float | None:
    """The amount a line writes in Chinese capital numerals ("合计金额（大写）：伍万捌仟贰佰
    零叁圆肆角" = 58203.40), or None when it writes none or the numerals do not make an
    amount. Only a run with a digit or a unit and closed by 圆/元, 角 or 分 counts."""
    for run in _CAPITAL_RUN.finditer(text):
        body = re.sub(r"\s+", "", run.group(0))
        if not any(CAPITAL_DIGITS.get(ch) or ch in CAPITAL_UNITS for ch in body):
            continue
        if not any(ch in body for ch in CAPITAL_YUAN + CAPITAL_JIAO + CAPITAL_FEN):
            continue
        parts = _CAPITAL_SPLIT.match(body)
        if parts is None:
            continue
        whole = _capital_whole(parts.group("whole")) if parts.group("whole") else 0
        tenths, hundredths = (
            CAPITAL_DIGITS.get(parts.group(key)) if parts.group(key) else 0
            for key in ("jiao", "fen")
        )
        if whole is None or tenths is None or hundredths is None:
            continue
        return round(whole + tenths / 10 + hundredths / 100, 2)
    return None


def capital_cents(text: str) -> tuple[float, int] | None:
    """The last places of an amount in capital numerals whose first ones OCR misread: the
    longest legible tail that starts on a digit and ends on the jiao or the fen
    ("四喜万参什业佰玖拾圆贰角玖分" gives 90.29), with the place its first digit stands in times
    ten (100: the tail names the amount modulo 100). None without such a tail, or where the
    whole run is legible (`capital_amount` reads it)."""
    for run in _CAPITAL_RUN.finditer(text):
        body = re.sub(r"\s+", "", run.group(0))
        if body[-1] not in CAPITAL_JIAO + CAPITAL_FEN:
            continue
        for start in range(len(body)):
            tail = body[start:]
            if not CAPITAL_DIGITS.get(tail[0]):
                continue
            parts = _CAPITAL_SPLIT.match(tail)
            if parts is None or not parts.group("whole"):
                continue
            whole = _capital_whole(parts.group("whole"))
            tenths, hundredths = (
                CAPITAL_DIGITS.get(parts.group(key)) if parts.group(key) else 0
                for key in ("jiao", "fen")
            )
            if whole is None or tenths is None or hundredths is None:
                continue
            place = CAPITAL_UNITS.get(tail[1], 1) if len(tail) > 1 else 1
            if any(ch in CAPITAL_SCALES for ch in tail):
                return None  # a tail past 万 is a reading capital_amount would have had
            return round(whole + tenths / 10 + hundredths / 100, 2), place * 10
    return None
