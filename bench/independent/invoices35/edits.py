"""Ways a client might have altered a file after receiving it."""
import io, os, subprocess, random
import pikepdf, pypdf
import pypdfium2 as pdfium
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from common import *
from degrade import map_pt


# ---------------------------------------------------------------- content-stream edits
def _new_content(pdf_page, repls):
    """repls: list of dict(old, new, after=None, count=None). Returns (bytes, n_replaced)."""
    ops = pikepdf.parse_content_stream(pdf_page)
    n = 0
    armed = {k: (r.get("after") is None) for k, r in enumerate(repls)}
    done = {k: 0 for k in range(len(repls))}
    out = []
    for operands, op in ops:
        if str(op) in ("Tj", "'", '"') and operands and isinstance(operands[-1], pikepdf.String):
            s = bytes(operands[-1]).decode("latin-1")
            for k, r in enumerate(repls):
                if r.get("after") is not None and r["after"] in s:
                    armed[k] = True
                    continue
                lim = r.get("count")
                if armed[k] and (lim is None or done[k] < lim):
                    if r.get("exact") and s == r["old"] or (not r.get("exact") and r["old"] in s):
                        s = s.replace(r["old"], r["new"]); done[k] += 1; n += 1
                        if r.get("after") is not None:
                            armed[k] = False
            operands = list(operands[:-1]) + [pikepdf.String(s.encode("latin-1"))]
        out.append((operands, op))
    return pikepdf.unparse_content_stream(out), n


def pikepdf_text_replace(src, out, repls, producer_note=None):
    pdf = pikepdf.open(src)
    total = 0
    for page in pdf.pages:
        data, n = _new_content(page, repls)
        if n:
            page.Contents = pdf.make_stream(data)
            total += n
    if producer_note:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            pass
        pdf.docinfo["/ModDate"] = producer_note
    pdf.save(out)
    return total


def pypdf_incremental(src, out, repls):
    from pypdf.generic import DecodedStreamObject, NameObject
    pk = pikepdf.open(src)
    newdata = {}
    total = 0
    for i, page in enumerate(pk.pages):
        data, n = _new_content(page, repls)
        if n:
            newdata[i] = data; total += n
    w = pypdf.PdfWriter(src, incremental=True)
    for i, data in newdata.items():
        s = DecodedStreamObject(); s.set_data(data)
        s = s.flate_encode()
        w.pages[i][NameObject("/Contents")] = w._add_object(s)
    w.add_metadata({"/ModDate": "D:20260311094512-05'00'"})
    with open(out, "wb") as f:
        w.write(f)
    return total


# ---------------------------------------------------------------- locate text with pdfium
def find_boxes(src, text, page_index=None, max_hits=10):
    d = pdfium.PdfDocument(src)
    hits = []
    for pi in range(len(d)):
        if page_index is not None and pi != page_index:
            continue
        tp = d[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            i, c = r
            boxes = [tp.get_charbox(k) for k in range(i, i + c)]
            l = min(b[0] for b in boxes); b_ = min(b[1] for b in boxes); rr = max(b[2] for b in boxes); t = max(b[3] for b in boxes)
            hits.append(dict(page=pi, box=(l, b_, rr, t), size=d[pi].get_size()))
            if len(hits) >= max_hits:
                return hits
    return hits


def overlay_items(src, out, items, font="Helvetica", rng=None, resave_gs=False):
    """White rectangle + new text drawn with ReportLab, merged with pypdf. items: list of (hit, new, align)."""
    rng = rng or random.Random(0)
    reader = pypdf.PdfReader(src)
    by_page = {}
    for h, new, align in items:
        by_page.setdefault(h["page"], []).append((h, new, align))
    w = pypdf.PdfWriter(clone_from=src)
    for pi, page in enumerate(w.pages):
        if pi in by_page:
            W, H = by_page[pi][0][0]["size"]
            buf = io.BytesIO()
            c = canvas.Canvas(buf, pagesize=(W, H))
            for h, new, align in by_page[pi]:
                l, b, r, t = h["box"]
                hgt = t - b
                fs = max(6, hgt / 0.72 * rng.uniform(0.95, 1.08))
                c.setFillColorRGB(1, 1, 1)
                c.rect(l - 1.5, b - 2.2, (r - l) + 3, hgt + 4.0, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont(font, fs)
                if align == "right":
                    c.drawRightString(r + rng.uniform(-0.8, 0.8), b + rng.uniform(-0.3, 0.6), new)
                else:
                    c.drawString(l + rng.uniform(-0.6, 0.6), b + rng.uniform(-0.3, 0.6), new)
            c.save()
            ov = pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0]
            page.merge_page(ov)
    tmp = out + ".tmp.pdf" if resave_gs else out
    with open(tmp, "wb") as f:
        w.write(f)
    n = sum(len(v) for v in by_page.values())
    if resave_gs:
        gs_resave(tmp, out)
        os.remove(tmp)
    return n


def gs_resave(src, out):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", src],
                   check=True, capture_output=True, timeout=300)


# ---------------------------------------------------------------- image edits on scans
def px_box(src_pdf, hit, dpi, size, angle, pad=2):
    l, b, r, t = hit["box"]
    H = hit["size"][1]
    pts = [map_pt(x, y, H, dpi, size, angle) for x, y in ((l, b), (r, b), (l, t), (r, t))]
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return (int(min(xs)) - pad, int(min(ys)) - pad, int(max(xs)) + pad + 1, int(max(ys)) + pad + 1)


