"""A compact letterhead: the supplier's lines and the document's references share rows.

Small suppliers' billing programs print the header in two columns on the same rows: on the left
the company, its address, its tax number and phone; on the right the invoice number, a short
date label ("Data:", "Fecha:", "Datum:") and the due date. A tax number or a phone on the left
must not make the date on the right an account number. The totals give VAT at two rates (a
reduced rate on the last item: "IVA 22% (…)" and "IVA 10% (…)"); an English invoice from a
Chinese exporter prints dollars and month-first dates; a Chinese one prints the fapiao's total
line, amount in words and in figures in one cell ("价税合计（大写） … （小写）¥1,234.56").

`letterhead_spec(spec)` gives the spec with its second rate (its `tax` and `total` are what the
page prints); `make_letterhead(spec, created)` the reportlab PDF. Everything is invented.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import Any

from support import invoice_corpus as corpus
from support.invoice_langs import date_text

# Short labels as such headers print them: date, due date, and the supplier's tax number.
SHORT = {
    "en": ("Date:", "Due date:", "VAT no.: USCC 91440300MA5F8X2K4Q"),
    "de": ("Datum:", "Fällig am:", "USt-IdNr.: DE281736455"),
    "fr": ("Date :", "Échéance :", "N° TVA : FR52 804 117 339"),
    "it": ("Data:", "Scadenza:", "P.IVA: IT03318470215"),
    "es": ("Fecha:", "Vencimiento:", "NIF: B86420917"),
    "nl": ("Datum:", "Vervaldatum:", "BTW-nr.: NL861204377B01"),
    "pl": ("Data:", "Termin płatności:", "NIP: 725-184-22-61"),
    "in": ("Date:", "Due date:", "GSTIN: 27AAKCS4471M1Z3"),
    "ja": ("日付:", "支払期限:", "登録番号: T8011101047715"),
    "zh": ("开票日期：", "", "纳税人识别号：91440300MA5F8X2K4Q"),
}
# The reduced VAT rate of the last item (none for English dollar invoices and fapiaos).
REDUCED = {"de": 0.07, "fr": 0.055, "it": 0.10, "es": 0.10, "nl": 0.09, "pl": 0.08, "ja": 0.08}


@dataclass
class LetterheadSpec(corpus.Spec):
    """A spec whose last item is taxed at `reduced` (0: one rate for all)."""

    reduced: float = 0.0

    def bases(self) -> list[tuple[float, float]]:
        """(rate, base) per rate printed."""
        lines = [round(q * p, 2) for _d, _c, q, p in self.items]
        if not self.reduced or len(lines) < 2:
            return [(self.tax_rate, round(sum(lines), 2))] if self.tax_rate else []
        return [(self.tax_rate, round(sum(lines[:-1]), 2)), (self.reduced, lines[-1])]

    def tax_of(self, rate: float, base: float) -> float:
        return float(round(base * rate)) if self.lang == "ja" else round(base * rate, 2)

    @property
    def tax(self) -> float:
        return round(sum(self.tax_of(r, b) for r, b in self.bases()), 2)


def letterhead_spec(spec: corpus.Spec) -> LetterheadSpec:
    values = {f.name: getattr(spec, f.name) for f in fields(corpus.Spec)}
    return LetterheadSpec(**values, reduced=REDUCED.get(spec.lang, 0.0) if spec.tax_rate else 0.0)


def _date(spec: LetterheadSpec, when: date) -> str:
    if spec.lang == "en":
        return f"{when.month:02d}/{when.day:02d}/{when.year}"  # a dollar invoice, month first
    if spec.lang == "zh":
        return f"{when.year}年{when.month}月{when.day}日"
    return date_text(spec.lang, when, spec.style)


def _money(spec: LetterheadSpec, value: float) -> str:
    if spec.lang == "en":
        return f"${value:,.2f}"
    if spec.lang == "zh":
        return f"¥{value:,.2f}"
    return corpus._money(value, spec)


_DIGITS = "零壹贰叁肆伍陆柒捌玖"


def amount_in_words(value: float) -> str:
    """A fapiao's amount in capital numerals: 2794.83 -> 贰仟柒佰玖拾肆圆捌角叁分."""
    cents = round(value * 100)
    yuan, jiao, fen = cents // 100, cents // 10 % 10, cents % 10

    def section(n: int) -> str:
        out, zero = "", False
        for power, unit in ((3, "仟"), (2, "佰"), (1, "拾"), (0, "")):
            d = n // 10**power % 10
            if d == 0:
                zero = bool(out)
            else:
                out += ("零" if zero else "") + _DIGITS[d] + unit
                zero = False
        return out

    high, low = divmod(yuan, 10000)
    words = (section(high) + "万" if high else "") + ("零" if high and 0 < low < 1000 else "")
    words += (section(low) or ("" if high else "零")) + "圆"
    if jiao:
        words += _DIGITS[jiao] + "角"
    if fen:
        words += ("零" if not jiao else "") + _DIGITS[fen] + "分"
    return words if jiao or fen else words + "整"


