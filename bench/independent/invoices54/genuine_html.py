"""HTML/CSS producers: accounting-software style invoices, order receipts, e-fapiao variant and
non-invoice documents; printed by WeasyPrint or headless Chromium."""
import os, random, subprocess, html
from common import *
from i18n import tr

E = html.escape

CSS = {
 "saas_blue": """@page{size:A4;margin:16mm 14mm}body{font-family:'DejaVu Sans','WenQuanYi Micro Hei';font-size:9.5pt;color:#222}
  .hd{display:flex;justify-content:space-between;border-bottom:3px solid #2563eb;padding-bottom:8px}
  .logo{font-size:17pt;font-weight:bold;color:#2563eb}.ttl{font-size:22pt;color:#111;text-align:right}
  table.it{width:100%;border-collapse:collapse;margin-top:14px}table.it th{background:#eef2ff;text-align:left;padding:5px;font-size:8.5pt}
  table.it td{padding:5px;border-bottom:1px solid #e5e7eb}.r{text-align:right}th.r{text-align:right!important}.tot td{padding:3px 5px}.grand td{font-weight:bold;font-size:12pt;border-top:2px solid #2563eb}
  .meta td{padding:1px 8px 1px 0}.small{font-size:7.5pt;color:#555}""",
 "saas_serif": """@page{size:A4;margin:20mm 18mm}body{font-family:'DejaVu Serif','WenQuanYi Micro Hei';font-size:9.5pt}
  .hd{display:flex;justify-content:space-between}.logo{font-size:15pt;letter-spacing:2px;text-transform:uppercase}
  .ttl{font-size:18pt;text-align:right;font-style:italic}table.it{width:100%;border-collapse:collapse;margin-top:16px}
  table.it th{border-top:1px solid #000;border-bottom:1px solid #000;padding:4px;text-align:left}table.it td{padding:4px}
  .r{text-align:right}th.r{text-align:right!important}.grand td{font-weight:bold;border-top:1px double #000;border-bottom:3px double #000}.small{font-size:7.5pt}
  .meta td{padding:1px 10px 1px 0}""",
 "saas_green": """@page{size:A4;margin:12mm}body{font-family:'DejaVu Sans Condensed','DejaVu Sans','WenQuanYi Micro Hei';font-size:9pt}
  .hd{display:flex;justify-content:space-between;background:#0f766e;color:#fff;padding:12px}.logo{font-size:16pt;font-weight:bold}
  .ttl{font-size:20pt;text-align:right}table.it{width:100%;border-collapse:collapse;margin-top:12px}table.it th{background:#0f766e;color:#fff;padding:4px}
  table.it tr:nth-child(even) td{background:#f0fdfa}table.it td{padding:4px}.r{text-align:right}th.r{text-align:right!important}.grand td{font-weight:bold;font-size:11pt;background:#ccfbf1}
  .small{font-size:7pt;color:#444}.meta td{padding:1px 8px 1px 0}""",
}


def saas_html(doc, style):
    t = tr(doc["lang"])
    rows = "".join(f"<tr><td>{k+1}</td><td>{E(it['name'])}</td><td class=r>{it['qty']}</td><td class=r>{money(it['price'], doc, False)}</td>"
                   f"<td class=r>{money(it['amount'], doc, False)}</td></tr>" for k, it in enumerate(doc["items"]))
    tot = f"<tr><td>{t['subtotal']}</td><td class=r>{money(doc['subtotal'], doc)}</td></tr>"
    if doc["discount"]: tot += f"<tr><td>{t['discount']}</td><td class=r>-{money(doc['discount'], doc)}</td></tr>"
    if doc["shipping"]: tot += f"<tr><td>{t['shipping']}</td><td class=r>{money(doc['shipping'], doc)}</td></tr>"
    if doc["tax_rate"]: tot += f"<tr><td>{t['tax']} {'' if doc['lang']=='ja' else fmt_num(doc['tax_rate']*100, doc['numstyle'], 0) + '%'}</td><td class=r>{money(doc['tax'], doc)}</td></tr>"
    tot += f"<tr class=grand><td>{t['total']}</td><td class=r>{money(doc['total'], doc)}</td></tr>"
    due = f"<tr><td>{t['due']}</td><td>{doc['due_str']}</td></tr>" if doc["doc_type"] not in ("receipt", "quotation") else ""
    return f"""<!doctype html><html lang="{doc['language']}"><meta charset=utf-8><title>{E(t[doc['doc_type']])} {E(doc['number'])}</title>
<style>{CSS[style]}</style><body>
<div class=hd><div><div class=logo>{E(doc['supplier'])}</div><div class=small>{E(doc['supplier_addr'])}<br>{t['vatid']}: {E(doc['supplier_tax'])}</div></div>
<div class=ttl>{E(t[doc['doc_type']])}</div></div>
<div style="display:flex;justify-content:space-between;margin-top:16px"><div><b>{t['buyer']}</b><br>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}
{('<br>' + t['vatid'] + ': ' + E(doc['buyer_tax'])) if doc['buyer_tax'] else ''}</div>
<table class=meta><tr><td>{t['no']}</td><td>{E(doc['number'])}</td></tr><tr><td>{t['date']}</td><td>{doc['date_str']}</td></tr>{due}</table></div>
<table class=it><thead><tr><th>#</th><th>{t['desc']}</th><th class=r>{t['qty']}</th><th class=r>{t['unit']}</th><th class=r>{t['amount']}</th></tr></thead>
<tbody>{rows}</tbody></table>
<table style="margin-left:auto;margin-top:10px;min-width:45%" class=tot>{tot}</table>
<p class=small style="margin-top:30px">{E(t['pay'])}<br>{E(t['thanks'])}</p></body></html>"""


