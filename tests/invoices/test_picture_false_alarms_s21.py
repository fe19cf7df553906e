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
