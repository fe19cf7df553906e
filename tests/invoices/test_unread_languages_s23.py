"""Session 23 (inv23c): invoices in languages the reader had no words for. Slovak and
Hungarian titles, labels, dates and sums are read; a page in a language with no vocabulary at
all that is built as an invoice is not called "not an invoice". Every page here is made up."""

from __future__ import annotations

import re
from datetime import date

import pytest

from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import Line, Segment, Word, extract, title_kind


def _cell(text: str, x: float, y: float, size: float = 10.0) -> Segment:
    """A cell's words; a number grouped by spaces ("72 000") is one word, as the reader merges
    it."""
    words, left = [], x
    for token in re.split(r" (?!\d{3}\b)", text):
        width = 0.55 * size * len(token)
        words.append(Word(token, left, y, left + width, y + size, sizes=(size,)))
        left += width + 0.3 * size
    return Segment(1, words)


def _page(rows: list[list[tuple[str, float]]]) -> list[Line]:
    """Lines of cells (text, left edge), 16 points apart."""
    return [
        Line(1, [_cell(text, x, 40.0 + 16 * i) for text, x in row]) for i, row in enumerate(rows)
    ]


_SLOVAK = [
    [("Faktúra – daňový doklad FV-2026-0412", 40)],
    [("Dodávateľ", 40), ("Odberateľ", 320)],
    [("Tatranská Keramika s.r.o.", 40), ("Hronec Obchod s.r.o.", 320)],
    [("Priemyselná 12, 058 01 Poprad", 40), ("Nábrežie 4, 974 01 Banská Bystrica", 320)],
    [("IČ DPH: SK2120443871", 40), ("IČ DPH: SK2031187765", 320)],
    [("Číslo faktúry", 320), ("FV-2026-0412", 450)],
    [("Dátum vyhotovenia", 320), ("6. 5. 2026", 450)],
    [("Dátum splatnosti", 320), ("20. 5. 2026", 450)],
    [("Popis", 40), ("Množstvo", 250), ("Cena/MJ", 330), ("Bez DPH", 450)],
    [("Keramický hrnček 300 ml", 40), ("40", 262), ("6,50", 340), ("260,00", 458)],
    [("Tanier plytký 26 cm", 40), ("25", 262), ("9,20", 340), ("230,00", 458)],
    [("Spolu bez DPH", 320), ("490,00", 458)],
    [("Zľava", 320), ("-10,00", 462)],
    [("DPH 23 %", 320), ("110,40", 458)],
    [("Celkom na úhradu", 320), ("590,40 €", 452)],
]

_HUNGARIAN = [
    [("Számla SZ-2026/00731", 40)],
    [("Eladó", 40), ("Vevő", 320)],
    [("Balatoni Textil Kft.", 40), ("Duna Kereskedelmi Zrt.", 320)],
    [("Kossuth utca 18., 8200 Veszprém", 40), ("Váci út 90., 1133 Budapest", 320)],
    [("Adószám: 23145876-2-19", 40), ("Adószám: 12998431-2-41", 320)],
    [("Számla kelte", 320), ("2026. március 9.", 450)],
    [("Fizetési határidő", 320), ("2026. március 23.", 450)],
    [("Megnevezés", 40), ("Menny.", 250), ("Egységár", 330), ("Nettó", 450)],
    [("Pamut törölköző", 40), ("30", 262), ("2 400", 340), ("72 000", 458)],
    [("Fürdőköpeny", 40), ("10", 262), ("9 500", 340), ("95 000", 458)],
    [("Nettó összesen", 320), ("167 000", 458)],
    [("Szállítás", 320), ("3 000", 462)],
    [("ÁFA 27%", 320), ("45 900", 458)],
    [("Fizetendő összesen", 320), ("215 900 Ft", 452)],
]


def test_a_slovak_invoice_is_read() -> None:
    fields = extract(_page(_SLOVAK))
    assert fields.document_type == "invoice"
    assert fields.invoice_date == date(2026, 5, 6)
    assert fields.totals["total"] == pytest.approx(590.40)
    assert fields.totals["tax"] == pytest.approx(110.40)
    assert fields.totals["subtotal"] == pytest.approx(490.00)
    assert [i.line_total for i in fields.items] == [260.0, 230.0]


