"""Build the invoice test set: genuine parts first, then edited copies, then labels.jsonl and a check.
Usage: python make.py            (all parts)
       python make.py edits      (re-run one part; the others' labels in parts/ are kept)"""
import os, sys, json, random, shutil, glob
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import common

PARTS = [("genuine_rl", 11), ("genuine_html", 22), ("genuine_office", 33), ("genuine_scan", 44), ("edits", 55)]


def merge_and_check():
    labs = []
    for name, _ in PARTS:
        p = os.path.join(common.PARTS, name + ".jsonl")
        if os.path.exists(p):
            labs += [json.loads(x) for x in open(p, encoding="utf-8")]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labs:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(common.FILES, l["file"]))]
    unlabelled = set(os.listdir(common.FILES)) - {l["file"] for l in labs}
    names = [l["file"] for l in labs]
    print(f"labels: {len(labs)}  files on disk: {len(os.listdir(common.FILES))}  missing: {missing}  unlabelled: {sorted(unlabelled)}  duplicates: {len(names)-len(set(names))}")
    print(f"genuine: {sum(l['genuine'] for l in labs)}  edited: {sum(not l['genuine'] for l in labs)}  "
          f"non-invoices: {sum(not l['is_invoice'] for l in labs)}  arithmetic_error: {sum(l['arithmetic_error'] for l in labs)}  "
          f"edit_before_capture: {sum(l['edit_before_capture'] for l in labs)}")
    for key in ("producer", "language", "doc_type", "edit_method", "currency"):
        print(f"\n{key}:")
        for k, v in sorted(Counter(str(l[key]) for l in labs).items(), key=lambda kv: -kv[1]):
            print(f"  {v:4d}  {k}")
    return labs


if __name__ == "__main__":
    only = sys.argv[1:]
    if not only:
        shutil.rmtree(common.FILES, ignore_errors=True); os.makedirs(common.FILES)
        for p in glob.glob(os.path.join(common.PARTS, "*.jsonl")):
            os.remove(p)
    for name, seed in PARTS:
        if only and name not in only:
            continue
        mod = __import__(name)
        labs = mod.run(random.Random(seed))
        print(f"[{name}] {len(labs)} files", flush=True)
    merge_and_check()
