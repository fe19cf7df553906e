# ---- edits: executed from make.py (shares its namespace) ----
import numpy as np
from reportlab.pdfbase.pdfmetrics import stringWidth
ED = R  # same seeded RNG

def is_ascii(s): return all(ord(c) < 256 for c in s)

def choose_change(g, what):
    """return (list of (old, new, whole, align)), new-label dict"""
    d = g['d']; ch = []; upd = {}
    if what == 'total':
        if not d['has_total']: return None
        f = ED.choice([D('0.55'), D('0.62'), D('0.7'), D('0.8'), D('1.3')])
        nt = q2(d['total'] * f, d['currency']); ch = [(money(d, d['total']), money(d, nt), False, 'right')]; upd = dict(total=str(nt))
    elif what == 'date':
        nd = d['date'] - datetime.timedelta(days=ED.choice([31, 62, 95, 120, 180, 365]))
        ch = [(dstr(d), fdate(nd, d['date_style']), False, 'left')]; upd = dict(date=nd.isoformat())
    elif what == 'buyer':
        cands = [b for b in OTHER_BUYERS if (any(ord(c) > 0x3000 for c in b) == any(ord(c) > 0x3000 for c in d['buy']['name']))]
        nb = ED.choice(cands); ch = [(d['buy']['name'], nb, False, 'left')]; upd = dict(buyer=nb)
    elif what == 'quantity':
        if not d['priced']: pass
        for it in d['items']:
            s = qtystr(d, it['qty'])
            if len(find_text(g['src'], s, whole=True)) == 1 and abs(it['qty']) >= 10:
                nq = it['qty'] * ED.choice([2, 3, 5, 10]); ch = [(s, qtystr(d, nq), True, 'right')]; break
        if not ch: return None
    return ch, upd

def occurrences(g, ch):
    occ = []
    for old, new, whole, al in ch:
        for o in find_text(g['src'], old, whole): occ.append((o, old, new, al))
    return occ

def overlay_pdf(g, occ, h):
    """white box + new text per occurrence, returns {page: PdfReader page}"""
    pages = {}
    from reportlab.lib.pagesizes import A4
    rd = pypdf.PdfReader(g['path'])
    for (pi, l, b, r, t, H), old, new, al in occ:
        pages.setdefault(pi, []).append((l, b, r, t, new, al, old))
    res = {}
    for pi, items in pages.items():
        pg = rd.pages[pi]; w, hh = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = rlc.Canvas(buf, pagesize=(w, hh))
        for l, b, r, t, new, al, old in items:
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 1.8, r - l + 3, t - b + 3.4, stroke=0, fill=1)
            font = 'Helvetica' if is_ascii(new) else 'WQY'
            fs = (r - l) / max(1e-3, stringWidth(old, 'Helvetica' if is_ascii(old) else 'WQY', 1)); fs = max(5, min(fs, (t - b) / 0.62, 16))
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            (c.drawRightString(r, b, new) if al == 'right' else c.drawString(l, b, new))
        c.save(); buf.seek(0); res[pi] = pypdf.PdfReader(buf).pages[0]
    return res

def edit_overlay(g, occ, out, incremental=False):
    ov = overlay_pdf(g, occ, None)
    if incremental:
        wr = pypdf.PdfWriter(g['path'], incremental=True)
    else:
        wr = pypdf.PdfWriter(clone_from=g['path'])
    for pi, p in ov.items(): wr.pages[pi].merge_page(p)
    if not incremental: wr.add_metadata({'/Producer': 'pypdf', '/ModDate': 'D:20260302101500+01\'00\''})
    with open(out, 'wb') as f: wr.write(f)

