# scans, phone photos, screenshots, text location, image edits
import numpy as np, cv2, pypdfium2 as pdfium, io
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from common import R
FONT_L = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'; FONT_C = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

def find_text(pdf, s, whole=False):
    doc = pdfium.PdfDocument(pdf); out = []
    for pi in range(len(doc)):
        page = doc[pi]; H = page.get_height(); tp = page.get_textpage()
        se = tp.search(s, match_case=True, match_whole_word=whole)
        while True:
            o = se.get_next()
            if not o: break
            i, n = o; bx = [tp.get_charbox(k) for k in range(i, i + n)]
            bx = [b for b in bx if b[2] > b[0]]
            if bx: out.append((pi, min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx), H))
    return out

def render(pdf, page=0, dpi=150):
    doc = pdfium.PdfDocument(pdf); return doc[page].render(scale=dpi / 72).to_pil().convert('RGB')

def n_pages(pdf): return len(pdfium.PdfDocument(pdf))

def scan(img, dpi):
    a = np.array(img.convert('L')).astype(np.float32); h, w = a.shape
    ang = R.uniform(-1.8, 1.8); M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += [R.uniform(-8, 8), R.uniform(-8, 8)]
    a = cv2.warpAffine(a, M, (w, h), borderValue=238)
    a = a * R.uniform(0.86, 0.95) + R.uniform(12, 28)          # grey paper
    a += np.random.default_rng(R.randint(0, 10**6)).normal(0, R.uniform(3, 8), a.shape)
    a = cv2.GaussianBlur(a, (3, 3), R.uniform(0.4, 0.9))
    f = R.uniform(0.6, 0.85); a = cv2.resize(a, (int(w * f), int(h * f)), interpolation=cv2.INTER_AREA)
    H3 = np.vstack([M, [0, 0, 1]]); S = np.diag([f, f, 1.0])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), S @ H3

def desk(w, h):
    rng = np.random.default_rng(R.randint(0, 10**6)); base = np.array(R.choice([(120, 92, 66), (178, 160, 140), (70, 72, 78), (200, 196, 188)]), np.float32)
    g = np.linspace(0, 1, w)[None, :, None] * 30; n = cv2.GaussianBlur(rng.normal(0, 14, (h, w)).astype(np.float32), (0, 0), 3)[..., None]
    streak = (np.sin(np.linspace(0, 40, h))[:, None, None] * 8)
    return np.clip(base + g + n + streak, 0, 255)

def photo(img):
    a = np.array(img).astype(np.float32); h, w = a.shape[:2]
    W, Hh = int(w * 1.35), int(h * 1.25); ox, oy = (W - w) // 2, (Hh - h) // 2
    j = lambda s: R.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[ox + j(60) + R.uniform(0, 90), oy + j(40)], [ox + w + j(60) - R.uniform(0, 90), oy + j(40) + R.uniform(0, 50)], [ox + w + j(50), oy + h + j(40)], [ox + j(50), oy + h + j(30)]])
    P = cv2.getPerspectiveTransform(src, dst)
    bg = desk(W, Hh)
    warped = cv2.warpPerspective(a, P, (W, Hh), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), P, (W, Hh))[..., None]
    out = warped * mask + bg * (1 - mask)
    # shadow of the phone/hand + window light from one side
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32); cx, cy = R.choice([(0, 0), (W, 0), (0, Hh * 0.3), (W, Hh * 0.2)])
    light = 1.08 - 0.38 * np.sqrt(((xx - cx) / W) ** 2 + ((yy - cy) / Hh) ** 2)
    out = out * light[..., None] * np.array([1.0, R.uniform(.96, 1.0), R.uniform(.86, .95)])  # warm cast
    if R.random() < .6:
        sx = R.uniform(.2, .7) * W; out[:, int(sx):int(sx + W * .25)] *= R.uniform(.82, .9)
    out = cv2.GaussianBlur(out, (0, 0), R.uniform(0.6, 1.2))
    out += np.random.default_rng(R.randint(0, 10**6)).normal(0, 4, out.shape)
    f = 0.8; out = cv2.resize(out, (int(W * f), int(Hh * f)), interpolation=cv2.INTER_AREA)
    T = np.diag([f, f, 1.0]) @ P
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)), T

def screenshot(img, title='Order details'):
    w, h = img.size; top = 86; bar = Image.new('RGB', (w + 40, h + top + 20), (241, 243, 244)); dr = ImageDraw.Draw(bar)
    f = ImageFont.truetype(FONT_L, 15); dr.rectangle([0, 0, w + 40, 38], fill=(222, 225, 230)); dr.rounded_rectangle([12, 6, 280, 38], 8, fill=(255, 255, 255))
    dr.text((24, 13), title[:30], fill=(30, 30, 30), font=f)
    for i, c in enumerate([(237, 106, 94), (245, 191, 79), (98, 197, 84)]): dr.ellipse([w - 80 + i * 22, 14, w - 66 + i * 22, 28], fill=c)
    dr.rounded_rectangle([60, 46, w - 20, 76], 14, fill=(255, 255, 255)); dr.text((80, 52), 'https://' + title.lower().replace(' ', '') + '.example/orders/invoice?id=' + str(R.randint(10**8, 10**9)), fill=(80, 80, 80), font=f)
    bar.paste(img, (20, top)); return bar, np.array([[1, 0, 20], [0, 1, top], [0, 0, 1.0]])

def map_box(occ, dpi, T):
    pi, l, b, r, t, H = occ; s = dpi / 72
    pts = np.float32([[l * s, (H - t) * s], [r * s, (H - t) * s], [r * s, (H - b) * s], [l * s, (H - b) * s]]).reshape(-1, 1, 2)
    q = cv2.perspectiveTransform(pts, T.astype(np.float64)).reshape(-1, 2)
    return [float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())]

def paper_color(im, box):
    x0, y0, x1, y1 = [int(v) for v in box]; a = np.array(im.convert('RGB'))
    ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), a[y1:y1 + 4, x0:x1].reshape(-1, 3)])
    return tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (235, 235, 235)

def paste_text(im, box, text, align='right', cjk=False, old=None):
    x0, y0, x1, y1 = box; hgt = y1 - y0; pad = 2
    col = paper_color(im, box); dr = ImageDraw.Draw(im)
    dr.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], fill=col)
    fp = FONT_C if cjk else FONT_L; size = max(8, int(hgt * 1.25))
    if old:  # size the new text so the old string would have filled the box width
        w1 = ImageDraw.Draw(Image.new('L', (4, 4))).textlength(old, font=ImageFont.truetype(FONT_C if any(ord(c) > 0x2000 for c in old) else FONT_L, 100)) / 100
        if w1 > 0: size = max(8, min(int((x1 - x0) / w1), int(hgt * 1.6)))
    f = ImageFont.truetype(fp, size)
    tw = dr.textlength(text, font=f); x = x1 - tw if align == 'right' else x0
    ink = tuple(max(0, c - 190) for c in col)
    bb = dr.textbbox((0, 0), text, font=f); dr.text((x, y1 - bb[3]), text, fill=ink, font=f)
    return im

def clone_region(im, src_box, dst_box):
    col = paper_color(im, dst_box); dr = ImageDraw.Draw(im); x0, y0, x1, y1 = [int(v) for v in dst_box]
    dr.rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill=col)
    sx0, sy0, sx1, sy1 = [int(v) for v in src_box]; patch = im.crop((sx0 - 1, sy0 - 2, sx1 + 1, sy1 + 2))
    im.paste(patch, (x1 - patch.size[0] + 1, y0 - 2)); return im
