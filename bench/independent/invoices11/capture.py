# Capture (scan / fax / phone photo) and edit helpers
import math, io
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
import pypdfium2 as pdfium

DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'; DJM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'

def render(pdf_path, dpi, gray=True):
    pdf = pdfium.PdfDocument(pdf_path); out = []
    for p in pdf:
        img = p.render(scale=dpi / 72, grayscale=gray).to_pil()
        out.append(img.convert('L' if gray else 'RGB'))
    pdf.close(); return out

def page_heights(pdf_path):
    pdf = pdfium.PdfDocument(pdf_path); hs = [p.get_height() for p in pdf]; pdf.close(); return hs

def find_boxes(pdf_path, text):
    """list of (page, (l,b,r,t)) in PDF points for every occurrence of text"""
    pdf = pdfium.PdfDocument(pdf_path); res = []
    for pi, p in enumerate(pdf):
        tp = p.get_textpage(); s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r: break
            i, n = r
            bx = [tp.get_charbox(k) for k in range(i, i + n)]
            bx = [b for b in bx if b[2] > b[0]]
            if bx: res.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx))))
    pdf.close(); return res

def char_boxes(pdf_path, page=0):
    pdf = pdfium.PdfDocument(pdf_path); tp = pdf[page].get_textpage(); n = tp.count_chars()
    txt = tp.get_text_range(0, n); out = []
    for k in range(n):
        out.append((txt[k] if k < len(txt) else '', tp.get_charbox(k)))
    pdf.close(); return out

class Affine:
    def __init__(self, angle_deg, scale, cx, cy, tx, ty):
        a = math.radians(angle_deg); self.c, self.s = math.cos(a), math.sin(a)
        self.k, self.cx, self.cy, self.tx, self.ty = scale, cx, cy, tx, ty
    def fwd(self, x, y):
        dx, dy = x - self.cx, y - self.cy
        return (self.k * (self.c * dx - self.s * dy) + self.cx * self.k + self.tx, self.k * (self.s * dx + self.c * dy) + self.cy * self.k + self.ty)
    def pil_data(self):
        # output -> input
        k = self.k; c, s = self.c, self.s
        # input = Rinv((p' - ck - t)/k) + c
        ox, oy = self.cx * k + self.tx, self.cy * k + self.ty
        a, b, d, e = c / k, s / k, -s / k, c / k
        return (a, b, self.cx - a * ox - b * oy, d, e, self.cy - d * ox - e * oy)

def pt2px(box, page_h, dpi):
    l, b, r, t = box; f = dpi / 72
    return (l * f, (page_h - t) * f, r * f, (page_h - b) * f)

def map_box(aff, box):
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        X, Y = aff.fwd(x, y); xs.append(X); ys.append(Y)
    return (min(xs), min(ys), max(xs), max(ys))

def degrade_scan(img, rng, out_scale=1.0, strength=1.0):
    """img: clean L image. returns degraded L image and Affine clean->scan pixel map"""
    w, h = img.size
    ang = rng.uniform(0.25, 1.4) * rng.choice([-1, 1])
    aff = Affine(ang, out_scale, w / 2, h / 2, rng.uniform(-6, 6), rng.uniform(-8, 8))
    W, H = int(w * out_scale), int(h * out_scale)
    # paper tone + slight contrast loss
    arr = np.asarray(img, dtype=np.float32)
    arr = 18 + arr * rng.uniform(0.84, 0.9)
    img2 = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    out = img2.transform((W, H), Image.AFFINE, aff.pil_data(), resample=Image.BILINEAR, fillcolor=int(rng.uniform(200, 235)))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.8) * strength))
    a = np.asarray(out, dtype=np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 7) * strength, a.shape)
    # dust specks
    g = np.random.default_rng(rng.randint(0, 10**6))
    for _ in range(int(40 * strength)):
        y, x = g.integers(0, H - 3), g.integers(0, W - 3); a[y:y + g.integers(1, 3), x:x + g.integers(1, 3)] = g.uniform(40, 120)
    # scanner edge shadow
    a[:, :max(2, int(W * 0.006))] *= 0.6
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)), aff

def fax_page(img, rng, hdr):
    w, h = img.size
    im = img.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)
    im, aff = degrade_scan(im, rng, 1.0, 0.6)
    a = np.asarray(im, dtype=np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 18, a.shape)
    bw = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8))
    d = ImageDraw.Draw(bw); f = ImageFont.truetype(DJM, max(12, w // 90))
    d.rectangle((0, 0, w, w // 60), fill=255); d.text((20, 4), hdr, font=f, fill=0)
    return bw.convert('1'), aff

def phone_photo(img_rgb, rng):
    import cv2
    w, h = img_rgb.size
    pad = int(w * 0.12)
    bg_col = rng.choice([(120, 95, 70), (80, 80, 85), (150, 140, 120), (60, 65, 50)])
    canvas = Image.new('RGB', (w + 2 * pad, h + 2 * pad), bg_col)
    noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, 10, (h + 2 * pad, w + 2 * pad, 1))
    cv = np.asarray(canvas, dtype=np.float32) + noise
    cv[pad:pad + h, pad:pad + w] = np.asarray(img_rgb, dtype=np.float32) * 0.95 + 6
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.07, 0.07) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j() * 0.6], [pad + w + j() * 0.6, pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(cv.clip(0, 255).astype(np.uint8), M, (w + 2 * pad, h + 2 * pad), borderMode=cv2.BORDER_REPLICATE)
    H2, W2 = warped.shape[:2]
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    lx, ly = rng.uniform(0, W2), rng.uniform(0, H2 * 0.5)
    light = 1.05 - 0.45 * np.sqrt(((xx - lx) / W2) ** 2 + ((yy - ly) / H2) ** 2)
    tint = np.array([1.0, rng.uniform(0.94, 1.0), rng.uniform(0.82, 0.95)], dtype=np.float32)
    out = warped.astype(np.float32) * light[..., None] * tint
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, out.shape)
    im = Image.fromarray(out.clip(0, 255).astype(np.uint8))
    return im.resize((int(W2 * 0.7), int(H2 * 0.7)), Image.LANCZOS)

def save_pdf_images(imgs, path, dpi, quality=70):
    ims = [i.convert('L') if i.mode != '1' else i for i in imgs]
    kw = {} if ims[0].mode == '1' else dict(quality=quality)
    ims[0].save(path, save_all=True, append_images=ims[1:], resolution=dpi, **kw)

def jpeg_roundtrip(img, q):
    b = io.BytesIO(); img.save(b, 'JPEG', quality=q); b.seek(0); return Image.open(b).convert(img.mode)

def exif_bytes(make, model, software, when):
    ex = Image.Exif(); ex[0x010F] = make; ex[0x0110] = model; ex[0x0131] = software; ex[0x0132] = when
    return ex.tobytes()
