"""Edited copies of genuine files, made the way a panicking seller would."""
import os, copy, random, datetime, io, shutil
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from common import *
import gen_pdf, gen_html, gen_office, gen_images

LATEST = datetime.date(2026, 11, 27)


# ------------------------------------------------------------------ value changes
def change(doc, what, rng):
    """Return (new_doc, [(old_string, new_string, which)]) for the printed strings that change."""
    nd = copy.deepcopy(doc)
    lang, cur = doc["lang"], doc["cur"]
    subs = []
    for w in what:
        if w == "total":
            f = D(str(rng.choice([1.42, 1.6, 1.85, 2.3, 0.55, 0.68])))
            nt = q(doc["total"] * f, cur)
            if cur not in ZERO_DEC:
                nt = q(nt.to_integral_value() + D(str(rng.choice(["0.00", "0.50", "0.40"]))), cur)
            nd["total"] = nt
            subs.append((fmt_num(doc["total"], lang, cur), fmt_num(nt, lang, cur), "last"))
        elif w == "date":
            nd8 = min(doc["date"] + datetime.timedelta(days=rng.randint(90, 300)), LATEST)
            if nd8 <= doc["date"]:
                nd8 = doc["date"] - datetime.timedelta(days=rng.randint(60, 120))
            nd["date"] = nd8
            subs.append((fmt_date(doc["date"], lang, doc["date_style"]), fmt_date(nd8, lang, doc["date_style"]), "first"))
        elif w == "buyer":
            bl = "en" if doc["buyer"]["name"] in [b[0] for b in BUYERS["en"]] else lang
            cands = [b for b in BUYERS[bl] + BUYERS.get("en", []) if b[0] != doc["buyer"]["name"]]
            if lang not in ("zh", "ja", "vi"):
                cands = [b for b in cands if b[0].isascii()]
            else:
                cands = [b for b in BUYERS[bl] if b[0] != doc["buyer"]["name"]] or cands
            nb = rng.choice(cands)
            nd["buyer"] = dict(name=nb[0], addr=doc["buyer"]["addr"], taxid=doc["buyer"]["taxid"])
            subs.append((doc["buyer"]["name"], nb[0], "first"))
        elif w == "quantity":
            old = rows(doc)[0][3]
            nq = doc["items"][0]["qty"] * rng.choice([3, 5, 10])
            nd["items"][0]["qty"] = nq
            subs.append((old, rows(nd)[0][3], ("after", doc["items"][0]["desc"][:48])))
    return nd, subs


# ------------------------------------------------------------------ PDF content-stream edits
def pikepdf_replace(src, dst, subs):
    pdf = pikepdf.open(src)
    done = 0
    for old, new, which in subs:
        ob, nb = old.encode("cp1252"), new.encode("cp1252")
        hits = []
        for pi, page in enumerate(pdf.pages):
            ops = pikepdf.parse_content_stream(page)
            seen_after = which == "last" or which == "first"
            for oi, (operands, op) in enumerate(ops):
                if str(op) == "Tj" and isinstance(operands[0], pikepdf.String):
                    b = bytes(operands[0])
                    if isinstance(which, tuple) and b.decode("cp1252", "replace") == which[1]:
                        seen_after = True
                    if ob in b and seen_after and (not isinstance(which, tuple) or b == ob):
                        hits.append((pi, oi))
        if not hits:
            raise RuntimeError(f"{src}: {old!r} not found")
        pi, oi = hits[-1] if which == "last" else hits[0]
        page = pdf.pages[pi]
        ops = pikepdf.parse_content_stream(page)
        operands, op = ops[oi]
        ops[oi] = pikepdf.ContentStreamInstruction([pikepdf.String(bytes(operands[0]).replace(ob, nb))], op)
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
        done += 1
    pdf.save(dst)
    return done


