"""Genuine documents drawn with ReportLab canvas and fpdf2 (uncompressed streams, like small PHP/ERP exporters)."""
import random, os
from docs import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJ", DJ))
pdfmetrics.registerFont(TTFont("DJB", DJB))


def fonts_for(d):
    if d["lang"] in ("zh", "ja"): return "WQY", "WQY"
    if d["lang"] == "pl": return "DJ", "DJB"
    return "Helvetica", "Helvetica-Bold"


def rl_invoice(d, path, layout="classic", compress=False):
    v = vocab(d) if d["kind"] != "cn_ci" else V["en"]
    fmt = lambda a: money(a, d["loc"], d["cur"])
    F, FB = fonts_for(d)
    if d["kind"] == "cn_ci": F, FB = "Helvetica", "Helvetica-Bold"
    ps = letter if d["loc"] in ("us", "mx") else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, pageCompression=1 if compress else 0)
    c.setTitle(f"{v.get(d['doc_type'], v['invoice'])} {d['number']}")
    c.setAuthor(d["supplier"].get("name_en", d["supplier"]["name"]))
    s, b = d["supplier"], d["buyer"]
    title = v.get(d["doc_type"], v["invoice"])
    if d["kind"] == "cn_ci": title = {"invoice": "COMMERCIAL INVOICE", "packing_list": "PACKING LIST", "proforma": "PROFORMA INVOICE"}.get(d["doc_type"], "COMMERCIAL INVOICE")
    has_price = d.get("has_total", True)
    page = [1]

    def header():
        if layout == "classic":
            c.setFillColorRGB(0.15, 0.25, 0.4); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont(FB, 18); c.drawString(40, H - 45, title)
            c.setFont(F, 9); c.drawRightString(W - 40, H - 35, f"{v['no']}: {d['number']}")
            c.drawRightString(W - 40, H - 50, f"{v['date']}: {d['date_str']}")
            c.setFillColorRGB(0, 0, 0)
            y = H - 95
        else:
            c.setFont(FB, 13)
            sname = s.get("name_en", s["name"]) if d["kind"] == "cn_ci" else s["name"]
            c.drawCentredString(W / 2, H - 45, sname)
            c.setFont(F, 8)
            c.drawCentredString(W / 2, H - 58, s.get("addr_en", s["addr"]) if d["kind"] == "cn_ci" else s["addr"])
            c.setFont(FB, 15); c.drawCentredString(W / 2, H - 85, title)
            c.line(40, H - 92, W - 40, H - 92)
            c.setFont(F, 9)
            c.drawString(40, H - 108, f"{v['no']}: {d['number']}")
            c.drawRightString(W - 40, H - 108, f"{v['date']}: {d['date_str']}")
            y = H - 125
        return y

    y = header()
    c.setFont(FB, 9)
    if layout == "classic":
        c.drawString(40, y, s["name"]); c.setFont(F, 8); c.drawString(40, y - 12, s["addr"]); c.drawString(40, y - 24, f"{v['taxid']}: {s['taxid']}")
        c.setFont(FB, 9); c.drawString(W / 2 + 10, y, v["billto"])
        c.setFont(F, 9); c.drawString(W / 2 + 10, y - 12, b["name"]); c.setFont(F, 8)
        c.drawString(W / 2 + 10, y - 24, b["addr"][:60]); c.drawString(W / 2 + 10, y - 36, b["taxid"])
        y -= 60
    else:
        c.drawString(40, y, "Sold to / Consignee:" if d["kind"] == "cn_ci" else v["billto"] + ":")
        c.setFont(F, 9); c.drawString(150, y, b["name"]); c.drawString(150, y - 12, b["addr"][:70]); c.drawString(150, y - 24, b["taxid"])
        y -= 36
        if d["kind"] == "cn_ci":
            c.drawString(40, y, f"Terms: {d.get('terms','FOB Ningbo')}   Port of loading: {d.get('pol','Ningbo')}   Destination: Manzanillo, Mexico")
            c.drawString(40, y - 12, f"Payment: T/T 30% deposit, 70% before shipment   HS code: {d.get('hs','3924.10')}")
            y -= 26
        y -= 10
    cols = [(40, v["qty"] if False else "#", "l"), (65, v["desc"], "l"), (330, v["qty"], "r")]
    if has_price: cols += [(430, v["price"], "r"), (W - 40, v["amount"], "r")]

    def thead(y):
        c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(38, y - 4, W - 76, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8.5)
        for x, t, al in cols:
            (c.drawRightString if al == "r" else c.drawString)(x, y, t)
        return y - 16

    y = thead(y)
    c.setFont(F, 8.5)
    for i, it in enumerate(d["items"], 1):
        if y < 90:
            c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{v['page']} {page[0]}"); c.showPage(); page[0] += 1
            y = header() - 10; y = thead(y); c.setFont(F, 8.5)
        c.drawString(40, y, str(i)); c.drawString(65, y, it["desc"][:48])
        c.drawRightString(330, y, str(it["qty"]))
        if has_price:
            c.drawRightString(430, y, plain(it["price"], d["loc"], d["cur"]))
            c.drawRightString(W - 40, y, plain(it["amount"], d["loc"], d["cur"]))
        y -= 13
    c.line(40, y + 8, W - 40, y + 8)
    if y < 150:
        c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{v['page']} {page[0]}"); c.showPage(); page[0] += 1; y = header() - 10
    y -= 8
    if has_price:
        tl = [(v["subtotal"], fmt(d["subtotal"]))]
        if d["discount"]: tl.append((v["disc"], "-" + fmt(d["discount"])))
        if d.get("shipping"): tl.append((v["ship"], fmt(d["shipping"])))
        if d.get("tax_rate"): tl.append((v["tax"] if d["kind"] != "us" else f"Sales Tax {d['tax_rate']*100:.2f}%", fmt(d["tax"])))
        tl.append((v["total"], fmt(d["total"])))
        for j, (a, bb) in enumerate(tl):
            last = j == len(tl) - 1
            c.setFont(FB if last else F, 10 if last else 9)
            c.drawString(W - 230, y, a); c.drawRightString(W - 40, y, bb); y -= 14
    if d.get("letra"):
        c.setFont(F, 7.5); c.drawString(40, y - 6, "Importe con letra: " + d["letra"]); y -= 18
    if d["kind"] == "cn_ci":
        c.setFont(F, 8); c.drawString(40, y - 10, f"Country of origin: China.  Total cartons: {sum(it['qty'] for it in d['items'])//20 + 1}")
        c.setFont("WQY", 9); c.drawString(W - 260, y - 60, s["name"] + "（盖章）")
        c.setStrokeColorRGB(0.8, 0.1, 0.1); c.circle(W - 150, y - 58, 28); c.setStrokeColorRGB(0, 0, 0)
    c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{v['page']} {page[0]}")
    c.save()
    return page[0]


