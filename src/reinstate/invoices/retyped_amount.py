"""An amount typed again on a page flattened to a picture: its currency heavier than its digits.

An online editor or a "white box and new text" edit covers the old figures only (an editor
finds them by their text) and types the new ones in its own font, regular; the currency sign or
code printed with them in one run, bold on a total, is left as it was. Flattened to a picture,
the page keeps no text layer, but a renderer draws every glyph of one run in one weight: an
amount whose currency's strokes are `HEAVIER` times its digits' or more, while the page's other
amounts in that currency (if any) show no such step, was not printed in one run.

Measured on pages rendered at 150 dpi (lossless and at JPEG 75) from the genuine text PDFs of
bench/independent invoices42-44 (315 files, 565 amounts beside a currency): the currency's
strokes were at most 1.38 times its digits' (a regular "CHF" beside its figures), and at most 1.29
times once set against the page's other amounts in that currency. The outside writers' retyped
totals (a bold "CHF" and "€" left beside regular new figures): 1.50-1.63, and 1.61-1.67 against
their pages. Judged only on pages told a render (`image_rendered.rendered_page`): on a scan or a
photo the lens and the paper's grain change strokes from one word to the next.

Not seen: a value retyped in the font and weight of its currency, a value without a currency
beside it (a date, a name), a currency OCR misread (a "đ" read "@") or an amount whose glyphs
the new text ran into (a "$" overlapping its first digit is one blot, not a glyph of print size).
"""

from __future__ import annotations

import re
import statistics
from typing import Any

CURRENCY = r"(?:€|\$|£|¥|₫|đ|CHF|EUR|USD|GBP|JPY|CNY|RMB|VND|HKD|SGD|AUD|CAD|PLN|CZK|HUF|SEK)"
NUMBER = r"\d[\d.,'’\u202f\u00a0]*\d"
_MERGED = re.compile(f"(?:({CURRENCY})({NUMBER})|({NUMBER})({CURRENCY}))")
_CURRENCY = re.compile(CURRENCY)
_NUMBER = re.compile(NUMBER)
HEAVIER = 1.4
HEAVIER_ALONE = 1.45
# A currency beside its amount: on one line (half the smaller height shared) and at most one
# height apart (a space, a narrow space or none).
SHARED_HEIGHT = 0.5
MAX_GAP = 1.0
# The amount's digits: its glyphs at least this share of their median height (no commas or
# points), at least `MIN_DIGITS` of them; the currency of their height (not a superscript, not
# a sign the new figures ran into).
TALL = 0.7
MIN_DIGITS = 3
SAME_SIZE = (0.8, 1.25)
Glyph = list[float]


def heavier_currencies(strokes: list[Glyph], words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The amounts (box in page units, `ratio` of the currency's strokes to its digits') whose
    currency is printed heavier than their digits, on a page whose glyphs `strokes` holds
    (`image_rendered.glyph_strokes`) and whose OCR words are `words`."""
    measured: list[tuple[str, list[float], float]] = []
    for currency, box, signs, digits in _amounts(strokes, words):
        ratio = _ratio(signs, digits)
        if ratio is not None:
            measured.append((currency, box, ratio))
    found = []
    for i, (currency, box, ratio) in enumerate(measured):
        others = [r for j, (c, _b, r) in enumerate(measured) if j != i and c == currency]
        usual = statistics.median(others) if others else 1.0
        # An amount alone in its currency has no page to be measured against: its own ratio
        # must clear more (the most a genuine page showed, 1.38, plus a margin beside HEAVIER's)
        if ratio >= (HEAVIER if others else HEAVIER_ALONE) and ratio / usual >= HEAVIER:
            found.append({"box": box, "ratio": round(ratio, 2)})
    return found


def _amounts(
    strokes: list[Glyph], words: list[dict[str, Any]]
) -> list[tuple[str, list[float], list[Glyph], list[Glyph]]]:
    """Each amount beside a currency: the currency, the pair's box, the currency's glyphs and
    the amount's."""
    out = []
    for word in words:
        m = _MERGED.fullmatch(str(word.get("text") or ""))
        if not m:
            continue
        glyphs = sorted(_inside(strokes, word), key=lambda g: g[0])
        currency = m.group(1) or m.group(4)
        # One glyph a character: a sign or a code's letters on the side the word has them.
        count = len(currency)
        if m.group(1):
            signs, digits = glyphs[:count], glyphs[count:]
        else:
            signs, digits = glyphs[-count:], glyphs[:-count]
        out.append((currency, _box(word), signs, digits))
    for a in words:
        for b in words:
            if a is b or not _beside(a, b):
                continue
            ta, tb = str(a.get("text") or ""), str(b.get("text") or "")
            if _CURRENCY.fullmatch(ta) and _NUMBER.fullmatch(tb):
                out.append((ta, _union(a, b), _inside(strokes, a), _inside(strokes, b)))
            elif _NUMBER.fullmatch(ta) and _CURRENCY.fullmatch(tb):
                out.append((tb, _union(a, b), _inside(strokes, b), _inside(strokes, a)))
    return out


def _ratio(signs: list[Glyph], digits: list[Glyph]) -> float | None:
    """The currency's median stroke over the digits', when both are print of one size."""
    if not signs or not digits:
        return None
    height = statistics.median(g[3] - g[1] for g in digits)
    tall = [g for g in digits if g[3] - g[1] >= TALL * height]
    if len(tall) < MIN_DIGITS or height <= 0:
        return None
    size = max(g[3] - g[1] for g in signs) / height
    if not SAME_SIZE[0] <= size <= SAME_SIZE[1]:
        return None
    thin = statistics.median(g[4] for g in tall)
    return statistics.median(g[4] for g in signs) / thin if thin > 0 else None


def _beside(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """`b` follows `a` on its line, at most `MAX_GAP` heights after it."""
    ha, hb = a["bottom"] - a["top"], b["bottom"] - b["top"]
    shared = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
    gap = b["x0"] - a["x1"]
    return shared >= SHARED_HEIGHT * min(ha, hb) and 0 <= gap <= MAX_GAP * max(ha, hb)


def _inside(strokes: list[Glyph], word: dict[str, Any], slack: float = 1.0) -> list[Glyph]:
    """The glyphs whose centre lies in the word's box."""
    return [
        g
        for g in strokes
        if word["x0"] - slack <= (g[0] + g[2]) / 2 <= word["x1"] + slack
        and word["top"] - slack <= (g[1] + g[3]) / 2 <= word["bottom"] + slack
    ]


def _box(word: dict[str, Any]) -> list[float]:
    return [float(word["x0"]), float(word["top"]), float(word["x1"]), float(word["bottom"])]


def _union(a: dict[str, Any], b: dict[str, Any]) -> list[float]:
    return [
        float(min(a["x0"], b["x0"])),
        float(min(a["top"], b["top"])),
        float(max(a["x1"], b["x1"])),
        float(max(a["bottom"], b["bottom"])),
    ]
