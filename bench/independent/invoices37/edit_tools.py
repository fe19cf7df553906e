"""Low-level tools a panicking seller (or the tools they use) would apply to a file:
content-stream text replacement (full rewrite or incremental update), white box +
new text overlays merged with pypdf, FreeText annotations, page swaps, and pixel
edits on scans, photos and screenshots."""
import io, re, os, math, ctypes, copy, random
import numpy as np
import pikepdf
import pypdf
from pypdf.generic import (NameObject, DictionaryObject, ArrayObject, FloatObject, NumberObject, TextStringObject,
                           StreamObject, DecodedStreamObject)
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from common import WQY_TTC, DEJAVU, DEJAVU_B, DEJAVU_MONO, DEJAVU_SERIF


class EditError(Exception):
    pass


# ====================================================================== locating text (pdfium)

def _eff_size(tp, i):
    """Font size as it appears on the page (Tf size times the text/CTM scale)."""
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(tp.raw, i, ctypes.byref(m))
    scale = math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0
    return pdfium_c.FPDFText_GetFontSize(tp.raw, i) * scale


def find_text(pdf_path, text, page_index=None):
    """All occurrences of `text`: list of dict(page, bbox, chars=[(ch, box, origin)], size)."""
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    pages = range(len(doc)) if page_index is None else [page_index]
    for pi in pages:
        page = doc[pi]
        tp = page.get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            idx, cnt = r
            chars = []
            for i in range(idx, idx + cnt):
                box = tp.get_charbox(i, loose=True)
                tight = tp.get_charbox(i)
                x, y = ctypes.c_double(), ctypes.c_double()
                pdfium_c.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
                size = _eff_size(tp, i)
                ch = chr(pdfium_c.FPDFText_GetUnicode(tp.raw, i))
                chars.append(dict(ch=ch, loose=box, tight=tight, origin=(x.value, y.value), size=size))
            vis = [c for c in chars if not c["ch"].isspace()]
            x0 = min(c["loose"][0] for c in vis)
            y0 = min(c["loose"][1] for c in vis)
            x1 = max(c["loose"][2] for c in vis)
            y1 = max(c["loose"][3] for c in vis)
            out.append(dict(page=pi, bbox=(x0, y0, x1, y1), chars=chars, size=max(c["size"] for c in vis),
                            baseline=vis[0]["origin"][1], x_start=vis[0]["origin"][0]))
        s.close()
        tp.close()
    doc.close()
    return out


def all_chars(pdf_path, page_index=0):
    """Every character on a page with its loose box (used for cloning glyphs in scans)."""
    doc = pdfium.PdfDocument(pdf_path)
    tp = doc[page_index].get_textpage()
    out = []
    for i in range(tp.count_chars()):
        ch = chr(pdfium_c.FPDFText_GetUnicode(tp.raw, i))
        if ch.isspace():
            continue
        out.append(dict(ch=ch, loose=tp.get_charbox(i, loose=True), tight=tp.get_charbox(i),
                        size=_eff_size(tp, i)))
    tp.close()
    doc.close()
    return out


def page_text(pdf_path, page_index=None):
    doc = pdfium.PdfDocument(pdf_path)
    pages = range(len(doc)) if page_index is None else [page_index]
    t = "\n".join(doc[i].get_textpage().get_text_range() for i in pages)
    doc.close()
    return t


def pick(occ, which):
    if not occ:
        raise EditError("text not found")
    if which == "all":
        return occ
    if which == "last":
        return [occ[-1]]
    if which == "first":
        return [occ[0]]
    if isinstance(which, int):
        return [occ[which]]
    if callable(which):
        r = [o for o in occ if which(o)]
        if not r:
            raise EditError("no occurrence passes the filter")
        return r
    raise ValueError(which)


# ====================================================================== content-stream replacement

def _parse_cmap(data):
    m = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[bytes.fromhex(src.decode())] = bytes.fromhex(dst.decode()).decode("utf-16-be", "replace")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block):
            lo_b, hi_b = bytes.fromhex(lo.decode()), bytes.fromhex(hi.decode())
            n = len(lo_b)
            a, b = int.from_bytes(lo_b, "big"), int.from_bytes(hi_b, "big")
            if rest.startswith(b"["):
                dsts = re.findall(rb"<([0-9A-Fa-f]+)>", rest)
                for k, d in enumerate(dsts):
                    m[(a + k).to_bytes(n, "big")] = bytes.fromhex(d.decode()).decode("utf-16-be", "replace")
            else:
                base = bytes.fromhex(rest[1:-1].decode())
                bi = int.from_bytes(base, "big")
                for k in range(b - a + 1):
                    m[(a + k).to_bytes(n, "big")] = (bi + k).to_bytes(len(base), "big").decode("utf-16-be", "replace")
    return m


