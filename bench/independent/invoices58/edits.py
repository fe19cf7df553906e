"""Edited copies of genuine files, done the way a panicking colleague would."""
import os, io, json, copy, pickle, random, datetime, subprocess, shutil
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfraw
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas as rlcanvas
from common import *
import genuine_scan as GS
import genuine_office as GO


def load_docs():
    docs = {}
    for p in ["rl", "fpdf", "html", "office", "scan"]:
        fn = os.path.join(WORK, f"docs_{p}.pkl")
        if os.path.exists(fn):
            docs.update(pickle.load(open(fn, "rb")))
    return docs


def load_recs():
    return {r["file"]: r for r in load_all_labels()}


# ---------- choosing new values ----------
def new_value(doc, what, rng):
    st = doc["strings"]
    if what == "buyer":
        nb = rng.choice(ALT_BUYERS)
        return doc["buyer"], nb, dict(buyer=nb)
    if what == "date":
        nd = doc["date"] - datetime.timedelta(days=rng.choice([35, 61, 92, 120, 200, -30]))
        if nd.year != doc["date"].year and st["dstyle"] in ("it_long", "de_long", "fr_long"):
            nd = doc["date"] - datetime.timedelta(days=20)
        return st["date"], fmt_date(nd, st["dstyle"]), dict(date=nd)
    if what == "total":
        f = D(rng.choice(["0.5", "0.8", "1.25", "2", "1.1"]))
        nt = q(doc["totale"] * f)
        if nt == doc["totale"]:
            nt += D("10")
        return st["total"], fmt_num(nt, st["nstyle"]), dict(totale=nt)
    raise ValueError(what)


# ---------- PDF helpers ----------
def char_runs(pdf_path, text):
    """All occurrences of text in the PDF: list of (page, bbox(l,b,r,t), fontsize)."""
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for pi in range(len(pdf)):
        pg = pdf[pi]; tp = pg.get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            i, n = r
            bx = [tp.get_charbox(j) for j in range(i, i + n)]
            fs = pdfraw.FPDFText_GetFontSize(tp.raw, i)
            out.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)), fs, pg.get_width(), pg.get_height()))
    pdf.close()
    return out


def overlay_pdf(runs_new, pagesizes):
    """ReportLab overlay with a white box over each old string and the new string in Helvetica."""
    buf = io.BytesIO()
    c = rlcanvas.Canvas(buf)
    for pi, (w, h) in enumerate(pagesizes):
        c.setPageSize((w, h))
        for (p, (l, b, r, t), fs, new, align) in runs_new:
            if p != pi:
                continue
            fs = fs if fs and fs > 2 else (t - b) * 1.35
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 2.2, (r - l) + 3, (t - b) + 4, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0); c.setFont("Helvetica", fs)
            if align == "r":
                c.drawRightString(r, b, new)
            else:
                c.drawString(l, b, new)
        c.showPage()
    c.save(); buf.seek(0)
    return pypdf.PdfReader(buf)


def plan_runs(path, old, new):
    runs = char_runs(path, old)
    isnum = any(ch.isdigit() for ch in old) and not any(ch.isalpha() for ch in old.replace("EUR", ""))
    return [(p, bb, fs, new, "r" if isnum else "l") for (p, bb, fs, w, h) in runs]


def do_overlay(src, dst, changes, incremental):
    rd = pypdf.PdfReader(src)
    runs = []
    for old, new in changes:
        runs += plan_runs(src, old, new)
    if not runs:
        return False
    ov = overlay_pdf(runs, [(float(p.mediabox.width), float(p.mediabox.height)) for p in rd.pages])
    if incremental:
        w = pypdf.PdfWriter(src, incremental=True)
    else:
        w = pypdf.PdfWriter(clone_from=rd)
    touched = sorted(set(r[0] for r in runs))
    for pi in touched:
        w.pages[pi].merge_page(ov.pages[pi])
    if not incremental:
        w.add_metadata({"/Producer": "pypdf", "/ModDate": "D:20261203101500+01'00'"})
    with open(dst, "wb") as f:
        w.write(f)
    return True


