"""I225 on a short value typed level on a scan tilted only a little (session 23, inv23b).

A scanner tilts the page 0.3-0.4 degrees: a name or a total of 7-10 glyph heights then moves
under 1.5 px over its length, the drop session 17's check asked for. Typed along the pixel rows,
it still lies flatter and closer to its own line than any printed run does. The pages here are
drawn by the test: rows of codes and amounts, turned, softened, given grain and saved as JPEG.
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from support import invoice_corpus as corpus

from reinstate.invoices import image_edits, image_lines

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")

WIDTH, HEIGHT = 1240, 1754
ROWS = [
    ("ORDER REF", "PO-2026-11842"),
    ("ITEM A-1120", "4 317,60"),
    ("ITEM B-5540", "256,30"),
    ("ITEM C-9902", "5 835,00"),
    ("ITEM D-3318", "2 725,00"),
    ("NET TOTAL", "13 316,62"),
    ("VAT 23%", "3 062,82"),
    ("AMOUNT DUE", "16 379,44"),
    ("ACCOUNT", "PL77 0989 8334"),
    ("BUYER", "HUDEC TRADE"),
]
VALUE_X = 700
FIRST_ROW, ROW_STEP = 260, 90
SIZE = 30


def _scan(seed: int, angle: float) -> tuple[Image.Image, int]:
    """A page of rows printed, turned by `angle` degrees and captured: returns the picture and
    the row of the buyer's value after the turn (px)."""
    font = ImageFont.truetype(corpus.LATIN_TTF, SIZE)
    page = Image.new("L", (WIDTH, HEIGHT), 250)
    draw = ImageDraw.Draw(page)
    for i, (label, value) in enumerate(ROWS):
        y = FIRST_ROW + i * ROW_STEP
        draw.text((120, y), label, fill=25, font=font)
        draw.text((VALUE_X, y), value, fill=25, font=font)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=250)
    page = page.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(page, dtype=np.float32)
    arr = arr + np.random.default_rng(seed).normal(0, 2.5, arr.shape)
    picture = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return _jpeg(picture, 88), FIRST_ROW + (len(ROWS) - 1) * ROW_STEP


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality)
    return Image.open(io.BytesIO(out.getvalue()))


def _typed_level(image: Image.Image, row: int, text: str, quality: int = 80) -> Image.Image:
    """The buyer's value covered with the paper's level and typed again along the pixel rows,
    as an image editor draws it, then saved again."""
    edited = image.convert("L")
    draw = ImageDraw.Draw(edited)
    draw.rectangle((VALUE_X - 6, row - 14, VALUE_X + 260, row + 48), fill=250)
    draw.text((VALUE_X, row), text, fill=25, font=ImageFont.truetype(corpus.LATIN_TTF, SIZE))
    return _jpeg(edited, quality)


@pytest.mark.parametrize(("seed", "angle"), [(0, 0.35), (1, -0.3), (2, 0.4)])
def test_a_short_name_typed_level_on_a_slightly_tilted_scan_is_found(
    seed: int, angle: float
) -> None:
    scan, row = _scan(seed, angle)
    edited = _typed_level(scan, row, "KOVAR TRADE")
    level = image_lines.line_outliers(edited, 80)["level"]
    assert level, "the level run was not found"
    box = level[0]["box"]
    assert box[0] >= VALUE_X - 10 and row - 20 <= box[1] <= row + 20
    # The run moves under session 17's 1.5 px: only the short-run rule finds it.
    assert level[0]["drop"] < image_lines.LEVEL_DROP


@pytest.mark.parametrize(("seed", "angle"), [(0, 0.35), (1, -0.3), (2, 0.4), (3, 0.2)])
def test_the_slightly_tilted_scan_untouched_is_silent(seed: int, angle: float) -> None:
    scan, _row = _scan(seed, angle)
    assert image_lines.line_outliers(scan, 88)["level"] == []


def test_a_short_level_paste_on_a_coarse_jpeg_is_not_judged() -> None:
    # A save below quality 80 moves edges by its blocks: genuine short runs look level there.
    scan, row = _scan(0, 0.35)
    edited = _typed_level(scan, row, "KOVAR TRADE", quality=70)
    assert image_lines.line_outliers(edited, 70)["level"] == []


def test_a_short_level_run_without_fine_edges_is_not_judged() -> None:
    # A fax's tilted line is a staircase of level steps: a short stretch lies on one row.
    runs = [
        {"box": [100, 200 + 40 * i, 220, 215 + 40 * i], "tilt": 0.007, "span": 120.0, "rms": 0.1}
        for i in range(8)
    ]
    runs.append({"box": [600, 500, 720, 515], "tilt": 0.0, "span": 120.0, "rms": 0.02})
    assert image_lines.level_phrases(runs, 2000, fine_edges=False) == []
    assert [r["box"] for r in image_lines.level_phrases(runs, 2000)] == [[600, 500, 720, 515]]


def test_a_short_run_only_a_little_flatter_than_the_page_is_not_level() -> None:
    # Half the page's drop over the run: print measured roughly, not text drawn on the rows.
    runs = [
        {"box": [100, 200 + 40 * i, 220, 215 + 40 * i], "tilt": 0.007, "span": 120.0, "rms": 0.1}
        for i in range(8)
    ]
    runs.append({"box": [600, 500, 720, 515], "tilt": 0.0035, "span": 120.0, "rms": 0.02})
    assert image_lines.level_phrases(runs, 2000) == []


def test_a_short_run_measured_to_whole_pixels_shows_no_tilt() -> None:
    # Every glyph's bottom on the same value: steep edges, one step of a tilted staircase.
    runs = [
        {"box": [100, 200 + 40 * i, 220, 215 + 40 * i], "tilt": 0.007, "span": 120.0, "rms": 0.1}
        for i in range(8)
    ]
    runs.append({"box": [600, 500, 720, 515], "tilt": 0.0, "span": 120.0, "rms": 0.0})
    assert image_lines.level_phrases(runs, 2000) == []
