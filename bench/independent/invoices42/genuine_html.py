"""Genuine invoices as HTML/CSS 'accounting package' layouts, printed by WeasyPrint or Chromium."""
import os, random, subprocess, html
from common import *

E = html.escape

CSS = {
"ledger": """@page{size:A4;margin:18mm 16mm}body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
h1{font-size:20pt;color:#1d4e89;margin:0 0 4mm 0;letter-spacing:1px}.top{display:flex;justify-content:space-between}
table.items{width:100%;border-collapse:collapse;margin-top:8mm}table.items th{background:#1d4e89;color:#fff;text-align:left;padding:4px}
table.items td{border-bottom:1px solid #ccd;padding:4px}.r{text-align:right}.tot{width:45%;margin-left:55%;margin-top:4mm;border-collapse:collapse}
.tot td{padding:3px}.grand td{font-weight:bold;border-top:2px solid #1d4e89;font-size:11pt}.foot{margin-top:12mm;font-size:8pt;color:#555}
.box{border:1px solid #bbb;padding:3mm;width:75mm}.meta td{padding:1px 6px 1px 0}""",
"peppol": """@page{size:A4;margin:14mm}body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:8.8pt}
.hdr{border-bottom:3px solid #3a8d5c;padding-bottom:3mm}h1{font-size:15pt;margin:0}.sm{font-size:7.5pt;color:#555}
.grid{display:table;width:100%;margin-top:5mm}.cell{display:table-cell;width:50%;vertical-align:top;padding-right:4mm}
.lbl{font-size:7pt;text-transform:uppercase;color:#3a8d5c}table{width:100%;border-collapse:collapse}
table.items{margin-top:6mm}table.items th{border-bottom:1px solid #333;text-align:left;font-size:7.5pt}table.items td{padding:3px 2px;border-bottom:1px dotted #aaa}
.r{text-align:right}.tot{width:50%;margin-left:50%;margin-top:4mm}.grand td{font-weight:bold;background:#e7f3ec;font-size:10.5pt}
.foot{margin-top:8mm;font-size:7pt;color:#666;border-top:1px solid #ccc;padding-top:2mm}""",
"bright": """@page{size:A4;margin:0}body{font-family:'DejaVu Serif',serif;font-size:9.5pt;margin:0}
.band{background:#f28c28;color:#fff;padding:10mm 16mm 6mm 16mm}.band h1{margin:0;font-size:24pt;font-family:'DejaVu Sans'}
.main{padding:8mm 16mm}.two{width:100%}.two td{vertical-align:top;width:50%}table.items{width:100%;border-collapse:collapse;margin-top:6mm}
table.items th{border-bottom:2px solid #f28c28;text-align:left;font-family:'DejaVu Sans';font-size:8.5pt}table.items td{padding:5px 3px;border-bottom:1px solid #eee}
table.items tr:nth-child(even) td{background:#fdf3ea}.r{text-align:right}.tot{width:48%;margin-left:52%;margin-top:5mm;border-collapse:collapse}
.grand td{font-weight:bold;color:#f28c28;font-size:12pt;border-top:1px solid #f28c28}.foot{margin-top:10mm;font-size:8pt;color:#777}""",
}

def party_html(p):
    return "<b>%s</b><br>%s<br>%s%s" % (E(p["name"]), "<br>".join(E(x) for x in p["lines"]), E(p["tax"]),
                                         ("<br>" + E(p["extra"])) if p.get("extra") else "")

