"""Indian GST tax invoices as an Indian seller's back office prints them, my own words and
numbers: Tally-, Busy-, Vyapar- and Zoho-like pages and a small printer's template, with CGST +
SGST (intra-state) or IGST (inter-state), HSN/SAC codes, an HSN/SAC-wise tax summary under the
items (it repeats the sums), Round Off lines, quantity totals ("12 Nos"), amounts in words, lakh
grouping, taxed freight, discounts, "Less: TDS", and a Bill of Supply without tax.

`Gst` holds the numbers; `html(spec, style)` the page (WeasyPrint or Chromium prints it),
`reportlab_pdf` and `fpdf_pdf` the printer's templates, `scan` a degraded picture of any PDF.
`spec.off` puts a real error on the page (a line amount, the SGST, the total) for the tests
that errors are still found."""

from __future__ import annotations

import io
import math
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from support.invoice_langs import money

_ONES = [
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Thirteen",
    "Fourteen",
    "Fifteen",
    "Sixteen",
    "Seventeen",
    "Eighteen",
    "Nineteen",
]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def lakh(value: float) -> str:
    """1,23,456.00: the last three digits, then pairs."""
    return ("-" if value < 0 else "") + money(abs(value), "in", style=1)


def _words_below_1000(n: int) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{_ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        parts.append(_TENS[n // 10] + (f" {_ONES[n % 10]}" if n % 10 else ""))
    elif n:
        parts.append(_ONES[n])
    return " ".join(parts)


def words(value: float) -> str:
    """ "Indian Rupees One Lakh Twenty Three Thousand ... Only"."""
    rupees = int(value)
    paise = round((value - rupees) * 100)
    parts = []
    for name, size in (("Crore", 10_000_000), ("Lakh", 100_000), ("Thousand", 1000)):
        if rupees >= size:
            parts.append(f"{_words_below_1000(rupees // size)} {name}")
            rupees %= size
    if rupees:
        parts.append(_words_below_1000(rupees))
    text = "Indian Rupees " + " ".join(parts)
    if paise:
        text += f" and {_words_below_1000(paise)} Paise"
    return text + " Only"


@dataclass
class Line:
    text: str
    hsn: str
    qty: float
    unit: str
    rate: float
    gst: float  # the whole rate: 18 is CGST 9 + SGST 9, or IGST 18
    disc: float = 0.0  # percent off the line

    @property
    def taxable(self) -> float:
        return round(self.qty * self.rate * (1 - self.disc / 100), 2)


@dataclass
class Gst:
    lines: list[Line]
    inter_state: bool = False
    freight: float = 0.0  # taxed at the highest rate of the lines
    packing: float = 0.0
    discount: float = 0.0  # an amount off the taxable value, before tax
    tds: float = 0.0  # "Less: TDS" kept back by the buyer, after the total
    bill_of_supply: bool = False  # no tax at all (a composition dealer)
    number: str = "GT/25-26/0417"
    date: str = "14-08-2025"
    # a real error: ("line", index, amount), ("sgst", amount), ("total", amount)
    off: tuple = field(default_factory=tuple)

    @property
    def charges(self) -> list[tuple[str, float]]:
        return [(n, v) for n, v in (("Freight Charges", self.freight), ("Packing Charges",
                self.packing)) if v]  # fmt: skip

    @property
    def charge_rate(self) -> float:
        return max(line.gst for line in self.lines)

    def line_amount(self, i: int) -> float:
        if self.off and self.off[0] == "line" and self.off[1] == i:
            return self.off[2]
        return self.lines[i].taxable

    @property
    def goods(self) -> float:
        return round(sum(line.taxable for line in self.lines), 2)

    @property
    def taxable(self) -> float:
        goods = sum(line.taxable for line in self.lines)
        return round(goods + sum(v for _, v in self.charges) - self.discount, 2)

    def by_rate(self) -> dict[str, tuple[float, float]]:
        """HSN (or "charges") -> (taxable, whole rate), the discount off the first line's."""
        out: dict[str, tuple[float, float]] = {}
        for n, line in enumerate(self.lines):
            base = line.taxable - (self.discount if n == 0 else 0)
            old = out.get(line.hsn, (0.0, line.gst))
            out[line.hsn] = (round(old[0] + base, 2), line.gst)
        for _, v in self.charges:
            old = out.get("996511", (0.0, self.charge_rate))
            out["996511"] = (round(old[0] + v, 2), self.charge_rate)
        return out

    def taxes(self) -> dict[float, tuple[float, float]]:
        """whole rate -> (half tax, half tax) or (igst, 0)."""
        if self.bill_of_supply:
            return {}
        out: dict[float, tuple[float, float]] = {}
        for base, rate in self.by_rate().values():
            a, b = out.get(rate, (0.0, 0.0))
            if self.inter_state:
                out[rate] = (round(a + base * rate / 100, 2), 0.0)
            else:
                half = base * rate / 200
                out[rate] = (round(a + half, 2), round(b + half, 2))
        out = {r: (round(a, 2), round(b, 2)) for r, (a, b) in out.items()}
        if self.off and self.off[0] == "sgst":
            r = next(iter(out))
            out[r] = (out[r][0], self.off[1])
        return out

    @property
    def tax(self) -> float:
        return round(sum(a + b for a, b in self.taxes().values()), 2)

    @property
    def exact(self) -> float:
        return round(self.taxable + self.tax, 2)

    @property
    def rounded(self) -> float:
        return float(math.floor(self.exact + 0.5))

    @property
    def round_off(self) -> float:
        return round(self.rounded - self.exact, 2)

    @property
    def total(self) -> float:
        if self.off and self.off[0] == "total":
            return self.off[1]
        return self.rounded

    @property
    def quantity(self) -> tuple[float, str]:
        return sum(line.qty for line in self.lines), self.lines[0].unit


def sample(kind: int = 0, **kw: object) -> Gst:
    """A few sets of goods: a textile wholesaler's, an electricals shop's, a spice packer's."""
    goods = [
        [
            Line("Cotton Kurta Printed (M)", "6204", 12, "Nos", 485.0, 5),
            Line("Rayon Dupatta Bandhani", "6214", 20, "Nos", 315.5, 5),
            Line("Silk Saree Banarasi Zari", "5007", 3, "Nos", 6850.0, 5),
        ],
        [
            Line("LED Batten 20W Cool White", "9405", 40, "Pcs", 189.0, 18),
            Line("Modular Switch 6A (Pack)", "8536", 25, "Box", 412.75, 18),
            Line("Copper Wire 1.5 sq mm 90 m", "8544", 6, "Coil", 1745.0, 18, 2.5),
            Line("MCB Double Pole 32A", "8536", 10, "Pcs", 366.0, 18),
        ],
        [
            Line("Turmeric Powder 500 g", "0910", 96, "Pkt", 72.4, 5),
            Line("Garam Masala 100 g", "0910", 144, "Pkt", 58.0, 5),
            Line("Steel Storage Jar Set", "7323", 8, "Set", 1199.0, 12),
            Line("Packing Service", "998540", 1, "Job", 2500.0, 18),
        ],
    ][kind % 3]
    return Gst(lines=goods, **kw)  # type: ignore[arg-type]


_SELLER = (
    "<b>SHREE GANESH TRADERS</b><br>Shop No. 14, Kapad Bazar, Ring Road<br>Surat, Gujarat - "
    "395002<br>GSTIN/UIN: 24AAKFS4521M1Z8<br>State Name: Gujarat, Code: 24"
)
_BUYER_INTRA = (
    "<b>Buyer (Bill to)</b><br>Patel Retail Hub<br>Opp. Bus Stand, Station Road<br>Anand, "
    "Gujarat - 388001<br>GSTIN/UIN: 24AXBPP7714K1Z2<br>State Name: Gujarat, Code: 24"
)
_BUYER_INTER = (
    "<b>Buyer (Bill to)</b><br>Kulkarni Enterprises<br>Plot 22, MIDC Bhosari<br>Pune, "
    "Maharashtra - 411026<br>GSTIN/UIN: 27AAGCK9812Q1ZL<br>State Name: Maharashtra, Code: 27"
)

CSS = (
    "body{font-family:'DejaVu Sans',sans-serif;font-size:8pt;margin:1cm}"
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #444;padding:2px 4px;"
    "vertical-align:top}th{font-size:7.5pt}.n{text-align:right}.c{text-align:center}"
    ".nb td{border:none}"
)


def _tax_lines(spec: Gst, style: str) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    for rate, (a, b) in spec.taxes().items():
        half = f"{rate / 2:g}" if style != "busy" else f"{rate / 2:.2f}"
        whole = f"{rate:g}" if style != "busy" else f"{rate:.2f}"
        if spec.inter_state:
            out.append((f"IGST @ {whole}%" if style != "zoho" else f"IGST{rate:g} ({rate:g}%)", a))
        elif style == "zoho":
            out += [(f"CGST{half} ({half}%)", a), (f"SGST{half} ({half}%)", b)]
        elif style == "busy":
            out += [(f"Add : CGST @ {half}%", a), (f"Add : SGST @ {half}%", b)]
        else:
            out += [(f"CGST @ {half}%", a), (f"SGST @ {half}%", b)]
    return out


def _hsn_summary(spec: Gst) -> str:
    """The HSN/SAC-wise table under the items: it repeats the taxable value and the taxes."""
    if spec.bill_of_supply:
        return ""
    if spec.inter_state:
        head = (
            "<tr><th rowspan=2>HSN/SAC</th><th rowspan=2>Taxable Value</th>"
            "<th colspan=2>Integrated Tax</th><th rowspan=2>Total Tax Amount</th></tr>"
            "<tr><th>Rate</th><th>Amount</th></tr>"
        )
    else:
        head = (
            "<tr><th rowspan=2>HSN/SAC</th><th rowspan=2>Taxable Value</th>"
            "<th colspan=2>Central Tax</th><th colspan=2>State Tax</th>"
            "<th rowspan=2>Total Tax Amount</th></tr>"
            "<tr><th>Rate</th><th>Amount</th><th>Rate</th><th>Amount</th></tr>"
        )
    rows, sums = "", [0.0, 0.0, 0.0]
    for hsn, (base, rate) in spec.by_rate().items():
        if spec.inter_state:
            tax = round(base * rate / 100, 2)
            cells = f"<td class=c>{rate:g}%</td><td class=n>{lakh(tax)}</td>"
            sums[1] += tax
        else:
            half = round(base * rate / 200, 2)
            cells = (
                f"<td class=c>{rate / 2:g}%</td><td class=n>{lakh(half)}</td>"
                f"<td class=c>{rate / 2:g}%</td><td class=n>{lakh(half)}</td>"
            )
            sums[1] += half
            sums[2] += half
            tax = round(2 * half, 2)
        sums[0] += base
        rows += (
            f"<tr><td>{hsn}</td><td class=n>{lakh(base)}</td>{cells}"
            f"<td class=n>{lakh(tax)}</td></tr>"
        )
    if spec.inter_state:
        tail = f"<td></td><td class=n><b>{lakh(sums[1])}</b></td>"
    else:
        tail = (
            f"<td></td><td class=n><b>{lakh(sums[1])}</b></td><td></td>"
            f"<td class=n><b>{lakh(sums[2])}</b></td>"
        )
    rows += (
        f"<tr><td class=n><b>Total</b></td><td class=n><b>{lakh(sums[0])}</b></td>{tail}"
        f"<td class=n><b>{lakh(sums[1] + sums[2])}</b></td></tr>"
    )
    return (
        f"<table style='margin-top:6px'>{head}{rows}</table>"
        f"<p>Tax Amount (in words) : {words(sums[1] + sums[2])}</p>"
    )


def html(spec: Gst, style: str = "tally") -> str:
    """The page as `style` lays it out: tally, busy, vyapar, zoho or ledger."""
    title = "BILL OF SUPPLY" if spec.bill_of_supply else "TAX INVOICE"
    buyer = _BUYER_INTER if spec.inter_state else _BUYER_INTRA
    head = (
        f"<h3 style='text-align:center'>{title}</h3><table><tr><td rowspan=2>{_SELLER}</td>"
        f"<td>Invoice No.<br><b>{spec.number}</b></td><td>Dated<br><b>{spec.date}</b></td></tr>"
        "<tr><td>Mode/Terms of Payment<br>30 Days</td><td>Place of Supply<br>"
        f"{'Maharashtra (27)' if spec.inter_state else 'Gujarat (24)'}</td></tr>"
        f"<tr><td colspan=3>{buyer}</td></tr></table>"
    )
    makers = {"tally": _tally, "busy": _busy, "vyapar": _vyapar, "zoho": _zoho, "ledger": _ledger}
    body = makers[style](spec)
    foot = (
        "<p>Declaration: We declare that this invoice shows the actual price of the goods "
        "described and that all particulars are true and correct.</p>"
        "<p style='text-align:right'>for SHREE GANESH TRADERS<br><br>Authorised Signatory</p>"
        "<p style='text-align:center;font-size:7pt'>This is a Computer Generated Invoice</p>"
    )
    page = f"{head}{body}{foot}"
    return f"<html><head><meta charset=utf-8><style>{CSS}</style></head><body>{page}</body></html>"


def _tally(spec: Gst) -> str:
    rows = ""
    for n, line in enumerate(spec.lines):
        rows += (
            f"<tr><td>{n + 1}</td><td><b>{line.text}</b></td><td>{line.hsn}</td>"
            f"<td class=n><b>{line.qty:g} {line.unit}</b></td><td class=n>{lakh(line.rate)}</td>"
            f"<td>{line.unit}</td><td class=n>{line.disc:g} %</td>"
            f"<td class=n><b>{lakh(spec.line_amount(n))}</b></td></tr>"
            if line.disc
            else f"<tr><td>{n + 1}</td><td><b>{line.text}</b></td><td>{line.hsn}</td>"
            f"<td class=n><b>{line.qty:g} {line.unit}</b></td><td class=n>{lakh(line.rate)}</td>"
            f"<td>{line.unit}</td><td></td><td class=n><b>{lakh(spec.line_amount(n))}</b></td></tr>"
        )
    extra: list[tuple[str, float]] = list(spec.charges)
    if spec.discount:
        extra.append(("Less : Discount", -spec.discount))
    extra += _tax_lines(spec, "tally")
    if spec.round_off and not spec.off:
        extra.append(("Round Off", spec.round_off))
    for label, value in extra:
        rows += (
            f"<tr><td></td><td class=n><b><i>{label}</i></b></td><td></td><td></td><td></td>"
            f"<td></td><td></td><td class=n><b>{lakh(value)}</b></td></tr>"
        )
    qty, unit = spec.quantity
    rows += (
        f"<tr><td></td><td class=n>Total</td><td></td><td class=n><b>{qty:g} {unit}</b></td>"
        f"<td></td><td></td><td></td><td class=n><b>₹ {lakh(spec.total)}</b></td></tr>"
    )
    table = (
        "<table style='margin-top:6px'><tr><th>Sl No.</th><th>Description of Goods</th>"
        "<th>HSN/SAC</th><th>Quantity</th><th>Rate</th><th>per</th><th>Disc. %</th>"
        f"<th>Amount</th></tr>{rows}</table>"
        f"<p>Amount Chargeable (in words) <span style='float:right'>E. &amp; O.E</span><br>"
        f"<b>{words(spec.total)}</b></p>"
    )
    after = ""
    if spec.tds:
        after = (
            f"<p>Less: TDS u/s 194Q @ 0.1% : {lakh(spec.tds)}<br>Net Amount Receivable : "
            f"{lakh(spec.total - spec.tds)}</p>"
        )
    return table + _hsn_summary(spec) + after


def signed(value: float) -> str:
    """A round-off as accounting programs print it, its sign always shown: "+0.25", "-0.19"."""
    return ("+" if value >= 0 else "-") + lakh(abs(value))


def _signed_sums(spec: Gst, sign: str) -> list[tuple[str, str]]:
    """The sums under the items one a line: the goods' taxable value, the charges, the
    discount, the taxes rate by rate, a signed round-off and the grand total."""
    sums: list[tuple[str, str]] = [("Taxable Value", lakh(spec.goods))]
    sums += [(name.replace("Freight Charges", "Cartage & Freight"), lakh(v))
             for name, v in spec.charges]  # fmt: skip
    if spec.discount:
        sums.append(("Less: Trade Discount", lakh(-spec.discount)))
    sums += [(label, lakh(v)) for label, v in _tax_lines(spec, "ledger")]
    if spec.round_off and not spec.off:
        sums.append(("Round Off", signed(spec.round_off)))
    sums.append(("Grand Total", f"{sign} {lakh(spec.total)}"))
    return sums


def _ledger(spec: Gst) -> str:
    """A ledger program's page: "Qty | Unit | Rate | Disc % | Amount" (the unit of measure its
    own column, the discount a bare number); under the items the sums one a line, the taxes
    rate by rate, a signed round-off ("+0.35"), the grand total; under the total, the
    rate-wise summary's "HSN/SAC | Taxable Value | Rate | Tax Amount", a row for each code,
    with no total row."""
    rows = ""
    for n, line in enumerate(spec.lines):
        rows += (
            f"<tr><td>{n + 1}</td><td>{line.text}</td><td>{line.hsn}</td>"
            f"<td class=n>{line.qty:g}</td><td>{line.unit}</td><td class=n>{lakh(line.rate)}</td>"
            f"<td class=n>{f'{line.disc:g}' if line.disc else ''}</td>"
            f"<td class=n>{lakh(spec.line_amount(n))}</td></tr>"
        )
    right = "".join(
        f"<tr><td class=n>{k}</td><td class=n>{v}</td></tr>" for k, v in _signed_sums(spec, "₹")
    )
    summary = "".join(
        f"<tr><td>{hsn}</td><td class=n>{lakh(base)}</td><td class=c>{rate:g}%</td>"
        f"<td class=n>{lakh(round(base * rate / 100, 2))}</td></tr>"
        for hsn, (base, rate) in spec.by_rate().items()
    )
    return (
        "<table style='margin-top:6px'><tr><th>Sr.</th><th>Particulars</th><th>HSN/SAC</th>"
        f"<th>Qty</th><th>Unit</th><th>Rate</th><th>Disc %</th><th>Amount</th></tr>{rows}"
        f"</table><table class=nb style='width:55%;margin-left:45%'>{right}</table>"
        f"<p>Amount Chargeable (in words)<br>{words(spec.total)}</p>"
        + (
            ""
            if spec.bill_of_supply
            else "<table class=nb><tr><th>HSN/SAC</th><th>Taxable Value</th><th>Rate</th>"
            f"<th>Tax Amount</th></tr>{summary}</table>"
        )
    )


def _busy(spec: Gst) -> str:
    rows = ""
    for n, line in enumerate(spec.lines):
        rows += (
            f"<tr><td>{n + 1}.</td><td>{line.text}</td><td>{line.hsn}</td>"
            f"<td class=n>{line.qty:.2f}</td><td>{line.unit}</td><td class=n>{lakh(line.rate)}</td>"
            f"<td class=n>{line.gst:.2f}%</td><td class=n>{lakh(spec.line_amount(n))}</td></tr>"
        )
    qty, _unit = spec.quantity
    rows += (
        f"<tr><td></td><td><b>Total</b></td><td></td><td class=n><b>{qty:.2f}</b></td><td></td>"
        f"<td></td><td></td><td class=n><b>{lakh(spec.goods)}</b></td></tr>"
    )
    sums: list[tuple[str, float]] = [(f"{n}", v) for n, v in spec.charges]
    if spec.discount:
        sums.append(("Less : Discount", -spec.discount))
    if not spec.bill_of_supply:
        sums.append(("Taxable Amount", spec.taxable))
    sums += _tax_lines(spec, "busy")
    if spec.round_off and not spec.off:
        sums.append(("Rounded Off (+/-)", spec.round_off))
    sums.append(("Grand Total", spec.total))
    right = "".join(
        f"<tr><td>{label}</td><td class=n>{'Rs. ' if label == 'Grand Total' else ''}"
        f"{lakh(value)}</td></tr>"
        for label, value in sums
    )
    return (
        "<table style='margin-top:6px'><tr><th>S.N.</th><th>Description of Goods</th>"
        "<th>HSN/SAC Code</th><th>Qty.</th><th>Unit</th><th>Price</th><th>GST %</th>"
        f"<th>Amount(Rs.)</th></tr>{rows}</table>"
        f"<table style='width:50%;margin-left:50%;margin-top:4px'>{right}</table>"
        f"<p>Rs. {words(spec.total)[len('Indian Rupees ') :]}</p>" + _hsn_summary(spec)
    )


def _vyapar(spec: Gst) -> str:
    """Each row's amount is with its GST; the tax column prints the amount and the rate."""
    rows, gross_sum = "", 0.0
    for n, line in enumerate(spec.lines):
        base = spec.line_amount(n)
        tax = round(base * line.gst / 100, 2) if not spec.bill_of_supply else 0.0
        gross = round(base + tax, 2)
        gross_sum += gross
        rows += (
            f"<tr><td>{n + 1}</td><td>{line.text}</td><td>{line.hsn}</td><td class=n>{line.qty:g}"
            f"</td><td>{line.unit}</td><td class=n>₹ {lakh(line.rate)}</td>"
            f"<td class=n>₹ {lakh(tax)} ({line.gst:g}%)</td><td class=n>₹ {lakh(gross)}</td></tr>"
        )
    qty, _unit = spec.quantity
    tax_sum = round(gross_sum - sum(spec.line_amount(i) for i in range(len(spec.lines))), 2)
    rows += (
        f"<tr><td></td><td><b>Total</b></td><td></td><td class=n><b>{qty:g}</b></td><td></td>"
        f"<td></td><td class=n><b>₹ {lakh(tax_sum)}</b></td><td class=n><b>₹ {lakh(gross_sum)}"
        "</b></td></tr>"
    )
    sums = [("Sub Total", gross_sum)] + [(n, round(v * (1 + spec.charge_rate / 100), 2))
                                        for n, v in spec.charges]  # fmt: skip
    total = round(sum(v for _, v in sums), 2)
    rounded = float(math.floor(total + 0.5))
    if rounded != total:
        sums.append(("Round off", round(rounded - total, 2)))
    sums += [("Total", rounded), ("Received", 0.0), ("Balance", rounded)]
    right = "".join(f"<tr><td>{k}</td><td class=n>₹ {lakh(v)}</td></tr>" for k, v in sums)
    return (
        "<table style='margin-top:6px'><tr><th>#</th><th>Item name</th><th>HSN/ SAC</th>"
        "<th>Quantity</th><th>Unit</th><th>Price/ Unit</th><th>GST</th><th>Amount</th></tr>"
        f"{rows}</table><table style='width:50%;margin-left:50%;margin-top:4px'>{right}</table>"
        f"<p>Invoice Amount In Words<br>{words(rounded)}</p>" + _hsn_summary(spec)
    )


def _zoho(spec: Gst) -> str:
    """Per-line CGST/SGST (or IGST) columns, the amount the taxable value."""
    rows = ""
    cols = ["IGST"] if spec.inter_state else ["CGST", "SGST"]
    for n, line in enumerate(spec.lines):
        base = line.taxable
        rate = line.gst if spec.inter_state else line.gst / 2
        tax = round(base * rate / 100, 2)
        cells = "".join(f"<td class=n>{rate:g}%</td><td class=n>{lakh(tax)}</td>" for _ in cols)
        rows += (
            f"<tr><td>{n + 1}</td><td>{line.text}<br><small>HSN/SAC: {line.hsn}</small></td>"
            f"<td class=n>{line.qty:.2f}<br>{line.unit}</td><td class=n>{lakh(line.rate)}</td>"
            f"{cells}<td class=n>{lakh(spec.line_amount(n))}</td></tr>"
        )
    heads = "".join(f"<th>{c} %</th><th>{c} Amt</th>" for c in cols)
    sums: list[tuple[str, float]] = [("Sub Total", sum(line.taxable for line in spec.lines))]
    sums += list(spec.charges)
    if spec.discount:
        sums.append(("Discount", -spec.discount))
    sums += _tax_lines(spec, "zoho")
    if spec.round_off and not spec.off:
        sums.append(("Rounding", spec.round_off))
    sums.append(("Total", spec.total))
    if spec.tds:
        sums += [("TDS", -spec.tds), ("Balance Due", spec.total - spec.tds)]
    right = "".join(
        f"<tr><td class=n>{k}</td><td class=n>{'₹' if k == 'Total' else ''}{lakh(v)}</td></tr>"
        for k, v in sums
    )
    return (
        "<table style='margin-top:6px'><tr><th>#</th><th>Item &amp; Description</th><th>Qty</th>"
        f"<th>Rate</th>{heads}<th>Amount</th></tr>{rows}</table>"
        f"<table class=nb style='width:50%;margin-left:50%;margin-top:4px'>{right}</table>"
        f"<p>Total In Words<br><i>{words(spec.total)}</i></p>"
    )


def weasy(spec: Gst, style: str = "tally") -> bytes:
    import weasyprint

    return weasyprint.HTML(string=html(spec, style)).write_pdf()


def chromium(spec: Gst, style: str = "busy") -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "inv.html", Path(tmp) / "inv.pdf"
        src.write_text(html(spec, style), encoding="utf-8")
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--print-to-pdf={out}", src.as_uri()],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return out.read_bytes()


def _printer_rows(spec: Gst) -> tuple[list[str], list[list[str]], list[tuple[str, float]]]:
    """A printer's template: taxable value, then per-line CGST/SGST columns and the line's
    total; under it "Total Amount Before Tax", "Add: CGST", ... "Total Amount After Tax"."""
    head = ["Sr", "Particulars", "HSN", "Qty", "Rate", "Taxable"]
    head += ["IGST %", "IGST Amt"] if spec.inter_state else ["CGST %", "CGST", "SGST %", "SGST"]
    head.append("Total")
    rows = []
    for n, line in enumerate(spec.lines):
        base = spec.line_amount(n)
        if spec.inter_state:
            tax = round(base * line.gst / 100, 2)
            cells = [f"{line.gst:g}%", lakh(tax)]
        else:
            half = round(base * line.gst / 200, 2)
            tax = 2 * half
            cells = [f"{line.gst / 2:g}%", lakh(half), f"{line.gst / 2:g}%", lakh(half)]
        rows.append([str(n + 1), line.text, line.hsn, f"{line.qty:g}", lakh(line.rate),
                     lakh(base), *cells, lakh(base + tax)])  # fmt: skip
    sums: list[tuple[str, float]] = [("Total Amount Before Tax", spec.taxable)]
    t = spec.taxes()
    if spec.inter_state:
        sums.append(("Add: IGST", sum(a for a, _ in t.values())))
    else:
        sums += [("Add: CGST", sum(a for a, _ in t.values())),
                 ("Add: SGST", sum(b for _, b in t.values()))]  # fmt: skip
    sums += [("Total Tax Amount", spec.tax), ("Total Amount After Tax", spec.exact)]
    if spec.round_off and not spec.off:
        sums.append(("Round Off", spec.round_off))
    sums.append(("Grand Total", spec.total))
    return head, rows, sums


def reportlab_pdf(spec: Gst) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    w, h = A4
    y = h - 50
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(w / 2, y, "TAX INVOICE")
    c.setFont("Helvetica", 8)
    head_lines = (
        "MAHALAXMI PRINTERS & STATIONERS",
        "12 Gandhi Chowk, Nagpur 440002",
        "GSTIN: 27ABCPM3345F1Z9   State: Maharashtra (27)",
        f"Invoice No: {spec.number}    Date: {spec.date}",
        "Bill To: Deshmukh Agencies, Sitabuldi, Nagpur  GSTIN: 27AADFD2231H1ZP",
    )
    for text in head_lines:
        y -= 13
        c.drawString(40, y, text)
    head, rows, sums = _printer_rows(spec)
    xs = [40, 58, 170, 215, 250, 295] + ([330, 370] if spec.inter_state else [330, 365, 400, 435])
    xs.append(500)
    y -= 24
    c.setFont("Helvetica-Bold", 7)
    for x, text in zip(xs, head, strict=True):
        c.drawString(x, y, text)
    c.line(40, y - 3, w - 30, y - 3)
    c.setFont("Helvetica", 7)
    for row in rows:
        y -= 13
        for i, (x, text) in enumerate(zip(xs, row, strict=True)):
            if i in (1, 2):
                c.drawString(x, y, text[:26])
            else:
                c.drawRightString(x + 36 if i > 2 else x + 10, y, text)
    c.line(40, y - 4, w - 30, y - 4)
    y -= 10
    c.setFont("Helvetica", 8)
    for label, value in sums:
        y -= 13
        c.drawString(360, y, label)
        c.drawRightString(w - 35, y, lakh(value))
    y -= 20
    c.drawString(40, y, "Rupees in words: " + words(spec.total)[len("Indian Rupees ") :])
    y -= 30
    c.drawRightString(w - 35, y, "For MAHALAXMI PRINTERS & STATIONERS")
    c.save()
    return buf.getvalue()


def reportlab_clipped(spec: Gst) -> bytes:
    """A small printer's template drawn cell by cell: the description cut to fit its column,
    the HSN/SAC header drawn against the description's ("Description of ItemsHSN/SAC"),
    headers left-aligned over right-aligned numbers, "Qty | Unit | Rate | Amount" with the unit
    of measure a column of words, then the sums and a signed round-off. No discount column:
    lines with a discount are not for this template."""
    assert not any(line.disc for line in spec.lines)
    from reportlab.lib.pagesizes import A5
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A5)
    w, h = A5
    y = h - 40
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(w / 2, y, "TAX INVOICE")
    c.setFont("Helvetica", 7)
    head = (
        "SHRI BALAJI OFFSET & LABELS, 7 Johari Bazar, Udaipur 313001",
        "GSTIN: 08AAKPB7781C1Z4",
        f"Bill No. : {spec.number}    Date : {spec.date}",
        "M/s. Rathore Garments, Hiran Magri, Udaipur  GSTIN: 08ABNFR4417D1ZQ",
    )
    for text in head:
        y -= 11
        c.drawString(28, y, text)
    y -= 20
    c.setFont("Helvetica-Bold", 7)
    desc_head = "Description of Items"
    hsn_x = 56 + stringWidth(desc_head, "Helvetica-Bold", 7)
    for x, text in ((28, "S.No"), (56, desc_head), (hsn_x, "HSN/SAC"), (190, "Qty"),
                    (230, "Unit"), (264, "Rate"), (322, "Amount")):  # fmt: skip
        c.drawString(x, y, text)
    c.setFont("Helvetica", 7)
    for n, line in enumerate(spec.lines):
        y -= 13
        c.drawString(28, y, str(n + 1))
        c.drawString(56, y, line.text[:17])
        c.drawString(hsn_x, y, line.hsn)
        c.drawRightString(225, y, f"{line.qty:g}")
        c.drawString(230, y, line.unit)
        c.drawRightString(317, y, lakh(line.rate))
        c.drawRightString(389, y, lakh(spec.line_amount(n)))
    y -= 8
    for label, value in _signed_sums(spec, "Rs."):
        y -= 12
        c.drawRightString(320, y, label)
        c.drawRightString(389, y, value)
    y -= 18
    c.drawString(28, y, "Rupees " + words(spec.total)[len("Indian Rupees ") :])
    c.save()
    return buf.getvalue()


def fpdf_pdf(spec: Gst) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "TAX INVOICE", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=8)
    for text in ("Om Sai Computers, 5 Lamington Road, Mumbai 400007",
                 "GSTIN: 27AAQPS1123B1ZK", f"Invoice No. {spec.number}  Date {spec.date}",
                 "Billed to: Joshi Infotech, Thane  GSTIN: 27AAJCJ4410L1Z3"):  # fmt: skip
        pdf.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    head, rows, sums = _printer_rows(spec)
    widths = [7, 42, 13, 9, 16, 19] + ([12, 17] if spec.inter_state else [11, 15, 11, 15]) + [20]
    pdf.set_font("Helvetica", "B", 7)
    for wd, text in zip(widths, head, strict=True):
        pdf.cell(wd, 6, text, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", size=7)
    for row in rows:
        for i, (wd, text) in enumerate(zip(widths, row, strict=True)):
            pdf.cell(wd, 6, text[:24], border=1, align="L" if i in (1, 2) else "R")
        pdf.ln()
    pdf.ln(2)
    for label, value in sums:
        pdf.cell(120)
        pdf.cell(40, 5, label)
        pdf.cell(25, 5, lakh(value), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, words(spec.total), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan(pdf: bytes, seed: int = 0, dpi: int = 200) -> bytes:
    """The first page printed and scanned (grey, slightly tilted, noisy, JPEG) as a PNG file."""
    import numpy as np
    from PIL import Image, ImageFilter

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", "-f", "1", "-l", "1",
                        str(src), str(Path(tmp) / "p")], check=True)  # fmt: skip
        page = Image.open(next(Path(tmp).glob("p*.png"))).convert("L")
    rng = np.random.default_rng(seed)
    page = page.rotate(float(rng.uniform(-1.2, 1.2)), resample=Image.BICUBIC, expand=True,
                       fillcolor=235).filter(ImageFilter.GaussianBlur(0.6))  # fmt: skip
    arr = np.asarray(page, dtype=np.float32) * 0.92 + 12
    arr += rng.normal(0, 7, arr.shape)
    jpeg = io.BytesIO()
    Image.fromarray(np.clip(arr, 0, 255).astype("uint8")).save(jpeg, format="JPEG", quality=70)
    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg.getvalue())).save(out, format="PNG")
    return out.getvalue()