def test_a_hungarian_invoice_is_read() -> None:
    fields = extract(_page(_HUNGARIAN))
    assert fields.document_type == "invoice"
    assert fields.invoice_date == date(2026, 3, 9)
    assert fields.totals["total"] == pytest.approx(215900)
    assert fields.totals["tax"] == pytest.approx(45900)
    assert fields.totals["shipping"] == pytest.approx(3000)
    assert fields.currency == "HUF"
    assert [i.line_total for i in fields.items] == [72000, 95000]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("Faktúra č. 2026/118", "invoice"),
        ("FAKTÚRA", "invoice"),
        ("Zálohová faktúra", "pro_forma"),
        ("Cenová ponuka CP-77", "quotation"),
        ("Dobropis", "credit_note"),
        ("Pokladničný doklad", "receipt"),
        ("SZÁMLA", "invoice"),
        ("Egyszerűsített számla", "invoice"),
        ("Díjbekérő", "pro_forma"),
        ("Árajánlat", "quotation"),
        ("Szállítólevél SZL-0091", "packing_list"),
        ("Helyesbítő számla", "credit_note"),
        ("Nyugta", "receipt"),
        ("Számla kelte", None),
        ("Számla sorszáma", None),
        ("Számlaszám", None),
        ("Bankszámla", None),
    ],
)
def test_slovak_and_hungarian_titles(cell: str, kind: str | None) -> None:
    assert title_kind(cell) == kind


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Számla kelte: 2026. március 9.", date(2026, 3, 9)),
        ("Kelt: 2026. márc. 9.", date(2026, 3, 9)),
        ("Teljesítés: 2026. 04. 07.", date(2026, 4, 7)),
        ("V Poprade 5. novembra 2026", date(2026, 11, 5)),
        ("Dátum vyhotovenia: 14. júla 2026", date(2026, 7, 14)),
    ],
)
def test_slovak_and_hungarian_dates(text: str, day: date) -> None:
    assert [found[2] for found in find_dates(text)] == [day]


def test_a_hungarian_quotation_is_no_invoice() -> None:
    rows = [[("Árajánlat AJ-2026/044", 40)], *_HUNGARIAN[1:]]
    assert extract(_page(rows)).document_type == "quotation"


# A page in a language with no vocabulary at all (a made-up Albanian page,
# `support.invoice_corpus.UNREAD_PAGES`): built as a bill for goods it is told "check by hand"
# (I132), neither "not an invoice" (I101) nor an invoice; without priced rows it keeps I101.
# (Session 24: the Slovenian, Romanian and Turkish pages' titles are read from a few words of
# their languages, `test_receipts_languages_s24.py`.)
@pytest.mark.parametrize("kind", ["albanian"])
def test_a_bill_in_an_unread_language_is_not_called_no_invoice(kind: str) -> None:
    from support.invoice_corpus import unread_language_pdf

    from reinstate.invoices import check_invoice

    report = check_invoice(unread_language_pdf(kind), filename="doc.pdf", isolate=False)
    assert report.fields.document_type is None
    assert "I132" in report.codes and "I101" not in report.codes
    # sums placed by another language's words ("TVA", "Total") are not checked
    assert not report.codes & {"I109", "I110", "I116"}
    assert len(report.fields.items) == 2
    finding = next(f for f in report.findings if f.code == "I132")
    assert "2 rows" in finding.message("en") and "2 行" in finding.message("zh")


@pytest.mark.parametrize("kind", ["slovenian_delivery_note", "turkish_dispatch_note"])
def test_an_unpriced_page_in_an_unread_language_keeps_i101(kind: str) -> None:
    from support.invoice_corpus import unread_language_pdf

    from reinstate.invoices import check_invoice

    report = check_invoice(unread_language_pdf(kind), filename="doc.pdf", isolate=False)
    assert report.fields.document_type == "packing_list"  # its title read (session 24)
    assert "I101" in report.codes and "I132" not in report.codes


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Valoare fără TVA 775,00\nCotă TVA 19 % 147,25", False),  # one acronym, twice
        ("Facture n° 12\nMontant TTC 120,00\nTVA 20 % 20,00", True),
        ("Invoice 12\nTotal 120.00", True),
        ("发票 单价 数量 金额", True),
        ("Skupaj brez DDV 710,00\nZa plačilo 866,20", False),
    ],
)
def test_which_pages_are_in_a_read_language(text: str, read: bool) -> None:
    from reinstate.invoices.unread_language import language_read

    assert language_read(text) is read


