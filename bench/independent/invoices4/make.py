#!/usr/bin/env python3
"""Build the invoices4 test set: ~120 genuine documents + ~40 edited copies, labels.jsonl.
Usage: /work/main/.venv/bin/python make.py"""
import os, sys, json, random, shutil, datetime as dt, io, collections, time
from decimal import Decimal as D
import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from specs import make_spec, build_view, sup_name
import renderers as RD
import imaging as IM

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, 'files'); BUILD = os.path.join(ROOT, 'build'); SO = os.path.join(BUILD, 'so')
R = random.Random(20261205)
NR = np.random.default_rng(1205)
T0 = time.time()


def log(*a):
    print(f"[{time.time() - T0:6.1f}s]", *a, flush=True)


def rand_date(lo=dt.date(2025, 2, 3), hi=dt.date(2026, 11, 27)):
    d = lo + dt.timedelta(days=R.randrange((hi - lo).days))
    if d.weekday() >= 5: d -= dt.timedelta(days=d.weekday() - 4)
    return d


LATIN1 = ('en', 'de', 'fr', 'it', 'es', 'nl')
GEN_NAMES = {'chromium_html': ['ContaBene Cloud', 'RechnungsPilot Web', 'Faktura.online', 'InvoiceDesk'], 'weasyprint_html': ['BoekhoudBaas', 'Kaikei Cloud', 'FactuLine', 'ERP-Lite'],
             'reportlab': ['GestiTex 2019', 'Kasse+Faktura 11', 'TradeBooks 3'], 'fpdf2': ['FakturaMistrz 5', 'FacturaSol 9', 'MiniFact'],
             'soffice_calc': ['Calc template'], 'soffice_writer': ['Word template']}

# --------------------------------------------------------------------------------------------------- plan
SPECIALS = [  # producer, sid, lang, doc_type, kind, base (for scans/photos), theme
    ('weasyprint_html', 'hengyuan', 'en', 'packing_list', None, None, 'erp'),
    ('scan_mfp', 'yuexin', 'zh', 'packing_list', None, 'reportlab', 'box'),
    ('soffice_writer', 'drewnex', 'es', 'purchase_order', None, None, 'sans'),
    ('soffice_calc', 'harbour', 'en', 'purchase_order', None, None, ''),
    ('chromium_html', 'valdarno', 'it', 'quotation', None, None, 'classic'),
    ('phone_photo', 'hoffmann', 'de', 'quotation', None, 'weasyprint_html', 'modern'),
    ('reportlab', 'brenner', 'de', 'delivery_note', None, None, 'box'),
    ('scan_mfp', 'drewnex', 'pl', 'delivery_note', None, 'fpdf2', 'b'),
    ('soffice_calc', 'lariana', 'it', 'other', 'price_list', None, ''),
    ('weasyprint_html', 'yamaji', 'ja', 'other', 'letter', None, 'jp'),
    ('chromium_html', 'yuexin', 'en', 'proforma', None, None, 'modern'),
    ('fpdf2', 'pradis', 'it', 'proforma', None, None, 'a'),
    ('reportlab', 'hoffmann', 'de', 'credit_note', None, None, 'red'),
    ('soffice_writer', 'henares', 'es', 'credit_note', None, None, 'sans'),
    ('phone_photo', 'minato', 'ja', 'receipt', None, 'weasyprint_html', 'jp'),
    ('scan_mfp', 'manzanares', 'es', 'receipt', None, 'chromium_html', 'erp'),
    ('reportlab', 'harbour', 'en', 'receipt', None, None, 'box'),
    ('weasyprint_html', 'hengyuan', 'zh', 'tax_invoice', None, None, 'zhvat'),
    ('weasyprint_html', 'lanting', 'zh', 'tax_invoice', None, None, 'zhvat'),
    ('weasyprint_html', 'yuexin', 'zh', 'tax_invoice', None, None, 'zhvat'),
    ('chromium_html', 'lanting', 'zh', 'tax_invoice', None, None, 'zhvat'),
    ('scan_mfp', 'hengyuan', 'zh', 'tax_invoice', None, 'weasyprint_html', 'zhvat'),
    ('phone_photo', 'yuexin', 'zh', 'tax_invoice', None, 'chromium_html', 'zhvat'),
    ('reportlab', 'harbour', 'en', 'tax_invoice', None, None, 'red'),
    ('weasyprint_html', 'hengyuan', 'en', 'tax_invoice', None, None, 'modern'),
]
TARGET = {'chromium_html': 18, 'weasyprint_html': 18, 'reportlab': 18, 'fpdf2': 12, 'soffice_calc': 10, 'soffice_writer': 10, 'scan_mfp': 20, 'phone_photo': 14}
SUP_W = [('hengyuan', 9), ('yuexin', 8), ('lanting', 4), ('harbour', 5), ('valdarno', 7), ('lariana', 5), ('pradis', 4), ('drewnex', 7), ('karkonosze', 5),
         ('hoffmann', 7), ('brenner', 5), ('yamaji', 5), ('minato', 4), ('vauclair', 4), ('lumignon', 3), ('vandermolen', 5), ('manzanares', 3), ('henares', 3)]


