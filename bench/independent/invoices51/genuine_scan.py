"""Genuine documents that arrive as scans, faxes and WhatsApp photos (source PDFs rendered then degraded)."""
import random, os
from docs import *
import genuine_html as GH
import genuine_rl as GR
import capture as CAP

SRC = os.path.join(WORK, "scan_src")
os.makedirs(SRC, exist_ok=True)

# kind, source engine, capture, ext, opts
PLAN_SCAN = [
    ("cfdi", "weasy_cfdi", "scan", ".jpg", {}), ("cfdi", "weasy_cfdi", "scan", ".pdf", {}), ("cfdi", "weasy_cfdi", "scan", ".png", {}),
    ("cfdi", "chromium_aspel", "scan", ".pdf", {"many": True}), ("cfdi", "rl_classic", "fax", ".pdf", {}),
    ("cfdi", "rl_plain", "fax", ".png", {}), ("us", "rl_classic", "scan", ".jpg", {}), ("us", "fpdf", "scan", ".pdf", {}),
    ("cn_ci", "rl_plain", "scan", ".jpg", {}), ("cn_ci", "rl_plain", "scan", ".pdf", {}), ("de", "fpdf", "scan", ".jpg", {}),
    ("jp", "weasy_jp", "scan", ".png", {}), ("cn_vat", "weasy_fapiao", "scan", ".jpg", {}), ("co", "fpdf", "scan", ".pdf", {}),
    ("cl", "fpdf", "fax", ".pdf", {}), ("fr", "weasy_saas", "scan", ".jpg", {"error": "line"}),
    ("mx_nota", "ticket", "photo", ".jpg", {}), ("mx_nota", "ticket", "photo", ".jpg", {}), ("mx_nota", "ticket", "photo", ".jpg", {}),
    ("mx_nota", "ticket", "photo", ".jpg", {}), ("mx_nota", "ticket", "photo", ".jpg", {}), ("mx_nota", "ticket", "photo", ".jpg", {}),
    ("mx_nota", "ticket", "photo", ".jpg", {"error": "total"}),
    ("cfdi", "weasy_cfdi", "photo", ".jpg", {}), ("cfdi", "chromium_contpaq", "photo", ".jpg", {}), ("us", "rl_classic", "photo", ".jpg", {}),
    ("cfdi", "rl_plain", "photo", ".jpg", {"doc_type": "delivery_note", "has_total": False}),
    ("us", "fpdf", "scan", ".pdf", {"doc_type": "purchase_order"}),
]


def make_src(rng, kind, eng, opts, stem):
    kw = {}
    if kind == "cn_ci": kw = dict(shipping=False, discount=0, tax=False)
    if kind == "cn_vat": kw = dict(shipping=False, discount=0)
    if kind == "mx_nota": kw = dict(shipping=False, tax=False, n_items=rng.randint(2, 6))
    if eng == "weasy_cfdi": kw = dict(shipping=False, discount=0)
    d = make_doc(rng, kind, many=opts.get("many", False), error=opts.get("error"), doc_type=opts.get("doc_type"), **kw)
    d["has_total"] = opts.get("has_total", True)
    if kind == "cn_ci":
        d["terms"] = "FOB Ningbo"; d["hs"] = "3924.10"
    path = os.path.join(SRC, stem + ".pdf")
    if eng == "weasy_cfdi": GH.render_weasy(GH.html_cfdi(d, rng), path)
    elif eng == "weasy_jp": GH.render_weasy(GH.html_jp(d, rng), path)
    elif eng == "weasy_fapiao": GH.render_weasy(GH.html_fapiao(d, rng), path)
    elif eng == "weasy_saas": GH.render_weasy(GH.html_saas(d, rng), path)
    elif eng.startswith("chromium_"): GH.render_chromium(GH.html_erp(d, rng, eng.split("_")[1]), path, stem)
    elif eng.startswith("rl_"): GR.rl_invoice(d, path, eng.split("_")[1])
    elif eng == "ticket": GR.rl_ticket(d, path)
    else: GR.fpdf_invoice(d, path)
    return d, path


def capture_file(src, cap, ext, out, rng, stamp_date=None):
    npg = CAP.n_pages(src)
    if cap == "photo" or ext != ".pdf":
        npg = 1  # a photo / single image shows the first page only
    imgs, Ms = [], []
    for p in range(npg):
        if cap == "photo": im, M = CAP.photo_page(src, p, rng)
        else: im, M = CAP.scan_page(src, p, rng, fax=(cap == "fax"), stamp_date=stamp_date)
        imgs.append(im); Ms.append(M.tolist())
    CAP.save_images(imgs, out, rng)
    return npg, Ms


def run(seed=5104):
    rng = random.Random(seed)
    random.seed(seed)
    out = []
    for i, (kind, eng, cap, ext, opts) in enumerate(PLAN_SCAN):
        stem = f"s{i:02d}_{kind}_{cap}"
        d, src = make_src(rng, kind, eng, opts, stem)
        fname = stem + ext
        npg, Ms = capture_file(src, cap, ext, os.path.join(FILES, fname), rng, d["date"])
        prod = {"scan": "scan", "fax": "fax", "photo": "phone_photo"}[cap] + "_" + ext[1:] + "_of_" + eng
        rec = label_base(d, fname, prod, pages=npg)
        if not d["has_total"]: rec["total"] = None
        if kind == "cn_ci": rec["supplier"] = d["supplier"]["name_en"]
        write_label(rec, doc_meta(d, "image", src=src, matrices=Ms, capture=cap, ext=ext, supplier=rec["supplier"]))
        out.append(rec)
    return out


if __name__ == "__main__":
    print(len(run()))
