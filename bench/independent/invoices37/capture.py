"""Turning clean PDFs into what lands on the finance desk: copier scans, phone photos
under a desk lamp, WeChat screenshots, PDFs re-saved by another program.

Every image function returns, per page, a 3x3 matrix that maps PDF user-space points
(origin bottom-left) to pixel coordinates in the final image, so that later edits can
find where a printed string ended up.
"""
import io, os, math, random
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
import pypdfium2 as pdfium
import pikepdf
from common import WQY_TTC, DEJAVU, run

# ------------------------------------------------------------------ helpers

def page_sizes(pdf_path):
    doc = pdfium.PdfDocument(pdf_path)
    out = [doc[i].get_size() for i in range(len(doc))]
    doc.close()
    return out


def render(pdf_path, page_index, dpi):
    doc = pdfium.PdfDocument(pdf_path)
    page = doc[page_index]
    w, h = page.get_size()
    scale = dpi / 72.0
    img = page.render(scale=scale, draw_annots=True).to_pil().convert("RGB")
    doc.close()
    # matrix PDF pt -> pixel
    A = np.array([[scale, 0, 0], [0, -scale, h * scale], [0, 0, 1]], dtype=float)
    return img, A


def _to_np(img):
    return np.asarray(img).astype(np.float32)


def _from_np(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def add_noise(img, rng, sigma):
    a = _to_np(img)
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nrng.normal(0, sigma, a.shape[:2])[..., None] if a.ndim == 3 else a + nrng.normal(0, sigma, a.shape)
    return _from_np(a)


def affine3(M2x3):
    M = np.eye(3)
    M[:2, :] = M2x3
    return M


def map_points(M, pts):
    pts = np.asarray(pts, dtype=float)
    h = np.c_[pts, np.ones(len(pts))] @ M.T
    return h[:, :2] / h[:, 2:3]


# ------------------------------------------------------------------ copier / flatbed scan

def scan_page(img, A, rng, *, angle=None, gray=True, out_dpi_ratio=0.75, noise=6.0, blur=0.5,
              toner=True, border=True):
    """img is a clean render; returns (degraded PIL image, matrix)."""
    w, h = img.size
    if angle is None:
        angle = rng.uniform(-1.6, 1.6)
    a = _to_np(img)
    # toner: slightly darken/spread text, paper slightly grey
    paper = rng.uniform(232, 247)
    a = paper - (255 - a) * rng.uniform(0.92, 1.05) * (paper / 255)
    # scanner bed is larger than the paper: offset + dark-grey lid edge
    padx, pady = int(w * rng.uniform(0.0, 0.03)), int(h * rng.uniform(0.0, 0.02))
    canvas = np.full((h + pady + int(h * 0.01), w + padx + int(w * 0.01), 3), 70.0 if border else paper, np.float32)
    canvas[pady:pady + h, padx:padx + w] = a
    T = np.array([[1, 0, padx], [0, 1, pady], [0, 0, 1]], float)
    H, W = canvas.shape[:2]
    R = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    rot = cv2.warpAffine(canvas, R, (W, H), flags=cv2.INTER_LINEAR, borderValue=(70, 70, 70) if border else (paper,) * 3)
    M = affine3(R) @ T @ A
    im = _from_np(rot)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if out_dpi_ratio != 1.0:
        nw, nh = int(W * out_dpi_ratio), int(H * out_dpi_ratio)
        im = im.resize((nw, nh), Image.BILINEAR)
        M = np.diag([out_dpi_ratio, out_dpi_ratio, 1.0]) @ M
    im = add_noise(im, rng, noise)
    if gray:
        im = im.convert("L")
        if toner and rng.random() < 0.4:  # hard copier contrast
            im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.3, 1.8))
    else:
        im = ImageEnhance.Color(im).enhance(rng.uniform(0.75, 0.95))
    return im, M


def scan(pdf_path, out_path, rng, fmt="jpg", dpi=200, gray=True, quality=None, out_dpi_ratio=None,
         pages=None, **kw):
    """Scan all pages. fmt jpg/png write page 1 only; fmt pdf wraps all pages."""
    creator = kw.pop("creator", "Scan to PDF")
    sizes = page_sizes(pdf_path)
    idx = list(range(len(sizes))) if pages is None else pages
    if fmt in ("jpg", "png"):
        idx = idx[:1]
    if out_dpi_ratio is None:
        out_dpi_ratio = rng.choice([0.5, 0.6, 0.75, 1.0])
    quality = quality or rng.randint(55, 85)
    imgs, mats = [], []
    for i in idx:
        img, A = render(pdf_path, i, dpi)
        im, M = scan_page(img, A, rng, gray=gray, out_dpi_ratio=out_dpi_ratio, **kw)
        imgs.append(im)
        mats.append(M.tolist())
    eff_dpi = int(dpi * out_dpi_ratio)
    if fmt == "jpg":
        imgs[0].save(out_path, "JPEG", quality=quality, dpi=(eff_dpi, eff_dpi))
    elif fmt == "png":
        imgs[0].save(out_path, "PNG", dpi=(eff_dpi, eff_dpi))
    elif fmt == "pdf":
        images_to_pdf(imgs, out_path, eff_dpi, quality, creator=creator)
    return dict(matrices=mats, dpi=eff_dpi, quality=quality, n=len(imgs), sizes=[im.size for im in imgs])


