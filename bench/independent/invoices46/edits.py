"""Edited copies of genuine files, made the way a desperate seller would.
Each edit reads a genuine file (or its source) and writes a new file plus a label."""
import os, json, random, io, shutil, subprocess, datetime as dt, re
import numpy as np
import pikepdf, pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf.generic import (NameObject, DictionaryObject, ArrayObject, FloatObject, NumberObject,
                           TextStringObject, DecodedStreamObject)
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfgen import canvas as rl_canvas
from common import *
import genuine_scan as GS
import genuine_pdf  # registers STSong-Light for CJK overlays

NEW_BUYERS = {"SE": ["Ljungqvist Handel AB", "Sandvikens Nordic Goods AB", "Ekholm & Dotter AB", "Furuvik Trading AB", "Lindbloms E-handel AB"],
              "NO": ["Nordkapp Handel AS"], "DK": ["Vesterbro Varer ApS"], "FI": ["Kuusamo Kauppa Oy"], "CN": ["宁波北欧优品进出口有限公司", "杭州斯堪德贸易有限公司"]}


def load_labels():
    recs = {}
    for p in sorted(os.listdir(PARTS)):
        if p.startswith("genuine_"):
            for line in open(os.path.join(PARTS, p), encoding="utf-8"):
                r = json.loads(line); recs[r["file"]] = r
    return recs


class Inv:
    """Sidecar model with Decimal/date restored and formatting helpers."""
    def __init__(self, fname):
        self.d = load_sidecar(fname)
        d = self.d
        d["date"] = dt.date.fromisoformat(d["date"]); d["due"] = dt.date.fromisoformat(d["due"])
        d["total"] = D(d["total"])
        for it in d["items"]:
            it["qty"] = D(it["qty"]); it["line"] = D(it["line"]); it["price"] = D(it["price"])

    def money(self, x):
        if str(self.d.get("kind", "")).startswith("ci"):
            return "USD " + fmt_num(x, "en")
        if self.d.get("kind") == "fods":
            return fmt_money(x, self.d, False)
        return fmt_money(x, self.d)

    def date(self, x):
        return fmt_date(x, self.d["datestyle"])

    def tot(self, x):
        return f"{x:.0f}" if self.d["currency"] == "JPY" else f"{D(x):.2f}"


# ------------------------------------------------------------------ locating text in a PDF
def find_text(pdf_path, needle, page=None, anchor=None):
    """All occurrences: list of (page_index, (l,b,r,t), fontsize, bold).
    With an anchor (text on the same table row) only whole-word hits on that row are kept."""
    if anchor:
        aocc, _ = find_text(pdf_path, anchor, page)
        occ, sizes = find_text_raw(pdf_path, needle, page, whole=True)
        keep = []
        for pi, bx, fs, bo in occ:
            cy = (bx[1] + bx[3]) / 2
            if any(api == pi and ab[1] - 1 <= cy <= ab[3] + 1 for api, ab, _, _ in aocc):
                keep.append((pi, bx, fs, bo))
        return keep[:1], sizes
    return find_text_raw(pdf_path, needle, page)


def find_text_raw(pdf_path, needle, page=None, whole=False):
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    pages = range(len(doc)) if page is None else [page]
    for pi in pages:
        tp = doc[pi].get_textpage()
        s = tp.search(needle, match_case=True, match_whole_word=whole)
        r = s.get_next()
        while r:
            i, n = r
            boxes = [tp.get_charbox(k, loose=True) for k in range(i, i + n)]
            boxes = [b for b in boxes if b[2] > b[0]]
            l = min(b[0] for b in boxes); bt = min(b[1] for b in boxes); rr = max(b[2] for b in boxes); t = max(b[3] for b in boxes)
            fs = pdfium_c.FPDFText_GetFontSize(tp.raw, i)
            w = pdfium_c.FPDFText_GetFontWeight(tp.raw, i)
            out.append((pi, (l, bt, rr, t), fs, w >= 600))
            r = s.get_next()
        s.close(); tp.close()
    sizes = [doc[p].get_size() for p in range(len(doc))]
    doc.close()
    return out, sizes


