"""HTML/CSS layouts printed by Chromium or WeasyPrint: three made-up accounting-
software looks, a Japanese 請求書, a Korean 전자세금계산서 and phone order pages."""
import os, html, subprocess
from common import money, fnum, fqty, fdate, run, CHROMIUM, BUILD, cn_upper, words_amount, D
from i18n import TXT

E = html.escape
PROFILE = "--user-data-dir=" + os.path.join(BUILD, "chrome_profile")


def to_pdf_chromium(html_str, pdf_path, name=None):
    hp = os.path.join(BUILD, "html", (name or os.path.basename(pdf_path)) + ".html")
    os.makedirs(os.path.dirname(hp), exist_ok=True)
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_str)
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", PROFILE,
         "--print-to-pdf-no-header", f"--print-to-pdf={pdf_path}", "file://" + hp], timeout=120)
    return hp


def to_pdf_weasy(html_str, pdf_path, name=None):
    import weasyprint
    hp = os.path.join(BUILD, "html", (name or os.path.basename(pdf_path)) + ".html")
    os.makedirs(os.path.dirname(hp), exist_ok=True)
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_str)
    weasyprint.HTML(string=html_str, base_url=os.path.dirname(hp)).write_pdf(pdf_path)
    return hp


def screenshot_chromium(html_str, png_path, w=390, h=844, scale=3, name=None):
    hp = os.path.join(BUILD, "html", (name or os.path.basename(png_path)) + ".html")
    os.makedirs(os.path.dirname(hp), exist_ok=True)
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_str)
    run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", PROFILE,
         f"--force-device-scale-factor={scale}", f"--window-size={w},{h}", f"--screenshot={png_path}",
         "file://" + hp], timeout=120)
    return hp


# ---------------------------------------------------------------- western SaaS looks
THEMES = {
    "mint": dict(font="'Nimbus Sans', 'DejaVu Sans', sans-serif", head="'Nimbus Sans', sans-serif", accent="#13795b",
                 light="#e8f4ef"),
    "slate": dict(font="'DejaVu Sans', sans-serif", head="'URW Gothic', 'DejaVu Sans', sans-serif", accent="#3d4b63",
                  light="#eef0f4"),
    "classic": dict(font="'C059', 'DejaVu Serif', serif", head="'C059', serif", accent="#6b1f1f", light="#f6efe6"),
    "plum": dict(font="'P052', 'DejaVu Serif', serif", head="'Nimbus Sans', sans-serif", accent="#5a2a6e",
                 light="#f3ecf6"),
}


