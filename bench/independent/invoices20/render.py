# renderers: each writes a PDF (or docx/fods source) from a doc dict
import html, subprocess, os
from docs import *
E = html.escape
WORK = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'work')

def rows_html(d, cn=False):
    out = []
    for i, it in enumerate(d['items'], 1):
        c = [str(i)]
        if d['kind'] in ('cn_sales',): c += [it['sku']]
        c += [E(it['desc'])]
        if d['kind'] == 'ci': c += [E(it['desc_cn']), it['hs']]
        c += [E(it['unit']), qtystr(d, it['qty'])]
        if d['priced']: c += [money(d, it['price']), money(d, it['net'])]
        if d['priced'] and d.get('tax_per_line') and d['tax_rate']: c += [f"{d['tax_rate']}%", money(d, it['tax']), money(d, it['net'] + it['tax'])]
        if not d['priced'] and d['doc_type'] == 'packing_list': c += [str(max(1, abs(it['qty']) // 50)), f"{abs(it['qty']) * 0.18:.1f}", f"{abs(it['qty']) * 0.21:.1f}"]
        out.append('<tr>' + ''.join(f'<td>{x}</td>' for x in c) + '</tr>')
    return '\n'.join(out)

def heads(d):
    h = ['#']
    if d['kind'] == 'cn_sales': h += ['物料编码']
    h += [lbl(d, 'desc')]
    if d['kind'] == 'ci': h += ['中文品名', 'HS Code']
    h += [lbl(d, 'unit'), lbl(d, 'qty')]
    if d['priced']: h += [lbl(d, 'price'), lbl(d, 'amount')]
    if d['priced'] and d.get('tax_per_line') and d['tax_rate']: h += ['税率', '税额', '价税合计']
    if not d['priced'] and d['doc_type'] == 'packing_list': h += ['CTNS 箱数', 'N.W.(kg)', 'G.W.(kg)']
    return '<tr>' + ''.join(f'<th>{E(x)}</th>' for x in h) + '</tr>'

def totals_html(d):
    if not d['has_total']: return ''
    sym = CUR_SYM[d['currency']]; r = []
    if d['tax_rate'] or d['discount'] or d['shipping']: r.append((lbl(d, 'subtotal'), money(d, d['subtotal'])))
    if d['discount']: r.append((f"{lbl(d, 'discount')} {d['disc_pct']}%", '-' + money(d, d['discount'])))
    if d['shipping']: r.append((lbl(d, 'shipping'), money(d, d['shipping'])))
    if d['tax_rate']: r.append((f"{lbl(d, 'tax')} {d['tax_rate']}%", money(d, d['tax'])))
    r.append((f"{lbl(d, 'total')} ({d['currency']})", f"{sym} {money(d, d['total'])}"))
    return '<table class="tot">' + ''.join(f'<tr class="{"g" if i == len(r) - 1 else ""}"><td>{E(a)}</td><td>{E(b)}</td></tr>' for i, (a, b) in enumerate(r)) + '</table>'

CSS_BASE = "@page{size:A4;margin:14mm 12mm} body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#111} table{border-collapse:collapse} .items{width:100%} .items td,.items th{padding:3px 4px} .tot{margin-left:auto;margin-top:8px} .tot td{padding:2px 8px;text-align:right} .tot tr.g td{font-weight:bold;font-size:11pt;border-top:1.5px solid #000} thead{display:table-header-group}"

def html_kingdee(d):
    css = CSS_BASE + " .hd{text-align:center} .hd h1{font-size:17pt;letter-spacing:6px;margin:2px} .items td,.items th{border:0.6px solid #444;font-size:8.5pt} .items th{background:#eee} .meta td{padding:2px 10px 2px 0} .sig{margin-top:18px;width:100%} .sig td{width:25%}"
    up = f"<p>合计金额（大写）：{cn_upper(d['total'])}</p>" if d['has_total'] and d['currency'] == 'CNY' else ''
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="hd"><div style="font-size:12pt">{E(d['sup']['name'])}</div><h1>{E(title(d))}</h1></div>
<table class="meta"><tr><td>{lbl(d, 'buyer')}：{E(d['buy']['name'])}</td><td>{lbl(d, 'date')}：{dstr(d)}</td><td>{lbl(d, 'no')}：{d['number']}</td></tr>
<tr><td>地址：{E(d['buy']['addr'])}</td><td>币别：人民币</td><td>结算方式：{R.choice(['月结', '现结', '预付30%'])}</td></tr></table>
<table class="items"><thead>{heads(d)}</thead><tbody>{rows_html(d)}</tbody></table>{totals_html(d)}{up}
<table class="sig"><tr><td>制单：{R.choice(['王丽', '陈静', '楼晓燕', '吴敏'])}</td><td>审核：{R.choice(['金建国', '朱海', '何芳'])}</td><td>仓管：</td><td>客户签收：</td></tr></table>
<p style="font-size:7.5pt;color:#555">第一联 存根（白） 第二联 客户（红） 第三联 财务（黄）  地址：{E(d['sup']['addr'])} 电话：{d['sup']['tel']}</p></body></html>"""

def html_yonyou(d):
    css = CSS_BASE + " .band{background:#1d4f91;color:#fff;padding:8px 12px;display:flex;justify-content:space-between} .band h1{margin:0;font-size:15pt} .box{border:1px solid #1d4f91;padding:6px;margin:8px 0;width:48%;display:inline-block;vertical-align:top;font-size:8.5pt} .items th{background:#dfe8f5;border-bottom:1px solid #1d4f91} .items td{border-bottom:0.5px solid #bbb}"
    up = f"<p><b>价税合计（大写）</b> {cn_upper(d['total'])}</p>" if d['has_total'] and d['currency'] == 'CNY' else ''
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="band"><h1>{E(title(d))}</h1><div>{lbl(d, 'no')} {d['number']}<br>{lbl(d, 'date')} {dstr(d)}</div></div>
<div class="box"><b>{lbl(d, 'supplier')}</b><br>{E(d['sup']['name'])}<br>{E(d['sup']['addr'])}<br>税号 {d['sup']['tax']}</div>
<div class="box" style="margin-left:2%"><b>{lbl(d, 'buyer')}</b><br>{E(d['buy']['name'])}<br>{E(d['buy']['addr'])}<br>税号 {d['buy']['tax']}</div>
<table class="items"><thead>{heads(d)}</thead><tbody>{rows_html(d)}</tbody></table>{totals_html(d)}{up}
<p style="font-size:7.5pt;color:#666">打印时间 {dstr(d)} 14:{R.randint(10, 59)} | 操作员 {R.choice(['lxy01', 'admin', 'cw02'])} | 第1页</p></body></html>"""

def html_ci(d):
    css = CSS_BASE + " h1{text-align:center;font-size:15pt;margin:4px} .items td,.items th{border:0.7px solid #000;font-size:8pt} .two td{vertical-align:top;border:0.7px solid #000;padding:5px;width:50%}"
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div style="text-align:center;font-weight:bold;font-size:12pt">{E(d['sup']['name'])}<br>{E(d['sup']['name_en'])}</div>
<div style="text-align:center;font-size:8pt">{E(d['sup']['addr_en'])}</div><h1>{E(title(d))}</h1>
<table class="two" style="width:100%"><tr><td><b>Shipper 发货人:</b><br>{E(d['sup']['name_en'])}<br>{E(d['sup']['addr_en'])}</td><td><b>Invoice No. 发票号:</b> {d['number']}<br><b>Date 日期:</b> {dstr(d)}<br><b>Terms 价格条款:</b> {d['incoterm']}<br><b>Payment 付款:</b> T/T 30% deposit, 70% before shipment</td></tr>
<tr><td><b>Consignee 收货人:</b><br>{E(d['buy']['name'])}<br>{E(d['buy']['addr'])}<br>VAT {E(d['buy']['tax'])}</td><td><b>From 起运港:</b> {d['incoterm'].split()[1]}, China<br><b>To 目的地:</b> {'Felixstowe, UK' if 'Commerce' in d['buy']['name'] else 'Hamburg, Germany'}<br><b>Marks 唛头:</b> N/M</td></tr></table><br>
<table class="items"><thead>{heads(d)}</thead><tbody>{rows_html(d)}</tbody></table>{totals_html(d)}
<p>SAY TOTAL 大写: {'US DOLLARS ' + money(d, d['total']) + ' ONLY' if d['has_total'] else str(sum(abs(i['qty']) for i in d['items'])) + ' PCS ONLY'}</p><p>Country of origin 原产地: CHINA</p>
<p style="margin-top:26px;text-align:right">For and on behalf of {E(d['sup']['name_en'])}<br><br>______________________<br>Authorized signature 授权签字</p></body></html>"""

def html_market(d, ali=False):
    acc = '#ff6a00' if ali else '#232f3e'
    css = CSS_BASE + f" .top{{border-bottom:3px solid {acc};padding-bottom:6px;display:flex;justify-content:space-between;align-items:flex-end}} .logo{{font-size:18pt;font-weight:bold;color:{acc}}} .items th{{text-align:left;border-bottom:1px solid #999;font-size:8.5pt}} .items td{{border-bottom:0.5px dotted #aaa}} .cols{{display:flex;gap:20px;margin:10px 0}} .cols div{{flex:1;font-size:8.5pt}}"
    plat = 'OrientSource Trade' if ali else 'BizMart Business'
    extra = f"<div><b>Trade protection order</b><br>Order #{d['number']}<br>Incoterm: {d['incoterm']}</div>" if ali else f"<div><b>Order #</b> {d['order_no']}<br>Invoice # {d['number']}<br>Payment: Corporate card ****{rnd_digits(4)}</div>"
    return f"""<html><head><meta charset="utf-8"><style>{css}</style></head><body>
<div class="top"><div class="logo">{plat}</div><div style="text-align:right"><b style="font-size:14pt">{E(title(d).title() if not ali else title(d))}</b><br>{lbl(d, 'date')}: {dstr(d)}</div></div>
<div class="cols"><div><b>Sold by</b><br>{E(d['sup']['name'] if not ali else d['sup']['name_en'])}<br>{E(d['sup']['addr'] if not ali else d['sup']['addr_en'])}<br>{E(d['sup']['tax'])}</div>
<div><b>{lbl(d, 'buyer')}</b><br>{E(d['buy']['name'])}<br>{E(d['buy']['addr'])}<br>{E(d['buy']['tax'])}</div>{extra}</div>
<table class="items"><thead>{heads(d)}</thead><tbody>{rows_html(d)}</tbody></table>{totals_html(d)}
<p style="font-size:7.5pt;color:#666;margin-top:20px">This document was generated for the order above. Goods sold by the seller named above; {plat} acts as marketplace facilitator only.</p></body></html>"""

HTML = {'kingdee': html_kingdee, 'yonyou': html_yonyou, 'ci': html_ci, 'market': html_market, 'ali': lambda d: html_market(d, True)}

def to_pdf_weasy(htmltxt, out):
    import weasyprint; weasyprint.HTML(string=htmltxt).write_pdf(out)

def to_pdf_chromium(htmltxt, out):
    src = os.path.join(WORK, os.path.basename(out)[:-4] + '.html'); open(src, 'w').write(htmltxt)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={out}', src], capture_output=True, timeout=120)

# ---------------- reportlab ----------------
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont('WQY', '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', subfontIndex=0))
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rlcanvas

def rl_fapiao(d, out):
    W, H = 240 * 2.8346, 140 * 2.8346
    c = rlcanvas.Canvas(out, pagesize=(W, H)); brown = (0.55, 0.3, 0.15)
    c.setFillColorRGB(*brown); c.setStrokeColorRGB(*brown)
    kind = {'普通': '增值税普通发票', '专用': '增值税专用发票', '电子普通': '电子发票（普通发票）'}[d['fp_kind']]
    c.setFont('WQY', 17); c.drawCentredString(W / 2, H - 34, kind); c.line(W / 2 - 90, H - 39, W / 2 + 90, H - 39); c.line(W / 2 - 90, H - 42, W / 2 + 90, H - 42)
    c.ellipse(W / 2 - 34, H - 78, W / 2 + 34, H - 48); c.setFont('WQY', 6.5); c.drawCentredString(W / 2, H - 66, '全国统一发票监制章')
    c.setFont('WQY', 8)
    c.drawString(W - 185, H - 30, f"发票代码：{d['fp_code']}"); c.drawString(W - 185, H - 42, f"发票号码：{d['fp_no']}")
    c.drawString(W - 185, H - 54, f"开票日期：{dstr(d)}"); c.drawString(W - 185, H - 66, f"校 验 码：{d['check']}")
    x0, x1 = 18, W - 18; yb = H - 84
    def block(y, h, label, p):
        c.rect(x0, y - h, x1 - x0, h); c.setFont('WQY', 8)
        c.drawString(x0 + 4, y - 20, label)
        for i, (k, v) in enumerate(p): c.drawString(x0 + 30, y - 12 - i * 11, f"{k}：")
        c.setFillColorRGB(0, 0, 0.1); c.setFont('WQY', 8.5)
        for i, (k, v) in enumerate(p): c.drawString(x0 + 100, y - 12 - i * 11, v)
        c.setFillColorRGB(*brown)
    block(yb, 50, '购买方', [('名    称', d['buy']['name']), ('纳税人识别号', d['buy']['tax']), ('地 址、电 话', d['buy']['addr'][:26] + ' 0579-85' + rnd_digits(5)), ('开户行及账号', '中国工商银行义乌分行 ' + rnd_digits(17))])
    y = yb - 50; th = 14 + 11 * max(4, len(d['items'])) + 14
    c.rect(x0, y - th, x1 - x0, th)
    cols = [x0, x0 + 190, x0 + 250, x0 + 280, x0 + 330, x0 + 390, x0 + 465, x0 + 500, x1]
    names = ['货物或应税劳务、服务名称', '规格型号', '单位', '数 量', '单 价', '金 额', '税率', '税 额']
    c.setFont('WQY', 7.5)
    for i, n in enumerate(names): c.drawCentredString((cols[i] + cols[i + 1]) / 2, y - 10, n)
    for cx in cols[1:-1]: c.line(cx, y, cx, y - th + 14)
    c.line(x0, y - th + 14, x1, y - th + 14)
    c.setFillColorRGB(0, 0, 0.1); c.setFont('WQY', 7.5)
    for j, it in enumerate(d['items']):
        yy = y - 24 - j * 11
        c.drawString(cols[0] + 3, yy, it['desc'][:24]); c.drawString(cols[1] + 3, yy, it['sku']); c.drawCentredString((cols[2] + cols[3]) / 2, yy, it['unit'])
        c.drawRightString(cols[4] - 3, yy, qtystr(d, it['qty'])); c.drawRightString(cols[5] - 3, yy, f"{it['price']:.2f}")
        c.drawRightString(cols[6] - 3, yy, money(d, it['net'])); c.drawCentredString((cols[6] + cols[7]) / 2, yy, f"{d['tax_rate']}%"); c.drawRightString(cols[8] - 3, yy, money(d, it['tax']))
    yy = y - th + 4
    c.setFillColorRGB(*brown); c.drawCentredString((cols[0] + cols[1]) / 2, yy, '合    计'); c.setFillColorRGB(0, 0, 0.1)
    c.drawRightString(cols[6] - 3, yy, '¥' + money(d, d['subtotal'])); c.drawRightString(cols[8] - 3, yy, '¥' + money(d, d['tax']))
    y -= th; c.rect(x0, y - 16, x1 - x0, 16); c.setFillColorRGB(*brown); c.drawString(x0 + 4, y - 11, '价税合计（大写）')
    c.setFillColorRGB(0, 0, 0.1); c.setFont('WQY', 8.5); c.drawString(x0 + 100, y - 11, '⊗ ' + cn_upper(d['total']))
    c.setFillColorRGB(*brown); c.drawString(x1 - 150, y - 11, '（小写）'); c.setFillColorRGB(0, 0, 0.1); c.drawString(x1 - 110, y - 11, '¥' + money(d, d['total']))
    y -= 16; c.setFillColorRGB(*brown)
    block(y, 50, '销售方', [('名    称', d['sup']['name']), ('纳税人识别号', d['sup']['tax']), ('地 址、电 话', d['sup']['addr'][:24] + ' ' + d['sup']['tel']), ('开户行及账号', d['sup']['bankacct'])])
    c.setFont('WQY', 8); c.drawString(x0 + 4, y - 62, f"收款人：{R.choice(['徐红', '郑洁'])}      复核：{R.choice(['周斌', '冯雪'])}      开票人：{R.choice(['楼芳', '蒋伟'])}      销售方：（章）")
    c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1); c.setLineWidth(1.6)
    c.ellipse(x1 - 120, y - 75, x1 - 30, y - 20); c.setFont('WQY', 6.5); c.drawCentredString(x1 - 75, y - 45, d['sup']['name'][:12]); c.drawCentredString(x1 - 75, y - 55, '发票专用章')
    c.drawCentredString(x1 - 75, y - 35, d['sup']['tax'])
    c.save()

def rl_jp(d, out):
    c = rlcanvas.Canvas(out, pagesize=A4); W, H = A4
    c.setFont('WQY', 22); c.drawCentredString(W / 2, H - 60, title(d))
    c.setFont('WQY', 9); c.drawRightString(W - 40, H - 85, f"{lbl(d, 'no')}：{d['number']}"); c.drawRightString(W - 40, H - 98, f"{lbl(d, 'date')}：{dstr(d)}")
    c.setFont('WQY', 13); c.drawString(40, H - 120, f"{d['buy']['name']}　御中"); c.line(40, H - 124, 300, H - 124)
    c.setFont('WQY', 8.5); c.drawString(40, H - 138, d['buy']['addr'])
    c.setFont('WQY', 9); sy = H - 120
    for i, t in enumerate([d['sup']['name'], d['sup']['addr'][:22], d['sup']['addr'][22:], f"TEL {d['sup']['tel']}", f"登録番号 {d['sup']['tax']}"]): c.drawString(W - 230, sy - i * 12, t)
    c.setStrokeColorRGB(.8, .1, .1); c.rect(W - 85, sy - 45, 38, 38); c.setFillColorRGB(.8, .1, .1); c.setFont('WQY', 7); c.drawCentredString(W - 66, sy - 24, d['sup']['name'][-4:]); c.setFillColorRGB(0, 0, 0); c.setStrokeColorRGB(0, 0, 0)
    c.setFont('WQY', 9); c.drawString(40, H - 170, '下記の通りご請求申し上げます。')
    c.setFont('WQY', 14); c.drawString(40, H - 198, f"ご請求金額　¥{money(d, d['total'])}-（税込）"); c.line(40, H - 203, 330, H - 203)
    y = H - 235; cols = [40, 300, 350, 400, 470, W - 40]
    c.setFillColorRGB(.88, .9, .95); c.rect(40, y - 4, W - 80, 16, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0); c.setFont('WQY', 9)
    for i, n in enumerate([lbl(d, 'desc'), lbl(d, 'qty'), lbl(d, 'unit'), lbl(d, 'price'), lbl(d, 'amount')]): c.drawCentredString((cols[i] + cols[i + 1]) / 2, y, n)
    for it in d['items']:
        y -= 18; c.drawString(44, y, it['desc']); c.drawRightString(cols[2] - 4, y, qtystr(d, it['qty'])); c.drawCentredString((cols[2] + cols[3]) / 2, y, it['unit'])
        c.drawRightString(cols[4] - 4, y, money(d, it['price'])); c.drawRightString(cols[5] - 4, y, money(d, it['net'])); c.line(40, y - 5, W - 40, y - 5)
    rows = [(lbl(d, 'subtotal'), d['subtotal'])] + ([(lbl(d, 'shipping'), d['shipping'])] if d['shipping'] else []) + [(f"{lbl(d, 'tax')}（10%対象）", d['tax']), (lbl(d, 'total'), d['total'])]
    y -= 10
    for k, v in rows:
        y -= 17; c.drawString(cols[3] - 40, y, k); c.drawRightString(cols[5] - 4, y, '¥' + money(d, v))
    c.line(cols[3] - 44, y - 5, W - 40, y - 5)
    c.setFont('WQY', 8.5); y -= 50
    for t in ['【お振込先】', f"みなと銀行　難波支店　普通　{rnd_digits(7)}", f"口座名義　{d['sup']['name']}", '※振込手数料は貴社にてご負担願います。', lbl(d, 'terms')]: c.drawString(40, y, t); y -= 13
    c.save()

def rl_plain(d, out):
    # platypus, standard Helvetica (WinAnsi) fonts -> literal strings in content streams
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    ss = getSampleStyleSheet(); st = ss['Normal']; st.fontSize = 9; st.leading = 11
    cur = 'EUR' if d['currency'] == 'EUR' else d['currency']
    el = [Paragraph(f"<b>{E(d['sup']['name'])}</b><br/>{E(d['sup']['addr'])}<br/>{lbl(d, 'vatid')} {E(d['sup']['tax'])}", st), Spacer(1, 14)]
    meta = Table([[Paragraph(f"<b>{lbl(d, 'buyer')}</b><br/>{E(d['buy']['name'])}<br/>{E(d['buy']['addr'])}", st), '', Paragraph(f"<font size=16><b>{title(d)}</b></font>", st)],
                  ['', '', f"{lbl(d, 'no')}: {d['number']}"], ['', '', f"{lbl(d, 'date')}: {dstr(d)}"]], colWidths=[250, 60, 180])
    meta.setStyle(TableStyle([('SPAN', (0, 0), (0, 2)), ('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONTSIZE', (0, 0), (-1, -1), 9)]))
    el += [meta, Spacer(1, 16)]
    data = [[lbl(d, 'desc'), lbl(d, 'qty'), lbl(d, 'unit'), lbl(d, 'price'), lbl(d, 'amount')]]
    for it in d['items']: data.append([it['desc'], qtystr(d, it['qty']), it['unit'], money(d, it['price']), money(d, it['net'])])
    t = Table(data, colWidths=[230, 50, 45, 75, 90], repeatRows=1)
    t.setStyle(TableStyle([('FONTSIZE', (0, 0), (-1, -1), 8.5), ('BACKGROUND', (0, 0), (-1, 0), colors.HexColor('#e6e6e6')), ('ALIGN', (1, 0), (-1, -1), 'RIGHT'), ('LINEBELOW', (0, 0), (-1, -1), 0.3, colors.grey)]))
    el.append(t)
    if d['has_total']:
        r = [(lbl(d, 'subtotal'), money(d, d['subtotal']))]
        if d['discount']: r.append((f"{lbl(d, 'discount')} {d['disc_pct']}%", '-' + money(d, d['discount'])))
        if d['shipping']: r.append((lbl(d, 'shipping'), money(d, d['shipping'])))
        r.append((f"{lbl(d, 'tax')} {d['tax_rate']}%", money(d, d['tax']))); r.append((f"{lbl(d, 'total')} {cur}", money(d, d['total'])))
        tt = Table(r, colWidths=[160, 90], hAlign='RIGHT'); tt.setStyle(TableStyle([('ALIGN', (1, 0), (1, -1), 'RIGHT'), ('FONTNAME', (0, -1), (-1, -1), 'Helvetica-Bold'), ('LINEABOVE', (0, -1), (-1, -1), 1, colors.black)]))
        el += [Spacer(1, 8), tt]
    el += [Spacer(1, 20), Paragraph(E(lbl(d, 'terms')), st)]
    SimpleDocTemplate(out, pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40, title=f"{title(d)} {d['number']}").build(el)

# ---------------- fpdf2 ----------------
def fpdf_eu(d, out):
    from fpdf import FPDF
    uni = d['lang'] == 'pl'
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 20)
    if uni:
        pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'); pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'); F = 'DV'
    else: F = 'Helvetica'
    cur = d['currency']
    pdf.add_page(); pdf.set_font(F, 'B', 13); pdf.cell(0, 7, d['sup']['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 8.5); pdf.cell(0, 4.5, d['sup']['addr'], new_x='LMARGIN', new_y='NEXT'); pdf.cell(0, 4.5, f"{lbl(d, 'vatid')}: {d['sup']['tax']}   {d['sup']['reg']}", new_x='LMARGIN', new_y='NEXT')
    pdf.ln(10); y = pdf.get_y(); pdf.set_font(F, '', 9.5)
    pdf.multi_cell(95, 5, new_x='LMARGIN', new_y='NEXT', text=f"{d['buy']['name']}\n{d['buy']['addr']}\n{d['buy']['tax']}")
    pdf.set_xy(120, y); pdf.set_font(F, 'B', 15); pdf.cell(0, 8, title(d), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 9)
    for k, v in [(lbl(d, 'no'), d['number']), (lbl(d, 'date'), dstr(d))]:
        pdf.set_x(120); pdf.cell(38, 5, k + ':'); pdf.cell(0, 5, v, new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(pdf.get_y(), y + 24) + 8)
    w = [10, 88, 18, 16, 28, 30]
    hdr = ['Pos', lbl(d, 'desc'), lbl(d, 'qty'), lbl(d, 'unit')] + ([lbl(d, 'price'), lbl(d, 'amount')] if d['priced'] else ['', ''])
    def header():
        pdf.set_font(F, 'B', 8.5); pdf.set_fill_color(225, 225, 225)
        for i, h in enumerate(hdr): pdf.cell(w[i], 6, h, border='B', fill=True, align='R' if i > 1 else 'L')
        pdf.ln(); pdf.set_font(F, '', 8.5)
    header()
    for i, it in enumerate(d['items'], 1):
        if pdf.get_y() > 265: pdf.add_page(); header()
        vals = [str(i), it['desc'], qtystr(d, it['qty']), it['unit']] + ([money(d, it['price']), money(d, it['net'])] if d['priced'] else ['', ''])
        for j, v in enumerate(vals): pdf.cell(w[j], 5.5, v, border='B' if False else 0, align='R' if j > 1 else 'L')
        pdf.ln()
    if d['has_total']:
        pdf.ln(3); rows = [(lbl(d, 'subtotal'), money(d, d['subtotal']))]
        if d['discount']: rows.append((f"{lbl(d, 'discount')} {d['disc_pct']} %", '-' + money(d, d['discount'])))
        if d['shipping']: rows.append((lbl(d, 'shipping'), money(d, d['shipping'])))
        rows.append((f"{lbl(d, 'tax')} {d['tax_rate']} %", money(d, d['tax'])))
        rows.append((f"{lbl(d, 'total')}", money(d, d['total'])))
        for k, (a, b) in enumerate(rows):
            if k == len(rows) - 1: pdf.set_font(F, 'B', 10)
            pdf.set_x(100); pdf.cell(60, 6, a); pdf.cell(30, 6, b, align='R'); pdf.cell(10, 6, ' ' + cur, new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 8); pdf.ln(8)
    if d.get('reverse'): pdf.multi_cell(0, 4.5, new_x='LMARGIN', new_y='NEXT', text={'de': 'Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).', 'es': 'Inversión del sujeto pasivo.', 'fr': 'Autoliquidation - art. 283-2 du CGI.', 'it': 'Inversione contabile - art. 7-ter DPR 633/72.', 'nl': 'Btw verlegd.', 'pl': 'Odwrotne obciążenie.', 'en': 'Reverse charge: customer to account for VAT.'}[d['lang']])
    pdf.multi_cell(0, 4.5, new_x='LMARGIN', new_y='NEXT', text=f"{lbl(d, 'terms')}\n{lbl(d, 'bank')}: {d['sup']['iban']}")
    pdf.set_creator('Faktura/Rechnung Modul 4.2'); pdf.output(out)

# ---------------- soffice sources ----------------
def fods(d, out):
    def cell(v, st='c'): return f'<table:table-cell table:style-name="{st}" office:value-type="string"><text:p>{E(str(v))}</text:p></table:table-cell>'
    def row(vals, st='c'): return '<table:table-row>' + ''.join(cell(v, st) for v in vals) + '</table:table-row>'
    rows = [row([d['sup']['name'] if d['lang'] != 'zh' else d['sup']['name']], 'h'), row([d['sup']['addr']]), row([]), row([title(d)], 'h'),
            row([lbl(d, 'buyer'), d['buy']['name']]), row([lbl(d, 'no'), d['number'], '', lbl(d, 'date'), dstr(d)]), row([])]
    hd = [lbl(d, 'desc'), lbl(d, 'unit'), lbl(d, 'qty')] + ([lbl(d, 'price'), lbl(d, 'amount')] if d['priced'] else [])
    rows.append(row(hd, 'th'))
    for it in d['items']:
        rows.append(row([it['desc'], it['unit'], qtystr(d, it['qty'])] + ([money(d, it['price']), '' if d['doc_type'] == 'other' else money(d, it['net'])] if d['priced'] else []), 'b'))
    if d['has_total']:
        rows.append(row([]))
        if d['tax_rate'] or d['discount'] or d['shipping']: rows.append(row(['', '', '', lbl(d, 'subtotal'), money(d, d['subtotal'])]))
        if d['discount']: rows.append(row(['', '', '', lbl(d, 'discount'), '-' + money(d, d['discount'])]))
        if d['shipping']: rows.append(row(['', '', '', lbl(d, 'shipping'), money(d, d['shipping'])]))
        if d['tax_rate']: rows.append(row(['', '', '', f"{lbl(d, 'tax')} {d['tax_rate']}%", money(d, d['tax'])]))
        rows.append(row(['', '', '', f"{lbl(d, 'total')} {d['currency']}", money(d, d['total'])], 'h'))
        if d['currency'] == 'CNY': rows.append(row(['大写：' + cn_upper(d['total'])]))
    cols = ''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(5))
    x = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="co0" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
<style:style style:name="c" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name-asian="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="th" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="{E(title(d)[:20])}">{cols}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>'''
    open(out, 'w').write(x)

def docx_doc(d, out):
    from docx import Document
    from docx.shared import Pt
    from docx.oxml.ns import qn
    doc = Document(); st = doc.styles['Normal']; st.font.name = 'DejaVu Sans'; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'WenQuanYi Micro Hei')
    p = doc.add_paragraph(); r = p.add_run(d['sup']['name']); r.bold = True; r.font.size = Pt(14)
    doc.add_paragraph(f"{d['sup']['addr']}\n{lbl(d, 'vatid')}: {d['sup']['tax']}")
    if d['doc_type'] == 'other':
        doc.add_paragraph(f"{d['buy']['name']}\n{d['buy']['addr']}"); doc.add_paragraph(dstr(d))
        for para in d['letter']: doc.add_paragraph(para)
        doc.save(out); return
    h = doc.add_paragraph(); r = h.add_run(title(d)); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph(f"{lbl(d, 'no')}: {d['number']}\n{lbl(d, 'date')}: {dstr(d)}")
    doc.add_paragraph(f"{lbl(d, 'buyer')}:\n{d['buy']['name']}\n{d['buy']['addr']}\n{d['buy']['tax']}")
    hd = [lbl(d, 'desc'), lbl(d, 'qty'), lbl(d, 'unit')] + ([lbl(d, 'price'), lbl(d, 'amount')] if d['priced'] else [])
    t = doc.add_table(rows=1, cols=len(hd)); t.style = 'Table Grid'
    for i, x in enumerate(hd): t.rows[0].cells[i].text = x
    for it in d['items']:
        c = t.add_row().cells
        for i, x in enumerate([it['desc'], qtystr(d, it['qty']), it['unit']] + ([money(d, it['price']), money(d, it['net'])] if d['priced'] else [])): c[i].text = x
    if d['has_total']:
        rows = []
        if d['tax_rate'] or d['discount'] or d['shipping']: rows.append((lbl(d, 'subtotal'), money(d, d['subtotal'])))
        if d['discount']: rows.append((f"{lbl(d, 'discount')} {d['disc_pct']}%", '-' + money(d, d['discount'])))
        if d['shipping']: rows.append((lbl(d, 'shipping'), money(d, d['shipping'])))
        if d['tax_rate']: rows.append((f"{lbl(d, 'tax')} {d['tax_rate']}%", money(d, d['tax'])))
        rows.append((f"{lbl(d, 'total')} ({d['currency']})", money(d, d['total'])))
        for a, b in rows:
            p = doc.add_paragraph(); p.alignment = 2; r = p.add_run(f"{a}:  {b}"); r.bold = a.startswith(lbl(d, 'total'))
    doc.add_paragraph(lbl(d, 'terms'))
    doc.save(out)

def soffice_batch(srcs, outdir):
    if not srcs: return
    subprocess.run(['soffice', f'-env:UserInstallation=file://{WORK}/lo_profile', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + srcs, capture_output=True, timeout=600)
