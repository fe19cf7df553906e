"""A word copied over another on a JPEG scan: its glyphs paired with their source at one shift.

A forger who moves a date (the due date copied over the issue date) or a number on a scanned
page copies the whole word with its paper and saves the page again. Every glyph of the copy then
pairs with its source at one and the same shift, and the pairs differ only by what the new save
did to each (its 8x8 blocks fall elsewhere on the copy); two prints of the same word differ
besides by the capture's grain and where the pixel grid fell on each. The glyph sign I224 does
not see it: it asks the page's closest pair to stand out from the next closest, and here the
next closest are the same copy's other glyphs.

So the closest glyph pairs of the page (`image_twins.closest_glyphs`, cut at `INK` and at `CORE`)
are grouped by their shift (1 px either way): a group of `RUN` pairs or more whose copies lie
in one block apart from their sources (`_one_block`), and whose median difference is `CLOSER`
or less of the median of the page's `NEXT` closest pairs at other shifts, is a copied word. On
the outside sets' JPEG pictures of quality 80 or more (invoices3-7, 9, 11-35, 42-44: 199
genuine picture files, 11 genuine scanned PDF pages): the three dates cloned over a MFP scan's
issue date and saved again at 80 (invoices42) 0.16-0.41, three clones in scanned PDFs
(invoices44) 0.01-0.38; no genuine page at 0.45 or less. Before the quality and paper guards,
a genuine JPEG of quality 45 came to 0.45 and a screenshot and two flattened PDFs to 0.00 (a
render draws a repeated line alike).

Judged only on JPEGs (files, or a scanned PDF's page) of quality `MIN_QUALITY` or more: a PNG
copy is the same to the pixel (I224's), a coarse save makes two prints alike. Not seen: a copy
resized, or shifted by part of a pixel; a word of fewer than `RUN` glyphs the page's pairs keep
(at most two per box size); a copy saved below `MIN_QUALITY`.
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices.image_twins import CORE, INK, Pair, closest_glyphs, glyph_groups

RUN = 4
CLOSER = 0.45
NEXT = 8
# The closest pairs of the page grouped by shift (the copied word's are among them).
CLOSEST = 40
MIN_QUALITY = 80


def copied_text(f: Any, depth: tuple[Any, float]) -> list[dict[str, Any]]:
    """The copied word of a page (`f` grey levels, `depth` its `image_twins.ink_depth`), as
    source and copy boxes in pixels, the closer of the two cuts; none if no group stands out
    or the page's paper is a renderer's (`_white_paper`)."""
    if _white_paper(f):
        return []
    found = [_copied_run(closest_glyphs(f, glyph_groups(f, depth, cut))[1]) for cut in (INK, CORE)]
    runs = [run for run in found if run]
    return [min(runs, key=lambda run: float(run["closer"]))] if runs else []


def _white_paper(f: Any) -> bool:
    """Whether the page's plain paper is white almost everywhere, as a renderer leaves it
    (`image_rendered`): a flattened PDF or a screenshot draws a repeated word alike to the pixel
    wherever the pixel grid falls the same on it (two such renders at 0.00)."""
    import cv2
    import numpy as np

    from reinstate.invoices.image_rendered import FLAT_BELOW, FLAT_RANGE, PAPER_WHITE, WHITE
    from reinstate.invoices.imaging import page_median

    kernel = np.ones((7, 7), np.uint8)
    spread = cv2.dilate(f, kernel) - cv2.erode(f, kernel)
    flat = (spread <= FLAT_RANGE) & (f >= float(page_median(f)) - FLAT_BELOW)
    return bool(flat.any()) and float((f[flat] >= WHITE).mean()) >= PAPER_WHITE


def _shift(pair: Pair) -> tuple[int, int]:
    """The pair's shift, the lower (or right-hand) glyph's corner from the other's."""
    _cost, _size, a, b = pair
    dx, dy = b[0] - a[0], b[1] - a[1]
    return (dx, dy) if (dy, dx) > (0, 0) else (-dx, -dy)


def _copied_run(tight: list[Pair]) -> dict[str, Any] | None:
    import numpy as np

    pairs = tight[:CLOSEST]
    shifts = [_shift(p) for p in pairs]
    best: dict[str, Any] | None = None
    for shift in set(shifts):
        near = [
            p
            for p, s in zip(pairs, shifts, strict=True)
            if abs(s[0] - shift[0]) <= 1 and abs(s[1] - shift[1]) <= 1
        ]
        rest = [p[0] for p in pairs if p not in near]
        if len(near) < RUN or len(rest) < NEXT // 2 or not _one_block(near):
            continue
        closer = float(np.median([p[0] for p in near])) / max(
            float(np.median(sorted(rest)[:NEXT])), 1e-6
        )
        if closer <= CLOSER and (best is None or closer < best["closer"]):
            best = {**_boxes(near), "closer": round(closer, 2), "pairs": len(near)}
    return best


def _ends(pair: Pair) -> tuple[tuple[int, int], tuple[int, int]]:
    """The pair's glyph corners, the one `_shift` measures from first."""
    _cost, _size, a, b = pair
    shift = (b[0] - a[0], b[1] - a[1])
    return (a, b) if shift == _shift(pair) else (b, a)


def _one_block(pairs: list[Pair]) -> bool:
    """The pairs' later glyphs make one block apart from their earlier ones (a word or a cell
    moved whole), not a column of rows each repeating the one above (its copies overlap its
    sources), and no taller than two text lines (a cell's value may wrap)."""
    boxes = _boxes(pairs)
    (a0, a1, a2, a3), (b0, b1, b2, b3) = boxes["source"], boxes["copy"]
    height = max(p[1][0] for p in pairs)
    apart = a2 <= b0 or b2 <= a0 or a3 <= b1 or b3 <= a1
    return apart and b3 - b1 <= 3 * height


def _boxes(pairs: list[Pair]) -> dict[str, list[int]]:
    """The boxes around the pairs' earlier glyphs (`source`) and later ones (`copy`)."""
    out: dict[str, list[int]] = {}
    for side, key in ((0, "source"), (1, "copy")):
        corners = [(_ends(p)[side], p[1]) for p in pairs]
        out[key] = [
            min(x for (x, _y), _s in corners),
            min(y for (_x, y), _s in corners),
            max(x + w for (x, _y), (_h, w) in corners),
            max(y + h for (_x, y), (h, _w) in corners),
        ]
    return out
