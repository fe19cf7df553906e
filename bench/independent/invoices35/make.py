"""Generator for the invoices35 test set.

Run:  /work/main/.venv/bin/python make.py
Parts: common.py (data, locale formatting), render_html.py / render_pdf.py / render_office.py (producers),
degrade.py (scan/fax/photo), edits.py (alteration methods), build_genuine.py, build_edits.py.
"""
import os, sys, json, random, shutil, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import build_genuine as BG
import build_edits as BE

SEED = 35


def amount_str(doc):
    if doc.get("no_summary") or doc.get("title_key") == "letter":
        return None
    t = doc["total"]
    return str(q0(t)) if doc["cur"] == "JPY" else str(q2(t))


def label(doc, producer, fname, path, genuine=True, method=None, changed=None, before=False, is_inv=True, extra=None):
    sup, buy = doc["supplier"], doc["buyer"]
    if doc["doc_type"] == "purchase_order":  # printed issuer is the buyer
        sup, buy = doc["buyer"], doc["supplier"]
    lab = dict(file=fname, genuine=genuine, edit_method=method, what_changed=changed or [], producer=producer,
               language=doc["lang"], is_invoice=is_inv, doc_type=doc["doc_type"], date=doc["date"].isoformat(),
               total=amount_str(doc), currency=doc["cur"], supplier=sup, buyer=buy, pages=BG.npages(path),
               edit_before_capture=before, arithmetic_error=bool(doc["arith_error"]) if genuine else False)
    if extra:
        lab.update(extra)
    return lab


def main():
    rng = random.Random(SEED)
    if os.path.isdir(FILES):
        shutil.rmtree(FILES)
    os.makedirs(FILES); os.makedirs(TMP, exist_ok=True)
    recs = BG.build(rng)
    print("genuine built:", len(recs), flush=True)
    eds = BE.build(recs, rng)
    print("edits built:", len(eds), flush=True)
    entries = []
    for r in recs:
        d = r["doc"]
        prod = r["producer"]
        is_inv = (not r["not_invoice"]) and d["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note")
        extra = {"locale": d["loc"]}
        if r.get("base_producer"): extra["base_producer"] = r["base_producer"]
        if d.get("err_note"): extra["note"] = "arithmetic error: " + d["err_note"]
        entries.append((r["path"], dict(doc=d, producer=prod, genuine=True, is_inv=is_inv, extra=extra)))
    for e in eds:
        r = e["src"]; d = e["doc"]
        extra = {"locale": d["loc"], "source_genuine": None, "note": e["note"]}
        entries.append((e["path"], dict(doc=d, producer=r["producer"], genuine=False, method=e["method"], changed=e["changed"],
                                        before=e["before_capture"], is_inv=True, extra=extra, src_path=r["path"])))
    # neutral, shuffled file names
    order = list(range(len(entries)))
    rng.shuffle(order)
    names = {}
    for pos, k in enumerate(order):
        path = entries[k][0]
        ext = path.rsplit(".", 1)[1].lower()
        names[k] = f"doc{pos + 1:03d}.{ext}"
    path2name = {entries[k][0]: names[k] for k in names}
    labels = []
    for k, (path, info) in enumerate(entries):
        fn = names[k]
        shutil.copyfile(path, f"{FILES}/{fn}")
        if not info["genuine"]:
            info["extra"]["source_genuine"] = path2name.get(info["src_path"])
        labels.append(label(info["doc"], info["producer"], fn, path, genuine=info["genuine"], method=info.get("method"),
                            changed=info.get("changed"), before=info.get("before", False), is_inv=info["is_inv"], extra=info["extra"]))
    labels.sort(key=lambda x: x["file"])
    with open(BASE + "/labels.jsonl", "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    check()


def check():
    labs = [json.loads(l) for l in open(BASE + "/labels.jsonl", encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(f"{FILES}/{l['file']}")]
    print(f"labels: {len(labs)}  files on disk: {len(os.listdir(FILES))}  missing: {missing}")
    print("genuine:", sum(l["genuine"] for l in labs), " edited:", sum(not l["genuine"] for l in labs),
          " not invoices:", sum(not l["is_invoice"] for l in labs), " arithmetic_error:", sum(l["arithmetic_error"] for l in labs),
          " edit_before_capture:", sum(l["edit_before_capture"] for l in labs))
    for key in ("producer", "language", "doc_type", "edit_method"):
        c = collections.Counter(str(l[key]) for l in labs)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
