"""Render PDFs to images and make them look like copier scans, phone photos or receipt-app captures.
Every capture returns the image plus a 3x3 matrix mapping render-pixel coords -> output-pixel coords,
so that later edits can find where a printed string ended up."""
import io, math
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageEnhance, ImageOps
import pypdfium2 as pdfium


def render(pdf_path, dpi=200, pages=None):
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(pdf)):
        if pages is not None and i not in pages:
            continue
        out.append(pdf[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    return out


def find_text(pdf_path, needle, page=0):
    """Boxes (PDF points, origin bottom-left: l, b, r, t) of each occurrence of needle on a page.
    No-break spaces are tried as plain spaces too (text extraction differs between producers)."""
    for v in dict.fromkeys([needle, needle.replace("\u00a0", " "), needle.replace("\u00a0", "\u202f"), needle.replace(" ", "\u00a0")]):
        res = _find_text(pdf_path, v, page)
        if res[0]:
            return res
    return res


def _find_text(pdf_path, needle, page=0):
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    tp = pg.get_textpage()
    res = []
    s = tp.search(needle, match_case=True)
    while True:
        hit = s.get_next()
        if not hit:
            break
        idx, cnt = hit
        boxes = [tp.get_charbox(i) for i in range(idx, idx + cnt)]
        boxes = [b for b in boxes if b[2] > b[0]]
        if boxes:
            res.append(dict(box=(min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes)),
                            chars=[char_info(tp, i) for i in range(idx, idx + cnt)], index=idx, count=cnt,
                            size=char_info(tp, idx)["size"], origin=char_info(tp, idx)["origin"],
                            weight=char_info(tp, idx)["weight"]))
    return res, pg.get_size()


def char_info(tp, i):
    import ctypes
    import pypdfium2.raw as pr
    x, y = ctypes.c_double(), ctypes.c_double()
    pr.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
    buf = ctypes.create_string_buffer(256)
    flags = ctypes.c_int()
    pr.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(flags))
    name = buf.value.decode("utf-8", "ignore")
    return dict(ch=tp.get_text_range(i, 1), box=tp.get_charbox(i), origin=(x.value, y.value),
                size=pr.FPDFText_GetFontSize(tp.raw, i), font=name,
                weight=700 if "bold" in name.lower() or "black" in name.lower() else 400)


def char_boxes(pdf_path, page=0):
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    tp = pg.get_textpage()
    n = tp.count_chars()
    return [char_info(tp, i) for i in range(n)], pg.get_size()


def pt_to_px(box, page_h, dpi):
    l, b, r, t = box
    k = dpi / 72.0
    return (l * k, (page_h - t) * k, r * k, (page_h - b) * k)


def map_pts(M, pts):
    pts = np.asarray(pts, dtype=np.float64).reshape(-1, 1, 2)
    return cv2.perspectiveTransform(pts, np.asarray(M, dtype=np.float64)).reshape(-1, 2)


def map_box(M, box):
    x0, y0, x1, y1 = box
    return map_pts(M, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])


def _noise(a, r, sigma):
    rs = np.random.RandomState(r.randint(0, 2**31 - 1))
    return np.clip(a.astype(np.float32) + rs.normal(0, sigma, a.shape), 0, 255)


