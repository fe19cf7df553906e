"""Genuine invoices that arrive as images: MFP scan-to-email (JPEG/PNG/PDF), phone photos,
and market traders' carbon-copy invoice-book pages drawn by hand (Pillow) and scanned."""
import os, random, io
import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance
import cv2
from common import *
import genuine_pdf, genuine_html

def render_pages(pdf_path, dpi=200):
    doc = pdfium.PdfDocument(pdf_path)
    return [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]

def degrade_scan(img, rng, gray=True, out_dpi=150, in_dpi=200):
    if gray: img = img.convert("L")
    w, h = img.size
    ang = rng.uniform(-1.6, 1.6)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    # slight toner/brightness variation, blur, noise
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(0.85, 1.15))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.9)))
    img = img.resize((int(w * out_dpi / in_dpi), int(h * out_dpi / in_dpi)), Image.LANCZOS)
    a = np.asarray(img).astype(np.float32)
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 9), a.shape)
    # faint dark edge from scanner lid
    a[:, :3] *= 0.6
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img

def phone_photo(img, rng):
    img = img.convert("RGB")
    w, h = img.size
    W, H = int(w * 1.25), int(h * 1.18)
    bgc = rng.choice([(120, 92, 64), (60, 62, 70), (170, 160, 150), (90, 110, 95)])
    bg = np.zeros((H, W, 3), np.uint8); bg[:] = bgc
    bg = (bg.astype(np.float32) + np.random.default_rng(rng.randint(0, 999)).normal(0, 6, bg.shape)).clip(0, 255).astype(np.uint8)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(60) + 40, oy + j(40)], [ox + w + j(60) - 30, oy + j(40) + 25], [ox + w + j(40), oy + h + j(40)], [ox + j(40), oy + h + j(30) - 10]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(img), M, (W, H), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    out = np.where(mask[..., None] > 0, page, bg).astype(np.float32)
    # uneven light: radial gradient + warm tint + shadow band
    yy, xx = np.mgrid[0:H, 0:W]
    cx, cy = W * rng.uniform(0.2, 0.8), H * rng.uniform(0.1, 0.5)
    light = 1.08 - 0.45 * (np.hypot(xx - cx, yy - cy) / np.hypot(W, H))
    if rng.random() < 0.6:
        light *= np.where(xx > W * rng.uniform(0.55, 0.8), 0.78, 1.0)
    out *= light[..., None]
    out[..., 2] *= 0.93
    out = cv2.GaussianBlur(out.clip(0, 255).astype(np.uint8), (3, 3), 0)
    img = Image.fromarray(out)
    return img.resize((int(W * 0.6), int(H * 0.6)), Image.BILINEAR)

def save_img(img, path, rng, quality=None):
    if path.endswith(".jpg"):
        img.save(path, "JPEG", quality=quality or rng.randint(55, 85))
    else:
        img.save(path, "PNG")

def save_pdf(imgs, path, dpi=150, rng=None):
    # MFPs usually JPEG-compress pages inside the PDF
    imgs2 = []
    for im in imgs:
        b = io.BytesIO(); im.save(b, "JPEG", quality=70); b.seek(0); imgs2.append(Image.open(b))
    imgs2[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs2[1:], title="Scan", author="MFP-Scan")

def scan_pdf(src_pdf, out, rng, kind):
    """kind: scan_jpg | scan_png | scan_pdf | photo_jpg. returns page count of output"""
    pages = render_pages(src_pdf)
    if kind == "photo_jpg":
        save_img(phone_photo(pages[0], rng), out, rng, quality=rng.randint(72, 90)); return 1
    gray = rng.random() < 0.7
    imgs = [degrade_scan(p, rng, gray=gray, out_dpi=rng.choice([150, 150, 120, 100])) for p in pages]
    if kind == "scan_pdf":
        save_pdf(imgs, out); return len(imgs)
    save_img(imgs[0], out, rng); return 1

