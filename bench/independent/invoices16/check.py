#!/usr/bin/env python
"""Short check: every labelled file exists; counts; for text PDFs, the labelled total/date are printed."""
import json, os, collections, re, sys
import pypdfium2 as pdfium
ROOT = os.path.dirname(os.path.abspath(__file__))
L = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"))]
missing = [x["file"] for x in L if not os.path.exists(os.path.join(ROOT, "files", x["file"]))]
print("labels:", len(L), "files on disk:", len(os.listdir(os.path.join(ROOT, "files"))), "missing:", missing)
for k in ["producer", "language", "doc_type", "edit_method", "genuine", "arithmetic_error", "edit_before_capture", "pages"]:
    print(f"{k}:", dict(sorted(collections.Counter(str(x.get(k)) for x in L).items())))
# total visible in text layer (text PDFs only; overlays keep the old text underneath, so only check presence of new)
bad = 0
for x in L:
    f = os.path.join(ROOT, "files", x["file"])
    if not f.endswith(".pdf") or x["producer"].startswith("scan") or not x["total"]:
        continue
    txt = "".join(pdfium.PdfDocument(f)[i].get_textpage().get_text_range() for i in range(len(pdfium.PdfDocument(f))))
    digits = re.sub(r"[^0-9]", "", txt)
    t = x["total"].replace(".", "")
    if x["currency"] == "JPY":
        t = x["total"]
    if t not in digits:
        bad += 1; print("total not found in text:", x["file"], x["producer"], x["total"], x["edit_method"])
print("text-PDF total check failures:", bad)
