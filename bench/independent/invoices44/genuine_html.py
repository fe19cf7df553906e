"""HTML/CSS invoices in several accounting-software looks, printed by WeasyPrint or Chromium."""
import os, random, subprocess, html
from common import *

CSS = {
 'bmd': """@page{size:A4;margin:16mm 14mm 20mm 20mm;@bottom-right{content:"Seite " counter(page) " von " counter(pages);font-size:8pt}}
  body{font-family:'Nimbus Sans',Arial,sans-serif;font-size:9.5pt;color:#000} .hdr{border-bottom:2px solid #1b3f75;padding-bottom:4px}
  .logo{font-size:17pt;font-weight:bold;color:#1b3f75} table.items{width:100%;border-collapse:collapse;margin-top:10px}
  table.items th{background:#1b3f75;color:#fff;text-align:left;padding:3px;font-weight:normal} table.items td{padding:3px;border-bottom:0.5px solid #bbb}
  .r{text-align:right} .sum td{padding:2px 3px} .foot{font-size:7.5pt;color:#333;border-top:1px solid #1b3f75;margin-top:18px;padding-top:4px}""",
 'rzl': """@page{size:A4;margin:12mm 12mm 18mm 22mm;@bottom-center{content:counter(page) "/" counter(pages);font-size:8pt;font-family:'DejaVu Sans Mono'}}
  body{font-family:'DejaVu Sans Mono',monospace;font-size:8.5pt} .logo{font-size:12pt;font-weight:bold;letter-spacing:2px}
  table.items{width:100%;border-collapse:collapse;margin-top:8px;border-top:1px dashed #000;border-bottom:1px dashed #000}
  table.items th{text-align:left;border-bottom:1px dashed #000} .r{text-align:right} .foot{font-size:7.5pt;margin-top:14px}""",
 'datev': """@page{size:A4;margin:20mm 15mm 25mm 25mm;@bottom-left{content:"Seite " counter(page);font-size:7.5pt}}
  body{font-family:'Nimbus Roman',serif;font-size:10.5pt} .logo{font-size:20pt;font-variant:small-caps;color:#444}
  table.items{width:100%;border-collapse:collapse;margin-top:14px} table.items th{border-bottom:1.2px solid #000;text-align:left}
  table.items td{padding:3px 2px} tr:nth-child(even) td{background:#f2f2f2} .r{text-align:right} .foot{font-size:8pt;margin-top:22px;column-count:3}""",
 'modern': """@page{size:A4;margin:14mm;@bottom-right{content:counter(page) " / " counter(pages);font-size:8pt;color:#888}}
  body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#222} .logo{font-size:22pt;font-weight:bold;color:#0a8f6a}
  .hdr{background:#eef7f3;padding:10px;border-radius:6px} table.items{width:100%;border-collapse:collapse;margin-top:12px}
  table.items th{color:#0a8f6a;border-bottom:2px solid #0a8f6a;text-align:left;font-size:8pt;text-transform:uppercase}
  table.items td{padding:4px 2px;border-bottom:1px solid #e2e2e2} .r{text-align:right} .foot{font-size:7.5pt;color:#666;margin-top:20px}""",
 'cjk': """@page{size:A4;margin:15mm} body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt}
  .logo{font-size:18pt;color:#a0522d;text-align:center;letter-spacing:6px;border-bottom:3px double #a0522d}
  table.items{width:100%;border-collapse:collapse;margin-top:10px;border:1px solid #a0522d} table.items th,table.items td{border:1px solid #a0522d;padding:3px}
  table.items th{background:#fbeee6} .r{text-align:right} .foot{font-size:8pt;margin-top:14px}""",
}

def esc(x): return html.escape(str(x))

