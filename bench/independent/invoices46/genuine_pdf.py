"""Genuine documents written directly as PDF with ReportLab and fpdf2."""
import os, random
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVSB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))


def latin_ok(s):
    try:
        s.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------------ ReportLab classic (Helvetica, plain text operators)
def rl_classic(inv, out, title=None, pagesize=A4, prices=True, font="Helvetica"):
    w = words(inv["lang"])
    bold = font + "-Bold" if font in ("Helvetica", "Times") else "DVSB"
    if font == "Times":
        bold = "Times-Bold"; font = "Times-Roman"
    c = canvas.Canvas(out, pagesize=pagesize, pageCompression=0)
    c.setAuthor(inv["supplier"]); c.setTitle(f"{title or w['invoice']} {inv['number']}")
    c.setCreator("FakturaPlus 4.2")
    W_, H = pagesize
    title = title or w["invoice"]
    page = [1]

    def header(first):
        c.setFont(bold, 15 if first else 11)
        c.drawString(20 * mm, H - 22 * mm, inv["supplier"])
        c.setFont(font, 8)
        y = H - 27 * mm
        for a in inv["saddr"] + inv["stax"]:
            c.drawString(20 * mm, y, a); y -= 3.6 * mm
        c.setFont(bold, 18 if first else 11)
        c.drawRightString(W_ - 20 * mm, H - 22 * mm, title.upper())
        c.setFont(font, 9)
        meta = [(w["no"] if inv["doc_type"] == "invoice" else "No.", inv["number"]), (w["date"], ds(inv))]
        if prices and inv["doc_type"] == "invoice":
            meta.append((w["due"], ds(inv, inv["due"])))
        y = H - 30 * mm
        for a, b in meta:
            c.drawRightString(W_ - 50 * mm, y, a + ":"); c.drawRightString(W_ - 20 * mm, y, b); y -= 4.5 * mm
        return y

    def cols_header(y):
        c.setFont(bold, 8.5)
        c.drawString(20 * mm, y, "Art.")
        c.drawString(40 * mm, y, w["desc"])
        c.drawRightString(125 * mm, y, w["qty"])
        if prices:
            c.drawRightString(155 * mm, y, w["unit"])
            c.drawRightString(W_ - 20 * mm, y, w["amount"])
        c.line(20 * mm, y - 1.5 * mm, W_ - 20 * mm, y - 1.5 * mm)
        return y - 6 * mm

    def footer():
        c.setFont(font, 7)
        c.drawString(20 * mm, 12 * mm, f"{inv['supplier']}  |  {inv['sbank']}")
        c.drawRightString(W_ - 20 * mm, 12 * mm, f"{w['page']} {page[0]}")

    header(True)
    b = inv["buyer_d"]
    y = H - 58 * mm
    c.setFont(font, 8); c.drawString(20 * mm, y + 5 * mm, w["buyer"])
    c.setFont(bold, 10); c.drawString(20 * mm, y, b["name"])
    c.setFont(font, 9)
    for a in b["addr"] + [b["taxid"]]:
        y -= 4.4 * mm; c.drawString(20 * mm, y, a)
    y = cols_header(y - 12 * mm)
    c.setFont(font, 8.5)
    for it in inv["items"]:
        if y < 40 * mm:
            footer(); c.showPage(); page[0] += 1
            y = cols_header(header(False) - 10 * mm); c.setFont(font, 8.5)
        c.drawString(20 * mm, y, it["sku"])
        c.drawString(40 * mm, y, it["desc"][:48])
        c.drawRightString(125 * mm, y, fmt_num(it["qty"], inv["numstyle"], 0))
        if prices:
            c.drawRightString(155 * mm, y, fmt_money(it["price"], inv, False))
            c.drawRightString(W_ - 20 * mm, y, fmt_money(it["line"], inv, False))
        y -= 5 * mm
    if prices:
        if y < 60 * mm:
            footer(); c.showPage(); page[0] += 1; y = header(False) - 15 * mm
        c.line(110 * mm, y, W_ - 20 * mm, y); y -= 5 * mm
        rows = [(w["sub"], fmt_money(inv["sub"], inv))]
        if inv["disc"]:
            rows.append((f"{w['disc']} {inv['discount_pct'].normalize():f}%", "-" + fmt_money(inv["disc"], inv)))
        if inv["ship"]:
            rows.append((w["ship"], fmt_money(inv["ship"], inv)))
        if inv["tax"]:
            for r, v in inv["vat"].items():
                rows.append((f"{w['vat']} {rate_str(r, inv)}", fmt_money(v, inv)))
        elif inv["loc"].startswith("en-") and inv["loc"] not in ("en-US",):
            rows.append(("VAT 0% (reverse charge)", fmt_money(0, inv)))
        c.setFont(font, 9)
        for a, v in rows:
            c.drawString(112 * mm, y, a); c.drawRightString(W_ - 20 * mm, y, v); y -= 5 * mm
        c.setFont(bold, 11)
        c.drawString(112 * mm, y - 1 * mm, w["total"]); c.drawRightString(W_ - 20 * mm, y - 1 * mm, fmt_money(inv["total"], inv))
        y -= 12 * mm
        c.setFont(font, 8)
        if inv["doc_type"] == "invoice":
            c.drawString(20 * mm, y, w["pay"])
            if inv["lang"] in ("sv", "fi", "no", "da"):
                c.drawString(20 * mm, y - 4.5 * mm, f"{w['ref']}: {inv['ocr']}    {inv['sbank']}")
    footer()
    c.save()


