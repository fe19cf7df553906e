"""Genuine documents as HTML/CSS 'accounting software' looks, printed by WeasyPrint or Chromium;
plus LibreOffice conversions (HTML-table spreadsheet and python-docx letters/invoices)."""
import os, random, subprocess, html, shutil
from common import *

E = html.escape

STYLES = {
 "zohoish": """body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:10pt;color:#222;margin:0}
  .top{display:flex;justify-content:space-between;border-bottom:3px solid #3b7dd8;padding-bottom:8px}
  h1{font-size:22pt;color:#3b7dd8;margin:0;font-weight:normal} table.items{width:100%;border-collapse:collapse;margin-top:14px}
  table.items th{background:#3b7dd8;color:#fff;padding:5px;font-size:9pt} table.items td{border-bottom:1px solid #ddd;padding:4px}
  .r{text-align:right} .tot{width:45%;margin-left:auto;margin-top:10px} .tot td{padding:3px}
  .grand td{font-weight:bold;border-top:2px solid #333;font-size:12pt} .ar{font-family:'DejaVu Sans';direction:rtl;color:#666;font-size:8.5pt}""",
 "tallyish": """body{font-family:'DejaVu Sans Mono','WenQuanYi Micro Hei Mono',monospace;font-size:9pt;margin:0}
  .box{border:1px solid #000} h1{text-align:center;font-size:13pt;margin:2px;border-bottom:1px solid #000}
  .top{display:table;width:100%} .top>div{display:table-cell;border-right:1px solid #000;padding:4px;width:50%}
  table.items{width:100%;border-collapse:collapse} table.items th,table.items td{border:1px solid #000;padding:2px 4px}
  .r{text-align:right} .tot{width:100%;border-collapse:collapse} .tot td{border:1px solid #000;padding:2px 4px}
  .grand td{font-weight:bold} .ar{direction:rtl;font-size:8pt}""",
 "odooish": """body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:10pt;margin:0;color:#333}
  h1{font-size:18pt;color:#714B67;margin:10px 0} .top{display:flex;gap:40px} .top>div{flex:1}
  table.items{width:100%;border-collapse:collapse;margin-top:12px} table.items th{border-bottom:2px solid #714B67;text-align:left;padding:4px}
  table.items td{padding:4px;border-bottom:1px dotted #aaa} .r{text-align:right} .tot{width:40%;margin-left:auto}
  .grand td{font-weight:bold;color:#714B67;font-size:12pt;border-top:1px solid #714B67} .ar{direction:rtl;color:#714B67;font-size:8.5pt}""",
}


def bi(doc, key):
    t = T(doc)[key]
    if doc.get("arabic"): return f"{E(t)} <span class='ar'>{E(AR[key])}</span>"
    return E(t)


def qr_svg(data):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics import renderSVG
    w = QrCodeWidget(data); d = Drawing(90, 90); d.add(w)
    s = renderSVG.drawToString(d)
    return s[s.find("<svg"):]


