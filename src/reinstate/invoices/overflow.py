"""A spreadsheet printed over two pages across: the columns that did not fit on the first page.

LibreOffice Calc prints a sheet wider than the paper column by column: the labels and the
item table's first columns on page 1, the amount column on page 2 at the same heights
("請求書番号" on page 1, "2405-724" beside nothing on page 2; "合計" over "¥61,600"). Read page
by page, no label has its value and no total is found. A page that holds nothing but one narrow
column of values, each at the height of a line of the page before, is that page's right
edge: its values are put back beside those lines, right of the page's widest text. Anything
else on the page (a continued item table, a second row of text, a line at a height the page
before has no line at) leaves the pages as printed.
"""

from __future__ import annotations

import re
from typing import Any

from reinstate.invoices.fields import Line, Segment, Word

# at most this share of the page's width: one column of values
_NARROW = 0.3
# a page's number in its footer ("Page 2", "2 / 3", "- 2 -"); a bare number is one only when
# it is the page's own (a bare "624" is an amount)
_PAGE_NUMBER = re.compile(
    r"^(?:(?:page|seite|pagina|página|strona|ページ)\s*(\d+)|-\s*(\d+)\s*-|(\d+)\s*/\s*\d+|(\d+))$",
    re.I,
)
# a column's header cell: a few words without digits ("金額", "Wartość netto")
_HEADER = re.compile(r"^[^\d\s]+(?:\s[^\d\s]+){0,2}$")


def stitch(pages: list[dict[str, Any]], per_page: list[list[Line]]) -> list[list[Line]]:
    """`per_page` with each overflow page's values moved beside the lines of the page before."""
    out = [list(lines) for lines in per_page]
    for n in range(1, len(out)):
        if not out[n - 1] or not out[n]:
            continue
        moved = _overflow(out[n - 1], out[n], float(pages[n].get("width") or 0))
        if moved is None:
            continue
        shift = max(ln.bbox[2] for ln in out[n - 1]) + 12 - min(s.x0 for s in moved.values())
        page = out[n - 1][0].page
        for index, seg in moved.items():
            words = [
                Word(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.fonts, w.sizes, w.conf)
                for w in seg.words
            ]
            target = out[n - 1][index]
            out[n - 1][index] = Line(page, [*target.segments, Segment(page, words)])
        out[n] = []
    return out


def _page_number(text: str, number: int) -> bool:
    m = _PAGE_NUMBER.match(text.strip())
    return m is not None and (m.group(4) is None or int(m.group(4)) == number)


def _overflow(before: list[Line], page: list[Line], width: float) -> dict[int, Segment] | None:
    """For an overflow page, the index of the line of the page before each value goes beside."""
    if any("ocr" in w.fonts for ln in page for w in ln.words):
        return None  # a scan's heights move by a few points: no row to match them to
    printed = {(ln.text, round(ln.top)) for ln in before}
    values = [
        ln
        for ln in page
        if ln.bbox[0] >= 0  # text from a cell of the page before, run past its edge
        and (ln.text, round(ln.top)) not in printed  # a header repeated on every page
        and not _page_number(ln.text, page[0].page)
    ]
    if len(values) < 3 or width <= 0 or any(len(ln.segments) != 1 for ln in values):
        return None
    if max(ln.bbox[2] for ln in values) - min(ln.bbox[0] for ln in values) > _NARROW * width:
        return None
    if sum(bool(re.search(r"\d", ln.text)) for ln in values) < 3:
        return None
    moved: dict[int, Segment] = {}
    for ln in values:
        if not (re.search(r"\d", ln.text) or _HEADER.match(ln.text.strip())):
            return None
        height = max(1.0, ln.bbox[3] - ln.top)
        # Calc sets a cell's text on its bottom: a larger label's top is higher than its value's
        near = [
            (min(abs(other.top - ln.top), abs(other.bbox[3] - ln.bbox[3])), i)
            for i, other in enumerate(before)
        ]
        near = [(gap, i) for gap, i in near if gap <= 0.35 * height]
        if not near:
            return None  # a line at a height where the page before has none
        index = min(near)[1]
        if index in moved:
            return None
        moved[index] = ln.segments[0]
    return moved
