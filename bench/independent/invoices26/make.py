#!/work/main/.venv/bin/python
"""Generate a labelled test set of invoice files (genuine + edited) into files/ and labels.jsonl.
Run:  /work/main/.venv/bin/python make.py
"""
import os, sys, json, random, shutil, copy, re, zlib, io, datetime as dt
from decimal import Decimal as D
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from gen_data import BUYERS, EDIT_BUYER_NAMES, fdate, fnum, q2, SUPPLIERS
from model import build, label_total, money, L
import render as RD
from edits import (overlay_edit, cs_edit, scan_file, phone_file, image_paste, image_clone, rasterize_pdf, find_hits)

FILES = os.path.join(HERE, 'files'); TMP = RD.TMP; SRC = os.path.join(TMP, 'src')
rng = random.Random(26)

STYLE = {'tally_html': ('chromium', 'tally'), 'zoho_html': ('chromium', 'zoho'), 'freee_html': ('chromium', 'freee'),
         'xero_weasy': ('weasy', 'xero'), 'fapiao_weasy': ('weasy', 'fapiao'), 'modern_weasy': ('weasy', 'modern'),
         'sage_reportlab': ('rl', None), 'reportlab_ttf': ('rl_ttf', None), 'fpdf2_core': ('fpdf', None), 'fpdf2_ttf': ('fpdf_ttf', None),
         'calc_soffice': ('calc', None), 'docx_soffice': ('docx', None)}

LETTER = ['Dear Sirs,', 'Further to our telephone conversation, we confirm that the goods listed in our last shipment were dispatched '
          'from our Leicester warehouse on the date above and that the invoice will follow under separate cover.',
          'Please note our new bank details from 1 April; we will never ask you to change them by e-mail alone.',
          'Yours faithfully,', 'Accounts Department']

def specs():
    S = []
    def add(region, prod, dt_='invoice', **kw): S.append(dict(region=region, producer=prod, doc_type=dt_, **kw))
    for k in range(11): add('in', 'tally_html', 'tax_invoice', extra={'igst': k % 4 == 0}, n_items=28 if k == 5 else None,
                            arith={2: 'roundoff', 7: 'gst_split'}.get(k))
    add('in', 'tally_html', 'proforma')
    for r in ['in', 'in', 'in', 'gb', 'gb', 'us', 'us', 'cnx']: add(r, 'zoho_html')
    add('in', 'zoho_html', 'packing_list')
    for k in range(8): add('ja', 'freee_html', arith='jp_tax' if k == 3 else None, n_items=22 if k == 6 else None)
    add('ja', 'freee_html', 'quotation')
    for k, r in enumerate(['gb'] * 6 + ['ie'] * 3):
        add(r, 'xero_weasy', 'receipt' if k in (2, 7) else 'invoice', discount=5 if k == 1 else None, shipping=14.95 if k in (0, 4) else None,
            arith='tax' if k == 3 else None, n_items=35 if k == 5 else None)
    add('gb', 'xero_weasy', 'credit_note'); add('gb', 'xero_weasy', 'quotation')
    for k in range(7): add('zh', 'fapiao_weasy')
    for r in ['de', 'fr', 'es', 'nl', 'pl', 'it']: add(r, 'modern_weasy', shipping=6.9 if r == 'de' else None)
    for k, r in enumerate(['gb', 'gb', 'gb', 'gb', 'ie', 'ie', 'de', 'de', 'fr', 'it', 'es', 'nl', 'cnx', 'cnx']):
        add(r, 'sage_reportlab', arith='line' if k == 2 else None, n_items=30 if k == 6 else None, discount=10 if k == 9 else None)
    add('gb', 'sage_reportlab', 'purchase_order'); add('de', 'sage_reportlab', 'delivery_note'); add('fr', 'sage_reportlab', 'credit_note')
    add('pl', 'reportlab_ttf'); add('pl', 'reportlab_ttf', n_items=26)
    for k, r in enumerate(['de', 'de', 'fr', 'fr', 'it', 'es', 'es', 'nl', 'us']):
        add(r, 'fpdf2_core', arith='sum' if k == 1 else None, n_items=32 if k == 6 else None, shipping=9.5 if k == 3 else None)
    add('de', 'fpdf2_core', 'quotation'); add('it', 'fpdf2_core', 'proforma')
    add('pl', 'fpdf2_ttf'); add('pl', 'fpdf2_ttf', discount=3)
    for r in ['gb', 'gb', 'de', 'nl', 'in', 'in', 'ja']: add(r, 'calc_soffice', n_items=45 if r == 'in' else None)
    add('gb', 'calc_soffice', 'packing_list'); add('nl', 'calc_soffice', 'delivery_note'); add('es', 'calc_soffice', 'other')
    for k, r in enumerate(['gb', 'gb', 'ie', 'fr', 'fr', 'it', 'es', 'de']):
        add(r, 'docx_soffice', arith='total' if k == 3 else None, n_items=40 if k == 1 else None)
    add('gb', 'docx_soffice', 'purchase_order'); add('gb', 'docx_soffice', 'other', extra={'letter': LETTER})
    # scans / photos: (region, source producer, output producer)
    scan_src = [('gb', 'xero_weasy'), ('in', 'tally_html'), ('de', 'sage_reportlab'), ('ja', 'freee_html'), ('zh', 'fapiao_weasy'),
                ('fr', 'docx_soffice'), ('it', 'modern_weasy'), ('gb', 'sage_reportlab'), ('es', 'fpdf2_core'), ('nl', 'modern_weasy'),
                ('in', 'zoho_html'), ('ie', 'xero_weasy'), ('pl', 'fpdf2_ttf'), ('gb', 'docx_soffice'), ('zh', 'fapiao_weasy'),
                ('de', 'calc_soffice'), ('in', 'tally_html'), ('gb', 'zoho_html')]
    outs = ['scan_jpeg'] * 6 + ['scan_png'] * 4 + ['scan_pdf'] * 4 + ['phone_photo'] * 4
    for k, ((r, sp), o) in enumerate(zip(scan_src, outs)):
        add(r, sp, 'tax_invoice' if r == 'in' and sp == 'tally_html' else 'invoice', capture=o, arith='line' if k == 8 else None,
            n_items=rng.choice([2, 3, 4, 5]), extra={'igst': False})
    return S

