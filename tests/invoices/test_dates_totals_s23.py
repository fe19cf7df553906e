"""Session 23: dates and totals read wrong. A Czech tax point date ("Datum usk. zdan. plnění",
its words cut short) and a due date ("Datum splatnosti") taken for the issue date; an issue
date whose "Datum" OCR misread, or whose month's full stop it read as a comma ("11. 4, 2026");
a French "Net à payer" read "Net 4 payer"; an exporter's 11/03/2025 whose invoice number
carries its year and month ("INV-2503-..."); an OCR'd row whose one figure differs from its
quantity × price by a digit OCR confuses (a fax's 1 read as 4), told as the invoice's error.
Each test failed before its fix. Pages and figures are my own, placed word by word."""

from __future__ import annotations

from datetime import date

from support.arith_check import sums_found
from support.ocr_words import read_rows

from reinstate.invoices.arith_gate import Claim, doubt
from reinstate.invoices.dates import find_dates
from reinstate.invoices.fields import Fields, Item

CZ_HEAD = "Faktura - daňový doklad"
CZ_SUPPLIER = "Dřevotvar Kolář s.r.o., Nádražní 12, 586 01 Jihlava"


def test_a_czech_date_whose_months_stop_ocr_read_as_a_comma() -> None:
    assert [d[2] for d in find_dates("Datum vystaveni: 11. 4, 2026")] == [date(2026, 4, 11)]


def test_the_tax_point_date_cut_short_is_not_the_issue_date() -> None:
    f = read_rows(
        CZ_HEAD,
        CZ_SUPPLIER,
        (90, [("Datum", 50), ("usk.", 90), ("zdan.", 120), ("plnéni:", 160), ("03.11.2026", 260)]),
        (105, [("Detum", 50), ("vystaveni:", 90), ("05.11.2026", 260)]),
        (120, [("Datum", 50), ("splatnosti:", 90), ("19.11.2026", 260)]),
        (200, [("Celkem", 50), ("k", 90), ("úhradě", 100), ("1 210,00", 400)]),
    )
    assert f.invoice_date == date(2026, 11, 5)


def test_a_due_date_is_never_the_issue_date_where_the_issue_date_was_lost() -> None:
    f = read_rows(
        CZ_HEAD,
        CZ_SUPPLIER,
        (90, [("Variabilní", 50), ("symbol:", 110), ("2026208", 260)]),
        (105, [("Datum", 50), ("splatnosti:", 90), ("6. 3. 2026", 260)]),
        (200, [("Celkem", 50), ("k", 90), ("úhradě", 100), ("1 210,00", 400)]),
    )
    assert f.invoice_date is None


def test_net_a_payer_read_with_a_four_is_the_total() -> None:
    f = read_rows(
        "FACTURE F2026-118",
        "Ateliers Morvan SARL, 14 rue des Tanneurs, 21000 Dijon",
        (80, [("Date:", 50), ("12/10/2026", 120)]),
        (200, [("Total", 300), ("HT", 330), ("2 480,00", 420)]),
        (215, [("Net", 300), ("4", 322), ("payer", 332), ("2 480,00 €", 420)]),
    )
    assert f.totals.get("total") == 2480.0


def test_an_exporters_number_naming_the_month_settles_the_dates_order() -> None:
    f = read_rows(
        "COMMERCIAL INVOICE",
        "Binh An Leather Goods Co., Lot 7, Song Than Industrial Park, Binh Duong, Vietnam",
        (80, [("Invoice", 300), ("No.:", 345), ("EX-2604-3318", 380)]),
        (95, [("Invoice", 300), ("Date:", 345), ("09/04/2026", 380)]),
        (200, [("TOTAL", 300), ("USD", 340), ("4,180.00", 420)]),
    )
    assert f.invoice_date == date(2026, 4, 9)


def _rows(amount: float) -> Fields:
    items = [
        Item("Row one", None, 500, 2.64, amount, 1, (0, 0, 1, 1)),
        Item("Row two", None, 12, 5.5, 66.0, 1, (0, 0, 1, 1)),
    ]
    sub = 1320.0 + 66.0  # the subtotal adds the first row as quantity × price
    tax = round(sub * 0.13, 2)
    f = Fields(totals={"subtotal": sub, "tax": tax, "total": round(sub + tax, 2)}, items=items)
    f.tax_rate = 13.0
    return f


def test_an_ocr_rows_figure_a_lookalike_of_the_sums_is_doubted() -> None:
    # 500 × 2.64 = 1,320.00 read "4,320.00"; the subtotal adds 1,320.00
    claim = Claim(1320.0, 4320.0, "line “Row one”", 500, 2.64)
    assert doubt(_rows(4320.0), True, [claim]) == ["lookalike"]
    found = sums_found(_rows(4320.0), ocr=True, gate=True)
    assert "I109" not in found and "I116" in found
    # a figure OCR does not take for the other (a 1 for a 2) stays the supplier's slip
    assert doubt(_rows(2320.0), True, [Claim(1320.0, 2320.0, "line “Row one”", 500, 2.64)]) == [
        None
    ]
    # read from a text layer, no misreading: an error
    assert doubt(_rows(4320.0), False, [claim]) == [None]


