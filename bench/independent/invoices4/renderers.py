# Renderers: HTML (Chromium / WeasyPrint), ReportLab, fpdf2, LibreOffice Calc (.fods) and Writer (.docx)
import os, subprocess, html as H
from decimal import Decimal as D
from common import *
from specs import build_view, sup_name, sup_lines, cn_upper

ROOT = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(ROOT, 'build')
DEJA = '/usr/share/fonts/truetype/dejavu/'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
e = lambda s: H.escape(str(s))

# ------------------------------------------------------------------------------------------ HTML
CSS = {
    'classic': """body{font-family:'DejaVu Serif','WenQuanYi Micro Hei';font-size:10pt;color:#111}
 h1{font-size:20pt;letter-spacing:3px;text-align:right;margin:0 0 6mm 0;font-weight:normal}
 .sel b{font-size:12pt} table.items{width:100%;border-collapse:collapse;margin-top:6mm}
 table.items th{border-bottom:1.5px solid #000;border-top:1.5px solid #000;padding:3px;text-align:left;font-size:9pt}
 table.items td{padding:3px;border-bottom:0.5px solid #bbb} .tot td{padding:2px 4px} .tot .g td{border-top:1.5px solid #000;font-weight:bold;font-size:11pt}""",
    'modern': """body{font-family:'DejaVu Sans','WenQuanYi Micro Hei';font-size:9.5pt;color:#222}
 .band{background:#1f4e79;color:#fff;padding:5mm 6mm;margin:-2mm -2mm 6mm -2mm} .band b{font-size:15pt}
 h1{font-size:17pt;color:#1f4e79;margin:0 0 3mm 0} table.items{width:100%;border-collapse:collapse;margin-top:5mm}
 table.items th{background:#dbe6f1;padding:4px;text-align:left;font-size:8.5pt} table.items tr:nth-child(even) td{background:#f3f6fa}
 table.items td{padding:4px} .tot .g td{background:#1f4e79;color:#fff;font-weight:bold;padding:5px}""",
    'erp': """body{font-family:'DejaVu Sans Mono','WenQuanYi Micro Hei Mono';font-size:8.5pt}
 h1{font-size:13pt;border:1px solid #000;padding:2mm;text-align:center;margin:0 0 4mm 0}
 .box{border:1px solid #000;padding:2mm} table.items{width:100%;border-collapse:collapse;margin-top:4mm}
 table.items th,table.items td{border:1px solid #000;padding:2px 3px} table.items th{background:#e8e8e8}
 .tot td{border:1px solid #000;padding:2px 4px} .tot .g td{font-weight:bold}""",
}


