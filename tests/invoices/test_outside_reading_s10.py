"""Session 10: what outside invoices (invoices4, invoices5) showed misread; each test failed
before its fix."""

from __future__ import annotations

from datetime import date

from support.arith_check import codes_found
from support.ocr_words import read_rows, word

from reinstate.invoices.amount_words import amount_in_words
from reinstate.invoices.fields import build_lines, extract, parse_number


def test_the_documents_own_cents_decide_the_decimal_mark() -> None:
    # A Polish buyer's address made a yen invoice "Polish": "¥709,994" read as 709.994.
    fields = read_rows(
        "INVOICE",
        "Osaka Trading Co., Ltd.",
        (80, [("ul. Rabowicka 15, 62-020 Swarzędz", 50)]),
        (90, [("NIP PL7831904426", 50)]),
        (120, [("Subtotal", 300), ("¥709,994", 420)]),
        (135, [("Discount", 300), ("¥-14,200", 420)]),
        (150, [("Total", 300), ("¥695,794", 420)]),
        font="Helvetica",
    )
    assert fields.lang == "pl"
    assert fields.totals["total"] == 695794
    # ...while a Polish invoice's own "1 234,56" keeps the decimal comma
    fields = read_rows(
        "Faktura VAT",
        "Elektromax Sp. z o.o.",
        (120, [("Razem netto", 300), ("1 000,00", 420)]),
        (135, [("VAT 23%", 300), ("230,00", 420)]),
        (150, [("Do zapłaty", 300), ("1 230,00", 420)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 1230.0


def test_a_dash_after_a_yen_amount_is_no_minus() -> None:
    assert parse_number("￥2,663,852-") == 2663852
    assert parse_number("100,00-", decimal_comma=True) == -100.0  # accounting's trailing minus


def test_polish_l_read_as_t_by_ocr() -> None:
    fields = read_rows(
        "Faktura VAT",
        "Elektromax Hurt Sp. z o.o.",
        (120, [("Razem netto", 300), ("57 217,00 PLN", 420)]),
        (135, [("VAT 23%", 300), ("13 178,12 PLN", 420)]),
        (150, [("Do zaptaty", 300), ("70 474,30 PLN", 420)]),
    )
    assert fields.totals["total"] == 70474.30


def test_an_order_reference_is_no_title_beside_the_invoice_title() -> None:
    # OCR's word heights: the label's read taller than the title's
    words = [word("Faktura VAT", 400, 20), word("Elektromax Hurt Sp. z o.o.", 50, 60)]
    words += [word("Zamówienie", 300, 95), word("PO-WX-0591", 400, 95)]
    words[2]["size"] = 12.0
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.document_type == "invoice"
    # an order alone, with its number, is still an order
    fields = read_rows("Zamówienie", "Elektromax Hurt Sp. z o.o.", (95, [("Nr", 300)]))
    assert fields.document_type == "order_confirmation"


def test_a_pro_forma_title_hyphenated_over_two_lines() -> None:
    # the logo's text and the title's first half read as one cell
    words = [word("ED · Elbtal Distribution GmbH & PROFORMA-", 200, 20), word("RECHNUNG", 400, 35)]
    words += [word("Rechnungsnr.", 300, 120), word("RE-2026-10596", 400, 120)]
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.document_type == "pro_forma"


def test_polish_date_of_sale_and_japanese_kanji_greeting_name_an_invoice() -> None:
    fields = read_rows(
        "xx",
        "Elektromax Hurt Sp. z o.o.",
        (80, [("Data sprzedaży", 300), ("24.08.2025", 400)]),
        (150, [("Razem netto", 300), ("1 000,00", 420)]),
    )
    assert fields.document_type == "invoice"
    fields = read_rows(
        "AR",
        "株式会社テスト",
        (80, [("下記の通りご請求申し上げます。", 50)]),
        (150, [("小計", 300), ("2.393.420 円", 420)]),
    )
    assert fields.document_type == "invoice"


def test_a_total_whose_label_is_garbled_is_the_amount_equal_to_the_sum() -> None:
    fields = read_rows(
        "請求書",
        "有限会社アキバ電材",
        (80, [("cmxem", 50), ("2.632.762 円", 200)]),
        (150, [("小計", 300), ("2.393.420 円", 420)]),
        (165, [("消費税 (10%対象)", 300), ("239.342 円", 420)]),
        (180, [("[anor", 300), ("zzzazm", 420)]),
    )
    assert fields.totals["total"] == 2632762


def test_a_rules_number_beside_the_tax_name_is_no_tax() -> None:
    fields = read_rows(
        "TAX INVOICE",
        "Shreeji Electronics Pvt. Ltd.",
        (40, [("Export Invoice - Rule 46 CGST Rules, 2017", 50)]),
        (150, [("Total Taxable Value", 300), ("5,77,212.42", 420)]),
        (165, [("IGST @ 0%", 300), ("0.00", 420)]),
        (180, [("Grand Total", 300), ("5,77,212.42", 420)]),
    )
    assert fields.totals.get("tax") == 0.0


def test_amount_in_words() -> None:
    assert (
        amount_in_words(
            "Amount Chargeable (in words): Rupees Five Lakh Seventy-Seven Thousand Two Hundred"
            " Twelve and Forty-Two Paise Only"
        )
        == 577212.42
    )
    assert amount_in_words("US Dollars Nine Thousand One Hundred Eighty-Nine and 53/100 Only") == (
        9189.53
    )
    assert amount_in_words("Total in words: One Hundred Euros") == 100.0
    # a word OCR garbled, or no amount at all: nothing read
    assert amount_in_words("(in words): Rupees Five Lakh Sevnty Thousand Only") is None
    assert amount_in_words("Valid for 30 days only") is None


def test_total_in_words_stands_in_for_a_lost_or_misread_total() -> None:
    words = (
        "Amount Chargeable (in words): US Dollars Nine Thousand One Hundred Eighty-Nine"
        " and 53/100 Only"
    )
    fields = read_rows(
        "TAX INVOICE",
        "Vardhan Power Systems LLP",
        (150, [("Total Taxable Value", 300), ("USD 7,787.74|", 420)]),
        (165, [("IGST @ 18%", 300), ("USD 1,401.79", 420)]),
        (200, [(words, 50)]),
    )
    assert fields.totals["total"] == 9189.53
    # a total OCR misread, the words agreeing with the sum: the words are taken
    fields = read_rows(
        "TAX INVOICE",
        "Vardhan Power Systems LLP",
        (150, [("Total Taxable Value", 300), ("USD 7,787.74", 420)]),
        (165, [("IGST @ 18%", 300), ("USD 1,401.79", 420)]),
        (180, [("Grand Total", 300), ("USD 9,789.53", 420)]),
        (200, [(words, 50)]),
    )
    assert fields.totals["total"] == 9189.53
    # both readings agree on a total the sum does not make: the document's own error stays
    fields = read_rows(
        "TAX INVOICE",
        "Vardhan Power Systems LLP",
        (150, [("Total Taxable Value", 300), ("USD 7,000.00", 420)]),
        (165, [("IGST @ 18%", 300), ("USD 1,401.79", 420)]),
        (180, [("Grand Total", 300), ("USD 9,189.53", 420)]),
        (200, [(words, 50)]),
    )
    assert fields.totals["total"] == 9189.53


def test_the_invoice_number_or_the_due_date_settles_the_date_order() -> None:
    buyer = (70, [("ul. Rabowicka 15, NIP PL7831904426", 50)])
    fields = read_rows(
        "INVOICE",
        "Ningbo Haichen Co., Ltd.",
        buyer,
        (90, [("Invoice No.", 300), ("HQ20260912-01", 400)]),
        (105, [("Invoice date", 300), ("09/12/2026", 400)]),
        font="Helvetica",
    )
    assert fields.lang == "pl" and fields.invoice_date == date(2026, 9, 12)
    fields = read_rows(
        "INVOICE",
        "Ningbo Haichen Co., Ltd.",
        buyer,
        (105, [("Invoice date", 300), ("09/12/2026", 400)]),
        (120, [("Due date", 300), ("11/11/2026", 400)]),
        font="Helvetica",
    )
    assert fields.invoice_date == date(2026, 9, 12)
    # nothing to settle it: the language's order stands
    fields = read_rows(
        "INVOICE",
        "Ningbo Haichen Co., Ltd.",
        buyer,
        (105, [("Invoice date", 300), ("09/12/2026", 400)]),
        font="Helvetica",
    )
    assert fields.invoice_date == date(2026, 12, 9)


def _photo_totals(total: str, confidence: float) -> dict[str, float]:
    words = [word("FACTURA", 400, 20), word("Iberia Tech S.L.", 50, 60)]
    words += [word("Base imponible", 300, 150), word("991,22", 420, 150)]
    words += [word("Envío", 300, 165), word("65,00", 420, 165)]
    words += [word("TOTAL FACTURA", 300, 180), word(total, 420, 180)]
    for w in words:
        w["conf"] = 95.0
    words[-1]["conf"] = confidence
    fields = extract(build_lines({"number": 1, "chars": words}))
    return {**fields.totals, "unreadable": fields.total_unreadable}


def test_a_stray_mark_beside_a_sure_total_does_not_make_it_uncertain() -> None:
    words = [word("FACTURA", 400, 20), word("Iberia Tech S.L.", 50, 60)]
    words += [word("Base imponible", 300, 150), word("6.988,40", 420, 150)]
    words += [word("Total factura (EUR):", 250, 180), word("8.455,96", 380, 180)]
    words += [word("4", 470, 180)]
    for w, conf in zip(words, (95, 95, 95, 95, 95, 90, 48), strict=True):
        w["conf"] = float(conf)
    fields = extract(build_lines({"number": 1, "chars": words}))
    assert fields.totals["total"] == 8455.96


def test_an_uncertain_total_the_sums_contradict_is_not_given() -> None:
    # A phone photo's "1.157,03" read "1.187,03" at confidence 44, its VAT line lost: no total,
    # and the report says it could not be read, rather than a confident wrong one.
    totals = _photo_totals("1.187,03", 44.0)
    assert "total" not in totals and totals["unreadable"]
    # read with confidence, the same total is the document's own: kept (an arithmetic error)
    totals = _photo_totals("1.187,03", 93.0)
    assert totals["total"] == 1187.03 and not totals["unreadable"]
    # one digit off the sum, uncertain: the consistent amount is taken
    totals = _photo_totals("1.086,22", 40.0)
    assert totals["total"] == 1056.22
    # borne out by the sum: kept, however uncertain
    totals = _photo_totals("1.056,22", 40.0)
    assert totals["total"] == 1056.22


def test_an_articles_number_on_a_delivery_or_vat_line_is_no_amount() -> None:
    # "art. 262 ter I du CGI" on the reverse-charge line read as 262 of shipping: a false
    # "total does not add up" on a genuine invoice.
    fields = read_rows(
        "FACTURE",
        "Lyon Composants SAS",
        (150, [("Total HT", 300), ("9 353,37 €", 420)]),
        (165, [("Remise 2%", 300), ("-187,07 €", 420)]),
        (180, [("Total TTC", 300), ("9 166,30 €", 420)]),
        (195, [("Autoliquidation – livraison exonérée, art. 262 ter I du CGI.", 50)]),
        (210, [("VAT reverse charge - Art. 196 Directive 2006/112/EC", 50)]),
        font="Helvetica",
    )
    assert "shipping" not in fields.totals and "tax" not in fields.totals
    assert fields.totals["total"] == 9166.30


def test_a_measure_in_the_description_is_no_quantity() -> None:
    head = (
        100,
        [("#", 20), ("Description", 40), ("Qty", 310), ("Unit price", 360), ("Amount", 450)],
    )
    fields = read_rows(
        "INVOICE",
        "Shenzhen Bright Co., Ltd.",
        head,
        (
            115,
            [
                *[("1", 20), ("LED", 200), ("strip", 225), ("5", 262), ("m", 272)],
                *[("RGB", 282), ("36", 330), ("20.74", 372), ("746.64", 450)],
            ],
        ),
        font="Helvetica",
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (36, 20.74, 746.64)
    # cable sold by the metre: the quantity's own column keeps "25 m" a quantity
    fields = read_rows(
        "INVOICE",
        "Shenzhen Bright Co., Ltd.",
        (100, [("Description", 50), ("Qty", 300), ("Unit price", 360), ("Amount", 450)]),
        (115, [("Cable", 50), ("25", 300), ("m", 320), ("1.20", 360), ("30.00", 450)]),
        font="Helvetica",
    )
    assert fields.items[0].quantity == 25


def test_an_english_invoice_in_euros_puts_the_day_first() -> None:
    fields = read_rows(
        "INVOICE",
        "Hoffmann & Rieger GmbH",
        (90, [("Invoice date", 300), ("10/04/2026", 400)]),
        (150, [("Total", 300), ("EUR339.34", 420)]),
        font="Helvetica",
    )
    assert fields.invoice_date == date(2026, 4, 10)


def test_a_discount_in_a_remark_below_the_total_is_not_taken_off_again() -> None:
    fields = read_rows(
        "增值税普通发票",
        "宁波恒远家居用品有限公司",
        (150, [("合计", 50), ("¥159,037.77", 300), ("¥20,674.91", 420)]),
        (165, [("价税合计（大写）", 50), ("（小写）¥179,712.68", 420)]),
        (180, [("备注", 50), ("折扣 4,918.69", 300)]),
        font="SimSun",
    )
    assert "discount" not in fields.totals and fields.totals["total"] == 179712.68


def test_a_credit_notes_discount_is_taken_towards_zero() -> None:
    report_codes = _arithmetic_codes(
        ("Zwischensumme", "-2.003,64"),
        ("Rabatt 10%", "200,36"),
        ("Versandkosten", "-90,00"),
        ("Rechnungsbetrag", "-1.893,28 EUR"),
        title="GUTSCHRIFT",
    )
    assert "I110" not in report_codes
    # a total that does not add up is still one
    assert "I110" in _arithmetic_codes(
        ("Zwischensumme", "-2.003,64"),
        ("Rabatt 10%", "200,36"),
        ("Versandkosten", "-90,00"),
        ("Rechnungsbetrag", "-1.993,28 EUR"),
        title="GUTSCHRIFT",
    )


def _arithmetic_codes(*rows: tuple[str, str], title: str) -> set[str]:
    fields = read_rows(
        title,
        "Hoffmann & Rieger GmbH",
        *[(150 + 15 * i, [(label, 300), (amount, 420)]) for i, (label, amount) in enumerate(rows)],
        font="Helvetica",
    )
    return codes_found(fields)


def test_shipping_as_an_item_row_is_not_added_again() -> None:
    fields = read_rows(
        "FACTURE",
        "Transports Vauclair & Fils SARL",
        (100, [("Description", 50), ("Qté", 300), ("Prix unitaire", 360), ("Montant", 450)]),
        (115, [("Transport Leszno - Madrid", 50), ("1", 310), ("436,36", 370), ("436,36", 455)]),
        (150, [("Total HT", 300), ("436,36", 420)]),
        (165, [("Frais de port", 300), ("145,00", 420)]),
        (180, [("Total TTC", 300), ("581,36 €", 420)]),
        font="Helvetica",
    )
    assert fields.totals["shipping"] == 145.0
    # a truncated label cell ("Spese di trasport") still names the shipping
    fields = read_rows(
        "FATTURA",
        "Ferranti S.r.l.",
        (150, [("Imponibile", 300), ("798,15", 420)]),
        (165, [("Spese di trasport", 300), ("48,90", 420)]),
        (180, [("Totale docume", 300), ("847,05 €", 420)]),
        font="Helvetica",
    )
    assert fields.totals["shipping"] == 48.90


def test_a_bare_shipping_amount_ending_its_line_is_kept() -> None:
    fields = read_rows(
        "INVOICE",
        "Harbour Co.",
        (150, [("Subtotal", 300), ("100.00", 420)]),
        (165, [("Shipping", 300), ("25", 420)]),
        (180, [("Total", 300), ("125.00", 420)]),
        font="Helvetica",
    )
    assert fields.totals["shipping"] == 25
    # a page's number in a footer naming the VAT number is no tax either
    fields = read_rows(
        "FACTURE",
        "Atelier Lumignon SAS",
        (150, [("Total HT", 300), ("676,00", 420)]),
        (165, [("Total TTC", 300), ("676,00 €", 420)]),
        (200, [("Atelier Lumignon SAS · TVA FR08831442790", 50), ("Page 1", 420)]),
        font="Helvetica",
    )
    assert "tax" not in fields.totals
