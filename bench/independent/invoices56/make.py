"""Build the test set: genuine documents (several producers), then edited copies, then labels.jsonl.

Usage: python make.py            # all parts, from scratch
       python make.py edits      # only the named parts (others' outputs are reused)
Each part writes parts/<name>.jsonl; labels.jsonl is re-merged after every part, so a stop midway leaves a usable set.
"""
import os, sys, glob, json, random, time, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import warnings; warnings.filterwarnings("ignore")
import logging; logging.getLogger("weasyprint").setLevel(logging.ERROR); logging.getLogger("fontTools").setLevel(logging.ERROR)
from common import FILES, PARTS, TMP

PARTS_ORDER = [("genuine_pdf", 27), ("genuine_html", 2756), ("genuine_office", 5627), ("genuine_scan", 9027), ("edits", 4056)]
PREFIX = {"genuine_pdf": ("g_rlfpa", "g_rlges", "g_fpdf"), "genuine_html": ("g_wp", "g_cr"), "genuine_office": ("g_lc", "g_dx"),
          "genuine_scan": ("g_sc", "g_fx", "g_ph"), "edits": ("e_",)}


def merge():
    rows = []
    for name, _ in PARTS_ORDER:
        p = os.path.join(PARTS, name + ".jsonl")
        if os.path.exists(p):
            rows += [json.loads(l) for l in open(p, encoding="utf-8")]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def main(which):
    if not which:
        for d in (FILES, PARTS):
            shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    for name, seed in PARTS_ORDER:
        if which and name not in which:
            continue
        for f in os.listdir(FILES):
            if f.startswith(PREFIX[name]): os.remove(os.path.join(FILES, f))
        t = time.time()
        mod = __import__(name)
        n = len(mod.run(random.Random(seed)))
        print(f"{name}: {n} files in {time.time() - t:.0f}s; labels.jsonl now {merge()} rows", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
