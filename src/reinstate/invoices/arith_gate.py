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

What the page bears out decides the rest (session 19):

- a page that prints whole units only (yen, won, a whole-euro page) rounds, or cuts, each tax to
  the unit, and an amount printed whole (a total "rounded off") is its sum so rounded: a
  difference under one unit is rounding, not a slip of a figure it never prints;
- a real error is one amount changed: rows off by several non-slip amounts on one page are
  several misreadings, and a row whose quantity × price is a hundred times the whole invoice
  read a code or a date for a quantity;
- a total is borne out only where its tax is: a tax no rate or summary confirms may be a
  misread amount (the other rates' sum, a tax and its base together);
- a total that is the sum with a tax the reading did not find, but for one figure, is a slip;
- a check the reading already doubted (I116), or a claim beside it the gate doubts, is a
  relation broken: a sum over it is borne out only as a slip;
- a row whose amount is not its quantity × price, under a subtotal that is the rows' sum with
  its quantity × price to the cent, a total its parts make and a tax its rates bear out, is the
  row's own figure, whatever its shape (a piece too many): every sum was made without it
  (session 27);
- on an OCR'd page a one-figure difference is also a one-character misread: it is kept only
  where the amount that differs is read twice (it holds in another of the page's sums) and no
  one-character change of a row's quantity or price explains it. A difference of another shape
  on a row is kept there where the rest of the page bears it out as on a text page.
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.invoices.fields import VAT_RATES, Fields, Item, discount

# Two amounts agree within a cent per amount rounded, and a yen where none has decimals.
_CENT = 0.011
# A total's tax the reading did not find, restated with it: the figure left over is a slip only
# where it is more than the rates' rounding of the rows.
_LEFT_OVER = 0.1
# A row's quantity × price a hundred times the invoice's largest sum read a code or a date for
# its quantity; a quantity edited or mistyped adds a digit or two, not several.
_SCALE = 100


@dataclass(frozen=True)
class Claim:
    """An I109/I110 about to be told: what the amounts read make, and what the page prints (a
    row's quantity and price too)."""

    expected: float
    found: float
    label: str = ""
    quantity: float | None = None
    price: float | None = None


@dataclass(frozen=True)
class _Page:
    """What the claims are judged against: the relations read, the amounts printed."""

    f: Fields
    ocr: bool
    unit: float
    held: int
    broken: int
    odd: int


def doubt(f: Fields, ocr: bool, claims: list[Claim], unsure: int = 0) -> list[str | None]:
    """For each claim, None where it may be told as an error, else why it may not. `unsure` is
    how many of the page's checks the reading already doubted (I116)."""
    unit = _unit(f)
    held, broken = _relations(f, unit)
    mine = [_nearest(f, c) for c in claims]
    if _row_against_sums(f, ocr, mine):
        # one row mistyped, and the subtotal off its printed rows by the same figure
        return [None] * len(mine)
    rows = [c for c in mine if c.label.startswith("line")]
    odd = {round(_gap(c), 2) for c in rows if _gap(c) >= unit and not slip(c.expected, c.found)}
    page = _Page(f, ocr, unit, held, broken + unsure, len(odd))
    out = [_why(page, claim, len(_own(claims))) for claim in mine]
    # a sum beside one the reading took wrong (an amount of the page in it, a rate misread)
    # is made of what that reading gave: no difference but a slip is borne out
    misread = any(why not in (None, "sign", "rounded") for why in out)
    return [
        "beside a misreading" if misread and why is None and not slip(c.expected, c.found) else why
        for c, why in zip(mine, out, strict=True)
    ]


def _row_against_sums(f: Fields, ocr: bool, claims: list[Claim]) -> bool:
    """Whether the claims are one row charged more than its quantity × price and the subtotal
    above it, off by the same figure, on a text layer whose subtotal is the rows' sum with that
    row's quantity × price to the cent, under a total its parts make (no claim of it) and a tax
    its rates bear out ("20 × 3,33" printed 69,93 over a subtotal made with 66,60): every sum
    of the page was made from quantity × price, and the row's amount is the one figure that
    differs. No amount the reading may have taken for the row's (its tax at a rate, a tax,
    charge or unplaced amount of the page) makes the gap."""
    rows = [c for c in claims if c.label.startswith("line")]
    sums = [c for c in claims if not c.label.startswith("line")]
    if ocr or len(rows) != 1 or [c.label for c in sums] != ["subtotal"]:
        return False
    row, sub = rows[0], sums[0]
    if not row.quantity or not row.price or row.expected <= 0 or row.found <= 0:
        return False
    # a row charged less than quantity × price may be a genuine free piece ("3 for 2") over a
    # subtotal at list price, its discount in a line below: only one charged more is the error
    if row.found <= row.expected:
        return False
    gap = row.found - row.expected
    if gap < 1 or abs((sub.expected - sub.found) - gap) > _CENT:
        return False
    # the total, compared with its parts, raised no claim
    if "total" not in f.totals or not _tax_borne(f, _unit(f)):
        return False
    others = [abs(v) for k, v in f.totals.items() if k != "subtotal"]
    others += [abs(v) for v in (*f.unplaced, *f.rows_unread)]
    if _explained(gap, others, whole=True) or _explained(row.found, others, whole=True):
        return False
    # a gap of whole pieces is the quantity miscounted, whatever rate of the row it also is;
    # another, a rate of the row, may be its tax read into its amount
    pieces = gap / abs(row.price)
    counted = round(pieces) >= 1 and abs(pieces - round(pieces)) * abs(row.price) <= _CENT
    return counted or not _explained(gap, [row.expected])


def _why(page: _Page, claim: Claim, own: int) -> str | None:
    f, gap = page.f, _gap(claim)
    sides = [abs(claim.expected), abs(claim.found)]
    if abs(claim.found + claim.expected) <= _CENT and claim.found:
        return "sign"
    if gap < page.unit - _CENT / 2 or (_whole(claim.found) and gap < 1 - _CENT / 2):
        # an amount printed in whole units (a yen tax, a rupee total "rounded off") is the sum
        # rounded, or cut, to the unit: no figure it prints differs
        return "rounded"
    if claim.label.startswith("line") and _power_of_ten(claim):
        return "marks"
    if slip(claim.expected, claim.found):
        return _misread(page, claim) if page.ocr else None
    if claim.label == "subtotal" and _priced_rows(f, claim.found):
        # the rows' amounts are their prices: quantity × amount makes the subtotal
        return "prices"
    if _last_row_left_out(page, claim, gap) or _other_quantity(page, claim, gap):
        return _uncorroborated(page, claim, own)
    if _explained(gap, _printed(f), whole=True) or _explained(gap, _rated(f, claim, sides)):
        return "printed"
    if (
        claim.label.startswith("tax")
        and not _rate_printed_with(page, claim)
        and _explained(sides[1], _printed(f) + _bases(f), unit=page.unit)
    ):
        # a tax that is another rate of an amount of the page: the rate misread
        return "rate"
    if _tax_lost(f, claim) and _slip_with_tax(claim) and not page.ocr:
        return None
    if _tax_lost(f, claim) and 0.05 <= gap / min(sides) <= 0.28:
        # a tax the page names and the reading lost, taken into one side of the sum only
        return "tax unread"
    return _uncorroborated(page, claim, own)


def _last_row_left_out(page: _Page, claim: Claim, gap: float) -> bool:
    """A subtotal read from the text layer short of the rows by its last row's amount, a row
    whose quantity × price makes it and no sum of the page repeats: the sum's range stopped a
    row short (a spreadsheet's SUM not stretched over the row added last), no row the reading
    made up."""
    f = page.f
    if page.ocr or claim.label != "subtotal" or abs(claim.found) >= abs(claim.expected):
        return False
    last = f.items[-1] if f.items else None
    if last is None or last.line_total is None or not last.quantity or last.unit_price is None:
        return False
    if not _row_holds(last) or last.discount or abs(gap - abs(last.line_total)) > _CENT:
        return False
    others = [abs(v) for v in (*f.totals.values(), *f.unplaced, *f.rows_unread)]
    return not _explained(gap, others, whole=True)


def _other_quantity(page: _Page, claim: Claim, gap: float) -> bool:
    """A row read from the text layer whose amount is its price times another whole quantity
    (5 × 1 183,50 printed 7 101,00, six of them): the quantity typed or the amount made from
    another, the row's own error. Its gap is then a whole share of its sides (a fifth, a
    quarter), and taken for a VAT rate of one of them it passed for a misreading. Only a row
    charged for more pieces than it lists: one charged for fewer may be a genuine free piece
    ("six for the price of five"), left to the gate's doubt."""
    if page.ocr or not claim.label.startswith("line") or not claim.price or not claim.quantity:
        return False
    if abs(claim.found) <= abs(claim.expected):
        return False
    pieces = gap / abs(claim.price)
    return (
        1 <= round(pieces) <= abs(claim.quantity)
        and abs(pieces - round(pieces)) * abs(claim.price) <= _CENT
    )


def _rated(f: Fields, claim: Claim, sides: list[float]) -> list[float]:
    """The amounts a gap may be a tax of: the sums and the claim's own two sides, but a tax's
    own amount (a tax is no base; 22 % and 20 % of one base differ by a tenth of the lower)."""
    if not claim.label.startswith("tax"):
        return _sums(f) + sides
    return [a for a in _sums(f) if abs(a - abs(claim.found)) > _CENT]


def _rate_printed_with(page: _Page, claim: Claim) -> bool:
    """Whether the tax's rate is the only one the page prints, read from its text layer on the
    tax's own line ("IVA 22%  539,14", a summary's "2.695,72  22%  539,14"): no rate misread,
    so a tax that is another rate of the base was worked out at the wrong rate."""
    f = page.f
    if page.ocr or f.tax_rate is None or f.tax_rate_ocr or len(f.tax_by_rate) != 1:
        return False
    rate, (tax, _page, _box) = next(iter(f.tax_by_rate.items()))
    return rate == f.tax_rate and abs(tax - abs(claim.found)) <= _CENT


def _uncorroborated(page: _Page, claim: Claim, own: int) -> str | None:
    """Why a difference that is no slip and no amount of the page is not borne out, if it is
    not."""
    f = page.f
    if page.odd > 1:
        # rows off by several amounts: one change breaks one row (and the sums above it)
        return "several"
    if claim.label.startswith("line") and 0 < _largest(f) * _SCALE < abs(claim.expected):
        return "scale"
    if claim.label == "total" and not _tax_borne(f, page.unit):
        return "tax unconfirmed"
    if page.broken > own or page.held < 2:
        return "uncorroborated"
    if page.ocr and not (claim.label.startswith("line") and _read_twice(page, claim)):
        return "uncorroborated"
    return None


def _read_twice(page: _Page, claim: Claim) -> bool:
    """A row OCR read whose line total the subtotal adds up and whose quantity or price no one
    character changed would make hold: the difference is the row's, not the reading's."""
    return _rows_hold(page.f, page.unit) and not _one_character(claim)


def _gap(claim: Claim) -> float:
    return abs(abs(claim.found) - abs(claim.expected))


def _slip_with_tax(claim: Claim) -> bool:
    """A total that is its sum with a tax at one of the rates the reading did not find, but for
    one figure: the total's slip, the tax being there."""
    if claim.label != "total":
        return False
    for rate in VAT_RATES:
        made = round(abs(claim.expected) * (100 + rate) / 100, 2)
        if rate and abs(made - abs(claim.found)) >= _LEFT_OVER and slip(made, claim.found):
            return True
    return False


def _misread(page: _Page, claim: Claim) -> str | None:
    """On an OCR'd page, why a difference may be one character misread: the amount that differs
    is read once (no other sum of the page holds with it), or one character of a row's quantity
    or price makes the row hold."""
    f, unit = page.f, page.unit
    if claim.label.startswith("line"):
        # OCR reads a digit wrong with confidence too (a fax's "1,350.00" as "1,150.00"): the
        # row's amount, or its quantity × price, is kept only where the sum over the rows
        # reads it again
        if not _row_summed(f, claim, unit):
            return "read once"
        # the sum reads the row's quantity × price, not its amount as read: a figure of that
        # amount drawn like the one the sum implies is OCR's misreading as much as the
        # supplier's slip (a fax's "1,320.00" read "4,320.00"); neither is certain
        if not _row_summed(f, claim, unit, as_read=True) and _lookalike(claim):
            return "lookalike"
        # the sum reads the row's amount as printed, and the amount and quantity × price differ
        # in one figure OCR confuses, as its price (or quantity) and the one the amount implies
        # do ("83,14" for 83,11 under 100 pieces making 8 311,00, not 8 314,00): the price
        # misread as much as the amount slipped. A difference in another figure (200 × 6,75
        # printed 1 150,00) is the row's own.
        if _lookalike(claim) and _factor_lookalike(claim):
            return "lookalike"
        return None
    if claim.label == "subtotal" or claim.label.startswith("tax"):
        return None if _total_holds(f, unit) and _rows_priced(f) else "read once"
    if claim.label == "total":
        return None if _parts_borne(f, unit) else "read once"
    return "read once"


def _row_summed(f: Fields, claim: Claim, unit: float, *, as_read: bool = False) -> bool:
    """Whether the rows' sum, with the row's amount as read or (unless `as_read`) as its
    quantity × price makes it, is the sum printed over them: the subtotal, or a total with
    nothing else in it."""
    t = f.totals
    if "subtotal" in t:
        printed = t["subtotal"]
    elif "total" in t and not {"tax", "shipping", "discount"} & t.keys():
        printed = t["total"]
    else:
        return False
    if any(i.line_total is None for i in f.items):
        return False
    lines = sum(i.line_total for i in f.items)  # type: ignore[misc]
    slack = max(_CENT * len(f.items), unit / 2)
    made = lines - abs(claim.found) + abs(claim.expected)
    return any(abs(s - printed) <= slack for s in ((lines,) if as_read else (lines, made)))


# Digits Tesseract takes for one another on faxes and coarse scans.
_LOOKALIKES = frozenset(frozenset(p) for p in ("14", "17", "38", "56", "68", "08", "89"))


def _lookalike(claim: Claim) -> bool:
    """Whether the amount read differs from the one expected in one figure only, and that
    figure is one OCR confuses with the other's."""
    x, y = _figures(claim.expected), _figures(claim.found)
    if len(x) != len(y):
        return False
    pairs = [frozenset((i, j)) for i, j in zip(x, y, strict=True) if i != j]
    return len(pairs) == 1 and pairs[0] in _LOOKALIKES


def _factor_lookalike(claim: Claim) -> bool:
    """Whether the row's price, or its quantity, differs from the one its amount implies in
    one figure only, a figure OCR confuses with the other's."""
    q, p, found = claim.quantity, claim.price, abs(claim.found)
    if not q or not p:
        return False
    for read, wanted in ((p, found / q), (q, found / p)):
        if _clean(wanted) and _lookalike(Claim(expected=abs(read), found=wanted)):
            return True
    return False


def _power_of_ten(claim: Claim) -> bool:
    """A row whose amount is its quantity × price a thousand times over or under: a grouping
    mark read for the decimal one ("3.750" for 3,750 pieces), three figures apart, no slip."""
    if claim.quantity is None or claim.price is None:
        return False
    made, found = abs(claim.quantity * claim.price), abs(claim.found)
    return any(abs(a * 1000 - b) <= _CENT * 1000 for a, b in ((made, found), (found, made)))


def _one_character(claim: Claim) -> bool:
    """Whether one character of the row's quantity or price, changed, dropped or added, makes
    quantity × price the line total read."""
    q, p, found = claim.quantity, claim.price, abs(claim.found)
    if not q or not p:
        return True
    want_p, want_q = found / q, found / p
    return (_clean(want_p) and _one_edit(p, want_p)) or (_clean(want_q) and _one_edit(q, want_q))


def _clean(value: float) -> bool:
    """An amount printed with at most two decimals."""
    return abs(value * 100 - round(value * 100)) < 1e-6 * max(1.0, abs(value))


def _one_edit(a: float, b: float) -> bool:
    """Whether the printed figures of `a` and `b` are one character apart (decimal point
    included)."""
    x, y = _figures(a), _figures(b)
    if x == y:
        return False
    if len(x) == len(y):
        return sum(i != j for i, j in zip(x, y, strict=True)) == 1
    short, long_ = sorted((x, y), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _figures(value: float) -> str:
    text = f"{abs(value):.2f}"
    return text[:-3] if text.endswith(".00") else text.rstrip("0")


def _rows_hold(f: Fields, unit: float) -> bool:
    """The rows' line totals make the subtotal: each is read again in the sum."""
    t = f.totals
    if "subtotal" not in t or not f.items or any(i.line_total is None for i in f.items):
        return False
    lines = sum(i.line_total for i in f.items)  # type: ignore[misc]
    return abs(lines - t["subtotal"]) <= max(_CENT * len(f.items), unit / 2)


def _priced_rows(f: Fields, subtotal: float) -> bool:
    """The rows' amounts read are unit prices: each times its quantity, they make `subtotal`."""
    pairs = [(i.quantity, i.line_total) for i in f.items]
    if not pairs or any(q is None or a is None for q, a in pairs):
        return False
    made = sum((q or 0.0) * (a or 0.0) for q, a in pairs)
    return abs(made - abs(subtotal)) <= _CENT * len(pairs)


def _rows_priced(f: Fields) -> bool:
    """Every row read holds with its own quantity and price: none of them is misread."""
    rows = [i for i in f.items if None not in (i.quantity, i.unit_price, i.line_total)]
    return len(rows) == len(f.items) and all(_row_holds(i) for i in rows)


def _row_holds(i: Item) -> bool:
    net = i.line_total - (i.tax_included or 0)  # type: ignore[operator]
    return abs(i.quantity * i.unit_price - net) <= _CENT * 2 or bool(i.discount)  # type: ignore[operator]


def _total_holds(f: Fields, unit: float) -> bool:
    """The parts make the total: the subtotal and the tax are each read again in it."""
    t = f.totals
    if "subtotal" not in t or "total" not in t:
        return False
    made = t["subtotal"] + t.get("tax", 0) + t.get("shipping", 0) - discount(t)
    return abs(made - t["total"]) <= max(_CENT * 3, unit / 2)


def _parts_borne(f: Fields, unit: float) -> bool:
    """The total's parts are each borne out by another sum: the subtotal by the rows, the tax
    by its rate; the total is then what differs."""
    if f.items and not _rows_hold(f, unit):
        return False
    return _tax_borne(f, unit)


def _tax_borne(f: Fields, unit: float) -> bool:
    """A page without tax, or whose tax a rate of its base or a summary's rows confirm."""
    t = f.totals
    if not t.get("tax"):
        return True
    if f.tax_rows and abs(sum(row[2] for row in f.tax_rows) - t["tax"]) <= _CENT * len(f.tax_rows):
        return True
    if _rates_borne(f, unit):
        return True
    # a tax whose rate was not read, or whose rate (CGST's and SGST's together) may be of part
    # of the goods only, is borne out by any rate of a base
    rates = VAT_RATES if f.tax_rate is None or f.tax_rate_of_part else {f.tax_rate}
    return any(_rounded(b * r / 100, t["tax"], unit) for b in _bases(f) for r in rates if r)


def _rates_borne(f: Fields, unit: float) -> bool:
    """Taxes printed each with its rate ("TPS 5%", "TVQ 9,975%") that make the tax read, each
    its rate of one same base."""
    taxes = [(rate, tax) for rate, (tax, _page, _box) in f.tax_by_rate.items()]
    if not taxes or abs(sum(tax for _rate, tax in taxes) - f.totals["tax"]) > _CENT * len(taxes):
        return False
    return any(all(_rounded(b * r / 100, tax, unit) for r, tax in taxes) for b in _bases(f))


def _rounded(made: float, printed: float, unit: float) -> bool:
    """`printed` is `made` rounded, or cut, to the page's unit."""
    return abs(made - printed) <= (_CENT * 2 if unit < 1 else unit - _CENT / 2)


def _unit(f: Fields) -> float:
    """The smallest unit the page's sums print: a yen where none has decimals."""
    amounts = [*f.totals.values(), *(i.line_total for i in f.items if i.line_total is not None)]
    return 1.0 if amounts and all(map(_whole, amounts)) else 0.01


def _whole(amount: float) -> bool:
    return abs(amount - round(amount)) < 1e-9


def _largest(f: Fields) -> float:
    return max((abs(v) for v in f.totals.values()), default=0.0)


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
    return Claim(best, claim.found, claim.label, claim.quantity, claim.price)


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


def _relations(f: Fields, unit: float) -> tuple[int, int]:
    """How many of the page's relations hold and how many do not, as read."""
    held = broken = 0

    def count(ok: bool) -> None:
        nonlocal held, broken
        held, broken = held + ok, broken + (not ok)

    for i in f.items:
        if None not in (i.quantity, i.unit_price, i.line_total):
            count(_row_holds(i))
    t = f.totals
    if "subtotal" in t and f.items and all(i.line_total is not None for i in f.items):
        lines = sum(i.line_total for i in f.items)  # type: ignore[misc]
        count(abs(lines - t["subtotal"]) <= _CENT * len(f.items))
    if "tax" in t and "subtotal" in t and f.tax_rate is not None and not f.tax_rate_of_part:
        base = t["subtotal"] - discount(t)
        rate = f.tax_rate
        bases = (base, base + t.get("shipping", 0))
        count(any(_rounded(b * rate / 100, t["tax"], unit) for b in bases))
    for rate, base, tax, _ocr, _page, _box in f.tax_rows:
        count(_rounded(base * rate / 100, tax, unit))
    if "tax" in t and f.items and all(i.tax_amount is not None for i in f.items):
        # each row's own tax, summed, is the tax again: the rows are all there, and a
        # sum made from rows the page does not print breaks it with the rows' sum
        items_tax = sum(i.tax_amount for i in f.items)  # type: ignore[misc]
        count(abs(items_tax - t["tax"]) <= _CENT * len(f.items))
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


def _explained(
    gap: float, amounts: list[float], *, whole: bool = False, unit: float = 0.01
) -> bool:
    """Whether `gap` is a VAT rate of one of `amounts` (rounded to the page's `unit`), or
    (`whole`) one of them."""
    if whole:
        return any(abs(gap - a) <= _CENT for a in amounts)
    slack = _CENT if unit < 1 else unit - _CENT / 2
    return any(abs(gap - a * rate / 100) <= slack for a in amounts for rate in VAT_RATES if rate)
