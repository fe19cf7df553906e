"""Genuine documents built as Word (.docx via python-docx) or spreadsheets (.fods written by hand,
.csv) and exported to PDF by LibreOffice headless."""
import os, random, subprocess, shutil, html
from common import *

OFF = os.path.join(WORK, "office")
os.makedirs(OFF, exist_ok=True)
E = html.escape


def build_docx(inv, path, title=None, prices=True):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    w = words(inv["lang"])
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    st = doc.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
    doc.core_properties.author = "kontor"; doc.core_properties.title = f"{title or w['invoice']} {inv['number']}"
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    p = a.paragraphs[0]; r = p.add_run(inv["supplier"]); r.bold = True; r.font.size = Pt(14)
    for line in inv["saddr"] + inv["stax"]:
        a.add_paragraph(line)
    p = b.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run((title or w["invoice"]).upper()); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x30, 0x30, 0x30)
    meta = [(w["no"], inv["number"]), (w["date"], ds(inv))]
    if inv["doc_type"] == "invoice":
        meta.append((w["due"], ds(inv, inv["due"])))
    for k, v in meta:
        q = b.add_paragraph(f"{k}: {v}"); q.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    bd = inv["buyer_d"]
    p = doc.add_paragraph(); p.add_run(w["buyer"] + "\n").italic = True; p.add_run(bd["name"]).bold = True
    for line in bd["addr"] + [bd["taxid"]]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    hdr = [w["desc"], w["qty"]] + ([w["unit"], w["amount"]] if prices else [])
    tb = doc.add_table(rows=1, cols=len(hdr)); tb.style = "Table Grid"
    for i, h in enumerate(hdr):
        tb.rows[0].cells[i].text = h
        tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for it in inv["items"]:
        cells = tb.add_row().cells
        vals = [it["desc"], fmt_num(it["qty"], inv["numstyle"], 0)] + ([fmt_money(it["price"], inv, False), fmt_money(it["line"], inv, False)] if prices else [])
        for i, v in enumerate(vals):
            cells[i].text = v
            if i:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if prices:
        doc.add_paragraph()
        rows = [(w["sub"], fmt_money(inv["sub"], inv))]
        if inv["disc"]:
            rows.append((f"{w['disc']} {inv['discount_pct'].normalize():f} %", "-" + fmt_money(inv["disc"], inv)))
        if inv["ship"]:
            rows.append((w["ship"], fmt_money(inv["ship"], inv)))
        for r_, v in (inv["vat"].items() if inv["tax"] else []):
            rows.append((f"{w['vat']} {rate_str(r_, inv)}", fmt_money(v, inv)))
        rows.append((w["total"], fmt_money(inv["total"], inv)))
        tt = doc.add_table(rows=0, cols=2)
        for i, (k, v) in enumerate(rows):
            c = tt.add_row().cells
            c[0].text = k; c[1].text = v; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == len(rows) - 1:
                for cc in c:
                    cc.paragraphs[0].runs[0].bold = True; cc.paragraphs[0].runs[0].font.size = Pt(11)
        if inv["doc_type"] == "invoice":
            doc.add_paragraph()
            doc.add_paragraph(w["pay"])
            doc.add_paragraph(inv["sbank"] + (f"   {w['ref']}: {inv['ocr']}" if inv["lang"] in ("sv", "fi", "no", "da") else ""))
    doc.save(path)


LANGTAG = {"sv": ("sv", "SE"), "de": ("de", "DE"), "fi": ("fi", "FI"), "da": ("da", "DK"), "no": ("nb", "NO"),
           "it": ("it", "IT"), "es": ("es", "ES"), "fr": ("fr", "FR"), "pl": ("pl", "PL"), "nl": ("nl", "NL"), "en": ("en", "GB")}


