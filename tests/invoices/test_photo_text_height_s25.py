"""A value pasted on a photo whose print is larger than 8-pt text on an A4 page (a till receipt
photographed close up): the region it changes is judged at the photo's own print size (I223)."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
from PIL import Image
from support.closeup_receipt import PATCH_ABOVE, PATCH_BELOW, TOTAL_AT, receipt_photo

from reinstate.invoices import image_edits, image_resaved
from reinstate.invoices.check import check_invoice
from reinstate.invoices.imaging import jpeg_quality

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _judged(data: bytes) -> dict[str, Any]:
    image = Image.open(io.BytesIO(data))
    return image_edits.judge(image.convert("L"), jpeg_quality(image), image.format, 1.0)


def test_a_total_pasted_on_a_close_up_receipt_photo_is_found() -> None:
    maps = _judged(receipt_photo(pasted=True))
    assert "text_height" not in maps["lines"]  # a photo: its lines are not measured
    [region] = maps["resaved"]
    left, top, right, bottom = region["box"]
    x, y = TOTAL_AT
    assert left <= x and top <= y and bottom >= y + 30 and right >= x + 150
    # Taller than four hundredths of the page (8-pt print on A4): unjudged before.
    assert bottom - top > 4 * 1476 / image_resaved.TEXT_SHARE
    assert bottom - top >= PATCH_ABOVE + PATCH_BELOW


def test_the_whole_check_calls_it_altered() -> None:
    report = check_invoice(receipt_photo(pasted=True), filename="kvitto.jpg", ocr=False)
    assert "I223" in report.codes and "altered" in report.tags


def test_the_same_photo_saved_twice_untouched_is_not() -> None:
    assert not _judged(receipt_photo(pasted=False)).get("resaved")
    report = check_invoice(receipt_photo(pasted=False), filename="kvitto.jpg", ocr=False)
    assert "altered" not in report.tags


def test_a_photo_of_small_print_keeps_the_a4_assumption() -> None:
    # Glyph rows: x, y, w, h, edge width.
    small = np.array([[0, 0, 8, 10, 2.0]] * 40, dtype=float)
    large = np.array([[0, 0, 14, 20, 2.0]] * 40, dtype=float)
    assert image_resaved.unmeasured_text_height(small, 1600) == 16.0
    assert image_resaved.unmeasured_text_height(None, 1600) == 16.0
    assert image_resaved.unmeasured_text_height(large, 1476) == 20.0
