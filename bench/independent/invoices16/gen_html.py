# HTML layouts (several invented "invoicing program" styles), printed by WeasyPrint or Chromium.
import html as H
from gen_data import TITLES, L
from gen_model import money, num

E = H.escape

CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(x):
    x = int(round(float(x) * 100))
    yuan, jf = divmod(x, 100)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    grp = 0
    parts = []
    while yuan > 0:
        yuan, g = divmod(yuan, 10000)
        t = ""
        zero = False
        for i in range(3, -1, -1):
            dgt = (g // 10 ** i) % 10
            if dgt == 0:
                zero = bool(t)
            else:
                if zero:
                    t += "零"; zero = False
                t += CN_DIG[dgt] + units[i]
        if t:
            parts.insert(0, t + big[grp])
        grp += 1
    s = s + "".join(parts) + "元"
    j, f = divmod(jf, 10)
    if j == 0 and f == 0:
        s += "整"
    else:
        if j:
            s += CN_DIG[j] + "角"
        if f:
            s += CN_DIG[f] + "分"
    return "ⓧ" + s if False else s


def party(p, lang):
    T = L[lang]
    lines = [f"<b>{E(p['name'])}</b>"] + [E(a) for a in p["addr"]] + [f"{T['vatid']}: {E(p['vat'])}"]
    return "<br>".join(lines)


def title(doc):
    return TITLES[doc["lang"]][doc["doc_type"]]


BASE_FONT = "'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif"


def items_table(doc, cls="items", show_code=True, show_disc=True):
    T = L[doc["lang"]]
    na = doc.get("no_amounts")
    pl = doc["doc_type"] == "price_list"
    hdr = []
    if show_code:
        hdr.append(T["code"])
    hdr.append(T["desc"])
    if not pl:
        hdr.append(T["qty"])
    if not na:
        hdr.append(T["price"])
        if show_disc and not pl and any(r["disc"] for r in doc["rows"]):
            hdr.append(T["disc"])
        if not pl:
            hdr += [T["vat"], T["amount"]]
    h = f"<table class='{cls}'><thead><tr>" + "".join(f"<th>{E(x)}</th>" for x in hdr) + "</tr></thead><tbody>"
    for r in doc["rows"]:
        cells = []
        if show_code:
            cells.append(f"<td>{E(r['code'])}</td>")
        cells.append(f"<td class='d'>{E(r['desc'])}</td>")
        if not pl:
            cells.append(f"<td class='n'>{E(r['qty'])}</td>")
        if not na:
            cells.append(f"<td class='n'>{E(r['price'])}</td>")
            if show_disc and not pl and any(x["disc"] for x in doc["rows"]):
                cells.append(f"<td class='n'>{E(r['disc'])}</td>")
            if not pl:
                cells.append(f"<td class='n'>{E(r['rate'])}</td><td class='n'>{E(r['amount'])}</td>")
        h += "<tr>" + "".join(cells) + "</tr>"
    return h + "</tbody></table>"


def totals_table(doc, cls="tot"):
    if doc.get("no_amounts") or doc["doc_type"] == "price_list":
        return ""
    h = f"<table class='{cls}'>"
    T = L[doc["lang"]]
    for lab, val in doc["totals"]:
        b = " class='grand'" if lab == T["total"] else ""
        h += f"<tr{b}><td>{E(lab)}</td><td class='n'>{E(val)}</td></tr>"
    return h + "</table>"


def notes(doc):
    return "".join(f"<p class='note'>{E(n)}</p>" for n in doc["notes"])


def letter_body(doc):
    b = doc["buy"]["name"]; s = doc["sup"]["name"]
    return f"""<p>Spett.le {E(b)},</p>
<p>con la presente confermiamo che la merce di cui alle nostre fatture del periodo {E(doc['date_str'])} è stata
acquistata direttamente presso il produttore e regolarmente importata nell'Unione Europea. Restiamo a disposizione
per ogni ulteriore chiarimento e per l'invio della documentazione doganale.</p>
<p>Distinti saluti,</p><p><b>{E(s)}</b><br>Ufficio Commerciale</p>"""


def style_modern(doc, accent="#1f5f8b"):
    T = L[doc["lang"]]
    css = f"""@page {{ size: A4; margin: 16mm 14mm 18mm 14mm; @bottom-right {{ content: "{T['page']} " counter(page) " / " counter(pages); font-size: 8pt; color:#777 }} }}
body {{ font-family: {BASE_FONT}; font-size: 9.5pt; color:#222 }}
.band {{ background:{accent}; color:white; padding:10px 14px; display:flex; justify-content:space-between }}
.band h1 {{ margin:0; font-size:20pt; letter-spacing:2px }}
.cols {{ display:flex; justify-content:space-between; margin:14px 0 }}
.cols div {{ width:46% }}
.lbl {{ color:{accent}; font-size:8pt; text-transform:uppercase; font-weight:bold }}
table.items {{ width:100%; border-collapse:collapse; margin-top:10px }}
table.items th {{ background:#eef3f7; text-align:left; padding:5px; font-size:8.5pt; border-bottom:2px solid {accent} }}
table.items td {{ padding:4px 5px; border-bottom:1px solid #ddd }}
td.n {{ text-align:right; white-space:nowrap }}
table.tot {{ margin-left:auto; margin-top:12px; border-collapse:collapse; min-width:45% }}
table.tot td {{ padding:3px 6px }}
tr.grand td {{ font-weight:bold; font-size:12pt; border-top:2px solid {accent} }}
.note {{ font-size:8pt; color:#555 }}
.meta td {{ padding:1px 8px 1px 0 }}"""
    body = f"""<div class='band'><h1>{E(title(doc))}</h1><div style='text-align:right'><b>{E(doc['sup']['name'])}</b><br>{'<br>'.join(E(a) for a in doc['sup']['addr'])}</div></div>
<table class='meta'><tr><td>{E(T['no'] if doc['doc_type'] in ('invoice','tax_invoice','credit_note','proforma','receipt') else T['docno'])}</td><td><b>{E(doc['number'])}</b></td></tr>
<tr><td>{E(T['date'])}</td><td>{E(doc['date_str'])}</td></tr>""" + (
        f"<tr><td>{E(T['due'])}</td><td>{E(doc['due_str'])}</td></tr>" if not doc.get('no_amounts') else "") + f"""</table>
<div class='cols'><div><div class='lbl'>{E(T['seller'])}</div>{party(doc['sup'], doc['lang'])}</div>
<div><div class='lbl'>{E(T['buyer'])}</div>{party(doc['buy'], doc['lang'])}</div></div>"""
    if doc["doc_type"] == "letter":
        body += letter_body(doc)
    else:
        body += items_table(doc) + totals_table(doc)
    body += notes(doc)
    if not doc.get("no_amounts") and doc["doc_type"] != "letter":
        body += f"<p class='note'>{E(T['bank'])}: {E(doc['iban'])}</p>"
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def style_fe_cortesia(doc):
    """Italian e-invoice courtesy copy, invented layout loosely following the FatturaPA field names."""
    T = L["it"]
    td = {"invoice": "TD01 fattura", "credit_note": "TD04 nota di credito", "proforma": "—"}.get(doc["doc_type"], "TD01 fattura")
    css = f"""@page {{ size: A4; margin: 12mm; @bottom-center {{ content: "Pagina " counter(page) " di " counter(pages); font-size:7pt }} }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size:8pt }}
.hdr {{ display:flex; gap:8px }} .box {{ border:1px solid #555; padding:5px; flex:1 }}
.box h3 {{ margin:0 0 4px 0; font-size:8pt; background:#d9d9d9; padding:2px }}
table {{ width:100%; border-collapse:collapse; margin-top:6px }}
th {{ background:#d9d9d9; border:1px solid #555; font-size:7pt; padding:2px }}
td {{ border:1px solid #999; padding:2px 3px }} td.n {{ text-align:right }}
.tot td {{ font-size:8.5pt }} tr.grand td {{ font-weight:bold; background:#eee }}
.note {{ font-size:7pt; font-style:italic }}"""
    sup, buy = doc["sup"], doc["buy"]
    body = f"""<div class='hdr'><div class='box'><h3>Cedente/prestatore (fornitore)</h3>
Identificativo fiscale ai fini IVA: {E(sup['vat'])}<br>Codice fiscale: {E(sup['vat'][2:])}<br>
Denominazione: {E(sup['name'])}<br>Regime fiscale: {'RF19 (forfettario)' if doc['special']=='it_forfettario' else 'RF01 (ordinario)'}<br>
Indirizzo: {E(sup['addr'][0])}<br>Comune: {E(sup['addr'][1])} Nazione: IT</div>
<div class='box'><h3>Cessionario/committente (cliente)</h3>
Identificativo fiscale ai fini IVA: {E(buy['vat'])}<br>Denominazione: {E(buy['name'])}<br>
Indirizzo: {E(buy['addr'][0])}<br>Comune: {E(buy['addr'][-1])}</div></div>
<table><tr><th>Tipologia documento</th><th>Art. 73</th><th>Numero documento</th><th>Data documento</th><th>Codice destinatario</th></tr>
<tr><td>{td}</td><td></td><td>{E(doc['number'])}</td><td>{E(doc['date_str'])}</td><td>{E(doc['sup']['vat'][-7:]) if False else 'M5UXCR1'}</td></tr></table>"""
    body += f"<table><thead><tr><th>Cod. articolo</th><th>Descrizione</th><th>Quantità</th><th>Prezzo unitario</th><th>UM</th><th>Sconto o magg.</th><th>%IVA</th><th>Prezzo totale</th></tr></thead><tbody>"
    for r in doc["rows"]:
        body += (f"<tr><td>{E(r['code'])}</td><td>{E(r['desc'])}</td><td class='n'>{E(r['qty'])},00</td><td class='n'>{E(r['price'])}</td>"
                 f"<td>{'PZ' if doc['special']!='it_ritenuta' else ''}</td><td class='n'>{E(r['disc'])}</td><td class='n'>{E(r['rate'])}</td><td class='n'>{E(r['amount'])}</td></tr>")
    if doc["ship"]:
        body += f"<tr><td></td><td>Spese di trasporto</td><td class='n'>1,00</td><td class='n'>{num(doc, doc['ship'])}</td><td></td><td></td><td class='n'>{E(doc['rows'][0]['rate'])}</td><td class='n'>{num(doc, doc['ship'])}</td></tr>"
    body += "</tbody></table>"
    body += "<table><tr><th colspan='5'>RIEPILOGHI IVA E TOTALI</th></tr><tr><th>esigibilità iva / riferimenti normativi</th><th>%IVA</th><th>Totale imponibile</th><th>Totale imposta</th><th></th></tr>"
    for r in doc["tax_rows"]:
        es = "S (scissione pagamenti)" if doc["special"] == "it_split" else ("N2.2 - non soggette" if doc["special"] == "it_forfettario" else "I (immediata)")
        body += f"<tr><td>{es}</td><td class='n'>{num(doc, r['rate'])}</td><td class='n'>{num(doc, r['base'])}</td><td class='n'>{num(doc, r['tax'])}</td><td></td></tr>"
    body += "</table>" + totals_table(doc, "tot")
    body += f"<table><tr><th>Modalità pagamento</th><th>IBAN</th><th>Data scadenza</th><th>Importo</th></tr><tr><td>MP05 bonifico</td><td>{E(doc['iban'])}</td><td>{E(doc['due_str'])}</td><td class='n'>{num(doc, doc['net_due'] if doc['net_due'] is not None else doc['total'])}</td></tr></table>"
    body += notes(doc)
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def style_gestionale(doc):
    T = L[doc["lang"]]
    css = f"""@page {{ size: A4; margin: 10mm 12mm; @top-right {{ content: "{T['page']} " counter(page) "/" counter(pages); font: 8pt 'DejaVu Sans Mono' }} }}
body {{ font-family: 'DejaVu Sans Mono', {BASE_FONT}; font-size:8.5pt }}
.top {{ display:flex; justify-content:space-between; border:1.5px solid black; padding:6px }}
.logo {{ font: bold 16pt 'DejaVu Serif'; }}
.grid {{ display:flex; margin-top:6px }} .grid > div {{ border:1px solid black; padding:4px; flex:1 }}
.small {{ font-size:6.5pt; text-transform:uppercase }}
table {{ width:100%; border-collapse:collapse; margin-top:6px }}
th, td {{ border-left:1px solid black; border-right:1px solid black; padding:2px 4px }}
thead th {{ border:1px solid black; background:#eaeaea }} tbody tr:last-child td {{ border-bottom:1px solid black }}
td.n {{ text-align:right }} table.tot td {{ border:1px solid black }} tr.grand td {{ font-weight:bold; font-size:10pt }}
.note {{ font-size:7pt }}"""
    sup = doc["sup"]
    body = f"""<div class='top'><div><div class='logo'>{E(sup['name'])}</div>{'<br>'.join(E(a) for a in sup['addr'])}<br>{T['vatid']} {E(sup['vat'])}</div>
<div style='text-align:right'><b style='font-size:13pt'>{E(title(doc))}</b><br>{E(T['no'] if not doc.get('no_amounts') else T['docno'])} {E(doc['number'])}<br>{E(T['date'])} {E(doc['date_str'])}</div></div>
<div class='grid'><div><span class='small'>{E(T['buyer'])}</span><br>{party(doc['buy'], doc['lang'])}</div>
<div><span class='small'>{E(T['pay'])}</span><br>{'Bonifico bancario 30 gg d.f.' if doc['lang']=='it' else ''}<br><span class='small'>{E(T['bank'])}</span><br>{E(doc['iban'])}</div></div>"""
    if doc["doc_type"] == "letter":
        body += letter_body(doc)
    else:
        body += items_table(doc, show_code=True) + totals_table(doc)
    body += notes(doc)
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def style_saas(doc, accent="#6b46c1"):
    T = L[doc["lang"]]
    css = f"""@page {{ size: A4; margin: 18mm 16mm }}
body {{ font-family: {BASE_FONT}; font-size:10pt; color:#333 }}
.logo {{ width:44px; height:44px; border-radius:22px; background:{accent}; color:#fff; font-weight:bold; font-size:18px; text-align:center; line-height:44px; display:inline-block }}
h1 {{ font-weight:300; font-size:26pt; margin:10px 0; color:{accent} }}
.two {{ display:flex; gap:40px; margin:16px 0 }}
.muted {{ color:#888; font-size:8.5pt }}
table.items {{ width:100%; border-collapse:collapse }} table.items th {{ text-align:left; color:#888; font-weight:normal; border-bottom:1px solid #ccc; padding:6px 4px; font-size:8.5pt }}
table.items td {{ padding:6px 4px; border-bottom:1px solid #f0f0f0 }} td.n {{ text-align:right }}
table.tot {{ margin-left:auto; margin-top:14px }} table.tot td {{ padding:4px 8px }} tr.grand td {{ font-size:14pt; font-weight:bold; color:{accent} }}
.note {{ font-size:8pt; color:#777 }}"""
    initials = "".join(w[0] for w in doc["sup"]["name"].split()[:2]) if doc["lang"] not in ("zh", "ja") else doc["sup"]["name"][-4]
    body = f"""<div class='logo'>{E(initials)}</div><h1>{E(title(doc))}</h1>
<div class='two'><div><div class='muted'>{E(T['no'])}</div>{E(doc['number'])}</div><div><div class='muted'>{E(T['date'])}</div>{E(doc['date_str'])}</div><div><div class='muted'>{E(T['due'])}</div>{E(doc['due_str'])}</div></div>
<div class='two'><div><div class='muted'>{E(T['seller'])}</div>{party(doc['sup'], doc['lang'])}</div><div><div class='muted'>{E(T['buyer'])}</div>{party(doc['buy'], doc['lang'])}</div></div>"""
    body += items_table(doc, show_code=False) + totals_table(doc) + notes(doc)
    if not doc.get("no_amounts"):
        body += f"<p class='note'>{E(T['bank'])}: {E(doc['iban'])}</p>"
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


def style_cjk(doc):
    """zh VAT-invoice-like grid, or Japanese 請求書."""
    lang = doc["lang"]
    T = L[lang]
    css = f"""@page {{ size: A4; margin: 14mm }}
body {{ font-family: 'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif; font-size:9.5pt }}
h1 {{ text-align:center; font-size:20pt; letter-spacing:6px; margin:4px 0 10px }}
table {{ width:100%; border-collapse:collapse }} td, th {{ border:1px solid #8a4b2a; padding:3px 5px }}
.red td, .red th {{ border-color:#a0522d; color:#5a2d0c }}
td.n {{ text-align:right }} .big {{ font-size:16pt; font-weight:bold }} tr.grand td {{ font-weight:bold }}
.note {{ font-size:8pt }} .right {{ text-align:right }}"""
    sup, buy = doc["sup"], doc["buy"]
    if lang == "zh":
        body = f"<h1 style='color:#8a4b2a'>{E(title(doc))}</h1><p class='right'>{E(T['no'])}：{E(doc['number'])}　　{E(T['date'])}：{E(doc['date_str'])}</p>"
        body += f"""<table class='red'><tr><th rowspan='2' style='width:8%'>{E(T['buyer'])}</th><td>名称：{E(buy['name'])}</td></tr>
<tr><td>{E(T['vatid'])}：{E(buy['vat'])}　地址：{E(' '.join(buy['addr']))}</td></tr></table>"""
        body += "<table class='red'><tr>" + "".join(f"<th>{x}</th>" for x in [T['desc'], T['code'], T['qty'], T['price'], T['amount'], T['vat'], T['tax']]) + "</tr>"
        for ln, r in zip(doc["lines"], doc["rows"]):
            tax = ln["amount"] * ln["rate"] / 100
            body += f"<tr><td>*{E(r['desc'])}</td><td>{E(r['code'])}</td><td class='n'>{E(r['qty'])}</td><td class='n'>{E(r['price'])}</td><td class='n'>{E(r['amount'])}</td><td class='n'>{E(r['rate'])}</td><td class='n'>{num(doc, tax)}</td></tr>"
        if doc["ship"]:
            body += f"<tr><td>*{E(T['ship'])}</td><td></td><td></td><td></td><td class='n'>{num(doc, doc['ship'])}</td><td></td><td></td></tr>"
        body += f"<tr><td colspan='4'>合　　计</td><td class='n'>{E(money(doc, doc['net']))}</td><td></td><td class='n'>{E(money(doc, doc['tax_total']))}</td></tr>"
        body += f"<tr class='grand'><td colspan='3'>{E(T['total'])}（大写）ⓧ {cn_upper(doc['total'])}</td><td colspan='4'>（小写）{E(doc['total_str'])}</td></tr></table>"
        body += f"""<table class='red'><tr><th rowspan='2' style='width:8%'>{E(T['seller'])}</th><td>名称：{E(sup['name'])}</td></tr>
<tr><td>{E(T['vatid'])}：{E(sup['vat'])}　地址：{E(' '.join(sup['addr']))}　{E(T['bank'])}：{E(doc['iban'])}</td></tr></table>"""
        body += notes(doc) + "<p>收款人：王丽　　复核：陈强　　开票人：李娜</p>"
    else:
        body = f"<h1>{E(title(doc))}</h1><div style='display:flex;justify-content:space-between'><div><p class='big' style='border-bottom:1px solid #333'>{E(buy['name'])} 御中</p>"
        body += f"<p>下記の通りご請求申し上げます。</p><table style='width:90%'><tr><th style='background:#eee'>{E(T['total'])}</th><td class='big n'>{E(doc['total_str'])}-</td></tr></table></div>"
        body += f"<div style='text-align:right'>{E(T['no'])}: {E(doc['number'])}<br>{E(T['date'])}: {E(doc['date_str'])}<br><b>{E(sup['name'])}</b><br>{'<br>'.join(E(a) for a in sup['addr'])}<br>{E(T['vatid'])}: {E(sup['vat'])}</div></div>"
        body += "<table style='margin-top:12px'><tr>" + "".join(f"<th style='background:#eee'>{x}</th>" for x in [T['desc'], T['qty'], T['price'], T['amount']]) + "</tr>"
        for ln, r in zip(doc["lines"], doc["rows"]):
            mark = "※" if ln["rate"] == 8 else ""
            body += f"<tr><td>{E(r['desc'])}{mark}</td><td class='n'>{E(r['qty'])}</td><td class='n'>{E(r['price'])}</td><td class='n'>{E(r['amount'])}</td></tr>"
        if doc["ship"]:
            body += f"<tr><td>{E(T['ship'])}</td><td class='n'>1</td><td class='n'>{num(doc, doc['ship'])}</td><td class='n'>{num(doc, doc['ship'])}</td></tr>"
        body += "</table><table style='width:55%;margin-left:auto;margin-top:8px'>"
        body += f"<tr><td>{E(T['subtotal'])}</td><td class='n'>{E(money(doc, doc['net']))}</td></tr>"
        for r in doc["tax_rows"]:
            body += f"<tr><td>{r['rate']}%対象 {E(money(doc, r['base']))}　{E(T['tax'])}</td><td class='n'>{E(money(doc, r['tax']))}</td></tr>"
        body += f"<tr class='grand'><td>{E(T['net_due'])}</td><td class='n'>{E(doc['total_str'])}</td></tr></table>"
        body += f"<p>{E(T['bank'])}: 三つ葉銀行 本町支店 普通 {E(doc['iban'][:7])}</p>" + notes(doc)
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{body}</body></html>"


STYLES = {"modern": style_modern, "fe_cortesia": style_fe_cortesia, "gestionale": style_gestionale,
          "saas": style_saas, "cjk": style_cjk}
