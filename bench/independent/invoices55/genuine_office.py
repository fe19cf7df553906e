"""Spreadsheet invoices (flat ODS written by hand) and Word invoices (python-docx), exported by LibreOffice."""
import os, random, subprocess, shutil, html
from common import *

E = html.escape


def fods(doc):
    w = doc["w"]
    rows = []

    def row(cells, style=None):
        out = []
        for c in cells:
            if isinstance(c, tuple):
                v, st = c
            else:
                v, st = c, style
            sa = f" table:style-name='{st}'" if st else ""
            if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
                disp = M(doc, v) if isinstance(v, Decimal) else str(v)
                out.append(f"<table:table-cell{sa} office:value-type='float' office:value='{v}'><text:p>{E(disp)}</text:p></table:table-cell>")
            elif v == "":
                out.append("<table:table-cell/>")
            else:
                out.append(f"<table:table-cell{sa} office:value-type='string'><text:p>{E(str(v))}</text:p></table:table-cell>")
        rows.append("<table:table-row>" + "".join(out) + "</table:table-row>")

    row([(doc["supplier"], "big")])
    row([doc["sup_addr"]])
    row([f"{w['taxid']}: {doc['sup_tax']}"])
    row([""])
    row([(title(doc), "big"), "", "", w["no"], doc["number"]])
    row([w["bill_to"], "", "", w["date"], D8(doc)])
    row([doc["buyer"], "", "", w["terms"], doc["terms"]])
    row([doc["buyer_addr"]])
    row([""])
    row([w["item"], w["desc"], w["qty"], w["unit"], w["amount"]], "hdr")
    for it in doc["items"]:
        row([(it["code"], "cell"), (it["desc"], "cell"), (it["qty"], "cell"), (it["price"], "cell"), (it["line"], "cell")])
    row([""])
    if doc["doc_type"] == "price_list":
        row(["Prices valid 30 days, FOB Edison NJ. Minimum order one case pack."])
        return _wrap(rows)
    row(["", "", "", w["subtotal"], doc["subtotal"]])
    if doc["disc"]:
        row(["", "", "", f"{w['discount']} {int(doc['disc_rate']*100)}%", -doc["disc"]])
    if doc["ship"]:
        row(["", "", "", w["shipping"], doc["ship"]])
    if doc["rate"] or doc["resale_exempt"]:
        row(["", "", "", tax_line_label(doc), doc["tax"]])
    row(["", "", "", (f"{w['total']} {doc['cur']}", "bold"), (doc["total"], "bold")])
    return _wrap(rows)


def _wrap(rows):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="ca" style:family="table-column"><style:table-column-properties style:column-width="1.1in"/></style:style>
 <style:style style:name="cb" style:family="table-column"><style:table-column-properties style:column-width="2.5in"/></style:style>
 <style:style style:name="cc" style:family="table-column"><style:table-column-properties style:column-width="0.5in"/></style:style>
 <style:style style:name="cd" style:family="table-column"><style:table-column-properties style:column-width="1.1in"/></style:style>
 <style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice">
<table:table-column table:style-name="ca"/><table:table-column table:style-name="cb"/><table:table-column table:style-name="cc"/>
<table:table-column table:style-name="cd"/><table:table-column table:style-name="cd"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""


def docx_doc(doc, path, variant=0):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"
    st.font.size = Pt(9.5)
    w = doc["w"]
    p = d.add_paragraph()
    r = p.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    d.add_paragraph(f"{doc['sup_addr']}\n{w['taxid']}: {doc['sup_tax']}")
    h = d.add_paragraph(); hr = h.add_run(title(doc)); hr.bold = True; hr.font.size = Pt(18)
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT if variant else WD_ALIGN_PARAGRAPH.LEFT
    d.add_paragraph(f"{w['no']}: {doc['number']}\n{w['date']}: {D8(doc)}\n{w['terms']}: {doc['terms']}")
    bp = d.add_paragraph(); bp.add_run(w["bill_to"] + "\n").bold = True; bp.add_run(f"{doc['buyer']}\n{doc['buyer_addr']}")
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    heads = [w["item"], w["desc"], w["qty"]] + ([w["unit"], w["amount"]] if prices else [])
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid" if variant % 2 == 0 else "Light Grid Accent 1"
    for c, hh in zip(t.rows[0].cells, heads):
        c.text = hh
    for it in doc["items"]:
        cells = t.add_row().cells
        vals = [it["code"], it["desc"], str(it["qty"])] + ([M(doc, it["price"]), M(doc, it["line"])] if prices else [])
        for c, v in zip(cells, vals):
            c.text = v
    if prices:
        d.add_paragraph()
        tl = [(w["subtotal"], M(doc, doc["subtotal"], True))]
        if doc["disc"]:
            tl.append((f"{w['discount']} {int(doc['disc_rate']*100)}%", "-" + M(doc, doc["disc"], True)))
        if doc["ship"]:
            tl.append((w["shipping"], M(doc, doc["ship"], True)))
        if doc["rate"] or doc["resale_exempt"]:
            tl.append((tax_line_label(doc), M(doc, doc["tax"], True)))
        tl.append((w["total"], M(doc, doc["total"], True)))
        for k, (a, b) in enumerate(tl):
            pp = d.add_paragraph(); pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            rr = pp.add_run(f"{a}:  {b}"); rr.bold = k == len(tl) - 1
    d.add_paragraph(w["thank"])
    d.save(path)


def soffice_convert(paths, outdir):
    prof = os.path.join(WORK, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, check=True, capture_output=True, timeout=400)


PLAN_XLS = [("en_US", "invoice", 6, None), ("en_US", "invoice", 25, None), ("en_US", "invoice", 3, "total"),
            ("en_CA", "invoice", 4, None), ("de", "invoice", 5, None), ("nl", "invoice", 3, None),
            ("en_US", "price_list", 18, None), ("en_US", "statement", 4, None), ("es", "invoice", 4, None),
            ("en_GB", "proforma", 3, None)]
PLAN_DOC = [("en_US", "invoice", 4, None), ("en_US", "invoice", 3, None), ("en_US", "invoice", 12, None),
            ("fr", "invoice", 3, None), ("it", "invoice", 4, None), ("pl", "invoice", 3, None),
            ("ja", "invoice", 3, None), ("en_US", "quotation", 5, None), ("en_US", "delivery_note", 4, None),
            ("de", "invoice", 2, None)]


def run():
    name = "g_office"
    if part_done(name):
        return read_parts(name)
    rng = random.Random(5503)
    jobs = []
    for i, (loc, dtp, n, err) in enumerate(PLAN_XLS):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        stem = f"s{i:02d}_calc_{loc}_{dtp}"
        src = os.path.join(WORK, stem + ".fods")
        open(src, "w", encoding="utf-8").write(fods(doc))
        jobs.append((stem, src, doc, "libreoffice_calc"))
    for i, (loc, dtp, n, err) in enumerate(PLAN_DOC):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        stem = f"w{i:02d}_docx_{loc}_{dtp}"
        src = os.path.join(WORK, stem + ".docx")
        docx_doc(doc, src, i)
        jobs.append((stem, src, doc, "docx_libreoffice"))
    soffice_convert([j[1] for j in jobs], FILES)
    labs = []
    for stem, src, doc, prod in jobs:
        fn = stem + ".pdf"
        lab = label(fn, doc, prod, pdf_pages(os.path.join(FILES, fn)))
        if doc["doc_type"] in ("delivery_note", "price_list"):
            lab["total"] = None
        lab["_meta"] = meta_for(doc)
        labs.append(lab)
    write_part(name, labs)
    return labs


if __name__ == "__main__":
    run()
