"""Session 24: an amount typed again before its page was flattened to a picture keeps a bold
currency beside regular figures (I265); a genuine flattened page, a layout that prints every
currency heavier than its figures and a scan are not flagged. Pages and figures are my own."""

from __future__ import annotations

import pytest
from support import retyped_total

from reinstate.invoices import check_invoice
from reinstate.invoices.retyped_amount import heavier_currencies

pytest.importorskip("fpdf")
pytest.importorskip("pypdfium2")
pytest.importorskip("cv2")


def _codes(data: bytes) -> set[str]:
    return set(check_invoice(data, filename="invoice.pdf", ocr=True).codes)


def test_retyped_total_on_a_flattened_page_is_flagged() -> None:
    report = check_invoice(retyped_total.flattened_pdf(retyped=True), filename="i.pdf", ocr=True)
    found = [f for f in report.findings if f.rule.code == "I265"]
    assert found and "altered" in found[0].rule.tags
    assert "I227" in report.codes


def test_genuine_flattened_page_is_not_flagged() -> None:
    assert "I265" not in _codes(retyped_total.flattened_pdf(retyped=False))


def test_retyped_total_in_a_text_pdf_is_not_judged_by_pixels() -> None:
    assert "I265" not in _codes(retyped_total.invoice_pdf(retyped=True))


def _word(text: str, x0: float, x1: float, top: float = 100.0) -> dict[str, object]:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10}


def _glyphs(x0: float, count: int, stroke: float, top: float = 100.0) -> list[list[float]]:
    return [[x0 + 7 * i, top, x0 + 7 * i + 6, top + 10, stroke] for i in range(count)]


def test_currency_heavier_than_its_figures_is_found() -> None:
    words = [_word("EUR", 10, 30), _word("350.90", 34, 76)]
    strokes = _glyphs(10, 3, 2.6) + _glyphs(34, 6, 1.7)
    assert heavier_currencies(strokes, words)[0]["ratio"] == pytest.approx(1.53, abs=0.01)


def test_a_layout_printing_every_currency_heavier_is_not_flagged() -> None:
    """Set against the page's other amounts in that currency, the step is the layout's."""
    words, strokes = [], []
    for row in range(3):
        top = 100.0 + 20 * row
        words += [_word("EUR", 10, 30, top), _word("350.90", 34, 76, top)]
        strokes += _glyphs(10, 3, 2.6, top) + _glyphs(34, 6, 1.7, top)
    assert heavier_currencies(strokes, words) == []


def test_a_currency_of_another_size_is_not_weighed() -> None:
    words = [_word("$", 10, 16), _word("1,618.00", 20, 76)]
    strokes = [[10, 95, 16, 120, 2.8], *_glyphs(20, 6, 1.7)]
    assert heavier_currencies(strokes, words) == []
