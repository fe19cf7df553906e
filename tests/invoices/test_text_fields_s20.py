"""Session 20, text-layer fields and date order: a spreadsheet printed over three pages across,
a law's article in a tax note, the day-first Gulf, the payment terms' days and a German packing
list. Pages are words placed by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

from support.ocr_words import Cells, text_lines, word

from reinstate.invoices.fields import Fields, build_lines, extract
from reinstate.invoices.overflow import stitch

Cell = tuple[str, float]  # (text, x0): its words placed one after another
Row = tuple[float, list[Cell]]

# --------------------------------------------------------------------------- sheet slices

_A4 = {"width": 595.0, "height": 842.0}
SHEET = [{"number": n, **_A4} for n in (1, 2, 3)]


def _framed(number: int, *rows: Cells, tab: str = "Sheet1") -> list[Cells]:
    """A page as Calc prints it: the tab's name over the sheet, "Page N" under it."""
    return [
        (57, [(tab, 281, 314)]),
        *rows,
        (772, [("Page", 281, 300), (str(number), 303, 309)]),
    ]


# page 1: the title, the bill-to head and the row numbers
_ROW_NUMBERS: list[Cells] = [
    (77, [("INVOICE", 58, 110)]),
    (141, [("Bill", 58, 72), ("to", 75, 85)]),
    (218, [("#", 58, 66)]),
    (231, [("1", 58, 64)]),
    (244, [("2", 58, 64)]),
    (257, [("3", 58, 64)]),
    (410, [("Payment", 58, 95), ("by", 98, 108), ("bank", 111, 130), ("transfer.", 133, 170)]),
]
# page 2: the buyer, the labels, the descriptions and the totals' labels
_LABELS: list[Cells] = [
    (141, [("Fernhill", 58, 95), ("Retail", 98, 125), ("Ltd", 128, 143)]),
    (154, [("12", 58, 68), ("Quay", 71, 92), ("Street,", 95, 125), ("Leeds", 128, 153)]),
    (167, [("Invoice", 300, 335), ("No.", 338, 355)]),
    (180, [("Date", 300, 322)]),
    (218, [("Description", 58, 110), ("Qty", 250, 266), ("Price", 290, 315)]),
    (231, [("Oak", 58, 76), ("shelf", 79, 102), ("20", 250, 260), ("4.00", 290, 310)]),
    (244, [("Brass", 58, 83), ("hinge", 86, 111), ("100", 250, 265), ("0.80", 290, 310)]),
    (257, [("Wall", 58, 78), ("hook", 81, 102), ("50", 250, 260), ("1.20", 290, 310)]),
    (283, [("Subtotal", 300, 340)]),
    (296, [("VAT", 300, 318), ("20%", 321, 338)]),
    (309, [("Total", 300, 325)]),
]
# page 3: the supplier's block beside the title, the number, the date and the amounts
_AMOUNTS: list[Cells] = [
    (77, [("Harbour", 58, 95), ("Tools", 98, 122), ("Ltd", 125, 140)]),
    (90, [("4", 58, 63), ("Mill", 66, 84), ("Lane,", 87, 110), ("York", 113, 133)]),
    (167, [("HT-2026-118", 58, 115)]),
    (180, [("14.05.2026", 58, 108)]),
    (218, [("Amount", 58, 95)]),
    (231, [("80.00", 58, 85)]),
    (244, [("80.00", 58, 85)]),
    (257, [("60.00", 58, 85)]),
    (283, [("220.00", 58, 90)]),
    (296, [("44.00", 58, 85)]),
    (309, [("264.00", 58, 90)]),
]


def _sheet(*pages: list[Cells], sizes: list[dict[str, Any]] = SHEET) -> list[list[Any]]:
    return stitch(sizes, [text_lines(*p, number=n) for n, p in enumerate(pages, start=1)])


def test_a_sheet_printed_over_three_pages_across_is_read_as_one_page() -> None:
    # Calc prints the columns that do not fit one after another: no label had its value and the
    # total was unread (the tax read instead)
    per_page = _sheet(_framed(1, *_ROW_NUMBERS), _framed(2, *_LABELS), _framed(3, *_AMOUNTS))
    assert [bool(p) for p in per_page] == [True, False, False]
    fields = extract([ln for lines in per_page for ln in lines])
    assert fields.totals == {"subtotal": 220.0, "tax": 44.0, "total": 264.0}
    assert fields.invoice_date == date(2026, 5, 14)
    assert [i.line_total for i in fields.items] == [80.0, 80.0, 60.0]
    # the supplier's address, at no height of the labels' page, keeps a line of its own
    assert any(ln.text == "4 Mill Lane, York" for ln in per_page[0])


def test_a_sheet_that_runs_down_to_the_foot_of_its_page_is_not_put_side_by_side() -> None:
    # the rows go on down the next page: its lines at the same heights are other rows
    full = [*_ROW_NUMBERS, *[(400 + 13 * i, [(f"Note {i}", 58, 100)]) for i in range(25)]]
    pages = [_framed(1, *full), _framed(2, *_LABELS)]
    per_page = [text_lines(*p, number=n) for n, p in enumerate(pages, start=1)]
    assert _sheet(*pages, sizes=SHEET[:2]) == per_page


