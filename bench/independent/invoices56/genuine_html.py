"""Genuine documents as HTML/CSS (accounting-software styles) printed with WeasyPrint or headless Chromium."""
import os, subprocess, html
from decimal import Decimal
from common import *

E = html.escape
FONT = "font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif;"


def cn_upper(v):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    v = q(v)
    yuan = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0: zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += digits[d] + units[i]
        return s
    parts = []
    if yuan >= 10000: parts.append(four(yuan // 10000) + "万")
    low = yuan % 10000
    if low:
        if yuan >= 10000 and low < 1000: parts.append("零")
        parts.append(four(low))
    s = "".join(parts) + "圆"
    if jiao == 0 and fen == 0: return s + "整"
    return s + (digits[jiao] + "角" if jiao else "零") + (digits[fen] + "分" if fen else "")


def rows_html(doc, prices=True):
    out = []
    for it in doc["items"]:
        cells = [E(it["sku"]), E(it["desc"]), str(it["qty"])]
        if prices:
            cells += [num(doc, it["unit"]), rate_str(it["rate"]) if doc["has_tax"] else "—", num(doc, it["amount"])]
        out.append("<tr>" + "".join(f"<td class='c{i}'>{c}</td>" for i, c in enumerate(cells)) + "</tr>")
    return "\n".join(out)


def totals_html(doc, v):
    rows = []
    if doc["discount"] or doc["shipping"]:
        rows.append((v["amount"], money(doc, doc["subtotal"])))
        if doc["discount"]: rows.append((f"{v['discount']} {doc['disc_pct']}%", money(doc, -doc["discount"])))
        if doc["shipping"]: rows.append((v["shipping"], money(doc, doc["shipping"])))
    rows.append((v["subtotal"], money(doc, doc["net"])))
    if doc["has_tax"]:
        for r, t in doc["taxes"].items():
            rows.append((f"{v['tax']} {rate_str(r)} ({v['subtotal']} {num(doc, doc['taxable'][r])})" if len(doc["taxes"]) > 1 else f"{v['tax']} {rate_str(r)}", money(doc, t)))
    body = "".join(f"<tr><td>{E(a)}</td><td class='r'>{b}</td></tr>" for a, b in rows)
    body += f"<tr class='grand'><td>{E(v['total'])}</td><td class='r'>{money(doc, doc['total'])}</td></tr>"
    return f"<table class='tot'>{body}</table>"


THEMES = {
 "danea": "body{%s font-size:9.5pt;color:#222} .top{display:flex;justify-content:space-between;border-bottom:3px solid #1d6fb8;padding-bottom:8px}"
          ".logo{font-size:18pt;font-weight:bold;color:#1d6fb8} h1{font-size:15pt;color:#1d6fb8;margin:0} table.items{width:100%%;border-collapse:collapse;margin-top:14px}"
          "table.items th{background:#1d6fb8;color:#fff;font-size:8.5pt;padding:4px;text-align:left} table.items td{border-bottom:1px solid #ccd;padding:3px 4px}"
          ".c2,.c3,.c4,.c5{text-align:right} table.tot{margin-left:auto;margin-top:10px;border-collapse:collapse;min-width:45%%} table.tot td{padding:2px 6px}"
          ".r{text-align:right} tr.grand td{font-weight:bold;font-size:11pt;border-top:2px solid #1d6fb8} .boxes{display:flex;gap:12px;margin-top:12px}"
          ".box{border:1px solid #aab;padding:6px;flex:1} .small{font-size:7.5pt;color:#555;margin-top:18px}",
 "teamsystem": "body{%s font-size:9pt} h1{font-size:13pt;border:1.5px solid #000;padding:4px;text-align:center;letter-spacing:2px}"
          ".hdr td{vertical-align:top;padding:4px;border:1px solid #000} table{width:100%%;border-collapse:collapse} table.items th{border:1px solid #000;background:#e8e8e8;font-size:8pt}"
          "table.items td{border-left:1px solid #000;border-right:1px solid #000;padding:2px 4px} table.items{border-bottom:1px solid #000;margin-top:8px}"
          ".c2,.c3,.c4,.c5{text-align:right} table.tot{width:50%%;margin-left:50%%;margin-top:8px} table.tot td{border:1px solid #000;padding:3px}"
          ".r{text-align:right} tr.grand td{font-weight:bold;background:#eee} .small{font-size:7.5pt;margin-top:12px}",
 "modern": "body{%s font-size:9.5pt;color:#333;margin:10px} h1{font-weight:300;font-size:28pt;color:#0a7;margin:0 0 4px 0;letter-spacing:3px}"
          ".meta{color:#777} .parties{display:flex;justify-content:space-between;margin:18px 0} table.items{width:100%%;border-collapse:collapse}"
          "table.items th{border-bottom:2px solid #0a7;text-align:left;padding:5px;font-size:8pt;text-transform:uppercase;color:#0a7}"
          "table.items td{padding:5px;border-bottom:1px solid #eee} .c2,.c3,.c4,.c5{text-align:right} .c0{color:#999;font-size:8pt}"
          "table.tot{margin-left:auto;margin-top:14px;min-width:40%%} .r{text-align:right} tr.grand td{font-size:13pt;color:#0a7;font-weight:bold;padding-top:6px}"
          ".small{font-size:7.5pt;color:#999;margin-top:30px;border-top:1px solid #eee;padding-top:6px}",
 "classic": "body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:10pt} h1{text-align:right;font-size:20pt;font-variant:small-caps;margin:0}"
          ".parties{display:flex;justify-content:space-between;margin:20px 0} table.items{width:100%%;border-collapse:collapse;border:1px solid #444}"
          "table.items th{border:1px solid #444;padding:4px;background:#f3efe4} table.items td{border:1px solid #999;padding:3px}"
          ".c2,.c3,.c4,.c5{text-align:right} table.tot{margin-left:auto;margin-top:10px} .r{text-align:right;padding-left:20px} tr.grand td{font-weight:bold;border-top:2px double #000}"
          ".small{font-size:8pt;margin-top:25px;font-style:italic}",
}


def page_css(size="A4"):
    return f"@page {{ size: {size}; margin: 14mm 13mm 18mm 13mm; @bottom-center {{ content: counter(page) ' / ' counter(pages); font-size:7pt; }} }}"


def generic_html(doc, theme, rng):
    v = vocab_doc(doc); s, b = doc["supplier"], doc["buyer"]
    prices = not doc.get("no_prices")
    css = page_css("letter" if doc["lang"] == "en_us" else "A4") + (THEMES[theme] % FONT if "%s" in THEMES[theme] else THEMES[theme].replace("%%", "%"))
    heads = ["#", v["desc"], v["qty"]] + ([v["unit"], v["tax"], v["amount"]] if prices else [])
    party = lambda p, t: f"<div class='box'><b>{E(t)}</b><br>{E(p['name'])}<br>{E(p['addr1'])}<br>{E(p['addr2'])}<br>{E(v['vatid'])}: {E(p['vat'])}" + \
        (f"<br>Codice destinatario SdI: {p['sdi']}" if p.get("sdi") and doc["lang"] == "it" else "") + "</div>"
    extra = ""
    if doc["lang"] == "it" and doc["doc_type"] == "delivery_note":
        extra = (f"<p>Causale del trasporto: vendita &nbsp; Trasporto a cura del: mittente &nbsp; Aspetto dei beni: scatole &nbsp; "
                 f"N. colli: {rng.randint(1, 12)} &nbsp; Peso kg {rng.randint(3, 200)},{rng.randint(0, 9)}</p><p>Firma vettore ____________ &nbsp; Firma destinatario ____________</p>")
    notes = {"it": "Contributo ambientale CONAI assolto ove dovuto. Pagamento a mezzo bonifico bancario.",
             "de": "Es gelten unsere allgemeinen Geschäftsbedingungen. Lieferdatum entspricht Rechnungsdatum.",
             "fr": "Pas d'escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
             "es": "Inscrita en el Registro Mercantil. Tomo 1234, Folio 56.", "nl": "Gelieve te betalen binnen 30 dagen o.v.v. het factuurnummer.",
             "pl": "Zapłacono przelewem. Mechanizm podzielonej płatności nie dotyczy.", "el": "Η πληρωμή γίνεται με τραπεζική κατάθεση.",
             "en": "Thank you for your business. Goods remain our property until paid in full.", "ja": "", "zh": ""}[LANG_LABEL.get(doc["lang"], doc["lang"])]
    top = (f"<div class='top'><div><div class='logo'>{E(s['name'])}</div>{E(s['addr1'])} · {E(s['addr2'])}<br>{E(v['vatid'])} {E(s['vat'])}</div>"
           f"<div style='text-align:right'><h1>{E(v[doc['doc_type']])}</h1>{E(v['no'])}: <b>{E(doc['number'])}</b><br>{E(v['date'])}: <b>{dstr(doc)}</b></div></div>")
    if theme == "teamsystem":
        top = (f"<h1>{E(v[doc['doc_type']])}</h1><table class='hdr'><tr><td width='50%'><b>{E(s['name'])}</b><br>{E(s['addr1'])}<br>{E(s['addr2'])}<br>{E(v['vatid'])} {E(s['vat'])}</td>"
               f"<td>{E(v['no'])} <b>{E(doc['number'])}</b><br>{E(v['date'])} <b>{dstr(doc)}</b><br>{E(v['due'])} {dstr(doc, doc['due'])}</td></tr></table>")
    body = (f"{top}<div class='boxes parties'>{party(s, v['seller'])}{party(b, v['buyer'])}</div>"
            f"<table class='items'><thead><tr>{''.join(f'<th>{E(h)}</th>' for h in heads)}</tr></thead><tbody>{rows_html(doc, prices)}</tbody></table>"
            + (totals_html(doc, v) if prices else "") + extra + f"<div class='small'>{E(notes)}</div>")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def zh_vat_html(doc, rng):
    """增值税专用发票-style grid (invented)."""
    s, b = doc["supplier"], doc["buyer"]
    code = f"{rng.randint(10**9, 10**10 - 1)}"; no = f"{rng.randint(10**7, 10**8 - 1)}"
    rows = "".join(f"<tr><td>*日用品*{E(it['desc'])}</td><td>{E(it['sku'])}</td><td>个</td><td class='r'>{it['qty']}</td><td class='r'>{num(doc, it['unit'])}</td>"
                   f"<td class='r'>{num(doc, it['amount'])}</td><td class='r'>{rate_str(it['rate'])}</td><td class='r'>{num(doc, q(it['amount'] * it['rate'] / 100))}</td></tr>" for it in doc["items"])
    css = ("@page{size:A4 landscape;margin:10mm} body{%s font-size:9pt;color:#7a3b12} h1{text-align:center;font-size:20pt;letter-spacing:6px;color:#7a3b12;margin:2px;"
           "border-bottom:3px double #7a3b12;display:inline-block;padding:0 20px} .c{text-align:center} table{width:100%%;border-collapse:collapse}"
           "td,th{border:1px solid #7a3b12;padding:3px;font-weight:normal} .r{text-align:right} .blk{color:#000} .meta{float:right;font-size:9pt}") % FONT
    sum_tax = sum(doc["taxes"].values(), Decimal(0))
    body = (f"<div class='meta'>发票代码：<span class='blk'>{code}</span><br>发票号码：<span class='blk'>{no}</span><br>开票日期：<span class='blk'>{dstr(doc)}</span><br>校验码：<span class='blk'>{rng.randint(10**9, 10**10)}</span></div>"
            f"<div class='c'><h1>{'增值税专用发票' if doc['doc_type'] == 'tax_invoice' else '增值税普通发票'}</h1></div><div style='clear:both'></div>"
            f"<table><tr><td rowspan='4' style='width:18px'>购买方</td><td>名称：<span class='blk'>{E(b['name'])}</span></td><td rowspan='4' style='width:18px'>密码区</td><td rowspan='4' class='blk' style='font-family:monospace;font-size:8pt'>"
            + "<br>".join("".join(rng.choice("0123456789<>*+-/") for _ in range(28)) for _ in range(4)) +
            f"</td></tr><tr><td>纳税人识别号：<span class='blk'>{E(b['vat'])}</span></td></tr><tr><td>地址、电话：<span class='blk'>{E(b['addr1'])} {E(b['addr2'])}</span></td></tr><tr><td>开户行及账号：</td></tr></table>"
            f"<table><tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>{rows}"
            f"<tr><td class='c'>合　　计</td><td></td><td></td><td></td><td></td><td class='r blk'>¥{num(doc, doc['net'])}</td><td></td><td class='r blk'>¥{num(doc, sum_tax)}</td></tr>"
            f"<tr><td class='c'>价税合计（大写）</td><td colspan='4' class='blk'>ⓧ {cn_upper(doc['total'])}</td><td colspan='3' class='blk'>（小写）¥{num(doc, doc['total'])}</td></tr></table>"
            f"<table><tr><td rowspan='4' style='width:18px'>销售方</td><td>名称：<span class='blk'>{E(s['name'])}</span></td><td rowspan='4' style='width:18px'>备注</td><td rowspan='4'></td></tr>"
            f"<tr><td>纳税人识别号：<span class='blk'>{E(s['vat'])}</span></td></tr><tr><td>地址、电话：<span class='blk'>{E(s['addr1'])} 0755-{rng.randint(2000000, 8999999)}</span></td></tr>"
            f"<tr><td>开户行及账号：<span class='blk'>中国工商银行深圳{rng.choice(['福永', '宝安', '龙岗'])}支行 4000{rng.randint(10**10, 10**11)}</span></td></tr></table>"
            f"<p>收款人：{rng.choice(['李娜', '王芳', '陈静'])}　　复核：{rng.choice(['张伟', '刘洋'])}　　开票人：{rng.choice(['赵敏', '周磊'])}　　销售方：（章）</p>")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def ja_html(doc, rng):
    s, b = doc["supplier"], doc["buyer"]
    v = vocab("ja")
    css = ("@page{size:A4;margin:15mm} body{%s font-size:9.5pt} h1{text-align:center;letter-spacing:12px;font-size:20pt;border-bottom:2px solid #333}"
           ".bx{border:2px solid #333;padding:6px 10px;font-size:15pt;display:inline-block;margin:10px 0} table{width:100%%;border-collapse:collapse}"
           "th{background:#dde;border:1px solid #666;padding:3px} td{border:1px solid #999;padding:3px} .r{text-align:right} .flex{display:flex;justify-content:space-between}") % FONT
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class='r'>{it['qty']}</td><td class='r'>{num(doc, it['unit'])}</td><td class='r'>{num(doc, it['amount'])}{'※' if it['rate'] == 8 else ''}</td></tr>" for it in doc["items"])
    taxrows = "".join(f"<tr><td>{rate_str(r)}対象 {money(doc, doc['taxable'][r])}</td><td class='r'>{v['tax']} {money(doc, t)}</td></tr>" for r, t in doc["taxes"].items())
    ds = dstr(doc, style=rng.choice(["cjk", "ymd_slash"]))
    body = (f"<h1>{E(v[doc['doc_type']])}</h1><div class='flex'><div><span style='font-size:13pt;border-bottom:1px solid #000'>{E(b['name'])} {E(v['buyer'])}</span><br>{E(b['addr2'])} {E(b['addr1'])}"
            f"<br><br>下記のとおりご請求申し上げます。<br><div class='bx'>{E(v['total'])}　{money(doc, doc['total'])} -</div></div>"
            f"<div style='text-align:right'>{E(v['no'])}：{E(doc['number'])}<br>{E(v['date'])}：{ds}<br><br><b>{E(s['name'])}</b><br>{E(s['addr2'])} {E(s['addr1'])}<br>{E(v['vatid'])}：{E(s['vat'])}</div></div>"
            f"<table><tr><th>{v['desc']}</th><th>{v['qty']}</th><th>{v['unit']}</th><th>{v['amount']}</th></tr>{rows}</table>"
            f"<table style='width:55%;margin-left:45%;margin-top:8px'><tr><td>{v['subtotal']}</td><td class='r'>{money(doc, doc['net'])}</td></tr>{taxrows}"
            f"<tr><td><b>合計</b></td><td class='r'><b>{money(doc, doc['total'])}</b></td></tr></table>"
            f"<p>※は軽減税率8%対象品目です。<br>{v['due']}：{dstr(doc, doc['due'], 'cjk')}<br>{v['bank']}：みなと銀行 本店営業部 普通 {rng.randint(1000000, 9999999)}</p>")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>", ds


def letter_html(doc, rng):
    s, b = doc["supplier"], doc["buyer"]
    css = page_css() + "body{font-family:'DejaVu Serif';font-size:10.5pt;line-height:1.5}"
    body = (f"<p><b>{E(s['name'])}</b><br>{E(s['addr1'])}<br>{E(s['addr2'])}</p><p style='margin-left:55%'>Spett.le<br>{E(b['name'])}<br>{E(b['addr1'])}<br>{E(b['addr2'])}</p>"
            f"<p>Milano, {fmt_date(doc['date'], 'it_long')}</p><p><b>Oggetto: comunicazione variazione listino e condizioni di fornitura</b></p>"
            f"<p>Gentili Signori,<br>con la presente vi informiamo che a partire dal {fmt_date(doc['due'], 'it_long')} i prezzi dei nostri articoli subiranno un adeguamento medio del "
            f"{rng.randint(3, 9)}% a causa dell'aumento dei costi di trasporto. Restano invariate le condizioni di pagamento (bonifico 30 gg d.f.f.m.).</p>"
            f"<p>Per ordini superiori a {money(doc, Decimal(rng.choice([500, 800, 1500])))} la spedizione rimane a nostro carico.</p><p>Cordiali saluti,<br><br>Ufficio commerciale</p>")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def pricelist_html(doc, rng):
    s = doc["supplier"]; v = vocab_doc(doc)
    css = page_css() + "body{%s font-size:9.5pt} table{width:100%%;border-collapse:collapse} td,th{border-bottom:1px solid #ccc;padding:4px} .r{text-align:right}" % FONT
    title = {"de": "PREISLISTE", "it": "LISTINO PREZZI", "en_gb": "PRICE LIST", "fr": "TARIFS"}.get(doc["lang"], "PRICE LIST")
    rows = "".join(f"<tr><td>{E(it['sku'])}</td><td>{E(it['desc'])}</td><td class='r'>{money(doc, it['unit'])}</td></tr>" for it in doc["items"])
    body = f"<h2>{E(s['name'])} – {title} {doc['date'].year + 1}</h2><p>{E(v['date'])}: {dstr(doc)}</p><table><tr><th>Art.</th><th>{E(v['desc'])}</th><th>{E(v['unit'])}</th></tr>{rows}</table>"
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def print_html(htmltext, path, engine):
    hp = os.path.join(TMP, os.path.basename(path) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(htmltext)
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(filename=hp).write_pdf(path)
    else:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", f"--print-to-pdf={path}", hp],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def run(rng):
    labels, docs = [], {}
    P = []
    # (engine, lang, kind, doc_type, extra kwargs)
    for l, th in [("it", "danea"), ("it", "teamsystem"), ("it", "danea"), ("it", "teamsystem"), ("de", "modern"), ("at", "classic"), ("fr", "modern"),
                  ("es", "classic"), ("el", "danea"), ("nl", "modern"), ("pl", "teamsystem"), ("en_cn", "classic"), ("en_cn", "modern"), ("ch", "classic"),
                  ("en_us", "modern"), ("de", "danea")]:
        P.append(("weasyprint", l, th, "invoice", {}))
    P[3] = ("weasyprint", "it", "teamsystem", "delivery_note", {})
    P[4] = ("weasyprint", "de", "modern", "invoice", dict(n_items=38))
    P[13] = ("weasyprint", "ch", "classic", "invoice", dict(n_items=45))
    P += [("weasyprint", "zh", "zhvat", "tax_invoice", {}), ("weasyprint", "zh", "zhvat", "invoice", {}), ("weasyprint", "zh", "zhvat", "tax_invoice", dict(n_items=7)),
          ("weasyprint", "ja", "ja", "invoice", {}), ("weasyprint", "ja", "ja", "invoice", {}),
          ("weasyprint", "it", "letter", "other", {}), ("weasyprint", "de", "pricelist", "other", dict(n_items=14)),
          ("weasyprint", "en_cn", "modern", "packing_list", {}), ("weasyprint", "fr", "danea", "quotation", {})]
    for l, th in [("it", "modern"), ("de", "teamsystem"), ("fr", "classic"), ("es", "danea"), ("en_gb", "modern"), ("zh", "zhvat"), ("ja", "ja"),
                  ("it", "danea"), ("pl", "modern"), ("en_us", "classic"), ("it", "teamsystem"), ("en_cn", "danea")]:
        P.append(("chromium", l, th, "invoice", dict(n_items=40) if l == "en_cn" else {}))
    P[-3] = ("chromium", "en_us", "classic", "purchase_order", {})
    errors = {19, 30}
    for i, (eng, lang, kind, dt, kw) in enumerate(P):
        tax = lang not in ("en_us", "en_cn")
        doc = make_doc(rng, lang, dt, arith_error=i in errors, tax=tax, buyer_italian=not (lang in ("zh", "ja") and rng.random() < 0.3), **kw)
        if dt in ("delivery_note", "packing_list"): doc["no_prices"] = True
        extra = {}
        if kind == "zhvat": h = zh_vat_html(doc, rng)
        elif kind == "ja": h, _ = ja_html(doc, rng)
        elif kind == "letter": h = letter_html(doc, rng); doc["no_prices"] = True; extra["doc_subtype"] = "letter"
        elif kind == "pricelist": h = pricelist_html(doc, rng); doc["no_prices"] = True; extra["doc_subtype"] = "price_list"
        else: h = generic_html(doc, kind, rng)
        fname = f"g_{'wp' if eng == 'weasyprint' else 'cr'}{i:03d}_{lang}.pdf"
        path = os.path.join(FILES, fname)
        print_html(h, path, eng)
        if doc.get("error_note"): extra["arithmetic_note"] = doc["error_note"]
        prod = f"{eng}_{kind}"
        labels.append(label(fname, doc, prod, pages=pdf_pages(path), **extra))
        docs[fname] = dict(doc=doc, producer=prod, html=h)
    write_part("genuine_html", labels, docs)
    return labels


if __name__ == "__main__":
    import random
    print(len(run(random.Random(2756))))
