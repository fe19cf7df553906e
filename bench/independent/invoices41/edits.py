"""Part 5: edited copies of genuine files, the way a panicking seller would do it."""
import os, io, re, json, random, copy, datetime, shutil, subprocess
from decimal import Decimal as D
import numpy as np, cv2
import pikepdf, pypdf, pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont, ImageFilter
from reportlab.pdfgen import canvas as rlcanvas
from common import (FILES, TMP, META, LabelSink, doc_from_json, money, fmt_num, fmt_date, dstr, BUYERS, q, label,
                    DEJAVU, DEJAVU_B, pdf_pages)
import capture

ED = os.path.join(TMP, 'edit'); os.makedirs(ED, exist_ok=True)


def load(name):
    m = json.load(open(os.path.join(META, name + '.json'), encoding='utf-8'))
    return m, doc_from_json(m['doc'])

# ------------------------------------------------------------ value changes

def change(doc, field, rng, same_len=False):
    """Return list of (old_text, new_text, whole_word) replacements and mutate doc (the label values)."""
    reps = []
    places = doc['places']
    if field == 'total':
        old = doc['total']
        if same_len:
            s = fmt_num(old, doc['prof']['num'], places)
            i = next(k for k, ch in enumerate(s) if ch.isdigit())
            dgt = int(s[i]); nd = min(9, dgt + rng.randint(2, 4)) if dgt < 9 else 9
            if nd == dgt:
                i = next(k for k, ch in enumerate(s) if ch.isdigit() and k > i); nd = (int(s[i]) + 3) % 10
            ns = s[:i] + str(nd) + s[i + 1:]
            new = D(ns.replace(' ', '').replace('.', '').replace(',', '')) / (D(100) if places else 1) if doc['prof']['num'] in ('de', 'fr') else D(ns.replace(',', ''))
        else:
            new = q(old * D(str(round(rng.uniform(1.3, 2.4), 2))), places)
        reps.append((fmt_num(old, doc['prof']['num'], places), fmt_num(new, doc['prof']['num'], places), False))
        doc['total'] = new
    elif field == 'date':
        d0 = datetime.date.fromisoformat(doc['date'])
        d1 = d0 - datetime.timedelta(days=rng.choice([31, 62, 95, 120, 200]))
        reps.append((dstr(doc), fmt_date(d1, doc['prof']['date']), False))
        doc['date'] = d1.isoformat()
    elif field == 'buyer':
        others = [b for b in BUYERS if b[0] != doc['buyer']['name']] + [('Maple Crest Online Sales Inc.', []), ('Lakehead E-Commerce Ltd.', [])]
        nb = rng.choice(others)[0]
        reps.append((doc['buyer']['name'], nb, False))
        doc['buyer'] = dict(name=nb, addr=doc['buyer']['addr'])
    elif field == 'quantity':
        l = max(doc['lines'], key=lambda x: x['amount'])
        nq = l['qty'] * rng.choice([2, 3, 10]) if l['qty'] < 100 else l['qty'] * 2
        reps.append((str(l['qty']), str(nq), True))
        l['qty'] = nq
    return reps


def apply_changes(doc, fields, rng, same_len=False):
    reps = []
    for f in fields:
        reps += change(doc, f, rng, same_len)
    return reps

# ------------------------------------------------------------ locating text

def find_boxes(pdf, needle, whole=False):
    """[(page_index, (l, b, r, t), page_height)] in PDF points."""
    out = []
    d = pdfium.PdfDocument(pdf)
    for pi in range(len(d)):
        page = d[pi]; tp = page.get_textpage(); H = page.get_height()
        s = tp.search(needle, match_case=True, match_whole_word=whole)
        while True:
            r = s.get_next()
            if not r: break
            i, n = r
            bx = [tp.get_charbox(k) for k in range(i, i + n)]
            bx = [b for b in bx if b[2] > b[0]]
            if not bx: continue
            out.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)), H))
    return out


def char_boxes(pdf, pi=0):
    d = pdfium.PdfDocument(pdf); page = d[pi]; tp = page.get_textpage()
    txt = tp.get_text_range()
    return [(txt[k] if k < len(txt) else '', tp.get_charbox(k)) for k in range(tp.count_chars())], page.get_height()

