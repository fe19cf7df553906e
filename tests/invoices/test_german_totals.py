"""Session 12: German totals blocks as invoices11's layouts print them; each test failed before
its fix. Pages are words placed by hand."""

from __future__ import annotations

from support.ocr_words import Cells, text_lines

from reinstate.invoices.fields import Fields, extract, parse_number


def _invoice(*rows: Cells) -> Fields:
    head: list[Cells] = [(20, [("Rechnung", 400, 450)]), (40, [("Bergwerk Sport GmbH", 50, 150)])]
    table: list[Cells] = [
        (100, [("Pos.", 40, 58), ("Bezeichnung", 90, 150), ("Menge", 330, 360)]),
        (100, [("Einzelpreis", 390, 440), ("Gesamt", 520, 564)]),
        (120, [("1", 40, 45), ("Zeltplane", 90, 140), ("20", 345, 360), ("12,50", 410, 440)]),
        (120, [("250,00", 530, 564)]),
    ]
    return extract(text_lines(*head, *table, *rows))


def test_a_bare_gesamt_over_the_net_amount_sums_the_lines() -> None:
    # "Gesamt" heads the block, "Nettobetrag" after discount and shipping, "Rechnungsbetrag"
    # below the tax: the first label matching a total was taken (Gesamt, the lines' sum), and
    # the discount and shipping under it read as remarks (32 German invoices of invoices11)
    fields = _invoice(
        (150, [("Gesamt", 380, 410), ("250,00", 520, 546), ("EUR", 550, 566)]),
        (165, [("Rabatt", 380, 410), ("10", 413, 422), ("%", 424, 430), ("-25,00", 520, 546)]),
        (165, [("€", 550, 556)]),
        (180, [("Versandkosten", 380, 440), ("9,95", 528, 546), ("€", 550, 556)]),
        (195, [("Nettobetrag", 380, 430), ("234,95", 520, 546), ("€", 550, 556)]),
        (210, [("USt.", 380, 400), ("19", 403, 412), ("%", 414, 420), ("44,64", 524, 546)]),
        (210, [("€", 550, 556)]),
        (225, [("Rechnungsbetrag", 380, 450), ("279,59", 520, 546), ("€", 550, 556)]),
    )
    assert fields.totals == {
        "subtotal": 250,
        "discount": -25,
        "shipping": 9.95,
        "tax": 44.64,
        "total": 279.59,
    }


def test_a_gesamt_closing_the_block_stays_the_total() -> None:
    # no net amount under it: "Gesamt" is the total
    fields = _invoice(
        (150, [("Nettobetrag", 380, 430), ("250,00", 520, 546), ("€", 550, 556)]),
        (165, [("USt.", 380, 400), ("19", 403, 412), ("%", 414, 420), ("47,50", 524, 546)]),
        (165, [("€", 550, 556)]),
        (180, [("Gesamt", 380, 410), ("297,50", 520, 546), ("€", 550, 556)]),
    )
    assert fields.totals == {"subtotal": 250, "tax": 47.5, "total": 297.5}


def test_a_till_receipt_without_a_title_is_a_receipt() -> None:
    # a cash-and-carry's Kassenbon: no title, "SUMME EUR" its total, the VAT summary's header
    # ("MwSt Netto MwSt Brutto") under it; it was no document of any kind, its total unread
    rows: list[Cells] = [
        (20, [("GROSSHANDEL", 60, 120), ("ELBUFER", 124, 160)]),
        (35, [("USt-IdNr", 60, 100), ("DE123456789", 104, 160)]),
        (60, [("ZELTHERINGE", 40, 100), ("12,40", 200, 225), ("A", 230, 235)]),
        (75, [("SUMME", 40, 70), ("EUR", 74, 90), ("12,40", 200, 225)]),
        (90, [("MwSt", 40, 60), ("Netto", 90, 115), ("MwSt", 140, 160), ("Brutto", 190, 220)]),
        (105, [("A", 40, 45), ("19%", 50, 65), ("10,42", 90, 115), ("1,98", 140, 160)]),
        (105, [("12,40", 195, 220)]),
        (120, [("03.02.2026", 40, 90), ("Kasse", 110, 135), ("04", 138, 148), ("Bon", 152, 168)]),
        (120, [("881", 172, 186)]),
    ]
    fields = extract(text_lines(*rows))
    assert (fields.document_type, fields.totals.get("total")) == ("receipt", 12.40)


def test_gesamt_over_a_column_of_amounts_is_its_header() -> None:
    # a Calc sheet whose last column ran onto a page of its own: "Gesamt" heads the lines'
    # amounts; the first of them was read as the total
    fields = extract(
        text_lines(
            (20, [("Rechnung", 40, 90)]),
            (60, [("Gesamt", 60, 90)]),
            (75, [("468,40", 60, 90)]),
            (90, [("522,00", 60, 90)]),
            (105, [("990,40", 52, 78), ("EUR", 80, 90)]),
        )
    )
    assert fields.totals.get("total") != 468.40


def test_swiss_thousands_typeset_with_a_right_quote() -> None:
    # Swiss software typesets the thousands mark as "’" (U+2019): "CHF 10’358.70" was no amount
    assert parse_number("10’358.70") == 10358.70
    assert parse_number("CHF 1’043.52") == 1043.52
