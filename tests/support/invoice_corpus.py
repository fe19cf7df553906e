"""A generator of test invoices: genuine ones from real producers, altered copies by real edits.

Every invoice here is made up by this module (names, addresses, items). Producers: reportlab,
weasyprint, LibreOffice (headless, if installed), Chromium's print to PDF (Debian's chromium,
through playwright or `--print-to-pdf`, if installed), and scans (a rendered page rasterised with
noise, saved as JPEG, PNG or an image-only PDF). Edits: a pypdf incremental content edit, a
pikepdf content edit with a full re-save, a white box with new text on top (full re-save or
incremental), metadata dates changed (pikepdf or pypdf), a pasted patch in a JPEG scan, a white
box with new text merged onto a scanned PDF (`scan_pdf_overlay`), and a re-issue (a file made
long after the date it carries).

    python tests/support/invoice_corpus.py OUTDIR   # writes the corpus and a manifest.json

Needs the generator extras: reportlab, weasyprint, pypdf, pikepdf, pypdfium2, Pillow, numpy;
optionally playwright (never `playwright install`: it drives /usr/bin/chromium).
"""

from __future__ import annotations

import html
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from support.invoice_langs import LANGS
from support.invoice_langs import date_text as lang_date
from support.invoice_langs import money as lang_money

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
LATIN_TTF = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def cjk_font_available() -> bool:
    """Whether Chinese text can be drawn here: the font file the generator embeds, and one
    fontconfig finds for browsers and office programs."""
    if not os.path.exists(CJK_FONT):
        return False
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh"], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return bool(out.stdout.strip())


PRODUCERS = (
    "reportlab",
    "weasyprint",
    "libreoffice",
    "chromium",
    "scan_jpeg",
    "scan_png",
    "scan_pdf",
)
# Chromium started the way tech-choices.md prescribes: no sandbox (root in CI), no GPU, and
# nothing that reaches the network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
EDITS = (
    "incremental_text",
    "pikepdf_resave",
    "overlay",
    "overlay_incremental",
    "metadata_pikepdf",
    "metadata_incremental",
    "image_paste",
    "reissue",
)


@dataclass
class Spec:
    """What an invoice says; every value is invented."""

    lang: str = "en"
    title: str = "INVOICE"
    supplier: str = "Harbourline Trading Co., Ltd."
    supplier_address: list[str] = field(
        default_factory=lambda: ["88 Jinshan Road, Building 3", "Shenzhen, Guangdong 518000, China"]
    )
    phone: str = "+86 755 2345 6789"
    email: str = "sales@harbourline-trading.com"
    website: str = "www.harbourline-trading.com"
    buyer: str = "Northfield Goods LLC"
    buyer_address: list[str] = field(
        default_factory=lambda: ["1200 Maple Avenue, Suite 4", "Columbus, OH 43215, USA"]
    )
    number: str = "INV-2026-0417"
    issued: date = date(2026, 3, 2)
    items: list[tuple[str, str, int, float]] = field(
        default_factory=lambda: [
            ("Stainless steel water bottle 750 ml", "HB-750S", 400, 3.85),
            ("Silicone bottle sleeve", "HB-SL02", 400, 0.62),
            ("Insulated lunch box", "HB-LB11", 150, 6.40),
        ]
    )
    currency: str = "USD"
    tax_rate: float = 0.0
    wrong_total: bool = False
    # A discount (percent) taken off the subtotal without a line of its own (I116's example)
    unprinted_discount: float = 0.0
    omit: tuple[str, ...] = ()
    software: str | None = None
    odd_digit_font: bool = False
    style: int = 0  # which of the language's date and number forms
    layout: int = 0  # 0 letterhead + buyer; 1 "Bill to / Ship to:" one block; 2 two columns

    @property
    def subtotal(self) -> float:
        lines = round(sum(round(q * p, 2) for _, _, q, p in self.items), 2)
        return round(lines * (1 - self.unprinted_discount / 100), 2)

    @property
    def tax(self) -> float:
        return round(self.subtotal * self.tax_rate, 2)

    @property
    def total(self) -> float:
        value = round(self.subtotal + self.tax, 2)
        return round(value + 100.0, 2) if self.wrong_total else value


SUPPLIERS_EN = [
    (
        "Harbourline Trading Co., Ltd.",
        ["88 Jinshan Road, Building 3", "Shenzhen, Guangdong 518000, China"],
        "+86 755 2345 6789",
        "sales@harbourline-trading.com",
        "www.harbourline-trading.com",
    ),
    (
        "Bluewater Housewares Ltd.",
        ["17 Riverside Industrial Park, Unit 9", "Ningbo, Zhejiang 315000, China"],
        "+86 574 8765 4321",
        "orders@bluewater-housewares.cn",
        "www.bluewater-housewares.cn",
    ),
    (
        "Kestrel Outdoor Supply Inc.",
        ["4410 Commerce Drive", "Reno, NV 89502, USA"],
        "+1 775 555 0142",
        "billing@kestreloutdoor.com",
        "www.kestreloutdoor.com",
    ),
]
BUYERS_EN = [
    ("Northfield Goods LLC", ["1200 Maple Avenue, Suite 4", "Columbus, OH 43215, USA"]),
    ("Lindenbrook Retail Ltd", ["5 Station Road", "Leeds LS1 4DY, United Kingdom"]),
]
ITEMS_EN = [
    ("Stainless steel water bottle 750 ml", "HB-750S"),
    ("Silicone bottle sleeve", "HB-SL02"),
    ("Insulated lunch box", "HB-LB11"),
    ("Bamboo cutting board", "BC-3020"),
    ("Camping lantern LED", "KL-220"),
    ("Folding stool", "FS-45A"),
    ("Kitchen scale digital", "KS-5KG"),
    ("Travel mug 350 ml", "TM-350"),
]
SUPPLIERS_ZH = [
    (
        "深圳市港湾贸易有限公司",
        ["深圳市南山区金山路88号3栋"],
        "0755-23456789",
        "sales@gangwan-trade.cn",
        "www.gangwan-trade.cn",
    ),
    (
        "宁波蓝水家居用品有限公司",
        ["宁波市鄞州区滨江工业园17号"],
        "0574-87654321",
        "orders@lanshui-home.cn",
        "www.lanshui-home.cn",
    ),
]
BUYERS_ZH = [("上海北原商贸有限公司", ["上海市浦东新区枫林路1200号4室"])]
ITEMS_ZH = [
    ("不锈钢保温水杯", "HB-750S"),
    ("硅胶杯套", "HB-SL02"),
    ("保温饭盒", "HB-LB11"),
    ("竹制砧板", "BC-3020"),
]


def random_spec(seed: int, *, lang: str = "en", issued: date | None = None) -> Spec:
    """A plausible invoice, different for each seed."""
    rng = random.Random(seed)
    if lang in LANGS:
        return _foreign_spec(rng, lang, issued, seed)
    if lang == "zh":
        name, addr, phone, email, web = rng.choice(SUPPLIERS_ZH)
        buyer, baddr = rng.choice(BUYERS_ZH)
        pool = ITEMS_ZH
        title, currency, tax = "增值税普通发票", "CNY", 0.13
    else:
        name, addr, phone, email, web = rng.choice(SUPPLIERS_EN)
        buyer, baddr = rng.choice(BUYERS_EN)
        pool = ITEMS_EN
        title, currency, tax = rng.choice(["INVOICE", "COMMERCIAL INVOICE", "Invoice"]), "USD", 0.0
    count = rng.randint(2, min(5, len(pool)))
    items = [
        (
            desc,
            code,
            rng.choice([50, 100, 120, 200, 240, 300, 400, 500]),
            round(rng.uniform(0.5, 25.0), 2),
        )
        for desc, code in rng.sample(pool, count)
    ]
    return Spec(
        lang=lang,
        title=title,
        supplier=name,
        supplier_address=list(addr),
        phone=phone,
        email=email,
        website=web,
        buyer=buyer,
        buyer_address=list(baddr),
        number=(
            f"{rng.randint(10**7, 10**8 - 1)}"
            if lang == "zh"
            else f"INV-2026-{rng.randint(100, 9999):04d}"
        ),
        issued=issued or date(2026, 3, 2),
        items=items,
        currency=currency,
        tax_rate=tax,
    )


