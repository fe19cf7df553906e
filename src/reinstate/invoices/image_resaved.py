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
# The JPEG ghost (`earlier_quality`): qualities searched, and how many detailed blocks weigh it.
GHOST_LOW = 40
GHOST_STEP = 5
GHOST_BELOW = 4
GHOST_BLOCKS = 4096
GHOST_ROW = 64
# Session 23: a page's fifth strongest error-level region shows how far its print rises. Three
# genuine JPEG scans saved once at 85-87 (grey paper with grain, soft print) rose to 1.45-1.58
# there and peaked at 1.56-1.75, within 0.17 of it; pastes and clones on the tuning sets' JPEGs
# stood 0.64 or more above it (invoices3-32, 39-41).
# `image_edits.ela_peaks` gives this many regions at most.
PRINT_REGIONS = 5
ABOVE_PRINT = 0.5
# Without measured text lines (a photo), text is taken as this share of the page's height: 8-pt
# print on an A4 page; or as the page's own glyphs' median height where that is larger (a till
# receipt photographed close up: glyphs 19-20 px on a 1400-1500 px photo, not 14-15; a total
# pasted there with its margin was 72 px high, 4.9 such heights, and went unjudged).
TEXT_SHARE = 100


def standing_out(
    peaks: list[tuple[tuple[int, int, int, int], float]],
) -> list[tuple[tuple[int, int, int, int], float]]:
    """The error-level regions that stand out from the page's own print: on a page where
    `PRINT_REGIONS` regions or more rise (every list `ela_peaks` gives in full), the weakest
    of them is how far ordinary print rises there, and a region counts only `ABOVE_PRINT`
    above it."""
    if len(peaks) < PRINT_REGIONS:
        return peaks
    floor = min(peak for _box, peak in peaks)
    return [(box, peak) for box, peak in peaks if peak >= floor + ABOVE_PRINT]


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


def unmeasured_text_height(glyphs: Any, page_height: int) -> float:
    """A page's text height (px) where its lines were not measured (a photo): `page_height` /
    `TEXT_SHARE`, or the median height of its glyphs (`image_sharp.glyph_widths`, None when
    too few) where that is larger."""
    import numpy as np

    assumed = page_height / TEXT_SHARE
    if glyphs is None:
        return assumed
    return max(assumed, float(np.median(glyphs[:, 3])))


def resaved_regions(
    peaks: list[tuple[tuple[int, int, int, int], float]],
    text_height: float | None,
    page_height: int,
) -> list[dict[str, Any]]:
    """The error-level regions (pixels, with their peak and how many times the expected error
    it is) strong enough and the size of one value (`text_height`, else `page_height` /
    `TEXT_SHARE`: a photo's text lines are not measured)."""
    text_height = text_height or page_height / TEXT_SHARE
    kept: list[dict[str, Any]] = []
    for box, peak in sorted(peaks, key=lambda p: -p[1]):
        if (
            peak >= STRONG
            and box[3] - box[1] <= MAX_HEIGHT * text_height
            and box[2] - box[0] <= MAX_WIDTH * text_height
            and not any(_overlap(box, k["box"]) for k in kept)
        ):
            kept.append({"box": list(box), "score": peak, "times": round(math.exp(peak), 1)})
    return kept[:3]


def _overlap(a: Any, b: Any) -> bool:
    return bool(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])


def earlier_quality(gray: Any, quality: int) -> int | None:
    """The quality of an earlier, coarser save of a JPEG page, when one shows: saved again at
    that quality its blocks change less than at the qualities around it (a JPEG ghost), since
    their coefficients already lie on that save's steps. A page saved once changes more the
    coarser it is saved again, with no such dip. Found on a mosaic of the page's detailed
    blocks (each 8x8 block of a grey JPEG is quantised on its own), at every `GHOST_STEP`
    qualities from `GHOST_LOW` to `GHOST_BELOW` under the file's, then refined to one."""
    sample = _detailed_blocks(gray)
    if sample is None:
        return None
    errors = {
        q: _resave_error(sample, q) for q in range(GHOST_LOW, quality - GHOST_BELOW, GHOST_STEP)
    }
    found = sorted(errors)
    dips = [
        q
        for before, q, after in zip(found, found[1:], found[2:], strict=False)
        if errors[q] < errors[before] and errors[q] <= errors[after]
    ]
    if not dips:
        return None
    dip = min(dips, key=lambda q: errors[q])
    near = range(dip - GHOST_STEP // 2, min(dip + GHOST_STEP // 2 + 1, quality - GHOST_BELOW))
    errors.update({q: _resave_error(sample, q) for q in near if q not in errors})
    return min(near, key=lambda q: errors[q])


def _detailed_blocks(gray: Any) -> Any:
    """Up to `GHOST_BLOCKS` of the page's detailed 8x8 blocks side by side on the page's own
    grid, or None when it has under 20."""
    import numpy as np
    from PIL import Image

    arr = np.asarray(gray, dtype=np.uint8)
    h, w = arr.shape[0] // 8 * 8, arr.shape[1] // 8 * 8
    blocks = arr[:h, :w].reshape(h // 8, 8, w // 8, 8).swapaxes(1, 2).reshape(-1, 8, 8)
    step = np.abs(np.diff(blocks.astype(np.float32), axis=2)).mean(axis=(1, 2))
    chosen = np.flatnonzero(step > DETAIL)
    if len(chosen) < 20:
        return None
    chosen = chosen[:: max(1, len(chosen) // GHOST_BLOCKS)][:GHOST_BLOCKS]
    rows = -(-len(chosen) // GHOST_ROW)
    mosaic = np.zeros((rows * GHOST_ROW, 8, 8), dtype=np.uint8)
    mosaic[: len(chosen)] = blocks[chosen]
    picture = mosaic.reshape(rows, GHOST_ROW, 8, 8).swapaxes(1, 2).reshape(rows * 8, GHOST_ROW * 8)
    return Image.fromarray(picture), len(chosen)


def _resave_error(sample: Any, quality: int) -> float:
    import numpy as np
    from PIL import Image

    picture, count = sample
    buf = io.BytesIO()
    picture.save(buf, format="JPEG", quality=quality)
    again = np.asarray(Image.open(buf), dtype=np.float32)
    error = (np.asarray(picture, dtype=np.float32) - again) ** 2
    per_block = error.reshape(-1, 8, GHOST_ROW, 8).swapaxes(1, 2).reshape(-1, 64)
    return float(per_block[:count].mean())
