# ReportLab, fpdf2, LibreOffice (flat ODS spreadsheet, DOCX) producers.
import os, subprocess, html
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from gen_data import TITLES, L
from gen_model import money, num

DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("DejaVu", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))


def rl_fonts(lang):
    if lang == "zh":
        return "STSong-Light", "STSong-Light"
    if lang == "ja":
        return "HeiseiKakuGo-W5", "HeiseiKakuGo-W5"
    if lang == "pl":
        return "DejaVu", "DejaVu-Bold"
    return "Helvetica", "Helvetica-Bold"


def render_reportlab(doc, out, variant=0):
    lang = doc["lang"]; T = L[lang]
    F, FB = rl_fonts(lang)
    size = LETTER if lang == "en" and doc["cur"] == "USD" else A4
    W, Hh = size
    c = canvas.Canvas(out, pagesize=size)
    c.setTitle(f"{TITLES[lang][doc['doc_type']]} {doc['number']}")
    c.setAuthor(doc["sup"]["name"]) if variant % 2 else None
    na = doc.get("no_amounts")
    rows = doc["rows"]
    per_page = 30 if variant % 2 == 0 else 26
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    npg = len(pages)
    for pi, chunk in enumerate(pages):
        y = Hh - 50
        if variant % 2 == 0:
            c.setFont(FB, 15); c.drawString(40, y, doc["sup"]["name"])
            c.setFont(F, 8.5)
            for i, a in enumerate(doc["sup"]["addr"] + [f"{T['vatid']}: {doc['sup']['vat']}"]):
                c.drawString(40, y - 14 - 11 * i, a)
            c.setFont(FB, 18); c.drawRightString(W - 40, y, TITLES[lang][doc["doc_type"]])
            c.setFont(F, 9)
            c.drawRightString(W - 40, y - 18, f"{T['no']} {doc['number']}")
            c.drawRightString(W - 46 - c.stringWidth(doc["date_str"], F, 9), y - 31, f"{T['date']}:"); c.drawRightString(W - 40, y - 31, doc["date_str"])
        else:
            c.setFillColorRGB(0.15, 0.35, 0.25); c.rect(0, Hh - 75, W, 75, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont(FB, 20); c.drawString(40, Hh - 45, TITLES[lang][doc["doc_type"]])
            c.setFont(F, 9); c.drawRightString(W - 40, Hh - 35, doc["sup"]["name"])
            c.drawRightString(W - 40, Hh - 47, doc["sup"]["addr"][0]); c.drawRightString(W - 40, Hh - 59, doc["sup"]["addr"][1])
            c.setFillColorRGB(0, 0, 0)
            y = Hh - 100
            c.drawString(40, y, f"{T['no']}: {doc['number']}")
            c.drawString(220, y, f"{T['date']}:"); c.drawString(220 + c.stringWidth(T['date'] + ': ', F, 9) + 2, y, doc["date_str"])
            c.drawString(40, y - 12, f"{T['vatid']}: {doc['sup']['vat']}")
        # buyer block (first page full, later pages short)
        y = Hh - 140
        c.setFont(FB, 9); c.drawString(40, y, T["buyer"])
        c.setFont(F, 9.5); c.drawString(40, y - 13, doc["buy"]["name"])
        if pi == 0:
            for i, a in enumerate(doc["buy"]["addr"] + [f"{T['vatid']}: {doc['buy']['vat']}"]):
                c.drawString(40, y - 25 - 11 * i, a)
        y = Hh - 215
        cols = [(40, T["code"], "l", "code"), (105, T["desc"], "l", "desc"), (365, T["qty"], "r", "qty")]
        if not na:
            cols += [(430, T["price"], "r", "price"), (470, T["vat"], "r", "rate"), (W - 40, T["amount"], "r", "amount")]
        c.setFont(FB, 8.5); c.setFillColorRGB(0.92, 0.92, 0.92); c.rect(36, y - 4, W - 72, 15, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        for x, h, al, k in cols:
            (c.drawRightString if al == "r" else c.drawString)(x, y, h)
        c.setFont(F, 8.5)
        y -= 18
        for r in chunk:
            for x, h, al, k in cols:
                v = r[k]
                if k == "desc":
                    v = v[:48]
                    if r["disc"]:
                        v = v[:38] + f" (-{r['disc']})"
                (c.drawRightString if al == "r" else c.drawString)(x, y, v)
            y -= 14
        c.line(36, y + 8, W - 36, y + 8)
        if pi == npg - 1:
            if not na and doc["doc_type"] != "price_list":
                y -= 10
                for lab, val in doc["totals"]:
                    big = lab == T["total"]
                    c.setFont(FB if big else F, 10.5 if big else 9)
                    c.drawRightString(W - 150, y, lab)
                    c.drawRightString(W - 40, y, val)
                    y -= 15
            y -= 10
            c.setFont(F, 7)
            for n in doc["notes"]:
                while n:
                    c.drawString(40, y, n[:125]); n = n[125:]; y -= 9
            if not na:
                c.drawString(40, y - 4, f"{T['bank']}: {doc['iban']}")
        c.setFont(F, 7.5)
        c.drawCentredString(W / 2, 25, f"{T['page']} {pi+1}/{npg}  -  {doc['sup']['name']}")
        c.showPage()
    c.save()


def render_fpdf(doc, out):
    from fpdf import FPDF
    lang = doc["lang"]; T = L[lang]
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 18)
    pdf.set_title(f"{doc['number']}")
    pdf.set_creator("FakturaPro 4.2") if lang == "pl" else None

    class P(FPDF):
        pass
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(110, 7, doc["sup"]["name"])
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 7, TITLES[lang][doc["doc_type"]], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    for a in doc["sup"]["addr"] + [f"{T['vatid']}: {doc['sup']['vat']}"]:
        pdf.cell(0, 4.5, a, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("dv", "", 9)
    pdf.cell(45, 6, T["no"], border=1); pdf.cell(50, 6, doc["number"], border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(45, 6, T["date"], border=1); pdf.cell(50, 6, doc["date_str"], border=1, new_x="LMARGIN", new_y="NEXT")
    if not doc.get("no_amounts"):
        pdf.cell(45, 6, T["due"], border=1); pdf.cell(50, 6, doc["due_str"], border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("dv", "B", 9); pdf.cell(90, 5, T["seller"]); pdf.cell(0, 5, T["buyer"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    sl = [doc["sup"]["name"]] + doc["sup"]["addr"]
    bl = [doc["buy"]["name"]] + doc["buy"]["addr"] + [f"{T['vatid']}: {doc['buy']['vat']}"]
    for i in range(max(len(sl), len(bl))):
        pdf.cell(90, 4.6, sl[i] if i < len(sl) else "")
        pdf.cell(0, 4.6, bl[i] if i < len(bl) else "", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    na = doc.get("no_amounts")
    cols = [("#", 8, "C"), (T["desc"], 82 if not na else 150, "L"), (T["qty"], 16, "R")]
    if not na:
        cols += [(T["price"], 24, "R"), (T["disc"], 14, "R"), (T["vat"], 14, "R"), (T["amount"], 32, "R")]

    def head():
        pdf.set_font("dv", "B", 8); pdf.set_fill_color(230, 230, 230)
        for h, w, a in cols:
            pdf.cell(w, 6, h, border=1, align="C", fill=True)
        pdf.ln(); pdf.set_font("dv", "", 8)
    head()
    for i, r in enumerate(doc["rows"]):
        if pdf.get_y() > 265:
            pdf.add_page(); head()
        vals = [str(i + 1), r["desc"][:46], r["qty"]]
        if not na:
            vals += [r["price"], r["disc"], r["rate"], r["amount"]]
        for (h, w, a), v in zip(cols, vals):
            pdf.cell(w, 5.5, v, border=1, align=a)
        pdf.ln()
    pdf.ln(3)
    if not na:
        for lab, val in doc["totals"]:
            big = lab == T["total"]
            pdf.set_font("dv", "B" if big else "", 10 if big else 9)
            pdf.cell(130, 6, lab, align="R"); pdf.cell(0, 6, val, align="R", border=1 if big else 0, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("dv", "", 7.5)
    for n in doc["notes"]:
        pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
    if not na:
        pdf.cell(0, 5, f"{T['pay']}: {T['bank']} {doc['iban']}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)


def fods(doc):
    """Flat ODS spreadsheet written as XML (LibreOffice Calc opens it and exports PDF)."""
    lang = doc["lang"]; T = L[lang]
    E = html.escape

    def cell(v, style="", num=None):
        st = f' table:style-name="{style}"' if style else ""
        return f'<table:table-cell{st} office:value-type="string"><text:p>{E(v)}</text:p></table:table-cell>'

    rows = []
    rows.append([cell(doc["sup"]["name"], "big")])
    for a in doc["sup"]["addr"] + [f"{T['vatid']} {doc['sup']['vat']}"]:
        rows.append([cell(a)])
    rows.append([])
    rows.append([cell(TITLES[lang][doc["doc_type"]], "big"), cell(""), cell(""), cell(""), cell(T["no"]), cell(""), cell(doc["number"], "br")])
    rows.append([cell(""), cell(""), cell(""), cell(""), cell(T["date"]), cell(""), cell(doc["date_str"], "br")])
    rows.append([])
    rows.append([cell(T["buyer"], "b")])
    for a in [doc["buy"]["name"]] + doc["buy"]["addr"] + [f"{T['vatid']} {doc['buy']['vat']}"]:
        rows.append([cell(a)])
    rows.append([])
    na = doc.get("no_amounts")
    hdr = [T["code"], T["desc"], T["qty"]] + ([] if na else [T["price"], T["disc"], T["vat"], T["amount"]])
    rows.append([cell(h, "hdr") for h in hdr])
    for ln, r in zip(doc["lines"], doc["rows"]):
        rr = [cell(r["code"], "grid"), cell(r["desc"], "grid"), cell(r["qty"], "gridr")]
        if not na:
            rr += [cell(r["price"], "gridr"), cell(r["disc"], "gridr"), cell(r["rate"], "gridr"),
                   cell(r["amount"], "gridr")]
        rows.append(rr)
    rows.append([])
    if not na:
        for lab, val in doc["totals"]:
            st = "b" if lab == T["total"] else ""
            rows.append([cell(""), cell(""), cell(""), cell(""), cell(lab, st), cell(""), cell(val, "br" if st else "r")])
    rows.append([])
    for n in doc["notes"]:
        while n:
            cut = n[:95].rfind(" ") if len(n) > 95 else len(n)
            rows.append([cell(n[:cut], "small")]); n = n[cut:].strip()
    if not na:
        rows.append([cell(f"{T['bank']}: {doc['iban']}", "small")])
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    widths = ["2.0cm", "6.4cm", "1.3cm", "2.0cm", "3.3cm", "1.4cm", "2.4cm"]
    colst = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    cols = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:xsl-formatting-objects:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{colst}
<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.0cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="PM" style:page-layout-name="pl1"><style:header style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Foglio1" table:style-name="ta1">{cols}{body}</table:table></office:spreadsheet></office:body></office:document>'''


def make_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    lang = doc["lang"]; T = L[lang]
    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if lang == "pl" else "Liberation Serif"; st.font.size = Pt(10)
    hp = sec.header.paragraphs[0]; hp.text = f"{doc['sup']['name']} - {' - '.join(doc['sup']['addr'])} - {T['vatid']} {doc['sup']['vat']}"
    hp.runs[0].font.size = Pt(8)
    p = d.add_paragraph(); r = p.add_run(TITLES[lang][doc["doc_type"]] or "—"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph(f"{T['no'] if not doc.get('no_amounts') else T['docno']}: {doc['number']}\n{T['date']}: {doc['date_str']}")
    p = d.add_paragraph(); p.add_run(T["buyer"] + ":\n").bold = True
    p.add_run("\n".join([doc["buy"]["name"]] + doc["buy"]["addr"] + [f"{T['vatid']} {doc['buy']['vat']}"]))
    if doc["doc_type"] == "letter":
        d.add_paragraph(f"Spett.le {doc['buy']['name']},")
        d.add_paragraph("con la presente Vi comunichiamo che, a partire dal prossimo mese, i listini in vigore subiranno "
                        "un adeguamento medio del 4%. Gli ordini già confermati saranno evasi alle condizioni precedenti.")
        d.add_paragraph("Cordiali saluti,\n" + doc["sup"]["name"])
    else:
        na = doc.get("no_amounts")
        hdr = [T["code"], T["desc"], T["qty"]] + ([] if na else [T["price"], T["vat"], T["amount"]])
        t = d.add_table(rows=1, cols=len(hdr)); t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = h
        for r in doc["rows"]:
            vals = [r["code"], r["desc"] + (f" (-{r['disc']})" if r["disc"] else ""), r["qty"]] + ([] if na else [r["price"], r["rate"], r["amount"]])
            cells = t.add_row().cells
            for i, v in enumerate(vals):
                cells[i].text = v
                if i >= 2:
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if not na:
            d.add_paragraph()
            t2 = d.add_table(rows=0, cols=2)
            for lab, val in doc["totals"]:
                cs = t2.add_row().cells; cs[0].text = lab; cs[1].text = val
                cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if lab == T["total"]:
                    for c_ in cs:
                        c_.paragraphs[0].runs[0].bold = True
    for n in doc["notes"]:
        p = d.add_paragraph(n); p.runs[0].font.size = Pt(7.5)
    if not doc.get("no_amounts"):
        d.add_paragraph(f"{T['bank']}: {doc['iban']}")
    d.save(path)


def soffice_convert(paths, outdir):
    """Convert several files with one LibreOffice start (cheaper on 2 cores)."""
    calc = []
    other = paths
    if calc:
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///work/newcorpus-s14/invoices16/_work/lo_profile",
                        "--infilter=HTML (StarCalc)", "--convert-to", "pdf", "--outdir", outdir] + calc,
                       check=False, capture_output=True, timeout=600)
    if not other:
        return
    paths = other
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///work/newcorpus-s14/invoices16/_work/lo_profile",
                    "--convert-to", "pdf", "--outdir", outdir] + paths, check=False, capture_output=True, timeout=600)
