import json, os, collections
B = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(B, 'labels.jsonl'))]
missing = [l['file'] for l in L if not os.path.exists(os.path.join(B, 'files', l['file']))]
extra = set(os.listdir(os.path.join(B, 'files'))) - {l['file'] for l in L}
print(f'labels: {len(L)}  missing files: {len(missing)}  unlabelled files: {len(extra)}')
print('genuine:', sum(l['genuine'] for l in L), ' edited:', sum(not l['genuine'] for l in L),
      ' is_invoice false:', sum(not l['is_invoice'] for l in L), ' arithmetic_error:', sum(l['arithmetic_error'] for l in L),
      ' edit_before_capture:', sum(l['edit_before_capture'] for l in L))
fam = lambda p: p.split('<-')[0] if '<-' in p else p.split(':')[0]
for key, f in [('producer', lambda l: l['producer']), ('producer family', lambda l: fam(l['producer'])), ('language', lambda l: l['language']),
               ('doc_type', lambda l: l['doc_type']), ('edit_method', lambda l: l['edit_method']), ('what_changed', None)]:
    if f: c = collections.Counter(f(l) for l in L)
    else: c = collections.Counter(x for l in L for x in l['what_changed'])
    print(f'\n{key}:'); [print(f'  {k}: {v}') for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))]
