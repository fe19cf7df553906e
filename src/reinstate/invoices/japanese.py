"""Japanese invoices' own layouts, kept apart from the languages' shared reading.

A qualified invoice (適格請求書) breaks its tax down by rate under the item table ("10%対象
¥74,229 消費税 ¥7,422", "8%対象(軽減税率) ..."), and most Japanese invoices print the amount to
pay at the top ("ご請求金額 ¥81,651-"), above the lines, the 小計, 値引 and 消費税 that make it up.
"""

from __future__ import annotations

import re

# "10%対象", "8%対象(軽減税率)", "標準税率10%対象", "軽減税率対象": the per-rate breakdown of
# the tax, a totals line and never an item of the table above it.
RATE_BREAKDOWN = re.compile(r"\d{1,2}\s*[%％]\s*対象|税率\s*(?:\d{1,2}\s*[%％])?\s*対象")

# A till's receipt (レシート): the cash handed over (お預り) less the change (お釣り) is what was
# paid. Its 合計 is often the one word a phone photo's OCR loses or splits.
_TENDERED = re.compile(r"お\s*預\s*か?\s*り|預\s*り\s*金")
_CHANGE = re.compile(r"お\s*釣\s*り|おつり|釣\s*銭")
TILL = re.compile(r"レジ|お\s*預\s*か?\s*り|お\s*釣\s*り|内\s*消\s*費\s*税")


# A 領収書's fixed wording, "上記正に領収いたしました" (received the above with thanks): the
# receipt says so in its body when a photo's OCR loses its title.
RECEIVED = re.compile(r"上\s*記\s*正\s*に\s*領\s*収")


def paid_at_till(lines: list[tuple[str, list[float]]]) -> tuple[int, float] | None:
    """The amount paid at a till, from (text, amounts) lines: what was handed over less the
    change, and the index of the line printing it. Only where that difference is also printed
    above the tendered line (its 合計, whatever OCR made of the label): two readings agree."""
    tendered = next((i for i, (t, a) in enumerate(lines) if a and _TENDERED.search(t)), None)
    if tendered is None:
        return None
    change = next(
        (
            i
            for i, (t, a) in enumerate(lines[tendered + 1 :], tendered + 1)
            if a and _CHANGE.search(t)
        ),
        None,
    )
    if change is None or change - tendered > 2:
        return None
    paid = round(lines[tendered][1][-1] - lines[change][1][-1], 2)
    if paid <= 0:
        return None
    for i in range(tendered - 1, max(-1, tendered - 8), -1):
        if lines[i][1] and lines[i][1][-1] == paid:
            return i, paid
    return None


# 請求書 set large on a fax with its first glyph lost or misread ("an 求書", "議求書"): the
# rest of the title, alone in a short cell at the page's head. No other document's title ends
# so (見積請求書, a pro forma, is read whole before this).
_TITLE_TAIL = re.compile(r"^[\W\w]{0,3}?求\s*書$")
# Or its middle glyph misread on a phone photo ("請 Ok 書").
_TITLE_ENDS = re.compile(r"^請[\W\w]{1,2}書$")


def misread_title(text: str) -> str | None:
    """ "invoice" for an OCR'd head cell that is 請求書 with its first or middle glyph lost."""
    closed = re.sub(r"\s+", "", text.strip(" \t:.-_|~*#"))
    if len(closed) <= 5 and _TITLE_TAIL.match(closed) and not closed.startswith("要"):
        return "invoice"
    if _TITLE_ENDS.match(closed):
        return "invoice"
    return None


# One rate's part of a 適格請求書's breakdown, its tax added to it (not "内消費税", a tax
# inside a tax-inclusive amount): "10%対象 ¥916,000 消費税 ¥91,600". OCR reads ¥ as "\\" or "Y"
# and the thousands' commas as full stops.
_RATE_PART = re.compile(
    r"(\d{1,2})\s*[%％]\s*対\s*象\s*[¥￥\\Y]?\s*(\d[\d,.]*)\s*円?\s*[)）]?\s*"
    r"消\s*費\s*税\s*(?:額\s*)?[¥￥\\Y]?\s*(\d[\d,.]*)"
)


def _yen(token: str) -> int | None:
    """A yen amount as printed or as OCR read it: groups of three after the first, marked
    with commas or full stops (yen have no decimals)."""
    if not re.fullmatch(r"\d{1,3}(?:[,.]\d{3})*|\d+", token.rstrip(",.")):
        return None
    return int(re.sub(r"\D", "", token))


def rate_breakdown(text: str) -> tuple[int, int] | None:
    """The amount before tax and the tax, summed over a breakdown's rates, when each rate's tax
    is its rate of its amount (rounded either way) and every rate the page names has its part:
    the breakdown then read right and whole."""
    base = tax = 0
    parts = _RATE_PART.findall(text)
    named = {int(r) for r in re.findall(r"(?<![\d.,])(8|10)\s*[%％]", text)}
    if "軽減" in text:
        named.add(8)
    if not named <= {int(rate) for rate, _a, _t in parts}:
        return None  # a rate the page names, its part of the breakdown lost
    for rate, amount, on_it in parts:
        a, t = _yen(amount), _yen(on_it)
        if a is None or t is None or not 0 < int(rate) <= 25 or abs(a * int(rate) / 100 - t) >= 1:
            return None
        base, tax = base + a, tax + t
    return (base, tax) if parts else None
