"""Scans and phone photos: render a source PDF (kept in build/) with pypdfium2, then degrade.
Each output keeps its geometry (3x3 matrix from PDF points to output pixels) in build/<name>.xf.json
so that edits.py can find text on the image later."""
import os, io, json
import numpy as np, cv2
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageEnhance
from common import *
import genuine_pdf, genuine_html

def render_pages(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path); out = []
    for p in pdf:
        w, h = p.get_size()
        out.append((p.render(scale=dpi / 72).to_pil().convert("RGB"), h))
    return out

def base_matrix(dpi, page_h):
    s = dpi / 72.0
    return np.array([[s, 0, 0], [0, -s, page_h * s], [0, 0, 1]], dtype=float)

def scan_img(img, rng, angle=None, down=None, gray=None):
    a = rng.uniform(-1.6, 1.6) if angle is None else angle
    w, h = img.size
    R = cv2.getRotationMatrix2D((w / 2, h / 2), a, 1.0)
    arr = cv2.warpAffine(np.array(img), R, (w, h), borderValue=(250, 250, 248), flags=cv2.INTER_LINEAR)
    M = np.vstack([R, [0, 0, 1]])
    f = rng.uniform(0.6, 0.9) if down is None else down
    arr = cv2.resize(arr, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    M = np.diag([f, f, 1]) @ M
    arr = arr.astype(np.float32)
    arr = arr * rng.uniform(0.9, 1.0) + rng.uniform(0, 12)            # paper grey/brightness
    arr += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 9), arr.shape)
    arr = np.clip(arr, 0, 255).astype(np.uint8)
    im = Image.fromarray(arr)
    if rng.random() < .5: im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if gray or (gray is None and rng.random() < .5): im = im.convert("L")
    return im, M

def photo_img(img, rng):
    w, h = img.size
    bg = np.zeros((int(h * 1.15), int(w * 1.2), 3), np.uint8)
    bg[:] = rng.choice([(96, 72, 52), (150, 140, 130), (60, 64, 70), (180, 170, 150)])
    bg = np.clip(bg.astype(np.int16) + np.random.default_rng(rng.randint(0, 99999)).normal(0, 6, bg.shape), 0, 255).astype(np.uint8)
    BW, BH = bg.shape[1], bg.shape[0]
    j = lambda k: rng.uniform(0, k)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (BW - w) / 2, (BH - h) / 2
    dst = np.float32([[ox + j(.08 * w), oy + j(.05 * h)], [ox + w - j(.08 * w), oy + j(.06 * h)],
                      [ox + w - j(.03 * w), oy + h - j(.03 * h)], [ox + j(.04 * w), oy + h - j(.02 * h)]])
    H = cv2.getPerspectiveTransform(src, dst)
    paper = cv2.warpPerspective(np.array(img), H, (BW, BH))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), H, (BW, BH))
    out = np.where(mask[..., None] > 0, paper, bg).astype(np.float32)
    # uneven light: linear gradient + soft shadow blob
    yy, xx = np.mgrid[0:BH, 0:BW].astype(np.float32)
    g = 0.75 + 0.3 * (xx / BW) * rng.uniform(.5, 1) + 0.1 * (yy / BH)
    cx, cy = rng.uniform(0, BW), rng.uniform(0, BH)
    g -= 0.22 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (0.3 * BW) ** 2)))
    out = out * g[..., None] * np.array([1.0, 0.97, 0.9])  # warm cast
    out += np.random.default_rng(rng.randint(0, 99999)).normal(0, 5, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    f = rng.uniform(0.55, 0.8)
    im = im.resize((int(BW * f), int(BH * f)), Image.LANCZOS)
    return im, np.diag([f, f, 1]) @ H

def capture(src_pdf, name, kind, fmt, rng, dpi=None):
    """kind scan|photo, fmt jpg|png|pdf. Returns (filename, pages)."""
    dpi = dpi or rng.choice([150, 200])
    pages = render_pages(src_pdf, dpi); imgs = []; xfs = []
    for img, ph in pages:
        im, M = (scan_img if kind == "scan" else photo_img)(img, rng)
        imgs.append(im); xfs.append((M @ base_matrix(dpi, ph)).tolist())
    fname = f"{name}.{fmt}"; out = os.path.join(FILES, fname)
    q = rng.randint(45, 80)
    if fmt == "jpg": imgs[0].convert("RGB").save(out, "JPEG", quality=q); imgs = imgs[:1]
    elif fmt == "png": imgs[0].save(out, "PNG"); imgs = imgs[:1]
    else:  # image PDF, JPEG-compressed pages as a scanner would do
        jp = []
        for im in imgs:
            b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=q); jp.append(Image.open(b))
        jp[0].save(out, "PDF", save_all=True, append_images=jp[1:], resolution=dpi * 0.75)
    json.dump({"src": src_pdf, "xf": xfs[:len(imgs)], "quality": q}, open(os.path.join(BUILD, name + ".xf.json"), "w"))
    return fname, len(imgs)

