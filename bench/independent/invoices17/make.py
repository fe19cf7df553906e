#!/usr/bin/env python
"""Generate a labelled set of genuine, non-invoice and edited invoice files.

Run: /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script. All data is invented.
"""
import copy, datetime as dt, io, json, math, os, random, re, shutil, subprocess, sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import (SUPPLIERS, BUYERS, PRODUCTS, LANG_IDX, L, DATE_STYLES, CUR, ALT_BUYERS, ALT_BUYERS_ZH,
                  fmt_date, fmt_num, fmt_money, parse_num, q2)
import render as R

OUT = os.path.join(HERE, "files")
TMP = os.path.join(HERE, "tmp")
rng = random.Random(1717)

# ------------------------------------------------------------------ regions
REG = {
    "CN": dict(lang="zh", cur=["CNY"], dates="zh", sup="CN", buy=["CN"], tax=0.13, dist=False),
    "CNX": dict(lang="en", cur=["USD"], dates="en_uk", sup="CN", buy=["CN", "US", "UK"], tax=0, dist=False),
    "HK": dict(lang="en", cur=["USD", "HKD"], dates="en_uk", sup="HK", buy=["CN", "US", "UK"], tax=0, dist=False),
    "SG": dict(lang="en", cur=["SGD", "USD"], dates="en_uk", sup="SG", buy=["CN", "US"], tax=0.09, dist=False),
    "US": dict(lang="en", cur=["USD"], dates="en_us", sup="US", buy=["US"], tax=0.0825, dist=True),
    "UK": dict(lang="en", cur=["GBP"], dates="en_uk", sup="UK", buy=["UK"], tax=0.20, dist=True),
    "VN": dict(lang="en", cur=["USD"], dates="en_uk", sup="VN", buy=["CN", "US"], tax=0, dist=False),
    "VNL": dict(lang="vi", cur=["VND"], dates="vi", sup="VN", buy=["CN"], tax=0.10, dist=False),
    "TR": dict(lang="en", cur=["USD", "EUR"], dates="en_uk", sup="TR", buy=["UK", "EU"], tax=0, dist=False),
    "TRL": dict(lang="tr", cur=["TRY"], dates="tr", sup="TR", buy=["EU"], tax=0.20, dist=False),
    "DE": dict(lang="de", cur=["EUR"], dates="de", sup="DE", buy=["EU"], tax=0.19, dist=True),
    "FR": dict(lang="fr", cur=["EUR"], dates="fr", sup="FR", buy=["EU"], tax=0.20, dist=True),
    "IT": dict(lang="it", cur=["EUR"], dates="it", sup="IT", buy=["EU"], tax=0.22, dist=True),
    "ES": dict(lang="es", cur=["EUR"], dates="es", sup="ES", buy=["EU"], tax=0.21, dist=True),
    "NL": dict(lang="nl", cur=["EUR"], dates="nl", sup="NL", buy=["EU"], tax=0.21, dist=True),
    "PL": dict(lang="pl", cur=["PLN", "PLN", "EUR"], dates="pl", sup="PL", buy=["EU"], tax=0.23, dist=True),
    "JP": dict(lang="ja", cur=["JPY"], dates="ja", sup="JP", buy=["CN"], tax=0.10, dist=True),
}
FX = dict(USD=1, CNY=7.1, EUR=0.92, GBP=0.79, HKD=7.8, SGD=1.34, JPY=150, PLN=3.95, TRY=38, VND=25400)
UNITS = dict(en="pcs", de="Stk.", fr="pce", it="pz", es="ud", nl="st", pl="szt.", ja="個", tr="adet", vi="cái")
CATS = ["*日用杂品*", "*塑料制品*", "*照明装置*", "*纺织产品*", "*电子元件*", "*竹木制品*", "*纸制品*"]
REVERSE = dict(de="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, § 13b UStG)",
               fr="Autoliquidation - article 283-2 du CGI", it="Operazione non imponibile art. 41 D.L. 331/93",
               es="Inversión del sujeto pasivo (art. 84 LIVA)", nl="BTW verlegd", pl="Odwrotne obciążenie",
               en="Reverse charge: customer to account for VAT")
KIND2TYPE = dict(invoice="invoice", commercial="invoice", tax_invoice="tax_invoice", vat_invoice="tax_invoice",
                 receipt="receipt", proforma="proforma", credit_note="credit_note", packing_list="packing_list",
                 purchase_order="purchase_order", quotation="quotation", delivery_note="delivery_note",
                 price_list="other", letter="other")
IS_INV = {"invoice", "commercial", "tax_invoice", "vat_invoice", "receipt"}


def rand_date():
    start = dt.date(2025, 6, 2)
    return start + dt.timedelta(days=rng.randint(0, 535))


def make_number(region, kind, d0):
    y = d0.year
    r = rng.randint
    if region == "CN":
        if kind in ("tax_invoice", "vat_invoice"):
            return f"{y % 100}44{r(1000000, 9999999)}{r(100000000, 999999999)}"[:20]
        if kind == "receipt":
            return f"{r(1000000, 9999999)}"
        return f"{ {'delivery_note': 'SH', 'purchase_order': 'CG'}.get(kind, 'XS')}{d0:%Y%m%d}-{r(1, 999):03d}"
    return {
        "CNX": f"{'PI' if kind == 'proforma' else 'CI'}{y}-{r(100, 999)}", "HK": f"SA-HK{y % 100}-{r(1000, 9999)}",
        "SG": f"TI-{y % 100}-{r(10000, 99999)}", "US": f"INV-{r(10000, 99999)}", "UK": f"{r(100, 999)}-{r(10000, 99999)}",
        "VN": f"SM-EXP-{y}-{r(100, 999)}", "VNL": f"{r(1, 9999):08d}", "TR": f"EXP{y}{r(1000, 9999)}",
        "TRL": f"EPT{y}{r(100000000, 999999999)}", "DE": f"RE-{y}-{r(10000, 99999)}", "FR": f"FA{y}-{r(1000, 9999)}",
        "IT": f"{r(10, 999)}/{y}", "ES": f"F{y % 100}-{r(100000, 999999)}", "NL": f"{y}-{r(1000, 9999)}",
        "PL": f"FV/{r(100, 999)}/{d0.month:02d}/{y}", "JP": f"INV-{y}{d0.month:02d}-{r(10, 999):03d}",
    }[region]


