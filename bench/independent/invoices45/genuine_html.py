"""HTML/CSS invoices in several 'accounting package' styles, printed by WeasyPrint or Chromium."""
import os, random, subprocess, html
from common import *

E = html.escape

CSS = {
 "earsiv": """body{font-family:'DejaVu Sans';font-size:8.5pt;margin:0} .hd{display:flex;justify-content:space-between;border-bottom:1px solid #000}
  .gib{width:70px;height:70px;border:2px solid #b00;border-radius:50%;text-align:center;font-size:7pt;line-height:70px;color:#b00}
  table.items{width:100%;border-collapse:collapse;margin-top:8px} table.items th{background:#ddd;border:1px solid #000;font-size:7.5pt}
  table.items td{border:1px solid #000;padding:2px} .tot{float:right;border-collapse:collapse} .tot td{border:1px solid #000;padding:2px 6px}
  .meta td{border:1px solid #000;padding:1px 4px;font-size:7.5pt} .meta{border-collapse:collapse} .qr{width:60px;height:60px;background:repeating-linear-gradient(45deg,#000 0 3px,#fff 3px 6px)}""",
 "logo": """body{font-family:'DejaVu Sans Condensed';font-size:8pt} h1{font-size:14pt;text-align:right;color:#234}
  table{border-collapse:collapse} table.items{width:100%} .items th{border-top:2px solid #234;border-bottom:1px solid #234;text-align:left}
  .items td{border-bottom:1px dotted #999;padding:3px} .box{border:1px solid #234;padding:5px;width:45%;display:inline-block;vertical-align:top;margin-right:2%}
  .tot td{padding:2px 8px} .tot tr:last-child td{font-weight:bold;border-top:2px solid #234}""",
 "parasut": """body{font-family:'DejaVu Sans';font-size:9pt;color:#333} .band{background:#1f7a8c;color:#fff;padding:14px;font-size:18pt}
  .cols{display:flex;gap:30px;margin:14px 0} .cols div{flex:1} table.items{width:100%;border-collapse:collapse}
  .items th{color:#1f7a8c;border-bottom:2px solid #1f7a8c;text-align:left;padding:4px} .items td{padding:5px 4px;border-bottom:1px solid #eee}
  .tot{margin-left:auto;margin-top:10px} .tot td{padding:3px 10px} .grand{font-size:12pt;color:#1f7a8c;font-weight:bold}""",
 "classic": """body{font-family:'DejaVu Serif';font-size:9.5pt} h1{letter-spacing:3px;font-weight:normal;border-bottom:3px double #000}
  .cols{display:flex;justify-content:space-between} table.items{width:100%;border-collapse:collapse;margin-top:16px}
  .items th{border-bottom:1px solid #000;text-align:left} .items td{padding:3px} .tot{margin-left:auto} .tot td{padding:2px 8px}""",
 "cnvat": """body{font-family:'WenQuanYi Micro Hei';font-size:9pt;color:#7a3b12} h1{text-align:center;color:#8b2500;font-size:18pt;letter-spacing:4px;border-bottom:3px double #8b2500;width:60%;margin:auto}
  table{border-collapse:collapse;width:100%} td,th{border:1px solid #8b2500;padding:3px} .black{color:#000}""",
 "jp": """body{font-family:'WenQuanYi Micro Hei';font-size:9pt} h1{text-align:center;letter-spacing:12px;font-size:20pt}
  .to{font-size:13pt;border-bottom:1px solid #000;width:50%} table.items{width:100%;border-collapse:collapse;margin-top:10px}
  .items th{background:#eee;border:1px solid #555} .items td{border:1px solid #555;padding:3px} .stamp{width:56px;height:56px;border:2px solid #c22;color:#c22;border-radius:50%;text-align:center;line-height:56px;display:inline-block}
  .big{font-size:14pt;border:2px solid #000;padding:4px;display:inline-block}""",
 "commercial": """body{font-family:'DejaVu Sans';font-size:8.5pt} h1{text-align:center;font-size:15pt} table{border-collapse:collapse;width:100%}
  td,th{border:1px solid #000;padding:3px} .nb td{border:none}""",
 "email": """body{font-family:Arial,'DejaVu Sans',sans-serif;font-size:10pt} .mh{border-bottom:1px solid #aaa;padding-bottom:6px;margin-bottom:10px;color:#222}
  .mh b{display:inline-block;width:60px} .quote{border-left:3px solid #ccc;padding-left:10px} table.items{border-collapse:collapse}
  .items td,.items th{border:1px solid #bbb;padding:3px 6px}""",
}


