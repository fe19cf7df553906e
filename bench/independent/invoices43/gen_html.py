"""Genuine invoices as HTML/CSS 'accounting software' styles, printed by WeasyPrint or Chromium."""
import os, subprocess, html as H
from common import *

CSS = {
    "saas": """
body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222;margin:0}
.top{background:#1f6f78;color:#fff;padding:18px 26px;display:flex;justify-content:space-between}
.top h1{margin:0;font-size:22pt;letter-spacing:2px}.wrap{padding:16px 26px}
table.items{width:100%;border-collapse:collapse;margin-top:14px}
table.items th{background:#e8f3f4;text-align:left;padding:5px;border-bottom:2px solid #1f6f78}
table.items td{padding:4px 5px;border-bottom:1px solid #ddd}.r{text-align:right}
.tot{width:45%;margin-left:55%;border-collapse:collapse;margin-top:8px}.tot td{padding:3px 5px}
.tot tr.grand td{font-weight:bold;font-size:12pt;border-top:2px solid #1f6f78}
.parties{display:flex;justify-content:space-between;margin-top:6px}.parties div{width:48%}
.small{font-size:7.5pt;color:#666}""",
    "erp": """
body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:9pt;margin:0}
.top{border:2px solid #000;padding:10px;display:flex;justify-content:space-between}
.top h1{margin:0;font-size:16pt}.wrap{padding:10px 4px}
table.items{width:100%;border-collapse:collapse;margin-top:10px}
table.items th,table.items td{border:1px solid #000;padding:3px 4px}
table.items th{background:#ddd}.r{text-align:right;font-family:'DejaVu Sans Mono',monospace}
.tot{width:50%;margin-left:50%;border-collapse:collapse}.tot td{border:1px solid #000;padding:3px}
.tot tr.grand td{font-weight:bold;background:#eee}
.parties{display:flex;gap:10px;margin-top:8px}.parties div{flex:1;border:1px solid #000;padding:6px}
.small{font-size:7.5pt}""",
    "jp": """
body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;margin:0}
.top h1{text-align:center;font-size:20pt;letter-spacing:12px;border-bottom:3px double #333;padding-bottom:4px}
.wrap{padding:6px 20px}.buyer{font-size:13pt;border-bottom:1px solid #000;display:inline-block;min-width:50%}
.amountbox{border:2px solid #333;padding:6px 12px;font-size:15pt;display:inline-block;margin:10px 0}
table.items{width:100%;border-collapse:collapse;margin-top:10px}
table.items th{background:#dfe6ef;border:1px solid #667;padding:4px}table.items td{border:1px solid #99a;padding:3px 4px}
.r{text-align:right}.tot{width:40%;margin-left:60%;border-collapse:collapse}.tot td{border:1px solid #99a;padding:3px}
.tot tr.grand td{font-weight:bold;background:#dfe6ef}.seal{display:inline-block;border:2px solid #c22;color:#c22;
width:46px;height:46px;text-align:center;font-size:8pt;line-height:14px;margin-left:10px}
.small{font-size:8pt}.parties{display:flex;justify-content:space-between}""",
    "vn": """
body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt;margin:0}
.frame{border:3px double #b0413e;padding:12px}.top{text-align:center}
.top h1{color:#b0413e;font-size:17pt;margin:4px 0}.meta{display:flex;justify-content:space-between}
table.items{width:100%;border-collapse:collapse;margin-top:8px}
table.items th,table.items td{border:1px solid #b0413e;padding:3px}.r{text-align:right}
.tot{width:100%;border-collapse:collapse}.tot td{border:1px solid #b0413e;padding:3px}
.tot tr.grand td{font-weight:bold}.sig{display:flex;justify-content:space-between;margin-top:14px;text-align:center}
.signed{border:1px solid #2a8a3a;color:#2a8a3a;padding:5px;font-size:7.5pt;text-align:left}
.small{font-size:7.5pt;color:#444}.wrap{padding:0}.parties div{margin:2px 0}""",
    "zh": """
body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;margin:0;color:#6b3b12}
.top{text-align:center}.top h1{font-size:19pt;letter-spacing:4px;margin:2px;border-bottom:3px double #6b3b12;display:inline-block}
.meta{text-align:right;font-size:8.5pt}
table.g{width:100%;border-collapse:collapse;margin-top:6px}table.g td,table.g th{border:1px solid #6b3b12;padding:3px 4px;color:#222}
table.g th{color:#6b3b12;font-weight:normal}.r{text-align:right}.vert{width:18px;color:#6b3b12!important;text-align:center}
.small{font-size:7.5pt}.wrap{padding:0}""",
}


