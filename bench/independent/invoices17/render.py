# Renderers: HTML (Chromium / WeasyPrint), ReportLab, fpdf2, LibreOffice Calc (flat ODS), python-docx.
import html, math, os, subprocess
from decimal import Decimal
from data import L, fmt_money, fmt_num, cn_upper

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(HERE, "tmp")

e = html.escape


def money(d, x):
    return fmt_money(x, d)


def num(d, x):
    return fmt_num(x, d["num_style"], d["dec"])


def qtys(q):
    return f"{q:,}" if q >= 10000 else str(q)


# ------------------------------------------------------------------ stamp (SVG)
def stamp_svg(name, sub="发票专用章", taxid="", size=130, color="#d42a20"):
    r = size / 2 - 4
    c = size / 2
    chars = list(name)
    n = len(chars)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}" style="opacity:.82">',
           f'<circle cx="{c}" cy="{c}" r="{r}" fill="none" stroke="{color}" stroke-width="3"/>']
    fs = min(15, 230 / max(n, 1) * size / 130 * 0.62)
    for i, ch in enumerate(chars):
        a = math.radians(210 - i * (240 / max(n - 1, 1)))
        rr = r - fs * 0.85
        x = c + rr * math.cos(a)
        y = c - rr * math.sin(a)
        rot = 90 - math.degrees(a)
        out.append(f'<text x="0" y="0" transform="translate({x:.1f},{y:.1f}) rotate({rot:.1f})" font-size="{fs:.1f}" '
                   f'fill="{color}" text-anchor="middle" dominant-baseline="central" font-family="WenQuanYi Micro Hei">{e(ch)}</text>')
    # star
    pts = []
    for k in range(10):
        a = math.radians(90 + k * 36)
        rad = 14 if k % 2 == 0 else 5.6
        pts.append(f"{c + rad * math.cos(a):.1f},{c - 4 - rad * math.sin(a):.1f}")
    out.append(f'<polygon points="{" ".join(pts)}" fill="{color}"/>')
    if taxid:
        out.append(f'<text x="{c}" y="{c + 20}" font-size="8" fill="{color}" text-anchor="middle" font-family="DejaVu Sans">{e(taxid)}</text>')
    out.append(f'<text x="{c}" y="{c + 38}" font-size="11" fill="{color}" text-anchor="middle" font-family="WenQuanYi Micro Hei">{e(sub)}</text>')
    out.append("</svg>")
    return "".join(out)


# ------------------------------------------------------------------ HTML generic
CSS = {
    "modern": """
body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:10pt;color:#222;margin:0}
.band{background:%(accent)s;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
.band h1{margin:0;font-size:20pt;letter-spacing:2px}.band .sn{font-size:12pt;font-weight:bold}
.wrap{padding:12px 18px}.row{display:flex;justify-content:space-between;gap:20px;margin:10px 0}
.box h4{margin:0 0 4px;color:%(accent)s;font-size:9pt;text-transform:uppercase}
table.items{width:100%%;border-collapse:collapse;margin-top:10px}
table.items th{background:#f0f2f5;border-bottom:2px solid %(accent)s;text-align:left;padding:5px;font-size:9pt}
table.items td{border-bottom:1px solid #e3e3e3;padding:5px;font-size:9pt}
td.n,th.n{text-align:right}
table.tot{margin-left:auto;margin-top:10px;border-collapse:collapse}table.tot td{padding:3px 8px}
table.tot tr.g td{font-weight:bold;font-size:12pt;border-top:2px solid %(accent)s}
.foot{margin-top:18px;font-size:8.5pt;color:#555}
""",
    "classic": """
body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:10pt;color:#000;margin:0}
.hdr{border-bottom:3px double #000;padding-bottom:6px;display:flex;justify-content:space-between}
.hdr h1{font-size:22pt;margin:0;font-weight:normal;letter-spacing:3px}
.wrap{padding:4px 6px}.row{display:flex;justify-content:space-between;gap:16px;margin:12px 0}
.box{border:1px solid #000;padding:6px;min-width:45%%}.box h4{margin:0 0 4px;font-size:9pt}
table.items{width:100%%;border-collapse:collapse;margin-top:8px}
table.items th,table.items td{border:1px solid #000;padding:4px;font-size:9pt}
table.items th{background:#ddd}
td.n,th.n{text-align:right}
table.tot{margin-left:auto;margin-top:8px;border-collapse:collapse}table.tot td{border:1px solid #000;padding:3px 8px}
table.tot tr.g td{font-weight:bold}
.foot{margin-top:16px;font-size:8.5pt}
""",
}


def items_html(d, cls="items"):
    l = d["L"]
    kind = d["kind"]
    rows = []
    if kind in ("packing_list",):
        rows.append(f"<tr><th>#</th><th>{e(l['desc'])}</th><th class=n>{e(l['qty'])}</th><th class=n>CTNS</th><th class=n>N.W. (kg)</th><th class=n>G.W. (kg)</th></tr>")
        for i, it in enumerate(d["items"], 1):
            rows.append(f"<tr><td>{i}</td><td>{e(it['desc'])}</td><td class=n>{qtys(it['qty'])}</td><td class=n>{it['ctns']}</td><td class=n>{it['nw']}</td><td class=n>{it['gw']}</td></tr>")
    elif not d["has_prices"]:
        rows.append(f"<tr><th>{e(l['item'])}</th><th>{e(l['desc'])}</th><th class=n>{e(l['qty'])}</th><th>{e(l['unit'])}</th></tr>")
        for i, it in enumerate(d["items"], 1):
            rows.append(f"<tr><td>{i}</td><td>{e(it['desc'])}</td><td class=n>{qtys(it['qty'])}</td><td>{e(it['unit'])}</td></tr>")
    else:
        rows.append(f"<tr><th>{e(l['item'])}</th><th>{e(l['desc'])}</th><th class=n>{e(l['qty'])}</th><th>{e(l['unit'])}</th>"
                    f"<th class=n>{e(l['price'])}</th><th class=n>{e(l['amount'])}</th></tr>")
        for i, it in enumerate(d["items"], 1):
            rows.append(f"<tr><td>{i}</td><td>{e(it['desc'])}</td><td class=n>{qtys(it['qty'])}</td><td>{e(it['unit'])}</td>"
                        f"<td class=n>{num(d, it['price']) if d['dec'] else num(d, it['price'])}</td><td class=n>{num(d, it['amount_p'])}</td></tr>")
    return f"<table class={cls}>" + "".join(rows) + "</table>"


