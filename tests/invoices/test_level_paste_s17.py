"""I225: a value typed along the pixel rows of a tilted scan (session 17, inv17c).

A scanner tilts a page and all its print together; an image editor draws new text level. The
fixtures are the generated tilted scan (`skewed_scan_jpeg`) and the same scan with its date
covered by a patch of its paper and typed again level (`level_paste_skewed_scan_jpeg`).
"""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from support import invoice_corpus as corpus
from support.invoice_image_edits import capture_fixture

from reinstate.invoices import image_edits, image_lines
from reinstate.invoices.check import check_invoice

pytestmark = pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")


def _gray(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L")


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_a_date_typed_level_on_a_tilted_scan_is_an_editing_sign(seed: int) -> None:
    data, name = capture_fixture({"capture": "level_paste_skewed_scan_jpeg", "seed": seed})
    genuine, _ = capture_fixture({"capture": "skewed_scan_jpeg", "seed": seed})
    report = check_invoice(data, filename=name, ocr=False)
    assert "I225" in report.codes and "altered" in report.tags
    finding = next(f for f in report.findings if f.code == "I225")
    mark = report.marks[report.findings.index(finding)].bbox
    assert mark is not None
    # The mark is where the page changed.
    a = np.asarray(_gray(data), dtype=np.float32)
    b = np.asarray(_gray(genuine), dtype=np.float32)
    ys, xs = np.nonzero(np.abs(a - b) > 40)
    scale = 595.0 / a.shape[1]
    assert mark[0] <= xs.max() * scale and xs.min() * scale <= mark[2]
    assert mark[1] <= ys.max() * scale and ys.min() * scale <= mark[3]
    # The message names the page's own tilt.
    assert float(finding.params["tilt"]) != 0.0


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_the_tilted_scan_untouched_is_silent(seed: int) -> None:
    data, name = capture_fixture({"capture": "skewed_scan_jpeg", "seed": seed})
    assert "I225" not in check_invoice(data, filename=name, ocr=False).codes


@pytest.mark.parametrize("seed", [0, 1])
def test_a_level_paste_on_a_straight_scan_shows_no_tilt(seed: int) -> None:
    # Nothing to tell it by: the page's print is level too.
    data, name = capture_fixture({"capture": "paste_typed_scan_jpeg", "seed": seed})
    assert "I225" not in check_invoice(data, filename=name, ocr=False).codes


def test_a_fax_header_stamped_level_at_the_top_is_not_judged() -> None:
    # A fax machine or a scanner prints its own line on the image: level on a tilted page.
    data, _ = capture_fixture({"capture": "skewed_scan_jpeg", "seed": 1})
    image = _gray(data)
    font = ImageFont.truetype(corpus.LATIN_TTF, 15)
    ImageDraw.Draw(image).text(
        (40, 12), "FROM 0221 4471 9902   2026-03-05 14:22   P. 001", 20, font
    )
    found = image_lines.line_outliers(image, 90)
    assert found["level"] == []
    ImageDraw.Draw(image).text((700, 900), "REF 4471 9902 3318", 20, font)
    # The same kind of line in the page's body is judged.
    level = image_lines.line_outliers(image, 90)["level"]
    assert [900 <= w["box"][1] <= 910 for w in level] == [True]


def test_too_few_runs_to_know_the_page_tilt() -> None:
    runs = [
        {"box": [0, 100, 200, 120], "tilt": 0.02, "span": 200.0, "rms": 0.3},
        {"box": [0, 300, 200, 320], "tilt": 0.0, "span": 200.0, "rms": 0.0},
    ]
    assert image_lines.level_phrases(runs, 2000) == []
