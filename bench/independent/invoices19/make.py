#!/work/main/.venv/bin/python
"""Build the invoice test set: genuine documents, captures (scans/photos), edited copies, labels.jsonl."""
import os, sys, json, random, shutil, subprocess, datetime as dt, copy, glob
from decimal import Decimal
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import docs as DS
from docs import indian_doc, foreign_doc, OUR, OUR_UK, OTHER_BUYERS, IN_SUP, FOR_SUP, LBL
import renderers as RH, renderers2 as RR, capture as CAP, edits as ED
from PIL import Image
from pypdf import PdfReader

BASE = os.path.dirname(os.path.abspath(__file__))
FILES, TMP = os.path.join(BASE, 'files'), os.path.join(BASE, '_build')
R = random.Random(2026_03_05)
DS.R.seed(77)
shutil.rmtree(FILES, ignore_errors=True); os.makedirs(FILES)
os.makedirs(TMP, exist_ok=True)
for f in glob.glob(TMP + '/*.pdf') + glob.glob(TMP + '/*.docx') + glob.glob(TMP + '/*.fods') + glob.glob(TMP + '/*.html'): os.remove(f)

# ------------------------------------------------------------------ plan genuine documents
plan = []   # (doc, renderer, capture)
def add(doc, rend, cap='native', **kw):
    doc.update(kw); plan.append([doc, rend, cap])

IN_KEYS = ['sanganeri', 'bagru', 'bhilwara', 'panipat', 'karur', 'surat', 'packaging', 'ludhiana', 'lace', 'labels']
def pick_in(): return R.choice(IN_KEYS)
# Tally-like, WeasyPrint
for i in range(18):
    add(indian_doc(pick_in(), nlines=34 if i in (3, 11) else None), 'tally_weasy', ['native', 'native', 'native', 'scan_jpg', 'scan_pdf', 'photo_jpg'][i % 6])
add(indian_doc('handloom', kind='bill_of_supply'), 'tally_weasy')
cn_ = indian_doc('panipat', kind='credit_note', nlines=2); add(cn_, 'tally_weasy', number='CN/25-26/' + str(R.randint(10, 99)))
# Busy-like, Chromium
for i in range(12):
    add(indian_doc(pick_in(), nlines=40 if i == 5 else None), 'busy_chromium', ['native', 'native', 'scan_png', 'native', 'photo_jpg', 'scan_jpg'][i % 6])
add(indian_doc('surat', kind='quotation', freight=False), 'busy_chromium', number='QTN-' + str(R.randint(100, 400)))
# small printer's template, ReportLab
for i in range(18):
    k = R.choice(IN_KEYS + ['stitch', 'handloom'])
    kind = 'bill_of_supply' if k in ('stitch', 'handloom') else 'tax_invoice'
    add(indian_doc(k, kind=kind, nlines=30 if i in (4, 13) else None, date_style=R.choice(['dmy_slash', 'dmy_dash', 'dmy_dot'])), 'printer_rl',
        ['native', 'scan_jpg', 'native', 'photo_jpg', 'scan_pdf', 'native'][i % 6], variant=i % 3)
for i in range(2):
    d = indian_doc(R.choice(['lace', 'labels']), kind='receipt', nlines=2, freight=False); add(d, 'printer_rl', 'photo_jpg' if i else 'native', variant=2)
add(indian_doc('stitch', kind='delivery_note', freight=False), 'printer_rl', 'scan_jpg', variant=1, number='DC-' + str(R.randint(10, 300)))
# e-commerce portal downloads
for k in ['portal', 'portal', 'portal2', 'portal2']:
    add(indian_doc(k, intra=False, freight=False), 'portal_weasy', order=f"BB-{R.randint(10**8, 10**9)}-{R.randint(100,999)}")
# Word documents via LibreOffice
for i in range(7):
    add(indian_doc(R.choice(['stitch', 'handloom', 'lace', 'bagru', 'sanganeri']), kind=R.choice(['tax_invoice', 'tax_invoice', 'bill_of_supply']), nlines=45 if i == 2 else None),
        'docx_soffice', ['native', 'scan_jpg', 'native', 'photo_jpg', 'native', 'scan_png', 'native'][i], style=i)
