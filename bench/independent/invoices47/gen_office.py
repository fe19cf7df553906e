"""Spreadsheet (hand-written flat ODS XML) and Word (python-docx) invoices, exported to PDF by LibreOffice."""
import os, subprocess, shutil
from xml.sax.saxutils import escape as X
from specs import *
from gen_pdflib import totals_rows

def fods(doc, path, variant):
    T_ = doc["T"]; s, b = doc["supplier"], doc["buyer"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    font = "WenQuanYi Micro Hei" if doc["lang"] in ("zh", "ja") else ("Liberation Sans" if variant == "a" else "DejaVu Serif")
    rows = []
    def row(cells, style="n"):
        out = "<table:table-row>"
        for c in cells:
            st = style
            if isinstance(c, tuple): c, st = c
            if c == "":
                out += "<table:table-cell/>"; continue
            out += f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{X(str(c))}</text:p></table:table-cell>'
        rows.append(out + "</table:table-row>")
    row([(s["name"], "h")]); row([s["addr"]]); row([s["taxid"]]); row([""])
    row([(title(doc), "t"), "", "", "", (f"{T_['no']} {doc['number']}", "r")])
    row(["", "", "", "", (f"{T_['date']}: {dstr(doc)}", "r")]); row([""])
    row([(T_['buyer'], "b")]); row([b["name"]]); row([b["addr"]]); row([b["taxid"]]); row([""])
    row([(T_['code'], "th"), (T_['desc'], "th"), (T_['qty'], "th"), (T_['price'] if prices else "", "th"), (T_['amount'] if prices else "", "th")])
    for it in doc["items"]:
        row([(it["sku"], "g"), (it["desc"], "g"), (str(it["qty"]), "gr"), (money(doc, it["price"], False) if prices else "", "gr"), (money(doc, it["line"], False) if prices else "", "gr")])
    row([""])
    if prices:
        for a, v in totals_rows(doc):
            row(["", "", "", a, (money(doc, v, False), "r")])
        row(["", "", "", (T_['total'], "b"), (money(doc, doc["total"]), "br")])
        row([""]); row([T_['terms']])
    bg = "#dde8f5" if variant == "a" else "#f2e6c9"
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.1cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.0cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.5cm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
<style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
<style:style style:name="n" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="13pt" fo:font-weight="bold" style:font-name-asian="F"/></style:style>
<style:style style:name="t" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="16pt" fo:font-weight="bold" fo:color="#1f3a68" style:font-name-asian="F"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="10pt" fo:font-weight="bold" style:font-name-asian="F"/></style:style>
<style:style style:name="br" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="11pt" fo:font-weight="bold" style:font-name-asian="F"/></style:style>
<style:style style:name="th" style:family="table-cell"><style:table-cell-properties fo:background-color="{bg}" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" fo:font-size="9pt" fo:font-weight="bold" style:font-name-asian="F"/></style:style>
<style:style style:name="g" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
<style:style style:name="gr" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{X(title(doc)[:20] or 'Sheet1')}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co5"/>
{"".join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, "w").write(xml)

def docx(doc, path, variant):
    from docx import Document
    from docx.shared import Pt, RGBColor, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    T_ = doc["T"]; s, b = doc["supplier"], doc["buyer"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    d = Document()
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if variant == "a" else "Liberation Serif"; st.font.size = Pt(9)
    d.core_properties.author = s["name"][:30]; d.core_properties.title = title(doc)
    p = d.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph(f"{s['addr']}\n{s['taxid']}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    p = d.add_paragraph(f"{T_['no']}: {doc['number']}\n{T_['date']}: {dstr(doc)}"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(f"{T_['buyer']}:\n{b['name']}\n{b['addr']}\n{b['taxid']}")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid" if variant == "a" else "Light Grid Accent 1"
    for i, h in enumerate([T_['code'], T_['desc'], T_['qty'], T_['price'] if prices else "", T_['amount'] if prices else ""]):
        t.rows[0].cells[i].text = h
    for it in doc["items"]:
        c = t.add_row().cells
        c[0].text = it["sku"]; c[1].text = it["desc"]; c[2].text = str(it["qty"])
        c[3].text = money(doc, it["price"], False) if prices else ""; c[4].text = money(doc, it["line"], False) if prices else ""
        for k in (2, 3, 4): c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if prices:
        d.add_paragraph("")
        t2 = d.add_table(rows=0, cols=2)
        for a, v in totals_rows(doc) + [(T_['total'], None)]:
            c = t2.add_row().cells; c[0].text = a; c[1].text = money(doc, v, False) if v is not None else money(doc, doc["total"])
            c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if v is None:
                for cc in c: cc.paragraphs[0].runs[0].bold = True
        d.add_paragraph(T_['terms'])
    if doc["profile"].startswith("pt"):
        d.add_paragraph(f"{doc['atcud']}  ·  [QR]  ·  Processado por programa certificado n.º {3000 + doc['seed'] % 500}/AT")
    d.save(path)

PLAN = [
 ("fods", "pt_fatura", "invoice", "a", None, 1), ("fods", "br_erp", "invoice", "b", None, 1), ("fods", "cn_ci", "invoice", "a", None, 2),
 ("fods", "in_ci", "invoice", "b", None, 1), ("fods", "es_fact", "invoice", "a", "line", 1), ("fods", "jp_sei2", "invoice", "a", None, 1),
 ("fods", "pl_fak", "invoice", "b", None, 1), ("fods", "us_fwd", "invoice", "a", None, 1), ("fods", "cn_ci", "packing_list", "a", None, 1),
 ("fods", "de_re", "quotation", "b", None, 1),
 ("docx", "pt_fr", "receipt", "a", None, 1), ("docx", "br_nfse", "invoice", "b", None, 1), ("docx", "mx_fact", "invoice", "a", None, 1),
 ("docx", "fr_fac", "invoice", "b", None, 1), ("docx", "it_fat", "proforma", "a", None, 1), ("docx", "nl_fac", "invoice", "b", None, 1),
 ("docx", "cn_vat", "invoice", "a", None, 1), ("docx", "in_gst", "tax_invoice", "b", None, 2), ("docx", "es_fact", "purchase_order", "a", None, 1),
 ("docx", "en_long", "invoice", "a", None, 1),
]

def run(seed0=3000):
    tmp = os.path.join(WORK, "office"); os.makedirs(tmp, exist_ok=True)
    srcs, meta = [], []
    for i, (kind, prof, dt, var, err, pg) in enumerate(PLAN):
        doc = make_doc(seed0 + i, prof, dt, err=err, pages_hint=pg)
        if prof == "br_nfse":  # plain service invoice wording in Word (no ISS shown as separate tax): keep totals as computed
            pass
        base = f"{'ss' if kind == 'fods' else 'wd'}{i:02d}_{var}_{doc['lang']}"
        src = os.path.join(tmp, base + (".fods" if kind == "fods" else ".docx"))
        (fods if kind == "fods" else docx)(doc, src, var)
        srcs.append(src); meta.append((base, doc, kind, var))
    prof_dir = "file://" + os.path.join(WORK, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof_dir}", "--headless", "--convert-to", "pdf", "--outdir", tmp] + srcs,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=500)
    recs = []
    for base, doc, kind, var in meta:
        pdf = os.path.join(tmp, base + ".pdf")
        if not os.path.exists(pdf):
            print("missing", pdf); continue
        shutil.copy(pdf, os.path.join(FILES, base + ".pdf"))
        recs.append(label(base + ".pdf", doc, "lo_calc_fods" if kind == "fods" else f"lo_writer_docx", pdf_pages(pdf), **hints(doc)))
    return recs

if __name__ == "__main__":
    r = run(); save_part("office", r); print(len(r))