def saas(doc, theme="mint", page_numbers=True):
    th = THEMES[theme]
    t = TXT[doc["lang"]]
    s, b = doc["supplier"], doc["buyer"]
    title = t.get(doc["doc_type"], t["invoice"])
    has_disc = any(it.get("disc") for it in doc["items"])
    rows = []
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        rows.append(
            f"<tr><td class=n>{i + 1}</td><td>{E(it['name'])}"
            + (f"<div class=sku>{E(it['sku'])}</div>" if it.get("sku") else "")
            + f"</td><td class=r>{fqty(it['qty'], doc['num_style'])}</td><td>{E(it['unit'])}</td>"
            f"<td class=r>{money(doc, it['price'], sym=False)}</td>"
            + (f"<td class=r>{it['disc']}%</td>" if has_disc and it.get('disc') else ("<td></td>" if has_disc else ""))
            + f"<td class=r>{money(doc, l['net'], sym=False)}</td></tr>")
    tot = [(t["subtotal"], money(doc, doc["subtotal"]))]
    if doc["discount_amt"]:
        tot.append((t["discount"] + (f" {doc['discount_pct']}%" if doc.get("discount_pct") else ""),
                    "−" + money(doc, doc["discount_amt"])))
    if doc["shipping"]:
        tot.append((t["shipping"], money(doc, doc["shipping"])))
    if doc["tax_mode"] != "none":
        if doc["discount_amt"] or doc["shipping"]:
            tot.append((t["net_amount"], money(doc, doc["net_total"])))
        tot.append((f"{t['vat'] if doc['lang'] != 'en' or doc.get('region') != 'en_us' else t['sales_tax']} {fnum(doc['rate'], doc['num_style'], 0) if D(doc['rate']) == int(D(doc['rate'])) else doc['rate']}%",
                    money(doc, doc["tax_total"])))
    tot_html = "".join(f"<tr><td>{E(a)}</td><td class=r>{E(v)}</td></tr>" for a, v in tot)
    grand_html = f"<tr class=grand><td>{E(doc.get('total_label') or t['total'])}</td><td class=r>{E(money(doc, doc['total']))}</td></tr>"
    price_heads = (f"<th class=r>{E(t['unit_price'])}</th>" + (f"<th class=r>{E(t['discount'])}</th>" if has_disc else '')
                   + f"<th class=r>{E(t['amount'])}</th>")
    if doc.get("no_prices"):
        rows = [f"<tr><td class=n>{i + 1}</td><td>{E(it['name'])}" + (f"<div class=sku>{E(it['sku'])}</div>" if it.get('sku') else '')
                + f"</td><td class=r>{fqty(it['qty'], doc['num_style'])}</td><td>{E(it['unit'])}</td></tr>"
                for i, it in enumerate(doc["items"])]
        tot_html = grand_html = price_heads = ""
    meta = [(t["invoice_no"] if doc["doc_type"] in ("invoice", "tax_invoice") else t["doc_no"], doc["number"]),
            (t["date"], doc["date_str"])]
    for key, lab in (("delivery_str", "delivery_date"), ("cust_no", "cust_no"), ("order_ref", "order_ref"),
                     ("due_str", "due"), ("ref_invoice", "ref_invoice"), ("valid_str", "valid")):
        if doc.get(key):
            meta.append((t[lab], doc[key]))
    meta_html = "".join(f"<tr><th>{E(a)}</th><td>{E(v)}</td></tr>" for a, v in meta)
    buyer_html = "<br>".join(E(x) for x in b["addr_lines"])
    if b.get("vat"):
        buyer_html += f"<br><span class=muted>{E(t['tax_id'])}: {E(b['vat'])}</span>"
    bank = s.get("bank", "")
    bank2 = ("IBAN " + s["iban"]) if s.get("iban") else s.get("acct", "")
    bank3 = ("BIC " + s["bic"]) if s.get("bic") else (("Sort code " + s["sort"]) if s.get("sort") else "")
    notes = "".join(f"<p>{E(n)}</p>" for n in doc.get("notes", []))
    pn = (f"@bottom-right {{ content: '{t['page']} ' counter(page) ' {t['of']} ' counter(pages); "
          f"font: 7.5pt {th['font']}; color:#888; }}") if page_numbers else ""
    return f"""<!DOCTYPE html><html lang="{doc['lang']}"><head><meta charset="utf-8"><title>{E(title)} {E(doc['number'])}</title>
<style>
@page {{ size: A4; margin: 16mm 15mm 22mm 15mm; {pn} }}
body {{ font-family: {th['font']}; font-size: 9pt; color: #222; margin:0; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start; border-bottom: 3px solid {th['accent']}; padding-bottom: 6mm; }}
.brand {{ font-family:{th['head']}; font-size: 17pt; color:{th['accent']}; font-weight:bold; }}
.brand small {{ display:block; font-size:8pt; color:#666; font-weight:normal; margin-top:2mm; line-height:1.45; }}
h1 {{ font-family:{th['head']}; font-size: 22pt; letter-spacing: 1px; color:{th['accent']}; margin:0; text-align:right; }}
.cols {{ display:flex; justify-content:space-between; margin-top: 8mm; }}
.to h4 {{ margin:0 0 1.5mm 0; font-size:7.5pt; text-transform:uppercase; color:{th['accent']}; letter-spacing:.5px; }}
.to b {{ font-size:10pt; }}
table.meta th {{ text-align:right; font-weight:normal; color:#555; padding:0.6mm 3mm; }}
table.meta td {{ font-weight:bold; text-align:right; padding:0.6mm 0; }}
table.items {{ width:100%; border-collapse:collapse; margin-top: 9mm; }}
table.items thead {{ display: table-header-group; }}
table.items th {{ background:{th['accent']}; color:white; text-align:left; padding:2mm 2mm; font-size:8pt; }}
table.items td {{ padding:1.8mm 2mm; border-bottom: 0.5pt solid #ddd; vertical-align:top; }}
table.items tr:nth-child(even) td {{ background:{th['light']}; }}
table.items tr {{ page-break-inside: avoid; }}
.r {{ text-align:right !important; white-space:nowrap; }} .n {{ color:#888; width:6mm; }}
.sku {{ color:#888; font-size:7.5pt; }}
.totals {{ width: 78mm; margin-left:auto; margin-top:5mm; border-collapse:collapse; page-break-inside: avoid; }}
.totals td {{ padding:1.3mm 2mm; }}
.totals tr.grand td {{ font-size: 11.5pt; font-weight:bold; border-top: 1.5pt solid {th['accent']}; background:{th['light']}; padding:2.5mm 2mm; }}
.muted {{ color:#666; }} .notes {{ margin-top:8mm; font-size:8.5pt; page-break-inside: avoid; }}
.foot {{ margin-top: 10mm; border-top: 0.5pt solid #bbb; padding-top:3mm; display:flex; gap: 8mm; font-size:7pt; color:#555; line-height:1.5; page-break-inside: avoid; }}
</style></head><body>
<div class=top><div class=brand>{E(s['name'])}<small>{'<br>'.join(E(x) for x in s['addr'])}<br>{E(s.get('tel', ''))} · {E(s.get('email', ''))}</small></div>
<div><h1>{E(title)}</h1></div></div>
<div class=cols><div class=to><h4>{E(t['bill_to'])}</h4><b>{E(b['name'])}</b><br>{buyer_html}</div>
<table class=meta>{meta_html}</table></div>
{f"<p style='margin-top:7mm'>{E(doc['intro'])}</p>" if doc.get('intro') else ''}
<table class=items><thead><tr><th>#</th><th>{E(t['desc'])}</th><th class=r>{E(t['qty'])}</th><th>{E(t['unit'])}</th>{price_heads}</tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<table class=totals>{tot_html}{grand_html}</table>
<div class=notes>{notes}{'' if doc.get('no_prices') else f"<p><b>{E(t['terms'])}:</b> {E(doc.get('terms', t['terms_v']))}</p>"}<p class=muted>{E(t['thanks'])}</p></div>
<div class=foot><div>{E(s['name'])}<br>{'<br>'.join(E(x) for x in s['addr'][:2])}</div>
<div>{E(s.get('tax_id', ''))}<br>{E(s.get('reg', ''))}</div><div>{E(t['bank'])}: {E(bank)}<br>{E(bank2)}<br>{E(bank3)}</div></div>
</body></html>"""