po = indian_doc('karur', kind='purchase_order', freight=False)
po['supplier'], po['buyer'] = OUR, IN_SUP['karur']  # our own PO: issuer on top is us
add(po, 'docx_soffice', style=1, number='KHF/PO/' + str(R.randint(100, 300)), po_vendor=IN_SUP['karur']['name'])
# spreadsheets via LibreOffice
for i in range(6):
    add(indian_doc(pick_in()), 'calc_soffice', ['native', 'native', 'scan_jpg', 'native', 'scan_pdf', 'native'][i])
add(indian_doc('surat', kind='price_list', nlines=8, freight=False), 'calc_soffice', number='PL-2025-26')
# foreign suppliers
for k in ['us1', 'us1', 'us2', 'uk1', 'uk1', 'uk2', 'es', 'it', 'de', 'fr', 'nl', 'us2']:
    add(foreign_doc(k, nlines=45 if k == 'de' else None), 'fpdf_core', 'native' if R.random() < 0.75 else 'scan_jpg')
rc = foreign_doc('us2', nlines=2); rc['kind'] = 'receipt'; rc['title'] = 'SALES RECEIPT - PAID'; add(rc, 'fpdf_core')
for k in ['pl', 'pl']:
    add(foreign_doc(k), 'fpdf_unicode')
for k in ['cn', 'cn', 'cn', 'ja', 'ja', 'ja', 'pl', 'de', 'fr', 'nl', 'es', 'it', 'es', 'it']:
    add(foreign_doc(k, nlines=30 if len(plan) % 9 == 0 and k == 'cn' else None), 'generic_weasy', R.choice(['native', 'native', 'native', 'scan_jpg', 'photo_jpg']), skin=R.randint(0, 3))
pl = foreign_doc('cn', kind='packing_list', nlines=4); pl['title'] = '装箱单 PACKING LIST'; add(pl, 'generic_weasy', 'scan_jpg', skin=2)
pf = foreign_doc('cn', kind='proforma', nlines=3); pf['title'] = '形式发票 PROFORMA INVOICE'; add(pf, 'generic_weasy', skin=1)
for k in ['uk1', 'us1', 'es', 'it', 'uk2', 'fr']:
    add(foreign_doc(k), 'generic_chromium', R.choice(['native', 'native', 'scan_png', 'photo_jpg']), skin=R.randint(0, 3))
for k in ['es', 'it', 'fr', 'ja']:
    add(foreign_doc(k), 'docx_soffice', R.choice(['native', 'scan_jpg']), style=R.randint(0, 2))
qt = foreign_doc('es', kind='quotation'); qt['title'] = 'PRESUPUESTO'; add(qt, 'docx_soffice', style=0)
for k in ['es', 'it', 'de']:
    add(foreign_doc(k), 'calc_soffice')
# Chinese VAT invoices (增值税普通发票 style) issued to our Yiwu sourcing agent
YIWU = dict(name='义乌嘉禾贸易有限公司', addr=['浙江省义乌市福田街道商城大道 1288 号 0579-8552 1470'], cnid='91330782MA28F4LX2T')
for i in range(2):
    d = foreign_doc('cn', nlines=3); d['buyer'] = YIWU; d['currency'] = 'CNY'; d['lang'] = 'zh'; d['kind'] = 'tax_invoice'; d['title'] = '浙江增值税普通发票'
    for l in d['lines']:
        l['rate'] = D(l['rate'] * 7); l['amt'] = D(l['rate'] * l['qty']); l['tax'] = D(l['amt'] * D('0.13')); l['unit'] = {'set': '套', 'pc': '件'}[l['unit']]
        l['desc'] = l['desc'].split(' ')[0]
    d['sub'] = sum(l['amt'] for l in d['lines']); d['taxes'] = [('税额', sum(l['tax'] for l in d['lines']))]; d['extra'] = []
    d['total'] = d['sub'] + d['taxes'][0][1]; d['ds'] = 'cjk'
    d['code'] = '0' + str(R.randint(3300000000, 3399999999)); d['number'] = str(R.randint(10**7, 10**8 - 1))
    d['cipher'] = '<br>'.join(''.join(R.choice('0123456789+-*/<>') for _ in range(28)) for _ in range(4))
    add(d, 'cnvat_weasy', 'photo_jpg' if i else 'scan_jpg')
