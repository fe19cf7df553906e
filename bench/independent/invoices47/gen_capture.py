"""Scans through a shared MFP, phone photos on a warehouse counter, WhatsApp Web screenshots.
Each capture keeps a sidecar (_work/geom/<file>.json) with the source PDF and the pixel transform, so edits.py can find fields."""
import os, json, random, io
import numpy as np, cv2
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from specs import *
import gen_html, gen_pdflib

GEOM = os.path.join(WORK, "geom"); os.makedirs(GEOM, exist_ok=True)
SRC = os.path.join(WORK, "capsrc"); os.makedirs(SRC, exist_ok=True)

def render(pdf, dpi, page=0):
    d = pdfium.PdfDocument(pdf)
    im = d[page].render(scale=dpi / 72).to_pil().convert("RGB")
    return np.array(im)

def scan_degrade(arr, rng, gray=True, lowres=1.0):
    h, w = arr.shape[:2]
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[:, 2] += (rng.uniform(-12, 12), rng.uniform(-8, 14))
    out = cv2.warpAffine(arr, M, (w, h), borderValue=(235, 235, 232))
    out = out.astype(np.float32)
    out = (out - 128) * rng.uniform(1.0, 1.25) + 128 + rng.uniform(-12, 8)
    out += np.random.default_rng(rng.randint(0, 9999)).normal(0, rng.uniform(3, 9), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.3, 0.9))
    # toner specks
    g = np.random.default_rng(rng.randint(0, 9999))
    for _ in range(rng.randint(5, 40)):
        x, y = int(g.integers(0, w)), int(g.integers(0, h)); cv2.circle(out, (x, y), int(g.integers(1, 3)), (40, 40, 40), -1)
    if lowres != 1.0:
        out = cv2.resize(out, (int(w * lowres), int(h * lowres)), interpolation=cv2.INTER_AREA)
        M = np.vstack([M, [0, 0, 1]]); S = np.diag([lowres, lowres, 1]); M = (S @ M)[:2]
    if gray:
        out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    H = np.vstack([M, [0, 0, 1]])
    return out, H

def photo_degrade(arr, rng):
    h, w = arr.shape[:2]
    W, Hh = int(w * 1.35), int(h * 1.25)
    g = np.random.default_rng(rng.randint(0, 9999))
    base = np.array([rng.randint(120, 170), rng.randint(95, 130), rng.randint(60, 90)], np.float32)  # wooden/cardboard counter
    bg = np.ones((Hh, W, 3), np.float32) * base
    stripes = (np.sin(np.linspace(0, rng.uniform(20, 60), W))[None, :, None] * 10 + g.normal(0, 6, (Hh, W, 1)))
    bg = np.clip(bg + stripes, 0, 255).astype(np.uint8)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W - w) / 2, (Hh - h) / 2
    j = lambda s: rng.uniform(-s, s)
    dst = np.float32([[ox + j(60) + 30, oy + j(40)], [ox + w + j(60) - 20, oy + j(50) + 25], [ox + w + j(40), oy + h + j(40)], [ox + j(50), oy + h + j(30) - 10]])
    H = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(arr, H, (W, Hh))
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, H, (W, Hh))
    out = np.where(mask[..., None] > 0, warped, bg).astype(np.float32)
    # uneven light: a warm lamp from one corner + a soft shadow band (hand / phone)
    yy, xx = np.mgrid[0:Hh, 0:W]
    cx, cy = rng.uniform(0, W), rng.uniform(0, Hh * 0.5)
    light = 1.05 - 0.45 * np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(W, Hh)
    sx = rng.uniform(0.2, 0.8) * W
    shadow = 1 - 0.22 * np.exp(-((xx - sx - 0.3 * yy) ** 2) / (2 * (W * 0.08) ** 2))
    out = out * (light * shadow)[..., None] * np.array([1.0, 0.97, 0.9])
    out += g.normal(0, 5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (5, 5), rng.uniform(0.6, 1.3))
    return out, H

