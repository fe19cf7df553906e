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


def _fax_of_pages(pages: int) -> tuple[bytes, float]:
    """A fax of a ReportLab invoice of `pages` pages, its total printed on the last one."""
    from datetime import UTC, datetime

    import pypdfium2 as pdfium
    from support.invoice_corpus import make_reportlab, random_spec

    spec = random_spec(7)
    created = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    doc = pdfium.PdfDocument(make_reportlab(spec, created, pages=pages))
    frames = []
    for page in doc:
        gray = page.render(scale=200 / 72).to_pil().convert("L")
        frames.append(gray.point(lambda v: 255 if v > 150 else 0, "1"))
    doc.close()
    out = io.BytesIO()
    frames[0].save(
        out,
        format="TIFF",
        compression="group4",
        dpi=(200, 200),
        save_all=True,
        append_images=frames[1:],
    )
    return out.getvalue(), spec.total


def test_every_page_of_a_fax_is_read_and_its_total_found_on_the_last() -> None:
    data, total = _fax_of_pages(2)
    report = check_invoice(data, filename="fax.tif")
    assert (report.pages, report.pages_read) == (2, 2)
    assert "I005" not in report.codes
    assert report.fields.totals.get("total") == total


def test_a_long_fax_says_which_pages_were_not_read() -> None:
    data, _ = _fax_of_pages(5)
    report = check_invoice(data, filename="fax.tif")
    assert report.pages == 5
    assert 1 <= report.pages_read < 5
    assert "I005" in report.codes
