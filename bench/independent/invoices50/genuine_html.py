"""Genuine invoices as HTML/CSS (own 'accounting software' looks) printed by WeasyPrint or Chromium."""
import os, random, subprocess, html
from decimal import Decimal
from common import *

CSS = {
    "fatturapa": """body{font-family:'DejaVu Sans';font-size:9pt;margin:0} h1{font-size:13pt;border-bottom:2px solid #2a6;}
      .box{border:1px solid #888;padding:6px;margin:4px 0;width:46%;display:inline-block;vertical-align:top}
      table{width:100%;border-collapse:collapse} th{background:#dfe;border:1px solid #999;font-size:8pt} td{border:1px solid #bbb;padding:3px}
      .r{text-align:right} .tot{font-size:11pt;font-weight:bold}""",
    "factura": """body{font-family:'DejaVu Serif';font-size:9.5pt} h1{color:#a33;letter-spacing:3px}
      table{width:100%;border-collapse:collapse} th{border-bottom:2px solid #a33;text-align:left} td{padding:4px;border-bottom:1px dotted #ccc}
      .r{text-align:right} .tot{font-size:12pt;color:#a33;font-weight:bold} .box{display:inline-block;width:45%;vertical-align:top}""",
    "modern": """body{font-family:'DejaVu Sans','WenQuanYi Micro Hei';font-size:9pt;color:#223} h1{font-weight:300;font-size:22pt;color:#0a7}
      table{width:100%;border-collapse:collapse;margin-top:14px} th{color:#0a7;text-align:left;border-bottom:1px solid #0a7} td{padding:5px 2px}
      tr:nth-child(even) td{background:#f3f7f6} .r{text-align:right} .tot{font-size:13pt} .box{display:inline-block;width:45%;vertical-align:top}""",
}


def build_html(doc, look):
    w = words(doc["country"])
    e = html.escape
    title = w.get(doc["doc_type"], w["invoice"])
    extra = ""
    if look == "fatturapa":
        extra = "<p>Tipo documento: TD01 · Codice destinatario: M5UXCR1 · Regime fiscale RF01 · Esigibilità IVA: I</p>"
    if doc["country"] == "es" and doc["doc_type"] == "receipt":
        extra = "<p>Factura simplificada (art. 4 RD 1619/2012)</p>"
    rows = "".join(f"<tr><td>{e(i['desc'])}</td><td class=r>{i['qty']}</td><td class=r>{num(doc, i['unit'])}</td>"
                   f"<td class=r>{i['rate']:g}%</td><td class=r>{num(doc, i['line'])}</td></tr>" for i in doc["items"])
    tots = f"<tr><td>{w['sub']}</td><td class=r>{money(doc, doc['subtotal'])}</td></tr>"
    if doc["discount"]:
        tots += f"<tr><td>{w['disc']}</td><td class=r>{money(doc, -doc['discount'])}</td></tr>"
    if doc["shipping"]:
        tots += f"<tr><td>{w['ship']}</td><td class=r>{money(doc, doc['shipping'])}</td></tr>"
    errtax = Decimal("1.00") if doc.get("arithmetic_error") == "tax" else 0
    for r, (b, t) in sorted(doc["taxes"].items()):
        tots += f"<tr><td>{w['tax']} {r:g}% ({w['sub']} {num(doc, b)})</td><td class=r>{money(doc, t + errtax)}</td></tr>"
    tots += f"<tr class=tot><td>{w['total']}</td><td class=r>{money(doc, doc['total'])}</td></tr>"
    return f"""<!doctype html><html><head><meta charset=utf-8><title>{e(title)} {doc['number']}</title>
<style>@page{{size:A4;margin:16mm}} {CSS[look]}</style></head><body>
<h1>{e(title)}</h1>
<div class=box><b>{w['seller']}</b><br>{e(doc['supplier'][0])}<br>{e(doc['supplier'][1])}<br>{e(doc['supplier'][2])}</div>
<div class=box><b>{w['buyer']}</b><br>{e(doc['buyer'][0])}<br>{e(doc['buyer'][1])}<br>{e(doc['buyer'][2])}</div>
<p>{w['no']} <b>{doc['number']}</b> &nbsp; {w['date']}: <b>{fmt_date(doc['date'], doc['country'], doc.get('dvar', 0))}</b></p>{extra}
<table><tr><th>{w['desc']}</th><th class=r>{w['qty']}</th><th class=r>{w['unit']}</th><th class=r>{w['vat']}</th><th class=r>{w['amount']}</th></tr>{rows}</table>
<table style="width:55%;margin-left:45%">{tots}</table>
<p style="font-size:7pt;margin-top:30px">{e(w['legal'])}</p></body></html>"""


def run(rng, start=100):
    import weasyprint
    labs = []
    i = start
    plan = [("it", "fatturapa", "invoice"), ("it", "fatturapa", "invoice"), ("it", "fatturapa", "credit_note"), ("it", "fatturapa", "invoice"),
            ("es", "factura", "invoice"), ("es", "factura", "receipt"), ("es", "factura", "invoice"), ("fr", "factura", "invoice"),
            ("fr", "modern", "invoice"), ("fr", "modern", "invoice"), ("de", "modern", "invoice"), ("nl", "modern", "invoice"),
            ("pl", "modern", "invoice"), ("en", "modern", "invoice"), ("us", "modern", "invoice"), ("zh", "modern", "invoice"), ("ja", "modern", "invoice"),
            ("ma", "factura", "invoice"), ("tn", "factura", "invoice"), ("es", "factura", "quotation"), ("fr", "modern", "invoice")]
    for k, (cc, look, dt) in enumerate(plan):
        doc = make_doc(rng, cc, dt, arith_error=(k == 13), n_items=(28 if k == 9 else None))
        doc["dvar"] = rng.randint(0, 1)
        hp = os.path.join(WORK, f"h{i}.html")
        open(hp, "w", encoding="utf-8").write(build_html(doc, look))
        name = f"doc_{i:03d}.pdf"
        out = os.path.join(FILES, name)
        if k % 4 == 3:  # some through Chromium
            subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            f"--print-to-pdf={out}", hp], capture_output=True, timeout=90)
            prod = "chromium_html"
        else:
            weasyprint.HTML(hp).write_pdf(out)
            prod = "weasyprint_html"
        if not os.path.exists(out):
            continue
        labs.append(label(doc, name, prod, pages=pdf_pages(out)))
        i += 1
    write_part("genuine_html", labs)
    return labs


if __name__ == "__main__":
    print(len(run(random.Random(22))))
