"""Edited copies of genuine files, done the way a panicking seller would."""
import os, copy, pickle, random, subprocess, shutil, io, datetime, math, glob, statistics
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import pikepdf, pypdf
import pypdfium2 as pdfium
from reportlab.pdfgen import canvas as rlcanvas
from common import *
import genuine_img, genuine_pdf, genuine_html


def load(fname):
    with open(os.path.join(WORK, fname + '.doc.pkl'), 'rb') as f: d = pickle.load(f)
    return d['doc'], d['rec']


def load_img(fname):
    with open(os.path.join(WORK, fname + '.img.pkl'), 'rb') as f: return pickle.load(f)


def printed(doc, field):
    reg = doc['region']
    return {'total': lambda: fmt_money(doc['total'], reg), 'buyer': lambda: doc['buyer']['name'],
            'supplier': lambda: doc['supplier']['name'], 'date': lambda: fmt_date(doc['date'], reg)}[field]()


def change(doc, field, rng):
    """Return a modified deep copy of doc with one field changed as a seller would."""
    nd = copy.deepcopy(doc); reg = doc['region']
    if field == 'total':
        f = rng.choice([D('1.5'), D('2'), D('3'), D('0.6')])
        nd['total'] = q(doc['total'] * f, PROF[reg]['dec'])
    elif field == 'buyer':
        nd['buyer']['name'] = rng.choice(['Aina Global Ventures', 'Harbourline Brands Pty Ltd', 'Kopi Lane Goods Pte. Ltd.', 'Riverbend Home Store LLC',
                                          'TechNest Gadget Resources', 'Maple & Fern Retail Inc.', 'Outback Kitchen Co Pty Ltd'])
        if nd['buyer']['name'] == doc['buyer']['name']: nd['buyer']['name'] = 'Northpoint E-Store Pte. Ltd.'
    elif field == 'supplier':
        nd['supplier']['name'] = rng.choice(['Lumora Brand Holdings Ltd.', 'Vantrix Official Distribution', 'Kestrel Home Brands Sdn. Bhd.',
                                             'Orvane Authorised Supply Pty Ltd'])
    elif field == 'date':
        nd['date'] = doc['date'] - datetime.timedelta(days=rng.choice([92, 180, 365, 31]))
    return nd


def add_label(src_fn, fn, nd, method, changed, pages, ebc=False, producer=None, **kw):
    _, srec = load(src_fn)
    r = label(fn, nd, producer or srec['producer'], pages, genuine=False, edit_method=method, what_changed=changed,
              edit_before_capture=ebc, source_file=src_fn, **kw)
    return r


def text_present(pdf, s):
    d = pdfium.PdfDocument(pdf)
    return any(s in d[i].get_textpage().get_text_range() for i in range(len(d)))

# ----------------------------------------------------------------- content-stream edits (ReportLab Helvetica files)

def pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)').encode('latin-1')


def stream_replace(data, old, new, after=None, whole=False):
    o, n = b'(' + pdf_escape(old) + b')', b'(' + pdf_escape(new) + b')'
    start = 0
    if after is not None:
        k = data.find(b'(' + pdf_escape(after) + b')')
        if k < 0: return None
        start = k
    i = data.find(o, start)
    if i < 0 and not whole:  # the value sits inside a longer literal, e.g. (Date: 05/03/2026)
        o, n = pdf_escape(old), pdf_escape(new)
        i = data.find(o, start)
    if i < 0: return None
    return data[:i] + n + data[i + len(o):]


def qty_change(doc, rng):
    nd = copy.deepcopy(doc)
    it = nd['items'][rng.randrange(len(nd['items']))]
    old = it['qty']; it['qty'] = old * rng.choice([2, 3, 5, 10]) if old < 100 else old * 2
    return nd, it['sku'], str(old), str(it['qty'])


def pikepdf_edit(src_fn, fn, field, rng):
    doc, _ = load(src_fn)
    src = os.path.join(FILES, src_fn); out = os.path.join(FILES, fn)
    pdf = pikepdf.open(src)
    if field == 'quantity':
        nd, after, old, new = qty_change(doc, rng)
    else:
        nd = change(doc, field, rng); after = None; old, new = printed(doc, field), printed(nd, field)
    done = False
    for page in pdf.pages:
        c = page.obj.Contents
        data = c.read_bytes()
        nb = stream_replace(data, old, new, after, whole=field == 'quantity')
        if nb is not None:
            c.write(nb); done = True
            if field != 'total': break  # buyer/date also on later headers: first page is enough for a panicked seller
    if not done: return None
    pdf.docinfo['/Producer'] = 'pikepdf'
    pdf.save(out)
    return add_label(src_fn, fn, nd, 'pikepdf_text_replace', [field], pdf_pages(out))


