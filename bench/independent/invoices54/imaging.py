"""Rendering and capture simulation (flatbed scan, fax, WeChat desk photo, phone screenshot).
Every capture returns the 3x3 matrix that maps rendered pixels -> final pixels, so edits can find fields."""
import io, random
import numpy as np
import cv2
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from common import FONT_CJK, FONT_LATIN


def render(pdf_path, dpi=200, page=0):
    d = pdfium.PdfDocument(pdf_path)
    img = d[page].render(scale=dpi / 72).to_pil().convert("RGB")
    h_pt = d[page].get_height()
    return img, h_pt


def find_boxes(pdf_path, text, page=0):
    """Boxes (l, b, r, t) in PDF points of every occurrence of `text` on page."""
    d = pdfium.PdfDocument(pdf_path)
    tp = d[page].get_textpage()
    out = []
    s = tp.search(text, match_case=True)
    while True:
        r = s.get_next()
        if not r: break
        i, n = r
        boxes = [tp.get_charbox(k) for k in range(i, i + n)]
        boxes = [b for b in boxes if b[2] > b[0]]
        if not boxes: continue
        out.append((min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)))
    return out


def pt_box_to_px(box, h_pt, dpi, M=None, pad=2):
    l, b, r, t = box
    s = dpi / 72
    pts = np.array([[l * s - pad, (h_pt - t) * s - pad], [r * s + pad, (h_pt - t) * s - pad],
                    [r * s + pad, (h_pt - b) * s + pad], [l * s - pad, (h_pt - b) * s + pad]], dtype=np.float64)
    if M is not None:
        ph = np.hstack([pts, np.ones((4, 1))]) @ np.array(M).T
        pts = ph[:, :2] / ph[:, 2:3]
    return pts.tolist()


def _np(img): return np.asarray(img).astype(np.float32)


def scan(img, rng, dpi_in=200, dpi_out=None, mode="jpeg"):
    """Flatbed scan: paper tone, slight rotation, blur, noise, resample, JPEG."""
    dpi_out = dpi_out or rng.choice([150, 150, 200, 120])
    s = dpi_out / dpi_in
    w, h = img.size
    ang = rng.uniform(-1.6, 1.6)
    tone = np.array([rng.randint(236, 250), rng.randint(234, 248), rng.randint(222, 240)], np.float32)
    a = _np(img) / 255.0
    a = a * (tone / 255.0)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, s)
    M[0, 2] += rng.uniform(-8, 8); M[1, 2] += rng.uniform(-6, 12)
    W, H = int(w * s), int(h * s)
    out = cv2.warpAffine((a * 255).astype(np.uint8), M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR,
                         borderValue=tuple(int(x) for x in tone))
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.3, 0.9))
    out = out.astype(np.float32) + np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(2, 7), out.shape)
    # scanner edge shadow
    out[:, :int(W * 0.012)] *= 0.8
    out = np.clip(out, 0, 255).astype(np.uint8)
    M3 = np.vstack([M, [0, 0, 1]])
    return Image.fromarray(out), M3.tolist()


def fax(img, rng, dpi_in=200):
    """Fax: 204 dpi across, standard (98 lpi, shown stretched x2) or fine (196 lpi) down; 1-bit with speckle and streaks."""
    g = img.convert("L")
    w, h = g.size
    standard = rng.random() < 0.5
    sx, sy = 204 / dpi_in, (98 if standard else 196) / dpi_in
    small = g.resize((int(w * sx), int(h * sy)), Image.BILINEAR)
    r = np.random.default_rng(rng.randint(0, 10**6))
    a = np.asarray(small).astype(np.float32) + r.normal(0, 25, (small.size[1], small.size[0]))
    bw = (a > rng.randint(150, 190)).astype(np.uint8) * 255
    bw[r.random(bw.shape) < 0.0015] = 0
    for _ in range(rng.randint(1, 4)):
        y = r.integers(0, bw.shape[0]); bw[y:y + 1, :] = np.where(r.random(bw.shape[1]) < 0.6, 0, bw[y])
    im = Image.fromarray(bw)
    k = 2 if standard else 1
    if standard: im = im.resize((im.size[0], im.size[1] * 2), Image.NEAREST)
    M = np.array([[sx, 0, 0], [0, sy * k, 0], [0, 0, 1]])
    return im.convert("1"), M.tolist()


def desk_background(rng, W, H):
    base = np.array(rng.choice([(150, 110, 75), (200, 190, 175), (90, 92, 96), (225, 222, 215), (120, 85, 55)]), np.float32)
    r = np.random.default_rng(rng.randint(0, 10**6))
    noise = cv2.GaussianBlur(r.normal(0, 1, (H, W)).astype(np.float32), (0, 0), 6) * 40
    grain = np.sin(np.linspace(0, rng.uniform(20, 60), W))[None, :] * rng.uniform(3, 10)
    bg = base[None, None, :] + (noise + grain)[:, :, None]
    return np.clip(bg, 0, 255)


