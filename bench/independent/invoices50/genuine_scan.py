"""Scans, faxes, photocopies and phone photos of genuine documents (rendered with pypdfium2, degraded with Pillow/OpenCV)."""
import os, random, io
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
import pypdfium2
import cv2
from common import *
import genuine_rl


def render(pdf, page=0, dpi=150):
    d = pypdfium2.PdfDocument(pdf)
    img = d[page].render(scale=dpi / 72).to_pil().convert("RGB")
    d.close()
    return img


def stamp(img, text, rng):
    """Rubber stamp: rotated blue/red ring with text, multiplied onto the page."""
    W, H = img.size
    s = int(W * 0.28)
    st = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    dr = ImageDraw.Draw(st)
    col = rng.choice([(30, 50, 160, 170), (170, 30, 40, 160)])
    dr.ellipse([4, 4, s - 4, s - 4], outline=col, width=5)
    dr.ellipse([18, 18, s - 18, s - 18], outline=col, width=2)
    f = ImageFont.truetype(FONT_SANS_B, max(10, s // 11))
    for k, line in enumerate(text.split("\n")):
        tw = dr.textlength(line, font=f)
        dr.text(((s - tw) / 2, s * 0.36 + k * s // 9), line, fill=col, font=f)
    st = st.rotate(rng.uniform(-25, 25), expand=False)
    img = img.copy()
    img.paste(st, (int(W * rng.uniform(0.05, 0.55)), int(H * rng.uniform(0.6, 0.75))), st)
    return img


def scan(img, rng, quality=None):
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, expand=True, fillcolor=(245, 245, 242))
    a = np.asarray(img).astype(np.int16)
    a = a + np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6, a.shape).astype(np.int16)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    return img


def photocopy(img, rng, generations=2):
    for g in range(generations):
        img = img.convert("L")
        img = ImageEnhance.Contrast(img).enhance(1.6)
        img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BILINEAR, expand=False, fillcolor=235)
        a = np.asarray(img).astype(np.int16)
        r = np.random.default_rng(rng.randint(0, 10**6))
        a = a + r.normal(0, 10, a.shape).astype(np.int16)
        # toner specks
        m = r.random(a.shape) < 0.0015
        a[m] = 30
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
        w, h = img.size
        img = img.resize((int(w * 0.85), int(h * 0.85))).resize((w, h))
    return img.convert("RGB")


def fax(img, rng):
    w, h = img.size
    img = img.convert("L").resize((w * 2 // 3, h * 2 // 5)).resize((w * 2 // 3, h * 2 // 3), Image.NEAREST)
    img = img.point(lambda v: 255 if v > 150 else 0).convert("1")
    img = img.convert("L")
    d = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT_MONO, 14)
    d.text((10, 4), f"FAX  +33 4 91 {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}   P.01", fill=0, font=f)
    return img.convert("RGB")


def phone_photo(img, rng):
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    bg = np.full((int(h * 1.15), int(w * 1.2), 3), (rng.randint(60, 120), rng.randint(50, 100), rng.randint(40, 80)), np.uint8)
    H2, W2 = bg.shape[:2]
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(0.02, 0.09)
    dst = np.float32([[W2 * j(), H2 * j()], [W2 * (1 - j()), H2 * j() * 0.5], [W2 * (1 - j() * 0.5), H2 * (1 - j())], [W2 * j() * 1.5, H2 * (1 - j() * 0.5)]])
    M = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(a, M, (W2, H2), dst=bg.copy(), borderMode=cv2.BORDER_TRANSPARENT)
    # uneven light: radial gradient + warm tint
    yy, xx = np.mgrid[0:H2, 0:W2]
    cx, cy = W2 * rng.uniform(0.2, 0.8), H2 * rng.uniform(0.1, 0.5)
    g = 1.08 - 0.45 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    out = out.astype(np.float32) * g[..., None] * np.array([1.0, 0.97, 0.9])
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), 0)
    img = Image.fromarray(out)
    return img.resize((int(W2 * 0.8), int(H2 * 0.8)))


def save(img, path, quality=80, dpi=150):
    ext = os.path.splitext(path)[1].lower()
    if ext in (".jpg", ".jpeg"):
        img.save(path, quality=quality, dpi=(dpi, dpi))
    elif ext == ".png":
        img.save(path, dpi=(dpi, dpi))
    else:  # image wrapped in a PDF, as a scanner would
        img.save(path, "PDF", resolution=dpi, quality=quality)


def capture(img, kind, rng, doc=None):
    if kind == "scan":
        return scan(img, rng)
    if kind == "scan_stamp":
        sup = doc["supplier"][0].split()[0].upper() if doc else "PAYÉ"
        return scan(stamp(img, f"{sup}\n{rng.choice(['PAYÉ', 'REÇU LE', 'ACQUITTÉ', 'PAGATO', 'PAGADO'])}\n{doc['date'].strftime('%d/%m/%y') if doc else ''}", rng), rng)
    if kind == "photocopy2":
        return photocopy(img, rng, 2)
    if kind == "fax":
        return fax(img, rng)
    if kind == "phone":
        return phone_photo(img, rng)
    raise ValueError(kind)


def run(rng, start=300):
    labs = []
    i = start
    plan = [("fr", "sage", "scan", ".pdf"), ("fr", "ebp", "scan_stamp", ".jpg"), ("it", "sage", "scan", ".png"), ("es", "ebp", "scan_stamp", ".pdf"),
            ("ma", "sage", "scan_stamp", ".jpg"), ("tn", "ebp", "photocopy2", ".pdf"), ("fr", "sage", "photocopy2", ".jpg"),
            ("fr", "ebp", "fax", ".pdf"), ("es", "sage", "fax", ".png"), ("fr", "carnet", "phone", ".jpg"), ("ma", "carnet", "phone", ".jpg"),
            ("it", "ebp", "phone", ".jpg"), ("zh", "fapiao", "scan", ".jpg"), ("de", "sage", "scan", ".pdf"), ("en", "ebp", "phone", ".jpg"), ("us", "sage", "scan", ".pdf"),
            ("fr", "ebp", "scan", ".pdf"), ("es", "carnet", "phone", ".jpg"), ("nl", "sage", "scan", ".png"), ("pl", "ebp", "scan_stamp", ".jpg"),
            ("fr", "sage", "scan_stamp", ".pdf"), ("ja", "sage", "scan", ".jpg"), ("fr", "ebp", "phone", ".jpg"),
            ("fr", "ebp", "scan", ".pdf", "delivery_note"), ("es", "sage", "phone", ".jpg", "delivery_note"), ("fr", "carnet", "phone", ".jpg", "receipt")]
    for k, p in enumerate(plan):
        cc, style, kind, ext = p[:4]
        dt = p[4] if len(p) > 4 else ("receipt" if style == "carnet" else "invoice")
        doc = make_doc(rng, cc, dt, n_items=rng.randint(1, 5), arith_error=(k in (6, 16)))
        if dt == "delivery_note":
            doc["has_total"] = False
        src = os.path.join(WORK, f"s{i}.pdf")
        genuine_rl.draw_rl(doc, src, style)
        img = capture(render(src, 0, dpi=rng.choice([110, 130, 150])), kind, rng, doc)
        name = f"doc_{i:03d}{ext}"
        save(img, os.path.join(FILES, name), quality=rng.randint(55, 85))
        labs.append(label(doc, name, f"{kind}_{ext[1:]}", pages=1, source_layout=f"rl_{style}"))
        i += 1
    write_part("genuine_scan", labs)
    return labs


if __name__ == "__main__":
    print(len(run(random.Random(44))))
