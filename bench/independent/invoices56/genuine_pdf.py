"""Genuine documents drawn directly with ReportLab (two layouts) and fpdf2."""
import os
from decimal import Decimal
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from fpdf import FPDF
from common import *

pdfmetrics.registerFont(TTFont("DV", DEJAVU))
pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
LATIN1 = {"it", "de", "at", "fr", "es", "nl", "en_us", "en_gb", "en_cn", "ch"}


def fonts_for(lang):
    return ("Helvetica", "Helvetica-Bold") if lang in LATIN1 else ("DV", "DVB")


# ---------------------------------------------------------------- ReportLab: FatturaPA courtesy copy
def rl_fatturapa(doc, path, rng, variant=None):
    """Courtesy copy in the style of a print of an SdI XML (boxed sections, riepilogo IVA)."""
    F, FB = "Helvetica", "Helvetica-Bold"
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, pageCompression=rng.choice([0, 1]))
    c.setAuthor("")
    c.setCreator(rng.choice(["FatturaPA stylesheet renderer", "Gestionale Lumen 4.2", "AssoSoftware print module"]))
    s, b = doc["supplier"], doc["buyer"]
    variant = variant or rng.choice(["normal", "normal", "reverse", "split", "bollo"])
    doc["it_variant"] = variant
    page = [1]

    def header():
        c.setFont(F, 7); c.setFillGray(0.35)
        c.drawString(36, H - 24, "Copia di cortesia – documento privo di valenza fiscale ai sensi dell'art. 21 DPR 633/72. L'originale è disponibile nell'area riservata.")
        c.setFillGray(0)
        y = H - 44
        for i, (title, p) in enumerate([("Cedente/prestatore (fornitore)", s), ("Cessionario/committente (cliente)", b)]):
            x = 36 + i * 265
            c.rect(x, y - 86, 255, 86)
            c.setFont(FB, 8); c.drawString(x + 5, y - 11, title)
            c.setFont(F, 8)
            lines = [f"Identificativo fiscale ai fini IVA: {p['vat']}", f"Codice fiscale: {p.get('cf', p['vat'][2:])}",
                     f"Denominazione: {p['name']}", f"Indirizzo: {p['addr1']}", f"Comune: {p['addr2']}  Nazione: IT"]
            if i == 1:
                lines.append(f"Codice destinatario: {p.get('sdi', '0000000')}")
            else:
                lines.append("Regime fiscale: RF01 (ordinario)")
            for k, t in enumerate(lines):
                c.drawString(x + 5, y - 24 - k * 10, t)
        y -= 100
        c.setFont(FB, 8)
        cols = [("Tipologia documento", 36), ("Art. 73", 160), ("Numero documento", 210), ("Data documento", 320), ("Codice destinatario", 420)]
        for t, x in cols: c.drawString(x, y, t)
        c.setFont(F, 8)
        tipo = {"invoice": "TD01 fattura", "credit_note": "TD04 nota di credito", "proforma": "proforma", "receipt": "TD01 fattura"}.get(doc["doc_type"], "TD01")
        if variant == "reverse": tipo = "TD01 fattura"
        vals = [tipo, "", doc["number"], dstr(doc), b.get("sdi", "0000000")]
        for (t, x), v in zip(cols, vals): c.drawString(x, y - 11, v)
        c.line(36, y - 16, W - 36, y - 16)
        return y - 32

    def table_head(y):
        c.setFillGray(0.88); c.rect(36, y - 4, W - 72, 13, fill=1, stroke=0); c.setFillGray(0)
        c.setFont(FB, 7.5)
        for t, x in [("Cod. articolo", 40), ("Descrizione", 105), ("Quantità", 330), ("Prezzo unitario", 378), ("UM", 445), ("%IVA", 470), ("Prezzo totale", 505)]:
            c.drawString(x, y, t)
        return y - 14

    y = header(); y = table_head(y)
    c.setFont(F, 8)
    for it in doc["items"]:
        if y < 150:
            c.setFont(F, 7); c.drawRightString(W - 36, 30, f"Pagina {page[0]}"); c.showPage(); page[0] += 1
            y = header(); y = table_head(y); c.setFont(F, 8)
        c.drawString(40, y, it["sku"]); c.drawString(105, y, it["desc"][:46])
        c.drawRightString(368, y, f"{it['qty']},00"); c.drawRightString(438, y, num(doc, it["unit"]))
        c.drawString(445, y, "PZ"); c.drawString(470, y, num(doc, it["rate"]))
        c.drawRightString(W - 40, y, num(doc, it["amount"]))
        y -= 12
    if doc["discount"]:
        c.drawString(105, y, f"Sconto {doc['disc_pct']}% su merce"); c.drawRightString(W - 40, y, "-" + num(doc, doc["discount"])); y -= 12
    if doc["shipping"]:
        c.drawString(105, y, "Spese di trasporto"); c.drawRightString(W - 40, y, num(doc, doc["shipping"])); y -= 12
    y -= 10
    c.setFont(FB, 8); c.drawString(36, y, "RIEPILOGHI IVA E TOTALI"); y -= 12
    c.setFont(F, 7.5)
    for t, x in [("esigibilità iva / riferimenti normativi", 40), ("%IVA", 250), ("Spese accessorie", 300), ("Totale imponibile", 380), ("Totale imposta", 480)]:
        c.drawString(x, y, t)
    y -= 11
    for r, base in doc["taxable"].items():
        note = {"normal": "I (esigibilità immediata)", "split": "S (scissione dei pagamenti)", "reverse": "N6.2 - Inversione contabile art. 17 c.6",
                "bollo": "N2.2 - Non soggette art. 1 c. 54-89 L.190/2014"}[variant]
        c.drawString(40, y, note); c.drawString(250, y, num(doc, r)); c.drawRightString(360, y, num(doc, Decimal(0)))
        c.drawRightString(460, y, num(doc, base)); c.drawRightString(W - 40, y, num(doc, doc["taxes"][r])); y -= 11
    y -= 8
    c.setFont(F, 8)
    c.drawString(40, y, "Importo bollo"); c.drawString(140, y, "Sconto/Maggiorazione"); c.drawString(260, y, "Valuta"); c.drawString(330, y, "Data")
    c.drawString(420, y, "Totale documento"); y -= 11
    bollo = "2,00" if variant == "bollo" else ""
    c.drawString(40, y, bollo); c.drawString(260, y, "EUR"); c.drawString(330, y, dstr(doc))
    c.setFont(FB, 9); c.drawRightString(W - 40, y, num(doc, doc["total"])); y -= 20
    c.setFont(F, 7.5)
    if variant == "split":
        c.drawString(40, y, "Scissione dei pagamenti ex art. 17-ter DPR 633/72: l'IVA è versata dal cessionario."); y -= 10
    if variant == "bollo":
        c.drawString(40, y, "Imposta di bollo assolta in modo virtuale ai sensi del DM 17/06/2014."); y -= 10
    c.drawString(40, y, f"Modalità pagamento: MP05 bonifico  IBAN IT{rng.randint(10, 99)} X{rng.randint(1000, 9999)} {rng.randint(10000, 99999)} 000000{rng.randint(100000, 999999)}"
                 f"  Scadenza: {dstr(doc, doc['due'])}")
    c.setFont(F, 7); c.drawRightString(W - 36, 30, f"Pagina {page[0]}")
    c.save()


