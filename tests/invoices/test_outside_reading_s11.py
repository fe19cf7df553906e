"""Session 11: what outside invoices (invoices6's phone photos, screenshots and fapiao; invoices4,
invoices7) showed misread; each test failed before its fix. Pages are words placed by hand."""

from __future__ import annotations

from datetime import date

from support.ocr_words import read_rows, word

from reinstate.invoices.fields import Fields, build_lines, extract, title_kind


def _cells(*rows: tuple[float, list[tuple[str, float, float]]]) -> Fields:
    """A text PDF's page from cells placed with their own widths: (top, [(text, x0, x1)])."""
    words = [word("FATTURA", 400, 20, "Helvetica"), word("Ceramiche Tosco S.p.A.", 50, 40)]
    for top, cells in rows:
        for text, x0, x1 in cells:
            words.append({**word(text, x0, top, "Helvetica"), "x1": x1})
    return extract(build_lines({"number": 1, "chars": words}))


def test_a_quantity_under_a_narrow_header_nearer_the_price() -> None:
    # A Calc sheet: "Q.tà" left-aligned over a right-aligned "60" that sits nearer "Prezzo
    # unit."; nearest-header put 60 in the price and 76,31 in the discount: no item at all, and
    # the supplier's own error (60 × 76,31 is not 4.588,60) went unseen.
    head = [("Descrizione", 97, 140), ("Q.tà", 233, 249), ("Prezzo", 270, 296), ("unit.", 298, 316)]
    head += [("Sconto", 332, 360), ("IVA", 375, 388), ("Importo", 417, 447)]
    fields = _cells(
        (181, head),
        (192, [("Borsa", 97, 121), ("60", 258, 268), ("76,31", 308, 331), ("22%", 398, 416)]),
        (192, [("4.588,60", 454, 489)]),
        (218, [("Moka", 97, 119), ("1", 263, 268), ("70,27", 308, 331), ("5%", 360, 373)]),
        (218, [("4%", 402, 416), ("66,76", 467, 489)]),
    )
    first, second = fields.items
    assert (first.quantity, first.unit_price, first.line_total) == (60, 76.31, 4588.60)
    # "5%" under "Sconto" is the line's discount: 70,27 less 5% is 66,76, no arithmetic error
    assert (second.quantity, second.unit_price, second.discount) == (1, 70.27, 5)


