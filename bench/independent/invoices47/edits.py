"""Edited copies of genuine files, the way a panicking seller would do it."""
import os, io, json, re, random, copy, subprocess, shutil, datetime
import numpy as np, cv2
import pikepdf, pypdf, pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
from specs import PROFILES

GEOM = os.path.join(WORK, "geom")
try:
    pdfmetrics.getFont("WQY")
except Exception:
    pdfmetrics.registerFont(TTFont("WQY", FONT_CJK, subfontIndex=0))

# ------------------------------------------------------------------ value helpers
def parse_num(s, style):
    s = s.replace("\u202f", " ").replace("\xa0", " ")
    if style in ("us", "int"): s = s.replace(",", "")
    elif style == "eu": s = s.replace(".", "").replace(",", ".")
    elif style == "sp": s = s.replace(" ", "").replace(",", ".")
    return D(s)

def new_total(rec, rng):
    old = D(rec["total"])
    f = D(rng.choice(["0.55", "0.62", "0.7", "0.78", "0.85", "1.2", "1.35"]))
    v = (old * f).quantize(D("1")) if rec["currency"] == "JPY" else q2(old * f)
    if rng.random() < 0.5 and rec["currency"] != "JPY":
        v = q2(D(int(v)) + D(rng.choice(["0.00", "0.50", "0.90"])))
    return v

def new_date(rec, rng):
    d = datetime.date.fromisoformat(rec["date"])
    nd = d + datetime.timedelta(days=rng.choice([-75, -45, -30, -12, 9, 20, 41]))
    return nd if nd <= datetime.date(2026, 11, 30) else d - datetime.timedelta(days=rng.choice([18, 33, 60]))

def new_buyer(rec, rng):
    c = rec["_buyer_country"]
    if rec["language"] == "zh": c = "CNZ"
    for _ in range(20):
        b = company(rng, c)
        if b["name"] != rec["buyer"]: return b["name"]
    return b["name"]

# ------------------------------------------------------------------ locating text with pdfium
def find(pdf, text, page=None, whole=False):
    """list of (page_index, (l, b, r, t), page_w, page_h) boxes in PDF points"""
    d = pdfium.PdfDocument(pdf); out = []
    pages = range(len(d)) if page is None else [page if page >= 0 else len(d) + page]
    for pi in pages:
        pg = d[pi]; tp = pg.get_textpage(); W, H = pg.get_size()
        s = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            o = s.get_next()
            if not o: break
            idx, cnt = o
            bx = [tp.get_charbox(i) for i in range(idx, idx + cnt)]
            bx = [b for b in bx if b[2] > b[0]]
            if not bx: continue
            out.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)), W, H))
    return out

def find_qty(pdf, sku, qty):
    sk = find(pdf, sku, 0)
    if not sk: return []
    _, (l, b, r, t), W, H = sk[0]
    cands = [c for c in find(pdf, qty, 0, whole=True) if abs((c[1][1] + c[1][3]) / 2 - (b + t) / 2) < 3 and c[1][0] > r + 40]
    return cands[:1]

# ------------------------------------------------------------------ PDF editing primitives
def overlay_pdf(src, dst, repl, producer, incremental=False, bold=False):
    """repl: list of (page, box, new_text, align). White box over old text, new text drawn on top, merged with pypdf."""
    reader = pypdf.PdfReader(src)
    writer = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=reader)
    bypage = {}
    for p, box, txt, align in repl: bypage.setdefault(p, []).append((box, txt, align))
    for p, items in bypage.items():
        W = float(writer.pages[p].mediabox.width); H = float(writer.pages[p].mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H))
        for (l, b, r, t), txt, align in items:
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 2, r - l + 3, t - b + 4, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            cjk = any(ord(ch) > 0x2e80 for ch in txt)
            size = (t - b) / (0.72 if re.fullmatch(r"[\d.,' /:-]+", txt) else 0.92)
            c.setFont("WQY" if cjk else ("Helvetica-Bold" if bold else "Helvetica"), size)
            (c.drawRightString(r, b + 0.3, txt) if align == "r" else c.drawString(l, b + (0.3 if re.fullmatch(r"[\d.,' /:-]+", txt) else size * 0.2), txt))
        c.save(); buf.seek(0)
        writer.pages[p].merge_page(pypdf.PdfReader(buf).pages[0])
    if not incremental:
        writer.add_metadata({"/Producer": producer, "/ModDate": "D:20261207101500+00'00'"})
    with open(dst, "wb") as f: writer.write(f)

