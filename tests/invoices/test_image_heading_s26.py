"""A table heading taller than its line by a capital's tail and an accent is print, not a value
typed at another size (I221; session 26, inv26b).

The page is drawn by the test: rows printed with DejaVu, turned, softened, given grain and saved
as JPEG.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from reinstate.invoices import image_edits, image_lines

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
HEADING_LEFT, HEADING_RIGHT = 650, 700


def _heading_page(seed: int, angle: float, rise: int, typed: bool = False) -> Image.Image:
    """Rows of bold headings and regular amounts; the quantity column's heading is "Qté" whose
    Q runs into its t, its tail below the baseline and the é's accent `rise` px above the cap
    line (a French table heading at 140 dpi). `typed`: one amount of the heading's line typed
    again 18% larger."""
    bold, regular = ImageFont.truetype(BOLD, 17), ImageFont.truetype(REGULAR, 17)
    page = Image.new("L", (1180, 1650), 246)
    draw = ImageDraw.Draw(page)
    y = 300
    for row in range(8):
        if row == 2:
            x = 660
            draw.text((x, y), "Q", fill=20, font=bold)
            x += int(draw.textlength("Q", font=bold)) - 2
            draw.text((x, y), "t", fill=20, font=bold)
            x += int(draw.textlength("t", font=bold))
            draw.text((x, y), "e", fill=20, font=bold)
            left, top, right, _bottom = draw.textbbox((x, y), "e", font=bold)
            cap = draw.textbbox((0, y), "H", font=bold)[1]
            width = right - left
            draw.line((x + width * 0.35, top + 1, x + width * 0.7, cap - rise), fill=20, width=2)
            draw.text((90, y), "REF 4410", fill=20, font=bold)
            draw.text((830, y), "2026", fill=20, font=bold)
            big = ImageFont.truetype(BOLD, 20) if typed else bold
            draw.text((1000, y - (3 if typed else 0)), "0451", fill=20, font=big)
        else:
            for x, text in ((90, f"REF-{4410 + row * 37}"), (660, str(3 + row)), (830, "12,40")):
                draw.text((x, y), text, fill=20, font=regular)
        y += 30
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=246)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + np.random.default_rng(seed).normal(0, 3.0, arr.shape)
    out = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).save(out, format="JPEG", quality=85)
    return Image.open(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize(("seed", "angle"), [(0, 0.5), (3, 0.3)])
@pytest.mark.parametrize("rise", [2, 3])
def test_a_heading_taller_by_a_tail_and_an_accent_is_print(
    seed: int, angle: float, rise: int
) -> None:
    # 1.15-1.2 times its line's height, each glyph off the line at another side: I221 before.
    edits = image_lines.line_outliers(_heading_page(seed, angle, rise), 85)["edits"]
    assert not [e for e in edits if e["box"][0] < HEADING_RIGHT and e["box"][2] > HEADING_LEFT]


def test_a_value_typed_larger_on_that_line_is_still_an_edit() -> None:
    edits = image_lines.line_outliers(_heading_page(0, 0.5, 2, typed=True), 85)["edits"]
    assert any(e["what"] == "height" and e["box"][0] >= 990 for e in edits)
