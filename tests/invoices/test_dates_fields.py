from __future__ import annotations

from datetime import date

from reinstate.invoices.dates import find_dates, parse_pdf_date
from reinstate.invoices.fields import parse_number


def test_dates_in_english_and_chinese_formats() -> None:
    cases = {
        "Invoice Date: 2026-03-02": date(2026, 3, 2),
        "开票日期：2026年03月02日": date(2026, 3, 2),
        "2 March 2026": date(2026, 3, 2),
        "March 2, 2026": date(2026, 3, 2),
        "02-Mar-2026": date(2026, 3, 2),
        "13/04/2026": date(2026, 4, 13),
        "2026/3/2": date(2026, 3, 2),
    }
    for text, expected in cases.items():
        found = find_dates(text)
        assert found and found[0][2] == expected, text


def test_ambiguous_day_month_is_reported() -> None:
    assert find_dates("04/05/2026")[0][3] is True
    assert find_dates("13/05/2026")[0][3] is False


def test_pdf_dates() -> None:
    a = parse_pdf_date("D:20261126134500+08'00'")
    b = parse_pdf_date("2026-11-26T13:45:00+08:00")
    assert a is not None and a == b
    assert parse_pdf_date("garbage") is None


def test_numbers() -> None:
    assert parse_number("1,234.50") == 1234.5
    assert parse_number("¥9,909.50") == 9909.5
    assert parse_number("USD120") == 120
    assert parse_number("HB-750S") is None


def test_an_iso_date_with_its_time() -> None:
    # A Mexican CFDI prints "Fecha de emisión: 2026-03-05T10:22:11": the glued "T" hid the date
    assert [d for _, _, d, _ in find_dates("Fecha de emisión: 2026-03-05T10:22:11")] == [
        date(2026, 3, 5)
    ]
    # a date glued to other letters is still no date
    assert find_dates("REF2026-03-05TX") == []


def test_reiwa_read_by_ocr_as_its_look_alike_is_a_date() -> None:
    """令和 read as 今和 off a fax (one stroke lost), spaced out as OCR leaves it."""
    from reinstate.invoices.dates import find_dates

    assert [str(d[2]) for d in find_dates("今和 6 年 12 月 25 日")] == ["2024-12-25"]
