#!/work/main/.venv/bin/python
"""Final check: every labelled file exists, fields present, counts per producer/language/doc_type/edit_method."""
import json, os, collections
BASE = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(BASE, 'labels.jsonl'))]
KEYS = ['file', 'genuine', 'edit_method', 'what_changed', 'producer', 'language', 'is_invoice', 'doc_type', 'date', 'total', 'currency', 'supplier', 'buyer', 'pages', 'edit_before_capture', 'arithmetic_error']
missing = [l['file'] for l in L if not os.path.exists(os.path.join(BASE, 'files', l['file']))]
badkeys = [l['file'] for l in L if any(k not in l for k in KEYS)]
names = [l['file'] for l in L]
on_disk = set(os.listdir(os.path.join(BASE, 'files')))
print('labels:', len(L), '| files on disk:', len(on_disk), '| missing files:', missing, '| unlabelled files:', sorted(on_disk - set(names)))
print('duplicate names:', [n for n, c in collections.Counter(names).items() if c > 1], '| records missing keys:', badkeys)
print('genuine:', sum(l['genuine'] for l in L), 'edited:', sum(not l['genuine'] for l in L), 'arithmetic_error:', sum(l['arithmetic_error'] for l in L),
      'is_invoice false:', sum(not l['is_invoice'] for l in L), 'edit_before_capture:', sum(l['edit_before_capture'] for l in L), 'multi-page:', sum(l['pages'] > 1 for l in L))
for k in ['producer', 'language', 'doc_type', 'edit_method', 'currency']:
    print(f'\n{k}:'); [print(f'  {v!s:34} {c}') for v, c in collections.Counter(l[k] for l in L).most_common()]
print('\nwhat_changed:', dict(collections.Counter(w for l in L for w in l['what_changed'])))
