"""Tampered copies of genuine files, the way a panicking seller would make them."""
import os, io, random, copy, datetime
from decimal import Decimal
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from common import *

RNG = random.Random(4905)


# ---------------------------------------------------------------- helpers
def src_label(labels, name):
    return next(r for r in labels if r["file"] == name)


def new_values(m, field):
    """Return (old_text, new_text, label_updates) for a field of a genuine doc."""
    if field == "total":
        f = Decimal(RNG.choice(["1.5", "2", "3", "1.25", "10"]))
        nt = (m["total"] * f).quantize(Decimal("1") if m["cur"] == "JPY" else Q2)
        return money(m, m["total"]), money(m, nt), {"total": f"{nt:.2f}"}
    if field == "date":
        nd = m["date"] - datetime.timedelta(days=RNG.choice([45, 90, 200, 370, 400]))
        return dstr(m), dstr(m, nd), {"date": nd.isoformat()}
    if field == "buyer":
        nb = RNG.choice([b for b in BUYERS if b != m["buyer"]]) if m["lang"] not in ("zh", "ja") else m["buyer"]
        if nb == m["buyer"]: return None
        return m["buyer"], nb, {"buyer": nb}
    if field == "quantity":
        n = len(m["items"])
        pool = [it for it in m["items"][:6] if it["qty"] > n] or m["items"][:6]
        it = RNG.choice(pool)
        nq = it["qty"] * RNG.choice([10, 5]) if it["qty"] < 100 else it["qty"] * 2
        m["_qty_anchor"] = it["desc"]
        return str(it["qty"]), str(nq), {}
    raise ValueError(field)


def find_bbox(path, text, page=0, anchor=None):
    """Locate printed text; with anchor (item description) take the whole-word match on the same row."""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    if page >= len(d): return None
    tp = d[page].get_textpage()
    r = None
    if anchor:
        a = tp.search(anchor[:18], match_case=True).get_next()
        if not a: d.close(); return None
        ab = tp.get_charbox(a[0]); ay = (ab[1] + ab[3]) / 2
        s = tp.search(text, match_case=True, match_whole_word=True)
        while True:
            c = s.get_next()
            if not c: break
            cb = tp.get_charbox(c[0])
            if abs((cb[1] + cb[3]) / 2 - ay) < 4 and cb[0] > ab[0] + 20: r = c; break
    else:
        r = tp.search(text, match_case=True, match_whole_word=False).get_next()
    if not r: d.close(); return None
    i, n = r
    boxes = [tp.get_charbox(k) for k in range(i, i + n)]
    w, h = d[page].get_size()
    img = d[page].render(scale=1).to_pil().convert("RGB")
    d.close()
    x0 = min(b[0] for b in boxes); y0 = min(b[1] for b in boxes); x1 = max(b[2] for b in boxes); y1 = max(b[3] for b in boxes)
    # background colour just left of the text
    px = img.getpixel((max(0, int(x0) - 3), min(img.height - 1, int(h - (y0 + y1) / 2))))
    fg = img.getpixel((int((x0 + x1) / 2), int(h - (y0 + y1) / 2)))
    return dict(box=(x0, y0, x1, y1), bg=px, fg=fg, page_size=(w, h))


def overlay_pdf(src, dst, edits, whiten=True, font_file=None):
    """edits: list of (page, bbox-info, new_text). White (background) box + new text merged with pypdf."""
    import pypdf
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DVx", DEJAVU))
    wr = pypdf.PdfWriter(clone_from=src)
    for pi, page in enumerate(wr.pages):
        mine = [e for e in edits if e[0] == pi]
        if mine:
            w, h = float(page.mediabox.width), float(page.mediabox.height)
            buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(w, h))
            for _, info, txt, align in mine:
                x0, y0, x1, y1 = info["box"]
                bg = info["bg"] if not whiten else (255, 255, 255) if sum(info["bg"]) > 600 else info["bg"]
                c.setFillColorRGB(*[v / 255 for v in bg]); c.setStrokeColorRGB(*[v / 255 for v in bg])
                c.rect(x0 - 1.5, y0 - 2, (x1 - x0) + 3, (y1 - y0) + 4, fill=1, stroke=0)
                size = max(6, (y1 - y0) * 1.32)
                fg = info["fg"] if sum(info["fg"]) < 700 or sum(bg) < 600 else (0, 0, 0)
                c.setFillColorRGB(*[v / 255 for v in fg])
                fn = "Helvetica" if all(ord(ch) < 256 for ch in txt) else "DVx"
                c.setFont(fn, size)
                if align == "right": c.drawRightString(x1, y0, txt)
                else: c.drawString(x0, y0, txt)
            c.save(); buf.seek(0)
            page.merge_page(pypdf.PdfReader(buf).pages[0])
    wr.add_metadata({"/Producer": RNG.choice(["PDF Fixer Online", "pypdf", "SmallEdit PDF 3.1", "iLovePDFish"])})
    with open(dst, "wb") as f: wr.write(f)


