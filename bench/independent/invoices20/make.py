# Generator for the invoices20 test set. Run: /work/main/.venv/bin/python make.py
import os, sys, json, copy, io, shutil, datetime
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from docs import *
from render import *
from imaging import *
import pikepdf, pypdf
from reportlab.pdfgen import canvas as rlc

BASE = os.path.dirname(os.path.abspath(__file__)); FILES = os.path.join(BASE, 'files'); W = os.path.join(BASE, 'work')
os.makedirs(FILES, exist_ok=True); os.makedirs(W, exist_ok=True)
LABELS = []; GEN = []   # GEN: genuine records usable for edits

def label(fn, d, producer, pages, genuine=True, **kw):
    rec = dict(file=fn, genuine=genuine, edit_method=None, what_changed=[], producer=producer, language=d['lang'],
               is_invoice=d['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=d['doc_type'],
               date=d['date'].isoformat(), total=(str(q2(d['total'], d['currency'])) if d['has_total'] else None), currency=d['currency'],
               supplier=d['sup'].get('name_en') if d['kind'] in ('ci', 'ali') else d['sup']['name'], buyer=d['buy']['name'], pages=pages,
               edit_before_capture=False, arithmetic_error=bool(d.get('arith')))
    rec.update(kw); LABELS.append(rec); return rec

def render_src(d, how, out):
    if how in HTML and how in ('kingdee', 'ci'): to_pdf_weasy(HTML[how](d), out)
    elif how in HTML: to_pdf_chromium(HTML[how](d), out)
    elif how.startswith('weasy_'): to_pdf_weasy(HTML[how[6:]](d), out)
    elif how == 'fapiao': rl_fapiao(d, out)
    elif how == 'jp': rl_jp(d, out)
    elif how == 'rlplain': rl_plain(d, out)
    elif how == 'fpdf': fpdf_eu(d, out)

PROD = {'kingdee': 'weasyprint_erp_kingdee_like', 'ci': 'weasyprint_commercial_invoice', 'yonyou': 'chromium_erp_yonyou_like', 'market': 'chromium_marketplace_business',
        'ali': 'chromium_b2b_order', 'fapiao': 'reportlab_fapiao', 'jp': 'reportlab_seikyusho', 'rlplain': 'reportlab_platypus', 'fpdf': 'fpdf2'}
KIND = {'kingdee': 'cn_sales', 'yonyou': 'cn_sales', 'ci': 'ci', 'market': 'market', 'ali': 'ali', 'fapiao': 'fapiao', 'jp': 'jp', 'rlplain': 'eu', 'fpdf': 'eu'}
idx = [0]
def nid(): idx[0] += 1; return idx[0]

def spec_doc(how, lang, doc_type='invoice', **kw):
    k = KIND.get(how, how); i = nid()
    if k == 'ci' and doc_type == 'invoice': kw.setdefault('title', 'COMMERCIAL INVOICE 商业发票')
    d = make_doc(i, k, lang, doc_type, producer=how, **kw)
    if k == 'fapiao': d['doc_type'] = 'tax_invoice'
    if k == 'ci' and doc_type == 'invoice': d['doc_type'] = 'invoice'
    return d

def title_override(d):
    pass

# ---------------------------------------------------------------- PDFs
PDF_SPECS = []
for how, lang, n, extras in [
    ('kingdee', 'zh', 10, [dict(n_items=58), dict(doc_type='quotation'), dict(doc_type='delivery_note'), dict(arith='line')]),
    ('yonyou', 'zh', 6, [dict(n_items=44), dict(title='销售发票')]),
    ('ci', 'zh-en', 8, [dict(doc_type='packing_list'), dict(doc_type='proforma'), dict(n_items=40)]),
    ('market', 'en', 7, [dict(arith='grand'), dict(doc_type='receipt')]),
    ('ali', 'en', 6, [dict(n_items=36)]),
    ('fapiao', 'zh', 10, [dict(arith='grand')]),
    ('jp', 'ja', 5, [dict(doc_type='delivery_note'), dict(arith='line')]),
    ('rlplain', 'de', 3, [dict(doc_type='credit_note')]), ('rlplain', 'es', 3, []), ('rlplain', 'en', 2, [dict(n_items=5)]),
    ('fpdf', 'de', 4, [dict(doc_type='delivery_note'), dict(arith='grand')]), ('fpdf', 'es', 3, []), ('fpdf', 'fr', 3, [dict(arith='line')]),
    ('fpdf', 'it', 3, []), ('fpdf', 'nl', 3, [dict(doc_type='purchase_order')]), ('fpdf', 'pl', 3, [])]:
    for j in range(n):
        PDF_SPECS.append((how, lang, extras[j] if j < len(extras) else {}))

def big_items(d, n):
    pass

for how, lang, ex in PDF_SPECS:
    ex = dict(ex); dt = ex.pop('doc_type', 'invoice'); ni = ex.pop('n_items', None)
    if ni and how in ('kingdee', 'yonyou', 'ci', 'ali'):
        d = spec_doc(how, lang, dt, **ex)
        # long order: many colour/size variants of the goods
        base = list(d['items']); d['items'] = []
        for k in range(ni):
            g = R.choice(GOODS); it = dict(base[0]); it.update(desc=(g[0] if lang == 'zh' else g[1]) + f" #{k + 1:02d}", desc_cn=g[0], qty=R.choice([60, 120, 240, 300, 500]), price=q2(R.uniform(*g[3]) / (1 if d['currency'] == 'CNY' else 6.9)))
            d['items'].append(it)
        compute(d)
    else:
        d = spec_doc(how, lang, dt, n_items=ni, **ex)
    fn = f"inv_{d['id']}_{how}_{lang}.pdf"; out = os.path.join(FILES, fn)
    if not os.path.exists(out): render_src(d, how, out)
    r = label(fn, d, PROD[how], n_pages(out)); GEN.append(dict(rec=r, d=d, how=how, kind='pdf', path=out, src=out))

# ---------------------------------------------------------------- LibreOffice (spreadsheets, Word)
lo = []
for how, lang, dt, ex in [('cn_sales', 'zh', 'invoice', {}), ('cn_sales', 'zh', 'invoice', {'arith': 'grand'}), ('cn_sales', 'zh', 'invoice', {}), ('cn_sales', 'zh', 'other', {'title': '2026年春季出厂价目表'}),
                          ('eu', 'de', 'invoice', {}), ('eu', 'de', 'invoice', {}), ('eu', 'es', 'invoice', {}), ('eu', 'es', 'invoice', {}), ('market', 'en', 'invoice', {}), ('market', 'en', 'invoice', {})]:
    d = make_doc(nid(), how, lang, dt, producer='calc', **ex); lo.append((d, 'calc'))
for how, lang, dt, ex in [('eu', 'es', 'invoice', {}), ('eu', 'es', 'quotation', {}), ('eu', 'it', 'invoice', {}), ('eu', 'it', 'invoice', {}), ('eu', 'fr', 'invoice', {}),
                          ('eu', 'fr', 'invoice', {}), ('eu', 'nl', 'invoice', {}), ('eu', 'en', 'invoice', {}), ('eu', 'en', 'purchase_order', {}), ('eu', 'en', 'other', {}), ('cn_sales', 'zh', 'invoice', {}), ('cn_sales', 'zh', 'invoice', {})]:
    d = make_doc(nid(), how, lang, dt, producer='docx', **ex); lo.append((d, 'docx'))
srcs = []
for d, p in lo:
    if d['doc_type'] == 'other' and p == 'calc': d['has_total'] = False
    if d['doc_type'] == 'other' and p == 'docx':
        d['letter'] = ['Dear Sirs,', f"Further to our telephone conversation, we confirm that the price increase of 4.5% on all corrugated cartons will apply to orders placed after {fdate(d['date'] + datetime.timedelta(days=30), 'en_long')}.",
                       'Orders already confirmed will be invoiced at the current prices. Please do not hesitate to contact us should you have any questions.', 'Yours faithfully,', 'M. Ashworth, Sales Manager']
        d['has_total'] = False
    if d['doc_type'] == 'purchase_order':   # PO is issued by us to the supplier: roles stay supplier/buyer
        pass
    ext = 'fods' if p == 'calc' else 'docx'; src = os.path.join(W, f"inv_{d['id']}_{p}_{d['lang']}.{ext}")
    (fods if p == 'calc' else docx_doc)(d, src)
    if not os.path.exists(os.path.join(FILES, os.path.basename(src)[:-len(ext)] + 'pdf')): srcs.append(src)
soffice_batch(srcs, FILES)
for d, p in lo:
    fn = f"inv_{d['id']}_{p}_{d['lang']}.pdf"; out = os.path.join(FILES, fn)
    if not os.path.exists(out): print('MISSING', fn); continue
    r = label(fn, d, 'libreoffice_calc' if p == 'calc' else 'python_docx_libreoffice', n_pages(out)); GEN.append(dict(rec=r, d=d, how=p, kind='pdf', path=out, src=out))

# ---------------------------------------------------------------- scans, photos, screenshots
def capture(d, how, mode, fn_base, fmt_='jpg', edited=False):
    src = os.path.join(W, fn_base + ('_src.pdf' if not edited else '_edsrc.pdf')); render_src(d, how, src)
    np_ = n_pages(src); dpi = 150 if mode != 'photo' else 120
    if mode == 'scan':
        imgs = []; Ts = []
        for p in range(np_): im, T = scan(render(src, p, dpi), dpi); imgs.append(im); Ts.append(T)
    elif mode == 'photo': im, T = photo(render(src, 0, dpi)); imgs, Ts = [im], [T]
    else: im, T = screenshot(render(src, 0, 110), ('OrientSource Trade' if 'ali' in how else 'BizMart Business')); imgs, Ts = [im], [T]; dpi = 110
    fn = fn_base + '.' + fmt_; out = os.path.join(FILES, fn)
    if fmt_ == 'pdf': imgs[0].save(out, save_all=True, append_images=imgs[1:], resolution=dpi * 0.7)
    elif fmt_ == 'png': imgs[0].save(out)
    else: imgs[0].save(out, quality=R.choice([62, 70, 78, 85]))
    return fn, out, src, dpi, Ts, len(imgs) if fmt_ == 'pdf' else 1

CAP = [('kingdee', 'zh', 'scan', 'jpg', {}), ('kingdee', 'zh', 'scan', 'png', {}), ('kingdee', 'zh', 'scan', 'pdf', {'n_items': 3}),
       ('fapiao', 'zh', 'scan', 'jpg', {}), ('fapiao', 'zh', 'scan', 'pdf', {}), ('fapiao', 'zh', 'scan', 'jpg', {}), ('fapiao', 'zh', 'scan', 'png', {}),
       ('fpdf', 'de', 'scan', 'jpg', {}), ('fpdf', 'es', 'scan', 'pdf', {}), ('fpdf', 'it', 'scan', 'jpg', {}), ('rlplain', 'de', 'scan', 'png', {}),
       ('jp', 'ja', 'scan', 'jpg', {}), ('jp', 'ja', 'scan', 'pdf', {}),
       ('kingdee', 'zh', 'photo', 'jpg', {}), ('kingdee', 'zh', 'photo', 'jpg', {}), ('kingdee', 'zh', 'photo', 'jpg', {'arith': 'line'}), ('kingdee', 'zh', 'photo', 'jpg', {}),
       ('fapiao', 'zh', 'photo', 'jpg', {}), ('fapiao', 'zh', 'photo', 'jpg', {}), ('fapiao', 'zh', 'photo', 'jpg', {}),
       ('jp', 'ja', 'photo', 'jpg', {}), ('jp', 'ja', 'photo', 'jpg', {}), ('fpdf', 'es', 'photo', 'jpg', {}), ('fpdf', 'de', 'photo', 'jpg', {}),
       ('weasy_market', 'en', 'screenshot', 'png', {}), ('weasy_market', 'en', 'screenshot', 'png', {}), ('weasy_ali', 'en', 'screenshot', 'png', {}),
       ('weasy_ali', 'en', 'screenshot', 'png', {}), ('weasy_ali', 'en', 'screenshot', 'png', {}), ('weasy_market', 'en', 'screenshot', 'jpg', {})]
for how, lang, mode, f_, ex in CAP:
    k = KIND.get(how.replace('weasy_', '')); d = make_doc(nid(), k, lang, 'tax_invoice' if k == 'fapiao' else 'invoice', producer=how, **ex)
    if k == 'fapiao': d['doc_type'] = 'tax_invoice'
    if k == 'ali': d['sup']['name_en']
    base = f"{mode}_{d['id']}_{how.replace('weasy_', '')}_{lang}"
    fn, out, src, dpi, Ts, np_ = capture(d, how, mode, base, f_)
    prod = {'scan': f'scan_{f_}', 'photo': 'phone_photo_jpg', 'screenshot': f'screenshot_{f_}'}[mode] + '<-' + (('weasyprint_' + PROD[how[6:]].split('_', 1)[1]) if how.startswith('weasy_') else PROD[how])
    r = label(fn, d, prod, np_); GEN.append(dict(rec=r, d=d, how=how, kind='img', mode=mode, fmt=f_, path=out, src=src, dpi=dpi, Ts=Ts))

print('genuine', len(LABELS))
exec(open(os.path.join(BASE, 'edits.py')).read())
with open(os.path.join(BASE, 'labels.jsonl'), 'w') as f:
    for r in LABELS: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('labels', len(LABELS))