def qr_svg(seed, size=46):
    rng = random.Random(seed); n = 29; c = size / n
    rects = []
    for y in range(n):
        for x in range(n):
            fin = (x < 7 and y < 7) or (x >= n - 7 and y < 7) or (x < 7 and y >= n - 7)
            if fin:
                on = max(abs(x % (n - 7) - 3) if x >= 7 else abs(x - 3), abs(y % (n - 7) - 3) if y >= 7 else abs(y - 3)) in (0, 1, 3)
            else:
                on = rng.random() < 0.5
            if on: rects.append(f'<rect x="{x*c:.2f}" y="{y*c:.2f}" width="{c:.2f}" height="{c:.2f}"/>')
    m = size / 2
    rects.append(f'<rect x="{m-3.5}" y="{m-3.5}" width="7" height="7" fill="#fff"/><rect x="{m-2.6}" y="{m-0.7}" width="5.2" height="1.4" fill="#000"/><rect x="{m-0.7}" y="{m-2.6}" width="1.4" height="5.2"/>')
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{size}mm" height="{size}mm" viewBox="0 0 {size} {size}">{"".join(rects)}</svg>'

def qr_slip(doc):
    s, b = doc['supplier'], doc['buyer']
    lang = doc['lang']
    t = {'de': ('Empfangsschein', 'Zahlteil', 'Konto / Zahlbar an', 'Zahlbar durch', 'Währung', 'Betrag', 'Annahmestelle'),
         'fr': ('Récépissé', 'Section paiement', 'Compte / Payable à', 'Payable par', 'Monnaie', 'Montant', 'Point de dépôt'),
         'it': ('Ricevuta', 'Sezione pagamento', 'Conto / Pagabile a', 'Pagabile da', 'Valuta', 'Importo', 'Punto di accettazione')}[lang]
    ib = s['iban']; ibf = ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    amt = N(doc, doc['total']).replace("'", ' ')
    return f"""<div style="page-break-inside:avoid;margin-top:25mm;border-top:1px dashed #000;font-family:'Nimbus Sans',sans-serif;display:flex;height:100mm">
 <div style="width:52mm;border-right:1px dashed #000;padding:4mm;font-size:7pt"><b style="font-size:10pt">{t[0]}</b><br><br><b>{t[2]}</b><br>{ibf}<br>{esc(s['name'])}<br>{esc(s['city'])}<br><br>
 <b>{t[3]}</b><br>{esc(b['name'])}<br>{esc(b['city'])}<br><br><b>{t[4]}</b> &nbsp; <b>{t[5]}</b><br>CHF &nbsp; {amt}<br><br><div style="text-align:right"><b>{t[6]}</b></div></div>
 <div style="width:51mm;padding:4mm;font-size:8pt"><b style="font-size:10pt">{t[1]}</b><div style="margin:4mm 0">{qr_svg(doc['number'])}</div><b>{t[4]}</b> &nbsp; <b>{t[5]}</b><br>CHF &nbsp; {amt}</div>
 <div style="padding:4mm;font-size:8pt"><b>{t[2]}</b><br>{ibf}<br>{esc(s['name'])}<br>{esc(s['street'])}<br>{esc(s['city'])}<br><br><b>Referenz</b><br>21 00000 00003 13947 14300 0{doc['number'][-4:]}<br><br>
 <b>{t[3]}</b><br>{esc(b['name'])}<br>{esc(b['street'])}<br>{esc(b['city'])}</div></div>"""