def totals_rows(d):
    """list of (label, value_str, grand?)"""
    l = d["L"]
    if not d["has_prices"] or d["kind"] == "price_list":
        return []
    r = []
    if d["discount"] or d["shipping"] or d["tax_rate"] or d["kind"] in ("commercial",):
        r.append((l["subtotal"], money(d, d["subtotal"]), False))
    if d["discount"]:
        r.append((f"{l['discount']} {d['disc_pct_s']}", "-" + money(d, d["discount"]), False))
    if d["shipping"]:
        r.append((l["shipping"], money(d, d["shipping"]), False))
    if d["tax_rate"] or d.get("show_zero_tax"):
        r.append((f"{d['tax_label']}", money(d, d["tax_p"]), False))
    r.append((l["total"] + (f" ({d['currency']})" if d["lang"] in ("en",) else ""), money(d, d["total_p"]), True))
    return r


def html_generic(d, theme):
    l = d["L"]
    s, b = d["sup"], d["buy"]
    css = CSS[theme] % dict(accent=d.get("accent", "#2b4c7e"))
    meta = [(l["no"] if d["kind"] not in ("quotation", "purchase_order") else l["docno"], d["number"]), (l["date"], d["date_str"])]
    if d.get("due_str"):
        meta.append((l["due"], d["due_str"]))
    if d.get("ref"):
        meta.append(("Ref.", d["ref"]))
    meta_h = "".join(f"<tr><td>{e(a)}</td><td><b>{e(v)}</b></td></tr>" for a, v in meta)
    sup_h = f"<b>{e(d['sup_name'])}</b><br>{e(d['sup_addr'])}<br>{e(s.get('tax',''))}<br>Tel: {e(s.get('tel',''))}"
    buy_h = f"<b>{e(d['buy_name'])}</b><br>{e(d['buy_addr'])}" + (f"<br>{e(b['tax'])}" if b.get("tax") else "")
    tot = "".join(f"<tr class={'g' if g else ''}><td>{e(a)}</td><td class=n>{e(v)}</td></tr>" for a, v, g in totals_rows(d))
    notes = "".join(f"<div>{e(x)}</div>" for x in d.get("notes", []))
    if theme == "modern":
        head = f"<div class=band><div class=sn>{e(d['sup_name'])}</div><h1>{e(d['title'])}</h1></div>"
        top = f"<div class=row><div class=box><h4>{e(l['seller'])}</h4>{sup_h}</div><div class=box><table>{meta_h}</table></div></div>"
    else:
        head = f"<div class=hdr><div>{sup_h}</div><div><h1>{e(d['title'])}</h1><table>{meta_h}</table></div></div>"
        top = ""
    body = f"""<!doctype html><html lang="{d['lang']}"><head><meta charset="utf-8"><title>{e(d['number'])}</title>
<style>@page{{size:{d.get('page','A4')};margin:14mm 12mm}}{css}</style></head><body>{head}<div class=wrap>{top}
<div class=row><div class=box><h4>{e(l['buyer'])}</h4>{buy_h}</div>
<div class=box><h4>{e(l['terms'])}</h4>{e(d.get('terms', l['terms_v']))}</div></div>
{items_html(d)}<table class=tot>{tot}</table>
<div class=foot>{notes}<div><b>{e(l['bank'])}:</b> {e(s.get('bank',''))}</div><div>{e(l['thanks'])}</div></div></div></body></html>"""
    return body


def html_erp(d):
    """Chinese web ERP page printed from the browser."""
    l = d["L"]
    s, b = d["sup"], d["buy"]
    rows = "".join(
        f"<tr><td>{i}</td><td>{e(it.get('sku',''))}</td><td>{e(it['desc'])}</td><td>{e(it['unit'])}</td><td class=n>{qtys(it['qty'])}</td>"
        + (f"<td class=n>{num(d, it['price'])}</td><td class=n>{num(d, it['amount_p'])}</td>" if d["has_prices"] else "<td></td><td></td>")
        + "</tr>" for i, it in enumerate(d["items"], 1))
    tot = ""
    if d["has_prices"]:
        tot = (f"<div class=sum>数量合计：<b>{sum(i['qty'] for i in d['items']):,}</b>　　金额合计：<b>{money(d, d['subtotal'])}</b>"
               + (f"　　优惠：<b>-{money(d, d['discount'])}</b>" if d["discount"] else "")
               + (f"　　运费：<b>{money(d, d['shipping'])}</b>" if d["shipping"] else "")
               + (f"　　税额：<b>{money(d, d['tax_p'])}</b>" if d["tax_rate"] else "")
               + f"　　应收总额：<b class=big>{money(d, d['total_p'])}</b><br>大写：{cn_upper(d['total_p'])}</div>")
    sysname = d.get("erp_name", "云易进销存")
    return f"""<!doctype html><html lang=zh><head><meta charset=utf-8><title>{e(d['title'])} - {e(d['number'])} - {sysname}</title><style>
@page{{size:A4;margin:12mm 10mm}}
body{{font-family:'WenQuanYi Micro Hei','DejaVu Sans',sans-serif;font-size:9.5pt;color:#333;margin:0}}
.nav{{background:#1f2d3d;color:#cfd8e3;padding:8px 12px;font-size:9pt}}.nav b{{color:#fff;margin-right:20px}}
.crumb{{padding:6px 12px;color:#888;font-size:8.5pt;border-bottom:1px solid #e6e6e6}}
.btns{{float:right}}.btns span{{border:1px solid #409eff;color:#409eff;padding:2px 10px;margin-left:6px;border-radius:3px}}
.card{{margin:10px 12px;border:1px solid #ebeef5;border-radius:4px;padding:10px}}
h2{{text-align:center;margin:4px 0 10px;font-size:15pt;letter-spacing:4px}}
.info{{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4px 12px;font-size:9pt}}.info span{{color:#909399}}
table{{width:100%;border-collapse:collapse;margin-top:10px}}th{{background:#f5f7fa;color:#606266;font-weight:normal}}
th,td{{border:1px solid #ebeef5;padding:5px 6px;font-size:9pt}}td.n{{text-align:right}}
.sum{{margin-top:8px;text-align:right;line-height:1.8}}.big{{color:#f56c6c;font-size:12pt}}
.sign{{margin-top:18px;display:flex;justify-content:space-between;font-size:9pt;color:#606266}}
</style></head><body><div class=nav><b>{sysname}</b>首页　采购　<u>销售</u>　库存　财务　报表　设置<span style="float:right">admin ▾</span></div>
<div class=crumb>销售管理 / {e(d['title'])} / 详情<span class=btns><span>打印</span><span>导出Excel</span><span>返回</span></span></div>
<div class=card><h2>{e(d['sup_name'])}<br><span style="font-size:12pt">{e(d['title'])}</span></h2>
<div class=info><div><span>单据编号：</span>{e(d['number'])}</div><div><span>单据日期：</span>{e(d['date_str'])}</div><div><span>业务员：</span>{e(d.get('clerk','陈晓峰'))}</div>
<div><span>客户名称：</span>{e(d['buy_name'])}</div><div><span>联系电话：</span>{e(d['buy'].get('tel',''))}</div><div><span>结算方式：</span>{e(d.get('terms', l['terms_v']))}</div>
<div style="grid-column:span 3"><span>收货地址：</span>{e(d['buy_addr'])}</div></div>
<table><tr><th>序号</th><th>商品编码</th><th>商品名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th></tr>{rows}</table>{tot}
<div class=sign><div>制单人：{e(d.get('clerk','陈晓峰'))}</div><div>审核人：王丽</div><div>客户签收：</div></div>
<div style="margin-top:6px;color:#909399;font-size:8pt">{e(d['sup_addr'])}　电话：{e(d['sup'].get('tel',''))}</div></div></body></html>"""


