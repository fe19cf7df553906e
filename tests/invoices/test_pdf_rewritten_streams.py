"""A page's content written back by pikepdf (I231): the trace of a value changed inside the
page with the same length, which moves no glyph; merges and stamps keep the page's own stream."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pikepdf
import pytest
from support.invoice_corpus import edit_pikepdf_same_length, make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.reader import read_facts


def _genuine(seed: int, producer: str = "reportlab") -> tuple[Any, bytes]:
    spec = random_spec(seed, lang="de")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    return spec, make(spec, producer, made)


@pytest.mark.parametrize("variant", [0, 1])
def test_a_same_length_value_written_back_by_pikepdf_is_found(variant: int) -> None:
    spec, genuine = _genuine(41 + variant)
    report = check_invoice(genuine, filename="a.pdf", ocr=False)
    assert "I231" not in report.codes and "altered" not in report.tags
    edited = edit_pikepdf_same_length(genuine, spec, variant)
    report = check_invoice(edited, filename="a.pdf", ocr=False)
    assert "I231" in report.codes
    assert "altered" in report.tags


def _stamped(data: bytes) -> bytes:
    """A stamp drawn over the page and /Info naming pikepdf, as merging and stamping tools do:
    the page's own stream is kept and the stamp is a stream of its own."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        page = pikepdf.Page(doc.pages[0])
        stamp = b"q 1 0 0 RG 400 780 m 560 780 l S BT /F1 12 Tf 420 790 Td (PAID) Tj ET Q"
        page.contents_add(doc.make_stream(stamp), prepend=False)
        page.contents_add(doc.make_stream(b"q"), prepend=True)
        doc.docinfo["/Producer"] = f"pikepdf {pikepdf.__version__}"
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


@pytest.mark.parametrize("producer", ["reportlab", "weasyprint"])
def test_a_stamped_or_resaved_file_keeps_its_producers_stream(producer: str) -> None:
    _, genuine = _genuine(43, producer)
    stamped = _stamped(genuine)
    assert read_facts(stamped, ocr=False)["rewritten_pages"] == []
    assert "I231" not in check_invoice(stamped, filename="a.pdf", ocr=False).codes


def test_weasyprints_one_instruction_per_line_is_not_pikepdfs() -> None:
    """WeasyPrint writes one instruction a line too, in its own spelling of the operands."""
    _, genuine = _genuine(44, "weasyprint")
    assert read_facts(genuine, ocr=False)["rewritten_pages"] == []
