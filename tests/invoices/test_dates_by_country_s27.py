"""Session 27 (inv27a): invoice dates whose order or era the page itself settles.

A Malaysian, Indonesian or Thai supplier writes the day first ("03/09/2025" is 3 September)
and prices in ringgit, rupiah or baht; a Thai supplier may print the Buddhist era's year
("10/03/2568" is 10 March 2025). Dollars from an American supplier keep the month first, and a
page that shows no such evidence, or contrary evidence, keeps what was read before. Dates
wrapped in their cell (a CFDI's "Fecha: 2026-03-" over its day and time, a Czech date set flush
right) are read across the break, and a date after a cell that ends in its own value (a tax
number in another column) is not that value's. Pages, companies and figures are my own.

The review's mends (inv27h): the money is told only by amounts or the currency the page states
(an American "RM 418" room, a remark naming ringgit, tell nothing; "Php" is pesos too); a buyer
under "To:" or "Attn:" is no letterhead; a date beside a phone or tax number is read under its
column's header; a year of the Buddhist era puts the day first; a Thai delivery address makes
no Thai page."""

from __future__ import annotations

import io
from datetime import date

from support.rows_pdf import unicode_font

from reinstate.invoices.check import check_invoice

# (text, x, y, flush right): x is the cell's left edge, or its right edge when flush right
Cell = tuple[str, float, float, bool]


def _pdf(cells: list[Cell]) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=(595, 842))
    page.setFont(unicode_font(), 10)
    for text, x, y, right in cells:
        (page.drawRightString if right else page.drawString)(x, 842 - y, text)
    page.save()
    return out.getvalue()


def _rows(rows: list[list[tuple[str, float]]]) -> bytes:
    """Rows of cells (text, left edge), 18 points apart from the page's top."""
    return _pdf([(text, x, 40 + 18 * i, False) for i, row in enumerate(rows) for text, x in row])


def _read(data: bytes) -> tuple[date | None, bool]:
    fields = check_invoice(data, filename="invoice.pdf", ocr=False).fields
    return fields.invoice_date, fields.invoice_date_ambiguous


def _invoice(supplier: list[str], date_cell: str, money: str, buyer: str) -> bytes:
    """A one-page invoice: the supplier's letterhead, the buyer, the date, two rows, the sums."""
    rows = [[(line, 40)] for line in supplier]
    rows += [
        [("INVOICE", 40)],
        [("Bill To:", 40), ("Invoice No.: INV-2025-4471", 360)],
        [(buyer, 40), (date_cell, 360)],
        [("Description", 40), ("Qty", 300), ("Unit Price", 360), ("Amount", 460)],
        [("Rattan basket", 40), ("4", 300), ("120.00", 360), ("480.00", 460)],
        [("Rattan tray", 40), ("2", 300), ("60.00", 360), ("120.00", 460)],
        [("Subtotal", 360), (f"{money} 600.00", 460)],
        [("Total", 360), (f"{money} 600.00", 460)],
        [("Payment terms: 30 days", 40)],
    ]
    return _rows(rows)


_SELANGOR = ["Seroja Niaga Sdn. Bhd.", "No. 8, Jalan Pelabur 23/1, 40300 Shah Alam, Selangor"]
_JAKARTA = ["PT Cahaya Rempah", "Jl. Pintu Air Raya No. 41, Jakarta Pusat 10710"]
_OHIO = ["Buckeye Crate Supply Inc.", "4120 Harbor Rd, Toledo, OH 43611"]


def test_ringgit_and_rupiah_put_the_day_first_dollars_the_month() -> None:
    # "03/09/2025" was read as 9 March beside ringgit, rupiah and baht alike
    assert _read(_invoice(_SELANGOR, "Date: 03/09/2025", "RM", "Kedai Mawar")) == (
        date(2025, 9, 3),
        False,
    )
    assert _read(_invoice(_JAKARTA, "Tanggal: 09-06-2025", "Rp", "Toko Melati")) == (
        date(2025, 6, 9),
        False,
    )
    assert _read(_invoice(["Khlong Teak Co., Ltd."], "Date: 02/11/2025", "THB", "Mawar"))[0] == (
        date(2025, 11, 2)
    )
    # an American supplier in dollars: the month first, as before
    assert _read(_invoice(_OHIO, "Date: 03/09/2025", "$", "Lakeview Goods LLC"))[0] == (
        date(2025, 3, 9)
    )


