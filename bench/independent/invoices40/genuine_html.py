"""HTML/CSS documents of my own design printed by WeasyPrint or Chromium; also fpdf2 documents."""
import os, random, subprocess, html, datetime, shutil
from common import *
from genuine_rl import totals_rows, cn_upper, WORK_SRC

E = html.escape

CSS = {
"saas": """@page{size:A4;margin:18mm 16mm} body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222}
.top{display:flex;justify-content:space-between;align-items:flex-start} .logo{font-size:20pt;font-weight:bold;color:#0b7a75}
h1{font-weight:300;font-size:24pt;margin:0;color:#0b7a75;text-align:right} .meta td{padding:1px 8px 1px 0}
.parties{display:flex;gap:40px;margin:22px 0} .parties div{flex:1} .lbl{font-size:7.5pt;text-transform:uppercase;color:#888;letter-spacing:1px}
table.items{width:100%;border-collapse:collapse;margin-top:8px} .items th{background:#0b7a75;color:#fff;text-align:left;padding:5px;font-weight:normal}
.items td{padding:5px;border-bottom:1px solid #e3e3e3} .r{text-align:right} .tot{width:45%;margin-left:auto;margin-top:10px;border-collapse:collapse}
.tot td{padding:3px 5px} .tot tr.g td{font-weight:bold;font-size:12pt;border-top:2px solid #0b7a75} .foot{margin-top:30px;font-size:8pt;color:#666}""",
"erp": """@page{size:A4;margin:12mm} body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:9pt}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #000;padding:3px 4px} .nb td{border:none}
h1{text-align:center;font-size:16pt;letter-spacing:4px;margin:6px 0;border-bottom:3px double #000} .r{text-align:right}
th{background:#ddd} .g td{font-weight:bold;background:#f3f3f3} .foot{font-size:8pt;margin-top:14px}""",
"order1688": """@page{size:A4;margin:10mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;color:#333}
.bar{background:#ff6a00;color:#fff;padding:8px 12px;font-size:14pt;font-weight:bold} .bar span{font-size:9pt;font-weight:normal;margin-left:20px}
.box{border:1px solid #eee;margin:8px 0;padding:8px} .stat{color:#ff6a00;font-weight:bold} table{width:100%;border-collapse:collapse}
th{background:#f5f5f5;padding:6px;font-weight:normal;text-align:left} td{padding:6px;border-bottom:1px dashed #eee} .r{text-align:right}
.pay{text-align:right;font-size:11pt} .pay b{color:#ff5000;font-size:16pt} .muted{color:#999}""",
"seikyu": """@page{size:A4;margin:15mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt}
h1{text-align:center;letter-spacing:12px;font-size:20pt;font-weight:normal;border-bottom:1px solid #333;padding-bottom:6px}
.to{font-size:13pt;border-bottom:1px solid #000;display:inline-block;padding-right:40px} .right{float:right;text-align:right;width:45%}
.seal{display:inline-block;width:52px;height:52px;border:2px solid #d33;color:#d33;border-radius:4px;text-align:center;font-size:8pt;line-height:16px;margin-top:6px}
.big{font-size:15pt;border:1px solid #333;padding:6px 12px;display:inline-block;margin:16px 0} table{width:100%;border-collapse:collapse;clear:both}
th{background:#dde4ee;border:1px solid #666;padding:4px;font-weight:normal} td{border:1px solid #666;padding:4px} .r{text-align:right}""",
}


