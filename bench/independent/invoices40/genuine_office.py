"""Office documents: spreadsheets written as flat ODS XML by hand and Word files by python-docx, exported by LibreOffice."""
import os, random, subprocess, shutil, html
from common import *
from genuine_rl import totals_rows, WORK_SRC

E = html.escape
OFF = os.path.join(WORK, "office")
os.makedirs(OFF, exist_ok=True)


def fods(doc):
    """Flat ODS: a supplier's home-made Excel-style invoice template (formulas for line totals)."""
    w = words(doc)
    def cell(v, style="Default", formula=None, span=1):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        if formula:
            return f'<table:table-cell table:style-name="{style}" table:formula="of:={formula}" office:value-type="float" office:value="{v}"{sp}><text:p>{v}</text:p></table:table-cell>'
        if isinstance(v, (int, float, Decimal)):
            return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"{sp}><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}><text:p>{E(str(v))}</text:p></table:table-cell>'
    rows = []
    R = lambda *cells: rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    R(cell(doc["supplier"]["name"], "Big", span=4)); R(cell(doc["supplier"]["addr"], span=4)); R(cell(f'{w["taxid"]}: {doc["supplier"]["tax"]}', span=4))
    R(cell("")); R(cell(title(doc), "Title", span=4)); R(cell(""))
    R(cell(w["no"], "Bold"), cell(doc["number"])); R(cell(w["date"], "Bold"), cell(ddate(doc)))
    R(cell(w["buyer"], "Bold"), cell(doc["buyer"]["name"], span=3)); R(cell(""), cell(doc["buyer"]["addr"], span=3)); R(cell(""))
    R(cell(w["desc"], "Head"), cell(w["qty"], "Head"), cell(w["price"], "Head"), cell(w["amount"], "Head"))
    first = len(rows) + 1
    for it in doc["items"]:
        r = len(rows) + 1
        if doc.get("arith_error") == "line_total_wrong":
            R(cell(it["desc"], "Grid"), cell(it["qty"], "GridN0"), cell(it["price"], "GridN"), cell(it["line"], "GridN"))  # typed over the formula
        else:
            R(cell(it["desc"], "Grid"), cell(it["qty"], "GridN0"), cell(it["price"], "GridN"), cell(it["line"], "GridN", formula=f"[.B{r}]*[.C{r}]"))
    R(cell(""))
    for lab, v in (totals_rows(doc) if doc["doc_type"] != "other" else []):
        R(cell(""), cell(""), cell(lab, "Bold" if lab == w["total"] else "Default"), cell(money(doc, v), "BoldR" if lab == w["total"] else "Right"))
    R(cell("")); R(cell(w["terms"], span=4))
    dec = "0" if doc["currency"] == "JPY" else "2"
    LOC = {"de": ("de", "DE"), "it": ("it", "IT"), "es": ("es", "ES"), "nl": ("nl", "NL"), "fr": ("fr", "FR"), "pl": ("pl", "PL")}.get(doc["lang"], ("en", "US"))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:number-style style:name="N2" number:language="{LOC[0]}" number:country="{LOC[1]}"><number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.5in"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="1.35in"/></style:style>
