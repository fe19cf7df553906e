"""A fax saved as TIFF: refused (Amazon takes PDF, JPG, PNG, GIF) and read all the same."""

from __future__ import annotations

import io

from PIL import Image
from support.invoice_corpus import fixture

from reinstate.invoices import check_invoice


def _as_fax_tiff(png: bytes) -> bytes:
    # What a fax machine or an office scanner's "scan to folder" writes: one bit per pixel,
    # CCITT Group 4.
    page = Image.open(io.BytesIO(png)).convert("L").point(lambda v: 255 if v > 150 else 0, "1")
    out = io.BytesIO()
    page.save(out, format="TIFF", compression="group4", dpi=(200, 200))
    return out.getvalue()


def test_a_tiff_fax_is_refused_and_its_content_read() -> None:
    png, _ = fixture({"make": "scan_png"})
    report = check_invoice(_as_fax_tiff(png), filename="fax.tif")
    assert report.file_type == "tiff"
    assert "I001" in report.codes
    assert report.verdict == "reject"
    assert report.pages_read == 1
    assert report.fields.document_type == "invoice"
    assert report.fields.totals.get("total") is not None


def test_a_format_that_is_not_a_page_is_refused_unread() -> None:
    report = check_invoice(b"PK\x03\x04" + bytes(200), filename="invoice.pdf")
    assert report.codes == {"I001"}
    assert report.pages_read == 0
