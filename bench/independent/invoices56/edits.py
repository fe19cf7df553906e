"""Edited copies of genuine files, made the way a panicking seller would."""
import os, io, copy, pickle, datetime, shutil, random
from decimal import Decimal
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
from PIL import Image
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
import genuine_scan, genuine_office

pdfmetrics.registerFont(TTFont("DVe", DEJAVU))
try:
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
except Exception:
    pass


def load(part):
    with open(os.path.join(PARTS, part + ".pkl"), "rb") as f:
        return pickle.load(f)


def labels_of(part):
    with open(os.path.join(PARTS, part + ".jsonl"), encoding="utf-8") as f:
        return {json.loads(l)["file"]: json.loads(l) for l in f}


# ---------------------------------------------------------------- what to change
def plan_change(doc, field, rng, date_styles=None):
    """Return (list of (old, new) strings, new doc)."""
    nd = copy.deepcopy(doc)
    if field == "date":
        for _ in range(30):
            delta = rng.choice([-1, 1]) * rng.randint(12, 75)
            d2 = doc["date"] + datetime.timedelta(days=delta)
            if d2.year == doc["date"].year and d2 <= datetime.date(2025, 12, 31): break
        nd["date"] = d2
        styles = date_styles or [LOCALE[doc["lang"]][1]]
        return [(fmt_date(doc["date"], s), fmt_date(d2, s)) for s in styles], nd
    if field == "total":
        t = doc["total"]
        if doc["currency"] == "JPY":
            t2 = t + Decimal(rng.choice([3000, 10000, 20000]))
        else:
            t2 = q(t * Decimal(rng.choice(["1.18", "1.35", "1.5", "2"]))) if rng.random() < 0.6 else t + Decimal(rng.choice([100, 250, 1000]))
        nd["total"] = t2
        return [(num(doc, t), num(doc, t2))], nd
    if field == "buyer":
        pool = [n for n in IT_SELLERS if n != doc["buyer"]["name"]]
        nb = rng.choice(pool)
        nd["buyer"] = dict(doc["buyer"], name=nb)
        return [(doc["buyer"]["name"], nb)], nd
    if field == "supplier":
        pool = [n for n in IT_NAMES if n != doc["supplier"]["name"]]
        ns = rng.choice(pool)
        nd["supplier"] = dict(doc["supplier"], name=ns)
        return [(doc["supplier"]["name"], ns)], nd
    if field == "quantity":
        it = doc["items"][0]
        q2 = it["qty"] * rng.choice([2, 3, 5, 10]) if it["qty"] < 20 else it["qty"] + rng.choice([10, 20, 50])
        nd["items"][0]["qty"] = q2
        old = f"{it['qty']},00" if doc.get("it_variant") else str(it["qty"])
        new = f"{q2},00" if doc.get("it_variant") else str(q2)
        return [(old, new, it["sku"])], nd
    raise ValueError(field)


def pdf_escape(s):
    out = bytearray()
    for ch in s:
        b = ch.encode("cp1252")
        if ch in "()\\": out += b"\\" + b
        elif b[0] > 126: out += ("\\%03o" % b[0]).encode()
        else: out += b
    return bytes(out)


def page_streams(pdf):
    for page in pdf.pages:
        c = page.obj.get("/Contents")
        objs = list(c) if isinstance(c, pikepdf.Array) else [c]
        for o in objs:
            yield o


def replace_bytes(data, pairs):
    """Replace strings in a content stream; 3-tuples (old, new, anchor) replace the first "(old)" after the anchor text."""
    new, n = data, 0
    for pr in pairs:
        if len(pr) == 3:
            old, newt, anchor = pr
            a = new.find(pdf_escape(anchor))
            if a < 0: continue
            ob = b"(" + pdf_escape(old) + b")"
            k = new.find(ob, a + 1)
            if k < 0: continue
            new = new[:k] + b"(" + pdf_escape(newt) + b")" + new[k + len(ob):]; n += 1
    return new, n