def pypdf_incremental(src, dst, subs):
    w = pypdf.PdfWriter(src, incremental=True)
    for old, new, which in subs:
        pre = b"" if which == "last" else b"("
        ob, nb = pre + old.encode("cp1252"), pre + new.encode("cp1252")
        pages = list(range(len(w.pages)))
        if which == "last":
            pages = pages[::-1]
        for pi in pages:
            c = w.pages[pi].get_contents()
            data = c.get_data()
            if ob in data:
                i = data.rfind(ob) if which == "last" else data.find(ob)
                data = data[:i] + nb + data[i + len(ob):]
                c.set_data(data)
                w.pages[pi].replace_contents(c)
                break
        else:
            raise RuntimeError(f"{src}: {old!r} not found")
    w.add_metadata({"/ModDate": "D:20261130101500+07'00'"})
    with open(dst, "wb") as f:
        w.write(f)


# ------------------------------------------------------------------ locating text
def find_boxes(pdf_path, text, which="all"):
    """[(page, (l,b,r,t))] in PDF points for occurrences of text."""
    d = pdfium.PdfDocument(pdf_path)
    out = []
    for pi in range(len(d)):
        tp = d[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            i, n = r
            bx = [tp.get_charbox(k) for k in range(i, i + n)]
            bx = [b for b in bx if b[2] > b[0]]
            out.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx))))
    if not out:
        raise RuntimeError(f"{pdf_path}: {text!r} not found")
    if which == "first":
        return out[:1]
    if which == "last":
        return out[-1:]
    return out


def overlay_font(lang):
    if lang in ("zh", "ja"):
        return "CJK"
    if lang in ("vi", "pl"):
        return "DV"
    return "Helvetica"


def overlay_whitebox(src, dst, subs, lang, producer_meta=None):
    r = pypdf.PdfReader(src)
    w = pypdf.PdfWriter(clone_from=r)
    font = overlay_font(lang)
    per_page = {}
    for old, new, which in subs:
        wh = which if which in ("first", "last") else "first"
        if isinstance(which, tuple):
            # quantity: first exact occurrence after the item description
            boxes = find_boxes(src, old, "all")
            desc = find_boxes(src, which[1], "first")[0]
            boxes = [b for b in boxes if b[0] == desc[0] and abs((b[1][1] + b[1][3]) / 2 - (desc[1][1] + desc[1][3]) / 2) < 4][:1] or boxes[:1]
        else:
            boxes = find_boxes(src, old, "all" if lang == "ja" and wh == "last" else wh)
        for pi, bb in boxes:
            per_page.setdefault(pi, []).append((bb, new))
    for pi, items in per_page.items():
        pg = r.pages[pi]
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO()
        c = rlcanvas.Canvas(buf, pagesize=(W, H))
        for (l, b, rr, t), new in items:
            h = t - b
            fs = h * 1.32
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 2, b - h * 0.35, (rr - l) + 4, h * 1.7, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont(font, fs)
            c.drawRightString(rr, b, new)
        c.save()
        buf.seek(0)
        w.pages[pi].merge_page(pypdf.PdfReader(buf).pages[0])
    if producer_meta:
        w.add_metadata(producer_meta)
    with open(dst, "wb") as f:
        w.write(f)


def rasterize_pdf(src, dst, dpi=150, producer="EasyDocEdit Online 3.1"):
    d = pdfium.PdfDocument(src)
    ims = [d[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(d))]
    bufs = []
    for im in ims:
        b = io.BytesIO(); im.save(b, "JPEG", quality=82); b.seek(0); bufs.append(Image.open(b).convert("RGB"))
    tmp = dst + ".tmp.pdf"
    bufs[0].save(tmp, "PDF", resolution=float(dpi), save_all=True, append_images=bufs[1:])
    w = pypdf.PdfWriter(clone_from=tmp)
    w.add_metadata({"/Producer": producer, "/Creator": producer})
    with open(dst, "wb") as f:
        w.write(f)
    os.remove(tmp)