def whatsapp(arr, rng, doc):
    """screenshot of WhatsApp-Web-like chat with the image in a bubble (UI invented, generic colours)"""
    h, w = arr.shape[:2]
    SW, SH = 1920, 1080
    ui = Image.new("RGB", (SW, SH), (239, 234, 226))
    d = ImageDraw.Draw(ui)
    d.rectangle([0, 0, 420, SH], fill=(255, 255, 255)); d.rectangle([420, 0, SW, 58], fill=(240, 242, 245))
    f = ImageFont.truetype(FONT_SANS, 15); fs = ImageFont.truetype(FONT_SANS, 11)
    for k in range(7):
        d.ellipse([16, 80 + k * 72, 62, 126 + k * 72], fill=(200, 205, 210)); d.text((76, 86 + k * 72), f"Contato {k + 1}", fill=(20, 20, 20), font=f)
        d.text((76, 108 + k * 72), "[PDF] documento" if k == 2 else "ok, obrigado", fill=(110, 110, 110), font=fs)
    d.text((480, 18), doc["supplier"]["name"][:40], fill=(20, 20, 20), font=f)
    bh = SH - 110; s = bh / h; bw = int(w * s)
    bx, by = 480 + rng.randint(0, 300), 70
    d.rounded_rectangle([bx - 6, by - 6, bx + bw + 6, by + bh + 30], 8, fill=(217, 253, 211))
    small = Image.fromarray(arr).resize((bw, bh), Image.LANCZOS)
    ui.paste(small, (bx, by))
    d.text((bx + bw - 40, by + bh + 8), f"{rng.randint(8, 19)}:{rng.randint(10, 59)}", fill=(100, 110, 100), font=fs)
    out = np.array(ui)
    H = np.array([[s, 0, bx], [0, s, by], [0, 0, 1]], float)
    return out, H

def save_img(out, path, fmt, rng):
    im = Image.fromarray(out)
    if fmt == "jpg":
        im.save(path, "JPEG", quality=rng.randint(55, 85))
    elif fmt == "png":
        im.save(path, "PNG")
    elif fmt == "pdf":
        buf = io.BytesIO(); im.save(buf, "JPEG", quality=rng.randint(60, 85)); buf.seek(0)
        Image.open(buf).save(path, "PDF", resolution=150)

# (kind, profile, doc_type, renderer, fmt, ebc_change)
PLAN = [
 ("scan", "br_danfe", "tax_invoice", "html", "pdf", None), ("scan", "br_danfe", "tax_invoice", "html", "jpg", None), ("scan", "pt_fatura", "invoice", "html", "pdf", None),
 ("scan", "pt_fr", "receipt", "rl", "jpg", None), ("scan", "es_fact", "invoice", "rl", "png", None), ("scan", "mx_fact", "invoice", "html", "pdf", None),
 ("scan", "cn_ci", "invoice", "rl", "jpg", None), ("scan", "in_ci", "invoice", "html", "pdf", None), ("scan", "cn_vat", "tax_invoice", "html", "jpg", None),
 ("scan", "jp_sei", "invoice", "html", "pdf", None), ("scan", "de_re", "invoice", "rl", "jpg", None), ("scan", "it_fat", "invoice", "html", "png", None),
 ("scan", "pl_fak", "invoice", "rl", "pdf", None), ("scan", "us_fwd", "invoice", "rl", "jpg", None), ("scan", "br_nfse", "invoice", "html", "jpg", None),
 ("scan", "pt_fatura", "invoice", "rl", "pdf2", None), ("scan", "fr_fac", "invoice", "html", "jpg", None), ("scan", "nl_fac", "invoice", "rl", "png", None),
 ("photo", "br_danfe", "tax_invoice", "html", "jpg", None), ("photo", "pt_fr", "receipt", "html", "jpg", None), ("photo", "cn_ci", "invoice", "rl", "jpg", None),
 ("photo", "es_fact", "invoice", "html", "jpg", None), ("photo", "in_gst", "tax_invoice", "rl", "jpg", None), ("photo", "br_erp", "invoice", "html", "jpg", None),
 ("photo", "jp_sei2", "invoice", "html", "jpg", None), ("photo", "cn_vat", "tax_invoice", "html", "jpg", None),
 ("wa", "br_erp", "invoice", "html", "png", None), ("wa", "cn_ci", "proforma", "rl", "png", None), ("wa", "pt_fatura", "invoice", "html", "png", None),
 ("wa", "mx_fact", "invoice", "rl", "png", None),
 # edited before capture: data changed, then printed and scanned/photographed (no trace in the file itself)
 ("scan", "pt_fatura", "invoice", "html", "pdf", "buyer"), ("photo", "br_danfe", "tax_invoice", "html", "jpg", "date"),
 ("scan", "cn_ci", "invoice", "rl", "jpg", "total"), ("wa", "es_fact", "invoice", "html", "png", "quantity"),
]