def edit_pikepdf(g, ch, out, resave=False):
    pdf = pikepdf.open(g['path']); n = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); newops = []; changed = False
        for inst in ops:
            operands, op = list(inst.operands), inst.operator
            if str(op) in ('Tj', 'TJ'):
                for k, o in enumerate(operands):
                    arr = list(o) if isinstance(o, pikepdf.Array) else [o]; hit = False
                    for j, s in enumerate(arr):
                        if not isinstance(s, pikepdf.String): continue
                        b = bytes(s)
                        for old, new, whole, al in ch:
                            ob, nb = old.encode('cp1252'), new.encode('cp1252')
                            if (b.strip() == ob) if whole else (ob in b):
                                b = nb if whole else b.replace(ob, nb); hit = True; n += 1
                        arr[j] = pikepdf.String(b)
                    if hit:
                        operands[k] = pikepdf.Array(arr) if isinstance(o, pikepdf.Array) else arr[0]; changed = True
            newops.append(pikepdf.ContentStreamInstruction(operands, op))
        if changed: page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(newops))
    if resave:
        pdf.docinfo['/Producer'] = 'Nitro-like PDF Saver 9.1'; pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
    else: pdf.save(out)
    return n

def edit_image(g, occ, out, clone_src=None):
    fmt_ = g['fmt']
    if fmt_ == 'pdf':
        doc = pdfium.PdfDocument(g['path']); ims = [doc[i].render(scale=g['dpi'] * 0.7 / 72 * (72 / (g['dpi'] * 0.7)) * g['dpi'] / 72 / (g['dpi'] / 72)).to_pil().convert('L') for i in range(len(doc))]
        ims = [Image.open(io.BytesIO(b)) if False else im for im, b in zip(ims, [None] * len(ims))]
        # re-read original raster pixels directly (PIL wrote JPEG streams); use the saved images via pikepdf
        ims = []
        with pikepdf.open(g['path']) as p:
            for pg in p.pages:
                for nm, raw in pg.images.items(): ims.append(pikepdf.PdfImage(raw).as_pil_image()); break
    else: ims = [Image.open(g['path'])]
    ims = [i.convert('RGB') for i in ims]
    for (o, old, new, al) in occ:
        pi = o[0]; box = map_box(o, g['dpi'], g['Ts'][pi])
        if clone_src is not None: clone_region(ims[pi], map_box(clone_src, g['dpi'], g['Ts'][clone_src[0]]), box)
        else: paste_text(ims[pi], box, new, al, cjk=not is_ascii(new), old=old)
    if g['mode'] == 'scan': ims = [i.convert('L') for i in ims]
    if fmt_ == 'pdf': ims[0].save(out, save_all=True, append_images=ims[1:], resolution=g['dpi'] * 0.7)
    elif fmt_ == 'png': ims[0].save(out)
    else: ims[0].save(out, quality=ED.choice([80, 88, 92]))

def add_edit(g, fn, method, what, upd, prod_suffix='', **kw):
    d = g['d']; r = dict(g['rec']); r.update(file=fn, genuine=False, edit_method=method, what_changed=what, arithmetic_error=False, edit_before_capture=False)
    r['producer'] = g['rec']['producer'] + prod_suffix
    for k, v in upd.items(): r[k] = v
    r.update(kw); LABELS.append(r)

pool = list(GEN); ED.shuffle(pool); used = set()
def pick(pred):
    for g in pool:
        if id(g) not in used and pred(g): used.add(id(g)); return g
    return None

WHATS = ['total', 'total', 'buyer', 'date', 'quantity']
plan = ([('pikepdf_text_replace', lambda g: g['kind'] == 'pdf' and g['how'] in ('fpdf', 'rlplain') and g['d']['lang'] != 'pl')] * 8 +
        [('pikepdf_replace_qpdf_resave', lambda g: g['kind'] == 'pdf' and g['how'] in ('fpdf', 'rlplain') and g['d']['lang'] != 'pl')] * 3 +
        [('pypdf_incremental_overlay', lambda g: g['kind'] == 'pdf')] * 6 +
        [('overlay_whitebox', lambda g: g['kind'] == 'pdf')] * 9 +
        [('overlay_then_rasterize', lambda g: g['kind'] == 'pdf' and g['rec']['pages'] == 1)] * 3 +
        [('image_paste', lambda g: g['kind'] == 'img')] * 8 +
        [('image_clone', lambda g: g['kind'] == 'img' and g['d']['has_total'])] * 4)
