# Edited copies of genuine files, made the way a panicking seller would.
import os, copy, io, datetime as dt, shutil
import numpy as np
import pikepdf
from pypdf import PdfReader, PdfWriter
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import capture as cap
from docmodel import fnum, fdate, fmoney, q2, q0, D, FAKE_BUYERS

DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'

def num_str(doc, x): return fnum(x, doc['loc'], 0 if doc['cur'] == 'JPY' else 2)

def pick_total(doc, rng, same_len=False):
    old = doc['total']; os_ = num_str(doc, old)
    for _ in range(200):
        f = D(str(round(rng.choice([rng.uniform(0.35, 0.9), rng.uniform(1.15, 2.6)]), 3)))
        new = (q0 if doc['cur'] == 'JPY' else q2)(old * f)
        if doc['cur'] == 'CHF': new = q2((new * 20).quantize(D('1')) / 20)
        if new != old and (not same_len or len(num_str(doc, new)) == len(os_)): return new
    return None

def pick_date(doc, ds, rng, same_len=False):
    old = doc['date']; os_ = fdate(old, ds)
    for _ in range(200):
        new = old - dt.timedelta(days=rng.randint(15, 150))
        if new.year == 2026 or rng.random() < 0.3:
            if not same_len or len(fdate(new, ds)) == len(os_): return new
    return None

# ---------- PDF-level edits ----------
def pikepdf_replace(src, dst, pairs, qty_anchor=None):
    pdf = pikepdf.open(src); n = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); out = []; armed = qty_anchor is None
        for operands, op in ops:
            new_ops = []
            for o in operands:
                if isinstance(o, pikepdf.String):
                    b = bytes(o)
                    if qty_anchor is not None:
                        if qty_anchor[0].encode('cp1252', 'replace') in b: armed = True
                        elif armed and b == qty_anchor[1].encode() and n == 0:
                            b = qty_anchor[2].encode(); n += 1
                    else:
                        for old, new in pairs:
                            ob, nb = old.encode('cp1252'), new.encode('cp1252')
                            if ob in b: b = b.replace(ob, nb); n += 1
                    o = pikepdf.String(b)
                new_ops.append(o)
            out.append((new_ops, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    pdf.save(dst); pdf.close(); return n

def pypdf_incremental_replace(src, dst, pairs):
    from pypdf.generic import DecodedStreamObject, NameObject
    w = PdfWriter(src, incremental=True); n = 0
    for page in w.pages:
        data = page.get_contents().get_data()
        for old, new in pairs:
            ob, nb = old.encode('cp1252'), new.encode('cp1252')
            if ob in data: data = data.replace(ob, nb); n += 1
        ns = DecodedStreamObject(); ns.set_data(data)
        page[NameObject('/Contents')] = w._add_object(ns.flate_encode())
    w.add_metadata({'/ModDate': "D:20261201101500+01'00'"})
    with open(dst, 'wb') as f: w.write(f)
    return n

def overlay(src, dst, items, incremental=False, font='Helvetica'):
    """items: list of (page, box_pt, newtext, align)"""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    r = PdfReader(src)
    buf = io.BytesIO(); c = None
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in r.pages]
    c = canvas.Canvas(buf)
    for pi, (w, h) in enumerate(sizes):
        c.setPageSize((w, h))
        for (pg, (l, b, rr, t), txt, align) in items:
            if pg != pi: continue
            fs = max(6, min(16, (t - b) / 0.72))
            tw = stringWidth(txt, font, fs)
            if align == 'right': x0, x1 = min(l, rr - tw), rr
            else: x0, x1 = l, max(rr, l + tw)
            c.setFillColorRGB(1, 1, 1); c.rect(x0 - 1.5, b - 1.8, x1 - x0 + 3, t - b + 3.3, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            if align == 'right': c.drawRightString(rr, b, txt)
            else: c.drawString(l, b, txt)
        c.showPage()
    c.save(); buf.seek(0)
    ov = PdfReader(buf)
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=src)
    for i, p in enumerate(w.pages):
        p.merge_page(ov.pages[i])
    with open(dst, 'wb') as f: w.write(f)

def rasterize(src, dst, dpi=150):
    ims = cap.render(src, dpi, gray=False)
    ims[0].save(dst, save_all=True, append_images=ims[1:], resolution=dpi, quality=88)

def resave_pikepdf(src, dst):
    pdf = pikepdf.open(src)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m: m['pdf:Producer'] = 'PDF-XChange Core API SDK (10.2.1.385)'
    pdf.docinfo['/Producer'] = 'PDF-XChange Core API SDK (10.2.1.385)'; pdf.docinfo['/ModDate'] = "D:20261130184210+01'00'"
    pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate); pdf.close()

