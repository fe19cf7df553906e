"""A page as OCR words placed by hand, read by the invoice reader: for tests of how totals and
dates are taken from the words' layout, without rendering or OCR."""

from __future__ import annotations

from typing import Any

from reinstate.invoices.fields import Fields, Line, Segment, Word, build_lines, extract

Row = tuple[float, list[tuple[str, float]]]  # (top, [(text, x0), ...])
Cells = tuple[float, list[tuple[str, float, float]]]  # (top, [(text, x0, x1)])


def word(text: str, x0: float, top: float, font: str = "ocr") -> dict[str, Any]:
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + 5.5 * len(text),
        "top": top,
        "bottom": top + 10,
        "size": 10.0,
        "font": font,
        "word": True,
    }


def read_rows(title: str, supplier: str, *rows: Row, font: str = "ocr") -> Fields:
    """The fields of a page with `title` top right, `supplier` top left and then `rows`."""
    words = [word(title, 400, 20, font), word(supplier, 50, 60, font)]
    for top, cells in rows:
        words += [word(text, x, top, font) for text, x in cells]
    return extract(build_lines({"number": 1, "chars": words}))


def text_lines(*rows: Cells, number: int = 1) -> list[Any]:
    """A text PDF's page `number` (Helvetica words) from cells placed with their own widths."""
    words = []
    for top, cells in rows:
        for text, x0, x1 in cells:
            words.append({**word(text, x0, top, "Helvetica"), "x1": x1})
    return build_lines({"number": number, "chars": words})


def cell(text: str, x: float, y: float, size: float = 10.0, conf: float | None = None) -> Segment:
    """One cell of a line, its words split at spaces; OCR'd (`conf` given) or a text layer's."""
    words, left = [], x
    for token in text.split(" "):
        width = 0.6 * size * len(token)
        words.append(Word(token, left, y, left + width, y + size, sizes=(size,), conf=conf))
        left += width + 0.3 * size
    return Segment(1, words)


def placed_lines(rows: list[list[tuple[str, float]]], conf: float | None = None) -> list[Line]:
    """Lines of cells (text, left edge), 16 points apart from 40; OCR'd where `conf` is given."""
    return [
        Line(1, [cell(text, x, 40.0 + 16 * i, conf=conf) for text, x in row])
        for i, row in enumerate(rows)
    ]
