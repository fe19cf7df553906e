# scans.py - office multifunction-printer scans and desk phone photos of printed invoices
import os, random, math, io, json
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance
from common import *
import genuine_html, genuine_pdf

def render_pages(pdf, dpi):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf)
    return [d[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(d))]

def scan_image(img, angle, rng, grey=True, noise=6.0, blur=0.6, shift=(0, 0)):
    """simulate a flatbed / ADF scan: grey, slightly rotated, dusty, a bit soft"""
    if grey: img = img.convert("L")
    fill = 250 if grey else (250, 250, 248)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=fill, translate=shift)
    a = np.asarray(img).astype(np.float32)
    a = a * rng.uniform(0.9, 0.97) + rng.uniform(8, 18)          # grey paper, lifted blacks
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    # a few specks of dust
    g = np.random.default_rng(rng.randint(0, 10**6))
    for _ in range(rng.randint(5, 40)):
        y, x = g.integers(0, a.shape[0]), g.integers(0, a.shape[1])
        a[max(0, y-1):y+2, max(0, x-1):x+2] = g.uniform(40, 140)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if blur: img = img.filter(ImageFilter.GaussianBlur(blur))
    return img

def map_point(x, y, size, angle, f, shift=(0, 0)):
    """pixel in the clean render -> pixel in the degraded scan (PIL rotate is counter-clockwise about the centre)"""
    cx, cy = size[0] / 2, size[1] / 2
    a = math.radians(angle)
    xr = cx + (x - cx) * math.cos(a) + (y - cy) * math.sin(a) + shift[0]
    yr = cy - (x - cx) * math.sin(a) + (y - cy) * math.cos(a) + shift[1]
    return xr * f, yr * f

def photo_image(img, rng):
    """printed page lying on a desk, photographed at an angle with a lamp on one side"""
    import cv2
    src = np.asarray(img.convert("RGB"))
    h, w_ = src.shape[:2]
    W2, H2 = int(w_ * 1.25), int(h * 1.18)
    desk = np.zeros((H2, W2, 3), np.float32)
    base = np.array(rng.choice([(120, 85, 55), (160, 150, 140), (60, 62, 70), (185, 160, 120)]), np.float32)
    desk[:] = base
    desk += np.random.default_rng(rng.randint(0, 999)).normal(0, 9, desk.shape)
    # wood-ish streaks
    for yy in range(0, H2, rng.randint(9, 20)):
        desk[yy:yy+2] *= rng.uniform(0.85, 1.05)
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (W2 - w_) / 2, (H2 - h) / 2
    dst = np.float32([[ox + j(90), oy + j(70)], [ox + w_ + j(90), oy + j(70)], [ox + w_ + j(60), oy + h + j(50)], [ox + j(60), oy + h + j(50)]])
    M_ = cv2.getPerspectiveTransform(np.float32([[0, 0], [w_, 0], [w_, h], [0, h]]), dst)
    warped = cv2.warpPerspective(src.astype(np.float32), M_, (W2, H2), borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w_), np.float32), M_, (W2, H2))
    mask3 = cv2.GaussianBlur(mask, (5, 5), 0)[..., None]
    out = desk * (1 - mask3) + warped * mask3
    # uneven light: bright spot + vignette, warm tint
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    lx, ly = rng.uniform(0, W2), rng.uniform(0, H2 * 0.5)
    light = 1.08 - 0.45 * np.sqrt(((xx - lx) / W2) ** 2 + ((yy - ly) / H2) ** 2)
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)
    # soft shadow of the phone on one corner
    sh = np.clip(1 - 0.35 * np.exp(-(((xx - W2 * 0.85) / (W2 * 0.25)) ** 2 + ((yy - H2 * 0.9) / (H2 * 0.2)) ** 2)), 0, 1)
    out *= sh[..., None]
    out = cv2.GaussianBlur(np.clip(out, 0, 255), (3, 3), 0.8)
    out += np.random.default_rng(rng.randint(0, 999)).normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    return im.resize((int(W2 * 0.55), int(H2 * 0.55)), Image.LANCZOS)

def images_to_pdf(imgs, out, dpi, quality):
    buf = []
    for im in imgs:
        b = io.BytesIO(); im.save(b, "JPEG", quality=quality); b.seek(0); buf.append(Image.open(b))
    buf[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=buf[1:])

def source_pdf(doc, key, engine):
    out = os.path.join(TMP, f"src_{key}.pdf")
    if engine == "weasy": genuine_html.render_weasy(genuine_html.full_html(doc, random.choice(["app", "erp"])), out)
    elif engine == "weasy_zh": genuine_html.render_weasy(genuine_html.full_html(doc, "zh"), out)
    elif engine == "weasy_ja": genuine_html.render_weasy(genuine_html.full_html(doc, "ja"), out)
    elif engine == "rl": genuine_pdf.reportlab_invoice(doc, out, random.choice(["boxed", "plain", "stamp"]))
    else: genuine_pdf.fpdf_invoice(doc, out, random.choice(["boxed", "plain"]))
    return out

