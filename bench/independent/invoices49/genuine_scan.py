"""Genuine scans (old office scanner) and phone photos (shop counter, WhatsApp forward).
Field positions are tracked through every geometric step so edits.py can tamper with the final image."""
import os, random, io
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance
import cv2
from common import *
from genuine_pdf import draw_rl

FONT = lambda s: ImageFont.truetype(DEJAVU, s)
FONTB = lambda s: ImageFont.truetype(DEJAVU_B, s)


def render_pdf(path, dpi, page=0):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    img = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    n = len(pdf); pdf.close()
    return img, n


def pos_to_px(p, dpi, H_pt, text_w_pt=None):
    """Bounding box (x0,y0,x1,y1) in pixels for a reportlab text position."""
    s = dpi / 72
    w = text_w_pt or (len(p["text"]) * p["size"] * 0.58)
    x0 = p["x"] - w if p.get("align") == "right" else p["x"]
    y_base = H_pt - p["y"]
    return [x0 * s - 2, (y_base - p["size"]) * s - 2, (x0 + w) * s + 3, (y_base + p["size"] * 0.3) * s + 2]


def draw_stamp(img, box, text, rng, color=(40, 70, 160), place="DUBAI - U.A.E."):
    """Rubber stamp + signature scribble, drawn on the paper before capture."""
    ov = Image.new("RGBA", img.size, (0, 0, 0, 0)); d = ImageDraw.Draw(ov)
    x0, y0, x1, y1 = box
    c = color + (170,)
    d.ellipse(box, outline=c, width=4); d.ellipse([x0 + 12, y0 + 12, x1 - 12, y1 - 12], outline=c, width=2)
    f = FONTB(int((y1 - y0) / 9))
    tw = d.textlength(text[:26], font=f)
    d.text(((x0 + x1 - tw) / 2, (y0 + y1) / 2 - (y1 - y0) / 9), text[:26], font=f, fill=c)
    d.text(((x0 + x1) / 2 - 40, (y0 + y1) / 2 + 6), place, font=FONT(int((y1 - y0) / 12)), fill=c)
    pts = [(x0 + 20 + k * 9, y1 - 10 + rng.randint(-25, 25)) for k in range(int((x1 - x0) / 9))]
    d.line(pts, fill=(20, 20, 60, 220), width=3)
    ov = ov.rotate(rng.uniform(-12, 12), center=((x0 + x1) / 2, (y0 + y1) / 2))
    img.paste(ov, (0, 0), ov)
    return img


