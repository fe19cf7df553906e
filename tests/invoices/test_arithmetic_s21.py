"""Session 21: arithmetic errors missed on outside layouts: a Chinese discount column's percent
taken for the row's amount, a Czech price column ("Cena/MJ bez DPH") unread whole or wrapped
over two header words, a tax named only as left out of the prices ("bez DPH") holding the rows
back from the total, two taxes on one base (Canada's TPS and TVQ) neither checked nor bearing
out the total; and sums made from rows the page does not print (each row's own tax summed is
not the tax) told as wrong. Each test failed before its fix. Pages and figures are my own,
placed word by word."""

from __future__ import annotations

from support.arith_check import sums_found
from support.ocr_words import word

from reinstate.invoices.fields import Fields, build_lines, extract

TEXT = "Helvetica"
Cells = list[tuple[str, float]]


def _fields(rows: list[tuple[float, Cells]]) -> Fields:
    chars = [
        word(text, x, top, TEXT)
        for top, cells in [
            (20, [("INVOICE", 400)]),
            (40, [("Larchmont Trading Co., 8 Quay Road, Cork T12 X2V4", 50)]),
            (60, [("Invoice No: LT-5521   Date: 2026-02-11", 50)]),
            *rows,
        ]
        for text, x in cells
    ]
    return extract(build_lines({"number": 1, "chars": chars}))


DISCOUNT_HEAD = (
    100,
    [("序号", 40), ("项目名称", 70), ("数量", 280), ("单价", 330), ("折扣", 380), ("金额", 440)],
)


DISCOUNT = [("5", 385), ("1,225.50", 440)]


def test_a_chinese_discount_columns_percent_is_no_amount() -> None:
    # 1000 × 1.29 less 5 % is 1,225.50; the rows make 2,963.00, the total prints 2,972.00
    f = _fields(
        [
            DISCOUNT_HEAD,
            (120, [("1", 40), ("Folding cup", 70), ("1000", 280), ("1.29", 330), *DISCOUNT]),
            (
                135,
                [("2", 40), ("Bamboo shelf", 70), ("250", 280), ("6.95", 330), ("1,737.50", 440)],
            ),
            (160, [("价税合计", 380), ("2,972.00", 440)]),
        ]
    )
    assert [i.line_total for i in f.items] == [1225.5, 1737.5]
    found = sums_found(f, gate=True)
    assert "I116" not in found
    assert found["I110"]["expected"] == "2,963"


CZECH_HEAD = [("Č.", 40), ("Označení dodávky", 60), ("Množství", 220), ("MJ", 270)]


def _row(
    top: float, no: str, name: str, qty: str, price: str, amount: str, *, price_at: float
) -> tuple[float, Cells]:
    cells = [(no, 40), (name, 60), (qty, 220), ("ks", 270), (price, price_at), (amount, 420)]
    return top, cells


def test_a_czech_price_per_unit_column_is_read() -> None:
    # 72 × 262,00 is 18 864,00; the row prints 18 914,00
    f = _fields(
        [
            (100, [*CZECH_HEAD, ("Cena/MJ bez DPH", 310), ("Základ", 420)]),
            _row(120, "1", "Termoska 0,5 l", "72", "262,00", "18 914,00", price_at=330),
            _row(135, "2", "Věšák", "24", "163,68", "3 928,32", price_at=330),
            (160, [("Celkem", 330), ("22 792,32", 420)]),
        ]
    )
    assert [i.unit_price for i in f.items] == [262.0, 163.68]
    assert sums_found(f, gate=True)["I109"]["found"] == "18,914"


def test_a_price_header_wrapped_over_two_words_and_a_tax_named_only_as_left_out() -> None:
    # "Cena/MJ" over "bez DPH"; the rows make 111 206,00, the total prints 111 260,00 (two
    # figures swapped); the page names its tax only as left out of the prices: exempt supply
    f = _fields(
        [
            (88, [("Cena/MJ", 310)]),
            (100, [*CZECH_HEAD, ("bez", 310), ("DPH", 332), ("Základ", 420)]),
            _row(120, "1", "Termoska 0,5 l", "200", "248,11", "49 622,00", price_at=315),
            _row(135, "2", "Box 20 l", "80", "114,80", "9 184,00", price_at=315),
            _row(150, "3", "Termoska B55", "200", "262,00", "52 400,00", price_at=315),
            (175, [("Celkem", 330), ("111 260,00", 420)]),
            (190, [("Celkem k úhradě: 111 260,00 CZK", 40)]),
            (200, [("Osvobozené dodání zboží do jiného členského státu", 40)]),
        ]
    )
    assert [i.unit_price for i in f.items][:2] == [248.11, 114.8]
    assert not f.tax_named
    found = sums_found(f, gate=True)
    assert found["I110"]["expected"] == "111,206"