# ---------------------------------------------------------------- ReportLab: generic gestionale layout
def rl_gestionale(doc, path, rng):
    F, FB = fonts_for(doc["lang"])
    v = vocab_doc(doc)
    size = letter if doc["lang"] == "en_us" else A4
    W, H = size
    c = canvas.Canvas(path, pagesize=size, pageCompression=rng.choice([0, 1]))
    c.setCreator(rng.choice(["Danea Easyfatt-like export", "TS Studio gestionale", "Fakturo 3", "OfficeManager 2024"]))
    s, b = doc["supplier"], doc["buyer"]
    accent = rng.choice([(0.1, 0.25, 0.5), (0.55, 0.1, 0.1), (0.15, 0.4, 0.2), (0.2, 0.2, 0.2)])
    no_prices = doc.get("no_prices")
    page = [1]

    def header():
        c.setFillColorRGB(*accent); c.rect(36, H - 80, 46, 46, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1); c.setFont(FB, 20); c.drawCentredString(59, H - 64, s["name"][0])
        c.setFillColorRGB(0, 0, 0); c.setFont(FB, 12); c.drawString(92, H - 46, s["name"])
        c.setFont(F, 8.5)
        c.drawString(92, H - 58, s["addr1"]); c.drawString(92, H - 68, s["addr2"]); c.drawString(92, H - 78, f"{v['vatid']} {s['vat']}")
        c.setFont(FB, 16); c.setFillColorRGB(*accent); c.drawRightString(W - 36, H - 50, v[doc["doc_type"]]); c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 9)
        c.drawRightString(W - 36, H - 66, f"{v['no']}: {doc['number']}")
        c.drawRightString(W - 36, H - 78, f"{v['date']}: {dstr(doc)}")
        y = H - 110
        c.setFont(FB, 9); c.drawString(300, y, v["buyer"])
        c.setFont(F, 9)
        for k, t in enumerate([b["name"], b["addr1"], b["addr2"], f"{v['vatid'] if b['lang'] == doc['lang'] else 'VAT'}: {b['vat']}"]):
            c.drawString(300, y - 12 - k * 11, t)
        return y - 70

    cols = [(v["desc"], 40, "l"), (v["qty"], 330, "r")] + ([] if no_prices else [(v["unit"], 410, "r"), (v["tax"], 455, "r"), (v["amount"], W - 40, "r")])

    def thead(y):
        c.setFillColorRGB(*accent); c.rect(36, y - 4, W - 72, 14, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 8.5)
        for t, x, a in cols:
            (c.drawString if a == "l" else c.drawRightString)(x, y, t)
        c.setFillColorRGB(0, 0, 0)
        return y - 16

    y = thead(header())
    c.setFont(F, 8.5)
    for i, it in enumerate(doc["items"]):
        if y < 170:
            c.setFont(F, 7.5); c.drawCentredString(W / 2, 28, f"{v['page']} {page[0]}"); c.showPage(); page[0] += 1
            y = thead(header()); c.setFont(F, 8.5)
        if i % 2:
            c.setFillGray(0.95); c.rect(36, y - 3, W - 72, 12, fill=1, stroke=0); c.setFillGray(0)
        c.drawString(40, y, f"{it['sku']}  {it['desc']}"[:60])
        c.drawRightString(330, y, str(it["qty"]))
        if not no_prices:
            c.drawRightString(410, y, num(doc, it["unit"])); c.drawRightString(455, y, rate_str(it["rate"]) if doc["has_tax"] else "-")
            c.drawRightString(W - 40, y, num(doc, it["amount"]))
        y -= 12
    if not no_prices:
        y -= 10
        rows = [(v["subtotal"] if not (doc["discount"] or doc["shipping"]) else v["amount"], doc["subtotal"])]
        if doc["discount"]: rows.append((f"{v['discount']} {doc['disc_pct']}%", -doc["discount"]))
        if doc["shipping"]: rows.append((v["shipping"], doc["shipping"]))
        if doc["discount"] or doc["shipping"]: rows.append((v["subtotal"], doc["net"]))
        if doc["has_tax"]:
            for r, t in doc["taxes"].items():
                rows.append((f"{v['tax']} {rate_str(r)}", t))
        for t, val in rows:
            c.drawString(360, y, t); c.drawRightString(W - 40, y, money(doc, val)); y -= 12
        c.setLineWidth(0.8); c.line(360, y + 8, W - 36, y + 8)
        c.setFont(FB, 11); c.drawString(360, y - 6, v["total"]); c.drawRightString(W - 40, y - 6, money(doc, doc["total"]))
        y -= 30
    c.setFont(F, 8)
    if not no_prices and doc["doc_type"] not in ("quotation", "purchase_order"):
        c.drawString(40, y, f"{v['due']}: {dstr(doc, doc['due'])}   {v['bank']}: {s['vat'][:2]}{rng.randint(10, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(10, 99)}")
        y -= 11
    if not doc["has_tax"] and doc["lang"] in ("de", "at", "fr", "es", "nl", "pl", "en_gb", "el"):
        c.drawString(40, y, {"de": "Steuerfreie innergemeinschaftliche Lieferung / Reverse Charge – Steuerschuldnerschaft des Leistungsempfängers.",
                             "at": "Steuerfreie innergemeinschaftliche Lieferung gem. Art. 6 Abs. 1 UStG.",
                             "fr": "Autoliquidation – exonération de TVA, article 262 ter I du CGI.", "es": "Operación exenta – inversión del sujeto pasivo.",
                             "nl": "Btw verlegd – intracommunautaire levering.", "pl": "Odwrotne obciążenie.", "el": "Αντίστροφη επιβάρυνση.",
                             "en_gb": "Reverse charge: customer to account for VAT."}[doc["lang"]])
    c.setFont(F, 7.5); c.drawCentredString(W / 2, 28, f"{v['page']} {page[0]}")
    c.save()


