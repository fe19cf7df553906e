"""A white box drawn over a scanned PDF page (the scan's pixels untouched) is marked (I213)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from support.invoice_corpus import make_scan, random_spec, scan_pdf_overlay

from reinstate.invoices.check import check_invoice
from reinstate.invoices.scan_overlay import covers_on_scan


def _spec(k: int) -> tuple[Any, datetime]:
    spec = random_spec(500 + k, lang=("en", "zh")[k % 2])
    return spec, datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


def _page(covers: list[tuple[float, float, float, float]], image_cover: float) -> dict[str, Any]:
    return {
        "width": 595.0,
        "height": 842.0,
        "image_cover": image_cover,
        "covers": [{"x0": a, "top": b, "x1": c, "bottom": d, "order": 9} for a, b, c, d in covers],
    }


def test_a_white_box_over_a_scanned_pdf_is_an_editing_sign() -> None:
    for k in range(2):
        spec, made = _spec(k)
        report = check_invoice(scan_pdf_overlay(spec, made, seed=k, variant=k), ocr=False)
        assert "I213" in report.codes
        assert "altered" in report.tags
        # Marked where the box is: on the page, the size of a value.
        marks = [m for f, m in zip(report.findings, report.marks, strict=True) if f.code == "I213"]
        boxes = [m.bbox for m in marks if m.page == 1 and m.bbox is not None]
        assert boxes and len(boxes) == len(marks)
        assert all((b[2] - b[0]) * (b[3] - b[1]) < 0.2 * 595 * 842 for b in boxes)


def test_the_scanned_pdf_it_was_made_from_draws_nothing_over_its_scan() -> None:
    spec, made = _spec(0)
    report = check_invoice(make_scan(spec, made, "scan_pdf", 0), ocr=False)
    assert "I213" not in report.codes


def test_only_value_sized_white_boxes_on_a_page_that_is_one_scan_count() -> None:
    value = (400.0, 300.0, 480.0, 312.0)
    assert covers_on_scan(_page([value], 1.0), text_chars=5) == [list(value)]
    # A text page (its own text, or a picture that does not fill it) keeps its white boxes to
    # the text checks (I209).
    assert covers_on_scan(_page([value], 1.0), text_chars=300) == []
    assert covers_on_scan(_page([value], 0.3), text_chars=5) == []
    # A page-sized white background is not a value covered.
    assert covers_on_scan(_page([(0.0, 0.0, 595.0, 842.0)], 1.0), text_chars=5) == []
