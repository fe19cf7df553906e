"""Glyphs drawn from an embedded font subset that the program which made the subset never used.

A producer that embeds a subset ("ABCDEF+DejaVuSans") puts in it the glyphs it draws and nothing
else, each with its advance (/W of a CID font) and its character (ToUnicode). A value changed by
rewriting glyph codes in the content stream may call for a glyph the subset lacks: a digit the
invoice did not use before. Such a glyph has no character ("(cid:21)" as read) and, in a CID
font whose /W lists only the glyphs used (WeasyPrint), the font's default advance of a full em,
wider than any of the font's Latin glyphs; or it has no advance at all.

A glyph with no character alone is no sign: Ghostscript's re-distilled subsets leave one to
three glyphs of a font unmapped (3 of 8 generated Ghostscript invoices), with their own
advances. Chromium's /W lists the whole font, so a digit it never used keeps the digits'
advance: that edit is not told from Ghostscript's here.

Measured: no genuine page of the outside sets (invoices3 to invoices7) nor of the generated
corpus draws such a glyph.
"""

from __future__ import annotations

import re
from typing import Any

from reinstate.invoices.sign import Sign
from reinstate.rules.binding import implements

# A subset font's name: six capitals, "+", the font's own name ("ABCDEF+DejaVuSans").
SUBSET = re.compile(r"^[A-Z]{6}\+")
MIN_MAPPED = 10  # a font must show this many mapped glyphs on the page to be judged
NO_ADVANCE = 0.05  # of the type size: a glyph drawn with no width
NARROW = 0.8  # of the type size: the median advance of a Latin font's glyphs is below it


def base_font(font: str) -> str:
    """A font's name without its subset tag."""
    return font.split("+", 1)[1] if SUBSET.match(font) else font


def _stray(c: dict[str, Any], typical: float) -> bool:
    """No advance at all, or no character and the full-em default advance in a font whose
    glyphs are narrower (not a CJK font, whose ideographs are a full em each)."""
    size = float(c.get("size") or 0)
    advance = c["x1"] - c["x0"]
    if c["text"].startswith("(cid:"):
        return typical < NARROW and abs(advance - size) <= 0.05 * size
    return c["text"].isalnum() and advance < NO_ADVANCE * size


@implements("I232")
def foreign_glyphs(page: dict[str, Any]) -> list[Sign]:
    """Glyphs of a subset font that its producer did not put in it, among that font's glyphs
    that have a character and an advance."""
    by_font: dict[str, list[dict[str, Any]]] = {}
    for c in page.get("chars", []):
        if SUBSET.match(c.get("font", "")) and c["text"].strip():
            by_font.setdefault(c["font"], []).append(c)
    signs: list[Sign] = []
    for font, chars in by_font.items():
        mapped = sorted(
            (c["x1"] - c["x0"]) / float(c["size"])
            for c in chars
            if not c["text"].startswith("(cid:") and c.get("size")
        )
        typical = mapped[len(mapped) // 2] if mapped else 1.0
        stray = [c for c in chars if _stray(c, typical)]
        if not stray or len(chars) - len(stray) < MIN_MAPPED or len(stray) > 3:
            continue  # a font with many such glyphs is one the producer left unmapped
        box = (
            min(c["x0"] for c in stray),
            min(c["top"] for c in stray),
            max(c["x1"] for c in stray),
            max(c["bottom"] for c in stray),
        )
        signs.append(("I232", {"font": base_font(font), "count": len(stray)}, page["number"], box))
    return signs[:3]