def copier_scan(img, r, out_scale=0.75, gray=None):
    """A flatbed/copier scan: tiny rotation, slight offset, toner blur, grain, lower resolution."""
    gray = (r.random() < 0.55) if gray is None else gray
    W, H = img.size
    ang = r.uniform(-1.6, 1.6)
    if abs(ang) < 0.25:
        ang = 0.35 if ang >= 0 else -0.35
    dx, dy = r.uniform(-12, 12), r.uniform(-8, 16)
    cx, cy = W / 2, H / 2
    R = cv2.getRotationMatrix2D((cx, cy), ang, 1.0)
    R[0, 2] += dx
    R[1, 2] += dy
    a = np.asarray(img)
    bg = (235, 235, 232)
    a = cv2.warpAffine(a, R, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bg)
    # darker scanner-lid margin on one side
    if r.random() < 0.5:
        side = r.choice(["l", "r", "t"])
        w = r.randint(6, 22)
        a = a.copy()
        if side == "l":
            a[:, :w] = (a[:, :w] * 0.35).astype(np.uint8)
        elif side == "r":
            a[:, -w:] = (a[:, -w:] * 0.35).astype(np.uint8)
        else:
            a[:w, :] = (a[:w, :] * 0.35).astype(np.uint8)
    im = Image.fromarray(a)
    im = im.filter(ImageFilter.GaussianBlur(r.uniform(0.4, 1.0)))
    if gray:
        im = im.convert("L")
    im = ImageEnhance.Contrast(im).enhance(r.uniform(1.05, 1.35))
    im = ImageEnhance.Brightness(im).enhance(r.uniform(0.96, 1.06))
    a = np.asarray(im)
    a = _noise(a, r, r.uniform(3, 9)).astype(np.uint8)
    im = Image.fromarray(a)
    nw, nh = int(W * out_scale), int(H * out_scale)
    im = im.resize((nw, nh), Image.BILINEAR)
    M = np.vstack([R, [0, 0, 1]])
    S = np.diag([out_scale, out_scale, 1.0])
    return im, S @ M, dict(kind="copier", angle=ang, gray=gray)