# ------------------------------------------------------------ ReportLab: Chinese factory commercial invoice (EN + CJK)
def rl_commercial(inv, out, title="COMMERCIAL INVOICE"):
    c = canvas.Canvas(out, pagesize=A4)
    c.setCreator("Microsoft Excel"); c.setProducer("Microsoft: Print To PDF")  # how factory exports often look
    W_, H = A4
    en, cn = inv["supplier"].split(" 深圳")[0], "深圳" + inv["supplier"].split(" 深圳")[1] if " 深圳" in inv["supplier"] else ""
    c.setFont("Helvetica-Bold", 13); c.drawCentredString(W_ / 2, H - 18 * mm, en.upper())
    if cn:
        c.setFont("STSong-Light", 12); c.drawCentredString(W_ / 2, H - 24 * mm, cn)
    c.setFont("Helvetica", 8)
    c.drawCentredString(W_ / 2, H - 29 * mm, " ".join(inv["saddr"]) + "   Tel: +86 755 2779 4471")
    c.setFont("Helvetica-Bold", 16); c.drawCentredString(W_ / 2, H - 40 * mm, title)
    c.rect(15 * mm, H - 80 * mm, W_ - 30 * mm, 34 * mm)
    b = inv["buyer_d"]
    c.setFont("Helvetica-Bold", 8); c.drawString(17 * mm, H - 50 * mm, "SOLD TO / CONSIGNEE:")
    c.setFont("Helvetica", 9)
    for i, a in enumerate([b["name"]] + b["addr"] + [b["taxid"]]):
        c.drawString(17 * mm, H - (55 + 4.3 * i) * mm, a)
    meta = [("Invoice No.:", inv["number"]), ("Date:", ds(inv)), ("Terms:", "FOB Shenzhen"), ("Payment:", "T/T 30% deposit, 70% before shipment"), ("Port of loading:", "Yantian, China"), ("Destination:", "Gothenburg, Sweden")]
    for i, (a, v) in enumerate(meta):
        c.setFont("Helvetica-Bold", 8); c.drawString(110 * mm, H - (50 + 4.6 * i) * mm, a)
        c.setFont("Helvetica", 8); c.drawString(137 * mm, H - (50 + 4.6 * i) * mm, v)
    y = H - 90 * mm
    heads = [("Item", 17), ("Description of goods", 35), ("HS code", 100), ("Qty (pcs)", 140), ("Unit price USD", 165), ("Amount USD", 195)]
    c.setFillColorRGB(0.88, 0.88, 0.88); c.rect(15 * mm, y - 2 * mm, W_ - 30 * mm, 7 * mm, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 8)
    for t, x in heads:
        (c.drawString if x < 130 else c.drawRightString)(x * mm, y, t)
    y -= 7 * mm
    c.setFont("Helvetica", 8.5)
    for i, it in enumerate(inv["items"], 1):
        c.drawString(17 * mm, y, str(i)); c.drawString(35 * mm, y, it["desc"][:34])
        c.drawString(100 * mm, y, f"{8500 + i * 7:04d}.{(i * 37) % 90 + 10}.00")
        c.drawRightString(140 * mm, y, fmt_num(it["qty"], "en", 0))
        c.drawRightString(165 * mm, y, fmt_num(it["price"], "en"))
        c.drawRightString(195 * mm, y, fmt_num(it["line"], "en"))
        y -= 6 * mm
    c.line(15 * mm, y + 3 * mm, W_ - 15 * mm, y + 3 * mm)
    if inv["ship"]:
        c.drawString(35 * mm, y, "Freight (sea, LCL)"); c.drawRightString(195 * mm, y, fmt_num(inv["ship"], "en")); y -= 6 * mm
    if inv["disc"]:
        c.drawString(35 * mm, y, f"Discount {inv['discount_pct'].normalize():f}%"); c.drawRightString(195 * mm, y, "-" + fmt_num(inv["disc"], "en")); y -= 6 * mm
    c.setFont("Helvetica-Bold", 10)
    c.drawString(35 * mm, y - 2 * mm, "TOTAL"); c.drawRightString(195 * mm, y - 2 * mm, "USD " + fmt_num(inv["total"], "en"))
    c.setFont("Helvetica", 8)
    c.drawString(17 * mm, y - 14 * mm, "Country of origin: China.  Packing: export cartons.  " + inv["sbank"])
    c.drawString(17 * mm, y - 19 * mm, "We hereby certify that the information on this invoice is true and correct.")
    c.setFont("Helvetica-Oblique", 9); c.drawRightString(195 * mm, y - 35 * mm, "Authorized signature ______________________")
    c.save()