def cash_memo(doc, rng, dpi=150):
    """A Deira wholesaler's printed cash-memo book page filled in by hand-ish type."""
    s = dpi / 72
    W, H = int(420 * s), int(595 * s)  # A5
    img = Image.new("RGB", (W, H), (250, 247, 236)); d = ImageDraw.Draw(img)
    pos = {}
    red = (170, 30, 40)
    d.text((int(20 * s), int(18 * s)), doc["supplier"], font=FONTB(int(15 * s)), fill=red)
    d.text((int(20 * s), int(40 * s)), "Shop 14, Naif Road, Deira - Dubai  Tel 04-2XX XXXX", font=FONT(int(8 * s)), fill=red)
    d.text((int(20 * s), int(52 * s)), f"TRN {doc['supplier_tax']}", font=FONT(int(8 * s)), fill=red)
    d.rectangle([int(150 * s), int(66 * s), int(270 * s), int(84 * s)], outline=red, width=2)
    d.text((int(160 * s), int(68 * s)), "CASH MEMO", font=FONTB(int(12 * s)), fill=red)
    blue = (25, 35, 120)
    d.text((int(20 * s), int(95 * s)), "No.", font=FONT(int(9 * s)), fill=red)
    d.text((int(45 * s), int(93 * s)), doc["number"][-5:], font=FONTB(int(11 * s)), fill=(200, 40, 40))
    d.text((int(280 * s), int(95 * s)), "Date:", font=FONT(int(9 * s)), fill=red)
    ds = dstr(doc)
    d.text((int(312 * s), int(93 * s)), ds, font=FONT(int(10 * s)), fill=blue)
    pos["date"] = [int(310 * s), int(91 * s), int(312 * s + d.textlength(ds, font=FONT(int(10 * s))) + 4), int(107 * s)]
    d.text((int(20 * s), int(115 * s)), "M/s.", font=FONT(int(9 * s)), fill=red)
    d.line([int(45 * s), int(127 * s), int(400 * s), int(127 * s)], fill=red)
    d.text((int(50 * s), int(113 * s)), doc["buyer"], font=FONT(int(10 * s)), fill=blue)
    pos["buyer"] = [int(48 * s), int(111 * s), int(50 * s + d.textlength(doc["buyer"], font=FONT(int(10 * s))) + 4), int(126 * s)]
    y = 140 * s
    cols = [20, 45, 250, 300, 350, 400]
    d.rectangle([int(20 * s), int(y), int(400 * s), int(480 * s)], outline=red)
    for cx in cols[1:-1]: d.line([int(cx * s), int(y), int(cx * s), int(480 * s)], fill=red)
    for k, h in enumerate(["S.No", "Particulars", "Qty", "Rate", "Amount"]):
        d.text((int((cols[k] + 3) * s), int(y + 3 * s)), h, font=FONT(int(8 * s)), fill=red)
    d.line([int(20 * s), int(y + 15 * s), int(400 * s), int(y + 15 * s)], fill=red)
    y += 20 * s
    pos["qty"] = []
    for i, it in enumerate(doc["items"]):
        f = FONT(int(9 * s))
        d.text((int(24 * s), int(y)), str(i + 1), font=f, fill=blue)
        d.text((int(48 * s), int(y)), it["desc"][:30], font=f, fill=blue)
        qs = str(it["qty"]); d.text((int(255 * s), int(y)), qs, font=f, fill=blue)
        pos["qty"].append([int(253 * s), int(y - 2), int(255 * s + d.textlength(qs, font=f) + 3), int(y + 12 * s)])
        d.text((int(303 * s), int(y)), num(doc, it["price"]), font=f, fill=blue)
        d.text((int(353 * s), int(y)), num(doc, it["amount"]), font=f, fill=blue)
        y += 18 * s
    yb = 485 * s
    lines = [("VAT 5%", doc["tax"])] if doc["rate"] else []
    for lab, a in lines:
        d.text((int(250 * s), int(yb)), lab, font=FONT(int(9 * s)), fill=red); d.text((int(353 * s), int(yb)), num(doc, a), font=FONT(int(9 * s)), fill=blue); yb += 16 * s
    d.text((int(250 * s), int(yb)), "TOTAL AED", font=FONTB(int(10 * s)), fill=red)
    ts = num(doc, doc["total"]); f = FONTB(int(11 * s))
    d.text((int(340 * s), int(yb - 1)), ts, font=f, fill=blue)
    pos["total"] = [int(338 * s), int(yb - 3), int(340 * s + d.textlength(ts, font=f) + 4), int(yb + 15 * s)]
    d.text((int(20 * s), int(560 * s)), "Goods once sold will not be taken back or exchanged.", font=FONT(int(7 * s)), fill=red)
    return img, pos


# ---------------------------------------------------------------- capture models
def transform_boxes(pos, M):
    out = {}
    for k, v in pos.items():
        if k == "qty": out[k] = [transform_boxes({"b": b}, M)["b"] for b in v]; continue
        x0, y0, x1, y1 = v
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], dtype=float)
        if M.shape == (3, 3):
            tp = pts @ M.T; tp = tp[:, :2] / tp[:, 2:3]
        else:
            tp = pts @ M.T
        out[k] = [float(tp[:, 0].min()), float(tp[:, 1].min()), float(tp[:, 0].max()), float(tp[:, 1].max())]
    return out