LANG_W = [('en', 20), ('de', 15), ('it', 15), ('pl', 12), ('es', 9), ('fr', 9), ('nl', 9), ('zh', 12), ('ja', 13)]


LANG_QUOTA = []


def pick_sup(producer):
    while True:
        ok = [i for i, l in enumerate(LANG_QUOTA) if not ((producer == 'fpdf2' and l in ('zh', 'ja')) or (producer == 'soffice_calc' and l in ('zh', 'ja')))]
        lang = LANG_QUOTA.pop(ok[0]) if ok else R.choices([l for l, _ in LANG_W], [w for _, w in LANG_W])[0]
        if lang == 'es':
            sid = R.choice(['manzanares', 'henares'])
        else:
            cand = [(s_, w) for s_, w in SUP_W if lang in SUPPLIERS[s_]['langs']]
            sid = R.choices([c[0] for c in cand], [c[1] for c in cand])[0]
        if producer == 'fpdf2' and lang not in LATIN1 + ('pl',): continue
        if producer in ('soffice_calc',) and lang in ('zh', 'ja') and R.random() < 0.7: continue
        return sid, lang


def theme_for(producer, lang, doc_type):
    if producer in ('chromium_html', 'weasyprint_html'):
        if lang == 'ja': return 'jp'
        if lang == 'zh' and doc_type == 'tax_invoice': return 'zhvat'
        return R.choice(['classic', 'modern', 'erp'])
    if producer == 'reportlab': return R.choice(['red', 'box'])
    if producer == 'fpdf2': return R.choice(['a', 'b'])
    if producer == 'soffice_writer': return R.choice(['sans', 'serif'])
    return ''