def test_pages_of_two_sheets_are_not_put_side_by_side() -> None:
    pages = [_framed(1, *_LABELS), _framed(2, *_AMOUNTS, tab="Packing")]
    per_page = [text_lines(*p, number=n) for n, p in enumerate(pages, start=1)]
    assert _sheet(*pages, sizes=SHEET[:2]) == per_page


# --------------------------------------------------------------------------- page reading


def _page(*rows: Row) -> Fields:
    words: list[dict[str, Any]] = []
    for top, cells in rows:
        for text, x0 in cells:
            x = x0
            for part in text.split():
                w = word(part, x, top, "Helvetica")
                w["x1"] = x + 5.5 * len(part)
                words.append(w)
                x = w["x1"] + 3
    return extract(build_lines({"number": 1, "chars": words}))


_ITEMS: list[Row] = [
    (200, [("# Description", 50), ("Qty", 300), ("Unit Price", 360), ("Amount", 450)]),
    (214, [("1 Brass hinge 40 mm", 50), ("100", 300), ("0.80", 360), ("80.00", 450)]),
    (228, [("2 Oak shelf bracket", 50), ("20", 300), ("4.00", 360), ("80.00", 450)]),
]


def test_a_laws_article_in_a_tax_note_is_no_tax() -> None:
    # whole won: the article's "21" was read as the tax and the sums left unconfirmed
    fields = _page(
        (20, [("COMMERCIAL INVOICE", 400)]),
        (34, [("Seobin Trading Co., Ltd.", 50)]),
        (200, [("# Description", 50), ("Qty", 300), ("Unit Price", 360), ("Amount", 450)]),
        (214, [("1 Brass hinge 40 mm", 50), ("100", 300), ("800", 360), ("KRW 80,000", 450)]),
        (228, [("2 Oak shelf bracket", 50), ("20", 300), ("4,000", 360), ("KRW 80,000", 450)]),
        (250, [("Subtotal", 300), ("KRW 160,000", 450)]),
        (264, [("Total", 300), ("KRW 160,000", 450)]),
        (290, [("Export sale - VAT zero-rated (Art. 21 VAT Act).", 50)]),
    )
    assert fields.totals == {"subtotal": 160000.0, "total": 160000.0}


def _dated(letterhead: list[str], date_cell: str, *more: Row, currency: str = "USD") -> Fields:
    return _page(
        *[(20 + 14 * i, [(text, 50)]) for i, text in enumerate(letterhead)],
        (90, [("Bill To:", 50), ("INVOICE", 400)]),
        (104, [("Fernhill Retail Ltd", 50), (date_cell, 400)]),
        *_ITEMS,
        (250, [(f"TOTAL ({currency})", 300), (f"{currency} 160.00", 450)]),
        *more,
    )


def test_a_supplier_in_the_emirates_writes_the_day_first() -> None:
    fields = _dated(
        ["Gulf Crescent Trading LLC", "Warehouse 7, Al Quoz, Dubai, UAE", "TRN: 100555666700003"],
        "Date: 04/11/2025",
        currency="AED",
    )
    assert fields.invoice_date == date(2025, 11, 4)
    assert not fields.invoice_date_ambiguous


def test_an_exporters_payment_terms_settle_its_dates_order() -> None:
    # a Chinese exporter billing in dollars writes either order: "30 days net" with a due date
    # a day after the date as February, 30 days after it as April
    fields = _dated(
        ["Jinhua Brightway Housewares Co., Ltd.", "88 Binhong Rd, Jinhua, Zhejiang, China"],
        "Date: 03/04/2026",
        (120, [("Due date: 03/05/2026", 400)]),
        (280, [("Payment terms: 30 days net.", 50)]),
    )
    assert fields.invoice_date == date(2026, 4, 3)
    assert not fields.invoice_date_ambiguous


def test_without_terms_an_exporters_date_stays_in_doubt() -> None:
    fields = _dated(
        ["Jinhua Brightway Housewares Co., Ltd.", "88 Binhong Rd, Jinhua, Zhejiang, China"],
        "Date: 03/04/2026",
    )
    assert fields.invoice_date == date(2026, 3, 4)
    assert fields.invoice_date_ambiguous


def test_an_american_suppliers_order_outranks_its_terms() -> None:
    # the due date of an American invoice is where its writer put it, terms or none
    fields = _dated(
        ["Pinecrest Supply Inc.", "2290 Ringwood Ave, San Jose, CA 95131, USA"],
        "Date: 02/01/2026",
        (120, [("Due date: 04/02/2026", 400)]),
        (280, [("Payment terms: 30 days net.", 50)]),
    )
    assert fields.invoice_date == date(2026, 2, 1)


def test_a_german_packing_list_is_no_invoice() -> None:
    fields = _page(
        (20, [("Weberei Falkenau GmbH", 50)]),
        (34, [("Lindenstr. 4, 08118 Hartenstein", 50)]),
        (90, [("Rechnungsdatum: 12.06.2026", 50)]),
        (104, [("Packliste Nr. PL-2291", 50)]),
        (200, [("Pos.", 50), ("Bezeichnung", 100), ("Menge", 400)]),
        (214, [("1", 50), ("Leinen-Geschirrtuch 50x70", 100), ("40", 400)]),
        (228, [("2", 50), ("Baumwoll-Schürze natur", 100), ("25", 400)]),
    )
    assert fields.document_type == "packing_list"