def make_source(rng, lang, prod, dtp, opt, name):
    """render a genuine doc into build/ using the other producers"""
    if prod.startswith("html_"):
        pre = {"delivery_note": "WZ", "packing_list": "PL"}.get(dtp, "FV" if lang == "pl" else "INV")
        doc = build_doc(rng, lang, dtp, number_prefix=pre, **opt)
        if dtp in ("delivery_note", "packing_list"): doc["total"] = None
        out = os.path.join(BUILD, name + "_src.pdf"); genuine_html.render_weasy(doc, prod[5:], out)
    else:
        doc, tmp = genuine_pdf.make_one(rng, lang, prod, dtp, opt, name + "_src")
        out = os.path.join(BUILD, name + "_src.pdf"); os.replace(tmp, out)
    save_doc_meta(doc, name)
    return doc, out

PLAN = [  # (lang, source producer, doc_type, opts, kind, fmt)
 ("pl", "rl_symfonia", "invoice", {}, "scan", "jpg"), ("pl", "rl_symfonia", "invoice", {"n_items": 3}, "scan", "pdf"),
 ("pl", "rl_symfonia", "invoice", {"n_items": 30}, "scan", "pdf"), ("pl", "html_comarch", "invoice", {}, "scan", "png"),
 ("pl", "html_wfirma", "invoice", {}, "photo", "jpg"), ("pl", "rl_ksef", "invoice", {}, "scan", "pdf"),
 ("pl", "rl_paragon", "receipt", {"n_items": 2}, "photo", "jpg"), ("pl", "rl_paragon", "receipt", {"n_items": 4}, "photo", "jpg"),
 ("pl", "rl_paragon", "receipt", {"n_items": 3}, "scan", "jpg"), ("pl", "rl_paragon", "receipt", {"n_items": 1}, "photo", "jpg"),
 ("pl", "rl_paragon", "receipt", {"n_items": 3}, "scan", "png"), ("pl", "rl_symfonia", "invoice", {"arith_error": True}, "scan", "jpg"),
 ("de", "rl_helv", "invoice", {}, "scan", "pdf"), ("de", "html_modern", "invoice", {"n_items": 26}, "scan", "pdf"),
 ("de", "fpdf_core", "invoice", {}, "photo", "jpg"), ("en", "rl_helv", "invoice", {}, "scan", "png"),
 ("en", "html_modern", "invoice", {"shipping": True}, "photo", "jpg"), ("zh", "html_cjk", "tax_invoice", {}, "photo", "jpg"),
 ("zh", "rl_symfonia", "tax_invoice", {}, "scan", "jpg"), ("ja", "html_cjk", "invoice", {}, "scan", "pdf"),
 ("uk", "rl_symfonia", "invoice", {}, "photo", "jpg"), ("uk", "html_comarch", "invoice", {}, "scan", "jpg"),
 ("cs", "rl_symfonia", "invoice", {}, "scan", "pdf"), ("lt", "fpdf_dejavu", "invoice", {}, "photo", "jpg"),
 ("fr", "html_modern", "invoice", {}, "photo", "jpg"), ("it", "rl_helv", "invoice", {}, "scan", "jpg"),
 ("es", "fpdf_core", "invoice", {}, "scan", "png"), ("nl", "html_wfirma", "invoice", {}, "photo", "jpg"),
 ("us", "rl_helv", "invoice", {"with_tax": False}, "photo", "jpg"), ("pl", "html_comarch", "delivery_note", {}, "scan", "jpg"),
]

def run():
    rng = random.Random(5204); labels = []
    for i, (lang, prod, dtp, opt, kind, fmt) in enumerate(PLAN):
        name = f"s{i:02d}_{lang}_{kind}"
        doc, src = make_source(rng, lang, prod, dtp, opt, name)
        fname, pages = capture(src, name, kind, fmt, rng, dpi=300 if prod == "rl_paragon" else None)
        labels.append(label_for(doc, fname, f"{kind}_{fmt}<-{prod}", pages))
    write_labels(labels); return labels

if __name__ == "__main__":
    print(len(run()))