def build_plan():
    plan = []
    cnt = collections.Counter()
    for prod, sid, lang, dtp, kind, base, theme in SPECIALS:
        plan.append(dict(producer=prod, sid=sid, lang=lang, doc_type=dtp, kind=kind, base=base, theme=theme)); cnt[prod] += 1
    LANG_QUOTA[:] = [l for l, n in [('en', 18), ('de', 11), ('it', 12), ('pl', 10), ('es', 7), ('fr', 7), ('nl', 7), ('zh', 10), ('ja', 13)] for _ in range(n)]
    R.shuffle(LANG_QUOTA)
    for prod, n in sorted(TARGET.items(), key=lambda x: x[0] not in ('fpdf2', 'soffice_calc')):
        for _ in range(n - cnt[prod]):
            base = None
            if prod in ('scan_mfp', 'phone_photo'):
                base = R.choice(['chromium_html', 'weasyprint_html', 'reportlab', 'reportlab', 'fpdf2', 'soffice_writer', 'soffice_calc'])
            sid, lang = pick_sup(base or prod)
            dtp = 'tax_invoice' if (lang == 'zh' and R.random() < 0.5) else 'invoice'
            plan.append(dict(producer=prod, sid=sid, lang=lang, doc_type=dtp, kind=None, base=base, theme=theme_for(base or prod, lang, dtp)))
    for p in plan:
        if p['theme'] == '' or p['theme'] is None: p['theme'] = theme_for(p['base'] or p['producer'], p['lang'], p['doc_type'])
        if p['base'] and p['base'] in ('chromium_html', 'weasyprint_html') and p['lang'] == 'ja': p['theme'] = 'jp'
    R.shuffle(plan)
    # items / pages
    for p in plan:
        x = R.random()
        p['n_items'] = R.randint(2, 8) if x < 0.68 else (R.randint(9, 18) if x < 0.85 else R.randint(32, 58))
        if p['theme'] in ('jp', 'zhvat') or p['producer'] == 'phone_photo': p['n_items'] = min(p['n_items'], R.randint(3, 9))
        if p['kind'] == 'letter': p['n_items'] = 1
        if p['kind'] == 'price_list': p['n_items'] = R.randint(14, 30)
    # other buyers and arithmetic errors
    inv = [p for p in plan if p['doc_type'] == 'invoice']
    for p in R.sample(inv, 24): p['buyer'] = R.choice(OTHER_BUYERS)
    errs = ['line', 'sum', 'tax', 'total', 'line', 'total', 'sum', 'line']
    for p, k in zip(R.sample([p for p in inv if p['producer'] not in ('phone_photo',) and p['n_items'] < 30], 8), errs): p['arith'] = k
    return plan


LETTER_JA = ['拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は格別のお引き立てを賜り、厚く御礼申し上げます。',
             'さて、原材料費および燃料費の高騰が続いており、誠に不本意ながら2026年4月1日ご注文分より一部商品の価格を改定させていただくことになりました。',
             '改定率は平均8%となります。詳細は別紙価格表をご参照ください。今後とも変わらぬご愛顧を賜りますようお願い申し上げます。', '敬具']


def spec_for(p):
    buyer = p.get('buyer', MAIN_BUYER)
    date = rand_date()
    s = make_spec(R, p['sid'], p['lang'], p['doc_type'], buyer, date, p['n_items'], arith=p.get('arith'))
    if p['kind']: s['kind'] = p['kind']
    if p['kind'] == 'letter':
        s['paras'] = LETTER_JA; s['title'] = '価格改定のお知らせ'; s['number'] = f"YT-{date.year}-{R.randint(10, 99)}"
    if p['kind'] == 'price_list':
        s['title'] = LBL[p['lang']]['price_list'] + f" {date.year}"
    if p['doc_type'] == 'purchase_order':
        s['number'] = f"PC-{date.year}-{R.randint(100, 480)}"
    if p['doc_type'] in ('invoice', 'tax_invoice') and R.random() < 0.3:
        s['ref'] = f"PO-{date.year % 100}{R.randint(100, 999)}"
    return s


def has_total(s):
    return s['doc_type'] not in ('packing_list', 'delivery_note', 'other')


def render_pdf(p, s, out):
    prod = p['base'] or p['producer']
    gen = R.choice(GEN_NAMES.get(prod, ['x']))
    if prod == 'chromium_html': RD.render_chromium(s, p['theme'], out, gen)
    elif prod == 'weasyprint_html': RD.render_weasy(s, p['theme'], out, gen)
    elif prod == 'reportlab': RD.render_reportlab(s, p['theme'], out, gen)
    elif prod == 'fpdf2': RD.render_fpdf(s, p['theme'], out, gen)
    elif prod == 'soffice_calc':
        open(out[:-4] + '.fods', 'w', encoding='utf-8').write(RD.fods(s, gen)); return out[:-4] + '.fods'
    elif prod == 'soffice_writer':
        RD.make_docx(s, p['theme'], out[:-4] + '.docx', gen); return out[:-4] + '.docx'
    return None


def npages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


