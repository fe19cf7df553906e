"""HTML/CSS accounting-software styles, printed by WeasyPrint or headless Chromium."""
import os, random, subprocess, html
from common import *

E = html.escape

CSS = {
 "qb": """@page{size:letter;margin:0.6in} body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222}
  .top{display:flex;justify-content:space-between} h1{color:#2a7d3f;font-size:22pt;margin:0;letter-spacing:1px}
  .co{font-weight:bold;font-size:12pt} table.items{width:100%;border-collapse:collapse;margin-top:18px}
  table.items th{background:#e8f3ea;text-align:left;padding:5px;border-bottom:2px solid #2a7d3f}
  table.items td{padding:4px 5px;border-bottom:1px solid #ddd} .r{text-align:right}
  .tot{width:45%;margin-left:55%;margin-top:8px;border-collapse:collapse} .tot td{padding:3px 5px}
  .grand td{font-weight:bold;font-size:11pt;border-top:2px solid #2a7d3f} .box{display:inline-block;vertical-align:top;width:32%}
  .lbl{color:#777;font-size:8pt;text-transform:uppercase} .foot{margin-top:30px;color:#555;font-size:8pt}""",
 "ns": """@page{size:letter;margin:0.5in; @bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:8pt}}
  body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:8.5pt}
  .hdr{border-bottom:3px solid #1f3b63;padding-bottom:6px;overflow:hidden} h1{float:right;font-size:18pt;color:#1f3b63;margin:0}
  .co{font-size:13pt;font-weight:bold;color:#1f3b63} table{border-collapse:collapse}
  .meta{float:right;margin-top:8px} .meta td{border:1px solid #999;padding:2px 6px}
  table.items{width:100%;margin-top:14px} table.items th{background:#1f3b63;color:#fff;padding:4px;font-weight:normal}
  table.items td{padding:3px 4px;border:1px solid #ccc} table.items tr:nth-child(even) td{background:#f3f5f9}
  .r{text-align:right} .tot{margin-left:auto;margin-top:6px} .tot td{padding:2px 8px;border:1px solid #ccc}
  .grand td{font-weight:bold;background:#e7ecf4} .addr{display:inline-block;width:45%;vertical-align:top;margin-top:10px}
  .lbl{font-weight:bold;background:#eee;padding:2px}""",
 "sage": """@page{size:A4;margin:15mm} body{font-family:'DejaVu Serif',serif;font-size:9pt}
  h1{text-align:center;font-size:16pt;border:2px solid #000;padding:4px;margin:6px 0}
  .co{font-size:12pt;font-weight:bold} table{border-collapse:collapse;width:100%}
  table.items th,table.items td{border:1px solid #000;padding:3px} table.items th{background:#ddd}
  .r{text-align:right} .tot{width:40%;margin-left:60%;margin-top:5px} .tot td{border:1px solid #000;padding:3px}
  .grand td{font-weight:bold} .twocol td{vertical-align:top;width:50%;padding:4px;border:1px solid #000}""",
 "eu": """@page{size:A4;margin:18mm 16mm} body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#111}
  .sender{font-size:7pt;text-decoration:underline;margin-top:25mm} .co{font-size:15pt;font-weight:bold;text-align:right}
  .coaddr{text-align:right;font-size:8pt;color:#444} h1{font-size:15pt;margin-top:12mm;font-weight:normal}
  table{border-collapse:collapse;width:100%} table.items th{border-bottom:1px solid #000;text-align:left;padding:3px}
  table.items td{padding:3px;border-bottom:0.5px solid #bbb} .r{text-align:right!important}
  .tot{width:50%;margin-left:50%;margin-top:6px} .tot td{padding:2px 3px} .grand td{font-weight:bold;border-top:1.5px solid #000;border-bottom:3px double #000}
  .meta td{padding:1px 8px 1px 0} .foot{position:fixed;bottom:0;font-size:7pt;color:#555;border-top:0.5px solid #999;width:100%}""",
 "ja": """@page{size:A4;margin:15mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt}
  h1{text-align:center;letter-spacing:12px;font-size:20pt;border-bottom:3px double #000;width:50%;margin:0 auto 10px}
  .to{font-size:13pt;border-bottom:1px solid #000;display:inline-block;min-width:60%}
  .amt{font-size:15pt;border:2px solid #000;padding:6px;margin:10px 0;width:60%} table{border-collapse:collapse;width:100%}
  table.items th{background:#dfe7f0;border:1px solid #666;padding:3px} table.items td{border:1px solid #666;padding:3px}
  .r{text-align:right} .tot{width:45%;margin-left:55%;margin-top:6px} .tot td{border:1px solid #666;padding:3px}
  .grand td{font-weight:bold;background:#f2f2f2} .issuer{float:right;width:40%;font-size:9pt;margin-top:-60px}
  .hanko{display:inline-block;border:2px solid #c33;color:#c33;border-radius:50%;width:44px;height:44px;text-align:center;line-height:44px;font-size:10pt}""",
 "zh": """@page{size:240mm 140mm;margin:6mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:8pt;color:#7a4b12}
  h1{text-align:center;color:#8b5a1a;font-size:17pt;margin:0;letter-spacing:4px} .sub{text-align:center;border-top:2px solid #8b5a1a;border-bottom:2px solid #8b5a1a;width:40%;margin:2px auto 4px;height:3px}
  .code{float:right;font-size:8pt;color:#222} table{border-collapse:collapse;width:100%} td,th{border:1px solid #8b5a1a;padding:2px 3px}
  .v{color:#111} .r{text-align:right} th{font-weight:normal} .side{width:14px;text-align:center;writing-mode:vertical-rl}""",
}


