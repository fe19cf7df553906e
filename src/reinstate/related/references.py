"""Payment references: "DE22 1001 0010 0531 1772 00, Ref: SLR-49853" is one client's share of a
payment service's pooled collection account (docs/related.md).

A collection service gives many sellers one IBAN and tells them apart by the reference each
payment carries. The bank key is the IBAN (`keys.bank`), so the clients meet on it; the link
then compares the references as written, as it compares a switchboard's extensions
(`crowd.shared_lines`).
"""

from __future__ import annotations

import re
import unicodedata

# A reference written after its label: "Ref: SLR-49853", "(reference SLR-11188)",
# "Verwendungszweck SLR-71699", "Referenz", "référence", "memo", "payment reference no.", 备注,
# 附言, 摘要, 用途, 参考号. The label's letters may be doubled by a typo ("reeference"). The
# reference itself holds a digit: a word after the label ("ref: Amazon payouts") names no client.
_REFERENCE = re.compile(
    r"(?i)(?:(?<![a-z])(?:re+f(?:e+r+e+n+[cz]e*)?|r[ée]f[ée]rence|verwendungszweck|"
    r"zahlungsreferenz|memo|riferimento|causale|referencia|concepto|kenmerk|"
    r"betalingskenmerk)(?![a-z])\.?|备注|附言|摘要|用途|参考号?)"
    r"\s*(?:no\.?|nr\.?|code|number|号)?\s*[:：#.\-]?\s*"
    r"([a-z0-9][a-z0-9\-_/]*)"
)
# What a reference's label holds, looked for before the pattern: plain substring tests, since
# nearly every bank value has none and the pattern is slow to fail ("eferen": "reeference").
_HINTS = ("ref", "eferen", "réf", "zweck", "memo", "riferim", "causale", "concepto", "kenmerk")
_HINTS_HAN = ("备注", "附言", "摘要", "用途", "参考")


def reference(raw: str) -> str | None:
    """The payment reference written with a bank account ("Ref: SLR-49853" → "SLR49853"), or
    None. Case and separators inside it do not matter; a reference without a digit is none."""
    low = raw.lower()
    if not any(w in low for w in _HINTS) and (
        raw.isascii() or not any(w in raw for w in _HINTS_HAN)
    ):
        return None
    text = raw if raw.isascii() else unicodedata.normalize("NFKC", raw)
    found = _REFERENCE.search(text)
    if found is None:
        return None
    ref = re.sub(r"[\-_/]", "", found.group(1)).upper()
    return ref if any(c.isdigit() for c in ref) else None