def images_to_pdf(imgs, out_path, dpi, quality=75, creator="Scan to PDF"):
    """Wrap JPEG-compressed page images in a PDF the way scanner software does."""
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.lib.utils import ImageReader
    c = None
    for im in imgs:
        wpt, hpt = im.size[0] * 72.0 / dpi, im.size[1] * 72.0 / dpi
        if c is None:
            c = rl_canvas.Canvas(out_path, pagesize=(wpt, hpt), pageCompression=1)
            c.setCreator(creator)
            c.setProducer(creator)
        c.setPageSize((wpt, hpt))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, wpt, hpt)
        c.showPage()
    c.save()


# ------------------------------------------------------------------ phone photo on a desk

def desk_texture(W, H, rng, kind=None):
    kind = kind or rng.choice(["wood", "dark", "grey", "cloth"])
    nrng = np.random.default_rng(rng.randrange(1 << 30))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32) * rng.uniform(0.8, 1.1)
        grain = np.sin((xx * 0.02 + np.sin(yy * 0.004) * 8) + nrng.normal(0, 0.3, (H, W))) * 12
        tex = base[None, None, :] + grain[..., None] + nrng.normal(0, 4, (H, W, 1))
    elif kind == "dark":
        tex = np.full((H, W, 3), 48, np.float32) + nrng.normal(0, 5, (H, W, 1))
    elif kind == "grey":
        tex = np.full((H, W, 3), [170, 172, 168], np.float32) + nrng.normal(0, 6, (H, W, 1))
    else:
        tex = np.full((H, W, 3), [60, 80, 120], np.float32) + (np.sin(xx * 0.5) * np.sin(yy * 0.5))[..., None] * 6
    return tex


def photo(pdf_path, out_path, rng, page=0, quality=None, long_side=None, lamp=True):
    img, A = render(pdf_path, page, 130)
    w, h = img.size
    long_side = long_side or rng.choice([1600, 1800, 2000])
    # final canvas 3:4, same orientation as the sheet
    H = long_side
    W = int(long_side * 0.75)
    if w > h:
        W, H = H, W
    # page occupies 70-88% of height, perspective skew
    fill = rng.uniform(0.72, 0.88)
    ph = H * fill
    pw = ph * w / h
    if pw > W * 0.92:
        pw = W * 0.92
        ph = pw * h / w
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    j = lambda s: rng.uniform(-s, s)
    top_shrink = rng.uniform(0.02, 0.09) * pw  # camera tilted: top edge farther away
    dst = np.float32([
        [cx - pw / 2 + top_shrink + j(15), cy - ph / 2 + j(15)],
        [cx + pw / 2 - top_shrink + j(15), cy - ph / 2 + j(15)],
        [cx + pw / 2 + j(15), cy + ph / 2 + j(15)],
        [cx - pw / 2 + j(15), cy + ph / 2 + j(15)],
    ])
    ang = math.radians(rng.uniform(-4, 4))
    c, s = math.cos(ang), math.sin(ang)
    dst = np.float32([[cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c] for x, y in dst])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    desk = desk_texture(W, H, rng)
    page_np = _to_np(img)
    warped = cv2.warpPerspective(page_np, Hm, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (W, H), flags=cv2.INTER_LINEAR)
    # soft shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 12)
    sh = np.roll(sh, (10, 8), axis=(0, 1))
    desk = desk * (1 - 0.35 * sh[..., None])
    out = desk * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    if lamp:
        lx, ly = rng.choice([0.1, 0.9]) * W, rng.uniform(0.0, 0.4) * H
        d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(W, H)
        light = 1.12 - 0.75 * d ** 1.3
        warm = np.array([1.0, 0.95, 0.82]) if rng.random() < 0.7 else np.array([0.95, 0.98, 1.04])
        out = out * light[..., None] * warm[None, None, :]
    else:
        out = out * (1.02 - 0.25 * ((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2))[..., None]
    # phone/hand shadow across a corner sometimes
    if rng.random() < 0.4:
        x0 = rng.uniform(0.5, 0.9) * W
        band = 1 - 0.28 / (1 + np.exp(-(xx + yy * 0.3 - x0) / 40))
        out = out * band[..., None]
    im = _from_np(out)
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.2)))
    im = add_noise(im, rng, rng.uniform(3, 7))
    im = ImageEnhance.Sharpness(im).enhance(rng.uniform(1.2, 1.8))  # phone sharpening
    quality = quality or rng.randint(78, 92)
    im.save(out_path, "JPEG", quality=quality)
    M = Hm @ A
    return dict(matrices=[M.tolist()], quality=quality, n=1, sizes=[im.size])


