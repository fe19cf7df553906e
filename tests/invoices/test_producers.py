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