# ------------------------------------------------------------ PDF-level methods

def stream_replace(data, reps, enc='cp1252'):
    n = 0
    for old, new, whole in reps:
        o, nw = old.encode(enc), new.encode(enc)
        if whole:
            pat = re.compile(rb'\(' + re.escape(o) + rb'\)')
            data, k = pat.subn(b'(' + nw + b')', data)
        else:
            k = data.count(o); data = data.replace(o, nw)
        n += k
    return data, n


def m_pikepdf(src, out, reps):
    pdf = pikepdf.open(src)
    total = 0
    for page in pdf.pages:
        cs = page.obj.Contents
        streams = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
        for st in streams:
            data, n = stream_replace(st.read_bytes(), reps)
            if n: st.write(data); total += n
    pdf.save(out)
    return total


def m_pypdf_incremental(src, out, reps):
    w = pypdf.PdfWriter(src, incremental=True)
    total = 0
    for page in w.pages:
        c = page.get_contents()
        data, n = stream_replace(c.get_data(), reps)
        if n:
            c.set_data(data); page.replace_contents(c); total += n
    w.add_metadata({'/ModDate': "D:20261205213344-05'00'"})
    with open(out, 'wb') as f: w.write(f)
    return total


def overlay_pdf(src, reps, font='Helvetica'):
    """Build a per-page overlay (white boxes + retyped text). Returns (bytes, count)."""
    rd = pypdf.PdfReader(src)
    per = {}
    for old, new, whole in reps:
        for pi, (l, b, r, t), H in find_boxes(src, old, whole):
            per.setdefault(pi, []).append((l, b, r, t, old, new))
    buf = io.BytesIO()
    first = rd.pages[0].mediabox
    c = rlcanvas.Canvas(buf, pagesize=(float(first.width), float(first.height)))
    n = 0
    for pi, page in enumerate(rd.pages):
        mb = page.mediabox; c.setPageSize((float(mb.width), float(mb.height)))
        for l, b, r, t, old, new in per.get(pi, []):
            h = t - b; size = max(6, h / 0.72)
            c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 2.2, (r - l) + 3, h + 4.4, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, size)
            if re.match(r'^[\d\s.,\']+$', old):
                c.drawRightString(r, b, new)
            else:
                c.drawString(l, b, new)
            n += 1
        c.showPage()
    c.save()
    return buf.getvalue(), n


def m_overlay(src, out, reps, producer=None):
    ov, n = overlay_pdf(src, reps)
    rd = pypdf.PdfReader(src); ovr = pypdf.PdfReader(io.BytesIO(ov))
    w = pypdf.PdfWriter(clone_from=src)
    for i, p in enumerate(w.pages):
        p.merge_page(ovr.pages[i])
    meta = dict(rd.metadata or {})
    if producer: meta['/Producer'] = producer
    w.add_metadata({k: str(v) for k, v in meta.items()})
    with open(out, 'wb') as f: w.write(f)
    return n


