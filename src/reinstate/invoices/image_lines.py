"""A sign of a value typed again on a scan: a word whose glyphs differ from the line they sit in.

A forger who covers a number on a scan and types a new one must match the page's font, size,
baseline, stroke, ink and the scanner's blur all at once; printed text shares all of them along a
line. The page's ink (darker than the paper around it, as a share of the paper's level) is cut into
glyphs and words (glyphs closer than 0.38 of the typical glyph height), and only words whose main
glyphs share one height are compared: numbers, codes and capitals (`HB-750S`, `1,022.00`), the
values a forger changes; a value whose digits a soft lens ran into one glyph at least `JOINED_WIDE`
heights wide is compared too when it fills less than `JOINED_FILL` of its box (a single glyph
filling more is taken for CJK characters run together), and any glyph run together only when it
spans its height like digits (`_spans_height`). Lowercase words mix x-height and ascenders;
CJK characters (about square, or dense) vary in height and stroke with the character; brackets and
bars rise above digits: none of them is compared. Each glyph's top and bottom are measured to a
tenth of a pixel. The page's tilt is taken out, words are chained into lines (the nearest word to
the right whose glyphs overlap by half a height, at most `LINE_GAP` heights away), and each word is
compared with the others of its line: height, baseline and cap line (along the line's slope), and,
for stroke width, ink depth and edge sharpness, also with the words of the same height on the whole
page (one printer, one scanner). Each measure is scaled so that 1.0 is its threshold (the constants
below), set above what the printed words of the generated genuine scans show; one word per line is
reported (the note I220). The editing sign (I221, `edits`) counts only what genuine scans made
elsewhere did not show too: another height, ink lighter than the line's and the page's (its darkest
level against the page's paper, so print on a tinted band is not lighter) and a softer edge; a
shifted baseline and a darker, bolder or sharper word (a bold total) stay the note.

Not judged: photos (uneven light, `EVEN`: their perspective changes size and slope along a
line), ink and sharpness on JPEGs below quality `MIN_JPEG_QUALITY` (their blocks blur and shift
edges). Not seen: a value retyped in the page's own font, size, weight and ink at the right
place and blurred like the scan (only its paper can show it: I213, I218, I219); lowercase words;
a value without two other numbers or codes on its line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from reinstate.invoices.imaging import page_median, page_percentile, paper_background

MIN_GLYPH = 6  # px: smaller components are punctuation or noise
MAX_GLYPH = 90
# A glyph of a word is "main" when at least this share of the word's tallest glyph; a word is
# compared when its main glyphs' heights agree within UNIFORM (digits, capitals).
MAIN = 0.62
UNIFORM = 0.09
MIN_PEERS = 2
SLOPE_REACH = 150  # px: lines whose slopes a line's slope is the median of
SKEW_REACH = 400  # glyphs compared with each (sorted by x: a few columns of every line)
# Ink over box: digits and Latin capitals 0.35-0.5; CJK characters at invoice sizes are denser,
# and their stroke width depends on how many strokes they have.
DENSE_FILL = 0.5
SQUARE = (0.85, 1.3)
THIN = 0.33  # brackets and bars rise above the digits
JOINED_WIDE = 1.8
JOINED_FILL = 0.65
# A glyph `RUN_WIDE` of its height wide or more is characters run together. Digits reach from
# their top to their bottom along most of the run (at least `RUN_SPAN` of its columns within
# `RUN_BAND` of its height of both); lowercase letters run together by a scan's blur ("500g",
# "goods") reach their top only at ascenders and their bottom only at descenders (a genuine
# outside PNG scan's: 0-0.45 of their columns, its digit runs 0.5-0.85), and were 1.2 times as
# tall as the digits of their line (I221).
RUN_WIDE = 1.3
RUN_SPAN = 0.5
RUN_BAND = 0.15
DENSE = 2.0  # glyphs per glyph height of width: more is a CJK word (radicals)
# Words further apart than this many glyph heights are not one line: on a tilted scan, a value
# in one column lined up with print of another size in a column 46-61 heights away (two genuine
# scans made elsewhere, bench/independent/invoices4); a generated table row's cells are up to 37
# heights apart.
LINE_GAP = 42
# Thresholds (score 1.0): height ratio to the line, baseline and cap-line offset (px and share of
# the height), and ratios of stroke, tone and sharpness to the line's and the page's.
TALLER = 0.09
OFFSET_PX = 1.6
OFFSET_SHARE = 0.09
STROKE = 0.2
TONE = 0.13
SHARP = 0.2
# The editing sign (I221) counts only what the printed lines of genuine scans, ours and an
# independent writer's, did not show: another height (their largest 9.4%), ink lighter than the
# line's (a tinted band lowers print's contrast, not its darkness) and a softer edge.
EDIT_TALLER = 0.105
# A word within this share of the height of a word of its column on another line is printed at
# its column's size (`_column_size`): another height than its line's is no I221.
COLUMN_SAME = 0.04
# Words of its column at its size on this many other lines: one alone may be the source a digit
# was cloned from (a generated-elsewhere chat JPEG's clone, 1.2 times its line, had one).
COLUMN_MATES = 2
EDIT_LIGHTER = 0.2
# Another height counts only when the word's glyphs agree on its cap line and on its baseline
# within this many px (or this share of its height, `_edge_spread`): a heading taller by a Q's
# tail and an accented letter ("Qté" on two genuine stamped JPEG scans made elsewhere: 1.7 and
# 2.1 px, 1.14 times its line) is print; a value typed again moves all its glyphs alike (the
# generated retype: 0.07 px). Printed words of the same pages: 0.34-0.49 px at the median.
EDGE_SPREAD_PX = 1.0
EDGE_SPREAD_SHARE = 0.08
# A bi-level page (a fax, a scan saved in black and white) has no grey at a glyph's edge to place
# it between pixels: each edge is rounded to a whole pixel, so two words' heights differ by up to
# this many px by rounding alone. Genuine faxes at 150 dpi (14-16 px digits) showed 2 px
# (heights 0.89 and 1.14 of their line; bench/independent/invoices13, 3 of 5 faxes).
BILEVEL_ROUNDING = 2.0
# Bi-level all the same: a fax whose machine stamped its header line in grey (antialiased) has a
# few grey pixels (invoices30: 0.1% of the page); a fax sent at half the vertical resolution and
# stored with each line twice (a fax in standard mode) rounds its edges to a pair of rows, with
# grey at most where it was shrunk after thresholding (rows repeated in pairs on `ROW_PAIRS` of
# the pixels beside ink; scans and screenshots 0.17-0.72).
BILEVEL_GREY = 0.01
ROW_PAIRS = 0.98
MIN_JPEG_QUALITY = 80
# The paper's brightest and darkest levels (95th / 5th percentile) on a flat scan differ by a few
# percent; on a photo, its light and shadow (and the table around the page) by far more.
EVEN = 1.12
# A smaller page is not judged (nor is how it is lit).
MIN_SIDE = 200
# A value typed on the image after the capture (I225): a run of words of a line (gaps under
# `PHRASE_GAP` heights, `TILT_GLYPHS` glyphs over `TILT_SPAN` heights or more) whose glyphs'
# bottoms lie along the pixel rows (its own tilt moves them `LEVEL_FLAT` px or less over the run,
# and they sit within `LEVEL_RMS` px of that line) on a page tilted enough that its print moves
# `LEVEL_DROP` px or more over the same run; the page's tilt is the median of its runs' (at least
# `LEVEL_PHRASES`, agreeing within `LEVEL_SPREAD`). A scanner or a phone tilts the page and all
# its print together, and resampling puts each tilted glyph's edge between pixels; an editor draws
# new text along the pixel rows. Runs within `LEVEL_MARGIN` of the page's top or bottom are left
# out: a fax machine or a scanner stamps its own header or footer line level.
TILT_GLYPHS = 4
TILT_SPAN = 3.0
PHRASE_GAP = 3.0
LEVEL_FLAT = 0.3
LEVEL_RMS = 0.1
LEVEL_DROP = 1.5
LEVEL_PHRASES = 6
LEVEL_SPREAD = 0.006
LEVEL_MARGIN = 0.04
# A shorter run (a name or a total of 4-10 glyph heights) on a page tilted only a little moves
# under `LEVEL_DROP`: it counts when it lies flatter still (`SHORT_FLAT` px over the run) and
# closer to its own line (`SHORT_RMS` px), as text an editor drew sits on one pixel row, and
# the page's tilt moves print `SHORT_DROP` px or more over it. Only where edges are measured
# below a pixel: not on a JPEG below `MIN_JPEG_QUALITY` (its blocks shift edges: genuine runs
# there moved 0.56-0.78 px, 0.01-0.07 flat), nor a bi-level page (`_whole_pixel_edges`), nor a
# run whose glyphs' bottoms all measure the same (under `SHORT_RMS_MIN` off their line): each is
# a staircase of level steps (two faxes' runs 0.59-0.72 px, a header on a grey band 0.53 px,
# all 0.0 off their line). Session 23, on the 913 genuine picture pages of invoices3-7, 9,
# 11-32, 38-41: no run within these limits (the nearest: 0.42 px and 0.35 px moved, as flat, on
# two scans; 0.054-0.058 px off their line or 0.11-0.14 px flat on others); on their edits, 22
# pastes more (outside pastes moved 0.55-1.26 px, 0.00-0.04 flat, 0.004-0.036 off their line).
SHORT_DROP = 0.5
SHORT_FLAT = 0.05
SHORT_RMS = 0.04
SHORT_RMS_MIN = 0.002
# Mixed-case words (names) join the level check: their glyphs' bottoms `DESCENDER` of the
# word's median glyph height or more below the line of the others are descenders; a word whose
# ink fills `MIXED_FILL` of its box or more is CJK characters.
DESCENDER = 0.12
MIXED_FILL = 0.5


def paper_light(paper: Any) -> tuple[float, float]:
    """How unevenly the page is lit (its paper's 95th percentile over its 5th: above `EVEN` on
    a photo) and the paper's median level, from its `imaging.paper_background`."""
    low, high = page_percentile(paper, [5, 95])
    return round(float(high / max(low, 1.0)), 2), float(page_median(paper))


