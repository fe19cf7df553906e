# -*- coding: utf-8 -*-
"""Independent invoice test set (set s6 / invoices2).

Run:  python bench/independent/invoices2/make.py
Writes files/ and labels.jsonl next to this script. Fixed seed -> same documents on every run
(Chromium / LibreOffice stamp their own creation time into the PDF info, everything else is fixed).
"""
import os, sys, json, io, re, shutil, subprocess, random, html, copy, datetime as dt, zipfile, math, zlib
from decimal import Decimal as D, ROUND_HALF_UP
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from data import *  # noqa

OUT = os.path.join(HERE, 'files')
WORK = os.path.join(HERE, '_build')
SEED = 60517
FONT_DIR = '/usr/share/fonts/truetype/dejavu/'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

rng = random.Random(SEED)
Q2 = D('0.01')


def q2(x, dec=2):
    return D(x).quantize(D(1) if dec == 0 else Q2, ROUND_HALF_UP)


DOCNO = {'en': 'No.', 'de': 'Nr.', 'fr': 'N°', 'it': 'N.', 'es': 'Nº', 'nl': 'Nr.', 'pl': 'Nr', 'zh': '编号', 'ja': '番号'}
DDATE = {'en': 'Date', 'de': 'Datum', 'fr': 'Date', 'it': 'Data', 'es': 'Fecha', 'nl': 'Datum', 'pl': 'Data', 'zh': '日期', 'ja': '日付'}
DATESTYLES = {'en': ['long_en', 'dmy_slash', 'iso'], 'en_US': ['mdy_slash', 'us_long'], 'de': ['dmy_dot', 'long_de'],
              'fr': ['dmy_slash', 'long_fr'], 'it': ['dmy_slash', 'dmy_dot'], 'es': ['dmy_slash', 'long_es'],
              'nl': ['dmy_dash', 'long_nl'], 'pl': ['dmy_dot', 'iso'], 'zh': ['cjk', 'iso', 'ymd_slash'],
              'ja': ['cjk', 'ymd_slash']}
NUMSTYLE = {'en': 'en', 'de': 'eu', 'fr': 'sp', 'it': 'eu', 'es': 'eu', 'nl': 'eu', 'pl': 'sp', 'zh': 'en', 'ja': 'en'}


# ============================================================ documents
def pick_buyer(r, avoid_country=None):
    cjk_ok = avoid_country in ('CN', 'JP')
    while True:
        b = r.choice(BUYERS)
        if not cjk_ok and b[2] in ('CN', 'JP'):
            continue
        if b[2] != avoid_country or r.random() < 0.25:
            return dict(name=b[0], addr=b[1], country=b[2], tax=BUYER_TAX[b[2]](r))


def build_doc(country, doc_type='invoice', n_items=None, lang=None, cur=None, r=None, supplier_idx=None,
              buyer=None, date=None, tax_mode=None, extras=True):
    r = r or rng
    S = SUPPLIERS[country]
    lang = lang or S['lang']
    cur = cur or S['cur']
    si = supplier_idx if supplier_idx is not None else r.randrange(len(S['names']))
    sup = dict(name=S['names'][si], street=S['streets'][si % len(S['streets'])], city=S['cities'][si % len(S['cities'])],
               tax=S["tax"](random.Random(zlib.crc32(f"{country}-{si}".encode()))), country=country)
    sup['phone'] = {'PL': '+48 71 %03d %02d %02d', 'DE': '+49 521 %03d%02d-%02d', 'IT': '+39 035 %03d %02d%02d',
                    'FR': '+33 4 %02d %02d %02d', 'ES': '+34 96 %03d %02d %02d', 'NL': '+31 10 %03d %02d%02d',
                    'JP': '06-%02d%02d-%04d', 'GB': '01484 %03d%02d%02d', 'US': '(505) %03d-%02d%02d',
                    'CN': '0755-%04d%02d%02d', 'CNX': '+86 755 %04d %02d%02d'}[country]
    n1 = random.Random(si * 7 + len(country))
    sup['phone'] = sup['phone'] % (n1.randint(10, 99) if country in ('FR', 'JP') else n1.randint(100, 999) if country not in ('CN', 'CNX') else n1.randint(1000, 9999),
                                   n1.randint(10, 99), n1.randint(10, 99) if country != 'JP' else n1.randint(1000, 9999))
    sup['iban'] = {'PL': 'PL%02d 1090 %04d 0000 0001 %04d %04d', 'DE': 'DE%02d 3705 %04d 0012 %04d %02d',
                   'IT': 'IT%02d X030 %04d 0000 0000 %04d %03d', 'FR': 'FR76 %04d 3000 %04d 0001 %04d %03d',
                   'ES': 'ES%02d 2100 %04d 0200 %04d %04d', 'NL': 'NL%02d RABO %04d %04d %02d',
                   'GB': 'Sort 20-%02d-%02d  Acct %04d%04d', 'US': 'ACH routing 0710%04d, acct %04d%04d',
                   'JP': '三つ星銀行 梅田支店 普通 %02d%04d%04d', 'CN': '中国工商银行深圳分行 4000 %04d %04d %04d',
                   'CNX': 'Bank of China, Shenzhen Br., SWIFT BKCHCNBJ45A, A/C %04d %04d %04d'}[country]
    cnt = sup['iban'].count('%')
    sup['iban'] = sup['iban'] % tuple(n1.randint(10, 99) if i == 0 else n1.randint(1000, 9999) for i in range(cnt)) \
        if '%03d' not in sup['iban'] else sup['iban'] % tuple([n1.randint(10, 99)] + [n1.randint(1000, 9999)] * (cnt - 2) + [n1.randint(100, 999)])
    if buyer is None:
        buyer = pick_buyer(r, avoid_country=country)
    if date is None:
        date = dt.date(2025, 1, 2) + dt.timedelta(days=r.randrange(0, 690))
    locale = 'en_US' if country == 'US' else lang
    if lang == 'en' and country == 'CNX':
        locale = r.choice(['en', 'en_US'])
    datestyle = r.choice(DATESTYLES[locale])
    numstyle = NUMSTYLE[lang]
    if lang == 'de' and r.random() < 0.15:
        numstyle = 'eu'
    dec = 0 if cur == 'JPY' else 2
    if cur in ('EUR',) and lang in ('de', 'fr', 'it', 'es', 'pl'):
        curpos = r.choice(['after', 'after', 'code_after'])
    elif cur == 'EUR':
        curpos = 'before'
    elif cur == 'PLN':
        curpos = r.choice(['after_zl', 'code_after'])
    elif cur in ('USD', 'GBP') and country in ('CNX', 'US', 'GB'):
        curpos = r.choice(['before', 'code_after', 'code_before'])
    else:
        curpos = r.choice(['before', 'code_before'])
    if n_items is None:
        n_items = r.choice([1, 2, 3, 3, 4, 5, 6, 8])
    prods = PRODUCTS[lang]
    vat_rates = S['vat']
    if tax_mode is None:
        if country in ('CNX', 'US'):
            tax_mode = 'none'
        elif buyer['country'] != country and country not in ('CN', 'JP') and buyer['country'] not in ('US', 'GB', 'JP', 'CN') \
                and country != 'GB' and r.random() < 0.45:
            tax_mode = 'reverse'
        else:
            tax_mode = 'vat'
    items = []
    for i in range(n_items):
        desc, base = prods[(i * 5 + r.randrange(len(prods))) % len(prods)] if n_items > len(prods) else prods[r.randrange(len(prods))]
        if n_items > len(prods):
            desc = desc + (' - ' + r.choice(['A', 'B', 'C', 'D', 'E', 'F', 'G']) + str(r.randint(1, 9)))
        qty = r.choice([1, 2, 5, 10, 12, 20, 24, 25, 48, 50, 60, 100, 120, 144, 200, 250, 300, 500, 1000])
        if lang == 'ja':
            price = D(int(base * r.uniform(0.85, 1.2) / 10) * 10)
        elif cur == 'CNY' or lang == 'zh':
            price = q2(D(str(base)) * D(str(round(r.uniform(0.85, 1.2), 3))))
        else:
            fx = {'PLN': 4.2, 'GBP': 0.86, 'USD': 1.08}.get(cur, 1.0)
            price = q2(D(str(base)) * D(str(round(r.uniform(0.8, 1.25) * fx, 3))))
        if qty >= 500 and price > 20:
            qty = r.choice([10, 20, 40])
        rate = vat_rates[0] if (len(vat_rates) == 1 or r.random() < 0.75) else vat_rates[1]
        if tax_mode != 'vat':
            rate = 0
        sku = {'zh': 'HX-', 'ja': 'MZ-'}.get(lang, '') + '%s%d-%03d' % (r.choice('ABKMRTW'), r.randint(1, 9), r.randint(1, 999))
        items.append(dict(desc=desc, qty=D(qty), unit=UNITS[lang], price=price, rate=D(str(rate)), sku=sku))
    discount_pct = D(r.choice([0, 0, 0, 0, 2, 3, 5, 10])) if extras else D(0)
    shipping = D(0)
    if extras and r.random() < 0.35 and doc_type not in ('packing_list', 'delivery_note'):
        shipping = D(int(r.choice([1200, 1500, 2500, 4900, 8500]) * (1 if cur != 'JPY' else 1))) / (1 if cur == 'JPY' else 100)
        shipping = q2(shipping, dec)
        if cur == 'JPY':
            shipping = D(r.choice([800, 1200, 1650]))
    doc = dict(supplier_idx=si, country=country, lang=lang, cur=cur, doc_type=doc_type, supplier=sup, buyer=buyer, date=date,
               datestyle=datestyle, numstyle=numstyle, curpos=curpos, dec=dec, items=items, discount_pct=discount_pct,
               shipping=shipping, tax_mode=tax_mode, arith_error=None,
               terms_days=r.choice([7, 14, 14, 30, 30, 45, 60]))
    doc['due'] = date + dt.timedelta(days=doc['terms_days'])
    doc['delivery'] = date - dt.timedelta(days=r.choice([0, 0, 1, 2, 3]))
    pref = {'PL': 'FV/%d/%02d/%s' % (r.randint(10, 999), date.month, date.year),
            'DE': 'RE-%d-%05d' % (date.year, r.randint(100, 99999)), 'IT': '%d/%s' % (r.randint(1, 900), date.year),
            'FR': 'FA%s%02d-%04d' % (str(date.year)[2:], date.month, r.randint(1, 9999)),
            'ES': 'F%s-%04d' % (date.year, r.randint(1, 9999)), 'NL': '%s%05d' % (date.year, r.randint(1, 99999)),
            'JP': 'No.%s%02d-%03d' % (str(date.year)[2:], date.month, r.randint(1, 999)),
            'GB': 'INV-%05d' % r.randint(1000, 99999), 'US': '%06d' % r.randint(100000, 999999),
            'CN': '%08d' % r.randint(10**7, 10**8 - 1), 'CNX': '%s%02d%02d%03d' % (r.choice(['HX', 'JH', 'HT', 'CI', 'PI']), date.year % 100, date.month, r.randint(1, 999))}[country]
    if doc_type == 'credit_note':
        pref = {'PL': 'KOR/', 'DE': 'GS-', 'FR': 'AV-', 'IT': 'NC-', 'ES': 'R-', 'NL': 'CN-'}.get(country, 'CN-') + pref.split('-')[-1].replace('/', '')
    if doc_type == 'proforma':
        pref = 'PF-' + pref
    if doc_type == 'tax_invoice' and country == 'CN':
        doc['fp_code'] = '%012d' % r.randint(10**11, 10**12 - 1)
        pref = '%020d' % r.randint(10**19, 10**20 - 1)
    doc['number'] = pref
    doc['order_ref'] = r.choice(['PO-%05d' % r.randint(1, 99999), '%03d-%07d-%07d' % (r.randint(100, 999), r.randint(10**6, 10**7 - 1), r.randint(10**6, 10**7 - 1)),
                                 'Zam. %d/%d' % (r.randint(1, 300), date.year) if lang == 'pl' else 'ORD%06d' % r.randint(1, 999999)])
    compute(doc)
    return doc


def compute(doc):
    dec = doc['dec']
    for it in doc['items']:
        it['net'] = q2(it['qty'] * it['price'], dec)
    sub = sum((it['net'] for it in doc['items']), D(0))
    disc = q2(sub * doc['discount_pct'] / 100, dec)
    doc['subtotal'] = sub
    doc['discount'] = disc
    # tax base by rate, discount spread proportionally, shipping at main rate
    bases = {}
    for it in doc['items']:
        bases[it['rate']] = bases.get(it['rate'], D(0)) + it['net']
    if disc:
        left = disc
        keys = sorted(bases)
        for k in keys[:-1]:
            part = q2(disc * bases[k] / sub, dec); bases[k] -= part; left -= part
        bases[keys[-1]] -= left
    if doc['shipping']:
        main = doc['items'][0]['rate']
        bases[main] = bases.get(main, D(0)) + doc['shipping']
    vats = {k: (v, q2(v * k / 100, dec)) for k, v in sorted(bases.items(), key=lambda kv: -kv[0])}
    doc['vats'] = vats
    doc['net'] = sum((v[0] for v in vats.values()), D(0))
    doc['vat'] = sum((v[1] for v in vats.values()), D(0))
    doc['gross'] = doc['net'] + doc['vat']
    doc['disp'] = dict(lines=[it['net'] for it in doc['items']], net=doc['net'], vat=doc['vat'], gross=doc['gross'],
                       vats=dict(vats), subtotal=sub)


def inject_error(doc, r):
    """Deliberate arithmetic mistake in a genuine-looking file."""
    kind = r.choice(['line', 'vat', 'sum', 'line_sum'])
    if doc['tax_mode'] != 'vat' and kind == 'vat':
        kind = 'sum'
    dsp = doc['disp']
    step = D(1) if doc['dec'] == 0 else D('0.01')
    if kind == 'line':
        i = r.randrange(len(doc['items']))
        dsp['lines'][i] = dsp['lines'][i] + r.choice([D(10), D(100), D(-1), D(9)]) * (10 if doc['dec'] == 0 else 1)
    elif kind == 'line_sum':
        # a line is right, but the subtotal was summed wrongly (typed)
        delta = r.choice([D(10), D(-10), D(1), D(100)]) * (10 if doc['dec'] == 0 else 1)
        dsp['subtotal'] = dsp['subtotal'] + delta
        dsp['net'] = dsp['net'] + delta
        dsp['gross'] = dsp['net'] + dsp['vat']
    elif kind == 'vat':
        k = next(iter(dsp['vats']))
        b, v = dsp['vats'][k]
        nv = v + r.choice([D(1), D(-1), D(10)]) * (10 if doc['dec'] == 0 else 1) + step * r.randint(1, 9)
        dsp['vats'][k] = (b, nv)
        dsp['vat'] = sum((x[1] for x in dsp['vats'].values()), D(0))
        dsp['gross'] = dsp['net'] + dsp['vat']
    else:
        dsp['gross'] = dsp['gross'] + r.choice([D(10), D(-10), D(100), D('0.9'), D(-1)]) * (10 if doc['dec'] == 0 else 1)
    doc['arith_error'] = kind


def N(doc, x):
    return fmt_num(x, doc['numstyle'], doc['dec'])


def M(doc, x):
    n = N(doc, x)
    c = doc['cur']; sym = CUR_SYM.get(c, c); p = doc['curpos']
    if p == 'after': return f'{n} {sym}'
    if p == 'after_zl': return f'{n} zł'
    if p == 'code_after': return f'{n} {c}'
    if p == 'code_before': return f'{c} {n}'
    if c in ('CNY', 'JPY'): return f'{sym}{n}'
    return f'{sym}{n}' if c != 'EUR' else f'€ {n}'


def DT(doc, d):
    return fmt_date(d, doc['datestyle'])


def rate_s(doc, k):
    s = fmt_num(k, 'plain' if doc['numstyle'] == 'en' else 'plainc', 2 if k != k.to_integral() else 0)
    if s.endswith(',50') or s.endswith('.50'):
        s = s[:-1]
    return s + '%'


def title(doc):
    return T[doc['lang']][doc['doc_type'] if doc['doc_type'] != 'other' else doc.get('other_kind', 'price_list')]


