"""Genuine documents drawn with ReportLab (Sage-like, EBP-like, carnet, fapiao) and fpdf2."""
import os, random
from decimal import Decimal
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *

pdfmetrics.registerFont(TTFont("DV", FONT_SANS))
pdfmetrics.registerFont(TTFont("DVB", FONT_SANS_B))
pdfmetrics.registerFont(TTFont("DVS", FONT_SERIF))
pdfmetrics.registerFont(TTFont("DVM", FONT_MONO))
pdfmetrics.registerFont(TTFont("CJK", FONT_CJK, subfontIndex=0))
HAND = "DVS"
try:  # URW Z003 (chancery) gives the handwritten look of a receipt book filled in by pen
    _face = pdfmetrics.EmbeddedType1Face("/usr/share/fonts/type1/urw-base35/Z003-MediumItalic.afm", "/usr/share/fonts/X11/Type1/Z003-MediumItalic.pfb")
    pdfmetrics.registerTypeFace(_face)
    pdfmetrics.registerFont(pdfmetrics.Font("Hand", _face.name, "WinAnsiEncoding"))
    HAND = "Hand"
except Exception as _e:
    pass


def fonts(doc):
    if doc["lang"] in ("zh", "ja"):
        return "CJK", "CJK"
    return "DV", "DVB"


def title_of(doc):
    w = words(doc["country"])
    return w.get(doc["doc_type"], w["invoice"])


def draw_rl(doc, path, style="sage", rng=None):
    """Returns page count."""
    import common
    keep = common.NNBSP
    if style == "carnet":
        common.NNBSP = " "  # the pen font has no narrow no-break space
    try:
        return _draw_rl(doc, path, style)
    finally:
        common.NNBSP = keep


