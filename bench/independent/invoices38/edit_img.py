"""Image-level edits on scans, phone photos and receipt-app captures: retype over a filled box, paste a patch
(from a clean re-render or from another document image), clone glyphs from elsewhere in the same image."""
import io, os
import numpy as np
import cv2
import pikepdf
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import scanlib as S
from common import DEJAVU, DEJAVU_B, DEJAVU_MONO, FILES, load_meta, wqy_ttf
from edit_tools import EditFailed

MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


# ------------------------------------------------------------------ load / save the image inside a file
def load_file_images(path):
    if path.lower().endswith(".pdf"):
        pdf = pikepdf.open(path)
        out = []
        for pg in pdf.pages:
            (name, raw), = list(pg.images.items())[:1]
            out.append(pikepdf.PdfImage(raw).as_pil_image())
        return out
    return [Image.open(path)]


def save_file_images(images, path, like, quality=None, r=None):
    """Save back in the same container; JPEGs get a second compression, PDFs are re-wrapped by Pillow."""
    q = quality or (r.randint(72, 93) if r else 85)
    if path.lower().endswith(".pdf"):
        S.images_to_pdf(images, path, dpi=150, quality=q, producer=None)
    elif path.lower().endswith((".jpg", ".jpeg")):
        im = images[0]
        if im.mode in ("1", "P"):
            im = im.convert("L")
        im.save(path, "JPEG", quality=q)
    else:
        images[0].save(path, "PNG")


def _as_array(im):
    mode = im.mode
    a = np.asarray(im.convert("L" if mode in ("1", "L") else "RGB")).copy()
    return a, mode


def _from_array(a, mode):
    im = Image.fromarray(a)
    if mode == "1":
        return im.point(lambda v: 255 if v > 127 else 0).convert("1")
    return im


# ------------------------------------------------------------------ geometry: where did a printed string land?
def target_quads(meta, needle, page=0, which="all", near_y=None):
    src, dpi, M = meta["src_pdf"], meta["cap"]["dpi"], np.array(meta["mats"][page])
    hits, (pw, ph) = S.find_text(src, needle, page)
    if not hits:
        raise EditFailed(f"{needle!r} not in source")
    if near_y is not None:
        hits = sorted(hits, key=lambda h: abs(h["origin"][1] - near_y))[:1]
    elif which == "first":
        hits = hits[:1]
    elif which == "last":
        hits = hits[-1:]
    elif isinstance(which, int):
        hits = [hits[which]]
    out = []
    for h in hits:
        px = S.pt_to_px(h["box"], ph, dpi)
        out.append(dict(hit=h, quad=S.map_box(M, px), px=px, ph=ph))
    return out


def _bbox(quad, pad=0, shape=None):
    x0, y0 = quad.min(axis=0) - pad
    x1, y1 = quad.max(axis=0) + pad
    x0, y0, x1, y1 = int(np.floor(x0)), int(np.floor(y0)), int(np.ceil(x1)), int(np.ceil(y1))
    if shape is not None:
        H, W = shape[:2]
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(W, x1), min(H, y1)
    return x0, y0, x1, y1


def _bg_colour(a, box, ring=4):
    x0, y0, x1, y1 = box
    H, W = a.shape[:2]
    X0, Y0, X1, Y1 = max(0, x0 - ring), max(0, y0 - ring), min(W, x1 + ring), min(H, y1 + ring)
    parts = [a[Y0:y0, X0:X1], a[y1:Y1, X0:X1], a[y0:y1, X0:x0], a[y0:y1, x1:X1]]
    flat = np.concatenate([p.reshape(-1, a.shape[2] if a.ndim == 3 else 1) for p in parts if p.size])
    return np.median(flat, axis=0)


def _angle(quad):
    (x0, y0), (x1, y1) = quad[0], quad[1]
    return np.degrees(np.arctan2(y1 - y0, x1 - x0))


# ------------------------------------------------------------------ retype
def retype(im, tq, new_text, bold=False, align="left", match_angle=False, font_path=None, r=None, ink=None):
    a, mode = _as_array(im)
    quad = tq["quad"]
    h = np.linalg.norm(quad[3] - quad[0])
    box = _bbox(quad, pad=max(2, h * 0.18), shape=a.shape)
    bg = _bg_colour(a, box)
    x0, y0, x1, y1 = box
    a[y0:y1, x0:x1] = bg.astype(a.dtype) if a.ndim == 2 else bg.astype(a.dtype)[None, None, :]
    fp = font_path or (DEJAVU_B if bold else DEJAVU)
    if any(ord(c) > 0x2E80 for c in new_text):
        fp = wqy_ttf()
    # font size from the height of digits/capitals above the baseline, converted to image pixels
    hit = tq["hit"]
    caps = [c for c in hit["chars"] if c["ch"].isdigit() or (c["ch"].isupper() and c["ch"].isascii())]
    box_h_pt = max(hit["box"][3] - hit["box"][1], 0.1)
    px_per_pt = h / box_h_pt
    if caps:
        cap_pt = max(c["box"][3] for c in caps) - hit["origin"][1]
        size = max(6, int(round(cap_pt / 0.73 * px_per_pt)))
    else:
        size = max(6, int(round(h / 0.93)))
    font = ImageFont.truetype(fp, size)
    tw = font.getlength(new_text)
    asc = font.getmetrics()[0]
    base_y = quad[3][1] + (quad[2][1] - quad[3][1]) / 2
    if ink is None:
        ink = 25 if a.ndim == 2 else (30, 30, 34)
    layer = Image.new("L", (int(tw) + 8, size + 8), 0)
    ImageDraw.Draw(layer).text((4, 4), new_text, font=font, fill=255)
    if match_angle:
        layer = layer.rotate(-_angle(quad), resample=Image.BICUBIC, expand=True)
    tx = (quad[1][0] if align == "right" else quad[0][0])
    px = int(tx - (layer.size[0] - 4) if align == "right" else tx - 4)
    py = int(base_y - asc - 4)
    base = _from_array(a, "L" if a.ndim == 2 else "RGB")
    colour = Image.new(base.mode, layer.size, ink if a.ndim == 2 else tuple(int(c) for c in ink))
    layer = layer.filter(ImageFilter.GaussianBlur(0.6))
    base.paste(colour, (px, py), layer)
    out = np.asarray(base)
    return _from_array(out, mode)


