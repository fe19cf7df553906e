"""Two more signs of an edited scan: error-level analysis and copy-move (cloned regions).

Signs, never proof: each is calibrated on the generated genuine scans (JPEG, PNG, scans and phone
photos in PDFs) so that untouched pages stay silent, and each says where it was seen.

Error-level analysis (ELA): the page is saved again as a JPEG at quality `ELA_QUALITY` and the
difference measured in 8x8 blocks. A page that was compressed as a whole changes about as much
everywhere with the same amount of detail; a region pasted in after the page was compressed
(typed digits, a cut from another file) changes more. Each block's error is compared with the
median error of blocks with the same detail (the same twentieth of the page's detail measure),
smoothed over 3x3 blocks, so text and paper are each judged against their own kind. Only JPEGs
at quality `MIN_JPEG_QUALITY` or more are judged: coarser compression flattens genuine pages too.
Not seen: a paste made before the page's only compression (an edit before the scan was saved),
or a page saved again at a low quality after the edit.

Paper tone: a patch pasted over a value and matched to the page (blurred, noised like the scan)
still carries its own paper colour. The page is cut into 8x8 cells; each cell of plain paper (no
ink within 3 px) gets its mean, the page's paper tone around it is the median over 31x31 cells
(a median keeps a straight shadow edge and ignores a small patch), and touching cells whose mean
differs from it by `TONE_STEP` grey levels or more make a region. Measured only where the paper
is even (the cells' offsets vary by `TONE_EVEN` or less: flat scans, not phone photos with
uneven light) and at most `TONE_MAX` levels off (a visibly tinted box is print, not a matched
patch), the size of one value (at most `TONE_MAX_WIDTH` text heights wide and `TONE_MAX_HEIGHT`
high) and not a table cell (a printed rule along `TONE_RULED_SIDES` of its sides), on JPEGs of
quality `TONE_MIN_QUALITY` or more; from `TONE_LIGHTER_MIN_QUALITY` only regions lighter than
the paper (print only darkens paper; a white patch hidden by a re-save keeps its step, while
the genuine regions seen there on scans made elsewhere were darker), their height taken
without the `TONE_LIGHTER_FRINGE` cells at each side that the coarse save spreads them into.
Not seen: a darker patch hidden by a re-save below `TONE_MIN_QUALITY`, any below
`TONE_LIGHTER_MIN_QUALITY`, a patch whose paper matches the page's to within `TONE_STEP`
levels, a patch filling a ruled cell, a patch on a band across the sheet: a region whose rows
are off as much beside it too is a piece of such a band (a fold's crease shadow cut into pieces
by the print, `_across_page`) and no patch.

Copy-move: OpenCV's SIFT keypoints matched against the same page (the second-nearest match,
since the nearest is the point itself), kept when the pair is far apart and the paper around
both points carries the same noise. Repeated glyphs on a genuine page match each other too, but
their paper noise is independent; a region cloned to cover or repeat something copies its
noise. Several such pairs with the same shift make one cloned region, shown as a note (I217).
A region is then checked densely: the fine noise (pixel minus its 3x3 mean) of every pixel of
plain paper in the region is compared with the pixel at the same shift (refined by up to 2 px).
Paper counts when no detail stands out within 3 px: the local range of a slightly blurred page is
below `CM_FLAT_TIMES` times the page's usual range on bright paper (at least `CM_FLAT_FLOOR`
levels), so the faint edges of repeated print do not count. Independent noise correlates near 0,
so correlation times the square root of the pixels compared is a z-score; a copied region with
its noise reaches `CM_Z` or more (I219, an editing sign). The generated genuine scans and photos,
repeated-structure pages included, stay below 6; clones copied with 6 px of paper reach 9-19.
Two pairs with one shift are enough to propose a region (four missed short numbers copied over
others, with few keypoints); the grain decides. A short number copied with its paper can give
SIFT no pair at all: the `TWINS` closest pairs of glyphs of one box size (pixel for pixel, with
3 px of paper; `glyph_twins`) are proposed too and kept only when their
paper's grain is copied as well (the same test, on `TWIN_PAPER` px around each glyph). Twins of
print are alike in shape but not in grain: the generated genuine pages stay silent. On JPEGs
below quality `CM_MIN_QUALITY` the grain is gone and coarse blocks repeat with their print (a
quality-35 scan matched at z 8; genuine scans made elsewhere at quality 60 and 75, one of them a
multifunction printer's PDF, matched as "copied grain"; so did pages rendered from a PDF without
any grain), so no region is an editing sign there: the same limit as the other signs, I222.
Not seen: a clone on paper without noise (clipped white, a clean export), re-scaled or rotated.
Session 11: grain is compared on paper only (not on clipped white, not on a desk darker than
the sheet), and on a photo (uneven light) copied grain is the note I217 only: three genuine
outside photos matched and no clone on a photo was found by it.
Session 15: on a flat scan whose paper is mostly clipped at white (its grain a speckle just
below white, 35-55% of the paper at 255), a region none of whose paper is plain is compared on
its clipped paper too: two cells cloned over a quantity (invoices15) matched at z 16-17.
Session 20: a page whose paper has no grain (`GRAIN_MIN_SHARE`: a browser's screenshot, a
bi-level fax) has no copied grain; grain that matches as well a few pixels off the copy's shift
(rows sharing their noise) is the page's own (`CM_CONTROL`).
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any

from reinstate.invoices.image_resaved import PRINT_REGIONS

ELA_QUALITY = 75
ELA_BLOCK = 8
# log(error / expected error), smoothed: the generated genuine scans stay below 0.75, a pasted
# patch of typed digits reaches 1.1-1.4.
ELA_THRESHOLD = 1.0
ELA_MIN_BLOCKS = 3
MIN_JPEG_QUALITY = 80
# Copy-move: the longest side the keypoints are found on, pairs at least this far apart (px),
# residual noise correlation of the paper around a pair, and pairs sharing one shift.
CM_MAX_SIDE = 1800
CM_FEATURES = 3000
# SIFT is run on bands of at most this many pixels, with this many rows of context around each.
CM_BAND_PIXELS = 900_000
CM_BAND_PAD = 96
CM_MIN_SHIFT = 24
CM_PATCH = 14
CM_MIN_PAPER = 60
CM_NOISE_CORRELATION = 0.7
CM_MIN_PAIRS = 2
CM_MIN_QUALITY = 80
CM_FLAT_TIMES = 2.5
CM_FLAT_FLOOR = 10.0
CM_Z = 8.0
CM_MIN_CORRELATION = 0.3
# px off a copy's shift where the page's own grain structure is measured (`_copied_noise`).
CM_CONTROL = 6
# Grain is compared only on paper: pixels below this share of the page's bright level (its 90th
# percentile) are desk or print, and pixels whose 5x5 neighbours are mostly at CM_CLIPPED or
# above are clipped white.
CM_CLIPPED = 254
CM_PAPER_SHARE = 0.8
# Paper has grain when at least this share of its pixels differ from their 3x3 mean by more than
# `GRAIN_STEP` grey levels (a ninth of a level: one neighbour one level off). Scans, speckled ones
# mostly clipped at white included, showed 0.84-0.98; screenshots of web pages (flat colours)
# 0.01-0.02, bi-level faxes none.
GRAIN_MIN_SHARE = 0.1
GRAIN_STEP = 0.05
# Glyph twins: the closest pairs checked for copied grain, and the paper around a glyph its grain
# is compared on (px).
TWINS = 3
TWIN_PAPER = 8
# Paper tone: cell size (px), background window (cells), offset that counts (grey levels), the
# smallest region (cells), the largest offset, and the evenness the page's paper must have.
# The generated genuine scans vary by 0.6-0.7 between cells and show no region; matched patches
# sit 2.7-4.2 levels off, typed white patches 3.4-6.
TONE_CELL = 8
TONE_WINDOW = 31
TONE_STEP = 2.5
TONE_CELL_STEP = 2.0  # a cell this far off joins a region; the region's median must reach TONE_STEP
TONE_MIN_CELLS = 6
TONE_MAX = 12.0
TONE_EVEN = 1.2
# A patch covers one value: at most this many text heights wide and high, at least two cells
# wide. Genuine regions on scans made elsewhere (bench/independent) were table bands, tinted
# header rows and the paper between them (up to 60 text heights wide, or 8 high; most are also
# ruled cells, below) and one-cell strips beside table rules; the generated patches were 1.5-18.4
# heights wide (a CJK date) and 0.5-3.2 high.
TONE_MAX_WIDTH = 24.0
TONE_MAX_HEIGHT = 3.5
# A region with printed rules along two of its sides is a table cell tinted (or left white on a
# tinted page) by the print; a rule may drift over `RULE_ROWS` pixel rows on a skewed scan.
TONE_RULED_SIDES = 2
# A darker region whose darkest pixel row (across its short side) is this many times its step
# below the paper is a faint printed line (`_faint_line`); a patch's rows sit near its step.
TONE_LINE = 2.0
TONE_LINE_SHORT = 4.0
# ... and fewer than this share of its rows within half a step of its step: a patch's rows sit
# there (a generated matched patch: 89%), a rule's lie at the paper or darker (three genuine
# scans: 12-60%, a rule along a tinted row the most).
TONE_AT_STEP = 0.75
TONE_STRIP = 4
RULE_ROWS = 7
# From quality 70 to 79 only a lighter region counts: print only darkens paper, and the genuine
# regions seen there (independent writers' scans) were all darker or table-wide; a white patch
# hidden by a re-save keeps its step (generated: 12 of 12).
TONE_MIN_QUALITY = 80
TONE_LIGHTER_MIN_QUALITY = 70
TONE_LIGHTER_MIN_CELLS = 10
# Below quality 80 a patch's step spreads into the JPEG blocks above and below it: a white
# patch 2 text heights high, pasted on a page first saved at 45-52 and saved again at 70-79,
# made a lighter region a cell taller at each side (4.3 heights; generated `resaved` on
# `scan_jpeg_twice`). Its height is measured without this many cells at each side there.
TONE_LIGHTER_FRINGE = 1
TONE_EDGE = 56  # px from the picture's border where no region is judged
# A region is a piece of a band across the sheet when this share of the paper's columns beside
# it is off as it is, against the paper this many px above and below (`_across_page`).
TONE_BAND_SHARE = 0.6
TONE_BAND_REF = (16, 48)


def available() -> bool:
    try:
        import cv2  # noqa: F401
    except ImportError:
        return False
    return True


def ela_peaks(
    gray: Any, quality: int = ELA_QUALITY
) -> list[tuple[tuple[int, int, int, int], float]]:
    """Boxes (pixels) whose error level, saved again at `quality`, stands out from blocks with
    the same detail, each with its highest smoothed score (log of error over expected error)."""
    import cv2
    import numpy as np
    from PIL import Image

    arr = np.asarray(gray, dtype=np.float32)
    b = ELA_BLOCK
    h, w = arr.shape[0] // b * b, arr.shape[1] // b * b
    if h < 8 * b or w < 8 * b:
        return []
    buf = io.BytesIO()
    gray.save(buf, format="JPEG", quality=quality)
    again = np.asarray(Image.open(buf), dtype=np.float32)
    shape = (h // b, b, w // b, b)
    error = ((arr - again) ** 2)[:h, :w].reshape(shape).mean(axis=(1, 3))
    detail = np.abs(arr - cv2.blur(arr, (3, 3)))[:h, :w].reshape(shape).mean(axis=(1, 3))
    edges = np.quantile(detail, np.linspace(0, 1, 21))
    bucket = np.clip(np.searchsorted(edges, detail) - 1, 0, 19)
    expected = np.ones_like(error)
    for k in range(20):
        members = bucket == k
        if members.any():
            expected[members] = np.median(error[members])
    score = cv2.blur(np.log((error + 0.5) / (expected + 0.5)).astype(np.float32), (3, 3))
    count, labels, stats, _centres = cv2.connectedComponentsWithStats(
        (score > ELA_THRESHOLD).astype(np.uint8), connectivity=8
    )
    found = [
        (
            (int(x) * b, int(y) * b, int(x + bw) * b, int(y + bh) * b),
            round(float(score[labels == i].max()), 2),
        )
        for i, (x, y, bw, bh, area) in enumerate(stats[1:count].tolist(), start=1)
        if area >= ELA_MIN_BLOCKS
    ]
    # The strongest first: a pasted value low on the page is not cut off by weak regions above.
    return sorted(found, key=lambda f: -f[1])[:PRINT_REGIONS]


def tone_regions(
    gray: Any, text_height: float | None = None, lighter_only: bool = False
) -> dict[str, Any]:
    """Regions (pixels) of plain paper whose tone differs from the paper around them, the size of
    one value (`text_height`: the page's numbers' height in px; None: no size test) and not a
    tinted table cell; `lighter_only`: only regions lighter than the paper around them."""
    import cv2
    import numpy as np

    c = TONE_CELL
    raw = np.asarray(gray, dtype=np.float32)
    height, width = raw.shape[0] // c * c, raw.shape[1] // c * c
    if height < 40 * c or width < 40 * c:
        return {"regions": []}
    f = raw[:height, :width]
    smooth = cv2.GaussianBlur(f, (0, 0), 1.0)
    kernel = np.ones((7, 7), np.uint8)
    flat = (cv2.dilate(smooth, kernel) - cv2.erode(smooth, kernel)) < 25
    # Paper is near the brightest level around it (ink and print are darker).
    small = cv2.resize(f, (width // 16, height // 16), interpolation=cv2.INTER_AREA)
    level = cv2.resize(cv2.dilate(small, np.ones((5, 5), np.uint8)), (width, height))
    weight = (flat & (f > level - 45)).astype(np.float32)
    shape = (height // c, c, width // c, c)
    count = weight.reshape(shape).sum(axis=(1, 3))
    total = (f * weight).reshape(shape).sum(axis=(1, 3))
    valid = count >= c * c // 4
    mean = np.where(valid, total / np.maximum(count, 1.0), 0.0).astype(np.float32)
    # Cells without paper take their neighbours' tone, so the median sees a full window.
    reach = (TONE_WINDOW // 2) | 1
    share = cv2.blur(valid.astype(np.float32), (reach, reach))
    around = cv2.blur(mean, (reach, reach)) / np.maximum(share, 1e-3)
    filled = np.where(valid, mean, around)
    # medianBlur needs 8 bits: half grey levels keep the step resolution finer than TONE_STEP.
    base = filled.min()
    scaled = np.clip((filled - base) * 2.0, 0, 255).astype(np.uint8)
    background = cv2.medianBlur(scaled, TONE_WINDOW).astype(np.float32) / 2.0 + base
    offset = np.where(valid, mean - background, 0.0)
    spread = float(np.std(offset[valid])) if valid.any() else 0.0
    if spread > TONE_EVEN:
        return {"regions": [], "skipped": f"uneven paper ({spread:.1f})"}
    rows, cols = offset.shape
    # The median is unsure near the picture's border, and a scan's sheet edge lies inside it: a
    # strip of the scanner's lid or border above the sheet made the paper just below it a
    # "lighter" region (a genuine invoices6 copier scan, 24-48 px from the top).
    edge = TONE_EDGE // c
    regions: list[dict[str, Any]] = []
    for sign in (1.0,) if lighter_only else (1.0, -1.0):
        mask = ((sign * offset) >= TONE_CELL_STEP) & valid
        count_, labels, stats, _c = cv2.connectedComponentsWithStats(
            mask.astype(np.uint8), connectivity=8
        )
        for i in range(1, count_):
            x, y, w, h, area = (int(v) for v in stats[i])
            if (
                area < (TONE_LIGHTER_MIN_CELLS if lighter_only else TONE_MIN_CELLS)
                or min(x, y) < edge
                or x + w > cols - edge
                or y + h > rows - edge
            ):
                continue
            step = float(np.median(offset[labels == i]))
            if not TONE_STEP <= abs(step) <= TONE_MAX or w < 2:
                continue
            fringe = 2 * TONE_LIGHTER_FRINGE if lighter_only else 0
            if text_height and (
                w * c > TONE_MAX_WIDTH * text_height
                or (h - fringe) * c > TONE_MAX_HEIGHT * text_height
            ):
                continue
            box = [x * c, y * c, (x + w) * c, (y + h) * c]
            if _ruled_sides(f, box, float(np.median(mean[valid]))) >= TONE_RULED_SIDES:
                continue
            cells = labels[y : y + h, x : x + w] == i
            if _faint_line(f, weight, background[y : y + h, x : x + w], cells, box, step):
                continue
            if _across_page(f, box, step):
                continue
            regions.append({"box": box, "step": round(step, 1), "cells": area})
    regions.sort(key=lambda r: -int(r["cells"]))
    return {"regions": regions[:3], "spread": round(spread, 2)}


def _faint_line(
    f: Any, weight: Any, background: Any, cells: Any, box: list[int], step: float
) -> bool:
    """A darker region that is a faint printed line, not a patch: its darkest pixel row across
    its short side (the mean of its paper pixels along the long side) `TONE_LINE` times the
    region's step or more below the paper on a strip (`TONE_STRIP` times as long as it is
    across), `TONE_LINE_SHORT` times on a shorter region. A patch carries its own paper, every
    row of it shifted alike (along a strip's long rows its grain averages out); a light
    hairline rule, which the ink test takes for paper, darkens the few pixel rows it crosses by
    several times what it takes off its cells' mean (three genuine
    scans made elsewhere: a tilted grey table rule read as strips of darker paper one to three
    cells high, their darkest row 2.4-7.9 times their step, 6-8 on the strips' shorter pieces).
    The rows of a squarer region are too short to average the grain out: a generated matched
    patch's darkest row reached 2.1 times its step. And a line's rows mostly lie off the step
    (at the paper or darker), while a patch's mostly sit within half a step of it
    (`TONE_AT_STEP`; a generated matched patch's blurred edge row reached 2.05 times its step)."""
    import numpy as np

    if step >= 0:
        return False
    c = TONE_CELL
    x0, y0, x1, y1 = box
    strip = max(x1 - x0, y1 - y0) >= TONE_STRIP * min(x1 - x0, y1 - y0)
    inside = np.kron(cells, np.ones((c, c), dtype=bool)) & (weight[y0:y1, x0:x1] > 0)
    offsets = (f[y0:y1, x0:x1] - np.kron(background, np.ones((c, c), dtype=np.float32))) * inside
    along = 1 if x1 - x0 >= y1 - y0 else 0  # rows of a wide region, columns of a tall one
    counts = inside.sum(axis=along)
    kept = counts >= c
    if not kept.any():
        return False
    rows = offsets.sum(axis=along)[kept] / counts[kept]
    # A patch's rows sit at its step (an edge row of it may be darker); a line's mostly do not.
    at_step = float(np.mean(np.abs(rows - step) <= 0.5 * abs(step)))
    darkest = float(rows.min())
    return darkest <= (TONE_LINE if strip else TONE_LINE_SHORT) * step and at_step < TONE_AT_STEP


def _across_page(f: Any, box: list[int], step: float) -> bool:
    """The region is a piece of a band across the sheet (a fold's crease shadow, a lamp's
    streak), not a patch: on its rows, beyond it (outside a region's width on each side, off
    the picture's border), `TONE_BAND_SHARE` of the paper's columns or more are off the paper
    just above and below (`TONE_BAND_REF` px away) by half its step the same way. Ink, text and
    rules cut a crease's band into pieces the size of a value (a letter folded in three,
    bench/genuine_pictures.py: 1.0 of the columns beside its pieces); the paper beside a patch
    pasted over a value keeps the page's tone (the outside sets' patches found: 0.02-0.2)."""
    import numpy as np

    x0, y0, x1, y1 = box
    lo, hi = TONE_BAND_REF
    above, below = f[max(0, y0 - hi) : max(0, y0 - lo)], f[y1 + lo : y1 + hi]
    if len(above) + len(below) == 0:
        return False
    beyond = np.ones(f.shape[1], dtype=bool)
    beyond[max(0, 2 * x0 - x1) : 2 * x1 - x0] = False
    beyond[:TONE_EDGE] = beyond[-TONE_EDGE:] = False
    if not beyond.any():
        return False
    rows = np.median(f[y0:y1][:, beyond], axis=0)
    paper = np.median(np.concatenate([above, below])[:, beyond], axis=0)
    # The columns whose paper around is paper, not print (its lightest seven tenths).
    plain = paper >= np.percentile(paper, 30)
    off = np.sign(step) * (rows - paper)[plain] >= abs(step) / 2
    return bool(off.size) and float(off.mean()) >= TONE_BAND_SHARE


def _ruled_sides(f: Any, box: list[int], paper: float) -> int:
    """How many sides of `box` a printed rule runs along: within 16 px of the edge (cells within
    3 px of ink are not paper), over 80% of the side's length."""
    x0, y0, x1, y1 = box
    dark = f < paper - 50
    sides = 0
    for x in (x0, x1):
        band = dark[y0:y1, max(0, x - 16) : x + 16].T
        sides += _has_rule(band)
    for y in (y0, y1):
        sides += _has_rule(dark[max(0, y - 16) : y + 16, x0:x1])
    return sides


def _has_rule(band: Any) -> int:
    """1 when a run of `RULE_ROWS` rows of `band` is dark over 80% of its length (a rule on a
    skewed scan drifts by a few pixels along a cell's side)."""
    import numpy as np

    if band.shape[0] < RULE_ROWS or band.shape[1] == 0:
        return 0
    thick = np.zeros_like(band[: len(band) - RULE_ROWS + 1])
    for k in range(RULE_ROWS):
        thick |= band[k : len(band) - RULE_ROWS + 1 + k]
    return int(bool((thick.mean(axis=1) >= 0.8).any()))


def clone_regions(gray: Any, *, grain: bool = True, background: Any = None) -> list[dict[str, Any]]:
    """Cloned regions: each the source and copy box (pixels) and how many pairs agree.

    `grain` False (a photo, a JPEG below `CM_MIN_QUALITY`; see `judge`): no region found by
    SIFT or glyph twins could be more than the note I217 there, which on such pages matched
    genuine print as often as clones, so neither is searched (SIFT and its matching were half
    the image checks' CPU); glyphs identical to the pixel (I224) are still judged."""
    import cv2
    import numpy as np

    if not grain:
        return _twin_regions(gray, [], twins=False, background=background)
    arr: Any = np.asarray(gray, dtype=np.uint8)
    factor = min(1.0, CM_MAX_SIDE / max(arr.shape))
    if factor < 1.0:
        arr = cv2.resize(arr, None, fx=factor, fy=factor, interpolation=cv2.INTER_AREA)
    keypoints, descriptors = _sift(arr)
    if descriptors is None or len(keypoints) < 3:
        return _twin_regions(gray, [], background=background)
    matches = _nearest(descriptors, 4)
    residual = arr.astype(np.float32) - cv2.GaussianBlur(arr, (0, 0), 1.5).astype(np.float32)
    # Paper only: no ink within 2 px, so the edges of repeated glyphs (identical on a genuine
    # page) do not count as shared noise.
    paper = cv2.erode(arr, np.ones((5, 5), np.uint8)) > 170
    candidates: list[tuple[float, float, float, float]] = []
    seen: set[tuple[int, int]] = set()
    for query, found in enumerate(matches.tolist()):
        # The nearest match is the point itself; a repeated glyph may be any of the next ones,
        # so each is tried and the paper noise decides.
        for train in found[1:]:
            pair = (min(query, train), max(query, train))
            if pair in seen:
                continue
            seen.add(pair)
            x0, y0 = keypoints[pair[0]]
            x1, y1 = keypoints[pair[1]]
            if (x1, y1) < (x0, y0):
                x0, y0, x1, y1 = x1, y1, x0, y0
            if np.hypot(x1 - x0, y1 - y0) >= CM_MIN_SHIFT:
                candidates.append((x0, y0, x1, y1))
    del matches, descriptors
    keys = [(round((x1 - x0) / 3), round((y1 - y0) / 3)) for x0, y0, x1, y1 in candidates]
    counts = Counter(keys)
    # A pair whose shift no other pair shares can make no region (`CM_MIN_PAIRS`), so its grain
    # is not compared: half the pairs on a text page, and the comparison was a fifth of the
    # copy-move search's CPU.
    shared = [i for i, key in enumerate(keys) if counts[key] >= CM_MIN_PAIRS]
    shifts: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    correlations = _noise_correlations(residual, paper, [candidates[i] for i in shared])
    for i, correlation in zip(shared, correlations, strict=True):
        if correlation >= CM_NOISE_CORRELATION:
            shifts.setdefault(keys[i], []).append(candidates[i])
    regions: list[dict[str, Any]] = []
    for pairs in shifts.values():
        if len(pairs) < CM_MIN_PAIRS:
            continue
        pts = np.array(pairs) / factor
        pad = CM_PATCH / factor
        source = _box(pts[:, 0], pts[:, 1], pad)
        copy = _box(pts[:, 2], pts[:, 3], pad)
        regions.append({"source": source, "copy": copy, "pairs": len(pairs)})
    regions = sorted(regions, key=lambda r: -int(r["pairs"]))[:3]
    return _twin_regions(gray, regions, background=background)


def _nearest(descriptors: Any, k: int) -> Any:
    """Each descriptor's `k` nearest descriptors (row indices, nearest first, ties in index
    order): what OpenCV's brute-force `knnMatch` gives, at a third of its CPU. SIFT's
    descriptors hold whole numbers of at most 255 with a norm near 512, so every squared
    distance is a whole number below 2**24, exact in float32 through one matrix product; the
    first `argmin` of a row is its lowest index among equal distances. A row's own squared norm
    moves all its distances alike, so it is left out: what remains (at most 2**24 in size) is
    still exact and ranks each row as the distances do, with one page-sized array instead of
    three (their memory traffic was most of this function's CPU)."""
    import numpy as np

    d = np.ascontiguousarray(descriptors, dtype=np.float32)
    squares = np.einsum("ij,ij->i", d, d)
    distance = d @ d.T
    distance *= -2
    distance += squares[None, :]
    rows = np.arange(len(d))
    out = np.empty((len(d), min(k, len(d))), dtype=np.int64)
    for rank in range(out.shape[1]):
        out[:, rank] = nearest = distance.argmin(axis=1)
        distance[rows, nearest] = np.inf
    return out


def _sift(arr: Any) -> tuple[list[tuple[float, float]], Any]:
    """The page's `CM_FEATURES` strongest SIFT keypoints (positions) and their descriptors.

    OpenCV's SIFT doubles the page before its first octave and holds every octave's blurred
    and difference images at once: 570 MB for an 1800 x 1425 page. A larger page is cut into
    bands of rows (`CM_BAND_PIXELS` at most, `CM_BAND_PAD` rows of the page above and below
    each, so a keypoint near a band's edge is found as on the whole page), each keypoint kept
    from the band whose own rows hold it, and the strongest `CM_FEATURES` of all are kept."""
    import cv2
    import numpy as np

    height, width = arr.shape
    bands = -(-height * width // CM_BAND_PIXELS)
    if bands <= 1:
        sift = cv2.SIFT_create(nfeatures=CM_FEATURES)  # type: ignore[attr-defined]
        found, descriptors = sift.detectAndCompute(arr, None)
        return [kp.pt for kp in found], descriptors
    core = -(-height // bands)
    kept: list[tuple[float, float, float, Any]] = []
    for top in range(0, height, core):
        start, end = max(0, top - CM_BAND_PAD), min(height, top + core + CM_BAND_PAD)
        sift = cv2.SIFT_create()  # type: ignore[attr-defined]
        found, descriptors = sift.detectAndCompute(np.ascontiguousarray(arr[start:end]), None)
        if descriptors is None:
            continue
        for kp, descriptor in zip(found, descriptors, strict=True):
            x, y = kp.pt[0], kp.pt[1] + start
            if top <= y < top + core:
                kept.append((kp.response, x, y, descriptor))
        del found, descriptors, sift
    if not kept:
        return [], None
    kept.sort(key=lambda k: -k[0])
    kept = kept[:CM_FEATURES]
    return [(k[1], k[2]) for k in kept], np.array([k[3] for k in kept], dtype=np.float32)


def _twin_regions(
    gray: Any, regions: list[dict[str, Any]], *, twins: bool = True, background: Any = None
) -> list[dict[str, Any]]:
    """`regions` with their grain compared, and the closest glyph twins (`glyph_twins`) whose
    grain is copied too (unless `twins` is False): a short number cloned over another has too
    few SIFT keypoints."""
    import numpy as np

    full = np.asarray(gray, dtype=np.float32)
    fine, flat = _paper_noise(full)
    plain = _plain(full, flat)
    speckled: list[Any] = []
    grainless = _grainless(fine, flat)

    def copied(source: list[int], copy: list[int]) -> dict[str, Any]:
        if grainless:
            return {"noise_match": 0.0, "pixels": 0, "copied_noise": False, "grainless": True}
        found = _copied_noise(fine, plain, source, copy)
        if found["pixels"]:
            return found
        # Paper mostly clipped at white (a speckled scan: its grain is the few pixels below
        # white) counts as no plain paper, so a cell cloned with its speckle compared nothing
        # (invoices15 doc_097, doc_134). There, and only when nothing else was compared, the
        # clipped paper is compared too (grain is searched on flat scans only: no light's edge
        # meets the clip there, as on the lit photo that made the clip count as no paper).
        if not speckled:
            speckled.append(_plain(full, flat, clipped=True))
        return {**_copied_noise(fine, speckled[0], source, copy), "clipped": True}

    for region in regions:
        region.update(copied(region["source"], region["copy"]))
    from reinstate.invoices.image_twins import (
        closest_glyphs,
        glyph_groups,
        identical_pairs,
        ink_depth,
    )

    depth = ink_depth(full, background)
    wide, tight = closest_glyphs(full, glyph_groups(full, depth))
    for source, copy in glyph_twins(wide) if twins else []:
        if any(_overlaps(copy, r["copy"]) or _overlaps(copy, r["source"]) for r in regions):
            continue
        found = copied(source, copy)
        if found["copied_noise"]:
            regions.append({"source": source, "copy": copy, "pairs": 1, "twin": True, **found})
    # A glyph copied to the pixel (I224): judged apart from the grain around it.
    for pair in identical_pairs(full, tight, fine, plain, depth):
        regions.append({**pair, "pairs": 1, "identical": True})
    return regions


def _grainless(fine: Any, flat: Any) -> bool:
    """Whether the page's paper has no grain to compare (`GRAIN_MIN_SHARE`): a screenshot or a
    render (flat colours, repeated rows and glyphs drawn to the same pixels) or a bi-level fax
    (paper all white), where what matches at a copy's shift is the print itself."""
    import numpy as np

    paper = int(np.count_nonzero(flat))
    grain = int(np.count_nonzero(flat & (np.abs(fine) > GRAIN_STEP)))
    return paper > 0 and grain < GRAIN_MIN_SHARE * paper


def _overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def glyph_twins(pairs: list[Any]) -> list[tuple[list[int], list[int]]]:
    """The `TWINS` closest pairs of glyphs of one box size, far apart (source and copy boxes
    with `TWIN_PAPER` px of paper around): each glyph's pixels and the paper around it against
    every other's (`pairs`: `image_twins.closest_glyphs`' wide pairs). Twins of print are alike
    in shape; a glyph cloned with its paper is alike down to the grain, which `_copied_noise`
    then tells apart."""
    pad = TWIN_PAPER
    return [
        (
            [a[0] - pad, a[1] - pad, a[0] + w + pad, a[1] + h + pad],
            [b[0] - pad, b[1] - pad, b[0] + w + pad, b[1] + h + pad],
        )
        for _cost, (h, w), a, b in pairs[:TWINS]
    ]


def _plain_paper_noise(f: Any, *, clipped: bool = False) -> tuple[Any, Any]:
    """Each pixel minus its 3x3 mean, and where the page is plain (no detail within 3 px);
    `clipped` keeps paper mostly clipped at white as plain too."""
    fine, flat = _paper_noise(f)
    return fine, _plain(f, flat, clipped=clipped)


def _paper_noise(f: Any) -> tuple[Any, Any]:
    """Each pixel minus its 3x3 mean, and the paper without detail within 3 px (clipped or not,
    not yet eroded): made once for both of `_plain`'s maps."""
    import cv2
    import numpy as np

    from reinstate.invoices.imaging import page_median, page_percentile

    fine = f - cv2.blur(f, (3, 3))
    smooth = cv2.GaussianBlur(f, (0, 0), 1.0)
    kernel = np.ones((7, 7), np.uint8)
    spread = cv2.dilate(smooth, kernel) - cv2.erode(smooth, kernel)
    # Both in one pass over the page (two were a tenth of the grain check's CPU).
    middle, top = page_percentile(f, [60, 90])
    # A page mostly of blank paper has no pixels brighter than its 60th percentile: its usual
    # detail is none, and the floor alone says what is plain.
    bright = spread[f > middle]
    usual = float(page_median(bright)) if bright.size else 0.0
    flat = spread < max(CM_FLAT_FLOOR, CM_FLAT_TIMES * usual)
    flat &= f >= CM_PAPER_SHARE * float(top)
    return fine, flat


def _plain(f: Any, flat: Any, *, clipped: bool = False) -> Any:
    """Where the page is plain (`_paper_noise`'s `flat`, 1 px in from its edge); `clipped`
    keeps paper mostly clipped at white as plain too."""
    import cv2
    import numpy as np

    # Paper mostly clipped at white has no grain left, only the edge of the light where it meets
    # the clip, which repeats wherever the light does (a lit phone photo matched at z 45); a
    # desk beside the sheet has a texture of its own, periodic on wood and cloth.
    if not clipped:
        flat = flat & (cv2.blur((f >= CM_CLIPPED).astype(np.float32), (5, 5)) < 0.5)
    return cv2.erode(flat.astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)


def _copied_noise(fine: Any, plain: Any, source: list[int], copy: list[int]) -> dict[str, Any]:
    """The best correlation of the source's plain-paper noise with the copy's, the pixels
    compared, and whether it makes the copy an editing sign (z-score over `CM_Z`, counted above
    the page's own structure: the correlation `CM_CONTROL` px off the copy's shift)."""
    import numpy as np

    height, width = fine.shape
    box = (max(0, source[0]), max(0, source[1]), min(width, source[2]), min(height, source[3]))
    dx = round((copy[0] + copy[2] - source[0] - source[2]) / 2)
    dy = round((copy[1] + copy[3] - source[1] - source[3]) / 2)
    best, pixels, at = 0.0, 0, (dx, dy)
    for sx in range(dx - 2, dx + 3):
        for sy in range(dy - 2, dy + 3):
            c, n = _shifted_correlation(fine, plain, box, sx, sy)
            if n >= 40 and c > best:
                best, pixels, at = c, n, (sx, sy)
    # Paper whose rows share their noise (a line sensor's banding; the faint halo along a line
    # of print on a scan mostly clipped at white, which matched at every shift along its rows at
    # 0.4) matches as well a few pixels off the copy's shift: that is the page's, not a copy's.
    k = CM_CONTROL
    controls = [
        _shifted_correlation(fine, plain, box, at[0] + ox, at[1] + oy)
        for ox, oy in ((k, 0), (-k, 0), (0, k), (0, -k))
    ]
    structure = max([c for c, n in controls if n >= 40] + [0.0])
    above = best - structure
    z = above * float(np.sqrt(pixels))
    return {
        "noise_match": round(best, 3),
        "pixels": pixels,
        "copied_noise": bool(above >= CM_MIN_CORRELATION and z >= CM_Z),
    }


def _shifted_correlation(
    fine: Any, plain: Any, box: tuple[int, int, int, int], sx: int, sy: int
) -> tuple[float, int]:
    """The correlation of the noise of `box`'s plain paper with the paper `sx`, `sy` px away,
    and the pixels compared (0 when the shifted box leaves the page)."""
    import numpy as np

    x0, y0, x1, y1 = box
    height, width = fine.shape
    if x0 + sx < 0 or y0 + sy < 0 or x1 + sx > width or y1 + sy > height:
        return 0.0, 0
    mask = plain[y0:y1, x0:x1] & plain[y0 + sy : y1 + sy, x0 + sx : x1 + sx]
    n = int(mask.sum())
    if n < 40:
        return 0.0, n
    a = fine[y0:y1, x0:x1][mask]
    b = fine[y0 + sy : y1 + sy, x0 + sx : x1 + sx][mask]
    a, b = a - a.mean(), b - b.mean()
    denom = float(np.sqrt((a * a).sum() * (b * b).sum()))
    return (float((a * b).sum()) / denom if denom > 0 else 0.0), n


def _box(xs: Any, ys: Any, pad: float) -> list[int]:
    return [
        int(max(0.0, xs.min() - pad)),
        int(max(0.0, ys.min() - pad)),
        int(xs.max() + pad),
        int(ys.max() + pad),
    ]


def _noise_correlations(
    residual: Any, paper: Any, pairs: list[tuple[float, float, float, float]]
) -> Any:
    """For each pair of points (x0, y0, x1, y1), the correlation of the fine noise on the paper
    around both (the same `2 * CM_PATCH` square, the pixels that are paper in both); 0 where a
    square leaves the page or holds less than `CM_MIN_PAPER` such pixels. All pairs at once, in
    chunks: one pair at a time was 6,000 small numpy calls (0.5-1 s) on a phone photo."""
    import numpy as np

    out = np.zeros(len(pairs))
    if not pairs:
        return out
    r = CM_PATCH
    height, width = residual.shape
    at = np.rint(np.array(pairs, dtype=np.float64)).astype(np.int64)
    ax, ay, bx, by = at.T
    inside = (
        (at.min(axis=1) >= r)
        & (np.maximum(ax, bx) + r <= width)
        & (np.maximum(ay, by) + r <= height)
    )
    offsets = np.arange(-r, r)
    for chunk in np.array_split(np.flatnonzero(inside), max(1, int(inside.sum()) // 1024 + 1)):
        if not len(chunk):
            continue
        rows_a = (ay[chunk, None] + offsets)[:, :, None]
        cols_a = (ax[chunk, None] + offsets)[:, None, :]
        rows_b = (by[chunk, None] + offsets)[:, :, None]
        cols_b = (bx[chunk, None] + offsets)[:, None, :]
        mask = paper[rows_a, cols_a] & paper[rows_b, cols_b]
        n = mask.sum(axis=(1, 2))
        pa = np.where(mask, residual[rows_a, cols_a], 0.0)
        pb = np.where(mask, residual[rows_b, cols_b], 0.0)
        count = np.maximum(n, 1)[:, None, None]
        va = np.where(mask, pa - pa.sum(axis=(1, 2))[:, None, None] / count, 0.0)
        vb = np.where(mask, pb - pb.sum(axis=(1, 2))[:, None, None] / count, 0.0)
        denom = np.sqrt((va * va).sum(axis=(1, 2)) * (vb * vb).sum(axis=(1, 2)))
        products = (va * vb).sum(axis=(1, 2))
        ok = (n >= CM_MIN_PAPER) & (denom > 0)
        out[chunk] = np.where(ok, products / np.where(ok, denom, 1.0), 0.0)
    return out


def _ghost_peaks(gray: Any, quality: int | None) -> list[tuple[tuple[int, int, int, int], float]]:
    """Error levels at the quality of the page's earlier save, when one shows (a JPEG ghost):
    a value pasted or a digit cloned after it never went through that save, or went through it
    on another block grid, and stands out there more than at `ELA_QUALITY`."""
    from reinstate.invoices import image_resaved

    earlier = image_resaved.earlier_quality(gray, quality) if quality else None
    return ela_peaks(gray, earlier) if earlier else []


def _drawn(gray: Any, scaled: Any) -> dict[str, Any]:
    """What an editor drew that a lossless page keeps exactly (`image_drawn`): grey text on a
    black-and-white page, patches of one flat level on grainy paper."""
    from reinstate.invoices import image_drawn

    return {
        "grey_text": [scaled(box) for box in image_drawn.grey_text(gray)],
        "flat": [scaled(box) for box in image_drawn.flat_patches(gray)],
    }


# The copy-move search (SIFT and the grain of its pairs, a third to a half of a flat scan's
# checks) runs on a thread of its own beside the line and tone checks (and the reader's paper-noise
# map beside both): OpenCV and numpy let go of
# the interpreter while they work, so once Tesseract's pass is done both cores work on the page.
# The same maps either way; only a page of ordinary size (a 300 dpi A4 is 8.7 Mpixel): both
# searches' page-sized arrays at once on a 35 Mpixel scan would near the reader's memory cap.
BESIDE_MAX_PIXELS = 12_000_000


def on_thread(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` on a thread of its own; a future."""
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(fn, *args, **kwargs)
    pool.shutdown(wait=False)
    return future


def beside(pixels: int, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` as a future: on a thread of its own for a page of ordinary size
    (`pixels`), else run here and now."""
    from concurrent.futures import Future

    if pixels <= BESIDE_MAX_PIXELS:
        return on_thread(fn, *args, **kwargs)
    done: Future[Any] = Future()
    done.set_result(fn(*args, **kwargs))
    return done


def judge(gray: Any, quality: int | None, fmt: str | None, scale: float) -> dict[str, Any]:
    """Every pixel sign of an edit on one scanned page: error levels (JPEGs saved finely enough
    to judge), paper tone (JPEG and PNG), cloned regions and text-line outliers, boxes in page
    units (`scale` per pixel). The same for a JPG/PNG file and for a PDF page that is one scan."""
    from reinstate.invoices.image_copied_text import MIN_QUALITY as COPIED_MIN_QUALITY
    from reinstate.invoices.image_copied_text import copied_text
    from reinstate.invoices.image_glyph_ink import lighter_digits
    from reinstate.invoices.image_lines import EVEN, MIN_SIDE, line_outliers, paper_light
    from reinstate.invoices.image_sharp import glyph_widths, sharp_runs
    from reinstate.invoices.image_twins import ink_depth

    out: dict[str, Any] = {}
    if not available():
        out["edits_skipped"] = "opencv missing"
        return out

    def scaled(box: Any) -> list[float]:
        return [float(v) * scale for v in box]

    from reinstate.invoices import image_resaved

    fine_jpeg = quality is not None and quality >= MIN_JPEG_QUALITY
    peaks = ela_peaks(gray) if fine_jpeg else None
    if peaks is not None:
        out["ela"] = [scaled(box) for box, _peak in peaks]
    file_quality = quality
    if quality is None:
        out.update(_drawn(gray, scaled))
    if fine_jpeg and image_resaved.saved_coarser(gray):
        # The page went through a coarser save first: its blocks are that save's, and every
        # sign is judged as on a JPEG of that quality (a value pasted after it is I223's).
        out["earlier_save"] = True
        quality = image_resaved.EARLIER_QUALITY
    import numpy as np

    from reinstate.invoices.imaging import paper_background

    page = np.asarray(gray, dtype=np.float32)
    background = paper_background(page)
    lit = paper_light(background) if min(gray.size) >= MIN_SIDE else None
    # Coarse JPEG blocks repeat with the print they hold: no grain is left to compare. On a
    # photo (uneven light) copied grain matched three genuine outside photos (repeated table
    # rows near the clip, the desk's texture; z 10-45) and found no clone (invoices3-7; the
    # generated clones are on flat scans). Either page's clones could only be the note I217,
    # so they are not searched (`clone_regions`).
    grain = not (quality is not None and quality < CM_MIN_QUALITY) and not (
        lit is not None and lit[0] > EVEN
    )
    clones = beside(
        gray.width * gray.height, clone_regions, gray, grain=grain, background=background
    )
    lines = line_outliers(gray, quality, paper=background, lit=lit)
    glyphs = glyph_widths(gray, paper=background)
    out["sharp"] = [{**r, "box": scaled(r["box"])} for r in sharp_runs(gray, background, glyphs)]
    out["lighter_digits"] = [
        {**r, "box": scaled(r["box"])} for r in lighter_digits(page, background)
    ]
    # Any page saved at 80 or more, not only one whose earlier save was coarse enough to be
    # measured: a page saved at 75-90 and again after the paste lets the paste stand out as
    # much (invoices6 and invoices4 pastes at 1.6-3.4; genuine pages at most 1.24).
    strong = image_resaved.standing_out(peaks or []) + (
        image_resaved.standing_out(_ghost_peaks(gray, file_quality)) if fine_jpeg else []
    )
    if strong:
        value_height = lines.get("text_height") or image_resaved.unmeasured_text_height(
            glyphs, gray.height
        )
        found = image_resaved.resaved_regions(strong, value_height, gray.height)
        out["resaved"] = [{**r, "box": scaled(r["box"])} for r in found]
    # A GIF's palette bands smooth paper into steps of its own: paper tone is not judged there.
    lighter_only = quality is not None and quality < TONE_MIN_QUALITY
    height = lines.get("text_height")
    if (
        (quality is None or quality >= TONE_LIGHTER_MIN_QUALITY)
        and fmt in ("JPEG", "PNG")
        and (height or not lighter_only)
    ):
        tone = tone_regions(gray, height, lighter_only)
        for region in tone["regions"]:
            region["box"] = scaled(region["box"])
        out["tone"] = tone
    light = lines.get("light")
    found = [
        {**r, "source": scaled(r["source"]), "copy": scaled(r["copy"])} for r in clones.result()
    ]
    # A glyph identical to another to the noise (I224) is judged on photos and coarse JPEGs too:
    # what it compares is the glyph itself, not grain that repeated print or blocks may share.
    out["identical"] = [r for r in found if r.get("identical")]
    out["clones"] = [r for r in found if not r.get("identical")]
    if fmt == "JPEG" and file_quality is not None and file_quality >= COPIED_MIN_QUALITY:
        out["copied_text"] = [
            {**r, "source": scaled(r["source"]), "copy": scaled(r["copy"])}
            for r in copied_text(page, ink_depth(page, background))
        ]
    for word in lines["words"] + lines.get("edits", []) + lines.get("level", []):
        word["box"] = scaled(word["box"])
    out["lines"] = lines
    coarse = quality is not None and quality < MIN_JPEG_QUALITY
    if coarse or (light is not None and light > EVEN):
        # Judged only in part: the user hears that no sign here says less than on a flat scan.
        out["limited"] = {
            "quality": f"{file_quality}, ≤{quality}" if quality != file_quality else quality,
            "light": light,
        }
    return out
