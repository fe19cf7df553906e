"""Invoices drawn directly with ReportLab (canvas) and fpdf2."""
import os
from specs import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter as LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont("DV", FONT_SANS)); pdfmetrics.registerFont(TTFont("DVB", FONT_SANS_B))
pdfmetrics.registerFont(TTFont("WQY", FONT_CJK, subfontIndex=0))

def rl_fonts(doc, std):
    if doc["lang"] in ("zh", "ja"): return "WQY", "WQY"
    if doc["lang"] == "pl" or not std: return "DV", "DVB"
    return ("Helvetica", "Helvetica-Bold") if std != "times" else ("Times-Roman", "Times-Bold")

def totals_rows(doc):
    T_ = doc["T"]; r = [(T_['subtotal'], doc['subtotal'])]
    if doc['discount']: r.append((f"{T_['discount']} {doc['discount_pct']}%", -doc['discount']))
    if doc['shipping']: r.append((T_['shipping'], doc['shipping']))
    if doc['rate']: r.append((f"{doc['taxcap']} {doc['rate']}%", doc['tax']))
    return r

def rl_invoice(doc, out, variant="classic", std=True, compress=1, pagesize=A4):
    F, FB = rl_fonts(doc, std)
    c = canvas.Canvas(out, pagesize=pagesize, pageCompression=compress)
    c.setAuthor(doc["supplier"]["name"]); c.setTitle(f"{title(doc)} {doc['number']}")
    c.setCreator({"classic": "FacturaPlus 9 (invented)", "band": "ContaSimples ERP (invented)", "ledger": "Ledgerly Desktop (invented)"}[variant])
    W, H = pagesize; T_ = doc["T"]; s, b = doc["supplier"], doc["buyer"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    rows_per_page = 24
    items = doc["items"]; pages = max(1, -(-len(items) // rows_per_page))
    for p in range(pages):
        y = H - 50
        if variant == "band":
            c.setFillColor(colors.HexColor("#18456b")); c.rect(0, H - 80, W, 80, fill=1, stroke=0)
            c.setFillColor(colors.white); c.setFont(FB, 20); c.drawString(40, H - 50, title(doc))
            c.setFont(F, 9); c.drawRightString(W - 40, H - 40, s["name"]); c.drawRightString(W - 40, H - 52, s["addr"][:70]); c.drawRightString(W - 40, H - 64, s["taxid"])
            c.setFillColor(colors.black); y = H - 110
        else:
            c.setFont(FB, 13); c.drawString(40, y, s["name"]); c.setFont(F, 8.5)
            c.drawString(40, y - 13, s["addr"][:80]); c.drawString(40, y - 25, s["taxid"])
            c.setFont(FB, 18 if variant == "classic" else 14); c.drawRightString(W - 40, y, title(doc)); y -= 55
        c.setFont(F, 9)
        c.drawString(40, y, f"{T_['no']}: {doc['number']}"); c.drawString(40, y - 13, f"{T_['date']}: {dstr(doc)}")
        if prices: c.drawString(40, y - 26, f"{T_['due']}: {dstr(doc, doc['due'])}")
        c.rect(W / 2, y - 45, W / 2 - 40, 60, stroke=1, fill=0)
        c.setFont(F, 7); c.drawString(W / 2 + 6, y + 6, T_['buyer']); c.setFont(FB, 9.5); c.drawString(W / 2 + 6, y - 8, b["name"])
        c.setFont(F, 8); c.drawString(W / 2 + 6, y - 20, b["addr"][:62]); c.drawString(W / 2 + 6, y - 32, b["taxid"])
        y -= 75
        xs = [40, 70, 140, 360, 420, 490] ; rx = [None, None, None, 395, 465, W - 40]
        hdr = ["#", T_['code'], T_['desc'], T_['qty'], T_['price'] if prices else "", T_['amount'] if prices else ""]
        if variant == "band":
            c.setFillColor(colors.HexColor("#dfe9f2")); c.rect(36, y - 4, W - 72, 15, fill=1, stroke=0); c.setFillColor(colors.black)
        c.setFont(FB, 8.5)
        for i, h in enumerate(hdr):
            (c.drawRightString(rx[i], y, h) if rx[i] else c.drawString(xs[i], y, h))
        c.line(36, y - 6, W - 36, y - 6); y -= 18; c.setFont(F, 8.5)
        for k, it in enumerate(items[p * rows_per_page:(p + 1) * rows_per_page], p * rows_per_page + 1):
            c.drawString(40, y, str(k)); c.drawString(70, y, it["sku"]); c.drawString(140, y, it["desc"][:44])
            c.drawRightString(395, y, str(it["qty"]))
            if prices:
                c.drawRightString(465, y, money(doc, it["price"], False)); c.drawRightString(W - 40, y, money(doc, it["line"], False))
            if variant == "ledger": c.setStrokeColor(colors.lightgrey); c.line(36, y - 4, W - 36, y - 4); c.setStrokeColor(colors.black)
            y -= 15
        if p < pages - 1:
            c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{T_['page']} {p + 1}/{pages}"); c.showPage(); continue
        c.line(36, y + 8, W - 36, y + 8); y -= 10
        if prices:
            for a, v in totals_rows(doc):
                c.drawString(340, y, a); c.drawRightString(W - 40, y, money(doc, v, False)); y -= 14
            c.setFont(FB, 11); c.drawString(340, y - 4, f"{T_['total']}"); c.drawRightString(W - 40, y - 4, money(doc, doc["total"]))
            c.setFont(F, 8); c.drawString(40, y - 40, T_['terms'])
            if doc["profile"].startswith("pt"):
                c.rect(40, 60, 70, 70); c.setFont(F, 6.5); c.drawString(118, 64, f"{doc['atcud']} - Processado por programa certificado n.º {2000 + doc['seed'] % 700}/AT")
            if doc["profile"] in ("es_fact",):
                c.setFont(F, 6.5); c.drawString(40, 50, f"Inscrita en el Registro Mercantil, tomo {doc['seed'] % 9000}, folio {doc['seed'] % 200}. IBAN ES{doc['seed'] % 89 + 10} 2100 {doc['seed'] % 9999:04d} 0200 1234 5678")
        c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{T_['page']} {p + 1}/{pages}")
        c.showPage()
    c.save()
    return pages

def fp_invoice(doc, out, variant="a"):
    from fpdf import FPDF
    pdf = FPDF(format="A4" if variant != "letter" else "Letter")
    pdf.set_creator("TinyInvoice Cloud (invented)"); pdf.set_title(f"{title(doc)} {doc['number']}")
    pdf.add_font("dv", "", FONT_SANS); pdf.add_font("dv", "B", FONT_SANS_B)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page(); T_ = doc["T"]; s, b = doc["supplier"], doc["buyer"]
    pdf.set_font("dv", "B", 16); pdf.cell(0, 10, title(doc), new_x="LMARGIN", new_y="NEXT", align="R" if variant == "a" else "L")
    pdf.set_font("dv", "B", 10); pdf.cell(95, 6, s["name"]); pdf.set_font("dv", "", 9); pdf.cell(0, 6, f"{T_['no']}: {doc['number']}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.cell(95, 5, s["addr"][:60]); pdf.cell(0, 5, f"{T_['date']}: {dstr(doc)}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.cell(95, 5, s["taxid"]); pdf.cell(0, 5, f"{T_['due']}: {dstr(doc, doc['due'])}", new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.ln(6); pdf.set_fill_color(240, 240, 240)
    pdf.multi_cell(100, 5, f"{T_['buyer']}:\n{b['name']}\n{b['addr']}\n{b['taxid']}", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    w = [10, 25, 80, 18, 28, 29]
    pdf.set_font("dv", "B", 8.5)
    hdr = ["#", T_['code'], T_['desc'], T_['qty'], T_['price'] if prices else "", T_['amount'] if prices else ""]
    for i, h in enumerate(hdr): pdf.cell(w[i], 7, h, border=1, align="C", fill=True)
    pdf.ln(); pdf.set_font("dv", "", 8.5)
    for k, it in enumerate(doc["items"], 1):
        vals = [str(k), it["sku"], it["desc"][:42], str(it["qty"]), money(doc, it["price"], False) if prices else "", money(doc, it["line"], False) if prices else ""]
        for i, v in enumerate(vals): pdf.cell(w[i], 6, v, border="LR" if variant == "a" else 1, align="R" if i >= 3 else "L")
        pdf.ln()
    pdf.cell(sum(w), 0, "", border="T", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    if prices:
        for a, v in totals_rows(doc):
            pdf.cell(132); pdf.cell(30, 6, a); pdf.cell(28, 6, money(doc, v, False), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "B", 11); pdf.cell(132); pdf.cell(30, 8, T_['total']); pdf.cell(28, 8, money(doc, doc["total"]), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8); pdf.ln(8); pdf.multi_cell(0, 5, T_['terms'])
    pdf.output(out)
    return pdf.page_no()

PLAN = [
 # (engine, profile, doc_type, variant, err, pages_hint, std)
 ("rl", "pt_fatura", "invoice", "classic", None, 1, True), ("rl", "pt_fatura", "invoice", "band", None, 1, True), ("rl", "pt_fr", "receipt", "ledger", None, 1, True),
 ("rl", "pt_fatura", "invoice", "classic", None, 2, True), ("rl", "es_fact", "invoice", "band", None, 1, True), ("rl", "es_fact", "invoice", "classic", "line", 1, True),
 ("rl", "mx_fact", "invoice", "ledger", None, 1, True), ("rl", "cn_ci", "invoice", "band", None, 1, True), ("rl", "cn_ci", "invoice", "classic", None, 2, True),
 ("rl", "cn_ci", "proforma", "ledger", None, 1, True), ("rl", "in_ci", "invoice", "classic", None, 1, True), ("rl", "in_ci", "invoice", "band", "tax", 1, True),
 ("rl", "us_fwd", "invoice", "ledger", None, 1, True), ("rl", "us_fwd", "invoice", "band", None, 1, True), ("rl", "de_re", "invoice", "classic", None, 1, True),
 ("rl", "fr_fac", "invoice", "band", None, 1, "times"), ("rl", "it_fat", "invoice", "ledger", None, 1, True), ("rl", "nl_fac", "invoice", "classic", None, 1, True),
 ("rl", "br_erp", "invoice", "band", None, 1, True), ("rl", "br_erp", "invoice", "classic", None, 1, False), ("rl", "jp_sei", "invoice", "classic", None, 1, False),
 ("rl", "cn_vat", "tax_invoice", "band", None, 1, False), ("rl", "pl_fak", "invoice", "ledger", None, 1, False), ("rl", "en_long", "invoice", "classic", None, 1, True),
 ("rl", "cn_ci", "purchase_order", "classic", None, 1, True), ("rl", "pt_fatura", "price_list", "ledger", None, 1, True),
 ("fp", "es_fact", "invoice", "a", None, 1, None), ("fp", "pt_fatura", "invoice", "b", None, 1, None), ("fp", "de_re", "invoice", "a", None, 2, None),
 ("fp", "pl_fak", "invoice", "b", None, 1, None), ("fp", "it_fat", "invoice", "a", "total", 1, None), ("fp", "in_gst", "tax_invoice", "b", None, 1, None),
 ("fp", "us_fwd", "invoice", "letter", None, 1, None), ("fp", "br_erp", "invoice", "a", None, 1, None), ("fp", "fr_fac", "credit_note", "b", None, 1, None),
 ("fp", "nl_fac", "invoice", "a", None, 1, None), ("fp", "mx_fact", "invoice", "b", None, 1, None), ("fp", "es_fact", "delivery_note", "a", None, 1, None),
]

def run(seed0=2000):
    recs = []
    for i, (eng, prof, dt, var, err, pg, std) in enumerate(PLAN):
        doc = make_doc(seed0 + i, prof, dt, err=err, pages_hint=pg)
        fn = f"{eng}{i:02d}_{var}_{doc['lang']}.pdf"
        out = os.path.join(FILES, fn)
        if eng == "rl":
            rl_invoice(doc, out, var, std, compress=i % 2, pagesize=LETTER if prof == "us_fwd" else A4)
            prod = f"reportlab_{var}" + ("_stdfont" if std is True else "_ttf")
        else:
            fp_invoice(doc, out, var); prod = f"fpdf2_{var}"
        recs.append(label(fn, doc, prod, pdf_pages(out), **hints(doc)))
    return recs

if __name__ == "__main__":
    r = run(); save_part("pdflib", r); print(len(r))
