"""Genuine scans, fax copies and phone photos: a PDF is rendered with pypdfium2 and degraded with Pillow/OpenCV."""
import os, io, math
import numpy as np
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw, ImageFont
import cv2
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas
from reportlab.lib.units import mm
from common import *
import genuine_pdf, genuine_html


# ---------------------------------------------------------------- scan pipeline with a coordinate map
def scan_params(rng, fax=False):
    return dict(dpi=rng.choice([150, 200]) if not fax else 200, angle=rng.uniform(-1.4, 1.4), factor=rng.choice([1.0, 0.8, 0.66]) if not fax else 0.5,
                noise=rng.uniform(3, 9), jpeg=rng.randint(45, 80), blur=rng.choice([0, 0.4, 0.7]), fax=fax, seed=rng.randint(0, 10**6),
                tint=rng.choice([(255, 255, 255), (250, 248, 240), (244, 244, 238)]), fmt=rng.choice(["jpg", "jpg", "png", "pdf"]) if not fax else rng.choice(["png", "pdf"]))


def render_page(pdf_path, page, dpi):
    pdf = pdfium.PdfDocument(pdf_path)
    img = pdf[page].render(scale=dpi / 72).to_pil().convert("RGB")
    h_pt = pdf[page].get_height()
    pdf.close()
    return img, h_pt


def pt_to_px(p, x, y, h_pt, size):
    """Map PDF point coordinates (origin bottom-left) to final pixel coordinates of a scan made with params p."""
    s = p["dpi"] / 72
    px, py = x * s, (h_pt - y) * s
    W, H = size  # size before resize
    cx, cy = W / 2, H / 2
    th = math.radians(p["angle"])
    dx, dy = px - cx, py - cy
    rx = cx + dx * math.cos(th) + dy * math.sin(th)
    ry = cy - dx * math.sin(th) + dy * math.cos(th)
    return rx * p["factor"], ry * p["factor"]


def degrade(img, p, stage="all"):
    r = np.random.default_rng(p["seed"])
    bg = p["tint"]
    img = img.rotate(p["angle"], resample=Image.BICUBIC, fillcolor=bg if not p["fax"] else (255, 255, 255))
    if p["factor"] != 1.0:
        img = img.resize((int(img.width * p["factor"]), int(img.height * p["factor"])), Image.LANCZOS if not p["fax"] else Image.NEAREST)
    return finish(img, p, r)


def finish(img, p, r):
    a = np.asarray(img).astype(np.float32)
    if p["fax"]:
        g = a.mean(axis=2)
        g = g + r.normal(0, 25, g.shape)
        b = np.where(g < 150, 0, 255).astype(np.uint8)
        # dropouts and speckles
        sp = r.random(b.shape) < 0.002
        b[sp] = 0
        img = Image.fromarray(b).convert("L")
        d = ImageDraw.Draw(img)
        f = ImageFont.truetype(DEJAVU, 11)
        d.text((10, 4), p.get("fax_header", "FAX"), fill=0, font=f)
        return img
    tint = np.array(p["tint"], np.float32) / 255.0
    a = a * tint
    a += r.normal(0, p["noise"], a.shape)
    # slight uneven exposure left-right
    grad = np.linspace(1.0, r.uniform(0.93, 1.0), a.shape[1])[None, :, None]
    a = np.clip(a * grad, 0, 255).astype(np.uint8)
    img = Image.fromarray(a)
    if p["blur"]:
        img = img.filter(ImageFilter.GaussianBlur(p["blur"]))
    return img


def save_image(img, path_noext, p):
    fmt = p["fmt"]
    if fmt == "jpg":
        path = path_noext + ".jpg"; img.convert("RGB").save(path, "JPEG", quality=p["jpeg"])
    elif fmt == "png":
        path = path_noext + ".png"; img.save(path, "PNG")
    else:
        path = path_noext + ".pdf"
        buf = io.BytesIO(); img.convert("RGB").save(buf, "JPEG", quality=p["jpeg"]); buf.seek(0)
        im2 = Image.open(buf)
        dpi = p["dpi"] * p["factor"]
        im2.save(path, "PDF", resolution=dpi)
    return path


def scan_pdf(src_pdf, out_noext, p, page=0):
    img, h_pt = render_page(src_pdf, page, p["dpi"])
    out = degrade(img, p)
    return save_image(out, out_noext, p), img.size, h_pt


