"""Session 17 (inv17d): the document type, date and total as unseen writers lay them out
(invoices21-23: LibreOffice Calc exports, an Australian receipt, a title set against a long
name). Each test failed before its fix. Pages are words or glyphs placed by hand."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.ocr_words import read_rows

from reinstate.invoices.fields import build_lines, extract


def _calc_invoice(title: str, *cells: str):
    return read_rows(
        title,
        "Drewnex Kowalczyk-Biel s.c.",
        *[(90 + 13 * i, [(cell, 50)]) for i, cell in enumerate(cells)],
        (200, [("Razem brutto", 50), ("1 746,95 zł", 400)]),
    )


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        # LibreOffice Calc cuts a label at its cell's edge; the value in the next cell is
        # printed flush against what is left of it.
        (("Nr FV/236/03/2025", "Data wystaw2025-03-25", "Termin płatn2025-04-24"), "2025-03-25"),
        (("Nr. F2025-2585", "Factuurdatu19-07-2025", "Vervaldatum18-08-2025"), "2025-07-19"),
        (("Rechnungsd28. Dezember 2025", "Fällig am 27. Januar 2026"), "2025-12-28"),
        # the due date's label cut first: still never the invoice's date
        (("Termin płatn2025-04-24", "Data wystaw2025-03-25"), "2025-03-25"),
    ],
)
def test_a_date_after_a_label_its_cell_cut_is_read(cells: tuple[str, ...], expected: str) -> None:
    fields = _calc_invoice("FAKTURA VAT", *cells)
    assert fields.invoice_date == date.fromisoformat(expected)


@pytest.mark.parametrize(
    "cells",
    [
        ("Termin płatn2025-04-24",),  # only the due date: no invoice date said
        # "Fecha de" begins the issue date's label and the due date's alike
        ("Fecha de2025-03-25",),
        ("INV2025-03-25",),  # a number shaped like a date, after no label
    ],
)
def test_a_date_glued_to_no_issue_label_is_not_the_invoice_date(cells: tuple[str, ...]) -> None:
    assert _calc_invoice("FAKTURA VAT", *cells).invoice_date is None


def _glyphs(text: str, x0: float, top: float, size: float) -> list[dict[str, Any]]:
    out, x = [], x0
    for ch in text:
        width = 0.6 * size
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + width,
                "top": top,
                "bottom": top + size,
                "size": size,
                "font": "DejaVu-Sans-Bold",
            }
        )
        x += width
    return out


def _page(head: list[dict[str, Any]]) -> list[Any]:
    chars = [*head]
    rows = [
        (110, [("Bestellung", 45), ("6169149", 200)]),
        (125, [("Rechnungsdatum", 45), ("22.09.2025", 200)]),
        (170, [("Bezeichnung", 45), ("Menge", 200), ("Einzelpreis", 300), ("Gesamt", 400)]),
        (185, [("Holzpuzzle", 45), ("60", 200), ("9,59", 300), ("575,40", 400)]),
        (220, [("Rechnungsbetrag", 45), ("575,40", 400)]),
    ]
    for top, cells in rows:
        for text, x0 in cells:
            chars += _glyphs(text, x0, top, 9.0)
    return build_lines({"number": 1, "chars": chars})


def test_a_title_set_larger_against_a_long_name_is_the_title() -> None:
    # "Hennigsdorf Haushaltswaren GmbH" fills the line and "RECHNUNG", 20 pt after 17 pt,
    # starts where it ends: read as one word "GmbHRECHNUNG", the page was named after the
    # order it refers to ("Bestellung 6169149").
    name = _glyphs("Haushaltswaren GmbH", 45, 54, 17.0)
    title = _glyphs("RECHNUNG", name[-1]["x1"] + 0.5, 54, 20.0)
    fields = extract(_page(name + title))
    assert fields.document_type == "invoice"


def test_a_name_with_no_title_beside_it_names_no_type() -> None:
    # the same name in one size: no title read from it, the reference stays what was read
    fields = extract(_page(_glyphs("Haushaltswaren GmbHRECHNUNG", 45, 54, 17.0)))
    assert fields.document_type != "invoice"


@pytest.mark.parametrize(
    "marker", ["ABN 51 824 753 556", "Total AUD", "Southern Cross Homewares Pty Ltd"]
)
def test_australian_dollars_put_the_day_first(marker: str) -> None:
    fields = read_rows(
        "SALES RECEIPT",
        "Southern Cross Homewares",
        (76, [("02/06/2025 19:06", 50), ("INV-2515868", 300)]),
        (90, [(marker, 50)]),
        (160, [("Subtotal", 50), ("245.37", 400)]),
        (180, [("Total", 50), ("$269.91", 400)]),
    )
    assert fields.invoice_date == date(2025, 6, 2)


def test_american_dollars_still_put_the_month_first() -> None:
    fields = read_rows(
        "SALES RECEIPT",
        "Maple Run Outfitters LLC",
        (76, [("02/06/2025 19:06", 50), ("INV-2515868", 300)]),
        (180, [("Total", 50), ("$269.91", 400)]),
    )
    assert fields.invoice_date == date(2025, 2, 6)


def test_a_date_its_cell_wraps_beside_other_cells_is_read() -> None:
    # "Invoice date: August" over "14, 2026" in the right column, beside "Supplier | Buyer"
    fields = read_rows(
        "Invoice",
        "Alibaba.com",
        (105, [("Invoice date: August", 466)]),
        (115, [("Supplier", 44), ("Buyer", 189), ("14, 2026", 466)]),
        (200, [("Total amount", 44), ("US $8,984.00", 466)]),
    )
    assert fields.invoice_date == date(2026, 8, 14)


def _traditional(*rows: tuple[float, list[tuple[str, float]]]):
    return read_rows(
        "發票",
        "港陞貿易有限公司",
        (87, [("日期: 22/06/2026", 50)]),
        (197, [("品名", 50), ("數量", 290), ("單價", 360), ("金額", 450)]),
        (215, [("行動電源", 50), ("300", 336), ("88.00", 421), ("26,400.00", 520)]),
        (232, [("藍牙耳機", 50), ("200", 336), ("96.00", 421), ("19,200.00", 520)]),
        *rows,
    )


def test_traditional_chinese_sums_are_read() -> None:
    fields = _traditional(
        (276, [("小計", 356), ("HK $45,600.00", 500)]),
        (293, [("運費", 356), ("HK $180.00", 500)]),
        (312, [("總計", 356), ("HK $45,780.00", 500)]),
    )
    assert fields.totals == {"subtotal": 45600.0, "shipping": 180.0, "total": 45780.0}
    # the quantity and price right-aligned under headers set at their cells' left edge, the
    # amount far right of the last header
    assert [(i.quantity, i.unit_price, i.line_total) for i in fields.items] == [
        (300.0, 88.0, 26400.0),
        (200.0, 96.0, 19200.0),
    ]
    assert fields.invoice_date == date(2026, 6, 22)  # Hong Kong dollars: day first


def test_a_taiwanese_e_invoices_sums_are_read() -> None:
    fields = read_rows(
        "電子發票證明聯",
        "騰穎科技股份有限公司",
        (102, [("開立日期：2026/06/13", 50)]),
        (228, [("銷售額合計", 50), ("NT$39,700", 450)]),
        (244, [("營業稅 5%", 50), ("NT$1,985", 450)]),
        (260, [("總計", 50), ("NT$41,685", 450)]),
    )
    assert fields.totals == {"subtotal": 39700.0, "tax": 1985.0, "total": 41685.0}


def test_a_rate_line_no_label_reads_keeps_the_total_from_the_lines_sum() -> None:
    # OCR garbled "營業稅 5%" into "BRR 5%": the total holds a tax, it is no sum of the lines
    fields = _traditional(
        (260, [("BRR 5%", 356), ("HK $2,280.00", 500)]),
        (280, [("總計", 356), ("HK $47,880.00", 500)]),
    )
    assert fields.tax_named


@pytest.mark.parametrize(
    ("title", "reference"),
    [
        ("销售货物或者提供应税劳务清单", "附：增值税专用发票 No.43164659"),
        ("1688 采购批发 · 订单详情", "订单号：404970459632896930"),
    ],
)
def test_chinese_goods_lists_and_order_pages_are_no_invoices(title: str, reference: str) -> None:
    fields = read_rows(
        title,
        "义乌市千禾日用品有限公司",
        (152, [("购买方: 广州穗联跨境电子商务有限公司", 50), ("单号: RE-31932", 300)]),
        (165, [("日期: 2026年04月21日", 300)]),
        (191, [("货物名称", 50), ("数量", 290), ("单价", 360), ("金额", 450)]),
        (203, [("PP收纳盒", 50), ("150", 290), ("15.20", 360), ("2,280.00", 450)]),
        (536, [("合计", 50), ("¥2,280.00", 450)]),
        (574, [(reference, 50)]),
    )
    assert fields.document_type not in ("invoice", "tax_invoice", "receipt")


def test_the_amount_with_tax_under_a_sum_with_freight_is_the_total() -> None:
    # "小计 / 运费 / 合计 / 税额 13% / 价税合计": the 合计 under the 小计 was taken for the total
    # and the invoice told its sums were wrong
    fields = read_rows(
        "增值税专用发票",
        "义乌市星禾日用品有限公司",
        (140, [("开票日期 2025年2月1日", 50)]),
        (388, [("小计", 50), ("¥14,193.28", 450)]),
        (405, [("运费", 50), ("¥97.50", 450)]),
        (421, [("合计", 50), ("¥14,290.78", 450)]),
        (438, [("税额 13%", 50), ("¥1,857.80", 450)]),
        (452, [("价税合计 ¥16,148.58", 50)]),
    )
    assert fields.totals["total"] == 16148.58


def _french_sums(total: tuple[str, str]):
    return read_rows(
        "FACTURE",
        "Atelier Ducasse Textiles SARL",
        (370, [("Sous-total", 50), ("2 516,36 €", 400)]),
        (389, [("Frais de port", 50), ("12,50 €", 400)]),
        (406, [("Total HT", 50), ("2 528,86 €", 400)]),
        (422, [("TVA 20% (Base HT 1 728,47)", 50), ("345,69 €", 400)]),
        (469, [(total[0], 50), (total[1], 400)]),
    )


def test_a_total_ttc_ocr_ran_together_is_the_total() -> None:
    assert _french_sums(("TotalTTC", "§_2874,55€")).totals["total"] == 2874.55


def test_the_net_before_tax_is_never_the_total_when_the_total_is_unread() -> None:
    # "Total HT" (the subtotal and the shipping) sits under the two lines it adds up: taken
    # for the total when OCR garbled the TTC line
    assert "total" not in _french_sums(("T0t@l", "xx")).totals
