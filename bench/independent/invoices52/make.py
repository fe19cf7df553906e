"""Build the whole set: genuine files (HTML, direct PDF, office, scans/photos), then edited copies, then check.
Each stage is its own module; run `python make.py [stage ...]` to redo only some stages (labels of other stages are kept)."""
import os, sys, json, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import FILES, LABELS, read_labels, write_labels

STAGES = {"html": ("genuine_html", "h"), "pdf": ("genuine_pdf", "p"), "office": ("genuine_office", "o"),
          "scan": ("genuine_scan", "s"), "edits": ("edits", "e")}

def run_stage(key):
    mod, prefix = STAGES[key]
    # drop this stage's previous outputs and labels, keep the rest
    keep = [L for L in read_labels() if not L["file"].startswith(prefix)]
    write_labels(keep, mode="w")
    for f in os.listdir(FILES):
        if f.startswith(prefix): os.remove(os.path.join(FILES, f))
    m = __import__(mod)
    n = len(m.run())
    print(f"stage {key}: {n} files", flush=True)

if __name__ == "__main__":
    todo = sys.argv[1:] or list(STAGES)
    for k in todo:
        run_stage(k)
    import check
    check.main()
