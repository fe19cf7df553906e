"""Session 22 (inv22b): the document type. Statements of account and remittance advices list
invoice numbers and amounts and are no invoice; titles a cell wrapped or OCR split over two
lines; a billing mailbox named after the document; Portuguese and Korean titles."""

from __future__ import annotations

import pytest
from support.ocr_words import cell

from reinstate.invoices.fields import Line, extract, title_kind


def _page(rows: list[list[tuple[str, float]]], size: float = 10.0) -> list[Line]:
    """Lines of cells (text, left edge), 16 points apart."""
    return [
        Line(1, [cell(text, x, 40.0 + 16 * i, size) for text, x in row])
        for i, row in enumerate(rows)
    ]


_LEDGER = [
    [("Date", 40), ("Reference", 110), ("Details", 200), ("Debit", 330), ("Balance", 420)],
    [("04/08/2025", 40), ("INV 10231", 110), ("Invoice", 200), ("412.50", 330), ("412.50", 420)],
    [("11/08/2025", 40), ("BACS 88", 110), ("Payment - thank you", 200), ("200.00", 330)],
    [("18/08/2025", 40), ("INV 10298", 110), ("Invoice", 200), ("96.20", 330), ("308.70", 420)],
]


def test_a_statement_titled_over_two_lines_is_a_statement() -> None:
    rows = [
        [("Harbour Lane Supplies Ltd", 40), ("STATEMENT OF", 400)],
        [("Quay Street 4", 40), ("ACCOUNT", 400)],
        [("Statement date: 03/10/2025", 40)],
        *_LEDGER,
        [("Balance now due: £308.70", 40)],
    ]
    fields = extract(_page(rows))
    assert fields.document_type == "statement"


def test_a_remittance_advice_is_no_invoice() -> None:
    rows = [
        [("Oakfield Retail Ltd", 40)],
        [("Remittance Advice", 40)],
        [("To: Harbour Lane Supplies Ltd", 40)],
        [("Date of payment: 07/01/2026", 40)],
        [("We have today paid the following invoices:", 40)],
        [("Invoice date", 40), ("Your invoice", 200), ("Amount paid", 400)],
        [("16/11/2025", 40), ("HL-30705", 200), ("£1,193.11", 400)],
        [("10/11/2025", 40), ("HL-40882", 200), ("£772.58", 400)],
        [("Total paid", 40), ("£1,965.69", 400)],
    ]
    assert extract(_page(rows)).document_type == "remittance"


def test_an_invoice_with_a_payment_slip_is_an_invoice() -> None:
    items = [[(f"Widget {n}", 40), ("2", 300), ("5.00", 360), ("10.00", 450)] for n in range(18)]
    rows = [
        [("Harbour Lane Supplies Ltd", 40), ("TAX INVOICE", 400)],
        [("Invoice No. HL-4411", 400)],
        [("Date: 03/10/2025", 400)],
        [("Description", 40), ("Qty", 300), ("Price", 360), ("Amount", 450)],
        *items,
        [("Total", 360), ("180.00", 450)],
        [("REMITTANCE ADVICE - please return with your payment", 40)],
        [("Statement of account available on request", 40)],
    ]
    assert extract(_page(rows)).document_type == "invoice"


def test_a_title_word_in_the_billing_mailbox_is_no_title() -> None:
    rows = [
        [("Mainfeld Spielwaren GmbH", 40)],
        [("rechnung@mainfeld-spiel.example", 40)],
        [("Datum: 27. Juli 2026", 400)],
        [("Lieferschein Nr. LS-71946", 40)],
        [("Pos.", 40), ("Bezeichnung", 100), ("Menge", 400)],
        [("1", 40), ("Puzzle 1000 Teile", 100), ("24 Stk", 400)],
    ]
    fields = extract(_page(rows))
    assert fields.document_type == "packing_list"
    assert title_kind("invoices.mainfeld.example") is None


def test_a_title_its_cell_wrapped_mid_word_keeps_its_kind() -> None:
    rows = [
        [("AUFTRAGSBESTÄTIGU", 40)],
        [("NG", 40)],
        [("Mainfeld Spielwaren GmbH", 40)],
        [("Nr.: 2025-00654", 40), ("Datum: 25. Februar 2025", 400)],
        [("RECHNUNGSEMPFÄNGER", 40)],
        [("Bezeichnung", 40), ("Menge", 300), ("Gesamt", 450)],
        [("Holzpuzzle 24 Teile", 40), ("280", 300), ("876,40", 450)],
        [("Gesamtbetrag", 300), ("€ 876,40", 450)],
    ]
    assert extract(_page(rows)).document_type == "order_confirmation"


