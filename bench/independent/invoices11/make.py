#!/usr/bin/env python3
"""Generate ~165 labelled incoming-invoice files for a Hamburg sports/outdoor seller.
Usage: python make.py            (writes files/ and labels.jsonl)
Helper modules: docmodel.py (data, formats), render.py (layouts/producers), capture.py (scan/fax/photo)."""
import os, sys, json, random, shutil, copy, datetime as dt, subprocess, time
from decimal import Decimal as D
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docmodel import *
from render import *
import capture as cap
from PIL import Image, ImageDraw, ImageFont

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, 'files'); TMP = os.path.join(BASE, 'tmp')
LIMIT = int(os.environ.get('LIMIT', '999'))
rng = random.Random(20261206)

LABELS = []
GEN = {}   # id -> info for edits

def dstr(d): return d.strftime('%Y-%m-%d')
def tstr(x, cur): return str(q0(x)) if cur == 'JPY' else str(q2(x))

def write_labels():
    with open(os.path.join(BASE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for r in LABELS: f.write(json.dumps(r, ensure_ascii=False) + '\n')

def label(fname, doc, v, producer, pages, genuine=True, edit_method=None, what=None, ebc=False, **kw):
    s = SUPPLIERS[doc['supplier_key']]
    t = doc['doc_type']
    sup = v['sup_name'] if t != 'purchase_order' else s['name']
    rec = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer, language=doc['lang'].split('_')[0],
               is_invoice=t in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=t, date=dstr(doc['date']),
               total=tstr(doc['total'], doc['cur']) if v['total_str'] else None, currency=doc['cur'],
               supplier=sup if t != 'receipt' else s['name'], buyer=doc['buyer_name'], pages=pages, edit_before_capture=ebc,
               arithmetic_error=bool(doc.get('arith')) and genuine)
    rec.update(kw)
    LABELS.append(rec)
    return rec

# ---------------- genuine plan ----------------
# (supplier, doc_type, lang, producer, style, n_items, capture, arith, date_style, money_style)
P = []
def add(*a, **k): P.append(dict(zip(['sup', 'type', 'lang', 'prod', 'style', 'n', 'cap', 'arith', 'ds', 'ms'], a), **k))
for i, (sup, prod, style) in enumerate([
    ('nordwind', 'chromium', 'datev'), ('nordwind', 'reportlab', 0), ('nordwind', 'weasyprint', 'lexo'), ('nordwind', 'docx', None), ('nordwind', 'chromium', 'datev'),
    ('nordwind', 'reportlab', 1), ('nordwind', 'fods', None), ('nordwind', 'weasyprint', 'datev'), ('nordwind', 'reportlab', 0),
    ('alpenkamm', 'chromium', 'lexo'), ('alpenkamm', 'reportlab', 0), ('alpenkamm', 'fpdf', 0), ('alpenkamm', 'weasyprint', 'sevd'), ('alpenkamm', 'chromium', 'sevd'),
    ('alpenkamm', 'reportlab', 1), ('alpenkamm', 'fods', None), ('alpenkamm', 'weasyprint', 'lexo'),
    ('hansefit', 'chromium', 'sevd'), ('hansefit', 'reportlab', 1), ('hansefit', 'docx', None), ('hansefit', 'weasyprint', 'portal'), ('hansefit', 'reportlab', 0),
    ('hansefit', 'fpdf', 1), ('hansefit', 'chromium', 'lexo'), ('hansefit', 'weasyprint', 'sevd'),
    ('elbtal', 'reportlab', 0), ('elbtal', 'docx', None), ('elbtal', 'chromium', 'datev'), ('elbtal', 'weasyprint', 'datev'), ('elbtal', 'fods', None), ('elbtal', 'reportlab', 1)]):
    add(sup, 'invoice', 'de', prod, style, None, None, None, rng.choice(['dmy_dot', 'dmy_dot', 'dmy_dot', 'long_de']), rng.choice([0, 0, 2]))
for prod, style, ds in [('weasyprint', 'plain', 'dmy_dot'), ('reportlab', 0, 'long_de'), ('chromium', 'lexo', 'dmy_dot'), ('fpdf', 0, 'dmy_dot'), ('reportlab', 1, 'dmy_dot'), ('docx', None, 'long_de')]:
    add('tauern', 'invoice', 'de_at', prod, style, None, None, None, ds, 0)
for prod, style, ds in [('fpdf', 0, 'dmy_dot'), ('chromium', 'sevd', 'dmy_dot'), ('reportlab', 0, 'dmy_dot'), ('weasyprint', 'plain', 'long_de'), ('fpdf', 1, 'dmy_dot'), ('reportlab', 1, 'dmy_dot')]:
    add('grischa', 'invoice', 'de_ch', prod, style, None, None, None, ds, 0)
for prod, style, lang, ds in [('fpdf', 0, 'nl', 'dmy_dash'), ('weasyprint', 'plain', 'nl', 'long_nl'), ('reportlab', 0, 'nl', 'dmy_dash'), ('chromium', 'portal', 'en', 'long_en'),
                              ('fpdf', 1, 'nl', 'dmy_dash'), ('weasyprint', 'lexo', 'en', 'dmy_slash')]:
    add('veldhoven', 'invoice', lang, prod, style, None, None, None, ds, 0)
for prod, style, ds in [('chromium', 'plain', 'long_fr'), ('reportlab', 0, 'dmy_slash'), ('docx', None, 'long_fr'), ('chromium', 'portal', 'dmy_slash'), ('weasyprint', 'lexo', 'long_fr'), ('reportlab', 1, 'dmy_slash')]:
    add('vercors', 'invoice', 'fr', prod, style, None, None, None, ds, 0)
for prod, style, ds in [('fods', None, 'dmy_slash'), ('docx', None, 'dmy_slash'), ('weasyprint', 'plain', 'dmy_slash'), ('reportlab', 0, 'long_it'), ('fods', None, 'dmy_slash'), ('chromium', 'datev', 'dmy_slash')]:
    add('valsesia', 'invoice', 'it', prod, style, None, None, None, ds, 0)
for prod, style, ds in [('fpdf', 0, 'dmy_slash'), ('docx', None, 'long_es'), ('weasyprint', 'sevd', 'dmy_slash'), ('reportlab', 1, 'dmy_slash'), ('fpdf', 1, 'long_es'), ('chromium', 'plain', 'dmy_slash')]:
    add('cantabrico', 'invoice', 'es', prod, style, None, None, None, ds, 0)
for prod, style, ds in [('weasyprint', 'plain', 'pl'), ('fpdf', 1, 'dmy_dot'), ('fods', None, 'iso'), ('reportlab', 0, 'pl'), ('chromium', 'lexo', 'iso'), ('fpdf', 0, 'pl'), ('docx', None, 'dmy_dot')]:
    add('wisloka', 'invoice', 'pl', prod, style, None, None, None, ds, 0)
for prod, style, lang, ds in [('chromium', 'jp', 'ja', 'cjk'), ('weasyprint', 'jp', 'ja', 'ymd_slash'), ('reportlab', 0, 'ja', 'cjk'), ('fpdf', 0, 'en', 'us_long'), ('chromium', 'jp', 'ja', 'cjk'),
                              ('reportlab', 1, 'en', 'ymd_slash')]:
    add('hokuto', 'invoice', lang, prod, style, None, None, None, ds, 0)
for sup in ('haifeng', 'lanjing'):
    for prod in ('chromium', 'weasyprint', 'chromium'):
        add(sup, 'tax_invoice', 'zh', prod, 'cnvat', rng.choice([1, 2, 3, 4]), None, None, 'cjk0', 0)
    for prod, style, ds in [('reportlab', 1, 'mdy_us'), ('fpdf', 0, 'us_long'), ('chromium', 'plain', 'ymd_slash')]:
        add(sup, 'invoice', 'en', prod, style, None, None, None, ds, 0, usd=True)
# credit notes, proformas
for sup, lang, prod, style, ds in [('nordwind', 'de', 'chromium', 'datev', 'dmy_dot'), ('hansefit', 'de', 'reportlab', 0, 'dmy_dot'), ('vercors', 'fr', 'weasyprint', 'plain', 'long_fr'),
                                   ('valsesia', 'it', 'docx', None, 'dmy_slash'), ('wisloka', 'pl', 'fpdf', 0, 'dmy_dot'), ('veldhoven', 'nl', 'reportlab', 1, 'dmy_dash'),
                                   ('alpenkamm', 'de', 'weasyprint', 'lexo', 'dmy_dot'), ('cantabrico', 'es', 'fpdf', 1, 'dmy_slash')]:
    add(sup, 'credit_note', lang, prod, style, rng.choice([1, 1, 2]), None, None, ds, 0)
for sup, lang, prod, style, ds, usd in [('haifeng', 'en', 'reportlab', 0, 'mdy_us', True), ('lanjing', 'en', 'fpdf', 1, 'long_en', True), ('hokuto', 'ja', 'chromium', 'jp', 'cjk', False),
                                        ('wisloka', 'pl', 'weasyprint', 'plain', 'dmy_dot', False), ('alpenkamm', 'de', 'reportlab', 1, 'dmy_dot', False), ('vercors', 'fr', 'chromium', 'lexo', 'long_fr', False)]:
    add(sup, 'proforma', lang, prod, style, None, None, None, ds, 0, usd=usd)
# receipts (cash and carry)
for k in range(6): add('cc', 'receipt', 'de', 'reportlab_receipt', None, rng.choice([2, 3, 4, 5, 7]), None, None, 'dmy_dot', 0)
# non-invoices
for sup, t, lang, prod, style, ds in [('nordwind', 'delivery_note', 'de', 'reportlab', 0, 'dmy_dot'), ('valsesia', 'delivery_note', 'it', 'docx', None, 'dmy_slash'),
                                      ('wisloka', 'delivery_note', 'pl', 'fpdf', 0, 'dmy_dot'), ('haifeng', 'packing_list', 'en', 'fods', None, 'mdy_us'),
                                      ('veldhoven', 'packing_list', 'nl', 'weasyprint', 'plain', 'dmy_dash'), ('alpenkamm', 'purchase_order', 'de', 'docx', None, 'dmy_dot'),
                                      ('lanjing', 'purchase_order', 'en', 'fods', None, 'long_en'), ('hansefit', 'quotation', 'de', 'chromium', 'lexo', 'dmy_dot'),
                                      ('hokuto', 'quotation', 'ja', 'weasyprint', 'jp', 'cjk'), ('elbtal', 'other', 'de', 'reportlab', 1, 'dmy_dot'),
                                      ('valsesia', 'other', 'it', 'fods', None, 'dmy_slash'), ('nordwind', 'letter', 'de', 'reportlab_letter', None, 'long_de')]:
    add(sup, t, lang, prod, style, None, None, None, ds, 0, usd=(sup in ('haifeng', 'lanjing') and lang == 'en'))

# multi-page (long item lists) and arithmetic errors, captures
mp = [i for i, p in enumerate(P) if p['type'] in ('invoice', 'delivery_note', 'packing_list', 'other') and p['prod'] not in ('reportlab_letter',)]
for i in rng.sample(mp, 11): P[i]['n'] = rng.randint(28, 44)
ar = [i for i, p in enumerate(P) if p['type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note')]
for i, a in zip(rng.sample(ar, 8), ['line', 'vat', 'sum', 'gross', 'line', 'sum', 'vat', 'sum']): P[i]['arith'] = a
capt = [i for i, p in enumerate(P) if p['type'] not in ('letter',) and p['prod'] != 'reportlab_receipt' and not p.get('arith')]
caps = ['scan_pdf'] * 13 + ['scan_jpeg'] * 6 + ['scan_png'] * 2 + ['fax_pdf'] * 3 + ['fax_png'] * 1 + ['phone_photo'] * 3
for i, c in zip(rng.sample(capt, len(caps)), caps): P[i]['cap'] = c
for i, p in enumerate(P):
    if p['prod'] == 'reportlab_receipt': p['cap'] = ['phone_photo', 'phone_photo', 'scan_jpeg', 'phone_photo', None, 'scan_pdf'][i % 6]
    if p['cap'] in ('scan_jpeg', 'scan_png', 'fax_png', 'phone_photo') and (p['n'] or 0) > 9: p['n'] = 7  # single-page images

# ---------------- producing ----------------
def render_doc(doc, p, base, tmpd):
    """writes base.pdf in tmpd (clean digital original); returns (pdf_path, producer, pages, view, extra)"""
    v = build_view(doc, p['ds'], p['ms']) if p['type'] != 'letter' else None
    if p['type'] == 'purchase_order':
        # we issue the PO: swap header and address block
        s = SUPPLIERS[doc['supplier_key']]
        b = BUYERS['de' if doc['lang'] == 'de' else 'en']
        v['sup_name'], v['buyer_name'] = b[0], v['sup_name']
        v['sup_lines'], v['buyer_lines'] = b[1] + ['Tel. +49 40 731 88 20'], s.get('lines_en') if doc['lang'] == 'en' and 'lines_en' in s else s['lines']
        v['sup_tax'] = f"{v['lbl']['vatid']}: {b[2]}"; v['bank'] = ''
    pdf = os.path.join(tmpd, base + '.pdf')
    prod = p['prod']; extra = {}
    if prod in ('chromium', 'weasyprint'):
        hs = html_doc(v, p['style'] if p['style'] in CSS else 'plain')
        if prod == 'chromium': chromium_pdf(hs, pdf, tmpd)
        else: weasy_pdf(hs, pdf)
        prodname = f"{prod}_html_{p['style']}"
    elif prod == 'reportlab':
        rl_pdf(v, pdf, p['style'] or 0); prodname = f"reportlab_{'letterhead' if not p['style'] else 'rightheader'}"
        try:
            (' '.join([v['sup_name'], v['buyer_name'], v['title']] + [c for r in v['rows'] for c in r] + [b for a, b in v['totals']] + v['notes'] + v['sup_lines'] + [a for a, b in v['meta']] + [a for a, b in v['totals']])).encode('cp1252')
            extra['std_font'] = True
        except UnicodeEncodeError: extra['std_font'] = False
    elif prod == 'reportlab_receipt':
        rl_receipt(doc, pdf, v['date_str'], f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", rng); prodname = 'reportlab_pos_receipt'
    elif prod == 'reportlab_letter':
        make_letter(doc, pdf); prodname = 'reportlab_letter'
        v = dict(sup_name=SUPPLIERS[doc['supplier_key']]['name'], total_str=None, date_str=fdate(doc['date'], p['ds']))
    elif prod == 'fpdf':
        fpdf_pdf(v, pdf, p['style'] or 0); prodname = 'fpdf2'
    elif prod in ('fods', 'docx'):
        src = os.path.join(tmpd, base + ('.fods' if prod == 'fods' else '.docx'))
        (fods if prod == 'fods' else docx_file)(v, src)
        extra['pending'] = src
        prodname = 'soffice_calc_fods' if prod == 'fods' else 'python-docx_soffice'
    return pdf, prodname, v, extra

def make_letter(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    s = SUPPLIERS[doc['supplier_key']]; c = canvas.Canvas(out, pagesize=A4); W, H = A4
    c.setFont('Helvetica-Bold', 14); c.drawString(20 * mm, H - 25 * mm, s['name']); c.setFont('Helvetica', 8); c.drawString(20 * mm, H - 30 * mm, ' · '.join(s['lines']))
    y = H - 55 * mm; c.setFont('Helvetica', 10)
    for x in ['Kranich Sport & Outdoor GmbH', 'z. Hd. Buchhaltung', 'Billwerder Ring 14', '21035 Hamburg']: c.drawString(20 * mm, y, x); y -= 13
    c.drawRightString(W - 20 * mm, H - 55 * mm, 'Bremen, ' + fdate(doc['date'], 'long_de'))
    y -= 20; c.setFont('Helvetica-Bold', 11); c.drawString(20 * mm, y, 'Änderung unserer Bankverbindung und Preisanpassung'); y -= 24; c.setFont('Helvetica', 10)
    txt = ['Sehr geehrte Damen und Herren,', '', 'zum 1. des Folgemonats wechseln wir unsere Hausbank. Bitte überweisen Sie Rechnungsbeträge', 'ab sofort ausschließlich auf das folgende Konto:',
           '', '    Weserbank Bremen, IBAN DE44 2905 0101 0082 7731 45', '', 'Zugleich informieren wir Sie, dass wir unsere Listenpreise für Zelte und Schlafsäcke wegen',
           'gestiegener Frachtkosten um durchschnittlich 4,5 % anpassen. Bereits bestätigte Aufträge sind davon', 'nicht betroffen. Diese Mitteilung ist keine Rechnung.', '',
           'Für Rückfragen steht Ihnen Frau Okonkwo (Debitorenbuchhaltung) gern zur Verfügung.', '', 'Mit freundlichen Grüßen', '', '', 'Hauke Brüning, Geschäftsführer']
    for x in txt: c.drawString(20 * mm, y, x); y -= 14
    c.showPage(); c.save()

def capture_doc(pdf, kind, fname_base, doc, rng, pages):
    """returns (filename, pages_in_file, info)"""
    dpi = rng.choice([200, 240, 300]) if not kind.startswith('fax') else 200
    info = dict(dpi=dpi)
    if kind.startswith('scan') or kind.startswith('fax'):
        clean = cap.render(pdf, dpi)
        outs, affs = [], []
        for k, im in enumerate(clean):
            if kind.startswith('fax'):
                o, a = cap.fax_page(im, rng, f"{doc['date'].strftime('%d.%m.%y')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}  VON: {SUPPLIERS[doc['supplier_key']]['tel']}   S. {k + 1}/{len(clean)}")
            else:
                o, a = cap.degrade_scan(im, rng, 1.0)
            outs.append(o); affs.append(a)
        info['affs'] = affs; info['clean_pdf'] = pdf
        if kind in ('scan_pdf', 'fax_pdf'):
            fn = fname_base + '.pdf'; cap.save_pdf_images(outs, os.path.join(OUT, fn), dpi, rng.randint(55, 80))
            return fn, len(outs), info
        o = outs[0]
        if kind == 'scan_jpeg':
            fn = fname_base + '.jpg'; o.save(os.path.join(OUT, fn), quality=rng.randint(60, 85), dpi=(dpi, dpi))
        else:
            fn = fname_base + '.png'; o.save(os.path.join(OUT, fn), dpi=(dpi, dpi))
        return fn, 1, info
    if kind == 'phone_photo':
        im = cap.render(pdf, 150 if doc['doc_type'] != 'receipt' else 250, gray=False)[0]
        ph = cap.phone_photo(im, rng)
        fn = fname_base + '.jpg'
        when = (doc['date'] + dt.timedelta(days=rng.randint(0, 5))).strftime('%Y:%m:%d ') + f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        ph.save(os.path.join(OUT, fn), quality=rng.randint(82, 92), exif=cap.exif_bytes(rng.choice(['samsung', 'Xiaomi', 'motorola']), rng.choice(['Galaxy A35', 'Redmi Note 13', 'moto g54']), 'A356BXXU2AXF2', when))
        return fn, 1, info
    raise ValueError(kind)

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    if os.path.exists(TMP): shutil.rmtree(TMP)
    os.makedirs(OUT); os.makedirs(TMP)
    pending_soffice = []   # (src, pdf, p, doc, v, prodname, fname_base)
    t0 = time.time()
    for idx, p in enumerate(P[:LIMIT]):
        sup = p['sup']
        t = p['type'] if p['type'] != 'letter' else 'other'
        doc = make_doc(rng, sup, t if t != 'other' or p['prod'] != 'reportlab_letter' else 'other', lang=p['lang'], n_items=p['n'], arith=p['arith'], usd=p.get('usd', False))
        compute(doc)
        gid = f"g{idx + 1:03d}"
        base = f"{gid}_{sup}_{t}"
        pdf, prodname, v, extra = render_doc(doc, p, base, TMP)
        if p['type'] == 'letter': doc['doc_type'] = 'other'
        GEN[gid] = dict(doc=doc, p=p, pdf=pdf, prod=prodname, v=v, extra=extra, base=base)
        if 'pending' in extra:
            pending_soffice.append(gid); continue
        finish_genuine(gid)
    # LibreOffice conversions: one call per source type, run sequentially
    for ext in ('.fods', '.docx'):
        srcs = [GEN[g]['extra']['pending'] for g in pending_soffice if GEN[g]['extra']['pending'].endswith(ext)]
        soffice_convert(srcs, TMP)
    for g in pending_soffice: finish_genuine(g)
    write_labels()
    print('genuine done', len(LABELS), f'{time.time() - t0:.0f}s', flush=True)
    import edits
    edits.run_edits(GEN, LABELS, label, rng, OUT, TMP, write_labels)
    write_labels()
    neutral_names()
    write_labels()
    check()

def neutral_names():
    # file names must not reveal genuine/edited status: shuffle and rename to docNNN.ext
    order = list(range(len(LABELS))); random.Random(77).shuffle(order)
    ren = {}
    for k, i in enumerate(order):
        r = LABELS[i]; ext = os.path.splitext(r['file'])[1]
        new = f"doc{k + 1:03d}{ext}"; ren[r['file']] = new
    for old, new in ren.items(): os.rename(os.path.join(OUT, old), os.path.join(OUT, new + '.tmp'))
    for new in ren.values(): os.rename(os.path.join(OUT, new + '.tmp'), os.path.join(OUT, new))
    for r in LABELS:
        r['internal_id'] = os.path.splitext(r['file'])[0].split('_')[0]
        r['file'] = ren[r['file']]
        if r.get('source_file'): r['source_file'] = ren[r['source_file']]
    LABELS.sort(key=lambda r: r['file'])

def finish_genuine(gid):
    g = GEN[gid]; p = g['p']; doc = g['doc']; pdf = g['pdf']
    n_pages = len(cap.page_heights(pdf))
    if p['cap']:
        fn, pages, info = capture_doc(pdf, p['cap'], g['base'], doc, rng, n_pages)
        g['capture'] = dict(kind=p['cap'], file=fn, **info)
        label(fn, doc, g['v'], p['cap'], pages, source_producer=g['prod'])
    else:
        fn = g['base'] + '.pdf'; shutil.copy(pdf, os.path.join(OUT, fn))
        label(fn, doc, g['v'], g['prod'], n_pages)
    g['file'] = fn
    if len(LABELS) % 20 == 0: write_labels()

def check():
    from collections import Counter
    recs = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'), encoding='utf-8')]
    missing = [r['file'] for r in recs if not os.path.exists(os.path.join(OUT, r['file']))]
    print('labels:', len(recs), 'files on disk:', len(os.listdir(OUT)), 'missing:', missing)
    for k in ('producer', 'language', 'doc_type', 'edit_method', 'genuine', 'edit_before_capture', 'arithmetic_error', 'is_invoice'):
        print(k, dict(Counter(str(r[k]) for r in recs).most_common()))
    img = sum(1 for r in recs if r['file'].endswith(('.jpg', '.png')) or r['producer'] in ('scan_pdf', 'fax_pdf') or (r.get('source_producer') or '').startswith(('scan', 'fax')) or r['producer'].startswith(('scan', 'fax')))
    print('image files or image-only PDFs:', img)

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check': check()
    else: main()
