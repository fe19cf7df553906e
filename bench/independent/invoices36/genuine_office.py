"""Part 'office': spreadsheets (FODS / XLSX / CSV), HTML and Word documents exported to PDF by LibreOffice."""
import os, random, shutil, csv, datetime as dt
from common import (BUILD, FILES, D, Fmt, make_label, register_source, reset_part, claim_name, neutral_name, inject_arith_error,
                    soffice_convert, make_company)
import scenarios as S
import office_layouts as OL
import html_layouts as HL

PART = "office"
WORK = os.path.join(BUILD, "office")


def specs():
    FO, XL, CS, HW, DX = "lo_calc_fods", "lo_calc_xlsx", "lo_calc_csv", "lo_writer_html", "lo_writer_docx"
    L = []
    a = lambda p, fn: L.append((p, fn))
    a(FO, lambda r: dict(doc=S.sc_es(r, "std", fmt=Fmt(num="dot", money="{n} €", date="dmy_slash", lang="es"))))
    a(FO, lambda r: dict(doc=S.sc_de(r, fmt=Fmt(num="dot", money="{n} €", date="dmy_dot", lang="de")), date_sep="."))

    def es_typed(r):
        d = S.sc_es(r, "mixed", fmt=Fmt(num="dot", money="{n} €", date="dmy_slash", lang="es"))
        inject_arith_error(r, d, "total_transposed"); return dict(doc=d)
    a(FO, es_typed)
    a(FO, lambda r: dict(doc=S.sc_delivery_note(r, "de", fmt=Fmt(num="dot", money="{n} €", date="dmy_dot", lang="de")), date_sep="."))
    a(XL, lambda r: dict(doc=S.sc_it(r, fmt=Fmt(num="dot", money="{n} €", date="dmy_slash", lang="it")), locale="410"))
    a(XL, lambda r: dict(doc=S.sc_cn_commercial(r, fmt=Fmt(num="comma", money="USD {n}", date="mon_en", cur="USD", lang="en"))))
    a(XL, lambda r: dict(doc=S.sc_cn_commercial(r, n=(34, 40), fmt=Fmt(num="comma", money="US${n}", date="iso", cur="USD", lang="en"))))

    def price_list(r):
        d = S.sc_price_list(r, fmt=Fmt(num="dot", money="€ {n}", date="dmy_slash", lang="it"))
        d["buyer"] = None
        d["qty_label"] = "Conf."
        return dict(doc=d, locale="410")
    a(XL, price_list)
    a(CS, lambda r: dict(doc=S.sc_nl(r, fmt=Fmt(num="dot", money="€ {n}", date="dmy_dash", lang="nl"))))
    a(HW, lambda r: dict(doc=S.sc_fr(r, fmt=Fmt(num="space", money="{n} €", date="dmy_slash", lang="fr"))))
    # Word documents
    a(DX, lambda r: dict(doc=S.sc_es(r, "irpf"), font="DejaVu Sans"))
    a(DX, lambda r: dict(doc=S.sc_es(r, "std", lang="ca"), font="URW Gothic", style="Light Grid Accent 1"))
    a(DX, lambda r: dict(doc=S.sc_fr(r, solo=True), font="C059"))
    a(DX, lambda r: dict(doc=S.sc_it(r, intra=True), font="Nimbus Sans"))
    a(DX, lambda r: dict(doc=S.sc_de(r, klein=True), font="DejaVu Serif", style="Light List Accent 1"))
    a(DX, lambda r: dict(doc=S.sc_gb(r, fmt=Fmt(num="comma", money="£{n}", date="long_en", cur="GBP", lang="en")), font="P052"))
    a(DX, lambda r: dict(doc=S.sc_pl(r), font="DejaVu Sans"))
    a(DX, lambda r: dict(doc=S.sc_pt(r), font="Nimbus Sans", style="Light Shading Accent 1"))

    def es_word_err(r):
        d = S.sc_es(r, "std"); inject_arith_error(r, d, "line_total"); return dict(doc=d, font="DejaVu Sans")
    a(DX, es_word_err)
    a(DX, lambda r: dict(doc=S.sc_order_conf(r), font="Nimbus Sans"))
    return L


