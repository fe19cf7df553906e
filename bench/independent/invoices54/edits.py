"""Edited copies of genuine files, done the way a panicking seller would."""
import os, io, json, random, copy, datetime, glob
from decimal import Decimal
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from common import *
from imaging import find_boxes, render, photo, save_img, hand_text, pt_box_to_px
import genuine_rl  # registers CJK / DJ fonts for reportlab
import genuine_office as OF

EDIR = os.path.join(BUILD, "edit_tmp")
os.makedirs(EDIR, exist_ok=True)

ALT_BUYERS_EN = ["Lanjingwan Trading Europe GmbH", "Qihang Global Commerce Ltd", "Northstar Brands UK Ltd",
                 "Yunxi Home Supplies LLC", "Brightway Sellers Co., Ltd.", "Sunvale Retail B.V."]
ALT_BUYERS_ZH = ["深圳市云汐跨境电子商务有限公司", "杭州启航岛贸易有限公司", "广州市北辰优选商贸有限公司", "厦门蓝鲸湾科技有限公司",
                 "东莞市速洋供应链管理有限公司"]


def load_metas():
    metas = []
    for f in sorted(glob.glob(os.path.join(BUILD, "meta_*.json"))):
        if f.endswith("meta_edits.json"): continue
        metas += json.load(open(f, encoding="utf-8"))
    return metas


def D2(x): return Decimal(str(x))


def docvals(m):
    d = m["doc"]
    d = dict(d)
    for k in ("total", "subtotal", "tax", "discount", "shipping"): d[k] = D2(d[k])
    d["date_obj"] = datetime.date.fromisoformat(str(d["date_obj"]))
    return d


def new_value(field, d, rng):
    """Return (new_label_value, formatter) for a field change."""
    if field == "date":
        nd = d["date_obj"] + datetime.timedelta(days=rng.choice([-40, -25, -12, 9, 18, 33, 61]))
        return nd, fmt_date(nd, d["date_style"])
    if field == "total":
        nt = q0(d["total"] * D2(rng.choice(["1.5", "2", "1.25", "3", "0.8"]))) if d["currency"] == "JPY" else \
            q2(d["total"] * D2(rng.choice(["1.5", "2", "1.25", "3", "0.8"])) + D2(rng.choice(["0", "0.35", "7.10"])))
        return nt, None
    if field == "qty":
        q = d["items"][0]["qty"]
        nq = rng.choice([q * 2, q * 5, q * 10, q + 100 if q >= 100 else q * 3])
        return nq, str(nq)
    if field == "buyer":
        pool = ALT_BUYERS_ZH if any("\u4e00" <= ch <= "\u9fff" for ch in d["buyer"]) else ALT_BUYERS_EN
        nb = rng.choice([b for b in pool if b != d["buyer"]])
        return nb, nb


def total_variants(d, v):
    """Candidate printed forms of an amount in the order most specific first."""
    dec = 0 if d["currency"] == "JPY" else 2
    outs = [money(v, d, sym=False), fmt_num(v, "plain", dec), fmt_num(v, "us", dec)]
    seen = []
    for o in outs:
        if o not in seen: seen.append(o)
    return seen


def field_strings(m, field, rng):
    """(old_candidates, new_candidates, label_updates, what_changed) for a field; candidates aligned by index."""
    d = docvals(m)
    nv, s = new_value(field, d, rng)
    if field == "date":
        return [d["date_str"]], [s], {"date": nv.isoformat()}, ["date"]
    if field == "total":
        return total_variants(d, d["total"]), total_variants(d, nv), {"total": f"{nv:.2f}"}, ["total"]
    if field == "qty":
        q = d["items"][0]["qty"]
        return [str(q), f"{q:,}"], [s, f"{nv:,}"], {}, ["quantity"]
    if field == "buyer":
        return [d["buyer"]], [s], {"buyer": nv}, ["buyer"]


