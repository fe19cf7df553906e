"""The independent writers' shapes, in our own words (session 7, reading): a compact letterhead
whose rows hold a tax number and a phone on the left and a short date label on the right, VAT
at two rates, a fapiao's total cell with the amount in words and in figures, dollar invoices
with month-first dates, OCR totals off by a digit, and photos of a sheet lying on a desk."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PIL import Image
from support.invoice_corpus import random_spec
from support.invoice_letterhead import amount_in_words, letterhead_spec, make_letterhead
from support.ocr_words import Row, read_rows

from reinstate.invoices import ocr
from reinstate.invoices.check import check_invoice
from reinstate.invoices.dates import printed_order
from reinstate.invoices.fields import Fields


@pytest.mark.parametrize("lang", ["en", "zh", "de", "fr", "it", "es", "nl", "pl", "ja", "in"])
def test_a_compact_letterhead_is_read_whole(lang: str) -> None:
    # day 5: a day-first date read month first would be another valid date
    issued = date(2026, 3, 5)
    spec = letterhead_spec(random_spec(71, lang=lang, issued=issued))
    data = make_letterhead(spec, datetime(2026, 3, 5, 9, tzinfo=UTC))
    report = check_invoice(data, filename="i.pdf", notice_date=issued + timedelta(days=20))
    f = report.fields
    assert f.invoice_date == issued  # not the due date, not skipped for the tax number beside it
    assert f.totals["total"] == pytest.approx(spec.total, abs=0.011)
    assert f.totals.get("tax", 0) == pytest.approx(spec.tax, abs=0.011)  # both rates, no tax id
    assert f.supplier.phone  # the phone printed after the tax number
    assert not report.codes & {"I101", "I104", "I109", "I110"}


def test_amount_in_words() -> None:
    assert amount_in_words(2794.83) == "贰仟柒佰玖拾肆圆捌角叁分"
    assert amount_in_words(10005.0) == "壹万零伍圆整"
    assert amount_in_words(1877.05) == "壹仟捌佰柒拾柒圆零伍分"


def test_a_day_over_twelve_settles_the_order_of_the_others() -> None:
    assert printed_order("Invoice date: 11/07/2026  Due date: 11/21/2026") is False
    assert printed_order("Data: 05/11/2026  Scadenza: 21/11/2026") is True
    assert printed_order("11/07/2026 and 05/06/2026") is None
    assert printed_order("21/11/2026 and 11/21/2026") is None  # they disagree: unknown


def _fields(*rows: Row, font: str = "ocr") -> Fields:
    return read_rows("FAKTURA", "Polmet", *rows, font=font)


def test_an_ocr_total_missing_a_digit_is_no_total() -> None:
    rows = (
        (300, [("Razem", 300), ("netto", 335), ("4 331,14", 470)]),
        (312, [("VAT", 300), ("23%", 325), ("365,96", 470)]),
        (324, [("VAT", 300), ("8%", 325), ("219,20", 470)]),
        (336, [("Razem", 300), ("brutto[", 335), ("916,30", 470)]),
    )
    ocr_read = _fields(*rows)
    assert ocr_read.totals["tax"] == pytest.approx(585.16)  # two rates add up
    assert "total" not in ocr_read.totals
    # printed that way in a PDF, it is the supplier's arithmetic: kept for the check to judge
    assert _fields(*rows, font="Helvetica").totals["total"] == pytest.approx(916.30)


def test_a_yen_sign_read_as_a_leading_digit_is_put_right_by_the_sum_above() -> None:
    f = _fields(
        (300, [("a", 50), ("it", 70), ("¥1,661.37", 370), ("¥215.98", 490)]),
        (312, [("价税合计", 50), ("(大写)", 100), ("CNS)", 340), ("41,877.35", 370)]),
    )
    assert f.totals["total"] == pytest.approx(1877.35)


def test_a_label_glued_to_its_amount() -> None:
    f = _fields(
        (300, [("合", 50), ("计", 70), ("¥2,473.30", 420), ("¥321.53", 520)]),
        (312, [("价税合计（大写）", 50), ("ⓧ", 150), ("贰仟柒佰玖拾肆圆捌角叁分", 160),
               ("（小写）¥2,794.83", 400)]),
        font="WQY",
    )  # fmt: skip
    assert f.totals["total"] == pytest.approx(2794.83)


def _photo(sheet_box: tuple[int, int, int, int], size: tuple[int, int]) -> Image.Image:
    import numpy as np

    arr = np.full((size[1], size[0]), 70, dtype=np.uint8)  # a dark desk
    x0, y0, x1, y1 = sheet_box
    arr[y0:y1, x0:x1] = 235
    arr[y0 + 100 : y0 + 104, x0 + 60 : x0 + 400] = 20  # a line of "text"
    return Image.fromarray(arr)


def test_a_sheet_on_a_desk_is_cut_out_and_a_scan_left_whole() -> None:
    photo = _photo((150, 120, 1150, 1500), (1300, 1700))
    cut, (x, y) = ocr.crop_sheet(photo)
    assert 150 <= x <= 190 and 120 <= y <= 160  # one cell in from the sheet's edge
    assert 900 <= cut.width <= 1000 and 1300 <= cut.height <= 1380
    assert min(cut.getextrema()) <= 20  # the text is kept
    scan = Image.new("L", (1240, 1754), 240)
    assert ocr.crop_sheet(scan) == (scan, (0, 0))


def test_a_customer_number_under_a_garbled_label_is_no_date() -> None:
    f = _fields(
        (100, [("Factuurdetum:", 380), ("§", 450), ("oktober", 460), ("2028", 505)]),
        (112, [("Kiantrummer:", 380), ("2031-07-01", 450)]),
    )
    assert f.invoice_date is None  # no date rather than the customer number


def test_the_fapiao_total_in_figures_is_the_total_when_ocr_lost_its_first_word() -> None:
    f = _fields(
        (300, [("¥8,766.00", 390), ("¥1,139.58", 445)]),
        (312, [("合计", 130), ("(小写", 160), (")", 190), ("¥9,905.58", 445)]),
    )
    assert f.totals == {"total": pytest.approx(9905.58)}  # not a subtotal of 9,905.58


def test_a_minus_sign_read_off_a_cell_border_before_the_total() -> None:
    f = _fields(
        (300, [("合", 50), ("计", 70), ("¥97.68", 390), ("¥12.70", 470)]),
        (312, [("价税合计", 50), ("(小写", 370), (")", 400), ("-¥110.38", 410)]),
    )
    assert f.totals["total"] == pytest.approx(110.38)


def test_a_due_date_is_not_taken_when_the_invoice_dates_value_is_unreadable() -> None:
    f = _fields(
        (100, [("Rechnungsdatum", 300), ("A.", 400), ("Juni", 415), ("2026", 440)]),
        (112, [("Lieferdatum", 300), ("29.", 400), ("Mai", 415), ("2026", 440)]),
    )
    assert f.invoice_date is None


def test_table_rules_are_painted_out_and_glyph_strokes_kept() -> None:
    import numpy as np

    arr = np.full((300, 1200), 240, dtype=np.uint8)
    arr[100:102, 50:1150] = 30  # a table rule
    arr[100:250, 600:602] = 30  # a column border
    arr[150:153, 100:125] = 20  # a glyph's bar, 25 px
    arr[140:170, 300:303] = 20  # a glyph's stem, 30 px
    out = np.asarray(ocr.unrule(Image.fromarray(arr)))
    assert out[100:102, 50:1150].min() == 255 and out[100:250, 600:602].min() == 255
    assert out[150:153, 100:125].max() == 20 and out[140:170, 300:303].max() == 20
