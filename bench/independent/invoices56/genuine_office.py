"""Genuine documents from office files: flat-ODS spreadsheets and python-docx documents, converted by LibreOffice."""
import os, subprocess, shutil
from decimal import Decimal
from xml.sax.saxutils import escape as X
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *


def soffice_convert(paths, outdir):
    prof = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ---------------------------------------------------------------- spreadsheet (flat ODS written by hand)
def fods(doc, path, rng):
    v = vocab_doc(doc); s, b = doc["supplier"], doc["buyer"]
    rows = []
    def cell(val, style=None, num_=False, fmt=None):
        st = f' table:style-name="{style}"' if style else ""
        if num_:
            st = f' table:style-name="{"numb" if style == "bold" else "num"}"'
            return f'<table:table-cell{st} office:value-type="string"><text:p>{X(fmt)}</text:p></table:table-cell>'
        if val == "":
            return "<table:table-cell/>"
        return f'<table:table-cell{st} office:value-type="string"><text:p>{X(str(val))}</text:p></table:table-cell>'
    def row(*cells):
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    empty = cell("")
    row(cell(s["name"], "big")); row(cell(s["addr1"])); row(cell(s["addr2"])); row(cell(f"{v['vatid']} {s['vat']}")); row(empty)
    row(cell(v[doc["doc_type"]], "big"), empty, empty, cell(v["no"]), cell(doc["number"]))
    row(empty, empty, empty, cell(v["date"]), cell(dstr(doc)))
    row(cell(v["buyer"], "bold")); row(cell(b["name"])); row(cell(b["addr1"] + ", " + b["addr2"])); row(cell(b["vat"])); row(empty)
    row(*[cell(h, "head") for h in ["Art.", v["desc"], v["qty"], v["unit"], v["amount"]]])
    for it in doc["items"]:
        row(cell(it["sku"]), cell(it["desc"]), cell(it["qty"], None, True, str(it["qty"])), cell(it["unit"], None, True, num(doc, it["unit"])),
            cell(it["amount"], None, True, num(doc, it["amount"])))
    row(empty)
    tr = []
    if doc["discount"]: tr.append((f"{v['discount']} {doc['disc_pct']}%", -doc["discount"]))
    if doc["shipping"]: tr.append((v["shipping"], doc["shipping"]))
    tr.append((v["subtotal"], doc["net"]))
    if doc["has_tax"]:
        tr += [(f"{v['tax']} {rate_str(r)}", t) for r, t in doc["taxes"].items()]
    for t, val in tr:
        row(empty, empty, empty, cell(t), cell(val, None, True, money(doc, val)))
    row(empty, empty, empty, cell(v["total"], "bold"), cell(doc["total"], "bold", True, money(doc, doc["total"])))
    row(empty); row(cell(f"{v['due']}: {dstr(doc, doc['due'])}"))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.3cm"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>
 <style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="num" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="numb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#{rng.choice(['c6d9f0', 'd8e4bc', 'e0e0e0'])}" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{X(v[doc['doc_type']][:20])}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co1"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co3"/>
{"".join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


# ---------------------------------------------------------------- Word
def make_docx(doc, path, rng):
    v = vocab_doc(doc); s, b = doc["supplier"], doc["buyer"]
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = rng.choice(["DejaVu Sans", "DejaVu Serif"]); st.font.size = Pt(9.5)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.5)
    p = d.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x20, 0x40, 0x70)
    d.add_paragraph(f"{s['addr1']} – {s['addr2']}\n{v['vatid']} {s['vat']}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(v[doc["doc_type"]]); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph(f"{v['no']}: {doc['number']}\n{v['date']}: {dstr(doc)}"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = d.add_paragraph(); r = p.add_run(v["buyer"] + "\n"); r.bold = True
    p.add_run(f"{b['name']}\n{b['addr1']}\n{b['addr2']}\n{b['vat']}")
    prices = not doc.get("no_prices")
    heads = [v["desc"], v["qty"]] + ([v["unit"], v["amount"]] if prices else [])
    t = d.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for it in doc["items"]:
        cells = t.add_row().cells
        vals = [it["desc"], str(it["qty"])] + ([num(doc, it["unit"]), num(doc, it["amount"])] if prices else [])
        for c, val in zip(cells, vals):
            c.text = val
            if val is not vals[0]: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if prices:
        d.add_paragraph()
        tr = []
        if doc["discount"]: tr.append((f"{v['discount']} {doc['disc_pct']}%", -doc["discount"]))
        if doc["shipping"]: tr.append((v["shipping"], doc["shipping"]))
        tr.append((v["subtotal"], doc["net"]))
        if doc["has_tax"]: tr += [(f"{v['tax']} {rate_str(r)}", x) for r, x in doc["taxes"].items()]
        tr.append((v["total"], doc["total"]))
        tt = d.add_table(rows=0, cols=2)
        for i, (a, val) in enumerate(tr):
            cells = tt.add_row().cells; cells[0].text = a; cells[1].text = money(doc, val)
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == len(tr) - 1:
                for c in cells: c.paragraphs[0].runs[0].bold = True
    if doc["doc_type"] == "delivery_note" and doc["lang"] == "it":
        d.add_paragraph(f"Causale: vendita   Porto: franco   Colli: {rng.randint(1, 9)}   Vettore: {rng.choice(['BRT', 'GLS', 'mittente'])}\n\nFirma conducente ____________    Firma destinatario ____________")
    d.add_paragraph(f"\n{v['pay']}: {v['bank']} …{rng.randint(1000, 9999)}")
    d.core_properties.author = rng.choice(["amministrazione", "Ufficio", "user", "Buchhaltung"])
    d.save(path)


def run(rng):
    labels, docs = [], {}
    work = os.path.join(TMP, "office"); os.makedirs(work, exist_ok=True)
    P = [("calc", l, "invoice") for l in ["it", "de", "fr", "es", "nl", "en_gb", "it", "ch", "pl", "en_cn"]]
    P += [("writer", l, "invoice") for l in ["it", "it", "de", "fr", "es", "el", "en_us", "at", "it"]]
    P[6] = ("calc", "it", "quotation")
    P[17] = ("writer", "at", "credit_note")
    P[18] = ("writer", "it", "delivery_note")
    P.append(("writer", "de", "receipt"))
    errors = {4, 13}
    srcs = []
    for i, (kind, lang, dt) in enumerate(P):
        doc = make_doc(rng, lang, dt, arith_error=i in errors, tax=lang not in ("en_us", "en_cn"), n_items=40 if i in (8, 15) else None)
        if dt == "delivery_note": doc["no_prices"] = True
        base = f"g_{'lc' if kind == 'calc' else 'dx'}{i:03d}_{lang}"
        src = os.path.join(work, base + (".fods" if kind == "calc" else ".docx"))
        (fods if kind == "calc" else make_docx)(doc, src, rng)
        srcs.append(src)
        docs[base + ".pdf"] = dict(doc=doc, producer="soffice_calc" if kind == "calc" else "docx_soffice", src=src)
    soffice_convert(srcs, work)
    for fname, info in docs.items():
        shutil.copy(os.path.join(work, fname), os.path.join(FILES, fname))
        doc = info["doc"]
        extra = {"arithmetic_note": doc["error_note"]} if doc.get("error_note") else {}
        labels.append(label(fname, doc, info["producer"], pages=pdf_pages(os.path.join(FILES, fname)), **extra))
    write_part("genuine_office", labels, docs)
    return labels


if __name__ == "__main__":
    import random
    print(len(run(random.Random(5627))))