# ------------------------------------------------------------------ WeChat-style screenshot

def _font(size, bold=False):
    return ImageFont.truetype(WQY_TTC, size, index=0)


def screenshot(pdf_path, out_path, rng, title="发票.pdf", page=0, fmt="png", clock=None, scroll=0.0):
    """A phone screenshot of a PDF opened in a chat app's file viewer."""
    sizes = page_sizes(pdf_path)
    wpt, hpt = sizes[page]
    if wpt > hpt:
        return screenshot_landscape(pdf_path, out_path, rng, title, page, fmt, clock)
    W, H = 1080, 2340
    margin = 18
    dpi = (W - 2 * margin) / wpt * 72
    img, A = render(pdf_path, page, dpi)
    canvas = Image.new("RGB", (W, H), (237, 237, 237))
    d = ImageDraw.Draw(canvas)
    top = 250
    y0 = top + 40 - int(scroll * img.size[1])
    canvas.paste(img, (margin, y0))
    # a second page peeking below
    if len(sizes) > 1 and y0 + img.size[1] + 30 < H:
        img2, _ = render(pdf_path, page + 1, dpi)
        canvas.paste(img2, (margin, y0 + img.size[1] + 30))
    # status bar
    d.rectangle([0, 0, W, 110], fill=(237, 237, 237))
    clock = clock or f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
    d.text((60, 35), clock, font=_font(44), fill=(20, 20, 20))
    bx = W - 150
    d.rounded_rectangle([bx, 42, bx + 80, 82], 8, outline=(30, 30, 30), width=3)
    d.rectangle([bx + 5, 47, bx + 5 + int(70 * rng.uniform(0.2, 0.95)), 77], fill=(30, 30, 30))
    for k in range(4):
        d.rectangle([W - 330 + k * 22, 80 - k * 11, W - 316 + k * 22, 82], fill=(30, 30, 30))
    d.text((W - 250, 38), "5G", font=_font(36), fill=(30, 30, 30))
    # nav bar
    d.rectangle([0, 110, W, top], fill=(237, 237, 237))
    d.line([(55, 180), (80, 155)], fill=(20, 20, 20), width=5)
    d.line([(55, 180), (80, 205)], fill=(20, 20, 20), width=5)
    f = _font(46)
    tw = d.textlength(title, font=f)
    d.text(((W - tw) / 2, 152), title, font=f, fill=(20, 20, 20))
    for k in range(3):
        d.ellipse([W - 110 + k * 26, 175, W - 100 + k * 26, 185], fill=(20, 20, 20))
    d.line([(0, top), (W, top)], fill=(215, 215, 215), width=2)
    # bottom bar
    d.rectangle([0, H - 170, W, H], fill=(247, 247, 247))
    d.line([(0, H - 170), (W, H - 170)], fill=(215, 215, 215), width=2)
    for k, lab in enumerate(["转发", "收藏", "用其他应用打开"]):
        fx = 120 + k * 330
        d.text((fx, H - 115), lab, font=_font(36), fill=(60, 60, 60))
    d.rounded_rectangle([W / 2 - 140, H - 30, W / 2 + 140, H - 20], 5, fill=(20, 20, 20))
    M = np.array([[1, 0, margin], [0, 1, y0], [0, 0, 1]], float) @ A
    if fmt == "png":
        canvas.save(out_path, "PNG")
        q = None
    else:
        q = rng.randint(70, 85)
        canvas.save(out_path, "JPEG", quality=q)
    return dict(matrices=[M.tolist()], n=1, sizes=[canvas.size], quality=q)


