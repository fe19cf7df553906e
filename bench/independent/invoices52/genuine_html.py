"""HTML/CSS 'accounting software' layouts printed by WeasyPrint or headless Chromium."""
import os, subprocess, html
from common import *

CSS = {
 # wFirma-like: light, green accents, two boxes side by side
 "wfirma": """body{font-family:'DejaVu Sans';font-size:9pt;color:#222;margin:0} h1{color:#2e7d32;font-size:17pt;margin:0}
  .hdr{display:flex;justify-content:space-between;border-bottom:2px solid #2e7d32;padding-bottom:6px}
  .parties{display:flex;gap:20px;margin:12px 0}.parties div{flex:1;background:#f1f8f1;padding:8px;border-radius:4px}
  table{width:100%;border-collapse:collapse}th{background:#2e7d32;color:#fff;font-weight:normal;padding:3px}
  td{border-bottom:1px solid #ccc;padding:3px}.r{text-align:right}.tot{font-size:13pt;font-weight:bold;color:#2e7d32}""",
 # Comarch-like: grey grid, everything boxed, small type
 "comarch": """body{font-family:'DejaVu Sans';font-size:8pt;margin:0}h1{font-size:14pt;text-align:center;margin:4px 0}
  .hdr{border:1px solid #000;padding:4px}.parties{display:flex}.parties div{flex:1;border:1px solid #000;padding:5px;margin:-1px 0 0 -1px}
  table{width:100%;border-collapse:collapse;margin-top:8px}th,td{border:1px solid #000;padding:2px 3px}th{background:#ddd}
  .r{text-align:right}.tot{font-size:11pt;font-weight:bold}""",
 "modern": """body{font-family:'DejaVu Sans';font-size:9.5pt;color:#333;margin:0}h1{font-size:26pt;letter-spacing:2px;color:#444;margin:0}
  .hdr{display:flex;justify-content:space-between}.parties{display:flex;gap:30px;margin:20px 0}.parties div{flex:1}
  table{width:100%;border-collapse:collapse}th{border-bottom:2px solid #333;text-align:left;padding:4px}td{padding:4px;border-bottom:1px dotted #aaa}
  .r{text-align:right}.tot{font-size:14pt;font-weight:bold;background:#eee;padding:4px}""",
 "cjk": """body{font-family:'WenQuanYi Micro Hei';font-size:9pt;margin:0}h1{font-size:18pt;text-align:center;color:#8b2500;margin:0 0 6px}
  .hdr{display:flex;justify-content:space-between;border:2px solid #8b2500;padding:5px}.parties{display:flex}.parties div{flex:1;border:1px solid #8b2500;padding:5px;margin-top:-1px}
  table{width:100%;border-collapse:collapse;margin-top:6px}th,td{border:1px solid #8b2500;padding:3px}th{color:#8b2500}.r{text-align:right}.tot{font-size:12pt;font-weight:bold}""",
}