def stream_replace_pikepdf(src, dst, pairs):
    import pikepdf
    pdf = pikepdf.open(src)
    done = 0
    for page in pdf.pages:
        data = page.Contents.read_bytes() if not isinstance(page.Contents, pikepdf.Array) else b"".join(s.read_bytes() for s in page.Contents)
        nd = data
        for old, new in pairs:
            o = b"(" + old.encode("cp1252") + b")"; n = b"(" + new.encode("cp1252") + b")"
            if o in nd: nd = nd.replace(o, n, 1); done += 1
        if nd != data:
            page.Contents = pdf.make_stream(nd)
    if done < len(pairs): pdf.close(); return False
    pdf.save(dst); pdf.close()
    return True


def incremental_pypdf(src, dst, pairs):
    import pypdf
    from pypdf.generic import NameObject
    wr = pypdf.PdfWriter(src, incremental=True)
    done = 0
    for page in wr.pages:
        cs = page["/Contents"].get_object()
        if isinstance(cs, list): return False
        data = cs.get_data(); nd = data
        for old, new in pairs:
            o = b"(" + old.encode("cp1252") + b")"; n = b"(" + new.encode("cp1252") + b")"
            if o in nd: nd = nd.replace(o, n, 1); done += 1
        if nd != data:
            from pypdf.generic import DecodedStreamObject
            ns = DecodedStreamObject(); ns.set_data(nd)
            page[NameObject("/Contents")] = wr._add_object(ns)
    if done < len(pairs): return False
    with open(dst, "wb") as f: wr.write(f)
    return True


def patch_text(img, box, text, rng, bold=False):
    """Cover a box with sampled paper colour and type new text in a similar ink colour."""
    img = img.copy(); d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    a = np.array(img)
    region = a[max(0, y0):y1, max(0, x0):x1].reshape(-1, 3)
    lum = region.sum(1)
    paper = tuple(int(v) for v in np.median(region[lum > np.percentile(lum, 60)], 0))
    ink = tuple(int(v) for v in np.median(region[lum <= np.percentile(lum, 8)], 0))
    d.rectangle([x0, y0, x1, y1], fill=paper)
    size = int((y1 - y0) * 0.78)
    f = ImageFont.truetype(DEJAVU_B if bold else DEJAVU, max(8, size))
    d.text((x0 + 2, y0 + (y1 - y0 - size) / 2 - 1), text, font=f, fill=ink)
    patch = img.crop((x0 - 2, y0 - 2, x1 + int(size * 3), y1 + 2)).filter(ImageFilter.GaussianBlur(0.6))
    img.paste(patch, (x0 - 2, y0 - 2))
    return img


def scan_to_file(img, path, rng):
    if path.endswith(".pdf"): img.save(path, "PDF", resolution=150)
    elif path.endswith(".png"): img.save(path)
    else: img.save(path, "JPEG", quality=rng.randint(50, 85))