# ---------- image-level edits ----------
def load_scan(path):
    if path.endswith('.pdf'):
        pdf = pikepdf.open(path); ims = []
        for p in pdf.pages:
            k = list(p.images.keys())[0]; ims.append(pikepdf.PdfImage(p.images[k]).as_pil_image().convert('L'))
        pdf.close(); return ims
    return [Image.open(path).convert('L')]

def save_scan(ims, path, dpi, rng):
    if path.endswith('.pdf'): cap.save_pdf_images(ims, path, dpi, rng.randint(70, 90))
    elif path.endswith('.jpg'):
        ex = cap.exif_bytes('', '', 'GIMP 2.10.36', '2026:12:01 21:14:03')
        ims[0].save(path, quality=rng.randint(88, 95), dpi=(dpi, dpi), exif=ex)
    else: ims[0].save(path, dpi=(dpi, dpi))

def paper_level(a, box):
    x0, y0, x1, y1 = [int(v) for v in box]
    reg = a[max(0, y0 - 8):y1 + 8, max(0, x0 - 8):x1 + 8]
    return float(np.percentile(reg, 85)) if reg.size else 225.0

def scan_retype(ims, info, hs, items, rng):
    """items: (page, box_pt, text, align) -> white-out with paper tone and retype in DejaVu"""
    for pg, box, txt, align in items:
        im = ims[pg]; a = np.asarray(im)
        pb = cap.map_box(info['affs'][pg], cap.pt2px(box, hs[pg], info['dpi']))
        lvl = paper_level(a, pb)
        hpx = pb[3] - pb[1]
        f = ImageFont.truetype(DJ, max(8, int(hpx / 0.74)))
        d = ImageDraw.Draw(im)
        tw = d.textlength(txt, font=f)
        x0 = min(pb[0], pb[2] - tw) if align == 'right' else pb[0]
        x1 = pb[2] if align == 'right' else max(pb[2], pb[0] + tw)
        d.rectangle((x0 - 3, pb[1] - 3, x1 + 3, pb[3] + 3), fill=int(lvl))
        if align == 'right': d.text((pb[2], pb[3]), txt, font=f, fill=45, anchor='rs')
        else: d.text((pb[0], pb[3]), txt, font=f, fill=45, anchor='ls')
    return ims

def scan_clone_digit(ims, info, hs, clean_pdf, total_str, rng):
    """copy a digit glyph from elsewhere on the same scan over one digit of every total occurrence. returns new total string or None"""
    occ = cap.find_boxes(clean_pdf, total_str)
    if not occ: return None
    pg = occ[-1][0]
    chars = cap.char_boxes(clean_pdf, pg)
    txt = ''.join(ch for ch, _ in chars)
    starts = []; k = txt.find(total_str)
    while k >= 0: starts.append(k); k = txt.find(total_str, k + 1)
    if not starts: return None
    h0 = chars[starts[-1]][1][3] - chars[starts[-1]][1][1]
    digit_pos = [i for i, ch in enumerate(total_str) if ch.isdigit()]
    target_idx = digit_pos[0] if len(digit_pos) > 3 else digit_pos[0]
    if len([c for c in total_str if c.isdigit()]) > 4 and rng.random() < 0.5: target_idx = digit_pos[1]
    old_d = total_str[target_idx]
    excluded = set(j for s in starts for j in range(s, s + len(total_str)))
    cands = {}
    for j, (ch, bx) in enumerate(chars):
        if ch.isdigit() and ch != old_d and j not in excluded and abs((bx[3] - bx[1]) - h0) < 0.4 and bx[2] > bx[0]:
            cands.setdefault(ch, []).append(j)
    if target_idx == 0: cands.pop('0', None)
    if not cands: return None
    nd = rng.choice(sorted(cands)); src_j = rng.choice(cands[nd])
    aff = info['affs'][pg]; im = ims[pg]
    sb = cap.map_box(aff, cap.pt2px(chars[src_j][1], hs[pg], info['dpi']))
    for s in starts:
        tb = cap.map_box(aff, cap.pt2px(chars[s + target_idx][1], hs[pg], info['dpi']))
        w = int(round(max(sb[2] - sb[0], tb[2] - tb[0]))) + 3; h = int(round(max(sb[3] - sb[1], tb[3] - tb[1]))) + 3
        patch = im.crop((int(sb[0]) - 1, int(sb[3]) - h + 1, int(sb[0]) - 1 + w, int(sb[3]) + 1))
        im.paste(patch, (int(tb[0]) - 1, int(tb[3]) - h + 1))
    return total_str[:target_idx] + nd + total_str[target_idx + 1:]

