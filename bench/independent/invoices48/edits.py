"""Edited copies of genuine files, made the way a panicking seller would."""
import os, io, re, copy, datetime, subprocess, numpy as np
import pikepdf, pypdf, pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
import gen_html as G
import scans as S

try: pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
except Exception: pass

ALT_BUYERS = {"ko": "(주)미래글로벌셀러", "ja": "ミライグローバル株式会社 御中", "zh": "未来环球贸易株式会社", "xx": "Mirae Global Sellers Co., Ltd."}
ALT_SUPPLIERS = {"ko": "(주)아모레뷰티유통", "ja": "株式会社大阪正規代理店", "zh": "深圳品牌授权旗舰有限公司", "xx": "Official Brand Distribution Ltd."}

def guess_style(d, s):
    for st in ["dot", "cjk", "ko", "iso", "slash_ymd", "us", "eu_slash", "nl", "fr", "es", "it", "en_long"]:
        if fmt_date(d, st) == s: return st
    return "iso"

def new_value(rng, what, reg, lab):
    """Return (old_string, new_string, label_update)."""
    lang = reg["lang"]
    if what == "date":
        d = datetime.date.fromisoformat(reg["date"]); nd = d + datetime.timedelta(days=rng.randint(9, 45))
        st = guess_style(d, reg["date_str"])
        return reg["date_str"], fmt_date(nd, st), {"date": nd.isoformat()}
    if what == "total":
        old = money(dict(lang=lang, currency=lab["currency"]), D(lab["total"]))
        nt = q2(D(lab["total"]) * D(rng.choice(["0.62", "0.75", "1.30", "1.85"])))
        if reg["dec"] == 0: nt = q0(nt)
        new = money(dict(lang=lang, currency=lab["currency"]), nt)
        return old, new, {"total": f"{nt:.0f}" if reg["dec"] == 0 else f"{nt:.2f}"}
    if what == "quantity":
        q = int(reg["qty"]); nq = q * rng.choice([2, 3, 5]) if q < 100 else q * 2
        return f"{q:,}", f"{nq:,}", {}
    if what == "buyer":
        key = lang if lang in ("ko", "ja", "zh") else "xx"
        return reg["buyer"], ALT_BUYERS[key], {"buyer": ALT_BUYERS[key]}
    if what == "supplier":
        key = lang if lang in ("ko", "ja", "zh") else "xx"
        return reg["supplier"], ALT_SUPPLIERS[key], {"supplier": ALT_SUPPLIERS[key]}

def find_boxes(pdf, text, whole=False, maxn=3):
    """[(page, (l,b,r,t))] of occurrences, in PDF points."""
    out = []
    doc = pdfium.PdfDocument(pdf)
    for pi in range(len(doc)):
        tp = doc[pi].get_textpage()
        s = tp.search(text, match_whole_word=whole)
        while True:
            r = s.get_next()
            if not r: break
            idx, cnt = r
            bx = [tp.get_charbox(k) for k in range(idx, idx + cnt)]
            bx = [b for b in bx if b[2] > b[0]]
            if not bx: continue
            out.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx))))
            if len(out) >= maxn: return out
    return out

def overlay_pdf(src, boxes, new, path_overlay_sizes=None):
    """Build per-page overlay PDF with white boxes + new text; return pypdf reader of overlay."""
    rd = pypdf.PdfReader(src)
    buf = io.BytesIO()
    c = None
    pages = {}
    for pi, b in boxes: pages.setdefault(pi, []).append(b)
    mb = rd.pages[0].mediabox
    c = canvas.Canvas(buf, pagesize=(float(mb.width), float(mb.height)))
    for pi in range(len(rd.pages)):
        pg = rd.pages[pi]; c.setPageSize((float(pg.mediabox.width), float(pg.mediabox.height)))
        for (l, b, r, t) in pages.get(pi, []):
            hgt = t - b; fs = max(6, hgt * 1.3)
            font = "WQY" if re.search(r"[^\x00-\x7f€£]", new) else "Helvetica"
            wnew = pdfmetrics.stringWidth(new, font, fs)
            c.setFillColorRGB(1, 1, 1)
            numeric = bool(re.match(r"^[\d₩¥$€,.\s\-A-Z]*$", new))
            x0 = r - wnew if numeric else l
            c.rect(min(l, x0) - 1.5, b - 2, max(r, x0 + wnew) - min(l, x0) + 3, hgt + 4, fill=1, stroke=0)
            c.setFillColorRGB(.05, .05, .05); c.setFont(font, fs); c.drawString(x0, b + hgt * 0.02, new)
        c.showPage()
    c.save(); buf.seek(0)
    return pypdf.PdfReader(buf)