def _foreign_spec(rng: random.Random, lang: str, issued: date | None, seed: int) -> Spec:
    conf: dict[str, Any] = LANGS[lang]  # type: ignore[assignment]
    name, addr, phone, email, web = conf["supplier"]
    buyer, baddr = conf["buyer"]
    pool = conf["items"]
    count = rng.randint(2, min(4, len(pool)))
    yen = bool(conf.get("yen"))
    items = [
        (
            desc,
            code,
            rng.choice([10, 24, 50, 100, 120, 200, 240, 500, 1000, 1200]),
            float(rng.randint(60, 3000)) if yen else round(rng.uniform(0.5, 25.0), 2),
        )
        for desc, code in rng.sample(pool, count)
    ]
    return Spec(
        lang=lang,
        title=rng.choice(conf["titles"]),
        supplier=name,
        supplier_address=list(addr),
        phone=phone,
        email=email,
        website=web,
        buyer=buyer,
        buyer_address=list(baddr),
        number=rng.choice(
            [
                f"RE-2026-{rng.randint(100, 9999)}",
                f"{rng.randint(2026000, 2026999)}",
                f"F2026/{rng.randint(10, 999):03d}",
                f"INV/26-27/{rng.randint(1, 999):04d}",
            ]
        ),
        issued=issued or date(2026, 3, 2),
        items=items,
        currency=str(conf["currency"]),
        tax_rate=float(conf["vat"]),
        style=(seed // 3) % 4,
        layout=seed % 3,
    )


def _money(value: float, spec: Spec) -> str:
    if spec.lang in LANGS:
        return lang_money(value, spec.lang, spec.style)
    return f"{value:,.2f}"


def _date_text(spec: Spec) -> str:
    d = spec.issued
    if spec.lang in LANGS:
        return lang_date(spec.lang, d, spec.style)
    return f"{d.year}年{d.month:02d}月{d.day:02d}日" if spec.lang == "zh" else d.isoformat()


def _labels(spec: Spec) -> dict[str, str]:
    if spec.lang in LANGS:
        conf: dict[str, Any] = LANGS[spec.lang]  # type: ignore[assignment]
        return {"seller": "", "name": "", "addr": "", **conf["labels"]}
    if spec.lang == "zh":
        return {
            "seller": "销售方",
            "buyer": "购买方",
            "name": "名称：",
            "addr": "地址：",
            "tel": "电话：",
            "email": "邮箱：",
            "web": "网址：",
            "no": "发票号码：",
            "date": "开票日期：",
            "desc": "货物或应税劳务名称",
            "model": "规格型号",
            "qty": "数量",
            "unit": "单价",
            "amount": "金额",
            "subtotal": "合计",
            "tax": "税额",
            "total": "价税合计",
        }
    return {
        "seller": "",
        "buyer": "Bill To:",
        "name": "",
        "addr": "",
        "tel": "Tel: ",
        "email": "Email: ",
        "web": "Web: ",
        "no": "Invoice No.: ",
        "date": "Invoice Date: ",
        "desc": "Description",
        "model": "Model",
        "qty": "Qty",
        "unit": "Unit Price",
        "amount": "Amount",
        "subtotal": "Subtotal",
        "tax": "Tax",
        "total": "Total",
    }


def _supplier_lines(spec: Spec) -> list[str]:
    lab = _labels(spec)
    lines = []
    if "supplier_name" not in spec.omit:
        lines.append(f"{lab['name']}{spec.supplier}")
    if "supplier_address" not in spec.omit:
        lines += [f"{lab['addr']}{a}" if i == 0 else a for i, a in enumerate(spec.supplier_address)]
    if "supplier_phone" not in spec.omit:
        lines.append(f"{lab['tel']}{spec.phone}")
    if "supplier_email" not in spec.omit:
        lines.append(f"{lab['email']}{spec.email}")
    if "supplier_website" not in spec.omit:
        lines.append(f"{lab['web']}{spec.website}")
    return lines


# --------------------------------------------------------------------------- producers


@contextmanager
def source_date_epoch(created: datetime) -> Iterator[None]:
    """reportlab and friends stamp SOURCE_DATE_EPOCH as the file's dates: set it for one file."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(int(created.timestamp()))
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


@cache
def _rl_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if os.path.exists(CJK_FONT):
        pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
        return "WQY", "WQY"
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    return "STSong-Light", "STSong-Light"


@cache
def _rl_latin() -> tuple[str, str]:
    """DejaVu for Polish, Indian and other text the 14 standard PDF fonts cannot show."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", LATIN_TTF))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", LATIN_TTF.replace("Sans.ttf", "Sans-Bold.ttf")))
    return "DejaVu", "DejaVu-Bold"


def _rl_fontpair(spec: Spec) -> tuple[str, str]:
    if spec.lang in ("zh", "ja"):
        return _rl_fonts()
    if spec.lang in ("pl", "in") or (spec.lang in LANGS and spec.style >= 2):
        return _rl_latin()
    return "Helvetica", "Helvetica-Bold"


