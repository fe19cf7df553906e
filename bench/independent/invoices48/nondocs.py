"""Documents that are NOT invoices (packing list, PO, quotation, delivery note, price list, letter)."""
import os
from common import *
import gen_html as G
from genuine_html import doc_strings

def letter_html(doc):
    s = doc["supplier"]; b = doc["buyer"]
    return f"""<html><head><meta charset='utf-8'><style>body{{font-family:'DejaVu Serif';font-size:10.5pt;margin:20mm}}</style></head><body>
<p><b>{G.e(s['name'])}</b><br>{G.e(s['addr'])}</p><p>{G.e(doc['date_str'])}</p><p>{G.e(b['name'])}<br>{G.e(b['addr'])}</p>
<p><b>Re: Price adjustment from next quarter</b></p><p>Dear partners,</p>
<p>Due to higher resin and freight costs, our unit prices for silicone kitchenware will rise by approximately 4% for orders confirmed after
the end of this quarter. Orders placed before then will be invoiced at current prices. Please contact our sales desk with any questions.</p>
<p>Kind regards,<br><br>Sales Department</p></body></html>"""

def run(rng, labs, reg):
    specs = [("en", "packing_list", "PACKING LIST", "USD", False), ("en", "purchase_order", "PURCHASE ORDER", "HKD", True),
             ("en", "quotation", "QUOTATION", "USD", True), ("ja", "delivery_note", "納 品 書", None, True),
             ("ko", "quotation", "견 적 서", None, True), ("ko", "purchase_order", "발 주 서", None, True),
             ("zh", "packing_list", "装 箱 单 PACKING LIST", "USD", False), ("de", "delivery_note", "LIEFERSCHEIN", None, False),
             ("en", "other", "PRICE LIST 2026", "USD", False), ("en", "other", None, "USD", False)]
    for i, (lang, dt, title, cur, has_total) in enumerate(specs):
        doc = make_doc(rng, lang, dt, currency=cur, n_items=rng.choice([3, 5, 8]), tax=(lang in ("ko", "ja")))
        if lang == "ja": h = G.ja_invoice(doc, title).replace("ご請求金額", "合計金額").replace("下記の通りご請求申し上げます。", "下記の通り納品いたしました。")
        elif lang == "ko": h = G.ko_statement(doc, title)
        elif title is None: h = letter_html(doc)
        else:
            h = G.western(doc, title)
            if not has_total:  # strip money columns: packing list / delivery note / price list
                import re
                h = re.sub(r"<table class='tot'>.*?</table>", "<p>Total cartons: %d &nbsp; Gross weight: %.1f kg</p>" % (len(doc['lines']) * 3, len(doc['lines']) * 8.4) if dt != "other" else "", h, flags=re.S)
        fname = f"n{i+1:02d}_{lang}_{dt}.pdf"; out = os.path.join(FILES, fname)
        G.render(h, out, "weasy")
        lab = label_for(doc, fname, "html_weasyprint", pdf_pages(out))
        if not has_total or title is None: lab["total"] = None
        labs.append(lab)
        reg[fname] = dict(doc_strings(doc), nondoc=True)