# ---------------------------------------------------------------- Japanese 請求書

def jp_seikyu(doc):
    s, b = doc["supplier"], doc["buyer"]
    rows = "".join(
        f"<tr><td>{E(it['name'])}</td><td class=r>{fqty(it['qty'])}</td><td class=c>{E(it['unit'])}</td>"
        f"<td class=r>{fnum(it['price'], 'ja', 0 if it['price'] == int(it['price']) else 2)}</td>"
        f"<td class=r>{fnum(l['net'], 'ja', 0)}</td></tr>" for it, l in zip(doc["items"], doc["lines"]))
    empty = "".join("<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>" for _ in range(max(0, 8 - len(doc["items"]))))
    hanko = s["name"].replace("株式会社", "").replace("有限会社", "")[:4]
    title = "請求書" if doc["doc_type"] == "invoice" else "御見積書"
    ship = (f"<tr><th>送料</th><td class=r>{fnum(doc['shipping'], 'ja', 0)}</td></tr>" if doc["shipping"] else "")
    total_label = "ご請求金額" if doc["doc_type"] == "invoice" else "お見積金額"
    return f"""<!DOCTYPE html><html lang=ja><head><meta charset=utf-8><title>{title} {E(doc['number'])}</title><style>
@page {{ size: A4; margin: 15mm 16mm; }}
body {{ font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9.5pt; color:#111; }}
h1 {{ text-align:center; letter-spacing: 12px; font-size: 22pt; font-weight: normal; border-bottom: 3px double #333; width: 60mm; margin: 0 auto 6mm auto; }}
.hdr {{ display:flex; justify-content:space-between; }}
.to {{ font-size: 13pt; border-bottom: 1px solid #333; padding: 0 8mm 1mm 0; margin-top: 6mm; }}
.meta td {{ padding: 0.5mm 2mm; }}
.from {{ position:relative; margin-top: 4mm; line-height:1.6; font-size:9pt; }}
.hanko {{ position:absolute; right: 0; top: 2mm; width: 17mm; height: 17mm; border: 2px solid #c8161d; color:#c8161d;
          font-size: 10pt; line-height: 1.1; text-align:center; display:flex; align-items:center; justify-content:center;
          writing-mode: vertical-rl; opacity:.85; transform: rotate(-4deg); }}
.amount {{ margin-top: 7mm; font-size: 14pt; border: 1.5px solid #333; display:inline-block; padding: 2mm 6mm; }}
.amount b {{ font-size: 17pt; margin-left: 8mm; }}
table.items {{ width:100%; border-collapse: collapse; margin-top: 6mm; }}
table.items th {{ background:#e9e9e9; border:1px solid #555; padding:1.5mm; font-weight:normal; }}
table.items td {{ border:1px solid #555; padding:1.5mm 2mm; }}
.r {{ text-align:right; }} .c {{ text-align:center; }}
table.sum {{ margin-left:auto; border-collapse:collapse; width: 75mm; margin-top: 2mm; }}
table.sum th {{ border:1px solid #555; background:#f2f2f2; font-weight:normal; text-align:left; padding:1.2mm 2mm; }}
table.sum td {{ border:1px solid #555; padding:1.2mm 2mm; }}
.box {{ border:1px solid #555; padding: 2mm 3mm; margin-top: 6mm; min-height: 14mm; }}
</style></head><body>
<h1>{title}</h1>
<div class=hdr><div><div class=to>{E(b['name'])} 御中</div>
<p style="margin-top:4mm">下記の通りご請求申し上げます。</p>
<div class=amount>{total_label}（税込）<b>¥{fnum(doc['total'], 'ja', 0)} -</b></div></div>
<div><table class=meta><tr><td>請求日</td><td>{E(doc['date_str'])}</td></tr><tr><td>請求書番号</td><td>{E(doc['number'])}</td></tr>
{f"<tr><td>お支払期限</td><td>{E(doc['due_str'])}</td></tr>" if doc.get('due_str') else ''}</table>
<div class=from><div class=hanko>{E(hanko)}</div>{E(s['name'])}<br>{E(s['addr'])}<br>TEL {E(s['tel'])}<br>登録番号 {E(s['reg_no'])}</div></div></div>
<table class=items><tr><th style="width:46%">品名</th><th>数量</th><th>単位</th><th>単価</th><th>金額</th></tr>{rows}{empty}</table>
<table class=sum><tr><th>小計</th><td class=r>{fnum(doc['subtotal'], 'ja', 0)}</td></tr>{ship}
<tr><th>消費税（10%）</th><td class=r>{fnum(doc['tax_total'], 'ja', 0)}</td></tr>
<tr><th>合計</th><td class=r><b>{fnum(doc['total'], 'ja', 0)}</b></td></tr></table>
<p style="font-size:8.5pt">10%対象 {fnum(doc['net_total'], 'ja', 0)}円　消費税 {fnum(doc['tax_total'], 'ja', 0)}円</p>
<div class=box>お振込先：{E(s['bank'])}<br>※振込手数料は貴社にてご負担願います。</div>
<div class=box>備考：{E(' '.join(doc.get('notes', [])))}</div>
</body></html>"""


