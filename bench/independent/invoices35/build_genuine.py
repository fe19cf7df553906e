"""Part 1 of the generator: plan and render the genuine (unaltered) files."""
import os, random, shutil, copy
import pypdf
from common import *
import render_html as RH
import render_pdf as RP
import render_office as RO
import degrade as DG

INVOICE_TYPES = ("invoice", "tax_invoice", "receipt", "credit_note")


def npages(path):
    if path.lower().endswith(".pdf"):
        return len(pypdf.PdfReader(path).pages)
    return 1


def plan(rng):
    """List of specs: (producer, loc, doc kwargs, render options)."""
    S = []
    def add(prod, loc, **kw):
        S.append(dict(prod=prod, loc=loc, kw=kw))
    # --- HTML printed by Chromium (US distributors, online-store downloads, EU letterheads, CFDI)
    for loc, st in [("en_US", "ledger"), ("en_US", "store"), ("en_US", "ledger"), ("en_US", "store"), ("en_GB", "store"), ("en_GB", "ledger"),
                    ("fr_CA", "ledger"), ("fr_CA", "store"), ("es_MX", "cfdi"), ("es_MX", "cfdi"), ("de_DE", "eu"), ("it_IT", "eu"),
                    ("nl_NL", "eu"), ("zh_CN", "store"), ("en_US", "ledger")]:
        add("html_chromium", loc, style=st)
    S[2]["kw"]["many"] = True; S[6]["kw"]["many"] = True  # multi-page
    # --- HTML via WeasyPrint
    for loc, st in [("en_US", "ledger"), ("en_US", "store"), ("en_GB", "ledger"), ("fr_CA", "ledger"), ("fr_CA", "eu"), ("es_MX", "cfdi"),
                    ("es_MX", "store"), ("de_DE", "eu"), ("fr_FR", "eu"), ("es_ES", "eu"), ("pl_PL", "eu"), ("pl_PL", "store"),
                    ("zh_CN", "fapiao"), ("zh_CN", "fapiao"), ("zh_CN", "fapiao"), ("ja_JP", "seikyu"), ("ja_JP", "seikyu"), ("ja_JP", "seikyu"), ("it_IT", "eu")]:
        add("html_weasyprint", loc, style=st)
    # --- ReportLab canvas (plain standard fonts), incl. multi-page statements with remittance slip
    for loc, remit, many in [("en_US", True, True), ("en_US", True, False), ("en_US", False, False), ("en_US", False, False), ("en_US", True, True),
                             ("en_US", False, False), ("en_GB", False, False), ("en_GB", True, False), ("en_GB", False, True), ("fr_CA", True, True),
                             ("fr_CA", False, False), ("fr_CA", True, False), ("es_MX", False, False), ("es_MX", True, False), ("de_DE", False, False),
                             ("nl_NL", False, False), ("es_ES", False, False), ("it_IT", False, False)]:
        add("reportlab_canvas", loc, remit=remit, many=many)
    for loc in ["en_US", "en_GB", "pl_PL", "de_DE", "fr_FR", "es_MX", "ja_JP"]:
        add("reportlab_platypus", loc)
    for loc, var in [("en_US", 0), ("en_US", 1), ("en_US", 0), ("en_GB", 1), ("en_GB", 0), ("fr_CA", 1), ("es_MX", 0), ("de_DE", 1), ("pl_PL", 0), ("nl_NL", 1)]:
        add("fpdf2", loc, variant=var)
    for loc in ["en_US", "en_US", "en_GB", "fr_CA", "es_MX", "de_DE", "it_IT", "en_US"]:
        add("calc_soffice", loc)
    for loc, var in [("en_US", 0), ("en_US", 1), ("en_GB", 0), ("fr_CA", 1), ("es_MX", 0), ("es_ES", 1), ("nl_NL", 0)]:
        add("docx_soffice", loc, variant=var)
    # --- scans (base rendered clean, then degraded)
    for loc, base, ext, multi in [("en_US", "reportlab_canvas", "jpg", False), ("en_US", "html_ledger", "jpg", False), ("en_US", "fpdf2", "png", False),
                                  ("en_US", "reportlab_canvas", "pdf", True), ("en_GB", "html_store", "jpg", False), ("en_GB", "reportlab_canvas", "png", False),
                                  ("fr_CA", "html_ledger", "jpg", False), ("fr_CA", "reportlab_canvas", "pdf", True), ("es_MX", "html_cfdi", "jpg", False),
                                  ("es_MX", "reportlab_canvas", "jpg", False), ("de_DE", "html_eu", "pdf", False), ("zh_CN", "html_fapiao", "jpg", False),
                                  ("ja_JP", "html_seikyu", "png", False), ("it_IT", "html_eu", "jpg", False), ("en_US", "html_store", "jpg", False)]:
        add("scan_" + ext, loc, base=base, many=multi)
    for loc, base in [("en_US", "reportlab_canvas"), ("en_US", "html_ledger"), ("es_MX", "reportlab_canvas"), ("en_GB", "fpdf2")]:
        add("fax_pdf", loc, base=base, many=(loc == "en_US" and base == "reportlab_canvas"))
    for loc, base in [("en_US", "html_store"), ("en_US", "reportlab_canvas"), ("fr_CA", "html_ledger"), ("es_MX", "html_cfdi"), ("en_GB", "html_ledger"), ("zh_CN", "html_fapiao")]:
        add("phone_photo_jpg", loc, base=base)
    for loc in ["en_US", "en_US", "en_GB", "fr_CA"]:
        add("screenshot_png", loc, style="portal")
    add("receipt_reportlab", "en_US", receipt=True)
    add("phone_photo_jpg", "en_US", base="receipt", receipt=True)
    # --- special invoice types
    S_special = [
        dict(prod="reportlab_canvas", loc="en_US", kw=dict(doc_type="credit_note")),
        dict(prod="html_weasyprint", loc="en_GB", kw=dict(style="ledger", doc_type="tax_invoice")),
    ]
    S += S_special
    # --- not invoices
    NI = [
        dict(prod="reportlab_canvas", loc="en_US", kw=dict(doc_type="packing_list")),
        dict(prod="docx_soffice", loc="en_US", kw=dict(doc_type="purchase_order")),
        dict(prod="html_weasyprint", loc="es_MX", kw=dict(style="ledger", doc_type="quotation")),
        dict(prod="html_chromium", loc="de_DE", kw=dict(style="eu", doc_type="delivery_note")),
        dict(prod="reportlab_platypus", loc="fr_CA", kw=dict(doc_type="other", title_key="price_list", pricelist=True)),
        dict(prod="reportlab_letter", loc="en_GB", kw=dict(doc_type="other", title_key="letter")),
        dict(prod="screenshot_png", loc="en_US", kw=dict(style="store", doc_type="other", title_key="order_conf")),
        dict(prod="phone_photo_jpg", loc="en_US", kw=dict(base="terminal", doc_type="receipt", terminal=True)),
        dict(prod="html_weasyprint", loc="zh_CN", kw=dict(style="ledger", doc_type="proforma")),
        dict(prod="html_weasyprint", loc="zh_CN", kw=dict(style="store", doc_type="packing_list")),
        dict(prod="fpdf2", loc="en_GB", kw=dict(variant=0, doc_type="quotation")),
    ]
    for x in NI:
        x["not_invoice"] = True
    S += NI
    return S


