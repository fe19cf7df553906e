"""Edited copies of genuine files, made the way a desperate seller would."""
import io, json, glob, random, subprocess, shutil, datetime
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from docs import *
import capture as CAP

EDW = os.path.join(WORK, "edits")
os.makedirs(EDW, exist_ok=True)
try:
    pdfmetrics.registerFont(TTFont("DJ", DJ))
except Exception:
    pass

NEW_BUYERS = [("Comercializadora Rivera Norte S.A. de C.V.", "CRN190522KP3"), ("Importaciones Gomez Lara S.A. de C.V.", "IGL170830QW1"),
              ("Distribuidora Santa Fe Online S. de R.L. de C.V.", "DSF210115HM8"), ("Ventas Digitales Ruiz S.A. de C.V.", "VDR200611BX2"),
              ("Marketplace Solutions MX S.A. de C.V.", "MSM230302LT5"), ("Grupo Comercial Ocampo S.A. de C.V.", "GCO160907RN4")]


def load(fname):
    lab = json.load(open(os.path.join(PARTS, fname + ".json")))
    meta = json.load(open(os.path.join(META, fname + ".json")))
    return lab, meta


# ------------------------------------------------------------------ new values
def new_value(field, meta, rng):
    if field == "total":
        t = Decimal(meta["total"])
        nt = q(t * Decimal(str(rng.choice([1.35, 1.8, 2.5, 3.0, 1.5]))), CUR[meta["cur"]])
        nt = q(nt, 2)
        return money(nt, meta["loc"], meta["cur"]), str(nt)
    if field == "date":
        d = datetime.date.fromisoformat(meta["date"])
        nd = d - datetime.timedelta(days=rng.choice([40, 75, 120, 200, 300]))
        s = fdate(nd, meta["dfmt"])
        if meta["dfmt"] == "cfdi": s = nd.isoformat() + meta["date_str"][10:]
        if meta["date_str"].startswith("Ciudad"): s = "Ciudad de México, a " + fdate(nd, "es_long")
        return s, nd.isoformat()
    if field == "buyer":
        nb = rng.choice(NEW_BUYERS)
        return nb[0], nb[0]
    raise ValueError(field)


# ------------------------------------------------------------------ content-stream edits
def pdf_lit_variants(s):
    b = s.encode("cp1252", errors="replace")
    esc = bytearray()
    for ch in b:
        if ch in b"()\\": esc += b"\\" + bytes([ch])
        elif ch < 32 or ch > 126: esc += ("\\%03o" % ch).encode()
        else: esc.append(ch)
    raw = bytearray()
    for ch in b:
        if ch in b"()\\": raw += b"\\" + bytes([ch])
        else: raw.append(ch)
    return [bytes(esc), bytes(raw)]


def stream_replace(data, old, new, only_qty=False):
    n = 0
    for vo, vn in zip(pdf_lit_variants(old), pdf_lit_variants(new)):
        pat = b"(" + vo + b")"
        if only_qty:
            pat = b"(" + vo + b") Tj"; rep = b"(" + vn + b") Tj"
            if data.count(pat) == 1:
                return data.replace(pat, rep), 1
            continue
        if pat in data:
            c = data.count(pat)
            return data.replace(pat, b"(" + vn + b")"), c
    # fallback: the value is part of a longer literal such as "(Date: 10/23/2025)"
    for vo, vn in zip(pdf_lit_variants(old), pdf_lit_variants(new)):
        if len(old) >= 6 and 1 <= data.count(vo) <= 3:
            return data.replace(vo, vn), data.count(vo)
    return data, n


def content_edit(src, dst, changes, incremental=False):
    """changes: list of (old, new, only_qty). returns number of replacements"""
    total = 0
    if not incremental:
        pdf = pikepdf.open(src)
        for page in pdf.pages:
            conts = page.obj.Contents
            streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
            for st in streams:
                data = st.read_bytes()
                nd = data
                for old, new, oq in changes:
                    nd, c = stream_replace(nd, old, new, oq); total += c
                if nd != data: st.write(nd)
        pdf.save(dst)
        return total
    w = pypdf.PdfWriter(src, incremental=True)
    for page in w.pages:
        c = page.get_contents()
        if c is None: continue
        data = c.get_data()
        nd = data
        for old, new, oq in changes:
            nd, k = stream_replace(nd, old, new, oq); total += k
        if nd != data:
            c.set_data(nd)
            page.replace_contents(c)
    w.write(dst)
    return total