# --------------------------------------------------------------------------------------------------- image outputs
def save_image_doc(pages, fmt, out, wrap='pil', quality=80):
    if fmt == 'jpg':
        pages[0].save(out, 'JPEG', quality=quality, subsampling=2 if quality < 85 else 0)
    elif fmt == 'png':
        pages[0].save(out, 'PNG', optimize=True)
    else:
        if wrap == 'pil':
            pages[0].save(out, 'PDF', save_all=True, append_images=pages[1:], resolution=200, quality=quality)
        else:
            from reportlab.pdfgen import canvas
            from reportlab.lib.pagesizes import A4
            from reportlab.lib.utils import ImageReader
            c = canvas.Canvas(out, pagesize=A4); c.setCreator('Image Merge'); c.setProducer('PDF Merge Tool')
            for im in pages:
                b = io.BytesIO(); im.convert('RGB').save(b, 'JPEG', quality=quality); b.seek(0)
                pw, ph = (A4[0], A4[1]) if im.height >= im.width else (A4[1], A4[0])
                c.setPageSize((pw, ph)); c.drawImage(ImageReader(b), 0, 0, pw, ph); c.showPage()
            c.save()


def jpeg_roundtrip(im, q):
    b = io.BytesIO(); im.save(b, 'JPEG', quality=q); b.seek(0)
    return Image.open(b).convert(im.mode)


def make_scan(base_pdf, fmt_hint=None):
    sizes = IM.page_sizes(base_pdf)
    dpi = R.choice([150, 150, 200, 200, 240])
    gray = R.random() < 0.5
    pages, Hs = [], []
    for i in range(len(sizes)):
        im = IM.render_page(base_pdf, i, dpi)
        out, Hm = IM.scan_degrade(im, R, NR)
        if gray: out = out.convert('L')
        pages.append(out); Hs.append(Hm)
    fmt = fmt_hint or ('pdf' if len(pages) > 1 else R.choice(['jpg', 'jpg', 'png', 'pdf', 'pdf']))
    q = R.randint(55, 85)
    pages = [jpeg_roundtrip(pg, q) for pg in pages] if fmt != 'png' else pages
    return dict(pages=pages, H=Hs, dpi=dpi, sizes=sizes, fmt=fmt, q=q, gray=gray, extras=[])


def make_photo(base_pdf):
    sizes = IM.page_sizes(base_pdf)
    dpi = R.choice([105, 115, 125, 135])
    im = IM.render_page(base_pdf, 0, dpi)
    out, Hm, extras = IM.photo_sim(im, R, NR)
    q = R.randint(70, 90)
    return dict(pages=[jpeg_roundtrip(out, q)], H=[Hm], dpi=dpi, sizes=sizes[:1], fmt='jpg', q=q, gray=False, extras=extras)


# --------------------------------------------------------------------------------------------------- main
def main():
    if os.path.exists(FILES): shutil.rmtree(FILES)
    if os.path.exists(BUILD): shutil.rmtree(BUILD)
    for d in (FILES, BUILD, SO, os.path.join(BUILD, 'home'), os.path.join(BUILD, 'ed')): os.makedirs(d, exist_ok=True)
    plan = build_plan()
    recs = []
    so_inputs = []
    log('plan', len(plan))
    # phase 1: direct renderers + soffice sources
    for i, p in enumerate(plan):
        s = spec_for(p)
        p['spec'] = s
        base = os.path.join(SO if (p['base'] or p['producer']).startswith('soffice') else BUILD, f"g{i:03d}.pdf")
        src = render_pdf(p, s, base)
        if src: so_inputs.append(src)
        p['base_pdf'] = base
    log('phase1 done; soffice', len(so_inputs))
    RD.soffice_batch(so_inputs, SO)
    # phase 2: outputs
    for i, p in enumerate(plan):
        s = p['spec']
        assert os.path.exists(p['base_pdf']), p['base_pdf']
        rec = dict(idx=i, plan=p)
        if p['producer'] == 'scan_mfp':
            rec['img'] = make_scan(p['base_pdf'])
            rec['ext'] = rec['img']['fmt']
        elif p['producer'] == 'phone_photo':
            rec['img'] = make_photo(p['base_pdf'])
            rec['ext'] = 'jpg'
        else:
            rec['ext'] = 'pdf'
        tmp = os.path.join(BUILD, f"out_g{i:03d}.{rec['ext']}")
        if 'img' in rec:
            save_image_doc(rec['img']['pages'], rec['img']['fmt'], tmp, wrap='pil', quality=rec['img']['q'])
        else:
            shutil.copy(p['base_pdf'], tmp)
        rec['tmp'] = tmp
        rec['label'] = base_label(p, s, tmp, rec)
        recs.append(rec)
    log('genuine', len(recs))
    edits = make_edits(recs)
    log('edits', len(edits))
    finalize(recs + edits)
    for d in ('chrome', 'lo_profile', 'home'):
        shutil.rmtree(os.path.join(BUILD, d), ignore_errors=True)