def build_html(inv, style):
    t = T[inv["lang"]]
    lang = inv["lang"]
    rows = []
    for i, it in enumerate(inv["items"], 1):
        vat = "" if inv["reverse"] or inv["export"] else "%s%%" % str(it["vat"]).rstrip("0").rstrip(".") if "." in str(it["vat"]) else "%s%%" % it["vat"]
        rows.append("<tr><td>%d</td><td>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
            i, E(it["sku"]), E(it["desc"]), it["qty"], money(it["price"], inv, False), vat, money(it["line"], inv, False)))
    tot = ["<tr><td>%s</td><td class=r>%s</td></tr>" % (E(t["sub"] if inv["disc_pct"] == 0 and not inv["ship"] else t["amount"]), money(inv["subtotal"], inv))]
    if inv["discount"]:
        tot.append("<tr><td>%s %s%%</td><td class=r>-%s</td></tr>" % (E(t["disc"]), inv["disc_pct"], money(inv["discount"], inv)))
    if inv["ship"]:
        tot.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (E(t["ship"]), money(inv["ship"], inv)))
    if inv["discount"] or inv["ship"]:
        tot.append("<tr><td>%s</td><td class=r>%s</td></tr>" % (E(t["sub"]), money(inv["net"], inv)))
    for rate in sorted(inv["taxes"], reverse=True):
        if rate == 0:
            continue
        tot.append("<tr><td>%s (%s %s)</td><td class=r>%s</td></tr>" % (E(tax_label(inv, rate)), money(inv["bases"][rate], inv, False), "", money(inv["taxes"][rate], inv)))
    tot.append("<tr class=grand><td>%s</td><td class=r>%s</td></tr>" % (E(t["total"]), money(inv["printed_total"], inv)))
    notes = []
    if inv["reverse"]:
        notes.append({"nl": "Btw verlegd – intracommunautaire levering (art. 138 Richtlijn 2006/112/EG)",
                      "fr": "Autoliquidation – livraison intracommunautaire exonérée (art. 138 Directive 2006/112/CE)",
                      "de": "Steuerschuldnerschaft des Leistungsempfängers – innergemeinschaftliche Lieferung",
                      "it": "Operazione non imponibile art. 41 D.L. 331/93 – inversione contabile",
                      "es": "Entrega intracomunitaria exenta art. 25 LIVA – inversión del sujeto pasivo",
                      "pl": "Odwrotne obciążenie – WDT", "en": "Reverse charge – intra-Community supply"}.get(lang, ""))
    if inv.get("incoterm"):
        notes.append("Incoterms 2020: %s. Country of origin: China. HS codes per packing list." % inv["incoterm"])
    pay = "%s %s" % (t["pay"], inv["iban"])
    if inv["ogm"]:
        pay += " — %s: <b>%s</b>" % (t["ref"], inv["ogm"])
    meta = "<table class=meta><tr><td>%s</td><td><b>%s</b></td></tr><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table>" % (
        E(t["no"]), E(inv["number"]), E(t["date"]), ds(inv), E(t["due"]), ds(inv, inv["due"]))
    items_head = "<tr><th>#</th><th>Art.</th><th>%s</th><th class=r>%s</th><th class=r>%s</th><th class=r>%s</th><th class=r>%s</th></tr>" % (
        E(t["desc"]), E(t["qty"]), E(t["unit"]), E(t["vat"]), E(t["amount"]))
    body_items = "<table class=items>%s%s</table>" % (items_head, "".join(rows))
    totals = "<table class=tot>%s</table>" % "".join(tot)
    foot = "<div class=foot>%s<br>%s</div>" % (pay, "<br>".join(E(n) for n in notes))
    if style == "ledger":
        body = "<div class=top><div><h1>%s</h1>%s</div><div style='text-align:right'>%s</div></div><div class=box style='margin-top:8mm'><i>%s</i><br>%s</div>%s%s%s" % (
            E(title(inv)), meta, party_html(inv["supplier"]), E(t["to"]), party_html(inv["buyer"]), body_items, totals, foot)
    elif style == "peppol":
        body = ("<div class=hdr><h1>%s %s</h1><div class=sm>Peppol BIS Billing 3.0 · UBL 2.1 · rendered by Kassaboek Online v4.2</div></div>"
                "<div class=grid><div class=cell><div class=lbl>Seller / Leverancier</div>%s</div><div class=cell><div class=lbl>%s</div>%s</div></div>"
                "<div style='margin-top:4mm'>%s</div>%s%s%s") % (E(title(inv)), E(inv["number"]), party_html(inv["supplier"]), E(t["to"]), party_html(inv["buyer"]), meta, body_items, totals, foot)
    else:
        body = ("<div class=band><h1>%s</h1>%s</div><div class=main><table class=two><tr><td>%s</td><td><i>%s</i><br>%s</td></tr></table>%s%s%s%s</div>") % (
            E(title(inv)), E(inv["supplier"]["name"]), party_html(inv["supplier"]), E(t["to"]), party_html(inv["buyer"]), meta, body_items, totals, foot)
    return "<!doctype html><html lang=%s><head><meta charset=utf-8><style>%s</style></head><body>%s</body></html>" % (lang, CSS[style], body)

