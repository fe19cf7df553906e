"""HTML/CSS invoices in accounting-software-like styles, printed by WeasyPrint or Chromium."""
import os, subprocess, html, uuid, random
from common import *


def qr_svg(text, px=3):
    from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
    qr = QRCode(8, QRErrorCorrectLevel.M); qr.addData(text); qr.make()
    n = qr.getModuleCount()
    rects = ''.join(f'<rect x="{c+4}" y="{r+4}" width="1" height="1"/>' for r in range(n) for c in range(n) if qr.isDark(r, c))
    s = (n + 8) * px
    return f'<svg xmlns="http://www.w3.org/2000/svg" width="{s}" height="{s}" viewBox="0 0 {n+8} {n+8}"><rect width="{n+8}" height="{n+8}" fill="#fff"/><g fill="#000">{rects}</g></svg>'

CSS = {
 'xero': """body{font-family:'DejaVu Sans',sans-serif;font-size:9.5pt;color:#222;margin:0} h1{font-weight:300;font-size:26pt;letter-spacing:1px;margin:0 0 6mm}
  .hdr{display:flex;justify-content:space-between} table.items{width:100%;border-collapse:collapse;margin-top:8mm} .items th{text-align:left;border-bottom:1.5px solid #333;padding:4px}
  .items td{border-bottom:1px solid #ddd;padding:4px} .r{text-align:right} .tot td{padding:3px 4px} .grand td{font-weight:bold;border-top:2px solid #333;font-size:11pt}
  .meta b{display:block;font-size:8pt;color:#666} .foot{margin-top:10mm;font-size:8pt;color:#555}""",
 'qbo': """body{font-family:'Nimbus Sans',Helvetica,sans-serif;font-size:10pt;color:#393a3d;margin:0} h1{color:#2ca01c;font-size:20pt;margin:0}
  .hdr{display:flex;justify-content:space-between;border-bottom:3px solid #2ca01c;padding-bottom:4mm} table.items{width:100%;border-collapse:collapse;margin-top:6mm}
  .items th{background:#eaf6e8;text-align:left;padding:5px;font-size:8.5pt;text-transform:uppercase} .items td{padding:5px;border-bottom:1px dotted #bbb}
  .r{text-align:right} .grand td{font-size:13pt;font-weight:bold;color:#2ca01c} .meta b{color:#6b6c72;font-weight:normal;margin-right:6px} .foot{margin-top:12mm;font-size:8.5pt}""",
 'sqlacc': """body{font-family:'DejaVu Serif',serif;font-size:9pt;margin:0} h1{text-align:center;font-size:15pt;border:1.5px solid #000;padding:2mm;margin:4mm 0}
  .co{text-align:center} .co .n{font-size:14pt;font-weight:bold} .hdr{display:flex;justify-content:space-between;border:1px solid #000;padding:2mm}
  table.items{width:100%;border-collapse:collapse;margin-top:3mm} .items th,.items td{border:1px solid #000;padding:3px} .items th{background:#ddd}
  .r{text-align:right} .grand td{font-weight:bold;font-size:10.5pt} .sig{display:flex;justify-content:space-between;margin-top:16mm} .sig div{border-top:1px solid #000;width:55mm;text-align:center;padding-top:2px}""",
 'myinvois': """body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;margin:0} h1{font-size:16pt;margin:0;color:#1d3f72}
  .hdr{display:flex;justify-content:space-between;align-items:flex-start} .box{border:1px solid #1d3f72;padding:2mm;margin-top:3mm;width:46%}
  .parties{display:flex;justify-content:space-between} table.items{width:100%;border-collapse:collapse;margin-top:4mm}
  .items th{background:#1d3f72;color:#fff;padding:4px;text-align:left} .items td{border-bottom:1px solid #ccd;padding:4px} .r{text-align:right}
  .grand td{font-weight:bold;font-size:11pt} .val{margin-top:6mm;border-top:1px dashed #999;padding-top:2mm;display:flex;gap:6mm;font-size:7.5pt}""",
 'cjk': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;margin:0} h1{text-align:center;font-size:20pt;letter-spacing:6px;color:#8b1a1a;margin:0 0 4mm}
  .hdr{display:flex;justify-content:space-between} table.items{width:100%;border-collapse:collapse;margin-top:4mm}
  .items th,.items td{border:1px solid #8b1a1a;padding:3px} .r{text-align:right} .grand td{font-weight:bold;font-size:11pt} .foot{margin-top:8mm}""",
}


def render_html(doc, style):
    w = W[doc['lang']]; reg = doc['region']; e = html.escape
    sup, buy = doc['supplier'], doc['buyer']
    m = lambda x: fmt_money(x, reg)
    rows = ''.join(f"<tr><td>{i+1}</td><td>{e(it['desc'])}</td><td class=r>{it['qty']}</td><td class=r>{fmt_num(it['unit'], reg)}</td><td class=r>{fmt_num(it['line'], reg)}</td></tr>"
                   for i, it in enumerate(doc['items']))
    tot = f"<tr><td colspan=4 class=r>{w['sub']}</td><td class=r>{m(doc['sub'])}</td></tr>"
    if doc['disc']: tot += f"<tr><td colspan=4 class=r>{w['disc']}</td><td class=r>-{m(doc['disc'])}</td></tr>"
    if doc['ship']: tot += f"<tr><td colspan=4 class=r>{w['ship']}</td><td class=r>{m(doc['ship'])}</td></tr>"
    if doc['tax_rate'] is not None:
        tot += f"<tr><td colspan=4 class=r>{e(doc['tax_label'])} {pct(doc['tax_rate'])}%</td><td class=r>{m(doc['tax'])}</td></tr>"
    tot += f"<tr class=grand><td colspan=4 class=r>{w['total']} ({doc['cur']})</td><td class=r>{m(doc['total'])}</td></tr>"
    idl = PROF[reg]['idlbl']
    head = f"<tr><th>#</th><th>{w['desc']}</th><th class=r>{w['qty']}</th><th class=r>{w['unit']}</th><th class=r>{w['amt']}</th></tr>"
    dt = fmt_date(doc['date'], reg)
    extra = ''
    if style == 'myinvois':
        uid = str(uuid.UUID(int=random.Random(doc['seed']).getrandbits(128))).upper().replace('-', '')[:26]
        extra = (f"<div class=val>{qr_svg('https://myinvois.hasil.gov.my.example/' + uid + '/share/' + doc['number'])}<div>"
                 f"<b>e-Invoice validated</b><br>Unique Identifier No.: {uid}<br>Validation date time: {dt} 10:{doc['seed']%60:02d}:07<br>"
                 f"e-Invoice version: 1.0 &nbsp; e-Invoice type: 01 - Invoice<br>Supplier MSIC: 46909 &nbsp; Classification: 022</div></div>")
    if style == 'sqlacc':
        body = (f"<div class=co><div class=n>{e(sup['name'])}</div>{e(sup['addr'])}<br>{idl}: {sup['taxid']} &nbsp; Tel: {sup['phone']}</div>"
                f"<h1>{e(title(doc))}</h1><div class=hdr><div><b>{w['bill']}:</b><br>{e(buy['name'])}<br>{e(buy['addr'])}<br>Tax ID: {buy['taxid']}</div>"
                f"<div>{w['no']}: <b>{doc['number']}</b><br>{w['date']}: {dt}<br>Terms: 30 Days<br>Agent: HQ</div></div>")
    else:
        body = (f"<div class=hdr><div><h1>{e(title(doc))}</h1><div class=meta><b>{w['bill']}:</b> {e(buy['name'])}<br>{e(buy['addr'])}<br>Tax ID {buy['taxid']}</div></div>"
                f"<div class=meta style='text-align:right'><b>{w['frm']}:</b> <strong>{e(sup['name'])}</strong><br>{e(sup['addr'])}<br>{idl}: {sup['taxid']}<br><br>"
                f"<b>{w['no']}:</b> {doc['number']}<br><b>{w['date']}:</b> {dt}<br><b>{w['due']}:</b> {fmt_date(doc['due'], reg)}</div></div>")
    foot = f"<div class=foot>{e(w['pay'])}<br>{e(w['thanks'])}</div>"
    if style == 'sqlacc': foot += "<div class=sig><div>Authorised Signature</div><div>Received By / Company Chop</div></div>"
    return (f"<!doctype html><html><head><meta charset=utf-8><style>@page{{size:A4;margin:14mm 14mm 16mm}} {CSS[style]}</style></head><body>"
            f"{body}<table class=items><thead>{head}</thead><tbody>{rows}</tbody><tfoot class=tot>{tot}</tfoot></table>{extra}{foot}</body></html>")


def weasy(htmltext, out):
    import weasyprint
    weasyprint.HTML(string=htmltext).write_pdf(out)


def chromium(htmltext, out):
    src = os.path.join(WORK, os.path.basename(out) + '.html')
    open(src, 'w', encoding='utf-8').write(htmltext)
    subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                    f'--print-to-pdf={out}', src], check=True, capture_output=True, timeout=120)