def base_label(p, s, path, rec):
    pr = s['pr']
    is_inv = s['doc_type'] in ('invoice', 'tax_invoice', 'receipt', 'credit_note')
    prod = p['producer']
    pages = len(rec['img']['pages']) if 'img' in rec else npages(path)
    if 'img' in rec and rec['img']['fmt'] == 'pdf': pages = npages(path)
    lab = dict(file=None, genuine=True, edit_method=None, what_changed=[], producer=prod, language=s['lang'], is_invoice=is_inv, doc_type=s['doc_type'],
               date=s['date'].isoformat(), total=str(pr['total']) if has_total(s) else None, currency=s['cur'] if has_total(s) else None,
               supplier=sup_name(s), buyer=s['buyer']['name'], pages=pages, arithmetic_error=bool(s.get('arith')))
    if p['base']: lab['base_producer'] = p['base']
    if 'img' in rec and rec['img']['extras']: lab['photo_artifacts'] = rec['img']['extras']
    if s.get('kind'): lab['kind'] = s['kind']
    if s.get('arith'): lab['arithmetic_error_kind'] = s['arith']
    return lab


# --------------------------------------------------------------------------------------------------- edits
METHODS = [('pikepdf_text_replace', 5, 'stream'), ('pypdf_text_replace', 3, 'stream'), ('pypdf_incremental_text', 2, 'stream'),
           ('pypdf_incremental_overlay', 2, 'pdf'), ('overlay_whitebox', 6, 'pdf'), ('overlay_then_rasterize', 2, 'pdf'), ('overlay_then_pikepdf_resave', 1, 'pdf'),
           ('overlay_then_scan', 2, 'pdf'), ('image_paste_text', 6, 'img'), ('image_paste_warped', 4, 'img'), ('image_clone_digits', 5, 'img'),
           ('image_paste_from_render', 2, 'img')]


def bump_digits(s, min_change=1):
    """change leading significant digit(s) so the value goes up; keep length and separators."""
    ch = list(s)
    digs = [i for i, c in enumerate(ch) if c.isdigit()]
    i0 = digs[0]
    if len(digs) >= 5 and R.random() < 0.6: i0 = digs[1]
    d = int(ch[i0])
    if d < 9:
        ch[i0] = str(R.randint(d + 1, 9))
    else:
        i1 = digs[1]; ch[i1] = str(R.randint(int(ch[i1]) + 1, 9)) if ch[i1] != '9' else '8'
    if len(digs) > 2 and R.random() < 0.5:
        j = digs[1]; ch[j] = str(R.randint(0, 9))
    return ''.join(ch)


def parse_num(s, lang, cur):
    t = s.replace(' ', '').replace('\u00a0', '')
    if lang in ('de', 'it', 'es', 'nl', 'fr', 'pl'):
        t = t.replace('.', '').replace(',', '.')
    else:
        t = t.replace(',', '')
    return D(t)


def target_candidates(rec, method):
    s = rec['plan']['spec']; lang = s['lang']; cur = s['cur']
    c = []
    tot = fmt_num(s['pr']['total'], lang, cur)
    c.append(('total', tot))
    c.append(('date', fmt_date(s['date'], s['date_style'])))
    if s['buyer']['name'] != MAIN_BUYER['name'] and method != 'image_clone_digits':
        c += [('buyer', s['buyer']['name'])] * 3
    c.append(('quantity', None))
    return c