# ------------- special layouts: Chinese VAT invoice style, Japanese 請求書
def build_fapiao(inv):
    t = T["zh"]
    s, b = inv["supplier"], inv["buyer"]
    rows = "".join("<tr><td>*日用品*%s</td><td>个</td><td class=r>%d</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s%%</td><td class=r>%s</td></tr>" % (
        E(it["desc"]), it["qty"], fmt_num(it["price"], "en"), fmt_num(it["line"], "en"), it["vat"], fmt_num(q2(it["line"] * it["vat"] / 100), "en")) for it in inv["items"])
    css = """@page{size:A4 landscape;margin:12mm}body{font-family:'WenQuanYi Micro Hei',sans-serif;color:#7a3b10;font-size:9pt}
    h1{text-align:center;font-size:20pt;letter-spacing:6px;margin:0;border-bottom:3px double #7a3b10;width:60%;margin-left:20%}
    table{width:100%;border-collapse:collapse}td,th{border:1px solid #a0522d;padding:3px}.r{text-align:right}.k{color:#111}.hd td{border:none}"""
    body = ("<h1>电子发票（%s）</h1><table class=hd><tr><td>%s：<span class=k>%s</span></td><td style='text-align:right'>%s：<span class=k>%s</span></td></tr></table>"
            "<table><tr><td rowspan=2 style='width:4%%'>购<br>买<br>方</td><td>名称：<span class=k>%s</span></td><td rowspan=2 style='width:4%%'>销<br>售<br>方</td><td>名称：<span class=k>%s</span></td></tr>"
            "<tr><td class=k>%s</td><td class=k>%s<br>%s</td></tr></table>"
            "<table><tr><th>项目名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>%s"
            "<tr><td>合计</td><td></td><td></td><td></td><td class=r>¥%s</td><td></td><td class=r>¥%s</td></tr>"
            "<tr><td>%s</td><td colspan=6 class=k style='font-size:11pt'>¥%s</td></tr></table>"
            "<table><tr><td style='width:8%%'>备注</td><td class=k>开户银行：中国工商银行宁波分行 账号：3901 1200 0920 0488 715</td></tr></table>"
            "<p>开票人：王丽</p>") % (
        "增值税专用发票", t["no"], "26332000000%07d" % inv["idx"], t["date"], ds(inv), E(b["name"]), E(s["name"]),
        E(b["tax"]), E(s["lines"][0]), E(s["tax"]), rows, fmt_num(inv["net"], "en"), fmt_num(inv["tax"], "en"), t["total"], fmt_num(inv["printed_total"], "en"))
    return "<!doctype html><html lang=zh><head><meta charset=utf-8><style>%s</style></head><body>%s</body></html>" % (css, body)

def build_seikyu(inv):
    t = T["ja"]
    s, b = inv["supplier"], inv["buyer"]
    rows = "".join("<tr><td>%s</td><td class=r>%d</td><td class=r>%s</td><td class=r>%s</td><td>%s%%%s</td></tr>" % (
        E(it["desc"]), it["qty"], fmt_num(it["price"], "en", 0), fmt_num(it["line"], "en", 0), it["vat"], "※" if it["vat"] == 8 else "") for it in inv["items"])
    taxrows = "".join("<tr><td>%s%%対象 %s</td><td class=r>消費税 %s</td></tr>" % (r, money(inv["bases"][r], inv), money(inv["taxes"][r], inv)) for r in sorted(inv["taxes"], reverse=True))
    css = """@page{size:A4;margin:16mm}body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt}
    h1{text-align:center;letter-spacing:14px;font-weight:normal;border-bottom:1px solid #000}table{border-collapse:collapse}
    .items{width:100%;margin-top:6mm}.items td,.items th{border:1px solid #555;padding:3px}.items th{background:#eee}.r{text-align:right}
    .big{font-size:15pt;border-bottom:2px solid #000;padding:2mm}"""
    body = ("<h1>%s</h1><table style='width:100%%'><tr><td style='vertical-align:top'><span style='font-size:13pt;border-bottom:1px solid'>%s %s</span><br><br>下記のとおりご請求申し上げます。<br><br>"
            "<span class=big>%s　%s（税込）</span></td><td style='text-align:right;vertical-align:top'>%s：%s<br>%s：%s<br><br>%s<br>%s<br>%s<br>%s</td></tr></table>"
            "<table class=items><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>税率</th></tr>%s</table>"
            "<table style='margin-left:55%%;width:45%%;margin-top:4mm'><tr><td>%s</td><td class=r>%s</td></tr>%s<tr><td><b>合計</b></td><td class=r><b>%s</b></td></tr></table>"
            "<p>%s：%s<br>%s：%s　※は軽減税率対象</p>") % (
        t["invoice"], E(b["name"]), t["to"], t["total"], money(inv["printed_total"], inv), t["no"], inv["number"], t["date"], ds(inv),
        E(s["name"]), "<br>".join(E(x) for x in s["lines"]), E(s["tax"]), "TEL 06-6201-4418",
        t["desc"], t["qty"], t["unit"], t["amount"], rows, t["sub"], money(inv["subtotal"], inv), taxrows, money(inv["printed_total"], inv),
        t["pay"], "三つ葉銀行 本町支店 普通 4471029", t["due"], ds(inv, inv["due"]))
    return "<!doctype html><html lang=ja><head><meta charset=utf-8><style>%s</style></head><body>%s</body></html>" % (css, body)

