"""Builds the whole labelled set: genuine parts, non-invoices, scans, edits; then neutral file names and a check."""
import os, sys, json, random, shutil, glob
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import common
from common import FILES, WORK, LABELS, load_all_labels

PARTS = [("genuine_rl", 58), ("genuine_fpdf", 581), ("genuine_html", 582), ("genuine_office", 583),
         ("nondoc", 584), ("genuine_scan", 585), ("edits", 586)]


def finalize():
    """Give every file a neutral name so names do not leak labels; keep the original name in the label."""
    recs = load_all_labels()
    rng = random.Random(5858)
    order = list(range(len(recs))); rng.shuffle(order)
    mapping = {}
    for new_i, idx in enumerate(order):
        r = recs[idx]
        ext = r["file"].rsplit(".", 1)[1]
        mapping[r["file"]] = f"inv58_{new_i + 1:03d}.{ext}"
    final = os.path.join(HERE, "files_final"); shutil.rmtree(final, ignore_errors=True); os.makedirs(final)
    out = []
    for r in recs:
        shutil.copy(os.path.join(FILES, r["file"]), os.path.join(final, mapping[r["file"]]))
        r = dict(r); r["orig_name"] = r["file"]; r["file"] = mapping[r["file"]]
        if r.get("source_file"):
            r["source_file"] = mapping.get(r["source_file"], r["source_file"])
        out.append(r)
    shutil.rmtree(FILES); os.rename(final, FILES)
    out.sort(key=lambda r: r["file"])
    with open(LABELS, "w") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return out


def check():
    recs = [json.loads(l) for l in open(LABELS)]
    missing = [r["file"] for r in recs if not os.path.exists(os.path.join(FILES, r["file"]))]
    extra = set(os.listdir(FILES)) - {r["file"] for r in recs}
    print(f"labels: {len(recs)}  missing files: {len(missing)}  unlabelled files: {len(extra)}")
    print("genuine:", Counter(r["genuine"] for r in recs), " is_invoice:", Counter(r["is_invoice"] for r in recs),
          " arithmetic_error:", sum(r["arithmetic_error"] for r in recs), " edit_before_capture:", sum(r["edit_before_capture"] for r in recs))
    for key in ["producer", "language", "doc_type", "edit_method", "currency"]:
        print(f"\n{key}:")
        for k, v in sorted(Counter(str(r[key]) for r in recs).items(), key=lambda x: -x[1]):
            print(f"  {v:4d}  {k}")
    return not missing and not extra


if __name__ == "__main__":
    only = sys.argv[1:]
    if not only:
        shutil.rmtree(FILES, ignore_errors=True); os.makedirs(FILES)
        for f in glob.glob(os.path.join(WORK, "labels_*.jsonl")) + glob.glob(os.path.join(WORK, "docs_*.pkl")):
            os.remove(f)
    for mod, seed in PARTS:
        if only and mod not in only:
            continue
        m = __import__(mod)
        recs = m.run(random.Random(seed))
        print(f"{mod}: {len(recs)} files", flush=True)
    finalize()
    ok = check()
    print("\nCHECK", "OK" if ok else "FAILED")
