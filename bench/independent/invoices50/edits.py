"""Edited copies, the way a panicking seller would do it. Each edit starts from a genuine file that is also in the set."""
import os, re, io, copy, json, zlib, random, subprocess, shutil, datetime
from decimal import Decimal
import numpy as np
import pikepdf, pypdf, pypdfium2, cv2
from PIL import Image
from reportlab.pdfgen import canvas
import common
from common import *
import genuine_rl, genuine_office, genuine_scan

# ---------------------------------------------------------------- helpers
def find_box(pdf, text, page=0):
    d = pypdfium2.PdfDocument(pdf)
    pg = d[page]
    tp = pg.get_textpage()
    for t in (text, text.split("\u202f")[-1], text.split(" ")[0]):
        s = tp.search(t, match_case=True)
        r = s.get_next()
        if r:
            idx, cnt = r
            bs = [tp.get_charbox(j) for j in range(idx, idx + cnt)]
            box = (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs))
            if t != text and t == text.split("\u202f")[-1]:  # extend left over the thousands group
                box = (box[0] - (box[2] - box[0]) * 0.6, box[1], box[2], box[3])
            h = pg.get_size()[1]
            d.close()
            return box, h
    d.close()
    return None, None


def pdf_escape_std(text):
    """How ReportLab writes a string for a standard (WinAnsi) font inside a content stream."""
    out = b""
    for ch in text.encode("cp1252"):
        if ch in b"()\\":
            out += b"\\" + bytes([ch])
        elif ch > 126 or ch < 32:
            out += b"\\%03o" % ch
        else:
            out += bytes([ch])
    return out


def std_draw(doc, path, style):
    """A genuine PDF whose text uses the 14 standard fonts: text sits in the content stream as readable strings."""
    common.NNBSP = " "
    old = genuine_rl.fonts
    genuine_rl.fonts = lambda d: ("Helvetica", "Helvetica-Bold")
    try:
        return genuine_rl.draw_rl(doc, path, style)
    finally:
        genuine_rl.fonts = old
        common.NNBSP = "\u202f"


def edited_label(src_lab, file, method, changed, **kw):
    l = dict(src_lab)
    l.update(file=file, genuine=False, edit_method=method, what_changed=changed, edited_from=src_lab["file"], arithmetic_error=False)
    l.update(kw)
    return l


def new_total(rng, t):
    return q(t * Decimal(rng.choice(["1.35", "1.8", "2.4", "0.7", "1.12"]))) if t else Decimal("100.00")


def other_buyer(rng, c, cur):
    pool = [b for b in BUYERS[c] + BUYERS["fr"] if b[0] != cur[0]]
    return rng.choice(pool)


# ---------------------------------------------------------------- A/B/I: content stream edits
def pikepdf_replace(src, dst, pairs, compress=True):
    pdf = pikepdf.open(src)
    for page in pdf.pages:
        cs = page.obj.Contents
        data = cs.read_bytes()
        for a, b in pairs:
            data = data.replace(pdf_escape_std(a), pdf_escape_std(b))
        if compress:
            cs.write(zlib.compress(data), filter=pikepdf.Name.FlateDecode)
        else:
            cs.write(data)
    pdf.docinfo["/ModDate"] = "D:20260302101522+01'00'"
    pdf.save(dst)


def incremental_replace(src, dst, pairs):
    """Append an incremental update that redefines the page content stream (original bytes kept intact)."""
    raw = open(src, "rb").read()
    pdf = pikepdf.open(src)
    page = pdf.pages[0]
    num, gen = page.obj.Contents.objgen
    data = page.obj.Contents.read_bytes()
    for a, b in pairs:
        data = data.replace(pdf_escape_std(a), pdf_escape_std(b))
    comp = zlib.compress(data)
    size = int(pdf.trailer.Size)
    root = pdf.trailer.Root.objgen
    info = pdf.trailer.Info.objgen if "/Info" in pdf.trailer else None
    prev = int(re.findall(rb"startxref\s+(\d+)", raw)[-1])
    pdf.close()
    out = bytearray(raw)
    if not out.endswith(b"\n"):
        out += b"\n"
    off = len(out)
    out += b"%d %d obj\n<< /Filter /FlateDecode /Length %d >>\nstream\n" % (num, gen, len(comp)) + comp + b"\nendstream\nendobj\n"
    xref = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d %05d n \n" % (num, off, gen)
    out += b"trailer\n<< /Size %d /Root %d %d R " % (size, root[0], root[1])
    if info:
        out += b"/Info %d %d R " % info
    out += b"/Prev %d >>\nstartxref\n%d\n%%%%EOF\n" % (prev, xref)
    open(dst, "wb").write(bytes(out))


