"""Build the invoices42 corpus: genuine invoices (HTML, PDF libraries, LibreOffice, scans/photos),
non-invoice documents, then edited copies; finally merge labels and run the check.
Each part writes its own _work/labels_<part>.jsonl so an interrupted run leaves usable pieces.
Usage: python make.py [part ...]   parts: html pdf office scan edits merge check"""
import os, sys, json, glob, time
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

def merge():
    order = ["html", "pdf", "office", "scan", "edits"]
    rows = []
    for p in order:
        f = os.path.join(HERE, "_work", "labels_%s.jsonl" % p)
        if os.path.exists(f):
            rows += [json.loads(l) for l in open(f) if l.strip()]
    with open(os.path.join(HERE, "labels.jsonl"), "w") as out:
        for r in rows: out.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels.jsonl:", len(rows))

def main(parts):
    import genuine_html, genuine_pdf, genuine_office, genuine_scan, edits, check
    steps = {"html": genuine_html.run, "pdf": genuine_pdf.run, "office": genuine_office.run,
             "scan": genuine_scan.run, "edits": edits.run, "merge": merge, "check": check.run}
    for p in parts:
        t = time.time(); print("== part", p, flush=True)
        steps[p]()
        print("== done", p, "%.0fs" % (time.time() - t), flush=True)

if __name__ == "__main__":
    main(sys.argv[1:] or ["html", "pdf", "office", "scan", "edits", "merge", "check"])
