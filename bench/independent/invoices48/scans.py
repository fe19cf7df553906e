"""Scans, faxes, phone photos (KakaoTalk) and screenshots made from rendered PDFs."""
import os, io, numpy as np, cv2
from PIL import Image, ImageFilter, ImageDraw, ImageFont
import pypdfium2 as pdfium
from common import *
import gen_html as G
from genuine_html import doc_strings

def raster(pdf, dpi, page=0):
    p = pdfium.PdfDocument(pdf)
    img = p[page].render(scale=dpi / 72).to_pil().convert("RGB")
    return img

def capture(pdf, kind, rng, seed_text=""):
    """Return (PIL image, H) where H maps rendered-pixel coords (at dpi) to output coords; plus dpi."""
    dpi = {"scan": 150, "fax": 100, "photo": 130, "screenshot": 96}[kind]
    img = raster(pdf, dpi); w, h = img.size
    Hm = np.eye(3)
    if kind == "screenshot":
        # crisp, cropped to the upper part as if captured in a viewer window
        crop_h = int(h * rng.uniform(.55, .8)); img = img.crop((0, 0, w, crop_h))
        bar = Image.new("RGB", (w, 28), (235, 235, 238)); ImageDraw.Draw(bar).text((8, 8), "Invoice.pdf - Viewer   100%", fill=(60, 60, 60))
        out = Image.new("RGB", (w, crop_h + 28)); out.paste(bar, (0, 0)); out.paste(img, (0, 28))
        Hm = np.array([[1, 0, 0], [0, 1, 28], [0, 0, 1.]])
        return out, Hm, dpi
    a = np.array(img).astype(np.float32)
    if kind in ("scan", "fax"):
        ang = rng.uniform(-1.6, 1.6)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), borderValue=(255, 255, 255) if kind == "fax" else (238, 238, 232))
        Hm = np.vstack([M, [0, 0, 1]])
        if kind == "fax":
            g = cv2.cvtColor(a.astype(np.uint8), cv2.COLOR_RGB2GRAY)
            g = cv2.GaussianBlur(g, (3, 3), 0)
            g = np.where(g + np.random.RandomState(rng.randint(0, 9999)).normal(0, 25, g.shape) > 165, 255, 0).astype(np.uint8)
            g = cv2.resize(g, (w, int(h * .5)), interpolation=cv2.INTER_NEAREST); g = cv2.resize(g, (w, h), interpolation=cv2.INTER_NEAREST)
            im = Image.fromarray(g).convert("RGB")
            ImageDraw.Draw(im).text((10, 4), f"FAX  +82-2-{rng.randint(300,999)}-{rng.randint(1000,9999)}   {seed_text}   P.01", fill=(0, 0, 0))
            return im, Hm, dpi
        a = a * np.linspace(1.0, rng.uniform(.9, .97), w)[None, :, None]
        a += np.random.RandomState(rng.randint(0, 9999)).normal(0, 6, a.shape)
    if kind == "photo":
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        j = lambda s: rng.uniform(0, s)
        dst = np.float32([[40 + j(60), 50 + j(50)], [w - 40 - j(60), 30 + j(60)], [w - 20 - j(40), h - 30 - j(50)], [30 + j(50), h - 60 - j(60)]])
        P = cv2.getPerspectiveTransform(src, dst)
        a = cv2.warpPerspective(a, P, (w, h), borderValue=(95, 88, 80))
        Hm = P
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = rng.uniform(.2, .8) * w, rng.uniform(.1, .5) * h
        light = 1.08 - .35 * np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
        a = a * light[..., None] * np.array([1.0, .97, .9])[None, None, :]
        a = cv2.GaussianBlur(a, (3, 3), .8)
        a += np.random.RandomState(rng.randint(0, 9999)).normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return im, Hm, dpi

def save_img(im, path, quality=None):
    ext = path.rsplit(".", 1)[1]
    if ext == "jpg": im.save(path, "JPEG", quality=quality or 70)
    elif ext == "png": im.save(path, "PNG")
    elif ext == "pdf":
        b = io.BytesIO(); im.save(b, "JPEG", quality=quality or 60); b.seek(0)
        Image.open(b).save(path, "PDF", resolution=150)

PROD = {"scan": "scan_image", "fax": "fax_scan", "photo": "phone_photo_kakaotalk", "screenshot": "screenshot"}

def make_source(rng, lang, i):
    cur = None
    if lang == "en": cur = rng.choice(["HKD", "USD", "TWD"])
    if lang == "ko":
        dt = "tax_invoice" if i % 2 else "invoice"
        doc = make_doc(rng, "ko", dt, n_items=rng.choice([2, 3, 5]), shipping=i % 3 == 0, arithmetic_error=(i == 8))
        h = G.ko_tax_invoice(doc) if dt == "tax_invoice" else G.ko_statement(doc)
    elif lang == "ja":
        doc = make_doc(rng, "ja", "invoice", n_items=rng.choice([2, 3, 4])); h = G.ja_invoice(doc)
    elif lang == "zh":
        doc = make_doc(rng, "zh", "tax_invoice", n_items=3, date_style="cjk"); h = G.zh_vat(doc)
    else:
        doc = make_doc(rng, lang, "invoice", currency=cur, n_items=rng.choice([2, 3, 4]), discount=i % 4 == 0)
        h = G.western(doc, W[lang]["invoice"] if lang != "en" else "INVOICE")
    return doc, h

def run(rng, labs, reg):
    plan = [("ko", "fax", "png"), ("ko", "photo", "jpg"), ("ko", "scan", "pdf"), ("ko", "screenshot", "png"), ("ja", "fax", "pdf"),
            ("ja", "photo", "jpg"), ("zh", "scan", "jpg"), ("en", "scan", "pdf"), ("ko", "photo", "jpg"), ("en", "photo", "jpg"),
            ("en", "fax", "png"), ("ja", "scan", "jpg"), ("zh", "photo", "jpg"), ("ko", "fax", "pdf"), ("en", "screenshot", "png"),
            ("de", "scan", "pdf"), ("fr", "photo", "jpg"), ("ko", "scan", "jpg"), ("ja", "screenshot", "png"), ("en", "scan", "jpg")]
    for i, (lang, kind, ext) in enumerate(plan):
        doc, h = make_source(rng, lang, i)
        src = os.path.join(WORK, f"src_scan{i:02d}.pdf"); G.render(h, src)
        im, Hm, dpi = capture(src, kind, rng, doc["date"].strftime("%Y-%m-%d %H:%M"))
        fname = f"g{len(labs)+1:03d}_{lang}_{kind}.{ext}"; out = os.path.join(FILES, fname)
        save_img(im, out, quality=rng.choice([55, 65, 75]))
        labs.append(label_for(doc, fname, PROD[kind] + ("_pdf" if ext == "pdf" else ""), 1))
        reg[fname] = dict(doc_strings(doc), src=src, H=Hm.tolist(), dpi=dpi, kind=kind, html=h, total_str=G.money(doc, doc["total"]))
