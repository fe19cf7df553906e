"""A digit cloned or a value pasted on a JPEG page saved coarser before, found at that earlier
save's quality (a JPEG ghost), and pages saved once or twice untouched left silent."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from PIL import Image
from support.invoice_corpus import random_spec
from support.invoice_image_edits import edited_capture, genuine_capture

from reinstate.invoices import image_edits, image_resaved
from reinstate.invoices.imaging import jpeg_quality

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _spec(k: int) -> tuple[Any, datetime]:
    spec = random_spec(6100 + k, lang="en")
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


def _judged(data: bytes) -> dict[str, Any]:
    image = Image.open(io.BytesIO(data))
    return image_edits.judge(image.convert("L"), jpeg_quality(image), "JPEG", 1.0)


def _changed(a: bytes, b: bytes) -> tuple[int, int, int, int]:
    import numpy as np

    diff = np.abs(
        np.asarray(Image.open(io.BytesIO(a)).convert("L"), dtype=np.float32)
        - np.asarray(Image.open(io.BytesIO(b)).convert("L"), dtype=np.float32)
    )
    ys, xs = np.nonzero(diff > 40)
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


# Seeds 2 and 3: the cheap scanner's first save (quality 59 and 66) is too far from the
# error-level analysis's 75 for the clone to stand out there.
@pytest.mark.parametrize("k", [2, 3])
def test_a_digit_cloned_after_a_coarser_save_stands_out_at_that_saves_quality(k: int) -> None:
    spec, made = _spec(k)
    edited = edited_capture(spec, made, "digit_clone", "scan_jpeg_twice", seed=k)
    where = _changed(edited, genuine_capture(spec, made, "scan_jpeg_twice", seed=k))
    regions = _judged(edited).get("resaved") or []
    assert any(
        r["box"][0] <= where[2]
        and where[0] <= r["box"][2]
        and r["box"][1] <= where[3]
        and where[1] <= r["box"][3]
        for r in regions
    )


@pytest.mark.parametrize("k", [0, 1, 2, 3])
def test_a_page_saved_twice_untouched_shows_no_region(k: int) -> None:
    spec, made = _spec(k)
    assert not _judged(genuine_capture(spec, made, "scan_jpeg_twice", seed=k)).get("resaved")


@pytest.mark.parametrize("first", [50, 60, 68])
def test_the_earlier_saves_quality_is_found(first: int) -> None:
    spec, made = _spec(0)
    page = Image.open(io.BytesIO(genuine_capture(spec, made, "scan_png"))).convert("L")
    for quality in (first, 90):
        buf = io.BytesIO()
        page.save(buf, format="JPEG", quality=quality)
        page = Image.open(io.BytesIO(buf.getvalue())).convert("L")
    assert image_resaved.earlier_quality(page, 90) in range(first - 2, first + 3)


@pytest.mark.parametrize("capture", ["scan_jpeg", "phone_jpeg"])
def test_a_page_saved_once_has_no_earlier_quality(capture: str) -> None:
    spec, made = _spec(1)
    image = Image.open(io.BytesIO(genuine_capture(spec, made, capture, seed=1)))
    assert image_resaved.earlier_quality(image.convert("L"), jpeg_quality(image) or 85) is None
