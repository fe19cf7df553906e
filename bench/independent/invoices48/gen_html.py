"""HTML/CSS layouts printed by WeasyPrint or Chromium."""
import os, subprocess, html as H
from common import *

CSS_BASE = """@page { size: A4; margin: 14mm 12mm; @bottom-right { content: "%s " counter(page) " / " counter(pages); font-size: 8pt; color:#666 } }
body { font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif; font-size: 9.5pt; color:#111 }
table { border-collapse: collapse; width: 100%%; } td, th { padding: 3px 5px; }
.r { text-align: right } .c { text-align:center }
"""

def e(s): return H.escape(str(s))

def rows(doc, W_, cls=""):
    out = []
    for i, l in enumerate(doc["lines"], 1):
        out.append(f"<tr class='{cls}'><td class='c'>{i}</td><td>{e(l['desc'])}</td><td class='r'>{l['qty']:,}</td>"
                   f"<td class='r'>{e(money(doc, l['unit']))}</td><td class='r'>{e(money(doc, l['amount']))}</td></tr>")
    return "\n".join(out)

def totals(doc, w):
    t = [(w["subtotal"], doc["subtotal"])]
    if doc["discount"]: t.append((w["discount"], -doc["discount"]))
    if doc["shipping"]: t.append((w["shipping"], doc["shipping"]))
    if doc["tax"]: t.append((f"{w['tax']} {doc['tax_rate']:.0f}%" if doc["lang"] not in ("ja",) else w["tax"], doc["tax"]))
    s = "".join(f"<tr><td>{e(a)}</td><td class='r'>{e(money(doc, b))}</td></tr>" for a, b in t)
    s += f"<tr class='grand'><td><b>{e(w['total'])}</b></td><td class='r'><b>{e(money(doc, doc['total']))}</b></td></tr>"
    return s

def western(doc, title, accent="#1d4f91"):
    w = W[doc["lang"]]; s = doc["supplier"]; b = doc["buyer"]
    css = CSS_BASE % w["page"] + f"""
    .hdr {{ border-bottom: 3px solid {accent}; padding-bottom: 6px; margin-bottom: 10px }}
    .title {{ font-size: 20pt; color:{accent}; letter-spacing: 2px; float:right }}
    .items th {{ background:{accent}; color:white; font-weight: normal }} .items td {{ border-bottom: 1px solid #ddd }}
    .tot {{ width: 45%; margin-left: 55%; margin-top: 8px }} .grand td {{ border-top: 2px solid {accent}; font-size: 11pt }}
    .box {{ width: 48%; display:inline-block; vertical-align: top }}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='hdr'><span class='title'>{e(title)}</span><b style='font-size:13pt'>{e(s['name'])}</b><br>{e(s['addr'])}<br>{e(s['taxid'])}</div>
<div class='box'><b>{e(w['buyer'])}</b><br>{e(b['name'])}<br>{e(b['addr'])}<br>{e(b['taxid'])}</div>
<div class='box' style='text-align:right'>{e(w['no'])}: <b>{e(doc['number'])}</b><br>{e(w['date'])}: <b>{e(doc['date_str'])}</b></div>
<table class='items' style='margin-top:14px'><tr><th>#</th><th>{e(w['desc'])}</th><th class='r'>{e(w['qty'])}</th><th class='r'>{e(w['unit'])}</th><th class='r'>{e(w['amount'])}</th></tr>
{rows(doc, w)}</table>
<table class='tot'>{totals(doc, w)}</table>
<p style='margin-top:24px;font-size:8.5pt;color:#444'>{e(w['terms'])}<br>{e(w['bank'])}: {e(s['taxid'][-6:])}-0{doc['number'][-4:]}-77</p>
</body></html>"""

def tax_rows(doc, disc_label, ship_label):
    """Item rows plus discount/shipping rows, each with a tax share; shares sum to the printed tax."""
    rows = [(l["desc"], l["qty"], l["unit"], l["amount"]) for l in doc["lines"]]
    if doc["discount"]: rows.append((disc_label, "", "", -doc["discount"]))
    if doc["shipping"]: rows.append((ship_label, "", "", doc["shipping"]))
    rate = doc["tax_rate"] / 100
    r0 = q0 if doc["dec"] == 0 else q2
    taxes = [r0(a * rate) for *_, a in rows]
    taxes[-1] = doc["tax"] - sum(taxes[:-1], D(0))
    return [(d, q, u, a, t) for (d, q, u, a), t in zip(rows, taxes)]