def items_html(doc, prices=True, cols=("item", "desc", "qty", "unit", "amount")):
    w = doc["w"]
    hdr = "".join(f"<th class='{'r' if c in ('qty','unit','amount') else ''}'>{E(w[c])}</th>" for c in cols if prices or c in ("item", "desc", "qty"))
    rows = []
    for it in doc["items"]:
        cells = {"item": it["code"], "desc": E(it["desc"]), "qty": str(it["qty"]),
                 "unit": M(doc, it["price"]), "amount": M(doc, it["line"])}
        rows.append("<tr>" + "".join(f"<td class='{'r' if c in ('qty','unit','amount') else ''}'>{cells[c]}</td>"
                                      for c in cols if prices or c in ("item", "desc", "qty")) + "</tr>")
    return f"<table class='items'><thead><tr>{hdr}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def totals_html(doc):
    w = doc["w"]
    r = [(w["subtotal"], M(doc, doc["subtotal"], True))]
    if doc["disc"]:
        r.append((f"{w['discount']} {int(doc['disc_rate']*100)}%", "-" + M(doc, doc["disc"], True)))
    if doc["ship"]:
        r.append((w["shipping"], M(doc, doc["ship"], True)))
    if doc["rate"] or doc["resale_exempt"]:
        r.append((tax_line_label(doc), M(doc, doc["tax"], True)))
    rows = "".join(f"<tr><td>{E(a)}</td><td class='r'>{b}</td></tr>" for a, b in r)
    rows += f"<tr class='grand'><td>{E(w['total'] if doc['lang']!='en' else ('Total' if doc['terms']!='Paid by card' else 'Total paid'))}</td><td class='r'>{M(doc, doc['total'], True)}</td></tr>"
    if doc["lang"] == "en" and doc["terms"] != "Paid by card" and doc["doc_type"] == "invoice":
        rows += f"<tr><td>{w['balance']}</td><td class='r'>{M(doc, doc['total'], True)}</td></tr>"
    return f"<table class='tot'>{rows}</table>"