def test_a_malaysian_company_heading_the_page_writes_the_day_first() -> None:
    # no currency printed: the letterhead's Sdn. Bhd. tells
    assert _read(_invoice(_SELANGOR, "Date: 07/10/2025", "", "Kedai Mawar"))[0] == date(2025, 10, 7)


def test_pesos_beside_ringgit_leave_the_order_as_it_was() -> None:
    # the Philippines writes the month first: contrary evidence, so month first and ambiguous
    # as on a page with no evidence; the ringgit alone puts the day first
    rows = _invoice(_SELANGOR, "Date: 03/09/2025", "RM", "Manila Bay Trading (PHP account)")
    assert _read(rows) == (date(2025, 3, 9), True)
    assert _read(_invoice(_SELANGOR, "Date: 03/09/2025", "RM", "Manila Bay Trading"))[0] == (
        date(2025, 9, 3)
    )


_BANGKOK = ["Chao Thong Trading Co., Ltd.", "15 Soi Sukhumvit 31, Khlong Toei, Bangkok 10110"]


def test_a_thai_invoice_dated_in_the_buddhist_era() -> None:
    # "2568" was past any year a date may have: no date at all
    assert _read(_invoice(_BANGKOK, "Date: 10/03/2568", "THB", "Kedai Mawar"))[0] == date(
        2025, 3, 10
    )
    assert _read(_invoice(_BANGKOK, "Date: 14 March 2568", "THB", "Kedai Mawar"))[0] == date(
        2025, 3, 14
    )


def test_a_buddhist_year_is_no_date_off_a_thai_page() -> None:
    # the same figures from a Malaysian supplier: no Thai context, no era. The Thai page beside
    # it makes the test fail before the change.
    assert _read(_invoice(_SELANGOR, "Date: 10/03/2568", "RM", "Kedai Mawar"))[0] is None
    assert _read(_invoice(_BANGKOK, "Date: 28/10/2568", "THB", "Kedai Mawar"))[0] == date(
        2025, 10, 28
    )


def test_a_date_after_the_buyers_tax_number_in_another_column() -> None:
    # The date's label lost (an OCR'd scan): "Tax ID 203897603N" ends the buyer's column on the
    # date's line, and the date was taken for that number's; the due date's label is printed,
    # so no date was read at all.
    rows = [
        [("Merlion Parts Pte. Ltd.", 40)],
        [("7 Kallang Way #04-21, Singapore 349013", 40)],
        [("TAX INVOICE", 40)],
        [("Bill To:", 40), ("Invoice No.: 4471", 360)],
        [("Tembusu Row Trading Pte. Ltd.", 40)],
        [("Tax ID 203897603N", 40), ("05 Nov 2025", 360)],
        [("Due Date:", 360)],
        [("05 Dec 2025", 360)],
        [("Description", 40), ("Qty", 300), ("Amount", 460)],
        [("Ceramic mug", 40), ("5", 300), ("75.20", 460)],
        [("Total (SGD)", 360), ("S$ 75.20", 460)],
    ]
    assert _read(_rows(rows))[0] == date(2025, 11, 5)
    # The invoice date's label printed over a value OCR garbled, the due date's label lost: the
    # date beside the tax number is the due date, and no date is read, as before.
    rows[3:8] = [
        [("Bill To:", 40), ("Invoice No.: 4471", 360)],
        [("Tembusu Row Trading Pte. Ltd.", 40), ("Date:", 360)],
        [("25 Tampines Link", 40), ("apeeete", 360)],
        [("Tax ID 203897603N", 40), ("2025/12/05", 360)],
    ]
    assert _read(_rows(rows))[0] is None