def make_spec(idx, producer, region, kind, tpl, opts):
    cfg = REG[region]
    lang = opts.get("lang", cfg["lang"])
    sup = rng.choice(SUPPLIERS[cfg["sup"]])
    bkey = rng.choice(cfg["buy"])
    buy = rng.choice(BUYERS[bkey])
    d = dict(idx=idx, producer=producer, region=region, kind=kind, tpl=tpl, lang=lang, sup=sup, buy=buy, opts=opts)
    d["L"] = dict(L[lang])
    d["title"] = d["L"].get(kind, d["L"]["invoice"])
    if kind == "commercial" and lang != "en":
        d["title"] = d["L"]["invoice"]
    if lang == "zh":
        d["sup_name"], d["sup_addr"] = sup["name"], sup["addr"]
    elif lang == "vi":
        d["sup_name"], d["sup_addr"] = sup.get("vi", sup["name"]), sup["addr"]
    else:
        d["sup_name"], d["sup_addr"] = sup.get("en", sup["name"]), sup.get("en_addr", sup["addr"])
    if lang in ("zh", "ja"):
        d["buy_name"], d["buy_addr"] = buy["name"], buy["addr"]
    else:
        d["buy_name"], d["buy_addr"] = buy.get("en", buy["name"]), buy.get("en_addr", buy["addr"])
    d0 = opts.get("date") or rand_date()
    d["date"] = d0
    ds = opts.get("date_style") or rng.choice(DATE_STYLES[cfg["dates"]])
    d["date_style"] = ds
    d["date_str"] = fmt_date(d0, ds)
    cur = rng.choice(cfg["cur"])
    d["currency"] = cur
    d["dec"] = 0 if cur in ("JPY", "VND") else 2
    d["num_style"] = {"de": "eu", "it": "eu", "es": "eu", "nl": "eu", "tr": "eu", "vi": "eu", "fr": "sp", "pl": "sp"}.get(lang, "en")
    aff = CUR[cur]
    if cur == "EUR":
        aff = {"de": ("", " €"), "fr": ("", " €"), "es": ("", " €"), "pl": ("", " €"), "it": ("€ ", ""), "nl": ("€ ", "")}.get(lang, ("€", ""))
    if cur == "USD" and region in ("CNX", "VN", "TR") and rng.random() < 0.6:
        aff = ("USD ", "")
    if cur == "EUR" and (producer == "fpdf" or opts.get("base") == "fpdf") and lang not in ("pl", "tr", "vi"):
        aff = ("", " EUR")  # core-font PDF writer without the euro sign
    d["cur_affix"] = aff
    d["number"] = make_number(region, kind, d0)
    if kind in IS_INV or kind in ("credit_note",):
        if region in ("US", "UK", "DE", "FR", "IT", "ES", "NL", "PL", "JP", "SG", "TRL", "VNL") and rng.random() < 0.8:
            d["due_str"] = fmt_date(d0 + dt.timedelta(days=rng.choice([14, 30, 30, 45])), ds)
    # items
    n = opts.get("n") or rng.choice([1, 2, 2, 3, 3, 4, 5, 6])
    li = LANG_IDX[lang]
    prods = rng.sample(PRODUCTS, min(n, len(PRODUCTS)))
    variants = ["Black", "Grey", "Blue", "White", "Green", "Pink", "Beige", "Navy"]
    while len(prods) < n:
        prods.append(rng.choice(PRODUCTS))
    items = []
    seen = set()
    for k, p in enumerate(prods):
        desc = p[li]
        if k >= len(PRODUCTS) or desc in seen:
            desc = f"{desc} - {variants[k % len(variants)]}" if lang not in ("zh", "ja") else f"{desc}（{'黑灰蓝白绿粉米藏'[k % 8]}色）"
        seen.add(desc)
        if cfg["dist"]:
            qty = rng.choice([5, 6, 10, 12, 20, 24, 25, 36, 40, 48, 50, 60, 100, 120, 200])
            mark = rng.uniform(1.7, 2.8)
        else:
            qty = rng.choice([50, 100, 120, 200, 240, 300, 360, 500, 600, 800, 1000, 1200, 1500, 2000, 3000])
            mark = rng.uniform(0.85, 1.35)
        price = Decimal(str(p[11] * FX[cur] * mark))
        if d["dec"] == 0:
            price = Decimal(int(price / 100) * 100) if cur == "VND" else Decimal(int(price))
        else:
            price = q2(price)
        unit = p[12] if lang == "zh" else UNITS.get(lang, "pcs")
        if lang == "en" and "set" in desc:
            unit = "sets"
        pcs = rng.choice([20, 24, 40, 50, 60, 100])
        ctns = math.ceil(qty / pcs)
        nw = q2(Decimal(ctns) * Decimal(str(rng.uniform(6, 14))))
        items.append(dict(desc=desc, qty=qty, price=price, unit=unit, sku=f"{'ABCDEFGHJK'[k % 10]}{rng.randint(100, 999)}-{rng.randint(10, 99)}",
                          cat=CATS[k % len(CATS)], spec=rng.choice(["", "标准", "30L", "1m", "750ml", "A款", "B款"]),
                          ctns=ctns, nw=nw, gw=q2(nw * Decimal("1.12")), cbm=Decimal(str(round(ctns * 0.062, 3)))))
    d["items"] = items
    d["has_prices"] = kind not in ("packing_list", "delivery_note", "letter")
    # discount / shipping / tax
    d["disc_pct"] = Decimal("0")
    if opts.get("disc") or (rng.random() < 0.2 and tpl not in ("cnvat", "cnreceipt", "jp")):
        d["disc_pct"] = Decimal(rng.choice(["0.03", "0.05", "0.10"]))
    d["disc_pct_s"] = f"{int(d['disc_pct'] * 100)}%"
    d["shipping"] = Decimal("0")
    if (opts.get("ship") or rng.random() < 0.35) and tpl not in ("cnvat", "cnreceipt") and kind not in ("price_list",):
        base = {"JPY": 1500, "VND": 850000}.get(cur)
        sv = rng.choice([12.5, 25, 45, 68, 120, 180, 350])
        if cur not in ("USD", "EUR", "GBP"):
            sv = sv * FX[cur] ** 0.5
        d["shipping"] = Decimal(base) if base else q2(Decimal(str(sv)))
    rate = cfg["tax"]
    if region == "US" and rng.random() < 0.5:
        rate = 0
        d.setdefault("notes", []).append("Sales tax exempt - resale certificate on file")
    if region == "CN":
        rate = {"tax_invoice": 0.13, "vat_invoice": rng.choice([0.13, 0.01, 0.03]), "receipt": 0}.get(kind, rng.choice([0, 0.13]) if tpl == "erp" else 0.13)
    if kind in ("packing_list", "delivery_note", "price_list", "letter"):
        rate = 0
    if region in ("DE", "FR", "IT", "ES", "NL", "PL") and (opts.get("rc") or rng.random() < 0.2) and kind in IS_INV:
        rate = 0
        d["show_zero_tax"] = True
        d.setdefault("notes", []).append(REVERSE[lang])
    d["tax_rate"] = Decimal(str(rate))
    pct = (f"{d['tax_rate'] * 100:.2f}".rstrip("0").rstrip(".")) if rate else "0"
    tl = d["L"]["tax"]
    if region == "SG":
        tl = "GST"
    if region == "US":
        tl = "Sales tax"
    d["tax_label"] = f"{tl} {pct}%" if lang not in ("fr", "de") else f"{tl} {pct} %"
    d["line_tax"] = tpl == "cnvat"
    # notes
    nt = d.setdefault("notes", [])
    if region in ("CNX", "VN", "TR") or (region == "HK" and rng.random() < 0.5):
        nt.append(rng.choice(["Incoterms 2020: FOB Shenzhen", "Incoterms 2020: FOB Ningbo", "Incoterms 2020: EXW", "Incoterms 2020: FOB Hai Phong" if region == "VN" else "Incoterms 2020: CIF Felixstowe"]))
        nt.append("Country of origin: " + {"VN": "Vietnam", "TR": "Türkiye"}.get(region, "China"))
    if kind == "proforma":
        nt.append("This proforma invoice is not a demand for payment. Valid 15 days." if lang == "en" else "本形式发票有效期15天。")
        d["terms"] = "T/T 30% deposit, 70% before shipment"
    if region == "CN" and tpl == "cnvat":
        d["remark"] = rng.choice(["合同号：HT" + str(rng.randint(20250001, 20269999)), "", "订单号：" + str(rng.randint(100000, 999999))])
    if kind == "credit_note":
        nt.append({"de": f"Gutschrift zu Rechnung RE-{d0.year}-{rng.randint(10000, 99999)} (Retoure beschädigter Ware)",
                   "en": f"Credit against invoice {rng.randint(100, 999)}-{rng.randint(10000, 99999)} - damaged goods returned"}.get(lang, "Credit"))
    if kind == "purchase_order":
        d["L"]["buyer"] = {"zh": "供应商", "en": "Vendor"}.get(lang, "Vendor")
        d["label_sup"], d["label_buy"] = d["buy_name"], d["sup_name"]
    if opts.get("accent"):
        d["accent"] = opts["accent"]
    else:
        d["accent"] = rng.choice(["#2b4c7e", "#1e6b52", "#7a2e39", "#444444", "#b5651d", "#35507a"])
    if kind == "letter":
        d["letter"] = opts["letter"]
        d["has_prices"] = False
        d["items"] = []
    compute(d, opts.get("err"))
    return d