def line_outliers(
    gray: Any,
    jpeg_quality: int | None = None,
    debug: bool = False,
    paper: Any = None,
    lit: tuple[float, float] | None = None,
) -> dict[str, Any]:
    """Words (boxes in pixels, with what differs) that stand out from their text line; `paper`
    is the page's `imaging.paper_background` and `lit` its `paper_light` if made already."""
    import cv2
    import numpy as np

    arr = np.asarray(gray, dtype=np.float32)
    if arr.ndim != 2 or min(arr.shape) < MIN_SIDE:
        return {"words": []}
    rounding = BILEVEL_ROUNDING if _whole_pixel_edges(arr) else 0.0
    height, width = arr.shape
    if paper is None:
        paper = paper_background(arr)
    light, level = lit or paper_light(paper)
    if light > EVEN:
        # A photo: its perspective changes the size and slope of print along a line.
        return {"words": [], "skipped": f"uneven light ({light:.2f})", "light": light}
    # Ink depth as a share of the paper's level (times 255): a shadow or uneven light dims ink
    # and paper alike, so words in and out of it compare.
    depth = (paper - arr) * (255.0 / np.maximum(paper, 32.0))
    ink = (depth > np.maximum(45.0, 0.35 * page_percentile(depth, 99.5))).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    hs = stats[1:, cv2.CC_STAT_HEIGHT]
    ws = stats[1:, cv2.CC_STAT_WIDTH]
    glyph = (hs >= MIN_GLYPH) & (hs <= MAX_GLYPH) & (ws <= 3 * hs + 6)
    if glyph.sum() < 30:
        return {"words": [], "light": light}
    typical = float(np.median(hs[glyph]))
    # Words: glyphs joined across gaps of a third of the typical glyph height.
    gap = max(3, round(typical * 0.38))
    kept = np.zeros(count, bool)
    kept[1:] = glyph | ((hs < MIN_GLYPH) & (stats[1:, cv2.CC_STAT_AREA] >= 3))
    mask = kept[labels].astype(np.uint8)
    joined = cv2.dilate(mask, np.ones((1, gap), np.uint8))
    word_of = cv2.connectedComponents(joined, connectivity=8)[1]
    comp_word = np.zeros(count, np.int32)
    comp_word[labels[mask > 0]] = word_of[mask > 0]
    members: dict[int, list[int]] = {}
    for i in np.nonzero(glyph)[0] + 1:
        members.setdefault(int(comp_word[i]), []).append(int(i))
    words: list[dict[str, Any]] = []
    grad = cv2.magnitude(cv2.Sobel(depth, cv2.CV_32F, 1, 0), cv2.Sobel(depth, cv2.CV_32F, 0, 1))
    dist = cv2.distanceTransform(ink, cv2.DIST_L2, 3)
    mixed: list[dict[str, Any]] = []
    groups: list[tuple[int, int, int, int, float]] = []  # every word's box and tallest glyph
    for comps in members.values():
        st = stats[comps]
        tall = float(st[:, 3].max())
        groups.append(
            (
                int(st[:, 0].min()),
                int(st[:, 1].min()),
                int((st[:, 0] + st[:, 2]).max()),
                int((st[:, 1] + st[:, 3]).max()),
                tall,
            )
        )
        main = st[st[:, 3] >= MAIN * tall]
        span = float(st[:, 0].max() + st[st[:, 0].argmax(), 2] - st[:, 0].min())
        # Digits joined by the scan's blur make one wide glyph; a CJK character is several.
        if (len(main) < 2 and main[0, 2] < 1.3 * tall) or len(st) > DENSE * span / tall:
            continue
        # CJK characters are about square, digits and Latin capitals narrower (digits joined by
        # blur wider): a CJK character's height and ink depend on the character.
        aspect = main[:, 2] / main[:, 3]
        if ((aspect >= SQUARE[0]) & (aspect <= SQUARE[1])).any() or (aspect < THIN).any():
            _mixed_word(mixed, comps, stats, labels, depth)
            continue
        if np.abs(main[:, 3] - np.median(main[:, 3])).max() > max(1.0, UNIFORM * tall) or (
            _letters_joined(labels, stats, [i for i in comps if stats[i, 3] >= MAIN * tall])
        ):
            _mixed_word(mixed, comps, stats, labels, depth)
            continue
        x0, y0 = int(st[:, 0].min()), int(st[:, 1].min())
        x1 = int((st[:, 0] + st[:, 2]).max())
        y1 = int((st[:, 1] + st[:, 3]).max())
        box = (max(0, x0 - 2), max(0, y0 - 3), min(width, x1 + 2), min(height, y1 + 3))
        sel = np.isin(labels[box[1] : box[3], box[0] : box[2]], comps)
        local = depth[box[1] : box[3], box[0] : box[2]]
        contrast = float(np.percentile(local[sel], 90))
        ids = [i for i in comps if stats[i, 3] >= MAIN * tall]
        lab = labels[box[1] : box[3], box[0] : box[2]]
        found = [_edges(local, contrast, lab, i, stats[i], box) for i in ids]
        edges = [e for e in found if e]
        fill = float(sel.sum()) / max(1, (x1 - x0) * (y1 - y0))
        # One glyph alone must be digits joined by blur, not CJK characters joined; a soft
        # value's digits join into one wide run (`JOINED_WIDE`) that fills more of its box.
        run = float(main[0, 2]) >= JOINED_WIDE * tall and fill < JOINED_FILL
        if not edges or (len(main) < 2 and fill >= DENSE_FILL and not run):
            continue
        tops, bases = np.array(edges).T
        centres = np.array(
            [stats[i, 0] + stats[i, 2] / 2 for i, e in zip(ids, found, strict=True) if e]
        )
        pixels = arr[box[1] : box[3], box[0] : box[2]][sel]
        sizes = bases - tops
        if np.ptp(sizes) > UNIFORM * float(np.median(sizes)) + 0.5:
            continue
        words.append(
            {
                "box": [x0, y0, x1, y1],
                "cx": (x0 + x1) / 2,
                "h": float(np.median(np.subtract(bases, tops))),
                "top": float(np.median(tops)),
                "base": float(np.median(bases)),
                "stroke": float(dist[box[1] : box[3], box[0] : box[2]][sel].mean()),
                "tone": contrast,
                # The darkest ink against the page's paper: print on a tinted band is as dark as
                # elsewhere (its contrast with the band is not), a value typed in grey or cut
                # from a softer scan is lighter.
                "dark": max(1.0, level - float(np.percentile(pixels, 10))),
                "sharp": float(np.percentile(grad[box[1] : box[3], box[0] : box[2]], 97)),
                "glyphs": len(main),
                "tall": tall,
                "fill": fill,
                "points": list(zip(centres.tolist(), bases.tolist(), strict=True)),
                "tops": tops.tolist(),
            }
        )
    skew = _skew(stats[1:][glyph])
    for w in words + mixed:
        w["top"] -= skew * w["cx"]
        w["base"] -= skew * w["cx"]
    for w in words:
        w["edge_spread"] = _edge_spread(w, skew)
    lines = _lines(words)
    _line_slopes(lines)
    fine = jpeg_quality is None or jpeg_quality >= MIN_JPEG_QUALITY
    flagged: list[dict[str, Any]] = []
    edits: list[dict[str, Any]] = []
    for line in lines:
        if len(line) < MIN_PEERS + 1:
            continue
        compared = []
        for w in line:
            peers = [p for p in line if p is not w and 0.8 < p["h"] / w["h"] < 1.25]
            if len(peers) < MIN_PEERS:
                continue
            page = [p for p in words if p is not w and abs(p["h"] / w["h"] - 1) < 0.15]
            w["scores"], w["edit"], w["measures"] = _scores(w, peers, page, fine, rounding)
            if w["edit"].get("height", 0.0) >= 1.0 and _column_size(w, peers, groups):
                # Printed at its column's size: a smaller print is also fainter and softer on a
                # scan than the larger print of its line, so neither is compared either.
                w["edit"] = {}
            compared.append(w)
        # One word per line: an outlier among the peers shifts the others' fits too.
        for key, listed in (("scores", flagged), ("edit", edits)):
            ranked = [(v, k, w) for w in compared for k, v in w[key].items()]
            if ranked and max(ranked, key=lambda r: r[0])[0] >= 1.0:
                score, what, w = max(ranked, key=lambda r: r[0])
                listed.append(
                    {
                        "box": w["box"],
                        "what": what,
                        "score": round(score, 2),
                        "measures": {k: round(v, 2) for k, v in w["measures"].items()},
                    }
                )
    flagged.sort(key=lambda f: -float(f["score"]))
    edits.sort(key=lambda f: -float(f["score"]))
    out: dict[str, Any] = {
        "words": flagged[:3],
        "edits": edits[:3],
        "compared": sum(1 for w in words if "scores" in w),
        # The height of the page's numbers and capitals (px): what a value's patch is sized by.
        "text_height": round(float(np.median([w["h"] for w in words])) if words else typical, 1),
        # The paper's brightest level over its darkest (95th / 5th percentile): above `EVEN`, a
        # photo's light, and the page is judged only in part (I222).
        "light": light,
    }
    phrases = phrase_tilts(lines) + phrase_tilts(_lines(mixed), mixed=True)
    out["level"] = level_phrases(phrases, height, fine_edges=fine and not rounding)
    if debug:
        out["all"] = words
        out["phrases"] = phrases
    return out


