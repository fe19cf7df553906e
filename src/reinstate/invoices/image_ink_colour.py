"""Print in another ink than the page's: a rubber stamp or an electronic seal, not a value retyped.

A forger who types a new value on a picture picks the print's own colour (the darkest few
percent of the value's box, on the outside sets' generators): the new digits are as grey or
black as the print beside them. A stamp ("PAID", a company chop) and an electronic seal are
inked in red or blue on purpose, and their text is as sharp (a seal drawn on a PNG scan) or as
soft and light (a rubber stamp's blotchy ink) as no print of the page: the sharper-run sign
(I260) and the retyped-word sign (I221) both took them for edits (bench/genuine_pictures.py:
seals 2 of 6, a stamp beside a total). A run whose ink is far more coloured than the page's
print is that: measured as the median chroma (the largest channel less the smallest) of its
ink pixels. Stamps and seals of the bench measured 87-198; the values typed on pictures that
the two signs find on the outside sets 0-24 (photos with a colour cast included), on pages
whose print measures 0-82.

Not seen this way: a value retyped in a coloured ink on a page printed in that ink too (the
page's print is as coloured: the run is compared with it).
"""

from __future__ import annotations

from typing import Any

# Chroma (grey levels) from which a run's ink is a coloured stamp's or seal's ...
OTHER_INK = 60.0
# ... when the page's print is at most this share of it.
PAGE_SHARE = 0.5
# Ink: pixels at least this share of the box's deepest ink below the paper; the page's print:
# pixels at least `PRINT_DEPTH` levels below it.
INK_SHARE = 0.35
PRINT_DEPTH = 60.0


def chroma_map(colour: Any) -> Any:
    """Each pixel's chroma (largest channel less smallest, uint8), or None for a grey picture."""
    import numpy as np

    if colour is None or colour.mode not in ("RGB", "RGBA", "P", "CMYK"):
        return None
    rgb = np.asarray(colour.convert("RGB"), dtype=np.int16)
    return (rgb.max(axis=2) - rgb.min(axis=2)).astype(np.uint8)


def page_print_chroma(chroma: Any, page: Any, background: Any) -> float:
    """The median chroma of the page's print (0 without print)."""
    import numpy as np

    ink = (background - page) > PRINT_DEPTH
    return float(np.median(chroma[ink])) if ink.any() else 0.0


def other_ink(chroma: Any, page: Any, background: Any, box: Any, print_chroma: float) -> bool:
    """The run in `box` (pixels) is inked in another colour than the page's print."""
    import numpy as np

    x0, y0, x1, y1 = (max(0, round(float(v))) for v in box)
    depth = background[y0:y1, x0:x1] - page[y0:y1, x0:x1]
    if depth.size == 0 or float(depth.max()) <= 0:
        return False
    ink = depth > INK_SHARE * float(depth.max())
    run = float(np.median(chroma[y0:y1, x0:x1][ink]))
    return run >= OTHER_INK and print_chroma <= PAGE_SHARE * run
