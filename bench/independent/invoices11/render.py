# Renderers: doc -> view -> HTML (chromium / weasyprint), reportlab, fpdf2, flat-ODS, docx
import html, os, subprocess
from docmodel import *

FONT_DIR = '/usr/share/fonts/truetype/'
DJ = FONT_DIR + 'dejavu/DejaVuSans.ttf'; DJB = FONT_DIR + 'dejavu/DejaVuSans-Bold.ttf'
DJM = FONT_DIR + 'dejavu/DejaVuSansMono.ttf'; WQY = FONT_DIR + 'wqy/wqy-microhei.ttc'

def build_view(doc, date_style, money_style=0):
    s = SUPPLIERS[doc['supplier_key']]
    lang = doc['lang']; bl = lang.split('_')[0]; l = L[lang]; t = doc['doc_type']
    cur, loc = doc['cur'], doc['loc']
    m = lambda x: fmoney(x, cur, loc, money_style)
    n = lambda x: fnum(x, loc, 0 if cur == 'JPY' else 2)
    v = dict(doc=doc, lang=bl)
    v['title'] = TITLES.get(bl, {}).get(t) or TITLES['en'].get(t) or 'INVOICE'
    if t == 'other' and bl == 'de': v['title'] = 'Preisliste Frühjahr/Sommer 2026'
    en_names = bl == 'en' and 'name_en' in s
    v['sup_name'] = s['name_en'] if en_names else s['name']
    v['sup_lines'] = (s['lines_en'] if en_names else s['lines']) + [f"Tel. {s['tel']}"]
    v['sup_tax'] = f"{l['vatid']}: {s['taxid']}"
    v['bank'] = s['bank_en'] if en_names else s['bank']
    v['buyer_name'] = doc['buyer_name']; v['buyer_lines'] = list(doc['buyer'][1])
    v['buyer_tax'] = f"{l['vatid']}: {doc['buyer'][2]}" if doc['buyer'] else ''
    v['date_str'] = fdate(doc['date'], date_style)
    nol = NO_LABEL.get(t, {}).get(bl, l['no']); dl = DATE_LABEL.get(t, {}).get(bl, l['date'])
    v['meta'] = [(nol, doc['number']), (dl, v['date_str'])]
    if t in ('invoice', 'tax_invoice', 'credit_note') and bl not in ('zh',):
        import datetime as dt
        v['meta'].append((l['due'], fdate(doc['date'] + dt.timedelta(days=30 if bl != 'de' else 14), date_style)))
    v['meta'] += [(l['cust'], doc['custno']), (l['ref'], doc['orderref'])]
    priced = t not in ('delivery_note', 'packing_list')
    if priced:
        v['cols'] = [l['pos'], l['sku'], l['desc'], l['qty'], l['price'], l['amount']]
        v['rows'] = [[str(i + 1), it['sku'], it['desc'], f"{it['qty']}", n(it['price']), n(doc['lines'][i])] for i, it in enumerate(doc['items'])]
        if t == 'other': v['cols'] = v['cols'][:5]; v['rows'] = [r[:3] + ['1'] + [r[4]] for r in v['rows']]
    else:
        if t == 'packing_list':
            v['cols'] = [l['pos'], l['sku'], l['desc'], l['qty'], l['cartons'], l['weight']]
            v['rows'] = [[str(i + 1), it['sku'], it['desc'], str(it['qty']), str(max(1, it['qty'] // 20)), f"{max(1, it['qty'] // 20) * 11.5:.1f} kg"] for i, it in enumerate(doc['items'])]
        else:
            v['cols'] = [l['pos'], l['sku'], l['desc'], l['qty'], l['unit']]
            v['rows'] = [[str(i + 1), it['sku'], it['desc'], str(it['qty']), l['pcs']] for i, it in enumerate(doc['items'])]
    v['totals'] = []
    v['total_str'] = None
    if priced and t != 'other':
        if doc['disc'] or doc['ship']:
            v['totals'].append((l['amount'] if bl != 'en' else 'Goods value', m(doc['gross'])))
        if doc['disc']: v['totals'].append((f"{l['disc']} {doc['disc_pct']} %", '-' + m(doc['disc'])))
        if doc['ship']: v['totals'].append((l['ship'], m(doc['ship'])))
        if t != 'receipt':
            v['totals'].append((l['net'], m(doc['net'])))
            if doc['eff_rate'] or not doc['rc']:
                rr = doc['eff_rate']; rs = (f"{rr:.1f}".replace('.', ',') if rr % 1 else f"{int(rr)}") if loc != 'ch' else f"{rr}"
                v['totals'].append((f"{l['vat']} {rs} %", m(doc['tax'])))
            elif bl != 'zh':
                v['totals'].append((f"{l['vat']} 0 %", m(0)))
        if doc.get('rounding'): v['totals'].append(('Rundungsdifferenz' if bl == 'de' else 'Rounding', m(doc['rounding'])))
        tl = l['total']
        if t == 'credit_note': tl = {'de': 'Gutschriftsbetrag', 'en': 'Total credit', 'fr': 'Total avoir TTC', 'it': 'Totale nota di credito',
                                     'es': 'Total abono', 'nl': 'Totaal creditnota', 'pl': 'Kwota korekty', 'ja': '返金額'}.get(bl, tl)
        if t == 'quotation': tl = {'de': 'Angebotssumme', 'en': 'Total', 'fr': 'Total TTC', 'ja': '御見積金額'}.get(bl, tl)
        if t == 'proforma' and bl == 'en': tl = 'TOTAL DUE'
        v['totals'].append((tl, m(doc['total'])))
        v['total_str'] = n(doc['total'])
    v['notes'] = []
    if priced and t not in ('other', 'purchase_order', 'quotation'):
        if doc['rc'] and l['rc']: v['notes'].append(l['rc'])
        if l['pay']: v['notes'].append(l['pay'])
    if t == 'credit_note':
        v['notes'].insert(0, {'de': f"Gutschrift zu Rechnung Nr. {doc['number'][:-1]}7 wegen Rücksendung beschädigter Ware.", 'fr': "Avoir suite au retour de marchandise défectueuse.",
                              'it': 'Nota di credito per reso merce difettosa.', 'es': 'Abono por devolución de mercancía defectuosa.', 'nl': 'Creditering i.v.m. retour beschadigde goederen.',
                              'pl': 'Przyczyna korekty: zwrot towaru.', 'en': 'Credit for returned defective goods.', 'ja': '返品分の返金'}.get(bl, ''))
    if t == 'proforma': v['notes'].insert(0, {'de': 'Keine Rechnung im Sinne des UStG – dient nur zur Vorauszahlung.', 'en': 'This proforma invoice is not a tax invoice. Goods will be shipped after receipt of payment.',
                                              'fr': 'Document non fiscal – paiement à la commande.', 'it': 'Documento non valido ai fini fiscali.', 'es': 'Documento sin validez fiscal.',
                                              'nl': 'Dit is geen factuur in de zin van de btw-wet.', 'pl': 'Dokument nie stanowi faktury VAT.', 'ja': 'ご入金確認後に出荷いたします。', 'zh': '本形式发票不作为报销凭证。'}.get(bl, ''))
    if t == 'delivery_note': v['notes'].append({'de': 'Ware erhalten: ____________________ (Unterschrift, Datum)', 'en': 'Received in good order: ______________',
                                                'fr': 'Reçu en bon état : ______________', 'it': 'Firma vettore: ______________  Firma destinatario: ______________',
                                                'es': 'Recibí conforme: ______________', 'pl': 'Wydał: __________  Odebrał: __________', 'ja': '受領印'}.get(bl, ''))
    if t == 'quotation': v['notes'].append({'de': 'Dieses Angebot ist 30 Tage gültig. Preise zzgl. gesetzlicher USt.', 'en': 'Quotation valid for 30 days.', 'fr': 'Devis valable 30 jours.', 'ja': '有効期限：発行日より30日'}.get(bl, ''))
    if t == 'purchase_order': v['notes'].append('Bitte Auftragsbestätigung innerhalb von 3 Werktagen an einkauf@kranich-outdoor.example senden.' if bl == 'de' else 'Please confirm this order within 3 working days to purchasing@kranich-outdoor.example.')
    if t == 'other': v['notes'].append('Alle Preise netto ab Lager, zzgl. USt. Mindestbestellwert 250 €. Irrtümer und Änderungen vorbehalten.' if bl == 'de' else 'Prezzi netti franco magazzino, IVA esclusa.')
    v['thanks'] = l['thanks']
    v['lbl'] = l
    return v

# ---------------- HTML styles ----------------
CSS = {
'datev': """@page{size:A4;margin:18mm 16mm 20mm 22mm} body{font-family:'DejaVu Serif',serif;font-size:9.5pt;color:#111}
 .hdr{display:flex;justify-content:space-between;border-bottom:1.2pt solid #000;padding-bottom:4pt} .sup{font-size:15pt;font-weight:bold}
 .sender{font-size:7pt;text-decoration:underline;margin-top:28pt} .addr{margin-top:4pt;min-height:70pt;font-size:10pt}
 h1{font-size:14pt;margin:12pt 0 6pt} table.items{width:100%;border-collapse:collapse} table.items th{border-top:1pt solid #000;border-bottom:1pt solid #000;text-align:left;padding:3pt}
 table.items td{padding:3pt;border-bottom:0.3pt dotted #999} td.n,th.n{text-align:right;white-space:nowrap} .tot{margin-left:55%;width:45%} .tot td{padding:2pt}
 .tot tr:last-child td{font-weight:bold;border-top:1pt solid #000;border-bottom:2.5pt double #000} .foot{font-size:7pt;margin-top:24pt;border-top:0.5pt solid #000;display:flex;justify-content:space-between}
 .meta td{padding:1pt 8pt 1pt 0}""",
'lexo': """@page{size:A4;margin:15mm 18mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#333}
 .hdr{display:flex;justify-content:space-between;align-items:flex-start} .sup{font-size:20pt;color:#1b6ec2;font-weight:300;letter-spacing:1px}
 .sender{font-size:7pt;color:#888;margin-top:30pt} .addr{font-size:10pt;min-height:60pt} h1{font-size:18pt;font-weight:normal;color:#1b6ec2;margin:18pt 0 8pt}
 table.items{width:100%;border-collapse:collapse} table.items th{background:#eef4fb;color:#1b6ec2;text-align:left;padding:5pt;font-weight:normal} table.items td{padding:5pt;border-bottom:0.5pt solid #e3e3e3}
 td.n,th.n{text-align:right;white-space:nowrap} .tot{margin-left:50%;width:50%;margin-top:8pt} .tot td{padding:3pt 5pt} .tot tr:last-child td{background:#1b6ec2;color:#fff;font-weight:bold;font-size:10.5pt}
 .foot{font-size:7pt;color:#777;margin-top:30pt;display:flex;gap:20pt} .meta td{padding:1pt 6pt}""",
'sevd': """@page{size:A4;margin:0 0 16mm 0} body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:9pt;margin:0}
 .band{background:#2e3a46;color:#fff;padding:14pt 18mm;display:flex;justify-content:space-between} .sup{font-size:16pt;font-weight:bold} .wrap{padding:0 18mm}
 .sender{font-size:7pt;color:#555;margin-top:14pt} .addr{font-size:10pt;min-height:60pt} h1{font-size:15pt;border-left:5pt solid #e67e22;padding-left:6pt;margin:14pt 0}
 table.items{width:100%;border-collapse:collapse} table.items th{border-bottom:2pt solid #e67e22;text-align:left;padding:4pt} table.items tr:nth-child(even) td{background:#f6f6f6}
 table.items td{padding:4pt} td.n,th.n{text-align:right;white-space:nowrap} .tot{margin-left:52%;width:48%;margin-top:6pt} .tot tr:last-child td{font-weight:bold;font-size:11pt;border-top:2pt solid #e67e22}
 .foot{font-size:7pt;color:#555;margin-top:26pt;border-top:0.5pt solid #ccc;padding-top:4pt} .meta td{padding:1pt 6pt;color:#fff}""",
'plain': """@page{size:A4;margin:14mm} body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:8.8pt}
 .hdr{display:flex;justify-content:space-between;border:1pt solid #444;padding:6pt} .sup{font-size:13pt;font-weight:bold;text-transform:uppercase} .sender{display:none}
 .addr{border:1pt solid #444;border-top:none;padding:6pt;min-height:50pt} h1{text-align:center;font-size:16pt;letter-spacing:3px;margin:10pt 0}
 table.items{width:100%;border-collapse:collapse} table.items th,table.items td{border:0.7pt solid #444;padding:3pt} table.items th{background:#ddd}
 td.n,th.n{text-align:right;white-space:nowrap} .tot{margin-left:60%;width:40%;border-collapse:collapse} .tot td{border:0.7pt solid #444;padding:3pt} .tot tr:last-child td{font-weight:bold}
 .foot{font-size:7.5pt;margin-top:16pt} .meta td{padding:1pt 6pt}""",
'portal': """@page{size:A4;margin:10mm 10mm} body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#222}
 .portalbar{font-size:7pt;color:#666;display:flex;justify-content:space-between;border-bottom:0.5pt solid #bbb;margin-bottom:8pt}
 .hdr{display:flex;justify-content:space-between} .sup{font-size:14pt;font-weight:bold;color:#0a7a4a} .sender{font-size:7pt;margin-top:10pt;color:#666}
 .addr{font-size:9.5pt;min-height:50pt} h1{font-size:13pt;background:#0a7a4a;color:white;padding:4pt 8pt;margin:10pt 0}
 table.items{width:100%;border-collapse:collapse} table.items th{border-bottom:1pt solid #0a7a4a;text-align:left;padding:3pt;font-size:8pt} table.items td{padding:3pt;border-bottom:0.4pt solid #ddd}
 td.n,th.n{text-align:right;white-space:nowrap} .tot{margin-left:55%;width:45%} .tot tr:last-child td{font-weight:bold;border-top:1pt solid #0a7a4a} .foot{font-size:7pt;margin-top:18pt;color:#555} .meta td{padding:1pt 6pt}""",
}

def html_doc(v, style):
    e = html.escape; d = v['doc']
    CSS_EXTRA = ' .meta td{white-space:nowrap} .addr b{white-space:nowrap}'
    if d['doc_type'] == 'tax_invoice' or (v['lang'] == 'zh' and d['doc_type'] == 'invoice'): return html_cn_vat(v)
    if v['lang'] == 'ja': return html_jp(v)
    meta = ''.join(f'<tr><td>{e(a)}</td><td><b>{e(b)}</b></td></tr>' for a, b in v['meta'])
    ncols = len(v['cols'])
    th = ''.join(f'<th class="{"n" if i >= 3 else ""}">{e(c)}</th>' for i, c in enumerate(v['cols']))
    rows = ''.join('<tr>' + ''.join(f'<td class="{"n" if i >= 3 else ""}">{e(c)}</td>' for i, c in enumerate(r)) + '</tr>' for r in v['rows'])
    tots = ''.join(f'<tr><td>{e(a)}</td><td class="n">{e(b)}</td></tr>' for a, b in v['totals'])
    notes = ''.join(f'<p>{e(x)}</p>' for x in v['notes'] if x)
    sender = f"{v['sup_name']} · {' · '.join(v['sup_lines'][:2])}"
    supblock = f'<div class="sup">{e(v["sup_name"])}</div><div>' + '<br>'.join(e(x) for x in v['sup_lines']) + f'<br>{e(v["sup_tax"])}</div>'
    addr = f'<div class="sender">{e(sender)}</div><div class="addr"><b>{e(v["buyer_name"])}</b><br>' + '<br>'.join(e(x) for x in v['buyer_lines']) + (f'<br>{e(v["buyer_tax"])}' if v['buyer_tax'] and d['rc'] else '') + '</div>'
    portal = ''
    if style == 'portal':
        portal = f'<div class="portalbar"><span>Supplier Portal · Documents · {e(d["number"])}</span><span>printed by user kso_einkauf</span></div>'
    if style == 'sevd':
        top = f'<div class="band"><div>{supblock}</div><table class="meta">{meta}</table></div><div class="wrap">{addr}<h1>{e(v["title"])} {e(d["number"])}</h1>'
        end = '</div>'
    else:
        top = f'{portal}<div class="hdr"><div>{supblock}</div><div><table class="meta">{meta}</table></div></div>{addr}<h1>{e(v["title"])}</h1>'
        end = ''
    foot = f'<div class="foot"><div>{e(v["sup_name"])}<br>{e(v["sup_tax"])}</div><div>{e(v["lbl"]["bank"])}: {e(v["bank"])}</div></div>' if v['bank'] else ''
    body = f'{top}<table class="items"><thead><tr>{th}</tr></thead><tbody>{rows}</tbody></table>' + (f'<table class="tot">{tots}</table>' if tots else '') + f'{notes}<p>{e(v["thanks"])}</p>{foot}{end}'
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{e(v["title"])} {e(d["number"])}</title><style>{CSS[style] + CSS_EXTRA}</style></head><body>{body}</body></html>'

def html_cn_vat(v):
    e = html.escape; d = v['doc']; s = SUPPLIERS[d['supplier_key']]
    rate = int(d['eff_rate'])
    rows = ''.join(f'<tr><td>*体育用品*{e(it["desc"])}</td><td>{e(it["sku"])}</td><td>个</td><td class="n">{it["qty"]}</td><td class="n">{fnum(it["price"], "zh")}</td>'
                   f'<td class="n">{fnum(d["lines"][i], "zh")}</td><td class="n">{rate}%</td><td class="n">{fnum(q2(d["lines"][i] * d["eff_rate"] / 100), "zh")}</td></tr>' for i, it in enumerate(d['items']))
    css = """@page{size:A4 landscape;margin:10mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;color:#8a3b12}
    h1{text-align:center;font-size:18pt;letter-spacing:2px;border-bottom:3px double #8a3b12;width:60%;margin:4pt auto 10pt;padding-bottom:4pt}
    .meta{position:absolute;right:14mm;top:12mm;font-size:9pt} .meta b{color:#000} table{width:100%;border-collapse:collapse} td,th{border:1px solid #8a3b12;padding:4pt;color:#8a3b12}
    td b,td span.k{color:#000;font-weight:normal} .n{text-align:right} .v{color:#000} .side{width:18pt;text-align:center}"""
    tax_sum = d['tax']; 
    body = f"""<div class="meta">发票号码：<b>{d['number']}</b><br>开票日期：<b>{v['date_str']}</b></div><h1>电子发票（增值税专用发票）</h1>
<table><tr><td class="side" rowspan="2">购买方信息</td><td>名称：<span class="k">{e(v['buyer_name'])}</span></td><td class="side" rowspan="2">销售方信息</td><td>名称：<span class="k">{e(s['name'])}</span></td></tr>
<tr><td>统一社会信用代码/纳税人识别号：<span class="k">{d['buyer'][2]}</span></td><td>统一社会信用代码/纳税人识别号：<span class="k">{s['taxid']}</span></td></tr></table>
<table><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
<tr><td>合　　计</td><td colspan="4"></td><td class="n v">¥{fnum(d['net'], 'zh')}</td><td></td><td class="n v">¥{fnum(tax_sum, 'zh')}</td></tr>
<tr><td>价税合计（大写）</td><td colspan="4" class="v">ⓧ {cn_upper(d['total'])}</td><td colspan="3">（小写）<span class="v">¥{fnum(d['total'], 'zh')}</span></td></tr>
<tr><td>备注</td><td colspan="7" class="v">合同号：{d['orderref']}　开户行及账号：{e(s['bank'])}</td></tr></table>
<p>开票人：王丽娟</p>"""
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'

def html_jp(v):
    e = html.escape; d = v['doc']; s = SUPPLIERS[d['supplier_key']]; l = v['lbl']
    th = ''.join(f'<th>{e(c)}</th>' for c in v['cols'])
    rows = ''.join('<tr>' + ''.join(f'<td class="{"n" if i >= 3 else ""}">{e(c)}</td>' for i, c in enumerate(r)) + '</tr>' for r in v['rows'])
    tots = ''.join(f'<tr><td>{e(a)}</td><td class="n">{e(b)}</td></tr>' for a, b in v['totals'])
    meta = ''.join(f'<tr><td>{e(a)}</td><td>{e(b)}</td></tr>' for a, b in v['meta'])
    big = f'<div class="big">{e(v["totals"][-1][0])}　<u>{e(v["totals"][-1][1])}</u>（税込）</div>' if v['totals'] else ''
    css = """@page{size:A4;margin:15mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt} h1{text-align:center;letter-spacing:14pt;font-size:20pt;border-bottom:2px solid #000;width:40%;margin:0 auto 16pt}
    .row{display:flex;justify-content:space-between} .to{white-space:nowrap;font-size:13pt;border-bottom:1px solid #000;padding-bottom:2pt;width:55%} .big{font-size:14pt;margin:14pt 0;border:1.5px solid #000;padding:6pt;width:55%}
    .stamp{display:inline-block;border:2px solid #c22;color:#c22;border-radius:50%;width:46pt;height:46pt;text-align:center;line-height:46pt;font-size:10pt;margin-left:10pt}
    table.items{width:100%;border-collapse:collapse;margin-top:10pt} table.items th{background:#444;color:#fff;padding:4pt;border:1px solid #444} table.items td{border:1px solid #999;padding:4pt}
    .n{text-align:right;white-space:nowrap} .tot{margin-left:55%;width:45%;border-collapse:collapse;margin-top:6pt} .tot td{border:1px solid #999;padding:4pt} .tot tr:last-child td{font-weight:bold;background:#eee}"""
    body = f"""<h1>{e(v['title'])}</h1><div class="row"><div style="width:55%"><div class="to">{e(v['buyer_name'])}　御中</div><p>{e(l['thanks'])}</p>{big}</div>
<div><table>{meta}</table><p><b>{e(s['name'])}</b><span class="stamp">北斗</span><br>{'<br>'.join(e(x) for x in s['lines'])}<br>TEL {s['tel']}<br>登録番号：{s['taxid']}</p></div></div>
<table class="items"><tr>{th}</tr>{rows}</table><table class="tot">{tots}</table><p>{'<br>'.join(e(x) for x in v['notes'] if x)}</p><p>{e(l['bank'])}：{e(s['bank'])}</p>"""
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'

def chromium_pdf(html_str, out, tmpdir):
    hp = os.path.join(tmpdir, os.path.basename(out) + '.html')
    open(hp, 'w', encoding='utf-8').write(html_str)
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={out}', 'file://' + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def weasy_pdf(html_str, out):
    import weasyprint
    weasyprint.HTML(string=html_str).write_pdf(out)

# ---------------- ReportLab ----------------
_rl_fonts = {}
def rl_fonts():
    if not _rl_fonts:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont('DJ', DJ)); pdfmetrics.registerFont(TTFont('DJB', DJB)); pdfmetrics.registerFont(TTFont('DJM', DJM))
        pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
        _rl_fonts['ok'] = 1

def rl_pdf(v, out, layout=0):
    """layout 0: classic letterhead left; 1: boxed header right. Standard Helvetica when text is WinAnsi-safe."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    rl_fonts()
    d = v['doc']
    allt = ' '.join([v['sup_name'], v['buyer_name'], v['title']] + [c for r in v['rows'] for c in r] + [b for a, b in v['totals']] + v['notes'] + v['sup_lines'] + [a for a, b in v['meta']] + [a for a, b in v['totals']])
    try: allt.encode('cp1252'); F, FB = 'Helvetica', 'Helvetica-Bold'
    except UnicodeEncodeError: F, FB = ('WQY', 'WQY') if v['lang'] in ('ja', 'zh') else ('DJ', 'DJB')
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(f"{v['title']} {d['number']}"); c.setAuthor(v['sup_name']); c.setCreator('FaktWin 7.2 Druckmodul' if layout == 0 else 'OrderDesk ERP')
    W, H = A4
    page = [1]
    def header(first):
        if layout == 0:
            c.setFillColorRGB(0.1, 0.25, 0.45); c.rect(18 * mm, H - 30 * mm, 10 * mm, 10 * mm, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
            c.setFont(FB, 15); c.drawString(31 * mm, H - 27 * mm, v['sup_name'])
            c.setFont(F, 8); c.drawString(31 * mm, H - 32 * mm, ' · '.join(v['sup_lines']))
        else:
            c.setFont(FB, 13); c.drawRightString(W - 18 * mm, H - 22 * mm, v['sup_name'])
            c.setFont(F, 8)
            for i, x in enumerate(v['sup_lines'] + [v['sup_tax']]): c.drawRightString(W - 18 * mm, H - 27 * mm - i * 10, x)
        if not first:
            c.setFont(F, 8); c.drawString(18 * mm, H - 42 * mm, f"{v['title']} {d['number']} – {v['lbl']['page']} {page[0]}")
    header(True)
    y = H - 52 * mm
    c.setFont(F, 7); c.drawString(20 * mm, y + 6 * mm, f"{v['sup_name']}, {', '.join(v['sup_lines'][:2])}")
    c.setFont(FB, 10); c.drawString(20 * mm, y, v['buyer_name']); c.setFont(F, 10)
    for i, x in enumerate(v['buyer_lines']): c.drawString(20 * mm, y - (i + 1) * 12, x)
    mx = 125 * mm
    for i, (a, b) in enumerate(v['meta']):
        c.setFont(F, 8.5); c.drawString(mx, y + 4 - i * 11, a); c.setFont(FB if i < 2 else F, 8.5); c.drawRightString(W - 18 * mm, y + 4 - i * 11, b)
    y = H - 98 * mm
    c.setFont(FB, 16); c.drawString(18 * mm, y, v['title']); y -= 10 * mm
    ncol = len(v['cols'])
    xs = [18, 28, 52, 110, 150, 192][:ncol] if ncol >= 6 else [18, 28, 55, 150, 192][:ncol]
    xs = [x * mm for x in xs]
    def colhead(y):
        c.setFont(FB, 8.5)
        for i, h in enumerate(v['cols']):
            if i >= 3: c.drawRightString(xs[i] if i == ncol - 1 else xs[i] + (8 * mm if ncol >= 6 and i == 3 else 0), y, h)
            else: c.drawString(xs[i], y, h)
        c.setLineWidth(0.6); c.line(18 * mm, y - 3, W - 18 * mm, y - 3)
        return y - 13
    y = colhead(y)
    for r in v['rows']:
        if y < 45 * mm:
            c.setFont(F, 8); c.drawRightString(W - 18 * mm, 12 * mm, f"{v['lbl']['page']} {page[0]}"); c.showPage(); page[0] += 1
            header(False); y = colhead(H - 50 * mm)
        c.setFont(F, 8.5)
        for i, cell in enumerate(r):
            if i >= 3: c.drawRightString(xs[i] if i == ncol - 1 else xs[i] + (8 * mm if ncol >= 6 and i == 3 else 0), y, cell)
            else: c.drawString(xs[i], y, cell[:40] if ncol >= 6 else cell[:52])
        y -= 12
    c.line(18 * mm, y + 6, W - 18 * mm, y + 6); y -= 8
    if y < 60 * mm:
        c.showPage(); page[0] += 1; header(False); y = H - 55 * mm
    for i, (a, b) in enumerate(v['totals']):
        last = i == len(v['totals']) - 1
        c.setFont(FB if last else F, 10 if last else 9)
        c.drawString(120 * mm, y, a); c.drawRightString(W - 18 * mm, y, b)
        if last: c.line(120 * mm, y - 3, W - 18 * mm, y - 3); c.line(120 * mm, y - 5, W - 18 * mm, y - 5)
        y -= 13
    y -= 6; c.setFont(F, 8)
    for x in v['notes'] + [v['thanks']]:
        if x: c.drawString(18 * mm, y, x[:120]); y -= 11
    c.setFont(F, 6.8)
    c.drawString(18 * mm, 16 * mm, f"{v['sup_name']} · {v['sup_tax']}")
    if v['bank']: c.drawString(18 * mm, 12 * mm, f"{v['lbl']['bank']}: {v['bank']}")
    if page[0] > 1: c.drawRightString(W - 18 * mm, 12 * mm, f"{v['lbl']['page']} {page[0]}")
    c.showPage(); c.save()
    return page[0]

def rl_receipt(doc, out, date_str, time_str, rng):
    """Kassenbon of the cash-and-carry, 80 mm roll."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    rl_fonts()
    s = SUPPLIERS['cc']
    n = len(doc['items'])
    H = (120 + n * 9 + 40) * mm / 1.6
    c = canvas.Canvas(out, pagesize=(80 * mm, H))
    c.setCreator('KassenSys POS 4.1')
    y = H - 10 * mm; W = 80 * mm
    F = 'Courier'
    def ctr(t, sz=8, f=F):
        nonlocal y; c.setFont(f, sz); c.drawCentredString(W / 2, y, t); y -= sz + 3
    ctr(s['name'], 10, 'Courier-Bold'); ctr(s['lines'][0]); ctr(s['lines'][1]); ctr('Tel ' + s['tel']); ctr('St-Nr 43/712/04418  USt-IdNr ' + s['taxid'], 6.5)
    y -= 4
    c.setFont(F, 7.5); c.drawString(4 * mm, y, "Kunde 4471102"); y -= 9; c.drawString(4 * mm, y, doc["buyer_name"].upper()); y -= 10
    lines = doc['lines']
    for i, it in enumerate(doc['items']):
        c.setFont(F, 7.5)
        c.drawString(4 * mm, y, it['desc'][:26].upper()); c.drawRightString(W - 4 * mm, y, f"{fnum(lines[i], 'de')} A"); y -= 9
        if it['qty'] > 1: c.drawString(8 * mm, y, f"{it['qty']} x {fnum(it['price'], 'de')}"); y -= 9
    c.line(4 * mm, y + 5, W - 4 * mm, y + 5); y -= 4
    c.setFont('Courier-Bold', 10); c.drawString(4 * mm, y, 'SUMME EUR'); c.drawRightString(W - 4 * mm, y, fnum(doc['total'], 'de')); y -= 14
    c.setFont(F, 7.5)
    c.drawString(4 * mm, y, 'EC-Karte girocard'); c.drawRightString(W - 4 * mm, y, fnum(doc['total'], 'de')); y -= 12
    c.drawString(4 * mm, y, 'MwSt      Netto     MwSt     Brutto'); y -= 9
    c.drawString(4 * mm, y, f"A 19%  {fnum(doc['net'], 'de'):>8} {fnum(doc['tax'], 'de'):>8} {fnum(doc['total'], 'de'):>9}"); y -= 12
    c.drawString(4 * mm, y, f"{date_str} {time_str}  Kasse 07 Bon {rng.randint(1000, 9999)}"); y -= 9
    c.drawString(4 * mm, y, f"TSE-Sig: {''.join(rng.choice('ABCDEF0123456789') for _ in range(24))}"); y -= 12
    ctr('Vielen Dank fuer Ihren Einkauf!', 7.5)
    c.showPage(); c.save()

# ---------------- fpdf2 ----------------
def fpdf_pdf(v, out, variant=0):
    from fpdf import FPDF
    d = v['doc']
    pdf = FPDF(format='A4'); pdf.set_auto_page_break(True, 22)
    pdf.add_font('DJ', '', DJ); pdf.add_font('DJ', 'B', DJB)
    if v['lang'] in ('ja', 'zh'):
        pdf.add_font('DJ2', '', WQY); F = 'DJ2'; B = ''
    else: F = 'DJ'; B = 'B'
    pdf.set_creator('InvoiceMaker Pro' if variant == 0 else 'Fakturownia-export'); pdf.set_title(f"{v['title']} {d['number']}")
    lbl = v['lbl']
    def footer():
        pass
    pdf.add_page()
    pdf.set_font(F, B, 14); pdf.cell(0, 8, v['sup_name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(F, '', 8)
    for x in v['sup_lines'] + [v['sup_tax']]: pdf.cell(0, 4, x, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6)
    yb = pdf.get_y()
    pdf.set_font(F, B, 10); pdf.cell(90, 5, v['buyer_name'], new_x='LMARGIN', new_y='NEXT'); pdf.set_font(F, '', 9)
    for x in v['buyer_lines'] + ([v['buyer_tax']] if v['buyer_tax'] else []): pdf.cell(90, 4.5, x, new_x='LMARGIN', new_y='NEXT')
    pdf.set_xy(120, yb)
    for a, b in v['meta']:
        pdf.set_x(120); pdf.set_font(F, '', 8.5); pdf.cell(35, 5, a); pdf.set_font(F, B, 8.5); pdf.cell(40, 5, b, align='R', new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(pdf.get_y(), yb + 30) + 6)
    pdf.set_font(F, B, 15); pdf.cell(0, 9, v['title'], align='C' if variant else 'L', new_x='LMARGIN', new_y='NEXT'); pdf.ln(2)
    ncol = len(v['cols'])
    widths = [10, 24, 76, 18, 26, 36][:ncol] if ncol >= 6 else [10, 26, 100, 22, 32][:ncol]
    if ncol == 5 and d['doc_type'] == 'other': widths = [10, 26, 94, 16, 44]
    def head():
        pdf.set_font(F, B, 8.5); pdf.set_fill_color(225, 225, 225)
        for i, h in enumerate(v['cols']): pdf.cell(widths[i], 6, h, border=1, fill=True, align='R' if i >= 3 else 'L')
        pdf.ln()
    head()
    pdf.set_font(F, '', 8.5)
    for r in v['rows']:
        if pdf.get_y() > 262: pdf.add_page(); head(); pdf.set_font(F, '', 8.5)
        for i, cell in enumerate(r): pdf.cell(widths[i], 5.5, cell if i != 2 else cell[:44], border='LR' if variant == 0 else 1, align='R' if i >= 3 else 'L')
        pdf.ln()
    pdf.cell(sum(widths), 0, '', border='T', new_x='LMARGIN', new_y='NEXT'); pdf.ln(3)
    for i, (a, b) in enumerate(v['totals']):
        last = i == len(v['totals']) - 1
        pdf.set_x(110); pdf.set_font(F, B if last else '', 10 if last else 9)
        pdf.cell(50, 6, a, border='T' if last else 0); pdf.cell(30, 6, b, align='R', border='T' if last else 0, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4); pdf.set_font(F, '', 8)
    for x in v['notes'] + [v['thanks']]:
        if x: pdf.multi_cell(0, 4.2, x, new_x='LMARGIN', new_y='NEXT')
    if v['bank']: pdf.ln(2); pdf.multi_cell(0, 4.2, f"{lbl['bank']}: {v['bank']}", new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)
    return pdf.page_no()

# ---------------- Flat ODS (LibreOffice Calc) ----------------
def fods(v, out):
    e = html.escape
    def row(cells, style=None):
        return '<table:table-row>' + ''.join(f'<table:table-cell office:value-type="string"{(" table:style-name=%s" % chr(34) + style + chr(34)) if style else ""}><text:p>{e(str(c))}</text:p></table:table-cell>' for c in cells) + '</table:table-row>'
    d = v['doc']
    rows = [row([v['sup_name']], 'big'), row([' · '.join(v['sup_lines'])]), row([v['sup_tax']]), row([]),
            row([v['buyer_name']], 'bold')] + [row([x]) for x in v['buyer_lines']] + [row([])]
    rows += [row(['', '', '', a, b]) for a, b in v['meta']] + [row([]), row([v['title']], 'big'), row(v['cols'], 'head')]
    rows += [row(r) for r in v['rows']] + [row([])]
    rows += [row(['', '', '', a, '', b], 'bold' if i == len(v['totals']) - 1 else None) for i, (a, b) in enumerate(v['totals'])]
    rows += [row([]) ] + [row([x]) for x in v['notes'] + ([f"{v['lbl']['bank']}: {v['bank']}"] if v['bank'] else []) if x]
    cols = ''.join(f'<table:table-column table:style-name="c{i}"/>' for i in range(6))
    widths = ['1.0cm', '2.3cm', '7.2cm', '2.6cm', '2.6cm', '2.8cm']
    cstyles = ''.join(f'<style:style style:name="c{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cstyles}
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{e(d['number'][:30].replace('/', '-'))}">{cols}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    open(out, 'w', encoding='utf-8').write(xml)

# ---------------- DOCX ----------------
def docx_file(v, out):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles['Normal']; st.font.name = 'DejaVu Sans'; st.font.size = Pt(9)
    sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7); sec.left_margin = sec.right_margin = Cm(2)
    p = d.add_paragraph(); r = p.add_run(v['sup_name']); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph(' | '.join(v['sup_lines'] + [v['sup_tax']])).runs[0].font.size = Pt(7.5)
    p = d.add_paragraph(); r = p.add_run(v['buyer_name']); r.bold = True
    for x in v['buyer_lines']: p.add_run('\n' + x)
    t = d.add_table(rows=0, cols=2)
    for a, b in v['meta']:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    h = d.add_paragraph(); r = h.add_run(v['title']); r.bold = True; r.font.size = Pt(16)
    t = d.add_table(rows=1, cols=len(v['cols'])); t.style = 'Table Grid'
    for i, c in enumerate(v['cols']): t.rows[0].cells[i].text = c
    for rr in v['rows']:
        cells = t.add_row().cells
        for i, c in enumerate(rr):
            cells[i].text = c
            if i >= 3: cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    if v['totals']:
        t = d.add_table(rows=0, cols=2)
        for i, (a, b) in enumerate(v['totals']):
            c = t.add_row().cells; c[0].text = a; c[1].text = b; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == len(v['totals']) - 1:
                for cc in c: cc.paragraphs[0].runs[0].bold = True
    for x in v['notes'] + [v['thanks']]:
        if x: d.add_paragraph(x)
    if v['bank']: d.add_paragraph(f"{v['lbl']['bank']}: {v['bank']}").runs[0].font.size = Pt(7.5)
    d.core_properties.author = 'Buchhaltung'; d.core_properties.title = f"{v['title']} {v['doc']['number']}"
    d.save(out)

def soffice_convert(paths, outdir):
    if not paths: return
    subprocess.run(['soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir] + paths,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
