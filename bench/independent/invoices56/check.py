"""Check that every labelled file exists and print counts."""
import os, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
missing = [l["file"] for l in L if not os.path.exists(os.path.join(HERE, "files", l["file"]))]
unlabelled = sorted(set(os.listdir(os.path.join(HERE, "files"))) - {l["file"] for l in L})
print(f"labels: {len(L)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(unlabelled)} {unlabelled[:5]}")
keys = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total", "currency",
        "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
bad = [l["file"] for l in L if any(k not in l for k in keys)]
print("rows missing keys:", bad)
print("genuine:", sum(l["genuine"] for l in L), " edited:", sum(not l["genuine"] for l in L),
      " non-invoices:", sum(not l["is_invoice"] for l in L), " arithmetic_error:", sum(l["arithmetic_error"] for l in L),
      " edit_before_capture:", sum(l["edit_before_capture"] for l in L))
for k in ["producer", "language", "doc_type", "edit_method", "currency", "pages"]:
    c = collections.Counter(str(l[k]) for l in L)
    print(f"\n{k}:"); [print(f"  {v:4d}  {n}") for n, v in c.most_common()]
c = collections.Counter(x for l in L for x in l["what_changed"])
print("\nwhat_changed:", dict(c))
