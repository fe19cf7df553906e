"""Session 20: arithmetic on outside writers' layouts: a row's number taken for its tax, a cash
rounding's line, an article's number or a delivery date's line taken for an amount, a yen
discount OCR read with its backslash, a charge taken for the tax, an HSN code or a glued cell
taken for the quantity; and the gate's OCR'd row slips and thousand-fold rows. Each test failed
before its fix. Pages and figures are my own, placed word by word."""

from __future__ import annotations

from support.arith_check import sums_found
from support.ocr_words import word

from reinstate.invoices.arith_gate import Claim, doubt
from reinstate.invoices.fields import Fields, Item, build_lines, extract

TEXT = "Helvetica"
Cells = list[tuple[str, float]]


def _fields(rows: list[tuple[float, Cells]], font: str = TEXT) -> Fields:
    conf = {"conf": 92.0} if font == "ocr" else {}
    chars = [
        {**word(text, x, top, font), **conf}
        for top, cells in [
            (20, [("INVOICE", 400)]),
            (40, [("Kestrel Homewares Ltd, 14 Mill Lane, Leeds LS2 7AB", 50)]),
            (60, [("Invoice No: KH-2291   Date: 2026-03-14", 50)]),
            *rows,
        ]
        for text, x in cells
    ]
    return extract(build_lines({"number": 1, "chars": chars}))


HEAD = (100, [("#", 50), ("Description", 70), ("Qty", 300), ("Unit price", 360), ("Amount", 450)])


def test_the_rows_number_is_no_tax_on_the_row() -> None:
    # 150 × 1.20 is 180.00, printed 183.00: the row's "3" is no tax the amount includes
    f = _fields(
        [
            HEAD,
            (120, [("1", 50), ("Ceramic mug", 70), ("24", 300), ("6.25", 360), ("150.00", 450)]),
            (135, [("3", 50), ("Linen towel", 70), ("150", 300), ("1.20", 360), ("183.00", 450)]),
            (160, [("Subtotal", 360), ("333.00", 450)]),
            (175, [("Total", 360), ("333.00", 450)]),
        ]
    )
    assert [i.tax_included for i in f.items] == [None, None]
    assert sums_found(f, gate=True)["I109"]["found"] == "183"


def test_a_swiss_cash_rounding_is_part_of_the_total() -> None:
    # 275.60 + 8.1 % (22.32) is 297.92, rounded to 5 centimes: "Arrondi -0.02"
    f = _fields(
        [
            HEAD,
            (120, [("1", 50), ("Bracelet cuir", 70), ("20", 300), ("13.78", 360), ("275.60", 450)]),
            (160, [("Total HT", 360), ("CHF 275.60", 450)]),
            (175, [("TVA 8.1 %", 360), ("CHF 22.32", 450)]),
            (190, [("Arrondi", 360), ("CHF -0.02", 450)]),
            (205, [("Total TTC", 360), ("CHF 297.90", 450)]),
        ]
    )
    assert f.totals["rounding"] == -0.02
    assert not sums_found(f, gate=True)


def test_an_articles_number_on_a_page_of_whole_won_is_no_tax() -> None:
    f = _fields(
        [
            HEAD,
            (120, [("1", 50), ("Frying pan", 70), ("30", 300), ("20,000", 360), ("600,000", 450)]),
            (160, [("Subtotal", 360), ("KRW 600,000", 450)]),
            (175, [("Total", 360), ("KRW 600,000", 450)]),
            (200, [("Export sale - VAT zero-rated (Art. 21 VAT Act).", 50)]),
        ]
    )
    assert "tax" not in f.totals
    assert not sums_found(f, gate=True)


def test_a_yen_discount_ocr_read_with_a_backslash_is_read() -> None:
    # a JIS font's yen sign read as "\" before the discount's minus
    f = _fields(
        [
            (100, [("品名", 50), ("数量", 300), ("単価", 360), ("金額", 450)]),
            (120, [("緑茶ティーバッグ", 50), ("20", 300), ("500", 360), ("¥10,000", 450)]),
            (160, [("小計", 360), ("¥10,000", 450)]),
            (175, [("値引", 360), ("\\-500", 450)]),
            (190, [("消費税(10%)", 360), ("¥950", 450)]),
            (205, [("ご請求金額", 360), ("¥10,450", 450)]),
        ],
        font="ocr",
    )
    assert f.totals.get("discount") == -500
    assert not sums_found(f, ocr=True, gate=True)


