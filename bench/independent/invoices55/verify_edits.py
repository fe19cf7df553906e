"""Check that every PDF text-layer edit left the new string in the page text."""
import json, os, sys
import pypdfium2 as pdfium
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
labs = read_parts("z_edits")
for l in labs:
    if not l["file"].endswith(".pdf") or l["edit_method"] in ("overlay_whitebox_flattened", "scan_pdf_image_replace", "overlay_then_scan") or l["edit_before_capture"]:
        continue
    doc = pdfium.PdfDocument(os.path.join(FILES, l["file"]))
    txt = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    miss = []
    if "buyer" in l["what_changed"] and l["buyer"] not in txt: miss.append("buyer")
    if "date" in l["what_changed"] and fmt_date(dt.date.fromisoformat(l["date"]), {"USD":"en_US","CAD":"en_CA","GBP":"en_GB"}.get(l["currency"], l["language"])) not in txt and l["date"][:4] == "2026":
        miss.append("date?")
    print(l["file"], l["what_changed"], "MISSING " + ",".join(miss) if miss else "ok")
