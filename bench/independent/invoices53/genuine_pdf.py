"""Invoices drawn directly with ReportLab (canvas) and fpdf2; thermal receipts."""
import os
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont('WQY', CJK_FONT, subfontIndex=0))
pdfmetrics.registerFont(TTFont('DJV', DEJAVU))
pdfmetrics.registerFont(TTFont('DJVB', DEJAVU_B))


def fonts_for(lang):
    if lang in ('zh', 'ja'): return 'WQY', 'WQY'
    if lang == 'pl': return 'DJV', 'DJVB'
    return 'Helvetica', 'Helvetica-Bold'


def rl_invoice(out, doc, variant=0, compress=1):
    reg = doc['region']; w = W[doc['lang']]
    F, FB = fonts_for(doc['lang'])
    size = LETTER if reg == 'us' else A4
    c = canvas.Canvas(out, pagesize=size, pageCompression=compress)
    c.setTitle(f"{title(doc)} {doc['number']}"); c.setAuthor(doc['supplier']['name'])
    W_, H = size
    sup, buy = doc['supplier'], doc['buyer']
    pageno = [1]

    def header(first):
        y = H - 20 * mm
        if variant == 1:
            c.setFillColorRGB(0.12, 0.3, 0.5); c.rect(0, H - 32 * mm, W_, 32 * mm, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 15); c.drawString(18 * mm, y, sup['name'])
        c.setFont(F, 8.5); c.drawString(18 * mm, y - 5 * mm, sup['addr'])
        c.drawString(18 * mm, y - 9 * mm, f"{PROF[reg]['idlbl']}: {sup['taxid']}   Tel {sup['phone']}")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 17 if variant != 2 else 13); c.drawRightString(W_ - 18 * mm, H - 45 * mm, title(doc))
        c.setFont(F, 9)
        c.drawRightString(W_ - 18 * mm, H - 51 * mm, f"{w['no']}: {doc['number']}")
        c.drawRightString(W_ - 18 * mm, H - 56 * mm, f"{w['date']}: {fmt_date(doc['date'], reg)}")
        if first:
            c.setFont(FB, 9); c.drawString(18 * mm, H - 45 * mm, w['bill'])
            c.setFont(F, 9); c.drawString(18 * mm, H - 50 * mm, buy['name'])
            c.drawString(18 * mm, H - 55 * mm, buy['addr'][:70])
            c.drawString(18 * mm, H - 60 * mm, f"Tax ID: {buy['taxid']}")
        y = H - 70 * mm
        c.setFont(FB, 8.5)
        c.line(18 * mm, y + 4 * mm, W_ - 18 * mm, y + 4 * mm)
        cols = [(18, w['sku'], 'l'), (40, w['desc'], 'l'), (128, w['qty'], 'r'), (155, w['unit'], 'r'), (W_ / mm - 18, w['amt'], 'r')]
        for x, t, a in cols:
            (c.drawString if a == 'l' else c.drawRightString)(x * mm, y, t)
        c.line(18 * mm, y - 2 * mm, W_ - 18 * mm, y - 2 * mm)
        return y - 7 * mm

    def footer():
        c.setFont(F, 7.5)
        c.drawCentredString(W_ / 2, 10 * mm, f"{w['page']} {pageno[0]}")

    y = header(True)
    c.setFont(F, 8.5)
    for it in doc['items']:
        if y < 40 * mm:
            footer(); c.showPage(); pageno[0] += 1; y = header(False); c.setFont(F, 8.5)
        c.drawString(18 * mm, y, it['sku']); c.drawString(40 * mm, y, it['desc'][:48])
        c.drawRightString(128 * mm, y, str(it['qty'])); c.drawRightString(155 * mm, y, fmt_num(it['unit'], reg))
        c.drawRightString(W_ - 18 * mm, y, fmt_num(it['line'], reg)); y -= 5.5 * mm
    if y < 70 * mm:
        footer(); c.showPage(); pageno[0] += 1; y = header(False)
    c.line(110 * mm, y + 2 * mm, W_ - 18 * mm, y + 2 * mm); y -= 3 * mm
    lines = [(w['sub'], doc['sub'])]
    if doc['disc']: lines.append((w['disc'], -doc['disc']))
    if doc['ship']: lines.append((w['ship'], doc['ship']))
    if doc['tax_rate'] is not None: lines.append((f"{doc['tax_label']} {pct(doc['tax_rate'])}%", doc['tax']))
    for t, v in lines:
        c.setFont(F, 9); c.drawString(112 * mm, y, t); c.drawRightString(W_ - 18 * mm, y, fmt_money(v, reg)); y -= 5.5 * mm
    c.setFont(FB, 11); c.drawString(112 * mm, y - 1 * mm, f"{w['total']} {doc['cur']}"); c.drawRightString(W_ - 18 * mm, y - 1 * mm, fmt_money(doc['total'], reg))
    c.setFont(F, 8); c.drawString(18 * mm, 25 * mm, w['pay']); c.drawString(18 * mm, 21 * mm, w['thanks'])
    footer(); c.save()


