"""Session 22: genuine files flagged altered. An office suite's re-save names itself (I214, not
I211); a faint table rule on a scan is not a paper patch (I218); two prints of a glyph on a
coarse JPEG are not identical glyphs (I224). Each edit the sign is there for is still found."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import numpy as np
import pikepdf
import pytest
from PIL import Image
from support.invoice_corpus import LATIN_TTF, make, random_spec

from reinstate.invoices import image_edits
from reinstate.invoices.check import check_invoice
from reinstate.invoices.forensics import pixel_signs
from reinstate.invoices.image_lines import line_outliers


def _resaved(producer: str, creator: str) -> bytes:
    """A ReportLab invoice opened and saved whole again: object streams, a renewed /ID, the
    saving program's names in /Info and XMP (pikepdf writes qpdf's layout)."""
    spec = random_spec(2201, lang="en")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(make(spec, "reportlab", made))) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdf:Producer"] = producer
            meta["xmp:CreatorTool"] = creator
        pdf.docinfo["/Producer"] = producer
        pdf.docinfo["/Creator"] = creator
        pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, static_id=False)
    return out.getvalue()


def test_a_wps_resave_names_the_program_that_saved_it() -> None:
    """Before: I211 ("rewritten by another program"), flagged altered."""
    report = check_invoice(_resaved("WPS PDF 12.1", "WPS Office"), filename="a.pdf", ocr=False)
    assert "I211" not in report.codes and "I214" in report.codes
    assert "altered" not in report.tags


def test_a_resave_under_the_makers_name_is_still_hidden_rewriting() -> None:
    report = check_invoice(
        _resaved("Fakturierung Pro 11", "Fakturierung Pro 11"), filename="a.pdf", ocr=False
    )
    assert "I211" in report.codes and "altered" in report.tags


def _paper(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return np.clip(238 + rng.normal(0, 1.8, (1400, 1000)), 0, 255).astype(np.float32)


def _grey_rule(gray: np.ndarray, y: float, depth: float) -> None:
    """A light grey table rule two pixels wide, tilted by a scan (4 px over its 320), blurred
    over the rows it crosses: too faint for ink, it reads as darker paper."""
    xs = np.arange(300, 620)
    for dy, share in ((-1, 0.35), (0, 1.0), (1, 1.0), (2, 0.35)):
        rows = (y + dy + (xs - 300) * 4 / 320).astype(int)
        gray[rows, xs] -= depth * share


@pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")
def test_a_faint_table_rule_is_no_paper_patch() -> None:
    """Before: the rule's cells made a darker strip, I218 on a genuine scan."""
    gray = _paper(1)
    _grey_rule(gray, 700.0, 22.0)
    found = image_edits.tone_regions(Image.fromarray(np.clip(gray, 0, 255).astype("uint8")), 15)
    assert found["regions"] == []


@pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")
def test_a_darker_patch_of_a_value_is_still_found() -> None:
    gray = _paper(2)
    gray[696:720, 400:560] -= 4.0  # a patch of its own paper over a value, a strip
    found = image_edits.tone_regions(Image.fromarray(np.clip(gray, 0, 255).astype("uint8")), 15)
    assert found["regions"] and found["regions"][0]["step"] < 0


def _pair(difference: float) -> dict[str, object]:
    return {
        "identical": [
            {
                "source": [100.0, 100.0, 106.0, 109.0],
                "copy": [130.0, 100.0, 136.0, 109.0],
                "difference": difference,
                "next": 1700.0,
                "identical": True,
            }
        ]
    }


COARSE = {"median": 0.0, "quiet": [], "skipped": "jpeg quality 68"}


def test_two_prints_on_a_coarse_jpeg_are_not_identical_glyphs() -> None:
    """Before: I224 on a genuine copier scan saved at 68 (its two "4"s 233 apart)."""
    assert not [s for s in pixel_signs(_pair(233.0), 1, COARSE) if s[0] == "I224"]


def test_a_copy_on_a_coarse_jpeg_is_still_identical() -> None:
    assert [s for s in pixel_signs(_pair(3.0), 1, COARSE) if s[0] == "I224"]


def _scanner_app_pdf(quality: int) -> bytes:
    """A scan saved as a JPEG and placed on a page by ReportLab, as scanner apps built on it do:
    the image stream's filters are ASCII85Decode then DCTDecode."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    scan = io.BytesIO()
    Image.fromarray(np.clip(_paper(3), 0, 255).astype("uint8")).save(
        scan, format="JPEG", quality=quality
    )
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.drawImage(ImageReader(io.BytesIO(scan.getvalue())), 0, 0, 595, 842)
    page.save()
    return out.getvalue()


def test_a_scanner_apps_wrapped_jpeg_is_judged_as_a_jpeg() -> None:
    """Before: its pixels were judged as lossless, at full sensitivity."""
    from reinstate.invoices.reader import _scan_noise

    data = _scanner_app_pdf(60)
    with pikepdf.open(io.BytesIO(data)) as pdf:
        image = next(iter(pdf.pages[0].get_images().values()))
        assert "/ASCII85Decode" in [str(f) for f in image.get("/Filter")]
    assert _scan_noise(data, 0, 595.0).get("skipped") == "jpeg quality 60"


def _table(retyped: int | None = None) -> Image.Image:
    """A scanned table whose code column is printed smaller than its amounts, on every row;
    `retyped`: that row's code typed again at another size."""
    from PIL import ImageDraw, ImageFont

    im = Image.new("L", (1400, 1000), 238)
    draw = ImageDraw.Draw(im)
    big, small = ImageFont.truetype(LATIN_TTF, 40), ImageFont.truetype(LATIN_TTF, 33)
    for k, y in enumerate(range(200, 800, 70)):
        code = ImageFont.truetype(LATIN_TTF, 36) if k == retyped else small
        draw.text((150, y), f"{1840 + 20 * k}", font=big, fill=30)
        draw.text((400, y + 6), f"HX-{35 + k}0", font=code, fill=30)
        draw.text((700, y), f"{12 + k}.50", font=big, fill=30)
        draw.text((1000, y), f"{230 + k}.00", font=big, fill=30)
    grain = np.random.default_rng(0).normal(0, 1.8, (1000, 1400))
    return Image.fromarray(
        np.clip(np.asarray(im, dtype=np.float32) + grain, 0, 255).astype("uint8")
    )


@pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")
def test_a_column_printed_smaller_than_its_rows_is_no_retyped_value() -> None:
    """Before: each row's code was a height outlier of its line (I221)."""
    assert line_outliers(_table(), None)["edits"] == []


@pytest.mark.skipif(not image_edits.available(), reason="opencv is not installed")
def test_a_value_retyped_at_another_size_than_its_column_is_still_found() -> None:
    edits = line_outliers(_table(retyped=4), None)["edits"]
    assert [e for e in edits if e["what"] == "height" and 480 < e["box"][1] < 500]
