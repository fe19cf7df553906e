"""Stage: genuine paper documents captured by a copier/scanner, a phone camera, or a receipt-scanning app.
The paper original is rendered first (into build/cap_src), then rasterised and degraded."""
import os, sys
import numpy as np
from common import FILES, BUILD, write_stage_labels, rng_for, save_meta, label
from plan import G, file_name
from producers import build_doc, render_pdf, office_source, office_pdf_path, ENGINE_LABEL, CAPTURE_LABEL
import office_layouts as O
import scanlib as S

STAGE = "genuine_capture"
CAP_SRC = os.path.join(BUILD, "cap_src")
DPI = {"copier": 200, "phone": 170, "receipt_app": 220}


def capture_pdf(src_pdf, cap, r, ext, out_path):
    """Rasterise + degrade every page; returns (pages, per-page matrices, info)."""
    dpi = DPI[cap]
    import pypdfium2 as pdfium
    wpt = pdfium.PdfDocument(src_pdf)[0].get_size()[0]
    if cap == "phone":   # a phone camera has ~1100+ px across the paper whatever its size
        dpi = max(dpi, int(1150 / (wpt / 72)))
    imgs = S.render(src_pdf, dpi)
    if ext != "pdf":
        imgs = imgs[:1]
    outs, mats, infos = [], [], []
    gray = r.random() < 0.55   # one scanner setting for the whole job
    for im in imgs:
        if cap == "copier":
            o, M, info = S.copier_scan(im, r, out_scale=r.choice([0.75, 0.75, 0.6, 0.9]), gray=gray)
        elif cap == "phone":
            o, M, info = S.phone_photo(im, r)
        else:
            o, M, info = S.receipt_app(im, r)
        outs.append(o)
        mats.append(np.asarray(M).tolist())
        infos.append(info)
    q = r.randint(45, 82)
    if ext == "pdf":
        prod = {"copier": "Canon iR-ADV C3530 PDF", "phone": "Image to PDF Converter", "receipt_app": "ReceiptSnap"}[cap]
        S.images_to_pdf(outs, out_path, dpi=int(dpi * 0.75), quality=q, producer=prod)
    else:
        S.save_image(outs[0], out_path, quality=q)
    return len(outs), mats, dict(dpi=dpi, infos=infos, quality=q)


def run():
    os.makedirs(CAP_SRC, exist_ok=True)
    items = [it for it in G if it["cap"]]
    # office sources go through one soffice batch first
    docs, office = {}, []
    for it in items:
        doc = build_doc(it)
        docs[it["key"]] = doc
        if it["engine"] in ("calc", "docx"):
            office.append(office_source(it, doc, "cap_" + it["key"]))
    O.convert_all(office)
    labels = []
    for it in items:
        doc = docs[it["key"]]
        src_pdf = os.path.join(CAP_SRC, it["key"] + ".pdf")
        if it["engine"] in ("calc", "docx"):
            import shutil
            shutil.copyfile(os.path.join(O.OFFICE_OUT, "cap_" + it["key"] + ".pdf"), src_pdf)
        else:
            render_pdf(it, doc, src_pdf, "cap_" + it["key"])
        r = rng_for("capture/" + it["key"])
        name = file_name(it["key"], it["ext"])
        pages, mats, info = capture_pdf(src_pdf, it["cap"], r, it["ext"], os.path.join(FILES, name))
        lab = label(doc, name, CAPTURE_LABEL[it["cap"]], pages, template=it["tpl"],
                    source_producer=ENGINE_LABEL[it["engine"]])
        save_meta(name, doc, item=it, src_pdf=src_pdf, mats=mats, cap=info)
        labels.append(lab)
        print(STAGE, it["key"], name, pages, info["infos"][0]["kind"], file=sys.stderr)
    write_stage_labels(STAGE, labels)
    return labels


if __name__ == "__main__":
    run()
