"""I008: a page whose glyphs give no text (CJK drawn in a font without a usable character map)
says it could not be read; boxes a font draws for characters it lacks are no text to read."""

from __future__ import annotations

import pytest
from support.invoice_corpus import _rl_latin, cjk_unmapped_invoice

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