def scan_paste_from(ims, info, hs, tgt_box_pg, donor_pdf, donor_text, rng):
    """crop donor_text region from a rendering of another document and paste it over the target box"""
    pg, box = tgt_box_pg
    dboxes = cap.find_boxes(donor_pdf, donor_text)
    if not dboxes: return False
    dpg, dbox = dboxes[0]
    dpi = info['dpi']
    dimg = cap.render(donor_pdf, dpi)[dpg]
    dh = cap.page_heights(donor_pdf)[dpg]
    db = cap.pt2px(dbox, dh, dpi)
    m = 4
    crop = dimg.crop((int(db[0]) - m, int(db[1]) - m, int(db[2]) + m, int(db[3]) + m))
    a = np.asarray(crop, dtype=np.float32) * 0.87 + 18
    a += np.random.default_rng(rng.randint(0, 9999)).normal(0, 3, a.shape)
    crop = Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    im = ims[pg]; an = np.asarray(im)
    tb = cap.map_box(info['affs'][pg], cap.pt2px(box, hs[pg], dpi))
    lvl = paper_level(an, tb)
    d = ImageDraw.Draw(im); d.rectangle((tb[0] - 3, tb[1] - 3, tb[2] + 3, tb[3] + 3), fill=int(lvl))
    im.paste(crop, (int(tb[0]) - m, int(tb[3]) - crop.size[1] + m))
    return True

