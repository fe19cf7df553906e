"""I210: text over text is an editing sign, text overflowing its table cell is not."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from support.invoice_captures import (
    LAYERED_STYLES,
    make_layered_html,
    make_overflow_html,
    make_striped_rows,
)
from support.invoice_corpus import chromium_available, edit_overtype, make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.forensics import _overlaps


def _made(spec):  # type: ignore[no-untyped-def]
    return datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


@pytest.mark.parametrize("lang", ["de", "nl", "ja", "zh"])
def test_weasyprint_cells_overflowing_into_their_neighbours_are_no_edit(lang: str) -> None:
    spec = random_spec(810, lang=lang)
    report = check_invoice(make_overflow_html(spec, _made(spec)), filename="html.pdf", ocr=False)
    assert "I210" not in report.codes
    assert "altered" not in report.tags


@pytest.mark.skipif(not chromium_available(), reason="chromium is not installed")
def test_chromium_cells_overflowing_into_their_neighbours_are_no_edit() -> None:
    spec = random_spec(811, lang="de")
    data = make_overflow_html(spec, _made(spec), engine="chromium")
    assert "I210" not in check_invoice(data, filename="html.pdf", ocr=False).codes


def _chars(
    text: str, x: float, top: float, order: int, font: str = "F1", size: float = 10.0
) -> list[dict[str, Any]]:
    return [
        {"text": t, "x0": x + size / 2 * i, "x1": x + size / 2 * (i + 1), "top": top,
         "bottom": top + size, "size": size, "font": font, "order": order + i}
        for i, t in enumerate(text)
    ]  # fmt: skip


def _page(chars: list[dict[str, Any]]) -> dict[str, Any]:
    return {"number": 1, "chars": chars}


def test_one_line_drawn_in_one_pass_is_no_overlap_sign() -> None:
    # "Bezeichnung" is wider than its cell and runs under "Menge", drawn right after it.
    chars = _chars("Bezeichnung", 10, 100, 0) + _chars("Menge", 50, 100, 11)
    chars += _chars("Total", 10, 200, 16)
    assert _overlaps(_page(chars), chars, traced=True) == []


def test_a_cell_overflowing_into_a_bigger_neighbour_is_no_overlap_sign() -> None:
    # A 9 pt description runs under the 10 pt amount next to it, in another font.
    chars = _chars("Wasserflasche 750 ml", 10, 100.5, 0, size=9.0)
    chars += _chars("12", 60, 100, 20, font="F2") + _chars("Total", 10, 200, 22)
    assert _overlaps(_page(chars), chars, traced=True) == []


@pytest.mark.parametrize("font", ["F1", "Helvetica"])
def test_text_typed_over_old_text_later_is_an_overlap_sign(font: str) -> None:
    # The same place written again after the rest of the page, in the same or another font.
    chars = _chars("Menge 12", 10, 100, 0) + _chars("Total", 10, 200, 8)
    chars += _chars("95", 40, 100, 13, font=font)
    signs = _overlaps(_page(chars), chars, traced=True)
    assert [s[0] for s in signs] == ["I210"]


def test_text_over_text_without_a_trace_of_a_second_writer_is_no_sign() -> None:
    # A stamp drawn over the table at the end of the page's one stream, in the page's own font.
    chars = _chars("Menge 12", 10, 100, 0) + _chars("Total", 10, 200, 8)
    chars += _chars("95", 40, 100, 13)
    assert _overlaps(_page(chars), chars, traced=False) == []


@pytest.mark.parametrize(
    ("upper", "page_fonts"),
    [
        ("ABCDEF+DejaVuSans", "QWERTY+DejaVuSans"),  # a second subset of the same font
        ("Helvetica", "QWERTY+DejaVuSans"),  # a bare standard font among subsets
    ],
)
def test_text_over_text_in_a_font_of_another_writer_is_a_sign(upper: str, page_fonts: str) -> None:
    chars = _chars("Menge 12", 10, 100, 0, font=page_fonts)
    chars += _chars("Total", 10, 200, 8, font=page_fonts) + _chars("95", 40, 100, 13, font=upper)
    assert [s[0] for s in _overlaps(_page(chars), chars, traced=False)] == ["I210"]


def test_text_over_text_inside_a_form_xobject_is_a_sign() -> None:
    chars = _chars("Menge 12", 10, 100, 0) + _chars("Total", 10, 200, 8)
    chars += [{**c, "form": True} for c in _chars("95", 40, 100, 13)]
    assert [s[0] for s in _overlaps(_page(chars), chars, traced=False)] == ["I210"]


@pytest.mark.parametrize("style", ["stamp", "long_words", "rotated", "pseudo"])
def test_weasyprint_layouts_that_overlap_text_are_no_edit(style: str) -> None:
    # Each of these drew I210 before (stamp, rotated label, ::after title, overflowing word).
    assert style in LAYERED_STYLES
    spec = random_spec(77, lang="de")
    report = check_invoice(make_layered_html(spec, style), filename="html.pdf", ocr=False)
    assert "I210" not in report.codes
    assert "altered" not in report.tags


@pytest.mark.parametrize("variant", [0, 1, 2])
def test_new_text_typed_over_old_text_by_another_save_is_found(variant: int) -> None:
    # pikepdf overlay (Form XObject), a second content stream, a pypdf incremental merge.
    spec = random_spec(300 + variant, lang="en")
    data = edit_overtype(make(spec, "weasyprint", _made(spec)), spec, variant)
    report = check_invoice(data, filename="e.pdf", ocr=False)
    assert "I210" in report.codes
    assert "altered" in report.tags


def test_white_row_fills_are_no_trace_of_a_second_writer() -> None:
    # A long letterhead name runs under the title; the only white boxes are row fills drawn
    # before their rows' text.
    spec = random_spec(1413, lang="en")
    report = check_invoice(make_striped_rows(spec, _made(spec)), filename="ci.pdf", ocr=False)
    assert "I210" not in report.codes
    assert "altered" not in report.tags
