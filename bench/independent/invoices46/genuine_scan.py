"""Genuine scans, phone photos and screenshots. Each source document is rendered fresh into
_work/scan_src, rasterised with pypdfium2 and degraded with Pillow / OpenCV. For every single-image
output we keep a 3x3 matrix that maps clean-render pixels to final-image pixels, so edits.py can
later find where a printed value landed in the picture."""
import os, random, json, io
import numpy as np
import cv2
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
from common import *
import genuine_html as GH
import genuine_pdf as GP

SRC = os.path.join(WORK, "scan_src")
os.makedirs(SRC, exist_ok=True)


def render(pdf, dpi, page=0):
    doc = pdfium.PdfDocument(pdf)
    im = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    n = len(doc)
    doc.close()
    return im, n


def mat_rot_scale(w, h, angle, s):
    """Matrix of PIL rotate(angle, center, expand=False) followed by resize by s (forward map)."""
    a = np.deg2rad(angle)
    cx, cy = w / 2, h / 2
    # PIL rotates counter-clockwise for positive angle in image coords (y down) -> forward map:
    R = np.array([[np.cos(a), np.sin(a), 0], [-np.sin(a), np.cos(a), 0], [0, 0, 1]])
    T1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]]); T2 = np.array([[1, 0, cx], [0, 1, cy], [0, 0, 1]])
    S = np.diag([s, s, 1])
    return S @ T2 @ R @ T1


def copier(im, rng, gray=True, angle=None, scale=0.75, noise=10, quality=70):
    w, h = im.size
    angle = rng.uniform(-1.4, 1.4) if angle is None else angle
    if gray:
        im = im.convert("L")
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.05, 1.3))
    im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=255 if gray else (255, 255, 255))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    arr = np.asarray(im).astype(np.int16)
    arr = arr + np.random.default_rng(rng.randint(0, 9999)).normal(0, noise, arr.shape).astype(np.int16)
    # toner streak and grey edge typical of a library copier
    x0 = rng.randint(50, w - 50)
    arr[:, x0:x0 + 2] = arr[:, x0:x0 + 2] - 35
    arr[:, :12] = arr[:, :12] - 60
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.resize((int(w * scale), int(h * scale)), Image.BILINEAR)
    buf = io.BytesIO(); im.save(buf, "JPEG", quality=quality); im = Image.open(io.BytesIO(buf.getvalue())); im.load()
    return im, mat_rot_scale(w, h, angle, scale)


def phone_photo(im, rng, bg=(92, 74, 58)):
    arr = cv2.cvtColor(np.asarray(im), cv2.COLOR_RGB2BGR)
    h, w = arr.shape[:2]
    W2, H2 = int(w * 1.25), int(h * 1.2)
    m = lambda: rng.uniform(0.03, 0.11)
    dst = np.float32([[W2 * m(), H2 * m()], [W2 * (1 - m()), H2 * m() * 0.6], [W2 * (1 - m() * 0.7), H2 * (1 - m())], [W2 * m() * 1.3, H2 * (1 - m() * 0.5)]])
    srcp = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcp, dst)
    out = cv2.warpPerspective(arr, M, (W2, H2), borderMode=cv2.BORDER_CONSTANT, borderValue=bg[::-1])
    out = out.astype(np.float32)
    # uneven light: radial falloff + warm tint + a shadow band
    yy, xx = np.mgrid[0:H2, 0:W2]
    cx, cy = W2 * rng.uniform(0.2, 0.8), H2 * rng.uniform(0.1, 0.5)
    light = 1.08 - 0.45 * (np.hypot(xx - cx, yy - cy) / np.hypot(W2, H2))
    sh0 = rng.uniform(0.2, 0.7)
    band = ((xx / W2 + yy / H2 * 0.3 > sh0) & (xx / W2 + yy / H2 * 0.3 < sh0 + 0.18)).astype(np.float32)
    band = cv2.GaussianBlur(band, (0, 0), W2 * 0.03)
    light = light * (1.0 - 0.13 * band)
    out = out * light[..., None] * np.array([0.92, 0.98, 1.04])
    out = out + np.random.default_rng(rng.randint(0, 999)).normal(0, 6, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), 0.8)
    s = rng.uniform(0.55, 0.7)
    out = cv2.resize(out, (int(W2 * s), int(H2 * s)), interpolation=cv2.INTER_AREA)
    im2 = Image.fromarray(cv2.cvtColor(out, cv2.COLOR_BGR2RGB))
    return im2, np.diag([s, s, 1]) @ M


