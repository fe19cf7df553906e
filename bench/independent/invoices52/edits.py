"""Edited copies of genuine files, the way a panicking seller would do it."""
import os, io, json, re, copy, shutil, subprocess
import numpy as np
import pikepdf, pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, DecodedStreamObject
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.pdfbase import pdfmetrics
from common import *
import genuine_pdf  # registers DV fonts
import genuine_scan, genuine_office

def meta(stem):
    d = json.load(open(os.path.join(BUILD, stem + ".json"), encoding="utf-8"))
    d["date"] = dt.date.fromisoformat(d["date"]); d["sale_date"] = dt.date.fromisoformat(d["sale_date"])
    d["due"] = dt.date.fromisoformat(d["due"])
    d["discount_pct"] = D(str(d["discount_pct"])); d["shipping"] = D(str(d["shipping"]))
    for ln in d["lines"]:
        ln["price"] = D(str(ln["price"]))
    if d["total"] not in (None, "None"):
        printed = D(str(d["total"])); d["arith_error"] = False; compute(d); d["total"] = printed   # keep the total exactly as printed
    else:
        compute(d); d["total"] = None
    for ln in d["lines"]:
        for k in ("price", "net", "vat", "gross"):
            if k in ln: ln[k] = D(str(ln[k]))
    return d

def orig_label(fname):
    for L in read_labels():
        if L["file"] == fname: return L
    raise KeyError(fname)

# ----------------------------------------------------------------- choosing new values
def new_total(doc, rng):
    old = doc["total"]; nd = LOC[doc["lang"]][3]
    f = D(str(rng.choice([0.45, 0.6, 0.72, 1.35, 1.8])))
    v = (old * f).quantize(D(1) if nd == 0 else D("0.01"))
    return v

def total_strings(doc, value):
    return fmt_num(value, doc["lang"])

def new_date(doc, rng):
    return doc["date"] - dt.timedelta(days=rng.choice([9, 17, 31, 46]))

def new_nip(rng):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return f"NIP {r(3)}-{r(3)}-{r(2)}-{r(2)}"

NEW_BUYERS = ["Koralik Trade Sp. z o.o.", "Wrona Handel Sp. z o.o.", "Sobczak Electronics Sp. z o.o.",
              "Lis Home Concept Sp. z o.o.", "Nowicki Toys Sp. z o.o."]

def plan_change(doc, what, rng, lang_ascii=False):
    """returns (list of (old_string, new_string)), label updates"""
    lang = doc["lang"]; upd = {}
    if what == "total":
        nv = new_total(doc, rng)
        old_s = fmt_num(doc["total"], lang); new_s = fmt_num(nv, lang)
        if lang_ascii: old_s, new_s = old_s.replace("\u202f", " "), new_s.replace("\u202f", " ")
        upd["total"] = f"{nv:.2f}"; return [(old_s, new_s)], upd
    if what == "date":
        nd_ = new_date(doc, rng); v = doc.get("variant", 0)
        upd["date"] = nd_.isoformat()
        return [(fmt_date(doc["date"], lang, v), fmt_date(nd_, lang, v))], upd
    if what == "sale_date":
        nd_ = doc["sale_date"] - dt.timedelta(days=rng.choice([12, 33, 60]))
        return [(fmt_date(doc["sale_date"], lang, doc.get("variant", 0)), fmt_date(nd_, lang, doc.get("variant", 0)))], upd
    if what == "buyer":
        nb = rng.choice(NEW_BUYERS)
        if lang_ascii: nb = nb.translate(str.maketrans("ąćęłńóśźżŁŚŻ", "acelnoszzLSZ"))
        upd["buyer"] = nb; return [(doc["buyer"], nb)], upd
    if what == "buyer_tax_id":
        return [(doc["buyer_tax"], new_nip(rng))], upd
    if what == "quantity":
        ln = max(doc["lines"], key=lambda l: l["net"])
        q = ln["qty"]; nq = q * 2 if q < 50 else q // 2
        # the quantity cell is a standalone string, replace that exact token only
        return [("=" + str(q), str(nq))], upd
    raise ValueError(what)

