"""Genuine PDFs drawn with ReportLab: an AdE-style courtesy copy and a boxed 'gestionale' layout."""
import os, pickle, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, black, white
from common import *

W, H = A4


def strings(doc, nstyle, dstyle):
    return dict(date=fmt_date(doc["date"], dstyle), total=fmt_num(doc["totale"], nstyle), nstyle=nstyle, dstyle=dstyle)


def ade_layout(doc, path, rng):
    """Imitates the look of the portal's courtesy copy: two party boxes, a general data table, lines, riepilogo."""
    ns, ds = "it", "dmy/" if rng.random() < 0.6 else "iso"
    c = canvas.Canvas(path, pagesize=A4, pageCompression=rng.random() < 0.5)
    c.setTitle(f"Fattura {doc['number']}")
    c.setAuthor("")
    c.setCreator(rng.choice(["FatturaPA viewer", "Servizio visualizzazione fatture", "SDI stylesheet renderer 1.2"]))
    pages = 1
    y = H - 40
    c.setFont("Helvetica", 7)
    c.drawString(40, y, "Copia di cortesia priva di valore ai fini fiscali - l'originale è disponibile nell'area riservata")
    y -= 20
    bw = (W - 90) / 2
    for i, (title, name, addr, city, vat) in enumerate([
            ("Cedente/prestatore (fornitore)", doc["supplier"], doc["sup_addr"], doc["sup_city"], doc["sup_vat"]),
            ("Cessionario/committente (cliente)", doc["buyer"], doc["buy_addr"], doc["buy_city"], doc["buy_vat"])]):
        x = 40 + i * (bw + 10)
        c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 14, bw, 14, fill=1, stroke=0); c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8); c.drawString(x + 4, y - 10, title)
        c.rect(x, y - 84, bw, 84)
        c.setFont("Helvetica", 8)
        yy = y - 26
        for lab, val in [("Identificativo fiscale ai fini IVA:", vat), ("Denominazione:", name), ("Indirizzo:", addr), ("Comune:", city), ("Nazione:", "IT")]:
            c.drawString(x + 4, yy, f"{lab} {val}"); yy -= 11
        if i == 1:
            c.drawString(x + 4, yy, f"Codice destinatario: {doc['buy_sdi']}")
    y -= 104
    st = strings(doc, ns, ds)
    # dati generali
    cols = [("Tipologia documento", 110), ("Art. 73", 40), ("Numero documento", 90), ("Data documento", 80), ("Codice destinatario", 90), ("Valuta", 50)]
    x = 40
    c.setFont("Helvetica-Bold", 7)
    for t_, w in cols:
        c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 12, w, 12, fill=1, stroke=1); c.setFillColor(black)
        c.drawString(x + 2, y - 9, t_); x += w
    vals = [f"{doc['tipo']} {'fattura' if doc['tipo']=='TD01' else ('nota di credito' if doc['tipo']=='TD04' else 'fattura differita')}", "", doc["number"], st["date"], doc["buy_sdi"], doc["currency"]]
    x = 40; c.setFont("Helvetica", 8)
    for (t_, w), v in zip(cols, vals):
        c.rect(x, y - 26, w, 14); c.drawString(x + 2, y - 22, v); x += w
    y -= 40
    if doc.get("ddt"):
        c.setFont("Helvetica", 7.5)
        for n_, d_ in doc["ddt"]:
            c.drawString(40, y, f"Dati DDT: numero {n_} del {fmt_date(d_, ds)}"); y -= 10
        y -= 4
    # lines
    heads = [("Cod. articolo", 55), ("Descrizione", 175), ("Quantità", 45), ("Prezzo unitario", 60), ("UM", 22), ("Sconto", 33), ("%IVA", 55), ("Prezzo totale", 70)]

    def head(y):
        x = 40; c.setFont("Helvetica-Bold", 7)
        for t_, w in heads:
            c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 12, w, 12, fill=1, stroke=1); c.setFillColor(black)
            c.drawString(x + 2, y - 9, t_); x += w
        return y - 12
    y = head(y)
    c.setFont("Helvetica", 7.5)
    for l in doc["lines"]:
        if y < 160:
            c.showPage(); pages += 1; y = head(H - 50); c.setFont("Helvetica", 7.5)
        vals = [l["code"], l["desc"][:40], fmt_num(l["qty"], ns), fmt_num(l["price"], ns), l["um"],
                (fmt_num(l["disc"], ns) + "%") if l["disc"] else "", fmt_num(l["rate"], ns) + (f" ({l['natura']})" if l["natura"] else ""), fmt_num(l["total"], ns)]
        x = 40
        for (t_, w), v in zip(heads, vals):
            c.rect(x, y - 13, w, 13)
            if t_ in ("Descrizione", "Cod. articolo", "UM"):
                c.drawString(x + 2, y - 9.5, v)
            else:
                c.drawRightString(x + w - 2, y - 9.5, v)
            x += w
        y -= 13
    y -= 16
    if y < 200:
        c.showPage(); pages += 1; y = H - 50
    c.setFont("Helvetica-Bold", 8); c.drawString(40, y, "Riepiloghi IVA e totali"); y -= 4
    heads2 = [("Esigibilità IVA / Natura", 150), ("%IVA", 50), ("Spese accessorie", 70), ("Totale imponibile", 90), ("Totale imposta", 90)]
    x = 40; c.setFont("Helvetica-Bold", 7)
    for t_, w in heads2:
        c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 12, w, 12, fill=1, stroke=1); c.setFillColor(black); c.drawString(x + 2, y - 9, t_); x += w
    y -= 12; c.setFont("Helvetica", 7.5)
    for r in doc["riepilogo"]:
        vals = [("Immediata" if not r["natura"] else f"{r['natura']} {NATURA_DESC.get(r['natura'],'')}")[:34], fmt_num(r["rate"], ns), "", fmt_num(r["imponibile"], ns), fmt_num(r["imposta"], ns)]
        x = 40
        for (t_, w), v in zip(heads2, vals):
            c.rect(x, y - 13, w, 13); c.drawRightString(x + w - 2, y - 9.5, v) if t_ != heads2[0][0] else c.drawString(x + 2, y - 9.5, v); x += w
        y -= 13
    y -= 14
    if doc["sconto_doc"]:
        c.setFont("Helvetica", 7.5); c.drawString(40, y, f"Sconto/maggiorazione: SC {fmt_num(doc['sconto_doc'], ns)}%"); y -= 12
    if doc["bollo"]:
        c.setFont("Helvetica", 7.5); c.drawString(40, y, f"Bollo virtuale: SI   Importo bollo: {fmt_num(doc['bollo'], ns)}"); y -= 12
    if doc["ritenuta_amt"]:
        c.setFont("Helvetica", 7.5); c.drawString(40, y, f"Ritenuta: RT01 persone fisiche  aliquota 20,00%  importo {fmt_num(doc['ritenuta_amt'], ns)}  causale A"); y -= 12
    x = 40; c.setFont("Helvetica-Bold", 7)
    heads3 = [("Importo bollo", 80), ("Sconto/Maggiorazione", 110), ("Arrot.", 60), ("Totale documento", 120)]
    for t_, w in heads3:
        c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 12, w, 12, fill=1, stroke=1); c.setFillColor(black); c.drawString(x + 2, y - 9, t_); x += w
    y -= 12; x = 40; c.setFont("Helvetica", 8)
    for (t_, w), v in zip(heads3, [fmt_num(doc["bollo"], ns) if doc["bollo"] else "", "", "", st["total"]]):
        c.rect(x, y - 14, w, 14); c.drawRightString(x + w - 2, y - 10, v); x += w
    y -= 30
    c.setFont("Helvetica-Bold", 7)
    heads4 = [("Modalità pagamento", 110), ("IBAN", 160), ("Data scadenza", 80), ("Importo", 90)]
    x = 40
    for t_, w in heads4:
        c.setFillColor(HexColor("#e8e8e8")); c.rect(x, y - 12, w, 12, fill=1, stroke=1); c.setFillColor(black); c.drawString(x + 2, y - 9, t_); x += w
    y -= 12; x = 40; c.setFont("Helvetica", 7.5)
    paymap = {"MP05": "MP05 bonifico", "MP01": "MP01 contanti", "MP08": "MP08 carta di pagamento", "MP12": "MP12 RIBA"}
    for (t_, w), v in zip(heads4, [paymap[doc["pay"]], doc["iban"] if doc["pay"] == "MP05" else "", fmt_date(doc["due"], ds), fmt_num(doc["pagamento"], ns)]):
        c.rect(x, y - 13, w, 13); c.drawString(x + 2, y - 9.5, v); x += w
    c.showPage(); c.save()
    return pages, st