def screenshot(im, rng, inv):
    """iPhone-style screenshot of a mail app showing the invoice inline."""
    W_ = 1170
    sc = W_ / im.size[0]
    page = im.resize((W_, int(im.size[1] * sc)), Image.LANCZOS)
    top = 360
    crop_h = min(page.size[1], 2532 - top - 120)
    canvas = Image.new("RGB", (W_, 2532), "white")
    canvas.paste(page.crop((0, 0, W_, crop_h)), (0, top))
    d = ImageDraw.Draw(canvas)
    f = lambda s, b=False: ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf" if b else "DejaVuSans.ttf"), s)
    d.text((80, 40), f"{rng.randint(7, 22)}:{rng.randint(0, 59):02d}", font=f(44, True), fill="black")
    d.rectangle((1010, 50, 1090, 84), outline="black", width=3); d.rectangle((1014, 54, 1060, 80), fill="black")
    d.text((40, 130), "‹ Inkorg", font=f(42), fill=(10, 100, 230))
    d.text((40, 200), inv["supplier"][:34], font=f(40, True), fill="black")
    d.text((40, 260), f"Till: ekonomi@{inv['buyer'].split()[0].lower()}.se", font=f(32), fill=(110, 110, 110))
    d.line((0, 340, W_, 340), fill=(220, 220, 220), width=2)
    d.rectangle((0, 2532 - 110, W_, 2532), fill=(248, 248, 248))
    M = np.array([[sc, 0, 0], [0, sc, top], [0, 0, 1]])
    return canvas, M


PLAN = [
    # stem, loc, source kind, dtp, capture, opts
    ("se_scan_copier_001", "sv", "h:fortnox", "invoice", "copier_pdf", {}),
    ("se_scan_copier_002", "sv", "h:svea", "invoice", "copier_pdf", {"shipping": 99}),
    ("de_scan_copier_001", "de", "p:rl", "invoice", "copier_pdf", {"n_items": 50}),
    ("fi_scan_copier_001", "fi", "h:economic", "invoice", "copier_pdf", {}),
    ("pl_scan_copier_001", "pl", "p:fp", "invoice", "copier_pdf", {"arith_error": "line"}),
    ("cn_scan_copier_001", "zh-en", "p:ci", "invoice", "copier_pdf", {"tax": False}),
    ("jp_scan_copier_001", "ja", "h:ja", "invoice", "copier_pdf", {}),
    ("se_scan_nf_delivery_001", "sv", "h:fortnox", "delivery_note", "copier_pdf", {}),
    ("se_scan_jpg_001", "sv", "p:rl", "invoice", "scan_jpeg", {}),
    ("se_scan_jpg_002", "sv", "h:visma", "invoice", "scan_jpeg", {}),
    ("no_scan_jpg_001", "no", "p:rl", "invoice", "scan_jpeg", {}),
    ("da_scan_jpg_001", "da", "h:economic", "invoice", "scan_jpeg", {}),
    ("fr_scan_jpg_001", "fr", "p:rl", "invoice", "scan_jpeg", {}),
    ("cn_scan_jpg_001", "zh", "h:zh_vat", "tax_invoice", "scan_jpeg", {"n_items": 2}),
    ("gb_scan_jpg_001", "en-GB", "p:rl", "invoice", "scan_jpeg", {}),
    ("lv_scan_png_001", "en-LV", "p:rl", "invoice", "scan_png", {"tax": False}),
    ("it_scan_png_001", "it", "h:eu", "invoice", "scan_png", {}),
    ("se_scan_png_001", "sv", "p:rl", "invoice", "scan_png", {"discount": 10}),
    ("se_photo_receipt_001", "sv", "p:receipt", "receipt", "photo", {"n_items": 2}),
    ("se_photo_receipt_002", "sv", "p:receipt", "receipt", "photo", {"n_items": 3}),
    ("dk_photo_receipt_001", "da", "p:receipt", "receipt", "photo", {"n_items": 2}),
    ("es_photo_001", "es", "p:rl", "invoice", "photo", {}),
    ("de_photo_001", "de", "h:eu", "invoice", "photo", {"arith_error": "vat"}),
    ("se_screenshot_001", "sv", "h:svea", "invoice", "screenshot", {"n_items": 2}),
    ("nl_screenshot_001", "nl", "h:economic", "invoice", "screenshot", {"n_items": 2}),
]

