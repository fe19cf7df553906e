# genuine_office.py - invoices typed in Word (python-docx) and Excel-like sheets (flat ODS XML), printed to PDF by LibreOffice
import os, random, subprocess, shutil, html
from common import *

E = html.escape

def docx_invoice(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles["Normal"]; st.font.name = random.choice(["Calibri", "Arial", "Times New Roman"]); st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    h = d.add_paragraph(); r = h.add_run(f"{title(doc)} č. {doc['number']}" if doc["lang"] == "cs" else f"{title(doc)} {doc['number']}"); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    for cell, who in zip(t.rows[0].cells, ("supplier", "buyer")):
        p = doc[who]
        cell.text = ""
        par = cell.paragraphs[0]; rr = par.add_run(w(doc, who) + ":\n"); rr.bold = True
        par.add_run("\n".join(l for l in [p["name"], p["street"], p["city"], p["country"], f"{p['id_label']}: {p['id']}", f"{p['vat_label']}: {p['vat']}" if p.get("vat") else ""] if l))
    d.add_paragraph()
    meta = [(w(doc, "date"), DT(doc)), (w(doc, "due"), DT(doc, doc["due"]))]
    if doc["lang"] in ("cs", "sk"): meta += [(w(doc, "duzp"), DT(doc, doc["duzp"])), (w(doc, "vs"), doc["vs"])]
    meta.append((w(doc, "bank"), doc.get("account") or doc["iban"]))
    for k, v in meta:
        p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.add_run(k + ": "); p.add_run(v).bold = True
    d.add_paragraph()
    show_tax = doc["with_tax"] and not doc["reverse_charge"]
    heads = [w(doc, "desc"), w(doc, "qty"), w(doc, "unit"), w(doc, "price")] + ([w(doc, "rate")] if show_tax else []) + [w(doc, "net")]
    t = d.add_table(rows=1, cols=len(heads)); t.style = random.choice(["Table Grid", "Light Grid Accent 1", "Light List Accent 1"])
    for c, hd in zip(t.rows[0].cells, heads): c.text = hd
    for it in doc["items"]:
        vals = [it["desc"], str(it["qty"]), it["unit"], N(doc, it["price"])] + ([f"{it['rate'].normalize()} %"] if show_tax else []) + [N(doc, it["printed_net"])]
        row = t.add_row().cells
        for j, (c, v) in enumerate(zip(row, vals)):
            c.text = v
            if j not in (0, 2): c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    sub = sum(it["net"] for it in doc["items"])
    lines = [(w(doc, "subtotal"), N(doc, sub))]
    if doc["discount"]: lines.append((w(doc, "discount"), "-" + N(doc, doc["discount"])))
    if doc["shipping"]: lines.append((w(doc, "shipping"), N(doc, doc["shipping"])))
    if show_tax:
        for r_, b in doc["groups"].items():
            lines.append((f"{w(doc,'vat')} {r_.normalize()} % ({w(doc,'subtotal')} {N(doc,b)})", N(doc, doc["taxes"][r_])))
    for k, v in lines:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0); p.add_run(f"{k}: {v}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(f"{w(doc,'total')}: {M(doc, doc['printed_total'])}"); r.bold = True; r.font.size = Pt(13)
    if doc["reverse_charge"]: d.add_paragraph(w(doc, "rc"))
    if doc["lang"] == "cs" and not doc["with_tax"]: d.add_paragraph(w(doc, "notvat"))
    d.add_paragraph("\n" + random.choice(["Vystavil: ", "Ausgestellt von: ", "Wystawił: ", "Issued by: "]) + random.choice(["Jana Pokorná", "M. Schreiber", "Anna Wójcik", "Li Wei"]))
    d.core_properties.author = random.choice(["uzivatel", "Kancelar2", "admin", "Büro"])
    d.save(path)

def fods_invoice(doc, path):
    """flat OpenDocument spreadsheet: a sheet an office clerk would keep, with cell formulas for line totals"""
    rows = []
    def row(cells, bold=False):
        out = []
        for c in cells:
            if isinstance(c, tuple) and c[0] == "f":  # formula with cached value
                out.append(f'<table:table-cell table:style-name="num" table:formula="of:{E(c[1])}" office:value-type="float" office:value="{c[2]}"><text:p>{c[2]}</text:p></table:table-cell>')
            elif isinstance(c, (int, float)) or (hasattr(c, "quantize")):
                out.append(f'<table:table-cell table:style-name="num" office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
            else:
                out.append(f'<table:table-cell table:style-name="{"b" if bold else "t"}" office:value-type="string"><text:p>{E(str(c))}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(out) + "</table:table-row>")
    show_tax = doc["with_tax"] and not doc["reverse_charge"]
    row([title(doc), "", "", doc["number"]], bold=True); row([])
    for who in ("supplier", "buyer"):
        p = doc[who]
        row([w(doc, who) + ":", p["name"]], bold=True)
        for l in [p["street"], p["city"], f"{p['id_label']}: {p['id']}", f"{p['vat_label']}: {p['vat']}" if p.get("vat") else ""]:
            if l: row(["", l])
    row([]); row([w(doc, "date"), DT(doc)]); row([w(doc, "due"), DT(doc, doc["due"])])
    if doc["lang"] in ("cs", "sk"): row([w(doc, "vs"), doc["vs"]])
    row([])
    row([w(doc, "desc"), w(doc, "qty"), w(doc, "unit"), w(doc, "price")] + ([w(doc, "rate")] if show_tax else []) + [w(doc, "net")], bold=True)
    first = len(rows) + 1
    netcol = "F" if show_tax else "E"
    for it in doc["items"]:
        r_ = len(rows) + 1
        cells = [it["desc"], it["qty"], it["unit"], it["price"]] + ([it["rate"]] if show_tax else [])
        if it["printed_net"] != it["net"]:
            cells.append(it["printed_net"])  # typed over the formula by hand
        else:
            cells.append(("f", f"ROUND([.B{r_}]*[.D{r_}];2)", it["net"]))
        row(cells)
    last = len(rows)
    row([])
    sub = sum(it["net"] for it in doc["items"])
    row([w(doc, "subtotal"), "", "", "", ""] [: (5 if show_tax else 4)] + [("f", f"SUM([.{netcol}{first}:.{netcol}{last}])", sub)])
    pad = [""] * (4 if show_tax else 3)
    if doc["discount"]: row([w(doc, "discount")] + pad + [-doc["discount"]])
    if doc["shipping"]: row([w(doc, "shipping")] + pad + [doc["shipping"]])
    if show_tax:
        for r2, b in doc["groups"].items():
            row([f"{w(doc,'vat')} {r2.normalize()} %"] + pad + [doc["taxes"][r2]])
    row([w(doc, "total") + f" ({doc['currency']})"] + pad + [doc["printed_total"]], bold=True)
    if doc["reverse_charge"]: row([w(doc, "rc")])
    dec = "0" if doc["currency"] in NODEC else "2"
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:number-style style:name="N2"><number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.05cm"/></style:style>
 <style:style style:name="num" style:family="table-cell" style:data-style-name="N2"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="t" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{E(doc['number'][:28].replace('/', '-'))}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="5"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
    # locale of the sheet decides the printed number format
    open(path, "w", encoding="utf-8").write(xml)

PLAN = [
 ("d01", "cs", "docx", {}), ("d02", "cs", "docx", {"with_tax": False}), ("d03", "sk", "docx", {}), ("d04", "de", "docx", {}), ("d05", "pl", "docx", {}),
 ("d06", "en", "docx", {"supplier_cc": "VN"}), ("d07", "cs", "docx", {"doc_type": "proforma"}), ("d08", "hu", "docx", {"arith_error": "total"}),
 ("d09", "it", "docx", {}), ("d10", "cs", "docx", {"n_items": 26}), ("d11", "fr", "docx", {}), ("d12", "cs", "docx", {"reverse_charge": True, "buyer_cc": "CZ"}),
 ("x01", "cs", "fods", {}), ("x02", "cs", "fods", {"arith_error": "line"}), ("x03", "de", "fods", {}), ("x04", "pl", "fods", {}), ("x05", "en", "fods", {"supplier_cc": "CN"}),
 ("x06", "sk", "fods", {}), ("x07", "cs", "fods", {"with_tax": False}), ("x08", "es", "fods", {}), ("x09", "nl", "fods", {}), ("x10", "en", "fods", {"supplier_cc": "US", "date_style": "us"}),
 ("x11", "de", "fods", {"supplier_cc": "AT", "n_items": 30}),
]

def run():
    rows = []; srcs = []
    work = os.path.join(TMP, "office"); os.makedirs(work, exist_ok=True)
    docs = {}
    for i, (key, lang, kind, kw) in enumerate(PLAN):
        doc = make_doc(lang, seed=39300 + i, **kw)
        if kind == "fods":
            # LibreOffice prints the cell values in its own en-US format; keep the model consistent with that
            doc["money_style"] = "comma_dot"
        src = os.path.join(work, f"{key}_{lang}_{kind}." + ("docx" if kind == "docx" else "fods"))
        (docx_invoice if kind == "docx" else fods_invoice)(doc, src)
        srcs.append(src); docs[key] = (doc, kind, src)
    subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(TMP, "lo_profile"),
                    "--convert-to", "pdf", "--outdir", work] + srcs, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=500)
    for key, (doc, kind, src) in docs.items():
        pdf = os.path.splitext(src)[0] + ".pdf"
        if not os.path.exists(pdf):
            print("missing", pdf); continue
        fn = os.path.basename(pdf).replace(".pdf", "_lo.pdf")
        shutil.copy(pdf, os.path.join(FILES, fn))
        save_doc(key, doc)
        rows.append(label(doc, fn, "docx_libreoffice" if kind == "docx" else "sheet_libreoffice", pdf_pages(pdf)))
        print(fn, rows[-1]["pages"], rows[-1]["total"], flush=True)
    write_part("genuine_office", rows)

if __name__ == "__main__":
    run()
