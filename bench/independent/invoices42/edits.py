"""Edited copies of genuine files, the way a panicking seller would do it."""
import os, json, random, glob, subprocess, io, re, copy, datetime, shutil
from decimal import Decimal
import pikepdf, pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
import genuine_scan

pdfmetrics.registerFont(TTFont("DVs", os.path.join(FONT_DIR, "DejaVuSans.ttf")))

def load_metas():
    ms = []
    for p in sorted(glob.glob(os.path.join(WORK, "meta_*.json"))):
        ms += json.load(open(p))
    return ms

def parse_num(s, style):
    s = s.strip()
    if style == "en": s = s.replace(",", "")
    elif style == "eu_dot": s = s.replace(".", "").replace(",", ".")
    else: s = s.replace(" ", "").replace("\u202f", "").replace(",", ".")
    return Decimal(s)

def bump_digits(s, rng):
    """change one digit of the integer part (like a seller retyping a total)"""
    idx = [i for i, ch in enumerate(s) if ch.isdigit()]
    intpart = [i for i in idx if i < (len(s) - 3 if len(s) > 3 and not s[-3].isdigit() else len(s))] or idx
    i = rng.choice(intpart[:3])
    old = s[i]
    choices = [d for d in "0123456789" if d != old and not (i == intpart[0] and d == "0")]
    return s[:i] + rng.choice(choices) + s[i + 1:]

NEW_BUYERS = ["Amazon Seller Peeters BV", "Verhoeven Trading BV", "Martens Online Shop", "Dubois Distribution SRL", "Smit Webwinkel B.V."]

def new_date(meta, rng):
    d = datetime.date.fromisoformat(meta["label"]["date"])
    nd = d - datetime.timedelta(days=rng.randint(25, 120))
    return nd, fmt_date(nd, meta["date_style"])

def plan_change(meta, what, rng):
    """returns (old_string, new_string, label_updates)"""
    if what == "total":
        new = bump_digits(meta["total_str"], rng)
        dec = parse_num(new, meta["numstyle"])
        return meta["total_str"], new, {"total": str(dec.quantize(Decimal("1")) if meta["currency"] == "JPY" else dec.quantize(Decimal("0.01")))}
    if what == "date":
        nd, s = new_date(meta, rng)
        return meta["date_str"], s, {"date": nd.isoformat()}
    if what == "buyer":
        nb = rng.choice([b for b in NEW_BUYERS if b != meta["buyer_str"]])
        return meta["buyer_str"], nb, {"buyer": nb}
    raise ValueError(what)

# ------------------------------------------------------------------ locating text (pdfium)
def find_boxes(pdf, text):
    doc = pdfium.PdfDocument(pdf)
    res = []
    for pi in range(len(doc)):
        tp = doc[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            m = s.get_next()
            if not m: break
            i, n = m
            bx = [tp.get_charbox(i + j) for j in range(n)]
            bx = [b for b in bx if b[2] > b[0]]
            if bx:
                res.append((pi, min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)))
    return res

def overlay_pdf(src, boxes, new, dst_pages_sizes, align_right):
    """one overlay page per source page; white box + new text"""
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    byp = {}
    for b in boxes: byp.setdefault(b[0], []).append(b)
    for pi, (w, h) in enumerate(dst_pages_sizes):
        c.setPageSize((w, h))
        for _, l, bo, r, t in byp.get(pi, []):
            hgt = t - bo
            size = max(6, hgt * 1.38)
            font = "Helvetica" if all(ord(ch) < 256 for ch in new) else "DVs"
            tw = pdfmetrics.stringWidth(new, font, size)
            c.setFillColorRGB(1, 1, 1)
            pad = 1.2
            c.rect(min(l, r - tw if align_right else l) - pad, bo - hgt * 0.35, max(r - l, tw) + 2 * pad, hgt * 1.75, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, size)
            if align_right: c.drawRightString(r, bo, new)
            else: c.drawString(l, bo, new)
        c.showPage()
    c.save(); buf.seek(0)
    return pypdf.PdfReader(buf)

def page_sizes(pdf):
    r = pypdf.PdfReader(pdf)
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]

def do_overlay(src, dst, old, new, align_right, incremental=False):
    boxes = find_boxes(src, old)
    if not boxes: return False
    ov = overlay_pdf(src, boxes, new, page_sizes(src), align_right)
    if incremental:
        w = pypdf.PdfWriter(src, incremental=True)
    else:
        w = pypdf.PdfWriter(clone_from=src)
    for pi in {b[0] for b in boxes}:
        w.pages[pi].merge_page(ov.pages[pi])
    if not incremental:
        w.add_metadata({"/Producer": "pypdf", "/ModDate": "D:20261118094512+01'00'"})
    with open(dst, "wb") as f: w.write(f)
    return True

