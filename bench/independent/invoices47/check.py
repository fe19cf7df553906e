"""Checks labels.jsonl against files/ and prints counts."""
import os, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total", "currency",
        "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]

def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"))]
    files = set(os.listdir(os.path.join(HERE, "files")))
    missing = [r["file"] for r in recs if r["file"] not in files]
    unlabelled = files - {r["file"] for r in recs}
    badkeys = [r["file"] for r in recs if any(k not in r for k in KEYS)]
    print(f"records: {len(recs)}  files on disk: {len(files)}  missing: {missing}  unlabelled: {sorted(unlabelled)}  records lacking keys: {badkeys}")
    print(f"genuine: {sum(r['genuine'] for r in recs)}  edited: {sum(not r['genuine'] for r in recs)}  "
          f"edit_before_capture: {sum(r['edit_before_capture'] for r in recs)}  arithmetic_error: {sum(r['arithmetic_error'] for r in recs)}  "
          f"not invoices: {sum(not r['is_invoice'] for r in recs)}")
    for key in ("producer", "language", "doc_type", "edit_method", "currency", "pages"):
        c = collections.Counter(str(r[key]) for r in recs)
        print(f"\n== {key} ({len(c)})"); [print(f"  {v:4d}  {k}") for k, v in c.most_common()]

if __name__ == "__main__":
    main()