def build_fods(inv, path):
    """A flat ODF spreadsheet with formulas; LibreOffice computes and prints it."""
    w = words(inv["lang"])
    lg, ct = LANGTAG.get(inv["lang"], ("en", "GB"))
    if inv["loc"] == "en-US":
        lg, ct = "en", "US"
    rate = inv["items"][0]["rate"]
    def s(v, style="Default"):
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{E(str(v))}</text:p></table:table-cell>'
    def n(v, formula=None, style="num"):
        f = f' table:formula="of:={formula}"' if formula else ""
        return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"{f}><text:p>{v}</text:p></table:table-cell>'
    empty = '<table:table-cell/>'
    rows = []
    rows.append([s(inv["supplier"], "big")])
    for a in inv["saddr"] + inv["stax"]:
        rows.append([s(a)])
    rows.append([])
    rows.append([s(w["invoice"].upper(), "big"), empty, empty, s(w["no"]), s(inv["number"])])
    rows.append([empty, empty, empty, s(w["date"]), s(ds(inv))])
    rows.append([empty, empty, empty, s(w["due"]), s(ds(inv, inv["due"]))])
    rows.append([s(w["buyer"], "bold")])
    b = inv["buyer_d"]
    for a in [b["name"]] + b["addr"] + [b["taxid"]]:
        rows.append([s(a)])
    rows.append([])
    rows.append([s("Art.", "head"), s(w["desc"], "head"), s(w["qty"], "head"), s(w["unit"], "head"), s(w["amount"], "head")])
    first = len(rows) + 1
    for it in inv["items"]:
        r = len(rows) + 1
        rows.append([s(it["sku"]), s(it["desc"]), n(it["qty"], style="int"), n(it["price"]), n(it["line"], f"ROUND([.C{r}]*[.D{r}];2)")])
    last = len(rows)
    rows.append([])
    r_sub = len(rows) + 1
    rows.append([empty, empty, empty, s(w["sub"]), n(inv["sub"], f"SUM([.E{first}:.E{last}])")])
    extra = f"[.E{r_sub}]"
    if inv["ship"]:
        r_s = len(rows) + 1
        rows.append([empty, empty, empty, s(w["ship"]), n(inv["ship"])]); extra += f"+[.E{r_s}]"
    r_v = len(rows) + 1
    vat = inv["vat"].get(rate, D(0)) if inv["tax"] else D(0)
    rr = f"{rate.normalize():f}"
    rows.append([empty, empty, empty, s(f"{w['vat']} {rate_str(rate, inv)}"), n(vat, f"ROUND(({extra})*{rr}/100;2)")])
    rows.append([empty, empty, empty, s(w["total"], "bold"), n(inv["total"], f"{extra}+[.E{r_v}]", "numbold")])
    rows.append([])
    rows.append([s(w["pay"])])
    rows.append([s(inv["sbank"])])
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    return_xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles>
<number:number-style style:name="N2" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="{0 if inv['currency']=='JPY' else 2}" number:min-decimal-places="{0 if inv['currency']=='JPY' else 2}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N0" number:language="{lg}" number:country="{ct}"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="Default" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name="DejaVu Sans" fo:language="{lg}" fo:country="{ct}"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="22mm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="62mm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="30mm"/></style:style>
<style:style style:name="big" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e2ef" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="num" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>
<style:style style:name="int" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N0"/>
<style:style style:name="numbold" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{E(w['invoice'])}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co1"/><table:table-column table:style-name="co3"/><table:table-column table:style-name="co3"/>
{body}
</table:table></office:spreadsheet></office:body></office:document>'''
    with open(path, "w", encoding="utf-8") as f:
        f.write(return_xml)


def build_csv(inv, path, title=None):
    import csv
    w = words(inv["lang"])
    with open(path, "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f)
        c.writerow([inv["supplier"], "", "", (title or w["invoice"]).upper(), inv["number"]])
        c.writerow([", ".join(inv["saddr"]), "", "", w["date"], ds(inv)])
        c.writerow([" / ".join(inv["stax"]), "", "", w["buyer"], inv["buyer"]])
        c.writerow([])
        c.writerow(["Art.", w["desc"], w["qty"], w["unit"], w["amount"]])
        for it in inv["items"]:
            c.writerow([it["sku"], it["desc"], fmt_num(it["qty"], inv["numstyle"], 0), fmt_money(it["price"], inv, False), fmt_money(it["line"], inv, False)])
        c.writerow([])
        c.writerow(["", "", "", w["sub"], fmt_money(inv["sub"], inv)])
        if inv["ship"]:
            c.writerow(["", "", "", w["ship"], fmt_money(inv["ship"], inv)])
        for r, v in (inv["vat"].items() if inv["tax"] else []):
            c.writerow(["", "", "", f"{w['vat']} {rate_str(r, inv)}", fmt_money(v, inv)])
        c.writerow(["", "", "", w["total"], fmt_money(inv["total"], inv)])


def soffice_convert(paths, outdir):
    for p in paths:  # one call per file keeps the CSV filter options per-file simple
        args = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", outdir]
        if p.endswith(".csv"):
            args += ["--infilter=CSV:44,34,76,1,,0,false,true"]
        subprocess.run(args + [p], check=True, capture_output=True, timeout=180)


PLAN = [
    ("se_docx_001", "sv", "docx", "invoice", {}),
    ("se_docx_002", "sv", "docx", "invoice", {"shipping": 250, "discount": 10}),
    ("de_docx_001", "de", "docx", "invoice", {}),
    ("it_docx_001", "it", "docx", "invoice", {"arith_error": "vat"}),
    ("es_docx_001", "es", "docx", "invoice", {}),
    ("fr_docx_001", "fr", "docx", "invoice", {"n_items": 35}),
    ("pl_docx_001", "pl", "docx", "invoice", {}),
    ("fi_docx_001", "fi", "docx", "invoice", {}),
    ("no_docx_001", "no", "docx", "invoice", {"shipping": 150}),
    ("lt_docx_001", "en-LT", "docx", "invoice", {"tax": False}),
    ("se_docx_nf_quote_001", "sv", "docx_quote", "quotation", {}),
    ("se_fods_001", "sv", "fods", "invoice", {"single_rate": True}),
    ("da_fods_001", "da", "fods", "invoice", {"single_rate": True, "shipping": 79}),
    ("de_fods_001", "de", "fods", "invoice", {"single_rate": True}),
    ("nl_fods_001", "nl", "fods", "invoice", {"single_rate": True}),
    ("pl_fods_001", "pl", "fods", "invoice", {"single_rate": True, "n_items": 60}),
    ("us_fods_001", "en-US", "fods", "invoice", {"single_rate": True, "tax": False}),
    ("gb_csv_001", "en-GB", "csv", "invoice", {}),
    ("se_csv_001", "sv", "csv", "invoice", {}),
    ("de_csv_nf_delivery_001", "de", "csv_delivery", "delivery_note", {}),
]


def main():
    rng = random.Random(4603)
    recs, srcs, meta = [], [], []
    for stem, loc, kind, dtp, opts in PLAN:
        o = dict(opts); tax = o.pop("tax", True); single = o.pop("single_rate", False)
        inv = make_invoice(rng, loc, doc_type=dtp, tax=tax, **o)
        if single:
            for it in inv["items"]:
                it["rate"] = D(str(LOCALES[loc][2][0])) if tax else D(0)
            compute(inv)
        w = words(inv["lang"])
        if kind.startswith("docx"):
            src = os.path.join(OFF, stem + ".docx")
            build_docx(inv, src, title=(w["quotation"] if kind == "docx_quote" else None))
            prod = "docx_libreoffice"
        elif kind == "fods":
            src = os.path.join(OFF, stem + ".fods"); build_fods(inv, src); prod = "spreadsheet_fods_libreoffice"
        else:
            src = os.path.join(OFF, stem + ".csv")
            build_csv(inv, src, title=(w["delivery_note"] if kind == "csv_delivery" else None)); prod = "csv_libreoffice_calc"
        srcs.append(src); meta.append((stem, inv, prod, dtp, kind, src))
    soffice_convert(srcs, OFF)
    for stem, inv, prod, dtp, kind, src in meta:
        fname = stem + ".pdf"
        shutil.copy(os.path.join(OFF, stem + ".pdf"), os.path.join(FILES, fname))
        rec = label(fname, inv, producer=prod, pages=pdf_pages(os.path.join(FILES, fname)), doc_type=dtp,
                    is_invoice=False if dtp in ("quotation", "delivery_note") else None)
        recs.append(rec)
        save_sidecar(fname, inv, kind=kind, src=os.path.relpath(src, HERE))
        print("ok", fname, rec["pages"], rec["total"])
    write_part("genuine_office", recs)


if __name__ == "__main__":
    main()