def char_boxes(pdf_path, needle, page=0):
    doc = pdfium.PdfDocument(pdf_path)
    tp = doc[page].get_textpage()
    s = tp.search(needle, match_case=True)
    r = s.get_next()
    res = None
    if r:
        i, n = r
        res = [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(i, i + n)]
    allc = [(tp.get_text_range(k, 1), tp.get_charbox(k), pdfium_c.FPDFText_GetFontSize(tp.raw, k)) for k in range(tp.count_chars())]
    s.close(); tp.close(); h = doc[page].get_size()[1]; doc.close()
    return res, allc, h


# ------------------------------------------------------------------ PDF edit methods
def overlay_whitebox(src, dst, repl, font="Helvetica", pad=1.2):
    """repl: list of (old, new, align). White rectangle over every occurrence, new text on top, merged with pypdf."""
    reader = pypdf.PdfReader(src)
    per_page = {}
    for old, new, align, *rest in repl:
        occ, sizes = find_text(src, old, anchor=rest[0] if rest else None)
        for pi, (l, b, r, t), fs, bold in occ:
            per_page.setdefault(pi, []).append((l, b, r, t, fs, bold, new, align))
    writer = pypdf.PdfWriter(clone_from=reader)
    for pi, items in per_page.items():
        w_, h_ = float(reader.pages[pi].mediabox.width), float(reader.pages[pi].mediabox.height)
        buf = io.BytesIO()
        c = rl_canvas.Canvas(buf, pagesize=(w_, h_))
        for l, b, r, t, fs, bold, new, align in items:
            c.setFillColorRGB(1, 1, 1); c.rect(l - pad, b - pad, r - l + 2 * pad, t - b + 2 * pad, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            fn = font + ("-Bold" if bold else "")
            try:
                new.encode("cp1252")
            except UnicodeEncodeError:
                fn = "STSong-Light"
            c.setFont(fn, fs or 9)
            base = b + (t - b) * 0.22
            if align == "right":
                c.drawRightString(r, base, new)
            else:
                c.drawString(l, base, new)
        c.save()
        ov = pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        writer.pages[pi].merge_page(ov)
    writer.write(dst)
    return sum(len(v) for v in per_page.values())


def _enc(s):
    return s.encode("cp1252")


def _raw(s):
    """How ReportLab writes a literal string: bytes >127 as octal escapes."""
    out = b""
    for ch in s.encode("cp1252"):
        out += (b"\\%03o" % ch) if ch > 127 else (b"\\" + bytes([ch]) if ch in b"()\\" else bytes([ch]))
    return out


def pikepdf_text_replace(src, dst, repl):
    """Rewrite string operands of Tj in the page content streams (ReportLab/Helvetica files)."""
    n = 0
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            ops = pikepdf.parse_content_stream(page)
            anchor_y = {}
            y = None
            for operands, op in ops:
                if str(op) == "Tm":
                    y = round(float(operands[5]), 2)
                if str(op) == "Tj" and operands and isinstance(operands[0], pikepdf.String):
                    for old, new, _, *rest in repl:
                        if rest and rest[0] and _enc(rest[0]) in bytes(operands[0]):
                            anchor_y[old] = y
            changed = False
            new_ops = []
            y = None
            for operands, op in ops:
                if str(op) == "Tm":
                    y = round(float(operands[5]), 2)
                if str(op) == "Tj" and operands and isinstance(operands[0], pikepdf.String):
                    b = bytes(operands[0])
                    for old, new, _, *rest in repl:
                        if rest and rest[0]:
                            if b == _enc(old) and anchor_y.get(old) == y:
                                b = _enc(new); changed = True; n += 1
                        elif _enc(old) in b:
                            b = b.replace(_enc(old), _enc(new)); changed = True; n += 1
                    operands = [pikepdf.String(b)]
                new_ops.append((operands, op))
            if changed:
                page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
        pdf.save(dst)
    return n


def pypdf_incremental(src, dst, repl):
    """Replace literal strings in the content stream and append an incremental update."""
    writer = pypdf.PdfWriter(src, incremental=True)
    n = 0
    for page in writer.pages:
        cont = page["/Contents"]
        objs = cont if isinstance(cont, ArrayObject) else [cont]
        for ref in objs:
            so = ref.get_object()
            data = so.get_data()
            nd = data
            for old, new, _, *rest in repl:
                if rest and rest[0]:
                    m = re.search(rb"1 0 0 1 [\d.]+ ([\d.]+) Tm \(" + re.escape(_enc(rest[0])), nd)
                    if m:
                        pat = rb"(1 0 0 1 [\d.]+ " + re.escape(m.group(1)) + rb" Tm \()" + re.escape(_enc(old)) + rb"\)"
                        nd, k = re.subn(pat, lambda mm: mm.group(1) + _enc(new) + b")", nd, count=1); n += k
                    continue
                o = b"(" + _raw(old)
                nn = b"(" + _raw(new)
                if o in nd:
                    n += nd.count(o); nd = nd.replace(o, nn)
            if nd != data:
                try:
                    so.set_data(nd)
                except Exception:  # e.g. ASCII85+Flate: write a fresh Flate stream object in the update
                    ns = DecodedStreamObject(); ns.set_data(nd)
                    page[NameObject("/Contents")] = writer._add_object(ns.flate_encode())
    writer.write(dst)
    return n


def ap_stream(writer, w, h, text, fs):
    s = DecodedStreamObject()
    t = text.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
    s.set_data(b"q 1 1 1 rg 0 0 %.2f %.2f re f Q BT /Helv %.1f Tf 0 g 1 %.2f Td (" % (w, h, fs, h * 0.22) + t + b") Tj ET")
    s.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
              NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(w), FloatObject(h)]),
              NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): DictionaryObject({
                  NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                  NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})})})})
    return writer._add_object(s)


