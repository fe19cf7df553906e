"""Turn a clean PDF into a home-printer scan, a fax, or a phone photo. Each function returns the
output pages plus a 3x3 matrix mapping render pixels (scale `scale` px per PDF pt) to output pixels."""
import io, math, random
import numpy as np, cv2
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageDraw, ImageFont
from common import DEJAVU_MONO


def render(pdf, scale, pages=None):
    d = pdfium.PdfDocument(pdf)
    idx = range(len(d)) if pages is None else pages
    return [d[i].render(scale=scale).to_pil().convert('RGB') for i in idx]


def add_noise(arr, rng, sigma):
    n = np.random.default_rng(rng.randint(0, 10**6)).normal(0, sigma, arr.shape)
    return np.clip(arr.astype(np.float32) + n, 0, 255).astype(np.uint8)


def scan_page(img, rng, gray=True):
    a = np.array(img)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    paper = (rng.randint(236, 250),) * 3
    a = cv2.warpAffine(a, M, (w, h), borderValue=paper, flags=cv2.INTER_LINEAR)
    # paper tone + toner unevenness
    tone = np.linspace(rng.uniform(0.93, 1.0), rng.uniform(0.93, 1.0), w)[None, :, None]
    a = (a.astype(np.float32) * tone + (255 - 255 * tone) * 0.3).clip(0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (3, 3), rng.uniform(0.4, 0.9))
    a = add_noise(a, rng, rng.uniform(3, 7))
    # dark scanner edge
    if rng.random() < 0.6:
        a[:, :rng.randint(3, 12)] = (a[:, :1] * 0.3).astype(np.uint8)
    im = Image.fromarray(a)
    if gray: im = im.convert('L')
    H = np.vstack([M, [0, 0, 1]])
    return im, H


def fax_page(img, rng, header):
    im = img.convert('L')
    w, h = im.size
    im = im.resize((w, h // 2), Image.BILINEAR).resize((w, h), Image.NEAREST)  # 200x100 dpi fine/standard mode
    a = np.array(im).astype(np.int16)
    a = add_noise(a, rng, 18)
    ang = rng.uniform(-0.8, 0.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(a, M, (w, h), borderValue=255)
    b = (a > rng.randint(150, 185)).astype(np.uint8) * 255
    # speckles + streak
    r = np.random.default_rng(rng.randint(0, 10**6))
    ys, xs = r.integers(0, h, 400), r.integers(0, w, 400)
    b[ys, xs] = 0
    if rng.random() < 0.5:
        x0 = rng.randint(0, w - 3); b[:, x0:x0 + 2] = np.minimum(b[:, x0:x0 + 2], r.integers(0, 2, (h, 2)) * 255)
    im = Image.fromarray(b.astype(np.uint8))
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(DEJAVU_MONO, max(12, w // 75))
    tb = d.textbbox((20, 6), header, font=f); d.rectangle([tb[0] - 4, tb[1] - 3, tb[2] + 4, tb[3] + 3], fill=255)
    d.text((20, 6), header, fill=0, font=f)
    return im.convert('1'), np.vstack([M, [0, 0, 1]])


def photo_page(img, rng, crumple=False):
    a = np.array(img)
    h, w = a.shape[:2]
    if crumple:  # wavy displacement + fold shading for crumpled thermal paper
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        amp = rng.uniform(2, 5)
        dx = amp * np.sin(yy / rng.uniform(40, 90)) + amp * 0.6 * np.sin(xx / rng.uniform(25, 60) + yy / 70)
        dy = amp * 0.5 * np.sin(xx / rng.uniform(30, 80))
        a = cv2.remap(a, xx + dx, yy + dy, cv2.INTER_LINEAR, borderValue=(255, 255, 255))
        shade = 1 - 0.12 * (np.sin(yy / rng.uniform(50, 120) + xx / 200) > 0.6)
        a = (a * shade[..., None]).astype(np.uint8)
    pad = int(max(w, h) * 0.12)
    Wc, Hc = w + 2 * pad, h + 2 * pad
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    bg = np.array(rng.choice([(92, 74, 58), (40, 42, 48), (150, 140, 128), (200, 196, 190)]), np.uint8)
    out = cv2.warpPerspective(a, Hm, (Wc, Hc), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(int(x) for x in bg))
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8), Hm, (Wc, Hc))
    backdrop = np.full_like(out, bg)
    backdrop = add_noise(backdrop, rng, 10)
    out = np.where(mask[..., None] > 0, out, backdrop)
    # uneven light: radial falloff + colour cast + soft shadow of the phone
    yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * Wc, rng.uniform(0.1, 0.6) * Hc
    light = 1.05 - 0.45 * (np.hypot(xx - cx, yy - cy) / max(Wc, Hc))
    if rng.random() < 0.6:
        sx = rng.uniform(0.4, 0.9) * Wc
        light *= np.where(xx > sx, 0.78, 1.0)
        light = cv2.GaussianBlur(light, (0, 0), 25)
    cast = np.array([rng.uniform(0.95, 1.05), 1.0, rng.uniform(0.85, 0.98)])[None, None, :]
    out = (out.astype(np.float32) * light[..., None] * cast).clip(0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.2))
    out = add_noise(out, rng, 4)
    return Image.fromarray(out), Hm


def save_images(pages, out, fmt, quality=75, dpi=150):
    if fmt == 'jpg':
        pages[0].save(out, 'JPEG', quality=quality, dpi=(dpi, dpi))
    elif fmt == 'png':
        pages[0].save(out, 'PNG', dpi=(dpi, dpi))
    else:  # pdf wrapping JPEG-compressed pages (like a scanner's "scan to PDF")
        conv = []
        for p in pages:
            if p.mode == '1':
                conv.append(p)
            else:
                buf = io.BytesIO(); p.save(buf, 'JPEG', quality=quality); buf.seek(0); conv.append(Image.open(buf))
        conv[0].save(out, 'PDF', save_all=True, append_images=conv[1:], resolution=dpi)
