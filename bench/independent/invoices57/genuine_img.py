"""Scans and phone photos: PDFs rendered with pypdfium2, degraded with OpenCV/Pillow."""
import os, json, io
import numpy as np
import cv2
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from common import *
from genuine_rl import META


def load_meta(name):
    m = json.load(open(os.path.join(META, name + ".json")))
    import datetime
    m["date"] = datetime.date.fromisoformat(m["date"][:10])
    from decimal import Decimal
    m["grand_printed"] = None if m.get("grand_printed") in (None, "None") else Decimal(m["grand_printed"])
    return m


def render(src, dpi=150, page=0):
    pdf = pdfium.PdfDocument(src)
    pg = pdf[page]
    img = pg.render(scale=dpi / 72).to_pil().convert("RGB")
    h_pt = pg.get_height()
    pdf.close()
    return img, h_pt


def scan_image(src, dpi=None, angle=None, gray=None, seed=0):
    """Return (PIL image, 2x3 affine mapping PDF-points (x, y-from-bottom) -> pixel)."""
    rr = random.Random(seed)
    dpi = dpi or rr.choice([120, 150, 200])
    img, h_pt = render(src, dpi)
    s = dpi / 72
    a = np.array(img)
    if gray if gray is not None else rr.random() < 0.5:
        a = cv2.cvtColor(cv2.cvtColor(a, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    ang = angle if angle is not None else rr.uniform(-1.8, 1.8)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(250, 250, 248))
    # paper tone, noise, blur
    a = a.astype(np.float32) * rr.uniform(0.9, 0.98) + rr.uniform(5, 15)
    a += np.random.default_rng(seed).normal(0, rr.uniform(3, 9), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (3, 3), rr.uniform(0.3, 0.9))
    # affine from points: px = s*x, py = s*(h_pt - y)
    A = np.array([[s, 0, 0], [0, -s, s * h_pt], [0, 0, 1]])
    full = np.vstack([M, [0, 0, 1]]) @ A
    return Image.fromarray(a), full[:2].tolist()


def photo_image(src, seed=0):
    rr = random.Random(seed)
    img, h_pt = render(src, 130)
    a = np.array(img)
    h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.35)
    bg = np.zeros((H, W, 3), np.uint8)
    bg[:] = rr.choice([(120, 96, 70), (180, 175, 165), (60, 62, 70), (200, 190, 170)])
    j = lambda k: rr.uniform(-k, k)
    src_pts = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(40), oy + j(40)], [ox + w + j(40), oy + j(60)], [ox + w + j(60), oy + h + j(40)], [ox + j(40), oy + h + j(50)]])
    Hm = cv2.getPerspectiveTransform(src_pts, dst)
    out = cv2.warpPerspective(a, Hm, (W, H), dst=bg.copy(), borderMode=cv2.BORDER_TRANSPARENT)
    # uneven light: radial gradient + shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rr.uniform(0.2, 0.8) * W, rr.uniform(0.2, 0.8) * H
    g = 1.15 - 0.45 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    if rr.random() < 0.5:
        g *= np.where(xx + yy * rr.uniform(0.3, 1) > rr.uniform(0.5, 1.2) * W, 0.8, 1.0)
    out = out.astype(np.float32) * g[..., None] * np.array([1.0, rr.uniform(0.95, 1.0), rr.uniform(0.85, 0.97)])
    out += np.random.default_rng(seed).normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (5, 5), rr.uniform(0.6, 1.3))
    s = 130 / 72
    A = np.array([[s, 0, 0], [0, -s, s * h_pt], [0, 0, 1]])
    return Image.fromarray(out), (Hm @ A).tolist()


def save_img(img, path, kind, seed=0):
    rr = random.Random(seed)
    if kind == "jpg":
        img.save(path, "JPEG", quality=rr.randint(45, 80))
    elif kind == "png":
        img.save(path, "PNG")
    else:  # JPEG-compressed image wrapped in a PDF, as a scanner app would make
        buf = io.BytesIO(); img.save(buf, "JPEG", quality=rr.randint(50, 75))
        Image.open(buf).save(path, "PDF", resolution=150.0)


def store_meta(name, base_meta, tf, kind):
    m = dict(base_meta); m["img_tf"] = tf; m["tf_kind"] = kind
    json.dump(m, open(os.path.join(META, name + ".json"), "w"), ensure_ascii=False, default=str)


def run():
    out = []
    seed = 100
    # old paper 机打 VAT invoices, scanned
    for i in range(6):
        src = os.path.join(TMP, "paper_%02d.pdf" % i)
        m = load_meta(os.path.basename(src))
        img, tf = scan_image(src, seed=seed)
        kind = ["jpg", "pdf", "png", "jpg", "pdf", "jpg"][i]
        name = "scan_paper_vat_%02d.%s" % (i, kind)
        save_img(img, os.path.join(FILES, name), kind, seed); seed += 1
        store_meta(name, m, tf, "affine")
        m["lang"] = "zh"
        out.append(label(name, m, "scan_paper_vat", pages=1))
    # printed 数电票 / commercial invoices, scanned
    srcs = ["sdp_%03d.pdf" % i for i in (0, 5, 14, 20, 27, 30, 35)] + ["ci_rl_01.pdf"]
    for i, s in enumerate(srcs):
        m = load_meta(s)
        img, tf = scan_image(os.path.join(FILES, s), seed=seed)
        kind = ["jpg", "pdf", "png"][i % 3]
        name = "scan_%s.%s" % (s[:-4], kind)
        save_img(img, os.path.join(FILES, name), kind, seed); seed += 1
        store_meta(name, m, tf, "affine")
        out.append(label(name, m, "scan_printout", pages=1))
    # phone photos
    for i, s in enumerate(["sdp_%03d.pdf" % i for i in (1, 8, 16, 22, 29, 33)] + ["ci_rl_02.pdf"]):
        m = load_meta(s)
        img, tf = photo_image(os.path.join(FILES, s), seed=seed)
        name = "photo_%s.jpg" % s[:-4]
        save_img(img, os.path.join(FILES, name), "jpg", seed); seed += 1
        store_meta(name, m, tf, "homography")
        out.append(label(name, m, "phone_photo", pages=1))
    for i in range(2):  # photo of paper VAT invoice
        src = os.path.join(TMP, "paper_%02d.pdf" % (i + 3))
        m = load_meta(os.path.basename(src))
        img, tf = photo_image(src, seed=seed)
        name = "photo_paper_vat_%02d.jpg" % i
        save_img(img, os.path.join(FILES, name), "jpg", seed); seed += 1
        store_meta(name, m, tf, "homography")
        out.append(label(name, m, "phone_photo_paper_vat", pages=1))
    return out


if __name__ == "__main__":
    print(len(run()))