def test_a_title_ocr_split_between_two_lines_is_joined() -> None:
    """A tilted photo: the title's second half lands on the next line, right after the first."""
    name = Line(1, [cell("Torrefazione Lariana S.r.l.", 40, 60, conf=80.0)])
    first = Line(1, [cell("Via Roma 7", 40, 76, conf=80.0), cell("FATT", 458, 72, 16, 70.0)])
    second = Line(1, [cell("22100 Como", 40, 85, conf=80.0), cell("URA", 495, 74, 13, 70.0)])
    rest = Line(1, [cell("TOTALE EUR 712,57", 40, 300, conf=80.0)])
    assert extract([name, first, second, rest]).document_type == "invoice"


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("FATURA", "invoice"),
        ("Fatura-Recibo FR 2025/41", "invoice"),
        ("Orçamento n.º 118", "quotation"),
        ("Guia de Remessa GR 2025/7", "packing_list"),
        ("세금계산서", "invoice"),
        ("전 자 세 금 계 산 서", "invoice"),
        ("견적서", "quotation"),
        ("영수증", "receipt"),
        ("STATEMENT", "statement"),
        ("Estratto conto", "statement"),
        ("Payment Advice", "remittance"),
        ("Statement on origin", None),
        ("Relevé d'identité bancaire", None),
        ("Remittance to: Barclays Bank", None),
    ],
)
def test_titles(title: str, kind: str | None) -> None:
    assert title_kind(title) == kind


def test_an_italian_scan_declaring_its_type_with_an_ocr_slip_is_an_invoice() -> None:
    lines = [
        Line(1, [cell("Cedente/prestatore (fornitore)", 40, 40, conf=80.0)]),
        Line(1, [cell("Tipologia documento", 40, 60, conf=80.0)]),
        Line(1, [cell("TDO1 fattura", 40, 76, conf=80.0), cell("FPR 1858/25", 300, 76)]),
    ]
    assert extract(lines).document_type == "invoice"


def test_a_paper_fapiao_whose_ocr_lost_its_title_is_an_invoice() -> None:
    """Its cipher zone, lines of digits and + - * / < >, is printed on no other document."""
    rows = [
        [("4400231130", 40), ("No 31846620", 400)],
        [("Ma: 77104412", 40), ("2025 4F 03 A 11 A", 400)],
        [("SRA ARR", 40), ("51<*9+0/3>>2-17*6<40+885/1-2>", 300)],
        [("91440300MA5F", 40), ("*+0<6/-7193>>20+4*551<9-37/+8", 300)],
        [("K* 13%", 40), ("1820.00", 300), ("236.60", 400)],
    ]
    assert extract(_page(rows)).document_type == "invoice"
    near = [[("Order ref 2025-0311-0042", 40)], [("Tel +86 755 2790 6634", 40)]]
    assert extract(_page(near)).document_type is None


def test_a_marketplace_order_page_is_an_order_not_the_fapiao_it_asks_for() -> None:
    rows = [
        [("收货人 : 王先生", 40)],
        [("杭州市西湖区文三路 88 号", 40)],
        [("商品总价", 40), ("¥2,410.00", 400)],
        [("实付款", 40), ("¥2,410.00", 400)],
        [("订单编号", 40), ("4406218837725", 400)],
        [("下单时间", 40), ("2025-03-14 10:22:41", 400)],
        [("发票信息", 40), ("电子普通发票", 400)],
    ]
    fields = extract(_page(rows))
    assert fields.document_type == "order_confirmation"
    assert title_kind("不开发票") is None


def test_a_fapiao_photo_with_only_its_check_code_read_is_an_invoice() -> None:
    rows = [
        [("开票 | 2025 年 3 月 2 日", 40)],
        [("校验码 : 11873 40962 55018 72301", 40)],
        [("纳税人识别号 : 91310115MA1K4ABC2X", 40)],
    ]
    assert extract(_page(rows)).document_type == "invoice"


def test_a_fapiao_title_beside_its_code_and_value_stays_the_title() -> None:
    rows = [
        [("发票代码 044031900111", 40), ("增值税专用发票", 250), ("No 31846620", 450)],
        [("开票日期 : 2025 年 03 月 11 日", 450)],
    ]
    assert extract(_page(rows)).document_type == "invoice"
