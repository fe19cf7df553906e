"""Glyphs a font subset never had (I232): a digit written by glyph code into a page whose font
subset lacks it has no character and the font's default advance of a full em, or no advance."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from support.invoice_corpus import edit_subset_glyph, make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.pdf_glyphs import foreign_glyphs

FONT = "ABCDEF+DejaVuSans"


def _page(texts: list[str], font: str = FONT, widths: dict[int, float] | None = None) -> Any:
    chars = [
        {"text": t, "x0": 10.0 * i, "x1": 10.0 * i + (widths or {}).get(i, 6.0), "top": 100.0,
         "bottom": 110.0, "size": 10.0, "font": font, "order": i}
        for i, t in enumerate(texts)
    ]  # fmt: skip
    return {"number": 1, "chars": chars, "source": "text"}


def test_an_unmapped_full_em_glyph_among_a_subsets_narrower_ones_is_a_sign() -> None:
    signs = foreign_glyphs(_page([*"Total 1.280,50", "(cid:21)"], widths={14: 10.0}))
    assert [s[0] for s in signs] == ["I232"]
    assert signs[0][1] == {"font": "DejaVuSans", "count": 1}


def test_a_digit_without_an_advance_is_a_sign() -> None:
    assert foreign_glyphs(_page(list("Total 1.280,50"), widths={8: 0.0}))


@pytest.mark.parametrize(
    "page",
    [
        _page(list("Total 1.280,50")),  # all mapped, all with advances
        _page(["(cid:3)"] * 30),  # a font its producer left unmapped: read by OCR instead
        _page([*"Total 1.280,50", "(cid:21)"]),  # unmapped with its own advance: Ghostscript
        _page([*"Total 1.280,50", "(cid:21)"], font="DejaVuSans", widths={14: 10.0}),  # no subset
        _page([*"合計金額一二三四五六七八", "(cid:21)"], widths=dict.fromkeys(range(13), 10.0)),
        _page([*"Total", "(cid:21)"]),  # too few glyphs to know the subset
    ],
)
def test_mapped_fonts_unmapped_fonts_and_whole_fonts_are_quiet(page: Any) -> None:
    assert foreign_glyphs(page) == []


@pytest.mark.parametrize(("producer", "seed"), [("weasyprint", 0), ("weasyprint", 3)])
def test_a_digit_the_subset_lacked_written_by_glyph_code_is_found(producer: str, seed: int) -> None:
    spec = random_spec(seed)
    made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
    genuine = make(spec, producer, made)
    assert "I232" not in check_invoice(genuine, filename="a.pdf", ocr=False).codes
    report = check_invoice(edit_subset_glyph(genuine, spec, 0), filename="a.pdf", ocr=False)
    assert "I232" in report.codes
    assert "altered" in report.tags


def test_ghostscripts_unmapped_glyphs_are_no_sign() -> None:
    """Ghostscript's re-distilled subsets leave a few glyphs without a character."""
    from support.invoice_producers import ghostscript_available

    if not ghostscript_available():
        pytest.skip("Ghostscript is not installed")
    for lang in ("de", "it", "es"):
        spec = random_spec(11, lang=lang)
        made = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)
        data = make(spec, "ghostscript", made)
        assert "I232" not in check_invoice(data, filename="a.pdf", ocr=False).codes
