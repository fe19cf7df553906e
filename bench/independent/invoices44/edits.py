"""Edited copies of genuine files: content-stream replace, incremental updates, white-box overlays,
re-saves through other programs, flattened print-to-PDF copies and retouched scan images."""
import os, io, re, json, copy, random, subprocess, shutil, math
import pypdfium2 as pdfium
import pikepdf, pypdf
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *

try:
    pdfmetrics.registerFont(TTFont('DejaVu', DEJAVU))
except Exception:
    pass

def find_boxes(pdf, text, whole=True):
    out = []
    doc = pdfium.PdfDocument(pdf)
    for pi in range(len(doc)):
        tp = doc[pi].get_textpage()
        for ww in ([True, False] if whole else [False]):
            s = tp.search(text, match_case=True, match_whole_word=ww)
            found = []
            while True:
                r = s.get_next()
                if not r: break
                i, n = r
                bx = [tp.get_charbox(k) for k in range(i, i + n)]
                bx = [b for b in bx if b[2] > b[0]]
                if not bx: continue
                found.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx))))
            if found:
                out += found; break
    return out

def _font_for(text):
    try:
        text.encode('cp1252'); return 'Helvetica'
    except UnicodeEncodeError:
        return 'DejaVu'

def overlay_replace(src, out, old, new, bold_guess=True):
    """white rectangle over every occurrence of old, new text drawn on top (reportlab), merged with pypdf"""
    boxes = find_boxes(src, old)
    if not boxes: raise RuntimeError(f'not found: {old!r} in {src}')
    reader = pypdf.PdfReader(src); writer = pypdf.PdfWriter(clone_from=reader)
    numeric = bool(re.fullmatch(r"[\d.,'\s\u202f\u00a0/-]+", old))
    byp = {}
    for pi, b in boxes: byp.setdefault(pi, []).append(b)
    for pi, bl in byp.items():
        pg = writer.pages[pi]; w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(w, h)); f = _font_for(new)
        for (l, bt, r, t) in bl:
            hh = t - bt; size = max(6, min(16, hh / (0.72 if numeric else 0.9)))
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, bt - 2.2, (r - l) + 3, hh + 4.2, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(f, size)
            if numeric: c.drawRightString(r, bt, new)
            else: c.drawString(l, bt - (0.2 * size if not numeric else 0), new)
        c.save(); buf.seek(0)
        pg.merge_page(pypdf.PdfReader(buf).pages[0])
    writer.add_metadata({'/Producer': 'pypdf'})
    with open(out, 'wb') as fh: writer.write(fh)
    return len(boxes)

def content_replace(src, out, old, new):
    """Acrobat-style text touch-up: rewrite the string operands of Tj/TJ in the page content streams (pikepdf)"""
    pdf = pikepdf.open(src); ob, nb = old.encode('cp1252'), new.encode('cp1252'); n = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); changed = False; newops = []
        for operands, op in ops:
            if op == pikepdf.Operator('Tj') and isinstance(operands[0], pikepdf.String) and ob in bytes(operands[0]):
                operands = [pikepdf.String(bytes(operands[0]).replace(ob, nb))]; changed = True; n += 1
            elif op == pikepdf.Operator('TJ'):
                arr = operands[0]; joined = b''.join(bytes(x) for x in arr if isinstance(x, pikepdf.String))
                if ob in joined:
                    operands = [pikepdf.Array([pikepdf.String(joined.replace(ob, nb))])]; changed = True; n += 1
            newops.append((operands, op))
        if changed:
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(newops))
    if not n: raise RuntimeError(f'not in content stream: {old!r}')
    pdf.save(out)
    return n

def incremental_replace(src, out, old, new):
    """content-stream replace written as an incremental update appended after the original %%EOF (pypdf)"""
    w = pypdf.PdfWriter(src, incremental=True); ob, nb = old.encode('cp1252'), new.encode('cp1252'); n = 0
    for page in w.pages:
        c = page.get_contents()
        if c is None: continue
        data = c.get_data()
        if ob in data:
            n += data.count(ob); c.set_data(data.replace(ob, nb)); page.replace_contents(c)
    if not n: raise RuntimeError('nothing replaced')
    w.add_metadata({'/ModDate': "D:20260301101500+01'00'"})
    with open(out, 'wb') as fh: w.write(fh)
    return n

def gs_resave(src, out):
    """re-distil through Ghostscript pdfwrite (as an 'optimise / reduce size' tool would)"""
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/ebook', f'-sOutputFile={out}', src],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=True)

