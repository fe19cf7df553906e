"""A PDF page that is a picture of a page rendered from a digital file: a flattened document.

Printing a PDF "to an image", rendering its page to a picture and wrapping it back into a PDF, or
pasting a screenshot into one keeps no text and no structure: a white box and a new value put
over the original before that are pixels like the rest, drawn by the same renderer in the same
pass. A renderer leaves the paper exactly white, without grain, and the ink's edges as steep as
its pixels allow; a scanner or a camera leaves grain on the paper and blurs every edge by its
lens. Such a page is reported as what it is (the note I227): what was changed before it was
flattened cannot be told from the file, and the checks of a PDF's text and of a scan's paper
have nothing to work on. Not an editing sign: a supplier's system may also send a picture.

Measured on the plain paper (pixels whose 7x7 neighbourhood varies by at most `FLAT_RANGE`
levels, no darker than the page's median by more than `FLAT_BELOW`): the share at `WHITE` or
above and the grain (each pixel minus its 3x3 mean); on the ink, its edges' steepness (the 90th
percentile of the gradient over edges, against the ink's contrast) and its tilt. Flattened pages
of outside writers (bench/independent invoices3-5, 27-32: a rendered page saved as a JPEG at
quality 75 or losslessly) had 98.3-100% of their paper white, grain 0.06-0.24, edges 0.93-1.41
and their print level (0.00 degrees). Genuine scans clipped to white by their scanner
(invoices4, 6, 9, 32: up to 99.9% white, grain 0.11-0.29) had edges 0.57-0.89, but for two
(invoices4, 0.96) whose print was tilted 1.5 degrees, as a scanner or a camera tilts a sheet. A
page with almost no grey at its ink's edges (under `ANTI_ALIASED` of the ink: a fax, a scan
saved in black and white) is not judged.

Not seen: a flattened page printed and scanned (it has a scan's grain and blur), one given noise
to pass for a scan, one rendered at a low resolution and scaled up (soft edges).
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices.imaging import page_median

FLAT_RANGE = 6
FLAT_BELOW = 10
MIN_PAPER = 1000
WHITE = 253
PAPER_WHITE = 0.98
GRAIN = 0.3
INK = 205
ANTI_ALIASED = 0.1
EDGE = 20  # grey levels per pixel: a gradient this steep is an edge of print
STEEP = 0.92
MIN_GLYPHS = 100
LEVEL = 0.05  # degrees


def rendered_page(gray: Any) -> dict[str, float] | None:
    """The paper's share at white, its grain and the ink's edge steepness when `gray` (a page
    picture) looks rendered from a digital file rather than scanned or photographed."""
    import cv2
    import numpy as np

    arr = np.asarray(gray, dtype=np.float32)
    if arr.ndim != 2 or min(arr.shape) < 200:
        return None
    # Most of a page is paper: a scan's grey paper is told at its median, before any filter.
    middle = float(page_median(arr))
    if middle < WHITE:
        return None
    ink = arr < INK
    grey = ink & (arr > 255 - INK)
    if float(grey.sum()) < ANTI_ALIASED * max(1.0, float(ink.sum())):
        return None
    kernel = np.ones((7, 7), np.uint8)
    spread = cv2.dilate(arr, kernel) - cv2.erode(arr, kernel)
    flat = (spread <= FLAT_RANGE) & (arr >= middle - FLAT_BELOW)
    if int(flat.sum()) < MIN_PAPER:
        return None
    white = float((arr[flat] >= WHITE).mean())
    grain = float((arr - cv2.blur(arr, (3, 3)))[flat].std())
    if white < PAPER_WHITE or grain > GRAIN:
        return None
    steep = _steepness(arr)
    if steep < STEEP or not _level(arr):
        return None
    return {"white": round(white, 3), "grain": round(grain, 2), "edges": round(steep, 2)}


def _level(arr: Any) -> bool:
    """Whether the page's print lies along the pixel rows (a renderer's), measured on at least
    `MIN_GLYPHS` glyphs: a scanner or a camera tilts the sheet (scans made elsewhere: 0.6-1.7
    degrees), and a page with little print shows too little to tell."""
    import math

    import cv2
    import numpy as np

    from reinstate.invoices.image_lines import MAX_GLYPH, MIN_GLYPH, _skew

    ink = (arr < 160).astype(np.uint8)
    stats = cv2.connectedComponentsWithStats(ink, connectivity=8)[2][1:]
    heights, widths = stats[:, 3], stats[:, 2]
    glyphs = stats[(heights >= MIN_GLYPH) & (heights <= MAX_GLYPH) & (widths <= 3 * heights + 6)]
    if len(glyphs) < MIN_GLYPHS:
        return False
    return abs(math.degrees(math.atan(_skew(glyphs)))) <= LEVEL


def _steepness(arr: Any) -> float:
    """How steep the ink's edges are: the 90th percentile of the gradient (one pixel apart)
    over edges, against the ink's contrast with white (its darkest tenth)."""
    import cv2
    import numpy as np

    dx = cv2.Sobel(arr, cv2.CV_32F, 1, 0, ksize=1)
    dy = cv2.Sobel(arr, cv2.CV_32F, 0, 1, ksize=1)
    gradient = np.hypot(dx, dy)
    dark = arr < 128
    edges = gradient > EDGE
    if not dark.any() or not edges.any():
        return 0.0
    contrast = max(1.0, 255.0 - float(np.percentile(arr[dark], 10)))
    return float(np.percentile(gradient[edges], 90)) / contrast


# Glyphs whose stroke is measured (`glyph_strokes`), in pixels high.
GLYPH_LOW = 6
GLYPH_HIGH = 80
GLYPH_AREA = 10


def glyph_strokes(gray: Any, scale: float) -> list[list[float]]:
    """Each glyph of a rendered page (a connected blot of ink at half its darkness) with its
    stroke's width: twice its area over its outline's length, which for a stroke much longer
    than wide is its width. Boxes in page units (`scale` per pixel), the stroke in pixels: what
    `heavier_currencies` compares within one amount. Sized to print, not rules or pictures."""
    import cv2
    import numpy as np

    ink = (np.asarray(gray) < 128).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    out: list[list[float]] = []
    for i in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[i])
        if not GLYPH_LOW <= h <= GLYPH_HIGH or area < GLYPH_AREA or w > 3 * h + 6:
            continue
        mask = (labels[y : y + h, x : x + w] == i).astype(np.uint8)
        outline = cv2.findContours(mask, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE)[0]
        length = sum(cv2.arcLength(c, True) for c in outline)
        box = [round(v * scale, 2) for v in (x, y, x + w, y + h)]
        out.append([*box, round(2 * area / max(1.0, length), 3)])
    return out
