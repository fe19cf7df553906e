"""Session 18: when a sum that does not add up is told as the invoice's error (I109/I110) or as
sums the reading could not confirm (I116), `arith_gate`. Pages and figures are my own."""

from __future__ import annotations

import pytest

from reinstate.invoices import check_invoice
from reinstate.invoices.arith_gate import Claim, doubt, slip
from reinstate.invoices.fields import Fields, Item

fpdf = pytest.importorskip("fpdf")

ROWS = [("Ceramic mug 350 ml", 24, 6.25), ("Linen tea towel", 40, 3.10), ("Oak tray", 5, 21.80)]
SUB = round(sum(q * p for _d, q, p in ROWS), 2)  # 383.00
TAX = round(SUB * 0.20, 2)  # 76.60


def _invoice(total: str, *, title: str = "INVOICE") -> bytes:
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    for y, text in ((60, "Harbour Homewares Ltd, 4 Quay Street, Bristol BS1 4DB"), (80, title)):
        pdf.text(50, y, text)
    pdf.text(50, 100, "Invoice No: HH-2291    Date: 12 March 2026")
    pdf.text(50, 120, "Bill to: Northfield Retail Ltd, 9 Mill Lane, Leeds LS2 7PQ")
    y = 170
    for head, x in (("Description", 50), ("Qty", 300), ("Unit price", 360), ("Amount", 470)):
        pdf.text(x, y, head)
    for desc, q, p in ROWS:
        y += 20
        for text, x in ((desc, 50), (str(q), 300), (f"{p:.2f}", 360), (f"{q * p:.2f}", 470)):
            pdf.text(x, y, text)
    for label, amount in (("Subtotal", f"{SUB:.2f}"), ("VAT 20%", f"{TAX:.2f}"), ("Total", total)):
        y += 24
        pdf.text(360, y, label)
        pdf.text(470, y, amount)
    return bytes(pdf.output())


def _codes(data: bytes) -> set[str]:
    return check_invoice(data, filename="x.pdf").codes


def test_a_total_mistyped_by_a_digit_is_still_an_error() -> None:
    assert "I110" in _codes(_invoice(f"{SUB + TAX + 100:.2f}"))


def test_a_total_changed_where_every_other_relation_holds_is_still_an_error() -> None:
    # rows, subtotal and the tax at its rate all hold: only the total was changed
    assert "I110" in _codes(_invoice(f"{(SUB + TAX) * 2.5:.2f}"))


def test_a_credit_notes_minus_is_not_an_error() -> None:
    codes = _codes(_invoice(f"-{SUB + TAX:.2f}", title="CREDIT NOTE"))
    assert not codes & {"I109", "I110"}


def test_slips() -> None:
    assert slip(62.87, 63.87) and slip(5986.68, 6086.68) and slip(45943.20, 45944.10)
    assert slip(3403.28, 3430.28) and slip(1375.75, 1357.75)  # two digits swapped
    assert not slip(1775.64, 1237.14) and not slip(642.0, -642.0) and not slip(350.0, 700.0)


def _fields(**totals: float) -> Fields:
    f = Fields(totals=dict(totals))
    f.items = [Item(d, None, q, p, round(q * p, 2), 1, (0, 0, 1, 1)) for d, q, p in ROWS]
    return f


def test_a_gap_that_is_an_amount_of_the_page_is_the_readings() -> None:
    # shipping printed, and taken by the reading as the tax as well: the gap is the shipping
    f = _fields(subtotal=SUB, shipping=12.5, total=SUB + 12.5)
    assert doubt(f, False, [Claim(SUB + 25.0, SUB + 12.5, "total")]) == ["printed"]


def test_a_lone_sum_with_nothing_else_to_bear_it_out_is_not_confirmed() -> None:
    # no row read with its quantity and price: the total against subtotal and tax is all there
    # is, and a tax misread breaks it as a changed total would
    f = Fields(totals={"subtotal": SUB, "tax": 131.13, "total": SUB + TAX})
    # (session 19: a tax no rate bears out is named as the reason)
    assert doubt(f, False, [Claim(SUB + 131.13, SUB + TAX, "total")]) == ["tax unconfirmed"]


def test_an_ocr_reading_with_nothing_else_to_bear_it_out_is_not_confirmed() -> None:
    f = _fields(subtotal=SUB, total=431.37)
    assert doubt(f, True, [Claim(SUB, 431.37, "total")]) == ["uncorroborated"]
