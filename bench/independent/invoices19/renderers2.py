# ReportLab "small printer" template, fpdf2 plain template, python-docx and flat-ODS sources
import os, datetime as dt
from decimal import Decimal
from common import *
from docs import LBL
from renderers import present, STATE, bank, NONPRICE

def rl_printer(doc, out, variant=0):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, A5
    cols, rows, summ, grand = present(doc, sym='Rs.')
    size = A4 if variant != 2 or len(rows) > 6 else A5
    W, H = size
    c = canvas.Canvas(out, pagesize=size, pageCompression=0)
    c.setTitle(doc['number']); c.setAuthor('')
    s, b = doc['supplier'], doc['buyer']
    mx = 28
    ink = [(0.1, 0.1, 0.45), (0.55, 0.05, 0.05), (0, 0, 0)][variant % 3]
    widths = {'S.No': 28, 'HSN/SAC': 50, 'HSN': 50, 'Qty': 40, 'Unit': 34, 'Rate': 58, 'Disc %': 36, 'Amount': 72, 'Bales/Ctn': 50, 'GST %': 40, 'Rate (Rs.)': 70}
    fixed = sum(widths.get(k, 0) for k in cols)
    dw = (W - 2 * mx) - fixed
    cw = [widths.get(k, dw) for k in cols]
    per_page = 22 if size == A4 else 8
    chunks = [rows[i:i+per_page] for i in range(0, max(1, len(rows)), per_page)] or [[]]
    for pi, chunk in enumerate(chunks):
        c.setStrokeColorRGB(*ink); c.setFillColorRGB(*ink)
        c.rect(mx - 6, 24, W - 2 * mx + 12, H - 48)
        y = H - 44
        c.setFont('Helvetica', 8); c.drawString(mx, y + 6, 'GSTIN : ' + s['tax'].split(': ')[1]); c.drawRightString(W - mx, y + 6, 'Mob. 98' + str(sum(map(ord, s['name'])) * 7331 % 10**8).zfill(8))
        c.setFont('Helvetica-Bold', 17 if size == A4 else 13); c.drawCentredString(W / 2, y - 14, s['name'].upper())
        c.setFont('Helvetica', 8); c.drawCentredString(W / 2, y - 26, ', '.join(s['addr']))
        c.setFont('Helvetica-Bold', 10); c.drawCentredString(W / 2, y - 42, doc['title'])
        c.line(mx - 6, y - 48, W - mx + 6, y - 48)
        y -= 62
        c.setFont('Helvetica', 8.5)
        c.drawString(mx, y, 'M/s. '); c.setFont('Helvetica-Bold', 9); c.drawString(mx + 24, y, b['name']); c.setFont('Helvetica', 8.5)
        for i, a in enumerate(b['addr'] + [b.get('tax', '')]): c.drawString(mx + 24, y - 11 * (i + 1), a)
        c.drawString(W * 0.62, y, 'Bill No. : ' + doc['number'])
        c.drawString(W * 0.62, y - 11, 'Date : ' + fdate(doc['date'], doc['ds']))
        c.drawString(W * 0.62, y - 22, 'State : ' + STATE.get(b.get('state', 8), '') + ' (%02d)' % b.get('state', 8))
        if len(chunks) > 1: c.drawString(W * 0.62, y - 33, f'Page {pi+1} of {len(chunks)}')
        y -= 56
        c.line(mx - 6, y + 12, W - mx + 6, y + 12); c.line(mx - 6, y - 4, W - mx + 6, y - 4)
        x = mx; c.setFont('Helvetica-Bold', 8)
        for k, w in zip(cols, cw):
            c.drawString(x + 2, y, k); x += w
        y -= 16; c.setFont('Helvetica', 8.5)
        top = y + 28
        for r in chunk:
            x = mx
            for j, (v, w) in enumerate(zip(r, cw)):
                if cols[j] in ('Qty', 'Rate', 'Disc %', 'Amount', 'Bales/Ctn', 'Rate (Rs.)'): c.drawRightString(x + w - 3, y, v)
                else: c.drawString(x + 2, y, v[:int(w / 4.3)])
                x += w
            y -= 14
        x = mx
        for w in cw[:-1]:
            x += w; c.line(x, top, x, y + 8)
        if pi < len(chunks) - 1:
            c.drawRightString(W - mx, y - 6, 'Continued...'); c.showPage(); continue
        c.line(mx - 6, y + 8, W - mx + 6, y + 8)
        y -= 6
        for a, v in summ:
            c.drawRightString(W - mx - 80, y, a); c.drawRightString(W - mx - 2, y, v); y -= 12
        if grand:
            c.setFont('Helvetica-Bold', 10); c.drawRightString(W - mx - 80, y - 2, grand[0]); c.drawRightString(W - mx - 2, y - 2, grand[1]); y -= 18
            c.setFont('Helvetica-Oblique', 8.5); c.drawString(mx, y, doc['words']); y -= 14
        c.setFont('Helvetica', 7.5)
        c.drawString(mx, y - 4, 'Bank: ' + bank(doc))
        c.drawString(mx, 60, 'E. & O.E.   Goods once sold will not be taken back. Subject to Jaipur Jurisdiction.')
        if doc['kind'] == 'bill_of_supply': c.drawString(mx, 70, 'Composition taxable person, not eligible to collect tax on supplies.')
        c.setFont('Helvetica-Bold', 8.5); c.drawRightString(W - mx, 60 + 22, 'For ' + s['name']); c.setFont('Helvetica', 8); c.drawRightString(W - mx, 36, 'Auth. Signatory')
        c.drawString(mx, 36, "Receiver's Signature")
        c.showPage()
    c.save()