def _edge_spread(w: dict[str, Any], skew: float) -> float:
    """How far the word's main glyphs disagree on its cap line or on its baseline (px, the
    larger; the page's tilt taken out): a value typed at another size moves every glyph's top
    or bottom alike, while a word taller only by a capital's tail below the baseline (Q) and an
    accent above the cap line (é) has each glyph off its line at another side ("Qté")."""
    import numpy as np

    centres = np.array([c for c, _base in w["points"]])
    bases = np.array([b for _c, b in w["points"]]) - skew * centres
    tops = np.array(w["tops"]) - skew * centres
    return float(max(np.ptp(tops), np.ptp(bases)))


def _column_size(
    w: dict[str, Any], peers: list[dict[str, Any]], groups: list[tuple[int, int, int, int, float]]
) -> bool:
    """Whether `COLUMN_MATES` words of `w`'s column on other lines have `w`'s tallest glyph (to
    `COLUMN_SAME` of it, a pixel at least, and nearer it than its line's `peers`): a table sets
    each column's size (a unit or specification column in a smaller font than the amounts,
    text shrunk to fit its cell), so a word of another height than its row's but of its
    column's is the column's print. A value typed again differs from its column too.
    `groups`: every word of the page (its box and tallest glyph), lowercase and CJK too."""
    import numpy as np

    x0, y0, x1, y1 = w["box"]
    tall = float(w["tall"])
    row = float(np.median([p["tall"] for p in peers]))
    mates = 0
    for gx0, gy0, gx1, gy1, gtall in groups:
        if gy0 < y1 and gy1 > y0:  # its own line
            continue
        if min(x1, gx1) - max(x0, gx0) < 0.5 * min(x1 - x0, gx1 - gx0):
            continue
        off = abs(gtall - tall)
        mates += off <= max(1.0, COLUMN_SAME * tall) and off < abs(gtall - row)
    return mates >= COLUMN_MATES


