"""Genuine captures flagged altered (session 21): a scanned PDF saved again by a tool that does
not name itself has no text its rewrite could change (I211 stays quiet; the pictures are the
image checks' to judge)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pikepdf
from support.invoice_corpus import make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.forensics import pdf_signs


def _scanned(scanner: str) -> bytes:
    """A generated invoice scanned to a JPEG page, put in a PDF (ReportLab writes both halves
    of /ID alike), then saved again by pikepdf as a scan server does, the scanner's name kept
    as /Producer."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    spec = random_spec(41, lang="de")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    picture = Image.open(io.BytesIO(make(spec, "scan_jpeg", made)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(595, 842))
    pdf.drawImage(ImageReader(picture), 0, 0, 595, 842)
    pdf.showPage()
    pdf.save()
    with pikepdf.open(io.BytesIO(out.getvalue())) as doc:
        doc.docinfo["/Producer"] = scanner
        doc.docinfo["/Creator"] = scanner
        saved = io.BytesIO()
        doc.save(saved)
        return saved.getvalue()


def test_a_scanned_pdf_saved_again_by_a_silent_tool_is_not_flagged() -> None:
    report = check_invoice(_scanned("Office MFP 4020 Scan"), filename="s.pdf")
    assert "I211" not in report.codes
    assert "altered" not in report.tags


def _facts(*sources: str) -> dict[str, Any]:
    pages = [{"number": n, "source": s, "chars": [], "covers": []} for n, s in enumerate(sources)]
    return {
        "writer_marks": ["qpdf"],
        "id_changed": True,
        "info": {"Producer": "Office MFP 4020 Scan"},
        "pages": pages,
    }


def test_the_rewrite_still_counts_where_a_page_has_text_or_a_drawn_shape() -> None:
    assert "I211" not in {s[0] for s in pdf_signs(_facts("ocr", "ocr"), None, {}, [[], []])}
    assert "I211" in {s[0] for s in pdf_signs(_facts("ocr", "text"), None, {}, [[], []])}
    covered = _facts("ocr")
    covered["pages"][0]["covers"] = [{"x0": 10, "x1": 90, "top": 10, "bottom": 30}]
    assert "I211" in {s[0] for s in pdf_signs(covered, None, {}, [[]])}
    unmapped = _facts("ocr")
    unmapped["pages"][0]["unmapped"] = 40
    assert "I211" in {s[0] for s in pdf_signs(unmapped, None, {}, [[]])}


def _lit_photo() -> Any:
    """A colour JPEG of a printed page with a spot of light where red and green clip at white
    and only blue keeps its grain (a phone photo's lit side)."""
    import numpy as np
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(2)
    height, width = 1000, 800
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    spot = 40.0 * np.exp(-((xx - 560) ** 2 + (yy - 700) ** 2) / (2 * 40.0**2))
    page = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(page)
    for row in range(8):
        draw.text((60, 60 + 75 * row), f"Item {row}   qty 3   12.50   37.50", fill=20)
    ink = np.asarray(page, np.float32) / 255
    lit = np.stack([(240 + spot) * ink, (240 + spot) * ink, (195 + spot / 3) * ink], -1)
    pixels = np.clip(lit + rng.normal(0, 5.0, lit.shape), 0, 255).astype(np.uint8)
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, "JPEG", quality=86)
    return Image.open(io.BytesIO(out.getvalue()))


def test_a_lit_photos_blocks_near_the_clip_are_no_quiet_paper() -> None:
    """JPEG saves each block whole: where a channel clips somewhere in it, the block keeps too
    little grain and comes out flat below white."""
    from reinstate.invoices.imaging import clipped_channels, jpeg_quality, noise_map

    photo = _lit_photo()
    gray = photo.convert("L")
    quality = jpeg_quality(photo)
    assert noise_map(gray, jpeg_quality=quality)["quiet"]  # judged as a grey picture
    assert noise_map(gray, jpeg_quality=quality, clipped=clipped_channels(photo))["quiet"] == []


def _picture(median: float, what: str) -> dict[str, Any]:
    word = {"box": [100, 80, 130, 90], "what": what, "score": 2.6, "measures": {"dark": 0.6}}
    return {
        "kind": "image",
        "image": {"format": "PNG", "noise": {"median": median, "quiet": []}, "lines": {
            "edits": [word], "words": [word]}},
    }  # fmt: skip


def test_lighter_ink_on_a_page_of_white_paper_is_style_not_a_sign() -> None:
    """A screenshot of a web portal: grey labels beside black values."""
    from reinstate.invoices.forensics import image_signs

    codes = lambda facts: {s[0] for s in image_signs(facts)}  # noqa: E731
    assert "I221" not in codes(_picture(0.0, "light"))
    assert "I221" not in codes(_picture(0.0, "soft"))
    assert "I221" in codes(_picture(0.0, "height"))
    assert "I221" in codes(_picture(1.6, "light"))  # a scan: its paper has grain


def _twins(difference: float, grain: float) -> dict[str, Any]:
    pair = {"source": [10, 10, 14, 20], "copy": [60, 10, 64, 20], "difference": difference,
            "next": 250.0, "pairs": 1, "identical": True}  # fmt: skip
    noise = {"median": grain, "quiet": []}
    return {"kind": "image", "image": {"format": "PNG", "noise": noise, "identical": [pair]}}


def test_two_glyphs_differing_by_the_pages_own_grain_are_two_prints() -> None:
    """A small digit printed twice on one sub-pixel phase of a fine, quiet scan stands out from
    the page's other pairs by shape; its copies still differ by two draws of the grain."""
    from reinstate.invoices.forensics import image_signs

    codes = lambda facts: {s[0] for s in image_signs(facts)}  # noqa: E731
    assert "I224" not in codes(_twins(14.6, 1.5))
    assert "I224" in codes(_twins(0.8, 1.5))  # a copy: the same grain twice
    assert "I224" in codes(_twins(4.8, 2.0))  # a copy saved again as a JPEG
    assert "I224" in codes(_twins(5.4, 0.0))  # grain not measured: judged as before
