# Capture (scan / phone) and editing primitives.
import os, io, re, zlib, ctypes, random, math
import numpy as np, cv2
from PIL import Image, ImageFilter, ImageDraw, ImageFont
import pypdfium2 as pdfium
import pypdfium2.raw as pc

DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
DEJAVU_M = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'

# ------------------------------------------------------------------ locating text
def _fontname(tp, i):
    buf = ctypes.create_string_buffer(256); flags = ctypes.c_int(0)
    n = pc.FPDFText_GetFontInfo(tp.raw, i, buf, 256, ctypes.byref(flags))
    return buf.value.decode('latin-1', 'replace') if n else ''

def find_hits(pdf_path, s, whole=False):
    """all occurrences of s: list of dict(page, idx, count, box(l,b,r,t) loose, origin, size, font, color, chars)"""
    pdf = pdfium.PdfDocument(pdf_path); hits = []
    variants = [s] + ([s.replace('\u00a0', ' ')] if '\u00a0' in s else [])
    for pno in range(len(pdf)):
        page = pdf[pno]; tp = page.get_textpage()
        for v in variants:
            se = tp.search(v, match_case=True, match_whole_word=whole)
            while True:
                r = se.get_next()
                if not r: break
                idx, cnt = r
                boxes = [tp.get_charbox(j, loose=True) for j in range(idx, idx + cnt)]
                boxes = [b for b in boxes if b[2] > b[0]]
                if not boxes: continue
                l = min(b[0] for b in boxes); bt = min(b[1] for b in boxes); rr = max(b[2] for b in boxes); t = max(b[3] for b in boxes)
                x = ctypes.c_double(); y = ctypes.c_double()
                pc.FPDFText_GetCharOrigin(tp.raw, idx, ctypes.byref(x), ctypes.byref(y))
                size = pc.FPDFText_GetFontSize(tp.raw, idx)
                cr, cg, cb, ca = (ctypes.c_uint() for _ in range(4))
                pc.FPDFText_GetFillColor(tp.raw, idx, ctypes.byref(cr), ctypes.byref(cg), ctypes.byref(cb), ctypes.byref(ca))
                chars = [(tp.get_text_range(j, 1), tp.get_charbox(j, loose=True)) for j in range(idx, idx + cnt)]
                hits.append(dict(page=pno, idx=idx, count=cnt, box=(l, bt, rr, t), origin=(x.value, y.value), size=size,
                                 font=_fontname(tp, idx), color=(cr.value, cg.value, cb.value), chars=chars,
                                 pw=page.get_width(), ph=page.get_height()))
            if hits: break
    return hits

def page_chars(pdf_path, pno):
    pdf = pdfium.PdfDocument(pdf_path); tp = pdf[pno].get_textpage(); out = []
    for j in range(tp.count_chars()):
        ch = tp.get_text_range(j, 1)
        if ch.strip():
            out.append((ch, tp.get_charbox(j, loose=True), pc.FPDFText_GetFontSize(tp.raw, j), _fontname(tp, j)))
    return out

# ------------------------------------------------------------------ overlay (white box + new text)
_reg = {}
def _rl_font(fontname, text):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    fn = fontname.lower()
    if any(ord(c) > 0x2e7f for c in text) or 'wenquanyi' in fn or 'wqy' in fn:
        key, path = 'WQY', WQY
    elif 'helvetica' in fn or 'arial' in fn:
        return 'Helvetica-Bold' if 'bold' in fn else 'Helvetica'
    elif 'mono' in fn:
        key, path = 'DJM', DEJAVU_M
    elif 'bold' in fn:
        key, path = 'DJB', DEJAVU_B
    else:
        key, path = 'DJ', DEJAVU
    if key not in _reg:
        pdfmetrics.registerFont(TTFont(key, path, subfontIndex=0) if path.endswith('ttc') else TTFont(key, path)); _reg[key] = 1
    return key

def _bg_color(pdf_path, hit):
    pdf = pdfium.PdfDocument(pdf_path); sc = 2
    img = np.asarray(pdf[hit['page']].render(scale=sc).to_pil().convert('RGB'))
    l, b, r, t = hit['box']; H = img.shape[0]
    y0, y1 = int((hit['ph'] - t) * sc), int((hit['ph'] - b) * sc)
    samples = []
    for x in (int(l * sc) - 3, int(r * sc) + 3):
        if 0 <= x < img.shape[1]: samples.append(img[max(0, y0):min(H, y1), x])
    px = np.concatenate(samples) if samples else np.array([[255, 255, 255]])
    return tuple(int(v) for v in np.median(px, axis=0))

NUMERIC = re.compile(r'^[\d.,\u00a0 ]+$')

