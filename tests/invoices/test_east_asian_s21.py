"""Session 21 (inv21c): Chinese, Taiwanese and Vietnamese invoices' type, date and total.

A fapiao whose 价税合计 amount OCR lost keeps no total rather than its 合计 row's sum before
tax; a whole amount written with its currency after it ("712 元") is money; a Taiwanese page
read by the Chinese OCR model (simplified forms) still dates in the ROC's years; Vietnamese
titles, dates, sums and columns are read. Pages are words placed by hand, in layouts of our
own; each test failed before its fix but the guards of what must stay."""

from __future__ import annotations

from datetime import date

import pytest
from support.ocr_words import read_rows

from reinstate.invoices.dates import find_dates, roc_calendar
from reinstate.invoices.fields import title_kind


def test_a_fapiao_whose_amount_with_tax_was_lost_has_no_total() -> None:
    # the 价税合计 line garbled, its (小写) amount not read: the 合计 row's amount and tax
    # are the largest yuan amounts left, and the sum before tax is no total
    fields = read_rows(
        "电子发票（增值税专用发票）",
        "发票号码: 26443100000012345678",
        (40, [("开票日期: 2026年03月05日", 400)]),
        (140, [("项目名称", 50), ("数量", 250), ("单价", 310), ("金额", 380), ("税额", 470)]),
        (155, [("*纸制品*瓦楞纸箱", 50), ("400", 250), ("12.50", 310), ("5000.00", 380)]),
        (170, [("*塑料制品*收纳盒", 50), ("300", 250), ("21.00", 310), ("6300.00", 380)]),
        (240, [("a", 60), ("it", 90), ("¥11300.00", 380), ("¥1469.00", 470)]),
        (260, [("HRA", 50), ("(AS)", 80), ("OMAP", 150), ("iat", 250)]),
    )
    assert fields.totals.get("total") != 11300.00
    assert "total" not in fields.totals


def test_a_fapiao_total_read_alone_under_its_parts_stays() -> None:
    fields = read_rows(
        "电子发票（普通发票）",
        "发票号码: 26443100000012345678",
        (40, [("开票日期: 2026年03月05日", 400)]),
        (140, [("项目名称", 50), ("数量", 250), ("单价", 310), ("金额", 380), ("税额", 470)]),
        (155, [("*纸制品*瓦楞纸箱", 50), ("400", 250), ("12.50", 310), ("5000.00", 380)]),
        (240, [("a", 60), ("it", 90), ("¥5000.00", 380), ("¥650.00", 470)]),
        (260, [("HRA", 50), ("(AS)", 80), ("CAS)", 300), ("¥5650.00", 380)]),
    )
    assert fields.totals.get("total") == 5650.00


def test_whole_amounts_written_with_their_currency_after_them_sum_to_the_total() -> None:
    # a Taiwanese sums block whose labels OCR garbled: "712 元" is money like "3,840 元"
    fields = read_rows(
        "發票",
        "宏達包材有限公司",
        (130, [("品名", 50), ("數量", 250), ("單價", 330), ("金額", 430)]),
        (145, [("瓦楞紙箱 40x30x30cm", 50), ("800", 250), ("13", 330), ("10,400", 430)]),
        (170, [("小計", 310), ("10,400", 430), ("元", 470)]),
        (181, [("an", 310), ("3,840", 430), ("元", 470)]),
        (192, [("2A 5%", 310), ("712", 441), ("元", 470)]),
        (203, [("iit", 310), ("14,952", 430), ("元", 470)]),
    )
    assert fields.totals.get("total") == 14952


def test_a_taiwanese_page_read_in_simplified_forms_keeps_its_roc_years() -> None:
    assert roc_calendar("统一编号 : 56794045")
    assert roc_calendar("营业税 5% 712 元")
    assert not roc_calendar("电子发票（普通发票） 开票日期 2026年3月5日")
    assert not roc_calendar("统一社会信用代码 91440300MA5F000000")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ngày 01 tháng 12 năm 2025", date(2025, 12, 1)),
        ("Ngày lập: ngày 6 tháng 3 năm 2026", date(2026, 3, 6)),
        ("Ngay 23 thang 08 nam 2025", date(2025, 8, 23)),  # an English OCR model's reading
    ],
)
def test_vietnamese_dates(text: str, expected: date) -> None:
    assert [d[2] for d in find_dates(text)] == [expected]


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("HÓA ĐƠN", "invoice"),
        ("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "invoice"),
        ("Hoá đơn bán hàng", "invoice"),
        ("HOA DON", "invoice"),  # read without its marks
        ("BÁO GIÁ", "quotation"),
        ("PHIẾU XUẤT KHO", "packing_list"),
        ("Số hóa đơn: 0000123", None),  # the invoice's number, a label
        ("Bao Gia Trading Co., Ltd", None),  # a company's name, no quotation
    ],
)
def test_vietnamese_titles(cell: str, kind: str | None) -> None:
    assert title_kind(cell) == kind


def test_a_vietnamese_invoice_is_read() -> None:
    fields = read_rows(
        "HÓA ĐƠN",
        "CÔNG TY TNHH THƯƠNG MẠI AN BÌNH",
        (80, [("Ngày", 300), ("Ngày 05 tháng 11 năm 2025", 360)]),
        (92, [("Hạn thanh toán", 300), ("Ngày 20 tháng 11 năm 2025", 360)]),
        (110, [("Người mua hàng", 50)]),
        (122, [("Hanoi Home Goods JSC", 50)]),
        (150, [("Tên hàng hóa", 50), ("Số lượng", 250), ("Đơn giá", 330), ("Thành tiền", 430)]),
        (165, [("Bình giữ nhiệt 500ml", 50), ("100", 250), ("85.000", 330), ("8.500.000", 430)]),
        (180, [("Hộp đựng cơm", 50), ("200", 250), ("42.500", 330), ("8.500.000", 430)]),
        (210, [("Cộng tiền hàng", 300), ("17.000.000", 430)]),
        (222, [("Phí vận chuyển", 300), ("500.000", 430)]),
        (234, [("Thuế GTGT 8%", 300), ("1.400.000", 430)]),
        (246, [("Tổng cộng tiền thanh toán", 300), ("18.900.000 VNĐ", 430)]),
        font="Helvetica",
    )
    assert fields.document_type == "invoice"
    assert fields.invoice_date == date(2025, 11, 5)
    assert fields.totals == {
        "subtotal": 17_000_000,
        "shipping": 500_000,
        "tax": 1_400_000,
        "total": 18_900_000,
    }
    assert fields.currency == "VND"
    assert [i.quantity for i in fields.items] == [100, 200]