def pypdf_incremental(src_fn, fn, field, rng):
    from pypdf.generic import DecodedStreamObject, NameObject
    doc, _ = load(src_fn)
    src = os.path.join(FILES, src_fn); out = os.path.join(FILES, fn)
    w = pypdf.PdfWriter(src, incremental=True)
    if field == 'quantity':
        nd, after, old, new = qty_change(doc, rng)
    else:
        nd = change(doc, field, rng); after = None; old, new = printed(doc, field), printed(nd, field)
    page = w.pages[0]
    data = page.get_contents().get_data()
    nb = stream_replace(data, old, new, after, whole=field == 'quantity')
    if nb is None and len(w.pages) > 1:
        page = w.pages[-1]; data = page.get_contents().get_data(); nb = stream_replace(data, old, new, after, whole=field == 'quantity')
    if nb is None: return None
    s = DecodedStreamObject(); s.set_data(nb)
    page[NameObject('/Contents')] = w._add_object(s)
    w.add_metadata({'/ModDate': "D:20260301101500+08'00'"})
    with open(out, 'wb') as f: w.write(f)
    return add_label(src_fn, fn, nd, 'pypdf_incremental_update', [field], pdf_pages(out))

# ----------------------------------------------------------------- white box + new text overlay

def locate(pdf, text):
    """first occurrence: (page, x0, baseline_y, x1, top, fontsize) in PDF user space (bottom-left origin)."""
    d = pdfium.PdfDocument(pdf)
    for pi in range(len(d)):
        pg = d[pi]; tp = pg.get_textpage(); s = tp.search(text, match_case=True); r = s.get_next()
        if not r: continue
        i, n = r
        bx = [tp.get_charbox(k) for k in range(i, i + n)]
        bx = [b for b in bx if b[2] - b[0] > 0.01]
        x0 = min(b[0] for b in bx); x1 = max(b[2] for b in bx); top = max(b[3] for b in bx)
        base = statistics.median(b[1] for b in bx)
        digits = [b for b, ch in zip([tp.get_charbox(k) for k in range(i, i + n)], text) if ch.isdigit() or ch.isupper()]
        h = statistics.median((b[3] - b[1]) for b in (digits or bx))
        return pi, x0, base, x1, top, h / 0.72, min(b[1] for b in bx)
    return None


def overlay(src, out, repl, font='Helvetica'):
    """repl: list of (old_text, new_text, align). White box + new text drawn by ReportLab, merged with pypdf."""
    r = pypdf.PdfReader(src); w = pypdf.PdfWriter(clone_from=r)
    per_page = {}
    for old, new, align in repl:
        loc = locate(src, old)
        if loc is None: return False
        per_page.setdefault(loc[0], []).append((loc, new, align))
    for pi, items in per_page.items():
        mb = r.pages[pi].mediabox
        buf = io.BytesIO(); c = rlcanvas.Canvas(buf, pagesize=(float(mb.width), float(mb.height)))
        for (p, x0, base, x1, top, fs, low), new, align in items:
            fn_ = font
            c.setFillColorRGB(1, 1, 1); c.rect(x0 - 1.5, low - 1.2, x1 - x0 + 3, top - low + 2.4, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(fn_, round(fs, 1))
            if align == 'r': c.drawRightString(x1, base, new)
            else: c.drawString(x0, base, new)
        c.save(); buf.seek(0)
        w.pages[pi].merge_page(pypdf.PdfReader(buf).pages[0])
    w.add_metadata({'/Producer': 'pypdf', '/ModDate': "D:20260302093000+08'00'"})
    with open(out, 'wb') as f: w.write(f)
    return True


def overlay_edit(src_fn, fn, field, rng, resave=None):
    doc, rec = load(src_fn)
    nd = change(doc, field, rng)
    src = os.path.join(FILES, src_fn); out = os.path.join(FILES, fn)
    font = 'WQY' if doc['lang'] in ('zh', 'ja') else ('DJV' if doc['lang'] == 'pl' else 'Helvetica')
    align = 'r' if field == 'total' else 'l'
    tmp = out if not resave else os.path.join(WORK, 'ov_' + fn)
    if not overlay(src, tmp, [(printed(doc, field), printed(nd, field), align)], font): return None
    method = 'overlay_whitebox'
    if resave == 'raster':  # "print to PDF" through an image: flatten the overlay
        d = pdfium.PdfDocument(tmp)
        ims = [d[i].render(scale=2).to_pil().convert('RGB') for i in range(len(d))]
        ims[0].save(out, 'PDF', save_all=True, append_images=ims[1:], resolution=144)
        method = 'overlay_whitebox_rasterized'
    elif resave == 'gs':  # re-saved through Ghostscript pdfwrite ("print to PDF")
        subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/ebook', f'-sOutputFile={out}', tmp],
                       check=True, capture_output=True, timeout=200)
        method = 'overlay_whitebox_resaved_ghostscript'
    elif resave == 'cairo':
        subprocess.run(['pdftocairo', '-pdf', tmp, out], check=True, capture_output=True, timeout=200)
        method = 'overlay_whitebox_resaved_pdftocairo'
    return add_label(src_fn, fn, nd, method, [field], pdf_pages(out))