# ---------------------------------------------------------------- Korean 전자세금계산서

def kr_tax_invoice(doc):
    s, b = doc["supplier"], doc["buyer"]
    red = "#d0312d"
    rows = "".join(
        f"<tr><td class=c>{doc['date'].month:02d}</td><td class=c>{doc['date'].day:02d}</td><td>{E(it['name'])}</td>"
        f"<td class=c>{E(it.get('spec', ''))}</td><td class=r>{fqty(it['qty'])}</td><td class=r>{fnum(it['price'], 'ko', 0)}</td>"
        f"<td class=r>{fnum(l['net'], 'ko', 0)}</td><td class=r>{fnum(l['tax'], 'ko', 0)}</td><td></td></tr>"
        for it, l in zip(doc["items"], doc["lines"]))
    rows += "".join("<tr>" + "<td>&nbsp;</td>" * 9 + "</tr>" for _ in range(max(0, 4 - len(doc["items"]))))
    return f"""<!DOCTYPE html><html lang=ko><head><meta charset=utf-8><title>전자세금계산서</title><style>
@page {{ size: A4; margin: 14mm 12mm; }}
body {{ font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 8.5pt; color:#111; }}
table {{ border-collapse:collapse; width:100%; }}
td, th {{ border: 1px solid {red}; padding: 1.4mm 1.2mm; }}
th {{ color:{red}; font-weight:normal; background:#fff5f5; }}
.r {{ text-align:right; }} .c {{ text-align:center; }}
.title td {{ font-size: 17pt; color:{red}; text-align:center; letter-spacing:6px; border-width:2px; padding:3mm; }}
.vert {{ writing-mode: vertical-rl; text-align:center; color:{red}; background:#fff5f5; width:6mm; }}
</style></head><body>
<table class=title><tr><td>전자세금계산서 <span style="font-size:9pt;letter-spacing:0">(공급받는자 보관용)</span></td>
<td style="font-size:8.5pt;letter-spacing:0;width:62mm;text-align:left">승인번호 {E(doc['approval'])}<br>관리번호 {E(doc['number'])}</td></tr></table>
<table style="margin-top:-1px"><tr><th rowspan=4 class=vert>공급자</th><th>등록번호</th><td colspan=3>{E(s['reg_no'])}</td>
<th rowspan=4 class=vert>공급받는자</th><th>등록번호</th><td colspan=3>{E(b.get('reg_no', ''))}</td></tr>
<tr><th>상호</th><td>{E(s['name'])}</td><th>성명</th><td>{E(s['ceo'])}</td><th>상호</th><td>{E(b['name'])}</td><th>성명</th><td>{E(b.get('ceo', ''))}</td></tr>
<tr><th>사업장</th><td colspan=3>{E(s['addr'])}</td><th>사업장</th><td colspan=3>{E(b.get('addr', ''))}</td></tr>
<tr><th>업태</th><td>제조업</td><th>종목</th><td>생활용품</td><th>업태</th><td>도소매</td><th>종목</th><td>전자상거래</td></tr></table>
<table style="margin-top:-1px"><tr><th>작성일자</th><th>공급가액</th><th>세액</th><th>수정사유</th></tr>
<tr><td class=c>{E(doc['date_str'])}</td><td class=r>{fnum(doc['net_total'], 'ko', 0)}</td><td class=r>{fnum(doc['tax_total'], 'ko', 0)}</td><td></td></tr></table>
<table style="margin-top:-1px"><tr><th>월</th><th>일</th><th style="width:34%">품목</th><th>규격</th><th>수량</th><th>단가</th><th>공급가액</th><th>세액</th><th>비고</th></tr>{rows}</table>
<table style="margin-top:-1px"><tr><th>합계금액</th><th>현금</th><th>수표</th><th>어음</th><th>외상미수금</th>
<td rowspan=2 class=c style="width:38mm">이 금액을 (청구) 함</td></tr>
<tr><td class=r><b>{fnum(doc['total'], 'ko', 0)}</b></td><td></td><td></td><td></td><td class=r>{fnum(doc['total'], 'ko', 0)}</td></tr></table>
<p style="color:#777;margin-top:4mm">본 전자세금계산서는 전자적으로 발급되었습니다. 발급일시 {E(doc['date_str'])}</p>
</body></html>"""