def esc(x):
    return H.escape(str(x))


def items_html(doc):
    headers, trs, show = table(doc)
    h = "<table class='items'><tr>" + "".join(
        f"<th class='{'r' if i >= 3 else ''}'>{esc(x)}</th>" for i, x in enumerate(headers)) + "</tr>"
    for r in trs:
        h += "<tr>" + "".join(f"<td class='{'r' if i >= 3 else ''}'>{esc(v)}</td>" for i, v in enumerate(r)) + "</tr>"
    h += "</table>"
    if show:
        h += "<table class='tot'>"
        tl = totals(doc)
        for i, (k, v) in enumerate(tl):
            h += f"<tr class='{'grand' if i == len(tl) - 1 else ''}'><td>{esc(k)}</td><td class='r'>{esc(v)}</td></tr>"
        h += "</table>"
    return h


def build_html(doc, theme, commercial=False):
    t = L[doc["lang"]]
    s = strings(doc)
    sup, buy = doc["supplier"], doc["buyer"]
    css = CSS[theme]
    if theme in ("saas", "erp"):
        body = f"""<div class='top'><div><b style='font-size:13pt'>{esc(sup['name'])}</b><br>{esc(sup['addr'])}<br>
{esc(t['taxid'])}: {esc(sup['taxid'])}</div><div style='text-align:right'><h1>{esc(title(doc, commercial))}</h1>
{esc(t['no'])}: <b>{esc(doc['number'])}</b><br>{esc(t['date'])}: {esc(s['date'])}<br>{esc(t['due'])}: {esc(s['due'])}</div></div>
<div class='wrap'><div class='parties'><div><b>{esc(t['buyer'])}</b><br>{esc(buy['name'])}<br>{esc(buy['addr'])}<br>
{esc(t['taxid'])}: {esc(buy['taxid'])}</div><div><b>Ref.</b><br>{esc(doc['po'])}</div></div>
{items_html(doc)}<p class='small'>{esc(t['pay'])}</p></div>"""
    elif theme == "jp":
        body = f"""<div class='top'><h1>{esc(title(doc))}</h1></div><div class='wrap'>
<div class='parties'><div><span class='buyer'>{esc(buy['name'])} 御中</span><br><span class='small'>{esc(buy['addr'])}</span>
<p>下記の通りご請求申し上げます。</p><div class='amountbox'>{esc(t['total'])}　{esc(s['total'])}（税込）</div></div>
<div style='text-align:right'>{esc(t['no'])}：{esc(doc['number'])}<br>{esc(t['date'])}：{esc(s['date'])}<br>
<b>{esc(sup['name'])}</b><span class='seal'>{esc(sup['name'][5:9])}<br>之印</span><br><span class='small'>{esc(sup['addr'])}<br>
{esc(t['taxid'])}：{esc(sup['taxid'])}</span></div></div>
{items_html(doc)}<p class='small'>{esc(t['due'])}：{esc(s['due'])}<br>{esc(t['pay'])}<br>※軽減税率対象品目はありません。</p></div>"""
    elif theme == "vn":
        body = f"""<div class='frame'><div class='top'><div class='meta'><span>Mẫu số: 1</span>
<span>Ký hiệu: {esc(doc['serial'])}<br>Số: <b style='color:#b0413e'>{esc(doc['number'])}</b></span></div>
<h1>{esc(title(doc))}</h1><i>(Bản thể hiện của hóa đơn điện tử)</i><br>{esc(s['date'])}<br>
<span class='small'>Mã của CQT: 00{esc(doc['lookup'][:6])}A{doc['seed']:05d}B3F7C21</span></div><hr>
<div class='parties'><div>{esc(t['seller'])}: <b>{esc(sup['name'])}</b></div><div>{esc(t['taxid'])}: {esc(sup['taxid'])}</div>
<div>Địa chỉ: {esc(sup['addr'])}</div><hr><div>{esc(t['buyer'])}: <b>{esc(buy['name'])}</b></div>
<div>{esc(t['taxid'])}: {esc(buy['taxid'])}</div><div>Địa chỉ: {esc(buy['addr'])}</div><div>{esc(t['pay'])}</div></div>
{items_html(doc)}<div class='sig'><div><b>Người mua hàng</b><br><i>(Ký, ghi rõ họ tên)</i></div>
<div><b>Người bán hàng</b><br><div class='signed'>Signature Valid<br>Ký bởi: {esc(sup['name'])}<br>Ký ngày: {doc['date'].strftime('%d/%m/%Y')}</div></div></div>
<p class='small'>Mã tra cứu: <b>{esc(doc['lookup'])}</b> — Tra cứu tại Website: https://hoadon.tracuu-sgx.vn<br>
(Cần kiểm tra, đối chiếu khi lập, giao, nhận hóa đơn)</p></div>"""
    else:  # zh
        headers, trs, show = table(doc)
        rowsh = "".join("<tr>" + "".join(f"<td class='{'r' if i >= 3 else ''}'>{esc(v)}</td>" for i, v in enumerate(r[1:])) +
                        f"<td class='r'>{int(doc['rate'] * 100)}%</td><td class='r'>{esc(fmt_num(doc['items'][j]['amount'] * doc['rate'], 'zh', doc['cur']))}</td></tr>"
                        for j, r in enumerate(trs))
        body = f"""<div class='top'><h1>{esc(title(doc))}</h1></div>
<div class='meta'>发票代码：0{doc['seed']:04d}2600111　发票号码：{esc(doc['number'])}<br>{esc(t['date'])}：{esc(s['date'])}
<br>校验码：{doc['lookup'][:5]} {doc['seed']:05d} {doc['lookup'][5:10]}</div>
<table class='g'><tr><td class='vert' rowspan=4>购买方</td><td>名称：{esc(buy['name'])}</td><td class='vert' rowspan=4>密码区</td>
<td rowspan=4 class='small' style='font-family:monospace'>03*7&gt;+-9&lt;1/52{doc['lookup']}<br>&lt;&lt;84/61+*2{doc['seed']}0-&gt;&gt;9/3<br>1*+-&lt;{doc['lookup'][::-1]}93</td></tr>
<tr><td>{esc(t['taxid'])}：{esc(buy['taxid'])}</td></tr><tr><td>地址、电话：{esc(buy['addr'])}</td></tr><tr><td>开户行及账号：中国工商银行 ****{doc['seed']:04d}</td></tr></table>
<table class='g'><tr><th>{esc(t['desc'])}</th><th>{esc(t['unit'])}</th><th>{esc(t['qty'])}</th><th>{esc(t['price'])}</th><th>{esc(t['amount'])}</th><th>税率</th><th>{esc(t['tax'])}</th></tr>
{rowsh}<tr><td>合　　计</td><td></td><td></td><td></td><td class='r'>¥{esc(fmt_num(doc['subtotal'], 'zh', 'CNY'))}</td><td></td><td class='r'>¥{esc(fmt_num(doc['tax'], 'zh', 'CNY'))}</td></tr>
<tr><td>{esc(t['words'])}</td><td colspan=4>ⓧ {cn_upper(doc['total'])}</td><td colspan=2>（小写）{esc(s['total'])}</td></tr></table>
<table class='g'><tr><td class='vert' rowspan=3>销售方</td><td>名称：{esc(sup['name'])}</td><td class='vert' rowspan=3>备注</td><td rowspan=3>{esc(doc['po'])}</td></tr>
<tr><td>{esc(t['taxid'])}：{esc(sup['taxid'])}</td></tr><tr><td>地址、电话：{esc(sup['addr'])}</td></tr></table>
<p class='small'>收款人：李静　　复核：王海　　开票人：陈晓雯　　销售方：（章）</p>"""
    size = "A4" if theme != "zh" else "A4 landscape"
    return f"<html><head><meta charset='utf-8'><style>@page{{size:{size};margin:14mm}}{css}</style></head><body>{body}</body></html>"