def write_source(producer, sp, r, base):
    doc = sp["doc"]
    if producer == "lo_calc_fods":
        rows = OL.grid_invoice(doc)
        doc["generator"] = r.choice(["LibreOffice/7.4", "Hoja de cálculo", "Calc"])
        doc["sheet"] = r.choice(["Factura", "Hoja1", "Rechnung", "Tabelle1"]) if doc["lang"] in ("es", "de") else "Sheet1"
        p = os.path.join(WORK, base + ".fods")
        open(p, "w", encoding="utf-8").write(OL.fods_invoice(doc, rows, header_footer=r.random() < .5, accent=r.choice(["#1f4e79", "#385723", "#7f6000", "#404040"]),
                                                            date_sep=sp.get("date_sep", "/"), font=r.choice(["DejaVu Sans", "Nimbus Sans", "DejaVu Sans Condensed"])))
    elif producer == "lo_calc_xlsx":
        rows = OL.grid_invoice(doc)
        p = os.path.join(WORK, base + ".xlsx")
        OL.xlsx_invoice(p, doc, rows, locale_code=sp.get("locale"), sheet=r.choice(["Invoice", "CI", "Sheet1", "Foglio1"] if doc["lang"] != "it" else ["Fattura", "Foglio1", "Listino"]),
                        accent=r.choice(["1F4E79", "C00000", "2E75B6", "375623"]), font=r.choice(["Arial", "Calibri", "Nimbus Sans"]))
    elif producer == "lo_calc_csv":
        f = doc["fmt"]
        p = os.path.join(WORK, f"factuur_{doc['number'].replace('/', '-')}.csv")
        with open(p, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            s, b = doc["supplier"], doc["buyer"]
            for t in [s["name"], s["addr"][0], s["addr"][1], f"BTW {s['taxid']}  KvK {s.get('kvk', '')}", "", "FACTUUR",
                      f"Factuurnummer: {doc['number']}", f"Factuurdatum: {f.d(doc['date'])}", f"Vervaldatum: {f.d(doc['due']) if doc.get('due') else '-'}", "",
                      "Klant:", b["name"], b["addr"][0], b["addr"][1], f"BTW {b.get('taxid', '')}", ""]:
                w.writerow(["", "", "", "", t])
            w.writerow(["Art.nr.", "Aantal", "Prijs", "Bedrag", "Omschrijving"])
            for ln in doc["lines"]:
                w.writerow([ln.get("sku", ""), f.qty(ln["qty"]), f.m(ln["price"]), f.m(ln["net"]), ln["desc"]])
            w.writerow([])
            for k, v, c in HL.totals_rows(doc):
                w.writerow(["", "", "", v, k])
            w.writerow([])
            import textwrap
            for n in HL.legal_notes(doc):
                for part in textwrap.wrap(n, 44):
                    w.writerow(["", "", "", "", part])
            w.writerow(["", "", "", "", f"IBAN {s.get('iban', '')}"])
            w.writerow(["", "", "", "", f"BIC {s.get('bic', '')}"])
    elif producer == "lo_writer_html":
        p = os.path.join(WORK, base + ".html")
        html = OL.simple_html(doc)
        open(p, "w", encoding="utf-8").write(html)
    else:
        p = os.path.join(WORK, base + ".docx")
        OL.docx_invoice(p, doc, r, font=sp.get("font", "DejaVu Sans"), table_style=sp.get("style", "Table Grid"), logo=r.random() < .6)
    return p


def main():
    reset_part(PART)
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    rng = random.Random(36003)
    todo = []
    for i, (producer, fn) in enumerate(specs()):
        r = random.Random(rng.randint(0, 10**9))
        sp = fn(r)
        doc = sp["doc"]
        doc["fmt"].cur = doc["cur"]
        base = f"src{i:02d}"
        src = write_source(producer, sp, r, base)
        todo.append((i, producer, doc, src, r))
    soffice_convert([t[3] for t in todo if not t[3].endswith(".csv")], WORK)
    csvs = [t[3] for t in todo if t[3].endswith(".csv")]
    if csvs:
        from common import run, LO_PROFILE
        run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--infilter=CSV:44,34,76,1", "--convert-to", "pdf", "--outdir", WORK] + csvs)
    for i, producer, doc, src, r in todo:
        pdf = os.path.splitext(src)[0] + ".pdf"
        fname = neutral_name(r, doc, "pdf")
        path = claim_name(PART, fname)
        shutil.copyfile(pdf, path)
        make_label(fname, doc, producer, PART)
        register_source(fname, doc, producer, "pdf_office", PART, office_src=os.path.relpath(src, BUILD))
        print(f"[{PART}] {i:02d} {producer:16s} {doc['lang']} {doc['doc_type']:14s} {fname}", flush=True)


if __name__ == "__main__":
    main()
