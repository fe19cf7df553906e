"""PDF-level edits the way free tools do them: content-stream text replacement (pikepdf, or pypdf with an
incremental update), a white box plus new text merged on top (reportlab + pypdf), a FreeText annotation
(phone 'fill & sign' style), LibreOffice's PDF import -> edit -> export, page splicing, and raster flattening."""
import os, io, re, shutil, zipfile, subprocess, datetime
import numpy as np
import pikepdf
import pypdfium2 as pdfium
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import pdftext
import scanlib as S
from common import BUILD, SOFFICE, DEJAVU, DEJAVU_B, wqy_ttf

LO_PROFILE = "file://" + os.path.join(BUILD, "lo_profile")
TMP = os.path.join(BUILD, "edit_tmp")
os.makedirs(TMP, exist_ok=True)


class EditFailed(Exception):
    pass


def _pdf_date(dt):
    return dt.strftime("D:%Y%m%d%H%M%S+00'00'")


# ------------------------------------------------------------------ content-stream text replacement
def pikepdf_replace(src, out, pairs, limit=0, touch_meta=None, when=None):
    pdf = pikepdf.open(src)
    counts = pdftext.replace_in_pdf(pdf, pairs, limit=limit)
    miss = [o for o, c in counts.items() if c == 0]
    if miss:
        raise EditFailed(f"not replaceable in {os.path.basename(src)}: {miss}")
    if touch_meta:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            pass
        pdf.docinfo["/ModDate"] = _pdf_date(when or datetime.datetime(2026, 11, 30, 21, 14, 7))
        if touch_meta == "producer":
            pdf.docinfo["/Producer"] = "PDF Editor Free 3.2"
    pdf.save(out)
    return counts


def pypdf_incremental_replace(src, out, pairs, limit=0):
    """Same glyph-level replacement, but written as an incremental update appended to the original bytes."""
    pdf = pikepdf.open(src)
    newc = {}
    counts = pdftext.replace_in_pdf(pdf, pairs, limit=limit, new_content=newc)
    if any(c == 0 for c in counts.values()):
        raise EditFailed(f"not replaceable {counts}")
    if any(isinstance(k, tuple) for k in newc):
        raise EditFailed("text lives in a form XObject")
    w = PdfWriter(src, incremental=True)
    for pi, data in newc.items():
        st = DecodedStreamObject()
        st.set_data(data)
        w.pages[pi][NameObject("/Contents")] = w._add_object(st)
    w.add_metadata({"/ModDate": _pdf_date(datetime.datetime(2026, 11, 28, 9, 41, 55))})
    with open(out, "wb") as f:
        w.write(f)
    return counts


# ------------------------------------------------------------------ locating text + sampling colours
def locate(src, needle, page=0, which="all", near_y=None):
    hits, (pw, ph) = S.find_text(src, needle, page)
    if not hits:
        raise EditFailed(f"{needle!r} not found in {os.path.basename(src)} p{page}")
    if near_y is not None:
        hits = sorted(hits, key=lambda h: abs(h["origin"][1] - near_y))[:1]
    elif which == "first":
        hits = hits[:1]
    elif which == "last":
        hits = hits[-1:]
    elif isinstance(which, int):
        hits = [hits[which]]
    return hits, (pw, ph)


def _page_image(src, page, scale=3.0):
    pdf = pdfium.PdfDocument(src)
    return np.asarray(pdf[page].render(scale=scale).to_pil().convert("RGB")).astype(np.float32), scale


def sample_colours(img, scale, box, ph):
    """Background = median of a ring around the box; ink = the pixel inside furthest from it; boldness from ink cover."""
    l, b, r, t = box
    x0, y0, x1, y1 = int(l * scale), int((ph - t) * scale), int(r * scale) + 1, int((ph - b) * scale) + 1
    H, W, _ = img.shape
    pad = int(3 * scale)
    X0, Y0, X1, Y1 = max(0, x0 - pad), max(0, y0 - pad), min(W, x1 + pad), min(H, y1 + pad)
    ring = np.concatenate([img[Y0:y0, X0:X1].reshape(-1, 3), img[y1:Y1, X0:X1].reshape(-1, 3),
                           img[y0:y1, X0:x0].reshape(-1, 3), img[y0:y1, x1:X1].reshape(-1, 3)])
    bg = np.median(ring, axis=0) if len(ring) else np.array([255, 255, 255.0])
    inside = img[y0:y1, x0:x1].reshape(-1, 3)
    if len(inside) == 0:
        return bg / 255, np.zeros(3), 0.0
    d = np.abs(inside - bg).sum(axis=1)
    ink = inside[np.argmax(d)]
    cover = float((d > 120).mean())
    return bg / 255, ink / 255, cover


