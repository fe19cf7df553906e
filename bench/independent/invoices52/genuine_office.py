"""Office producers: hand-written flat ODS spreadsheets and python-docx documents, exported by LibreOffice."""
import os, subprocess, shutil
from xml.sax.saxutils import escape as X
from common import *

LO_PROFILE = "file://" + os.path.join(BUILD, "lo_profile")

def soffice_pdf(paths, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, check=True, capture_output=True, timeout=600)

def fods(doc, path):
    lang = doc["lang"]; t = T[lang]; m = lambda x: fmt_money(x, lang, sym=False)
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    rows = []
    def row(cells, style="n"):
        cs = "".join(f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{X(str(c))}</text:p></table:table-cell>'
                     if str(c) != "" else f'<table:table-cell table:style-name="{style}"/>' for c in cells)
        rows.append(f"<table:table-row>{cs}</table:table-row>")
    title = TITLES.get(doc["doc_type"], {}).get(lang, t[0]) if doc["doc_type"] != "invoice" else t[0]
    row([title + " " + doc["number"]], "title"); row([])
    row(["", t[2], fmt_date(doc["date"], lang)]); row(["", t[3], fmt_date(doc["sale_date"], lang)]); row([])
    row(["", t[4], "", "", "", t[5]], "b"); row(["", doc["supplier"], "", "", "", doc["buyer"]])
    row(["", doc["supplier_addr"], "", "", "", doc["buyer_addr"]]); row(["", doc["supplier_tax"], "", "", "", doc["buyer_tax"]]); row([])
    if doc["doc_type"] == "packing_list":
        row(["#", t[6], t[7], t[8], "kg", "Karton"], "h")
        for i, ln in enumerate(doc["lines"], 1):
            row([i, ln["desc"], ln["qty"], ln["unit"], fmt_num(D(ln["qty"]) * D("0.35"), lang), f"{(i + 1) // 2}/{(len(doc['lines']) + 1) // 2}"], "c")
    elif doc["doc_type"] == "other":  # price list
        row(["#", t[6], t[8], t[9] + " " + doc["currency"], t[11]], "h")
        for i, ln in enumerate(doc["lines"], 1): row([i, ln["desc"], ln["unit"], m(ln["price"]), f"{ln['rate']}%"], "c")
    else:
        row(["#", t[6], t[7], t[8], t[9], t[10]] + ([t[11], t[12], t[13]] if doc["with_tax"] else []), "h")
        for i, ln in enumerate(doc["lines"], 1):
            row([i, ln["desc"], ln["qty"], ln["unit"], m(ln["price"]), m(ln["net"])] + ([f"{ln['rate']}%", m(ln["vat"]), m(ln["net"] + ln["vat"])] if doc["with_tax"] else []), "c")
        row([])
        if doc["disc"]: row(["", "", "", t[15], "", "-" + m(doc["disc"])])
        if doc["shipping"]: row(["", "", "", t[16], "", m(doc["shipping"])])
        if doc["with_tax"]:
            for r_, n in sorted(doc["net_by_rate"].items()):
                row(["", "", "", f"{r_}%: {t[10]} / {t[12]}", "", m(n), "", m(doc["vat_by_rate"][r_])])
        row(["", "", "", t[14], "", fmt_money(doc["total"], lang)], "b")
        if lang == "pl": row(["", "Słownie: " + slownie_pl(doc["total"])])
    widths = ["0.8cm", "6.2cm", "1.4cm", "1.2cm", "2.4cm", "2.4cm", "1.6cm", "2.0cm", "2.4cm"]
    cols = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
    colst = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    font = "WenQuanYi Micro Hei" if lang in ("zh", "ja") else "DejaVu Sans"
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{colst}
<style:style style:name="n" style:family="table-cell"><style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="8pt"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-family="{font}" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-family="{font}" fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-family="{font}" fo:font-size="7.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="c" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-family="{font}" fo:font-size="8pt"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin="1.2cm" style:scale-to-X="1"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Faktura">{cols}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    open(path, "w", encoding="utf-8").write(xml)

