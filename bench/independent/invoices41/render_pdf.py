"""Direct PDF producers: ReportLab (classic layout, thermal receipt) and fpdf2."""
import os, random, datetime
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import T, money, dstr, title, DEJAVU, DEJAVU_B, DEJAVU_MONO, WQY

pdfmetrics.registerFont(TTFont('DV', DEJAVU)); pdfmetrics.registerFont(TTFont('DVB', DEJAVU_B))
pdfmetrics.registerFont(TTFont('DVM', DEJAVU_MONO))
try:
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
except Exception:
    pass


def fonts_for(doc):
    if doc['lang'] in ('ja', 'zh'): return 'WQY', 'WQY'
    if doc['lang'] == 'pl': return 'DV', 'DVB'
    return 'Helvetica', 'Helvetica-Bold'


def rl_classic(doc, out, rng, accent=(0.1, 0.2, 0.45)):
    F, FB = fonts_for(doc)
    size = letter if doc['prof_key'].startswith(('CA', 'US')) else A4
    W, H = size
    c = canvas.Canvas(out, pagesize=size, pageCompression=1)
    c.setTitle(f"{title(doc)} {doc['number']}"); c.setAuthor(doc['supplier']['name'])
    s, b = doc['supplier'], doc['buyer']
    page = [1]

    def header():
        c.setFillColorRGB(*accent); c.rect(0, H - 14 * mm, W, 14 * mm, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont(FB, 15); c.drawString(18 * mm, H - 10 * mm, s['name'])
        c.setFillColorRGB(0, 0, 0)

    header()
    y = H - 24 * mm
    c.setFont(F, 8.5)
    for a in s['addr'] + [s['taxid']]:
        c.drawString(18 * mm, y, a); y -= 11
    c.setFont(FB, 20); c.drawRightString(W - 18 * mm, H - 26 * mm, title(doc))
    c.setFont(F, 9)
    ry = H - 34 * mm
    fields = [(T(doc, 'no'), doc['number']), (T(doc, 'date'), dstr(doc))]
    if doc['doc_type'] in ('invoice', 'tax_invoice'): fields.append((T(doc, 'due'), dstr(doc, 'due')))
    for k, v in fields:
        c.drawRightString(W - 50 * mm, ry, k + ':'); c.drawRightString(W - 18 * mm, ry, v); ry -= 12
    y = min(y, ry) - 14
    c.setFont(FB, 9); c.drawString(18 * mm, y, T(doc, 'billto') + ':'); y -= 12
    c.setFont(F, 9); c.drawString(18 * mm, y, b['name']); y -= 11
    for a in b['addr']:
        c.drawString(18 * mm, y, a); y -= 11
    y -= 14
    cols = [18 * mm, 40 * mm, W - 80 * mm, W - 52 * mm, W - 18 * mm]

    def thead(y):
        c.setFillColorRGB(0.92, 0.92, 0.92); c.rect(18 * mm, y - 4, W - 36 * mm, 14, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8.5)
        c.drawString(cols[0] + 2, y, 'SKU'); c.drawString(cols[1], y, T(doc, 'desc')); c.drawRightString(cols[2], y, T(doc, 'qty'))
        if doc['with_prices']:
            c.drawRightString(cols[3], y, T(doc, 'price')); c.drawRightString(cols[4], y, T(doc, 'amount'))
        return y - 16

    y = thead(y)
    c.setFont(F, 8.5)
    for l in doc['lines']:
        if y < 40 * mm:
            c.setFont(F, 7); c.drawRightString(W - 18 * mm, 12 * mm, f"{T(doc, 'page')} {page[0]}"); c.showPage(); page[0] += 1
            header(); y = thead(H - 26 * mm); c.setFont(F, 8.5)
        c.drawString(cols[0] + 2, y, l['sku']); c.drawString(cols[1], y, l['desc'][:60]); c.drawRightString(cols[2], y, str(l['qty']))
        if doc['with_prices']:
            c.drawRightString(cols[3], y, money(l['unit'], doc, False)); c.drawRightString(cols[4], y, money(l['amount'], doc, False))
        c.setStrokeColorRGB(0.85, 0.85, 0.85); c.line(18 * mm, y - 4, W - 18 * mm, y - 4)
        y -= 15
    if doc['with_prices']:
        if y < 60 * mm:
            c.showPage(); page[0] += 1; header(); y = H - 30 * mm
        y -= 8
        rows = [(T(doc, 'subtotal'), money(doc['subtotal'], doc))]
        if doc['discount']: rows.append((T(doc, 'discount'), '-' + money(doc['discount'], doc)))
        if doc['shipping']: rows.append((T(doc, 'shipping'), money(doc['shipping'], doc)))
        rows += [(lab, money(t, doc)) for lab, t in doc['taxes']]
        c.setFont(F, 9)
        for k, v in rows:
            c.drawRightString(W - 52 * mm, y, k); c.drawRightString(W - 18 * mm, y, v); y -= 13
        c.setFont(FB, 11); c.drawRightString(W - 52 * mm, y - 4, f"{T(doc, 'total')} {doc['currency']}")
        c.drawRightString(W - 18 * mm, y - 4, money(doc['total'], doc))
    c.setFont(F, 7.5); c.drawString(18 * mm, 20 * mm, T(doc, 'terms')); c.drawString(18 * mm, 16 * mm, T(doc, 'thanks'))
    if page[0] > 1: c.drawRightString(W - 18 * mm, 12 * mm, f"{T(doc, 'page')} {page[0]}")
    c.save()


STORES = ['COSTWISE WHOLESALE #{}', 'BUILD-IT DEPOT #{}', 'OFFICEMAXX SUPERSTORE {}', 'GIANT TIGERLILY #{}', 'CANADIAN HOMEWARE HUB {}']


def rl_thermal(doc, out, rng):
    """Long thin big-box-store receipt (80 mm roll)."""
    F = 'Courier' if doc['lang'] != 'pl' else 'DVM'
    n = len(doc['lines'])
    Wd = 80 * mm; Hd = (120 + 11 * n * 2 + 60) * mm / 3 + 60 * mm
    c = canvas.Canvas(out, pagesize=(Wd, Hd), pageCompression=1)
    y = Hd - 10 * mm
    def line(t, size=7.5, center=False, bold=False):
        nonlocal y
        c.setFont('Courier-Bold' if bold and F == 'Courier' else F, size)
        if center: c.drawCentredString(Wd / 2, y, t)
        else: c.drawString(4 * mm, y, t)
        y -= size * 1.35
    def lr(a, b_, size=7.5, bold=False):
        nonlocal y
        c.setFont('Courier-Bold' if bold and F == 'Courier' else F, size)
        c.drawString(4 * mm, y, a); c.drawRightString(Wd - 4 * mm, y, b_); y -= size * 1.35
    line(doc['supplier']['name'], 10, True, True)
    for a in doc['supplier']['addr']: line(a, 7, True)
    line(doc['supplier']['taxid'], 6.5, True)
    line('-' * 40, 7)
    d = datetime.date.fromisoformat(doc['date'])
    line(f"{dstr(doc)}  {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}  TRN {doc['number']}", 7)
    line(f"MEMBER: {doc['buyer']['name'][:28]}", 7)
    line('-' * 40, 7)
    for l in doc['lines']:
        line(f"{l['sku']} {l['desc'][:24].upper()}", 7)
        lr(f"   {l['qty']} @ {money(l['unit'], doc, False)}", money(l['amount'], doc, False) + ' H', 7)
    line('-' * 40, 7)
    lr('SUBTOTAL', money(doc['subtotal'], doc, False))
    if doc['discount']: lr('INSTANT SAVINGS', '-' + money(doc['discount'], doc, False))
    for lab, t in doc['taxes']: lr(lab.upper(), money(t, doc, False))
    lr('TOTAL', money(doc['total'], doc), 10, True)
    lr('VISA TEND', money(doc['total'], doc, False))
    line(f"CARD ************{rng.randint(1000, 9999)}  AUTH {rng.randint(100000, 999999)}", 6.5)
    line('-' * 40, 7)
    line(f"# ITEMS SOLD {sum(l['qty'] for l in doc['lines'])}", 7, True)
    line('RETURNS WITHIN 30 DAYS WITH RECEIPT', 6.5, True)
    # barcode
    x = 10 * mm; y -= 4
    for _ in range(60):
        w = rng.choice([0.6, 1.2, 1.8]); c.rect(x, y - 28, w, 28, fill=1, stroke=0); x += w + rng.choice([0.6, 1.2])
    y -= 40
    line(doc['number'] + f"{rng.randint(10**9, 10**10 - 1)}", 6.5, True)
    c.save()


def fpdf_simple(doc, out, rng):
    from fpdf.errors import FPDFUnicodeEncodingException
    try:
        _fpdf(doc, out, rng, doc['lang'] in ('pl', 'ja', 'zh'))
    except FPDFUnicodeEncodingException:
        _fpdf(doc, out, rng, True)


def _fpdf(doc, out, rng, uni):
    from fpdf import FPDF
    pdf = FPDF(format='A4' if not doc['prof_key'].startswith(('CA', 'US')) else 'letter')
    pdf.set_auto_page_break(True, 20)
    pdf.set_creator('InvoiceMate 3.2'); pdf.set_title(title(doc))
    if uni:
        pdf.add_font('dv', '', WQY if doc['lang'] in ('ja', 'zh') else DEJAVU); pdf.add_font('dv', 'B', WQY if doc['lang'] in ('ja', 'zh') else DEJAVU_B)
        fam = 'dv'
    else:
        fam = 'helvetica'
    pdf.add_page()
    s, b = doc['supplier'], doc['buyer']
    pdf.set_font(fam, 'B', 16); pdf.cell(0, 9, s['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fam, '', 9)
    for a in s['addr'] + [s['taxid']]: pdf.cell(0, 4.5, a, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    pdf.set_font(fam, 'B', 13); pdf.cell(0, 8, title(doc), border='B', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
    pdf.set_font(fam, '', 9)
    y0 = pdf.get_y()
    pdf.multi_cell(90, 4.5, T(doc, 'billto') + ':\n' + b['name'] + '\n' + '\n'.join(b['addr']), border=1)
    pdf.set_xy(120, y0)
    pdf.multi_cell(0, 4.5, f"{T(doc, 'no')}: {doc['number']}\n{T(doc, 'date')}: {dstr(doc)}", border=1)
    pdf.set_y(y0 + 4.5 * (2 + len(b['addr']))); pdf.ln(6)
    w = [95, 18, 32, 35] if doc['with_prices'] else [150, 30]
    pdf.set_font(fam, 'B', 9); pdf.set_fill_color(230, 230, 230)
    heads = [T(doc, 'desc'), T(doc, 'qty')] + ([T(doc, 'price'), T(doc, 'amount')] if doc['with_prices'] else [])
    for wi, h in zip(w, heads): pdf.cell(wi, 7, h, border=1, fill=True, align='C')
    pdf.ln(); pdf.set_font(fam, '', 9)
    for l in doc['lines']:
        pdf.cell(w[0], 6, l['desc'][:55], border=1); pdf.cell(w[1], 6, str(l['qty']), border=1, align='R')
        if doc['with_prices']:
            pdf.cell(w[2], 6, money(l['unit'], doc, False), border=1, align='R'); pdf.cell(w[3], 6, money(l['amount'], doc), border=1, align='R')
        pdf.ln()
    if doc['with_prices']:
        rows = [(T(doc, 'subtotal'), money(doc['subtotal'], doc))]
        if doc['discount']: rows.append((T(doc, 'discount'), '-' + money(doc['discount'], doc)))
        if doc['shipping']: rows.append((T(doc, 'shipping'), money(doc['shipping'], doc)))
        rows += [(lab, money(t, doc)) for lab, t in doc['taxes']]
        for k, v in rows:
            pdf.cell(w[0] + w[1], 6, ''); pdf.cell(w[2], 6, k, border=1); pdf.cell(w[3], 6, v, border=1, align='R'); pdf.ln()
        pdf.set_font(fam, 'B', 10)
        pdf.cell(w[0] + w[1], 7, ''); pdf.cell(w[2], 7, T(doc, 'total'), border=1); pdf.cell(w[3], 7, money(doc['total'], doc), border=1, align='R'); pdf.ln()
    pdf.ln(10); pdf.set_font(fam, '', 8); pdf.multi_cell(0, 4, T(doc, 'terms') + '\n' + T(doc, 'thanks'))
    pdf.output(out)
