"""Genuine documents drawn directly with ReportLab and fpdf2."""
import os
from common import *
from genuine_html import doc_strings
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))

def rl_doc(doc, out, plain_font):
    """ERP-ish invoice drawn with canvas. plain_font=True uses Helvetica (text stays as readable literals)."""
    w = W[doc["lang"]]; f = "Helvetica" if plain_font else "WQY"; fb = "Helvetica-Bold" if plain_font else "WQY"
    size = letter if doc["currency"] == "USD" else A4
    c = canvas.Canvas(out, pagesize=size, pageCompression=0 if plain_font else 1)
    c.setAuthor(doc["supplier"]["name"]); c.setCreator("FinBooks ERP 9.2 (ReportLab)")
    W_, H_ = size
    def header(pg):
        c.setFont(fb, 16); c.drawString(40, H_ - 60, doc["supplier"]["name"])
        c.setFont(f, 8.5); c.drawString(40, H_ - 74, doc["supplier"]["addr"]); c.drawString(40, H_ - 86, doc["supplier"]["taxid"])
        title = w.get(doc["doc_type"], w["invoice"]) if doc["doc_type"] != "tax_invoice" else w.get("tax_invoice", w["invoice"])
        c.setFont(fb, 20); c.drawRightString(W_ - 40, H_ - 60, title)
        c.setFont(f, 9); c.drawRightString(W_ - 40, H_ - 80, f"{w['no']}: {doc['number']}")
        c.drawRightString(W_ - 40, H_ - 93, f"{w['date']}: {doc['date_str']}")
        c.drawRightString(W_ - 40, H_ - 106, f"{w['page']} {pg}")
        c.setFont(fb, 9); c.drawString(40, H_ - 120, w["buyer"])
        c.setFont(f, 9); c.drawString(40, H_ - 133, doc["buyer"]["name"]); c.drawString(40, H_ - 145, doc["buyer"]["addr"][:80])
        y = H_ - 175
        c.setFillGray(.85); c.rect(38, y - 4, W_ - 76, 15, fill=1, stroke=0); c.setFillGray(0)
        c.setFont(fb, 8.5)
        c.drawString(44, y, w["desc"]); c.drawRightString(W_ - 230, y, w["qty"]); c.drawRightString(W_ - 140, y, w["unit"]); c.drawRightString(W_ - 44, y, w["amount"])
        return y - 18
    pg = 1; y = header(pg)
    for l in doc["lines"]:
        if y < 150:
            c.showPage(); pg += 1; y = header(pg)
        c.setFont(f, 8.5)
        c.drawString(44, y, l["desc"]); c.drawRightString(W_ - 230, y, f"{l['qty']:,}")
        c.drawRightString(W_ - 140, y, money(doc, l["unit"])); c.drawRightString(W_ - 44, y, money(doc, l["amount"]))
        c.setStrokeGray(.8); c.line(40, y - 4, W_ - 40, y - 4); y -= 16
    y -= 10
    rows = [(w["subtotal"], doc["subtotal"])]
    if doc["discount"]: rows.append((w["discount"], -doc["discount"]))
    if doc["shipping"]: rows.append((w["shipping"], doc["shipping"]))
    if doc["tax"]: rows.append((f"{w['tax']} {doc['tax_rate']:.0f}%", doc["tax"]))
    for a, b in rows:
        c.setFont(f, 9); c.drawString(W_ - 260, y, a); c.drawRightString(W_ - 44, y, money(doc, b)); y -= 14
    c.setFont(fb, 11); c.drawString(W_ - 260, y - 4, w["total"]); c.drawRightString(W_ - 44, y - 4, money(doc, doc["total"]))
    c.setFont(f, 7.5); c.drawString(40, 50, w["terms"])
    c.save()
    return pg

