# genuine_pdf.py - invoices drawn directly with ReportLab (canvas) and fpdf2
import os, random
from common import *

LATIN1 = ("en", "de", "fr", "it", "es", "nl")

def cp1252_ok(doc):
    txt = " ".join(str(v) for p in (doc["supplier"], doc["buyer"]) for v in p.values()) + " ".join(it["desc"] + it["unit"] for it in doc["items"])
    txt += " ".join(W[doc["lang"]].values())
    try:
        txt.encode("cp1252"); return True
    except UnicodeEncodeError:
        return False

def _rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))

def reportlab_invoice(doc, out, variant):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    _rl_fonts()
    lang = doc["lang"]
    if lang in ("ja", "zh"): F, FB = "WQY", "WQY"
    elif lang in LATIN1 and variant != "ttf" and cp1252_ok(doc): F, FB = "Helvetica", "Helvetica-Bold"
    else: F, FB = "DV", "DVB"
    size = letter if doc["supplier"]["cc"] == "US" else A4
    W_, H_ = size
    c = canvas.Canvas(out, pagesize=size)
    c.setTitle(f"{title(doc)} {doc['number']}")
    c.setAuthor(doc["supplier"]["name"])
    c.setCreator(random.choice(["PohodaMini 2.1", "Faktury Desk 7", "WaWi-Pro 11", "InvoiceMaker 3.0", "ReportLab PDF Library"]))
    pageno = [1]

    def header():
        c.setFont(FB, 18); c.drawString(40, H_ - 55, title(doc))
        c.setFont(F, 9)
        y = H_ - 50
        for k, v in [(w(doc, "number"), doc["number"]), (w(doc, "date"), DT(doc)), (w(doc, "due"), DT(doc, doc["due"]))] + \
                    ([(w(doc, "duzp"), DT(doc, doc["duzp"])), (w(doc, "vs"), doc["vs"])] if lang in ("cs", "sk") else []):
            c.drawRightString(W_ - 150, y, k + ":"); c.setFont(FB, 9); c.drawString(W_ - 145, y, v); c.setFont(F, 9); y -= 12
        return y

    def footer():
        c.setFont(F, 7); c.setFillGray(0.4)
        c.drawString(40, 30, f"{doc['supplier']['name']} · {doc['supplier']['id_label']} {doc['supplier']['id']} · {w(doc,'bank')}: {doc.get('account') or doc['iban']}")
        c.drawRightString(W_ - 40, 30, f"{w(doc,'page')} {pageno[0]}")
        c.setFillGray(0)

    y = header() - 20
    for who, x in (("supplier", 40), ("buyer", W_ / 2 + 10)):
        p = doc[who]; yy = y
        c.setFont(F, 8); c.setFillGray(0.45); c.drawString(x, yy, w(doc, who).upper()); c.setFillGray(0); yy -= 13
        c.setFont(FB, 10); c.drawString(x, yy, p["name"]); yy -= 12; c.setFont(F, 9)
        for ln in [p["street"], p["city"], p["country"], f"{p['id_label']}: {p['id']}" if p.get("id") else "", f"{p['vat_label']}: {p['vat']}" if p.get("vat") else ""]:
            if ln: c.drawString(x, yy, ln); yy -= 11
    y = yy - 25
    show_tax = doc["with_tax"] and not doc["reverse_charge"]
    cols = [(40, w(doc, "desc"), "l"), (W_ - 250, w(doc, "qty"), "r"), (W_ - 245, w(doc, "unit"), "l"), (W_ - 150, w(doc, "price"), "r")]
    if show_tax: cols.append((W_ - 105, w(doc, "rate"), "r"))
    cols.append((W_ - 40, w(doc, "net"), "r"))

    def thead(y):
        if variant == "boxed":
            c.setFillGray(0.88); c.rect(36, y - 4, W_ - 72, 15, fill=1, stroke=0); c.setFillGray(0)
        c.setFont(FB, 8.5)
        for x, t, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, t)
        c.line(36, y - 5, W_ - 36, y - 5)
        return y - 18
    y = thead(y); c.setFont(F, 9)
    for it in doc["items"]:
        if y < 120:
            footer(); c.showPage(); pageno[0] += 1; y = header() - 30; y = thead(y); c.setFont(F, 9)
        vals = [it["desc"][:60], str(it["qty"]), it["unit"], N(doc, it["price"])] + ([f"{it['rate'].normalize()} %"] if show_tax else []) + [N(doc, it["printed_net"])]
        for (x, _, a), v in zip(cols, vals):
            (c.drawString if a == "l" else c.drawRightString)(x, y, v)
        if variant == "boxed":
            c.setStrokeGray(0.8); c.line(36, y - 4, W_ - 36, y - 4); c.setStrokeGray(0)
        y -= 15
    if y < 200:
        footer(); c.showPage(); pageno[0] += 1; y = header() - 40
    y -= 10
    sub = sum(it["net"] for it in doc["items"])
    lines = [(w(doc, "subtotal"), N(doc, sub))]
    if doc["discount"]: lines.append((w(doc, "discount"), "-" + N(doc, doc["discount"])))
    if doc["shipping"]: lines.append((w(doc, "shipping"), N(doc, doc["shipping"])))
    if show_tax:
        for r, b in doc["groups"].items():
            lines.append((f"{w(doc,'vat')} {r.normalize()} % ({N(doc, b)})", N(doc, doc["taxes"][r])))
    c.setFont(F, 9)
    for k, v in lines:
        c.drawString(W_ - 300, y, k); c.drawRightString(W_ - 40, y, v); y -= 13
    c.line(W_ - 300, y + 6, W_ - 36, y + 6); y -= 8
    c.setFont(FB, 12); c.drawString(W_ - 300, y, w(doc, "total")); c.drawRightString(W_ - 40, y, M(doc, doc["printed_total"]))
    y -= 30; c.setFont(F, 8)
    if doc["reverse_charge"]: c.drawString(40, y, w(doc, "rc")); y -= 11
    if lang == "en" and doc["supplier"]["cc"] in ("CN", "VN"): c.drawString(40, y, f"Country of origin: {doc['supplier']['country']}   Incoterms: FOB   HS code: {rdig(4)}.{rdig(2)}"); y -= 11
    c.drawString(40, y, f"{w(doc,'pay')} – {w(doc,'bank')}: {doc.get('account') or doc['iban']}")
    if variant == "stamp":
        c.saveState(); c.setStrokeColorRGB(0.1, 0.2, 0.7); c.setFillColorRGB(0.1, 0.2, 0.7); c.translate(W_ - 150, y - 40); c.rotate(8)
        c.circle(0, 0, 32); c.setFont(F, 6); c.drawCentredString(0, 2, doc["supplier"]["name"][:24]); c.drawCentredString(0, -8, doc["supplier"]["city"][:26]); c.restoreState()
    footer(); c.save()

