# Scans, phone photos, text location and all edit primitives (PDF + image).
import io, re, ctypes, os
import numpy as np, cv2
from PIL import Image, ImageDraw, ImageFont
import pypdfium2 as pdfium
from decimal import Decimal as D

DEJA = '/usr/share/fonts/truetype/dejavu/'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'


# ----------------------------------------------------------------------------------- locating text in a PDF
def page_sizes(path):
    pdf = pdfium.PdfDocument(path)
    s = [pdf[i].get_size() for i in range(len(pdf))]
    pdf.close()
    return s


def locate(path, text, whole_word=False):
    """All occurrences of text: list of dict(page, bbox(l,b,r,t) in pt, chars=[(idx,box)], size, bold, origin)."""
    pdf = pdfium.PdfDocument(path)
    res = []
    for pi in range(len(pdf)):
        page = pdf[pi]; tp = page.get_textpage()
        s = tp.search(text, match_case=True, match_whole_word=whole_word)
        while True:
            o = s.get_next()
            if not o: break
            i0, n = o
            boxes = []
            for k in range(i0, i0 + n):
                bx = tp.get_charbox(k, loose=True)
                if bx[2] - bx[0] > 0.01: boxes.append((k, bx))
            if not boxes: continue
            l = min(b[1][0] for b in boxes); b_ = min(b[1][1] for b in boxes); r = max(b[1][2] for b in boxes); t = max(b[1][3] for b in boxes)
            fs = pdfium.raw.FPDFText_GetFontSize(tp.raw, i0)
            fw = pdfium.raw.FPDFText_GetFontWeight(tp.raw, i0)
            x = ctypes.c_double(); y = ctypes.c_double()
            pdfium.raw.FPDFText_GetCharOrigin(tp.raw, i0, x, y)
            tight = [(k, tp.get_charbox(k)) for k in range(i0, i0 + n)]
            txt = tp.get_text_range(i0, n)
            caps = [bx[3] - bx[1] for (k, bx), ch in zip(tight, txt) if (ch.isdigit() or ch.isupper()) and ch.isascii() and ch not in 'JQ']
            cap_h = max(caps) if caps else 0.0
            buf = ctypes.create_string_buffer(256); flags = ctypes.c_int()
            nl = pdfium.raw.FPDFText_GetFontInfo(tp.raw, i0, buf, 256, ctypes.byref(flags))
            fname = buf.value.decode('latin-1', 'replace') if nl else ''
            bold = fw >= 600 or 'bold' in fname.lower()
            res.append(dict(page=pi, bbox=(l, b_, r, t), size=fs, bold=bold, origin=(x.value, y.value), chars=tight, text=txt, cap_h=cap_h, font=fname))
    pdf.close()
    return res


def char_index(path, page_i):
    """list of (char, tight box) for every char on the page"""
    pdf = pdfium.PdfDocument(path); page = pdf[page_i]; tp = page.get_textpage()
    n = tp.count_chars(); out = []
    for k in range(n):
        ch = tp.get_text_range(k, 1)
        out.append((ch, tp.get_charbox(k)))
    pdf.close()
    return out


def render_page(path, pi, dpi):
    pdf = pdfium.PdfDocument(path)
    im = pdf[pi].render(scale=dpi / 72).to_pil().convert('RGB')
    pdf.close()
    return im


def sample_colors(path, pi, bbox, pad=2.5):
    """(background rgb, ink rgb) around/inside a bbox, from a 144 dpi render."""
    im = np.asarray(render_page(path, pi, 144)).astype(np.float32)
    hpt = page_sizes(path)[pi][1]
    k = 2.0
    l, b, r, t = bbox
    x0, x1 = int((l - pad) * k), int((r + pad) * k); y0, y1 = int((hpt - t - pad) * k), int((hpt - b + pad) * k)
    x0 = max(x0, 0); y0 = max(y0, 0)
    ring = np.concatenate([im[max(y0 - 3, 0):y0, x0:x1].reshape(-1, 3), im[y1:y1 + 3, x0:x1].reshape(-1, 3), im[y0:y1, max(x0 - 3, 0):x0].reshape(-1, 3),
                           im[y0:y1, x1:x1 + 3].reshape(-1, 3)])
    bg = np.median(ring, axis=0) if len(ring) else np.array([255, 255, 255.])
    inner = im[y0:y1, x0:x1].reshape(-1, 3)
    dist = np.abs(inner - bg).sum(1)
    ink = inner[dist >= np.percentile(dist, 92)].mean(0) if len(inner) else np.array([0, 0, 0.])
    return tuple(bg / 255.0), tuple(ink / 255.0)


