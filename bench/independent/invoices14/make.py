# -*- coding: utf-8 -*-
"""Builds a labelled set of genuine and edited invoice files (all companies invented).

    /work/main/.venv/bin/python make.py

writes files/ and labels.jsonl beside this script; intermediates go to build/."""
import os, sys, json, random, shutil, subprocess, html, copy, io, math, datetime as dt
from decimal import Decimal as D, ROUND_FLOOR
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_data import *

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, 'files')
B = os.path.join(ROOT, 'build')
R = random.Random(1403)
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
DJV = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DJVB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
DJVM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'

def rdate(a=dt.date(2025, 4, 1), b=dt.date(2026, 3, 20)):
    d = a + dt.timedelta(days=R.randrange((b - a).days))
    return d

def qtys(n, lo, hi, step=1):
    return [R.randrange(lo, hi + 1, step) for _ in range(n)]

# =============================================================== document model
def money_fmt(doc):
    cur = doc['currency']
    if cur == 'JPY': return lambda v: num(v, 'en', 0)
    st = {'de': 'de', 'it': 'de', 'es': 'de', 'nl': 'de', 'fr': 'fr', 'pl': 'fr'}.get(doc['lang'], 'en')
    return lambda v: num(v, st)

def compute(doc):
    """fills line amounts, tax and total; applies a deliberate error if doc['err']"""
    cur = doc['currency']
    jp = cur == 'JPY'
    for it in doc['items']:
        it['amount'] = D(it['qty']) * D(it['price'])
        if not jp: it['amount'] = q2(it['amount'])
    err = doc.get('err')
    if err == 'line':
        it = R.choice(doc['items'])
        a = it['amount']
        s = str(int(a))
        if len(s) >= 3 and s[-2] != s[-3]:  # swapped digits, a typing slip
            s2 = s[:-3] + s[-2] + s[-3] + s[-1]
            it['amount'] = D(s2) + (a - int(a))
        else:
            it['amount'] = a + (D(it['price']) if a > 0 else 0)
    net = sum(it['amount'] for it in doc['items'])
    doc['net'] = net
    disc = D(0)
    if doc.get('disc_pct'):
        disc = -(net * D(doc['disc_pct']) / 100)
        disc = disc.quantize(D('1')) if jp else q2(disc)
    doc['discount'] = disc
    ship = D(doc.get('shipping') or 0)
    mode = doc['tax_mode']
    doc['tax_lines'] = []
    if mode == 'jp':
        bases = {}
        for it in doc['items']:
            bases[it.get('rate', 10)] = bases.get(it.get('rate', 10), 0) + it['amount']
        bases[10] = bases.get(10, 0) + disc + ship
        for rate in sorted(bases, reverse=True):
            base = bases[rate]
            if base == 0 and rate == 8: continue
            tax = (D(base) * rate / 100).quantize(D('1'), ROUND_FLOOR)
            if err == 'tax' and rate == 10: tax = (D(base) * 8 / 100).quantize(D('1'), ROUND_FLOOR)
            doc['tax_lines'].append((rate, D(base), tax))
        doc['subtotal'] = net + disc + ship
    elif mode == 'jp_incl':  # shop receipt, prices include tax
        bases = {}
        for it in doc['items']:
            bases[it.get('rate', 10)] = bases.get(it.get('rate', 10), 0) + it['amount']
        for rate in sorted(bases, reverse=True):
            g = D(bases[rate]); tax = (g * rate / (100 + rate)).quantize(D('1'), ROUND_FLOOR)
            doc['tax_lines'].append((rate, g, tax))
        doc['subtotal'] = net
    elif mode == 'vat':
        base = net + disc + ship
        rate = doc['rate']
        tax = q2(base * rate / 100)
        if err == 'tax': tax = q2(base * (rate - 2) / 100)
        doc['tax_lines'].append((rate, base, tax))
        doc['subtotal'] = base
    elif mode == 'cn':
        for it in doc['items']:
            it['tax'] = q2(it['amount'] * 13 / 100)
        doc['tax_lines'].append((13, net, sum(it['tax'] for it in doc['items'])))
        doc['subtotal'] = net
    else:
        doc['subtotal'] = net + disc + ship
    doc['tax_total'] = sum((t[2] for t in doc['tax_lines']), D(0)) if mode != 'jp_incl' else D(0)
    total = doc['subtotal'] + doc['tax_total']
    if err == 'total':
        s = str(int(total))
        if len(s) >= 4 and s[-3] != s[-4]:
            total = D(s[:-4] + s[-3] + s[-4] + s[-2:]) + (total - int(total))
        else:
            total = total + 100
    doc['total'] = total
    doc['fmt'] = money_fmt(doc)
    return doc

def new_doc(**kw):
    d = dict(items=[], shipping=0, disc_pct=0, tax_mode='none', err=None, show_prices=True, notes=[], doc_type='invoice',
             is_invoice=True, pages_hint=1)
    d.update(kw)
    return d

# =============================================================== helpers for HTML
E = html.escape
def run(cmd, timeout=300):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)

def chromium_pdf(html_text, name):
    src = os.path.join(B, name + '.html'); pdf = os.path.join(B, name + '.pdf')
    open(src, 'w', encoding='utf-8').write(html_text)
    run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
         '--user-data-dir=' + os.path.join(B, 'chrome_profile'), '--print-to-pdf=' + pdf, 'file://' + src], 120)
    return pdf

def weasy_pdf(html_text, name):
    import weasyprint
    pdf = os.path.join(B, name + '.pdf')
    weasyprint.HTML(string=html_text, base_url=B).write_pdf(pdf)
    return pdf

# ---------------------------------------------------------------- Japanese classic (販売管理ソフト風) -- Chromium
def t_jp_classic(doc, name):
    f = doc['fmt']; s = doc['sup']
    title = doc['title']
    summary = ''
    if doc.get('prev_balance') is not None and doc['show_prices']:
        pb = doc['prev_balance']
        summary = f'''<table class="sum"><tr><th>前回御請求額</th><th>御入金額</th><th>繰越金額</th><th>今回御買上額</th><th>消費税額</th><th>今回御請求額</th></tr>
        <tr><td>{f(pb)}</td><td>{f(pb)}</td><td>0</td><td>{f(doc['subtotal'])}</td><td>{f(doc['tax_total'])}</td><td class="b">{f(doc['total'])}</td></tr></table>'''
    rows = ''
    for it in doc['items']:
        mark = '※' if it.get('rate') == 8 else ''
        rows += f'<tr><td class="c">{E(it.get("ddate",""))}</td><td>{E(it["code"])}</td><td>{E(it["desc"])}{mark}</td><td class="r">{it["qty"]:,}</td><td class="c">{E(it["unit"])}</td>'
        rows += (f'<td class="r">{f(it["price"])}</td><td class="r">{f(it["amount"])}</td></tr>' if doc['show_prices'] else '<td></td><td></td></tr>')
    if doc['discount']:
        rows += f'<tr><td></td><td></td><td>値引</td><td></td><td></td><td></td><td class="r">{f(doc["discount"])}</td></tr>'
    if doc['shipping']:
        rows += f'<tr><td></td><td></td><td>運賃・送料</td><td class="r">1</td><td class="c">式</td><td class="r">{f(doc["shipping"])}</td><td class="r">{f(doc["shipping"])}</td></tr>'
    for _ in range(max(0, 12 - len(doc['items']))):
        rows += '<tr class="empty"><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>'
    taxbox = ''
    if doc['show_prices']:
        for rate, base, tax in doc['tax_lines']:
            taxbox += f'<tr><td>{rate}%対象{"(軽減税率)" if rate==8 else ""}</td><td class="r">{f(base)}円</td><td>消費税</td><td class="r">{f(tax)}円</td></tr>'
        taxbox = f'<table class="tax">{taxbox}<tr><td colspan=2>小計(税抜)</td><td colspan=2 class="r">{f(doc["subtotal"])}円</td></tr><tr><td colspan=2><b>合計(税込)</b></td><td colspan=2 class="r"><b>{f(doc["total"])}円</b></td></tr></table>'
        if any(it.get('rate') == 8 for it in doc['items']): taxbox += '<div class="small">※印は軽減税率(8%)対象商品です。</div>'
    lead = {'請求書': '下記の通りご請求申し上げます。', '適格請求書': '下記の通りご請求申し上げます。', '御見積書': '下記の通りお見積り申し上げます。',
            '納品書': '下記の通り納品いたしました。'}.get(title, '')
    big = ''
    if doc['show_prices']:
        lab = {'御見積書': '御見積金額', '納品書': '合計金額'}.get(title, 'ご請求金額')
        big = f'<div class="big"><span>{lab}</span><span class="amt">￥{f(doc["total"])}-</span><span class="small">(税込)</span></div>'
    due = f'<div>お支払期限：{E(doc["due"])}</div>' if doc.get('due') else ''
    valid = '<div>有効期限：発行日より30日間</div>' if title == '御見積書' else ''
    stamp = ''.join(ch for ch in s['name'] if ch not in '株式会社有限合同')[:4]
    html_text = f'''<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: A4; margin: 14mm 13mm 14mm 13mm; }}
    body {{ font-family: "WenQuanYi Micro Hei", sans-serif; font-size: 9.5pt; color:#111; }}
    .title {{ text-align:center; font-size:20pt; letter-spacing:12px; border-bottom:3px double #333; width:60%; margin:0 auto 6mm; }}
    .hdr {{ display:flex; justify-content:space-between; }} .left {{ width:52%; }} .right {{ width:44%; position:relative; font-size:9pt; }}
    .buyer {{ font-size:14pt; border-bottom:1px solid #000; padding-bottom:2px; margin-top:6mm; }}
    .stamp {{ position:absolute; right:4mm; top:20mm; width:17mm; height:17mm; border:2px solid #c8322d; border-radius:50%; color:#c8322d;
              font-size:9pt; display:flex; align-items:center; justify-content:center; text-align:center; transform:rotate(-8deg); opacity:.85; }}
    .sup {{ font-size:12pt; font-weight:bold; margin-top:2mm; }}
    .big {{ border:1.5px solid #000; margin:5mm 0 3mm; padding:2mm 3mm; width:90%; font-size:13pt; display:flex; gap:8mm; }} .amt {{ font-weight:bold; }}
    table {{ border-collapse:collapse; width:100%; }} th {{ background:#e6e6e6; font-weight:normal; }}
    table.items td, table.items th, table.sum td, table.sum th {{ border:1px solid #555; padding:1.2mm 1.5mm; }}
    table.sum {{ margin:3mm 0; }} table.sum td {{ text-align:right; }} .b {{ font-weight:bold; }}
    tr.empty td {{ height:5.5mm; }} .r {{ text-align:right; }} .c {{ text-align:center; }}
    .tax {{ width:55%; margin-left:45%; margin-top:2mm; }} .tax td {{ border-bottom:1px solid #999; padding:1mm; }}
    .small {{ font-size:8pt; }} .foot {{ margin-top:5mm; border:1px solid #777; padding:2mm; font-size:8.5pt; }}
    thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
    </style></head><body>
    <div class="title">{E(title)}</div>
    <div class="hdr"><div class="left"><div class="buyer">{E(doc['buyer'])}　御中</div><div class="small">{E(doc['buyer_addr'])}</div>
    <p>{lead}</p>{big}{due}{valid}</div>
    <div class="right"><div>No. {E(doc['number'])}</div><div>発行日：{E(doc['date_str'])}</div><div class="sup">{E(s['name'])}</div><div>{E(s['addr'])}</div>
    <div>TEL {s['tel']}　FAX {s['fax']}</div>{'<div>登録番号：' + s['reg'] + '</div>' if doc.get('show_reg', True) else ''}<div class="stamp">{E(stamp)}<br>之印</div></div></div>
    {summary}
    <table class="items"><thead><tr><th style="width:11%">日付</th><th style="width:12%">品番</th><th>品名</th><th style="width:8%">数量</th><th style="width:6%">単位</th><th style="width:10%">単価</th><th style="width:13%">金額</th></tr></thead>
    <tbody>{rows}</tbody></table>{taxbox}
    <div class="foot">{'振込先：' + E(s['bank']) + '<br>※振込手数料は貴社にてご負担願います。' if title in ('請求書','適格請求書') else '備考：' + E(' '.join(doc['notes']))}</div>
    </body></html>'''
    return (chromium_pdf if doc.get('engine', 'chromium') == 'chromium' else weasy_pdf)(html_text, name)

# ---------------------------------------------------------------- Japanese cloud-accounting style -- WeasyPrint
def t_jp_cloud(doc, name):
    f = doc['fmt']; s = doc['sup']
    rows = ''.join(f'<tr><td>{E(it["desc"])}{" ※" if it.get("rate")==8 else ""}</td><td class="r">{it["qty"]:,}</td><td>{E(it["unit"])}</td><td class="r">{f(it["price"])}</td><td class="r">{f(it["amount"])}</td></tr>' for it in doc['items'])
    if doc['shipping']: rows += f'<tr><td>送料</td><td class="r">1</td><td>式</td><td class="r">{f(doc["shipping"])}</td><td class="r">{f(doc["shipping"])}</td></tr>'
    if doc['discount']: rows += f'<tr><td>値引き</td><td class="r">1</td><td>式</td><td class="r">{f(doc["discount"])}</td><td class="r">{f(doc["discount"])}</td></tr>'
    taxr = ''.join(f'<tr><td>{r}%対象</td><td class="r">¥{f(b)}</td><td>消費税 {r}%</td><td class="r">¥{f(t)}</td></tr>' for r, b, t in doc['tax_lines'])
    accent = doc.get('accent', '#2f6fb0')
    html_text = f'''<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size:A4; margin:16mm 15mm; @bottom-right {{ content: counter(page) " / " counter(pages); font-size:8pt; color:#888; }} }}
    body {{ font-family:"WenQuanYi Micro Hei"; font-size:9pt; color:#222; }}
    h1 {{ font-size:22pt; font-weight:normal; color:{accent}; margin:0 0 4mm; letter-spacing:4px; }}
    .row {{ display:flex; justify-content:space-between; }} .to {{ font-size:13pt; }}
    .meta td {{ padding:.6mm 2mm; }} .meta td:first-child {{ color:#777; }}
    .due {{ background:#f2f6fb; border-left:4px solid {accent}; padding:3mm 4mm; margin:5mm 0; width:60%; }}
    .due .v {{ font-size:17pt; font-weight:bold; }}
    table.it {{ width:100%; border-collapse:collapse; margin-top:4mm; }} table.it th {{ background:{accent}; color:#fff; font-weight:normal; padding:1.6mm; text-align:left; }}
    table.it td {{ padding:1.6mm; border-bottom:1px solid #ddd; }} .r {{ text-align:right; }}
    .tot {{ width:50%; margin-left:50%; border-collapse:collapse; margin-top:3mm; }} .tot td {{ padding:1.2mm 2mm; border-bottom:1px solid #eee; }}
    .box {{ margin-top:6mm; border:1px solid #ddd; padding:3mm; font-size:8.5pt; }}
    </style></head><body>
    <div class="row"><div><h1>{E(doc['title'])}</h1><div class="to">{E(doc['buyer'])} 御中</div><div>{E(doc['buyer_addr'])}</div>
    <div class="due">ご請求金額（税込）<div class="v">¥{f(doc['total'])}</div>お支払期限 {E(doc['due'])}</div></div>
    <div><table class="meta"><tr><td>請求日</td><td>{E(doc['date_str'])}</td></tr><tr><td>請求書番号</td><td>{E(doc['number'])}</td></tr>
    <tr><td>登録番号</td><td>{s['reg']}</td></tr></table><p><b>{E(s['name'])}</b><br>{E(s['addr'])}<br>TEL {s['tel']}</p></div></div>
    <table class="it"><thead><tr><th>品目</th><th class="r">数量</th><th>単位</th><th class="r">単価</th><th class="r">金額</th></tr></thead><tbody>{rows}</tbody></table>
    <table class="tot"><tr><td>小計</td><td class="r" colspan=3>¥{f(doc['subtotal'])}</td></tr>{taxr}
    <tr><td><b>合計</b></td><td class="r" colspan=3><b>¥{f(doc['total'])}</b></td></tr></table>
    {'<p style="font-size:8pt">※は軽減税率対象</p>' if any(it.get('rate')==8 for it in doc['items']) else ''}
    <div class="box">お振込先：{E(s['bank'])}<br>備考：{E(' '.join(doc['notes']) or 'いつもお世話になっております。')}</div></body></html>'''
    return weasy_pdf(html_text, name)

