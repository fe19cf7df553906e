"""Paper invoices: PDFs rendered to images then scanned on the office copier, photographed under
fluorescent light, or passed through WeChat as recompressed screenshots."""
import os, random, io, json
import numpy as np, cv2
from PIL import Image, ImageFilter, ImageEnhance
import pypdfium2 as pdfium
from common import *
import genuine_rl as G
from genuine_html import html_seikyu, html_erp, print_weasy

SRC = os.path.join(WORK, "src")


def render_page(pdf, i, scale):
    d = pdfium.PdfDocument(pdf)
    pg = d[i]
    im = pg.render(scale=scale).to_pil().convert("RGB")
    h_pt = pg.get_height()
    d.close()
    return np.array(im), h_pt


def scan(arr, rng, gray=True, dpi_scale=1.0):
    """Copier: tiny rotation + shift, grey lid border, noise, blur, contrast. Returns array and 3x3 transform."""
    h, w = arr.shape[:2]
    ang = rng.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12); M[1, 2] += rng.uniform(-12, 12)
    out = cv2.warpAffine(arr, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=(rng.randint(60, 200),) * 3)
    out = out.astype(np.float32)
    out = out * rng.uniform(0.88, 0.97) + rng.uniform(8, 22)          # paper is not pure white, ink not pure black
    out += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 9), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.4, 0.9))
    if gray:
        out = cv2.cvtColor(cv2.cvtColor(out, cv2.COLOR_RGB2GRAY), cv2.COLOR_GRAY2RGB)
    T = np.vstack([M, [0, 0, 1]])
    if dpi_scale != 1.0:
        out = cv2.resize(out, (int(w * dpi_scale), int(h * dpi_scale)), interpolation=cv2.INTER_AREA)
        T = np.diag([dpi_scale, dpi_scale, 1]) @ T
    return out, T


def photo(arr, rng):
    """Phone photo on a desk: perspective skew, fluorescent light falloff, colour cast, noise."""
    h, w = arr.shape[:2]
    pad = int(0.12 * max(w, h))
    W2, H2 = w + 2 * pad, h + 2 * pad
    desk = np.zeros((H2, W2, 3), np.float32)
    base = np.array(rng.choice([(120, 96, 70), (150, 150, 145), (70, 72, 80), (180, 170, 150)]), np.float32)
    desk[:] = base
    desk += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6, desk.shape)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(arr, Hm, (W2, H2), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, Hm, (W2, H2))[..., None] / 255.0
    out = warped.astype(np.float32) * mask + desk * (1 - mask)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.1, 0.5) * H2
    light = 1.05 - 0.45 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    out = out * light[..., None]
    out *= np.array(rng.choice([(1.0, 1.02, 0.93), (0.95, 1.0, 1.04), (1.03, 1.0, 0.9)]), np.float32)  # fluorescent / warm cast
    out += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 5, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (5, 5), rng.uniform(0.6, 1.3))
    s = rng.choice([0.55, 0.65, 0.75])
    out = cv2.resize(out, (int(W2 * s), int(H2 * s)), interpolation=cv2.INTER_AREA)
    return out, np.diag([s, s, 1]) @ Hm


def wechat(arr, rng):
    """Screenshot of the PDF viewer, forwarded through WeChat: 1080 px wide, recompressed."""
    h, w = arr.shape[:2]
    s = 1080 / w
    out = cv2.resize(arr, (1080, int(h * s)), interpolation=cv2.INTER_AREA)
    bar = np.full((70, 1080, 3), (237, 237, 237), np.uint8)
    out = np.vstack([bar, out, np.full((90, 1080, 3), (247, 247, 247), np.uint8)])
    T = np.array([[s, 0, 0], [0, s, 70], [0, 0, 1]], float)
    im = Image.fromarray(out)
    for q in (rng.randint(70, 85), rng.randint(55, 75)):
        b = io.BytesIO(); im.save(b, "JPEG", quality=q); b.seek(0); im = Image.open(b).convert("RGB")
    return np.array(im), T


def save_image_doc(pages, fname, rng, fmt):
    """pages: list of numpy arrays. fmt: jpg | png | pdf."""
    path = os.path.join(FILES, fname)
    ims = [Image.fromarray(p) for p in pages]
    if fmt == "jpg":
        ims[0].save(path, "JPEG", quality=rng.randint(62, 88), dpi=(200, 200))
    elif fmt == "png":
        ims[0].save(path, "PNG")
    else:
        # scanner PDF: JPEG pages wrapped in a PDF
        jp = []
        for im in ims:
            b = io.BytesIO(); im.save(b, "JPEG", quality=rng.randint(60, 85)); b.seek(0); jp.append(Image.open(b))
        jp[0].save(path, "PDF", save_all=True, append_images=jp[1:], resolution=150.0)
    return path


