"""Scanning, faxing and phone-photo simulation; text location for later edits."""
import io, math, random
import numpy as np
import cv2
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw, ImageFont
from common import *


def find_boxes(pdf_path, text, page=0):
    """all occurrences of text on a page -> list of (l,b,r,t) in PDF points"""
    doc = pdfium.PdfDocument(pdf_path)
    pg = doc[page]
    tp = pg.get_textpage()
    out = []
    s = tp.search(text, match_case=True)
    while True:
        occ = s.get_next()
        if not occ: break
        i, n = occ
        bx = [tp.get_charbox(j) for j in range(i, i + n)]
        bx = [b for b in bx if b[2] > b[0]]
        if not bx: continue
        out.append((min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)))
    return out


def page_height(pdf_path, page=0):
    doc = pdfium.PdfDocument(pdf_path)
    return doc[page].get_height()


def render(pdf_path, page, scale):
    doc = pdfium.PdfDocument(pdf_path)
    pg = doc[page]
    im = pg.render(scale=scale).to_pil().convert("RGB")
    Hpt = pg.get_height()
    M0 = np.array([[scale, 0, 0], [0, -scale, Hpt * scale], [0, 0, 1]], float)
    return im, M0


def n_pages(pdf_path):
    return len(pdfium.PdfDocument(pdf_path))


def scan_page(pdf_path, page, rng, dpi=None, angle=None, fax=False, stamp_date=None):
    dpi = dpi or rng.choice([150, 170, 200])
    im, M = render(pdf_path, page, dpi / 72)
    if fax:
        im = im.convert("L")
    ang = angle if angle is not None else rng.uniform(-1.6, 1.6)
    w, h = im.size
    cx, cy = w / 2, h / 2
    im = im.rotate(ang, resample=Image.BICUBIC, fillcolor="white" if not fax else 255)
    a = math.radians(ang)
    R = np.array([[math.cos(a), math.sin(a), 0], [-math.sin(a), math.cos(a), 0], [0, 0, 1]])
    T1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]]); T2 = np.array([[1, 0, cx], [0, 1, cy], [0, 0, 1]])
    M = T2 @ R @ T1 @ M
    if fax:
        r = 0.5
        im = im.resize((int(w * r), int(h * r)), Image.BILINEAR)
        M = np.diag([r, r, 1]) @ M
        arr = np.array(im).astype(float) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 18, (im.size[1], im.size[0]))
        im = Image.fromarray(((arr > 150) * 255).astype(np.uint8)).convert("1").convert("L")
        # fax header line
        dr = ImageDraw.Draw(im)
        f = ImageFont.truetype(DJM, 11)
        import datetime as _dt
        sd = (stamp_date or rand_date(rng)) + _dt.timedelta(days=rng.randint(0, 9))
        dr.text((20, 6), "%s %02d:%02d  FROM: +52 55 %04d %04d   P.%02d" % (sd.strftime("%d/%m/%Y"), rng.randint(8, 19), rng.randint(0, 59), rng.randint(1000, 9999), rng.randint(1000, 9999), page + 1), fill=0, font=f)
        return im, M
    # paper tone, noise, slight blur
    arr = np.array(im).astype(np.float32)
    tone = np.array([rng.uniform(236, 250), rng.uniform(234, 248), rng.uniform(226, 244)])
    arr = arr * (tone / 255.0)
    g = np.random.default_rng(rng.randint(0, 1 << 30))
    arr += g.normal(0, rng.uniform(3, 9), arr.shape)
    im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if rng.random() < 0.5:
        r = rng.uniform(0.6, 0.85)
        im = im.resize((int(im.width * r), int(im.height * r)), Image.BILINEAR)
        M = np.diag([r, r, 1]) @ M
    if rng.random() < 0.4:
        im = im.convert("L").convert("RGB")
    return im, M


def photo_page(pdf_path, page, rng, scale=None):
    scale = scale or rng.uniform(1.6, 2.2)
    im, M = render(pdf_path, page, scale)
    w, h = im.size
    pad = int(max(w, h) * 0.12)
    bgc = rng.choice([(120, 84, 52), (160, 160, 150), (60, 62, 70), (200, 190, 170), (95, 110, 90)])
    g = np.random.default_rng(rng.randint(0, 1 << 30))
    bg = np.ones((h + 2 * pad, w + 2 * pad, 3), np.float32) * np.array(bgc, np.float32)
    bg += g.normal(0, 10, bg.shape)
    bg[pad:pad + h, pad:pad + w] = np.array(im, np.float32)
    M = np.array([[1, 0, pad], [0, 1, pad], [0, 0, 1]], float) @ M
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.07, 0.07) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(bg, Hm, (bg.shape[1], bg.shape[0]), borderMode=cv2.BORDER_REFLECT)
    M = Hm @ M
    # uneven light: directional gradient plus a soft shadow blob
    yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = (xx * math.cos(ang) + yy * math.sin(ang)); grad = (grad - grad.min()) / (grad.max() - grad.min())
    light = 0.72 + 0.33 * grad
    cx, cy = rng.uniform(0, out.shape[1]), rng.uniform(0, out.shape[0])
    light -= 0.18 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * (0.25 * out.shape[1]) ** 2)))
    warm = np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.97)], np.float32)
    out = out * light[..., None] * warm
    out += g.normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    # WhatsApp-like downscale to ~1280 long side
    r = 1280 / max(im.size)
    if r < 1:
        im = im.resize((int(im.width * r), int(im.height * r)), Image.LANCZOS)
        M = np.diag([r, r, 1]) @ M
    return im, M


def map_box(M, box):
    l, b, r, t = box
    pts = np.array([[l, b, 1], [r, b, 1], [r, t, 1], [l, t, 1]], float).T
    p = M @ pts
    p = p[:2] / p[2]
    return float(p[0].min()), float(p[1].min()), float(p[0].max()), float(p[1].max())


def save_images(imgs, path, rng, quality=None):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".jpg", ".jpeg"):
        imgs[0].convert("RGB").save(path, "JPEG", quality=quality or rng.randint(55, 85))
    elif ext == ".png":
        imgs[0].save(path, "PNG")
    elif ext == ".pdf":
        # compress through JPEG first, then wrap (like scanner firmware)
        pages = []
        for im in imgs:
            buf = io.BytesIO(); im.convert("RGB").save(buf, "JPEG", quality=quality or rng.randint(60, 85)); buf.seek(0)
            pages.append(Image.open(buf).convert("RGB") if im.mode != "L" else Image.open(buf).convert("L"))
        pages[0].save(path, "PDF", resolution=150.0, save_all=True, append_images=pages[1:])


def load_page_images(path):
    """read back a captured file: list of PIL images"""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        doc = pdfium.PdfDocument(path)
        out = []
        for pg in doc:
            for obj in pg.get_objects():
                if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE:
                    out.append(obj.get_bitmap().to_pil().convert("RGB")); break
        return out
    return [Image.open(path).convert("RGB")]
