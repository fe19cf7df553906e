"""Genuine documents made as spreadsheets (flat ODS written by hand) and Word files (python-docx), exported by LibreOffice."""
import random, os, subprocess, shutil, html
from docs import *

E = html.escape
ODIR = os.path.join(WORK, "office")
os.makedirs(ODIR, exist_ok=True)

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.95in"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.5in"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="0.6in"/></style:style>
 <style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="1.4in"/></style:style>
 <style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="T" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="16pt" fo:color="%s"/></style:style>
 <style:style style:name="H" style:family="table-cell"><style:table-cell-properties fo:background-color="%s" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:color="#ffffff" fo:font-size="9pt"/></style:style>
 <style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="R" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="RB" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="%s">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co1"/><table:table-column table:style-name="co4"/>
"""


def cell(t, st=None, span=1):
    a = f' table:style-name="{st}"' if st else ""
    sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
    return f'<table:table-cell office:value-type="string"{a}{sp}><text:p>{E(str(t))}</text:p></table:table-cell>' + ("<table:covered-table-cell/>" * (span - 1))


def row(*cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>\n"


def fods(d, path, color="#1f4e79"):
    v = vocab(d); fmt = lambda a: money(a, d["loc"], d["cur"]); p = lambda a: plain(a, d["loc"], d["cur"])
    s, b = d["supplier"], d["buyer"]
    title = v.get(d["doc_type"], v["invoice"]) if d["doc_type"] != "other" else d.get("title", "LISTA DE PRECIOS")
    x = FODS_HEAD % (color, color, "Hoja1" if d["lang"] == "es" else "Sheet1")
    x += row(cell(s["name"], "T", 5))
    x += row(cell(s["addr"], None, 5)) + row(cell(f"{v['taxid']}: {s['taxid']}", None, 5)) + row()
    x += row(cell(title, "B", 2), cell(""), cell(v["no"], "B"), cell(d["number"]))
    x += row(cell(v["billto"] + ":", "B"), cell(b["name"]), cell(""), cell(v["date"], "B"), cell(d["date_str"]))
    x += row(cell(""), cell(b["addr"][:60])) + row(cell(""), cell(b["taxid"])) + row()
    price_list = d["doc_type"] == "other"
    if price_list:
        x += row(cell("SKU", "H"), cell(v["desc"], "H"), cell("Mín.", "H"), cell(v["price"], "H"), cell("", "H"))
        for it in d["items"]:
            x += row(cell(it["sku"], "C"), cell(it["desc"], "C"), cell(str(rng_min(it)), "R"), cell(p(it["price"]), "R"), cell("", "C"))
    else:
        x += row(cell("SKU", "H"), cell(v["desc"], "H"), cell(v["qty"], "H"), cell(v["price"], "H"), cell(v["amount"], "H"))
        for it in d["items"]:
            x += row(cell(it["sku"], "C"), cell(it["desc"], "C"), cell(str(it["qty"]), "R"), cell(p(it["price"]), "R"), cell(p(it["amount"]), "R"))
        x += row()
        tl = [(v["subtotal"], fmt(d["subtotal"]))]
        if d["discount"]: tl.append((v["disc"], "-" + fmt(d["discount"])))
        if d.get("shipping"): tl.append((v["ship"], fmt(d["shipping"])))
        if d.get("tax_rate"): tl.append((v["tax"] if d["kind"] != "cfdi" else "IVA 16%", fmt(d["tax"])))
        tl.append((v["total"], fmt(d["total"])))
        for j, (a, bb) in enumerate(tl):
            st = "RB" if j == len(tl) - 1 else None
            x += row(cell(""), cell(""), cell(""), cell(a, "B" if st else None), cell(bb, st or "RB"))
        if d.get("letra"):
            x += row() + row(cell("Importe con letra: " + d["letra"], None, 5))
    x += "</table:table></office:spreadsheet></office:body></office:document>"
    with open(path, "w") as f: f.write(x)


def rng_min(it):
    return max(1, it["qty"] // 10) * 6


def docx_doc(d, path, rng):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    v = vocab(d); fmt = lambda a: money(a, d["loc"], d["cur"]); p = lambda a: plain(a, d["loc"], d["cur"])
    s, b = d["supplier"], d["buyer"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = rng.choice(["Arial", "Calibri", "Times New Roman"]); st.font.size = Pt(10)
    h = doc.add_paragraph(); r = h.add_run(s["name"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    doc.add_paragraph(f"{s['addr']}\n{v['taxid']}: {s['taxid']}")
    if d["doc_type"] == "other":  # a letter
        doc.add_paragraph(d["date_str"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph(f"{b['name']}\n{b['addr']}")
        for para in d["letter"]:
            doc.add_paragraph(para)
        doc.save(path); return
    title = v.get(d["doc_type"], v["invoice"])
    t = doc.add_paragraph(); r = t.add_run(title); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph(f"{v['no']}: {d['number']}\n{v['date']}: {d['date_str']}")
    doc.add_paragraph(f"{v['billto']}: {b['name']}\n{b['addr']}\n{v['taxid']}: {b['taxid']}")
    has_price = d.get("has_total", True)
    cols = [v["qty"], v["desc"], v["price"], v["amount"]] if has_price else [v["qty"], "SKU", v["desc"]]
    tb = doc.add_table(rows=1, cols=len(cols)); tb.style = "Table Grid"
    for i, c in enumerate(cols):
        tb.rows[0].cells[i].text = c
        for rr in tb.rows[0].cells[i].paragraphs[0].runs: rr.bold = True
    for it in d["items"]:
        cells = tb.add_row().cells
        vals = [str(it["qty"]), it["desc"], p(it["price"]), p(it["amount"])] if has_price else [str(it["qty"]), it["sku"], it["desc"]]
        for i, val in enumerate(vals):
            cells[i].text = val
            if has_price and i >= 2: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if has_price:
        doc.add_paragraph()
        tl = [(v["subtotal"], fmt(d["subtotal"]))]
        if d["discount"]: tl.append((v["disc"], "-" + fmt(d["discount"])))
        if d.get("shipping"): tl.append((v["ship"], fmt(d["shipping"])))
        if d.get("tax_rate"): tl.append((v["tax"] if d["kind"] != "cfdi" else "IVA 16%", fmt(d["tax"])))
        tl.append((v["total"], fmt(d["total"])))
        for j, (a, bb) in enumerate(tl):
            pp = doc.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rr = pp.add_run(f"{a}: {bb}"); rr.bold = j == len(tl) - 1
            pp.paragraph_format.space_after = Pt(0)
        if d.get("letra"): doc.add_paragraph("Importe con letra: " + d["letra"])
    else:
        doc.add_paragraph("\nRecibí de conformidad: ______________________   Nombre y firma" if d["lang"] == "es" else "\nReceived by: ____________________")
    doc.save(path)


PLAN_OFF = [  # kind, fmt, opts
    ("cfdi", "fods", {}), ("mx_nota", "fods", {}), ("us", "fods", {}), ("co", "fods", {}), ("cl", "fods", {"error": "total"}),
    ("it", "fods", {}), ("nl", "fods", {}), ("es", "fods", {}), ("us", "fods", {"many": True}),
    ("cfdi", "fods", {"doc_type": "other", "title": "LISTA DE PRECIOS MAYOREO"}), ("us", "fods", {"doc_type": "purchase_order"}),
    ("cfdi", "docx", {}), ("mx_nota", "docx", {}), ("us", "docx", {}), ("fr", "docx", {}), ("de", "docx", {}), ("cl", "docx", {}),
    ("co", "docx", {}), ("it", "docx", {"error": "sum"}), ("cfdi", "docx", {"many": True}),
    ("cfdi", "docx", {"doc_type": "delivery_note", "has_total": False}), ("cfdi", "docx", {"doc_type": "other", "letter": True}),
    ("fr", "docx", {"doc_type": "quotation"}),
]

LETTER = ["Estimados señores:",
          "Por medio de la presente les informamos que el pedido con folio {n} fue embarcado el día de hoy vía paquetería y "
          "que la factura correspondiente será emitida una vez confirmada la recepción de la mercancía en su almacén.",
          "Les recordamos que nuestros precios no incluyen IVA y que los pagos deben realizarse por transferencia a la cuenta CLABE "
          "{clabe}. Sin más por el momento, quedamos a sus órdenes.", "Atentamente,", "Departamento de Crédito y Cobranza"]


def run(seed=5103):
    rng = random.Random(seed)
    recs, srcs = [], []
    for i, (kind, f, opts) in enumerate(PLAN_OFF):
        kw = {}
        if kind == "mx_nota": kw = dict(shipping=False, tax=False)
        d = make_doc(rng, kind, many=opts.get("many", False), error=opts.get("error"), doc_type=opts.get("doc_type"), **kw)
        d["has_total"] = opts.get("has_total", True) and d["doc_type"] != "other"
        if opts.get("title"): d["title"] = opts["title"]
        if opts.get("letter"):
            d["letter"] = [p.format(n=d["number"], clabe="%018d" % rng.randint(10**17, 10**18 - 1)) for p in LETTER]
            d["date_str"] = "Ciudad de México, a " + fdate(d["date"], "es_long")
        stem = f"o{i:02d}_{kind}_{f}"
        src = os.path.join(ODIR, stem + (".fods" if f == "fods" else ".docx"))
        if f == "fods": fods(d, src, rng.choice(["#1f4e79", "#375623", "#7f6000", "#222222"]))
        else: docx_doc(d, src, rng)
        srcs.append(src)
        recs.append((stem, d, f))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", ODIR] + srcs, capture_output=True, timeout=600)
    out = []
    for stem, d, f in recs:
        pdf = os.path.join(ODIR, stem + ".pdf")
        if not os.path.exists(pdf): print("missing", pdf); continue
        fname = stem + ".pdf"
        shutil.copy(pdf, os.path.join(FILES, fname))
        rec = label_base(d, fname, "soffice_calc" if f == "fods" else "soffice_docx", pages=pdf_pages(pdf))
        if not d["has_total"]: rec["total"] = None
        write_label(rec, doc_meta(d, "pdf"))
        out.append(rec)
    return out


if __name__ == "__main__":
    print(len(run()))