def render_pdf(doc, out):
    eng, style = STYLE[doc.producer]
    if eng == 'chromium': RD.chromium_pdf(RD.html_doc(doc, style), out)
    elif eng == 'weasy': RD.weasy_pdf(RD.html_doc(doc, style), out)
    elif eng == 'rl': RD.rl_pdf(doc, out)
    elif eng == 'rl_ttf': RD.rl_pdf(doc, out, ttf=True)
    elif eng == 'fpdf': RD.fpdf_pdf(doc, out)
    elif eng == 'fpdf_ttf': RD.fpdf_pdf(doc, out, ttf=True)
    else: raise ValueError(eng)

def render_many(docs, outs):
    """render docs -> pdf files (LibreOffice ones batched)"""
    lo = []
    for doc, out in zip(docs, outs):
        eng = STYLE[doc.producer][0]
        if eng in ('calc', 'docx'):
            base = os.path.splitext(out)[0]
            src = base + ('.fods' if eng == 'calc' else '.docx')
            (RD.fods if eng == 'calc' else RD.make_docx)(doc, src); lo.append(src)
        else:
            render_pdf(doc, out)
    if lo:
        RD.soffice_convert(lo, os.path.dirname(outs[0]))

def npages(path):
    if path.endswith('.pdf'):
        import pypdf
        return len(pypdf.PdfReader(path).pages)
    return 1

def parties(doc):
    sup, buy = doc.supplier['name'], doc.buyer['name']
    if doc.producer == 'fapiao_weasy': buy = buy.upper()  # printed in capitals on the fapiao
    if doc.doc_type == 'purchase_order':  # issued by our client to the vendor
        return buy, sup
    return sup, buy