def doc_html(doc, style):
    lang = doc["lang"]; t = T[lang]; e = html.escape
    title = TITLES.get(doc["doc_type"], {}).get(lang, t[0]) if doc["doc_type"] != "invoice" else t[0]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    m = lambda x: fmt_money(x, lang, sym=False)
    rows = []
    for i, ln in enumerate(doc["lines"], 1):
        r = f"<tr><td>{i}</td><td>{e(ln['desc'])}</td><td class=r>{ln['qty']}</td><td>{e(ln['unit'])}</td>"
        if prices:
            r += f"<td class=r>{m(ln['price'])}</td><td class=r>{m(ln['net'])}</td>"
            if doc["with_tax"]: r += f"<td class=r>{ln['rate']}%</td><td class=r>{m(ln['vat'])}</td><td class=r>{m(ln['net'] + ln['vat'])}</td>"
        rows.append(r + "</tr>")
    head = f"<tr><th>#</th><th>{t[6]}</th><th>{t[7]}</th><th>{t[8]}</th>"
    if prices:
        head += f"<th>{t[9]}</th><th>{t[10]}</th>" + (f"<th>{t[11]}</th><th>{t[12]}</th><th>{t[13]}</th>" if doc["with_tax"] else "")
    head += "</tr>"
    summ = ""
    if prices:
        s = []
        if doc["disc"]: s.append(f"<tr><td>{t[15]} {doc['discount_pct']}%</td><td class=r>-{m(doc['disc'])}</td></tr>")
        if doc["shipping"]: s.append(f"<tr><td>{t[16]}</td><td class=r>{m(doc['shipping'])}</td></tr>")
        if doc["with_tax"]:
            for r_, n in sorted(doc["net_by_rate"].items()):
                s.append(f"<tr><td>{t[10]} {r_}%</td><td class=r>{m(n)}</td></tr><tr><td>{t[12]} {r_}%</td><td class=r>{m(doc['vat_by_rate'][r_])}</td></tr>")
        s.append(f"<tr class=tot><td>{t[14]}</td><td class=r>{fmt_money(doc['total'], lang)}</td></tr>")
        summ = "<table style='width:50%;margin-left:50%;margin-top:10px'>" + "".join(s) + "</table>"
        if lang == "pl": summ += f"<p>Słownie: {slownie_pl(doc['total'])}</p>"
    v = doc.get("variant", 0)
    dates = f"{t[2]}: {fmt_date(doc['date'], lang, v)}<br>"
    if lang in ("pl", "de", "en", "cs", "lt", "uk"): dates += f"{t[3]}: {fmt_date(doc['sale_date'], lang, v)}<br>"
    if prices and doc["doc_type"] not in ("quotation", "purchase_order", "other"): dates += f"{t[18]}: {fmt_date(doc['due'], lang, v)}"
    foot = f"<p style='margin-top:20px'>{t[17]}</p>" if prices else ""
    if lang == "pl" and doc["doc_type"] == "invoice":
        foot += "<p style='margin-top:30px;display:flex;justify-content:space-between'><span>....................<br>podpis osoby upoważnionej do odbioru</span><span>....................<br>podpis osoby upoważnionej do wystawienia</span></p>"
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><style>@page{{size:A4;margin:16mm 14mm}}{CSS[style]}</style></head><body>
<div class=hdr><div><h1>{e(title)}</h1>{t[1]} {e(doc['number'])}</div><div class=r>{dates}</div></div>
<div class=parties><div><b>{t[4]}</b><br>{e(doc['supplier'])}<br>{e(doc['supplier_addr'])}<br>{e(doc['supplier_tax'])}</div>
<div><b>{t[5]}</b><br>{e(doc['buyer'])}<br>{e(doc['buyer_addr'])}<br>{e(doc['buyer_tax'])}</div></div>
<table>{head}{''.join(rows)}</table>{summ}{foot}</body></html>"""

def render_weasy(doc, style, out_pdf):
    import weasyprint
    weasyprint.HTML(string=doc_html(doc, style)).write_pdf(out_pdf)

def render_chromium(doc, style, out_pdf):
    h = os.path.join(BUILD, os.path.basename(out_pdf) + ".html")
    open(h, "w", encoding="utf-8").write(doc_html(doc, style))
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", "file://" + h], check=True, capture_output=True, timeout=120)

PLAN = [  # (lang, style, engine, doc_type, options)
 ("pl", "wfirma", "weasy", "invoice", {}), ("pl", "wfirma", "weasy", "invoice", {"discount": True}),
 ("pl", "wfirma", "weasy", "invoice", {"n_items": 30}), ("pl", "comarch", "weasy", "invoice", {"shipping": True}),
 ("pl", "comarch", "chromium", "invoice", {}), ("pl", "comarch", "chromium", "credit_note", {}),
 ("pl", "wfirma", "weasy", "invoice", {"arith_error": True}), ("pl", "comarch", "weasy", "proforma", {}),
 ("de", "modern", "weasy", "invoice", {}), ("de", "modern", "chromium", "invoice", {"shipping": True}),
 ("de", "comarch", "weasy", "invoice", {"n_items": 28, "discount": True}), ("de", "modern", "weasy", "delivery_note", {}),
 ("en", "modern", "weasy", "invoice", {}), ("en", "modern", "chromium", "invoice", {"style_variant": 1}),
 ("en", "wfirma", "weasy", "quotation", {}), ("us", "modern", "weasy", "invoice", {"with_tax": False, "shipping": True}),
 ("us", "modern", "chromium", "invoice", {"with_tax": False}), ("fr", "modern", "weasy", "invoice", {}),
 ("fr", "comarch", "chromium", "invoice", {"discount": True, "arith_error": True}), ("it", "modern", "weasy", "invoice", {}),
 ("es", "modern", "weasy", "invoice", {"style_variant": 1}), ("nl", "wfirma", "weasy", "invoice", {}),
 ("nl", "modern", "chromium", "invoice", {"shipping": True}), ("zh", "cjk", "weasy", "tax_invoice", {}),
 ("zh", "cjk", "chromium", "tax_invoice", {"n_items": 5}), ("ja", "cjk", "weasy", "invoice", {}),
 ("ja", "cjk", "chromium", "invoice", {"style_variant": 1}), ("cs", "comarch", "weasy", "invoice", {}),
 ("lt", "modern", "weasy", "invoice", {}), ("uk", "comarch", "weasy", "invoice", {}),
 ("uk", "modern", "chromium", "invoice", {"arith_error": True}), ("cs", "modern", "chromium", "invoice", {"shipping": True}),
]

def run():
    rng = random.Random(5201)
    labels = []
    for i, (lang, style, eng, dtp, opt) in enumerate(PLAN):
        pre = {"credit_note": "KOR", "proforma": "PF", "delivery_note": "WZ", "quotation": "Q"}.get(dtp, "FV" if lang == "pl" else "INV")
        doc = build_doc(rng, lang, dtp, number_prefix=pre, **opt)
        if dtp == "credit_note":  # correction: negative quantities of a returned item
            for ln in doc["lines"]: ln["qty"] = -ln["qty"]
            compute(doc)
        if dtp == "delivery_note": doc["total"] = None
        name = f"h{i:02d}_{lang}_{style}_{eng}"
        out = os.path.join(FILES, name + ".pdf")
        (render_weasy if eng == "weasy" else render_chromium)(doc, style, out)
        save_doc_meta(doc, name)
        L = label_for(doc, name + ".pdf", f"html_{style}_{eng}", pdf_pages(out))
        labels.append(L)
    write_labels(labels)
    return labels

if __name__ == "__main__":
    print(len(run()))
