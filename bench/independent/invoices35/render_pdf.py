"""ReportLab and fpdf2 producers (my own layouts)."""
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont("DV", DEJAVU))
pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
pdfmetrics.registerFont(TTFont("DVM", DEJAVU_MONO))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

CORE_OK = ("en_US", "en_GB", "fr_CA", "es_MX", "de_DE", "fr_FR", "it_IT", "es_ES", "nl_NL")


def fonts_for(doc, force_ttf=False):
    if doc["loc"] in ("zh_CN", "ja_JP"):
        return "WQY", "WQY"
    if doc["loc"] in CORE_OK and not force_ttf:
        return "Helvetica", "Helvetica-Bold"
    return "DV", "DVB"


def rl_classic(doc, out, remit=False, per_page=22, pagesize=None, accent=(0.15, 0.25, 0.45), force_ttf=False, compress=1):
    """Canvas layout; every table cell is its own drawString (standard fonts -> plain text strings)."""
    w = W_(doc)
    F, FB = fonts_for(doc, force_ttf)
    ps = pagesize or (letter if doc["loc"] in ("en_US", "fr_CA", "es_MX") else A4)
    PW, H = ps
    c = canvas.Canvas(out, pagesize=ps, pageCompression=compress)
    c.setTitle(f"{title(doc)} {doc['number']}")
    c.setAuthor(doc["supplier"])
    c.setCreator(doc.get("creator", "BillDesk 4.2"))
    items = doc["items"]
    pages = [items[k:k + per_page] for k in range(0, len(items), per_page)] or [[]]
    npages = len(pages)
    prices = has_prices(doc)
    acc = colors.Color(*accent)
    for pi, chunk in enumerate(pages):
        y = H - 50
        c.setFillColor(acc); c.rect(40, y - 6, PW - 80, 3, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FB, 15); c.drawString(40, y + 6, doc["supplier"])
        c.setFont(FB, 16); c.setFillColor(acc); c.drawRightString(PW - 40, y + 6, title(doc)); c.setFillColor(colors.black)
        y -= 22
        c.setFont(F, 8.5)
        for ln in doc["supplier_addr"] + [doc["supplier_tax"]]:
            c.drawString(40, y, ln); y -= 11
        my = H - 80
        meta = [(w["number"] if doc['doc_type'] not in ('purchase_order', 'quotation', 'packing_list', 'delivery_note') else w['doc_no'], doc["number"]), (w["date"], DT(doc)), (w["customer"], doc["cust_no"])]
        if doc["doc_type"] in ("invoice", "tax_invoice"):
            meta.append((w["due"], DT(doc, doc["due"])))
        meta.append((w["page"], f"{pi + 1} / {npages}"))
        for a, b in meta:
            c.setFont(F, 8.5); c.drawRightString(PW - 130, my, a + ":"); c.drawString(PW - 125, my, b); my -= 11
        y = min(y, my) - 14
        if pi == 0:
            c.setFont(FB, 8.5); c.drawString(40, y, w["bill_to"].upper()); c.drawString(PW / 2, y, w["ship_to"].upper()); y -= 12
            c.setFont(F, 9.5)
            c.drawString(40, y, doc["buyer"]); c.drawString(PW / 2, y, doc["buyer"]); y -= 12
            for ln in doc["buyer_addr"]:
                c.drawString(40, y, ln); c.drawString(PW / 2, y, ln); y -= 12
            y -= 10
        else:
            c.setFont(F, 8.5); c.drawString(40, y, f"{doc['buyer']} - {w['number']} {doc['number']} ({w['page']} {pi+1})"); y -= 18
        # table header
        cols = [40, 120, PW - 230, PW - 150, PW - 40]
        c.setFillColor(colors.Color(0.92, 0.93, 0.96)); c.rect(40, y - 4, PW - 80, 15, stroke=0, fill=1); c.setFillColor(colors.black)
        c.setFont(FB, 8.5)
        c.drawString(cols[0] + 2, y, w["sku"]); c.drawString(cols[1], y, w["desc"]); c.drawRightString(cols[2] + 30, y, w["qty"])
        if prices:
            c.drawRightString(cols[3] + 30, y, w["unit"]); c.drawRightString(cols[4] - 2, y, w["amount"])
        y -= 16
        for it in chunk:
            c.setFont(F, 8.5)
            c.drawString(cols[0] + 2, y, it["sku"]); c.drawString(cols[1], y, it["desc"][:58])
            c.drawRightString(cols[2] + 30, y, str(it["qty"]))
            if prices:
                c.drawRightString(cols[3] + 30, y, M(doc, it["unit"])); c.drawRightString(cols[4] - 2, y, M(doc, line_amt(it)))
            c.setStrokeColor(colors.Color(0.85, 0.85, 0.85)); c.line(40, y - 4, PW - 40, y - 4)
            y -= 15
        if pi < npages - 1:
            c.setFont(F, 8); c.drawRightString(PW - 40, 40, f"{w['page']} {pi + 1} / {npages} - continued"); c.showPage(); continue
        y -= 6
        if prices:
            for lab, amt in summary_rows(doc):
                last = lab.startswith(w["total"])
                c.setFont(FB if last else F, 10 if last else 9)
                c.drawRightString(PW - 150, y, lab); c.drawRightString(PW - 42, y, M(doc, amt))
                if last:
                    c.setStrokeColor(colors.black); c.line(PW - 260, y + 12, PW - 40, y + 12)
                y -= 14
        y -= 10
        c.setFont(F, 8.5)
        if doc.get("note"):
            c.drawString(40, y, doc["note"]); y -= 12
        c.drawString(40, y, f"{w['terms']}: {doc['terms']}"); y -= 12
        c.drawString(40, y, w["thanks"])
        if remit and prices:
            ry = 150
            c.setDash(4, 3); c.line(30, ry, PW - 30, ry); c.setDash()
            c.setFont(F, 7); c.drawString(40, ry - 12, w["remit"])
            c.setFont(FB, 10); c.drawString(40, ry - 30, doc["supplier"])
            c.setFont(F, 8.5)
            yy = ry - 42
            for ln in doc["supplier_addr"]:
                c.drawString(40, yy, ln); yy -= 11
            rows = [(w["customer"], doc["cust_no"]), (w["number"], doc["number"]), (w["date"], DT(doc)), (w["balance"], M(doc, doc["total"])), (w["enclosed"], "________________")]
            yy = ry - 30
            for a, b in rows:
                c.drawRightString(PW - 160, yy, a + ":"); c.drawString(PW - 150, yy, b); yy -= 14
        c.showPage()
    c.save()