def invoice_html(doc, style, rng):
    t = T(doc)
    ttl = E(title(doc))
    if doc.get("arabic") and doc["doc_type"] == "tax_invoice":
        ttl += f" <span class='ar' style='font-size:14pt'>{AR['inv']}</span>"
    if doc["region"] == "sa" and doc.get("simplified"):
        ttl = "SIMPLIFIED TAX INVOICE <span class='ar' style='font-size:14pt'>فاتورة ضريبية مبسطة</span>"
    rows = ""
    for i, it in enumerate(doc["items"]):
        code = f"<td>{E(it['code'])}</td>" if doc["region"] in ("in", "cnvat") else ""
        rows += (f"<tr><td>{i+1}</td><td>{E(it['desc'])}</td>{code}<td class='r'>{it['qty']}</td>"
                 f"<td class='r'>{num(doc, it['price'])}</td><td class='r'>{num(doc, it['amount'])}</td></tr>")
    codeh = f"<th>{'HSN/SAC' if doc['region']=='in' else E(t['hsn'])}</th>" if doc["region"] in ("in", "cnvat") else ""
    tot = f"<tr><td>{bi(doc,'sub')}</td><td class='r'>{num(doc, doc['sub'])}</td></tr>"
    if doc["disc"]: tot += f"<tr><td>{bi(doc,'disc')}</td><td class='r'>-{num(doc, doc['disc'])}</td></tr>"
    if doc["ship"]: tot += f"<tr><td>{bi(doc,'ship')}</td><td class='r'>{num(doc, doc['ship'])}</td></tr>"
    for lab, amt in tax_lines(doc):
        extra = f" <span class='ar'>{AR['tax']}</span>" if doc.get("arabic") else ""
        tot += f"<tr><td>{E(lab)}{extra}</td><td class='r'>{num(doc, amt)}</td></tr>"
    tot += f"<tr class='grand'><td>{bi(doc,'total')}</td><td class='r'>{E(money(doc, doc['total']))}</td></tr>"
    words = ""
    if doc["region"] == "in":
        words = f"<p><b>Amount chargeable (in words):</b> INR {E(in_words(doc['total']))} Only</p>"
    qr = ""
    if doc["region"] == "sa":
        qr = "<div style='margin-top:10px'>" + qr_svg(f"{doc['supplier']}|{doc['supplier_tax']}|{doc['date']}|{doc['total']}|{doc['tax']}") + "</div>"
    stamp = ""
    if rng.random() < 0.5:
        stamp = (f"<div style='margin-top:30px;width:200px;text-align:center;border:2px solid #2a4f9e;color:#2a4f9e;"
                 f"border-radius:50%;padding:18px 6px;transform:rotate(-8deg);font-size:8pt'>{E(doc['supplier'])}<br>"
                 f"{'AUTHORISED SIGNATORY' if doc['lang']=='en' else '✓'}</div>")
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:16mm}}{STYLES[style]}</style></head>
<body><div class='box'><div class='top'><div><b style='font-size:12pt'>{E(doc['supplier'])}</b><br>{E(doc['supplier_addr'])}<br>
{E(doc['taxid_label'])}: {E(doc['supplier_tax'])}</div><div style='text-align:right'><h1>{ttl}</h1>
{bi(doc,'no')}: <b>{E(doc['number'])}</b><br>{bi(doc,'date')}: <b>{E(dstr(doc))}</b></div></div>
<div style='margin-top:12px'>{bi(doc,'buyer')}:<br><b>{E(doc['buyer'])}</b><br>{E(doc['buyer_addr'])}<br>TRN/Tax ID: {E(doc['buyer_tax'])}</div>
<table class='items'><tr><th>#</th><th>{bi(doc,'desc')}</th>{codeh}<th class='r'>{bi(doc,'qty')}</th><th class='r'>{bi(doc,'price')}</th>
<th class='r'>{bi(doc,'amt')}</th></tr>{rows}</table>
<table class='tot'>{tot}</table>{words}{qr}{stamp}
<p style='font-size:8pt;color:#777;margin-top:20px'>{E(rng.choice(['This is a computer generated invoice.', 'Terms: 30 days net.', 'Thank you for your business.']))}</p>
</div></body></html>"""


ONES = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen".split()
TENS = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()


def _w(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000: return ONES[n // 100] + " Hundred" + ("" if n % 100 == 0 else " " + _w(n % 100))
    for div, name in ((10 ** 7, "Crore"), (10 ** 5, "Lakh"), (1000, "Thousand")):
        if n >= div: return _w(n // div) + " " + name + ("" if n % div == 0 else " " + _w(n % div))


def in_words(x):
    r = int(x); p = int(round((x - r) * 100))
    return _w(r) + (f" and {_w(p)} Paise" if p else "")


def nonin_html(doc, rng):
    dt = doc["doc_type"]; t = T(doc)
    rows = "".join(f"<tr><td>{i+1}</td><td>{E(it['desc'])}</td><td class='r'>{it['qty']}</td>"
                   + ("" if dt in ("packing_list", "delivery_note") else f"<td class='r'>{num(doc, it['price'])}</td>")
                   + (f"<td class='r'>{rng.randint(1, 9) * it['qty'] // 2 + 1} kg</td>" if dt == "packing_list" else "")
                   + "</tr>" for i, it in enumerate(doc["items"]))
    h3 = "" if dt in ("packing_list", "delivery_note") else f"<th class='r'>{E(t['price'])}</th>"
    h4 = "<th class='r'>G.W.</th>" if dt == "packing_list" else ""
    foot = ""
    if dt in ("purchase_order", "quotation"):
        foot = f"<p style='text-align:right'><b>{E(t['total'])}: {E(money(doc, doc['total']))}</b></p>"
    if dt == "quotation": foot += "<p>Valid for 30 days. Prices ex-works. This is not a tax invoice.</p>"
    if dt == "delivery_note": foot = "<p>Received in good condition: ____________________</p>"
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:18mm}}{STYLES['zohoish']}</style></head><body>
<div class='top'><div><b>{E(doc['supplier'])}</b><br>{E(doc['supplier_addr'])}</div><div><h1>{E(title(doc))}</h1>No. {E(doc['number'].replace('INV','DOC'))}<br>{E(dstr(doc))}</div></div>
<p>To: <b>{E(doc['buyer'])}</b><br>{E(doc['buyer_addr'])}</p>
<table class='items'><tr><th>#</th><th>{E(t['desc'])}</th><th class='r'>{E(t['qty'])}</th>{h3}{h4}</tr>{rows}</table>{foot}</body></html>"""


