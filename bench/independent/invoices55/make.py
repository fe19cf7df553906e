"""Build the invoices55 test set: genuine files part by part, then edited copies, then labels.jsonl.
Each part writes parts/<name>.jsonl when it finishes and is skipped on a re-run if its files exist."""
import os, sys, json, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import common
import genuine_html, genuine_rl, genuine_office, scans, edits

FIELDS = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type",
          "date", "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]


def main():
    for mod in (genuine_html, genuine_rl, genuine_office, scans, edits):
        print("part", mod.__name__, flush=True)
        mod.run()
    labs = common.read_parts()
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labs:
            row = {k: l.get(k) for k in FIELDS}
            if l.get("edited_from"):
                row["edited_from"] = l["edited_from"]
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    check()


def check():
    labs = [json.loads(x) for x in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(HERE, "files", l["file"]))]
    on_disk = set(os.listdir(os.path.join(HERE, "files")))
    extra = on_disk - {l["file"] for l in labs}
    print(f"\nlabels: {len(labs)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(extra)} {sorted(extra)[:5]}")
    print("genuine:", sum(l["genuine"] for l in labs), " edited:", sum(not l["genuine"] for l in labs),
          " not invoices:", sum(not l["is_invoice"] for l in labs), " arithmetic_error:", sum(l["arithmetic_error"] for l in labs),
          " edit_before_capture:", sum(l["edit_before_capture"] for l in labs))
    for key in ("producer", "language", "doc_type", "edit_method"):
        c = collections.Counter(str(l[key]) for l in labs)
        print(f"\n{key}:")
        for k, v in sorted(c.items(), key=lambda x: -x[1]):
            print(f"  {v:4d}  {k}")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