def stream_replace(data, old, new, which):
    idx = [m.start() for m in re.finditer(re.escape(old), data)]
    if not idx: return data, 0
    if which == "last": idx = idx[-1:]
    elif which == "first": idx = idx[:1]
    for i in reversed(idx): data = data[:i] + new + data[i + len(old):]
    return data, len(idx)

def qty_stream_replace(data, sku, old, new):
    m = re.search(rb"\(" + re.escape(sku.encode()) + rb"\) Tj", data)
    if not m: return data, 0
    lits = list(re.finditer(rb"\(((?:[^()\\]|\\.)*)\) Tj", data[m.end():]))
    q = lits[1]  # description, then quantity
    if q.group(1) != old.encode(): return data, 0
    a = m.end() + q.start(1); return data[:a] + new.encode() + data[m.end() + q.end(1):], 1

def pikepdf_edit(src, dst, old, new, which, pages, sku=None, producer=None):
    pdf = pikepdf.open(src); n = 0
    for pi in pages:
        pg = pdf.pages[pi]
        for cs in (pg.obj.Contents if isinstance(pg.obj.Contents, pikepdf.Array) else [pg.obj.Contents]):
            data = cs.read_bytes()
            data, k = qty_stream_replace(data, sku, old, new) if sku else stream_replace(data, old.encode("cp1252"), new.encode("cp1252"), which)
            if k: cs.write(data); n += k
    if producer: pdf.docinfo["/Producer"] = producer
    pdf.save(dst); return n

def pypdf_incremental_edit(src, dst, old, new, which, pages, sku=None):
    w = pypdf.PdfWriter(src, incremental=True); n = 0
    for pi in pages:
        obj = w.pages[pi]["/Contents"].get_object()
        data = obj.get_data()
        data, k = qty_stream_replace(data, sku, old, new) if sku else stream_replace(data, old.encode("cp1252"), new.encode("cp1252"), which)
        if k:
            from pypdf.generic import DecodedStreamObject, NameObject
            ns = DecodedStreamObject(); ns.set_data(data); ns = ns.flate_encode()
            w.pages[pi][NameObject("/Contents")] = w._add_object(ns)
            n += k
    with open(dst, "wb") as f: w.write(f)
    return n

# ------------------------------------------------------------------ image primitives
def to_px(box, W, H, dpi, Hm):
    l, b, r, t = box; s = dpi / 72
    pts = np.float32([[l * s, (H - t) * s], [r * s, (H - t) * s], [r * s, (H - b) * s], [l * s, (H - b) * s]]).reshape(-1, 1, 2)
    return cv2.perspectiveTransform(pts, np.asarray(Hm, np.float64)).reshape(-1, 2)

def load_img(path):
    if path.endswith(".pdf"):
        return np.array(pdfium.PdfDocument(path)[0].render(scale=1).to_pil().convert("RGB")), True
    return np.array(Image.open(path).convert("RGB")), False

def save_like(arr, src, dst, rng):
    im = Image.fromarray(arr)
    if dst.endswith(".jpg"): im.save(dst, "JPEG", quality=rng.randint(80, 95))
    elif dst.endswith(".png"): im.save(dst, "PNG")
    else:
        im.save(dst, "PDF", resolution=float(pypdf.PdfReader(src).pages[0].mediabox.width) and 72 * im.width / float(pypdf.PdfReader(src).pages[0].mediabox.width))

