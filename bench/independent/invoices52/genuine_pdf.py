"""Direct PDF producers: ReportLab (Symfonia-like grid, KSeF-like print, Helvetica plain, paragon) and fpdf2."""
import os
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.lib.units import mm

pdfmetrics.registerFont(TTFont("DV", DEJAVU)); pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
pdfmetrics.registerFont(TTFont("DVM", DEJAVU_MONO))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3"))
LATIN1 = ("en", "us", "de", "fr", "it", "es", "nl")

def rl_invoice(doc, out, style):
    """style: symfonia (DejaVu grid), helv (Helvetica, literal strings), ksef (KSeF e-invoice visualisation)"""
    lang = doc["lang"]; t = T[lang]
    F, FB = ("Helvetica", "Helvetica-Bold") if style == "helv" else ("DV", "DVB")
    if lang == "zh": F = FB = "STSong-Light"
    if lang == "ja": F = FB = "HeiseiMin-W3"
    c = canvas.Canvas(out, pagesize=A4, pageCompression=0 if style == "helv" else 1)
    c.setCreator({"symfonia": "Symfonia-like FK 2026", "helv": "InvoiceDesk 4.2", "ksef": "KSeF wizualizacja"}.get(style))
    W, H = A4; m = lambda x: fmt_money(x, lang, sym=False)
    title = TITLES.get(doc["doc_type"], {}).get(lang, t[0]) if doc["doc_type"] != "invoice" else t[0]
    v = doc.get("variant", 0)
    def header(page):
        y = H - 20 * mm
        if style == "ksef":
            c.setFillColorRGB(.12, .25, .45); c.rect(0, H - 28 * mm, W, 28 * mm, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
            c.setFont(FB, 15); c.drawString(15 * mm, H - 14 * mm, "Faktura VAT  (e-Faktura FA(2))")
            c.setFont(F, 8); c.drawString(15 * mm, H - 21 * mm, f"Numer KSeF: {doc['supplier_tax'][4:].replace('-', '')}-{doc['date'].strftime('%Y%m%d')}-5B2E41C07A-3F")
            c.setFillColorRGB(0, 0, 0); y = H - 38 * mm
        else:
            c.setFont(FB, 16); c.drawString(15 * mm, y, title)
            y -= 7 * mm
        c.setFont(F, 9)
        c.drawString(15 * mm, y, f"{t[1]} {doc['number']}")
        c.drawRightString(W - 15 * mm, y + 7 * mm, f"{t[2]}: {fmt_date(doc['date'], lang, v)}")
        c.drawRightString(W - 15 * mm, y, f"{t[3]}: {fmt_date(doc['sale_date'], lang, v)}")
        if page > 1:
            return y - 8 * mm
        y -= 12 * mm
        for k, (lab, nm, ad, tx) in enumerate([(t[4], doc["supplier"], doc["supplier_addr"], doc["supplier_tax"]),
                                               (t[5], doc["buyer"], doc["buyer_addr"], doc["buyer_tax"])]):
            x = 15 * mm + k * 92 * mm
            if style != "helv": c.rect(x - 2 * mm, y - 22 * mm, 88 * mm, 27 * mm)
            c.setFont(FB, 9); c.drawString(x, y, lab); c.setFont(F, 9)
            c.drawString(x, y - 5 * mm, nm); c.drawString(x, y - 10 * mm, ad); c.drawString(x, y - 15 * mm, tx)
        return y - 32 * mm
    cols = [15, 22, 84, 99, 110, 129, 149, 160, 175, 195]  # mm positions
    heads = ["Lp", t[6], t[7], t[8], t[9], t[10], t[11] if doc["with_tax"] else "", t[12] if doc["with_tax"] else "", t[13] if doc["with_tax"] else ""]
    def table_head(y):
        c.setFont(FB, 6.5)
        if style != "helv": c.setFillColorRGB(.88, .88, .88); c.rect(15 * mm, y - 2 * mm, 180 * mm, 6 * mm, fill=1, stroke=1); c.setFillColorRGB(0, 0, 0)
        for i, h in enumerate(heads):
            avail = (cols[i + 1] - cols[i] - 1.2) * mm; fs = 6.5
            while fs > 4 and pdfmetrics.stringWidth(h, FB, fs) > avail: fs -= 0.25
            c.setFont(FB, fs); c.drawString((cols[i] + 0.6) * mm, y, h)
        return y - 6 * mm
    page = 1; y = header(page); y = table_head(y)
    for i, ln in enumerate(doc["lines"], 1):
        if y < 60 * mm:
            c.setFont(F, 7); c.drawRightString(W - 15 * mm, 10 * mm, f"{page}"); c.showPage(); page += 1
            y = table_head(header(page))
        c.setFont(F, 7.5)
        vals = [str(i), ln["desc"][:44], str(ln["qty"]), ln["unit"], m(ln["price"]), m(ln["net"])]
        if doc["with_tax"]: vals += [f"{ln['rate']}%", m(ln["vat"]), m(ln["net"] + ln["vat"])]
        for k, s in enumerate(vals):
            if k in (0, 1, 3): c.drawString((cols[k] + 0.8) * mm, y, s)
            else: c.drawRightString((cols[k + 1] - 0.8) * mm, y, s)
        if style == "symfonia": c.line(15 * mm, y - 1.8 * mm, 195 * mm, y - 1.8 * mm)
        y -= 5.2 * mm
    y -= 4 * mm
    c.setFont(F, 8.5)
    def sline(lab, val, bold=False):
        nonlocal y
        c.setFont(FB if bold else F, 11 if bold else 8.5)
        c.drawString(110 * mm, y, lab); c.drawRightString(195 * mm, y, val); y -= (7 if bold else 4.6) * mm
    if doc["disc"]: sline(f"{t[15]} {doc['discount_pct']}%", "-" + m(doc["disc"]))
    if doc["shipping"]: sline(t[16], m(doc["shipping"]))
    if doc["with_tax"]:
        for r_, n in sorted(doc["net_by_rate"].items()):
            sline(f"{t[10]} {r_}%", m(n)); sline(f"{t[12]} {r_}%", m(doc["vat_by_rate"][r_]))
    sline(t[14], fmt_money(doc["total"], lang), bold=True)
    c.setFont(F, 8.5)
    if lang == "pl": c.drawString(15 * mm, y, "Słownie: " + slownie_pl(doc["total"])); y -= 5 * mm
    c.drawString(15 * mm, y, f"{t[17]}   {t[18]}: {fmt_date(doc['due'], lang, v)}")
    if style == "ksef":
        c.setFont(F, 7); c.drawString(15 * mm, 22 * mm, "Wizualizacja faktury ustrukturyzowanej. Kod weryfikujący:")
        import hashlib; hsh = hashlib.sha1(doc["number"].encode()).hexdigest()
        for r in range(12):
            for k in range(12):
                if int(hsh[(r * 12 + k) % 40], 16) % 2: c.rect(170 * mm + k * 1.8 * mm, 12 * mm + r * 1.8 * mm, 1.8 * mm, 1.8 * mm, fill=1, stroke=0)
    c.setFont(F, 7); c.drawRightString(W - 15 * mm, 10 * mm, f"{page}")
    c.showPage(); c.save()

def rl_paragon(doc, out):
    """Polish fiscal receipt on 80 mm thermal roll, NIP nabywcy printed (faktura uproszczona)."""
    lines = doc["lines"]; h = (110 + 9 * len(lines)) * mm
    c = canvas.Canvas(out, pagesize=(80 * mm, h)); c.setCreator("POSNET-like fiscal printer driver")
    y = h - 8 * mm; c.setFont("DVM", 7.5)
    def ce(s, f="DVM", sz=7.5):
        nonlocal y; c.setFont(f, sz); c.drawCentredString(40 * mm, y, s); y -= 3.6 * mm
    def lr(a, b, sz=7.5, f="DVM"):
        nonlocal y; c.setFont(f, sz); c.drawString(4 * mm, y, a); c.drawRightString(76 * mm, y, b); y -= 3.6 * mm
    ce(doc["supplier"][:36]); ce(doc["supplier_addr"][:40]); ce(doc["supplier_tax"])
    lr(fmt_date(doc["date"], "pl", 1) + " 14:" + f"{len(lines) * 7 % 60:02d}", "nr wydr. " + doc["number"].split()[1].split("/")[0])
    ce("PARAGON FISKALNY", "DVB", 9)
    if doc.get("buyer_tax_on_receipt"): lr("NIP nabywcy:", doc["buyer_tax"][4:].replace("-", ""))
    c.line(4 * mm, y + 2.4 * mm, 76 * mm, y + 2.4 * mm); y -= 1 * mm
    letters = {23: "A", 8: "B", 5: "C"}
    for ln in lines:
        lr(ln["desc"][:30], ""); y += 0.4 * mm
        lr(f"   {ln['qty']} x{fmt_num(ln['price'] * (1 + D(ln['rate']) / 100), 'pl')}", f"{fmt_num(ln['net'] + ln['vat'], 'pl')} {letters[ln['rate']]}")
    c.line(4 * mm, y + 2.4 * mm, 76 * mm, y + 2.4 * mm); y -= 1 * mm
    for r_, n in sorted(doc["net_by_rate"].items()):
        lr(f"SPRZEDAŻ OPODATK. {letters[r_]}", fmt_num(n + doc["vat_by_rate"][r_], "pl"))
        lr(f"PTU {letters[r_]} {r_}%", fmt_num(doc["vat_by_rate"][r_], "pl"))
    lr("SUMA PTU", fmt_num(doc["vat_total"], "pl"))
    y -= 1 * mm; lr("SUMA PLN", fmt_num(doc["total"], "pl"), 12, "DVB"); y -= 1 * mm
    lr("Karta płatnicza", fmt_num(doc["total"], "pl"))
    ce(f"#Kasa 1  Kasjer nr 2   {doc['number'].split()[1]}"); ce("BFA 1901234567  (P)")
    c.showPage(); c.save()

def fpdf_invoice(doc, out, core=False):
    from fpdf import FPDF
    lang = doc["lang"]; t = T[lang]; m = lambda x: fmt_money(x, lang, sym=False)
    pdf = FPDF(format="A4"); pdf.set_creator("fpdf2 / TinyBooks 1.3"); pdf.set_auto_page_break(True, 20)
    if core: F = "helvetica"
    else:
        pdf.add_font("dv", "", DEJAVU); pdf.add_font("dv", "B", DEJAVU_B); F = "dv"
    pdf.add_page(); pdf.set_font(F, "B", 18)
    title = TITLES.get(doc["doc_type"], {}).get(lang, t[0]) if doc["doc_type"] != "invoice" else t[0]
    fix = (lambda s: s.replace("\u202f", " ").replace("€", "EUR")) if core else (lambda s: s)
    pdf.cell(0, 10, fix(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9); v = doc.get("variant", 0)
    pdf.cell(0, 5, fix(f"{t[1]} {doc['number']}   |   {t[2]}: {fmt_date(doc['date'], lang, v)}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for lab, nm, ad, tx in [(t[4], doc["supplier"], doc["supplier_addr"], doc["supplier_tax"]), (t[5], doc["buyer"], doc["buyer_addr"], doc["buyer_tax"])]:
        pdf.set_font(F, "B", 9); pdf.cell(0, 5, fix(lab), new_x="LMARGIN", new_y="NEXT"); pdf.set_font(F, "", 9)
        pdf.multi_cell(0, 4.5, fix(f"{nm}\n{ad}\n{tx}"), new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    widths = [8, 78, 14, 12, 26, 30]
    pdf.set_font(F, "B", 8); pdf.set_fill_color(230, 230, 230)
    for w, h in zip(widths, ["#", t[6], t[7], t[8], t[9], t[10]]): pdf.cell(w, 6, fix(h), border=1, fill=True)
    pdf.ln(); pdf.set_font(F, "", 8)
    for i, ln in enumerate(doc["lines"], 1):
        for k, (w, s) in enumerate(zip(widths, [str(i), ln["desc"][:46], str(ln["qty"]), ln["unit"], m(ln["price"]), m(ln["net"])])):
            pdf.cell(w, 5.5, fix(s), border=1, align="R" if k in (2, 4, 5) else "L")
        pdf.ln()
    pdf.ln(3)
    def sl(a, b, bold=False):
        pdf.set_font(F, "B" if bold else "", 11 if bold else 9); pdf.cell(120); pdf.cell(40, 6, fix(a)); pdf.cell(28, 6, fix(b), align="R", new_x="LMARGIN", new_y="NEXT")
    sl(t[10], m(doc["subtotal"]))
    if doc["disc"]: sl(f"{t[15]} {doc['discount_pct']}%", "-" + m(doc["disc"]))
    if doc["shipping"]: sl(t[16], m(doc["shipping"]))
    if doc["with_tax"]:
        for r_, n in sorted(doc["vat_by_rate"].items()): sl(f"{t[12]} {r_}%", m(n))
    sl(t[14], fix(fmt_money(doc["total"], lang)), True)
    pdf.ln(6); pdf.set_font(F, "", 8); pdf.cell(0, 5, fix(f"{t[17]}  -  {t[18]}: {fmt_date(doc['due'], lang, v)}"))
    pdf.output(out)

PLAN = [  # (lang, producer, doc_type, opts)
 ("pl", "rl_symfonia", "invoice", {}), ("pl", "rl_symfonia", "invoice", {"n_items": 35}), ("pl", "rl_symfonia", "invoice", {"shipping": True, "discount": True}),
 ("pl", "rl_symfonia", "credit_note", {}), ("pl", "rl_symfonia", "invoice", {"arith_error": True}),
 ("pl", "rl_ksef", "invoice", {}), ("pl", "rl_ksef", "invoice", {"n_items": 8}), ("pl", "rl_ksef", "invoice", {"style_variant": 1}),
 ("pl", "rl_ksef", "invoice", {"discount": True}),
 ("de", "rl_helv", "invoice", {}), ("de", "rl_helv", "invoice", {"shipping": True}), ("de", "rl_helv", "invoice", {"n_items": 40}),
 ("en", "rl_helv", "invoice", {}), ("en", "rl_helv", "invoice", {"discount": True}), ("en", "rl_helv", "invoice", {"style_variant": 1}),
 ("us", "rl_helv", "invoice", {"with_tax": False}), ("nl", "rl_helv", "invoice", {}), ("fr", "rl_helv", "invoice", {}),
 ("it", "rl_helv", "invoice", {"shipping": True}), ("es", "rl_helv", "invoice", {}),
 ("zh", "rl_symfonia", "tax_invoice", {}), ("ja", "rl_symfonia", "invoice", {}), ("uk", "rl_symfonia", "invoice", {}),
 ("cs", "rl_symfonia", "invoice", {}), ("lt", "rl_symfonia", "invoice", {"arith_error": True}),
 ("pl", "rl_paragon", "receipt", {"n_items": 3}), ("pl", "rl_paragon", "receipt", {"n_items": 2}), ("pl", "rl_paragon", "receipt", {"n_items": 5}),
 ("de", "fpdf_core", "invoice", {}), ("en", "fpdf_core", "invoice", {"shipping": True}), ("en", "fpdf_core", "invoice", {}),
 ("es", "fpdf_core", "invoice", {"discount": True}), ("it", "fpdf_core", "invoice", {}), ("fr", "fpdf_core", "invoice", {"arith_error": True}),
 ("pl", "fpdf_dejavu", "invoice", {}), ("pl", "fpdf_dejavu", "invoice", {"n_items": 4}), ("uk", "fpdf_dejavu", "invoice", {}),
 ("lt", "fpdf_dejavu", "invoice", {}), ("cs", "fpdf_dejavu", "invoice", {"discount": True}),
 ("en", "fpdf_core", "purchase_order", {}), ("pl", "fpdf_dejavu", "quotation", {}), ("de", "fpdf_core", "proforma", {}),
]

def make_one(rng, lang, prod, dtp, opt, name):
    pre = {"credit_note": "FK", "proforma": "PF", "purchase_order": "PO", "quotation": "OF", "receipt": "PAR"}.get(dtp, "FV" if lang == "pl" else "RE" if lang == "de" else "INV")
    if prod == "rl_paragon":
        opt = dict(opt); doc = build_doc(rng, "pl", "receipt", number_prefix="PAR", buyer=("", ""), **opt)
        for ln in doc["lines"]: ln["price"] = q2(ln["price"] / 4); ln["qty"] = rng.choice([1, 1, 2, 3])
        compute(doc)
        doc["buyer_tax_on_receipt"] = True; doc["buyer"] = None
    else:
        doc = build_doc(rng, lang, dtp, number_prefix=pre, **opt)
    if dtp == "credit_note":
        for ln in doc["lines"]: ln["qty"] = -ln["qty"]
        compute(doc)
    if prod in ("rl_helv", "fpdf_core"):  # Western software printing a Polish customer without diacritics
        tr = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
        for k in ("buyer", "buyer_addr", "supplier", "supplier_addr"):
            doc[k] = doc[k].translate(tr)
    out = os.path.join(FILES, name + ".pdf")
    if prod == "rl_paragon": rl_paragon(doc, out)
    elif prod.startswith("rl_"): rl_invoice(doc, out, prod[3:])
    else: fpdf_invoice(doc, out, core=(prod == "fpdf_core"))
    save_doc_meta(doc, name)
    return doc, out

def run():
    rng = random.Random(5202); labels = []
    for i, (lang, prod, dtp, opt) in enumerate(PLAN):
        name = f"p{i:02d}_{lang}_{prod}"
        doc, out = make_one(rng, lang, prod, dtp, opt, name)
        labels.append(label_for(doc, name + ".pdf", prod, pdf_pages(out)))
    write_labels(labels); return labels

if __name__ == "__main__":
    print(len(run()))