def ko_tax_invoice(doc):
    s = doc["supplier"]; b = doc["buyer"]
    red = "#c0272d"
    css = CSS_BASE % "페이지" + f"""
    .ti td, .ti th {{ border: 1px solid {red}; font-size: 8.5pt }} .ti th {{ color:{red}; font-weight: normal; background:#fff5f5 }}
    .h {{ font-size: 17pt; text-align:center; color:{red}; letter-spacing: 4px }}"""
    it = "".join(f"<tr><td class='c'>{doc['date'].month:02d}</td><td class='c'>{doc['date'].day:02d}</td><td>{e(d)}</td><td></td>"
                 f"<td class='r'>{(f'{q:,}' if q != '' else '')}</td><td class='r'>{(fmt_num(u,'en',0) if u != '' else '')}</td><td class='r'>{fmt_num(a,'en',0)}</td>"
                 f"<td class='r'>{fmt_num(t,'en',0)}</td><td></td></tr>" for d, q, u, a, t in tax_rows(doc, '할인', '운임'))
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<table class='ti'><tr><td colspan='6' class='h'>전자세금계산서</td><th>승인번호</th><td colspan='2'>{e(doc['number'])}</td></tr>
<tr><th rowspan='4'>공<br>급<br>자</th><th>등록번호</th><td colspan='2'>{e(s['taxid'])}</td><th rowspan='4'>공<br>급<br>받<br>는<br>자</th><th>등록번호</th><td colspan='3'>{e(b['taxid'])}</td></tr>
<tr><th>상호</th><td>{e(s['name'])}</td><td>성명 {e(s['rep'])}</td><th>상호</th><td colspan='2'>{e(b['name'])}</td><td>성명 {e(b['rep'])}</td></tr>
<tr><th>사업장</th><td colspan='2'>{e(s['addr'])}</td><th>사업장</th><td colspan='3'>{e(b['addr'])}</td></tr>
<tr><th>업태</th><td colspan='2'>도소매 / 화장품·주방용품</td><th>업태</th><td colspan='3'>도소매 / 전자상거래</td></tr>
<tr><th colspan='2'>작성일자</th><th colspan='3'>공급가액</th><th colspan='2'>세액</th><th colspan='2'>수정사유</th></tr>
<tr><td colspan='2' class='c'>{e(doc['date_str'])}</td><td colspan='3' class='r'>{fmt_num(doc['subtotal'] - doc['discount'] + doc['shipping'],'en',0)}</td><td colspan='2' class='r'>{fmt_num(doc['tax'],'en',0)}</td><td colspan='2'>해당 없음</td></tr>
<tr><th>월</th><th>일</th><th>품목</th><th>규격</th><th>수량</th><th>단가</th><th>공급가액</th><th>세액</th><th>비고</th></tr>
{it}
<tr><th colspan='2'>합계금액</th><td colspan='3' class='r' style='font-size:11pt'><b>₩{fmt_num(doc['total'],'en',0)}</b></td><th colspan='2'>이 금액을</th><td colspan='2'>(청구) 함</td></tr>
</table>
<p style='font-size:7.5pt;color:#777'>국세청 홈택스 발급 양식을 참고한 사내 출력본 · 발급일시 {e(doc['date'].isoformat())} 14:{doc['date'].day+10:02d}</p>
</body></html>"""

def ko_statement(doc, title="거 래 명 세 서"):
    """Douzone-style ERP transaction statement (blue grid)."""
    s = doc["supplier"]; b = doc["buyer"]; blue = "#24408e"
    css = CSS_BASE % "페이지" + f""".g td, .g th {{ border: 1px solid {blue}; font-size: 8.5pt }} .g th {{ background:#e8edf8; color:{blue} }}
    .h {{ font-size: 18pt; text-align:center; letter-spacing: 6px; color:{blue} }}"""
    it = "".join(f"<tr><td class='c'>{i}</td><td>{e(l['desc'])}</td><td class='r'>{l['qty']:,}</td><td class='r'>{fmt_num(l['unit'],'en',0)}</td><td class='r'>{fmt_num(l['amount'],'en',0)}</td></tr>"
                 for i, l in enumerate(doc["lines"], 1))
    extra = ""
    if doc["discount"]: extra += f"<tr><td></td><td>{W['ko']['discount']}</td><td></td><td></td><td class='r'>-{fmt_num(doc['discount'],'en',0)}</td></tr>"
    if doc["shipping"]: extra += f"<tr><td></td><td>{W['ko']['shipping']}</td><td></td><td></td><td class='r'>{fmt_num(doc['shipping'],'en',0)}</td></tr>"
    taxrow = f"<tr><th colspan='4'>세액 (10%)</th><td class='r'>{fmt_num(doc['tax'],'en',0)}</td></tr>" if doc["tax"] else ""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='h'>{title}</div><p style='text-align:right'>일자: {e(doc['date_str'])} &nbsp; No. {e(doc['number'])}</p>
<table class='g'><tr><th>공급받는자</th><td>{e(b['name'])} 귀하<br>{e(b['addr'])}</td><th>공급자</th><td>{e(s['name'])} (대표 {e(s['rep'])})<br>등록번호 {e(s['taxid'])}<br>{e(s['addr'])}</td></tr></table>
<table class='g' style='margin-top:8px'><tr><th>No</th><th>품목</th><th>수량</th><th>단가</th><th>금액</th></tr>{it}{extra}
<tr><th colspan='4'>공급가액</th><td class='r'>{fmt_num(doc['subtotal']-doc['discount']+doc['shipping'],'en',0)}</td></tr>{taxrow}
<tr><th colspan='4'>합계금액</th><td class='r'><b>₩{fmt_num(doc['total'],'en',0)}</b></td></tr></table>
<p style='font-size:8pt;color:#666'>iCUBE-ERP 출력 · 인수자 ____________ (인)</p></body></html>"""

def ja_invoice(doc, title=None):
    w = W["ja"]; s = doc["supplier"]; b = doc["buyer"]
    title = title or w["invoice"]
    css = CSS_BASE % "頁" + """.t td, .t th { border: 1px solid #555 } .t th { background:#eee; font-weight:normal }
    .big { font-size: 15pt; border-bottom: 2px solid #000; display:inline-block; padding: 2px 20px }"""
    it = "".join(f"<tr><td>{e(l['desc'])}</td><td class='r'>{l['qty']:,}</td><td class='r'>{fmt_num(l['unit'],'en',0)}</td><td class='r'>{fmt_num(l['amount'],'en',0)}</td></tr>" for l in doc["lines"])
    ex = ""
    if doc["discount"]: ex += f"<tr><td>{w['discount']}</td><td></td><td></td><td class='r'>-{fmt_num(doc['discount'],'en',0)}</td></tr>"
    if doc["shipping"]: ex += f"<tr><td>{w['shipping']}</td><td></td><td></td><td class='r'>{fmt_num(doc['shipping'],'en',0)}</td></tr>"
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<h1 style='text-align:center;letter-spacing:8px'>{title}</h1>
<div style='float:right;text-align:right'>{w['date']}：{e(doc['date_str'])}<br>{w['no']}：{e(doc['number'])}<br><br><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>登録番号 {e(s['taxid'])}<br>担当：{e(s['rep'])}</div>
<p style='font-size:12pt'><u>{e(b['name'])}</u></p><p>下記の通りご請求申し上げます。</p>
<p><span class='big'>{w['total']}　¥{fmt_num(doc['total'],'en',0)}-</span>（税込）</p>
<table class='t' style='clear:both;margin-top:20px'><tr><th>{w['desc']}</th><th>{w['qty']}</th><th>{w['unit']}</th><th>{w['amount']}</th></tr>{it}{ex}
<tr><td colspan='3' class='r'>{w['subtotal']}</td><td class='r'>{fmt_num(doc['subtotal']-doc['discount']+doc['shipping'],'en',0)}</td></tr>
<tr><td colspan='3' class='r'>{w['tax']}</td><td class='r'>{fmt_num(doc['tax'],'en',0)}</td></tr>
<tr><td colspan='3' class='r'><b>合計</b></td><td class='r'><b>¥{fmt_num(doc['total'],'en',0)}</b></td></tr></table>
<p>{w['bank']}：なにわ信用金庫 本店営業部 普通 {doc['number'][-5:]}12</p></body></html>"""

def zh_vat(doc):
    s = doc["supplier"]; b = doc["buyer"]; br = "#8a5a2b"
    css = CSS_BASE % "页" + f""".v td, .v th {{ border: 1px solid {br}; font-size: 8.5pt; color:#333 }} .v th {{ color:{br}; font-weight:normal }}
    .h {{ text-align:center; color:{br}; font-size:18pt; letter-spacing:4px }}"""
    it = "".join(f"<tr><td>*日用品*{e(d)}</td><td>{'个' if q != '' else ''}</td><td class='r'>{q}</td><td class='r'>{(fmt_num(u,'en') if u != '' else '')}</td>"
                 f"<td class='r'>{fmt_num(a,'en')}</td><td class='c'>{doc['tax_rate']:.0f}%</td><td class='r'>{fmt_num(t,'en')}</td></tr>" for d, q, u, a, t in tax_rows(doc, '折扣', '运费'))
    net = doc["subtotal"] - doc["discount"] + doc["shipping"]
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='h'>电子发票（增值税专用发票）</div><p style='text-align:right'>发票号码：{e(doc['number'])}<br>开票日期：{e(doc['date_str'])}</p>
<table class='v'><tr><th rowspan='2'>购<br>买<br>方</th><td>名称：{e(b['name'])}</td><th rowspan='2'>销<br>售<br>方</th><td>名称：{e(s['name'])}</td></tr>
<tr><td>地址：{e(b['addr'])}</td><td>统一社会信用代码/纳税人识别号：{e(s['taxid'])}<br>{e(s['addr'])}</td></tr></table>
<table class='v'><tr><th>项目名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>{it}
<tr><th>合　计</th><td></td><td></td><td></td><td class='r'>¥{fmt_num(net,'en')}</td><td></td><td class='r'>¥{fmt_num(doc['tax'],'en')}</td></tr>
<tr><th>价税合计（大写）</th><td colspan='4'>（见小写）</td><td colspan='2'>（小写）¥{fmt_num(doc['total'],'en')}</td></tr></table>
<p>备注：订单 {e(doc['number'][-5:])}　开票人：周敏</p></body></html>"""

def receipt_html(doc):
    w = W[doc["lang"]]; s = doc["supplier"]
    css = "@page { size: 80mm 200mm; margin: 5mm } body { font-family: 'WenQuanYi Micro Hei Mono', 'DejaVu Sans Mono'; font-size: 8pt }"
    it = "".join(f"<div>{e(l['desc'])}<br>&nbsp;&nbsp;{l['qty']} x {fmt_num(l['unit'],'en',doc['dec'])} = {fmt_num(l['amount'],'en',doc['dec'])}</div>" for l in doc["lines"])
    ttl = w.get("receipt", "RECEIPT")
    taxl = f"<div>{e(w['tax'])}: {fmt_num(doc['tax'],'en',doc['dec'])}</div>" if doc["tax"] else ""
    if doc["discount"]: taxl = f"<div>{e(w['discount'])}: -{fmt_num(doc['discount'],'en',doc['dec'])}</div>" + taxl
    if doc["shipping"]: taxl = f"<div>{e(w['shipping'])}: {fmt_num(doc['shipping'],'en',doc['dec'])}</div>" + taxl
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><center><b>{e(s['name'])}</b><br>{e(s['addr'])}<br>{e(s['taxid'])}<br><br><b style='font-size:12pt'>{e(ttl)}</b></center>
<div>{e(doc['date_str'])} 15:42 &nbsp; #{e(doc['number'])}</div><div>{e(doc['buyer']['name'])}</div><hr>{it}<hr>
<div>{e(w['subtotal'])}: {fmt_num(doc['subtotal'],'en',doc['dec'])}</div>{taxl}
<div style='font-size:11pt'><b>{e(w['total'])}: {e(money(doc, doc['total']))}</b></div><hr><center>감사합니다 / Thank you</center></body></html>"""

def render(htmltext, out_pdf, engine="weasy"):
    if engine == "weasy":
        import weasyprint
        weasyprint.HTML(string=htmltext).write_pdf(out_pdf)
    else:
        tmp = os.path.join(WORK, os.path.basename(out_pdf) + ".html")
        open(tmp, "w", encoding="utf-8").write(htmltext)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out_pdf}", tmp], check=True, capture_output=True, timeout=120)
