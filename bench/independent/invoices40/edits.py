"""Edited copies of genuine files, the way a panicking colleague does it (WPS PDF, Photoshop on scans, phone apps)."""
import os, io, copy, random, datetime, shutil, subprocess, re
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pypdfium2 as pdfium
import pikepdf, pypdf
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from common import *
import genuine_rl  # registers fonts WQY / DJ
from scans import pt_to_img, capture, make_src

EDIT_TMP = os.path.join(WORK, "edit_tmp")
os.makedirs(EDIT_TMP, exist_ok=True)
SRC_LABELS = {}
for part in ("genuine_rl", "genuine_html", "genuine_office", "scans"):
    for r in read_part(part):
        SRC_LABELS[r["file"]] = r


# ---------------------------------------------------------------- what to write instead
def field_text(doc, style, field):
    if field == "total":
        return ("¥" + num(doc, doc["total"])) if style == "order1688" else money(doc, doc["total"])
    if field == "date":
        return doc["date"] if style == "order1688" else ddate(doc)
    if field == "buyer":
        return doc["buyer"]["name"]
    if field == "supplier":
        return doc["supplier"]["name"]
    raise ValueError(field)


def new_value(doc, field, rng):
    """Mutates doc to the edited state; returns nothing (labels are built from doc)."""
    if field == "total":
        f = rng.choice([D("0.6"), D("0.75"), D("1.4"), D("2"), D("0.5")])
        t = doc["total"] * f
        doc["total"] = t.quantize(D(1)) if doc["currency"] == "JPY" else q2(t)
    elif field == "date":
        d = datetime.date.fromisoformat(doc["date"]) - datetime.timedelta(days=rng.randint(60, 400))
        doc["date"] = d.isoformat()
    elif field == "buyer":
        if doc["buyer"]["name"] in (MY_CO["en"][0], MY_CO["zh"][0]):
            doc["buyer"]["name"] = rng.choice(["Hongyu Global Trading Ltd", "Fenghe Sportswear (HK) Co., Limited", "Quanzhou Yuefeng Shoes Co., Ltd."]) \
                if doc["lang"] != "zh" else rng.choice(["泉州市悦丰鞋业有限公司", "石狮市鸿屿电子商务有限公司"])
        else:
            doc["buyer"]["name"] = MY_CO["zh" if doc["lang"] == "zh" else "en"][0]
    elif field == "supplier":
        doc["supplier"]["name"] = rng.choice(["Brightstep Authorized Distribution GmbH", "Nordvik Brand Apparel Europe B.V."])


def parse_amount(s, numstyle):
    s = re.sub(r"[^\d,.\s-]", "", s).strip()
    if numstyle == "dot_comma": s = s.replace(".", "").replace(",", ".")
    elif numstyle == "space_comma": s = s.replace(" ", "").replace(",", ".")
    else: s = s.replace(",", "")
    return D(s.replace(" ", ""))


# ---------------------------------------------------------------- PDF locating and overlay
def find_boxes(path, text):
    pdf = pdfium.PdfDocument(path); res = []
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            m = s.get_next()
            if not m: break
            i, c = m
            bs = [tp.get_charbox(k) for k in range(i, i + c)]
            res.append((pi, (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))))
    pdf.close()
    return res


def overlay_pdf(page_size, patches, font):
    """patches: list of (box, newtext, align). Returns overlay PDF bytes."""
    b = io.BytesIO(); c = canvas.Canvas(b, pagesize=page_size)
    for (l, bo, r, t), txt, align in patches:
        h = t - bo
        c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, bo - 2, r - l + 3, h + 4, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0); size = max(6, h * 1.28)
        fnt = font
        if any(ord(ch) > 0x24f and ch not in "€" for ch in txt): fnt = "WQY"
        elif any(ord(ch) > 0xff and ch not in "€" for ch in txt): fnt = "DJ"
        c.setFont(fnt, size)
        if align == "right": c.drawRightString(r, bo + h * 0.08, txt)
        else: c.drawString(l, bo + h * 0.08, txt)
    c.showPage(); c.save()
    return b.getvalue()