def build_html(fname, doc, style, engine, out_dir=FILES, do_label=True):
    out = os.path.join(out_dir, fname)
    h = render_html(doc, style)
    (weasy if engine == 'weasy' else chromium)(h, out)
    if do_label:
        return label(fname, doc, f'html_{style}_{engine}', pdf_pages(out))
    return out


PLAN = [  # (region, style, engine, doc_type, options)
 ('my', 'myinvois', 'weasy', 'invoice', {}), ('my', 'myinvois', 'weasy', 'invoice', dict(discount=True)),
 ('my', 'myinvois', 'chromium', 'invoice', dict(shipping=True)), ('my', 'sqlacc', 'weasy', 'invoice', {}),
 ('my', 'sqlacc', 'weasy', 'invoice', dict(with_tax=False)), ('my', 'sqlacc', 'chromium', 'invoice', dict(arith_error=True)),
 ('sg', 'xero', 'weasy', 'tax_invoice', {}), ('sg', 'xero', 'weasy', 'tax_invoice', dict(discount=True, shipping=True)),
 ('sg', 'qbo', 'chromium', 'tax_invoice', {}), ('sg', 'xero', 'chromium', 'credit_note', {}),
 ('au', 'xero', 'weasy', 'tax_invoice', {}), ('au', 'qbo', 'weasy', 'tax_invoice', dict(shipping=True)),
 ('au', 'xero', 'chromium', 'tax_invoice', dict(many=True)), ('au', 'qbo', 'weasy', 'tax_invoice', dict(arith_error=True)),
 ('us', 'qbo', 'weasy', 'invoice', {}), ('us', 'qbo', 'chromium', 'invoice', dict(with_tax=False, shipping=True)),
 ('us', 'xero', 'weasy', 'invoice', dict(discount=True)),
 ('th', 'sqlacc', 'weasy', 'tax_invoice', {}), ('th', 'xero', 'chromium', 'tax_invoice', {}),
 ('id', 'sqlacc', 'weasy', 'invoice', {}), ('id', 'qbo', 'weasy', 'invoice', dict(with_tax=False)),
 ('cn', 'cjk', 'weasy', 'tax_invoice', {}), ('cn', 'cjk', 'chromium', 'tax_invoice', dict(many=True)),
 ('cnx', 'xero', 'weasy', 'proforma', dict(with_tax=False)), ('cnx', 'qbo', 'weasy', 'invoice', dict(with_tax=False, shipping=True)),
 ('jp', 'cjk', 'weasy', 'invoice', {}), ('jp', 'cjk', 'chromium', 'invoice', dict(shipping=True)),
 ('de', 'xero', 'weasy', 'invoice', {}), ('fr', 'qbo', 'weasy', 'invoice', dict(discount=True)),
 ('it', 'sqlacc', 'chromium', 'invoice', {}), ('es', 'xero', 'weasy', 'invoice', {}), ('pl', 'sqlacc', 'weasy', 'invoice', {}),
 ('nl', 'qbo', 'weasy', 'invoice', dict(shipping=True)),
]


def run():
    recs = []
    for i, (reg, style, eng, dt, opt) in enumerate(PLAN):
        doc = make_doc(1000 + i, reg, dt, **opt)
        fn = f'g_html_{i:02d}_{reg}.pdf'
        recs.append(build_html(fn, doc, style, eng))
        print('ok', fn, flush=True)
    return recs

if __name__ == '__main__':
    run(); write_labels(RECORDS, os.path.join(WORK, 'part_html.jsonl'))
