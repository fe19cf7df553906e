"""HTML/CSS layouts imitating accounting-software looks; printed by WeasyPrint or Chromium."""
import os, subprocess, html, random
from common import T, money, dstr, title, TMP, q

E = html.escape

CSS = {
 'qb': """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#333}
  .hdr{display:flex;justify-content:space-between;border-bottom:3px solid #2ca01c;padding-bottom:8px}
  h1{color:#2ca01c;font-size:22pt;margin:0;font-weight:normal;letter-spacing:1px}
  table.items th{background:#eaf6e8;color:#2a5a24;text-align:left;padding:5px;border-bottom:1px solid #2ca01c}
  .balance{background:#eaf6e8;font-size:13pt;font-weight:bold}""",
 'xero': """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#222}
  h1{font-size:26pt;margin:0 0 10px 0;font-weight:bold}
  table.items th{border-bottom:1.5px solid #000;text-align:left;padding:4px;font-weight:bold}
  table.items td{border-bottom:0.5px solid #ccc}
  .balance{border-top:1.5px solid #000;font-weight:bold;font-size:11pt}""",
 'wave': """body{font-family:'DejaVu Serif',serif;font-size:9.5pt;color:#1c252c}
  .hdr{background:#1d4e89;color:white;padding:14px;display:flex;justify-content:space-between}
  h1{font-size:20pt;margin:0;font-weight:normal}
  table.items th{background:#1d4e89;color:#fff;padding:6px;text-align:left}
  .balance{background:#f1f4f8;font-weight:bold;font-size:12pt}""",
 'fresh': """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#3a3a3a}
  .amountdue{font-size:22pt;color:#0075dd;text-align:right}
  h1{font-size:11pt;color:#888;font-weight:normal;text-transform:uppercase;margin:0}
  table.items th{color:#888;font-weight:normal;border-bottom:2px solid #0075dd;text-align:left;padding:4px}
  .balance{font-weight:bold;color:#0075dd;font-size:12pt}""",
 'euro': """body{font-family:'DejaVu Serif',serif;font-size:9.5pt}
  .sender{font-size:6.5pt;text-decoration:underline;margin-top:30px}
  h1{font-size:15pt;margin:24px 0 6px 0}
  table.items th{border-top:1px solid #000;border-bottom:1px solid #000;text-align:left;padding:3px}
  .balance{font-weight:bold;border-top:1px solid #000;border-bottom:3px double #000}
  .foot{position:fixed;bottom:0;font-size:7pt;color:#555;border-top:0.5px solid #999;width:100%}""",
 'customs': """body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:8.5pt}
  h1{font-size:14pt;background:#333;color:#fff;padding:6px;margin:0}
  table.items th{background:#ddd;border:0.5px solid #666;padding:3px;text-align:left}
  table.items td{border:0.5px solid #999}
  .balance{font-weight:bold;background:#ddd}""",
}
COMMON = """@page{size:%s;margin:16mm 14mm 18mm 14mm;@bottom-right{content:"%s " counter(page) " / " counter(pages);font-size:7pt;color:#777}}
 table{border-collapse:collapse;width:100%%} td{padding:4px;vertical-align:top} .r{text-align:right} .small{font-size:7.5pt;color:#555}
 table.tot{width:45%%;margin-left:55%%;margin-top:8px} table.items tr{page-break-inside:avoid}
 .cjk{font-family:'WenQuanYi Micro Hei',sans-serif}"""


def party(p):
    return '<b>%s</b><br>%s<br><span class="small">%s</span>' % (E(p['name']), '<br>'.join(E(a) for a in p['addr']), E(p.get('taxid', '')))


def items_table(doc, extra_cols=False):
    pr = doc['with_prices']
    h = '<table class="items"><thead><tr><th>#</th><th>%s</th><th class="r">%s</th>' % (T(doc, 'desc'), T(doc, 'qty'))
    if pr: h += '<th class="r">%s</th><th class="r">%s</th>' % (T(doc, 'price'), T(doc, 'amount'))
    h += '</tr></thead><tbody>'
    for i, l in enumerate(doc['lines'], 1):
        h += '<tr><td>%d</td><td>%s<br><span class="small">%s</span></td><td class="r">%s</td>' % (i, E(l['desc']), l['sku'], l['qty'])
        if pr: h += '<td class="r">%s</td><td class="r">%s</td>' % (money(l['unit'], doc, False), money(l['amount'], doc))
        h += '</tr>'
    return h + '</tbody></table>'


