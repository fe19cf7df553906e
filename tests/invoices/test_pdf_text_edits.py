"""Text replaced inside a PDF's content (issue 20): a value off its right-aligned column (I230),
and qpdf's layout in a file saved again that names only the program that made it (I211)."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import pikepdf
import pytest
from support.invoice_corpus import edit_pikepdf_total, make, random_spec

from reinstate.invoices.check import check_invoice
from reinstate.invoices.fields import build_lines
from reinstate.invoices.forensics import _overlaps
from reinstate.invoices.pdf_columns import off_column
from reinstate.invoices.reader import read_facts


def _made(spec: Any) -> datetime:
    return datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, tzinfo=UTC)


def _page(rows: list[tuple[str, float, float]], size: float = 9.0) -> dict[str, Any]:
    """A text page from (text, x where it starts, top), one glyph every 0.5 em."""
    chars: list[dict[str, Any]] = []
    for text, x, top in rows:
        for i, ch in enumerate(text):
            chars.append(
                {"text": ch, "x0": x + size / 2 * i, "x1": x + size / 2 * (i + 1), "top": top,
                 "bottom": top + size, "size": size, "font": "F1", "order": len(chars)}
            )  # fmt: skip
    return {"number": 1, "chars": chars, "source": "text"}


def _right(text: str, edge: float, size: float = 9.0) -> float:
    return edge - size / 2 * len(text)


AMOUNTS = ["206,40", "1.532,80", "45,80", "12.300,00"]


def _column(values: list[str], edge: float = 540.0) -> list[tuple[str, float, float]]:
    return [(v, _right(v, edge), 200.0 + 16 * i) for i, v in enumerate(values)]


def _codes(page: dict[str, Any]) -> list[str]:
    return [s[1]["text"] for s in off_column(1, build_lines(page))]


def test_a_longer_value_at_the_old_start_runs_past_its_column() -> None:
    rows = _column(AMOUNTS)
    _, x, top = rows[1]
    rows[1] = ("11.532,80", x, top)  # one digit more, the start kept
    assert _codes(_page(rows)) == ["11.532,80"]


def test_a_right_aligned_column_and_a_left_aligned_one_are_quiet() -> None:
    rows = _column(AMOUNTS)
    rows += [(v, 300.0, 200.0 + 16 * i) for i, v in enumerate(["12", "1.000", "7"])]
    assert _codes(_page(rows)) == []


def test_a_total_set_short_of_the_column_under_it_is_quiet() -> None:
    """Genuine totals in a box or a larger type end inside the column's edge."""
    rows = [*_column(AMOUNTS), ("14.084,00", _right("14.084,00", 534.0), 278.0)]
    assert _codes(_page(rows)) == []


def test_a_description_ending_in_a_code_number_is_no_amount() -> None:
    rows = _column(AMOUNTS)
    rows += [
        (f"Mug 350 ml #{n} HSN {code}", 60.0, 200.0 + 16 * i)
        for i, (n, code) in enumerate([("1", "6302"), ("2", "4419"), ("15", "3924")])
    ]
    assert _codes(_page(rows)) == []


@pytest.mark.parametrize("seed", [5, 6])
def test_the_total_made_longer_inside_the_content_is_found(seed: int) -> None:
    spec = random_spec(seed)
    genuine = make(spec, "reportlab", _made(spec))
    assert "I230" not in check_invoice(genuine, filename="a.pdf", ocr=False).codes
    edited = edit_pikepdf_total(genuine, spec)
    report = check_invoice(edited, filename="a.pdf", ocr=False)
    assert "I230" in report.codes
    assert "altered" in report.tags


def _resaved(data: bytes, **save: Any) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as doc:
        out = io.BytesIO()
        doc.save(out, **save)
        return out.getvalue()


def _fpdf2(seed: int) -> bytes:
    spec = random_spec(seed, lang="de")
    return make(spec, "fpdf2", _made(spec))


def test_qpdf_layout_in_a_file_saved_again_under_its_makers_name_is_a_sign() -> None:
    """pikepdf keeps /Info as it was and renews the second half of /ID: the file still names
    only the program that made it."""
    data = _fpdf2(31)
    assert "I211" not in check_invoice(data, filename="a.pdf", ocr=False).codes
    facts = read_facts(_resaved(data), ocr=False)
    assert "qpdf" in facts["writer_marks"] and facts["id_changed"]
    assert "I211" in check_invoice(_resaved(data), filename="a.pdf", ocr=False).codes


def test_a_linearized_download_is_no_sign() -> None:
    """Portals linearize the invoices they serve with qpdf."""
    data = _resaved(_fpdf2(32), linearize=True)
    assert "I211" not in check_invoice(data, filename="a.pdf", ocr=False).codes


def _glyphs(text: str, x: float, order: int, font: str, form: bool = False) -> list[Any]:
    return [
        {"text": t, "x0": x + 5 * i, "x1": x + 5 * (i + 1), "top": 100.0, "bottom": 110.0,
         "size": 10.0, "font": font, "order": order + i, **({"form": True} if form else {})}
        for i, t in enumerate(text)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("seal_font", "sign"),
    [("BAAAAA+NotoSansCJK", False), ("CDEFGH+Helvetica", True), ("Helvetica", True)],
)
def test_a_seal_drawn_as_a_form_in_the_pages_own_font_subset_is_no_overlap_sign(
    seal_font: str, sign: bool
) -> None:
    """Chromium draws a semi-transparent hanko over the registration number as a form, in the
    subset the page's text uses; an overlay's form brings a font of its own."""
    chars = _glyphs("T4200002051176", 10, 0, "BAAAAA+NotoSansCJK")
    chars += [
        {**c, "top": 300.0, "bottom": 310.0} for c in _glyphs("Total", 10, 20, "BAAAAA+NotoSansCJK")
    ]
    chars += _glyphs("之印", 45, 200, seal_font, form=True)
    signs = _overlaps({"number": 1, "chars": chars}, chars, traced=False)
    assert bool(signs) is sign


def test_a_number_with_a_narrower_unit_in_a_right_aligned_cell_is_quiet() -> None:
    """Spreadsheets keep the number's end where the column's numbers end and let the unit
    differ ("24 rlx" among "12 pce"): the cell ends short, its number does not."""
    rows = [(f"{q} pce", _right(f"{q} pce", 328.0), 200.0 + 16 * i) for i, q in enumerate(
        ["12", "150", "20", "12"])]  # fmt: skip
    rows.insert(1, ("24 rl", _right("24 pce", 328.0), 192.0))
    rows = [(t, x, 200.0 + 16 * i) for i, (t, x, _top) in enumerate(rows)]
    assert _codes(_page(rows)) == []