# --------------------------------------------------------------- carbon copy book
TRADERS = [
    P("Marktkraam Wouters - Dirk Wouters", ["Vrijdagmarkt / Zondagmarkt Antwerpen", "Kloosterstraat 12, 2000 Antwerpen"], "BTW BE 0634.871.225", "BE"),
    P("Brocante & Vintage Mireille Hubert", ["Marché du Midi, Bruxelles", "Rue Haute 190, 1000 Bruxelles"], "TVA BE 0812.337.941", "BE"),
    P("Stoffen Yilmaz", ["Markt Hasselt - Zuivelmarkt", "Kempische Steenweg 45, 3500 Hasselt"], "BTW BE 0756.442.018", "BE"),
]
def carbon_book(inv, path, rng):
    W, H = 1240, 1754  # A5-ish at 150 dpi
    paper = rng.choice([(236, 228, 245), (250, 232, 236), (250, 250, 225)])
    im = Image.new("RGB", (W, H), paper); d = ImageDraw.Draw(im)
    fp = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), 26)
    fpb = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), 40)
    red = (170, 40, 40)
    d.text((60, 50), "FACTUUR / FACTURE", font=fpb, fill=red)
    d.text((W - 330, 55), "Nr  %06d" % (inv["idx"] * 37 % 999999), font=fpb, fill=red)
    d.text((60, 120), "Datum / Date: ....................", font=fp, fill=red)
    d.text((60, 170), "Klant / Client: ...........................................................", font=fp, fill=red)
    d.text((60, 220), "BTW / TVA: ....................................", font=fp, fill=red)
    y0 = 300
    cols = [60, 740, 880, 1060, W - 60]
    d.rectangle([cols[0], y0, cols[-1], y0 + 60 * 13], outline=red, width=2)
    for i, h in enumerate(["Omschrijving / Désignation", "Aantal", "Prijs", "Totaal"]):
        d.text((cols[i] + 8, y0 + 15), h, font=fp, fill=red)
    for r in range(1, 13): d.line([cols[0], y0 + 60 * r, cols[-1], y0 + 60 * r], fill=red, width=1)
    for c in cols[1:-1]: d.line([c, y0, c, y0 + 60 * 13], fill=red, width=1)
    yT = y0 + 60 * 13 + 30
    for i, k in enumerate(["Totaal excl. / HTVA", "BTW / TVA", "TOTAAL / TOTAL"]):
        d.text((640, yT + i * 55), k, font=fp, fill=red); d.line([900, yT + i * 55 + 34, W - 60, yT + i * 55 + 34], fill=red)
    s = inv["supplier"]
    d.text((60, H - 170), s["name"], font=fp, fill=red); d.text((60, H - 135), ", ".join(s["lines"][1:]), font=fp, fill=red)
    d.text((60, H - 100), s["tax"], font=fp, fill=red)
    # handwriting in carbon blue, jittered
    ink = (40, 50, 120)
    hw = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"), 30)
    def write(x, y, txt, size=30):
        f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"), size)
        cx = x
        for ch in txt:
            d.text((cx, y + rng.uniform(-3, 3)), ch, font=f, fill=ink)
            cx += f.getlength(ch) * rng.uniform(0.95, 1.12)
    write(330, 112, ds(inv)); write(300, 160, inv["buyer"]["name"]); write(260, 210, inv["buyer"]["tax"].split(" ", 1)[1])
    for i, it in enumerate(inv["items"]):
        y = y0 + 60 * (i + 1) + 14
        write(cols[0] + 10, y, it["desc"][:34]); write(cols[1] + 30, y, str(it["qty"]))
        write(cols[2] + 10, y, fmt_num(it["price"], "eu_dot")); write(cols[3] + 10, y, fmt_num(it["line"], "eu_dot"))
    write(920, yT - 6, fmt_num(inv["net"], "eu_dot")); write(920, yT + 49, fmt_num(inv["tax"], "eu_dot"))
    write(920, yT + 104, fmt_num(inv["printed_total"], "eu_dot") + " €", 34)
    # carbon smudge
    a = np.asarray(im).astype(np.float32)
    a -= np.random.default_rng(inv["idx"]).normal(0, 1, a.shape[:2])[..., None] * 4
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    im = im.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, fillcolor=(250, 250, 250))
    if path.endswith(".pdf"): save_pdf([im], path)
    else: im.save(path, "JPEG", quality=rng.randint(55, 75))