# ---------------------------------------------------------------- phone photo
def photo(src_pdf, out_path, rng, page=0):
    img, _ = render_page(src_pdf, page, 110)
    a = np.asarray(img)
    h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.2)
    desk = np.array(rng.choice([(120, 95, 70), (70, 70, 75), (180, 175, 165), (40, 60, 45)]), np.uint8)
    j = lambda s: rng.uniform(-s, s)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + j(60), oy + j(50)], [ox + w + j(60), oy + j(50)], [ox + w + j(40), oy + h + j(40)], [ox + j(40), oy + h + j(40)]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (W, H), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(int(x) for x in desk))
    # uneven light: radial gradient + shadow band
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.1, 0.6) * H
    d = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
    light = 1.08 - rng.uniform(0.35, 0.6) * d
    if rng.random() < 0.5:
        light *= np.where(xx + yy * rng.uniform(-0.5, 0.5) > rng.uniform(0.5, 0.8) * W, rng.uniform(0.7, 0.85), 1.0)
    col = np.array([1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.95)], np.float32)  # warm indoor light
    out = warped.astype(np.float32) * light[..., None] * col
    out += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 4, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), rng.uniform(0.5, 1.2))
    im = Image.fromarray(out)
    if rng.random() < 0.5:
        im = im.rotate(rng.choice([90, -90]) if rng.random() < 0.2 else 0, expand=True)
    im.save(out_path, "JPEG", quality=rng.randint(70, 88))
    return out_path


# ---------------------------------------------------------------- thermal receipt (scontrino / Kassenbon)
def receipt_pdf(doc, path, rng):
    W, H = 80 * mm, (110 + 7 * len(doc["items"])) * mm
    c = canvas.Canvas(path, pagesize=(W, H))
    s = doc["supplier"]
    y = H - 12 * mm
    def line(t, size=8, center=False, bold=False, right=None):
        nonlocal y
        c.setFont("Courier-Bold" if bold else "Courier", size)
        if center: c.drawCentredString(W / 2, y, t)
        else: c.drawString(4 * mm, y, t)
        if right is not None: c.drawRightString(W - 4 * mm, y, right)
        y -= size * 1.35
    it_ = doc["lang"] == "it"
    line(s["name"][:30], 9, True, True); line(s["addr1"][:34], 7, True); line(s["addr2"][:34], 7, True); line(f"P.IVA {s['vat'][2:]}" if it_ else f"USt-IdNr. {s['vat']}", 7, True)
    y -= 4
    line("DOCUMENTO COMMERCIALE" if it_ else "KASSENBON", 8, True, True)
    line("di vendita o prestazione" if it_ else "", 7, True)
    y -= 2
    line("DESCRIZIONE        IVA   Prezzo(€)" if it_ else "ARTIKEL          MwSt    EUR", 7)
    for itm in doc["items"]:
        if itm["qty"] > 1:
            line(f"{itm['qty']} x {num(doc, itm['unit'])}", 7)
        line(itm["desc"][:20], 7, right=f"{rate_str(itm['rate'])}  {num(doc, itm['amount'])}")
    y -= 3
    line("-" * 38, 7)
    if it_:
        line("TOTALE COMPLESSIVO", 9, bold=True, right=num(doc, doc["total"]))
        line("di cui IVA", 7, right=num(doc, doc["tax_total"]))
        line("Pagamento elettronico", 7, right=num(doc, doc["total"]))
    else:
        line("SUMME EUR", 9, bold=True, right=num(doc, doc["total"]))
        for r, t in doc["taxes"].items():
            line(f"MwSt {rate_str(r)} von {num(doc, doc['taxable'][r])}", 7, right=num(doc, t))
        line("EC-Karte", 7, right=num(doc, doc["total"]))
    y -= 4
    line(f"{dstr(doc)} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}", 7, True)
    line(f"DOC.N. {rng.randint(1, 400):04d}-{rng.randint(1, 9999):04d}" if it_ else f"Bon-Nr. {rng.randint(1000, 99999)}  Kasse 2", 7, True)
    line(f"RT {rng.choice(['99MEX', '72IEB', '80EPT'])}{rng.randint(100000, 999999)}" if it_ else f"TSE-Signatur: {rng.randint(10**11, 10**12)}", 7, True)
    c.save()