# a letter (not an invoice)
lt = foreign_doc('uk1', nlines=1); lt['kind'] = 'other'; lt['title'] = 'Letter'; add(lt, 'docx_letter', 'scan_jpg')

# ------------------------------------------------------------------ deliberate arithmetic slips on ~8 genuine docs
cands = [p for p in plan if p[0]['kind'] in ('tax_invoice', 'invoice', 'bill_of_supply', 'receipt') and p[1] not in ('cnvat_weasy',)]
for p in R.sample(cands, 8):
    d = p[0]; d['arith'] = True
    if R.random() < 0.5:
        l = R.choice(d['lines']); l['amt_print'] = l['amt'] + D(R.choice([10, 90, 100, 1000]))
        d['arith_kind'] = 'line amount != qty x rate'
    else:
        d['total'] = d['total'] + D(R.choice([100, 9, 1000, -10]) if d['currency'] != 'JPY' else 1000)
        d['arith_kind'] = 'grand total != sum'
for p in plan:
    d = p[0]
    if d['region'] == 'IN': d['words'] = inr_words(d['total']) if not d.get('arith') else d['words']

# ------------------------------------------------------------------ render
def docx_letter(doc, out):
    from docx import Document
    from docx.shared import Pt
    s, b = doc['supplier'], doc['buyer']
    dd = Document(); dd.styles['Normal'].font.size = Pt(10.5)
    dd.add_paragraph(s['name']).runs[0].bold = True
    dd.add_paragraph('\n'.join(s['addr']) + '\n' + s['tax'])
    dd.add_paragraph(fdate(doc['date'], 'uk_long'))
    dd.add_paragraph(b['name'] + '\n' + '\n'.join(b['addr']))
    dd.add_paragraph('Dear Sir/Madam,\n\nRe: Price revision for linen and sateen fabrics from next quarter\n\n'
                     'Thank you for your continued custom. Owing to higher flax and freight costs we will revise our price list by 6% on all linen '
                     'blend and cotton sateen fabrics for orders placed after the end of this month. Open orders and confirmed proformas will be honoured at the current prices.\n\n'
                     'Please note this letter is not a VAT invoice. Invoices will follow each dispatch as usual.\n\nYours faithfully,\n\n\nMargaret Holroyd\nSales Office')
    dd.save(out)

soffice_jobs = []
for i, p in enumerate(plan):
    d, rend, cap = p
    d['id'] = i
    pdf = os.path.join(TMP, f'g{i:03d}.pdf'); d['pdf'] = pdf
    if rend == 'tally_weasy': RH.weasy(RH.html_tally(d), pdf)
    elif rend == 'portal_weasy': RH.weasy(RH.html_portal(d), pdf)
    elif rend == 'generic_weasy': RH.weasy(RH.html_generic(d, d.get('skin', 0)), pdf)
    elif rend == 'cnvat_weasy': RH.weasy(RH.html_cnvat(d), pdf)
    elif rend == 'busy_chromium': RH.chromium(RH.html_busy(d), pdf, TMP)
    elif rend == 'generic_chromium': RH.chromium(RH.html_generic(d, d.get('skin', 0)), pdf, TMP)
    elif rend == 'printer_rl': RR.rl_printer(d, pdf, d.get('variant', 0))
    elif rend == 'fpdf_core': RR.fpdf_plain(d, pdf)
    elif rend == 'fpdf_unicode': RR.fpdf_plain(d, pdf, unicode_font=True)
    elif rend == 'docx_soffice': RR.docx_src(d, pdf[:-4] + '.docx', d.get('style', 0)); soffice_jobs.append(pdf[:-4] + '.docx')
    elif rend == 'docx_letter': docx_letter(d, pdf[:-4] + '.docx'); soffice_jobs.append(pdf[:-4] + '.docx')
    elif rend == 'calc_soffice': RR.fods_src(d, pdf[:-4] + '.fods'); soffice_jobs.append(pdf[:-4] + '.fods')

