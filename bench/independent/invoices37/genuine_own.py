"""Part 'own': bilingual export paperwork from the seller's own factories, kept as
Excel-style sheets and printed through LibreOffice: commercial invoices, one proforma,
packing lists."""
import random
from common import Registry, OWN_FACTORIES, inject_error, D
from docs import commercial_invoice
from emit import emit, src_path, SRC
import render_office as OF

SPECS = [  # key, factory, kind, pipeline, arithmetic error
    ("own_ci01", 0, "invoice", "as_is", None),
    ("own_ci02", 1, "invoice", "as_is", None),
    ("own_ci03", 0, "invoice", "wps", None),
    ("own_ci04", 0, "invoice", "as_is", "sum"),
    ("own_ci05", 1, "invoice", "scan_pdf", None),
    ("own_ci06", 0, "invoice", "photo", None),
    ("own_pi01", 1, "proforma", "as_is", None),
]


def run(reg=None):
    reg = reg or Registry("own")
    rng = random.Random(37002)
    jobs = []
    cis = {}
    for key, fi, kind, pipe, err in SPECS:
        doc = commercial_invoice(rng, OWN_FACTORIES[fi], doc_type=kind, n_items=rng.randint(2, 6))
        if err:
            inject_error(doc, err, rng)
        OF.ci_sheet(doc, kind, formulas=not err).to_fods(src_path(key, ".fods"))
        jobs.append((key, doc, pipe))
        cis[key] = doc
    # packing lists that travel with the first two commercial invoices
    for key, ci in (("own_pl01", "own_ci01"), ("own_pl02", "own_ci02")):
        doc = dict(cis[ci])
        doc.update(doc_type="packing_list", is_invoice=False, has_total=False)
        OF.ci_sheet(doc, "packing_list").to_fods(src_path(key, ".fods"))
        jobs.append((key, doc, "as_is" if key == "own_pl01" else "scan_pdf"))
    pdfs = OF.soffice_convert([src_path(k, ".fods") for k, _, _ in jobs], outdir=SRC)
    for (key, doc, pipe), pdf in zip(jobs, pdfs):
        emit(reg, key, doc, pdf, pipe, "soffice_calc_fods", scan_kw={"gray": key.endswith("5")} if pipe.startswith("scan") else None)
    reg.save()
    return reg


if __name__ == "__main__":
    run()
