"""Genuine PDFs made with fpdf2 (DejaVu TTF): a plain small-supplier layout, plus scontrini (documento commerciale)."""
import os, pickle, random
from fpdf import FPDF
from common import *


def fpdf_invoice(doc, path, rng):
    lang = doc["lang"]
    ns = lang if lang in ("it", "de", "fr") else "en"
    ds = rng.choice(["dmy/", "dmy.", "iso"] if lang != "it" else ["dmy/", "dmy-"])
    pdf = FPDF(format="A4")
    pdf.set_creator(rng.choice(["FattureFacili Desktop 2.1", "PyFPDF/fpdf2", "Fatturino Online"]))
    pdf.add_font("dv", "", FONT); pdf.add_font("dv", "B", FONTB)
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font("dv", "B", 13); pdf.cell(0, 7, doc["supplier"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 4.5, f"{doc['sup_addr']}, {doc['sup_city']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, f"{T(lang,'vat')}: {doc['sup_vat']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    title = T(lang, doc["doc_type"] if doc["doc_type"] in ("credit_note", "deferred") else "invoice")
    pdf.set_font("dv", "B", 11)
    pdf.cell(95, 6, f"{title} {doc['number']}")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 6, f"{T(lang,'date')}: {fmt_date(doc['date'], ds)}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_x(110)
    pdf.multi_cell(90, 4.8, f"{T(lang,'buyer')}:\n{doc['buyer']}\n{doc['buy_addr']}\n{doc['buy_city']}\n{T(lang,'vat')} {doc['buy_vat']}", border=1)
    pdf.ln(5)
    if doc.get("ddt"):
        pdf.set_font("dv", "", 8)
        pdf.cell(0, 5, "Merce consegnata con " + "; ".join(f"DDT {n_} del {fmt_date(d_, ds)}" for n_, d_ in doc["ddt"]), new_x="LMARGIN", new_y="NEXT")
    widths = [92, 18, 25, 15, 12, 28]
    heads = [T(lang, "desc"), T(lang, "qty"), T(lang, "price"), T(lang, "disc"), T(lang, "rate"), T(lang, "amount")]
    pdf.set_font("dv", "B", 7.5); pdf.set_fill_color(225, 225, 225)
    for w, h in zip(widths, heads):
        pdf.cell(w, 6, h, border="B", fill=True)
    pdf.ln()
    pdf.set_font("dv", "", 8)
    for l in doc["lines"]:
        vals = [l["desc"][:50], fmt_num(l["qty"], ns), fmt_num(l["price"], ns), fmt_num(l["disc"], ns) if l["disc"] else "", l["natura"] or fmt_num(l["rate"], ns), fmt_num(l["total"], ns)]
        for j, (w, v) in enumerate(zip(widths, vals)):
            pdf.cell(w, 5.5, v, align="L" if j == 0 else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font("dv", "", 9)
    for r in doc["riepilogo"]:
        tag = r["natura"] or f"{fmt_num(r['rate'], ns)}%"
        pdf.set_x(110); pdf.cell(55, 5, f"{T(lang,'net')} {tag}"); pdf.cell(25, 5, fmt_num(r["imponibile"], ns), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(110); pdf.cell(55, 5, f"{T(lang,'tax')} {tag}"); pdf.cell(25, 5, fmt_num(r["imposta"], ns), align="R", new_x="LMARGIN", new_y="NEXT")
    if doc["bollo"]:
        pdf.set_x(110); pdf.cell(55, 5, "Imposta di bollo"); pdf.cell(25, 5, fmt_num(doc["bollo"], ns), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 10)
    pdf.set_x(110); pdf.cell(55, 7, T(lang, "total"), border="T"); pdf.cell(25, 7, f"{fmt_num(doc['totale'], ns)} {doc['currency']}", border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    if doc["ritenuta_amt"]:
        pdf.set_font("dv", "", 9)
        pdf.set_x(110); pdf.cell(55, 5, "Ritenuta d'acconto 20%"); pdf.cell(25, 5, "-" + fmt_num(doc["ritenuta_amt"], ns), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(110); pdf.cell(55, 5, "Netto a pagare"); pdf.cell(25, 5, fmt_num(doc["pagamento"], ns), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font("dv", "", 7.5)
    if any(r["natura"] == "RC" for r in doc["riepilogo"]):
        pdf.multi_cell(0, 4, T(lang, "rc"), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 4, f"{T(lang,'due')}: {fmt_date(doc['due'], ds)} - IBAN {doc['iban']}", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return pdf.pages_count, dict(date=fmt_date(doc["date"], ds), total=fmt_num(doc["totale"], ns), nstyle=ns, dstyle=ds)


def scontrino(doc, path, rng):
    """Documento commerciale (receipt) on 80 mm roll paper."""
    doc["lines"] = [l for l in doc["lines"] if not l.get("shipping")]
    for l in doc["lines"]:
        l["rate"], l["natura"] = D(22), None
        l["total"] = q(l["total"] * D("1.22"))  # receipts print VAT-inclusive amounts
        l["price"] = q(l["total"] / l["qty"]); l["total"] = q(l["price"] * l["qty"])
    doc["totale"] = sum((l["total"] for l in doc["lines"]), D(0))
    doc["imposta"] = q(doc["totale"] - doc["totale"] / D("1.22"))
    doc["sconto_doc"] = D(0)
    n = len(doc["lines"])
    pdf = FPDF(format=(80, 110 + 9 * n))
    pdf.set_creator("RT Cassa Epson-like export")
    pdf.add_font("mono", "", FONTMONO)
    pdf.set_margins(4, 4, 4); pdf.set_auto_page_break(False)
    pdf.add_page(); pdf.set_font("mono", "", 7.5)
    lines = [doc["supplier"].upper()[:34], doc["sup_addr"][:34], doc["sup_city"][:34], f"P.IVA {doc['sup_vat'][2:]}", "",
             "DOCUMENTO COMMERCIALE", "di vendita o prestazione", "", f"{'DESCRIZIONE':<20}{'IVA':>4}{'Prezzo(€)':>10}"]
    for l in doc["lines"]:
        if l["qty"] != 1:
            lines.append(f"{fmt_num(l['qty'],'it').replace(',00','')} x {fmt_num(l['price'],'it')}")
        lines.append(f"{l['desc'][:19]:<20}{fmt_num(l['rate'],'it').replace(',00','')+'%':>4}{fmt_num(l['total'],'it'):>10}")
    lines += ["-" * 34, f"{'TOTALE COMPLESSIVO':<22}{fmt_num(doc['totale'],'it'):>12}", f"{'di cui IVA':<22}{fmt_num(doc['imposta'],'it'):>12}",
              f"{'Pagamento elettronico':<22}{fmt_num(doc['totale'],'it'):>12}", f"{'Importo pagato':<22}{fmt_num(doc['totale'],'it'):>12}", "",
              f"{fmt_date(doc['date'],'dmy-')} {rng.randint(8,19):02d}:{rng.randint(0,59):02d}", f"DOCUMENTO N. {rng.randint(1,40):04d}-{rng.randint(1,400):04d}",
              f"RT 99MEX{rng.randint(100000,999999)}", "", "  Grazie e arrivederci"]
    for s in lines:
        pdf.cell(0, 3.8, s, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)
    return 1, dict(date=fmt_date(doc["date"], "dmy-"), total=fmt_num(doc["totale"], "it"), nstyle="it", dstyle="dmy-")


def run(rng):
    recs, store = [], {}
    langs = ["it"] * 8 + ["de", "fr", "en", "it"]
    for k, lang in enumerate(langs):
        dt = rng.choice(["invoice", "invoice", "deferred"]) if lang == "it" else "invoice"
        svc = k == 4
        doc = make_doc(rng, lang, dt, arith_error=(k == 6), service=svc)
        fn = f"fpdf_{k:02d}.pdf"
        pages, st = fpdf_invoice(doc, os.path.join(FILES, fn), rng)
        doc["strings"] = st; store[fn] = doc
        recs.append(label(fn, doc, "fpdf2_small_supplier", pages=pages))
    for k in range(4):
        doc = make_doc(rng, "it", "receipt", nlines=rng.randint(1, 4))
        doc["buyer"] = ""  # a scontrino names no buyer
        fn = f"scontrino_{k:02d}.pdf"
        pages, st = scontrino(doc, os.path.join(FILES, fn), rng)
        doc["strings"] = st; store[fn] = doc
        recs.append(label(fn, doc, "fpdf2_scontrino", pages=1, doc_type="receipt"))
    pickle.dump(store, open(os.path.join(WORK, "docs_fpdf.pkl"), "wb"))
    save_labels("fpdf", recs)
    return recs


if __name__ == "__main__":
    print(len(run(random.Random(581))))