def draw_text_patch(arr, quad, txt, bold, fill_bg=None, align="r"):
    x0, y0 = quad[:, 0].min(), quad[:, 1].min(); x1, y1 = quad[:, 0].max(), quad[:, 1].max()
    x0, y0, x1, y1 = int(x0) - 2, int(y0) - 2, int(x1) + 3, int(y1) + 3
    reg = arr[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6].reshape(-1, 3)
    bg = fill_bg if fill_bg is not None else np.percentile(reg, 90, axis=0).astype(int)
    im = Image.fromarray(arr); d = ImageDraw.Draw(im)
    d.rectangle([x0, y0, x1, y1], fill=tuple(int(v) for v in bg))
    cjk = any(ord(ch) > 0x2e80 for ch in txt)
    h = (y1 - y0) - 4
    numeric = bool(re.fullmatch(r"[\d.,' /:-]+", txt))
    f = ImageFont.truetype(FONT_CJK if cjk else (FONT_SANS_B if bold else FONT_SANS), max(8, int(h / (0.78 if numeric else 1.0))))
    tw = d.textlength(txt, font=f)
    ink = tuple(int(v) for v in np.percentile(reg, 3, axis=0))
    x = x1 - 2 - tw if align == "r" else x0 + 2
    d.text((x, y1 - 2), txt, fill=ink, font=f, anchor="ls")
    arr[:] = np.array(im)

# ------------------------------------------------------------------ plan
# (target file, method, field)
PLAN = [
 ("rl00_classic_pt.pdf", "pikepdf_text_replace", "total"), ("rl01_band_pt.pdf", "pikepdf_text_replace", "date"),
 ("rl04_band_es.pdf", "pikepdf_text_replace", "quantity"), ("rl07_band_en.pdf", "pikepdf_text_replace", "total"),
 ("rl12_ledger_en.pdf", "pikepdf_text_replace", "date"), ("rl14_classic_de.pdf", "pikepdf_text_replace", "total"),
 ("rl06_ledger_es.pdf", "pypdf_incremental_text", "total"), ("rl13_band_en.pdf", "pypdf_incremental_text", "quantity"),
 ("rl16_ledger_it.pdf", "pypdf_incremental_text", "date"), ("rl17_classic_nl.pdf", "pypdf_incremental_text", "total"),
 ("rl18_band_pt.pdf", "text_replace_gs_resave", "total"), ("rl23_classic_en.pdf", "text_replace_gs_resave", "date"),
 ("h00_danfe_pt.pdf", "overlay_whitebox", "total"), ("h07_bling_pt.pdf", "overlay_whitebox", "buyer"), ("h10_phc_pt.pdf", "overlay_whitebox", "date"),
 ("h13_primavera_pt.pdf", "overlay_whitebox", "total"), ("h17_clean_es.pdf", "overlay_whitebox", "buyer"), ("h19_clean_fr.pdf", "overlay_whitebox", "total"),
 ("h23_cnvat_zh.pdf", "overlay_whitebox", "buyer"), ("h25_clean_ja.pdf", "overlay_whitebox", "total"), ("fp26_a_es.pdf", "overlay_whitebox", "date"),
 ("fp28_a_de.pdf", "overlay_whitebox", "total"), ("ss00_a_pt.pdf", "overlay_whitebox", "total"), ("wd10_a_pt.pdf", "overlay_whitebox", "buyer"),
 ("wd12_a_es.pdf", "overlay_whitebox", "total"),
 ("h26_clean_en.pdf", "overlay_whitebox_incremental", "total"), ("h27_mono_en.pdf", "overlay_whitebox_incremental", "date"),
 ("h21_clean_de.pdf", "overlay_whitebox_incremental", "buyer"),
 ("h14_primavera_pt.pdf", "overlay_then_print_to_pdf_raster", "total"), ("ss01_b_pt.pdf", "overlay_then_print_to_pdf_raster", "date"),
 ("wd13_b_fr.pdf", "overlay_then_cairo_resave", "total"), ("h09_tiny_pt.pdf", "overlay_then_cairo_resave", "quantity"),
 ("scan01_pt.jpg", "image_paste", "total"), ("scan04_es.png", "image_paste", "total"), ("scan06_en.jpg", "image_paste", "total"), ("scan12_pl.pdf", "image_paste", "date"),
 ("scan03_pt.jpg", "clone_region", "total"), ("scan10_de.jpg", "clone_region", "total"), ("scan16_fr.jpg", "clone_region", "total"), ("scan13_en.jpg", "clone_region", "total"),
 ("photo20_en.jpg", "photo_app_retype", "date"), ("photo21_es.jpg", "photo_app_retype", "total"), ("photo23_pt.jpg", "photo_app_retype", "buyer"),
]

