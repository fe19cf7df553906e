"""Build the whole set: genuine documents part by part, then edited copies, then labels.jsonl.
Each part writes its own work/parts/<part>.jsonl, so a stop midway leaves the finished parts usable."""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE, FILES, read_part

PARTS = ["genuine_rl", "genuine_html", "genuine_office", "scans", "edits"]


def merge():
    recs = []
    for p in PARTS:
        recs += read_part(p)
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels.jsonl:", len(recs))


def main():
    only = sys.argv[1:] or PARTS
    if only == PARTS and os.path.isdir(FILES):
        shutil.rmtree(FILES); os.makedirs(FILES)
    import importlib
    for p in PARTS:
        if p in only:
            print("== part", p, flush=True)
            importlib.import_module(p).main()
    merge()
    import check
    check.main()


if __name__ == "__main__":
    main()
