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


def misread_title(text: str) -> str | None:
    """ "invoice" for an OCR'd head cell that is 請求書 with its first glyph lost."""
    closed = re.sub(r"\s+", "", text.strip(" \t:.-_|~*#"))
    if len(closed) <= 5 and _TITLE_TAIL.match(closed) and not closed.startswith("要"):
        return "invoice"
    return None
