"""Session 24 (inv24e): till receipts read as receipts, and the words that say a page is in a
language the reader reads. A German, Austrian or Swiss till prints no title, names its till and
receipt number ("Bon 3-1187", "Kassen-ID K2"), prints each item's name on a line of its own with
its quantity, price, amount and VAT code under it, and a VAT analysis under its total; its
words ("Summe", "Bar", "Rückgeld") are no invoice's. Each test failed before its fix. Pages and
figures are my own, placed word by word."""

from __future__ import annotations

import pytest
from support.arith_check import sums_found
from support.ocr_words import word

from reinstate.invoices.fields import Fields, build_lines, extract
from reinstate.invoices.till_rows import vat_analysis
from reinstate.invoices.unread_language import language_read

Cells = list[tuple[str, float]]


def _fields(rows: list[tuple[float, Cells]], font: str = "Courier") -> Fields:
    chars = [word(text, x, top, font) for top, cells in rows for text, x in cells]
    return extract(build_lines({"number": 1, "chars": chars}))


def _till(items: list[tuple[str, str, str, str]], total: str, rates: list[str]) -> Fields:
    """A till receipt: its head, `items` (name, "n x price", amount, VAT code), the total and
    the VAT analysis' lines."""
    rows: list[tuple[float, Cells]] = [
        (10, [("Papierhaus Gruber", 60)]),
        (22, [("Lerchenfelder Gürtel 12", 50)]),
        (34, [("1160 Wien", 70)]),
        (46, [("12.03.2026", 8), ("09:14", 80), ("Bon 3-1187", 130)]),
    ]
    top = 62.0
    for name, each, amount, code in items:
        rows.append((top, [(name, 8)]))
        rows.append((top + 12, [(each, 16), (amount, 170), (code, 215)]))
        top += 24
    rows.append((top + 8, [("SUMME", 8), ("EUR " + total, 160)]))
    for k, rate in enumerate(rates):
        rows.append((top + 22 + 12 * k, [(rate, 8)]))
    rows.append((top + 60, [("Bar", 8), ("EUR " + total, 160)]))
    rows.append((top + 80, [("Kassen-ID K2", 40)]))
    return _fields(rows)


NET_ITEMS = [
    ("Ordner A4 breit", "12 x 3,10", "37,20", "A"),
    ("Kopierpapier 500 Blatt", "10 x 4,85", "48,50", "A"),
    ("Kalender 2026", "2 x 9,00", "18,00", "B"),
]
# 85,70 at 20 % (17,14) and 18,00 at 10 % (1,80): 122,64 in all
NET_RATES = ["A 20 %  Netto 85,70  USt 17,14", "B 10 %  Netto 18,00  USt 1,80"]


def test_an_untitled_till_receipt_is_a_receipt_and_its_rows_are_read() -> None:
    f = _till(NET_ITEMS, "122,64", NET_RATES)
    assert f.document_type == "receipt"
    assert [(i.quantity, i.unit_price, i.line_total) for i in f.items] == [
        (12, 3.10, 37.20),
        (10, 4.85, 48.50),
        (2, 9.00, 18.00),
    ]


def test_a_till_priced_net_makes_its_analysis_bases() -> None:
    # the rows make the bases (103,70), the bases and taxes the total: a rate's tax read as
    # the subtotal was told unconfirmed against it
    f = _till(NET_ITEMS, "122,64", NET_RATES)
    assert f.totals["subtotal"] == pytest.approx(103.70)
    assert f.totals["tax"] == pytest.approx(18.94)
    assert sums_found(f, gate=True) == {}


def test_a_till_priced_with_its_vat_makes_the_total() -> None:
    # shelf prices: the rows make the total, the analysis splits it; a rate's base is no
    # subtotal of the rows
    items = [
        ("Ordner A4 breit", "12 x 3,60", "43,20", "A"),
        ("Kalender 2026", "2 x 9,90", "19,80", "B"),
    ]
    f = _till(items, "63,00", ["A 20 %  Netto 36,00  USt 7,20", "B 10 %  Netto 18,00  USt 1,80"])
    assert f.document_type == "receipt"
    assert "subtotal" not in f.totals
    assert sums_found(f, gate=True) == {}


def test_a_till_rows_slip_is_an_error() -> None:
    # 10 x 4,85 printed 48,80: one figure off, on a text layer
    items = [NET_ITEMS[0], ("Kopierpapier 500 Blatt", "10 x 4,85", "48,80", "A"), NET_ITEMS[2]]
    rates = ["A 20 %  Netto 86,00  USt 17,20", "B 10 %  Netto 18,00  USt 1,80"]
    f = _till(items, "123,00", rates)
    assert sums_found(f, gate=True)["I109"]["expected"] == "48.50"


def test_a_vat_analysis_line_ocr_lost_the_rate_sign_of() -> None:
    parts = vat_analysis(["B10  wNetto 581,70 wUSt 58,17", "Bankomat / Karte"])
    assert [(p.rate, p.net, p.tax) for p in parts] == [(10.0, 581.70, 58.17)]


@pytest.mark.parametrize(
    "text",
    [
        # a German till receipt: no invoice word of the vocabulary but one "USt"
        "SUMME EUR 12,40\nA 20 % Netto 10,33 USt 2,07\nBar EUR 20,00\nRückgeld EUR 7,60",
        "Gesamt 23,10\nKartenzahlung\nVielen Dank für Ihren Einkauf",
        "TOTALE COMPLESSIVO 12,40\nPagamento contanti 20,00\nResto 7,60",
        "PARAGON FISKALNY\nSprzedaż opodatkowana A 12,40\nGotówka 20,00\nReszta 7,60",
    ],
)
def test_a_till_receipts_words_are_a_read_language(text: str) -> None:
    assert language_read(text)


@pytest.mark.parametrize(
    "text",
    [
        # Slovenian shares "opis", "cena", "karta" and "suma" with Polish
        "Opis  Količina  Cena  Znesek\nSuma 12,40\nPlačilo s karto",
        # Danish shares "kasse" and "stk" with German
        "Kasse 2  Bon 4471\n2 stk  Kaffe  24,00\nI alt inkl. moms 24,00",
        # Romanian shares "client" and "total" with French and English
        "Client: Alfa SRL\nTotal de plată 24,00\nCota TVA 19%",
    ],
)
def test_a_neighbour_languages_shared_words_are_no_read_language(text: str) -> None:
    assert not language_read(text)
