"""Genuine documents drawn directly as PDF: ReportLab (two looks) and fpdf2."""
import os, random
from decimal import Decimal
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors

pdfmetrics.registerFont(TTFont("DV", DEJAVU))
pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
pdfmetrics.registerFont(TTFont("CJK", CJK, subfontIndex=0))


def helv_safe(s):
    return (s.replace("\u202f", " ").replace("₹", "Rs.").replace("ł", "l").replace("ą", "a").replace("ę", "e")
             .replace("ś", "s").replace("ż", "z").replace("ń", "n").replace("ó", "o").replace("Ł", "L"))


def draw_rl(doc, path, variant, rng):
    """variant: 'helv' (standard Type1 fonts, literal strings) or 'ttf' (embedded subset fonts)."""
    t = T(doc)
    if variant == "helv":
        F, FB, S = "Helvetica", "Helvetica-Bold", helv_safe
    elif doc["lang"] in ("zh", "ja"):
        F, FB, S = "CJK", "CJK", (lambda s: s)
    else:
        F, FB, S = "DV", "DVB", (lambda s: s)
    size = letter if doc["region"] == "us" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, pageCompression=rng.random() < 0.5)
    c.setTitle(f"{title(doc)} {doc['number']}")
    c.setAuthor(doc["supplier"] if variant == "ttf" else "")
    c.setCreator(rng.choice(["BookKeep Desk 4.2", "TradeLedger", "InvoPrint", "ReportLab"]))
    pos = {}
    accent = rng.choice([colors.HexColor("#1f4e79"), colors.HexColor("#7b2d26"), colors.HexColor("#2e6b3a"),
                         colors.HexColor("#444444"), colors.HexColor("#b06a00")])
    left = 40
    page = 1

    def header():
        c.setFillColor(accent); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColor(colors.white); c.setFont(FB, 20); c.drawString(left, H - 45, S(title(doc)))
        c.setFont(F, 9); c.drawRightString(W - left, H - 30, S(doc["supplier"]))
        c.drawRightString(W - left, H - 42, S(doc["supplier_addr"]))
        c.drawRightString(W - left, H - 54, S(f"{doc['taxid_label']}: {doc['supplier_tax']}"))
        c.setFillColor(colors.black)

    header()
    y = H - 100
    c.setFont(FB, 10); c.drawString(left, y, S(t["no"] + ":")); c.setFont(F, 10); c.drawString(left + 110, y, S(doc["number"]))
    y -= 14
    c.setFont(FB, 10); c.drawString(left, y, S(t["date"] + ":")); c.setFont(F, 10)
    ds = S(dstr(doc)); c.drawString(left + 110, y, ds)
    pos["date"] = dict(page=0, x=left + 110, y=y, size=10, font=F, text=ds)
    y -= 26
    c.setFont(FB, 10); c.drawString(left, y, S(t["seller"])); c.drawString(W / 2, y, S(t["buyer"]))
    y -= 14; c.setFont(F, 10)
    c.drawString(left, y, S(doc["supplier"])); c.drawString(W / 2, y, S(doc["buyer"]))
    pos["buyer"] = dict(page=0, x=W / 2, y=y, size=10, font=F, text=S(doc["buyer"]))
    pos["supplier"] = dict(page=0, x=left, y=y, size=10, font=F, text=S(doc["supplier"]))
    y -= 12; c.setFont(F, 8.5)
    c.drawString(left, y, S(doc["supplier_addr"])); c.drawString(W / 2, y, S(doc["buyer_addr"]))
    y -= 11
    c.drawString(W / 2, y, S(f"{doc['taxid_label'] if doc['region'] in ('in', 'sa') else 'TRN'}: {doc['buyer_tax']}"))
    y -= 24
    cols = [left, left + 28, left + 250, left + 320, left + 400, W - left]
    heads = ["#", t["desc"], t["qty"], t["price"], t["amt"]]

    def table_head(y):
        c.setFillColor(colors.HexColor("#e8e8e8")); c.rect(left, y - 4, W - 2 * left, 16, stroke=0, fill=1)
        c.setFillColor(colors.black); c.setFont(FB, 9)
        for i, h in enumerate(heads):
            if i >= 2: c.drawRightString(cols[i + 1] - 4, y, S(h))
            else: c.drawString(cols[i] + 3, y, S(h))
        return y - 18

    y = table_head(y)
    c.setFont(F, 9)
    pos["qty"] = []
    for i, it in enumerate(doc["items"]):
        if y < 120:
            c.setFont(F, 8); c.drawRightString(W - left, 30, f"{page}"); c.showPage(); page += 1
            header(); y = table_head(H - 100); c.setFont(F, 9)
        c.drawString(cols[0] + 3, y, str(i + 1))
        desc = it["desc"] + (f"  ({t['hsn'] if doc['region'] != 'in' else 'HSN'} {it['code']})" if rng.random() < 0.6 else "")
        c.drawString(cols[1] + 3, y, S(desc[:48]))
        qs = str(it["qty"]); c.drawRightString(cols[3] - 4, y, qs)
        pos["qty"].append(dict(page=page - 1, x=cols[3] - 4, y=y, size=9, font=F, text=qs, align="right", idx=i))
        c.drawRightString(cols[4] - 4, y, S(num(doc, it["price"])))
        c.drawRightString(cols[5] - 4, y, S(num(doc, it["amount"])))
        c.setStrokeColor(colors.HexColor("#cccccc")); c.line(left, y - 4, W - left, y - 4)
        y -= 16
    if y < 170:
        c.showPage(); page += 1; header(); y = H - 110
    y -= 8
    rows = [(t["sub"], doc["sub"])]
    if doc["disc"]: rows.append((t["disc"], -doc["disc"]))
    if doc["ship"]: rows.append((t["ship"], doc["ship"]))
    rows += tax_lines(doc)
    for lab, amt in rows:
        c.setFont(F, 9.5); c.drawString(W - 230, y, S(lab)); c.drawRightString(W - left - 4, y, S(num(doc, amt))); y -= 14
    y -= 4
    c.setFillColor(accent); c.rect(W - 236, y - 6, 236 - left + 4, 20, stroke=0, fill=1); c.setFillColor(colors.white)
    c.setFont(FB, 11); c.drawString(W - 230, y, S(t["total"]))
    ts = S(money(doc, doc["total"])); c.drawRightString(W - left - 4, y, ts)
    pos["total"] = dict(page=page - 1, x=W - left - 4, y=y, size=11, font=FB, text=ts, align="right", color="white",
                        bg=accent.hexval())
    c.setFillColor(colors.black)
    if doc["region"] == "sa":
        from reportlab.graphics.barcode.qr import QrCodeWidget
        from reportlab.graphics.shapes import Drawing
        from reportlab.graphics import renderPDF
        w = QrCodeWidget(f"{doc['supplier']}|{doc['supplier_tax']}|{doc['date'].isoformat()}T10:12:00Z|{doc['total']}|{doc['tax']}")
        dr = Drawing(90, 90); dr.add(w); renderPDF.draw(dr, c, left, y - 60)
    c.setFont(F, 8)
    c.drawString(left, 60, S(rng.choice(["Goods once sold will not be taken back.", "Payment due within 30 days.",
                                         "Bank: Emirates Crescent Bank, IBAN AE07 0331 2345 6789 0123 456",
                                         "E. & O.E.  Subject to local jurisdiction."])))
    c.drawRightString(W - left, 30, f"{page}")
    c.save()
    return page, pos