def soffice(paths):
    for k in range(0, len(paths), 12):
        subprocess.run(['soffice', f'-env:UserInstallation=file://{TMP}/lo', '--headless', '--convert-to', 'pdf', '--outdir', TMP] + paths[k:k+12],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# edits made in the source document before export (docx) are prepared now so they share the soffice run
EDIT_SRC = []
docx_cands = [p for p in plan if p[1] == 'docx_soffice' and p[2] == 'native' and p[0]['kind'] in ('tax_invoice', 'invoice', 'bill_of_supply')]
for j, p in enumerate(R.sample(docx_cands, 3)):
    d2 = copy.deepcopy(p[0]); what = []
    if j == 0:
        d2['buyer'] = OUR if p[0]['buyer'] is not OUR and p[0]['buyer']['name'] != OUR['name'] else dict(OUR_UK); what = ['buyer']
    elif j == 1:
        d2['total'] = D(int(d2['total'] * D('1.8'))); d2['words'] = inr_words(d2['total']) if d2['region'] == 'IN' else None; what = ['total']
    else:
        d2['date'] = d2['date'] - dt.timedelta(days=R.randint(60, 200)); what = ['date']
    d2['pdf'] = os.path.join(TMP, f'e_src{j}.pdf')
    RR.docx_src(d2, d2['pdf'][:-4] + '.docx', d2.get('style', 0)); soffice_jobs.append(d2['pdf'][:-4] + '.docx')
    EDIT_SRC.append((p, d2, what))
soffice(soffice_jobs)

# ------------------------------------------------------------------ capture + labels
labels = []; CAPS = {}
used = set()
def slug(s): return ''.join(ch for ch in s.split()[0] if ch.isalnum())[:12] or 'doc'
def newname(d, kind):
    while True:
        if kind == 'photo_jpg': n = f"IMG_2026{R.randint(1000,1299)}_{R.randint(100000,999999)}.jpg"
        elif kind.startswith('scan'): n = f"{R.choice(['scan', 'Scan', 'SCAN', 'doc'])}{R.randint(1000,99999)}.{ {'scan_jpg':'jpg','scan_png':'png','scan_pdf':'pdf'}[kind] }"
        else: n = f"{slug(d['supplier']['name'])}_{R.randint(100,9999)}.pdf"
        if n not in used: used.add(n); return n

def total_str(d):
    return None if d['kind'] in ('packing_list', 'delivery_note', 'price_list', 'other') else str(D(d['total']))

def label(d, fname, producer, pages, **kw):
    kind = d['kind']
    is_inv = kind in ('tax_invoice', 'invoice', 'receipt', 'bill_of_supply')
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=d['lang'],
               is_invoice=is_inv, doc_type='invoice' if kind == 'bill_of_supply' else ('other' if kind in ('price_list', 'other') else kind),
               date=d['date'].isoformat(), total=total_str(d), currency=d['currency'] if total_str(d) else None,
               supplier=d.get('po_vendor') or d['supplier']['name'], buyer=OUR['name'] if d.get('po_vendor') else d['buyer']['name'],
               pages=pages, edit_before_capture=False, arithmetic_error=bool(d.get('arith')))
    if d.get('arith'): lab['arithmetic_note'] = d['arith_kind']
    if kind == 'bill_of_supply': lab['note'] = 'GST bill of supply (composition dealer)'
    if kind == 'price_list': lab['note'] = 'price list'
    if kind == 'other': lab['note'] = 'business letter'
    if kind == 'purchase_order': lab['note'] = 'our own purchase order to the supplier'
    if d['lang'] == 'zh' and d['region'] == 'cn': lab['note'] = 'bilingual Chinese/English'
    lab.update(kw)
    return lab

def do_capture(pdf, kind, seed):
    rr = random.Random(seed)
    dpi = rr.choice([150, 170, 200]) if kind.startswith('scan') else rr.choice([120, 140])
    pages = CAP.render_pages(pdf, dpi)
    ims, mats = [], []
    for img, w, h in pages:
        if kind.startswith('scan'): im, A = CAP.scan_page(img, rr, gray=rr.random() < 0.6, dpi=dpi)
        else: im, A = CAP.photo_page(img, rr)
        ims.append(im); mats.append(A @ CAP.base_matrix(dpi, h))
    return ims, mats, dpi, rr