def test_numbers_right_aligned_under_centred_headers() -> None:
    # A fapiao's table: two-character headers centred over wide cells, the numbers at the
    # cells' right edges, nearer the next header than their own.
    fields = read_rows(
        "增值税普通发票",
        "宁波恒远家居用品有限公司",
        (170, [("货物名称", 44), ("数量", 400), ("单价", 483), ("金额", 588), ("税率", 680)]),
        (170, [("税额", 721)]),
        (186, [("硅胶铲五件套", 44), ("2000", 454), ("69.68", 552), ("139,360.00", 620)]),
        (186, [("13%", 697), ("18,116.80", 748)]),
        font="Helvetica",
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (2000, 69.68, 139360)
    assert item.tax_amount == 18116.80


def test_a_fapiao_total_whose_label_ocr_garbled() -> None:
    # "价税合计（大写）... （小写）¥42012.27" read "BU (AS) OBANTSSRRAM AR  CANS ) ¥42012.27"
    rows = [
        (170, [("电子发票", 170), ("(增值税专用发票)", 230)]),
        (196, [("发票号码:", 397), ("26669697969089569473", 450)]),
        (300, [("3720.60", 480)]),
        (315, [("a", 52), ("a", 70), ("¥4833.27", 480)]),
        (347, [("BU (AS) OBANTSSRRAM AR", 74), ("CANS )", 300), ("¥42012.27", 340)]),
        (362, [("备注:", 56), ("1988351826581621470", 200)]),
    ]
    fields = read_rows("发票.pdf", "深圳市宝安区锐科电子厂", *rows)
    assert fields.totals["total"] == 42012.27
    # the same lines on a page that is no fapiao: the largest amount is no total
    fields = read_rows("Invoice.pdf", "Shenzhen Ruike", *rows[2:])
    assert "total" not in fields.totals


def test_grand_total_below_a_subtotal_and_the_total_in_words_label() -> None:
    # A Chinese sales invoice: 小计, 优惠 (a discount), 税额, then 合计, the grand total
    fields = read_rows(
        "销售发票",
        "永康市创博工贸有限公司",
        (332, [("小计:", 467), ("¥333,782.60", 500)]),
        (346, [("优惠 10%:", 446), ("-¥33,378.26", 500)]),
        (360, [("税额 13%:", 449), ("¥39,052.56", 500)]),
        (374, [("合计:", 434), ("¥339,456.90", 500)]),
        font="Helvetica",
    )
    totals = fields.totals
    assert (totals["subtotal"], totals["total"]) == (333782.60, 339456.90)
    assert abs(totals["discount"]) == 33378.26
    # a photo whose labels were lost: "合计人民币（大写）" under the amount column names its
    # last amount as the total, not the subtotal
    fields = read_rows(
        "收款单",
        "宁波市鄞州佳诚塑胶制品有限公司",
        (305, [("¥53,259.00", 471)]),
        (318, [("6,923.67", 475)]),
        (332, [("¥60,182.67", 465)]),
        (351, [("合计人民币 ( 大写 ) :", 94), ("MA PHARMA MRT", 200)]),
    )
    assert fields.totals == {"subtotal": 53259.0, "tax": 6923.67, "total": 60182.67}


def _fapiao_with_remark(remark: str, value: str, subtotal: str) -> list[float | None]:
    fields = read_rows(
        "增值税普通发票",
        "义乌市澜庭日用品商行",
        (170, [("货物名称", 44), ("数量", 400), ("单价", 483), ("金额", 588)]),
        (186, [("超细纤维抹布", 44), ("300", 460), ("7.66", 560), ("2,298.00", 620)]),
        (202, [("折叠购物袋", 44), ("600", 460), ("2.44", 560), ("1,464.00", 620)]),
        (219, [("合", 306), ("计", 340), (subtotal, 620), ("¥511.81", 700)]),
        (234, [("价税合计（大写）", 44), ("（小写）¥4,448.81", 500)]),
        (261, [("售", 48), (remark, 300), (value, 340)]),
        font="Helvetica",
    )
    return [i.line_total for i in fields.items]


def test_a_freight_or_discount_in_the_remark_is_a_line_of_the_fapiao() -> None:
    # "备注 运费 175.00": the lines (3,762) and the freight make the 合计 (3,937)
    assert _fapiao_with_remark("运费", "175.00", "¥3,937.00") == [2298, 1464, 175]
    assert _fapiao_with_remark("折扣", "175.00", "¥3,587.00") == [2298, 1464, -175]
    # a remark that does not make the lines add up is not taken as a line
    assert _fapiao_with_remark("运费", "175.00", "¥3,762.00") == [2298, 1464]


def test_a_title_in_spaced_capitals() -> None:
    assert title_kind("P U R C H A S E O R D E R") == "order_confirmation"
    assert title_kind("I N V O I C E") == "invoice"
    assert title_kind("P R O F O R M A  I N V O I C E") == "pro_forma"
    assert title_kind("A B C D") is None


def test_a_letter_under_an_invoice_title_is_no_invoice() -> None:
    # an authorisation letter: titled INVOICE, no amount, a letter's words
    fields = read_rows(
        "INVOICE",
        "Shenzhen Lumacore Electronics Co., Ltd.",
        (120, [("10/08/2025", 500)]),
        (134, [("To whom it may concern,", 57)]),
        (148, [("We hereby confirm that Tuozhou Trading has purchased the goods", 57)]),
        (217, [("Yours faithfully,", 57)]),
        font="Helvetica",
    )
    assert fields.document_type == "letter"
    # with an amount it stays an invoice (a cover note above the totals)
    fields = read_rows(
        "INVOICE",
        "Shenzhen Lumacore Electronics Co., Ltd.",
        (134, [("Dear customer, thank you for your order.", 57)]),
        (300, [("Total", 400), ("USD 1,250.00", 460)]),
        font="Helvetica",
    )
    assert fields.document_type == "invoice"


def test_a_jis_yen_sign_and_a_registration_number_beside_the_total() -> None:
    # "ご請求金額 \\1.971.067 (税込)  登録番号: 1714900707750", its label garbled "gums:"
    fields = read_rows(
        "請求書",
        "拓洲ジャパン合同会社",
        (150, [("ご請求金額", 57), ("\\1.971.067", 130), ("(税込)", 200)]),
        (150, [("gums:", 420), ("1714900707750", 450)]),
    )
    assert fields.totals["total"] == 1971067


def test_a_german_day_whose_full_stop_ocr_read_as_a_comma() -> None:
    fields = read_rows(
        "RECHNUNG",
        "Küchenwerk GmbH",
        (181, [("Rechnungsdatum", 300), ("13, November 2026", 380)]),
    )
    assert fields.invoice_date == date(2026, 11, 13)


def test_a_discount_whose_decimal_mark_ocr_lost_is_read_by_its_rate() -> None:
    fields = read_rows(
        "RECHNUNG",
        "Küchenwerk GmbH",
        (278, [("Zwischensumme", 354), ("269,86", 440)]),
        (292, [("Rabatt 2%", 354), ("540", 450)]),
        (305, [("Versandkosten", 354), ("48,90", 440)]),
        (320, [("USt. 0%", 354), ("0,00", 450)]),
        (334, [("313,36 EUR", 431)]),
    )
    assert fields.totals["discount"] == 5.40
    assert fields.totals["total"] == 313.36
    # where the rate does not bear it out, the amount stays as read
    fields = read_rows(
        "RECHNUNG",
        "Küchenwerk GmbH",
        (278, [("Zwischensumme", 354), ("269,86", 440)]),
        (292, [("Rabatt 3%", 354), ("540", 450)]),
    )
    assert fields.totals["discount"] == 540


def test_an_unreadable_total_keeps_what_ocr_read_for_the_finding() -> None:
    # I115 tells the user what the photo gave for the total it withheld, and where
    words = [word("FACTURA", 400, 20), word("Iberia Tech S.L.", 50, 60)]
    words += [word("Base imponible", 300, 150), word("991,22", 420, 150)]
    words += [word("TOTAL FACTURA", 300, 180), word("1.187,03", 420, 180)]
    for w in words:
        w["conf"] = 95.0
    words[-1]["conf"] = 44.0
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.total_unreadable and "total" not in fields.totals
    assert fields.total_as_read is not None
    value, (page, _box) = fields.total_as_read
    assert (value, page) == (1187.03, 1)


def test_shipping_and_discount_under_a_total_printed_at_the_top() -> None:
    # "ご請求金額 ¥116,527" heads the page; 送料 and 値引 below the 小計 make it up (they were
    # taken for remarks under the total, and the total then looked wrong by their sum)
    fields = read_rows(
        "請求書",
        "株式会社ミドリ通販",
        (160, [("ご請求金額", 70), ("¥116,527", 130)]),
        (306, [("小計(税抜)", 326), ("¥107,280", 480)]),
        (326, [("送料", 326), ("¥800", 480)]),
        (344, [("値引", 326), ("-¥2,146", 480)]),
        (360, [("消費税(10%対象)", 326), ("¥10,593", 480)]),
        (379, [("合計", 326), ("¥116,527", 480)]),
    )
    assert fields.totals["shipping"] == 800 and abs(fields.totals["discount"]) == 2146


def test_a_whole_row_keeps_its_columns_when_a_merged_header_leaves_a_number_over() -> None:
    # "IGST %  IGST Amt  Total" read as one header cell: the row's last number has no column of
    # its own, which must not shift the quantity into the HSN column
    head = [("HSN", 238, 256), ("Qty", 281, 296), ("Rate", 315, 335), ("Taxable Value", 345, 404)]
    head += [("IGST % IGST Amt Total", 412, 489)]
    fields = _cells(
        (230, head),
        (246, [("Wireless mouse", 54, 114), ("84716060", 226, 265), ("150", 274, 288)]),
        (246, [("268.69", 312, 339), ("40,303.50", 367, 406), ("18%", 426, 443)]),
        (246, [("7,254.63", 456, 490), ("47,558.13", 520, 559)]),
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (150, 268.69, 40303.50)


def test_a_wrapped_description_line_with_a_number_is_no_item() -> None:
    # "Silicone kitchen / utensil set, 12 / pcs": the "12" line reaches no number column (read
    # in order, it fell between the quantity's and the price's headers: an item of 12, no price,
    # and the lines' sum was no longer checked)
    head = [("Description", 90, 140), ("Qty", 223, 239), ("Unit Price", 306, 325)]
    head += [("Amount", 472, 508)]
    fields = _cells(
        (240, head),
        (252, [("Silicone kitchen", 90, 160), ("500", 240, 255), ("43.73", 390, 415)]),
        (252, [("21,865.00", 500, 545)]),
        (263, [("utensil set,", 140, 185), ("12", 188, 198)]),
        (275, [("pcs", 140, 155)]),
    )
    (item,) = fields.items
    assert item.quantity == 500 and "utensil set, 12" in item.description


def test_a_total_whose_label_is_unreadable_is_the_sum_of_the_amounts_above_it() -> None:
    # CJK labels drawn in a font without CJK glyphs come out as NULs: only the amounts are read
    rows = [
        (223, [("\x00" * 6, 345), ("¥12,230.00", 500)]),
        (237, [("\x00" * 6 + " 3%", 345), ("-¥366.90", 511)]),
        (251, [("\x00" * 6, 345), ("¥1,680.21", 505)]),
        (265, [("\x00" * 6 + " 13%", 345), ("¥1,760.63", 505)]),
        (282, [("\x00" * 6, 345), ("¥15,303.94", 500)]),
    ]
    fields = read_rows("\x00\x00\x00\x00", "\x00\x00\x00", *rows, font="DejaVuSans")
    assert fields.totals["total"] == 15303.94
    # an amount that is not the sum of those above is no total
    rows[-1] = (282, [("\x00" * 6, 345), ("¥15,313.94", 500)])
    fields = read_rows("\x00\x00\x00\x00", "\x00\x00\x00", *rows, font="DejaVuSans")
    assert "total" not in fields.totals
    # and the page is said to hold text without characters: no "not an invoice" claim then
    assert fields.glyphs_unmapped
    assert not read_rows("INVOICE", "Acme Ltd", *rows[:1]).glyphs_unmapped