# ----------------------------------------------------------------------------------- PDF edits
def pdf_str_variants(s):
    v = []
    try:
        raw = s.encode('cp1252')
        v.append(raw)
        esc = b''.join(bytes([c]) if c < 128 else (b'\\%03o' % c) for c in raw)
        if esc != raw: v.append(esc)
    except UnicodeEncodeError:
        pass
    return v


STR_RE = re.compile(rb'\((?:\\.|[^\\()])*\)')


def stream_replace(data, pairs):
    """pairs: (old, new, kind). Returns new data and number of replacements."""
    n = 0
    for old, new, kind in pairs:
        done = False
        for ob, nb in zip(pdf_str_variants(old), pdf_str_variants(new)):
            if kind == 'qty':
                pat = b'(' + ob + b') Tj'
                if data.count(pat) == 1:
                    data = data.replace(pat, b'(' + nb + b') Tj'); n += 1; done = True; break
            else:
                cnt = [0]
                def rep(m):
                    if ob in m.group(0):
                        cnt[0] += m.group(0).count(ob); return m.group(0).replace(ob, nb)
                    return m.group(0)
                data2 = STR_RE.sub(rep, data)
                if cnt[0]:
                    data = data2; n += cnt[0]; done = True; break
        if not done and len(new) != len(old) and False:
            pass
    return data, n


def edit_pikepdf(src, dst, pairs):
    import pikepdf
    total = 0
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            conts = page.obj.Contents
            if isinstance(conts, pikepdf.Array):
                data = b'\n'.join(c.read_bytes() for c in conts)
            else:
                data = conts.read_bytes()
            nd, n = stream_replace(data, pairs)
            if n:
                page.obj.Contents = pdf.make_stream(nd); total += n
        pdf.save(dst)
    return total


def edit_pypdf(src, dst, pairs, incremental=False):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject
    if incremental:
        w = PdfWriter(src, incremental=True)
    else:
        w = PdfWriter(clone_from=PdfReader(src))
    total = 0
    for page in w.pages:
        c = page.get_contents()
        data = c.get_data()
        nd, n = stream_replace(data, pairs)
        if n:
            s = DecodedStreamObject(); s.set_data(nd); page.replace_contents(s); total += n
    if not incremental:
        w.add_metadata({'/ModDate': "D:20261203101522+01'00'"})
    with open(dst, 'wb') as f:
        w.write(f)
    return total


_fonts_ok = False


def _rl_fonts():
    global _fonts_ok
    if _fonts_ok: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    try:
        pdfmetrics.getFont('DejaVu')
    except Exception:
        pdfmetrics.registerFont(TTFont('DejaVu', DEJA + 'DejaVuSans.ttf'))
        pdfmetrics.registerFont(TTFont('DejaVu-Bold', DEJA + 'DejaVuSans-Bold.ttf'))
        pdfmetrics.registerFont(TTFont('WQY', WQY, subfontIndex=0))
    _fonts_ok = True


def overlay_edit(src, dst, items, incremental=False, fontpref='Helvetica'):
    """items: list of (occurrence dict, new_text, align). White(ish) box + new text, merged with pypdf."""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    _rl_fonts()
    sizes = page_sizes(src)
    byp = {}
    for occ, new, align in items:
        byp.setdefault(occ['page'], []).append((occ, new, align))
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=PdfReader(src))
    for pi, lst in byp.items():
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=sizes[pi])
        for occ, new, align in lst:
            bg, ink = sample_colors(src, pi, occ['bbox'])
            l, b, r, t = occ['bbox']
            c.setFillColorRGB(*bg); c.rect(l - 1.2, b - 0.8, r - l + 2.4, t - b + 1.6, stroke=0, fill=1)
            fn = occ.get('font', '').lower()
            if any(ord(ch) > 0x2ff for ch in new): f = 'WQY'
            elif any(ord(ch) > 0xff for ch in new) or fontpref == 'DejaVu': f = 'DejaVu-Bold' if occ['bold'] else 'DejaVu'
            elif 'serif' in fn and 'sans' not in fn or 'times' in fn: f = 'Times-Bold' if occ['bold'] else 'Times-Roman'
            elif 'mono' in fn or 'courier' in fn: f = 'Courier-Bold' if occ['bold'] else 'Courier'
            else: f = 'Helvetica-Bold' if occ['bold'] else 'Helvetica'
            fs = occ['cap_h'] / (0.66 if f.startswith('Times') else (0.6 if f.startswith('Courier') else 0.71)) if occ.get('cap_h') else (t - b) / 1.17
            c.setFillColorRGB(*ink); c.setFont(f, fs)
            y = occ['origin'][1]
            if align == 'R': c.drawRightString(r, y, new)
            else: c.drawString(occ['origin'][0], y, new)
        c.save(); buf.seek(0)
        w.pages[pi].merge_page(PdfReader(buf).pages[0])
    if not incremental:
        w.add_metadata({'/Producer': 'pypdf', '/ModDate': "D:20261202184410+01'00'"})
    with open(dst, 'wb') as f:
        w.write(f)


