"""Session 26 (inv26a): Korean invoices are read. A Korean text PDF was told only its title
(I119): its date, sums, parties and rows were left. Titles (세금계산서, 청구서, 거래명세서,
영수증, 견적서), dates ("2026년 3월 5일", "2026. 03. 05."), sums (공급가액, 세액, 합계금액),
columns, parties and the won are now read, and a scan or photo, whose Hangul this machine's OCR
cannot read, is said to be unread (I285). Pages, companies and figures are my own."""

from __future__ import annotations

from datetime import date

import pytest
from support.invoice_corpus import CJK_FONT, korean_scan
from support.rows_pdf import Row, rows_pdf

from reinstate.invoices.check import check_invoice
from reinstate.invoices.dates import find_dates
from reinstate.invoices.unread_language import korean_unread, vat_triple

_ARITHMETIC = {"I109", "I110", "I116"}


def _pdf(rows: list[Row]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
    return rows_pdf(rows, font="WQY")


def _tax_invoice(first_amount: str = "260,000") -> list[Row]:
    """An e-tax invoice as Hometax prints it: the date, supply value and tax as a row under
    their labels (the amendment's reason beside the tax), the rows dated by month and day, a
    discount and carriage among them."""
    return [
        [("전 자 세 금 계 산 서", 200), ("승인번호", 400)],
        [("등록번호 123-45-67890", 40), ("등록번호 204-81-33517", 320)],
        [("상호 주식회사 솔마루상사", 40), ("상호 누리온 유통", 320)],
        [("작성일자", 40), ("공급가액", 180), ("세액", 300), ("수정사유", 420)],
        [("2026년 3월 5일", 40), ("753,400", 180), ("75,340 없음", 300)],
        [
            ("월", 40),
            ("일", 60),
            ("품목", 90),
            ("수량", 250),
            ("단가", 300),
            ("공급가액", 370),
            ("세액", 460),
        ],
        [
            ("03", 40),
            ("05", 60),
            ("대나무 도마", 90),
            ("40", 255),
            ("6,500", 300),
            (first_amount, 370),
            ("26,000", 460),
        ],
        [
            ("03", 40),
            ("05", 60),
            ("유리 밀폐용기 4P", 90),
            ("25", 255),
            ("12,800", 300),
            ("320,000", 370),
            ("32,000", 460),
        ],
        [
            ("03", 40),
            ("05", 60),
            ("면 행주 10매", 90),
            ("60", 255),
            ("3,200", 300),
            ("192,000", 370),
            ("19,200", 460),
        ],
        [("03", 40), ("05", 60), ("할인", 90), ("-38,600", 370), ("-3,860", 460)],
        [("03", 40), ("05", 60), ("운임", 90), ("20,000", 370), ("2,000", 460)],
        [("합계금액", 40), ("828,740원", 150), ("이 금액을 영수함", 300)],
    ]


_STATEMENT = [
    [("거 래 명 세 서", 220)],
    [("일자: 2026년 4월 17일", 40), ("No. 4471", 400)],
    [("누리온 유통 귀하", 40), ("공급자 등록번호 204-81-33517", 300)],
    [("No", 40), ("품목", 70), ("수량", 260), ("단가", 330), ("금액", 430)],
    [("1", 40), ("보온 텀블러 500ml", 70), ("30", 265), ("9,400", 330), ("282,000", 430)],
    [("2", 40), ("대나무 도마", 70), ("12", 265), ("6,500", 330), ("78,000", 430)],
    [("운임", 300), ("15,000", 430)],
    [("공급가액", 300), ("375,000", 430)],
    [("세액 (10%)", 300), ("37,500", 430)],
    [("합계금액", 300), ("₩412,500", 430)],
]


def test_a_hometax_tax_invoice_is_read_whole() -> None:
    report = check_invoice(_pdf(_tax_invoice()), filename="tax.pdf", isolate=False)
    fields = report.fields
    assert fields.document_type == "invoice"
    assert fields.invoice_date == date(2026, 3, 5)
    assert fields.totals == {"subtotal": 753_400, "tax": 75_340, "total": 828_740}
    assert fields.currency == "KRW"
    assert [i.line_total for i in fields.items] == [260_000, 320_000, 192_000]
    assert not _ARITHMETIC & report.codes and "I119" not in report.codes
    assert (fields.supplier.name, fields.buyer.name) == ("주식회사 솔마루상사", "누리온 유통")


def test_a_row_that_is_not_its_quantity_times_its_price_is_told() -> None:
    """A row printed 1,000 won over what its quantity and price make: a real error."""
    report = check_invoice(_pdf(_tax_invoice("261,000")), filename="tax.pdf", isolate=False)
    assert "I109" in report.codes


def test_a_transaction_statement_is_an_invoice_with_its_sums() -> None:
    report = check_invoice(_pdf(_STATEMENT), filename="statement.pdf", isolate=False)
    fields = report.fields
    assert fields.document_type == "invoice" and "I101" not in report.codes
    assert fields.invoice_date == date(2026, 4, 17)
    assert fields.totals["total"] == 412_500 and fields.totals["tax"] == 37_500
    assert fields.buyer.name == "누리온 유통"
    assert not _ARITHMETIC & report.codes


@pytest.mark.parametrize(
    ("title", "kind"),
    [("영 수 증", "receipt"), ("견 적 서", "quotation"), ("발주서", "order_confirmation")],
)
def test_other_korean_papers_are_their_own_kind(title: str, kind: str) -> None:
    rows = [[(title, 220)], *_STATEMENT[1:]]
    report = check_invoice(_pdf(rows), filename="paper.pdf", isolate=False)
    assert report.fields.document_type == kind and "I101" in report.codes


@pytest.mark.parametrize(
    "printed", ["2026년 3월 5일", "2026년3월5일", "2026. 03. 05.", "2026. 3. 5", "2026-03-05"]
)
def test_korean_dates(printed: str) -> None:
    assert [d[2] for d in find_dates(printed)] == [date(2026, 3, 5)]


def test_a_korean_scan_is_said_unread_with_what_its_figures_bear_out() -> None:
    """OCR here has no Korean: the scan's Hangul is noise. Its business number says it is
    Korean; its date in figures and a supply value, its VAT and their sum are told (I285), not
    that it is no invoice, and no sum is checked."""
    report = check_invoice(korean_scan(), filename="scan.png")
    assert "I285" in report.codes and "I101" not in report.codes
    assert not _ARITHMETIC & report.codes
    assert report.fields.invoice_date == date(2026, 3, 5)
    assert report.fields.totals.get("total") == 330_000
    finding = next(f for f in report.findings if f.code == "I285")
    assert "Korean" in finding.message("en") and "韩文" in finding.message("zh")


def test_a_korean_scan_whose_sums_do_not_bear_each_other_out_gives_no_total() -> None:
    rows = [
        (18, "세 금 계 산 서"),
        (10, "등록번호 123-45-67890"),
        (10, "작성일자 2026-03-05   공급가액 300,000   세액 30,000"),
        (10, "합계금액 ₩345,000"),
    ]
    report = check_invoice(korean_scan(rows), filename="scan.png")
    assert "I285" in report.codes and "total" not in report.fields.totals


def test_a_korean_page_without_a_title_is_not_called_no_invoice() -> None:
    rows = [
        [("공급자: 주식회사 솔마루상사", 40)],
        [("공급받는자: 누리온 유통", 40)],
        [("작성일자: 2026년 3월 5일", 40)],
    ]
    report = check_invoice(_pdf(rows), filename="page.pdf", isolate=False)
    assert "I119" in report.codes and "I101" not in report.codes


def test_the_vat_triple() -> None:
    assert vat_triple([753_400, 75_340, 828_740, 3_200]) == (753_400, 75_340, 828_740)
    # the tax cut rather than rounded (1,234,567 makes 123,456.7)
    assert vat_triple([1_234_567, 123_456, 1_358_023]) == (1_234_567, 123_456, 1_358_023)
    assert vat_triple([300_000, 30_000, 345_000]) is None
    # the sum read without its grouping only
    assert vat_triple([300_000, 30_000], [330_000]) == (300_000, 30_000, 330_000)


@pytest.mark.parametrize(
    ("text", "korean"),
    [
        ("BAM 123-45-67890 SS 2026-03-05 300,000", True),
        ("Hel 20260305-10002000-30004000 aeS", True),
        # an English page in won is read as English
        ("Invoice 123-45-67890 Total KRW 330,000 Thank you for your order", False),
        # a Japanese fax passed on from Seoul: its header's +82 is the fax machine's
        ("FAX +82-2-555-0100 2026-05-10 P01 Rede RO ABA", False),
    ],
)
def test_what_makes_an_ocr_page_korean(text: str, korean: bool) -> None:
    assert (korean_unread(text) is not None) == korean


def test_an_item_tables_sum_row_is_its_supply_value_and_tax() -> None:
    """ "합계" under the rows prints their count, supply value and tax: read as the total, the tax
    had become the total and the goods' sum was told wrong (I110)."""
    rows = [
        [("거래명세표", 220)],
        [("거래일자: 2026. 04. 17.", 40)],
        [("품목", 40), ("수량", 220), ("단가", 280), ("공급가액", 360), ("세액", 460)],
        [("보온 텀블러", 40), ("30", 225), ("9,400", 280), ("282,000", 360), ("28,200", 460)],
        [("대나무 도마", 40), ("12", 225), ("6,500", 280), ("78,000", 360), ("7,800", 460)],
        [("합계", 40), ("42", 225), ("360,000", 360), ("36,000", 460)],
        [("청구금액: 일금 삼십구만육천원정 (₩396,000)", 40)],
    ]
    report = check_invoice(_pdf(rows), filename="statement.pdf", isolate=False)
    assert report.fields.totals == {"subtotal": 360_000, "tax": 36_000, "total": 396_000}
    assert not _ARITHMETIC & report.codes


def test_a_bare_sum_over_the_tax_and_the_grand_total_is_the_supply_value() -> None:
    """ "합계" alone over "부가세" and "총계" sums the rows before their tax, as a bare "Total"
    over a named total does; the rows print their own sum with tax (a 합계 column)."""
    rows = [
        [("거 래 명 세 서", 220)],
        [("2026/04/17", 40)],
        [("순번", 40), ("품명", 70), ("수량", 250), ("단가", 300), ("공급가액", 370),
         ("세액", 440), ("합계", 500)],
        [("1", 40), ("보온 텀블러", 70), ("30", 255), ("9,400", 300), ("282,000", 370),
         ("28,200", 440), ("310,200", 500)],
        [("2", 40), ("대나무 도마", 70), ("12", 255), ("6,500", 300), ("78,000", 370),
         ("7,800", 440), ("85,800", 500)],
        [("합계", 300), ("360,000", 370)],
        [("부가세", 300), ("36,000", 370)],
        [("총계", 300), ("396,000", 370)],
    ]  # fmt: skip
    report = check_invoice(_pdf(rows), filename="statement.pdf", isolate=False)
    assert report.fields.totals == {"subtotal": 360_000, "tax": 36_000, "total": 396_000}
    assert not _ARITHMETIC & report.codes


def test_a_tax_invoice_copy_with_its_payment_columns() -> None:
    """The paper form's layout: the title with the copy it is ("(공급자 보관용)"), the date alone
    under "작성", and the total under 합계금액 beside how it is paid (cash, cheque, bill, on
    credit), the credit repeating it."""
    rows = _tax_invoice()
    rows[0] = [("세 금 계 산 서 (공급자 보관용)", 150)]
    rows[3] = [("작성", 40), ("공급가액", 200), ("세액", 380)]
    rows[4] = [("2026-03-05", 40), ("753,400", 200), ("75,340", 380)]
    rows[-1] = [("합계금액", 40), ("현금", 130), ("수표", 200), ("어음", 270), ("외상미수금", 340),
                ("이 금액을 청구 함", 440)]  # fmt: skip
    rows.append([("828,740", 40), ("828,740", 340)])
    report = check_invoice(_pdf(rows), filename="tax.pdf", isolate=False)
    fields = report.fields
    assert fields.document_type == "invoice" and fields.invoice_date == date(2026, 3, 5)
    assert fields.totals == {"subtotal": 753_400, "tax": 75_340, "total": 828_740}
    assert not _ARITHMETIC & report.codes


def test_the_day_an_e_tax_invoice_was_sent_is_not_its_date() -> None:
    """Hometax prints when it sent the invoice (발급일시), days after the date it was made out
    for (작성일자), the invoice's legal date: above it, it is the page's first date."""
    rows = [[("발급일시 2026-03-10 14:02", 40)], *_tax_invoice()]
    # the date's own label lost (a copy cut at the box's edge): only the sending's label says
    # which date is not the invoice's
    rows[4] = [(text, x) for text, x in rows[4] if text != "작성일자"]
    report = check_invoice(_pdf(rows), filename="tax.pdf", isolate=False)
    assert report.fields.invoice_date == date(2026, 3, 5)
