"""Build the invoice test set: genuine files (several producers), captures, edited copies, labels.jsonl.
Usage: python make.py            full rebuild
       python make.py --resume   keep stages whose _parts/<stage>.json already exists"""
import os, sys, json, glob, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FILES, PARTS, save_part, load_part

STAGES = ["html", "pdflib", "office", "capture", "edits"]
MODS = {"html": "gen_html", "pdflib": "gen_pdflib", "office": "gen_office", "capture": "gen_capture", "edits": "edits"}

def main():
    resume = "--resume" in sys.argv
    if not resume:
        for f in glob.glob(os.path.join(FILES, "*")): os.remove(f)
        for f in glob.glob(os.path.join(PARTS, "*.json")): os.remove(f)
    recs = {}
    for st in STAGES:
        part = load_part(st) if resume else None
        if part is None:
            print(f"[make] stage {st} ...", flush=True)
            mod = importlib.import_module(MODS[st])
            part = mod.run(recs) if st == "edits" else mod.run()
            save_part(st, part)
        for r in part: recs[r["file"]] = r
        print(f"[make] stage {st}: {len(part)} files", flush=True)
    with open(os.path.join(HERE, "labels.jsonl"), "w") as f:
        for r in sorted(recs.values(), key=lambda r: r["file"]):
            f.write(json.dumps({k: v for k, v in r.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    import check; check.main()

if __name__ == "__main__":
    main()
