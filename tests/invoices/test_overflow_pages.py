"""A spreadsheet printed over two pages across: labels on page 1, their amounts on page 2
(LibreOffice Calc prints the columns that do not fit on a page of their own). Pages are words
placed by hand."""

from __future__ import annotations

from support.ocr_words import Cells, text_lines

from reinstate.invoices.fields import Fields, extract
from reinstate.invoices.overflow import stitch

PAGES = [{"number": 1, "width": 595.0}, {"number": 2, "width": 595.0}]

_PAGE1: list[Cells] = [
    (58, [("Invoice", 283, 312)]),
    (86, [("INVOICE", 288, 338)]),
    (112, [("Harbour", 58, 100), ("Tools", 103, 130), ("Ltd", 133, 150)]),
    (112, [("Invoice", 423, 450), ("no.", 453, 470)]),
    (150, [("Invoice", 423, 450), ("date", 453, 475)]),
    (240, [("Description", 123, 180), ("Qty", 327, 347), ("Unit", 375, 395)]),
    (240, [("Price", 423, 450)]),
    (253, [("Kitchen", 123, 160), ("scale", 163, 190), ("50", 365, 375), ("820", 480, 495)]),
    (265, [("Cutting", 123, 160), ("board", 163, 190), ("6", 370, 375), ("104", 480, 495)]),
    (278, [("Subtotal", 375, 415)]),
    (291, [("VAT", 375, 395), ("10%", 398, 415)]),
    (304, [("Total", 375, 400)]),
    (772, [("Page", 284, 300), ("1", 303, 311)]),
]


def _page2(*values: Cells) -> list[Cells]:
    return [(58, [("Invoice", 283, 312)]), *values, (772, [("Page", 284, 300), ("2", 303, 311)])]


_VALUES: list[Cells] = [
    (113, [("2405-724", 91, 129)]),
    (150, [("31.05.2026", 79, 129)]),
    (240, [("Amount", 95, 129)]),
    (254, [("41,000", 100, 129)]),
    (267, [("624", 114, 129)]),
    (280, [("¥41,624", 95, 129)]),
    (292, [("¥4,162", 100, 129)]),
    (304, [("¥45,786", 95, 129)]),
]


def _read(page2: list[Cells]) -> Fields:
    per_page = [text_lines(*_PAGE1, number=1), text_lines(*page2, number=2)]
    return extract([ln for lines in stitch(PAGES, per_page) for ln in lines])


def test_values_printed_on_a_page_of_their_own_are_read_beside_their_labels() -> None:
    # invoices13's Japanese Calc invoices: "合計" on page 1, "¥61,600" on page 2 at its height;
    # no total was read
    fields = _read(_page2(*_VALUES))
    assert fields.totals == {"subtotal": 41624.0, "tax": 4162.0, "total": 45786.0}
    # a bare "624" is an amount, not the page's number
    assert [i.line_total for i in fields.items] == [41000.0, 624.0]
    assert fields.invoice_number == "2405-724"


def test_a_continued_item_table_is_not_moved() -> None:
    # a second page whose rows carry words beside their numbers is the table going on, even at
    # the heights of page 1's rows
    rows = [(254, [("Knife", 58, 80), ("12", 102, 112), ("4.00", 150, 170), ("48.00", 200, 229)])]
    per_page = [text_lines(*_PAGE1, number=1), text_lines(*_page2(*_VALUES[:2], *rows), number=2)]
    assert stitch(PAGES, per_page) == per_page


def test_a_value_at_a_height_the_page_before_has_no_line_at_leaves_the_pages() -> None:
    per_page = [
        text_lines(*_PAGE1, number=1),
        text_lines(*_page2(*_VALUES, (500, [("9.99", 105, 129)])), number=2),
    ]
    assert stitch(PAGES, per_page) == per_page


def test_a_calc_sheet_s_net_column_and_cut_labels_are_read() -> None:
    # invoices11's Italian Calc sheet: a header of two words over the amounts ("Montant HT"),
    # labels cut by their cells ("Spese di traspo", "Totale docum") and the larger "Totale"
    # set on its cell's bottom, its top 5 points above its amount's
    page1: list[Cells] = [
        (58, [("Invoice", 283, 312)]),
        (78, [("FATTURA", 280, 330)]),
        (100, [("Descrizione", 151, 216), ("Q.tà", 355, 379), ("Prezzo", 429, 460)]),
        (113, [("Borraccia", 151, 200), ("5", 355, 362), ("6,85", 429, 451)]),
        (126, [("Casco", 151, 180), ("60", 355, 368), ("37,86", 429, 458)]),
        (150, [("Importo", 355, 394)]),
        (163, [("Spese", 355, 380), ("di", 383, 390), ("traspo", 393, 433)]),
        (176, [("Imponibile", 355, 407)]),
        (190, [("Totale", 355, 390), ("docum", 393, 432)]),
        (772, [("Page", 284, 300), ("1", 303, 311)]),
    ]
    page2 = _page2(
        (100, [("Montant", 58, 92), ("HT", 95, 108)]),
        (113, [("34,25", 58, 86)]),
        (126, [("2.271,60", 58, 102)]),
        (150, [("€", 58, 64), ("2.305,85", 66, 110)]),
        (163, [("€", 58, 64), ("14,50", 66, 96)]),
        (176, [("€", 58, 64), ("2.320,35", 66, 110)]),
        (195, [("€", 58, 64), ("2.320,35", 66, 110)]),
    )
    per_page = [text_lines(*page1, number=1), text_lines(*page2, number=2)]
    # a larger type: the label's line reaches as low as its amount's
    for ln in per_page[0]:
        for w in ln.words:
            if w.text in ("Totale", "docum"):
                w.bottom = 205.0
    fields = extract([ln for lines in stitch(PAGES, per_page) for ln in lines])
    assert [i.line_total for i in fields.items] == [34.25, 2271.60]
    assert fields.totals["shipping"] == 14.50
    assert fields.totals["total"] == 2320.35
