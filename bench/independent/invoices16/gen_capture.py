# Office-copier scans and WhatsApp-style phone photos of rendered PDFs; image-level edits.
import numpy as np, cv2, io
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter

DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def render_pages(pdf_path, scale):
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(pdf)):
        pg = pdf[i]
        w, h = pg.get_size()
        img = pg.render(scale=scale).to_pil().convert("RGB")
        out.append((img, w, h))
    pdf.close()
    return out


def find_text(pdf_path, text):
    """Return [(page, (l,b,r,t))] in PDF points for every whole-number occurrence of text."""
    pdf = pdfium.PdfDocument(pdf_path)
    res = []
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage()
        n = tp.count_chars()
        s = tp.search(text, match_case=True)
        while True:
            o = s.get_next()
            if not o:
                break
            i, cnt = o
            before = tp.get_text_range(i - 1, 1) if i > 0 else " "
            after = tp.get_text_range(i + cnt, 1) if i + cnt < n else " "
            if text[:1].isdigit() and (before[:1].isdigit() or before[:1] in ".,"):
                continue
            if text[-1:].isdigit() and (after[:1].isdigit() or (after[:1] in ".," and tp.get_text_range(i + cnt + 1, 1)[:1].isdigit())):
                continue
            boxes = [tp.get_charbox(k) for k in range(i, i + cnt)]
            boxes = [b for b in boxes if b[2] > b[0]]
            if not boxes:
                continue
            l = min(b[0] for b in boxes); bt = min(b[1] for b in boxes)
            r = max(b[2] for b in boxes); t = max(b[3] for b in boxes)
            res.append((pi, (l, bt, r, t)))
    pdf.close()
    return res


def scan(pdf_path, out_path, rng, fmt="jpg"):
    dpi = rng.choice([150, 200, 200, 300])
    s = dpi / 72
    pages = render_pages(pdf_path, s)
    outs, metas = [], []
    color = rng.random() < 0.3
    for img, wpt, hpt in pages:
        a = np.asarray(img).astype(np.float32)
        if not color:
            g = a.mean(axis=2, keepdims=True); a = np.repeat(g, 3, axis=2)
        # copier tone: darker toner, greyish paper
        paper = rng.uniform(225, 245)
        a = a / 255.0
        a = a ** rng.uniform(1.1, 1.6)
        a = a * paper
        h, w = a.shape[:2]
        ang = rng.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        M[0, 2] += rng.uniform(-12, 12); M[1, 2] += rng.uniform(-12, 12)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(paper, paper, paper))
        a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(3, 8), a.shape[:2])[..., None]
        # dark streak near edge (copier lid) sometimes
        if rng.random() < 0.4:
            x0 = rng.randint(0, 15); a[:, x0:x0 + rng.randint(3, 9)] *= 0.55
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        if rng.random() < 0.5:
            im = im.filter(ImageFilter.GaussianBlur(0.6))
        f = rng.uniform(0.55, 0.9)
        im = im.resize((int(w * f), int(h * f)), Image.LANCZOS)
        if not color:
            im = im.convert("L")
        A = (M * f).tolist()
        outs.append(im)
        metas.append(dict(A=A, s=s, hpt=hpt, wpt=wpt))
    q = rng.randint(45, 80)
    if fmt == "jpg":
        outs[0].save(out_path, "JPEG", quality=q)
    elif fmt == "png":
        outs[0].save(out_path, "PNG")
    else:
        outs[0].save(out_path, "PDF", save_all=True, append_images=outs[1:], resolution=int(dpi * 0.7))
    return dict(kind="scan", pages=metas, quality=q, n=len(outs))