PROD = {"copier_pdf": "scan_copier_pdf", "scan_jpeg": "scan_jpeg", "scan_png": "scan_png", "photo": "phone_photo_jpeg", "screenshot": "iphone_screenshot_png"}


def make_source(inv, kind, out):
    k, style = kind.split(":")
    if k == "h":
        GH.weasy(GH.render_html(inv, style, inv["doc_type"]), out)
    elif style == "rl":
        GP.rl_classic(inv, out)
    elif style == "fp":
        GP.fp_modern(inv, out)
    elif style == "ci":
        GP.rl_commercial(inv, out)
    elif style == "receipt":
        GP.rl_receipt(inv, out)


def capture(src_pdf, capture_kind, rng, inv, out_base):
    """Returns (fname, pages, matrix, dpi)."""
    if capture_kind == "copier_pdf":
        doc = pdfium.PdfDocument(src_pdf); n = len(doc); doc.close()
        ims = []
        for p in range(n):
            im, _ = render(src_pdf, 200, p)
            im2, M = copier(im, rng, gray=True, scale=0.75, quality=rng.randint(55, 75))
            ims.append(im2)
        fname = out_base + ".pdf"
        ims[0].save(os.path.join(FILES, fname), "PDF", resolution=150, save_all=True, append_images=ims[1:])
        return fname, n, M, 200
    if capture_kind in ("scan_jpeg", "scan_png"):
        im, _ = render(src_pdf, 200)
        im2, M = copier(im, rng, gray=(rng.random() < 0.6), scale=rng.uniform(0.6, 0.9), noise=7 if capture_kind == "scan_png" else 10, quality=rng.randint(60, 85))
        if capture_kind == "scan_jpeg":
            fname = out_base + ".jpg"; im2.save(os.path.join(FILES, fname), "JPEG", quality=rng.randint(70, 88))
        else:
            fname = out_base + ".png"; im2.save(os.path.join(FILES, fname), "PNG")
        return fname, 1, M, 200
    if capture_kind == "photo":
        dpi = 420 if inv["doc_type"] == "receipt" else 170
        im, _ = render(src_pdf, dpi)
        im2, M = phone_photo(im, rng, bg=rng.choice([(92, 74, 58), (60, 62, 70), (180, 170, 150)]))
        fname = out_base + ".jpg"; im2.save(os.path.join(FILES, fname), "JPEG", quality=rng.randint(78, 90))
        return fname, 1, M, dpi
    if capture_kind == "screenshot":
        im, _ = render(src_pdf, 150)
        im2, M = screenshot(im, rng, inv)
        fname = out_base + ".png"; im2.save(os.path.join(FILES, fname), "PNG")
        return fname, 1, M, 150


def main():
    rng = random.Random(4604)
    recs = []
    for stem, loc, kind, dtp, cap, opts in PLAN:
        o = dict(opts); tax = o.pop("tax", True)
        if kind == "p:receipt":
            o["qty_choices"] = [1, 1, 2, 3]; o.setdefault("buyer_country", "SE")
        if kind == "p:ci":
            o["qty_choices"] = [500, 1000, 2000]
        inv = make_invoice(rng, loc, doc_type=dtp, tax=tax, **o)
        src = os.path.join(SRC, stem + ".pdf")
        make_source(inv, kind, src)
        fname, pages, M, dpi = capture(src, cap, rng, inv, stem)
        rec = label(fname, inv, producer=PROD[cap], pages=pages, doc_type=dtp,
                    is_invoice=False if dtp == "delivery_note" else None)
        if dtp == "delivery_note":
            rec["total"] = None
        rec["source_render"] = kind
        recs.append(rec)
        save_sidecar(fname, inv, src_pdf=os.path.relpath(src, HERE), matrix=M.tolist(), dpi=dpi, capture=cap)
        print("ok", fname, pages, rec["total"])
    write_part("genuine_scan", recs)


if __name__ == "__main__":
    main()
