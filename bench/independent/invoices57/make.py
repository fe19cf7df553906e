"""Build the corpus: genuine parts first (each writes its labels at once), then edited copies, then a check."""
import os, sys, json, shutil, glob, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
os.chdir(HERE)
import common


def part(modname):
    mod = __import__(modname)
    recs = mod.run()
    common.write_labels(recs)
    print("%-16s %d files" % (modname, len(recs)), flush=True)


def check():
    recs = common.read_labels()
    missing = [r["file"] for r in recs if not os.path.exists(os.path.join(common.FILES, r["file"]))]
    extra = set(os.listdir(common.FILES)) - {r["file"] for r in recs}
    print("labels:", len(recs), "missing:", missing, "unlabelled:", sorted(extra))
    print("genuine:", sum(r["genuine"] for r in recs), "edited:", sum(not r["genuine"] for r in recs),
          "arithmetic_error:", sum(r["arithmetic_error"] for r in recs), "non-invoice:", sum(not r["is_invoice"] for r in recs))
    for key in ("producer", "language", "doc_type", "edit_method"):
        print(key, dict(collections.Counter(str(r[key]) for r in recs).most_common()))


if __name__ == "__main__":
    if "--check" not in sys.argv:
        for p in glob.glob(os.path.join(common.FILES, "*")):
            os.remove(p)
        if os.path.exists(common.LABELS):
            os.remove(common.LABELS)
        for m in ["genuine_rl", "genuine_html", "genuine_office", "genuine_img", "edits"]:
            part(m)
    check()