# ---------------------------------------------------------------- reportlab setup
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont('WQYM', WQY, subfontIndex=1))
pdfmetrics.registerFont(TTFont('DJV', DJV)); pdfmetrics.registerFont(TTFont('DJVB', DJVB))

def rl_right(c, x, y, s, font, size):
    c.setFont(font, size); c.drawRightString(x, y, s)

# ---------------------------------------------------------------- 納品書兼請求書 (wholesaler's system form) -- reportlab
def t_jp_nohin(doc, name):
    pdf = os.path.join(B, name + '.pdf'); f = doc['fmt']; s = doc['sup']
    c = rlcanvas.Canvas(pdf, pagesize=A4); W, H = A4
    per_page = 18
    chunks = [doc['items'][i:i + per_page] for i in range(0, len(doc['items']), per_page)]
    for pi, chunk in enumerate(chunks):
        c.setFont('WQY', 18); c.drawCentredString(W / 2, H - 22 * mm, doc['title'])
        c.setLineWidth(0.8); c.line(W / 2 - 45 * mm, H - 24 * mm, W / 2 + 45 * mm, H - 24 * mm)
        c.setFont('WQY', 9)
        c.drawString(15 * mm, H - 34 * mm, f'得意先コード {doc["cust_code"]}')
        c.setFont('WQY', 13); c.drawString(15 * mm, H - 42 * mm, doc['buyer'] + '　御中')
        c.line(15 * mm, H - 44 * mm, 105 * mm, H - 44 * mm)
        c.setFont('WQY', 8); c.drawString(15 * mm, H - 49 * mm, doc['buyer_addr'])
        c.setFont('WQY', 9)
        c.drawString(130 * mm, H - 32 * mm, f'伝票番号 {doc["number"]}')
        c.drawString(130 * mm, H - 37 * mm, '日付 ' + doc['date_str'])
        c.drawString(130 * mm, H - 42 * mm, f'頁 {pi + 1}/{len(chunks)}')
        c.setFont('WQY', 11); c.drawString(120 * mm, H - 52 * mm, s['name'])
        c.setFont('WQY', 8); c.drawString(120 * mm, H - 57 * mm, s['addr'])
        c.drawString(120 * mm, H - 61 * mm, f'TEL {s["tel"]} / FAX {s["fax"]}')
        c.drawString(120 * mm, H - 65 * mm, '登録番号 ' + s['reg'])
        top = H - 74 * mm
        cols = [15, 28, 50, 120, 136, 146, 166, 195]
        heads = ['No', '品番', '品　名', '数量', '単位', '単価', '金額']
        c.setFillGray(0.88); c.rect(15 * mm, top - 6 * mm, 180 * mm, 6 * mm, fill=1, stroke=0); c.setFillGray(0)
        c.setFont('WQY', 8.5)
        for i, h in enumerate(heads): c.drawString(cols[i] * mm + 1.5 * mm, top - 4.3 * mm, h)
        y = top - 6 * mm
        for ri in range(per_page):
            c.rect(15 * mm, y - 6 * mm, 180 * mm, 6 * mm)
            if ri < len(chunk):
                it = chunk[ri]; idx = pi * per_page + ri + 1
                c.drawString(16.5 * mm, y - 4.3 * mm, str(idx)); c.drawString(29.5 * mm, y - 4.3 * mm, it['code'])
                c.drawString(51.5 * mm, y - 4.3 * mm, it['desc'] + (' ※' if it.get('rate') == 8 else ''))
                rl_right(c, 135 * mm, y - 4.3 * mm, f'{it["qty"]:,}', 'WQY', 8.5); c.drawString(137.5 * mm, y - 4.3 * mm, it['unit'])
                if doc['show_prices']:
                    rl_right(c, 165 * mm, y - 4.3 * mm, f(it['price']), 'WQY', 8.5); rl_right(c, 194 * mm, y - 4.3 * mm, f(it['amount']), 'WQY', 8.5)
                c.setFont('WQY', 8.5)
            y -= 6 * mm
        for x in cols[1:-1]: c.line(x * mm, top, x * mm, y)
        c.rect(15 * mm, y, 180 * mm, top - y)
        if pi == len(chunks) - 1 and doc['show_prices']:
            yy = y - 8 * mm
            lines = []
            if doc['discount']: lines.append(('値引', doc['discount']))
            if doc['shipping']: lines.append(('運賃', doc['shipping']))
            lines.append(('税抜合計', doc['subtotal']))
            for r, b, t in doc['tax_lines']: lines.append((f'{r}%対象 {f(b)} 消費税', t))
            lines.append(('税込合計', doc['total']))
            for lab, v in lines:
                c.setFont('WQY', 9); c.drawRightString(160 * mm, yy, lab); rl_right(c, 194 * mm, yy, f(v), 'WQY', 10 if lab == '税込合計' else 9)
                yy -= 5.5 * mm
            if any(it.get('rate') == 8 for it in doc['items']):
                c.setFont('WQY', 7.5); c.drawString(15 * mm, y - 8 * mm, '※は軽減税率対象商品')
            c.setFont('WQY', 8); c.drawString(15 * mm, yy - 6 * mm, '振込先 ' + s['bank'])
            c.drawString(15 * mm, yy - 11 * mm, '締日 毎月20日 / お支払 翌月末')
        if doc.get('stamp_text'):
            c.saveState(); c.setFillColorRGB(.8, .15, .15, alpha=.35); c.setFont('WQY', 40); c.translate(W / 2, H / 2); c.rotate(30)
            c.drawCentredString(0, 0, doc['stamp_text']); c.restoreState()
        c.showPage()
    c.save(); return pdf

# ---------------------------------------------------------------- shop receipt / レシート (thermal) -- reportlab
def t_jp_receipt(doc, name):
    pdf = os.path.join(B, name + '.pdf'); f = doc['fmt']; s = doc['sup']
    n = len(doc['items'])
    W = 58 * mm; H = (120 + 7 * n) * mm
    c = rlcanvas.Canvas(pdf, pagesize=(W, H)); y = H - 10 * mm
    def line(t, size=7.5, font='WQYM', center=False, right=None):
        nonlocal y
        c.setFont(font, size)
        if center: c.drawCentredString(W / 2, y, t)
        else: c.drawString(4 * mm, y, t)
        if right is not None: c.drawRightString(W - 4 * mm, y, right)
        y -= size * 1.45
    line(s['name'], 10, 'WQY', True); line(s['addr'], 6.5, center=True); line('TEL ' + s['tel'], 6.5, center=True)
    line('登録番号 ' + s['reg'], 6.5, center=True); y -= 3
    line(doc['title'], 11, 'WQY', True); y -= 2
    line(doc['date_str'] + ' ' + doc['time'], 7)
    line(f'レジ{doc["reg_no"]:02d}  責No.{doc["clerk"]:03d}  {doc["number"]}', 7)
    line('-' * 32, 7)
    for it in doc['items']:
        line(it['desc'], 7.5)
        if it['qty'] > 1: line(f'  ¥{f(it["price"])} × {it["qty"]}', 7, right=f'¥{f(it["amount"])}')
        else: y += 7.5 * 1.45; line('', 7, right=f'¥{f(it["amount"])}')
    line('-' * 32, 7)
    line('合計', 10, 'WQY', right=f'¥{f(doc["total"])}')
    for r, g, t in doc['tax_lines']:
        line(f'({r}%対象', 7, right=f'¥{f(g)})')
        line(f'(内消費税等', 7, right=f'¥{f(t)})')
    line('お預り', 7.5, right=f'¥{f(doc["paid"])}'); line('お釣り', 7.5, right=f'¥{f(doc["paid"] - doc["total"])}')
    if any(it.get('rate') == 8 for it in doc['items']): line('※は軽減税率対象商品です', 6.5)
    y -= 4; line('毎度ありがとうございます', 7, center=True)
    c.save(); return pdf

