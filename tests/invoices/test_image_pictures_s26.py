"""Edits on pictures of pages (session 26, inv26b): a total pasted from a second scan at another
angle (I290), and a heading taller than its line by a capital's tail and an accent (no I221).

The pages are drawn by the tests: rows printed with DejaVu, turned, softened, given grain and
saved as JPEG (`support.tilted_paste` for the paste; the heading page here).
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from support.tilted_paste import stamped_page, tilted_paste_page

from reinstate.invoices import image_edits, image_lines
from reinstate.invoices.forensics import pixel_signs

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")

BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


@pytest.mark.parametrize("quality", [45, 55, 82])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_total_pasted_from_a_scan_at_another_angle_is_found(seed: int, quality: int) -> None:
    picture = Image.open(io.BytesIO(tilted_paste_page(seed, pasted=True, quality=quality)))
    tilted = image_lines.line_outliers(picture, quality)["tilted"]
    assert len(tilted) == 1
    x0, y0, _x1, y1 = tilted[0]["box"]
    # The total's row (the eighth, 90 px apart from 260), where the paste is.
    assert x0 >= 690 and y0 <= 260 + 7 * 90 + 40 and y1 >= 260 + 7 * 90
    assert tilted[0]["drop"] >= image_lines.TILTED_DROP


@pytest.mark.parametrize("quality", [45, 55, 82])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_the_same_scan_untouched_and_saved_alike_stays_silent(seed: int, quality: int) -> None:
    picture = Image.open(io.BytesIO(tilted_paste_page(seed, pasted=False, quality=quality)))
    assert image_lines.line_outliers(picture, quality)["tilted"] == []


@pytest.mark.parametrize(("seed", "stamp"), [(0, 1.0), (1, 2.0), (2, 1.0), (2, -2.5)])
def test_a_rubber_stamp_set_at_a_small_angle_stays_silent(seed: int, stamp: float) -> None:
    # Its words are straight and turned against the page too, but no print of their size lies
    # on their line beside them (seed 2 at 1 degree was found before that was asked).
    picture = Image.open(io.BytesIO(stamped_page(seed, stamp)))
    assert image_lines.line_outliers(picture, 50)["tilted"] == []


def test_the_tilted_paste_is_told_through_the_image_checks() -> None:
    picture = Image.open(io.BytesIO(tilted_paste_page(0, pasted=True))).convert("L")
    maps = image_edits.judge(picture, 50, "JPEG", 0.5)
    codes = [sign[0] for sign in pixel_signs(maps, 1)]
    assert "I290" in codes


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
    assert not [e for e in edits if e["box"][0] < 700 < e["box"][2]]


def test_a_value_typed_larger_on_that_line_is_still_an_edit() -> None:
    edits = image_lines.line_outliers(_heading_page(0, 0.5, 2, typed=True), 85)["edits"]
    assert any(e["what"] == "height" and e["box"][0] >= 990 for e in edits)


def _banded_scan(seed: int, covered: bool) -> Image.Image:
    """A lossless scan whose total row is printed white on a dark band, all of it grainy;
    `covered`: the total covered with a box of one flat grey and typed again on it, as an
    editor fills a box with a colour picked beside the value (saved as PNG)."""
    font = ImageFont.truetype(BOLD, 30)
    page = Image.new("L", (1240, 1754), 246)
    draw = ImageDraw.Draw(page)
    for row in range(6):
        draw.text((120, 300 + row * 80), f"ITEM {row + 1}  {140 + row * 35},00", fill=25, font=font)
    draw.rectangle((100, 820, 1140, 880), fill=70)
    draw.text((120, 832), "TOTAL", fill=240, font=font)
    draw.text((800, 832), "1 290,00", fill=240, font=font)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + np.random.default_rng(seed).normal(0, 3.0, arr.shape)
    picture = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    if covered:
        draw = ImageDraw.Draw(picture)
        draw.rectangle((780, 826, 1060, 874), fill=148)
        draw.text((800, 832), "4 290,00", fill=60, font=font)
    out = io.BytesIO()
    picture.save(out, format="PNG")
    return Image.open(io.BytesIO(out.getvalue()))


@pytest.mark.parametrize("seed", [0, 1])
def test_a_box_of_one_grey_on_a_dark_band_of_a_lossless_scan_is_found(seed: int) -> None:
    from reinstate.invoices.image_drawn import flat_patches

    found = flat_patches(_banded_scan(seed, covered=True))
    assert len(found) == 1
    x0, y0, x1, y1 = found[0]
    assert x0 >= 770 and x1 <= 1070 and y0 >= 816 and y1 <= 884


@pytest.mark.parametrize("seed", [0, 1])
def test_the_same_banded_scan_untouched_stays_silent(seed: int) -> None:
    from reinstate.invoices.image_drawn import flat_patches

    assert flat_patches(_banded_scan(seed, covered=False)) == []
