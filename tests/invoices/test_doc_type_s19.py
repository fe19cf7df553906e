"""Session 19 (inv19e): what kind of document it is, dates and totals as unseen writers print
them. Each test failed before its fix, but the guards of what a fix must leave alone. Pages
are words placed by hand, in layouts of our own."""

from __future__ import annotations

from datetime import date
from typing import Any

from support.ocr_words import word

from reinstate.invoices.fields import Fields, build_lines, extract

Cell = tuple[str, float]  # (text, x0): its words placed one after another
Row = tuple[float, list[Cell]]


def _page(*rows: Row, font: str = "Helvetica", sizes: dict[float, float] | None = None) -> Fields:
    words: list[dict[str, Any]] = []
    for top, cells in rows:
        size = (sizes or {}).get(top, 10.0)
        for text, x0 in cells:
            x = x0
            for part in text.split():
                w = word(part, x, top, font)
                w["size"] = size
                w["x1"] = x + 0.55 * size * len(part)
                words.append(w)
                x = w["x1"] + 0.3 * size
    return extract(build_lines({"number": 1, "chars": words}))


_ITEMS: list[Row] = [
    (200, [("# Description", 50), ("Qty", 300), ("Unit Price", 360), ("Amount", 450)]),
    (214, [("1 Brass hinge 40 mm", 50), ("100", 300), ("0.80", 360), ("80.00", 450)]),
    (228, [("2 Oak shelf bracket", 50), ("20", 300), ("4.00", 360), ("80.00", 450)]),
]