class FontMap:
    def __init__(self, font):
        self.two = str(font.get("/Subtype")) == "/Type0"
        self.n = 2 if self.two else 1
        self.map = {}
        if "/ToUnicode" in font:
            self.map = _parse_cmap(font.ToUnicode.read_bytes())
        if not self.map:
            for i in range(32, 256):
                try:
                    self.map[bytes([i])] = bytes([i]).decode("cp1252")
                except UnicodeDecodeError:
                    pass
            self.simple_std = True
        self.rev = {}
        for k, v in self.map.items():
            self.rev.setdefault(v, k)

    def decode(self, b):
        out = []
        for i in range(0, len(b), self.n):
            code = b[i:i + self.n]
            out.append((self.map.get(code, "\ufffd"), code))
        return out

    def encode(self, s):
        try:
            return b"".join(self.rev[ch] for ch in s)
        except KeyError as e:
            raise EditError(f"glyph {e} not in font subset")

    def has(self, s):
        return all(ch in self.rev for ch in s)


def _fonts_of(page):
    res = page.obj.get("/Resources") if hasattr(page, "obj") else page.get("/Resources")
    fonts = {}
    if res is not None and "/Font" in res:
        for name, f in res.Font.items():
            fonts[str(name)] = FontMap(f)
    return fonts


def replace_in_page(pdf, page, replacements):
    """replacements: list of (old, new, which).  Returns new content bytes.
    Equal-length replacements swap glyph codes in place (works across operators);
    otherwise the match must sit inside one string and that string is rewritten."""
    fonts = _fonts_of(page)
    instrs = list(pikepdf.parse_content_stream(page))
    glyphs = []  # (instr_idx, elem_idx or None, start_byte, code, char, fontname)
    font = None
    for ii, ins in enumerate(instrs):
        op = str(ins.operator)
        if op == "Tf":
            font = str(ins.operands[0])
        elif op in ("Tj", "'", '"', "TJ"):
            fm = fonts.get(font)
            if fm is None:
                continue
            if op == "TJ":
                elems = list(ins.operands[0])
                for ei, el in enumerate(elems):
                    if isinstance(el, pikepdf.String):
                        pos = 0
                        for ch, code in fm.decode(bytes(el)):
                            glyphs.append([ii, ei, pos, code, ch, font])
                            pos += len(code)
            else:
                el = ins.operands[-1]
                pos = 0
                for ch, code in fm.decode(bytes(el)):
                    glyphs.append([ii, None, pos, code, ch, font])
                    pos += len(code)
    text = "".join(g[4] for g in glyphs)
    changes = {}  # (ii, ei) -> list of (start_pos, old_len_bytes, new_bytes)
    total_hits = 0
    # boundaries of each text-showing operator (for whole-string matches)
    op_start, op_end = set(), set()
    for gi, g in enumerate(glyphs):
        if gi == 0 or (glyphs[gi - 1][0], glyphs[gi - 1][1]) != (g[0], g[1]):
            op_start.add(gi)
        if gi == len(glyphs) - 1 or (glyphs[gi + 1][0], glyphs[gi + 1][1]) != (g[0], g[1]):
            op_end.add(gi)
    for rep in replacements:
        old, new, which = rep[:3]
        whole = len(rep) > 3 and rep[3]
        hits = [m.start() for m in re.finditer(re.escape(old), text)]
        if whole:
            hits = [h for h in hits if h in op_start and (h + len(old) - 1) in op_end]
        if not hits:
            continue
        if which == "last":
            hits = hits[-1:]
        elif which == "first":
            hits = hits[:1]
        elif isinstance(which, int):
            hits = [hits[which]] if which < len(hits) else []
        for h in hits:
            seg = glyphs[h:h + len(old)]
            if len(new) == len(old):
                for g, ch in zip(seg, new):
                    fm = fonts[g[5]]
                    code = fm.encode(ch)
                    if len(code) != len(g[3]):
                        raise EditError("code width differs")
                    changes.setdefault((g[0], g[1]), []).append((g[2], len(g[3]), code))
            else:
                keys = {(g[0], g[1]) for g in seg}
                if len(keys) != 1:
                    raise EditError("different-length replacement spans several strings")
                fm = fonts[seg[0][5]]
                code = fm.encode(new)
                start = seg[0][2]
                ln = sum(len(g[3]) for g in seg)
                changes.setdefault((seg[0][0], seg[0][1]), []).append((start, ln, code))
            total_hits += 1
    if not total_hits:
        raise EditError("nothing replaced")
    for (ii, ei), lst in changes.items():
        ins = instrs[ii]
        if ei is None:
            b = bytearray(bytes(ins.operands[-1]))
        else:
            b = bytearray(bytes(ins.operands[0][ei]))
        for start, ln, code in sorted(lst, key=lambda x: -x[0]):
            b[start:start + ln] = code
        if ei is None:
            ops = list(ins.operands)
            ops[-1] = pikepdf.String(bytes(b))
            instrs[ii] = pikepdf.ContentStreamInstruction(ops, ins.operator)
        else:
            arr = list(ins.operands[0])
            arr[ei] = pikepdf.String(bytes(b))
            instrs[ii] = pikepdf.ContentStreamInstruction([pikepdf.Array(arr)], ins.operator)
    return pikepdf.unparse_content_stream(instrs), total_hits


