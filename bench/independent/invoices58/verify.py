"""Extra sanity check: for PDFs with a text layer, the labelled total and buyer should be findable in the text."""
import os, json
from decimal import Decimal
import pypdfium2 as pdfium
from common import FILES, LABELS, fmt_num
bad = 0; n = 0
for l in open(LABELS):
    r = json.loads(l)
    if not r["file"].endswith(".pdf") or r["total"] is None:
        continue
    pdf = pdfium.PdfDocument(os.path.join(FILES, r["file"]))
    txt = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf))).replace("\r\n", " ").replace("\n", " ")
    pdf.close()
    if len(txt.strip()) < 20:
        continue  # image-only PDF
    n += 1
    forms = {fmt_num(Decimal(r["total"]), s) for s in ("it", "fr", "en")}
    if not any(f in txt for f in forms) or (r["buyer"] and r["buyer"] not in txt and r["doc_type"] != "purchase_order"):
        bad += 1; print("MISMATCH", r["file"], r["orig_name"], r["edit_method"], r["total"], r["buyer"][:25])
print(f"text-layer PDFs checked: {n}, mismatches: {bad}")