k = 0
for method, pred in plan:
    for attempt in range(6):
        g = pick(pred)
        if g is None: break
        what = 'total' if method == 'image_clone' else WHATS[(k + attempt) % len(WHATS)]
        c = choose_change(g, what)
        if not c: continue
        ch, upd = c
        base, ext = os.path.splitext(g['rec']['file']); fn = f"{base}_ed{k:02d}{ext if method != 'overlay_then_rasterize' else '.pdf'}"; out = os.path.join(FILES, fn)
        try:
            if method.startswith('pikepdf'):
                n = edit_pikepdf(g, ch, out, resave='resave' in method)
                if n == 0: os.remove(out); continue
                add_edit(g, fn, method, [what], upd)
            elif method in ('pypdf_incremental_overlay', 'overlay_whitebox', 'overlay_then_rasterize'):
                occ = occurrences(g, ch)
                if not occ: continue
                edit_overlay(g, occ, out, incremental=method.startswith('pypdf'))
                if method == 'overlay_then_rasterize':
                    ims = [render(out, p, 130) for p in range(n_pages(out))]; ims[0].save(out, save_all=True, append_images=ims[1:], resolution=130)
                    add_edit(g, fn, method, [what], upd, '+rasterized_pdf')
                else: add_edit(g, fn, method, [what], upd)
            elif method == 'image_paste':
                occ = occurrences(g, ch)
                if not occ: continue
                edit_image(g, occ, out); add_edit(g, fn, method, [what], upd)
            elif method == 'image_clone':
                d = g['d']; tot = money(d, d['total']); src = None
                for it in d['items']:
                    s = money(d, it['net'])
                    if s != tot and len(s) == len(tot):
                        o = find_text(g['src'], s, True)
                        if len(o) == 1: src = (o[0], it['net']); break
                if not src: continue
                occ = [(o, tot, None, 'right') for o in find_text(g['src'], tot)]
                edit_image(g, occ, out, clone_src=src[0]); add_edit(g, fn, method, ['total'], dict(total=str(q2(src[1], d['currency']))))
            k += 1; break
        except Exception as e:
            print('edit failed', method, g['rec']['file'], repr(e)[:200])
            if os.path.exists(out): os.remove(out)

# edits made before capture: change the source document, then print+scan / photograph it
for how, lang, mode, f_, what in [('kingdee', 'zh', 'scan', 'jpg', 'total'), ('fapiao', 'zh', 'photo', 'jpg', 'buyer'), ('fpdf', 'de', 'scan', 'pdf', 'date'), ('jp', 'ja', 'photo', 'jpg', 'quantity'), ('kingdee', 'zh', 'photo', 'jpg', 'buyer')]:
    kk = KIND[how]; d = make_doc(nid(), kk, lang, 'tax_invoice' if kk == 'fapiao' else 'invoice', producer=how)
    if kk == 'fapiao': d['doc_type'] = 'tax_invoice'
    base = f"{mode}_{d['id']}_{how}_{lang}"
    fn0, out0, src0, dpi, Ts, np_ = capture(d, how, mode, base, f_)
    r0 = label(fn0, d, {'scan': f'scan_{f_}', 'photo': 'phone_photo_jpg'}[mode] + '<-' + PROD[how], np_)
    d2 = copy.deepcopy(d); upd = {}
    if what == 'total':
        d2['total'] = q2(d['total'] * D('0.6'), d['currency']); upd = dict(total=str(d2['total']))
    elif what == 'buyer':
        d2['buy']['name'] = ED.choice([b for b in OTHER_BUYERS if any(ord(c) > 0x3000 for c in b)]); upd = dict(buyer=d2['buy']['name'])
    elif what == 'date':
        d2['date'] = d['date'] - datetime.timedelta(days=90); upd = dict(date=d2['date'].isoformat())
    elif what == 'quantity':
        d2['items'][0]['qty'] *= 3
    fn1, out1, src1, *_ = capture(d2, how, mode, base + '_ed', f_, edited=True)
    r1 = dict(r0); r1.update(file=fn1, genuine=False, edit_method=f'source_edit_before_{mode}', what_changed=[what], edit_before_capture=True, **upd); LABELS.append(r1)
