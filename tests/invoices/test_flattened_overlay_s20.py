"""Session 20: a PDF page flattened to a picture of a rendered page (an overlay edit printed to an
image) is told as such (I227, a note); scans wrapped in a PDF, faxes and text PDFs are not.
Pages and figures are my own."""

from __future__ import annotations

import io

import pytest

from reinstate.invoices import check_invoice
from reinstate.invoices.image_rendered import rendered_page

fpdf = pytest.importorskip("fpdf")
pdfium = pytest.importorskip("pypdfium2")
np = pytest.importorskip("numpy")
pytest.importorskip("cv2")
Image = pytest.importorskip("PIL.Image")
ImageFilter = pytest.importorskip("PIL.ImageFilter")


def _invoice(*, overlay: bool) -> bytes:
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    pdf.text(50, 60, "Harbour Lane Packaging Ltd")
    pdf.set_font("helvetica", "", 10)
    pdf.text(50, 80, "12 Quay Street, Bristol BS1 4DJ")
    pdf.text(50, 120, "INVOICE  No. HL-20417   Date: 14 March 2026")
    pdf.text(50, 140, "Bill to: Northfield Goods Ltd, 8 Mill Road, Leeds LS2 7HQ")
    y = 190
    rows = [("Corrugated box 40x30", 120, 0.85), ("Packing tape 66 m", 60, 1.20)]
    for desc, qty, price in rows:
        pdf.text(50, y, desc)
        pdf.text(330, y, str(qty))
        pdf.text(400, y, f"{price:.2f}")
        pdf.text(480, y, f"{qty * price:.2f}")
        y += 18
    pdf.text(400, y + 12, "Total")
    pdf.text(480, y + 12, "174.00")
    if overlay:
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(478, y + 2, 50, 13, style="F")
        pdf.set_font("times", "", 11)
        pdf.text(480, y + 12, "1,174.00")
    return bytes(pdf.output())


def _render(pdf: bytes, dpi: int = 110) -> object:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()


def _as_pdf(image: object, dpi: int = 110) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=float(dpi))  # type: ignore[attr-defined]
    return out.getvalue()


def _scanned(image: object) -> object:
    """The page as a scanner sees it: a little blur, grey paper, sensor grain."""
    grey = image.convert("L").filter(ImageFilter.GaussianBlur(0.7))  # type: ignore[attr-defined]
    arr = np.asarray(grey, dtype=np.float32) * 0.95 + 10
    arr += np.random.default_rng(3).normal(0, 2.0, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


def test_overlay_printed_to_an_image_is_told_flattened() -> None:
    report = check_invoice(_as_pdf(_render(_invoice(overlay=True))), filename="invoice.pdf")
    assert "I227" in report.codes
    assert "altered" not in {
        t for f in report.findings if f.rule.code == "I227" for t in f.rule.tags
    }


def test_lossless_render_is_flattened_too() -> None:
    image = _render(_invoice(overlay=False), dpi=150)
    assert rendered_page(image.convert("L")) is not None  # type: ignore[attr-defined]


def test_scan_wrapped_in_a_pdf_is_not_flattened() -> None:
    page = _scanned(_render(_invoice(overlay=True), dpi=150))
    assert rendered_page(page) is None
    report = check_invoice(_as_pdf(page.convert("RGB"), dpi=150), filename="scan.pdf")  # type: ignore[attr-defined]
    assert "I227" not in report.codes


def test_scan_clipped_to_white_keeps_its_soft_edges() -> None:
    """A scanner that clips its paper to white leaves no grain, but its lens still blurs."""
    grey = _render(_invoice(overlay=False), dpi=150).convert("L")  # type: ignore[attr-defined]
    soft = grey.filter(ImageFilter.GaussianBlur(0.9))
    assert rendered_page(soft) is None


def test_fax_is_not_judged() -> None:
    grey = _render(_invoice(overlay=False), dpi=150).convert("L")  # type: ignore[attr-defined]
    assert rendered_page(grey.point(lambda v: 255 if v > 140 else 0)) is None


def test_text_pdf_is_not_flattened() -> None:
    assert "I227" not in check_invoice(_invoice(overlay=True), filename="invoice.pdf").codes