def compute(d, err=None):
    qz = Decimal("1") if d["dec"] == 0 else Decimal("0.01")
    for it in d["items"]:
        it["amount"] = (it["qty"] * it["price"]).quantize(qz)
        it["amount_p"] = it["amount"]
        it.pop("wrong", None)
    if err == "line" and d["items"]:
        it = rng.choice(d["items"])
        it["amount_p"] = it["amount"] + it["price"] * rng.choice([1, 2, -1, 10])
        it["wrong"] = True
    d["subtotal"] = sum((it["amount_p"] for it in d["items"]), Decimal(0))
    d["discount"] = (d["subtotal"] * d["disc_pct"]).quantize(qz)
    net = d["subtotal"] - d["discount"] + d["shipping"]
    if d["line_tax"]:
        for it in d["items"]:
            it["tax_p"] = (it["amount_p"] * d["tax_rate"]).quantize(qz)
        d["tax"] = sum((it["tax_p"] for it in d["items"]), Decimal(0))
    else:
        d["tax"] = (net * d["tax_rate"]).quantize(qz)
    d["tax_p"] = d["tax"]
    d["total"] = net + d["tax"]
    d["total_p"] = d["total"]
    if err == "sum":
        d["total_p"] = d["total"] + rng.choice([Decimal(10), Decimal(100), Decimal(-1), Decimal("9.00")])
    if err == "tax":
        d["tax_p"] = d["tax"] + rng.choice([Decimal("1.00"), Decimal("12.40"), Decimal("-0.90")])
    d["err"] = err


# ------------------------------------------------------------------ plan
LETTER = ["Re: Confirmation of supply relationship",
          "We confirm that Pennine Trade Supplies Ltd has supplied your company with household storage and kitchen products "
          "on a regular basis since March 2025, against our standard invoices.",
          "All goods were purchased by us from authorised UK and EU distributors. Copies of individual invoices are available on request.",
          "This letter is provided for the purpose of supporting your marketplace account verification and does not itself constitute an invoice."]

PLAN = []


def P(producer, region, kind, tpl, times=1, **o):
    for _ in range(times):
        PLAN.append((producer, region, kind, tpl, dict(o)))


