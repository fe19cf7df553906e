"""I224: two glyphs of a scan identical to the noise (a digit copied over another, or typed)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image
from support.invoice_image_edits import capture_fixture

from reinstate.invoices import image_edits, image_twins
from reinstate.invoices.check import check_invoice

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _gray(data: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(data)).convert("L"), dtype=np.float32)


def _edited_box(edited: bytes, genuine: bytes) -> tuple[int, int, int, int]:
    a, b = _gray(edited), _gray(genuine)
    ys, xs = np.nonzero(np.abs(a - b) > 8)
    return int(xs.min()), int(ys.min()), int(xs.max()) + 1, int(ys.max()) + 1


# Seed 0 ("200" made "600"): the copy's rim, cut at the page's faint ink, gave it another box
# than its source's; found only once glyphs are cut at their core too (image_twins.CORE).
@pytest.mark.parametrize(
    ("capture", "seed"), [("scan_png", 1), ("scan_jpeg", 2), ("scan_png", 0), ("scan_jpeg", 0)]
)
def test_a_digit_copied_over_another_is_found_where_it_was_pasted(capture: str, seed: int) -> None:
    data, name = capture_fixture({"capture": f"digit_clone_{capture}", "seed": seed})
    genuine, _ = capture_fixture({"capture": f"genuine_{capture}", "seed": seed})
    report = check_invoice(data, filename=name, ocr=False)
    assert "I224" in report.codes and "altered" in report.tags
    finding = next(f for f in report.findings if f.code == "I224")
    mark = report.marks[report.findings.index(finding)]
    source = [float(v) for v in finding.params["source"].split(",")]
    x0, y0, x1, y1 = _edited_box(data, genuine)
    scale = 595.0 / _gray(data).shape[1]
    # The pair is the pasted digit and its source: one of the two is where the page changed.
    assert any(
        box[0] <= x1 * scale
        and x0 * scale <= box[2]
        and box[1] <= y1 * scale
        and y0 * scale <= box[3]
        for box in (mark.bbox, source)
        if box is not None
    )


@pytest.mark.parametrize("capture", ["scan_png", "scan_jpeg", "scan_jpeg_twice"])
@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_genuine_scans_have_no_identical_glyphs(capture: str, seed: int) -> None:
    data, name = capture_fixture({"capture": f"genuine_{capture}", "seed": seed})
    assert "I224" not in check_invoice(data, filename=name, ocr=False).codes


def _page(grain: float, seed: int = 0) -> np.ndarray:
    """A page of 60 "digits" (three shapes of three box sizes) at whole-pixel places, on paper
    with `grain`."""
    rng = np.random.default_rng(seed)
    page = np.full((400, 600), 235.0)
    ring, ell, tee = np.ones((14, 9), bool), np.zeros((14, 8), bool), np.zeros((13, 9), bool)
    ring[2:12, 2:7] = False
    ell[:, :2] = ell[12:, :] = True
    tee[:2, :] = tee[:, 3:6] = True
    shapes = [ring, ell, tee]
    for k in range(60):
        y, x = 30 + (k // 10) * 55, 20 + (k % 10) * 55
        h, w = shapes[k % 3].shape
        page[y : y + h, x : x + w] = np.where(shapes[k % 3], 40.0, 235.0)
    return page + rng.normal(0, grain, page.shape)


def _judge(page: np.ndarray) -> list[dict[str, object]]:
    fine, plain = image_edits._plain_paper_noise(page)
    _wide, tight = image_twins.closest_glyphs(page, image_twins.glyph_groups(page))
    return image_twins.identical_glyphs(tight, fine, plain)


def test_printed_twins_differ_by_their_grain_and_a_copy_does_not() -> None:
    page = _page(grain=4.0)
    assert _judge(page) == []
    # The first glyph, with 1 px of its paper, over the 44th (another shape).
    page[249:265, 184:195] = page[29:45, 19:30]
    found = _judge(page)
    assert found and [184, 249, 195, 265] in (found[0]["source"], found[0]["copy"])


def test_a_page_without_grain_is_not_judged() -> None:
    # A render draws every character alike: identical twins everywhere, no sign.
    page = _page(grain=0.0)
    page[249:265, 184:195] = page[29:45, 19:30]
    assert _judge(page) == []