# ----------------------------------------------------------------- image edits

def char_boxes_img(meta, text, page=0):
    occ = genuine_img.find_boxes(meta['src'], text, page)
    if not occ: return None
    out = []
    for (x0, y0, x1, y1) in occ[-1] if text[0].isdigit() or text.startswith(('RM', 'S$', 'A$', 'Rp', '¥', 'THB', 'USD')) else occ[0]:
        pts = [genuine_img.map_pt(p, meta) for p in [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]]
        xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def resave(im, out, rng, quality=None):
    if out.endswith('.png'): im.save(out, 'PNG')
    elif out.endswith('.pdf'): im.save(out, 'PDF', resolution=120, save_all=True, append_images=list(EXTRA_PAGES))
    else: im.save(out, 'JPEG', quality=quality or rng.choice([45, 55, 60]))


EXTRA_PAGES = []


def open_img(path, meta=None):
    """First page as an image at its native resolution; further pages of a scanned PDF kept in EXTRA_PAGES."""
    EXTRA_PAGES.clear()
    if path.endswith('.pdf'):
        d = pdfium.PdfDocument(path)
        sc = meta['scale'] * meta['down'] if meta else 120 / 72
        EXTRA_PAGES.extend(d[i].render(scale=sc).to_pil().convert('RGB') for i in range(1, len(d)))
        return d[0].render(scale=sc).to_pil().convert('RGB')
    return Image.open(path).convert('RGB')


def image_paste(src_fn, fn, field, rng):
    doc, _ = load(src_fn); meta = load_img(src_fn)
    nd = change(doc, field, rng)
    boxes = char_boxes_img(meta, printed(doc, field))
    if not boxes: return None
    im = open_img(os.path.join(FILES, src_fn), meta)
    x0 = int(min(b[0] for b in boxes)) - 2; y0 = int(min(b[1] for b in boxes)) - 2
    x1 = int(max(b[2] for b in boxes)) + 2; y1 = int(max(b[3] for b in boxes)) + 2
    a = np.asarray(im)
    ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), a[y1:y1 + 4, x0:x1].reshape(-1, 3)])
    bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 245)
    ink = tuple(int(v) for v in np.percentile(a[y0:y1, x0:x1].reshape(-1, 3), 3, axis=0))
    new = printed(nd, field)
    h = y1 - y0
    fpath = genuine_pdf.CJK_FONT if doc['lang'] in ('zh', 'ja') else ('/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' if field == 'total' else genuine_pdf.DEJAVU)
    font = ImageFont.truetype(fpath, max(8, int(h * 0.95)))
    tw = int(font.getlength(new)) + 6
    patch = Image.new('RGB', (max(tw, x1 - x0), h), bg)
    dr = ImageDraw.Draw(patch)
    tx = patch.width - tw + 3 if field == 'total' else 1
    dr.text((tx, h * 0.02), new, font=font, fill=ink)
    patch = patch.filter(ImageFilter.GaussianBlur(0.6))
    px = x1 - patch.width if field == 'total' else x0
    im.paste(patch, (px, y0))
    out = os.path.join(FILES, fn); resave(im, out, rng)
    return add_label(src_fn, fn, nd, 'image_paste_text', [field], 1 + len(EXTRA_PAGES), low_quality_resave=not out.endswith('.png'))


