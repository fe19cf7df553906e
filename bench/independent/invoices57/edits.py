"""Edited copies of genuine files, made the way a panicking colleague would."""
import os, re, io, json, copy, subprocess, datetime, shutil
from decimal import Decimal
import numpy as np
import cv2
import pikepdf, pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas
from common import *
from genuine_rl import draw, cn_date, META
from genuine_img import load_meta, scan_image, photo_image, save_img, store_meta

ER = random.Random(5757)
ALT_BUYERS_ZH = ["杭州栖木家居电子商务有限公司", "杭州栖木跨境贸易有限公司", "杭州栖木家居用品有限公司", "浙江栖木供应链有限公司"]
ALT_TAXID = ["91330108MA2KQ7X31T", "91330108MA2M0B9E4W", "91330106MA2B1XK85Q"]


# ---------- helpers ----------
def find_text(pdf_path, text, page=0):
    """bbox (l,b,r,t) in PDF points of first occurrence, via pdfium text layer"""
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[page].get_textpage()
    s = tp.search(text, match_case=True)
    r = s.get_next()
    box = None
    if r:
        i, n = r
        bs = [tp.get_charbox(k) for k in range(i, i + n)]
        box = [min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)]
    pdf.close()
    return box


def page_size(pdf_path):
    r = pypdf.PdfReader(pdf_path)
    mb = r.pages[0].mediabox
    return float(mb.width), float(mb.height)


RUN = r"1 0 0 1 ([\d.]+) ([\d.]+) Tm \(%s\) Tj"


def replace_run(data, old, new, y=None):
    """replace a literal text run in a ReportLab-style content stream; y picks the run on a given baseline"""
    pat = re.compile((RUN % re.escape(old)).encode())
    for mm in pat.finditer(data):
        if y is None or abs(float(mm.group(2)) - y) < 0.6:
            rep = mm.group(0).replace(b"(" + old.encode() + b")", b"(" + new.encode() + b")")
            return data[:mm.start()] + rep + data[mm.end():], True
    return data, False


def shift_date(d):
    return d + datetime.timedelta(days=ER.choice([-92, -61, -45, -30, 31, 60, -120]))


def new_total(t):
    return q2(t * Decimal(ER.choice(["1.18", "1.35", "0.8", "1.5", "2"])))


def out_name(src, k):
    stem, ext = src.rsplit(".", 1)
    base = re.sub(r"_\d+$", "", stem)
    return "%s_%03d.%s" % (base, 200 + k, ext)


def edited_label(src_rec, name, method, what, **upd):
    r = dict(src_rec)
    r.update(file=name, genuine=False, edit_method=method, what_changed=what, edit_before_capture=False)
    r.update(upd)
    return r


# ---------- PDF content-stream edits ----------
def stream_edit(src, m, field):
    """compute (replacements, label updates) for a ReportLab-made PDF with literal ASCII runs"""
    pos = m["pos"]
    reps, upd, what = [], {}, []
    if field == "total":
        old = Decimal(m["grand_printed"])
        new = new_total(old)
        if m["kind"] == "en":
            reps.append((fmt(old), fmt(new), pos["total"][1] + 2))
        else:
            reps.append((fmt(old, "plain"), fmt(new, "plain"), pos["total"][1] + 2))
        upd["total"] = "%.2f" % new; what = ["total"]
    elif field == "quantity":
        l0 = m["lines"][0]
        q = int(l0["qty"]); nq = q * ER.choice([2, 3, 5]) if q > 0 else q * 2
        reps.append((str(q), str(nq), pos["lines"][0]["qty"][1] + 2))
        what = ["quantity"]
    elif field == "date" and m["kind"] != "en":
        d = datetime.date.fromisoformat(str(m["date"])[:10]); nd = shift_date(d)
        y = pos["date"][1] + 2
        for o, n in [("%d" % d.year, "%d" % nd.year), ("%02d" % d.month, "%02d" % nd.month), ("%02d" % d.day, "%02d" % nd.day)]:
            if o != n:
                reps.append((o, n, y))
        upd["date"] = nd.isoformat(); what = ["date"]
    elif field == "date":
        d = datetime.date.fromisoformat(str(m["date"])[:10]); nd = shift_date(d)
        reps.append((d.strftime("%d %b %Y"), nd.strftime("%d %b %Y"), pos["date"][1] + 2))
        upd["date"] = nd.isoformat(); what = ["date"]
    elif field == "buyer_taxid":
        old = m["buyer"]["taxid"]; new = ER.choice([t for t in ALT_TAXID if t != old])
        reps.append((old, new, pos["buyer_taxid"][1] + 2)); what = ["buyer_taxid"]
    elif field == "buyer" and m["kind"] == "en":
        old = m["buyer"]["name"]; new = "Qimu Home Goods Inc."
        reps.append((old, new, pos["buyer"][1] + 2)); upd["buyer"] = new; what = ["buyer"]
    return reps, upd, what


