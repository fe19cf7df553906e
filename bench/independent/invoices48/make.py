"""Build the invoices48 corpus: python make.py [stage ...]  (default: all stages).
Each stage appends to labels.jsonl / _work/registry.json, so a stop midway leaves working pieces."""
import sys, os, json, random, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

REG = os.path.join(WORK, "registry.json")
STAGES = ["genuine_html", "genuine_pdf", "genuine_office", "nondocs", "scans", "edits"]

def load():
    labs = read_labels()
    reg = json.load(open(REG, encoding="utf-8")) if os.path.exists(REG) else {}
    return labs, reg

def save(labs, reg):
    write_labels(labs); json.dump(reg, open(REG, "w", encoding="utf-8"), ensure_ascii=False)

def main(stages):
    done_file = os.path.join(WORK, "done.json")
    done = json.load(open(done_file)) if os.path.exists(done_file) else []
    for st in stages:
        if st in done: print("skip", st); continue
        labs, reg = load()
        rng = random.Random(4800 + STAGES.index(st))
        importlib.import_module(st).run(rng, labs, reg)
        save(labs, reg); done.append(st); json.dump(done, open(done_file, "w"))
        print("stage done", st, len(labs), flush=True)
    import check; check.main()

if __name__ == "__main__":
    main(sys.argv[1:] or STAGES)