# ----------------------------------------------------------------- PDF helpers
def find_boxes(pdf_path, s, first_only=False):
    """[(page_index, (l,b,r,t) tight, (l,b,r,t) loose, fontsize)]"""
    out = []
    pdf = pdfium.PdfDocument(pdf_path)
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage()
        exact = s.startswith("=")
        needle = s[1:] if exact else s
        se = tp.search(needle, match_case=True, match_whole_word=exact)
        while True:
            r = se.get_next()
            if not r: break
            i, c = r
            tb = [tp.get_charbox(j) for j in range(i, i + c)]
            lb = [tp.get_charbox(j, loose=True) for j in range(i, i + c)]
            tight = (min(b[0] for b in tb), min(b[1] for b in tb), max(b[2] for b in tb), max(b[3] for b in tb))
            loose = (min(b[0] for b in lb), min(b[1] for b in lb), max(b[2] for b in lb), max(b[3] for b in lb))
            out.append((pi, tight, loose))
            if first_only: break
        if first_only and out: break
    return out

def overlay_pdf(src, repls, font="DV", first_only=False):
    """white box over each occurrence + new text; returns overlay PdfReader and count of hits"""
    rd = PdfReader(src); buf = io.BytesIO()
    c = rlcanvas.Canvas(buf)
    hits = {}
    for old, new in repls:
        for pi, tight, loose in find_boxes(src, old, first_only):
            hits.setdefault(pi, []).append((tight, loose, new))
    if not hits: raise RuntimeError(f"not found in {src}: {[o for o, _ in repls]}")
    for pi, page in enumerate(rd.pages):
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        c.setPageSize((w, h))
        for tight, loose, new in hits.get(pi, []):
            l, b, r, t = loose
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1, b - 0.5, r - l + 2, t - b + 1, fill=1, stroke=0)
            fs = max(5, (loose[3] - loose[1]) / 1.17)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            numeric = re.fullmatch(r"[\d\s.,\u202f-]+", new) is not None
            if numeric: c.drawRightString(tight[2], tight[1], new)
            else: c.drawString(tight[0], tight[1], new)
        c.showPage()
    c.save(); buf.seek(0)
    return PdfReader(buf), sum(len(v) for v in hits.values())

def do_overlay(src, dst, repls, incremental=False, font="DV", first_only=False):
    ov, n = overlay_pdf(src, repls, font, first_only)
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=src)
    for pi, page in enumerate(w.pages):
        page.merge_page(ov.pages[pi])
    if not incremental: w.add_metadata({"/Producer": "PDFescape-like editor 3.1", "/ModDate": "D:20261201093000+01'00'"})
    with open(dst, "wb") as f: w.write(f)
    return n

def enc(s):
    return s.encode("cp1252")

def pikepdf_replace(src, dst, repls):
    n = 0
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            ops = pikepdf.parse_content_stream(page); changed = False; out_ops = []
            for ins in ops:
                operands, op = list(ins.operands), ins.operator
                if str(op) in ("Tj", "TJ", "'", '"'):
                    for k_, o in enumerate(operands):
                        if isinstance(o, pikepdf.String):
                            raw = bytes(o)
                            for old, new in repls:
                                exact = old.startswith("=")
                                ob, nb = enc(old.lstrip("=")), enc(new)
                                if (exact and raw.strip() == ob) or (not exact and ob in raw):
                                    raw = nb if exact else raw.replace(ob, nb); changed = True; n += 1
                            operands[k_] = pikepdf.String(raw)
                out_ops.append(pikepdf.ContentStreamInstruction(operands, op))
            ops = out_ops
            if changed:
                page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
        pdf.save(dst)
    return n

def pypdf_incremental_replace(src, dst, repls):
    w = PdfWriter(src, incremental=True); n = 0
    for page in w.pages:
        cs = page.get_contents()
        data = cs.get_data(); new = data
        for old, nv in repls:
            ob, nb = enc(old.lstrip("=")), enc(nv)
            if old.startswith("="):
                pat = re.compile(rb"\(" + re.escape(ob) + rb"\)")
                new, k = pat.subn(b"(" + nb + b")", new)
            else:
                k = new.count(b"(" + ob + b")") + new.count(ob); new = new.replace(ob, nb)
            n += k
        if new != data:
            so = DecodedStreamObject(); so.set_data(new)
            page[NameObject("/Contents")] = w._add_object(so)
    with open(dst, "wb") as f: w.write(f)
    return n