def gest_layout(doc, path, rng):
    """A supplier's ERP layout: coloured header, logo block, own column order, totals box on the right."""
    lang = doc["lang"]
    ns = {"it": "it", "de": "de", "fr": "fr", "en": "en"}[lang]
    ds = rng.choice({"it": ["dmy/", "dmy-", "it_long"], "de": ["dmy.", "de_long"], "fr": ["dmy/", "fr_long"], "en": ["iso", "dmy/"]}[lang])
    st = strings(doc, ns, ds)
    col = HexColor(rng.choice(["#1f4e79", "#7b2d26", "#2e5e3a", "#4b4b4b", "#5a3d7a"]))
    c = canvas.Canvas(path, pagesize=A4, pageCompression=rng.random() < 0.5)
    c.setCreator(rng.choice(["GestFatt 7.4", "ContaSmart ERP", "Magazzino Pro 2025", "Faktura-Manager 3", "ReportLab PDF Library - www.reportlab.com"]))
    c.setTitle(doc["number"])
    pages = 1
    cur = {"EUR": "€", "GBP": "£", "CHF": "CHF", "USD": "$"}[doc["currency"]]

    def header():
        c.setFillColor(col); c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColor(white); c.setFont("Helvetica-Bold", 15); c.drawString(40, H - 40, doc["supplier"])
        c.setFont("Helvetica", 8.5); c.drawString(40, H - 55, f"{doc['sup_addr']} - {doc['sup_city']}")
        c.drawString(40, H - 67, f"{T(lang,'vat')} {doc['sup_vat']}" + ("  -  REA BO-" + str(rng.randint(100000, 599999)) if lang == "it" else ""))
        c.setFont("Helvetica-Bold", 18)
        title = T(lang, doc["doc_type"] if doc["doc_type"] in ("credit_note", "deferred") else "invoice")
        c.drawRightString(W - 40, H - 45, title)
        c.setFillColor(black)
    header()
    c.setFont("Helvetica", 9)
    y = H - 115
    c.drawString(40, y, f"{T(lang,'number')}: {doc['number']}")
    c.drawString(40, y - 13, f"{T(lang,'date')}: {st['date']}")
    if lang == "it":
        c.drawString(40, y - 26, f"Tipo documento: {doc['tipo']}")
    c.setFont("Helvetica-Bold", 8); c.drawString(320, y, T(lang, "buyer")); c.setFont("Helvetica", 9)
    c.drawString(320, y - 13, doc["buyer"]); c.drawString(320, y - 26, doc["buy_addr"]); c.drawString(320, y - 39, doc["buy_city"])
    c.drawString(320, y - 52, f"{T(lang,'vat')} {doc['buy_vat']}")
    y -= 75
    if doc.get("ddt"):
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(40, y, "Rif. " + ", ".join(f"DDT n. {n_} del {fmt_date(d_, ds)}" for n_, d_ in doc["ddt"])); y -= 14
    cols = [(T(lang, "desc"), 40, "l"), (T(lang, "qty"), 320, "r"), (T(lang, "price"), 385, "r"), (T(lang, "disc"), 430, "r"), (T(lang, "rate"), 470, "r"), (T(lang, "amount"), 555, "r")]

    def thead(y):
        c.setFillColor(col); c.rect(35, y - 4, W - 70, 15, fill=1, stroke=0); c.setFillColor(white); c.setFont("Helvetica-Bold", 8)
        for t_, x, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, t_)
        c.setFillColor(black); c.setFont("Helvetica", 8.5)
        return y - 17
    y = thead(y)
    for i, l in enumerate(doc["lines"]):
        if y < 170:
            c.setFont("Helvetica", 7); c.drawRightString(W - 40, 30, f"Pag. {pages}"); c.showPage(); pages += 1
            header(); y = thead(H - 115)
        if i % 2 == 0:
            c.setFillColor(HexColor("#f2f2f2")); c.rect(35, y - 4, W - 70, 14, fill=1, stroke=0); c.setFillColor(black)
        c.drawString(40, y, f"{l['code']}  {l['desc'][:48]}")
        qtxt = fmt_num(l["qty"], ns).replace(",00", "") + (f" {l['um']}" if l["um"] else "")
        c.drawRightString(320, y, qtxt); c.drawRightString(385, y, fmt_num(l["price"], ns))
        c.drawRightString(430, y, fmt_num(l["disc"], ns) if l["disc"] else "-")
        c.drawRightString(470, y, l["natura"] if l["natura"] else fmt_num(l["rate"], ns).replace(",00", ""))
        c.drawRightString(555, y, fmt_num(l["total"], ns))
        y -= 14
    y -= 10
    if y < 190:
        c.showPage(); pages += 1; header(); y = H - 120
    c.line(300, y, 555, y); y -= 14
    rows = []
    for r in doc["riepilogo"]:
        tag = r["natura"] or f"{fmt_num(r['rate'], ns)}%"
        rows.append((f"{T(lang,'net')} {tag}", fmt_num(r["imponibile"], ns)))
        if r["rate"]:
            rows.append((f"{T(lang,'tax')} {tag}", fmt_num(r["imposta"], ns)))
    if doc["sconto_doc"]:
        rows.insert(0, (f"Sconto in fattura {fmt_num(doc['sconto_doc'], ns)}% (già applicato)", ""))
    if doc["bollo"]:
        rows.append(("Bollo virtuale (art. 15 DPR 633/72)", fmt_num(doc["bollo"], ns)))
    c.setFont("Helvetica", 9)
    for a, b in rows:
        c.drawString(300, y, a); c.drawRightString(555, y, b); y -= 13
    y -= 6
    c.setFillColor(HexColor("#eeeeee")); c.rect(295, y - 6, 265, 20, fill=1, stroke=0); c.setFillColor(black)
    c.setFont("Helvetica-Bold", 11); c.drawString(300, y, T(lang, "total")); c.drawRightString(555, y, f"{cur} {st['total']}" if doc["currency"] != "CHF" else f"{st['total']} CHF"); y -= 22
    if doc["ritenuta_amt"]:
        c.setFont("Helvetica", 9); c.drawString(300, y, "Ritenuta d'acconto 20%"); c.drawRightString(555, y, "-" + fmt_num(doc["ritenuta_amt"], ns)); y -= 13
        c.setFont("Helvetica-Bold", 9); c.drawString(300, y, "Netto a pagare"); c.drawRightString(555, y, fmt_num(doc["pagamento"], ns)); y -= 13
    c.setFont("Helvetica", 8)
    yy = 120
    if any(r["natura"] == "RC" for r in doc["riepilogo"]):
        c.drawString(40, yy + 14, T(lang, "rc"))
    for r in doc["riepilogo"]:
        if r["natura"] in NATURA_DESC:
            yy += 12; c.drawString(40, yy + 14, f"{r['natura']}: {NATURA_DESC[r['natura']]}")
    c.drawString(40, yy, f"{T(lang,'due')}: {fmt_date(doc['due'], ds)}   IBAN {doc['iban']}")
    if lang == "it":
        c.drawString(40, yy - 12, "Documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è trasmesso tramite SdI.")
    c.setFont("Helvetica", 7); c.drawRightString(W - 40, 30, f"Pag. {pages}")
    c.showPage(); c.save()
    return pages, st


