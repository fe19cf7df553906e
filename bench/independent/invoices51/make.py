"""Build the whole corpus: genuine HTML, ReportLab/fpdf2, office exports, scans/photos, then edits; merge labels."""
import os, sys, glob, json, shutil, time

BASE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BASE)
os.chdir(BASE)

PARTS_ORDER = ["genuine_html", "genuine_rl", "genuine_office", "genuine_scan", "edits"]


def clean():
    for d in ("files", os.path.join("work", "labels"), os.path.join("work", "meta")):
        p = os.path.join(BASE, d)
        if os.path.isdir(p): shutil.rmtree(p)
        os.makedirs(p, exist_ok=True)


def merge():
    recs = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(BASE, "work", "labels", "*.json")))]
    with open(os.path.join(BASE, "labels.jsonl"), "w") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(recs)


if __name__ == "__main__":
    only = sys.argv[1:]  # e.g. `python make.py edits` re-runs one part on top of existing ones
    if not only:
        clean()
    import importlib
    for name in (only or PARTS_ORDER):
        t = time.time()
        mod = importlib.import_module(name)
        n = len(mod.run())
        print(f"{name}: {n} files in {time.time()-t:.0f}s", flush=True)
        merge()  # labels.jsonl is always consistent with what exists so far
    print("labels:", merge())
    import check
    check.main()
