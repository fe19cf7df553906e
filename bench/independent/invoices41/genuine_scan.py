"""Part 4: scans from a home printer, faxes turned into PDF, phone photos (incl. crumpled receipts)."""
import os, random, datetime
import numpy as np
from common import make_doc, label, LabelSink, FILES, TMP
import render_html, render_pdf, capture

SRC = os.path.join(TMP, 'scan_src'); os.makedirs(SRC, exist_ok=True)

# (capture, output fmt, source producer, profile, options)
PLAN = [
 ('scan', 'jpg', 'rl_classic', 'CA-ON', {}), ('scan', 'jpg', 'html:qb', 'CA-ON', dict(discount=0.05)), ('scan', 'jpg', 'html:euro', 'DE', {}),
 ('scan', 'jpg', 'html:fapiao', 'CN', dict(doc_type='tax_invoice')), ('scan', 'jpg', 'html:seikyu', 'JP', {}), ('scan', 'jpg', 'html:cfdi', 'MX', {}),
 ('scan', 'png', 'fpdf', 'US-TX', {}), ('scan', 'png', 'rl_classic', 'IN', dict(doc_type='tax_invoice')),
 ('scan', 'pdf', 'html:wave', 'CA-QC', dict(n_lines=30)), ('scan', 'pdf', 'rl_classic', 'CN-EN', dict(money_style='code')),
 ('scan', 'pdf', 'html:xero', 'CA-BC', {}), ('scan', 'pdf', 'html:euro', 'FR', dict(shipping=20)),
 ('fax', 'pdf', 'rl_classic', 'CA-ON', {}), ('fax', 'pdf', 'html:qb', 'US-NY', {}), ('fax', 'pdf', 'fpdf', 'CA-QC', {}), ('fax', 'pdf', 'html:customs', 'CA-ON', {}),
 ('photo', 'jpg', 'rl_thermal', 'CA-ON', dict(doc_type='receipt', n_lines=5)), ('photo', 'jpg', 'rl_thermal', 'CA-ON', dict(doc_type='receipt', n_lines=9)),
 ('photo', 'jpg', 'rl_thermal', 'CA-BC', dict(doc_type='receipt', n_lines=3)), ('photo', 'jpg', 'rl_thermal', 'US-TX', dict(doc_type='receipt', n_lines=6)),
 ('photo', 'jpg', 'html:fresh', 'CA-ON', {}), ('photo', 'jpg', 'rl_classic', 'CA-AB', {}), ('photo', 'jpg', 'html:euro', 'IT', {}),
 ('photo', 'jpg', 'rl_thermal', 'CA-QC', dict(doc_type='receipt', n_lines=4)),
 # non-invoices
 ('photo', 'jpg', 'fpdf', 'CA-ON', dict(doc_type='delivery_note', with_prices=False)),
 ('scan', 'pdf', 'rl_classic', 'CN-EN', dict(doc_type='packing_list', with_prices=False)),
 ('fax', 'pdf', 'fpdf', 'CA-ON', dict(doc_type='purchase_order')),
]


def render_source(prod, doc, out, rng):
    if prod.startswith('html:'):
        render_html.render(doc, prod[5:], out, 'weasy', rng)
    elif prod == 'rl_classic':
        render_pdf.rl_classic(doc, out, rng)
    elif prod == 'rl_thermal':
        render_pdf.rl_thermal(doc, out, rng)
    else:
        render_pdf.fpdf_simple(doc, out, rng)


def capture_doc(kind, fmt, src, out, rng, doc, crumple=False):
    """Returns (pages, transform dict)."""
    if kind == 'scan':
        scale = rng.choice([150, 200]) / 72
        imgs = capture.render(src, scale, None if fmt == 'pdf' else [0])
        gray = rng.random() < 0.6
        res = [capture.scan_page(im, rng, gray) for im in imgs]
        q = rng.randint(50, 80); dpi = round(scale * 72)
    elif kind == 'fax':
        scale = 200 / 72
        imgs = capture.render(src, scale)
        d = datetime.date.fromisoformat(doc['date']) + datetime.timedelta(days=rng.randint(0, 3))
        res = [capture.fax_page(im, rng, f"{d.strftime('%b-%d-%Y').upper()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  FROM:{rng.randint(200, 999)} {rng.randint(200, 999)} {rng.randint(1000, 9999)}   P.{i + 1}/{len(imgs)}")
               for i, im in enumerate(imgs)]
        q = 0; dpi = 200
    else:
        scale = (110 if not crumple else 160) / 72
        imgs = capture.render(src, scale, [0])
        res = [capture.photo_page(imgs[0], rng, crumple)]
        q = rng.randint(70, 88); dpi = 72
    pages = [p for p, _ in res]
    capture.save_images(pages, out, fmt, q, dpi)
    return pages, dict(kind=kind, scale=scale, H=[np.asarray(h).tolist() for _, h in res], fmt=fmt, quality=q, dpi=dpi)


def run():
    rng = random.Random(4104)
    sink = LabelSink('scan')
    for i, (kind, fmt, prod, prof, opt) in enumerate(PLAN):
        doc = make_doc(rng, prof, **opt)
        src = os.path.join(SRC, f"s{i:02d}.pdf")
        render_source(prod, doc, src, rng)
        name = f"s{i:02d}_{kind}_{prof.lower()}.{fmt}"
        pages, tr = capture_doc(kind, fmt, src, os.path.join(FILES, name), rng, doc, crumple=(prod == 'rl_thermal'))
        tr['source_producer'] = prod
        producer = {'scan': 'home_scan', 'fax': 'fax_to_pdf', 'photo': 'phone_photo'}[kind] + '_' + fmt + '(' + prod.replace('html:', 'weasy_') + ')'
        sink.add(label(name, doc, producer, len(pages)), doc=doc, src=src, transform=tr)
        print(name, flush=True)
    sink.close()


if __name__ == '__main__':
    run()