def letter_html(doc, rng):
    return f"""<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:25mm}}body{{font-family:'DejaVu Serif';font-size:11pt;line-height:1.5}}</style></head><body>
<p><b>{E(doc['supplier'])}</b><br>{E(doc['supplier_addr'])}</p><p>{E(dstr(doc))}</p><p>To: {E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</p>
<p><b>Subject: Confirmation of supply relationship</b></p>
<p>Dear Sir/Madam,</p><p>We confirm that {E(doc['buyer'])} has purchased goods from our company on a regular basis since {doc['date'].year - 1}.
The goods are sourced by us from our own warehouse and are genuine products. Invoices are issued separately for each shipment.
This letter is not an invoice and does not create any payment obligation.</p><p>Yours faithfully,<br><br>Sales Manager<br>{E(doc['supplier'])}</p></body></html>"""


def weasy(html_s, out):
    import weasyprint
    weasyprint.HTML(string=html_s).write_pdf(out)


def chromium(html_s, out):
    src = os.path.join(WORK, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(html_s)
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", src], check=True, capture_output=True, timeout=120)


def npages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


PLAN_WP = [("ae", "zohoish"), ("ae", "tallyish"), ("ae", "odooish"), ("sa", "zohoish"), ("sa", "tallyish"),
           ("in", "tallyish"), ("in", "tallyish"), ("in", "zohoish"), ("cnvat", "tallyish"), ("ja", "odooish"),
           ("de", "odooish"), ("fr", "zohoish"), ("it", "tallyish"), ("es", "odooish"), ("pl", "zohoish"),
           ("nl", "odooish"), ("uk", "zohoish"), ("pk", "odooish"), ("eg", "zohoish"), ("ae", "zohoish"), ("tr", "tallyish"),
           ("cn", "odooish")]
PLAN_CR = [("ae", "odooish"), ("sa", "zohoish"), ("in", "zohoish"), ("ja", "zohoish"), ("cnvat", "odooish"), ("uk", "tallyish")]
ERR_WP = {6, 14}
NONINV = [("packing_list", "cn"), ("packing_list", "de"), ("purchase_order", "ae"), ("purchase_order", "nl"),
          ("quotation", "in"), ("quotation", "it"), ("delivery_note", "fr"), ("delivery_note", "ae"),
          ("other", "ae"), ("letter", "uk")]


def run():
    rng = random.Random(4902)
    recs = []
    for i, (reg, st) in enumerate(PLAN_WP):
        dt = "invoice" if reg in ("pk", "eg", "uk") and rng.random() < 0.5 else "tax_invoice"
        if reg in ("cn", "tr"): dt = "proforma"
        doc = make_doc(rng, reg, dt, n_items=rng.choice([2, 4, 6, 9]) if i not in (5, 19) else 40, arith_error=i in ERR_WP)
        if reg == "sa" and i == 4: doc["simplified"] = True
        name = f"wp_{st}_{i:02d}_{reg}.pdf"; path = os.path.join(FILES, name)
        weasy(invoice_html(doc, st, rng), path)
        save_meta(name, doc, dict(producer=f"weasyprint_{st}"))
        recs.append(label_for(doc, name, f"weasyprint_{st}", npages(path)))
    for i, (reg, st) in enumerate(PLAN_CR):
        doc = make_doc(rng, reg, "tax_invoice", n_items=rng.choice([3, 5, 7]))
        name = f"chr_{st}_{i:02d}_{reg}.pdf"; path = os.path.join(FILES, name)
        chromium(invoice_html(doc, st, rng), path)
        save_meta(name, doc, dict(producer=f"chromium_{st}"))
        recs.append(label_for(doc, name, f"chromium_{st}", npages(path)))
    for i, (dt, reg) in enumerate(NONINV):
        doc = make_doc(rng, reg, "other" if dt == "letter" else dt, n_items=rng.randint(3, 8))
        name = f"noninv_{dt}_{i:02d}_{reg}.pdf"; path = os.path.join(FILES, name)
        h = letter_html(doc, rng) if dt == "letter" else nonin_html(doc, rng)
        (chromium if i % 3 == 0 else weasy)(h, path)
        prod = "chromium_plain" if i % 3 == 0 else "weasyprint_plain"
        r = label_for(doc, name, prod, npages(path), is_invoice=False)
        if dt in ("packing_list", "delivery_note", "other") or dt == "letter":
            r["total"] = None  # no grand total printed
        if dt == "letter": r["currency"] = None
        recs.append(r)
    return recs


if __name__ == "__main__":
    r = run(); print(len(r))