def rasterize_pdf(src, dst, dpi=150, quality=85):
    pdf = pdfium.PdfDocument(src)
    ims = [pdf[i].render(scale=dpi / 72).to_pil().convert('RGB') for i in range(len(pdf))]
    pdf.close()
    ims[0].save(dst, 'PDF', save_all=True, append_images=ims[1:], resolution=dpi, quality=quality)


def pikepdf_resave(src, dst):
    import pikepdf
    with pikepdf.open(src) as pdf:
        with pdf.open_metadata() as m:
            m['xmp:CreatorTool'] = 'PDF Tools'
        pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)


# ----------------------------------------------------------------------------------- scan / photo simulation
def scan_degrade(im, r, nrng):
    a = np.asarray(im.convert('RGB')).astype(np.float32)
    h, w = a.shape[:2]
    ang = r.uniform(-1.7, 1.7); tx = r.uniform(-14, 14); ty = r.uniform(-6, 20); s = r.uniform(0.985, 1.01)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, s); M[0, 2] += tx; M[1, 2] += ty
    lid = r.choice([252, 248, 235, 60])
    out = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(lid, lid, lid))
    tint = np.array(r.choice([(0.98, 0.97, 0.94), (0.96, 0.96, 0.96), (0.99, 0.98, 0.95), (0.95, 0.95, 0.97)]), np.float32)
    out *= tint
    if r.random() < 0.5:  # lid shadow along one edge
        g = np.ones(w, np.float32); k = int(r.uniform(20, 60)); g[:k] = np.linspace(0.7, 1, k)
        if r.random() < 0.5: g = g[::-1]
        out *= g[None, :, None]
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.45, 1.0))
    c = r.uniform(1.0, 1.25); out = (out - 128) * c + 128 + r.uniform(-6, 8)
    out += nrng.normal(0, r.uniform(2.5, 8), out.shape).astype(np.float32)
    for _ in range(r.randint(0, 12)):  # dust
        cv2.circle(out, (r.randint(0, w - 1), r.randint(0, h - 1)), r.randint(1, 2), (r.randint(40, 120),) * 3, -1)
    out = np.clip(out, 0, 255).astype(np.uint8)
    Hm = np.vstack([M, [0, 0, 1]])
    return Image.fromarray(out), Hm