# ReportLab (24)
P("rl", "HK", "invoice", "band"); P("rl", "HK", "commercial", "plain"); P("rl", "US", "invoice", "band", err="sum")
P("rl", "US", "invoice", "plain"); P("rl", "UK", "vat_invoice", "band"); P("rl", "UK", "invoice", "plain")
P("rl", "SG", "tax_invoice", "band"); P("rl", "CNX", "commercial", "plain", n=None)
P("rl", "DE", "invoice", "band"); P("rl", "DE", "invoice", "plain", multi=True); P("rl", "DE", "credit_note", "plain")
P("rl", "DE", "delivery_note", "plain"); P("rl", "FR", "invoice", "band"); P("rl", "FR", "invoice", "plain")
P("rl", "IT", "invoice", "plain"); P("rl", "IT", "invoice", "band", err="line"); P("rl", "ES", "invoice", "plain")
P("rl", "ES", "invoice", "band"); P("rl", "NL", "invoice", "plain"); P("rl", "NL", "invoice", "band")
P("rl", "CN", "receipt", "cnreceipt", 2); P("rl", "PL", "invoice", "plain"); P("rl", "CNX", "proforma", "band")
# fpdf2 (18)
P("fpdf", "VN", "commercial", "lines"); P("fpdf", "TR", "commercial", "boxed"); P("fpdf", "US", "invoice", "lines")
P("fpdf", "US", "receipt", "boxed"); P("fpdf", "UK", "invoice", "boxed"); P("fpdf", "HK", "invoice", "lines", multi=True)
P("fpdf", "DE", "invoice", "lines"); P("fpdf", "DE", "invoice", "boxed"); P("fpdf", "FR", "invoice", "lines", err="tax")
P("fpdf", "FR", "quotation", "boxed"); P("fpdf", "IT", "invoice", "boxed"); P("fpdf", "ES", "invoice", "lines", err="sum")
P("fpdf", "NL", "invoice", "lines"); P("fpdf", "PL", "invoice", "boxed"); P("fpdf", "PL", "invoice", "lines")
P("fpdf", "TRL", "invoice", "boxed"); P("fpdf", "VNL", "tax_invoice", "boxed"); P("fpdf", "UK", "credit_note", "lines")
# Chromium HTML (19)
P("chrome", "CN", "tax_invoice", "cnvat", 3, date_style="cjk0"); P("chrome", "CN", "vat_invoice", "cnvat", 2, date_style="cjk0")
P("chrome", "CN", "tax_invoice", "cnvat", n=14, date_style="cjk0")
P("chrome", "CN", "invoice", "erp", 2, date_style="iso"); P("chrome", "CN", "delivery_note", "erp", date_style="iso")
P("chrome", "CN", "purchase_order", "erp", date_style="iso")
P("chrome", "HK", "invoice", "modern"); P("chrome", "SG", "tax_invoice", "modern"); P("chrome", "US", "invoice", "modern", multi=True)
P("chrome", "UK", "invoice", "modern"); P("chrome", "JP", "invoice", "jp", 2)
P("chrome", "DE", "invoice", "classic"); P("chrome", "ES", "invoice", "classic"); P("chrome", "FR", "invoice", "classic")
# WeasyPrint HTML (16)
P("weasy", "CN", "vat_invoice", "cnvat", 2, date_style="cjk0"); P("weasy", "CN", "invoice", "classic")
P("weasy", "JP", "invoice", "jp", 2); P("weasy", "CNX", "commercial", "modern"); P("weasy", "HK", "invoice", "modern", err="sum")
P("weasy", "US", "invoice", "classic"); P("weasy", "SG", "invoice", "modern"); P("weasy", "IT", "invoice", "modern", err="tax")
P("weasy", "IT", "invoice", "classic"); P("weasy", "NL", "invoice", "modern"); P("weasy", "PL", "invoice", "classic")
P("weasy", "FR", "invoice", "modern", multi=True); P("weasy", "DE", "invoice", "modern"); P("weasy", "US", "quotation", "modern")
# LibreOffice Calc (14)
P("calc", "CNX", "proforma", "sheet", 4, bilingual=True); P("calc", "CN", "invoice", "sheet", 2, date_style="iso")
P("calc", "CN", "invoice", "sheet", err="line", date_style="ymd_slash"); P("calc", "HK", "invoice", "sheet")
P("calc", "VN", "commercial", "sheet"); P("calc", "CNX", "commercial", "sheet", bilingual=True)
P("calc", "CNX", "packing_list", "sheet", 2, bilingual=True); P("calc", "CNX", "price_list", "sheet", bilingual=True, n=8)
P("calc", "TR", "commercial", "sheet")
# python-docx -> LibreOffice (13)
P("docx", "HK", "invoice", "simple", multi=True); P("docx", "UK", "invoice", "simple", err="sum"); P("docx", "US", "invoice", "simple")
P("docx", "SG", "tax_invoice", "simple"); P("docx", "DE", "invoice", "simple"); P("docx", "FR", "invoice", "simple")
P("docx", "ES", "invoice", "simple"); P("docx", "IT", "invoice", "simple"); P("docx", "PL", "invoice", "simple")
P("docx", "TRL", "proforma", "simple"); P("docx", "CN", "receipt", "simple", date_style="cjk")
P("docx", "UK", "letter", "letter", letter=LETTER); P("docx", "US", "purchase_order", "simple")
# scans (14): base renderer in opts
P("scan", "CN", "tax_invoice", "cnvat", 2, base="chrome", fmt="jpg", date_style="cjk0")
P("scan", "CN", "vat_invoice", "cnvat", base="chrome", fmt="pdf", date_style="cjk0")
P("scan", "CN", "receipt", "cnreceipt", 2, base="rl", fmt="jpg")
P("scan", "HK", "invoice", "plain", base="rl", fmt="png"); P("scan", "US", "invoice", "band", base="rl", fmt="pdf", err="line")
P("scan", "UK", "invoice", "lines", base="fpdf", fmt="jpg"); P("scan", "JP", "invoice", "jp", base="weasy", fmt="jpg")
P("scan", "DE", "invoice", "plain", base="rl", fmt="pdf", multi=True); P("scan", "DE", "invoice", "band", base="rl", fmt="jpg")
P("scan", "FR", "invoice", "boxed", base="fpdf", fmt="png"); P("scan", "IT", "invoice", "plain", base="rl", fmt="jpg")
P("scan", "SG", "tax_invoice", "modern", base="chrome", fmt="pdf")
# phone photos (10)
P("phone", "CN", "tax_invoice", "cnvat", 2, base="chrome", date_style="cjk0"); P("phone", "CN", "invoice", "erp", base="chrome", date_style="iso")
P("phone", "CN", "receipt", "cnreceipt", base="rl"); P("phone", "US", "invoice", "plain", base="rl")
P("phone", "UK", "invoice", "band", base="rl"); P("phone", "ES", "invoice", "lines", base="fpdf")
P("phone", "NL", "invoice", "modern", base="weasy"); P("phone", "JP", "invoice", "jp", base="weasy")
P("phone", "VN", "commercial", "boxed", base="fpdf")

# ------------------------------------------------------------------ helpers
_names = set()


def newname(ext):
    while True:
        n = f"doc_{rng.randint(1000, 9999)}.{ext}"
        if n not in _names:
            _names.add(n)
            return n


def pdf_pages(p):
    from pypdf import PdfReader
    return len(PdfReader(p).pages)


def render_pdf(d, base, out):
    if base == "rl":
        R.rl_pdf(d, out)
    elif base == "fpdf":
        R.fpdf_pdf(d, out)
    elif base == "chrome":
        R.chromium_pdf(R.build_html(d), out, header_footer=(d["tpl"] == "erp"))
    elif base == "weasy":
        R.weasy_pdf(R.build_html(d), out)
    else:
        raise ValueError(base)
    return os.path.exists(out)


PRODUCER_NAME = dict(rl="reportlab", fpdf="fpdf2", chrome="chromium_html", weasy="weasyprint_html",
                     calc="libreoffice_calc", docx="libreoffice_writer_docx")


def label_for(d, fname, producer, pages, **kw):
    kind = d["kind"]
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=d["lang"],
               is_invoice=kind in IS_INV, doc_type=KIND2TYPE[kind], date=d["date"].isoformat(),
               total=(str(d["total_p"]) if d["has_prices"] and kind != "price_list" else None),
               currency=(d["currency"] if d["has_prices"] else None),
               supplier=d.get("label_sup", d["sup_name"]), buyer=d.get("label_buy", d["buy_name"]), pages=pages,
               edit_before_capture=False, arithmetic_error=bool(d.get("err")))
    if d["dec"] == 0 and lab["total"]:
        lab["total"] = str(int(d["total_p"]))
    lab.update(kw)
    return lab


# ------------------------------------------------------------------ capture: scan / phone photo
def render_page_images(pdf, dpi):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        pg = doc[i]
        W, H = pg.get_size()
        img = pg.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append((img, W, H))
    doc.close()
    return out


def degrade(img, Wpt, Hpt, dpi, rr):
    """slight rotation, blur, noise, paper tint, downscale. Returns image and pdf->pixel mapping."""
    import numpy as np
    from PIL import Image, ImageFilter
    ang = rr.uniform(-1.4, 1.4)
    gray = rr.random() < 0.5
    w, h = img.size
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=(238, 238, 234))
    img = img.filter(ImageFilter.GaussianBlur(rr.uniform(0.4, 0.9)))
    a = np.asarray(img).astype(np.float32)
    a = a * np.array([1.0, 0.99, 0.95]) * rr.uniform(0.93, 0.99)
    a += np.random.default_rng(rr.randint(0, 10 ** 6)).normal(0, rr.uniform(4, 9), a.shape[:2])[..., None]
    img = Image.fromarray(a.clip(0, 255).astype("uint8"))
    if gray:
        img = img.convert("L").convert("RGB")
    f = rr.uniform(0.62, 0.85)
    img = img.resize((int(w * f), int(h * f)), Image.BILINEAR)
    s = dpi / 72
    t = math.radians(ang)
    cx, cy = w / 2, h / 2

    def mp(x, y):
        px, py = x * s, (Hpt - y) * s
        dx, dy = px - cx, py - cy
        return ((cx + dx * math.cos(t) + dy * math.sin(t)) * f, (cy - dx * math.sin(t) + dy * math.cos(t)) * f)

    return img, mp, dpi * f, gray


