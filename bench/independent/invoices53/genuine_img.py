"""Scans and phone photos: a PDF rendered with pypdfium2 and degraded with Pillow / OpenCV.
Each image keeps its geometry in _work/<file>.img.pkl so that edits.py can find text positions later."""
import os, io, math, pickle, random
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
import cv2
import pypdfium2 as pdfium
from common import *
import genuine_pdf, genuine_html


def render(pdf, dpi, pages=None):
    d = pdfium.PdfDocument(pdf)
    idx = range(len(d)) if pages is None else pages
    return [d[i].render(scale=dpi / 72).to_pil().convert('RGB') for i in idx], dpi / 72


def find_boxes(pdf, text, page=0):
    """Boxes (x0,y0,x1,y1) in PDF points, top-left origin, of every occurrence of text on a page; list of per-char boxes."""
    d = pdfium.PdfDocument(pdf); pg = d[page]; H = pg.get_height(); tp = pg.get_textpage()
    s = tp.search(text, match_case=True); out = []
    while True:
        r = s.get_next()
        if not r: break
        i, n = r
        chars = []
        for k in range(i, i + n):
            l, b, rr, t = tp.get_charbox(k)
            chars.append((l, H - t, rr, H - b))
        out.append(chars)
    return out


def scan_degrade(img, rng, angle, gray=True, noise=8, down=0.8):
    if gray: img = img.convert('L').convert('RGB')
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(1.05, 1.3))
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 250, 248))
    a = np.asarray(img).astype(np.int16)
    a = a + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, noise, a.shape[:2])[..., None].astype(np.int16)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    W_, H_ = img.size
    return img.resize((int(W_ * down), int(H_ * down)), Image.BILINEAR)


def map_scan(pt, meta):
    """pdf point (top-left origin) -> pixel in the final scan."""
    x, y = pt[0] * meta['scale'], pt[1] * meta['scale']
    cx, cy = meta['size0'][0] / 2, meta['size0'][1] / 2
    a = math.radians(meta['angle'])
    dx, dy = x - cx, y - cy
    xr = cx + dx * math.cos(a) + dy * math.sin(a)
    yr = cy - dx * math.sin(a) + dy * math.cos(a)
    return xr * meta['down'], yr * meta['down']


def make_scan(src_pdf, out, rng, fmt='jpg', dpi=150, pages=None):
    imgs, scale = render(src_pdf, dpi, pages)
    angle = rng.uniform(-1.4, 1.4); down = rng.choice([0.7, 0.8, 1.0]); gray = rng.random() < 0.7
    meta = dict(kind='scan', scale=scale, angle=angle, down=down, size0=imgs[0].size, src=src_pdf, fmt=fmt)
    outs = [scan_degrade(im, rng, angle if i == 0 else rng.uniform(-1.2, 1.2), gray, rng.choice([5, 8, 12]), down) for i, im in enumerate(imgs)]
    if fmt == 'jpg': outs[0].save(out, 'JPEG', quality=rng.choice([55, 70, 85]))
    elif fmt == 'png': outs[0].convert('L').save(out, 'PNG')
    else:  # scanner-style PDF with JPEG pages
        jp = []
        for im in outs:
            b = io.BytesIO(); im.save(b, 'JPEG', quality=75); jp.append(Image.open(io.BytesIO(b.getvalue())))
        jp[0].save(out, 'PDF', save_all=True, append_images=jp[1:], resolution=dpi * down)
    return meta, len(outs)


def make_photo(src_pdf, out, rng, dpi=110):
    img = render(src_pdf, dpi, [0])[0][0]
    scale = dpi / 72
    w, h = img.size
    bgc = rng.choice([(120, 92, 64), (70, 70, 75), (180, 170, 150), (40, 55, 80)])
    pad = int(max(w, h) * 0.18)
    bg = Image.new('RGB', (w + 2 * pad, h + 2 * pad), bgc)
    a = np.asarray(bg).astype(np.int16) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 10, (h + 2 * pad, w + 2 * pad, 1)).astype(np.int16)
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)); bg.paste(img, (pad, pad))
    W_, H_ = bg.size
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rng.uniform(-0.06, 0.06) * max(w, h)
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    H = cv2.getPerspectiveTransform(src, dst)
    arr = cv2.warpPerspective(np.asarray(bg), H, (W_, H_), borderMode=cv2.BORDER_REFLECT)
    # uneven light: radial gradient + a shadow band
    yy, xx = np.mgrid[0:H_, 0:W_]
    cx, cy = rng.uniform(0.2, 0.8) * W_, rng.uniform(0.2, 0.8) * H_
    light = 1.1 - 0.45 * (np.hypot(xx - cx, yy - cy) / max(W_, H_))
    if rng.random() < 0.6: light *= np.where(xx > rng.uniform(0.5, 0.9) * W_, 0.75, 1.0)
    arr = np.clip(arr * light[..., None] * np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.97)]), 0, 255).astype(np.uint8)
    arr = cv2.GaussianBlur(arr, (3, 3), rng.uniform(0.5, 1.2))
    im = Image.fromarray(arr)
    im.save(out, 'JPEG', quality=rng.choice([70, 80, 88]))
    meta = dict(kind='photo', scale=scale, pad=pad, H=H, src=src_pdf, fmt='jpg')
    return meta, 1


