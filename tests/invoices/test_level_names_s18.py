"""I225 on names: mixed-case words typed level on a tilted scan (session 18, inv18c).

Session 17's I225 measured only words of one glyph height (numbers, codes, capitals): a buyer's
name in lower and upper case, pasted level on a tilted scan, went unseen. The page here is our
own: lines of names, addresses and amounts drawn in DejaVu, turned by the scanner's tilt, blurred
and noised, then a name covered with a patch of its paper and typed again along the pixel rows.
"""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from support import invoice_corpus as corpus

from reinstate.invoices import image_edits, image_lines

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")

LINES = [
    "Invoice 2026-0417 of 14 March 2026",
    "Supplier: Harwood Tooling Supplies Ltd",
    "Buyer: Greyling Outdoor Company",
    "Delivery to Quayside Parcels, Unit 4",
    "Angle grinder 125 mm  2 x 64.50  129.00",
    "Cutting discs, pack of 25  4 x 12.20  48.80",
    "Safety goggles, clear  6 x 3.95  23.70",
    "Carriage by pallet company  1 x 18.00  18.00",
    "Subtotal  219.50",
    "Value added tax at 20 percent  43.90",
    "Total payable by bank transfer  263.40",
    "Payment within thirty days, quoting the invoice number",
    "Registered in England, company number 0412 7788",
]
NAME = "Pegwell Joinery Supplies"


def _page(seed: int, angle: float) -> Image.Image:
    rng = np.random.default_rng(seed)
    page = Image.new("L", (1700, 2200), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(corpus.LATIN_TTF, 30)
    for i, text in enumerate(LINES):
        draw.text((150, 260 + 120 * i), text, fill=25, font=font)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    page = page.resize((850, 1100), Image.LANCZOS).filter(ImageFilter.GaussianBlur(0.6))
    noisy = np.asarray(page, dtype=np.float32) + rng.normal(0, 2.0, (1100, 850))
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def _typed_level(image: Image.Image) -> tuple[Image.Image, tuple[int, int, int, int]]:
    """The buyer's line covered with paper and a name typed along the pixel rows."""
    edited = image.copy()
    draw = ImageDraw.Draw(edited)
    box = (70, 249, 640, 283)
    draw.rectangle(box, fill=250)
    draw.text((76, 257), NAME, fill=30, font=ImageFont.truetype(corpus.LATIN_TTF, 15))
    return edited, box


@pytest.mark.parametrize(("seed", "angle"), [(0, 1.4), (1, -1.6), (2, 1.8)])
def test_a_name_typed_level_on_a_tilted_scan_is_found(seed: int, angle: float) -> None:
    edited, box = _typed_level(_page(seed, angle))
    level = image_lines.line_outliers(edited, None)["level"]
    assert level, "the typed name is not found"
    found = level[0]["box"]
    assert box[0] <= found[0] and found[2] <= box[2] and box[1] <= found[1] <= box[3]
    # The page turned counter-clockwise drops to the right: a negative slope in pixel rows.
    assert abs(level[0]["tilt"] + angle) < 0.3


@pytest.mark.parametrize(("seed", "angle"), [(0, 1.4), (1, -1.6), (2, 1.8), (3, 0.9)])
def test_the_tilted_page_of_names_untouched_is_silent(seed: int, angle: float) -> None:
    assert image_lines.line_outliers(_page(seed, angle), None)["level"] == []


def test_descenders_are_left_out_of_a_names_baseline() -> None:
    # Glyphs on a level baseline, two of them descenders (g, y) 3 px lower.
    points = np.array([[10.0 * i, 100.0 + (3.0 if i in (2, 5) else 0.0)] for i in range(8)])
    kept = image_lines._on_baseline(points, 12.0)
    assert len(kept) == 6 and np.ptp(kept[:, 1]) == 0.0