def make_reportlab(spec: Spec, created: datetime, *, pages: int = 1) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    with source_date_epoch(created):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
        c.setCreator("Harbourline Billing 4.2" if spec.lang != "zh" else "开票系统 V3")
        c.setTitle(f"{spec.title} {spec.number}")
        if spec.software:
            c.setProducer(spec.software)
        regular, bold = _rl_fontpair(spec)
        width, height = A4
        lab = _labels(spec)
        y = height - 60
        c.setFont(bold, 18)
        c.drawRightString(width - 50, y, spec.title)
        c.setFont(regular, 10)
        c.drawRightString(width - 50, y - 20, f"{lab['no']}{spec.number}")
        if "date" not in spec.omit:
            c.drawRightString(width - 50, y - 34, f"{lab['date']}{_date_text(spec)}")
        if spec.lang in LANGS:
            c.drawRightString(width - 50, y - 48, lab["account"])
        if spec.lang == "zh":
            c.setFont(bold, 11)
            c.drawString(50, y, lab["buyer"])
            c.setFont(regular, 10)
            yy = y - 16
            for i, text in enumerate([spec.buyer, *spec.buyer_address]):
                c.drawString(
                    50, yy, (lab["name"] if i == 0 else lab["addr"] if i == 1 else "") + text
                )
                yy -= 14
            ys = yy - 10
            c.setFont(bold, 11)
            c.drawString(50, ys, lab["seller"])
            c.setFont(regular, 10)
            ys -= 16
            for text in _supplier_lines(spec):
                c.drawString(50, ys, text)
                ys -= 14
            y = ys - 20
        else:
            c.setFont(bold, 13)
            ys = y
            for i, text in enumerate(_supplier_lines(spec)):
                c.setFont(
                    bold if i == 0 and "supplier_name" not in spec.omit else regular,
                    13 if i == 0 and "supplier_name" not in spec.omit else 10,
                )
                c.drawString(50, ys, text)
                ys -= 16 if i == 0 else 13
            if spec.lang in LANGS and "tax_id" not in spec.omit:
                c.drawString(50, ys, lab["taxid"])
                ys -= 13
            ys -= 14
            ship = lab.get("ship", "Ship To:")
            c.setFont(bold, 10)
            if spec.layout == 1:  # one block for both: "Bill to / Ship to:"
                c.drawString(50, ys, f"{lab['buyer'].rstrip(': ：')} / {ship}")
            else:
                c.drawString(50, ys, lab["buyer"])
                if spec.layout == 2:
                    c.drawString(320, ys, ship)
            c.setFont(regular, 10)
            ys -= 14
            for text in [spec.buyer, *spec.buyer_address]:
                c.drawString(50, ys, text)
                if spec.layout == 2:
                    c.drawString(320, ys, text)
                ys -= 13
            y = ys - 24
        cols = [50, 250, 360, 430, 545]
        items = [] if "items" in spec.omit else list(spec.items)
        per_page = max(1, -(-len(items) // pages)) if items else 0
        for page_no in range(pages):
            chunk = items[page_no * per_page : (page_no + 1) * per_page] if items else []
            if page_no:
                c.showPage()
                y = height - 60
                c.setFont(regular, 9)
                c.drawString(50, y, f"{spec.supplier} - {lab['no']}{spec.number}")
                y -= 30
            y = _rl_table(c, spec, lab, chunk, cols, y, regular, bold)
        c.line(50, y + 8, 545, y + 8)
        y -= 8
        sub = f"{lab['subtotal']}"
        if spec.lang == "zh":
            c.drawString(cols[0], y, sub)
            c.drawRightString(cols[4] - 70, y, f"¥{_money(spec.subtotal, spec)}")
            c.drawRightString(cols[4], y, f"¥{_money(spec.tax, spec)}")
            y -= 16
            c.setFont(bold, 10)
            c.drawString(cols[0], y, f"{lab['total']}（小写）")
            c.drawRightString(cols[4], y, f"¥{_money(spec.total, spec)}")
        else:
            c.drawRightString(cols[3] + 50, y, f"{sub}:")
            c.drawRightString(cols[4], y, _money(spec.subtotal, spec))
            if spec.tax_rate:
                y -= 14
                c.drawRightString(
                    cols[3] + 50, y, f"{lab['tax'] if spec.lang in LANGS else 'Tax'}:"
                )
                c.drawRightString(cols[4], y, _money(spec.tax, spec))
            y -= 16
            c.setFont(bold, 10.5)
            total_label = lab["total"] if spec.lang in LANGS else "Total"
            c.drawRightString(cols[3] + 50, y, f"{total_label} ({spec.currency}):")
            c.drawRightString(cols[4], y, _money(spec.total, spec))
        c.setFont(regular, 8.5)
        if spec.lang in LANGS:
            c.drawString(50, 72, lab["terms"])
            c.drawString(50, 60, lab["bank"])
        else:
            c.drawString(
                50,
                60,
                "Payment terms: net 30 days. Goods delivered in full."
                if spec.lang == "en"
                else "备注：货物已全部交付，款项已结清。",
            )
        c.showPage()
        c.save()
        return buf.getvalue()


def _rl_table(
    c: Any,
    spec: Spec,
    lab: dict[str, str],
    items: list[tuple[str, str, int, float]],
    cols: list[int],
    y: float,
    regular: str,
    bold: str,
) -> float:
    c.setFont(bold, 9.5)
    c.drawString(cols[0], y, lab["desc"])
    c.drawString(cols[1], y, lab["model"])
    c.drawRightString(cols[2] + 30, y, lab["qty"])
    c.drawRightString(cols[3] + 50, y, lab["unit"])
    c.drawRightString(cols[4], y, lab["amount"])
    c.line(50, y - 4, 545, y - 4)
    c.setFont(regular, 9.5)
    y -= 18
    for desc, code, qty, price in items:
        n = spec.items.index((desc, code, qty, price))
        c.drawString(cols[0], y, desc)
        c.drawString(cols[1], y, code)
        c.drawRightString(cols[2] + 30, y, str(qty))
        c.drawRightString(cols[3] + 50, y, _money(price, spec))
        amount = _money(round(qty * price, 2), spec)
        if spec.odd_digit_font and n == 0:
            c.drawRightString(cols[4] - c.stringWidth(amount[-1], regular, 9.5), y, amount[:-1])
            c.setFont("Courier", 9.5)
            c.drawRightString(cols[4], y, amount[-1])
            c.setFont(regular, 9.5)
        else:
            c.drawRightString(cols[4], y, amount)
        y -= 15
    return y


def invoice_html(spec: Spec, created: datetime | None = None) -> str:
    lab = _labels(spec)
    e = html.escape
    meta = ""
    if created is not None:
        stamp = created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        meta = (
            f'<meta name="dcterms.created" content="{stamp}">'
            f'<meta name="dcterms.modified" content="{stamp}">'
        )
    rows = "".join(
        f"<tr><td>{e(d)}</td><td>{e(code)}</td><td class=n>{q}</td>"
        f"<td class=n>{_money(p, spec)}</td><td class=n>{_money(round(q * p, 2), spec)}</td></tr>"
        for d, code, q, p in spec.items
    )
    supplier = "<br>".join(e(t) for t in _supplier_lines(spec))
    buyer = "<br>".join(
        e((lab["name"] if i == 0 else lab["addr"] if i == 1 else "") + t)
        if spec.lang == "zh"
        else e(t)
        for i, t in enumerate([spec.buyer, *spec.buyer_address])
    )
    seller_head = f"<b>{e(lab['seller'])}</b><br>" if lab["seller"] else ""
    if spec.lang == "zh":
        totals = (
            f"<p>{lab['subtotal']} ¥{_money(spec.subtotal, spec)} ¥{_money(spec.tax, spec)}</p>"
            f"<p><b>{lab['total']}（小写） ¥{_money(spec.total, spec)}</b></p>"
        )
    else:
        foreign = spec.lang in LANGS
        tax_label = lab["tax"] if foreign else "Tax"
        total_label = lab["total"] if foreign else "Total"
        totals = f"<p class=r>{e(lab['subtotal'])}: {_money(spec.subtotal, spec)}</p>"
        if spec.tax_rate:
            totals += f"<p class=r>{e(tax_label)}: {_money(spec.tax, spec)}</p>"
        totals += (
            f"<p class=r><b>{e(total_label)} ({spec.currency}): {_money(spec.total, spec)}</b></p>"
        )
        if foreign:
            totals += f"<p>{e(lab['terms'])}</p><p>{e(lab['bank'])}</p>"
    font = (
        "WenQuanYi Micro Hei, DejaVu Sans"
        if spec.lang in ("zh", "ja")
        else "DejaVu Sans, sans-serif"
    )
    return f"""<!doctype html><html><head><meta charset="utf-8">
<title>{e(spec.title)} {e(spec.number)}</title>
{meta}
<style>@page {{ size: A4; margin: 18mm }} body {{ font-family: {font}; font-size: 10pt }}
h1 {{ text-align: right; font-size: 18pt; margin: 0 }} .meta {{ text-align: right }}
table {{ width: 100%; border-collapse: collapse; margin-top: 14pt }}
th {{ text-align: left; border-bottom: 1px solid #000 }} td.n, th.n {{ text-align: right }}
.r {{ text-align: right; margin: 2pt 0 }} .sup {{ margin-bottom: 14pt }}</style></head><body>
<h1>{e(spec.title)}</h1>
<p class=meta>{e(lab["no"])}{e(spec.number)}<br>{e(lab["date"])}{e(_date_text(spec))}</p>
<p class=sup>{seller_head}{supplier}</p>
<p><b>{e(lab["buyer"])}</b><br>{buyer}</p>
<table><thead><tr><th>{lab["desc"]}</th><th>{lab["model"]}</th><th class=n>{lab["qty"]}</th>
<th class=n>{lab["unit"]}</th><th class=n>{lab["amount"]}</th></tr></thead>
<tbody>{rows}</tbody></table>
{totals}
<p>{_footer(spec)}</p>
</body></html>"""


def _footer(spec: Spec) -> str:
    if spec.lang in LANGS:
        return ""
    return "Payment terms: net 30 days." if spec.lang == "en" else "备注：货物已全部交付。"


def make_weasyprint(spec: Spec, created: datetime, *, html_text: str | None = None) -> bytes:
    import logging

    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    return bytes(HTML(string=html_text or invoice_html(spec, created)).write_pdf())


# The stamp an invoicing template prints over its title with CSS `::after` (issue 20: such a
# file was called "not an invoice"), in the document's language.
TITLE_STAMPS = {
    "pl": "ORYGINAŁ",
    "it": "COPIA",
    "es": "COPIA",
    "de": "KOPIE",
    "nl": "KOPIE",
    "ja": "控え",
    "zh": "原件",
}


def make_title_stamped(spec: Spec, created: datetime, seed: int = 0) -> bytes:
    """The WeasyPrint invoice with a large, pale "ORIGINAL" (ORYGINAŁ, COPIA, KOPIE...) drawn by
    `h1::after` across its title, as HTML invoice templates do; `seed` varies where it lands."""
    word = TITLE_STAMPS.get(spec.lang, "ORIGINAL")
    shift = (0, 12, 30, 50)[seed % 4]
    css = (
        "h1 { position: relative } h1::after { content: '"
        + word
        + f"'; position: absolute; right: {shift}mm; top: -4pt; font-size: 26pt; "
        "color: rgba(180, 0, 0, .35); letter-spacing: 2pt; transform: rotate(-6deg) }"
    )
    page = invoice_html(spec, created).replace("</style>", css + "</style>", 1)
    return make_weasyprint(spec, created, html_text=page)


def libreoffice_available() -> bool:
    return shutil.which("soffice") is not None


def make_libreoffice_batch(specs: list[Spec]) -> list[bytes]:
    """Convert several invoices with one headless LibreOffice start (it takes seconds)."""
    with tempfile.TemporaryDirectory(prefix="reinstate-lo-") as tmp:
        paths = []
        for i, spec in enumerate(specs):
            path = Path(tmp) / f"inv{i}.html"
            path.write_text(invoice_html(spec), encoding="utf-8")
            paths.append(path)
        profile = Path(tmp) / "profile"
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--infilter=HTML (StarWriter)",
                "--convert-to",
                "pdf:writer_pdf_Export",
                "--outdir",
                tmp,
                *map(str, paths),
            ],
            capture_output=True,
            timeout=180,
            check=True,
        )
        return [(Path(tmp) / f"inv{i}.pdf").read_bytes() for i in range(len(specs))]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_available() -> bool:
    return chromium_path() is not None


def make_chromium_batch(specs: list[Spec]) -> list[bytes]:
    """Print several invoices to PDF with Chromium's own printing (Skia/PDF): one browser start.

    Uses playwright (driving the Debian chromium, never a downloaded browser) when installed,
    else `chromium --headless --print-to-pdf` once per file. Chromium stamps the current time.
    """
    exe = chromium_path()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return [_chromium_cli(exe, spec) for spec in specs]
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
        try:
            for spec in specs:
                page = browser.new_page()
                page.set_content(invoice_html(spec))
                out.append(bytes(page.pdf(format="A4", print_background=True)))
                page.close()
        finally:
            browser.close()
    return out


def _chromium_cli(
    exe: str, spec: Spec, *, html: str | None = None, header_footer: bool = False
) -> bytes:
    """Chromium's print to PDF of `spec`'s invoice (or of `html`), with or without the print
    header and footer Chromium adds by default."""
    with tempfile.TemporaryDirectory(prefix="reinstate-chromium-") as tmp:
        src, dst = Path(tmp) / "invoice.html", Path(tmp) / "invoice.pdf"
        src.write_text(invoice_html(spec) if html is None else html, encoding="utf-8")
        subprocess.run(
            [
                exe,
                "--headless",
                *CHROMIUM_ARGS,
                *([] if header_footer else ["--no-pdf-header-footer"]),
                f"--user-data-dir={Path(tmp) / 'profile'}",
                f"--print-to-pdf={dst}",
                src.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        return dst.read_bytes()


# How people print HTML invoices from a browser (issue 20, Chromium 6 of 16 genuine files of an
# outside writer flagged): the print header and footer left on (the date, title, address and
# page number, in a second subset of the body's font), a "PAID" or "ORIGINAL" watermark over the
# item table, the currency sign in a smaller grey span, cents raised, a shadow under the total,
# and for Chinese and Japanese a Latin font first with the CJK one as fallback ("￥" and digits
# in two fonts).
STYLED_CSS = (
    ".cur { font-size: 7pt; color: #666 } sup { font-size: 6.5pt } "
    ".wm { position: absolute; top: 95mm; left: 40mm; font-size: 70pt; color: rgba(200,0,0,.2);"
    " transform: rotate(-25deg) } .r b { text-shadow: 1px 1px 0 #bbb }"
)


def styled_invoice_html(spec: Spec) -> str:
    page = invoice_html(spec)
    sign = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "￥", "INR": "₹"}.get(
        spec.currency, ""
    )

    def cell(m: re.Match[str]) -> str:
        amount = m.group(1)
        if re.search(r"\.\d\d$", amount):  # raised cents where the decimal mark is a dot
            amount = f"{amount[:-3]}<sup>{amount[-3:]}</sup>"
        return f"<td class=n><span class=cur>{sign}</span>{amount}</td>"

    page = re.sub(r"<td class=n>(\d[\d.,\u00a0]*\d)</td>", cell, page)
    page = page.replace("</style>", STYLED_CSS + "</style>", 1)
    stamp = "ORIGINAL" if spec.lang not in ("zh", "ja") else TITLE_STAMPS[spec.lang]
    page = page.replace("</body>", f"<div class=wm>{stamp}</div></body>", 1)
    if spec.lang in ("zh", "ja"):
        page = page.replace("WenQuanYi Micro Hei, DejaVu Sans", "DejaVu Sans, WenQuanYi Micro Hei")
    return page


def make_chromium_styled_batch(specs: list[Spec]) -> list[bytes]:
    """Chromium's print to PDF of `styled_invoice_html`, with its print header and footer."""
    exe = chromium_path()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    return [
        _chromium_cli(exe, spec, html=styled_invoice_html(spec), header_footer=True)
        for spec in specs
    ]


def rasterise(pdf: bytes, *, dpi: int = 150, seed: int = 0) -> Any:
    """A page as a scanner would see it: grey paper, sensor noise, a slight blur."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72).to_pil().convert("L")
    finally:
        doc.close()
    image = image.filter(ImageFilter.GaussianBlur(0.6))
    rng = np.random.default_rng(seed)
    arr = np.asarray(image, dtype=np.float32) * 0.93 + 8
    arr += rng.normal(0, 5.0, arr.shape)
    return Image.fromarray(np.clip(arr, 0, 255).astype("uint8"))


SCAN_SCALE = 150 / 72  # rasterise()'s pixels per PDF point at its default 150 dpi


def jpeg_scan(image: Any) -> Any:
    """`image` saved once as a scanner's JPEG (quality 85) and read back in grey."""
    from PIL import Image

    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=85)
    return Image.open(io.BytesIO(buf.getvalue())).convert("L")