def rl_ticket(d, path):
    """narrow thermal ticket / nota de venta (80 mm)"""
    W = 226
    n = len(d["items"])
    H = 330 + 24 * n
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=0)
    s, b = d["supplier"], d["buyer"]
    y = H - 25
    c.setFont("Courier-Bold", 10); c.drawCentredString(W / 2, y, s["name"][:34]); y -= 12
    c.setFont("Courier", 7.5)
    for part in [s["addr"][:40], s["addr"][40:80], "RFC: " + s["taxid"]]:
        if part.strip(): c.drawCentredString(W / 2, y, part); y -= 10
    y -= 4; c.setFont("Courier-Bold", 9); c.drawCentredString(W / 2, y, "NOTA DE VENTA " + d["number"]); y -= 12
    c.setFont("Courier", 7.5); c.drawString(10, y, "FECHA: " + d["date_str"]); c.drawRightString(W - 10, y, "%02d:%02d" % (random.randint(9, 20), random.randint(0, 59))); y -= 10
    c.drawString(10, y, "CLIENTE: " + b["name"][:30]); y -= 10
    c.drawString(10, y, "-" * 44); y -= 10
    c.drawString(10, y, "CANT DESCRIPCION"); c.drawRightString(W - 10, y, "IMPORTE"); y -= 10
    for it in d["items"]:
        c.drawString(10, y, f"{it['qty']:>3}  {it['desc'][:28]}"); y -= 9
        c.drawString(30, y, f"@ {plain(it['price'], 'mx', 'MXN')}"); c.drawRightString(W - 10, y, plain(it["amount"], "mx", "MXN")); y -= 12
    c.drawString(10, y, "-" * 44); y -= 11
    if d["discount"]:
        c.drawString(90, y, "DESCUENTO"); c.drawRightString(W - 10, y, "-" + plain(d["discount"], "mx", "MXN")); y -= 10
    c.setFont("Courier-Bold", 10); c.drawString(90, y, "TOTAL"); c.drawRightString(W - 10, y, money(d["total"], "mx", "MXN")); y -= 12
    c.setFont("Courier", 7); c.drawString(10, y, "PRECIOS CON IVA INCLUIDO"); y -= 9
    c.drawString(10, y, d["letra"][:44]); y -= 9
    if len(d["letra"]) > 44: c.drawString(10, y, d["letra"][44:88]); y -= 9
    c.drawString(10, y, "EFECTIVO " + money(q(d["total"] / 100 + 1) * 100, "mx", "MXN")); y -= 14
    c.drawCentredString(W / 2, y, "GRACIAS POR SU COMPRA"); y -= 9
    c.drawCentredString(W / 2, y, "ESTE TICKET NO ES UN CFDI"); y -= 9
    c.drawCentredString(W / 2, y, "FACTURE EN LINEA DENTRO DEL MES")
    c.save()


