"""Sanity check of labels.jsonl against files/."""
import os, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))

def run():
    rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl")) if l.strip()]
    files = set(os.listdir(os.path.join(HERE, "files")))
    missing = [r["file"] for r in rows if r["file"] not in files]
    unlabeled = sorted(files - {r["file"] for r in rows})
    keys = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
            "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
    badkeys = [r["file"] for r in rows if any(k not in r for k in keys)]
    dup = [f for f, c in collections.Counter(r["file"] for r in rows).items() if c > 1]
    print("files labelled: %d   missing on disk: %d   unlabelled files: %d   rows missing keys: %d   duplicates: %d"
          % (len(rows), len(missing), len(unlabeled), len(badkeys), len(dup)))
    for m in missing: print("  MISSING", m)
    for u in unlabeled: print("  UNLABELLED", u)
    print("genuine: %d  edited: %d  is_invoice: %d  not invoice: %d  arithmetic_error: %d  edit_before_capture: %d" % (
        sum(r["genuine"] for r in rows), sum(not r["genuine"] for r in rows), sum(r["is_invoice"] for r in rows),
        sum(not r["is_invoice"] for r in rows), sum(r["arithmetic_error"] for r in rows), sum(r["edit_before_capture"] for r in rows)))
    for key in ["producer", "language", "doc_type", "edit_method", "currency"]:
        c = collections.Counter(str(r[key]) for r in rows)
        print("\n-- %s" % key)
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])): print("  %-45s %d" % (k, v))
    return not missing and not badkeys and not dup

if __name__ == "__main__":
    run()