def totals_table(doc):
    if not doc['with_prices']: return ''
    rows = [(T(doc, 'subtotal'), money(doc['subtotal'], doc))]
    if doc['discount']: rows.append((T(doc, 'discount') + f" {int(doc['discount_pct']*100)}%", '-' + money(doc['discount'], doc)))
    if doc['shipping']: rows.append((T(doc, 'shipping'), money(doc['shipping'], doc)))
    for lab, t in doc['taxes']: rows.append((lab, money(t, doc)))
    h = '<table class="tot">' + ''.join('<tr><td>%s</td><td class="r">%s</td></tr>' % r for r in rows)
    h += '<tr class="balance"><td>%s (%s)</td><td class="r">%s</td></tr></table>' % (T(doc, 'total'), doc['currency'], money(doc['total'], doc))
    return h


def build_html(doc, style, rng):
    s, b = doc['supplier'], doc['buyer']
    size = 'Letter' if doc['prof_key'].startswith(('CA', 'US')) else 'A4'
    css = COMMON % (size, T(doc, 'page')) + CSS[style]
    meta = '<table style="width:auto"><tr><td>%s</td><td><b>%s</b></td></tr><tr><td>%s</td><td>%s</td></tr>%s</table>' % (
        T(doc, 'no'), E(doc['number']), T(doc, 'date'), dstr(doc),
        '<tr><td>%s</td><td>%s</td></tr>' % (T(doc, 'due'), dstr(doc, 'due')) if doc['doc_type'] in ('invoice', 'tax_invoice') else '')
    if style in ('qb', 'wave'):
        body = '<div class="hdr"><div>%s</div><div style="text-align:right"><h1>%s</h1>%s</div></div>' % (party(s), title(doc), meta)
        body += '<table style="margin:14px 0"><tr><td style="width:50%%"><span class="small">%s</span><br>%s</td><td><span class="small">%s</span><br>%s</td></tr></table>' % (
            T(doc, 'billto').upper(), party(b), T(doc, 'shipto').upper(), party(b))
    elif style == 'fresh':
        body = '<table><tr><td>%s</td><td class="r"><h1>%s</h1><div class="amountdue">%s</div><span class="small">%s</span></td></tr></table>' % (
            party(s), title(doc), money(doc['total'], doc) if doc['with_prices'] else '', T(doc, 'total'))
        body += '<table style="margin:14px 0"><tr><td style="width:50%%"><span class="small">%s</span><br>%s</td><td>%s</td></tr></table>' % (T(doc, 'billto'), party(b), meta)
    elif style == 'euro':
        body = '<div style="text-align:right">%s</div><div class="sender">%s · %s</div><div style="margin-top:4px">%s</div>' % (
            party(s), E(s['name']), E(', '.join(s['addr'])), party(b))
        body += '<h1>%s</h1>%s' % (title(doc), meta)
        body += '<div class="foot">%s · %s · %s · IBAN %s</div>' % (E(s['name']), E(', '.join(s['addr'])), E(s['taxid']),
                                                                 'DE%02d 3705 %04d %04d %04d %02d' % (rng.randint(10, 99), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 99)))
    elif style == 'customs':
        body = '<h1>%s — CUSTOMS BROKERAGE %s</h1><table><tr><td>%s</td><td>%s<br>Transaction # %s<br>Entry: B3-%d<br>Port: 0497 Toronto (Pearson)</td></tr></table>' % (
            E(s['name']), title(doc), party(s), meta, rng.randint(10**13, 10**14 - 1), rng.randint(100000, 999999))
        body += '<p><b>Importer:</b> %s<br>%s</p>' % (E(b['name']), '<br>'.join(E(a) for a in b['addr']))
    else:  # xero
        body = '<table><tr><td><h1>%s</h1>%s</td><td>%s</td><td class="r">%s</td></tr></table>' % (title(doc), party(b), meta, party(s))
    body += '<div style="margin-top:12px">%s</div>%s' % (items_table(doc), totals_table(doc))
    body += '<p class="small" style="margin-top:20px">%s<br>%s</p>' % (T(doc, 'terms'), T(doc, 'thanks'))
    cls = ' class="cjk"' if doc['lang'] in ('ja', 'zh') else ''
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body%s>%s</body></html>' % (css, cls, body)