def html_cnvat(d):
    """增值税发票 style (electronic fapiao layout)."""
    s, b = d["sup"], d["buy"]
    col = "#a0522d" if d["kind"] == "tax_invoice" else "#8b5a2b"
    title = "电子发票（增值税专用发票）" if d["kind"] == "tax_invoice" else "电子发票（普通发票）"
    rows = "".join(
        f"<tr><td>{e(it['cat'] + it['desc'])}</td><td>{e(it.get('spec',''))}</td><td>{e(it['unit'])}</td><td class=n>{qtys(it['qty'])}</td>"
        f"<td class=n>{num(d, it['price'])}</td><td class=n>{num(d, it['amount_p'])}</td><td class=c>{int(d['tax_rate']*100)}%</td><td class=n>{num(d, it['tax_p'])}</td></tr>"
        for it in d["items"])
    pad = "".join("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr>" for _ in range(max(0, 6 - len(d["items"]))))
    stamp = stamp_svg(d["sup_name"], taxid=s["tax"])
    return f"""<!doctype html><html lang=zh><head><meta charset=utf-8><title>{e(d['number'])}</title><style>
@page{{size:A4 landscape;margin:10mm}}
body{{font-family:'WenQuanYi Micro Hei',sans-serif;color:{col};font-size:9.5pt;margin:0}}
.top{{display:flex;justify-content:space-between;align-items:flex-start}}
.t{{text-align:center;font-size:20pt;letter-spacing:3px;border-bottom:3px double {col};padding-bottom:2px;margin:0 auto;width:62%}}
.meta{{font-size:9pt;line-height:1.7}}.meta b{{color:#000;font-weight:normal}}
.qr{{width:72px;height:72px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 6px),repeating-linear-gradient(0deg,#000 0 3px,#fff 3px 7px);background-blend-mode:difference;opacity:.85}}
table{{width:100%;border-collapse:collapse;margin-top:6px}}td,th{{border:1px solid {col};padding:3px 5px;font-weight:normal}}
.party td{{height:70px;vertical-align:top;line-height:1.7}}.party .lab{{width:22px;text-align:center;writing-mode:vertical-rl;letter-spacing:4px}}
.v{{color:#000}}.n{{text-align:right;color:#000}}.c{{text-align:center;color:#000}}
.items td{{border-top:none;border-bottom:none;color:#000}}.items th{{color:{col}}}.items tr.sum td{{border-top:1px solid {col};color:{col}}}
.stamp{{position:absolute;right:60px;bottom:70px}}
</style></head><body style="position:relative">
<div class=top><div class=qr></div><div class=t>{title}</div><div class=meta>发票号码：<b>{e(d['number'])}</b><br>开票日期：<b>{e(d['date_str'])}</b></div></div>
<table class=party><tr><td class=lab>购买方信息</td><td>名称：<span class=v>{e(d['buy_name'])}</span><br>统一社会信用代码/纳税人识别号：<span class=v>{e(b.get('tax',''))}</span></td>
<td class=lab>销售方信息</td><td>名称：<span class=v>{e(d['sup_name'])}</span><br>统一社会信用代码/纳税人识别号：<span class=v>{e(s['tax'])}</span></td></tr></table>
<table class=items><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}{pad}
<tr class=sum><td>合　　计</td><td></td><td></td><td></td><td></td><td class=n>¥{num(d, d['subtotal'])}</td><td></td><td class=n>¥{num(d, d['tax_p'])}</td></tr></table>
<table><tr><td style="width:18%">价税合计（大写）</td><td class=v>ⓧ{cn_upper(d['total_p'])}</td><td style="width:22%">（小写）<span class=v>¥{num(d, d['total_p'])}</span></td></tr>
<tr><td style="height:46px">备　注</td><td colspan=2 class=v>购方开户银行：{e(b.get('bank',''))}<br>销方开户银行：{e(s.get('bank',''))}<br>{e(d.get('remark',''))}</td></tr></table>
<div style="margin-top:6px">开票人：<span class=v>{e(d.get('clerk','李梅'))}</span></div>
<div class=stamp>{stamp}</div></body></html>"""


