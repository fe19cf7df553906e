"""A page's content written back by pikepdf (I231): the trace of a value changed inside the
page with the same length, which moves no glyph; merges and stamps keep the page's own stream."""

from __future__ import annotations

import io
import re
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


def _bytes_replaced(data: bytes, how: str, xmp: bool) -> bytes:
    """One glyph of the page swapped for another it already draws, in the stream's raw bytes
    (no parsing: the producer's spelling stays), then the file saved whole by pikepdf."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        page = doc.pages[0]
        stream = page.obj.Contents
        content = stream.read_bytes()
        glyphs = re.findall(rb"<([0-9a-f]{4})", content)
        first = content.index(b"<" + glyphs[0]) + 1
        other = next(g for g in glyphs if g != glyphs[0])
        new = content[:first] + other + content[first + 4 :]
        if how == "make_stream":
            page.obj.Contents = doc.make_stream(new)
        else:
            stream.write(new)
        if xmp:
            with doc.open_metadata() as meta:
                meta["xmp:ModifyDate"] = "2026-03-06T10:00:00+00:00"
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


@pytest.mark.parametrize(("how", "xmp"), [("make_stream", True), ("write", False)])
def test_a_page_stream_deflated_anew_among_the_producers_streams_is_found(
    how: str, xmp: bool
) -> None:
    """WeasyPrint deflates at level 9, qpdf at 6: a page stream written anew stands out among
    the fonts the save kept as they were (before: I214 only, with the XMP naming pikepdf)."""
    _, genuine = _genuine(45, "weasyprint")
    edited = _bytes_replaced(genuine, how, xmp)
    facts = read_facts(edited, ocr=False)
    assert facts["rewritten_pages"] == [] and facts["reencoded_pages"] == [1]
    report = check_invoice(edited, filename="a.pdf", ocr=False)
    assert "I231" in report.codes and "altered" in report.tags


def _touched(data: bytes, how: str) -> bytes:
    """What merging, splitting, stamping or linearizing tools do to a genuine file."""
    with pikepdf.open(io.BytesIO(data)) as doc, pikepdf.open(io.BytesIO(data)) as copy:
        target = doc
        if how == "merge":
            target = pikepdf.new()
            target.pages.extend(doc.pages)
            target.pages.extend(copy.pages)
        elif how == "overlay":
            stamp = pikepdf.new()
            stamp.add_blank_page(page_size=(595, 842))
            stamp.pages[0].obj.Contents = stamp.make_stream(b"1 0 0 RG 400 780 m 560 780 l S")
            pikepdf.Page(doc.pages[0]).add_overlay(doc.copy_foreign(stamp.pages[0].obj))
        with target.open_metadata() as meta:
            meta["xmp:ModifyDate"] = "2026-03-06T10:00:00+00:00"
        out = io.BytesIO()
        target.save(out, linearize=how == "linearize", recompress_flate=how == "recompress")
        return out.getvalue()


@pytest.mark.parametrize("how", ["merge", "overlay", "linearize", "recompress"])
def test_a_file_merged_stamped_or_recompressed_by_qpdf_keeps_its_deflate(how: str) -> None:
    _, genuine = _genuine(45, "weasyprint")
    touched = _touched(genuine, how)
    assert read_facts(touched, ocr=False)["reencoded_pages"] == []
    assert "I231" not in check_invoice(touched, filename="a.pdf", ocr=False).codes
