"""Spreadsheets (flat ODS XML written by hand) and Word documents (python-docx), exported to PDF by LibreOffice."""
import subprocess, os, shutil
from xml.sax.saxutils import escape as X
from common import *

LO_PROFILE = "file://" + BASE + "/tmp/lo_profile"


def fods(doc, path):
    w = W_(doc)
    rows = []
    def row(cells, style="Default"):
        out = "<table:table-row>"
        for c in cells:
            if c is None:
                out += "<table:table-cell/>"
            elif isinstance(c, tuple):
                txt, st = c
                out += f"<table:table-cell table:style-name='{st}' office:value-type='string'><text:p>{X(str(txt))}</text:p></table:table-cell>"
            elif isinstance(c, int):
                out += f"<table:table-cell table:style-name='num' office:value-type='float' office:value='{c}'><text:p>{c}</text:p></table:table-cell>"
            else:
                out += f"<table:table-cell table:style-name='{style}' office:value-type='string'><text:p>{X(str(c))}</text:p></table:table-cell>"
        return out + "</table:table-row>"
    rows.append(row([(doc["supplier"], "big")]))
    for ln in doc["supplier_addr"] + [doc["supplier_tax"]]:
        rows.append(row([ln]))
    rows.append(row([]))
    rows.append(row([(title(doc), "big"), None, None, (numlabel(doc), "b"), doc["number"]]))
    rows.append(row([(w["bill_to"], "b"), None, None, (w["date"], "b"), DT(doc)]))
    rows.append(row([doc["buyer"], None, None, (w["due"], "b"), DT(doc, doc["due"])]))
    for ln in doc["buyer_addr"]:
        rows.append(row([ln]))
    rows.append(row([]))
    prices = has_prices(doc)
    hdr = [w["sku"], w["desc"], w["qty"]] + ([w["unit"], w["amount"]] if prices else [])
    rows.append(row([(h, "hdr") for h in hdr]))
    for it in doc["items"]:
        cells = [(it["sku"], "cell"), (it["desc"], "cell"), it["qty"]]
        if prices:
            cells += [(M(doc, it["unit"]), "money"), (M(doc, line_amt(it)), "money")]
        rows.append(row(cells))
    rows.append(row([]))
    if prices:
        for lab, amt in summary_rows(doc):
            st = "moneyb" if lab.startswith(w["total"]) else "money"
            rows.append(row([None, None, None, (lab, "b"), (M(doc, amt), st)]))
    rows.append(row([]))
    rows.append(row([f"{w['terms']}: {doc['terms']}"]))
    rows.append(row([w["thanks"]]))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties style:scale-to-X="1" style:scale-to-Y="0" fo:margin-left="12mm" fo:margin-right="12mm" fo:margin-top="12mm" fo:margin-bottom="12mm"/></style:page-layout>
 <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
 <style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="28mm"/></style:style>
 <style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="78mm"/></style:style>
 <style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="14mm"/></style:style>
 <style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="30mm"/></style:style>
 <style:style style:name="c5" style:family="table-column"><style:table-column-properties style:column-width="30mm"/></style:style>
 <style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="num" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="money" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #808080"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="moneyb" style:family="table-cell"><style:table-cell-properties fo:border="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer><text:p>{X(doc['supplier'])}</text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:style-name="ta1" table:name="{X(doc['number'][:30].replace('/', '-'))}">
<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/><table:table-column table:style-name="c3"/><table:table-column table:style-name="c4"/><table:table-column table:style-name="c5"/>
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    open(path, "w", encoding="utf-8").write(xml)


def docx(doc, path, variant=0):
    from docx import Document
    from docx.shared import Pt, RGBColor, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    w = W_(doc)
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = (Mm(215.9), Mm(279.4)) if doc["loc"] in ("en_US", "es_MX", "fr_CA") else (Mm(210), Mm(297))
    sec.left_margin = sec.right_margin = Mm(18)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"; st.font.size = Pt(9.5)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x6a, 0x1b, 0x1b) if variant else RGBColor(0x10, 0x40, 0x70)
    d.add_paragraph("\n".join(doc["supplier_addr"] + [doc["supplier_tax"]]))
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if variant else WD_ALIGN_PARAGRAPH.LEFT
    r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = f"{w['bill_to']}:\n{doc['buyer']}\n" + "\n".join(doc["buyer_addr"])
    meta = f"{numlabel(doc)}: {doc['number']}\n{w['date']}: {DT(doc)}"
    if doc["doc_type"] in ("invoice", "tax_invoice"):
        meta += f"\n{w['due']}: {DT(doc, doc['due'])}\n{w['ref']}: {doc['po']}"
    t.cell(0, 1).text = meta
    d.add_paragraph()
    prices = has_prices(doc)
    hdr = [w["sku"], w["desc"], w["qty"]] + ([w["unit"], w["amount"]] if prices else [])
    tb = d.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
    for k, h in enumerate(hdr):
        tb.rows[0].cells[k].text = h
        for rr in tb.rows[0].cells[k].paragraphs[0].runs: rr.bold = True
    for it in doc["items"]:
        cells = tb.add_row().cells
        vals = [it["sku"], it["desc"], str(it["qty"])] + ([M(doc, it["unit"]), M(doc, line_amt(it))] if prices else [])
        for k, v in enumerate(vals):
            cells[k].text = v
            if k >= 2: cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if prices:
        for lab, amt in summary_rows(doc):
            cells = tb.add_row().cells
            cells[3].text = lab; cells[4].text = M(doc, amt); cells[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if lab.startswith(w["total"]):
                for c in (cells[3], cells[4]):
                    for rr in c.paragraphs[0].runs: rr.bold = True
    d.add_paragraph()
    if doc.get("note"):
        d.add_paragraph(doc["note"])
    d.add_paragraph(f"{w['terms']}: {doc['terms']}")
    d.add_paragraph(w["thanks"])
    d.core_properties.author = doc.get("author", "Office")
    d.save(path)


def soffice_batch(srcs, outdir):
    """Convert many files in one LibreOffice start (2 shared cores)."""
    if not srcs:
        return
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + srcs,
                   check=True, capture_output=True, timeout=900)
