"""A patch filled with one colour on grainy paper, at any paper level (I213).

An editor covers a value with a box of one colour picked from the paper beside it, then types
the new value on it. A camera's or a scanner's paper has grain everywhere (a phone photo in dim
light: ±5-10 levels around a paper grey of 120), while the box has none; a JPEG saved at 80 or
more keeps a block of one level flat, and keeps the grain of every other block. `imaging`'s
noise map and `image_drawn.flat_patches` judge only paper brighter than 200, which a photo taken
in dim light never reaches: its filled box, a dead flat grey, went unmarked.

Here paper is judged against its own neighbourhood (`NEAR` levels under the brightest paper
around it, not clipped at white, without print), in `image_drawn`'s `WINDOW` px squares; a
square is flat when its pixels span at most `FLAT` levels, and touching flat squares make a
patch as `image_drawn.patch_boxes` groups them. Judged only where the paper is grainy (its
squares' median span `MIN_GRAIN` levels or more: a render, a screenshot or a cleaned scan is
flat everywhere) and flat squares are rare outside the patches: a phone photo's lit, smooth
paper and a JPEG's flattened blocks are flat in many places (genuine pictures of the opened
sets: 1.0-25% of their paper).

Not seen: a box filled with noise, a patch on a JPEG saved under 80 (its blocks are flattened
everywhere), a box at the page's clipped white (paper there is flat too).
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices.image_drawn import WINDOW, patch_boxes, square_spans

FLAT = 1
NEAR = 30
DARKEST = 60
CLIP = 250
INK_SPAN = 40
MIN_GRAIN = 3
MIN_PAPER = 2000
MIN_QUALITY = 80


def filled_patches(gray: Any, quality: int | None) -> list[list[int]]:
    """Boxes (pixels) of patches of flat paper on grainy paper, largest first; [] on a JPEG
    saved under `MIN_QUALITY`, on paper without grain, or where flat paper is common."""
    import numpy as np

    from reinstate.invoices.imaging import _cells

    if quality is not None and quality < MIN_QUALITY:
        return []
    spans = square_spans(gray)
    if spans is None:
        return []
    page, low, high = spans
    low, high = low.astype(np.int16), high.astype(np.int16)
    w = WINDOW
    mean = _cells(_cells(page.astype(np.float32), np.add), np.add) / (w * w)
    paper = _paper(mean, low, high)
    if paper.sum() < MIN_PAPER or float(np.median((high - low)[paper])) < MIN_GRAIN:
        return []
    return patch_boxes(paper & (high - low <= FLAT), paper)


def _paper(mean: Any, low: Any, high: Any) -> Any:
    """Squares of plain paper: near the brightest paper around them (a sheet in dim light is
    paper too), below the clip, without print."""
    import cv2
    import numpy as np

    small = cv2.resize(
        mean, (max(1, mean.shape[1] // 4), max(1, mean.shape[0] // 4)), interpolation=cv2.INTER_AREA
    )
    level = cv2.resize(cv2.dilate(small, np.ones((5, 5), np.uint8)), (mean.shape[1], mean.shape[0]))
    return (mean >= level - NEAR) & (mean >= DARKEST) & (high < CLIP) & (high - low <= INK_SPAN)
