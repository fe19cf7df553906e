"""ReportLab canvas invoices (distributor ERP print style) and fpdf2 invoices (small-shop style)."""
import os, random
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONT_B))
pdfmetrics.registerFont(TTFont("WQY", FONT_CJK, subfontIndex=0))


def rl_invoice(doc, out, compress=False, std_fonts=True, variant=0):
    """Draw with ReportLab; std_fonts uses Helvetica (WinAnsi literal strings in the content stream)."""
    ps = letter if doc["loc"] in ("en_US", "en_CA") else A4
    Wd, Ht = ps
    c = canvas.Canvas(out, pagesize=ps, pageCompression=1 if compress else 0)
    c.setTitle(f"{title(doc)} {doc['number']}")
    c.setAuthor(doc["supplier"])
    if doc["lang"] in ("zh", "ja"):
        F, FB = "WQY", "WQY"
    elif std_fonts and doc["lang"] != "pl":
        F, FB = "Helvetica", "Helvetica-Bold"
    else:
        F, FB = "DV", "DVB"
    w = doc["w"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    rows = doc["items"]
    per_first, per_next = 22, 40
    pages = []
    rest = list(rows)
    pages.append(rest[:per_first]); rest = rest[per_first:]
    while rest:
        pages.append(rest[:per_next]); rest = rest[per_next:]
    npages = len(pages)
    accent = [(0.1, 0.25, 0.45), (0.55, 0.1, 0.1), (0.15, 0.15, 0.15)][variant % 3]
    for pi, chunk in enumerate(pages):
        y = Ht - 50
        c.setFillColorRGB(*accent)
        c.setFont(FB, 15)
        c.drawString(40, y, doc["supplier"])
        c.setFont(FB, 18)
        c.drawRightString(Wd - 40, y, title(doc))
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 8.5)
        c.drawString(40, y - 14, doc["sup_addr"])
        c.drawString(40, y - 25, doc["sup_tax"])
        if pi == 0:
            c.drawRightString(Wd - 40, y - 16, f"{w['no']} {doc['number']}")
            c.drawRightString(Wd - 40, y - 28, f"{w['date']}: {D8(doc)}")
            c.drawRightString(Wd - 40, y - 40, f"{w['terms']}: {doc['terms']}")
            y -= 70
            c.setFont(FB, 9)
            c.drawString(40, y, w["bill_to"])
            c.drawString(Wd / 2, y, w["ship_to"])
            c.setFont(F, 9)
            c.drawString(40, y - 12, doc["buyer"])
            c.drawString(40, y - 23, doc["buyer_addr"])
            c.drawString(Wd / 2, y - 12, doc["buyer"])
            c.drawString(Wd / 2, y - 23, doc["buyer_addr"])
            y -= 45
        else:
            c.drawRightString(Wd - 40, y - 16, f"{w['no']} {doc['number']} ({w['page']} {pi+1})")
            y -= 45
        cols = [40, 130, Wd - 230, Wd - 150, Wd - 40]
        c.setFillColorRGB(*accent)
        c.rect(38, y - 4, Wd - 76, 15, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 8.5)
        c.drawString(cols[0] + 2, y, w["item"])
        c.drawString(cols[1], y, w["desc"])
        c.drawRightString(cols[2], y, w["qty"])
        if prices:
            c.drawRightString(cols[3], y, w["unit"])
            c.drawRightString(cols[4], y, w["amount"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 8.5)
        y -= 16
        for it in chunk:
            c.drawString(cols[0] + 2, y, it["code"])
            c.drawString(cols[1], y, it["desc"][:48])
            c.drawRightString(cols[2], y, str(it["qty"]))
            if prices:
                c.drawRightString(cols[3], y, M(doc, it["price"]))
                c.drawRightString(cols[4], y, M(doc, it["line"]))
            c.setStrokeColorRGB(0.8, 0.8, 0.8)
            c.line(38, y - 3, Wd - 38, y - 3)
            y -= 13
        if pi == npages - 1 and prices:
            y -= 8
            tl = [(w["subtotal"], M(doc, doc["subtotal"]))]
            if doc["disc"]:
                tl.append((f"{w['discount']} {int(doc['disc_rate']*100)}%", "-" + M(doc, doc["disc"])))
            if doc["ship"]:
                tl.append((w["shipping"], M(doc, doc["ship"])))
            if doc["rate"] or doc["resale_exempt"]:
                tl.append((tax_line_label(doc), M(doc, doc["tax"])))
            for a, b in tl:
                c.drawRightString(Wd - 150, y, a)
                c.drawRightString(Wd - 40, y, b)
                y -= 12
            c.setFont(FB, 10.5)
            c.drawRightString(Wd - 150, y - 2, f"{w['total']} {doc['cur']}")
            c.drawRightString(Wd - 40, y - 2, M(doc, doc["total"]))
            c.setFont(F, 8)
            if doc["resale_exempt"]:
                c.drawString(40, y - 2, f"Tax exempt - resale certificate {doc['cert']}")
            if doc["terms"] == "Paid by card":
                c.drawString(40, y - 14, "Paid in full - card payment authorized at order entry.")
        c.setFont(F, 7.5)
        c.drawCentredString(Wd / 2, 25, f"{w['page']} {pi+1} / {npages}   -   {w['thank']}")
        c.showPage()
    c.save()
    return npages


def fpdf_invoice(doc, out, variant=0):
    from fpdf import FPDF
    pdf = FPDF(format="A4" if doc["loc"] not in ("en_US", "en_CA") else "Letter")
    pdf.set_creator("invoice-tool")
    fam = "DV"
    if doc["lang"] in ("zh", "ja"):
        pdf.add_font("CJ", "", FONT_CJK)
        pdf.add_font("CJ", "B", FONT_CJK)
        fam = "CJ"
    else:
        pdf.add_font("DV", "", FONT)
        pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    w = doc["w"]
    pdf.set_font(fam, "B", 20)
    pdf.cell(0, 10, title(doc), new_x="LMARGIN", new_y="NEXT", align="L" if variant else "C")
    pdf.set_font(fam, "", 9)
    pdf.multi_cell(90, 5, f"{doc['supplier']}\n{doc['sup_addr']}\n{w['taxid']}: {doc['sup_tax']}")
    pdf.set_xy(120, 22)
    pdf.multi_cell(80, 5, f"{w['no']}: {doc['number']}\n{w['date']}: {D8(doc)}\n{w['due']}: {fmt_date(doc['due'], doc['loc'])}", align="R")
    pdf.ln(6)
    pdf.set_font(fam, "B", 9)
    pdf.cell(0, 5, w["bill_to"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9)
    pdf.multi_cell(120, 5, f"{doc['buyer']}\n{doc['buyer_addr']}")
    pdf.ln(4)
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    widths = [32, 78, 16, 30, 34] if prices else [40, 120, 30]
    heads = [w["item"], w["desc"], w["qty"], w["unit"], w["amount"]][:len(widths)]
    pdf.set_fill_color(230, 230, 230)
    pdf.set_font(fam, "B", 8.5)
    for h, wd in zip(heads, widths):
        pdf.cell(wd, 7, h, border=1, fill=True, align="C")
    pdf.ln()
    pdf.set_font(fam, "", 8.5)
    for it in doc["items"]:
        vals = [it["code"], it["desc"][:40], str(it["qty"]), M(doc, it["price"]), M(doc, it["line"])][:len(widths)]
        for j, (v, wd) in enumerate(zip(vals, widths)):
            pdf.cell(wd, 6, v, border=1, align="R" if j >= 2 else "L")
        pdf.ln()
    if prices:
        pdf.ln(2)
        tl = [(w["subtotal"], M(doc, doc["subtotal"], True))]
        if doc["disc"]:
            tl.append((f"{w['discount']} {int(doc['disc_rate']*100)}%", "-" + M(doc, doc["disc"], True)))
        if doc["ship"]:
            tl.append((w["shipping"], M(doc, doc["ship"], True)))
        if doc["rate"] or doc["resale_exempt"]:
            tl.append((tax_line_label(doc), M(doc, doc["tax"], True)))
        tl.append((w["total"], M(doc, doc["total"], True)))
        for k, (a, b) in enumerate(tl):
            if k == len(tl) - 1:
                pdf.set_font(fam, "B", 10)
            pdf.cell(126, 6, "")
            pdf.cell(30, 6, a, align="R")
            pdf.cell(34, 6, b, align="R", border="T" if k == len(tl) - 1 else 0)
            pdf.ln()
    pdf.ln(6)
    pdf.set_font(fam, "", 8)
    pdf.multi_cell(0, 4.5, f"{w['terms']}: {doc['terms']}\n{w['thank']}")
    pdf.output(out)
    return pdf.page_no()


PLAN_RL = [  # loc, doc_type, n, compress, std_fonts, err
    ("en_US", "invoice", 5, False, True, None), ("en_US", "invoice", 48, False, True, None),
    ("en_US", "invoice", 3, False, True, None), ("en_US", "invoice", 6, True, True, None),
    ("en_US", "invoice", 90, True, True, None), ("en_US", "invoice", 4, False, True, "line"),
    ("en_US", "invoice", 2, False, True, None), ("en_US", "invoice", 7, False, False, None),
    ("en_US", "credit_note", 2, False, True, None), ("en_US", "packing_list", 12, False, True, None),
    ("en_CA", "invoice", 5, False, True, None), ("en_GB", "invoice", 6, False, True, None),
    ("de", "invoice", 4, False, True, None), ("fr", "invoice", 3, False, True, None),
    ("es", "invoice", 5, True, False, None), ("it", "invoice", 4, False, True, None),
    ("nl", "invoice", 3, False, True, None), ("pl", "invoice", 4, False, False, None),
    ("zh", "invoice", 4, True, False, None), ("en_US", "purchase_order", 6, False, True, None),
    ("en_US", "invoice", 10, False, True, None), ("en_US", "invoice", 3, False, True, None),
]
PLAN_FP = [  # loc, doc_type, n, err
    ("en_US", "invoice", 3, None), ("en_US", "invoice", 5, None), ("en_US", "receipt", 2, None),
    ("en_US", "invoice", 30, None), ("en_US", "invoice", 4, "tax"), ("en_GB", "invoice", 3, None),
    ("de", "invoice", 5, None), ("fr", "invoice", 2, None), ("pl", "invoice", 4, None),
    ("es", "invoice", 3, None), ("ja", "invoice", 3, None), ("zh", "quotation", 4, None),
    ("it", "invoice", 5, None), ("nl", "invoice", 2, None),
]


def run():
    name = "g_rl"
    if part_done(name):
        return read_parts(name)
    rng = random.Random(5502)
    labs = []
    for i, (loc, dtp, n, comp, std, err) in enumerate(PLAN_RL):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        fn = f"r{i:02d}_reportlab_{loc}_{dtp}.pdf"
        out = os.path.join(FILES, fn)
        np_ = rl_invoice(doc, out, compress=comp, std_fonts=std, variant=i)
        lab = label(fn, doc, "reportlab_canvas", np_)
        if dtp in ("packing_list",):
            lab["total"] = None
        lab["_meta"] = meta_for(doc)
        lab["_meta"].update(std_fonts=std and doc["lang"] not in ("pl", "zh", "ja"), compressed=comp)
        labs.append(lab)
        print("rl", fn, flush=True)
    for i, (loc, dtp, n, err) in enumerate(PLAN_FP):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        fn = f"f{i:02d}_fpdf2_{loc}_{dtp}.pdf"
        out = os.path.join(FILES, fn)
        np_ = fpdf_invoice(doc, out, variant=i % 2)
        lab = label(fn, doc, "fpdf2", np_)
        lab["_meta"] = meta_for(doc)
        labs.append(lab)
        print("fpdf", fn, flush=True)
    write_part(name, labs)
    return labs


if __name__ == "__main__":
    run()
