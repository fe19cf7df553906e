"""Builds the invoices49 corpus: genuine files in parts, then edited copies, then a check."""
import os, sys, shutil, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import common

PARTS = ["genuine_pdf", "genuine_html", "genuine_office", "genuine_scan"]


def main():
    only = sys.argv[1:]  # optional: run only some parts, e.g. `make.py edits check`
    if not only:
        shutil.rmtree(common.FILES, ignore_errors=True); os.makedirs(common.FILES)
        if os.path.exists(common.LABELS): os.remove(common.LABELS)
    for part in PARTS:
        if only and part not in only: continue
        recs = importlib.import_module(part).run()
        common.write_labels(recs); print(part, len(recs), flush=True)
    if not only or "edits" in only:
        import edits
        labels = common.load_labels()
        labels = [r for r in labels if r["genuine"]]  # re-running edits replaces earlier edited entries
        common.write_labels(labels, append=False)
        for f in os.listdir(common.FILES):
            if f.startswith("edit_"): os.remove(os.path.join(common.FILES, f))
        recs = edits.run(); common.write_labels(recs); print("edits", len(recs), flush=True)
    import check
    check.main()


if __name__ == "__main__":
    main()