# ---------------------------------------------------------------- 領収書 form (filled in) -- reportlab
def t_jp_ryoshu(doc, name):
    pdf = os.path.join(B, name + '.pdf'); f = doc['fmt']; s = doc['sup']
    W, H = landscape(A5); c = rlcanvas.Canvas(pdf, pagesize=(W, H))
    c.setStrokeColorRGB(.15, .3, .55); c.setLineWidth(1.2); c.rect(8 * mm, 8 * mm, W - 16 * mm, H - 16 * mm)
    c.setFillColorRGB(.15, .3, .55); c.setFont('WQY', 20); c.drawCentredString(W / 2, H - 24 * mm, '領　収　書')
    c.setFont('WQY', 9); c.drawString(W - 62 * mm, H - 16 * mm, f'No. {doc["number"]}')
    c.drawString(W - 62 * mm, H - 22 * mm, doc['date_str'])
    c.setFillColorRGB(0, 0, 0)
    c.setFont('WQY', 14); c.drawString(18 * mm, H - 42 * mm, doc['buyer']); c.setFont('WQY', 11); c.drawString(110 * mm, H - 42 * mm, '様')
    c.line(16 * mm, H - 44 * mm, 118 * mm, H - 44 * mm)
    c.setFillColorRGB(.93, .95, .98); c.rect(30 * mm, H - 66 * mm, 120 * mm, 14 * mm, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
    c.setFont('WQY', 18); c.drawString(36 * mm, H - 61.5 * mm, f'￥{f(doc["total"])}－')
    c.setFont('WQY', 9); c.drawString(30 * mm, H - 74 * mm, '但　' + doc['tadashi'])
    c.drawString(30 * mm, H - 80 * mm, '上記正に領収いたしました')
    r, b, t = doc['tax_lines'][0]
    c.setFont('WQY', 8); c.drawString(18 * mm, H - 92 * mm, '内　訳'); c.drawString(18 * mm, H - 97 * mm, f'税抜金額  ￥{f(b - t)}')
    c.drawString(18 * mm, H - 102 * mm, f'消費税額({r}%)  ￥{f(t)}')
    c.rect(18 * mm, 14 * mm, 22 * mm, 24 * mm); c.setFont('WQY', 7); c.drawCentredString(29 * mm, 27 * mm, '収入印紙')
    if doc['total'] >= 50000:
        c.setFillColorRGB(.75, .85, .7); c.rect(20 * mm, 16 * mm, 18 * mm, 20 * mm, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0); c.drawCentredString(29 * mm, 24 * mm, '収入印紙 200円')
    c.setFont('WQY', 11); c.drawString(112 * mm, 32 * mm, s['name']); c.setFont('WQY', 7.5)
    c.drawString(112 * mm, 27 * mm, s['addr']); c.drawString(112 * mm, 23 * mm, 'TEL ' + s['tel'] + '  登録番号 ' + s['reg'])
    c.setStrokeColorRGB(.8, .15, .15); c.setFillColorRGB(.8, .15, .15); c.circle(W - 24 * mm, 32 * mm, 8 * mm)
    c.setFont('WQY', 7); c.drawCentredString(W - 24 * mm, 32.5 * mm, s['name'][-4:]); c.drawCentredString(W - 24 * mm, 29 * mm, '之印')
    c.save(); return pdf

# ---------------------------------------------------------------- 电子发票 (增值税) -- Chromium
def t_cn_vat(doc, name):
    f = doc['fmt']; s = doc['sup']; b = doc['buyer_rec']
    col = '#9a4a1c'
    rows = ''.join(f'<tr><td>*{E(s["cat"])}*{E(it["desc"])}</td><td>{E(it.get("spec",""))}</td><td>{E(it["unit"])}</td><td class="r">{it["qty"]}</td><td class="r">{num(it["price"],"en") if False else it["price"]}</td><td class="r">{f(it["amount"])}</td><td class="c">13%</td><td class="r">{f(it["tax"])}</td></tr>' for it in doc['items'])
    html_text = f'''<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size: 240mm 140mm; margin: 8mm; }} body {{ font-family:"WenQuanYi Micro Hei"; font-size:8.5pt; color:{col}; }}
    .t {{ text-align:center; font-size:17pt; letter-spacing:2px; }} .t2 {{ width:70mm; margin:0 auto; border-top:2px solid {col}; border-bottom:1px solid {col}; height:2px; }}
    .meta {{ position:absolute; right:10mm; top:9mm; font-size:8.5pt; }} .meta span {{ color:#000; }}
    .qr {{ position:absolute; left:10mm; top:7mm; width:18mm; height:18mm; background:repeating-linear-gradient(90deg,#000 0 1.2mm,#fff 1.2mm 2mm),#fff; opacity:.8; }}
    table {{ border-collapse:collapse; width:100%; }} td, th {{ border:1px solid {col}; padding:1.3mm; }} th {{ font-weight:normal; }}
    .v {{ color:#000; }} .r {{ text-align:right; color:#000; }} .c {{ text-align:center; color:#000; }} .items td {{ border-top:none; border-bottom:none; }}
    .side {{ width:6mm; text-align:center; }}
    </style></head><body><div class="qr"></div>
    <div class="t">{E(doc['title'])}</div><div class="t2"></div>
    <div class="meta">发票号码：<span>{doc['number']}</span><br>开票日期：<span>{E(doc['date_str'])}</span></div><br>
    <table><tr><td class="side" rowspan=2>购<br>买<br>方<br>信<br>息</td><td>名称：<span class="v">{E(b['zh'])}</span></td><td class="side" rowspan=2>销<br>售<br>方<br>信<br>息</td><td>名称：<span class="v">{E(s['zh'])}</span></td></tr>
    <tr><td>统一社会信用代码/纳税人识别号：<span class="v">{b['taxid']}</span></td><td>统一社会信用代码/纳税人识别号：<span class="v">{s['taxid']}</span></td></tr></table>
    <table class="items"><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
    <tr><td style="border-top:1px solid {col}">合　　计</td><td style="border-top:1px solid {col}" colspan=4></td><td class="r" style="border-top:1px solid {col}">¥{f(doc['net'])}</td><td style="border-top:1px solid {col}"></td><td class="r" style="border-top:1px solid {col}">¥{f(doc['tax_total'])}</td></tr></table>
    <table><tr><td style="width:22%">价税合计（大写）</td><td class="v">⊗{cn_upper(doc['total'] if not doc.get('upper_from_true') else doc['subtotal'] + doc['tax_total'])}</td><td style="width:30%">（小写）<span class="v">¥{f(doc['total'])}</span></td></tr>
    <tr><td style="height:12mm">备<br>注</td><td colspan=2 class="v">{E(' '.join(doc['notes']))}<br>销售方开户银行：{E(s['bank_zh'])}</td></tr></table>
    <div style="margin-top:2mm">开票人：<span class="v">{E(doc['drawer'])}</span></div></body></html>'''
    return chromium_pdf(html_text, name)

# ---------------------------------------------------------------- Chinese exporter commercial / proforma invoice, packing list -- reportlab
def t_cn_ci(doc, name):
    pdf = os.path.join(B, name + '.pdf'); f = doc['fmt']; s = doc['sup']; b = doc['buyer_rec']
    c = rlcanvas.Canvas(pdf, pagesize=A4); W, H = A4
    c.setFont('WQY', 15); c.drawCentredString(W / 2, H - 18 * mm, s['zh'])
    c.setFont('Helvetica-Bold', 12); c.drawCentredString(W / 2, H - 25 * mm, s['en'].upper())
    c.setFont('Helvetica', 8); c.drawCentredString(W / 2, H - 30 * mm, ', '.join(s['addr_en']) + '   Tel: ' + s['tel'])
    c.setLineWidth(1.5); c.line(15 * mm, H - 33 * mm, W - 15 * mm, H - 33 * mm)
    c.setFont('Helvetica-Bold', 16); c.drawCentredString(W / 2, H - 43 * mm, doc['title'])
    c.setFont('WQY', 9); c.drawCentredString(W / 2, H - 49 * mm, doc['title_zh'])
    y = H - 58 * mm
    c.setFont('Helvetica-Bold', 9); c.drawString(15 * mm, y, 'TO / ' ); c.setFont('Helvetica', 9)
    c.drawString(26 * mm, y, b['en'])
    for i, ln in enumerate(b['addr_en']): c.drawString(26 * mm, y - (i + 1) * 4.2 * mm, ln)
    meta = [('Invoice No.' if doc['doc_type'] != 'packing_list' else 'P/L No.', doc['number']), ('Date', doc['date_str']),
            ('Terms', doc['terms']), ('Payment', doc['payment'])]
    if doc.get('ship_from'): meta.append(('From', doc['ship_from']))
    for i, (k, v) in enumerate(meta):
        c.setFont('Helvetica-Bold', 9); c.drawString(125 * mm, y - i * 4.6 * mm, k + ':'); c.setFont('Helvetica', 9); c.drawString(148 * mm, y - i * 4.6 * mm, v)
    y -= 30 * mm
    pl = doc['doc_type'] == 'packing_list'
    cols = [15, 28, 98, 120, 140, 165, 195]
    heads = ['No.', 'Description of goods', 'Quantity', 'Unit', 'Unit Price', 'Amount'] if not pl else ['No.', 'Description of goods', 'Quantity', 'Cartons', 'N.W.(kg)', 'G.W.(kg)']
    c.setFillGray(.85); c.rect(15 * mm, y - 5 * mm, 180 * mm, 6.5 * mm, fill=1, stroke=1); c.setFillGray(0)
    c.setFont('Helvetica-Bold', 8.5)
    for i, h in enumerate(heads): c.drawString(cols[i] * mm + 1.5 * mm, y - 3 * mm, h)
    if not pl:
        c.drawString(cols[4] * mm + 1.5 * mm, y - 3 * mm, f'Unit Price')
    y -= 5 * mm
    c.setFont('Helvetica', 8.5)
    tot_ctn = 0
    for i, it in enumerate(doc['items']):
        c.drawString(16.5 * mm, y - 4.5 * mm, str(i + 1)); c.drawString(29.5 * mm, y - 4.5 * mm, it['desc'])
        c.setFont('WQY', 7); c.drawString(29.5 * mm, y - 8.3 * mm, it.get('desc_zh', '')); c.setFont('Helvetica', 8.5)
        c.drawRightString(118 * mm, y - 4.5 * mm, f'{it["qty"]:,} {it["unit_en"]}')
        if not pl:
            c.drawString(121.5 * mm, y - 4.5 * mm, doc['currency']); c.drawRightString(163 * mm, y - 4.5 * mm, f(it['price']))
            c.drawRightString(193 * mm, y - 4.5 * mm, f(it['amount']))
        else:
            ctn = max(1, it['qty'] // it['per_ctn']); tot_ctn += ctn
            c.drawRightString(138 * mm, y - 4.5 * mm, str(ctn)); c.drawRightString(163 * mm, y - 4.5 * mm, num(ctn * it['nw'], 'en'))
            c.drawRightString(193 * mm, y - 4.5 * mm, num(ctn * (it['nw'] + D('1.2')), 'en'))
        c.rect(15 * mm, y - 10 * mm, 180 * mm, 10 * mm)
        y -= 10 * mm
    for x in cols[1:-1]: c.line(x * mm, y, x * mm, y + (10 * len(doc['items']) + 5) * mm)
    y -= 6 * mm
    if not pl:
        rows = [('Sub-total', doc['net'])]
        if doc['discount']: rows.append(('Discount', doc['discount']))
        if doc['shipping']: rows.append(('Freight', doc['shipping']))
        rows.append(('TOTAL ' + doc['terms'].split()[0], doc['total']))
        for k, v in rows:
            c.setFont('Helvetica-Bold' if k.startswith('TOTAL') else 'Helvetica', 9); c.drawRightString(160 * mm, y, k)
            c.drawRightString(193 * mm, y, doc['currency'] + ' ' + f(v)); y -= 5 * mm
        c.setFont('Helvetica-Bold', 8.5); c.drawString(15 * mm, y - 2 * mm, say_usd(doc['total']) if doc['currency'] == 'USD' else '')
        y -= 10 * mm
        c.setFont('Helvetica', 8); c.drawString(15 * mm, y, 'Beneficiary bank: ' + s['bank_en']); y -= 4.5 * mm
        for n in doc['notes']: c.drawString(15 * mm, y, n); y -= 4.5 * mm
    else:
        c.setFont('Helvetica-Bold', 9); c.drawString(15 * mm, y, f'TOTAL: {tot_ctn} CARTONS'); y -= 5 * mm
        c.setFont('Helvetica', 8); c.drawString(15 * mm, y, 'Shipping marks: HC JAPAN / NAGOYA / C/NO. 1-UP / MADE IN CHINA')
    c.setFont('Helvetica', 9); c.drawString(130 * mm, 40 * mm, 'For and on behalf of'); c.drawString(130 * mm, 35 * mm, s['en'])
    c.setStrokeColorRGB(.85, .1, .1); c.setFillColorRGB(.85, .1, .1); c.setLineWidth(1.5); c.circle(160 * mm, 24 * mm, 12 * mm)
    c.setFont('WQY', 6.5); c.drawCentredString(160 * mm, 25 * mm, s['zh'][:9]); c.drawCentredString(160 * mm, 21 * mm, s['zh'][9:]); c.drawCentredString(160 * mm, 17 * mm, '★')
    c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0); c.line(130 * mm, 12 * mm, 190 * mm, 12 * mm); c.setFont('Helvetica', 7); c.drawString(130 * mm, 9 * mm, 'Authorized signature')
    c.save(); return pdf

# ---------------------------------------------------------------- labels for EU/US documents
L = {
 'de': dict(inv='Rechnung', cn='Gutschrift', num='Rechnungsnummer', date='Rechnungsdatum', cust='Kundennummer', due='Fällig am', pos='Pos.', desc='Bezeichnung',
            qty='Menge', unit='Einheit', price='Einzelpreis', amount='Gesamt', sub='Zwischensumme', disc='Rabatt', ship='Versandkosten', vat='USt.', total='Rechnungsbetrag',
            bank='Bankverbindung', page='Seite', exempt='Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a i.V.m. § 6 UStG.', thanks='Vielen Dank für Ihren Auftrag.',
            dn='Lieferschein', pricelist='Preisliste', deliv='Lieferdatum entspricht Rechnungsdatum.'),
 'fr': dict(inv='Facture', cn='Avoir', num='Facture n°', date='Date', cust='Client n°', due='Échéance', pos='Réf.', desc='Désignation', qty='Qté', unit='Unité',
            price='Prix unit. HT', amount='Montant HT', sub='Total HT', disc='Remise', ship='Frais de port', vat='TVA', total='Total TTC', bank='Coordonnées bancaires',
            page='Page', exempt='Exonération de TVA, article 262 I du CGI (exportation).', thanks='Pénalités de retard : 3 fois le taux d\'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.',
            dn='Bon de livraison', pricelist='Tarifs', deliv=''),
 'it': dict(inv='Fattura', cn='Nota di credito', num='Fattura n.', date='Data', cust='Cod. cliente', due='Scadenza', pos='Cod.', desc='Descrizione', qty='Q.tà', unit='U.M.',
            price='Prezzo unit.', amount='Importo', sub='Imponibile', disc='Sconto', ship='Spese di trasporto', vat='IVA', total='Totale documento', bank='Coordinate bancarie',
            page='Pagina', exempt='Operazione non imponibile art. 8, c.1, lett. a) DPR 633/72.', thanks='Pagamento: bonifico bancario 30 gg d.f.', dn='Documento di trasporto', pricelist='Listino', deliv=''),
 'es': dict(inv='Factura', cn='Factura rectificativa', num='Nº factura', date='Fecha', cust='Cliente', due='Vencimiento', pos='Ref.', desc='Concepto', qty='Cant.', unit='Ud.',
            price='Precio', amount='Importe', sub='Base imponible', disc='Descuento', ship='Portes', vat='IVA', total='Total factura', bank='Datos bancarios', page='Página',
            exempt='Exenta de IVA en virtud del art. 21 de la Ley 37/1992 (exportación).', thanks='Forma de pago: transferencia bancaria.', dn='Albarán', pricelist='Tarifa', deliv=''),
 'nl': dict(inv='Factuur', cn='Creditnota', num='Factuurnummer', date='Factuurdatum', cust='Klantnummer', due='Vervaldatum', pos='Art.nr.', desc='Omschrijving', qty='Aantal',
            unit='Eenh.', price='Prijs', amount='Bedrag', sub='Subtotaal', disc='Korting', ship='Verzendkosten', vat='BTW', total='Totaal te betalen', bank='Bankgegevens',
            page='Pagina', exempt='BTW 0% - uitvoer buiten de EU (art. 9 lid 2 onderdeel b Wet OB).', thanks='Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.', dn='Pakbon', pricelist='Prijslijst', deliv=''),
 'pl': dict(inv='Faktura VAT', cn='Faktura korygująca', num='Nr faktury', date='Data wystawienia', cust='Nr klienta', due='Termin płatności', pos='Lp.', desc='Nazwa towaru',
            qty='Ilość', unit='J.m.', price='Cena netto', amount='Wartość netto', sub='Razem netto', disc='Rabat', ship='Koszt dostawy', vat='VAT', total='Razem do zapłaty',
            bank='Rachunek bankowy', page='Strona', exempt='Stawka VAT 0% - eksport towarów (art. 41 ust. 4 ustawy o VAT).', thanks='Sposób płatności: przelew.', dn='Dowód dostawy WZ', pricelist='Cennik', deliv=''),
 'en': dict(inv='INVOICE', cn='CREDIT MEMO', num='Invoice #', date='Invoice Date', cust='Customer ID', due='Due Date', pos='Item #', desc='Description', qty='Qty', unit='Unit',
            price='Unit Price', amount='Amount', sub='Subtotal', disc='Discount', ship='Shipping & Handling', vat='Sales Tax', total='Total Due', bank='Remit to',
            page='Page', exempt='', thanks='Thank you for your business!', dn='Delivery Note', pricelist='Price List', deliv='', po='PURCHASE ORDER'),
}
CUR_SYM = {'EUR': '€', 'PLN': 'zł', 'USD': '$'}

def money_s(doc, v):
    f = doc['fmt']; cur = doc['currency']
    if cur == 'USD': return ('-$' if v < 0 else '$') + f(abs(v))
    if doc['lang'] == 'nl': return '€ ' + f(v)
    return f(v) + ' ' + CUR_SYM.get(cur, cur)

# ---------------------------------------------------------------- fpdf2 EU/US invoice (core fonts, except Polish)
def t_fpdf(doc, name):
    from fpdf import FPDF
    pdf_path = os.path.join(B, name + '.pdf'); l = L[doc['lang']]; s = doc['sup']; f = doc['fmt']
    p = FPDF('P', 'mm', 'A4'); p.set_auto_page_break(True, 22); p.set_margins(18, 16, 18); p.core_fonts_encoding = 'cp1252'
    core = doc['lang'] != 'pl'
    if core: FN = 'Helvetica'
    else:
        p.add_font('DJV', '', DJV); p.add_font('DJV', 'B', DJVB); FN = 'DJV'
    p.alias_nb_pages()
    title = {'invoice': l['inv'], 'credit_note': l['cn'], 'delivery_note': l['dn']}.get(doc['doc_type'], l['inv'])
    def header():
        p.set_font(FN, 'B', 15); p.cell(0, 7, s['name'], new_x='LMARGIN', new_y='NEXT')
        p.set_font(FN, '', 8.5); p.cell(0, 4.5, ' · '.join(s['addr']) + ' · Tel. ' + s['tel'], new_x='LMARGIN', new_y='NEXT')
        p.set_draw_color(60, 60, 60); p.line(18, p.get_y() + 2, 192, p.get_y() + 2); p.ln(8)
    p.add_page(); header()
    ytop = p.get_y()
    p.set_font(FN, '', 7); p.cell(0, 4, s['name'] + ' · ' + s['addr'][0] + ' · ' + s['addr'][1], new_x='LMARGIN', new_y='NEXT')
    p.set_font(FN, '', 10)
    for ln in [doc['buyer']] + doc['buyer_addr_lines']: p.cell(90, 5, ln, new_x='LMARGIN', new_y='NEXT')
    p.set_xy(120, ytop)
    meta = [(l['num'] if doc['doc_type'] != 'delivery_note' else 'Nr.', doc['number']), (l['date'], doc['date_str']), (l['cust'], doc['cust_code'])]
    if doc.get('due'): meta.append((l['due'], doc['due']))
    if doc.get('ref'): meta.append(doc['ref'])
    for k, v in meta:
        p.set_x(120); p.set_font(FN, '', 9); p.cell(35, 5, k); p.set_font(FN, 'B', 9); p.cell(0, 5, v, new_x='LMARGIN', new_y='NEXT')
    p.set_y(max(p.get_y(), ytop + 34)); p.ln(4)
    p.set_font(FN, 'B', 14); p.cell(0, 8, f'{title} {doc["number"]}' if doc['doc_type'] != 'delivery_note' else title, new_x='LMARGIN', new_y='NEXT'); p.ln(2)
    widths = [22, 72, 18, 14, 24, 24]
    heads = [l['pos'], l['desc'], l['qty'], l['unit'], l['price'], l['amount']]
    showp = doc['show_prices']
    def th():
        p.set_font(FN, 'B', 8.5); p.set_fill_color(228, 228, 228)
        for w, h in zip(widths, heads if showp else heads[:4] + ['', '']): p.cell(w, 6.5, h, border='B', fill=True, align='R' if h in (l['qty'], l['price'], l['amount']) else 'L')
        p.ln()
    th()
    p.set_font(FN, '', 8.5)
    for it in doc['items']:
        if p.get_y() > 262: p.add_page(); header(); th(); p.set_font(FN, '', 8.5)
        p.cell(widths[0], 6, it['code']); p.cell(widths[1], 6, it['desc']); p.cell(widths[2], 6, f'{it["qty"]}', align='R'); p.cell(widths[3], 6, it['unit'])
        if showp: p.cell(widths[4], 6, f(it['price']), align='R'); p.cell(widths[5], 6, f(it['amount']), align='R')
        p.ln(); p.set_draw_color(210, 210, 210); p.line(18, p.get_y(), 192, p.get_y())
    p.ln(3)
    if showp:
        tl = [(l['sub'] if doc['tax_mode'] != 'vat' or not (doc['discount'] or doc['shipping']) else l['sub'], doc['net'])]
        if doc['discount']: tl.append((f'{l["disc"]} {doc["disc_pct"]}%', doc['discount']))
        if doc['shipping']: tl.append((l['ship'], doc['shipping']))
        for r, b_, t in doc['tax_lines']: tl.append((f'{l["vat"]} {r}% ' + ('' if doc['lang'] == 'en' else f'({f(b_)})'), t))
        tl.append((l['total'], doc['total']))
        for k, v in tl:
            big = k == l['total']
            if p.get_y() > 270: p.add_page(); header()
            p.set_x(100); p.set_font(FN, 'B' if big else '', 10 if big else 9); p.cell(55, 6, k, border='T' if big else 0)
            p.cell(37, 6, money_s(doc, v), align='R', border='T' if big else 0, new_x='LMARGIN', new_y='NEXT')
    p.ln(4); p.set_font(FN, '', 8.5)
    for n in doc['notes']: p.multi_cell(0, 4.5, n, new_x='LMARGIN', new_y='NEXT')
    if showp and doc['doc_type'] != 'delivery_note':
        p.ln(2); p.multi_cell(0, 4.5, f'{l["bank"]}: {s["bank"]} · IBAN {doc["iban"]} · BIC {s["bic"]}' if s['bic'] else f'{l["bank"]}: {s["name"]}, {s["bank"]}, ABA 0{R.randrange(10**7,10**8)}, Acct {R.randrange(10**9,10**10)}', new_x='LMARGIN', new_y='NEXT')
    p.set_y(-18); p.set_font(FN, '', 7); p.cell(0, 4, s['tax'] + ('  ·  ' + s['reg'] if s['reg'] else ''), align='C')
    p.output(pdf_path); return pdf_path

# ---------------------------------------------------------------- WeasyPrint EU / US modern invoice (also price list)
def t_eu_modern(doc, name):
    l = L[doc['lang']]; s = doc['sup']; f = doc['fmt']
    accent = doc.get('accent', '#1d6b5f')
    if doc['doc_type'] == 'other_pricelist':
        rows = ''.join(f'<tr><td>{E(it["code"])}</td><td>{E(it["desc"])}</td><td>{E(it["unit"])}</td><td class="r">{money_s(doc, it["price"])}</td><td class="r">{it["moq"]}</td></tr>' for it in doc['items'])
        body = f'<h1>{l["pricelist"]} {doc["date"].year}</h1><p>gültig ab {E(doc["date_str"])} · Preise netto zzgl. USt.</p><table class="it"><thead><tr><th>Art.-Nr.</th><th>{l["desc"]}</th><th>{l["unit"]}</th><th class="r">{l["price"]}</th><th class="r">Mindestmenge</th></tr></thead><tbody>{rows}</tbody></table>'
    else:
        rows = ''.join(f'<tr><td>{E(it["code"])}</td><td>{E(it["desc"])}</td><td class="r">{it["qty"]}</td><td>{E(it["unit"])}</td><td class="r">{f(it["price"])}</td><td class="r">{f(it["amount"])}</td></tr>' for it in doc['items'])
        tl = [(l['sub'], doc['net'])]
        if doc['discount']: tl.append((f'{l["disc"]} {doc["disc_pct"]}%', doc['discount']))
        if doc['shipping']: tl.append((l['ship'], doc['shipping']))
        for r, b_, t in doc['tax_lines']: tl.append((f'{l["vat"]} {r}%', t))
        tot = ''.join(f'<tr><td>{E(k)}</td><td class="r">{money_s(doc, v)}</td></tr>' for k, v in tl)
        title = {'credit_note': l['cn']}.get(doc['doc_type'], l['inv'])
        body = f'''<h1>{E(title)}</h1><table class="meta"><tr><td>{l['num']}</td><td><b>{E(doc['number'])}</b></td></tr><tr><td>{l['date']}</td><td>{E(doc['date_str'])}</td></tr>
        <tr><td>{l['cust']}</td><td>{E(doc['cust_code'])}</td></tr>{'<tr><td>'+l['due']+'</td><td>'+E(doc['due'])+'</td></tr>' if doc.get('due') else ''}</table>
        <table class="it"><thead><tr><th>{l['pos']}</th><th>{l['desc']}</th><th class="r">{l['qty']}</th><th>{l['unit']}</th><th class="r">{l['price']}</th><th class="r">{l['amount']}</th></tr></thead><tbody>{rows}</tbody></table>
        <table class="tot">{tot}<tr class="g"><td>{l['total']}</td><td class="r">{money_s(doc, doc['total'])}</td></tr></table>'''
    notes = ''.join(f'<p>{E(n)}</p>' for n in doc['notes'])
    bank = f'{l["bank"]}: {E(s["bank"])} · IBAN {doc["iban"]} · BIC {s["bic"]}' if s['bic'] else f'{l["bank"]}: {E(s["name"])}, {E(s["bank"])}'
    ini = ''.join(w[0] for w in s['name'].replace('&', '').split()[:2])
    html_text = f'''<!doctype html><html><head><meta charset="utf-8"><style>
    @page {{ size:A4; margin:18mm 16mm 24mm; @bottom-center {{ content:"{E(s['tax'])} · {E(s['reg'])} · {l['page']} " counter(page) "/" counter(pages); font-size:7pt; color:#777; }} }}
    body {{ font-family:"DejaVu Sans"; font-size:8.6pt; color:#222; }} .logo {{ width:14mm; height:14mm; background:{accent}; color:#fff; font-size:14pt; font-weight:bold; text-align:center; line-height:14mm; border-radius:2mm; float:left; margin-right:4mm; }}
    .co {{ font-size:12pt; font-weight:bold; }} .hdr {{ height:18mm; }} .addr {{ margin-top:10mm; width:50%; float:left; }} .small {{ font-size:6.5pt; color:#777; text-decoration:underline; }}
    h1 {{ clear:both; padding-top:8mm; color:{accent}; font-weight:normal; font-size:18pt; }} .meta {{ position:absolute; right:0; top:36mm; }} .meta td {{ padding:.5mm 2mm; }}
    table.it {{ width:100%; border-collapse:collapse; }} .it th {{ border-bottom:2px solid {accent}; text-align:left; padding:1.5mm; }} .it td {{ padding:1.5mm; border-bottom:.5px solid #ccc; }}
    .r {{ text-align:right !important; }} .tot {{ margin-left:55%; width:45%; margin-top:3mm; border-collapse:collapse; }} .tot td {{ padding:1mm; }} .g td {{ font-weight:bold; font-size:10.5pt; border-top:1.5px solid #222; }}
    </style></head><body><div class="hdr"><div class="logo">{E(ini)}</div><div class="co">{E(s['name'])}</div><div>{E(', '.join(s['addr']))} · {E(s['tel'])}</div></div>
    <div class="addr"><div class="small">{E(s['name'])} · {E(s['addr'][0])} · {E(s['addr'][1])}</div>{'<br>'.join(E(x) for x in [doc['buyer']] + doc['buyer_addr_lines'])}</div>
    {body}{notes}<p style="margin-top:6mm">{bank}</p></body></html>'''
    return (weasy_pdf if doc.get('engine', 'weasy') == 'weasy' else chromium_pdf)(html_text, name)

# ---------------------------------------------------------------- US invoice -- reportlab (core fonts)
def t_rl_us(doc, name):
    pdf = os.path.join(B, name + '.pdf'); s = doc['sup']; f = doc['fmt']; l = L['en']
    c = rlcanvas.Canvas(pdf, pagesize=(612, 792)); W, H = 612, 792
    c.setFillColorRGB(.12, .2, .35); c.rect(0, H - 80, W, 80, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
    c.setFont('Helvetica-Bold', 18); c.drawString(40, H - 42, s['name']); c.setFont('Helvetica', 9)
    c.drawString(40, H - 58, ' | '.join(s['addr'][:2]) + ' | ' + s['tel'])
    c.setFont('Helvetica-Bold', 22); c.drawRightString(W - 40, H - 48, doc['title'])
    c.setFillColorRGB(0, 0, 0); c.setFont('Helvetica-Bold', 9); c.drawString(40, H - 110, 'BILL TO'); c.drawString(220, H - 110, 'SHIP TO')
    c.setFont('Helvetica', 9)
    for i, ln in enumerate([doc['buyer']] + doc['buyer_addr_lines']): c.drawString(40, H - 124 - i * 12, ln)
    for i, ln in enumerate(doc['ship_to']): c.drawString(220, H - 124 - i * 12, ln)
    meta = [(l['num'], doc['number']), (l['date'], doc['date_str']), ('Terms', doc['terms']), (l['due'], doc['due'])]
    if doc.get('ref'): meta.append(doc['ref'])
    for i, (k, v) in enumerate(meta):
        c.setFont('Helvetica-Bold', 9); c.drawString(410, H - 110 - i * 13, k); c.setFont('Helvetica', 9); c.drawRightString(W - 40, H - 110 - i * 13, v)
    y = H - 200
    c.setFillColorRGB(.9, .92, .95); c.rect(40, y - 4, W - 80, 16, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0); c.setFont('Helvetica-Bold', 8.5)
    for x, h in [(44, 'ITEM #'), (110, 'DESCRIPTION'), (360, 'QTY'), (420, 'UNIT PRICE'), (510, 'AMOUNT')]: c.drawString(x, y, h)
    y -= 18; c.setFont('Helvetica', 8.5)
    for it in doc['items']:
        if y < 150:
            c.setFont('Helvetica', 8); c.drawRightString(W - 40, 40, 'continued on next page'); c.showPage(); y = H - 60; c.setFont('Helvetica', 8.5)
        c.drawString(44, y, it['code']); c.drawString(110, y, it['desc']); c.drawRightString(385, y, f'{it["qty"]:,}')
        c.drawRightString(480, y, f(it['price'])); c.drawRightString(W - 44, y, f(it['amount'])); c.setStrokeGray(.85); c.line(40, y - 4, W - 40, y - 4); y -= 15
    y -= 10; c.setStrokeGray(0)
    tl = [(l['sub'], doc['net'])]
    if doc['discount']: tl.append((f'Discount ({doc["disc_pct"]}%)', doc['discount']))
    if doc['shipping']: tl.append((l['ship'], doc['shipping']))
    for r, b_, t in doc['tax_lines']: tl.append((f'Sales Tax ({r}%)', t))
    for k, v in tl:
        c.setFont('Helvetica', 9); c.drawString(400, y, k); c.drawRightString(W - 44, y, money_s(doc, v)); y -= 14
    c.setFont('Helvetica-Bold', 11); c.line(395, y + 8, W - 40, y + 8); c.drawString(400, y - 4, 'TOTAL DUE'); c.drawRightString(W - 44, y - 4, money_s(doc, doc['total']))
    c.setFont('Helvetica', 8.5); yy = 110
    for n in doc['notes'] + ['Make checks payable to ' + s['name'] + '.', 'Questions? ' + s['tel'], s['tax']]:
        c.drawString(40, yy, n); yy -= 12
    c.save(); return pdf

# =============================================================== LibreOffice sources (Calc flat XML, Word via python-docx)
def fods(cells, colw, name, merges=(), landscape_=False):
    """cells: list of rows; each row is list of (text, style) or None. styles: t title, h head, b bold, n normal, r right, rb right-bold, box, boxr"""
    st = {
        't': '<style:text-properties fo:font-size="18pt" fo:font-weight="bold" style:font-name-asian="WenQuanYi Micro Hei" style:font-size-asian="18pt" style:font-weight-asian="bold"/>',
        'h': '<style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="9pt" style:font-size-asian="9pt"/>',
        'b': '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="10pt" style:font-size-asian="10pt"/>',
        'n': '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>',
        's': '<style:text-properties fo:font-size="7.5pt" style:font-size-asian="7.5pt"/>',
        'r': '<style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>',
        'rb': '<style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" fo:font-size="10pt" style:font-size-asian="10pt"/>',
        'box': '<style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>',
        'boxr': '<style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/>',
        'big': '<style:table-cell-properties fo:border-bottom="1.5pt double #000000"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-size-asian="14pt" style:font-weight-asian="bold"/>',
    }
    styles = ''.join(f'<style:style style:name="{k}" style:family="table-cell" style:parent-style-name="Default">{v}</style:style>' for k, v in st.items())
    cols = ''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>' for i, w in enumerate(colw))
    merged = {(r, c): (rs, cs) for r, c, rs, cs in merges}
    body = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(colw)))
    for ri, row in enumerate(cells):
        body += '<table:table-row>'
        for ci in range(len(colw)):
            cell = row[ci] if ci < len(row) else None
            attr = ''
            if (ri, ci) in merged:
                rs, cs = merged[(ri, ci)]; attr = f' table:number-rows-spanned="{rs}" table:number-columns-spanned="{cs}"'
            if cell is None or cell[0] is None:
                stn = cell[1] if cell else None
                body += f'<table:table-cell{attr}{" table:style-name=%s" % chr(34) + stn + chr(34) if stn else ""}/>'
            else:
                txt, stn = cell
                body += f'<table:table-cell table:style-name="{stn}" office:value-type="string"{attr}><text:p>{E(str(txt))}</text:p></table:table-cell>'
        body += '</table:table-row>'
    orient = 'landscape' if landscape_ else 'portrait'
    pw, ph = ('29.7cm', '21cm') if landscape_ else ('21cm', '29.7cm')
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="WenQuanYi Micro Hei" svg:font-family="'WenQuanYi Micro Hei'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name-asian="WenQuanYi Micro Hei" style:font-name="WenQuanYi Micro Hei"/></style:style></office:styles>
<office:automatic-styles>{cols}{styles}<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" style:print-orientation="{orient}" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:scale-to-X="1" style:scale-to-Y="0"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="請求書">{body}</table:table></office:spreadsheet></office:body></office:document>'''
    path = os.path.join(B, 'lo', name + '.fods'); open(path, 'w', encoding='utf-8').write(xml)
    return os.path.join(B, 'lo', name + '.pdf')