def stroke_ratio(src, page, box, scale=8.0, cap=None):
    """Stroke thickness of the glyphs in a box relative to their height: ~0.12-0.14 regular, ~0.2+ bold."""
    import cv2
    pdf = pdfium.PdfDocument(src)
    pg = pdf[page]
    pw, ph = pg.get_size()
    l, b, r, t = box
    im = pg.render(scale=scale, crop=(max(0, l - 1), max(0, b - 1), max(0, pw - r - 1), max(0, ph - t - 1))).to_pil().convert("L")
    a = np.asarray(im)
    a = a.astype(np.int32)
    mask = (a < (a.max() + a.min()) / 2).astype(np.uint8)
    if a.mean() < 128:          # light text on a dark band
        mask = 1 - mask
    if mask.sum() < 10:
        return 0.0
    dt = cv2.distanceTransform(mask, cv2.DIST_L2, 3)
    return float(2 * np.percentile(dt[mask > 0], 90) / max(1.0, (cap or (t - b)) * scale))


_reg = False


def _fonts():
    global _reg
    if not _reg:
        pdfmetrics.registerFont(TTFont("EdDV", DEJAVU))
        pdfmetrics.registerFont(TTFont("EdDVB", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("EdWQY", wqy_ttf()))
        _reg = True


def _pick_font(text, bold, family):
    _fonts()
    if any(ord(c) > 0x2E80 for c in text):
        return "EdWQY"
    if family == "dejavu":
        return "EdDVB" if bold else "EdDV"
    if any(ord(c) > 255 and c not in "€" for c in text):
        return "EdDVB" if bold else "EdDV"
    return "Helvetica-Bold" if bold else "Helvetica"


def plan_overlay(src, targets, family="helvetica"):
    """targets: dicts(old, new, page=0, which='all', align='right'|'left', near_y=None).
    Returns a list of boxes to draw: (page, rect, bg, ink, font, size, x, y, align, text)."""
    draws = []
    cache = {}
    for tg in targets:
        page = tg.get("page", 0)
        hits, (pw, ph) = locate(src, tg["old"], page, tg.get("which", "all"), tg.get("near_y"))
        if page not in cache:
            cache[page] = _page_image(src, page)
        img, sc = cache[page]
        for h in hits:
            l, b, r, t = h["box"]
            ox, oy = h["origin"]
            has_cap = any(c.isdigit() or c.isupper() for c in tg["old"])
            size = (t - oy) / (0.73 if has_cap else 0.55)
            bg, ink, cover = sample_colours(img, sc, h["box"], ph)
            named = any(ch.get("font") for ch in h["chars"])
            bold = h["weight"] >= 700 or (not named and stroke_ratio(src, page, h["box"], cap=t - oy) > 0.14)
            font = _pick_font(tg["new"], bold, family)
            wnew = stringWidth(tg["new"], font, size)
            align = tg.get("align", "left")
            if align == "right":
                x = r
                nl, nr = r - wnew, r
            else:
                x = ox
                nl, nr = ox, ox + wnew
            pad = tg.get("pad", 1.2)
            rect = (min(l, nl) - pad, oy - 0.24 * size, max(r, nr) + pad - min(l, nl) + pad, (t - oy) + 0.24 * size + pad + 0.5)
            draws.append(dict(page=page, rect=rect, bg=tuple(bg), ink=tuple(ink), font=font, size=size, x=x, y=oy,
                              align=align, text=tg["new"], page_size=(pw, ph)))
    return draws


def overlay_whitebox(src, out, targets, family="helvetica", white=False):
    """Cover old text with a box (pure white, or a colour picked from the page) and type over it; merge with pypdf."""
    draws = plan_overlay(src, targets, family)
    reader = PdfReader(src)
    ov_path = os.path.join(TMP, "overlay_" + os.path.basename(out))
    pages = sorted(set(d["page"] for d in draws))
    pw, ph = draws[0]["page_size"]
    c = canvas.Canvas(ov_path, pagesize=(pw, ph))
    for i in range(len(reader.pages)):
        for d in [d for d in draws if d["page"] == i]:
            c.setFillColorRGB(*((1, 1, 1) if white else d["bg"]))
            x, y, w, h = d["rect"]
            c.rect(x, y, w, h, stroke=0, fill=1)
            c.setFillColorRGB(*d["ink"])
            c.setFont(d["font"], d["size"])
            (c.drawRightString if d["align"] == "right" else c.drawString)(d["x"], d["y"], d["text"])
        c.showPage()
    c.save()
    ov = PdfReader(ov_path)
    w = PdfWriter(clone_from=src)
    for i in pages:
        w.pages[i].merge_page(ov.pages[i])
    with open(out, "wb") as f:
        w.write(f)
    return draws


def annotate_freetext(src, out, targets):
    """Phone 'fill & sign' style: a FreeText annotation with an opaque appearance that hides the old value."""
    draws = plan_overlay(src, targets, "helvetica")
    pdf = pikepdf.open(src)
    for d in draws:
        page = pdf.pages[d["page"]]
        x, y, w, h = d["rect"]
        font = "Helvetica-Bold" if "Bold" in d["font"] else "Helvetica"
        tw = stringWidth(d["text"], font, d["size"])
        tx = (d["x"] - x - tw) if d["align"] == "right" else (d["x"] - x)
        ty = d["y"] - y
        txt = d["text"].encode("cp1252")
        esc = txt.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ap = (b"q 1 1 1 rg 0 0 %.2f %.2f re f Q BT /Helv %.2f Tf %.3f %.3f %.3f rg %.2f %.2f Td (" % (w, h, d["size"], *d["ink"], tx, ty)
              + esc + b") Tj ET")
        fontd = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name("/" + font),
                                   Encoding=pikepdf.Name.WinAnsiEncoding)
        apstream = pikepdf.Stream(pdf, ap)
        apstream["/Type"] = pikepdf.Name.XObject
        apstream["/Subtype"] = pikepdf.Name.Form
        apstream["/BBox"] = [0, 0, w, h]
        apstream["/Resources"] = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=fontd))
        annot = pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText,
                                   Rect=[x, y, x + w, y + h], Contents=pikepdf.String(d["text"]),
                                   DA=pikepdf.String("/Helv %.1f Tf 0 g" % d["size"]), F=4,
                                   T=pikepdf.String("Fill & Sign"), M=pikepdf.String(_pdf_date(datetime.datetime(2026, 11, 29, 22, 3, 11))),
                                   AP=pikepdf.Dictionary(N=pdf.make_indirect(apstream)))
        if "/Annots" not in page.obj:
            page.obj.Annots = pikepdf.Array()
        page.obj.Annots.append(pdf.make_indirect(annot))
    pdf.save(out)
    return draws