def label_doc(doc):
    """Fields for labels.jsonl from the document data (as printed)."""
    dtp = doc['doc_type']
    return dict(is_invoice=dtp in ('invoice', 'tax_invoice', 'receipt', 'credit_note'), doc_type=dtp,
                language=doc['lang'], date=doc['date'].isoformat(),
                total=(str(q2(doc['disp']['gross'], 2)) if doc.get('show_prices', True) and dtp not in ('packing_list', 'delivery_note', 'other') else None),
                currency=doc['cur'] if doc.get('show_prices', True) and dtp not in ('packing_list', 'delivery_note', 'other') else None,
                supplier=doc.get('label_supplier', doc['supplier']['name']), buyer=doc.get('label_buyer', doc['buyer']['name']),
                arithmetic_error=bool(doc['arith_error']))


def shows_prices(doc):
    return doc['doc_type'] not in ('packing_list', 'delivery_note')


# ============================================================ HTML layouts
def TT(doc):
    t = T[doc['lang']]
    if doc.get('lang_t'):
        t = dict(t); t.update(doc['lang_t'])
    return t


def esc(s):
    return html.escape(str(s))


def party_html(doc, who, t):
    if who == 'seller':
        s = doc['supplier']
        return (f"<div class='pl'>{esc(t['seller'])}</div><div class='pn'>{esc(s['name'])}</div>"
                f"<div>{esc(s['street'])}</div><div>{esc(s['city'])}</div><div>{esc(t['taxid'])}: {esc(s['tax'].replace('NIP ', ''))}</div>")
    b = doc['buyer']
    return (f"<div class='pl'>{esc(t['buyer'])}</div><div class='pn'>{esc(b['name'])}</div>"
            f"<div>{esc(b['addr'])}</div><div>{esc(t['taxid'])}: {esc(b['tax'])}</div>")


