"""Edited copies of genuine files, made the way a desperate reseller would."""
import os, io, copy, random, datetime as dt, shutil
import pikepdf, pypdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas as rlcanvas
from common import *
import scans as SC
import genuine_html as GH

NEW_BUYERS = ["Jersey Shore Deals LLC", "Apex Prime Sellers Inc", "Rapid Restock Co", "Blue Ridge Online Goods LLC",
              "Ocean Breeze Commerce", "TopTier FBA Holdings LLC", "Northside Bargain Hub", "Cedar Point Retail LLC"]
NEW_BUYERS_LOC = {"de": ["Schnell Handel UG"], "fr": ["Prime Boutique SAS"], "zh": ["深圳市速达跨境电商有限公司"],
                  "ja": ["株式会社スピードリテール"], "pl": ["Szybki Handel Sp. z o.o."], "nl": ["Snel Retail B.V."],
                  "it": ["Rapido Commercio S.r.l."], "es": ["Venta Rápida S.L."]}


def new_buyer(rng, loc):
    return rng.choice(NEW_BUYERS_LOC.get(LOC[loc]["lang"], NEW_BUYERS))


def new_date(rng, old):
    d = dt.date(2026, rng.randint(1, 10), rng.randint(1, 28))
    return d


def new_total(rng, loc, total):
    t = D(total)
    f = D(rng.choice(["1.5", "2", "2.5", "3", "1.8"]))
    nt = (t * f).quantize(D("1")) if LOC[loc].get("nodec") else q2(t * f)
    return nt


def plan_changes(rng, meta, kinds):
    """Return list of (what, old_str, new_str) and the label updates."""
    loc = meta["loc"]
    ch, upd = [], {}
    for k in kinds:
        if k == "buyer":
            nb = new_buyer(rng, loc)
            ch.append(("buyer", meta["buyer"], nb)); upd["buyer"] = nb
        elif k == "date":
            nd = new_date(rng, meta["date"])
            ch.append(("date", meta["date_str"], fmt_date(nd, loc))); upd["date"] = nd.isoformat()
        elif k == "total":
            nt = new_total(rng, loc, meta["total"])
            ch.append(("total", meta["total_str"], fmt_money(nt, loc, False))); upd["total"] = str(q2(nt))
        elif k == "quantity":
            q = meta["qtys"][0]
            nq = str(int(q) * rng.choice([2, 3, 5]))
            ch.append(("quantity", q, nq))
    return ch, upd


def finish_label(src_lab, fn, method, changes, upd, **kw):
    lab = {k: v for k, v in src_lab.items() if k != "_meta"}
    lab.update(file=fn, genuine=False, edit_method=method, what_changed=sorted({c[0] for c in changes}),
               edit_before_capture=False, arithmetic_error=False)
    lab.update(upd)
    lab.update(kw)
    lab["edited_from"] = src_lab["file"]
    return lab


# ------------------------------------------------------------------ content-stream edits
def cs_replace(pdf, changes, qty_once=True):
    """Replace literal strings in text-showing operators of every page; returns number of hits."""
    hits = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        new = []
        done_q = False
        for operands, op in ops:
            if op == pikepdf.Operator("Tj") and operands and isinstance(operands[0], pikepdf.String):
                s = bytes(operands[0])
                for what, old, nw in changes:
                    ob, nb = old.encode("cp1252"), nw.encode("cp1252")
                    if what == "quantity":
                        if s == ob and not done_q:
                            operands = [pikepdf.String(nb)]; hits += 1; done_q = True
                    elif ob in s:
                        operands = [pikepdf.String(s.replace(ob, nb))]; hits += 1
                        s = bytes(operands[0])
            new.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    return hits


def edit_pikepdf(src, out, changes, resave_pypdf=False):
    with pikepdf.open(src) as pdf:
        h = cs_replace(pdf, changes)
        pdf.save(out)
    if resave_pypdf:
        r = pypdf.PdfReader(out)
        w = pypdf.PdfWriter(clone_from=r)
        w.add_metadata({"/Producer": "Microsoft: Print To PDF"})
        w.compress_identical_objects()
        for p in w.pages:
            p.compress_content_streams()
        w.write(out)
    return h


