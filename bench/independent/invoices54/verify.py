"""Extra self-check: printed total and date of every text-PDF label can be found in the file's text layer."""
import json, os, sys, re
import pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
bad = 0
for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8"):
    r = json.loads(l)
    p = os.path.join(FILES, r["file"])
    if not p.endswith(".pdf"): continue
    d = pdfium.PdfDocument(p)
    txt = "".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    if not txt.strip(): continue  # image-only PDF
    norm = re.sub(r"[\s\u00a0\u202f,.'’]", "", txt)
    problems = []
    if r["total"] is not None:
        t = r["total"].replace("-", "").replace(".", "")
        if r["currency"] == "JPY": t = t[:-2]
        if t not in norm: problems.append("total " + r["total"])
    if r["supplier"] and r["supplier"][:12].lower() not in txt.replace("\n", " ").lower(): problems.append("supplier")
    if r["buyer"] and r["buyer"][:12] not in txt.replace("\n", " ") and r["doc_type"] != "other": problems.append("buyer")
    if problems:
        bad += 1; print(r["file"], r["edit_method"], problems)
print("files with problems:", bad)
