"""Genuine documents via LibreOffice: CSV spreadsheets (Calc) and python-docx Word files (Writer)."""
import os, random, subprocess, csv, shutil
from common import *
from genuine_html import npages


def build_csv(doc, path):
    t = T(doc)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([doc["supplier"], "", "", "", title(doc)])
        w.writerow([doc["supplier_addr"], "", "", "", f"{t['no']}: {doc['number']}"])
        w.writerow([f"{doc['taxid_label']}: {doc['supplier_tax']}", "", "", "", f"{t['date']}: {dstr(doc)}"])
        w.writerow([])
        w.writerow([f"{t['buyer']}: {doc['buyer']}", "", "", "", ""])
        w.writerow([doc["buyer_addr"]])
        w.writerow([])
        w.writerow(["#", t["desc"], t["qty"], t["price"], t["amt"]])
        for i, it in enumerate(doc["items"]):
            w.writerow([i + 1, it["desc"], it["qty"], num(doc, it["price"]), num(doc, it["amount"])])
        w.writerow([])
        w.writerow(["", "", "", t["sub"], num(doc, doc["sub"])])
        if doc["disc"]: w.writerow(["", "", "", t["disc"], "-" + num(doc, doc["disc"])])
        if doc["ship"]: w.writerow(["", "", "", t["ship"], num(doc, doc["ship"])])
        for lab, amt in tax_lines(doc): w.writerow(["", "", "", lab, num(doc, amt)])
        w.writerow(["", "", "", t["total"], money(doc, doc["total"])])


def build_docx(doc, path, rng):
    from docx import Document
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = T(doc)
    d = Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if doc["lang"] not in ("zh", "ja") else "WenQuanYi Micro Hei"
    st.font.size = Pt(10)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph(f"{doc['supplier_addr']}\n{doc['taxid_label']}: {doc['supplier_tax']}")
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(title(doc)); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x20, 0x40, 0x70)
    d.add_paragraph(f"{t['no']}: {doc['number']}\n{t['date']}: {dstr(doc)}")
    d.add_paragraph(f"{t['buyer']}: {doc['buyer']}\n{doc['buyer_addr']}")
    tb = d.add_table(rows=1, cols=5); tb.style = "Table Grid"
    for c, hd in zip(tb.rows[0].cells, ["#", t["desc"], t["qty"], t["price"], t["amt"]]): c.text = hd
    for i, it in enumerate(doc["items"]):
        cells = tb.add_row().cells
        for c, v in zip(cells, [str(i + 1), it["desc"], str(it["qty"]), num(doc, it["price"]), num(doc, it["amount"])]):
            c.text = v
    rows = [(t["sub"], num(doc, doc["sub"]))]
    if doc["disc"]: rows.append((t["disc"], "-" + num(doc, doc["disc"])))
    if doc["ship"]: rows.append((t["ship"], num(doc, doc["ship"])))
    rows += [(l, num(doc, a)) for l, a in tax_lines(doc)]
    rows.append((t["total"], money(doc, doc["total"])))
    for lab, v in rows:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(f"{lab}:  {v}"); r.bold = lab == t["total"]
    d.add_paragraph(rng.choice(["Payment by bank transfer within 14 days.", "Goods checked and received in good order.",
                                "Cash sale - Deira, Dubai."]))
    d.core_properties.author = rng.choice(["accounts", "Admin", "user", doc["supplier"][:20]])
    d.save(path)


PLAN_CSV = ["ae", "in", "de", "pl", "nl", "es", "uk", "eg"]
PLAN_DOCX = ["ae", "ae", "fr", "it", "pk", "ja", "sa", "de", "uk", "tr"]
ERR_DOCX = {4}


def run():
    rng = random.Random(4903)
    recs = []; srcs = []; docs = []
    od = os.path.join(WORK, "office"); os.makedirs(od, exist_ok=True)
    for i, reg in enumerate(PLAN_CSV):
        doc = make_doc(rng, reg, "tax_invoice" if reg not in ("eg",) else "invoice", n_items=rng.randint(3, 9) if i != 1 else 55)
        base = f"lo_calc_{i:02d}_{reg}"; src = os.path.join(od, base + ".csv"); build_csv(doc, src)
        srcs.append(src); docs.append((base, doc, "libreoffice_calc_csv"))
    for i, reg in enumerate(PLAN_DOCX):
        dt = "receipt" if i in (1, 9) else ("invoice" if reg in ("pk", "tr") else "tax_invoice")
        doc = make_doc(rng, reg, dt, n_items=rng.randint(2, 6), arith_error=i in ERR_DOCX)
        base = f"lo_docx_{i:02d}_{reg}"; src = os.path.join(od, base + ".docx"); build_docx(doc, src, rng)
        srcs.append(src); docs.append((base, doc, "python-docx_libreoffice"))
    # one soffice run for all sources (csv import options: comma, UTF-8)
    csvs = [s for s in srcs if s.endswith(".csv")]; docxs = [s for s in srcs if s.endswith(".docx")]
    subprocess.run(["soffice", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "pdf", "--outdir", od] + csvs,
                   check=True, capture_output=True, timeout=300)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", od] + docxs,
                   check=True, capture_output=True, timeout=300)
    for base, doc, prod in docs:
        name = base + ".pdf"
        shutil.copy(os.path.join(od, name), os.path.join(FILES, name))
        save_meta(name, doc, dict(producer=prod))
        recs.append(label_for(doc, name, prod, npages(os.path.join(FILES, name))))
    return recs


if __name__ == "__main__":
    r = run(); print(len(r))