def edit_pypdf_incremental(src, out, changes):
    r = pypdf.PdfReader(src)
    w = pypdf.PdfWriter(r, incremental=True)
    hits = 0
    for page in w.pages:
        cont = page.get_contents()
        data = cont.get_data()
        for what, old, nw in changes:
            if what == "quantity":
                ob, nb = f"({old}) Tj".encode("cp1252"), f"({nw}) Tj".encode("cp1252")
            else:
                ob, nb = old.encode("cp1252"), nw.encode("cp1252")
            if ob in data:
                data = data.replace(ob, nb, 1 if what == "quantity" else -1); hits += 1
        cont.set_data(data)
        page.replace_contents(cont)
    w.add_metadata({"/ModDate": "D:20261130101500-05'00'"})
    w.write(out)
    return hits


# ------------------------------------------------------------------ overlay edits
def find_all(path, text, qty_col=False):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    res = []
    for pi in range(len(doc)):
        pg = doc[pi]
        tp = pg.get_textpage()
        s = tp.search(text, match_case=True, match_whole_word=qty_col)
        while True:
            r = s.get_next()
            if r is None:
                break
            idx, cnt = r
            bx = [tp.get_charbox(j) for j in range(idx, idx + cnt)]
            bx = [b for b in bx if b[2] > b[0]]
            if bx:
                res.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)), pg.get_size()))
    return res