def t_jp_excel(doc, name):
    f = doc['fmt']; s = doc['sup']
    rows = [[(doc['title'], 't')], [], [(doc['buyer'] + ' 御中', 'big'), None, None, None, ('No.', 'r'), (doc['number'], 'n')],
            [(doc['buyer_addr'], 's'), None, None, None, ('請求日', 'r'), (doc['date_str'], 'n')], [],
            [('下記のとおりご請求申し上げます。', 'n'), None, None, None, (s['name'], 'b')],
            [('ご請求金額', 'b'), (f'¥{f(doc["total"])}', 'big'), None, None, (s['addr'], 's')],
            [None, None, None, None, (f'TEL {s["tel"]}  登録番号 {s["reg"]}', 's')], [],
            [('品名', 'h'), ('数量', 'h'), ('単位', 'h'), ('単価', 'h'), ('金額', 'h'), ('備考', 'h')]]
    for it in doc['items']:
        rows.append([(it['desc'] + ('※' if it.get('rate') == 8 else ''), 'box'), (f'{it["qty"]:,}', 'boxr'), (it['unit'], 'box'), (f(it['price']), 'boxr'), (f(it['amount']), 'boxr'), (it.get('note', ''), 'box')])
    if doc['shipping']: rows.append([('送料', 'box'), ('1', 'boxr'), ('式', 'box'), (f(doc['shipping']), 'boxr'), (f(doc['shipping']), 'boxr'), ('', 'box')])
    if doc['discount']: rows.append([('出精値引', 'box'), ('', 'boxr'), ('', 'box'), ('', 'boxr'), (f(doc['discount']), 'boxr'), ('', 'box')])
    for _ in range(max(0, 8 - len(doc['items']))): rows.append([('', 'box')] * 6)
    rows.append([None, None, None, ('小計', 'r'), (f(doc['subtotal']), 'boxr')])
    for r, b_, t in doc['tax_lines']: rows.append([None, None, None, (f'消費税({r}%)', 'r'), (f(t), 'boxr')])
    rows.append([None, None, None, ('合計', 'rb'), (f(doc['total']), 'rb')])
    rows += [[], [('振込先：' + s['bank'], 'n')], [('恐れ入りますが振込手数料は御社にてご負担ください。', 's')]]
    return fods(rows, [6.6, 1.7, 1.3, 2.2, 2.8, 3.2], name, merges=[(0, 0, 1, 6)])