def weasy(html_str, out):
    import weasyprint
    d = weasyprint.HTML(string=html_str).render()
    d.write_pdf(out)
    return len(d.pages)


def chromium(html_path, out):
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={out}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
    import pypdf
    return len(pypdf.PdfReader(out).pages)


WP_PLAN = [
    ("wp_en_saas_01", dict(lang="en", shipping=True), "saas"),
    ("wp_en_saas_02", dict(lang="en", discount=True, many_items=True), "saas"),
    ("wp_en_erp_03", dict(lang="en", doc_type="proforma"), "erp"),
    ("wp_en_erp_04", dict(lang="en", arith_error=True), "erp"),
    ("wp_vi_gtgt_05", dict(lang="vi", doc_type="tax_invoice"), "vn"),
    ("wp_vi_gtgt_06", dict(lang="vi", doc_type="tax_invoice", shipping=True), "vn"),
    ("wp_vi_gtgt_07", dict(lang="vi", doc_type="tax_invoice", arith_error=True), "vn"),
    ("wp_zh_vat_08", dict(lang="zh", doc_type="tax_invoice"), "zh"),
    ("wp_zh_vat_09", dict(lang="zh", doc_type="tax_invoice"), "zh"),
    ("wp_ja_seikyu_10", dict(lang="ja"), "jp"),
    ("wp_ja_seikyu_11", dict(lang="ja", shipping=True, discount=True), "jp"),
    ("wp_de_saas_12", dict(lang="de"), "saas"),
    ("wp_it_erp_13", dict(lang="it", shipping=True), "erp"),
    ("wp_fr_saas_14", dict(lang="fr", discount=True), "saas"),
    ("wp_ja_nohin_15", dict(lang="ja", doc_type="delivery_note"), "erp"),
    ("wp_en_quote_16", dict(lang="en", doc_type="quotation"), "saas"),
]
CH_PLAN = [
    ("ch_en_saas_01", dict(lang="en"), "saas"),
    ("ch_en_erp_02", dict(lang="en", shipping=True), "erp"),
    ("ch_en_saas_03", dict(lang="en", doc_type="proforma", discount=True), "saas"),
    ("ch_vi_gtgt_04", dict(lang="vi", doc_type="tax_invoice"), "vn"),
    ("ch_vi_gtgt_05", dict(lang="vi", doc_type="tax_invoice", discount=True), "vn"),
    ("ch_zh_vat_06", dict(lang="zh", doc_type="tax_invoice"), "zh"),
    ("ch_ja_seikyu_07", dict(lang="ja"), "jp"),
    ("ch_ja_seikyu_08", dict(lang="ja"), "jp"),
    ("ch_es_erp_09", dict(lang="es", discount=True), "erp"),
    ("ch_nl_saas_10", dict(lang="nl"), "saas"),
    ("ch_pl_erp_11", dict(lang="pl", shipping=True), "erp"),
    ("ch_de_erp_12", dict(lang="de", many_items=True), "erp"),
]


def run():
    recs = []
    for i, (name, dk, theme) in enumerate(WP_PLAN):
        doc = make_doc(3000 + i, **dk)
        fn = name + ".pdf"
        h = build_html(doc, theme, commercial=(i % 3 == 0))
        open(os.path.join(BUILD, name + ".html"), "w", encoding="utf-8").write(h)
        pages = weasy(h, os.path.join(FILES, fn))
        save_meta(name, doc, dict(render="html", theme=theme))
        recs.append(label(doc, fn, "weasyprint", pages))
    for i, (name, dk, theme) in enumerate(CH_PLAN):
        doc = make_doc(4000 + i, **dk)
        fn = name + ".pdf"
        hp = os.path.join(BUILD, name + ".html")
        open(hp, "w", encoding="utf-8").write(build_html(doc, theme))
        pages = chromium(hp, os.path.join(FILES, fn))
        save_meta(name, doc, dict(render="html", theme=theme))
        recs.append(label(doc, fn, "chromium", pages))
    write_labels("html", recs)
    return recs


if __name__ == "__main__":
    print(len(run()), "html files")