# ------------------------------------------------------------------ content-stream edits (reportlab Type1 files)
def pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def stream_replace(data, old, new, qty_after=None):
    if qty_after is not None:  # replace the "(qty) Tj" that follows the description
        anchor = b"(" + pdf_str(qty_after) + b") Tj"
        i = data.find(anchor)
        if i < 0: return None
        j = data.find(b"(" + pdf_str(old) + b") Tj", i)
        if j < 0: return None
        return data[:j] + b"(" + pdf_str(new) + b") Tj" + data[j + len(pdf_str(old)) + 5:]
    ob, nb = pdf_str(old), pdf_str(new)
    if ob not in data: return None
    return data.replace(ob, nb)

def pikepdf_replace(src, dst, old, new, qty_after=None):
    pdf = pikepdf.open(src)
    hit = False
    for page in pdf.pages:
        cs = page.obj.Contents
        streams = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
        for s in streams:
            nd = stream_replace(s.read_bytes(), old, new, qty_after)
            if nd is not None:
                s.write(nd); hit = True
    if not hit: return False
    pdf.docinfo["/ModDate"] = "D:20261120151203+01'00'"
    pdf.save(dst)
    return True

def pypdf_incremental_replace(src, dst, old, new, qty_after=None):
    w = pypdf.PdfWriter(src, incremental=True)
    hit = False
    for page in w.pages:
        data = page.get_contents().get_data() if page.get_contents() is not None else b""
        nd = stream_replace(data, old, new, qty_after)
        if nd is not None:
            ns = pypdf.generic.DecodedStreamObject()
            ns.set_data(nd)
            ns = ns.flate_encode()
            page[pypdf.generic.NameObject("/Contents")] = w._add_object(ns)
            hit = True
    if not hit: return False
    with open(dst, "wb") as f: w.write(f)
    return True

# ------------------------------------------------------------------ images
def ocr_words(img_path):
    out = subprocess.run(["tesseract", img_path, "-", "--psm", "3", "tsv"], capture_output=True, text=True, timeout=120).stdout
    words = []
    for line in out.splitlines()[1:]:
        p = line.split("\t")
        if len(p) == 12 and p[11].strip():
            words.append((p[11].strip(), int(p[6]), int(p[7]), int(p[8]), int(p[9])))
    return words

def find_word(words, target, last=False):
    """word box whose digits equal the target's digits; for totals take the last (lowest) match,
    because on invoices without VAT the subtotal line carries the same figure above the grand total"""
    key = re.sub(r"[^0-9]", "", target)
    hits = [(l, t, wd, h) for w, l, t, wd, h in words if key and len(key) >= 3 and re.sub(r"[^0-9]", "", w) == key]
    if not hits: return None
    return max(hits, key=lambda b: b[1]) if last else hits[0]

def paste_text(img, box, new, rng):
    l, t, wd, h = box
    mode = img.mode
    bg = img.crop((max(0, l - 8), max(0, t - 6), l + wd + 8, t + h + 6)).convert("L")
    px = sorted(bg.tobytes()); paper = px[int(len(px) * 0.9)]
    ink = px[int(len(px) * 0.02)]
    font = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans.ttf"), max(8, int(h * 1.25)))
    tw = int(font.getlength(new))
    W = max(wd, tw) + 6
    patch = Image.new("L", (W, h + 8), paper)
    d = ImageDraw.Draw(patch)
    d.text((W - tw - 3, 1), new, font=font, fill=ink)
    if mode != "L": patch = patch.convert(mode)
    img.paste(patch, (l + wd - W + 3, t - 4))
    return img

def clone_region(img, src_box, dst_box):
    l, t, wd, h = src_box
    region = img.crop((l - 2, t - 2, l + wd + 2, t + h + 2))
    dl, dt, dw, dh = dst_box
    # cover the old value with paper taken from just right of the source, then paste the cloned date
    paper = img.crop((dl + dw + 4, dt - 2, dl + dw + 14, dt + dh + 2)).resize((dw + 8, dh + 4))
    img.paste(paper, (dl - 4, dt - 2))
    img.paste(region, (dl - 2, dt - 2))
    return img