def pdf_overlay_edit(src, out, edits, incremental=False, font="Helvetica"):
    """edits: list of (old_text, new_text, align). White box + new text, merged by pypdf."""
    reader = pypdf.PdfReader(src)
    per_page = {}
    for old, new, align in edits:
        boxes = find_boxes(src, old)
        if not boxes: raise RuntimeError(f"text not found {old!r} in {src}")
        for pi, box in boxes:
            per_page.setdefault(pi, []).append((box, new, align))
    w = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=reader)
    for pi, patches in per_page.items():
        mb = reader.pages[pi].mediabox
        ov = pypdf.PdfReader(io.BytesIO(overlay_pdf((float(mb.width), float(mb.height)), patches, font)))
        w.pages[pi].merge_page(ov.pages[0])
    if not incremental:
        w.add_metadata({"/Producer": random.choice(["WPS PDF 11.1.0", "WPS Office", "pypdf"]), "/ModDate": "D:20260112093011+08'00'"})
    with open(out, "wb") as f:
        w.write(f)


def pikepdf_replace(src, out, pairs, exact_pairs=(), meta_producer=None):
    """Replace text inside Tj/TJ string operands (WinAnsi fonts). pairs: substring replacements; exact_pairs: whole-operand."""
    pdf = pikepdf.open(src)
    hits = 0; used = set()
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        new_ops = []
        for operands, op in ops:
            if str(op) == "Tj" and operands and isinstance(operands[0], pikepdf.String):
                s = bytes(operands[0]).decode("cp1252", "replace"); s2 = s
                for a, b in pairs: s2 = s2.replace(a, b)
                for a, b in exact_pairs:
                    if s2 == a and a not in used: s2 = b; used.add(a)
                if s2 != s:
                    hits += 1; operands = [pikepdf.String(s2.encode("cp1252"))]
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if meta_producer:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["pdf:Producer"] = meta_producer
        pdf.docinfo["/Producer"] = meta_producer
        pdf.docinfo["/ModDate"] = "D:20260109211544+08'00'"
    pdf.save(out)
    if not hits: raise RuntimeError(f"nothing replaced in {src}: {pairs} {exact_pairs}")
    return hits


# ---------------------------------------------------------------- image edits
def img_box(info, box, pad=0):
    l, b, r, t = box
    pts = [pt_to_img(info, x, y) for x, y in ((l, b), (r, b), (r, t), (l, t))]
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return int(min(xs)) - pad, int(min(ys)) - pad, int(max(xs)) + pad + 1, int(max(ys)) + pad + 1


def bg_and_ink(arr, x0, y0, x1, y1):
    ring = np.concatenate([arr[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), arr[y1:y1 + 4, x0:x1].reshape(-1, 3)])
    bg = np.median(ring, axis=0) if len(ring) else np.array([235, 235, 235])
    inside = arr[y0:y1, x0:x1].reshape(-1, 3)
    lum = inside.mean(axis=1)
    ink = inside[lum <= np.percentile(lum, 8)].mean(axis=0) if len(inside) else np.array([30, 30, 30])
    return tuple(int(v) for v in bg), tuple(int(v) for v in ink)


def paste_text(arr, box_px, new, align, font_path, rng):
    x0, y0, x1, y1 = box_px
    bg, ink = bg_and_ink(arr, x0, y0, x1, y1)
    im = Image.fromarray(arr); dr = ImageDraw.Draw(im)
    patch_noise = np.random.default_rng(rng.randint(0, 999)).normal(0, 1.5, (y1 - y0 + 6, x1 - x0 + 6, 3))
    patch = np.clip(np.array(bg, float) + patch_noise, 0, 255).astype(np.uint8)
    im.paste(Image.fromarray(patch), (x0 - 3, y0 - 3))
    h = y1 - y0
    font = ImageFont.truetype(font_path, max(8, int(h * 1.05)))
    tw = dr.textlength(new, font=font)
    x = x1 - tw if align == "right" else x0
    dr.text((x, y0 - h * 0.12), new, fill=ink, font=font)
    return np.array(im)


