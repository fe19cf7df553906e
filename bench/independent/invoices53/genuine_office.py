"""Spreadsheet (hand-written flat ODS -> LibreOffice Calc -> PDF) and Word (python-docx -> LibreOffice) invoices,
plus non-invoice documents (packing list, PO, quotation, delivery note, price list, letter)."""
import os, subprocess, shutil, csv, html
from common import *

SOFFICE_PROFILE = 'file://' + os.path.join(WORK, 'lo_profile')


def soffice_convert(srcs, outdir, filt='pdf', infilter=None):
    tmp = os.path.join(WORK, 'lo_out'); os.makedirs(tmp, exist_ok=True)
    cmd = ['/usr/bin/soffice', f'-env:UserInstallation={SOFFICE_PROFILE}', '--headless']
    if infilter: cmd.append(f'--infilter={infilter}')
    cmd += ['--convert-to', filt, '--outdir', tmp] + srcs
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    outs = []
    for s in srcs:
        b = os.path.splitext(os.path.basename(s))[0] + '.pdf'
        shutil.move(os.path.join(tmp, b), os.path.join(outdir, b)); outs.append(os.path.join(outdir, b))
    return outs


def sheet_fods(doc):
    """A flat-XML OpenDocument spreadsheet (.fods) written by hand, with column widths, for LibreOffice Calc."""
    from xml.sax.saxutils import escape as x
    w = W[doc['lang']]; reg = doc['region']
    s, b = doc['supplier'], doc['buyer']
    font = 'WenQuanYi Micro Hei' if doc['lang'] in ('zh', 'ja') else 'Liberation Sans'
    rows = []
    def row(*cells):
        out = []
        for c in cells:
            if c is None: out.append('<table:table-cell/>'); continue
            txt, st = (c if isinstance(c, tuple) else (c, 'ce1'))
            out.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{x(str(txt))}</text:p></table:table-cell>')
        rows.append('<table:table-row>' + ''.join(out) + '</table:table-row>')
    row((s['name'], 'big')); row(s['addr']); row(f"{PROF[reg]['idlbl']}: {s['taxid']}"); row()
    row((title(doc), 'big'), None, None, w['no'], doc['number'])
    row(f"{w['bill']}: {b['name']}", None, None, w['date'], fmt_date(doc['date'], reg))
    row(b['addr']); row()
    row(*[(t, 'hd') for t in (w['sku'], w['desc'], w['qty'], w['unit'], w['amt'])])
    for it in doc['items']:
        row(it['sku'], it['desc'], (str(it['qty']), 'num'), (fmt_num(it['unit'], reg), 'num'), (fmt_num(it['line'], reg), 'num'))
    row()
    lines = [(w['sub'], doc['sub'])]
    if doc['disc']: lines.append((w['disc'], -doc['disc']))
    if doc['ship']: lines.append((w['ship'], doc['ship']))
    if doc['tax_rate'] is not None: lines.append((f"{doc['tax_label']} {pct(doc['tax_rate'])}%", doc['tax']))
    for t, v in lines: row(None, None, None, t, (fmt_money(v, reg), 'num'))
    row(None, None, None, (w['total'], 'bold'), (fmt_money(doc['total'], reg), 'boldnum'))
    row(); row(w['pay'])
    cols = ['2.0cm', '6.0cm', '1.5cm', '3.4cm', '3.6cm']
    colxml = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(5))
    colst = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{c}"/></style:style>' for i, c in enumerate(cols))
    def cst(name, bold=False, right=False, size='9pt', bg=None):
        return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties{" fo:background-color=%s" % chr(34) + bg + chr(34) if bg else ""}/>'
                f'<style:paragraph-properties fo:text-align="{"end" if right else "start"}"/>'
                f'<style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="{size}" style:font-name-asian="{font}" style:font-family-asian="{font}"{" fo:font-weight=" + chr(34) + "bold" + chr(34) if bold else ""}/></style:style>')
    styles = colst + cst('ce1') + cst('num', right=True) + cst('big', bold=True, size='14pt') + cst('hd', bold=True, bg='#d9e1f2') + cst('bold', bold=True, size='10pt') + cst('boldnum', bold=True, right=True, size='10pt')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
            'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
            'office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
            f'<office:automatic-styles>{styles}</office:automatic-styles><office:body><office:spreadsheet>'
            f'<table:table table:name="Invoice">{colxml}{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document>')