# ------------------------------------------------------------ till receipt (narrow)
def rl_receipt(inv, out):
    H = (95 + 9 * len(inv["items"])) * mm
    c = canvas.Canvas(out, pagesize=(80 * mm, H), pageCompression=0)
    c.setCreator("KassaNova POS")
    w = words(inv["lang"])
    y = H - 10 * mm
    c.setFont("Courier-Bold", 10); c.drawCentredString(40 * mm, y, inv["supplier"][:30]); y -= 4.5 * mm
    c.setFont("Courier", 7.5)
    for a in inv["saddr"][:2] + inv["stax"][:1]:
        c.drawCentredString(40 * mm, y, a[:40]); y -= 3.6 * mm
    y -= 2 * mm
    c.drawString(4 * mm, y, f"{w['receipt'].upper()} {inv['number']}"); y -= 3.6 * mm
    c.drawString(4 * mm, y, f"{ds(inv)}  {10 + int(inv['ocr'][-2:]) % 8}:{int(inv['ocr'][-4:-2]) % 60:02d}"); y -= 5 * mm
    for it in inv["items"]:
        c.drawString(4 * mm, y, it["desc"][:30]); y -= 3.6 * mm
        c.drawString(8 * mm, y, f"{fmt_num(it['qty'], inv['numstyle'], 0)} x {fmt_num(it['price'], inv['numstyle'])}")
        c.drawRightString(76 * mm, y, fmt_num(it["line"], inv["numstyle"])); y -= 4.5 * mm
    c.line(4 * mm, y + 2 * mm, 76 * mm, y + 2 * mm)
    if inv["disc"]:
        c.drawString(4 * mm, y, f"{w['disc']} {inv['discount_pct'].normalize():f}%"); c.drawRightString(76 * mm, y, "-" + fmt_num(inv["disc"], inv["numstyle"])); y -= 4 * mm
    c.setFont("Courier-Bold", 10)
    c.drawString(4 * mm, y - 1 * mm, "TOTAL" if inv["lang"] != "sv" else "TOTALT"); c.drawRightString(76 * mm, y - 1 * mm, fmt_money(inv["total"], inv)); y -= 7 * mm
    c.setFont("Courier", 7.5)
    for r, v in inv["vat"].items():
        c.drawString(4 * mm, y, f"{w['vat']} {rate_str(r, inv)}"); c.drawString(30 * mm, y, fmt_num(inv["base_by_rate"][r], inv["numstyle"])); c.drawRightString(76 * mm, y, fmt_num(v, inv["numstyle"])); y -= 3.6 * mm
    y -= 2 * mm
    c.drawString(4 * mm, y, "KORT/CARD  VISA ****" + inv["ocr"][-4:]); y -= 3.6 * mm
    c.drawString(4 * mm, y, "Kontrollenhet: KE" + inv["ocr"][:8]); y -= 5 * mm
    c.drawCentredString(40 * mm, y, "Tack för ditt köp!" if inv["lang"] == "sv" else "Thank you!")
    c.save()


