"""verify_edits.py - for born-digital PDF edits: the new value is in the text layer, and for text replacements the old one is gone"""
import json, sys, os, datetime
HERE = os.path.dirname(os.path.abspath(__file__)); sys.path.insert(0, HERE)
from common import *
import pypdfium2 as pdfium

def text(path):
    d = pdfium.PdfDocument(path)
    return " ".join(d[i].get_textpage().get_text_range() for i in range(len(d))).replace("\u00a0", " ")

rows = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
for r in rows:
    m = r["edit_method"]
    if m not in ("pikepdf_text_replace", "overlay_whitebox", "incremental_overlay", "gs_reprint", "docx_regenerate"): continue
    key = r["file"].split("_")[1]; doc = load_doc(key); t = text(os.path.join(FILES, r["file"]))
    res = []
    for f in r["what_changed"]:
        old = {"buyer": doc["buyer"]["name"], "supplier": doc["supplier"]["name"], "date": DT(doc), "total": N(doc, doc["printed_total"])}.get(f)
        new = {"buyer": r["buyer"], "supplier": r["supplier"], "date": fdate(datetime.date.fromisoformat(r["date"]), doc["date_style"]),
               "total": N(doc, D(r["total"]))}.get(f)
        if old is None: res.append((f, "n/a")); continue
        res.append((f, "old-still-in-text" if old.replace("\u00a0", " ") in t else "old-gone", "new-found" if new.replace("\u00a0", " ") in t else "NEW-MISSING"))
    print(r["file"], res)