def clone_region(arr, donor_px, target_px):
    dx0, dy0, dx1, dy1 = donor_px; tx0, ty0, tx1, ty1 = target_px
    patch = arr[dy0:dy1, dx0:dx1]
    patch = cv2.resize(patch, (tx1 - tx0, ty1 - ty0), interpolation=cv2.INTER_LINEAR)
    out = arr.copy(); out[ty0:ty1, tx0:tx1] = patch
    return out


def char_boxes(path, pi):
    pdf = pdfium.PdfDocument(path); tp = pdf[pi].get_textpage()
    n = tp.count_chars()
    res = [(tp.get_text_range(i, 1), tp.get_charbox(i)) for i in range(n)]
    pdf.close()
    return res


def load_image_pages(path):
    if path.lower().endswith(".pdf"):
        r = pypdf.PdfReader(path)
        return [np.array(p.images[0].image.convert("RGB")) for p in r.pages]
    return [np.array(Image.open(path).convert("RGB"))]


def save_image_pages(pages, out, rng, quality=None):
    ims = [Image.fromarray(p) for p in pages]
    if out.lower().endswith(".pdf"):
        ims[0].save(out, "PDF", save_all=True, append_images=ims[1:], resolution=150.0)
    elif out.lower().endswith(".png"):
        ims[0].save(out, "PNG")
    else:
        ims[0].save(out, "JPEG", quality=quality or rng.randint(75, 92))


def font_for(lang):
    return CJK_FONT if lang in ("zh", "ja", "zh_hk") else DEJAVU


# ---------------------------------------------------------------- the edit runs
def new_label(src_file, out_name, doc, method, changed, before_capture=False, **extra):
    base = dict(SRC_LABELS[src_file])
    base.update({"file": out_name, "genuine": False, "edit_method": method, "what_changed": changed,
                 "date": doc["date"], "supplier": doc["supplier"]["name"], "buyer": doc["buyer"]["name"],
                 "edit_before_capture": before_capture, "arithmetic_error": False, "edited_from": src_file})
    base.pop("arithmetic_error_kind", None)
    if base.get("total") is not None:
        base["total"] = str(doc["total"].quantize(D(1)) if doc["currency"] == "JPY" else q2(doc["total"]))
    base.update(extra)
    return base


def do_pdf_text(rng, src_file, fields, method, k):
    m = load_meta(src_file); doc = m["doc"]; style = m.get("style")
    old = {f: field_text(doc, style, f) for f in fields if f != "quantity"}
    exact = []
    if "quantity" in fields:
        it = rng.choice([i for i in doc["items"] if i["qty"] >= 10] or doc["items"])
        newq = it["qty"] * rng.choice([2, 3, 5]) if it["qty"] < 100 else it["qty"] // rng.choice([2, 4])
        exact.append((str(it["qty"]), str(newq))) if False else None
        qty_old, qty_new = str(it["qty"]), str(newq)
    for f in fields:
        if f != "quantity": new_value(doc, f, rng)
    new = {f: field_text(doc, style, f) for f in old}
    out_name = f"edit_{k:02d}_{method}_{os.path.splitext(src_file)[0]}.pdf"
    out = os.path.join(FILES, out_name); src = os.path.join(FILES, src_file)
    if method.startswith("pikepdf"):
        pairs = [(old[f], new[f]) for f in old]
        ex = []
        if "quantity" in fields:
            # the quantity cell is a whole Tj operand: replace the first one matching in the item table
            ex = [(qty_old, qty_new)]
        pikepdf_replace(src, out, pairs, ex, meta_producer=("WPS PDF 11.1.0.11723" if "meta" in method else None))
    else:
        edits = [(old[f], new[f], "right" if f == "total" else "left") for f in old]
        if "quantity" in fields: raise ValueError("qty via overlay not supported")
        incremental = "incremental" in method
        if "ghostscript" in method:
            # edited, then run through an online "compress PDF" style tool (Ghostscript pdfwrite rewrites everything)
            tmp = os.path.join(EDIT_TMP, out_name)
            pdf_overlay_edit(src, tmp, edits, incremental=False)
            subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dPDFSETTINGS=/ebook", "-o", out, tmp],
                           check=True, capture_output=True, timeout=300)
        else:
            pdf_overlay_edit(src, out, edits, incremental=incremental)
    return new_label(src_file, out_name, doc, method, fields, pages=pdf_pages(out))


