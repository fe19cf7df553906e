"""Session 18 (inv18d): genuine invoices called no invoice, and dates. Each test failed before
its fix. Pages are words placed by hand or pages drawn here."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from support.ocr_words import read_rows

from reinstate.invoices import ocr


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        # a bilingual label ("日期 Date") with the value in the next cell, flush against it
        ("日期 Date03/11/2025", "2025-11-03"),
        ("開票日期 Invoice date2026-02-17", "2026-02-17"),
    ],
)
def test_a_date_glued_to_a_bilingual_label_is_read(cell: str, expected: str) -> None:
    fields = read_rows(
        "收據 RECEIPT",
        "Lung Fat Hardware Ltd",
        (90, [("編號 No. LF-7781", 50), (cell, 300)]),
        (200, [("總額 TOTAL (HKD)", 50), ("HK$ 2,480.00", 400)]),
    )
    assert fields.invoice_date == date.fromisoformat(expected)


def test_a_glued_due_date_after_a_bilingual_label_is_not_the_invoice_date() -> None:
    fields = read_rows(
        "收據 RECEIPT",
        "Lung Fat Hardware Ltd",
        (90, [("到期日 Due date2025-12-03", 50)]),
        (200, [("總額 TOTAL (HKD)", 50), ("HK$ 2,480.00", 400)]),
    )
    assert fields.invoice_date is None


def _head() -> Any:
    """A page: the letterhead left, a title set large and bold right, its number and date
    under it, an item row further down."""
    from PIL import Image, ImageDraw, ImageFont

    bold = ImageFont.truetype("DejaVuSans-Bold.ttf", 44)
    plain = ImageFont.truetype("DejaVuSans.ttf", 20)
    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    draw.text((100, 60), "Harbour Lane Supplies Ltd", font=ImageFont.truetype("DejaVuSans.ttf", 30))
    draw.text((100, 110), "12 Quay Street, Bristol", font=plain)
    draw.text((860, 200), "INVOICE", font=bold)
    draw.text((900, 270), "No. 4471", font=plain)
    draw.text((900, 300), "Date: 03.11.2026", font=plain)
    draw.text((100, 640), "Kraft boxes 40x30     200     1.25     250.00", font=plain)
    return image


def _word(text: str, left: int, top: int, width: int, height: int, line: str) -> dict[str, Any]:
    return {
        "text": text,
        "left": left,
        "top": top,
        "w": width,
        "h": height,
        "conf": 90.0,
        "line": line,
    }


# What the page's pass read of the head: all but the title.
_PASS = [
    _word("Harbour", 100, 64, 130, 30, "1.1.1"),
    _word("Lane", 240, 64, 80, 30, "1.1.1"),
    _word("Supplies", 330, 64, 140, 30, "1.1.1"),
    _word("Ltd", 480, 64, 50, 30, "1.1.1"),
    _word("12", 100, 112, 25, 20, "1.1.2"),
    _word("Quay", 132, 112, 55, 20, "1.1.2"),
    _word("Street,", 195, 112, 75, 20, "1.1.2"),
    _word("Bristol", 280, 112, 75, 20, "1.1.2"),
    _word("No.", 900, 272, 40, 20, "2.1.1"),
    _word("4471", 948, 272, 50, 20, "2.1.1"),
    _word("Date:", 900, 302, 60, 20, "2.1.2"),
    _word("03.11.2026", 966, 302, 120, 20, "2.1.2"),
]


@pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed")
def test_a_title_the_layout_analysis_dropped_is_read_as_sparse_text(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tesseract's layout analysis drops a large bold title beside the letterhead on a photo, in
    # the column and the block reading alike: the block reading is made to miss it here.
    from reinstate.invoices.limits import OcrBudget

    tesseract = ocr._tesseract

    def layout_drops_title(path: str, lang: str, limit: float, psm: str | None = None):
        if psm == "6":
            return "", 0.3, True
        return tesseract(path, lang, limit, psm)

    monkeypatch.setattr(ocr, "_tesseract", layout_drops_title)
    words = ocr._reread_head(_head(), list(_PASS), str(tmp_path), "eng", OcrBudget())
    added = [w for w in words if w not in _PASS]
    assert [w["text"] for w in added] == ["INVOICE"]
    title = added[0]
    # in the page's pixels, where the title is printed
    assert abs(title["left"] - 860) < 12 and abs(title["top"] - 210) < 16
    # the words the pass read are kept as they were
    assert words[: len(_PASS)] == _PASS


@pytest.mark.skipif(not ocr.available(), reason="tesseract is not installed")
def test_only_lines_naming_the_document_are_taken_from_the_sparse_read(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reinstate.invoices.limits import OcrBudget

    tesseract = ocr._tesseract
    monkeypatch.setattr(
        ocr,
        "_tesseract",
        lambda path, lang, limit, psm=None: (
            ("", 0.3, True) if psm == "6" else tesseract(path, lang, limit, psm)
        ),
    )
    # the pass read the title, not the number and date: nothing to add (the words name the
    # document) ...
    named = [*_PASS[:8], _word("INVOICE", 860, 210, 220, 44, "2.0.1")]
    assert ocr._reread_head(_head(), named, str(tmp_path), "eng", OcrBudget()) == named
    # ... and with the title in the pass but under another reading, the unread number and date
    # are not taken: they name no document
    misread = [*_PASS[:8], _word("~~", 860, 210, 220, 44, "2.0.1")]
    words = ocr._reread_head(_head(), misread, str(tmp_path), "eng", OcrBudget())
    assert words == misread