def esc(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


# ------------------------------------------------------------------ PDF content-stream edits
def cs_replace(src, dst, olds, news, which="first", incremental=False, lib="pikepdf"):
    """Replace a literal text-showing string in the page content stream. Returns True if done."""
    for old, new in zip(olds, news):
        try:
            ob, nb = b"(" + esc(old.encode("cp1252")) + b") Tj", b"(" + esc(new.encode("cp1252")) + b") Tj"
        except UnicodeEncodeError:
            continue
        if lib == "pikepdf":
            pdf = pikepdf.open(src)
            for pg in pdf.pages:
                pg.contents_coalesce()
                data = pg.Contents.read_bytes()
                if ob in data:
                    if which == "last":
                        i = data.rfind(ob); data = data[:i] + nb + data[i + len(ob):]
                    else:
                        data = data.replace(ob, nb, 1)
                    pg.Contents.write(data)
                    pdf.save(dst)
                    return True
            pdf.close()
        else:  # pypdf, optionally as an incremental update appended to the original bytes
            w = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=src)
            for pg in w.pages:
                c = pg.get_contents()
                data = c.get_data()
                if ob in data:
                    if which == "last":
                        i = data.rfind(ob); data = data[:i] + nb + data[i + len(ob):]
                    else:
                        data = data.replace(ob, nb, 1)
                    c.set_data(data)
                    pg.replace_contents(c)
                    with open(dst, "wb") as f: w.write(f)
                    return True
    return False


def overlay(src, dst, olds, news, rng, which="first", incremental=False, whole_word=False, font=None, resave=None):
    """White box over the old text + new text drawn with reportlab, merged with pypdf."""
    doc = pdfium.PdfDocument(src)
    for pi in range(len(doc)):
        tp = doc[pi].get_textpage()
        for old, new in zip(olds, news):
            s = tp.search(old, match_case=True, match_whole_word=whole_word)
            hits = []
            while True:
                r = s.get_next()
                if not r: break
                hits.append(r)
            if not hits: continue
            i, n = hits[-1] if which == "last" else hits[0]
            bxs = [tp.get_charbox(k) for k in range(i, i + n)]
            bxs = [b for b in bxs if b[2] > b[0]]
            l, b, r_, t = min(x[0] for x in bxs), min(x[1] for x in bxs), max(x[2] for x in bxs), max(x[3] for x in bxs)
            W, H = doc[pi].get_width(), doc[pi].get_height()
            buf = io.BytesIO()
            c = canvas.Canvas(buf, pagesize=(W, H))
            cjk = any(ord(ch) > 0x2e80 for ch in new + old)
            fnt = font or ("CJK" if cjk else rng.choice(["Helvetica", "DJ", "Helvetica"]))
            size = max(6.0, (t - b) * rng.uniform(1.05, 1.25)) if not cjk else max(7.0, (t - b) * 1.02)
            c.setFillColorRGB(1, 1, 1)
            neww = pdfmetrics.stringWidth(new, fnt, size)
            right_aligned = old.replace(",", "").replace(".", "").replace(" ", "").replace("\u00a0", "").isdigit()
            bx0 = r_ - neww if right_aligned else l
            c.rect(min(l, bx0) - 1.5, b - 2.2, max(r_ - l, neww) + 3, t - b + 4.4, stroke=0, fill=1)
            c.setFillColorRGB(*rng.choice([(0, 0, 0), (0.1, 0.1, 0.1), (0.05, 0.05, 0.08)]))
            c.setFont(fnt, size)
            c.drawString(bx0, b + (0.5 if not cjk else (t - b) * 0.08), new)
            c.showPage(); c.save()
            ov = pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0]
            w = pypdf.PdfWriter(src, incremental=True) if incremental else pypdf.PdfWriter(clone_from=src)
            w.pages[pi].merge_page(ov)
            if incremental:
                with open(dst, "wb") as f: w.write(f)
            else:
                tmp = dst + ".tmp.pdf" if resave else dst
                with open(tmp, "wb") as f: w.write(f)
                if resave == "qpdf":  # re-saved through another program: qpdf/pikepdf, linearized with object streams
                    p = pikepdf.open(tmp)
                    with p.open_metadata(set_pikepdf_as_editor=False) as md: md["pdf:Producer"] = "PDF Editor (qpdf " + pikepdf.__libqpdf_version__ + ")"
                    p.save(dst, linearize=True, object_stream_mode=pikepdf.ObjectStreamMode.generate)
                    os.remove(tmp)
            return True
    return False