def map_photo(pt, meta):
    p = np.float32([[[pt[0] * meta['scale'] + meta['pad'], pt[1] * meta['scale'] + meta['pad']]]])
    q_ = cv2.perspectiveTransform(p, meta['H'])
    return float(q_[0, 0, 0]), float(q_[0, 0, 1])


def map_pt(pt, meta):
    return map_scan(pt, meta) if meta['kind'] == 'scan' else map_photo(pt, meta)


def save_meta(fname, meta):
    with open(os.path.join(WORK, fname + '.img.pkl'), 'wb') as f: pickle.dump(meta, f)


SCAN_PLAN = [  # region, doctype, source maker, format, options
 ('my', 'invoice', 'rl', 'jpg', {}), ('my', 'invoice', 'sqlacc', 'pdf', {}), ('my', 'invoice', 'myinvois', 'png', {}),
 ('sg', 'tax_invoice', 'xero', 'jpg', {}), ('sg', 'tax_invoice', 'rl', 'pdf', dict(discount=True)), ('au', 'tax_invoice', 'qbo', 'jpg', {}),
 ('au', 'tax_invoice', 'rl', 'pdf', dict(many=True)), ('th', 'tax_invoice', 'sqlacc', 'jpg', {}), ('th', 'tax_invoice', 'rl', 'png', {}),
 ('id', 'invoice', 'sqlacc', 'jpg', {}), ('id', 'invoice', 'rl', 'pdf', {}), ('cn', 'tax_invoice', 'cjk', 'jpg', {}),
 ('cnx', 'proforma', 'rl', 'pdf', dict(with_tax=False)), ('cnx', 'invoice', 'xero', 'jpg', dict(with_tax=False)), ('jp', 'invoice', 'cjk', 'png', {}),
 ('de', 'invoice', 'rl', 'jpg', {}), ('fr', 'invoice', 'qbo', 'pdf', {}), ('us', 'invoice', 'rl', 'jpg', dict(arith_error=True)),
 ('es', 'invoice', 'sqlacc', 'jpg', {}), ('it', 'invoice', 'rl', 'png', {}),
]
PHOTO_PLAN = [('my', 'receipt', {}), ('sg', 'receipt', {}), ('au', 'receipt', {}), ('th', 'receipt', {}), ('id', 'receipt', {}),
              ('jp', 'receipt', {}), ('my', 'receipt', dict(arith_error=True)), ('us', 'receipt', {}), ('my', 'invoice', 'rl'), ('sg', 'tax_invoice', 'rl')]


def source_pdf(doc, maker, path):
    if maker == 'rl': genuine_pdf.rl_invoice(path, doc, doc['seed'] % 3)
    elif maker == 'receipt': genuine_pdf.rl_receipt(path, doc)
    else: genuine_html.weasy(genuine_html.render_html(doc, maker), path)
    return path


def run():
    for i, (reg, dt, maker, fmt, opt) in enumerate(SCAN_PLAN):
        rng = random.Random(8000 + i)
        doc = make_doc(8000 + i, reg, dt, **opt)
        src = source_pdf(doc, maker, os.path.join(WORK, f'src_scan_{i:02d}.pdf'))
        fn = f'g_scan_{i:02d}_{reg}.{fmt}'
        meta, n = make_scan(src, os.path.join(FILES, fn), rng, fmt)
        save_meta(fn, meta); label(fn, doc, f'scan_{fmt}', n, source_layout=maker)
    for i, item in enumerate(PHOTO_PLAN):
        reg, dt, opt = item[0], item[1], item[2] if isinstance(item[2], dict) else {}
        maker = 'receipt' if dt == 'receipt' else item[2]
        rng = random.Random(9000 + i)
        doc = make_doc(9000 + i, reg, dt, **opt)
        src = source_pdf(doc, maker, os.path.join(WORK, f'src_photo_{i:02d}.pdf'))
        fn = f'g_photo_{i:02d}_{reg}.jpg'
        meta, n = make_photo(src, os.path.join(FILES, fn), rng)
        save_meta(fn, meta); label(fn, doc, 'phone_photo', 1, source_layout=maker)

if __name__ == '__main__':
    run(); write_labels(RECORDS, os.path.join(WORK, 'part_img.jsonl'))