def cairo_resave(src, out):
    """re-print through a cairo-based viewer's 'print to PDF'"""
    subprocess.run(['pdftocairo', '-pdf', src, out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, check=True)

def soffice_resave(src, out):
    tmp = os.path.join(WORK, 'resave'); os.makedirs(tmp, exist_ok=True)
    prof = 'file://' + os.path.join(WORK, 'lo_profile')
    name = os.path.basename(src).replace('.pdf', '.odg')
    t2 = os.path.join(tmp, os.path.basename(src)); shutil.copy(src, t2)
    subprocess.run(['soffice', f'-env:UserInstallation={prof}', '--headless', '--infilter=draw_pdf_import', '--convert-to', 'pdf:draw_pdf_Export',
                    '--outdir', os.path.join(tmp, 'o'), t2], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, 'o', os.path.basename(src)), out)

def flatten(src, out, dpi=150):
    from reportlab.lib.utils import ImageReader
    d = pdfium.PdfDocument(src); c = None
    for pg in d:
        w, h = pg.get_size(); im = pg.render(scale=dpi / 72).to_pil().convert('RGB')
        b = io.BytesIO(); im.save(b, 'JPEG', quality=88); b.seek(0)
        if c is None: c = canvas.Canvas(out, pagesize=(w, h))
        c.setPageSize((w, h)); c.drawImage(ImageReader(b), 0, 0, w, h); c.showPage()
    c.setCreator('Print to PDF'); c.setProducer('PDF printer driver 1.0'); c.save()

# ---------- image retouching ----------
def _img_boxes(meta, text):
    import scans
    src = os.path.join(BASE, meta['src_pdf']); p = meta['params'][0] if meta.get('params') else dict(angle=0, r=1)
    size = pdfium.PdfDocument(src)[0].get_size(); out = []
    for pi, (l, b, r, t) in find_boxes(src, text):
        if pi: continue
        x0, y0 = scans.map_pt(l, t, size, meta['dpi'], p['angle'], p['r'])
        x1, y1 = scans.map_pt(r, b, size, meta['dpi'], p['angle'], p['r'])
        out.append((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)))
    return out

def image_paste(img, box, new, numeric=True):
    """Photoshop-style: paint over with paper colour, type new value"""
    x0, y0, x1, y1 = [int(round(v)) for v in box]; pad = 3
    im = img.convert('RGB'); a = im.crop((x0 - pad - 6, y0 - pad, x1 + pad + 6, y1 + pad))
    px = sorted(a.convert('RGB').getdata(), key=lambda c: sum(c)); paper = px[int(len(px) * 0.9)]; ink = px[int(len(px) * 0.03)]
    dr = ImageDraw.Draw(im); dr.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], fill=paper)
    hh = y1 - y0; f = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', max(8, int(hh / 0.78 if numeric else hh / 0.98)))
    tw = dr.textlength(new, font=f)
    x = x1 - tw if numeric else x0
    dr.text((x, y1), new, fill=ink, font=f, anchor='ls')
    return im.convert(img.mode) if img.mode in ('L', 'RGB') else im