def text_replace(src, dst, replacements, page_indices=None, incremental=False, producer=None, moddate=None):
    """replacements: list of (old, new, which) applied on the given pages (default all)."""
    with pikepdf.open(src) as pdf:
        new_contents = {}
        hits = 0
        for pi, page in enumerate(pdf.pages):
            if page_indices is not None and pi not in page_indices:
                continue
            try:
                data, n = replace_in_page(pdf, page, replacements)
            except EditError as e:
                if "nothing replaced" in str(e):
                    continue
                raise
            new_contents[pi] = data
            hits += n
        if not hits:
            raise EditError("no replacement made in " + os.path.basename(src))
        if not incremental:
            for pi, data in new_contents.items():
                pdf.pages[pi].Contents = pdf.make_stream(data)
            if producer:
                pdf.docinfo["/Producer"] = producer
            if moddate:
                pdf.docinfo["/ModDate"] = moddate
            pdf.save(dst)
            return hits
    # incremental update with pypdf: only the changed content streams are appended
    w = pypdf.PdfWriter(src, incremental=True)
    for pi, data in new_contents.items():
        st = DecodedStreamObject()
        st.set_data(data)
        st = st.flate_encode()
        ref = w._add_object(st)
        w.pages[pi][NameObject("/Contents")] = ref
    if producer:
        w.add_metadata({"/Producer": producer})
    if moddate:
        w.add_metadata({"/ModDate": moddate})
    with open(dst, "wb") as f:
        w.write(f)
    return hits


# ====================================================================== white box + new text overlay

_RL_FONTS = {}


def _rl_font(name):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    if name in ("Helvetica", "Helvetica-Bold", "Times-Roman", "Courier"):
        return name
    if name not in _RL_FONTS:
        if name == "STSong-Light":
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        else:
            path = {"WQY": WQY_TTC, "DejaVu": DEJAVU, "DejaVu-Bold": DEJAVU_B, "DejaVuMono": DEJAVU_MONO,
                    "DejaVuSerif": DEJAVU_SERIF}[name]
            kw = {"subfontIndex": 0} if path.endswith(".ttc") else {}
            pdfmetrics.registerFont(TTFont("ov_" + name, path, **kw))
        _RL_FONTS[name] = "STSong-Light" if name == "STSong-Light" else "ov_" + name
    return _RL_FONTS[name]


