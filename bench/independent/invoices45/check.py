"""Check labels.jsonl against files/ and print counts."""
import os, json, collections
B = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(x) for x in open(os.path.join(B, "labels.jsonl"), encoding="utf-8")]
missing = [l["file"] for l in L if not os.path.exists(os.path.join(B, "files", l["file"]))]
extra = sorted(set(os.listdir(os.path.join(B, "files"))) - {l["file"] for l in L})
keys = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total", "currency",
        "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
badkeys = [l["file"] for l in L if any(k not in l for k in keys)]
print("files in labels:", len(L), "| missing:", missing, "| unlabelled files:", extra, "| records lacking keys:", badkeys)
print("genuine:", sum(l["genuine"] for l in L), "edited:", sum(not l["genuine"] for l in L),
      "non-invoices:", sum(not l["is_invoice"] for l in L), "arithmetic_error:", sum(l["arithmetic_error"] for l in L),
      "edit_before_capture:", sum(l["edit_before_capture"] for l in L))
for k in ["producer", "language", "doc_type", "edit_method", "currency", "pages"]:
    print(f"\n-- {k}")
    for v, n in collections.Counter(str(l[k]) for l in L).most_common():
        print(f"  {n:4d}  {v}")
