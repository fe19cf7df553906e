#!/usr/bin/env python
"""make.py - builds the labelled invoice test set into files/ and labels.jsonl (paths relative to this folder).
Each step is a separate module; a step that already produced its part file can be skipped with --resume."""
import os, sys, json, shutil, time
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

STEPS = ["genuine_html", "genuine_pdf", "genuine_office", "scans", "nonin", "edits"]

def main():
    resume = "--resume" in sys.argv
    if not resume:
        for d in ("files", "parts", "tmp"):
            shutil.rmtree(os.path.join(HERE, d), ignore_errors=True)
    import common  # creates files/ tmp/ parts/
    for step in STEPS:
        if resume and os.path.exists(os.path.join(common.PARTS, step + ".jsonl")):
            print("== skip", step); continue
        t = time.time(); print("==", step, flush=True)
        __import__(step).run()
        print(f"== {step} done in {time.time()-t:.0f}s", flush=True)
    rows = []
    for step in STEPS:
        rows += [json.loads(l) for l in open(os.path.join(common.PARTS, step + ".jsonl"), encoding="utf-8")]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels:", len(rows))
    import check
    check.main()

if __name__ == "__main__":
    main()