def test_a_delivery_dates_line_is_no_charge() -> None:
    f = _fields(
        [
            (80, [("Date de livraison: 20/03/2026  Client n°: 34191", 50)]),
            HEAD,
            (120, [("1", 50), ("Savon au lait", 70), ("100", 300), ("2,88", 360), ("288,00", 450)]),
            (160, [("Total HT", 360), ("288,00 €", 450)]),
            (175, [("Frais de port", 360), ("5,95 €", 450)]),
            (190, [("TVA 20 %", 360), ("58,79 €", 450)]),
            (205, [("Total TTC", 360), ("352,74 €", 450)]),
        ]
    )
    assert f.totals["shipping"] == 5.95
    assert not sums_found(f, gate=True)


def test_a_charge_over_an_unlabelled_total_is_no_tax() -> None:
    f = _fields(
        [
            HEAD,
            (120, [("1", 50), ("Soy wax 10 lb", 70), ("12", 300), ("24.50", 360), ("294.00", 450)]),
            (160, [("Subtotal", 360), ("294.00", 450)]),
            (175, [("Shipping", 360), ("9.95", 450)]),
            (190, [("Amount received USD", 330), ("303.95", 450)]),
        ]
    )
    assert f.totals.get("total") == 303.95
    assert "tax" not in f.totals
    assert not sums_found(f, gate=True)


GST_HEAD = (
    100,
    [("Description", 50), ("HSN", 256), ("Qty", 301), ("Unit Price", 346), ("Amount", 420)],
)


def test_an_hsn_code_is_no_quantity() -> None:
    # the row's "100 Pcs" wrapped around it: no quantity on the row, the HSN code is none
    f = _fields(
        [
            GST_HEAD,
            (
                120,
                [
                    ("Cotton tote bag", 50),
                    ("4202", 256),
                    ("50", 301),
                    ("60.00", 346),
                    ("3,000.00", 420),
                ],
            ),
            (133, [("100", 301)]),
            (140, [("Jute shopper", 50), ("4202", 256), ("132.00", 346), ("13,200.00", 420)]),
            (147, [("Pcs", 301)]),
        ]
    )
    assert all(i.quantity != 4202 for i in f.items)
    assert not sums_found(f, gate=True)


def test_a_quantity_and_price_glued_in_one_word_are_both_read() -> None:
    f = _fields(
        [
            GST_HEAD,
            (
                120,
                [("Cotton kurti", 50), ("6204", 256), ("20\u00a0379.50", 331), ("7,590.00", 420)],
            ),
            (160, [("Subtotal", 346), ("7,590.00", 420)]),
            (175, [("Total", 346), ("7,590.00", 420)]),
        ]
    )
    assert (f.items[0].quantity, f.items[0].unit_price) == (20, 379.5)
    assert not sums_found(f, gate=True)


def _item(q: float, u: float, t: float) -> Item:
    return Item("Row", None, q, u, t, 1, (0, 0, 1, 1))


def test_an_ocr_rows_slip_the_sums_do_not_read_again_is_doubted() -> None:
    # 200 × 6.75 is 1,350.00, read 1,150.00; the subtotal read is neither sum of the rows
    rows = [_item(200, 6.75, 1150.0), _item(10, 40.0, 400.0)]
    f = Fields(totals={"subtotal": 1730.0, "total": 1730.0}, items=rows)
    assert doubt(f, True, [Claim(1350.0, 1150.0, "line “Row”", 200, 6.75)]) == ["read once"]
    # the subtotal adds the row as read: the supplier's figure, read twice
    f = Fields(totals={"subtotal": 1550.0, "total": 1550.0}, items=rows)
    assert doubt(f, True, [Claim(1350.0, 1150.0, "line “Row”", 200, 6.75)]) == [None]


def test_a_row_a_thousand_times_its_quantity_by_price_is_a_mark_misread() -> None:
    # "3,750" pieces read as 3.750 beside an amount of 3,675.00
    rows = [_item(3.75, 0.98, 3675.0), _item(100, 2.0, 200.0)]
    f = Fields(totals={"subtotal": 3875.0, "total": 3875.0}, items=rows)
    assert doubt(f, False, [Claim(3.68, 3675.0, "line “Row”", 3.75, 0.98)]) == ["marks"]
