"""Word (python-docx) and spreadsheet (CSV / flat ODS with formulas) invoices exported to PDF by LibreOffice."""
import os, random, subprocess, copy, shutil, json
from common import *
from xml.sax.saxutils import escape as xe

def soffice_convert(paths, outdir):
    if not paths: return
    prof = 'file://' + os.path.join(WORK, 'lo_profile')
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

def build_docx(doc, path, font='Calibri', total_override=None):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = T(doc); s, b = doc['supplier'], doc['buyer']; p = doc['prof']
    d = Document(); st = d.styles['Normal']; st.font.name = font; st.font.size = Pt(10)
    sec = d.sections[0]; sec.page_height = Mm(297); sec.page_width = Mm(210); sec.left_margin = Mm(22); sec.right_margin = Mm(18)
    hp = sec.header.paragraphs[0]; r = hp.add_run(s['name']); r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x2e, 0x4a, 0x62)
    sec.header.add_paragraph(f"{s['street']} | {s['city']} | {t['vatid']} {s['vat']}").runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]; fp.text = f"{t['bank']}: IBAN {s['iban']}  ·  {s['phone']}"; fp.runs[0].font.size = Pt(7.5)
    d.add_paragraph()
    pb = d.add_paragraph(); pb.add_run(f"{b['name']}\n").bold = True; pb.add_run(f"{b['street']}\n{b['city']}\n{t['vatid']}: {b['vat']}")
    pi = d.add_paragraph(); pi.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pi.add_run(f"{t['no']}: {doc['number']}\n{t['date']}: {DT(doc)}\n{t['customer']}: {doc['customer_no']}")
    if p['country'] in ('AT', 'DE'): pi.add_run(f"\n{t['period']}: {DT(doc, doc['period_from'])} – {DT(doc)}")
    h = d.add_paragraph(); rr = h.add_run(f"{title(doc)} {doc['number']}"); rr.bold = True; rr.font.size = Pt(15)
    priced = doc['doc_type'] not in ('packing_list', 'delivery_note')
    hdr = [t['pos'], t['desc'], t['qty']] + ([t['price'], t['amount']] if priced else [])
    tb = d.add_table(rows=1, cols=len(hdr)); tb.style = 'Light Grid Accent 1' if font == 'Calibri' else 'Table Grid'
    for c, x in zip(tb.rows[0].cells, hdr): c.text = x
    for l in doc['lines']:
        row = tb.add_row().cells
        vals = [str(l['pos']), l['desc'], qty_str(doc, l)] + ([N(doc, l['price']), N(doc, l['amount'])] if priced else [])
        for k, (c, x) in enumerate(zip(row, vals)):
            c.text = x
            if k >= 2: c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if priced and doc['total'] is not None:
        rows = [(t['subtotal'], M(doc, doc['subtotal']))]
        if doc['discount']: rows.append((f"{t['discount']} {doc['disc_pct']} %", '– ' + M(doc, doc['discount'])))
        if doc['shipping']: rows.append((t['shipping'], M(doc, doc['shipping'])))
        for rt, base, tx in doc['taxes']:
            if rt == 0: continue
            rows.append((f"{p['taxname']} {rate_str(doc, rt)}", M(doc, tx)))
        rows.append((t['total'], M(doc, total_override if total_override is not None else doc['total'])))
        d.add_paragraph()
        st2 = d.add_table(rows=0, cols=2)
        for k, (a, v) in enumerate(rows):
            c = st2.add_row().cells; c[0].text = a; c[1].text = v; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if k == len(rows) - 1:
                for cc in c: cc.paragraphs[0].runs[0].bold = True
    d.add_paragraph(); d.add_paragraph(f"{t['terms']}\n{t['thanks']}")
    d.core_properties.author = 'Buchhaltung'; d.core_properties.title = f"{title(doc)} {doc['number']}"
    d.save(path)