# ------------------------------------------------------------------ LibreOffice: import PDF, edit, export
def lo_import_edit(src, out, pairs):
    from xml.sax.saxutils import escape
    work = os.path.join(TMP, "lo_" + os.path.splitext(os.path.basename(out))[0])
    os.makedirs(work, exist_ok=True)
    stem = "edit"
    shutil.copyfile(src, os.path.join(work, stem + ".pdf"))
    subprocess.run([SOFFICE, f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--infilter=writer_pdf_import",
                    "--convert-to", "odt", "--outdir", work, os.path.join(work, stem + ".pdf")],
                   timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    odt = os.path.join(work, stem + ".odt")
    if not os.path.exists(odt):
        raise EditFailed("LibreOffice import failed")
    with zipfile.ZipFile(odt) as z:
        items = {n: z.read(n) for n in z.namelist()}
    xml = items["content.xml"].decode("utf-8")
    for old, new in pairs:
        eo, en = escape(old), escape(new)
        if eo not in xml:
            raise EditFailed(f"{old!r} not in imported text")
        xml = xml.replace(eo, en)
    items["content.xml"] = xml.encode("utf-8")
    odt2 = os.path.join(work, stem + "2.odt")
    with zipfile.ZipFile(odt2, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), items.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for n, data in items.items():
            z.writestr(n, data, compress_type=zipfile.ZIP_DEFLATED)
    subprocess.run([SOFFICE, f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", work, odt2], timeout=300, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    res = os.path.join(work, stem + "2.pdf")
    if not os.path.exists(res):
        raise EditFailed("LibreOffice export failed")
    shutil.copyfile(res, out)


# ------------------------------------------------------------------ splice, flatten
def splice(parts, out):
    """parts: list of (pdf_path, page_index)."""
    w = PdfWriter()
    for path, pi in parts:
        w.add_page(PdfReader(path).pages[pi])
    w.add_metadata({"/Producer": "PDFsam-like merge (pypdf)"})
    with open(out, "wb") as f:
        w.write(f)


def raster_flatten(src, out, dpi=150, quality=85):
    ims = S.render(src, dpi)
    S.images_to_pdf(ims, out, dpi=dpi, quality=quality, producer="Microsoft: Print To PDF")