def photo(img, rng):
    """WeChat photo of a printed page on a desk: perspective, light falloff, color cast, JPEG-compressed by the app."""
    w, h = img.size
    W, H = int(w * 1.15), int(h * 1.12)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda a: rng.uniform(-a, a)
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(w * .06), oy + j(h * .04)], [ox + w + j(w * .06), oy + j(h * .04)],
                      [ox + w + j(w * .03), oy + h + j(h * .03)], [ox + j(w * .03), oy + h + j(h * .03)]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    bg = desk_background(rng, W, H)
    paper = cv2.warpPerspective(np.asarray(img), Hm, (W, H), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), Hm, (W, H)).astype(np.float32)[:, :, None] / 255
    comp = paper.astype(np.float32) * mask + bg * (1 - mask)
    # uneven light: a bright spot from a desk lamp plus shadow from the phone
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.5) * H
    light = 1.05 - 0.35 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / H) ** 2)
    if rng.random() < 0.6:
        sx0 = rng.uniform(0.4, 0.9) * W
        light *= np.where(xx > sx0, 0.82, 1.0)
        light = cv2.GaussianBlur(light, (0, 0), 25)
    cast = np.array([rng.uniform(0.95, 1.05), rng.uniform(0.95, 1.02), rng.uniform(0.85, 0.98)], np.float32)
    comp = comp * light[:, :, None] * cast
    comp = cv2.GaussianBlur(comp, (0, 0), rng.uniform(0.6, 1.3))
    comp += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 3.5, comp.shape)
    out = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8))
    # WeChat resizes to ~1080-1440 on the long edge
    tgt = rng.choice([1280, 1440, 1080])
    sc = tgt / max(W, H)
    out = out.resize((int(W * sc), int(H * sc)), Image.LANCZOS)
    S = np.diag([sc, sc, 1.0])
    return out, (S @ Hm).tolist()


def screenshot(img, rng, title="订单详情", clock=None):
    """Phone screenshot: 1080 px wide, status bar + app title bar above the page content (top part only)."""
    sc = 1080 / img.size[0]
    body = img.resize((1080, int(img.size[1] * sc)), Image.LANCZOS)
    body = body.crop((0, 0, 1080, min(body.size[1], 2000)))
    top = 220
    out = Image.new("RGB", (1080, top + body.size[1]), (247, 247, 247))
    d = ImageDraw.Draw(out)
    f = ImageFont.truetype(FONT_CJK, 38); f2 = ImageFont.truetype(FONT_CJK, 46)
    d.text((50, 30), clock or f"{rng.randint(8,23)}:{rng.randint(0,59):02d}", font=f, fill=(0, 0, 0))
    d.rectangle((930, 40, 1000, 72), outline=(0, 0, 0), width=3); d.rectangle((934, 44, 934 + rng.randint(20, 62), 68), fill=(0, 0, 0))
    d.text((60, 130), "‹", font=f2, fill=(0, 0, 0)); d.text((540 - len(title) * 23, 125), title, font=f2, fill=(0, 0, 0))
    d.line((0, top - 2, 1080, top - 2), fill=(220, 220, 220), width=2)
    out.paste(body, (0, top))
    M = np.array([[sc, 0, 0], [0, sc, top], [0, 0, 1]])
    return out, M.tolist()


def save_img(img, path, rng, quality=None):
    if path.endswith(".jpg"):
        img.convert("RGB").save(path, "JPEG", quality=quality or rng.randint(55, 85), subsampling=2)
    elif path.endswith(".png"):
        img.save(path, "PNG")
    elif path.endswith(".pdf"):
        imgs = img if isinstance(img, list) else [img]
        imgs = [i.convert("RGB") if i.mode not in ("1", "L") else i for i in imgs]
        imgs[0].save(path, "PDF", resolution=150, save_all=True, append_images=imgs[1:])


def hand_text(draw, xy, text, rng, size=34, color=(20, 40, 140)):
    """'Handwritten' text: per-character jitter in size, angle and baseline; returns bbox."""
    x, y = xy
    x0, y0, x1, y1 = x, y, x, y
    for ch in text:
        sz = int(size * rng.uniform(0.88, 1.12))
        f = ImageFont.truetype(FONT_CJK, sz)
        bb = f.getbbox(ch)
        cw, chh = bb[2] - bb[0] + 6, bb[3] + 8
        tile = Image.new("RGBA", (cw + 10, chh + 10), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((5, 5), ch, font=f, fill=color + (int(rng.uniform(200, 250)),), stroke_width=0)
        tile = tile.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)
        dy = rng.uniform(-3, 3)
        draw._image.alpha_composite(tile, (int(x), int(y + dy))) if draw._image.mode == "RGBA" else draw._image.paste(tile, (int(x), int(y + dy)), tile)
        x1 = max(x1, x + tile.size[0]); y1 = max(y1, y + dy + tile.size[1])
        x += (bb[2] - bb[0]) * rng.uniform(0.95, 1.15) + (2 if ord(ch) < 128 else 4)
    return [x0, y0, x1, y1]
