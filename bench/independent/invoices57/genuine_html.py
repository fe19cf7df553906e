"""HTML/CSS producers printed by WeasyPrint and Chromium: 数电票 re-printed from a browser,
German/English supplier invoices, and non-invoice documents."""
import os, subprocess, html, datetime
from decimal import Decimal
from common import *
from genuine_rl import new_fapiao_doc, new_en_doc, fapiao_title, cn_date, save_meta

CSS_CN = """@page{size:A4 landscape;margin:12mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:11px;color:#222}
h1{color:#9a4a1e;text-align:center;font-weight:normal;letter-spacing:3px;border-bottom:3px double #9a4a1e;width:55%;margin:4px auto}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #9a4a1e;padding:3px 5px} th{color:#9a4a1e;font-weight:normal}
.r{text-align:right}.meta{text-align:right;margin:6px 0}.lab{color:#9a4a1e}"""


def esc(s):
    return html.escape(str(s))


def html_fapiao(doc):
    rows = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td><td>%s</td><td class=r>%s</td></tr>" % (
        esc(l["name"]), esc(l["spec"]), l["unit"], l["qty"], fmt(l["price"], "plain"), fmt(l["amount"], "plain"), l["rate"],
        "***" if l["rate"] == "免税" else fmt(l["tax"], "plain")) for l in doc["lines"])
    return """<html><head><meta charset=utf-8><style>%s</style></head><body>
<h1>%s</h1><div class=meta>发票号码：%s<br>开票日期：%s</div>
<table><tr><td class=lab width=3%%>购买方信息</td><td width=47%%>名称：%s<br><br>统一社会信用代码/纳税人识别号：%s</td>
<td class=lab width=3%%>销售方信息</td><td>名称：%s<br><br>统一社会信用代码/纳税人识别号：%s</td></tr></table>
<table><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>%s
<tr><td class=lab>合计</td><td></td><td></td><td></td><td></td><td class=r>¥%s</td><td></td><td class=r>¥%s</td></tr>
<tr><td class=lab>价税合计（大写）</td><td colspan=4>ⓧ%s</td><td class=lab>（小写）</td><td colspan=2>¥%s</td></tr>
<tr><td class=lab>备注</td><td colspan=7>%s</td></tr></table><p>开票人：%s</p></body></html>""" % (
        CSS_CN, fapiao_title(doc), doc["number"], cn_date(doc["date"]), esc(doc["buyer"]["name"]), doc["buyer"]["taxid"],
        esc(doc["supplier"]["name"]), doc["supplier"]["taxid"], rows, fmt(doc["sum_amount"], "plain"),
        fmt(doc["sum_tax"], "plain"), rmb_upper(doc["grand_printed"]), fmt(doc["grand_printed"], "plain"),
        esc(doc["remark"]), doc["issuer"])


DE_SUP = [("Weserholz Wohnaccessoires GmbH", "Am Speicher 7, 28195 Bremen", "DE284117093"),
          ("Kaltenbach Verpackung & Logistik KG", "Industriestr. 112, 76131 Karlsruhe", "DE301552874")]


def new_de_doc(err=None):
    s = R.choice(DE_SUP)
    d = rand_date(2024, 2025)
    items = [("Lagerung Palettenstellplatz, Monat", 14, 22), ("Kommissionierung je Auftrag", 0.4, 1.3),
             ("Versandkarton 40x30x20", 0.5, 1.4), ("Etikettierung FNSKU", 0.1, 0.3), ("Retourenbearbeitung", 1.5, 3.5)]
    lines = []
    for nm, lo, hi in R.sample(items, R.randint(2, 5)):
        qty = R.choice([20, 48, 150, 300, 1200])
        p = q2(Decimal(R.uniform(lo, hi)))
        lines.append({"name": nm, "qty": qty, "price": p, "amount": q2(p * qty)})
    net = sum((l["amount"] for l in lines), Decimal("0"))
    vat = q2(net * Decimal("0.19"))
    doc = {"lang": "de", "currency": "EUR", "date": d, "number": "RE-%d-%05d" % (d.year, R.randint(1, 99999)),
           "supplier": {"name": s[0], "addr": s[1], "taxid": s[2]},
           "buyer": {"name": "Qimu Home EU Trading (Hangzhou Qimu Home E-Commerce Co., Ltd.)", "addr": "Lindenallee 3, 04109 Leipzig (Lager)"},
           "lines": lines, "net": net, "vat": vat, "grand": net + vat, "grand_printed": net + vat, "err": err,
           "doc_type": "invoice"}
    if err:
        doc["vat"] = vat + Decimal("1.00")
        doc["grand_printed"] = net + doc["vat"]
    return doc