# ------------------------------------------------------------------ overlay edits
def overlay_edit(src, dst, changes, incremental=False):
    """white box over each occurrence of old text, new text drawn on top. changes: list of (old,new)"""
    rd = pypdf.PdfReader(src)
    n = 0
    per_page = {}
    for pi in range(len(rd.pages)):
        for old, new in changes:
            for box in CAP.find_boxes(src, old, pi):
                per_page.setdefault(pi, []).append((box, new)); n += 1
    if not n: return 0
    w = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=src)
    for pi, items in per_page.items():
        pg = w.pages[pi]
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO()
        c = rlcanvas.Canvas(buf, pagesize=(W, H))
        for (l, b, r, t), new in items:
            h = t - b
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1, b - 1.5, (r - l) + 2, h + 3, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            fs = max(5, h * 1.25)
            c.setFont("Helvetica", fs)
            if any(ch.isdigit() for ch in new[-3:]) and new[:1] in "$¥€" or new[-1:] in "€ł":
                c.drawRightString(r, b + 0.5, new)  # amounts right-aligned
            else:
                c.drawString(l, b + 0.5, new)
        c.save(); buf.seek(0)
        ov = pypdf.PdfReader(buf).pages[0]
        pg.merge_page(ov)
    w.write(dst)
    return n


def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", src],
                   capture_output=True, timeout=120)


def rasterize_pdf(src, dst, rng):
    doc = pdfium.PdfDocument(src)
    ims = [pg.render(scale=rng.choice([1.5, 2.0])).to_pil().convert("RGB") for pg in doc]
    CAP.save_images(ims, dst, rng, quality=rng.randint(70, 90))
    return len(ims)


# ------------------------------------------------------------------ image edits
def bg_and_ink(arr, box, pad=3):
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    H, W = arr.shape[:2]
    ring = np.concatenate([arr[max(0, y0 - pad):y0, max(0, x0):x1].reshape(-1, 3), arr[y1:min(H, y1 + pad), max(0, x0):x1].reshape(-1, 3)])
    bg = np.median(ring, axis=0) if len(ring) else np.array([240, 240, 240])
    inside = arr[max(0, y0):y1, max(0, x0):x1].reshape(-1, 3)
    lum = inside.mean(axis=1)
    ink = inside[lum <= np.percentile(lum, 5)].mean(axis=0) if len(inside) else np.array([30, 30, 30])
    return tuple(int(v) for v in bg), tuple(int(v) for v in ink)


def paste_text(im, box, new, mono=False, right=False, app=False):
    arr = np.array(im.convert("RGB"))
    bg, ink = bg_and_ink(arr, box)
    x0, y0, x1, y1 = box
    h = y1 - y0
    patch_w = int((x1 - x0) + 8 + h * 0.6 * max(0, len(new) - 1) * 0.1)
    dr = ImageDraw.Draw(im)
    font = ImageFont.truetype(DJM if mono else (DJB if app else DJ), max(6, int(h * 1.15)))
    tw = dr.textlength(new, font=font)
    fill_w = max(x1 - x0, tw) + 4
    fx0 = x1 - fill_w + 2 if right else x0 - 2
    dr.rectangle([fx0, y0 - 2, fx0 + fill_w, y1 + 2], fill=bg if not app else (250, 250, 250))
    tx = x1 - tw if right else x0
    dr.text((tx, y0 - h * 0.15), new, font=font, fill=ink if not app else (20, 20, 20))
    return im


