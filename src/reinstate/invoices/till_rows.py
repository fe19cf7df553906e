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
# An amount as a till prints it, grouped or not ("79,52", "3.330,00", "1'582.20", and with a
# space as Nordic tills group it, "1 155,20")
_AMOUNT = r"-?(?:\d{1,3}(?:[.,'’ \u00a0\u202f]\d{3})+|\d{1,6})[.,]\d{2}"
# "2 x 39,76   79,52 A": a quantity, the unit price, the amount and its VAT code, the item's
# name on the line above
_PRICED = re.compile(
    rf"^\s*(?P<qty>\d{{1,4}})\s*[@x×]\s*[£€$]?\s*(?P<unit>{_AMOUNT})\s+[£€$]?\s*"
    rf"(?P<amount>{_AMOUNT})(?:\s+(?P<code>[A-Z\d]))?\s*$",
    re.I,
)
# A line naming an item: letters
_NAME = re.compile(r"[^\W\d_]{2}")
# A VAT analysis' line: the rate, its base and its tax ("A 20 %  Netto 1.240,50  USt 248,10",
# "B 8.1 %  Netto 1'350.00  MWST 109.35"), words and a gross amount around them. OCR may lose
# the rate's sign or the space after the code ("B10  Netto 412,30"): the tax, that rate of the
# base to the cent, says what the line is. A Nordic till names the tax before its rate instead
# of a code ("Moms 25 %  1 155,20  288,80", "MVA 15%", "ALV 14 %").
_RATE_LINE = re.compile(
    rf"^\s*(?:[A-Z]\s*|(?i:moms|mva|alv|vat|mwst|ust)\.?\s*)?(?P<rate>\d{{1,2}}(?:[.,]\d{{1,2}})?)\s*%?\D*?(?P<net>{_AMOUNT})\D+?"
    rf"(?P<tax>{_AMOUNT})(?:\D+{_AMOUNT})?\D*$"
)
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
    """A till's amount as printed ("28.12", "£3,61", "3.330,00", "1'582.20"): two decimals
    after a point or a comma, any other mark groups the thousands."""
    digits = re.sub(r"[^\d\-]", "", printed)
    return float(f"{digits[:-2]}.{digits[-2:]}")


@dataclass
class RatePart:
    rate: float
    net: float
    tax: float
    index: int  # its line, in the list given


def vat_analysis(texts: list[str], rows: int = 1) -> list[RatePart]:
    """The lines of a till's VAT analysis among `texts`: each rate's base and its tax, the tax
    that rate of the base to the cent, or to half a cent a row more where the till rounds each
    row's tax before it adds them (`rows`: the receipt's rows)."""
    parts: list[RatePart] = []
    for index, text in enumerate(texts):
        found = _RATE_LINE.match(text)
        if found is None:
            continue
        rate = float(found.group("rate").replace(",", "."))
        net, tax = amount_of(found.group("net")), amount_of(found.group("tax"))
        if rate > 0 and abs(net * rate / 100 - tax) <= 0.011 + 0.005 * rows:
            parts.append(RatePart(rate, net, tax, index))
    return parts


def rows_above(texts: list[str], total_at: int, *, a_sum: Callable[[str], bool]) -> list[TillRow]:
    """The rows printed right above the total's line `total_at` of `texts`, in reading order;
    none where those lines are not a till's (fewer than two rows, neither a quantity line
    whose product is its row's amount nor a VAT code on most rows). A line `a_sum` calls a
    labelled sum ("Subtotal", "VAT") ends the rows."""
    rows: list[TillRow] = []
    pending: tuple[float, float] | None = None  # a quantity line under the row above it
    index = total_at
    while index > 0:
        index -= 1
        text = texts[index]
        if _RULE.match(text) and not rows and pending is None:
            continue
        priced = _priced_under_name(texts, index) if pending is None else None
        if priced is not None:
            rows.append(priced)
            index -= 1  # its name's line
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


def _priced_under_name(texts: list[str], index: int) -> TillRow | None:
    """The row whose quantity, price and amount are printed on line `index` and its name on
    the line above."""
    found = _PRICED.match(texts[index])
    if found is None or index == 0:
        return None
    # the name may end in a number of its own ("Thermosflasche 0,75")
    name = texts[index - 1]
    if not _NAME.search(name) or _PRICED.match(name):
        return None
    row = TillRow(index, name.strip(), amount_of(found.group("amount")))
    row.quantity, row.unit = float(found.group("qty")), amount_of(found.group("unit"))
    row.code = found.group("code")
    return row


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
