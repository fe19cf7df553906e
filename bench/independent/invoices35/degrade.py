"""Turn clean PDFs into scans, faxes, phone photos (pypdfium2 + Pillow + OpenCV)."""
import math, random
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
import cv2
from common import *


def render(pdf, dpi=150, pages=None):
    d = pdfium.PdfDocument(pdf)
    out = []
    for k in range(len(d)):
        if pages is not None and k not in pages:
            continue
        out.append(d[k].render(scale=dpi / 72).to_pil().convert("RGB"))
    return out


def scan_page(img, rng, angle=None, gray=None, noise=None, blur=None):
    p = dict(angle=angle if angle is not None else rng.uniform(-1.3, 1.3), gray=gray if gray is not None else rng.random() < 0.5,
             noise=noise if noise is not None else rng.uniform(3, 9), blur=blur if blur is not None else rng.uniform(0.2, 0.8))
    paper = (rng.randint(236, 250), rng.randint(234, 248), rng.randint(225, 242))
    arr = np.asarray(img).astype(np.float32)
    # paper tint: white -> paper colour
    arr = arr / 255.0 * np.array(paper, dtype=np.float32)
    im = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    im = im.rotate(p["angle"], resample=Image.BICUBIC, expand=False, fillcolor=paper)
    im = im.filter(ImageFilter.GaussianBlur(p["blur"]))
    a = np.asarray(im).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, p["noise"], a.shape[:2])[..., None]
    # faint scanner streak
    if rng.random() < 0.4:
        x = rng.randint(0, a.shape[1] - 3); a[:, x:x + 2] -= rng.uniform(10, 35)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.0, 1.25))
    if p["gray"]:
        im = im.convert("L")
    return im, p


def map_pt(x_pt, y_pt, page_h_pt, dpi, size, angle):
    s = dpi / 72.0
    x, y = x_pt * s, (page_h_pt - y_pt) * s
    cx, cy = size[0] / 2, size[1] / 2
    t = math.radians(angle)
    return (cx + (x - cx) * math.cos(t) + (y - cy) * math.sin(t), cy - (x - cx) * math.sin(t) + (y - cy) * math.cos(t))


def fax_page(img, rng, header, pageno, npages):
    g = img.convert("L")
    W, H = g.size
    g = g.resize((W, H // 2), Image.BILINEAR).resize((W, H), Image.NEAREST)  # standard-resolution vertical
    g = g.rotate(rng.uniform(-0.8, 0.8), fillcolor=255)
    a = np.asarray(g).astype(np.float32) + np.random.default_rng(rng.randint(0, 999999)).normal(0, 18, (H, W))
    bw = Image.fromarray(((a > 150) * 255).astype(np.uint8)).convert("1")
    bw = bw.convert("L")
    d = ImageDraw.Draw(bw)
    f = ImageFont.truetype(DEJAVU_MONO, int(H / 110))
    d.text((20, 8), f"{header}   P.{pageno:03d}/{npages:03d}", fill=0, font=f)
    # dropouts
    for _ in range(rng.randint(2, 6)):
        y = rng.randint(0, H - 2); d.line([(0, y), (W, y)], fill=255 if rng.random() < 0.5 else 0, width=1)
    return bw.convert("1")


def photo(img, rng):
    """Phone photo: perspective, uneven light, desk background, blur, JPEG later."""
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    pad = int(0.12 * w)
    bg_col = rng.choice([(92, 74, 58), (150, 140, 128), (60, 62, 70), (182, 170, 150)])
    Wc, Hc = w + 2 * pad, h + 2 * pad
    j = lambda: rng.uniform(-0.06, 0.06) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + j() + 0.03 * w, pad + j()], [pad + w + j() - 0.02 * w, pad + j() + 0.02 * h],
                      [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j() - 0.01 * h]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    bg = np.zeros((Hc, Wc, 3), np.uint8); bg[:] = bg_col
    bg = (bg.astype(np.float32) + np.random.default_rng(rng.randint(0, 99999)).normal(0, 6, (Hc, Wc, 1))).clip(0, 255).astype(np.uint8)
    warped = cv2.warpPerspective(a, Mx, (Wc, Hc), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), Mx, (Wc, Hc))
    out = np.where(mask[..., None] > 0, warped, bg).astype(np.float32)
    # uneven light: radial gradient + shadow band
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    lx, ly = rng.uniform(0.2, 0.8) * Wc, rng.uniform(0.1, 0.6) * Hc
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(Wc, Hc)
    light = 1.08 - 0.55 * dist
    if rng.random() < 0.6:
        sx = rng.uniform(0.3, 0.9) * Wc
        light *= np.where(xx > sx, rng.uniform(0.72, 0.88), 1.0)
    out = out * light[..., None] * np.array([1.0, 0.98, 0.92])
    out = cv2.GaussianBlur(out.clip(0, 255).astype(np.uint8), (0, 0), rng.uniform(0.6, 1.3))
    out = out.astype(np.float32) + np.random.default_rng(rng.randint(0, 99999)).normal(0, 4, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    scale = rng.uniform(0.55, 0.8)
    return im.resize((int(Wc * scale), int(Hc * scale)), Image.LANCZOS)


def save_images(imgs, out, quality=70, dpi=150):
    ext = out.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        conv = [im.convert("RGB") if im.mode not in ("L", "1", "RGB") else im for im in imgs]
        conv[0].save(out, save_all=True, append_images=conv[1:], resolution=dpi)
    elif ext in ("jpg", "jpeg"):
        imgs[0].convert("RGB" if imgs[0].mode != "L" else "L").save(out, quality=quality, dpi=(dpi, dpi))
    else:
        imgs[0].save(out, dpi=(dpi, dpi))