def items_rows(spec, with_rate=True, dots=False):
    l = L(spec)
    rows = []
    amounts = has_amounts(spec)
    for i, it in enumerate(spec["lines"], 1):
        cells = [str(i), E(it["desc"]), f"{it['qty']} {l['pcs']}"]
        if amounts:
            cells += [money(it["price"], spec, False), (f"%{it['rate']}" if spec["lang"] == "tr" else f"{it['rate']}%") if with_rate else None,
                      money(it["net"], spec, False)]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells if c is not None) + "</tr>")
    return "".join(rows)


def head_cells(spec, with_rate=True):
    l = L(spec)
    h = ["#", l["desc"], l["qty"]]
    if has_amounts(spec):
        h += [l["unit"]] + ([l["vat"] + " %"] if with_rate else []) + [l["amount"]]
    return "<tr>" + "".join(f"<th>{E(x)}</th>" for x in h) + "</tr>"


def totals_rows(spec):
    if not has_amounts(spec):
        return ""
    l = L(spec)
    r = [(l["subtotal"], money(spec["subtotal"], spec))]
    if spec["disc_amt"]:
        r.append((f"{l['discount']} {num(spec['disc_pct'], 'cd', 0)}%", "-" + money(spec["disc_amt"], spec)))
    if spec["shipping"]:
        r.append((l["shipping"], money(spec["shipping"], spec)))
    for rate, amt in spec["tax_amts"].items():
        r.append((f"{l['vat']} ({'%' + str(rate) if spec['lang']=='tr' else str(rate) + '%'})", money(amt, spec)))
    r.append((l["total"], money(spec["total"], spec)))
    return "".join(f"<tr><td>{E(a)}</td><td style='text-align:right'>{E(b)}</td></tr>" for a, b in r)


def party(c):
    return f"<b>{E(c['name'])}</b><br>{E(c['addr'])}<br>{E(c['tax'])}"