# ------------------------------------------------------------------ image edits
def img_box(meta, text, which="first"):
    """Axis-aligned pixel boxes (in the captured image) of text from the source PDF."""
    info = meta["extra"]
    out = []
    for pi, (l, b, r, t) in find_boxes(info["src"], text, which):
        if pi != 0:
            continue
        H = float(pypdf.PdfReader(info["src"]).pages[0].mediabox.height)
        s = info["dpi"] / 72
        pts = np.array([[l * s, (H - t) * s, 1], [r * s, (H - t) * s, 1], [r * s, (H - b) * s, 1], [l * s, (H - b) * s, 1]]).T
        M = info["M"]
        p = M @ pts
        p = p[:2] / p[2]
        out.append((p[0].min(), p[1].min(), p[0].max(), p[1].max()))
    return out


def pick_font(lang, bold=False):
    if lang in ("zh", "ja"):
        return FONT_CJK
    return FONT_DEJAVU_B if bold else FONT_DEJAVU


def paint_text(im, box, new, lang, rng, align="right"):
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    a = np.array(im.convert("RGB")).astype(np.int32)
    pad = 3
    ring = np.concatenate([a[max(0, y0 - 6):y0 - 2, x0:x1].reshape(-1, 3), a[y1 + 2:y1 + 6, x0:x1].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (240, 240, 240)
    region = a[y0:y1, x0:x1].reshape(-1, 3)
    ink = tuple(int(v) for v in np.percentile(region, 4, axis=0)) if len(region) else (30, 30, 30)
    d = ImageDraw.Draw(im)
    d.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], fill=bg)
    h = y1 - y0
    f = ImageFont.truetype(pick_font(lang), max(8, int(h * 1.05)))
    tw = d.textlength(new, font=f)
    x = x1 - tw if align == "right" else x0
    d.text((x, y0 + h * 0.5), new, font=f, fill=ink, anchor="lm")
    # soften the pasted patch a little so it does not look too sharp
    patch = im.crop((x0 - pad - 2, y0 - pad - 2, x1 + pad + 2, y1 + pad + 2)).filter(ImageFilter.GaussianBlur(0.6))
    im.paste(patch, (x0 - pad - 2, y0 - pad - 2))
    return im


def save_like(im, path):
    if path.endswith(".png"):
        im.save(path)
    else:
        im.save(path, "JPEG", quality=88, subsampling=0)  # phone editor re-save


