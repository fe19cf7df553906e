import json, os, collections
B = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(B, 'labels.jsonl'))]
missing = [l['file'] for l in L if not os.path.exists(os.path.join(B, 'files', l['file']))]
extra = set(os.listdir(os.path.join(B, 'files'))) - {l['file'] for l in L}
print(f"labels: {len(L)}  missing files: {len(missing)}  unlabelled files: {len(extra)}")
print(f"genuine: {sum(l['genuine'] for l in L)}  edited: {sum(not l['genuine'] for l in L)}  not-invoice: {sum(not l['is_invoice'] for l in L)}  "
      f"arithmetic_error: {sum(l['arithmetic_error'] for l in L)}  edit_before_capture: {sum(l['edit_before_capture'] for l in L)}")
for k in ('producer', 'language', 'doc_type', 'edit_method'):
    c = collections.Counter(str(l[k]) for l in L)
    print(f"\n{k}:"); [print(f"  {v:4d}  {n}") for n, v in c.most_common()]
