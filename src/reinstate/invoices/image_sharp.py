"""A value typed on a picture after its capture: text sharper than the page's print.

A scanner's or a phone's optics blur every glyph of a page alike, and a photo or a scan shrunk
for a chat app softens all of them once more; a value drawn on the picture afterwards (a patch
and new digits in a font) has only its renderer's antialiasing. Each glyph's edge width is its
ink's depth over the steepest step at its edge (px: about 1 for print drawn on the pixels, 2-3
on a phone photo). A run of glyphs (a value: at least `MIN_GLYPHS`, chained along a line) whose
median width is `SHARPER` of the print around it or less is the editing sign, where that print
is soft enough to tell (`MIN_WIDTH` px or more): a screenshot or a clean render is as sharp as
anything typed on it. Bold print is not sharper by this measure (its ink is deeper and its
steps steeper alike), nor is a larger heading. Values typed on invoices34's phone photos and
chat-app pictures measured 0.35-0.56; the 900 genuine picture pages of the opened sets 0.71 or
more (CJK characters in pieces on a PNG scan; 300 dpi scanned PDFs 0.74).

Not seen: a value blurred to the page's softness after it was typed, a value on a page that was
shrunk or re-photographed after the edit (its edges soften with the page's).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reinstate.invoices.image_lines import MIN_SIDE, linked_groups
from reinstate.invoices.imaging import page_percentile, paper_background

MIN_GLYPH = 6  # px: smaller components are punctuation or noise
MAX_GLYPH = 90
MIN_GLYPHS = 3
SHARPER = 0.68
# Glyphs `CANDIDATE` of the page's width or less are chained into runs (a typed value's glyphs
# vary; one a little softer does not split it), and each run is judged by its median.
CANDIDATE = 0.8
MIN_WIDTH = 1.4
# Glyphs of one value: at most this many of their heights apart, their rows overlapping by half.
CHAIN_GAP = 1.2
MAX_REGIONS = 2
# A run is compared with the print around it (`MIN_AROUND` glyphs or more within `NEAR` of its
# heights): a photo taken at a slant is sharper where it was in focus, across a whole area; a
# chat app's screenshot of a picture has its own crisp bars at the top and bottom (`MARGIN`).
NEAR = 8
MIN_AROUND = 8
MARGIN = 0.04
# Blur dims a small glyph's ink more than it flattens its edge: small print measures sharper than
# large print on the same page (a sender's line under a letterhead, invoices18), so a run is
# compared with print no more than `LARGER` times its height. A barcode's bars (narrower than
# `THIN` of their height) are no value: a run needs `MIN_GLYPHS` glyphs wider than that.
LARGER = 1.25
THIN = 0.3
# Print is judged on the sheet's own paper: light text on a dark band, and the desk or the shadow
# around a photographed sheet (paper under `LIGHT_PAPER` of the sheet's), leave gaps and grain
# that read as crisp "glyphs" (genuine outside pictures, invoices4 and invoices5).
LIGHT_PAPER = 0.75
# The gaps and counters of light text on a dark band are "glyphs" in a sea of ink, or solid bars
# between its strokes (a genuine outside scan's table header, invoices11): a glyph fills at most
# `SOLID` of its box.
DARK_AROUND = 0.5
SOLID = 0.85
SHEET = 90  # percentile of the paper map that is the sheet's own paper, whatever desk surrounds it


def glyph_widths(gray: Any, paper: Any = None) -> Any:
    """Each glyph's box and edge width (rows of x, y, w, h, width), or None when the page has
    under 30 glyphs. `paper` is the page's `imaging.paper_background` if made already."""
    import cv2
    import numpy as np

    arr = np.asarray(gray, dtype=np.float32)
    if arr.ndim != 2 or min(arr.shape) < MIN_SIDE:
        return None
    if paper is None:
        paper = paper_background(arr)
    depth = (paper - arr) * (255.0 / np.maximum(paper, 32.0))
    ink = (depth > np.maximum(45.0, 0.35 * page_percentile(depth, 99.5))).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    hs, ws = stats[1:, cv2.CC_STAT_HEIGHT], stats[1:, cv2.CC_STAT_WIDTH]
    glyph = np.zeros(count, bool)
    centre_y = np.clip(stats[1:, 1] + hs // 2, 0, arr.shape[0] - 1)
    centre_x = np.clip(stats[1:, 0] + ws // 2, 0, arr.shape[1] - 1)
    # The brightest level near each glyph, too: the paper map is smooth and runs past the sheet's
    # edge onto a dark desk.
    near = cv2.blur(cv2.dilate(arr, np.ones((9, 9), np.uint8)), (9, 9))
    floor = LIGHT_PAPER * page_percentile(paper, SHEET)
    on_paper = (paper[centre_y, centre_x] >= floor) & (near[centre_y, centre_x] >= floor)
    glyph[1:] = (
        (hs >= MIN_GLYPH)
        & (hs <= MAX_GLYPH)
        & (ws <= 3 * hs + 6)
        & on_paper
        & (stats[1:, cv2.CC_STAT_AREA] <= SOLID * hs * ws)
        & (_ink_around(ink, stats[1:, :4]) < DARK_AROUND)
    )
    if glyph.sum() < 30:
        return None
    # The steepest one-pixel step beside each pixel, across or along the rows.
    step = np.maximum(
        np.abs(np.diff(depth, axis=1, append=depth[:, -1:])),
        np.abs(np.diff(depth, axis=0, append=depth[-1:])),
    )
    own = np.where(glyph[labels], labels, 0).astype(np.float32)
    ring = cv2.dilate(own, np.ones((5, 5), np.uint8)).astype(np.int64)
    inside = np.where(glyph[labels], labels, 0)
    contrast = _label_percentile(inside, depth, count, 90)
    steepest = _label_percentile(ring, step, count, 95)
    ids = np.flatnonzero(glyph)
    width = contrast[ids] / np.maximum(steepest[ids], 1e-3)
    return np.column_stack([stats[ids, :4].astype(np.float64), width])


def _ink_around(ink: Any, boxes: Any) -> Any:
    """The share of ink in each box grown by half its height on every side."""
    import numpy as np

    total = np.pad(ink.astype(np.int64).cumsum(axis=0).cumsum(axis=1), ((1, 0), (1, 0)))
    pad = boxes[:, 3] // 2
    x0 = np.clip(boxes[:, 0] - pad, 0, ink.shape[1])
    y0 = np.clip(boxes[:, 1] - pad, 0, ink.shape[0])
    x1 = np.clip(boxes[:, 0] + boxes[:, 2] + pad, 0, ink.shape[1])
    y1 = np.clip(boxes[:, 1] + boxes[:, 3] + pad, 0, ink.shape[0])
    inked = total[y1, x1] - total[y0, x1] - total[y1, x0] + total[y0, x0]
    return inked / np.maximum(1, (x1 - x0) * (y1 - y0))


def _label_percentile(labels: Any, values: Any, count: int, q: float) -> Any:
    """The `q`th percentile of `values` over each label's pixels (label 0 left out)."""
    import numpy as np

    flat = labels.ravel()
    keep = flat > 0
    lab, val = flat[keep], values.ravel()[keep]
    order = np.lexsort((val, lab))
    lab, val = lab[order], val[order]
    sizes = np.bincount(lab, minlength=count)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    out = np.zeros(count)
    has = sizes > 0
    at = starts[has] + np.floor(q / 100.0 * (sizes[has] - 1)).astype(np.int64)
    out[has] = val[at]
    return out


def sharp_runs(gray: Any, paper: Any = None, glyphs: Any = None) -> list[dict[str, Any]]:
    """Runs of glyphs (boxes in pixels) whose edges are sharper than the print around them,
    with their width as a share of that print's (`SHARPER` or less) and its width (px);
    `glyphs`: the page's `glyph_widths` if measured already."""
    import numpy as np

    if glyphs is None:
        glyphs = glyph_widths(gray, paper)
    if glyphs is None:
        return []
    page = float(np.median(glyphs[:, 4]))
    if page < MIN_WIDTH:
        return []
    height = np.asarray(gray).shape[0]
    found: list[dict[str, Any]] = []
    for run in _chains(glyphs[glyphs[:, 4] <= CANDIDATE * page]):
        box = [
            int(run[:, 0].min()),
            int(run[:, 1].min()),
            int((run[:, 0] + run[:, 2]).max()),
            int((run[:, 1] + run[:, 3]).max()),
        ]
        if box[1] < MARGIN * height or box[3] > (1 - MARGIN) * height:
            continue
        if (run[:, 2] >= THIN * run[:, 3]).sum() < MIN_GLYPHS:
            continue
        around = _around(glyphs, box, float(np.median(run[:, 3])))
        if len(around) < MIN_AROUND:
            continue
        local = float(np.median(around[:, 4]))
        share = float(np.median(run[:, 4])) / local
        if local >= MIN_WIDTH and share <= SHARPER:
            found.append({"box": box, "share": round(share, 2), "page": round(local, 2)})
    return sorted(found, key=lambda r: r["share"])[:MAX_REGIONS]


def _around(glyphs: Any, box: list[int], size: float) -> Any:
    """The page's glyphs within `NEAR` of the run's heights of its box, the run left out, no
    taller than `LARGER` times the run's glyphs (`size`)."""
    reach = NEAR * (box[3] - box[1])
    cx = glyphs[:, 0] + glyphs[:, 2] / 2
    cy = glyphs[:, 1] + glyphs[:, 3] / 2
    inside = (cx >= box[0]) & (cx <= box[2]) & (cy >= box[1]) & (cy <= box[3])
    near = (
        (cx >= box[0] - reach)
        & (cx <= box[2] + reach)
        & (cy >= box[1] - reach)
        & (cy <= box[3] + reach)
    )
    return glyphs[near & ~inside & (glyphs[:, 3] <= LARGER * size)]


def _chains(glyphs: Any) -> list[Any]:
    """Glyphs chained to a neighbour on their line (`CHAIN_GAP`), in runs of `MIN_GLYPHS` or
    more."""
    import numpy as np

    order = np.argsort(glyphs[:, 0], kind="stable")
    g = glyphs[order]

    def links() -> Iterator[tuple[int, int]]:
        for i in range(len(g)):
            x, y, w, h = g[i, :4]
            for j in range(i + 1, len(g)):
                gap = g[j, 0] - (x + w)
                if gap > CHAIN_GAP * max(h, g[j, 3]):
                    break
                overlap = min(y + h, g[j, 1] + g[j, 3]) - max(y, g[j, 1])
                if overlap >= 0.5 * min(h, g[j, 3]):
                    yield i, j

    groups = linked_groups(len(g), links())
    return [g[members] for members in groups if len(members) >= MIN_GLYPHS]
