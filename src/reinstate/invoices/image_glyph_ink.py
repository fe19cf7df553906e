"""A digit cloned from lighter print: one glyph of a number whose ink is lighter than its own.

A number is printed in one pass, one font and one weight: on a scan or photo its digits reach
the same darkest ink within a few hundredths (the median deviation of a number's glyphs was
under 0.07 of their median on the genuine pictures of invoices40 and invoices41, mostly under
0.03). A forger who clones a digit
over another takes it from wherever the page prints that digit, often a line in regular weight
for a bold total: the copy keeps its source's thinner, lighter strokes, and the number then
holds one digit whose darkest ink is a third lighter than the rest (0.65-0.70 on two outside
clones, a regular "5" and "3" in a bold total). Lighter print of one glyph in a number
otherwise alike was not seen on the genuine pictures but for narrow glyphs ("1", "/"), whose
strokes at 150 dpi cover part of a pixel, and for CJK characters between a date's numbers
(thinner strokes than bold digits): only glyphs `MIN_WIDTH` to `DIGIT_WIDTH` of their height
wide, with no other ink of their height beside them (`_crowded`), are judged.

Glyphs are the page's ink components (deeper than 0.4 of its darkest depth and 40 levels, as
`image_twins` cuts them), chained left to right into a number: the next glyph of the same height
(within `SAME_HEIGHT`), on the same baseline (within `SAME_BASE` of the height), at most
`GAP` heights further. A number of at least `MIN_RUN` such glyphs is judged.

Not seen: a digit cloned from print of the same weight (then only the pixels can show it:
I219, I224), a clone darker than its number (a bold digit in a regular line, not measured on
outside files yet), a number shorter than `MIN_RUN` glyphs.
"""

from __future__ import annotations

from typing import Any

from reinstate.invoices.image_twins import INK, ink_depth

MIN_HEIGHT = 7
MAX_HEIGHT = 60
MIN_WIDTH = 0.55
# A lighter glyph is judged only as wide as a digit: a CJK character a date runs into (a day
# character 0.9 of its height wide on a genuine photo) prints thinner than bold digits.
DIGIT_WIDTH = 0.8
MAX_WIDTH = 0.9
MIN_AREA = 15
SAME_HEIGHT = 0.12
SAME_BASE = 0.15
GAP = 0.9
MIN_RUN = 5
# Darkest ink (90th percentile of the glyph's depth) against the median of its number's other
# glyphs, and how far those may vary (median absolute deviation over their median).
LIGHTER = 0.72
ALIKE = 0.03
# ... and none of them further than this from it: a number with two lighter glyphs is a date
# running into CJK characters (a genuine photo's day and month characters, 0.66-0.71), not one
# digit copied (the other digits of the outside clones' numbers: within 0.03).
ALL_ALIKE = 0.1
# Other ink this share of a glyph's height tall, this share of its height beside it.
CROWD = 0.5
# Glyphs reported per page, the lightest first.
KEEP = 2


def lighter_digits(f: Any, paper: Any) -> list[dict[str, Any]]:
    """Glyphs (boxes in pixels) whose ink is `LIGHTER` than their number's other glyphs, those
    alike (`ALIKE`, `ALL_ALIKE`); `f` the page (float grey), `paper` its
    `imaging.paper_background`."""
    import numpy as np

    depth, darkest = ink_depth(f, paper)
    labels, stats, glyphs = _glyphs(depth > max(40.0, INK * darkest))
    found: list[dict[str, Any]] = []
    for run in _numbers(glyphs):
        ink = np.array([_darkest(depth, labels, g) for g in run])
        members = {g[0] for g in run}
        for k, (_i, x, y, w, h) in enumerate(run):
            if not MIN_WIDTH * h <= w <= DIGIT_WIDTH * h or _crowded(stats, members, run[k]):
                continue
            others = np.delete(ink, k)
            middle = float(np.median(others))
            if middle <= 0:
                continue
            spread = float(np.median(np.abs(others - middle))) / middle
            farthest = float(np.max(np.abs(others - middle))) / middle
            share = float(ink[k]) / middle
            if share <= LIGHTER and spread <= ALIKE and farthest <= ALL_ALIKE:
                found.append({"box": [x, y, x + w, y + h], "ink": round(share, 2)})
    return sorted(found, key=lambda g: g["ink"])[:KEEP]


Glyph = tuple[int, int, int, int, int]


def _glyphs(ink: Any) -> tuple[Any, Any, list[Glyph]]:
    """The ink's components (labels, each one's box and area) and those shaped like digits
    (label, x, y, w, h), left to right."""
    import cv2
    import numpy as np

    count, labels, stats, _c = cv2.connectedComponentsWithStats(
        ink.astype(np.uint8), connectivity=8
    )
    glyphs = [
        (i, x, y, w, h)
        for i, (x, y, w, h, area) in enumerate(stats[1:count].tolist(), start=1)
        if MIN_HEIGHT <= h <= MAX_HEIGHT and 0.25 * h <= w <= MAX_WIDTH * h and area >= MIN_AREA
    ]
    return labels, stats, sorted(glyphs, key=lambda g: g[1])


def _crowded(stats: Any, members: set[int], glyph: Glyph) -> bool:
    """Whether ink other than its number's glyphs lies beside the glyph (within `CROWD` of its
    height), within its rows and at least `CROWD` of its height tall: the strokes of a CJK
    character the number runs into, which print thinner than digits (on a genuine photo, a
    date's year character made one of its strokes a lighter "digit"), or a lowercase word. A
    currency sign reaches above and below the digits and does not count."""
    import numpy as np

    _i, x, y, w, h = glyph
    reach = CROWD * h
    near = (
        (stats[:, 0] < x + w + reach)
        & (stats[:, 0] + stats[:, 2] > x - reach)
        & (stats[:, 1] >= y - 1)
        & (stats[:, 1] + stats[:, 3] <= y + h + 1)
        & (stats[:, 3] >= CROWD * h)
    )
    near[0] = False
    near[list(members)] = False
    return bool(np.any(near))


def _numbers(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs chained into numbers: each the next glyph to the right of the same height and
    baseline, within `GAP` heights; numbers of `MIN_RUN` glyphs or more."""
    used: set[int] = set()
    runs: list[list[Glyph]] = []
    for start, first in enumerate(glyphs):
        if first[0] in used:
            continue
        run = [first]
        used.add(first[0])
        while (nxt := _next(glyphs, start, run[-1], used)) is not None:
            run.append(nxt)
            used.add(nxt[0])
        if len(run) >= MIN_RUN:
            runs.append(run)
    return runs


def _next(glyphs: list[Glyph], start: int, cur: Glyph, used: set[int]) -> Glyph | None:
    _i, x, y, w, h = cur
    for g in glyphs[start + 1 :]:
        if g[1] > x + w + GAP * h:
            return None
        if g[0] in used or g[1] <= x:
            continue
        if abs(g[4] - h) <= SAME_HEIGHT * h and abs(g[2] + g[4] - y - h) <= SAME_BASE * h:
            return g
    return None


def _darkest(depth: Any, labels: Any, glyph: Glyph) -> float:
    import numpy as np

    i, x, y, w, h = glyph
    mask = labels[y : y + h, x : x + w] == i
    return float(np.percentile(depth[y : y + h, x : x + w][mask], 90))
