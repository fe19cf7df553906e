# Build invoice "specs" (numbers) and language "views" (strings) shared by all renderers.
import datetime as dt
from decimal import Decimal as D
from common import *

CN_UPPER = '零壹贰叁肆伍陆柒捌玖'


def cn_upper(v):
    v = D(v).quantize(D('0.01'))
    yuan = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    units = ['', '拾', '佰', '仟']
    big = ['', '万', '亿']
    s = ''
    if yuan == 0:
        s = '零'
    grp = 0
    while yuan > 0:
        part = yuan % 10000; yuan //= 10000
        ps = ''; zero = False
        for i in range(4):
            dgt = part % 10; part //= 10
            if dgt == 0:
                if ps and not zero:
                    zero = True
                    ps = '零' + ps
            else:
                zero = False
                ps = CN_UPPER[dgt] + units[i] + ps
        if ps:
            s = ps + big[grp] + s
        grp += 1
    s = s.strip('零') + '圆'
    if jiao == 0 and fen == 0:
        return s + '整'
    s += (CN_UPPER[jiao] + '角') if jiao else '零'
    if fen:
        s += CN_UPPER[fen] + '分'
    return s


def make_spec(r, sid, lang, doc_type, buyer, date, n_items, cur=None, arith=None, tax_mode=None, style=None):
    sup = SUPPLIERS[sid]
    cur = cur or sup['cur']
    if lang == 'zh' and cur == 'USD' and doc_type == 'tax_invoice':
        cur = 'CNY'
    if lang == 'zh' and doc_type == 'tax_invoice':
        cur = 'CNY'
    items_src = sup['items']
    if lang == 'zh' and 'zh_items' in sup: items_src = sup['zh_items']
    if lang == 'en' and 'en_items' in sup: items_src = sup['en_items']
    if lang not in ('zh', 'ja') and sid in ('yamaji', 'minato') and 'en_items' in sup: items_src = sup['en_items']
    fx = {'USD': 1, 'EUR': 1, 'PLN': 1, 'CNY': 1, 'JPY': 1}[cur]
    if cur == 'CNY' and sup['cur'] == 'USD':
        fx = 7.1
    items = []
    for i in range(n_items):
        desc, lo, hi = items_src[i % len(items_src)]
        if i >= len(items_src):
            desc = desc + [' - var. B', ' - var. C', ' (XL)', ' (S)', ' - colour 2', ' - lot 2'][(i // len(items_src)) % 6]
        price = qz(D(str(r.uniform(lo, hi) * fx)), cur)
        if cur == 'JPY': price = qz(D(int(price / 10) * 10), cur)
        if cur in ('USD', 'CNY') and lo < 10:
            qty = r.choice([100, 200, 240, 300, 500, 600, 1000, 1200, 1500, 2000, 3000])
        elif cur == 'JPY':
            qty = r.choice([6, 10, 12, 20, 24, 30, 36, 40, 48, 50, 60])
        elif lo > 60 or sid == 'vauclair':
            qty = r.choice([1, 1, 2, 3, 4, 6])
        else:
            qty = r.choice([6, 10, 12, 15, 20, 24, 25, 30, 36, 40, 48, 50, 60, 72, 80, 96, 100, 120, 150])
        items.append(dict(desc=desc, qty=qty, price=price, code=f"{sid[:2].upper()}-{r.randint(1000, 9899)}"))
    for it in items:
        it['line'] = qz(it['qty'] * it['price'], cur)
    sub = sum((it['line'] for it in items), D(0))
    disc_pct = r.choice([0, 0, 0, 0, 2, 3, 5, 10]) if doc_type not in ('packing_list', 'delivery_note') else 0
    disc = qz(sub * disc_pct / 100, cur)
    ship = D(0)
    if r.random() < 0.35 and doc_type not in ('packing_list', 'delivery_note', 'price_list'):
        ship = qz(D(str(r.choice([12.5, 18, 25, 35, 48.9, 65, 90, 120, 145]))) * (150 if cur == 'JPY' else (7 if cur == 'CNY' else (4 if cur == 'PLN' else 1))), cur)
    net = sub - disc + ship
    # tax regime
    if tax_mode is None:
        if sid in ('manzanares', 'henares'): tax_mode = 'std'
        elif lang == 'ja': tax_mode = r.choice(['std', 'std', 'export'])
        elif lang == 'zh' and doc_type == 'tax_invoice': tax_mode = 'std'
        elif sup['eu']: tax_mode = r.choice(['rc', 'rc', 'rc', 'std'])
        else: tax_mode = 'none'
    rate = {'manzanares': 21, 'henares': 21}.get(sid)
    if rate is None:
        rate = {'it': 22, 'de': 19, 'pl': 23, 'fr': 20, 'nl': 21, 'ja': 10, 'zh': 13, 'es': 21, 'en': 22}[lang]
        if sid in ('hoffmann', 'brenner'): rate = 19
        if sid in ('valdarno', 'lariana', 'pradis'): rate = 22
        if sid in ('drewnex', 'karkonosze'): rate = 23
        if sid in ('vandermolen',): rate = 21
        if sid in ('vauclair', 'lumignon'): rate = 20
    if tax_mode != 'std': rate = 0
    if cur == 'JPY':
        tax = D(int(net * rate / 100))
    else:
        tax = qz(net * rate / 100, cur)
    total = net + tax
    if doc_type == 'credit_note':
        for it in items: it['qty'] = -abs(it['qty']); it['line'] = -it['line']
        sub, disc, ship, net, tax, total = -sub, -disc, -ship, -net, -tax, -total
    spec = dict(sid=sid, lang=lang, doc_type=doc_type, buyer=buyer, date=date, cur=cur, items=items, sub=sub, disc_pct=disc_pct, disc=disc,
                ship=ship, net=net, rate=rate, tax=tax, total=total, tax_mode=tax_mode, arith=arith)
    spec['due'] = date + dt.timedelta(days=r.choice([0, 14, 30, 30, 60]))
    seq = r.randint(11, 2400)
    y = date.year
    pre = sup['prefix']
    spec['number'] = r.choice([f"{pre}{y}-{seq:04d}", f"{seq}/{y}", f"{pre}{y % 100}{seq:05d}", f"{seq:05d}"]) if pre else r.choice([f"{seq}/{y}", f"{y}{seq:05d}", f"{seq}"])
    if lang == 'zh' and doc_type == 'tax_invoice':
        spec['number'] = f"{r.randint(10 ** 7, 10 ** 8 - 1):08d}"
        spec['code'] = f"0{r.randint(10 ** 10, 10 ** 11 - 1)}"
    if lang == 'pl' and doc_type == 'invoice':
        spec['number'] = f"FV/{seq}/{date.month:02d}/{y}"
    spec['date_style'] = r.choice(DATE_STYLES[lang])
    if style: spec['date_style'] = style
    spec['money_style'] = {'EUR': r.choice(['sym_after', 'code_after']) if lang not in ('en',) else r.choice(['sym_before', 'code_before', 'code_after']),
                           'USD': r.choice(['code_before', 'code_after', 'sym_before']), 'JPY': 'sym_before', 'CNY': 'sym_before',
                           'PLN': r.choice(['sym_after', 'code_after'])}[cur]
    spec['iban'] = make_iban(r, sup)
    # deliberate arithmetic error on the printed figures
    pr = dict(lines=[it['line'] for it in items], sub=sub, tax=tax, total=total)
    if arith == 'line':
        k = r.randrange(len(items))
        pr['lines'][k] = items[k]['line'] + qz(D(r.choice([10, 9, 1, 100])), cur)
    elif arith == 'sum':
        pr['sub'] = sub + qz(D(r.choice([10, 100, 1, 18])), cur)
        pr['total'] = pr['sub'] - disc + ship + tax
    elif arith == 'tax':
        pr['tax'] = qz(net * (rate + 2 if rate else 21) / 100, cur)
        pr['total'] = net + pr['tax']
    elif arith == 'total':
        pr['total'] = total + qz(D(r.choice([10, 100, 90, 1])), cur)
    spec['pr'] = pr
    return spec


def make_iban(r, sup):
    c = {'IT': 'IT', 'PL': 'PL', 'DE': 'DE', 'FR': 'FR', 'NL': 'NL', 'ES': 'ES'}
    t = sup['taxid']
    for k in c:
        if k in t: cc = k; break
    else:
        return 'SWIFT: ' + r.choice(['BKCHCNBJ92H', 'ICBKCNBJNBO', 'HSBCHKHHHKH', 'MHCBJPJT']) + '  A/C ' + ''.join(str(r.randint(0, 9)) for _ in range(14))
    n = {'IT': 23, 'PL': 24, 'DE': 18, 'FR': 23, 'NL': 14, 'ES': 20}[cc]
    body = ''.join(str(r.randint(0, 9)) for _ in range(n))
    if cc == 'NL': body = 'ABNA' + body[:10]
    s = f"{cc}{r.randint(10, 99)}{body}"
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def sup_name(spec):
    sup = SUPPLIERS[spec['sid']]
    if spec['lang'] == 'zh' and 'zh_name' in sup: return sup['zh_name']
    if spec['lang'] != 'ja' and 'en_name' in sup: return sup['en_name']
    return sup['name']


def sup_lines(spec):
    sup = SUPPLIERS[spec['sid']]
    if spec['lang'] == 'zh' and 'zh_lines' in sup: return sup['zh_lines']
    if spec['lang'] != 'ja' and 'en_lines' in sup: return sup['en_lines']
    return sup['lines']


def build_view(spec):
    """Language-dependent strings for a generic layout."""
    L = LBL[spec['lang']]; lang = spec['lang']; cur = spec['cur']; pr = spec['pr']
    dt_ = spec.get('kind', spec['doc_type'])
    N = lambda v: fmt_num(v, lang, cur)
    M = lambda v: fmt_money(v, lang, cur, spec['money_style'])
    F = lambda d: fmt_date(d, spec['date_style'])
    v = dict(lang=lang, title=L.get(dt_, L['invoice']) if dt_ != 'other' else spec.get('title', ''))
    sup = SUPPLIERS[spec['sid']]
    v['seller'] = [sup_name(spec)] + sup_lines(spec) + [sup['taxid']]
    b = spec['buyer']
    v['buyer_label'] = L['buyer'] if lang != 'ja' else '請求先'
    v['buyer'] = [b['name']] + b['lines'] + [b['taxid']]
    if dt_ == 'purchase_order':
        v['buyer'], v['seller'] = v['seller'], v['buyer']
        v['buyer_label'] = {'es': 'Proveedor', 'en': 'Supplier', 'de': 'Lieferant', 'it': 'Fornitore'}.get(lang, L['seller'])
    nol = L['no'] if dt_ in ('invoice', 'tax_invoice', 'proforma', 'receipt', 'credit_note') else L['docno']
    v['meta'] = [(nol, spec['number']), (L['date'] if dt_ in ('invoice', 'tax_invoice', 'credit_note', 'receipt', 'proforma') else
                                         {'ja': '発行日', 'zh': '日期', 'de': 'Datum', 'it': 'Data', 'fr': 'Date', 'es': 'Fecha', 'pl': 'Data', 'nl': 'Datum'}.get(lang, 'Date'),
                                         F(spec['date']))]
    if dt_ in ('invoice', 'tax_invoice', 'proforma') and spec['due'] != spec['date']:
        v['meta'].append((L['due'], F(spec['due'])))
    if spec.get('ref'):
        v['meta'].append((L['ref'], spec['ref']))
    price_cols = dt_ not in ('packing_list', 'delivery_note')
    if dt_ == 'packing_list':
        v['headers'] = [L['pos'], L['desc'], L['qty'], L['cartons'], L['nw'], L['gw']]
        v['align'] = 'lLRRRR'
        v['rows'] = []
        for i, it in enumerate(spec['items']):
            ctn = max(1, it['qty'] // spec.get('per_ctn', 50))
            v['rows'].append([str(i + 1), it['desc'], str(it['qty']), str(ctn), N(D(ctn) * D('7.4')), N(D(ctn) * D('8.15'))])
    elif dt_ == 'delivery_note':
        v['headers'] = [L['pos'], L['code'], L['desc'], L['qty']]
        v['align'] = 'llLR'
        v['rows'] = [[str(i + 1), it['code'], it['desc'], str(it['qty'])] for i, it in enumerate(spec['items'])]
    elif dt_ == 'price_list':
        v['headers'] = [L['code'], L['desc'], L['price']]
        v['align'] = 'lLR'
        v['rows'] = [[it['code'], it['desc'], N(it['price'])] for it in spec['items']]
    else:
        v['headers'] = [L['pos'], L['desc'], L['qty'], L['price'], L['amount']]
        v['align'] = 'lLRRR'
        v['rows'] = [[str(i + 1), it['desc'], str(it['qty']), N(it['price']), N(pr['lines'][i])] for i, it in enumerate(spec['items'])]
    v['totals'] = []
    if price_cols and dt_ != 'price_list':
        v['totals'].append((L['subtotal'], N(pr['sub']), False))
        if spec['disc']:
            v['totals'].append((f"{L['discount']} {spec['disc_pct']}%", N(-spec['disc']), False))
        if spec['ship']:
            v['totals'].append((L['shipping'], N(spec['ship']), False))
        if spec['tax_mode'] == 'std':
            v['totals'].append((f"{L['tax']} {spec['rate']}%" if lang != 'ja' else L['tax'], N(pr['tax']), False))
        elif spec['tax_mode'] in ('rc', 'export'):
            v['totals'].append((f"{L['tax']} 0%" if lang != 'ja' else '消費税(免税)', N(D(0)), False))
        v['totals'].append((L['total'], M(pr['total']), True))
    v['notes'] = []
    if spec['tax_mode'] in ('rc', 'export') and price_cols and dt_ not in ('price_list', 'purchase_order'): v['notes'].append(L['revchg'])
    if dt_ in ('invoice', 'tax_invoice', 'proforma'):
        v['notes'].append(f"{L['bank']}: {spec['iban']}")
    if spec.get('extra_note'): v['notes'].append(spec['extra_note'])
    v['footer'] = f"{sup_name(spec)} · {sup['taxid']}"
    v['paras'] = spec.get('paras', [])
    if dt_ == 'letter':
        v['headers'] = []; v['rows'] = []; v['totals'] = []; v['notes'] = []; v['title'] = spec.get('title', '')
    return v