def order_receipt_html(doc):
    """Wholesale-platform order voucher (订单凭证), my own layout."""
    rows = "".join(f"<tr><td><div class=thumb></div>{E(it['name'].split('*')[-1])}<br><span class=g>规格：{E(it['spec'] or '默认')}</span></td>"
                   f"<td>¥{fmt_num(it['price'],'us')}</td><td>{it['qty']}</td><td>¥{fmt_num(it['amount'],'us')}</td></tr>" for it in doc["items"])
    r = random.Random(doc["id"])
    return f"""<!doctype html><meta charset=utf-8><style>@page{{size:A4;margin:12mm}}body{{font-family:'WenQuanYi Micro Hei';font-size:9.5pt;color:#333}}
.bar{{background:#ff6a00;color:#fff;padding:10px 14px;font-size:14pt}}.box{{border:1px solid #eee;margin-top:10px;padding:10px}}
table{{width:100%;border-collapse:collapse}}th{{background:#fafafa;text-align:left;padding:6px;border-bottom:1px solid #eee}}td{{padding:6px;border-bottom:1px solid #f3f3f3}}
.thumb{{display:inline-block;width:34px;height:34px;background:#ddd;margin-right:8px;vertical-align:middle}}.g{{color:#999;font-size:8pt}}.big{{color:#ff4400;font-size:15pt;font-weight:bold}}</style>
<div class=bar>采购订单凭证 · 交易成功</div>
<div class=box>订单号：{r.randint(10**17, 10**18-1)}　　下单时间：{doc['date_str']} {r.randint(8,22):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}<br>
卖家：{E(doc['supplier'])}　　买家：{E(doc['buyer'])}<br>收货地址：{E(doc['buyer_addr'])}</div>
<div class=box><table><tr><th>货品</th><th>单价</th><th>数量</th><th>小计</th></tr>{rows}</table></div>
<div class=box style="text-align:right">货品总价：¥{fmt_num(doc['subtotal'],'us')}<br>{('店铺优惠：-¥' + fmt_num(doc['discount'],'us') + '<br>') if doc['discount'] else ''}
运费：¥{fmt_num(doc['shipping'],'us')}<br>实付款：<span class=big>¥{fmt_num(doc['total'],'us')}</span></div>
<p class=g>本凭证由平台根据交易记录生成，仅供对账参考。如需发票请联系卖家开具。</p>"""


