"""Build the invoices45 test set: genuine documents in several producers, then edited copies, then labels.jsonl.
Each part writes its own parts/<name>.jsonl, so a stop midway leaves the finished parts usable.
Usage: python make.py            (all parts)
       python make.py edits      (only the named parts, re-using earlier ones)"""
import os, sys, json, glob, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BASE, FILES, PARTS, read_part

ORDER = ["genuine_html", "genuine_pdf", "genuine_office", "scans", "edits"]


def merge():
    labels = []
    for p in ORDER:
        labels += read_part(p)
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    return labels


def main(parts):
    import importlib
    if parts == ORDER:  # fresh build
        for f in glob.glob(os.path.join(FILES, "*")):
            os.remove(f)
    for p in parts:
        print("==", p, flush=True)
        importlib.import_module(p).run()
    labels = merge()
    print("labels:", len(labels))


if __name__ == "__main__":
    main(sys.argv[1:] or ORDER)