def rl_receipt(out, doc):
    """80 mm thermal printer receipt."""
    reg = doc['region']; w = W[doc['lang']]
    F = 'WQY' if doc['lang'] in ('zh', 'ja') else 'Courier'
    FB = 'WQY' if F == 'WQY' else 'Courier-Bold'
    n = len(doc['items'])
    h = (95 + 9 * n + (8 if doc['tax_rate'] is not None else 0)) * mm
    c = canvas.Canvas(out, pagesize=(80 * mm, h))
    y = h - 8 * mm; cx = 40 * mm
    c.setFont(FB, 10); c.drawCentredString(cx, y, doc['supplier']['name'][:30]); y -= 4.5 * mm
    c.setFont(F, 7)
    import textwrap
    for t in textwrap.wrap(doc['supplier']['addr'], 40)[:3] + [f"{PROF[reg]['idlbl']}: {doc['supplier']['taxid']}"]:
        if t: c.drawCentredString(cx, y, t); y -= 3.5 * mm
    y -= 2 * mm; c.setFont(FB, 9); c.drawCentredString(cx, y, title(doc)); y -= 5 * mm
    c.setFont(F, 7.5)
    c.drawString(4 * mm, y, f"{doc['number']}"); c.drawRightString(76 * mm, y, fmt_date(doc['date'], reg) + ' 14:%02d' % (doc['seed'] % 60)); y -= 4 * mm
    c.drawString(4 * mm, y, f"{w['bill']}: {doc['buyer']['name'][:30]}"); y -= 3 * mm
    c.drawString(4 * mm, y, '-' * 44); y -= 4 * mm
    for it in doc['items']:
        c.drawString(4 * mm, y, it['desc'][:36]); y -= 3.6 * mm
        c.drawString(8 * mm, y, f"{it['qty']} x {fmt_num(it['unit'], reg)}"); c.drawRightString(76 * mm, y, fmt_num(it['line'], reg)); y -= 4.4 * mm
    c.drawString(4 * mm, y, '-' * 44); y -= 4 * mm
    c.drawString(4 * mm, y, w['sub']); c.drawRightString(76 * mm, y, fmt_num(doc['sub'], reg)); y -= 4 * mm
    if doc['tax_rate'] is not None:
        c.drawString(4 * mm, y, f"{doc['tax_label']} {pct(doc['tax_rate'])}%"); c.drawRightString(76 * mm, y, fmt_num(doc['tax'], reg)); y -= 4 * mm
    c.setFont(FB, 10); c.drawString(4 * mm, y - 1 * mm, w['total']); c.drawRightString(76 * mm, y - 1 * mm, fmt_money(doc['total'], reg)); y -= 8 * mm
    c.setFont(F, 7); c.drawCentredString(cx, y, 'CASH / CARD  ' + ('VISA **** %04d' % (doc['seed'] * 7 % 10000))); y -= 4 * mm
    c.drawCentredString(cx, y, w['thanks'] or '***'); y -= 6 * mm
    for i in range(40):  # barcode-ish bars
        if (doc['seed'] >> (i % 11)) & 1 or i % 3 == 0: c.rect(10 * mm + i * 1.5 * mm, y - 8 * mm, 0.8 * mm, 8 * mm, fill=1, stroke=0)
    c.save()