def build_html(spec, theme):
    l = L(spec)
    title = l.get(spec["doc_type"], l["invoice"])
    iban = spec["iban"]
    css = CSS[theme]
    foot = E(l["due"].format(iban=iban))
    if theme == "earsiv":
        body = f"""<div class=hd><div>{party(spec['supplier'])}<br>Tel: 0212 {iban[:3]} {iban[3:7]}<br>Vergi Dairesi: Merter</div>
        <div style='text-align:center'><div class=gib>GİB</div><b>{E(title)}</b></div><div class=qr></div></div>
        <p><b>{E(l['buyer'])}</b><br>{party(spec['buyer'])}</p>
        <table class=meta><tr><td>Özelleştirme No</td><td>TR1.2</td></tr><tr><td>Senaryo</td><td>{'EARSIVFATURA' if spec['doc_type']=='receipt' else 'TICARIFATURA'}</td></tr>
        <tr><td>Fatura Tipi</td><td>{'IADE' if spec['doc_type']=='credit_note' else 'SATIS'}</td></tr><tr><td>{l['no']}</td><td>{spec['number']}</td></tr>
        <tr><td>{l['date']}</td><td>{dstr(spec)}</td></tr><tr><td>ETTN</td><td>{spec['ettn']}</td></tr></table>
        <table class=items>{head_cells(spec)}{items_rows(spec)}</table><br><table class=tot>{totals_rows(spec)}</table>
        <div style='clear:both'></div><p>{foot}</p><p style='font-size:7pt'>Bu fatura elektronik ortamda oluşturulmuştur. e-Arşiv izni kapsamında gönderilmiştir.</p>"""
    elif theme in ("logo", "classic", "parasut"):
        meta = f"<b>{E(l['no'])}:</b> {E(spec['number'])}<br><b>{E(l['date'])}:</b> {E(dstr(spec))}"
        if theme == "parasut":
            body = f"""<div class=band>{E(spec['supplier']['name'])} — {E(title)}</div><div class=cols><div>{party(spec['supplier'])}</div>
            <div><small>{E(l['buyer'])}</small><br>{party(spec['buyer'])}</div><div>{meta}</div></div>"""
        elif theme == "logo":
            body = f"""<h1>{E(title)}</h1><div class=box><small>{E(l['seller'])}</small><br>{party(spec['supplier'])}</div>
            <div class=box><small>{E(l['buyer'])}</small><br>{party(spec['buyer'])}<hr>{meta}</div>"""
        else:
            body = f"""<h1>{E(title)}</h1><div class=cols><div>{party(spec['supplier'])}</div><div style='text-align:right'>{meta}</div></div>
            <p><i>{E(l['buyer'])}:</i><br>{party(spec['buyer'])}</p>"""
        body += f"<table class=items>{head_cells(spec)}{items_rows(spec)}</table><table class=tot>{totals_rows(spec)}</table><p>{foot}</p><p>{E(l['thanks'].replace('#{words}#', ''))}</p>"
    elif theme == "cnvat":
        r = next(iter(spec["tax_amts"]))
        rows = "".join(f"<tr class=black><td>{E(it['desc'])}</td><td>{l['pcs']}</td><td>{it['qty']}</td><td>{money(it['price'],spec,False)}</td><td>{money(it['net'],spec,False)}</td><td>{it['rate']}%</td><td>{money(q2(it['net']*it['rate']/100),spec,False)}</td></tr>" for it in spec["lines"])
        tt = money(spec['total'], spec)
        body = f"""<h1>{E(l[spec['doc_type']] if spec['doc_type'] in l else l['tax_invoice'])}</h1><p style='text-align:right'>{l['no']}: <span class=black>{spec['number'][-8:]}</span><br>{l['date']}: <span class=black>{dstr(spec)}</span></p>
        <table><tr><td rowspan=2 style='width:20px'>{l['buyer']}</td><td>名称: <span class=black>{E(spec['buyer']['name'])}</span></td></tr><tr><td class=black>{E(spec['buyer']['tax'])}<br>{E(spec['buyer']['addr'])}</td></tr></table>
        <table><tr><th>{l['desc']}</th><th>单位</th><th>{l['qty']}</th><th>{l['unit']}</th><th>{l['amount']}</th><th>税率</th><th>{l['vat']}</th></tr>{rows}
        <tr><td>{l['subtotal']}</td><td></td><td></td><td></td><td class=black>¥{money(spec['subtotal']-spec['disc_amt']+spec['shipping'],spec,False)}</td><td></td><td class=black>¥{money(sum(spec['tax_amts'].values()),spec,False)}</td></tr>
        <tr><td>{l['total']}(小写)</td><td colspan=6 class=black>{tt}</td></tr></table>
        <table><tr><td rowspan=2 style='width:20px'>{l['seller']}</td><td>名称: <span class=black>{E(spec['supplier']['name'])}</span></td></tr><tr><td class=black>{E(spec['supplier']['tax'])}<br>{E(spec['supplier']['addr'])}<br>{foot}</td></tr></table>
        <p>收款人: 王丽 &nbsp; 复核: 陈刚 &nbsp; 开票人: 李娜</p>"""
        if spec["disc_amt"] or spec["shipping"]:
            pass
    elif theme == "jp":
        tax = sum(spec["tax_amts"].values())
        body = f"""<h1>{E(l[spec['doc_type']])}</h1><p style='text-align:right'>{l['no']}: {spec['number']}<br>{l['date']}: {dstr(spec)}</p>
        <p class=to>{E(spec['buyer']['name'])} {l['buyer']}</p><p style='text-align:right'>{party(spec['supplier'])}<br><span class=stamp>{E(spec['supplier']['name'][-2:])}</span></p>
        <p>下記の通りご請求申し上げます。</p><p class=big>{l['total']} {money(spec['total'],spec)} (税込)</p>
        <table class=items>{head_cells(spec, False)}{items_rows(spec, False)}</table><table style='margin-left:auto'>{totals_rows(spec)}</table><p>{E(l['due'].format(iban=iban[:7]))}</p><p>{l['thanks']}</p>"""
    elif theme == "commercial":
        body = f"""<h1>{E(spec['supplier']['name'].upper())}</h1><p style='text-align:center'>{E(spec['supplier']['addr'])}<br>{E(spec['supplier']['tax'])}</p>
        <h1>{E(l[spec['doc_type']])}</h1><table class=nb><tr><td>{l['buyer']}:<br>{party(spec['buyer'])}</td><td>{l['no']}: {spec['number']}<br>{l['date']}: {dstr(spec)}<br>Terms: FOB Ningbo<br>
        Port of loading: Ningbo, China<br>Destination: Ambarlı, Istanbul, Türkiye<br>Payment: T/T 30% deposit, 70% against B/L copy</td></tr></table><br>
        <table>{head_cells(spec, False)}{items_rows(spec, False)}</table><br><table style='width:45%;margin-left:auto'>{totals_rows(spec)}</table>
        <p>HS code 6302.60 / 6302.31. {E(l['thanks'])}</p><p style='text-align:right'>For and on behalf of<br>{E(spec['supplier']['name'])}<br><br>______________________<br>Authorized signature</p>"""
    elif theme == "email":
        sender = spec["supplier"]["name"].split()[0].lower()
        body = f"""<div class=mh><b>From:</b> accounts@{sender}-example.invalid<br><b>To:</b> muhasebe@{spec['buyer']['name'].split()[0].lower()}-example.invalid<br>
        <b>Date:</b> {dstr(spec)} 10:{spec['iban'][:2]}<br><b>Subject:</b> {E(l[spec['doc_type']].title())} {spec['number']}</div>
        <p>Dear colleagues,</p><p>please find below our {E(l[spec['doc_type']].lower())} for your order. The original follows by post.</p>
        <div class=quote><h3>{E(l[spec['doc_type']])} {spec['number']}</h3><p>{party(spec['supplier'])}</p><p>{E(l['buyer'])}: {party(spec['buyer'])}</p>
        <p>{E(l['date'])}: {dstr(spec)}</p><table class=items>{head_cells(spec)}{items_rows(spec)}</table><table>{totals_rows(spec)}</table><p>{foot}</p></div><p>Best regards,<br>Accounts team</p>"""
    return f"<!doctype html><html><head><meta charset='utf-8'><style>@page{{size:A4;margin:14mm}} {css}</style></head><body>{body}</body></html>"