# ------------------------------------------------------------------ paste a patch
def paste_patch(im, tq, patch, r=None, blur=0.0):
    """Paste a patch so that it covers the target string's bounding box (no perspective/rotation matching)."""
    a, mode = _as_array(im)
    quad = tq["quad"]
    h = np.linalg.norm(quad[3] - quad[0])
    x0, y0, x1, y1 = _bbox(quad, pad=0, shape=a.shape)
    ph_ = patch.size[1]
    scale = (y1 - y0 + 2 * h * 0.35) / ph_
    p = patch.resize((max(1, int(patch.size[0] * scale)), max(1, int(ph_ * scale))), Image.BILINEAR)
    if blur:
        p = p.filter(ImageFilter.GaussianBlur(blur))
    p = p.convert("L" if a.ndim == 2 else "RGB")
    base = _from_array(a, "L" if a.ndim == 2 else "RGB")
    base.paste(p, (int(x0 - h * 0.35 if tq.get("align") != "right" else x1 + h * 0.35 - p.size[0]), int(y0 - h * 0.35)))
    return _from_array(np.asarray(base), mode)


def clean_patch(pdf_path, needle, dpi, page=0, pad_rel=0.35, which="all"):
    """Crop a string from a clean render of an (edited) PDF: what you'd get from a screenshot of the digital file."""
    hits, (pw, ph) = S.find_text(pdf_path, needle, page)
    if not hits:
        raise EditFailed(f"{needle!r} not in {pdf_path}")
    h = hits[0] if which != "last" else hits[-1]
    x0, y0, x1, y1 = S.pt_to_px(h["box"], ph, dpi)
    hh = y1 - y0
    img = S.render(pdf_path, dpi, pages=[page])[0]
    return img.crop((int(x0 - hh * pad_rel), int(y0 - hh * pad_rel), int(x1 + hh * pad_rel), int(y1 + hh * pad_rel)))


def crop_region(meta, file_img, needles, page=0, pad=6):
    """Crop from a captured image the area covering several printed strings (e.g. a whole address block)."""
    quads = []
    for nd in needles:
        quads += [t["quad"] for t in target_quads(meta, nd, page, "first")]
    allq = np.vstack(quads)
    x0, y0, x1, y1 = _bbox(allq, pad=pad)
    return file_img.crop((x0, y0, x1, y1)), (x0, y0, x1, y1)


def region_box(meta, needles, page=0, pad=6):
    quads = []
    for nd in needles:
        quads += [t["quad"] for t in target_quads(meta, nd, page, "first")]
    return _bbox(np.vstack(quads), pad=pad)


# ------------------------------------------------------------------ clone glyphs within an image
def clone_digit(im, meta, tq, pos, new_ch, page=0):
    """Replace the pos-th character of a located string by copying the same character glyph from elsewhere on the
    page (same size and weight if there is one, otherwise the nearest size, scaled to fit), dropped into place."""
    chars, (pw, ph) = S.char_boxes(meta["src_pdf"], page)
    tgt = tq["hit"]["chars"][pos]
    cands = [c for c in chars if c["ch"] == new_ch and c["box"][2] > c["box"][0] and c is not tgt]
    if not cands:
        raise EditFailed(f"no donor glyph {new_ch!r}")
    th = tgt["box"][3] - tgt["origin"][1]
    ty = tgt["origin"][1]

    def score(c):
        ch_ = c["box"][3] - c["origin"][1]
        exact = abs(c["size"] - tgt["size"]) < 0.3 and c["weight"] == tgt["weight"]
        return (0 if exact else 1, abs(ch_ - th) if not exact else 0,
                abs(c["origin"][1] - ty) + abs(c["origin"][0] - tgt["origin"][0]) * 0.2)
    d = sorted(cands, key=score)[0]
    dpi = meta["cap"]["dpi"]
    M = np.array(meta["mats"][page])

    def cell(c):
        ox, oy = c["origin"]
        fs = max(c["box"][3] - oy, 0.5) / 0.73
        adv = (c["box"][2] - ox) + 0.12 * fs
        return (ox - 0.06 * fs, oy - 0.2 * fs, ox + adv, oy + 0.95 * fs)
    tq_ = S.map_box(M, S.pt_to_px(cell(tgt), ph, dpi))
    dq_ = S.map_box(M, S.pt_to_px(cell(d), ph, dpi))
    a, mode = _as_array(im)
    tx0, ty0, tx1, ty1 = _bbox(tq_, shape=a.shape)
    dx0, dy0, dx1, dy1 = _bbox(dq_, shape=a.shape)
    patch = a[dy0:dy1, dx0:dx1]
    if patch.shape[:2] != (ty1 - ty0, tx1 - tx0):
        patch = cv2.resize(patch, (tx1 - tx0, ty1 - ty0), interpolation=cv2.INTER_LINEAR)
    a[ty0:ty1, tx0:tx1] = patch
    return _from_array(a, mode), d
