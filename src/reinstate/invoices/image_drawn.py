"""What an image editor draws on a page saved without loss (PNG, TIFF, a PDF's lossless image).

A lossless file keeps every pixel as the editor left it, so two things drawn on a captured page
stay exact, where a JPEG save would have blurred them into the page:

- Grey text on a black-and-white page (I226). A fax or a scan saved in black and white has only
  two levels: every pixel is ink or paper. Text typed on it with an image editor is smoothed
  (anti-aliased) into greys at its edges. Faxes of the outside sets (invoices11, 13-15, 22, 23,
  25, 28, 30: 37 genuine black-and-white pages) had no grey pixel at all, or only in the
  sender's line a fax machine stamps at the top (left out: `MARGIN`); values typed on 7 of their
  10 pasted faxes made a cluster of 290-972 grey pixels (two pastes were black and white
  themselves, one page had grey all over; clones copy the page's own two levels). A page is
  black and white when all but `BILEVEL_SHARE` of its body is at its two levels (at least
  `LEVELS_APART` apart); a cluster is grey pixels within `REACH` px of each other, `MIN_GREY` of
  them or more.
- A patch of one flat grey on grainy paper (I213, as for the paper-noise map of `imaging`). A
  patch filled with one colour (the paper's, picked from beside the value) has no grain at all.
  `imaging.noise_map` leaves out paper at 253 or brighter as clipped white; a patch filled just
  below the page's own white (254 on a page whose paper reaches 255), or cut from a clean render
  whose paper is pure white, is then not seen. Here a `WINDOW` px square whose pixels are all one
  level is flat, on paper (`PAPER` or brighter), white included; `MIN_WINDOWS` touching make a
  patch. Judged only on grainy paper: flat squares on at most `FLAT_MOST` of it (a render or a
  screenshot is flat everywhere, and so is a scan whose paper is clipped at white), and at most
  `COMMON` outside the patches found. On the 147 genuine lossless picture pages of the outside
  sets (invoices3-7, 9, 11-32): none; on their edits, 15 (14 pastes, a clone; most found by
  other signs too). Session 22: the page's white was left out as the clip where genuine paper is
  flat too, but a page whose paper is clipped is not grainy (`FLAT_MOST`), and on the 108 grainy
  genuine lossless pages of invoices3-38 no `MIN_WINDOWS` flat squares touched; a render's crop
  pasted onto a copier scan (invoices38) is one patch of 41 at white.

Not seen: a value typed without smoothing (pixels snapped to black and white), a patch filled
with noise, any edit saved as a JPEG afterwards.
"""

from __future__ import annotations

from typing import Any

# A fax machine or scanner stamps its own line at the top or bottom (as `image_lines`).
MARGIN = 0.04
BILEVEL_SHARE = 0.005
LEVELS_APART = 128
REACH = 4
MIN_GREY = 150
WINDOW = 4
PAPER = 200
MIN_WINDOWS = 12
COMMON = 0.003
FLAT_MOST = 0.01


def grey_text(gray: Any) -> list[list[int]]:
    """Boxes (pixels) of grey text on a black-and-white page, largest first; [] on any other."""
    import cv2
    import numpy as np

    arr = np.asarray(gray)
    height = arr.shape[0]
    body = arr[int(MARGIN * height) : height - int(MARGIN * height)]
    if body.size == 0:
        return []
    counts = np.bincount(body.ravel(), minlength=256)
    ink, paper = np.sort(np.argsort(counts)[-2:])
    # Told from the histogram: most pages are not black and white, and need no grey mask.
    greys = body.size - int(counts[ink]) - int(counts[paper])
    if paper - ink < LEVELS_APART or greys > BILEVEL_SHARE * body.size:
        return []
    grey = (body != ink) & (body != paper)
    near = cv2.dilate(grey.astype(np.uint8), np.ones((2 * REACH + 1, 2 * REACH + 1), np.uint8))
    count, labels, stats, _c = cv2.connectedComponentsWithStats(near, connectivity=8)
    top = int(MARGIN * height)
    found = []
    for i in range(1, count):
        x, y, w, h, _area = (int(v) for v in stats[i])
        n = int(grey[y : y + h, x : x + w][labels[y : y + h, x : x + w] == i].sum())
        if n >= MIN_GREY:
            found.append((n, [x, y + top, x + w, y + top + h]))
    return [box for _n, box in sorted(found, key=lambda f: -f[0])]


def flat_patches(gray: Any) -> list[list[int]]:
    """Boxes (pixels) of paper patches of one flat level (the page's white included), largest
    first; [] where flat paper is common on the page."""
    import cv2
    import numpy as np

    from reinstate.invoices.imaging import _cells

    arr = np.asarray(gray)
    w = WINDOW
    height, width = arr.shape[0] // w * w, arr.shape[1] // w * w
    if height < 16 * w or width < 16 * w:
        return []
    # 4x4 squares as two rounds of 2x2 cells (numpy's reductions over a reshaped page's short
    # axes were ten times slower).
    page = arr[:height, :width]
    low = _cells(_cells(page, np.minimum), np.minimum)
    high = _cells(_cells(page, np.maximum), np.maximum)
    paper = low >= PAPER
    even = paper & (low == high)
    # Grainy paper is almost nowhere flat, white included (a render is flat everywhere).
    if even.sum() > FLAT_MOST * paper.sum():
        return []
    # The page's white too: on grainy paper even the clip is not flat over a square (a scan
    # whose paper is clipped at white fails `FLAT_MOST`), while a clean render's crop is.
    flat = even
    if not flat.any():
        return []
    count, _labels, stats, _c = cv2.connectedComponentsWithStats(
        flat.astype(np.uint8), connectivity=8
    )
    regions = sorted(stats[1:count].tolist(), key=lambda s: -s[4])
    patches = [r for r in regions if r[4] >= MIN_WINDOWS][:3]
    rest = int(flat.sum()) - sum(r[4] for r in patches)
    if not patches or rest > COMMON * int(paper.sum()):
        return []
    return [[x * w, y * w, (x + bw) * w, (y + bh) * w] for x, y, bw, bh, _n in patches]
