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

Glyphs are cut from the page's ink twice: at 0.4 of its darkest depth (`INK`), and at `CORE`.
A digit copied with 2 px of its paper carries the faint rim of its source only that far: cut at
0.4, the rim that lies further out, or the old digit's rim left beside the copy, gives the copy
another box than its source, and the two were never compared (the generated `digit_clone`s of
"200" made "600" on a 150 dpi scan: 0.0 and 4.1 against the page's 39-56 once cut at `CORE`,
not compared before). Each cut is judged alone, closest pair against its own next ones. On the
489 genuine picture pages of the tuning sets (invoices3-7, 9, 11-20) the `CORE` cut flagged one,
which the `INK` cut flags already (invoices15 doc_144); it found two outside edits more.

Not seen: a clone resized, blended or shifted by part of a pixel (then it differs like print), a
clone on a page without grain (a render, a JPEG below quality 60 with its grain gone), a clone
whose glyph touches its neighbours (no glyph of its own).
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices.imaging import page_percentile, paper_background

# (mean squared difference, glyph box size, one glyph's corner, the other's)
Pair = tuple[float, tuple[int, int], tuple[int, int], tuple[int, int]]

MARGIN = 1
# Ink: deeper than this share of the page's darkest depth (99.5th percentile), and 40 levels.
INK = 0.4
CORE = 0.5
# The glyph twins image_edits checks for copied grain: 3 px of paper around each glyph.
WIDE = 3
PER_SIZE = 2
NEXT = 5
IDENTICAL = 0.17
MIN_PAPER = 0.2
MIN_GRAIN = 0.5
# The glyphs of one box size compared (the first of them).
GROUP = 300


def identical_glyphs(pairs: list[Pair], fine: Any, plain: Any) -> list[dict[str, Any]]:
    """The pair of glyphs (boxes in pixels) identical to the noise, if the page has grain and
    its closest pair stands out from the next; `pairs`: `closest_glyphs`' tight pairs."""
    return _standing_out(pairs) if _grainy(fine, plain) else []


def _standing_out(pairs: list[Pair]) -> list[dict[str, Any]]:
    """The closest pair, if it stands out from the next `NEXT` (the page known to have grain)."""
    import numpy as np

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


def identical_pairs(
    f: Any, tight: list[Pair], fine: Any, plain: Any, depth: tuple[Any, float] | None = None
) -> list[dict[str, Any]]:
    """`identical_glyphs` on the glyphs cut at `INK` (`tight`), else on those cut at `CORE`;
    `depth`: `ink_depth` of the page if made already (the grain test is made once for both)."""
    if not _grainy(fine, plain):
        return []
    found = _standing_out(tight)
    if found:
        return found
    return _standing_out(closest_glyphs(f, glyph_groups(f, depth, CORE))[1])


def _grainy(fine: Any, plain: Any) -> bool:
    import numpy as np

    return bool(plain.mean() >= MIN_PAPER and float(np.std(fine[plain])) >= MIN_GRAIN)


def ink_depth(f: Any, paper: Any = None) -> tuple[Any, float]:
    """Each pixel's depth under its paper and the page's darkest depth (99.5th percentile);
    `paper` is the page's `imaging.paper_background` if made already."""
    depth = (paper_background(f) if paper is None else paper) - f
    return depth, float(page_percentile(depth, 99.5))


def glyph_groups(
    f: Any, depth: tuple[Any, float] | None = None, share: float = INK
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """The page's glyph-sized ink components (top-left corners) by box size, each at least 4 px
    inside the page, ink deeper than `share` of the darkest; `depth` is the page's `ink_depth`
    if made already (both cuts share it)."""
    import cv2
    import numpy as np

    height, width = f.shape
    below, darkest = ink_depth(f) if depth is None else depth
    ink = (below > max(40.0, share * darkest)).astype(np.uint8)
    count, _labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    m = 3
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for x, y, w, h, area in stats[1:count].tolist():
        inside = m < x and m < y and x + w + m + 1 < width and y + h + m + 1 < height
        if 7 <= h <= 60 and 3 <= w <= 60 and area >= 15 and inside:
            groups.setdefault((h, w), []).append((x, y))
    return groups


def closest_glyphs(
    f: Any, groups: dict[tuple[int, int], list[tuple[int, int]]]
) -> tuple[list[Pair], list[Pair]]:
    """The closest pairs of glyphs far apart, as (mean squared difference, size, corner,
    corner), closest first: one pair of each box size with `WIDE` px around each glyph (the
    glyph twins whose grain image_edits compares), and `PER_SIZE` pairs (no glyph in two) with
    `MARGIN` px (I224). One product of the glyphs' pixels serves both: the wide window is the
    tight one and a ring around it. No shift: a clone is pasted whole."""
    import numpy as np
    from numpy.lib.stride_tricks import sliding_window_view

    wide: list[Pair] = []
    tight: list[Pair] = []
    r, m = WIDE, MARGIN
    for (h, w), spots in groups.items():
        if len(spots) < 2:
            continue
        spots = spots[:GROUP]
        at = np.array(spots)
        far = (np.abs(at[:, None, 0] - at[None, :, 0]) > w + 2) | (
            np.abs(at[:, None, 1] - at[None, :, 1]) > h + 2
        )
        windows = sliding_window_view(f, (h + 2 * r, w + 2 * r))
        cut = windows[at[:, 1] - r, at[:, 0] - r]
        inner = np.zeros(cut.shape[1:], bool)
        inner[r - m : r + h + m, r - m : r + w + m] = True
        near, ring = cut[:, inner], cut[:, ~inner]
        gram_near = near @ near.T
        own_near = np.diag(gram_near)
        own_wide = own_near + (ring * ring).sum(axis=1)
        d_near = own_near[:, None] + own_near[None, :] - 2.0 * gram_near
        d_wide = own_wide[:, None] + own_wide[None, :] - 2.0 * (gram_near + ring @ ring.T)
        for d, size, out, count in (
            (d_wide, cut.shape[1] * cut.shape[2], wide, 1),
            (d_near, near.shape[1], tight, PER_SIZE),
        ):
            d = np.where(far, d, np.inf)
            for _ in range(count):
                i, j = divmod(int(np.argmin(d)), len(spots))
                if not np.isfinite(d[i, j]):
                    break
                out.append((max(0.0, float(d[i, j])) / size, (h, w), spots[i], spots[j]))
                d[[i, j], :] = np.inf
                d[:, [i, j]] = np.inf
    wide.sort(key=lambda b: b[0])
    tight.sort(key=lambda b: b[0])
    return wide, tight