def html_generic(v, theme, gen):
    css = CSS[theme]
    out = [f"<html><head><meta charset='utf-8'><meta name='generator' content='{e(gen)}'><title>{e(v['title'])}</title><style>@page{{size:A4;margin:16mm 15mm 18mm 15mm}} {css}"
           " td.R,th.R{text-align:right;white-space:nowrap} td.n{white-space:nowrap} .small{font-size:7.5pt;color:#444} .meta td{padding:1px 8px 1px 0}</style></head><body>"]
    sel = '<br>'.join(e(x) for x in v['seller'][1:])
    if theme == 'modern':
        out.append(f"<div class='band'><b>{e(v['seller'][0])}</b><br><span style='font-size:8pt'>{sel}</span></div><h1>{e(v['title'])}</h1>")
    elif theme == 'classic':
        out.append(f"<table style='width:100%'><tr><td class='sel' style='vertical-align:top'><b>{e(v['seller'][0])}</b><br>{sel}</td>"
                   f"<td style='vertical-align:top'><h1>{e(v['title'])}</h1></td></tr></table>")
    else:
        out.append(f"<h1>{e(v['title'])}</h1><table style='width:100%'><tr><td class='box' style='width:50%;vertical-align:top'><b>{e(v['seller'][0])}</b><br>{sel}</td><td></td></tr></table>")
    meta = ''.join(f"<tr><td>{e(k)}</td><td class='n'><b>{e(x)}</b></td></tr>" for k, x in v['meta'])
    buy = '<br>'.join(e(x) for x in v['buyer'][1:])
    out.append(f"<table style='width:100%;margin-top:6mm'><tr><td style='width:55%;vertical-align:top'><span class='small'>{e(v['buyer_label'])}</span><br>"
               f"<b>{e(v['buyer'][0])}</b><br>{buy}</td><td style='vertical-align:top'><table class='meta'>{meta}</table></td></tr></table>")
    for p in v['paras']:
        out.append(f"<p style='margin-top:5mm;line-height:1.45'>{e(p)}</p>")
    if v['headers']:
        al = v['align']
        out.append("<table class='items'><thead><tr>" + ''.join(f"<th class='{'R' if al[i] == 'R' else ''}'>{e(h)}</th>" for i, h in enumerate(v['headers'])) + "</tr></thead><tbody>")
        for row in v['rows']:
            out.append('<tr>' + ''.join(f"<td class='{'R' if al[i] == 'R' else ''}'>{e(c)}</td>" for i, c in enumerate(row)) + '</tr>')
        out.append('</tbody></table>')
    if v['totals']:
        out.append("<table class='tot' style='margin-left:auto;margin-top:4mm;page-break-inside:avoid'>")
        for k, x, g in v['totals']:
            out.append(f"<tr class='{'g' if g else ''}'><td>{e(k)}</td><td class='R'>{e(x)}</td></tr>")
        out.append('</table>')
    if v['notes']:
        out.append("<div style='margin-top:8mm' class='small'>" + '<br>'.join(e(n) for n in v['notes']) + '</div>')
    out.append(f"<div class='small' style='margin-top:10mm;border-top:0.5px solid #999;padding-top:2mm'>{e(v['footer'])}</div></body></html>")
    return '\n'.join(out)


def html_jp(spec, gen):
    v = build_view(spec); pr = spec['pr']; cur = spec['cur']
    N = lambda x: fmt_num(x, 'ja', cur)
    rows = ''.join(f"<tr><td>{i + 1}</td><td>{e(it['desc'])}</td><td class='R'>{it['qty']}</td><td class='R'>{N(it['price'])}</td><td class='R'>{N(pr['lines'][i])}</td></tr>"
                   for i, it in enumerate(spec['items']))
    tot = ''.join(f"<tr><td class='lab'>{e(k)}</td><td class='R'>{e(x)}</td></tr>" for k, x, g in v['totals'])
    meta = '<br>'.join(f"{e(k)}：{e(x)}" for k, x in v['meta'])
    b = spec['buyer']
    amount_box = '' if not v['totals'] else f"<div class='amt'>ご請求金額　<span>¥{N(pr['total'])}－</span>（税込）</div>"
    return f"""<html><head><meta charset='utf-8'><meta name='generator' content='{e(gen)}'><style>@page{{size:A4;margin:14mm}}
body{{font-family:'WenQuanYi Micro Hei';font-size:9.5pt}} h1{{text-align:center;letter-spacing:12px;font-size:20pt;border-bottom:3px double #000;width:60%;margin:0 auto 6mm}}
.amt{{border:1.5px solid #000;padding:3mm;font-size:13pt;width:70%;margin-top:5mm}} .amt span{{font-size:16pt;font-weight:bold}}
table.it{{width:100%;border-collapse:collapse;margin-top:6mm}} table.it td,table.it th{{border:0.8px solid #333;padding:3px 4px}} table.it th{{background:#eee}}
.R{{text-align:right;white-space:nowrap}} .seal{{position:absolute;right:18mm;top:38mm;width:17mm;height:17mm;border:2px solid #c33;border-radius:50%;color:#c33;
font-size:8pt;text-align:center;line-height:1.1;padding-top:3mm;box-sizing:border-box;opacity:0.85}} .lab{{background:#eee;border:0.8px solid #333;padding:3px 6px}}
table.tot td{{border:0.8px solid #333;padding:3px 8px}}</style></head><body>
<h1>{e(v['title'])}</h1><div style='text-align:right'>{meta}</div>
<table style='width:100%'><tr><td style='width:55%;vertical-align:top'><span style='font-size:13pt;border-bottom:1px solid #000'>{e(b['name'])}　御中</span><br>
<span style='font-size:8pt'>{'<br>'.join(e(x) for x in b['lines'])}</span><br><br>{e(LBL['ja']['thanks']) if spec['doc_type'] in ('invoice', 'tax_invoice') else ''}{amount_box}</td>
<td style='vertical-align:top;padding-left:8mm'><b style='font-size:11pt'>{e(v['seller'][0])}</b><br>{'<br>'.join(e(x) for x in v['seller'][1:])}</td></tr></table>
<div class='seal'>{e(v['seller'][0].split()[-1][:2])}<br>{e(v['seller'][0].split()[-1][2:4])}<br>之印</div>
{'<p>' + '</p><p>'.join(e(p) for p in v['paras']) + '</p>' if v['paras'] else ''}
{"<table class='it'><tr><th>No.</th><th>品名</th><th>数量</th><th>単価</th><th>金額</th></tr>" + rows + "</table>" if v['headers'] else ''}
<table class='tot' style='margin-left:auto;margin-top:4mm;border-collapse:collapse'>{tot}</table>
<p style='font-size:8pt;margin-top:8mm'>{'<br>'.join(e(n) for n in v['notes'])}</p></body></html>"""


