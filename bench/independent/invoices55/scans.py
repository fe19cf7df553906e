"""Scans, faxes and phone photos: print a PDF to pixels with pypdfium2, then degrade with Pillow/OpenCV."""
import os, random, math, io
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
import pypdfium2 as pdfium
from common import *
import genuine_html as GH
import genuine_rl as GR


def render(pdf, dpi, pages=None):
    doc = pdfium.PdfDocument(pdf)
    out = []
    for i in range(len(doc)):
        if pages is not None and i not in pages:
            continue
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    return out


def text_box(pdf, text, page=0, occurrence=0):
    """(l, b, r, t) in PDF points of the n-th occurrence of text, or None."""
    doc = pdfium.PdfDocument(pdf)
    pg = doc[page]
    tp = pg.get_textpage()
    s = tp.search(text, match_case=True)
    r = None
    for _ in range(occurrence + 1):
        r = s.get_next()
        if r is None:
            return None
    idx, cnt = r
    boxes = [tp.get_charbox(j) for j in range(idx, idx + cnt)]
    boxes = [b for b in boxes if b[2] > b[0]]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)), pg.get_size()


def map_box(box, pagesize, dpi, angle, imgsize, pad=3):
    """Map a PDF-point box to pixel coords in a scan rendered at dpi and rotated by angle (deg, CCW)."""
    l, b, r, t = box
    H = pagesize[1]
    s = dpi / 72
    pts = [(l * s, (H - t) * s), (r * s, (H - t) * s), (l * s, (H - b) * s), (r * s, (H - b) * s)]
    cx, cy = imgsize[0] / 2, imgsize[1] / 2
    th = math.radians(angle)
    out = []
    for x, y in pts:
        dx, dy = x - cx, y - cy
        out.append((cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)))
    xs, ys = [p[0] for p in out], [p[1] for p in out]
    return int(min(xs)) - pad, int(min(ys)) - pad, int(max(xs)) + pad, int(max(ys)) + pad


def degrade(img, rng, angle, gray=True, noise=6.0, blur=0.6, contrast=1.15):
    if gray:
        img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255 if gray else (255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(blur))
    a = np.asarray(img).astype(np.float32)
    a = a * 0.93 + 10  # paper is not pure white, toner is not pure black
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, noise, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = ImageEnhance.Contrast(img).enhance(contrast)
    return img


def fax(img, rng, angle):
    img = img.convert("L").rotate(angle, resample=Image.BILINEAR, fillcolor=255)
    w, h = img.size
    img = img.resize((w, h // 2)).resize((w, h))  # 200x100 dpi fine/standard mode feel
    a = np.asarray(img).astype(np.int16)
    a += np.random.default_rng(rng.randint(0, 10**6)).integers(-40, 40, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).point(lambda v: 255 if v > 150 else 0).convert("1")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_MONO, 14)
    d.text((10, 4), f"FROM: +1 732 555 01{rng.randint(10,99)}   {rng.randint(1,12):02d}/{rng.randint(1,28):02d}/2025 {rng.randint(8,17)}:{rng.randint(10,59)}   P.001", fill=0, font=f)
    return img


def photo(img, rng):
    import cv2
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.2)
    bg = np.zeros((H, W, 3), np.uint8)
    bg[:] = rng.choice([(92, 74, 60), (140, 130, 120), (60, 62, 70), (170, 150, 120)])
    j = lambda m: rng.uniform(-m, m)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(60) + 40, oy + j(40)], [ox + w + j(60) - 30, oy + j(50) + 30],
                      [ox + w + j(40), oy + h + j(40)], [ox + j(40) + 10, oy + h + j(40) - 20]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Mx, (W, H), borderMode=cv2.BORDER_TRANSPARENT, dst=bg.copy())
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    light = 1.05 - 0.45 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    warm = np.array([1.0, 0.97, 0.9])[None, None, :]
    out = np.clip(warped.astype(np.float32) * light[..., None] * warm, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), 0.9)
    noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, out.shape)
    out = np.clip(out + noise, 0, 255).astype(np.uint8)
    img = Image.fromarray(out)
    return img.resize((int(W * 0.6), int(H * 0.6)), Image.LANCZOS)


def make_source(doc, kind, path):
    if kind == "rl":
        GR.rl_invoice(doc, path, compress=True, std_fonts=False)
    else:
        GH.render_weasy(GH.build_html(doc, kind), path)