def do_pikepdf_replace(src, dst, changes, exact_first=False):
    """Replace text inside Tj/TJ operands of the content streams (works for ReportLab standard-font PDFs)."""
    pdf = pikepdf.open(src)
    hits = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        new_ops = []
        for operands, op in ops:
            if str(op) in ("Tj", "'", '"') and operands:
                s = bytes(operands[-1]).decode("cp1252", "replace")
                for old, new in changes:
                    if exact_first:
                        if s.strip() == old and hits == 0:
                            s = new; hits += 1
                    elif old in s:
                        s = s.replace(old, new); hits += 1
                operands = list(operands[:-1]) + [pikepdf.String(s.encode("cp1252", "replace"))]
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if hits:
        pdf.docinfo["/ModDate"] = "D:20261204183000+01'00'"
        pdf.save(dst)
    pdf.close()
    return hits > 0


# ---------- image helpers ----------
def img_boxes(doc, old):
    """Boxes of old text mapped into the scan/photo pixel space (list of (x0,y0,x1,y1))."""
    meta = doc["scan_meta"]
    runs = char_runs(meta["src"], old)
    out = []
    for (p, (l, b, r, t), fs, w, h) in runs:
        if p != 0:
            continue
        s = meta["dpi"] / 72
        pts = [(l * s, (h - t) * s), (r * s, (h - t) * s), (r * s, (h - b) * s), (l * s, (h - b) * s)]
        W, H = w * s, h * s
        if meta["kind"] == "scan":
            pts = [GS.map_point(x, y, W, H, meta["angle"]) for x, y in pts]
        else:
            import cv2
            pts = cv2.perspectiveTransform(np.float32([pts]), meta["M"])[0] * meta["shrink"]
        xs = [p_[0] for p_ in pts]; ys = [p_[1] for p_ in pts]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def paste_text(img, box, new, align, rng):
    """Cover the old text with paper-coloured patch and write new text (DejaVu, not the original font)."""
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    pad = 3
    a = np.asarray(img)
    ring = np.concatenate([a[max(0, y0 - pad - 2):y0 - pad, x0:x1].reshape(-1, *a.shape[2:]), a[y1 + pad:y1 + pad + 2, x0:x1].reshape(-1, *a.shape[2:])])
    bg = tuple(int(v) for v in np.median(ring, axis=0).reshape(-1)) if len(ring) else (235,)
    bg = bg[0] if img.mode == "L" else tuple(bg[:3])
    d = ImageDraw.Draw(img)
    d.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], fill=bg)
    fsz = max(8, int((y1 - y0) * 1.12))
    font = ImageFont.truetype(FONT, fsz)
    tw = d.textlength(new, font=font)
    ink = 35 if img.mode == "L" else (40, 40, 45)
    x = x1 - tw if align == "r" else x0
    d.text((x, y0 - fsz * 0.18), new, fill=ink, font=font)
    return img


def clone_digit(doc, img, old, rng):
    """Copy one digit glyph from elsewhere on the page over a digit of old (same image, no new font)."""
    meta = doc["scan_meta"]
    pdf = pdfium.PdfDocument(meta["src"]); pg = pdf[0]; tp = pg.get_textpage(); h = pg.get_height(); w = pg.get_width()
    text = tp.get_text_range()
    s = tp.search(old, match_case=True)
    r = s.get_next()
    if not r:
        return None
    i0, n = r
    s_ = meta["dpi"] / 72
    W, H = w * s_, h * s_

    def pbox(j):
        l, b, rr, t = tp.get_charbox(j)
        pts = [GS.map_point(l * s_, (h - t) * s_, W, H, meta["angle"]), GS.map_point(rr * s_, (h - b) * s_, W, H, meta["angle"])]
        return pts[0][0], pts[0][1], pts[1][0], pts[1][1], t - b
    nchars = tp.count_chars()
    # candidate positions: digits of the integer part
    cand = [j for j in range(i0, i0 + n) if text[j].isdigit()][:3]
    rng.shuffle(cand)
    for j in cand:
        old_d = text[j]
        tb = pbox(j)
        for k in rng.sample(range(nchars), nchars):
            if text[k].isdigit() and text[k] != old_d and not (i0 <= k < i0 + n) and abs(pbox(k)[4] - tb[4]) < 1.2 and (j > i0 or text[k] != "0"):
                sb = pbox(k)
                pad = 1
                src = img.crop((int(sb[0]) - pad, int(sb[1]) - pad, int(sb[2]) + pad + 1, int(sb[3]) + pad + 1))
                src = src.resize((int(tb[2]) - int(tb[0]) + 2 * pad + 1, int(tb[3]) - int(tb[1]) + 2 * pad + 1))
                img.paste(src, (int(tb[0]) - pad, int(tb[1]) - pad))
                newstr = old[: j - i0] + text[k] + old[j - i0 + 1:]
                pdf.close()
                return newstr
    pdf.close()
    return None


