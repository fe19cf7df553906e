"""Scans and phone photos of genuine invoices: render with pypdfium2, degrade with Pillow / OpenCV."""
import os, pickle, random, io, math
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw
import pypdfium2 as pdfium
from common import *
import genuine_rl, genuine_fpdf


def render(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path)
    out = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return out


def find_boxes(pdf_path, text, page=0):
    """Character boxes (PDF points, origin bottom-left) for each occurrence of text on a page."""
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]
    tp = pg.get_textpage()
    h = pg.get_height()
    res = []
    s = tp.search(text, match_case=True)
    while True:
        r = s.get_next()
        if not r:
            break
        i, n = r
        boxes = [tp.get_charbox(j) for j in range(i, i + n)]
        res.append(boxes)
    pdf.close()
    return res, h


def scan_degrade(img, rng, angle=None, gray=True):
    angle = angle if angle is not None else rng.uniform(-1.6, 1.6)
    if gray:
        img = img.convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255 if gray else (255, 255, 255))
    a = np.asarray(img).astype(np.float32)
    a = a * rng.uniform(0.88, 0.97) + rng.uniform(6, 18)  # grey paper
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 9), a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return img, angle


def map_point(x, y, w, h, angle):
    """Where a point of the unrotated page ends up after PIL rotate(angle, expand=False)."""
    t = math.radians(angle)
    cx, cy = w / 2, h / 2
    return (cx + (x - cx) * math.cos(t) + (y - cy) * math.sin(t), cy - (x - cx) * math.sin(t) + (y - cy) * math.cos(t))


def photo(img, rng):
    import cv2
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    W2, H2 = int(w * 1.25), int(h * 1.18)
    bg = np.zeros((H2, W2, 3), np.uint8); bg[:] = rng.choice([(92, 74, 58), (150, 140, 128), (60, 62, 70), (170, 160, 140)])
    j = lambda s: rng.uniform(-s, s)
    ox, oy = (W2 - w) / 2, (H2 - h) / 2
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[ox + j(60), oy + j(50)], [ox + w + j(60), oy + j(50) + 30], [ox + w + j(40), oy + h + j(40)], [ox + j(40) - 20, oy + h + j(40)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W2, H2), borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W2, H2))
    out = np.where(mask[..., None] > 0, warped, bg).astype(np.float32)
    yy, xx = np.mgrid[0:H2, 0:W2]
    gx, gy = rng.uniform(0, W2), rng.uniform(0, H2)
    light = 1.05 - 0.45 * (np.hypot(xx - gx, yy - gy) / np.hypot(W2, H2))
    out = out * light[..., None] * np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.85, 0.95)])
    out += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, out.shape)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    img = img.resize((int(W2 * 0.8), int(H2 * 0.8)), Image.LANCZOS)
    return img, M


def save_img(img, path, rng):
    if path.endswith(".jpg"):
        img.save(path, quality=rng.randint(55, 85))
    else:
        img.save(path)


def images_to_pdf(imgs, path, dpi):
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def run(rng):
    recs, store = [], {}
    src_dir = os.path.join(WORK, "scan_src"); os.makedirs(src_dir, exist_ok=True)
    plan = (["jpg"] * 6 + ["png"] * 3 + ["pdf"] * 7) + ["photo"] * 6
    for k, kind in enumerate(plan):
        lang = "it" if k % 5 else rng.choice(["de", "fr", "it"])
        lay = rng.choice(["ade", "gest", "fpdf"]) if kind != "photo" or k % 2 else "scontrino"
        dt = rng.choice(["invoice", "invoice", "deferred", "credit_note"]) if lang == "it" else "invoice"
        doc = make_doc(rng, lang if lay != "ade" else "it", dt, nlines=(22 if kind == "pdf" and k % 3 == 0 else None), arith_error=(k in (4, 19)))
        sp = os.path.join(src_dir, f"src_{k:02d}.pdf")
        if lay == "ade":
            _, st = genuine_rl.ade_layout(doc, sp, rng)
        elif lay == "gest":
            _, st = genuine_rl.gest_layout(doc, sp, rng)
        elif lay == "fpdf":
            _, st = genuine_fpdf.fpdf_invoice(doc, sp, rng)
        else:
            doc = make_doc(rng, "it", "receipt", nlines=3); doc["buyer"] = ""
            _, st = genuine_fpdf.scontrino(doc, sp, rng)
        doc["strings"] = st
        dpi = rng.choice([100, 120, 150, 200]) if kind != "photo" else 130
        pages = render(sp, dpi)
        gray = rng.random() < 0.7
        if kind == "photo":
            img, M = photo(pages[0], rng)
            fn = f"photo_{k:02d}.jpg"
            save_img(img, os.path.join(FILES, fn), rng)
            meta = dict(kind="photo", M=M, dpi=dpi, src=sp, shrink=0.8)
            npages = 1
            prod = "phone_photo_jpeg"
        else:
            outs, angles = [], []
            for p in pages:
                im, ang = scan_degrade(p, rng, gray=gray)
                outs.append(im); angles.append(ang)
            if kind == "pdf":
                # JPEG-compress each page before wrapping, like a scanner's PDF mode
                outs2 = []
                for im in outs:
                    b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(50, 80)); b.seek(0); outs2.append(Image.open(b).convert(im.mode))
                fn = f"scan_{k:02d}.pdf"
                images_to_pdf(outs2, os.path.join(FILES, fn), dpi)
                npages = len(outs2); prod = "scan_pdf_wrapped"
            else:
                fn = f"scan_{k:02d}.{kind}"
                save_img(outs[0], os.path.join(FILES, fn), rng)
                npages = 1; prod = f"scan_{kind}"
                if len(pages) > 1:
                    # a multipage invoice scanned page by page: keep only first page? no - save extra pages as separate files is confusing; keep 1 page docs here
                    pass
            meta = dict(kind="scan", angle=angles[0], dpi=dpi, src=sp, gray=gray)
        if kind in ("jpg", "png") and len(pages) > 1:
            # only first page was saved as an image: the label says 1 page and the total may be on page 2
            pass
        doc["scan_meta"] = meta
        store[fn] = doc
        recs.append(label(fn, doc, prod, pages=npages, doc_type="receipt" if doc["doc_type"] == "receipt" else None,
                          source_layout=lay, total_visible=(npages == len(pages) or kind == "pdf")))
    pickle.dump(store, open(os.path.join(WORK, "docs_scan.pkl"), "wb"))
    save_labels("scan", recs)
    return recs


if __name__ == "__main__":
    print(len(run(random.Random(585))))