def fpdf_invoice(d, path):
    from fpdf import FPDF
    v = vocab(d); fmt = lambda a: money(a, d["loc"], d["cur"])
    pdf = FPDF(format="letter" if d["loc"] in ("us", "mx") else "A4")
    pdf.set_compression(False)
    if d["lang"] in ("pl",) or d["cur"] == "EUR":
        pdf.add_font("DJ", "", DJ); pdf.add_font("DJ", "B", DJB); F = "DJ"
    else:
        F = "Helvetica"
    pdf.set_author(d["supplier"]["name"]); pdf.set_creator("FacturaWeb 3.1")
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    s, b = d["supplier"], d["buyer"]
    title = v.get(d["doc_type"], v["invoice"])
    pdf.set_font(F, "B", 16); pdf.cell(0, 9, s["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9); pdf.cell(0, 5, s["addr"], new_x="LMARGIN", new_y="NEXT"); pdf.cell(0, 5, f"{v['taxid']}: {s['taxid']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(F, "B", 13); pdf.cell(95, 8, title); pdf.set_font(F, "", 9)
    pdf.cell(0, 8, f"{v['no']}: {d['number']}    {v['date']}: {d['date_str']}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120); pdf.set_font(F, "B", 9); pdf.cell(0, 6, v["billto"], border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    for line in (b["name"], b["addr"], b["taxid"]):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    has_price = d.get("has_total", True)
    widths = [20, 90, 20, 30, 30] if has_price else [25, 130, 35]
    heads = ["SKU", v["desc"], v["qty"], v["price"], v["amount"]][:len(widths)]
    pdf.set_fill_color(230, 236, 240); pdf.set_font(F, "B", 8.5)
    for w, h in zip(widths, heads): pdf.cell(w, 7, h, border=1, fill=True, align="C")
    pdf.ln(); pdf.set_font(F, "", 8.5)
    for it in d["items"]:
        vals = [it["sku"], it["desc"][:50], str(it["qty"]), plain(it["price"], d["loc"], d["cur"]), plain(it["amount"], d["loc"], d["cur"])][:len(widths)]
        for j, (w, t) in enumerate(zip(widths, vals)):
            pdf.cell(w, 6, t, border="LR", align="R" if j >= 2 else "L")
        pdf.ln()
    pdf.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    if has_price:
        tl = [(v["subtotal"], fmt(d["subtotal"]))]
        if d["discount"]: tl.append((v["disc"], "-" + fmt(d["discount"])))
        if d.get("shipping"): tl.append((v["ship"], fmt(d["shipping"])))
        if d.get("tax_rate"): tl.append((v["tax"], fmt(d["tax"])))
        tl.append((v["total"], fmt(d["total"])))
        for j, (a, bb) in enumerate(tl):
            pdf.set_font(F, "B" if j == len(tl) - 1 else "", 10 if j == len(tl) - 1 else 9)
            pdf.cell(110, 6, ""); pdf.cell(45, 6, a); pdf.cell(35, 6, bb, align="R", new_x="LMARGIN", new_y="NEXT")
    if d.get("letra"):
        pdf.set_font(F, "", 8); pdf.ln(2); pdf.cell(0, 5, "Cantidad con letra: " + d["letra"], new_x="LMARGIN", new_y="NEXT")
    if d["kind"] in ("co", "cl"):
        pdf.set_font(F, "", 7); pdf.ln(2); pdf.multi_cell(0, 4, f"Factura electrónica. CUFE: {d['cufe']}")
    pdf.output(path)
    return pdf.page_no()


PLAN_RL = [  # kind, engine, layout, opts
    ("us", "rl", "classic", {}), ("us", "rl", "classic", {}), ("us", "rl", "plain", {"error": "sum"}), ("us", "rl", "classic", {"many": True}),
    ("cfdi", "rl", "classic", {}), ("cfdi", "rl", "plain", {}), ("de", "rl", "classic", {}), ("de", "rl", "plain", {}),
    ("fr", "rl", "classic", {}), ("it", "rl", "plain", {}), ("es", "rl", "classic", {}), ("nl", "rl", "plain", {}),
    ("pl", "rl", "classic", {}), ("jp", "rl", "plain", {}), ("cn_vat", "rl", "classic", {}),
    ("cn_ci", "rl", "plain", {}), ("cn_ci", "rl", "plain", {}), ("cn_ci", "rl", "plain", {"many": True}), ("cn_ci", "rl", "plain", {}),
    ("cn_ci", "rl", "plain", {"doc_type": "packing_list", "has_total": False}), ("cn_ci", "rl", "plain", {"doc_type": "proforma"}),
    ("mx_nota", "ticket", None, {}), ("mx_nota", "ticket", None, {}), ("mx_nota", "ticket", None, {}), ("mx_nota", "ticket", None, {}),
    ("mx_nota", "ticket", None, {}), ("mx_nota", "ticket", None, {"error": "line"}),
    ("us", "fpdf", None, {}), ("us", "fpdf", None, {}), ("cfdi", "fpdf", None, {}), ("cfdi", "fpdf", None, {}),
    ("co", "fpdf", None, {}), ("cl", "fpdf", None, {}), ("cl", "fpdf", None, {}), ("pl", "fpdf", None, {}), ("de", "fpdf", None, {}),
    ("es", "fpdf", None, {}), ("us", "fpdf", None, {"many": True}), ("co", "fpdf", None, {"doc_type": "quotation"}),
    ("us", "fpdf", None, {"doc_type": "credit_note"}),
]


def run(seed=5102):
    rng = random.Random(seed)
    random.seed(seed)
    out = []
    for i, (kind, eng, layout, opts) in enumerate(PLAN_RL):
        kw = {}
        if kind == "cn_ci": kw = dict(shipping=False, discount=0, tax=False)
        if kind == "cn_vat": kw = dict(shipping=False, discount=0)
        if kind == "mx_nota": kw = dict(shipping=False, tax=False, n_items=rng.randint(2, 7))
        d = make_doc(rng, kind, many=opts.get("many", False), error=opts.get("error"), doc_type=opts.get("doc_type"), **kw)
        d["has_total"] = opts.get("has_total", True)
        if kind == "cn_ci":
            d["terms"] = rng.choice(["FOB Ningbo", "FOB Shenzhen", "CIF Manzanillo", "EXW Yiwu"]); d["hs"] = rng.choice(["3924.10", "8518.30", "9503.00", "6912.00"])
        fname = f"r{i:02d}_{kind}_{eng}.pdf"
        path = os.path.join(FILES, fname)
        if eng == "rl": pages = rl_invoice(d, path, layout, compress=rng.random() < 0.3)
        elif eng == "ticket": rl_ticket(d, path); pages = 1
        else: pages = fpdf_invoice(d, path)
        prod = {"rl": f"reportlab_{layout}", "ticket": "reportlab_ticket", "fpdf": "fpdf2"}[eng]
        rec = label_base(d, fname, prod, pages=pages)
        if not d["has_total"]: rec["total"] = None
        if d["kind"] == "cn_ci":
            rec["supplier"] = d["supplier"]["name_en"]
        write_label(rec, doc_meta(d, "ticket" if eng == "ticket" else "pdf", supplier=rec["supplier"]))
        out.append(rec)
    return out


if __name__ == "__main__":
    print(len(run()))