# ---------------------------------------------------------------- 1688-like mobile order page

def mobile_order(doc):
    s = doc["supplier"]
    items = "".join(
        f"""<div class=it><div class=ph style="background:hsl({(i * 67) % 360},35%,80%)"></div><div class=in>
<div class=nm>{E(it['name'])}</div><div class=sp>{E(it.get('spec', ''))}</div>
<div class=pr>¥{it['price']:.2f}<span>×{fqty(it['qty'])}</span></div></div></div>""" for i, it in enumerate(doc["items"]))
    return f"""<!DOCTYPE html><html lang=zh><head><meta charset=utf-8><meta name=viewport content="width=device-width"><style>
body {{ margin:0; font-family:'WenQuanYi Micro Hei',sans-serif; background:#f4f4f4; font-size:13px; color:#222; }}
.bar {{ background:linear-gradient(90deg,#ff6a00,#ff8f1f); color:#fff; padding:44px 14px 14px; font-size:17px; }}
.bar small {{ display:block; font-size:12px; opacity:.9; margin-top:4px; }}
.card {{ background:#fff; margin:8px; border-radius:10px; padding:12px; }}
.shop {{ font-weight:bold; margin-bottom:8px; }}
.it {{ display:flex; gap:10px; margin:10px 0; }} .ph {{ width:64px; height:64px; border-radius:6px; flex:none; }}
.in {{ flex:1; }} .nm {{ font-size:13px; }} .sp {{ color:#888; font-size:11px; margin:3px 0; }}
.pr {{ color:#ff5000; }} .pr span {{ color:#888; float:right; }}
.row {{ display:flex; justify-content:space-between; margin:6px 0; color:#555; }}
.tot {{ text-align:right; font-size:15px; margin-top:8px; }} .tot b {{ color:#ff5000; font-size:18px; }}
</style></head><body>
<div class=bar>{E(doc['status'])}<small>{E(doc['status_sub'])}</small></div>
<div class=card><div class=row><span>收货人：{E(doc['consignee'])}</span><span>{E(doc['phone'])}</span></div>
<div style="color:#555">{E(doc['ship_addr'])}</div></div>
<div class=card><div class=shop>{E(s['name'])} ›</div>{items}
<div class=row><span>商品总价</span><span>¥{doc['subtotal']:.2f}</span></div>
<div class=row><span>运费</span><span>¥{doc['shipping']:.2f}</span></div>
{f"<div class=row><span>优惠</span><span>-¥{doc['discount_amt']:.2f}</span></div>" if doc['discount_amt'] else ''}
<div class=tot>实付款 <b>¥{doc['total']:.2f}</b></div></div>
<div class=card><div class=row><span>订单编号</span><span>{E(doc['number'])}</span></div>
<div class=row><span>下单时间</span><span>{E(doc['date_str'])} {E(doc['time'])}</span></div>
<div class=row><span>支付方式</span><span>{E(doc['pay'])}</span></div>
<div class=row><span>发票信息</span><span>{E(doc['inv_info'])}</span></div></div>
</body></html>"""


