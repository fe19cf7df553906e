"""Edited copies of genuine files, made the way a desperate seller does it."""
import os, io, copy, random, subprocess, datetime, re
from decimal import Decimal
import numpy as np
import pikepdf, pypdf, pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from common import *
import scans, genuine_office, genuine_pdf  # noqa (genuine_pdf registers the DejaVu fonts in reportlab)

RNG = random.Random(4545)
TR_BUYERS = ["Mavi Köşk Ev Tekstili Ltd. Şti.", "Sarıyer E-Ticaret A.Ş.", "Demirkol Dış Ticaret Ltd. Şti.", "Nehir Home Online Ltd. Şti.",
             "Kapalıçarşı Pazarlama A.Ş.", "Yeşilvadi Tekstil E-Ticaret Ltd. Şti."]


def all_genuine():
    labs = {}
    for p in ("genuine_html", "genuine_pdf", "genuine_office", "scans"):
        for l in read_part(p):
            labs[l["file"]] = l
    specs = {}
    for p in ("genuine_html", "genuine_pdf", "genuine_office", "scans"):
        specs.update(load_specs(p))
    return labs, specs


def new_total(spec):
    f = Decimal(str(RNG.choice([1.35, 1.6, 1.8, 2.2, 2.5, 3.1])))
    t = spec["total"] * f
    return t.quantize(Decimal("1")) if spec["dec"] == 0 else q2(t)


def new_date(spec):
    return spec["date"] - datetime.timedelta(days=RNG.choice([62, 95, 180, 240, 400]))


def mk_label(base, fn, method, changed, spec_after=None, **kw):
    lab = dict(base)
    lab.update(file=fn, genuine=False, edit_method=method, what_changed=changed, arithmetic_error=False, edited_from=base["file"],
               edit_before_capture=False)
    lab.pop("arithmetic_note", None)
    lab.update(kw)
    return lab


# ------------------------------------------------------------ PDF content-stream edits
def _replace_ops(ops, old, new, last_only):
    hits = [i for i, (o, op) in enumerate(ops) if str(op) == "Tj" and old in bytes(o[0])]
    if not hits:
        return 0
    for i in (hits[-1:] if last_only else hits):
        o, op = ops[i]
        ops[i] = ([pikepdf.String(bytes(o[0]).replace(old, new))], op)
    return len(hits)


def pikepdf_replace(src, out, old, new, last_only=True):
    pdf = pikepdf.open(src)
    n = 0
    for page in reversed(pdf.pages):
        ops = list(pikepdf.parse_content_stream(page))
        k = _replace_ops(ops, old.encode("cp1252"), new.encode("cp1252"), last_only)
        if k:
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(ops))
            n += k
            if last_only:
                break
    pdf.save(out)
    return n


def pypdf_incremental(src, out, old, new):
    w = pypdf.PdfWriter(src, incremental=True)
    for page in reversed(w.pages):
        c = page.get_contents()
        data = c.get_data()
        key = old.encode("cp1252")
        if key in data:
            i = data.rfind(key)
            data = data[:i] + new.encode("cp1252") + data[i + len(key):]
            c.set_data(data)
            page.replace_contents(c)
            break
    else:
        return 0
    with open(out, "wb") as f:
        w.write(f)
    return 1