def screenshot_landscape(pdf_path, out_path, rng, title, page, fmt, clock):
    """Phone turned sideways to read a wide 发票 page."""
    W, H = 2340, 1080
    wpt, hpt = page_sizes(pdf_path)[page]
    top = 130
    avail_h = H - top - 30
    dpi = avail_h / hpt * 72
    img, A = render(pdf_path, page, dpi)
    if img.size[0] > W - 200:
        dpi = dpi * (W - 200) / img.size[0]
        img, A = render(pdf_path, page, dpi)
    canvas = Image.new("RGB", (W, H), (30, 30, 30))
    x0 = (W - img.size[0]) // 2
    y0 = top + (avail_h - img.size[1]) // 2 + 10
    canvas.paste(img, (x0, y0))
    d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, W, top], fill=(30, 30, 30))
    f = _font(42)
    tw = d.textlength(title, font=f)
    d.text(((W - tw) / 2, 45), title, font=f, fill=(235, 235, 235))
    d.line([(80, 68), (100, 48)], fill=(235, 235, 235), width=5)
    d.line([(80, 68), (100, 88)], fill=(235, 235, 235), width=5)
    clock = clock or f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}"
    d.text((W - 250, 40), clock, font=_font(34), fill=(200, 200, 200))
    M = np.array([[1, 0, x0], [0, 1, y0], [0, 0, 1]], float) @ A
    if fmt == "png":
        canvas.save(out_path, "PNG")
        q = None
    else:
        q = rng.randint(70, 85)
        canvas.save(out_path, "JPEG", quality=q)
    return dict(matrices=[M.tolist()], n=1, sizes=[canvas.size], quality=q)


# ------------------------------------------------------------------ re-saving PDFs

def wps_like_resave(pdf_in, pdf_out, rng=None, created=None, modified=None, tzh=8):
    """Open and save again as an office suite does: new document ID, object streams,
    new producer / creator strings, modification date later than creation."""
    with pikepdf.open(pdf_in) as pdf:
        if created is not None:
            pdf.docinfo["/CreationDate"] = pdf_date(created, tzh)
        if modified is not None:
            pdf.docinfo["/ModDate"] = pdf_date(modified, tzh)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["pdf:Producer"] = "WPS PDF 12.1"
            meta["xmp:CreatorTool"] = "WPS Office"
        pdf.docinfo["/Producer"] = "WPS PDF 12.1"
        pdf.docinfo["/Creator"] = "WPS Office"
        pdf.save(pdf_out, object_stream_mode=pikepdf.ObjectStreamMode.generate, fix_metadata_version=True,
                 static_id=False)


def gs_resave(pdf_in, pdf_out):
    """'Print to PDF' through Ghostscript: everything re-distilled, fonts re-embedded."""
    run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.6",
         f"-sOutputFile={pdf_out}", pdf_in], timeout=240)


# ------------------------------------------------------------------ document dates

import re as _re
import datetime as _dt

TZ = {"zh": 8, "zh+en": 8, "en+zh": 8, "ja": 9, "ko": 9, "en+ko": 9, "de": 1, "fr": 1, "it": 1, "es": 1, "pl": 1,
      "nl": 1, "en": 0}


def pdf_date(dt, tzh):
    sign = "+" if tzh >= 0 else "-"
    return f"D:{dt:%Y%m%d%H%M%S}{sign}{abs(tzh):02d}'00'"


def patch_pdf_dates(path, created, modified=None, tzh=None):
    """Rewrite /CreationDate, /ModDate and XMP dates in place with strings of the same
    length, so that byte offsets (and hence the xref table) stay valid."""
    modified = modified or created
    with open(path, "rb") as f:
        data = f.read()

    def info(m, dt):
        digits, tail = m.group(2), m.group(3)
        if tzh is not None and _re.fullmatch(rb"[+-]\d\d'\d\d'", tail):
            tail = pdf_date(dt, tzh)[16:].encode()
        return m.group(1) + dt.strftime("%Y%m%d%H%M%S").encode() + tail + b")"

    data = _re.sub(rb"(/CreationDate\s*\(D(?::|\\072))(\d{14})([^)]*)\)", lambda m: info(m, created), data)
    data = _re.sub(rb"(/ModDate\s*\(D(?::|\\072))(\d{14})([^)]*)\)", lambda m: info(m, modified), data)

    def xmp(m):
        dt = created if b"Create" in m.group(1) else modified
        return m.group(1) + dt.strftime("%Y-%m-%dT%H:%M:%S").encode()
    data = _re.sub(rb"(xmp:(?:CreateDate|ModifyDate|MetadataDate)[>=\"']+)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)", xmp, data)
    with open(path, "wb") as f:
        f.write(data)


def stamp_times(rng, issue, pipeline, lang, cap=_dt.datetime(2026, 3, 24, 18, 0)):
    """Plausible creation / modification times for a file that went through `pipeline`."""
    base = _dt.datetime.combine(issue, _dt.time(rng.randint(8, 18), rng.randint(0, 59), rng.randint(0, 59)))
    if pipeline == "as_is":
        c = m = base
    elif pipeline == "wps":
        c, m = base, base + _dt.timedelta(days=rng.randint(2, 25), hours=rng.randint(0, 6))
    else:  # printed to PDF / scanned / photographed / screenshot later
        c = m = base + _dt.timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 5))
    return min(c, cap), min(m, cap)
