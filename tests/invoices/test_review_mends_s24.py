"""Session 24, the review of the merged change: an unread invoice's due date over its issue
date not told as its date; a Norwegian invoice that takes cards not read as English; a
row charged for fewer pieces than it lists doubted, not told wrong; a French order's "bon"
number no till receipt. Pages and figures are my own."""

from __future__ import annotations

from datetime import date

from support.arith_check import sums_found
from support.ocr_words import placed_lines

from reinstate.invoices.fields import Fields, Item, extract


def _page(rows: list[list[tuple[str, float]]]) -> Fields:
    return extract(placed_lines(rows))


# Session 24 wrote this page in Danish, a read language since session 25: now Croatian, whose
# due date's label ("Rok plaćanja") is not read either
_UNREAD = [
    [("RAČUN br. 7731", 40)],
    [("Kvarner Ambalaža d.o.o., Riva 12, Rijeka", 40)],
    [("Rok plaćanja: 04.02.2026", 40)],
    [("Datum izdavanja: 05.01.2026", 40)],
    [("Količina", 250), ("Cijena", 330), ("Iznos", 450)],
    [("Kutija", 40), ("100", 262), ("10,00", 340), ("1 000,00", 458)],
    [("PDV 25 %", 320), ("250,00", 450)],
    [("Ukupno za plaćanje", 320), ("1 250,00 EUR", 450)],
]


def test_an_unread_invoice_with_two_dates_tells_neither_as_its_date() -> None:
    # before: the due date (2026-02-04), the first printed, was told as the invoice's date
    fields = _page(_UNREAD)
    assert fields.unread_language and fields.document_type == "invoice"
    assert fields.invoice_date is None


def test_an_unread_invoice_with_one_date_keeps_it() -> None:
    fields = _page([row for row in _UNREAD if not row[0][0].startswith("Rok")])
    assert str(fields.invoice_date) == "2026-01-05"


def test_a_card_brand_does_not_make_a_norwegian_invoice_english() -> None:
    # "Sum", "Visa" and "card" were English words that tell a read language; Norwegian is read
    # since session 25, by its own words
    rows = [
        [("FAKTURA 2026-41", 40)],
        [("Fjordlys Tekstil AS, Strandgata 8, Bergen", 40)],
        [("Antall", 250), ("Pris", 330), ("Beløp", 450)],
        [("Pute", 40), ("20", 262), ("50,00", 340), ("1 000,00", 458)],
        [("Sum eks. mva", 320), ("1 000,00", 450)],
        [("Mva 25 %", 320), ("250,00", 450)],
        [("Å betale", 320), ("1 250,00", 450)],
        [("Kan betales med Visa", 40)],
    ]
    fields = _page(rows)
    assert fields.lang == "nb" and fields.totals["total"] == 1250.0


def test_a_row_charged_for_fewer_pieces_than_it_lists_is_doubted_not_wrong() -> None:
    # six for the price of five: 6 × 12.50 printed 62.50, the page's sums made from it
    f = Fields(totals={"subtotal": 117.5, "tax": 23.5, "total": 141.0}, currency="EUR")
    f.items = [
        Item("Mug", None, 6, 12.5, 62.5, 1, (0, 10, 1, 11)),
        Item("Tray", None, 2, 27.5, 55.0, 1, (0, 20, 1, 21)),
    ]
    assert "I109" not in sums_found(f, gate=True)


def test_a_french_orders_bon_number_is_no_till_receipt() -> None:
    rows = [
        [("Atelier Verrier Durand, 4 rue des Lilas, Lyon", 40)],
        [("Réf. bon 4521", 40)],
        [("Désignation", 40), ("Qté", 262), ("Prix", 340), ("Montant", 450)],
        [("Vase", 40), ("4", 262), ("25,00", 340), ("100,00", 458)],
        [("Total TTC", 320), ("120,00 €", 450)],
    ]
    assert _page(rows).document_type != "receipt"


def test_an_unread_invoice_whose_dates_are_not_told_apart_is_not_said_to_have_none() -> None:
    # I111 "No invoice date was found" where two dates are printed and not told apart: untrue
    from reinstate.invoices.check import InvoiceReport, _Checker
    from reinstate.rules import default_registry

    report = InvoiceReport(filename="x", file_type="pdf", sha256="")
    checker = _Checker(report, default_registry(), b"", ocr=False, timeout=None, isolate=False)
    checker._requirements(
        _page(_UNREAD),
        notice_date=date(2026, 3, 1),
        window_days=None,
        seller_name=None,
        seller_address=None,
        units_sold=None,
    )
    codes = {finding.code for finding in report.findings}
    assert "I137" in codes and "I111" not in codes


def test_a_tills_receipt_number_alone_after_bon_is_still_a_till_receipt() -> None:
    rows = [
        [("Papeterie Keller", 40)],
        [("Bahnhofstrasse 4, 8001 Zürich", 40)],
        [("14.03.2026  10:12   Bon 20731", 40)],
        [("Notizblock A5", 40)],
        [(" 4 x 3.50", 48), ("14.00 B", 200)],
        [("Kugelschreiber blau", 40)],
        [(" 10 x 1.20", 48), ("12.00 B", 200)],
        [("SUMME", 40), ("CHF 26.00", 200)],
        [("Vielen Dank für Ihren Einkauf!", 40)],
    ]
    assert _page(rows).document_type == "receipt"