def flatten_to_image_pdf(src, dst, dpi=150):
    pdf = pdfium.PdfDocument(src)
    ims = [p.render(scale=dpi / 72).to_pil().convert("RGB") for p in pdf]
    ims[0].save(dst, "PDF", save_all=True, append_images=ims[1:], resolution=dpi)
    return len(ims)

def qpdf_resave(src, dst):
    """re-save the edited file through qpdf (pikepdf): linearised, object streams, fresh XMP/Producer --
    the way 'optimise/compress PDF' tools rewrite a file (LibreOffice here has no PDF import filter)."""
    with pikepdf.open(src) as pdf:
        with pdf.open_metadata() as md:
            md["pdf:Producer"] = "SmallPDF-like optimiser (qpdf " + pikepdf.__libqpdf_version__ + ")"
        pdf.docinfo["/Producer"] = "SmallPDF-like optimiser"
        pdf.save(dst, linearize=True, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True,
                 recompress_flate=True)

# ----------------------------------------------------------------- image helpers
def load_capture(fname):
    """returns list of PIL pages of a captured file (jpg/png/image-pdf)"""
    p = os.path.join(FILES, fname)
    if fname.endswith(".pdf"):
        with pikepdf.open(p) as pdf:
            return [pikepdf.PdfImage(list(pg.images.values())[0]).as_pil_image() for pg in pdf.pages]
    return [Image.open(p)]

def save_capture(pages, dst, quality):
    if dst.endswith(".jpg"): pages[0].convert("RGB").save(dst, "JPEG", quality=quality)
    elif dst.endswith(".png"): pages[0].save(dst, "PNG")
    else:
        jp = []
        for im in pages:
            b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=quality); jp.append(Image.open(b))
        jp[0].save(dst, "PDF", save_all=True, append_images=jp[1:], resolution=150)

def map_box(M, box):
    l, b, r, t = box
    pts = []
    for x, y in [(l, b), (r, b), (r, t), (l, t)]:
        q = np.array(M) @ [x, y, 1]; pts.append((q[0] / q[2], q[1] / q[2]))
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)