def scan_box(word: dict[str, Any], pad: float = 2) -> tuple[int, int, int, int]:
    """A pdfplumber word's box, `pad` points wider on each side, in scan pixels."""
    k = SCAN_SCALE
    return (
        int((word["x0"] - pad) * k),
        int((word["top"] - pad) * k),
        int((word["x1"] + pad) * k),
        int((word["bottom"] + pad) * k),
    )


def make_scan(spec: Spec, created: datetime, kind: str, seed: int = 0) -> bytes:
    image = rasterise(make_reportlab(spec, created), seed=seed)
    buf = io.BytesIO()
    if kind == "scan_png":
        image.save(buf, format="PNG")
    elif kind == "scan_pdf":
        jpeg = io.BytesIO()
        image.save(jpeg, format="JPEG", quality=85)
        from PIL import Image

        Image.open(io.BytesIO(jpeg.getvalue())).save(buf, format="PDF", resolution=150.0)
    else:
        image.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def blurred_total_scan(spec: Spec, created: datetime, radius: float) -> bytes:
    """A JPEG scan whose total alone is blurred (a smudge, a shaken hand): OCR reads it with low
    confidence, or wrong. The total is the page's largest amount, the lowest where it repeats."""
    import pdfplumber
    from PIL import ImageFilter

    pdf = make_reportlab(spec, created)
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        words = doc.pages[0].extract_words()
    amounts = [w for w in words if re.fullmatch(r"\D?\d{1,3}(?:,\d{3})*\.\d{2}", w["text"])]
    total = max(amounts, key=lambda w: (float(re.sub(r"[^\d.]", "", w["text"])), w["top"]))
    image = rasterise(pdf)
    box = scan_box(total, pad=1)
    image.paste(image.crop(box).filter(ImageFilter.GaussianBlur(radius)), box[:2])
    buf = io.BytesIO()
    image.save(buf, format="JPEG", quality=85)
    return buf.getvalue()


def make(spec: Spec, producer: str, created: datetime, seed: int = 0) -> bytes:
    """A genuine invoice file from one producer."""
    if producer == "reportlab":
        return make_reportlab(spec, created)
    if producer == "weasyprint":
        return make_weasyprint(spec, created)
    if producer == "libreoffice":
        return make_libreoffice_batch([spec])[0]
    if producer == "chromium":
        return make_chromium_batch([spec])[0]
    if producer.startswith("scan_"):
        return make_scan(spec, created, producer, seed)
    if producer == "title_stamped":
        return make_title_stamped(spec, created, seed)
    if producer == "polish_vat":
        from support.invoice_polish import make_polish_vat

        return make_polish_vat(spec, created)
    from support.invoice_producers import SINGLE, make_calc_batch

    if producer == "phone_pdf":
        return SINGLE[producer](spec, created, seed)  # type: ignore[call-arg]
    if producer in SINGLE:
        return SINGLE[producer](spec, created)
    if producer == "libreoffice_calc":
        return make_calc_batch([spec])[0]
    raise ValueError(f"unknown producer {producer}")


# --------------------------------------------------------------------------- edits


def _pdf_date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _words(pdf: bytes) -> list[dict[str, Any]]:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        return [dict(w, page_height=float(page.height)) for w in page.extract_words()]


def _target(spec: Spec, variant: int) -> tuple[str, str]:
    """The text an editor changes and what it becomes (a quantity or the date)."""
    if variant % 2 == 0:
        qty = spec.items[0][2]
        return str(qty), str(qty * 3)
    return _date_text(spec), _date_text(replace(spec, issued=spec.issued + timedelta(days=150)))


def _target_word(
    pdf: bytes, spec: Spec, variant: int
) -> tuple[str, str, list[dict[str, Any]], dict[str, Any]]:
    """The text an editor changes, what it becomes, the page's words, and the word where the
    old text starts."""
    old, new = _target(spec, variant)
    words = _words(pdf)
    first = old.split()[0]
    hit = next((w for w in words if first in w["text"]), None)
    if hit is None:
        raise ValueError(f"{old!r} not on the page")
    return old, new, words, hit


def _content_replace(stream: bytes, old: str, new: str) -> bytes:
    o, n = f"({old})".encode("latin-1"), f"({new})".encode("latin-1")
    if o in stream:
        return stream.replace(o, n, 1)
    o, n = old.encode("latin-1"), new.encode("latin-1")
    if len(old) >= 6 and o in stream:
        return stream.replace(o, n, 1)
    raise ValueError("text not found in the content stream")


def edit_incremental_text(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """pypdf: replace a quantity or the date in the page content, saved as an incremental update."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    old, new = _target(spec, variant)
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    page = writer.pages[0]
    data = page.get_contents().get_data()  # type: ignore[union-attr]
    stream = DecodedStreamObject()
    stream.set_data(_content_replace(data, old, new))
    page[NameObject("/Contents")] = writer._add_object(stream)
    if variant % 3 != 2:  # most tools also stamp a modification date
        writer.add_metadata({"/ModDate": _pdf_date(datetime.now(UTC))})
    out = io.BytesIO()
    writer.write(out)
    del PdfReader
    return out.getvalue()


def edit_pikepdf_resave(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """pikepdf: replace a quantity or the date in the page content and save the whole file."""
    import pikepdf

    old, new = _target(spec, variant)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        page.contents_coalesce()
        data = page.Contents.read_bytes()
        page.Contents.write(_content_replace(data, old, new))
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_pikepdf_total(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """pikepdf: the total made larger by a leading digit in the page content (the string keeps
    the start the producer computed to right-align the old one), saved whole."""
    import pikepdf

    old = _money(spec.total, spec)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        page.contents_coalesce()
        data = page.Contents.read_bytes()
        o, n = f"({old})".encode("latin-1"), f"({1 + variant % 9}{old})".encode("latin-1")
        at = data.rfind(o)
        if at < 0:
            raise ValueError("total not found in the content stream")
        page.Contents.write(data[:at] + n + data[at + len(o) :])
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_pikepdf_same_length(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """pikepdf as the outside editors use it: the page's instructions parsed, one digit of the
    date (or of the first quantity) changed in its string, the instructions written back and
    /Info naming pikepdf. Same length, same widths: no glyph moves."""
    import pikepdf

    old = _date_text(spec) if variant % 2 == 0 else str(spec.items[0][2])
    at = max(i for i, ch in enumerate(old) if ch.isdigit())
    new = old[:at] + str((int(old[at]) + 1 + variant % 8) % 10) + old[at + 1 :]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        instructions = list(pikepdf.parse_content_stream(page))
        for index, ins in enumerate(instructions):
            if str(ins.operator) != "Tj" or old.encode("latin-1") not in bytes(ins.operands[0]):
                continue
            text = bytes(ins.operands[0]).replace(old.encode("latin-1"), new.encode("latin-1"), 1)
            instructions[index] = pikepdf.ContentStreamInstruction(
                [pikepdf.String(text)], pikepdf.Operator("Tj")
            )
            break
        else:
            raise ValueError("text not found in the content stream")
        page.Contents = doc.make_stream(pikepdf.unparse_content_stream(instructions))
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False):
            pass
        doc.docinfo = doc.make_indirect(
            pikepdf.Dictionary(
                Producer=f"pikepdf {pikepdf.__version__}", ModDate=_pdf_date(datetime.now(UTC))
            )
        )
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_subset_glyph(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """A digit the invoice never used written into a page drawn with glyph codes (WeasyPrint,
    Chromium: Identity-H subsets): one digit's code in the content stream replaced by the code
    of a digit the subset lacks, as an editor does who knows the font's glyph numbers but not
    the subset's, saved whole with pikepdf."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        for name, font in page.obj.Resources.Font.items():
            mapped = _to_unicode(font)
            digits = {ch: gid for gid, ch in mapped.items() if ch.isdigit()}
            missing = [d for d in "0123456789" if d not in digits]
            if not digits or not missing:
                continue
            used = sorted(digits)[variant % len(digits)]
            new = digits[used] + int(missing[variant % len(missing)]) - int(used)
            data = page.obj.Contents.read_bytes()
            at = -1
            for run in re.finditer(rb"%s [\d.]+ Tf(.*?)(?= Tf\b|$)" % name.encode(), data, re.S):
                found = run.group(1).find(b"<%04x>" % digits[used])
                if found >= 0:
                    at = run.start(1) + found
                    break
            if at < 0:
                continue
            page.obj.Contents.write(data[:at] + b"<%04x>" % new + data[at + 6 :])
            out = io.BytesIO()
            doc.save(out)
            return out.getvalue()
    raise ValueError("no subset font lacking a digit")


def _to_unicode(font: Any) -> dict[int, str]:
    """A font's glyph codes and their characters, from the bfchar entries of its ToUnicode."""
    if "/ToUnicode" not in font:
        return {}
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    pairs = re.findall(r"<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4})>", cmap)
    return {int(code, 16): chr(int(uni, 16)) for code, uni in pairs}


def _overlay(pdf: bytes, spec: Spec, variant: int) -> tuple[Any, Any]:
    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    _, new, _, hit = _target_word(pdf, spec, variant)
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    height = float(page.mediabox.height)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(float(page.mediabox.width), height))
    x0, x1 = hit["x0"] - 1, hit["x1"] + 1
    y0, y1 = height - hit["bottom"] - 1, height - hit["top"] + 1
    c.setFillColorRGB(1, 1, 1)
    c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    size = (hit["bottom"] - hit["top"]) * 0.98
    if spec.lang == "zh":
        font, _ = _rl_fonts()
    else:
        font = "Helvetica"
    c.setFont(font, size)
    c.drawRightString(x1 - 1, y0 + 1 + 0.2 * size, new)
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    return reader, overlay