def _bg(im, box):
    x0, y0, x1, y1 = box
    a = np.asarray(im.convert("L"))
    ring = np.concatenate([a[max(0, y0 - 3):y0, x0:x1].ravel(), a[y1:y1 + 3, x0:x1].ravel()])
    v = int(np.median(ring)) if ring.size else 240
    if im.mode == "L":
        return v
    rgb = np.asarray(im.convert("RGB"))
    ringc = np.concatenate([rgb[max(0, y0 - 3):y0, x0:x1].reshape(-1, 3), rgb[y1:y1 + 3, x0:x1].reshape(-1, 3)])
    return tuple(int(x) for x in np.median(ringc, axis=0)) if ringc.size else (240, 240, 240)


def image_text_paste(img_path, out, src_pdf, dpi, angle, repls, rng, quality=80, page_index=0):
    items = [(h, new, align) for old, new, align in repls for h in find_boxes(src_pdf, old, page_index=page_index)]
    return image_text_paste_hits(img_path, out, src_pdf, dpi, angle, items, rng, quality)


def image_text_paste_hits(img_path, out, src_pdf, dpi, angle, items, rng, quality=80):
    """Paste a freshly drawn patch (background colour + new text) over each hit."""
    im = Image.open(img_path); im.load()
    mode = im.mode
    if mode == "1": im = im.convert("L")
    n = 0
    for h, new, align in items:
        if True:
            box = px_box(src_pdf, h, dpi, im.size, angle, pad=3)
            bg = _bg(im, box)
            x0, y0, x1, y1 = box
            hgt = (h["box"][3] - h["box"][1]) * dpi / 72
            font = ImageFont.truetype(rng.choice([DEJAVU, "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"]), int(hgt / 0.73))
            patch = Image.new(im.mode, (x1 - x0, y1 - y0), bg)
            d = ImageDraw.Draw(patch)
            tw = d.textlength(new, font=font)
            if tw + 6 > patch.width:  # longer replacement: widen the patch
                extra = int(tw + 6 - patch.width)
                if align == "right": x0 -= extra
                else: x1 += extra
                patch = Image.new(im.mode, (x1 - x0, y1 - y0), bg); d = ImageDraw.Draw(patch)
            tx = (x1 - x0) - tw - 3 if align == "right" else 3
            asc = font.getbbox("0")[1]
            d.text((tx, 3 - asc + 0.5), new, fill=0 if im.mode == "L" else (25, 25, 30), font=font)
            if rng.random() < 0.5:
                patch = patch.filter(ImageFilter.GaussianBlur(0.5))
            im.paste(patch, (x0, y0)); n += 1
    if mode == "1": im = im.convert("1")
    save_like(im, out, quality)
    return n


def image_clone(img_path, out, src_pdf, dpi, angle, old, new, rng, quality=80, page_index=0, max_hits=3):
    """Change characters by copying glyph pixels of the wanted characters from elsewhere on the same page."""
    im = Image.open(img_path); im.load()
    mode = im.mode
    if mode == "1": im = im.convert("L")
    d = pdfium.PdfDocument(src_pdf); page = d[page_index]; tp = page.get_textpage()
    H = page.get_size()[1]
    chars = []
    for k in range(tp.count_chars()):
        ch = tp.get_text_range(k, 1)
        if ch.strip():
            chars.append((ch, tp.get_charbox(k)))
    n = 0
    s = tp.search(old, match_case=True)
    cnt = 0
    while cnt < max_hits:
        r = s.get_next()
        if not r:
            break
        i, c = r; cnt += 1
        for j in range(c):
            oc, nc = old[j], new[j]
            if oc == nc:
                continue
            tb = tp.get_charbox(i + j)
            th = tb[3] - tb[1]
            cands = [cb for ch, cb in chars if ch == nc and abs((cb[3] - cb[1]) - th) < 0.2 * th + 0.5 and abs(cb[1] - tb[1]) > 2]
            if not cands:
                continue
            sb = rng.choice(cands)
            tpx = px_box(src_pdf, dict(box=tb, size=(0, H)), dpi, im.size, angle, pad=1)
            spx = px_box(src_pdf, dict(box=sb, size=(0, H)), dpi, im.size, angle, pad=1)
            im.paste(Image.new(im.mode, (tpx[2] - tpx[0], tpx[3] - tpx[1]), _bg(im, tpx)), tpx[:2])
            glyph = im.crop(spx)
            # keep baseline: align bottoms, centre horizontally on the old glyph
            gx = int((tpx[0] + tpx[2]) / 2 - glyph.width / 2)
            gy = tpx[3] - glyph.height
            im.paste(glyph, (gx, gy)); n += 1
    if mode == "1": im = im.convert("1")
    save_like(im, out, quality)
    return n


def save_like(im, out, quality):
    ext = out.rsplit(".", 1)[1].lower()
    if ext in ("jpg", "jpeg"):
        im.convert("RGB" if im.mode not in ("L",) else "L").save(out, quality=quality)
    elif ext == "pdf":
        im.save(out, resolution=150)
    else:
        im.save(out)