# ------------------------------------------------------------------ plan
# (source, method, what)
PLAN = [
    ("rl_en_cn_commercial_01", "pikepdf_text_replace", ["total"]),
    ("rl_en_kr_invoice_02", "pikepdf_text_replace", ["buyer"]),
    ("rl_en_th_invoice_03", "pikepdf_text_replace", ["date"]),
    ("rl_de_rechnung_09", "pikepdf_text_replace", ["total"]),
    ("rl_fr_facture_11", "pikepdf_text_replace", ["date"]),
    ("rl_es_factura_15", "pikepdf_text_replace", ["quantity"]),
    ("rl_nl_factuur_16", "pikepdf_text_replace", ["total"]),
    ("rl_en_invoice_07", "pikepdf_text_replace", ["date", "total"]),
    ("rl_it_fattura_13", "pypdf_incremental_update", ["total"]),
    ("rl_en_proforma_04", "pypdf_incremental_update", ["date"]),
    ("rl_en_credit_08", "pypdf_incremental_update", ["total"]),
    ("rl_en_multi_05", "pypdf_incremental_update", ["buyer"]),
    ("rl_fr_facture_12", "pypdf_incremental_update", ["total", "date"]),
    ("wp_en_saas_01", "overlay_whitebox", ["total"]),
    ("ch_en_erp_02", "overlay_whitebox", ["buyer"]),
    ("fp_en_invoice_01", "overlay_whitebox", ["date"]),
    ("ods_en_invoice_01", "overlay_whitebox", ["total"]),
    ("docx_en_invoice_01", "overlay_whitebox", ["quantity"]),
    ("wp_vi_gtgt_05", "overlay_whitebox", ["total"]),
    ("ch_zh_vat_06", "overlay_whitebox", ["buyer"]),
    ("wp_ja_seikyu_10", "overlay_whitebox", ["date"]),
    ("fp_vi_gtgt_06", "online_editor_flatten", ["total"]),
    ("rl_zh_vat_21", "online_editor_flatten", ["date"]),
    ("ch_en_saas_03", "online_editor_flatten", ["total", "buyer"]),
    ("scan_vi_gtgt_01", "image_paste_text", ["total"]),
    ("scan_en_ci_06", "image_paste_text", ["date"]),
    ("scan_de_rechnung_12", "image_paste_text", ["total"]),
    ("scan_ja_seikyu_10", "image_paste_text", ["total"]),
    ("photo_en_ci_04", "image_paste_text", ["buyer"]),
    ("photo_vi_gtgt_02", "image_paste_text", ["total"]),
    ("scan_it_fattura_13", "image_clone_region", ["date"]),
    ("scan_pl_faktura_14", "image_clone_region", ["date"]),
    ("photo_en_inv_06", "image_clone_region", ["date"]),
    ("photo_en_inv_05", "image_clone_region", ["date"]),
    ("scan_en_proforma_09", "stamp_paste", ["stamp"]),
    ("scan_zh_vat_04", "stamp_paste", ["stamp"]),
    ("photo_zh_vat_07", "stamp_paste", ["stamp"]),
    ("rl_zh_export_23", "retyped_spreadsheet", ["total"]),
    ("wp_en_erp_03", "retyped_spreadsheet", ["date", "total"]),
    ("ch_vi_gtgt_04", "retyped_spreadsheet", ["buyer"]),
    ("photo_vi_gtgt_01", "edit_source_then_photo", ["total"]),
    ("scan_en_multi_08", "edit_source_then_scan", ["date"]),
    ("scan_ja_seikyu_11", "edit_source_then_scan", ["buyer"]),
]


def genuine_labels():
    out = {}
    for st in ("pdf", "html", "office", "images"):
        p = os.path.join(BUILD, f"labels_{st}.jsonl")
        if os.path.exists(p):
            for l in open(p, encoding="utf-8"):
                r = json.loads(l); out[r["file"]] = r
    return out


def stamp_image(rng):
    """Crop a red seal from a freshly rendered genuine-style page (what sellers cut from another invoice)."""
    src = os.path.join(BUILD, "stamp_donor.pdf")
    gen_pdf.rl_render(make_doc(9999, "zh", doc_type="tax_invoice"), src, style=0)
    im = gen_images.raster(src, 200)[0]
    s = 200 / 72
    W, H = 595.27, 841.89
    box = (int((W - 120 - 40) * s), int((H - 110 - 40) * s), int((W - 120 + 40) * s), int((H - 110 + 40) * s))
    st = im.crop(box).convert("RGBA")
    a = np.array(st)
    white = (a[..., 0] > 200) & (a[..., 1] > 200) & (a[..., 2] > 200)
    a[..., 3] = np.where(white, 0, 230)
    return Image.fromarray(a)