def write_capture(ims, kind, path, dpi, rr):
    if kind == 'scan_jpg' or kind == 'photo_jpg': CAP.save_jpeg(ims[0], path, rr, q=rr.randint(70, 88) if kind == 'photo_jpg' else None)
    elif kind == 'scan_png': ims[0].convert('L').save(path)
    elif kind == 'scan_pdf': CAP.images_to_pdf(ims, path, dpi * 0.85)

def npages(path):
    return len(PdfReader(path).pages) if path.endswith('.pdf') else 1

for p in plan:
    d, rend, cap = p
    if not os.path.exists(d['pdf']): print('MISSING render', rend, d['pdf']); continue
    np_src = npages(d['pdf'])
    if cap != 'native' and np_src > 1 and cap != 'scan_pdf': cap = 'scan_pdf'; p[2] = cap
    fname = newname(d, cap); path = os.path.join(FILES, fname)
    if cap == 'native':
        shutil.copy(d['pdf'], path); producer = rend
    else:
        ims, mats, dpi, rr = do_capture(d['pdf'], cap, d['id'] * 7 + 1)
        write_capture(ims, cap, path, dpi, rr); producer = cap
        CAPS[fname] = (mats, dpi)
    lab = label(d, fname, producer, npages(path), source_producer=rend)
    labels.append(lab); d['file'] = fname; d['cap'] = cap
print('genuine', len(labels))

# ------------------------------------------------------------------ edits
def fmtd(d, a): return fmt(a, d['ns'])
def new_total(d):
    t = d['total']; f = D(R.choice(['1.5', '2', '1.35', '2.6', '1.15']))
    nt = (t * f).quantize(Decimal('1')) if d['currency'] in ('INR', 'JPY') else D(t * f)
    return nt
def change_spec(d, what, pages):
    """returns (old_string, new_string, which-occurrence, align, label-update dict) or None"""
    if what == 'buyer':
        nb = OUR['name'] if d['buyer']['name'] != OUR['name'] else R.choice([OUR_UK['name'], 'Kesariya Home Furnishings Pvt Ltd'])
        if not ED.find(pages, d['buyer']['name']): return None
        return (d['buyer']['name'], nb, 'first', 'left', {'buyer': nb})
    if what == 'total':
        ts = fmtd(d, d['total']); nt = new_total(d)
        if not ED.find(pages, ts): return None
        return (ts, fmtd(d, nt), 'largest', 'right', {'total': str(D(nt))})
    if what == 'date':
        ds = fdate(d['date'], d['ds'])
        nd = d['date'] - dt.timedelta(days=R.randint(35, 300))
        if not ED.find(pages, ds): return None
        return (ds, fdate(nd, d['ds']), 'all', 'left', {'date': nd.isoformat()})
    if what == 'quantity':
        for l in d['lines']:
            qs = str(l['qty'])
            if len(ED.find(pages, qs, whole=True)) == 1:
                nq = str(l['qty'] * R.choice([2, 3, 10]))
                return (qs, nq, 'first', 'right', {})
        return None

edited = []
def add_edit(src_lab, d, fname, method, what, upd, producer=None, before=False, extra=None):
    lab = dict(src_lab); lab.update(file=fname, genuine=False, edit_method=method, what_changed=what, edit_before_capture=before,
                                    edited_from=src_lab['file'], arithmetic_error=src_lab['arithmetic_error'])
    lab.pop('arithmetic_note', None) if not src_lab['arithmetic_error'] else None
    if producer: lab['producer'] = producer
    lab.update(upd)
    if extra: lab.update(extra)
    path = os.path.join(FILES, fname); lab['pages'] = npages(path)
    edited.append(lab)

bylab = {l['file']: l for l in labels}
invoice_like = lambda p: p[0]['kind'] in ('tax_invoice', 'invoice', 'bill_of_supply', 'receipt', 'proforma', 'credit_note')
natives = [p for p in plan if p[2] == 'native' and invoice_like(p) and 'file' in p[0]]
R.shuffle(natives)
WHATS = ['buyer', 'total', 'date', 'quantity']

