"""Build the invoices43 test set: genuine files, edited copies, labels.jsonl, then a short check.
Each stage is its own module and writes build/labels_<stage>.jsonl, so a stop midway leaves working pieces."""
import os, sys, json, glob, random, shutil, collections

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
from common import FILES, BUILD

STAGES = ["pdf", "html", "office", "images", "edits"]


def final_names():
    """Give every file a neutral name (inv43_NNN.ext) so names do not reveal producer or edits."""
    recs = []
    for st in STAGES:
        p = os.path.join(BUILD, f"labels_{st}.jsonl")
        if os.path.exists(p):
            recs += [json.loads(l) for l in open(p, encoding="utf-8")]
    order = list(range(len(recs)))
    random.Random(43).shuffle(order)
    mapping = {}
    for new_i, i in enumerate(order):
        r = recs[i]
        ext = os.path.splitext(r["file"])[1]
        mapping[r["file"]] = f"inv43_{new_i + 1:03d}{ext}"
    out_dir = FILES
    for old, new in mapping.items():
        os.replace(os.path.join(out_dir, old), os.path.join(out_dir, new))
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for i in order:
            r = dict(recs[i])
            r["working_name"] = r["file"]
            r["file"] = mapping[r["file"]]
            if r.get("source_file"):
                r["source_file"] = mapping[r["source_file"]]
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # sort label lines by file name for readability
    lines = sorted(open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8").read().splitlines(),
                   key=lambda l: json.loads(l)["file"])
    open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


def check():
    recs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    missing = [r["file"] for r in recs if not os.path.exists(os.path.join(FILES, r["file"]))]
    extra = set(os.listdir(FILES)) - {r["file"] for r in recs}
    print(f"labels: {len(recs)}  missing files: {len(missing)} {missing[:5]}  unlabelled files: {len(extra)}")
    print(f"genuine: {sum(r['genuine'] for r in recs)}  edited: {sum(not r['genuine'] for r in recs)}  "
          f"non-invoices: {sum(not r['is_invoice'] for r in recs)}  arithmetic_error: {sum(r['arithmetic_error'] for r in recs)}  "
          f"edit_before_capture: {sum(r['edit_before_capture'] for r in recs)}")
    for key in ("producer", "language", "doc_type", "edit_method"):
        c = collections.Counter(str(r[key]) for r in recs)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda x: -x[1])))
    return not missing


if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["check"]:
        sys.exit(0 if check() else 1)
    for f in glob.glob(os.path.join(FILES, "*")):
        os.remove(f)
    import gen_pdf, gen_html, gen_office, gen_images, edits
    for name, mod in [("pdf", gen_pdf), ("html", gen_html), ("office", gen_office), ("images", gen_images),
                      ("edits", edits)]:
        n = len(mod.run())
        print(f"stage {name}: {n} files", flush=True)
    final_names()
    check()