def m_annotation(src, out, reps):
    """Preview-style markup: FreeText annotations with white background over the old value."""
    from pypdf.annotations import FreeText
    w = pypdf.PdfWriter(src, incremental=True)
    n = 0
    for old, new, whole in reps:
        for pi, (l, b, r, t), H in find_boxes(src, old, whole):
            h = t - b
            wid = max(r - l, len(new) * h * 0.62) + 4
            x0 = r - wid + 2 if re.match(r'^[\d\s.,\']+$', old) else l - 2
            a = FreeText(text=new, rect=(x0, b - 2.5, x0 + wid, t + 2.5), font='Helvetica', font_size=f'{h / 0.72:.1f}pt',
                         font_color='000000', border_color=None, background_color='ffffff')
            a[pypdf.generic.NameObject('/T')] = pypdf.generic.TextStringObject('Owner')
            # appearance stream, as Preview writes one (white fill + Helvetica text)
            G = pypdf.generic
            aw, ah = wid, h + 5
            fs = h / 0.72
            txt = new.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
            ap = G.DecodedStreamObject()
            ap.set_data(f"q 1 1 1 rg 0 0 {aw:.2f} {ah:.2f} re f BT /Helv {fs:.2f} Tf 0 g 2 {2.5 + h * 0.05:.2f} Td ({txt}) Tj ET Q".encode('cp1252'))
            ap.update({G.NameObject('/Type'): G.NameObject('/XObject'), G.NameObject('/Subtype'): G.NameObject('/Form'),
                       G.NameObject('/BBox'): G.ArrayObject([G.FloatObject(0), G.FloatObject(0), G.FloatObject(aw), G.FloatObject(ah)]),
                       G.NameObject('/Resources'): G.DictionaryObject({G.NameObject('/Font'): G.DictionaryObject({G.NameObject('/Helv'): G.DictionaryObject({
                           G.NameObject('/Type'): G.NameObject('/Font'), G.NameObject('/Subtype'): G.NameObject('/Type1'),
                           G.NameObject('/BaseFont'): G.NameObject('/Helvetica'), G.NameObject('/Encoding'): G.NameObject('/WinAnsiEncoding')})})})})
            a[G.NameObject('/AP')] = G.DictionaryObject({G.NameObject('/N'): w._add_object(ap)})
            w.add_annotation(page_number=pi, annotation=a); n += 1
    w.add_metadata({'/Producer': 'macOS Version 14.6.1 (Build 23G93) Quartz PDFContext'})
    with open(out, 'wb') as f: w.write(f)
    return n


def m_flatten(src, out, reps, rng):
    """Online editor: edit then 'flatten' to an image-only PDF."""
    tmp = os.path.join(ED, 'flat_tmp.pdf')
    n = m_overlay(src, tmp, reps)
    pages = capture.render(tmp, 144 / 72)
    conv = []
    for p in pages:
        b = io.BytesIO(); p.save(b, 'JPEG', quality=85); b.seek(0); conv.append(Image.open(b))
    conv[0].save(out, 'PDF', save_all=True, append_images=conv[1:], resolution=144, producer='PDF Editor Online · flattened', title='edited.pdf')
    return n


def resave(pdf_in, out, tool):
    """Re-save through another program: Ghostscript pdfwrite ('compress PDF' sites) or Poppler/cairo ('print to PDF')."""
    if tool == 'ghostscript':
        subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dPDFSETTINGS=/ebook', '-o', out, pdf_in],
                       check=True, capture_output=True, timeout=300)
    else:
        subprocess.run(['pdftocairo', '-pdf', pdf_in, out], check=True, capture_output=True, timeout=300)


# ------------------------------------------------------------ image-level methods

def _load_pages(path, tr):
    if path.endswith('.pdf'):
        return capture.render(path, tr['dpi'] / 72)
    return [Image.open(path).convert('RGB' if Image.open(path).mode != 'L' else 'L')]


def _map_box(box, Hpt, scale, H):
    l, b, r, t = box
    pts = np.float32([[l * scale, (Hpt - t) * scale], [r * scale, (Hpt - t) * scale], [r * scale, (Hpt - b) * scale], [l * scale, (Hpt - b) * scale]])
    o = cv2.perspectiveTransform(pts[None], np.asarray(H, np.float64))[0]
    return o[:, 0].min(), o[:, 1].min(), o[:, 0].max(), o[:, 1].max()


def _bg(im, box):
    x0, y0, x1, y1 = [int(v) for v in box]
    reg = np.array(im.crop((max(0, x0 - 6), max(0, y0 - 6), x1 + 6, y1 + 6))).reshape(-1, 1 if im.mode == 'L' else 3)
    lum = reg.mean(axis=1)
    sel = reg[lum >= np.percentile(lum, 70)]
    v = np.median(sel, axis=0).astype(int)
    return int(v[0]) if im.mode == 'L' else tuple(int(x) for x in v)


def _save_like(pages, src_path, out, tr, quality):
    if out.endswith('.pdf'):
        capture.save_images(pages, out, 'pdf', quality, tr['dpi'])
    elif out.endswith('.png'):
        pages[0].save(out, 'PNG')
    else:
        pages[0].save(out, 'JPEG', quality=quality)