def new_value(rec, kind, old):
    s = rec['plan']['spec']
    if kind == 'total': return bump_digits(old)
    if kind == 'buyer': return MAIN_BUYER['name']
    if kind == 'date':
        d = s['date']
        nd = d.replace(year=2026) if d.year == 2025 and d.replace(year=2026) <= dt.date(2026, 11, 30) else None
        if nd is None:
            day = d.day
            nd = d.replace(day=(day + 10 if day <= 18 else day - 10)) if day >= 10 else d.replace(day=min(9, day + R.randint(1, 4)) if day < 9 else 3)
            if nd == d: nd = d.replace(day=d.day - 1 if d.day > 1 else 2)
        new = fmt_date(nd, s['date_style'])
        if len(new) != len(old): return None
        return new, nd
    if kind == 'quantity':
        return bump_digits(old)


def choose_targets(rec, method):
    s = rec['plan']['spec']; lang = s['lang']; cur = s['cur']
    path = rec['plan']['base_pdf']
    cands = target_candidates(rec, method)
    R.shuffle(cands)
    chosen = []
    for kind, old in cands:
        if any(k == kind for k, *_ in chosen): continue
        if kind == 'quantity':
            rows = list(range(len(s['items']))); R.shuffle(rows)
            for ri in rows:
                q = str(s['items'][ri]['qty'])
                occ = IM.locate(path, q, whole_word=True)
                if len(occ) == 1:
                    chosen.append(('quantity', q, bump_digits(q), occ, ri)); break
        else:
            occ = IM.locate(path, old)
            if not occ: continue
            if method == 'image_clone_digits' or rec['plan']['producer'] == 'phone_photo':
                occ = [o for o in occ if o['page'] == 0] if rec['plan']['producer'] == 'phone_photo' else occ
                if not occ: continue
            nv = new_value(rec, kind, old)
            if nv is None: continue
            chosen.append((kind, old, nv, occ, None))
        if len(chosen) >= (2 if R.random() < 0.25 else 1): break
    return chosen


def apply_label(lab, s, chosen):
    lab = dict(lab)
    wc = []
    for kind, old, new, occ, extra in chosen:
        wc.append(kind)
        if kind == 'total': lab['total'] = str(qz(parse_num(new, s['lang'], s['cur']), s['cur']))
        if kind == 'buyer': lab['buyer'] = new
        if kind == 'date': lab['date'] = new[1].isoformat()
    lab['what_changed'] = wc
    lab['genuine'] = False
    lab['arithmetic_error'] = False
    lab.pop('arithmetic_error_kind', None)
    ch = []
    for kind, old, new, occ, extra in chosen:
        nv = new[0] if kind == 'date' else new
        ch.append(f"{kind}: '{old}' -> '{nv}' ({len(occ)}x)")
    lab['change_detail'] = ch
    return lab


def newstr(kind, new):
    return new[0] if kind == 'date' else new


def align_of(kind):
    return 'R' if kind in ('total', 'quantity') else 'L'


def make_edits(recs):
    pools = {
        'stream': [r for r in recs if r['plan']['producer'] in ('reportlab', 'fpdf2') and r['plan']['lang'] in LATIN1],
        'pdf': [r for r in recs if r['plan']['producer'] not in ('scan_mfp', 'phone_photo')],
        'img': [r for r in recs if r['plan']['producer'] in ('scan_mfp', 'phone_photo')],
    }
    used = set()
    out = []
    for method, n, pool in METHODS:
        cands = [r for r in pools[pool] if r['plan']['spec']['doc_type'] in ('invoice', 'tax_invoice', 'receipt') and not r['plan']['spec'].get('arith')]
        R.shuffle(cands)
        # prefer sources whose buyer is not us (gives buyer edits), and 2025 dates
        cands.sort(key=lambda r: (r['plan']['spec']['buyer']['name'] == MAIN_BUYER['name']) + R.random())
        made = 0
        for rec in cands:
            if made >= n: break
            if rec['idx'] in used: continue
            if pool == 'stream' and sum(1 for x in out if x.get('_pool') == 'stream') >= 10: pass
            res = do_edit(rec, method, len(out))
            if res:
                used.add(rec['idx']); res['_pool'] = pool; out.append(res); made += 1
        log(method, made)
    return out