def _lowfreq(nrng, h, w, scale=8):
    z = nrng.normal(0, 1, (max(2, h // (h // scale or 1)), max(2, w // (w // scale or 1)))).astype(np.float32)
    return cv2.resize(z, (w, h), interpolation=cv2.INTER_CUBIC)


def photo_sim(im, r, nrng):
    a = np.asarray(im.convert('RGB')).astype(np.float32)
    h, w = a.shape[:2]
    W, Hh = int(w * 1.3), int(h * 1.22)
    k = r.uniform(0.84, 0.93); ang = np.deg2rad(r.uniform(-5, 5))
    cx, cy = W / 2 + r.uniform(-0.04, 0.04) * W, Hh / 2 + r.uniform(-0.03, 0.04) * Hh
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = []
    for (x, y) in src:
        X, Y = (x - w / 2) * k, (y - h / 2) * k
        X, Y = X * np.cos(ang) - Y * np.sin(ang), X * np.sin(ang) + Y * np.cos(ang)
        dst.append([cx + X + r.uniform(-0.045, 0.045) * w, cy + Y + r.uniform(-0.03, 0.03) * h])
    # keystone: top narrower (phone tilted)
    ks = r.uniform(0, 0.06) * w
    dst[0][0] += ks; dst[1][0] -= ks
    dst = np.float32(dst)
    Hm = cv2.getPerspectiveTransform(src, dst)
    kind = r.choice(['wood', 'grey', 'cardboard', 'white'])
    base = {'wood': (120, 82, 50), 'grey': (105, 108, 112), 'cardboard': (170, 135, 95), 'white': (205, 203, 198)}[kind]
    bg = np.ones((Hh, W, 3), np.float32) * np.array(base, np.float32)
    bg += _lowfreq(nrng, Hh, W, 6)[..., None] * 12
    if kind == 'wood':
        streak = cv2.resize(nrng.normal(0, 1, (Hh // 3, 4)).astype(np.float32), (W, Hh))
        bg += streak[..., None] * 14
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (W, Hh))
    shadow = cv2.GaussianBlur(cv2.warpAffine(mask, np.float32([[1, 0, 10], [0, 1, 14]]), (W, Hh)), (0, 0), 14)
    bg *= (1 - 0.45 * shadow)[..., None]
    pg = cv2.warpPerspective(a, Hm, (W, Hh), flags=cv2.INTER_LINEAR)
    out = bg * (1 - mask[..., None]) + pg * mask[..., None]
    # uneven light
    yy, xx = np.mgrid[0:Hh, 0:W].astype(np.float32)
    th = r.uniform(0, 2 * np.pi)
    grad = ((xx - W / 2) * np.cos(th) + (yy - Hh / 2) * np.sin(th)) / max(W, Hh)
    vign = ((xx - W / 2) ** 2 / (W / 1.6) ** 2 + (yy - Hh / 2) ** 2 / (Hh / 1.6) ** 2)
    dim = r.random() < 0.4
    lvl = r.uniform(0.55, 0.72) if dim else r.uniform(0.82, 0.97)
    L = lvl + r.uniform(0.15, 0.35) * grad - r.uniform(0.05, 0.2) * vign
    if r.random() < 0.35:  # soft shadow of phone/hand
        sx, sy = r.uniform(0.2, 0.8) * W, r.uniform(0.1, 0.9) * Hh
        L -= 0.22 * np.exp(-(((xx - sx) / (W * 0.22)) ** 2 + ((yy - sy) / (Hh * 0.15)) ** 2))
    out *= np.clip(L, 0.25, 1.1)[..., None]
    tint = np.array((1.0, 0.93, 0.78) if dim else r.choice([(1.0, 0.98, 0.95), (0.96, 0.98, 1.0), (1, 1, 1)]), np.float32)
    out *= tint
    extras = []
    if r.random() < 0.3:  # table edge / floor
        side = r.choice(['left', 'right', 'bottom'])
        poly = {'left': [[0, 0], [int(W * 0.06), 0], [int(W * 0.03), Hh], [0, Hh]], 'right': [[W, 0], [int(W * 0.95), 0], [int(W * 0.97), Hh], [W, Hh]],
                'bottom': [[0, Hh], [0, int(Hh * 0.96)], [W, int(Hh * 0.94)], [W, Hh]]}[side]
        m = np.zeros((Hh, W), np.uint8); cv2.fillPoly(m, [np.int32(poly)], 1)
        out[m > 0] = out[m > 0] * 0.25 + np.array([30, 28, 26], np.float32)
        extras.append('table_edge')
    if r.random() < 0.3:  # thumb
        corner = dst[r.choice([3, 2])] if r.random() < 0.7 else dst[0]
        tx, ty = int(corner[0] + r.uniform(-30, 30)), int(corner[1] + r.uniform(-40, 10))
        m = np.zeros((Hh, W), np.float32)
        cv2.ellipse(m, (tx, ty), (int(W * 0.055), int(Hh * 0.07)), r.uniform(-40, 40), 0, 360, 1, -1)
        m = cv2.GaussianBlur(m, (0, 0), 6)
        skin = np.array((214, 160, 130), np.float32) * (0.8 + 0.2 * _lowfreq(nrng, Hh, W, 4)[..., None] * 0.3) * (lvl + 0.1)
        out = out * (1 - m[..., None]) + skin * m[..., None]
        extras.append('thumb')
    out = cv2.GaussianBlur(out, (0, 0), r.uniform(0.6, 1.3))
    out += nrng.normal(0, r.uniform(6, 11) if dim else r.uniform(2.5, 6), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out), Hm, extras


# ----------------------------------------------------------------------------------- image edits
def map_rect(Hm, x0, y0, x1, y1, pad=0):
    pts = np.float32([[x0, y0], [x1, y0], [x1, y1], [x0, y1]]).reshape(-1, 1, 2)
    q = cv2.perspectiveTransform(pts, Hm).reshape(-1, 2)
    return int(q[:, 0].min()) - pad, int(q[:, 1].min()) - pad, int(np.ceil(q[:, 0].max())) + pad, int(np.ceil(q[:, 1].max())) + pad


def pt_to_px(box, hpt, dpi):
    k = dpi / 72.0
    l, b, r, t = box
    return l * k, (hpt - t) * k, r * k, (hpt - b) * k


def _font(new, cap_px, bold=False, fontname=''):
    fn = fontname.lower()
    if any(ord(ch) > 0x2ff for ch in new): path, idx = WQY, 0
    elif ('serif' in fn and 'sans' not in fn) or 'times' in fn: path, idx = DEJA + ('DejaVuSerif-Bold.ttf' if bold else 'DejaVuSerif.ttf'), 0
    elif 'mono' in fn or 'courier' in fn: path, idx = DEJA + ('DejaVuSansMono-Bold.ttf' if bold else 'DejaVuSansMono.ttf'), 0
    else: path, idx = DEJA + ('DejaVuSans-Bold.ttf' if bold else 'DejaVuSans.ttf'), 0
    ref = ImageFont.truetype(path, 100, index=idx)
    bb = ref.getbbox('0')
    ratio = (bb[3] - bb[1]) / 100.0
    return ImageFont.truetype(path, max(6, int(round(cap_px / ratio))), index=idx)


def _cap_pt(occ):
    if occ.get('cap_h'): return occ['cap_h']
    return (occ['bbox'][3] - occ['bbox'][1]) / 1.17 * 0.72


def _local_scale(Hm, x, y):
    p = cv2.perspectiveTransform(np.float32([[[x, y]], [[x, y + 10]]]), Hm).reshape(-1, 2)
    return float(np.linalg.norm(p[1] - p[0]) / 10.0)


def _map_pt(Hm, x, y):
    p = cv2.perspectiveTransform(np.float32([[[x, y]]]), Hm).reshape(2)
    return float(p[0]), float(p[1])


def _ring_median(a, x0, y0, x1, y1):
    h, w = a.shape[:2]
    x0, y0, x1, y1 = max(x0, 0), max(y0, 0), min(x1, w - 1), min(y1, h - 1)
    parts = [a[max(y0 - 3, 0):y0, x0:x1], a[y1:y1 + 3, x0:x1], a[y0:y1, max(x0 - 3, 0):x0], a[y0:y1, x1:x1 + 3]]
    ring = np.concatenate([p.reshape(-1, a.shape[2]) for p in parts if p.size])
    return np.median(ring, axis=0)


def img_paste_text(img, Hm, hpt, dpi, occs, new, align):
    a = np.asarray(img.convert('RGB')).copy()
    pim = Image.fromarray(a); dr = ImageDraw.Draw(pim)
    for occ in occs:
        x0, y0, x1, y1 = map_rect(Hm, *pt_to_px(occ['bbox'], hpt, dpi), pad=2)
        bg = _ring_median(a, x0, y0, x1, y1)
        inner = a[y0:y1, x0:x1].reshape(-1, 3).astype(np.float32)
        ink = inner[np.abs(inner - bg).sum(1) >= np.percentile(np.abs(inner - bg).sum(1), 95)].mean(0)
        dr.rectangle([x0, y0, x1, y1], fill=tuple(int(v) for v in bg))
        k = dpi / 72.0
        ox, oy = occ['origin'][0] * k, (hpt - occ['origin'][1]) * k
        sc = _local_scale(Hm, ox, oy)
        f = _font(new, _cap_pt(occ) * k * sc, occ['bold'], occ.get('font', ''))
        tw = dr.textlength(new, font=f)
        if align == 'R':
            x, ybase = _map_pt(Hm, occ['bbox'][2] * k, oy); x -= tw
        else:
            x, ybase = _map_pt(Hm, ox, oy)
        dr.text((x, ybase), new, font=f, fill=tuple(int(v) for v in ink), anchor='ls')
    return pim


def img_paste_warped(img, Hm, hpt, wpt, dpi, occs, new, align, nrng):
    a = np.asarray(img.convert('RGB')).astype(np.float32)
    H, W = a.shape[:2]
    k = dpi / 72.0
    lay = Image.new('RGBA', (int(wpt * k) + 1, int(hpt * k) + 1), (0, 0, 0, 0)); dr = ImageDraw.Draw(lay)
    for occ in occs:
        px = pt_to_px(occ['bbox'], hpt, dpi)
        x0m, y0m, x1m, y1m = map_rect(Hm, *px, pad=2)
        bg = _ring_median(a.astype(np.uint8), x0m, y0m, x1m, y1m)
        dr.rectangle([px[0] - 2, px[1] - 2, px[2] + 2, px[3] + 2], fill=tuple(int(v) for v in bg) + (255,))
        f = _font(new, _cap_pt(occ) * k, occ['bold'], occ.get('font', ''))
        ybase = (hpt - occ['origin'][1]) * k
        tw = dr.textlength(new, font=f)
        x = px[2] - tw if align == 'R' else occ['origin'][0] * k
        dr.text((x, ybase), new, font=f, fill=(25, 25, 25, 255), anchor='ls')
    la = np.asarray(lay).astype(np.float32)
    wl = cv2.warpPerspective(la, Hm, (W, H), flags=cv2.INTER_LINEAR)
    al = wl[..., 3:4] / 255.0
    out = a * (1 - al) + wl[..., :3] * al
    out = np.clip(out, 0, 255).astype(np.uint8)
    return Image.fromarray(out)


def img_clone_digits(img, Hm, hpt, dpi, occs, new, chars):
    """copy glyphs of the needed digits from elsewhere on the same image"""
    a = np.asarray(img.convert('RGB')).copy()
    done = 0
    for occ in occs:
        old = occ['text']
        if len(old) != len(new): continue
        used = set(k for k, _ in occ['chars'])
        for pos, (ch_old, ch_new) in enumerate(zip(old, new)):
            if ch_old == ch_new: continue
            k_t, tb = occ['chars'][pos]
            th = tb[3] - tb[1]
            best = None
            for ci, (ch, bx) in enumerate(chars):
                if ch != ch_new or ci in used: continue
                hh = bx[3] - bx[1]
                if th <= 0 or abs(hh - th) / th > 0.12: continue
                d = abs(bx[1] - tb[1]) + abs(bx[0] - tb[0]) * 0.2
                if best is None or d < best[0]: best = (d, bx)
            if best is None: return None
            sx0, sy0, sx1, sy1 = map_rect(Hm, *pt_to_px(best[1], hpt, dpi), pad=1)
            dx0, dy0, dx1, dy1 = map_rect(Hm, *pt_to_px(tb, hpt, dpi), pad=1)
            # clear the old glyph area to local background, then paste clone
            bg = _ring_median(a, dx0, dy0, dx1, dy1)
            a[dy0:dy1, dx0:dx1] = bg.astype(np.uint8)
            patch = a[sy0:sy1, sx0:sx1].copy()
            patch = cv2.resize(patch, (dx1 - dx0, dy1 - dy0), interpolation=cv2.INTER_LINEAR)
            a[dy0:dy1, dx0:dx1] = patch
            done += 1
    return Image.fromarray(a) if done else None


def img_paste_from_render(img, Hm, hpt, dpi, occs, edited_pdf):
    a = np.asarray(img.convert('RGB')).copy()
    pages = {}
    for occ in occs:
        pi = occ['page']
        if pi not in pages: pages[pi] = np.asarray(render_page(edited_pdf, pi, dpi))
        src = pages[pi]
        px = [int(round(v)) for v in pt_to_px(occ['bbox'], hpt, dpi)]
        px = [px[0] - 14, px[1] - 3, px[2] + 4, px[3] + 3] if True else px
        patch = src[px[1]:px[3], px[0]:px[2]]
        x0, y0, x1, y1 = map_rect(Hm, px[0], px[1], px[2], px[3])
        cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
        ph, pw = patch.shape[:2]
        # the forger scales the patch to the right size but does not rotate it
        sc = _local_scale(Hm, (px[0] + px[2]) / 2, (px[1] + px[3]) / 2)
        patch = cv2.resize(patch, (max(1, int(pw * sc)), max(1, int(ph * sc))))
        ph, pw = patch.shape[:2]
        ys, xs = cy - ph // 2, cx - pw // 2
        a[ys:ys + ph, xs:xs + pw] = patch
    return Image.fromarray(a)