def _draw_rl(doc, path, style):
    w = words(doc["country"])
    F, FB = fonts(doc)
    if style == "carnet":
        F = FB = "DVS" if doc["lang"] not in ("zh", "ja") else "CJK"
    c = canvas.Canvas(path, pagesize=A4)
    c.setAuthor(doc["supplier"][0])
    c.setCreator({"sage": "Sage 100 Gestion commerciale", "ebp": "EBP Facturation", "carnet": "Scan", "fapiao": "Aisino"}.get(style, "ReportLab"))
    c.setTitle(f"{title_of(doc)} {doc['number']}")
    W_, H = A4
    page = 1
    nodisp = doc["doc_type"] in ("delivery_note", "packing_list")

    def header():
        if style == "sage":
            c.setFillColorRGB(0.12, 0.25, 0.45); c.rect(0, H - 90, W_, 90, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont(FB, 15); c.drawString(40, H - 45, doc["supplier"][0])
            c.setFont(F, 8.5); c.drawString(40, H - 60, doc["supplier"][1]); c.drawString(40, H - 72, doc["supplier"][2])
            c.setFillColorRGB(0, 0, 0)
        elif style == "ebp":
            c.setStrokeColorRGB(0.6, 0.1, 0.1); c.setLineWidth(2); c.line(40, H - 95, W_ - 40, H - 95)
            c.setFont(FB, 13); c.drawString(40, H - 50, doc["supplier"][0])
            c.setFont(F, 8.5); c.drawString(40, H - 64, doc["supplier"][1]); c.drawString(40, H - 76, doc["supplier"][2])
        elif style == "fapiao":
            c.setStrokeColorRGB(0.55, 0.35, 0.1); c.setFillColorRGB(0.55, 0.35, 0.1)
            c.setFont(FB, 20); c.drawCentredString(W_ / 2, H - 55, title_of(doc))
            c.ellipse(W_ / 2 - 45, H - 95, W_ / 2 + 45, H - 70, stroke=1, fill=0)
            c.setFont(F, 7); c.drawCentredString(W_ / 2, H - 86, "全国统一发票监制章")
            c.setFillColorRGB(0, 0, 0)
        else:  # carnet: printed receipt book, handwritten-looking
            c.setStrokeColorRGB(0.2, 0.3, 0.6); c.rect(30, 300, W_ - 60, H - 330)
            c.setFillColorRGB(0.2, 0.3, 0.6); c.setFont(FB, 14); c.drawString(45, H - 60, title_of(doc))
            c.setFont(F, 9); c.drawString(45, H - 75, doc["supplier"][0] + " — " + doc["supplier"][1])
            c.drawString(45, H - 87, doc["supplier"][2]); c.setFillColorRGB(0, 0, 0)

    header()
    y = H - 125
    if style != "carnet":
        c.setFont(FB, 16 if style != "fapiao" else 10)
        if style != "fapiao":
            c.drawRightString(W_ - 40, H - 125 if style == "sage" else H - 50, title_of(doc))
        c.setFont(F, 9.5)
        c.drawRightString(W_ - 40, H - 140 if style == "sage" else H - 66, f"{w['no']} {doc['number']}")
        c.drawRightString(W_ - 40, H - 153 if style == "sage" else H - 79, f"{w['date']} : {fmt_date(doc['date'], doc['country'], doc.get('dvar', 0))}")
        if style == "fapiao":
            c.drawString(40, H - 125, f"{w['seller']}: {doc['supplier'][0]}  {doc['supplier'][2]}")
        y = H - 180
        c.setFont(FB, 9); c.drawString(300, y, w["buyer"]); c.setFont(F, 9)
        c.drawString(300, y - 13, doc["buyer"][0]); c.drawString(300, y - 25, doc["buyer"][1])
        if doc["buyer"][2]:
            c.drawString(300, y - 37, doc["buyer"][2])
        y -= 70
    else:
        c.setFont(HAND, 14); c.setFillColorRGB(0.1, 0.15, 0.45)
        c.drawString(45, H - 110, f"{w['no']} {doc['number'][-4:]}      {w['date']} : {fmt_date(doc['date'], doc['country'], 0)}")
        c.drawString(45, H - 128, f"{w['buyer']} : {doc['buyer'][0]}")
        y = H - 160

    cols = [40, 300, 360, 440, W_ - 40]

    def table_head(y):
        c.setFont(FB, 8.5)
        if style == "sage":
            c.setFillColorRGB(0.88, 0.91, 0.96); c.rect(38, y - 4, W_ - 76, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.drawString(cols[0] + 2, y, w["desc"]); c.drawRightString(cols[2] - 5, y, w["qty"])
        if not nodisp:
            c.drawRightString(cols[3] - 5, y, w["unit"]); c.drawRightString(cols[3] + 45, y, w["vat"]); c.drawRightString(cols[4], y, w["amount"])
        c.line(38, y - 6, W_ - 38, y - 6)
        return y - 20

    y = table_head(y)
    c.setFont(F, 9)
    for it in doc["items"]:
        if y < 200:
            c.setFont(F, 8); c.drawRightString(W_ - 40, 40, f"{page} / …"); c.showPage(); page += 1
            header(); y = table_head(H - 130); c.setFont(F, 9)
        if style == "carnet":
            c.setFont(HAND, 14); c.setFillColorRGB(0.1, 0.15, 0.45)
        c.drawString(cols[0] + 2, y, it["desc"][:48]); c.drawRightString(cols[2] - 5, y, str(it["qty"]))
        if not nodisp:
            c.drawRightString(cols[3] - 5, y, num(doc, it["unit"]))
            c.drawRightString(cols[3] + 45, y, (fmt_num(it["rate"], doc["country"]).replace(",00", "").replace(".00", "") + "%") if doc["with_tax"] else "—")
            c.drawRightString(cols[4], y, num(doc, it["line"]))
        y -= 15
    if not nodisp:
        y -= 10; c.line(300, y + 8, W_ - 38, y + 8)
        rows = [(w["sub"], doc["subtotal"])]
        if doc["discount"]:
            rows.append((w["disc"], -doc["discount"]))
        if doc["shipping"]:
            rows.append((w["ship"], doc["shipping"]))
        if doc["discount"] or doc["shipping"]:
            rows.append((w["sub"] + " (net)", doc["net"]))
        if doc["with_tax"]:
            for r, (b, t) in sorted(doc["taxes"].items()):
                rows.append((f"{w['tax']} {fmt_num(r, doc['country']).replace(',00','').replace('.00','')}%", t))
            if doc.get("arithmetic_error") == "tax":
                rows[-1] = (rows[-1][0], rows[-1][1] + Decimal("1.00"))
        for lbl, v in rows:
            c.setFont(F, 9); c.drawString(310, y, lbl); c.drawRightString(cols[4], y, money(doc, v)); y -= 14
        c.setFont(FB, 11)
        if style == "sage":
            c.setFillColorRGB(0.88, 0.91, 0.96); c.rect(300, y - 5, W_ - 340, 18, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.drawString(310, y, w["total"] if doc["with_tax"] or doc["lang"] != "fr" else "Total HT (TVA non applicable, art. 293 B du CGI)"[:30])
        c.drawRightString(cols[4], y, money(doc, doc["total"]))
        y -= 30
    c.setFont(F, 7.5)
    legal = w["legal"]
    if doc["country"] == "ma":
        legal = "Arrêtée la présente facture à la somme indiquée ci-dessus. RC Tiznit 4471 · Patente 48102231 · CNSS 9921034."
    if doc["country"] == "tn":
        legal = "Timbre fiscal inclus. RNE 1422087K. Paiement par virement BIAT."
    if style != "carnet":
        c.drawString(40, 60, legal[:130]); c.drawString(40, 50, legal[130:260])
    else:
        c.setFont("DVS", 9); c.drawString(45, 320, "Signature / cachet :")
    c.drawRightString(W_ - 40, 40, f"{page} / {page}")
    c.save()
    return page


def draw_fpdf(doc, path):
    from fpdf import FPDF
    w = words(doc["country"])
    pdf = FPDF(format="A4")
    pdf.set_creator("Pennylane"); pdf.set_author(doc["supplier"][0])
    cjk = doc["lang"] in ("zh", "ja")
    if cjk:
        pdf.add_font("cjk", "", FONT_CJK); fam, famb = "cjk", "cjk"
    else:
        pdf.add_font("dv", "", FONT_SANS); pdf.add_font("dv", "B", FONT_SANS_B); fam, famb = "dv", "dv"
    pdf.set_auto_page_break(True, 30)
    pdf.add_page()
    pdf.set_font(famb, "B" if not cjk else "", 20); pdf.set_text_color(60, 40, 160)
    pdf.cell(0, 12, (w.get(doc["doc_type"]) or w["invoice"]).title(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0); pdf.set_font(fam, "", 9)
    pdf.cell(0, 5, f"{w['no']} {doc['number']}   ·   {w['date']} {fmt_date(doc['date'], doc['country'], 1)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.multi_cell(85, 5, f"{doc['supplier'][0]}\n{doc['supplier'][1]}\n{doc['supplier'][2]}")
    pdf.set_xy(110, y0)
    pdf.multi_cell(85, 5, f"{w['buyer']}:\n{doc['buyer'][0]}\n{doc['buyer'][1]}\n{doc['buyer'][2]}")
    pdf.ln(8)
    pdf.set_fill_color(238, 236, 250); pdf.set_font(famb, "B" if not cjk else "", 9)
    for t, wd, al in ((w["desc"], 80, "L"), (w["qty"], 20, "R"), (w["unit"], 30, "R"), (w["vat"], 20, "R"), (w["amount"], 30, "R")):
        pdf.cell(wd, 7, t, fill=True, align=al)
    pdf.ln(); pdf.set_font(fam, "", 9)
    for it in doc["items"]:
        pdf.cell(80, 6, it["desc"][:45]); pdf.cell(20, 6, str(it["qty"]), align="R"); pdf.cell(30, 6, num(doc, it["unit"]), align="R")
        pdf.cell(20, 6, f"{it['rate']:g}%", align="R"); pdf.cell(30, 6, num(doc, it["line"]), align="R"); pdf.ln()
    pdf.ln(4)
    rows = [(w["sub"], doc["subtotal"])]
    if doc["discount"]:
        rows.append((w["disc"], -doc["discount"]))
    if doc["shipping"]:
        rows.append((w["ship"], doc["shipping"]))
    for r, (b, t) in sorted(doc["taxes"].items()):
        rows.append((f"{w['tax']} {r:g}%", t + (Decimal("1.00") if doc.get("arithmetic_error") == "tax" else 0)))
    for lbl, v in rows:
        pdf.cell(130); pdf.cell(30, 6, lbl); pdf.cell(20, 6, money(doc, v), align="R"); pdf.ln()
    pdf.set_font(famb, "B" if not cjk else "", 11)
    pdf.cell(130); pdf.cell(30, 8, w["total"]); pdf.cell(20, 8, money(doc, doc["total"]), align="R"); pdf.ln(12)
    pdf.set_font(fam, "", 7); pdf.multi_cell(0, 4, w["legal"])
    pdf.output(path)
    return pdf.page_no()


def run(rng, start=0):
    labs = []
    plan = []
    # (country, style, doc_type, n_items, arith)
    for cc in ["fr", "fr", "fr", "fr", "fr", "it", "it", "es", "es", "de", "en", "pl", "nl", "ma", "tn", "fr", "es", "it", "us"]:
        plan.append((cc, rng.choice(["sage", "ebp"]), "invoice", None, False))
    plan += [("fr", "sage", "invoice", 40, False), ("it", "ebp", "invoice", 34, False),  # multipage
             ("fr", "ebp", "credit_note", 2, False), ("es", "sage", "credit_note", 2, False),
             ("fr", "carnet", "receipt", 3, False), ("ma", "carnet", "receipt", 2, False), ("tn", "carnet", "invoice", 3, False),
             ("zh", "fapiao", "tax_invoice", 4, False), ("zh", "fapiao", "tax_invoice", 3, False),
             ("fr", "sage", "invoice", 4, "x"), ("es", "ebp", "invoice", 3, "x"), ("ma", "sage", "invoice", 3, "x"),
             ("fr", "ebp", "delivery_note", 4, False), ("fr", "sage", "purchase_order", 3, False), ("it", "sage", "quotation", 3, False),
             ("es", "ebp", "delivery_note", 3, False), ("en", "sage", "packing_list", 4, False), ("fr", "ebp", "proforma", 3, False)]
    i = start
    for cc, style, dt, n, ae in plan:
        doc = make_doc(rng, cc, dt, n_items=n, arith_error=bool(ae))
        doc["dvar"] = rng.randint(0, 1)
        if dt in ("delivery_note", "packing_list"):
            doc["has_total"] = False
        name = f"doc_{i:03d}.pdf"
        p = draw_rl(doc, os.path.join(FILES, name), style)
        prod = {"sage": "rl_sage", "ebp": "rl_ebp", "carnet": "rl_carnet", "fapiao": "rl_fapiao"}[style]
        labs.append(label(doc, name, prod, pages=p))
        i += 1
    for cc, ae in [("fr", False), ("fr", False), ("it", False), ("es", False), ("de", False), ("nl", False), ("en", False), ("us", False),
                   ("ja", False), ("zh", False), ("fr", True), ("it", True)]:
        doc = make_doc(rng, cc, "invoice", arith_error=ae)
        name = f"doc_{i:03d}.pdf"
        p = draw_fpdf(doc, os.path.join(FILES, name))
        labs.append(label(doc, name, "fpdf_pennylane", pages=p))
        i += 1
    write_part("genuine_rl", labs)
    return labs


if __name__ == "__main__":
    labs = run(random.Random(11))
    print(len(labs))