def html_zhvat(spec, gen):
    pr = spec['pr']; cur = spec['cur']; sup = SUPPLIERS[spec['sid']]; b = spec['buyer']
    N = lambda x: fmt_num(x, 'zh', cur)
    rows = ''.join(f"<tr><td>*日用品*{e(it['desc'])}</td><td>{e(it['code'])}</td><td>件</td><td class='R'>{it['qty']}</td><td class='R'>{N(it['price'])}</td>"
                   f"<td class='R'>{N(pr['lines'][i])}</td><td class='R'>{spec['rate']}%</td><td class='R'>{N(qz(pr['lines'][i] * spec['rate'] / 100, cur))}</td></tr>"
                   for i, it in enumerate(spec['items']))
    d = fmt_date(spec['date'], spec['date_style'])
    return f"""<html><head><meta charset='utf-8'><meta name='generator' content='{e(gen)}'><style>@page{{size:A4 landscape;margin:12mm}}
body{{font-family:'WenQuanYi Micro Hei';font-size:9pt;color:#7a3b12}} .t{{text-align:center;font-size:19pt;letter-spacing:6px;border-bottom:3px double #7a3b12;width:45%;margin:0 auto}}
table{{border-collapse:collapse;width:100%}} td{{border:1px solid #7a3b12;padding:3px 4px;vertical-align:top}} .R{{text-align:right;white-space:nowrap}} .k{{color:#111}}
.v{{color:#111}} .lab{{width:22px;text-align:center}}</style></head><body>
<div class='t'>{e(LBL['zh']['tax_invoice'])}</div>
<div style='text-align:right;margin:3mm 0'>发票代码：<span class='v'>{spec['code']}</span>　发票号码：<span class='v'>{spec['number']}</span><br>开票日期：<span class='v'>{d}</span></div>
<table><tr><td class='lab' rowspan='4'>购<br>买<br>方</td><td>名　　称：<span class='v'>{e(b['name'])}</span></td><td rowspan='4' style='width:30%'>密码区<br><span class='v' style='font-family:DejaVu Sans Mono;font-size:7pt'>03*7&gt;1+&lt;/94-26*85+4&lt;*/+1&gt;&gt;62&lt;0-*5<br>9/*+-731&gt;8&lt;&lt;2*/057&gt;-+46*9*0&lt;13<br>&lt;+2*/8&gt;&gt;95-71&lt;*36+0/4&gt;-*2&lt;5</span></td></tr>
<tr><td>纳税人识别号：<span class='v'>{e(b['taxid'])}</span></td></tr><tr><td>地 址、电 话：<span class='v'>{e(' '.join(b['lines']))}</span></td></tr><tr><td>开户行及账号：</td></tr></table>
<table style='border-top:none'><tr><td>货物或应税劳务、服务名称</td><td>规格型号</td><td>单位</td><td>数量</td><td>单价</td><td>金额</td><td>税率</td><td>税额</td></tr>{rows}
<tr><td colspan='5' style='text-align:center'>合　　计</td><td class='R v'>¥{N(pr['sub'] - spec['disc'] + spec['ship'])}</td><td></td><td class='R v'>¥{N(pr['tax'])}</td></tr>
<tr><td colspan='2'>价税合计（大写）</td><td colspan='3' class='v'>ⓧ {cn_upper(pr['total'])}</td><td colspan='3' class='v'>（小写）¥{N(pr['total'])}</td></tr></table>
<table><tr><td class='lab' rowspan='4'>销<br>售<br>方</td><td>名　　称：<span class='v'>{e(sup['zh_name'])}</span></td><td rowspan='4' style='width:30%'>备注<br><span class='v'>{('运费 ' + N(spec['ship'])) if spec['ship'] else ''} {('折扣 ' + N(spec['disc'])) if spec['disc'] else ''}</span></td></tr>
<tr><td>纳税人识别号：<span class='v'>{e(sup['taxid'].split()[-1])}</span></td></tr><tr><td>地 址、电 话：<span class='v'>{e(' '.join(sup['zh_lines']))}</span></td></tr>
<tr><td>开户行及账号：<span class='v'>{e(spec['iban'])}</span></td></tr></table>
<div style='margin-top:3mm'>收款人：<span class='v'>王丽</span>　　复核：<span class='v'>陈建平</span>　　开票人：<span class='v'>周敏</span>　　销售方：（章）</div></body></html>"""