def overlay_font(lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont("WQYo")
    except Exception:
        pdfmetrics.registerFont(TTFont("WQYo", FONT_CJK, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("DVo", FONT))
    return {"zh": "WQYo", "ja": "WQYo", "pl": "DVo"}.get(lang, "Helvetica")


def edit_overlay(src, out, changes, lang, rng, flatten=False):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    font = overlay_font(lang)
    targets = {}
    n = 0
    for what, old, nw in changes:
        found = find_all(src, old, qty_col=(what == "quantity"))
        if what in ("quantity", "date"):
            found = found[:1]
        for pi, box, size in found:
            targets.setdefault(pi, []).append((what, box, size, nw))
            n += 1
    r = pypdf.PdfReader(src)
    w = pypdf.PdfWriter(clone_from=r)
    for pi, lst in targets.items():
        size = lst[0][2]
        buf = io.BytesIO()
        c = rlcanvas.Canvas(buf, pagesize=size)
        for what, (l, b, rr, t), _, nw in lst:
            numeric = what in ("total", "quantity", "date")
            h = t - b
            fs = h / (0.72 if numeric else 0.8)
            fs = max(5, min(fs, 24))
            tw = stringWidth(nw, font, fs)
            c.setFillColorRGB(1, 1, 1)
            if numeric:
                c.rect(min(l, rr - tw) - 1.5, b - 2, max(rr - l, tw) + 3, h + 4, fill=1, stroke=0)
                c.setFillColorRGB(0, 0, 0); c.setFont(font, fs)
                c.drawRightString(rr + rng.uniform(-0.6, 0.6), b + rng.uniform(-0.4, 0.4), nw)
            else:
                c.rect(l - 1.5, b - 2.5, max(rr - l, tw) + 3, h + 5, fill=1, stroke=0)
                c.setFillColorRGB(0, 0, 0); c.setFont(font, fs)
                c.drawString(l, b + 0.15 * h, nw)
        c.showPage(); c.save()
        buf.seek(0)
        w.pages[pi].merge_page(pypdf.PdfReader(buf).pages[0])
    w.write(out)
    if flatten:
        pages = SC.render(out, 150)
        pages = [p.convert("RGB") for p in pages]
        pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150)
    return n


# ------------------------------------------------------------------ image edits
def paper_color(img, box):
    x0, y0, x1, y1 = box
    strip = img.crop((x0, max(0, y0 - 8), x1, max(1, y0 - 2)))
    px = sorted(list(strip.get_flattened_data() if hasattr(strip, 'get_flattened_data') else strip.getdata()))
    return px[len(px) // 2] if px else (255 if img.mode in ("L", "1") else (255, 255, 255))


def image_boxes(meta, old, qty_col=False, first=False):
    found = find_all(meta["src"], old, qty_col=qty_col)
    found = [f for f in found if f[0] == 0]
    return found[:1] if first else found


def edit_image(src_img, out, meta, changes, rng, method):
    img = Image.open(src_img)
    mode0 = img.mode
    if mode0 == "1":
        img = img.convert("L")
    d = ImageDraw.Draw(img)
    n = 0
    dark = 0 if mode0 == "1" else rng.randint(20, 55)
    ink = dark if img.mode == "L" else (dark, dark, dark + 5)
    fontp = FONT_CJK if meta["loc"] in ("zh", "ja") else FONT
    for what, old, nw in changes:
        for pi, box, size in image_boxes(meta, old, qty_col=(what == "quantity"), first=what in ("quantity", "date")):
            bx = SC.map_box(box, size, meta["dpi"], meta["angle"] or 0, img.size, pad=3)
            numeric = what != "buyer"
            hpx = (box[3] - box[1]) * meta["dpi"] / 72
            f = ImageFont.truetype(fontp, max(8, int(hpx / (0.72 if numeric else 0.8))))
            if method == "image_clone":
                # cover the original with paper cloned from just below the text block
                h = bx[3] - bx[1]
                patch = img.crop((bx[0], bx[1] - 3 * h, bx[2], bx[3] - 3 * h)) if bx[1] - 3 * h > 0 else None
                if patch is None or max(patch.getextrema() if img.mode == "L" else patch.convert("L").getextrema()) - min(patch.convert("L").getextrema()) > 90:
                    patch = img.crop((img.size[0] - (bx[2] - bx[0]) - 5, bx[1], img.size[0] - 5, bx[3]))
                img.paste(patch, (bx[0], bx[1]))
            else:
                d.rectangle(bx, fill=paper_color(img, bx))
            tw = d.textlength(nw, font=f)
            x = bx[2] - 3 - tw if numeric else bx[0] + 3
            d.text((x, bx[1] + 2), nw, fill=ink, font=f)
            n += 1
    if out.lower().endswith((".jpg", ".jpeg")):
        img.save(out, quality=rng.randint(85, 95))
    else:
        img.save(out)
    return n


def edit_scan_pdf(src_pdf, out, meta, changes, rng):
    """Take the page-1 image out of an MFP scan PDF, paste new text in, put it back with pikepdf."""
    tmp_in = os.path.join(WORK, "scanpage_in.png")
    with pikepdf.open(src_pdf) as pdf:
        page = pdf.pages[0]
        name, raw = next(iter(page.images.items())) if not hasattr(page, 'get_images') else next(iter(page.get_images().items()))
        pim = pikepdf.PdfImage(raw)
        im = pim.as_pil_image()
        im.save(tmp_in)
        m2 = dict(meta)
        m2["dpi"] = im.size[0] / float(page.mediabox[2]) * 72
        tmp_out = os.path.join(WORK, "scanpage_out.png")
        n = edit_image(tmp_in, tmp_out, m2, changes, rng, "image_paste")
        ed = Image.open(tmp_out)
        b = io.BytesIO()
        ed.convert("L" if ed.mode in ("L", "1") else "RGB").save(b, "JPEG", quality=88)
        raw.write(b.getvalue(), filter=pikepdf.Name.DCTDecode)
        raw.ColorSpace = pikepdf.Name.DeviceGray if ed.mode in ("L", "1") else pikepdf.Name.DeviceRGB
        raw.BitsPerComponent = 8
        if "/DecodeParms" in raw:
            del raw["/DecodeParms"]
        pdf.save(out)
    return n


# ------------------------------------------------------------------ edit before capture
def edit_before_capture(rng, loc, style, dtp, n, mode, ext, idx, kinds):
    doc = make_doc(rng, loc, dtp, n)
    orig = meta_for(doc)
    ch, upd = plan_changes(rng, orig, kinds)
    for what, old, nw in ch:
        if what == "buyer":
            doc["buyer"] = nw
        elif what == "date":
            doc["date"] = dt.date.fromisoformat(upd["date"])
        elif what == "total":
            doc["total"] = D(upd["total"])
        elif what == "quantity":
            doc["items"][0]["qty"] = int(nw)
    src = os.path.join(WORK, f"ebc_{idx}.pdf")
    SC.make_source(doc, style, src)
    fn = f"e{idx:02d}_{mode}_{loc}_editedsource{ext}"
    pages, params = SC.capture(src, os.path.join(FILES, fn), mode, rng)
    lab = label(fn, doc, {"scan": "mfp_scan", "photo": "phone_photo", "fax": "fax"}[mode] + "_" + ext[1:], pages)
    lab.update(genuine=False, edit_method="edit_source_then_" + mode, what_changed=sorted({c[0] for c in ch}),
               edit_before_capture=True, arithmetic_error=False)
    return lab


# ------------------------------------------------------------------ plan
def run():
    name = "z_edits"
    if part_done(name):
        return read_parts(name)
    rng = random.Random(5555)
    G = {l["file"]: l for l in read_parts("g_")}
    labs = []
    idx = [0]

    def out_name(src_file, method):
        stem, ext = os.path.splitext(src_file)
        idx[0] += 1
        return f"x{idx[0]:02d}_{method}_{stem.split('_')[0]}{ext}"

    def add(src_file, method, kinds, fn_ext=None, **kw):
        s = G[src_file]
        meta = s["_meta"]
        ch, upd = plan_changes(rng, meta, kinds)
        fn = out_name(src_file, method)
        if fn_ext:
            fn = os.path.splitext(fn)[0] + fn_ext
        src = os.path.join(FILES, src_file)
        out = os.path.join(FILES, fn)
        try:
            if method == "pikepdf_text_replace":
                h = edit_pikepdf(src, out, ch)
            elif method == "pikepdf_replace_resaved":
                h = edit_pikepdf(src, out, ch, resave_pypdf=True)
            elif method == "pypdf_incremental_update":
                h = edit_pypdf_incremental(src, out, ch)
            elif method == "overlay_whitebox":
                h = edit_overlay(src, out, ch, s["language"], rng)
            elif method == "overlay_whitebox_flattened":
                h = edit_overlay(src, out, ch, s["language"], rng, flatten=True)
            elif method in ("image_paste", "image_clone"):
                h = edit_image(src, out, meta, ch, rng, method)
            elif method == "scan_pdf_image_replace":
                h = edit_scan_pdf(src, out, meta, ch, rng)
            elif method == "overlay_then_scan":
                tmp = os.path.join(WORK, "ots_" + fn + ".pdf")
                h = edit_overlay(src, tmp, ch, s["language"], rng)
                SC.capture(tmp, out, kw.pop("mode", "scan"), rng)
                kw["edit_before_capture"] = True
            else:
                raise ValueError(method)
        except Exception as e:
            print("EDIT FAILED", src_file, method, e, flush=True)
            if os.path.exists(out):
                os.remove(out)
            return
        if not h:
            print("no hit", src_file, method, kinds, flush=True)
            if os.path.exists(out):
                os.remove(out)
            return
        pages = pdf_pages(out) if out.endswith(".pdf") else 1
        lab = finish_label(s, fn, method, ch, upd, pages=pages, **kw)
        if method == "overlay_whitebox_flattened":
            lab["producer"] = s["producer"] + "+rasterized"
        if method == "overlay_then_scan":
            lab["producer"] = "mfp_scan_" + os.path.splitext(fn)[1][1:]
        labs.append(lab)
        print("edit", fn, lab["what_changed"], flush=True)

    # content-stream edits on ReportLab files with literal Helvetica strings
    add("r00_reportlab_en_US_invoice.pdf", "pikepdf_text_replace", ["buyer"])
    add("r01_reportlab_en_US_invoice.pdf", "pikepdf_text_replace", ["buyer", "date"])
    add("r02_reportlab_en_US_invoice.pdf", "pikepdf_text_replace", ["quantity"])
    add("r03_reportlab_en_US_invoice.pdf", "pikepdf_text_replace", ["total"])
    add("r04_reportlab_en_US_invoice.pdf", "pikepdf_text_replace", ["buyer", "date"])
    add("r10_reportlab_en_CA_invoice.pdf", "pikepdf_text_replace", ["date"])
    add("r12_reportlab_de_invoice.pdf", "pikepdf_text_replace", ["buyer"])
    add("r20_reportlab_en_US_invoice.pdf", "pikepdf_replace_resaved", ["quantity", "total"])
    add("r06_reportlab_en_US_invoice.pdf", "pikepdf_replace_resaved", ["buyer"])
    add("r21_reportlab_en_US_invoice.pdf", "pypdf_incremental_update", ["buyer", "date"])
    add("r11_reportlab_en_GB_invoice.pdf", "pypdf_incremental_update", ["total"])
    add("r13_reportlab_fr_invoice.pdf", "pypdf_incremental_update", ["buyer"])
    add("r16_reportlab_nl_invoice.pdf", "pypdf_incremental_update", ["quantity"])
    add("r02_reportlab_en_US_invoice.pdf", "pypdf_incremental_update", ["buyer"])
    # white box + new text merged on top
    add("h00_qb_en_US_invoice.pdf", "overlay_whitebox", ["buyer"])
    add("h01_qb_en_US_invoice.pdf", "overlay_whitebox", ["date", "total"])
    add("h06_ns_en_US_invoice.pdf", "overlay_whitebox", ["buyer", "date"])
    add("h07_ns_en_US_invoice.pdf", "overlay_whitebox", ["quantity"])
    add("h12_sage_en_US_invoice.pdf", "overlay_whitebox", ["total"])
    add("h18_eu_de_invoice.pdf", "overlay_whitebox", ["buyer"])
    add("h27_zh_zh_tax_invoice.pdf", "overlay_whitebox", ["buyer"])
    add("h30_ja_ja_invoice.pdf", "overlay_whitebox", ["date"])
    add("s00_calc_en_US_invoice.pdf", "overlay_whitebox", ["buyer", "date"])
    add("w00_docx_en_US_invoice.pdf", "overlay_whitebox", ["quantity", "buyer"])
    add("f01_fpdf2_en_US_invoice.pdf", "overlay_whitebox", ["date"])
    add("h03_qb_en_US_invoice.pdf", "overlay_whitebox_flattened", ["buyer", "date"])
    add("h13_sage_en_US_invoice.pdf", "overlay_whitebox_flattened", ["total"])
    add("w02_docx_en_US_invoice.pdf", "overlay_whitebox_flattened", ["buyer"])
    # scans and faxes edited as images
    add("c00_scan_en_US_invoice.jpg", "image_paste", ["buyer"])
    add("c02_scan_en_US_invoice.png", "image_paste", ["date"])
    add("c05_fax_en_US_invoice.png", "image_paste", ["quantity"])
    add("c07_scan_en_CA_invoice.jpg", "image_paste", ["total"])
    add("c09_scan_de_invoice.jpg", "image_paste", ["date"])
    add("c11_scan_zh_tax_invoice.jpg", "image_clone", ["buyer"])
    add("c00_scan_en_US_invoice.jpg", "image_clone", ["date"])
    add("c13_scan_es_invoice.jpg", "image_clone", ["buyer"])
    add("c01_scan_en_US_invoice.pdf", "scan_pdf_image_replace", ["buyer"])
    add("c10_scan_fr_invoice.pdf", "scan_pdf_image_replace", ["date"])
    # edited PDF printed and scanned again: the file holds no layer trace
    add("h10_ns_en_US_invoice.pdf", "overlay_then_scan", ["buyer", "date"], fn_ext=".pdf")
    add("h04_qb_en_US_invoice.pdf", "overlay_then_scan", ["total"], fn_ext=".jpg", mode="scan")
    # edited at the source, then scanned or photographed
    labs.append(edit_before_capture(rng, "en_US", "qb", "invoice", 4, "scan", ".jpg", 1, ["buyer", "date"]))
    labs.append(edit_before_capture(rng, "en_US", "ns", "invoice", 3, "photo", ".jpg", 2, ["quantity"]))
    labs.append(edit_before_capture(rng, "en_US", "sage", "invoice", 5, "fax", ".png", 3, ["buyer"]))
    write_part(name, labs)
    return labs


if __name__ == "__main__":
    run()
