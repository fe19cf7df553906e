"""Check that every labelled file exists and print counts."""
import os, json
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))


def main():
    recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"))]
    files = set(os.listdir(os.path.join(BASE, "files")))
    missing = [r["file"] for r in recs if r["file"] not in files]
    unlabelled = sorted(files - {r["file"] for r in recs})
    need = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total",
            "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
    bad = [r["file"] for r in recs if any(k not in r for k in need)]
    print(f"records {len(recs)}  files {len(files)}  missing {len(missing)}  unlabelled {len(unlabelled)}  incomplete {len(bad)}")
    if missing: print("MISSING:", missing)
    if unlabelled: print("UNLABELLED:", unlabelled)
    print("genuine:", sum(r["genuine"] for r in recs), " edited:", sum(not r["genuine"] for r in recs),
          " non-invoices:", sum(not r["is_invoice"] for r in recs), " arithmetic_error:", sum(r["arithmetic_error"] for r in recs),
          " edit_before_capture:", sum(r["edit_before_capture"] for r in recs))
    for key in ("producer", "language", "doc_type", "edit_method", "currency"):
        c = Counter(str(r[key]) for r in recs)
        print(f"\n{key}:")
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {v:4d}  {k}")
    return not missing


if __name__ == "__main__":
    main()