def photo(pdf_path, out_path, rng):
    s = 2.0
    img, wpt, hpt = render_pages(pdf_path, s)[0]
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    CW, CH = int(w * 1.3), int(h * 1.25)
    # background: desk / table
    base = np.array(rng.choice([(120, 90, 60), (60, 60, 65), (170, 160, 145), (95, 110, 120)]), np.float32)
    bg = np.ones((CH, CW, 3), np.float32) * base
    bg += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 10, (CH, CW, 1))
    m = 0.12
    dst = np.float32([[CW * rng.uniform(0.05, m + .03), CH * rng.uniform(0.04, m)],
                      [CW * (1 - rng.uniform(0.05, m + .03)), CH * rng.uniform(0.04, m)],
                      [CW * (1 - rng.uniform(0.02, m)), CH * (1 - rng.uniform(0.02, m))],
                      [CW * rng.uniform(0.02, m), CH * (1 - rng.uniform(0.02, m))]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (CW, CH))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (CW, CH))[..., None]
    out = bg * (1 - mask) + warped * mask
    # uneven light: a soft gradient + shadow blob (the phone / hand)
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    cx, cy = rng.uniform(0, CW), rng.uniform(0, CH)
    grad = 1.05 - 0.45 * np.sqrt(((xx - cx) / CW) ** 2 + ((yy - cy) / CH) ** 2)
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0, CW), rng.uniform(0, CH)
        grad *= 1 - 0.25 * np.exp(-(((xx - sx) / (CW * .25)) ** 2 + ((yy - sy) / (CH * .2)) ** 2))
    out = out * grad[..., None]
    out *= np.array([1.03, 1.0, rng.uniform(0.85, 0.95)], np.float32)  # warm indoor cast
    out += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    f = 1600 / max(CW, CH)
    im = im.resize((int(CW * f), int(CH * f)), Image.LANCZOS)
    S = np.diag([f, f, 1.0])
    q = rng.randint(60, 82)
    im.save(out_path, "JPEG", quality=q)
    return dict(kind="photo", pages=[dict(H=(S @ Hm).tolist(), s=s, hpt=hpt, wpt=wpt)], quality=q, n=1)


def box_to_px(meta, box):
    pm = meta["pages"][0]
    l, b, r, t = box
    s, hpt = pm["s"], pm["hpt"]
    pts = np.float32([[l * s, (hpt - t) * s], [r * s, (hpt - t) * s], [r * s, (hpt - b) * s], [l * s, (hpt - b) * s]])
    if "A" in pm:
        A = np.array(pm["A"])
        q = pts @ A[:, :2].T + A[:, 2]
    else:
        q = cv2.perspectiveTransform(pts[None], np.array(pm["H"]))[0]
    return (int(q[:, 0].min()) - 2, int(q[:, 1].min()) - 2, int(q[:, 0].max()) + 3, int(q[:, 1].max()) + 3)


def _fill(im, bx):
    x0, y0, x1, y1 = bx
    reg = np.asarray(im.crop((x0 - 6, y0 - 4, x1 + 6, y1 + 4)))
    bgc = np.percentile(reg.reshape(-1, reg.shape[-1] if reg.ndim == 3 else 1), 90, axis=0)
    ink = np.percentile(reg.reshape(-1, reg.shape[-1] if reg.ndim == 3 else 1), 3, axis=0)
    conv = lambda v: tuple(int(x) for x in v) if im.mode == "RGB" else int(v[0])
    d = ImageDraw.Draw(im)
    d.rectangle(bx, fill=conv(bgc))
    return d, conv(ink)


def image_paste(path_in, path_out, meta, edits, rng, quality=None):
    """edits: [(box_pts, new_text)] — cover old text with paper colour, type new text with a font."""
    im = Image.open(path_in); im.load()
    im = im.convert("RGB") if im.mode not in ("L", "RGB") else im
    for box, new in edits:
        bx = box_to_px(meta, box)
        d, ink = _fill(im, bx)
        hgt = bx[3] - bx[1] - 4
        font = ImageFont.truetype(DJ, max(8, int(hgt * 0.95)))
        tw = d.textlength(new, font=font)
        x = bx[2] - 3 - tw if rng.random() < 0.7 else bx[0] + 2
        d.text((x, bx[1] + 1), new, font=font, fill=ink)
    save_like(im, path_out, quality or rng.randint(70, 92))


def image_clone(path_in, path_out, meta, src_box, dst_box, rng):
    """Copy the pixels of one printed amount over another inside the same image."""
    im = Image.open(path_in); im.load()
    sb = box_to_px(meta, src_box); db = box_to_px(meta, dst_box)
    patch = im.crop(sb)
    _fill(im, db)
    x = db[2] - patch.size[0]
    y = db[1] + ((db[3] - db[1]) - patch.size[1]) // 2
    im.paste(patch, (x, y))
    save_like(im, path_out, rng.randint(75, 92))


def save_like(im, path_out, q):
    if path_out.endswith(".png"):
        im.save(path_out, "PNG")
    else:
        im.save(path_out, "JPEG", quality=q)