def fpdf_invoice(doc, out, variant):
    from fpdf import FPDF
    lang = doc["lang"]
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 20)
    pdf.set_creator(random.choice(["FakturyNET", "Tiskárna faktur 2", "ZamówieniaPro", "fpdf2"])); pdf.set_title(f"{title(doc)} {doc['number']}")
    if lang in ("ja", "zh"):
        pdf.add_font("U", "", CJK_FONT); pdf.add_font("U", "B", CJK_FONT); fam = "U"
    elif variant == "core" and lang in LATIN1 and cp1252_ok(doc):
        fam = "helvetica"
    else:
        pdf.add_font("U", "", FONT_DIR + "DejaVuSansCondensed.ttf"); pdf.add_font("U", "B", FONT_DIR + "DejaVuSansCondensed-Bold.ttf"); fam = "U"
    pg = w(doc, "page")
    class P(FPDF): pass
    pdf.alias_nb_pages()
    pdf.add_page()
    def sf(st="", sz=9): pdf.set_font(fam, st, sz)
    sf("B", 16); pdf.cell(0, 9, f"{title(doc)}  {doc['number']}", new_x="LMARGIN", new_y="NEXT")
    sf("", 9)
    meta = [(w(doc, "date"), DT(doc)), (w(doc, "due"), DT(doc, doc["due"]))]
    if lang in ("cs", "sk"): meta += [(w(doc, "duzp"), DT(doc, doc["duzp"])), (w(doc, "vs"), doc["vs"])]
    for k, v in meta:
        pdf.cell(45, 5, k + ":"); sf("B", 9); pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT"); sf("", 9)
    pdf.ln(4); y0 = pdf.get_y()
    ys = []
    for who, x in (("supplier", 10), ("buyer", 110)):
        p = doc[who]; pdf.set_xy(x, y0)
        txt = "\n".join(l for l in [p["name"], p["street"], p["city"], p["country"], f"{p['id_label']}: {p['id']}", f"{p['vat_label']}: {p['vat']}" if p.get("vat") else ""] if l)
        sf("B", 8); pdf.cell(90, 5, w(doc, who).upper(), border="B" if variant != "plain" else 0, new_x="LEFT", new_y="NEXT"); sf("", 9)
        pdf.multi_cell(90, 4.6, txt); ys.append(pdf.get_y())
    pdf.set_xy(10, max(ys)); pdf.ln(6)
    show_tax = doc["with_tax"] and not doc["reverse_charge"]
    widths = [8, 80 if show_tax else 94, 16, 12, 24] + ([14] if show_tax else []) + [0]
    heads = ["#", w(doc, "desc"), w(doc, "qty"), w(doc, "unit"), w(doc, "price")] + ([w(doc, "rate")] if show_tax else []) + [w(doc, "net")]
    def th():
        sf("B", 8); pdf.set_fill_color(225, 232, 240)
        for wd, hd in zip(widths, heads):
            pdf.cell(wd, 6, hd, border=1, fill=True, align="C", new_x="RIGHT", new_y="TOP")
        pdf.ln(); sf("", 8.5)
    th()
    for i, it in enumerate(doc["items"], 1):
        if pdf.get_y() > 265:
            pdf.add_page(); th()
        vals = [str(i), it["desc"], str(it["qty"]), it["unit"], N(doc, it["price"])] + ([f"{it['rate'].normalize()}%"] if show_tax else []) + [N(doc, it["printed_net"])]
        for j, (wd, v) in enumerate(zip(widths, vals)):
            pdf.cell(wd, 6, v, border=1 if variant != "plain" else "B", align="L" if j in (1, 3) else "R", new_x="RIGHT", new_y="TOP")
        pdf.ln()
    pdf.ln(3)
    sub = sum(it["net"] for it in doc["items"])
    lines = [(w(doc, "subtotal"), N(doc, sub))]
    if doc["discount"]: lines.append((w(doc, "discount"), "-" + N(doc, doc["discount"])))
    if doc["shipping"]: lines.append((w(doc, "shipping"), N(doc, doc["shipping"])))
    if show_tax:
        for r, b in doc["groups"].items():
            lines.append((f"{w(doc,'subtotal')} {r.normalize()}%", N(doc, b))); lines.append((f"{w(doc,'vat')} {r.normalize()}%", N(doc, doc["taxes"][r])))
    if pdf.get_y() > 230: pdf.add_page()
    for k, v in lines:
        pdf.set_x(110); pdf.cell(55, 5.5, k); pdf.cell(0, 5.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(110); sf("B", 11); pdf.cell(55, 8, w(doc, "total"), border="T"); pdf.cell(0, 8, M(doc, doc["printed_total"]), border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    sf("", 8); pdf.ln(6)
    if doc["reverse_charge"]: pdf.multi_cell(0, 4.5, w(doc, "rc"), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4.5, f"{w(doc,'pay')} · {w(doc,'bank')}: {doc.get('account') or doc['iban']}", new_x="LMARGIN", new_y="NEXT")
    if lang == "cs" and not doc["with_tax"]: pdf.multi_cell(0, 4.5, w(doc, "notvat"), new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

PLAN = [
 # key, lang, engine, variant, kwargs
 ("r01", "cs", "rl", "boxed", {}), ("r02", "cs", "rl", "stamp", {"n_items": 40}), ("r03", "sk", "rl", "boxed", {}), ("r04", "de", "rl", "plain", {}),
 ("r05", "de", "rl", "boxed", {"buyer_cc": "DE", "reverse_charge": False}), ("r06", "en", "rl", "stamp", {"supplier_cc": "CN"}), ("r07", "en", "rl", "plain", {"supplier_cc": "US", "date_style": "us"}),
 ("r08", "fr", "rl", "boxed", {}), ("r09", "it", "rl", "plain", {"buyer_cc": "CZ"}), ("r10", "es", "rl", "boxed", {}), ("r11", "nl", "rl", "plain", {}),
 ("r12", "pl", "rl", "boxed", {"arith_error": "total"}), ("r13", "hu", "rl", "plain", {}), ("r14", "ja", "rl", "boxed", {}), ("r15", "cs", "rl", "plain", {"doc_type": "proforma"}),
 ("r16", "de", "rl", "ttf", {"supplier_cc": "AT", "arith_error": "line"}), ("r17", "en", "rl", "boxed", {"supplier_cc": "VN"}), ("r18", "cs", "rl", "boxed", {"with_tax": False}),
 ("r19", "cs", "rl", "stamp", {}), ("r20", "en", "rl", "plain", {"supplier_cc": "CN", "arith_error": "line"}),
 ("f01", "cs", "fpdf", "boxed", {}), ("f02", "cs", "fpdf", "plain", {"n_items": 45}), ("f03", "sk", "fpdf", "boxed", {"buyer_cc": "CZ"}), ("f04", "pl", "fpdf", "boxed", {}),
 ("f05", "pl", "fpdf", "plain", {"buyer_cc": "PL", "reverse_charge": False}), ("f06", "de", "fpdf", "core", {}), ("f07", "en", "fpdf", "core", {"supplier_cc": "CN"}),
 ("f08", "en", "fpdf", "boxed", {"supplier_cc": "CN", "n_items": 12}), ("f09", "hu", "fpdf", "boxed", {}), ("f10", "it", "fpdf", "core", {}), ("f11", "es", "fpdf", "core", {}),
 ("f12", "zh", "fpdf", "boxed", {"doc_type": "proforma"}), ("f13", "cs", "fpdf", "boxed", {"arith_error": "tax"}), ("f14", "de", "fpdf", "boxed", {"supplier_cc": "AT"}),
 ("f15", "fr", "fpdf", "core", {}), ("f16", "nl", "fpdf", "core", {"arith_error": "total"}), ("f17", "cs", "fpdf", "plain", {}), ("f18", "sk", "fpdf", "plain", {}),
]

def run():
    rows = []
    for i, (key, lang, eng, var, kw) in enumerate(PLAN):
        doc = make_doc(lang, seed=39100 + i, **kw)
        fn = f"{key}_{lang}_{'reportlab' if eng == 'rl' else 'fpdf2'}.pdf"
        out = os.path.join(FILES, fn)
        (reportlab_invoice if eng == "rl" else fpdf_invoice)(doc, out, var)
        save_doc(key, doc)
        v = var
        if var in ("core", "plain", "boxed", "stamp") and not (doc["lang"] in LATIN1 and cp1252_ok(doc)):
            v = var if var != "core" else "dejavu"          # core/Helvetica layouts fall back to an embedded DejaVu subset
        elif var != "ttf" and eng == "rl" and doc["lang"] in LATIN1:
            v = var + "_helvetica"
        rows.append(label(doc, fn, ("reportlab_" if eng == "rl" else "fpdf2_") + v, pdf_pages(out)))
        print(fn, rows[-1]["pages"], rows[-1]["total"], flush=True)
    write_part("genuine_pdf", rows)

if __name__ == "__main__":
    run()
