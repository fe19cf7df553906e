#!/usr/bin/env python
"""Build the invoice test set: genuine documents from several producers, captures, edited copies, labels.

    python make.py            # run every stage that is not already complete, then merge labels and check
    python make.py --force    # rebuild everything
    python make.py genuine_pdf edits   # (re)run only the named stages, then merge and check

Stages (each writes build/labels_<stage>.jsonl, so a stop midway leaves the finished stages usable):
  genuine_html     Chromium / WeasyPrint printed HTML layouts
  genuine_pdf      ReportLab and fpdf2 drawn PDFs
  genuine_office   .xlsx/.fods/.docx written here, converted by LibreOffice
  genuine_capture  copier scans, phone photos, receipt-app captures of rendered originals
  edits            edited copies of genuine files
All paths are relative to this file's folder."""
import os, sys, json, time, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

from common import FILES, BUILD, read_stage_labels  # noqa: E402

STAGES = ["genuine_html", "genuine_pdf", "genuine_office", "genuine_capture", "edits"]
FIELDS = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date",
          "total", "currency", "supplier", "buyer", "pages", "edit_before_capture", "arithmetic_error"]


def main(argv):
    force = "--force" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    for st in STAGES:
        if wanted and st not in wanted:
            continue
        if not force and not wanted and read_stage_labels(st) is not None:
            print(f"[make] {st}: already complete, skipped")
            continue
        t0 = time.time()
        print(f"[make] {st} ...", flush=True)
        mod = importlib.import_module(st)
        labs = mod.run()
        print(f"[make] {st}: {len(labs)} files in {time.time() - t0:.0f}s", flush=True)
    merged = []
    for st in STAGES:
        labs = read_stage_labels(st)
        if labs is None:
            print(f"[make] WARNING: stage {st} incomplete; its files are not in labels.jsonl")
            continue
        merged += labs
    merged.sort(key=lambda l: l["file"])          # no grouping by origin in the label file
    stamp = time.mktime((2026, 12, 1, 9, 0, 0, 0, 0, -1))
    for lab in merged:                           # nor in the files' modification times
        os.utime(os.path.join(FILES, lab["file"]), (stamp, stamp))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in merged:
            if lab.get("genuine"):
                lab.setdefault("arithmetic_consistent", not lab.get("arithmetic_error"))
            rec = {k: lab.get(k) for k in FIELDS}
            rec.update({k: v for k, v in lab.items() if k not in FIELDS})
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"[make] labels.jsonl: {len(merged)} records")
    import check
    return check.main()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
