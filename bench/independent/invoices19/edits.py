# the "panicking seller" edits
import io, ctypes, numpy as np
import pypdfium2 as pdfium, pypdfium2.raw as praw
import pikepdf
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth
from PIL import Image, ImageDraw, ImageFont
from capture import map_box

def page_chars(pdf_path):
    """per page: list of (char, box(l,b,r,t), fontsize, origin)"""
    doc = pdfium.PdfDocument(pdf_path); pages = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage(); n = tp.count_chars(); chars = []
        x = ctypes.c_double(); y = ctypes.c_double()
        for k in range(n):
            ch = tp.get_text_range(k, 1)
            bx = tp.get_charbox(k)
            fs = praw.FPDFText_GetFontSize(tp.raw, k)
            praw.FPDFText_GetCharOrigin(tp.raw, k, ctypes.byref(x), ctypes.byref(y))
            chars.append((ch, bx, fs, (x.value, y.value)))
        pages.append(chars)
    doc.close()
    return pages

def find(pages, s, whole=False):
    """occurrences of s: (page, start, end) by scanning the extracted text"""
    occ = []
    for pi, chars in enumerate(pages):
        txt = ''.join(c[0] for c in chars)
        st = 0
        while True:
            k = txt.find(s, st)
            if k < 0: break
            ok = True
            if whole:
                before = txt[k-1] if k > 0 else ' '; after = txt[k+len(s)] if k + len(s) < len(txt) else ' '
                ok = not (before.isalnum() or before in '.,') and not (after.isalnum() or after in ',')
            if ok: occ.append((pi, k, k + len(s)))
            st = k + 1
    return occ

def occ_box(pages, o):
    pi, a, b = o
    bx = [c[1] for c in pages[pi][a:b] if c[0].strip()]
    return (min(v[0] for v in bx), min(v[1] for v in bx), max(v[2] for v in bx), max(v[3] for v in bx))

def occ_font(pages, o):
    pi, a, b = o
    fs = max(c[2] for c in pages[pi][a:b]); base = pages[pi][a][3][1]
    return fs, base

def pick(pages, occs, which):
    if which == 'first': return [occs[0]]
    if which == 'last': return [occs[-1]]
    if which == 'all': return occs
    if which == 'largest':
        return [max(occs, key=lambda o: (occ_font(pages, o)[0], o[0], o[1]))]
    raise ValueError(which)

def overlay(src, dst, reps, incremental=False, bold_guess=False):
    """reps: list of (old, new, which, align). White box over old text + new text, merged with pypdf."""
    pages = page_chars(src)
    rd = PdfReader(src)
    per_page = {}
    for old, new, which, align in reps:
        occs = find(pages, old, whole=True) or find(pages, old)
        if not occs: raise LookupError(old)
        for o in pick(pages, occs, which):
            per_page.setdefault(o[0], []).append((o, new, align))
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=rd)
    for pi, items in per_page.items():
        mb = rd.pages[pi].mediabox
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(float(mb.width), float(mb.height)))
        for o, new, align in items:
            l, b, r, t = occ_box(pages, o); fs, base = occ_font(pages, o)
            font = 'Helvetica-Bold' if bold_guess else 'Helvetica'
            nw = stringWidth(new, font, fs)
            if align == 'right': L, Rr = min(l, r - nw), r
            else: L, Rr = l, max(r, l + nw)
            c.setFillColorRGB(1, 1, 1); c.rect(L - 1.5, min(b, base - fs * 0.22) - 1, Rr - L + 3, max(t, base + fs * 0.75) - min(b, base - fs * 0.22) + 2, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            if align == 'right': c.drawRightString(r, base, new)
            else: c.drawString(l, base, new)
        c.showPage(); c.save(); buf.seek(0)
        w.pages[pi].merge_page(PdfReader(buf).pages[0])
    with open(dst, 'wb') as f: w.write(f)

def pikepdf_replace(src, dst, reps, set_producer=None):
    """Replace bytes inside Tj/TJ string operands (works for PDFs using simple-encoded standard fonts)."""
    pdf = pikepdf.open(src); hits = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); new_ops = []
        for operands, op in ops:
            if str(op) in ('Tj', "'", '"'):
                operands = list(operands)
                for i, v in enumerate(operands):
                    if isinstance(v, pikepdf.String):
                        bs = bytes(v)
                        for old, new in reps:
                            ob = old.encode('latin-1')
                            if len(old) < 6 and old.replace(',', '').isdigit():
                                if bs.strip() == ob: bs = bs.replace(ob, new.encode('latin-1')); hits += 1
                            elif ob in bs: bs = bs.replace(ob, new.encode('latin-1')); hits += 1
                        operands[i] = pikepdf.String(bs)
            elif str(op) == 'TJ':
                arr = operands[0]; na = pikepdf.Array()
                for v in arr:
                    if isinstance(v, pikepdf.String):
                        bs = bytes(v)
                        for old, new in reps:
                            ob = old.encode('latin-1')
                            if len(old) < 6 and old.replace(',', '').isdigit():
                                if bs.strip() == ob: bs = bs.replace(ob, new.encode('latin-1')); hits += 1
                            elif ob in bs: bs = bs.replace(ob, new.encode('latin-1')); hits += 1
                        na.append(pikepdf.String(bs))
                    else: na.append(v)
                operands = [na]
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if set_producer:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m: m['pdf:Producer'] = set_producer
    if not hits: raise LookupError('no hit')
    pdf.save(dst)
    return hits