def plain_fapiao_html(doc):
    """Another e-fapiao renderer (普通发票, html table version)."""
    rows = "".join(f"<tr><td>{E(it['name'])}</td><td>{E(it['spec'])}</td><td>{E(it['unit'])}</td><td class=r>{it['qty']}</td><td class=r>{fmt_num(it['price'],'plain')}</td>"
                   f"<td class=r>{fmt_num(it['amount'],'plain')}</td><td class=r>{int(doc['tax_rate']*100)}%</td><td class=r>{fmt_num(it['tax'],'plain')}</td></tr>" for it in doc["items"])
    return f"""<!doctype html><meta charset=utf-8><style>@page{{size:240mm 150mm;margin:8mm}}body{{font-family:'WenQuanYi Micro Hei';font-size:8.5pt;color:#000}}
h1{{color:#a0522d;text-align:center;font-size:17pt;margin:0;text-decoration:underline double}}table{{width:100%;border-collapse:collapse}}
.f td{{border:1px solid #a0522d;padding:4px}}.l{{color:#a0522d}}.r{{text-align:right}}.it th{{color:#a0522d;font-weight:normal;border-bottom:1px solid #a0522d}}</style>
<div style="display:flex;justify-content:space-between"><div style="width:70px;height:70px;background:repeating-linear-gradient(45deg,#000 0 3px,#fff 3px 6px)"></div>
<h1>电子发票（普通发票）</h1><div>发票号码：{doc['number']}<br>开票日期：{doc['date_str']}</div></div>
<table class=f><tr><td class=l style="width:3%">购买方</td><td style="width:47%">名称：{E(doc['buyer'])}<br>统一社会信用代码/纳税人识别号：{doc['buyer_tax']}</td>
<td class=l style="width:3%">销售方</td><td>名称：{E(doc['supplier'])}<br>统一社会信用代码/纳税人识别号：{doc['supplier_tax']}</td></tr>
<tr><td colspan=4><table class=it><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
<tr><td class=l>合计</td><td></td><td></td><td></td><td></td><td class=r>¥{fmt_num(doc['subtotal'],'plain')}</td><td></td><td class=r>¥{fmt_num(doc['tax'],'plain')}</td></tr></table></td></tr>
<tr><td colspan=4><span class=l>价税合计（大写）</span>　{cn_upper(doc['total'])}　　　<span class=l>（小写）</span>¥{fmt_num(doc['total'],'plain')}</td></tr>
<tr><td class=l>备注</td><td colspan=3>&nbsp;</td></tr></table><p>开票人：{random.Random(doc['id']).choice(['何晓敏','周立群','骆婷'])}</p>"""


def nondoc_html(doc, kind):
    """quotation / purchase order / price list / letter."""
    t = tr(doc["lang"])
    if kind == "letter":
        return f"""<!doctype html><meta charset=utf-8><style>@page{{size:A4;margin:25mm}}body{{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.5}}</style>
<p><b>{E(doc['supplier'])}</b><br>{E(doc['supplier_addr'])}</p><p style="text-align:right">{doc['date_str']}</p><p>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</p>
<p><b>Re: Confirmation of supply relationship and origin of goods</b></p>
<p>Dear Sir or Madam,</p><p>We hereby confirm that {E(doc['buyer'])} has purchased goods from our company on a regular basis since 2024,
including {E(doc['items'][0]['name'])} and related articles. All goods are manufactured at our own facility in Zhejiang Province and are sold under
commercial invoices issued in the ordinary course of business. Total purchases in the current year amount to approximately
{fmt_num(doc['total'],'us')} {doc['currency']}.</p><p>This letter is issued at the request of the customer and does not constitute an invoice.</p>
<p>Yours faithfully,<br><br><br>Sales Manager<br>{E(doc['supplier'])}</p>"""
    rows = "".join(f"<tr><td>{k+1}</td><td>{E(it['name'])}</td>" + (f"<td class=r>{it['qty']}</td>" if kind != "price_list" else
                   f"<td class=r>{random.Random(k).choice(['≥50', '≥100', '≥500', 'MOQ 1000'])}</td>") +
                   f"<td class=r>{money(it['price'], doc, False)}</td>" + (f"<td class=r>{money(it['amount'], doc, False)}</td>" if kind != "price_list" else "") + "</tr>"
                   for k, it in enumerate(doc["items"]))
    head = f"<th>#</th><th>{t['desc']}</th><th class=r>{t['qty'] if kind != 'price_list' else 'MOQ'}</th><th class=r>{t['unit']}</th>" + (f"<th class=r>{t['amount']}</th>" if kind != "price_list" else "")
    foot = "" if kind == "price_list" else f"<p style='text-align:right;font-size:12pt'><b>{t['total']}: {money(doc['total'], doc)}</b></p>"
    note = {"quotation": "Valid for 30 days. Prices subject to confirmation of final order quantity. This is not an invoice.",
            "purchase_order": "Please confirm this order by return. Invoice to be issued upon shipment.",
            "price_list": "Prices ex works, excluding VAT. Subject to change without notice."}[kind]
    parties = (f"<p><b>{t['seller']}:</b> {E(doc['supplier'])}<br><b>{t['buyer']}:</b> {E(doc['buyer'])}</p>" if kind != "purchase_order" else
               f"<p><b>Buyer:</b> {E(doc['buyer'])}, {E(doc['buyer_addr'])}<br><b>Supplier:</b> {E(doc['supplier'])}</p>")
    return f"""<!doctype html><meta charset=utf-8><style>{CSS['saas_blue']}</style><div class=hd><div class=logo>{E(doc['buyer'] if kind=='purchase_order' else doc['supplier'])}</div>
<div class=ttl>{t[kind]}</div></div><p>No. {E(doc['number'])} &nbsp; · &nbsp; {doc['date_str']}</p>{parties}
<table class=it><tr>{head}</tr>{rows}</table>{foot}<p class=small>{note}</p>"""


