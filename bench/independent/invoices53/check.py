import os, json, collections
B = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(B, 'labels.jsonl'), encoding='utf-8')]
missing = [r['file'] for r in recs if not os.path.exists(os.path.join(B, 'files', r['file']))]
extra = set(os.listdir(os.path.join(B, 'files'))) - {r['file'] for r in recs}
print('records', len(recs), 'missing', missing, 'unlabelled', sorted(extra))
need = ['file', 'genuine', 'edit_method', 'what_changed', 'producer', 'language', 'is_invoice', 'doc_type', 'date', 'total', 'currency',
        'supplier', 'buyer', 'pages', 'edit_before_capture', 'arithmetic_error']
print('records lacking keys', [r['file'] for r in recs if any(k not in r for k in need)])
print('genuine', sum(r['genuine'] for r in recs), 'edited', sum(not r['genuine'] for r in recs),
      'non-invoice', sum(not r['is_invoice'] for r in recs), 'arithmetic_error', sum(r['arithmetic_error'] for r in recs),
      'edit_before_capture', sum(r['edit_before_capture'] for r in recs))
for k in ['producer', 'language', 'doc_type', 'edit_method', 'currency']:
    print(f'\n== {k}')
    for v, n in collections.Counter(str(r[k]) for r in recs).most_common(): print(f'  {v:45s} {n}')