# ---------------------------------------------------------------- fpdf2
def fpdf_simple(doc, path, rng):
    v = vocab_doc(doc)
    pdf = FPDF(format="A4")
    pdf.set_creator("fpdf2 invoice tool")
    pdf.core_fonts_encoding = "windows-1252"
    if doc["lang"] in LATIN1:
        fam = "helvetica"
    else:
        pdf.add_font("dv", "", DEJAVU); pdf.add_font("dv", "B", DEJAVU_B); fam = "dv"
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    s, b = doc["supplier"], doc["buyer"]
    no_prices = doc.get("no_prices")

    def T(x):
        return x if fam == "dv" else x.replace("\u202f", " ").replace("–", "-")
    pdf.set_font(fam, "B", 18); pdf.cell(0, 10, T(v[doc["doc_type"]]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9)
    pdf.cell(0, 5, T(f"{v['no']} {doc['number']}    {v['date']}: {dstr(doc)}"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font(fam, "B", 9); pdf.cell(90, 5, T(v["seller"])); pdf.cell(0, 5, T(v["buyer"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9)
    for a, bb in zip([s["name"], s["addr1"], s["addr2"], s["vat"]], [b["name"], b["addr1"], b["addr2"], b["vat"]]):
        pdf.cell(90, 5, T(a)); pdf.cell(0, 5, T(bb), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    widths = [95, 20] + ([] if no_prices else [25, 15, 25])
    heads = [v["desc"], v["qty"]] + ([] if no_prices else [v["unit"], v["tax"], v["amount"]])
    pdf.set_font(fam, "B", 8.5); pdf.set_fill_color(225, 225, 225)
    for w, h in zip(widths, heads):
        pdf.cell(w, 7, T(h), border=1, fill=True, align="L" if w == 95 else "R")
    pdf.ln()
    pdf.set_font(fam, "", 8.5)
    for it in doc["items"]:
        vals = [it["desc"], str(it["qty"])] + ([] if no_prices else [num(doc, it["unit"]), rate_str(it["rate"]) if doc["has_tax"] else "0%", num(doc, it["amount"])])
        for w, val in zip(widths, vals):
            pdf.cell(w, 6, T(val), border="LR", align="L" if w == 95 else "R")
        pdf.ln()
    pdf.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    if not no_prices:
        pdf.ln(3)
        rows = [(v["subtotal"], doc["net"])]
        if doc["discount"]: rows.insert(0, (f"{v['discount']} {doc['disc_pct']}%", -doc["discount"]))
        if doc["shipping"]: rows.insert(0, (v["shipping"], doc["shipping"]))
        if doc["has_tax"]:
            rows += [(f"{v['tax']} {rate_str(r)}", t) for r, t in doc["taxes"].items()]
        for t, val in rows:
            pdf.cell(130); pdf.cell(25, 5, T(t)); pdf.cell(25, 5, T(money(doc, val)), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "B", 10)
        pdf.cell(130); pdf.cell(25, 7, T(v["total"])); pdf.cell(25, 7, T(money(doc, doc["total"])), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font(fam, "", 8)
    pdf.multi_cell(0, 4, T(f"{v['pay']}: {v['bank']} {s['vat'][:2]}{rng.randint(10, 99)}{rng.randint(10**15, 10**16 - 1)}  -  {v['due']} {dstr(doc, doc['due'])}"))
    pdf.output(path)


# ---------------------------------------------------------------- plan & run
def plan(rng):
    P = []
    # (producer, lang, kwargs)
    for i in range(9):
        P.append(("reportlab_fatturapa", "it", dict(n_items=30 if i == 4 else rng.choice([2, 3, 5, 7, 4]), tax=True)))
    langs = ["de", "de", "at", "fr", "fr", "es", "nl", "en_gb", "en_us", "it", "it", "pl", "el", "ch", "de", "en_cn", "it", "fr"]
    for i, l in enumerate(langs):
        P.append(("reportlab_gestionale", l, dict(n_items=45 if i in (3, 10) else None, tax=(l not in ("en_us", "en_cn")) and rng.random() < 0.85)))
    for k, l in enumerate(["it", "de", "pl", "pl", "es", "nl", "fr", "el", "en_gb", "it", "de", "at", "es"]):
        P.append(("fpdf2", l, dict(tax=l not in ("en_us",) and rng.random() < 0.9, n_items=55 if k in (1, 6) else None)))
    return P


def run(rng, start=0):
    labels, docs = [], {}
    P = plan(rng)
    # special doc types
    special = {3: "credit_note", 14: "proforma", 20: "receipt", 22: "quotation", 30: "delivery_note", 33: "purchase_order"}
    errors = {6, 17, 27}
    for i, (prod, lang, kw) in enumerate(P):
        dt = special.get(i, "invoice")
        if prod == "reportlab_fatturapa" and dt not in ("invoice", "credit_note"): dt = "invoice"
        variant = None
        if prod == "reportlab_fatturapa":
            variant = rng.choice(["normal", "normal", "reverse", "split", "bollo"])
            if variant in ("reverse", "bollo"): kw = dict(kw, tax=False)
        doc = make_doc(rng, lang, dt, arith_error=i in errors, buyer_italian=True if lang != "it" or prod == "reportlab_fatturapa" else rng.random() < 0.5, **kw)
        if dt == "delivery_note":
            doc["no_prices"] = True
        fname = f"g_{dict(reportlab_fatturapa='rlfpa', reportlab_gestionale='rlges', fpdf2='fpdf')[prod]}{i:03d}_{lang}.pdf"
        path = os.path.join(FILES, fname)
        if prod == "reportlab_fatturapa": rl_fatturapa(doc, path, rng, variant)
        elif prod == "reportlab_gestionale": rl_gestionale(doc, path, rng)
        else: fpdf_simple(doc, path, rng)
        extra = {}
        if doc.get("error_note"): extra["arithmetic_note"] = doc["error_note"]
        labels.append(label(fname, doc, prod, pages=pdf_pages(path), **extra))
        docs[fname] = dict(doc=doc, producer=prod, latin1=lang in LATIN1)
    write_part("genuine_pdf", labels, docs)
    return labels


if __name__ == "__main__":
    import random
    print(len(run(random.Random(27))))
