"""Session 19: what the page bears out when a sum does not add up (`arith_gate`): a whole-unit
page's rounding, one change against several, a total with the tax the reading lost, rows read as
prices, and OCR's one-character misreads. Pages and figures are my own."""

from __future__ import annotations

import pytest

from reinstate.invoices import check_invoice
from reinstate.invoices.arith_gate import Claim, doubt
from reinstate.invoices.fields import Fields, Item

fpdf = pytest.importorskip("fpdf")

# A whole-yen page: 10 % of 7,154 is 715.4, printed 715 (cut to the yen).
YEN_ROWS = [("Kraft box S", 12, 230), ("Bubble wrap roll", 3, 1466)]
YEN_SUB = sum(q * p for _d, q, p in YEN_ROWS)  # 7,154
ROWS = [("Ceramic mug 350 ml", 24, 6.25), ("Linen tea towel", 40, 3.10), ("Oak tray", 5, 21.80)]
SUB = round(sum(q * p for _d, q, p in ROWS), 2)  # 383.00
TAX = round(SUB * 0.20, 2)  # 76.60


def _yen_invoice(tax: int, total: int) -> bytes:
    pdf = fpdf.FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", "", 11)
    pdf.text(50, 60, "Minato Packaging Co., Ltd., 2-3-1 Shibaura, Minato-ku, Tokyo 108-0023")
    pdf.text(50, 80, "INVOICE")
    pdf.text(50, 100, "Invoice No: MP-5521    Date: 4 February 2026")
    pdf.text(50, 120, "Bill to: Sakura Online KK, 1-1 Umeda, Kita-ku, Osaka")
    y = 170
    for head, x in (("Description", 50), ("Qty", 300), ("Unit price", 360), ("Amount", 470)):
        pdf.text(x, y, head)
    for desc, q, p in YEN_ROWS:
        y += 20
        for text, x in ((desc, 50), (str(q), 300), (f"JPY {p:,}", 360), (f"JPY {q * p:,}", 470)):
            pdf.text(x, y, text)
    for label, amount in (("Subtotal", YEN_SUB), ("Consumption tax 10%", tax), ("Total", total)):
        y += 24
        pdf.text(330, y, label)
        pdf.text(470, y, f"JPY {amount:,}")
    return bytes(pdf.output())


def _codes(data: bytes) -> set[str]:
    return check_invoice(data, filename="x.pdf").codes


def test_a_tax_cut_to_the_yen_is_not_an_error() -> None:
    # 715.4 printed 715: the difference is under the one unit the page prints
    codes = _codes(_yen_invoice(715, YEN_SUB + 715))
    assert not codes & {"I109", "I110"}


def test_a_yen_total_changed_is_an_error_though_its_tax_is_rounded() -> None:
    # the rounded tax is a relation that holds, not a second break: the total alone differs
    codes = _codes(_yen_invoice(715, YEN_SUB + 715 + 999))
    assert "I110" in codes


def _rows(rows: list[tuple[str, float, float]]) -> list[Item]:
    return [Item(d, None, q, p, round(q * p, 2), 1, (0, 0, 1, 1)) for d, q, p in rows]


def _yen_fields(total: float) -> Fields:
    f = Fields(totals={"subtotal": YEN_SUB, "tax": 715.0, "total": total})
    f.items, f.tax_rate = _rows(YEN_ROWS), 10.0
    return f


def test_rounding_under_the_pages_unit_is_doubted() -> None:
    f = _yen_fields(YEN_SUB + 715)
    assert doubt(f, False, [Claim(715.4, 715.0, "tax")]) == ["rounded"]
    assert doubt(f, False, [Claim(YEN_SUB + 715, YEN_SUB + 1714, "total")]) == [None]


def test_a_total_with_the_tax_the_reading_lost_and_one_figure_off_is_a_slip() -> None:
    # "VAT 23%" named, its amount not read: the total is the subtotal at 23 %, 1,000 too high
    f = Fields(totals={"subtotal": 2000.0, "total": 3460.0})
    f.tax_named = True
    assert doubt(f, False, [Claim(2000.0, 3460.0, "total")]) == [None]
    # without the slip the gap is the tax: not confirmed
    assert doubt(f, False, [Claim(2000.0, 2460.0, "total")]) != [None]


def test_rows_read_as_their_prices_are_the_readings() -> None:
    # the amount column read is the unit price: quantity × it makes the subtotal
    f = Fields(totals={"subtotal": SUB, "tax": TAX, "total": SUB + TAX})
    f.items = [Item(d, None, q, None, p, 1, (0, 0, 1, 1)) for d, q, p in ROWS]
    f.tax_rate = 20.0
    lines = round(sum(p for _d, _q, p in ROWS), 2)
    assert doubt(f, False, [Claim(lines, SUB, "subtotal")]) == ["prices"]