def field_change(rec, field, rng):
    """returns (old_str, new_str, new_rec_values, which)"""
    r = {}
    if field == "total":
        v = new_total(rec, rng); old = rec["_total_str"]; new = fmt_num(v, rec["_numstyle"]); r["total"] = f"{v:.2f}"; which = "last"
    elif field == "date":
        d = new_date(rec, rng); old = rec["_date_str"]; new = fmt_date(d, rec["_datestyle"]); r["date"] = d.isoformat(); which = "all"
    elif field == "buyer":
        old = rec["_buyer_str"]; new = new_buyer(rec, rng); r["buyer"] = new; which = "all"
    else:
        q = int(rec["_qty_str"]); nq = q * rng.choice([2, 3]) if q < 100 else q // 2
        old = rec["_qty_str"]; new = str(nq); which = "qty"
    return old, new, r, which

def boxes_for(pdf, rec, field, old, which):
    if field == "quantity": return find_qty(pdf, rec["_sku"], old)
    bx = find(pdf, old)
    if which == "last": bx = bx[-1:]
    return bx

def run(recs_by_file, seed0=5000):
    out = []
    for i, (target, method, field) in enumerate(PLAN):
        rng = random.Random(seed0 + i)
        rec = recs_by_file.get(target)
        if rec is None: print("skip, no target", target); continue
        src = os.path.join(FILES, target)
        base, ext = os.path.splitext(target)
        fn = f"e{i:02d}_{base}{ext}"; dst = os.path.join(FILES, fn)
        old, new, upd, which = field_change(rec, field, rng)
        ok = True
        try:
            if method in ("pikepdf_text_replace", "pypdf_incremental_text", "text_replace_gs_resave"):
                npg = rec["pages"]
                pages = [npg - 1] if field == "total" else [0] if field == "quantity" else list(range(npg))
                sku = rec["_sku"] if field == "quantity" else None
                if method == "pikepdf_text_replace":
                    n = pikepdf_edit(src, dst, old, new, which, pages, sku)
                elif method == "pypdf_incremental_text":
                    n = pypdf_incremental_edit(src, dst, old, new, which, pages, sku)
                else:
                    tmp = os.path.join(WORK, "tmp_gs.pdf"); n = pikepdf_edit(src, tmp, old, new, which, pages, sku)
                    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.4", f"-sOutputFile={dst}", tmp], check=True)
                ok = n > 0
            elif method.startswith("overlay"):
                bx = boxes_for(src, rec, field, old, which)
                ok = bool(bx)
                if ok:
                    repl = [(p, b, new, "r" if field in ("total", "quantity") else "l") for p, b, W, H in bx]
                    prod = rng.choice(["EasyPDF Web Editor 2.3 (invented)", "PDFfix Online (invented)", "DocuTweak 5.0 (invented)"])
                    if method == "overlay_whitebox_incremental":
                        overlay_pdf(src, dst, repl, prod, incremental=True, bold=field == "total")
                    elif method == "overlay_whitebox":
                        overlay_pdf(src, dst, repl, prod, bold=field == "total" and rng.random() < 0.5)
                    else:
                        tmp = os.path.join(WORK, "tmp_ov.pdf"); overlay_pdf(src, tmp, repl, prod)
                        if method == "overlay_then_cairo_resave":
                            subprocess.run(["pdftocairo", "-pdf", tmp, dst], check=True)
                        else:  # "printed" to a PDF printer: every page becomes an image
                            d = pdfium.PdfDocument(tmp)
                            ims = [d[k].render(scale=150 / 72).to_pil().convert("RGB") for k in range(len(d))]
                            ims[0].save(dst, "PDF", save_all=True, append_images=ims[1:], resolution=150)
            else:
                geo = json.load(open(os.path.join(GEOM, target + ".json")))
                arr, is_pdf = load_img(src)
                bx = boxes_for(geo["src"], rec, field, old, which)
                ok = bool(bx)
                if ok:
                    if is_pdf:
                        # re-render the scanned page at its native pixel size
                        pg = pypdf.PdfReader(src).pages[0]; xo = pg["/Resources"]["/XObject"]; im0 = list(xo.values())[0].get_object()
                        nat_w = int(im0["/Width"]); arr = np.array(pdfium.PdfDocument(src)[0].render(scale=nat_w / float(pg.mediabox.width)).to_pil().convert("RGB"))
                    p, box, W, H = bx[0]
                    if method == "image_paste":
                        for p, box, W, H in bx:
                            q = to_px(box, W, H, geo["dpi"], geo["H"]); draw_text_patch(arr, q, new, bold=field == "total", fill_bg=np.array([250, 250, 250]) if rng.random() < 0.5 else None,
                                                            align="l" if rec["_profile"] == "br_danfe" or field != "total" else "r")
                    elif method == "photo_app_retype":
                        for p, box, W, H in bx:
                            q = to_px(box, W, H, geo["dpi"], geo["H"]); draw_text_patch(arr, q, new, bold=False, align="r" if field == "total" else "l")
                    elif method == "clone_region":
                        new, upd, ok = clone_digit(arr, geo, rec, box, W, H, old, rng)
                    if ok: save_like(arr, src, dst, rng)
        except Exception as ex:
            print("edit failed", target, method, ex); ok = False
        if not ok:
            print("could not apply", target, method, field)
            if os.path.exists(dst): os.remove(dst)
            continue
        r = copy.deepcopy(rec); r.update(upd)
        r.update(file=fn, genuine=False, edit_method=method, what_changed=[field], edit_before_capture=False, arithmetic_error=False,
                 source_file=target, edit_detail=f"{old} -> {new}",
                 pages=pdf_pages(dst) if dst.endswith(".pdf") else 1)
        out.append(r)
    return out

