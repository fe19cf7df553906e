import json, os, collections, sys
B = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(B, 'labels.jsonl'))]
missing = [r['file'] for r in L if not os.path.exists(os.path.join(B, 'files', r['file']))]
extra = set(os.listdir(os.path.join(B, 'files'))) - {r['file'] for r in L}
print('labels:', len(L), 'missing files:', missing, 'unlabelled files:', sorted(extra))
print('genuine:', sum(r['genuine'] for r in L), 'edited:', sum(not r['genuine'] for r in L), 'non-invoices:', sum(not r['is_invoice'] for r in L),
      'arithmetic_error:', sum(r['arithmetic_error'] for r in L), 'edit_before_capture:', sum(r['edit_before_capture'] for r in L))
for k in ['producer', 'language', 'doc_type', 'edit_method', 'currency']:
    c = collections.Counter(str(r[k]) for r in L); print(f'\n== {k} ({len(c)})'); [print(f'  {v:4d}  {n}') for n, v in c.most_common()]