def apply_stream(src_path, dst_path, reps, mode):
    if mode == "pikepdf":
        pdf = pikepdf.open(src_path)
        pg = pdf.pages[0]
        data = pg.Contents.read_bytes()
        ok = True
        for o, n, y in reps:
            data, f = replace_run(data, o, n, y); ok &= f
        pg.Contents.write(data)
        pdf.docinfo["/Producer"] = "pikepdf " + pikepdf.__version__
        pdf.save(dst_path)
        return ok
    # pypdf incremental update: only the changed stream is appended after the original bytes
    w = pypdf.PdfWriter(src_path, incremental=True)
    pg = w.pages[0]
    cont = pg.get_contents()
    data = cont.get_data()
    ok = True
    for o, n, y in reps:
        data, f = replace_run(data, o, n, y); ok &= f
    cont.set_data(data)
    pg.replace_contents(cont)
    w.write(dst_path)
    return ok


def overlay_edit(src_path, dst_path, edits, size=None):
    """white box over old text + new text drawn with ReportLab, merged with pypdf. edits: [(bbox, newtext, fontsize)]"""
    W, H = page_size(src_path)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    for (l, b, r, t), txt, fs in edits:
        c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1)
        c.rect(l - 1, b - 1.5, (r - l) + 2, (t - b) + 3, fill=1, stroke=0)
        draw(c, l, b + 0.5, txt, fs or max(6, (t - b) * 1.05))
    c.save()
    ov = pypdf.PdfReader(buf).pages[0]
    w = pypdf.PdfWriter(clone_from=src_path)
    w.pages[0].merge_page(ov)
    w.add_metadata({"/Producer": ER.choice(["PDF Editor 9.2", "pypdf", "Smallpdf"])})
    w.write(dst_path)


def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5",
                    "-sOutputFile=" + dst, src], capture_output=True, timeout=120)
    return os.path.exists(dst)


# ---------- image edits ----------
def map_box(tf, kind, box):
    l, b, r, t = box
    pts = np.float32([[l, b], [r, b], [r, t], [l, t]])
    M = np.array(tf, dtype=np.float64)
    if kind == "affine":
        P = (M @ np.vstack([pts.T, np.ones(4)])).T
    else:
        P = cv2.perspectiveTransform(pts.reshape(-1, 1, 2).astype(np.float64), M).reshape(-1, 2)
    return [int(P[:, 0].min()), int(P[:, 1].min()), int(P[:, 0].max()) + 1, int(P[:, 1].max()) + 1]


