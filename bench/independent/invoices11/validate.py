# sanity check: labelled total/date/buyer of text PDFs appear in the PDF text layer
import json, re, sys, pypdfium2 as p
from decimal import Decimal
recs = [json.loads(l) for l in open('labels.jsonl', encoding='utf-8')]
bad = 0; checked = 0
def digits(s): return re.sub(r'[^0-9]', '', s)
for r in recs:
    f = 'files/' + r['file']
    if not f.endswith('.pdf') or r['producer'].startswith(('scan', 'fax', 'phone')) or 'rasterized' in (r['edit_method'] or ''): continue
    d = p.PdfDocument(f); txt = '\n'.join(pg.get_textpage().get_text_range() for pg in d); d.close()
    dt = digits(txt.replace('\n', ' '))
    probs = []
    if r['total']:
        t = Decimal(r['total']); want = digits(f"{t:.0f}" if r['currency'] == 'JPY' else f"{t:.2f}")
        if want not in dt: probs.append('total ' + r['total'])
    if r['buyer'] and r['buyer'] not in txt and r['doc_type'] not in ('receipt',): probs.append('buyer ' + r['buyer'])
    y, m, dd = r['date'].split('-')
    if not any(x in txt for x in [f'{dd}.{m}.{y}', f'{dd}/{m}/{y}', f'{m}/{dd}/{y}', f'{dd}-{m}-{y}', f'{y}/{m}/{dd}', f'{y}-{m}-{dd}', f'{y}年{int(m)}月{int(dd)}日', f'{y}年{m}月{dd}日', f'{int(dd)}. ', f' {int(dd)}, {y}', f'{int(dd)} ']): probs.append('date ' + r['date'])
    checked += 1
    if probs: bad += 1; print(r['file'], r.get('internal_id'), r['producer'], r['edit_method'], probs)
print('checked', checked, 'problems', bad)
