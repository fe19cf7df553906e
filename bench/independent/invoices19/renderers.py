# renderers: each takes a doc dict and writes a PDF (or a source file for soffice)
import html, os, subprocess
from decimal import Decimal
from common import *
from docs import LBL, CUR_SYM, OUR
E = html.escape
NONPRICE = ('packing_list', 'delivery_note')

def present(doc, sym=None):
    m = lambda a: fmt(a, doc['ns'])
    kind = doc['kind']
    if doc['region'] == 'IN':
        anydisc = any(l['disc'] for l in doc['lines'])
        if kind in NONPRICE:
            cols = ['S.No', 'Description of Goods', 'HSN', 'Qty', 'Unit', 'Bales/Ctn']
            rows = [[str(i+1), l['desc'], l['hsn'], str(l['qty']), l['unit'], str(max(1, l['qty'] // 25))] for i, l in enumerate(doc['lines'])]
            return cols, rows, [], None
        if kind == 'price_list':
            cols = ['S.No', 'Item', 'HSN', 'GST %', 'Unit', 'Rate (Rs.)']
            rows = [[str(i+1), l['desc'], l['hsn'], f"{l['gst']}%", l['unit'], m(l['rate'])] for i, l in enumerate(doc['lines'])]
            return cols, rows, [], None
        cols = ['S.No', 'Description of Goods', 'HSN/SAC', 'Qty', 'Unit', 'Rate'] + (['Disc %'] if anydisc else []) + ['Amount']
        rows = []
        for i, l in enumerate(doc['lines']):
            r = [str(i+1), l['desc'], l['hsn'], str(l['qty']), l['unit'], m(l['rate'])] + ([f"{l['disc']}" if l['disc'] else ''] if anydisc else []) + [m(l.get('amt_print', l['amt']))]
            rows.append(r)
        summ = [('Taxable Value' if kind != 'bill_of_supply' else 'Sub Total', m(doc['sub']))] + [(a, m(b)) for a, b in doc['extra']] + [(a, m(b)) for a, b in doc['taxes']]
        if doc['roundoff']: summ.append(('Round Off', ('+' if doc['roundoff'] > 0 else '') + m(doc['roundoff'])))
        return cols, rows, summ, ('Grand Total', (sym + ' ' if sym else '') + m(doc['total']))
    L = LBL[doc['lang']]
    if kind in NONPRICE:
        cols = [L['desc'], L['qty'], 'Unit', 'Cartons', 'G.W. (kg)']
        rows = [[l['desc'], str(l['qty']), l['unit'], str(max(1, l['qty'] // 20)), f"{max(1, l['qty'] // 20) * 11.5:.1f}"] for l in doc['lines']]
        return cols, rows, [], None
    cols = ['#', L['desc'], L['qty'], {'en': 'Unit', 'zh': '单位 Unit', 'es': 'Ud.', 'it': 'U.M.', 'de': 'Einheit', 'fr': 'Unité', 'nl': 'Eenheid', 'pl': 'J.m.', 'ja': '単位'}[doc['lang']], L['unit'], L['amt']]
    rows = [[str(i+1), l['desc'], str(l['qty']), l['unit'], m(l['rate']), m(l.get('amt_print', l['amt']))] for i, l in enumerate(doc['lines'])]
    summ = [(L['sub'], m(doc['sub']))]
    for k, v in doc['extra']: summ.append((L[k], m(v)))
    for a, b in doc['taxes']: summ.append((a, m(b)))
    if doc.get('vat') == 0 and doc['lang'] in ('es', 'it', 'de', 'fr', 'nl', 'pl'):
        summ.append(({'es': 'Exento de IVA - exportación (art. 21 LIVA)', 'it': 'Non imponibile art. 8 c.1 lett. a) DPR 633/72', 'de': 'Steuerfreie Ausfuhrlieferung § 4 Nr. 1a UStG',
                      'fr': 'Exonération de TVA, art. 262 I du CGI', 'nl': 'BTW verlegd / export 0%', 'pl': 'Eksport towarów - stawka 0%'}[doc['lang']], ''))
    cur = doc['currency']
    gt = m(doc['total'])
    gts = {'JPY': '¥' + gt, 'USD': gt + ' USD', 'EUR': gt + ' €', 'GBP': '£' + gt, 'PLN': gt + ' PLN'}[cur]
    if sym == 'code': gts = gt + ' ' + cur
    return cols, rows, summ, (L['total'], gts)

def party_html(p):
    return f"<b>{E(p['name'])}</b>" + (f"<br>{E(p['cn'])}" if p.get('cn') else '') + ''.join('<br>' + E(a) for a in p['addr']) + (f"<br>{E(p['tax'])}" if p.get('tax') else '')

BASECSS = "@page{size:A4;margin:12mm} body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9pt;color:#111} table{border-collapse:collapse;width:100%} td,th{padding:3px 4px;vertical-align:top} .r{text-align:right} thead{display:table-header-group}"

def html_tally(doc):
    cols, rows, summ, grand = present(doc, sym='₹')
    s, b = doc['supplier'], doc['buyer']
    nr = [i for i, c in enumerate(cols) if c in ('Qty', 'Rate', 'Amount', 'Disc %', 'Rate (Rs.)', 'Bales/Ctn')]
    css = BASECSS + " .box{border:1px solid #000} .box td,.box th{border:1px solid #000} th{background:#fff;font-weight:bold} h1{text-align:center;font-size:13pt;margin:2px} .sm{font-size:7.5pt}"
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><h1>{doc['title']}</h1><div class='sm' style='text-align:right'>(ORIGINAL FOR RECIPIENT)</div>"]
    h.append(f"<table class='box'><tr><td rowspan=3 style='width:50%'>{party_html(s)}<br>State Name : {STATE.get(s['state'],'')}, Code : {s['state']:02d}</td><td>Invoice No.<br><b>{E(doc['number'])}</b></td><td>Dated<br><b>{fdate(doc['date'], doc['ds'])}</b></td></tr>"
             f"<tr><td>Delivery Note<br>&nbsp;</td><td>Mode/Terms of Payment<br>{R_terms(doc)}</td></tr><tr><td>Dispatched through<br>{doc.get('transport','By Road')}</td><td>Destination<br>{E(b['addr'][-1].split(',')[0])}</td></tr>"
             f"<tr><td colspan=3>Buyer (Bill to)<br>{party_html(b)}<br>State Name : {STATE.get(b.get('state',8),'')}, Code : {b.get('state',8):02d}</td></tr></table>")
    h.append("<table class='box' style='margin-top:-1px'><thead><tr>" + ''.join(f"<th>{E(c)}</th>" for c in cols) + "</tr></thead><tbody>")
    for r in rows: h.append('<tr>' + ''.join(f"<td class='{'r' if i in nr else ''}'>{E(v)}</td>" for i, v in enumerate(r)) + '</tr>')
    for a, v in summ: h.append(f"<tr><td></td><td class='r'><i>{E(a)}</i></td>" + '<td></td>' * (len(cols) - 3) + f"<td class='r'>{E(v)}</td></tr>")
    if grand: h.append(f"<tr><td></td><td class='r'><b>{grand[0]}</b></td>" + '<td></td>' * (len(cols) - 3) + f"<td class='r'><b>{E(grand[1])}</b></td></tr>")
    h.append('</tbody></table>')
    if grand:
        h.append(f"<div class='box' style='padding:4px;margin-top:-1px'>Amount Chargeable (in words)<br><b>INR {E(doc['words'].replace('Rupees ',''))}</b></div>")
        if doc.get('hsn_sum') and doc['kind'] != 'bill_of_supply':
            h.append("<table class='box sm' style='margin-top:-1px'><tr><th>HSN/SAC</th><th>Taxable Value</th><th>Rate</th><th>Tax Amount</th></tr>")
            for (hs, g), v in doc['hsn_sum'].items():
                h.append(f"<tr><td>{hs}</td><td class='r'>{fmt(v,'in')}</td><td class='r'>{g}%</td><td class='r'>{fmt(D(v*g/100),'in')}</td></tr>")
            h.append('</table>')
    h.append(f"<table class='box sm' style='margin-top:-1px'><tr><td style='width:55%'>Declaration<br>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.<br><br>Company's Bank Details: {bank(doc)}</td><td class='r'><b>for {E(s['name'])}</b><br><br><br>Authorised Signatory</td></tr></table>"
             "<p class='sm' style='text-align:center'>SUBJECT TO JAIPUR JURISDICTION<br>This is a Computer Generated Invoice</p></body></html>")
    return ''.join(h)

STATE = {8: 'Rajasthan', 6: 'Haryana', 33: 'Tamil Nadu', 24: 'Gujarat', 3: 'Punjab', 27: 'Maharashtra'}
def R_terms(doc): return {0: 'Immediate', 1: '15 Days', 2: '30 Days', 3: 'Advance'}[len(doc['number']) % 4]
def bank(doc):
    n = sum(map(ord, doc['supplier']['name']))
    return f"{['State Bank of India','Punjab National Bank','Bank of Baroda','HDFC Bank','ICICI Bank'][n % 5]}, A/c No. {n*7919 % 10**9 + 3*10**10}, IFSC {['SBIN','PUNB','BARB','HDFC','ICIC'][n % 5]}000{n % 9000 + 1000}"

def html_busy(doc):
    cols, rows, summ, grand = present(doc, sym='Rs.')
    s, b = doc['supplier'], doc['buyer']
    css = BASECSS.replace('9pt', '8.5pt') + " .hd{background:#1d3f73;color:#fff;padding:6px} .hd h2{margin:0;font-size:15pt} table.it th{background:#dde4f0;border-bottom:1.5px solid #1d3f73} table.it td{border-bottom:0.5px solid #bbb} .tl{font-size:8pt;color:#333}"
    nr = set(range(3, len(cols)))
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='hd'><h2>{E(s['name'])}</h2>{E(', '.join(s['addr']))} | {E(s['tax'])}</div>"
         f"<h3 style='text-align:center;letter-spacing:3px'>{'GST INVOICE' if doc['title']=='TAX INVOICE' else doc['title']}</h3>"
         f"<table><tr><td style='width:60%;border:1px solid #999'><span class='tl'>Billed to :</span><br>{party_html(b)}</td><td style='border:1px solid #999'>Invoice No. : <b>{E(doc['number'])}</b><br>Date : <b>{fdate(doc['date'], doc['ds'])}</b><br>Place of Supply : {STATE.get(b.get('state',8),'')} ({b.get('state',8):02d})<br>Reverse Charge : N</td></tr></table><br>"
         "<table class='it'><thead><tr>" + ''.join(f"<th>{E(c)}</th>" for c in cols) + "</tr></thead>"]
    for r in rows: h.append('<tr>' + ''.join(f"<td class='{'r' if i in nr else ''}'>{E(v)}</td>" for i, v in enumerate(r)) + '</tr>')
    h.append("</table><table style='width:50%;margin-left:50%;margin-top:8px'>")
    for a, v in summ: h.append(f"<tr><td>{E(a)}</td><td class='r'>{E(v)}</td></tr>")
    if grand: h.append(f"<tr style='border-top:2px solid #000'><td><b>{grand[0]}</b></td><td class='r'><b>{E(grand[1])}</b></td></tr>")
    h.append('</table>')
    if grand: h.append(f"<p>{E(doc['words'])}</p>")
    h.append(f"<p class='tl'>Terms &amp; Conditions<br>E.&amp; O.E.<br>1. Goods once sold will not be taken back.<br>2. Interest @ 18% p.a. will be charged if the payment is not made within the stipulated time.<br>3. Subject to local jurisdiction only.</p><p style='text-align:right'>for {E(s['name'])}<br><br><br>Authorised Signatory</p></body></html>")
    return ''.join(h)

def html_portal(doc):
    cols, rows, summ, grand = present(doc, sym='₹')
    s, b = doc['supplier'], doc['buyer']
    css = BASECSS + " body{font-family:'DejaVu Sans'} .top{display:flex;justify-content:space-between;border-bottom:3px solid #f08a24;padding-bottom:6px} .logo{font-size:18pt;font-weight:bold;color:#f08a24} table.it th{background:#f3f3f3;text-align:left;border:1px solid #ccc} table.it td{border:1px solid #ddd} .muted{color:#666;font-size:7.5pt}"
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class='top'><div class='logo'>{E(s['name'].split()[0])}<span style='color:#333'>{E(s['name'].split()[1] if len(s['name'].split())>1 else '')}</span></div><div class='r'><b>Tax Invoice/Bill of Supply/Cash Memo</b><br><span class='muted'>(Original for Recipient)</span></div></div>"
         f"<table style='margin-top:8px'><tr><td style='width:50%'><b>Sold By :</b><br>{party_html(s)}</td><td class='r'><b>Billing Address :</b><br>{party_html(b)}</td></tr>"
         f"<tr><td>Order Number: {doc['order']}<br>Order Date: {fdate(doc['date'], doc['ds'])}</td><td class='r'>Invoice Number : {E(doc['number'])}<br>Invoice Date : {fdate(doc['date'], doc['ds'])}<br>Place of supply: {STATE.get(b.get('state',8),'')}</td></tr></table>"
         "<table class='it' style='margin-top:8px'><thead><tr>" + ''.join(f"<th>{E(c)}</th>" for c in cols) + "</tr></thead>"]
    for r in rows: h.append('<tr>' + ''.join(f"<td class='{'r' if i>=3 else ''}'>{E(v)}</td>" for i, v in enumerate(r)) + '</tr>')
    for a, v in summ: h.append(f"<tr><td colspan={len(cols)-1} class='r'>{E(a)}</td><td class='r'>{E(v)}</td></tr>")
    h.append(f"<tr><td colspan={len(cols)-1} class='r'><b>TOTAL:</b></td><td class='r'><b>{E(grand[1])}</b></td></tr></table><p><b>Amount in Words:</b><br>{E(doc['words'])}</p>"
             f"<p class='r'>For {E(s['name'])}:<br><br><i>Authorized Signatory</i></p><p class='muted'>Whether tax is payable under reverse charge - No<br>Downloaded from buyer dashboard. This is a system generated invoice and does not require a physical signature.</p></body></html>")
    return ''.join(h)

def html_generic(doc, skin=0):
    cols, rows, summ, grand = present(doc)
    s, b, L = doc['supplier'], doc['buyer'], LBL[doc['lang']]
    accent = ['#2a6f5e', '#7a1f2b', '#333', '#264d99'][skin % 4]
    css = BASECSS + f" h1{{color:{accent};font-size:20pt;margin:0 0 6px 0}} table.it th{{border-bottom:2px solid {accent};text-align:left}} table.it td{{border-bottom:0.5px solid #ccc}} .tot td{{font-size:10.5pt}} .foot{{position:fixed;bottom:0;font-size:7pt;color:#555}}"
    title = doc['title']
    bname = E(b['name']) + (' 御中' if doc['lang'] == 'ja' else '')
    nr = set(range(2, len(cols)))
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><table><tr><td style='width:55%'><h1>{E(title)}</h1>{party_html(s)}</td><td class='r'>{E(L['no'])}: <b>{E(doc['number'])}</b><br>{E(L['date'])}: <b>{fdate(doc['date'], doc['ds'])}</b>"
         + (f"<br>{E(L['due'])}: {fdate(doc['date'] + __import__('datetime').timedelta(days=30), doc['ds'])}" if L['due'] and doc['kind'] not in NONPRICE else '') + "</td></tr></table><br>"
         f"<div style='border-left:3px solid {accent};padding-left:8px'>{E(L['bill']) if doc['lang']!='ja' else ''}<br><b>{bname}</b><br>{'<br>'.join(E(a) for a in b['addr'])}<br>{E(b.get('tax',''))}</div><br>"
         "<table class='it'><thead><tr>" + ''.join(f"<th>{E(c)}</th>" for c in cols) + "</tr></thead>"]
    for r in rows: h.append('<tr>' + ''.join(f"<td class='{'r' if i in nr else ''}'>{E(v)}</td>" for i, v in enumerate(r)) + '</tr>')
    h.append("</table><table class='tot' style='width:55%;margin-left:45%;margin-top:10px'>")
    for a, v in summ: h.append(f"<tr><td>{E(a)}</td><td class='r'>{E(v)}</td></tr>")
    if grand: h.append(f"<tr><td style='border-top:2px solid {accent}'><b>{E(grand[0])}</b></td><td class='r' style='border-top:2px solid {accent}'><b>{E(grand[1])}</b></td></tr>")
    h.append(f"</table><p style='margin-top:18px'>{E(L['terms'])}</p><div class='foot'>{E(s['name'])} · {E(' · '.join(s['addr']))} · {E(s.get('tax',''))}</div></body></html>")
    return ''.join(h)

def html_cnvat(doc):
    # 增值税普通发票 style, CNY, 13% tax
    s, b = doc['supplier'], doc['buyer']
    css = BASECSS + " body{color:#7a3b12} .g td,.g th{border:1px solid #b0643a} h1{text-align:center;letter-spacing:6px;font-size:17pt;margin:0} .c{color:#000}"
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body><h1>浙江增值税普通发票</h1><p style='text-align:center'>发 票 联</p>"
         f"<table><tr><td>发票代码: <span class='c'>{doc['code']}</span></td><td>发票号码: <span class='c'>{E(doc['number'])}</span></td><td class='r'>开票日期: <span class='c'>{fdate(doc['date'],'cjk')}</span></td></tr></table>"
         f"<table class='g'><tr><td style='width:8%'>购买方</td><td class='c'>名称: {E(b['name'])}<br>纳税人识别号: {E(b.get('cnid','91330782MA28F4LX2T'))}<br>地址、电话: {E(b['addr'][0])}<br>开户行及账号: {E(b.get('bankcn','义乌农村商业银行 201000219874113'))}</td><td style='width:8%'>密码区</td><td class='c' style='font-family:DejaVu Sans Mono;font-size:7pt'>{doc['cipher']}</td></tr></table>"
         "<table class='g'><tr><th>货物或应税劳务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>"]
    for l in doc['lines']:
        h.append(f"<tr class='c'><td class='c'>{E(l['desc'])}</td><td class='c'>{l.get('spec','')}</td><td class='c'>{l['unit']}</td><td class='r c'>{l['qty']}</td><td class='r c'>{fmt(l['rate'],'us')}</td><td class='r c'>{fmt(l.get('amt_print', l['amt']),'us')}</td><td class='r c'>13%</td><td class='r c'>{fmt(l['tax'],'us')}</td></tr>")
    h.append(f"<tr><td>合 计</td><td></td><td></td><td></td><td></td><td class='r c'>¥{fmt(doc['sub'],'us')}</td><td></td><td class='r c'>¥{fmt(doc['taxes'][0][1],'us')}</td></tr>"
             f"<tr><td>价税合计（大写）</td><td colspan=4 class='c'>ⓧ {cn_upper(doc['total'])}</td><td colspan=3 class='c'>（小写）¥{fmt(doc['total'],'us')}</td></tr></table>"
             f"<table class='g'><tr><td style='width:8%'>销售方</td><td class='c'>名称: {E(s['cn'])}<br>纳税人识别号: 91330621MA2B7K3X5Q<br>地址、电话: 绍兴市柯桥区柯桥大道58号 0575-8412 6630<br>开户行及账号: 中国工商银行柯桥支行 1211 0130 0920 0187 766</td><td style='width:8%'>备注</td><td></td></tr></table>"
             f"<p>收款人: 王丽　　复核: 陈建　　开票人: 赵敏　　销售方: (章)</p></body></html>")
    return ''.join(h)

def weasy(html_s, out):
    import weasyprint
    weasyprint.HTML(string=html_s).write_pdf(out)

def chromium(html_s, out, tmpdir):
    src = out[:-4] + '.html'
    open(src, 'w').write(html_s)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={tmpdir}/chr', f'--print-to-pdf={out}', 'file://' + src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