def overlay_edit(src, dst, edits, creator_tool=None):
    """edits: list of dict(old, new, which='last', font='Helvetica', align='right'|'left',
    size=None, pad=0.8, fill=(1,1,1), dy=0).  A white rectangle hides each occurrence,
    new text is drawn on top; the overlay page is merged into the original by pypdf."""
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfbase import pdfmetrics
    reader = pypdf.PdfReader(src)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    per_page = {}
    for e in edits:
        occ = pick(find_text(src, e["old"], e.get("page")), e.get("which", "last"))
        for o in occ:
            per_page.setdefault(o["page"], []).append((e, o))
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=sizes[0])
    for pi in range(len(sizes)):
        c.setPageSize(sizes[pi])
        for e, o in per_page.get(pi, []):
            x0, y0, x1, y1 = o["bbox"]
            pad = e.get("pad", 0.8)
            c.setFillColorRGB(*e.get("fill", (1, 1, 1)))
            c.setStrokeColorRGB(*e.get("fill", (1, 1, 1)))
            c.rect(x0 - pad, y0 - pad, (x1 - x0) + 2 * pad, (y1 - y0) + 2 * pad, stroke=0, fill=1)
            fn = _rl_font(e.get("font", "Helvetica"))
            size = e.get("size") or o["size"] * e.get("size_factor", 1.0)
            c.setFont(fn, size)
            c.setFillColorRGB(*e.get("color", (0, 0, 0)))
            base = o["baseline"] + e.get("dy", 0)
            if e.get("align", "right") == "right":
                c.drawRightString(x1 + e.get("dx", 0), base, e["new"])
            else:
                c.drawString(o["x_start"] + e.get("dx", 0), base, e["new"])
        c.showPage()
    c.save()
    buf.seek(0)
    ov = pypdf.PdfReader(buf)
    w = pypdf.PdfWriter(clone_from=reader)
    for pi in per_page:
        w.pages[pi].merge_page(ov.pages[pi])
    if creator_tool:
        w.add_metadata({"/Producer": creator_tool})
    with open(dst, "wb") as f:
        w.write(f)
    return sum(len(v) for v in per_page.values())


# ====================================================================== FreeText annotation covering a value

def freetext_edit(src, dst, edits, producer=None, moddate=None):
    """Adds FreeText annotations (white background, new text) with their own appearance
    streams, saved as an incremental update as a PDF reader's 'add text' tool does."""
    w = pypdf.PdfWriter(src, incremental=True)
    n = 0
    for e in edits:
        for o in pick(find_text(src, e["old"], e.get("page")), e.get("which", "last")):
            x0, y0, x1, y1 = o["bbox"]
            pad = 1.0
            size = e.get("size") or o["size"]
            from reportlab.pdfbase.pdfmetrics import stringWidth
            tw = stringWidth(e["new"], "Helvetica", size)
            if tw + 2 * pad > x1 - x0:
                if e.get("align", "right") == "right":
                    x0 = x1 - tw - 2 * pad
                else:
                    x1 = x0 + tw + 2 * pad
            rect = [x0 - pad, y0 - pad, x1 + pad, y1 + pad]
            wdt, hgt = rect[2] - rect[0], rect[3] - rect[1]
            tx = wdt - tw - pad if e.get("align", "right") == "right" else pad
            ty = o["baseline"] - rect[1]
            txt = e["new"].replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ap = DecodedStreamObject()
            ap.set_data(f"1 1 1 rg 0 0 {wdt:.2f} {hgt:.2f} re f BT /Helv {size:.2f} Tf 0 g {tx:.2f} {ty:.2f} Td ({txt}) Tj ET".encode("cp1252"))
            font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                     NameObject("/BaseFont"): NameObject("/Helvetica"),
                                     NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
            ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(wdt), FloatObject(hgt)]),
                       NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): w._add_object(font)})})})
            annot = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                NameObject("/Contents"): TextStringObject(e["new"]),
                NameObject("/DA"): TextStringObject(f"/Helv {size:.1f} Tf 0 g"),
                NameObject("/F"): NumberObject(4),
                NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
                NameObject("/C"): ArrayObject([FloatObject(1), FloatObject(1), FloatObject(1)]),
                NameObject("/T"): TextStringObject(e.get("author", "Admin")),
                NameObject("/M"): TextStringObject(e.get("mdate", "D:20260310094512+08'00'")),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): w._add_object(ap)}),
            })
            page = w.pages[o["page"]]
            ref = w._add_object(annot)
            if "/Annots" in page:
                page["/Annots"].append(ref)
            else:
                page[NameObject("/Annots")] = ArrayObject([ref])
            n += 1
    if not n:
        raise EditError("freetext: nothing found")
    if producer:
        w.add_metadata({"/Producer": producer})
    if moddate:
        w.add_metadata({"/ModDate": moddate})
    with open(dst, "wb") as f:
        w.write(f)
    return n


# ====================================================================== page swap

def replace_page(src, dst, donor_pdf, page_index, donor_index=None, producer=None):
    """Swap one page of src for a page from a regenerated donor file."""
    r = pypdf.PdfReader(src)
    d = pypdf.PdfReader(donor_pdf)
    w = pypdf.PdfWriter(clone_from=r)
    donor_index = page_index if donor_index is None else donor_index
    w.insert_page(d.pages[donor_index], page_index)
    w.remove_page(page_index + 1)
    if producer:
        w.add_metadata({"/Producer": producer})
    with open(dst, "wb") as f:
        w.write(f)


