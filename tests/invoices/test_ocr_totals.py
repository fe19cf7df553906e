"""Totals and dates as OCR reads them off poor phone photos: junk at the page's edge after the
amount, a table rule read as a dash, a lost decimal mark, a garbled label."""

from __future__ import annotations

from datetime import date

from support.ocr_words import Row, read_rows

from reinstate.invoices.fields import Fields


def _fields(*rows: Row, font: str = "ocr") -> Fields:
    return read_rows("INVOICE", "Bluewater", *rows, font=font)


def test_junk_read_off_the_page_edge_after_the_total_is_no_amount() -> None:
    f = _fields(
        (300, [("Subtotal:", 300), ("23,443.80", 420), ("3", 560)]),
        (312, [("Total", 300), ("(USD):", 330), ("23,443.80", 420), ("4", 560)]),
    )
    assert f.totals == {"subtotal": 23443.8, "total": 23443.8}


def test_a_table_rule_read_as_a_dash_before_the_amount() -> None:
    f = _fields(
        (300, [("Totale", 300), ("imponibile:", 340), ("—_7.738,10", 420)]),
        (
            312,
            [("Totaal", 300), ("te", 340), ("betalen", 355), ("(EUR):", 400), ("—4.324,54", 440)],
        ),
    )
    assert f.totals["total"] == 4324.54
    assert f.totals["subtotal"] == 7738.1


def test_a_five_read_as_a_section_sign() -> None:
    f = _fields(
        (312, [("Totaal", 300), ("te", 340), ("betalen", 355), ("(EUR):", 400), ("§.829,54", 440)])
    )
    assert f.totals["total"] == 5829.54


def test_only_ocr_text_gets_the_ocr_repairs() -> None:
    f = _fields((312, [("Total", 300), ("(USD):", 330), ("—4,324.54", 420)]), font="Helvetica")
    assert "total" not in f.totals


def test_a_fapiao_total_with_its_label_and_decimal_mark_lost_is_the_sum_above_it() -> None:
    f = _fields(
        (300, [("at", 60), ("¥4,225.00", 300), ("549.25", 420)]),
        (312, [("RAI", 60), ("CNR)", 80), ("¥4,77425", 300)]),
    )
    assert f.totals["total"] == 4774.25


def test_a_total_under_its_garbled_subtotal_and_tax_lines() -> None:
    f = _fields(
        (300, [("amt:", 300), ("602,640", 420)]),
        (312, [("ARB", 300), ("10%:", 330), ("60264", 420)]),
        (324, [("BHEM", 300), ("0PY", 330), ("662,904", 420)]),
    )
    assert f.totals["total"] == 662904


def test_no_total_is_made_up_from_amounts_that_do_not_add_up() -> None:
    f = _fields(
        (300, [("amt:", 300), ("602,640", 420)]),
        (312, [("ARB", 300), ("10%:", 330), ("60264", 420)]),
        (324, [("BHEM", 300), ("0PY", 330), ("662,905", 420)]),
    )
    assert "total" not in f.totals


def test_a_date_shaped_customer_number_under_a_garbled_label_is_no_invoice_date() -> None:
    f = _fields(
        (80, [("Factuurmummer:", 300), ("F2026/403", 400)]),
        (92, [("Factuurdaturn;", 300), ("17", 390), ("septenber", 405), ("2026", 460)]),
        (104, [("Kisntnummer:", 300), ("2031-07-01", 400)]),
    )
    assert f.invoice_date is None
    assert _fields((104, [("Datum:", 300), ("2026-07-01", 400)])).invoice_date == date(2026, 7, 1)


def test_yen_read_with_a_dot_for_the_last_thousands_mark() -> None:
    from reinstate.invoices.fields import parse_number

    assert parse_number("3,906.584", whole=True) == 3906584
    assert parse_number("3,906.58") == 3906.58


def test_a_date_after_a_customer_label_is_no_invoice_date() -> None:
    f = _fields((104, [("N°", 300), ("client", 320), (":", 360), ("2031-07-01", 400)]))
    assert f.invoice_date is None


def test_a_yen_total_with_a_lost_thousands_mark_and_junk_before_it() -> None:
    f = _fields(
        (80, [("請求書", 300)]),
        (300, [("iM", 300), ("1667544", 420)]),
        (312, [("る", 280), ("TARR", 300), ("10%:", 330), ("166,754", 420), ("4", 560)]),
        (324, [("3", 280), ("SHAM", 300), ("CPM:", 330), ("1.834298", 420)]),
    )
    assert f.totals["total"] == 1834298


def test_a_fapiao_total_under_its_sums_with_the_yen_sign_read_as_y() -> None:
    f = _fields(
        (300, [("合计", 60), ("Y7,070.60", 300), ("¥919.18", 420)]),
        (312, [("HRS", 60), ("(NS", 80), (")", 100), ("¥7,989.78", 300)]),
    )
    assert f.totals["total"] == 7989.78


def test_a_fapiao_sum_with_thousands_marks_read_as_dots() -> None:
    f = _fields(
        (300, [("合计", 60), ("Y19.724.00", 300), ("¥2,564.12", 420)]),
        (312, [("HRA", 60), ("CNS", 80), (")", 100), ("¥22,288.12", 300)]),
    )
    assert f.totals == {"subtotal": 19724.0, "tax": 2564.12, "total": 22288.12}


def test_garbled_cjk_date_lines_are_read_again() -> None:
    from reinstate.invoices.ocr import _CJK_DATE_LINE

    for text in (
        "WRA:202610R68",
        "psuFMAM:2026%06R188",
        "WREBS:2026416",
        "开票日期:2026年06月18日",
    ):
        assert _CJK_DATE_LINE.search(text), text
    for text in ("TEL:03-1234-5678", "顧客番号:2031-07-01", "登録番号:T1234567890123"):
        assert not _CJK_DATE_LINE.search(text), text