def main():
    for d in (FILES, SRC):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    sp = specs()
    docs = []
    for i, s in enumerate(sp):
        s = dict(s); cap = s.pop('capture', None)
        region = s.pop('region'); prod = s.pop('producer'); dtype = s.pop('doc_type')
        kw = {k: v for k, v in s.items() if v is not None}
        if dtype == 'purchase_order':
            b = dict(rng.choice(BUYERS)); b['phone'] = '+44 116 ' + str(rng.randint(200, 499)) + ' ' + str(rng.randint(1000, 9999))
            key = {'cnx': 'zh'}.get(region, region)
            v = dict(rng.choice(SUPPLIERS[key]))
            doc = build(i, region, prod, dtype, supplier=b, buyer=v, **kw)
        else:
            doc = build(i, region, prod, dtype, **kw)
        doc['capture'] = cap
        docs.append(doc)
    # ---- render all digital sources
    outs = [os.path.join(SRC, f"s{d.id:03d}.pdf") for d in docs]
    render_many(docs, outs)
    records = []
    for doc, out in zip(docs, outs):
        assert os.path.exists(out), out
        doc['src_pdf'] = out
    # ---- genuine files (digital as is; scans / photos)
    for doc in docs:
        rec = dict(genuine=True, edit_method=None, what_changed=[], doc=doc, edit_before_capture=False)
        if doc.capture:
            if doc.capture == 'phone_photo':
                path, meta = phone_file(doc.src_pdf, os.path.join(TMP, f"g{doc.id:03d}"), rng.randrange(10**6))
            else:
                path, meta = scan_file(doc.src_pdf, os.path.join(TMP, f"g{doc.id:03d}"), doc.capture, rng.randrange(10**6))
            rec.update(path=path, producer=doc.capture, source_producer=doc.producer, capture_meta=meta)
        else:
            rec.update(path=doc.src_pdf, producer=doc.producer)
        records.append(rec)
    # ---- edited copies
    from edit_plan import make_edits
    records += make_edits(records, rng)
    # ---- write out with neutral names in shuffled order
    rng.shuffle(records)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w') as fo:
        for n, rec in enumerate(records, 1):
            ext = os.path.splitext(rec['path'])[1]
            name = f"doc_{n:03d}{ext}"
            shutil.copyfile(rec['path'], os.path.join(FILES, name))
            doc = rec['doc']; ov = rec.get('override', {})
            sup, buy = parties(doc)
            lab = dict(file=name, genuine=rec['genuine'], edit_method=rec['edit_method'], what_changed=rec['what_changed'],
                       producer=rec['producer'], language=doc.lang,
                       is_invoice=doc.doc_type in ('invoice', 'tax_invoice', 'receipt'), doc_type=doc.doc_type,
                       date=ov.get('date', doc.date.isoformat()), total=ov.get('total', label_total(doc)), currency=doc.currency,
                       supplier=ov.get('supplier', sup), buyer=ov.get('buyer', buy),
                       pages=npages(os.path.join(FILES, name)), edit_before_capture=rec['edit_before_capture'],
                       arithmetic_error=bool(doc.arith) and rec['genuine'])
            if doc.doc_type == 'other' and doc.extra.get('letter'): lab['total'] = None
            if rec.get('source_producer'): lab['source_producer'] = rec['source_producer']
            if rec.get('source_doc') is not None: lab['edited_from_doc_id'] = rec['source_doc']
            lab['doc_id'] = doc.id
            if rec.get('note'): lab['note'] = rec['note']
            fo.write(json.dumps(lab, ensure_ascii=False) + '\n')
    check()

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'))]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(FILES, l['file']))]
    print('files in labels:', len(labs), 'missing:', missing, 'files on disk:', len(os.listdir(FILES)))
    for key in ('producer', 'language', 'doc_type', 'edit_method'):
        print(key, dict(Counter(str(l[key]) for l in labs).most_common()))
    print('genuine', sum(l['genuine'] for l in labs), 'edited', sum(not l['genuine'] for l in labs),
          'arithmetic_error', sum(l['arithmetic_error'] for l in labs), 'edit_before_capture', sum(l['edit_before_capture'] for l in labs),
          'is_invoice', sum(l['is_invoice'] for l in labs))

if __name__ == '__main__':
    if sys.argv[1:] == ['check']: check()
    else: main()