def image_clone_digit(src_fn, fn, rng):
    doc, _ = load(src_fn); meta = load_img(src_fn)
    tot = printed(doc, 'total')
    boxes = char_boxes_img(meta, tot)
    if not boxes: return None
    digits = [i for i, ch in enumerate(tot) if ch.isdigit()]
    # change the leading digit of the amount by cloning another digit of the same total over it
    tgt = digits[0]
    srcs = [i for i in digits if tot[i] != tot[tgt] and tot[i] != '0']
    if not srcs: return None
    si = rng.choice(srcs)
    im = open_img(os.path.join(FILES, src_fn), meta)
    sb, tb = boxes[si], boxes[tgt]
    s_box = tuple(int(round(v)) for v in sb); t_box = tuple(int(round(v)) for v in tb)
    reg = im.crop(s_box).resize((max(1, t_box[2] - t_box[0]), max(1, t_box[3] - t_box[1])))
    im.paste(reg, t_box[:2])
    newtot = tot[:tgt] + tot[si] + tot[tgt + 1:]
    nd = copy.deepcopy(doc)
    num = ''.join(ch for ch in newtot if ch.isdigit() or ch == PROF[doc['region']]['ds'])
    num = num.replace(PROF[doc['region']]['ds'], '.') if PROF[doc['region']]['dec'] else num.replace(PROF[doc['region']]['ds'], '')
    nd['total'] = D(num)
    out = os.path.join(FILES, fn); resave(im, out, rng)
    return add_label(src_fn, fn, nd, 'image_clone_digit', ['total'], 1 + len(EXTRA_PAGES), low_quality_resave=True)


def stamp_image(rng, kind, text):
    S = 220
    im = Image.new('RGB', (S, S), (252, 252, 250)); d = ImageDraw.Draw(im)
    if kind == 'chop':
        col = (200, 30, 40) if rng.random() < 0.6 else (30, 50, 160)
        d.ellipse((8, 8, S - 8, S - 8), outline=col, width=7); d.ellipse((30, 30, S - 30, S - 30), outline=col, width=2)
        f = ImageFont.truetype(genuine_pdf.DEJAVU_B, 17)
        d.text((S / 2, S / 2 - 12), text[:16], font=f, fill=col, anchor='mm')
        d.text((S / 2, S / 2 + 14), text[16:32] or 'AUTHORISED', font=f, fill=col, anchor='mm')
        d.text((S / 2, S / 2 + 42), '★ ★ ★', font=ImageFont.truetype(genuine_pdf.DEJAVU, 16), fill=col, anchor='mm')
    else:  # signature scribble
        col = (20, 30, 110)
        pts = [(20 + i * 9, 120 + 35 * math.sin(i * rng.uniform(0.6, 1.1)) + rng.uniform(-8, 8)) for i in range(21)]
        d.line(pts, fill=col, width=3); d.line([(30, 160), (200, 150)], fill=col, width=2)
    im = im.rotate(rng.uniform(-15, 15), fillcolor=(252, 252, 250))
    b = io.BytesIO(); im.save(b, 'JPEG', quality=50)  # it was cut out of another (JPEG) document
    return Image.open(io.BytesIO(b.getvalue())).convert('RGB')


def stamp_paste(src_fn, fn, rng, kind='chop'):
    doc, _ = load(src_fn)
    im = open_img(os.path.join(FILES, src_fn), load_img(src_fn))
    st = stamp_image(rng, kind, doc['supplier']['name'].upper())
    sc = im.width / 1240 * rng.uniform(0.9, 1.2)
    st = st.resize((int(st.width * sc), int(st.height * sc)))
    x = int(im.width * rng.uniform(0.55, 0.7)); y = int(im.height * rng.uniform(0.55, 0.7))
    if rng.random() < 0.5:
        im.paste(st, (x, y))  # plain rectangular paste (the tell-tale background box)
    else:
        region = np.asarray(im.crop((x, y, x + st.width, y + st.height))).astype(np.float32)
        blended = region * (np.asarray(st).astype(np.float32) / 255.0)  # multiply blend
        im.paste(Image.fromarray(blended.astype(np.uint8)), (x, y))
    nd = copy.deepcopy(doc)
    out = os.path.join(FILES, fn); resave(im, out, rng)
    return add_label(src_fn, fn, nd, 'stamp_paste' if kind == 'chop' else 'signature_paste', ['stamp' if kind == 'chop' else 'signature'], 1 + len(EXTRA_PAGES),
                     low_quality_resave=True)


