"""Part 3: spreadsheets (flat ODS written by hand) and Word documents (python-docx), exported by LibreOffice."""
import os, random, subprocess, shutil, html
from common import make_doc, label, LabelSink, FILES, TMP, pdf_pages, T, money, dstr, title

E = html.escape
OFF = os.path.join(TMP, 'office'); os.makedirs(OFF, exist_ok=True)

FODS_HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="cA" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
 <style:style style:name="cB" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
 <style:style style:name="cC" style:family="table-column"><style:table-column-properties style:column-width="2.5cm"/></style:style>
 <style:style style:name="cE" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="16pt" fo:color="%s"/></style:style>
 <style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="%s" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="bx" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/></style:style>
 <style:style style:name="bxr" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #999999"/><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
 <style:style style:name="rb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="%s">
<table:table-column table:style-name="cA"/><table:table-column table:style-name="cB"/><table:table-column table:style-name="cC" table:number-columns-repeated="2"/><table:table-column table:style-name="cE"/>
'''


def cell(v, st=None, num=None):
    a = f' table:style-name="{st}"' if st else ''
    if num is not None:
        return f'<table:table-cell{a} office:value-type="float" office:value="{num}"><text:p>{E(str(v))}</text:p></table:table-cell>'
    return f'<table:table-cell{a} office:value-type="string"><text:p>{E(str(v))}</text:p></table:table-cell>' if v != '' else f'<table:table-cell{a}/>'


def row(*cells):
    return '<table:table-row>' + ''.join(cells) + '</table:table-row>\n'


def build_fods(doc, path, rng):
    s, b = doc['supplier'], doc['buyer']
    color = rng.choice(['#1f4e79', '#385723', '#7f3f00', '#404040'])
    x = FODS_HEAD % (color, color, 'Invoice' if doc['doc_type'] != 'other' else 'Prices')
    x += row(cell(''), cell(s['name'], 'big'), cell(''), cell(''), cell(title(doc), 'b'))
    for a in s['addr'] + [s['taxid']]: x += row(cell(''), cell(a))
    x += row(cell(''))
    x += row(cell(T(doc, 'billto'), 'b'), cell(b['name']), cell(''), cell(T(doc, 'no')), cell(doc['number'], 'r'))
    x += row(cell(''), cell(b['addr'][0]), cell(''), cell(T(doc, 'date')), cell(dstr(doc), 'r'))
    x += row(cell(''), cell(b['addr'][1]))
    x += row(cell(''))
    if doc['doc_type'] == 'other':
        x += row(cell('SKU', 'hd'), cell(T(doc, 'desc'), 'hd'), cell('MOQ', 'hd'), cell(T(doc, 'price'), 'hd'))
        for l in doc['lines']:
            x += row(cell(l['sku'], 'bx'), cell(l['desc'], 'bx'), cell(str(l['qty']), 'bxr'), cell(money(l['unit'], doc), 'bxr'))
    else:
        x += row(cell('SKU', 'hd'), cell(T(doc, 'desc'), 'hd'), cell(T(doc, 'qty'), 'hd'), cell(T(doc, 'price'), 'hd'), cell(T(doc, 'amount'), 'hd'))
        for l in doc['lines']:
            x += row(cell(l['sku'], 'bx'), cell(l['desc'], 'bx'), cell(l['qty'], 'bxr', l['qty']), cell(money(l['unit'], doc, False), 'bxr'), cell(money(l['amount'], doc, False), 'bxr'))
        x += row(cell(''))
        rows = [(T(doc, 'subtotal'), money(doc['subtotal'], doc))]
        if doc['discount']: rows.append((T(doc, 'discount'), '-' + money(doc['discount'], doc)))
        if doc['shipping']: rows.append((T(doc, 'shipping'), money(doc['shipping'], doc)))
        rows += [(lab, money(t, doc)) for lab, t in doc['taxes']]
        for k, v in rows: x += row(cell(''), cell(''), cell(''), cell(k), cell(v, 'r'))
        x += row(cell(''), cell(''), cell(''), cell(T(doc, 'total') + ' ' + doc['currency'], 'b'), cell(money(doc['total'], doc), 'rb'))
    x += row(cell('')) + row(cell(''), cell(T(doc, 'terms'))) + row(cell(''), cell(T(doc, 'thanks')))
    x += '</table:table></office:spreadsheet></office:body></office:document>\n'
    open(path, 'w', encoding='utf-8').write(x)


def build_docx(doc, path, rng, letter=False):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    st = d.styles['Normal']; st.font.name = rng.choice(['Calibri', 'Arial', 'Times New Roman']); st.font.size = Pt(10)
    s, b = doc['supplier'], doc['buyer']
    p = d.add_paragraph(); r = p.add_run(s['name']); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph('\n'.join(s['addr'] + [s['taxid']]))
    if letter:
        d.add_paragraph(dstr(doc)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph(b['name'] + '\n' + '\n'.join(b['addr']))
        d.add_paragraph('Re: Letter of authorization – brand distribution').runs[0].bold = True
        d.add_paragraph(f"To whom it may concern,\n\nThis letter confirms that {b['name']} purchases the products listed below directly from "
                        f"{s['name']} and is authorized to resell them on Amazon.ca and Amazon.com. This letter is not an invoice "
                        "and does not state prices.\n")
        for l in doc['lines']: d.add_paragraph(f"{l['desc']} ({l['sku']})", style='List Bullet')
        d.add_paragraph('\nSincerely,\n\n\nMarguerite Okafor-Lindqvist\nDirector of Sales')
        d.save(path); return
    h = d.add_paragraph(); r = h.add_run(title(doc)); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    t = d.add_table(rows=1, cols=2); t.style = 'Table Grid'
    t.cell(0, 0).text = T(doc, 'billto') + ':\n' + b['name'] + '\n' + '\n'.join(b['addr'])
    info = f"{T(doc, 'no')}: {doc['number']}\n{T(doc, 'date')}: {dstr(doc)}"
    if doc['doc_type'] in ('invoice', 'tax_invoice'): info += f"\n{T(doc, 'due')}: {dstr(doc, 'due')}"
    t.cell(0, 1).text = info
    d.add_paragraph()
    pr = doc['with_prices']
    heads = [T(doc, 'desc'), T(doc, 'qty')] + ([T(doc, 'price'), T(doc, 'amount')] if pr else [])
    t = d.add_table(rows=1, cols=len(heads)); t.style = 'Light Grid Accent 1' if rng.random() < .5 else 'Table Grid'
    for i, hh in enumerate(heads): t.rows[0].cells[i].text = hh
    for l in doc['lines']:
        c = t.add_row().cells
        c[0].text = l['desc']; c[1].text = str(l['qty'])
        if pr: c[2].text = money(l['unit'], doc, False); c[3].text = money(l['amount'], doc)
        for x in c[1:]: x.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if pr:
        rows = [(T(doc, 'subtotal'), money(doc['subtotal'], doc))]
        if doc['discount']: rows.append((T(doc, 'discount'), '-' + money(doc['discount'], doc)))
        if doc['shipping']: rows.append((T(doc, 'shipping'), money(doc['shipping'], doc)))
        rows += [(lab, money(tx, doc)) for lab, tx in doc['taxes']] + [(T(doc, 'total') + ' ' + doc['currency'], money(doc['total'], doc))]
        for k, v in rows:
            c = t.add_row().cells; c[2].text = k; c[3].text = v; c[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for run in c[3].paragraphs[0].runs + c[2].paragraphs[0].runs: run.bold = True
    d.add_paragraph('\n' + T(doc, 'terms') + '\n' + T(doc, 'thanks'))
    d.save(path)


def soffice_convert(paths, outdir):
    prof = 'file://' + os.path.join(TMP, 'lo_profile')
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths,
                   check=True, capture_output=True, timeout=600)


PLAN = [
 ('fods', 'CA-ON', {}), ('fods', 'CA-ON', dict(shipping=60)), ('fods', 'US-NY', {}), ('fods', 'CA-QC', dict(discount=0.05)),
 ('fods', 'MX', {}), ('fods', 'IN', dict(arith_err='line')), ('fods', 'DE', {}), ('fods', 'IT', dict(n_lines=40)),
 ('docx', 'CA-ON', {}), ('docx', 'CA-BC', dict(shipping=25)), ('docx', 'FR', {}), ('docx', 'ES', {}), ('docx', 'NL', dict(discount=0.04)),
 ('docx', 'PL', {}), ('docx', 'CN-EN', dict(money_style='code')), ('docx', 'CA-AB', {}),
 # non-invoices
 ('fods', 'US-TX', dict(doc_type='other', n_lines=10)),
 ('docx', 'CA-ON', dict(doc_type='other', n_lines=4, with_prices=False, letter=True)),
 ('docx', 'CA-QC', dict(doc_type='delivery_note', with_prices=False)),
]


def run():
    rng = random.Random(4103)
    sink = LabelSink('office')
    jobs = []
    for i, (kind, prof, opt) in enumerate(PLAN):
        opt = dict(opt); letter = opt.pop('letter', False)
        doc = make_doc(rng, prof, **opt)
        stem = f"o{i:02d}_{'calc' if kind == 'fods' else 'writer'}_{prof.lower()}"
        src = os.path.join(OFF, stem + ('.fods' if kind == 'fods' else '.docx'))
        (build_fods if kind == 'fods' else lambda d, p, r: build_docx(d, p, r, letter))(doc, src, rng)
        jobs.append((stem, kind, doc, letter))
    soffice_convert([os.path.join(OFF, f"{st}.{'fods' if k == 'fods' else 'docx'}") for st, k, _, _ in jobs], OFF)
    for stem, kind, doc, letter in jobs:
        out = os.path.join(FILES, stem + '.pdf'); shutil.move(os.path.join(OFF, stem + '.pdf'), out)
        prod = 'libreoffice_calc_fods' if kind == 'fods' else 'python-docx_libreoffice'
        rec = label(stem + '.pdf', doc, prod, pdf_pages(out))
        if letter: rec['doc_subtype'] = 'letter'
        if doc['doc_type'] == 'other' and not letter: rec['doc_subtype'] = 'price_list'
        sink.add(rec, doc=doc, src=out)
        print(stem, flush=True)
    sink.close()


if __name__ == '__main__':
    run()