def clone_region(im, src_box, dst_box):
    sx0, sy0, sx1, sy1 = [int(round(v)) for v in src_box]
    dx0, dy0, dx1, dy1 = [int(round(v)) for v in dst_box]
    w = max(sx1 - sx0, dx1 - dx0) + 2; h = max(sy1 - sy0, dy1 - dy0) + 2
    reg = im.crop((sx1 - w, sy0 - 1, sx1, sy0 - 1 + h))  # right aligned digits
    im.paste(reg, (dx1 - w, dy0 - 1))
    return im


# ------------------------------------------------------------------ driver
def pick(rng, labs, pred, used):
    c = [l for l in labs if pred(l) and l["file"] not in used]
    if not c: return None
    l = rng.choice(c); used.add(l["file"]); return l


def finish(src_lab, fname, method, changed, vals, producer_suffix="", pages=None, before_capture=False):
    rec = dict(src_lab)
    rec.update(file=fname, genuine=False, edit_method=method, what_changed=changed, edit_before_capture=before_capture,
               arithmetic_error=False, producer=src_lab["producer"] + producer_suffix)
    if pages: rec["pages"] = pages
    for f, v in vals.items(): rec[f] = v
    rec["edited_from"] = src_lab["file"]
    write_label(rec)
    return rec