def try_pdf_edit(pool, n, method, fn):
    done = 0
    for p in list(pool):
        if done >= n: break
        d = p[0]; pages = ED.page_chars(d['pdf'])
        k = R.randint(1, 2)
        whats = R.sample(WHATS, k)
        specs = [s for s in (change_spec(d, w, pages) for w in whats) if s]
        if not specs: continue
        fname = newname(d, 'native')
        try:
            prod = fn(d, [s[:4] for s in specs], os.path.join(FILES, fname))
        except Exception as e:
            print('edit failed', method, d['file'], repr(e)[:120]); used.discard(fname); continue
        upd = {}; [upd.update(s[4]) for s in specs]
        wl = [w for w, s in zip(whats, [change_spec for _ in whats])]
        wc = []
        for s in specs:
            wc.append('buyer' if 'buyer' in s[4] else 'total' if 'total' in s[4] else 'date' if 'date' in s[4] else 'quantity')
        add_edit(bylab[d['file']], d, fname, method, wc, upd, producer=prod)
        pool.remove(p); done += 1

def m_pikepdf(d, specs, out):
    ED.pikepdf_replace(d['pdf'], out, [(a, b) for a, b, _, _ in specs], set_producer=R.choice([None, 'PDF-XChange Editor 9.5', 'pikepdf']))
    return None
def m_overlay(d, specs, out):
    ED.overlay(d['pdf'], out, specs, bold_guess=R.random() < 0.3); return None
def m_incr(d, specs, out):
    ED.overlay(d['pdf'], out, specs, incremental=True); return None
def m_resave(d, specs, out):
    # overlay, then "print to PDF" through an image-based printer driver: every page becomes a raster image
    tmp = os.path.join(TMP, 'rs_' + os.path.basename(out))
    ED.overlay(d['pdf'], tmp, specs)
    pages = CAP.render_pages(tmp, 150)
    ims = [im for im, w, h in pages]
    ims[0].save(out, 'PDF', save_all=True, append_images=ims[1:], resolution=150)
    return None

simple_font = [p for p in natives if p[1] in ('printer_rl', 'fpdf_core')]
try_pdf_edit(simple_font, 7, 'pikepdf_text_replace', m_pikepdf)
rest = [p for p in natives if p in simple_font or p[1] not in ('printer_rl', 'fpdf_core')]
R.shuffle(rest)
try_pdf_edit(rest, 7, 'overlay_whitebox', m_overlay)
try_pdf_edit(rest, 6, 'pypdf_incremental_overlay', m_incr)
try_pdf_edit(rest, 3, 'overlay_then_raster_print_pdf', m_resave)

# edits made on the document before it was scanned/photographed
for p in rest[:4]:
    d = p[0]; pages = ED.page_chars(d['pdf'])
    specs = [s for s in (change_spec(d, w, pages) for w in R.sample(['buyer', 'total', 'date'], 1)) if s]
    if not specs: continue
    tmp = os.path.join(TMP, f"pre_{d['id']}.pdf")
    try: ED.overlay(d['pdf'], tmp, [s[:4] for s in specs])
    except Exception as e: print('pre-edit failed', e); continue
    kind = 'photo_jpg' if npages(tmp) == 1 and R.random() < 0.5 else ('scan_jpg' if npages(tmp) == 1 else 'scan_pdf')
    ims, mats, dpi, rr = do_capture(tmp, kind, d['id'] * 13 + 5)
    fname = newname(d, kind); write_capture(ims, kind, os.path.join(FILES, fname), dpi, rr)
    upd = {}; [upd.update(s[4]) for s in specs]
    add_edit(bylab[d['file']], d, fname, 'whitebox_then_' + kind.split('_')[0], [list(s[4])[0] for s in specs], upd, producer=kind, before=True)

# edits in the Word source, exported again
for p, d2, what in EDIT_SRC:
    if not os.path.exists(d2['pdf']): print('missing src edit'); continue
    fname = newname(p[0], 'native'); shutil.copy(d2['pdf'], os.path.join(FILES, fname))
    upd = {'buyer': d2['buyer']['name']} if what == ['buyer'] else {'total': str(D(d2['total']))} if what == ['total'] else {'date': d2['date'].isoformat()}
    add_edit(bylab[p[0]['file']], p[0], fname, 'docx_source_edit_reexport', what, upd, producer='docx_soffice', before=True)