def apply_ebc(doc, what, rng):
    if what == "buyer":
        doc["buyer"] = company(rng, doc["buyer"]["country"] if doc["buyer"]["country"] != "CN" else "CNZ")
    elif what == "date":
        doc["date"] = doc["date"] + datetime.timedelta(days=rng.choice([-40, -21, 15, 33]))
    elif what == "total":
        doc["total"] = q2(doc["total"] * D("0.62"))  # retyped total only: lines no longer add up
    elif what == "quantity":
        it = doc["items"][0]; it["qty"] = it["qty"] * 2  # quantity doubled, line total left as it was

def run(seed0=4000):
    recs = []
    for i, (kind, prof, dt, rend, fmt, ebc) in enumerate(PLAN):
        rng = random.Random(seed0 + i)
        err = "line" if i == 7 else None  # one scanned invoice with a deliberate line-total mistake
        doc = make_doc(seed0 + i, prof, dt, err=err, pages_hint=2 if fmt == "pdf2" else 1)
        if ebc: apply_ebc(doc, ebc, rng)
        src = os.path.join(SRC, f"c{i:02d}.pdf")
        if rend == "html":
            gen_html.weasy(gen_html.build_html(doc, rng.choice(["bling", "tiny", "phc", "primavera", "clean"])), src)
        else:
            gen_pdflib.rl_invoice(doc, src, rng.choice(["classic", "band", "ledger"]), True)
        npages = pdf_pages(src)
        ext = "pdf" if fmt.startswith("pdf") else fmt
        fn = f"{kind}{i:02d}_{doc['lang']}.{ext}"
        out_path = os.path.join(FILES, fn)
        geo = {"src": src, "kind": kind}
        if kind == "scan":
            dpi = rng.choice([150, 200]); gray = rng.random() < 0.6; lowres = rng.choice([1.0, 1.0, 0.75])
            if fmt == "pdf2" and npages > 1:
                ims = []
                for p in range(npages):
                    o, H = scan_degrade(render(src, dpi, p), rng, gray, lowres); ims.append(Image.fromarray(o))
                    if p == 0: H0 = H
                ims[0].save(out_path, "PDF", save_all=True, append_images=ims[1:], resolution=dpi * lowres); H = H0
            else:
                o, H = scan_degrade(render(src, dpi), rng, gray, lowres); save_img(o, out_path, fmt, rng)
            prod = f"scan_mfp_{'gray' if gray else 'color'}_{ext}"; geo.update(dpi=dpi)
        elif kind == "photo":
            dpi = 110; o, H = photo_degrade(render(src, dpi), rng); save_img(o, out_path, "jpg", rng); prod = "phone_photo_jpg"; geo.update(dpi=dpi)
        else:
            dpi = 130; o, H = whatsapp(render(src, dpi), rng, doc); save_img(o, out_path, "png", rng); prod = "whatsapp_web_screenshot"; geo.update(dpi=dpi)
        geo["H"] = np.asarray(H).tolist()
        json.dump(geo, open(os.path.join(GEOM, fn + ".json"), "w"))
        pages = npages if ext == "pdf" and fmt == "pdf2" else 1
        extra = hints(doc)
        if ebc:
            recs.append(label(fn, doc, prod, pages, genuine=False, edit_method="edited_before_capture", what_changed=[ebc], ebc=True, **extra))
        else:
            recs.append(label(fn, doc, prod, pages, **extra))
    return recs

if __name__ == "__main__":
    r = run(); save_part("capture", r); print(len(r))