def build_csv(doc, path):
    t = T(doc); s, b = doc['supplier'], doc['buyer']; p = doc['prof']
    rows = [[s['name'], '', '', '', ''], [s['street'] + ', ' + s['city'], '', '', '', ''], [t['vatid'] + ' ' + s['vat'], '', '', '', ''], [],
            [t['buyer'] + ':', b['name'], '', t['no'], doc['number']], ['', b['street'], '', t['date'], DT(doc)], ['', b['city'], '', t['customer'], doc['customer_no']], [],
            [title(doc).upper()], [t['pos'], t['desc'], t['qty'], t['price'], t['amount']]]
    for l in doc['lines']: rows.append([str(l['pos']), l['desc'], qty_str(doc, l), N(doc, l['price']), N(doc, l['amount'])])
    rows.append([])
    rows.append(['', '', '', t['subtotal'], N(doc, doc['subtotal'])])
    if doc['discount']: rows.append(['', '', '', f"{t['discount']} {doc['disc_pct']}%", '-' + N(doc, doc['discount'])])
    if doc['shipping']: rows.append(['', '', '', t['shipping'], N(doc, doc['shipping'])])
    for rt, base, tx in doc['taxes']:
        if rt: rows.append(['', '', '', f"{p['taxname']} {rate_str(doc, rt)}", N(doc, tx)])
    rows.append(['', '', '', f"{t['total']} {p['cur']}", N(doc, doc['total'])])
    rows += [[], [t['terms']], [f"IBAN {s['iban']}"]]
    with open(path, 'w', encoding='utf-8') as f:
        for r in rows: f.write(';'.join('"' + x.replace('"', '""') + '"' for x in r) + '\n')

def build_fods(doc, path, lang='de', country='AT', plain=False):
    """flat ODS with live formulas; totals are computed by LibreOffice"""
    t = T(doc); s, b = doc['supplier'], doc['buyer']; p = doc['prof']
    def tc(x, st='Default'): return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{xe(str(x))}</text:p></table:table-cell>'
    def nc(v, st='Num'): return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
    def fc(f, st='Num'): return f'<table:table-cell table:style-name="{st}" table:formula="of:={xe(f)}" office:value-type="float" office:value="0"><text:p></text:p></table:table-cell>'
    E = '<table:table-cell/>'
    R = []
    R.append(tc(s['name'], 'Big')); R_rows = [[tc(s['name'], 'Big')], [tc(f"{s['street']}, {s['city']}")], [tc(f"{t['vatid']} {s['vat']}")], [],
              [tc(b['name'], 'Bold'), E, E, tc(t['no']), tc(doc['number'])], [tc(b['street']), E, E, tc(t['date']), tc(DT(doc))],
              [tc(b['city']), E, E, tc(t['customer']), tc(doc['customer_no'])], [], [tc(f"{title(doc)} {doc['number']}", 'Big')],
              [tc(t['pos'], 'Hdr'), tc(t['desc'], 'Hdr'), tc(t['qty'], 'Hdr'), tc(t['price'], 'Hdr'), tc(t['amount'], 'Hdr')]]
    first = len(R_rows) + 1
    for l in doc['lines']:
        r = len(R_rows) + 1
        R_rows.append([nc(l['pos'], 'Default'), tc(l['desc']), nc(l['qty'], 'Default'), nc(l['price']), fc(f'[.C{r}]*[.D{r}]')] if not plain else
                      [tc(l['pos']), tc(l['desc']), tc(qty_str(doc, l)), tc(N(doc, l['price']), 'R'), tc(N(doc, l['amount']), 'R')])
    last = len(R_rows)
    if plain:
        R_rows.append([])
        R_rows.append([E, E, E, tc(t['subtotal']), tc(N(doc, doc['subtotal']), 'R')])
        if doc['discount']: R_rows.append([E, E, E, tc(f"{t['discount']} {doc['disc_pct']} %"), tc('-' + N(doc, doc['discount']), 'R')])
        if doc['shipping']: R_rows.append([E, E, E, tc(t['shipping']), tc(N(doc, doc['shipping']), 'R')])
        for rt, base, tx in doc['taxes']:
            if rt: R_rows.append([E, E, E, tc(f"{p['taxname']} {rate_str(doc, rt)}"), tc(N(doc, tx), 'R')])
        R_rows.append([E, E, E, tc(f"{t['total']} {p['cur']}", 'Bold'), tc(N(doc, doc['total']), 'Bold')])
        R_rows += [[], [tc(t['terms'])], [tc(f"IBAN {s['iban']}")]]
        return write_fods(R_rows, path, lang, country)
    R_rows.append([]); rs = len(R_rows) + 1
    R_rows.append([E, E, E, tc(t['subtotal']), fc(f'SUM([.E{first}:.E{last}])')]); cur = rs
    if doc['disc_pct']:
        R_rows.append([E, E, E, tc(f"{t['discount']} {doc['disc_pct']} %"), fc(f'-ROUND([.E{rs}]*{doc["disc_pct"]}/100;2)')])
    if doc['shipping']:
        R_rows.append([E, E, E, tc(t['shipping']), nc(doc['shipping'])])
    nr = len(R_rows) + 1
    R_rows.append([E, E, E, tc(t['net']), fc(f'SUM([.E{rs}:.E{nr - 1}])')])
    rate = doc['taxes'][0][0]
    R_rows.append([E, E, E, tc(f"{p['taxname']} {rate_str(doc, rate)}"), fc(f'ROUND([.E{nr}]*{rate}/100;2)')])
    R_rows.append([E, E, E, tc(f"{t['total']} {p['cur']}", 'Bold'), fc(f'[.E{nr}]+[.E{nr + 1}]', 'NumB')])
    R_rows += [[], [tc(t['terms'])], [tc(f"IBAN {s['iban']}")]]
    return write_fods(R_rows, path, lang, country)