def html_de(doc):
    rows = "".join("<tr><td>%d</td><td>%s</td><td class=r>%s</td><td class=r>%s €</td><td class=r>%s €</td></tr>" % (
        i + 1, esc(l["name"]), l["qty"], fmt(l["price"], "de"), fmt(l["amount"], "de")) for i, l in enumerate(doc["lines"]))
    return """<html><head><meta charset=utf-8><style>@page{size:A4;margin:18mm} body{font-family:'DejaVu Sans',sans-serif;font-size:10px}
.hd{display:flex;justify-content:space-between} h2{font-weight:300;color:#2b5d7c} table{width:100%%;border-collapse:collapse}
th{background:#2b5d7c;color:white;text-align:left;padding:4px} td{border-bottom:1px solid #ccc;padding:4px}.r{text-align:right}
.sum td{border:none}.foot{position:fixed;bottom:0;font-size:8px;color:#666}</style></head><body>
<div class=hd><div><b>%s</b><br>%s<br>USt-IdNr.: %s</div><div style='text-align:right'><h2>Rechnung</h2>Rechnungsnr.: %s<br>Rechnungsdatum: %s<br>Leistungszeitraum: %s</div></div>
<p><b>Rechnungsempfänger</b><br>%s<br>%s</p><table><tr><th>Pos.</th><th>Bezeichnung</th><th>Menge</th><th>Einzelpreis</th><th>Gesamt</th></tr>%s</table>
<table class=sum style='width:45%%;margin-left:55%%'><tr><td>Nettobetrag</td><td class=r>%s €</td></tr><tr><td>zzgl. 19 %% USt.</td><td class=r>%s €</td></tr>
<tr><td><b>Rechnungsbetrag</b></td><td class=r><b>%s €</b></td></tr></table>
<p>Zahlbar innerhalb von 14 Tagen ohne Abzug. Bitte geben Sie die Rechnungsnummer als Verwendungszweck an.</p>
<div class=foot>%s · IBAN DE47 2905 0101 0082 7713 40 · BIC SBREDE22XXX · Amtsgericht Bremen HRB 38821</div></body></html>""" % (
        esc(doc["supplier"]["name"]), doc["supplier"]["addr"], doc["supplier"]["taxid"], doc["number"],
        doc["date"].strftime("%d.%m.%Y"), doc["date"].strftime("%m/%Y"), esc(doc["buyer"]["name"]), doc["buyer"]["addr"], rows,
        fmt(doc["net"], "de"), fmt(doc["vat"], "de"), fmt(doc["grand_printed"], "de"), esc(doc["supplier"]["name"]))


def html_en(doc):
    rows = "".join("<tr><td>%s</td><td>%s</td><td class=r>%s</td><td class=r>%s</td><td class=r>%s</td></tr>" % (
        esc(l["name"]), l["spec"], l["qty"], fmt(l["price"]), fmt(l["amount"])) for l in doc["lines"])
    extra = ""
    if doc["disc"]:
        extra += "<tr><td>Discount</td><td class=r>-%s</td></tr>" % fmt(doc["disc"])
    if doc["ship"]:
        extra += "<tr><td>Freight</td><td class=r>%s</td></tr>" % fmt(doc["ship"])
    return """<html><head><meta charset=utf-8><style>body{font-family:Georgia,serif;font-size:12px;margin:30px}
h1{font-size:30px;letter-spacing:6px;color:#444}table{width:100%%;border-collapse:collapse}td,th{padding:5px;border-bottom:1px dotted #999}
.r{text-align:right}</style></head><body><h1>INVOICE</h1><p><b>%s</b><br>%s<br>%s</p>
<p>No. %s &nbsp; | &nbsp; Date: %s &nbsp; | &nbsp; %s</p><p>Sold to: <b>%s</b><br>%s</p>
<table><tr><th>Item</th><th>Ref</th><th>Qty</th><th>Price %s</th><th>Amount %s</th></tr>%s</table>
<table style='width:40%%;margin-left:60%%'><tr><td>Subtotal</td><td class=r>%s</td></tr>%s<tr><td><b>Total due</b></td><td class=r><b>%s %s</b></td></tr></table>
</body></html>""" % (esc(doc["supplier"]["name"]), doc["supplier"]["addr"], doc["supplier"]["taxid"], doc["number"],
                     doc["date"].strftime("%B %d, %Y"), doc["terms"], esc(doc["buyer"]["name"]), doc["buyer"]["addr"],
                     doc["currency"], doc["currency"], rows, fmt(doc["sub"]), extra, doc["currency"], fmt(doc["grand_printed"]))


NONINV = [("packing_list", "en", "PACKING LIST"), ("purchase_order", "zh", "采购订单"), ("quotation", "en", "QUOTATION"),
          ("delivery_note", "zh", "送货单"), ("other", "en", "PRICE LIST 2025"), ("other", "zh", "关于调整供货价格的函"),
          ("purchase_order", "en", "PURCHASE ORDER"), ("quotation", "zh", "报价单"), ("packing_list", "zh", "装箱单"),
          ("delivery_note", "de", "LIEFERSCHEIN")]


