"""The image checks' page-wide percentiles and medians, taken from a band of values instead of
partitioning the whole page (issue 20: 2 s a file), give numpy's values bit for bit, so every
check decides as before."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import numpy as np
import pytest
from support.invoice_corpus import image_clone, random_spec

from reinstate.invoices import image_edits, imaging


def _pages() -> list[np.ndarray]:
    """Page-sized arrays shaped like what the checks measure: grey levels, a clipped scan's
    paper, a blurred background, ink depth (mostly near zero, a long dark tail)."""
    rng = np.random.default_rng(18)
    n = 700_001
    grey = rng.integers(0, 256, n).astype(np.float32)
    clipped = np.where(rng.random(n) < 0.6, 255.0, rng.normal(200, 30, n)).astype(np.float32)
    smooth = (230 + 5 * np.sin(np.linspace(0, 40, n))).astype(np.float32)
    depth = np.where(rng.random(n) < 0.93, rng.normal(0, 2, n), rng.normal(90, 30, n))
    return [grey, clipped, smooth, depth.astype(np.float32), grey[:-1].reshape(700, 1000)]


@pytest.mark.parametrize("q", [99.5, [60, 90], [5, 95], 97, 10.0, [20, 80]])
def test_a_page_percentile_is_numpys_bit_for_bit(q: float | list[float]) -> None:
    for values in _pages():
        expected, found = np.percentile(values, q), imaging.page_percentile(values, q)
        assert type(found) is type(expected)
        assert np.asarray(found).dtype == np.asarray(expected).dtype
        assert np.array_equal(found, expected)


def test_a_page_median_is_numpys_bit_for_bit() -> None:
    for values in _pages():
        for cut in (values, values.ravel()[1:]):
            expected, found = np.median(cut), imaging.page_median(cut)
            assert type(found) is type(expected)
            assert np.array_equal(found, expected)


def test_a_band_that_misses_its_rank_falls_back_to_numpy() -> None:
    # Every sampled value is 0 and the rest 1: the sample's band holds only zeros, too few.
    values = np.ones(400_000, dtype=np.float32)
    values[:: imaging.SAMPLE_STEP] = 0.0
    for q in (50, [5, 95], 99.5):
        assert np.array_equal(imaging.page_percentile(values, q), np.percentile(values, q))
    assert imaging.page_median(values) == np.median(values)


@pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")
def test_the_image_checks_decide_as_with_numpys_percentiles(monkeypatch) -> None:
    from PIL import Image

    from reinstate.invoices import image_lines, image_twins

    spec = random_spec(718, lang="en")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    page = Image.open(io.BytesIO(image_clone(spec, made, seed=3, variant=2))).convert("L")
    fast = image_edits.judge(page, None, "PNG", 0.5)
    for module in (imaging, image_lines, image_twins):
        monkeypatch.setattr(module, "page_percentile", np.percentile, raising=False)
        monkeypatch.setattr(module, "page_median", np.median, raising=False)
    assert image_edits.judge(page, None, "PNG", 0.5) == fast
