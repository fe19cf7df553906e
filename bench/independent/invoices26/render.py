# Renderers: HTML (chromium / weasyprint), reportlab, fpdf2, flat-ODS and DOCX for LibreOffice.
import os, subprocess, html, shutil
from decimal import Decimal as D
from model import L, money, q2
from gen_data import fnum

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, 'tmp')
DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

GENERIC = {'en': ('Document No.', 'Date', 'Valid until', 'Total'), 'de': ('Belegnr.', 'Datum', 'Gültig bis', 'Gesamtbetrag'),
           'fr': ('N° de document', 'Date', "Valable jusqu'au", 'Total TTC'), 'it': ('Numero', 'Data', 'Valido fino al', 'Totale'),
           'es': ('Número', 'Fecha', 'Válido hasta', 'Total'), 'nl': ('Nummer', 'Datum', 'Geldig tot', 'Totaal'),
           'pl': ('Numer', 'Data', 'Ważne do', 'Razem'), 'ja': ('番号', '発行日', '有効期限', '合計'), 'zh': ('单号', '日期', '有效期', '合计')}

def labels(doc):
    t = dict(L[doc.lang])
    if doc.doc_type not in ('invoice', 'tax_invoice', 'receipt'):
        g = GENERIC[doc.lang]
        t['no'], t['date'], t['due'] = g[0], g[1], g[2]
        if doc.doc_type != 'credit_note': t['total'] = g[3]
        if doc.doc_type in ('packing_list', 'delivery_note', 'other', 'purchase_order', 'quotation'):
            t['pay'] = {'en': 'Please quote our reference on all correspondence.', 'de': 'Bitte geben Sie bei Rückfragen unsere Belegnummer an.',
                        'es': 'Precios sin IVA, válidos salvo error tipográfico.', 'nl': 'Controleer de goederen bij ontvangst.',
                        'ja': '本書は請求書ではありません。'}.get(doc.lang, t['pay'])
    return t

def title(doc):
    return L[doc.lang][doc.doc_type]

def summary(doc, ascii_only=False):
    """list of (label, value, bold) for the totals block"""
    t = labels(doc); fm = doc.fm; cur = doc.currency; out = []
    if doc.doc_type in ('packing_list', 'delivery_note', 'other'):
        return out
    out.append((t['subtotal'], doc.sub_s, False))
    if doc.disc: out.append((f"{t['discount']} {doc.discount_pct}%", '-' + fm(doc.disc), False))
    if doc.ship: out.append((t['shipping'], fm(doc.ship), False))
    if doc.regime == 'vat':
        for rate, base, tax in doc.taxes:
            rs = (fnum(rate, doc.loc).rstrip('0').rstrip(',.') if rate != rate.to_integral() else str(int(rate)))
            out.append((f"{t['vat']} {rs}%" + (f" ({fm(base)})" if len(doc.taxes) > 1 else ''), fm(tax), False))
    elif doc.regime == 'gst':
        for name, _, tax in doc.taxes: out.append((name, fm(tax), False))
        out.append(('Round Off', ('' if doc.roundoff >= 0 else '(-)') + fm(abs(doc.roundoff)), False))
    elif doc.regime == 'jp':
        for rate, base, tax in doc.taxes:
            out.append((f"{int(rate)}%対象 {fm(base)}円  消費税", fm(tax), False))
    elif doc.regime == 'cn':
        out.append((t['vat'], fm(doc.taxes[0][2]), False))
    sym = money(0, cur, doc.loc, ascii_only=ascii_only).replace('0.00', '').replace('0,00', '').replace('0', '').strip()
    out.append((f"{t['total']} ({cur})" if doc.regime != 'jp' else '合計金額（税込）', doc.total_s, True))
    return out

def party_lines(p, lang, label_taxid=None):
    lines = [p['name']] + list(p['addr'])
    if p.get('country') and p['country'] not in ' '.join(p['addr']): lines.append(p['country'])
    if p.get('taxid') and label_taxid: lines.append(f"{label_taxid}: {p['taxid']}")
    return lines

