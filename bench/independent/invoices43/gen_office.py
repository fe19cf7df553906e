"""Genuine invoices built as spreadsheets (flat ODS XML written by hand) and Word documents (python-docx),
converted to PDF by LibreOffice in one batch call."""
import os, subprocess, shutil, glob
from xml.sax.saxutils import escape as xe
from common import *

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="6.0cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
<style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="3.3cm"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-name-asian="WenQuanYi Micro Hei" fo:font-size="10pt"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>
<style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="n" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="t" style:family="table-cell"><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="p" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="tb" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#fff2cc"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties style:scale-to-X="1" style:scale-to-Y="9"/></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="Default"/>
</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles><office:body><office:spreadsheet><table:table table:name="Invoice" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
<table:table-column table:style-name="co4" table:number-columns-repeated="2"/><table:table-column table:style-name="co5"/>
"""


def cell(v, st="p"):
    return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{xe(str(v))}</text:p></table:table-cell>'


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>\n"


def build_fods(doc, path, sheetname="Invoice"):
    t = L[doc["lang"]]
    s = strings(doc)
    x = FODS_HEAD.replace('table:name="Invoice"', f'table:name="{sheetname}"')
    x += row([cell(doc["supplier"]["name"], "b")])
    x += row([cell(doc["supplier"]["addr"])])
    x += row([cell(f"{t['taxid']}: {doc['supplier']['taxid']}")])
    x += row([cell("")])
    x += row([cell(""), cell(title(doc), "t")])
    x += row([cell("")])
    x += row([cell(t["buyer"], "b"), cell(""), cell(""), cell(""), cell(t["no"]), cell(doc["number"])])
    x += row([cell(""), cell(doc["buyer"]["name"]), cell(""), cell(""), cell(t["date"]), cell(s["date"])])
    x += row([cell(""), cell(doc["buyer"]["addr"]), cell(""), cell(""), cell("PO"), cell(doc["po"])])
    x += row([cell("")])
    headers, trs, show = table(doc)
    x += row([cell(h, "h") for h in headers])
    for r in trs:
        x += row([cell(v, "n" if i >= 3 else "c") for i, v in enumerate(r)])
    if show:
        x += row([cell("")])
        for k, v in totals(doc):
            big = k == t["total"]
            x += row([cell(""), cell(""), cell(""), cell(k, "b" if big else "p"), cell(""), cell(v, "tb" if big else "n")])
    x += row([cell("")])
    x += row([cell(""), cell(t["pay"])])
    x += "</table:table></office:spreadsheet></office:body></office:document>"
    open(path, "w", encoding="utf-8").write(x)


def build_docx(doc, path, letter=False):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = L[doc["lang"]]
    s = strings(doc)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"
    st.font.size = Pt(9.5)
    p = d.add_paragraph()
    r = p.add_run(doc["supplier"]["name"]); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x1a, 0x3c, 0x6e)
    d.add_paragraph(f"{doc['supplier']['addr']}\n{t['taxid']}: {doc['supplier']['taxid']}")
    if letter:
        d.add_paragraph(s["date"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(f"{doc['buyer']['name']}\n{doc['buyer']['addr']}")
        d.add_paragraph("Subject: Price adjustment notice for orders shipped after next month")
        d.add_paragraph("Dear valued customer,")
        d.add_paragraph("Due to increased costs of raw materials and sea freight, we must adjust unit prices by 4-6% "
                        "for new purchase orders. Orders confirmed before the end of this month keep the current price. "
                        "Our updated price list will follow by e-mail. We thank you for your understanding and continued business.")
        d.add_paragraph("Best regards,\n\nSales Department")
    else:
        h = d.add_paragraph(); r = h.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph(f"{t['no']}: {doc['number']}\n{t['date']}: {s['date']}\n{t['buyer']}: {doc['buyer']['name']}\n"
                        f"{doc['buyer']['addr']}\n{t['taxid']}: {doc['buyer']['taxid']}")
        headers, trs, show = table(doc)
        tb = d.add_table(rows=1, cols=len(headers)); tb.style = "Table Grid"
        for c, hh in zip(tb.rows[0].cells, headers):
            c.text = hh; c.paragraphs[0].runs[0].bold = True
        for rr in trs:
            cells = tb.add_row().cells
            for i, (c, v) in enumerate(zip(cells, rr)):
                c.text = v
                if i >= 3:
                    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if show:
            d.add_paragraph()
            for k, v in totals(doc):
                p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                r = p.add_run(f"{k}:   {v}"); r.bold = k == t["total"]
        d.add_paragraph(t["pay"])
        if doc["doc_type"] == "purchase_order":
            d.add_paragraph("Authorized by buyer: ____________________")
    d.save(path)


def soffice_batch(paths, outdir):
    prof = os.path.join(BUILD, "lo_profile")
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=400)


FODS_PLAN = [
    ("ods_en_invoice_01", dict(lang="en", shipping=True)),
    ("ods_en_invoice_02", dict(lang="en", discount=True)),
    ("ods_en_invoice_03", dict(lang="en")),
    ("ods_en_proforma_04", dict(lang="en", doc_type="proforma")),
    ("ods_vi_invoice_05", dict(lang="vi", doc_type="tax_invoice")),
    ("ods_zh_invoice_06", dict(lang="zh", doc_type="invoice", cur="USD", tax=D(0))),
    ("ods_de_rechnung_07", dict(lang="de", shipping=True)),
    ("ods_it_fattura_08", dict(lang="it")),
    ("ods_en_packing_09", dict(lang="en", doc_type="packing_list")),
    ("ods_vi_pricelist_10", dict(lang="vi", doc_type="other")),
]
DOCX_PLAN = [
    ("docx_en_invoice_01", dict(lang="en")),
    ("docx_en_invoice_02", dict(lang="en", shipping=True, discount=True)),
    ("docx_en_receipt_03", dict(lang="en", doc_type="receipt", n_items=2)),
    ("docx_vi_invoice_04", dict(lang="vi")),
    ("docx_fr_facture_05", dict(lang="fr", shipping=True)),
    ("docx_es_factura_06", dict(lang="es", arith_error=True)),
    ("docx_nl_factuur_07", dict(lang="nl")),
    ("docx_ja_seikyu_08", dict(lang="ja")),
    ("docx_en_po_09", dict(lang="en", doc_type="purchase_order")),
    ("docx_en_letter_10", dict(lang="en", doc_type="letter")),
]


def run():
    recs, srcs, info = [], [], []
    for i, (name, dk) in enumerate(FODS_PLAN):
        doc = make_doc(5000 + i, **dk)
        p = os.path.join(BUILD, name + ".fods"); build_fods(doc, p); srcs.append(p); info.append((name, doc, "libreoffice_calc"))
    for i, (name, dk) in enumerate(DOCX_PLAN):
        doc = make_doc(6000 + i, **dk)
        p = os.path.join(BUILD, name + ".docx"); build_docx(doc, p, letter=dk.get("doc_type") == "letter")
        srcs.append(p); info.append((name, doc, "python_docx_libreoffice"))
    soffice_batch(srcs, FILES)
    import pypdf
    for name, doc, prod in info:
        fn = name + ".pdf"
        pages = len(pypdf.PdfReader(os.path.join(FILES, fn)).pages)
        save_meta(name, doc, dict(render=prod))
        recs.append(label(doc, fn, prod, pages))
    write_labels("office", recs)
    return recs


if __name__ == "__main__":
    print(len(run()), "office files")