def _text_page(rows: list[tuple[float, list[tuple[str, float]]]]) -> Fields:
    return read_rows(
        "INVOICE", "Harlow Kitchenware Ltd, 4 Mill Lane, Leeds LS2 7QT", *rows, font="Helvetica"
    )


ITEM_HEAD = (
    100,
    [("Description", 50), ("Qty", 250), ("Unit price", 300), ("VAT %", 360), ("Amount", 450)],
)
ROWS = [
    (115, [("Enamel mug", 50), ("100", 250), ("3.10", 300), ("20", 360), ("310.00", 450)]),
    (130, [("Tea towel", 50), ("50", 250), ("2.40", 300), ("20", 360), ("120.00", 450)]),
]


def test_a_vat_summarys_header_under_the_rows_ends_them() -> None:
    # "Net | VAT % | Sales tax | Total" over "430.00 | 20 | 86.00 | 516.00": no item row
    f = _text_page(
        [
            (80, [("Invoice date: 12/03/2026", 50)]),
            ITEM_HEAD,
            *ROWS,
            (160, [("Net", 250), ("VAT %", 320), ("Sales tax", 380), ("Total", 450)]),
            (175, [("430.00", 250), ("20", 320), ("86.00", 380), ("516.00", 450)]),
            (200, [("Total due: £516.00", 300)]),
        ]
    )
    assert [i.description for i in f.items] == ["Enamel mug", "Tea towel"]
    assert "I109" not in sums_found(f, gate=True)


def test_two_sums_in_one_cell_each_keep_their_amount() -> None:
    f = _text_page(
        [
            (80, [("Invoice date: 12/03/2026", 50)]),
            ITEM_HEAD,
            *ROWS,
            (
                160,
                [("Subtotal:", 300), ("$430.00", 352), ("Shipping:", 393), ("$25.00", 445)],
            ),
            (175, [("Total due: $455.00", 300)]),
        ]
    )
    assert (f.totals.get("subtotal"), f.totals.get("shipping")) == (430.0, 25.0)


def test_a_street_named_transport_is_no_shipping_charge() -> None:
    f = read_rows(
        "FACTUUR",
        "Hoornbeek Opslag B.V.",
        (72, [("Transportweg 41", 50)]),
        (83, [("9901 ZX Nergenshoven", 50)]),
        (95, [("Factuurdatum", 300), ("12 maart 2026", 400)]),
        (110, [("Omschrijving", 50), ("Aantal", 250), ("Prijs", 320), ("Bedrag", 450)]),
        (125, [("Palletopslag", 50), ("10", 250), ("3,50", 320), ("35,00", 450)]),
        (140, [("Lossen container", 50), ("1", 250), ("200,00", 320), ("200,00", 450)]),
        (160, [("Subtotaal", 300), ("€ 235,00", 450)]),
        (175, [("BTW 21%", 300), ("€ 49,35", 450)]),
        (190, [("Totaal", 300), ("€ 284,35", 450)]),
        font="Helvetica",
    )
    assert "shipping" not in f.totals


def test_a_two_digit_year_is_no_next_cells_day() -> None:
    # "Rechnungsdatum | Fällig am" over "17. September | 17. Oktober", their years below
    assert date(2017, 9, 17) not in [d[2] for d in find_dates("17. September  17. Oktober")]


def test_an_iso_dates_t_read_as_a_seven() -> None:
    assert [d[2] for d in find_dates("Fecha de emisión: 2026-07-12719:53:31")] == [
        date(2026, 7, 12)
    ]


def test_an_amount_split_after_its_first_figure() -> None:
    f = read_rows(
        "請求書",
        "株式会社サンプル工業",
        (80, [("請求日", 50), ("2026年6月3日", 150)]),
        (100, [("ご請求金額", 50), ("¥1 04,936", 150)]),
        (200, [("小計", 300), ("¥95,396", 420)]),
        (215, [("消費税", 300), ("¥9,540", 420)]),
    )
    assert f.totals.get("total") == 104936.0


def test_a_base_over_an_unread_tax_is_no_total() -> None:
    # "IVA21%" glued: the tax is named but its amount unread; the total's label garbled
    f = read_rows(
        "FACTURA",
        "Tèxtils del Bages, S.L., Carrer Major 4, 07760 Ciutadella",
        (80, [("Data", 300), ("16/03/2026", 400)]),
        (200, [("Subtotal", 300), ("4.301,19€", 420)]),
        (215, [("Ports", 300), ("18,50€", 420)]),
        (230, [("Base imposable 21 %", 300), ("4.319,69€", 420)]),
        (245, [("IVA21%", 300), ("907,13€", 420)]),
        (260, [("mre", 300), ("WAKA", 420)]),
    )
    assert f.totals.get("total") != 4319.69
