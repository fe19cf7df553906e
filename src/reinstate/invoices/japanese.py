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