def _letters_joined(labels: Any, stats: Any, ids: list[int]) -> bool:
    """Whether a glyph as wide as two characters (`RUN_WIDE` of its height) is letters run
    together by the blur, not digits (`_spans_height`)."""
    for i in ids:
        x, y, w, h = (int(v) for v in stats[i, :4])
        if w >= RUN_WIDE * h and not _spans_height(labels[y : y + h, x : x + w] == i):
            return True
    return False


def _spans_height(glyph: Any) -> bool:
    """Whether most columns of a glyph's mask reach within `RUN_BAND` of both its top and its
    bottom (`RUN_SPAN`): digits run together, not lowercase letters run together."""
    import numpy as np

    rows = np.flatnonzero(glyph.any(axis=1))
    columns = glyph[:, glyph.any(axis=0)]
    if not len(rows) or not columns.shape[1]:
        return False
    top, bottom = int(rows[0]), int(rows[-1])
    band = RUN_BAND * (bottom - top + 1)
    first = columns.argmax(axis=0)
    last = len(columns) - 1 - columns[::-1].argmax(axis=0)
    spanning = (first - top <= band) & (bottom - last <= band)
    return float(spanning.mean()) >= RUN_SPAN


def _whole_pixel_edges(arr: Any) -> bool:
    """Whether the page's glyph edges sit on whole pixels or pairs of rows (`BILEVEL_GREY`,
    `ROW_PAIRS`): a bi-level page, or a fax whose lines were each stored twice."""
    import numpy as np

    if np.count_nonzero((arr > 0) & (arr < 255)) <= BILEVEL_GREY * arr.size:
        return True
    rows = len(arr) // 2 * 2
    for phase in (0, 1):
        upper, lower = arr[phase : rows - 1 : 2], arr[phase + 1 : rows : 2]
        beside = (upper < 128) | (lower < 128)
        if beside.any() and np.mean(upper[beside] == lower[beside]) >= ROW_PAIRS:
            return True
    return False


