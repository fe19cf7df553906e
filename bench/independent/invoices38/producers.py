"""Dispatch: build the Doc for a plan item and render it with its engine."""
import os
from reportlab.lib.pagesizes import A4, LETTER
import docs as DOCS
import parties as P
import html_templates as H
import rl_layouts as RL
import fp_layouts as FP
import office_layouts as O
from render_html import chromium_pdf, weasy_pdf
from common import BUILD, pdf_pages

ENGINE_LABEL = {"chromium": "chromium_html", "weasyprint": "weasyprint_html", "reportlab": "reportlab",
                "fpdf2": "fpdf2", "calc": "soffice_calc", "docx": "docx_soffice"}
CAPTURE_LABEL = {"copier": "scan_copier", "phone": "phone_photo", "receipt_app": "receipt_app"}
CREATOR = {"fpdf2": None, "reportlab": None}


def build_doc(item, overrides=None):
    kw = dict(item["kw"])
    b = kw.get("buyer")
    if isinstance(b, str) and b.startswith("other"):
        kw["buyer"] = P.OTHER_BUYERS[int(b[5:])]
    doc = getattr(DOCS, item["builder"])(item["key"], **kw)
    for k, v in (overrides or {}).items():
        setattr(doc, k, v)
    return doc


def render_pdf(item, doc, out_pdf, stem):
    """Render to out_pdf for the direct engines; returns page count. Office engines are handled in batch."""
    eng, tpl, to = item["engine"], item["tpl"], dict(item["topts"])
    if eng in ("chromium", "weasyprint"):
        html = getattr(H, tpl)(doc, **to)
        (chromium_pdf if eng == "chromium" else weasy_pdf)(html, out_pdf, stem)
    elif eng == "reportlab":
        if to.get("pagesize") == "letter":
            to["pagesize"] = LETTER
        getattr(RL, tpl)(doc, out_pdf, **to)
    elif eng == "fpdf2":
        getattr(FP, tpl)(doc, out_pdf, **to)
    else:
        raise ValueError(eng)
    return pdf_pages(out_pdf)


def office_source(item, doc, stem):
    """Write the .xlsx/.fods/.docx for an office item; returns the source path."""
    os.makedirs(O.OFFICE_SRC, exist_ok=True)
    tpl, to = item["tpl"], dict(item["topts"])
    if item["engine"] == "calc":
        if tpl == "sheet_export":
            return O.sheet_export(doc, os.path.join(O.OFFICE_SRC, stem + ".xlsx"))
        fmt = to.pop("fmt", "fods")
        return O.sheet_invoice(doc, os.path.join(O.OFFICE_SRC, stem + "." + fmt), fmt=fmt)
    if tpl == "docx_letter":
        return O.docx_letter(doc, os.path.join(O.OFFICE_SRC, stem + ".docx"))
    return O.docx_invoice(doc, os.path.join(O.OFFICE_SRC, stem + ".docx"), **to)


def office_pdf_path(src):
    return os.path.join(O.OFFICE_OUT, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def finish(item, doc, fname, pages, producer, **extra):
    """Label + meta for a genuine file."""
    from common import label, save_meta
    lab = label(doc, fname, producer, pages, template=item["tpl"], **extra)
    save_meta(fname, doc, item=item, **{k: v for k, v in extra.items() if k.startswith("_")})
    return {k: v for k, v in lab.items() if not k.startswith("_")}
