"""A character copied or typed onto a scan or photo: two glyphs identical to the noise.

Printed twice and captured once, the same digit differs between its two places by the capture's
noise (sensor grain, the paper under it, where the pixel grid falls on it): on the genuine scans
and photos of the outside sets (invoices3-7, invoices9) the closest pair of glyphs of one box size
differed by a mean squared 6-95 grey levels, never less than a fifth of the page's next closest
pairs. A digit copied with a pixel of its paper over another (a "1" made a "4") is the same
pixels twice, changed only by the JPEG save after the paste; a value typed on the image draws a
repeated digit twice alike, without grain. On the outside sets: four digit clones (a copier scan
and a phone photo at JPEG 95, two PNG scans) and six typed values (PNG scans, JPEG scans at 70
and 85, a photo at 95) differed by 0-5, at most 0.13 of the page's next closest pairs.

So the closest pair of same-sized glyphs on the page (each with `MARGIN` px of what is around it,
two pairs per size at most) is compared with the next `NEXT` closest pairs of the page: a pair
`IDENTICAL` times as close or closer is the editing sign I224. A clean render (an exported PDF
made an image, a screenshot) prints every character alike to the pixel, so it is judged only
where the page has grain: at least `MIN_PAPER` of it plain, unclipped paper whose fine noise
varies by `MIN_GRAIN` grey levels or more (renders: under 1% of plain paper, grain 0.1-0.8).

Not seen: a clone resized, blended or shifted by part of a pixel (then it differs like print), a
clone on a page without grain (a render, a JPEG below quality 60 with its grain gone), a clone
whose glyph touches its neighbours (no glyph of its own).
"""

from __future__ import annotations

from typing import Any

MARGIN = 1
PER_SIZE = 2
NEXT = 5
IDENTICAL = 0.17
MIN_PAPER = 0.2
MIN_GRAIN = 0.5
# The glyphs of one box size compared (the first of them).
GROUP = 300


def identical_glyphs(
    f: Any, groups: dict[tuple[int, int], list[tuple[int, int]]], fine: Any, plain: Any
) -> list[dict[str, Any]]:
    """The pair of glyphs (boxes in pixels) identical to the noise, if the page has grain and
    its closest pair stands out from the next; `groups`: glyph corners by box size."""
    import numpy as np

    if plain.mean() < MIN_PAPER or float(np.std(fine[plain])) < MIN_GRAIN:
        return []
    pairs = closest_glyphs(f, groups, MARGIN, PER_SIZE)
    if len(pairs) < NEXT:
        return []
    cost, (h, w), a, b = pairs[0]
    rest = float(np.median([p[0] for p in pairs[1 : 1 + NEXT]]))
    if cost > IDENTICAL * rest:
        return []
    m = MARGIN
    return [
        {
            "source": [a[0] - m, a[1] - m, a[0] + w + m, a[1] + h + m],
            "copy": [b[0] - m, b[1] - m, b[0] + w + m, b[1] + h + m],
            "difference": round(cost, 1),
            "next": round(rest, 1),
        }
    ]


def glyph_groups(f: Any) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The page's glyph-sized ink components (top-left corners) by box size, each at least 4 px
    inside the page."""
    import cv2
    import numpy as np

    height, width = f.shape
    small = cv2.resize(f, (max(1, width // 4), max(1, height // 4)), interpolation=cv2.INTER_AREA)
    paper = cv2.resize(cv2.dilate(small, np.ones((7, 7), np.uint8)), (width, height))
    depth = cv2.GaussianBlur(paper, (0, 0), 4) - f
    ink = (depth > max(40.0, 0.4 * float(np.percentile(depth, 99.5)))).astype(np.uint8)
    count, _labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    m = 3
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for x, y, w, h, area in stats[1:count].tolist():
        inside = m < x and m < y and x + w + m + 1 < width and y + h + m + 1 < height
        if 7 <= h <= 60 and 3 <= w <= 60 and area >= 15 and inside:
            groups.setdefault((h, w), []).append((x, y))
    return groups


def closest_glyphs(
    f: Any, groups: dict[tuple[int, int], list[tuple[int, int]]], margin: int, per_size: int
) -> list[tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]]]:
    """The closest pairs of glyphs far apart (`per_size` pairs of each box size, no glyph in
    two), each glyph's pixels with `margin` px around it, as (mean squared difference, size,
    corner, corner), closest first. No shift: a clone is pasted whole."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    m = margin
    best: list[tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]]] = []
    for (h, w), spots in groups.items():
        if len(spots) < 2:
            continue
        spots = spots[:GROUP]
        at = np.array(spots)
        far = (np.abs(at[:, None, 0] - at[None, :, 0]) > w + 2) | (
            np.abs(at[:, None, 1] - at[None, :, 1]) > h + 2
        )
        windows = sliding_window_view(f, (h + 2 * m, w + 2 * m))
        ref = windows[at[:, 1] - m, at[:, 0] - m].reshape(len(spots), -1)
        own = (ref * ref).sum(axis=1)
        d = np.where(far, own[:, None] + own[None, :] - 2.0 * ref @ ref.T, np.inf)
        for _ in range(per_size):
            i, j = divmod(int(np.argmin(d)), len(spots))
            if not np.isfinite(d[i, j]):
                break
            best.append((max(0.0, float(d[i, j])) / ref.shape[1], (h, w), spots[i], spots[j]))
            d[[i, j], :] = np.inf
            d[:, [i, j]] = np.inf
    best.sort(key=lambda b: b[0])
    return best