def image_clone(img, src_box, dst_box):
    """clone-stamp a region from elsewhere in the same image (right-aligned on the target)"""
    sx0, sy0, sx1, sy1 = [int(round(v)) for v in src_box]; dx0, dy0, dx1, dy1 = [int(round(v)) for v in dst_box]
    pad = 3; im = img.copy()
    bg = im.crop((dx0 - pad, dy0 - pad, dx1 + pad, dy1 + pad)).convert('L')
    paper = sorted(bg.getdata())[int(bg.width * bg.height * 0.9)]
    ImageDraw.Draw(im).rectangle([dx0 - pad, dy0 - pad, dx1 + pad, dy1 + pad], fill=paper if im.mode == 'L' else (paper,) * 3)
    patch = im.crop((sx0 - 2, sy0 - 2, sx1 + 2, sy1 + 2)) if True else None
    patch = img.crop((sx0 - 2, sy0 - 2, sx1 + 2, sy1 + 2))
    im.paste(patch, (dx0 - 2, dy0 - 2 + ((dy1 - dy0) - (sy1 - sy0)) // 2))
    return im

def _jpeg(im, q):
    b = io.BytesIO(); im.save(b, 'JPEG', quality=q); return b.getvalue()

# ---------- planning ----------
def new_value(rec, what, rng):
    m = rec['_meta']; nd = m['nd']
    if what == 'total':
        old = D(rec['total']); nv = q2(old * D(rng.choice(['0.45', '0.6', '0.72', '1.3', '1.8'])), nd)
        return fmt_num(old, m['num'], nd), fmt_num(nv, m['num'], nd), dict(total=f"{nv:.2f}")
    if what == 'date':
        old = dt.date.fromisoformat(rec['date']); nv = old + dt.timedelta(days=rng.choice([-380, -190, -64, 35]))
        return m['date_str'], fmt_date(nv, m['datefmt']), dict(date=nv.isoformat())
    if what == 'buyer':
        pool = [b for b in BUYERS['AT'] + BUYERS['CH'] if b != rec['buyer']]
        nv = rng.choice(pool); return rec['buyer'], nv, dict(buyer=nv)
    if what == 'quantity':
        qs = m['qty']; cand = [q for q in qs if qs.count(q) == 1] or qs
        q = cand[0]; n, unit = q.split(' ', 1); nq = f"{int(n) * 10} {unit}"
        return q, nq, {}
    raise ValueError(what)

def run(seed=4405):
    rng = random.Random(seed)
    allrecs = {r['file']: r for r in read_parts() if r['genuine']}
    inv = [r for r in allrecs.values() if r['is_invoice'] and not r['arithmetic_error']]
    core = [r for r in inv if r['_meta'].get('core_font') and r['producer'].startswith(('reportlab', 'fpdf2')) and r['producer'] != 'reportlab_till_receipt']
    vec = [r for r in inv if r['producer'].startswith(('weasy', 'chromium', 'docx', 'ods', 'reportlab', 'fpdf2')) and r['file'].endswith('.pdf')]
    kyo = [r for r in inv if r['producer'] in ('scan_mfp_pdf', 'scan_mfp_png', 'scan_mfp_jpeg')]
    rng.shuffle(core); rng.shuffle(vec)
    jobs = []
    whats = ['total', 'buyer', 'date', 'quantity']
    for k, r in enumerate(core[:7]): jobs.append(('pikepdf_text_replace', r, [whats[k % 4]] if k < 6 else ['total', 'date']))
    for k, r in enumerate(core[7:12]): jobs.append(('pypdf_incremental_update', r, [['total', 'buyer', 'date', 'total', 'quantity'][k]]))
    for k, r in enumerate(core[12:15]): jobs.append(('pikepdf_replace_ghostscript_resave', r, [['total', 'buyer', 'date'][k]]))
    for k, r in enumerate(core[15:17]): jobs.append(('pikepdf_replace_cairo_reprint', r, [['total', 'quantity'][k]]))
    used = {j[1]['file'] for j in jobs}
    vec = [r for r in vec if r['file'] not in used]
    for k, r in enumerate(vec[:8]): jobs.append(('overlay_whitebox', r, [['total', 'buyer', 'date', 'total', 'quantity'][k % 5]] if k < 7 else ['buyer', 'total']))
    for k, r in enumerate(vec[8:12]): jobs.append(('overlay_then_print_flatten', r, [['total', 'date', 'buyer', 'total'][k]]))
    for k, r in enumerate(kyo): jobs.append(('image_clone' if k in (1, 2, 5, 8) else 'image_paste', r, [['total', 'buyer', 'total', 'buyer', 'total', 'date', 'buyer', 'total', 'date'][k % 9]]))
    jobs = [(m_, r_, [('total' if (w_ == 'buyer' and not r_['buyer']) else w_) for w_ in w]) for m_, r_, w in jobs]
    jobs = [(m_, r_, list(dict.fromkeys(w))) for m_, r_, w in jobs]
    recs = []
    for n, (method, r, what) in enumerate(jobs):
        src = os.path.join(FILES, r['file']); ext = os.path.splitext(r['file'])[1]
        out_name = f"e{n:02d}_{r['file'].rsplit('.', 1)[0]}{ext}"; out = os.path.join(FILES, out_name)
        rec = copy.deepcopy(r); rec.update(file=out_name, genuine=False, edit_method=method, what_changed=list(what), edit_before_capture=False, arithmetic_error=False)
        rec['_meta']['source_genuine'] = r['file']
        try:
            cur = src
            for wi, w in enumerate(what):
                if method == 'image_clone':
                    # clone: replace invoice date with another date printed on the same scan (due date / period start)
                    w = 'date'; rec['what_changed'] = ['date']
                    break
                old, new, upd = new_value(rec, w, rng)
                tmp = out + f'.{wi}.tmp'
                if method.startswith('pikepdf_'): content_replace(cur, tmp, old, new)
                elif method == 'pypdf_incremental_update': incremental_replace(cur, tmp, old, new)
                elif method in ('overlay_whitebox', 'overlay_then_print_flatten'): overlay_replace(cur, tmp, old, new)
                elif method == 'image_paste':
                    boxes = _img_boxes(r['_meta'], old)
                    if not boxes: raise RuntimeError('no box')
                    if ext == '.pdf':
                        im = Image.open(os.path.join(WORK, r['file'].replace('.pdf', '_p0.jpg')))
                    else:
                        im = Image.open(src); im.load()
                    for b in boxes: im = image_paste(im, b, new, numeric=(w != 'buyer'))
                    if ext == '.pdf':
                        import scans
                        jb = open(os.path.join(WORK, r['file'].replace('.pdf', '_p0.jpg')), 'rb').read()
                        pages = [ _jpeg(im, 85) ]
                        scans.wrap_pdf(pages, tmp, r['_meta']['dpi'] * r['_meta']['params'][0]['r'], 'Adobe-style image editor export')
                        if r['pages'] > 1: rec['pages'] = 1; rec['_meta']['note'] = 'only first page kept by editor'
                    elif ext == '.png': im.save(tmp, 'PNG')
                    else: open(tmp, 'wb').write(_jpeg(im, 82))
                if cur != src: os.remove(cur)
                cur = tmp; rec.update(upd)
            if method == 'image_clone':
                m = r['_meta']; cands = re.findall(r'\d{2}\.\d{2}\.\d{4}|\d{2}/\d{2}/\d{4}|\d{1,2} \w+ \d{4}', '')
                # find any other date string printed on the scan
                src_pdf = os.path.join(BASE, m['src_pdf'])
                txt = pdfium.PdfDocument(src_pdf)[0].get_textpage().get_text_range()
                pat = {'dot': r'\d{2}\.\d{2}\.\d{4}', 'slash_eu': r'\d{2}/\d{2}/\d{4}'}.get(m['datefmt'], r'\d{2}\.\d{2}\.\d{4}')
                others = [x for x in dict.fromkeys(re.findall(pat, txt)) if x != m['date_str'] and _img_boxes(m, x)]
                qs = [q for q in m['qty'] if m['qty'].count(q) == 1 and _img_boxes(m, q)]
                if others:
                    od = others[0]; sb = _img_boxes(m, od)[0]; dbs = _img_boxes(m, m['date_str'])
                elif len(qs) >= 2:
                    od = None; sb = _img_boxes(m, qs[1])[0]; dbs = _img_boxes(m, qs[0])
                    rec['what_changed'] = ['quantity']; rec['_meta']['note'] = f'quantity {qs[0]} replaced by clone of {qs[1]} from another line'
                else:
                    raise RuntimeError('nothing to clone')
                if ext == '.pdf': im = Image.open(os.path.join(WORK, r['file'].replace('.pdf', '_p0.jpg')))
                else: im = Image.open(src); im.load()
                for db in dbs[:1] if od is None else dbs: im = image_clone(im, sb, db)
                tmp = out + '.c.tmp'
                if ext == '.pdf':
                    import scans
                    scans.wrap_pdf([_jpeg(im, 80)], tmp, m['dpi'] * m['params'][0]['r'], 'MFP ScanToPDF 4.1')
                    rec['pages'] = 1
                elif ext == '.png': im.save(tmp, 'PNG')
                else: open(tmp, 'wb').write(_jpeg(im, 70))
                cur = tmp
                if od:
                    dd, mm_, yy = (re.split(r'[./]', od)); rec['date'] = f"{yy}-{mm_}-{dd}"
                    rec['_meta']['note'] = f'invoice date replaced by clone of {od} printed elsewhere on the page'
            if method == 'pikepdf_replace_ghostscript_resave':
                gs_resave(cur, out + '.rs.tmp'); os.remove(cur); cur = out + '.rs.tmp'
            if method == 'pikepdf_replace_cairo_reprint':
                cairo_resave(cur, out + '.rs.tmp'); os.remove(cur); cur = out + '.rs.tmp'
            if method == 'overlay_then_print_flatten':
                flatten(cur, out + '.fl.tmp'); os.remove(cur); cur = out + '.fl.tmp'
            os.replace(cur, out)
            rec['pages'] = pdf_pages(out) if ext == '.pdf' else 1
            recs.append(rec); print('edit', out_name, method, rec['what_changed'], flush=True)
        except Exception as e:
            print('SKIP', out_name, method, what, repr(e)[:150], flush=True)
            for f in os.listdir(FILES):
                if f.startswith(out_name) and f.endswith('tmp'): os.remove(os.path.join(FILES, f))
    write_part('50_edits', recs)
    return recs

if __name__ == '__main__':
    run()