# ------------------------------------------------------------------ image edits
def _rect(pts, pad=3):
    a = np.array(pts)
    return int(a[:, 0].min()) - pad, int(a[:, 1].min()) - pad, int(a[:, 0].max()) + pad, int(a[:, 1].max()) + pad


def image_paste(path_in, path_out, pts, new_text, rng, hand=False):
    im = Image.open(path_in).convert("RGB")
    x0, y0, x1, y1 = _rect(pts, 4)
    region = np.asarray(im.crop((x0, y0, x1, y1))).reshape(-1, 3)
    lum = region.mean(1)
    bg = tuple(int(v) for v in np.median(region[lum >= np.percentile(lum, 60)], 0))
    ink = tuple(int(v) for v in np.median(region[lum <= np.percentile(lum, 2) + 0.01], 0))
    h = y1 - y0
    patch_w = max(x1 - x0, int(h * 0.62 * len(new_text)) + 8)
    patch = Image.new("RGB", (patch_w, h), bg)
    dr = ImageDraw.Draw(patch)
    if hand:
        hand_text(dr, (2, 0), new_text, rng, size=int(h * 0.7), color=ink)
    else:
        cjk = any(ord(ch) > 0x2e80 for ch in new_text)
        f = ImageFont.truetype(FONT_CJK if cjk or rng.random() < 0.5 else FONT_LATIN, max(8, int(h * 0.72)))
        dr.text((3, int(h * 0.08)), new_text, font=f, fill=ink)
    patch = patch.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    im.paste(patch, (x0, y0))
    save_img(im, path_out, rng, quality=rng.randint(75, 92))


def char_boxes(pdf, text, which="last", whole=False):
    d = pdfium.PdfDocument(pdf); tp = d[0].get_textpage()
    s = tp.search(text, match_case=True, match_whole_word=whole); hits = []
    while True:
        r = s.get_next()
        if not r: break
        hits.append(r)
    if not hits: return None, tp, d
    i, n = hits[-1] if which == "last" else hits[0]
    return [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(i, i + n)], tp, d


def image_clone(m, path_in, path_out, old, rng, which="last", whole=False):
    """Copy a digit glyph from elsewhere on the same image over one digit of `old`. Returns new string or None."""
    src, M, h_pt, dpi = m["src"], m["M"], m["h_pt"], m["dpi"]
    chars, tp, d = char_boxes(src, old, which, whole)
    if not chars: return None
    pos = [k for k, (ch, _) in enumerate(chars) if ch.isdigit()]
    if not pos: return None
    k = pos[0] if rng.random() < 0.7 else rng.choice(pos)
    oldc, tb = chars[k]
    th = tb[3] - tb[1]
    donors = {}
    for j in range(tp.count_chars()):
        ch = tp.get_text_range(j, 1)
        if ch.isdigit() and ch != oldc:
            bb = tp.get_charbox(j)
            if abs((bb[3] - bb[1]) - th) < 0.12 * th and bb[2] > bb[0]:
                donors.setdefault(ch, bb)
    want = [c for c in "987654321" if c in donors and (k > 0 or c != "0") and int(c) > int(oldc)] or [c for c in donors if c != "0"]
    if not want: return None
    newc = want[0] if rng.random() < 0.6 else rng.choice(want)
    im = Image.open(path_in)
    mode = im.mode
    im = im.convert("RGB")
    sx0, sy0, sx1, sy1 = _rect(pt_box_to_px(donors[newc], h_pt, dpi, M, pad=0), 1)
    tx0, ty0, tx1, ty1 = _rect(pt_box_to_px(tb, h_pt, dpi, M, pad=0), 1)
    glyph = im.crop((sx0, sy0, sx1, sy1)).resize((max(2, tx1 - tx0), max(2, ty1 - ty0)))
    im.paste(glyph, (tx0, ty0))
    if mode == "1": im = im.convert("1")
    save_img(im, path_out, rng, quality=rng.randint(70, 90))
    return old[:len(old) - len(old)] + "".join(c if i != k else newc for i, (c, _) in enumerate(chars))