def items_html(doc, t, cols):
    h = {'n': '#', 'sku': t['sku'], 'desc': t['desc'], 'qty': t['qty'], 'unit': t['unit'], 'price': t['price'],
         'rate': t['rate'], 'amount': t['amount'], 'cartons': t['cartons'], 'weight': t['weight']}
    rows = ''.join(f"<th class='{c}'>{esc(h[c])}</th>" for c in cols)
    out = [f"<table class='items'><thead><tr>{rows}</tr></thead><tbody>"]
    for i, it in enumerate(doc['items']):
        v = {'n': str(i + 1), 'sku': it['sku'], 'desc': it['desc'], 'qty': fmt_qty(it['qty'], doc['numstyle']),
             'unit': it['unit'], 'price': N(doc, it['price']), 'rate': rate_s(doc, it['rate']) if doc['tax_mode'] == 'vat' else ('np' if doc['lang'] == 'pl' else '0%'),
             'amount': N(doc, doc['disp']['lines'][i]), 'cartons': str(max(1, int(it['qty']) // 24)),
             'weight': fmt_num(D(max(1, int(it['qty']) // 24)) * D('7.35'), doc['numstyle'])}
        out.append('<tr>' + ''.join(f"<td class='{c}'>{esc(v[c])}</td>" for c in cols) + '</tr>')
    out.append('</tbody></table>')
    return ''.join(out)


def totals_rows(doc, t):
    """list of (label, value string, strong?)"""
    dsp = doc['disp']; rows = []
    if doc['discount'] or doc['shipping'] or doc['tax_mode'] == 'vat':
        rows.append((t['net'] if not (doc['discount'] or doc['shipping']) else t['desc'] and t['net'], N(doc, dsp['subtotal']), False))
    if doc['discount']:
        rows.append((f"{t['discount']} {rate_s(doc, doc['discount_pct'])}", '-' + N(doc, doc['discount']), False))
    if doc['shipping']:
        rows.append((t['shipping'], N(doc, doc['shipping']), False))
    if doc['tax_mode'] == 'vat':
        for k, (b, v) in dsp['vats'].items():
            rows.append((f"{t['vat']} {rate_s(doc, k)} ({N(doc, b)})", N(doc, v), False))
    rows.append((t['total'] if doc['doc_type'] != 'receipt' else t['total_due'], M(doc, dsp['gross']), True))
    return rows


CSS_BASE = """@page { size: A4; margin: 16mm 14mm 18mm 14mm;
  @bottom-right { content: "%(page)s " counter(page) " %(of)s " counter(pages); font-size: 7.5pt; color: #555; } }
body { font-family: %(font)s; font-size: %(fs)spt; color: #111; }
table { border-collapse: collapse; } td, th { vertical-align: top; }
.items { width: 100%%; margin-top: 10px; } .items td.qty, .items td.price, .items td.amount, .items td.rate, .items td.cartons, .items td.weight { text-align: right; white-space: nowrap; }
.items th { text-align: left; } .items tr { page-break-inside: avoid; }
.pn { font-weight: bold; } .pl { font-size: 7.5pt; text-transform: uppercase; color: #555; letter-spacing: .05em; }
.tot td { padding: 2px 6px; } .tot td.v { text-align: right; white-space: nowrap; }
"""


def html_doc(doc, layout):
    t = TT(doc)
    lang = doc['lang']
    cjk = lang in ('zh', 'ja')
    font = {'erp': '"DejaVu Sans", "WenQuanYi Micro Hei", sans-serif', 'shop': '"DejaVu Serif", "WenQuanYi Micro Hei", serif',
            'market': '"DejaVu Sans Condensed", "DejaVu Sans", "WenQuanYi Micro Hei", sans-serif',
            'mono': '"DejaVu Sans Mono", "WenQuanYi Micro Hei Mono", monospace',
            'fapiao': '"WenQuanYi Micro Hei", sans-serif', 'seikyu': '"WenQuanYi Micro Hei", sans-serif'}[layout]
    if cjk and layout in ('erp', 'shop', 'market'):
        font = '"WenQuanYi Micro Hei", "DejaVu Sans", sans-serif'
    css = CSS_BASE % dict(page=t['page'], of=t['of'], font=font, fs={'mono': 8.5, 'market': 8.5}.get(layout, 9))
    if layout == 'fapiao':
        css = css[css.index('body {'):]
    s = doc['supplier']; b = doc['buyer']; dsp = doc['disp']
    no_label = t['no'] if doc['is_inv'] else DOCNO[lang]
    date_label = t['date'] if doc['is_inv'] else DDATE[lang]
    prices = shows_prices(doc)
    cols = ['n', 'sku', 'desc', 'qty', 'unit', 'price', 'amount'] if prices else ['n', 'sku', 'desc', 'qty', 'unit', 'cartons', 'weight']
    if prices and doc['tax_mode'] == 'vat' and len(dsp['vats']) > 1:
        cols.insert(6, 'rate')
    meta = f'<meta name="dcterms.created" content="{doc["date"].isoformat()}T{9 + doc["hh"] % 8:02d}:{doc["hh"] % 60:02d}:00Z">' \
           f'<meta name="generator" content="{esc(doc.get("gen_name", ""))}"><title>{esc(title(doc))} {esc(doc["number"])}</title>'
    body = ''
    if layout == 'erp':
        css += """.hd { display: flex; justify-content: space-between; border-bottom: 2px solid #1d3b6a; padding-bottom: 6px; }
.sn { font-size: 15pt; font-weight: bold; color: #1d3b6a; } .ttl { font-size: 16pt; font-weight: bold; text-align: right; }
.meta td { padding: 1px 4px; } .meta td:first-child { color: #555; }
.parties { display: flex; gap: 12px; margin-top: 12px; } .parties > div { flex: 1; border: 1px solid #9aa7bb; padding: 6px; }
.items th { background: #dfe6f0; border: 1px solid #9aa7bb; padding: 3px; } .items td { border: 1px solid #9aa7bb; padding: 3px; }
.tot { margin-left: auto; margin-top: 8px; } .tot tr.g td { font-weight: bold; border-top: 2px solid #1d3b6a; font-size: 11pt; }
.ft { margin-top: 18px; font-size: 7.5pt; color: #333; border-top: 1px solid #ccc; padding-top: 4px; }"""
        body = f"""<div class='hd'><div><div class='sn'>{esc(s['name'])}</div><div>{esc(s['street'])}, {esc(s['city'])}</div>
<div>Tel. {esc(s['phone'])} · {esc(t['taxid'])} {esc(s['tax'].replace('NIP ', ''))}</div></div>
<div><div class='ttl'>{esc(title(doc))}</div><table class='meta'><tr><td>{esc(no_label)}</td><td><b>{esc(doc['number'])}</b></td></tr>
<tr><td>{esc(date_label)}</td><td>{esc(DT(doc, doc['date']))}</td></tr>
{f"<tr><td>{esc(t['due'])}</td><td>{esc(DT(doc, doc['due']))}</td></tr>" if doc['is_inv'] and doc['doc_type'] != 'receipt' else ''}
<tr><td>{esc(t['order'])}</td><td>{esc(doc['order_ref'])}</td></tr></table></div></div>
<div class='parties'><div>{party_html(doc, 'seller', t)}</div><div>{party_html(doc, 'buyer', t)}</div></div>"""
        body += items_html(doc, t, cols)
        if prices:
            body += "<table class='tot'>" + ''.join(f"<tr class='{'g' if g else ''}'><td>{esc(a)}</td><td class='v'>{esc(v)}</td></tr>" for a, v, g in totals_rows(doc, t)) + '</table>'
        body += f"<div class='ft'>{esc(t['terms'].format(d=doc['terms_days']))} · {esc(t['bank'])}: {esc(s['iban'])}" \
                f"{'<br>' + esc(t['rc']) if doc['tax_mode'] == 'reverse' else ''}</div>"
    elif layout == 'shop':
        css += """.band { background: #2f6f4f; color: #fff; padding: 10px 12px; display: flex; justify-content: space-between; align-items: baseline; }
.band .sn { font-size: 17pt; font-style: italic; } .band .ttl { font-size: 12pt; letter-spacing: .15em; }
.two { display: flex; margin-top: 14px; } .two > div { flex: 1; } .meta { margin-top: 8px; }
.items th { border-bottom: 1.5px solid #2f6f4f; padding: 4px; font-weight: normal; font-style: italic; }
.items td { padding: 4px; } .items tbody tr:nth-child(even) { background: #eef5f0; }
.tot { margin-left: auto; margin-top: 10px; } .tot tr.g td { font-size: 12pt; font-weight: bold; color: #2f6f4f; }
.thanks { margin-top: 22px; font-style: italic; text-align: center; color: #2f6f4f; } .small { font-size: 7.5pt; color: #555; margin-top: 10px; }"""
        body = f"""<div class='band'><div class='sn'>{esc(s['name'])}</div><div class='ttl'>{esc(title(doc))}</div></div>
<div class='two'><div>{party_html(doc, 'buyer', t)}</div><div style='text-align:right'>
<div>{esc(no_label)} <b>{esc(doc['number'])}</b></div><div>{esc(date_label)}: {esc(DT(doc, doc['date']))}</div>
<div>{esc(t['order'])}: {esc(doc['order_ref'])}</div>{f"<div>{esc(t['paid'])}</div>" if doc['doc_type'] == 'receipt' else ''}</div></div>"""
        body += items_html(doc, t, [c for c in cols if c != 'n'])
        if prices:
            body += "<table class='tot'>" + ''.join(f"<tr class='{'g' if g else ''}'><td>{esc(a)}</td><td class='v'>{esc(v)}</td></tr>" for a, v, g in totals_rows(doc, t)) + '</table>'
        body += f"<div class='thanks'>{esc(t['thanks'])}</div><div class='small'>{esc(s['name'])} · {esc(s['street'])} · {esc(s['city'])} · " \
                f"{esc(t['taxid'])} {esc(s['tax'].replace('NIP ', ''))} · {esc(s['iban'])}{' · ' + esc(t['rc']) if doc['tax_mode'] == 'reverse' else ''}</div>"
    elif layout == 'market':
        css += """h1 { font-size: 13pt; margin: 0 0 6px 0; } .grid { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 8px; border-top: 1px solid #000; border-bottom: 1px solid #000; padding: 6px 0; }
.items th { border-bottom: 1px solid #000; padding: 3px 2px; font-size: 7.5pt; } .items td { padding: 3px 2px; border-bottom: 1px dotted #bbb; }
.tot { margin-left: auto; margin-top: 6px; border: 1px solid #000; } .tot tr.g td { font-weight: bold; background: #eee; }
.note { font-size: 7pt; color: #444; margin-top: 14px; }"""
        body = f"""<h1>{esc(title(doc))}</h1><div style='display:flex;justify-content:space-between'><div>{esc(no_label)}: {esc(doc['number'])}</div>
<div>{esc(date_label)}: {esc(DT(doc, doc['date']))}</div><div>{esc(t['order'])}: {esc(doc['order_ref'])}</div></div>
<div class='grid'><div>{party_html(doc, 'seller', t)}</div><div>{party_html(doc, 'buyer', t)}</div>
<div><div class='pl'>{esc(t['shipto'])}</div><div>{esc(b['name'])}</div><div>{esc(b['addr'])}</div></div></div>"""
        body += items_html(doc, t, cols)
        if prices:
            body += "<table class='tot'>" + ''.join(f"<tr class='{'g' if g else ''}'><td>{esc(a)}</td><td class='v'>{esc(v)}</td></tr>" for a, v, g in totals_rows(doc, t)) + '</table>'
        body += f"<div class='note'>{esc(t['terms'].format(d=doc['terms_days']))}. {esc(t['bank'])}: {esc(s['iban'])}. " \
                f"{esc(t['rc']) if doc['tax_mode'] == 'reverse' else ''}</div>"
    elif layout == 'mono':
        css += "pre { font-size: 8.3pt; line-height: 1.25; margin: 0; }"
        W = 92
        L = []
        L.append(s['name']); L.append(s['street'] + ', ' + s['city']); L.append(f"{t['taxid']}: {s['tax'].replace('NIP ', '')}   Tel. {s['phone']}")
        L.append('=' * W)
        L.append(f"{title(doc):<40}{no_label + ' ' + doc['number']:>52}")
        L.append(f"{'':<40}{date_label + ': ' + DT(doc, doc['date']):>52}")
        L.append('-' * W)
        L.append(f"{t['buyer']}: {b['name']}"); L.append(f"{'':{len(t['buyer']) + 2}}{b['addr']}"); L.append(f"{'':{len(t['buyer']) + 2}}{t['taxid']}: {b['tax']}")
        L.append('-' * W)
        if prices:
            L.append(f"{'Lp':<3}{t['desc'][:38]:<39}{t['qty'][:7]:>7} {t['unit'][:4]:<5}{t['price'][:12]:>13}{t['amount'][:14]:>15}")
        else:
            L.append(f"{'Lp':<3}{t['desc'][:38]:<39}{t['qty'][:7]:>7} {t['unit'][:4]:<5}{t['sku'][:12]:>13}")
        L.append('-' * W)
        for i, it in enumerate(doc['items']):
            d = it['desc'][:38]
            if prices:
                L.append(f"{i + 1:<3}{d:<39}{fmt_qty(it['qty'], doc['numstyle']):>7} {it['unit']:<5}{N(doc, it['price']):>13}{N(doc, dsp['lines'][i]):>15}")
            else:
                L.append(f"{i + 1:<3}{d:<39}{fmt_qty(it['qty'], doc['numstyle']):>7} {it['unit']:<5}{it['sku']:>13}")
        L.append('-' * W)
        if prices:
            for a, v, g in totals_rows(doc, t):
                L.append(f"{a:>70}{v:>22}")
            L.append('=' * W)
        L.append(t['terms'].format(d=doc['terms_days']) + '   ' + t['bank'] + ': ' + s['iban'])
        if doc['tax_mode'] == 'reverse': L.append(t['rc'])
        body = '<pre>' + esc('\n'.join(L)) + '</pre>'
    elif layout == 'fapiao':
        css += """@page { size: 240mm 150mm; margin: 8mm; }
body { font-size: 9pt; color: #6b3d1b; } .ttl { text-align: center; font-size: 17pt; letter-spacing: .3em; color: #8a4b1f; border-bottom: 3px double #8a4b1f; width: 60%; margin: 0 auto 4px auto; }
.top { display: flex; justify-content: space-between; font-size: 8pt; } .top span { color: #123; }
table.g { width: 100%; border: 1.2px solid #8a4b1f; } table.g td { border: 0.8px solid #b07b50; padding: 2px 4px; }
.v { color: #123; } .lab { width: 18px; text-align: center; writing-mode: vertical-rl; letter-spacing: .3em; }
.num { text-align: right; color: #123; white-space: nowrap; } .foot { display: flex; justify-content: space-between; margin-top: 4px; } .foot span { color: #123; }"""
        head = '电子发票（增值税专用发票）' if doc['doc_type'] == 'tax_invoice' else '电子发票（普通发票）'
        body = f"""<div class='ttl'>{head}</div><div class='top'><div>发票代码：<span>{esc(doc.get('fp_code', ''))}</span></div>
<div>发票号码：<span>{esc(doc['number'])}</span></div><div>开票日期：<span>{esc(DT(doc, doc['date']))}</span></div></div>
<table class='g'><tr><td class='lab' rowspan='2'>购买方</td><td>名称：<span class='v'>{esc(b['name'])}</span></td><td class='lab' rowspan='2'>销售方</td><td>名称：<span class='v'>{esc(s['name'])}</span></td></tr>
<tr><td>统一社会信用代码/纳税人识别号：<span class='v'>{esc(b['tax'])}</span></td><td>统一社会信用代码/纳税人识别号：<span class='v'>{esc(s['tax'])}</span></td></tr></table>
<table class='g' style='border-top:none'><tr><td>项目名称</td><td>规格型号</td><td>单位</td><td>数量</td><td>单价</td><td>金额</td><td>税率/征收率</td><td>税额</td></tr>"""
        for i, it in enumerate(doc['items']):
            tax = q2(dsp['lines'][i] * it['rate'] / 100)
            body += f"<tr><td class='v'>*日用品*{esc(it['desc'])}</td><td class='v'>{esc(it['sku'])}</td><td class='v'>{esc(it['unit'])}</td><td class='num'>{fmt_qty(it['qty'], 'en')}</td>" \
                    f"<td class='num'>{N(doc, it['price'])}</td><td class='num'>{N(doc, dsp['lines'][i])}</td><td class='num'>{rate_s(doc, it['rate'])}</td><td class='num'>{N(doc, tax)}</td></tr>"
        body += f"""<tr><td>合　　计</td><td></td><td></td><td></td><td></td><td class='num'>¥{N(doc, dsp['net'])}</td><td></td><td class='num'>¥{N(doc, dsp['vat'])}</td></tr>
<tr><td>价税合计（大写）</td><td colspan='4' class='v'>ⓧ {cn_upper(dsp['gross'])}</td><td colspan='3'>（小写）<span class='v'>¥{N(doc, dsp['gross'])}</span></td></tr>
<tr><td style='height:34px'>备注</td><td colspan='7' class='v'>订单号 {esc(doc['order_ref'])}；{esc(t['bank'])}：{esc(s['iban'])}</td></tr></table>
<div class='foot'><div>收款人：<span>王丽</span></div><div>复核：<span>陈志强</span></div><div>开票人：<span>李娜</span></div><div>销售方：（章）</div></div>"""
    elif layout == 'seikyu':
        css += """.ttl { text-align: center; font-size: 20pt; letter-spacing: .5em; margin-bottom: 10px; }
.top { display: flex; justify-content: space-between; } .bn { font-size: 13pt; border-bottom: 1px solid #000; padding-bottom: 2px; min-width: 80mm; }
.big { margin-top: 12px; border: 2px solid #000; display: inline-block; padding: 6px 14px; font-size: 14pt; }
.items th { background: #e8e8e8; border: 1px solid #666; padding: 3px; text-align: center; } .items td { border: 1px solid #666; padding: 3px; }
.tot { margin-left: auto; margin-top: 6px; border: 1px solid #666; } .tot td { border: 1px solid #666; } .hanko { border: 2px solid #c33; color: #c33; width: 44px; height: 44px; border-radius: 50%; text-align: center; line-height: 44px; font-size: 10pt; display: inline-block; }"""
        dtp = doc['doc_type']
        body = f"""<div class='ttl'>{esc(title(doc))}</div><div class='top'><div><div class='bn'>{esc(b['name'])}　{esc(t['buyer'])}</div>
<div style='margin-top:4px'>{esc(b['addr'])}</div><div class='big'>{esc(t['total'])}　{esc(M(doc, dsp['gross']))}（税込）</div></div>
<div style='text-align:right'><div>{esc(t['no'] if doc['is_inv'] else DOCNO['ja'])}：{esc(doc['number'])}</div><div>{esc(t['date'] if doc['is_inv'] else DDATE['ja'])}：{esc(DT(doc, doc['date']))}</div>
<div style='margin-top:8px;font-weight:bold'>{esc(s['name'])}</div><div>{esc(s['city'])}{esc(s['street'])}</div><div>TEL {esc(s['phone'])}</div>
<div>{esc(t['taxid'])}：{esc(s['tax'])}</div><div class='hanko'>印</div></div></div>"""
        cols_j = ['n', 'desc', 'qty', 'unit', 'price', 'amount'] if prices else ['n', 'desc', 'qty', 'unit', 'cartons']
        body += items_html(doc, t, cols_j).replace('<td class=\'desc\'>', '<td class=\'desc\'>')
        if prices:
            rows = [(t['net'], M(doc, dsp['subtotal']))]
            if doc['shipping']:
                rows.append((t['shipping'], M(doc, doc['shipping'])))
            for k, (bb, v) in dsp['vats'].items():
                rows.append((f"{t['vat']}（{rate_s(doc, k)}対象 {M(doc, bb)}）", M(doc, v)))
            rows.append((t['total'], M(doc, dsp['gross'])))
            body += "<table class='tot'>" + ''.join(f"<tr><td>{esc(a)}</td><td class='v'>{esc(v)}</td></tr>" for a, v in rows) + '</table>'
        body += f"<div style='margin-top:14px'>{esc(t['bank'])}：{esc(s['iban'])}</div><div>{esc(t['terms'])}</div>"
    return f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>{meta}<style>{css}</style></head><body>{body}</body></html>"


def render_chromium(doc, layout, out_pdf):
    hp = os.path.join(WORK, os.path.basename(out_pdf)[:-4] + '.html')
    with open(hp, 'w', encoding='utf-8') as f:
        f.write(html_doc(doc, layout))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    '--print-to-pdf=' + out_pdf, hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=120)


def render_weasy(doc, layout, out_pdf):
    import weasyprint
    weasyprint.HTML(string=html_doc(doc, layout), base_url=WORK).write_pdf(out_pdf)


# ============================================================ ReportLab
_rl_fonts = {}


def needs_unicode(doc):
    """True if some printed text is outside cp1252 (then the PDF libraries need an embedded TTF font)."""
    parts = [doc['supplier']['name'], doc['supplier']['street'], doc['supplier']['city'], doc['buyer']['name'], doc['buyer']['addr'],
             doc['supplier']['iban'], M(doc, 1)] + [it['desc'] for it in doc['items']] + [str(v) for v in TT(doc).values()]
    try:
        for p_ in parts:
            p_.encode('cp1252')
        return False
    except UnicodeEncodeError:
        return True


def rl_font(lang, style, doc=None):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if lang in ('zh', 'ja'):
        if 'WQY' not in _rl_fonts:
            pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0)); _rl_fonts['WQY'] = 1
        return 'WQY', 'WQY'
    if lang == 'pl' or (doc is not None and needs_unicode(doc)):
        if 'DJ' not in _rl_fonts:
            pdfmetrics.registerFont(TTFont('DejaVu', FONT_DIR + 'DejaVuSans.ttf'))
            pdfmetrics.registerFont(TTFont('DejaVu-Bold', FONT_DIR + 'DejaVuSans-Bold.ttf')); _rl_fonts['DJ'] = 1
        return 'DejaVu', 'DejaVu-Bold'
    return {'classic': ('Helvetica', 'Helvetica-Bold'), 'boxed': ('Times-Roman', 'Times-Bold')}[style]


def render_reportlab(doc, style, out_pdf):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    os.environ['SOURCE_DATE_EPOCH'] = str(int(dt.datetime(doc['date'].year, doc['date'].month, doc['date'].day, 8 + doc['hh'] % 9, doc['hh'] % 60, tzinfo=dt.timezone.utc).timestamp()))
    ps = letter if doc['country'] == 'US' else A4
    W, H = ps
    c = canvas.Canvas(out_pdf, pagesize=ps, pageCompression=1)
    c.setAuthor(doc['supplier']['name']); c.setTitle(f"{title(doc)} {doc['number']}"); c.setCreator(doc.get('gen_name', 'fakt-print 3.2'))
    F, FB = rl_font(doc['lang'], style, doc)
    doc['core_font'] = F.startswith(('Helvetica', 'Times'))
    t = TT(doc); s = doc['supplier']; b = doc['buyer']; dsp = doc['disp']
    prices = shows_prices(doc)
    x0, x1 = 40, W - 40
    # column positions
    if prices:
        cols = [('#', x0, 'l'), (t['desc'], x0 + 22, 'l'), (t['qty'], x0 + 300, 'r'), (t['unit'], x0 + 308, 'l'),
                (t['price'], x0 + 420, 'r'), (t['amount'], x1, 'r')]
    else:
        cols = [('#', x0, 'l'), (t['desc'], x0 + 22, 'l'), (t['qty'], x0 + 330, 'r'), (t['unit'], x0 + 338, 'l'), (t['sku'], x1, 'r')]
    pages = max(1, math.ceil((len(doc['items']) - 22) / 34) + 1) if len(doc['items']) > 22 else 1
    page = [1]

    def footer():
        c.setFont(F, 7)
        c.drawString(x0, 30, f"{s['name']} · {s['street']} · {s['city']} · {t['bank']}: {s['iban']}")
        c.drawRightString(x1, 18, f"{t['page']} {page[0]} {t['of']} {pages}")

    def table_head(y):
        c.setFont(FB, 8.5)
        if style == 'boxed':
            c.setFillGray(0.88); c.rect(x0 - 3, y - 4, x1 - x0 + 6, 15, fill=1, stroke=0); c.setFillGray(0)
        for lab, x, al in cols:
            (c.drawRightString if al == 'r' else c.drawString)(x, y, lab)
        c.setLineWidth(0.6); c.line(x0 - 3, y - 5, x1 + 3, y - 5)
        return y - 18

    y = H - 50
    if style == 'classic':
        c.setFont(FB, 14); c.drawString(x0, y, s['name'])
        c.setFont(F, 8.5); c.drawString(x0, y - 14, f"{s['street']}, {s['city']}")
        c.drawString(x0, y - 25, f"{t['taxid']}: {s['tax'].replace('NIP ', '')}   Tel. {s['phone']}")
        c.setFont(FB, 18); c.drawRightString(x1, y, title(doc))
        c.setFont(F, 9)
        c.drawRightString(x1, y - 16, f"{t['no'] if doc['is_inv'] else DOCNO[doc['lang']]} {doc['number']}")
        c.drawRightString(x1, y - 28, f"{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}")
        if doc['is_inv'] and doc['doc_type'] != 'receipt':
            c.drawRightString(x1, y - 40, f"{t['due']}: {DT(doc, doc['due'])}")
        y -= 70
        c.setFont(F, 7.5); c.drawString(x0, y, t['buyer'].upper())
        c.setFont(FB, 10); c.drawString(x0, y - 13, b['name'])
        c.setFont(F, 9); c.drawString(x0, y - 25, b['addr']); c.drawString(x0, y - 37, f"{t['taxid']}: {b['tax']}")
        c.setFont(F, 7.5); c.drawString(x0 + 300, y, t['order'].upper())
        c.setFont(F, 9); c.drawString(x0 + 300, y - 13, doc['order_ref'])
        y -= 65
    else:
        c.setLineWidth(1); c.rect(x0 - 5, y - 60, 250, 72)
        c.setFont(FB, 12); c.drawString(x0, y, s['name'])
        c.setFont(F, 9); c.drawString(x0, y - 14, s['street']); c.drawString(x0, y - 26, s['city'])
        c.drawString(x0, y - 38, f"{t['taxid']}: {s['tax'].replace('NIP ', '')}"); c.drawString(x0, y - 50, f"Tel. {s['phone']}")
        c.rect(x1 - 230, y - 60, 235, 72)
        c.setFont(FB, 15); c.drawString(x1 - 222, y - 4, title(doc))
        c.setFont(F, 9)
        c.drawString(x1 - 222, y - 22, f"{t['no'] if doc['is_inv'] else DOCNO[doc['lang']]}: {doc['number']}")
        c.drawString(x1 - 222, y - 34, f"{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}")
        c.drawString(x1 - 222, y - 46, f"{t['order']}: {doc['order_ref']}")
        y -= 85
        c.rect(x0 - 5, y - 44, 300, 56)
        c.setFont(F, 8); c.drawString(x0, y, t['buyer'] + ':')
        c.setFont(FB, 10); c.drawString(x0, y - 13, b['name'])
        c.setFont(F, 9); c.drawString(x0, y - 25, b['addr']); c.drawString(x0, y - 37, f"{t['taxid']}: {b['tax']}")
        y -= 70
    y = table_head(y)
    c.setFont(F, 8.5)
    for i, it in enumerate(doc['items']):
        if y < 90:
            footer(); c.showPage(); page[0] += 1
            y = table_head(H - 60); c.setFont(F, 8.5)
        vals = [str(i + 1), it['desc'], fmt_qty(it['qty'], doc['numstyle']), it['unit']]
        vals += [N(doc, it['price']), N(doc, dsp['lines'][i])] if prices else [it['sku']]
        for (lab, x, al), v in zip(cols, vals):
            (c.drawRightString if al == 'r' else c.drawString)(x, y, v)
        if style == 'boxed':
            c.setLineWidth(0.3); c.line(x0 - 3, y - 4, x1 + 3, y - 4)
        y -= 14
    y -= 6
    if prices:
        if y < 150:
            footer(); c.showPage(); page[0] += 1; y = H - 70
        c.setLineWidth(0.8); c.line(x0 + 260, y + 6, x1 + 3, y + 6)
        for a, v, g in totals_rows(doc, t):
            c.setFont(FB if g else F, 10.5 if g else 9)
            c.drawRightString(x0 + 400, y - 8, a); c.drawRightString(x1, y - 8, v)
            y -= 16 if g else 13
    c.setFont(F, 8.5)
    y -= 16
    c.drawString(x0, y, t['terms'].format(d=doc['terms_days']) if doc['lang'] != 'ja' else t['terms'])
    if doc['tax_mode'] == 'reverse':
        c.drawString(x0, y - 12, t['rc'])
    footer()
    c.showPage()
    c.save()


# ============================================================ fpdf2
def render_fpdf(doc, style, out_pdf):
    from fpdf import FPDF
    t = TT(doc); s = doc['supplier']; b = doc['buyer']; dsp = doc['disp']
    prices = shows_prices(doc)
    pdf = FPDF(format='A4', unit='mm')
    pdf.core_fonts_encoding = 'windows-1252'
    pdf.set_creation_date(dt.datetime(doc['date'].year, doc['date'].month, doc['date'].day, 10, doc['hh'] % 60, tzinfo=dt.timezone.utc))
    pdf.set_creator(doc.get('gen_name', 'ShopFaktura')); pdf.set_title(f"{title(doc)} {doc['number']}")
    doc['core_font'] = not (doc['lang'] in ('pl',) or needs_unicode(doc))
    if not doc['core_font']:
        pdf.add_font('dj', '', FONT_DIR + 'DejaVuSans.ttf'); pdf.add_font('dj', 'B', FONT_DIR + 'DejaVuSans-Bold.ttf')
        F = 'dj'
    else:
        F = 'helvetica' if style == 'simple' else 'courier'
    pdf.set_auto_page_break(True, margin=22)
    pages_ref = {}

    def hdr_footer(p):
        pass
    pdf.alias_nb_pages()
    orig_footer = pdf.footer

    class P(FPDF):
        pass
    pdf.add_page()
    pdf.set_font(F, 'B', 15 if style == 'simple' else 13)
    if style == 'simple':
        pdf.cell(110, 8, s['name']); pdf.set_font(F, 'B', 16); pdf.cell(0, 8, title(doc), align='R', new_x='LMARGIN', new_y='NEXT')
        pdf.set_font(F, '', 8.5)
        pdf.cell(110, 4.5, f"{s['street']}, {s['city']}"); pdf.cell(0, 4.5, f"{t['no'] if doc['is_inv'] else DOCNO[doc['lang']]} {doc['number']}", align='R', new_x='LMARGIN', new_y='NEXT')
        pdf.cell(110, 4.5, f"{t['taxid']}: {s['tax'].replace('NIP ', '')}"); pdf.cell(0, 4.5, f"{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}", align='R', new_x='LMARGIN', new_y='NEXT')
        pdf.cell(110, 4.5, f"Tel. {s['phone']}"); pdf.cell(0, 4.5, f"{t['order']}: {doc['order_ref']}", align='R', new_x='LMARGIN', new_y='NEXT')
        pdf.ln(6)
        pdf.set_fill_color(235, 235, 235)
        pdf.set_font(F, 'B', 8); pdf.cell(90, 5, t['buyer'], fill=True, new_x='LMARGIN', new_y='NEXT')
        pdf.set_font(F, 'B', 10); pdf.cell(90, 5.5, b['name'], new_x='LMARGIN', new_y='NEXT')
        pdf.set_font(F, '', 9); pdf.cell(90, 4.5, b['addr'], new_x='LMARGIN', new_y='NEXT'); pdf.cell(90, 4.5, f"{t['taxid']}: {b['tax']}", new_x='LMARGIN', new_y='NEXT')
    else:
        pdf.cell(0, 6, title(doc) + '   ' + doc['number'], new_x='LMARGIN', new_y='NEXT')
        pdf.set_font(F, '', 9)
        pdf.cell(0, 5, f"{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}", new_x='LMARGIN', new_y='NEXT')
        pdf.ln(3)
        y = pdf.get_y()
        pdf.multi_cell(90, 4.5, f"{t['seller']}:\n{s['name']}\n{s['street']}\n{s['city']}\n{t['taxid']}: {s['tax'].replace('NIP ', '')}", border=1)
        pdf.set_xy(110, y)
        pdf.multi_cell(90, 4.5, f"{t['buyer']}:\n{b['name']}\n{b['addr']}\n{t['taxid']}: {b['tax']}\n{t['order']}: {doc['order_ref']}", border=1)
    pdf.ln(6)
    if prices:
        widths = [8, 86, 16, 12, 30, 38]; heads = ['#', t['desc'], t['qty'], t['unit'], t['price'], t['amount']]
    else:
        widths = [8, 100, 20, 14, 48]; heads = ['#', t['desc'], t['qty'], t['unit'], t['sku']]
    aligns = ['L', 'L', 'R', 'C', 'R', 'R']

    def head():
        pdf.set_font(F, 'B', 8)
        for w, h_ in zip(widths, heads):
            pdf.cell(w, 6, h_[:24], border=1, align='C', fill=style == 'simple')
        pdf.ln()
    head()
    pdf.set_font(F, '', 8.5)
    for i, it in enumerate(doc['items']):
        if pdf.get_y() > 265:
            pdf.add_page(); head(); pdf.set_font(F, '', 8.5)
        vals = [str(i + 1), it['desc'][:52], fmt_qty(it['qty'], doc['numstyle']), it['unit']]
        vals += [N(doc, it['price']), N(doc, dsp['lines'][i])] if prices else [it['sku']]
        for w, v, a in zip(widths, vals, aligns):
            pdf.cell(w, 5.5, v, border='LR' if style == 'simple' else 1, align=a)
        pdf.ln()
    pdf.cell(sum(widths), 0, '', border='T', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    if prices:
        for a, v, g in totals_rows(doc, t):
            if pdf.get_y() > 265: pdf.add_page()
            pdf.set_font(F, 'B' if g else '', 10 if g else 9)
            pdf.cell(sum(widths) - 38, 5.5, a, align='R'); pdf.cell(38, 5.5, v, align='R', border=1 if g else 0, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    pdf.set_font(F, '', 8)
    pdf.multi_cell(0, 4, t['terms'].format(d=doc['terms_days']) + '\n' + t['bank'] + ': ' + s['iban'] + ('\n' + t['rc'] if doc['tax_mode'] == 'reverse' else ''))
    pdf.ln(4)
    pdf.cell(0, 4, f"{t['page']} {{nb}}" if False else '', new_x='LMARGIN', new_y='NEXT')
    pdf.output(out_pdf)


# ============================================================ LibreOffice: flat ODS and DOCX
def fods_doc(doc):
    t = TT(doc); s = doc['supplier']; b = doc['buyer']; dsp = doc['disp']
    prices = shows_prices(doc)

    def cell(v, st=None, num=None, span=1):
        a = f' table:style-name="{st}"' if st else ''
        if span > 1: a += f' table:number-columns-spanned="{span}"'
        if num is not None:
            return f'<table:table-cell{a} office:value-type="float" office:value="{num}"><text:p>{esc(v)}</text:p></table:table-cell>' + \
                   ('<table:covered-table-cell/>' * (span - 1))
        return f'<table:table-cell{a} office:value-type="string"><text:p>{esc(v)}</text:p></table:table-cell>' + ('<table:covered-table-cell/>' * (span - 1))

    rows = []
    E = '<table:table-cell/>'
    rows.append(cell(s['name'], 'big', span=6))
    rows.append(cell(f"{s['street']}, {s['city']}", span=4) + cell(title(doc), 'bigr', span=2))
    rows.append(cell(f"{t['taxid']}: {s['tax'].replace('NIP ', '')}", span=4) + cell(f"{t['no'] if doc['is_inv'] else DOCNO[doc['lang']]} {doc['number']}", 'r', span=2))
    rows.append(E * 4 + cell(f"{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}", 'r', span=2))
    rows.append(E)
    rows.append(cell(t['buyer'], 'b', span=3) + cell(t['shipto'], 'b', span=3))
    shn, sha = doc.get('shipto', (b['name'], b['addr']))
    rows.append(cell(b['name'], span=3) + cell(shn, span=3))
    rows.append(cell(b['addr'], span=3) + cell(sha, span=3))
    rows.append(cell(f"{t['taxid']}: {b['tax']}", span=3) + cell(f"{t['order']}: {doc['order_ref']}", span=3))
    rows.append(E)
    plist = doc['doc_type'] == 'other'
    if plist:
        heads = [t['sku'], t['desc'], {'de': 'Mindestmenge', 'pl': 'Min. zamówienie'}.get(doc['lang'], 'MOQ'), t['unit'], t['price'], {'de': 'ab 500 Stk.', 'pl': 'od 500 szt.'}.get(doc['lang'], '500+')]
    else:
        heads = [t['sku'], t['desc'], t['qty'], t['unit'], t['price'], t['amount']] if prices else [t['sku'], t['desc'], t['qty'], t['unit'], t['cartons'], t['weight']]
    rows.append(''.join(cell(h_, 'hd') for h_ in heads))
    for i, it in enumerate(doc['items']):
        r_ = cell(it['sku'], 'g') + cell(it['desc'], 'g') + cell(fmt_qty(it['qty'], doc['numstyle']), 'gr', num=it['qty']) + cell(it['unit'], 'g')
        if plist:
            r_ += cell(N(doc, it['price']), 'gn', num=it['price']) + cell(N(doc, q2(it['price'] * D('0.92'))), 'gn', num=q2(it['price'] * D('0.92')))
        elif prices:
            r_ += cell(N(doc, it['price']), 'gn', num=it['price']) + cell(N(doc, dsp['lines'][i]), 'gn', num=dsp['lines'][i])
        else:
            r_ += cell(str(max(1, int(it['qty']) // 24)), 'gr') + cell(fmt_num(D(max(1, int(it['qty']) // 24)) * D('7.35'), doc['numstyle']), 'gr')
        rows.append(r_)
    rows.append(E)
    if prices and not plist:
        for a, v, g in totals_rows(doc, t):
            rows.append(E * 2 + cell(a, 'br' if g else 'r', span=3) + cell(v, 'br' if g else 'r'))
    if plist:
        rows.append(cell({'de': 'Alle Preise netto zzgl. USt., gültig bis auf Widerruf. Dies ist keine Rechnung.'}.get(doc['lang'], 'Prices net of VAT. This is not an invoice.'), span=6))
    rows.append(E)
    rows.append(cell(t['terms'].format(d=doc['terms_days']), span=6))
    rows.append(cell(f"{t['bank']}: {s['iban']}", span=6))
    if doc['tax_mode'] == 'reverse':
        rows.append(cell(t['rc'], span=6))
    body = ''.join(f'<table:table-row>{r_}</table:table-row>' for r_ in rows)
    widths = ['1.8cm', '5.6cm', '1.4cm', '1.1cm', '2.3cm', '3.6cm']
    colst = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(6))
    ff = 'DejaVu Sans' if doc['lang'] not in ('zh', 'ja') else 'WenQuanYi Micro Hei'
    nlang, ncountry = {'en': ('en', 'GB'), 'de': ('de', 'DE'), 'pl': ('pl', 'PL'), 'it': ('it', 'IT'), 'es': ('es', 'ES'),
                       'nl': ('nl', 'NL'), 'fr': ('fr', 'FR'), 'zh': ('zh', 'CN'), 'ja': ('ja', 'JP')}[doc['lang']]
    dec = doc['dec']
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:generator>{esc(doc.get('gen_name', 'Kalkulacja'))}</meta:generator><meta:creation-date>{doc['date'].isoformat()}T09:12:00</meta:creation-date></office:meta>
<office:font-face-decls><style:font-face style:name="{ff}" svg:font-family="'{ff}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="{ff}" fo:font-size="9pt" style:font-name-asian="{ff}" style:font-size-asian="9pt"/></style:style></office:styles>
<office:automatic-styles>{colst}
<number:number-style style:name="N2" number:language="{nlang}" number:country="{ncountry}"><number:number number:decimal-places="{dec}" number:min-decimal-places="{dec}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<style:style style:name="big" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-size-asian="13pt"/></style:style>
<style:style style:name="bigr" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold" style:font-size-asian="13pt"/></style:style>
<style:style style:name="r" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="b" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="br" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border-top="0.06pt solid #000000" fo:background-color="#fff2cc"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
<style:style style:name="hd" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.06pt solid #808080"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="g" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.06pt solid #808080"/></style:style>
<style:style style:name="gn" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties fo:border="0.06pt solid #808080"/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="gr" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border="0.06pt solid #808080"/><style:paragraph-properties fo:text-align="end"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{esc(title(doc))[:30]}">{cols}{body}</table:table></office:spreadsheet></office:body></office:document>'''


def docx_doc(doc, out_docx):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    t = TT(doc); s = doc['supplier']; b = doc['buyer']; dsp = doc['disp']
    prices = shows_prices(doc)
    d = docx.Document()
    cp = d.core_properties
    cp.author = doc.get('docx_author', 'Biuro'); cp.title = f"{title(doc)} {doc['number']}"
    cp.created = dt.datetime(doc['date'].year, doc['date'].month, doc['date'].day, 9, 0); cp.modified = cp.created; cp.last_modified_by = cp.author
    cp.revision = 1 + doc['hh'] % 4
    st = d.styles['Normal']; st.font.name = 'DejaVu Sans' if doc['lang'] not in ('zh', 'ja') else 'WenQuanYi Micro Hei'; st.font.size = Pt(9)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    hdr = d.add_table(rows=1, cols=2)
    c0, c1 = hdr.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run(s['name']); r.bold = True; r.font.size = Pt(13)
    c0.add_paragraph(f"{s['street']}\n{s['city']}\n{t['taxid']}: {s['tax'].replace('NIP ', '')}\nTel. {s['phone']}")
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x7a, 0x1f, 0x1f)
    p = c1.add_paragraph(f"{t['no'] if doc['is_inv'] else DOCNO[doc['lang']]} {doc['number']}\n{t['date'] if doc['is_inv'] else DDATE[doc['lang']]}: {DT(doc, doc['date'])}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc['is_inv'] and doc['doc_type'] not in ('receipt',):
        p2 = c1.add_paragraph(f"{t['due']}: {DT(doc, doc['due'])}"); p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run(t['buyer'] + ':'); r.bold = True
    d.add_paragraph(f"{b['name']}\n{b['addr']}\n{t['taxid']}: {b['tax']}")
    heads = ['#', t['desc'], t['qty'], t['unit'], t['price'], t['amount']] if prices else ['#', t['desc'], t['qty'], t['unit'], t['sku']]
    tb = d.add_table(rows=1, cols=len(heads)); tb.style = 'Table Grid'
    for cc, h_ in zip(tb.rows[0].cells, heads):
        cc.text = ''; rr = cc.paragraphs[0].add_run(h_); rr.bold = True
    for i, it in enumerate(doc['items']):
        cells = tb.add_row().cells
        vals = [str(i + 1), it['desc'], fmt_qty(it['qty'], doc['numstyle']), it['unit']]
        vals += [N(doc, it['price']), N(doc, dsp['lines'][i])] if prices else [it['sku']]
        for j, (cc, v) in enumerate(zip(cells, vals)):
            cc.text = v
            if j >= 2 and j != 3: cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tb.autofit = False
    ws = [Cm(0.8), Cm(7.6), Cm(1.7), Cm(1.3), Cm(2.3), Cm(2.9)][:len(heads)]
    for j, w in enumerate(ws):
        tb.columns[j].width = w
    for row in tb.rows:
        for j, w in enumerate(ws):
            row.cells[j].width = w
    if prices:
        d.add_paragraph()
        tt = d.add_table(rows=0, cols=2)
        for a, v, g in totals_rows(doc, t):
            cells = tt.add_row().cells
            cells[0].text = a; cells[1].text = v
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT; cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if g:
                for cc in cells:
                    for rr in cc.paragraphs[0].runs: rr.bold = True
    d.add_paragraph()
    d.add_paragraph(t['terms'].format(d=doc['terms_days']) + '\n' + t['bank'] + ': ' + s['iban'] + ('\n' + t['rc'] if doc['tax_mode'] == 'reverse' else ''))
    if doc['lang'] == 'pl':
        d.add_paragraph('\n\n....................................................\t\t\t....................................................\n'
                        'Podpis osoby upoważnionej do odbioru\t\t\tPodpis osoby upoważnionej do wystawienia')
    d.save(out_docx)


def letter_docx(doc, out_docx):
    import docx
    from docx.shared import Pt
    s = doc['supplier']; b = doc['buyer']
    d = docx.Document()
    d.core_properties.author = 'Sekretariat'; d.core_properties.created = dt.datetime(doc['date'].year, doc['date'].month, doc['date'].day, 11, 0)
    d.styles['Normal'].font.name = 'DejaVu Serif'; d.styles['Normal'].font.size = Pt(10.5)
    d.add_paragraph(f"{s['name']}\n{s['street']}\n{s['city']}")
    d.add_paragraph(f"{s['city'].split(' ', 1)[-1]}, {DT(doc, doc['date'])}").alignment = 2
    d.add_paragraph(f"{b['name']}\n{b['addr']}")
    L = doc['lang']
    txt = {'pl': ("Dotyczy: zmiana cennika od przyszłego kwartału",
                  "Szanowni Państwo,\n\nuprzejmie informujemy, że w związku ze wzrostem kosztów surowców oraz transportu ceny kartonów klapowych "
                  "i taśm pakowych ulegną zmianie średnio o 6%. Zamówienia złożone do końca bieżącego miesiąca zrealizujemy po dotychczasowych cenach.\n\n"
                  "Niniejsze pismo nie stanowi faktury ani dokumentu księgowego.\n\nZ poważaniem\n\nDział Handlowy"),
           'de': ("Betreff: Lieferverzögerung Ihrer Bestellung " + doc['order_ref'],
                  "Sehr geehrte Damen und Herren,\n\nleider verzögert sich die Auslieferung Ihrer Bestellung um etwa zehn Werktage, da unser "
                  "Vorlieferant die Kartonagen nicht rechtzeitig bereitstellen konnte. Die Rechnung erhalten Sie wie gewohnt mit der Lieferung.\n\n"
                  "Wir bitten um Ihr Verständnis.\n\nMit freundlichen Grüßen\n\nVertrieb Innendienst")}[L]
    p = d.add_paragraph(); r = p.add_run(txt[0]); r.bold = True
    d.add_paragraph(txt[1])
    d.save(out_docx)


def soffice_convert(paths, outdir):
    if not paths:
        return
    for i in range(0, len(paths), 12):
        subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 12],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=600)


# ============================================================ scans & photos
import numpy as np


def render_page(pdf_path, page, dpi, gray=False):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    scale = dpi / 72.0
    img = pg.render(scale=scale, grayscale=gray).to_pil().convert('L' if gray else 'RGB')
    ph = pg.get_height()
    pdf.close()
    return img, scale, ph


def find_boxes(pdf_path, page, needle, occurrence=0, last=False):
    """Return (list of loose char boxes in PDF points, page_height) for `needle` on page."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    tp = pg.get_textpage()
    text = tp.get_text_range()
    idxs = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not idxs:
        pdf.close(); return None, pg.get_height()
    i = idxs[-1] if last else idxs[min(occurrence, len(idxs) - 1)]
    boxes = [tp.get_charbox(j, loose=True) for j in range(i, i + len(needle))]
    tight = [tp.get_charbox(j) for j in range(i, i + len(needle))]
    ph = pg.get_height()
    pdf.close()
    return list(zip(boxes, tight, needle)), ph


def font_info(pdf_path, page, needle, last=False):
    """(font size, font weight) of the first character of `needle` as pdfium reports it"""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pr
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[page].get_textpage()
    text = tp.get_text_range()
    idx = [m.start() for m in re.finditer(re.escape(needle), text)]
    if not idx:
        pdf.close(); return None, None
    i = idx[-1] if last else idx[0]
    while i < len(text) - 1 and not text[i].strip():
        i += 1
    size = pr.FPDFText_GetFontSize(tp.raw, i)
    weight = pr.FPDFText_GetFontWeight(tp.raw, i)
    import ctypes
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int(0)
    n = pr.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(flags))
    name = buf.value.decode('latin-1', 'replace') if n else ''
    if 'bold' in name.lower():
        weight = max(weight, 700)
    pdf.close()
    return size, weight


def page_text(pdf_path, page):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[page].get_textpage()
    t = tp.get_text_range()
    pdf.close()
    return t


def degrade_scan(img, r, kind):
    """Flatbed scan look. Returns (PIL image, 3x3 matrix from render pixels to output pixels)."""
    import cv2
    from PIL import Image, ImageFilter
    a = np.array(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = r.uniform(-1.4, 1.4)
    Mr = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    Mr[0, 2] += r.uniform(-12, 12); Mr[1, 2] += r.uniform(-10, 10)
    paper = r.uniform(232, 248)
    a = np.where(a > 250, paper, a)  # paper tone
    border = (paper,) * (1 if a.ndim == 2 else 3)
    a = cv2.warpAffine(a, Mr, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=border)
    nr = np.random.default_rng(r.randrange(1 << 30))
    a += nr.normal(0, r.uniform(3, 9), a.shape)
    if r.random() < 0.5:  # scanner streak
        x = r.randrange(w)
        a[:, x:x + 2] -= r.uniform(10, 30)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    out = out.filter(ImageFilter.GaussianBlur(r.uniform(0.3, 0.8)))
    f = r.uniform(0.55, 0.85)
    nw, nh = int(w * f), int(h * f)
    out = out.resize((nw, nh), Image.BILINEAR)
    H = np.diag([nw / w, nh / h, 1.0]) @ np.vstack([Mr, [0, 0, 1]])
    return out, H


def degrade_photo(img, r):
    """Phone photo of a printed page lying on a desk."""
    import cv2
    from PIL import Image, ImageFilter
    a = np.array(img.convert('RGB')).astype(np.float32)
    h, w = a.shape[:2]
    W, Hh = int(w * 1.25), int(h * 1.18)
    nr = np.random.default_rng(r.randrange(1 << 30))
    desk = np.array(r.choice([(92, 70, 52), (150, 140, 128), (60, 62, 70), (178, 160, 130)]), np.float32)
    bg = np.ones((Hh, W, 3), np.float32) * desk + nr.normal(0, 8, (Hh, W, 3))
    mx, my = (W - w) / 2, (Hh - h) / 2
    j = lambda s: r.uniform(-s, s)
    dst = np.float32([[mx + j(40) + r.uniform(0, 50), my + j(30)], [mx + w + j(40) - r.uniform(0, 50), my + j(30)],
                      [mx + w + j(30), my + h + j(30)], [mx + j(30), my + h + j(30)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hp = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hp, (W, Hh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hp, (W, Hh))
    a = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: gradient + soft shadow + warm cast
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    grad = 1.0 - 0.22 * ((xx / W - 0.5) * gx + (yy / Hh - 0.5) * gy) * 2
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.2, 0.8) * Hh
    vign = 1 - 0.25 * (((xx - cx) / W) ** 2 + ((yy - cy) / Hh) ** 2)
    light = grad * vign
    if r.random() < 0.6:
        sx = r.uniform(0.55, 0.9) * W
        light *= np.where(xx > sx + (yy - Hh / 2) * r.uniform(-0.3, 0.3), r.uniform(0.72, 0.85), 1.0)
    light = cv2.GaussianBlur(light, (0, 0), 25)
    a = a * light[..., None] * np.array([1.03, 1.0, r.uniform(0.88, 0.96)], np.float32)
    a += nr.normal(0, r.uniform(2.5, 6), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(r.uniform(0.5, 1.1)))
    f = r.uniform(0.7, 0.95)
    nw, nh = int(W * f), int(Hh * f)
    out = out.resize((nw, nh), Image.BILINEAR)
    H = np.diag([nw / W, nh / Hh, 1.0]) @ Hp
    return out, H


def phone_exif(r, d):
    from PIL import Image
    ex = Image.Exif()
    mk = r.choice([('Xiaomi', 'Redmi Note 12'), ('samsung', 'SM-A546B'), ('Apple', 'iPhone 13'), ('motorola', 'moto g54 5G')])
    ex[0x010F] = mk[0]; ex[0x0110] = mk[1]
    ex[0x0132] = (d + dt.timedelta(days=r.randint(1, 20))).strftime('%Y:%m:%d ') + '%02d:%02d:%02d' % (r.randint(8, 20), r.randint(0, 59), r.randint(0, 59))
    ex[0x0131] = mk[1] + ' camera'
    return ex


# ============================================================ PDF edits
def pt_to_px(H, scale, ph, x, y):
    v = H @ np.array([x * scale, (ph - y) * scale, 1.0])
    return v[0] / v[2], v[1] / v[2]


def content_replace(pdf_in, pdf_out, old, new, which='last', exact=False, incremental=False):
    """Replace text inside a literal Tj string in the page content streams.
    Works for simple (WinAnsi) fonts as written by ReportLab and fpdf2 core fonts.
    which: 'first' | 'last' | 'all'; exact: the whole string operand must equal `old`."""
    import pikepdf
    ob, nb = old.encode('cp1252'), new.encode('cp1252')

    def match(raw):
        return raw == ob if exact else ob in raw
    if incremental:
        from pypdf import PdfWriter
        from pypdf.generic import ContentStream, ByteStringObject, TextStringObject
        w = PdfWriter(pdf_in, incremental=True)
        hits = []
        css = {}
        for pi in range(len(w.pages)):
            cs = ContentStream(w.pages[pi].get_contents(), w)
            css[pi] = cs
            for k, (ops, op) in enumerate(cs.operations):
                if op == b'Tj' and isinstance(ops[0], (TextStringObject, ByteStringObject)):
                    raw = ops[0].get_original_bytes() if hasattr(ops[0], 'get_original_bytes') else bytes(ops[0])
                    if match(raw):
                        hits.append((pi, k, raw))
        if not hits:
            return False
        sel = hits if which == 'all' else [hits[-1] if which == 'last' else hits[0]]
        for pi, k, raw in sel:
            css[pi].operations[k] = ([ByteStringObject(raw.replace(ob, nb))], b'Tj')
        for pi in sorted(set(h[0] for h in sel)):
            w.pages[pi].replace_contents(css[pi])
        with open(pdf_out, 'wb') as f:
            w.write(f)
        return True
    pdf = pikepdf.open(pdf_in)
    hits = []
    inss = {}
    for pi in range(len(pdf.pages)):
        ins = pikepdf.parse_content_stream(pdf.pages[pi])
        inss[pi] = ins
        for k, (operands, op) in enumerate(ins):
            if str(op) == 'Tj' and match(bytes(operands[0])):
                hits.append((pi, k))
    if not hits:
        pdf.close(); return False
    sel = hits if which == 'all' else [hits[-1] if which == 'last' else hits[0]]
    for pi, k in sel:
        operands, op = inss[pi][k]
        inss[pi][k] = pikepdf.ContentStreamInstruction([pikepdf.String(bytes(operands[0]).replace(ob, nb))], op)
    for pi in sorted(set(h[0] for h in sel)):
        pdf.pages[pi].Contents = pdf.make_stream(pikepdf.unparse_content_stream(inss[pi]))
    pdf.save(pdf_out, deterministic_id=True)
    pdf.close()
    return True


def overlay_edit(pdf_in, pdf_out, edits, font='Helvetica'):
    """edits: list of (page, needle, new_text, which) -> white box over the old text, new text drawn on top,
    merged with pypdf; original content is left underneath."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from pypdf import PdfReader, PdfWriter
    rd = PdfReader(pdf_in)
    wr = PdfWriter(clone_from=rd)
    done = 0
    for (pi, needle, new, which, align) in edits:
        res, ph = find_boxes(pdf_in, pi, needle, last=(which == 'last'))
        if not res:
            continue
        boxes = [bx for bx, tb, ch in res if ch.strip()]
        tights = [tb for bx, tb, ch in res if ch.strip()]
        x0 = min(b_[0] for b_ in boxes); x1 = max(b_[2] for b_ in boxes)
        y0 = min(b_[1] for b_ in boxes); y1 = max(b_[3] for b_ in boxes)
        ty0 = min(b_[1] for b_ in tights); ty1 = max(b_[3] for b_ in tights)
        size = max(6.0, (y1 - y0) / 1.17)
        fsz, fw = font_info(pdf_in, pi, needle, last=(which == 'last'))
        caps = [tb for bx, tb, ch in res if ch.isdigit() or (ch.isupper() and ch not in 'QJ')]
        cjk = [tb for bx, tb, ch in res if ord(ch) > 0x2E80]
        if caps:   # cap/digit height is about 0.70-0.73 em in DejaVu, Helvetica, Times, Courier
            size = max(b_[3] - b_[1] for b_ in caps) / 0.71
        elif cjk:
            size = max(b_[3] - b_[1] for b_ in cjk) / 0.86
        pw = float(rd.pages[pi].mediabox.width); phh = float(rd.pages[pi].mediabox.height)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(pw, phh))
        fn = font
        if fw and fw >= 600 and font in ('Helvetica', 'Times-Roman'):
            fn = {'Helvetica': 'Helvetica-Bold', 'Times-Roman': 'Times-Bold'}[font]
        if any(ord(ch) > 0x24F for ch in new):
            if 'WQY' not in _rl_fonts:
                pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0)); _rl_fonts['WQY'] = 1
            fn = 'WQY'
        elif any(ord(ch) > 0xFF for ch in new) and font.startswith(('Helvetica', 'Times')):
            if 'DJ' not in _rl_fonts:
                pdfmetrics.registerFont(TTFont('DejaVu', FONT_DIR + 'DejaVuSans.ttf'))
                pdfmetrics.registerFont(TTFont('DejaVu-Bold', FONT_DIR + 'DejaVuSans-Bold.ttf')); _rl_fonts['DJ'] = 1
            fn = 'DejaVu-Bold' if fw and fw >= 600 else 'DejaVu'
        tw = pdfmetrics.stringWidth(new, fn, size)
        right_aligned = align == 'r'
        c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1)
        pad = 0.6
        bx0 = min(x0, x1 - tw) if right_aligned else x0
        bx1 = x1 if right_aligned else max(x1, x0 + tw)
        c.rect(bx0 - pad, y0 - pad, bx1 - bx0 + 2 * pad, y1 - y0 + 2 * pad, fill=1, stroke=0)
        c.setFillColorRGB(0.07, 0.07, 0.07)
        c.setFont(fn, size)
        base = min(b_[1] for b_ in caps) if caps else (ty0 if needle[0].isdigit() else y0 + (y1 - y0) * 0.2)
        if right_aligned:
            c.drawRightString(x1, base, new)
        else:
            c.drawString(x0, base, new)
        c.save()
        ov = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        wr.pages[pi].merge_page(ov)
        done += 1
    with open(pdf_out, 'wb') as f:
        wr.write(f)
    return done


def gs_resave(pdf_in, pdf_out):
    """Re-save through Ghostscript pdfwrite (what many 'print to PDF' tools do)."""
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.5',
                    '-o', pdf_out, pdf_in], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=300)


