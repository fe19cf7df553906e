"""Lines and tables for people: rich on a terminal, the same layout without rich elsewhere.

A command that prints tables and wrapped lines (`case show`) paid about 30 ms to import rich's
console and table for output nobody styles, when it goes to a pipe, a file or a script. There it
now prints through `Plain`, which wraps and lays out tables the way rich 15 does (with rich's own
cell widths and word splitting, which import alone in a few ms; tests/test_textout.py compares
the two on generated text). On a terminal (or with FORCE_COLOR / TTY_COMPATIBLE), on Windows, for
text rich treats specially (tabs, :emoji: codes, backslashes) and on a console narrower than 40
columns, `Rich` prints, with its colours.

Both take the same calls: `line(*parts)` (each part a text and a style, the text already made
safe to print with `shown(..., markup=False)`), `raw(text)`, `table(title, heads, rows)`.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

# (text, style): the style only shows on a terminal, through rich
Part = tuple[str, str]
Cell = str | Part

# what rich's console would turn into something else: tabs (expanded its way), anything that
# might be an :emoji: code (rich replaces the ones it knows) and backslashes (rich's markup
# escaping doubles one at the end of a text)
_SPECIAL = re.compile(r"[\t\\]|:[^\s:]+:")
_TRAILING_SPACE = re.compile(r"\s+$")
_NARROWEST = 40


class Unsupported(Exception):
    """The plain layout does not cover this output: rich prints it."""


def _check(text: str) -> str:
    if _SPECIAL.search(text):
        raise Unsupported
    return text


def rich_needed() -> bool:
    """Whether rich would style the output (a terminal, or told so), or this is a platform the
    plain layout does not cover: then rich prints."""
    if sys.platform == "win32":
        return True
    tty_compatible = os.environ.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = os.environ.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    isatty = getattr(sys.stdout, "isatty", None)
    try:
        return False if isatty is None else bool(isatty())
    except ValueError:
        return False


def console_width() -> int:
    """The width rich's console would wrap at when not writing to a terminal."""
    columns = os.environ.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    width = 0
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80


