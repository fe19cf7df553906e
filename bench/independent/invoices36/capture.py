"""Scanner and phone-camera simulation (Pillow + OpenCV). Every geometric step is an explicit
matrix so that the edit stage can find where a printed value landed in the image."""
import io, math, os, random, datetime as dt
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import cv2
from common import DEJAVU_B, DEJAVU, DEJAVU_MONO


def render_pdf_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append((img, (w, h)))
    return out


def base_matrix(dpi, page_h):
    """PDF user space (pt, y up) -> rendered pixel (y down)."""
    s = dpi / 72.0
    return np.array([[s, 0, 0], [0, -s, page_h * s], [0, 0, 1]], dtype=float)


# --------------------------------------------------------------- marks made on paper before capture
def stamp(img, rng, text, color=(200, 30, 40), center=None, angle=None, size=None):
    w, h = img.size
    size = size or int(w * rng.uniform(0.035, 0.05))
    font = ImageFont.truetype(DEJAVU_B, size)
    tw = int(font.getlength(text)) + size
    th = int(size * 1.9)
    lay = Image.new("L", (tw, th), 0)
    d = ImageDraw.Draw(lay)
    d.rounded_rectangle((3, 3, tw - 4, th - 4), radius=size // 3, outline=255, width=max(3, size // 9))
    d.text((tw // 2, th // 2), text, font=font, fill=255, anchor="mm")
    # uneven ink
    noise = np.array(lay, dtype=float) * np.clip(np.random.default_rng(rng.randint(0, 9999)).normal(0.8, 0.3, (th, tw)), 0, 1)
    lay = Image.fromarray(noise.astype("uint8")).rotate(angle if angle is not None else rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)
    cx, cy = center or (int(w * rng.uniform(0.55, 0.75)), int(h * rng.uniform(0.55, 0.75)))
    col = Image.new("RGB", lay.size, color)
    img.paste(col, (cx - lay.size[0] // 2, cy - lay.size[1] // 2), lay.point(lambda v: int(v * 0.75)))
    return img


def signature(img, rng, box, color=(20, 30, 110)):
    """Squiggly pen signature inside box (x0, y0, x1, y1) in pixels."""
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    pts = []
    n = rng.randint(30, 50)
    for i in range(n):
        t = i / n
        x = x0 + (x1 - x0) * t
        y = (y0 + y1) / 2 + math.sin(t * rng.uniform(12, 22)) * (y1 - y0) * 0.35 * rng.uniform(0.5, 1) + rng.uniform(-3, 3)
        pts.append((x, y))
    d.line(pts, fill=color, width=max(2, img.size[0] // 600), joint="curve")
    d.line([(x0 + (x1 - x0) * .1, y1 - 4), (x0 + (x1 - x0) * .8, y1 - 8)], fill=color, width=max(2, img.size[0] // 700))
    return img


def handwriting(img, rng, text, xy, color=(25, 40, 140), size=None):
    """Ball-pen note (oblique mono font, jittered) e.g. 'pagado 12/3'."""
    size = size or int(img.size[0] * 0.022)
    font = ImageFont.truetype(DEJAVU_MONO, size)
    lay = Image.new("L", (int(font.getlength(text)) + 20, size * 2), 0)
    ImageDraw.Draw(lay).text((10, size // 3), text, font=font, fill=255)
    lay = lay.transform(lay.size, Image.AFFINE, (1, 0.25, -size * .2, 0, 1, 0), resample=Image.BICUBIC).rotate(rng.uniform(-6, 6), expand=True)
    img.paste(Image.new("RGB", lay.size, color), xy, lay)
    return img


def punch_holes(img, rng):
    w, h = img.size
    r = int(w * 0.018)
    d = ImageDraw.Draw(img)
    x = int(w * 0.035)
    for cy in (h * 0.38, h * 0.62):
        d.ellipse((x - r, cy - r, x + r, cy + r), fill=(70, 70, 70))
    return img


# --------------------------------------------------------------- scanner
def scan(img, rng, dpi_render, target_dpi=None, angle=None, gray=True, bw=False, noise=None, quality=None, shadow_edge=True):
    """Returns (PIL image, 3x3 matrix mapping rendered-pixel coords -> output pixel coords)."""
    target_dpi = target_dpi or rng.choice([150, 200, 200, 240, 300])
    angle = angle if angle is not None else rng.uniform(-1.6, 1.6)
    a = np.array(img.convert("RGB"), dtype=np.float32)
    h, w = a.shape[:2]
    # paper tone and slight uneven exposure
    tone = np.array([rng.uniform(238, 252), rng.uniform(236, 250), rng.uniform(228, 246)], dtype=np.float32) / 255
    a = a * tone
    # rotate about centre (paper placed crooked on the glass), background = scanner lid grey-white
    M = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    fill = rng.uniform(200, 245)
    a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(fill, fill, fill))
    R = np.vstack([M, [0, 0, 1]])
    if shadow_edge and rng.random() < .6:
        edge = rng.choice(["top", "left", "right"])
        k = int(min(h, w) * rng.uniform(0.006, 0.02))
        if edge == "top": a[:k] *= np.linspace(0.3, 1, k)[:, None, None]
        elif edge == "left": a[:, :k] *= np.linspace(0.3, 1, k)[None, :, None]
        else: a[:, -k:] *= np.linspace(1, 0.3, k)[None, :, None]
    # optics
    a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.5, 1.1))
    sig = noise if noise is not None else rng.uniform(2.5, 7)
    a = a + np.random.default_rng(rng.randint(0, 10**6)).normal(0, sig, a.shape).astype(np.float32)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    # resolution
    f = target_dpi / dpi_render
    nw, nh = int(w * f), int(h * f)
    out = out.resize((nw, nh), Image.LANCZOS if rng.random() < .5 else Image.BILINEAR)
    S = np.array([[f, 0, 0], [0, f, 0], [0, 0, 1]], dtype=float)
    if bw:
        g = out.convert("L")
        g = ImageEnhance.Contrast(g).enhance(1.5)
        out = g.point(lambda v: 255 if v > rng.uniform(150, 175) else 0).convert("1")
    elif gray:
        out = ImageEnhance.Contrast(out.convert("L")).enhance(rng.uniform(1.05, 1.3))
    return out, S @ R, target_dpi


def jpeg_bytes(img, quality, subsampling=2):
    b = io.BytesIO()
    img.save(b, "JPEG", quality=quality, subsampling=subsampling, optimize=False)
    return b.getvalue()


def save_scan(imgs, path, rng, kind, dpi, quality=None, creator=None, when=None):
    """kind: jpeg | png | pdf_pillow | pdf_rl (scanner software building a PDF around JPEG pages)."""
    quality = quality or rng.randint(55, 85)
    if kind == "jpeg":
        imgs[0].convert("RGB" if imgs[0].mode != "L" else "L").save(path, "JPEG", quality=quality, dpi=(dpi, dpi))
    elif kind == "png":
        imgs[0].save(path, "PNG", dpi=(dpi, dpi))
    elif kind == "pdf_pillow":
        conv = [im if im.mode in ("1", "L", "RGB") else im.convert("RGB") for im in imgs]
        if conv[0].mode != "1":
            # Pillow writes JPEG (DCTDecode) streams for L/RGB
            conv = [Image.open(io.BytesIO(jpeg_bytes(im, quality))) for im in conv]
        conv[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=conv[1:], title="Scan", creator=creator or "Scan",
                     producer=creator or "Scan", creationDate=when.timetuple() if when else None, modDate=when.timetuple() if when else None)
    else:
        from reportlab.pdfgen import canvas
        from reportlab.lib.utils import ImageReader
        if when:
            os.environ["SOURCE_DATE_EPOCH"] = str(int(when.replace(tzinfo=dt.timezone.utc).timestamp()))
        c = canvas.Canvas(path)
        if creator: c.setCreator(creator)
        c.setProducer(creator or "ScanPDF")
        for im in imgs:
            wpt, hpt = im.size[0] * 72 / dpi, im.size[1] * 72 / dpi
            c.setPageSize((wpt, hpt))
            data = jpeg_bytes(im if im.mode in ("L", "RGB") else im.convert("L"), quality)
            c.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=wpt, height=hpt)
            c.showPage()
        c.save()
        os.environ.pop("SOURCE_DATE_EPOCH", None)


# --------------------------------------------------------------- phone camera
def desk_background(rng, w, h):
    kind = rng.choice(["wood", "table", "fabric", "dark"])
    g = np.random.default_rng(rng.randint(0, 10**6))
    if kind == "wood":
        base = np.array([rng.uniform(120, 160), rng.uniform(80, 110), rng.uniform(45, 70)])
        y = np.arange(h)[:, None]
        stripes = (np.sin(y / rng.uniform(6, 14) + g.normal(0, .6, (h, 1))) * 12)
        a = base[None, None, :] + stripes[..., None] + g.normal(0, 6, (h, w, 1))
    elif kind == "table":
        base = np.array([rng.uniform(200, 235)] * 3) - np.array([0, 5, 12])
        a = base[None, None, :] + g.normal(0, 4, (h, w, 1))
    elif kind == "fabric":
        base = np.array([rng.uniform(40, 90), rng.uniform(60, 100), rng.uniform(90, 140)])
        a = base[None, None, :] + g.normal(0, 10, (h, w, 3))
    else:
        a = np.array([45, 45, 50])[None, None, :] + g.normal(0, 5, (h, w, 1))
    return np.clip(a, 0, 255).astype(np.float32) * np.ones((1, 1, 3), dtype=np.float32)


def photo(img, rng, out_long=None, quality=None):
    """Phone photo of a page on a desk: perspective, uneven light, blur, noise.
    Returns (PIL image RGB, 3x3 homography rendered-pixel -> output pixel)."""
    a = np.array(img.convert("RGB"), dtype=np.float32) * np.array([rng.uniform(.93, 1), rng.uniform(.92, .99), rng.uniform(.85, .95)], dtype=np.float32)
    h, w = a.shape[:2]
    W, H = int(w * rng.uniform(1.12, 1.3)), int(h * rng.uniform(1.08, 1.22))
    bg = desk_background(rng, W, H)
    mx, my = (W - w) / 2, (H - h) / 2
    j = lambda s: rng.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[mx + j(w * .06), my + j(h * .04)], [mx + w + j(w * .06), my + j(h * .04)],
                      [mx + w + j(w * .05), my + h + j(h * .03)], [mx + j(w * .05), my + h + j(h * .03)]])
    # keep some perspective convergence (phone held above, tilted)
    tilt = rng.uniform(0, w * 0.07)
    dst[0][0] += tilt; dst[1][0] -= tilt
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (W, H))
    mask = cv2.GaussianBlur(mask, (0, 0), 1.2)[..., None]
    comp = warped * mask + bg * (1 - mask)
    # soft drop shadow of the paper on the desk
    # lighting: directional gradient + vignette + a hand/phone shadow blob
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 1 + rng.uniform(0.08, 0.25) * ((xx / W - .5) * math.cos(ang) + (yy / H - .5) * math.sin(ang))
    vig = 1 - rng.uniform(0.15, 0.35) * (((xx / W - .5) ** 2 + (yy / H - .5) ** 2) * 2)
    light = grad * vig
    if rng.random() < .7:
        cx, cy = rng.uniform(.2, .8) * W, rng.uniform(.5, 1.0) * H
        rr = rng.uniform(.2, .4) * W
        blob = np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * rr ** 2)))
        light = light * (1 - rng.uniform(0.15, 0.35) * blob)
    comp = comp * light[..., None]
    # warm/cool colour cast
    comp = comp * np.array([rng.uniform(.97, 1.05), 1, rng.uniform(.88, 1.02)], dtype=np.float32)
    comp = cv2.GaussianBlur(comp, (0, 0), rng.uniform(0.7, 1.6))
    if rng.random() < .3:  # slight motion blur
        k = rng.randint(3, 6)
        ker = np.zeros((k, k), np.float32); ker[k // 2, :] = 1 / k
        comp = cv2.filter2D(comp, -1, ker)
    comp = comp + np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 8), comp.shape).astype(np.float32)
    comp = np.clip(comp, 0, 255).astype(np.uint8)
    out = Image.fromarray(comp)
    out_long = out_long or rng.choice([1600, 1280, 2048, 1600])
    f = out_long / max(W, H)
    out = out.resize((int(W * f), int(H * f)), Image.BILINEAR)
    S = np.array([[f, 0, 0], [0, f, 0], [0, 0, 1]], dtype=float)
    return out, S @ Hm


def phone_exif(rng, when):
    ex = Image.Exif()
    make, model = rng.choice([("samsung", "SM-A546B"), ("Xiaomi", "23021RAAEG"), ("Apple", "iPhone 13"), ("OPPO", "CPH2437"), ("motorola", "moto g54 5G")])
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0131] = model if make == "Apple" else "MediaTek Camera" if make in ("OPPO", "motorola") else "A546BXXS5AWL1"
    ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    return ex


def map_points(M, pts):
    """Apply 3x3 matrix (affine or homography) to list of (x, y)."""
    P = np.hstack([np.array(pts, dtype=float), np.ones((len(pts), 1))]) @ M.T
    return [(x / z, y / z) for x, y, z in P]