CAD_HEAD = (100, [("Code", 40), ("Description", 100), ("Qté", 300), ("Prix unitaire", 340)])


def _quebec(tps: str, tvq: str, total: str) -> Fields:
    # 500 × 13,05 and 60 × 5,45 make 6 852,00; less 5 % (342,60) and with 180,92 of freight the
    # base is 6 690,32: TPS 5 % is 334,52, TVQ 9,975 % is 667,36
    return _fields(
        [
            (CAD_HEAD[0], [*CAD_HEAD[1], ("Montant", 450)]),
            (
                120,
                [
                    ("TOY-120", 40),
                    ("Blocs", 100),
                    ("500", 300),
                    ("13,05 $", 340),
                    ("6 525,00 $", 450),
                ],
            ),
            (
                135,
                [
                    ("PET-2", 40),
                    ("Bols inox", 100),
                    ("60", 300),
                    ("5,45 $", 340),
                    ("327,00 $", 450),
                ],
            ),
            (160, [("Sous-total", 340), ("6 852,00 $", 450)]),
            (175, [("Remise 5%", 340), ("-342,60 $", 450)]),
            (190, [("Transport", 340), ("180,92 $", 450)]),
            (205, [("TPS 5%", 340), (tps, 450)]),
            (220, [("TVQ 9,975%", 340), (tvq, 450)]),
            (235, [("Total (CAD)", 340), (total, 450)]),
        ]
    )


def test_two_taxes_on_one_base_each_against_its_rate() -> None:
    # TPS printed a dollar over its 5 %, the total made from it
    found = sums_found(_quebec("335,52 $", "667,36 $", "7 693,20 $"), gate=True)
    assert found["I110"]["label"] == "tax at 5%"
    assert found["I110"]["expected"] == "334.52"
    assert sums_found(_quebec("334,52 $", "667,36 $", "7 692,20 $"), gate=True) == {}


def test_a_zero_rate_tax_bears_no_base_out() -> None:
    # "VAT 0%  0.00" holds on every base: the 20 % is of its own goods' base (5,000.00 of the
    # 8,000.00), not of the subtotal
    f = _fields(
        [
            (100, [("Item", 40), ("Qty", 220), ("Unit price", 280), ("Amount", 420)]),
            (120, [("Books", 40), ("100", 220), ("30.00", 280), ("3,000.00", 420)]),
            (135, [("Lamps", 40), ("50", 220), ("100.00", 280), ("5,000.00", 420)]),
            (160, [("Subtotal", 280), ("8,000.00", 420)]),
            (175, [("VAT 0%", 280), ("0.00", 420)]),
            (190, [("VAT 20%", 280), ("1,000.00", 420)]),
            (205, [("Total", 280), ("9,000.00", 420)]),
        ]
    )
    assert "I110" not in sums_found(f, gate=True)


def test_two_taxes_on_one_base_bear_out_a_total_off_by_no_slip() -> None:
    # the parts make 7 692,20; the total prints 7 674,20 (18 under): both taxes hold
    found = sums_found(_quebec("334,52 $", "667,36 $", "7 674,20 $"), gate=True)
    assert "I116" not in found
    assert found["I110"]["expected"] == "7,692.20"


FAPIAO_HEAD = (
    100,
    [("货物名称", 40), ("数量", 220), ("单价", 270), ("金额", 330), ("税率", 400), ("税额", 450)],
)


def _taxed(
    top: float, name: str, qty: str, price: str, amount: str, tax: str
) -> tuple[float, Cells]:
    return top, [(name, 40), (qty, 220), (price, 270), (amount, 330), ("13%", 400), (tax, 450)]


def test_sums_made_from_rows_the_page_does_not_print_are_not_told_wrong() -> None:
    # the rows make 280.14 and their own taxes 36.42; the sums print 1,046.14 and its 13 %
    # (136.00), and the total both: the sums were made from rows this page does not show
    f = _fields(
        [
            FAPIAO_HEAD,
            _taxed(120, "Phone case", "12", "8.65", "103.80", "13.49"),
            _taxed(135, "Pet bowl", "6", "29.39", "176.34", "22.93"),
            (160, [("合计", 40), ("¥1,046.14", 330), ("¥136.00", 450)]),
            (175, [("价税合计（小写）", 270), ("¥1,182.14", 450)]),
        ]
    )
    found = sums_found(f, gate=True)
    assert "I110" not in found
    assert found["I116"]["found"] == "1,046.14"


PL_HEAD: Cells = [("Lp.", 40), ("Nazwa", 60), ("Ilość", 220), ("Cena netto", 280)]