# ====================================================================== pixel edits

def map_box(M, box):
    """PDF box (x0,y0,x1,y1) -> pixel bbox through matrix M (3x3, PDF pt -> px)."""
    from capture import map_points
    x0, y0, x1, y1 = box
    pts = map_points(np.array(M), [(x0, y0), (x1, y0), (x1, y1), (x0, y1)])
    return pts


def _bbox(pts, pad=0):
    xs, ys = pts[:, 0], pts[:, 1]
    return (int(math.floor(xs.min() - pad)), int(math.floor(ys.min() - pad)),
            int(math.ceil(xs.max() + pad)), int(math.ceil(ys.max() + pad)))


def _angle(M):
    M = np.array(M)
    from capture import map_points
    p = map_points(M, [(0, 0), (100, 0)])
    return math.degrees(math.atan2(p[1][1] - p[0][1], p[1][0] - p[0][0]))


def image_paste(img, M, occ, new, font_path=DEJAVU, rotate=True, ink=None, paper=None, blur=0.6, bold=False,
                align="right"):
    """Paint over one occurrence and write `new` at the same size.  rotate=True draws the
    text in page space and warps it with the capture matrix (follows skew/perspective);
    rotate=False pastes upright text, as a quick editor would."""
    import cv2
    M = np.array(M, dtype=float)
    pts = map_box(M, occ["bbox"])
    x0, y0, x1, y1 = _bbox(pts, 2)
    arr = np.asarray(img.convert("RGB")).astype(np.float32)
    region = arr[max(0, y0):y1, max(0, x0):x1].reshape(-1, 3)
    lum = region.mean(axis=1)
    if paper is None:
        paper = tuple(int(v) for v in np.percentile(region[lum >= np.percentile(lum, 70)], 50, axis=0))
    if ink is None:
        ink = tuple(int(v) for v in np.percentile(region[lum <= np.percentile(lum, 8)], 50, axis=0))
    out = img.convert("RGB").copy()
    dr = ImageDraw.Draw(out)
    bx0, by0, bx1, by1 = occ["bbox"]
    dr.polygon([tuple(p) for p in map_box(M, (bx0 - 1, by0 - 0.8, bx1 + 1, by1 + 0.8))], fill=paper)
    size_pt = occ["size"]
    base = occ["baseline"]
    xs = occ["x_start"]
    if rotate:
        s = 6.0  # px per pt on the scratch canvas
        X0, Y0 = bx0 - 4 * size_pt * max(1, len(new) - len(occ["chars"]) + 1), by0 - size_pt
        bw, bh = (bx1 - X0) + 4 * size_pt * max(1, len(new) - len(occ["chars"]) + 1), (by1 - by0) + 2 * size_pt
        cw, ch = int(bw * s), int(bh * s)
        canvas = Image.new("RGBA", (cw, ch), ink + (0,))
        d = ImageDraw.Draw(canvas)
        font = ImageFont.truetype(font_path, int(size_pt * s), index=0)
        v = (Y0 + bh - base) * s
        if align == "right":
            d.text(((bx1 - X0) * s, v), new, font=font, fill=ink + (255,), anchor="rs",
                   stroke_width=int(s * 0.15) if bold else 0, stroke_fill=ink + (255,))
        else:
            d.text(((xs - X0) * s, v), new, font=font, fill=ink + (255,), anchor="ls",
                   stroke_width=int(s * 0.15) if bold else 0, stroke_fill=ink + (255,))
        T = np.array([[1 / s, 0, X0], [0, -1 / s, Y0 + bh], [0, 0, 1]], float)
        H = M @ T
        warped = cv2.warpPerspective(np.asarray(canvas).astype(np.float32), H, out.size, flags=cv2.INTER_AREA)
        a = warped[..., 3:4] / 255.0
        if blur:
            a = cv2.GaussianBlur(a[..., 0], (0, 0), blur)[..., None]
        o = np.asarray(out).astype(np.float32)
        o = o * (1 - a) + warped[..., :3] * a
        return Image.fromarray(np.clip(o, 0, 255).astype(np.uint8))
    # upright paste
    p_base = map_box(M, (xs, base, bx1, base))
    p_top = map_box(M, (xs, base + size_pt, bx1, base + size_pt))
    fsize = max(6, int(abs(p_top[0][1] - p_base[0][1])))
    font = ImageFont.truetype(font_path, fsize, index=0)
    if align == "right":
        anchor_pt, anchor = p_base[1], "rs"
    else:
        anchor_pt, anchor = p_base[0], "ls"
    dr.text((float(anchor_pt[0]), float(anchor_pt[1])), new, font=font, fill=ink, anchor=anchor,
            stroke_width=1 if bold else 0, stroke_fill=ink)
    if blur:
        bb = _bbox(pts, 6)
        crop = out.crop(bb).filter(ImageFilter.GaussianBlur(blur * 0.6))
        out.paste(crop, bb[:2])
    return out