def edit_then_capture(i, seed, reg, dt, maker, field, how, rng):
    """The seller changes the document before printing and scanning/photographing: no trace in the file."""
    doc = make_doc(seed, reg, dt)
    nd = change(doc, field, rng)
    src = genuine_img.source_pdf(nd, maker, os.path.join(WORK, f'src_ebc_{i:02d}.pdf'))
    if how == 'photo':
        fn = f'e_{i:02d}_edit_then_photo_{reg}.jpg'; meta, n = genuine_img.make_photo(src, os.path.join(FILES, fn), rng)
    else:
        fn = f'e_{i:02d}_edit_then_scan_{reg}.jpg'; meta, n = genuine_img.make_scan(src, os.path.join(FILES, fn), rng, 'jpg')
    genuine_img.save_meta(fn, meta)
    return label(fn, nd, 'phone_photo' if how == 'photo' else 'scan_jpg', n, genuine=False, edit_method='edited_before_capture',
                 what_changed=[field], edit_before_capture=True, source_layout=maker)


def ok_source(fn):
    doc, rec = load(fn)
    return not rec['arithmetic_error'] and rec['is_invoice']


def run():
    rng = random.Random(777)
    rl = [f for f in sorted(os.listdir(FILES)) if f.startswith('g_rl_') and ok_source(f) and load(f)[0]['lang'] in ('en', 'de', 'fr', 'it', 'es', 'nl', 'id')]
    k = 0
    def nm(method, src, ext=None):
        nonlocal k
        base, e = os.path.splitext(src); k += 1
        return f'e_{k:02d}_{method}_{base[2:]}{ext or e}'
    recs = []
    # 1) pikepdf content stream replacement (7)
    for src, field in zip(rl[:7], ['total', 'buyer', 'date', 'quantity', 'total', 'buyer', 'date']):
        r = pikepdf_edit(src, nm('pikepdf', src), field, rng); print('pikepdf', src, field, bool(r)); recs.append(r)
    # 2) pypdf incremental update (5)
    for src, field in zip(rl[7:12], ['total', 'buyer', 'quantity', 'date', 'total']):
        r = pypdf_incremental(src, nm('incr', src), field, rng); print('incr', src, field, bool(r)); recs.append(r)
    # 3) overlay white box (7) on HTML / fpdf / office PDFs
    ov = [f for f in sorted(os.listdir(FILES)) if f.startswith(('g_html_', 'g_fpdf_', 'g_docx_', 'g_calc_')) and ok_source(f)]
    rng.shuffle(ov)
    fields = ['total', 'buyer', 'supplier', 'date', 'total', 'buyer', 'supplier', 'total', 'buyer', 'date', 'total']
    done = 0
    for src in ov:
        if done >= 11: break
        resv = 'raster' if done in (7, 8) else ({9: 'gs', 10: 'cairo'}.get(done))
        r = overlay_edit(src, nm('overlay', src, '.pdf'), fields[done], rng, resave=resv)
        print('overlay', src, fields[done], resv, bool(r))
        if r: recs.append(r); done += 1
    # 4) image paste on scans (5), clone digit on photos / scans (5), stamps (3)
    scans = [f for f in sorted(os.listdir(FILES)) if f.startswith('g_scan_') and ok_source(f)]
    photos = [f for f in sorted(os.listdir(FILES)) if f.startswith('g_photo_') and ok_source(f)]
    done = 0
    for src, field in zip(scans, ['total', 'buyer', 'date', 'total', 'supplier', 'buyer', 'total', 'date']):
        if done >= 5: break
        try: r = image_paste(src, nm('imgpaste', src), field, rng)
        except Exception as ex: print('fail', src, ex); r = None
        print('imgpaste', src, field, bool(r))
        if r: recs.append(r); done += 1
    done = 0
    for src in photos + scans[::-1]:
        if done >= 5: break
        try: r = image_clone_digit(src, nm('clone', src), rng)
        except Exception as ex: print('fail', src, ex); r = None
        print('clone', src, bool(r))
        if r: recs.append(r); done += 1
    for src, kind in zip(scans[-3:], ['chop', 'chop', 'sig']):
        r = stamp_paste(src, nm('stamp' if kind == 'chop' else 'signature', src), rng, kind); recs.append(r)
    # 5) edited before printing + capture (4)
    for j, (reg, dt, maker, field, how) in enumerate([('my', 'invoice', 'sqlacc', 'buyer', 'scan'), ('sg', 'tax_invoice', 'xero', 'supplier', 'scan'),
                                                     ('my', 'receipt', 'receipt', 'total', 'photo'), ('au', 'tax_invoice', 'rl', 'date', 'photo')]):
        k += 1; recs.append(edit_then_capture(k, 9900 + j, reg, dt, maker, field, how, rng))
    return [r for r in recs if r]

if __name__ == '__main__':
    import sys
    for f in glob.glob(os.path.join(FILES, 'e_*')): os.remove(f)
    run(); write_labels(RECORDS, os.path.join(WORK, 'part_edits.jsonl'))