def annotation_freetext(src, dst, repl, author="Maria"):
    """Preview-style: a FreeText annotation with white fill placed over the value; incremental save."""
    writer = pypdf.PdfWriter(src, incremental=True)
    n = 0
    for old, new, align, *rest in repl:
        occ, _ = find_text(src, old, anchor=rest[0] if rest else None)
        for pi, (l, b, r, t), fs, bold in occ:
            w = max(r - l, len(new) * fs * 0.55) + 3
            x0 = r - w + 1.5 if align == "right" else l - 1.5
            rect = [x0, b - 1.5, x0 + w, t + 1.5]
            ref = ap_stream(writer, w, t - b + 3, new, fs or 9)
            annot = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/Contents"): TextStringObject(new), NameObject("/T"): TextStringObject(author),
                NameObject("/DA"): TextStringObject(f"/Helv {fs or 9:.1f} Tf 0 g"), NameObject("/F"): NumberObject(4),
                NameObject("/M"): TextStringObject("D:20261204213344+01'00'"),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): ref})})
            writer.add_annotation(page_number=pi, annotation=annot)
            n += 1
    writer.write(dst)
    return n


def online_editor_resave(src, dst, repl):
    tmp = dst + ".tmp.pdf"
    n = overlay_whitebox(src, tmp, repl, font="Helvetica")
    with pikepdf.open(tmp) as pdf:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["pdf:Producer"] = "EasyPDFedit online 2.3"
        pdf.docinfo["/Producer"] = "EasyPDFedit online 2.3"
        pdf.docinfo["/ModDate"] = "D:20261203101522Z"
        pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    os.remove(tmp)
    return n