# ---------------- Mexican CFDI factura
def build_cfdi(doc, rng):
    s, b = doc['supplier'], doc['buyer']
    uuid = '%08X-%04X-%04X-%04X-%012X' % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))
    sello = ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(340))
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>H87</td><td>%s</td><td class="r">%s</td><td class="r">%s</td></tr>' % (
        rng.choice(['52151500', '43202000', '49201500', '56101500']), l['qty'], E(l['desc']), money(l['unit'], doc), money(l['amount'], doc)) for l in doc['lines'])
    tax = ''.join('<tr><td>%s Trasladado</td><td class="r">%s</td></tr>' % (lab, money(t, doc)) for lab, t in doc['taxes'])
    extra = ''
    if doc['discount']: extra += '<tr><td>Descuento</td><td class="r">-%s</td></tr>' % money(doc['discount'], doc)
    if doc['shipping']: extra += '<tr><td>Flete</td><td class="r">%s</td></tr>' % money(doc['shipping'], doc)
    css = COMMON % ('Letter', 'Página') + """body{font-family:'DejaVu Sans',sans-serif;font-size:8pt}
     .box{border:1px solid #8b0000;padding:5px;margin-bottom:6px} h1{color:#8b0000;font-size:13pt;margin:0}
     table.items th{background:#8b0000;color:#fff;padding:3px;text-align:left;font-size:7.5pt} .sello{font-family:'DejaVu Sans Mono';font-size:5.5pt;word-break:break-all}
     .qr{width:90px;height:90px;border:1px solid #000;background:repeating-linear-gradient(45deg,#000 0 3px,#fff 3px 7px)}"""
    body = '''<table><tr><td><h1>%s</h1>%s<br>%s<br>Régimen fiscal: 601 General de Ley Personas Morales</td>
    <td class="box"><b>FACTURA</b> · CFDI 4.0<br>Serie A Folio %s<br>Fecha de emisión: %s<br>Lugar de expedición: %s<br>Tipo de comprobante: I - Ingreso<br>Folio fiscal (UUID):<br>%s</td></tr></table>
    <div class="box"><b>Receptor:</b> %s<br>RFC: XEXX010101000 (extranjero) · Uso CFDI: G01 Adquisición de mercancías<br>%s</div>
    <table class="items"><tr><th>Clave SAT</th><th>Cant.</th><th>Unidad</th><th>Descripción</th><th>Valor unitario</th><th>Importe</th></tr>%s</table>
    <table class="tot"><tr><td>Subtotal</td><td class="r">%s</td></tr>%s%s<tr class="box"><td><b>Total</b></td><td class="r"><b>%s</b></td></tr></table>
    <p>Moneda: MXN · Forma de pago: 03 Transferencia · Método de pago: PUE</p>
    <table><tr><td><div class="qr"></div></td><td class="sello"><b>Sello digital del CFDI:</b><br>%s<br><b>Sello del SAT:</b><br>%s</td></tr></table>
    <p class="small">Este documento es una representación impresa de un CFDI.</p>''' % (
        E(s['name']), E(s['taxid']), E(' '.join(s['addr'])), doc['number'], doc['date'] + 'T%02d:%02d:%02d' % (rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)),
        s['addr'][-1][4:9], uuid, E(b['name']), E(', '.join(b['addr'])), rows, money(doc['subtotal'], doc), extra, tax, money(doc['total'], doc), sello[:170], sello[170:])
    # note: the CFDI shows the ISO date in the 'Fecha de emisión' field as real CFDIs do
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)


