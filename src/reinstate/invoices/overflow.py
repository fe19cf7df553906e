"""A spreadsheet printed over two pages across: the columns that did not fit on the first page.

LibreOffice Calc prints a sheet wider than the paper column by column: the labels and the
item table's first columns on page 1, the amount column on page 2 at the same heights
("請求書番号" on page 1, "2405-724" beside nothing on page 2; "合計" over "¥61,600"). Read page
by page, no label has its value and no total is found. A page that holds nothing but one narrow
column of values, each at the height of a line of the page before, is that page's right
edge: its values are put back beside those lines, right of the page's widest text. Anything
else on the page (a continued item table, a second row of text, a line at a height the page
before has no line at) leaves the pages as printed.

A sheet wider still prints its columns over three pages or more, each with the sheet's header
and "Page N" footer: the row numbers on page 1, the descriptions and labels on page 2, the
supplier's block, the dates and the amounts on page 3. A page is such a slice when the sheet
ends well above the foot of the page before (the rows did not run on down) and most of its
lines sit at the heights of that page's lines; its lines are set right of the page before's,
those at no height of it on lines of their own.
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
    """`per_page` with each overflow page's values moved beside the lines of the page before
    (or of the page that one was itself moved beside)."""
    out = [list(lines) for lines in per_page]
    into = 0  # the page the sheet's earlier slices were put together on
    for n in range(1, len(out)):
        if not out[into] or not out[n]:
            into = n
            continue
        before = out[into]
        moved = _overflow(before, out[n], float(pages[n].get("width") or 0))
        if moved is not None:
            placed: list[tuple[int | None, Segment]] = list(moved.items())
        else:
            sliced = _slice(before, out[n], pages[into], pages[n])
            if sliced is None:
                into = n
                continue
            placed = sliced
        shift = max(ln.bbox[2] for ln in before) + 12 - min(s.x0 for _i, s in placed)
        out[into] = _placed_beside(before, placed, shift)
        out[n] = []
    return out


def _placed_beside(
    before: list[Line], placed: list[tuple[int | None, Segment]], shift: float
) -> list[Line]:
    """`before` with each segment moved right by `shift`, beside its line (an index) or on a
    line of its own at its height (None)."""
    page = before[0].page
    lines = list(before)
    alone: list[Line] = []
    for index, seg in placed:
        words = [
            Word(w.text, w.x0 + shift, w.top, w.x1 + shift, w.bottom, w.fonts, w.sizes, w.conf)
            for w in seg.words
        ]
        if index is None:
            alone.append(Line(page, [Segment(page, words)]))
        else:
            lines[index] = Line(page, [*lines[index].segments, Segment(page, words)])
    for ln in alone:
        at = next((i for i, other in enumerate(lines) if other.top > ln.top), len(lines))
        lines.insert(at, ln)
    return lines


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


# The sheet ends above this share of the page's height: its rows did not run on down.
_SHEET_ENDS = 0.75
# At least this share of the lines of the slice, or of the page before when it has fewer,
# shares a height with a line of the other.
_ROWS_SHARED = 0.6


def _slice(
    before: list[Line], page: list[Line], before_page: dict[str, Any], this_page: dict[str, Any]
) -> list[tuple[int | None, Segment]] | None:
    """For a page that prints the sheet's next columns, where each of its cells goes: beside
    the line of the page before at its height (an index) or on a line of its own (None)."""
    height = float(this_page.get("height") or 0)
    if height <= 0 or float(before_page.get("height") or 0) != height:
        return None
    if any("ocr" in w.fonts for ln in page for w in ln.words):
        return None
    if not (_sheet_frame(before) and _sheet_frame(page)) or page[0].text != before[0].text:
        return None
    body = page[1:-1]
    if not body or any(ln.bbox[0] < 0 for ln in body):
        return None
    if max(ln.bbox[3] for ln in before[:-1]) > _SHEET_ENDS * height:
        return None
    if max(ln.bbox[3] for ln in body) > _SHEET_ENDS * height:
        return None
    placed: list[tuple[int | None, Segment]] = []
    taken: set[int] = set()
    for ln in body:
        index = _same_height(before[1:-1], ln)
        if index is not None:
            index += 1
        if index in taken:
            return None  # two cells on one row of the page before: no single row grid
        if index is not None:
            taken.add(index)
        placed += [(index, seg) for seg in ln.segments]
    shared = [i for i in taken if re.search(r"\d", before[i].text)]
    if len(taken) < _ROWS_SHARED * min(len(body), len(before) - 2) or len(shared) < 3:
        return None
    return placed


def _sheet_frame(lines: list[Line]) -> bool:
    """A page framed as a spreadsheet prints it: a header line of one cell over the sheet (its
    tab's name) and the page's number under it."""
    if len(lines) < 3 or len(lines[0].segments) != 1:
        return False
    return _page_number(lines[-1].text, lines[-1].page) and not _page_number(lines[0].text, 0)


def _same_height(lines: list[Line], ln: Line) -> int | None:
    """The index of the line of `lines` at the height of `ln`, if any."""
    height = max(1.0, ln.bbox[3] - ln.top)
    near = [
        (min(abs(other.top - ln.top), abs(other.bbox[3] - ln.bbox[3])), i)
        for i, other in enumerate(lines)
    ]
    near = [(gap, i) for gap, i in near if gap <= 0.35 * height]
    return min(near)[1] if near else None
