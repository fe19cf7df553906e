"""Session 23 (inv23d): non-invoices called invoices and genuine files flagged or doubted. A
delivery note or an order made from an invoice's template quotes the invoice's number ("Invoice
#: INV-16035") under its own title, which OCR reads no larger; an OCR'd row whose amount alone
is one figure off while the subtotal bears out its quantity × price is a misread; error levels
that rise as high on the page's ordinary print as anywhere. Pages and figures are my own."""

from __future__ import annotations

import pytest
from support.ocr_words import cell

from reinstate.invoices.arith_gate import Claim, doubt
from reinstate.invoices.fields import Fields, Item, Line, extract


def _page(rows: list[list[tuple[str, float, float]]], conf: float | None = 90.0) -> list[Line]:
    """Lines of cells (text, left edge, height), 18 points apart; OCR'd unless `conf` is None."""
    return [
        Line(1, [cell(text, x, 40.0 + 18 * i, size, conf) for text, x, size in row])
        for i, row in enumerate(rows)
    ]


def _document(
    title: str, number: list[tuple[str, float, float]]
) -> list[list[tuple[str, float, float]]]:
    return [
        [("Birchfold Kitchen Supply Inc.", 40, 12)],
        [("88 Dundas Street West, Toronto, ON M5G 1Z4", 40, 9)],
        [(title, 40, 8)],
        [("Ship to:", 40, 9), *number],
        [("Lakeshore Goods Ltd.", 40, 9), ("Date: 2026-05-04", 380, 9)],
        [("Description", 40, 9), ("Qty", 300, 9)],
        [("Bamboo serving tray", 40, 9), ("24", 300, 9)],
        [("Linen napkins, set of 6", 40, 9), ("40", 300, 9)],
        [("Thank you for your business.", 40, 9)],
    ]


_NUMBER = [("Invoice #: MR-20417", 380, 10)]


@pytest.mark.parametrize(
    ("title", "kind"),
    [("DELIVERY NOTE", "packing_list"), ("PURCHASE ORDER", "order_confirmation")],
)
def test_an_ocr_read_note_quoting_its_invoice_number_is_the_note(title: str, kind: str) -> None:
    assert extract(_page(_document(title, _NUMBER))).document_type == kind


def test_a_packing_list_title_ocr_split_is_read_beside_a_quoted_invoice_number() -> None:
    number = [("invoice", 380, 9), ("MR-20417", 440, 14)]
    fields = extract(_page(_document("PAC Kl NG LIST", number)))
    assert fields.document_type == "packing_list"


def test_an_invoice_titled_as_one_keeps_its_title_beside_its_number() -> None:
    assert extract(_page(_document("INVOICE", _NUMBER))).document_type == "invoice"


def test_a_purchase_order_column_of_an_invoices_header_table_is_no_title() -> None:
    # an invoice whose big title OCR lost, named only by its number, with the buyer's order
    # number in a header table: the column's heading shares its line with the others
    rows = _document("Terms: net 30", _NUMBER)
    rows.insert(5, [("PURCHASE ORDER", 40, 9), ("SHIP VIA", 200, 9), ("TERMS", 330, 9)])
    rows.insert(6, [("PO-88213", 40, 9), ("Ground", 200, 9), ("Net 30", 330, 9)])
    assert extract(_page(rows)).document_type == "invoice"


def test_an_ocr_split_title_alone_does_not_make_an_invoice_a_packing_list() -> None:
    # no quoted number: the invoice's title word stands alone and is the page's
    rows = _document("PAC Kl NG LIST", [("INVOICE", 380, 14)])
    assert extract(_page(rows)).document_type == "invoice"


ROWS = [("Bamboo serving tray", 24, 6.25), ("Linen napkins", 40, 3.10), ("Oak board", 5, 21.80)]
SUB = round(sum(q * p for _d, q, p in ROWS), 2)


def _read(first_amount: float, subtotal: float) -> Fields:
    f = Fields(totals={"subtotal": subtotal})
    amounts = [first_amount] + [round(q * p, 2) for _d, q, p in ROWS[1:]]
    f.items = [
        Item(d, None, q, p, a, 1, (0, 0, 1, 1)) for (d, q, p), a in zip(ROWS, amounts, strict=True)
    ]
    return f


def test_an_ocr_row_the_subtotal_reads_again_stays_an_error() -> None:
    claim = Claim(150.0, 450.0, "line Bamboo serving tray", 24, 6.25)
    assert doubt(_read(450.0, round(SUB + 300, 2)), True, [claim]) == [None]


def test_only_regions_standing_above_the_pages_print_count() -> None:
    from reinstate.invoices.image_resaved import standing_out

    box = (0, 0, 8, 8)
    plateau = [(box, 1.75), (box, 1.69), (box, 1.61), (box, 1.58), (box, 1.58)]
    assert standing_out(plateau) == []
    pasted = [(box, 2.4), (box, 1.63), (box, 1.6), (box, 1.56), (box, 1.55)]
    assert standing_out(pasted) == [(box, 2.4)]
    # fewer regions than a full list: nothing shows how far print rises
    assert standing_out([(box, 1.6), (box, 1.55)]) == [(box, 1.6), (box, 1.55)]