def build_html(doc, style):
    t = T(doc); s, b = doc['supplier'], doc['buyer']; p = doc['prof']
    priced = doc['doc_type'] not in ('packing_list', 'delivery_note')
    rows = []
    for l in doc['lines']:
        cells = [f"<td>{l['pos']}</td>", f"<td>{esc(l['sku'])}</td>", f"<td>{esc(l['desc'])}</td>", f"<td class=r>{esc(qty_str(doc, l))}</td>"]
        if priced:
            cells += [f"<td class=r>{N(doc, l['price'])}</td>", f"<td class=r>{rate_str(doc, l['rate'])}</td>" if len(p['rates']) > 1 else '', f"<td class=r>{N(doc, l['amount'])}</td>"]
        rows.append('<tr>' + ''.join(cells) + '</tr>')
    head = f"<th>{t['pos']}</th><th>Art.-Nr.</th><th>{t['desc']}</th><th class=r>{t['qty']}</th>"
    if priced:
        head += f"<th class=r>{t['price']}</th>" + (f"<th class=r>{t['tax']}</th>" if len(p['rates']) > 1 else '') + f"<th class=r>{t['amount']} {p['cur']}</th>"
    sums = ''
    if priced and doc['total'] is not None:
        sr = [(t['subtotal'], M(doc, doc['subtotal']))]
        if doc['discount']: sr.append((f"{t['discount']} {doc['disc_pct']} %", '- ' + M(doc, doc['discount'])))
        if doc['shipping']: sr.append((t['shipping'], M(doc, doc['shipping'])))
        if doc['discount'] or doc['shipping']: sr.append((t['net'], M(doc, doc['net'])))
        for r, base, tx in doc['taxes']:
            if r == 0 and p['country'] != 'US':
                continue
            sr.append((f"{p['taxname']} {rate_str(doc, r)} ({N(doc, base)})", M(doc, tx)))
        sums = '<table class=sum style="margin-left:auto;margin-top:8px">' + ''.join(f"<tr><td>{a}</td><td class=r>{v}</td></tr>" for a, v in sr)
        sums += f"<tr><td style='border-top:1.5px solid #000'><b>{t['total']}</b></td><td class=r style='border-top:1.5px solid #000'><b>{M(doc, doc['total'])}</b></td></tr></table>"
        if any(r == 0 for r, _, _ in doc['taxes']) and p['country'] != 'US':
            sums += "<p style='font-size:8pt'>Steuerfreie innergemeinschaftliche Lieferung / Reverse charge – Steuerschuldnerschaft des Leistungsempfängers (Art. 196 MwStSystRL).</p>"
    period = f"<tr><td>{t['period']}:</td><td>{DT(doc, doc['period_from'])} – {DT(doc)}</td></tr>" if p['country'] in ('AT', 'DE') and priced else ''
    info = f"""<table style="margin-left:auto;font-size:90%"><tr><td>{t['no']}:</td><td><b>{esc(doc['number'])}</b></td></tr>
      <tr><td>{t['date']}:</td><td>{DT(doc)}</td></tr>{period}<tr><td>{t['customer']}:</td><td>{doc['customer_no']}</td></tr>
      <tr><td>Amazon-Bestellnr./Order:</td><td>{doc['order_no']}</td></tr></table>""" if doc['lang'] not in ('zh', 'ja') else \
      f"""<p style="text-align:right">{t['no']}：{esc(doc['number'])}<br>{t['date']}：{DT(doc)}</p>"""
    foot = f"""<div class=foot>{esc(s['name'])} · {esc(s['street'])} · {esc(s['city'])} · Tel. {s['phone']}<br>{t['vatid']}: {s['vat']} · {t['bank']}: IBAN {s['iban']}<br>{t['terms']} {t['thanks']}</div>"""
    buyer_blk = f"""<div style="margin-top:14mm;width:85mm"><div style="font-size:7pt;text-decoration:underline">{esc(s['name'])}, {esc(s['street'])}, {esc(s['city'])}</div>
      <div style="font-size:75%">{t['buyer']}</div><b>{esc(b['name'])}</b><br>{esc(b['street'])}<br>{esc(b['city'])}<br>{t['vatid']}: {b['vat']}</div>"""
    if doc['lang'] == 'ja':
        buyer_blk = f"<div style='margin-top:8mm;font-size:13pt;border-bottom:1px solid #000;width:90mm'>{esc(b['name'])} {t['buyer']}</div><div>{esc(b['street'])} {esc(b['city'])}</div>"
    if doc['lang'] == 'zh':
        buyer_blk = f"<div style='margin-top:6mm'>{t['buyer']}：{esc(b['name'])}<br>地址：{esc(b['street'])}, {esc(b['city'])}<br>{t['vatid']}：{b['vat']}</div>"
    body = f"""<div class=hdr><div class=logo>{esc(s['name'])}</div><div>{esc(s['street'])}, {esc(s['city'])} · {t['vatid']} {s['vat']}</div></div>
      {buyer_blk}{info}<h2 style="margin:6mm 0 2mm 0">{title(doc)} {esc(doc['number'])}</h2>
      <table class=items><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{sums}{foot}"""
    if p['country'] == 'CH' and doc['doc_type'] == 'invoice' and doc.get('qr'):
        body += qr_slip(doc)
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{CSS[style]}</style></head><body>{body}</body></html>"