def save_scan(imgs, fmt, out, dpi_eff, rr):
    if fmt == "jpg":
        imgs[0].save(out, "JPEG", quality=rr.randint(55, 80))
    elif fmt == "png":
        imgs[0].convert("L").save(out, "PNG")
    else:  # wrap JPEG-compressed pages into a PDF like a scanner app does
        from PIL import Image
        pages = []
        for im in imgs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=rr.randint(50, 75))
            pages.append(Image.open(io.BytesIO(b.getvalue())))
        pages[0].save(out, "PDF", resolution=dpi_eff, save_all=True, append_images=pages[1:])


def scan_capture(pdf, fmt, out, rr):
    dpi = rr.choice([150, 200, 200])
    pages = render_page_images(pdf, dpi)
    if fmt != "pdf":
        pages = pages[:1]
    imgs, maps = [], []
    for img, W, H in pages:
        im, mp, de, _ = degrade(img, W, H, dpi, rr)
        imgs.append(im)
        maps.append(mp)
    save_scan(imgs, fmt, out, de, rr)
    return dict(maps=maps, fmt=fmt, dpi=de, n=len(imgs), imgs=imgs)


def phone_capture(pdf, out, rr):
    import numpy as np, cv2
    from PIL import Image
    img, W, H = render_page_images(pdf, 130)[0]
    doc = np.asarray(img)
    h, w = doc.shape[:2]
    landscape = w > h
    CW, CH = (2000, 1500) if landscape else (1500, 2000)
    g = np.random.default_rng(rr.randint(0, 10 ** 6))
    # desk: wood-ish or grey laminate
    if rr.random() < 0.6:
        base = np.array([118, 84, 56]) * rr.uniform(0.8, 1.15)
        streak = g.normal(0, 1, (1, CW)).repeat(CH, 0)
        streak = cv2.GaussianBlur(streak.astype(np.float32), (0, 0), 3)
        desk = base[None, None, :] * (1 + 0.12 * streak[..., None]) + g.normal(0, 6, (CH, CW, 1))
    else:
        desk = np.array([170, 168, 160])[None, None, :] * np.ones((CH, CW, 1)) + g.normal(0, 5, (CH, CW, 1))
    desk = desk.clip(0, 255).astype(np.uint8)
    sc = rr.uniform(0.78, 0.9) * min(CW / w, CH / h)
    tw, th = w * sc, h * sc
    ox, oy = (CW - tw) / 2 + rr.uniform(-60, 60), (CH - th) / 2 + rr.uniform(-60, 60)
    j = lambda: rr.uniform(-0.06, 0.06) * min(tw, th)
    dst = np.float32([[ox + j(), oy + j()], [ox + tw + j(), oy + j()], [ox + tw + j(), oy + th + j()], [ox + j(), oy + th + j()]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (CW, CH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (CW, CH))
    # soft shadow of paper
    sh = cv2.GaussianBlur(mask, (0, 0), 18)
    desk = (desk * (1 - 0.35 * np.roll(np.roll(sh, 14, 0), 10, 1))[..., None]).astype(np.float32)
    comp = desk * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    # uneven light: gradient + hot spot
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    ang = rr.uniform(0, 2 * math.pi)
    grad = ((xx - CW / 2) * math.cos(ang) + (yy - CH / 2) * math.sin(ang)) / max(CW, CH)
    hx, hy = rr.uniform(0.2, 0.8) * CW, rr.uniform(0.2, 0.8) * CH
    spot = np.exp(-(((xx - hx) ** 2 + (yy - hy) ** 2) / (2 * (0.35 * CW) ** 2)))
    light = 0.82 + 0.25 * grad + 0.18 * spot
    comp = comp * light[..., None] * np.array([1.03, 1.0, 0.92])
    comp = cv2.GaussianBlur(comp, (0, 0), rr.uniform(0.7, 1.4))
    comp += g.normal(0, 4, comp.shape)
    Image.fromarray(comp.clip(0, 255).astype(np.uint8)).save(out, "JPEG", quality=rr.randint(80, 90))


# ------------------------------------------------------------------ PDF locating and edits
def find_boxes(pdf, text, whole=False):
    """[(page_index, (l,b,r,t), [charboxes])] for each occurrence of text."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    res = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        s = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            o = s.get_next()
            if not o:
                break
            st, cnt = o
            cbs = []
            for k in range(st, st + cnt):
                bx = tp.get_charbox(k)
                ch = tp.get_text_range(k, 1)
                if bx[2] - bx[0] > 0.01 and bx[3] - bx[1] > 0.01:
                    cbs.append((ch, bx))
            if cbs:
                l = min(b[0] for _, b in cbs); bt = min(b[1] for _, b in cbs)
                r = max(b[2] for _, b in cbs); t = max(b[3] for _, b in cbs)
                res.append((i, (l, bt, r, t), cbs))
    doc.close()
    return res


def all_chars(pdf, page=0):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf)
    tp = doc[page].get_textpage()
    out = []
    for k in range(tp.count_chars()):
        ch = tp.get_text_range(k, 1)
        bx = tp.get_charbox(k)
        out.append((ch, bx))
    doc.close()
    return out


def is_cjk(s):
    return any(ord(c) > 0x2E80 for c in s)


def overlay_edit(src, dst, repls, rr):
    """repls: list of (old, new, align, which) ; white box + new text drawn with reportlab, merged with pypdf."""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    R.rl_fonts("zh")
    reader = PdfReader(src)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=sizes[0])
    draws = {i: [] for i in range(len(sizes))}
    hits = 0
    for old, new, align, which in repls:
        occ = find_boxes(src, old)
        if which == "last":
            occ = occ[-1:]
        elif which == "first":
            occ = occ[:1]
        for pi, (l, b, r, t), cbs in occ:
            draws[pi].append((l, b, r, t, cbs, new, align))
            hits += 1
    if not hits:
        return False
    for pi, (W, H) in enumerate(sizes):
        c.setPageSize((W, H))
        for l, b, r, t, cbs, new, align in draws[pi]:
            caps = [bx for ch, bx in cbs if ch.isdigit() or (ch.isupper() and ch not in "JQ")]
            cj = is_cjk(new)
            if caps and not cj:
                base = sorted(bx[1] for bx in caps)[len(caps) // 2]
                ch_h = sorted(bx[3] - bx[1] for bx in caps)[len(caps) // 2]
                fs = ch_h / 0.716
            else:
                fs = (t - b) / 0.9
                base = b + 0.1 * fs
            font = "WQY" if (cj or is_cjk(old)) else "Helvetica"
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1, b - 1.2, r - l + 2, t - b + 2.4, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont(font, fs)
            if align == "r":
                c.drawRightString(r, base, new)
            else:
                c.drawString(l, base, new)
        c.showPage()
    c.save()
    ov = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=reader)
    for pi in range(len(sizes)):
        if draws[pi]:
            w.pages[pi].merge_page(ov.pages[pi])
    if rr.random() < 0.5:
        w.add_metadata({"/ModDate": "D:2026" + f"{rr.randint(1, 11):02d}{rr.randint(1, 28):02d}101500+08'00'"})
    w.write(dst)
    return True


def pdf_lit(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _replace_bytes(data, old, new, mode):
    o, n = pdf_lit(old), pdf_lit(new)
    if mode == "tj_first":
        pat = re.compile(rb"\(" + re.escape(o) + rb"\)(\s*Tj)")
        m = pat.search(data)
        if not m:
            return data, 0
        return data[:m.start()] + b"(" + n + b")" + m.group(1) + data[m.end():], 1
    # preceded by a non-number char, or by an octal escape such as \243 (pound sign) inside the literal
    pat = re.compile(rb"(?:(?<=\\[0-7]{3})|(?<![0-9.,]))" + re.escape(o) + rb"(?![0-9])")
    return pat.subn(lambda m: n, data)


def text_replace(src, dst, repls, engine, rr):
    """Edit literal strings inside page content streams. repls: (old, new, mode)."""
    total = 0
    if engine == "pikepdf":
        import pikepdf
        pdf = pikepdf.open(src)
        for page in pdf.pages:
            cs = page.obj.Contents
            streams = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
            for st in streams:
                data = st.read_bytes()
                for old, new, mode in repls:
                    data, k = _replace_bytes(data, old, new, mode)
                    total += k
                st.write(data)
        if rr.random() < 0.5:
            pdf.docinfo["/ModDate"] = "D:2026" + f"{rr.randint(1, 11):02d}{rr.randint(1, 28):02d}093000Z"
        pdf.save(dst)
        pdf.close()
    else:
        from pypdf import PdfWriter
        from pypdf.generic import NameObject
        w = PdfWriter(src, incremental=True) if engine == "pypdf_incremental" else PdfWriter(clone_from=src)
        for page in w.pages:
            c = page.get_contents()
            if c is None:
                continue
            data = c.get_data()
            d0 = data
            for old, new, mode in repls:
                data, k = _replace_bytes(data, old, new, mode)
                total += k
            if data != d0:
                c.set_data(data)
                page.replace_contents(c)
        if engine == "pypdf_incremental":
            w.add_metadata({"/ModDate": "D:2026" + f"{rr.randint(1, 11):02d}{rr.randint(1, 28):02d}143000+08'00'"})
        w.write(dst)
    return total


def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6", f"-sOutputFile={dst}", src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return os.path.exists(dst)


def img_font(new, px):
    from PIL import ImageFont
    path = R.WQY if is_cjk(new) else R.DJ
    return ImageFont.truetype(path, max(6, int(px)))


def image_paste(imgs, cap, base_pdf, old, new, align, rr, which="all"):
    """cover a text region in the captured image and paste a freshly typed patch."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter
    occ = find_boxes(base_pdf, old)
    if which == "last":
        occ = occ[-1:]
    hits = 0
    for pi, (l, b, r, t), cbs in occ:
        if pi >= len(imgs):
            continue
        im = imgs[pi]
        mp = cap["maps"][pi]
        pts = [mp(l, b), mp(r, b), mp(l, t), mp(r, t)]
        x0 = int(min(p[0] for p in pts)) - 2; x1 = int(max(p[0] for p in pts)) + 3
        y0 = int(min(p[1] for p in pts)) - 2; y1 = int(max(p[1] for p in pts)) + 3
        a = np.asarray(im.convert("L"))
        ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].ravel(), a[y1:y1 + 4, x0:x1].ravel()])
        bg = int(np.percentile(ring, 60)) if ring.size else 235
        ink = int(np.percentile(a[y0:y1, x0:x1], 3)) if (y1 > y0 and x1 > x0) else 40
        hpx = y1 - y0 - 4
        fnt = img_font(new, hpx * (0.95 if is_cjk(new) else 1.28))
        tw = ImageDraw.Draw(im).textlength(new, font=fnt)
        W = int(max(x1 - x0, tw + 6))
        px0 = x1 - W if align == "r" else x0
        patch = Image.new("RGB", (W, y1 - y0), (bg, bg, max(0, bg - 6)))
        dr = ImageDraw.Draw(patch)
        tx = W - tw - 2 if align == "r" else 2
        dr.text((tx, (y1 - y0) / 2), new, font=fnt, fill=(ink, ink, ink), anchor="lm")
        patch = patch.filter(ImageFilter.GaussianBlur(0.5))
        im.paste(patch, (px0, y0))
        hits += 1
    return hits


