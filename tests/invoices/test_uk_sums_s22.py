"""Session 22: UK invoices whose sums were told unconfirmed or whose total was misread: a till
receipt's rows (a name, an amount with VAT and its VAT code, "2 @ 14.06" under it) read as no
items, their unit prices as amounts no label placed; a wholesaler's sums column printed beside
its VAT analysis on the same rows read as one line with the analysis ("R 5%  2,121.08  106.05
INVOICE TOTAL GBP 30,927.03"), "Goods total" and "Total Net Amount" taken for the total,
"Carriage" for a tax, and a "Net" column for no amount. Each test failed before its fix. Pages
and figures are my own, placed word by word."""

from __future__ import annotations

from support.arith_check import sums_found
from support.ocr_words import word

from reinstate.invoices.fields import Fields, build_lines, extract

MONO = "Courier"
Cells = list[tuple[str, float]]


def _fields(rows: list[tuple[float, Cells]], font: str = MONO) -> Fields:
    chars = [word(text, x, top, font) for top, cells in rows for text, x in cells]
    return extract(build_lines({"number": 1, "chars": chars}))


def _receipt(
    rows: list[tuple[str, str, str]], total: str, font: str = MONO, label: str = "TOTAL 7 ITEMS"
) -> Fields:
    """A till receipt: its head, `rows` (name, amount, "n @ price" or ""), the total, the card
    line and a VAT analysis."""
    lines: list[tuple[float, Cells]] = [
        (10, [("ASHWORTH CASH & CARRY", 40)]),
        (22, [("Unit 4 Mill Lane, Bolton BL1 2AB", 30)]),
        (34, [("VAT No GB 123 4567 89", 40)]),
        (46, [("*** VAT RECEIPT ***", 50)]),
    ]
    top = 70.0
    for name, amount, each in rows:
        lines.append((top, [(name, 8), (amount, 180), ("A", 215)]))
        top += 12
        if each:
            lines.append((top, [(each, 16)]))
            top += 12
    lines += [
        (top, [("-" * 30, 8)]),
        (top + 14, [(label, 8), (total, 180)] if label else [(total, 180)]),
        (top + 28, [("VISA DEBIT", 8), (total, 180)]),
        (top + 44, [("VAT RATE", 8), ("NET", 90), ("VAT", 130), ("GROSS", 170)]),
        (top + 58, [("A", 8), ("20%", 30), ("55.50", 90), ("11.10", 130), ("66.60", 170)]),
        (top + 76, [("12/03/2026 14:05 TILL 3 RECEIPT NO 4471", 8)]),
    ]
    return _fields(lines, font)


ROWS = [
    ("KITCHEN ROLL 12PK", "23.70", "2 @ 11.85"),
    ("TEA BAGS 240S", "4.20", ""),
    ("BIN BAGS 200PK", "38.70", "3 @ 12.90"),
]


def test_a_till_receipts_rows_make_its_total() -> None:
    # 23.70 + 4.20 + 38.70 = 66.60: read as no items, "12.90" was an amount no label placed
    # and the sums were told unconfirmed
    f = _receipt(ROWS, "66.60")
    assert [(i.quantity, i.unit_price, i.line_total) for i in f.items] == [
        (2, 11.85, 23.70),
        (None, None, 4.20),
        (3, 12.90, 38.70),
    ]
    assert f.unplaced_bare == []
    assert sums_found(f, gate=True) == {}


def test_a_till_receipts_total_off_its_rows_is_an_error() -> None:
    # the total raised by 10.00 over rows that make 66.60, on a text layer
    f = _receipt(ROWS, "76.60")
    assert sums_found(f, gate=True)["I110"]["expected"] == "66.60"


def test_an_ocr_read_till_receipt_off_its_rows_is_not_confirmed() -> None:
    # a faded row read by OCR: what the rows do not make is not called wrong
    f = _receipt(ROWS, "76.60", font="ocr")
    found = sums_found(f, ocr=True, gate=True)
    assert "I110" not in found and "I116" in found


def test_rows_above_an_invoices_total_are_no_till_rows() -> None:
    # two lines of words and an amount above a total, no VAT code, no quantity line: a note
    # and a charge, not a till's rows
    f = _fields(
        [
            (10, [("INVOICE", 200)]),
            (30, [("Invoice No 2231", 20)]),
            (50, [("Thank you for your order", 20), ("12.00", 300)]),
            (62, [("Paid by card", 20), ("40.00", 300)]),
            (76, [("Total", 20), ("52.00", 300)]),
        ],
        font="Helvetica",
    )
    assert f.items == [] and not f.gross_rows


SUMS_BESIDE = [
    (400, [("VAT ANALYSIS", 40), ("Goods total", 380), ("1,000.00", 510)]),
    (412, [("Code Rate", 40), ("Goods", 100), ("VAT", 145), ("Carriage", 380), ("25.00", 520)]),
    (
        424,
        [("S", 40), ("20%", 62), ("800.00", 100), ("160.00", 150), ("VAT", 380), ("165.00", 515)],
    ),
    (436, [("Z", 40), ("0%", 66), ("225.00", 100), ("0.00", 150)]),
    (450, [("INVOICE TOTAL GBP", 380), ("1,190.00", 510)]),
]


def test_sums_beside_a_vat_analysis_are_read_apart_from_its_rows() -> None:
    # goods 1,000.00 + carriage 25.00 + VAT 165.00 (20 % of 825.00) = 1,190.00; the goods'
    # total was the total, the carriage the tax
    head: list[tuple[float, Cells]] = [
        (20, [("INVOICE", 400)]),
        (40, [("Invoice No ITD/4410", 40)]),
    ]
    f = _fields(head + SUMS_BESIDE, font="Helvetica")
    assert f.totals == {
        "subtotal": 1000.00,
        "shipping": 25.00,
        "tax": 165.00,
        "total": 1190.00,
    }