def scan(img, pos, rng, gray=True):
    ang = rng.uniform(-1.8, 1.8)
    w, h = img.size
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    a = cv2.warpAffine(np.array(img), M, (w, h), borderValue=(235, 235, 235))
    pos = transform_boxes(pos, M)
    if gray:
        a = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
        a = cv2.cvtColor(a, cv2.COLOR_GRAY2RGB)
    a = a.astype(np.float32)
    a = a * rng.uniform(0.85, 0.97) + rng.uniform(5, 20)
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(4, 10), a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    f = rng.uniform(0.7, 0.95)
    out = out.resize((int(w * f), int(h * f)), Image.BILINEAR)
    pos = {k: ([[c * f for c in b] for b in v] if k == "qty" else [c * f for c in v]) for k, v in pos.items()}
    return out, pos


def photo(img, pos, rng):
    w, h = img.size
    bgw, bgh = int(w * 1.25), int(h * 1.2)
    bg = np.zeros((bgh, bgw, 3), np.float32)
    base = np.array(rng.choice([(120, 90, 60), (70, 70, 75), (160, 150, 130), (90, 60, 40)]), np.float32)
    bg[:] = base
    bg += np.random.default_rng(rng.randint(0, 999)).normal(0, 8, bg.shape)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(0.02, 0.09)
    dst = np.float32([[bgw * j(), bgh * j()], [bgw * (1 - j()), bgh * j()], [bgw * (1 - j()), bgh * (1 - j())], [bgw * j(), bgh * (1 - j())]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.array(img), M, (bgw, bgh))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (bgw, bgh))
    comp = np.where(mask[..., None] > 0, warped.astype(np.float32), bg)
    # uneven light: radial gradient + a shadow band
    yy, xx = np.mgrid[0:bgh, 0:bgw]
    cx, cy = bgw * rng.uniform(0.2, 0.8), bgh * rng.uniform(0.1, 0.6)
    g = 1.15 - 0.45 * np.sqrt(((xx - cx) / bgw) ** 2 + ((yy - cy) / bgh) ** 2)
    if rng.random() < 0.6:
        g *= np.where(xx > bgw * rng.uniform(0.55, 0.85), 0.78, 1.0)
    comp = comp * g[..., None] * np.array([1.0, 0.97, 0.9])
    out = Image.fromarray(np.clip(comp, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    return out, transform_boxes(pos, M)


def save_img(img, path, quality):
    if path.endswith(".png"): img.save(path)
    elif path.endswith(".pdf"): img.save(path, "PDF", resolution=150)
    else: img.save(path, "JPEG", quality=quality)


PLAN_SCAN = [("ae", ".jpg"), ("ae", ".pdf"), ("in", ".jpg"), ("sa", ".png"), ("pk", ".pdf"), ("eg", ".jpg"),
             ("de", ".pdf"), ("cn", ".jpg"), ("uk", ".png"), ("fr", ".jpg"), ("in", ".pdf"), ("es", ".jpg"),
             ("nl", ".jpg"), ("ae", ".jpg")]
PLAN_PHOTO = [("memo", ".jpg"), ("memo", ".jpg"), ("memo", ".jpg"), ("memo", ".jpg"), ("ae", ".jpg"),
              ("in", ".jpg"), ("sa", ".jpg"), ("cnvat", ".jpg")]
ERR_SCAN = {3}
ERR_PHOTO = {2}


def source_page(doc, base, rng, dpi):
    """Render a clean printed page; returns (img, pos_px, clean_pdf, pages)."""
    src = os.path.join(WORK, base + "_src.pdf")
    pages, pos = draw_rl(doc, src, "ttf", rng)
    img, n = render_pdf(src, dpi)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    H_pt = 841.89 if doc["region"] != "us" else 792
    pp = {}
    for k in ("date", "buyer", "total"):
        p = pos[k]
        if p["page"] == 0:
            pp[k] = pos_to_px(p, dpi, H_pt, stringWidth(p["text"], p["font"], p["size"]))
    pp["qty"] = [pos_to_px(p, dpi, H_pt, stringWidth(p["text"], p["font"], p["size"])) for p in pos["qty"] if p["page"] == 0]
    return img, pp, src, pages


def run():
    rng = random.Random(4904)
    np.random.seed(4904)
    recs = []
    for i, (reg, ext) in enumerate(PLAN_SCAN):
        dt = "invoice" if reg in ("pk", "eg", "cn") else "tax_invoice"
        doc = make_doc(rng, reg, dt, n_items=rng.randint(2, 6), arith_error=i in ERR_SCAN)
        base = f"scan_{i:02d}_{reg}"
        dpi = rng.choice([150, 200])
        img, pp, src, pages = source_page(doc, base, rng, dpi)
        stamp = None
        if i % 3 != 2:  # most scanned invoices are stamped and signed on paper
            w, h = img.size
            stamp = [int(w * 0.08), int(h * 0.74), int(w * 0.08) + int(dpi * 1.8), int(h * 0.74) + int(dpi * 1.3)]
            img = draw_stamp(img, stamp, doc["supplier"].upper(), rng, place=doc["supplier_addr"].split(",")[-1].strip().upper())
            pp["stamp"] = stamp
        out, op = scan(img, pp, rng, gray=rng.random() < 0.6)
        imgs = [out]
        if ext == ".pdf" and pages > 1:
            for pg in range(1, pages):
                im2, _ = render_pdf(src, dpi, pg); o2, _ = scan(im2, {}, rng); imgs.append(o2)
        name = base + ext; path = os.path.join(FILES, name)
        if ext == ".pdf" and len(imgs) > 1: imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])
        else: save_img(out, path, rng.randint(45, 80))
        out.save(os.path.join(WORK, base + "_clean.png"))  # pre-compression copy for edits
        save_meta(name, doc, dict(producer="office_scanner", img_pos=op, has_stamp=stamp is not None, src_pdf=src, dpi=dpi))
        recs.append(label_for(doc, name, "office_scanner", len(imgs) if ext == ".pdf" else 1))
    for i, (kind, ext) in enumerate(PLAN_PHOTO):
        if kind == "memo":
            doc = make_doc(rng, "ae", "receipt", n_items=rng.randint(2, 6), arith_error=i in ERR_PHOTO)
            doc["supplier"] = rng.choice(["Al Ras Star Wholesale Trading", "Naif Golden Gift Items Tr.", "Murshid Bazar Plastic Tr. LLC",
                                          "Baniyas Square Textile Tr."])
            base = f"photo_memo_{i:02d}"
            img, pp = cash_memo(doc, rng); pages = 1; src = None
            prod = "phone_photo_cashmemo"
        else:
            doc = make_doc(rng, kind, "tax_invoice", n_items=rng.randint(2, 5))
            base = f"photo_{i:02d}_{kind}"
            img, pp, src, pages = source_page(doc, base, rng, 130)
            prod = "phone_photo"
        out, op = photo(img, pp, rng)
        name = base + ext
        wa = i % 2 == 1  # WhatsApp forward: downscaled, recompressed hard
        if wa:
            f = 1280 / max(out.size); out = out.resize((int(out.size[0] * f), int(out.size[1] * f)), Image.LANCZOS)
            op = {k: ([[c * f for c in b] for b in v] if k == "qty" else [c * f for c in v]) for k, v in op.items()}
            prod += "_whatsapp"
        out.save(os.path.join(FILES, name), "JPEG", quality=55 if wa else 82)
        out.save(os.path.join(WORK, base + "_clean.png"))
        save_meta(name, doc, dict(producer=prod, img_pos=op, has_stamp=False, src_pdf=src))
        recs.append(label_for(doc, name, prod, 1))
    return recs


if __name__ == "__main__":
    r = run(); print(len(r))