def run(seed=5105):
    rng = random.Random(seed)
    for p in glob.glob(os.path.join(FILES, "e[0-9]*")) + glob.glob(os.path.join(PARTS, "e[0-9]*.json")):
        os.remove(p)
    labs = [json.load(open(p)) for p in sorted(glob.glob(os.path.join(PARTS, "*.json")))]
    labs = [l for l in labs if l.get("genuine") and not l.get("arithmetic_error") and l.get("total")]
    metas = {l["file"]: json.load(open(os.path.join(META, l["file"] + ".json"))) for l in labs}
    used, out = set(), []
    k = [0]

    def nm(src, ext=None):
        k[0] += 1
        base, e = os.path.splitext(src)
        return f"e{k[0]:02d}_{base}{ext or e}"

    core = lambda l: l["file"].endswith(".pdf") and l["file"][0] == "r" and ("reportlab" in l["producer"] or l["producer"] == "fpdf2") \
        and l["language"] in ("en", "es", "de", "fr", "it", "nl") and not (l["producer"] == "fpdf2" and l["currency"] == "EUR")
    vecpdf = lambda l: l["file"].endswith(".pdf") and l["file"][0] in "ho"

    # 1) pikepdf / pypdf incremental content-stream replacement
    jobs = [["total"], ["buyer"], ["date"], ["total"], ["buyer"], ["date"], ["qty", "total"], ["qty"], ["total"], ["buyer", "date"],
            ["date"], ["total"]]
    for j, fields in enumerate(jobs):
        inc = j >= 8
        lab = pick(rng, labs, core, used)
        if not lab: break
        m = metas[lab["file"]]
        src = os.path.join(FILES, lab["file"])
        changes, vals, changed = [], {}, []
        for f in fields:
            if f == "qty":
                qs = [x for x in m["qtys"] if m["qtys"].count(x) == 1]
                if not qs: continue
                old = rng.choice(qs); new = str(int(old) * rng.choice([3, 5, 10]))
                changes.append((old, new, True)); changed.append("quantity")
            else:
                old = {"total": m["total_str"], "buyer": m["buyer"], "date": m["date_str"]}[f]
                new, lv = new_value(f, m, rng)
                changes.append((old, new, False)); vals[f] = lv; changed.append(f)
        fname = nm(lab["file"])
        n = content_edit(src, os.path.join(FILES, fname), changes, incremental=inc)
        if n == 0:
            os.remove(os.path.join(FILES, fname)); k[0] -= 1; continue
        out.append(finish(lab, fname, "pypdf_incremental_text_replace" if inc else "pikepdf_text_replace", changed, vals))

    # 2) overlay white box (+ incremental, + ghostscript re-save, + reprint as image)
    ov_jobs = [("buyer", "overlay_whitebox"), ("total", "overlay_whitebox"), ("date", "overlay_whitebox"), ("buyer", "overlay_whitebox"),
               ("total", "overlay_whitebox"), ("date", "overlay_whitebox"), ("total", "overlay_whitebox"), ("buyer", "overlay_whitebox"),
               ("total", "overlay_whitebox_incremental"), ("buyer", "overlay_whitebox_incremental"), ("date", "overlay_whitebox_incremental"),
               ("total", "overlay_whitebox_gs_resave"), ("buyer", "overlay_whitebox_gs_resave"), ("date", "overlay_whitebox_gs_resave"),
               ("total", "overlay_reprinted_as_image"), ("buyer", "overlay_reprinted_as_image"), ("date", "overlay_reprinted_as_image"),
               ("total", "overlay_reprinted_as_image")]
    for f, method in ov_jobs:
        for _try in range(6):
            lab = pick(rng, labs, vecpdf, used)
            if not lab: break
            m = metas[lab["file"]]
            old = {"total": m["total_str"], "buyer": m["buyer"], "date": m["date_str"]}[f]
            new, lv = new_value(f, m, rng)
            src = os.path.join(FILES, lab["file"])
            tmp = os.path.join(EDW, "tmp_" + lab["file"])
            n = overlay_edit(src, tmp, [(old, new)], incremental=method.endswith("incremental"))
            if n == 0: continue
            changed = [f]
            if f == "buyer" and m.get("buyer_taxid") and rng.random() < 0.6:
                # the seller also swaps the buyer's RFC / tax id
                nb = [b for b in NEW_BUYERS if b[0] == new][0]
                tmp2 = tmp + ".2.pdf"
                if overlay_edit(tmp, tmp2, [(m["buyer_taxid"], nb[1])], incremental=method.endswith("incremental")):
                    shutil.move(tmp2, tmp); changed.append("buyer_taxid")
            if method == "overlay_reprinted_as_image":
                ext = rng.choice([".pdf", ".jpg"])
                fname = nm(lab["file"], ext)
                pages = rasterize_pdf(tmp, os.path.join(FILES, fname), rng)
                if ext == ".jpg": pages = 1
                out.append(finish(lab, fname, method, changed, {f: lv}, "+raster_" + ext[1:], pages, before_capture=True))
            else:
                fname = nm(lab["file"])
                if method.endswith("gs_resave"): gs_resave(tmp, os.path.join(FILES, fname))
                else: shutil.copy(tmp, os.path.join(FILES, fname))
                out.append(finish(lab, fname, method, changed, {f: lv}, "+gs" if "gs" in method else ""))
            break

    # 3) edit, then scan/photograph the printout (edit_before_capture)
    for f in ["date", "total", "buyer", "total"]:
        lab = pick(rng, labs, lambda l: core(l) or vecpdf(l), used)
        if not lab: break
        m = metas[lab["file"]]
        old = {"total": m["total_str"], "buyer": m["buyer"], "date": m["date_str"]}[f]
        new, lv = new_value(f, m, rng)
        tmp = os.path.join(EDW, "pre_" + lab["file"])
        n = overlay_edit(os.path.join(FILES, lab["file"]), tmp, [(old, new)])
        if not n: continue
        cap = rng.choice(["scan", "photo"])
        ext = ".jpg" if cap == "photo" else rng.choice([".pdf", ".jpg"])
        if CAP.n_pages(tmp) > 1:  # a multi-page printout is scanned to a multi-page PDF so the edit stays visible
            cap, ext = "scan", ".pdf"
        fname = nm(lab["file"], ext)
        imgs = []
        npg = CAP.n_pages(tmp) if ext == ".pdf" else 1
        for p in range(npg):
            im, _ = CAP.photo_page(tmp, p, rng) if cap == "photo" else CAP.scan_page(tmp, p, rng)
            imgs.append(im)
        CAP.save_images(imgs, os.path.join(FILES, fname), rng)
        out.append(finish(lab, fname, "edit_then_" + cap, [f], {f: lv}, f"+{cap}_{ext[1:]}", npg, before_capture=True))

    # 4) edits in the captured image itself
    img = lambda l: l["file"][0] == "s" and metas[l["file"]].get("matrices")
    ticket = lambda l: img(l) and metas[l["file"]]["kind"] == "mx_nota"
    img_nt = lambda l: img(l) and metas[l["file"]]["kind"] != "mx_nota"
    img_jobs = [("date", "image_paste", img_nt), ("total", "image_paste", img_nt), ("date", "image_paste", img_nt), ("buyer", "image_paste", img_nt),
                ("total", "image_paste", img_nt), ("date", "image_paste", img_nt),
                ("qty", "image_clone", ticket), ("qty", "image_clone", ticket), ("qty", "image_clone", ticket),
                ("qty", "phone_app_text", ticket), ("qty+total", "phone_app_text", ticket), ("total", "phone_app_text", ticket)]
    for f, method, pred in img_jobs:
        for _try in range(5):
            lab = pick(rng, labs, pred, used)
            if not lab: break
            m = metas[lab["file"]]
            src_pdf = m["src"]; M = np.array(m["matrices"][0])
            ims = CAP.load_page_images(os.path.join(FILES, lab["file"]))
            im = ims[0]
            # scale matrix if the wrapped image has different size than we recorded (pdf wrapper keeps size)
            vals, changed = {}, []
            ok = True
            if f == "qty" or f.startswith("qty"):
                d_items = m["qtys"]
                # ticket rows are drawn as '%3d  desc'; locate the row text by its qty+description prefix
                boxes = ticket_qty_boxes(src_pdf)
                if len(boxes) < 2: ok = False
                else:
                    if method == "image_clone":
                        pairs = [(a, b) for a in boxes for b in boxes if a[0] != b[0] and len(a[0]) == len(b[0]) and int(a[0]) > int(b[0])]
                        if not pairs: ok = False
                        else:
                            a, b = rng.choice(pairs)
                            clone_region(im, CAP.map_box(M, a[1]), CAP.map_box(M, b[1]))
                            changed.append("quantity")
                    else:
                        b = rng.choice(boxes)
                        newq = str(int(b[0]) * rng.choice([3, 4, 10]))
                        paste_text(im, CAP.map_box(M, b[1]), newq, mono=True, right=True, app=True)
                        changed.append("quantity")
                        if f == "qty+total":
                            tb = CAP.find_boxes(src_pdf, m["total_str"])
                            if tb:
                                new, lv = new_value("total", m, rng)
                                paste_text(im, CAP.map_box(M, tb[-1]), new, mono=True, right=True, app=True)
                                vals["total"] = lv; changed.append("total")
            else:
                old = {"total": m["total_str"], "buyer": m["buyer"], "date": m["date_str"]}[f]
                bx = CAP.find_boxes(src_pdf, old)
                if not bx: ok = False
                else:
                    new, lv = new_value(f, m, rng)
                    for b in bx:
                        paste_text(im, CAP.map_box(M, b), new, mono=(m["kind"] == "mx_nota"), right=(f == "total"), app=(method == "phone_app_text"))
                    vals[f] = lv; changed.append(f)
            if not ok or not changed: continue
            ext = os.path.splitext(lab["file"])[1]
            fname = nm(lab["file"])
            ims[0] = im
            CAP.save_images(ims, os.path.join(FILES, fname), rng)
            out.append(finish(lab, fname, method, changed, vals))
            break
    return out


def ticket_qty_boxes(src_pdf):
    """(qty_string, box) for each ticket line, box covering only the qty digits"""
    doc = pdfium.PdfDocument(src_pdf)
    tp = doc[0].get_textpage()
    text = tp.get_text_range()
    out = []
    import re
    for mt in re.finditer(r"(?m)^\s*(\d{1,3}) +[A-Za-zÁÉÍÓÚáéíóúñÑ]", text):
        i0 = mt.start(1); n = len(mt.group(1))
        bx = [tp.get_charbox(j) for j in range(i0, i0 + n)]
        out.append((mt.group(1), (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx))))
    return out


if __name__ == "__main__":
    r = run()
    print(len(r))
    from collections import Counter
    print(Counter(x["edit_method"] for x in r))