# ---------------------------------------------------------------- 数电 layout in HTML (third-party platform print)

def qr_svg_datauri(data):
    import base64
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics import renderSVG
    w = QrCodeWidget(data)
    b = w.getBounds()
    d = Drawing(b[2] - b[0], b[3] - b[1])
    d.add(w)
    return "data:image/svg+xml;base64," + base64.b64encode(renderSVG.drawToString(d).encode()).decode()


def shudian_html(doc):
    kind = "增值税专用发票" if doc["doc_type"] == "tax_invoice" else "普通发票"
    c = "#a0522d"
    rows = "".join(
        f"<tr><td>{E(it['name'])}</td><td>{E(it.get('spec', ''))}</td><td class=c>{E(it['unit'])}</td>"
        f"<td class=r>{fqty(it['qty'], 'plain')}</td><td class=r>{E(it.get('price_str') or f'{it[chr(112)+chr(114)+chr(105)+chr(99)+chr(101)]:.2f}')}</td>"
        f"<td class=r>{l['net']:.2f}</td><td class=c>{l['rate']:g}%</td><td class=r>{l['tax']:.2f}</td></tr>"
        for it, l in zip(doc["items"], doc["lines"]))
    pad = "".join("<tr class=pad><td colspan=8>&nbsp;</td></tr>" for _ in range(max(0, 6 - len(doc["items"]))))
    b, s = doc["buyer"], doc["supplier"]
    notes = "<br>".join(E(n) for n in doc.get("notes", []))
    return f"""<!DOCTYPE html><html lang=zh><head><meta charset=utf-8><title>电子发票</title><style>
@page {{ size: 240mm 140mm; margin: 8mm 9mm; }}
body {{ font-family:'WenQuanYi Micro Hei',sans-serif; font-size:8.5pt; color:#000; margin:0; }}
.hd {{ display:flex; justify-content:space-between; align-items:flex-start; height: 22mm; }}
.hd img {{ width:19mm; height:19mm; }}
.tt {{ color:{c}; font-size:16pt; text-align:center; border-bottom: 3px double {c}; padding-bottom:1mm; margin-top:3mm; }}
.no {{ color:{c}; line-height:1.9; font-size:9pt; }} .no span {{ color:#000; font-family:'DejaVu Sans'; }}
table {{ width:100%; border-collapse:collapse; }}
.frame {{ border:1.2px solid {c}; }}
.party td {{ border:1px solid {c}; padding:1.5mm 2mm; vertical-align:top; }}
.v {{ width:4mm; color:{c}; text-align:center; line-height:1.25; padding:1mm !important; }}
.lab {{ color:{c}; }}
.items th {{ color:{c}; font-weight:normal; padding:1.2mm; border-bottom:1px solid {c}; }}
.items td {{ padding:0.9mm 1.5mm; font-size:8.3pt; }}
.items .r {{ text-align:right; font-family:'DejaVu Sans'; }} .items .c {{ text-align:center; }}
.pad td {{ height:4.2mm; }}
.sum td {{ border-top:1px solid {c}; padding:1.5mm 2mm; }}
</style></head><body>
<div class=hd><img src="{qr_svg_datauri(doc['qr_data'])}"><div class=tt>电子发票（{kind}）</div>
<div class=no>发票号码：<span>{E(doc['number'])}</span><br>开票日期：<span>{E(doc['date_str'])}</span></div></div>
<div class=frame><table class=party><tr><td class=v>购买方信息</td><td style="width:46%"><span class=lab>名称：</span>{E(b['name'])}<br><br>
<span class=lab>统一社会信用代码/纳税人识别号：</span>{E(b.get('tax_id', ''))}</td>
<td class=v>销售方信息</td><td><span class=lab>名称：</span>{E(s['name'])}<br><br><span class=lab>统一社会信用代码/纳税人识别号：</span>{E(s.get('tax_id', ''))}</td></tr></table>
<table class=items><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>
{rows}{pad}
<tr class=sum><td class=lab style="text-align:center">合　计</td><td colspan=4></td><td class=r>¥{doc['net_total']:.2f}</td><td></td><td class=r>¥{doc['tax_total']:.2f}</td></tr></table>
<table><tr class=sum><td class=lab style="width:30mm">价税合计（大写）</td><td>ⓧ{E(cn_upper(words_amount(doc)))}</td>
<td class=lab style="width:16mm">（小写）</td><td style="width:34mm;font-family:'DejaVu Sans'">¥{doc['total']:.2f}</td></tr></table>
<table><tr class=sum><td class=v style="height:14mm">备注</td><td>{notes}</td></tr></table></div>
<p><span class=lab>开票人：</span>{E(doc.get('drawer', ''))}</p>
</body></html>"""
