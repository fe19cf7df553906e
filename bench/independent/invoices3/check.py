#!/usr/bin/env python3
"""Sanity check of labels.jsonl against files/ and summary counts."""
import os, json, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
recs = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
files = set(os.listdir(os.path.join(ROOT, "files")))
missing = [r["file"] for r in recs if r["file"] not in files]
unlabelled = sorted(files - {r["file"] for r in recs})
need = ["file", "genuine", "edit_method", "what_changed", "producer", "language", "is_invoice", "doc_type", "date", "total",
        "currency", "supplier", "buyer", "pages", "arithmetic_error"]
badkeys = [r["file"] for r in recs if any(k not in r for k in need)]
print(f"records {len(recs)}  files {len(files)}  missing {len(missing)} {missing[:5]}  unlabelled {len(unlabelled)} {unlabelled[:5]}  bad keys {len(badkeys)}")
print("genuine", sum(r["genuine"] for r in recs), "edited", sum(not r["genuine"] for r in recs),
      "non-invoices", sum(not r["is_invoice"] for r in recs), "arithmetic_error", sum(r["arithmetic_error"] for r in recs),
      "image edits", sum(bool(r.get("image_edit")) for r in recs))
for key in ["producer", "language", "doc_type", "edit_method"]:
    c = collections.Counter(str(r[key]) for r in recs)
    print(f"\n{key}:"); [print(f"  {k:32s} {v}") for k, v in sorted(c.items(), key=lambda kv: -kv[1])]
c = collections.Counter(os.path.splitext(f)[1] for f in files); print("\nextensions:", dict(c))
print("CN fapiao (价税合计):", sum(1 for r in recs if r["doc_type"] == "tax_invoice" and r["language"] == "zh"))
print("phone photos genuine:", sum(1 for r in recs if r["producer"] == "phone_photo" and r["genuine"]))
print("what_changed:", collections.Counter(w for r in recs for w in r["what_changed"]))

# text-layer check: the labelled total must be printed in born-digital PDFs
try:
    import pypdfium2 as pdfium
    bad = 0; n = 0
    for r in recs:
        p = os.path.join(ROOT, "files", r["file"])
        if not p.endswith(".pdf") or r["producer"].startswith("scan") or r["total"] is None: continue
        if r.get("edit_method") in ("overlay_then_rasterized", "scanpdf_embedded_image_paste"): continue
        pdf = pdfium.PdfDocument(p); txt = "".join(pg.get_textpage().get_text_range() for pg in pdf); pdf.close()
        dg = r["total"].replace(".", "")
        if r["currency"] == "JPY": dg = dg[:-2]
        n += 1
        if dg not in "".join(ch for ch in txt if ch.isdigit()): bad += 1; print("total not found in text:", r["file"])
    print(f"\ntext-layer total check: {n - bad}/{n} ok")
except ImportError:
    pass