def clone_digit(arr, geo, rec, box, W, H, old, rng):
    """copy one digit glyph from elsewhere on the same page over one digit of the total"""
    d = pdfium.PdfDocument(geo["src"]); pg = d[0]; tp = pg.get_textpage()
    n = tp.count_chars(); chars = [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(n)]
    l, b, r, t = box
    inbox = lambda cb: cb[0] >= l - 0.5 and cb[2] <= r + 0.5 and cb[1] >= b - 0.5 and cb[3] <= t + 0.5
    tgt = [(c, cb) for c, cb in chars if c.isdigit() and inbox(cb)]
    if not tgt: return None, None, False
    pos = 0 if rng.random() < 0.6 else 1  # leading digits move the total most
    oc, ocb = tgt[min(pos, len(tgt) - 1)]
    h = ocb[3] - ocb[1]
    best = None
    for want in ("123456789" if pos == 0 else "1234567890").replace(oc, ""):
        for c, cb in chars:
            if c == want and not inbox(cb):
                sc = abs((cb[3] - cb[1]) - h) / h + rng.random() * 0.02
                if best is None or sc < best[0]: best = (sc, want, cb)
    if best is None or best[0] > 0.45:
        return None, None, False
    _, want, scb = best
    qs = to_px(scb, W, H, geo["dpi"], geo["H"]); qt = to_px(ocb, W, H, geo["dpi"], geo["H"])
    sx0, sy0 = int(round(qs[:, 0].min())) - 1, int(round(qs[:, 1].min())) - 1; sx1, sy1 = int(round(qs[:, 0].max())) + 1, int(round(qs[:, 1].max())) + 1
    tx0, ty0 = int(round(qt[:, 0].min())) - 1, int(round(qt[:, 1].min())) - 1
    tx1, ty1 = int(round(qt[:, 0].max())) + 1, int(round(qt[:, 1].max())) + 1
    patch = arr[sy0:sy1, sx0:sx1].copy()
    patch = cv2.resize(patch, (tx1 - tx0, ty1 - ty0)) if patch.shape[:2] != (ty1 - ty0, tx1 - tx0) else patch
    arr[ty0:ty1, tx0:tx1] = patch
    # new printed string
    k = [i for i, ch in enumerate(old) if ch.isdigit()][min(pos, len(tgt) - 1)]
    newstr = old[:k] + want + old[k + 1:]
    v = parse_num(newstr, rec["_numstyle"])
    return newstr, {"total": f"{v:.2f}"}, True

if __name__ == "__main__":
    recs = {}
    for part in ("html", "pdflib", "office", "capture"):
        for r in load_part(part) or []: recs[r["file"]] = r
    e = run(recs); save_part("edits", e); print(len(e))
