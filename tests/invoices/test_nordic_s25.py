"""Session 25 (inv25c): Swedish, Danish, Norwegian and Finnish invoices are read languages. They
were known by a few words only (I137): the amount to pay read by its label, every other field
left, no sum checked, and no date told where a due date stood beside the invoice's. Pages,
companies and figures are my own."""

from __future__ import annotations

import pytest
from support.ocr_words import cell, placed_lines
from support.rows_pdf import Row
from support.rows_pdf import rows_pdf as _pdf

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Fields, Line, extract
from reinstate.invoices.unread_language import language_read
from reinstate.invoices.vocab import detect_lang

# Each page prints its due date above its invoice date, a payment reference and the
# supplier's company and VAT numbers, as these countries' accounting programs do.
_SWEDISH = [
    [("FAKTURA", 40), ("Vretby Keramik AB", 380)],
    [("Krukmakargränd 3, 731 30 Köping", 380)],
    [("Org.nr 556731-2290  Momsreg.nr SE556731229001", 300)],
    [("Kund: Strandkiosken i Båstad AB", 40)],
    [("Förfallodatum", 300), ("2026-04-30", 420)],
    [("Fakturadatum", 300), ("2026-03-31", 420)],
    [("Fakturanummer", 300), ("20417", 420)],
    [("OCR", 300), ("2041707", 420)],
    [("Benämning", 40), ("Antal", 260), ("À-pris", 330), ("Belopp", 440)],
    [("Skål stengods", 40), ("40", 265), ("45,00", 335), ("1 800,00", 440)],
    [("Kanna blå", 40), ("12", 265), ("50,00", 335), ("600,00", 440)],
    [("Summa exkl. moms", 300), ("2 400,00", 440)],
    [("Moms 25 %", 300), ("600,00", 440)],
    [("Att betala", 300), ("3 000,00 SEK", 440)],
    [("Bankgiro 5521-0934", 40)],
]
_DANISH = [
    [("FAKTURA", 40), ("Hedeby Tekstil ApS", 380)],
    [("Nørregade 40, 6700 Esbjerg", 380)],
    [("CVR 29 41 07 63", 380)],
    [("Forfaldsdato:", 300), ("26.02.2026", 420)],
    [("Fakturadato:", 300), ("12.02.2026", 420)],
    [("Fakturanr.:", 300), ("7731", 420)],
    [("Beskrivelse", 40), ("Antal", 260), ("Enhedspris", 330), ("Beløb", 440)],
    [("Viskestykke hør", 40), ("50", 265), ("24,00", 335), ("1.200,00", 440)],
    [("Forklæde", 40), ("10", 265), ("80,00", 335), ("800,00", 440)],
    [("Subtotal ekskl. moms", 300), ("2.000,00", 440)],
    [("Moms 25 %", 300), ("500,00", 440)],
    [("I alt DKK", 300), ("2.500,00", 440)],
]
_NORWEGIAN = [
    [("FAKTURA", 40), ("Lofotkyst Tau AS", 380)],
    [("Havnegata 12, 8300 Svolvær", 380)],
    [("Org.nr 915 220 481 MVA", 380)],
    [("Forfallsdato:", 300), ("17.03.2026", 420)],
    [("Fakturadato:", 300), ("03.03.2026", 420)],
    [("KID:", 300), ("0048213377", 420)],
    [("Beskrivelse", 40), ("Antall", 260), ("Enhetspris", 330), ("Beløp", 440)],
    [("Fortøyningstau 12 mm", 40), ("30", 265), ("95,00", 335), ("2 850,00", 440)],
    [("Sjakkel rustfri", 40), ("15", 265), ("10,00", 335), ("150,00", 440)],
    [("Sum eks. mva", 300), ("3 000,00", 440)],
    [("Mva 25 %", 300), ("750,00", 440)],
    [("Å betale", 300), ("kr 3 750,00", 440)],
]
_FINNISH = [
    [("LASKU", 40), ("Kuusamon Nahka Oy", 380)],
    [("Rantatie 5, 93600 Kuusamo", 380)],
    [("Y-tunnus 2984471-3", 380)],
    [("Eräpäivä", 300), ("14.4.2026", 420)],
    [("Laskun päivämäärä", 300), ("31.3.2026", 420)],
    [("Viitenumero", 300), ("12345 67897", 420)],
    [("Nimike", 40), ("Määrä", 260), ("À-hinta", 330), ("Yhteensä", 440)],
    [("Nahkavyö", 40), ("20", 265), ("30,00", 335), ("600,00", 440)],
    [("Lompakko", 40), ("10", 265), ("40,00", 335), ("400,00", 440)],
    [("Veroton yhteensä", 300), ("1 000,00 €", 440)],
    [("ALV 25,5 %", 300), ("255,00 €", 440)],
    [("Maksettava", 300), ("1 255,00 €", 440)],
]