# ------------------------------------------------------------------ main
def run(seed=4205):
    rng = random.Random(seed)
    metas = load_metas()
    byname = {m["file"]: m for m in metas}
    textpdf = [m for m in metas if m["file"].endswith(".pdf") and not m["producer"].startswith(("mfp", "phone", "carbon"))]
    type1 = [m for m in textpdf if "type1" in m["producer"]]
    others = [m for m in textpdf if "type1" not in m["producer"] and m["lang"] not in ("zh",)]
    scans = [m for m in metas if m["producer"].startswith(("mfp_scan_jpeg", "mfp_scan_png"))]
    rng.shuffle(type1); rng.shuffle(others); rng.shuffle(scans)
    labels, k = [], 0
    used = set()

    def emit(meta, out, method, changes, upd, ebc=False, pages=None, producer=None):
        nonlocal k
        lab = copy.deepcopy(meta["label"])
        lab.update(upd)
        lab.update(file=os.path.basename(out), genuine=False, edit_method=method, what_changed=changes,
                   edit_before_capture=ebc, source_file=meta["file"], arithmetic_error=False)
        if pages: lab["pages"] = pages
        if producer: lab["producer"] = producer
        labels.append(lab); used.add(meta["file"]); k += 1
        print("edit", lab["file"], changes, flush=True)

    def outname(meta, method, ext=None):
        base, e = os.path.splitext(meta["file"])
        return os.path.join(FILES, "e%02d_%s_%s%s" % (k, method, base, ext or e))

    # --- 1/2: content stream replacement (pikepdf full save, pypdf incremental)
    jobs = [("pikepdf_text_replace", w) for w in ["total", "total", "total", "buyer", "buyer", "date", "date", "quantity"]] + \
           [("pypdf_incremental_text_replace", w) for w in ["total", "total", "date", "buyer", "quantity", "total"]] + \
           [("text_replace_gs_resave", w) for w in ["total", "date", "buyer"]]
    pool = list(type1)
    for method, what in jobs:
        for _ in range(len(pool)):
            m = pool.pop(0); pool.append(m)
            if m["file"] in used: continue
            src = os.path.join(FILES, m["file"])
            out = outname(m, method)
            qty_after = None
            try:
                if what == "quantity":
                    # find item description via label-free approach: first qty in meta
                    r = pypdf.PdfReader(src)
                    old = m["qty_strs"][0]; new = str(int(old) * rng.choice([2, 3, 5, 10]))
                    txt = r.pages[0].extract_text()
                    # description precedes qty in reportlab order: use first product line
                    desc = [l for l in txt.splitlines()]
                    qty_after = None
                    upd = {}
                    # anchor on sku string which is unique
                    sku = re.findall(r"[A-Z]{2}-\d{3,4}", txt)
                    if not sku: continue
                    qty_after = sku[0]
                else:
                    old, new, upd = plan_change(m, what, rng)
                    if not all(ord(ch) < 256 for ch in old + new): continue
                fn = pypdf_incremental_replace if method.startswith("pypdf") else pikepdf_replace
                tmp = out + ".tmp.pdf" if method == "text_replace_gs_resave" else out
                if not fn(src, tmp, old, new, qty_after): continue
                if method == "text_replace_gs_resave":
                    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-o", out, tmp], check=True, timeout=120)
                    os.remove(tmp)
                chg = [what] + (["subtotal"] if what == "total" and len(find_boxes(src, old)) > 1 else [])
                emit(m, out, method, chg, upd, pages=pdf_pages(out))
                break
            except Exception as ex:
                print("skip", m["file"], method, ex)
                if os.path.exists(out): os.remove(out)
                continue

    # --- 3/4/5: white-box overlays on any text PDF (HTML, fpdf2, LibreOffice, TTF reportlab)
    jobs = [("overlay_whitebox", w) for w in ["total", "total", "buyer", "date", "total", "buyer", "date", "total"]] + \
           [("overlay_whitebox_incremental", w) for w in ["total", "buyer", "date", "total"]] + \
           [("online_editor_flatten", w) for w in ["total", "buyer", "date"]]
    pool = list(others)
    for method, what in jobs:
        for _ in range(len(pool)):
            m = pool.pop(0); pool.append(m)
            if m["file"] in used: continue
            src = os.path.join(FILES, m["file"])
            old, new, upd = plan_change(m, what, rng)
            out = outname(m, method)
            tmp = out + ".tmp.pdf" if method == "online_editor_flatten" else out
            try:
                if not do_overlay(src, tmp, old, new, align_right=(what == "total"), incremental=method.endswith("incremental")):
                    continue
                nb = len(find_boxes(src, old))
                if method == "online_editor_flatten":
                    doc = pdfium.PdfDocument(tmp)
                    imgs = [doc[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(len(doc))]
                    imgs[0].save(out, "PDF", resolution=150, save_all=True, append_images=imgs[1:], producer="WebPDF Editor 5 (flattened)")
                    doc.close(); os.remove(tmp)
                chg = [what] + (["subtotal"] if what == "total" and nb > 1 else [])
                emit(m, out, method, chg, upd, pages=pdf_pages(out))
                break
            except Exception as ex:
                print("skip", m["file"], method, ex)
                continue

    # --- 6: screenshot of a portal PDF, edited and cropped in a paint program
    for m in [x for x in others if x["file"] not in used][:3]:
        src = os.path.join(FILES, m["file"])
        old, new, upd = plan_change(m, "total", rng)
        boxes = [b for b in find_boxes(src, old) if b[0] == 0]
        if not boxes: continue
        s = 96 / 72
        doc = pdfium.PdfDocument(src); img = doc[0].render(scale=s).to_pil().convert("RGB"); H = float(doc[0].get_height())
        d = ImageDraw.Draw(img)
        for _, l, bo, r, t in boxes:
            x0, y0, x1, y1 = l * s, (H - t) * s, r * s, (H - bo) * s
            font = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"), max(8, int((y1 - y0) * 1.35)))
            tw = font.getlength(new)
            d.rectangle([min(x0, x1 - tw) - 2, y0 - 3, x1 + 2, y1 + 3], fill=(255, 255, 255))
            d.text((x1 - tw, y0 - (y1 - y0) * 0.3), new, font=font, fill=(0, 0, 0))
        crop = img.crop((int(img.width * 0.04), int(img.height * 0.03), int(img.width * 0.97), int(min(img.height, (H - boxes[-1][2]) * s + 160))))
        out = outname(m, "screenshot_paint_edit", ".png")
        crop.save(out)
        emit(m, out, "screenshot_paint_edit", ["total"], upd, pages=1, producer="screenshot_png_of_" + m["producer"])
        if k >= 40 or len([l for l in labels if l["edit_method"] == "screenshot_paint_edit"]) >= 2: break

    # --- 7/8: image paste and cloning inside scans
    ip = ic = 0
    for m in scans:
        if ip >= 4 and ic >= 3: break
        path = os.path.join(FILES, m["file"])
        words = ocr_words(path)
        img = Image.open(path); img.load()
        if ic < 3 and m["date_style"] in ("dmy_dot", "dmy_dash", "dmy_slash", "mdy_us", "ymd_slash", "iso"):
            a, b = find_word(words, m["due_str"]), find_word(words, m["date_str"])
            if a and b:
                img = clone_region(img, a, b)
                out = outname(m, "image_clone_date")
                genuine_scan.save_img(img, out, rng) if not out.endswith(".jpg") else img.save(out, "JPEG", quality=80)
                emit(m, out, "image_clone_date", ["date"], {"date": byname_due(m).isoformat()})
                ic += 1
                continue
        if ip < 4:
            box = find_word(words, m["total_str"], last=True)
            if box:
                old, new, upd = plan_change(m, "total", rng)
                img = paste_text(img, box, new, rng)
                out = outname(m, "image_paste")
                img.save(out, "JPEG", quality=88) if out.endswith(".jpg") else img.save(out)
                emit(m, out, "image_paste", ["total"], upd)
                ip += 1
    # --- 9: edited before capture: the seller edits the PDF, prints it and scans / photographs the printout
    cands = [m for m in metas if m.get("src_pdf") and m["file"] not in used and m["lang"] not in ("zh", "ja")]
    rng.shuffle(cands)
    n = 0
    for m in cands:
        if n >= 4: break
        what = ["total", "buyer", "date", "total"][n]
        old, new, upd = plan_change(m, what, rng)
        tmp = os.path.join(WORK, "ebc_%d.pdf" % n)
        if not do_overlay(m["src_pdf"], tmp, old, new, align_right=(what == "total")): continue
        kind = "photo_jpg" if n == 3 else ("scan_pdf" if n % 2 else "scan_jpg")
        ext = {"photo_jpg": ".jpg", "scan_pdf": ".pdf", "scan_jpg": ".jpg"}[kind]
        out = outname(m, "edit_then_" + kind.split("_")[0], ext)
        pages = genuine_scan.scan_pdf(tmp, out, rng, kind)
        emit(m, out, "edit_then_" + kind.split("_")[0], [what], upd, ebc=True, pages=pages,
             producer={"photo_jpg": "phone_photo_jpeg", "scan_pdf": "mfp_scan_pdf", "scan_jpg": "mfp_scan_jpeg"}[kind] + "_of_edited_printout")
        n += 1
    with open(os.path.join(WORK, "labels_edits.jsonl"), "w") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    print("edits:", len(labels))

def byname_due(m):
    # the due date string was cloned over the issue date; recover it from the date format
    s = m["due_str"]; st = m["date_style"]
    fmts = {"dmy_dot": "%d.%m.%Y", "dmy_dash": "%d-%m-%Y", "dmy_slash": "%d/%m/%Y", "mdy_us": "%m/%d/%Y", "ymd_slash": "%Y/%m/%d", "iso": "%Y-%m-%d"}
    return datetime.datetime.strptime(s, fmts[st]).date()

if __name__ == "__main__":
    run()