def run(rng):
    labels, docs = [], {}
    work = os.path.join(TMP, "scan"); os.makedirs(work, exist_ok=True)
    # --- scans (flatbed / fax) ---
    S = [("it", "rl_fpa", "invoice", False), ("de", "rl_ges", "invoice", False), ("fr", "wp_modern", "invoice", False), ("es", "rl_ges", "invoice", False),
         ("en_cn", "wp_classic", "invoice", False), ("it", "wp_teamsystem", "delivery_note", True), ("it", "rl_fpa", "invoice", True), ("de", "wp_danea", "invoice", True),
         ("el", "wp_danea", "invoice", False), ("pl", "rl_ges", "invoice", False), ("ch", "rl_ges", "invoice", False), ("zh", "wp_zhvat", "tax_invoice", False),
         ("it", "wp_danea", "invoice", False), ("at", "rl_ges", "invoice", False), ("en_gb", "wp_classic", "purchase_order", False), ("it", "rl_ges", "invoice", False)]
    errors = {9}
    for i, (lang, kind, dt, fax) in enumerate(S):
        variant = None
        kw = {}
        if kind == "rl_fpa":
            variant = rng.choice(["normal", "split", "reverse"]); kw["tax"] = variant != "reverse"
        else:
            kw["tax"] = lang not in ("en_cn",)
        doc = make_doc(rng, lang, dt, arith_error=i in errors, n_items=rng.choice([2, 3, 4, 6]), **kw)
        if dt == "delivery_note": doc["no_prices"] = True
        src = os.path.join(work, f"src_s{i:03d}.pdf")
        if kind == "rl_fpa": genuine_pdf.rl_fatturapa(doc, src, rng, variant)
        elif kind == "rl_ges": genuine_pdf.rl_gestionale(doc, src, rng)
        elif kind == "wp_zhvat": genuine_html.print_html(genuine_html.zh_vat_html(doc, rng), src, "weasyprint")
        else: genuine_html.print_html(genuine_html.generic_html(doc, kind[3:], rng), src, "weasyprint")
        p = scan_params(rng, fax)
        p["fax_header"] = f"{dstr(doc)} 10:{rng.randint(10, 59)}  FROM: +39 02 {rng.randint(1000000, 9999999)}  P.001/001" if fax else ""
        base = f"g_{'fx' if fax else 'sc'}{i:03d}_{lang}"
        path, size, h_pt = scan_pdf(src, os.path.join(FILES, base), p)
        fname = os.path.basename(path)
        prod = ("fax_" if fax else "scan_") + kind
        extra = {"arithmetic_note": doc["error_note"]} if doc.get("error_note") else {}
        labels.append(label(fname, doc, prod, pages=1, **extra))
        docs[fname] = dict(doc=doc, producer=prod, src=src, params=p, size=size, h_pt=h_pt, kind=kind)
    # --- phone photos ---
    Ph = [("it", "receipt", "receipt"), ("it", "receipt", "receipt"), ("de", "receipt", "receipt"), ("it", "rl_fpa", "invoice"), ("de", "wp_classic", "invoice"),
          ("es", "rl_ges", "invoice"), ("it", "wp_teamsystem", "invoice"), ("fr", "rl_ges", "invoice"), ("ja", "wp_ja", "invoice"), ("en_cn", "rl_ges", "proforma"),
          ("nl", "wp_modern", "invoice"), ("it", "wp_danea", "delivery_note")]
    for i, (lang, kind, dt) in enumerate(Ph):
        doc = make_doc(rng, lang, dt, arith_error=(i == 5), n_items=rng.choice([1, 2, 3, 4]), tax=lang != "en_cn", discount=False if kind == "receipt" else None,
                       shipping=False if kind == "receipt" else None)
        if dt == "delivery_note": doc["no_prices"] = True
        src = os.path.join(work, f"src_p{i:03d}.pdf")
        if kind == "receipt": receipt_pdf(doc, src, rng)
        elif kind == "rl_fpa": genuine_pdf.rl_fatturapa(doc, src, rng, "normal")
        elif kind == "rl_ges": genuine_pdf.rl_gestionale(doc, src, rng)
        elif kind == "wp_ja": genuine_html.print_html(genuine_html.ja_html(doc, rng)[0], src, "weasyprint")
        else: genuine_html.print_html(genuine_html.generic_html(doc, kind[3:], rng), src, "weasyprint")
        fname = f"g_ph{i:03d}_{lang}.jpg"
        photo(src, os.path.join(FILES, fname), rng)
        extra = {"arithmetic_note": doc["error_note"]} if doc.get("error_note") else {}
        labels.append(label(fname, doc, "photo_" + kind, pages=1, **extra))
        docs[fname] = dict(doc=doc, producer="photo_" + kind, src=src, kind=kind)
    write_part("genuine_scan", labels, docs)
    return labels


if __name__ == "__main__":
    import random
    print(len(run(random.Random(9027))))