def html_saas(doc):
    w = words(doc); r = random.Random(doc["number"])
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{num(doc, it['price'])}</td><td class=r>{num(doc, it['line'])}</td></tr>" for it in doc["items"])
    tots = "".join(f"<tr class={'g' if lab == w['total'] else 'x'}><td>{E(lab)}</td><td class=r>{money(doc, v)}</td></tr>" for lab, v in totals_rows(doc))
    brand = r.choice(["Ledgerly", "Facturo", "Billwise", "Konto7"])
    return f"""<html lang="{LANG_NAME[doc['lang']]}"><head><meta charset="utf-8"><style>{CSS['saas']}</style></head><body>
<div class=top><div><div class=logo>{E(doc['supplier']['name'])}</div>{E(doc['supplier']['addr'])}<br>{E(w['taxid'])}: {E(doc['supplier']['tax'])}</div>
<div><h1>{E(title(doc))}</h1><table class=meta><tr><td>{E(w['no'])}</td><td>{E(doc['number'])}</td></tr><tr><td>{E(w['date'])}</td><td>{E(ddate(doc))}</td></tr>
<tr><td>{E(w['due'])}</td><td>{E(fmt_date(datetime.date.fromisoformat(doc['date']) + datetime.timedelta(days=30), doc['date_style']))}</td></tr></table></div></div>
<div class=parties><div><div class=lbl>{E(w['buyer'])}</div><b>{E(doc['buyer']['name'])}</b><br>{E(doc['buyer']['addr'])}<br>{E(w['taxid'])}: {E(doc['buyer']['tax'])}</div><div></div></div>
<table class=items><tr><th>{E(w['desc'])}</th><th class=r>{E(w['qty'])}</th><th class=r>{E(w['price'])}</th><th class=r>{E(w['amount'])}</th></tr>{rows}</table>
<table class=tot>{tots}</table><div class=foot>{E(w['terms'])}<br>Created with {brand}</div></body></html>"""


def html_erp(doc):
    w = words(doc)
    rows = "".join(f"<tr><td>{i + 1}</td><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{num(doc, it['price'])}</td><td class=r>{num(doc, it['line'])}</td></tr>" for i, it in enumerate(doc["items"]))
    tots = "".join(f"<tr class={'g' if lab == w['total'] else 'x'}><td colspan=4 class=r>{E(lab)}</td><td class=r>{money(doc, v)}</td></tr>" for lab, v in totals_rows(doc))
    return f"""<html><head><meta charset="utf-8"><style>{CSS['erp']}</style></head><body>
<table class=nb><tr><td><b>{E(doc['supplier']['name'])}</b><br>{E(doc['supplier']['addr'])}<br>{E(w['taxid'])} {E(doc['supplier']['tax'])}</td>
<td class=r>{E(w['no'])}: <b>{E(doc['number'])}</b><br>{E(w['date'])}: {E(ddate(doc))}</td></tr></table>
<h1>{E(title(doc))}</h1><table><tr><td width=20%>{E(w['buyer'])}</td><td>{E(doc['buyer']['name'])}<br>{E(doc['buyer']['addr'])} &nbsp; {E(w['taxid'])} {E(doc['buyer']['tax'])}</td></tr></table><br>
<table><tr><th>#</th><th>{E(w['desc'])}</th><th>{E(w['qty'])}</th><th>{E(w['price'])}</th><th>{E(w['amount'])}</th></tr>{rows}{tots}</table>
<div class=foot>{E(w['terms'])}</div></body></html>"""


def html_1688(doc):
    rows = "".join(f"<tr><td>{E(it['desc'])}<br><span class=muted>颜色:随机 尺码:混码</span></td><td class=r>¥{num(doc, it['price'])}</td><td class=r>{it['qty']}</td><td class=r>¥{num(doc, it['line'])}</td></tr>" for it in doc["items"])
    r = random.Random(doc["number"])
    oid = "".join(str(r.randint(0, 9)) for _ in range(19))
    ship = f"<div>运费：¥{num(doc, doc['shipping'])}</div>" if doc["shipping"] else "<div>运费：¥0.00（包邮）</div>"
    disc = f"<div>店铺优惠：-¥{num(doc, doc['discount'])}</div>" if doc["discount"] else ""
    return f"""<html><head><meta charset="utf-8"><title>订单详情 - 阿里巴巴采购批发</title><style>{CSS['order1688']}</style></head><body>
<div class=bar>1688 采购批发 <span>订单详情</span></div>
<div class=box>订单号：{oid} &nbsp; 下单时间：{doc['date'].replace('-', '-')} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} &nbsp; 状态：<span class=stat>交易成功</span></div>
<div class=box>供应商：{E(doc['supplier']['name'])} &nbsp; <span class=muted>诚信通第{r.randint(2, 14)}年</span><br>收货人：{E(doc['buyer']['name'])} 林先生 138****{r.randint(1000, 9999)}<br>收货地址：{E(doc['buyer']['addr'])}</div>
<table><tr><th>货品</th><th class=r>单价</th><th class=r>数量</th><th class=r>小计</th></tr>{rows}</table>
<div class=box style="text-align:right">货品总金额：¥{num(doc, doc['subtotal'])}{ship}{disc}</div>
<div class=pay>实付款：<b>¥{num(doc, doc['total'])}</b></div><p class=muted>本页面打印件仅供对账参考，不作为报销凭证。</p></body></html>"""