def html_noninv(kind, lang, title):
    sup = R.choice(CN_SUPPLIERS)
    d = rand_date(2024, 2025)
    lines = make_lines(CN_ITEMS, R.randint(3, 6))
    a, t, g = totals(lines)
    show_money = kind in ("purchase_order", "quotation") or title.startswith("PRICE")
    doc = {"lang": lang, "currency": "CNY", "date": d, "doc_type": kind, "err": None,
           "supplier": {"name": sup[0]}, "buyer": {"name": OUR["name"] if lang == "zh" else OUR["en"]},
           "grand_printed": (g if show_money else None)}
    font = "'WenQuanYi Micro Hei',sans-serif"
    if "函" in title:
        body = "<p>%s：</p><p>因原材料及物流成本上涨，我司自%s起对部分产品供货价格上调约%d%%，具体以新报价单为准。感谢贵司长期以来的支持与合作。</p><p style='text-align:right'>%s<br>%s</p>" % (
            OUR["name"], cn_date(d), R.randint(3, 8), sup[0], cn_date(d))
        doc["grand_printed"] = None
    else:
        head = ["Item", "Spec", "Unit", "Qty", "Price", "Amount"] if lang != "zh" else ["品名", "规格", "单位", "数量", "单价", "金额"]
        if lang == "de":
            head = ["Artikel", "Ausführung", "Einheit", "Menge", "", ""]
        if not show_money:
            head = head[:4] + (["Cartons", "G.W. kg"] if kind == "packing_list" and lang == "en" else ["箱数", "毛重kg"] if kind == "packing_list" else ["", ""])
        rows = ""
        for l in lines:
            nm = l["name"].split("*")[-1]
            extra = [fmt(l["price"]), fmt(q2(l["price"] * l["qty"] * Decimal("1.13")) if False else l["amount"])] if show_money else (
                [str(max(1, l["qty"] // 20)), "%.1f" % (l["qty"] * 0.35)] if kind == "packing_list" else ["", ""])
            rows += "<tr>" + "".join("<td>%s</td>" % esc(x) for x in [nm, l["spec"], l["unit"], l["qty"]] + extra) + "</tr>"
        tot = ""
        if show_money:
            tot = "<p style='text-align:right'><b>%s %s</b></p>" % ("合计金额（含税）：¥" if lang == "zh" else "Total CNY", fmt(a))
            doc["grand_printed"] = a
        body = "<p>%s: %s<br>%s: %s<br>%s: %s</p><table>%s%s</table>%s" % (
            "供应商" if lang == "zh" else "From", sup[0], "客户" if lang == "zh" else "To", doc["buyer"]["name"],
            "日期" if lang == "zh" else "Date", d.isoformat(), "<tr>" + "".join("<th>%s</th>" % h for h in head) + "</tr>", rows, tot)
        if kind == "quotation":
            body += "<p>%s</p>" % ("报价有效期30天，不含运费。" if lang == "zh" else "This quotation is valid for 30 days. Not an invoice.")
    htm = "<html><head><meta charset=utf-8><style>body{font-family:%s;font-size:12px;margin:25px}table{border-collapse:collapse;width:100%%}td,th{border:1px solid #555;padding:4px}h1{text-align:center}</style></head><body><h1>%s</h1>%s</body></html>" % (font, title, body)
    return htm, doc


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf_path, "file://" + html_path], capture_output=True, timeout=90)


def pages_of(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def run(n_chrome=6):
    import weasyprint
    out = []
    # 数电票 re-printed: weasyprint
    for i in range(8):
        doc = new_fapiao_doc(kind=R.choice(["special", "normal"]), n_lines=R.randint(2, 7), err="grand" if i == 5 else None)
        name = "sdp_web_%02d.pdf" % i
        weasyprint.HTML(string=html_fapiao(doc)).write_pdf(os.path.join(FILES, name))
        save_meta(name, doc, {}, None)
        out.append(label(name, doc, "weasyprint_shudianpiao", pages=pages_of(os.path.join(FILES, name))))
    for i in range(4):
        doc = new_de_doc(err=(i == 2))
        name = "rechnung_%02d.pdf" % i
        weasyprint.HTML(string=html_de(doc)).write_pdf(os.path.join(FILES, name))
        out.append(label(name, doc, "weasyprint_de", pages=pages_of(os.path.join(FILES, name))))
    # chromium: browser print of 数电票 and an English invoice
    for i in range(n_chrome):
        if i % 2 == 0:
            doc = new_fapiao_doc(kind=R.choice(["special", "normal"]), n_lines=R.randint(2, 5), red=(i == 4))
            htm = html_fapiao(doc)
        else:
            doc = new_en_doc(currency="USD", n=R.randint(3, 6))
            htm = html_en(doc)
        hp = os.path.join(TMP, "chrome_%02d.html" % i)
        open(hp, "w", encoding="utf-8").write(htm)
        name = "chrome_%02d.pdf" % i
        chromium_pdf(hp, os.path.join(FILES, name))
        if os.path.exists(os.path.join(FILES, name)):
            out.append(label(name, doc, "chromium_print", pages=pages_of(os.path.join(FILES, name))))
    # non-invoices
    for i, (kind, lang, title) in enumerate(NONINV):
        htm, doc = html_noninv(kind, lang, title)
        name = "doc_%s_%02d.pdf" % (kind, i)
        weasyprint.HTML(string=htm).write_pdf(os.path.join(FILES, name))
        out.append(label(name, doc, "weasyprint_noninvoice", pages=pages_of(os.path.join(FILES, name))))
    return out


if __name__ == "__main__":
    print(len(run()))