def raster_reprint(src, dst, repl, dpi=150):
    """Seller screenshots/rasterises the PDF, paints over the value in a photo app, prints to PDF."""
    doc = pdfium.PdfDocument(src)
    pages = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    n = 0
    for old, new, align, *rest in repl:
        occ, sizes = find_text(src, old, anchor=rest[0] if rest else None)
        for pi, (l, b, r, t), fs, bold in occ:
            H = sizes[pi][1]; k = dpi / 72
            box = (l * k - 2, (H - t) * k - 2, r * k + 2, (H - b) * k + 2)
            dr = ImageDraw.Draw(pages[pi])
            dr.rectangle(box, fill=(255, 255, 255))
            f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), int(fs * k * 0.95))
            tw = dr.textlength(new, font=f)
            x = box[2] - 2 - tw if align == "right" else box[0] + 2
            dr.text((x, box[1] + 1), new, font=f, fill=(20, 20, 20))
            n += 1
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return n


def docx_edit_reexport(src_docx, dst_pdf, repl):
    from docx import Document
    doc = Document(src_docx)
    n = 0
    def fix(par):
        nonlocal n
        for run in par.runs:
            for old, new, _, *rest in repl:
                if old in run.text:
                    run.text = run.text.replace(old, new); n += 1
        # fall-back when the value is split over runs
        for old, new, _, *rest in repl:
            if old in par.text and not any(old in r.text for r in par.runs):
                t = par.text.replace(old, new)
                for r in par.runs[1:]:
                    r.text = ""
                par.runs[0].text = t; n += 1
    for p in doc.paragraphs:
        fix(p)
    for tb in doc.tables:
        for row in tb.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    fix(p)
    tmpdir = os.path.join(WORK, "edit_office"); os.makedirs(tmpdir, exist_ok=True)
    stem = os.path.splitext(os.path.basename(dst_pdf))[0]
    p = os.path.join(tmpdir, stem + ".docx"); doc.save(p)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmpdir, p], check=True, capture_output=True, timeout=180)
    shutil.copy(os.path.join(tmpdir, stem + ".pdf"), dst_pdf)
    return n


# ------------------------------------------------------------------ image edit methods
def pdf_rect_to_img(rect, page_h, dpi, M):
    l, b, r, t = rect
    k = dpi / 72
    pts = np.array([[l * k, (page_h - t) * k, 1], [r * k, (page_h - t) * k, 1], [r * k, (page_h - b) * k, 1], [l * k, (page_h - b) * k, 1]]).T
    q = np.asarray(M) @ pts
    q = (q[:2] / q[2]).T
    return q  # 4 corner points TL, TR, BR, BL