def test_a_cfdi_date_broken_at_its_hyphen() -> None:
    # "Fecha: 2026-03-" over "24T08:40:10" in the header's right column: no date before
    cells: list[Cell] = [
        ("Ferretería Cerro Azul S.A. de C.V.", 40, 40, False),
        ("FACTURA", 380, 40, False),
        ("Av. Constitución 410, Monterrey, N.L.", 40, 56, False),
        ("Folio: A-20417", 380, 56, False),
        ("C.P. 64000", 40, 72, False),
        ("Fecha: 2026-03-", 380, 72, False),
        ("RFC: SMF860316AB1", 40, 86, False),
        ("24T08:40:10", 380, 86, False),
        ("Cliente: Papelería Azteca S.A. de C.V.", 40, 120, False),
        ("Descripción", 40, 150, False),
        ("Importe", 460, 150, False),
        ("Jarra de cobre", 40, 168, False),
        ("$1,000.00", 460, 168, False),
        ("Subtotal", 380, 190, False),
        ("$1,000.00", 460, 190, False),
        ("IVA", 380, 208, False),
        ("$160.00", 460, 208, False),
        ("Total", 380, 226, False),
        ("$1,160.00", 460, 226, False),
    ]
    assert _read(_pdf(cells))[0] == date(2026, 3, 24)


def test_a_czech_date_wrapped_flush_right() -> None:
    # "Datum vystavení: 4. 3." over "2026", both set flush right in the header's right column
    cells: list[Cell] = [
        ("Faktura – daňový doklad", 40, 50, False),
        ("Datum vystavení: 4. 3.", 555, 46, True),
        ("2026", 555, 58, True),
        ("Datum splatnosti: 3. 4.", 555, 80, True),
        ("2026", 555, 92, True),
        ("Dodavatel", 40, 120, False),
        ("Sklárna Vrba s.r.o.", 40, 136, False),
        ("Polní 8, 612 00 Brno", 40, 152, False),
        ("Položka", 40, 180, False),
        ("Celkem", 460, 180, False),
        ("Mísa z lipového dřeva", 40, 196, False),
        ("1 210,00", 460, 196, False),
        ("Celkem k úhradě", 360, 220, False),
        ("1 210,00 Kč", 460, 220, False),
    ]
    assert _read(_pdf(cells))[0] == date(2026, 3, 4)


_ILLINOIS = ["Prairie Hinge Works Inc.", "77 W Lake St RM 418", "Chicago IL 60601"]


def test_ringgit_is_told_by_amounts_not_by_a_word_on_the_page() -> None:
    # an American room ("RM 418") in the letterhead, dollars printed "$ 600.00": no convention,
    # month first and ambiguous, as before the ringgit was read; it read 8 April as 4 August
    assert _read(_invoice(_ILLINOIS, "Date: 04/08/2025", "$", "Lakeview Goods LLC")) == (
        date(2025, 4, 8),
        True,
    )
    # a remark naming ringgit, and a product called "RM 7 kit": no ringgit the page prices in
    rows = [
        [("Prairie Hinge Works Inc.", 40)],
        [("INVOICE", 40)],
        [("Bill To:", 40), ("Invoice No.: 8812", 360)],
        [("Lakeview Goods LLC", 40), ("Date: 04/08/2025", 360)],
        [("Settlement in MYR through the buyer's bank", 40)],
        [("Repair resin RM 7 kit", 40), ("2", 300), ("300.00", 460)],
        [("Total", 360), ("$ 600.00", 460)],
    ]
    assert _read(_rows(rows)) == (date(2025, 4, 8), True)
    # the currency stated in the sum's label tells, amounts without a sign
    rows[-1] = [("Total (MYR)", 360), ("600.00", 460)]
    assert _read(_rows(rows)) == (date(2025, 8, 4), False)


def test_pesos_written_php_leave_the_order_unknown() -> None:
    # "Php 600.00" among ringgit: the Philippines writes the month first, so unknown
    rows = _invoice(_SELANGOR, "Date: 04/08/2025", "RM", "Bayanihan Foods (Php 1,000.00 paid)")
    assert _read(rows) == (date(2025, 4, 8), True)


