"""Genuine invoices typed in Word (python-docx) or kept as a spreadsheet (CSV), exported to PDF by LibreOffice."""
import os, pickle, random, subprocess, shutil, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import *


def build_docx(doc, path, rng):
    lang = doc["lang"]
    ns = lang if lang in ("it", "de", "fr") else "en"
    ds = rng.choice(["dmy/", "dmy.", "it_long"] if lang == "it" else ["dmy.", "iso", "dmy/"])
    d = Document()
    st = d.styles["Normal"]; st.font.name = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif"]); st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph(f"{doc['sup_addr']} – {doc['sup_city']}\n{T(lang,'vat')} {doc['sup_vat']}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(f"Spett.le\n{doc['buyer']}\n{doc['buy_addr']}\n{doc['buy_city']}\n{T(lang,'vat')} {doc['buy_vat']}")
    title = T(lang, doc["doc_type"] if doc["doc_type"] in ("credit_note", "deferred") else "invoice")
    p = d.add_paragraph(); r = p.add_run(f"{title} n. {doc['number']} del {fmt_date(doc['date'], ds)}"); r.bold = True; r.font.size = Pt(12)
    if doc.get("ddt"):
        d.add_paragraph("Rif. " + ", ".join(f"DDT {n_} del {fmt_date(d_, ds)}" for n_, d_ in doc["ddt"]))
    t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, [T(lang, "desc"), T(lang, "qty"), T(lang, "price"), T(lang, "disc"), T(lang, "rate"), T(lang, "amount")]):
        c.text = h
    for l in doc["lines"]:
        cells = t.add_row().cells
        for c, v in zip(cells, [l["desc"], fmt_num(l["qty"], ns), fmt_num(l["price"], ns), fmt_num(l["disc"], ns) if l["disc"] else "", l["natura"] or fmt_num(l["rate"], ns), fmt_num(l["total"], ns)]):
            c.text = v
    d.add_paragraph("")
    t2 = d.add_table(rows=0, cols=2)
    for r_ in doc["riepilogo"]:
        tag = r_["natura"] or f"{fmt_num(r_['rate'], ns)}%"
        for a, b in [(f"{T(lang,'net')} {tag}", fmt_num(r_["imponibile"], ns)), (f"{T(lang,'tax')} {tag}", fmt_num(r_["imposta"], ns))]:
            cs = t2.add_row().cells; cs[0].text = a; cs[1].text = b
    if doc["bollo"]:
        cs = t2.add_row().cells; cs[0].text = "Marca da bollo"; cs[1].text = fmt_num(doc["bollo"], ns)
    cs = t2.add_row().cells; cs[0].text = T(lang, "total").upper(); cs[1].text = "€ " + fmt_num(doc["totale"], ns)
    for c in cs:
        for r in c.paragraphs[0].runs:
            r.bold = True
    if doc["ritenuta_amt"]:
        cs = t2.add_row().cells; cs[0].text = "Ritenuta d'acconto 20%"; cs[1].text = "-" + fmt_num(doc["ritenuta_amt"], ns)
        cs = t2.add_row().cells; cs[0].text = "Netto da pagare"; cs[1].text = fmt_num(doc["pagamento"], ns)
    d.add_paragraph(f"\nPagamento: bonifico bancario – IBAN {doc['iban']} – {T(lang,'due')} {fmt_date(doc['due'], ds)}")
    d.core_properties.author = rng.choice(["Ufficio", "amministrazione", "Utente", "m.rossi"])
    d.save(path)
    return dict(date=fmt_date(doc["date"], ds), total=fmt_num(doc["totale"], ns), nstyle=ns, dstyle=ds)


def build_csv(doc, path, rng):
    """A spreadsheet-kept invoice; semicolon CSV opened by Calc and printed to PDF."""
    ns = "it"
    ds = rng.choice(["dmy/", "iso"])
    rows = [[doc["supplier"]], [doc["sup_addr"] + " " + doc["sup_city"]], ["P.IVA " + doc["sup_vat"]], [],
            ["FATTURA N.", doc["number"], "", "DATA", fmt_date(doc["date"], ds)],
            ["CLIENTE", doc["buyer"]], ["", doc["buy_addr"] + " " + doc["buy_city"]], ["", "P.IVA " + doc["buy_vat"]], [],
            ["Codice", "Descrizione", "Q.tà", "Prezzo", "Sconto %", "IVA", "Totale riga"]]
    for l in doc["lines"]:
        rows.append([l["code"], l["desc"], fmt_num(l["qty"], ns), fmt_num(l["price"], ns), fmt_num(l["disc"], ns) if l["disc"] else "", l["natura"] or fmt_num(l["rate"], ns), fmt_num(l["total"], ns)])
    rows.append([])
    for r in doc["riepilogo"]:
        tag = r["natura"] or f"{fmt_num(r['rate'], ns)}%"
        rows.append(["", "", "", "", "Imponibile " + tag, "", fmt_num(r["imponibile"], ns)])
        rows.append(["", "", "", "", "IVA " + tag, "", fmt_num(r["imposta"], ns)])
    if doc["bollo"]:
        rows.append(["", "", "", "", "Bollo", "", fmt_num(doc["bollo"], ns)])
    rows.append(["", "", "", "", "TOTALE FATTURA", "", fmt_num(doc["totale"], ns)])
    rows.append([]); rows.append(["Scadenza", fmt_date(doc["due"], ds), "IBAN", doc["iban"]])
    write_fods(rows, path.replace(".csv", ".fods"), rng)
    return dict(date=fmt_date(doc["date"], ds), total=fmt_num(doc["totale"], ns), nstyle=ns, dstyle=ds)


