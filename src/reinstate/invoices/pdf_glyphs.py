"""Glyphs drawn from an embedded font subset that the program which made the subset never used.

A producer that embeds a subset ("ABCDEF+DejaVuSans") puts in it the glyphs it draws and nothing
else, and maps each to its character (ToUnicode) with its advance (/W, /Widths). A value changed
by rewriting glyph codes in the content stream may call for a glyph the subset lacks: a digit
the invoice did not use before. Such a glyph has no character ("(cid:23)" as read) or no advance
of its own among the font's glyphs that have both.

Measured: no genuine page of the outside sets (invoices3 to invoices7) nor of the generated
corpus draws one; text from an unmapped font (Ghostscript's re-distilled CJK) is not a subset
with mapped glyphs and is read by OCR instead.
"""

from __future__ import annotations

import re
from typing import Any

from reinstate.rules.binding import implements

Sign = tuple[str, dict[str, Any], int | None, tuple[float, float, float, float] | None]

SUBSET = re.compile(r"^[A-Z]{6}\+")
MIN_MAPPED = 10  # a font must show this many mapped glyphs on the page to be judged
NO_ADVANCE = 0.05  # of the type size: a glyph drawn with no width


def _stray(c: dict[str, Any]) -> bool:
    text = c["text"]
    if text.startswith("(cid:"):
        return True
    return text.isalnum() and c["x1"] - c["x0"] < NO_ADVANCE * float(c.get("size") or 0)


@implements("I232")
def foreign_glyphs(page: dict[str, Any]) -> list[Sign]:
    """Glyphs of a subset font with no character or no advance, among that font's glyphs that
    have both."""
    by_font: dict[str, list[dict[str, Any]]] = {}
    for c in page.get("chars", []):
        if SUBSET.match(c.get("font", "")) and c["text"].strip():
            by_font.setdefault(c["font"], []).append(c)
    signs: list[Sign] = []
    for font, chars in by_font.items():
        stray = [c for c in chars if _stray(c)]
        if not stray or len(chars) - len(stray) < MIN_MAPPED or len(stray) > 3:
            continue  # a font with many such glyphs is one the producer left unmapped
        box = (
            min(c["x0"] for c in stray),
            min(c["top"] for c in stray),
            max(c["x1"] for c in stray),
            max(c["bottom"] for c in stray),
        )
        signs.append(
            ("I232", {"font": font.split("+", 1)[1], "count": len(stray)}, page["number"], box)
        )
    return signs[:3]
