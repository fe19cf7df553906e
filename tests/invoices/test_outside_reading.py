"""Session 9: shapes of invoices written outside the project that were misread or flagged."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.invoice_corpus import chromium_path, make_chromium_styled_batch, random_spec
from support.ocr_words import read_rows

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import Line, build_lines, parse_number
from reinstate.invoices.forensics import _mixed_amount_fonts, _overlaps, pdf_signs


def test_indian_lakh_grouping_is_one_amount() -> None:
    assert parse_number("Rs. 4,48,780.44") == 448780.44
    assert parse_number("₹73,68,429.69") == 7368429.69
    assert parse_number("2,07,576.00") == 207576.0
    assert parse_number("1,234.56") == 1234.56  # the other groupings are unchanged
    assert parse_number("1.234,56") == 1234.56


def test_indian_total_in_lakh_is_read() -> None:
    fields = read_rows(
        "TAX INVOICE",
        "Kaveri Mills LLP",
        (120, [("Subtotal", 300), ("Rs. 4,00,684.32", 420)]),
        (135, [("IGST @ 12%", 300), ("Rs. 48,096.12", 420)]),
        (150, [("TOTAL", 300), ("Rs. 4,48,780.44", 420)]),
        font="Helvetica",
    )
    assert fields.totals["total"] == 448780.44


def test_a_due_date_is_never_the_invoice_date() -> None:
    # The invoice date's label lost to OCR: the payment deadline is no stand-in for it.
    for label in ("Due date:", "Scadenza", "お支払期限 :", "Payment terms:"):
        fields = read_rows("INVOICE", "Harbour Co.", (100, [(label, 50), ("31.12.2025", 200)]))
        assert fields.invoice_date is None, label
    fields = read_rows(
        "INVOICE",
        "Harbour Co.",
        (90, [("Date:", 50), ("17.12.2025", 200)]),
        (100, [("Due date:", 50), ("31.12.2025", 200)]),
    )
    assert fields.invoice_date == date(2025, 12, 17)


def test_a_date_years_ahead_is_no_invoice_date() -> None:
    fields = read_rows("請求書", "株式会社テスト", (100, [("請求日", 50), ("2031-07-01", 200)]))
    assert fields.invoice_date is None


def test_invoice_recognised_from_its_amount_label_without_a_title() -> None:
    fields = read_rows(
        "xx",
        "Tienda S.L.",
        (100, [("Base imponible", 300), ("1.000,00", 420)]),
        (115, [("IVA 21%", 300), ("210,00", 420)]),
        (130, [("Total factura", 300), ("1.210,00", 420)]),
    )
    assert fields.document_type == "invoice"


def test_stray_margin_letters_do_not_hide_the_total_label() -> None:
    fields = read_rows(
        "INVOICE",
        "Yiwu Co., Ltd.",
        (100, [("E", 10), ("Totale", 300), ("4.942,14", 420)]),
    )
    assert fields.totals["total"] == 4942.14


def _glyphs(text: str, x0: float, fonts: list[str], sizes: list[float]) -> list[dict[str, Any]]:
    return [
        {"text": c, "x0": x0 + 6 * i, "x1": x0 + 6 * i + 5.5, "top": 100.0,
         "bottom": 100 + sizes[i], "size": sizes[i], "font": fonts[i], "order": i}
        for i, c in enumerate(text)
    ]  # fmt: skip


def _amount_signs(chars: list[dict[str, Any]]) -> list[Any]:
    page = {"number": 1, "chars": chars}
    lines: list[Line] = build_lines(page)
    return _mixed_amount_fonts(page, lines)


def test_a_styled_currency_sign_or_raised_cents_is_no_edit() -> None:
    body, small = "AAAAAA+DejaVuSans", "BAAAAA+DejaVuSans-Bold"
    sign = _glyphs("€1,234.56", 100, [small] + [body] * 8, [7.0] + [10.0] * 8)
    assert _amount_signs(sign) == []
    cents = _glyphs("1,234.56", 100, [body] * 8, [10.0] * 5 + [6.5] * 3)
    assert _amount_signs(cents) == []
    # a digit retyped in another font, or another size, is still a sign
    retyped = _glyphs("1,234.56", 100, [body] * 3 + ["Helvetica"] + [body] * 4, [10.0] * 8)
    assert [s[0] for s in _amount_signs(retyped)] == ["I208"]
    resized = _glyphs("1,234.56", 100, [body] * 8, [10.0] * 2 + [12.0] + [10.0] * 5)
    assert [s[0] for s in _amount_signs(resized)] == ["I208"]


def _overlap_page(watermark_font: str, other_font: str) -> list[dict[str, Any]]:
    chars = _glyphs("12.50", 100, ["AAAAAA+DejaVuSans"] * 5, [10.0] * 5)
    chars += [  # the rest of the page, drawn between the amount and the watermark
        {**c, "order": 10 + i, "top": 300.0, "bottom": 310.0}
        for i, c in enumerate(_glyphs("Bank", 100, ["AAAAAA+DejaVuSans"] * 4, [10.0] * 4))
    ]
    chars += [
        {**c, "order": 100 + i, "font": watermark_font, "size": 40.0, "top": 101.0, "bottom": 140.0}
        for i, c in enumerate(_glyphs("PA", 101, [watermark_font] * 2, [10.0] * 2))
    ]
    chars += [
        {**c, "order": 200 + i, "top": 800.0, "bottom": 810.0}
        for i, c in enumerate(_glyphs("1/1", 100, [other_font] * 3, [10.0] * 3))
    ]
    return chars


def test_a_print_header_in_a_second_subset_makes_no_overlap_an_edit() -> None:
    # Chromium's header and footer: a second subset named by the same counter as the body's.
    page = {"number": 1}
    chromium = _overlap_page("AAAAAA+DejaVuSans", "BAAAAA+DejaVuSans")
    assert _overlaps(page, chromium, traced=False) == []
    # a subset of another writer's (its own tag), drawn after the page's: still a trace
    edited = _overlap_page("QZKXWB+DejaVuSans", "AAAAAA+DejaVuSans")
    assert [s[0] for s in _overlaps(page, edited, traced=False)] == ["I210"]


@pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed")
def test_browser_printed_invoices_are_not_flagged() -> None:
    specs = [random_spec(100 + i, lang=lang, issued=date(2026, 3, 2)) for i, lang in
             enumerate(["en", "zh", "ja", "in"])]  # fmt: skip
    for spec, data in zip(specs, make_chromium_styled_batch(specs), strict=True):
        report = check_invoice(data, filename="styled.pdf", ocr=False)
        assert not report.tags & {"altered"}, (spec.lang, sorted(report.codes))
        assert report.fields.totals.get("total") == pytest.approx(spec.total, abs=0.01)


def _metadata_signs(info: dict[str, str], xmp: dict[str, str], cover: float) -> set[str]:
    page = {"number": 1, "source": "text", "chars": [], "covers": [], "image_cover": cover}
    facts = {"pages": [page], "info": info, "xmp": xmp}
    signs = pdf_signs(facts, date(2025, 3, 5), {"reissue_days": 60}, lines=[[]])
    return {s[0] for s in signs}


def test_info_and_xmp_dates_a_time_zone_apart_agree() -> None:
    local = {"CreationDate": "D:20260305101500", "ModDate": "D:20260305101500"}
    zoned = {"CreationDate": "2026-03-05T10:15:00+09:00", "ModDate": "2026-03-05T10:15:00+09:00"}
    assert "I204" not in _metadata_signs(local, zoned, 0.0)
    moved = {"CreationDate": "2026-03-02T10:15:00Z", "ModDate": "2026-03-05T10:15:00Z"}
    assert "I204" in _metadata_signs(local, moved, 0.0)  # days apart: a date rewritten


def test_a_searchable_scan_is_dated_when_scanned() -> None:
    # A multifunction printer's scan with its OCR text layer, scanned a year after the invoice.
    info = {"CreationDate": "D:20260305101500Z", "ModDate": "D:20260305101500Z"}
    assert "I206" not in _metadata_signs(info, {}, 1.0)
    assert "I206" in _metadata_signs(info, {}, 0.0)  # a typeset PDF made then is a later copy


def test_a_text_shadow_is_read_once() -> None:
    # Chromium draws a CSS text shadow as the same glyphs again, 0.75 pt to the side.
    chars = _glyphs("Total", 100, ["F"] * 5, [10.0] * 5)
    chars += [{**c, "x0": c["x0"] + 0.75, "x1": c["x1"] + 0.75} for c in chars]
    chars += _glyphs("Hello", 200, ["F"] * 5, [10.0] * 5)  # a real double letter stays
    texts = [w.text for ln in build_lines({"number": 1, "chars": chars}) for w in ln.words]
    assert texts == ["Total", "Hello"]