def write_fods(R_rows, path, lang, country):
    body = ''.join('<table:table-row>' + ''.join(r) + '</table:table-row>' if r else '<table:table-row><table:table-cell/></table:table-row>' for r in R_rows)
    x = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:styles><style:default-style style:family="table-cell"><style:text-properties fo:font-name="Liberation Sans" fo:font-size="9pt" fo:language="{lang}" fo:country="{country}"/></style:default-style></office:styles>
<office:automatic-styles>
<number:number-style style:name="N2" number:language="{lang}" number:country="{country}"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" style:print-orientation="portrait" fo:margin-left="15mm" fo:margin-right="12mm" style:scale-to-pages="1"/></style:page-layout>
<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true"/></style:style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="12mm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="62mm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="20mm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="42mm"/></style:style>
<style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="28mm"/></style:style>
<style:style style:name="Default" style:family="table-cell"/>
<style:style style:name="Num" style:family="table-cell" style:data-style-name="N2"/>
<style:style style:name="NumB" style:family="table-cell" style:data-style-name="N2"><style:table-cell-properties fo:border-top="0.06pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="R" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="14pt"/></style:style>
<style:style style:name="Hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.06pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Rechnung" table:style-name="ta1"><table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/>
<table:table-column table:style-name="co3"/><table:table-column table:style-name="co4"/><table:table-column table:style-name="co5"/>{body}</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w', encoding='utf-8').write(x)

def fods_consistent(doc):
    """make doc numbers match what the spreadsheet formulas compute (one tax rate, discount on subtotal)"""
    nd = 2; r = doc['lines'][0]['rate']
    for l in doc['lines']: l['rate'] = r; l['amount'] = q2(l['qty'] * l['price'])
    doc['subtotal'] = sum(l['amount'] for l in doc['lines'])
    doc['discount'] = q2(doc['subtotal'] * D(doc['disc_pct']) / 100)
    doc['net'] = doc['subtotal'] - doc['discount'] + doc['shipping']
    tx = q2(doc['net'] * r / 100); doc['taxes'] = [[r, doc['net'], tx]]; doc['tax'] = tx; doc['total'] = doc['net'] + tx

