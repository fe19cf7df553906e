"""Session 15: what invoices17's Chinese files (ERP pages printed from a browser, phone photos of
them) showed misread; each test failed before its fix. Pages are words placed by hand."""

from __future__ import annotations

from support.ocr_words import read_rows

from reinstate.invoices.fields import title_kind


def test_the_amount_receivable_is_the_total() -> None:
    # A Chinese ERP's sales invoice ends "金额合计 … 运费 … 应收总额": the amount receivable is the
    # total; it was not known as a total label, and the freight label took its amount.
    fields = read_rows(
        "销售发票",
        "广州市拓朗照明科技有限公司",
        (300, [("数量合计：600", 40), ("金额合计：¥8,508.00", 150), ("运费：¥181.19", 300)]),
        (300, [("应收总额：¥8,689.19", 400)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 8689.19
    assert fields.totals["shipping"] == 181.19


def test_a_price_list_with_an_invoice_number_is_no_invoice() -> None:
    # A Guangzhou factory's "PRICE LIST" (MOQ, unit prices, lead times) carries an "Invoice No"
    # cell: it was called an invoice. A price list offers prices and buys nothing.
    fields = read_rows(
        "PRICE LIST",
        "Guangzhou Tuolang Lighting Technology Co., Ltd.",
        (120, [("Invoice No: CI2025-314", 300)]),
        (140, [("Date: 11/12/2025", 300)]),
        (200, [("Cotton bath towel", 40), ("500", 250), ("2.51", 320)]),
        font="Helvetica",
    )
    assert fields.document_type == "quotation"
    assert title_kind("Preisliste 2026") == title_kind("价格表") == "quotation"
    assert title_kind("Price listed below") is None