PLAN = [  # lang, skey, renderer, output kind, extra
    ("nl", "nl_be", "rl", "scan_jpg", {}), ("nl", "nl_be", "html", "scan_pdf", {}), ("nl", "nl_nl", "rl", "scan_pdf", {"n_items": 44}),
    ("fr", "fr_be", "html", "scan_jpg", {}), ("fr", "fr_be", "fpdf", "scan_png", {}), ("fr", "fr_lu", "rl", "scan_pdf", {}),
    ("de", "de", "html", "scan_pdf", {}), ("de", "de", "rl", "scan_jpg", {}), ("en", "en_cn", "rl", "scan_pdf", {}),
    ("en", "en", "fpdf", "scan_png", {"doc_type": "receipt", "n_items": 1}), ("zh", "zh", "fapiao", "scan_jpg", {"doc_type": "tax_invoice"}),
    ("ja", "ja", "seikyu", "scan_pdf", {}), ("it", "it", "rl", "scan_jpg", {}), ("es", "es", "html", "scan_png", {}),
    ("pl", "pl", "fpdf", "scan_pdf", {}), ("nl", "nl_be", "html", "scan_pdf", {"arith_delta": D("1.00")}),
    ("nl", "nl_be", "rl", "scan_png", {}), ("fr", "fr", "html", "scan_jpg", {}), ("de", "de", "fpdf", "scan_pdf", {}),
    ("nl", "nl_nl", "html", "scan_jpg", {}), ("nl", "nl_be", "rl", "scan_pdf", {}),
    ("nl", "nl_be", "html", "photo_jpg", {}), ("fr", "fr_be", "rl", "photo_jpg", {}), ("de", "de", "fpdf", "photo_jpg", {}),
    ("en", "en_cn", "html", "photo_jpg", {}), ("zh", "zh", "fapiao", "photo_jpg", {"doc_type": "tax_invoice"}), ("nl", "nl_nl", "rl", "photo_jpg", {}),
    ("en", "en", "rl", "photo_jpg", {"doc_type": "receipt", "n_items": 2}),
]

def make_source(inv, renderer, path, rng):
    if renderer == "rl": genuine_pdf.rl_invoice(inv, path, rng.choice(["classic", "band"]), std=inv["lang"] not in ("pl",))
    elif renderer == "fpdf": genuine_pdf.fpdf_invoice(inv, path, rng.choice(["plain", "boxed"]))
    elif renderer == "fapiao": genuine_html.render(genuine_html.build_fapiao(inv), path, "weasyprint")
    elif renderer == "seikyu": genuine_html.render(genuine_html.build_seikyu(inv), path, "weasyprint")
    else: genuine_html.render(genuine_html.build_html(inv, rng.choice(["ledger", "peppol", "bright"])), path, "weasyprint")

def run(seed=4204):
    rng = random.Random(seed)
    labels, metas = [], []
    for k, (lang, skey, rend, kind, extra) in enumerate(PLAN):
        inv = new_invoice(rng, 500 + k, lang, skey, **dict(extra))
        src = os.path.join(WORK, "scan_src_%02d.pdf" % k)
        make_source(inv, rend, src, rng)
        ext = {"scan_jpg": ".jpg", "scan_png": ".png", "scan_pdf": ".pdf", "photo_jpg": ".jpg"}[kind]
        name = "s%02d_%s_%s%s" % (k, lang, kind.split("_")[0], ext)
        pages = scan_pdf(src, os.path.join(FILES, name), rng, kind)
        prod = {"scan_jpg": "mfp_scan_jpeg", "scan_png": "mfp_scan_png", "scan_pdf": "mfp_scan_pdf", "photo_jpg": "phone_photo_jpeg"}[kind] + "_from_" + rend
        lab = label(inv, name, prod, pages)
        m = meta_for(inv, name, prod, lab); m["src_pdf"] = src
        labels.append(lab); metas.append(m)
        print("ok", name, pages, flush=True)
    for k in range(5):
        inv = new_invoice(rng, 600 + k, "nl", "nl_be", n_items=rng.randint(1, 5))
        inv["supplier"] = TRADERS[k % 3]; inv["date_style"] = "dmy_slash"; inv["currency"] = "EUR"
        if k == 3: inv["arith_delta"] = D("2.00")
        compute(inv)
        name = "c%02d_carbon_book%s" % (k, ".pdf" if k % 2 else ".jpg")
        carbon_book(inv, os.path.join(FILES, name), rng)
        lab = label(inv, name, "carbon_copy_book_scan", 1, language="nl+fr")
        labels.append(lab); metas.append(meta_for(inv, name, "carbon_copy_book_scan", lab))
        print("ok", name, flush=True)
    write_part("scan", labels, metas)

if __name__ == "__main__":
    run()
