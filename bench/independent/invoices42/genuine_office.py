"""Genuine invoices (and the non-invoice documents) built as spreadsheets (flat ODS XML) or Word
files (python-docx) and exported to PDF by LibreOffice headless in one batch per kind."""
import os, random, subprocess, shutil, datetime
from xml.sax.saxutils import escape as X
from common import *
import docx
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

SRC = os.path.join(WORK, "office_src")

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="coA" style:family="table-column"><style:table-column-properties style:column-width="16mm"/></style:style>
 <style:style style:name="coB" style:family="table-column"><style:table-column-properties style:column-width="58mm"/></style:style>
 <style:style style:name="coC" style:family="table-column"><style:table-column-properties style:column-width="21mm"/></style:style>
 <style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-name="DejaVu Sans" fo:font-size="10pt"/></style:style>
 <style:style style:name="h" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-size="9pt"/></style:style>
 <style:style style:name="t" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style>
 <style:style style:name="n" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
 <style:style style:name="nb" style:family="table-cell"><style:table-cell-properties fo:border-top="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>
 <style:style style:name="s" style:family="table-cell"><style:text-properties fo:font-size="9pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="%s">
<table:table-column table:style-name="coA"/><table:table-column table:style-name="coB"/><table:table-column table:style-name="coC" table:number-columns-repeated="4"/>
"""
FODS_TAIL = "</table:table></office:spreadsheet></office:body></office:document>\n"

def cell(v, st="s"):
    if v is None or v == "": return '<table:table-cell table:style-name="%s"/>' % st
    return '<table:table-cell table:style-name="%s" office:value-type="string"><text:p>%s</text:p></table:table-cell>' % (st, X(str(v)))

def row(*cells):
    return "<table:table-row>%s</table:table-row>\n" % "".join(c if c.startswith("<") else cell(c) for c in cells)

def fods_invoice(inv, path):
    t = T[inv["lang"]]; s, b = inv["supplier"], inv["buyer"]
    dec = 0 if inv["currency"] == "JPY" else 2
    out = [FODS_HEAD % "Factuur"]
    out.append(row(cell(s["name"], "b"), "", "", "", cell(title(inv), "t")))
    for l in s["lines"] + [s["tax"]]: out.append(row("", l))
    out.append(row())
    out.append(row(t["no"], inv["number"], "", t["to"], cell(b["name"], "b")))
    out.append(row(t["date"], ds(inv), "", "", b["lines"][0]))
    out.append(row(t["due"], ds(inv, inv["due"]), "", "", " ".join(b["lines"][1:])))
    out.append(row("", "", "", "", b["tax"]))
    out.append(row())
    out.append(row(*[cell(h, "h") for h in ["Art.", t["desc"], t["qty"], t["unit"], t["vat"], t["amount"]]]))
    for it in inv["items"]:
        out.append(row(it["sku"], it["desc"], cell(str(it["qty"]), "n"), cell(fmt_num(it["price"], inv["numstyle"], dec), "n"),
                       cell("" if inv["reverse"] or inv["export"] else "%s%%" % it["vat"], "n"), cell(fmt_num(it["line"], inv["numstyle"], dec), "n")))
    out.append(row())
    rows = [(t["sub"] if not (inv["discount"] or inv["ship"]) else t["amount"], money(inv["subtotal"], inv))]
    if inv["discount"]: rows.append(("%s %s%%" % (t["disc"], inv["disc_pct"]), "-" + money(inv["discount"], inv)))
    if inv["ship"]: rows.append((t["ship"], money(inv["ship"], inv)))
    if inv["discount"] or inv["ship"]: rows.append((t["sub"], money(inv["net"], inv)))
    for r in sorted(inv["taxes"], reverse=True):
        if r: rows.append((tax_label(inv, r), money(inv["taxes"][r], inv)))
    for k, v in rows: out.append(row("", "", "", "", k, cell(v, "n")))
    out.append(row("", "", "", "", cell(t["total"], "b"), cell(money(inv["printed_total"], inv), "nb")))
    out.append(row()); out.append(row("", "%s %s" % (t["pay"], inv["iban"])))
    if inv["ogm"]: out.append(row("", "%s %s" % (t["ref"], inv["ogm"])))
    out.append(FODS_TAIL)
    open(path, "w").write("".join(out))

def docx_invoice(inv, path):
    t = T[inv["lang"]]; s, b = inv["supplier"], inv["buyer"]
    d = docx.Document()
    sec = d.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297); sec.left_margin = sec.right_margin = Mm(20)
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
    p = d.add_paragraph(); r = p.add_run(s["name"]); r.bold = True; r.font.size = Pt(14); r.font.color.rgb = RGBColor(0x2b, 0x55, 0x7a)
    d.add_paragraph(", ".join(s["lines"]) + "\n" + s["tax"] + ("  ·  " + s["extra"] if s.get("extra") else ""))
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(title(inv)); r.bold = True; r.font.size = Pt(18)
    tb = d.add_table(rows=1, cols=2); tb.autofit = True
    tb.cell(0, 0).text = "%s: %s\n%s: %s\n%s: %s" % (t["no"], inv["number"], t["date"], ds(inv), t["due"], ds(inv, inv["due"]))
    tb.cell(0, 1).text = "%s\n%s\n%s\n%s" % (t["to"], b["name"], "\n".join(b["lines"]), b["tax"])
    d.add_paragraph()
    dec = 0 if inv["currency"] == "JPY" else 2
    it_t = d.add_table(rows=1, cols=5); it_t.style = "Table Grid"
    for i, h in enumerate([t["desc"], t["qty"], t["unit"], t["vat"], t["amount"]]):
        it_t.rows[0].cells[i].text = h
        for r in it_t.rows[0].cells[i].paragraphs[0].runs: r.bold = True
    for it in inv["items"]:
        cs = it_t.add_row().cells
        vals = [it["desc"], str(it["qty"]), fmt_num(it["price"], inv["numstyle"], dec), "" if inv["reverse"] or inv["export"] else "%s%%" % it["vat"], fmt_num(it["line"], inv["numstyle"], dec)]
        for i, v in enumerate(vals):
            cs[i].text = v
            if i: cs[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    rows = [(t["sub"] if not (inv["discount"] or inv["ship"]) else t["amount"], money(inv["subtotal"], inv))]
    if inv["discount"]: rows.append(("%s %s%%" % (t["disc"], inv["disc_pct"]), "-" + money(inv["discount"], inv)))
    if inv["ship"]: rows.append((t["ship"], money(inv["ship"], inv)))
    if inv["discount"] or inv["ship"]: rows.append((t["sub"], money(inv["net"], inv)))
    for r_ in sorted(inv["taxes"], reverse=True):
        if r_: rows.append((tax_label(inv, r_), money(inv["taxes"][r_], inv)))
    rows.append((t["total"], money(inv["printed_total"], inv)))
    for i, (k, v) in enumerate(rows):
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run("%s:   %s" % (k, v)); r.bold = i == len(rows) - 1
        if i == len(rows) - 1: r.font.size = Pt(11)
    d.add_paragraph("%s %s" % (t["pay"], inv["iban"]) + ("\n%s: %s" % (t["ref"], inv["ogm"]) if inv["ogm"] else ""))
    d.core_properties.author = "boekhouding"; d.save(path)

# ------------------------------------------------------------ non-invoices
def docx_letter(kind, inv, path):
    """purchase order / quotation / letter written in Word"""
    s, b = inv["supplier"], inv["buyer"]
    d = docx.Document(); st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(10)
    if kind == "purchase_order":
        sender, recv = b, s
        d.add_heading({"nl": "BESTELBON", "fr": "BON DE COMMANDE"}.get(inv["lang"], "PURCHASE ORDER") + " PO-%d-%03d" % (inv["date"].year, inv["idx"]), 1)
    elif kind == "quotation":
        sender, recv = s, b
        d.add_heading({"nl": "OFFERTE", "fr": "DEVIS", "de": "ANGEBOT"}.get(inv["lang"], "QUOTATION") + " Q-%05d" % (inv["idx"] * 7), 1)
    else:
        sender, recv = s, b
    d.add_paragraph(sender["name"] + "\n" + "\n".join(sender["lines"]) + "\n" + sender["tax"])
    d.add_paragraph(recv["name"] + "\n" + "\n".join(recv["lines"]))
    d.add_paragraph(ds(inv))
    if kind == "letter":
        body = {"nl": "Betreft: prijswijziging vanaf 1 januari\n\nGeachte klant,\n\nHierbij delen wij u mee dat onze tarieven voor verzenddozen en vulmateriaal vanaf 1 januari met gemiddeld 4 % stijgen door hogere papierprijzen. Lopende bestellingen worden nog aan de huidige prijzen geleverd. Voor vragen kunt u steeds contact opnemen met uw vaste contactpersoon.\n\nMet vriendelijke groeten,\n\nDe directie",
                "fr": "Objet : changement de coordonnées bancaires\n\nMadame, Monsieur,\n\nNous vous informons que notre compte bancaire change à partir du mois prochain. Merci d'utiliser désormais le compte %s pour tous vos paiements. Les factures déjà émises restent payables selon leurs conditions.\n\nVeuillez agréer nos salutations distinguées.\n\nLa gérance" % inv["iban"]}[inv["lang"]]
        for para in body.split("\n\n"): d.add_paragraph(para)
    else:
        tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
        for i, h in enumerate(["Art.", "Omschrijving / Description", "Qty", "Prijs / Price"]): tb.rows[0].cells[i].text = h
        for it in inv["items"]:
            cs = tb.add_row().cells
            cs[0].text = it["sku"]; cs[1].text = it["desc"]; cs[2].text = str(it["qty"]); cs[3].text = fmt_num(it["price"], inv["numstyle"])
        d.add_paragraph()
        if kind == "quotation":
            d.add_paragraph("Totaal excl. btw / Total HTVA: %s — geldig 30 dagen / valable 30 jours. Dit is geen factuur." % money(inv["net"], inv))
        else:
            d.add_paragraph("Gelieve te leveren vóór %s. Factuur volgt na levering. Referentie vermelden op de factuur." % ds(inv, inv["due"]))
    d.save(path)

def fods_list(kind, inv, path):
    s, b = inv["supplier"], inv["buyer"]
    out = [FODS_HEAD % kind]
    ttl = {"packing_list": "PACKING LIST", "price_list": "PRIJSLIJST / LISTE DE PRIX 2026"}[kind]
    out.append(row(cell(s["name"], "b"), "", "", "", cell(ttl, "t")))
    for l in s["lines"]: out.append(row("", l))
    out.append(row())
    if kind == "packing_list":
        out.append(row("Consignee", b["name"])); out.append(row("Date", ds(inv))); out.append(row("Ref.", "PL-" + inv["number"]))
        out.append(row(*[cell(h, "h") for h in ["Item", "Description", "Cartons", "Qty", "N.W. kg", "G.W. kg"]]))
        rng = random.Random(inv["idx"])
        for it in inv["items"]:
            ct = max(1, it["qty"] // 50); nw = round(it["qty"] * rng.uniform(0.05, 0.4), 1)
            out.append(row(it["sku"], it["desc"], cell(str(ct), "n"), cell(str(it["qty"]), "n"), cell(str(nw), "n"), cell(str(round(nw * 1.12, 1)), "n")))
        out.append(row("", "Shipping marks: N/M   —   No commercial value shown; see commercial invoice."))
    else:
        out.append(row(*[cell(h, "h") for h in ["Art.", "Omschrijving", "Verpakking", "Prijs excl.", "Btw", ""]]))
        for it in inv["items"]:
            out.append(row(it["sku"], it["desc"], cell("per 10", "n"), cell(money(it["price"], inv), "n"), cell("%s%%" % it["vat"], "n")))
        out.append(row("", "Prijzen onder voorbehoud van wijzigingen. Geen factuur."))
    out.append(FODS_TAIL)
    open(path, "w").write("".join(out))

def soffice_batch(paths, outdir):
    if not paths: return
    prof = "file://" + os.path.join(WORK, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   check=True, timeout=600, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

PLAN = [  # lang, skey, kind, extra
    ("nl", "nl_be", "fods", {}), ("nl", "nl_be", "fods", {"n_items": 9}), ("fr", "fr_be", "fods", {}), ("de", "de", "fods", {}),
    ("nl", "nl_nl", "fods", {"arith_delta": D("-5.00")}), ("en", "en_cn", "fods", {}), ("es", "es", "fods", {}), ("fr", "fr_lu", "fods", {"doc_type": "credit_note"}),
    ("nl", "nl_be", "docx", {}), ("fr", "fr_be", "docx", {}), ("de", "de", "docx", {}), ("it", "it", "docx", {}),
    ("nl", "nl_nl", "docx", {"n_items": 34}), ("pl", "pl", "docx", {}), ("en", "en", "docx", {}), ("fr", "fr", "docx", {"arith_delta": D("20.00")}),
]
NONINV = [  # kind, lang, skey, producer type, doc_type
    ("packing_list", "en", "en_cn", "fods", "packing_list"), ("packing_list", "en", "en_cn", "fods", "packing_list"),
    ("price_list", "nl", "nl_be", "fods", "other"), ("purchase_order", "nl", "nl_be", "docx", "purchase_order"),
    ("purchase_order", "fr", "fr_be", "docx", "purchase_order"), ("quotation", "nl", "nl_nl", "docx", "quotation"),
    ("quotation", "fr", "fr_lu", "docx", "quotation"), ("letter", "nl", "nl_be", "docx", "other"), ("letter", "fr", "fr_be", "docx", "other"),
]

def run(seed=4203):
    rng = random.Random(seed)
    if os.path.exists(SRC): shutil.rmtree(SRC)
    os.makedirs(SRC)
    jobs = []
    for k, (lang, skey, kind, extra) in enumerate(PLAN):
        inv = new_invoice(rng, 300 + k, lang, skey, **dict(extra))
        base = "o%02d_%s_%s" % (k, lang, "calc" if kind == "fods" else "writer")
        src = os.path.join(SRC, base + (".fods" if kind == "fods" else ".docx"))
        (fods_invoice if kind == "fods" else docx_invoice)(inv, src)
        jobs.append((inv, base, src, "soffice_calc_fods" if kind == "fods" else "python_docx_soffice", None))
    for k, (kind, lang, skey, pt, dt) in enumerate(NONINV):
        inv = new_invoice(rng, 400 + k, lang, skey, doc_type=dt)
        base = "n%02d_%s_%s" % (k, lang, kind)
        src = os.path.join(SRC, base + (".fods" if pt == "fods" else ".docx"))
        if pt == "fods": fods_list(kind, inv, src)
        else: docx_letter(kind, inv, src)
        jobs.append((inv, base, src, "soffice_calc_fods" if pt == "fods" else "python_docx_soffice", kind))
    soffice_batch([j[2] for j in jobs], FILES)
    labels, metas = [], []
    for inv, base, src, prod, kind in jobs:
        name = base + ".pdf"
        lab = label(inv, name, prod, pdf_pages(os.path.join(FILES, name)))
        if kind:
            lab["is_invoice"] = False
            if kind in ("purchase_order",): lab["supplier"], lab["buyer"] = inv["supplier"]["name"], inv["buyer"]["name"]
            lab["total"] = str(inv["net"]) if kind == "quotation" else None
            if kind in ("letter", "packing_list"): lab["currency"] = None
            lab["arithmetic_error"] = False
        labels.append(lab)
        if not kind: metas.append(meta_for(inv, name, prod, lab))
        print("ok", name, lab["pages"], flush=True)
    write_part("office", labels, metas)
    return labels

if __name__ == "__main__":
    run()