def _edges(
    local: Any, contrast: float, lab: Any, index: int, comp: Any, box: tuple[int, int, int, int]
) -> tuple[float, float] | None:
    """A glyph's top and bottom to a tenth of a pixel: where the darkest pixel of each row of
    the glyph (its ink and the pixel around it) crosses half the ink's contrast, interpolated."""
    import cv2
    import numpy as np

    y, h = int(comp[1]), int(comp[3])
    own = cv2.dilate((lab == index).astype(np.uint8), np.ones((3, 3), np.uint8)).astype(bool)
    rows = np.where(own, local, 0.0).max(axis=1) / max(contrast, 1.0)
    top_row, bottom_row = y - box[1], y - box[1] + h - 1
    if top_row < 1 or bottom_row + 1 >= len(rows):
        return None

    def crossing(inside: int, outside: int) -> float:
        a, b = float(rows[inside]), float(rows[outside])
        if a <= 0.5 or b >= a:
            return float(inside)
        return inside + (outside - inside) * min(1.0, max(0.0, (a - 0.5) / (a - b)))

    # Walk out from the glyph's row while the profile is still above half.
    while top_row > 0 and rows[top_row - 1] > 0.5:
        top_row -= 1
    while bottom_row + 1 < len(rows) - 1 and rows[bottom_row + 1] > 0.5:
        bottom_row += 1
    return crossing(top_row, top_row - 1) + box[1], crossing(bottom_row, bottom_row + 1) + box[1]