# key, lang, engine, kind, kwargs
PLAN = [
 ("s01", "cs", "rl", "scan_pdf", {}), ("s02", "cs", "weasy", "scan_pdf", {"n_items": 30}), ("s03", "de", "fpdf", "scan_pdf", {}), ("s04", "pl", "weasy", "scan_jpg", {}),
 ("s05", "sk", "rl", "scan_png", {}), ("s06", "en", "weasy", "scan_pdf", {"supplier_cc": "CN"}), ("s07", "hu", "fpdf", "scan_jpg", {}), ("s08", "cs", "weasy", "scan_pdf", {"doc_type": "proforma"}),
 ("s09", "de", "rl", "scan_pdf", {"supplier_cc": "AT", "arith_error": "total"}), ("s10", "zh", "weasy_zh", "scan_jpg", {"doc_type": "tax_invoice"}), ("s11", "it", "rl", "scan_png", {}),
 ("s12", "cs", "fpdf", "scan_pdf", {"n_items": 40}), ("s13", "ja", "weasy_ja", "scan_pdf", {}), ("s14", "en", "rl", "scan_jpg", {"supplier_cc": "VN"}),
 ("s15", "cs", "rl", "scan_pdf_bw", {}), ("s16", "de", "weasy", "scan_png", {}),
 ("p01", "cs", "weasy", "photo", {}), ("p02", "de", "rl", "photo", {}), ("p03", "pl", "fpdf", "photo", {}), ("p04", "en", "weasy", "photo", {"supplier_cc": "CN"}),
 ("p05", "sk", "weasy", "photo", {"doc_type": "receipt", "n_items": 2}), ("p06", "cs", "rl", "photo_pdf", {}), ("p07", "zh", "weasy_zh", "photo", {"doc_type": "tax_invoice"}),
 ("p08", "fr", "fpdf", "photo", {}),
]

def make_scan(doc, src, key, kind, rng, meta_out):
    """returns (filename, pages, producer) ; stores geometry for later image edits"""
    dpi = rng.choice([150, 200, 200, 300]) if kind != "photo" else 130
    pages = render_pages(src, dpi)
    if kind.startswith("photo"):
        pages = pages[:1]
        ims = [photo_image(p, rng) for p in pages]
        if kind == "photo_pdf":
            fn = f"{key}_{doc['lang']}_phone_photo.pdf"; images_to_pdf(ims, os.path.join(FILES, fn), 150, 70)
        else:
            fn = f"{key}_{doc['lang']}_phone_photo.jpg"; ims[0].save(os.path.join(FILES, fn), "JPEG", quality=rng.choice([72, 80, 88]))
        return fn, 1, "phone_photo"
    angle = rng.uniform(-1.6, 1.6); f = rng.choice([1.0, 0.8, 0.66])
    shift = (rng.randint(-15, 15), rng.randint(-10, 25))
    ims = []
    for p in pages:
        im = scan_image(p, angle + rng.uniform(-0.2, 0.2) * (len(ims) > 0), rng, grey=rng.random() < 0.85, shift=shift)
        if kind == "scan_pdf_bw":
            im = im.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
        if f != 1.0: im = im.resize((int(im.width * f), int(im.height * f)), Image.LANCZOS)
        ims.append(im)
    geo = dict(dpi=dpi, angle=angle, f=f, shift=shift, size=pages[0].size, src=src, n=len(ims))
    if kind in ("scan_pdf", "scan_pdf_bw"):
        fn = f"{key}_{doc['lang']}_mfp_scan.pdf"
        if kind == "scan_pdf_bw":
            ims[0].save(os.path.join(FILES, fn), "PDF", resolution=dpi * f, save_all=True, append_images=ims[1:])
        else:
            images_to_pdf(ims, os.path.join(FILES, fn), dpi * f, rng.choice([45, 60, 75]))
        prod = "mfp_scan_pdf_bw" if kind == "scan_pdf_bw" else "mfp_scan_pdf"
    else:
        ext = "jpg" if kind == "scan_jpg" else "png"
        fn = f"{key}_{doc['lang']}_scan.{ext}"
        im = ims[0]
        if len(ims) > 1:  # two pages side by side in one scan image (A3 glass)
            im = Image.new(ims[0].mode, (ims[0].width * 2 + 20, ims[0].height), 245); im.paste(ims[0], (0, 0)); im.paste(ims[1], (ims[0].width + 20, 0))
            geo["two_up"] = True
        if ext == "jpg": im.convert("L" if im.mode != "RGB" else "RGB").save(os.path.join(FILES, fn), "JPEG", quality=rng.choice([55, 70, 85]))
        else: im.save(os.path.join(FILES, fn), "PNG")
        prod = "scan_image_" + ext
        ims = [im]
    meta_out[key] = dict(geo, file=fn, kind=kind)
    return fn, len(ims) if kind in ("scan_pdf", "scan_pdf_bw") else 1, prod

def run():
    rows = []; meta = {}
    for i, (key, lang, eng, kind, kw) in enumerate(PLAN):
        doc = make_doc(lang, seed=39500 + i, **kw)
        rng = random.Random(39500 + i)
        src = source_pdf(doc, key, eng)
        fn, pages, prod = make_scan(doc, src, key, kind, rng, meta)
        save_doc(key, doc)
        rows.append(label(doc, fn, prod, pages, note=f"printed from {eng}"))
        print(fn, pages, rows[-1]["total"], flush=True)
    json.dump(meta, open(os.path.join(PARTS, "scan_geometry.json"), "w"))
    write_part("scans", rows)

if __name__ == "__main__":
    run()
