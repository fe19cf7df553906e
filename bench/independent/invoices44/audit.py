"""Text audit of vector PDFs: printed date/total/buyer strings must match the labels (genuine: present; edited: new present)."""
import os, json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pypdfium2 as pdfium
from common import *
bad = 0; n = 0
recs = {r['file']: r for r in read_parts()}
for f, r in sorted(recs.items()):
    if not f.endswith('.pdf') or r['producer'].startswith(('scan', 'phone', 'fax')) or r['edit_method'] in ('overlay_then_print_flatten',) or (r['edit_method'] or '').startswith('overlay_whitebox_then'):
        continue
    d = pdfium.PdfDocument(os.path.join(FILES, f)); txt = ''.join(p.get_textpage().get_text_range() for p in d)
    m = r['_meta']; prob = []
    want_total = fmt_num(D(r['total']), m['num'], m['nd']) if r['total'] else None
    dd = dt.date.fromisoformat(r['date']); want_date = fmt_date(dd, m['datefmt'])
    norm = lambda s: s.replace('\u202f', ' ').replace('\u00a0', ' ').replace('\r', '').replace('\n', ' ')
    T_ = norm(txt)
    if want_total and norm(want_total) not in T_: prob.append(f'total {want_total}')
    if norm(want_date) not in T_: prob.append(f'date {want_date}')
    if r['buyer'] and r['buyer'] not in txt.replace('\r\n', ' ').replace('\n', ' ') and r['doc_type'] not in ('other',): prob.append(f"buyer {r['buyer']}")
    n += 1
    if prob: bad += 1; print(f, r['producer'], r['edit_method'], prob)
print('audited', n, 'problems', bad)
