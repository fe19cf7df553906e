"""A value pasted into a JPEG page that had already been saved: error-level analysis, strong.

A JPEG page saved once more (at quality 80 or above) changes little where its blocks already
went through a coarser save, since their detail was quantised then; a value typed or pasted in
afterwards went through one save only and changes as much as fresh print does. Error-level
analysis (`image_edits.ela_peaks`) scores each 8x8 block's change against blocks with the same
detail; the note I216 marks regions from a score of 1.0 (log of the ratio), which genuine scans
and photos reach too. A region the size of one value (at most `MAX_HEIGHT` text heights high and
`MAX_WIDTH` wide) that peaks at `STRONG` or more is the editing sign I223: its blocks changed
e^1.5 = 4.5 times as much as the page's blocks of the same detail.

Measured on bench/independent/invoices5 (tuning): the genuine JPEG scans and photos peaked at
1.25 at most (0.67 at most at quality 80 and above, where this is judged); values pasted into
scans and photos saved again at quality 85-95 peaked at 1.68-2.80. Not seen: a paste saved
again at the page's own quality or below it (the page's blocks change as much as the paste's:
1 of 6 pastes there peaked at 0.93), a JPEG below quality 80, a PNG (no earlier save to tell
apart), a page whose value was changed before its only save.

Session 11: judged on every JPEG of quality 80 or more, not only on pages whose earlier save
`saved_coarser` measures (at 70 or below). A page saved at 75-90 and again at 95 after a paste
is not caught by that measure, yet the paste stands out as much: outside pastes there peaked at
1.63-3.42 (invoices6, invoices4), while the genuine JPEGs of quality 80 or more of invoices3-7
peaked at 1.24 at most (one phone photo; all others below 1.0).
"""

from __future__ import annotations

import io
import math
from typing import Any

STRONG = 1.5
# An earlier, coarser save: saved again at quality `GHOST_QUALITY`, the page's detailed blocks
# (a step of more than `DETAIL` grey levels between neighbours) change by less than `GHOST_ERROR`
# (mean squared). Pages saved once at 81-85 changed by 28-83 (generated scans, phone photos and
# outside ones, invoices5); pages saved at 43-70 and again at 85-95 by 4.6-20.3. Such a page is
# judged as a JPEG of quality `EARLIER_QUALITY`.
GHOST_QUALITY = 50
GHOST_ERROR = 22.0
DETAIL = 8.0
EARLIER_QUALITY = 70
MAX_HEIGHT = 4.0
# A buyer's or supplier's name: a Chinese company name pasted on an invoices6 scan was 40 text
# heights wide (30 before session 11).
MAX_WIDTH = 45.0
# Without measured text lines (a photo), text is taken as this share of the page's height: 8-pt
# print on an A4 page.
TEXT_SHARE = 100


def saved_coarser(gray: Any) -> bool:
    """Whether the page (a JPEG saved at quality 80 or more) went through a coarser save
    before: its detailed blocks barely change when saved again at `GHOST_QUALITY`."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(gray, dtype=np.float32)
    h, w = arr.shape[0] // 8 * 8, arr.shape[1] // 8 * 8
    if h < 64 or w < 64:
        return False
    buf = io.BytesIO()
    gray.save(buf, format="JPEG", quality=GHOST_QUALITY)
    again = np.asarray(Image.open(buf), dtype=np.float32)
    shape = (h // 8, 8, w // 8, 8)
    error = ((arr - again)[:h, :w] ** 2).reshape(shape).mean(axis=(1, 3))
    step = np.abs(np.diff(arr, axis=1, append=arr[:, -1:]))[:h, :w]
    detailed = step.reshape(shape).mean(axis=(1, 3)) > DETAIL
    if detailed.sum() < 20:
        return False
    return float(error[detailed].mean()) < GHOST_ERROR


def resaved_regions(
    peaks: list[tuple[tuple[int, int, int, int], float]],
    text_height: float | None,
    page_height: int,
) -> list[dict[str, Any]]:
    """The error-level regions (pixels, with their peak and how many times the expected error
    it is) strong enough and the size of one value (`text_height`, else `page_height` /
    `TEXT_SHARE`: a photo's text lines are not measured)."""
    text_height = text_height or page_height / TEXT_SHARE
    return [
        {"box": list(box), "score": peak, "times": round(math.exp(peak), 1)}
        for box, peak in peaks
        if peak >= STRONG
        and box[3] - box[1] <= MAX_HEIGHT * text_height
        and box[2] - box[0] <= MAX_WIDTH * text_height
    ][:3]
