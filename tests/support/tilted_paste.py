"""A total cut from a second capture of a page and pasted into the first (I290).

The page (rows of codes and amounts, drawn here) is captured twice, as a scanner does it: turned
by its own small angle, softened and given grain. The total's cell is cut from the second capture
(a copy of the page with another total) and pasted over the first's at the same place; the whole
picture is then saved at a low JPEG quality, as a forger hides the paste's compression. The
pasted total keeps the second capture's tilt against the rows around it.
"""

from __future__ import annotations

import io

from support import invoice_corpus as corpus

WIDTH, HEIGHT = 1240, 1754
ROWS = [
    ("ORDER REF", "PO-2026-11842"),
    ("ITEM A-1120", "4 317,60"),
    ("ITEM B-5540", "256,30"),
    ("ITEM C-9902", "5 835,00"),
    ("ITEM D-3318", "2 725,00"),
    ("NET TOTAL", "13 133,90"),
    ("VAT 20%", "2 626,78"),
    ("AMOUNT DUE", "15 760,68"),
    ("ACCOUNT", "FR76 3000 4000"),
    ("BUYER", "MAISON PHOCEE"),
]
NEW_TOTAL = "19 760,68"
VALUE_X = 700
FIRST_ROW, ROW_STEP = 260, 90
SIZE = 30
TOTAL_ROW = 7


def _capture(rows: list[tuple[str, str]], angle: float, seed: int, stamp: float = 0.0) -> object:
    """The rows printed, turned by `angle` degrees about the page's centre and captured;
    `stamp`: a rubber stamp (a ring around two bold words) set `stamp` degrees off the print
    below the rows, before the capture."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(corpus.LATIN_TTF, SIZE)
    page = Image.new("L", (WIDTH, HEIGHT), 248)
    draw = ImageDraw.Draw(page)
    for i, (label, value) in enumerate(rows):
        y = FIRST_ROW + i * ROW_STEP
        draw.text((120, y), label, fill=25, font=font)
        draw.text((VALUE_X, y), value, fill=25, font=font)
    if stamp:
        bold = ImageFont.truetype(corpus.LATIN_TTF.replace("Sans.ttf", "Sans-Bold.ttf"), 44)
        ink = Image.new("L", (520, 260), 0)
        mark = ImageDraw.Draw(ink)
        mark.ellipse((4, 4, 516, 256), outline=195, width=5)
        mark.text((60, 70), "ACQUITTED", fill=195, font=bold)
        mark.text((90, 140), "14.03.2026", fill=195, font=bold)
        ink = ink.rotate(stamp, resample=Image.BICUBIC, fillcolor=0)
        page.paste(Image.new("L", ink.size, 60), (360, 1250), ink)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=248)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + np.random.default_rng(seed).normal(0, 4.0, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def tilted_paste_page(seed: int, pasted: bool, quality: int = 50) -> bytes:
    """The first capture saved at `quality`, its total pasted from a second capture turned by
    another angle when `pasted` (the untouched page otherwise, saved alike)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(0.4, 0.9)) * float(rng.choice([-1, 1]))
    first = _capture(ROWS, angle, seed)
    if pasted:
        other = list(ROWS)
        other[TOTAL_ROW] = (ROWS[TOTAL_ROW][0], NEW_TOTAL)
        # Another capture: the page laid on the glass at another angle (1-1.5 degrees apart).
        turn = angle - float(np.sign(angle)) * float(rng.uniform(1.0, 1.5))
        second = _capture(other, turn, seed + 50)
        y = FIRST_ROW + TOTAL_ROW * ROW_STEP
        cell = (VALUE_X - 10, y - 12, VALUE_X + 300, y + SIZE + 16)
        first.paste(second.crop(cell), cell[:2])
    out = io.BytesIO()
    first.save(out, format="JPEG", quality=quality)
    return out.getvalue()


def stamped_page(seed: int, stamp: float, quality: int = 50) -> bytes:
    """The page untouched, with a rubber stamp set `stamp` degrees off its print, saved at
    `quality`: straight words turned against the page that no editor put there."""
    import numpy as np

    rng = np.random.default_rng(seed)
    angle = float(rng.uniform(0.4, 0.9)) * float(rng.choice([-1, 1]))
    out = io.BytesIO()
    _capture(ROWS, angle, seed, stamp=stamp).save(out, format="JPEG", quality=quality)
    return out.getvalue()