def overlay_edit(src, dst, pairs, keep_meta=True):
    """pairs: list of (old, new). Covers each hit with a box of the local background colour and writes new text
    in the matching font/size/colour, right-aligned for numbers. Merged with pypdf. Returns number of hits."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    import pypdf
    per_page = {}
    n = 0
    for old, new in pairs:
        whole = bool(NUMERIC.match(old)) and len(old) <= 3
        for h in find_hits(src, old, whole=whole):
            per_page.setdefault(h['page'], []).append((h, new, old)); n += 1
    if not n: return 0
    reader = pypdf.PdfReader(src); writer = pypdf.PdfWriter(clone_from=reader)
    for pno, items in per_page.items():
        pg = writer.pages[pno]; w, hgt = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(w, hgt))
        for h, new, old in items:
            l, b, r, t = h['box']; bg = _bg_color(src, h)
            c.setFillColorRGB(*[v / 255 for v in bg]); c.rect(l - 0.6, b - 0.4, r - l + 1.2, t - b + 0.8, stroke=0, fill=1)
            font = _rl_font(h['font'], new + old)
            from reportlab.pdfbase.pdfmetrics import stringWidth
            sw = stringWidth(old.replace('\u00a0', ' '), font, 1.0)
            size = (r - l) / sw if sw > 0 else (t - b) / 1.16
            if 3 < h['size'] < 40 and abs(h['size'] - size) / size < 0.12: size = h['size']
            size = max(4.0, min(size, 30.0))
            c.setFillColorRGB(*[v / 255 for v in h['color']]); c.setFont(font, size)
            x0, y0 = h['origin']
            if NUMERIC.match(old.replace('\u00a0', ' ')):
                c.drawRightString(r - (r - l) * 0.0, y0, new)
            else:
                c.drawString(x0, y0, new)
        c.save(); buf.seek(0)
        ov = pypdf.PdfReader(buf).pages[0]
        pg.merge_page(ov)
    if keep_meta and reader.metadata:
        writer.add_metadata({k: v for k, v in reader.metadata.items()})
    with open(dst, 'wb') as f: writer.write(f)
    return n

# ------------------------------------------------------------------ content-stream text replacement
LIT = re.compile(rb'\((?:\\.|[^\\)])*\)')

def _edit_stream(data, pairs):
    cnt = [0]
    def f(m):
        body = m.group(0)[1:-1]
        for old, new, whole in pairs:
            o, nw = old.encode('latin-1'), new.encode('latin-1')
            if whole:
                if body == o: body = nw; cnt[0] += 1
            elif o in body:
                cnt[0] += body.count(o); body = body.replace(o, nw)
        return b'(' + body + b')'
    return LIT.sub(f, data), cnt[0]

def cs_edit(src, dst, pairs, incremental=False):
    """Replace text inside literal strings of page content streams. pikepdf full rewrite or pypdf incremental update."""
    P = [(o, n, bool(NUMERIC.match(o)) and len(o) <= 3) for o, n in pairs]
    total = 0
    if not incremental:
        import pikepdf
        pdf = pikepdf.open(src)
        for page in pdf.pages:
            contents = page.obj.Contents
            streams = list(contents) if isinstance(contents, pikepdf.Array) else [contents]
            for st in streams:
                data = st.read_bytes(); new, k = _edit_stream(data, P)
                if k:
                    total += k
                    if '/Filter' in st: st.write(zlib.compress(new), filter=pikepdf.Name.FlateDecode)
                    else: st.write(new)
        pdf.save(dst)  # docinfo (Producer, dates) untouched
    else:
        import pypdf
        w = pypdf.PdfWriter(src, incremental=True)
        for page in w.pages:
            c = page['/Contents']
            refs = list(c) if isinstance(c.get_object(), pypdf.generic.ArrayObject) else [c]
            for ref in refs:
                st = ref.get_object(); data = st.get_data(); new, k = _edit_stream(data, P)
                if k:
                    total += k; st.set_data(new)
        with open(dst, 'wb') as f: w.write(f)
    return total

# ------------------------------------------------------------------ capture: scans and photos
def _render(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path)
    return [pdf[i].render(scale=dpi / 72).to_pil().convert('RGB') for i in range(len(pdf))]

def scan_params(seed):
    r = random.Random(seed)
    return dict(seed=seed, dpi=r.choice([150, 200, 200, 240]), angle=r.uniform(-1.4, 1.4), dx=r.uniform(-12, 12), dy=r.uniform(-10, 10),
                gray=r.random() < 0.45, noise=r.uniform(3, 9), blur=r.uniform(0.3, 0.9), down=r.choice([1.0, 0.8, 0.7]),
                q=r.randint(55, 82), tint=r.choice([(255, 255, 255), (252, 250, 242), (248, 246, 240)]))

def geom_matrix(p, w, h):
    M = cv2.getRotationMatrix2D((w / 2, h / 2), p['angle'], 1.0); M[0, 2] += p['dx']; M[1, 2] += p['dy']
    return M

def scan_geom(img, p):
    a = np.asarray(img); h, w = a.shape[:2]
    M = geom_matrix(p, w, h)
    return Image.fromarray(cv2.warpAffine(a, M, (w, h), borderValue=(236, 236, 233), flags=cv2.INTER_LINEAR))

def scan_degrade(img, p, seed):
    r = np.random.default_rng(seed)
    a = np.asarray(img.filter(ImageFilter.GaussianBlur(p['blur']))).astype(np.float32)
    a = a * (np.array(p['tint']) / 255.0)
    a += r.normal(0, p['noise'], a.shape[:2])[..., None]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if p['gray']: im = im.convert('L').convert('RGB')
    if p['down'] != 1.0: im = im.resize((int(im.width * p['down']), int(im.height * p['down'])), Image.BILINEAR)
    return im

def pt_to_px(p, pw_pt, ph_pt, x, y):
    s = p['dpi'] / 72.0; w, h = int(round(pw_pt * s)), int(round(ph_pt * s))
    M = geom_matrix(p, w, h)
    X, Y = x * s, (ph_pt - y) * s
    u = M[0, 0] * X + M[0, 1] * Y + M[0, 2]; v = M[1, 0] * X + M[1, 1] * Y + M[1, 2]
    return u * p['down'], v * p['down']

def box_to_px(p, hit_or_pw, ph, box):
    l, b, r, t = box
    pts = [pt_to_px(p, hit_or_pw, ph, x, y) for x, y in ((l, b), (l, t), (r, b), (r, t))]
    xs, ys = [q[0] for q in pts], [q[1] for q in pts]
    return min(xs), min(ys), max(xs), max(ys)

def _save_pages(pages, base, kind, p):
    if kind == 'scan_jpeg':
        path = base + '.jpg'; pages[0].save(path, quality=p['q'], dpi=(int(p['dpi'] * p['down']),) * 2)
    elif kind == 'scan_png':
        path = base + '.png'
        im = pages[0].convert('L') if p['gray'] else pages[0]
        im.save(path, dpi=(int(p['dpi'] * p['down']),) * 2)
    else:
        path = base + '.pdf'
        ims = []
        for im in pages:  # JPEG-compressed pages wrapped in a PDF, like a copier's scan-to-PDF
            b = io.BytesIO(); im.save(b, 'JPEG', quality=p['q']); b.seek(0); ims.append(Image.open(b).convert('RGB'))
        ims[0].save(path, save_all=True, append_images=ims[1:], resolution=p['dpi'] * p['down'], quality=90,
                    title='Scan', author='', producer='KONICA MINOLTA bizhub C308' if p['seed'] % 2 else 'Canon iR-ADV C3530 PDF')
    return path

def scan_file(pdf_path, base, kind, seed, pages_only=None):
    p = scan_params(seed)
    imgs = _render(pdf_path, p['dpi'])
    if kind in ('scan_jpeg', 'scan_png'): imgs = imgs[:1]
    out = [scan_degrade(scan_geom(im, p), p, seed + k) for k, im in enumerate(imgs)]
    return _save_pages(out, base, kind, p), dict(params=p, kind=kind, pdf=pdf_path)

def phone_file(pdf_path, base, seed):
    r = random.Random(seed)
    img = _render(pdf_path, 130)[0]; a = np.asarray(img); h, w = a.shape[:2]
    W, H = int(w * 1.25), int(h * 1.18)
    jit = lambda s: r.uniform(-s, s)
    ox, oy = (W - w) / 2, (H - h) / 2
    dst = np.float32([[ox + jit(60), oy + jit(40)], [ox + w + jit(60), oy + jit(40)], [ox + w + jit(30), oy + h + jit(30)], [ox + jit(30), oy + h + jit(30)]])
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    desk = np.full((H, W, 3), (r.randint(90, 140), r.randint(70, 110), r.randint(50, 80)), np.uint8)
    warped = cv2.warpPerspective(a, Hm, (W, H), borderMode=cv2.BORDER_TRANSPARENT, dst=desk.copy())
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.1, 0.6) * H
    light = 1.08 - 0.45 * (np.hypot(xx - cx, yy - cy) / np.hypot(W, H))
    f = warped.astype(np.float32) * light[..., None] * np.array([1.0, 0.98, 0.92])
    f += np.random.default_rng(seed).normal(0, 4, f.shape[:2])[..., None]
    im = Image.fromarray(np.clip(f, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(r.uniform(0.6, 1.2)))
    im = im.resize((int(W * 0.8), int(H * 0.8)), Image.BILINEAR)
    path = base + '.jpg'
    exif = Image.Exif(); exif[0x010F] = 'samsung'; exif[0x0110] = 'SM-A546B'
    im.save(path, quality=r.randint(78, 90), exif=exif)
    return path, dict(kind='phone_photo', pdf=pdf_path)

# ------------------------------------------------------------------ image edits on scans
def _load_scan_pages(path):
    if path.endswith('.pdf'):
        pdf = pdfium.PdfDocument(path)
        out = []
        for i in range(len(pdf)):
            imgs = [o for o in pdf[i].get_objects() if o.type == pc.FPDF_PAGEOBJ_IMAGE]
            out.append(imgs[0].get_bitmap().to_pil().convert('RGB'))
        return out
    return [Image.open(path).convert('RGB')]

def _resave(pages, path, meta):
    p = meta['params']; kind = meta['kind']; base = os.path.splitext(path)[0]
    if kind == 'scan_jpeg':
        pages[0].save(path, quality=p['q'], dpi=(int(p['dpi'] * p['down']),) * 2)
    elif kind == 'scan_png':
        (pages[0].convert('L') if p['gray'] else pages[0]).save(path, dpi=(int(p['dpi'] * p['down']),) * 2)
    else:
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=p['dpi'] * p['down'], quality=90,
                      title='Scan', author='', producer='KONICA MINOLTA bizhub C308' if p['seed'] % 2 else 'Canon iR-ADV C3530 PDF')

def image_paste(scan_path, meta, edited_pdf, pairs, dst, seed):
    """Paste regions from a doctored re-render (same geometry and degradation) into the scan."""
    p = meta['params']; pages = _load_scan_pages(scan_path)
    doctored = None; n = 0
    for old, new in pairs:
        hs = find_hits(edited_pdf, new, whole=bool(NUMERIC.match(new)) and len(new) <= 3)
        if not hs: continue
        # also cover where the old text was (it may be longer than the new one)
        hs += find_hits(meta['pdf'], old, whole=bool(NUMERIC.match(old)) and len(old) <= 3)
        for h in hs:
            if h['page'] >= len(pages): continue
            if doctored is None:
                doctored = [scan_degrade(scan_geom(im, p), p, seed + 7) for im in _render(edited_pdf, p['dpi'])]
            l, b, r, t = h['box']
            x0, y0, x1, y1 = box_to_px(p, h['pw'], h['ph'], (l - 2.5, b - 1.5, r + 2.5, t + 1.5))
            x0, y0, x1, y1 = int(x0), int(y0), int(math.ceil(x1)), int(math.ceil(y1))
            patch = doctored[h['page']].crop((x0, y0, x1, y1))
            if pages[h['page']].size != doctored[h['page']].size: continue
            pages[h['page']].paste(patch, (x0, y0)); n += 1
    if n:
        _resave(pages, dst, meta)
    return n

def image_clone(scan_path, meta, pairs, dst):
    """Clone-stamp glyphs already present on the page over the digits that must change."""
    p = meta['params']; pages = _load_scan_pages(scan_path); src_pdf = meta['pdf']; n = 0
    for old, new in pairs:
        if len(old) != len(new): continue
        for h in find_hits(src_pdf, old, whole=bool(NUMERIC.match(old)) and len(old) <= 3):
            if h['page'] >= len(pages): continue
            chars = page_chars(src_pdf, h['page']); img = pages[h['page']]; ref = img.copy()
            for j, (oc, nc) in enumerate(zip(old, new)):
                if oc == nc: continue
                tch, tbox = h['chars'][j]
                if tch != oc: return 0
                tsize = h['size']
                cands = [c for c in chars if c[0] == nc and abs(c[2] - tsize) < 0.3 and c[3] == h['font']]
                if not cands: return 0
                cands.sort(key=lambda c: abs(c[1][1] - tbox[1]) + 0.01 * abs(c[1][0] - tbox[0]))
                sbox = cands[0][1]
                sx0, sy0, sx1, sy1 = box_to_px(p, h['pw'], h['ph'], sbox)
                tx0, ty0, tx1, ty1 = box_to_px(p, h['pw'], h['ph'], tbox)
                # width of the target cell, copy donor region of that width aligned on its left edge / top
                wpx = int(round(tx1 - tx0)); hpx = int(round(ty1 - ty0))
                patch = ref.crop((int(round(sx0)), int(round(sy0)), int(round(sx0)) + wpx, int(round(sy0)) + hpx))
                img.paste(patch, (int(round(tx0)), int(round(ty0)))); n += 1
    if n: _resave(pages, dst, meta)
    return n

def rasterize_pdf(src, dst, dpi=170):
    """'Print to image PDF': every page becomes a JPEG image in a new PDF (as some online editors export)."""
    ims = _render(src, dpi)
    ims[0].save(dst, save_all=True, append_images=ims[1:], resolution=dpi, quality=88, producer='iLovePDF', title='')