def build_docx(path, doc, kind=None):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    w = W[doc['lang']]; reg = doc['region']; s, b = doc['supplier'], doc['buyer']
    d = Document()
    st = d.styles['Normal']; st.font.name = 'DejaVu Sans' if doc['lang'] not in ('zh', 'ja') else 'WenQuanYi Micro Hei'; st.font.size = Pt(9.5)
    p = d.add_paragraph(); r = p.add_run(s['name']); r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x20, 0x40, 0x70)
    d.add_paragraph(f"{s['addr']}\n{PROF[reg]['idlbl']}: {s['taxid']}  ·  {s['phone']}")
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = h.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"{w['no']}: {doc['number']}\n{w['date']}: {fmt_date(doc['date'], reg)}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(f"{w['bill']}:\n{b['name']}\n{b['addr']}")
    nonmoney = doc['doc_type'] in ('packing_list', 'delivery_note')
    cols = [w['sku'], w['desc'], w['qty']] + ([w['ctn'], w['weight']] if nonmoney else [w['unit'], w['amt']])
    t = d.add_table(rows=1, cols=len(cols)); t.style = 'Table Grid'
    for c, txt in zip(t.rows[0].cells, cols): c.text = txt
    for i, it in enumerate(doc['items']):
        vals = [it['sku'], it['desc'], str(it['qty'])] + ([str(max(1, it['qty'] // 20)), f"{(it['qty'] * 0.35 + 1):.1f}"] if nonmoney else [fmt_num(it['unit'], reg), fmt_num(it['line'], reg)])
        for c, txt in zip(t.add_row().cells, vals): c.text = txt
    if not nonmoney:
        d.add_paragraph()
        lines = [(w['sub'], doc['sub'])]
        if doc['disc']: lines.append((w['disc'], -doc['disc']))
        if doc['ship']: lines.append((w['ship'], doc['ship']))
        if doc['tax_rate'] is not None: lines.append((f"{doc['tax_label']} {pct(doc['tax_rate'])}%", doc['tax']))
        for tt, v in lines: d.add_paragraph(f"{tt}:  {fmt_money(v, reg)}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(f"{w['total']}:  {fmt_money(doc['total'], reg)}"); r.bold = True; r.font.size = Pt(12)
    if doc['doc_type'] == 'quotation': d.add_paragraph('Validity: 30 days from date of quotation. Prices subject to final confirmation.')
    elif doc['doc_type'] == 'purchase_order': d.add_paragraph('Please confirm this order and quote the PO number on your invoice.')
    elif doc['doc_type'] == 'proforma': d.add_paragraph('This proforma invoice is issued for payment in advance / customs pre-clearance only.')
    else: d.add_paragraph(w['pay'] + '\n' + w['thanks'])
    d.save(path)


def build_letter(path, doc):
    from docx import Document
    d = Document(); s, b = doc['supplier'], doc['buyer']
    d.add_paragraph(s['name']).runs[0].bold = True
    d.add_paragraph(s['addr'])
    d.add_paragraph(fmt_date(doc['date'], doc['region']))
    d.add_paragraph(f"To: {b['name']}\n{b['addr']}")
    d.add_paragraph('Re: Letter of Authorisation – Distribution of our products')
    d.add_paragraph(f"Dear Sir/Madam,\n\nWe, {s['name']}, confirm that {b['name']} is an authorised reseller of our household products "
                    f"on online marketplaces in {PROF[b['region']]['country']} for the period {doc['date'].year}–{doc['date'].year + 1}. "
                    "This letter is not an invoice and does not evidence any particular purchase.\n\nYours faithfully,\n\n\n____________________\nSales Director")
    d.save(path)


SHEET_PLAN = [('my', 'invoice', {}), ('sg', 'tax_invoice', dict(shipping=True)), ('au', 'tax_invoice', {}), ('us', 'invoice', dict(discount=True)),
              ('cnx', 'invoice', dict(with_tax=False, many=True)), ('de', 'invoice', {}), ('id', 'invoice', {}), ('jp', 'invoice', {}),
              ('th', 'tax_invoice', dict(arith_error=True)), ('pl', 'invoice', {})]
DOCX_PLAN = [('my', 'invoice', {}), ('sg', 'tax_invoice', {}), ('au', 'tax_invoice', dict(discount=True)), ('cnx', 'proforma', dict(with_tax=False)),
             ('fr', 'invoice', {}), ('it', 'invoice', dict(shipping=True)), ('es', 'invoice', {}), ('nl', 'invoice', dict(arith_error=True)),
             ('cn', 'invoice', {}), ('us', 'invoice', dict(with_tax=False))]
NONINV_PLAN = [('cnx', 'packing_list', 'docx'), ('my', 'purchase_order', 'docx'), ('cnx', 'quotation', 'docx'), ('my', 'delivery_note', 'docx'),
               ('au', 'purchase_order', 'sheet'), ('cnx', 'other', 'sheet'), ('sg', 'quotation', 'sheet'), ('de', 'delivery_note', 'docx'),
               ('cnx', 'letter', 'docx'), ('id', 'packing_list', 'docx')]


def run():
    srcs, meta = [], []
    for i, (reg, dt, opt) in enumerate(SHEET_PLAN):
        doc = make_doc(5000 + i, reg, dt, **opt); base = f'g_calc_{i:02d}_{reg}'
        src = os.path.join(WORK, base + '.fods'); open(src, 'w', encoding='utf-8').write(sheet_fods(doc))
        srcs.append(src); meta.append((base + '.pdf', doc, 'libreoffice_calc'))
    soffice_convert(srcs, FILES, 'pdf:calc_pdf_Export')
    srcs2 = []
    for i, (reg, dt, opt) in enumerate(DOCX_PLAN):
        doc = make_doc(6000 + i, reg, dt, **opt); base = f'g_docx_{i:02d}_{reg}'
        src = os.path.join(WORK, base + '.docx'); build_docx(src, doc); srcs2.append(src); meta.append((base + '.pdf', doc, 'python-docx_libreoffice'))
    srcs3, srcs4 = [], []
    for i, (reg, dt, how) in enumerate(NONINV_PLAN):
        real = 'other' if dt == 'letter' else dt
        doc = make_doc(7000 + i, reg, real, with_tax=dt in ('quotation', 'purchase_order'))
        base = f'n_{dt}_{i:02d}_{reg}'
        if dt == 'letter':
            src = os.path.join(WORK, base + '.docx'); build_letter(src, doc); srcs2.append(src); doc['total'] = D(0)
            meta.append((base + '.pdf', doc, 'python-docx_libreoffice', dict(total=None, note='letter of authorisation')))
        elif how == 'docx':
            src = os.path.join(WORK, base + '.docx'); build_docx(src, doc); srcs2.append(src); meta.append((base + '.pdf', doc, 'python-docx_libreoffice'))
        else:
            src = os.path.join(WORK, base + '.fods'); open(src, 'w', encoding='utf-8').write(sheet_fods(doc)); srcs3.append(src)
            meta.append((base + '.pdf', doc, 'libreoffice_calc'))
    soffice_convert(srcs2, FILES, 'pdf:writer_pdf_Export')
    soffice_convert(srcs3, FILES, 'pdf:calc_pdf_Export')
    for m in meta:
        fn, doc, prod = m[:3]; extra = m[3] if len(m) > 3 else {}
        label(fn, doc, prod, pdf_pages(os.path.join(FILES, fn)), **extra)

if __name__ == '__main__':
    run(); write_labels(RECORDS, os.path.join(WORK, 'part_office.jsonl'))