def do_image_paste(rng, src_file, fields, method, k):
    m = load_meta(src_file); doc = m["doc"]; style = m.get("style")
    src_pdf = os.path.join(BASE, m["src"])
    old = {f: field_text(doc, style, f) for f in fields}
    for f in fields: new_value(doc, f, rng)
    pages = load_image_pages(os.path.join(FILES, src_file))
    for f in fields:
        for pi, box in find_boxes(src_pdf, old[f]):
            if pi >= len(pages): continue
            bpx = img_box(m["pages_info"][pi], box, pad=2)
            pages[pi] = paste_text(pages[pi], bpx, field_text(doc, style, f), "right" if f == "total" else "left", font_for(doc["lang"]), rng)
    ext = os.path.splitext(src_file)[1]
    if "app" in method:  # phone beauty / Meitu: smoothing, then forwarded via WeChat (downscale + JPEG)
        ext = ".jpg"
        im = Image.fromarray(pages[0]).filter(ImageFilter.SMOOTH_MORE)
        im = im.resize((int(im.width * 0.8), int(im.height * 0.8)), Image.LANCZOS)
        pages = [np.array(im)]
    out_name = f"edit_{k:02d}_{method}_{os.path.splitext(src_file)[0]}{ext}"
    save_image_pages(pages, os.path.join(FILES, out_name), rng, quality=70 if "app" in method else None)
    return new_label(src_file, out_name, doc, method, fields, pages=len(pages))


def do_image_clone(rng, src_file, k):
    """Change one digit of the grand total by cloning a digit glyph from elsewhere in the same image."""
    m = load_meta(src_file); doc = m["doc"]; style = m.get("style")
    src_pdf = os.path.join(BASE, m["src"])
    old_total = field_text(doc, style, "total")
    hits = find_boxes(src_pdf, old_total)
    pi, tbox = hits[-1]
    chars = char_boxes(src_pdf, pi)
    # locate the characters of the total string
    start = None
    for i in range(len(chars) - len(old_total) + 1):
        if "".join(c for c, _ in chars[i:i + len(old_total)]) == old_total:
            start = i
    digit_pos = [j for j, ch in enumerate(old_total) if ch.isdigit()]
    j = digit_pos[0] if rng.random() < 0.6 else digit_pos[1 if len(digit_pos) > 1 else 0]
    cur = old_total[j]
    cands = [(c, b) for idx, (c, b) in enumerate(chars) if c.isdigit() and c != cur and not (start <= idx < start + len(old_total))
             and abs((b[3] - b[1]) - (chars[start + j][1][3] - chars[start + j][1][1])) < 2.5]
    want = [c for c in cands if int(c[0]) > int(cur)] or cands
    dc, dbox = rng.choice(want)
    info = m["pages_info"][pi]
    pages = load_image_pages(os.path.join(FILES, src_file))
    tb = img_box(info, chars[start + j][1], pad=1); db = img_box(info, dbox, pad=1)
    pages[pi] = clone_region(pages[pi], db, tb)
    new_total_s = old_total[:j] + dc + old_total[j + 1:]
    doc["total"] = parse_amount(new_total_s, doc["numstyle"])
    out_name = f"edit_{k:02d}_image_clone_digit_{src_file}"
    save_image_pages(pages, os.path.join(FILES, out_name), rng)
    return new_label(src_file, out_name, doc, "image_clone_digit", ["total"], pages=len(pages),
                     edit_note=f"digit '{cur}' -> '{dc}' in total, cloned from elsewhere on the page")