def fpdf_plain(doc, out, unicode_font=False):
    from fpdf import FPDF
    cols, rows, summ, grand = present(doc, sym='code')
    L = LBL[doc['lang']]
    pdf = FPDF('P', 'mm', 'Letter' if doc['currency'] == 'USD' else 'A4')
    pdf.set_auto_page_break(True, 20)
    if unicode_font:
        pdf.add_font('dv', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); pdf.add_font('dv', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'); F = 'dv'
    else: F = 'helvetica'
    clean = (lambda t: t) if unicode_font else (lambda t: t.replace('€', 'EUR').replace('’', "'").encode('latin-1', 'replace').decode('latin-1'))
    s, b = doc['supplier'], doc['buyer']
    pdf.add_page()
    pdf.set_font(F, 'B', 16); pdf.cell(0, 8, clean(s['name']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 9)
    for a in s['addr'] + [s['tax']]: pdf.cell(0, 4.5, clean(a), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4); pdf.set_font(F, 'B', 13); pdf.cell(0, 7, clean(doc['title']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 9)
    y0 = pdf.get_y()
    pdf.cell(100, 5, clean(L['bill'] + ':'), new_x='LMARGIN', new_y='NEXT'); pdf.set_font(F, 'B', 10); pdf.cell(100, 5, clean(b['name']), new_x='LMARGIN', new_y='NEXT'); pdf.set_font(F, '', 9)
    for a in b['addr'] + [b.get('tax', '')]: pdf.cell(100, 4.5, clean(a), new_x='LMARGIN', new_y='NEXT')
    y1 = pdf.get_y(); pdf.set_xy(120, y0)
    pdf.cell(0, 5, clean(f"{L['no']}: {doc['number']}"), new_x='LEFT', new_y='NEXT')
    pdf.cell(0, 5, clean(f"{L['date']}: {fdate(doc['date'], doc['ds'])}"), new_x='LEFT', new_y='NEXT')
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    widths = [8, 90, 18, 16, 28, 30] if len(cols) == 6 else [80, 25, 25, 25, 30]
    pdf.set_font(F, 'B', 9); pdf.set_fill_color(230, 230, 230)
    for cname, w in zip(cols, widths): pdf.cell(w, 6, clean(cname), border=1, fill=True)
    pdf.ln()
    pdf.set_font(F, '', 9)
    for r in rows:
        for j, (v, w) in enumerate(zip(r, widths)):
            pdf.cell(w, 5.5, clean(v)[:60], border='LR', align='R' if j >= 2 and len(cols) == 6 or (len(cols) == 5 and j >= 1) else 'L')
        pdf.ln()
    pdf.cell(sum(widths), 0, '', border='T', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    for a, v in summ:
        if not v: pdf.set_font(F, '', 7.5); pdf.cell(0, 5, clean(a), align='R', new_x='LMARGIN', new_y='NEXT'); pdf.set_font(F, '', 9); continue
        pdf.set_x(110); pdf.cell(55, 5, clean(a)); pdf.cell(0, 5, clean(v), align='R', new_x='LMARGIN', new_y='NEXT')
    if grand:
        pdf.set_font(F, 'B', 11); pdf.set_x(110); pdf.cell(55, 7, clean(grand[0])); pdf.cell(0, 7, clean(grand[1]), align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(8); pdf.set_font(F, '', 8); pdf.multi_cell(0, 4, clean(L['terms']))
    pdf.set_creator('')
    pdf.output(out)

def docx_src(doc, out, style=0):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    cols, rows, summ, grand = present(doc, sym='₹' if doc['region'] == 'IN' else None)
    d = Document()
    sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297); sec.left_margin = sec.right_margin = Mm(16); sec.top_margin = Mm(14)
    st = d.styles['Normal']; st.font.name = ['Calibri', 'Liberation Serif', 'DejaVu Sans'][style % 3]; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    s, b = doc['supplier'], doc['buyer']
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(s['name']); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x8B, 0x1A, 0x1A) if style % 2 else RGBColor(0, 0, 0)
    p = d.add_paragraph(', '.join(s['addr']) + '\n' + s.get('tax', '')); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(doc['title']); r.bold = True; r.font.size = Pt(13); r.underline = True
    L = LBL[doc['lang']] if doc['region'] != 'IN' else dict(no='Invoice No.', date='Date', bill='Bill To')
    if doc['kind'] == 'purchase_order': L = dict(no='PO No.', date='PO Date', bill='To (Vendor)')
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = L['bill'] + ':\n' + b['name'] + '\n' + '\n'.join(b['addr']) + '\n' + b.get('tax', '')
    t.cell(0, 1).text = f"{L['no']}: {doc['number']}\n{L['date']}: {fdate(doc['date'], doc['ds'])}" + (f"\nPlace of Supply: {STATE.get(b.get('state',8),'')}" if doc['region'] == 'IN' else '')
    d.add_paragraph()
    t = d.add_table(rows=1, cols=len(cols)); t.style = 'Table Grid'
    for i, cn in enumerate(cols):
        t.rows[0].cells[i].text = cn; t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for rr in rows:
        cells = t.add_row().cells
        for i, v in enumerate(rr):
            cells[i].text = v
            if i >= len(cols) - 3 and i > 1: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for a, v in summ + ([grand] if grand else []):
        cells = t.add_row().cells
        cells[1].text = a; cells[-1].text = v; cells[-1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if (a, v) == grand:
            for c in (cells[1], cells[-1]): c.paragraphs[0].runs[0].bold = True
    n = len(cols); ow = 15.5; lw = 30; dw = 178 - 9 - lw - ow * (n - 3)
    t.autofit = False
    wl = [Mm(9 if i == 0 else dw if i == 1 else lw if i == n - 1 else ow) for i in range(n)]
    for i, col in enumerate(t.columns): col.width = wl[i]
    for row_ in t.rows:
        for i, cell in enumerate(row_.cells): cell.width = wl[i]
    if grand and doc['region'] == 'IN': d.add_paragraph('Amount in words: ' + doc['words'])
    if doc['region'] == 'IN':
        d.add_paragraph('Bank Details: ' + bank(doc) + '\nTerms: Goods once sold will not be taken back. Interest @18% after due date. Subject to Jaipur jurisdiction.')
        p = d.add_paragraph('\nFor ' + s['name'] + '\n\n\nProprietor / Authorised Signatory'); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        d.add_paragraph(L.get('terms', ''))
    d.save(out)

def fods_src(doc, out):
    from xml.sax.saxutils import escape as x
    cols, rows, summ, grand = present(doc, sym='Rs.' if doc['region'] == 'IN' else None)
    s, b = doc['supplier'], doc['buyer']
    L = LBL[doc['lang']] if doc['region'] != 'IN' else dict(no='Invoice No.', date='Date', bill='Buyer')
    n = len(cols)
    def row(vals, style='ce1'):
        return '<table:table-row>' + ''.join('<table:table-cell/>' if v == '' else f'<table:table-cell table:style-name="{style if not (isinstance(v, tuple)) else v[1]}" office:value-type="string"><text:p>{x(v[0] if isinstance(v, tuple) else v)}</text:p></table:table-cell>' for v in vals) + '</table:table-row>'
    R_ = []
    R_.append(row([(s['name'], 'big')] + [''] * (n - 1)))
    for a in s['addr'] + [s.get('tax', '')]: R_.append(row([a] + [''] * (n - 1)))
    R_.append(row([''] * n)); R_.append(row([(doc['title'], 'bold')] + [''] * (n - 1)))
    R_.append(row([L['bill'] + ':', (b['name'], 'bold')] + [''] * (n - 4) + [L['no'], doc['number']]))
    R_.append(row(['', ', '.join(b['addr'])] + [''] * (n - 4) + [L['date'], fdate(doc['date'], doc['ds'])]))
    R_.append(row(['', b.get('tax', '')] + [''] * (n - 2)))
    R_.append(row([''] * n))
    R_.append(row([(c, 'hdr') for c in cols]))
    for r in rows: R_.append(row([(v, 'grid' if i < 2 else 'gridr') for i, v in enumerate(r)]))
    for a, v in summ: R_.append(row([''] * (n - 3) + [(a, 'ce1'), '', (v, 'num')]))
    if grand: R_.append(row([''] * (n - 3) + [(grand[0], 'bold'), '', (grand[1], 'boldnum')]))
    if grand and doc['region'] == 'IN': R_.append(row([(doc['words'], 'ital')] + [''] * (n - 1)))
    colw = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(n))
    cw_styles = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(([1.0, 17.8 - 1.0 - 1.85 * (n - 2)] + [1.85] * (n - 2)) if n > 5 else [8.0, 2.3, 2.3, 2.5, 2.6]))
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cw_styles}
<style:style style:name="ta1" style:family="table" style:master-page-name="Inv"><style:table-properties table:display="true"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-left="1.3cm" fo:margin-right="1cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
<style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name="Liberation Sans"/></style:style>
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="ital" style:family="table-cell"><style:text-properties fo:font-size="9pt" fo:font-style="italic"/></style:style>
<style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="gridr" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="num" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="boldnum" style:family="table-cell"><style:table-cell-properties fo:border-top="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Inv" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice" table:style-name="ta1">{colw}{''.join(R_)}</table:table></office:spreadsheet></office:body></office:document>'''
    open(out, 'w').write(xml)