def capture(src_pdf, fname, how, rng, fmt, gray=True):
    """Render every page of src_pdf and capture it. Returns pages and transform info per page."""
    n = len(pdfium.PdfDocument(src_pdf))
    pages, info = [], []
    for i in range(n):
        scale = {"scan": rng.choice([150, 200]) / 72, "photo": 2.2, "wechat": 2.0}[how]
        arr, h_pt = render_page(src_pdf, i, scale)
        if how == "scan":
            out, T = scan(arr, rng, gray=gray)
        elif how == "photo":
            out, T = photo(arr, rng)
        else:
            out, T = wechat(arr, rng)
        pages.append(out); info.append({"scale": scale, "h_pt": h_pt, "T": T.tolist()})
        if fmt in ("jpg", "png"): break
    save_image_doc(pages, fname, rng, fmt)
    return len(pages), info


def pt_to_img(info, x, y):
    """PDF point (x, y up) on the source page -> pixel in the captured image."""
    s = info["scale"]; px, py = x * s, (info["h_pt"] - y) * s
    v = np.array(info["T"]) @ np.array([px, py, 1.0])
    return v[0] / v[2], v[1] / v[2]


def make_src(doc, base, style):
    path = os.path.join(SRC, base + ".pdf")
    if style == "seikyu":
        print_weasy(html_seikyu(doc), path)
    elif style == "erp":
        print_weasy(html_erp(doc), path)
    else:
        G.render(doc, path, style)
    return path


PLAN = [
    # (lang, style, how, fmt, kwargs)
    ("zh", "fapiao", "scan", "jpg", dict(doc_type="tax_invoice")), ("zh", "fapiao", "scan", "pdf", dict(doc_type="tax_invoice")),
    ("zh", "fapiao", "scan", "png", dict(doc_type="invoice")), ("zh", "fapiao", "photo", "jpg", dict(doc_type="tax_invoice")),
    ("zh", "fapiao", "wechat", "jpg", dict(doc_type="invoice")), ("zh", "fapiao", "scan", "pdf", dict(doc_type="tax_invoice", n_items=5)),
    ("zh", "fapiao", "photo", "jpg", dict(doc_type="invoice", tax_rate=3)), ("zh", "fapiao", "wechat", "png", dict(doc_type="tax_invoice")),
    ("zh", "receipt", "photo", "jpg", dict(doc_type="receipt", tax_rate=0)), ("zh", "receipt", "photo", "jpg", dict(doc_type="receipt", tax_rate=0)),
    ("zh", "receipt", "scan", "jpg", dict(doc_type="receipt", tax_rate=0)), ("zh", "receipt", "photo", "jpg", dict(doc_type="delivery_note", tax_rate=0)),
    ("en_vn", "commercial", "scan", "pdf", dict(doc_type="commercial", tax_rate=0)), ("en_bd", "commercial", "scan", "pdf", dict(doc_type="commercial", tax_rate=0)),
    ("en_bd", "commercial", "wechat", "jpg", dict(doc_type="commercial", tax_rate=0)), ("en_vn", "commercial", "photo", "jpg", dict(doc_type="commercial", tax_rate=0)),
    ("de", "classic", "scan", "pdf", dict(n_items=21, shipping=True)), ("fr", "band", "scan", "pdf", dict(discount=True)),
    ("it", "classic", "scan", "jpg", dict()), ("es", "classic", "photo", "jpg", dict()), ("pl", "band", "scan", "png", dict()),
    ("ja", "seikyu", "photo", "jpg", dict()), ("ja", "seikyu", "scan", "pdf", dict()), ("zh_hk", "erp", "scan", "pdf", dict(tax_rate=0)),
    ("zh_hk", "erp", "photo", "jpg", dict(tax_rate=0)), ("nl", "classic", "wechat", "jpg", dict()), ("en", "band", "scan", "pdf", dict()),
    ("de", "classic", "scan", "jpg", dict(doc_type="delivery_note")),
    ("pl", "classic", "scan", "pdf", dict(n_items=23, discount=True)), ("fr", "classic", "photo", "jpg", dict(doc_type="receipt", n_items=2)),
    ("it", "erp", "scan", "pdf", dict(shipping=True)), ("ja", "seikyu", "wechat", "jpg", dict(shipping=True)),
    ("en_us", "classic", "scan", "png", dict(tax_rate=0)), ("de", "band", "photo", "jpg", dict()),
    ("zh", "fapiao", "scan", "jpg", dict(doc_type="tax_invoice", arith_error=True)),
]


def main():
    rng = random.Random(5521)
    recs = []
    for i, (lang, style, how, fmt, kw) in enumerate(PLAN):
        doc = make_doc(rng, lang, **kw)
        if style == "receipt" or doc["doc_type"] == "delivery_note": doc["show_total"] = True
        base = f"{how}_{i:02d}_{lang}_{style}"
        src = make_src(doc, base, style)
        fname = base + "." + fmt
        n, info = capture(src, fname, how, rng, fmt, gray=(how == "scan" and rng.random() < 0.7))
        prod = {"scan": "copier_scan", "photo": "phone_photo", "wechat": "wechat_screenshot"}[how] + "_" + fmt
        rec = label(fname, doc, prod, n, source_layout=style)
        recs.append(rec)
        save_meta(fname, doc, style=style, src=os.path.relpath(src, BASE), capture=how, fmt=fmt, pages_info=info)
        print(fname, flush=True)
    write_part("scans", recs)
    print("scans", len(recs))


if __name__ == "__main__":
    main()
