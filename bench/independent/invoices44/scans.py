"""Scans, fax printouts, scanner-app PDFs and phone photos of freshly made invoices."""
import os, io, math, random, json
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps, ImageEnhance
import pypdfium2 as pdfium
from common import *
import genuine_html as GH, genuine_pdf as GP

SRC = os.path.join(WORK, 'scan_src'); os.makedirs(SRC, exist_ok=True)

def render_page(pdf, dpi, page=0):
    d = pdfium.PdfDocument(pdf); pg = d[page]
    return pg.render(scale=dpi / 72).to_pil().convert('RGB'), pg.get_size()

def map_pt(x, y, size, dpi, angle, r):
    """PDF point (origin bottom-left) -> pixel in degraded image"""
    W, H = size; s = dpi / 72
    px, py = x * s, (H - y) * s
    cx, cy = W * s / 2, H * s / 2
    a = math.radians(angle)
    dx, dy = px - cx, py - cy
    nx = cx + dx * math.cos(a) + dy * math.sin(a)
    ny = cy - dx * math.sin(a) + dy * math.cos(a)
    return nx * r, ny * r

def noise(img, rng, sigma):
    a = np.asarray(img).astype(np.int16)
    nr = np.random.default_rng(rng.randint(0, 10**6)).normal(0, sigma, a.shape).astype(np.int16)
    return Image.fromarray(np.clip(a + nr, 0, 255).astype(np.uint8))

def degrade_scan(img, rng, gray=True):
    angle = rng.uniform(-1.2, 1.2)
    if gray: img = img.convert('L')
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255 if gray else (255, 255, 255))
    r = rng.choice([1.0, 0.85, 0.75])
    if r != 1.0: img = img.resize((int(img.width * r), int(img.height * r)), Image.LANCZOS)
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    img = noise(img, rng, rng.uniform(3, 8))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(1.0, 1.25))
    # faint scanner edge shadow
    dr = ImageDraw.Draw(img); dr.rectangle([0, 0, img.width, 6], fill=180 if gray else (180, 180, 180))
    return img, dict(angle=angle, r=r)

def jpeg_bytes(img, q):
    b = io.BytesIO(); img.save(b, 'JPEG', quality=q); return b.getvalue()

def wrap_pdf(jpgs, path, dpi, creator):
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = None
    for jb in jpgs:
        im = Image.open(io.BytesIO(jb)); w, h = im.width * 72 / dpi, im.height * 72 / dpi
        if c is None: c = canvas.Canvas(path, pagesize=(w, h))
        c.setPageSize((w, h)); c.drawImage(ImageReader(io.BytesIO(jb)), 0, 0, w, h); c.showPage()
    c.setCreator(creator); c.setProducer(creator); c.save()