def _mixed_word(
    found: list[dict[str, Any]], comps: list[int], stats: Any, labels: Any, depth: Any
) -> None:
    """Add a word of mixed heights (a name in lower and upper case) to `found` with its glyphs'
    bottoms to a tenth of a pixel, for the level check only: what sits on the baseline is
    picked out of its run later (`_on_baseline`). Dense words (CJK characters, whose bottoms
    depend on the character) and words of fewer than `TILT_GLYPHS` glyphs are left out."""
    import numpy as np

    if len(comps) < TILT_GLYPHS:
        return
    st = stats[comps]
    height, width = depth.shape
    x0, y0 = int(st[:, 0].min()), int(st[:, 1].min())
    x1, y1 = int((st[:, 0] + st[:, 2]).max()), int((st[:, 1] + st[:, 3]).max())
    box = (max(0, x0 - 2), max(0, y0 - 3), min(width, x1 + 2), min(height, y1 + 3))
    lab = labels[box[1] : box[3], box[0] : box[2]]
    sel = np.isin(lab, comps)
    if float(sel.sum()) / max(1, (x1 - x0) * (y1 - y0)) >= MIXED_FILL:
        return
    local = depth[box[1] : box[3], box[0] : box[2]]
    contrast = float(np.percentile(local[sel], 90))
    points = []
    for i in comps:
        edges = _edges(local, contrast, lab, i, stats[i], box)
        if edges:
            points.append((float(stats[i, 0] + stats[i, 2] / 2), edges[1]))
    if len(points) < TILT_GLYPHS:
        return
    bases = [b for _x, b in points]
    found.append(
        {
            "box": [x0, y0, x1, y1],
            "cx": (x0 + x1) / 2,
            "h": float(np.median(st[:, 3])),
            "top": float(y0),
            "base": float(np.median(bases)),
            "points": points,
        }
    )


def _on_baseline(points: Any, height: float) -> Any:
    """The points of a run of mixed-case words that sit on its baseline: descenders (g, p, y,
    a comma's tail) reach `DESCENDER` heights or more below a line fitted to the others, and
    are dropped one fit at a time."""
    import numpy as np

    keep = np.ones(len(points), bool)
    for _ in range(3):
        if keep.sum() < TILT_GLYPHS:
            break
        fit = np.polyfit(points[keep, 0], points[keep, 1], 1)
        below = points[:, 1] - np.polyval(fit, points[:, 0])
        now = below < DESCENDER * height
        if (now == keep).all():
            break
        keep = now
    return points[keep]