def image_clone(imgs, cap, base_pdf, target, rr):
    """change one digit of `target` by copying a matching digit glyph from elsewhere on the same image."""
    occ = find_boxes(base_pdf, target)
    if not occ:
        return None
    pi, box, cbs = occ[-1]
    chars = all_chars(base_pdf, pi)
    digit_pos = [k for k, (ch, bx) in enumerate(cbs) if ch.isdigit()]
    im = imgs[pi]
    mp = cap["maps"][pi]
    th = cbs[digit_pos[0]][1][3] - cbs[digit_pos[0]][1][1]
    for k in digit_pos[:3]:
        oldd = cbs[k][0]
        cands = [(ch, bx) for ch, bx in chars if ch.isdigit() and ch != oldd and 0.7 < (bx[3] - bx[1]) / th < 1.35]
        if not cands:
            continue
        pref = [c for c in cands if int(c[0]) > int(oldd)] or cands
        ch, sbx = rr.choice(pref)
        tbx = cbs[k][1]
        s0 = mp(sbx[0], sbx[3]); s1 = mp(sbx[2], sbx[1])
        t0 = mp(tbx[0], tbx[3]); t1 = mp(tbx[2], tbx[1])
        pad = 2
        region = im.crop((int(s0[0]) - pad, int(s0[1]) - pad, int(s1[0]) + pad + 1, int(s1[1]) + pad + 1))
        tw_, th_ = int(t1[0]) - int(t0[0]) + 2 * pad + 1, int(t1[1]) - int(t0[1]) + 2 * pad + 1
        if abs(region.size[1] - th_) > 1:  # scale the cloned glyph to the target height
            from PIL import Image
            region = region.resize((max(3, int(region.size[0] * th_ / region.size[1])), th_), Image.BICUBIC)
        im.paste(region, (int(t0[0]) - pad, int(t0[1]) - pad))
        txt = "".join(c for c, _ in cbs)
        # rebuild the printed string with the new digit
        new = txt[:k] + ch + txt[k + 1:]
        return target, new
    return None


