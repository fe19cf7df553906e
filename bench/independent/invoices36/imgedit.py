"""Image-level forgeries on scans and photos: paste newly typed text, clone glyphs inside the image."""
import io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from common import DEJAVU, DEJAVU_B, DEJAVU_COND, FONT_DIR
import capture as CP

NIMBUS = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"
NIMBUS_B = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf"


def rect_to_img(M, rect):
    """PDF rect (l,b,r,t) -> axis-aligned pixel box (x0,y0,x1,y1) and the mapped quad."""
    l, b, r, t = rect
    quad = CP.map_points(np.array(M), [(l, t), (r, t), (r, b), (l, b)])
    xs = [p[0] for p in quad]; ys = [p[1] for p in quad]
    return (min(xs), min(ys), max(xs), max(ys)), quad


def ring_median(a, box, pad=3):
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    h, w = a.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    parts = [a[max(0, y0 - pad):y0, x0:x1], a[y1:min(h, y1 + pad), x0:x1], a[y0:y1, max(0, x0 - pad):x0], a[y0:y1, x1:min(w, x1 + pad)]]
    ring = np.concatenate([p.reshape(-1, a.shape[2]) if a.ndim == 3 else p.reshape(-1) for p in parts])
    return np.median(ring, axis=0)


def paste_text(img, M, occ, new_text, align="right", rng=None, font_hint=None, blur=0.6, pad_px=2):
    """Cover the occurrence with background colour and type new text (phone editor 'text' tool)."""
    mode = img.mode
    work = img.convert("RGB") if mode in ("1", "P") else img.copy()
    a = np.array(work)
    box, quad = rect_to_img(M, occ["rect"])
    tbox, _ = rect_to_img(M, occ["tight"])
    bg = ring_median(a if a.ndim == 3 else a[..., None], box)
    x0, y0, x1, y1 = box
    inside = a[int(y0):int(y1), int(x0):int(x1)]
    flat = inside.reshape(-1, a.shape[2]) if a.ndim == 3 else inside.reshape(-1)
    dark_bg = float(np.mean(np.atleast_1d(bg))) < 128
    ink = np.percentile(flat, 97 if dark_bg else 3, axis=0) if inside.size else 0
    bold = occ.get("weight", 400) >= 600 or "Bold" in occ.get("font", "")
    fpath = font_hint or (NIMBUS_B if bold else NIMBUS)
    if any(ord(ch) > 0x2e80 for ch in new_text):
        fpath = f"{FONT_DIR}/wqy/wqy-microhei.ttc"
    cap_h = tbox[3] - tbox[1]  # digit height in px ~ cap height
    size = max(6, int(round(cap_h / 0.72)))
    font = ImageFont.truetype(fpath, size)
    d = ImageDraw.Draw(work)
    fill_bg = tuple(int(v) for v in np.atleast_1d(bg))
    fill_ink = tuple(int(v) for v in np.atleast_1d(ink))
    if work.mode == "L":
        fill_bg, fill_ink = fill_bg[0], fill_ink[0]
    tw = font.getlength(new_text)
    ow = x1 - x0
    cover = (x0 - pad_px - (max(0, tw - ow) if align == "right" else 0), y0 - pad_px, x1 + pad_px + (max(0, tw - ow) if align != "right" else 0), y1 + pad_px)
    d.rectangle(cover, fill=fill_bg)
    baseline = tbox[3]
    x = (x1 - tw) if align == "right" else x0
    d.text((x, baseline), new_text, font=font, fill=fill_ink, anchor="ls")
    if blur:
        region = tuple(int(v) for v in cover)
        crop = work.crop(region).filter(ImageFilter.GaussianBlur(blur))
        work.paste(crop, region[:2])
    if mode == "1":
        work = work.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1")
    elif mode == "L" and work.mode != "L":
        work = work.convert("L")
    return work, cover


def clone_glyphs(img, M, occ, new_text, donors):
    """Change characters of occ (same length string) by copying donor glyph images from elsewhere in the page.
    donors: list of (char, tight_rect_pdf) candidates. Returns image and list of (src_box, dst_box)."""
    old = "".join(c for c, _ in occ["chars"])
    assert len(old) == len(new_text)
    work = img.copy()
    moves = []
    for k, (oc, nc) in enumerate(zip(old, new_text)):
        if oc == nc:
            continue
        tgt_rect = occ["chars"][k][1]
        th = tgt_rect[3] - tgt_rect[1]
        # prefer a donor inside the same string, then same height
        cands = [(i, r) for i, (c, r) in enumerate(occ["chars"]) if c == nc]
        if cands:
            src_rect = cands[0][1]
        else:
            a0 = np.array(img.convert("RGB"), dtype=float)
            tb_, _ = rect_to_img(M, tgt_rect)
            tbg = ring_median(a0, tb_)
            best = None
            for c, r, sz in donors:
                if c != nc or r[3] <= r[1]:
                    continue
                dh = abs((r[3] - r[1]) - th)
                if dh > 0.12 * th:
                    continue
                db_, _ = rect_to_img(M, r)
                dbg = ring_median(a0, db_)
                dc = float(np.abs(dbg - tbg).sum())
                if dc > 45:
                    continue
                dy = abs(r[1] - tgt_rect[1])
                score = dh * 10 + dy * 0.01 + dc
                if best is None or score < best[0]:
                    best = (score, r)
            if best is None:
                return None, None
            src_rect = best[1]
        # copy a slightly padded cell around the donor glyph, aligned on the baseline/left edge
        pad = 0.6
        sb, _ = rect_to_img(M, (src_rect[0] - pad, src_rect[1] - pad, src_rect[2] + pad, src_rect[3] + pad))
        db, _ = rect_to_img(M, (tgt_rect[0] - pad, tgt_rect[1] - pad, tgt_rect[2] + pad, tgt_rect[3] + pad))
        sb = tuple(int(round(v)) for v in sb)
        w_, h_ = sb[2] - sb[0], sb[3] - sb[1]
        # erase old glyph with neighbourhood background, then paste donor with bottom-left alignment
        a = np.array(work.convert("RGB") if work.mode == "1" else work)
        bg = ring_median(a if a.ndim == 3 else a[..., None], db)
        fill = tuple(int(v) for v in np.atleast_1d(bg)) if work.mode == "RGB" else int(np.atleast_1d(bg)[0])
        ImageDraw.Draw(work).rectangle(tuple(int(round(v)) for v in db), fill=fill if work.mode != "1" else 1)
        patch = work.crop(sb) if True else None
        cx = int(round(db[0]))
        cy = int(round(db[3])) - h_
        work.paste(img.crop(sb), (cx, cy))
        moves.append((sb, (cx, cy, cx + w_, cy + h_)))
    return work, moves


def recompress(img, path, quality, fmt="JPEG", exif=None):
    kw = dict(quality=quality) if fmt == "JPEG" else {}
    if exif is not None:
        kw["exif"] = exif
    (img.convert("RGB") if fmt == "JPEG" and img.mode not in ("L", "RGB") else img).save(path, fmt, **kw)