def replace_in_pdf(pdf, pairs):
    n = 0
    for o in page_streams(pdf):
        data = o.read_bytes()
        new, k0 = replace_bytes(data, pairs); n += k0
        for pr in pairs:
            if len(pr) == 3: continue
            old, newt = pr
            for enc in (pdf_escape, lambda s: s.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")):
                try:
                    ob, nb = enc(old), enc(newt)
                except UnicodeEncodeError:
                    continue
                k = new.count(ob)
                if k:
                    new = new.replace(ob, nb); n += k; break
        if new != data:
            o.write(new)
    return n


def verify(path, pairs):
    """Every new string must be findable as text in the edited PDF."""
    for pr in pairs:
        if not find_boxes(path, pr[1], whole=len(pr) == 3):
            return False
    return True


# ---------------------------------------------------------------- method 1: pikepdf content-stream replace (full rewrite)
def m_pikepdf(src, dst, pairs):
    with pikepdf.open(src) as pdf:
        n = replace_in_pdf(pdf, pairs)
        if n == 0: return 0
        with pdf.open_metadata(set_pikepdf_as_editor=True) as m:
            pass
        pdf.save(dst)
    return n


# ---------------------------------------------------------------- method 2: pypdf incremental update
def m_incremental(src, dst, pairs):
    w = pypdf.PdfWriter(src, incremental=True)
    n = 0
    for page in w.pages:
        c = page.get_contents()
        data = c.get_data()
        new, k0 = replace_bytes(data, pairs); n += k0
        for pr in pairs:
            if len(pr) == 3: continue
            old, newt = pr
            ob, nb = pdf_escape(old), pdf_escape(newt)
            n += new.count(ob); new = new.replace(ob, nb)
        if new != data:
            c.set_data(new)
            page.replace_contents(c)
    if n == 0: return 0
    w.add_metadata({"/ModDate": "D:20260110093012+01'00'"})
    with open(dst, "wb") as f:
        w.write(f)
    return n


# ---------------------------------------------------------------- method 3: white box + new text merged with pypdf
def find_boxes(pdf_path, text, whole=False):
    """All (page, left, bottom, right, top, char_boxes) where text occurs."""
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage()
        s = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            r = s.get_next()
            if not r: break
            idx, cnt = r
            boxes = [tp.get_charbox(idx + k) for k in range(cnt)]
            boxes = [b for b in boxes if b[2] > b[0]]
            if not boxes: continue
            out.append((pi, min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes), boxes))
    pdf.close()
    return out


def locate(src, pr):
    if len(pr) == 2:
        return find_boxes(src, pr[0])
    old, new, anchor = pr
    an = find_boxes(src, anchor)
    if not an: return []
    pi, al, ab, ar, at, _ = an[0]
    cands = [h for h in find_boxes(src, old, whole=True) if h[0] == pi and abs(h[2] - ab) < 3 and h[1] > ar]
    return sorted(cands, key=lambda h: h[1])[:1]


