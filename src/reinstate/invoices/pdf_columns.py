"""A value that no longer lines up with its right-aligned column: the trace of text replaced in
place inside a PDF's content.

A program that prints amounts right-aligned computes where each one starts from its width, so
every value of the column ends on the same x. An edit that swaps the characters of a text
operator (pikepdf or pypdf rewriting the content stream, an incremental update of one string)
keeps the start position the program computed for the old value: a longer value now runs past the
column's right edge by the width of the characters added, a shorter one stops before it.

Measured on the outside sets (invoices4, invoices5) and the generated corpus: genuine totals set
in a box or a larger type end short of the column (inset), never past it by the width of a few
characters (a monospaced total line padded in a larger type ends far past: MAX_GROWTH); a value
ending short is only taken inside the column's rows and in the column's own type size.
"""

from __future__ import annotations

import re
from typing import Any

from reinstate.invoices.fields import Line
from reinstate.invoices.sign import Sign
from reinstate.rules.binding import implements

# A number as printed in an amount or quantity cell (no percentages: a rate is a label).
NUMBER = re.compile(r"^[-+(]?[$€£¥]?\d[\d.,'’]*\)?$")
# What may follow a number in the same cell: a currency or a unit ("EUR", "€", "pcs", "szt.").
SUFFIX = re.compile(r"^(?:[A-Z]{3}|[$€£¥]|[a-zA-Zа-яА-Я.]{1,5})$")
ALIGNED = 0.35  # pt: programs place right-aligned text to a hundredth of a point
MIN_MEMBERS = 3  # rows that make a column
RUN_GAP = 0.75  # of the type size: a wider gap is a column gap, a narrower one a space
MAX_OFFSET = 80.0  # pt: further away, the value belongs to another column
# em of the value's type: the most an edit lengthens a value by (a digit group and its
# separator, "1,000" made "1,000,000", is 1.95 em in Helvetica). The edits of the tuning sets ran
# 0.5-0.85 em past; a plain-text invoice (fpdf2, Courier) pads its total line in a larger type to
# a character count, not to the column's edge, and ran 2.64 em past on untouched files.
MAX_GROWTH = 2.0


def _cells(lines: list[Line]) -> list[dict[str, Any]]:
    """The text runs of each line that end in a number (with an optional currency or unit)."""
    cells = []
    for index, line in enumerate(lines):
        runs: list[list[Any]] = []
        for word in sorted(line.words, key=lambda w: w.x0):
            size = _size(word)
            if runs and word.x0 - runs[-1][-1].x1 < RUN_GAP * size:
                runs[-1].append(word)
            else:
                runs.append([word])
        for run in runs:
            number = _value(run)
            cells.append(
                {
                    "text": " ".join(w.text for w in run),
                    "x0": (number or run[0]).x0,
                    "x1": run[-1].x1,
                    "value_x1": (number or run[-1]).x1,
                    "top": min(w.top for w in run),
                    "bottom": max(w.bottom for w in run),
                    "line": index,
                    "size": max(_size(w) for w in run),
                    "number": number is not None,
                }
            )
    return cells


def _value(run: list[Any]) -> Any:
    """The number of a cell that holds a value and nothing else but its currency or unit
    ("1.085,00", "EUR 1.085,00", "48 pcs"); None for other text (a description ending in a
    code number is no amount)."""
    numbers = [w for w in run if NUMBER.match(w.text)]
    if len(numbers) != 1 or len(run) > 2:
        return None
    other = [w for w in run if w is not numbers[0]]
    return numbers[0] if not other or SUFFIX.match(other[0].text) else None


def _size(word: Any) -> float:
    return float(max(word.sizes)) if word.sizes else float(word.bottom - word.top)


def _columns(numbers: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Numbers ending on one x in several rows, of different widths (right-aligned, not merely
    values of one width in a left-aligned column). Headers are left out: counted in, a column of
    two values and its header made dates and tax numbers of genuine pages look misplaced."""
    groups: list[list[dict[str, Any]]] = []
    for cell in sorted(numbers, key=lambda c: c["x1"]):
        if groups and cell["x1"] - groups[-1][-1]["x1"] <= ALIGNED:
            groups[-1].append(cell)
        else:
            groups.append([cell])
    return [
        g
        for g in groups
        if len({c["line"] for c in g}) >= MIN_MEMBERS
        and max(c["x0"] for c in g) - min(c["x0"] for c in g) >= 1.0
    ]


@implements("I230")
def off_column(page_number: int, lines: list[Line]) -> list[Sign]:
    """Numbers that start inside a right-aligned column but end off its edge, aligned with
    nothing else on the page."""
    cells = _cells(lines)
    numbers = [c for c in cells if c["number"]]
    signs: list[Sign] = []
    seen: set[int] = set()
    for column in _columns(numbers):
        edge = sum(c["x1"] for c in column) / len(column)
        left = min(c["x0"] for c in column)
        top = min(c["top"] for c in column)
        bottom = max(c["bottom"] for c in column)
        height = max(c["bottom"] - c["top"] for c in column)
        sizes = sorted(c["size"] for c in column)
        size = sizes[len(sizes) // 2]
        for cell in numbers:
            if id(cell) in seen or any(cell is c for c in column):
                continue
            offset = cell["x1"] - edge
            if not 0.25 * cell["size"] <= abs(offset) <= MAX_OFFSET:
                continue
            width = cell["x1"] - cell["x0"]
            if min(cell["x1"], edge) - max(cell["x0"], left) < 0.5 * width:
                continue  # mostly outside the column: another column's value
            if offset > 0:
                # past the edge: within the column's rows or the totals just under them
                if not top - 2 * height <= cell["top"] <= bottom + 2 * height:
                    continue
                if offset > MAX_GROWTH * cell["size"]:
                    continue  # more than an edit adds: laid out apart from the column
            elif not (top < cell["top"] < bottom and abs(cell["size"] - size) <= 0.3):
                continue  # short of the edge: only a row inside the column, in its type
            if _aligned_elsewhere(cell, cells) or any(
                abs(c["value_x1"] - cell["value_x1"]) <= ALIGNED for c in column
            ):
                # the number ends with the column's numbers and only its unit differs
                # ("24 rlx" among "12 pce"): the cell is right-aligned as a whole
                continue
            seen.add(id(cell))
            signs.append(
                (
                    "I230",
                    {"text": cell["text"], "offset": f"{offset:+.1f}"},
                    page_number,
                    (cell["x0"], cell["top"], cell["x1"], cell["bottom"]),
                )
            )
    return signs[:3]


def _aligned_elsewhere(cell: dict[str, Any], cells: list[dict[str, Any]]) -> bool:
    """The value ends with other text (its own column), or starts with a left-aligned column
    (values of several widths starting on one x)."""
    others = [c for c in cells if c is not cell and c["line"] != cell["line"]]
    if any(abs(c["x1"] - cell["x1"]) <= ALIGNED for c in others):
        return True
    lefts = [c for c in others if c["number"] and abs(c["x0"] - cell["x0"]) <= ALIGNED]
    return len(lefts) >= 2 and max(c["x1"] for c in lefts) - min(c["x1"] for c in lefts) >= 1.0