def body_generic(doc, style):
    w = doc["w"]
    prices = doc["doc_type"] not in ("packing_list", "delivery_note")
    t = title(doc)
    exempt = f"<p>Resale certificate on file: {E(doc['cert'])}</p>" if doc["resale_exempt"] else ""
    tot = totals_html(doc) if prices else ""
    if style == "qb":
        return f"""<div class='top'><div><div class='co'>{E(doc['supplier'])}</div>{E(doc['sup_addr'])}<br>{E(doc['sup_tax'])}</div>
        <div class='r'><h1>{E(t)}</h1><table><tr><td class='lbl'>{w['date']}</td><td>{D8(doc)}</td></tr><tr><td class='lbl'>{w['no']}</td><td>{doc['number']}</td></tr></table></div></div>
        <div style='margin-top:18px'><div class='box'><div class='lbl'>{w['bill_to']}</div>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</div>
        <div class='box'><div class='lbl'>{w['ship_to']}</div>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</div>
        <div class='box'><div class='lbl'>{w['terms']}</div>{E(doc['terms'])}<br><span class='lbl'>{w['due']}</span> {fmt_date(doc['due'], doc['loc'])}</div></div>
        {items_html(doc, prices)}{tot}{exempt}<div class='foot'>{E(w['thank'])}</div>"""
    if style == "ns":
        return f"""<div class='hdr'><h1>{E(t)}</h1><div class='co'>{E(doc['supplier'])}</div>{E(doc['sup_addr'])}</div>
        <table class='meta'><tr><td>{w['date']}</td><td>{D8(doc)}</td></tr><tr><td>{w['no']}</td><td>{doc['number']}</td></tr><tr><td>{w['terms']}</td><td>{E(doc['terms'])}</td></tr></table>
        <div class='addr'><div class='lbl'>{w['bill_to']}</div>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</div>
        <div class='addr'><div class='lbl'>{w['ship_to']}</div>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</div>
        {items_html(doc, prices)}{tot}{exempt}"""
    if style == "sage":
        return f"""<div class='co'>{E(doc['supplier'])}</div>{E(doc['sup_addr'])} &middot; {E(doc['sup_tax'])}<h1>{E(t)}</h1>
        <table class='twocol'><tr><td><b>{w['bill_to']}:</b><br>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</td>
        <td>{w['no']}: {doc['number']}<br>{w['date']}: {D8(doc)}<br>{w['terms']}: {E(doc['terms'])}</td></tr></table><br>
        {items_html(doc, prices, ("item","desc","qty","unit","amount"))}{tot}{exempt}"""
    if style == "eu":
        return f"""<div class='co'>{E(doc['supplier'])}</div><div class='coaddr'>{E(doc['sup_addr'])}<br>{w['taxid']}: {E(doc['sup_tax'])}</div>
        <div class='sender'>{E(doc['supplier'])} · {E(doc['sup_addr'])}</div><div>{E(doc['buyer'])}<br>{E(doc['buyer_addr'])}</div>
        <h1>{E(t)}</h1><table class='meta' style='width:auto'><tr><td>{w['no']}</td><td>{doc['number']}</td></tr><tr><td>{w['date']}</td><td>{D8(doc)}</td></tr></table>
        {items_html(doc, prices, ("item","desc","qty","unit","amount"))}{tot}<p>{w['terms']}: {E(doc['terms'])}</p><p>{E(w['thank'])}</p>
        <div class='foot'>{E(doc['supplier'])} · {E(doc['sup_addr'])} · {w['taxid']} {E(doc['sup_tax'])}</div>"""
    raise ValueError(style)


def body_ja(doc):
    w = doc["w"]
    t = title(doc)
    rows = "".join(f"<tr><td>{it['code'][-7:]}</td><td>{E(it['desc'])}</td><td class='r'>{it['qty']}</td><td class='r'>{M(doc,it['price'])}</td><td class='r'>{M(doc,it['line'])}</td></tr>" for it in doc["items"])
    tot = f"<tr><td>{w['subtotal']}</td><td class='r'>{M(doc,doc['subtotal'],True)}</td></tr>"
    if doc["disc"]:
        tot += f"<tr><td>{w['discount']}</td><td class='r'>-{M(doc,doc['disc'],True)}</td></tr>"
    if doc["ship"]:
        tot += f"<tr><td>{w['shipping']}</td><td class='r'>{M(doc,doc['ship'],True)}</td></tr>"
    tot += f"<tr><td>消費税(10%)</td><td class='r'>{M(doc,doc['tax'],True)}</td></tr><tr class='grand'><td>{w['total']}</td><td class='r'>{M(doc,doc['total'],True)}</td></tr>"
    return f"""<h1>{t}</h1><div style='text-align:right'>{w['no']}: {doc['number']}<br>{w['date']}: {D8(doc, doc.get('dstyle'))}</div>
    <div class='to'>{E(doc['buyer'])} 御中</div><div style='font-size:8pt'>{E(doc['buyer_addr'])}</div>
    <p>下記の通りご請求申し上げます。</p><div class='issuer'><b>{E(doc['supplier'])}</b><br>{E(doc['sup_addr'])}<br>{w['taxid']}: {doc['sup_tax']}<br><span class='hanko'>印</span></div>
    <div class='amt'>ご請求金額 &nbsp; <b>{M(doc,doc['total'],True)}</b>（税込）</div>
    <table class='items'><tr><th>{w['item']}</th><th>{w['desc']}</th><th>{w['qty']}</th><th>{w['unit']}</th><th>{w['amount']}</th></tr>{rows}</table>
    <table class='tot'>{tot}</table><p>{w['due']}: {fmt_date(doc['due'],'ja')}　振込先: みらい銀行 本町支店 普通 1234567</p><p>{w['thank']}</p>"""