def phrase_tilts(lines: list[list[dict[str, Any]]], mixed: bool = False) -> list[dict[str, Any]]:
    """Each run of words of a line (gaps under `PHRASE_GAP` heights) with its own baseline's
    slope (dy/dx, the glyphs' bottoms before the page's tilt is taken out), its span and how far
    its glyphs' bottoms sit off that line (px), when it has `TILT_GLYPHS` glyphs over
    `TILT_SPAN` heights or more; `mixed`: words of mixed heights, whose descenders are left
    out of the fit."""
    import numpy as np

    runs: list[list[dict[str, Any]]] = []
    for line in lines:
        ordered = sorted(line, key=lambda w: w["box"][0])
        runs.append([ordered[0]])
        for w in ordered[1:]:
            if w["box"][0] - runs[-1][-1]["box"][2] <= PHRASE_GAP * w["h"]:
                runs[-1].append(w)
            else:
                runs.append([w])
    found = []
    for run in runs:
        points = np.array([p for w in run for p in w["points"]])
        size = float(np.median([w["h"] for w in run]))
        if mixed and len(points) >= TILT_GLYPHS:
            points = _on_baseline(points, size)
        if len(points) < TILT_GLYPHS:
            continue
        span = float(np.ptp(points[:, 0]))
        if span < TILT_SPAN * size:
            continue
        fit = np.polyfit(points[:, 0], points[:, 1], 1)
        off = np.polyval(fit, points[:, 0]) - points[:, 1]
        found.append(
            {
                "box": [
                    min(w["box"][0] for w in run),
                    min(w["box"][1] for w in run),
                    max(w["box"][2] for w in run),
                    max(w["box"][3] for w in run),
                ],
                "tilt": float(fit[0]),
                "span": span,
                "rms": float(np.sqrt(np.mean(off**2))),
            }
        )
    return found


def level_phrases(
    phrases: list[dict[str, Any]], page_height: int, *, fine_edges: bool = True
) -> list[dict[str, Any]]:
    """The runs of words lying along the pixel rows of a tilted page (see `LEVEL_FLAT` and
    `SHORT_DROP`), with the page's tilt (degrees) and how far it moves print over the run (px);
    `fine_edges`: the page's edges are placed below a pixel (short runs judged)."""
    import math

    import numpy as np

    if len(phrases) < LEVEL_PHRASES:
        return []
    tilts = np.array([p["tilt"] for p in phrases])
    page = float(np.median(tilts))
    if float(np.median(np.abs(tilts - page))) > LEVEL_SPREAD:
        return []
    margin = LEVEL_MARGIN * page_height
    found = [
        {
            "box": p["box"],
            "tilt": round(math.degrees(math.atan(page)), 2),
            "drop": round(abs(page) * p["span"], 1),
        }
        for p in phrases
        if (_level_run(p, page) or (fine_edges and _short_level_run(p, page)))
        and margin <= p["box"][1]
        and p["box"][3] <= page_height - margin
    ]
    return sorted(found, key=lambda f: -float(f["drop"]))[:2]


def _level_run(run: dict[str, Any], page: float) -> bool:
    return (
        abs(run["tilt"]) * run["span"] <= LEVEL_FLAT
        and run["rms"] <= LEVEL_RMS
        and abs(page) * run["span"] >= LEVEL_DROP
    )


