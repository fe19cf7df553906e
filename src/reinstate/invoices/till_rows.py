"""A till receipt's rows, read from the lines printed right above its total.

A till prints no item table: no header names a quantity or a price column. Each row is the
item's name and its amount, often with the VAT code of its rate after it ("CHOC DIGESTIVES
400G  28.12 A"), and a row of several units is followed by its quantity and unit price on a
line of their own ("2 @ 14.06"). The amounts include the VAT (the shelf price), so the rows
add up to the total, and the VAT analysis under the total only splits that sum by rate.
Read as lines, the rows were no items and the unit price on the quantity line an amount no
label placed: the sums were told unconfirmed on every such receipt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# "2 @ 14.06", "6 @ £3.61", "3 x 2.50": the quantity line under a row
_QUANTITY = re.compile(r"^\s*(\d{1,4})\s*[@x×]\s*[£€$]?\s*(\d{1,5}[.,]\d{2})\s*$", re.I)
# "ENERGY DRINK 24x250ML  72.18 A": a name, then the amount, then a one-character VAT code
_ROW = re.compile(
    r"^(?P<name>.*[^\W\d_]{2}.*?)\s+[£€$]?(?P<amount>-?\d{1,5}[.,]\d{2})(?:\s+(?P<code>\w))?\s*$"
)
# A line of nothing but rule characters ("-------") between the rows and the total
_RULE = re.compile(r"^[\W_]*$")


@dataclass
class TillRow:
    index: int  # the row's line, in the list given
    name: str
    amount: float
    quantity: float | None = None
    unit: float | None = None
    code: str | None = None  # the VAT code printed after the amount


def amount_of(printed: str) -> float:
    """A till's amount as printed ("28.12", "£3,61"): two decimals after a point or a comma."""
    return float(printed.strip().lstrip("£€$").strip().replace(",", "."))


def rows_above(texts: list[str], total_at: int, *, a_sum: Callable[[str], bool]) -> list[TillRow]:
    """The rows printed right above the total's line `total_at` of `texts`, in reading order;
    none where those lines are not a till's (fewer than two rows, neither a quantity line
    whose product is its row's amount nor a VAT code on most rows). A line `a_sum` calls a
    labelled sum ("Subtotal", "VAT") ends the rows."""
    rows: list[TillRow] = []
    pending: tuple[float, float] | None = None  # a quantity line under the row above it
    for index in range(total_at - 1, -1, -1):
        text = texts[index]
        if _RULE.match(text) and not rows and pending is None:
            continue
        quantity = _QUANTITY.match(text)
        if quantity is not None and pending is None:
            pending = (float(quantity.group(1)), amount_of(quantity.group(2)))
            continue
        row = _ROW.match(text)
        if row is None or a_sum(text):
            break
        found = TillRow(index, row.group("name").strip(), amount_of(row.group("amount")))
        found.code = row.group("code")
        if pending is not None:
            found.quantity, found.unit = pending
            pending = None
        rows.append(found)
    rows.reverse()
    return rows if _a_tills(rows) else []


def _a_tills(rows: list[TillRow]) -> bool:
    if len(rows) < 2:
        return False
    multiplied = any(
        r.quantity is not None
        and r.unit is not None
        and abs(r.quantity * r.unit - r.amount) <= 0.011
        for r in rows
    )
    coded = sum(r.code is not None for r in rows)
    return multiplied or 2 * coded >= len(rows)