def overlay_pdf(src, dst, pairs, rng, font=None, bg=(1, 1, 1)):
    rd = pypdf.PdfReader(src)
    hits = {}
    for pr in pairs:
        for h in locate(src, pr):
            hits.setdefault(h[0], []).append((h, pr[0], pr[1]))
    if not hits: return 0
    w = pypdf.PdfWriter(clone_from=rd)
    n = 0
    for pi, lst in hits.items():
        pg = rd.pages[pi]
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(W, H))
        for (p_, l, b, r, t, boxes), old, new in lst:
            hgt = t - b
            has_cjk = any(ord(ch) > 0x2000 for ch in new)
            fnt = "WQY" if has_cjk else (font or rng.choice(["Helvetica", "DVe", "Times-Roman"]))
            fs = max(5.5, hgt / (0.72 if any(ch.isdigit() for ch in old) else 0.78))
            c.setFillColorRGB(*bg)
            c.rect(l - 1, b - fs * 0.25, (r - l) + 2, hgt + fs * 0.45, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            c.setFont(fnt, fs)
            numeric = old.replace(".", "").replace(",", "").replace("\u00a0", "").replace("'", "").isdigit()
            nw = pdfmetrics.stringWidth(new, fnt, fs)
            if numeric and nw > (r - l) + 2:
                c.setFillColorRGB(*bg); c.rect(r - nw - 2, b - fs * 0.25, nw + 3, hgt + fs * 0.45, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
            if numeric: c.drawRightString(r, b, new)
            else: c.drawString(l, b, new)
            n += 1
        c.save(); buf.seek(0)
        ov = pypdf.PdfReader(buf).pages[0]
        w.pages[pi].merge_page(ov)
    with open(dst, "wb") as f:
        w.write(f)
    return n


# ---------------------------------------------------------------- method 4: re-save an edited PDF through another program
def resave_pikepdf(src, dst):
    with pikepdf.open(src) as pdf:
        pdf.docinfo["/Producer"] = "Nitro-like PDF Editor 2.1 (qpdf)"
        pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True, linearize=True)


# ---------------------------------------------------------------- image helpers
def open_scan(path):
    if path.endswith(".pdf"):
        with pikepdf.open(path) as pdf:
            im = list(pdf.pages[0].images.values())[0]
            return pikepdf.PdfImage(im).as_pil_image().convert("RGB")
    return Image.open(path).convert("RGB")


def save_like(img, path, like):
    if like.endswith(".jpg"): img.save(path, "JPEG", quality=random.Random(path).randint(75, 92))
    elif like.endswith(".pdf"): img.save(path, "PDF", resolution=150.0)
    else: img.save(path, "PNG")


def char_px_boxes(info, boxes):
    p, size, h_pt = info["params"], info["size"], info["h_pt"]
    out = []
    for (l, b, r, t) in boxes:
        x0, y0 = genuine_scan.pt_to_px(p, l, t, h_pt, size)
        x1, y1 = genuine_scan.pt_to_px(p, r, b, h_pt, size)
        out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out


def m_image_paste(info, scan_path, dst, pairs, rng):
    """Edit the source PDF, 'rescan' it with other noise, paste only the changed regions into the original scan."""
    tmp_pdf = os.path.join(TMP, "paste_src.pdf")
    if not overlay_pdf(info["src"], tmp_pdf, pairs, rng, font="Helvetica"): return 0
    p2 = dict(info["params"], seed=info["params"]["seed"] + 7, noise=info["params"]["noise"] * rng.uniform(0.5, 1.5))
    img2, _ = genuine_scan.render_page(tmp_pdf, 0, p2["dpi"])
    edited = genuine_scan.degrade(img2, p2)
    orig = open_scan(scan_path)
    n = 0
    for pr in pairs:
        old = pr[0]
        for (pi, l, b, r, t, boxes) in locate(info["src"], pr):
            if pi: continue
            bx = char_px_boxes(info, [(l - 40 if old.replace(',', '').replace('.', '').isdigit() else l - 2, b - 3, r + 3, t + 3)])[0]
            box = tuple(int(round(v)) for v in bx)
            orig.paste(edited.crop(box), box[:2]); n += 1
    save_like(orig, dst, scan_path)
    return n


def m_image_clone(info, scan_path, dst, doc, rng):
    """Copy one digit glyph of the printed total over another digit of the same number (within the same image)."""
    s = num(doc, doc["total"])
    hits = [h for h in find_boxes(info["src"], s) if h[0] == 0]
    if not hits: return None
    boxes = hits[-1][5]
    if len(boxes) != len(s): return None
    digits = [i for i, ch in enumerate(s) if ch.isdigit()]
    # target: the most significant digit that can be increased using a donor digit from the same string
    for ti in digits:
        donors = [j for j in digits if s[j] > s[ti]]
        if donors: break
    else:
        return None
    dj = max(donors, key=lambda j: s[j])
    new_s = s[:ti] + s[dj] + s[ti + 1:]
    px = char_px_boxes(info, [boxes[ti], boxes[dj]])
    img = open_scan(scan_path)
    (tx0, ty0, tx1, ty1), (dx0, dy0, dx1, dy1) = px
    pad = 1
    w = int(round(dx1 - dx0)) + 2 * pad; h = int(round(max(ty1 - ty0, dy1 - dy0))) + 2 * pad
    patch = img.crop((int(round(dx0)) - pad, int(round(dy0)) - pad, int(round(dx0)) - pad + w, int(round(dy0)) - pad + h))
    img.paste(patch, (int(round(tx0)) - pad, int(round(ty0)) - pad))
    save_like(img, dst, scan_path)
    ns = new_s.replace(".", "").replace("\u00a0", "").replace("'", "").replace(",", ".") if LOCALE[doc["lang"]][0] in ("comma", "space", "plainspace") else new_s.replace(",", "").replace("'", "")
    return Decimal(ns)


# ---------------------------------------------------------------- run
def run(rng):
    labels = []
    pdfd = load("genuine_pdf"); htmd = load("genuine_html"); offd = load("genuine_office"); scand = load("genuine_scan")
    L = {}
    for part in ("genuine_pdf", "genuine_html", "genuine_office", "genuine_scan"):
        L.update(labels_of(part))

    def add(fname, src_file, nd, method, changed, prod, ebc=False, **extra):
        base = L[src_file]
        lab = label(fname, nd, prod, pages=base["pages"] if not fname.endswith((".jpg", ".png")) else 1, genuine=False, edit_method=method,
                    what_changed=changed, edit_before_capture=ebc, source_file=src_file, **extra)
        lab["language"] = base["language"]; lab["doc_type"] = base["doc_type"]; lab["is_invoice"] = base["is_invoice"]
        labels.append(lab)

    invoices = lambda d: [f for f, v in d.items() if L[f]["is_invoice"] and not L[f]["arithmetic_error"]]
    latin = [f for f in invoices(pdfd) if pdfd[f]["latin1"]]
    rng.shuffle(latin)
    fields_cycle = ["date", "buyer", "quantity", "total", "date", "quantity", "total", "buyer", "date", "quantity", "total", "date", "buyer", "total"]
    k = 0
    # 1) pikepdf text replace (8) and 2) pypdf incremental (5)
    n_pk = n_inc = 0; used_latin = []
    for i, f in enumerate(latin):
        if n_pk >= 8 and n_inc >= 5: break
        info = pdfd[f]; doc = info["doc"]
        fld = fields_cycle[i % len(fields_cycle)]
        if fld == "quantity" and not info["producer"].startswith("reportlab"): fld = "total"
        flds = [fld] + (["total"] if fld == "date" and i % 3 == 0 else [])
        pairs, nd = [], doc
        for fl in flds:
            pp, nd = plan_change(nd, fl, rng); pairs += pp
        pk = n_pk < 8
        method = "pikepdf_text_replace" if pk else "pypdf_incremental_update"
        out = f"e_{i:03d}_{f[2:]}"
        n = (m_pikepdf if pk else m_incremental)(os.path.join(FILES, f), os.path.join(FILES, out), pairs)
        used_latin.append(f)
        if n and not verify(os.path.join(FILES, out), pairs):
            os.remove(os.path.join(FILES, out)); n = 0
        if n:
            add(out, f, nd, method, flds, info["producer"], replacements=n)
            if pk: n_pk += 1
            else: n_inc += 1
    # 3) white box overlay (8) on all kinds of text PDFs, incl. CJK
    pool = [f for f in invoices(htmd)] + [f for f in invoices(offd)] + [f for f in invoices(pdfd) if f not in used_latin]
    rng.shuffle(pool)
    zhja = [f for f in invoices(htmd) if f.endswith(("_zh.pdf", "_ja.pdf"))][:2]
    pool = zhja + [f for f in pool if f not in zhja]
    done = 0; used = set()
    for f in pool:
        if done >= 11: break
        info = {**htmd, **offd, **pdfd}[f]; doc = info["doc"]
        fld = ["buyer", "date", "quantity", "total", "date", "quantity", "total", "date", "buyer", "quantity", "date"][done]
        if fld == "quantity" and info["producer"] in ("docx_soffice", "fpdf2") or "zhvat" in info["producer"] or "_ja" in info["producer"]:
            fld = "total"
        ds = [LOCALE[doc["lang"]][1]] + (["cjk", "ymd_slash"] if doc["lang"] == "ja" else [])
        pairs, nd = plan_change(doc, fld, rng, ds)
        src = os.path.join(FILES, f)
        if done < 8:
            out = f"e_{100 + done:03d}_{f[2:]}"
            n = overlay_pdf(src, os.path.join(FILES, out), pairs, rng)
            if n and not verify(os.path.join(FILES, out), pairs):
                os.remove(os.path.join(FILES, out)); n = 0
            if n: add(out, f, nd, "overlay_whitebox", [fld], info["producer"], boxes=n); done += 1; used.add(f)
        else:
            tmp = os.path.join(TMP, "ov_tmp.pdf")
            out = f"e_{100 + done:03d}_{f[2:]}"
            n = overlay_pdf(src, tmp, pairs, rng)
            if n:
                resave_pikepdf(tmp, os.path.join(FILES, out))
                add(out, f, nd, "overlay_whitebox_resaved", [fld], info["producer"], boxes=n); done += 1; used.add(f)
    # 4) edited then printed to image / photographed (edit before capture) (5)
    pool2 = [f for f in invoices(pdfd) + invoices(htmd) if f not in used and f not in used_latin]
    rng.shuffle(pool2)
    done = 0
    for f in pool2:
        if done >= 5: break
        info = {**htmd, **pdfd}[f]; doc = info["doc"]
        fld = ["date", "total", "buyer", "date", "total"][done]
        pairs, nd = plan_change(doc, fld, rng)
        tmp = os.path.join(TMP, f"rp_{done}.pdf")
        if not overlay_pdf(os.path.join(FILES, f), tmp, pairs, rng, font="Helvetica"): continue
        if done < 3:
            p = genuine_scan.scan_params(rng); p["fmt"] = rng.choice(["jpg", "pdf"])
            path, _, _ = genuine_scan.scan_pdf(tmp, os.path.join(FILES, f"e_{200 + done:03d}_{f[2:-4]}"), p)
            add(os.path.basename(path), f, nd, "edit_then_print_scan", [fld], "scan_of_edited_pdf", ebc=True)
        else:
            path = genuine_scan.photo(tmp, os.path.join(FILES, f"e_{200 + done:03d}_{f[2:-4]}.jpg"), rng)
            add(os.path.basename(path), f, nd, "edit_then_photograph", [fld], "photo_of_edited_pdf", ebc=True)
        done += 1; used.add(f)
    # 5) docx / spreadsheet edited and re-converted (3)
    work = os.path.join(TMP, "office_edit"); os.makedirs(work, exist_ok=True)
    srcs, meta = [], []
    for j, f in enumerate([f for f in invoices(offd)][:3]):
        info = offd[f]; doc = info["doc"]
        fld = ["buyer", "date", "total"][j]
        if fld == "total":
            # the seller raises the quantity of line 1 and lets the spreadsheet logic recompute everything
            nd = copy.deepcopy(doc); it = nd["items"][0]; it["qty"] = it["qty"] * 3; it["amount"] = q(it["unit"] * it["qty"])
            sub = sum((x["amount"] for x in nd["items"]), Decimal(0)); nd["subtotal"] = sub
            nd["discount"] = q(sub * nd["disc_pct"] / 100); nd["taxable"] = {}
            for x in nd["items"]: nd["taxable"][x["rate"]] = nd["taxable"].get(x["rate"], Decimal(0)) + x["amount"]
            m = nd["items"][0]["rate"]; nd["taxable"][m] += -nd["discount"] + nd["shipping"]
            nd["taxes"] = {r: q(b * r / 100) for r, b in nd["taxable"].items()} if nd["has_tax"] else {r: Decimal(0) for r in nd["taxable"]}
            nd["net"] = sub - nd["discount"] + nd["shipping"]; nd["tax_total"] = sum(nd["taxes"].values(), Decimal(0)); nd["total"] = nd["net"] + nd["tax_total"]
            chg = ["quantity", "total"]
        else:
            _, nd = plan_change(doc, fld, rng); chg = [fld]
        base = f"e_{300 + j:03d}_{f[2:-4]}"
        srcp = os.path.join(work, base + (".fods" if info["src"].endswith(".fods") else ".docx"))
        (genuine_office.fods if srcp.endswith(".fods") else genuine_office.make_docx)(nd, srcp, random.Random(j))
        srcs.append(srcp); meta.append((base + ".pdf", f, nd, chg, info["producer"]))
    genuine_office.soffice_convert(srcs, work)
    for out, f, nd, chg, prod in meta:
        shutil.copy(os.path.join(work, out), os.path.join(FILES, out))
        add(out, f, nd, "source_edit_reconvert", chg, prod, ebc=True)
    # 6) image paste into scans (5) and 7) clone inside the image (4)
    scans = [f for f in invoices(scand) if f.endswith((".jpg", ".png", ".pdf")) and "params" in scand[f] and not scand[f]["params"]["fax"]]
    rng.shuffle(scans)
    helv = [f for f in scans if scand[f]["kind"] in ("rl_fpa", "rl_ges") and scand[f]["doc"]["lang"] not in ("pl", "el")]
    done_c = 0
    for f in helv:
        if done_c >= 4: break
        info = scand[f]; doc = info["doc"]
        out = f"e_{400 + done_c:03d}_{f[2:]}"
        nt = m_image_clone(info, os.path.join(FILES, f), os.path.join(FILES, out), doc, rng)
        if nt is None: continue
        nd = copy.deepcopy(doc); nd["total"] = nt
        add(out, f, nd, "image_clone_digit", ["total"], info["producer"]); done_c += 1; used.add(f)
    done_p = 0
    for f in scans:
        if done_p >= 5: break
        if f in used: continue
        info = scand[f]; doc = info["doc"]
        fld = ["total", "quantity", "buyer", "quantity", "date", "total"][done_p]
        if fld == "quantity" and "zhvat" in info["producer"]: fld = "date"
        pairs, nd = plan_change(doc, fld, rng)
        out = f"e_{500 + done_p:03d}_{f[2:]}"
        n = m_image_paste(info, os.path.join(FILES, f), os.path.join(FILES, out), pairs, rng)
        if n: add(out, f, nd, "image_paste", [fld], info["producer"]); done_p += 1
        elif os.path.exists(os.path.join(FILES, out)): os.remove(os.path.join(FILES, out))
    write_part("edits", labels)
    return labels


if __name__ == "__main__":
    print(len(run(random.Random(4056))))
