"""Genuine documents from Word (python-docx) and spreadsheets (CSV) converted by LibreOffice."""
import os, csv, subprocess, shutil
from common import *
from genuine_html import doc_strings

def soffice(paths, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(WORK, "lo_profile")]
    if infilter: cmd += ["--infilter=" + infilter]
    cmd += ["--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)

def make_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    w = W[doc["lang"]]; d = Document()
    st = d.styles["Normal"]; st.font.name = "WenQuanYi Micro Hei" if doc["lang"] in ("ko", "ja", "zh") else "DejaVu Sans"; st.font.size = Pt(9.5)
    d.add_heading(w.get(doc["doc_type"], w["invoice"]), 0)
    d.add_paragraph(f"{doc['supplier']['name']}\n{doc['supplier']['addr']}\n{doc['supplier']['taxid']}")
    d.add_paragraph(f"{w['buyer']}: {doc['buyer']['name']}\n{doc['buyer']['addr']}")
    d.add_paragraph(f"{w['no']}: {doc['number']}    {w['date']}: {doc['date_str']}")
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    for c, s in zip(t.rows[0].cells, [w["desc"], w["qty"], w["unit"], w["amount"]]): c.text = s
    for l in doc["lines"]:
        r = t.add_row().cells
        r[0].text = l["desc"]; r[1].text = f"{l['qty']:,}"; r[2].text = money(doc, l["unit"]); r[3].text = money(doc, l["amount"])
    rows = [(w["subtotal"], doc["subtotal"])]
    if doc["discount"]: rows.append((w["discount"], -doc["discount"]))
    if doc["shipping"]: rows.append((w["shipping"], doc["shipping"]))
    if doc["tax"]: rows.append((f"{w['tax']} {doc['tax_rate']:.0f}%", doc["tax"]))
    rows.append((w["total"], doc["total"]))
    for a, b in rows:
        r = t.add_row().cells; r[2].text = a; r[3].text = money(doc, b)
    d.add_paragraph(w["terms"])
    d.core_properties.author = doc["supplier"]["rep"] or "office"
    d.save(path)

def make_csv(doc, path):
    w = W[doc["lang"]]
    with open(path, "w", newline="", encoding="utf-8") as f:
        c = csv.writer(f)
        c.writerow([doc["supplier"]["name"], "", "", w.get(doc["doc_type"], w["invoice"])])
        c.writerow([doc["supplier"]["addr"]]); c.writerow([doc["supplier"]["taxid"]]); c.writerow([])
        c.writerow([w["buyer"], doc["buyer"]["name"], w["no"], doc["number"]])
        c.writerow(["", doc["buyer"]["addr"][:60], w["date"], doc["date_str"]]); c.writerow([])
        c.writerow([w["desc"], w["qty"], w["unit"], w["amount"]])
        for l in doc["lines"]: c.writerow([l["desc"], l["qty"], money(doc, l["unit"]), money(doc, l["amount"])])
        c.writerow([])
        c.writerow(["", "", w["subtotal"], money(doc, doc["subtotal"])])
        if doc["discount"]: c.writerow(["", "", w["discount"], money(doc, -doc["discount"])])
        if doc["shipping"]: c.writerow(["", "", w["shipping"], money(doc, doc["shipping"])])
        if doc["tax"]: c.writerow(["", "", f"{w['tax']} {doc['tax_rate']:.0f}%", money(doc, doc["tax"])])
        c.writerow(["", "", w["total"], money(doc, doc["total"])])

def run(rng, labs, reg):
    tmp = os.path.join(WORK, "office"); os.makedirs(tmp, exist_ok=True)
    jobs = []
    for i, lang in enumerate(["ko", "ja", "en", "de", "fr", "zh", "it", "pl"]):
        doc = make_doc(rng, lang, "invoice", currency="HKD" if lang == "en" else None, discount=i % 3 == 0, shipping=i % 2 == 0,
                       n_items=rng.choice([2, 4, 6]), arithmetic_error=(i == 4))
        base = f"g{len(labs)+1+len(jobs):03d}_{lang}_docx"; p = os.path.join(tmp, base + ".docx"); make_docx(doc, p)
        jobs.append((doc, base, p, "docx_libreoffice"))
    docx_paths = [j[2] for j in jobs]
    n0 = len(jobs)
    for i, lang in enumerate(["ko", "ja", "en", "es", "nl", "en", "zh"]):
        doc = make_doc(rng, lang, "invoice", currency=("USD" if lang == "en" else "CNY" if lang == "zh" else None), shipping=i % 2 == 1,
                       n_items=rng.choice([3, 5, 9]), date_style=("iso" if lang == "ko" else None))
        base = f"g{len(labs)+1+len(jobs):03d}_{lang}_calc"; p = os.path.join(tmp, base + ".csv"); make_csv(doc, p)
        jobs.append((doc, base, p, "csv_libreoffice_calc"))
    soffice(docx_paths, tmp)
    soffice([j[2] for j in jobs[n0:]], tmp, infilter="CSV:44,34,76")
    for doc, base, p, prod in jobs:
        src = os.path.join(tmp, base + ".pdf")
        if not os.path.exists(src): print("missing", src); continue
        fname = base + ".pdf"; shutil.copy(src, os.path.join(FILES, fname))
        labs.append(label_for(doc, fname, prod, pdf_pages(src)))
        reg[fname] = dict(doc_strings(doc), total_str=money(doc, doc["total"]))