def html_seikyu(doc):
    w = words(doc)
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{num(doc, it['price'])}</td><td class=r>{num(doc, it['line'])}</td></tr>" for it in doc["items"])
    rows += "".join("<tr><td>&nbsp;</td><td></td><td></td><td></td></tr>" for _ in range(max(0, 8 - len(doc["items"]))))
    tots = "".join(f"<tr><td colspan=3 class=r>{E(lab)}</td><td class=r>{money(doc, v)}</td></tr>" for lab, v in totals_rows(doc))
    t = {"invoice": "御請求書", "quotation": "御見積書", "delivery_note": "納品書"}.get(doc["doc_type"], title(doc))
    lead = {"invoice": "下記の通りご請求申し上げます。", "quotation": "下記の通りお見積り申し上げます。", "delivery_note": "下記の通り納品いたしました。"}.get(doc["doc_type"], "")
    return f"""<html lang=ja><head><meta charset="utf-8"><style>{CSS['seikyu']}</style></head><body><h1>{t}</h1>
<div class=right>{E(w['no'])}：{E(doc['number'])}<br>{E(w['date'])}：{E(ddate(doc))}<br><br><b>{E(doc['supplier']['name'])}</b><br>{E(doc['supplier']['addr'])}<br>{E(w['taxid'])}：{E(doc['supplier']['tax'])}<br><span class=seal>{E(doc['supplier']['name'][2:6])}<br>之印</span></div>
<div class=to>{E(doc['buyer']['name'])} 御中</div><p>{lead}</p><div class=big>{E(w['total'])}　{money(doc, doc['total'])}（税込）</div>
<table><tr><th>{E(w['desc'])}</th><th>{E(w['qty'])}</th><th>{E(w['price'])}</th><th>{E(w['amount'])}</th></tr>{rows}{tots}</table>
<p>{E(w['terms'])}<br>振込先：みなと信用金庫 本店営業部 普通 1234567</p></body></html>"""


HTML = {"saas": html_saas, "erp": html_erp, "order1688": html_1688, "seikyu": html_seikyu}


def print_weasy(htmltxt, out):
    import weasyprint
    weasyprint.HTML(string=htmltxt).write_pdf(out)


def print_chromium(htmltxt, out, header_footer=False):
    src = os.path.join(WORK_SRC, os.path.basename(out) + ".html")
    open(src, "w", encoding="utf-8").write(htmltxt)
    args = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={out}"]
    if not header_footer: args.append("--no-pdf-header-footer")
    subprocess.run(args + ["file://" + src], check=True, capture_output=True, timeout=120)