def _short_level_run(run: dict[str, Any], page: float) -> bool:
    return (
        abs(run["tilt"]) * run["span"] <= SHORT_FLAT
        and SHORT_RMS_MIN <= run["rms"] <= SHORT_RMS
        and abs(page) * run["span"] >= SHORT_DROP
    )


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words chained to their nearest neighbour to the right whose glyphs overlap in height."""
    order = sorted(range(len(words)), key=lambda i: words[i]["box"][0])

    def links() -> Iterator[tuple[int, int]]:
        for a_i, a in enumerate(order):
            wa = words[a]
            for b in order[a_i + 1 :]:
                wb = words[b]
                if wb["box"][0] <= wa["box"][2] - 2:
                    continue
                if wb["box"][0] - wa["box"][2] > LINE_GAP * min(wa["h"], wb["h"]):
                    break
                overlap = min(wa["base"], wb["base"]) - max(wa["top"], wb["top"])
                if overlap >= 0.5 * min(wa["h"], wb["h"]):
                    yield a, b
                    break

    return [[words[i] for i in group] for group in linked_groups(len(words), links())]


def linked_groups(count: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """The indices `0..count-1` joined by `links` (pairs), each group in index order, the
    groups in the order of their first index (a union-find)."""
    parent = list(range(count))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links:
        parent[find(b)] = find(a)
    groups: dict[int, list[int]] = {}
    for i in range(count):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _skew(glyphs: Any) -> float:
    """The page's tilt (dy/dx): the mean slope (the middle 60%) between the bottoms of glyphs of
    one height 2-8 heights apart on a row (most sit on a baseline; a tilted scan or photo tilts
    them all). Pixel rows are whole numbers: the mean, not the median, averages them out."""
    import numpy as np

    g = glyphs[np.argsort(glyphs[:, 0], kind="stable")].astype(np.float64)
    x, h, bottom = g[:, 0], g[:, 3], g[:, 1] + g[:, 3]
    slopes: list[Any] = []
    for k in range(1, min(len(g), SKEW_REACH)):
        dx, dy = x[k:] - x[:-k], bottom[k:] - bottom[:-k]
        keep = (
            (np.abs(h[k:] - h[:-k]) <= 1)
            & (dx >= 2 * h[:-k])
            & (dx <= 8 * h[:-k])
            & (np.abs(dy) < 0.4 * h[:-k])
        )
        slopes.append(dy[keep] / dx[keep])
    found = np.concatenate(slopes) if slopes else np.zeros(0)
    if len(found) < 50:
        return 0.0
    lo, hi = np.percentile(found, [20, 80])
    return float(found[(found >= lo) & (found <= hi)].mean())


def _line_slopes(lines: list[list[dict[str, Any]]]) -> None:
    """Each word's line slope: the median of the pairwise slopes of the lines' baselines within
    `SLOPE_REACH` px above or below (a skewed scan or a photo's tilt changes slowly down the
    page; one odd word does not tilt its own line)."""
    import numpy as np

    own: list[tuple[float, float]] = []
    for line in lines:
        slopes = [
            (b["base"] - a["base"]) / (b["cx"] - a["cx"])
            for i, a in enumerate(line)
            for b in line[i + 1 :]
            if abs(b["cx"] - a["cx"]) > 2 * a["h"]
        ]
        if slopes:
            own.append((float(np.median([w["base"] for w in line])), float(np.median(slopes))))
    for line in lines:
        y = float(np.median([w["base"] for w in line]))
        near = [s for ly, s in own if abs(ly - y) <= SLOPE_REACH]
        slope = float(np.median(near)) if near else 0.0
        for w in line:
            w["slope"] = slope


def _offset(w: dict[str, Any], peers: list[dict[str, Any]], key: str) -> float:
    """How far `w[key]` is from its peers' along the line's slope (the median of the peers)."""
    import numpy as np

    slope = float(w.get("slope", 0.0))
    return float(w[key] - np.median([p[key] + slope * (w["cx"] - p["cx"]) for p in peers]))


def _scores(
    w: dict[str, Any],
    peers: list[dict[str, Any]],
    page: list[dict[str, Any]],
    fine: bool,
    rounding: float = 0.0,
) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """How far `w` is from its line, each measure scaled so 1.0 is the threshold (the note's
    scores, then the editing sign's: only what printed lines did not show), and the measures
    themselves (ratios to the line; the baseline offset in px, + is lower). The editing sign's
    height leaves out `rounding` px (a bi-level page's whole-pixel edges)."""
    import numpy as np

    h = float(np.median([p["h"] for p in peers]))
    scores = {"height": abs(float(np.log(w["h"] / h))) / TALLER}
    measures = {"height": w["h"] / h}
    limit = max(OFFSET_PX, OFFSET_SHARE * h)
    if len(peers) >= 3:
        db, dt = _offset(w, peers, "base"), _offset(w, peers, "top")
        # Shifted, not resized: the baseline and cap line move the same way.
        # Half a glyph or more away is another line chained in, not a shifted word.
        shifted = db * dt > 0 and max(abs(db), abs(dt)) < 0.4 * h
        scores["baseline"] = (min(abs(db), abs(dt)) / limit) if shifted else 0.0
        measures["baseline"] = db
    latin = float(np.median([p["fill"] for p in peers])) < DENSE_FILL
    for key, limit_ratio in (("stroke", STROKE), ("tone", TONE), ("sharp", SHARP)):
        if (key != "stroke" and not fine) or (key == "stroke" and not latin):
            continue
        ref_line = float(np.median([p[key] for p in peers]))
        ref_page = float(np.median([p[key] for p in page])) if len(page) >= 5 else ref_line
        ratio = min(
            abs(np.log(w[key] / max(ref_line, 1e-6))), abs(np.log(w[key] / max(ref_page, 1e-6)))
        )
        scores[key] = float(ratio) / limit_ratio
        measures[key] = w[key] / max(ref_line, 1e-6)
    edit: dict[str, float] = {}
    if not fine:
        return scores, edit, measures
    own = w["h"] - float(np.clip(w["h"] - h, -rounding, rounding))
    if w.get("edge_spread", 0.0) <= max(EDGE_SPREAD_PX, EDGE_SPREAD_SHARE * w["h"]):
        edit["height"] = abs(float(np.log(own / h))) / EDIT_TALLER
    for key, name, limit_ratio in (("dark", "light", EDIT_LIGHTER), ("sharp", "soft", SHARP)):
        ref_line = float(np.median([p[key] for p in peers]))
        ref_page = float(np.median([p[key] for p in page])) if len(page) >= 5 else ref_line
        # Lighter or softer than both its line and the page's words of its size: a darker,
        # bolder or sharper value is often print (a bold total), never counted here.
        below = min(np.log(max(ref_line, 1e-6) / w[key]), np.log(max(ref_page, 1e-6) / w[key]))
        edit[name] = max(0.0, float(below)) / limit_ratio
        if key == "dark":
            measures["dark"] = w[key] / max(ref_line, 1e-6)
    return scores, edit, measures