def do_edit(rec, method, k):
    s = rec['plan']['spec']; p = rec['plan']
    chosen = choose_targets(rec, method)
    if not chosen: return None
    base = p['base_pdf']
    ed = os.path.join(BUILD, 'ed', f"e{k:03d}")
    lab = apply_label(rec['label'], s, chosen)
    lab['edit_method'] = method
    lab['source_file'] = rec['idx']
    fp = 'DejaVu' if s['lang'] == 'pl' else 'Helvetica'
    try:
        if method in ('pikepdf_text_replace', 'pypdf_text_replace', 'pypdf_incremental_text'):
            pairs = [(old, newstr(kind, new), 'qty' if kind == 'quantity' else 'str') for kind, old, new, occ, ex in chosen]
            out = ed + '.pdf'
            n = IM.edit_pikepdf(base, out, pairs) if method == 'pikepdf_text_replace' else IM.edit_pypdf(base, out, pairs, incremental=(method == 'pypdf_incremental_text'))
            if n < len(pairs): return None
            for kind, old, new, occ, ex in chosen:
                if not IM.locate(out, newstr(kind, new)): return None
            ext = 'pdf'
        elif method in ('overlay_whitebox', 'pypdf_incremental_overlay', 'overlay_then_rasterize', 'overlay_then_pikepdf_resave', 'overlay_then_scan'):
            items = [(o, newstr(kind, new), align_of(kind)) for kind, old, new, occ, ex in chosen for o in occ]
            out = ed + '.pdf'
            IM.overlay_edit(base, out, items, incremental=(method == 'pypdf_incremental_overlay'), fontpref=fp)
            if method == 'overlay_then_rasterize':
                IM.rasterize_pdf(out, ed + '_r.pdf', dpi=R.choice([150, 200]), quality=R.randint(70, 90)); out = ed + '_r.pdf'
                lab['producer'] = 'raster_pdf'
            elif method == 'overlay_then_pikepdf_resave':
                IM.pikepdf_resave(out, ed + '_q.pdf'); out = ed + '_q.pdf'
            elif method == 'overlay_then_scan':
                sc = make_scan(out)
                ext = sc['fmt']
                out2 = ed + '_s.' + ext
                save_image_doc(sc['pages'], ext, out2, quality=sc['q'])
                lab['producer'] = 'scan_mfp'; lab['base_producer'] = p['producer']
                lab['pages'] = len(sc['pages'])
                return dict(tmp=out2, ext=ext, label=lab)
            ext = 'pdf'
        else:
            img = rec['img']
            pages = [pg.copy() for pg in img['pages']]
            mode = pages[0].mode
            if method == 'image_paste_from_render':
                items = [(o, newstr(kind, new), align_of(kind)) for kind, old, new, occ, ex in chosen for o in occ]
                IM.overlay_edit(base, ed + '_clean.pdf', items, fontpref=fp)
            for kind, old, new, occ, ex in chosen:
                for pi in sorted(set(o['page'] for o in occ)):
                    if pi >= len(pages): return None
                    oc = [o for o in occ if o['page'] == pi]
                    Hm = img['H'][pi]; wpt, hpt = img['sizes'][pi]
                    im = pages[pi].convert('RGB')
                    if method == 'image_paste_text':
                        res = IM.img_paste_text(im, Hm, hpt, img['dpi'], oc, newstr(kind, new), align_of(kind))
                    elif method == 'image_paste_warped':
                        res = IM.img_paste_warped(im, Hm, hpt, wpt, img['dpi'], oc, newstr(kind, new), align_of(kind), NR)
                    elif method == 'image_clone_digits':
                        res = IM.img_clone_digits(im, Hm, hpt, img['dpi'], oc, newstr(kind, new), IM.char_index(base, pi))
                    else:
                        res = IM.img_paste_from_render(im, Hm, hpt, img['dpi'], oc, ed + '_clean.pdf')
                    if res is None: return None
                    pages[pi] = res.convert(mode)
            ext = img['fmt']
            out = ed + '.' + ext
            save_image_doc(pages, ext, out, wrap=R.choice(['pil', 'rl']), quality=R.randint(80, 95))
    except Exception as ex:
        log('edit failed', method, rec['idx'], repr(ex)[:200])
        return None
    return dict(tmp=out, ext=ext, label=lab)


