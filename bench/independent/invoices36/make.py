"""Build the invoices36 test corpus.

    python make.py            # all parts, then merge labels and run the check
    python make.py html edits # only some parts (others keep their previous output), then merge + check
    python make.py --merge    # only merge labels and check

Parts (each one a module with main(); each can also be run on its own):
    html     genuine_html.py     WeasyPrint / Chromium (incl. e-mail and portal print-outs)
    pdfapi   genuine_pdfapi.py   ReportLab canvas / platypus, fpdf2
    office   genuine_office.py   LibreOffice exports of FODS / XLSX / CSV / HTML / DOCX
    capture  genuine_capture.py  scanner and phone-camera simulations
    edits    edits.py            altered copies of files made by the parts above
All paths are relative to this folder; intermediate material goes to _build/.
"""
import os, sys, json, glob, importlib, time, traceback

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PARTS = [("html", "genuine_html"), ("pdfapi", "genuine_pdfapi"), ("office", "genuine_office"), ("capture", "genuine_capture"), ("edits", "edits")]


def merge():
    from common import BUILD, FILES
    rows = []
    for part, _ in PARTS:
        p = os.path.join(BUILD, f"labels_{part}.jsonl")
        if os.path.exists(p):
            rows += [json.loads(l) for l in open(p, encoding="utf-8") if l.strip()]
    rows.sort(key=lambda r: r["file"].lower())
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            r = dict(r)
            r.pop("part", None)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return rows


def main(argv):
    want = [a for a in argv if not a.startswith("--")]
    if "--merge" not in argv:
        todo = [p for p in PARTS if not want or p[0] in want]
        if not want:
            # clean rebuild: forget everything the parts produced before
            from common import BUILD, FILES
            for fn in os.listdir(FILES):
                os.remove(os.path.join(FILES, fn))
            for pat in ("files_*.txt", "labels_*.jsonl", "sources_*.jsonl"):
                for p in glob.glob(os.path.join(BUILD, pat)):
                    os.remove(p)
        for part, mod in todo:
            t0 = time.time()
            print(f"== part {part} ({mod}.py)", flush=True)
            try:
                importlib.import_module(mod).main()
            except Exception:
                traceback.print_exc()
                print(f"!! part {part} failed; other parts are kept", flush=True)
            print(f"== part {part} done in {time.time() - t0:.0f}s", flush=True)
        if not want:
            # remove files left over from older runs that no part claims any more
            from common import BUILD, FILES
            claimed = set()
            for part, _ in PARTS:
                p = os.path.join(BUILD, f"files_{part}.txt")
                if os.path.exists(p):
                    claimed |= set(open(p).read().split("\n"))
            for fn in os.listdir(FILES):
                if fn not in claimed:
                    os.remove(os.path.join(FILES, fn))
                    print("removed stray", fn)
    rows = merge()
    print(f"labels.jsonl: {len(rows)} rows")
    import check
    check.main()


if __name__ == "__main__":
    main(sys.argv[1:])