def t_cn_excel(doc, name):
    f = doc['fmt']; s = doc['sup']; b = doc['buyer_rec']
    quo = doc['doc_type'] == 'quotation'
    rows = [[(s['zh'], 't')], [(s['en'], 'b')], [(', '.join(s['addr_en']) + '  TEL: ' + s['tel'], 's')], [],
            [(doc['title'], 't')], [],
            [('To:', 'b'), (b['en'], 'n'), None, None, ('No.:', 'r'), (doc['number'], 'n')],
            [None, (b['addr_en'][0], 'n'), None, None, ('Date:', 'r'), (doc['date_str'], 'n')],
            [None, (b['addr_en'][1], 'n'), None, None, ('Terms:', 'r'), (doc['terms'], 'n')], [],
            [('Item 品名', 'h'), ('Qty 数量', 'h'), ('Unit', 'h'), (f'Price ({doc["currency"]})', 'h'), (f'Amount ({doc["currency"]})', 'h'), ('Remark', 'h')]]
    for it in doc['items']:
        rows.append([(it['desc'] + ' ' + it.get('desc_zh', ''), 'box'), (f'{it["qty"]:,}', 'boxr'), (it['unit_en'], 'box'), (f(it['price']), 'boxr'), (f(it['amount']), 'boxr'), (it.get('note', ''), 'box')])
    if doc['shipping']: rows.append([('Sea freight to Nagoya 海运费', 'box'), ('1', 'boxr'), ('lot', 'box'), (f(doc['shipping']), 'boxr'), (f(doc['shipping']), 'boxr'), ('', 'box')])
    if doc['discount']: rows.append([('Discount 折扣', 'box'), ('', 'boxr'), ('', 'box'), ('', 'boxr'), (f(doc['discount']), 'boxr'), ('', 'box')])
    rows.append([None, None, None, ('TOTAL 合计', 'rb'), (f(doc['total']), 'rb')])
    rows += [[], [(say_usd(doc['total']) if doc['currency'] == 'USD' else '', 'b')], [('Bank: ' + s['bank_en'], 's')]]
    for n in doc['notes']: rows.append([(n, 's')])
    rows += [[], [None, None, None, None, ('Seller 卖方签字盖章', 'b')]]
    return fods(rows, [6.8, 1.8, 1.2, 2.3, 2.8, 2.8], name)

def t_eu_calc(doc, name):
    f = doc['fmt']; s = doc['sup']; l = L[doc['lang']]
    rows = [[(s['name'], 't')], [(', '.join(s['addr']) + ' · ' + s['tel'], 's')], [(s['tax'], 's')], [],
            [(doc['buyer'], 'b'), None, None, (l['num'], 'r'), (doc['number'], 'n')]]
    for ln in doc['buyer_addr_lines'][:2]: rows.append([(ln, 'n')])
    rows += [[None, None, None, (l['date'], 'r'), (doc['date_str'], 'n')], [(l['inv'].upper(), 't')], [],
             [(l['pos'], 'h'), (l['desc'], 'h'), (l['qty'], 'h'), (l['price'], 'h'), (l['amount'], 'h')]]
    for it in doc['items']:
        rows.append([(it['code'], 'box'), (it['desc'], 'box'), (str(it['qty']), 'boxr'), (f(it['price']), 'boxr'), (f(it['amount']), 'boxr')])
    rows.append([None, None, None, (l['sub'], 'r'), (money_s(doc, doc['net']), 'boxr')])
    if doc['discount']: rows.append([None, None, None, (l['disc'], 'r'), (money_s(doc, doc['discount']), 'boxr')])
    if doc['shipping']: rows.append([None, None, None, (l['ship'], 'r'), (money_s(doc, doc['shipping']), 'boxr')])
    for r, b_, t in doc['tax_lines']: rows.append([None, None, None, (f'{l["vat"]} {r}%', 'r'), (money_s(doc, t), 'boxr')])
    rows.append([None, None, None, (l['total'], 'rb'), (money_s(doc, doc['total']), 'rb')])
    rows += [[]] + [[(n, 's')] for n in doc['notes']] + [[(f'{l["bank"]}: {s["bank"]} · IBAN {doc["iban"]} · BIC {s["bic"]}', 's')]]
    return fods(rows, [2.2, 7.2, 1.8, 2.6, 3.2], name)

def t_docx(doc, name):
    import docx
    from docx.shared import Pt, Mm, RGBColor
    from docx.oxml.ns import qn
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document(); s = doc['sup']; f = doc['fmt']
    sec = d.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297); sec.left_margin = sec.right_margin = Mm(20)
    st = d.styles['Normal']; st.font.name = 'DejaVu Sans' if doc['lang'] != 'ja' else 'WenQuanYi Micro Hei'; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    ja = doc['lang'] == 'ja'
    def para(t, size=None, bold=False, align=None, color=None):
        p = d.add_paragraph(); r = p.add_run(t); r.bold = bold
        if size: r.font.size = Pt(size)
        if color: r.font.color.rgb = RGBColor(*color)
        if align == 'c': p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if align == 'r': p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2); return p
    if doc['doc_type'] == 'other_letter':
        para(doc['date_str'], align='r')
        for ln in doc['letter_to']: para(ln)
        para(''); para(doc['title'], 14, True, 'c'); para('')
        for ln in doc['letter_body']: para(ln)
        para(''); 
        for ln in doc['letter_from']: para(ln, align='r')
        d.save(os.path.join(B, 'lo', name + '.docx')); return os.path.join(B, 'lo', name + '.pdf')
    para(doc['title'], 18, True, 'c', (30, 50, 90))
    para(f'No. {doc["number"]}    ' + ('発行日 ' if ja else (L[doc['lang']]['date'] + ': ')) + doc['date_str'], align='r')
    if doc['doc_type'] == 'purchase_order':
        para(('発注先: ' if ja else 'Supplier: ') + doc['supplier_print'], bold=True)
        para(('発注者: ' if ja else 'Ordered by: ') + doc['buyer'], bold=True); para(doc['buyer_addr'] if ja else ', '.join(doc['buyer_addr_lines']))
    else:
        para(doc['buyer'] + (' 御中' if ja else ''), 13, True); para(doc['buyer_addr'] if ja else ', '.join(doc['buyer_addr_lines']))
        para(s['name'], 11, True, 'r'); para(s['addr'] if isinstance(s['addr'], str) else ', '.join(s['addr']), align='r')
        para((f'TEL {s["tel"]}  登録番号 {s["reg"]}' if ja else s['tax']), align='r')
    if ja and doc['show_prices'] and doc['doc_type'] != 'purchase_order':
        para('下記の通りご請求いたします。'); para(f'ご請求金額　¥{f(doc["total"])}（税込）', 14, True)
    heads = ['品名', '数量', '単位', '単価', '金額'] if ja else [L[doc['lang']][k] for k in ('desc', 'qty', 'unit', 'price', 'amount')]
    t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'
    for i, h in enumerate(heads): t.rows[0].cells[i].text = h
    for it in doc['items']:
        cs = t.add_row().cells
        cs[0].text = it['desc']; cs[1].text = f'{it["qty"]:,}'; cs[2].text = it['unit']; cs[3].text = f(it['price']); cs[4].text = f(it['amount'])
        for k in (1, 3, 4): cs[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    extra = []
    if doc['discount']: extra.append(('値引' if ja else L[doc['lang']]['disc'], doc['discount']))
    if doc['shipping']: extra.append(('送料' if ja else L[doc['lang']]['ship'], doc['shipping']))
    extra.append(('小計' if ja else L[doc['lang']]['sub'], doc['subtotal']))
    for r, b_, tx in doc['tax_lines']: extra.append(((f'消費税({r}%対象 {f(b_)})' if ja else f'{L[doc["lang"]]["vat"]} {r}%'), tx))
    extra.append(('合計' if ja else L[doc['lang']]['total'], doc['total']))
    for k, v in extra:
        cs = t.add_row().cells; m = cs[0].merge(cs[3]); m.text = k; m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        cs[4].text = f(v) if ja else money_s(doc, v); cs[4].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para('')
    for n in doc['notes']: para(n, 8.5)
    if doc['doc_type'] != 'purchase_order':
        para(('振込先：' + s['bank']) if ja else f'{L[doc["lang"]]["bank"]}: {s["bank"]} · IBAN {doc["iban"]} · BIC {s["bic"]}', 8.5)
    d.save(os.path.join(B, 'lo', name + '.docx')); return os.path.join(B, 'lo', name + '.pdf')

def lo_convert_all():
    srcs = sorted(x for x in os.listdir(os.path.join(B, 'lo')) if x.endswith(('.fods', '.docx')) and not os.path.exists(os.path.join(B, 'lo', x.rsplit('.', 1)[0] + '.pdf')))
    if not srcs: return
    for i in range(0, len(srcs), 20):
        run(['soffice', '-env:UserInstallation=file://' + os.path.join(B, 'lo_profile'), '--headless', '--convert-to', 'pdf',
             '--outdir', os.path.join(B, 'lo')] + [os.path.join(B, 'lo', x) for x in srcs[i:i + 20]], 600)

# =============================================================== capture: scans, faxes, phone photos
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium

def render(pdf, page=0, dpi=150):
    doc = pdfium.PdfDocument(pdf); pg = doc[page]
    s = dpi / 72.0
    img = pg.render(scale=s).to_pil().convert('RGB')
    hpt = pg.get_height()
    M0 = np.array([[s, 0, 0], [0, -s, hpt * s], [0, 0, 1]], dtype=float)
    return img, M0

def find_boxes(pdf, text, page=0):
    """PDF-space boxes (l, b, r, t) of every occurrence of text"""
    doc = pdfium.PdfDocument(pdf); tp = doc[page].get_textpage()
    out = []
    sr = tp.search(text, match_case=True)
    while True:
        hit = sr.get_next()
        if not hit: break
        i, n = hit
        boxes = [tp.get_charbox(k) for k in range(i, i + n)]
        boxes = [b for b in boxes if b[2] > b[0]]
        if boxes:
            out.append((min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)))
    return out

def fax_header(doc_, d):
    t = d + dt.timedelta(days=R.choice([0, 0, 1]))
    return f'{t.strftime("%Y/%m/%d")} {R.randrange(8,19):02d}:{R.randrange(60):02d}   FAX {doc_["sup"].get("fax", "052-000-0000")}   {doc_["sup"]["name"]}   P.00{1}/00{doc_.get("npages",1)}'

JPF = lambda size: ImageFont.truetype(WQY, size)