def rl_platypus(doc, out, force_ttf=True):
    """Platypus flowables with a grid Table; auto-paginates."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    w = W_(doc)
    F, FB = fonts_for(doc, force_ttf)
    ps = A4
    st = ParagraphStyle("n", fontName=F, fontSize=8.5, leading=11)
    sth = ParagraphStyle("h", fontName=FB, fontSize=18, leading=22)
    story = [Paragraph(title(doc), sth), Spacer(1, 6)]
    hdr = Table([[Paragraph(f"<b>{doc['supplier']}</b><br/>" + "<br/>".join(doc["supplier_addr"] + [doc["supplier_tax"]]), st),
                  Paragraph(f"{w['bill_to']}:<br/><b>{doc['buyer']}</b><br/>" + "<br/>".join(doc["buyer_addr"]), st),
                  Paragraph(f"{numlabel(doc)}: {doc['number']}<br/>{w['date']}: {DT(doc)}<br/>" + (f"{w['due']}: {DT(doc, doc['due'])}<br/>" if not doc.get('pricelist') else "") + f"{w['terms']}: {doc['terms']}", st)]],
                colWidths=[65 * mm, 60 * mm, 55 * mm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [hdr, Spacer(1, 10)]
    prices = has_prices(doc)
    data = [["#", w["sku"], w["desc"], w["qty"]] + ([w["unit"], w["amount"]] if prices else [])]
    if doc.get("pricelist"):
        data = [["#", w["sku"], w["desc"], "MOQ", w["unit"], ""]]
    for k, it in enumerate(doc["items"]):
        data.append([str(k + 1), it["sku"], Paragraph(it["desc"], st), str(it["qty"])] + ([M(doc, it["unit"]), "" if doc.get("pricelist") else M(doc, line_amt(it))] if prices else []))
    ncol = len(data[0])
    if prices:
        for lab, amt in summary_rows(doc):
            data.append([""] * (ncol - 2) + [lab, M(doc, amt)])
    cw = [8 * mm, 28 * mm, 72 * mm, 16 * mm, 26 * mm, 30 * mm][:ncol]
    t = Table(data, colWidths=cw, repeatRows=1)
    nitems = len(doc["items"])
    sty = [("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, 0), (-1, 0), FB, 8.5),
           ("GRID", (0, 0), (-1, nitems), 0.4, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.88, 0.85)),
           ("ALIGN", (3, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if prices:
        sty += [("FONT", (0, -1), (-1, -1), FB, 10), ("LINEABOVE", (-2, -1), (-1, -1), 1, colors.black)]
    t.setStyle(TableStyle(sty))
    story += [t, Spacer(1, 12), Paragraph(w["thanks"], st)]
    if doc.get("note"):
        story.append(Paragraph(doc["note"], st))

    def foot(c, d):
        c.setFont(F, 7); c.drawString(20 * mm, 10 * mm, f"{doc['supplier']} · {doc['supplier_tax']}"); c.drawRightString(190 * mm, 10 * mm, f"{w['page']} {d.page}")
    SimpleDocTemplate(out, pagesize=ps, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                      title=f"{title(doc)} {doc['number']}", author=doc["supplier"]).build(story, onFirstPage=foot, onLaterPages=foot)


def rl_receipt(doc, out, terminal=False):
    """Narrow thermal-paper receipt. terminal=True -> card terminal slip (not an invoice)."""
    Wd = 80 * mm
    lines = []
    w = W_(doc)
    lines.append(("C", doc["supplier"], 10))
    for ln in doc["supplier_addr"]:
        lines.append(("C", ln, 7.5))
    lines.append(("C", doc["supplier_tax"], 7))
    lines.append(("C", "-" * 40, 7.5))
    if terminal:
        lines += [("L", "CREDIT CARD SALE", 9), ("L", f"MID: 4410{doc['id']:05d}  TID: 0{doc['id'] % 97:02d}", 7.5),
                  ("L", f"DATE {doc['date'].strftime('%m/%d/%y')}  TIME 14:{doc['id'] % 60:02d}", 7.5), ("L", "VISA  ************" + f"{doc['id']*37 % 10000:04d}", 7.5),
                  ("L", "ENTRY: CHIP   AUTH: 0" + f"{doc['id']*911 % 100000:05d}", 7.5), ("C", "-" * 40, 7.5),
                  ("LR", ("AMOUNT", M(doc, doc["total"])), 10), ("C", "-" * 40, 7.5), ("C", "APPROVED", 9),
                  ("C", "CARDHOLDER COPY", 7.5), ("C", "I AGREE TO PAY ABOVE TOTAL AMOUNT", 6.5), ("C", "ACCORDING TO CARD ISSUER AGREEMENT", 6.5)]
    else:
        lines.append(("L", f"{w['receipt']} {doc['number']}", 8.5))
        lines.append(("L", f"{DT(doc)}  14:{doc['id'] % 60:02d}", 8))
        lines.append(("L", f"{w['bill_to']}: {doc['buyer']}", 8))
        lines.append(("C", "-" * 40, 7.5))
        for it in doc["items"]:
            lines.append(("L", it["desc"][:34], 7.5))
            lines.append(("LR", (f"  {it['qty']} x {num(it['unit'], doc['loc'])}", num(line_amt(it), doc["loc"])), 7.5))
        lines.append(("C", "-" * 40, 7.5))
        for lab, amt in summary_rows(doc):
            lines.append(("LR", (lab, M(doc, amt)), 9 if lab.startswith(w["total"]) else 8))
        lines.append(("C", "-" * 40, 7.5))
        lines.append(("L", "VISA ****" + f"{doc['id']*37 % 10000:04d}  APPROVED", 7.5))
        lines.append(("C", w["thanks"], 8))
    Hh = sum(l[2] * 1.45 for l in lines) + 30
    c = canvas.Canvas(out, pagesize=(Wd, Hh))
    y = Hh - 18
    F = "Courier" if doc["loc"] in CORE_OK else "DVM"
    for al, txt, sz in lines:
        c.setFont(F + ("-Bold" if sz >= 9 and F == "Courier" else ""), sz)
        if al == "C": c.drawCentredString(Wd / 2, y, txt)
        elif al == "L": c.drawString(8, y, txt)
        else:
            c.drawString(8, y, txt[0]); c.drawRightString(Wd - 8, y, txt[1])
        y -= sz * 1.45
    c.save()


def rl_letter(doc, out):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    st = ParagraphStyle("n", fontName="Times-Roman", fontSize=11, leading=15)
    sth = ParagraphStyle("h", fontName="Times-Bold", fontSize=15, leading=19)
    story = [Paragraph(doc["supplier"], sth), Paragraph(" · ".join(doc["supplier_addr"]) + " · " + doc["supplier_tax"], st), Spacer(1, 24),
             Paragraph(DT(doc), st), Spacer(1, 12), Paragraph(doc["buyer"] + "<br/>" + "<br/>".join(doc["buyer_addr"]), st), Spacer(1, 18)]
    for para in doc["letter_body"]:
        story += [Paragraph(para, st), Spacer(1, 10)]
    story += [Spacer(1, 20), Paragraph("Yours sincerely,<br/><br/><br/>" + doc.get("signer", "Margaret Ellison, Credit Control"), st)]
    SimpleDocTemplate(out, pagesize=A4).build(story)


# ------------------------------------------------------------------ fpdf2
def fpdf_invoice(doc, out, variant=0):
    from fpdf import FPDF
    w = W_(doc)
    pdf = FPDF(format="letter" if doc["loc"] in ("en_US", "es_MX", "fr_CA") else "A4")
    core = doc["loc"] in ("en_US", "en_GB")
    if core:
        F = "helvetica"
    else:
        pdf.add_font("dv", "", DEJAVU); pdf.add_font("dv", "B", DEJAVU_B); F = "dv"
        if doc["loc"] in ("zh_CN", "ja_JP"):
            pdf.add_font("wq", "", WQY); pdf.add_font("wq", "B", WQY); F = "wq"
    pdf.set_title(f"{title(doc)} {doc['number']}")
    pdf.set_creator(doc.get("creator", "InvoiceMate"))
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()

    pdf.set_author(doc["supplier"])
    pdf.add_page()
    pdf.set_font(F, "B", 20 if variant == 0 else 16)
    if variant == 0:
        pdf.set_fill_color(40, 40, 40); pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 14, "  " + title(doc), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.ln(3)
        pdf.set_font(F, "B", 12); pdf.cell(0, 6, doc["supplier"], new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(120, 9, doc["supplier"]); pdf.set_font(F, "B", 14); pdf.cell(0, 9, title(doc), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    for ln in doc["supplier_addr"] + [doc["supplier_tax"]]:
        pdf.cell(0, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font(F, "B", 9); pdf.cell(90, 5, w["bill_to"] + ":", new_x="LMARGIN", new_y="NEXT"); pdf.set_font(F, "", 9)
    for ln in [doc["buyer"]] + doc["buyer_addr"]:
        pdf.cell(90, 4.5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(120, y0)
    for a, b in [(numlabel(doc), doc["number"]), (w["date"], DT(doc)), (w["due"], DT(doc, doc["due"])), (w["ref"], doc["po"])]:
        pdf.set_x(120); pdf.cell(35, 4.5, a + ":"); pdf.cell(0, 4.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y0 + 25) + 6)
    widths = [28, 82, 16, 30, 34] if pdf.w > 215 else [28, 84, 16, 30, 38]
    pdf.set_font(F, "B", 8.5); pdf.set_fill_color(225, 225, 225)
    for wd, h, al in zip(widths, [w["sku"], w["desc"], w["qty"], w["unit"], w["amount"]], "LLRRR"):
        pdf.cell(wd, 7, h, border=1, align=al, fill=True)
    pdf.ln()
    pdf.set_font(F, "", 8.5)
    for it in doc["items"]:
        for wd, v, al in zip(widths, [it["sku"], it["desc"][:52], str(it["qty"]), M(doc, it["unit"]), M(doc, line_amt(it))], "LLRRR"):
            pdf.cell(wd, 6.5, v, border="B" if variant else 1, align=al)
        pdf.ln()
    pdf.ln(2)
    for lab, amt in summary_rows(doc):
        last = lab.startswith(w["total"])
        pdf.set_font(F, "B" if last else "", 10 if last else 9)
        pdf.cell(sum(widths[:3]), 6, ""); pdf.cell(widths[3], 6, lab, align="R"); pdf.cell(widths[4], 6, M(doc, amt), align="R", border="T" if last else 0)
        pdf.ln()
    pdf.ln(6); pdf.set_font(F, "", 8.5)
    pdf.multi_cell(0, 4.5, f"{w['terms']}: {doc['terms']}\n{w['thanks']}" + (f"\n{doc['note']}" if doc.get("note") else ""))
    pdf.output(out)