def img_paste(im, box, text, fontpath, rng, pad=2):
    """cover box with locally sampled paper colour and draw new text (what a quick image-editor retouch does)"""
    mode = im.mode; im = im.convert("RGB")
    x0, y0, x1, y1 = [int(round(v)) for v in box]; x0 -= pad; y0 -= pad; x1 += pad; y1 += pad
    arr = np.array(im)
    ring = np.concatenate([arr[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), arr[y1:y1 + 4, x0:x1].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 245)
    ink = tuple(int(v) for v in np.percentile(arr[y0:y1, x0:x1].reshape(-1, 3), 2, axis=0))
    h = (y1 - y0) - 2 * pad
    bb = ImageFont.truetype(fontpath, 100).getbbox(text)   # scale so the new glyphs are as tall as the old ones
    fs = max(6, int(round(100 * h / max(1, bb[3] - bb[1])))); font = ImageFont.truetype(fontpath, fs)
    while font.getlength(text) > (x1 - x0) * 1.25 and fs > 6:   # a little wider is fine, much wider is not
        fs -= 1; font = ImageFont.truetype(fontpath, fs)
    tw = font.getlength(text); need = int(tw + 2 * pad + 1)
    right_aligned = re.fullmatch(r"[\d\s.,\u202f/-]+", text) is not None
    if need > x1 - x0:  # grow the patch away from the alignment edge
        if right_aligned: x0 = x1 - need
        else: x1 = x0 + need
    patch = Image.new("RGB", (x1 - x0, y1 - y0), bg)
    d = ImageDraw.Draw(patch)
    top = font.getbbox(text)[1]
    tx = (x1 - x0 - pad - tw) if right_aligned else pad
    d.text((tx, pad - top), text, fill=ink, font=font)
    patch = patch.filter(ImageFilter.GaussianBlur(0.6))
    im.paste(patch, (x0, y0))
    return im.convert(mode) if mode in ("L", "RGB") else im

def img_clone(im, src_box, dst_box):
    mode = im.mode; im = im.convert("RGB")
    sb = [int(round(v)) for v in src_box]; db = [int(round(v)) for v in dst_box]
    piece = im.crop(sb).resize((max(1, db[2] - db[0]), max(1, db[3] - db[1])), Image.BICUBIC)
    im.paste(piece, (db[0], db[1]))
    return im.convert(mode) if mode == "L" else im

def char_boxes(pdf_path, pi=0):
    pdf = pdfium.PdfDocument(pdf_path); tp = pdf[pi].get_textpage()
    n = tp.count_chars(); txt = tp.get_text_range(0, n)
    return txt, tp, pdf

# ----------------------------------------------------------------- the catalogue
def run():
    rng = random.Random(5205); labels = []; k = 0
    def emit(src_file, dst_ext, method, what, upd, pages=None, ebc=False, producer=None, extra=None):
        nonlocal k
        L = copy.deepcopy(orig_label(src_file))
        name = f"e{k:02d}_{method}_{os.path.splitext(src_file)[0]}{dst_ext}"
        L.update(file=name, genuine=False, edit_method=method, what_changed=what, edit_before_capture=ebc,
                 arithmetic_error=False, source_file=src_file)
        L.update(upd)
        if producer: L["producer"] = producer
        if pages: L["pages"] = pages
        if extra: L.update(extra)
        k += 1; return name, L
    def log(name, L, ok=True):
        if ok and os.path.exists(os.path.join(FILES, name)): labels.append(L)
        else: print("  skipped", name)

    # A/B: content-stream edits on PDFs whose text is in literal strings (Helvetica / core fonts)
    for method, src, what in [
        ("pikepdf_text_replace", "p09_de_rl_helv.pdf", "total"), ("pikepdf_text_replace", "p10_de_rl_helv.pdf", "date"),
        ("pikepdf_text_replace", "p12_en_rl_helv.pdf", "buyer"), ("pikepdf_text_replace", "p13_en_rl_helv.pdf", "quantity"),
        ("pikepdf_text_replace", "p16_nl_rl_helv.pdf", "total"), ("pikepdf_text_replace", "p28_de_fpdf_core.pdf", "total"),
        ("pikepdf_text_replace", "p29_en_fpdf_core.pdf", "buyer"), ("pikepdf_text_replace", "p31_es_fpdf_core.pdf", "date"),
        ("pypdf_incremental_replace", "p11_de_rl_helv.pdf", "total"), ("pypdf_incremental_replace", "p14_en_rl_helv.pdf", "date"),
        ("pypdf_incremental_replace", "p15_us_rl_helv.pdf", "total"), ("pypdf_incremental_replace", "p18_it_rl_helv.pdf", "buyer_tax_id"),
        ("pypdf_incremental_replace", "p19_es_rl_helv.pdf", "quantity"), ("pypdf_incremental_replace", "p17_fr_rl_helv.pdf", "buyer"),
    ]:
        try:
            doc = meta(src[:-4]); repl, upd = plan_change(doc, what, rng, lang_ascii=True)
            name, L = emit(src, ".pdf", method, [what], upd)
            fn = pikepdf_replace if method.startswith("pikepdf") else pypdf_incremental_replace
            n = fn(os.path.join(FILES, src), os.path.join(FILES, name), repl)
            if n == 0: os.remove(os.path.join(FILES, name)); print("  no hit", src, repl)
            log(name, L)
        except Exception as ex: print("  fail", src, ex)

    # C/D/E/F: white box + new text drawn with ReportLab, merged with pypdf
    for method, src, what, font in [
        ("overlay_whitebox", "h00_pl_wfirma_weasy.pdf", ["buyer_tax_id"], "DV"), ("overlay_whitebox", "h01_pl_wfirma_weasy.pdf", ["total"], "DVB"),
        ("overlay_whitebox", "h03_pl_comarch_weasy.pdf", ["buyer"], "DV"), ("overlay_whitebox", "h04_pl_comarch_chromium.pdf", ["sale_date"], "DV"),
        ("overlay_whitebox", "p00_pl_rl_symfonia.pdf", ["total"], "DVB"), ("overlay_whitebox", "p05_pl_rl_ksef.pdf", ["buyer_tax_id"], "DV"),
        ("overlay_whitebox", "p06_pl_rl_ksef.pdf", ["date"], "Helvetica"), ("overlay_whitebox", "o00_pl_ods.pdf", ["total"], "DVB"),
        ("overlay_whitebox", "o12_pl_docx.pdf", ["buyer"], "DV"), ("overlay_whitebox", "h29_uk_comarch_weasy.pdf", ["total"], "DV"),
        ("overlay_whitebox", "p22_uk_rl_symfonia.pdf", ["buyer", "date"], "DV"), ("overlay_whitebox", "p34_pl_fpdf_dejavu.pdf", ["buyer_tax_id", "buyer"], "DV"),
        ("overlay_whitebox_incremental", "h08_de_modern_weasy.pdf", ["buyer"], "DV"), ("overlay_whitebox_incremental", "p01_pl_rl_symfonia.pdf", ["total"], "DVB"),
        ("overlay_whitebox_incremental", "h12_en_modern_weasy.pdf", ["date"], "Helvetica"), ("overlay_whitebox_incremental", "p23_cs_rl_symfonia.pdf", ["total"], "DV"),
        ("overlay_flatten_image", "h02_pl_wfirma_weasy.pdf", ["total"], "DVB"), ("overlay_flatten_image", "p02_pl_rl_symfonia.pdf", ["buyer_tax_id"], "DV"),
        ("overlay_flatten_image", "p07_pl_rl_ksef.pdf", ["date"], "DV"), ("overlay_flatten_image", "o01_pl_ods.pdf", ["buyer"], "DV"),
        ("overlay_resave_qpdf", "h09_de_modern_chromium.pdf", ["total"], "DV"), ("overlay_resave_qpdf", "p35_pl_fpdf_dejavu.pdf", ["buyer"], "DV"),
    ]:
        try:
            doc = meta(src[:-4]); repl = []; upd = {}
            for w_ in what:
                r_, u_ = plan_change(doc, w_, rng); repl += r_; upd.update(u_)
            inc = method.endswith("incremental")
            if method in ("overlay_flatten_image",):
                name, L = emit(src, ".pdf", method, what, upd, ebc=True, producer="print_to_image_pdf<-" + orig_label(src)["producer"])
                tmp = os.path.join(BUILD, "tmp_" + name); do_overlay(os.path.join(FILES, src), tmp, repl, font=font)
                L["pages"] = flatten_to_image_pdf(tmp, os.path.join(FILES, name))
            elif method == "overlay_resave_qpdf":
                name, L = emit(src, ".pdf", method, what, upd)
                tmp = os.path.join(BUILD, name); do_overlay(os.path.join(FILES, src), tmp, repl, font=font)
                qpdf_resave(tmp, os.path.join(FILES, name))
            else:
                name, L = emit(src, ".pdf", method, what, upd)
                do_overlay(os.path.join(FILES, src), os.path.join(FILES, name), repl, incremental=inc, font=font)
            log(name, L)
        except Exception as ex: print("  fail", src, ex)

    # G: paste new text into a scan / photo image; H: clone a glyph from elsewhere in the same image
    MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
    for method, src, what, fontp, occ in [
        ("image_paste", "s06_pl_photo.jpg", "total", MONO_B, "first"), ("image_paste", "s07_pl_photo.jpg", "total", MONO_B, "all"),
        ("image_paste", "s08_pl_scan.jpg", "total", MONO_B, "first"), ("image_paste", "s10_pl_scan.png", "total", MONO_B, "all"),
        ("image_paste", "s00_pl_scan.jpg", "total", DEJAVU_B, "all"), ("image_paste", "s01_pl_scan.pdf", "buyer_tax_id", DEJAVU, "first"),
        ("image_paste", "s15_en_scan.png", "date", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "all"),
        ("image_paste", "s20_uk_photo.jpg", "total", DEJAVU_B, "all"), ("image_paste", "s22_cs_scan.pdf", "date", DEJAVU, "first"),
        ("image_paste", "s12_de_scan.pdf", "buyer", DEJAVU, "first"),
    ]:
        try:
            stem = src.rsplit(".", 1)[0]; doc = meta(stem); xf = json.load(open(os.path.join(BUILD, stem + ".xf.json")))
            repl, upd = plan_change(doc, what, rng)
            old, new = repl[0]
            boxes = find_boxes(xf["src"], old, first_only=(occ == "first"))
            if not boxes: print("  no hit", src, old); continue
            pages = load_capture(src)
            for pi, tight, loose in boxes:
                if pi >= len(pages): continue
                box = map_box(xf["xf"][pi], (tight[0], tight[1], tight[2], tight[3]))
                pages[pi] = img_paste(pages[pi], box, new, fontp, rng)
            name, L = emit(src, os.path.splitext(src)[1], method, [what], upd)
            save_capture(pages, os.path.join(FILES, name), quality=rng.randint(70, 92))
            log(name, L)
        except Exception as ex: print("  fail", src, ex)

    for src in ["s09_pl_photo.jpg", "s03_pl_scan.png", "s21_uk_scan.jpg", "s25_it_scan.jpg", "s16_en_photo.jpg", "s29_pl_scan.jpg"]:
        try:
            stem = src.rsplit(".", 1)[0]; doc = meta(stem); xf = json.load(open(os.path.join(BUILD, stem + ".xf.json")))
            if doc["total"] is None:  # delivery note: clone a quantity digit instead
                target = "=" + str(doc["lines"][0]["qty"]); what = "quantity"
            else:
                target = fmt_num(doc["total"], doc["lang"]); what = "total"
            hits = find_boxes(xf["src"], target, first_only=True)
            if not hits: print("  no hit", src, target); continue
            pi = hits[0][0]
            txt, tp, pdfh = char_boxes(xf["src"], pi)
            se = tp.search(target.lstrip("="), match_case=True); i0, cnt = se.get_next()
            # the leading digit of the amount is replaced by a different digit found elsewhere on the page
            tgt_i = i0; old_d = txt[tgt_i]
            tb = tp.get_charbox(tgt_i); th = tb[3] - tb[1]
            donor = None; tol = 0.12
            for want in ("1", "2", "3", "4", "5", "6", "7", "8", "9"):
                if want == old_d: continue
                if what == "total" and int(want) < int(old_d) and rng.random() < .7: continue
                for j, ch in enumerate(txt):
                    if ch == want and not (i0 <= j < i0 + cnt):
                        b = tp.get_charbox(j)
                        if abs((b[3] - b[1]) - th) < tol * th: donor = (j, b); break
                if donor: break
            if not donor:
                tol = 0.6
                for want in "123456789":
                    if want == old_d: continue
                    for j, ch in enumerate(txt):
                        if ch == want and not (i0 <= j < i0 + cnt):
                            b = tp.get_charbox(j)
                            if abs((b[3] - b[1]) - th) < tol * th: donor = (j, b); break
                    if donor: break
            if not donor: print("  no donor", src); continue
            M = xf["xf"][pi]
            pages = load_capture(src)
            # use identical width boxes around glyph centres
            sb, db = map_box(M, donor[1]), map_box(M, tb)
            pad = 1
            pages[pi] = img_clone(pages[pi], (sb[0] - pad, sb[1] - pad, sb[2] + pad, sb[3] + pad), (db[0] - pad, db[1] - pad, db[2] + pad, db[3] + pad))
            new_s = txt[donor[0]] + target.lstrip("=")[1:]
            upd = {}
            if what == "total":
                _, th_, de, nd, _, _ = LOC[doc["lang"]]
                val = D(new_s.replace(th_, "").replace(" ", "").replace(de, ".")); upd["total"] = f"{val:.2f}"
            name, L = emit(src, os.path.splitext(src)[1], "image_clone", [what], upd)
            save_capture(pages, os.path.join(FILES, name), quality=rng.randint(75, 92))
            log(name, L)
        except Exception as ex: print("  fail clone", src, ex)

    # I/J: the seller edits the Word/spreadsheet source, exports again (and sometimes prints and scans it)
    from docx import Document
    for method, stem, what, capture_kind in [
        ("docx_edit_reexport", "o13_de_docx", "total", None), ("docx_edit_reexport", "o11_pl_docx", "buyer", None),
        ("docx_edit_print_scan", "o12_pl_docx", "date", "scan"), ("docx_edit_print_scan", "o15_uk_docx", "total", "photo"),
        ("fods_edit_reexport", "o03_cs_ods", "total", None), ("fods_edit_print_scan", "o07_uk_ods", "buyer", "scan"),
    ]:
        try:
            doc = meta(stem); repl, upd = plan_change(doc, what, rng); old, new = repl[0]
            srcp = os.path.join(BUILD, stem + (".docx" if "docx" in method else ".fods"))
            ed = os.path.join(BUILD, "edit_" + stem + os.path.splitext(srcp)[1])
            if srcp.endswith(".docx"):
                d = Document(srcp); n = 0
                paras = list(d.paragraphs) + [p for t in d.tables for row in t.rows for c in row.cells for p in c.paragraphs]
                for p in paras:
                    for r in p.runs:
                        if old in r.text: r.text = r.text.replace(old, new); n += 1
                d.save(ed)
            else:
                from xml.sax.saxutils import escape as X
                s = open(srcp, encoding="utf-8").read(); n = s.count(X(old)); open(ed, "w", encoding="utf-8").write(s.replace(X(old), X(new)))
            if n == 0: print("  no hit", stem, old); continue
            genuine_office.soffice_pdf([ed], BUILD)
            pdf_out = os.path.join(BUILD, "edit_" + stem + ".pdf")
            if capture_kind is None:
                name, L = emit(stem + ".pdf", ".pdf", method, [what], upd, ebc=True)
                shutil.copy(pdf_out, os.path.join(FILES, name)); L["pages"] = pdf_pages(os.path.join(FILES, name))
            else:
                name, L = emit(stem + ".pdf", ".jpg", method, [what], upd, ebc=True, producer=f"{capture_kind}_jpg<-lo_export")
                fn, pg = genuine_scan.capture(pdf_out, name[:-4], capture_kind, "jpg", rng)
                L["pages"] = pg
            log(name, L)
        except Exception as ex: print("  fail", stem, ex)

    # K: regenerate the document with a changed field in the original software, then photograph / scan it
    for src_stem, prod, what, kind in [("s04_pl_photo", "html_wfirma", "buyer_tax_id", "photo"), ("s05_pl_scan", "rl_ksef", "sale_date", "scan"),
                                       ("s17_zh_photo", "html_cjk", "total", "photo")]:
        try:
            doc = meta(src_stem); upd = {}
            if what == "buyer_tax_id": doc["buyer_tax"] = new_nip(rng)
            elif what == "sale_date": doc["sale_date"] = doc["sale_date"] - dt.timedelta(days=21)
            elif what == "total":
                nv = new_total(doc, rng); doc["total"] = nv; upd["total"] = f"{nv:.2f}"
            srcf = [L_["file"] for L_ in read_labels() if L_["file"].startswith(src_stem + ".")][0]
            name, L = emit(srcf, ".jpg", "regenerate_then_capture", [what], upd, ebc=True, producer=kind + "_jpg<-" + prod)
            tmp = os.path.join(BUILD, name[:-4] + "_src.pdf")
            if prod.startswith("html_"):
                import genuine_html; genuine_html.render_weasy(doc, prod[5:], tmp)
            else:
                genuine_pdf.rl_invoice(doc, tmp, prod[3:])
            fn, pg = genuine_scan.capture(tmp, name[:-4], kind, "jpg", rng)
            log(name, L)
        except Exception as ex: print("  fail", src_stem, ex)
    write_labels(labels); return labels

if __name__ == "__main__":
    print(len(run()))