@pytest.mark.parametrize(
    ("rows", "issued", "total", "currency"),
    [
        (_SWEDISH, "2026-03-31", 3000.0, "SEK"),
        (_DANISH, "2026-02-12", 2500.0, "DKK"),
        (_NORWEGIAN, "2026-03-03", 3750.0, "NOK"),
        (_FINNISH, "2026-03-31", 1255.0, "EUR"),
    ],
)
def test_a_nordic_invoice_is_read_in_full(
    rows: list[Row], issued: str, total: float, currency: str
) -> None:
    # before: I137, no date told (two dates printed, their labels not read), sums unchecked
    report = check_invoice(_pdf(rows), filename="faktura.pdf", ocr=False)
    f = report.fields
    assert f.document_type == "invoice" and not f.unread_language
    assert str(f.invoice_date) == issued  # the invoice's date, not the due date above it
    assert f.totals["total"] == total and f.currency == currency
    assert len(f.items) == 2 and f.totals["tax"] > 0
    assert not report.codes & {"I101", "I109", "I110", "I111", "I116", "I132", "I137"}


def test_a_swedish_invoice_whose_total_is_wrong_is_told_so() -> None:
    # the amount to pay 100 kronor over its net and VAT: on an I137 page no sum was checked
    rows = [r if r[0][0] != "Att betala" else [("Att betala", 300), ("3 100,00 SEK", 440)]
            for r in _SWEDISH]  # fmt: skip
    report = check_invoice(_pdf(rows), filename="faktura.pdf", ocr=False)
    assert report.codes & {"I109", "I110"}


def _page(rows: list[Row]) -> Fields:
    return extract(placed_lines(rows))


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("KVITTO", "receipt"),
        ("Kreditfaktura 2026-12", "credit_note"),
        ("Kreditnota 88", "credit_note"),
        ("Hyvityslasku 88", "credit_note"),
        ("OFFERT", "quotation"),
        ("Tilbud 2026-7", "quotation"),
        ("Tarjous", "quotation"),
        ("Följesedel", "packing_list"),
        ("Pakkseddel", "packing_list"),
        ("Lähete", "packing_list"),
        ("Ordrebekræftelse", "order_confirmation"),
        ("Proformafaktura", "pro_forma"),
    ],
)
def test_a_nordic_title_says_what_the_page_is(title: str, kind: str) -> None:
    rows = [[(title, 40)], *_SWEDISH[1:]]
    assert _page(rows).document_type == kind


def test_the_languages_are_told_apart() -> None:
    for rows, lang in ((_SWEDISH, "sv"), (_DANISH, "da"), (_NORWEGIAN, "nb"), (_FINNISH, "fi")):
        text = "\n".join(t for row in rows for t, _x in row)
        assert language_read(text) and detect_lang(text) == lang


def test_an_english_invoice_from_a_swedish_supplier_stays_english() -> None:
    # company, VAT and giro numbers are printed on these suppliers' English invoices too
    text = (
        "INVOICE 2041\nVretby Keramik AB, Org.nr 556731-2290, Momsreg.nr SE556731229001\n"
        "Bankgiro 5521-0934\nInvoice date 2026-03-31\nDescription Qty Unit price Amount\n"
        "Total due 3,000.00 SEK"
    )
    assert detect_lang(text) == "en"