def write_fods(rows, path, rng):
    """Flat ODS XML written by hand: column widths, bold header, fit to one page."""
    from xml.sax.saxutils import escape
    widths = ["1.8cm", "6.8cm", "1.4cm", "1.8cm", "3.0cm", "1.2cm", "2.2cm"]
    font = rng.choice(["Liberation Sans", "DejaVu Sans", "Liberation Serif"])
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
         '<office:automatic-styles>']
    for i, w in enumerate(widths):
        x.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>')
    x.append(f'<style:style style:name="ce0" style:family="table-cell"><style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="9pt"/></style:style>')
    x.append(f'<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2ef" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-family="{font}" fo:font-weight="bold" fo:font-size="9pt"/></style:style>')
    x.append(f'<style:style style:name="ce2" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{font}" fo:font-size="9pt"/></style:style>')
    x.append(f'<style:style style:name="ce3" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{font}" fo:font-weight="bold" fo:font-size="11pt"/></style:style>')
    x.append('<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>')
    x.append('<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin="1.5cm" style:scale-to-pages="1" style:print="objects charts drawings"/></style:page-layout>')
    x.append('</office:automatic-styles><office:master-styles><style:master-page style:name="PM" style:page-layout-name="pl1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>')
    x.append('<office:body><office:spreadsheet><table:table table:name="Fattura" table:style-name="ta1">')
    for i in range(len(widths)):
        x.append(f'<table:table-column table:style-name="co{i}"/>')
    for r in rows:
        x.append("<table:table-row>")
        hdr = r and r[0] == "Codice"
        for j, v in enumerate(r):
            v = str(v)
            st = "ce1" if hdr else ("ce3" if "TOTALE" in " ".join(map(str, r)) and j == 6 else ("ce2" if j >= 2 and any(ch.isdigit() for ch in v) and len(v) < 14 else "ce0"))
            x.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>')
        x.append("</table:table-row>")
    x.append("</table:table></office:spreadsheet></office:body></office:document>")
    open(path, "w", encoding="utf-8").write("\n".join(x))


def soffice_convert(paths, outdir, csv=False):
    prof = os.path.join(WORK, "lo_profile")
    cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir]
    if csv:
        cmd += ["--infilter=CSV:59,34,76,1,,1040"]  # ';' separator, '"' quote, UTF-8, it-IT
    subprocess.run(cmd + paths, capture_output=True, timeout=400)


def run(rng):
    import pypdf
    recs, store = [], {}
    out = os.path.join(WORK, "office_out"); os.makedirs(out, exist_ok=True)
    todo = []
    for k, lang in enumerate(["it"] * 6 + ["de", "fr"]):
        doc = make_doc(rng, lang, rng.choice(["invoice", "deferred"]) if lang == "it" else "invoice", arith_error=(k == 2), service=(k == 5))
        src = os.path.join(WORK, f"docx_{k:02d}.docx")
        doc["strings"] = build_docx(doc, src, rng)
        todo.append(("docx", src, doc))
    for k in range(7):
        doc = make_doc(rng, "it", "invoice", arith_error=(k == 4))
        src = os.path.join(WORK, f"calc_{k:02d}.csv")
        doc["strings"] = build_csv(doc, src, rng); src = src.replace(".csv", ".fods")
        todo.append(("calc", src, doc))
    soffice_convert([s for e, s, d in todo if e == "docx"], out)
    soffice_convert([s for e, s, d in todo if e == "calc"], out)
    for eng, src, doc in todo:
        pdf = os.path.join(out, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        if not os.path.exists(pdf):
            print("missing", pdf); continue
        fn = os.path.basename(pdf).replace("docx_", "writer_").replace("calc_", "calc_")
        shutil.copy(pdf, os.path.join(FILES, fn))
        store[fn] = doc
        recs.append(label(fn, doc, "docx_libreoffice" if eng == "docx" else "fods_calc_libreoffice", pages=len(pypdf.PdfReader(pdf).pages)))
    pickle.dump(store, open(os.path.join(WORK, "docs_office.pkl"), "wb"))
    save_labels("office", recs)
    return recs


if __name__ == "__main__":
    print(len(run(random.Random(583))))