def capture(src_pdf, out_path, mode, rng, dpi=None, angle=None):
    """Turn a PDF into a scan/fax/photo file. Returns (pages, params)."""
    ext = os.path.splitext(out_path)[1].lower()
    dpi = dpi or rng.choice([100, 120, 150])
    angle = angle if angle is not None else round(rng.uniform(-1.6, 1.6), 2)
    if mode == "photo":
        pages = render(src_pdf, dpi, pages=[0])
        img = photo(pages[0], rng)
        img.save(out_path, quality=rng.randint(72, 88))
        return 1, dict(dpi=dpi, angle=None, mode=mode)
    pages = render(src_pdf, dpi, pages=None if ext == ".pdf" else [0])
    outs = []
    for k, p in enumerate(pages):
        ang = angle if k == 0 else round(rng.uniform(-1.5, 1.5), 2)
        outs.append(fax(p, rng, ang) if mode == "fax" else degrade(p, rng, ang, gray=rng.random() < 0.8))
    if ext == ".pdf":
        # JPEG-compress each page first, as an MFP does, then wrap into a PDF
        jp = []
        for o in outs:
            if o.mode == "1":
                jp.append(o)
                continue
            b = io.BytesIO(); o.save(b, "JPEG", quality=rng.randint(55, 80)); b.seek(0)
            jp.append(Image.open(b).convert(o.mode))
        jp[0].save(out_path, save_all=True, append_images=jp[1:], resolution=dpi)
    elif ext in (".jpg", ".jpeg"):
        outs[0].save(out_path, quality=rng.randint(50, 80))
    else:
        outs[0].save(out_path)
    return len(outs), dict(dpi=dpi, angle=angle, mode=mode)


# loc, source style, doc_type, n, out ext, mode, err
PLAN = [
    ("en_US", "qb", "invoice", 4, ".jpg", "scan", None), ("en_US", "ns", "invoice", 5, ".pdf", "scan", None),
    ("en_US", "sage", "invoice", 3, ".png", "scan", None), ("en_US", "rl", "invoice", 6, ".pdf", "scan", None),
    ("en_US", "ns", "invoice", 35, ".pdf", "scan", None), ("en_US", "qb", "invoice", 3, ".png", "fax", None),
    ("en_US", "rl", "invoice", 4, ".jpg", "scan", "total"), ("en_CA", "qb", "invoice", 3, ".jpg", "scan", None),
    ("en_GB", "sage", "invoice", 4, ".pdf", "fax", None), ("de", "eu", "invoice", 3, ".jpg", "scan", None),
    ("fr", "eu", "invoice", 4, ".pdf", "scan", None), ("zh", "zh", "tax_invoice", 3, ".jpg", "scan", None),
    ("ja", "ja", "invoice", 3, ".png", "scan", None), ("es", "eu", "invoice", 2, ".jpg", "scan", None),
    ("en_US", "qb", "packing_list", 5, ".jpg", "scan", None),
    ("en_US", "qb", "invoice", 3, ".jpg", "photo", None), ("en_US", "ns", "invoice", 4, ".jpg", "photo", None),
    ("en_US", "sage", "receipt", 2, ".jpg", "photo", None), ("zh", "zh", "tax_invoice", 2, ".jpg", "photo", None),
    ("it", "eu", "invoice", 3, ".jpg", "photo", None), ("nl", "eu", "invoice", 3, ".jpg", "photo", None),
    ("pl", "eu", "invoice", 2, ".jpg", "photo", None), ("en_US", "eu", "letter", 1, ".jpg", "photo", None),
]


def run():
    name = "g_scan"
    if part_done(name):
        return read_parts(name)
    rng = random.Random(5504)
    labs = []
    for i, (loc, kind, dtp, n, ext, mode, err) in enumerate(PLAN):
        doc = make_doc(rng, loc, dtp, n, arith_error=err)
        if dtp == "letter":
            doc["items"], doc["total"] = [], D(0)
        src = os.path.join(WORK, f"scan_src_{i:02d}.pdf")
        make_source(doc, kind, src)
        fn = f"c{i:02d}_{mode}_{loc}_{dtp}{ext}"
        out = os.path.join(FILES, fn)
        np_, params = capture(src, out, mode, rng)
        prod = {"scan": "mfp_scan", "fax": "fax", "photo": "phone_photo"}[mode] + "_" + ext[1:]
        lab = label(fn, doc, prod, np_)
        if dtp in ("packing_list", "letter"):
            lab["total"] = None
        lab["_meta"] = meta_for(doc)
        lab["_meta"].update(params, src=src, kind=kind)
        labs.append(lab)
        print("scan", fn, flush=True)
    write_part(name, labs)
    return labs


if __name__ == "__main__":
    run()