def _font(px, bold=False):
    return ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf' % ('-Bold' if bold else ''), max(6, int(px)))

def img_paste(im, A, box_pt, new, align, fs_pt, dpi, bold=False):
    """cover a text box in a scan/photo with paper colour and type new text over it"""
    l, t, r, b = map_box(A, box_pt)
    a = np.array(im.convert('RGB')).astype(int)
    pad = 4
    L_, T_, R_, B_ = int(l) - pad, int(t) - pad, int(r) + pad, int(b) + pad
    ring = np.concatenate([a[max(0, T_-6):T_, L_:R_].reshape(-1, 3), a[B_:B_+6, L_:R_].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (235, 235, 235)
    inside = a[int(t):int(b)+1, int(l):int(r)+1].reshape(-1, 3)
    ink = tuple(int(v) for v in np.percentile(inside, 3, axis=0)) if len(inside) else (30, 30, 30)
    scale = abs(A[0, 0]) if abs(A[2, 0]) < 1e-9 else (r - l) / max(1, (box_pt[2] - box_pt[0]))
    scale = np.hypot(A[0, 0], A[1, 0]) if abs(A[2, 0]) < 1e-9 else scale
    f = _font(fs_pt * scale * 0.98, bold)
    d = ImageDraw.Draw(im)
    tw = d.textlength(new, font=f)
    if align == 'right': x0 = r - tw; L2, R2 = min(L_, int(x0) - 2), R_
    else: x0 = l; L2, R2 = L_, max(R_, int(l + tw) + 2)
    fill = bg if im.mode == 'RGB' else int(np.mean(bg))
    d.rectangle([L2, T_, R2, B_], fill=fill)
    asc = f.getbbox('0')  # top/bottom of a digit
    y0 = b - asc[3]
    d.text((x0, y0), new, font=f, fill=ink if im.mode == 'RGB' else int(np.mean(ink)))
    return im

def img_clone(im, A, src_box, dst_box):
    """copy the pixels of one glyph (src) over another glyph (dst), same image"""
    sl, st, sr, sb = [int(round(v)) for v in map_box(A, src_box)]
    dl, dt, dr, db = [int(round(v)) for v in map_box(A, dst_box)]
    p = 2
    w = max(sr - sl, dr - dl) + 2 * p; h = max(sb - st, db - dt) + 2 * p
    scx, scy = (sl + sr) // 2, sb; dcx, dcy = (dl + dr) // 2, db
    patch = im.crop((scx - w // 2, scy - h + p, scx - w // 2 + w, scy + p))
    im.paste(patch, (dcx - w // 2, dcy - h + p))
    return im
