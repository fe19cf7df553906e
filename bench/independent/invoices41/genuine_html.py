"""Part 1: accounting-software-style HTML invoices -> WeasyPrint / Chromium PDFs."""
import os, random
from decimal import Decimal as D
from common import make_doc, label, LabelSink, FILES, pdf_pages, q
import render_html

# (style, profile, engine, options)
PLAN = [
 ('qb', 'CA-ON', 'weasy', {}), ('qb', 'CA-ON', 'weasy', dict(discount=0.05)), ('qb', 'CA-BC', 'weasy', dict(shipping=45)),
 ('qb', 'US-NY', 'weasy', {}), ('qb', 'CA-AB', 'chromium', dict(n_lines=28)), ('qb', 'CA-ON', 'weasy', dict(arith_err='tax')),
 ('xero', 'CA-ON', 'weasy', dict(doc_type='tax_invoice')), ('xero', 'US-TX', 'weasy', dict(shipping=80)), ('xero', 'NL', 'weasy', {}),
 ('xero', 'CA-QC', 'chromium', {}), ('xero', 'CN-EN', 'weasy', dict(shipping=260, money_style='code')), ('xero', 'IN', 'weasy', dict(doc_type='tax_invoice')),
 ('wave', 'CA-ON', 'weasy', {}), ('wave', 'CA-AB', 'weasy', dict(discount=0.1)), ('wave', 'US-OR', 'chromium', dict(money_style='code')),
 ('wave', 'CA-QC', 'weasy', dict(shipping=30)), ('wave', 'US-NY', 'weasy', dict(arith_err='line')),
 ('fresh', 'CA-ON', 'weasy', {}), ('fresh', 'CA-BC', 'chromium', {}), ('fresh', 'US-TX', 'weasy', dict(discount=0.08)),
 ('fresh', 'CA-QC', 'weasy', {}), ('fresh', 'PL', 'weasy', {}),
 ('euro', 'DE', 'weasy', {}), ('euro', 'DE', 'chromium', dict(n_lines=30, discount=0.03)), ('euro', 'FR', 'weasy', dict(shipping=25)),
 ('euro', 'IT', 'weasy', {}), ('euro', 'ES', 'weasy', dict(arith_err='total')), ('euro', 'NL', 'weasy', dict(shipping=15)), ('euro', 'PL', 'chromium', {}),
 ('cfdi', 'MX', 'weasy', {}), ('cfdi', 'MX', 'weasy', dict(shipping=40)), ('cfdi', 'MX', 'chromium', dict(discount=0.05)), ('cfdi', 'MX', 'weasy', {}),
 ('fapiao', 'CN', 'weasy', dict(doc_type='tax_invoice')), ('fapiao', 'CN', 'weasy', dict(doc_type='tax_invoice')), ('fapiao', 'CN', 'weasy', dict(doc_type='tax_invoice', arith_err='sum')),
 ('seikyu', 'JP', 'weasy', {}), ('seikyu', 'JP', 'weasy', dict(shipping=12)), ('seikyu', 'JP', 'chromium', dict(doc_type='tax_invoice')),
 ('customs', 'CA-ON', 'weasy', {}), ('customs', 'CA-ON', 'weasy', {}), ('customs', 'CA-QC', 'weasy', {}),
 # credit note + non-invoices
 ('xero', 'CA-ON', 'weasy', dict(doc_type='credit_note', n_lines=2)),
 ('qb', 'CA-ON', 'weasy', dict(doc_type='quotation')), ('xero', 'CN-EN', 'weasy', dict(doc_type='proforma', money_style='code')),
 ('euro', 'DE', 'weasy', dict(doc_type='delivery_note', with_prices=False)),
]

BROKER_NAMES = ['Lakeshore Customs Brokers Inc.', 'Pearson Gateway Customs Services Ltd.', 'Courtage Douanier Rive-Nord inc.']


def customs_doc(rng, prof, i):
    """Customs broker invoice: brokerage, duty, GST on imports, disbursements."""
    doc = make_doc(rng, prof, n_lines=1)
    doc['supplier']['name'] = BROKER_NAMES[i % 3]
    val = D(rng.randint(4000, 40000))
    duty = q(val * D('0.065')); gst = q((val + duty) * D('0.05'))
    fee = D(rng.choice(['89.00', '125.00', '149.50'])); misc = D(rng.choice(['12.50', '25.00', '0']))
    lines = [('Brokerage fee – commercial release (B3)', fee), ('Customs duty (disbursement) – HS 3924.10', duty),
             ('GST on imports 5% (disbursement)', gst)]
    if misc: lines.append(('CARM / EDI transmission fee', misc))
    doc['lines'] = [dict(desc=d, sku='', qty=1, unit=a, amount=a) for d, a in lines]
    doc['subtotal'] = sum(a for _, a in lines)
    tax = q((fee + misc) * D('0.13')) if prof == 'CA-ON' else q((fee + misc) * D('0.14975'))
    doc['taxes'] = [('HST 13% on broker services' if prof == 'CA-ON' else 'TPS/TVQ sur honoraires', tax)]
    doc['total'] = doc['subtotal'] + tax
    return doc


def run():
    rng = random.Random(4101)
    sink = LabelSink('html')
    for i, (style, prof, engine, opt) in enumerate(PLAN):
        if style == 'customs':
            doc = customs_doc(rng, prof, i)
        else:
            doc = make_doc(rng, prof, **opt)
        if doc['doc_type'] == 'purchase_order' or doc['doc_type'] == 'quotation':
            pass
        name = f"h{i:02d}_{style}_{prof.lower()}.pdf"
        out = os.path.join(FILES, name)
        render_html.render(doc, style, out, engine, rng, name=name[:-4])
        prod = ('weasyprint_' if engine == 'weasy' else 'chromium_') + style
        sink.add(label(name, doc, prod, pdf_pages(out)), doc=doc, src=out)
        print(name, flush=True)
    sink.close()


if __name__ == '__main__':
    run()