def draw_fpdf(doc, path, rng):
    from fpdf import FPDF
    t = T(doc)
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DEJAVU); pdf.add_font("DV", "B", DEJAVU_B)
    if doc["lang"] in ("zh", "ja"):
        pdf.add_font("CJK", "", CJK)
        FN = "CJK"; bold = ""
    else:
        FN = "DV"; bold = "B"
    pdf.set_creator("fpdf2"); pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font(FN, bold, 16); pdf.cell(0, 10, doc["supplier"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FN, "", 9)
    pdf.cell(0, 5, doc["supplier_addr"] + f"   {doc['taxid_label']}: {doc['supplier_tax']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_draw_color(60, 60, 60); pdf.line(10, pdf.get_y(), 200, pdf.get_y()); pdf.ln(4)
    pdf.set_font(FN, bold, 14); pdf.cell(0, 8, title(doc), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FN, "", 10)
    pdf.cell(95, 6, f"{t['buyer']}:"); pdf.cell(0, 6, f"{t['no']}: {doc['number']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 6, doc["buyer"]); pdf.cell(0, 6, f"{t['date']}: {dstr(doc)}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FN, "", 8.5); pdf.cell(95, 5, doc["buyer_addr"], new_x="LMARGIN", new_y="NEXT"); pdf.ln(5)
    w = [12, 78, 20, 38, 42]
    pdf.set_fill_color(230, 236, 245); pdf.set_font(FN, bold, 9)
    for i, h in enumerate(["#", t["desc"], t["qty"], t["price"], t["amt"]]):
        pdf.cell(w[i], 7, h, border=1, fill=True, align="C" if i < 2 else "R")
    pdf.ln(); pdf.set_font(FN, "", 9)
    for i, it in enumerate(doc["items"]):
        pdf.cell(w[0], 6, str(i + 1), border=1); pdf.cell(w[1], 6, it["desc"][:40], border=1)
        pdf.cell(w[2], 6, str(it["qty"]), border=1, align="R"); pdf.cell(w[3], 6, num(doc, it["price"]), border=1, align="R")
        pdf.cell(w[4], 6, num(doc, it["amount"]), border=1, align="R"); pdf.ln()
    pdf.ln(3)
    rows = [(t["sub"], doc["sub"])]
    if doc["disc"]: rows.append((t["disc"], -doc["disc"]))
    if doc["ship"]: rows.append((t["ship"], doc["ship"]))
    rows += tax_lines(doc)
    for lab, amt in rows:
        pdf.cell(110); pdf.cell(38, 6, lab); pdf.cell(42, 6, num(doc, amt), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FN, bold, 11); pdf.cell(110); pdf.cell(38, 8, t["total"], border="T")
    pdf.cell(42, 8, money(doc, doc["total"]), border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FN, "", 8); pdf.ln(10)
    pdf.multi_cell(0, 4, rng.choice(["Thank you for your business.", "Please quote the invoice number with your payment.",
                                     "Country of origin as stated per line. Goods remain our property until paid in full."]))
    pdf.output(path)
    return pdf.page_no()


PLAN_RL = ["ae", "ae", "ae", "sa", "sa", "in", "in", "pk", "eg", "cn", "cn", "tr", "de", "fr", "it", "es",
           "nl", "uk", "us", "ae", "sa", "in", "pk", "cnvat", "ja", "pl", "de", "uk", "ae", "eg", "cn", "nl", "fr", "in"]
PLAN_FP = ["ae", "in", "in", "de", "fr", "es", "pl", "nl", "it", "uk", "us", "pk", "eg", "sa", "cnvat", "ja", "ae", "tr"]
# which indices get deliberate arithmetic errors
ERR_RL = {5, 17}
ERR_FP = {3, 10}


def run():
    rng = random.Random(4901)
    recs = []
    for i, reg in enumerate(PLAN_RL):
        # helvetica variant only for latin-script docs; these feed the content-stream edits
        variant = "helv" if (i % 2 == 0 and reg not in ("cnvat", "ja", "pl")) else "ttf"
        dt = rng.choice(["tax_invoice"] * 5 + ["invoice", "proforma"]) if reg in ("cn", "tr", "pk", "eg") else "tax_invoice"
        if reg in ("cn", "tr") and rng.random() < 0.5: dt = "proforma"
        if reg in ("pk", "eg", "cn", "us"): dt = "invoice" if dt == "tax_invoice" else dt
        if i in (13, 26): dt = "credit_note"
        n = rng.choice([3, 4, 5, 6]) if i not in (2, 8, 20, 30) else rng.randint(38, 60)
        doc = make_doc(rng, reg, dt, n_items=n, arith_error=i in ERR_RL)
        if dt == "credit_note":
            pass
        name = f"rl_{variant}_{i:02d}_{reg}.pdf"
        pages, pos = draw_rl(doc, os.path.join(FILES, name), variant, rng)
        save_meta(name, doc, dict(pos=pos, producer=f"reportlab_{variant}"))
        recs.append(label_for(doc, name, f"reportlab_{variant}", pages))
    for i, reg in enumerate(PLAN_FP):
        dt = "invoice" if reg in ("pk", "eg", "us", "tr") else "tax_invoice"
        doc = make_doc(rng, reg, dt, n_items=rng.choice([2, 3, 5, 8]) if i != 6 else 45, arith_error=i in ERR_FP)
        name = f"fpdf_{i:02d}_{reg}.pdf"
        pages = draw_fpdf(doc, os.path.join(FILES, name), rng)
        save_meta(name, doc, dict(producer="fpdf2"))
        recs.append(label_for(doc, name, "fpdf2", pages))
    return recs


if __name__ == "__main__":
    r = run(); print(len(r))