def m_image_paste(name, out, reps, rng, m, retouch=False):
    """Cover the old value with background colour and type the new one (Pillow), like a photo app."""
    tr = m['transform']; src_pdf = m['src']
    pages = _load_pages(os.path.join(FILES, name), tr)
    n = 0
    for old, new, whole in reps:
        for pi, box, Hpt in find_boxes(src_pdf, old, whole):
            if pi >= len(pages): continue
            im = pages[pi]
            x0, y0, x1, y1 = _map_box(box, Hpt, tr['scale'], tr['H'][pi])
            bg = _bg(im, (x0, y0, x1, y1))
            d = ImageDraw.Draw(im)
            d.rectangle([x0 - 2, y0 - 2, x1 + 2, y1 + 2], fill=bg)
            hpx = y1 - y0
            f = ImageFont.truetype('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed' + ('-Bold' if rng.random() < 0.3 else '') + '.ttf', max(8, int(hpx * 1.3)))
            ink = 25 if im.mode == 'L' else (30, 30, 34)
            tw = d.textlength(new, font=f)
            xx = x1 - tw if re.match(r'^[\d\s.,\']+$', old) else x0
            d.text((xx, y0 - hpx * 0.2), new, fill=ink, font=f)
            if retouch:  # smoothing brush over the patch
                reg = (int(x0 - 4), int(y0 - 4), int(max(x1, xx + tw) + 4), int(y1 + 4))
                im.paste(im.crop(reg).filter(ImageFilter.GaussianBlur(0.8)), reg[:2])
            n += 1
    _save_like(pages, name, out, tr, rng.randint(80, 92))
    return n


def m_image_clone(name, out, reps, rng, m):
    """Clone-stamp glyphs: copy digit glyphs found elsewhere on the same image over the changed digits."""
    tr = m['transform']; src_pdf = m['src']
    pages = _load_pages(os.path.join(FILES, name), tr)
    chars, Hpt = char_boxes(src_pdf, 0)
    im = pages[0]
    n = 0
    for old, new, whole in reps:
        if len(old) != len(new): continue
        for pi, box, _ in find_boxes(src_pdf, old, whole):
            if pi != 0: continue
            # char boxes for this occurrence
            occ = [(c, b) for c, b in chars if b[0] >= box[0] - 0.5 and b[2] <= box[2] + 0.5 and b[1] >= box[1] - 0.5 and b[3] <= box[3] + 0.5 and c.strip()]
            occ.sort(key=lambda cb: cb[1][0])
            h_occ = box[3] - box[1]
            for k, (oc, nc) in enumerate(zip(old.replace(' ', ''), new.replace(' ', ''))):
                if oc == nc or k >= len(occ): continue
                tgt = occ[k][1]
                cands = [b for c, b in chars if c == nc and abs((b[3] - b[1]) - (tgt[3] - tgt[1])) < 0.6 and not (b[0] >= box[0] - 1 and b[2] <= box[2] + 1 and abs(b[1] - box[1]) < 1)]
                if not cands:
                    cands = [b for c, b in chars if c == nc and b[2] > b[0]]
                if not cands: continue
                srcb = rng.choice(cands)
                sx0, sy0, sx1, sy1 = _map_box(srcb, Hpt, tr['scale'], tr['H'][0])
                tx0, ty0, tx1, ty1 = _map_box(tgt, Hpt, tr['scale'], tr['H'][0])
                pad = 1
                patch = im.crop((int(sx0) - pad, int(sy0) - pad, int(sx1) + pad + 1, int(sy1) + pad + 1))
                tw_, th_ = int(tx1) - int(tx0) + 2 * pad + 1, int(ty1) - int(ty0) + 2 * pad + 1
                if abs(patch.size[1] - th_) > 2: patch = patch.resize((max(1, int(patch.size[0] * th_ / patch.size[1])), th_), Image.BICUBIC)
                im.paste(_bg(im, (tx0, ty0, tx1, ty1)), (int(tx0) - pad, int(ty0) - pad, int(tx1) + pad + 1, int(ty1) + pad + 1))
                im.paste(patch, (int(tx0) - pad, int(ty0) - pad))
                n += 1
    _save_like(pages, name, out, tr, rng.randint(72, 90))
    return n