# ------------------------------------------------------------------ driver
def cleanup():
    """Remove edited files of a previous run so names stay stable."""
    p = os.path.join(BUILD, "edits_created.txt")
    if os.path.exists(p):
        for line in open(p, encoding="utf-8"):
            f = os.path.join(FILES, line.strip())
            if line.strip() and os.path.exists(f): os.remove(f)
        os.remove(p)


def build(rng):
    cleanup()
    metas = load_metas()
    labels = {}
    for f in sorted(glob.glob(os.path.join(BUILD, "labels_*.jsonl"))):
        if "edits" in f: continue
        for line in open(f, encoding="utf-8"):
            r = json.loads(line); labels[r["file"]] = r
    ok = [m for m in metas if not m["doc"].get("arith_error") and labels[m["file"]]["is_invoice"]]
    by = lambda *prods: [m for m in ok if m["producer"] in prods]
    used = set()
    recs, emetas = [], []
    suffix = ["(1)", "-1", "_2", "", "_scan", " (2)"]

    def out_name(m, ext=None):
        st, e = os.path.splitext(m["file"])
        for sfx in suffix[rng.randint(0, 2):] + ["_x"]:
            n = f"{st}{sfx}{ext or e}"
            if sfx and not os.path.exists(os.path.join(FILES, n)): return n
        return f"{st}_{rng.randint(10,99)}{ext or e}"

    def add(m, fn, method, what, upd, before=False, producer=None, pages=None):
        r = dict(labels[m["file"]])
        r.update({"file": fn, "genuine": False, "edit_method": method, "what_changed": what, "edit_before_capture": before,
                  "arithmetic_error": False, "source_file": m["file"]})
        if producer: r["producer"] = producer
        if pages: r["pages"] = pages
        r.update(upd)
        recs.append(r); used.add(m["file"])
        with open(os.path.join(BUILD, "edits_created.txt"), "a", encoding="utf-8") as f: f.write(fn + "\n")

    def pick(pool, n):
        c = [m for m in pool if m["file"] not in used]
        rng.shuffle(c)
        return c[:n]

    fields_cycle = ["buyer", "qty", "total", "date"]
    # 1) pikepdf content-stream replacement on Helvetica PDFs (full rewrite)
    cnt = 0
    for k, m in enumerate(pick(by("rl_western", "rl_factory_ci", "fpdf2_grid"), 16)):
        if cnt >= 8: break
        field = fields_cycle[cnt % 4]
        olds, news, upd, what = field_strings(m, field, rng)
        fn = out_name(m)
        if cs_replace(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), olds, news, which="last" if field == "total" else "first"):
            add(m, fn, "pikepdf_text_replace", what, upd); cnt += 1
    # 2) pypdf content-stream edit appended as incremental update
    cnt = 0
    for m in pick(by("rl_western", "fpdf2_grid", "rl_factory_ci"), 8):
        if cnt >= 3: break
        field = ["date", "total", "qty"][cnt]
        olds, news, upd, what = field_strings(m, field, rng)
        fn = out_name(m)
        if cs_replace(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), olds, news, which="last" if field == "total" else "first",
                      incremental=True, lib="pypdf"):
            add(m, fn, "pypdf_incremental_text_edit", what, upd); cnt += 1
    # 3) 数电票: white box + new buyer name / quantity, incremental update (what an online PDF editor does)
    cnt = 0
    for m in pick(by("rl_shudian", "html_fapiao_weasy"), 10):
        if cnt >= 6: break
        field = ["buyer", "buyer", "qty", "buyer", "total", "qty"][cnt]
        olds, news, upd, what = field_strings(m, field, rng)
        fn = out_name(m)
        if overlay(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), olds, news, rng, which="last" if field == "total" else "first",
                   incremental=cnt % 2 == 0, whole_word=field == "qty", font="CJK"):
            add(m, fn, "pypdf_incremental_overlay" if cnt % 2 == 0 else "overlay_whitebox", what, upd); cnt += 1
    # 4) white box overlay on other PDFs (html, office, reportlab TTF, fpdf), full rewrite by pypdf
    cnt = 0
    pool = by("html_saas_blue_weasy", "html_saas_serif_weasy", "html_saas_green_weasy", "html_saas_blue_chromium", "html_saas_serif_chromium",
              "html_saas_green_chromium", "lo_calc_fods", "lo_writer_docx", "rl_western_ttf", "fpdf2_grid_ttf", "fpdf2_thermal",
              "html_order_voucher_weasy")
    for m in pick(pool, 20):
        if cnt >= 9: break
        field = ["date", "total", "buyer", "qty", "total", "date", "buyer", "total", "date"][cnt]
        olds, news, upd, what = field_strings(m, field, rng)
        fn = out_name(m)
        resave = "qpdf" if cnt in (1, 4, 7) else None
        if overlay(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), olds, news, rng, which="last" if field == "total" else "first",
                   whole_word=field == "qty", resave=resave):
            add(m, fn, "overlay_whitebox_qpdf_resave" if resave else "overlay_whitebox", what, upd); cnt += 1
    # 5) image paste: new date / total / buyer on photos, screenshots, scans
    cnt = 0
    for m in pick([x for x in ok if x.get("boxes") and x["file"].endswith((".jpg", ".png")) and x["producer"] != "wechat_photo_handwritten"], 20):
        if cnt >= 6: break
        field = ["date", "total", "date", "total", "buyer", "date"][cnt]
        key = {"qty": "qty0"}.get(field, field)
        if key not in m["boxes"]: continue
        olds, news, upd, what = field_strings(m, field, rng)
        new = news[0]
        if field == "total":  # same printed form as the box that was found at capture time
            new = news[1] if m["producer"].startswith(("scan_paper_vat", "wechat_photo_shudian")) else news[0]
        fn = out_name(m)
        image_paste(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), m["boxes"][key], new, rng)
        add(m, fn, "image_paste", what, upd); cnt += 1
    # 6) handwritten receipts: new date written in over the old one
    for m in pick(by("wechat_photo_handwritten"), 2):
        d = docvals(m)
        nd = d["date_obj"] + datetime.timedelta(days=rng.choice([-30, 21, 45]))
        fn = out_name(m)
        txt = f"{nd.year}.{nd.month}.{nd.day}" if "songhuodan" in m["file"] else f"{nd.year}  {nd.month}  {nd.day}"
        image_paste(os.path.join(FILES, m["file"]), os.path.join(FILES, fn), m["boxes"]["date"], txt, rng, hand=True)
        add(m, fn, "image_paste_handwritten", ["date"], {"date": nd.isoformat()})
    # 7) clone a digit inside a scan / fax image (total or quantity)
    cnt = 0
    for m in pick([x for x in ok if x.get("capture") in ("scan", "fax", "screenshot", "photo") and x.get("dpi") and x["file"].endswith((".jpg", ".png"))], 12):
        if cnt >= 5: break
        d = docvals(m)
        mm = dict(m)
        # rebuild the geometry the capture used
        if not m.get("boxes"): continue
        dpi = m["dpi"]
        img, h_pt = render(m["src"], dpi)
        field = "total" if cnt % 2 == 0 else "qty"
        olds = total_variants(d, d["total"]) if field == "total" else [str(d["items"][0]["qty"]), f"{d['items'][0]['qty']:,}"]
        mm.update({"M": m["xform"], "h_pt": h_pt, "dpi": dpi})
        fn = out_name(m)
        for o in olds:
            new = image_clone(mm, os.path.join(FILES, m["file"]), os.path.join(FILES, fn), o, rng, which="last" if field == "total" else "first",
                              whole=field == "qty")
            if new:
                upd = {}
                if field == "total":
                    v = D2(new.replace(",", "").replace("¥", "").replace("$", ""))
                    upd = {"total": f"{v:.2f}"}
                add(m, fn, "image_clone", ["total" if field == "total" else "quantity"], upd); cnt += 1
                break
    # 8) edited before capture: overlay-edited 数电票 printed and photographed; edited PDF flattened to an image PDF
    for j, m in enumerate(pick(by("rl_shudian"), 3)):
        field = ["buyer", "qty", "date"][j]
        olds, news, upd, what = field_strings(m, field, rng)
        tmp = os.path.join(EDIR, f"pre_{j}.pdf")
        if not overlay(os.path.join(FILES, m["file"]), tmp, olds, news, rng, whole_word=field == "qty", font="CJK"): continue
        img, _ = render(tmp, 150)
        ph, _ = photo(img, rng)
        fn = f"mmexport{1760000000000 + rng.randint(0, 10**10)}.jpg"
        save_img(ph, os.path.join(FILES, fn), rng, quality=rng.randint(70, 85))
        add(m, fn, "overlay_then_photo", what, upd, before=True, producer="wechat_photo_shudian", pages=1)
    for j, m in enumerate(pick(by("html_saas_blue_weasy", "html_saas_green_weasy", "rl_western", "lo_calc_fods"), 2)):
        field = ["total", "buyer"][j]
        olds, news, upd, what = field_strings(m, field, rng)
        tmp = os.path.join(EDIR, f"flat_{j}.pdf")
        if not overlay(os.path.join(FILES, m["file"]), tmp, olds, news, rng, which="last" if field == "total" else "first"): continue
        n = pdf_pages(tmp)
        pages = [render(tmp, 150, p)[0] for p in range(n)]
        fn = out_name(m)
        save_img(pages, os.path.join(FILES, fn), rng)
        add(m, fn, "overlay_then_flatten_to_image_pdf", what, upd, before=True, producer="image_pdf_flattened", pages=n)
    # 9) receipts rebuilt in Word from a genuine receipt, buyer and total changed, exported by LibreOffice
    jobs = []
    rpool = [m for m in by("wechat_photo_handwritten", "lo_writer_docx", "html_order_voucher_weasy", "phone_screenshot_order", "fpdf2_thermal")
             if m["doc"]["doc_type"] == "receipt" and m["doc"]["lang"] == "zh"]
    for j, m in enumerate(pick(rpool, 3)):
        d = copy.deepcopy(m["doc"])
        if d["doc_type"] != "receipt": continue
        nb = rng.choice([b for b in ALT_BUYERS_ZH if b != d["buyer"]])
        k = D2(rng.choice(["2", "1.5", "3"]))
        for it in d["items"]:
            it["qty"] = int(it["qty"] * k); it["price"] = D2(it["price"]); it["amount"] = q2(it["qty"] * it["price"])
        d["buyer"] = nb; d["total"] = sum((it["amount"] for it in d["items"]), D2(0)) + D2(d["shipping"]) - D2(d["discount"])
        d["date_obj"] = datetime.date.fromisoformat(str(d["date_obj"]))
        name = f"shouju_{d['date_obj']:%Y%m%d}_{j+1}"
        OF.word_doc(d, os.path.join(EDIR, name + ".docx"), "receipt")
        jobs.append((m, name, d, j == 2))
    if jobs:
        import subprocess
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{BUILD}/lo_profile", "--convert-to", "pdf", "--outdir", EDIR]
                       + [os.path.join(EDIR, n + ".docx") for _, n, _, _ in jobs], check=True, capture_output=True, timeout=300)
        for m, name, d, photo_it in jobs:
            upd = {"buyer": d["buyer"], "total": f"{d['total']:.2f}", "doc_type": "receipt"}
            if photo_it:  # printed and photographed
                img, _ = render(os.path.join(EDIR, name + ".pdf"), 150)
                ph, _ = photo(img, rng)
                fn = f"wx_{name}.jpg"; save_img(ph, os.path.join(FILES, fn), rng, quality=78)
                add(m, fn, "word_rebuild_then_photo", ["buyer", "quantity", "total", "layout"], upd, before=True, producer="wechat_photo_word", pages=1)
            else:
                fn = name + ".pdf"
                os.replace(os.path.join(EDIR, name + ".pdf"), os.path.join(FILES, fn))
                add(m, fn, "word_rebuild", ["buyer", "quantity", "total", "layout"], upd, before=True, producer="lo_writer_docx", pages=pdf_pages(os.path.join(FILES, fn)))
    return recs, emetas


if __name__ == "__main__":
    r, m = build(random.Random(4054))
    save_part("edits", r, m)
    print(len(r), "edited files")
