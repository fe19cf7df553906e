import json, os, collections
root = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(root, "labels.jsonl"))]
missing = [r["file"] for r in L if not os.path.exists(os.path.join(root, "files", r["file"]))]
extra = set(os.listdir(os.path.join(root, "files"))) - {r["file"] for r in L}
print(f"labels: {len(L)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(extra)}")
print(f"genuine: {sum(r['genuine'] for r in L)}  edited: {sum(not r['genuine'] for r in L)}  "
      f"is_invoice: {sum(r['is_invoice'] for r in L)}  arithmetic_error: {sum(r['arithmetic_error'] for r in L)}  "
      f"edit_before_capture: {sum(r['edit_before_capture'] for r in L)}")
for k in ("producer", "language", "doc_type", "edit_method"):
    c = collections.Counter(str(r[k]) for r in L)
    print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(c.items(), key=lambda x: -x[1])))