# ---------------------------------------------------------------- C/D: overlays
def overlay(src, dst, edits, font="Helvetica", producer=None, flatten=False):
    """edits: list of (old_text, new_text, bold). White box over the old text, new text on top, merged with pypdf."""
    reader = pypdf.PdfReader(src)
    page = reader.pages[0]
    W, H = float(page.mediabox.width), float(page.mediabox.height)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    done = 0
    for old, new, bold in edits:
        box, ph = find_box(src, old)
        if not box:
            continue
        l, b, r, t = box
        hgt = t - b
        c.setFillColorRGB(1, 1, 1)
        c.rect(l - 2, b - 2.5, max(r - l, 10) + 4, hgt + 5, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        fs = max(6, hgt * 1.32)
        fn = font + ("-Bold" if bold and font == "Helvetica" else "")
        c.setFont(fn, fs)
        c.drawRightString(r, b + (0 if not any(ch in old for ch in "gjpqy,") else hgt * 0.2), new.replace("\u202f", " "))
        done += 1
    c.save()
    if not done:
        return False
    ov = pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    w = pypdf.PdfWriter(clone_from=src)
    w.pages[0].merge_page(ov)
    w.add_metadata({"/Producer": producer or "pypdf", "/ModDate": "D:20260305183011+01'00'"})
    if flatten:
        tmp = io.BytesIO(); w.write(tmp)
        d = pypdfium2.PdfDocument(tmp.getvalue())
        imgs = [d[i].render(scale=2).to_pil().convert("RGB") for i in range(len(d))]
        imgs[0].save(dst, "PDF", resolution=144, save_all=True, append_images=imgs[1:], quality=88)
    else:
        with open(dst, "wb") as f:
            w.write(f)
    return True


# ---------------------------------------------------------------- F/G: images
def locate(img_np, tmpl_np):
    r = cv2.matchTemplate(cv2.cvtColor(img_np, cv2.COLOR_RGB2GRAY), cv2.cvtColor(tmpl_np, cv2.COLOR_RGB2GRAY), cv2.TM_CCOEFF_NORMED)
    _, mx, _, loc = cv2.minMaxLoc(r)
    return loc, mx


def pix_box(box, ph, dpi, pad=4):
    l, b, r, t = box
    k = dpi / 72
    return int(l * k) - pad - int(12 * k), int((ph - t) * k) - pad, int(r * k) + pad, int((ph - b) * k) + pad


def image_paste(clean_a, scan_a, clean_b, scan_b, box_px):
    """Cut the region box_px (clean coordinates) from scan B and paste it at the matching place in scan A."""
    x0, y0, x1, y1 = box_px
    ta = np.asarray(clean_a)[y0:y1, x0:x1]
    tb = np.asarray(clean_b)[y0:y1, x0:x1]
    A = np.asarray(scan_a).copy()
    B = np.asarray(scan_b)
    (ax, ay), _ = locate(A, ta)
    (bx, by), _ = locate(B, tb)
    h, w = y1 - y0, x1 - x0
    A[ay:ay + h, ax:ax + w] = B[by:by + h, bx:bx + w]
    return Image.fromarray(A)


# ---------------------------------------------------------------- main
def run(rng, start=500):
    labs = []
    i = start

    def nm(ext=".pdf"):
        nonlocal i
        n = f"doc_{i:03d}{ext}"; i += 1
        return n

    # ---- sources with standard fonts (genuine) + pikepdf / incremental / avoir edits
    std_plan = [("de", "sage"), ("it", "ebp"), ("es", "sage"), ("en", "ebp"), ("nl", "sage"), ("ma", "ebp"), ("it", "sage"), ("es", "ebp"),
                ("de", "ebp"), ("en", "sage"), ("ma", "sage"), ("it", "ebp")]
    for k, (cc, style) in enumerate(std_plan):
        doc = make_doc(rng, cc, "invoice", n_items=rng.randint(2, 5))
        g = nm(); gp = os.path.join(FILES, g)
        std_draw(doc, gp, style)
        glab = label(doc, g, f"rl_{style}_stdfont", pages=pdf_pages(gp)); labs.append(glab)
        fn_money = lambda x: fmt_money(x, cc).replace("\u202f", " ")
        kind = ["total", "date", "buyer", "quantity"][k % 4]
        if kind == "total":
            nt = new_total(rng, doc["total"]); pairs = [(fn_money(doc["total"]), fn_money(nt))]
            kw = dict(total=str(nt), arith_inconsistent_after_edit=True)
        elif kind == "date":
            nd = doc["date"] + datetime.timedelta(days=rng.choice([-200, -90, 45, 120]))
            pairs = [(fmt_date(doc["date"], cc, 0), fmt_date(nd, cc, 0))]; kw = dict(date=nd.isoformat())
        elif kind == "buyer":
            nb = other_buyer(rng, cc, doc["buyer"]); pairs = [(doc["buyer"][0], nb[0]), (doc["buyer"][1], nb[1])]; kw = dict(buyer=nb[0])
        else:
            it = doc["items"][0]; nq = it["qty"] * 10
            pairs = [(f"{it['desc'][:48]}", it["desc"][:48])]  # keep
            kw = dict(arith_inconsistent_after_edit=True, quantity_change=f"{it['qty']} -> {nq} on '{it['desc']}'")
            qty_pair = (str(it["qty"]), str(nq))
            pairs = [qty_pair]
        e = nm()
        if k < 8:
            if kind == "quantity":  # replace only the first qty occurrence inside its Tj
                pdf = pikepdf.open(gp); cs = pdf.pages[0].obj.Contents; data = cs.read_bytes()
                data = data.replace(b"(%s) Tj" % str(it["qty"]).encode(), b"(%s) Tj" % str(nq).encode(), 1)
                cs.write(zlib.compress(data), filter=pikepdf.Name.FlateDecode); pdf.save(os.path.join(FILES, e))
            else:
                pikepdf_replace(gp, os.path.join(FILES, e), pairs)
            labs.append(edited_label(glab, e, "pikepdf_text_replace", [kind], **kw))
        else:
            if kind == "quantity":
                nt = new_total(rng, doc["total"]); pairs = [(fn_money(doc["total"]), fn_money(nt))]
                kw = dict(total=str(nt), arith_inconsistent_after_edit=True); kind = "total"
            incremental_replace(gp, os.path.join(FILES, e), pairs)
            labs.append(edited_label(glab, e, "incremental_update", [kind], **kw))

    # avoir passed off as invoice
    for cc in ("fr", "es"):
        doc = make_doc(rng, cc, "credit_note", n_items=2)
        g = nm(); gp = os.path.join(FILES, g)
        std_draw(doc, gp, "sage")
        glab = label(doc, g, "rl_sage_stdfont", pages=1); labs.append(glab)
        w = words(cc)
        e = nm()
        nd = doc["date"] + datetime.timedelta(days=-30)
        pikepdf_replace(gp, os.path.join(FILES, e), [(w["credit_note"], w["invoice"]), (fmt_date(doc["date"], cc, 0), fmt_date(nd, cc, 0))])
        labs.append(edited_label(glab, e, "pikepdf_text_replace", ["doc_type", "date"], doc_type="invoice", is_invoice=True,
                                 total=str(doc["total"]), date=nd.isoformat(), note="credit note (avoir) retitled as an invoice and back-dated"))

    # ---- overlays on existing genuine files of other producers
    part = {}
    for pn in ("genuine_rl", "genuine_html", "genuine_office"):
        p = os.path.join(PARTS, pn + ".jsonl")
        if os.path.exists(p):
            part[pn] = [json.loads(x) for x in open(p, encoding="utf-8")]
    cands = [l for pn in part for l in part[pn] if l["is_invoice"] and l["total"] and l["file"].endswith(".pdf") and not l["arithmetic_error"]]
    rng.shuffle(cands)
    n_ov = 0
    for glab in cands:
        if n_ov >= 14:
            break
        gp = os.path.join(FILES, glab["file"])
        c = {"EUR": None}.get(glab["currency"])
        country = {"GBP": "en", "CNY": "zh", "JPY": "ja", "PLN": "pl", "MAD": "ma", "TND": "tn", "USD": "us"}.get(glab["currency"])
        if not country:
            country = {"fr": "fr", "it": "it", "es": "es", "de": "de", "nl": "nl"}.get(glab["language"], "fr")
        if country in ("zh", "ja"):
            continue
        t = Decimal(glab["total"])
        old = fmt_money(t, country)
        mode = n_ov % 4
        e = nm()
        if mode in (0, 1):  # total retyped
            nt = new_total(rng, t)
            ok = overlay(gp, os.path.join(FILES, e), [(old, fmt_money(nt, country), True)],
                         producer=rng.choice(["PDFzen Online Editor 3.2", "EasyPDF Web", "pypdf"]), flatten=(n_ov % 7 == 6))
            lab = edited_label(glab, e, "overlay_whitebox" if n_ov % 7 != 6 else "overlay_whitebox_flattened", ["total"], total=str(nt),
                               arith_inconsistent_after_edit=True)
        elif mode == 2:  # buyer
            nb = other_buyer(rng, country if country in BUYERS else "fr", (glab["buyer"],))
            ok = overlay(gp, os.path.join(FILES, e), [(glab["buyer"], nb[0], False)], producer="Foxit-like PDF Editor 11")
            lab = edited_label(glab, e, "overlay_whitebox", ["buyer"], buyer=nb[0])
        else:  # date: find printed date in any of the formats
            d0 = datetime.date.fromisoformat(glab["date"]); nd = d0 + datetime.timedelta(days=rng.choice([-150, -60, 70]))
            ok = False
            for v in (0, 1):
                ok = overlay(gp, os.path.join(FILES, e), [(fmt_date(d0, country, v), fmt_date(nd, country, v), False)], producer="pypdf")
                if ok:
                    break
            lab = edited_label(glab, e, "overlay_whitebox", ["date"], date=nd.isoformat())
        if ok:
            lab["producer"] = glab["producer"]
            labs.append(lab); n_ov += 1
        else:
            i -= 1

    # ---- Word: buyer changed in the .docx and re-exported (edit before the PDF was produced)
    todo = []
    for cc in ("fr", "es", "it"):
        doc = make_doc(rng, cc, "invoice", n_items=3)
        g = f"doc_{i:03d}"; i += 1
        genuine_office.make_docx(doc, os.path.join(WORK, g + ".docx"))
        doc2 = copy.deepcopy(doc); doc2["buyer"] = other_buyer(rng, cc, doc["buyer"])
        e = f"doc_{i:03d}"; i += 1
        genuine_office.make_docx(doc2, os.path.join(WORK, e + ".docx"))
        todo.append((g, e, doc, doc2))
    outdir = os.path.join(WORK, "lo2"); os.makedirs(outdir, exist_ok=True)
    subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(WORK, "lo_profile"), "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + [os.path.join(WORK, x + ".docx") for t in todo for x in t[:2]], capture_output=True, timeout=300)
    for g, e, doc, doc2 in todo:
        if not (os.path.exists(os.path.join(outdir, g + ".pdf")) and os.path.exists(os.path.join(outdir, e + ".pdf"))):
            continue
        shutil.copy(os.path.join(outdir, g + ".pdf"), os.path.join(FILES, g + ".pdf"))
        shutil.copy(os.path.join(outdir, e + ".pdf"), os.path.join(FILES, e + ".pdf"))
        glab = label(doc, g + ".pdf", "docx_libreoffice", pages=pdf_pages(os.path.join(FILES, g + ".pdf"))); labs.append(glab)
        labs.append(edited_label(glab, e + ".pdf", "word_edit_reexport", ["buyer"], buyer=doc2["buyer"][0], edit_before_capture=True,
                                 note="buyer changed in the .docx, exported again: a fresh, internally clean PDF"))

    # ---- scans: paste a corrected region from another scan, then re-save at low JPEG quality; clone inside an image
    dpi = 140
    for k, cc in enumerate(["fr", "es", "it", "ma", "fr", "tn", "fr", "es", "it", "fr"]):
        doc = make_doc(rng, cc, "invoice", n_items=rng.randint(2, 4), discount=False)
        # make sure two rows differ in quantity (for the clone edit)
        if doc["items"][0]["qty"] == doc["items"][1]["qty"]:
            doc["items"][1]["qty"] += 2; doc["items"][1]["line"] = q(doc["items"][1]["unit"] * doc["items"][1]["qty"])
            compute(doc, False, bool(doc["shipping"]), rng)
        style = rng.choice(["sage", "ebp"])
        pa = os.path.join(WORK, f"ea{k}.pdf"); genuine_rl.draw_rl(doc, pa, style)
        clean_a = genuine_scan.render(pa, 0, dpi)
        kind = "scan_stamp" if k % 3 == 0 else "scan"
        scan_a = genuine_scan.capture(clean_a, kind, rng, doc)
        scan_a = scan_a.crop((0, 0, clean_a.size[0], clean_a.size[1])) if False else scan_a
        g = nm(".jpg"); scan_a.save(os.path.join(FILES, g), quality=82)
        glab = label(doc, g, f"{kind}_jpg", pages=1, source_layout=f"rl_{style}"); labs.append(glab)
        if k < 6:  # paste from another scan
            doc2 = copy.deepcopy(doc)
            nt = new_total(rng, doc["total"]); doc2["total"] = nt
            pb = os.path.join(WORK, f"eb{k}.pdf"); genuine_rl.draw_rl(doc2, pb, style)
            clean_b = genuine_scan.render(pb, 0, dpi)
            scan_b = genuine_scan.scan(clean_b, rng)
            ba, ph = find_box(pa, money(doc, doc["total"])); bb, _ = find_box(pb, money(doc2, nt))
            if not ba or not bb:
                continue
            box = (min(ba[0], bb[0]), min(ba[1], bb[1]), max(ba[2], bb[2]), max(ba[3], bb[3]))
            x0, y0, x1, y1 = pix_box(box, ph, dpi, pad=5)
            out = image_paste(clean_a, np.asarray(scan_a), clean_b, scan_b, (x0, y0, x1, y1))
            e = nm(".jpg"); out.save(os.path.join(FILES, e), quality=rng.choice([45, 55, 60]))
            labs.append(edited_label(glab, e, "image_paste_lowq", ["total"], total=str(nt), arith_inconsistent_after_edit=True,
                                     note="total cut from a second scan of a retyped copy, pasted, whole image re-saved at low JPEG quality"))
        else:  # clone the quantity cell of row 2 onto row 1
            it0, it1 = doc["items"][0], doc["items"][1]
            d = pypdfium2.PdfDocument(pa); tp = d[0].get_textpage(); ph = d[0].get_size()[1]
            # quantity cells are right-aligned at x = 355 pt; rows 15 pt apart
            rows_y = []
            for it in (it0, it1):
                s = tp.search(it["desc"][:20], match_case=True); r = s.get_next()
                bx = tp.get_charbox(r[0]); rows_y.append((bx[1], bx[3]))
            d.close()
            k_ = dpi / 72
            def cell(yb, yt):
                return int(315 * k_), int((ph - yt) * k_) - 3, int(357 * k_), int((ph - yb) * k_) + 3
            c0, c1 = cell(*rows_y[0]), cell(*rows_y[1])
            A = np.asarray(scan_a).copy()
            (ax, ay), _ = locate(A, np.asarray(clean_a)[c0[1]:c0[3], c0[0]:c0[2]])
            (bx_, by_), _ = locate(A, np.asarray(clean_a)[c1[1]:c1[3], c1[0]:c1[2]])
            h, w_ = c0[3] - c0[1], c0[2] - c0[0]
            A[ay:ay + h, ax:ax + w_] = A[by_:by_ + h, bx_:bx_ + w_].copy()
            e = nm(".jpg"); Image.fromarray(A).save(os.path.join(FILES, e), quality=75)
            labs.append(edited_label(glab, e, "image_clone", ["quantity"], arith_inconsistent_after_edit=True,
                                     quantity_change=f"{it0['qty']} -> {it1['qty']} on '{it0['desc']}' (cell cloned from the next row)"))

    # ---- edits made before capture: changed then printed and photographed / photocopied
    for k, (cc, how, what) in enumerate([("fr", "phone", "buyer"), ("ma", "photocopy2", "date"), ("es", "phone", "total"), ("fr", "fax", "total")]):
        doc = make_doc(rng, cc, "invoice", n_items=3)
        g = nm(); gp = os.path.join(FILES, g)
        genuine_rl.draw_rl(doc, gp, "ebp"); glab = label(doc, g, "rl_ebp", pages=1); labs.append(glab)
        doc2 = copy.deepcopy(doc)
        kw = {}
        if what == "buyer":
            doc2["buyer"] = other_buyer(rng, cc, doc["buyer"]); kw["buyer"] = doc2["buyer"][0]
        elif what == "date":
            doc2["date"] = doc["date"] - datetime.timedelta(days=120); kw["date"] = doc2["date"].isoformat()
        else:
            doc2["total"] = new_total(rng, doc["total"]); kw["total"] = str(doc2["total"]); kw["arith_inconsistent_after_edit"] = True
        p2 = os.path.join(WORK, f"bc{k}.pdf"); genuine_rl.draw_rl(doc2, p2, "ebp")
        img = genuine_scan.capture(genuine_scan.render(p2, 0, 130), how, rng, doc2)
        e = nm(".jpg"); img.save(os.path.join(FILES, e), quality=70)
        lab = edited_label(glab, e, "edit_then_" + how, [what], edit_before_capture=True, producer=f"{how}_jpg", **kw)
        labs.append(lab)

    write_part("edits", labs)
    return labs


if __name__ == "__main__":
    labs = run(random.Random(55))
    print(len(labs), sum(1 for l in labs if not l["genuine"]))
