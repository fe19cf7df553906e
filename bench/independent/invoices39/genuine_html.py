# genuine_html.py - invoices laid out in HTML/CSS, printed by WeasyPrint or headless Chromium
import os, random, subprocess, html
from common import *

E = html.escape

def party(doc, who):
    p = doc[who]
    lines = [f"<b>{E(p['name'])}</b>", E(p["street"])]
    if p["city"]: lines.append(E(p["city"]))
    lines.append(E(p["country"]))
    if p.get("id"): lines.append(f"{E(p['id_label'])}: {E(p['id'])}")
    if p.get("vat"): lines.append(f"{E(p['vat_label'])}: {E(p['vat'])}")
    return "<br>".join(lines)

def items_table(doc, cls="items"):
    show_tax = doc["with_tax"] and not doc["reverse_charge"]
    h = [w(doc, "desc"), w(doc, "qty"), w(doc, "unit"), w(doc, "price")] + ([w(doc, "rate")] if show_tax else []) + [w(doc, "net")]
    rows = []
    for i, it in enumerate(doc["items"], 1):
        cells = [f"<td>{i}</td><td>{E(it['desc'])}</td>", f"<td class=r>{it['qty']}</td>", f"<td>{E(it['unit'])}</td>", f"<td class=r>{N(doc, it['price'])}</td>"]
        if show_tax: cells.append(f"<td class=r>{it['rate'].normalize()} %</td>")
        cells.append(f"<td class=r>{N(doc, it['printed_net'])}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "<tr><th>#</th>" + "".join(f"<th>{E(x)}</th>" for x in h) + "</tr>"
    return f"<table class='{cls}'><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>"

def sums_table(doc):
    r = []
    sub = sum(it["net"] for it in doc["items"])
    r.append((w(doc, "subtotal") if not doc["discount"] and not doc["shipping"] else w(doc, "net"), N(doc, sub)))
    if doc["discount"]: r.append((w(doc, "discount"), "-" + N(doc, doc["discount"])))
    if doc["shipping"]: r.append((w(doc, "shipping"), N(doc, doc["shipping"])))
    if doc["with_tax"] and not doc["reverse_charge"]:
        for rate, b in doc["groups"].items():
            r.append((f"{w(doc,'subtotal')} {rate.normalize()} %", N(doc, b)))
            r.append((f"{w(doc,'vat')} {rate.normalize()} %", N(doc, doc["taxes"][rate])))
    rows = "".join(f"<tr><td>{E(a)}</td><td class=r>{b}</td></tr>" for a, b in r)
    rows += f"<tr class=grand><td>{E(w(doc,'total'))}</td><td class=r>{M(doc, doc['printed_total'])}</td></tr>"
    return f"<table class=sums>{rows}</table>"

CSS_APP = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; @bottom-right { content: "%PAGE% " counter(page) " / " counter(pages); font-size: 8pt; color: #777; } }
body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 20pt; color: %ACC%; margin: 0 0 4mm 0; font-weight: 600; }
.hdr { display: flex; justify-content: space-between; gap: 6mm; border-bottom: 2px solid %ACC%; padding-bottom: 3mm; }
.cols { display: flex; gap: 10mm; margin: 6mm 0; } .cols > div { flex: 1; }
.lbl { color: #888; font-size: 8pt; text-transform: uppercase; letter-spacing: .5px; }
table { border-collapse: collapse; width: 100%; } .r { text-align: right; }
table.items th { background: %ACC%; color: white; font-weight: normal; padding: 4px; text-align: left; font-size: 8.5pt; }
table.items td { padding: 4px; border-bottom: 1px solid #e3e3e3; }
table.sums { width: 55%; margin-left: 45%; margin-top: 5mm; } table.sums td { padding: 3px 4px; }
tr.grand td { font-size: 13pt; font-weight: bold; border-top: 2px solid #222; padding-top: 6px; }
.meta td { padding: 1px 8px 1px 0; white-space: nowrap; } .foot { margin-top: 10mm; font-size: 8pt; color: #555; }
"""

CSS_ERP = """
@page { size: A4; margin: 10mm; @top-right { content: "%PAGE% " counter(page); font: 7pt monospace; } }
body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', 'WenQuanYi Micro Hei'; font-size: 8pt; }
h1 { font-size: 13pt; border: 1px solid #000; padding: 2mm; margin: 0; background: #eee; }
.box { border: 1px solid #000; padding: 2mm; } .grid { display: grid; grid-template-columns: 1fr 1fr; border: 1px solid #000; border-top: 0; }
.grid > div { padding: 2mm; border-right: 1px solid #000; } table { width: 100%; border-collapse: collapse; margin-top: 3mm; }
th, td { border: 1px solid #000; padding: 1.5mm; } th { background: #ddd; } .r { text-align: right; }
table.sums { width: 60%; margin-left: 40%; } tr.grand td { font-weight: bold; font-size: 10pt; background: #eee; }
.meta td { border: 0; padding: 0 4mm 0 0; white-space: nowrap; } .foot { margin-top: 6mm; font-size: 7pt; }
"""

def body_common(doc, style):
    lang = doc["lang"]
    meta = [(w(doc, "number"), doc["number"]), (w(doc, "date"), DT(doc))]
    if doc["doc_type"] != "receipt":
        meta.append((w(doc, "due"), DT(doc, doc["due"])))
    if lang in ("cs", "sk") and doc["with_tax"]:
        meta.append((w(doc, "duzp"), DT(doc, doc["duzp"])))
    if lang in ("cs", "sk"):
        meta.append((w(doc, "vs"), doc["vs"]))
    meta_html = "<table class=meta>" + "".join(f"<tr><td>{E(a)}</td><td><b>{E(b)}</b></td></tr>" for a, b in meta) + "</table>"
    pay = f"{w(doc,'pay')} · {w(doc,'bank')}: {doc.get('account') or doc['iban']}"
    notes = []
    if doc["reverse_charge"]: notes.append(w(doc, "rc"))
    if lang == "cs" and not doc["with_tax"]: notes.append(w(doc, "notvat"))
    if lang == "en" and doc["supplier"]["cc"] in ("CN", "VN"):
        notes.append(f"Terms: {random.choice(['FOB Ningbo', 'EXW', 'CIF Hamburg', 'DAP Praha'])} · Payment: {w(doc,'pay')} · Country of origin: {doc['supplier']['country']}")
    if style == "app":
        return f"""<div class=hdr><div><h1>{E(title(doc))} {E(doc['number'])}</h1></div><div class=r>{meta_html}</div></div>
<div class=cols><div><div class=lbl>{E(w(doc,'supplier'))}</div>{party(doc,'supplier')}</div><div><div class=lbl>{E(w(doc,'buyer'))}</div>{party(doc,'buyer')}</div></div>
{items_table(doc)}{sums_table(doc)}<div class=foot>{E(pay)}<br>{'<br>'.join(E(n) for n in notes)}<br>{E(random.choice(FOOTERS))}</div>"""
    return f"""<h1>{E(title(doc))} &nbsp; {E(doc['number'])}</h1><div class=grid><div><b>{E(w(doc,'supplier'))}</b><br>{party(doc,'supplier')}</div>
<div><b>{E(w(doc,'buyer'))}</b><br>{party(doc,'buyer')}<br><br>{meta_html}</div></div>
{items_table(doc)}{sums_table(doc)}<div class=foot>{E(pay)}<br>{'<br>'.join(E(n) for n in notes)}<br>{E(random.choice(FOOTERS_ERP))}</div>"""

FOOTERS = ["Vystaveno v aplikaci Fakturka Online · www.fakturka-online.example", "Děkujeme za nákup.", "Thank you for your business!",
           "Vielen Dank für Ihren Auftrag.", "Dziękujemy za zakupy.", ""]
FOOTERS_ERP = ["Tisk: ERP Heliotrop 4.2 / modul FAK", "Ausdruck aus WaWi-Pro 11", "Wydruk z systemu MagazynPlus", "Printed from ERP export"]

def ja_html(doc):
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td>{E(it['unit'])}</td><td class=r>{N(doc,it['price'])}</td><td class=r>{N(doc,it['printed_net'])}</td></tr>" for it in doc["items"])
    tx = "".join(f"<tr><td>{rate.normalize()}%対象</td><td class=r>{N(doc,b)}</td><td>消費税</td><td class=r>{N(doc,doc['taxes'][rate])}</td></tr>" for rate, b in doc["groups"].items())
    return f"""<style>@page {{ size: A4; margin: 18mm; }} body {{ font-family: 'WenQuanYi Micro Hei'; font-size: 9.5pt; }} h1 {{ text-align:center; letter-spacing: 1em; font-size: 20pt; border-bottom: 3px double #000; }}
table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #555; padding: 4px; }} th {{ background: #eef; }} .r {{ text-align: right; }} .big {{ font-size: 16pt; border-bottom: 2px solid #000; display: inline-block; padding: 2mm 10mm 1mm 0; }}</style>
<h1>{E(title(doc))}</h1><div style='display:flex;justify-content:space-between'><div><span style='font-size:13pt'>{E(doc['buyer']['name'])} 御中</span><br><br>下記の通りご請求申し上げます。<br>
<div class=big>{E(w(doc,'total'))}　{M(doc, doc['printed_total'])}（税込）</div></div>
<div style='text-align:right'>{E(w(doc,'number'))}：{E(doc['number'])}<br>{E(w(doc,'date'))}：{DT(doc)}<br><br><b>{E(doc['supplier']['name'])}</b><br>{E(doc['supplier']['street'])}<br>登録番号：{doc['supplier']['id']}</div></div><br>
<table><tr><th>{w(doc,'desc')}</th><th>{w(doc,'qty')}</th><th>{w(doc,'unit')}</th><th>{w(doc,'price')}</th><th>{w(doc,'net')}</th></tr>{rows}</table><br>
<table style='width:60%;margin-left:40%'>{tx}<tr><td colspan=3>{w(doc,'total')}</td><td class=r><b>{M(doc, doc['printed_total'])}</b></td></tr></table>
<p>{w(doc,'due')}：{DT(doc, doc['due'])}　{w(doc,'bank')}：{random.choice(['みなと銀行','さくら信用金庫','青葉銀行'])} 本店 普通 {rdig(7)}</p>"""

def rmb_upper(x):
    dg = "零壹贰叁肆伍陆柒捌玖"; x = q2(x); yuan = int(x); jiao = int(x * 10) % 10; fen = int(x * 100) % 10
    def four(n):
        out = ""; units = ["仟", "佰", "拾", ""]; zero = False
        for i, ch in enumerate(f"{n:04d}"):
            d = int(ch)
            if d == 0: zero = bool(out)
            else:
                if zero: out += "零"; zero = False
                out += dg[d] + units[i]
        return out
    s = ""
    if yuan >= 10000: s += four(yuan // 10000) + "万"; rest = yuan % 10000; s += ("零" if 0 < rest < 1000 else "") + four(rest)
    else: s = four(yuan) or "零"
    s += "元"
    if jiao == 0 and fen == 0: return s + "整"
    s += (dg[jiao] + "角") if jiao else "零"
    s += (dg[fen] + "分") if fen else ""
    return s

def zh_html(doc):
    rows = "".join(f"<tr><td>*{E(random.choice(['塑料制品','照明装置','日用杂品','玩具']))}*{E(it['desc'])}</td><td>{rdig(2)}-{rdig(2)}</td><td>{E(it['unit'])}</td><td class=r>{it['qty']}</td><td class=r>{N(doc,it['price'])}</td><td class=r>{N(doc,it['printed_net'])}</td><td>{it['rate'].normalize()}%</td><td class=r>{N(doc, q2(it['net']*it['rate']/100))}</td></tr>" for it in doc["items"])
    return f"""<style>@page {{ size: 240mm 140mm; margin: 8mm; }} body {{ font-family: 'WenQuanYi Micro Hei'; font-size: 8pt; color: #7a3b12; }}
h1 {{ text-align: center; font-size: 17pt; letter-spacing: 3px; margin: 0; border-bottom: 3px double #7a3b12; width: 60%; margin-left: 20%; }}
table {{ width: 100%; border-collapse: collapse; }} td, th {{ border: 1px solid #7a3b12; padding: 2px 3px; font-weight: normal; }} .r {{ text-align: right; }} .k {{ color: #222; }}</style>
<h1>{E(doc['supplier']['city'] or '')}{E(title(doc))}</h1><div style='text-align:right'>{w(doc,'number')}：<span class=k>{doc['number']}</span>　{w(doc,'date')}：<span class=k>{DT(doc)}</span></div>
<table><tr><td style='width:8%'>{w(doc,'buyer')}</td><td class=k>名称：{E(doc['buyer']['name'])}<br>纳税人识别号：{doc['buyer']['id']}<br>地址、电话：{E(doc['buyer']['street'])} 0{rdig(3)}-{rdig(8)}</td><td style='width:8%'>密码区</td><td class=k style='font-family:DejaVu Sans Mono;font-size:7pt'>{'<br>'.join(rdig(28) for _ in range(4))}</td></tr></table>
<table><tr><th>{w(doc,'desc')}</th><th>规格型号</th><th>{w(doc,'unit')}</th><th>{w(doc,'qty')}</th><th>{w(doc,'price')}</th><th>{w(doc,'net')}</th><th>{w(doc,'rate')}</th><th>{w(doc,'vat')}</th></tr><tbody class=k>{rows}</tbody>
<tr><td colspan=5>合　计</td><td class='r k'>¥{N(doc,doc['base'])}</td><td></td><td class='r k'>¥{N(doc,doc['tax'])}</td></tr>
<tr><td colspan=3>价税合计（大写）</td><td colspan=2 class=k>⊗ {rmb_upper(doc['printed_total'])}</td><td colspan=3 class=k>（小写）{M(doc, doc['printed_total'])}</td></tr></table>
<table><tr><td style='width:8%'>{w(doc,'supplier')}</td><td class=k>名称：{E(doc['supplier']['name'])}<br>纳税人识别号：{doc['supplier']['id']}<br>地址、电话：{E(doc['supplier']['street'])}<br>开户行及账号：{random.choice(['工商银行','建设银行','农业银行'])}{rdig(4)}支行 {rdig(19)}</td><td style='width:8%'>备注</td><td class=k>订单号 PO{rdig(6)}</td></tr></table>
<div>收款人：<span class=k>{random.choice(['王丽','陈静','刘洋'])}</span>　复核：<span class=k>{random.choice(['张伟','李娜'])}</span>　开票人：<span class=k>{random.choice(['赵敏','孙强'])}</span>　销售方：（章）</div>"""

def email_html(doc):
    sender = f"{doc['supplier']['name'].split()[0].lower()}@{doc['supplier']['name'].split()[0].lower()}-trade.example"
    inner = body_common(doc, "app")
    return f"""<html><head><meta charset=utf-8><style>body {{ font-family: Arial, 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 12mm; }}
.mh td {{ padding: 1px 6px 1px 0; font-size: 9pt; }} .inv {{ border-top: 1px solid #aaa; margin-top: 4mm; padding-top: 3mm; }}
h1 {{ font-size: 15pt; color:#1f4e79 }} table {{ border-collapse: collapse; width: 100%; }} .r {{ text-align: right; }} table.items th {{ background:#1f4e79;color:#fff;text-align:left;padding:3px }}
table.items td {{ border-bottom: 1px solid #ddd; padding: 3px }} table.sums {{ width: 55%; margin-left: 45% }} tr.grand td {{ font-weight: bold; font-size: 12pt }}
.hdr {{ display:flex; justify-content: space-between }} .cols {{ display:flex; gap: 8mm; margin: 4mm 0 }} .cols>div {{ flex:1 }} .lbl {{ color:#888; font-size:8pt }} .foot {{ font-size: 8pt; color:#555; margin-top: 4mm }}</style></head><body>
<div style='font-size:13pt;font-weight:bold;border-bottom:2px solid #000;margin-bottom:3mm'>Gmail-like webmail · {E(doc['buyer']['name'])}</div>
<table class=mh><tr><td><b>Od / From:</b></td><td>{E(doc['supplier']['name'])} &lt;{sender}&gt;</td></tr><tr><td><b>Komu / To:</b></td><td>objednavky@{doc['buyer']['name'].split()[0].lower()}.example</td></tr>
<tr><td><b>Datum:</b></td><td>{DT(doc)} {random.randint(7,18)}:{random.randint(0,59):02d}</td></tr><tr><td><b>Předmět:</b></td><td>{E(title(doc))} {E(doc['number'])}</td></tr></table>
<p>{random.choice(['Dobrý den, v příloze zasíláme fakturu.', 'Dear customer, please find your invoice below.', 'Sehr geehrte Damen und Herren, anbei Ihre Rechnung.', 'Dzień dobry, w załączeniu faktura.'])}</p>
<div class=inv>{inner}</div></body></html>"""

def render_weasy(html_str, out):
    import weasyprint
    weasyprint.HTML(string=html_str, base_url=HERE).write_pdf(out)

def render_chromium(html_str, out):
    src = os.path.join(TMP, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_str)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={out}", src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def full_html(doc, style):
    if style == "ja": return "<html><meta charset=utf-8><body>" + ja_html(doc) + "</body></html>"
    if style == "zh": return "<html><meta charset=utf-8><body>" + zh_html(doc) + "</body></html>"
    if style == "email": return email_html(doc)
    acc = random.choice(["#2b6cb0", "#2f855a", "#9b2c2c", "#444", "#6b46c1", "#c05621"])
    css = (CSS_APP if style == "app" else CSS_ERP).replace("%ACC%", acc).replace("%PAGE%", w(doc, "page"))
    return f"<html><head><meta charset=utf-8><style>{css}</style></head><body>{body_common(doc, style)}</body></html>"

# plan: (key, lang, style, engine, kwargs)
PLAN = [
 ("h01", "cs", "app", "weasy", {}), ("h02", "cs", "app", "weasy", {"with_tax": False}), ("h03", "cs", "erp", "weasy", {"n_items": 28}),
 ("h04", "cs", "app", "weasy", {"doc_type": "proforma"}), ("h05", "cs", "erp", "weasy", {"reverse_charge": True, "buyer_cc": "CZ"}),
 ("h06", "sk", "app", "weasy", {}), ("h07", "sk", "erp", "weasy", {"arith_error": "tax"}), ("h08", "de", "app", "weasy", {}),
 ("h09", "de", "erp", "weasy", {"n_items": 34}), ("h10", "de", "app", "weasy", {"supplier_cc": "AT"}), ("h11", "pl", "app", "weasy", {}),
 ("h12", "pl", "erp", "weasy", {"buyer_cc": "PL", "reverse_charge": False}), ("h13", "hu", "erp", "weasy", {}), ("h14", "en", "app", "weasy", {"supplier_cc": "CN"}),
 ("h15", "en", "erp", "weasy", {"supplier_cc": "VN"}), ("h16", "fr", "app", "weasy", {}), ("h17", "it", "app", "weasy", {}),
 ("h18", "es", "erp", "weasy", {}), ("h19", "nl", "app", "weasy", {}), ("h20", "ja", "ja", "weasy", {}), ("h21", "ja", "ja", "weasy", {"arith_error": "line"}),
 ("h22", "zh", "zh", "weasy", {"doc_type": "tax_invoice"}), ("h23", "zh", "zh", "weasy", {"doc_type": "tax_invoice"}), ("h24", "cs", "app", "weasy", {"doc_type": "receipt", "n_items": 2}),
 ("h25", "de", "app", "weasy", {"buyer_cc": "DE", "reverse_charge": False}), ("h26", "cs", "app", "weasy", {}),
 ("c01", "cs", "email", "chromium", {}), ("c02", "de", "email", "chromium", {}), ("c03", "en", "app", "chromium", {"supplier_cc": "CN"}),
 ("c04", "pl", "email", "chromium", {}), ("c05", "cs", "erp", "chromium", {"n_items": 30}), ("c06", "it", "erp", "chromium", {}),
]

def run():
    rows = []
    for i, (key, lang, style, engine, kw) in enumerate(PLAN):
        doc = make_doc(lang, seed=3900 + i, **kw)
        fn = f"{key}_{lang}_{style}.pdf"
        out = os.path.join(FILES, fn)
        h = full_html(doc, style)
        (render_weasy if engine == "weasy" else render_chromium)(h, out)
        save_doc(key, doc)
        rows.append(label(doc, fn, f"html_{engine}_{style}", pdf_pages(out)))
        print(fn, rows[-1]["pages"], rows[-1]["total"], flush=True)
    write_part("genuine_html", rows)

if __name__ == "__main__":
    run()