def html_jp(d):
    s = d["sup"]
    rows = "".join(f"<tr><td>{e(it['desc'])}</td><td class=n>{qtys(it['qty'])}</td><td>{e(it['unit'])}</td><td class=n>{num(d, it['price'])}</td><td class=n>{num(d, it['amount_p'])}</td></tr>" for it in d["items"])
    pad = "".join("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>" for _ in range(max(0, 8 - len(d["items"]))))
    title = d["title"]
    extra = ""
    if d["shipping"]:
        extra += f"<tr><td>送料</td><td class=n>¥{num(d, d['shipping'])}</td></tr>"
    return f"""<!doctype html><html lang=ja><head><meta charset=utf-8><style>@page{{size:A4;margin:16mm}}
body{{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:10pt}}h1{{text-align:center;letter-spacing:16px;font-weight:normal;border-bottom:2px solid #000;width:40%;margin:0 auto 16px}}
.r{{text-align:right}}.two{{display:flex;justify-content:space-between}}.to{{font-size:13pt;border-bottom:1px solid #000;padding:0 30px 2px 0}}
.amt{{font-size:15pt;border-bottom:3px double #000;display:inline-block;padding:2px 12px;margin-top:12px}}
table{{border-collapse:collapse;width:100%;margin-top:14px}}th,td{{border:1px solid #555;padding:4px 6px}}th{{background:#e8e8e8;font-weight:normal}}.n{{text-align:right}}
table.t{{width:45%;margin-left:auto}}</style></head><body>
<div class=r>{e(d['L']['no'])}：{e(d['number'])}<br>{e(d['L']['date'])}：{e(d['date_str'])}</div><h1>{e(title)}</h1>
<div class=two><div><div class=to>{e(d['buy_name'])}　御中</div><p>{e(d['L']['thanks'])}</p>
<div class=amt>ご請求金額　¥{num(d, d['total_p'])} -（税込）</div></div>
<div style="line-height:1.6"><b>{e(d['sup_name'])}</b><br>{e(d['sup_addr'])}<br>TEL {e(s['tel'])}<br>{e(s['tax'])}</div></div>
<table><tr><th>品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>{rows}{pad}</table>
<table class=t><tr><td>小計（10%対象）</td><td class=n>¥{num(d, d['subtotal'])}</td></tr>{extra}<tr><td>消費税（10%）</td><td class=n>¥{num(d, d['tax_p'])}</td></tr>
<tr><td><b>合計</b></td><td class=n><b>¥{num(d, d['total_p'])}</b></td></tr></table>
<p>{e(d['L']['bank'])}：{e(s['bank'])}<br>{e(d['L']['due'])}：{e(d.get('due_str',''))}</p></body></html>"""


def build_html(d):
    t = d["tpl"]
    if t == "erp":
        return html_erp(d)
    if t == "cnvat":
        return html_cnvat(d)
    if t == "jp":
        return html_jp(d)
    return html_generic(d, t)


ERP_PORT = [18765]


def chromium_pdf(html_str, out, header_footer=False):
    os.makedirs(TMP, exist_ok=True)
    out = os.path.abspath(out)
    src = out[:-4] + ".html"
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_str)
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={TMP}/chrome_prof",
           f"--print-to-pdf={out}"]
    if not header_footer:
        cmd += ["--no-pdf-header-footer", "--print-to-pdf-no-header"]
        cmd.append("file://" + src)
    else:
        # browser-printed web page: serve via a local http server under an invented ERP host name
        port = ERP_PORT[0]
        cmd += [f"--host-resolver-rules=MAP erp.yunyi-jxc.example 127.0.0.1:{port}"]
        cmd.append(f"http://erp.yunyi-jxc.example/{os.path.relpath(src, TMP)}")
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
    return os.path.exists(out)


def weasy_pdf(html_str, out):
    import weasyprint
    weasyprint.HTML(string=html_str, base_url=HERE).write_pdf(out)
    return True


# ------------------------------------------------------------------ ReportLab
_rl_fonts = {}