# ------------------------------------------------------------------ main
def main():
    t0 = dt.datetime.now()
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    os.makedirs(TMP, exist_ok=True)
    srv = subprocess.Popen([sys.executable, "-m", "http.server", str(R.ERP_PORT[0]), "--bind", "127.0.0.1", "--directory", TMP],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import time, atexit; time.sleep(1)
    atexit.register(srv.terminate)
    labels = []
    docs = []   # genuine records: dict(d, file, base_pdf, kind of capture ...)
    office_jobs = []
    for i, (prod, region, kind, tpl, opts) in enumerate(PLAN):
        o = dict(opts)
        if o.get("multi"):
            o["n"] = rng.randint(30, 38)
        d = make_spec(i, prod, region, kind, tpl, o)
        rec = dict(d=d, prod=prod)
        try:
            if prod in ("rl", "fpdf", "chrome", "weasy"):
                base = os.path.join(TMP, f"g{i:03d}.pdf")
                render_pdf(d, prod, base)
                fn = newname("pdf")
                shutil.copy(base, os.path.join(OUT, fn))
                rec.update(file=fn, base_pdf=base, producer=PRODUCER_NAME[prod], pages=pdf_pages(base))
            elif prod in ("calc", "docx"):
                src = os.path.join(TMP, f"g{i:03d}." + ("fods" if prod == "calc" else "docx"))
                (R.fods if prod == "calc" else R.docx_build)(d, src)
                office_jobs.append((rec, src))
            elif prod in ("scan", "phone"):
                base = os.path.join(TMP, f"g{i:03d}.pdf")
                render_pdf(d, o["base"], base)
                rr = random.Random(rng.randint(0, 10 ** 9))
                if prod == "scan":
                    fn = newname(o["fmt"])
                    cap = scan_capture(base, o["fmt"], os.path.join(OUT, fn), rr)
                    rec.update(file=fn, base_pdf=base, producer={"jpg": "scan_jpeg", "png": "scan_png", "pdf": "scan_pdf"}[o["fmt"]],
                               pages=cap["n"], cap=cap, render_base=PRODUCER_NAME[o["base"]])
                else:
                    fn = newname("jpg")
                    phone_capture(base, os.path.join(OUT, fn), rr)
                    rec.update(file=fn, base_pdf=base, producer="phone_photo", pages=1, render_base=PRODUCER_NAME[o["base"]])
        except Exception as ex:
            print("FAILED genuine", i, prod, region, kind, repr(ex))
            continue
        if prod not in ("calc", "docx"):
            docs.append(rec)
    # ---- edits that happen in the source document before export (docx / spreadsheet re-edit)
    src_edits = []
    calc_recs = [r for r, s in office_jobs if r["prod"] == "calc" and r["d"]["has_prices"] and r["d"]["kind"] != "price_list" and not r["d"]["err"]]
    docx_recs = [r for r, s in office_jobs if r["prod"] == "docx" and r["d"]["has_prices"] and not r["d"]["err"]]
    for k, r in enumerate(calc_recs[:2] + docx_recs[:3]):
        d2 = copy.deepcopy(r["d"])
        what = []
        if k % 2 == 0:
            nb = rng.choice(ALT_BUYERS_ZH if d2["lang"] == "zh" else [b for b in ALT_BUYERS if b != d2["buy_name"]])
            d2["buy_name"] = nb
            what.append("buyer")
        if k % 2 == 1 or k == 4:
            d2["date"] = d2["date"] + dt.timedelta(days=rng.choice([-120, -75, -40, -20]))
            d2["date_str"] = fmt_date(d2["date"], d2["date_style"])
            what.append("date")
        if k in (1, 2):
            d2["total_p"] = d2["total_p"] + Decimal(rng.choice([300, 1250, 2000]))
            what.append("total")
        src = os.path.join(TMP, f"s{k:02d}." + ("fods" if r["prod"] == "calc" else "docx"))
        (R.fods if r["prod"] == "calc" else R.docx_build)(d2, src)
        src_edits.append((r, d2, src, what))
    # ---- LibreOffice batch conversion (one process, files one at a time inside it)
    allsrc = [s for _, s in office_jobs] + [s for _, _, s, _ in src_edits]
    R.soffice_convert(allsrc, TMP)
    for rec, src in office_jobs:
        pdf = src.rsplit(".", 1)[0] + ".pdf"
        if not os.path.exists(pdf):
            print("FAILED office", src)
            continue
        fn = newname("pdf")
        shutil.copy(pdf, os.path.join(OUT, fn))
        rec.update(file=fn, base_pdf=pdf, producer=PRODUCER_NAME[rec["prod"]], pages=pdf_pages(pdf))
        docs.append(rec)
    for rec in docs:
        d = rec["d"]
        labels.append(label_for(d, rec["file"], rec["producer"], rec["pages"], **({"render_base": rec["render_base"]} if rec.get("render_base") else {})))
    byfile = {l["file"]: l for l in labels}
    edits = []

    def add_edit(rec, fn, method, what, newvals, before=False, producer=None, pages=None):
        lab = dict(byfile[rec["file"]])
        lab.update(file=fn, genuine=False, edit_method=method, what_changed=what, edit_before_capture=before,
                   arithmetic_error=False, base_file=rec["file"])
        if producer:
            lab["producer"] = producer
        if pages:
            lab["pages"] = pages
        lab.update(newvals)
        edits.append(lab)

    for r, d2, src, what in src_edits:
        pdf = src.rsplit(".", 1)[0] + ".pdf"
        if not os.path.exists(pdf):
            print("FAILED src edit", src)
            continue
        fn = newname("pdf")
        shutil.copy(pdf, os.path.join(OUT, fn))
        nv = dict(date=d2["date"].isoformat(), total=str(d2["total_p"]), buyer=d2["buy_name"])
        add_edit(r, fn, "source_reedit_" + ("sheet" if r["prod"] == "calc" else "docx") + "_reexport", what, nv, before=True,
                 pages=pdf_pages(pdf))

    # ---- field change helpers
    def change(d, field):
        """returns (old_str, new_str, align, newvals)"""
        if field == "total":
            delta = rng.choice([Decimal("1.8"), Decimal("2.5"), Decimal("0.6"), Decimal("3")])
            nt = (d["total_p"] * delta).quantize(Decimal("1") if d["dec"] == 0 else Decimal("0.01"))
            if delta < 1 and nt < 1:
                nt = d["total_p"] + 100
            old = fmt_num(d["total_p"], d["num_style"], d["dec"])
            new = fmt_num(nt, d["num_style"], d["dec"])
            return old, new, "r", dict(total=str(nt))
        if field == "date":
            nd = d["date"] + dt.timedelta(days=rng.choice([-150, -90, -61, -33, 28, 45]))
            if nd > dt.date(2026, 11, 30):
                nd = d["date"] - dt.timedelta(days=rng.choice([40, 75, 120]))
            return d["date_str"], fmt_date(nd, d["date_style"]), "l", dict(date=nd.isoformat())
        if field == "buyer":
            pool = ALT_BUYERS_ZH if d["lang"] in ("zh", "ja") else ALT_BUYERS
            nb = rng.choice([b for b in pool if b != d["buy_name"]])
            return d["buy_name"], nb, "l", dict(buyer=nb)
        if field == "quantity":
            it = d["items"][0]
            nq = it["qty"] * rng.choice([2, 3, 5, 10])
            return R.qtys(it["qty"]), R.qtys(nq), "r", {}
        raise ValueError(field)

    def pick(pred, n):
        c = [r for r in docs if pred(r) and not r["d"]["err"] and not r.get("used") and r["d"]["has_prices"]
             and r["d"]["kind"] not in ("price_list",)]
        rng.shuffle(c)
        for r in c[:n]:
            r["used"] = True
        return c[:n]

    latin_core = lambda r: r["prod"] in ("rl", "fpdf") and r["d"]["lang"] in ("en", "de", "fr", "it", "es", "nl") and r["d"]["tpl"] != "cnreceipt"
    # 1) pikepdf literal replacement (8)
    fields = ["total", "date", "buyer", "quantity", "total", "total", "date", "quantity"]
    for k, r in enumerate(pick(latin_core, 8)):
        f = fields[k]
        old, new, al, nv = change(r["d"], f)
        fn = newname("pdf")
        mode = "tj_first" if f == "quantity" else "all"
        n = text_replace(r["base_pdf"], os.path.join(OUT, fn), [(old, new, mode)], "pikepdf", rng)
        if n == 0:
            ok = overlay_edit(r["base_pdf"], os.path.join(OUT, fn), [(old, new, al, "all")], rng)
            print("pikepdf replace found nothing, used overlay", r["file"], f)
            add_edit(r, fn, "overlay_whitebox", [f], nv)
        else:
            add_edit(r, fn, "pikepdf_text_replace", [f], nv)
    # 2) pypdf content stream edit, full rewrite (4) and incremental update (4)
    for eng, cnt, fl in (("pypdf", 4, ["total", "buyer", "date", "total"]), ("pypdf_incremental", 4, ["total", "date", "total", "buyer"])):
        for k, r in enumerate(pick(latin_core, cnt)):
            f = fl[k]
            old, new, al, nv = change(r["d"], f)
            reps = [(old, new, "all")]
            what = [f]
            nv = dict(nv)
            if k == 0 and eng == "pypdf":  # buyer + total together
                o2, n2, _, nv2 = change(r["d"], "buyer")
                reps.append((o2, n2, "all"))
                what.append("buyer")
                nv.update(nv2)
            fn = newname("pdf")
            n = text_replace(r["base_pdf"], os.path.join(OUT, fn), reps, eng, rng)
            if n == 0:
                print("pypdf replace found nothing", r["file"], f)
                os.remove(os.path.join(OUT, fn))
                _names.discard(fn)
                continue
            add_edit(r, fn, "pypdf_content_stream_edit" if eng == "pypdf" else "pypdf_incremental_update", what, nv)
    # 3) white box + new text overlay (reportlab merged by pypdf) on HTML / office / CJK pdfs (9), + ghostscript resave (3)
    ov_pred = lambda r: r["prod"] in ("chrome", "weasy", "calc", "docx") and r["d"]["tpl"] != "erp" or (r["prod"] == "rl" and r["d"]["lang"] in ("zh", "pl"))
    ovf = ["total", "buyer", "date", "total", "buyer", "total", "date", "total", "buyer", "total", "date", "buyer"]
    for k, r in enumerate(pick(ov_pred, 12)):
        f = ovf[k]
        old, new, al, nv = change(r["d"], f)
        fn = newname("pdf")
        tmpo = os.path.join(TMP, f"ov{k}.pdf")
        ok = overlay_edit(r["base_pdf"], tmpo, [(old, new, al, "all")], rng)
        if not ok:
            print("overlay: text not found", r["file"], f, old)
            _names.discard(fn)
            continue
        if k >= 9:
            gs_resave(tmpo, os.path.join(OUT, fn))
            add_edit(r, fn, "overlay_whitebox_then_ghostscript_resave", [f], nv)
        else:
            shutil.copy(tmpo, os.path.join(OUT, fn))
            add_edit(r, fn, "overlay_whitebox", [f], nv)
    # 4) ERP page: the browser-printed page edited with overlay
    for r in pick(lambda r: r["prod"] == "chrome" and r["d"]["tpl"] == "erp", 1):
        old, new, al, nv = change(r["d"], "total")
        fn = newname("pdf")
        if overlay_edit(r["base_pdf"], os.path.join(OUT, fn), [(old, new, al, "all")], rng):
            add_edit(r, fn, "overlay_whitebox", ["total"], nv)
    # 5) image edits after capture on scans (paste 5, clone 3)
    scans = lambda r: r["prod"] == "scan" and r["cap"]["fmt"] in ("jpg", "png", "pdf")
    pf = ["total", "date", "buyer", "total", "date"]
    for k, r in enumerate(pick(scans, 5)):
        f = pf[k]
        old, new, al, nv = change(r["d"], f)
        imgs = [im.copy() for im in r["cap"]["imgs"]]
        h = image_paste(imgs, r["cap"], r["base_pdf"], old, new, al, rng)
        if not h:
            print("image_paste: not found", r["file"], f)
            continue
        fn = newname(r["cap"]["fmt"])
        save_scan(imgs, r["cap"]["fmt"], os.path.join(OUT, fn), r["cap"]["dpi"], rng)
        add_edit(r, fn, "image_paste", [f], nv, pages=len(imgs))
    for k, r in enumerate(pick(scans, 3)):
        d = r["d"]
        tgt = fmt_num(d["total_p"], d["num_style"], d["dec"])
        imgs = [im.copy() for im in r["cap"]["imgs"]]
        res = image_clone(imgs, r["cap"], r["base_pdf"], tgt, rng)
        if not res:
            print("image_clone failed", r["file"])
            continue
        _, new = res
        try:
            nt = parse_num(new, d["num_style"])
        except Exception:
            print("clone parse fail", new)
            continue
        fn = newname(r["cap"]["fmt"])
        save_scan(imgs, r["cap"]["fmt"], os.path.join(OUT, fn), r["cap"]["dpi"], rng)
        add_edit(r, fn, "image_clone_digit", ["total"], dict(total=str(nt)), pages=len(imgs))
    # 6) edited PDF, then printed and scanned / photographed (no trace inside the file)
    bc = pick(lambda r: r["prod"] in ("scan", "phone") and r["d"]["tpl"] != "cnreceipt", 4)
    bc += pick(lambda r: r["prod"] in ("scan", "phone"), max(0, 4 - len(bc)))
    bf = ["total", "buyer", "date", "total"]
    for k, r in enumerate(bc):
        f = bf[k]
        old, new, al, nv = change(r["d"], f)
        tmpo = os.path.join(TMP, f"bc{k}.pdf")
        if not overlay_edit(r["base_pdf"], tmpo, [(old, new, al, "all")], rng):
            print("before-capture overlay failed", r["file"])
            continue
        rr = random.Random(rng.randint(0, 10 ** 9))
        if r["prod"] == "phone":
            fn = newname("jpg")
            phone_capture(tmpo, os.path.join(OUT, fn), rr)
            add_edit(r, fn, "pdf_overlay_then_photographed", [f], nv, before=True)
        else:
            fmt = r["cap"]["fmt"]
            fn = newname(fmt)
            cap = scan_capture(tmpo, fmt, os.path.join(OUT, fn), rr)
            add_edit(r, fn, "pdf_overlay_then_scanned", [f], nv, before=True, pages=cap["n"])
    srv.terminate()
    labels += edits
    # ---- write labels and check
    rng.shuffle(labels)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in sorted(labels, key=lambda x: x["file"]):
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()
    print("elapsed", dt.datetime.now() - t0)


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(OUT, l["file"]))]
    extra = set(os.listdir(OUT)) - {l["file"] for l in labs}
    print("labels:", len(labs), "missing files:", missing, "unlabelled files:", sorted(extra))
    print("genuine:", sum(l["genuine"] for l in labs), "edited:", sum(not l["genuine"] for l in labs),
          "arithmetic_error:", sum(l["arithmetic_error"] for l in labs), "is_invoice:", sum(l["is_invoice"] for l in labs))
    for k in ("producer", "language", "doc_type", "edit_method", "edit_before_capture"):
        print(k, dict(Counter(str(l[k]) for l in labs).most_common()))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
