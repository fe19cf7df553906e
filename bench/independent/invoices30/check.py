import json, os, collections
L = [json.loads(l) for l in open('labels.jsonl')]
missing = [x['file'] for x in L if not os.path.exists(os.path.join('files', x['file']))]
extra = set(os.listdir('files')) - {x['file'] for x in L}
print(f"labels: {len(L)}  files on disk: {len(os.listdir('files'))}  missing: {len(missing)}  unlabelled: {len(extra)}")
print("genuine:", sum(x['genuine'] for x in L), " edited:", sum(not x['genuine'] for x in L),
      " arithmetic_error:", sum(x['arithmetic_error'] for x in L), " is_invoice false:", sum(not x['is_invoice'] for x in L),
      " edit_before_capture:", sum(x['edit_before_capture'] for x in L))
for k in ('producer', 'language', 'doc_type', 'edit_method'):
    c = collections.Counter(str(x[k]) for x in L)
    print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in c.most_common()))