def cap_scan(img, M0, kind):
    """returns (PIL image, H total) ; kind in scan, fax, photo"""
    w, h = img.size
    if kind == 'scan':
        ang = R.uniform(-1.6, 1.6); tx, ty = R.uniform(-12, 12), R.uniform(-10, 10)
        A = cv2.getRotationMatrix2D((w / 2, h / 2), ang, R.uniform(.97, 1.0)); A[0, 2] += tx; A[1, 2] += ty
        H1 = np.vstack([A, [0, 0, 1]])
        arr = cv2.warpAffine(np.array(img), A, (w, h), borderValue=(R.randrange(225, 245),) * 3)
        arr = arr.astype(np.float32)
        arr = arr * R.uniform(.88, .97) + R.uniform(8, 22)  # grey paper
        arr += np.random.default_rng(R.randrange(10**6)).normal(0, R.uniform(4, 9), arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(R.uniform(.3, .8)))
        if R.random() < .5: im = im.convert('L').convert('RGB')
        return im, H1 @ M0
    if kind == 'fax':
        ang = R.uniform(-.9, .9)
        A = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0); A[1, 2] += 28
        H1 = np.vstack([A, [0, 0, 1]])
        arr = cv2.warpAffine(np.array(img.convert('L')), A, (w, h), borderValue=255)
        # fax fine mode: half vertical resolution, then stretched back
        small = cv2.resize(arr, (w, h // 2), interpolation=cv2.INTER_AREA)
        arr = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
        rng = np.random.default_rng(R.randrange(10**6))
        arr = np.where(arr + rng.normal(0, 25, arr.shape) < R.randrange(150, 185), 0, 255).astype(np.uint8)
        spk = rng.random(arr.shape) < .0015; arr[spk] = 0
        for _ in range(R.randrange(0, 3)):
            yy = R.randrange(h); arr[yy:yy + 2, :] = np.where(rng.random((min(2, h - yy), w)) < .3, 0, arr[yy:yy + 2, :])
        im = Image.fromarray(arr).convert('L')
        return im, H1 @ M0
    if kind == 'photo':
        CW, CH = int(w * 1.22), int(h * 1.16)
        j = lambda a: R.uniform(-a, a)
        ox, oy = (CW - w) / 2, (CH - h) / 2
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dst = np.float32([[ox + j(w * .06), oy + j(h * .04)], [ox + w + j(w * .06), oy + j(h * .04)], [ox + w + j(w * .05), oy + h + j(h * .03)], [ox + j(w * .05), oy + h + j(h * .03)]])
        H1 = cv2.getPerspectiveTransform(src, dst)
        rng = np.random.default_rng(R.randrange(10**6))
        bgc = np.array(R.choice([(150, 120, 85), (120, 118, 112), (95, 90, 84), (170, 150, 120)]), dtype=np.float32)
        bg = np.ones((CH, CW, 3), np.float32) * bgc + rng.normal(0, 14, (CH, CW, 3))
        bg = cv2.GaussianBlur(bg, (0, 0), 3)
        warped = cv2.warpPerspective(np.array(img), H1, (CW, CH), borderValue=(0, 0, 0)).astype(np.float32)
        mask = cv2.warpPerspective(np.ones((h, w), np.float32), H1, (CW, CH))[..., None]
        arr = warped * mask + bg * (1 - mask)
        yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
        cx, cy = R.uniform(.2, .8) * CW, R.uniform(.1, .6) * CH
        light = 1.05 - .45 * (np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(CW, CH))
        if R.random() < .5:  # shadow of a hand / phone
            a, b_ = R.uniform(-1, 1), R.uniform(.5, .95) * CH
            light = light * np.where(yy > a * (xx - CW / 2) + b_, R.uniform(.6, .8), 1.0)
        tint = np.array([R.uniform(.95, 1.05), 1, R.uniform(.82, .95)], np.float32)
        arr = arr * light[..., None] * tint + rng.normal(0, 5, arr.shape)
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(R.uniform(.6, 1.2)))
        sc = 1600 / max(CW, CH)
        im = im.resize((int(CW * sc), int(CH * sc)), Image.LANCZOS)
        S = np.diag([sc, sc, 1.0])
        return im, S @ H1 @ M0
    raise ValueError(kind)

def add_fax_line(im, text):
    d = ImageDraw.Draw(im); d.text((30, 6), text, fill=0, font=JPF(20)); return im

def save_capture(pages, kind, fmt, outpath):
    if fmt == 'pdf':
        ims = [p.convert('RGB') if p.mode not in ('L', '1') else p for p in pages]
        ims[0].save(outpath, 'PDF', resolution=150 if kind != 'photo' else 110, save_all=True, append_images=ims[1:])
    elif fmt == 'jpg':
        pages[0].convert('RGB').save(outpath, 'JPEG', quality=R.randrange(55, 86), optimize=True)
    elif fmt == 'png':
        pages[0].save(outpath, 'PNG', optimize=True)
    elif fmt == 'tif':
        pages[0].convert('1').save(outpath, 'TIFF', compression='group4', dpi=(204, 196))

def capture(doc, pdf, kind, fmt, outpath):
    n = len(pdfium.PdfDocument(pdf))
    if fmt != 'pdf': n = 1
    pages, Hs = [], []
    for i in range(n):
        img, M0 = render(pdf, i, {'scan': R.choice([150, 200]), 'fax': 200, 'photo': 170}[kind])
        im, Ht = cap_scan(img, M0, kind)
        if kind == 'fax':
            doc['npages'] = n; add_fax_line(im, fax_header(doc, doc['date']))
        pages.append(im); Hs.append(Ht)
    save_capture(pages, kind, fmt, outpath)
    return dict(H=Hs[0], pages=n, src_pdf=pdf, kind=kind, fmt=fmt)

# =============================================================== document specifications
SPECS = []   # list of dicts: doc, tmpl, out ('pdf' or (kind, fmt))

def jp_number(style, d):
    return {'a': f'{d.year}{d.month:02d}-{R.randrange(1, 999):04d}', 'b': f'{R.randrange(10**5, 10**6):06d}',
            'c': f'S{R.randrange(10**6, 10**7)}'}[style]

def jp_doc(key, title='請求書', doc_type='invoice', n=5, dstyle='kanji', multi=False, err=None, **kw):
    s = JP_SUP[key]; d = rdate()
    items = []
    if multi:  # monthly statement listing each delivery
        start = d - dt.timedelta(days=30)
        for k in range(n):
            it = R.choice(s['items'])
            dd = start + dt.timedelta(days=int(k * 30 / n))
            items.append(dict(code=it[0], desc=it[1], unit=it[2], price=it[3], rate=it[4] if len(it) > 4 else 10, qty=R.choice([5, 10, 12, 20, 24, 30, 50]), ddate=f'{dd.month}/{dd.day}'))
    else:
        pool = [x for x in s['items'] if len(x) < 5 or R.random() < .5]
        for it in R.sample(pool, min(n, len(pool))):
            items.append(dict(code=it[0], desc=it[1], unit=it[2], price=it[3], rate=it[4] if len(it) > 4 else 10,
                              qty=R.choice([1, 2, 3, 5]) if it[3] > 4000 else R.choice([10, 20, 30, 50, 60, 100, 120, 200]), ddate=f'{d.month}/{max(1, d.day - R.randrange(0, 5))}'))
    due = (d.replace(day=1) + dt.timedelta(days=62)).replace(day=1) - dt.timedelta(days=1)
    doc = new_doc(lang='ja', doc_type=doc_type, title=title, sup=s, buyer=s['buyer']['ja'], buyer_addr=s['buyer']['addr_ja'], date=d, date_str=fdate(d, dstyle),
                  dstyle=dstyle, number=jp_number(R.choice('abc'), d), currency='JPY', items=items, tax_mode='jp', err=err, due=fdate(due, dstyle),
                  cust_code=f'{R.randrange(1000, 9999)}', prev_balance=R.choice([None, D(R.randrange(30000, 400000))]),
                  shipping=R.choice([0, 0, 800, 1200, 1650]), disc_pct=R.choice([0, 0, 0, 3]))
    doc.update(kw)
    doc['supplier'] = s['name']
    return compute(doc)

def add(doc, tmpl, out='pdf', producer=None):
    SPECS.append(dict(doc=doc, tmpl=tmpl, out=out, producer=producer))

def build_jp():
    # classic sales-software invoices (Chromium)
    for i in range(14):
        title = '適格請求書' if i % 3 == 0 else '請求書'
        multi = i in (4, 9)
        d = jp_doc(R.choice(['chubu_kitchen', 'tokai_car', 'minato_mokei', 'sakura_konpo', 'nagoya_logi']), title, 'tax_invoice' if title == '適格請求書' else 'invoice',
                   n=R.randrange(38, 52) if multi else R.randrange(2, 8), dstyle=R.choice(['kanji', 'reiwa', 'ymd_slash']), multi=multi, err='tax' if i == 7 else None,
                   engine='weasy' if i in (2, 11) else 'chromium')
        out = {1: ('fax', 'png'), 5: ('fax', 'pdf'), 8: ('fax', 'tif'), 12: ('scan', 'pdf'), 13: ('photo', 'jpg')}.get(i, 'pdf')
        add(d, t_jp_classic, out, 'html_chromium' if d['engine'] == 'chromium' else 'html_weasyprint')
    for i in range(8):
        d = jp_doc(R.choice(['chubu_kitchen', 'maruei_print', 'nagoya_logi', 'minato_mokei']), '請求書' if i % 2 else '適格請求書',
                   'invoice' if i % 2 else 'tax_invoice', n=R.randrange(25, 40) if i == 3 else R.randrange(2, 6), dstyle=R.choice(['kanji', 'ymd_slash']),
                   accent=R.choice(['#2f6fb0', '#1f8a70', '#c0504d', '#555']))
        add(d, t_jp_cloud, ('photo', 'jpg') if i == 5 else 'pdf', 'html_weasyprint')
    for i in range(11):
        d = jp_doc(R.choice(['chubu_kitchen', 'tokai_car', 'minato_mokei', 'sakura_konpo']), '納品書兼請求書', 'invoice',
                   n=R.randrange(20, 30) if i == 6 else R.randrange(3, 9), dstyle=R.choice(['ymd_slash', 'reiwa_short', 'reiwa']), err='total' if i == 3 else None,
                   stamp_text='控' if i == 9 else None)
        out = {0: ('fax', 'png'), 1: ('fax', 'png'), 2: ('fax', 'pdf'), 3: ('fax', 'png'), 4: ('fax', 'tif'), 5: ('photo', 'jpg'), 7: ('scan', 'jpg'), 9: ('scan', 'pdf')}.get(i, 'pdf')
        add(d, t_jp_nohin, out, 'reportlab')
    for i in range(4):  # shop receipts, 適格簡易請求書
        sh = SHOPS[i % 2]; d = rdate()
        items = [dict(code='', desc=x[0], qty=x[1] * R.choice([1, 1, 2]), unit='', price=x[2], rate=8 if '※' in x[0] else 10) for x in R.sample(sh['items'], R.randrange(3, 6))]
        doc = new_doc(lang='ja', doc_type='receipt', title='領収書' if i % 2 else 'レシート', sup=dict(sh, fax=''), buyer=None, date=d, date_str=fdate(d, 'kanji') + f'({"月火水木金土日"[d.weekday()]})',
                      time=f'{R.randrange(9, 20):02d}:{R.randrange(60):02d}', reg_no=R.randrange(1, 6), clerk=R.randrange(1, 200), number=f'#{R.randrange(1000, 9999)}',
                      currency='JPY', items=items, tax_mode='jp_incl', supplier=sh['name'])
        compute(doc); doc['paid'] = ((doc['total'] // 1000) + 1) * 1000
        add(doc, t_jp_receipt, [('photo', 'jpg'), ('photo', 'jpg'), ('scan', 'png'), ('photo', 'jpg')][i], 'reportlab_thermal')
    for i in range(4):  # hand-filled receipt forms
        s = R.choice([JP_SUP['sakura_konpo'], JP_SUP['maruei_print'], JP_SUP['nagoya_logi']]); d = rdate()
        gross = D(R.choice([3300, 16500, 55000, 88000, 24200]))
        doc = new_doc(lang='ja', doc_type='receipt', title='領収書', sup=s, buyer=R.choice([s['buyer']['ja'], '上']), date=d,
                      date_str=fdate(d, R.choice(['kanji', 'reiwa'])), number=f'{R.randrange(100, 999)}', currency='JPY', tax_mode='jp_incl',
                      items=[dict(code='', desc='品代', qty=1, unit='', price=gross, rate=10)], tadashi=R.choice(['梱包資材代として', '印刷代として', '保管料として']), supplier=s['name'])
        compute(doc)
        add(doc, t_jp_ryoshu, [('photo', 'jpg'), ('photo', 'jpg'), ('scan', 'jpg'), 'pdf'][i], 'reportlab')
    for i in range(7):  # Excel-made invoices exported through LibreOffice
        d = jp_doc(R.choice(['sakura_konpo', 'maruei_print', 'nagoya_logi', 'chubu_kitchen']), '請求書', 'invoice', n=R.randrange(2, 7),
                   dstyle=R.choice(['kanji', 'ymd_slash', 'reiwa']), err='line' if i == 2 else None)
        add(d, t_jp_excel, {0: ('fax', 'png'), 4: ('fax', 'pdf'), 5: ('scan', 'jpg')}.get(i, 'pdf'), 'libreoffice_calc')
    for i in range(3):
        d = jp_doc('maruei_print', '請求書', 'invoice', n=R.randrange(1, 4), dstyle='kanji')
        add(d, t_docx, ('scan', 'pdf') if i == 1 else 'pdf', 'python_docx_libreoffice')
    # non-invoices
    d = jp_doc('chubu_kitchen', '御見積書', 'quotation', n=5, is_invoice=False, prev_balance=None); add(d, t_jp_classic, 'pdf', 'html_chromium')
    d = jp_doc('tokai_car', '納品書', 'delivery_note', n=4, is_invoice=False, prev_balance=None, engine='weasy'); add(d, t_jp_classic, 'pdf', 'html_weasyprint')
    d = jp_doc('minato_mokei', '納品書', 'delivery_note', n=6, is_invoice=False, show_prices=False); add(d, t_jp_nohin, ('fax', 'png'), 'reportlab')
    d = jp_doc('chubu_kitchen', '注文書', 'purchase_order', n=4, is_invoice=False, prev_balance=None)
    d['supplier_print'] = d['sup']['name'] + ' 御中'; d['buyer'] = HC['ja']; d['buyer_addr'] = HC['addr_ja']
    d['notes'] = ['納期：ご回答ください', '納品先：当社名駅南倉庫']; add(d, t_docx, 'pdf', 'python_docx_libreoffice')
    d = jp_doc('maruei_print', '請求書送付のご案内', 'other', n=1, is_invoice=False, show_prices=False)
    d.update(doc_type='other_letter', letter_to=[HC['ja'], '経理ご担当者様'], letter_from=[d['sup']['name'], '営業部 山口'],
             letter_body=['拝啓　時下ますますご清栄のこととお慶び申し上げます。', '平素は格別のご高配を賜り厚く御礼申し上げます。',
                          f'さて、{d["date"].month}月分のご請求書を同封いたしましたので、ご査収のほどよろしくお願い申し上げます。',
                          'なお、ご不明な点がございましたら担当までご連絡ください。', '敬具', '', '同封書類：請求書 1通、納品書(控) 2通'])
    add(d, t_docx, ('scan', 'jpg'), 'python_docx_libreoffice')

def cn_vat_doc(key, err=None):
    s = CN_SUP[key]; d = rdate()
    items = []
    for x in R.sample(s['items'], R.randrange(1, min(4, len(s['items'])) + 1)):
        excl = (D(str(x[3])) / D('1.13')).quantize(D('0.00000001'))
        items.append(dict(desc=x[0], unit=x[2], qty=R.choice([200, 300, 500, 800, 1000, 1500, 2000]), price=excl.normalize(), code=''))
    doc = new_doc(lang='zh', doc_type='tax_invoice', title=R.choice(['电子发票（增值税专用发票）', '电子发票（普通发票）']), sup=s, buyer_rec=HC_CN,
                  buyer=HC_CN['zh'], date=d, date_str=fdate(d, 'zh'), number='26' + ''.join(R.choice('0123456789') for _ in range(18)) if d.year == 2026 else '25' + ''.join(R.choice('0123456789') for _ in range(18)),
                  currency='CNY', items=items, tax_mode='cn', drawer=R.choice(['王丽', '陈晓燕', '刘芳', '张伟']), supplier=s['zh'], err=err)
    return compute(doc)

def cn_ci_doc(key, doc_type='invoice', title='COMMERCIAL INVOICE', err=None, dstyle=None):
    s = CN_SUP[key]; d = rdate()
    buyer = TSURU if key == 'st_lemo' else HC
    items = []
    for x in R.sample(s['items'], R.randrange(2, len(s['items']) + 1)):
        items.append(dict(desc=x[1], desc_zh=x[0], unit_en='PCS' if x[2] in '个把台支' else 'SETS', unit=x[2], code='', qty=R.choice([300, 500, 600, 1000, 1200, 2000, 3000]),
                          price=q2(D(str(x[3])) / D('7.1')), per_ctn=R.choice([50, 100, 120, 200]), nw=D(R.choice(['6.5', '8.2', '11.4', '9.0']))))
    doc = new_doc(lang='zh-en', doc_type=doc_type, title=title, title_zh={'COMMERCIAL INVOICE': '商业发票', 'PROFORMA INVOICE': '形式发票', 'PACKING LIST': '装箱单', 'QUOTATION': '报价单'}[title],
                  sup=s, buyer_rec=buyer, buyer=buyer['en'], date=d, date_str=fdate(d, dstyle or R.choice(['en_cn', 'iso', 'ymd_slash', 'en_gb'])),
                  number=f'{R.choice(["XH", "RC", "FL", "HS", "LM"])}{d.strftime("%y%m")}{R.randrange(1, 99):03d}', currency='USD', items=items,
                  terms=R.choice(['FOB Ningbo', 'FOB Shenzhen', 'CIF Nagoya', 'EXW Factory']), payment=R.choice(['T/T in advance', '30% deposit, 70% before shipment', 'T/T 100% before shipment']),
                  shipping=R.choice([0, 0, D('185.00'), D('320.00')]), disc_pct=0, supplier=s['en'], err=err,
                  is_invoice=doc_type in ('invoice',), ship_from=R.choice(['Ningbo, China', 'Shenzhen (Yantian)', 'Guangzhou']),
                  notes=['Country of origin: China', 'Shipping marks: N/M'] if doc_type == 'invoice' else ['Validity: 30 days', 'Delivery: 25 days after deposit'])
    if doc['shipping'] and not doc['terms'].startswith('CIF'): doc['terms'] = 'CFR Nagoya'
    return compute(doc)

def build_cn():
    for i in range(8):
        d = cn_vat_doc(R.choice(list(CN_SUP)))
        add(d, t_cn_vat, {2: ('photo', 'jpg'), 5: ('scan', 'pdf')}.get(i, 'pdf'), 'html_chromium')
    for i in range(5):
        d = cn_ci_doc(R.choice(list(CN_SUP)), err='total' if i == 3 else None)
        add(d, t_cn_ci, ('scan', 'jpg') if i == 1 else 'pdf', 'reportlab')
    for i in range(2):
        d = cn_ci_doc(R.choice(list(CN_SUP)), 'proforma', 'PROFORMA INVOICE'); add(d, t_cn_ci, 'pdf', 'reportlab')
    for i in range(4):
        d = cn_ci_doc(R.choice(list(CN_SUP)), 'proforma' if i == 2 else 'invoice', 'PROFORMA INVOICE' if i == 2 else 'COMMERCIAL INVOICE', err='line' if i == 1 else None)
        add(d, t_cn_excel, ('photo', 'jpg') if i == 0 else 'pdf', 'libreoffice_calc')
    d = cn_ci_doc('sz_ruichi', 'packing_list', 'PACKING LIST'); d['is_invoice'] = False; add(d, t_cn_ci, 'pdf', 'reportlab')
    d = cn_ci_doc('yiwu_xinghe', 'quotation', 'QUOTATION'); d['is_invoice'] = False; add(d, t_cn_excel, 'pdf', 'libreoffice_calc')

DSTY = {'de': ['dot'], 'fr': ['fr', 'slash_dmy'], 'it': ['slash_dmy', 'it'], 'es': ['slash_dmy', 'es'], 'nl': ['nl_dash', 'nl'], 'pl': ['dot', 'iso'], 'en': ['us', 'en_long']}
def eu_doc(key, doc_type='invoice', err=None, taxed=None, n=None):
    s = EU_SUP[key]; lang = s['lang']; d = rdate()
    br = TSURU if s['buyer'] == 'tsuru' else HC
    items = [dict(code=x[0], desc=x[1], unit=x[2], price=x[3], qty=R.choice([12, 24, 36, 48, 50, 60, 100, 120, 200, 250])) for x in
             (R.sample(s['items'], R.randrange(2, len(s['items']) + 1)) if not n else [R.choice(s['items']) for _ in range(n)])]
    if taxed is None: taxed = R.random() < .3
    dst = R.choice(DSTY[lang])
    due = d + dt.timedelta(days=R.choice([14, 30]))
    num_ = {'de': f'RE-{d.year}-{R.randrange(100, 9999):04d}', 'fr': f'FA{d.year}-{R.randrange(100, 999):04d}', 'it': f'{R.randrange(1, 480)}/{d.year}',
            'es': f'F{d.year % 100}/{R.randrange(1, 2000):05d}', 'nl': f'{d.year}{R.randrange(1, 9999):04d}', 'pl': f'FV/{R.randrange(1, 400)}/{d.month:02d}/{d.year}',
            'en': f'{R.randrange(10000, 99999)}'}[lang]
    doc = new_doc(lang=lang, doc_type=doc_type, sup=s, buyer=br['en'], buyer_addr_lines=br['addr_en'], date=d, date_str=fdate(d, dst), dstyle=dst,
                  number=num_, currency=s['currency'], items=items, tax_mode='vat' if taxed else 'none', rate=s['rate'], err=err,
                  due=fdate(due, dst), cust_code=f'K{R.randrange(10000, 99999)}', iban=iban(s['ibanc'], R) if s['ibanc'] else '',
                  shipping=R.choice([0, D('24.90'), D('48.00'), D('95.50')]), disc_pct=R.choice([0, 0, 0, 5, 10]), supplier=s['name'])
    if not taxed and L[lang]['exempt']: doc['notes'].append(L[lang]['exempt'])
    doc['notes'].append(L[lang]['thanks'])
    if doc_type == 'credit_note':
        for it in items: it['qty'] = -abs(it['qty']) // 10 or -1
        doc['shipping'] = 0; doc['disc_pct'] = 0
        doc['notes'].insert(0, {'de': f'Gutschrift zu Rechnung RE-{d.year}-{R.randrange(100, 999):04d} (Transportschaden).', 'en': 'Credit for damaged units, ref. invoice #' + str(R.randrange(10000, 99999))}.get(lang, ''))
    return compute(doc)

def build_eu():
    plan = [('de_kuehne', 'fpdf'), ('de_lindqvist', 'fpdf'), ('de_kuehne', 'fpdf'), ('fr_vernier', 'fpdf'), ('fr_vernier', 'fpdf'), ('it_ferraro', 'fpdf'), ('it_ferraro', 'fpdf'),
            ('es_cocina', 'fpdf'), ('es_cocina', 'fpdf'), ('nl_heijden', 'fpdf'), ('nl_heijden', 'fpdf'), ('pl_mazur', 'fpdf'), ('pl_mazur', 'fpdf'), ('us_ridgeline', 'fpdf'), ('us_bayside', 'fpdf'),
            ('de_lindqvist', 'web'), ('de_kuehne', 'web_cn'), ('fr_vernier', 'web'), ('it_ferraro', 'web'), ('es_cocina', 'web'), ('nl_heijden', 'web'), ('pl_mazur', 'web'), ('us_bayside', 'web'),
            ('de_kuehne', 'webc'), ('it_ferraro', 'webc'),
            ('us_ridgeline', 'rl'), ('us_ridgeline', 'rl_tax'), ('us_bayside', 'rl'),
            ('pl_mazur', 'docx'), ('de_lindqvist', 'docx'), ('us_ridgeline', 'docx'),
            ('nl_heijden', 'calc'), ('es_cocina', 'calc'), ('pl_mazur', 'calc')]
    errs = {6: 'total', 19: 'tax', 28: 'line'}
    caps = {1: ('scan', 'pdf'), 5: ('scan', 'jpg'), 28: ('scan', 'pdf'), 32: ('scan', 'jpg'), 26: ('photo', 'jpg')}
    for i, (key, how) in enumerate(plan):
        dt_ = 'credit_note' if how == 'web_cn' else 'invoice'
        d = eu_doc(key, dt_, err=errs.get(i), taxed=True if (how == 'rl_tax' or i in (19, 28)) else (False if key.startswith('us') and how == 'rl' else None),
                   n=R.randrange(30, 42) if i in (2, 24) else None)
        if key.startswith('us'):
            d['terms'] = 'Net 30'; d['ship_to'] = ['Tsurumai Hobby c/o Bayside Prep', '2250 Harbor Park Dr, Unit C', 'Tacoma, WA 98421'] if how == 'rl_tax' else d['buyer_addr_lines']
            if how == 'rl_tax': d['rate'] = D('10.3'); d['ship_to'] = ['Tsurumai Hobby c/o Bayside Prep', '2250 Harbor Park Dr, Unit C', 'Tacoma, WA 98421']; compute(d)
            d['title'] = 'INVOICE' if dt_ == 'invoice' else 'CREDIT MEMO'
        tm = {'fpdf': t_fpdf, 'web': t_eu_modern, 'web_cn': t_eu_modern, 'webc': t_eu_modern, 'rl': t_rl_us, 'rl_tax': t_rl_us, 'docx': t_docx, 'calc': t_eu_calc}[how]
        if how == 'webc': d['engine'] = 'chromium'
        if how == 'docx': d['title'] = L[d['lang']]['inv']
        prod = {'fpdf': 'fpdf2', 'web': 'html_weasyprint', 'web_cn': 'html_weasyprint', 'webc': 'html_chromium', 'rl': 'reportlab', 'rl_tax': 'reportlab', 'docx': 'python_docx_libreoffice', 'calc': 'libreoffice_calc'}[how]
        d['accent'] = R.choice(['#1d6b5f', '#8a2b2b', '#2b4f8a', '#444444', '#b36b00'])
        add(d, tm, caps.get(i, 'pdf'), prod)
    # non-invoices
    d = eu_doc('de_kuehne', 'delivery_note', taxed=False); d['show_prices'] = False; d['is_invoice'] = False; d['notes'] = ['Ware ordnungsgemäß erhalten: ____________________']; add(d, t_fpdf, 'pdf', 'fpdf2')
    d = eu_doc('de_lindqvist', 'other_pricelist'); d['is_invoice'] = False
    for it in d['items']: it['moq'] = R.choice([12, 24, 48])
    add(d, t_eu_modern, 'pdf', 'html_weasyprint')
    d = eu_doc('us_ridgeline', 'purchase_order', taxed=False); d['is_invoice'] = False; d['title'] = 'PURCHASE ORDER'
    d['supplier_print'] = d['sup']['name']; d['notes'] = ['Ship via: FedEx International Economy to Nagoya', 'Please confirm availability and ship date.']
    d['sup'] = dict(d['sup']); add(d, t_docx, 'pdf', 'python_docx_libreoffice')

# =============================================================== edits
import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

ALT_ZH = ['深圳市禾创贸易有限公司', '深圳市禾创跨境电商有限公司']
def edit_plan(doc, field):
    """returns (old, new, label_updates)"""
    f = doc['fmt']
    if field == 'buyer':
        old = doc['buyer']
        pool = ALT_ZH if doc['lang'] == 'zh' else (ALT_BUYERS['ja'] if doc['lang'] == 'ja' else ALT_BUYERS['en'])
        new = R.choice([x for x in pool if x != old])
        return old, new, dict(buyer=new)
    if field == 'date':
        old = doc['date_str']
        nd = doc['date'] + dt.timedelta(days=R.choice([-1, 1]) * R.randrange(90, 330))
        nd = min(nd, dt.date(2026, 3, 28))
        nd = nd if nd != doc['date'] else nd - dt.timedelta(days=100)
        new = fdate(nd, doc['dstyle']) if doc.get('dstyle') else None
        if new is None: raise KeyError
        if doc['lang'] == 'ja' and doc['doc_type'] == 'receipt' and '(' in old:
            new = fdate(nd, 'kanji') + f'({"月火水木金土日"[nd.weekday()]})'
        return old, new, dict(date=nd.isoformat())
    if field == 'total':
        old = f(doc['total'])
        fac = D(R.choice(['2', '3', '2.5', '4', '1.8']))
        nv = (doc['total'] * fac).quantize(D('1')) if doc['currency'] == 'JPY' else q2(doc['total'] * fac)
        return old, f(nv), dict(total=str(nv))
    if field == 'quantity':
        cands = [it for it in doc['items'] if sum(1 for j in doc['items'] if j['qty'] == it['qty']) == 1]
        it = R.choice(cands or doc['items'])
        old = f'{it["qty"]:,}' if doc.get('qty_comma', True) else str(it['qty'])
        return old, (f'{it["qty"] * 10:,}' if doc.get('qty_comma', True) else str(it['qty'] * 10)), dict(_desc=it['desc'])
    raise ValueError(field)

def pikepdf_replace(src, dst, old, new, exact=False, producer=None):
    pdf = pikepdf.open(src); n = 0
    ob = old.encode('cp1252'); nb = new.encode('cp1252')
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        out = []
        for operands, op in ops:
            if str(op) == 'Tj' and isinstance(operands[0], pikepdf.String):
                b = bytes(operands[0])
                if (exact and b == ob) or (not exact and ob in b):
                    operands = [pikepdf.String(b.replace(ob, nb))]; n += 1
            out.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    if producer:
        pdf.docinfo['/Producer'] = producer; pdf.docinfo['/ModDate'] = 'D:20260412093311+09\'00\''
    pdf.save(dst); return n

def pypdf_incremental_text(src, dst, old, new):
    w = PdfWriter(src, incremental=True); n = 0
    ob = old.encode('cp1252'); nb = new.encode('cp1252')
    for page in w.pages:
        data = page.get_contents().get_data()
        if ob in data:
            n += data.count(ob); so = DecodedStreamObject(); so.set_data(data.replace(ob, nb))
            page[NameObject('/Contents')] = w._add_object(so)
    w.write(dst); return n

def overlay_pdf(src, old, new, desc=None, font_hint='latin', align=None):
    """builds a one-file overlay (same page sizes) with white boxes and new text over every occurrence; returns (overlay_path, count)"""
    rd = PdfReader(src); tmp = os.path.join(B, 'ov_%d.pdf' % R.randrange(10**9))
    c = rlcanvas.Canvas(tmp); n = 0
    for pi, pg in enumerate(rd.pages):
        w_, h_ = float(pg.mediabox.width), float(pg.mediabox.height); c.setPageSize((w_, h_))
        boxes = find_boxes(src, old, pi)
        if desc:
            db = find_boxes(src, desc, pi)
            boxes = [b for b in boxes if any(abs((b[1] + b[3]) / 2 - (d_[1] + d_[3]) / 2) < 4 and b[0] > d_[2] for d_ in db)][:1]
        for (l_, b_, r_, t_) in boxes:
            cjk = any(ord(ch) > 0x2e80 for ch in new + old)
            fn = 'WQY' if cjk else R.choice(['Helvetica', 'Helvetica', 'Times-Roman'])
            size = (t_ - b_) / (0.86 if cjk else 0.72)
            size = max(5, min(size, 30))
            nw = pdfmetrics.stringWidth(new, fn, size)
            num_like = not cjk and all(ch in '0123456789.,- /' for ch in old)
            right = align == 'right' or (align is None and num_like)
            x0 = r_ - nw if right else l_
            c.setFillColorRGB(1, 1, 1); c.rect(min(l_, x0) - 1.5, b_ - 2, max(r_, x0 + nw) - min(l_, x0) + 3, t_ - b_ + 4, fill=1, stroke=0)
            c.setFillColorRGB(.05, .05, .05); c.setFont(fn, size); c.drawString(x0, b_ + (0.05 if not cjk else -.08) * size, new); n += 1
        c.showPage()
    c.save(); return tmp, n

def overlay_merge(src, dst, ov, incremental=False):
    ovr = PdfReader(ov)
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=src)
    for i, pg in enumerate(w.pages):
        pg.merge_page(ovr.pages[i])
    if not incremental: w.add_metadata({'/Producer': R.choice(['PDF Fix Pro 2.4', 'QuickPDF Editor 11', 'pypdf'])})
    w.write(dst)

def img_load(path):
    if path.endswith('.pdf'):
        pdf = pikepdf.open(path); pg = pdf.pages[0]
        imgs = pg.get_images() if hasattr(pg, 'get_images') else pg.images
        return pikepdf.PdfImage(list(imgs.values())[0]).as_pil_image()
    return Image.open(path).copy()

def map_box(H, box, pad=1.5):
    l_, b_, r_, t_ = box
    pts = np.float32([[[l_ - pad, b_ - pad]], [[r_ + pad, b_ - pad]], [[r_ + pad, t_ + pad]], [[l_ - pad, t_ + pad]]])
    q = cv2.perspectiveTransform(pts, H)[:, 0, :]
    return int(q[:, 0].min()), int(q[:, 1].min()), int(math.ceil(q[:, 0].max())), int(math.ceil(q[:, 1].max()))

def image_paste(im, H, boxes, new, right):
    mode = im.mode
    work = im.convert('L' if mode in ('L', '1') else 'RGB')
    d = ImageDraw.Draw(work)
    for box in boxes:
        x0, y0, x1, y1 = map_box(H, box)
        region = np.array(work.crop((max(0, x0 - 6), max(0, y0 - 6), x1 + 6, y1 + 6)))
        flat = region.reshape(-1, region.shape[-1]) if region.ndim == 3 else region.reshape(-1, 1)
        bright = flat.mean(1)
        paper = tuple(int(v) for v in np.median(flat[bright >= np.percentile(bright, 70)], 0))
        ink = tuple(int(v) for v in np.median(flat[bright <= np.percentile(bright, 5)], 0))
        if mode in ('L', '1'): paper, ink = 255, 0
        else: paper, ink = (paper if len(paper) == 3 else paper * 3), (ink if len(ink) == 3 else ink * 3)
        hgt = y1 - y0
        font = ImageFont.truetype(WQY if any(ord(ch) > 0x2e80 for ch in new) else DJV, max(8, int(hgt * 0.95)))
        tw = d.textlength(new, font=font)
        xs = x1 - tw - 2 if right else x0 + 1
        d.rectangle([min(x0, xs) - 1, y0, max(x1, xs + tw) + 1, y1], fill=paper)
        d.text((xs, y0 + hgt * 0.02), new, fill=ink, font=font)
    return work if mode != '1' else work.convert('1')

def image_clone(im, H, dst_box, src_box):
    x0, y0, x1, y1 = map_box(H, dst_box, 0.5); sx0, sy0, sx1, sy1 = map_box(H, src_box, 0.5)
    w_, h_ = max(x1 - x0, sx1 - sx0), max(y1 - y0, sy1 - sy0)
    patch = im.crop((sx0, sy0, sx0 + w_, sy0 + h_))
    out = im.copy(); out.paste(patch, (x0, y0)); return out

def save_like(im, path, fmt):
    if fmt == 'jpg': im.convert('RGB').save(path, 'JPEG', quality=R.randrange(70, 95))
    elif fmt == 'png': im.save(path, 'PNG')
    elif fmt == 'tif': im.convert('1').save(path, 'TIFF', compression='group4', dpi=(204, 196))
    elif fmt == 'pdf':
        im2 = im if im.mode in ('L', '1') else im.convert('RGB'); im2.save(path, 'PDF', resolution=150)

# =============================================================== main
NOCOMMA = {t_fpdf, t_eu_modern, t_eu_calc, t_cn_vat}
CORE_FONT = {t_fpdf, t_rl_us, t_cn_ci}
LABELS = []

def fname(ext):
    while True:
        n = f'{R.randrange(16**8):08x}.{ext}'
        if not os.path.exists(os.path.join(OUT, n)): return n

def base_label(doc):
    doc_type = doc['doc_type'].replace('other_pricelist', 'other').replace('other_letter', 'other')
    showp = doc['show_prices'] and doc_type not in ('packing_list', 'other')
    buyer = doc.get('buyer')
    if buyer == '上': buyer = '上様'
    return dict(genuine=True, edit_method=None, what_changed=[], producer=None, language=doc['lang'], is_invoice=bool(doc['is_invoice']),
                doc_type=doc_type, date=doc['date'].isoformat(), total=(str(doc['total']) if showp else None),
                currency=(doc['currency'] if showp else None), supplier=doc['supplier'], buyer=buyer, pages=1,
                edit_before_capture=False, arithmetic_error=bool(doc.get('err')))

def pdf_pages(p):
    return len(PdfReader(p).pages)

def produce(spec, name):
    doc = spec['doc']
    if spec['tmpl'] in NOCOMMA: doc['qty_comma'] = False
    return spec['tmpl'](doc, name)

def finish(spec, pdf, label):
    """copies or captures the rendered pdf into files/, fills label; returns label"""
    out = spec['out']
    if out == 'pdf':
        fn = fname('pdf'); shutil.copy(pdf, os.path.join(OUT, fn))
        label.update(file=fn, pages=pdf_pages(pdf), producer=spec['producer'])
        spec['cap'] = None
    else:
        kind, fmt = out
        fn = fname(fmt); cap = capture(spec['doc'], pdf, kind, fmt, os.path.join(OUT, fn))
        label.update(file=fn, pages=cap['pages'], producer={'scan': 'scan', 'fax': 'fax', 'photo': 'phone_photo'}[kind] + '_' + fmt,
                     source_producer=spec['producer'])
        spec['cap'] = cap
    spec['file'] = label['file']; spec['pdf'] = pdf
    return label

def main():
    for d_ in (OUT, B, os.path.join(B, 'lo')): os.makedirs(d_, exist_ok=True)
    for x in os.listdir(OUT): os.remove(os.path.join(OUT, x))
    build_jp(); build_cn(); build_eu()
    print('specs', len(SPECS), flush=True)
    for i, sp in enumerate(SPECS):
        sp['name'] = f'g{i:03d}'
        sp['pdf'] = produce(sp, sp['name'])
    lo_convert_all()
    for sp in SPECS:
        if not os.path.exists(sp['pdf']): print('MISSING', sp['name'], sp['producer']); continue
        LABELS.append(finish(sp, sp['pdf'], base_label(sp['doc'])))
        sp['label'] = LABELS[-1]
    print('genuine', len(LABELS), flush=True)
    make_edits()
    with open(os.path.join(ROOT, 'labels.jsonl'), 'w', encoding='utf-8') as fh:
        for lb in sorted(LABELS, key=lambda x: x['file']):
            fh.write(json.dumps(lb, ensure_ascii=False) + '\n')
    check()

def make_edits():
    ok = [sp for sp in SPECS if 'label' in sp and not sp['doc'].get('err') and sp['label']['total'] is not None]
    R.shuffle(ok)
    core = [sp for sp in ok if sp['tmpl'] in CORE_FONT and sp['cap'] is None and sp['doc']['lang'] != 'pl']
    digital = [sp for sp in ok if sp['cap'] is None]
    caps = [sp for sp in ok if sp['cap'] is not None and sp['cap']['fmt'] != 'tif' or (sp['cap'] and sp['cap']['fmt'] == 'tif')]
    caps = [sp for sp in ok if sp['cap'] is not None]
    fields = ['buyer', 'date', 'total', 'quantity']
    count = {}
    used = set()
    def label_from(sp, method, changed, upd, fn, before=False, pages=None):
        lb = dict(sp['label']); lb.update(file=fn, genuine=False, edit_method=method, what_changed=changed, edit_before_capture=before,
                                          arithmetic_error=False, source_file=sp['label']['file'])
        for k, v in upd.items():
            if not k.startswith('_'): lb[k] = v
        if pages: lb['pages'] = pages
        LABELS.append(lb); count[method] = count.get(method, 0) + 1
    def pick(pool, quota, fn_edit, method):
        done = 0
        for sp in pool:
            if done >= quota: break
            if (sp['name'], method) in used or sum(1 for u in used if u[0] == sp['name']) >= 2: continue
            field = fields[(len(LABELS) + done) % 4]
            try:
                if fn_edit(sp, field): used.add((sp['name'], method)); done += 1
            except Exception as ex:
                print('edit fail', method, sp['name'], field, repr(ex)[:160])
    # 1. pikepdf content-stream text replacement (core-font PDFs)
    def e_pike(sp, field):
        old, new, upd = edit_plan(sp['doc'], field)
        fn = fname('pdf'); n = pikepdf_replace(sp['pdf'], os.path.join(OUT, fn), old, new, exact=(field == 'quantity'),
                                                 producer=R.choice([None, 'PDF Fix Pro 2.4']))
        if n == 0 or (field == 'quantity' and n > 1): os.remove(os.path.join(OUT, fn)); return False
        label_from(sp, 'pikepdf_text_replace', [field], upd, fn); return True
    pick(core, 8, e_pike, 'pikepdf_text_replace')
    def e_inc_text(sp, field):
        if field == 'quantity': field = 'total'
        old, new, upd = edit_plan(sp['doc'], field)
        fn = fname('pdf'); n = pypdf_incremental_text(sp['pdf'], os.path.join(OUT, fn), old, new)
        if n == 0: os.remove(os.path.join(OUT, fn)); return False
        label_from(sp, 'pypdf_incremental_text', [field], upd, fn); return True
    pick(core[::-1], 3, e_inc_text, 'pypdf_incremental_text')
    # 2. overlays on any born-digital PDF
    def mk_overlay(method, incremental=False, gs=False):
        def e(sp, field):
            doc = sp['doc']
            if method == 'overlay_whitebox' and count.get(method, 0) in (2, 6):
                field = 'supplier'
            if field == 'supplier':
                old = doc['supplier']; new = {'ja': '株式会社ジャパン正規流通センター', 'zh': '深圳市正品渠道贸易有限公司'}.get(doc['lang'], 'Authorized Brand Distribution Ltd.')
                upd = dict(supplier=new); desc = None
            else:
                old, new, upd = edit_plan(doc, field); desc = upd.get('_desc') if field == 'quantity' else None
            ov, n = overlay_pdf(sp['pdf'], old, new, desc)
            if n == 0: return False
            fn = fname('pdf'); dst = os.path.join(OUT, fn)
            if gs:
                tmp = os.path.join(B, 'gs_in.pdf'); overlay_merge(sp['pdf'], tmp, ov)
                run(['gs', '-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.4', '-sOutputFile=' + dst, tmp])
            else:
                overlay_merge(sp['pdf'], dst, ov, incremental)
            label_from(sp, method, [field], upd, fn); return True
        return e
    dig = [sp for sp in digital if sp['tmpl'] not in CORE_FONT] + [sp for sp in digital if sp['tmpl'] in CORE_FONT]
    pick(dig, 9, mk_overlay('overlay_whitebox'), 'overlay_whitebox')
    pick(dig[::-1], 4, mk_overlay('pypdf_incremental_overlay', True), 'pypdf_incremental_overlay')
    pick(dig[5:], 3, mk_overlay('overlay_whitebox_gs_resave', gs=True), 'overlay_whitebox_gs_resave')
    # 3. pixel edits on scans, faxes, photos
    def e_paste(sp, field):
        doc = sp['doc']; cap = sp['cap']
        old, new, upd = edit_plan(doc, field)
        boxes = find_boxes(sp['pdf'], old, 0)
        if field == 'quantity':
            db = find_boxes(sp['pdf'], upd['_desc'], 0)
            boxes = [b for b in boxes if any(abs((b[1] + b[3]) / 2 - (d_[1] + d_[3]) / 2) < 4 and b[0] > d_[2] for d_ in db)][:1]
        if not boxes: return False
        im = img_load(os.path.join(OUT, sp['file']))
        num_like = all(ch in '0123456789.,- ' for ch in old)
        im2 = image_paste(im, cap['H'], boxes, new, num_like)
        fn = fname(cap['fmt']); save_like(im2, os.path.join(OUT, fn), cap['fmt'])
        label_from(sp, 'image_paste', [field], upd, fn, pages=1); return True
    pick([sp for sp in caps if sp['cap']['pages'] == 1], 9, e_paste, 'image_paste')
    def e_clone(sp, field):
        doc = sp['doc']; cap = sp['cap']
        if sp['tmpl'] not in (t_jp_nohin, t_jp_classic) or len(doc['items']) < 3 or len(doc['items']) > 10: return False
        descs = [find_boxes(sp['pdf'], it['desc'], 0) for it in doc['items']]
        if any(len(b) != 1 for b in descs): return False
        ys = [b[0][1] for b in descs]; pitch = ys[0] - ys[1]
        if pitch <= 0: return False
        page_w = float(PdfReader(sp['pdf']).pages[0].mediabox.width)
        k = R.randrange(1, len(doc['items']))
        tgt = descs[k][0]; lastb = descs[-1][0]
        row = lambda b, dy: (40, b[1] - 1.2 - dy, page_w - 40, b[3] + 1.2 - dy)
        im = img_load(os.path.join(OUT, sp['file']))
        im2 = image_clone(im, cap['H'], row(tgt, 0), row(lastb, pitch * (1 + (len(doc['items']) - 1 - k) * 0) if False else pitch))
        fn = fname(cap['fmt']); save_like(im2, os.path.join(OUT, fn), cap['fmt'])
        label_from(sp, 'image_clone_row', ['line_item'], {}, fn, pages=1); return True
    pick([sp for sp in caps if sp['cap']['pages'] == 1], 3, e_clone, 'image_clone_row')
    # 4. edits made in the source before printing / scanning (no trace in the file)
    def e_source(sp, field):
        if field == 'total': field = 'quantity'
        doc = copy.deepcopy({k: v for k, v in sp['doc'].items() if k != 'fmt'}); doc['sup'] = sp['doc']['sup']
        if sp['doc'].get('buyer_rec'): doc['buyer_rec'] = sp['doc']['buyer_rec']
        old, new, upd = edit_plan(sp['doc'], field)
        changed = [field]
        if field == 'buyer': doc['buyer'] = new
        elif field == 'date':
            nd = dt.date.fromisoformat(upd['date']); doc['date'] = nd; doc['date_str'] = new
        else:
            it = [x for x in doc['items'] if x['desc'] == upd['_desc']][0]; it['qty'] *= 10; changed = ['quantity', 'total']
        compute(doc)
        if field == 'quantity': upd = dict(total=str(doc['total']))
        name = sp['name'] + '_src'
        src_spec = dict(sp, doc=doc)
        pdf = produce(src_spec, name)
        if pdf.endswith('.pdf') and '/lo/' in pdf: lo_convert_all()
        if sp['cap'] is None:
            fn = fname('pdf'); shutil.copy(pdf, os.path.join(OUT, fn)); pages = pdf_pages(pdf)
            meth = 'source_edit_reexport'
        else:
            fn = fname(sp['cap']['fmt']); cap = capture(doc, pdf, sp['cap']['kind'], sp['cap']['fmt'], os.path.join(OUT, fn)); pages = cap['pages']
            meth = 'source_edit_then_' + sp['cap']['kind']
        label_from(sp, meth, changed, upd, fn, before=True, pages=pages); return True
    pick([sp for sp in caps if sp['tmpl'] in (t_jp_excel, t_jp_nohin, t_docx, t_jp_classic, t_eu_calc)], 4, e_source, 'source_before_capture')
    pick([sp for sp in digital if sp['tmpl'] in (t_jp_excel, t_docx, t_eu_calc, t_cn_excel)], 2, e_source, 'source_reexport')
    print('edits', count)

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(ROOT, 'labels.jsonl'), encoding='utf-8')]
    missing = [l['file'] for l in labs if not os.path.exists(os.path.join(OUT, l['file']))]
    extra = set(os.listdir(OUT)) - {l['file'] for l in labs}
    print('files', len(labs), 'missing', missing, 'unlabelled', sorted(extra))
    print('genuine', sum(l['genuine'] for l in labs), 'edited', sum(not l['genuine'] for l in labs),
          'images', sum(l['file'].endswith(('.jpg', '.png', '.tif')) or l['producer'].startswith(('scan', 'fax', 'phone')) for l in labs),
          'arithmetic_error', sum(l['arithmetic_error'] for l in labs), 'edit_before_capture', sum(l['edit_before_capture'] for l in labs))
    for key in ('producer', 'language', 'doc_type', 'edit_method', 'is_invoice'):
        print(key, dict(Counter(str(l[key]) for l in labs).most_common()))

if __name__ == '__main__':
    if len(sys.argv) > 1 and sys.argv[1] == 'check': check()
    else: main()
