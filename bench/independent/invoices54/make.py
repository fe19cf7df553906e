"""Build the invoice test set: genuine documents part by part, then edited copies, then labels.jsonl.
Usage: python make.py            (all parts)
       python make.py rl html    (only these parts; others keep their previous output in build/)"""
import os, sys, json, glob, random, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import FILES, BUILD, save_part

PARTS = [("rl", "genuine_rl", 27), ("html", "genuine_html", 2754), ("fpdf", "genuine_fpdf", 5427),
         ("office", "genuine_office", 2027), ("img", "genuine_img", 8827)]


def prune():
    """Delete files in files/ that no genuine part claims (left over from interrupted runs)."""
    keep = set()
    for f in glob.glob(os.path.join(BUILD, "labels_*.jsonl")):
        if f.endswith("labels_edits.jsonl"): continue
        keep |= {json.loads(l)["file"] for l in open(f, encoding="utf-8")}
    for f in os.listdir(FILES):
        if f not in keep: os.remove(os.path.join(FILES, f))


def rename_some_genuine(records, rng):
    """Sellers forward files many times: give some genuine files the same '(1)' / '-1' suffixes edited copies get."""
    mapping = {}
    gen = [r for r in records if r["genuine"]]
    names = {r["file"] for r in records}
    for r in rng.sample(gen, 18):
        st, ext = os.path.splitext(r["file"])
        new = st + rng.choice(["(1)", "-1", "_2"]) + ext
        if new in names: continue
        os.rename(os.path.join(FILES, r["file"]), os.path.join(FILES, new))
        for x in records:
            if x.get("source_file") == r["file"]: x["source_file"] = new
        names.discard(r["file"]); names.add(new); mapping[new] = r["file"]; r["file"] = new
    return mapping


def check(records):
    missing = [r["file"] for r in records if not os.path.exists(os.path.join(FILES, r["file"]))]
    extra = set(os.listdir(FILES)) - {r["file"] for r in records}
    print(f"\n{len(records)} labelled files, missing: {len(missing)} {missing[:5]}, unlabelled files in files/: {len(extra)}")
    print(f"genuine {sum(r['genuine'] for r in records)}, edited {sum(not r['genuine'] for r in records)}, "
          f"not invoices {sum(not r['is_invoice'] for r in records)}, arithmetic_error {sum(r['arithmetic_error'] for r in records)}, "
          f"edit_before_capture {sum(r['edit_before_capture'] for r in records)}")
    for key in ("producer", "language", "doc_type", "edit_method", "currency"):
        c = collections.Counter(str(r[key]) for r in records)
        print(f"\n[{key}]"); [print(f"  {v:4d}  {k}") for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
    return not missing


def main(argv):
    want = set(argv) or {p for p, _, _ in PARTS} | {"edits"}
    ren = os.path.join(BUILD, "renamed.json")
    if os.path.exists(ren):  # undo the cosmetic renaming of the previous run
        for new, old in json.load(open(ren)).items():
            if os.path.exists(os.path.join(FILES, new)): os.rename(os.path.join(FILES, new), os.path.join(FILES, old))
        os.remove(ren)
    for part, mod, seed in PARTS:
        if part in want:
            m = __import__(mod)
            r, mt = m.build(random.Random(seed))
            save_part(part, r, mt)
            print(f"part {part}: {len(r)} files", flush=True)
    prune()
    if "edits" in want:
        import edits
        r, mt = edits.build(random.Random(4054))
        save_part("edits", r, mt)
        print(f"part edits: {len(r)} files", flush=True)
    records = []
    for part in [p for p, _, _ in PARTS] + ["edits"]:
        f = os.path.join(BUILD, f"labels_{part}.jsonl")
        if os.path.exists(f): records += [json.loads(l) for l in open(f, encoding="utf-8")]
    # final renaming happens on the merged copy only (build/ keeps the original names for re-runs)
    orig = {r["file"] for r in records}
    if set(os.listdir(FILES)) == orig:
        mapping = rename_some_genuine(records, random.Random(54))
        with open(os.path.join(BUILD, "renamed.json"), "w") as f: json.dump(mapping, f)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ok = check(records)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