def phone_photo(img, r, out_w=None):
    """A phone photo of a printed page on a desk: perspective, uneven light, colour cast, blur."""
    W, H = img.size
    out_w = out_w or int(W * r.uniform(0.9, 1.05))
    out_h = int(out_w * r.choice([4 / 3, 16 / 9 * 0.85, 1.41]))
    # desk background
    rs = np.random.RandomState(r.randint(0, 2**31 - 1))
    base = np.array(r.choice([(118, 92, 70), (160, 150, 138), (60, 62, 66), (190, 178, 160), (96, 110, 120)]), dtype=np.float32)
    bgn = rs.normal(0, 10, (out_h // 8 + 1, out_w // 8 + 1, 1)).astype(np.float32)
    bgn = cv2.resize(bgn, (out_w, out_h))[..., None]
    bg = np.clip(base[None, None, :] + bgn, 0, 255)
    # where the page corners land
    margin_x, margin_y = out_w * r.uniform(0.04, 0.1), out_h * r.uniform(0.05, 0.1)
    pw = out_w - 2 * margin_x
    ph = pw * H / W
    if ph > out_h - 2 * margin_y:
        ph = out_h - 2 * margin_y
        pw = ph * W / H
    ox, oy = (out_w - pw) / 2, (out_h - ph) / 2
    j = lambda s: r.uniform(-s, s)
    sk = pw * 0.045
    dst = np.float32([[ox + j(sk), oy + j(sk)], [ox + pw + j(sk), oy + j(sk)], [ox + pw + j(sk), oy + ph + j(sk)], [ox + j(sk), oy + ph + j(sk)]])
    # keystone: top narrower (phone tilted)
    k = r.uniform(0, pw * 0.05)
    dst[0, 0] += k
    dst[1, 0] -= k
    src = np.float32([[0, 0], [W, 0], [W, H], [0, H]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    page = np.asarray(img).astype(np.float32)
    warped = cv2.warpPerspective(page, Hm, (out_w, out_h), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((H, W), np.float32), Hm, (out_w, out_h))[..., None]
    # soft shadow under the page
    sh = cv2.GaussianBlur(mask, (0, 0), 9)
    if sh.ndim == 2:
        sh = sh[..., None]
    bg = bg * (1 - 0.45 * sh)
    out = warped * mask + bg * (1 - mask)
    # uneven light: gradient + vignette + a warm/cool cast
    yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
    gx, gy = r.uniform(-1, 1), r.uniform(-1, 1)
    grad = 1 + 0.22 * ((xx / out_w - 0.5) * gx + (yy / out_h - 0.5) * gy) * 2
    cxv, cyv = out_w * r.uniform(0.3, 0.7), out_h * r.uniform(0.3, 0.7)
    vig = 1 - 0.28 * (((xx - cxv) / out_w) ** 2 + ((yy - cyv) / out_h) ** 2) * 2.2
    light = (grad * vig)[..., None]
    cast = np.array([r.uniform(0.97, 1.04), 1.0, r.uniform(0.86, 0.98)], dtype=np.float32)
    out = np.clip(out * light * cast * r.uniform(0.85, 1.0), 0, 255)
    # a hand/phone shadow across a corner, sometimes
    if r.random() < 0.4:
        cx2, cy2 = r.choice([(0, out_h), (out_w, out_h), (out_w, 0)])
        d = np.sqrt((xx - cx2) ** 2 + (yy - cy2) ** 2)
        rad = out_w * r.uniform(0.35, 0.6)
        shade = 1 - 0.3 * np.clip(1 - d / rad, 0, 1)
        out = out * shade[..., None]
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.6, 1.3))
    out = _noise(out, r, r.uniform(3, 7)).astype(np.uint8)
    return Image.fromarray(out), Hm, dict(kind="phone", corners=dst.tolist())


def receipt_app(img, r, bw=None):
    """A receipt-scanning app: finds the paper, crops tight, flattens, boosts contrast, often pure black & white."""
    bw = (r.random() < 0.65) if bw is None else bw
    a = np.asarray(img.convert("L"))
    ys, xs = np.where(a < 200)
    pad = r.randint(6, 20)
    x0, y0 = max(0, xs.min() - pad), max(0, ys.min() - pad)
    x1, y1 = min(a.shape[1], xs.max() + pad), min(a.shape[0], ys.max() + pad)
    crop = img.crop((x0, y0, x1, y1))
    T = np.array([[1, 0, -x0], [0, 1, -y0], [0, 0, 1]], dtype=np.float64)
    # residual skew the app did not quite remove
    ang = r.uniform(-0.8, 0.8)
    W, H = crop.size
    R = cv2.getRotationMatrix2D((W / 2, H / 2), ang, 1.0)
    c = cv2.warpAffine(np.asarray(crop), R, (W, H), borderMode=cv2.BORDER_REPLICATE)
    g = cv2.cvtColor(c, cv2.COLOR_RGB2GRAY)
    # thermal paper look: faded, uneven
    rs = np.random.RandomState(r.randint(0, 2**31 - 1))
    fade = cv2.resize(rs.uniform(0.75, 1.0, (8, 4)).astype(np.float32), (W, H))
    g = 255 - (255 - g.astype(np.float32)) * fade
    g = np.clip(g, 0, 255).astype(np.uint8)
    g = cv2.GaussianBlur(g, (0, 0), r.uniform(0.5, 0.9))
    scale = r.uniform(0.55, 0.8)
    g = cv2.resize(g, (int(W * scale), int(H * scale)), interpolation=cv2.INTER_AREA)
    if bw:
        out = cv2.adaptiveThreshold(g, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, 31, 12)
        im = Image.fromarray(out).convert("1") if r.random() < 0.5 else Image.fromarray(out)
    else:
        clahe = cv2.createCLAHE(clipLimit=2.5, tileGridSize=(8, 8))
        im = Image.fromarray(clahe.apply(g))
        im = ImageEnhance.Contrast(im).enhance(1.4)
    M = np.diag([scale, scale, 1.0]) @ np.vstack([R, [0, 0, 1]]) @ T
    return im, M, dict(kind="receipt_app", bw=bw)


def save_image(im, path, quality=None):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("jpg", "jpeg"):
        if im.mode == "1":
            im = im.convert("L")
        im.save(path, "JPEG", quality=quality or 70, optimize=True)
    elif ext == "png":
        im.save(path, "PNG", optimize=True)
    else:
        raise ValueError(path)


def images_to_pdf(images, path, dpi=150, quality=70, producer=None):
    """Wrap scanned page images in a PDF the way scanner software does (one JPEG per page)."""
    ims = []
    for im in images:
        if im.mode == "1":
            ims.append(im)
        else:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=quality)
            ims.append(Image.open(io.BytesIO(b.getvalue())))
    kw = dict(resolution=dpi, save_all=True, append_images=ims[1:])
    if producer:
        kw["producer"] = producer
        kw["creator"] = producer
    ims[0].save(path, "PDF", **kw)
