"""Session 12: what outside invoices (invoices4, invoices9) showed misread; each test failed
before its fix. Pages are words placed by hand."""

from __future__ import annotations

from typing import Any

from support.arith_check import checked
from support.ocr_words import Cells, text_lines, word

from reinstate.invoices.fields import Fields, build_lines, extract, title_kind


def _cells(*rows: Cells, title: str = "FATTURA") -> Fields:
    """A text PDF's page from cells placed with their own widths."""
    head: list[Cells] = [(20, [(title, 400, 440)]), (40, [("Ceramiche Tosco S.p.A.", 50, 160)])]
    return extract(text_lines(*head, *rows))


_HEAD = (100, [("Descrizione", 60, 116), ("Quantità", 330, 360), ("Prezzo", 400, 430)])
_HEAD[1].extend([("IVA", 464, 479), ("Importo", 520, 564)])


def test_italian_imposta_is_the_tax() -> None:
    # "Imposta 22%" under "Imponibile": not read, so the total looked 22% too high (I110 on six
    # genuine Italian invoices of invoices9)
    fields = _cells(
        _HEAD,
        (120, [("Cavo", 60, 80), ("10", 345, 360), ("20,00", 405, 430), ("22%", 464, 479)]),
        (120, [("200,00", 530, 564)]),
        (150, [("Imponibile", 400, 450), ("200,00", 530, 564)]),
        (165, [("Imposta", 400, 435), ("22%", 438, 452), ("44,00", 535, 564)]),
        (180, [("Totale", 380, 410), ("documento", 413, 460), ("244,00", 530, 564)]),
    )
    assert fields.totals == {"subtotal": 200, "tax": 44, "total": 244}


def test_two_tax_rates_under_a_total_printed_first() -> None:
    # A Japanese invoice prints "ご請求金額" above the table; the 消費税 lines at 10% and 8%
    # below the 小計 each add to the tax (only the first was taken once a total was read)
    fields = _cells(
        (60, [("ご請求金額", 50, 100), ("4,200円", 110, 150)]),
        (150, [("小計", 400, 430), ("3,800円", 500, 540)]),
        (165, [("消費税", 400, 430), ("10%", 435, 450), ("300円", 510, 540)]),
        (180, [("消費税", 400, 430), ("8%", 435, 450), ("100円", 510, 540)]),
        (195, [("ご請求金額", 400, 450), ("4,200円", 500, 540)]),
        title="請求書",
    )
    assert fields.totals["tax"] == 400
    # the same tax repeated in the per-rate breakdown under it is one tax, not two
    fields = _cells(
        (60, [("ご請求金額", 50, 100), ("44,363円", 110, 150)]),
        (150, [("小計", 400, 430), ("40,330円", 500, 540)]),
        (165, [("消費税", 400, 430), ("4,033円", 500, 540)]),
        (180, [("10%対象", 60, 100), ("40,330円", 105, 150), ("消費税", 160, 190)]),
        (180, [("4,033円", 195, 240)]),
        title="請求書",
    )
    assert fields.totals["tax"] == 4033