def m_overlay(src, dst, old, new, incremental=False, whole=False):
    boxes = find_boxes(src, old, whole)
    if not boxes: return False
    ov = overlay_pdf(src, boxes, new)
    if incremental:
        w = pypdf.PdfWriter(src, incremental=True)
    else:
        w = pypdf.PdfWriter(clone_from=src)
    pis = sorted({p for p, _ in boxes})
    for pi in pis:
        w.pages[pi].merge_page(ov.pages[pi])
    w.add_metadata({"/ModDate": "D:20261201093011+09'00'", "/Producer": "pypdf"})
    w.write(dst)
    return True

def m_pikepdf(src, dst, old, new):
    pdf = pikepdf.open(src); hit = False
    for pg in pdf.pages:
        for cs in ([pg.obj.Contents] if not isinstance(pg.obj.Contents, pikepdf.Array) else list(pg.obj.Contents)):
            data = cs.read_bytes()
            o = b"(" + old.encode("latin-1") + b")"
            if o in data:
                data = data.replace(o, b"(" + new.encode("latin-1") + b")"); cs.write(data); hit = True
    if hit:
        pdf.docinfo["/ModDate"] = "D:20261130221501+09'00'"
        pdf.save(dst)
    return hit

def m_gs_resave(tmp, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-o", dst, tmp], check=True, capture_output=True, timeout=120)

def m_flatten(tmp, dst):
    doc = pdfium.PdfDocument(tmp); ims = [doc[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(len(doc))]
    ims[0].save(dst, "PDF", resolution=150, save_all=True, append_images=ims[1:])
    return len(ims)

def img_region(reg, box_pts):
    """Map a PDF-point box on the source page to an output-image rectangle."""
    src = reg["src"]; dpi = reg["dpi"]; Hm = np.array(reg["H"])
    ph = float(pypdf.PdfReader(src).pages[0].mediabox.height)
    l, b, r, t = box_pts; s = dpi / 72
    pts = np.array([[l * s, (ph - t) * s, 1], [r * s, (ph - t) * s, 1], [r * s, (ph - b) * s, 1], [l * s, (ph - b) * s, 1]]).T
    q = Hm @ pts; q = q[:2] / q[2]
    return int(q[0].min()), int(q[1].min()), int(q[0].max()) + 1, int(q[1].max()) + 1

def m_image_paste(reg, srcimg, dst, old, new, whole=False):
    boxes = find_boxes(reg["src"], old, whole, maxn=1)
    if not boxes: return False
    x0, y0, x1, y1 = img_region(reg, boxes[0][1])
    im = Image.open(srcimg).convert("RGB"); a = np.array(im)
    pad = 3
    ring = np.concatenate([a[max(0, y0 - pad - 2):y0 - pad, x0:x1].reshape(-1, 3), a[y1 + pad:y1 + pad + 2, x0:x1].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 240)
    hgt = y1 - y0
    font = ImageFont.truetype(CJK_FONT, max(8, int(hgt * 1.38)))
    wnew = font.getlength(new)
    numeric = bool(re.match(r"^[\d₩¥$€,.\s\-A-Z]*$", new))
    nx = x1 - wnew if numeric else x0
    patch_l = int(min(x0, nx)) - pad; patch_r = int(max(x1, nx + wnew)) + pad
    d = ImageDraw.Draw(im)
    d.rectangle([patch_l, y0 - pad, patch_r, y1 + pad], fill=bg)
    ink = (0, 0, 0) if reg["kind"] == "fax" else (40, 40, 45)
    d.text((nx, y1), new, font=font, fill=ink, anchor="ls")
    ext = dst.rsplit(".", 1)[1]
    S.save_img(im, dst, quality=80)
    return True

def m_clone_line(reg, srcimg, dst, rng):
    """Clone blank paper from lower on the same page over the first item row, strip by strip
    along the (rotated / perspective) row, so a line item disappears."""
    boxes = find_boxes(reg["src"], f"{int(reg['qty']):,}", whole=True, maxn=1)
    if not boxes: return False
    src = reg["src"]; dpi = reg["dpi"]; Hm = np.array(reg["H"])
    pg = pypdf.PdfReader(src).pages[0]; ph = float(pg.mediabox.height); pw = float(pg.mediabox.width)
    l, b, r, t = boxes[0][1]; hgt = t - b; s = dpi / 72
    top, bot = t + hgt * .55, b - hgt * .55
    im = Image.open(srcimg).convert("RGB"); base = im.copy()
    def mp(x, y):
        v = Hm @ np.array([x * s, (ph - y) * s, 1.0]); return v[0] / v[2], v[1] / v[2]
    step = 18
    for x in np.arange(pw * .04, pw * .96, step):
        xa, ya = mp(x, top); xb, yb = mp(x + step, bot)
        x0, x1 = int(min(xa, xb)), int(max(xa, xb)) + 1; y0, y1 = int(min(ya, yb)), int(max(ya, yb)) + 1
        dxa, dya = mp(x, ph * .18 + (top - bot)); dyo = int(dya) - y0
        patch = base.crop((x0, y0 + dyo, x1, y1 + dyo))
        im.paste(patch, (x0, y0))
    S.save_img(im, dst, quality=80)
    return True

def run(rng, labs, reg):
    for l in [l for l in labs if not l["genuine"]]:
        p = os.path.join(FILES, l["file"])
        if os.path.exists(p): os.remove(p)
    labs[:] = [l for l in labs if l["genuine"]]
    gen = [l for l in labs if l["genuine"]]
    def pick(pred, n):
        c = [l for l in gen if pred(l, reg.get(l["file"], {}))]
        rng.shuffle(c); return c[:n]
    made = []
    def add(src_lab, fname, method, changed, upd, pages=None, ebc=False, producer=None):
        lab = copy.deepcopy(src_lab); lab.update(upd)
        lab.update(file=fname, genuine=False, edit_method=method, what_changed=changed, edit_before_capture=ebc,
                   arithmetic_error=src_lab["arithmetic_error"], source_file=src_lab["file"])
        if pages: lab["pages"] = pages
        if producer: lab["producer"] = producer
        labs.append(lab); made.append(fname); print("edit", fname, method, changed, flush=True)
    n = 0
    def nm(src, ext=None):
        nonlocal n; n += 1
        stem, e = os.path.splitext(src); return f"e{n:02d}_{stem}{ext or e}"
    # 1. pikepdf content-stream replace on ReportLab Helvetica files
    for l in pick(lambda l, r: r.get("rl_plain") and l["is_invoice"], 8):
        r = reg[l["file"]]; what = rng.choice(["date", "quantity", "buyer", "date", "quantity"])
        old, new, upd = new_value(rng, what, r, l)
        fname = nm(l["file"])
        if m_pikepdf(os.path.join(FILES, l["file"]), os.path.join(FILES, fname), old, new): add(l, fname, "pikepdf_content_stream_replace", [what], upd)
        else: n -= 1
    pdfs = lambda l, r: l["file"].endswith(".pdf") and "src" not in r and l["is_invoice"] and l["producer"] not in ("reportlab_canvas",)
    # 2. incremental update with white box + new text (pypdf incremental)
    for l in pick(lambda l, r: pdfs(l, r), 30)[:7]:
        r = reg[l["file"]]; what = rng.choice(["supplier", "date", "total", "buyer"])
        old, new, upd = new_value(rng, what, r, l); fname = nm(l["file"])
        if m_overlay(os.path.join(FILES, l["file"]), os.path.join(FILES, fname), old, new, incremental=True): add(l, fname, "pypdf_incremental_overlay", [what], upd)
        else: n -= 1
    used = set(x.split("_", 1)[1] for x in made)
    # 3. white box overlay, full rewrite
    for l in pick(lambda l, r: pdfs(l, r) and l["file"] not in used, 40)[:9]:
        r = reg[l["file"]]; what = rng.choice(["supplier", "total", "quantity", "date", "buyer"])
        old, new, upd = new_value(rng, what, r, l); fname = nm(l["file"])
        if m_overlay(os.path.join(FILES, l["file"]), os.path.join(FILES, fname), old, new, whole=(what == "quantity")): add(l, fname, "overlay_whitebox_pypdf", [what], upd)
        else: n -= 1
    used = set(x.split("_", 1)[1] for x in made)
    # 4. overlay then re-save through Ghostscript  5. overlay then "print to PDF" as images
    for k, l in enumerate(pick(lambda l, r: pdfs(l, r) and l["file"] not in used, 40)[:8]):
        r = reg[l["file"]]; what = rng.choice(["supplier", "total", "date"])
        old, new, upd = new_value(rng, what, r, l)
        tmp = os.path.join(WORK, f"tmp_edit{k}.pdf")
        if not m_overlay(os.path.join(FILES, l["file"]), tmp, old, new): continue
        fname = nm(l["file"])
        if k % 2 == 0:
            m_gs_resave(tmp, os.path.join(FILES, fname)); add(l, fname, "overlay_then_ghostscript_resave", [what], upd)
        else:
            pg = m_flatten(tmp, os.path.join(FILES, fname))
            add(l, fname, "overlay_then_print_to_image_pdf", [what], upd, pages=pg, ebc=True, producer="image_pdf_print")
    # 6. edit HTML before printing and faxing/photographing (no trace inside the file)
    for k, l in enumerate(pick(lambda l, r: "html" in r and "src" in r, 5)):
        r = reg[l["file"]]; what = ["date", "total", "supplier", "date", "buyer"][k]
        old, new, upd = new_value(rng, what, r, l)
        if old not in r["html"]: continue
        h = r["html"].replace(old, new)
        src = os.path.join(WORK, f"src_ebc{k}.pdf"); G.render(h, src)
        kind = r["kind"] if r["kind"] != "screenshot" else "photo"
        im, Hm, dpi = S.capture(src, kind, rng, upd.get("date", r["date"]))
        ext = "jpg" if kind == "photo" else ("png" if kind == "fax" else "pdf")
        fname = nm(l["file"], "." + ext); S.save_img(im, os.path.join(FILES, fname))
        add(l, fname, "edited_before_capture", [what], upd, ebc=True, producer=S.PROD[kind] + ("_pdf" if ext == "pdf" else ""))
    # 7. paste retyped text into scan/photo images  8. clone blank paper over a line item
    imgs = pick(lambda l, r: "src" in r and not l["file"].endswith(".pdf"), 20)
    for k, l in enumerate(imgs[:6]):
        r = reg[l["file"]]; what = ["quantity", "date", "quantity", "total", "date", "quantity"][k]
        old, new, upd = new_value(rng, what, r, l); fname = nm(l["file"])
        if m_image_paste(r, os.path.join(FILES, l["file"]), os.path.join(FILES, fname), old, new, whole=(what == "quantity")):
            add(l, fname, "image_paste_retyped_text", [what], upd)
        else: n -= 1
    for l in imgs[6:9]:
        r = reg[l["file"]]; fname = nm(l["file"])
        if m_clone_line(r, os.path.join(FILES, l["file"]), os.path.join(FILES, fname), rng): add(l, fname, "image_clone_region", ["line_items", "quantity"], {})
        else: n -= 1