PLAN = None


def run(rng):
    recs = []
    store = {}
    specs = []
    for i in range(16):
        specs.append(("rl_ade", "it", rng.choice(["invoice"] * 4 + ["deferred", "credit_note"]), i in (3, 11)))
    for i in range(16):
        lang = ["it"] * 9 + ["de"] * 4 + ["fr"] * 2 + ["en"]
        specs.append(("rl_gest", lang[i], rng.choice(["invoice"] * 4 + ["deferred", "credit_note"]) if lang[i] == "it" else "invoice", i in (5,)))
    for k, (prod, lang, dt, err) in enumerate(specs):
        svc = prod == "rl_ade" and k in (7, 9)
        doc = make_doc(rng, lang, dt, nlines=(30 if k in (2, 20) else None), arith_error=err, service=svc)
        fn = f"{prod}_{k:02d}.pdf"
        path = os.path.join(FILES, fn)
        pages, st = (ade_layout if prod == "rl_ade" else gest_layout)(doc, path, rng)
        doc["strings"] = st
        store[fn] = doc
        recs.append(label(fn, doc, "reportlab_ade_style" if prod == "rl_ade" else "reportlab_gestionale", pages=pages,
                          tipo_documento=doc["tipo"] if lang == "it" else None))
    pickle.dump(store, open(os.path.join(WORK, "docs_rl.pkl"), "wb"))
    save_labels("rl", recs)
    return recs


if __name__ == "__main__":
    r = run(random.Random(58))
    print(len(r))
