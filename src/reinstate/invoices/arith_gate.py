"""When a sum that does not add up may be told as the invoice's error (I109/I110) rather than as
sums the reading could not confirm (I116).

Every session taught the reader the layouts of the writers it tuned on, and every new writer
brought layouts whose misreadings told genuine invoices their sums were wrong (16-18% of a new
writer's genuine files at the start of session 18). A reading's mistake and an invoice's slip
leave different traces, whatever the layout:

- a slip made by hand changes one figure of one amount (a digit, or two digits swapped): the
  difference is one digit times a power of ten, or a multiple of nine from a swap;
- a misreading takes the wrong amount for a part of the sum (a second tax rate, a deposit, the
  shipping, a credit note's minus): the difference is some other amount of the page, and it
  usually breaks several of the page's relations at once, or leaves nothing else to compare.

A difference of another shape is told as an error only where the rest of the page bears the
reading out: read from the text layer, every other relation the page prints holds (each row's
quantity × price, the rows against the subtotal, the tax against its rate, the parts against the
total), at least two of them, and no printed amount (or a rate of one) explains the gap. That is
an amount changed after the sums were made: an edit, or a supplier's wrong figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.invoices.fields import VAT_RATES, Fields, discount

# Two amounts agree within a cent per amount rounded, and a yen where none has decimals.
_CENT = 0.011


@dataclass(frozen=True)
class Claim:
    """An I109/I110 about to be told: what the amounts read make, and what the page prints."""

    expected: float
    found: float
    label: str = ""


def doubt(f: Fields, ocr: bool, claims: list[Claim]) -> list[str | None]:
    """For each claim, None where it may be told as an error, else why it may not."""
    held, broken = _relations(f)
    printed = _printed(f)
    out: list[str | None] = []
    for claim in map(lambda c: _nearest(f, c), claims):
        gap = abs(abs(claim.found) - abs(claim.expected))
        sides = [abs(claim.expected), abs(claim.found)]
        if abs(claim.found + claim.expected) <= _CENT and claim.found:
            out.append("sign")
        elif slip(claim.expected, claim.found):
            out.append(None)
        elif _explained(gap, printed, whole=True) or _explained(gap, _sums(f) + sides):
            out.append("printed")
        elif claim.label.startswith("tax") and _explained(sides[1], printed + _bases(f)):
            # a tax that is another rate of an amount of the page: the rate misread
            out.append("rate")
        elif _tax_lost(f, claim) and 0.05 <= gap / min(sides) <= 0.28:
            # a tax the page names and the reading lost, taken into one side of the sum only
            out.append("tax unread")
        elif ocr or broken > len(_own(claims)) or held < 2:
            out.append("uncorroborated")
        else:
            out.append(None)
    return out


def _nearest(f: Fields, claim: Claim) -> Claim:
    """A total against the sum it was compared with nearest: with the withholding taken off, or
    without a tax the page says its amounts include, as the check also compares it."""
    if claim.label != "total":
        return claim
    t = f.totals
    sums = [claim.expected, claim.expected - t.get("withholding", 0)]
    if f.tax_inside:
        sums.append(claim.expected - t.get("tax", 0))
    best = min(sums, key=lambda s: abs(s - claim.found))
    return Claim(best, claim.found, claim.label)


def slip(expected: float, found: float) -> bool:
    """Whether `found` is `expected` with one figure mistyped: one digit changed (the difference
    one digit times a power of ten) or two neighbouring digits swapped."""
    a, b = round(abs(expected) * 100), round(abs(found) * 100)
    if a == b:
        return False
    if len(str(abs(a - b)).rstrip("0")) == 1:
        return True
    x, y = str(a), str(b)
    if len(x) != len(y):
        return False
    at = [i for i in range(len(x)) if x[i] != y[i]]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def _own(claims: list[Claim]) -> list[Claim]:
    """The relations the claims break: one amount changed breaks the row and the sums above it
    by the same difference, which is one slip, not several."""
    gaps = {round(abs(abs(c.found) - abs(c.expected)), 2) for c in claims}
    return [Claim(0.0, g) for g in gaps]


def _relations(f: Fields) -> tuple[int, int]:
    """How many of the page's relations hold and how many do not, as read."""
    held = broken = 0

    def count(ok: bool) -> None:
        nonlocal held, broken
        held, broken = held + ok, broken + (not ok)

    rows = [i for i in f.items if None not in (i.quantity, i.unit_price, i.line_total)]
    for i in rows:
        net = i.line_total - (i.tax_included or 0)  # type: ignore[operator]
        count(abs(i.quantity * i.unit_price - net) <= _CENT * 2 or bool(i.discount))  # type: ignore[operator]
    t = f.totals
    if "subtotal" in t and f.items and all(i.line_total is not None for i in f.items):
        lines = sum(i.line_total for i in f.items)  # type: ignore[misc]
        count(abs(lines - t["subtotal"]) <= _CENT * len(f.items))
    if "tax" in t and "subtotal" in t and f.tax_rate is not None:
        base = t["subtotal"] - discount(t)
        rate = f.tax_rate
        bases = (base, base + t.get("shipping", 0))
        count(any(abs(b * rate / 100 - t["tax"]) <= _CENT * 2 for b in bases))
    for rate, base, tax, _ocr, _page, _box in f.tax_rows:
        count(abs(base * rate / 100 - tax) <= _CENT * 2)
    if f.tax_rows and "tax" in t:
        rows_tax = sum(row[2] for row in f.tax_rows)
        count(abs(rows_tax - t["tax"]) <= _CENT * len(f.tax_rows))
    if "subtotal" in t and "total" in t:
        made = t["subtotal"] + t.get("tax", 0) + t.get("shipping", 0) - discount(t)
        count(abs(made - t["total"]) <= _CENT * 3)
    return held, broken


def _printed(f: Fields) -> list[float]:
    """The amounts the reading holds: a gap equal to one, or to a rate of one, is that amount
    taken into or left out of a sum by the reading."""
    amounts = [abs(v) for v in f.totals.values()]
    amounts += [abs(v) for v in (*f.unplaced, *f.rows_unread)]
    amounts += [abs(i.line_total) for i in f.items if i.line_total is not None]
    amounts += [abs(v) for row in f.tax_rows for v in row[1:3]]
    return [a for a in amounts if a > _CENT]


def _tax_lost(f: Fields, claim: Claim) -> bool:
    """A sum on a page that names a tax whose amount the reading did not find."""
    return not claim.label.startswith("line") and f.tax_named and "tax" not in f.totals


def _sums(f: Fields) -> list[float]:
    """The amounts a sum is made of, but the rows: a gap that is a rate of one of them is a tax
    taken in or left out (a row's rate would match too many gaps by chance)."""
    amounts = [abs(v) for v in (*f.totals.values(), *f.unplaced, *f.rows_unread)]
    return amounts + [abs(v) for row in f.tax_rows for v in row[1:3]]


def _bases(f: Fields) -> list[float]:
    """What a tax may be a rate of: the subtotal, less its discount, with its shipping."""
    t = f.totals
    if "subtotal" not in t:
        return []
    sub, ship, off = t["subtotal"], t.get("shipping", 0), discount(t)
    return [sub - off, sub + ship, sub - off + ship]


def _explained(gap: float, amounts: list[float], *, whole: bool = False) -> bool:
    """Whether `gap` is a VAT rate of one of `amounts`, or (`whole`) one of them."""
    if whole:
        return any(abs(gap - a) <= _CENT for a in amounts)
    return any(abs(gap - a * rate / 100) <= _CENT for a in amounts for rate in VAT_RATES if rate)