def weasy(html_str, path):
    import weasyprint
    weasyprint.HTML(string=html_str, base_url=HERE).write_pdf(path)


def chromium(html_str, path):
    src = os.path.join(BUILD, os.path.basename(path) + ".html")
    open(src, "w", encoding="utf-8").write(html_str)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + src], check=True, capture_output=True, timeout=120)


def build(rng):
    recs, metas = [], []
    out = lambda n: os.path.join(FILES, n)
    styles = list(CSS)
    specs = [("de", "weasy"), ("fr", "weasy"), ("es", "chromium"), ("it", "weasy"), ("nl", "weasy"), ("pl", "weasy"),
             ("pl", "chromium"), ("ja", "weasy"), ("ja", "chromium"), ("en_gb", "weasy"), ("en_us", "weasy"), ("en_cn", "chromium"),
             ("de", "chromium"), ("en_cn", "weasy"), ("fr", "weasy"), ("es", "weasy")]
    for i, (lang, eng) in enumerate(specs):
        dt = "proforma" if i == 13 else "invoice"
        doc = make_doc(rng, f"hs{i}", lang, dt, n_items=(40 if i in (3, 10) else None), discount=i % 3 == 1, shipping=i % 2 == 0,
                       arith_error=(i == 9), tax=(lang != "en_cn"))
        if lang == "en_cn": doc["usd_code"] = True
        st = styles[i % 3]
        fn = f"{'inv' if i % 2 else 'Invoice'}-{doc['number'].replace('/', '_')}{'_print' if eng == 'chromium' else ''}.pdf"
        (weasy if eng == "weasy" else chromium)(saas_html(doc, st), out(fn))
        prod = f"html_{st}_{eng}"
        recs.append(label(doc, fn, prod, pdf_pages(out(fn)))); metas.append(meta(doc, fn, prod))
    for i in range(5):  # platform order vouchers (receipts)
        doc = make_doc(rng, f"or{i}", "zh", "receipt", tax=False, shipping=True, discount=i % 2 == 0, arith_error=(i == 3))
        fn = f"order_voucher_{doc['date_obj']:%m%d}_{i}.pdf"
        (weasy if i != 2 else chromium)(order_receipt_html(doc), out(fn))
        prod = "html_order_voucher_" + ("weasy" if i != 2 else "chromium")
        recs.append(label(doc, fn, prod, pdf_pages(out(fn)))); metas.append(meta(doc, fn, prod))
    for i in range(4):  # e-fapiao via html renderer
        doc = make_doc(rng, f"pf{i}", "zh", "invoice")
        fn = f"{doc['number']}.pdf"
        weasy(plain_fapiao_html(doc), out(fn))
        recs.append(label(doc, fn, "html_fapiao_weasy", pdf_pages(out(fn)))); metas.append(meta(doc, fn, "html_fapiao_weasy"))
    # non-invoices
    for i, (kind, lang) in enumerate([("quotation", "en_cn"), ("quotation", "de"), ("purchase_order", "en_us"), ("price_list", "en_cn"),
                                      ("letter", "en_cn"), ("purchase_order", "fr")]):
        doc = make_doc(rng, f"nd{i}", lang, kind if kind != "price_list" else "other", tax=False, currency="USD" if lang == "en_cn" else None)
        if kind == "price_list": doc["total"] = D(0)
        if kind == "letter": doc["doc_type"] = "other"
        fn = f"{kind}_{doc['number'].replace('/', '_')}.pdf"
        weasy(nondoc_html(doc, kind), out(fn))
        rec = label(doc, fn, "html_nondoc_weasy", pdf_pages(out(fn)))
        if kind in ("price_list", "letter"): rec["total"] = None  # no grand total printed
        recs.append(rec); metas.append(meta(doc, fn, "html_nondoc_weasy"))
    return recs, metas


if __name__ == "__main__":
    r, m = build(random.Random(2754))
    save_part("html", r, m)
    print(len(r), "html files")