def _cells(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def _fit(text: str, width: int) -> str:
    from rich.cells import set_cell_size

    return set_cell_size(text, width)


def _wrap(text: str, width: int, *, justify: bool, fold: bool) -> list[str]:
    """rich's Text.wrap: word wrap each line; `justify` pads to the width ("left"), `fold`
    breaks words longer than a line, else they end in an ellipsis."""
    from rich._wrap import divide_line

    out: list[str] = []
    for line in text.split("\n"):
        offsets = divide_line(line, width, fold=fold)
        pieces = [line[a:b] for a, b in zip([0, *offsets], [*offsets, len(line)], strict=True)]
        for piece in pieces:
            if len(piece) > width:
                space = _TRAILING_SPACE.search(piece)
                if space is not None:
                    piece = piece[: len(piece) - min(len(space.group(0)), len(piece) - width)]
            length = _cells(piece)
            if length > width:
                piece = _fit(piece, width - 1) + "…" if not fold else _fit(piece, width)
            if justify and length < width:
                piece += " " * (width - length)
            out.append(piece)
    return out


class Plain:
    """Lines and tables kept until `flush`, then written as rich's console writes them to a
    pipe. Raises Unsupported (before writing anything) for what only rich lays out right."""

    def __init__(self, width: int | None = None) -> None:
        self.width = width or console_width()
        if self.width < _NARROWEST:
            raise Unsupported
        self.out: list[str] = []

    def line(self, *parts: Part) -> None:
        text = _check("".join(text for text, _style in parts))
        self.out += _wrap(text, self.width, justify=False, fold=True)

    def raw(self, text: str) -> None:
        self.line((text, ""))

    def table(self, title: str, heads: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        """A rich Table(title=..., box=None, title_justify="left"): one space of padding each
        side of a cell, columns shrunk to the width as rich shrinks them, long cells wrapped or
        cut with an ellipsis, the title padded to the table's width."""
        cells = [[_check(c if isinstance(c, str) else c[0]) for c in row] for row in rows]
        heads = [_check(head) for head in heads]
        columns = [[head, *(row[i] for row in cells)] for i, head in enumerate(heads)]
        widths = _column_widths(columns, self.width)
        if min(widths) < 3:
            raise Unsupported
        table_width = sum(widths)
        self.out += _wrap(_check(title), table_width, justify=True, fold=True)
        for index, row in enumerate([heads, *cells]):
            rendered = [
                _wrap(cell, width - 2, justify=True, fold=False)
                for cell, width in zip(row, widths, strict=True)
            ]
            height = max(len(lines) for lines in rendered)
            for lines, width in zip(rendered, widths, strict=True):
                blank = [" " * (width - 2)] * (height - len(lines))
                # the header row sits at the bottom of its cells, the others at the top
                lines[:] = blank + lines if index == 0 else lines + blank
            for n in range(height):
                self.out.append("".join(f" {lines[n]} " for lines in rendered))

    def text(self) -> str:
        return "".join(line + "\n" for line in self.out)

    def flush(self) -> None:
        sys.stdout.write(self.text())
        self.out = []


class Rich:
    """The same calls printed through rich's console (colour on a terminal)."""

    def __init__(self, console: Any = None) -> None:
        from rich.console import Console

        self.console = console or Console(highlight=False, soft_wrap=False)

    def line(self, *parts: Part) -> None:
        self.console.print("".join(_markup(part) for part in parts))

    def raw(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False)

    def table(self, title: str, heads: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
        from rich.table import Table

        table = Table(
            title=_markup((title, "")), box=None, header_style="bold", title_justify="left"
        )
        for head in heads:
            table.add_column(_markup((head, "")))
        for row in rows:
            table.add_row(*(_markup(c if isinstance(c, tuple) else (c, "")) for c in row))
        self.console.print(table)

    def flush(self) -> None:
        pass


def _markup(part: Part) -> str:
    from rich.markup import escape

    text, style = part
    return f"[{style}]{escape(text)}[/{style}]" if style else escape(text)


def _widest(text: str, max_width: int) -> int:
    """The maximum of rich's Measurement of a table cell (the text in a Padding of one space
    each side) at `max_width`: its longest line plus the padding, capped."""
    if max_width < 1:
        return 0
    if max_width - 2 < 1:
        return max_width
    longest = min(max((_cells(line) for line in text.splitlines()), default=0), max_width - 2)
    return min(longest + 2, max_width)  # a text under one cell measures 0, padded 2


def _column_widths(columns: list[list[str]], max_width: int) -> list[int]:
    """rich's Table._calculate_column_widths for columns that may all wrap."""

    def measure(column: list[str], width: int) -> int:
        if width < 1:
            return 0
        return min(max(_widest(cell, width) for cell in column), width)

    widths = [measure(column, max_width) or 1 for column in columns]
    if sum(widths) > max_width:
        widths = _collapse(widths, max_width)
        if sum(widths) > max_width:
            widths = _reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [measure(column, width) for column, width in zip(columns, widths, strict=True)]
    return widths


def _collapse(widths: list[int], max_width: int) -> list[int]:
    """rich's Table._collapse_widths: shrink the widest columns first."""
    total = sum(widths)
    excess = total - max_width
    while total and excess > 0:
        widest = max(widths)
        second = max((w if w != widest else 0) for w in widths)
        ratios = [1 if w == widest else 0 for w in widths]
        if not any(ratios) or not widest - second:
            break
        widths = _reduce(excess, ratios, [min(excess, widest - second)] * len(widths), widths)
        total = sum(widths)
        excess = total - max_width
    return widths


def _reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    """rich._ratio.ratio_reduce."""
    ratios = [ratio if maximum else 0 for ratio, maximum in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            given = min(maximum, round(ratio * remaining / total_ratio))
            out.append(value - given)
            remaining -= given
            total_ratio -= ratio
        else:
            out.append(value)
    return out