def _fields(**totals: float) -> Fields:
    f = Fields(totals=dict(totals))
    f.items, f.tax_rate = _rows(ROWS), 20.0
    return f


def test_several_differences_are_several_misreadings() -> None:
    f = _fields(subtotal=SUB, tax=TAX, total=SUB + TAX)
    mug = Claim(1875.0, 150.0, "line “Ceramic mug”", 300, 6.25)
    towel = Claim(1240.0, 124.0, "line “Linen tea towel”", 400, 3.10)
    assert doubt(f, False, [mug, towel]) == ["several", "several"]
    # one row and the sum above it, off by the same change, are one error
    f = _fields(subtotal=SUB, tax=TAX, total=SUB + TAX)
    mug = Claim(150.0, 218.37, "line “Ceramic mug”", 24, 6.25)
    assert doubt(f, False, [mug, Claim(SUB + 68.37, SUB, "subtotal")]) == [None, None]


def test_a_row_a_hundred_times_the_invoice_read_a_code_for_its_quantity() -> None:
    f = _fields(subtotal=SUB, tax=TAX, total=SUB + TAX)
    claim = Claim(24122000 * 6.25, 150.0, "line “Ceramic mug”", 24122000, 6.25)
    assert doubt(f, False, [claim]) == ["scale"]


def test_a_total_whose_tax_no_rate_bears_out_is_not_confirmed() -> None:
    f = _fields(subtotal=SUB, tax=131.13, total=SUB + TAX)
    assert doubt(f, False, [Claim(SUB + 131.13, SUB + TAX, "total")]) == ["tax unconfirmed"]


def test_a_sum_the_reading_doubted_already_breaks_the_page() -> None:
    f = _fields(subtotal=SUB, tax=TAX, total=1234.56)
    assert doubt(f, False, [Claim(SUB + TAX, 1234.56, "total")]) == [None]
    assert doubt(f, False, [Claim(SUB + TAX, 1234.56, "total")], unsure=1) == ["uncorroborated"]


def test_ocr_a_total_one_figure_off_is_kept_only_where_its_parts_are_borne_out() -> None:
    borne = _fields(subtotal=SUB, tax=TAX, total=SUB + TAX + 100)
    assert doubt(borne, True, [Claim(SUB + TAX, SUB + TAX + 100, "total")]) == [None]
    # the rows do not make the subtotal: the digit that differs may be any the OCR read once
    lone = _fields(subtotal=SUB + 10, tax=TAX, total=SUB + TAX + 110)
    assert doubt(lone, True, [Claim(SUB + 10 + TAX, SUB + TAX + 110, "total")]) == ["read once"]


def test_ocr_a_subtotal_one_figure_off_needs_the_total_to_read_it_again() -> None:
    # the subtotal as read (393.00) does not make the total: read once
    f = _fields(subtotal=SUB + 10, tax=TAX, total=SUB + TAX)
    assert doubt(f, True, [Claim(SUB, SUB + 10, "subtotal")]) == ["read once"]
    g = _fields(subtotal=SUB + 10, tax=TAX, total=SUB + 10 + TAX)
    assert doubt(g, True, [Claim(SUB, SUB + 10, "subtotal")]) == [None]


def test_ocr_a_row_the_subtotal_bears_out_and_no_misread_explains_is_an_error() -> None:
    # 24 × 6.25 = 150.00, printed 218.37 and added in the subtotal: no one character of the
    # quantity or price makes 218.37
    rows = _rows(ROWS)
    rows[0].line_total = 218.37
    sub = round(SUB - 150 + 218.37, 2)
    f = Fields(totals={"subtotal": sub, "tax": round(sub * 0.2, 2), "total": round(sub * 1.2, 2)})
    f.items, f.tax_rate = rows, 20.0
    assert doubt(f, True, [Claim(150.0, 218.37, "line “Ceramic mug”", 24, 6.25)]) == [None]
    # 40 × 3.10 printed 148.00: a price of 3.70 read as 3.10 makes it
    rows = _rows(ROWS)
    rows[1].line_total = 148.0
    sub = round(SUB - 124 + 148, 2)
    f.items = rows
    f.totals = {"subtotal": sub, "tax": round(sub * 0.2, 2), "total": round(sub * 1.2, 2)}
    claim = Claim(124.0, 148.0, "line “Linen tea towel”", 40, 3.10)
    assert doubt(f, True, [claim]) == ["uncorroborated"]