def do_before_capture(rng, src_file, fields, how, fmt, k):
    """The source (Excel/Word/PDF) was changed, then printed and scanned/photographed: no trace in the file itself."""
    m = load_meta(src_file); doc = m["doc"]; style = m.get("style")
    changed = list(fields)
    for f in fields:
        if f == "quantity":
            it = rng.choice(doc["items"]); it["qty"] *= 2; it["line"] = q2(it["price"] * it["qty"])
            doc["subtotal"] = sum((i["line"] for i in doc["items"]), D(0))
            net = doc["subtotal"] - doc["discount"] + doc["shipping"]
            doc["tax"] = q2(net * D(doc["tax_rate"]) / 100)
            if style == "fapiao": doc["tax"] = sum((q2(i["line"] * doc["tax_rate"] / 100) for i in doc["items"]), D(0))
            doc["total"] = net + doc["tax"]; changed.append("total")
        else:
            new_value(doc, f, rng)
    base = f"edit_{k:02d}_source_edit_then_{how}_{os.path.splitext(src_file)[0]}"
    srcp = make_src(doc, base, style)
    fname = base + "." + fmt
    n, info = capture(srcp, fname, how, rng, fmt, gray=True)
    return new_label(src_file, fname, doc, f"source_edit_then_{how}", changed, before_capture=True, pages=n,
                     producer={"scan": "copier_scan", "photo": "phone_photo", "wechat": "wechat_screenshot"}[how] + "_" + fmt)


def do_overlay_screenshot(rng, src_file, fields, k):
    """Edited in WPS PDF, then a screenshot of the viewer cropped and sent as PNG."""
    m = load_meta(src_file); doc = m["doc"]; style = m.get("style")
    old = {f: field_text(doc, style, f) for f in fields}
    for f in fields: new_value(doc, f, rng)
    tmp = os.path.join(EDIT_TMP, f"shot_{k}.pdf")
    pdf_overlay_edit(os.path.join(FILES, src_file), tmp, [(old[f], field_text(doc, style, f), "right" if f == "total" else "left") for f in fields])
    p = pdfium.PdfDocument(tmp)
    im = p[0].render(scale=1.6).to_pil().convert("RGB")
    w, h = im.size
    im = im.crop((int(w * 0.03), int(h * 0.02), int(w * 0.97), int(h * rng.uniform(0.6, 0.8))))
    out_name = f"edit_{k:02d}_overlay_then_screenshot_{os.path.splitext(src_file)[0]}.png"
    im.save(os.path.join(FILES, out_name), "PNG")
    return new_label(src_file, out_name, doc, "overlay_then_screenshot", fields, before_capture=True, pages=1,
                     producer="screenshot_crop_png")