def make_html(spec, theme, gen):
    if theme == 'jp': return html_jp(spec, gen)
    if theme == 'zhvat': return html_zhvat(spec, gen)
    return html_generic(build_view(spec), theme, gen)


def render_chromium(spec, theme, out, gen):
    hp = out[:-4] + '.html'
    open(hp, 'w', encoding='utf-8').write(make_html(spec, theme, gen))
    env = dict(os.environ, HOME=os.path.join(BUILD, 'home'))
    subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--user-data-dir={BUILD}/chrome',
                    f'--print-to-pdf={out}', 'file://' + hp], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    assert os.path.exists(out), out


def render_weasy(spec, theme, out, gen):
    import weasyprint
    weasyprint.HTML(string=make_html(spec, theme, gen), base_url=BUILD).write_pdf(out)


# ------------------------------------------------------------------------------------------ ReportLab
_rl_fonts = False


def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DejaVu', DEJA + 'DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', DEJA + 'DejaVuSans-Bold.ttf'))
    pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    _rl_fonts = True


def rl_fontpair(lang):
    if lang in ('zh', 'ja'): return 'WQY', 'WQY'
    if lang == 'pl': return 'DejaVu', 'DejaVu-Bold'
    return 'Helvetica', 'Helvetica-Bold'


def render_reportlab(spec, look, out, gen):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts()
    v = build_view(spec)
    f, fb = rl_fontpair(spec['lang'])
    size = LETTER if (spec['date_style'] in ('mdy_us', 'long_us')) else A4
    W, Hh = size
    c = canvas.Canvas(out, pagesize=size)
    c.setCreator(gen); c.setProducer(gen); c.setTitle(f"{v['title']} {spec['number']}"); c.setAuthor(v['seller'][0])
    accent = (0.55, 0.1, 0.1) if look == 'red' else (0.1, 0.3, 0.25)
    cols_w = {5: [0.06, 0.50, 0.10, 0.16, 0.18], 6: [0.05, 0.45, 0.1, 0.1, 0.15, 0.15], 4: [0.07, 0.16, 0.62, 0.15], 3: [0.18, 0.62, 0.2]}
    X0, X1 = 42, W - 42
    page = [1]

    def header(first):
        y = Hh - 50
        c.setFillColorRGB(*accent); c.setFont(fb, 15); c.drawString(X0, y, v['seller'][0])
        c.setFillColorRGB(0, 0, 0); c.setFont(f, 8.5)
        for i, line in enumerate(v['seller'][1:]): c.drawString(X0, y - 13 - 10 * i, line)
        c.setFont(fb, 18); c.setFillColorRGB(*accent); c.drawRightString(X1, y, v['title']); c.setFillColorRGB(0, 0, 0)
        c.setFont(f, 9)
        yy = y - 18
        for k, x in v['meta']:
            c.drawRightString(X1 - 95, yy, k + ':'); c.drawRightString(X1, yy, x); yy -= 12
        if not first:
            return Hh - 140
        yb = Hh - 150
        c.setFont(f, 7.5); c.drawString(X0, yb + 12, v['buyer_label'].upper())
        if look == 'box': c.rect(X0 - 4, yb - 10 * len(v['buyer']) + 4, 230, 10 * len(v['buyer']) + 20, stroke=1, fill=0)
        c.setFont(fb, 10); c.drawString(X0, yb, v['buyer'][0]); c.setFont(f, 9)
        for i, line in enumerate(v['buyer'][1:]): c.drawString(X0, yb - 11 * (i + 1), line)
        return yb - 11 * len(v['buyer']) - 24

    def footer():
        c.setFont(f, 7); c.setFillColorRGB(0.35, 0.35, 0.35)
        c.drawString(X0, 30, v['footer']); c.drawRightString(X1, 30, f"{LBL[spec['lang']]['page']} {page[0]}"); c.setFillColorRGB(0, 0, 0)

    y = header(True)
    for p in v['paras']:
        c.setFont(f, 10)
        words = p.split(' ') if spec['lang'] not in ('ja', 'zh') else list(p)
        line = ''
        for w_ in words:
            t = (line + (' ' if line and spec['lang'] not in ('ja', 'zh') else '') + w_)
            if stringWidth(t, f, 10) > X1 - X0:
                c.drawString(X0, y, line); y -= 14; line = w_
            else:
                line = t
        c.drawString(X0, y, line); y -= 22
    if v['headers']:
        ws = [x * (X1 - X0) for x in cols_w[len(v['headers'])]]
        xs = [X0 + sum(ws[:i]) for i in range(len(ws))]

        def th(y):
            c.setFillColorRGB(*accent) if look == 'red' else c.setFillColorRGB(0.85, 0.9, 0.88)
            c.rect(X0, y - 4, X1 - X0, 15, stroke=0, fill=1)
            c.setFillColorRGB(1, 1, 1) if look == 'red' else c.setFillColorRGB(0, 0, 0)
            c.setFont(fb, 8.5)
            for i, h in enumerate(v['headers']):
                if v['align'][i] == 'R': c.drawRightString(xs[i] + ws[i] - 3, y, h)
                else: c.drawString(xs[i] + 3, y, h)
            c.setFillColorRGB(0, 0, 0)
            return y - 16
        y = th(y)
        c.setFont(f, 8.5)
        for ri, row in enumerate(v['rows']):
            if y < 90:
                footer(); c.showPage(); page[0] += 1
                y = th(header(False)); c.setFont(f, 8.5)
            if look == 'box' and ri % 2 == 1:
                c.setFillColorRGB(0.95, 0.95, 0.95); c.rect(X0, y - 3, X1 - X0, 13, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
            for i, cell in enumerate(row):
                if v['align'][i] == 'R': c.drawRightString(xs[i] + ws[i] - 3, y, cell)
                else: c.drawString(xs[i] + 3, y, cell[:70])
            y -= 13
        c.setLineWidth(0.6); c.line(X0, y + 8, X1, y + 8)
    if v['totals']:
        if y < 60 + 14 * len(v['totals']) + 40:
            footer(); c.showPage(); page[0] += 1; y = header(False)
        y -= 8
        for k, x, g in v['totals']:
            c.setFont(fb if g else f, 11 if g else 9)
            c.drawRightString(X1 - 110, y, k); c.drawRightString(X1, y, x); y -= 15 if g else 13
    c.setFont(f, 7.5)
    y -= 15
    for n in v['notes']:
        c.drawString(X0, y, n); y -= 10
    footer(); c.save()


# ------------------------------------------------------------------------------------------ fpdf2
def render_fpdf(spec, look, out, gen):
    from fpdf import FPDF
    v = build_view(spec)
    pdf = FPDF(format='A4'); pdf.set_creator(gen); pdf.set_producer(gen) if hasattr(pdf, 'set_producer') else None
    pdf.set_title(f"{v['title']} {spec['number']}")
    if spec['lang'] == 'pl':
        pdf.add_font('DV', '', DEJA + 'DejaVuSans.ttf'); pdf.add_font('DV', 'B', DEJA + 'DejaVuSans-Bold.ttf'); fam = 'DV'
        fix = lambda s: s
    else:
        fam = 'Helvetica'
        fix = lambda s: s.replace('€', 'EUR').replace('’', "'").encode('latin-1', 'replace').decode('latin-1')
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font(fam, 'B', 13); pdf.cell(0, 7, fix(v['seller'][0]), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fam, '', 8.5)
    for line in v['seller'][1:]: pdf.cell(0, 4.2, fix(line), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4)
    pdf.set_font(fam, 'B', 16 if look == 'a' else 12)
    pdf.cell(0, 9, fix(v['title']), align='L' if look == 'a' else 'C', border=0 if look == 'a' else 1, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2); y0 = pdf.get_y()
    pdf.set_font(fam, '', 8); pdf.cell(90, 4, fix(v['buyer_label']), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fam, 'B', 10); pdf.cell(90, 5, fix(v['buyer'][0]), new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(fam, '', 9)
    for line in v['buyer'][1:]: pdf.cell(90, 4.5, fix(line), new_x='LMARGIN', new_y='NEXT')
    y1 = pdf.get_y(); pdf.set_y(y0)
    for k, x in v['meta']:
        pdf.set_x(120); pdf.cell(38, 5, fix(k)); pdf.set_font(fam, 'B', 9); pdf.cell(0, 5, fix(x), align='R', new_x='LMARGIN', new_y='NEXT'); pdf.set_font(fam, '', 9)
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    for p in v['paras']:
        pdf.multi_cell(0, 5, fix(p)); pdf.ln(3)
    if v['headers']:
        tw = {5: [10, 92, 20, 28, 30], 6: [10, 80, 20, 20, 25, 25], 4: [12, 30, 118, 20], 3: [30, 120, 30]}[len(v['headers'])]
        def th():
            pdf.set_font(fam, 'B', 8.5); pdf.set_fill_color(225, 225, 225)
            for i, h in enumerate(v['headers']): pdf.cell(tw[i], 6, fix(h), border=1, align='R' if v['align'][i] == 'R' else 'L', fill=True)
            pdf.ln(); pdf.set_font(fam, '', 8.5)
        th()
        for row in v['rows']:
            if pdf.get_y() > 265:
                pdf.add_page(); th()
            for i, cell in enumerate(row):
                pdf.cell(tw[i], 5.5, fix(cell)[:60], border='LR' if look == 'a' else 1, align='R' if v['align'][i] == 'R' else 'L')
            pdf.ln()
        pdf.cell(sum(tw), 0, '', border='T', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    if v['totals'] and pdf.get_y() > 240: pdf.add_page()
    for k, x, g in v['totals']:
        pdf.set_font(fam, 'B' if g else '', 10 if g else 9)
        pdf.set_x(110); pdf.cell(50, 6, fix(k), border='T' if g else 0); pdf.cell(0, 6, fix(x), align='R', border='T' if g else 0, new_x='LMARGIN', new_y='NEXT')
    pdf.ln(6); pdf.set_font(fam, '', 7.5)
    for n in v['notes']: pdf.multi_cell(0, 4, fix(n), new_x='LMARGIN', new_y='NEXT')
    pdf.output(out)


# ------------------------------------------------------------------------------------------ LibreOffice Calc (flat ODS)
def fods(spec, gen):
    v = build_view(spec)
    def cell(t, st='ce0', span=1):
        sp = f" table:number-columns-spanned='{span}'" if span > 1 else ''
        return f"<table:table-cell table:style-name='{st}' office:value-type='string'{sp}><text:p>{e(t)}</text:p></table:table-cell>" + \
               ("<table:covered-table-cell/>" * (span - 1))
    ncol = max(len(v['headers']), 5)
    def row(cells): return '<table:table-row>' + ''.join(cells) + '</table:table-row>'
    empty = row([cell('')])
    rows = [row([cell(v['seller'][0], 'ceT', 3)])] + [row([cell(x, 'ce0', 3)]) for x in v['seller'][1:]] + [empty]
    rows.append(row([cell(v['title'], 'ceTT', 3)]))
    for k, x in v['meta']: rows.append(row([cell(k, 'ce0', 2), cell(x, 'ceB')]))
    rows.append(empty); rows.append(row([cell(v['buyer_label'], 'ceS')]))
    for i, x in enumerate(v['buyer']): rows.append(row([cell(x, 'ceB' if i == 0 else 'ce0', 3)]))
    rows.append(empty)
    for p in v['paras']: rows.append(row([cell(p, 'ceW', ncol)]))
    if v['headers']:
        rows.append(row([cell(h, 'ceHR' if v['align'][i] == 'R' else 'ceH') for i, h in enumerate(v['headers'])]))
        for rr in v['rows']: rows.append(row([cell(x, 'ceGR' if v['align'][i] == 'R' else 'ceG') for i, x in enumerate(rr)]))
        rows.append(empty)
    for k, x, g in v['totals']:
        rows.append(row([cell('')] * (ncol - 2) + [cell(k, 'ceB' if g else 'ce0'), cell(x, 'ceBR' if g else 'ceR')]))
    rows.append(empty)
    for n in v['notes']: rows.append(row([cell(n, 'ceS', ncol)]))
    widths = {5: ['1.0cm', '8.2cm', '1.8cm', '2.7cm', '3.2cm'], 6: ['1.0cm', '7.0cm', '1.6cm', '1.8cm', '2.4cm', '2.4cm'], 4: ['1.0cm', '2.6cm', '10.6cm', '2.4cm'],
              3: ['2.6cm', '11cm', '3cm'], 0: ['1cm', '7cm', '3cm', '3cm', '3cm']}[len(v['headers'])]
    cols = ''.join(f"<style:style style:name='co{i}' style:family='table-column'><style:table-column-properties style:column-width='{w}'/></style:style>" for i, w in enumerate(widths))
    coldecl = ''.join(f"<table:table-column table:style-name='co{i}'/>" for i in range(len(widths)))
    bd = "fo:border='0.5pt solid #000000'"
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
""" + f"""<office:meta><meta:generator>{e(gen)}</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name='DejaVu Sans' svg:font-family='DejaVu Sans'/></office:font-face-decls>
<office:automatic-styles>{cols}
<style:style style:name='ce0' style:family='table-cell'><style:text-properties style:font-name='DejaVu Sans' fo:font-size='9pt'/></style:style>
<style:style style:name='ceR' style:family='table-cell'><style:paragraph-properties fo:text-align='end'/><style:text-properties fo:font-size='9pt'/></style:style>
<style:style style:name='ceS' style:family='table-cell'><style:text-properties fo:font-size='7.5pt' fo:color='#444444'/></style:style>
<style:style style:name='ceW' style:family='table-cell'><style:table-cell-properties fo:wrap-option='wrap'/><style:text-properties fo:font-size='10pt'/></style:style>
<style:style style:name='ceB' style:family='table-cell'><style:text-properties fo:font-weight='bold' fo:font-size='9.5pt'/></style:style>
<style:style style:name='ceBR' style:family='table-cell'><style:paragraph-properties fo:text-align='end'/><style:table-cell-properties fo:border-top='1pt solid #000000' fo:border-bottom='2pt double #000000'/><style:text-properties fo:font-weight='bold' fo:font-size='10pt'/></style:style>
<style:style style:name='ceT' style:family='table-cell'><style:text-properties fo:font-weight='bold' fo:font-size='13pt' fo:color='#203864'/></style:style>
<style:style style:name='ceTT' style:family='table-cell'><style:text-properties fo:font-weight='bold' fo:font-size='16pt'/></style:style>
<style:style style:name='ceH' style:family='table-cell'><style:table-cell-properties fo:background-color='#d9e1f2' {bd}/><style:text-properties fo:font-weight='bold' fo:font-size='8.5pt'/></style:style>
<style:style style:name='ceHR' style:family='table-cell'><style:paragraph-properties fo:text-align='end'/><style:table-cell-properties fo:background-color='#d9e1f2' {bd}/><style:text-properties fo:font-weight='bold' fo:font-size='8.5pt'/></style:style>
<style:style style:name='ceG' style:family='table-cell'><style:table-cell-properties {bd}/><style:text-properties fo:font-size='8.5pt'/></style:style>
<style:style style:name='ceGR' style:family='table-cell'><style:paragraph-properties fo:text-align='end'/><style:table-cell-properties {bd}/><style:text-properties fo:font-size='8.5pt'/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name='{e(v['title'][:25] or 'Sheet1')}'>{coldecl}
{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""


# ------------------------------------------------------------------------------------------ python-docx
def make_docx(spec, look, out, gen):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    v = build_view(spec)
    d = docx.Document()
    sec = d.sections[0]; sec.page_height = Cm(29.7); sec.page_width = Cm(21); sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    st = d.styles['Normal']; st.font.name = 'WenQuanYi Micro Hei' if spec['lang'] in ('ja', 'zh') else ('Liberation Serif' if look == 'serif' else 'DejaVu Sans'); st.font.size = Pt(9.5)
    d.core_properties.author = v['seller'][0][:40]; d.core_properties.comments = gen; d.core_properties.title = v['title']
    p = d.add_paragraph(); r = p.add_run(v['seller'][0]); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    p = d.add_paragraph('\n'.join(v['seller'][1:])); p.runs[0].font.size = Pt(8.5)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(v['title']); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=1, cols=2)
    c0, c1 = t.rows[0].cells
    c0.text = v['buyer_label'] + '\n'; rr = c0.paragraphs[0].add_run(v['buyer'][0]); rr.bold = True
    c0.add_paragraph('\n'.join(v['buyer'][1:]))
    c1.text = '\n'.join(f"{k}: {x}" for k, x in v['meta'])
    d.add_paragraph()
    for para in v['paras']: d.add_paragraph(para)
    if v['headers']:
        tb = d.add_table(rows=1, cols=len(v['headers'])); tb.style = 'Table Grid'; tb.autofit = False
        for i, h in enumerate(v['headers']):
            tb.rows[0].cells[i].text = h; tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in v['rows']:
            cs = tb.add_row().cells
            for i, x in enumerate(row):
                cs[i].text = x
                if v['align'][i] == 'R': cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        widths = {5: [1, 8.5, 1.8, 2.6, 3.1], 6: [1, 7, 1.8, 1.8, 2.2, 2.2], 4: [1, 2.6, 11, 2.4], 3: [2.6, 11, 3]}[len(v['headers'])]
        for i, w in enumerate(widths): tb.columns[i].width = Cm(w)
        for row in tb.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    if v['totals']:
        d.add_paragraph()
        tt = d.add_table(rows=0, cols=2); tt.alignment = 2
        for k, x, g in v['totals']:
            cs = tt.add_row().cells; cs[0].text = k; cs[1].text = x; cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if g:
                for c in cs: c.paragraphs[0].runs[0].bold = True
    for n in v['notes']:
        p = d.add_paragraph(n); p.runs[0].font.size = Pt(7.5)
    d.save(out)


def soffice_batch(paths, outdir):
    if not paths: return
    env = dict(os.environ, HOME=os.path.join(BUILD, 'home'))
    for i in range(0, len(paths), 12):
        subprocess.run(['soffice', f'-env:UserInstallation=file://{BUILD}/lo_profile', '--headless', '--convert-to', 'pdf', '--outdir', outdir] + paths[i:i + 12],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