# --------------------------------------------------------------------------------------------------- naming, labels, check
STEM = {'de': 'Rechnung', 'it': 'Fattura', 'pl': 'Faktura', 'es': 'Factura', 'fr': 'Facture', 'nl': 'Factuur', 'en': 'Invoice', 'ja': 'seikyusho', 'zh': 'fapiao'}


def stem_for(lab, src_rec=None):
    prod = lab['producer']
    d = lab['date'].replace('-', '')
    if prod == 'scan_mfp':
        return R.choice([f"SCAN_{d}_{R.randint(80000, 189999)}", f"scan{R.randint(1, 999):04d}", f"Escaneo_{d}", f"MFP_{R.randint(10 ** 6, 10 ** 7)}"])
    if prod == 'phone_photo':
        return R.choice([f"IMG_{d}_{R.randint(80000, 199999)}", f"WhatsApp_Image_{lab['date']}_at_{R.randint(8, 19)}.{R.randint(10, 59)}.{R.randint(10, 59)}", f"PXL_{d}_{R.randint(10 ** 8, 10 ** 9)}"])
    w = STEM.get(lab['language'], 'doc') if lab['is_invoice'] else lab['doc_type']
    return f"{w}_{R.randint(10, 9999)}"


def finalize(allrecs):
    R.shuffle(allrecs)
    labels = []
    for i, r in enumerate(allrecs):
        lab = r['label']
        suffix = R.choice(['', '', '', '', '_1', '_copy', '_final', '_v2', '_scan'] if lab['producer'] in ('scan_mfp',) else ['', '', '', '', '_1', '_copy', '_final', '_v2'])
        name = f"{i + 1:03d}_{stem_for(lab)}{suffix}.{r['ext']}"
        shutil.copy(r['tmp'], os.path.join(FILES, name))
        lab = dict(lab); lab['file'] = name
        labels.append(lab)
    # map source idx -> file name
    byidx = {}
    for r, lab in zip(allrecs, labels):
        if lab['genuine']: byidx[r['idx']] = lab['file']
    for lab in labels:
        if 'source_file' in lab: lab['source_file'] = byidx.get(lab['source_file'])
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + '\n')
    check()


def check():
    labs = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(FILES, l['file']))]
    extra = set(os.listdir(FILES)) - set(l['file'] for l in labs)
    print(f"\nfiles in labels: {len(labs)}  missing: {len(missing)}  unlabelled files: {len(extra)}")
    print(f"genuine: {sum(l['genuine'] for l in labs)}  edited: {sum(not l['genuine'] for l in labs)}  non-invoices: {sum(not l['is_invoice'] for l in labs)}"
          f"  arithmetic_error: {sum(l['arithmetic_error'] for l in labs)}  image-file edits: {sum((not l['genuine']) and l['file'].rsplit('.', 1)[1] in ('jpg', 'png') or (not l['genuine'] and l['producer'] in ('scan_mfp', 'phone_photo')) for l in labs)}")
    for key in ('producer', 'language', 'doc_type', 'edit_method'):
        c = collections.Counter(str(l[key]) for l in labs)
        print(f"{key}: " + ', '.join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: -x[1])))
    c = collections.Counter(w for l in labs for w in l['what_changed'])
    print('what_changed: ' + ', '.join(f"{k}={v}" for k, v in c.most_common()))
    c = collections.Counter(l['pages'] for l in labs)
    print('pages: ' + ', '.join(f"{k}={v}" for k, v in sorted(c.items())))
    assert not missing


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check':
        check()
    else:
        main()
