"""Item rows whose description wraps inside its cell (LibreOffice Calc's bottom-aligned cells,
HTML's top-aligned ones) and spreadsheet columns with left-aligned headers over right-aligned
numbers."""

from __future__ import annotations

import shutil
from datetime import date
from typing import Any

import pytest

from reinstate.invoices.fields import build_lines, extract


def _word(text: str, x0: float, top: float, x1: float | None = None) -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x1 if x1 is not None else x0 + 5.5 * len(text),
        "top": top,
        "bottom": top + 10,
        "size": 10.0,
        "font": "f",
        "word": True,
    }


def _head() -> list[dict[str, Any]]:
    return [
        _word("INVOICE", 58, 40),
        _word("Invoice", 228, 60),
        _word("Date:", 270, 60),
        _word("2026-12-05", 300, 60),
        # Calc: text left-aligned in its cell, numbers right-aligned (Qty's cell is 228-311)
        _word("Description", 58, 100),
        _word("Model", 137, 100),
        _word("Qty", 228, 100, 248),
        _word("Unit", 313, 100),
        _word("Price", 340, 100, 368),
        _word("Amount", 398, 100, 442),
    ]


def _row(top: float, desc: list[str], code: str, qty: str, unit: str, total: str) -> list[Any]:
    words, x = [], 58.0
    for d in desc:
        words.append(_word(d, x, top))
        x += 5.5 * len(d) + 3
    return [
        *words,
        _word(code, 137, top),
        _word(qty, 291, top, 311),
        _word(unit, 367, top, 396),
        _word(total, 436, top, 481),
    ]


def _items(words: list[dict[str, Any]]) -> list[tuple[str, str | None, float | None, float | None]]:
    fields = extract(build_lines({"number": 1, "chars": words}))
    return [(i.description, i.code, i.quantity, i.line_total) for i in fields.items]


def test_calc_rows_with_descriptions_wrapped_above_their_numbers() -> None:
    """The false I110 on Calc exports: the quantity was taken for the unit price (nearer its
    header), the row dropped, and each wrapped first line given to the row above."""
    words = [
        *_head(),
        _word("Travel", 58, 112),
        _word("mug", 95, 112),
        *_row(124, ["350", "ml"], "TM-350", "100", "13.69", "1,369.00"),
        _word("Kitchen", 58, 136),
        _word("scale", 100, 136),
        *_row(148, ["digital"], "KS-5KG", "200", "17.07", "3,414.00"),
        *_row(160, ["Silicone", "sleeve"], "HB-SL02", "100", "23.29", "2,329.00"),
        _word("Subtotal", 228, 190),
        _word("7,112.00", 436, 190, 481),
    ]
    assert _items(words) == [
        ("Travel mug 350 ml", "TM-350", 100, 1369.0),
        ("Kitchen scale digital", "KS-5KG", 200, 3414.0),
        ("Silicone sleeve", "HB-SL02", 100, 2329.0),
    ]


def test_a_wrapped_run_between_rows_goes_by_its_width() -> None:
    """No wrapped line before the first row or after the last: a run wider than the description
    beside the numbers above starts the next row; a narrower one continues the row above."""
    words = [
        *_head(),
        *_row(112, ["Sleeve"], "HB-SL02", "100", "23.29", "2,329.00"),
        _word("不锈钢保温水", 58, 124, 130),
        *_row(136, ["杯"], "HB-750S", "50", "1.34", "67.00"),
        *_row(148, ["Lunch", "box", "with"], "HB-LB11", "10", "2.00", "20.00"),
        _word("lid", 58, 160),
        *_row(172, ["Board"], "BC-3020", "10", "1.00", "10.00"),
    ]
    assert [d for d, *_ in _items(words)] == [
        "Sleeve",
        "不锈钢保温水 杯",
        "Lunch box with lid",
        "Board",
    ]


def test_a_description_wrapped_below_its_row_stays_with_it() -> None:
    words = [
        *_head(),
        *_row(112, ["Stainless", "steel", "water"], "HB-750S", "50", "2.00", "100.00"),
        _word("bottle", 58, 124),
        _word("750", 95, 124),
        _word("ml", 117, 124),
        *_row(136, ["Sleeve"], "HB-SL02", "100", "1.00", "100.00"),
    ]
    assert [d for d, *_ in _items(words)][:1] == ["Stainless steel water bottle 750 ml"]


def test_a_measure_is_no_model_number() -> None:
    words = [*_head(), *_row(112, ["Flask", "750ml"], "HB-750S", "120", "289", "34,680")]
    assert _items(words)[0][1] == "HB-750S"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice")
def test_calc_export_with_wrapped_descriptions_has_no_false_finding() -> None:
    from support.invoice_corpus import random_spec
    from support.invoice_producers import make_calc_wrapped_batch

    from reinstate.invoices import check_invoice

    specs = [random_spec(50, lang="en", issued=date(2026, 12, 5)),
             random_spec(51, lang="de", issued=date(2026, 12, 5))]  # fmt: skip
    for spec, data in zip(specs, make_calc_wrapped_batch(specs), strict=True):
        report = check_invoice(data, filename="calc.pdf", isolate=False)
        assert not report.codes & {"I109", "I110", "I112"}, report.codes
        assert [(i.code, i.quantity) for i in report.fields.items] == [
            (code, q) for _d, code, q, _p in spec.items
        ]
        assert report.fields.totals["total"] == pytest.approx(spec.total)