# image edits on scans and photos (single-image files)
img_pool = [p for p in plan if p[2] in ('scan_jpg', 'scan_png', 'photo_jpg') and invoice_like(p) and 'file' in p[0]]
R.shuffle(img_pool)
def img_edit_paste(p):
    d = p[0]; pages = ED.page_chars(d['pdf']); mats, dpi = CAPS[d['file']]
    whats = R.sample(['buyer', 'total', 'date', 'quantity'], R.choice([1, 1, 2]))
    specs = [s for s in (change_spec(d, w, pages) for w in whats) if s]
    if not specs: return None
    im = Image.open(os.path.join(FILES, d['file'])); im.load(); im = im.convert('RGB') if im.mode != 'L' else im
    wc, upd = [], {}
    for old, new, which, align, u in specs:
        for o in ED.pick(pages, ED.find(pages, old, whole=True) or ED.find(pages, old), which):
            if o[0] > 0: continue
            box = ED.occ_box(pages, o); fs, base = ED.occ_font(pages, o)
            box = (box[0], min(box[1], base - fs * 0.2), box[2], max(box[3], base + fs * 0.72))
            ED.img_paste(im, mats[o[0]], box, new, align, fs, dpi)
        upd.update(u); wc.append('buyer' if 'buyer' in u else 'total' if 'total' in u else 'date' if 'date' in u else 'quantity')
    return im, wc, upd

def img_edit_clone(p):
    d = p[0]; pages = ED.page_chars(d['pdf']); mats, dpi = CAPS[d['file']]
    chars = pages[0]
    opts = []
    ts = fmtd(d, d['total'])
    for what, s in (('total', ts), ('date', fdate(d['date'], d['ds']))):
        occ = ED.find(pages[:1], s)
        if not occ: continue
        o = ED.pick(pages[:1], occ, 'largest' if what == 'total' else 'first')[0]
        for k in range(o[1], o[2]):
            ch = chars[k][0]
            if not ch.isdigit(): continue
            for nd in '0123456789':
                if nd == ch: continue
                news = s[:k - o[1]] + nd + s[k - o[1] + 1:]
                if what == 'date':
                    try:
                        for cand in [d['date'] - dt.timedelta(days=x) for x in range(1, 400)]:
                            if fdate(cand, d['ds']) == news: break
                        else: continue
                        val = cand.isoformat()
                    except Exception: continue
                else:
                    val = str(parse_amount(news, d['ns']))
                    if D(val) <= d['total']: continue
                # a donor glyph of the same digit and size elsewhere on the page
                h = chars[k][1][3] - chars[k][1][1]
                donors = [c for j, c in enumerate(chars) if c[0] == nd and not (o[1] <= j < o[2]) and abs(c[2] - chars[k][2]) < 0.3 and c[1][3] - c[1][1] > 0.9 * h]
                if donors: opts.append((what, k, news, val, R.choice(donors)))
    if not opts: return None
    what, k, news, val, donor = R.choice(opts)
    im = Image.open(os.path.join(FILES, d['file'])); im.load(); im = im.convert('RGB') if im.mode != 'L' else im
    ED.img_clone(im, mats[0], donor[1], chars[k][1])
    return im, [what], {what: val}

n_paste = n_clone = 0
for p in img_pool:
    if n_paste >= 7 and n_clone >= 5: break
    d = p[0]
    fn, meth = (img_edit_clone, 'image_clone_digit') if (n_clone < 5 and (n_paste >= 7 or R.random() < 0.45)) else (img_edit_paste, 'image_paste_text')
    res = fn(p)
    if res is None and fn is img_edit_clone: fn, meth = img_edit_paste, 'image_paste_text'; res = fn(p)
    if res is None: continue
    im, wc, upd = res
    ext = d['file'].rsplit('.', 1)[1]
    fname = newname(d, d['cap'])
    if fname.endswith('.png'): im.save(os.path.join(FILES, fname))
    else: im.convert('RGB').save(os.path.join(FILES, fname), 'JPEG', quality=R.randint(80, 95))
    add_edit(bylab[d['file']], d, fname, meth, wc, upd, producer=d['cap'])
    if meth.startswith('image_clone'): n_clone += 1
    else: n_paste += 1

allab = labels + edited
with open(os.path.join(BASE, 'labels.jsonl'), 'w') as f:
    for l in allab: f.write(json.dumps(l, ensure_ascii=False) + '\n')
print('genuine', len(labels), 'edited', len(edited), 'total', len(allab))