# ------------------------------------------------------------ overlay a white box and new text
def find_box(pdf_path, text, last=True):
    doc = pdfium.PdfDocument(pdf_path)
    found = None
    for pi in range(len(doc)):
        tp = doc[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            i, n = r
            boxes = [tp.get_charbox(j) for j in range(i, i + n)]
            found = (pi, min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
            if not last:
                return found
    return found


def overlay(src, out, repls, font="DJ", producer=None, resave=False):
    """repls: list of (old, new, align). Draw white boxes + new text and merge with pypdf."""
    w = pypdf.PdfWriter(clone_from=src)
    per_page = {}
    for old, new, align in repls:
        b = find_box(src, old)
        if b is None:
            return False
        per_page.setdefault(b[0], []).append((b, new, align))
    for pi, page in enumerate(w.pages):
        if pi in per_page:
            W, H = float(page.mediabox.width), float(page.mediabox.height)
            buf = io.BytesIO()
            c = rlcanvas.Canvas(buf, pagesize=(W, H))
            for (p_, x0, y0, x1, y1), new, align in per_page[pi]:
                c.setFillColorRGB(1, 1, 1)
                c.rect(x0 - 1.5, y0 - 1.5, x1 - x0 + 3 + (30 if align == "l" else 0), y1 - y0 + 3, fill=1, stroke=0)
                c.setFillColorRGB(0.05, 0.05, 0.05)
                fs = max(5, (y1 - y0) * 1.32)
                c.setFont(font, fs)
                (c.drawRightString(x1, y0 + 0.3, new) if align == "r" else c.drawString(x0, y0 + 0.3, new))
            c.save()
            page.merge_page(pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if producer:
        w.add_metadata({"/Producer": producer, "/ModDate": "D:20260410120000+03'00'"})
    w.write(out)
    if resave:  # online editor re-writes the whole file with object streams
        p = pikepdf.open(out, allow_overwriting_input=True)
        with p.open_metadata(set_pikepdf_as_editor=False) as m:
            m["pdf:Producer"] = producer or "PDF editor"
        p.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    return True


# ------------------------------------------------------------ image edits
def ocr(im):
    p = os.path.join(TMP, "ocr.png")
    im.convert("L").save(p)
    r = subprocess.run(["tesseract", p, "stdout", "--psm", "11", "tsv"], capture_output=True, text=True, timeout=120)
    words = []
    for line in r.stdout.splitlines()[1:]:
        f = line.split("\t")
        if len(f) == 12 and f[11].strip():
            words.append((f[11].strip(), int(f[6]), int(f[7]), int(f[8]), int(f[9])))
    return words


def find_word(words, s):
    dg = lambda t: re.sub(r"\D", "", t)
    c = [w for w in words if dg(w[0]) == dg(s) and len(dg(s)) >= 3]
    return c[-1] if c else None


def bg_color(im, box):
    x, y, w, h = box
    a = np.asarray(im.convert("RGB").crop((x - 4, y - 4, x + w + 4, y + h + 4))).reshape(-1, 3)
    light = a[a.sum(1) > np.percentile(a.sum(1), 60)]
    dark = a[a.sum(1) <= np.percentile(a.sum(1), 5)]
    return tuple(int(v) for v in np.median(light, 0)), tuple(int(v) for v in np.median(dark, 0))


def paste_text(im, box, new, matched=True, mono=False):
    im = im.convert("RGB")
    x, y, w, h = box
    bg, fg = bg_color(im, box)
    font = ImageFont.truetype(DJ + ("DejaVuSansMono.ttf" if mono else "DejaVuSans.ttf"), max(8, int(h * 1.3)))
    tw = int(font.getlength(new))
    pw = max(w, tw) + 8
    if matched:  # patch with background colour + noise, pasted as a region
        patch = Image.new("RGB", (pw, h + 8), bg)
        a = np.asarray(patch).astype(np.float32) + np.random.default_rng(1).normal(0, 4, (h + 8, pw, 3))
        patch = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        ImageDraw.Draw(patch).text((pw - 4 - tw, 4 + h * 0.02), new, font=font, fill=fg, anchor="la")
        patch = patch.filter(ImageFilter.GaussianBlur(0.6))
        im.paste(patch, (x + w + 4 - pw, y - 4))
    else:  # phone markup app: pure white rectangle + pure black typed text
        d = ImageDraw.Draw(im)
        d.rectangle((x + w + 6 - pw, y - 5, x + w + 6, y + h + 5), fill=(255, 255, 255))
        d.text((x + w + 2 - tw, y), new, font=ImageFont.truetype(DJ + "DejaVuSans.ttf", max(8, int(h * 1.2))), fill=(0, 0, 0))
    return im


def clone_region(im, src_box, dst_box):
    im = im.convert("RGB")
    sx, sy, sw, sh = src_box
    dx, dy, dw, dh = dst_box
    bg, _ = bg_color(im, dst_box)
    ImageDraw.Draw(im).rectangle((dx - 2, dy - 2, dx + dw + 2, dy + dh + 2), fill=bg)
    patch = im.crop((sx - 3, sy - 3, sx + sw + 3, sy + sh + 3))
    im.paste(patch, (dx + dw - sw - 3, dy - 3))
    return im


def make_stamp(name, size=260):
    s = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(s)
    col = (30, 50, 170, 200)
    d.ellipse((6, 6, size - 6, size - 6), outline=col, width=7)
    d.ellipse((34, 34, size - 34, size - 34), outline=col, width=3)
    f = ImageFont.truetype(DJ + "DejaVuSans-Bold.ttf", 22)
    words = name.split()
    d.text((size / 2, size / 2 - 30), " ".join(words[:2])[:18], font=f, fill=col, anchor="mm")
    d.text((size / 2, size / 2), " ".join(words[2:4])[:18], font=f, fill=col, anchor="mm")
    d.text((size / 2, size / 2 + 30), "KAŞE / İMZA", font=ImageFont.truetype(DJ + "DejaVuSans.ttf", 16), fill=col, anchor="mm")
    return s.rotate(RNG.uniform(-25, 25), resample=Image.BICUBIC)


def save_like(im, path):
    if path.endswith(".png"):
        im.save(path)
    else:
        im.convert("RGB").save(path, "JPEG", quality=RNG.randint(60, 85))


# ------------------------------------------------------------ driver
def run():
    labs, specs = all_genuine()
    out_labels = []
    used = set()
    cnt = {}

    def fname(base, method, ext):
        cnt[method] = cnt.get(method, 0) + 1
        return f"e_{method}_{cnt[method]:02d}_{os.path.splitext(base)[0]}.{ext}"

    core = [f for f, v in specs.items() if v[0].get("core") and labs.get(f, {}).get("total") and not labs[f]["arithmetic_error"]
            and f.endswith(".pdf") and not f.startswith("s")]
    vec = [f for f in labs if f[0] in "hro" and labs[f]["total"] and not labs[f]["arithmetic_error"] and labs[f]["is_invoice"] or
           (f[0] in "ho" and labs[f]["doc_type"] == "proforma")]
    RNG.shuffle(core); RNG.shuffle(vec)

    # 1) pikepdf content-stream text replace (7) and 2) pypdf incremental update (5)
    for k, f in enumerate(core):
        spec = specs[f][0]
        method = "pikepdf_text_replace" if k < 7 else "pypdf_incremental_update"
        if k >= 12:
            break
        kind = ["total", "total", "date", "quantity", "total", "date", "total"][k % 7] if k < 7 else ["total", "date", "total", "total", "quantity"][k - 7]
        new_lab = {}
        if kind == "total":
            nt = new_total(spec); old = money(spec["total"], spec, False); new = num(nt, spec["numstyle"], spec["dec"])
            new_lab = {"total": total_str(dict(spec, total=nt))}
        elif kind == "date":
            nd = new_date(spec); old = dstr(spec); new = fdate(nd, spec["lang"], spec["datevar"]); new_lab = {"date": nd.isoformat()}
        else:
            it = max(spec["lines"], key=lambda x: x["qty"]); pcs = L(spec)["pcs"]
            old = f"{it['qty']} {pcs}"; new = f"{it['qty'] * RNG.choice([2, 3, 5])} {pcs}"
        fn = fname(f, method, "pdf")
        outp = os.path.join(FILES, fn)
        ok = pikepdf_replace(os.path.join(FILES, f), outp, old, new) if k < 7 else pypdf_incremental(os.path.join(FILES, f), outp, old, new)
        if not ok:
            print("no hit", f, old); continue
        out_labels.append(mk_label(labs[f], fn, method, [kind], **new_lab)); used.add(f)

    # 3) white box overlay merged by pypdf (8), 4) online editor overlay + full re-save (4)
    vec = [f for f in vec if f not in used]
    done = 0
    for f in vec:
        if done >= 12:
            break
        spec = specs[f][0]
        method = "overlay_whitebox" if done < 8 else "online_editor_resave"
        kind = ["total", "buyer", "date", "total", "buyer+date", "total", "date", "total"][done % 8]
        repl, new_lab, changed = [], {}, []
        if "total" in kind:
            nt = new_total(spec)
            repl.append((money(spec["total"], spec, False), num(nt, spec["numstyle"], spec["dec"]), "r"))
            new_lab["total"] = total_str(dict(spec, total=nt)); changed.append("total")
        if "buyer" in kind:
            nb = RNG.choice(TR_BUYERS); repl.append((spec["buyer"]["name"], nb, "l")); new_lab["buyer"] = nb; changed.append("buyer")
        if "date" in kind:
            nd = new_date(spec); repl.append((dstr(spec), fdate(nd, spec["lang"], spec["datevar"]), "l"))
            new_lab["date"] = nd.isoformat(); changed.append("date")
        fn = fname(f, method, "pdf")
        font = "Helvetica" if method == "online_editor_resave" and spec["lang"] in ("en", "de", "zh") else "DJ"
        ok = overlay(os.path.join(FILES, f), os.path.join(FILES, fn), repl, font=font,
                     producer="QuickPDF Online Editor 4.2 (invented)" if method == "online_editor_resave" else None,
                     resave=(method == "online_editor_resave"))
        if not ok:
            cnt[method] -= 1; print("overlay miss", f, repl); continue
        out_labels.append(mk_label(labs[f], fn, method, changed, **new_lab)); used.add(f); done += 1

    # 5) rebuilt in a spreadsheet with changed values (3)
    rb = [f for f in vec if f not in used and specs[f][0]["lang"] in ("tr", "en", "de")][:3]
    jobs = []
    for f in rb:
        spec = copy.deepcopy(specs[f][0])
        spec["total"] = new_total(spec)
        stem = os.path.splitext(fname(f, "rebuild_in_spreadsheet", "pdf"))[0]
        src = os.path.join(TMP, "office", stem + ".csv")
        genuine_office.make_csv(spec, src)
        jobs.append((f, stem, spec))
    if jobs:
        genuine_office.soffice([os.path.join(TMP, "office", s + ".csv") for _, s, _ in jobs], os.path.join(TMP, "office"), "CSV:59,34,76,1")
        for f, stem, spec in jobs:
            p = os.path.join(TMP, "office", stem + ".pdf")
            if os.path.exists(p):
                os.replace(p, os.path.join(FILES, stem + ".pdf"))
                out_labels.append(mk_label(labs[f], stem + ".pdf", "rebuild_in_spreadsheet", ["total", "producer"],
                                           total=total_str(spec), producer="libreoffice_calc_csv", pages=pdf_pages(os.path.join(FILES, stem + ".pdf"))))
                used.add(f)

    # 6) edited first, then printed and scanned / photographed (4): the file holds no trace
    ebc = [f for f in vec if f not in used][:4]
    for j, f in enumerate(ebc):
        spec = specs[f][0]
        nt = new_total(spec)
        tmpp = os.path.join(TMP, "ebc_%d.pdf" % j)
        if not overlay(os.path.join(FILES, f), tmpp, [(money(spec["total"], spec, False), num(nt, spec["numstyle"], spec["dec"]), "r")]):
            continue
        im = scans.render_png(tmpp, 2.0)
        photo = j % 2 == 1
        im = scans.photo(im, RNG) if photo else scans.scan_degrade(im, RNG)
        method = "overlay_then_photo" if photo else "overlay_then_scan"
        fn = fname(f, method, "jpg")
        scans.save_img(im, os.path.join(FILES, fn), "jpg", RNG)
        out_labels.append(mk_label(labs[f], fn, method, ["total"], total=total_str(dict(spec, total=nt)), edit_before_capture=True, pages=1,
                                   producer=("phone_photo_of_" if photo else "flatbed_scan_of_") + labs[f]["producer"]))
        used.add(f)

    # 7) image edits on scans/photos: matched paste (4), phone-app white box (3), clone (3), stamp paste (2)
    imgs = [f for f in labs if f.startswith("s") and not f.endswith(".pdf") and labs[f]["total"] and not labs[f]["arithmetic_error"]]
    RNG.shuffle(imgs)
    want = [("image_paste", 4), ("phone_app_whitebox", 3), ("image_clone", 3)]
    qi = 0
    for method, n in want:
        got = 0
        while got < n and qi < len(imgs):
            f = imgs[qi]; qi += 1
            spec = specs[f][0]
            im = Image.open(os.path.join(FILES, f)).convert("RGB")
            words = ocr(im)
            tw = find_word(words, money(spec["total"], spec, False))
            if not tw:
                print("ocr miss", f); continue
            box = tw[1:]
            if method == "image_clone":
                donor = None
                for it in sorted(spec["lines"], key=lambda x: -x["net"]):
                    if it["net"] != spec["total"]:
                        donor = find_word(words, money(it["net"], spec, False))
                        if donor:
                            val = it["net"]; break
                if not donor:
                    print("clone miss", f); continue
                im2 = clone_region(im, donor[1:], box)
                new_total_s = total_str(dict(spec, total=val))
            else:
                nt = new_total(spec)
                im2 = paste_text(im, box, num(nt, spec["numstyle"], spec["dec"]), matched=(method == "image_paste"),
                                 mono=("dotmatrix" in f))
                new_total_s = total_str(dict(spec, total=nt))
            fn = fname(f, method, f.rsplit(".", 1)[1])
            save_like(im2, os.path.join(FILES, fn))
            out_labels.append(mk_label(labs[f], fn, method, ["total"], total=new_total_s)); got += 1

    photos = [f for f in labs if "photo" in f and f not in used][:2]
    for f in photos:
        im = Image.open(os.path.join(FILES, f)).convert("RGB")
        st = make_stamp(specs[f][0]["supplier"]["name"], 240)
        W, H = im.size
        im.paste(st, (int(W * 0.55), int(H * 0.62)), st)
        fn = fname(f, "stamp_paste", f.rsplit(".", 1)[1])
        save_like(im, os.path.join(FILES, fn))
        out_labels.append(mk_label(labs[f], fn, "stamp_paste", ["stamp"]))

    write_part("edits", out_labels)
    print(len(out_labels), "edited files")
    return out_labels


if __name__ == "__main__":
    run()