def test_total_net_amount_is_the_net_sum() -> None:
    f = _fields(
        [
            (20, [("INVOICE", 400)]),
            (
                300,
                [
                    ("VAT Code Rate", 40),
                    ("Net", 130),
                    ("VAT", 170),
                    ("Total Net Amount", 400),
                    ("172.80", 520),
                ],
            ),
            (
                312,
                [
                    ("S", 40),
                    ("20%", 100),
                    ("94.80", 130),
                    ("18.96", 170),
                    ("Carriage", 400),
                    ("15.00", 525),
                ],
            ),
            (324, [("Total VAT Amount", 400), ("21.96", 525)]),
            (338, [("INVOICE TOTAL £ 209.76", 400)]),
        ],
        font="Helvetica",
    )
    assert f.totals["subtotal"] == 172.80 and f.totals["total"] == 209.76


def test_a_net_column_is_the_rows_amount() -> None:
    f = _fields(
        [
            (20, [("INVOICE", 400)]),
            (
                100,
                [
                    ("Product", 40),
                    ("Description", 100),
                    ("Qty", 300),
                    ("Price", 340),
                    ("VAT", 400),
                    ("Net", 450),
                ],
            ),
            (
                114,
                [
                    ("AB123", 40),
                    ("Gel pens black", 100),
                    ("4", 305),
                    ("13.95", 340),
                    ("S", 405),
                    ("55.80", 450),
                ],
            ),
            (
                126,
                [
                    ("AB124", 40),
                    ("Sticky notes", 100),
                    ("12", 305),
                    ("3.87", 340),
                    ("S", 405),
                    ("46.44", 450),
                ],
            ),
            (140, [("Goods total", 380), ("102.24", 450)]),
        ],
        font="Helvetica",
    )
    assert [i.line_total for i in f.items] == [55.80, 46.44]


def _words(text: str, x0: float) -> Cells:
    """A cell's words, each placed on its own as a text layer sets them."""
    cells: Cells = []
    for part in text.split():
        cells.append((part, x0))
        x0 += 5.5 * (len(part) + 1)
    return cells


ROW_ONE: Cells = [("3.95", 380), ("0", 440), ("94.80", 500)]
ROW_TWO: Cells = [("3.25", 380), ("0", 440), ("78.00", 500)]


def test_a_pack_size_in_a_description_after_the_quantity_column_is_no_price() -> None:
    # "QUANTITY | DETAILS | UNIT PRICE | DISC % | NET AMOUNT": the row's "(pk 10)" took the
    # price's place, the discount's "0" the amount's, and a genuine row was told wrong (I109)
    f = _fields(
        [
            (20, [("INVOICE", 400)]),
            (
                100,
                [
                    ("QUANTITY", 50),
                    ("DETAILS", 200),
                    ("UNIT PRICE", 345),
                    ("DISC %", 410),
                    ("NET AMOUNT", 460),
                ],
            ),
            (114, _words("24 64014 Exercise books A4 (pk 10)", 88) + ROW_ONE),
            (126, _words("24 45340 Academic diary A5", 88) + ROW_TWO),
            (140, [("Total Net Amount", 400), ("172.80", 500)]),
        ],
        font="Helvetica",
    )
    assert [(i.quantity, i.unit_price, i.line_total) for i in f.items] == [
        (24, 3.95, 94.80),
        (24, 3.25, 78.00),
    ]
    assert sums_found(f, gate=True) == {}


def test_a_till_total_whose_label_ocr_lost_is_the_amount_its_rows_make() -> None:
    # "TOTAL 7 ITEMS" lost to the photo's glare: "66.60" alone under the rows that make it
    f = _receipt(ROWS, "66.60", font="ocr", label="")
    assert f.totals["total"] == 66.60
    assert [i.line_total for i in f.items] == [23.70, 4.20, 38.70]
    # rows that do not make the bare amount give no total: the label may have named another
    f = _receipt(ROWS, "70.60", font="ocr", label="")
    assert "total" not in f.totals and f.items == []


def test_a_discount_for_paying_early_in_the_terms_is_no_sum() -> None:
    # the terms' box wraps "Zahlungsbedingungen: 10 Tage 2 % Skonto, 30 Tage netto": its
    # "Skonto, 30" (30 days) was a discount of 30.00, and the rows' true sum was told wrong
    f = _fields(
        [
            (20, [("RECHNUNG", 400)]),
            (40, [("Zahlungsbedingungen Skonto, 30", 390)]),
            (52, [("Tage netto", 480)]),
            (100, [("Bezeichnung", 40), ("Menge", 290), ("Einzelpreis", 335), ("Netto EUR", 500)]),
            (
                114,
                [*_words("Packband braun 50 mm", 40), ("10", 300), ("1,32", 340), ("13,20", 500)],
            ),
            (126, [*_words("Faltkarton 1-wellig", 40), ("20", 300), ("0,46", 340), ("9,20", 500)]),
            (140, [("Summe netto", 400), ("22,40", 500)]),
            (152, [("USt. 19 %", 400), ("4,26", 500)]),
            (164, [("Rechnungsbetrag EUR", 400), ("26,66", 500)]),
        ],
        font="Helvetica",
    )
    assert "discount" not in f.totals
    assert sums_found(f, gate=True) == {}