def docx_doc(doc, path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    lang = doc["lang"]; t = T[lang]; m = lambda x: fmt_money(x, lang, sym=False)
    d = Document(); st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
    title = TITLES.get(doc["doc_type"], {}).get(lang, t[0]) if doc["doc_type"] != "invoice" else t[0]
    if doc["doc_type"] == "other":  # a covering letter, not an invoice
        d.add_paragraph(doc["supplier"] + "\n" + doc["supplier_addr"])
        p = d.add_paragraph(f"{doc['supplier_addr'].split()[-1]}, {fmt_date(doc['date'], lang)}"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(doc["buyer"] + "\n" + doc["buyer_addr"])
        body = {"pl": "Szanowni Państwo,\n\nw nawiązaniu do rozmowy telefonicznej potwierdzamy, że towar z faktury {n} został wysłany kurierem. "
                      "Prosimy o sprawdzenie przesyłki przy odbiorze. Faktura w formie elektronicznej zostanie przesłana osobno.\n\nZ poważaniem\n\nDział Sprzedaży",
                "en": "Dear Sir or Madam,\n\nFurther to our call, we confirm that the goods under invoice {n} were dispatched today. "
                      "The invoice itself will follow by e-mail.\n\nYours faithfully,\n\nSales Office"}[lang if lang in ("pl",) else "en"]
        d.add_paragraph(body.format(n=doc["number"])); d.save(path); return
    h = d.add_heading(title, 1)
    d.add_paragraph(f"{t[1]} {doc['number']}\n{t[2]}: {fmt_date(doc['date'], lang, doc.get('variant', 0))}\n{t[3]}: {fmt_date(doc['sale_date'], lang, doc.get('variant', 0))}")
    tb = d.add_table(rows=1, cols=2); tb.style = "Table Grid"
    tb.cell(0, 0).text = f"{t[4]}\n{doc['supplier']}\n{doc['supplier_addr']}\n{doc['supplier_tax']}"
    tb.cell(0, 1).text = f"{t[5]}\n{doc['buyer']}\n{doc['buyer_addr']}\n{doc['buyer_tax']}"
    d.add_paragraph()
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    hdr = ["#", t[6], t[7], t[8]] + ([t[9], t[10]] + ([t[11], t[13]] if doc["with_tax"] else []) if prices else [])
    tb = d.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
    from docx.shared import Cm
    tb.autofit = False
    wd = [0.8, 6.0, 1.3, 1.2] + [2.2] * (len(hdr) - 4)
    for i, h_ in enumerate(hdr): tb.rows[0].cells[i].text = h_
    for i, ln in enumerate(doc["lines"], 1):
        vals = [str(i), ln["desc"], str(ln["qty"]), ln["unit"]] + ([m(ln["price"]), m(ln["net"])] + ([f"{ln['rate']}%", m(ln["net"] + ln["vat"])] if doc["with_tax"] else []) if prices else [])
        cells = tb.add_row().cells
        for k, v in enumerate(vals):
            cells[k].text = v; cells[k].width = Cm(wd[k])
            if k >= 4: cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for k, col in enumerate(tb.columns): col.width = Cm(wd[k]); tb.rows[0].cells[k].width = Cm(wd[k])
    if prices:
        d.add_paragraph()
        if doc["disc"]: d.add_paragraph(f"{t[15]} {doc['discount_pct']}%: -{m(doc['disc'])}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if doc["shipping"]: d.add_paragraph(f"{t[16]}: {m(doc['shipping'])}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if doc["with_tax"]:
            d.add_paragraph(f"{t[10]}: {m(doc['net_total'])}   {t[12]}: {m(doc['vat_total'])}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = d.add_paragraph(); r = p.add_run(f"{t[14]}: {fmt_money(doc['total'], lang)}"); r.bold = True; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if lang == "pl": d.add_paragraph("Słownie: " + slownie_pl(doc["total"]))
        d.add_paragraph(f"{t[17]}. {t[18]}: {fmt_date(doc['due'], lang)}")
    d.save(path)

PLAN = [  # (lang, kind, doc_type, opts)
 ("pl", "ods", "invoice", {}), ("pl", "ods", "invoice", {"n_items": 45}), ("de", "ods", "invoice", {"shipping": True}),
 ("cs", "ods", "invoice", {}), ("lt", "ods", "invoice", {"discount": True}), ("en", "ods", "invoice", {}),
 ("nl", "ods", "invoice", {"arith_error": True}), ("uk", "ods", "invoice", {}), ("zh", "ods", "tax_invoice", {}),
 ("pl", "ods", "packing_list", {"n_items": 6}), ("de", "ods", "other", {"n_items": 5}),
 ("pl", "docx", "invoice", {}), ("pl", "docx", "invoice", {"shipping": True}), ("de", "docx", "invoice", {}),
 ("en", "docx", "invoice", {"discount": True}), ("uk", "docx", "invoice", {}), ("it", "docx", "invoice", {}),
 ("es", "docx", "invoice", {"arith_error": True}), ("pl", "docx", "delivery_note", {}), ("pl", "docx", "other", {}),
 ("en", "docx", "purchase_order", {}), ("ja", "docx", "invoice", {}),
]

def run():
    rng = random.Random(5203); labels = []; srcs = []; docs = []
    for i, (lang, kind, dtp, opt) in enumerate(PLAN):
        pre = {"packing_list": "PL", "other": "CL" if kind == "ods" else "PIS", "delivery_note": "WZ", "purchase_order": "PO"}.get(dtp, "FV" if lang == "pl" else "INV")
        doc = build_doc(rng, lang, dtp, number_prefix=pre, **opt)
        if dtp in ("packing_list", "delivery_note", "other"): doc["total"] = None
        name = f"o{i:02d}_{lang}_{kind}"
        src = os.path.join(BUILD, name + (".fods" if kind == "ods" else ".docx"))
        (fods if kind == "ods" else docx_doc)(doc, src)
        srcs.append(src); docs.append((doc, name, kind)); save_doc_meta(doc, name)
    soffice_pdf(srcs, FILES)
    for doc, name, kind in docs:
        out = os.path.join(FILES, name + ".pdf")
        labels.append(label_for(doc, name + ".pdf", "lo_calc_fods" if kind == "ods" else "docx_lo", pdf_pages(out)))
    write_labels(labels); return labels

if __name__ == "__main__":
    print(len(run()))
