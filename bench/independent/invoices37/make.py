"""Build the invoice test set.

    python make.py            # all parts, then merge labels and run the check
    python make.py cn eu      # only these parts (labels of other parts are kept)

Parts write their files into files/ and their labels into labels_parts/<part>.jsonl,
so a stop midway leaves every finished part usable.  labels.jsonl is the merge."""
import os, sys, json, time, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)

PARTS = [("cn", "genuine_cn"), ("own", "genuine_own"), ("eu", "genuine_eu"), ("asia", "genuine_asia"),
         ("edits", "edits")]


def merge():
    from common import LABELDIR
    recs = []
    for part, _ in PARTS:
        p = os.path.join(LABELDIR, part + ".jsonl")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                recs += [json.loads(l) for l in f if l.strip()]
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"labels.jsonl: {len(recs)} records")


def main(argv):
    want = argv or [p for p, _ in PARTS]
    for part, mod in PARTS:
        if part not in want:
            continue
        t = time.time()
        print(f"== part {part} ({mod})")
        m = importlib.import_module(mod)
        m.run()
        print(f"== part {part} done in {time.time() - t:.0f}s")
    merge()
    import check
    check.main()


if __name__ == "__main__":
    main(sys.argv[1:])