def image_paste(img, quad, new, align="right", bold=False, rng=None, noise=True):
    """Cover the quad with local paper colour and paint new text, rotated to the quad's slope."""
    arr = np.asarray(img.convert("RGB")).astype(np.int16)
    x0, y0 = np.floor(quad.min(0)).astype(int) - 2; x1, y1 = np.ceil(quad.max(0)).astype(int) + 2
    x0, y0 = max(x0, 0), max(y0, 0)
    ring = arr[max(y0 - 6, 0):y1 + 6, max(x0 - 6, 0):x1 + 6].reshape(-1, 3)
    lum = ring.sum(1)
    paper = np.median(ring[lum >= np.percentile(lum, 60)], 0)
    inside = arr[y0:y1, x0:x1].reshape(-1, 3)
    ink = inside[inside.sum(1) <= np.percentile(inside.sum(1), 4)].mean(0)
    patch = np.tile(paper, (y1 - y0, x1 - x0, 1))
    if noise:
        patch = patch + np.random.default_rng(rng.randint(0, 999) if rng else 0).normal(0, 3, patch.shape)
    arr[y0:y1, x0:x1] = np.clip(patch, 0, 255)
    im = Image.fromarray(arr.astype(np.uint8))
    # text geometry from the quad
    h = np.linalg.norm(quad[3] - quad[0]); ang = np.degrees(np.arctan2(quad[1][1] - quad[0][1], quad[1][0] - quad[0][0]))
    f = ImageFont.truetype(os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"), max(8, int(h * 0.78)))
    tw = int(ImageDraw.Draw(im).textlength(new, font=f)) + 4
    layer = Image.new("RGBA", (tw, int(h * 1.3)), (0, 0, 0, 0))
    ImageDraw.Draw(layer).text((2, int(h * 0.08)), new, font=f, fill=tuple(int(v) for v in ink) + (235,))
    layer = layer.rotate(-ang, expand=True, resample=Image.BICUBIC)
    wlen = np.linalg.norm(quad[1] - quad[0])
    if align == "right":
        px = int(quad[1][0] - layer.size[0] + 2)
    else:
        px = int(quad[0][0] - 2)
    py = int(min(quad[0][1], quad[1][1]) - 1)
    im.paste(layer, (px, py), layer)
    return im


def image_clone_digit(img, tgt_quad, src_quad):
    """Copy-move: copy a glyph region from elsewhere in the same image onto a digit."""
    sx0, sy0 = np.floor(src_quad.min(0)).astype(int); sx1, sy1 = np.ceil(src_quad.max(0)).astype(int)
    tx0, ty0 = np.floor(tgt_quad.min(0)).astype(int); tx1, ty1 = np.ceil(tgt_quad.max(0)).astype(int)
    piece = img.crop((sx0, sy0, sx1, sy1)).resize((max(tx1 - tx0, 1), max(ty1 - ty0, 1)), Image.BICUBIC)
    im = img.copy(); im.paste(piece, (tx0, ty0))
    return im


# ------------------------------------------------------------------ helpers
def parse_money(s, numstyle):
    s = re.sub(r"[^\d,.\s']", "", s).strip()
    if numstyle == "sv":
        s = s.replace(" ", "").replace(",", ".")
    elif numstyle == "de":
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return D(s.replace(" ", ""))


def new_total(inv, rng):
    f = D(str(rng.choice([0.35, 0.5, 0.62, 0.8, 1.25, 1.6, 2.4])))
    return q2(inv.d["total"] * f, inv.d["currency"])


def new_date(inv, rng):
    d = inv.d["date"] + dt.timedelta(days=rng.choice([-250, -160, -95, -40, 35, 70]))
    return min(d, dt.date(2026, 11, 30))


def new_buyer(inv, rng):
    c = inv.d["buyer_d"]["country"]
    pool = [b for b in NEW_BUYERS.get(c, NEW_BUYERS["SE"]) if b != inv.d["buyer"]]
    return rng.choice(pool)


def plan_change(inv, what, rng):
    """Return (repl list, label updates)."""
    d = inv.d
    if what == "total":
        nt = new_total(inv, rng)
        old = inv.money(d["total"]); new = inv.money(nt)
        return [(old, new, "right")], {"total": inv.tot(nt)}
    if what == "date":
        nd = new_date(inv, rng)
        return [(inv.date(d["date"]), inv.date(nd), "right" if d["loc"] in ("sv", "de") else "left")], {"date": nd.isoformat()}
    if what == "buyer":
        nb = new_buyer(inv, rng)
        return [(d["buyer"], nb, "left")], {"buyer": nb}
    if what == "quantity":
        it = max(d["items"], key=lambda i: i["line"])
        oq = it["qty"]; nq = oq * 10 if oq < 30 else oq * 2
        return [(fmt_num(oq, d["numstyle"], 0), fmt_num(nq, d["numstyle"], 0), "right", it["desc"][:30])], {}
    raise ValueError(what)


def consistent_qty_total(inv, rng):
    """Quantity of the largest line multiplied, line, subtotal, VAT and total all rewritten so sums hold."""
    d = inv.d
    it = max(d["items"], key=lambda i: i["line"])
    k = 2 if it["qty"] >= 10 else 5
    nq = it["qty"] * k; nl = q2(nq * it["price"], d["currency"])
    delta = nl - it["line"]
    rate = D(it["rate"])
    vold = {D(r): D(v) for r, v in d["vat"].items()}
    nv = dict(vold)
    nb = D(d["base_by_rate"][str(it["rate"])] if str(it["rate"]) in d["base_by_rate"] else list(d["base_by_rate"].values())[0]) + delta
    nv[rate] = q2(nb * rate / 100, d["currency"])
    nsub = D(d["sub"]) + delta
    nt = D(d["total"]) + delta + (nv[rate] - vold.get(rate, D(0)))
    repl = [(inv.money(it["line"]) if False else fmt_money(it["line"], d, False), fmt_money(nl, d, False), "right"),
            (inv.money(D(d["sub"])), inv.money(nsub), "right"),
            (inv.money(d["total"]), inv.money(nt), "right")]
    if rate in vold and vold[rate] != nv[rate]:
        repl.append((inv.money(vold[rate]), inv.money(nv[rate]), "right"))
    return repl, {"total": inv.tot(nt)}, (fmt_num(it["qty"], d["numstyle"], 0), fmt_num(nq, d["numstyle"], 0))


# ------------------------------------------------------------------ the plan
# (source file, method, changes)   changes: list of total|date|buyer|quantity|qty_consistent
PLAN = [
    ("se_rl_001.pdf", "pikepdf_text_replace", ["total"]),
    ("se_rl_002.pdf", "pikepdf_text_replace", ["buyer"]),
    ("de_rl_001.pdf", "pikepdf_text_replace", ["date"]),
    ("gb_rl_001.pdf", "pikepdf_text_replace", ["quantity"]),
    ("nl_rl_001.pdf", "pikepdf_text_replace", ["qty_consistent"]),
    ("cn_ci_001.pdf", "pikepdf_text_replace", ["buyer", "date"]),
    ("pl_en_rl_001.pdf", "pikepdf_text_replace", ["total"]),
    ("it_rl_001.pdf", "pypdf_incremental_update", ["total"]),
    ("fi_rl_001.pdf", "pypdf_incremental_update", ["buyer"]),
    ("cn_ci_002.pdf", "pypdf_incremental_update", ["total"]),
    ("no_rl_001.pdf", "pypdf_incremental_update", ["date"]),
    ("se_rl_004.pdf", "pypdf_incremental_update", ["qty_consistent"]),
    ("se_fortnox_001.pdf", "overlay_whitebox", ["total"]),
    ("se_visma_001.pdf", "overlay_whitebox", ["buyer"]),
    ("dk_economic_001.pdf", "overlay_whitebox", ["date"]),
    ("de_eu_001.pdf", "overlay_whitebox", ["total"]),
    ("cn_vat_001.pdf", "overlay_whitebox", ["buyer"]),
    ("jp_seikyu_001.pdf", "overlay_whitebox", ["total"]),
    ("se_fp_001.pdf", "overlay_whitebox", ["quantity"]),
    ("pl_fp_001.pdf", "overlay_whitebox", ["total"]),
    ("se_docx_001.pdf", "overlay_whitebox", ["buyer"]),
    ("da_fods_001.pdf", "overlay_whitebox", ["total"]),
    ("se_svea_001.pdf", "annotation_freetext", ["total"]),
    ("fr_eu_001.pdf", "annotation_freetext", ["date"]),
    ("gb_visma_001.pdf", "annotation_freetext", ["buyer"]),
    ("es_docx_001.pdf", "annotation_freetext", ["total"]),
    ("se_visma_002.pdf", "online_editor_resave", ["buyer"]),
    ("fi_economic_001.pdf", "online_editor_resave", ["total"]),
    ("de_fods_001.pdf", "online_editor_resave", ["date"]),
    ("us_fods_001.pdf", "online_editor_resave", ["total"]),
    ("no_visma_001.pdf", "raster_reprint", ["total"]),
    ("se_fortnox_002.pdf", "raster_reprint", ["buyer"]),
    ("se_docx_002.pdf", "docx_edit_reexport", ["buyer"]),
    ("de_docx_001.pdf", "docx_edit_reexport", ["total"]),
    ("se_fortnox_003.pdf", "edit_then_scan", ["total"]),
    ("pl_docx_001.pdf", "edit_then_photo", ["buyer"]),
    ("se_scan_jpg_001.jpg", "image_paste", ["total"]),
    ("no_scan_jpg_001.jpg", "image_paste", ["buyer"]),
    ("gb_scan_jpg_001.jpg", "image_paste", ["date"]),
    ("se_photo_receipt_002.jpg", "image_paste", ["total"]),
    ("se_screenshot_001.png", "image_paste", ["total"]),
    ("se_scan_png_001.png", "image_clone", ["total"]),
    ("da_scan_jpg_001.jpg", "image_clone", ["total"]),
    ("se_photo_receipt_001.jpg", "image_clone", ["total"]),
    ("se_scan_copier_001.pdf", "scan_pdf_image_replace", ["total"]),
]

PDF_METHODS = {"pikepdf_text_replace": pikepdf_text_replace, "pypdf_incremental_update": pypdf_incremental,
               "overlay_whitebox": overlay_whitebox, "annotation_freetext": annotation_freetext,
               "online_editor_resave": online_editor_resave, "raster_reprint": raster_reprint}


def build_repl(inv, changes, rng, producer):
    repl, upd, what = [], {}, []
    for ch in changes:
        if ch == "qty_consistent":
            r, u, (oq, nq) = consistent_qty_total(inv, rng)
            it = max(inv.d["items"], key=lambda i: i["line"])
            repl += r + [(oq, nq, "right", it["sku"])]
            upd.update(u); what += ["quantity", "total"]
        else:
            r, u = plan_change(inv, ch, rng)
            if ch == "quantity":
                it = max(inv.d["items"], key=lambda i: i["line"])
                anchor = it["sku"] if producer.startswith(("reportlab_h", "reportlab_t", "html_")) else it["desc"][:30]
                r = [(r[0][0], r[0][1], "right", anchor)]
            repl += r; upd.update(u); what.append(ch)
    return repl, upd, what


def char_clone_total(inv, rec, rng):
    """Plan a one-digit copy-move on the printed total. Returns (tgt_box, src_box, page_h, new_total_str)."""
    s_old = inv.money(inv.d["total"])
    boxes, allc, ph = char_boxes(os.path.join(HERE, inv.d["src_pdf"]), s_old)
    if not boxes:
        return None
    digits = [i for i, (c, b) in enumerate(boxes) if c.isdigit()]
    # change the leading digit (the biggest effect on the amount)
    ti = digits[0]
    oc = boxes[ti][0]
    tb = boxes[ti][1]
    th = tb[3] - tb[1]
    cands = {}
    for c, b, fs in allc:
        if c.isdigit() and c != oc and c != "0" and abs((b[3] - b[1]) - th) < 0.6 and (b[1], b[0]) != (tb[1], tb[0]):
            cands.setdefault(c, b)
    if not cands:
        return None
    nc = rng.choice(sorted(cands))
    s_new = s_old[:len(s_old) - len("".join(c for c, _ in boxes))] if False else None
    chars = [c for c, _ in boxes]
    chars[ti] = nc
    new_str = "".join(chars)
    return tb, cands[nc], ph, new_str


def main():
    rng = random.Random(4646)
    labels = load_labels()
    out_recs = []
    for src_name, method, changes in PLAN:
        if src_name not in labels:
            print("skip (no source)", src_name); continue
        base = labels[src_name]
        inv = Inv(src_name)
        src = os.path.join(FILES, src_name)
        stem, ext = os.path.splitext(src_name)
        dst_name = f"{stem}_ed{ext}"
        dst = os.path.join(FILES, dst_name)
        repl, upd, what = build_repl(inv, [c for c in changes], rng, base["producer"])
        producer, ebc, pages = base["producer"], False, base["pages"]
        n = 0
        try:
            if method in PDF_METHODS:
                n = PDF_METHODS[method](src, dst, repl)
                if method == "raster_reprint":
                    producer = "pillow_image_pdf"
                pages = pdf_pages(dst)
            elif method == "docx_edit_reexport":
                n = docx_edit_reexport(os.path.join(HERE, inv.d["src"]), dst, repl)
                ebc = True
            elif method in ("edit_then_scan", "edit_then_photo"):
                tmp = os.path.join(WORK, stem + "_edited_src.pdf")
                n = overlay_whitebox(src, tmp, repl)
                cap = "scan_jpeg" if method == "edit_then_scan" else "photo"
                fname, pages, M, dpi = GS.capture(tmp, cap, rng, inv.d, stem + "_ed")
                dst_name = fname; dst = os.path.join(FILES, fname)
                producer = GS.PROD[cap]; ebc = True
                method = "overlay_whitebox_then_" + ("scan" if cap == "scan_jpeg" else "photo")
            elif method in ("image_paste", "scan_pdf_image_replace"):
                sp = os.path.join(HERE, inv.d["src_pdf"])
                if method == "scan_pdf_image_replace":
                    img = Image.open(io.BytesIO(pikepdf.open(src).pages[0].images[next(iter(pikepdf.open(src).pages[0].images))].read_raw_bytes())) if False else None
                    pdfp = pikepdf.open(src)
                    pimg = pikepdf.PdfImage(next(iter(pdfp.pages[0].images.values())))
                    img = pimg.as_pil_image().convert("RGB")
                else:
                    img = Image.open(src).convert("RGB")
                for old, new, align, *rest in repl:
                    occ, sizes = find_text(sp, old, page=0, anchor=rest[0] if rest else None)
                    for pi, rect, fs, bold in occ:
                        quad = pdf_rect_to_img(rect, sizes[0][1], inv.d["dpi"], inv.d["matrix"])
                        if quad[:, 1].max() > img.size[1] or quad[:, 0].max() > img.size[0]:
                            continue
                        img = image_paste(img, quad, new, align=align, bold=bold, rng=rng, noise=rng.random() < 0.6)
                        n += 1
                if method == "scan_pdf_image_replace":
                    img.convert("L").save(dst, "PDF", resolution=150)
                elif ext == ".png":
                    img.save(dst, "PNG")
                else:
                    img.save(dst, "JPEG", quality=rng.randint(80, 95))
            elif method == "image_clone":
                plan = char_clone_total(inv, base, rng)
                if plan:
                    tb, sb, ph, new_str = plan
                    img = Image.open(src).convert("RGB")
                    tq = pdf_rect_to_img(tb, ph, inv.d["dpi"], inv.d["matrix"])
                    sq = pdf_rect_to_img(sb, ph, inv.d["dpi"], inv.d["matrix"])
                    img = image_clone_digit(img, tq, sq)
                    (img.save(dst, "PNG") if ext == ".png" else img.save(dst, "JPEG", quality=rng.randint(82, 94)))
                    upd = {"total": inv.tot(parse_money(new_str, inv.d["numstyle"]))}
                    what = ["total"]; n = 1
        except Exception as e:
            import traceback; traceback.print_exc()
            print("FAILED", src_name, method, e)
            if os.path.exists(dst):
                os.remove(dst)
            continue
        if n == 0 or not os.path.exists(dst):
            print("NO CHANGE", src_name, method, repl)
            if os.path.exists(dst):
                os.remove(dst)
            continue
        rec = dict(base)
        rec.update(file=dst_name, genuine=False, edit_method=method, what_changed=sorted(set(what)), producer=producer,
                   pages=pages, edit_before_capture=ebc, arithmetic_error=False, derived_from=src_name, n_replaced=n)
        rec.update(upd)
        out_recs.append(rec)
        print("ok", dst_name, method, what, n, upd)
    write_part("edits", out_recs)


if __name__ == "__main__":
    main()