def render_base(doc, base, out, rng):
    """Render a clean PDF with a given base producer (used for scans/photos/faxes)."""
    if base.startswith("html_"):
        RH.weasy_pdf(RH.html_doc(doc, base[5:]), out)
    elif base == "reportlab_canvas":
        RP.rl_classic(doc, out, remit=rng.random() < 0.5)
    elif base == "fpdf2":
        RP.fpdf_invoice(doc, out, variant=rng.randint(0, 1))
    elif base == "receipt":
        RP.rl_receipt(doc, out)
    elif base == "terminal":
        RP.rl_receipt(doc, out, terminal=True)


def build(rng):
    os.makedirs(TMP + "/clean", exist_ok=True)
    specs = plan(rng)
    # deterministic choice of 8 arithmetic-error files among invoice specs that are not used as edit sources later
    inv_idx = [k for k, s in enumerate(specs) if not s.get("not_invoice")]
    err_idx = set(rng.sample(inv_idx, 8))
    recs = []
    lo_jobs = []
    for k, s in enumerate(specs):
        kw = dict(s["kw"])
        prod, loc = s["prod"], s["loc"]
        dkw = {x: kw.pop(x) for x in list(kw) if x in ("doc_type", "many")}
        tkey = kw.pop("title_key", None)
        pricelist = kw.pop("pricelist", False)
        doc_type = dkw.get("doc_type", "invoice")
        if prod in ("receipt_reportlab",) or kw.get("receipt"):
            doc_type = "receipt"
        if loc == "zh_CN" and kw.get("style") == "fapiao" or (loc == "zh_CN" and kw.get("base") == "html_fapiao"):
            doc_type = "tax_invoice"
        if loc == "ja_JP" and k % 2 == 0 and doc_type == "invoice":
            doc_type = "tax_invoice"
        gen_type = doc_type if doc_type != "other" else "invoice"
        many = dkw.get("many", False)
        n_items = rng.randint(1, 4) if (kw.get("receipt") or kw.get("terminal")) else None
        doc = make_doc(k + 1, loc, rng, doc_type=gen_type, many=many, arith_error=(k in err_idx), n_items=n_items)
        doc["doc_type"] = doc_type
        if tkey: doc["title_key"] = tkey
        if pricelist: doc["pricelist"] = True; doc["no_summary"] = True
        if doc_type in ("packing_list", "delivery_note"):
            doc["no_summary"] = True
        if doc_type == "credit_note":
            doc["note"] = f"Credit for returned / damaged goods on invoice INV-{rng.randint(10000, 99999)}."
        if doc_type == "proforma":
            doc["note"] = "本形式发票仅供付款及清关参考，不作为正式发票。 Proforma only - not a tax invoice."
        if tkey == "letter":
            doc["letter_body"] = [
                f"Re: your account {doc['cust_no']}",
                f"Further to our telephone conversation, we confirm that your trade account with {doc['supplier']} remains open and that goods have been supplied to {doc['buyer']} on credit terms ({doc['terms']}).",
                "Copies of individual invoices are available on request from our accounts department. This letter is not a VAT invoice and does not itself evidence any particular purchase.",
                "Please let us know if you require anything further."]
            doc["no_summary"] = True
        rec = dict(k=k, doc=doc, producer=prod, not_invoice=s.get("not_invoice", False))
        name = f"g{k:03d}"
        if prod == "html_chromium":
            out = f"{TMP}/clean/{name}.pdf"; RH.chromium_pdf(RH.html_doc(doc, kw["style"]), out, name); rec.update(path=out, text_pdf=True, layout=kw["style"])
        elif prod == "html_weasyprint":
            out = f"{TMP}/clean/{name}.pdf"; RH.weasy_pdf(RH.html_doc(doc, kw["style"]), out); rec.update(path=out, text_pdf=True, layout=kw["style"])
        elif prod == "reportlab_canvas":
            out = f"{TMP}/clean/{name}.pdf"; RP.rl_classic(doc, out, remit=kw.get("remit", False), per_page=rng.choice([18, 22, 26])); rec.update(path=out, text_pdf=True, core_text=True)
        elif prod == "reportlab_platypus":
            out = f"{TMP}/clean/{name}.pdf"; RP.rl_platypus(doc, out); rec.update(path=out, text_pdf=True)
        elif prod == "reportlab_letter":
            out = f"{TMP}/clean/{name}.pdf"; RP.rl_letter(doc, out); rec.update(path=out, text_pdf=True)
        elif prod == "receipt_reportlab":
            out = f"{TMP}/clean/{name}.pdf"; RP.rl_receipt(doc, out); rec.update(path=out, text_pdf=True, core_text=True)
        elif prod == "fpdf2":
            out = f"{TMP}/clean/{name}.pdf"; RP.fpdf_invoice(doc, out, variant=kw.get("variant", 0))
            rec.update(path=out, text_pdf=True, core_text=loc in ("en_US", "en_GB"))
        elif prod == "calc_soffice":
            src = f"{TMP}/lo/{name}.fods"; os.makedirs(TMP + "/lo", exist_ok=True); RO.fods(doc, src); lo_jobs.append(src)
            rec.update(path=f"{TMP}/lo_out/{name}.pdf", text_pdf=True, lo_src=src)
        elif prod == "docx_soffice":
            src = f"{TMP}/lo/{name}.docx"; os.makedirs(TMP + "/lo", exist_ok=True); RO.docx(doc, src, variant=kw.get("variant", 0)); lo_jobs.append(src)
            rec.update(path=f"{TMP}/lo_out/{name}.pdf", text_pdf=True, lo_src=src)
        elif prod == "screenshot_png":
            out = f"{TMP}/clean/{name}.png"
            if tkey == "order_conf":
                doc["status"] = "CONFIRMED"
                RH.chromium_png(RH.html_doc(doc, "portal").replace("Partner Portal", "Shop"), out, name, size=(1180, 1250))
            else:
                RH.chromium_png(RH.html_doc(doc, "portal"), out, name, size=(rng.choice([1280, 1366, 1440]), rng.choice([1300, 1500, 1700])))
            rec.update(path=out, ext="png")
        elif prod.startswith(("scan_", "fax_", "phone_")):
            base = kw["base"]
            cpdf = f"{TMP}/clean/{name}_base.pdf"
            render_base(doc, base, cpdf, rng)
            rec.update(base_pdf=cpdf, base_producer=base, img_kind=prod)
        recs.append(rec)
    RO.soffice_batch(lo_jobs, TMP + "/lo_out")
    # image producers
    for rec in recs:
        prod = rec["producer"]
        if not prod.startswith(("scan_", "fax_", "phone_")):
            continue
        name = f"g{rec['k']:03d}"
        doc = rec["doc"]
        dpi = rng.choice([110, 130, 150, 200]) if not prod.startswith("fax") else 200
        pages = DG.render(rec["base_pdf"], dpi=dpi)
        if prod.startswith("scan_"):
            ext = prod.split("_")[1]
            ims, ps = zip(*[DG.scan_page(p, rng) for p in pages]) if ext == "pdf" else zip(*[DG.scan_page(pages[0], rng)])
            out = f"{TMP}/clean/{name}.{ext}"
            DG.save_images(list(ims), out, quality=rng.randint(45, 80), dpi=dpi)
            rec.update(path=out, dpi=dpi, angles=[p["angle"] for p in ps], img_single=(ext != "pdf"))
        elif prod.startswith("fax_"):
            hdr = f"{(doc['date']).strftime('%b-%d-%Y').upper()} 10:{rec['k'] % 60:02d}  FROM: {doc['supplier'][:22].upper()}  FAX 1-{rng.randint(200, 989)}-555-{rng.randint(1000, 9999)}"
            ims = [DG.fax_page(p, rng, hdr, i + 1, len(pages)) for i, p in enumerate(pages)]
            out = f"{TMP}/clean/{name}.pdf"
            DG.save_images(ims, out, dpi=dpi)
            rec.update(path=out)
        else:
            im = DG.photo(pages[0], rng)
            out = f"{TMP}/clean/{name}.jpg"
            im.save(out, quality=rng.randint(70, 88))
            rec.update(path=out)
    return recs
