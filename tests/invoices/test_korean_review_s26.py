"""Session 26 (inv26f): what a review of Korean reading (inv26a) found it had broken or left
wrong, each told before its mend. Pages, companies and figures are my own."""

from __future__ import annotations

from datetime import date

import pytest
from support.invoice_corpus import CJK_FONT, JAPANESE_RECEIPT_TO_KOREA, korean_scan
from support.ocr_words import read_rows
from support.rows_pdf import Row, rows_pdf

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import parse_number

_ARITHMETIC = {"I109", "I110", "I116"}


def _cjk_pdf(rows: list[Row]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
    return rows_pdf(rows, font="WQY")


# ---------------------------------------------------------------- an item table's first row


def _dated_rows(head: list[str], first: str, items: list[list[str]]) -> list[Row]:
    """A bill whose item table starts with a date or a position and holds no quantity: its
    first row, under two sum labels, is no row of totals."""
    at = (40, 120, 330, 410, 490)
    return [
        [("Lindqvist Atelier", 40), ("No. 2026-118", 350)],
        [("Date 30/04/2026", 350)],
        list(zip(head, at, strict=True)),
        *[list(zip([first, *item], at, strict=True)) for item in items],
    ]


@pytest.mark.parametrize("first", ["02/04/2026", "1"])
def test_an_item_tables_first_row_is_not_the_totals(first: str) -> None:
    """A date or a position number before the row's words made its sums the page's totals
    (Korean reading had let a date and words sit among a row of sums): I110 on a sound bill."""
    head = ["Date" if "/" in first else "N°", "Prestation", "Montant HT", "TVA", "Total TTC"]
    items = [["Audit", "1 450,00", "290,00", "1 740,00"], ["Suivi", "300,00", "60,00", "360,00"]]
    sums = [("Total HT", "1 750,00"), ("Frais de port", "15,00"), ("TVA 20 %", "353,00"),
            ("Total TTC", "2 118,00")]  # fmt: skip
    rows = [[("FACTURE", 250)], *_dated_rows(head, first, items)]
    rows += [[(label, 300), (amount, 490)] for label, amount in sums]
    report = check_invoice(rows_pdf(rows), filename="facture.pdf", isolate=False)
    assert report.fields.totals["total"] == 2118 and report.fields.totals["subtotal"] == 1750
    assert not _ARITHMETIC & report.codes


def test_an_english_item_tables_first_row_is_not_the_totals() -> None:
    head = ["Date", "Service", "Net", "VAT", "Total"]
    items = [["Audit", "1,450.00", "290.00", "1,740.00"], ["Review", "300.00", "60.00", "360.00"]]
    sums = [("Subtotal", "1,750.00"), ("Shipping", "15.00"), ("VAT 20%", "353.00"),
            ("Total due", "2,118.00")]  # fmt: skip
    rows = [[("INVOICE", 250)], *_dated_rows(head, "02/04/2026", items)]
    rows += [[(label, 300), (amount, 490)] for label, amount in sums]
    report = check_invoice(rows_pdf(rows), filename="invoice.pdf", isolate=False)
    assert report.fields.totals["total"] == 2118 and report.fields.totals["tax"] == 353
    assert not _ARITHMETIC & report.codes


def test_a_japanese_item_tables_first_row_is_not_the_totals() -> None:
    rows = [
        [("請求書", 250)],
        [("有限会社青葉工房 御中", 40), ("請求日 2026年4月30日", 350)],
        [("日付", 40), ("内容", 120), ("金額", 330), ("消費税", 410), ("合計", 490)],
        [("2026/04/02", 40), ("金型修理", 120), ("240,000", 330), ("24,000", 410),
         ("264,000", 490)],
        [("2026/04/16", 40), ("試作", 120), ("80,000", 330), ("8,000", 410), ("88,000", 490)],
        [("小計", 300), ("320,000", 490)],
        [("消費税(10%)", 300), ("32,000", 490)],
        [("合計", 300), ("352,000", 490)],
    ]  # fmt: skip
    report = check_invoice(_cjk_pdf(rows), filename="seikyu.pdf", isolate=False)
    assert report.fields.totals == {"subtotal": 320_000, "tax": 32_000, "total": 352_000}
    assert not _ARITHMETIC & report.codes


# ---------------------------------------------------------------- a bracketed amount


@pytest.mark.parametrize("printed", ["(\x00 45.00)", "(\x0045.00)", "($45.00)", "(₩45,000)"])
def test_a_bracketed_amount_is_negative_whatever_its_sign(printed: str) -> None:
    """A sign whose glyph has no character (NUL) or the won's: still a credit."""
    assert parse_number(printed) is not None and parse_number(printed) < 0


def test_a_returned_line_with_an_unmapped_sign_is_a_credit() -> None:
    nul = "\x00"
    fields = read_rows(
        "INVOICE",
        "Harbour Lamps Co",
        (100, [("Invoice No. 0917", 50), ("Date: 04/06/2026", 400)]),
        (140, [("Description", 50), ("Qty", 250), ("Unit Price", 320), ("Amount", 450)]),
        (160, [("Brass lamp", 50), ("6", 250), (nul + "35.00", 320), (nul + "210.00", 450)]),
        (180, [("Returned shade", 50), ("1", 250), (f"({nul}45.00)", 320),
               (f"({nul}45.00)", 450)]),
        (220, [("Subtotal", 320), (nul + "165.00", 450)]),
        (240, [("Total", 320), (nul + "165.00", 450)]),
        font="Helvetica",
    )  # fmt: skip
    assert [i.line_total for i in fields.items] == [210, -45]
    assert fields.totals["subtotal"] == 165


@pytest.mark.parametrize("repeated", ["(₩1,254,000)", "(1,254,000원)"])
def test_the_korean_total_repeated_in_brackets_after_its_words_is_positive(repeated: str) -> None:
    rows = [
        [("청 구 서", 220)],
        [("청구일자: 2026. 05. 20.", 40)],
        [("품목", 40), ("수량", 220), ("단가", 280), ("공급가액", 360), ("세액", 460)],
        [("유리 밀폐용기", 40), ("60", 225), ("19,000", 280), ("1,140,000", 360),
         ("114,000", 460)],
        [("합계", 40), ("60", 225), ("1,140,000", 360), ("114,000", 460)],
        [(f"청구금액: 일금 일백이십오만사천원정 {repeated}", 40)],
    ]  # fmt: skip
    report = check_invoice(_cjk_pdf(rows), filename="bill.pdf", isolate=False)
    assert report.fields.totals["total"] == 1_254_000
    assert not _ARITHMETIC & report.codes


# ---------------------------------------------------------------- Korean parties

_SUPPLIER, _BUYER = "주식회사 한빛문구", "다온상회"
_SUPPLIER_AT, _BUYER_AT = "대전광역시 서구 둔산로 45", "광주광역시 북구 첨단로 12"
_GOODS = [
    [("품목", 70), ("수량", 260), ("단가", 330), ("금액", 430)],
    [("제도용 샤프 0.5", 70), ("80", 265), ("2,500", 330), ("200,000", 430)],
    [("공급가액", 300), ("200,000", 430)],
    [("세액", 300), ("20,000", 430)],
    [("합계금액", 300), ("220,000", 430)],
]


def _parties_read(rows: list[Row]) -> tuple[set[str], object]:
    report = check_invoice(_cjk_pdf(rows), filename="ko.pdf", isolate=False, seller_name=_BUYER)
    return report.codes, report.fields


def test_korean_boxes_one_over_the_other_with_labelled_names() -> None:
    codes, fields = _parties_read([
        [("세금계산서", 220)],
        [("작성일자: 2026년 5월 11일", 40)],
        [("공급자", 40)],
        [(f"상호(법인명): {_SUPPLIER}", 40)],
        [(f"사업장 주소: {_SUPPLIER_AT}", 40)],
        [("공급받는자", 40)],
        [(f"상호(법인명): {_BUYER}", 40)],
        [(f"사업장 주소: {_BUYER_AT}", 40)],
        *_GOODS,
    ])  # fmt: skip
    assert (fields.supplier.name, fields.supplier.address) == (_SUPPLIER, _SUPPLIER_AT)
    assert (fields.buyer.name, fields.buyer.address) == (_BUYER, _BUYER_AT)
    assert not {"I102", "I103", "I106"} & codes


def test_korean_boxes_side_by_side_with_labelled_names() -> None:
    codes, fields = _parties_read([
        [("거 래 명 세 서", 220)],
        [("거래일자: 2026년 5월 11일", 40)],
        [("공급자", 40), ("공급받는자", 320)],
        [(f"상호: {_SUPPLIER}", 40), (f"상호: {_BUYER}", 320)],
        [("등록번호: 305-81-22714", 40), ("등록번호: 410-12-90876", 320)],
        [(f"주소: {_SUPPLIER_AT}", 40), (f"주소: {_BUYER_AT}", 320)],
        *_GOODS,
    ])  # fmt: skip
    assert (fields.supplier.name, fields.buyer.name) == (_SUPPLIER, _BUYER)
    assert (fields.supplier.address, fields.buyer.address) == (_SUPPLIER_AT, _BUYER_AT)
    assert not {"I102", "I103", "I106"} & codes


def test_a_hometax_form_with_its_boxes_heads_down_their_sides() -> None:
    """ "공 / 급 / 자" set a syllable a row down the box's side, before each label: a syllable is
    no supplier, nor the amendment's reason (수정사유) read after the box."""
    codes, fields = _parties_read([
        [("전 자 세 금 계 산 서", 200), ("승인번호 20260511-41000087-2a9b0c4d", 380)],
        [("공", 30), ("등록번호", 45), ("305-81-22714", 100), ("공", 300), ("등록번호", 315),
         ("410-12-90876", 370)],
        [("급", 30), ("상호", 45), (f"{_SUPPLIER} 성명 이도윤", 100), ("급", 300),
         ("상호", 315), (_BUYER, 370), ("성명 최서연", 450)],
        [("자", 30), ("사업장", 45), (_SUPPLIER_AT, 100), ("받", 300), ("사업장", 315),
         (_BUYER_AT, 370)],
        [("작성일자", 40), ("공급가액", 180), ("세액", 300), ("수정사유", 420)],
        [("2026-05-11", 40), ("200,000", 180), ("20,000", 300)],
        [("월", 40), ("일", 60), ("품목", 90), ("수량", 250), ("단가", 300), ("공급가액", 370),
         ("세액", 460)],
        [("05", 40), ("11", 60), ("제도용 샤프 0.5", 90), ("80", 255), ("2,500", 300),
         ("200,000", 370), ("20,000", 460)],
        [("합계금액", 40), ("220,000", 150), ("이 금액을 청구함", 300)],
    ])  # fmt: skip
    assert (fields.supplier.name, fields.supplier.address) == (_SUPPLIER, _SUPPLIER_AT)
    assert (fields.buyer.name, fields.buyer.address) == (_BUYER, _BUYER_AT)
    assert not {"I102", "I103", "I106"} & codes


def test_a_statement_made_out_to_its_buyer() -> None:
    codes, fields = _parties_read([
        [("거 래 명 세 서", 220)],
        [("일자: 2026년 5월 11일", 40)],
        [(f"{_BUYER} 귀하", 40), ("공급자 등록번호 305-81-22714", 300)],
        *_GOODS,
    ])  # fmt: skip
    assert fields.buyer.name == _BUYER and "I106" not in codes


def test_a_korean_buyer_not_read_is_not_called_another() -> None:
    """No buyer printed where it could be read: I106 had said the buyer ("-") is not the
    seller's account."""
    codes, fields = _parties_read([
        [("세금계산서", 220)],
        [("작성일자: 2026년 5월 11일", 40)],
        [("공급자", 40)],
        [(f"상호(법인명): {_SUPPLIER}", 40)],
        *_GOODS,
    ])  # fmt: skip
    assert fields.supplier.name == _SUPPLIER and fields.buyer.name is None
    assert "I106" not in codes


# ---------------------------------------------------------------- scans OCR cannot read


def test_a_japanese_receipt_scan_to_a_korean_buyer_is_not_called_korean() -> None:
    """The buyer's Korean business number printed on a Japanese receipt: OCR read its Japanese,
    so the page is no unread Korean one (I285 had cleared its sums)."""
    report = check_invoice(korean_scan(JAPANESE_RECEIPT_TO_KOREA), filename="ryoshu.png")
    assert "I285" not in report.codes and report.fields.korean_unread is None


def test_an_unread_korean_scan_makes_no_claim_from_what_it_did_not_read() -> None:
    """I285 says the title, parties and items were not read: a buyer "-" unlike the account
    (I106), 0 units of 20 sold (I108), no phone, no items, no supplier were claims from them."""
    report = check_invoice(
        korean_scan(),
        filename="scan.png",
        seller_name="Daon Trading Co",
        units_sold={"steel tumbler": 20},
    )
    assert "I285" in report.codes
    told = {"I102", "I103", "I104", "I105", "I106", "I108", "I111", "I112"}
    assert not told & report.codes
    assert report.fields.supplier.name is None and report.fields.buyer.name is None
    message = next(f for f in report.findings if f.code == "I285").message("en")
    assert "the first date printed in figures" in message


def test_an_unread_korean_scan_whose_sums_disagree_says_so() -> None:
    rows = [
        (18, "세 금 계 산 서"),
        (10, "등록번호 305-81-22714"),
        (10, "작성일자 2026-05-11   공급가액 400,000   세액 40,000"),
        (10, "합계금액 ₩452,000"),
    ]
    report = check_invoice(korean_scan(rows), filename="scan.png")
    finding = next(f for f in report.findings if f.code == "I285")
    assert "total - (" in finding.message("en") and "no three bear each other out" in (
        finding.message("en")
    )
    assert "没有三个金额彼此吻合" in finding.message("zh")


# ---------------------------------------------------------------- Korean titles, counts, days


def test_a_statement_of_goods_without_prices_has_no_total() -> None:
    """Its 합계 counts the pieces handed over: 42 had been read as the total to pay."""
    rows = [
        [("거 래 명 세 서", 220)],
        [("거래일자: 2026년 5월 11일", 40)],
        [(f"{_BUYER} 귀하", 40), (f"공급자: {_SUPPLIER}", 300)],
        [("No", 40), ("품목", 70), ("규격", 200), ("수량", 330), ("비고", 430)],
        [("1", 40), ("제도용 샤프", 70), ("0.5mm", 200), ("25", 335)],
        [("2", 40), ("지우개", 70), ("소", 200), ("40", 335)],
        [("합계", 40), ("65", 335)],
    ]
    report = check_invoice(_cjk_pdf(rows), filename="statement.pdf", isolate=False)
    assert "total" not in report.fields.totals


@pytest.mark.parametrize("title", ["수정세금계산서", "수정 세금계산서", "수정 전자세금계산서"])
def test_an_amended_tax_invoice_is_an_invoice(title: str) -> None:
    rows = [[(title, 220)], [("작성일자: 2026년 5월 11일", 40)], *_GOODS]
    report = check_invoice(_cjk_pdf(rows), filename="amended.pdf", isolate=False)
    assert report.fields.document_type == "invoice" and "I119" not in report.codes


@pytest.mark.parametrize("label", ["지불기한", "지급일", "결제예정일", "입금예정일", "납부기한"])
def test_a_korean_payment_day_is_not_the_invoice_date(label: str) -> None:
    rows = [
        [("청 구 서", 220)],
        [(f"{label}: 2026년 6월 30일", 40)],
        [(f"{_BUYER} 귀하", 40), (f"공급자: {_SUPPLIER}", 300)],
        *_GOODS,
        [("2026년 5월 11일", 300)],
    ]
    report = check_invoice(_cjk_pdf(rows), filename="bill.pdf", isolate=False)
    assert report.fields.invoice_date == date(2026, 5, 11)


def test_a_won_sign_drawn_from_a_backslash_is_read() -> None:
    """Korean fonts draw the backslash's code as ₩: "\\220,000" extracted is 220,000 won."""
    goods = [[(t if not t[:1].isdigit() or "," not in t else "\\" + t, x) for t, x in row]
             for row in _GOODS]  # fmt: skip
    rows = [[("청구서", 220)], [("작성일자: 2026년 5월 11일", 40)], *goods]
    report = check_invoice(_cjk_pdf(rows), filename="bill.pdf", isolate=False)
    assert report.fields.totals == {"subtotal": 200_000, "tax": 20_000, "total": 220_000}
    assert [i.line_total for i in report.fields.items] == [200_000]


def test_a_side_heads_syllable_before_the_business_number_is_no_name() -> None:
    """No trade-name labels: "공" before 등록번호 had become the supplier, its name an address."""
    _codes, fields = _parties_read([
        [("전 자 세 금 계 산 서", 200)],
        [("공", 30), ("등록번호", 45), ("305-81-22714", 100), ("공", 300), ("등록번호", 315),
         ("410-12-90876", 370)],
        [("급", 30), (_SUPPLIER, 100), ("급", 300), (_BUYER, 370)],
        [("자", 30), (_SUPPLIER_AT, 100), ("받", 300), (_BUYER_AT, 370)],
        *_GOODS,
    ])  # fmt: skip
    assert (fields.supplier.name, fields.supplier.address) == (_SUPPLIER, _SUPPLIER_AT)


def test_a_letterhead_with_its_representative_names_the_supplier() -> None:
    """ "(대표 ...)" after a name is the supplier's representative: the name is the supplier's,
    though the supplier's box ("공급자 등록번호 ...") prints only its number."""
    codes, fields = _parties_read([
        [("거 래 명 세 서", 220)],
        [("일자: 2026년 5월 11일", 40)],
        [(f"{_SUPPLIER} (대표 이도윤)", 40)],
        [(f"{_BUYER} 귀하", 40)],
        [("공급받는자", 40), ("공급자 등록번호 305-81-22714", 200)],
        [(_BUYER_AT, 40)],
        *_GOODS,
    ])  # fmt: skip
    assert (fields.supplier.name, fields.buyer.name) == (_SUPPLIER, _BUYER)
    assert not {"I102", "I106"} & codes