def test_thousands_grouped_with_the_fonts_own_wide_space() -> None:
    # fpdf2 with a font whose space is 0.55 of the text's height: "11 942,50" was two numbers,
    # the amount read 11
    fields = _cells(
        _HEAD,
        (120, [("Gourde", 60, 90), ("inox", 95.5, 115), ("250", 345, 360), ("47,77", 405, 430)]),
        (120, [("20%", 464, 479), ("11", 518, 528), ("942,50", 533.5, 564)]),
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (250, 47.77, 11942.50)


def test_a_number_ending_the_description_is_no_quantity() -> None:
    # "Tovaglia lino - colour 2  12  2.74  32.88", "Verzenddoos (bundel 25)": the description's
    # last number took the quantity's place (12 lost, an arithmetic error on a genuine file)
    fields = _cells(
        _HEAD,
        (120, [("Tovaglia", 60, 100), ("colour", 288, 318), ("2", 322, 328), ("12", 350, 360)]),
        (120, [("2,74", 410, 430), ("22%", 464, 479), ("32,88", 535, 564)]),
        # a Word cell wrapping "Duftkerze 200" before "g": the 200 ends short of the header
        (140, [("Duftkerze", 250, 296), ("200", 300, 315), ("40", 350, 360)]),
        (140, [("31,42", 405, 430), ("0", 470, 476), ("1.256,80", 525, 564)]),
        (151, [("g", 250, 256)]),
    )
    first, second = fields.items
    assert (first.quantity, first.unit_price, first.line_total) == (12, 2.74, 32.88)
    assert "colour 2" in first.description
    assert (second.quantity, second.unit_price, second.line_total) == (40, 31.42, 1256.80)


def test_a_label_printed_against_its_amount() -> None:
    # "Do zapłaty158 632,05 PLN": the amount's first group glued to the label; read 632,05
    fields = _cells(
        (150, [("Razem", 400, 430), ("netto", 433, 460), ("129 000,00", 500, 560)]),
        (165, [("Kwota", 400, 430), ("VAT", 433, 450), ("29 632,05", 505, 560)]),
        (180, [("Do", 400, 412), ("zapłaty158", 415, 470), ("632,05", 474, 505)]),
        (180, [("PLN", 510, 530)]),
        title="FAKTURA",
    )
    assert fields.totals["total"] == 158632.05


def test_a_table_continued_on_a_page_without_its_header() -> None:
    # A Calc sheet printed on two pages repeats no header row: the second page's rows were
    # not read, and the lines' sum fell short of the total
    row = [("Cavo", 60, 80), ("10", 345, 360), ("20,00", 405, 430), ("200,00", 530, 564)]
    first = text_lines(
        (20, [("FATTURA", 400, 440)]), (40, [("Ceramiche Tosco S.p.A.", 50, 160)]), _HEAD
    )
    first += text_lines(*((120 + 15 * k, row) for k in range(3)))
    second = text_lines((20, [("FT-2025-001", 250, 300)]), (40, row), (55, row), number=2)
    second += text_lines((80, [("Totale", 400, 430), ("1.000,00", 520, 564)]), number=2)
    fields = extract(first + second)
    assert len(fields.items) == 5
    assert [i.page for i in fields.items] == [1, 1, 1, 2, 2]


def test_two_headers_printed_against_each_other() -> None:
    # "J.m.Cena netto": the unit of measure's narrow header glued to the price's; no price
    # column was found, the price was read as the line's amount and the lines' sum was wrong
    head = [("Nazwa", 110, 140), ("towaru", 143, 178), ("Ilość", 353, 375)]
    head += [("J.m.Cena", 397, 440), ("netto", 443, 465), ("Wartość", 487, 525)]
    head += [("netto", 528, 555)]
    fields = _cells(
        (185, head),
        (205, [("Karton", 110, 140), ("24", 364, 375), ("szt.", 400, 415), ("4,79", 446, 465)]),
        (205, [("114,96", 526, 555)]),
        title="FAKTURA",
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (24, 4.79, 114.96)


def test_an_ocr_price_or_amount_that_lost_its_decimal_mark() -> None:
    # A copier scan's "1,17" read "117:" and "737,55" read "73755": an arithmetic error on a
    # genuine file. A hundredth that makes the row add up is taken; one that does not is no
    # value (a misreading, not the supplier's error)
    head = [("Bezeichnung", 137, 200), ("Menge", 276, 300), ("Einzelpreis", 430, 470)]
    head += [("Gesamt", 515, 545)]
    rows = [
        [("Karton", 137, 170), ("20", 281, 292), ("117:", 438, 460), ("23,40", 515, 542)],
        [("Schale", 137, 170), ("15", 281, 292), ("49,17", 438, 460), ("73755", 515, 542)],
        [("Folie", 137, 170), ("12", 281, 292), ("29,76", 438, 460), ("30712", 515, 542)],
        # "1.599,00" read "1,599,00": the last mark before two digits is the decimal one, as
        # on a totals line (read 159 900)
        [("Matte", 137, 170), ("100", 281, 292), ("15,99", 438, 460), ("1,599,00", 505, 542)],
    ]
    chars = [word("RECHNUNG", 400, 20), word("Packhaus GmbH", 50, 40)]
    chars += [word(text, x0, 100) | {"x1": x1} for text, x0, x1 in head]
    for k, row in enumerate(rows):
        chars += [word(text, x0, 120 + 15 * k) | {"x1": x1} for text, x0, x1 in row]
    fields = extract(build_lines({"number": 1, "chars": chars}))
    got = [(i.quantity, i.unit_price, i.line_total) for i in fields.items]
    assert got == [(20, 1.17, 23.40), (15, 49.17, 737.55), (12, 29.76, None), (100, 15.99, 1599)]


def test_a_shipping_box_sold_is_no_shipping_charge() -> None:
    # "Versandkarton" (a shipping box) on a row of a page whose table was not read (a scan's
    # second page) was taken for the shipping charge
    fields = _cells(
        (120, [("Versandkarton", 60, 120), ("150", 345, 360), ("121,50", 530, 564)]),
        (140, [("Versandkosten", 400, 460), ("12,00", 530, 564)]),
        title="RECHNUNG",
    )
    assert fields.totals["shipping"] == 12


def _ocr_page(*rows: tuple[float, list[tuple[str, float, float, float]]]) -> Fields:
    """An OCR'd page: (top, [(text, x0, x1, height)]), boxes as tight as Tesseract's."""
    chars = [word("FACTURE", 400, 20), word("Savonnerie Lyon SARL", 50, 40)]
    for top, cells in rows:
        for text, x0, x1, height in cells:
            chars.append(word(text, x0, top) | {"x1": x1, "bottom": top + height})
    return extract(build_lines({"number": 1, "chars": chars}))


_OCR_HEAD = (214, [("Désignation", 74, 117, 8), ("Qte", 367, 380, 8), ("P.U.", 435, 450, 8)])
_OCR_HEAD[1].extend([("HT", 453, 465, 8), ("Montant", 504, 535, 8), ("HT", 538, 550, 8)])


def test_ocr_thousands_groups_a_scan_split() -> None:
    # "2 132,50" as two boxes 0.63 of the digits' height apart, "1 275,00" read "1. 275,00":
    # the amounts were 2 and 275, two arithmetic errors on a genuine scan
    fields = _ocr_page(
        _OCR_HEAD,
        (330, [("Mug", 74, 89, 7.7), ("céramique", 92, 127, 7.7), ("250", 367, 379.5, 5.9)]),
        (330, [("8,53", 450.6, 464, 6.8), ("2", 520.3, 523.9, 5.9), ("132,50", 527.6, 550, 6.4)]),
        (349, [("Savon", 74, 95, 7.7), ("100", 368, 380, 5.9), ("12,75", 447, 464, 6.8)]),
        (349, [("1.", 522, 526, 5.9), ("275,00", 528, 550, 6.4)]),
    )
    got = [(i.quantity, i.unit_price, i.line_total) for i in fields.items]
    assert got == [(250, 8.53, 2132.50), (100, 12.75, 1275)]


def test_an_ocr_row_whose_quantity_is_unreadable_keeps_its_amount() -> None:
    # "Plaid  m4  12,95  310,80": no quantity read, the row was dropped and the lines' sum
    # fell short of the subtotal by its amount (I110 on a genuine scan)
    fields = _ocr_page(
        _OCR_HEAD,
        (330, [("Mug", 74, 89, 7.7), ("10", 370, 380, 5.9), ("8,53", 450, 464, 6.8)]),
        (330, [("85,30", 527, 550, 6.4)]),
        (349, [("Plaid", 74, 95, 7.7), ("m4", 372, 380, 5.9), ("12,95", 447, 464, 6.8)]),
        (349, [("310,80", 527, 550, 6.4)]),
    )
    assert [(i.quantity, i.line_total) for i in fields.items] == [(10, 85.30), (None, 310.80)]


def test_an_ocr_tax_one_digit_off_its_rate() -> None:
    # "TVA 20%  6 827,19" for 6 827,79: the rate's tax makes the total to the cent
    fields = _ocr_page(
        (396, [("Total", 300, 320, 8), ("HT", 323, 333, 8), ("34 138,94", 508, 552, 8)]),
        (414, [("TVA", 300, 320, 8), ("20%", 323, 337, 8), ("6 827,19", 512, 552, 8)]),
        (432, [("Total", 300, 320, 8), ("TTC", 323, 346, 8), ("40 966,73", 502, 552, 8)]),
    )
    assert fields.totals == {"subtotal": 34138.94, "tax": 6827.79, "total": 40966.73}


def test_a_czech_invoice() -> None:
    # "Datum vystavení: 22. 2. 2026", "Základ celkem", "Sleva 5%", "DPH 21%", "Celkem k
    # úhradě": no date and no total were read, and the discount's absence made an I110
    fields = _cells(
        (60, [("Datum", 370, 395), ("vystavení:", 398, 440), ("22.", 445, 455), ("2.", 458, 464)]),
        (60, [("2026", 467, 487)]),
        (75, [("Datum", 370, 395), ("splatnosti:", 398, 440), ("8.", 445, 451), ("3.", 454, 460)]),
        (75, [("2026", 463, 483)]),
        (100, [("Označení", 133, 182), ("Množství", 216, 263), ("Cena", 298, 320)]),
        (100, [("za", 323, 333), ("MJ", 336, 356), ("DPH", 380, 400), ("%", 403, 415)]),
        (100, [("Základ", 462, 498)]),
        (115, [("Bambusové", 133, 189), ("500", 269, 287), ("412,45", 336, 369), ("0", 445, 451)]),
        (115, [("206 225,00", 479, 534)]),
        (150, [("Základ", 380, 410), ("celkem", 413, 445), ("206 225,00", 479, 534)]),
        (165, [("Sleva", 380, 405), ("5%", 408, 420), ("-10 311,25", 482, 534)]),
        (180, [("DPH", 380, 400), ("21%", 403, 420), ("41 141,89", 485, 534)]),
        (195, [("Celkem", 360, 390), ("k", 393, 398), ("úhradě", 401, 435)]),
        (195, [("237 055,64", 479, 525), ("Kč", 528, 540)]),
        title="Faktura – daňový doklad",
    )
    assert str(fields.invoice_date) == "2026-02-22"
    assert (fields.lang, fields.currency) == ("cs", "CZK")
    assert fields.totals == {
        "subtotal": 206225,
        "discount": -10311.25,
        "tax": 41141.89,
        "total": 237055.64,
    }
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (500, 412.45, 206225)


def test_czech_document_titles() -> None:
    # "Příjmový doklad" (a receipt) was no document type at all: "not an invoice"
    assert title_kind("Příjmový doklad") == "receipt"
    assert title_kind("Faktura – daňový doklad") == "invoice"
    assert title_kind("Dobropis") == "credit_note"
    assert title_kind("Objednávka") == "order_confirmation"


def test_a_header_whose_second_line_names_the_amount() -> None:
    # A GST table: "Taxable" over "Value" is the line's amount; the "Total" further right
    # includes the IGST. The amount was taken from the IGST column: I109 on every line
    head = [("Description", 43, 100), ("HSN", 214, 232), ("Qty", 258, 273), ("Rate", 294, 314)]
    head += [("Taxable", 334, 366), ("IGST", 397, 417), ("IGST", 432, 452), ("Amt", 455, 470)]
    head += [("Total", 484, 504)]
    fields = _cells(
        (222, head),
        (232, [("Value", 334, 357), ("%", 397, 405)]),
        (247, [("Mechanical keyboard", 43, 150), ("84716060", 214, 250), ("400", 258, 273)]),
        (247, [("1,595.97", 290, 328), ("6,38,388.00", 346, 392), ("18%", 410, 425)]),
        (247, [("1,14,909.84", 432, 478), ("7,53,297.84", 512, 558)]),
        title="TAX INVOICE",
    )
    (item,) = fields.items
    assert (item.quantity, item.unit_price, item.line_total) == (400, 1595.97, 638388)


def test_spanish_equivalence_surcharge_is_tax() -> None:
    # "Recargo equiv. 5,2% (2.017,00)" beside each IVA rate adds to the total: I110 before
    fields = _cells(
        (150, [("Base", 400, 420), ("imponible", 423, 465), ("2.017,00", 520, 564)]),
        (165, [("IVA", 400, 415), ("21%", 418, 432), ("(2.017,00)", 435, 480)]),
        (165, [("423,57", 530, 564)]),
        (180, [("Recargo", 400, 435), ("equiv.", 438, 462), ("5,2%", 465, 482)]),
        (180, [("(2.017,00)", 485, 520), ("104,88", 530, 564)]),
        (195, [("TOTAL", 400, 430), ("FACTURA", 433, 475), ("2.545,45", 520, 564)]),
        title="FACTURA",
    )
    assert fields.totals["tax"] == 528.45


def test_a_footer_ending_in_a_vat_number_label_is_no_tax() -> None:
    # "... Shenzhen 518101, China · VAT No.": the postcode was read as a tax of 518 101
    fields = _cells(
        (150, [("Subtotal", 400, 440), ("1,490.55", 520, 564)]),
        (165, [("TOTAL", 400, 430), ("DUE", 433, 450), ("USD", 455, 475), ("1,490.55", 520, 564)]),
        (300, [("Shenzhen", 50, 90), ("518101,", 93, 125), ("China", 128, 150), ("·", 153, 156)]),
        (300, [("VAT", 159, 175), ("No.", 178, 190)]),
        title="INVOICE",
    )
    assert "tax" not in fields.totals


def test_a_discount_rate_right_aligned_nearer_the_next_header() -> None:
    # "10%" under "Rabat", "5%  21%" under "Dto." and "IVA": right-aligned in their cells,
    # nearer the next header; not read as the line's discount, the net amount was an error
    head = [("Nazwa", 100, 130), ("Ilość", 259, 277), ("Cena", 299, 320), ("netto", 322, 340)]
    head += [("Rabat", 367, 389), ("Wartość", 412, 445), ("netto", 448, 465)]
    fields = _cells(
        (180, head),
        (192, [("Sztućce", 100, 132), ("20", 287, 297), ("35,31", 342, 365), ("10%", 392, 410)]),
        (192, [("635,58", 462, 489)]),
        title="FAKTURA",
    )
    (item,) = fields.items
    assert item.discount == 10
    head = [("Descripción", 97, 143), ("Cant.", 233, 253), ("Precio", 270, 295), ("ud.", 298, 309)]
    head += [("Dto.", 333, 348), ("IVA", 375, 388), ("Importe", 417, 447)]
    fields = _cells(
        (180, head),
        (192, [("Caja", 97, 116), ("50", 258, 268), ("54,59", 308, 331), ("5%", 360, 373)]),
        (192, [("21%", 397, 415), ("2.593,03", 440, 475)]),
        title="FACTURA",
    )
    (item,) = fields.items
    assert item.discount == 5


def _arithmetic(fields: Fields) -> list[dict[str, Any]]:
    return [f.params for f in checked(fields).findings if f.code == "I110"]


def _sums(*rows: tuple[str, str]) -> Fields:
    return _cells(
        *(
            (150 + 15 * k, [(label, 380, 440), (amount, 500, 560)])
            for k, (label, amount) in enumerate(rows)
        ),
        title="INVOICE",
    )


def test_a_tax_its_own_rate_does_not_bear_out() -> None:
    # "VAT 0%  $1.00" under a subtotal, discount and shipping whose sum with it is the total:
    # the supplier's error is the tax itself, which no check saw
    found = _arithmetic(
        _sums(
            ("Subtotal", "$856.80"),
            ("Discount 5%", "$-42.84"),
            ("Shipping", "$120.00"),
            ("VAT 0%", "$1.00"),
            ("Total", "$934.96"),
        )
    )
    assert found and found[0]["label"] == "tax"
    # the rate of the discounted subtotal with its shipping is the tax
    assert not _arithmetic(
        _sums(
            ("Subtotal", "1.000,00"),
            ("Rabatt 10%", "-100,00"),
            ("Versand", "100,00"),
            ("MwSt. 19%", "190,00"),
            ("Gesamtbetrag", "1.190,00"),
        )
    )


def test_quebec_gst_and_qst_are_both_tax() -> None:
    # "TPS / GST (5 %)" then "TVQ / QST (9,975 %)": only the first was tax, so every genuine
    # Quebec invoice got I110 (error) for a total 9.975% higher than subtotal and GST
    fields = _cells(
        (150, [("Sous-total", 400, 450), ("/", 452, 455), ("Subtotal", 458, 500)]),
        (150, [("1 000,00", 520, 564)]),
        (165, [("TPS", 400, 418), ("/", 420, 423), ("GST", 426, 444), ("(5 %)", 447, 470)]),
        (165, [("50,00", 535, 564)]),
        (180, [("TVQ", 400, 418), ("/", 420, 423), ("QST", 426, 444), ("(9,975 %)", 447, 495)]),
        (180, [("99,75", 535, 564)]),
        (195, [("Total", 400, 425), ("1 149,75", 520, 564)]),
        title="FACTURE",
    )
    assert fields.totals == {"subtotal": 1000, "tax": 149.75, "total": 1149.75}


def test_mexican_iva_written_with_stops_and_ieps_are_tax() -> None:
    # "I.V.A. 16%" and the excise "IEPS 8%": neither was tax, so the total looked too high
    fields = _cells(
        (150, [("Subtotal", 400, 440), ("$10,000.00", 515, 564)]),
        (165, [("IEPS", 400, 422), ("8%", 425, 436), ("$800.00", 530, 564)]),
        (180, [("I.V.A.", 400, 428), ("16%", 431, 446), ("$1,728.00", 518, 564)]),
        (195, [("Total", 400, 425), ("$12,528.00", 515, 564)]),
        title="FACTURA",
    )
    assert fields.totals == {"subtotal": 10000, "tax": 2528, "total": 12528}


def test_freight_printed_above_the_subtotal_is_inside_it() -> None:
    # "Goods value / Freight / Subtotal / VAT / Total": the subtotal holds the freight, which
    # was added to the total again (I110 on 13 genuine invoices of invoices11)
    assert not _arithmetic(
        _sums(
            ("Goods value", "25,588.00"),
            ("Freight", "14.50"),
            ("Subtotal", "25,602.50"),
            ("VAT 0%", "0.00"),
            ("Total Amount", "25,602.50"),
        )
    )
    # printed under the subtotal it must still be added: a total that leaves it out is wrong
    found = _arithmetic(
        _sums(
            ("Subtotal", "25,588.00"),
            ("Freight", "14.50"),
            ("VAT 0%", "0.00"),
            ("Total Amount", "25,588.00"),
        )
    )
    assert [f["label"] for f in found] == ["total"]
