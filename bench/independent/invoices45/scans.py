"""Scans (flatbed, dot-matrix) and phone photos (WhatsApp on a cutting table) of freshly rendered invoices."""
import os, random, io
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance
import cv2
import pypdfium2 as pdfium
from common import *
import genuine_html, genuine_pdf


def render_png(pdf, scale=2.0, page=0):
    return pdfium.PdfDocument(pdf)[page].render(scale=scale).to_pil().convert("RGB")


def scan_degrade(im, rng, old=False):
    im = im.convert("L") if (old or rng.random() < 0.5) else im
    im = im.rotate(rng.uniform(-1.6, 1.6), resample=Image.BICUBIC, expand=True, fillcolor="white" if im.mode == "L" else (255, 255, 255))
    w, h = im.size
    f = rng.uniform(0.55, 0.8)
    im = im.resize((int(w * f), int(h * f)), Image.BILINEAR)
    a = np.asarray(im).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 9 if old else 5, a.shape)
    if old:  # greyish paper, slightly faded toner, a dark edge where the lid did not close
        a = a * 0.88 + 18
        a[:, :12] *= 0.4
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(0.5))


def photo(im, rng):
    im = im.convert("RGB")
    w, h = im.size
    bg = Image.new("RGB", (int(w * 1.35), int(h * 1.25)), (rng.randint(150, 200), rng.randint(120, 170), rng.randint(90, 130)))  # cutting table
    d = ImageDraw.Draw(bg)
    for k in range(0, bg.size[0], 60):
        d.line([(k, 0), (k, bg.size[1])], fill=(90, 130, 90), width=2)
    ox, oy = int(w * 0.17), int(h * 0.12)
    bg.paste(im, (ox, oy))
    W, H = bg.size
    src = np.float32([[ox, oy], [ox + w, oy], [ox + w, oy + h], [ox, oy + h]])
    j = lambda s: rng.uniform(-s, s)
    dst = np.float32([[ox + j(60) + 40, oy + j(50)], [ox + w + j(60) - 30, oy + j(50) + 30],
                      [ox + w + j(80), oy + h + j(60)], [ox + j(80) - 20, oy + h + j(40)]])
    M = cv2.getPerspectiveTransform(src, dst)
    a = cv2.warpPerspective(np.asarray(bg), M, (W, H), borderMode=cv2.BORDER_REPLICATE).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    light = 0.65 + 0.45 * (1 - ((xx - W * rng.uniform(0.2, 0.8)) ** 2 + (yy - H * 0.3) ** 2) / (W ** 2 + H ** 2)) ** 2
    a = a * light[..., None]
    a[..., 2] *= 0.93  # warm indoor light
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    im = im.crop((int(W * 0.08), int(H * 0.05), int(W * 0.95), int(H * 0.97)))
    im = im.resize((int(im.size[0] * 0.85), int(im.size[1] * 0.85)), Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.7))
    return im


def save_img(im, path, fmt, rng):
    if fmt == "jpg":
        im.save(path, "JPEG", quality=rng.randint(45, 80))
    elif fmt == "png":
        im.save(path, "PNG")
    else:  # pdf wrapper of a jpeg (as office scanners do)
        buf = io.BytesIO(); im.convert("RGB").save(buf, "JPEG", quality=rng.randint(55, 80)); buf.seek(0)
        Image.open(buf).save(path, "PDF", resolution=150)


def plan():
    # (source engine, style, lang, doc_type, kind, fmt, kwargs)
    return [("rl", "dotmatrix", "tr", "invoice", "oldscan", "pdf", {}), ("rl", "dotmatrix", "tr", "delivery_note", "oldscan", "jpg", {}),
            ("rl", "dotmatrix", "tr", "tax_invoice", "oldscan", "pdf", {}), ("rl", "dotmatrix", "tr", "invoice", "oldscan", "png", {"arith_error": True}),
            ("h", "earsiv", "tr", "receipt", "scan", "pdf", {}), ("h", "earsiv", "tr", "tax_invoice", "scan", "jpg", {}),
            ("h", "logo", "tr", "invoice", "scan", "pdf", {}), ("h", "parasut", "tr", "invoice", "scan", "png", {}),
            ("h", "classic", "bg", "invoice", "scan", "pdf", {}), ("h", "logo", "el", "invoice", "scan", "jpg", {}),
            ("h", "classic", "ro", "invoice", "scan", "pdf", {}), ("h", "commercial", "zh", "invoice", "scan", "pdf", {"tax": False}),
            ("h", "cnvat", "zhc", "tax_invoice", "scan", "jpg", {"discount": 0, "shipping": 0}), ("h", "jp", "ja", "invoice", "scan", "png", {}),
            ("rl", "customs", "tr", "invoice", "scan", "pdf", {"n_items": 3, "discount": 0, "shipping": 0}),
            ("h", "email", "de", "invoice", "scan", "pdf", {}), ("rl", "modern", "de", "invoice", "scan", "jpg", {}),
            ("h", "earsiv", "tr", "receipt", "photo", "jpg", {}), ("h", "earsiv", "tr", "tax_invoice", "photo", "jpg", {}),
            ("h", "parasut", "tr", "invoice", "photo", "jpg", {}), ("rl", "dotmatrix", "tr", "delivery_note", "photo", "jpg", {}),
            ("h", "logo", "tr", "proforma", "photo", "jpg", {}), ("h", "commercial", "zh", "invoice", "photo", "jpg", {"tax": False}),
            ("h", "commercial", "zh", "packing_list", "photo", "jpg", {"tax": False}), ("h", "classic", "bg", "invoice", "photo", "jpg", {}),
            ("h", "parasut", "el", "invoice", "photo", "jpg", {}), ("h", "logo", "ro", "invoice", "photo", "png", {}),
            ("h", "earsiv", "tr", "receipt", "photo", "jpg", {"arith_error": True}), ("h", "classic", "pl", "invoice", "photo", "jpg", {}),
            ("h", "jp", "ja", "invoice", "photo", "jpg", {})]


def make_source(spec, eng, style, out):
    if eng == "h":
        genuine_html.render(spec, style, out, "weasy")
    else:
        genuine_pdf.rl_doc(spec, out, style)


def run():
    rng = random.Random(4504)
    labels, specs = [], {}
    src_dir = os.path.join(TMP, "scan_src"); os.makedirs(src_dir, exist_ok=True)
    for i, (eng, style, lang, dt, kind, fmt, kw) in enumerate(plan()):
        spec = make_spec(rng, lang, dt, **kw)
        src = os.path.join(src_dir, f"s{i+1:02d}.pdf")
        make_source(spec, eng, style, src)
        im = render_png(src, 2.0)
        im = photo(im, rng) if kind == "photo" else scan_degrade(im, rng, old=(kind == "oldscan"))
        fn = f"s{i+1:02d}_{lang}_{style}_{kind}.{fmt}"
        save_img(im, os.path.join(FILES, fn), fmt, rng)
        prod = {"oldscan": "flatbed_scan_dotmatrix", "scan": "flatbed_scan", "photo": "phone_photo"}[kind] + "_of_" + ("weasyprint" if eng == "h" else "reportlab")
        labels.append(label(spec, fn, prod, 1, capture=kind, image_format=fmt))
        specs[fn] = (spec, style, eng, src, kind, fmt)
        print(fn, flush=True)
    write_part("scans", labels)
    save_specs("scans", specs)


if __name__ == "__main__":
    run()