PLAN = [
 ('docx', 'AT', 'Calibri', {}), ('docx', 'AT', 'Cambria', {'n_items': 30}), ('docx', 'CHit', 'Calibri', {}), ('docx', 'CHfr', 'Cambria', {}),
 ('docx', 'HR', 'Calibri', {}), ('docx', 'SI', 'Cambria', {'err': 'total'}), ('docx', 'ST', 'Calibri', {}), ('docx', 'NL', 'Calibri', {}),
 ('docx', 'ES', 'Cambria', {}), ('docx', 'DE', 'Calibri', {'doc_type': 'delivery_note'}), ('docx', 'CHfr', 'Calibri', {'doc_type': 'quotation'}),
 ('csv', 'AT', None, {}), ('csv', 'CZ', None, {}), ('csv', 'PL', None, {}), ('csv', 'IT', None, {'err': 'line'}),
 ('fods', 'AT', ('de', 'AT'), {}), ('fods', 'DE', ('de', 'DE'), {'n_items': 8}), ('fods', 'SI', ('sl', 'SI'), {}), ('fods', 'DE', ('de', 'DE'), {}),
]
# docx invoices that get an edited twin re-exported through Word/LibreOffice: index -> (what, new value fn)
REEXPORT = {0: 'buyer', 2: 'total', 4: 'date', 7: 'total', 8: 'buyer'}

def run(seed=4403):
    rng = random.Random(seed); recs = []; srcs = []; pend = []
    src = os.path.join(WORK, 'office'); os.makedirs(src, exist_ok=True)
    for i, (kind, pk, var, ex) in enumerate(PLAN):
        ex = dict(ex); dtp = ex.pop('doc_type', 'invoice')
        doc = make_doc(rng, pk, doc_type=dtp, **ex)
        if dtp == 'delivery_note': doc['total'] = None
        stem = f"o{i:02d}_{pk.lower()}_{ {'csv': 'ods', 'fods': 'odsf'}.get(kind, kind)}"
        if kind == 'docx':
            fp = os.path.join(src, stem + '.docx'); build_docx(doc, fp, var); prod = 'docx_libreoffice'
        elif kind == 'csv':
            fp = os.path.join(src, stem + '.fods'); build_fods(doc, fp, plain=True); prod = 'ods_plain_libreoffice'
        else:
            fods_consistent(doc); fp = os.path.join(src, stem + '.fods'); build_fods(doc, fp, *var); prod = 'ods_formulas_libreoffice'
        srcs.append(fp); pend.append((doc, stem + '.pdf', prod))
        if kind == 'docx' and i in REEXPORT:
            what = REEXPORT[i]; d2 = copy.deepcopy(doc); d2['buyer'] = dict(d2['buyer'])
            if what == 'buyer':
                d2['buyer']['name'] = rng.choice([x for x in BUYERS['AT'] + BUYERS['CH'] if x != doc['buyer']['name']])
            elif what == 'date':
                d2['date'] = doc['date'] + dt.timedelta(days=rng.choice([-200, -95, 40]))
            else:
                d2['total'] = q2(doc['total'] * D('1.35') + 17)
            fp2 = os.path.join(src, stem + '_edit.docx'); build_docx(d2, fp2, var)
            srcs.append(fp2); pend.append((d2, stem + '_edit.pdf', ('docx_word_reexport', what, stem + '.pdf')))
    # CSV needs a filter option: convert them separately
    csvs = [x for x in srcs if x.endswith('.csv')]; others = [x for x in srcs if not x.endswith('.csv')]
    soffice_convert(others, FILES)
    if csvs:
        prof = 'file://' + os.path.join(WORK, 'lo_profile')
        subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'pdf', '--outdir', FILES] + csvs,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for doc, fname, prod in pend:
        if not os.path.exists(os.path.join(FILES, fname)):
            print('MISSING', fname); continue
        if isinstance(prod, tuple):
            _, what, orig = prod
            rec = label(doc, fname, 'docx_libreoffice', genuine=False, edit_method='docx_word_reexport', what_changed=[what], edit_before_capture=True,
                        arithmetic_error=False)
            rec['_meta']['source_genuine'] = orig
        else:
            rec = label(doc, fname, prod)
            if prod.startswith('ods'):
                import pypdfium2 as pdfium
                txt = pdfium.PdfDocument(os.path.join(FILES, fname))[0].get_textpage().get_text_range()
                rec['_meta']['pdf_text_sample'] = txt[-400:]
        recs.append(rec); print('office', fname, flush=True)
    write_part('30_office', recs)
    return recs

if __name__ == '__main__':
    run()
