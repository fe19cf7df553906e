"""Build the whole set: genuine parts, edited copies, neutral file names, labels.jsonl, check.

Each part is its own module and writes its own _labels/<part>.jsonl, so a stop midway leaves
working pieces; `python make.py genuine_pdf` re-runs a single part (then re-merges)."""
import os, sys, json, random, shutil, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
PARTS = ["genuine_html", "genuine_pdf", "genuine_office", "genuine_scan", "edits"]


def merge_and_rename():
    from common import FILES, PARTS as LBL
    recs = []
    for p in PARTS:
        path = os.path.join(LBL, p + ".jsonl")
        if os.path.exists(path):
            recs += [json.loads(l) for l in open(path, encoding="utf-8")]
    rng = random.Random(46)
    order = list(range(len(recs)))
    rng.shuffle(order)
    mapping = {}
    for n, i in enumerate(order, 1):
        r = recs[i]
        ext = os.path.splitext(r["file"])[1]
        mapping[r["file"]] = f"f{n:03d}{ext}"
    final = os.path.join(HERE, "files_final")
    shutil.rmtree(final, ignore_errors=True); os.makedirs(final)
    out = []
    for i in order:
        r = dict(recs[i])
        r["work_name"] = r["file"]
        shutil.copy(os.path.join(FILES, r["file"]), os.path.join(final, mapping[r["file"]]))
        r["file"] = mapping[r["file"]]
        if r.get("derived_from"):
            r["derived_from"] = mapping.get(r["derived_from"], r["derived_from"])
        if r["doc_type"] == "receipt":
            r["buyer"] = None  # till receipts do not print a buyer
        out.append(r)
    # the working directory of named files becomes _work/named, files/ holds neutral names only
    named = os.path.join(HERE, "_work", "named")
    shutil.rmtree(named, ignore_errors=True)
    shutil.move(FILES, named)
    shutil.move(final, FILES)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in sorted(out, key=lambda r: r["file"]):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("labels:", len(out))


def main():
    only = sys.argv[1:]
    named = os.path.join(HERE, "_work", "named")
    files = os.path.join(HERE, "files")
    if not only:
        shutil.rmtree(files, ignore_errors=True)
        shutil.rmtree(os.path.join(HERE, "_labels"), ignore_errors=True)
    elif os.path.isdir(named):  # re-running one part: restore the working names first
        shutil.rmtree(files, ignore_errors=True); shutil.move(named, files)
    for p in (only or PARTS):
        print("== part", p, flush=True)
        importlib.import_module(p).main()
    merge_and_rename()
    import check
    check.main()


if __name__ == "__main__":
    main()