def body_zh(doc):
    w = doc["w"]
    rows = "".join(f"<tr class='v'><td>*日用品*{E(it['desc'])}</td><td>{it['code'][-6:]}</td><td>个</td><td class='r'>{it['qty']}</td><td class='r'>{fmt_num(it['price'],'zh')}</td><td class='r'>{fmt_num(it['line'],'zh')}</td><td class='r'>13%</td><td class='r'>{fmt_num(it.get('tax', q2(it['line']*doc['rate'])),'zh')}</td></tr>" for it in doc["items"])
    net = doc["subtotal"] - doc["disc"] + doc["ship"]
    extra = ""
    if doc["disc"]:
        extra += f"<tr class='v'><td>折扣</td><td></td><td></td><td></td><td></td><td class='r'>-{fmt_num(doc['disc'],'zh')}</td><td class='r'>13%</td><td class='r'>-{fmt_num(q2(doc['disc']*doc['rate']),'zh')}</td></tr>"
    if doc["ship"]:
        extra += f"<tr class='v'><td>*运输服务*运费</td><td></td><td>次</td><td class='r'>1</td><td class='r'>{fmt_num(doc['ship'],'zh')}</td><td class='r'>{fmt_num(doc['ship'],'zh')}</td><td class='r'>13%</td><td class='r'>{fmt_num(q2(doc['ship']*doc['rate']),'zh')}</td></tr>"
    return f"""<div class='code'>发票代码: 044031{doc['number'][-4:]}00<br>{w['no']}: {doc['number'][-5:].zfill(8)}<br>{w['date']}: {D8(doc)}</div>
    <h1>{E(title(doc))}</h1><div class='sub'></div><br>
    <table><tr><td class='side' rowspan='4'>购买方</td><td>名&nbsp;&nbsp;&nbsp;&nbsp;称: <span class='v'>{E(doc['buyer'])}</span></td><td rowspan='4' style='width:30%'>密码区<br><span class='v' style='font-family:DejaVu Sans Mono;font-size:7pt'>03*&lt;9+41-/27&gt;&gt;8*1+0&lt;6<br>&lt;&lt;5-92*3/+1&gt;04-8*&gt;7</span></td></tr>
    <tr><td>{w['taxid']}: <span class='v'>{BUYER_TAXIDS.get('zh','') if '公司' in doc['buyer'] else ''}</span></td></tr><tr><td>地址、电话: <span class='v'>{E(doc['buyer_addr'])}</span></td></tr><tr><td>开户行及账号: <span class='v'></span></td></tr></table>
    <table><tr><th>{w['desc']}</th><th>规格型号</th><th>单位</th><th>{w['qty']}</th><th>{w['unit']}</th><th>{w['amount']}</th><th>税率</th><th>{w['tax']}</th></tr>{rows}{extra}
    <tr><td>合&nbsp;&nbsp;&nbsp;&nbsp;计</td><td></td><td></td><td></td><td></td><td class='r v'>¥{fmt_num(net,'zh')}</td><td></td><td class='r v'>¥{fmt_num(doc['tax'],'zh')}</td></tr>
    <tr><td colspan='2'>{w['total']}（大写）</td><td colspan='4' class='v'>ⓧ {rmb_upper(doc['total'])}</td><td colspan='2' class='v'>（小写）¥{fmt_num(doc['total'],'zh')}</td></tr></table>
    <table><tr><td class='side' rowspan='3'>销售方</td><td>名&nbsp;&nbsp;&nbsp;&nbsp;称: <span class='v'>{E(doc['supplier'])}</span></td><td rowspan='3' style='width:30%'>备注</td></tr>
    <tr><td>{w['taxid']}: <span class='v'>{doc['sup_tax']}</span></td></tr><tr><td>地址、电话: <span class='v'>{E(doc['sup_addr'])}</span></td></tr></table>
    <div>收款人: 王丽 &nbsp; 复核: 陈刚 &nbsp; 开票人: 李娜 &nbsp; 销售方: (章)</div>"""


def body_letter(doc):
    return f"""<div class='co'>{E(doc['supplier'])}</div><div class='coaddr'>{E(doc['sup_addr'])}</div><br><br>
    <p>{doc['date'].strftime('%B %-d, %Y')}</p><p>To: Amazon.com Seller Performance<br>Re: {E(doc['buyer'])}</p>
    <h1>LETTER OF AUTHORIZATION</h1><p>This letter confirms that {E(doc['buyer'])}, {E(doc['buyer_addr'])}, is an authorized
    reseller of products distributed by {E(doc['supplier'])} and purchases its inventory directly from our warehouse.
    The account has been active since {doc['date'].year - 2} and is in good standing. This authorization does not grant
    the use of any trademark and may be withdrawn in writing.</p><p>Sincerely,</p><br><p>Dana Whitcomb<br>Channel Compliance Manager</p>"""