def fpdf_invoice(out, doc, variant=0):
    from fpdf import FPDF
    reg = doc['region']; w = W[doc['lang']]
    pdf = FPDF(format='A4' if reg != 'us' else 'Letter')
    pdf.add_font('dj', '', DEJAVU); pdf.add_font('dj', 'B', DEJAVU_B)
    pdf.set_creator('InvoiceDesk 4.2'); pdf.set_title(doc['number'])
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    sup, buy = doc['supplier'], doc['buyer']

    def hdr():
        pdf.set_font('dj', 'B', 13); pdf.cell(0, 7, sup['name'], new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('dj', '', 8); pdf.cell(0, 4, sup['addr'], new_x='LMARGIN', new_y='NEXT')
        pdf.cell(0, 4, f"{PROF[reg]['idlbl']}: {sup['taxid']}", new_x='LMARGIN', new_y='NEXT')
    pdf.add_page(); hdr()
    pdf.ln(6); pdf.set_font('dj', 'B', 16)
    if variant: pdf.set_fill_color(235, 235, 235)
    pdf.cell(0, 10, title(doc), align='C', fill=bool(variant), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('dj', '', 9); pdf.ln(3)
    y0 = pdf.get_y()
    pdf.multi_cell(95, 4.5, f"{w['bill']}:\n{buy['name']}\n{buy['addr']}\nTax ID: {buy['taxid']}")
    pdf.set_xy(120, y0)
    pdf.multi_cell(75, 4.5, f"{w['no']}: {doc['number']}\n{w['date']}: {fmt_date(doc['date'], reg)}\n{w['due']}: {fmt_date(doc['due'], reg)}", align='R')
    pdf.ln(8)
    widths = [10, 88, 18, 32, 32]
    pdf.set_font('dj', 'B', 8.5); pdf.set_fill_color(220, 228, 240)
    for wd, t in zip(widths, ['#', w['desc'], w['qty'], w['unit'], w['amt']]): pdf.cell(wd, 7, t, border=1, fill=True, align='C')
    pdf.ln(); pdf.set_font('dj', '', 8.5)
    for i, it in enumerate(doc['items']):
        vals = [str(i + 1), it['desc'], str(it['qty']), fmt_num(it['unit'], reg), fmt_num(it['line'], reg)]
        for wd, t, a in zip(widths, vals, 'CLRRR'): pdf.cell(wd, 6, t, border=1, align=a)
        pdf.ln()
    lines = [(w['sub'], fmt_money(doc['sub'], reg))]
    if doc['disc']: lines.append((w['disc'], '-' + fmt_money(doc['disc'], reg)))
    if doc['ship']: lines.append((w['ship'], fmt_money(doc['ship'], reg)))
    if doc['tax_rate'] is not None: lines.append((f"{doc['tax_label']} {pct(doc['tax_rate'])}%", fmt_money(doc['tax'], reg)))
    for t, v in lines:
        pdf.cell(90); pdf.cell(50, 6, t, border=0, align='R'); pdf.cell(40, 6, v, align='R'); pdf.ln()
    pdf.set_font('dj', 'B', 11); pdf.cell(90); pdf.cell(50, 8, f"{w['total']}", align='R'); pdf.cell(40, 8, fmt_money(doc['total'], reg), align='R'); pdf.ln(14)
    pdf.set_font('dj', '', 8); pdf.multi_cell(0, 4, w['pay'] + '\n' + w['thanks'])
    pdf.output(out)


RL_PLAN = [
 ('my', 'invoice', 0, {}), ('my', 'invoice', 1, dict(many=True)), ('my', 'invoice', 2, dict(discount=True)),
 ('sg', 'tax_invoice', 1, {}), ('sg', 'tax_invoice', 0, dict(shipping=True)), ('sg', 'tax_invoice', 2, dict(arith_error=True)),
 ('au', 'tax_invoice', 0, {}), ('au', 'tax_invoice', 1, dict(discount=True, shipping=True)), ('au', 'tax_invoice', 0, dict(many=True)),
 ('us', 'invoice', 1, dict(with_tax=False)), ('us', 'invoice', 0, {}), ('th', 'tax_invoice', 0, {}), ('th', 'tax_invoice', 2, dict(arith_error=True)),
 ('cnx', 'invoice', 0, dict(with_tax=False, shipping=True)), ('cnx', 'proforma', 1, dict(with_tax=False)), ('cnx', 'invoice', 2, dict(with_tax=False, many=True)),
 ('cn', 'tax_invoice', 0, {}), ('jp', 'invoice', 1, {}), ('de', 'invoice', 0, dict(shipping=True)), ('fr', 'invoice', 1, {}),
 ('it', 'invoice', 0, dict(discount=True)), ('es', 'invoice', 2, {}), ('nl', 'invoice', 0, {}), ('pl', 'invoice', 1, {}),
 ('id', 'invoice', 0, {}), ('my', 'credit_note', 0, {}),
]
FPDF_PLAN = [('my', 'invoice', 0, {}), ('sg', 'tax_invoice', 1, {}), ('au', 'tax_invoice', 0, dict(shipping=True)), ('us', 'invoice', 1, {}),
             ('th', 'tax_invoice', 0, dict(arith_error=True)), ('id', 'invoice', 1, dict(discount=True)), ('de', 'invoice', 0, {}),
             ('fr', 'invoice', 1, dict(shipping=True)), ('pl', 'invoice', 0, {}), ('es', 'invoice', 1, {}), ('nl', 'invoice', 0, {}),
             ('it', 'invoice', 1, dict(with_tax=False)), ('cnx', 'invoice', 0, dict(with_tax=False, many=True)), ('my', 'invoice', 1, dict(many=True))]
RECEIPT_PLAN = [('my', {}), ('sg', {}), ('au', {}), ('th', {}), ('id', {}), ('jp', {}), ('us', {}), ('my', dict(arith_error=True))]


def run():
    for i, (reg, dt, v, opt) in enumerate(RL_PLAN):
        doc = make_doc(2000 + i, reg, dt, **opt); fn = f'g_rl_{i:02d}_{reg}.pdf'
        rl_invoice(os.path.join(FILES, fn), doc, v, compress=i % 2)
        label(fn, doc, 'reportlab', pdf_pages(os.path.join(FILES, fn)))
    for i, (reg, dt, v, opt) in enumerate(FPDF_PLAN):
        doc = make_doc(3000 + i, reg, dt, **opt); fn = f'g_fpdf_{i:02d}_{reg}.pdf'
        fpdf_invoice(os.path.join(FILES, fn), doc, v)
        label(fn, doc, 'fpdf2', pdf_pages(os.path.join(FILES, fn)))
    for i, (reg, opt) in enumerate(RECEIPT_PLAN[:3]):  # a few receipts kept as the POS e-receipt PDF
        doc = make_doc(4000 + i, reg, 'receipt', n_items=None, **opt); fn = f'g_receipt_{i:02d}_{reg}.pdf'
        rl_receipt(os.path.join(FILES, fn), doc)
        label(fn, doc, 'reportlab_thermal_receipt', 1)

if __name__ == '__main__':
    run(); write_labels(RECORDS, os.path.join(WORK, 'part_pdf.jsonl'))