# ------------------------------------------------------------ fpdf2 modern (embedded DejaVu, subset)
def fp_modern(inv, out, title=None, prices=True, accent=(230, 90, 30)):
    from fpdf import FPDF
    w = words(inv["lang"])
    title = title or w["invoice"]
    pdf = FPDF(format="A4")
    pdf.set_creator("Kassabok Online"); pdf.set_author(inv["supplier"])
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_fill_color(*accent); pdf.rect(0, 0, 210, 8, "F")
    pdf.set_font("dv", "B", 20); pdf.set_xy(15, 16); pdf.cell(100, 10, title)
    pdf.set_font("dv", "", 8.5); pdf.set_xy(120, 14)
    pdf.multi_cell(75, 4, "\n".join([inv["supplier"]] + inv["saddr"] + inv["stax"]), align="R")
    b = inv["buyer_d"]
    pdf.set_xy(15, 40); pdf.set_font("dv", "B", 8); pdf.cell(80, 5, w["buyer"].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9.5); pdf.set_x(15); pdf.multi_cell(80, 4.6, "\n".join([b["name"]] + b["addr"] + [b["taxid"]]))
    pdf.set_xy(120, 40)
    meta = [(w["no"], inv["number"]), (w["date"], ds(inv))] + ([(w["due"], ds(inv, inv["due"]))] if inv["doc_type"] == "invoice" else [])
    for a, v in meta:
        pdf.set_x(120); pdf.set_font("dv", "", 8.5); pdf.cell(35, 5, a); pdf.set_font("dv", "B", 8.5); pdf.cell(40, 5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(75)
    pdf.set_fill_color(245, 245, 245); pdf.set_font("dv", "B", 8.5)
    cols = [(w["desc"], 85, "L"), (w["qty"], 20, "R")] + ([(w["unit"], 35, "R"), (w["amount"], 40, "R")] if prices else [])
    for t, wd, al in cols:
        pdf.cell(wd, 7, t, align=al, fill=True)
    pdf.ln(); pdf.set_font("dv", "", 8.5)
    for it in inv["items"]:
        pdf.cell(85, 6, it["desc"]); pdf.cell(20, 6, fmt_num(it["qty"], inv["numstyle"], 0), align="R")
        if prices:
            pdf.cell(35, 6, fmt_money(it["price"], inv, False), align="R"); pdf.cell(40, 6, fmt_money(it["line"], inv, False), align="R")
        pdf.ln()
    if prices:
        pdf.ln(3)
        rows = [(w["sub"], fmt_money(inv["sub"], inv))]
        if inv["disc"]:
            rows.append((f"{w['disc']} {inv['discount_pct'].normalize():f} %", "-" + fmt_money(inv["disc"], inv)))
        if inv["ship"]:
            rows.append((w["ship"], fmt_money(inv["ship"], inv)))
        for r, v in (inv["vat"].items() if inv["tax"] else []):
            rows.append((f"{w['vat']} {rate_str(r, inv)}", fmt_money(v, inv)))
        for a, v in rows:
            pdf.set_x(105); pdf.cell(50, 5.5, a); pdf.cell(40, 5.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(105); pdf.set_font("dv", "B", 11); pdf.set_text_color(*accent)
        pdf.cell(50, 8, w["total"]); pdf.cell(40, 8, fmt_money(inv["total"], inv), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0); pdf.set_font("dv", "", 8)
        if inv["doc_type"] == "invoice":
            pdf.ln(6); pdf.multi_cell(180, 4, w["pay"] + "\n" + inv["sbank"] + (f"\n{w['ref']}: {inv['ocr']}" if inv["lang"] in ("sv", "fi", "no", "da") else ""))
    pdf.output(out)


# ------------------------------------------------------------ letter (not an invoice)
def rl_letter(inv, out):
    c = canvas.Canvas(out, pagesize=A4)
    W_, H = A4
    c.setFont("Times-Bold", 14); c.drawString(25 * mm, H - 25 * mm, inv["supplier"])
    c.setFont("Times-Roman", 9); c.drawString(25 * mm, H - 30 * mm, ", ".join(inv["saddr"]))
    b = inv["buyer_d"]
    c.setFont("Times-Roman", 11)
    y = H - 55 * mm
    for a in [b["name"]] + b["addr"]:
        c.drawString(25 * mm, y, a); y -= 5 * mm
    c.drawRightString(W_ - 25 * mm, H - 55 * mm, ds(inv))
    y -= 12 * mm
    if inv["lang"] == "sv":
        lines = ["Angående: Ursprungsintyg för levererade varor", "", "Hej,",
                 f"Vi bekräftar härmed att varorna som levererades till er enligt order {inv['number']}",
                 "är tillverkade i vår egen produktion i Sverige. Samtliga artiklar har sålts till er",
                 "i obruten förpackning och enligt gällande villkor. Fakturan skickas separat.", "",
                 "Tveka inte att höra av er om ni behöver ytterligare underlag för er marknadsplats.", "",
                 "Med vänliga hälsningar", "", "Karin Lindqvist", "Försäljningsansvarig"]
    else:
        lines = ["Re: Letter of authorization to sell", "", "Dear Sir or Madam,",
                 f"we confirm that {b['name']} is an authorised reseller of our products",
                 "and may list them on online marketplaces in the EU and the UK. Goods are sourced",
                 "directly from us; invoices are issued separately for every delivery.", "",
                 "This letter is valid until 31 December 2026.", "", "Kind regards,", "", "Martin Hale", "Sales Director"]
    for l in lines:
        c.drawString(25 * mm, y, l); y -= 5.5 * mm
    c.save()


PLAN = [
    # stem, loc, kind, doc_type, opts
    ("se_rl_001", "sv", "rl", "invoice", {}),
    ("se_rl_002", "sv", "rl", "invoice", {"discount": 15, "shipping": 390}),
    ("se_rl_003", "sv", "rl", "invoice", {"n_items": 70}),
    ("se_rl_004", "sv", "rl_times", "invoice", {}),
    ("no_rl_001", "no", "rl", "invoice", {}),
    ("da_rl_001", "da", "rl", "invoice", {"shipping": 95}),
    ("fi_rl_001", "fi", "rl", "invoice", {}),
    ("de_rl_001", "de", "rl", "invoice", {}),
    ("de_rl_002", "de", "rl_times", "invoice", {"n_items": 45}),
    ("fr_rl_001", "fr", "rl", "invoice", {"discount": 10}),
    ("it_rl_001", "it", "rl", "invoice", {}),
    ("es_rl_001", "es", "rl", "invoice", {"arith_error": "total"}),
    ("nl_rl_001", "nl", "rl", "invoice", {}),
    ("gb_rl_001", "en-GB", "rl", "invoice", {"shipping": 12.5}),
    ("us_rl_001", "en-US", "rl_letter", "invoice", {"tax": False, "shipping": 45}),
    ("pl_en_rl_001", "en-PL", "rl", "invoice", {"tax": False}),
    ("lt_en_rl_001", "en-LT", "rl", "invoice", {"tax": False, "arith_error": "line"}),
    ("cn_ci_001", "zh-en", "ci", "invoice", {"tax": False}),
    ("cn_ci_002", "zh-en", "ci", "invoice", {"tax": False, "shipping": 420}),
    ("cn_ci_003", "zh-en", "ci", "invoice", {"tax": False, "discount": 2}),
    ("cn_ci_004", "zh-en", "ci", "invoice", {"tax": False, "arith_error": "total"}),
    ("cn_pi_001", "zh-en", "ci_proforma", "proforma", {"tax": False}),
    ("se_receipt_001", "sv", "receipt", "receipt", {"n_items": 2}),
    ("se_receipt_002", "sv", "receipt", "receipt", {"n_items": 3}),
    ("se_receipt_003", "sv", "receipt", "receipt", {"n_items": 1}),
    ("se_fp_001", "sv", "fp", "invoice", {}),
    ("se_fp_002", "sv", "fp", "invoice", {"n_items": 40, "shipping": 199}),
    ("pl_fp_001", "pl", "fp", "invoice", {"shipping": 35}),
    ("pl_fp_002", "pl", "fp", "invoice", {}),
    ("lv_fp_001", "en-LV", "fp", "invoice", {"tax": False}),
    ("fi_fp_001", "fi", "fp", "invoice", {"discount": 5}),
    ("de_fp_001", "de", "fp", "invoice", {}),
    ("nl_fp_001", "nl", "fp", "invoice", {"shipping": 6.95}),
    # not invoices
    ("se_nf_pricelist_001", "sv", "fp_pricelist", "other", {"n_items": 8}),
    ("pl_nf_packing_001", "en-PL", "rl_packing", "packing_list", {"tax": False}),
    ("se_nf_letter_001", "sv", "letter", "other", {}),
    ("gb_nf_letter_001", "en-GB", "letter", "other", {}),
    ("de_nf_po_001", "de", "fp_po", "purchase_order", {}),
]


def main():
    rng = random.Random(4602)
    recs = []
    for stem, loc, kind, dtp, opts in PLAN:
        o = dict(opts); tax = o.pop("tax", True)
        if kind == "receipt":
            o.setdefault("buyer_country", "SE"); o["qty_choices"] = [1, 1, 1, 2, 3]
        if kind.startswith("ci"):
            o["qty_choices"] = [300, 500, 1000, 1200, 2000, 3000, 5000]
        inv = make_invoice(rng, loc, doc_type=dtp, tax=tax, **o)
        fname = stem + ".pdf"; out = os.path.join(FILES, fname)
        w = words(inv["lang"])
        extra_total = "keep"
        if kind == "rl":
            rl_classic(inv, out); prod = "reportlab_helvetica"
        elif kind == "rl_times":
            rl_classic(inv, out, font="Times"); prod = "reportlab_times"
        elif kind == "rl_letter":
            rl_classic(inv, out, pagesize=letter); prod = "reportlab_helvetica_usletter"
        elif kind == "ci":
            rl_commercial(inv, out); prod = "reportlab_commercial_invoice"
        elif kind == "ci_proforma":
            rl_commercial(inv, out, title="PROFORMA INVOICE"); prod = "reportlab_commercial_invoice"
        elif kind == "receipt":
            rl_receipt(inv, out); prod = "reportlab_till_receipt"
        elif kind == "fp":
            fp_modern(inv, out, accent=rng.choice([(230, 90, 30), (20, 110, 90), (60, 60, 160)])); prod = "fpdf2_dejavu"
        elif kind == "fp_pricelist":
            fp_modern(inv, out, title=w["price_list"], prices=False); prod = "fpdf2_dejavu"; extra_total = None
        elif kind == "fp_po":
            fp_modern(inv, out, title=w["purchase_order"]); prod = "fpdf2_dejavu"
        elif kind == "rl_packing":
            rl_classic(inv, out, title=w["packing_list"], prices=False); prod = "reportlab_helvetica"; extra_total = None
        elif kind == "letter":
            rl_letter(inv, out); prod = "reportlab_letter"; extra_total = None
        rec = label(fname, inv, producer=prod, pages=pdf_pages(out), doc_type=dtp,
                    is_invoice=(False if dtp in ("proforma", "other", "packing_list", "purchase_order") else None))
        if extra_total is None:
            rec["total"] = None
        if kind == "fp_pricelist":
            rec["doc_type"] = "other"; rec["note"] = "price list"
        if kind == "letter":
            rec["note"] = "letter"
        recs.append(rec)
        save_sidecar(fname, inv, kind=kind)
        print("ok", fname, rec["pages"], rec["total"])
    write_part("genuine_pdf", recs)


if __name__ == "__main__":
    main()
