"""Reading label/value pairs from the layout: wrapped spreadsheet cells, OCR lines."""

from __future__ import annotations

from datetime import date
from typing import Any

from reinstate.invoices.fields import build_lines, extract


def _word(text: str, x0: float, top: float, height: float = 10.0, **extra: Any) -> dict[str, Any]:
    width = 5.5 * len(text)
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + width,
        "top": top,
        "bottom": top + height,
        "size": height,
        "font": "f",
        "word": True,
        **extra,
    }


def _fields(words: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    return extract(build_lines({"number": 1, "chars": words}))


def _invoice_head() -> list[dict[str, Any]]:
    return [
        _word("FATTURA", 400, 20, 16),
        _word("Casalinghi", 50, 60),
        _word("Adriatica", 110, 60),
        _word("S.r.l.", 165, 60),
    ]


def test_a_date_wrapped_inside_a_spreadsheet_cell_is_read_across_the_break() -> None:
    words = [
        *_invoice_head(),
        _word("Data", 300, 100),
        _word("fattura:", 330, 100),
        _word("5", 380, 100),
        _word("dicembre", 300, 112),
        _word("2026", 352, 112),
    ]
    assert _fields(words).invoice_date == date(2026, 12, 5)


def test_a_total_wrapped_under_its_label_in_a_narrow_cell() -> None:
    words = [
        *_invoice_head(),
        _word("Totale", 300, 300),
        _word("documento", 300, 312),
        _word("(EUR):", 300, 324),
        _word("18.317,57", 300, 336),
        _word("Pagamento:", 300, 360),
        _word("30", 360, 372),
    ]
    assert _fields(words).totals.get("total") == 18317.57


def test_a_total_in_the_next_cell_lower_than_its_label() -> None:
    words = [
        *_invoice_head(),
        _word("Total", 300, 300),
        _word("(USD):", 330, 300),
        _word("10,944.40", 420, 309),
    ]
    assert _fields(words).totals.get("total") == 10944.4


def test_no_amount_is_taken_from_across_another_totals_label() -> None:
    words = [
        *_invoice_head(),
        _word("Subtotal:", 300, 300),
        _word("Total:", 300, 312),
        _word("99.00", 300, 324),
    ]
    totals = _fields(words).totals
    assert totals.get("total") == 99.0
    assert "subtotal" not in totals


def _box(text: str, x0: float, top: float, bottom: float, line: str) -> dict[str, Any]:
    return _word(text, x0, top, bottom - top, line=line)


def test_ocr_words_of_one_tesseract_line_stay_on_one_row() -> None:
    # Boxes as Tesseract gave them on a scanned fapiao: CJK glyphs and punctuation of one line
    # differ in height by half a line, so by their own middles the label and the date fell on
    # two rows, mixed with the address in the next column.
    address = "1.1.3"
    date_line = "2.1.2"
    words = [
        _word("增值税普通发票", 400, 20, 16),
        _box("地", 50.3, 82.0, 91.1, address),
        _box("址", 64.7, 80.1, 96.4, address),
        _box(":", 73.8, 80.1, 96.4, address),
        _box("上", 82.9, 82.0, 90.6, address),
        _box("海", 92.1, 82.0, 91.1, address),
        _box("市", 104.0, 82.0, 91.1, address),
        _box("浦东", 115.5, 80.1, 96.4, address),
        _box("新", 133.8, 82.0, 91.1, address),
        _box("区", 143.8, 82.5, 90.6, address),
        _box("枫", 154.4, 82.0, 91.1, address),
        _box("林", 163.5, 82.0, 91.1, address),
        _box("路", 180.8, 82.9, 90.1, address),
        _box("1200", 183.6, 80.1, 96.4, address),
        _box("号", 205.2, 82.5, 91.1, address),
        _box("4", 213.4, 82.9, 90.1, address),
        _box("室", 220.5, 82.0, 91.1, address),
        _box("开票", 421.4, 85.8, 94.9, date_line),
        _box("日", 451.2, 85.8, 94.9, date_line),
        _box("期", 462.7, 88.7, 94.0, date_line),
        _box(":", 465.5, 83.4, 99.2, date_line),
        _box("2026", 471.3, 85.8, 94.9, date_line),
        _box("年", 497.2, 83.4, 99.2, date_line),
        _box("05", 506.3, 83.4, 99.2, date_line),
        _box("月", 518.3, 83.4, 99.2, date_line),
        _box("14", 525.0, 83.4, 99.2, date_line),
        _box("日", 537.0, 83.4, 99.2, date_line),
    ]
    words += [
        _box("发", 451.2, 71.9, 81.0, "2.1.1"),
        _box("票", 466.0, 70.0, 85.8, "2.1.1"),
        _box("号", 475.6, 70.0, 85.8, "2.1.1"),
        _box("码", 485.7, 70.0, 85.8, "2.1.1"),
        _box(":", 494.3, 70.0, 85.8, "2.1.1"),
        _box("16366614", 502.0, 72.4, 80.5, "2.1.1"),
    ]
    rows = [ln.text for ln in build_lines({"number": 1, "chars": words})]
    assert any("开票" in row and "日期 : 2026 年 05 月 14 日" in row for row in rows), rows
    assert _fields(words).invoice_date == date(2026, 5, 14)


def test_japanese_total_as_the_chinese_ocr_model_reads_it() -> None:
    words = [
        _word("御請求書", 400, 20, 16),
        _word("小计:", 300, 300),
        _word("190,484", 420, 300),
        _word("合计金额", 300, 315),
        _word("(JPY):", 350, 315),
        _word("209,532", 420, 315),
    ]
    totals = _fields(words).totals
    assert totals.get("subtotal") == 190484
    assert totals.get("total") == 209532