def make_letterhead(spec: LetterheadSpec, created: datetime) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with corpus.source_date_epoch(created):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
        c.setCreator("Fatturino Desk 3.1")
        regular, bold = corpus._rl_fontpair(spec)
        width, height = A4
        lab = corpus._labels(spec)
        date_label, due_label, tax_id = SHORT[spec.lang]
        right = width - 45
        y = height - 50
        c.setFont(bold, 13)
        c.drawString(45, y, spec.supplier)
        c.setFont(bold, 17)
        c.drawRightString(right, y, spec.title)
        c.setFont(regular, 9)
        due = spec.issued + timedelta(days=30)
        rows = [
            (", ".join(spec.supplier_address), f"{lab['no']}{spec.number}"),
            (f"{tax_id} · Tel. {spec.phone}", f"{date_label} {_date(spec, spec.issued)}"),
            (f"{spec.email} · {spec.website}", f"{due_label} {_date(spec, due)}" * bool(due_label)),
        ]
        for left, ref in rows:
            y -= 12
            c.drawString(45, y, left)
            c.drawRightString(right, y, ref)
        y -= 30
        c.setFont(bold, 9)
        c.drawString(45, y, lab["buyer"])
        c.setFont(regular, 9)
        for text in [spec.buyer, *spec.buyer_address]:
            y -= 12
            c.drawString(45, y, text)
        y -= 28
        cols = (45, 230, 315, 410, right)
        c.setFont(bold, 9)
        c.drawString(cols[0], y, lab["desc"])
        c.drawString(cols[1], y, lab["model"])
        c.drawRightString(cols[2] + 30, y, lab["qty"])
        c.drawRightString(cols[3] + 30, y, lab["unit"])
        c.drawRightString(cols[4], y, lab["amount"])
        c.line(45, y - 4, right, y - 4)
        c.setFont(regular, 9)
        for desc, code, qty, price in spec.items:
            y -= 15
            c.drawString(cols[0], y, desc)
            c.drawString(cols[1], y, code)
            c.drawRightString(cols[2] + 30, y, str(qty))
            c.drawRightString(cols[3] + 30, y, corpus._money(price, spec))
            c.drawRightString(cols[4], y, corpus._money(round(qty * price, 2), spec))
        c.line(45, y - 6, right, y - 6)
        y -= 22
        if spec.lang == "zh":
            c.drawString(cols[0], y, "合 计")
            c.drawRightString(cols[3] + 30, y, _money(spec, spec.subtotal))
            c.drawRightString(cols[4], y, _money(spec, spec.tax))
            y -= 16
            c.drawString(cols[0], y, "价税合计（大写）")
            c.drawString(150, y, f"ⓧ {amount_in_words(spec.total)}")
            c.drawString(cols[2], y, f"（小写）{_money(spec, spec.total)}")
        else:
            label_x = cols[3] + 10
            c.drawRightString(label_x, y, lab["subtotal"])
            c.drawRightString(cols[4], y, _money(spec, spec.subtotal))
            tax_word = lab["tax"].split(" ")[0] if spec.lang != "ja" else "消費税"
            for rate, base in spec.bases():
                y -= 13
                shown = f"{rate * 100:g}".replace(".", "," if spec.lang != "ja" else ".")
                c.drawRightString(label_x, y, f"{tax_word} {shown}% ({corpus._money(base, spec)})")
                c.drawRightString(cols[4], y, _money(spec, spec.tax_of(rate, base)))
            y -= 16
            c.setFont(bold, 10)
            c.drawRightString(label_x, y, lab["total"])
            c.drawRightString(cols[4], y, _money(spec, spec.total))
        c.setFont(regular, 8)
        c.drawString(45, 60, lab.get("bank", "Bank: Bank of China, SWIFT BKCHCNBJ45A"))
        c.showPage()
        c.save()
        return buf.getvalue()


def make(spec: Any, created: datetime) -> bytes:
    """The PDF of a plain spec (its second rate added): for `invoice_corpus.make`."""
    return make_letterhead(letterhead_spec(spec), created)