# ---------------------------------------------------------------- fpdf2
def render_fpdf(doc, out):
    from fpdf import FPDF
    w = words(doc)
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 20)
    pdf.add_font("dj", "", DEJAVU); pdf.add_font("dj", "B", DEJAVU_B); pdf.add_font("wq", "", CJK_FONT); pdf.add_font("wq", "B", CJK_FONT)
    f = "wq" if doc["lang"] in ("zh", "ja", "zh_hk") else "dj"
    bold = "" if f == "wq" else "B"
    pdf.set_creator("PyFPDF / fpdf2"); pdf.set_title(title(doc))
    pdf.add_page(); pdf.set_font(f, bold, 15); pdf.cell(0, 9, doc["supplier"]["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(f, "", 8.5); pdf.multi_cell(110, 4.5, doc["supplier"]["addr"] + "\n" + w["taxid"] + ": " + doc["supplier"]["tax"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, 12); pdf.set_font(f, bold, 13); pdf.cell(70, 8, title(doc), align="R")
    pdf.set_xy(130, 22); pdf.set_font(f, "", 9); pdf.cell(70, 5, f"{w['no']} {doc['number']}", align="R")
    pdf.set_xy(130, 27); pdf.cell(70, 5, f"{w['date']} {ddate(doc)}", align="R")
    pdf.set_xy(10, 45); pdf.set_font(f, bold, 9); pdf.cell(0, 5, w["buyer"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(f, "", 9); pdf.multi_cell(100, 4.5, doc["buyer"]["name"] + "\n" + doc["buyer"]["addr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    with pdf.table(col_widths=(90, 20, 35, 35), text_align=("LEFT", "RIGHT", "RIGHT", "RIGHT"), line_height=6) as t:
        t.row([w["desc"], w["qty"], w["price"], w["amount"]])
        for it in doc["items"]:
            t.row([it["desc"], str(it["qty"]), num(doc, it["price"]), num(doc, it["line"])])
    pdf.ln(4)
    for lab, v in totals_rows(doc):
        pdf.set_font(f, bold if lab == w["total"] else "", 10)
        pdf.cell(145, 6, lab, align="R"); pdf.cell(35, 6, money(doc, v), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font(f, "", 8); pdf.multi_cell(0, 4, w["terms"])
    pdf.output(out)
    return pdf.page_no()


PLAN = [
    # (renderer, theme, lang, kwargs)
    ("weasy", "saas", "de", dict(discount=True)), ("weasy", "saas", "fr", dict(shipping=True)), ("weasy", "saas", "en", dict()),
    ("weasy", "saas", "nl", dict(discount=True)), ("weasy", "saas", "es", dict(n_items=30)), ("weasy", "erp", "it", dict(shipping=True)),
    ("weasy", "erp", "pl", dict()), ("weasy", "erp", "zh_hk", dict(tax_rate=0)), ("weasy", "erp", "de", dict(doc_type="proforma")),
    ("weasy", "seikyu", "ja", dict()), ("weasy", "saas", "en_us", dict(tax_rate=0, arith_error=True)),
    ("chromium", "order1688", "zh", dict(tax_rate=0, shipping=True)), ("chromium", "order1688", "zh", dict(tax_rate=0, discount=True)),
    ("chromium", "order1688", "zh", dict(tax_rate=0, n_items=2)), ("chromium", "seikyu", "ja", dict(shipping=True)),
    ("chromium", "seikyu", "ja", dict(doc_type="quotation")), ("chromium", "saas", "it", dict(discount=True, shipping=True)),
    ("chromium", "erp", "en_vn", dict(tax_rate=0)), ("chromium", "erp", "fr", dict()),
    ("chromium", "saas", "de", dict(doc_type="delivery_note")),
    ("fpdf", None, "de", dict()), ("fpdf", None, "pl", dict(shipping=True)), ("fpdf", None, "en", dict(discount=True)),
    ("fpdf", None, "zh", dict(tax_rate=13)), ("fpdf", None, "es", dict()), ("fpdf", None, "nl", dict(n_items=28)),
    ("fpdf", None, "en_bd", dict(tax_rate=0)), ("fpdf", None, "ja", dict(arith_error=True)), ("fpdf", None, "fr", dict(doc_type="purchase_order")),
    ("weasy", "saas", "pl", dict(shipping=True)), ("chromium", "erp", "es", dict(discount=True)),
]


def main():
    rng = random.Random(3307)
    recs = []
    for i, (rend, theme, lang, kw) in enumerate(PLAN):
        doc = make_doc(rng, lang, **kw)
        if doc["doc_type"] == "delivery_note": doc["show_total"] = True
        fname = f"{rend}_{i:02d}_{lang}_{theme or 'plain'}.pdf"
        out = os.path.join(FILES, fname)
        if rend == "fpdf":
            pages = render_fpdf(doc, out); prod = "fpdf2_plain"
        else:
            h = HTML[theme](doc)
            if rend == "weasy":
                print_weasy(h, out)
            else:
                print_chromium(h, out, header_footer=(theme == "order1688"))
            pages = pdf_pages(out); prod = f"{'weasyprint' if rend == 'weasy' else 'chromium'}_{theme}"
        if theme == "order1688": doc["doc_type"] = "other"  # an order page, not an invoice
        recs.append(label(fname, doc, prod, pages))
        save_meta(fname, doc, style=theme or "fpdf")
        print(fname, flush=True)
    write_part("genuine_html", recs)
    print("genuine_html", len(recs))


if __name__ == "__main__":
    main()
