import json, re, os, sys
import pypdfium2 as pdfium
labs = [json.loads(l) for l in open('labels.jsonl')]
bad = 0
for l in labs:
    f = 'files/' + l['file']
    if not f.endswith('.pdf') or l['edit_method'] in ('overlay_rasterized', 'edit_before_scan') or l['producer'].startswith('scan'): continue
    d = pdfium.PdfDocument(f); txt = ''.join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    flat = re.sub(r"[\s.,'’\u00a0\u202f]", '', txt)
    probs = []
    if l['total']:
        t = l['total'].replace('.', '')
        if t not in flat: probs.append('total ' + l['total'])
    if l['buyer'] and l['buyer'] not in txt.replace('\r\n', '\n').replace('\n', ' ') and re.sub(r'\s', '', l['buyer']) not in re.sub(r'\s', '', txt): probs.append('buyer ' + l['buyer'])
    if l['supplier'] and re.sub(r'\s', '', l['supplier']) not in re.sub(r'\s', '', txt): probs.append('supplier ' + l['supplier'])
    if probs: bad += 1; print(l['file'], l['producer'], l['edit_method'], l['language'], probs)
print('bad', bad)
