"""The amount an invoice spells out in English words ("Amount Chargeable (in words): Rupees Five
Lakh Seventy-Seven Thousand Two Hundred Twelve and Forty-Two Paise Only").

Indian GST invoices print it by law, exporters' and cheque-style invoices often: a second reading
of the total, in letters OCR reads well, so it can confirm or replace a total whose digits OCR
misread or lost. The reading is strict: one word it does not know and nothing is read, so a
garbled line gives no amount rather than a wrong one.
"""

from __future__ import annotations

import re

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
    body = _MAJOR.sub("", body)
    fraction = 0.0
    cents = re.search(r"\s+and\s+(\d{1,2})\s*/\s*100\s*$", body, re.I)
    if cents:
        fraction, body = int(cents.group(1)) / 100, body[: cents.start()]
    else:
        # "... Twelve and Forty-Two Paise": the last "and" before the minor unit's name
        minor = re.search(r"\s+and\s+([a-z\s\-]+?)\s+(?:paise|paisa|cents?|pence)\s*$", body, re.I)
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
