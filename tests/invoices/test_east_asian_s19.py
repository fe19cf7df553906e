"""Session 19 (inv19a): dates and sums of Taiwanese and Japanese invoices. The ROC calendar's
years (民國115年, a bare 115年 or 115/03/05 on a Taiwanese page), the New Taiwan dollar, and
taxes printed in whole yen or NT dollars. Each test failed before its fix, but the guards of
what must stay (a bare three-digit year with nothing Taiwanese beside it is no date). Pages are
words placed by hand, in layouts of our own."""

from __future__ import annotations

from datetime import date

import pytest
from support.arith_check import sums_found
from support.ocr_words import read_rows

from reinstate.invoices.dates import find_dates, roc_calendar
from reinstate.invoices.fields import Fields


@pytest.mark.parametrize(
    ("text", "taiwanese", "expected"),
    [
        ("民國115年3月5日", False, date(2026, 3, 5)),
        ("中華民國 114 年 12 月 12 日", False, date(2025, 12, 12)),
        ("開立日期：115年3月5日", True, date(2026, 3, 5)),
        ("日期 115 年 11 月 30 日", True, date(2026, 11, 30)),
        ("115/03/05", True, date(2026, 3, 5)),
        ("民國115.03.05", False, date(2026, 3, 5)),
    ],
)
def test_roc_years_are_read_as_taiwan_writes_them(
    text: str, taiwanese: bool, expected: date
) -> None:
    assert [d[2] for d in find_dates(text, roc=taiwanese)] == [expected]


@pytest.mark.parametrize(
    ("text", "taiwanese"),
    [
        ("日期 115年3月5日", False),  # a bare three-digit year, nothing Taiwanese: not guessed
        ("115/03/05", False),
        ("115年03-04月", True),  # an e-invoice's two-month period is no day
        ("TEL 886-2-2712", True),
        ("型號 105-12-3", True),  # a code joined by hyphens
    ],
)
def test_a_bare_three_digit_year_is_no_date_without_taiwan(text: str, taiwanese: bool) -> None:
    assert find_dates(text, roc=taiwanese) == []


def test_what_makes_a_page_taiwanese() -> None:
    assert roc_calendar("統一編號 12345678")
    assert roc_calendar("總計 (TWD) NT$1,050")
    assert roc_calendar("營業稅 5%")
    assert not roc_calendar("總額 TOTAL (HKD) HK$1,050.00")
    assert not roc_calendar("开票日期 2026年3月5日 增值税")


def _taiwanese(*, date_row: str, money: str, tax: str, total: str) -> Fields:
    return read_rows(
        "發票",
        "瑞豐精密零件股份有限公司",
        (80, [("統一編號 24681357", 50)]),
        (95, [(date_row, 50)]),
        (130, [("品名", 50), ("數量", 250), ("單價", 330), ("金額", 430)]),
        (145, [("鋁合金散熱片", 50), ("300", 250), ("23", 330), ("6,900", 430)]),
        (160, [("矽膠導熱墊", 50), ("150", 250), ("19", 330), ("2,850", 430)]),
        (185, [("銷售額合計", 330), ("9,750", 430)]),
        (200, [("營業稅 5%", 330), (tax, 430)]),
        (215, [("總計 (TWD)", 330), (f"{money}{total}", 430)]),
        font="Helvetica",
    )


def test_a_taiwanese_invoice_dated_in_the_roc_calendar() -> None:
    fields = _taiwanese(date_row="日期 115年2月9日", money="NT$", tax="488", total="10,238")
    assert fields.invoice_date == date(2026, 2, 9)
    assert fields.currency == "TWD"


def test_the_business_tax_rounded_to_a_whole_nt_dollar_is_no_error() -> None:
    # 5 % of 9,750 is 487.50: Taiwan prints it 488, whole dollars
    fields = _taiwanese(date_row="日期 115年2月9日", money="NT$", tax="488", total="10,238")
    assert sums_found(fields) == {}


def test_a_tax_a_whole_dollar_off_on_a_taiwanese_page_is_still_wrong() -> None:
    fields = _taiwanese(date_row="日期 115年2月9日", money="NT$", tax="498", total="10,248")
    assert "I110" in sums_found(fields)


def test_a_japanese_issuer_named_with_yuan_is_still_in_yen() -> None:
    # 発行元 (the issuer) holds 元, which is no yuan: the ¥ amounts are yen, the tax rounded
    # down to a whole yen (10 % of 22,384 is 2,238.40)
    fields = read_rows(
        "請求書",
        "有限会社北浜テクノ商会",
        (80, [("発行日 2026/02/20", 50)]),
        (95, [("請求先", 50), ("発行元", 300)]),
        (130, [("品名", 50), ("数量", 250), ("単価", 330), ("金額", 430)]),
        (145, [("温度センサー", 50), ("64", 250), ("211", 330), ("13,504", 430)]),
        (160, [("ケーブル 2m", 50), ("40", 250), ("222", 330), ("8,880", 430)]),
        (185, [("小計", 330), ("22,384", 430)]),
        (200, [("消費税 10%", 330), ("2,238", 430)]),
        (215, [("ご請求金額 (JPY)", 330), ("¥24,622", 430)]),
        font="Helvetica",
    )
    assert fields.currency == "JPY"
    assert sums_found(fields) == {}