# ---------------- Chinese VAT invoice (增值税发票 style)
def build_fapiao(doc, rng):
    s, b = doc['supplier'], doc['buyer']
    rate = doc['taxes'][0][0].split()[-1] if doc['taxes'] else '0%'
    tax_total = sum((t for _, t in doc['taxes']), 0)
    base = doc['subtotal'] - doc['discount'] + doc['shipping']
    lt = [q(l['amount'] * tax_total / base) if base else 0 for l in doc['lines']]
    if lt: lt[-1] = tax_total - sum(lt[:-1])
    rows = ''.join('<tr><td>*日用杂品*%s</td><td>%s</td><td>个</td><td class="r">%s</td><td class="r">%s</td><td class="r">%s</td><td class="r">%s</td><td class="r">%s</td></tr>' % (
        E(l['desc']), l['sku'], l['qty'], money(l['unit'], doc, False), money(l['amount'], doc, False), rate, money(t, doc, False)) for l, t in zip(doc['lines'], lt))
    tax_total = sum((t for _, t in doc['taxes']), 0)
    def cn_upper(x):
        digits = '零壹贰叁肆伍陆柒捌玖'; units = ['', '拾', '佰', '仟', '万', '拾', '佰', '仟', '亿']
        n = int(x); s_ = ''
        for i, ch in enumerate(reversed(str(n))):
            s_ = digits[int(ch)] + units[i] + s_
        jiao = int((x * 100) % 100)
        return s_ + '圆' + (digits[jiao // 10] + '角' + digits[jiao % 10] + '分' if jiao else '整')
    code = ''.join(str(rng.randint(0, 9)) for _ in range(20))
    mima = '<br>'.join(''.join(rng.choice('0123456789<>+-*/') for _ in range(27)) for _ in range(4))
    css = COMMON % ('A4 landscape', '页') + """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:8.5pt;color:#6b3a00}
      h1{text-align:center;color:#9b2d1f;font-size:20pt;letter-spacing:6px;margin:0;border-bottom:3px double #9b2d1f;width:60%;margin-left:20%}
      .g td,.g th{border:1px solid #9b2d1f;padding:3px} table.items th{border:1px solid #9b2d1f;font-weight:normal} table.items td{border-left:1px solid #9b2d1f;border-right:1px solid #9b2d1f}
      .v{color:#111;font-family:'DejaVu Sans Mono','WenQuanYi Micro Hei'}"""
    body = '''<h1>%s</h1><p style="text-align:right">发票代码：<span class="v">%s</span> 发票号码：<span class="v">%s</span><br>%s：<span class="v">%s</span></p>
    <table class="g"><tr><td style="width:4%%">购<br>买<br>方</td><td style="width:56%%">名　　称：<span class="v">%s</span><br>纳税人识别号：<span class="v">无（境外）</span><br>地址、电话：<span class="v">%s</span></td>
    <td style="width:4%%">密<br>码<br>区</td><td class="v" style="font-size:7pt">%s</td></tr></table>
    <table class="items g"><tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>%s
    <tr><td colspan="5">合　　计</td><td class="r v">¥%s</td><td></td><td class="r v">¥%s</td></tr>
    <tr><td colspan="2">价税合计（大写）</td><td colspan="4" class="v">ⓧ %s</td><td colspan="2" class="v">（小写）¥%s</td></tr></table>
    <table class="g"><tr><td style="width:4%%">销<br>售<br>方</td><td>名　　称：<span class="v">%s</span><br>纳税人识别号：<span class="v">%s</span><br>地址、电话：<span class="v">%s</span></td><td>备注</td><td class="v">%s%s</td></tr></table>
    <p>收款人：王丽　复核：陈刚　开票人：李娜　销售方：（章）</p>''' % (
        title(doc), code[:12], doc['number'], T(doc, 'date'), dstr(doc), E(b['name']), E(' '.join(b['addr'])), mima,
        rows, money(doc['subtotal'] - doc['discount'] + doc['shipping'], doc, False), money(tax_total, doc, False),
        cn_upper(doc['total']), money(doc['total'], doc, False), E(s['name']), E(s['taxid']), E(' '.join(s['addr'])),
        ('折扣 -¥%s ' % money(doc['discount'], doc, False)) if doc['discount'] else '', ('运费 ¥%s' % money(doc['shipping'], doc, False)) if doc['shipping'] else '')
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)


# ---------------- Japanese 請求書
def build_seikyu(doc, rng):
    s, b = doc['supplier'], doc['buyer']
    rows = ''.join('<tr><td>%s</td><td class="r">%s</td><td class="r">%s</td><td class="r">%s</td></tr>' % (
        E(l['desc']), l['qty'], money(l['unit'], doc, False), money(l['amount'], doc, False)) for l in doc['lines'])
    extra = ''
    if doc['discount']: extra += '<tr><td>値引</td><td class="r">-%s</td></tr>' % money(doc['discount'], doc, False)
    if doc['shipping']: extra += '<tr><td>送料</td><td class="r">%s</td></tr>' % money(doc['shipping'], doc, False)
    tax = ''.join('<tr><td>%s対象 消費税</td><td class="r">%s</td></tr>' % (lab.split()[-1], money(t, doc, False)) for lab, t in doc['taxes'])
    css = COMMON % ('A4', '頁') + """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt}
      h1{text-align:center;font-size:22pt;letter-spacing:12px;margin:0 0 14px 0}
      .big{border:2px solid #000;font-size:16pt;padding:6px;width:60%} table.items th{background:#e8e8e8;border:1px solid #555;padding:4px}
      table.items td{border:1px solid #999} .stamp{border:2px solid #c00;color:#c00;width:46px;height:46px;border-radius:23px;text-align:center;font-size:9pt;line-height:1.1;padding-top:8px;display:inline-block}"""
    body = '''<h1>%s</h1><table><tr><td style="width:55%%"><span style="font-size:13pt;border-bottom:1px solid #000">%s　御中</span><br>%s<br><br>下記の通りご請求申し上げます。
    <div class="big">ご請求金額　%s（税込）</div></td><td class="r">%s：%s<br>%s：%s<br><br><b>%s</b><br>%s<br>%s：%s<br><span class="stamp">%s<br>之印</span></td></tr></table>
    <table class="items" style="margin-top:12px"><tr><th>品名</th><th>数量</th><th>単価</th><th>金額</th></tr>%s</table>
    <table class="tot"><tr><td>小計</td><td class="r">%s</td></tr>%s%s<tr><td><b>合計</b></td><td class="r"><b>%s</b></td></tr></table>
    <p>お振込先：みらい銀行 本店営業部 普通 %07d<br>お振込手数料は貴社にてご負担願います。</p>''' % (
        title(doc), E(b['name']), E(' '.join(b['addr'])), money(doc['total'], doc), T(doc, 'date'), dstr(doc), T(doc, 'no'), doc['number'],
        E(s['name']), E(' '.join(s['addr'])), T(doc, 'taxid'), E(s['taxid']), E(s['name'][:2]), rows, money(doc['subtotal'], doc), extra, tax, money(doc['total'], doc), rng.randint(0, 9999999))
    return '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body>%s</body></html>' % (css, body)


def to_pdf(htmltext, out, engine='weasy', name='doc'):
    if engine == 'weasy':
        import weasyprint
        weasyprint.HTML(string=htmltext).write_pdf(out)
    else:
        hp = os.path.join(TMP, name + '.html')
        with open(hp, 'w', encoding='utf-8') as f: f.write(htmltext)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf=' + out, 'file://' + hp], check=True, capture_output=True, timeout=120)


def render(doc, style, out, engine, rng, name='doc'):
    if style == 'cfdi': h = build_cfdi(doc, rng)
    elif style == 'fapiao': h = build_fapiao(doc, rng)
    elif style == 'seikyu': h = build_seikyu(doc, rng)
    else: h = build_html(doc, style, rng)
    to_pdf(h, out, engine, name)
