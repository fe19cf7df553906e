"""Genuine files from more producers are not called edited: each case was a false alarm."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime

import pytest
from support.invoice_corpus import make, random_spec

from reinstate.invoices import check_invoice
from reinstate.invoices.forensics import _encoding_only

MADE = datetime(2026, 3, 2, 11, tzinfo=UTC)
FLAGS = {"altered"}


@pytest.mark.parametrize(
    "producer", ["fpdf2", "merged_pypdf", "stamped_pypdf", "annotated_fresh", "portal_download"]
)
def test_genuine_producer_is_not_called_altered(producer: str) -> None:
    if producer == "fpdf2":
        pytest.importorskip("fpdf", reason="fpdf2 (the dev extra)")
    spec = random_spec(41, lang="de", issued=MADE.date())
    report = check_invoice(make(spec, producer, MADE), filename="inv.pdf", isolate=False)
    assert report.fields.document_type == "invoice"
    assert not report.tags & FLAGS, report.codes
    if producer == "annotated_fresh":  # saved again a minute later, same text: no I201
        assert "I201" not in report.codes
    if producer == "merged_pypdf":  # said as what it is, not as an edit
        assert "I214" in report.codes
    if producer == "portal_download":
        assert "I206" in report.codes


def test_xmp_garbled_by_the_writer_is_no_disagreement() -> None:
    assert _encoding_only("开票系统 V3", "\ufffd\ufffd\ufffd\ufffd V3")
    assert not _encoding_only("Harbourline Billing 4.2", "Some PDF Editor 9.1")


@pytest.mark.skipif(
    not (shutil.which("gs") and shutil.which("tesseract")), reason="ghostscript or tesseract"
)
def test_ghostscript_chinese_invoice_without_unicode_text_is_read_by_ocr() -> None:
    spec = random_spec(3, lang="zh", issued=MADE.date())
    report = check_invoice(make(spec, "ghostscript", MADE), filename="gs.pdf")
    assert report.ocr, "the unmapped glyphs should send the page to OCR"
    assert report.fields.document_type == "invoice"  # was "not an invoice"
    assert not report.tags & FLAGS, report.codes  # I204 fired on Ghostscript's XMP encoding


def _as_scanned_pdf(jpeg: bytes) -> bytes:
    """The JPEG placed on a page unchanged (reportlab embeds JPEG data as it is)."""
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    w, h = Image.open(io.BytesIO(jpeg)).size
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(w * 72 / 150, h * 72 / 150))
    c.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, w * 72 / 150, h * 72 / 150)
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract")
def test_patch_pasted_into_a_scan_inside_a_pdf_is_located() -> None:
    import io

    from support.invoice_corpus import image_paste, make_reportlab, rasterise

    spec = random_spec(601)
    patched = _as_scanned_pdf(image_paste(spec, MADE, seed=1, variant=1))
    report = check_invoice(patched, filename="scan.pdf")
    assert "I213" in report.codes  # the scan inside a PDF was never measured before
    clean = rasterise(make_reportlab(spec, MADE), seed=1)
    buf = io.BytesIO()
    clean.save(buf, format="JPEG", quality=90)
    report = check_invoice(_as_scanned_pdf(buf.getvalue()), filename="scan.pdf")
    assert "I213" not in report.codes


@pytest.mark.skipif(not shutil.which("tesseract"), reason="tesseract")
def test_a_scan_whose_title_ocr_cannot_read_is_not_called_not_an_invoice() -> None:
    import io

    from PIL import Image, ImageDraw, ImageFont
    from support.invoice_corpus import LATIN_TTF

    page = Image.new("L", (1240, 700), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(LATIN_TTF, 30)
    for i, line in enumerate(["Harbourline Trading Co., Ltd.", "Tel: +86 755 2345 6789"]):
        draw.text((100, 100 + 60 * i), line, fill=20, font=font)
    buf = io.BytesIO()
    page.save(buf, format="PNG")
    report = check_invoice(buf.getvalue(), filename="scan.png")
    assert report.ocr and report.fields.document_type is None
    assert "I101" not in report.codes  # Japanese scans were called "not an invoice" this way


def _reportlab_invariant(lines: list[str]) -> bytes:
    """A genuine ReportLab invoice made in its invariant mode (reproducible output), which
    writes 2000-01-01 00:00:00 UTC as the file's creation and modification date."""
    import io

    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, invariant=1)
    for row, text in enumerate(lines):
        page.drawString(72, 770 - 18 * row, text)
    page.save()
    return buf.getvalue()


def test_a_placeholder_creation_date_is_no_sign_of_a_changed_date() -> None:
    lines = [
        "Northgate Supplies Ltd, 4 Mill Lane, Leeds",
        "INVOICE No. NG-2025-0318",
        "Invoice date: 18/03/2025",
        "Bill to: Fenwick Home Goods Ltd",
        "Description  Qty  Unit price  Amount",
        "Ceramic mugs  10  4.00  40.00",
        "Total GBP 40.00",
    ]
    data = _reportlab_invariant(lines)
    assert b"D:20000101000000" in data  # the stand-in date this producer writes
    report = check_invoice(data, filename="inv.pdf", isolate=False)
    assert str(report.fields.invoice_date) == "2025-03-18"
    assert "I212" not in report.codes
    assert not report.tags & FLAGS, report.codes


def test_a_real_creation_date_before_the_invoice_date_is_still_a_sign() -> None:
    from datetime import date

    from reinstate.invoices.forensics import pdf_signs

    def signs(created: str) -> set[str]:
        page = {"number": 1, "source": "text", "chars": [], "covers": []}
        facts = {"pages": [page], "info": {"CreationDate": created, "ModDate": created}}
        return {s[0] for s in pdf_signs(facts, date(2025, 3, 18), {}, lines=[[]])}

    assert "I212" in signs("D:20250110093000Z")  # made two months before its own date
    assert "I212" not in signs("D:20000101000000+00'00'")  # ReportLab's invariant stand-in
    assert "I212" not in signs("D:19700101000000Z")  # a clock never set
