"""check.py - every labelled file exists, no unlabelled files, counts per producer / language / doc_type / edit_method"""
import os, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))

def main():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    files = set(os.listdir(os.path.join(HERE, "files")))
    names = [r["file"] for r in rows]
    missing = [n for n in names if n not in files]
    extra = sorted(files - set(names))
    dup = [n for n, c in collections.Counter(names).items() if c > 1]
    keys = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total", "currency",
            "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
    badkeys = [r["file"] for r in rows if any(k not in r for k in keys)]
    print(f"labels: {len(rows)}  files: {len(files)}  missing: {missing}  unlabelled: {extra}  duplicates: {dup}  incomplete: {badkeys}")
    print("genuine:", sum(r["genuine"] for r in rows), " edited:", sum(not r["genuine"] for r in rows),
          " non-invoices:", sum(not r["is_invoice"] for r in rows), " arithmetic_error:", sum(r["arithmetic_error"] for r in rows),
          " edit_before_capture:", sum(r["edit_before_capture"] for r in rows))
    for k in ("producer", "language", "doc_type", "edit_method", "currency"):
        c = collections.Counter(str(r[k]) for r in rows)
        print(f"\n{k}:"); [print(f"  {v:4d}  {n}") for n, v in c.most_common()]
    return not missing

if __name__ == "__main__":
    main()