def test_a_nordic_mail_apps_header_date_is_not_the_invoices() -> None:
    rows = [
        [("Från: Vretby Keramik <faktura@vretby.example>", 40)],
        [("Datum: 2026-05-02 09:14", 40)],
        [("Ämne: Faktura 20417", 40)],
        *_SWEDISH,
    ]
    assert str(_page(rows).invoice_date) == "2026-03-31"


def test_a_danish_till_receipt_is_danish_not_german() -> None:
    # "Kasse" and "stk" are German words too: the page is told Danish by its own words
    text = "Kasse 2  Bon 4471\n2 stk  Kaffe  24,00\nI alt inkl. moms 24,00"
    assert language_read(text) and detect_lang(text) == "da"


def test_finnish_short_labels_are_read() -> None:
    # "Lasku nro" (the number), "Pvm" (the date) under "Eräpäivä" (the due date)
    rows = [
        [("LASKU", 40)],
        [("Kuusamon Nahka Oy, Rantatie 5, Kuusamo", 40)],
        [("Lasku nro 4471", 300)],
        [("Eräpäivä 14.4.2026", 300)],
        [("Pvm 31.3.2026", 300)],
        [("Maksettava", 300), ("1 255,00 €", 440)],
    ]
    f = _page(rows)
    assert (f.invoice_number, str(f.invoice_date), f.totals) == (
        "4471",
        "2026-03-31",
        {"total": 1255.0},
    )


def test_an_ocr_misread_net_label_is_still_the_net() -> None:
    # OCR reads the l of "exkl." as a capital I: "Summa exkI. moms" was taken for the total
    rows = [[("Summa exkI. moms", 300), ("2 400,00 kr", 440)] if r[0][0].startswith("Summa")
            else r for r in _SWEDISH]  # fmt: skip
    f = extract(placed_lines(rows, conf=90.0))
    assert f.totals["subtotal"] == 2400.0 and f.totals["total"] == 3000.0


def test_a_swedish_tills_vat_analysis_gives_its_net_and_tax() -> None:
    # the tax named before its rate, the thousands grouped by a space; rows priced net
    rows = [
        [("Vretby Keramik AB", 40)],
        [("Krukmakargränd 3, Köping", 40)],
        [("KVITTO 2026-118", 40)],
        [("2026-03-31 14:02", 40)],
        [("Skål stengods", 40)],
        [("2 x 420,00", 48), ("840,00", 200)],
        [("Kanna blå", 40)],
        [("1 x 315,20", 48), ("315,20", 200)],
        [("TOTALT", 40), ("1 444,00 kr", 200)],
        [("Moms 25 %", 40), ("1 155,20", 120), ("288,80", 200)],
        [("Kontrollenhet: KE0012", 40)],
        [("Tack för ditt köp!", 40)],
    ]
    f = _page(rows)
    assert f.document_type == "receipt"
    assert f.totals == {"total": 1444.0, "subtotal": 1155.2, "tax": 288.8}


def test_an_amount_in_kronor_beside_its_label_on_a_line_of_its_own() -> None:
    # a spreadsheet's amounts column printed on a page of its own is set beside its labels, each
    # amount a line of its own at its label's height: "kr" after it made it no amount alone on
    # its line, and no tax or total was read
    lines = placed_lines([r for r in _SWEDISH if not r[0][0].startswith(("Moms", "Att"))])
    top = lines[-1].bbox[1]
    for label, amount in (("Moms 25 %", "600,00 kr"), ("Att betala", "3 000,00 kr")):
        top += 16
        lines[-1:-1] = [Line(1, [cell(label, 300, top)]), Line(1, [cell(amount, 440, top)])]
    assert extract(lines).totals == {"subtotal": 2400.0, "tax": 600.0, "total": 3000.0}