# ---------------------------------------------------------------- HTML
CSS_BASE = """@page { size: A4; margin: 14mm 13mm 16mm 13mm; }
body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; color: #222; }
table { border-collapse: collapse; width: 100%; } td, th { padding: 3px 5px; vertical-align: top; }
.r { text-align: right; } .c { text-align: center; } .b { font-weight: bold; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
"""
STYLES = {
 'tally': """body{font-size:8.5pt} .box{border:1px solid #000} .box td,.box th{border:1px solid #000} h1{text-align:center;font-size:12pt;margin:0 0 4px 0}
             .items th{background:#fff;font-weight:bold} .words{border:1px solid #000;padding:4px;border-top:none} .foot{font-size:7.5pt}""",
 'zoho': """h1{font-size:22pt;color:#333;font-weight:300;text-align:right;margin:0} .items th{background:#3c3d3a;color:#fff;padding:6px}
            .items td{border-bottom:1px solid #ddd;padding:6px} .tot td{padding:4px 6px} .bal{background:#f5f4f3;font-weight:bold}""",
 'xero': """h1{font-size:20pt;font-weight:normal;margin:0 0 10px 0} .items th{border-bottom:1px solid #000;text-align:left;font-weight:bold}
            .items td{border-bottom:1px solid #ccc} .tot td{padding:2px 5px} .fine{font-size:7.5pt;color:#555;margin-top:30px}""",
 'freee': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt} h1{text-align:center;font-size:18pt;letter-spacing:8px;margin:0 0 12px 0}
             .items th{background:#e8eef4;border:1px solid #9aa;font-weight:normal} .items td{border:1px solid #bbb}
             .amt{border-bottom:2px solid #333;font-size:14pt;padding:4px 10px} .cust{font-size:12pt;border-bottom:1px solid #333}""",
 'fapiao': """body{font-family:'WenQuanYi Micro Hei',sans-serif;color:#6b3a1e;font-size:8.5pt} h1{text-align:center;font-size:18pt;color:#8a4a22;letter-spacing:3px;margin:0;border-bottom:3px double #8a4a22;display:inline-block}
              .grid td,.grid th{border:1px solid #8a4a22} .v{color:#1d2a6b;font-family:'DejaVu Sans Mono','WenQuanYi Micro Hei'} .items td{border-top:none;border-bottom:none}""",
 'modern': """h1{font-size:18pt;color:#1f5f8b;margin:0} .items th{background:#1f5f8b;color:#fff;text-align:left} .items td{border-bottom:1px solid #e3e3e3}
             .tot td{padding:3px 5px} .bal td{border-top:2px solid #1f5f8b;font-weight:bold}""",
}

def e(s): return html.escape(str(s))

def html_doc(doc, style):
    t = labels(doc); fm = doc.fm; cur = doc.currency; sup = doc.supplier; buy = doc.buyer
    css = CSS_BASE + STYLES[style]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    summ = summary(doc)
    no_price = doc.doc_type in ('packing_list', 'delivery_note')
    if style == 'tally':
        h.append(f"<h1>{e(title(doc).title() if doc.doc_type != 'tax_invoice' else 'Tax Invoice')}</h1>")
        h.append("<table class='box'><tr><td rowspan=2 style='width:55%'>")
        h.append('<b>' + e(sup['name']) + '</b><br>' + '<br>'.join(e(a) for a in sup['addr']) +
                 f"<br>GSTIN/UIN: {e(sup['taxid'])}<br>State Name : {e(sup['state'])}, Code : {sup['sc']}")
        h.append(f"</td><td>Invoice No.<br><b>{e(doc.number)}</b></td><td>Dated<br><b>{e(doc.date_str)}</b></td></tr>")
        h.append(f"<tr><td>Delivery Note<br>&nbsp;</td><td>Mode/Terms of Payment<br>30 Days</td></tr>")
        h.append("<tr><td>Buyer (Bill to)<br><b>" + e(buy['name']) + '</b><br>' + '<br>'.join(e(a) for a in buy['addr']) +
                 f"<br>VAT No.: {e(buy['taxid'])}</td><td>Buyer's Order No.<br>PO-{doc.id:04d}</td><td>Dispatched through<br>Sea / FCL</td></tr></table>")
        cols = "<th>Sl No.</th><th>Description of Goods</th><th>HSN/SAC</th><th>Quantity</th><th>Rate</th><th>per</th><th>Amount</th>"
        h.append(f"<table class='box items'><thead><tr>{cols}</tr></thead><tbody>")
        for k, r in enumerate(doc.rows, 1):
            h.append(f"<tr><td class=c>{k}</td><td><b>{e(r['desc'])}</b></td><td class=c>{r['hsn']}</td><td class=r><b>{r['qty_s']} {r['unit']}</b></td>"
                     f"<td class=r>{r['price_s']}</td><td>{r['unit']}</td><td class=r><b>{r['amount_s']}</b></td></tr>")
        if doc.doc_type != 'packing_list':
            for lab, val, b in summ[1:-1]:
                h.append(f"<tr><td></td><td class=r><i><b>{e(lab)}</b></i></td><td></td><td></td><td></td><td></td><td class=r>{e(val)}</td></tr>")
            h.append(f"<tr><td></td><td class=r>Total</td><td></td><td class=r><b>{sum(r['qty'] for r in doc.rows)} Nos</b></td><td></td><td></td>"
                     f"<td class=r><b>₹ {doc.total_s}</b></td></tr>")
        h.append("</tbody></table>")
        if doc.words:
            h.append(f"<div class='words'>Amount Chargeable (in words) <span style='float:right'>E. &amp; O.E</span><br><b>{e(doc.words)}</b></div>")
            h.append("<table class='box' style='margin-top:4px'><tr><th>HSN/SAC</th><th>Taxable Value</th>" +
                     ("<th>IGST Rate</th><th>IGST Amount</th>" if doc.igst else "<th>CGST Rate</th><th>CGST Amount</th><th>SGST/UTGST Rate</th><th>SGST/UTGST Amount</th>") +
                     "<th>Total Tax Amount</th></tr>")
            for hsn, rate, base, tax in doc.hsn_summary:
                if doc.igst: mid = f"<td class=r>{int(rate)}%</td><td class=r>{fm(tax)}</td>"
                else: mid = f"<td class=r>{fnum(rate/2, 'en').rstrip('0').rstrip('.')}%</td><td class=r>{fm(tax/2)}</td><td class=r>{fnum(rate/2, 'en').rstrip('0').rstrip('.')}%</td><td class=r>{fm(tax/2)}</td>"
                h.append(f"<tr><td>{hsn}</td><td class=r>{fm(base)}</td>{mid}<td class=r>{fm(tax)}</td></tr>")
            h.append("</table>")
        h.append(f"<table class='box foot' style='margin-top:4px'><tr><td style='width:55%'>Company's PAN : {sup['taxid'][2:12]}<br><u>Declaration</u><br>We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.</td>"
                 f"<td class=r>for {e(sup['name'])}<br><br><br><br>Authorised Signatory</td></tr></table>")
        h.append("<p class='c foot'>SUBJECT TO JURISDICTION<br>This is a Computer Generated Invoice</p>")
    elif style == 'freee':
        h.append(f"<h1>{e(title(doc))}</h1>")
        h.append("<table><tr><td style='width:55%'>")
        h.append(f"<div class='cust'>{e(buy['name'])} 御中</div><br>{'下記の通りお見積申し上げます。' if doc.doc_type == 'quotation' else e(t['thanks'])}<br><br>")
        if doc.doc_type not in ('packing_list', 'delivery_note', 'other'):
            h.append(f"<div class='amt'>{'お見積金額' if doc.doc_type == 'quotation' else 'ご請求金額'} &nbsp; <b>¥{doc.total_s} -</b></div>")
        h.append(f"</td><td class='r'>{t['date']}：{e(doc.date_str)}<br>{t['no']}：{e(doc.number)}<br><br><b>{e(sup['name'])}</b><br>" +
                 '<br>'.join(e(a) for a in sup['addr']) + f"<br>TEL {sup['phone']}<br>登録番号：{sup['taxid']}</td></tr></table><br>")
        h.append("<table class='items'><thead><tr><th>品目</th><th>数量</th><th>単価</th><th>金額</th></tr></thead><tbody>")
        for r in doc.rows:
            mark = ' ※' if r['rate'] == 8 else ''
            h.append(f"<tr><td>{e(r['desc'])}{mark}</td><td class=r>{r['qty_s']}</td><td class=r>{r['price_s']}</td><td class=r>{r['amount_s']}</td></tr>")
        h.append("</tbody></table><table style='width:60%;margin-left:40%;margin-top:6px' class='items'>")
        h.append(f"<tr><td>小計</td><td class=r>{doc.sub_s}</td></tr>")
        for rate, base, tax in doc.taxes:
            h.append(f"<tr><td>{int(rate)}%対象</td><td class=r>{fm(base)}</td></tr><tr><td>消費税（{int(rate)}%）</td><td class=r>{fm(tax)}</td></tr>")
        h.append(f"<tr><td><b>合計</b></td><td class=r><b>¥{doc.total_s}</b></td></tr></table>")
        h.append("<p>※は軽減税率（8%）対象品目です。<br>" + e(t['pay']) + "<br>お振込手数料は貴社にてご負担ください。</p>")
    elif style == 'fapiao':
        h.append(f"<div class=c><h1>{e(sup['addr'][0][:2])}{e(title(doc))}</h1><br>发 票 联</div>")
        h.append(f"<div class=r>发票代码：<span class=v>{doc.code}</span><br>发票号码：<span class=v>{doc.number}</span><br>{t['date']}：<span class=v>{e(doc.date_str)}</span><br>校验码：<span class=v>{doc.code[:5]} {doc.number[:5]} {doc.code[5:10]} {doc.number[3:8]}</span></div>")
        h.append(f"<table class='grid'><tr><td rowspan=4 style='width:3%'>购<br>买<br>方</td><td>名 称：<span class=v>{e(buy['name'].upper())}</span></td><td rowspan=4 style='width:3%'>密<br>码<br>区</td><td rowspan=4 class=v style='font-size:7pt'>03*5&gt;+8/1&lt;98-4*+6/2&lt;&lt;7-0<br>6+*13/&gt;82&lt;07*+-5&gt;&gt;4/19<br>-*4&lt;6+0&gt;/7782*93-+&lt;1<br>9/1*&lt;&gt;-61*40+&gt;/27&lt;3*</td></tr>"
                 f"<tr><td>纳税人识别号：<span class=v>{buy['taxid'].replace(' ', '')}</span></td></tr><tr><td>地 址、电 话：<span class=v>{e(', '.join(buy['addr']))}</span></td></tr><tr><td>开户行及账号：</td></tr></table>")
        h.append("<table class='grid items'><thead><tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数 量</th><th>单 价</th><th>金 额</th><th>税率</th><th>税 额</th></tr></thead><tbody>")
        for r in doc.rows:
            h.append(f"<tr><td class=v>*日用杂品*{e(r['desc'])}</td><td></td><td class='c v'>{r['unit']}</td><td class='r v'>{r['qty_s']}</td><td class='r v'>{r['price_s']}</td>"
                     f"<td class='r v'>{r['amount_s']}</td><td class='c v'>13%</td><td class='r v'>{fm(r['tax'])}</td></tr>")
        h.append(f"<tr><td class=c>合 计</td><td></td><td></td><td></td><td></td><td class='r v'>¥{doc.sub_s}</td><td></td><td class='r v'>¥{fm(doc.taxes[0][2])}</td></tr>")
        h.append(f"<tr><td class=c>价税合计（大写）</td><td colspan=4 class=v>ⓧ {doc.words}</td><td colspan=3>（小写）<span class=v>¥{doc.total_s}</span></td></tr></tbody></table>")
        h.append(f"<table class='grid'><tr><td rowspan=4 style='width:3%'>销<br>售<br>方</td><td>名 称：<span class=v>{e(sup['name'])}</span></td><td rowspan=4 style='width:3%'>备<br>注</td><td rowspan=4></td></tr>"
                 f"<tr><td>纳税人识别号：<span class=v>{sup['taxid']}</span></td></tr><tr><td>地 址、电 话：<span class=v>{e(sup['addr'][0])} {sup['phone']}</span></td></tr><tr><td>{e(t['pay'])}</td></tr></table>")
        h.append("<p>收款人：李静 &nbsp;&nbsp;&nbsp; 复核：王海 &nbsp;&nbsp;&nbsp; 开票人：陈晓燕 &nbsp;&nbsp;&nbsp; 销售方：（章）</p>")
    else:  # zoho / xero / modern
        right = (f"<h1>{e(title(doc))}</h1><div class=r># {e(doc.number)}</div>") if style == 'zoho' else ''
        if style == 'zoho':
            h.append(f"<table><tr><td><b style='font-size:11pt'>{e(sup['name'])}</b><br>" + '<br>'.join(e(a) for a in sup['addr']) +
                     (f"<br>{sup.get('country', '')}" if sup.get('country') else '') + (f"<br>GSTIN {sup['taxid']}" if doc.region == 'in' else f"<br>Tax ID {sup['taxid']}") +
                     f"</td><td class=r>{right}</td></tr></table><br>")
            h.append(f"<table><tr><td style='width:60%'>{t['billto']}<br><b>{e(buy['name'])}</b><br>" + '<br>'.join(e(a) for a in buy['addr']) +
                     f"</td><td class=r>{t['date']} : {e(doc.date_str)}<br>Terms : Net 30<br>{t['due']} : {e(doc.due_str)}</td></tr></table><br>")
        else:
            h.append(f"<table><tr><td style='width:50%'><h1>{e(title(doc))}</h1><b>{e(buy['name'])}</b><br>" + '<br>'.join(e(a) for a in buy['addr']) +
                     f"</td><td style='width:22%'><b>{t['date']}</b><br>{e(doc.date_str)}<br><br><b>{t['no']}</b><br>{e(doc.number)}<br><br><b>{t['taxid']}</b><br>{e(sup['taxid'])}</td>"
                     f"<td>{e(sup['name'])}<br>" + '<br>'.join(e(a) for a in sup['addr']) + (f"<br>{sup.get('country', '')}" if sup.get('country') else '') + "</td></tr></table><br>")
        if no_price:
            h.append(f"<table class='items'><thead><tr><th>#</th><th>{t['desc']}</th><th class=r>{t['qty']}</th><th class=r>Cartons</th><th class=r>Gross kg</th></tr></thead><tbody>")
            for k, r in enumerate(doc.rows, 1):
                ct = max(1, int(r['qty']) // 12)
                h.append(f"<tr><td>{k}</td><td>{e(r['desc'])}</td><td class=r>{r['qty_s']}</td><td class=r>{ct}</td><td class=r>{fnum(D(ct) * D('7.4'), doc.loc)}</td></tr>")
            h.append("</tbody></table>")
        else:
            ratecol = doc.regime == 'vat'
            h.append(f"<table class='items'><thead><tr><th>{t['desc']}</th><th class=r>{t['qty']}</th><th class=r>{t['price']}</th>" +
                     (f"<th class=r>{t['rate']}</th>" if ratecol else '') + f"<th class=r>{t['amount']}</th></tr></thead><tbody>")
            for r in doc.rows:
                h.append(f"<tr><td>{e(r['desc'])}" + (f" <small>HSN {r['hsn']}</small>" if r['hsn'] else '') + f"</td><td class=r>{r['qty_s']}</td><td class=r>{r['price_s']}</td>" +
                         (f"<td class=r>{r['rate_s']}</td>" if ratecol else '') + f"<td class=r>{r['amount_s']}</td></tr>")
            h.append("</tbody></table><br><table class='tot' style='width:45%;margin-left:55%'>")
            for lab, val, b in summ:
                cls = " class='bal'" if b else ''
                h.append(f"<tr{cls}><td>{e(lab)}</td><td class=r>{e(val)}</td></tr>")
            h.append("</table>")
            if doc.words: h.append(f"<p>Total in words: <b>{e(doc.words)}</b></p>")
        h.append(f"<p class='fine'>{e(t['pay'])}<br>{e(t['thanks'])}</p>")
    h.append("</body></html>")
    return '\n'.join(h)

def chromium_pdf(htmltext, out):
    p = os.path.join(TMP, f"c_{os.getpid()}_{abs(hash(out))}.html")
    open(p, 'w').write(htmltext)
    prof = os.path.join(TMP, 'chrome_profile')
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--user-data-dir={prof}', '--no-pdf-header-footer',
                    '--print-to-pdf-no-header', f'--print-to-pdf={out}', 'file://' + p], check=True, capture_output=True, timeout=120)

