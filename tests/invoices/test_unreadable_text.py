"""I008: a page whose glyphs give no text (CJK drawn in a font without a usable character map)
says it could not be read; boxes a font draws for characters it lacks are no text to read."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pikepdf
import pytest
from support.invoice_corpus import _rl_latin, cjk_unmapped_invoice, make, random_spec

from reinstate.invoices.check import check_invoice


@pytest.mark.parametrize("to_nul", [False, True])
@pytest.mark.parametrize("ocr", [False, True])
def test_chinese_in_a_font_mapped_for_latin_letters_only_is_said_unreadable(
    to_nul: bool, ocr: bool
) -> None:
    # Most of the page is English and read from its text: the Chinese supplier name, address
    # and descriptions (40 glyphs) give "(cid:N)" or NULs.
    report = check_invoice(cjk_unmapped_invoice(to_nul=to_nul), filename="inv.pdf", ocr=ocr)
    [finding] = [f for f in report.findings if f.code == "I008"]
    assert finding.params == {"page": 1, "count": 40}
    assert "partial_check" in report.tags
    assert "I101" not in report.codes
    assert report.fields.totals.get("total") == 1788.0


def test_chinese_in_a_font_without_its_glyphs_shows_boxes_not_unreadable_text() -> None:
    # DejaVu Sans has no Chinese: the page shows empty boxes (.notdef), narrower than a CJK
    # character; no text is there to read.
    data = cjk_unmapped_invoice(font=_rl_latin()[0])
    assert "I008" not in check_invoice(data, filename="inv.pdf", ocr=False).codes


def test_ideographs_read_as_their_compatibility_twins_are_read_as_ideographs() -> None:
    # WeasyPrint's Chinese invoice with its /ToUnicode maps removed: pdfminer reverses the
    # embedded font's cmap and gives 年 as U+F98E, 量 as U+F97E.
    spec = random_spec(77, lang="zh")
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    with pikepdf.open(io.BytesIO(make(spec, "weasyprint", made))) as doc:
        for font in doc.pages[0].Resources.Font.values():
            del font["/ToUnicode"]
        out = io.BytesIO()
        doc.save(out)
    report = check_invoice(out.getvalue(), filename="fapiao.pdf", ocr=False)
    assert report.fields.invoice_date == spec.issued
    assert len(report.fields.items) == len(spec.items)
    assert "I008" not in report.codes
