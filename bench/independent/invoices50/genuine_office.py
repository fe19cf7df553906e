"""Genuine documents from Word (python-docx) and spreadsheets (HTML table / CSV) exported by LibreOffice."""
import os, random, subprocess, shutil, html
from decimal import Decimal
from common import *


def make_docx(doc, path):
    from docx import Document
    from docx.shared import Pt
    w = words(doc["country"])
    d = Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9.5)
    d.core_properties.author = "Utilisateur"
    d.add_heading(w.get(doc["doc_type"], w["invoice"]), level=1)
    d.add_paragraph(f"{doc['supplier'][0]}\n{doc['supplier'][1]}\n{doc['supplier'][2]}")
    d.add_paragraph(f"{w['buyer']} : {doc['buyer'][0]}\n{doc['buyer'][1]}\n{doc['buyer'][2]}")
    d.add_paragraph(f"{w['no']} {doc['number']}    {w['date']} : {fmt_date(doc['date'], doc['country'], 1)}")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, [w["desc"], w["qty"], w["unit"], w["vat"], w["amount"]]):
        c.text = h
    for it in doc["items"]:
        r = t.add_row().cells
        r[0].text = it["desc"]; r[1].text = str(it["qty"]); r[2].text = num(doc, it["unit"])
        r[3].text = f"{it['rate']:g}%"; r[4].text = num(doc, it["line"])
    d.add_paragraph("")
    lines = [f"{w['sub']} : {money(doc, doc['subtotal'])}"]
    if doc["discount"]:
        lines.append(f"{w['disc']} : {money(doc, -doc['discount'])}")
    if doc["shipping"]:
        lines.append(f"{w['ship']} : {money(doc, doc['shipping'])}")
    for r, (b, tx) in sorted(doc["taxes"].items()):
        lines.append(f"{w['tax']} {r:g}% : {money(doc, tx + (Decimal('1.00') if doc.get('arithmetic_error') == 'tax' else 0))}")
    for l in lines:
        d.add_paragraph(l)
    p = d.add_paragraph(); rr = p.add_run(f"{w['total']} : {money(doc, doc['total'])}"); rr.bold = True; rr.font.size = Pt(12)
    d.add_paragraph(w["legal"]).runs[0].font.size = Pt(7)
    d.save(path)


def make_sheet_html(doc, path):
    """A 'spreadsheet' as an HTML table that LibreOffice Calc opens and exports."""
    w = words(doc["country"])
    e = html.escape
    rows = [[doc["supplier"][0], "", "", w.get(doc["doc_type"], w["invoice"])], [doc["supplier"][1], "", "", f"{w['no']} {doc['number']}"],
            [doc["supplier"][2], "", "", f"{w['date']} {fmt_date(doc['date'], doc['country'])}"], [""],
            [w["buyer"], doc["buyer"][0]], ["", doc["buyer"][1]], [""],
            [w["desc"], w["qty"], w["unit"], w["vat"], w["amount"]]]
    for it in doc["items"]:
        rows.append([it["desc"], str(it["qty"]), num(doc, it["unit"]), f"{it['rate']:g}%", num(doc, it["line"])])
    rows.append([""])
    rows.append(["", "", "", w["sub"], money(doc, doc["subtotal"])])
    if doc["discount"]:
        rows.append(["", "", "", w["disc"], money(doc, -doc["discount"])])
    if doc["shipping"]:
        rows.append(["", "", "", w["ship"], money(doc, doc["shipping"])])
    for r, (b, tx) in sorted(doc["taxes"].items()):
        rows.append(["", "", "", f"{w['tax']} {r:g}%", money(doc, tx)])
    rows.append(["", "", "", w["total"], money(doc, doc["total"])])
    body = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rows)
    open(path, "w", encoding="utf-8").write(f"<html><head><meta charset=utf-8></head><body><table border=1>{body}</table></body></html>")


def run(rng, start=200):
    labs = []
    i = start
    todo = []
    plan = [("fr", "docx", "invoice"), ("fr", "docx", "invoice"), ("es", "docx", "invoice"), ("it", "docx", "invoice"), ("ma", "docx", "invoice"),
            ("tn", "docx", "invoice"), ("fr", "docx", "credit_note"), ("fr", "docx", "other"),
            ("fr", "sheet", "invoice"), ("es", "sheet", "invoice"), ("pl", "sheet", "invoice"), ("de", "sheet", "invoice"),
            ("zh", "sheet", "invoice"), ("fr", "sheet", "price_list"), ("it", "sheet", "invoice")]
    for k, (cc, kind, dt) in enumerate(plan):
        doc = make_doc(rng, cc, "invoice" if dt in ("other", "price_list") else dt, arith_error=(k == 4))
        if dt in ("other", "price_list"):
            doc["doc_type"] = dt
        base = f"doc_{i:03d}"
        if dt == "other":  # a letter from the supplier about a late payment, not an invoice
            from docx import Document
            d = Document()
            d.add_paragraph(f"{doc['supplier'][0]}\n{doc['supplier'][1]}")
            d.add_paragraph(f"Marseille, le {fmt_date(doc['date'], 'fr', 1)}")
            d.add_paragraph(f"{doc['buyer'][0]}\n{doc['buyer'][1]}")
            d.add_paragraph("Objet : relance — facture " + doc["number"])
            d.add_paragraph(f"Madame, Monsieur,\nSauf erreur de notre part, la facture {doc['number']} d'un montant de {money(doc, doc['total'])} "
                            "reste impayée à ce jour. Nous vous remercions de bien vouloir procéder au règlement sous huitaine.\n\n"
                            "Veuillez agréer nos salutations distinguées.\nLe service comptabilité")
            src = os.path.join(WORK, base + ".docx"); d.save(src)
            doc["has_total"] = True
        elif kind == "docx":
            src = os.path.join(WORK, base + ".docx"); make_docx(doc, src)
        else:
            src = os.path.join(WORK, base + ".html"); make_sheet_html(doc, src)
        todo.append((src, base, doc, "docx_libreoffice" if kind == "docx" else "calc_libreoffice"))
        i += 1
    outdir = os.path.join(WORK, "lo"); os.makedirs(outdir, exist_ok=True)
    docs = [t[0] for t in todo if t[0].endswith(".docx")]
    sheets = [t[0] for t in todo if t[0].endswith(".html")]
    prof = "-env:UserInstallation=file://" + os.path.join(WORK, "lo_profile")
    if docs:
        subprocess.run(["soffice", prof, "--headless", "--convert-to", "pdf", "--outdir", outdir] + docs, capture_output=True, timeout=300)
    if sheets:
        subprocess.run(["soffice", prof, "--headless", "--infilter=HTML (StarCalc)", "--convert-to", "pdf:calc_pdf_Export", "--outdir", outdir] + sheets,
                       capture_output=True, timeout=300)
    for src, base, doc, prod in todo:
        pdf = os.path.join(outdir, base + ".pdf")
        if not os.path.exists(pdf):
            print("missing", pdf); continue
        shutil.copy(pdf, os.path.join(FILES, base + ".pdf"))
        lab = label(doc, base + ".pdf", prod, pages=pdf_pages(pdf))
        if doc["doc_type"] in ("other", "price_list"):
            lab["is_invoice"] = False
            if doc["doc_type"] == "price_list":
                lab["doc_type"] = "other"; lab["note"] = "price list laid out like an invoice"
            else:
                lab["note"] = "payment reminder letter quoting an invoice total"
        labs.append(lab)
    write_part("genuine_office", labs)
    return labs


if __name__ == "__main__":
    print(len(run(random.Random(33))))