def image_clone(img, M, occ, new, chars, tol=0.12):
    """Replace each differing character of one occurrence with a copy of that character
    cut from elsewhere on the same image (same font size)."""
    out = img.copy()
    old = "".join(c["ch"] for c in occ["chars"])
    if len(old) != len(new):
        raise EditError("clone needs equal length")
    for c, ch in zip(occ["chars"], new):
        if c["ch"] == ch:
            continue
        cands = [s for s in chars if s["ch"] == ch and abs(s["size"] - c["size"]) <= tol * c["size"]
                 and (abs(s["loose"][0] - c["loose"][0]) > 1 or abs(s["loose"][1] - c["loose"][1]) > 1)]
        if not cands:
            raise EditError(f"no donor glyph for {ch!r}")
        # nearest donor on the page
        cands.sort(key=lambda s: abs(s["loose"][1] - c["loose"][1]) + 0.2 * abs(s["loose"][0] - c["loose"][0]))
        s = cands[0]
        sb = _bbox(map_box(M, s["loose"]))
        tb = _bbox(map_box(M, c["loose"]))
        wdt = min(sb[2] - sb[0], tb[2] - tb[0])
        hgt = min(sb[3] - sb[1], tb[3] - tb[1])
        piece = img.crop((sb[0], sb[1], sb[0] + wdt, sb[1] + hgt))
        # clear the old glyph first with paper colour taken from the donor cell edges
        arr = np.asarray(piece.convert("RGB")).astype(np.float32).reshape(-1, 3)
        lum = arr.mean(axis=1)
        paper = tuple(int(v) for v in np.percentile(arr[lum >= np.percentile(lum, 60)], 50, axis=0))
        dr = ImageDraw.Draw(out)
        fill = paper if out.mode == "RGB" else int(np.mean(paper))
        dr.rectangle([tb[0], tb[1], tb[2] - 1, tb[3] - 1], fill=fill)
        out.paste(piece, (tb[0] + (tb[2] - tb[0] - wdt) // 2, tb[1]))
    return out


def count_whole(pdf_path, s):
    """How many text operators consist exactly of s (per page list)."""
    out = []
    with pikepdf.open(pdf_path) as pdf:
        for page in pdf.pages:
            fonts = _fonts_of(page)
            font = None
            n = 0
            for ins in pikepdf.parse_content_stream(page):
                op = str(ins.operator)
                if op == "Tf":
                    font = str(ins.operands[0])
                elif op in ("Tj", "'", '"') and font in fonts:
                    if "".join(ch for ch, _ in fonts[font].decode(bytes(ins.operands[-1]))) == s:
                        n += 1
                elif op == "TJ" and font in fonts:
                    t = "".join(ch for el in ins.operands[0] if isinstance(el, pikepdf.String)
                                for ch, _ in fonts[font].decode(bytes(el)))
                    if t == s:
                        n += 1
            out.append(n)
    return out


def row_filter(pdf_path, anchor, occurrence=0, tol=2.5):
    """Select occurrences on the same table row as the anchor text."""
    a = find_text(pdf_path, anchor)[occurrence]
    return lambda o: o["page"] == a["page"] and abs(o["baseline"] - a["baseline"]) < tol


def edit_scan_pdf_image(src, dst, fn, quality=82):
    """Replace the page-1 scan image inside a scan PDF after editing it with fn(PIL)->PIL."""
    with pikepdf.open(src) as pdf:
        page = pdf.pages[0]
        name, obj = next(iter(page.images.items()))
        img = pikepdf.PdfImage(obj).as_pil_image()
        new = fn(img)
        if new.mode not in ("RGB", "L"):
            new = new.convert("RGB")
        buf = io.BytesIO()
        new.save(buf, "JPEG", quality=quality)
        obj.write(buf.getvalue(), filter=pikepdf.Name.DCTDecode)
        obj.ColorSpace = pikepdf.Name.DeviceGray if new.mode == "L" else pikepdf.Name.DeviceRGB
        pdf.save(dst)