def test_each_rates_tax_total_adds_to_the_tax() -> None:
    # "Razem VAT 23%" then "Razem VAT 5%": each rate's total, not the sum of the taxes above
    f = _fields(
        [
            (100, [*PL_HEAD, ("Wartość netto", 360), ("VAT %", 440)]),
            (120, [("1", 40), ("Karton", 60), ("48", 220), ("2,78", 280), *_rated("133,44", "5%")]),
            (135, [("2", 40), ("Kurier", 60), ("1", 220), ("60,00", 280), *_rated("60,00", "23%")]),
            (160, [("Razem netto", 280), ("193,44", 360)]),
            (175, [("Razem VAT 23%", 280), ("13,80", 360)]),
            (190, [("Razem VAT 5%", 280), ("6,67", 360)]),
            (205, [("Razem brutto", 280), ("213,91", 360)]),
        ]
    )
    assert f.totals["tax"] == 20.47
    assert sums_found(f, gate=True) == {}


def _rated(amount: str, rate: str) -> Cells:
    return [(amount, 360), (rate, 440)]


DE_HEAD: Cells = [("Pos.", 40), ("Bezeichnung", 60), ("Menge", 220), ("Einh.", 260)]


def test_a_net_unit_price_head_is_the_price_not_the_amount() -> None:
    # "Einzelpreis netto": its "netto" took the prices for the rows' amounts (I116 on the total)
    f = _fields(
        [
            (100, [*DE_HEAD, ("Einzelpreis netto", 300), ("Netto", 420)]),
            (
                120,
                [("1", 40), ("Filzkorb", 60), ("150", 220), ("Stk.", 260), *_net("6,12", "918,00")],
            ),
            (
                135,
                [
                    ("2", 40),
                    ("Thermobecher", 60),
                    ("36", 220),
                    ("Stk.", 260),
                    *_net("9,78", "352,08"),
                ],
            ),
            (160, [("Gesamtbetrag", 300), ("1.270,08", 420)]),
        ]
    )
    assert [i.unit_price for i in f.items] == [6.12, 9.78]
    assert sums_found(f, gate=True) == {}


def _net(price: str, amount: str) -> Cells:
    return [(price, 310), (amount, 420)]


PRICE_CELL = [("MJ", 262), ("Cena/MJ", 275), ("bez", 316), ("DPH", 336)]


def test_a_three_word_price_head_is_not_cut_at_its_tax() -> None:
    # "Cena/MJ bez DPH" in one cell beside "MJ", the price right-aligned under its "DPH",
    # which alone is no tax column
    f = _fields(
        [
            (100, [("Č.", 40), ("Označení", 60), ("Množství", 220), *PRICE_CELL, ("Základ", 430)]),
            (
                120,
                [
                    ("1", 40),
                    ("Box", 60),
                    ("100", 220),
                    ("ks", 262),
                    ("104,34", 320),
                    ("10 434,00", 420),
                ],
            ),
            (145, [("Celkem", 330), ("10 434,00", 420)]),
        ]
    )
    assert [i.unit_price for i in f.items] == [104.34]
    assert sums_found(f, gate=True) == {}


def test_a_price_before_an_empty_discount_cell_is_the_price() -> None:
    # headers left-aligned, numbers right-aligned: "2,66" ends before "Rabatt %" starts,
    # nearer it than its own header; 240 × 2,66 is 638,40, the row prints 63,84
    head = [*DE_HEAD, ("Einzelpreis netto", 330), ("Rabatt %", 452), ("Netto", 510)]
    f = _fields(
        [
            (100, head),
            (120, [("1", 40), ("Filzkorb", 60), ("50", 220), *_off("11,90", "3", "577,15")]),
            (
                135,
                [("2", 40), ("Kabel-Set", 60), ("240", 220), ("Set", 260), *_bare("2,66", "63,84")],
            ),
            (
                150,
                [("3", 40), ("Becher", 60), ("36", 220), ("Stk.", 260), *_bare("9,78", "352,08")],
            ),
            (
                165,
                [("4", 40), ("Lampe", 60), ("100", 220), ("Stk.", 260), *_bare("3,25", "325,00")],
            ),
            (190, [("Gesamtbetrag", 420), ("1.318,07", 510)]),
        ]
    )
    assert [i.unit_price for i in f.items] == [11.9, 2.66, 9.78, 3.25]
    assert sums_found(f, gate=True)["I109"]["expected"] == "638.40"


def _off(price: str, percent: str, amount: str) -> Cells:
    return [("Stk.", 260), (price, 422), (percent, 501), (amount, 523)]


def _bare(price: str, amount: str) -> Cells:
    return [(price, 427), (amount, 523)]