def parse_num(s, style):
    s = s.replace("\u202f", "").replace(" ", "")
    if style in ("it", "de", "fr"):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return q(D(s))


# ---------- driver ----------
def run(rng):
    docs = load_docs(); recs = load_recs()
    out = []
    used = set()

    def pick(prefixes, n, need_total=True):
        c = [f for f in sorted(docs) if f.startswith(prefixes) and f not in used and not recs[f]["arithmetic_error"]
             and docs[f].get("totale") is not None]
        rng.shuffle(c)
        return c[:n]

    def add(src, dst, method, changed, upd, before=False, producer=None, extra=None):
        r = dict(recs[src]); doc = docs[src]
        r.update(file=dst, genuine=False, edit_method=method, what_changed=changed, edit_before_capture=before, source_file=src, arithmetic_error=False)
        if producer:
            r["producer"] = producer
        if "buyer" in upd: r["buyer"] = upd["buyer"]
        if "date" in upd: r["date"] = upd["date"].isoformat()
        if "totale" in upd: r["total"] = str(q(upd["totale"]))
        if extra: r.update(extra)
        out.append(r)

    whats = ["total", "buyer", "date", "total", "date", "buyer", "total", ["total", "date"]]
    n = 0

    def nm(ext):
        nonlocal n
        n += 1
        return f"edit_{n:02d}.{ext}"

    # A. pikepdf content-stream text replace (ReportLab standard-font PDFs)
    for i, src in enumerate(pick(("rl_",), 8)):
        used.add(src); doc = docs[src]
        ws = whats[i % len(whats)]; ws = ws if isinstance(ws, list) else [ws]
        if i == 2:  # quantity change in a line
            ls = [l for l in doc["lines"] if not l.get("shipping")]
            l = ls[0]
            if src.startswith("rl_gest"):
                old = fmt_num(l["qty"], doc["strings"]["nstyle"]).replace(",00", "") + (f" {l['um']}" if l["um"] else "")
            else:
                old = fmt_num(l["qty"], doc["strings"]["nstyle"])
            newq = l["qty"] * 2
            new = old.replace(fmt_num(l["qty"], doc["strings"]["nstyle"]).replace(",00", "") if src.startswith("rl_gest") else old,
                              fmt_num(newq, doc["strings"]["nstyle"]).replace(",00", "") if src.startswith("rl_gest") else fmt_num(newq, doc["strings"]["nstyle"]), 1)
            changes, upd, ws = [(old, new)], {}, ["quantity"]
        else:
            changes, upd = [], {}
            for w in ws:
                o, nw, u = new_value(doc, w, rng); changes.append((o, nw)); upd.update(u)
        dst = nm("pdf")
        if do_pikepdf_replace(os.path.join(FILES, src), os.path.join(FILES, dst), changes, exact_first=(ws == ["quantity"])):
            add(src, dst, "pikepdf_text_replace", ws, upd)
        else:
            n -= 1

    # B/C. white box + new text overlay merged with pypdf, incremental or full rewrite
    srcs = pick(("weasy", "chromium", "fpdf_", "writer_", "calc_", "rl_"), 14)
    for i, src in enumerate(srcs):
        used.add(src); doc = docs[src]
        ws = ["buyer", "total", "date", "total", "buyer", "date", "total"][i % 7]
        o, nw, upd = new_value(doc, ws, rng)
        inc = i % 2 == 0
        dst = nm("pdf")
        if do_overlay(os.path.join(FILES, src), os.path.join(FILES, dst), [(o, nw)], incremental=inc):
            add(src, dst, "pypdf_incremental_overlay" if inc else "overlay_whitebox", [ws], upd)
        else:
            n -= 1
            print("no hit", src, ws, o)

    # D. overlay, then the file is re-saved through another library (pdfium save / pikepdf linearize)
    lo_dir = os.path.join(WORK, "resave"); os.makedirs(lo_dir, exist_ok=True)
    for i, src in enumerate(pick(("rl_gest", "weasy", "chromium"), 3)):
        used.add(src); doc = docs[src]
        ws = ["total", "buyer", "date"][i]
        o, nw, upd = new_value(doc, ws, rng)
        tmp = os.path.join(lo_dir, src.replace(".pdf", "_ed.pdf"))
        if do_overlay(os.path.join(FILES, src), tmp, [(o, nw)], incremental=False):
            dst = nm("pdf")
            if i < 2:
                pd_ = pdfium.PdfDocument(tmp); pd_.save(os.path.join(FILES, dst)); pd_.close(); meth = "overlay_then_pdfium_resave"
            else:
                pk = pikepdf.open(tmp); pk.save(os.path.join(FILES, dst), linearize=True, object_stream_mode=pikepdf.ObjectStreamMode.generate); pk.close(); meth = "overlay_then_pikepdf_linearize"
            add(src, dst, meth, [ws], upd)

    # E. retyped in Word with a changed value, exported by LibreOffice
    retype = []
    for i, src in enumerate(pick(("rl_ade", "weasy", "fpdf_"), 4)):
        used.add(src); doc = copy.deepcopy(docs[src])
        ws = ["buyer", "date", "total", "buyer"][i]
        o, nw, upd = new_value(doc, ws, rng)
        if ws == "buyer": doc["buyer"] = upd["buyer"]
        if ws == "date": doc["date"] = upd["date"]
        if ws == "total":
            doc["totale"] = upd["totale"]; doc["pagamento"] = upd["totale"] - doc["ritenuta_amt"]
        p = os.path.join(WORK, f"retype_{i}.docx")
        GO.build_docx(doc, p, rng)
        retype.append((src, p, ws, upd))
    GO.soffice_convert([p for _, p, _, _ in retype], os.path.join(WORK, "office_out"))
    for src, p, ws, upd in retype:
        pdfp = os.path.join(WORK, "office_out", os.path.basename(p).replace(".docx", ".pdf"))
        if os.path.exists(pdfp):
            dst = nm("pdf"); shutil.copy(pdfp, os.path.join(FILES, dst))
            add(src, dst, "retyped_in_word", [ws], upd, producer="docx_libreoffice_retyped",
                extra=dict(pages=len(pypdf.PdfReader(pdfp).pages)))

    # F. paste new text into a scan / photo image; G. clone digits inside a scan image
    imgsrc = [f for f in pick(("scan_", "photo_"), 40) if not f.endswith(".pdf") and docs[f]["doc_type"] != "receipt" or f.startswith("photo_")]
    pastes, clones = imgsrc[:7], [f for f in imgsrc[7:] if f.startswith("scan_")][:4]
    for i, src in enumerate(pastes):
        doc = docs[src]
        ws = ["total", "buyer", "date", "total", "date", "buyer", "total"][i]
        if doc["doc_type"] == "receipt" and ws == "buyer":
            ws = "total"
        o, nw, upd = new_value(doc, ws, rng)
        boxes = img_boxes(doc, o)
        if not boxes:
            print("no box", src, o); continue
        img = Image.open(os.path.join(FILES, src)); img.load()
        for b in boxes:
            img = paste_text(img, b, nw, "r" if ws == "total" else "l", rng)
        ext = src.rsplit(".", 1)[1]
        dst = nm(ext)
        if ext == "jpg":
            img.save(os.path.join(FILES, dst), quality=rng.randint(70, 92))
        else:
            img.save(os.path.join(FILES, dst))
        used.add(src)
        add(src, dst, "image_paste", [ws], upd)
    for src in clones:
        doc = docs[src]
        img = Image.open(os.path.join(FILES, src)); img.load()
        o = doc["strings"]["total"]
        newstr = clone_digit(doc, img, o, rng)
        if not newstr:
            print("no clone", src); continue
        ext = src.rsplit(".", 1)[1]; dst = nm(ext)
        img.save(os.path.join(FILES, dst), **({"quality": 80} if ext == "jpg" else {}))
        used.add(src)
        add(src, dst, "image_clone", ["total"], dict(totale=parse_num(newstr, doc["strings"]["nstyle"])))

    # H. pikepdf: replace the page image inside a scanned PDF with a pasted version
    for i, src in enumerate(pick(("scan_",), 30)):
        if not src.endswith(".pdf") or i > 40:
            continue
        if sum(1 for r in out if r["edit_method"] == "pikepdf_image_replace") >= 3:
            break
        doc = docs[src]
        ws = ["total", "date", "buyer"][sum(1 for r in out if r["edit_method"] == "pikepdf_image_replace")]
        o, nw, upd = new_value(doc, ws, rng)
        boxes = img_boxes(doc, o)
        if not boxes:
            continue
        pdf = pikepdf.open(os.path.join(FILES, src))
        pg = pdf.pages[0]
        name, xobj = next(iter(pg.images.items()))
        pim = pikepdf.PdfImage(xobj).as_pil_image()
        for b in boxes:
            pim = paste_text(pim, b, nw, "r" if ws == "total" else "l", rng)
        bb = io.BytesIO(); pim.save(bb, "JPEG", quality=88)
        xobj.write(bb.getvalue(), filter=pikepdf.Name.DCTDecode)
        pdf.docinfo["/Producer"] = "pikepdf"
        dst = nm("pdf"); pdf.save(os.path.join(FILES, dst)); pdf.close()
        used.add(src)
        add(src, dst, "pikepdf_image_replace", [ws], upd)

    # I. edited on a clean PDF, then printed and scanned / photographed: no trace in the file itself
    for i, src in enumerate(pick(("rl_", "fpdf_", "weasy"), 5)):
        used.add(src); doc = docs[src]
        ws = ["total", "buyer", "date", "total", "buyer"][i]
        o, nw, upd = new_value(doc, ws, rng)
        tmp = os.path.join(WORK, f"pre_{i}.pdf")
        if not do_overlay(os.path.join(FILES, src), tmp, [(o, nw)], incremental=False):
            continue
        pages = GS.render(tmp, 150)
        if i == 4:
            img, _ = GS.photo(pages[0], rng); dst = nm("jpg"); img.save(os.path.join(FILES, dst), quality=75); prod = "phone_photo_jpeg"; np_ = 1
        else:
            ims = [GS.scan_degrade(p, rng)[0] for p in pages]
            if i % 2 == 0:
                dst = nm("pdf"); GS.images_to_pdf(ims, os.path.join(FILES, dst), 150); prod = "scan_pdf_wrapped"; np_ = len(ims)
            else:
                dst = nm("jpg"); ims[0].save(os.path.join(FILES, dst), quality=70); prod = "scan_jpg"; np_ = 1
        add(src, dst, "edit_then_scan" if i < 4 else "edit_then_photo", [ws], upd, before=True, producer=prod, extra=dict(pages=np_))

    save_labels("edits", out)
    return out


if __name__ == "__main__":
    r = run(random.Random(586))
    from collections import Counter
    print(len(r), Counter(x["edit_method"] for x in r))