def rl_fonts(lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if lang in ("zh", "ja"):
        if "WQY" not in _rl_fonts:
            pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
            _rl_fonts["WQY"] = 1
        return "WQY", "WQY"
    if lang in ("pl", "tr", "vi"):
        if "DJ" not in _rl_fonts:
            pdfmetrics.registerFont(TTFont("DJ", DJ))
            pdfmetrics.registerFont(TTFont("DJB", DJB))
            _rl_fonts["DJ"] = 1
        return "DJ", "DJB"
    return "Helvetica", "Helvetica-Bold"


def rl_stamp(c, x, y, name, taxid, r=40):
    from reportlab.lib.colors import Color
    red = Color(0.83, 0.16, 0.12, alpha=0.85)
    c.saveState()
    c.setStrokeColor(red)
    c.setFillColor(red)
    c.setLineWidth(2.2)
    c.circle(x, y, r)
    n = len(name)
    fs = min(11, 180 / max(n, 1) * r / 40 * 0.6)
    for i, ch in enumerate(name):
        a = math.radians(210 - i * (240 / max(n - 1, 1)))
        rr = r - fs * 0.95
        c.saveState()
        c.translate(x + rr * math.cos(a), y + rr * math.sin(a))
        c.rotate(math.degrees(a) - 90)
        c.setFont("WQY", fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    p = c.beginPath()
    for k in range(10):
        a = math.radians(90 + k * 36)
        rad = 10 if k % 2 == 0 else 4
        (p.moveTo if k == 0 else p.lineTo)(x + rad * math.cos(a), y + 3 + rad * math.sin(a))
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.setFont("Helvetica", 5.5)
    c.drawCentredString(x, y - 13, taxid)
    c.setFont("WQY", 8)
    c.drawCentredString(x, y - 26, "财务专用章")
    c.restoreState()


def rl_pdf(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, A5, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.colors import HexColor, white, black
    F, FB = rl_fonts(d["lang"])
    if d["tpl"] == "cnreceipt":
        return rl_receipt(d, out)
    l = d["L"]
    W, H = A4
    c = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    c.setTitle(f"{d['title']} {d['number']}")
    c.setAuthor(d["sup_name"])
    c.setCreator(d.get("creator", "Invoice module"))
    acc = HexColor(d.get("accent", "#2b4c7e"))
    page = [1]

    def header():
        y = H - 18 * mm
        if d["tpl"] == "band":
            c.setFillColor(acc)
            c.rect(0, H - 30 * mm, W, 30 * mm, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont(FB, 18)
            c.drawRightString(W - 15 * mm, H - 17 * mm, d["title"])
            c.setFont(FB, 12)
            c.drawString(15 * mm, H - 15 * mm, d["sup_name"])
            c.setFont(F, 8)
            c.drawString(15 * mm, H - 21 * mm, d["sup_addr"][:110])
            c.drawString(15 * mm, H - 25.5 * mm, f"{d['sup'].get('tax','')}   Tel {d['sup'].get('tel','')}")
            c.setFillColor(black)
            return H - 38 * mm
        c.setFont(FB, 13)
        c.drawString(15 * mm, y, d["sup_name"])
        c.setFont(F, 8)
        c.drawString(15 * mm, y - 5 * mm, d["sup_addr"][:110])
        c.drawString(15 * mm, y - 9 * mm, f"{d['sup'].get('tax','')}   Tel {d['sup'].get('tel','')}")
        c.setFont(FB, 16)
        c.drawRightString(W - 15 * mm, y, d["title"])
        c.setLineWidth(0.8)
        c.line(15 * mm, y - 12 * mm, W - 15 * mm, y - 12 * mm)
        return y - 20 * mm

    y = header()
    # parties + meta
    c.setFont(FB, 8.5)
    c.drawString(15 * mm, y, l["buyer"])
    c.setFont(F, 9.5)
    c.drawString(15 * mm, y - 5 * mm, d["buy_name"])
    c.setFont(F, 8)
    addr = d["buy_addr"]
    parts = [addr[:60], addr[60:120]] if len(addr) > 60 else [addr]
    for k, p in enumerate(parts):
        c.drawString(15 * mm, y - (9.5 + 4 * k) * mm, p)
    if d["buy"].get("tax"):
        c.drawString(15 * mm, y - (9.5 + 4 * len(parts)) * mm, d["buy"]["tax"])
    mx = W - 80 * mm
    meta = [(l["no"] if d["kind"] not in ("quotation", "purchase_order", "delivery_note") else l["docno"], d["number"]), (l["date"], d["date_str"])]
    if d.get("due_str"):
        meta.append((l["due"], d["due_str"]))
    if d.get("ref"):
        meta.append(("Ref.", d["ref"]))
    for k, (a, v) in enumerate(meta):
        c.setFont(F, 8.5)
        c.drawString(mx, y - k * 5 * mm, a + ":")
        c.setFont(FB, 8.5)
        c.drawString(mx + 32 * mm, y - k * 5 * mm, v)
    y -= 28 * mm
    cols = [15, 24, 118, 136, 150, 172]  # #, desc, qty(right), unit, price(right), amount(right) in mm
    prices = d["has_prices"]

    def thead(y):
        c.setFillColor(HexColor("#e9edf2"))
        c.rect(15 * mm, y - 2 * mm, W - 30 * mm, 6.5 * mm, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont(FB, 8.5)
        c.drawString(16 * mm, y, l["item"])
        c.drawString(24 * mm, y, l["desc"])
        c.drawRightString(128 * mm, y, l["qty"])
        c.drawString(131 * mm, y, l["unit"])
        if prices:
            c.drawRightString(165 * mm, y, l["price"])
            c.drawRightString(W - 16 * mm, y, l["amount"])
        return y - 7 * mm

    y = thead(y)
    for i, it in enumerate(d["items"], 1):
        if y < 45 * mm:
            c.setFont(F, 7.5)
            c.drawRightString(W - 15 * mm, 12 * mm, f"{l['page']} {page[0]}")
            c.showPage()
            page[0] += 1
            y = header()
            y = thead(y)
        c.setFont(F, 8.5)
        c.drawString(16 * mm, y, str(i))
        c.drawString(24 * mm, y, it["desc"])
        c.drawRightString(128 * mm, y, qtys(it["qty"]))
        c.drawString(131 * mm, y, it["unit"])
        if prices:
            c.drawRightString(165 * mm, y, num(d, it["price"]))
            c.drawRightString(W - 16 * mm, y, num(d, it["amount_p"]))
        c.setStrokeColor(HexColor("#cccccc"))
        c.setLineWidth(0.3)
        c.line(15 * mm, y - 2 * mm, W - 15 * mm, y - 2 * mm)
        y -= 6 * mm
    c.setStrokeColor(black)
    tr = totals_rows(d)
    if y - len(tr) * 6 * mm < 40 * mm:
        c.setFont(F, 7.5)
        c.drawRightString(W - 15 * mm, 12 * mm, f"{l['page']} {page[0]}")
        c.showPage()
        page[0] += 1
        y = header()
    y -= 3 * mm
    for a, v, g in tr:
        c.setFont(FB if g else F, 10.5 if g else 9)
        c.drawRightString(160 * mm, y, a)
        c.drawRightString(W - 16 * mm, y, v)
        if g:
            c.line(120 * mm, y + 4.5 * mm, W - 15 * mm, y + 4.5 * mm)
        y -= 6 * mm
    y -= 6 * mm
    c.setFont(F, 8)
    for n in d.get("notes", []):
        c.drawString(15 * mm, y, n)
        y -= 4.5 * mm
    if prices:
        c.drawString(15 * mm, y, f"{l['terms']}: {d.get('terms', l['terms_v'])}")
        c.drawString(15 * mm, y - 4.5 * mm, f"{l['bank']}: {d['sup'].get('bank','')}")
    if l["thanks"]:
        c.drawString(15 * mm, y - 10 * mm, l["thanks"])
    c.setFont(F, 7.5)
    c.drawRightString(W - 15 * mm, 12 * mm, f"{l['page']} {page[0]}")
    c.showPage()
    c.save()


def rl_receipt(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.lib.units import mm
    from reportlab.lib.colors import HexColor, black
    rl_fonts("zh")
    W, H = landscape(A5)
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle("收据")
    red = HexColor("#b03030")
    c.setFont("WQY", 20)
    c.setFillColor(red)
    c.drawCentredString(W / 2, H - 18 * mm, "收　　据")
    c.setStrokeColor(red)
    c.line(W / 2 - 25 * mm, H - 20 * mm, W / 2 + 25 * mm, H - 20 * mm)
    c.line(W / 2 - 25 * mm, H - 21 * mm, W / 2 + 25 * mm, H - 21 * mm)
    c.setFont("WQY", 9)
    c.drawString(12 * mm, H - 28 * mm, f"日期：{d['date_str']}")
    c.drawRightString(W - 12 * mm, H - 28 * mm, f"No. {d['number']}")
    # table
    x0, x1 = 12 * mm, W - 12 * mm
    y = H - 33 * mm
    cols = [x0, x0 + 80 * mm, x0 + 100 * mm, x0 + 118 * mm, x0 + 145 * mm, x1]
    heads = ["货品名称", "单位", "数量", "单价", "金额"]
    rowh = 7 * mm
    nrows = max(5, len(d["items"])) + 2
    c.setLineWidth(0.6)
    for r in range(nrows + 1):
        c.line(x0, y - r * rowh, x1, y - r * rowh)
    for xx in cols:
        c.line(xx, y, xx, y - nrows * rowh)
    for k, h in enumerate(heads):
        c.drawCentredString((cols[k] + cols[k + 1]) / 2, y - 5 * mm, h)
    c.setFillColor(black)
    for i, it in enumerate(d["items"]):
        yy = y - (i + 1) * rowh - 5 * mm
        c.drawString(cols[0] + 2 * mm, yy, it["desc"])
        c.drawCentredString((cols[1] + cols[2]) / 2, yy, it["unit"])
        c.drawRightString(cols[3] - 2 * mm, yy, qtys(it["qty"]))
        c.drawRightString(cols[4] - 2 * mm, yy, num(d, it["price"]))
        c.drawRightString(cols[5] - 2 * mm, yy, num(d, it["amount_p"]))
    yy = y - (nrows - 1) * rowh - 5 * mm
    c.setFillColor(red)
    c.drawString(cols[0] + 2 * mm, yy, "合计人民币（大写）：")
    c.setFillColor(black)
    c.drawString(cols[0] + 34 * mm, yy, cn_upper(d["total_p"]))
    c.drawRightString(cols[5] - 2 * mm, yy, f"¥{num(d, d['total_p'])}")
    c.setFillColor(red)
    c.drawString(x0, 20 * mm, f"交款单位：")
    c.setFillColor(black)
    c.drawString(x0 + 17 * mm, 20 * mm, d["buy_name"])
    c.setFillColor(red)
    c.drawString(x0, 13 * mm, f"收款单位（盖章）：")
    c.setFillColor(black)
    c.drawString(x0 + 30 * mm, 13 * mm, d["sup_name"])
    c.setFillColor(red)
    c.drawString(W - 60 * mm, 13 * mm, "收款人：")
    c.setFillColor(black)
    c.drawString(W - 46 * mm, 13 * mm, d.get("clerk", "周敏"))
    rl_stamp(c, x0 + 75 * mm, 24 * mm, d["sup_name"], d["sup"]["tax"], r=20 * mm)
    c.showPage()
    c.save()


# ------------------------------------------------------------------ fpdf2
def fpdf_pdf(d, out):
    from fpdf import FPDF
    l = d["L"]
    pdf = FPDF(format="A4")
    pdf.set_creator(d.get("creator", "fpdf2"))
    pdf.set_title(d["number"])
    pdf.set_auto_page_break(True, margin=22)
    uni = d["lang"] in ("pl", "tr", "vi") or d["region"] in ("TR",)
    if uni:
        pdf.add_font("DJ", "", DJ)
        pdf.add_font("DJ", "B", DJB)
        F = "DJ"
    else:
        F = "helvetica"
    lab = "L" if d["tpl"] == "lines" else "B"

    class P(FPDF):
        pass

    pdf.add_page()
    pdf.set_font(F, "B", 14)
    pdf.cell(110, 7, d["sup_name"])
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 7, d["title"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8)
    pdf.multi_cell(110, 4, f"{d['sup_addr']}\n{d['sup'].get('tax','')}  Tel {d['sup'].get('tel','')}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    ytop = pdf.get_y()
    pdf.set_font(F, "B", 9)
    pdf.cell(95, 5, l["buyer"], border=("LTR" if lab == "B" else 0), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    btxt = d["buy_name"] + "\n" + d["buy_addr"] + (("\n" + d["buy"]["tax"]) if d["buy"].get("tax") else "")
    pdf.multi_cell(95, 4.5, btxt, border=("LBR" if lab == "B" else 0), new_x="LMARGIN", new_y="NEXT")
    yb = pdf.get_y()
    pdf.set_xy(120, ytop)
    meta = [(l["no"] if d["kind"] not in ("quotation", "purchase_order") else l["docno"], d["number"]), (l["date"], d["date_str"])]
    if d.get("due_str"):
        meta.append((l["due"], d["due_str"]))
    if d.get("ref"):
        meta.append(("Ref.", d["ref"]))
    for a, v in meta:
        pdf.set_x(120)
        pdf.set_font(F, "", 9)
        pdf.cell(35, 5.5, a, border=(1 if lab == "B" else 0))
        pdf.set_font(F, "B", 9)
        pdf.cell(0, 5.5, v, border=(1 if lab == "B" else 0), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(yb, pdf.get_y()) + 6)
    w = [10, 88, 18, 14, 30, 30] if d["has_prices"] else [10, 130, 25, 25]
    heads = [l["item"], l["desc"], l["qty"], l["unit"], l["price"], l["amount"]][:len(w)]
    pdf.set_font(F, "B", 8.5)
    pdf.set_fill_color(225, 230, 236)
    for k, h in enumerate(heads):
        pdf.cell(w[k], 6.5, h, border=1 if lab == "B" else "B", fill=True, align="R" if k in (2, 4, 5) else "L")
    pdf.ln()
    pdf.set_font(F, "", 8.5)
    for i, it in enumerate(d["items"], 1):
        vals = [str(i), it["desc"], qtys(it["qty"]), it["unit"]]
        if d["has_prices"]:
            vals += [num(d, it["price"]), num(d, it["amount_p"])]
        for k, v in enumerate(vals):
            pdf.cell(w[k], 6, v, border=1 if lab == "B" else "B", align="R" if k in (2, 4, 5) else "L")
        pdf.ln()
    pdf.ln(2)
    for a, v, g in totals_rows(d):
        pdf.set_font(F, "B" if g else "", 10.5 if g else 9)
        pdf.cell(sum(w) - 40, 6.5, a, align="R")
        pdf.cell(40, 6.5, v, align="R", border=("T" if g else 0), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(F, "", 8)
    for n in d.get("notes", []):
        pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
    if d["has_prices"]:
        pdf.multi_cell(0, 4, f"{l['terms']}: {d.get('terms', l['terms_v'])}\n{l['bank']}: {d['sup'].get('bank','')}", new_x="LMARGIN", new_y="NEXT")
    if l["thanks"]:
        pdf.ln(2)
        pdf.cell(0, 4, l["thanks"])
    pdf.output(out)


# ------------------------------------------------------------------ Calc (flat ODS) and docx
def fods(d, path):
    """Write a flat ODS spreadsheet like a factory's Excel PI / statement."""
    l = d["L"]
    zh = d.get("bilingual") or d["lang"] == "zh"

    def cell(v, style="Default", span=1, formula=None):
        a = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
        cov = "<table:covered-table-cell/>" * (span - 1)
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            f = f' table:formula="{e(formula)}"' if formula else ""
            return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{v}"{f}{a}><text:p>{v}</text:p></table:table-cell>' + cov
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"{a}><text:p>{e(str(v))}</text:p></table:table-cell>' + cov

    def row(cells, h=None):
        st = ' table:style-name="rh"' if h else ""
        return f"<table:table-row{st}>" + "".join(cells) + "</table:table-row>"

    rows = []
    supn = d["sup_name"] if not d.get("bilingual") else d["sup"]["name"]
    rows.append(row([cell(supn, "title", 7)]))
    if d.get("bilingual"):
        rows.append(row([cell(d["sup"]["en"], "center", 7)]))
    rows.append(row([cell(d["sup_addr"] + "   Tel: " + d["sup"].get("tel", ""), "center", 7)]))
    t2 = d["title"]
    if d.get("bilingual"):
        t2 = {"proforma": "形式发票 PROFORMA INVOICE", "commercial": "商业发票 COMMERCIAL INVOICE", "packing_list": "装箱单 PACKING LIST",
              "price_list": "报价单/价格表 PRICE LIST", "invoice": "发票 INVOICE"}.get(d["kind"], t2)
    rows.append(row([cell(t2, "title2", 7)]))
    rows.append(row([cell("")]))
    bl = "买方 Buyer:" if d.get("bilingual") else l["buyer"] + ("：" if zh else ":")
    rows.append(row([cell(bl, "bold"), cell(d["buy_name"], "Default", 3), cell(("编号 No.:" if d.get("bilingual") else l["no"] + ("：" if zh else ":")), "bold"), cell(d["number"], "Default", 2)]))
    rows.append(row([cell(("地址 Add.:" if d.get("bilingual") else ("地址：" if zh else "Address:")), "bold"), cell(d["buy_addr"], "Default", 3),
                     cell(("日期 Date:" if d.get("bilingual") else l["date"] + ("：" if zh else ":")), "bold"), cell(d["date_str"], "Default", 2)]))
    if d.get("ref"):
        rows.append(row([cell(""), cell("", "Default", 3), cell("Terms:", "bold"), cell(d["ref"], "Default", 2)]))
    rows.append(row([cell("")]))
    start = len(rows) + 2  # 1-based row index of first item
    if d["kind"] == "packing_list":
        hd = ["No.", "品名 Description", "数量 Qty", "箱数 CTNS", "净重 N.W.(kg)", "毛重 G.W.(kg)", "体积 CBM"]
        rows.append(row([cell(h, "head") for h in hd]))
        for i, it in enumerate(d["items"], 1):
            rows.append(row([cell(i, "bd"), cell(it["desc"], "bd"), cell(it["qty"], "bdi"), cell(it["ctns"], "bdi"), cell(float(it["nw"]), "bd1"),
                             cell(float(it["gw"]), "bd1"), cell(float(it["cbm"]), "bd3")]))
        rows.append(row([cell("", "bd"), cell("TOTAL", "bdb"), cell(sum(i["qty"] for i in d["items"]), "bdi"), cell(sum(i["ctns"] for i in d["items"]), "bdi"),
                         cell(float(sum(i["nw"] for i in d["items"])), "bd1"), cell(float(sum(i["gw"] for i in d["items"])), "bd1"),
                         cell(float(sum(i["cbm"] for i in d["items"])), "bd3")]))
    else:
        if d.get("bilingual"):
            hd = ["No.", "品名 Description", "型号 Model", "单位 Unit", "数量 Qty", f"单价 Price ({d['currency']})", f"金额 Amount ({d['currency']})"]
        else:
            hd = [l["item"], l["desc"], "SKU", l["unit"], l["qty"], l["price"], l["amount"]]
        if d["kind"] == "price_list":
            hd = ["No.", "品名 Description", "型号 Model", "单位 Unit", "MOQ", f"FOB Shenzhen ({d['currency']})", "交期 Lead time"]
        rows.append(row([cell(h, "head") for h in hd]))
        for i, it in enumerate(d["items"], 1):
            r = start + i
            if d["kind"] == "price_list":
                rows.append(row([cell(i, "bd"), cell(it["desc"], "bd"), cell(it.get("sku", ""), "bd"), cell(it["unit"], "bd"), cell(it["qty"], "bdi"),
                                 cell(float(it["price"]), "bd2"), cell("25-30 days", "bd")]))
            else:
                fml = None if it.get("wrong") else f"of:=[.E{r}]*[.F{r}]"
                rows.append(row([cell(i, "bd"), cell(it["desc"], "bd"), cell(it.get("sku", ""), "bd"), cell(it["unit"], "bd"), cell(it["qty"], "bdi"),
                                 cell(float(it["price"]), "bd2"), cell(float(it["amount_p"]), "bd2", formula=fml)]))
        if d["kind"] != "price_list":
            def trow(label, val, st="bd2"):
                return row([cell("", "Default", 4), cell(label, "bdb", 2), cell(float(val), st)])
            if d["discount"] or d["shipping"] or d["tax_rate"]:
                rows.append(trow("小计 Subtotal" if zh else l["subtotal"], d["subtotal"]))
            if d["discount"]:
                rows.append(trow(("折扣 Discount " if zh else l["discount"] + " ") + d["disc_pct_s"], -d["discount"]))
            if d["shipping"]:
                rows.append(trow("运费 Freight" if zh else l["shipping"], d["shipping"]))
            if d["tax_rate"]:
                rows.append(trow(("税额 " if zh else "") + d["tax_label"], d["tax_p"]))
            rows.append(trow(("合计 TOTAL " if zh else l["total"] + " ") + d["currency"], d["total_p"], "tot"))
            if d["currency"] == "CNY":
                rows.append(row([cell("大写：" + cn_upper(d["total_p"]), "Default", 7)]))
    rows.append(row([cell("")]))
    for n in d.get("notes", []):
        rows.append(row([cell(n, "Default", 7)]))
    if d["kind"] not in ("packing_list",):
        rows.append(row([cell(("银行信息 Bank: " if zh else l["bank"] + ": ") + d["sup"].get("bank", ""), "Default", 7)]))
    rows.append(row([cell("")]))
    rows.append(row([cell("卖方签字盖章 Seller's signature:" if zh else "Authorised signature:", "Default", 4), cell("", "Default", 3)]))
    widths = ["1.7cm", "5.5cm", "2.2cm", "1.4cm", "1.8cm", "2.4cm", "2.8cm"]
    colsx = "".join(f'<table:table-column table:style-name="co{k}"/>' for k in range(7))
    cost = "".join(f'<style:style style:name="co{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for k, w in enumerate(widths))
    font = "WenQuanYi Micro Hei" if (zh or d["lang"] in ("ja",)) else "DejaVu Sans"
    b = 'fo:border="0.5pt solid #000000"'
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F1" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F1" style:font-name-asian="F1" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style></office:styles>
<office:automatic-styles>
<number:number-style style:name="N2"><number:number number:decimal-places="{d['dec']}" number:min-decimal-places="{d['dec']}" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="N1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N3"><number:number number:decimal-places="3" number:min-decimal-places="3" number:min-integer-digits="1"/></number:number-style>
<number:number-style style:name="N0"><number:number number:decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
{cost}
<style:style style:name="rh" style:family="table-row"><style:table-row-properties style:row-height="0.6cm"/></style:style>
<style:style style:name="title" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" style:font-size-asian="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="title2" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border-bottom="1.5pt solid #000000"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt" style:font-size-asian="13pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="center" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="center"/></style:style>
<style:style style:name="bold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="head" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {b} fo:background-color="#d9e1f2" fo:wrap-option="wrap"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="bd" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {b}/></style:style>
<style:style style:name="bdb" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties {b}/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="bdi" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N0"><style:table-cell-properties {b}/></style:style>
<style:style style:name="bd1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"><style:table-cell-properties {b}/></style:style>
<style:style style:name="bd3" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"><style:table-cell-properties {b}/></style:style>
<style:style style:name="bd2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties {b}/></style:style>
<style:style style:name="tot" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"><style:table-cell-properties {b} fo:background-color="#fff2cc"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" fo:margin-left="1.2cm" fo:margin-right="1.0cm" style:print-orientation="portrait"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{e(d.get('sheet','Sheet1'))}">{colsx}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


def docx_build(d, path):
    from docx import Document
    from docx.shared import Pt, Mm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    l = d["L"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    st = doc.styles["Normal"]
    st.font.name = "DejaVu Sans" if d["lang"] != "zh" else "WenQuanYi Micro Hei"
    st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    doc.core_properties.author = d.get("author", "Office")
    doc.core_properties.title = d["title"]

    def para(t, size=None, bold=False, align=None, color=None):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "r":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(2)
        return p

    para(d["sup_name"], 14, True, color="1F3864")
    para(d["sup_addr"], 8.5)
    para(f"{d['sup'].get('tax','')}   Tel {d['sup'].get('tel','')}", 8.5)
    if d["kind"] == "letter":
        para("")
        para(d["date_str"], align="r")
        para(d["buy_name"], bold=True)
        para(d["buy_addr"])
        para("")
        for pp in d["letter"]:
            para(pp)
        para("")
        para("Yours faithfully,")
        para("")
        para(d.get("signer", "Margaret Holt, Sales Director"))
        para(d["sup_name"])
        doc.save(path)
        return
    para(d["title"], 18, True, align="c")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    a = t.rows[0].cells
    a[0].text = f"{l['buyer']}:\n{d['buy_name']}\n{d['buy_addr']}" + (f"\n{d['buy']['tax']}" if d["buy"].get("tax") else "")
    meta = [(l["no"] if d["kind"] not in ("quotation", "purchase_order") else l["docno"], d["number"]), (l["date"], d["date_str"])]
    if d.get("due_str"):
        meta.append((l["due"], d["due_str"]))
    a[1].text = "\n".join(f"{x}: {y}" for x, y in meta)
    para("")
    hd = [l["item"], l["desc"], l["qty"], l["unit"], l["price"], l["amount"]] if d["has_prices"] else [l["item"], l["desc"], l["qty"], l["unit"]]
    t = doc.add_table(rows=1, cols=len(hd))
    t.style = "Table Grid"
    for k, h in enumerate(hd):
        t.rows[0].cells[k].text = h
        for r in t.rows[0].cells[k].paragraphs[0].runs:
            r.bold = True
    for i, it in enumerate(d["items"], 1):
        cs = t.add_row().cells
        vals = [str(i), it["desc"], qtys(it["qty"]), it["unit"]]
        if d["has_prices"]:
            vals += [num(d, it["price"]), num(d, it["amount_p"])]
        for k, v in enumerate(vals):
            cs[k].text = v
            if k in (2, 4, 5):
                cs[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("")
    for lab_, v, g in totals_rows(d):
        para(f"{lab_}:  {v}", 11 if g else None, g, align="r")
    para("")
    for n in d.get("notes", []):
        para(n, 8.5)
    if d["has_prices"]:
        para(f"{l['terms']}: {d.get('terms', l['terms_v'])}", 8.5)
        para(f"{l['bank']}: {d['sup'].get('bank','')}", 8.5)
    if l["thanks"]:
        para(l["thanks"], 8.5)
    doc.save(path)


def soffice_convert(paths, outdir):
    if not paths:
        return
    prof = os.path.join(TMP, "lo_profile")
    cmd = ["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=400)