def render(htmlsrc, out, engine):
    tmp = os.path.join(WORK, os.path.basename(out) + ".html")
    with open(tmp, "w") as f: f.write(htmlsrc)
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(filename=tmp).write_pdf(out)
    else:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + out, tmp], check=True, timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

PLAN = [  # (lang, supplier key, style, engine, extra)
    ("nl", "nl_be", "ledger", "weasyprint", {}), ("nl", "nl_be", "peppol", "weasyprint", {}), ("nl", "nl_be", "bright", "chromium", {}),
    ("nl", "nl_nl", "peppol", "weasyprint", {}), ("nl", "nl_nl", "ledger", "chromium", {"n_items": 28}),
    ("fr", "fr_be", "peppol", "weasyprint", {}), ("fr", "fr_be", "ledger", "chromium", {}), ("fr", "fr_lu", "bright", "weasyprint", {}),
    ("fr", "fr", "ledger", "weasyprint", {}), ("de", "de", "ledger", "weasyprint", {}), ("de", "de", "bright", "chromium", {}),
    ("de", "de", "peppol", "weasyprint", {"n_items": 26}), ("en", "en_cn", "ledger", "weasyprint", {}), ("en", "en_cn", "bright", "chromium", {}),
    ("en", "en", "peppol", "weasyprint", {"doc_type": "credit_note"}), ("it", "it", "ledger", "weasyprint", {}),
    ("es", "es", "bright", "weasyprint", {}), ("pl", "pl", "ledger", "chromium", {}), ("nl", "nl_be", "peppol", "chromium", {"arith_delta": D("10.00")}),
    ("fr", "fr_be", "bright", "weasyprint", {"doc_type": "credit_note"}),
    ("zh", "zh", "fapiao", "weasyprint", {"doc_type": "tax_invoice"}), ("zh", "zh", "fapiao", "chromium", {"doc_type": "tax_invoice"}),
    ("ja", "ja", "seikyu", "weasyprint", {}), ("ja", "ja", "seikyu", "chromium", {"arith_delta": D("1000")}),
    ("nl", "nl_be", "ledger", "weasyprint", {}), ("de", "de", "peppol", "chromium", {}), ("en", "en_cn", "peppol", "weasyprint", {"doc_type": "proforma"}),
    ("nl", "nl_nl", "bright", "weasyprint", {}),
]

def run(seed=4201):
    rng = random.Random(seed)
    labels, metas = [], []
    for k, (lang, skey, style, engine, extra) in enumerate(PLAN):
        extra = dict(extra)
        inv = new_invoice(rng, 100 + k, lang, skey, **extra)
        name = "h%02d_%s_%s.pdf" % (k, lang, style)
        out = os.path.join(FILES, name)
        src = build_fapiao(inv) if style == "fapiao" else build_seikyu(inv) if style == "seikyu" else build_html(inv, style)
        render(src, out, engine)
        prod = "html_%s_%s" % (engine, style)
        lab = label(inv, name, prod, pdf_pages(out))
        if inv["doc_type"] == "proforma": lab["is_invoice"] = False
        labels.append(lab); metas.append(meta_for(inv, name, prod, lab))
        print("ok", name, lab["pages"], flush=True)
    write_part("html", labels, metas)
    return labels

if __name__ == "__main__":
    run()
