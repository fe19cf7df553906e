import json, os, collections, sys
B = os.path.dirname(os.path.abspath(__file__))
labs = [json.loads(l) for l in open(os.path.join(B, 'labels.jsonl'))]
missing = [l['file'] for l in labs if not os.path.exists(os.path.join(B, 'files', l['file']))]
extra = set(os.listdir(os.path.join(B, 'files'))) - {l['file'] for l in labs}
print('labels', len(labs), 'missing', missing, 'unlabelled', sorted(extra))
print('genuine', sum(l['genuine'] for l in labs), 'edited', sum(not l['genuine'] for l in labs),
      'non-invoices', sum(not l['is_invoice'] for l in labs), 'arithmetic_error', sum(l['arithmetic_error'] for l in labs),
      'edit_before_capture', sum(l['edit_before_capture'] for l in labs))
for k in ('producer', 'language', 'doc_type', 'edit_method', 'currency', 'pages'):
    print(k + ':', dict(collections.Counter(str(l[k]) for l in labs).most_common()))
if '-v' in sys.argv:  # text-layer sanity: printed total found in digital PDFs
    import pypdfium2 as pdfium
    bad = 0
    for l in labs:
        if not l['file'].endswith('.pdf') or l['producer'].startswith('scan') or l['edit_method'] in ('overlay_whitebox_rasterized',) or l['total'] is None: continue
        t = ''.join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(os.path.join(B, 'files', l['file'])))
        t = t.replace('\u00a0', ' ').replace('\r', '').replace('\n', ' ')
        digits = l['total'].split('.')[0]
        if l['date'][:4] not in t: print('date?', l['file'])
        import re
        if not any(re.sub(r'\D', '', m) == re.sub(r'\D', '', l['total'].rstrip('0').rstrip('.') if False else l['total']) for m in re.findall(r'[\d][\d.,  ]*\d', t)):
            bad += 1; print('total not found', l['file'], l['total'], l['edit_method'])
    print('total-check failures', bad)