# ============================================================ image edits
def find_boxes_after(pdf_path, page, anchor, needle):
    """char boxes of `needle` as a whole token after `anchor` (used to find a quantity in its row)."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    tp = pg.get_textpage()
    text = tp.get_text_range()
    a = text.find(anchor)
    if a < 0:
        pdf.close(); return None, pg.get_height()
    m = re.compile(r'(?<![\d.,])' + re.escape(needle) + r'(?![\d.,])').search(text, a + len(anchor))
    if not m:
        pdf.close(); return None, pg.get_height()
    i = m.start()
    res = [(tp.get_charbox(j, loose=True), tp.get_charbox(j), text[j]) for j in range(i, i + len(needle))]
    ph = pg.get_height()
    pdf.close()
    return res, ph


def img_rect(rec, res, ph, tight=False):
    pts = []
    for bx, tb, ch in res:
        if not ch.strip():
            continue
        b_ = tb if tight else bx
        for x, y in ((b_[0], b_[1]), (b_[2], b_[3]), (b_[0], b_[3]), (b_[2], b_[1])):
            pts.append(pt_to_px(rec['H'], rec['scale'], ph, x, y))
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def ring_color(a, x0, y0, x1, y1, pad=4):
    h, w = a.shape[:2]
    X0, Y0, X1, Y1 = max(0, int(x0) - pad), max(0, int(y0) - pad), min(w, int(x1) + pad + 1), min(h, int(y1) + pad + 1)
    reg = a[Y0:Y1, X0:X1].astype(np.float32)
    mask = np.ones(reg.shape[:2], bool)
    mask[pad:-pad or None, pad:-pad or None] = False
    vals = reg[mask]
    # background = brighter half of the ring (skip table lines / glyph bits)
    lum = vals if vals.ndim == 1 else vals.mean(axis=1)
    keep = vals[lum >= np.percentile(lum, 40)]
    return tuple(int(v) for v in np.median(keep, axis=0).reshape(-1))


def ink_color(a, x0, y0, x1, y1):
    reg = a[int(y0):int(y1) + 1, int(x0):int(x1) + 1].astype(np.float32)
    flat = reg.reshape(-1, reg.shape[2]) if reg.ndim == 3 else reg.reshape(-1, 1)
    lum = flat.mean(axis=1)
    return tuple(int(v) for v in np.median(flat[lum <= np.percentile(lum, 4)], axis=0))


def load_font(text, px, bold=False, mono=False):
    from PIL import ImageFont
    if any(ord(ch) > 0x24F for ch in text):
        return ImageFont.truetype(WQY, max(8, int(px)), index=0)
    f = 'DejaVuSansMono.ttf' if mono else ('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf')
    return ImageFont.truetype(FONT_DIR + f, max(8, int(px)))


def save_img(img, path, rec, quality=None):
    ext = path.rsplit('.', 1)[1]
    if ext == 'jpg':
        kw = dict(quality=quality or rec.get('q', 85))
        if rec.get('exif') is not None:
            kw['exif'] = rec['exif']
        img.save(path, 'JPEG', **kw)
    elif ext == 'png':
        img.save(path, 'PNG', optimize=False)
    elif ext == 'pdf':
        img.convert('RGB' if img.mode != 'L' else 'L').save(path, 'PDF', resolution=rec.get('res', 150.0), **rec.get('pdf_kw', {}))


def open_rec_image(rec):
    from PIL import Image
    if rec['path'].endswith('.pdf'):
        from pypdf import PdfReader
        return PdfReader(rec['path']).pages[0].images[0].image.copy()
    im = Image.open(rec['path']); im.load()
    return im


def edit_text_patch(rec, res, ph, new, out_path, resave=(), blur=False, bold=False, align='auto', mono=False):
    from PIL import ImageDraw, ImageFilter
    img = open_rec_image(rec)
    mode = img.mode
    img = img.convert('RGB')
    a = np.array(img)
    x0, y0, x1, y1 = img_rect(rec, res, ph)
    core = [x for x in res if x[2].isalnum()] or res
    tx0, ty0, tx1, ty1 = img_rect(rec, core, ph, tight=True)
    bg = ring_color(a, x0, y0, x1, y1)
    ink = ink_color(a, tx0, ty0, tx1, ty1)
    old = ''.join(ch for _, _, ch in res)
    caps = [x for x in res if x[2].isdigit() or (x[2].isupper() and x[2] not in 'QJ')]
    if any(ord(ch) > 0x24F for ch in old + new):
        px = (y1 - y0) / 1.1
        bl = ty1
    elif caps:
        cx0, cy0, cx1, cy1 = img_rect(rec, caps, ph, tight=True)
        px = (cy1 - cy0) / 0.73
        bl = cy1
    else:
        px = (ty1 - ty0) / 0.75
        bl = ty1
    font = load_font(new, px, bold=bold, mono=mono)
    d = ImageDraw.Draw(img)
    tw = d.textlength(new, font=font)
    if align == 'auto':
        align = 'r' if (old[-1].isdigit() or old[-1] in '€$zł') and old[0].isdigit() else 'l'
    ax0, _, ax1, _ = img_rect(rec, [x for x in res if x[2].strip()], ph, tight=True)
    bx0 = min(ax0, tx1 - tw) if align == 'r' else ax0
    bx1 = ax1 if align == 'r' else max(ax1, tx0 + tw)
    d.rectangle([bx0 - 2, y0 - 1, bx1 + 2, y1 + 1], fill=bg)
    if align == 'r':
        d.text((tx1, bl), new, font=font, fill=ink, anchor='rs')
    else:
        d.text((tx0, bl), new, font=font, fill=ink, anchor='ls')
    if blur:
        box = (int(bx0) - 3, int(y0) - 3, int(bx1) + 4, int(y1) + 4)
        img.paste(img.crop(box).filter(ImageFilter.GaussianBlur(blur)), box[:2])
    if mode == 'L':
        img = img.convert('L')
    finish_image(img, rec, out_path, resave)
    return dict(box=[int(bx0), int(y0), int(bx1), int(y1)])


def finish_image(img, rec, out_path, resave=()):
    from PIL import Image
    ext = out_path.rsplit('.', 1)[1]
    if ext == 'jpg' and resave:
        save_img(img, out_path, rec, quality=resave[0])
        for q in resave[1:]:
            im2 = Image.open(out_path); im2.load()
            save_img(im2, out_path, rec, quality=q)
    else:
        save_img(img, out_path, rec)


def edit_clone_digits(rec, res, ph, new, out_path, resave=()):
    """Change digits by copying glyph images of the wanted digits from elsewhere on the same page."""
    import pypdfium2 as pdfium
    img = open_rec_image(rec)
    mode = img.mode
    img = img.convert('RGB')
    a = np.array(img)
    pdf = pdfium.PdfDocument(rec['base_pdf'])
    tp = pdf[rec['page']].get_textpage()
    text = tp.get_text_range()
    old = ''.join(ch for _, _, ch in res)
    used = []
    tgt_idx = set()
    for k, (bx, tb, ch) in enumerate(res):
        if ch == new[k]:
            continue
        th = tb[3] - tb[1]
        best = None
        for j, cj in enumerate(text):
            if cj != new[k]:
                continue
            sb = tp.get_charbox(j)
            hdiff = abs((sb[3] - sb[1]) - th)
            if abs(sb[0] - tb[0]) < 0.5 and abs(sb[1] - tb[1]) < 0.5:
                continue
            if best is None or hdiff < best[0]:
                best = (hdiff, sb, j)
        if best is None:
            pdf.close(); return None
        sb = best[1]
        ratio = th / max(0.1, (sb[3] - sb[1]))
        used.append(best[2])
        # target cell = the glyph's advance box (union of loose and tight box); wipe old digit, paste donor glyph centred on it
        tx0, ty0, tx1, ty1 = img_rect(rec, [(bx, tb, ch)], ph)
        ux0, _, ux1, _ = img_rect(rec, [(bx, tb, ch)], ph, tight=True)
        tx0, tx1 = min(tx0, ux0 - 1), max(tx1, ux1 + 1)
        # widen the wipe up to the neighbouring glyphs (char boxes of some CJK fonts are too narrow)
        if k > 0 and res[k - 1][2].strip():
            nb = res[k - 1][1]
            tx0 = min(tx0, img_rect(rec, [((nb[2] + 0.3, bx[1], nb[2] + 0.31, bx[3]), (nb[2] + 0.3, bx[1], nb[2] + 0.31, bx[3]), 'x')], ph)[0])
        if k + 1 < len(res) and res[k + 1][2].strip():
            nb = res[k + 1][1]
            tx1 = max(tx1, img_rect(rec, [((nb[0] - 0.31, bx[1], nb[0] - 0.3, bx[3]), (nb[0] - 0.31, bx[1], nb[0] - 0.3, bx[3]), 'x')], ph)[2])
        _, _, _, gy1 = img_rect(rec, [(bx, tb, ch)], ph, tight=True)
        sx0, sy0, sx1, sy1 = img_rect(rec, [(sb, sb, new[k])], ph, tight=True)
        p = 2
        patch = img.crop((int(sx0) - 1, int(sy0) - p, int(sx1) + 2, int(sy1) + p + 1))
        if abs(ratio - 1) > 0.04:  # donor digit from a different font size: scale it
            from PIL import Image as _I
            patch = patch.resize((max(1, int(patch.width * ratio)), max(1, int(patch.height * ratio))), _I.BICUBIC)
            sy1, sy0 = sy0 + (sy1 - sy0) * ratio, sy0
        bg = ring_color(a, tx0, ty0, tx1, ty1, pad=2)
        from PIL import ImageDraw
        ImageDraw.Draw(img).rectangle([tx0, ty0, tx1, ty1], fill=bg)
        cx = (tx0 + tx1) / 2
        img.paste(patch, (int(round(cx - patch.width / 2)), int(round(gy1 - (sy1 - sy0) - p * (ratio if abs(ratio - 1) > 0.04 else 1)))))
    pdf.close()
    if mode == 'L':
        img = img.convert('L')
    finish_image(img, rec, out_path, resave)
    return dict(donor_char_indices=used)


def edit_paste_other(rec, regions, donor, out_path, resave=()):
    """Paste regions cut from another scan (donor) over the matching regions in this scan.
    regions: list of (res, ph, dres, dph)."""
    from PIL import Image, ImageDraw
    img = open_rec_image(rec)
    mode = img.mode
    img = img.convert('RGB')
    a = np.array(img)
    dimg = open_rec_image(donor).convert('RGB')
    info = []
    for res, ph, dres, dph in regions:
        x0, y0, x1, y1 = img_rect(rec, res, ph)
        dx0, dy0, dx1, dy1 = img_rect(donor, dres, dph)
        p = 4
        crop = dimg.crop((int(dx0) - p, int(dy0) - p, int(dx1) + p, int(dy1) + p))
        f = ((rec['H'][0, 0] ** 2 + rec['H'][1, 0] ** 2) ** .5 * rec['scale']) / (((donor['H'][0, 0] ** 2 + donor['H'][1, 0] ** 2) ** .5) * donor['scale'])
        crop = crop.resize((max(1, int(crop.width * f)), max(1, int(crop.height * f))), Image.BILINEAR)
        bg = ring_color(a, x0, y0, x1, y1)
        ImageDraw.Draw(img).rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill=bg)
        right = dres[-1][2].isdigit() and dres[0][2].isdigit()
        px = int(x1 + p * f - crop.width) if right else int(x0 - p * f)
        img.paste(crop, (px, int(y0 - p * f)))
        info.append(dict(paste_at=[px, int(y0 - p * f)], size=[crop.width, crop.height], donor_box=[int(dx0), int(dy0), int(dx1), int(dy1)]))
    if mode == 'L':
        img = img.convert('L')
    finish_image(img, rec, out_path, resave)
    return info


# ============================================================ plan
GEN_NAMES = ['Kalkul8 Faktury 4.1', 'Warenwirt ERP 2024.2', 'FactuFlex Cloud', 'OrderDesk Invoicer', 'HengTong ERP 5.0',
             'BiuroPlus Sprzedaż', 'Magazzino Facile 9', 'TiendaGest', 'KassaKlik', 'LedgerLite 3']


def plan():
    S = []

    def add(prod, layout, country, doc_type='invoice', n=None, arith=False, out=None, pair=None, base=None):
        S.append(dict(prod=prod, layout=layout, country=country, doc_type=doc_type, n=n, arith=arith, out=out,
                      pair=pair, base=base))
    # --- Chromium, HTML/CSS "ERP" styles (20)
    for c, dtp, n, ar in [('DE', 'invoice', 55, False), ('PL', 'invoice', None, False), ('GB', 'tax_invoice', None, False),
                          ('FR', 'invoice', None, True), ('NL', 'invoice', None, False), ('IT', 'credit_note', 3, False),
                          ('ES', 'invoice', None, False), ('CNX', 'proforma', 4, False)]:
        add('chromium_html', 'erp', c, dtp, n, ar)
    for c, dtp in [('US', 'invoice'), ('CNX', 'invoice'), ('GB', 'invoice'), ('DE', 'receipt')]:
        add('chromium_html', 'market', c, dtp)
    for c, dtp in [('PL', 'invoice'), ('DE', 'invoice'), ('CNX', 'packing_list')]:
        add('chromium_html', 'mono', c, dtp)
    for dtp in ['tax_invoice', 'tax_invoice', 'invoice']:
        add('chromium_html', 'fapiao', 'CN', dtp)
    add('chromium_html', 'seikyu', 'JP', 'invoice'); add('chromium_html', 'seikyu', 'JP', 'tax_invoice')
    # --- WeasyPrint web-shop / ERP (20)
    for c, dtp, ar in [('FR', 'invoice', False), ('IT', 'invoice', True), ('ES', 'invoice', False), ('NL', 'invoice', False),
                       ('DE', 'receipt', False), ('PL', 'invoice', False), ('GB', 'receipt', False), ('FR', 'quotation', False)]:
        add('weasyprint_html', 'shop', c, dtp, None, ar)
    for c, n in [('CNX', None), ('PL', 60), ('DE', 70), ('IT', None)]:
        add('weasyprint_html', 'erp', c, 'invoice', n)
    for c, n in [('NL', None), ('ES', None), ('US', 65), ('IT', None)]:
        add('weasyprint_html', 'market', c, 'invoice', n)
    add('weasyprint_html', 'seikyu', 'JP', 'invoice'); add('weasyprint_html', 'seikyu', 'JP', 'quotation')
    add('weasyprint_html', 'fapiao', 'CN', 'tax_invoice'); add('weasyprint_html', 'fapiao', 'CN', 'invoice')
    # --- ReportLab (20)
    for c, dtp, n, ar in [('DE', 'invoice', None, False), ('GB', 'invoice', None, False), ('FR', 'invoice', None, False),
                          ('IT', 'invoice', None, False), ('ES', 'invoice', None, True), ('NL', 'invoice', None, False),
                          ('CNX', 'invoice', None, False), ('US', 'invoice', None, False), ('DE', 'credit_note', 2, False),
                          ('GB', 'tax_invoice', None, False), ('CNX', 'invoice', 48, False), ('PL', 'invoice', None, False)]:
        add('reportlab', 'classic', c, dtp, n, ar)
    for c, dtp, n in [('DE', 'invoice', None), ('FR', 'invoice', None), ('IT', 'invoice', None), ('CNX', 'invoice', None),
                      ('NL', 'purchase_order', None), ('ES', 'proforma', None), ('PL', 'invoice', 50), ('JP', 'invoice', None)]:
        add('reportlab', 'boxed', c, dtp, n)
    # --- fpdf2 (14)
    for c, dtp, ar in [('DE', 'invoice', False), ('FR', 'invoice', False), ('IT', 'invoice', False), ('ES', 'invoice', False),
                       ('NL', 'invoice', True), ('GB', 'invoice', False), ('CNX', 'invoice', False), ('PL', 'invoice', False),
                       ('US', 'receipt', False)]:
        add('fpdf2', 'simple', c, dtp, None, ar)
    for c, dtp, n in [('DE', 'invoice', 58), ('IT', 'credit_note', None), ('FR', 'invoice', None), ('ES', 'invoice', None), ('NL', 'delivery_note', None)]:
        add('fpdf2', 'band', c, dtp, n)
    # --- LibreOffice Calc from flat ODS (10)
    for c, dtp, ar in [('PL', 'invoice', False), ('DE', 'invoice', False), ('CNX', 'invoice', False), ('IT', 'invoice', False),
                       ('ES', 'invoice', True), ('GB', 'invoice', False), ('PL', 'purchase_order', False), ('DE', 'other', False),
                       ('CNX', 'packing_list', False), ('NL', 'invoice', False)]:
        add('libreoffice_calc', 'sheet', c, dtp, None, ar)
    # --- Word via python-docx + LibreOffice (10)
    for c, dtp, n, ar in [('PL', 'invoice', 45, False), ('PL', 'credit_note', 2, False), ('DE', 'invoice', None, False),
                          ('FR', 'invoice', None, True), ('ES', 'invoice', None, False), ('IT', 'invoice', None, False),
                          ('NL', 'invoice', None, False), ('PL', 'delivery_note', None, False), ('PL', 'other', None, False),
                          ('DE', 'invoice', None, False)]:
        add('docx_libreoffice', 'word', c, dtp, n, ar)
    # --- scans (18): pairs share supplier + template (for paste-from-other-scan edits)
    for pair, (bp, bl, c, fmt) in enumerate([('weasyprint_html', 'erp', 'PL', 'jpg'), ('reportlab', 'classic', 'DE', 'png'),
                                             ('fpdf2', 'simple', 'CNX', 'jpg'), ('weasyprint_html', 'fapiao', 'CN', 'jpg')]):
        for k in range(2):
            add('scan_' + {'jpg': 'jpeg', 'png': 'png'}[fmt], bl, c, 'tax_invoice' if c == 'CN' else 'invoice', None,
                False, fmt, pair='P%d' % pair, base=bp)
    for bp, bl, c, dtp, fmt, ar in [('reportlab', 'boxed', 'IT', 'invoice', 'jpg', False), ('chromium_html', 'erp', 'FR', 'invoice', 'jpg', False),
                                    ('weasyprint_html', 'seikyu', 'JP', 'invoice', 'png', False), ('fpdf2', 'band', 'ES', 'invoice', 'png', True),
                                    ('docx_libreoffice', 'word', 'PL', 'invoice', 'jpg', False), ('weasyprint_html', 'shop', 'NL', 'receipt', 'png', False),
                                    ('reportlab', 'classic', 'GB', 'invoice', 'pdf', False), ('chromium_html', 'market', 'CNX', 'invoice', 'pdf', False),
                                    ('libreoffice_calc', 'sheet', 'DE', 'credit_note', 'pdf', False), ('weasyprint_html', 'erp', 'PL', 'invoice', 'pdf', False)]:
        add({'jpg': 'scan_jpeg', 'png': 'scan_png', 'pdf': 'scan_pdf'}[fmt], bl, c, dtp, 45 if (fmt == 'pdf' and c == 'PL') else None, ar, fmt, base=bp)
    # --- phone photos (10)
    for bp, bl, c, dtp, ar in [('weasyprint_html', 'shop', 'FR', 'receipt', False), ('chromium_html', 'market', 'US', 'invoice', False),
                               ('reportlab', 'classic', 'DE', 'invoice', False), ('fpdf2', 'simple', 'PL', 'invoice', True),
                               ('docx_libreoffice', 'word', 'ES', 'invoice', False), ('weasyprint_html', 'seikyu', 'JP', 'invoice', False),
                               ('weasyprint_html', 'fapiao', 'CN', 'invoice', False), ('reportlab', 'boxed', 'GB', 'invoice', False),
                               ('chromium_html', 'erp', 'NL', 'invoice', False), ('libreoffice_calc', 'sheet', 'IT', 'invoice', False)]:
        add('phone_photo', bl, c, dtp, None, ar, 'jpg', base=bp)
    return S


def make_doc_for(spec, r):
    c = spec['country']
    dtp = spec['doc_type']
    n = spec['n']
    if n is None:
        n = r.choice([1, 2, 3, 3, 4, 5, 6, 7]) if not spec['out'] else r.choice([2, 3, 3, 4, 5])
    if dtp == 'receipt':
        n = min(n, 3)
    if dtp == 'other' and spec['prod'] == 'libreoffice_calc':
        n = 11
    kw = {}
    pd_ = spec.get('pair_doc')
    if pd_ is not None:
        kw = dict(supplier_idx=pd_['supplier_idx'])
        while True:
            b = pick_buyer(r, avoid_country=c)
            if b['name'] != pd_['doc']['buyer']['name']:
                break
        kw['buyer'] = b
        kw['date'] = pd_['doc']['date'] + dt.timedelta(days=r.randint(20, 80))
    doc = build_doc(c, dtp, n_items=n, r=r, extras=dtp not in ('packing_list', 'delivery_note', 'other'), **kw)
    if pd_ is not None:
        for k in ('datestyle', 'numstyle', 'curpos'):
            doc[k] = pd_['doc'][k]
    if dtp == 'other':
        doc['other_kind'] = 'price_list' if spec['prod'] == 'libreoffice_calc' else 'letter'
        if doc['other_kind'] == 'price_list':
            doc['lang_t'] = {'buyer': {'de': 'Preisliste für', 'pl': 'Cennik dla'}.get(doc['lang'], 'Prepared for'), 'shipto': ''}
            for it in doc['items']:
                it['qty'] = D(50)
    doc['is_inv'] = dtp in ('invoice', 'tax_invoice', 'receipt', 'credit_note', 'proforma')
    if not doc['is_inv']:
        digits = ''.join(ch for ch in doc['number'] if ch.isdigit())[-6:]
        doc['number'] = {'quotation': 'OF', 'purchase_order': 'PO', 'packing_list': 'PL', 'delivery_note': 'WZ' if c == 'PL' else 'DN',
                         'other': 'PR'}[dtp] + '-' + str(doc['date'].year) + '-' + digits
    doc['hh'] = r.randrange(1000)
    doc['gen_name'] = r.choice(GEN_NAMES)
    if spec['layout'] == 'fapiao':
        doc['datestyle'] = 'cjk'
    if spec['arith']:
        inject_error(doc, r)
    if dtp == 'purchase_order':
        doc = po_view(doc)
    return doc


def po_view(doc):
    """A purchase order is issued by the buyer: the buyer company is printed as issuer and the vendor as addressee.
    The label keeps supplier = vendor, buyer = ordering company."""
    v = copy.deepcopy(doc)
    b, s = doc['buyer'], doc['supplier']
    st, _, ci = b['addr'].partition(', ')
    v['supplier'] = dict(name=b['name'], street=st, city=ci, tax=b['tax'], phone='-', iban='-', country=b['country'])
    v['buyer'] = dict(name=s['name'], addr=s['street'] + ', ' + s['city'], tax=s['tax'], country=s['country'])
    v['label_supplier'] = s['name']; v['label_buyer'] = b['name']
    v['shipto'] = (b['name'], b['addr'])
    v['lang_t'] = {'seller': {'en': 'Ordered by', 'pl': 'Zamawiający', 'nl': 'Besteller', 'de': 'Besteller'}.get(doc['lang'], 'Buyer'),
                   'buyer': {'en': 'Vendor', 'pl': 'Dostawca', 'nl': 'Leverancier', 'de': 'Lieferant'}.get(doc['lang'], 'Vendor')}
    return v


# ============================================================ build genuine files
def render_pdf(rec, prod, layout, pdf, office):
    doc = rec['doc']
    if prod == 'chromium_html':
        render_chromium(doc, layout, pdf)
    elif prod == 'weasyprint_html':
        render_weasy(doc, layout, pdf)
    elif prod == 'reportlab':
        render_reportlab(doc, layout, pdf)
    elif prod == 'fpdf2':
        render_fpdf(doc, layout, pdf)
    elif prod == 'libreoffice_calc':
        src = pdf[:-4] + '.fods'
        with open(src, 'w', encoding='utf-8') as f:
            f.write(fods_doc(doc))
        office.append(src)
    elif prod == 'docx_libreoffice':
        src = pdf[:-4] + '.docx'
        (letter_docx if doc['doc_type'] == 'other' else docx_doc)(doc, src)
        office.append(src)
    else:
        raise ValueError(prod)


def build_genuine(r):
    specs = plan()
    recs, pairs = [], {}
    for i, sp in enumerate(specs):
        if sp['pair'] and sp['pair'] in pairs:
            sp['pair_doc'] = pairs[sp['pair']]
        doc = make_doc_for(sp, r)
        if sp['pair'] and sp['pair'] not in pairs:
            pairs[sp['pair']] = dict(supplier_idx=doc['supplier_idx'], doc=doc)
        recs.append(dict(id='g%03d' % i, spec=sp, doc=doc, genuine=True))
    office = []
    for rec in recs:
        sp = rec['spec']
        prod = sp['base'] or sp['prod']
        pdf = os.path.join(WORK, rec['id'] + ('_base' if sp['base'] else '') + '.pdf')
        rec['pdf'] = pdf
        render_pdf(rec, prod, sp['layout'], pdf, office)
        print('rendered', rec['id'], prod, sp['layout'], sp['country'], sp['doc_type'], flush=True)
    soffice_convert(office, WORK)
    from PIL import Image
    for rec in recs:
        sp = rec['spec']
        if not sp['base']:
            rec['path'] = rec['pdf']; rec['ext'] = 'pdf'
            continue
        out = sp['out']
        photo = sp['prod'] == 'phone_photo'
        import pypdfium2 as pdfium
        npages = len(pdfium.PdfDocument(rec['pdf']))
        pages = range(npages) if out == 'pdf' else [0]
        imgs = []
        for pi in pages:
            dpi = r.choice([150, 160, 170]) if photo else r.choice([200, 240, 300])
            gray = (not photo) and r.random() < 0.55
            img, scale, ph = render_page(rec['pdf'], pi, dpi, gray)
            if photo:
                im2, H = degrade_photo(img, r)
            else:
                im2, H = degrade_scan(img, r, out)
            imgs.append(im2)
            if pi == 0:
                rec['img'] = dict(base_pdf=rec['pdf'], page=0, scale=scale, H=H, q=r.randint(55, 88) if not photo else r.randint(78, 92),
                                  exif=phone_exif(r, rec['doc']['date']) if photo else None,
                                  res=round(im2.width / (pdfium.PdfDocument(rec['pdf'])[0].get_width() / 72.0), 1))
        path = os.path.join(WORK, rec['id'] + '.' + out)
        rec['img']['path'] = path
        if out == 'pdf':
            sd = dt.datetime.combine(rec['doc']['date'] + dt.timedelta(days=r.randint(1, 25)), dt.time(r.randint(8, 17), r.randint(0, 59), r.randint(0, 59)))
            rec['img']['pdf_kw'] = dict(creationDate=sd.timetuple(), modDate=sd.timetuple(), producer=r.choice(['ScanSnap Manager', 'Epson Scan 2', 'HP Scan', 'NAPS2']))
            imgs[0].save(path, 'PDF', resolution=rec['img']['res'], save_all=True, append_images=imgs[1:], **rec['img']['pdf_kw'])
        else:
            save_img(imgs[0], path, rec['img'])
        rec['path'] = path; rec['ext'] = out
        print('scanned', rec['id'], sp['prod'], out, flush=True)
    return recs


# ============================================================ edited copies
def parse_num(s, style):
    sep, dec = {'en': (',', '.'), 'eu': ('.', ','), 'sp': (' ', ','), 'ch': ("'", '.')}[style]
    s = s.replace(sep, '')
    return D(s.replace(dec, '.'))


def pick_other_buyer(doc, r):
    while True:
        b = r.choice(BUYERS)
        if doc['lang'] in ('zh', 'ja'):
            ok = b[2] in ('CN', 'JP') or r.random() < 0.3
        else:
            try:
                b[0].encode('cp1252'); ok = True
            except UnicodeEncodeError:
                ok = False
        if ok and b[0] != doc['buyer']['name'] and b[0] != doc.get('label_buyer'):
            return b[0]


def pick_other_supplier(doc, r):
    # the classic origin fake: a factory name swapped for an EU / brand-owner name
    pool = [n for c in ('DE', 'IT', 'FR', 'NL', 'ES', 'GB') for n in SUPPLIERS[c]['names']]
    while True:
        n = r.choice(pool)
        if n != doc['supplier']['name'] and all(ord(ch) < 256 for ch in n):
            return n


def new_total(doc, r):
    g = doc['disp']['gross']
    f = D(str(r.choice([1.5, 1.8, 2, 2.5, 3, 4])))
    v = q2(g * f, doc['dec'])
    if r.random() < 0.4:
        v = q2(D(int(v / 10) * 10), doc['dec'])
    return v


def new_date(doc, r):
    """a later date (or an earlier one if that would be in the future) printed with about the same length"""
    best = None
    for _ in range(40):
        d = doc['date'] + dt.timedelta(days=r.randint(45, 240))
        if d > dt.date(2026, 11, 28):
            d = doc['date'] - dt.timedelta(days=r.randint(100, 300))
        diff = abs(len(DT(doc, d)) - len(DT(doc, doc['date'])))
        if best is None or diff < best[0]:
            best = (diff, d)
        if diff <= 1:
            break
    return best[1]


def same_size_digits(pdf_path, page, res):
    """digits printed elsewhere on the page at the same glyph height as the target string"""
    import pypdfium2 as pdfium
    th = max(tb[3] - tb[1] for bx, tb, ch in res if ch.isdigit())
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[page].get_textpage()
    text = tp.get_text_range()
    own = {(round(tb[0], 1), round(tb[1], 1)) for bx, tb, ch in res}
    out = set()
    for j, c in enumerate(text):
        if c.isdigit():
            b_ = tp.get_charbox(j)
            if abs((b_[3] - b_[1]) - th) < 0.25 and (round(b_[0], 1), round(b_[1], 1)) not in own:
                out.add(c)
    pdf.close()
    return out


def samelen_total(doc, r, avail=None):
    old = N(doc, doc['disp']['gross'])
    pos = [i for i, ch in enumerate(old) if ch.isdigit()]
    ip = [i for i in pos if i < len(old) - (3 if doc['dec'] else 0)]
    for _ in range(50):
        i = r.choice(ip[:2] if len(ip) > 1 else ip)
        d = r.choice('23456789')
        if d == old[i] or (avail and d not in avail):
            continue
        new = old[:i] + d + old[i + 1:]
        if parse_num(new, doc['numstyle']) > parse_num(old, doc['numstyle']):
            return old, new, parse_num(new, doc['numstyle'])
    return None


def samelen_date(doc):
    d = doc['date']
    if d.year == 2025:
        nd = d.replace(year=2026)
        if nd <= dt.date(2026, 11, 28):
            o, n = DT(doc, d), DT(doc, nd)
            return o, n, nd
    for nd in (d.replace(day=d.day + 10) if d.day <= 18 else None, d.replace(day=d.day - 10) if d.day > 10 else None):
        if nd:
            o, n = DT(doc, d), DT(doc, nd)
            if len(o) == len(n):
                return o, n, nd
    return None


def qty_target(doc, text, min_q=10):
    """an item whose quantity appears once as a token in the page text"""
    for i, it in enumerate(doc['items']):
        qs = fmt_qty(it['qty'], doc['numstyle'])
        if int(it['qty']) < min_q:
            continue
        n = len(re.findall(r'(?<![\d.,\w])' + re.escape(qs) + r'(?![\d.,\w])', text))
        if n == 1 and text.find(it['desc']) >= 0:
            return i, qs
    return None


def do_edit(method, field, src, out, r, donor=None):
    """Apply one edit; returns (label_updates, what_changed, detail)."""
    doc = src['doc']
    upd, what, det = {}, [], ''
    if method in ('pikepdf_content_replace', 'pypdf_incremental_update'):
        inc = method == 'pypdf_incremental_update'
        if field == 'total':
            old = N(doc, doc['disp']['gross']); v = new_total(doc, r); new = N(doc, v)
            ok = content_replace(src['path'], out, old, new, which='last', incremental=inc)
            upd['total'] = str(q2(v)); det = f'grand total "{old}" -> "{new}" (last text string containing it); net/VAT lines left as they were'
        elif field == 'date':
            nd = new_date(doc, r); old, new = DT(doc, doc['date']), DT(doc, nd)
            ok = content_replace(src['path'], out, old, new, which='first', incremental=inc)
            upd['date'] = nd.isoformat(); det = f'issue date "{old}" -> "{new}" (due date left unchanged)'
        elif field == 'buyer':
            old = doc['buyer']['name']; new = pick_other_buyer(doc, r)
            ok = content_replace(src['path'], out, old, new, which='first', incremental=inc)
            upd['buyer'] = new; det = f'buyer name "{old}" -> "{new}" (address and VAT no. left as they were)'
        elif field == 'supplier':
            old = doc['supplier']['name']; new = pick_other_supplier(doc, r)
            ok = content_replace(src['path'], out, old, new, which='all', incremental=inc)
            upd['supplier'] = new; det = f'supplier name "{old}" -> "{new}" in every text string (header and footer); address/tax no. unchanged'
        elif field == 'quantity':
            qt = qty_target(doc, page_text(src['path'], 0))
            i, old = qt
            new = str(int(doc['items'][i]['qty']) * r.choice([3, 5, 10]))
            ok = content_replace(src['path'], out, old, new, which='first', exact=True, incremental=inc)
            det = f'quantity of line {i + 1} "{old}" -> "{new}"; line amount and totals NOT updated'
        if not ok:
            raise RuntimeError('edit failed ' + method + field + src['id'])
        what = [field]
        det = ('pikepdf: parsed page content stream, replaced bytes inside the Tj string operand, wrote a new content stream, full re-save. '
               if not inc else 'pypdf: incremental update (original bytes kept, new content stream + xref appended), Tj string operand replaced. ') + det
    elif method == 'pikepdf_content_replace_consistent':
        qt = qty_target(doc, page_text(src['path'], 0))
        i, oldq = qt
        nd = copy.deepcopy(doc)
        nd['items'][i]['qty'] = nd['items'][i]['qty'] * 2
        compute(nd)
        t = TT(doc)
        pairs = [(oldq, fmt_qty(nd['items'][i]['qty'], doc['numstyle']), 'first'),
                 (N(doc, doc['disp']['lines'][i]), N(nd, nd['disp']['lines'][i]), 'first')]
        for (a, v, g), (a2, v2, g2) in zip(totals_rows(doc, t), totals_rows(nd, t)):
            pairs.append((a, a2, 'last')); pairs.append((v, v2, 'last'))
        cur = src['path']
        done = []
        for k, (o, n, which) in enumerate(pairs):
            if o == n:
                continue
            tmp = out + '.%d.pdf' % k
            if content_replace(cur, tmp, o, n, which=which, exact=True):
                cur = tmp; done.append(f'"{o}"->"{n}"')
            else:
                raise RuntimeError('consistent edit: string not found ' + o)
        shutil.copy(cur, out)
        for f in os.listdir(os.path.dirname(out)):
            if f.startswith(os.path.basename(out) + '.'):
                os.remove(os.path.join(os.path.dirname(out), f))
        upd['total'] = str(q2(nd['disp']['gross']))
        what = ['quantity', 'line_total', 'total']
        det = (f'pikepdf content-stream edit of several Tj strings so the arithmetic still adds up: quantity of line {i + 1} doubled, '
               f'line amount, subtotal/VAT and grand total recomputed: ' + '; '.join(done))
    elif method in ('overlay_whitebox', 'overlay_whitebox_gs_resave'):
        edits, what, dets = [], [], []
        for fld in field.split('+'):
            if fld == 'total':
                old = N(doc, doc['disp']['gross']); v = new_total(doc, r); new = N(doc, v)
                edits.append((src['npages'] - 1, old, new, 'last', 'r')); upd['total'] = str(q2(v))
            elif fld == 'date':
                nd = new_date(doc, r); old, new = DT(doc, doc['date']), DT(doc, nd)
                edits.append((0, old, new, 'first', 'l')); upd['date'] = nd.isoformat()
            elif fld == 'buyer':
                old = doc['buyer']['name']; new = pick_other_buyer(doc, r)
                edits.append((0, old, new, 'first', 'l')); upd['buyer'] = new
            elif fld == 'supplier':
                old = doc['supplier']['name']; new = pick_other_supplier(doc, r)
                edits.append((0, old, new, 'first', 'l')); upd['supplier'] = new
            elif fld == 'quantity':
                i, old = qty_target(doc, page_text(src['path'], 0))
                new = str(int(doc['items'][i]['qty']) * r.choice([4, 10]))
                edits.append((0, old, new, 'first', 'r'))
            what.append(fld); dets.append(f'{fld} "{old}" -> "{new}"')
        tmp = out if method == 'overlay_whitebox' else out + '.ov.pdf'
        font = r.choice(['Helvetica', 'Helvetica', 'Times-Roman'])
        n = overlay_edit(src['path'], tmp, edits, font=font)
        if n != len(edits):
            raise RuntimeError('overlay failed ' + src['id'])
        det = (f'reportlab overlay page (white rectangle over the old text + new text in {font}/fallback TTF) merged onto the page with pypdf; '
               f'old text still in the content stream underneath: ' + '; '.join(dets))
        if method == 'overlay_whitebox_gs_resave':
            gs_resave(tmp, out); os.remove(tmp)
            det += '; then re-saved through Ghostscript pdfwrite (fonts re-embedded, original structure and metadata replaced)'
    elif method in ('image_text_patch', 'image_text_patch_jpeg_resave', 'scan_pdf_image_patch', 'image_clone_digits'):
        rec = src['img']
        bp, pg = rec['base_pdf'], 0
        res = None
        if field == 'total':
            if method == 'image_clone_digits':
                res0, _ = find_boxes(bp, pg, N(doc, doc['disp']['gross']), last=True)
                avail = same_size_digits(bp, pg, res0)
                old, new, v = samelen_total(doc, r, avail) or samelen_total(doc, r)
            else:
                old = N(doc, doc['disp']['gross']); v = new_total(doc, r); new = N(doc, v)
            res, ph = find_boxes(bp, pg, old, last=True); upd['total'] = str(q2(v))
        elif field == 'date':
            if method == 'image_clone_digits':
                old, new, nd = samelen_date(doc)
            else:
                nd = new_date(doc, r); old, new = DT(doc, doc['date']), DT(doc, nd)
            res, ph = find_boxes(bp, pg, old); upd['date'] = nd.isoformat()
        elif field == 'buyer':
            old = doc['buyer']['name']; new = pick_other_buyer(doc, r)
            res, ph = find_boxes(bp, pg, old); upd['buyer'] = new
        elif field == 'quantity':
            i, old = qty_target(doc, page_text(bp, pg), min_q=10)
            if method == 'image_clone_digits':
                new = str(int(old[0]) + 1 if old[0] != '9' else 8) + old[1:]
            else:
                new = str(int(doc['items'][i]['qty']) * r.choice([2, 4, 10]))
            res, ph = find_boxes_after(bp, pg, doc['items'][i]['desc'], old)
        if not res:
            raise RuntimeError('not found ' + field + ' ' + src['id'])
        what = [field]
        if method == 'image_clone_digits':
            info = edit_clone_digits(rec, res, ph, new, out)
            if info is None:
                raise RuntimeError('clone failed ' + src['id'])
            det = (f'{field} "{old}" -> "{new}": each changed digit wiped with the local paper colour and replaced by a copy of the same digit '
                   f'cut from elsewhere on the same page (clone within the image), saved once as {out.rsplit(".", 1)[1].upper()}')
        else:
            resave = ()
            if method == 'image_text_patch_jpeg_resave':
                resave = (r.randint(88, 95), r.randint(70, 82))
            blur = round(r.uniform(0.5, 0.9), 2) if r.random() < 0.75 else 0
            info = edit_text_patch(rec, res, ph, new, out, resave=resave, blur=blur,
                                   bold=field == 'total' and src['spec']['layout'] not in ('mono', 'fapiao', 'seikyu'),
                                   mono=src['spec']['layout'] == 'mono')
            det = (f'{field} "{old}" -> "{new}": rectangle filled with the surrounding paper colour at {info["box"]}, new text typed with Pillow '
                   f'(DejaVu/WenQuanYi font, ink colour sampled from the old glyphs)' + (f', patch softened with Gaussian blur r={blur}' if blur else ', no blur (crisp text on a soft scan)'))
            if method == 'image_text_patch_jpeg_resave':
                det += f'; saved as JPEG q{resave[0]} then opened and re-saved as JPEG q{resave[1]}'
            elif method == 'scan_pdf_image_patch':
                det += '; page image extracted from the scan PDF with pypdf, edited, re-wrapped into a new PDF with Pillow'
            else:
                det += f'; saved once as {out.rsplit(".", 1)[1].upper()}'
    elif method == 'image_paste_other_scan':
        rec, drec = src['img'], donor['img']
        bp, dbp = rec['base_pdf'], drec['base_pdf']
        regions = []
        d2 = donor['doc']
        if field == 'buyer':
            for a, b_ in ((doc['buyer']['name'], d2['buyer']['name']), (doc['buyer']['addr'], d2['buyer']['addr'])):
                res, ph = find_boxes(bp, 0, a); dres, dph = find_boxes(dbp, 0, b_)
                if res and dres:
                    regions.append((res, ph, dres, dph))
            upd['buyer'] = d2['buyer']['name']
            det = f'buyer block "{doc["buyer"]["name"]}" replaced by the block "{d2["buyer"]["name"]}, {d2["buyer"]["addr"]}" cut from another scan of the same supplier'
        elif field == 'total':
            res, ph = find_boxes(bp, 0, N(doc, doc['disp']['gross']), last=True); dres, dph = find_boxes(dbp, 0, N(d2, d2['disp']['gross']), last=True)
            regions.append((res, ph, dres, dph)); upd['total'] = str(q2(d2['disp']['gross']))
            det = f'grand total "{N(doc, doc["disp"]["gross"])}" covered with the total "{N(d2, d2["disp"]["gross"])}" cut from another scan of the same supplier'
        elif field == 'date':
            res, ph = find_boxes(bp, 0, DT(doc, doc['date'])); dres, dph = find_boxes(dbp, 0, DT(d2, d2['date']))
            regions.append((res, ph, dres, dph)); upd['date'] = d2['date'].isoformat()
            det = f'issue date "{DT(doc, doc["date"])}" covered with the date "{DT(d2, d2["date"])}" cut from another scan of the same supplier'
        if not regions or any(x[0] is None or x[2] is None for x in regions):
            raise RuntimeError('paste failed ' + src['id'])
        resave = (r.randint(80, 92),) if out.endswith('.jpg') else ()
        info = edit_paste_other(rec, regions, drec, out, resave=resave)
        what = [field]
        det += f' (Pillow crop/resize/paste at {[i["paste_at"] for i in info]}, area first filled with paper colour), re-saved as {out.rsplit(".", 1)[1].upper()}'
        upd['donor'] = donor['id']
    else:
        raise ValueError(method)
    return upd, what, det


EDIT_PLAN = [
    # (method, field, source selector: prod, layout, country, doc_type)
    ('pikepdf_content_replace', 'total', ('reportlab', 'classic', 'DE', 'invoice')),
    ('pikepdf_content_replace', 'date', ('fpdf2', 'simple', 'FR', 'invoice')),
    ('pikepdf_content_replace', 'buyer', ('reportlab', 'boxed', 'IT', 'invoice')),
    ('pikepdf_content_replace', 'quantity', ('fpdf2', 'band', 'DE', 'invoice')),
    ('pikepdf_content_replace', 'total', ('reportlab', 'classic', 'US', 'invoice')),
    ('pikepdf_content_replace', 'supplier', ('fpdf2', 'simple', 'GB', 'invoice')),
    ('pikepdf_content_replace_consistent', 'quantity', ('reportlab', 'classic', 'NL', 'invoice')),
    ('pikepdf_content_replace_consistent', 'quantity', ('fpdf2', 'simple', 'IT', 'invoice')),
    ('pypdf_incremental_update', 'total', ('reportlab', 'classic', 'GB', 'tax_invoice')),
    ('pypdf_incremental_update', 'date', ('reportlab', 'boxed', 'FR', 'invoice')),
    ('pypdf_incremental_update', 'buyer', ('fpdf2', 'simple', 'CNX', 'invoice')),
    ('pypdf_incremental_update', 'supplier', ('reportlab', 'classic', 'CNX', 'invoice')),
    ('pypdf_incremental_update', 'total', ('fpdf2', 'band', 'FR', 'invoice')),
    ('overlay_whitebox', 'total', ('chromium_html', 'erp', 'DE', 'invoice')),
    ('overlay_whitebox', 'buyer', ('chromium_html', 'market', 'US', 'invoice')),
    ('overlay_whitebox', 'date', ('weasyprint_html', 'shop', 'ES', 'invoice')),
    ('overlay_whitebox', 'total+date', ('weasyprint_html', 'erp', 'CNX', 'invoice')),
    ('overlay_whitebox', 'buyer', ('libreoffice_calc', 'sheet', 'PL', 'invoice')),
    ('overlay_whitebox', 'total', ('docx_libreoffice', 'word', 'DE', 'invoice')),
    ('overlay_whitebox', 'buyer', ('chromium_html', 'fapiao', 'CN', 'tax_invoice')),
    ('overlay_whitebox', 'date', ('weasyprint_html', 'seikyu', 'JP', 'invoice')),
    ('overlay_whitebox_gs_resave', 'supplier', ('chromium_html', 'market', 'CNX', 'invoice')),
    ('overlay_whitebox_gs_resave', 'total', ('weasyprint_html', 'market', 'NL', 'invoice')),
    ('overlay_whitebox_gs_resave', 'date+buyer', ('libreoffice_calc', 'sheet', 'GB', 'invoice')),
    # images
    ('image_text_patch', 'total', ('scan_jpeg', 'erp', 'FR', 'invoice')),
    ('image_text_patch', 'date', ('scan_png', 'shop', 'NL', 'receipt')),
    ('image_text_patch', 'buyer', ('phone_photo', 'shop', 'FR', 'receipt')),
    ('image_text_patch', 'total', ('scan_jpeg', 'word', 'PL', 'invoice')),
    ('image_text_patch_jpeg_resave', 'total', ('scan_jpeg', 'boxed', 'IT', 'invoice')),
    ('image_text_patch_jpeg_resave', 'quantity', ('phone_photo', 'market', 'US', 'invoice')),
    ('image_text_patch_jpeg_resave', 'date', ('phone_photo', 'classic', 'DE', 'invoice')),
    ('image_clone_digits', 'total', ('scan_png', 'seikyu', 'JP', 'invoice')),
    ('image_clone_digits', 'date', ('phone_photo', 'boxed', 'GB', 'invoice')),
    ('image_clone_digits', 'total', ('phone_photo', 'erp', 'NL', 'invoice')),
    ('image_clone_digits', 'quantity', ('phone_photo', 'sheet', 'IT', 'invoice')),
    ('image_paste_other_scan', 'buyer', 'P0'),
    ('image_paste_other_scan', 'total', 'P1'),
    ('image_paste_other_scan', 'buyer', 'P2'),
    ('image_paste_other_scan', 'date', 'P3'),
    ('scan_pdf_image_patch', 'total', ('scan_pdf', 'classic', 'GB', 'invoice')),
]


def build_edits(recs, r):
    used = set()
    out = []
    for k, (method, field, sel) in enumerate(EDIT_PLAN):
        donor = None
        if isinstance(sel, str):
            grp = [x for x in recs if x['spec']['pair'] == sel]
            src, donor = grp[0], grp[1]
        else:
            cand = [x for x in recs if (x['spec']['prod'], x['spec']['layout'], x['spec']['country'], x['spec']['doc_type']) == sel
                    and not x['doc']['arith_error'] and x['id'] not in used]
            cand += [x for x in recs if (x['spec']['prod'], x['spec']['layout']) == sel[:2] and x['doc']['is_inv']
                     and x['spec']['doc_type'] != 'proforma' and not x['doc']['arith_error'] and x['id'] not in used and x not in cand]
            if method.startswith(('pikepdf', 'pypdf')):
                cand = [x for x in cand if x['doc'].get('core_font')]
            if field == 'quantity' or method == 'pikepdf_content_replace_consistent':
                cand = [x for x in cand if len(x['doc']['items']) >= 2 and len(x['doc']['items']) < 10
                        and qty_target(x['doc'], page_text(x['pdf'], 0))]
            if not cand:  # last resort: same producer, any layout
                cand = [x for x in recs if x['spec']['prod'] == sel[0] and x['doc']['is_inv'] and x['spec']['doc_type'] != 'proforma'
                        and not x['doc']['arith_error'] and x['id'] not in used and not x['spec']['pair']]
                if method.startswith(('pikepdf', 'pypdf')):
                    cand = [x for x in cand if x['doc'].get('core_font')]
                if field == 'quantity' or method == 'pikepdf_content_replace_consistent':
                    cand = [x for x in cand if 2 <= len(x['doc']['items']) < 10 and qty_target(x['doc'], page_text(x['pdf'], 0))]
            if not cand:
                print('!! no source for', method, field, sel); continue
            src = cand[0]
        used.add(src['id'])
        ext = src['ext']
        path = os.path.join(WORK, 'e%03d.%s' % (k, ext))
        upd, what, det = do_edit(method, field, src, path, r, donor)
        out.append(dict(id='e%03d' % k, path=path, ext=ext, src=src, method=method, upd=upd, what=what, detail=det))
        print('edited', k, method, field, src['id'], flush=True)
    return out


# ============================================================ main
def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def main():
    shutil.rmtree(WORK, ignore_errors=True); os.makedirs(WORK)
    shutil.rmtree(OUT, ignore_errors=True); os.makedirs(OUT)
    r = random.Random(SEED)
    recs = build_genuine(r)
    for rec in recs:
        rec['npages'] = pdf_pages(rec['pdf'])
    edits = build_edits(recs, random.Random(SEED + 1))
    # neutral, shuffled file names
    items = [('g', x) for x in recs] + [('e', x) for x in edits]
    order = list(range(len(items)))
    random.Random(SEED + 2).shuffle(order)
    names = {}
    for n, idx in enumerate(order):
        kind, x = items[idx]
        names[x['id']] = 'inv_%03d.%s' % (n + 1, x['ext'])
    labels = []
    for kind, x in items:
        fn = names[x['id']]
        if kind == 'g':
            src, doc = x, x['doc']
        else:
            src, doc = x['src'], x['src']['doc']
        shutil.copy(x['path'], os.path.join(OUT, fn))
        L = dict(file=fn, genuine=kind == 'g', edit_method=None if kind == 'g' else x['method'],
                 what_changed=[] if kind == 'g' else x['what'], producer=src['spec']['prod'])
        L.update(label_doc(doc))
        L['pages'] = pdf_pages(os.path.join(OUT, fn)) if fn.endswith('.pdf') else 1
        L['layout'] = src['spec']['layout']
        if src['spec']['base']:
            L['base_producer'] = src['spec']['base']
        if kind == 'e':
            L['arithmetic_error'] = False
            for k_ in ('total', 'date', 'buyer', 'supplier'):
                if k_ in x['upd']:
                    L[k_] = x['upd'][k_]
            L['source_file'] = names[src['id']]
            if 'donor' in x['upd']:
                L['donor_file'] = names[x['upd']['donor']]
            L['edit_detail'] = x['detail']
        else:
            if doc['arith_error']:
                L['arithmetic_error_kind'] = {'line': 'one line amount is not qty x unit price', 'vat': 'VAT amount does not match rate x base',
                                              'sum': 'grand total is not net + VAT', 'line_sum': 'subtotal is not the sum of the lines'}[doc['arith_error']]
        labels.append(L)
    labels.sort(key=lambda L: L['file'])
    for L in labels:  # fixed key order
        for k in ('layout', 'base_producer', 'source_file', 'donor_file', 'edit_detail', 'arithmetic_error_kind'):
            if k in L:
                L[k] = L.pop(k)
    with open(os.path.join(HERE, 'labels.jsonl'), 'w', encoding='utf-8') as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + '\n')
    shutil.rmtree(WORK, ignore_errors=True)
    check()


def check():
    labels = [json.loads(l) for l in open(os.path.join(HERE, 'labels.jsonl'), encoding='utf-8')]
    missing = [L['file'] for L in labels if not os.path.exists(os.path.join(OUT, L['file']))]
    extra = sorted(set(os.listdir(OUT)) - {L['file'] for L in labels})
    print(f'\n{len(labels)} labels, {len(missing)} missing files {missing}, {len(extra)} unlabelled files {extra}')
    print('genuine:', sum(L['genuine'] for L in labels), ' edited:', sum(not L['genuine'] for L in labels),
          ' arithmetic_error:', sum(L['arithmetic_error'] for L in labels),
          ' non-invoices:', sum(not L['is_invoice'] for L in labels))
    print('file types:', dict(Counter(L['file'].rsplit('.', 1)[1] for L in labels)))
    for key in ('producer', 'language', 'doc_type', 'edit_method'):
        print(key + ':', dict(sorted(Counter(str(L[key]) for L in labels).items())))
    print('edited on images:', sum(1 for L in labels if not L['genuine'] and L['edit_method'].startswith(('image', 'scan'))))


if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check':
        check()
    else:
        main()