def edit_overlay(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """A white box over the old text and new text on top, saved as a new file (pypdf)."""
    from pypdf import PdfWriter

    reader, overlay = _overlay(pdf, spec, variant)
    writer = PdfWriter(clone_from=reader)
    writer.pages[0].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scan_pdf_overlay(spec: Spec, created: datetime, seed: int = 0, variant: int = 0) -> bytes:
    """A scanned PDF (`make_scan` "scan_pdf") with a value covered by a white box and new text
    typed on top, merged onto the page with pypdf: the scan's pixels are untouched."""
    from pypdf import PdfReader, PdfWriter

    _, overlay = _overlay(make_reportlab(spec, created), spec, variant)
    reader = PdfReader(io.BytesIO(make_scan(spec, created, "scan_pdf", seed)))
    writer = PdfWriter(clone_from=reader)
    # The scan's page is the reportlab page at 150 dpi: the same size in points, to rounding.
    writer.pages[0].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def edit_overlay_incremental(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """The same cover-up, saved as an incremental update."""
    from pypdf import PdfWriter

    _, overlay = _overlay(pdf, spec, variant)
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.pages[0].merge_page(overlay)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def edit_metadata_pikepdf(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """Back-date /CreationDate and /ModDate to the invoice date, full re-save with pikepdf."""
    import pikepdf

    when = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 8, 30, tzinfo=UTC)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.docinfo["/CreationDate"] = _pdf_date(when)
        doc.docinfo["/ModDate"] = _pdf_date(when)
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_pikepdf_xmp_backdated(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """A digit of the date replaced in the page's raw stream bytes (the producer's spelling
    kept), then an XMP modification date set to the invoice day and the file saved whole."""
    return _xmp_dated(pdf, spec, _edited_raw(pdf, spec, variant), backdated=True)


def edit_pikepdf_xmp_today(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """The page untouched, an XMP modification date of the day it runs: a merging or stamping
    script that keeps the metadata current."""
    return _xmp_dated(pdf, spec, None, backdated=False)


def _edited_raw(pdf: bytes, spec: Spec, variant: int) -> bytes:
    import pikepdf

    old = _date_text(spec).encode("latin-1")
    at = max(i for i, ch in enumerate(old) if chr(ch).isdigit())
    new = old[:at] + str((old[at] - 48 + 1 + variant % 8) % 10).encode() + old[at + 1 :]
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        content = doc.pages[0].Contents.read_bytes()
    if old not in content:
        raise ValueError("text not found in the content stream")
    return content.replace(old, new, 1)


def _xmp_dated(pdf: bytes, spec: Spec, content: bytes | None, *, backdated: bool) -> bytes:
    import pikepdf

    issued = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 9, tzinfo=UTC)
    when = issued if backdated else datetime.now(UTC)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if content is not None:
            doc.pages[0].Contents = doc.make_stream(content)
        with doc.open_metadata() as meta:
            meta["xmp:ModifyDate"] = when.isoformat()
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_metadata_incremental(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """Back-date the metadata in an incremental update (pypdf)."""
    from pypdf import PdfWriter

    when = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 8, 30, tzinfo=UTC)
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_metadata({"/CreationDate": _pdf_date(when), "/ModDate": _pdf_date(when)})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_paste(spec: Spec, created: datetime, seed: int = 0, variant: int = 0) -> bytes:
    """A JPEG scan with a quantity or the date pasted over as a clean typed patch."""
    from PIL import ImageDraw, ImageFont

    pdf = make_reportlab(spec, created)
    _, new, _, hit = _target_word(pdf, spec, variant)
    scan = jpeg_scan(rasterise(pdf, seed=seed))
    k = SCAN_SCALE
    box = scan_box(hit)
    draw = ImageDraw.Draw(scan)
    draw.rectangle(box, fill=250)
    font_path = CJK_FONT if spec.lang == "zh" else LATIN_TTF
    font = ImageFont.truetype(font_path, int((hit["bottom"] - hit["top"]) * k))
    draw.text((box[2] - 2, box[1] + 2), new, fill=20, font=font, anchor="ra")
    out = io.BytesIO()
    scan.save(out, format="JPEG", quality=90)
    return out.getvalue()


def image_clone(spec: Spec, created: datetime, seed: int = 0, variant: int = 0) -> bytes:
    """A JPEG scan where another number of the same page, with its paper, is copied over a
    quantity or the date (a cloned region: the copy carries the source's scanner noise)."""
    pdf = make_reportlab(spec, created)
    _, _, words, hit = _target_word(pdf, spec, variant)
    source = next(
        w
        for w in words
        if w is not hit
        and re.fullmatch(r"[\d.,]+", w["text"])
        and w["text"] != hit["text"]
        and abs(w["top"] - hit["top"]) > 12
    )
    scan = jpeg_scan(rasterise(pdf, seed=seed))
    k = SCAN_SCALE
    pad = 6
    width = max(hit["x1"] - hit["x0"], source["x1"] - source["x0"])
    box = (
        int((source["x1"] - width) * k) - pad,
        int(source["top"] * k) - pad,
        int(source["x1"] * k) + pad,
        int(source["bottom"] * k) + pad,
    )
    patch = scan.crop(box)
    scan.paste(patch, (int((hit["x1"] - width) * k) - pad, int(hit["top"] * k) - pad))
    out = io.BytesIO()
    scan.save(out, format="JPEG", quality=90)
    return out.getvalue()


def _overtype_page(pdf: bytes, spec: Spec, variant: int) -> bytes:
    """One page of new text placed over the old value, with no white box under it (the old
    glyphs stay, the new ones are drawn bold over them: a careless retype)."""
    from reportlab.pdfgen import canvas

    _, new, _, hit = _target_word(pdf, spec, variant)
    from pypdf import PdfReader

    height = hit["page_height"]
    width = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height))
    size = (hit["bottom"] - hit["top"]) * 0.98
    font = _rl_fonts()[0] if spec.lang == "zh" else "Helvetica-Bold"
    c.setFont(font, size)
    c.drawRightString(hit["x1"], height - hit["bottom"] + 0.2 * size, new)
    c.save()
    return buf.getvalue()


def edit_overtype(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """New text over the old, no white box; the page gets a second content stream and the file
    is saved whole by pikepdf with its /Producer kept (variant 0/1), or the new text is merged
    into the page's one stream by pypdf, saved as an incremental update (variant 2)."""
    import pikepdf

    layer = _overtype_page(pdf, spec, variant)
    if variant % 3 == 2:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(io.BytesIO(pdf), incremental=True)
        writer.pages[0].merge_page(PdfReader(io.BytesIO(layer)).pages[0])
        out = io.BytesIO()
        writer.write(out)
        return out.getvalue()
    with pikepdf.open(io.BytesIO(pdf)) as doc, pikepdf.open(io.BytesIO(layer)) as top:
        page = pikepdf.Page(doc.pages[0])
        page.add_overlay(top.pages[0])
        if variant % 3 == 1:  # the overlay's form flattened into a second content stream
            page.contents_add(pikepdf.Stream(doc, b""), prepend=False)
        out = io.BytesIO()
        doc.save(out, fix_metadata_version=False)
        return out.getvalue()


EDITORS = {
    "incremental_text": edit_incremental_text,
    "overtype": edit_overtype,
    "pikepdf_resave": edit_pikepdf_resave,
    "pikepdf_total": edit_pikepdf_total,
    "pikepdf_same_length": edit_pikepdf_same_length,
    "subset_glyph": edit_subset_glyph,
    "overlay": edit_overlay,
    "overlay_incremental": edit_overlay_incremental,
    "metadata_pikepdf": edit_metadata_pikepdf,
    "metadata_incremental": edit_metadata_incremental,
    "pikepdf_xmp_backdated": edit_pikepdf_xmp_backdated,
    "pikepdf_xmp_today": edit_pikepdf_xmp_today,
}
# Producers that also make Chinese invoices (LibreOffice's HTML import is English only here).
CHINESE = ("reportlab", "weasyprint", "chromium", "scan_jpeg", "scan_pdf")
CONTENT_EDITS = (
    "incremental_text",
    "pikepdf_resave",
    "pikepdf_total",
)  # need literal strings (reportlab)


def applies(edit: str, producer: str) -> bool:
    if edit == "image_paste":
        return producer == "scan_jpeg"
    if edit in CONTENT_EDITS:
        return producer == "reportlab"
    return producer in ("reportlab", "weasyprint", "libreoffice", "chromium")


def created_for(spec: Spec, rng: random.Random) -> datetime:
    """When a supplier's system would have written the file: the invoice day, or within 3 days."""
    base = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 9, 0, tzinfo=UTC)
    return base + timedelta(hours=rng.randint(0, 72))


# --------------------------------------------------------------------------- fixtures


def fixture(example: dict[str, Any]) -> tuple[bytes, str]:
    """The file a rule example names, e.g. {make = "reportlab", edit = "overlay"}; cached."""
    key = json.dumps(example, sort_keys=True, default=str)
    return _fixture(key)


@cache
def _fixture(key: str) -> tuple[bytes, str]:
    ex = json.loads(key)
    raw = ex.get("raw")
    if raw is not None:
        return _raw_fixture(str(raw))
    spec = random_spec(int(ex.get("seed", 1)), lang=str(ex.get("lang", "en")))
    if "issued" in ex:
        spec.issued = date.fromisoformat(str(ex["issued"]))
    if ex.get("title"):
        spec.title = str(ex["title"])
    if ex.get("omit"):
        spec.omit = tuple(ex["omit"])
    if ex.get("wrong_total"):
        spec.wrong_total = True
    if ex.get("unprinted_discount"):
        spec.unprinted_discount = float(ex["unprinted_discount"])
    if ex.get("software"):
        spec.software = str(ex["software"])
    if ex.get("odd_digit_font"):
        spec.odd_digit_font = True
    producer = str(ex.get("make", "reportlab"))
    edit = ex.get("edit")
    variant = int(ex.get("variant", 0))
    created = datetime(spec.issued.year, spec.issued.month, spec.issued.day, 10, 0, tzinfo=UTC)
    created += timedelta(days=int(ex.get("created_days_after", 0)))
    crop = float(ex.get("crop", 0) or 0)
    if edit == "image_paste":
        return _crop(image_paste(spec, created, variant=variant), crop, 90), "scan.jpg"
    if edit == "image_clone":
        return _crop(image_clone(spec, created, variant=variant), crop, 90), "scan.jpg"
    if ex.get("vat_error"):
        from support.invoice_polish import make_polish_vat

        return make_polish_vat(spec, created, str(ex["vat_error"])), "faktura.pdf"
    if ex.get("blur_total") and producer == "scan_jpeg":
        return blurred_total_scan(spec, created, float(ex["blur_total"])), "scan.jpg"
    data = make(spec, producer, created)
    if producer.startswith("scan_") and crop:
        data = _crop(data, crop, 85)
    if spec.software and producer.startswith("scan_"):
        data = _with_software(data, spec.software)
    if ex.get("wrong_line"):
        data = _rl_replace_amount(data, spec)
    if edit == "reissue":
        data = make(spec, producer, created + timedelta(days=200))
    elif edit:
        data = EDITORS[str(edit)](data, spec, variant)
    if ex.get("flatten"):
        data = flattened(data, int(ex["flatten"]))
    if ex.get("linearize"):
        import pikepdf

        with pikepdf.open(io.BytesIO(data)) as doc:
            out = io.BytesIO()
            doc.save(out, linearize=True)
            data = out.getvalue()
    name = {"scan_jpeg": "scan.jpg", "scan_png": "scan.png"}.get(producer, "invoice.pdf")
    return data, name


def _crop(image_bytes: bytes, keep: float, quality: int) -> bytes:
    """The top `keep` of a scanned page: rule examples ship in the package, and a whole page of
    paper noise does not compress (a full scan is 0.5-1.7 MB). The cut is on the 8x8 JPEG grid
    so the re-save keeps the blocks the first save made."""
    if not keep:
        return image_bytes
    from PIL import Image

    image = Image.open(io.BytesIO(image_bytes))
    fmt = image.format
    height = max(8, int(image.height * keep) // 8 * 8)
    part = image.crop((0, 0, image.width, height))
    out = io.BytesIO()
    if fmt == "JPEG":
        part.save(out, format="JPEG", quality=quality)
    else:
        part.save(out, format=fmt)
    return out.getvalue()


def flattened(pdf: bytes, dpi: int) -> bytes:
    """The PDF's first page rendered to a picture at `dpi` and wrapped in a PDF again, as
    Pillow does it (a JPEG at its default quality, 75): what "print to image" or a render and
    re-save leaves of a document, an overlay edit included."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        image = doc[0].render(scale=dpi / 72).to_pil().convert("RGB")
    finally:
        doc.close()
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=float(dpi))
    return out.getvalue()


def _with_software(image_bytes: bytes, software: str) -> bytes:
    """The same image saved by a program that names itself in EXIF (as image editors do)."""
    from PIL import Image

    image = Image.open(io.BytesIO(image_bytes))
    exif = Image.Exif()
    exif[0x0131] = software
    out = io.BytesIO()
    image.save(out, format=image.format, exif=exif, quality=90)
    return out.getvalue()


def edit_xmp_mismatch(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """Add XMP metadata naming a different program than /Info does (pikepdf, full save)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        with doc.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["pdf:Producer"] = "Some PDF Editor 9.1"
            meta["xmp:CreatorTool"] = "Some PDF Editor 9.1"
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


def edit_moddate_later(pdf: bytes, spec: Spec, variant: int = 0) -> bytes:
    """Set /ModDate 40 days after /CreationDate (an incremental update, as a viewer would save)."""
    from pypdf import PdfReader, PdfWriter

    meta = PdfReader(io.BytesIO(pdf)).metadata
    created = (meta.creation_date if meta else None) or datetime.now(UTC)
    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_metadata({"/ModDate": _pdf_date(created + timedelta(days=40))})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


EDITORS.update({"xmp_mismatch": edit_xmp_mismatch, "moddate_later": edit_moddate_later})


def _rl_replace_amount(pdf: bytes, spec: Spec) -> bytes:
    """Build the same invoice whose first line total is wrong (a supplier's own typo)."""
    _, _, qty, price = spec.items[0]
    wrong = _money(round(qty * price, 2) + 10, spec)
    right = _money(round(qty * price, 2), spec)
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        page = doc.pages[0]
        data = page.Contents.read_bytes()
        page.Contents.write(_content_replace(data, right, wrong))
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()


# A made-up Korean tax invoice (세금계산서): read as a text PDF since session 26
KOREAN_ROWS = [
    (18, "세금계산서"),
    (10, "공급자: 주식회사 한빛상사  사업자등록번호 123-45-67890"),
    (10, "공급받는자: 주식회사 바다무역"),
    (10, "작성일자: 2026년 3월 5일"),
    (10, "품목: 유리 밀폐용기  수량 20  단가 15,000  공급가액 300,000"),
    (10, "세액 30,000   합계금액 330,000원"),
]


def _korean_invoice(rows: list[tuple[int, str]] | None = None) -> bytes:
    """A made-up Korean page as a text PDF (the tax invoice of `KOREAN_ROWS` by default)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    font = _rl_fonts()[0]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for size, text in rows or KOREAN_ROWS:
        c.setFont(font, size)
        c.drawString(60, y, text)
        y -= 2.4 * size
    c.save()
    return buf.getvalue()


def korean_scan(rows: list[tuple[int, str]] | None = None) -> bytes:
    """A Korean page drawn in a Hangul font as a 150 dpi greyscale PNG, as a scan gives it:
    the machine's OCR has no Korean model, so its Hangul is read as noise."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    y = 120
    for size, text in rows or KOREAN_SCAN_ROWS:
        font = ImageFont.truetype(CJK_FONT, int(size * 3.2))
        draw.text((110, y), text, fill=0, font=font)
        y += int(size * 7.5)
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


# A Korean tax invoice's lines as a scan shows them: its title, numbers and sums
KOREAN_SCAN_ROWS = [
    (18, "세 금 계 산 서"),
    (10, "등록번호 123-45-67890      등록번호 204-81-33517"),
    (10, "상호 주식회사 솔마루상사      상호 누리온 유통"),
    (10, "작성일자 2026-03-05   공급가액 300,000   세액 30,000"),
    (10, "품목 대나무 도마   수량 20   단가 15,000"),
    (10, "합계금액 ₩330,000   이 금액을 청구함"),
]


# A Japanese receipt to a Korean buyer, its business number printed: OCR reads its Japanese,
# so it is no unread Korean page (I285 silent)
JAPANESE_RECEIPT_TO_KOREA = [
    (18, "領 収 書"),
    (10, "株式会社ハナ物産 様"),
    (10, "事業者登録番号 318-22-40571"),
    (10, "2026年5月20日"),
    (14, "¥88,000-"),
    (10, "但し 陶器代として"),
    (10, "上記正に領収いたしました"),
    (10, "株式会社青木陶苑 岐阜県多治見市本町2-5"),
]


# Pages in languages the reader has no words for (session 23), made up: a Slovenian invoice
# (račun) and delivery note (dobavnica), a Romanian invoice (factură) and quotation (ofertă),
# a Turkish quotation (fiyat teklifi) and dispatch note (sevk irsaliyesi). Rows: (size, x, text).
UNREAD_PAGES: dict[str, list[tuple[int, int, str]]] = {
    "slovenian": [
        (16, 60, "RAČUN št. 2026-00318"),
        (10, 60, "Izdajatelj: Kamnik Oprema d.o.o., Ljubljanska cesta 14, 1241 Kamnik"),
        (10, 60, "ID za DDV: SI48213377"),
        (10, 60, "Kupec: Obala Trgovina d.o.o., Pristaniška ulica 3, 6000 Koper"),
        (10, 60, "Datum izdaje: 12.05.2026      Datum storitve: 12.05.2026"),
        (10, 60, "Rok plačila: 26.05.2026"),
        (10, 60, "Opis                          Količina     Cena          Znesek"),
        (10, 60, "Termovka 750 ml                    40          12,50          500,00"),
        (10, 60, "Steklenica za vodo                 25           8,40          210,00"),
        (10, 60, "Skupaj brez DDV                                              710,00 EUR"),
        (10, 60, "DDV 22 %                                                    156,20 EUR"),
        (10, 60, "Za plačilo                                                  866,20 EUR"),
    ],
    "slovenian_delivery_note": [
        (16, 60, "DOBAVNICA št. 2026-00318"),
        (10, 60, "Dobavitelj: Kamnik Oprema d.o.o., Ljubljanska cesta 14, 1241 Kamnik"),
        (10, 60, "Prejemnik: Obala Trgovina d.o.o., Pristaniška ulica 3, 6000 Koper"),
        (10, 60, "Datum odpreme: 12.05.2026"),
        (10, 60, "Opis                          Količina     Embalaža"),
        (10, 60, "Termovka 750 ml                    40          4 škatle"),
        (10, 60, "Steklenica za vodo                 25          2 škatli"),
        (10, 60, "Skupaj kosov: 65"),
        (10, 60, "Prevzel: ____________"),
    ],
    "romanian": [
        (16, 60, "FACTURĂ FISCALĂ seria CLJ nr. 0417"),
        (10, 60, "Furnizor: Someș Ambalaje S.R.L., Str. Fabricii 21, Cluj-Napoca"),
        (10, 60, "Cod fiscal: RO31877420"),
        (10, 60, "Cumpărător: Dunărea Comerț S.R.L., Bd. Independenței 5, Galați"),
        (10, 60, "Data emiterii: 03.06.2026   Scadența: 03.07.2026"),
        (10, 60, "Denumire produs               Cantitate    Preț unitar     Valoare"),
        (10, 60, "Cutie carton 40x30                 200           2,35          470,00"),
        (10, 60, "Bandă adezivă                       50           6,10          305,00"),
        (10, 60, "Valoare fără TVA                                             775,00 lei"),
        (10, 60, "Cotă TVA 19 %                                                147,25 lei"),
        (10, 60, "De plată                                                     922,25 lei"),
    ],
    "romanian_quotation": [
        (16, 60, "OFERTĂ DE PREȚ nr. 0417"),
        (10, 60, "Furnizor: Someș Ambalaje S.R.L., Str. Fabricii 21, Cluj-Napoca"),
        (10, 60, "Cod fiscal: RO31877420"),
        (10, 60, "Către: Dunărea Comerț S.R.L., Bd. Independenței 5, Galați"),
        (10, 60, "Data: 03.06.2026   Valabilă 30 de zile"),
        (10, 60, "Denumire produs               Cantitate    Preț unitar     Valoare"),
        (10, 60, "Cutie carton 40x30                 200           2,35          470,00"),
        (10, 60, "Bandă adezivă                       50           6,10          305,00"),
        (10, 60, "Valoare fără TVA                                             775,00 lei"),
        (10, 60, "Cotă TVA 19 %                                                147,25 lei"),
        (10, 60, "Valoare ofertă                                               922,25 lei"),
    ],
    "turkish_quotation": [
        (16, 60, "FİYAT TEKLİFİ No: TK-2026-088"),
        (10, 60, "Ege Tekstil Sanayi A.Ş., Atatürk Cad. 45, İzmir   Vergi No: 3250671184"),
        (10, 60, "Sayın: Marmara Ticaret Ltd. Şti., İstanbul"),
        (10, 60, "Tarih: 14.04.2026   Geçerlilik: 30 gün"),
        (10, 60, "Ürün                          Miktar       Birim Fiyat     Tutar"),
        (10, 60, "Pamuklu havlu                     120          85,00        10.200,00"),
        (10, 60, "Bornoz                             30         240,00         7.200,00"),
        (10, 60, "Ara Toplam                                               17.400,00 TL"),
        (10, 60, "KDV %20                                                   3.480,00 TL"),
        (10, 60, "Genel Toplam                                             20.880,00 TL"),
    ],
    # a language none of whose words the reader knows, titled or not
    "albanian": [
        (16, 60, "FATURË TATIMORE Nr. 0418/2026"),
        (10, 60, "Shitësi: Drini Paketim sh.p.k., Rruga e Kavajës 88, Tiranë"),
        (10, 60, "NIPT: L91823004K"),
        (10, 60, "Blerësi: Vlora Tregti sh.p.k., Lagjja Pavarësia, Vlorë"),
        (10, 60, "Data e lëshimit: 09.06.2026"),
        (10, 60, "Përshkrimi                    Sasia        Çmimi         Vlera"),
        (10, 60, "Kuti kartoni 40x30                 120           1,80          216,00"),
        (10, 60, "Shirit ngjitës                      40           3,25          130,00"),
        (10, 60, "Vlera pa TVSH                                                346,00 EUR"),
        (10, 60, "TVSH 20 %                                                     69,20 EUR"),
        (10, 60, "Për t'u paguar                                               415,20 EUR"),
    ],
    "turkish_dispatch_note": [
        (16, 60, "SEVK İRSALİYESİ No: IRS-2026-0412"),
        (10, 60, "Ege Tekstil Sanayi A.Ş., Atatürk Cad. 45, İzmir   Vergi No: 3250671184"),
        (10, 60, "Alıcı: Marmara Ticaret Ltd. Şti., İstanbul"),
        (10, 60, "Sevk Tarihi: 14.04.2026"),
        (10, 60, "Ürün                          Miktar       Koli"),
        (10, 60, "Pamuklu havlu                     120          6"),
        (10, 60, "Bornoz                             30          3"),
        (10, 60, "Teslim alan: ____________"),
    ],
}


def unread_language_pdf(kind: str) -> bytes:
    """One of `UNREAD_PAGES` as a text PDF in DejaVu."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, bold = _rl_latin()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    y = 780.0
    for size, x, text in UNREAD_PAGES[kind]:
        c.setFont(bold if size > 12 else regular, size)
        c.drawString(x, y, text)
        y -= 2.2 * size
    c.save()
    return buf.getvalue()


def cjk_unmapped_invoice(*, to_nul: bool = False, font: str = "") -> bytes:
    """An English invoice of a Chinese supplier whose Chinese names and descriptions are drawn in
    a CJK font subset whose /ToUnicode map covers its Latin letters only (as ReportLab places
    them, at their ASCII codes): the page shows the Chinese, its text gives "(cid:N)" and stray
    punctuation for it. `to_nul`: the map sends the Chinese glyphs to U+0000 instead. `font`:
    draw the Chinese in that font (a Latin font: the page shows empty boxes)."""
    from unittest import mock

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfgen import canvas

    whole = ttfonts.makeToUnicodeCMap

    def latin_only(name: str, subset: list[int]) -> str:
        cmap = whole(name, subset).splitlines()
        kept = [
            f"<{i:02X}> <{u if 32 <= u < 127 else 0:04X}>"
            for i, u in enumerate(subset)
            if to_nul or 32 <= u < 127
        ]
        start = next(i for i, line in enumerate(cmap) if line.endswith("beginbfchar"))
        end = cmap.index("endbfchar")
        return "\n".join([*cmap[:start], f"{len(kept)} beginbfchar", *kept, *cmap[end:]])

    cjk = font or _rl_fonts()[0]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    h, b = "Helvetica", "Helvetica-Bold"
    lines = [  # (size, [(font, x, text), ...])
        (18, [(b, 380, "INVOICE")]),
        (12, [(cjk, 60, "宁波蓝水家居用品有限公司")]),
        (9, [(cjk, 60, "浙江省宁波市鄞州区滨江工业园17号")]),
        (9, [(h, 60, "Tel: +86 574 8765 4321   www.lanshui-home.cn")]),
        (10, [(h, 60, "Invoice No.: LS-2026-0311        Date: 2026-03-11")]),
        (10, [(h, 60, "Bill To: Northfield Goods LLC, 1200 Maple Avenue, Columbus, OH")]),
        (10, [(h, 60, "Description"), (h, 250, "Qty"), (h, 320, "Unit Price"), (h, 420, "Amount")]),
        (10, [(cjk, 60, "不锈钢保温水杯 750毫升"), (h, 250, "400"), (h, 320, "3.85"),
              (h, 420, "1,540.00")]),
        (10, [(cjk, 60, "硅胶杯套"), (h, 250, "400"), (h, 320, "0.62"), (h, 420, "248.00")]),
        (10, [(h, 320, "Total (USD):"), (h, 420, "1,788.00")]),
        (9, [(h, 60, "Payment: T/T 30 days. Bank of Ningbo, account 6222 0211 0000 7788.")]),
    ]  # fmt: skip
    y = 790.0
    for size, cells in lines:
        for face, x, text in cells:
            c.setFont(face, size)
            c.drawString(x, y, text)
        y -= 2.2 * size
    with source_date_epoch(datetime(2026, 3, 11, 9, tzinfo=UTC)):
        if font:
            c.save()
        else:
            with mock.patch.object(ttfonts, "makeToUnicodeCMap", latin_only):
                c.save()
    return buf.getvalue()


def _raw_fixture(kind: str) -> tuple[bytes, str]:
    """Bad input: empty, zip, truncated, corrupt, encrypted, bomb, nested, many pages, text."""
    if kind == "empty":
        return b"", "invoice.pdf"
    from support.invoice_hostile import HOSTILE

    if kind in HOSTILE:
        return HOSTILE[kind](), "invoice.pdf"
    if kind == "zip":
        import zipfile

        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("invoice.txt", "INVOICE 1")
        return buf.getvalue(), "invoice.pdf"
    if kind == "docx":
        return b"PK\x03\x04" + b"\x00" * 100 + b"word/document.xml", "invoice.docx"
    if kind == "blank_png":
        from PIL import Image

        buf = io.BytesIO()
        Image.new("L", (1240, 1754), 255).save(buf, format="PNG")
        return buf.getvalue(), "scan.png"
    if kind == "text":
        return b"INVOICE\nHarbourline Trading\nTotal 100.00\n", "invoice.txt"
    if kind == "korean":
        return _korean_invoice(), "invoice.pdf"
    if kind == "korean_untitled":
        # the tax invoice's parties and date, no title and no sums: a page of no kind known
        return _korean_invoice(KOREAN_ROWS[1:4]), "invoice.pdf"
    if kind == "korean_scan":
        return korean_scan(), "scan.png"
    if kind == "japanese_scan_korean_buyer":
        return korean_scan(JAPANESE_RECEIPT_TO_KOREA), "scan.png"
    if kind in UNREAD_PAGES:
        return unread_language_pdf(kind), "invoice.pdf"
    if kind == "cjk_unmapped":
        return cjk_unmapped_invoice(), "invoice.pdf"
    spec = random_spec(1)
    created = datetime(2026, 3, 2, 10, tzinfo=UTC)
    pdf = make_reportlab(spec, created)
    if kind == "truncated":
        return pdf[: len(pdf) // 3], "invoice.pdf"
    if kind == "corrupt":
        return b"%PDF-1.4\n" + bytes(
            random.Random(3).randrange(256) for _ in range(4000)
        ), "invoice.pdf"
    if kind == "encrypted":
        import pikepdf

        with pikepdf.open(io.BytesIO(pdf)) as doc:
            out = io.BytesIO()
            doc.save(out, encryption=pikepdf.Encryption(owner="o", user="secret", R=6))
            return out.getvalue(), "invoice.pdf"
    if kind == "encrypted_open":
        import pikepdf

        with pikepdf.open(io.BytesIO(pdf)) as doc:
            out = io.BytesIO()
            doc.save(out, encryption=pikepdf.Encryption(owner="o", user="", R=6))
            return out.getvalue(), "invoice.pdf"
    if kind == "bomb":
        return bomb_pdf(), "invoice.pdf"
    if kind == "nested":
        return nested_pdf(), "invoice.pdf"
    if kind == "pages200":
        return many_pages(200), "invoice.pdf"
    raise ValueError(f"unknown raw fixture {kind}")


def bomb_pdf(inflated: int = 1 << 30) -> bytes:
    """A page whose content stream inflates from a few MB to `inflated` bytes of zeros."""
    from support.invoice_hostile import deflate_bomb

    stream = deflate_bomb(inflated)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    return _assemble(objs)


def nested_pdf(depth: int = 100_000) -> bytes:
    """An /Info dictionary nested `depth` arrays deep."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Foo "
        + b"[" * depth
        + b"]" * depth
        + b" >>",
    ]
    return _assemble(objs)


def _assemble(objs: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def many_pages(count: int) -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1)
    spec = random_spec(2)
    for n in range(count):
        c.setFont("Helvetica", 10)
        c.drawString(50, 800, f"{spec.title} {spec.number} page {n + 1}")
        for i in range(40):
            c.drawString(50, 760 - i * 16, f"Line {i} {spec.items[i % len(spec.items)][0]} 1.00")
        c.showPage()
    c.save()
    return buf.getvalue()


def big_pdf(megabytes: int = 50) -> bytes:
    """A one-page invoice carrying a large photo (noise, so it does not compress): a heavy file."""
    import numpy as np
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    side = int((megabytes * 1024 * 1024 / 3) ** 0.5)
    rng = np.random.default_rng(1)
    photo = Image.fromarray(rng.integers(0, 255, (side, side, 3), dtype=np.uint8))
    buf = io.BytesIO()
    spec = random_spec(5)
    c = canvas.Canvas(buf, pageCompression=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, 800, spec.title)
    c.setFont("Helvetica", 10)
    c.drawString(50, 780, f"{spec.supplier}  Tel: {spec.phone}  {spec.website}")
    c.drawImage(ImageReader(photo), 50, 300, 400, 400)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- corpus


@dataclass
class Entry:
    name: str
    producer: str
    edit: str | None
    lang: str
    issued: str
    data: bytes = field(repr=False)

    @property
    def altered(self) -> bool:
        return self.edit is not None


def build(
    counts: dict[str, int] | None = None, *, seed: int = 7, today: date | None = None
) -> list[Entry]:
    """Genuine invoices per producer and altered copies per editing method."""
    counts = counts or {
        "reportlab": 16,
        "weasyprint": 8,
        "libreoffice": 6,
        "chromium": 6,
        "scan_jpeg": 4,
        "scan_png": 3,
        "scan_pdf": 3,
    }
    today = today or datetime.now(UTC).date()
    rng = random.Random(seed)
    entries: list[Entry] = []
    batched = {"libreoffice": make_libreoffice_batch, "chromium": make_chromium_batch}
    available = {"libreoffice": libreoffice_available(), "chromium": chromium_available()}
    pending: dict[str, list[Spec]] = {}
    genuine: dict[str, list[tuple[Spec, bytes]]] = {}
    for producer, count in counts.items():
        if producer in batched and not available[producer]:
            continue
        for i in range(count):
            lang = "zh" if producer in CHINESE and i % 3 == 2 else "en"
            if producer in batched:  # they stamp the current time: an invoice printed today
                issued = today - timedelta(days=rng.randint(0, 2))
            else:
                issued = today - timedelta(days=rng.randint(5, 300))
            spec = random_spec(rng.randint(0, 10**6), lang=lang, issued=issued)
            if producer in batched:
                pending.setdefault(producer, []).append(spec)
                continue
            data = make(spec, producer, created_for(spec, rng), seed=i)
            genuine.setdefault(producer, []).append((spec, data))
    for producer, specs in pending.items():
        for spec, data in zip(specs, batched[producer](specs), strict=True):
            genuine.setdefault(producer, []).append((spec, data))
    for producer, items in genuine.items():
        for i, (spec, data) in enumerate(items):
            ext = {"scan_jpeg": "jpg", "scan_png": "png"}.get(producer, "pdf")
            entries.append(
                Entry(
                    f"genuine/{producer}-{i:02d}.{ext}",
                    producer,
                    None,
                    spec.lang,
                    spec.issued.isoformat(),
                    data,
                )
            )
    for edit in EDITS:
        n = 0
        for producer, items in genuine.items():
            if not applies(edit, producer):
                continue
            for i, (spec, data) in enumerate(items[:6]):
                try:
                    if edit == "image_paste":
                        out = image_paste(spec, created_for(spec, rng), seed=i, variant=i)
                    elif edit == "reissue":
                        late = replace(spec, issued=today - timedelta(days=rng.randint(150, 330)))
                        if producer in batched:
                            continue
                        out = make(late, producer, datetime.now(UTC), seed=i)
                        spec = late
                    elif edit.startswith("metadata_"):
                        # Back-dating only makes sense on a file made long after its date.
                        late = replace(spec, issued=today - timedelta(days=rng.randint(150, 330)))
                        if producer in batched:
                            base = batched[producer]([late])[0]
                        else:
                            base = make(late, producer, datetime.now(UTC), seed=i)
                        out = EDITORS[edit](base, late, i)
                        spec = late
                    else:
                        out = EDITORS[edit](data, spec, i)
                except (ValueError, StopIteration):
                    continue
                ext = "jpg" if edit == "image_paste" else "pdf"
                entries.append(
                    Entry(
                        f"altered/{edit}/{producer}-{i:02d}.{ext}",
                        producer,
                        edit,
                        spec.lang,
                        spec.issued.isoformat(),
                        out,
                    )
                )
                n += 1
        for producer in (p for p in batched if edit == "reissue" and p in genuine):
            # They stamp the current time: a re-issue is an old date printed today.
            olds = [
                replace(s, issued=today - timedelta(days=200 + k * 9))
                for k, (s, _) in enumerate(genuine[producer][:3])
            ]
            made = batched[producer](olds)
            for k, (spec, out) in enumerate(zip(olds, made, strict=True)):
                entries.append(
                    Entry(
                        f"altered/reissue/{producer}-{k:02d}.pdf",
                        producer,
                        "reissue",
                        spec.lang,
                        spec.issued.isoformat(),
                        out,
                    )
                )
    return entries


def write(entries: list[Entry], outdir: Path) -> None:
    manifest = []
    for e in entries:
        path = outdir / e.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(e.data)
        manifest.append(
            {
                "name": e.name,
                "producer": e.producer,
                "edit": e.edit,
                "lang": e.lang,
                "issued": e.issued,
            }
        )
    (outdir / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if not args:
        print("usage: python tests/support/invoice_corpus.py OUTDIR", file=sys.stderr)
        return 2
    entries = build()
    write(entries, Path(args[0]))
    print(f"wrote {len(entries)} files to {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
