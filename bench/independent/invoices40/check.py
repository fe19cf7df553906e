"""Short check: every labelled file exists, no unlabelled files, counts per field."""
import os, json, collections
from common import BASE, FILES


def main():
    recs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    missing = [r["file"] for r in recs if not os.path.exists(os.path.join(FILES, r["file"]))]
    unlabelled = sorted(set(os.listdir(FILES)) - {r["file"] for r in recs})
    dup = [f for f, c in collections.Counter(r["file"] for r in recs).items() if c > 1]
    keys = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
            "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]
    badkeys = [r["file"] for r in recs if any(k not in r for k in keys)]
    print(f"files labelled: {len(recs)}  missing: {len(missing)} {missing[:5]}  unlabelled: {len(unlabelled)} {unlabelled[:5]}  dup: {dup}  bad keys: {badkeys[:5]}")
    print("genuine:", sum(r["genuine"] for r in recs), " edited:", sum(not r["genuine"] for r in recs),
          " is_invoice false:", sum(not r["is_invoice"] for r in recs), " arithmetic_error:", sum(r["arithmetic_error"] for r in recs),
          " edit_before_capture:", sum(r["edit_before_capture"] for r in recs),
          " multi-page:", sum((r["pages"] or 1) > 1 for r in recs))
    for field in ("producer", "language", "doc_type", "edit_method", "currency"):
        c = collections.Counter(str(r[field]) for r in recs)
        print(f"\n-- {field} ({len(c)})")
        for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])):
            print(f"  {v:4d}  {k}")
    ext = collections.Counter(os.path.splitext(r["file"])[1] for r in recs)
    print("\n-- extension", dict(ext))
    return not missing and not unlabelled


if __name__ == "__main__":
    main()
