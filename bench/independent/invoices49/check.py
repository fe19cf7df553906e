import os, json
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8") if l.strip()]
    missing = [r["file"] for r in recs if not os.path.exists(os.path.join(HERE, "files", r["file"]))]
    on_disk = set(os.listdir(os.path.join(HERE, "files")))
    unlabelled = on_disk - {r["file"] for r in recs}
    dup = [f for f, c in Counter(r["file"] for r in recs).items() if c > 1]
    print(f"labels: {len(recs)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(unlabelled)}  duplicates: {dup}")
    print("genuine:", sum(r["genuine"] for r in recs), " edited:", sum(not r["genuine"] for r in recs),
          " non-invoice:", sum(not r["is_invoice"] for r in recs), " arithmetic_error:", sum(r["arithmetic_error"] for r in recs),
          " edit_before_capture:", sum(r["edit_before_capture"] for r in recs))
    for key in ("producer", "language", "doc_type", "edit_method", "currency"):
        print(f"\n{key}:")
        for k, v in sorted(Counter(str(r[key]) for r in recs).items(), key=lambda x: -x[1]): print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    main()