# ------------------------------------------------------------ plan

PLAN = [
 # (source file, method, fields)
 ('p00_rl_classic_ca-on.pdf', 'pikepdf_text_replace', ['total']),
 ('p01_rl_classic_ca-on.pdf', 'pikepdf_text_replace', ['buyer']),
 ('p02_rl_classic_ca-bc.pdf', 'pikepdf_text_replace', ['date']),
 ('p03_rl_classic_us-ny.pdf', 'pikepdf_text_replace', ['quantity']),
 ('p13_rl_classic_cn-en.pdf', 'pikepdf_text_replace', ['buyer', 'total']),
 ('p14_rl_thermal_ca-on.pdf', 'pikepdf_text_replace', ['total']),
 ('p22_fpdf_ca-on.pdf', 'pikepdf_text_replace', ['date']),
 ('p04_rl_classic_us-or.pdf', 'pypdf_incremental_update', ['total']),
 ('p08_rl_classic_fr.pdf', 'pypdf_incremental_update', ['date']),
 ('p16_rl_thermal_ca-bc.pdf', 'pypdf_incremental_update', ['buyer']),
 ('p23_fpdf_us-tx.pdf', 'pypdf_incremental_update', ['quantity', 'total']),
 ('p05_rl_classic_cn-en.pdf', 'pypdf_incremental_update', ['buyer']),
 ('h00_qb_ca-on.pdf', 'overlay_whitebox', ['total']),
 ('h06_xero_ca-on.pdf', 'overlay_whitebox', ['buyer']),
 ('h12_wave_ca-on.pdf', 'overlay_whitebox', ['date']),
 ('h17_fresh_ca-on.pdf', 'overlay_whitebox', ['total']),
 ('h22_euro_de.pdf', 'overlay_whitebox', ['date', 'buyer']),
 ('h29_cfdi_mx.pdf', 'overlay_whitebox', ['total']),
 ('o00_calc_ca-on.pdf', 'overlay_whitebox', ['buyer']),
 ('o08_writer_ca-on.pdf', 'overlay_whitebox', ['quantity']),
 ('h18_fresh_ca-bc.pdf', 'overlay_whitebox+ghostscript_resave', ['total']),
 ('o02_calc_us-ny.pdf', 'overlay_whitebox+pdftocairo_resave', ['date']),
 ('h07_xero_us-tx.pdf', 'preview_freetext_annotation', ['total']),
 ('h13_wave_ca-ab.pdf', 'preview_freetext_annotation', ['buyer']),
 ('p06_rl_classic_in.pdf', 'preview_freetext_annotation', ['total']),
 ('o09_writer_ca-bc.pdf', 'preview_freetext_annotation', ['date']),
 ('h01_qb_ca-on.pdf', 'online_editor_flatten', ['total']),
 ('h09_xero_ca-qc.pdf', 'online_editor_flatten', ['buyer']),
 ('o10_writer_fr.pdf', 'online_editor_flatten', ['date']),
 ('h02_qb_ca-bc.pdf', 'word_retype', ['buyer', 'date']),
 ('h30_cfdi_mx.pdf', 'word_retype', ['total']),
 ('p12_rl_classic_ca-ab.pdf', 'word_retype', ['quantity', 'total']),
 ('s00_scan_ca-on.jpg', 'image_paste', ['total']),
 ('s02_scan_de.jpg', 'image_paste', ['date']),
 ('s06_scan_us-tx.png', 'image_paste', ['buyer']),
 ('s08_scan_ca-qc.pdf', 'image_paste', ['total']),
 ('s01_scan_ca-on.jpg', 'image_clone', ['total']),
 ('s05_scan_mx.jpg', 'image_clone', ['total']),
 ('s10_scan_ca-bc.pdf', 'image_clone', ['total']),
 ('s17_photo_ca-on.jpg', 'image_clone', ['total']),
 ('s16_photo_ca-on.jpg', 'phone_app_retouch', ['total']),
 ('s20_photo_ca-on.jpg', 'phone_app_retouch', ['buyer']),
 ('p07_rl_classic_de.pdf', 'overlay_then_print_scan', ['total']),
 ('h03_qb_us-ny.pdf', 'overlay_then_fax', ['buyer']),
 ('h14_wave_us-or.pdf', 'retyped_then_photographed', ['date', 'buyer']),
]