def fpdf_doc(doc, out):
    from fpdf import FPDF
    w = W[doc["lang"]]
    p = FPDF(format="A4"); p.set_creator("ShopLedger 3 (fpdf2)")
    p.add_font("DV", "", DEJAVU); p.add_font("DV", "B", DEJAVU_B); p.add_font("CJ", "", CJK_FONT)
    fnt = "CJ" if doc["lang"] in ("ko", "ja", "zh") else "DV"
    p.set_auto_page_break(True, 25); p.add_page()
    p.set_font(fnt, "", 18); p.cell(0, 10, w.get(doc["doc_type"], w["invoice"]), new_x="LMARGIN", new_y="NEXT", align="C")
    p.set_font(fnt, "", 9)
    for t in [doc["supplier"]["name"], doc["supplier"]["addr"], doc["supplier"]["taxid"], "",
              f"{w['buyer']}: {doc['buyer']['name']}", doc["buyer"]["addr"], f"{w['no']}: {doc['number']}", f"{w['date']}: {doc['date_str']}", ""]:
        p.cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
    cols = [90, 25, 35, 40]
    p.set_fill_color(230, 230, 230)
    for t, cw in zip([w["desc"], w["qty"], w["unit"], w["amount"]], cols): p.cell(cw, 7, t, border=1, fill=True)
    p.ln()
    for l in doc["lines"]:
        p.cell(cols[0], 6, l["desc"], border=1); p.cell(cols[1], 6, f"{l['qty']:,}", border=1, align="R")
        p.cell(cols[2], 6, money(doc, l["unit"]), border=1, align="R"); p.cell(cols[3], 6, money(doc, l["amount"]), border=1, align="R"); p.ln()
    rows = [(w["subtotal"], doc["subtotal"])]
    if doc["discount"]: rows.append((w["discount"], -doc["discount"]))
    if doc["shipping"]: rows.append((w["shipping"], doc["shipping"]))
    if doc["tax"]: rows.append((f"{w['tax']} {doc['tax_rate']:.0f}%", doc["tax"]))
    rows.append((w["total"], doc["total"]))
    for a, b in rows:
        p.cell(150, 6, a, align="R"); p.cell(40, 6, money(doc, b), align="R"); p.ln()
    p.ln(8); p.set_font(fnt, "", 7.5); p.multi_cell(0, 4, w["terms"])
    p.output(out)

def run(rng, labs, reg):
    plain = ["en", "en", "de", "fr", "it", "es", "nl", "en", "de", "fr", "en", "nl", "es", "it", "en", "de"]
    cjk = ["ko", "ja", "zh", "ko", "zh", "pl"]
    err = {5, 19}
    k = 0
    for i, lang in enumerate(plain + cjk):
        k += 1
        cur = rng.choice(["USD", "HKD", "SGD"]) if lang == "en" else None
        if lang == "zh": cur = rng.choice(["CNY", "USD"])
        doc = make_doc(rng, lang, rng.choice(["invoice", "invoice", "invoice", "credit_note"]) if lang == "de" else "invoice",
                       currency=cur, discount=rng.random() < .3, shipping=rng.random() < .4, tax=rng.random() < .8,
                       n_items=rng.choice([2, 3, 5, 7, 40]), arithmetic_error=i in err,
                       date_style=("iso" if lang == "ko" else None))
        plain_font = lang not in cjk
        fname = f"g{len(labs)+1:03d}_{lang}_rl.pdf"; out = os.path.join(FILES, fname)
        rl_doc(doc, out, plain_font)
        labs.append(label_for(doc, fname, "reportlab_canvas", pdf_pages(out)))
        reg[fname] = dict(doc_strings(doc), total_str=money(doc, doc["total"]), rl_plain=plain_font)
    for i, lang in enumerate(["en", "de", "pl", "ko", "ja", "nl", "fr", "zh", "es", "en"]):
        cur = "HKD" if lang == "en" else ("TWD" if lang == "zh" else None)
        doc = make_doc(rng, lang, "invoice", currency=cur, discount=rng.random() < .3, shipping=rng.random() < .4,
                       n_items=rng.choice([1, 3, 4, 6]), arithmetic_error=(i == 6))
        fname = f"g{len(labs)+1:03d}_{lang}_fpdf.pdf"; out = os.path.join(FILES, fname)
        fpdf_doc(doc, out)
        labs.append(label_for(doc, fname, "fpdf2", pdf_pages(out)))
        reg[fname] = dict(doc_strings(doc), total_str=money(doc, doc["total"]))
