"""Session 20: genuine screenshots, faxes and plain PNG scans told they "look edited".

Each page here is made by this file (PIL text, no writer's file): a web shop's order page as a
browser captures it, a fax in standard mode, a blurred office scan shrunk to three quarters, and
a flatbed scan whose sensor rows differ in gain. None is edited; each raised I219 or I221 before.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("cv2")

from reinstate.invoices import image_edits
from reinstate.invoices.image_lines import line_outliers

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
ROWS = [
    ("Kerala Black Pepper 500g Pouch", "12", "450.00", "5,400.00"),
    ("Bubble Wrap Roll 1m x 100m", "40", "98.50", "3,940.00"),
    ("Cardamom Green 8mm 250g", "6", "1,210.00", "7,260.00"),
    ("Jute goods described and sorted", "25", "64.00", "1,600.00"),
    ("Cotton Tote Bags plain 38x42", "300", "18.75", "5,625.00"),
    ("Steel tiffin boxes 3 tier", "20", "415.00", "8,300.00"),
]


def _font(size: int) -> Any:
    from PIL import ImageFont

    try:
        return ImageFont.truetype(SANS, size)
    except OSError:
        pytest.skip("DejaVu Sans missing")


def _page(scale: int = 1, size: int = 26) -> Any:
    """Three tables of item rows (names in mixed case, quantities, prices, amounts)."""
    from PIL import Image, ImageDraw

    im = Image.new("L", (1240 * scale, 1300 * scale), 255)
    d = ImageDraw.Draw(im)
    f = _font(size * scale)
    y = 120 * scale
    for _table in range(3):
        for name, qty, price, amount in ROWS:
            d.text((80 * scale, y), name, font=f, fill=20)
            d.text((700 * scale, y), qty, font=f, fill=20)
            for x, v in ((900, price), (1160, amount)):
                d.text((x * scale - d.textlength(v, font=f), y), v, font=f, fill=20)
            y += 52 * scale
        d.line([(80 * scale, y), (1160 * scale, y)], fill=40, width=2 * scale)
        y += 40 * scale
    return im


def _screenshot() -> Any:
    """A web shop's order page captured by a browser: flat colours, each item row drawn alike."""
    from PIL import Image, ImageDraw

    im = Image.new("RGB", (820, 880), (242, 242, 242))
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, 820, 48], fill=(178, 34, 34))
    d.rounded_rectangle([8, 66, 812, 776], radius=6, fill=(255, 255, 255), outline=(225, 225, 225))
    f = _font(13)
    for k, (name, qty, _price, amount) in enumerate(ROWS[:5]):
        y = 248 + 61 * k
        d.rectangle([30, y, 74, y + 44], fill=(220, 220, 235))
        d.text((86, y + 2), name, font=f, fill=(0, 0, 0))
        d.text((86, y + 18), f"x {qty}", font=f, fill=(120, 120, 120))
        d.text((790 - d.textlength(amount, font=f), y + 2), amount, font=f, fill=(0, 0, 0))
        d.line([(30, y + 53), (790, y + 53)], fill=(232, 232, 232), width=1)
    return im.convert("L")


def _fax(seed: int, angle: float) -> Any:
    """A fax in standard mode: turned a little, thresholded, sent at half the vertical
    resolution and stored with each line twice, its header line stamped in grey."""
    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    big = _page(2).rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(big.resize((big.width // 2, big.height // 4), Image.BOX), dtype=np.float32)
    a = np.where(a + rng.normal(0, 20, a.shape) > 160, 255, 0).astype(np.uint8)
    im = Image.fromarray(np.repeat(a, 2, axis=0))
    header = "07.12.26 09:14 FROM +91 22 5550 1234  P. 01/01"
    ImageDraw.Draw(im).text((30, 8), header, font=_font(20), fill=0)
    return im


def _soft_scan(size: int, blur: float) -> Any:
    """A grey office scan: turned a little, weak toner, paper grain, a soft lens that runs
    small letters together, saved as a PNG three quarters the size."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(0)
    im = _page(1, size).rotate(0.6, resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(im, dtype=np.float32) * 0.92 + 22 + rng.normal(0, 8, (im.height, im.width))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(blur))
    return im.resize((im.width * 3 // 4, im.height * 3 // 4))


def _banded_scan(seed: int) -> Any:
    """A flatbed scan whose line sensor's rows differ in gain, over grain of its own."""
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    a = np.asarray(_page(1, 16), dtype=np.float32) * 0.9 + 20
    a += rng.normal(0, 4, (a.shape[0], 1)) + rng.normal(0, 4, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def test_a_screenshots_repeated_rows_are_not_copied_grain() -> None:
    # A browser draws each item row to the same pixels on flat colours: SIFT pairs the rows and
    # their "grain" (the print's own edges) matched at 1.0, the editing sign I219.
    regions = image_edits.clone_regions(_screenshot())
    assert regions
    assert not any(r["copied_noise"] for r in regions)


def test_a_clone_on_a_grainy_scan_is_still_copied_grain() -> None:
    import numpy as np
    from PIL import Image

    a = np.array(_banded_scan(0))
    a[700:760, 300:460] = a[60:120, 60:220]
    region = {"source": [60, 60, 220, 120], "copy": [300, 700, 460, 760], "pairs": 5}
    found = image_edits._twin_regions(Image.fromarray(a), [region], twins=False)[0]
    assert found["copied_noise"]


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_paper_whose_rows_share_their_noise_is_not_copied_grain(seed: int) -> None:
    # Print further along the same rows: the sensor's banding matched at 0.38-0.48, z over 8.
    region = {"source": [60, 60, 200, 110], "copy": [100, 60, 240, 110], "pairs": 5}
    found = image_edits._twin_regions(_banded_scan(seed), [region], twins=False)[0]
    assert not found["copied_noise"]


@pytest.mark.parametrize(("seed", "angle"), [(1, 1.1), (2, 0.7)])
def test_a_fax_in_standard_mode_shows_no_value_typed_again(seed: int, angle: float) -> None:
    # Each edge rounds to a pair of rows: a word 2 px shorter than its line (1.5-2 times the
    # editing sign's height limit) though the header's grey made the page not quite bi-level.
    found = line_outliers(_fax(seed, angle), None)
    assert found["compared"] >= 15
    assert found["edits"] == []


@pytest.mark.parametrize(("size", "blur"), [(14, 0.8), (16, 1.0), (18, 1.2)])
def test_lowercase_words_run_together_by_a_soft_scan_are_not_values(size: int, blur: float) -> None:
    # "500g", "goods": the blur runs the letters into one glyph from ascender (or cap) to
    # descender, 1.2 times the height of the digits around it, the editing sign I221.
    found = line_outliers(_soft_scan(size, blur), None)
    assert found["compared"] >= 8
    assert found["edits"] == []