def test_a_row_one_nt_dollar_off_is_an_error() -> None:
    # whole quantities at whole prices make whole amounts: 300 x 23 is 6,900, not 6,901
    fields = read_rows(
        "發票",
        "瑞豐精密零件股份有限公司",
        (80, [("統一編號 24681357", 50)]),
        (130, [("品名", 50), ("數量", 250), ("單價", 330), ("金額", 430)]),
        (145, [("鋁合金散熱片", 50), ("300", 250), ("23", 330), ("6,901", 430)]),
        (160, [("矽膠導熱墊", 50), ("150", 250), ("19", 330), ("2,850", 430)]),
        (185, [("銷售額合計", 330), ("9,751", 430)]),
        (215, [("總計 (TWD)", 330), ("NT$9,751", 430)]),
        font="Helvetica",
    )
    assert sums_found(fields)["I109"]["expected"] == "6,900"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("発行日 : 信和 8 年 5 月 18 晶", [date(2026, 5, 18)]),  # 日 misread, as 令 is
        ("令和8年5月18日", [date(2026, 5, 18)]),
        ("令和8年5月1 8日", []),  # a digit after the day: not cut short
    ],
)
def test_an_era_date_whose_day_sign_ocr_misread(text: str, expected: list[date]) -> None:
    assert [d[2] for d in find_dates(text)] == expected


def _tax_included(subtotal_label: str, tax_label: str, total_label: str) -> Fields:
    return read_rows(
        "請求書",
        "有限会社北浜テクノ商会",
        (80, [("発行日 2026/02/20", 50)]),
        (130, [("品名", 50), ("数量", 250), ("単価", 330), ("金額", 430)]),
        (145, [("緑茶 ※", 50), ("10", 250), ("108", 330), ("1,080", 430)]),
        (160, [("USBケーブル", 50), ("20", 250), ("110", 330), ("2,200", 430)]),
        (185, [(subtotal_label, 330), ("¥3,280", 430)]),
        (200, [(tax_label, 330), ("¥280", 430)]),
        (215, [(total_label, 330), ("¥3,280", 430)]),
        font="Helvetica",
    )


@pytest.mark.parametrize(
    ("subtotal", "tax", "total"),
    [
        ("小計(税込)", "消費税", "合計"),
        ("税込小計", "消費税等", "合計金額"),
        ("小計", "消費税", "税込合計"),  # the total with its tax, the subtotal's equal
        ("小計(含稅)", "營業稅", "總計"),
    ],
)
def test_sums_labelled_with_their_tax_hold_it(subtotal: str, tax: str, total: str) -> None:
    fields = _tax_included(subtotal, tax, total)
    assert fields.tax_inside
    assert sums_found(fields) == {}


def test_a_total_labelled_with_tax_above_its_subtotal_adds_it() -> None:
    fields = read_rows(
        "請求書",
        "有限会社北浜テクノ商会",
        (130, [("品名", 50), ("数量", 250), ("単価", 330), ("金額", 430)]),
        (145, [("緑茶", 50), ("10", 250), ("100", 330), ("1,000", 430)]),
        (185, [("小計(税抜)", 330), ("¥1,000", 430)]),
        (200, [("消費税 10%", 330), ("¥100", 430)]),
        (215, [("税込合計", 330), ("¥1,200", 430)]),
        font="Helvetica",
    )
    assert not fields.tax_inside
    assert "I110" in sums_found(fields)


def test_a_taiwanese_tax_printed_as_included() -> None:
    # "營業稅 (內含)": the 5 % already in the amounts, the total the subtotal
    fields = read_rows(
        "收據",
        "瑞豐精密零件股份有限公司",
        (80, [("統一編號 24681357", 50)]),
        (130, [("品名", 50), ("數量", 250), ("單價", 330), ("金額", 430)]),
        (145, [("散熱片", 50), ("7", 250), ("133", 330), ("931", 430)]),
        (160, [("導熱墊", 50), ("13", 250), ("157", 330), ("2,041", 430)]),
        (185, [("小計", 330), ("2,972", 430)]),
        (200, [("營業稅 (內含)", 330), ("142", 430)]),
        (215, [("總計", 330), ("NT$2,972", 430)]),
        font="Helvetica",
    )
    assert fields.tax_inside
    assert sums_found(fields) == {}