def build_html(doc, style):
    if style == "ja":
        body = body_ja(doc)
    elif style == "zh":
        body = body_zh(doc)
    elif doc["doc_type"] == "letter":
        body = body_letter(doc)
    else:
        body = body_generic(doc, style)
    lang = doc["lang"]
    return f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{E(title(doc))} {doc['number']}</title><style>{CSS[style]}</style></head><body>{body}</body></html>"


def render_weasy(htmls, out):
    import weasyprint
    weasyprint.HTML(string=htmls, base_url=BASE).write_pdf(out)


def render_chromium(htmls, out):
    tmp = os.path.join(WORK, os.path.basename(out) + ".html")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(htmls)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", tmp], check=True, capture_output=True, timeout=120)


# (loc, style, engine, doc_type, n_items, arith_error)
PLAN = [
    ("en_US", "qb", "weasy", "invoice", 4, None), ("en_US", "qb", "weasy", "invoice", 7, None),
    ("en_US", "qb", "weasy", "invoice", 3, "total"), ("en_US", "qb", "chromium", "invoice", 5, None),
    ("en_US", "qb", "chromium", "invoice", 2, None), ("en_US", "qb", "weasy", "receipt", 3, None),
    ("en_US", "ns", "weasy", "invoice", 40, None), ("en_US", "ns", "weasy", "invoice", 6, None),
    ("en_US", "ns", "chromium", "invoice", 55, None), ("en_US", "ns", "weasy", "invoice", 9, "line"),
    ("en_US", "ns", "chromium", "invoice", 4, None), ("en_US", "ns", "weasy", "credit_note", 2, None),
    ("en_US", "sage", "weasy", "invoice", 5, None), ("en_US", "sage", "chromium", "invoice", 3, None),
    ("en_CA", "ns", "weasy", "invoice", 6, None), ("en_CA", "qb", "chromium", "invoice", 3, None),
    ("en_GB", "sage", "weasy", "tax_invoice", 4, None), ("en_GB", "sage", "weasy", "invoice", 8, None),
    ("de", "eu", "weasy", "invoice", 5, None), ("de", "eu", "chromium", "invoice", 3, None),
    ("de", "eu", "weasy", "invoice", 30, None),
    ("fr", "eu", "weasy", "invoice", 4, None), ("fr", "eu", "chromium", "invoice", 6, "tax"),
    ("it", "eu", "weasy", "invoice", 3, None), ("es", "eu", "weasy", "invoice", 4, None),
    ("nl", "eu", "chromium", "invoice", 5, None), ("pl", "eu", "weasy", "invoice", 4, None),
    ("zh", "zh", "weasy", "tax_invoice", 3, None), ("zh", "zh", "weasy", "tax_invoice", 5, None),
    ("zh", "zh", "chromium", "tax_invoice", 2, None),
    ("ja", "ja", "weasy", "invoice", 4, None), ("ja", "ja", "chromium", "invoice", 6, None),
    ("ja", "ja", "weasy", "invoice", 3, "total"),
    # non-invoices
    ("en_US", "qb", "weasy", "packing_list", 6, None), ("en_US", "ns", "weasy", "purchase_order", 5, None),
    ("de", "eu", "weasy", "delivery_note", 4, None), ("en_US", "eu", "weasy", "letter", 1, None),
    ("fr", "eu", "chromium", "quotation", 4, None), ("en_US", "ns", "weasy", "proforma", 3, None),
]


def run():
    name = "g_html"
    if part_done(name):
        return read_parts(name)
    rng = random.Random(5501)
    labs = []
    for i, (loc, style, eng, dtp, n, err) in enumerate(PLAN):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        if loc == "ja" and i % 2:
            doc["dstyle"] = "jslash"
        if dtp == "letter":
            doc["items"], doc["total"] = [], D(0)
        h = build_html(doc, style)
        fn = f"h{i:02d}_{style}_{loc}_{dtp}.pdf"
        out = os.path.join(FILES, fn)
        (render_weasy if eng == "weasy" else render_chromium)(h, out)
        prod = f"html_{style}_{'weasyprint' if eng == 'weasy' else 'chromium'}"
        lab = label(fn, doc, prod, pdf_pages(out))
        if dtp in ("packing_list", "delivery_note", "letter"):
            lab["total"] = None
        lab["_meta"] = meta_for(doc)
        lab["_meta"]["html"] = h
        lab["_meta"]["engine"] = eng
        labs.append(lab)
        print("html", fn, flush=True)
    write_part(name, labs)
    return labs


if __name__ == "__main__":
    run()