def test_a_malaysian_buyer_under_to_or_attn_is_no_letterhead() -> None:
    for heading in ("To:", "Attn:"):
        rows = [
            [("Prairie Hinge Works Inc.", 40), ("INVOICE", 360)],
            [("77 W Lake St, Chicago IL 60601", 40)],
            [(f"{heading} Delima Jaya Sdn. Bhd.", 40), ("Invoice No.: 8812", 360)],
            [("Klang, Selangor", 40), ("Date: 04/08/2025", 360)],
            [("Door hinge", 40), ("600.00", 460)],
            [("Total", 360), ("$ 600.00", 460)],
        ]
        assert _read(_rows(rows)) == (date(2025, 4, 8), True), heading


_MERLION = [
    [("Merlion Parts Pte. Ltd.", 40)],
    [("7 Kallang Way #04-21, Singapore 349013", 40)],
    [("TAX INVOICE", 40)],
    [("Bill To:", 40), ("Invoice No.: 5120", 360)],
]
_MUGS = [
    [("Description", 40), ("Qty", 300), ("Amount", 460)],
    [("Teapot", 40), ("3", 300), ("96.60", 460)],
    [("Total (SGD)", 360), ("S$ 96.60", 460)],
]


def test_a_date_beside_a_phone_or_tax_number_read_under_its_columns_header() -> None:
    # a delivery date under its header, the buyer's phone beside it: it was taken for the
    # invoice's over the place-and-date line below
    rows = [
        *_MERLION,
        [("Orchid Row Traders Pte. Ltd.", 40), ("Delivery Date", 360)],
        [("Tel 6275 1184", 40), ("21 Oct 2025", 360)],
        [("Singapore, 12 Nov 2025", 40)],
        *_MUGS,
    ]
    assert _read(_rows(rows))[0] == date(2025, 11, 12)
    # the due date under its header beside a tax number, no other date: none, not the due date
    rows = [
        *_MERLION,
        [("Orchid Row Traders Pte. Ltd.", 40), ("Due Date", 360)],
        [("Tax ID 201433817K", 40), ("12 Dec 2025", 360)],
        *_MUGS,
    ]
    assert _read(_rows(rows))[0] is None
    # under the invoice date's header, it is the invoice's
    rows = [
        *_MERLION,
        [("Orchid Row Traders Pte. Ltd.", 40), ("Invoice Date", 360)],
        [("Customer ID: 30871", 40), ("12 Nov 2025", 360)],
        *_MUGS,
    ]
    assert _read(_rows(rows))[0] == date(2025, 11, 12)


def test_a_buddhist_year_puts_the_day_first() -> None:
    # a Thai exporter billing in dollars, and a Bangkok letterhead with no currency printed:
    # "07/02/2568" is 7 February, not 2 July said to be ambiguous
    exporter = ["Chao Thong Trading Co., Ltd.", "Bangkok 10110, Thailand"]
    assert _read(_invoice(exporter, "Date: 07/02/2568", "USD", "Lakeview Goods LLC")) == (
        date(2025, 2, 7),
        False,
    )
    assert _read(_invoice(_BANGKOK, "Date: 07/02/2568", "", "Kedai Mawar")) == (
        date(2025, 2, 7),
        False,
    )


def test_a_thai_delivery_address_makes_no_thai_page() -> None:
    # an American supplier shipping to Bangkok: the reference shaped like a Buddhist-era date
    # was read as 20 December 2023, the invoice's own date passed over
    rows = [
        [("Prairie Hinge Works Inc.", 40)],
        [("77 W Lake St, Chicago IL 60601", 40)],
        [("Ship To: Rattana Home Co., Ltd., Bangkok, Thailand", 40)],
        [("Customer Ref 2566-12-20", 40)],
        [("INVOICE 8812", 40), ("October 14, 2025", 360)],
        [("Door hinge", 40), ("$600.00", 460)],
        [("Total", 360), ("$600.00", 460)],
    ]
    assert _read(_rows(rows))[0] == date(2025, 10, 14)