# ---------------------------------------------------------------- edit runners
def run():
    labels = load_labels()
    gen = [r for r in labels if r["genuine"] and r["is_invoice"]]
    by = lambda pre: [r for r in gen if r["file"].startswith(pre)]
    recs = []

    def add(src, name, method, changed, upd, before=False, note=None):
        r = copy.deepcopy(src); r.update(upd)
        r.update(file=name, genuine=False, edit_method=method, what_changed=changed, edit_before_capture=before,
                 source_file=src["file"], arithmetic_error=False)
        r.pop("arithmetic_note", None)
        if note: r["edit_note"] = note
        recs.append(r)

    # 1) pikepdf content-stream text replace on standard-font ReportLab files
    fields_cycle = ["total", "quantity", "buyer", "date", "total", "quantity", "date", "buyer", "total"]
    k = 0
    for r in by("rl_helv"):
        if k >= 8: break
        m = load_meta(r["file"]); fld = fields_cycle[k]
        v = new_values(m, fld)
        if not v: continue
        from genuine_pdf import helv_safe
        old, new, upd = helv_safe(v[0]), helv_safe(v[1]), v[2]
        name = f"edit_pikepdf_{k:02d}_{r['file']}"
        if stream_replace_pikepdf(os.path.join(FILES, r["file"]), os.path.join(FILES, name), [(old, new)]):
            add(r, name, "pikepdf_text_replace", [fld], upd, note=f"'{old}' -> '{new}' in page content stream, file re-saved by pikepdf")
            k += 1
    # 2) pypdf incremental update (appended revision) on other helv files, from the end of the list
    k = 0
    for r in reversed(by("rl_helv")):
        if k >= 6: break
        m = load_meta(r["file"]); fld = ["quantity", "total", "date", "buyer", "quantity", "total"][k]
        v = new_values(m, fld)
        if not v: continue
        from genuine_pdf import helv_safe
        old, new, upd = helv_safe(v[0]), helv_safe(v[1]), v[2]
        name = f"edit_incr_{k:02d}_{r['file']}"
        try:
            ok = incremental_pypdf(os.path.join(FILES, r["file"]), os.path.join(FILES, name), [(old, new)])
        except Exception as e:
            print("incr fail", r["file"], e); ok = False
        if ok:
            add(r, name, "pypdf_incremental_update", [fld], upd,
                note=f"'{old}' -> '{new}'; content stream rewritten and appended as an incremental revision (original bytes kept before it)")
            k += 1
    # 3) overlay white box + retyped text (reportlab merged by pypdf), on any text PDF
    pool = by("wp_") + by("rl_ttf") + by("fpdf") + by("lo_") + by("chr_")
    RNG.shuffle(pool)
    k = 0; used = set()
    plan = [["buyer"], ["total"], ["date"], ["quantity"], ["buyer"], ["total", "date"], ["quantity", "total"], ["buyer"],
            ["date"], ["total"], ["buyer"], ["total"]]
    for r in pool:
        if k >= len(plan): break
        m = load_meta(r["file"]); src = os.path.join(FILES, r["file"])
        edits = []; upd = {}; ok = True; changed = plan[k]
        for fld in changed:
            v = new_values(m, fld)
            if not v: ok = False; break
            old, new, u = v
            info = None
            for pg in range(r["pages"] - 1, -1, -1) if fld == "total" else range(r["pages"]):
                info = find_bbox(src, old, pg, anchor=m.get("_qty_anchor") if fld == "quantity" else None)
                if info: break
            if not info: ok = False; break
            align = "right" if fld in ("total", "quantity") else "left"
            edits.append((pg, info, new, align)); upd.update(u)
        if not ok: continue
        resave = k >= 8
        name = f"edit_overlay_{k:02d}_{os.path.splitext(r['file'])[0]}.pdf"
        dst = os.path.join(FILES, name)
        overlay_pdf(src, dst, edits)
        method = "overlay_whitebox"
        if resave:
            if k % 2 == 0:
                import pikepdf
                tmp = dst + ".tmp"; os.replace(dst, tmp)
                with pikepdf.open(tmp) as p:
                    with p.open_metadata(set_pikepdf_as_editor=False) as meta: meta["pdf:Producer"] = "Microsoft: Print To PDF"
                    p.docinfo["/Producer"] = "Microsoft: Print To PDF"
                    p.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
                os.remove(tmp); method = "overlay_whitebox_resaved_pikepdf"
            else:
                import pypdfium2 as pdfium
                d = pdfium.PdfDocument(dst); ims = [d[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(len(d))]; d.close()
                ims[0].save(dst, "PDF", resolution=150, save_all=True, append_images=ims[1:])
                method = "overlay_whitebox_rasterized"
        add(r, name, method, changed, upd)
        used.add(r["file"]); k += 1
    # 4) image edits on scans and photos (after capture)
    scans = [r for r in gen if r["producer"].startswith("office_scanner")]
    photos = [r for r in gen if r["producer"].startswith("phone_photo")]
    def clean(r): return Image.open(os.path.join(WORK, os.path.splitext(r["file"])[0] + "_clean.png")).convert("RGB")
    k = 0
    for r, fld in zip(scans[:5], ["total", "date", "buyer", "total", "date"]):
        m = load_meta(r["file"]); box = m["img_pos"].get(fld)
        if not box: continue
        v = new_values(m, fld); old, new, upd = v
        img = clean(r)
        img = patch_text(img, box, new, RNG, bold=fld == "total")
        name = f"edit_imgpaste_{k:02d}_{r['file']}"
        scan_to_file(img, os.path.join(FILES, name), RNG)
        add(r, name, "image_paste_text", [fld], upd, note=f"region covered with paper colour and '{new}' typed with Pillow, then saved again")
        k += 1
    # clone a quantity cell from one row onto another inside the same image
    k = 0
    for r in scans[5:] + photos[:3]:
        if k >= 3: break
        m = load_meta(r["file"]); qb = m["img_pos"].get("qty", [])
        if len(qb) < 2: continue
        qtys = [it["qty"] for it in m["items"][:len(qb)]]
        i_src = max(range(len(qb)), key=lambda i: qtys[i]); i_dst = min(range(len(qb)), key=lambda i: qtys[i])
        if qtys[i_src] == qtys[i_dst]: continue
        img = clean(r)
        sb = [int(v) for v in qb[i_src]]; db = [int(v) for v in qb[i_dst]]
        w = max(sb[2] - sb[0], db[2] - db[0])
        # right-aligned column: align right edges
        patch = img.crop((sb[2] - w, sb[1], sb[2], sb[3]))
        img.paste(patch, (db[2] - w, db[1]))
        name = f"edit_imgclone_{k:02d}_{r['file']}"
        scan_to_file(img, os.path.join(FILES, name), RNG)
        add(r, name, "image_clone_region", ["quantity"], {},
            note=f"qty cell of line {i_src+1} ({qtys[i_src]}) cloned over line {i_dst+1} ({qtys[i_dst]}); amounts left unchanged")
        k += 1
    # copy a stamp + signature block from one scan onto another scan that had none
    stamped = [r for r in scans if load_meta(r["file"])["has_stamp"]]
    bare = [r for r in scans if not load_meta(r["file"])["has_stamp"]]
    for k, (donor, tgt) in enumerate(zip(stamped[:3], bare[:3])):
        dm = load_meta(donor["file"]); sb = [int(v) for v in dm["img_pos"]["stamp"]]
        stamp = clean(donor).crop(sb)
        img = clean(tgt)
        img.paste(stamp, (int(img.width * 0.55), int(img.height * 0.72)))
        name = f"edit_stamppaste_{k:02d}_{tgt['file']}"
        scan_to_file(img, os.path.join(FILES, name), RNG)
        add(tgt, name, "image_paste_stamp", ["stamp_signature"], {},
            note=f"stamp/signature block of {donor['file']} (another supplier) pasted onto the scan")
    # re-date cash memo photos
    memos = [r for r in photos if "memo" in r["file"]]
    for k, r in enumerate(memos[:3]):
        m = load_meta(r["file"]); old, new, upd = new_values(m, "date" if k < 2 else "total")
        fld = "date" if k < 2 else "total"
        img = patch_text(clean(r), m["img_pos"][fld], new, RNG, bold=fld == "total")
        name = f"edit_memo_{k:02d}_{r['file']}"
        img.save(os.path.join(FILES, name), "JPEG", quality=RNG.choice([60, 75]))
        add(r, name, "image_paste_text", [fld], upd, note="cash memo photo re-dated/retotalled with a pasted patch")
    # 5) edit made before capture: whitebox-edit the clean PDF, then print->scan / photograph it
    from genuine_scan import render_pdf, scan, photo
    cands = [r for r in scans + photos if load_meta(r["file"]).get("src_pdf")]
    k = 0
    for r, fld in zip(cands[::3], ["total", "buyer", "date", "total", "quantity"]):
        if k >= 4: break
        m = load_meta(r["file"]); src = m["src_pdf"]
        v = new_values(m, fld)
        if not v: continue
        old, new, upd = v
        info = find_bbox(src, old, 0, anchor=m.get("_qty_anchor") if fld == "quantity" else None)
        if not info: continue
        tmp = os.path.join(WORK, f"before_{k}.pdf")
        overlay_pdf(src, tmp, [(0, info, new, "right" if fld in ("total", "quantity") else "left")])
        img, _ = render_pdf(tmp, 150)
        if "photo" in r["producer"]: out, _ = photo(img, {}, RNG)
        else: out, _ = scan(img, {}, RNG, gray=True)
        name = f"edit_beforecapture_{k:02d}_{os.path.splitext(r['file'])[0]}.jpg"
        out.save(os.path.join(FILES, name), "JPEG", quality=70)
        add(r, name, "whitebox_then_scan" if "scan" in r["producer"] else "whitebox_then_photo", [fld], upd, before=True,
            note="edited PDF printed/rendered and captured again; no digital trace, only content inconsistency" if fld == "quantity" else
            "edited PDF printed/rendered and captured again; no digital trace in the file")
        k += 1
    return recs


if __name__ == "__main__":
    r = run(); print(len(r))
    from collections import Counter; print(Counter(x["edit_method"] for x in r))