def run():
    rng = random.Random(4105)
    sink = LabelSink('edits')
    retype_jobs = []
    for i, (srcname, method, fields) in enumerate(PLAN):
        m, doc = load(srcname)
        orig_label = m['label']
        ext = os.path.splitext(srcname)[1]
        same_len = method == 'image_clone'
        reps = apply_changes(doc, fields, rng, same_len)
        name = f"e{i:02d}_{method.split('+')[0]}_{os.path.splitext(srcname)[0].split('_', 1)[0]}{ext}"
        out = os.path.join(FILES, name)
        src = os.path.join(FILES, srcname)
        before = False
        producer = orig_label['producer'] + '+' + method
        if method == 'pikepdf_text_replace':
            n = m_pikepdf(src, out, reps)
        elif method == 'pypdf_incremental_update':
            n = m_pypdf_incremental(src, out, reps)
        elif method == 'overlay_whitebox':
            n = m_overlay(src, out, reps)
        elif method.endswith('_resave'):
            t = os.path.join(ED, f'ov{i}.pdf'); n = m_overlay(src, t, reps); resave(t, out, method.split('+')[1].split('_')[0])
        elif method == 'preview_freetext_annotation':
            n = m_annotation(src, out, reps)
        elif method == 'online_editor_flatten':
            n = m_flatten(src, out, reps, rng)
        elif method == 'word_retype':
            import genuine_office
            name = name.replace(ext, '.pdf'); out = os.path.join(FILES, name)
            stem = os.path.splitext(name)[0]
            genuine_office.build_docx(doc, os.path.join(ED, stem + '.docx'), rng)
            retype_jobs.append((stem, doc, orig_label, fields, producer)); continue
        elif method in ('image_paste', 'image_clone', 'phone_app_retouch'):
            if method == 'image_clone': n = m_image_clone(srcname, out, reps, rng, m)
            else: n = m_image_paste(srcname, out, reps, rng, m, retouch=(method == 'phone_app_retouch'))
        else:  # edits made before the file was captured: the file holds no digital trace
            import genuine_scan, render_html
            before = True
            t = os.path.join(ED, f'pre{i}.pdf')
            if method == 'retyped_then_photographed':
                render_html.render(doc, 'wave', t, 'weasy', rng); kind, fmt = 'photo', 'jpg'
            else:
                n = m_overlay(src, t, reps); kind, fmt = ('scan', 'pdf') if 'scan' in method else ('fax', 'pdf')
            name = os.path.splitext(name)[0] + '.' + fmt; out = os.path.join(FILES, name)
            pages, tr = genuine_scan.capture_doc(kind, fmt, t, out, rng, doc)
            n = 1
            producer = {'photo': 'phone_photo', 'scan': 'home_scan', 'fax': 'fax_to_pdf'}[kind] + f'_{fmt}(' + orig_label['producer'] + '+' + method + ')'
        if n == 0:
            print('WARNING no replacement', name, reps)
        pages = pdf_pages(out) if out.endswith('.pdf') else 1
        rec = label(name, doc, producer, pages, genuine=False, edit_method=method, what_changed=fields, edit_before_capture=before,
                    source_file=srcname, replacements=[[a, b] for a, b, _ in reps])
        sink.add(rec)
        print(name, n, flush=True)
    if retype_jobs:
        import genuine_office
        genuine_office.soffice_convert([os.path.join(ED, s + '.docx') for s, *_ in retype_jobs], ED)
        for stem, doc, ol, fields, producer in retype_jobs:
            out = os.path.join(FILES, stem + '.pdf'); shutil.move(os.path.join(ED, stem + '.pdf'), out)
            rec = label(stem + '.pdf', doc, 'python-docx_libreoffice(retyped from ' + ol['producer'] + ')', pdf_pages(out), genuine=False,
                        edit_method='word_retype', what_changed=fields, source_file=ol['file'])
            sink.add(rec); print(stem, flush=True)
    sink.close()


if __name__ == '__main__':
    run()