def test_a_quotation_title_ending_the_letterheads_first_cell_names_the_document() -> None:
    fields = _page(
        (20, [("Lindqvist Fittings Co., Ltd. QUOTATION", 50)]),
        (40, [("12 Harbour Road, Gothenburg", 50)]),
        (60, [("Tax ID 55501234", 50), ("No.", 300), ("QT-2026-118", 360)]),
        (74, [("Date Feb 3, 2026", 50)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
        (270, [("Payment terms: T/T within 30 days of invoice date", 50)]),
    )
    assert fields.document_type == "quotation"


def test_a_reference_ending_the_first_cell_is_not_the_pages_title() -> None:
    # "Your ref: Purchase order" names the buyer's order: the page's own title wins
    fields = _page(
        (20, [("Your ref: PURCHASE ORDER", 50)]),
        (40, [("INVOICE", 400)]),
        (60, [("Invoice No. 2231", 50)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
    )
    assert fields.document_type == "invoice"


def test_payment_terms_naming_the_invoice_date_do_not_make_an_invoice() -> None:
    fields = _page(
        (20, [("Lindqvist Fittings Co., Ltd.", 50)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
        (270, [("Payment due within 30 days of invoice date", 50)]),
    )
    assert fields.document_type is None


def test_an_invoice_date_label_still_makes_an_untitled_page_an_invoice() -> None:
    fields = _page(
        (20, [("Lindqvist Fittings Co., Ltd.", 50)]),
        (60, [("Invoice date:", 50), ("03.02.2026", 150)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
    )
    assert fields.document_type == "invoice"


def _sheet(title: str, *rows: Row) -> Fields:
    """A spreadsheet's page: its tab's name as the header, "Page 1" as the footer."""
    return _page(
        (10, [("Invoice", 280)]),
        (40, [("Lindqvist Fittings Co., Ltd.", 50)]),
        (54, [("12 Harbour Road, Gothenburg", 50)]),
        (70, [(title, 50), ("No.", 120), ("DOC-2026-0114", 160)]),
        (84, [("Date", 50), ("Feb 3, 2026", 120)]),
        *rows,
        (300, [("Payment terms: T/T within 30 days of invoice date", 50)]),
        (780, [("Page 1", 280)]),
        sizes={70: 14.0},
    )


def test_a_packing_list_made_from_an_invoice_sheet_is_no_invoice() -> None:
    fields = _sheet(
        "PAC",
        (200, [("#", 50), ("Description", 70), ("Qty", 300), ("Unit", 360)]),
        (214, [("1", 50), ("Brass hinge 40 mm", 70), ("100", 300), ("pcs", 360)]),
        (228, [("2", 50), ("Oak shelf bracket", 70), ("20", 300), ("pcs", 360)]),
    )
    assert fields.document_type is None


def test_a_price_list_made_from_an_invoice_sheet_is_no_invoice() -> None:
    fields = _sheet("LIS", *_ITEMS)
    assert fields.document_type is None


def test_an_invoice_sheet_asking_for_an_amount_is_an_invoice() -> None:
    fields = _sheet("INV", *_ITEMS, (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]))
    assert fields.document_type == "invoice"


def test_the_sheets_own_title_outranks_its_tabs_name() -> None:
    fields = _sheet(
        "Oferta handlowa", *_ITEMS, (250, [("Razem do zapłaty", 300), ("160,00 zł", 450)])
    )
    assert fields.document_type == "quotation"


def _dated(*letterhead: str) -> Fields:
    return _page(
        *[(20 + 14 * i, [(text, 50)]) for i, text in enumerate(letterhead)],
        (90, [("Bill To:", 50), ("INVOICE", 400)]),
        (104, [("Bluecrest Home Goods Inc.", 50), ("Date: 12/03/2026", 400)]),
        (118, [("5600 Kearny Villa Rd, San Diego, CA 92123, USA", 50)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
    )


def test_a_hong_kong_supplier_invoicing_in_dollars_writes_the_day_first() -> None:
    fields = _dated("Kai Tak Components Ltd.", "Unit 12, 8/F, 9 Hoi Bun Rd, Kowloon, Hong Kong")
    assert fields.invoice_date == date(2026, 3, 12)


def test_an_american_supplier_invoicing_in_dollars_writes_the_month_first() -> None:
    fields = _dated("Pinecrest Supply Inc.", "2290 Ringwood Ave, San Jose, CA 95131, USA")
    assert fields.invoice_date == date(2026, 12, 3)


def test_a_buyer_in_a_day_first_place_says_nothing_of_the_suppliers_order() -> None:
    fields = _page(
        (20, [("Pinecrest Supply Inc.", 50)]),
        (34, [("2290 Ringwood Ave, San Jose, CA 95131, USA", 50)]),
        (90, [("Bill To:", 50), ("INVOICE", 400)]),
        (104, [("Northwind Cables Ltd, Manchester, England", 50), ("Date: 12/03/2026", 400)]),
        *_ITEMS,
        (250, [("TOTAL (USD)", 300), ("USD 160.00", 450)]),
    )
    assert fields.invoice_date == date(2026, 12, 3)


def _gst(total: str) -> Fields:
    return _page(
        (20, [("Ganga Brassware House", 50), ("TAX INVOICE", 400)]),
        (34, [("GSTIN 09ABQPM6621R1Z3", 50)]),
        (
            60,
            [
                (
                    "Place of supply: Uttar Pradesh 244102 | Reverse charge: No | "
                    "Transport: By road, LR 55120",
                    50,
                )
            ],
        ),
        (74, [("Invoice #", 300), ("GBH/25-26/741", 400)]),
        (88, [("Date", 300), ("28-Feb-2025", 400)]),
        *_ITEMS,
        (250, [("Subtotal", 300), ("%160.00", 450)]),
        (264, [("IGST 12%", 300), ("%19.20", 450)]),
        (278, [("Total", 300), (total, 450)]),
        font="ocr",
    )


def test_a_rupee_sign_read_as_a_percent_sign_leads_the_total() -> None:
    fields = _gst("%179.20")
    assert fields.totals["total"] == 179.2
    assert fields.totals["subtotal"] == 160.0


def test_a_gst_invoices_line_of_supply_details_is_no_charge() -> None:
    fields = _gst("₹179.20")
    assert "shipping" not in fields.totals
    assert fields.totals["total"] == 179.2


def test_a_title_opening_a_line_of_fields_set_apart_by_bars_is_the_title() -> None:
    fields = _page(
        (20, [("Ferramenta Lagunare S.r.l.", 50)]),
        (
            60,
            [
                (
                    "Factura  Factura n.: 318/2026 | Fecha: 22/04/2026 | Vencimiento: "
                    "06/05/2026 | Cliente: 53959",
                    50,
                )
            ],
        ),
        (74, [("Su pedido. PO-2026-4410", 50)]),
        *_ITEMS,
        (250, [("Total factura", 300), ("160,00 €", 450)]),
        font="ocr",
    )
    assert fields.document_type == "invoice"
    assert fields.document_title == "Factura Factura n.: 318/2026"


def test_the_buyers_order_named_with_its_reference_is_no_title() -> None:
    fields = _page(
        (20, [("Ferramenta Lagunare S.r.l.", 50)]),
        (40, [("Su pedido. PO-2026-4410", 50)]),
        (60, [("Factura", 50)]),
        *_ITEMS,
        (250, [("Total factura", 300), ("160,00 €", 450)]),
    )
    assert fields.document_type == "invoice"


def test_a_quotation_with_its_own_number_beside_its_title_stays_a_quotation() -> None:
    fields = _page(
        (20, [("Ferramenta Lagunare S.r.l.", 50)]),
        (40, [("Presupuesto PR-2026-77", 50)]),
        (60, [("Fecha de factura prevista: 22/04/2026", 50)]),
        *_ITEMS,
        (250, [("Total", 300), ("160,00 €", 450)]),
    )
    assert fields.document_type == "quotation"


def test_japanese_packing_details_are_a_packing_list() -> None:
    fields = _page(
        (20, [("株式会社ミナト梱包", 50), ("梱包明細", 400)]),
        (40, [("請求番号 PK-2026-18", 400)]),
        (200, [("品名", 50), ("単位", 250), ("数量", 300)]),
        (214, [("折りたたみ箱", 50), ("個", 250), ("500", 300)]),
    )
    assert fields.document_type == "packing_list"


def test_a_summarys_rate_row_beside_a_block_naming_the_base_is_no_sum_row() -> None:
    # the rate's row of a VAT summary, its gross no total; the block right of the summary
    # prints "Imposta 10% (imponibile" on the row's line
    fields = _page(
        (20, [("Torrefazione Alpina S.p.A.", 50), ("Fattura", 400)]),
        *_ITEMS,
        (
            250,
            [("Aliquota", 50), ("Imponibile", 120), ("Imposta", 190), ("Importo", 260)],
        ),
        (
            264,
            [
                ("10%", 50),
                ("100,00", 120),
                ("10,00", 190),
                ("110,00", 260),
                ("Imposta 10% (imponibile", 340),
            ],
        ),
        (278, [("22%", 50), ("60,00", 120), ("13,20", 190), ("73,20", 260)]),
        (300, [("Totale documento", 340), ("€ 183,20", 450)]),
    )
    assert fields.totals["total"] == 183.2


def test_a_subtotal_whose_rupee_sign_was_read_as_a_digit_leaves_the_total_standing() -> None:
    fields = _page(
        (20, [("Ganga Brassware House", 50), ("TAX INVOICE", 400)]),
        (74, [("Invoice #", 300), ("GBH/25-26/741", 400)]),
        *_ITEMS,
        (250, [("Subtotal", 300), ("7160.00", 450)]),
        (264, [("IGST 12%", 300), ("₹19.20", 450)]),
        (278, [("Total", 300), ("₹179.20", 450)]),
        font="ocr",
    )
    assert fields.totals["total"] == 179.2
    assert fields.totals["subtotal"] == 160.0