PLAN = [
    # pikepdf content-stream text replacement on ReportLab WinAnsi PDFs
    ("pdf", "rl_00_de_classic.pdf", ["total"], "pikepdf_text_replace"),
    ("pdf", "rl_03_fr_classic.pdf", ["buyer"], "pikepdf_text_replace"),
    ("pdf", "rl_05_it_classic.pdf", ["date"], "pikepdf_text_replace"),
    ("pdf", "rl_07_es_classic.pdf", ["quantity"], "pikepdf_text_replace"),
    ("pdf", "rl_09_nl_classic.pdf", ["buyer", "date"], "pikepdf_text_replace_meta"),
    ("pdf", "rl_13_en_classic.pdf", ["total"], "pikepdf_text_replace_meta"),
    ("pdf", "rl_15_en_us_classic.pdf", ["buyer"], "pikepdf_text_replace"),
    ("pdf", "rl_08_es_band.pdf", ["date", "total"], "pikepdf_text_replace"),
    ("pdf", "rl_10_nl_band.pdf", ["quantity"], "pikepdf_text_replace_meta"),
    # white box + new text merged by pypdf (rewritten file)
    ("pdf", "rl_19_zh_fapiao.pdf", ["buyer"], "overlay_whitebox"),
    ("pdf", "rl_20_zh_fapiao.pdf", ["date"], "overlay_whitebox"),
    ("pdf", "weasy_00_de_saas.pdf", ["total"], "overlay_whitebox"),
    ("pdf", "weasy_01_fr_saas.pdf", ["buyer"], "overlay_whitebox"),
    ("pdf", "fpdf_21_pl_plain.pdf", ["date"], "overlay_whitebox"),
    ("pdf", "lo_00_de_ods.pdf", ["total"], "overlay_whitebox"),
    ("pdf", "chromium_11_zh_order1688.pdf", ["total"], "overlay_whitebox"),
    ("pdf", "lo_10_en_bd_docx.pdf", ["buyer"], "overlay_whitebox"),
    ("pdf", "rl_26_en_vn_commercial.pdf", ["buyer", "total"], "overlay_whitebox"),
    # incremental updates appended by pypdf (original bytes kept)
    ("pdf", "weasy_09_ja_seikyu.pdf", ["total"], "pypdf_incremental_overlay"),
    ("pdf", "rl_16_ja_classic.pdf", ["date"], "pypdf_incremental_overlay"),
    ("pdf", "fpdf_20_de_plain.pdf", ["buyer"], "pypdf_incremental_overlay"),
    ("pdf", "chromium_14_ja_seikyu.pdf", ["buyer"], "pypdf_incremental_overlay"),
    ("pdf", "rl_27_en_bd_commercial.pdf", ["total"], "pypdf_incremental_overlay"),
    # overlay, then re-saved through LibreOffice Draw
    ("pdf", "lo_08_fr_docx.pdf", ["total"], "overlay_then_ghostscript_resave"),
    ("pdf", "weasy_05_it_erp.pdf", ["date"], "overlay_then_ghostscript_resave"),
    ("pdf", "rl_17_zh_hk_band.pdf", ["buyer"], "overlay_then_ghostscript_resave"),
    # Photoshop-style paste on scans / photos
    ("paste", "scan_00_zh_fapiao.jpg", ["total"], "image_paste"),
    ("paste", "scan_02_zh_fapiao.png", ["buyer"], "image_paste"),
    ("paste", "scan_10_zh_receipt.jpg", ["date"], "image_paste"),
    ("paste", "scan_18_it_classic.jpg", ["total"], "image_paste"),
    ("paste", "scan_12_en_vn_commercial.pdf", ["buyer"], "image_paste"),
    ("paste", "scan_22_ja_seikyu.pdf", ["date"], "image_paste"),
    ("paste", "photo_08_zh_receipt.jpg", ["total"], "image_paste_app_recompress"),
    ("paste", "photo_21_ja_seikyu.jpg", ["buyer"], "image_paste_app_recompress"),
    ("paste", "wechat_04_zh_fapiao.jpg", ["date"], "image_paste_app_recompress"),
    # digit cloning inside an image
    ("clone", "scan_01_zh_fapiao.pdf", None, None), ("clone", "photo_03_zh_fapiao.jpg", None, None),
    ("clone", "scan_20_pl_band.png", None, None), ("clone", "scan_13_en_bd_commercial.pdf", None, None),
    ("clone", "photo_19_es_classic.jpg", None, None),
    # edits before capture
    ("before", "scan_05_zh_fapiao.pdf", ["buyer"], ("scan", "pdf")), ("before", "photo_09_zh_receipt.jpg", ["quantity"], ("photo", "jpg")),
    ("before", "scan_16_de_classic.pdf", ["date"], ("scan", "pdf")), ("before", "scan_23_zh_hk_erp.pdf", ["buyer"], ("wechat", "jpg")),
    ("shot", "weasy_03_nl_saas.pdf", ["buyer"], None), ("shot", "fpdf_22_en_plain.pdf", ["total"], None),
]


def main(only=None):
    rng = random.Random(7788)
    recs = []
    for f in os.listdir(FILES):
        if f.startswith("edit_"): os.remove(os.path.join(FILES, f))
    for k, (kind, src, fields, method) in enumerate(PLAN):
        if only is not None and k not in only: continue
        try:
            if kind == "pdf": r = do_pdf_text(rng, src, fields, method, k)
            elif kind == "paste": r = do_image_paste(rng, src, fields, method, k)
            elif kind == "clone": r = do_image_clone(rng, src, k)
            elif kind == "before": r = do_before_capture(rng, src, fields, method[0], method[1], k)
            else: r = do_overlay_screenshot(rng, src, fields, k)
        except Exception as e:
            print("FAILED", k, src, repr(e)[:300], flush=True)
            continue
        recs.append(r); print(r["file"], r["what_changed"], r["total"], flush=True)
    write_part("edits", recs)
    print("edits", len(recs))


if __name__ == "__main__":
    main()