<style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="Title" style:family="table-cell"><style:table-cell-properties fo:background-color="#dbe5f1"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="BoldR" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Right" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#c0c0c0" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="GridN" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="GridN0" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice"><table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="3"/>
{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""


def make_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    w = words(doc)
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja", "zh_hk") else "WenQuanYi Micro Hei"; st.font.size = Pt(9.5)
    for s in d.sections: s.left_margin = s.right_margin = Cm(2)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]["name"]); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph(doc["supplier"]["addr"] + "\n" + w["taxid"] + ": " + doc["supplier"]["tax"])
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=2, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = f'{w["buyer"]}:\n{doc["buyer"]["name"]}\n{doc["buyer"]["addr"]}'
    t.cell(0, 1).text = f'{w["no"]}: {doc["number"]}\n{w["date"]}: {ddate(doc)}'
    t.cell(1, 0).text = f'{w["taxid"]}: {doc["buyer"]["tax"]}'; t.cell(1, 1).text = ""
    d.add_paragraph("")
    showp = doc["doc_type"] not in ("packing_list",)
    cols = [w["desc"], w["qty"]] + ([w["price"], w["amount"]] if showp else ["Cartons"])
    t = d.add_table(rows=1, cols=len(cols)); t.style = "Light Grid Accent 1"
    for i, h in enumerate(cols): t.rows[0].cells[i].text = h
    for it in doc["items"]:
        cells = t.add_row().cells
        vals = [it["desc"], str(it["qty"])] + ([num(doc, it["price"]), num(doc, it["line"])] if showp else [str(max(1, it["qty"] // 12))])
        for i, v in enumerate(vals):
            cells[i].text = v
            if i: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if showp:
        d.add_paragraph("")
        for lab, v in totals_rows(doc):
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(f"{lab}:  {money(doc, v)}"); r.bold = lab == w["total"]
    d.add_paragraph(""); d.add_paragraph(w["terms"])
    if doc["doc_type"] == "other":  # a covering letter
        pass
    d.core_properties.author = random.Random(doc["number"]).choice(["Admin", "user", "Anna K.", "sales01", "微软用户"])
    d.save(path)


def make_letter(doc, path):
    import docx
    from docx.shared import Pt
    d = docx.Document(); d.styles["Normal"].font.size = Pt(10.5)
    d.add_paragraph(doc["supplier"]["name"] + "\n" + doc["supplier"]["addr"])
    d.add_paragraph(ddate(doc)); d.add_paragraph(doc["buyer"]["name"] + "\n" + doc["buyer"]["addr"])
    d.add_paragraph("Subject: Confirmation of supply relationship and origin of goods")
    d.add_paragraph("Dear Sir or Madam,")
    d.add_paragraph(f"We hereby confirm that {doc['supplier']['name']} has supplied footwear and apparel articles to "
                    f"{doc['buyer']['name']} since 2023. Invoices are issued for each shipment; the most recent order "
                    f"({doc['number']}) is scheduled for dispatch within 15 working days. This letter is not an invoice "
                    f"and does not constitute a demand for payment.")
    d.add_paragraph("Yours faithfully,\n\n\nSales Department")
    d.save(path)


PLAN = [
    ("ods", "de", dict(discount=True)), ("ods", "en", dict(shipping=True)), ("ods", "zh", dict(tax_rate=13)),
    ("ods", "it", dict()), ("ods", "pl", dict(n_items=5)), ("ods", "en_vn", dict(tax_rate=0)), ("ods", "es", dict(arith_error=True)),
    ("ods", "nl", dict(doc_type="other")),  # price list
    ("docx", "fr", dict()), ("docx", "de", dict(shipping=True)), ("docx", "en_bd", dict(tax_rate=0)), ("docx", "zh_hk", dict(tax_rate=0)),
    ("docx", "es", dict(discount=True)), ("docx", "nl", dict()), ("docx", "en_us", dict(tax_rate=0)),
    ("docx", "pl", dict(doc_type="packing_list", tax_rate=0)), ("letter", "en", dict(doc_type="other")),
]


def main():
    rng = random.Random(4409)
    recs, srcs = [], []
    for i, (kind, lang, kw) in enumerate(PLAN):
        doc = make_doc(rng, lang, **kw)
        if kind == "ods" and doc["arith_error"] is None and kw.get("arith_error"):
            pass
        base = f"lo_{i:02d}_{lang}_{kind}"
        if kind == "ods":
            if kw.get("arith_error") and doc["arith_error"] != "line_total_wrong":
                pass
            src = os.path.join(OFF, base + ".fods"); open(src, "w", encoding="utf-8").write(fods(doc))
        elif kind == "docx":
            src = os.path.join(OFF, base + ".docx"); make_docx(doc, src)
        else:
            src = os.path.join(OFF, base + ".docx"); make_letter(doc, src)
        srcs.append((src, base, doc, kind))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", FILES] + [s[0] for s in srcs],
                   check=True, capture_output=True, timeout=500)
    for src, base, doc, kind in srcs:
        fname = base + ".pdf"
        prod = {"ods": "libreoffice_calc_export", "docx": "libreoffice_writer_from_docx", "letter": "libreoffice_writer_from_docx"}[kind]
        rec = label(fname, doc, prod, pdf_pages(os.path.join(FILES, fname)))
        if doc["doc_type"] == "other":
            rec["total"] = None
        recs.append(rec); save_meta(fname, doc, style=kind)
    write_part("genuine_office", recs)
    print("genuine_office", len(recs))


if __name__ == "__main__":
    main()