def weasy_pdf(htmltext, out):
    import weasyprint
    weasyprint.HTML(string=htmltext).write_pdf(out)

# ---------------------------------------------------------------- reportlab
def rl_pdf(doc, out, ttf=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    F, FB = 'Helvetica', 'Helvetica-Bold'
    if ttf:
        pdfmetrics.registerFont(TTFont('DejaVu', DEJAVU)); pdfmetrics.registerFont(TTFont('DejaVu-B', DEJAVU_B)); F, FB = 'DejaVu', 'DejaVu-B'
    t = labels(doc); sup = doc.supplier; buy = doc.buyer
    c = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    c.setTitle(f"{title(doc)} {doc.number}"); c.setAuthor(sup['name']); c.setCreator('Sage 50 Accounts v29 / reportlab')
    W, H = A4
    no_price = doc.doc_type in ('packing_list', 'delivery_note')
    pages = [doc.rows[i:i + 24] for i in range(0, len(doc.rows), 24)] or [[]]
    for pi, chunk in enumerate(pages):
        c.setFont(FB, 15); c.drawString(40, H - 55, sup['name'])
        c.setFont(F, 8.5)
        y = H - 70
        for a in sup['addr'] + ([sup['country']] if sup.get('country') else []) + [f"{t['taxid']}: {sup['taxid']}", f"Tel. {sup['phone']}"]:
            c.drawString(40, y, a); y -= 11
        c.setFont(FB, 18); c.drawRightString(W - 40, H - 55, title(doc))
        c.setFont(F, 9)
        c.drawString(360, H - 85, t['no']); c.drawRightString(W - 40, H - 85, doc.number)
        c.drawString(360, H - 98, t['date']); c.drawRightString(W - 40, H - 98, doc.date_str)
        if not no_price: c.drawString(360, H - 111, t['due']); c.drawRightString(W - 40, H - 111, doc.due_str)
        c.drawString(360, H - 124, t['page']); c.drawRightString(W - 40, H - 124, f"{pi + 1} / {len(pages)}")
        c.setFont(FB, 9); c.drawString(40, H - 150, t['billto'])
        c.setFont(F, 9); y = H - 163
        c.drawString(40, y, buy['name']); y -= 11
        for a in buy['addr'] + [f"VAT: {buy['taxid']}"]:
            c.drawString(40, y, a); y -= 11
        y = H - 240
        c.setFillGray(0.88); c.rect(38, y - 4, W - 76, 15, fill=1, stroke=0); c.setFillGray(0)
        c.setFont(FB, 8.5)
        cols = [(42, t['desc'], 'l'), (330, t['qty'], 'r'), (400, t['price'], 'r'), (450, t['rate'], 'r'), (W - 42, t['amount'], 'r')]
        if no_price: cols = [(42, t['desc'], 'l'), (400, t['qty'], 'r'), (W - 42, t['unit'], 'r')]
        for x, lab, al in cols:
            (c.drawString if al == 'l' else c.drawRightString)(x, y, lab)
        c.setFont(F, 8.5); y -= 16
        for r in chunk:
            c.drawString(42, y, r['desc'][:58])
            if no_price:
                c.drawRightString(400, y, r['qty_s']); c.drawRightString(W - 42, y, r['unit'])
            else:
                c.drawRightString(330, y, r['qty_s']); c.drawRightString(400, y, r['price_s'])
                c.drawRightString(450, y, r['rate_s'] if doc.regime == 'vat' else '-'); c.drawRightString(W - 42, y, r['amount_s'])
            c.setStrokeGray(0.8); c.line(40, y - 4, W - 40, y - 4); y -= 15
        if pi < len(pages) - 1:
            c.setFont(F, 8); c.drawRightString(W - 40, 40, '…'); c.showPage(); continue
        y -= 10
        for lab, val, b in summary(doc):
            c.setFont(FB if b else F, 10 if b else 9)
            c.drawRightString(430, y, lab); c.drawRightString(W - 42, y, money(doc.total, doc.currency, doc.loc).replace(doc.total_s, val) if b else val)
            y -= 14
        c.setFont(F, 7.5)
        c.drawString(40, 60, t['pay']); c.drawString(40, 50, t['thanks'])
        c.showPage()
    c.save()

# ---------------------------------------------------------------- fpdf2
def fpdf_pdf(doc, out, ttf=False):
    from fpdf import FPDF
    t = labels(doc); sup = doc.supplier; buy = doc.buyer
    pdf = FPDF(format='A4'); pdf.set_compression(True)
    pdf.set_creator('Zeitwerk Faktura 4.2'); pdf.set_author(sup['name'])
    if ttf:
        pdf.add_font('dj', '', DEJAVU); pdf.add_font('dj', 'B', DEJAVU_B); FN = 'dj'
    else:
        FN = 'helvetica'
    def s(x):
        x = str(x).replace('\u00a0', ' ') if not ttf else str(x)
        if not ttf:
            x = x.replace('„', '"').replace('“', '"').replace('—', '-').replace('–', '-').replace('€', 'EUR')
            x = x.encode('latin-1', 'replace').decode('latin-1')
        return x
    pdf.set_auto_page_break(True, 25)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font(FN, 'B', 13); pdf.cell(0, 7, s(sup['name']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(FN, '', 8.5)
    for a in sup['addr'] + [f"{t['taxid']} {sup['taxid']}"]:
        pdf.cell(0, 4.5, s(a), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    pdf.set_font(FN, 'B', 16); pdf.cell(0, 9, s(title(doc)), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(FN, '', 9)
    yb = pdf.get_y()
    pdf.multi_cell(90, 4.8, s('\n'.join([t['billto'] + ':', buy['name']] + buy['addr'])))
    pdf.set_xy(120, yb)
    pdf.multi_cell(80, 4.8, s(f"{t['no']}: {doc.number}\n{t['date']}: {doc.date_str}\n{t['due']}: {doc.due_str}\n{t['ref']}: PO-{doc.id:04d}"), align='R')
    pdf.ln(8)
    pdf.set_font(FN, 'B', 8.5); pdf.set_fill_color(230, 230, 230)
    widths = [88, 18, 28, 18, 38]
    heads = [t['desc'], t['qty'], t['price'], t['rate'], t['amount']]
    for w, hd in zip(widths, heads): pdf.cell(w, 6, s(hd), border='B', fill=True, align='L' if hd == t['desc'] else 'R')
    pdf.ln(); pdf.set_font(FN, '', 8.5)
    for r in doc.rows:
        vals = [r['desc'][:55], r['qty_s'], r['price_s'], r['rate_s'], r['amount_s']]
        for w, v, al in zip(widths, vals, 'LRRRR'): pdf.cell(w, 5.5, s(v), border='B', align=al)
        pdf.ln()
    pdf.ln(3)
    for lab, val, b in summary(doc, ascii_only=not ttf):
        pdf.set_font(FN, 'B' if b else '', 9.5 if b else 8.5)
        pdf.cell(152, 5.5, s(lab), align='R'); pdf.cell(38, 5.5, s(val), align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(8); pdf.set_font(FN, '', 7.5); pdf.multi_cell(0, 4, s(t['pay'] + '\n' + t['thanks']))
    pdf.output(out)

# ---------------------------------------------------------------- flat ODS (LibreOffice Calc)
def fods(doc, path):
    t = labels(doc); sup = doc.supplier; buy = doc.buyer
    def cell(v, st='Default', span=1):
        a = f' table:number-columns-spanned="{span}"' if span > 1 else ''
        return f'<table:table-cell table:style-name="{st}" office:value-type="string"{a}><text:p>{e(v)}</text:p></table:table-cell>' + \
               ('<table:covered-table-cell/>' * (span - 1))
    def num(v, s_, st='R'):
        return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"><text:p>{e(s_)}</text:p></table:table-cell>'
    rows = []
    row = lambda *cs: rows.append('<table:table-row>' + ''.join(cs) + '</table:table-row>')
    row(cell(sup['name'], 'Big', 3), cell(''), cell(title(doc), 'BigR', 2))
    for a in sup['addr'] + [f"{t['taxid']}: {sup['taxid']}"]: row(cell(a, 'Default', 3))
    row(cell(''))
    row(cell(t['billto'], 'B', 2), cell(''), cell(t['no'], 'B'), cell(doc.number, 'R', 2))
    row(cell(buy['name'], 'Default', 2), cell(''), cell(t['date'], 'B'), cell(doc.date_str, 'R', 2))
    for a in buy['addr']: row(cell(a, 'Default', 2))
    row(cell(''))
    no_price = doc.doc_type in ('packing_list', 'delivery_note')
    heads = [t['desc'], t['qty'], t['unit'], t['price'], t['rate'], t['amount']]
    if no_price: heads = heads[:3]
    row(*[cell(h_, 'Head') for h_ in heads])
    for r in doc.rows:
        cs = [cell(r['desc'], 'Line'), num(r['qty'], r['qty_s'], 'LineR'), cell(r['unit'], 'Line')]
        if not no_price:
            cs += [num(r['price'], r['price_s'], 'LineR'), cell(r['rate_s'], 'LineR'), num(r.get('amount_shown', r['amount']), r['amount_s'], 'LineR')]
        row(*cs)
    row(cell(''))
    for lab, val, b in summary(doc):
        row(cell(''), cell(''), cell(''), cell(lab, 'BR' if b else 'R', 2), cell(val, 'BR' if b else 'R'))
    row(cell('')); row(cell(t['pay'], 'Small', 6))
    body = '\n'.join(rows)
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm" style:scale-to-X="1"/></style:page-layout>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="1.95cm"/></style:style>
 <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true" style:master-page-name="Default"/></style:style>
 <style:style style:name="Default" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name="DejaVu Sans"/></style:style>
 <style:style style:name="Small" style:family="table-cell"><style:text-properties fo:font-size="7pt"/></style:style>
 <style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="R" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="BR" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="BigR" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" fo:color="#2a6f3f"/></style:style>
 <style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9ead3" fo:border-bottom="0.06pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Line" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.06pt solid #999999"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="LineR" style:family="table-cell"><style:table-cell-properties fo:border-bottom="0.06pt solid #999999"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice" table:style-name="ta1">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="5"/>
{body}
</table:table></office:spreadsheet></office:body></office:document>'''
    open(path, 'w').write(xml)

# ---------------------------------------------------------------- DOCX
def make_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = labels(doc); sup = doc.supplier; buy = doc.buyer
    d = docx.Document()
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7); sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'DejaVu Sans' if doc.lang not in ('zh', 'ja') else 'WenQuanYi Micro Hei'; st.font.size = Pt(9)
    d.core_properties.author = sup['name']; d.core_properties.title = title(doc)
    p = d.add_paragraph(); r = p.add_run(sup['name']); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph('\n'.join(sup['addr'] + [f"{t['taxid']}: {sup['taxid']}"]))
    if not doc.extra.get('letter'):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(16)
    if doc.doc_type == 'other' and doc.extra.get('letter'):
        d.add_paragraph('\n'.join([buy['name']] + buy['addr']))
        d.add_paragraph(doc.date_str)
        for para in doc.extra['letter']: d.add_paragraph(para)
        d.save(path); return
    tb = d.add_table(rows=1, cols=2)
    tb.cell(0, 0).text = '\n'.join([t['billto'] + ':', buy['name']] + buy['addr'])
    tb.cell(0, 1).text = f"{t['no']}: {doc.number}\n{t['date']}: {doc.date_str}\n{t['due']}: {doc.due_str}"
    tb.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    no_price = doc.doc_type in ('packing_list', 'delivery_note')
    heads = [t['desc'], t['qty'], t['price'], t['rate'], t['amount']] if not no_price else [t['desc'], t['qty'], t['unit']]
    tb = d.add_table(rows=1, cols=len(heads)); tb.style = 'Table Grid'
    for k, h_ in enumerate(heads):
        c = tb.rows[0].cells[k]; c.text = ''; rr = c.paragraphs[0].add_run(h_); rr.bold = True
    for r in doc.rows:
        vals = [r['desc'], r['qty_s'], r['price_s'], r['rate_s'], r['amount_s']] if not no_price else [r['desc'], r['qty_s'], r['unit']]
        cs = tb.add_row().cells
        for k, v in enumerate(vals):
            cs[k].text = v
            if k: cs[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    summ = summary(doc)
    if summ:
        tb = d.add_table(rows=0, cols=2)
        for lab, val, b in summ:
            cs = tb.add_row().cells; cs[0].text = ''; cs[1].text = ''
            r0 = cs[0].paragraphs[0].add_run(lab); r1 = cs[1].paragraphs[0].add_run(val); r0.bold = r1.bold = b
            cs[0].paragraphs[0].alignment = cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph(); d.add_paragraph(t['pay']); d.add_paragraph(t['thanks'])
    d.save(path)

def soffice_convert(paths, outdir):
    if not paths: return
    prof = 'file://' + os.path.join(TMP, 'lo_profile')
    for i in range(0, len(paths), 12):
        subprocess.run(['/usr/bin/soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 12],
                       check=True, capture_output=True, timeout=400)