# ---------- driver ----------
def run_edits(GEN, LABELS, label, rng, OUT, TMP, write_labels):
    import make
    gl = sorted(GEN)
    textpdf = [g for g in gl if 'capture' not in GEN[g] and GEN[g]['doc']['doc_type'] not in ('receipt',) and GEN[g]['v'].get('total_str') and GEN[g]['p']['type'] != 'letter']
    std = [g for g in textpdf if GEN[g]['extra'].get('std_font')]
    other = [g for g in textpdf if g not in std and GEN[g]['doc']['lang'] not in ('zh',)]
    cjk = [g for g in textpdf if GEN[g]['doc']['lang'] in ('zh', 'ja')]
    scans = [g for g in gl if GEN[g].get('capture', {}).get('kind') in ('scan_pdf', 'scan_jpeg', 'scan_png') and GEN[g]['v'].get('total_str')]
    rng.shuffle(std); rng.shuffle(other); rng.shuffle(scans)
    count = [0]

    def emit(g, path_ext, newdoc, method, what, producer=None, pages=None, ebc=False):
        count[0] += 1
        G = GEN[g]
        fn = f"e{count[0]:03d}_{G['base']}_{method}{path_ext}"
        v = dict(G['v']); v['sup_name'] = G['v']['sup_name']
        rec = label(fn, newdoc, v, producer or G['prod'] if not G.get('capture') else (producer or G['capture']['kind']), pages or LABELS_pages(g, LABELS, G),
                    genuine=False, edit_method=method, what=what, ebc=ebc, source_file=G['file'])
        if G.get('capture') and 'source_producer' not in rec: rec['source_producer'] = G['prod']
        write_labels()
        return fn

    def LABELS_pages(g, LABELS, G):
        for r in LABELS:
            if r['file'] == G['file']: return r['pages']
        return 1

    def fname_next(g, method, ext):
        return os.path.join(OUT, f"e{count[0] + 1:03d}_{GEN[g]['base']}_{method}{ext}")

    def do(fn_job, tries):
        for g in tries:
            try:
                if fn_job(g): return True
            except Exception as ex:
                print('edit failed', g, fn_job.__name__, repr(ex)[:200])
        return False

    used = set()
    def pool(lst):
        return [g for g in lst if g not in used]

    # 1) pikepdf same-length text replacement in reportlab content streams
    def job_pike(what):
        def f(g):
            G = GEN[g]; doc = copy.deepcopy(G['doc']); src = G['pdf']; ds = G['p']['ds']
            if what == 'total':
                nt = pick_total(doc, rng, same_len=True)
                if nt is None: return False
                pairs = [(num_str(doc, doc['total']), num_str(doc, nt))]; doc['total'] = nt; anchor = None
            elif what == 'date':
                nd = pick_date(doc, ds, rng, same_len=True)
                if nd is None: return False
                pairs = [(fdate(doc['date'], ds), fdate(nd, ds))]; doc['date'] = nd; anchor = None
            else:
                it = doc['items'][0]; q = str(it['qty']); nq = str(int(q[0]) + 3 if int(q[0]) < 7 else 9) + q[1:]
                pairs = []; anchor = (it['desc'][:40], q, nq); it['qty'] = int(nq)
            dst = fname_next(g, 'pikepdf_text_replace', '.pdf')
            n = pikepdf_replace(src, dst, pairs, anchor)
            if n == 0: os.remove(dst); return False
            used.add(g); emit(g, '.pdf', doc, 'pikepdf_text_replace', [what]); return True
        f.__name__ = 'pike_' + what; return f
    for what in ['total', 'total', 'date', 'quantity', 'total', 'date', 'total']:
        do(job_pike(what), pool(std))

    # 2) pypdf incremental update of the content stream
    def job_inc(what):
        def f(g):
            G = GEN[g]; doc = copy.deepcopy(G['doc']); ds = G['p']['ds']
            if what == 'total':
                nt = pick_total(doc, rng, same_len=True); pairs = [(num_str(doc, doc['total']), num_str(doc, nt))]; doc['total'] = nt
            else:
                nd = pick_date(doc, ds, rng, same_len=True); pairs = [(fdate(doc['date'], ds), fdate(nd, ds))]; doc['date'] = nd
            dst = fname_next(g, 'pypdf_incremental_update', '.pdf')
            if pypdf_incremental_replace(G['pdf'], dst, pairs) == 0: os.remove(dst); return False
            used.add(g); emit(g, '.pdf', doc, 'pypdf_incremental_update', [what]); return True
        f.__name__ = 'inc_' + what; return f
    for what in ['total', 'date', 'total', 'total']:
        do(job_inc(what), pool(std))

    # 3) white box + retyped text overlay (reportlab page merged with pypdf)
    def overlay_items(G, doc, what):
        ds = G['p']['ds']; src = G['pdf']
        if what == 'total':
            nt = pick_total(doc, rng); old = num_str(doc, doc['total']); boxes = cap.find_boxes(src, old)
            doc['total'] = nt; return [(p, b, num_str(doc, nt), 'right') for p, b in boxes]
        if what == 'date':
            nd = pick_date(doc, ds, rng); old = fdate(doc['date'], ds); boxes = cap.find_boxes(src, old)[:1]
            doc['date'] = nd; return [(p, b, fdate(nd, ds), 'left') for p, b in boxes]
        if what == 'buyer':
            nb = rng.choice(FAKE_BUYERS); boxes = cap.find_boxes(src, doc['buyer_name'])
            doc['buyer_name'] = nb; return [(p, b, nb, 'left') for p, b in boxes]
    def job_overlay(what, mode):
        def f(g):
            G = GEN[g]; doc = copy.deepcopy(G['doc'])
            items = overlay_items(G, doc, what)
            if not items: return False
            method = {'plain': 'overlay_whitebox', 'inc': 'overlay_whitebox_incremental', 'raster': 'overlay_whitebox_rasterized', 'resave': 'overlay_whitebox_resaved'}[mode]
            dst = fname_next(g, method, '.pdf'); tmp = os.path.join(TMP, f'ov_{g}.pdf')
            if mode == 'plain': overlay(G['pdf'], dst, items)
            elif mode == 'inc': overlay(G['pdf'], dst, items, incremental=True)
            elif mode == 'raster': overlay(G['pdf'], tmp, items); rasterize(tmp, dst, rng.choice([150, 200]))
            else: overlay(G['pdf'], tmp, items); resave_pikepdf(tmp, dst)
            used.add(g); emit(g, '.pdf', doc, method, [what]); return True
        f.__name__ = f'ov_{mode}_{what}'; return f
    for what in ['buyer', 'total', 'date', 'total', 'buyer', 'total', 'date', 'total']:
        do(job_overlay(what, 'plain'), pool(other))
    do(job_overlay('total', 'plain'), pool(cjk))
    for what in ['total', 'buyer', 'date']: do(job_overlay(what, 'inc'), pool(other))
    for what in ['total', 'date', 'total']: do(job_overlay(what, 'raster'), pool(other + std))
    for what in ['total', 'buyer', 'total']: do(job_overlay(what, 'resave'), pool(other + std))

    # 4) image edits on scans (after capture)
    def job_scan(kind, what):
        def f(g):
            G = GEN[g]; C = G['capture']; doc = copy.deepcopy(G['doc']); ds = G['p']['ds']
            src_file = os.path.join(OUT, C['file']); ext = os.path.splitext(C['file'])[1]
            ims = load_scan(src_file); hs = cap.page_heights(C['clean_pdf'])
            if kind == 'retype':
                items = overlay_items(G, doc, what)
                if not items: return False
                ims = scan_retype(ims, C, hs, items, rng); method = 'image_whiteout_retype'
            elif kind == 'clone':
                ns = scan_clone_digit(ims, C, hs, C['clean_pdf'], G['v']['total_str'], rng)
                if not ns: return False
                th, dp = {'de': ('.', ','), 'fr': (' ', ','), 'pl': (' ', ','), 'ch': ("'", '.'), 'it': ('.', ','), 'es': ('.', ','), 'nl': ('.', ',')}.get(doc['loc'], (',', '.'))
                doc['total'] = D(ns.replace(th, '').replace(dp, '.')); method = 'image_clone_digit'
            else:
                donors = [h for h in GEN if h != g and GEN[h]['doc']['supplier_key'] == doc['supplier_key'] and 'capture' not in GEN[h]
                          and GEN[h]['p']['ds'] == ds and GEN[h]['doc']['date'] != doc['date'] and GEN[h]['doc']['doc_type'] not in ('letter',)]
                if not donors: return False
                h = rng.choice(donors); dd = GEN[h]['doc']['date']
                tb = cap.find_boxes(C['clean_pdf'], fdate(doc['date'], ds))
                if not tb: return False
                if not scan_paste_from(ims, C, hs, tb[0], GEN[h]['pdf'], fdate(dd, ds), rng): return False
                doc['date'] = dd; method = 'image_paste_from_other_doc'
            dst = fname_next(g, method, ext)
            save_scan(ims, dst, C['dpi'], rng)
            used.add(g); emit(g, ext, doc, method, [what], producer=C['kind']); return True
        f.__name__ = f'scan_{kind}_{what}'; return f
    for what in ['total', 'date', 'total', 'buyer']: do(job_scan('retype', what), pool(scans))
    for _ in range(3): do(job_scan('paste', 'date'), pool(scans))
    for _ in range(4): do(job_scan('clone', 'total'), pool(scans))

    # 5) edits made before capture: white-out on the PDF / retyped document, then scanned
    def job_before(what, mode):
        def f(g):
            G = GEN[g]; doc = copy.deepcopy(G['doc'])
            tmp = os.path.join(TMP, f'bc_{g}.pdf')
            if mode == 'whiteout':
                items = overlay_items(G, doc, what)
                if not items: return False
                overlay(G['pdf'], tmp, items); method = 'whiteout_retype_before_scan'
            else:
                if G['p']['prod'] not in ('reportlab', 'fpdf'): return False
                from render import build_view, rl_pdf, fpdf_pdf
                if what == 'date': doc['date'] = pick_date(doc, G['p']['ds'], rng)
                else: doc['buyer_name'] = rng.choice(FAKE_BUYERS)
                v = build_view(doc, G['p']['ds'], G['p']['ms'])
                (rl_pdf if G['p']['prod'] == 'reportlab' else fpdf_pdf)(v, tmp, G['p']['style'] or 0); method = 'retyped_document_before_scan'
            kind = rng.choice(['scan_pdf', 'scan_jpeg']) if len(cap.page_heights(tmp)) == 1 else 'scan_pdf'
            base = os.path.basename(fname_next(g, method, ''))
            fn, pages, info = make.capture_doc(tmp, kind, base, doc, rng, None)
            used.add(g)
            count[0] += 1
            rec = label(fn, doc, G['v'], kind, pages, genuine=False, edit_method=method, what=[what], ebc=True, source_file=G['file'], source_producer=G['prod'])
            write_labels(); return True
        f.__name__ = f'before_{mode}_{what}'; return f
    for what in ['total', 'buyer', 'date']: do(job_before(what, 'whiteout'), pool(other + std))
    for what in ['date', 'buyer']: do(job_before(what, 'retype'), pool(std + [g for g in other if GEN[g]['p']['prod'] == 'fpdf']))
    print('edits made:', count[0])
