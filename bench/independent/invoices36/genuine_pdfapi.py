"""Part 'pdfapi': genuine documents drawn with ReportLab (canvas / platypus) and fpdf2."""
import os, random
from common import (D, Fmt, make_label, register_source, reset_part, claim_name, neutral_name, inject_arith_error, make_company)
import scenarios as S
import pdfapi_layouts as PL

PART = "pdfapi"
CREATORS = [None, None, None, "GesFact 7.1", "Facturación Pyme 2024", "Rechnungsprogramm XT", "InvoiceDesk 4", "ERP-Lite 9.3", "FattElett 2"]


def eur_core(rng, lang):
    """money patterns usable with fpdf2 core fonts (cp1252)"""
    return rng.choice(["{n} EUR", "{n} €", "EUR {n}"])


def specs():
    R1, R2, R3, F = "reportlab_canvas", "reportlab_erp_form", "reportlab_platypus", "fpdf2"
    L = []
    a = lambda prod, fn: L.append((prod, fn))
    # ---- ReportLab
    a(R1, lambda r: dict(doc=S.sc_es(r, "std"), font="helv"))
    a(R2, lambda r: dict(doc=S.sc_es(r, "re")))
    a(R3, lambda r: dict(doc=S.sc_es(r, "multi"), font="helv"))
    a(R1, lambda r: dict(doc=S.sc_de(r), font="helv", accent=(0.1, 0.1, 0.1)))
    a(R1, lambda r: dict(doc=S.sc_fr(r), font="times", accent=(0.45, 0.1, 0.15)))
    a(R2, lambda r: dict(doc=S.sc_it(r)))
    a(R1, lambda r: dict(doc=S.sc_cn_commercial(r), font="helv", accent=(0.05, 0.35, 0.3)))
    a(R3, lambda r: dict(doc=S.sc_cn_commercial(r, n=(16, 20)), font="helv"))

    def cn_zh2(r):
        return dict(doc=S.sc_cn_zh_export(r), font="wqy")
    a(R1, cn_zh2)
    a(R1, lambda r: dict(doc=S.sc_jp(r, date_style="cjk"), font="wqy", accent=(0.2, 0.2, 0.2)))
    a(R1, lambda r: dict(doc=S.sc_pl(r), font="dejavu"))
    a(R2, lambda r: dict(doc=S.sc_nl(r)))
    a(R1, lambda r: dict(doc=S.sc_es(r, "mixed", lang="ca"), font="helv", accent=(0.6, 0.15, 0.1)))
    a(R1, lambda r: dict(doc=S.sc_pt(r), font="helv"))
    a(R1, lambda r: dict(doc=S.sc_es(r, "credit"), font="helv", accent=(0.55, 0.1, 0.1)))

    def gb_err(r):
        d = S.sc_gb_domestic(r); inject_arith_error(r, d, "tax"); return dict(doc=d, font="helv")
    a(R1, gb_err)
    a(R3, lambda r: dict(doc=S.sc_packing_list(r), font="helv"))
    a(R1, lambda r: dict(doc=S.sc_cn_commercial(r, proforma=True), font="helv", accent=(0.2, 0.2, 0.5)))
    # ---- fpdf2
    a(F, lambda r: dict(doc=S.sc_es(r, "std", fmt=Fmt(num="dot", money=eur_core(r, "es"), date="dmy_slash", lang="es")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_es(r, "irpf", fmt=Fmt(num="dot", money="{n} EUR", date="dmy_dash", lang="es")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_de(r, fmt=Fmt(num="dot", money=eur_core(r, "de"), date="dmy_dot", lang="de")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_fr(r), v="F2"))
    a(F, lambda r: dict(doc=S.sc_it(r, fmt=Fmt(num="dot", money="EUR {n}", date="dmy_slash", lang="it")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_us(r), v="F1"))
    a(F, lambda r: dict(doc=S.sc_pl(r), v="F2"))
    a(F, lambda r: dict(doc=S.sc_es(r, "re", lang="ca"), v="F2"))
    a(F, lambda r: dict(doc=S.sc_nl(r, fmt=Fmt(num="dot", money="EUR {n}", date="dmy_dash", lang="nl")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_pt(r, receipt=True), v="F2"))
    a(F, cn_zh2 if False else (lambda r: dict(doc=cn_zh2(r)["doc"], v="F2")))
    a(F, lambda r: dict(doc=S.sc_es(r, "multi", fmt=Fmt(num="dot", money="{n} EUR", date="dmy_slash", lang="es")), v="F1"))

    def es_err(r):
        d = S.sc_es(r, "std", fmt=Fmt(num="dot", money="{n} €", date="dmy_slash", lang="es"))
        inject_arith_error(r, d, "sum"); return dict(doc=d, v="F1")
    a(F, es_err)
    a(F, lambda r: dict(doc=S.sc_delivery_note(r, "es", fmt=Fmt(num="dot", money="{n} EUR", date="dmy_slash", lang="es")), v="F1"))
    a(F, lambda r: dict(doc=S.sc_gb_domestic(r, fmt=Fmt(num="comma", money="£{n}", date="dmy_slash", cur="GBP", lang="en")), v="F1"))
    return L


def produce(producer, sp, r, path):
    doc = sp["doc"]
    creator = r.choice(CREATORS)
    if producer == "reportlab_canvas":
        PL.rl_canvas_invoice(path, doc, r, fontkind=sp.get("font", "helv"), accent=sp.get("accent", (0.12, 0.3, 0.55)), logo=r.random() < .75, creator=creator)
    elif producer == "reportlab_erp_form":
        PL.rl_erp_form(path, doc, r, creator=creator)
    elif producer == "reportlab_platypus":
        PL.rl_platypus(path, doc, r, fontkind=sp.get("font", "helv"), creator=creator)
    else:
        PL.fpdf_invoice(path, doc, r, variant=sp["v"], creator=creator)
    return creator


def main():
    reset_part(PART)
    rng = random.Random(36002)
    for i, (producer, fn) in enumerate(specs()):
        r = random.Random(rng.randint(0, 10**9))
        sp = fn(r)
        doc = sp["doc"]
        if doc["fmt"].cur != doc["cur"]:
            doc["fmt"].cur = doc["cur"]
        fname = neutral_name(r, doc, "pdf")
        path = claim_name(PART, fname)
        produce(producer, sp, r, path)
        font = sp.get("font") or ("core" if sp.get("v") == "F1" else "ttf")
        core = font in ("helv", "times", "courier", "core") or producer == "reportlab_erp_form"
        make_label(fname, doc, producer, PART)
        register_source(fname, doc, producer, "pdf_core" if core else "pdf_ttf", PART, font=font)
        print(f"[{PART}] {i:02d} {producer:20s} {doc['lang']} {doc['doc_type']:14s} {fname}", flush=True)


if __name__ == "__main__":
    main()
