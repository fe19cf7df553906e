"""A value pasted into a JPEG page that had been saved coarser before (I223), and such a page
judged as its coarser save."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from PIL import Image
from support.invoice_corpus import random_spec
from support.invoice_image_edits import edited_capture, genuine_capture

from reinstate.invoices import image_edits, image_resaved
from reinstate.invoices.check import check_invoice

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _spec(k: int, lang: str) -> tuple[Any, datetime]:
    spec = random_spec(6100 + k, lang=lang)
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


def _gray(data: bytes) -> Any:
    return Image.open(io.BytesIO(data)).convert("L")


@pytest.mark.parametrize(("k", "method"), [(0, "paste_typed"), (1, "paste_matched")])
def test_a_value_pasted_after_a_coarser_save_is_an_editing_sign(k: int, method: str) -> None:
    spec, made = _spec(k, ("en", "de")[k])
    data = edited_capture(spec, made, method, "scan_jpeg_twice", seed=k)
    report = check_invoice(data, filename="scan.jpg", ocr=False)
    assert "I223" in report.codes and "altered" in report.tags
    where = report.marks[[f.code for f in report.findings].index("I223")]
    assert where.bbox is not None and where.bbox[2] - where.bbox[0] < 150  # the value only


@pytest.mark.parametrize("k", [0, 1, 2])
def test_a_genuine_page_saved_twice_is_judged_as_its_coarser_save(k: int) -> None:
    spec, made = _spec(k, ("en", "zh", "fr")[k])
    data = genuine_capture(spec, made, "scan_jpeg_twice", seed=k)
    assert image_resaved.saved_coarser(_gray(data))
    report = check_invoice(data, filename="scan.jpg", ocr=False)
    # Its paper, flattened by the first save, is no pasted patch (I213 said so before).
    assert "altered" not in report.tags
    assert "I222" in report.codes  # judged only in part, as a coarse JPEG


@pytest.mark.parametrize(("k", "capture"), [(0, "scan_jpeg"), (1, "phone_jpeg")])
def test_a_page_saved_once_is_not_taken_for_a_coarser_save(k: int, capture: str) -> None:
    spec, made = _spec(k, "en")
    data = genuine_capture(spec, made, capture, seed=k)
    assert not image_resaved.saved_coarser(_gray(data))


def test_only_a_strong_region_the_size_of_a_value_counts() -> None:
    peaks = [
        ((0, 0, 120, 30), 1.4),  # as genuine scans and photos reach
        ((0, 100, 120, 130), 2.0),
        ((0, 200, 1200, 330), 2.5),  # 130 px high: 9 text heights, not one value
    ]
    found = image_resaved.resaved_regions(peaks, 14.5, 1600)
    assert [r["box"] for r in found] == [[0, 100, 120, 130]]
    assert found[0]["times"] == 7.4
    # Without measured lines (a photo), a hundredth of the page's height stands for the text.
    assert image_resaved.resaved_regions(peaks, None, 1600) == found
