"""A file written whole by pypdf that still names the program which made it (I211): pypdf keeps
the /Producer of a file it clones, so its layout is recognised by the bytes, not by the name."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from support.invoice_corpus import _content_replace, _target, make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.reader import read_facts


def _genuine(seed: int, producer: str = "reportlab") -> tuple[Any, bytes]:
    spec = random_spec(seed, lang="en")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    return spec, make(spec, producer, made)


def _pypdf_rewrite(pdf: bytes, spec: Any, variant: int) -> bytes:
    """A value changed in the page's content and the file written anew by pypdf, its /Info (and
    so the producer's name) cloned from the original."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    old, new = _target(spec, variant)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(_content_replace(page.get_contents().get_data(), old, new))  # type: ignore[union-attr]
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize("variant", [0, 1])
def test_a_value_changed_and_written_whole_by_pypdf_is_found(variant: int) -> None:
    spec, genuine = _genuine(61 + variant)
    report = check_invoice(genuine, filename="a.pdf", ocr=False)
    assert "I211" not in report.codes and "altered" not in report.tags
    edited = _pypdf_rewrite(genuine, spec, variant)
    assert b"ReportLab" in edited  # the producer's name is kept
    assert "pypdf" in read_facts(edited, ocr=False)["writer_marks"]
    report = check_invoice(edited, filename="a.pdf", ocr=False)
    assert "I211" in report.codes
    assert "altered" in report.tags


@pytest.mark.parametrize("producer", ["reportlab", "weasyprint"])
def test_a_producers_own_file_carries_no_pypdf_mark(producer: str) -> None:
    _, genuine = _genuine(63, producer)
    assert "pypdf" not in read_facts(genuine, ocr=False)["writer_marks"]


@pytest.mark.parametrize(
    "page",
    [
        b"1 0 obj\n<<\n/Type /Page\n/MediaBox [0.0 0.0 612.0 792.0]\n>>\nendobj\n",  # PDFBox
        b"1 0 obj\n<</MediaBox[0 0 595 842]/Type/Page>>\nendobj\n",  # iText
    ],
)
def test_pdfbox_and_itext_share_pypdfs_header_but_not_its_layout(page: bytes) -> None:
    from reinstate.invoices.reader import _writer_marks

    assert _writer_marks(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + page) == []


def test_a_note_added_through_pypdf_is_not_called_a_rewrite() -> None:
    """An accounts team's note on a genuine file, the file written whole by pypdf: pypdf added
    something the page shows, as a stamp merged on top does (tests/invoices/test_producers.py)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText

    _, genuine = _genuine(65)
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(genuine)))
    writer.add_annotation(0, FreeText(text="PAID 2026-03-09", rect=(380, 100, 540, 130)))
    out = io.BytesIO()
    writer.write(out)
    assert "pypdf" in read_facts(out.getvalue(), ocr=False)["writer_marks"]
    assert "I211" not in check_invoice(out.getvalue(), filename="a.pdf", ocr=False).codes