def test_priced_rows_need_quantity_times_price() -> None:
    from reinstate.invoices.unread_language import priced_layout, priced_rows

    lines = [
        ("Datum 12.05.2026", [12.0, 5.0, 2026.0]),
        ("Termovka 750 ml 40 12,50 500,00", [750.0, 40.0, 12.5, 500.0]),
        ("Kozarec 6 kosov 25 8,40 210,00", [6.0, 25.0, 8.4, 210.0]),
        ("Skupaj 710,00 EUR", [710.0]),
    ]
    assert [(r.quantity, r.unit_price, r.amount) for r in priced_rows(lines)] == [
        (40.0, 12.5, 500.0),
        (25.0, 8.4, 210.0),
    ]
    text = "\n".join(t for t, _ in lines)
    assert priced_layout(text, lines, dated=True)
    # no currency, or the rows' sum not printed again: no bill's layout
    assert not priced_layout(text.replace("EUR", ""), lines, dated=True)
    assert not priced_layout(text, lines[:3], dated=True)


# An Estonian bill for services (made up): no quantity × price rows, only amounts; its total
# read by the word "Total" the page shares with English. (Session 23 wrote it in Finnish, a read
# language since session 25.)
_ESTONIAN_SERVICE_BILL = [
    [("ARVE", 40)],
    [("Veoteenus Tamm OÜ", 40)],
    [("Tööstuse 9, 10111 Tallinn", 40)],
    [("Arve nr 2026-118", 320), ("Kuupäev 14.05.2026", 450)],
    [("Ostja: Põhjala Kaubandus OÜ", 40)],
    [("Vedu Tallinn - Tartu", 40), ("420,00 EUR", 450)],
    [("Ooteaeg", 40), ("60,00 EUR", 450)],
    [("Total", 320), ("480,00 EUR", 450)],
]


def test_an_unread_bill_without_priced_rows_keeps_what_its_structure_says() -> None:
    # before: the structure's fallback was skipped on unread pages, and "not an invoice" said.
    # Session 24: "Arve" is an Estonian word the reader knows, the title an invoice's; its other
    # words are not read (I137), and no total is read but by a label of the amount to pay
    fields = extract(_page(_ESTONIAN_SERVICE_BILL))
    assert fields.unread_language
    assert fields.document_type == "invoice"


def test_i132_counts_only_the_rows_whose_quantity_times_price_makes_their_amount() -> None:
    # the items may come from a table read beside the priced rows: the message says "rows whose
    # quantity times price makes their amount", so it counts those alone
    from reinstate.invoices.check import InvoiceReport, _Checker
    from reinstate.invoices.fields import Fields, Item
    from reinstate.rules import default_registry

    box = (0.0, 0.0, 1.0, 1.0)
    f = Fields(invoice_date=date(2026, 5, 6), unread_language=True, unread_priced=[10.0, 6.0])
    f.items = [
        Item("Vrečka", None, 2, 5.0, 10.0, 1, box),
        Item("Dostava", None, None, None, 7.0, 1, box),
        Item("Škatla", None, 3, 2.0, 6.0, 1, box),
    ]
    report = InvoiceReport(filename="x", file_type="pdf", sha256="")
    checker = _Checker(report, default_registry(), b"", ocr=False, timeout=None, isolate=False)
    checker._requirements(
        f,
        notice_date=None,
        window_days=None,
        seller_name=None,
        seller_address=None,
        units_sold=None,
    )
    message = next(x for x in report.findings if x.code == "I132").message("en")
    assert "2 rows" in message and "16" in message and "23" not in message