def run(only=None):
    glab = genuine_labels()
    recs = []
    stamp = None
    for k, (srcname, method, what) in enumerate(PLAN):
        if only and k not in only:
            continue
        rng = random.Random(8000 + k)
        meta = load_meta(srcname)
        doc = meta["doc"]
        g = [r for f, r in glab.items() if os.path.splitext(f)[0] == srcname][0]
        srcfile = os.path.join(FILES, g["file"])
        ext = os.path.splitext(g["file"])[1]
        outname = f"{srcname}_c{k:02d}{ext}"
        out = os.path.join(FILES, outname)
        nd, subs = change(doc, [w for w in what if w != "stamp"], rng)
        lang = doc["lang"]
        producer = g["producer"]
        ebc = False
        pages = g["pages"]
        if method == "pikepdf_text_replace":
            pikepdf_replace(srcfile, out, subs)
        elif method == "pypdf_incremental_update":
            pypdf_incremental(srcfile, out, subs)
        elif method == "overlay_whitebox":
            overlay_whitebox(srcfile, out, subs, lang)
        elif method == "online_editor_flatten":
            tmp = os.path.join(BUILD, outname + ".ov.pdf")
            overlay_whitebox(srcfile, tmp, subs, lang)
            rasterize_pdf(tmp, out)
        elif method == "image_paste_text":
            im = Image.open(srcfile).convert("RGB")
            for old, new, which in subs:
                boxes = img_box(meta, old, "all" if lang == "ja" else ("last" if which == "last" else "first"))
                for bx in boxes:
                    im = paint_text(im, bx, new, lang, rng, align="left" if "buyer" in what else "right")
            save_like(im, out)
        elif method == "image_clone_region":
            im = Image.open(srcfile).convert("RGB")
            s = strings(doc)
            db = img_box(meta, s["date"], "first")[0]
            ub = img_box(meta, s["due"], "first")[0]
            due_crop = im.crop(tuple(int(v) for v in (ub[0] - 2, ub[1] - 2, ub[2] + 2, ub[3] + 2)))
            # clone clean paper from just below the date line over the date, then clone the due date on top
            h = int(db[3] - db[1]) + 6
            paper = im.crop((int(db[0]) - 3, int(db[3]) + 6 + h, int(db[2]) + 5, int(db[3]) + 6 + 2 * h))
            im.paste(paper.resize((int(db[2] - db[0]) + 8, h)), (int(db[0]) - 3, int(db[1]) - 3))
            x = int(db[2] - due_crop.width + 2) if abs((db[2] - ub[2])) < 40 else int(db[0]) - 2
            im.paste(due_crop, (x, int(db[1]) - 2))
            save_like(im, out)
            nd["date"] = doc["due"]
        elif method == "stamp_paste":
            if stamp is None:
                stamp = stamp_image(rng)
            im = Image.open(srcfile).convert("RGB")
            sc = im.width / 1654 * rng.uniform(0.9, 1.1)
            st = stamp.resize((int(stamp.width * sc), int(stamp.height * sc))).rotate(rng.uniform(-15, 15), expand=True)
            if srcname.startswith("photo"):
                pos = (int(im.width * 0.55), int(im.height * 0.42))
            else:
                pos = (int(im.width * 0.62), int(im.height * (0.55 if "zh" in srcname else 0.35)))
            im.paste(st, pos, st)
            save_like(im, out)
        elif method == "retyped_spreadsheet":
            fods = os.path.join(BUILD, outname.replace(ext, ".fods"))
            gen_office.build_fods(nd, fods, sheetname="Sheet1")
            gen_office.soffice_batch([fods], BUILD)
            shutil.move(os.path.join(BUILD, os.path.basename(fods).replace(".fods", ".pdf")), out)
            producer = "libreoffice_calc"
            pages = len(pypdf.PdfReader(out).pages)
        elif method.startswith("edit_source_then"):
            info = meta["extra"]
            grng = random.Random(info["seed"])
            name = outname.rsplit(".", 1)[0]
            fn, pages, _ = gen_images.capture(name, nd, info["kind"], info["rk"], info["mode"], grng,
                                              info.get("fmt", "jpg"), info.get("dim", False))
            outname = fn
            ebc = True
        recs.append(label(nd, outname, producer, pages, genuine=False, edit_method=method,
                          what_changed=what, ebc=ebc, source_file=g["file"]))
        print("edited", outname, method, what)
    write_labels("edits", recs)
    return recs


if __name__ == "__main__":
    import sys
    only = set(int(x) for x in sys.argv[1:]) or None
    print(len(run(only)), "edited files")