def render(doc, style, fname, engine, outdir=None):
    h = build_html(doc, style)
    hp = os.path.join(WORK, fname + '.html')
    open(hp, 'w', encoding='utf-8').write(h)
    out = os.path.join(outdir or FILES, fname)
    if engine == 'weasy':
        import weasyprint
        weasyprint.HTML(string=h, base_url=WORK).write_pdf(out)
    else:
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', f'--print-to-pdf={out}', hp],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)
    return out

PLAN = [  # (profile, style, engine, extra)
 ('AT', 'bmd', 'weasy', {}), ('AT', 'bmd', 'weasy', {'n_items': 28}), ('AT', 'rzl', 'weasy', {}), ('AT', 'rzl', 'weasy', {'err': 'tax'}),
 ('AT', 'datev', 'weasy', {}), ('AT', 'modern', 'chromium', {}), ('AT', 'bmd', 'chromium', {'discount': 5}),
 ('CHde', 'modern', 'weasy', {'qr': True}), ('CHde', 'bmd', 'weasy', {'qr': True}), ('CHde', 'datev', 'chromium', {'qr': True}),
 ('CHfr', 'modern', 'weasy', {'qr': True}), ('CHfr', 'datev', 'weasy', {'qr': True, 'err': 'total'}), ('CHit', 'bmd', 'weasy', {'qr': True}),
 ('CHit', 'modern', 'chromium', {'qr': True}),
 ('DE', 'datev', 'weasy', {}), ('DE', 'datev', 'weasy', {'n_items': 40}), ('DE', 'modern', 'chromium', {}), ('DE', 'rzl', 'weasy', {}),
 ('ST', 'bmd', 'weasy', {}), ('ST', 'modern', 'weasy', {}), ('ST', 'datev', 'chromium', {}),
 ('SI', 'modern', 'weasy', {}), ('HR', 'bmd', 'weasy', {}), ('CZ', 'rzl', 'weasy', {}), ('CZen', 'modern', 'weasy', {'err': 'line'}),
 ('CN', 'cjk', 'weasy', {'doc_type': 'tax_invoice'}), ('CN', 'cjk', 'chromium', {'doc_type': 'tax_invoice'}), ('CN', 'cjk', 'weasy', {'doc_type': 'proforma'}),
 ('JP', 'cjk', 'weasy', {}), ('JP', 'cjk', 'chromium', {}),
 ('PL', 'modern', 'weasy', {}), ('NL', 'bmd', 'weasy', {}), ('NL', 'modern', 'chromium', {}), ('FR', 'datev', 'weasy', {}),
 ('ES', 'modern', 'weasy', {}), ('IT', 'bmd', 'weasy', {}), ('US', 'modern', 'weasy', {'no_tax': True}), ('DE', 'bmd', 'weasy', {'doc_type': 'credit_note'}),
 # non-invoices
 ('AT', 'bmd', 'weasy', {'doc_type': 'delivery_note'}), ('DE', 'datev', 'weasy', {'doc_type': 'quotation'}), ('CN', 'cjk', 'weasy', {'doc_type': 'packing_list'}),
 ('CHde', 'modern', 'chromium', {'doc_type': 'purchase_order'}),
]

def run(seed=4401):
    rng = random.Random(seed); recs = []
    for i, (pk, style, eng, ex) in enumerate(PLAN):
        ex = dict(ex); qr = ex.pop('qr', False); dtp = ex.pop('doc_type', 'invoice')
        doc = make_doc(rng, pk, doc_type=dtp, **ex); doc['qr'] = qr
        if dtp in ('packing_list', 'delivery_note'): doc['total'] = None
        if dtp == 'credit_note':
            pass
        fname = f"h{i:02d}_{pk.lower()}_{style}.pdf"
        render(doc, style, fname, eng)
        recs.append(label(doc, fname, f"{eng}_html_{style}"))
        print('html', fname, flush=True)
    write_part('10_html', recs)
    return recs

if __name__ == '__main__':
    run()