def render(spec, theme, out, engine="weasy"):
    h = build_html(spec, theme)
    if engine == "weasy":
        import weasyprint
        weasyprint.HTML(string=h).write_pdf(out)
    else:
        hp = os.path.join(TMP, os.path.basename(out) + ".html")
        open(hp, "w", encoding="utf-8").write(h)
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + out, "file://" + hp], capture_output=True, timeout=120)
    return pdf_pages(out)


# (name, lang, theme, doc_type, engine, extra kwargs)
PLAN = []


def plan(seed=1000):
    rng = random.Random(seed)
    P = []
    tr_docs = ["receipt", "tax_invoice", "tax_invoice", "receipt", "tax_invoice", "invoice", "receipt", "tax_invoice"]
    for i, dt in enumerate(tr_docs):
        P.append(("tr", "earsiv", dt, "weasy", {}))
    P += [("tr", "logo", "invoice", "weasy", {}), ("tr", "logo", "tax_invoice", "weasy", {"n_items": 34}), ("tr", "parasut", "invoice", "weasy", {}),
          ("tr", "parasut", "invoice", "weasy", {"arith_error": True}), ("tr", "logo", "proforma", "weasy", {}), ("tr", "earsiv", "credit_note", "weasy", {}),
          ("tr", "logo", "delivery_note", "weasy", {}), ("tr", "parasut", "quotation", "weasy", {}),
          ("de", "classic", "invoice", "weasy", {}), ("de", "parasut", "invoice", "weasy", {"n_items": 30}), ("de", "logo", "invoice", "weasy", {"arith_error": True}),
          ("fr", "classic", "invoice", "weasy", {}), ("fr", "parasut", "invoice", "weasy", {}), ("it", "logo", "invoice", "weasy", {}),
          ("es", "classic", "invoice", "weasy", {}), ("nl", "parasut", "invoice", "weasy", {}), ("pl", "logo", "invoice", "weasy", {}),
          ("pl", "classic", "invoice", "weasy", {}), ("bg", "logo", "invoice", "weasy", {}), ("bg", "classic", "invoice", "weasy", {"currency": "EUR"}),
          ("el", "parasut", "invoice", "weasy", {}), ("el", "logo", "invoice", "weasy", {}), ("ro", "classic", "invoice", "weasy", {}),
          ("ro", "logo", "invoice", "weasy", {"arith_error": True}), ("ja", "jp", "invoice", "weasy", {}), ("ja", "jp", "invoice", "weasy", {}),
          ("ja", "jp", "quotation", "weasy", {}), ("zhc", "cnvat", "tax_invoice", "weasy", {"discount": 0, "shipping": 0}), ("zhc", "cnvat", "tax_invoice", "weasy", {"discount": 0, "shipping": 0}),
          ("zhc", "cnvat", "tax_invoice", "weasy", {"arith_error": True, "discount": 0, "shipping": 0}), ("zh", "commercial", "invoice", "weasy", {"tax": False}),
          ("zh", "commercial", "invoice", "weasy", {"tax": False, "n_items": 8}), ("zh", "commercial", "packing_list", "weasy", {"tax": False}),
          # chromium: e-mail printouts and a few styles
          ("en", "email", "invoice", "chromium", {"currency": "GBP"}), ("zh", "email", "invoice", "chromium", {"tax": False}),
          ("de", "email", "invoice", "chromium", {}), ("tr", "earsiv", "receipt", "chromium", {}), ("tr", "parasut", "tax_invoice", "chromium", {}),
          ("en", "classic", "invoice", "chromium", {"currency": "USD", "numstyle": "cd", "datevar": 2}), ("zh", "commercial", "proforma", "chromium", {"tax": False}),
          ("el", "email", "invoice", "chromium", {})]
    return P


def run():
    rng = random.Random(4501)
    labels, specs = [], {}
    for i, (lang, theme, dt, eng, kw) in enumerate(plan()):
        spec = make_spec(rng, lang, dt, **kw)
        fn = f"h{i+1:02d}_{lang}_{theme}_{dt}.pdf"
        out = os.path.join(FILES, fn)
        pages = render(spec, theme, out, eng)
        prod = ("weasyprint_" if eng == "weasy" else "chromium_") + theme
        labels.append(label(spec, fn, prod, pages))
        specs[fn] = (spec, theme, eng)
        print(fn, pages, flush=True)
    write_part("genuine_html", labels)
    save_specs("genuine_html", specs)
    return labels


if __name__ == "__main__":
    run()