def fax(img, rng, doc):
    g = img.convert('L').resize((img.width, img.height // 2), Image.BILINEAR).resize((img.width, img.height), Image.NEAREST)
    g = noise(g, rng, 25).point(lambda v: 0 if v < 150 else 255).convert('L')
    dr = ImageDraw.Draw(g)
    f = ImageFont.truetype(DEJAVU_MONO, max(12, img.width // 90))
    dr.text((20, 8), f"{DT(doc, doc['date'] + dt.timedelta(days=1))} 09:{rng.randint(10, 59)}  FAX {doc['supplier']['phone']}  {doc['supplier']['name'][:28]}   S. 01/01", fill=0, font=f)
    return g

def phone_photo(img, rng):
    import cv2
    a = np.asarray(img.convert('RGB'))
    h, w = a.shape[:2]; pad = int(0.12 * w)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.uint8); bg[:] = rng.choice([(120, 92, 64), (70, 70, 75), (190, 185, 170)])
    bg = np.clip(bg.astype(np.int16) + np.random.default_rng(rng.randint(0, 999)).normal(0, 10, bg.shape), 0, 255).astype(np.uint8)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.05, 0.05) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Mx, (bg.shape[1], bg.shape[0]), borderMode=cv2.BORDER_TRANSPARENT, dst=bg.copy())
    yy, xx = np.mgrid[0:warped.shape[0], 0:warped.shape[1]]
    gx, gy = rng.uniform(0, 1), rng.uniform(0, 1)
    light = 0.65 + 0.4 * np.exp(-(((xx / warped.shape[1] - gx) ** 2 + (yy / warped.shape[0] - gy) ** 2) / 0.35))
    out = np.clip(warped * light[..., None] * np.array([1.0, 0.98, 0.92]), 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (3, 3), 0.8)
    im = Image.fromarray(out)
    return im.resize((int(im.width * 0.8), int(im.height * 0.8)), Image.LANCZOS)

def scanner_app(img, rng):
    g = ImageOps.autocontrast(img.convert('L'), cutoff=2)
    g = g.filter(ImageFilter.UnsharpMask(2, 120, 3))
    g = g.rotate(rng.uniform(-0.5, 0.5), fillcolor=255, resample=Image.BICUBIC)
    return noise(g, rng, 2)

def make_overlay_edit(src_pdf, out_pdf, old, new, font='Helvetica'):
    """used for edit-before-capture: white box + new text on the printed original"""
    import edits
    return edits.overlay_replace(src_pdf, out_pdf, old, new)

PLAN = [
 # (capture, profile, maker, extra)
 ('kyocera', 'AT', ('html', 'bmd'), {}), ('kyocera', 'AT', ('rl', 'a'), {}), ('kyocera', 'CHde', ('html', 'modern'), {'qr': True}),
 ('kyocera', 'DE', ('fp', 'plain'), {}), ('kyocera', 'SI', ('rl', 'b'), {}), ('kyocera', 'ST', ('html', 'datev'), {}), ('kyocera', 'CZ', ('rl', 'erp'), {'err': 'total'}),
 ('kyocera_png', 'AT', ('html', 'rzl'), {}), ('kyocera_png', 'HR', ('fp', 'serif'), {}), ('kyocera_jpg', 'CHfr', ('rl', 'a'), {}),
 ('scanapp', 'AT', ('html', 'modern'), {}), ('scanapp', 'CHit', ('rl', 'b'), {}), ('scanapp', 'JP', ('html', 'cjk'), {}), ('scanapp', 'DE', ('rl', 'a'), {'n_items': 30}),
 ('phone', 'AT', ('rcpt', 'Billa-Filiale Ottakring'), {'n_items': 5, 'discount': 0, 'shipping': 0}), ('phone', 'CN', ('html', 'cjk'), {'doc_type': 'tax_invoice'}),
 ('phone', 'CHde', ('rl', 'b'), {}), ('phone', 'PL', ('html', 'modern'), {}), ('phone', 'AT', ('html', 'bmd'), {'doc_type': 'delivery_note'}),
 ('fax', 'AT', ('rl', 'erp'), {}), ('fax', 'DE', ('html', 'datev'), {}), ('fax', 'CHde', ('rl', 'a'), {'doc_type': 'purchase_order'}),
 # edits made on paper/PDF before scanning (edit_before_capture)
 ('kyocera', 'AT', ('rl', 'a'), {'pre_edit': 'total'}), ('phone', 'DE', ('html', 'bmd'), {'pre_edit': 'buyer'}), ('scanapp', 'CHde', ('fp', 'plain'), {'pre_edit': 'date'}),
 ('fax', 'AT', ('html', 'rzl'), {'pre_edit': 'total'}),
]

def run(seed=4404):
    rng = random.Random(seed); recs = []
    for i, (cap, pk, maker, ex) in enumerate(PLAN):
        ex = dict(ex); pre = ex.pop('pre_edit', None); qr = ex.pop('qr', False)
        dtp = ex.pop('doc_type', 'receipt' if maker[0] == 'rcpt' else 'invoice')
        doc = make_doc(rng, pk, doc_type=dtp, **ex); doc['qr'] = qr
        if dtp in ('delivery_note',): doc['total'] = None
        src = os.path.join(SRC, f"s{i:02d}.pdf")
        if maker[0] == 'html': GH.render(doc, maker[1], f"s{i:02d}.pdf", 'weasy', outdir=SRC); sp = f"weasy_html_{maker[1]}"
        elif maker[0] == 'rl': GP.rl_invoice(doc, src, maker[1]); sp = f"reportlab_{maker[1]}"
        elif maker[0] == 'fp': GP.fpdf_invoice(doc, src, maker[1]); sp = f"fpdf2_{maker[1]}"
        else: doc['supplier']['name'] = maker[1]; GP.rl_receipt(doc, src, maker[1]); sp = 'reportlab_till_receipt'
        what = []
        if pre:
            import edits
            import copy
            new_doc = copy.deepcopy(doc)
            if pre == 'total':
                new_doc['total'] = q2(doc['total'] * D('0.6'), doc['prof'].get('nd', 2)); old_s, new_s = N(doc, doc['total']), N(new_doc, new_doc['total'])
            elif pre == 'buyer':
                new_doc['buyer']['name'] = rng.choice([b for b in BUYERS['AT'] if b != doc['buyer']['name']]); old_s, new_s = doc['buyer']['name'], new_doc['buyer']['name']
            else:
                new_doc['date'] = doc['date'] + dt.timedelta(days=-120); old_s, new_s = DT(doc), DT(new_doc)
            src2 = src.replace('.pdf', '_pre.pdf'); edits.overlay_replace(src, src2, old_s, new_s); src = src2; doc = new_doc; what = [pre]
        pages = len(pdfium.PdfDocument(src))
        dpi = {'kyocera': 200, 'kyocera_png': 150, 'kyocera_jpg': 200, 'scanapp': 170, 'phone': 130, 'fax': 100}[cap]
        imgs = [render_page(src, dpi, k)[0] for k in range(pages)]
        base = f"s{i:02d}_{pk.lower()}_{cap}"
        meta = dict(src_pdf=os.path.relpath(src, BASE), dpi=dpi, capture=cap, src_producer=sp)
        if cap in ('kyocera', 'kyocera_png', 'kyocera_jpg'):
            outs = [degrade_scan(im, rng, gray=rng.random() < 0.6) for im in imgs]
            meta['params'] = [o[1] for o in outs]
            if cap == 'kyocera':
                jb = [jpeg_bytes(o[0], rng.randint(55, 80)) for o in outs]
                for k, b in enumerate(jb): open(os.path.join(WORK, f"{base}_p{k}.jpg"), 'wb').write(b)
                fname = base + '.pdf'; wrap_pdf(jb, os.path.join(FILES, fname), dpi * meta['params'][0]['r'], 'MFP ScanToPDF 4.1'); prod = 'scan_mfp_pdf'
            elif cap == 'kyocera_png':
                fname = base + '.png'; outs[0][0].save(os.path.join(FILES, fname)); prod = 'scan_mfp_png'; pages = 1
            else:
                fname = base + '.jpg'; open(os.path.join(FILES, fname), 'wb').write(jpeg_bytes(outs[0][0], 70)); prod = 'scan_mfp_jpeg'; pages = 1
        elif cap == 'scanapp':
            outs = [scanner_app(im, rng) for im in imgs]
            jb = [jpeg_bytes(o, 75) for o in outs]
            fname = base + '.pdf'; wrap_pdf(jb, os.path.join(FILES, fname), dpi, 'PocketScan iOS 2.3'); prod = 'scanner_app_pdf'
        elif cap == 'phone':
            fname = base + '.jpg'; open(os.path.join(FILES, fname), 'wb').write(jpeg_bytes(phone_photo(imgs[0], rng), 85)); prod = 'phone_photo_jpeg'; pages = 1
        else:
            outs = [fax(im, rng, doc) for im in imgs]
            if pre:
                fname = base + '.png'; outs[0].convert('1').save(os.path.join(FILES, fname)); pages = 1
            else:
                jb = [jpeg_bytes(o, 60) for o in outs]
                fname = base + '.pdf'; wrap_pdf(jb, os.path.join(FILES, fname), dpi, 'FaxServer PDF'); 
            prod = 'fax_printout'
        rec = label(doc, fname, prod, pages=pages)
        rec['_meta'].update(meta)
        if maker[0] == 'rcpt': rec['buyer'] = None
        if pre:
            rec.update(genuine=False, edit_method='overlay_whitebox_then_' + cap, what_changed=what, edit_before_capture=True, arithmetic_error=False)
        recs.append(rec); print('scan', fname, flush=True)
    write_part('40_scans', recs)
    return recs

if __name__ == '__main__':
    run()
