"""Part 2: ReportLab classic invoices, thermal receipts, fpdf2 invoices."""
import os, random
from common import make_doc, label, LabelSink, FILES, pdf_pages
import render_pdf

PLAN = [
 ('rl_classic', 'CA-ON', {}), ('rl_classic', 'CA-ON', dict(shipping=35)), ('rl_classic', 'CA-BC', {}), ('rl_classic', 'US-NY', dict(discount=0.1)),
 ('rl_classic', 'US-OR', {}), ('rl_classic', 'CN-EN', dict(money_style='code', shipping=180)), ('rl_classic', 'IN', dict(doc_type='tax_invoice')),
 ('rl_classic', 'DE', dict(n_lines=45)), ('rl_classic', 'FR', {}), ('rl_classic', 'CA-QC', dict(arith_err='line')), ('rl_classic', 'JP', {}),
 ('rl_classic', 'ES', {}), ('rl_classic', 'CA-AB', dict(n_lines=40, shipping=120)), ('rl_classic', 'CN-EN', dict(money_style='code')),
 ('rl_thermal', 'CA-ON', dict(doc_type='receipt', n_lines=6)), ('rl_thermal', 'CA-ON', dict(doc_type='receipt', n_lines=12)),
 ('rl_thermal', 'CA-BC', dict(doc_type='receipt', n_lines=4)), ('rl_thermal', 'CA-QC', dict(doc_type='receipt', n_lines=5)),
 ('rl_thermal', 'US-TX', dict(doc_type='receipt', n_lines=8, discount=0.05)), ('rl_thermal', 'CA-AB', dict(doc_type='receipt', n_lines=3, arith_err='total')),
 ('rl_thermal', 'US-NY', dict(doc_type='receipt', n_lines=7)), ('rl_thermal', 'CA-ON', dict(doc_type='receipt', n_lines=20)),
 ('fpdf', 'CA-ON', {}), ('fpdf', 'US-TX', {}), ('fpdf', 'IT', dict(shipping=18)), ('fpdf', 'NL', {}), ('fpdf', 'PL', dict(discount=0.05)),
 ('fpdf', 'CA-QC', {}), ('fpdf', 'IN', {}), ('fpdf', 'CN', {}), ('fpdf', 'US-OR', dict(n_lines=35)), ('fpdf', 'DE', dict(arith_err='tax')),
 # non-invoices
 ('rl_classic', 'CN-EN', dict(doc_type='packing_list', with_prices=False, n_lines=6)),
 ('fpdf', 'CA-ON', dict(doc_type='purchase_order')),
 ('rl_classic', 'US-TX', dict(doc_type='quotation')),
]


def run():
    rng = random.Random(4102)
    sink = LabelSink('pdf')
    for i, (prod, prof, opt) in enumerate(PLAN):
        doc = make_doc(rng, prof, **opt)
        name = f"p{i:02d}_{prod}_{prof.lower()}.pdf"
        out = os.path.join(FILES, name)
        if prod == 'rl_classic':
            render_pdf.rl_classic(doc, out, rng, accent=rng.choice([(0.1, 0.2, 0.45), (0.45, 0.1, 0.1), (0.15, 0.35, 0.2), (0.2, 0.2, 0.2)]))
        elif prod == 'rl_thermal':
            render_pdf.rl_thermal(doc, out, rng)
        else:
            render_pdf.fpdf_simple(doc, out, rng)
        producer = {'rl_classic': 'reportlab_classic', 'rl_thermal': 'reportlab_thermal_receipt', 'fpdf': 'fpdf2_simple'}[prod]
        sink.add(label(name, doc, producer, pdf_pages(out)), doc=doc, src=out)
        print(name, flush=True)
    sink.close()


if __name__ == '__main__':
    run()
