"""fpdf2 producers: bordered-cell factory invoices, narrow thermal-style receipts, TTF invoices."""
import os, random
from fpdf import FPDF
from common import *
from i18n import tr


def _pdf(fmt="A4", ttf=None):
    p = FPDF(format=fmt)
    p.set_auto_page_break(True, 18)
    p.core_fonts_encoding = "windows-1252"
    p.set_creator("fpdf2 invoice module"); p.set_producer("PyFPDF/fpdf2")
    if ttf:
        p.add_font("U", "", ttf); p.add_font("U", "B", FONT_LATIN_B)
    return p


def grid_invoice(doc, path, ttf=False):
    t = tr(doc["lang"])
    p = _pdf(ttf=FONT_LATIN if ttf else None)
    F = "U" if ttf else "Helvetica"
    p.add_page()
    p.set_font(F, "B", 15); p.cell(0, 8, doc["supplier"], new_x="LMARGIN", new_y="NEXT")
    p.set_font(F, "", 8.5); p.multi_cell(110, 4.5, doc["supplier_addr"] + "\n" + t["vatid"] + ": " + doc["supplier_tax"], new_x="LMARGIN", new_y="NEXT")
    p.set_xy(130, 12); p.set_font(F, "B", 17); p.cell(70, 9, t[doc["doc_type"]], align="R")
    p.set_xy(130, 24); p.set_font(F, "", 9)
    for a, b in [(t["no"], doc["number"]), (t["date"], doc["date_str"]), (t["due"], doc["due_str"])]:
        p.set_x(120); p.cell(40, 5, a, border=1); p.cell(40, 5, b, border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_y(50); p.set_font(F, "B", 9); p.cell(0, 5, t["buyer"], new_x="LMARGIN", new_y="NEXT")
    p.set_font(F, "", 9); p.multi_cell(100, 4.5, doc["buyer"] + "\n" + doc["buyer_addr"] + (("\n" + t["vatid"] + ": " + doc["buyer_tax"]) if doc["buyer_tax"] else ""), new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    w = [10, 90, 22, 32, 36]
    p.set_fill_color(230, 230, 230); p.set_font(F, "B", 8.5)
    for wi, h in zip(w, ["#", t["desc"], t["qty"], t["unit"], t["amount"]]): p.cell(wi, 6, h, border=1, fill=True, align="C")
    p.ln(); p.set_font(F, "", 8.5)
    for k, it in enumerate(doc["items"]):
        p.cell(w[0], 6, str(k + 1), border=1, align="C"); p.cell(w[1], 6, it["name"][:52], border=1)
        p.cell(w[2], 6, str(it["qty"]), border=1, align="R"); p.cell(w[3], 6, money(it["price"], doc, False), border=1, align="R")
        p.cell(w[4], 6, money(it["amount"], doc, False), border=1, align="R"); p.ln()
    rows = [(t["subtotal"], doc["subtotal"])]
    if doc["discount"]: rows.append((t["discount"], -doc["discount"]))
    if doc["shipping"]: rows.append((t["shipping"], doc["shipping"]))
    if doc["tax_rate"]: rows.append((f"{t['tax']} {fmt_num(doc['tax_rate']*100, doc['numstyle'], 0)}%", doc["tax"]))
    for a, v in rows:
        p.set_x(10 + sum(w[:3])); p.cell(w[3], 6, a, border=1); p.cell(w[4], 6, money(v, doc, False), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font(F, "B", 10); p.set_x(10 + sum(w[:3])); p.cell(w[3], 7, t["total"], border=1)
    p.cell(w[4], 7, money(doc["total"], doc), border=1, align="R", new_x="LMARGIN", new_y="NEXT")
    p.ln(10); p.set_font(F, "", 8); p.multi_cell(0, 4, t["pay"] + "\n" + t["thanks"])
    p.output(path)


def thermal(doc, path):
    """Till-roll style receipt, Courier, 80 mm wide."""
    t = tr(doc["lang"])
    h = 110 + 9 * len(doc["items"])
    p = _pdf(fmt=(80, h)); p.set_margins(4, 4, 4); p.set_auto_page_break(False)
    p.add_page(); p.set_font("Courier", "B", 10)
    p.multi_cell(72, 4.5, doc["supplier"], align="C", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", "", 7.5)
    p.multi_cell(72, 3.5, doc["supplier_addr"] + "\n" + t["vatid"] + " " + doc["supplier_tax"], align="C", new_x="LMARGIN", new_y="NEXT")
    p.cell(72, 5, "-" * 40, new_x="LMARGIN", new_y="NEXT")
    p.cell(72, 4, f"{t[doc['doc_type']]}  {doc['number']}", new_x="LMARGIN", new_y="NEXT")
    p.cell(72, 4, f"{doc['date_str']}  {random.Random(doc['id']).randint(8,19):02d}:{random.Random(doc['id']).randint(0,59):02d}", new_x="LMARGIN", new_y="NEXT")
    p.multi_cell(72, 3.5, t["buyer"] + ": " + doc["buyer"], new_x="LMARGIN", new_y="NEXT")
    p.cell(72, 4, "-" * 40, new_x="LMARGIN", new_y="NEXT")
    for it in doc["items"]:
        p.cell(72, 3.6, it["name"][:38], new_x="LMARGIN", new_y="NEXT")
        p.cell(40, 3.6, f"  {it['qty']} x {money(it['price'], doc, False)}"); p.cell(32, 3.6, money(it["amount"], doc, False), align="R", new_x="LMARGIN", new_y="NEXT")
    p.cell(72, 4, "-" * 40, new_x="LMARGIN", new_y="NEXT")
    if doc["tax_rate"]:
        p.cell(40, 4, f"{t['tax']} {fmt_num(doc['tax_rate']*100, 'us', 0)}%"); p.cell(32, 4, money(doc["tax"], doc, False), align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", "B", 10); p.cell(35, 6, t["total"]); p.cell(37, 6, money(doc["total"], doc), align="R", new_x="LMARGIN", new_y="NEXT")
    p.set_font("Courier", "", 7); p.cell(72, 6, t["thanks"], align="C")
    p.output(path)


def build(rng):
    recs, metas = [], []
    out = lambda n: os.path.join(FILES, n)
    specs = ["en_cn", "en_cn", "en_cn", "de", "it", "es", "en_gb", "nl", "fr", "pl", "en_us", "en_cn"]
    for i, lang in enumerate(specs):
        doc = make_doc(rng, f"fg{i}", lang, "invoice", n_items=(34 if i == 2 else None), tax=lang != "en_cn", discount=i % 4 == 0,
                       shipping=i % 3 == 0, arith_error=(i == 7), currency="USD" if lang == "en_cn" else None)
        fn = f"{doc['supplier'].split()[0].lower().strip(',.')}_{doc['number'].replace('/', '')}.pdf"
        grid_invoice(doc, out(fn), ttf=(lang == "pl"))
        prod = "fpdf2_grid" + ("_ttf" if lang == "pl" else "")
        recs.append(label(doc, fn, prod, pdf_pages(out(fn)))); metas.append(meta(doc, fn, prod, font="TTF" if lang == "pl" else "Helvetica"))
    for i, lang in enumerate(["en_gb", "de", "es", "en_us"]):
        doc = make_doc(rng, f"ft{i}", lang, "receipt", n_items=rng.choice([2, 3, 5]), tax=lang != "en_us")
        fn = f"receipt_{doc['date_obj']:%Y%m%d}_{i}.pdf"
        thermal(doc, out(fn))
        recs.append(label(doc, fn, "fpdf2_thermal", 1)); metas.append(meta(doc, fn, "fpdf2_thermal", font="Helvetica"))
    return recs, metas


if __name__ == "__main__":
    r, m = build(random.Random(5427))
    save_part("fpdf", r, m)
    print(len(r), "fpdf files")