def image_paste(img, box, text):
    """cover box with the local paper colour and write new text, like a quick Photoshop job"""
    a = np.array(img)
    x0, y0, x1, y1 = box
    pad = 3
    ring = np.concatenate([a[max(0, y0 - pad - 3):y0 - pad, x0:x1].reshape(-1, 3), a[y1 + pad:y1 + pad + 3, x0:x1].reshape(-1, 3)])
    col = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 245)
    patch = Image.new("RGB", (x1 - x0 + 2 * pad, y1 - y0 + 2 * pad), col)
    d = ImageDraw.Draw(patch)
    fs = max(8, int((y1 - y0) * 0.8))
    font = ImageFont.truetype(CJK_FONT, fs)
    d.text((pad, pad + (y1 - y0 - fs) // 2), text, fill=(35, 35, 35), font=font)
    img = img.copy()
    img.paste(patch, (x0 - pad, y0 - pad))
    return img


def image_clone(img, src_box, dst_box):
    a = np.array(img).copy()
    sx0, sy0, sx1, sy1 = src_box
    dx0, dy0 = dst_box[0] + (dst_box[2] - dst_box[0]) - (sx1 - sx0), dst_box[1]
    a[dy0:dy0 + sy1 - sy0, dx0:dx0 + sx1 - sx0] = a[sy0:sy1, sx0:sx1]
    return Image.fromarray(a)


def run():
    recs = {r["file"]: r for r in read_labels()}
    out = []
    k = 0

    def good(name):
        r = recs.get(name)
        return r and r["genuine"] and not r["arithmetic_error"] and os.path.exists(os.path.join(META, name + ".json"))

    sdp = [f for f in sorted(recs) if f.startswith("sdp_") and f.endswith(".pdf") and not f.startswith("sdp_web") and good(f)
           and recs[f]["pages"] == 1 and recs[f]["doc_type"] != "credit_note"]
    ci = [f for f in sorted(recs) if f.startswith("ci_rl") and good(f)]
    # 1) pikepdf text replace (8) and 2) pypdf incremental (6) and 3) pikepdf + ghostscript resave (4)
    jobs = [("pikepdf", "total"), ("pikepdf", "quantity"), ("pikepdf", "date"), ("pikepdf", "buyer_taxid"),
            ("pikepdf", "total"), ("pikepdf", "date"), ("pikepdf", "quantity"),
            ("incremental", "total"), ("incremental", "date"), ("incremental", "buyer_taxid"), ("incremental", "quantity"),
            ("incremental", "total"), ("gs", "total"), ("gs", "date"), ("gs", "buyer_taxid")]
    ER.shuffle(sdp)
    for (mode, field), src in zip(jobs, sdp):
        m = load_meta(src)
        reps, upd, what = stream_edit(src, m, field)
        dst = out_name(src, k); k += 1
        sp, dp = os.path.join(FILES, src), os.path.join(FILES, dst)
        if mode == "gs":
            tmp = os.path.join(TMP, "gs_in.pdf")
            ok = apply_stream(sp, tmp, reps, "pikepdf") and gs_resave(tmp, dp)
            method = "pikepdf_replace_gs_resave"
        else:
            ok = apply_stream(sp, dp, reps, mode)
            method = "pikepdf_text_replace" if mode == "pikepdf" else "pypdf_incremental_update"
        if ok:
            out.append(edited_label(recs[src], dst, method, what, **upd))
        elif os.path.exists(dp):
            os.remove(dp)
    for i, (src, field) in enumerate(zip(ci[:3], ["buyer", "total", "date"])):
        m = load_meta(src)
        reps, upd, what = stream_edit(src, m, field)
        dst = out_name(src, k); k += 1
        if apply_stream(os.path.join(FILES, src), os.path.join(FILES, dst), reps, "pikepdf" if i != 1 else "incremental"):
            out.append(edited_label(recs[src], dst, "pikepdf_text_replace" if i != 1 else "pypdf_incremental_update", what, **upd))
    # 4) white-box overlay on any PDF (located with the text layer)
    ov_src = [f for f in sorted(recs) if good(f) and f.endswith(".pdf") and recs[f]["is_invoice"] and recs[f]["pages"] == 1
              and (f.startswith("sdp_web") or f.startswith("chrome") or f.startswith("sheet") or f.startswith("sdp_0")
                   or f.startswith("ci_fpdf") or f.startswith("word"))]
    ER.shuffle(ov_src)
    ov_src.sort(key=lambda f: f.startswith("sdp_0"))
    used = set()
    n_ov = 0
    for src in ov_src:
        if n_ov >= 10:
            break
        m = load_meta(src); r = recs[src]; sp = os.path.join(FILES, src)
        field = ["buyer", "total", "date", "buyer", "total"][n_ov % 5]
        upd = {}
        if field == "buyer":
            old = r["buyer"]
            new = ER.choice([b for b in ALT_BUYERS_ZH if b != old]) if r["language"] == "zh" else "Qimu Home Goods Inc."
            upd["buyer"] = new
        elif field == "total":
            oldd = Decimal(r["total"]); nd = new_total(oldd)
            cand = [fmt(oldd, "plain"), fmt(oldd)]
            old = next((c for c in cand if find_text(sp, c)), None)
            new = fmt(nd, "plain") if old == cand[0] else fmt(nd)
            upd["total"] = "%.2f" % nd
            # the total often appears twice (合计/小写) -- the colleague only fixes the last visible one
        else:
            d = datetime.date.fromisoformat(r["date"]); nd = shift_date(d)
            forms = [(cn_date(d), cn_date(nd)), (d.strftime("%Y/%m/%d"), nd.strftime("%Y/%m/%d")), (d.strftime("%m/%d/%Y"), nd.strftime("%m/%d/%Y")),
                     (d.strftime("%B %d, %Y"), nd.strftime("%B %d, %Y")), (d.strftime("%Y-%m-%d"), nd.strftime("%Y-%m-%d"))]
            old, new = next(((o, n) for o, n in forms if find_text(sp, o)), (None, None))
            upd["date"] = nd.isoformat()
        if not old:
            continue
        box = find_text(sp, old)
        if not box:
            continue
        dst = out_name(src, k); k += 1
        overlay_edit(sp, os.path.join(FILES, dst), [(box, new, None)])
        out.append(edited_label(r, dst, "overlay_whitebox", [field], **upd)); n_ov += 1
        used.add(src)
    # 5) image paste / clone on scans and photos
    imgs = [f for f in sorted(recs) if (f.startswith("scan_") or f.startswith("photo_")) and good(f)]
    ER.shuffle(imgs)
    n_paste = n_clone = 0
    for src in imgs:
        m = load_meta(src); r = recs[src]
        if "pos" not in m or "img_tf" not in m:
            continue
        sp = os.path.join(FILES, src)
        ext = src.rsplit(".", 1)[1]
        if ext == "pdf":
            img = pdfium.PdfDocument(sp)[0].render(scale=150 / 72 * (72 / 150)).to_pil().convert("RGB")
            # wrapped at 150 dpi: page points * 150/72 == original pixels
            img = pdfium.PdfDocument(sp)[0].render(scale=150 / 72).to_pil().convert("RGB")
        else:
            img = Image.open(sp).convert("RGB")
        tf, kind = m["img_tf"], m["tf_kind"]
        dst = out_name(src, k)
        if n_clone < 5 and len(m["pos"].get("lines", [])) >= 2 and m["lines"][0]["qty"] != m["lines"][1]["qty"] and m["kind"] != "en":
            sb = map_box(tf, kind, m["pos"]["lines"][1]["qty"]); db = map_box(tf, kind, m["pos"]["lines"][0]["qty"])
            img2 = image_clone(img, sb, db)
            method, what, upd = "image_clone", ["quantity"], {}
            n_clone += 1
        elif n_paste < 8:
            field = ["total", "date", "buyer", "total"][n_paste % 4]
            upd = {}
            if field == "total":
                nd = new_total(Decimal(r["total"])); box = m["pos"]["total"]
                txt = ("¥" + fmt(nd, "plain")) if m["kind"] != "en" else fmt(nd)
                upd["total"] = "%.2f" % nd
            elif field == "date":
                d = datetime.date.fromisoformat(r["date"]); nd = shift_date(d); box = m["pos"]["date"]
                txt = ("开票日期：" + cn_date(nd)) if m["kind"] != "en" else nd.strftime("%d %b %Y")
                upd["date"] = nd.isoformat()
            else:
                new = ER.choice([b for b in ALT_BUYERS_ZH if b != r["buyer"]]) if m["kind"] != "en" else "Qimu Home Goods Inc."
                box = m["pos"]["buyer"]; txt = new; upd["buyer"] = new
            img2 = image_paste(img, map_box(tf, kind, box), txt)
            method, what = "image_paste", [field]
            n_paste += 1
        else:
            continue
        k += 1
        save_img(img2, os.path.join(FILES, dst), ext if ext in ("jpg", "png") else "pdf", seed=k)
        out.append(edited_label(r, dst, method, what, **upd))
    # 6) edited before capture: overlay edit on PDF, then printed & scanned / photographed
    cap = [f for f in sdp if f not in used][-6:]
    for i, src in enumerate(cap[:5]):
        r = recs[src]; m = load_meta(src); sp = os.path.join(FILES, src)
        if i % 2 == 0:
            new = ER.choice([b for b in ALT_BUYERS_ZH if b != r["buyer"]]); box = m["pos"]["buyer"]; upd = {"buyer": new}; what = ["buyer"]
        else:
            nd = new_total(Decimal(r["total"])); box = m["pos"]["total"]; new = "¥" + fmt(nd, "plain"); upd = {"total": "%.2f" % nd}; what = ["total"]
        tmp = os.path.join(TMP, "pre_%d.pdf" % i)
        overlay_edit(sp, tmp, [(box, new, 9)])
        if i < 3:
            img, tf = scan_image(tmp, seed=900 + i); ext = ["jpg", "pdf", "png"][i]
            dst = "scan_%s_%03d.%s" % (src[:3], 200 + k, ext); prod = "scan_printout"
        else:
            img, tf = photo_image(tmp, seed=900 + i); ext = "jpg"
            dst = "photo_%s_%03d.jpg" % (src[:3], 200 + k); prod = "phone_photo"
        k += 1
        save_img(img, os.path.join(FILES, dst), ext, seed=k)
        out.append(edited_label(r, dst, "overlay_then_print_capture", what, producer=prod, pages=1,
                                edit_before_capture=True, **upd))
    return out


if __name__ == "__main__":
    o = run()
    print(len(o))
