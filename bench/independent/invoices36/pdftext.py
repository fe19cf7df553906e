"""Low-level helpers for the edit stage: find printed strings in a PDF (pdfium), rewrite text
inside content streams (pikepdf / pypdf), build reportlab overlays."""
import re, io, os, ctypes
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

NUMCH = set("0123456789")


# ------------------------------------------------------------------ ToUnicode handling
def _hex(s):
    return bytes.fromhex(s)


def parse_tounicode(data):
    """Return (code->unicode dict with bytes keys, code length)."""
    txt = data.decode("latin-1", "ignore")
    m = {}
    clen = 1
    cs = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", txt)
    if cs:
        clen = len(cs.group(1)) // 2
    for block in re.findall(r"beginbfchar(.*?)endbfchar", txt, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            try:
                m[_hex(src)] = _hex(dst).decode("utf-16-be")
            except Exception:
                pass
    for block in re.findall(r"beginbfrange(.*?)endbfrange", txt, re.S):
        for a, b, rest in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo, hi = int(a, 16), int(b, 16)
            n = len(a) // 2
            if rest.startswith("["):
                dsts = re.findall(r"<([0-9A-Fa-f]*)>", rest)
                for k, d in enumerate(dsts):
                    m[(lo + k).to_bytes(n, "big")] = _hex(d).decode("utf-16-be", "ignore")
            else:
                base = int(rest.strip("<>"), 16)
                width = len(rest.strip("<>")) // 2
                for k in range(hi - lo + 1):
                    try:
                        m[(lo + k).to_bytes(n, "big")] = (base + k).to_bytes(width, "big").decode("utf-16-be")
                    except Exception:
                        pass
    return m, clen


class FontCodec:
    def __init__(self, font):
        self.ok = True
        self.clen = 1
        self.dec = {}
        tu = font.get("/ToUnicode")
        sub = str(font.get("/Subtype"))
        if tu is not None:
            self.dec, self.clen = parse_tounicode(tu.read_bytes())
            if sub == "/Type0":
                self.clen = max(self.clen, 2)
        elif sub == "/Type0":
            self.ok = False
        else:
            # simple font without ToUnicode: WinAnsi (ReportLab / fpdf2 core fonts)
            for i in range(32, 256):
                try:
                    self.dec[bytes([i])] = bytes([i]).decode("cp1252")
                except Exception:
                    pass
        self.enc = {}
        for k, v in self.dec.items():
            if len(v) == 1 and v not in self.enc:
                self.enc[v] = k

    def decode(self, b):
        out = []
        for i in range(0, len(b), self.clen):
            out.append(self.dec.get(bytes(b[i:i + self.clen]), "\ufffd"))
        return out  # list, one entry per code

    def encode(self, s):
        try:
            return b"".join(self.enc[ch] for ch in s)
        except KeyError:
            return None


def _boundary_ok(text, i, j):
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if before in NUMCH or after in NUMCH:
        return False
    if before in ".,'" and i > 1 and text[i - 2] in NUMCH:
        return False
    if after in ".,'" and j + 1 < len(text) and text[j + 1] in NUMCH:
        return False
    return True


def replace_in_page(pdf, page, pairs, max_per_pair=None, only_first=False):
    """Replace text (old->new) inside Tj/TJ operators of one page. Returns dict old->count.
    Kerning inside a modified TJ array is dropped (as most editors do)."""
    fonts = {}
    res = page.obj.get("/Resources", {})
    fdict = res.get("/Font", {}) if res is not None else {}
    for name in list(fdict.keys()) if fdict is not None else []:
        try:
            fonts[str(name)] = FontCodec(fdict[name])
        except Exception:
            pass
    ops = pikepdf.parse_content_stream(page)
    cur = None
    counts = {o: 0 for o, _ in pairs}
    new_ops = []
    for operands, op in ops:
        opn = str(op)
        if opn == "Tf":
            cur = fonts.get(str(operands[0]))
        if opn in ("Tj", "TJ") and cur is not None and cur.ok:
            if opn == "Tj":
                parts = [bytes(operands[0])]
            else:
                parts = [bytes(x) if isinstance(x, pikepdf.String) else x for x in operands[0]]
            strs = [(k, p) for k, p in enumerate(parts) if isinstance(p, bytes)]
            chars, owner = [], []
            for k, p in strs:
                dc = cur.decode(p)
                chars += dc
                owner += [k] * len(dc)
            text = "".join(c if len(c) == 1 else "\ufffd" for c in chars)
            changed = False
            for old, new in pairs:
                if only_first and counts[old] >= 1:
                    continue
                start = 0
                while True:
                    i = text.find(old, start)
                    if i < 0:
                        break
                    j = i + len(old)
                    if not _boundary_ok(text, i, j):
                        start = i + 1
                        continue
                    enc_new = cur.encode(new)
                    if enc_new is None:
                        start = j
                        break
                    # rebuild: keep parts before and after the matched span; merge spanned parts
                    k0, k1 = owner[i], owner[j - 1]
                    # code offsets inside parts
                    before_codes = [n for n in range(i) if owner[n] == k0]
                    after_codes = [n for n in range(j, len(text)) if owner[n] == k1]
                    pre = b"".join(_code_at(parts[k0], cur, n - _first_index(owner, k0)) for n in before_codes)
                    post = b"".join(_code_at(parts[k1], cur, n - _first_index(owner, k1)) for n in after_codes)
                    merged = pre + enc_new + post
                    parts = parts[:k0] + [merged] + parts[k1 + 1:]
                    # recompute text/owner
                    chars, owner = [], []
                    for k, p in enumerate(parts):
                        if isinstance(p, bytes):
                            dc = cur.decode(p)
                            chars += dc
                            owner += [k] * len(dc)
                    text = "".join(c if len(c) == 1 else "\ufffd" for c in chars)
                    counts[old] += 1
                    changed = True
                    start = i + len(new)
                    if only_first:
                        break
            if changed:
                if opn == "Tj":
                    operands = [pikepdf.String(parts[0])]
                else:
                    arr = [pikepdf.String(p) if isinstance(p, bytes) else p for p in parts]
                    operands = [pikepdf.Array(arr)]
        new_ops.append((operands, op))
    if any(counts.values()):
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    return counts


def _first_index(owner, k):
    return owner.index(k)


def _code_at(part, codec, n):
    return bytes(part[n * codec.clen:(n + 1) * codec.clen])


def pikepdf_replace(src, dst, pairs, only_first=False, keep_meta=True, mod_date=None, linearize=False, object_streams=False):
    pdf = pikepdf.open(src)
    tot = {o: 0 for o, _ in pairs}
    for page in pdf.pages:
        c = replace_in_page(pdf, page, pairs, only_first=only_first)
        for k, v in c.items():
            tot[k] += v
    if mod_date:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            pass
        pdf.docinfo["/ModDate"] = mod_date
    pdf.save(dst, linearize=linearize, object_stream_mode=pikepdf.ObjectStreamMode.generate if object_streams else pikepdf.ObjectStreamMode.preserve)
    return tot


def pypdf_incremental_replace(src, dst, pairs, producer=None):
    """Content-stream edit saved as an incremental update (original bytes kept, new objects appended)."""
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, DecodedStreamObject
    # do the stream surgery with pikepdf on a scratch copy, then move only the changed streams through pypdf
    tmp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_build", "edits", os.path.basename(dst) + ".tmp.pdf")
    os.makedirs(os.path.dirname(tmp), exist_ok=True)
    counts = pikepdf_replace(src, tmp, pairs)
    if not any(counts.values()):
        os.remove(tmp)
        return counts
    new = pikepdf.open(tmp)
    orig = pikepdf.open(src)

    def content_bytes(pg):
        c = pg.obj.get("/Contents")
        if c is None:
            return b""
        if isinstance(c, pikepdf.Stream):
            return c.read_bytes()
        return b"".join(x.read_bytes() for x in c)
    w = PdfWriter(src, incremental=True)
    for i, page in enumerate(w.pages):
        data = content_bytes(new.pages[i])
        if data != content_bytes(orig.pages[i]):
            so = DecodedStreamObject()
            so.set_data(data)
            so = so.flate_encode()
            page[NameObject("/Contents")] = w._add_object(so)
    if producer:
        w.add_metadata({"/Producer": producer})
    with open(dst, "wb") as fh:
        w.write(fh)
    new.close(); orig.close()
    os.remove(tmp)
    return counts


# ------------------------------------------------------------------ locating strings with pdfium
def find_text(path, s, pages=None, whole=True):
    """Return list of dict(page, rect=(l,b,r,t) loose, tight, size, weight, color, font) for each occurrence."""
    pdf = pdfium.PdfDocument(path)
    out = []
    for pi in range(len(pdf)):
        if pages is not None and pi not in pages:
            continue
        page = pdf[pi]
        tp = page.get_textpage()
        n = tp.count_chars()
        full = tp.get_text_range(0, n) if n else ""
        srch = tp.search(s, match_case=True)
        while True:
            res = srch.get_next()
            if not res:
                break
            idx, cnt = res
            if whole:
                text_before = tp.get_text_range(max(0, idx - 2), min(2, idx)) if idx > 0 else ""
                text_after = tp.get_text_range(idx + cnt, min(2, n - idx - cnt)) if idx + cnt < n else ""
                t = text_before + s + text_after
                if not _boundary_ok(t, len(text_before), len(text_before) + len(s)):
                    continue
            boxes = [tp.get_charbox(k, loose=True) for k in range(idx, idx + cnt)]
            tight = [tp.get_charbox(k) for k in range(idx, idx + cnt)]
            chars = [(tp.get_text_range(k, 1), tp.get_charbox(k)) for k in range(idx, idx + cnt)]
            l = min(b[0] for b in boxes); bt = min(b[1] for b in boxes); r = max(b[2] for b in boxes); t_ = max(b[3] for b in boxes)
            tl = min(b[0] for b in tight); tb = min(b[1] for b in tight if b[3] > b[1]) if any(b[3] > b[1] for b in tight) else bt
            tr = max(b[2] for b in tight); tt = max(b[3] for b in tight)
            size = pdfium_c.FPDFText_GetFontSize(tp.raw, idx + cnt // 2)
            weight = pdfium_c.FPDFText_GetFontWeight(tp.raw, idx + cnt // 2)
            rr, gg, bb, aa = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
            pdfium_c.FPDFText_GetFillColor(tp.raw, idx + cnt // 2, rr, gg, bb, aa)
            buf = ctypes.create_string_buffer(128)
            flags = ctypes.c_int()
            pdfium_c.FPDFText_GetFontInfo(tp.raw, idx + cnt // 2, buf, 128, flags)
            out.append(dict(page=pi, rect=(l, bt, r, t_), tight=(tl, tb, tr, tt), size=size, weight=weight, color=(rr.value, gg.value, bb.value),
                            font=buf.value.decode("latin-1", "ignore"), chars=chars, page_size=page.get_size()))
    return out


def all_chars(path, page_index):
    """All characters with tight boxes on a page (for image cloning)."""
    pdf = pdfium.PdfDocument(path)
    tp = pdf[page_index].get_textpage()
    n = tp.count_chars()
    return [(tp.get_text_range(k, 1), tp.get_charbox(k), pdfium_c.FPDFText_GetFontSize(tp.raw, k)) for k in range(n)]


def sample_bg(path, page_index, rect, scale=2.0):
    """Median colour around a rectangle (PDF points) and darkest colour inside (text colour)."""
    import numpy as np
    pdf = pdfium.PdfDocument(path)
    page = pdf[page_index]
    w, h = page.get_size()
    img = page.render(scale=scale).to_pil().convert("RGB")
    a = np.array(img)
    l, b, r, t = rect
    x0, x1 = int(l * scale), int(r * scale)
    y0, y1 = int((h - t) * scale), int((h - b) * scale)
    pad = 3
    ring = np.concatenate([a[max(0, y0 - pad):y0, x0:x1].reshape(-1, 3), a[y1:y1 + pad, x0:x1].reshape(-1, 3),
                           a[y0:y1, max(0, x0 - pad):x0].reshape(-1, 3), a[y0:y1, x1:x1 + pad].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (255, 255, 255)
    inside = a[y0:y1, x0:x1].reshape(-1, 3)
    if len(inside):
        lum = inside.sum(axis=1)
        fg = tuple(int(v) for v in inside[lum.argmin()]) if abs(int(lum.min()) - sum(bg)) > 60 else (0, 0, 0)
    else:
        fg = (0, 0, 0)
    return bg, fg


# ------------------------------------------------------------------ overlays
def make_overlay(page_sizes, items, path, font_regular="Helvetica", font_bold="Helvetica-Bold"):
    """items: list of dict(page, rect, text, size, bold, align('right'|'left'), bg(rgb) or None, fg(rgb), baseline)"""
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(path)
    for pi, (w, h) in enumerate(page_sizes):
        c.setPageSize((w, h))
        for it in items:
            if it["page"] != pi:
                continue
            l, b, r, t = it["rect"]
            if it.get("bg") is not None:
                c.setFillColorRGB(*[v / 255 for v in it["bg"]])
                padx = it.get("padx", 1.2)
                c.rect(l - padx, b - 0.8, (r - l) + 2 * padx + it.get("extra_w", 0) * (1 if it.get("align") == "left" else 0), (t - b) + 1.6, stroke=0, fill=1)
                if it.get("align") == "right" and it.get("extra_w"):
                    c.rect(l - padx - it["extra_w"], b - 0.8, it["extra_w"], (t - b) + 1.6, stroke=0, fill=1)
            c.setFillColorRGB(*[v / 255 for v in it.get("fg", (0, 0, 0))])
            fn = it.get("font") or (font_bold if it.get("bold") else font_regular)
            c.setFont(fn, it["size"])
            y = it.get("baseline", b + (t - b) * 0.22)
            if it.get("align") == "right":
                c.drawRightString(r, y, it["text"])
            else:
                c.drawString(l, y, it["text"])
        c.showPage()
    c.save()


def merge_overlay(src, overlay, dst, incremental=False, producer=None):
    from pypdf import PdfReader, PdfWriter
    ov = PdfReader(overlay)
    if incremental:
        w = PdfWriter(src, incremental=True)
    else:
        w = PdfWriter(clone_from=PdfReader(src))
    for i, p in enumerate(w.pages):
        if i < len(ov.pages) and ov.pages[i].get_contents() is not None and ov.pages[i].get_contents().get_data().strip():
            p.merge_page(ov.pages[i])
    if producer:
        w.add_metadata({"/Producer": producer})
    with open(dst, "wb") as fh:
        w.write(fh)


def add_freetext(src, dst, items, author="", producer=None):
    """Online-editor style 'add text' box: FreeText annotation with its own appearance stream (white box + text)."""
    from pypdf import PdfWriter
    from pypdf.generic import (DictionaryObject, NameObject, ArrayObject, FloatObject, TextStringObject, NumberObject, DecodedStreamObject)
    w = PdfWriter(src, incremental=True)
    for it in items:
        page = w.pages[it["page"]]
        l, b, r, t = it["rect"]
        pad = 1.5
        l, b, r, t = l - pad - it.get("extra_w", 0), b - pad, r + pad, t + pad
        wd, ht = r - l, t - b
        fs = it["size"]
        text = it["text"]
        from reportlab.pdfbase.pdfmetrics import stringWidth
        tw = stringWidth(text, "Helvetica", fs)
        x = wd - tw - pad if it.get("align") == "right" else pad
        esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ap = DecodedStreamObject()
        ap.set_data(f"q 1 1 1 rg 0 0 {wd:.2f} {ht:.2f} re f Q BT /Helv {fs:.2f} Tf 0 g {x:.2f} {ht * 0.25:.2f} Td ({esc}) Tj ET".encode("latin-1"))
        helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wd), FloatObject(ht)]),
                   NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): w._add_object(helv)})})})
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject([FloatObject(l), FloatObject(b), FloatObject(r), FloatObject(t)]),
            NameObject("/Contents"): TextStringObject(text), NameObject("/DA"): TextStringObject(f"/Helv {fs:.1f} Tf 0 g"),
            NameObject("/F"): NumberObject(4), NameObject("/T"): TextStringObject(author),
            NameObject("/C"): ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)})})
        w.add_annotation(page_number=it["page"], annotation=annot)
    if producer:
        w.add_metadata({"/Producer": producer})
    with open(dst, "wb") as fh:
        w.write(fh)
