# edits.py - edited copies of genuine files, done the way a desperate seller would do them
import os, io, json, random, re, shutil, subprocess, ctypes, datetime, copy
from decimal import Decimal as D
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
from common import *

LABELS = {}; GEO = {}

def load_meta():
    """labels and scan geometry written by the genuine_* and scans modules"""
    LABELS.clear(); GEO.clear()
    for part in ("genuine_html", "genuine_pdf", "genuine_office", "scans"):
        p = os.path.join(PARTS, part + ".jsonl")
        if os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                r = json.loads(line); LABELS[r["file"].split("_")[0]] = r
    g = os.path.join(PARTS, "scan_geometry.json")
    if os.path.exists(g): GEO.update(json.load(open(g)))

# ------------------------------------------------------------ locating printed strings
def find(pdf, text, whole=False):
    """all occurrences of text: list of dict(page, x0, y0, x1, y1 (PDF user space, y up), ox, oy (origin of 1st char), size)"""
    import pypdfium2 as pdfium, pypdfium2.raw as raw
    d = pdfium.PdfDocument(pdf); res = []
    for pi in range(len(d)):
        page = d[pi]; tp = page.get_textpage(); H = page.get_height()
        for variant in {text, text.replace("\u00a0", " ")}:
            s = tp.search(variant, match_case=True, match_whole_word=whole)
            while True:
                occ = s.get_next()
                if not occ: break
                i, n = occ
                boxes = [tp.get_charbox(k) for k in range(i, i + n)]
                lb = tp.get_charbox(i, loose=True)
                x = ctypes.c_double(); y = ctypes.c_double()
                raw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(x), ctypes.byref(y))
                r = dict(page=pi, x0=min(b[0] for b in boxes), y0=min(b[1] for b in boxes), x1=max(b[2] for b in boxes), y1=max(b[3] for b in boxes),
                         ox=x.value, oy=y.value, size=max(4.0, (lb[3] - lb[1]) / 1.16), H=H, W=page.get_width())
                if not any(abs(r["x0"] - q["x0"]) < 1 and abs(r["y0"] - q["y0"]) < 1 and r["page"] == q["page"] for q in res):
                    res.append(r)
            if res: break
    return res

# ------------------------------------------------------------ change specs
def new_buyer(doc):
    cc = doc["buyer"]["cc"] if doc["buyer"]["cc"] in ("CZ", "SK") else "CZ"
    while True:
        c = company(cc)
        if c["name"] != doc["buyer"]["name"]: return c["name"]

def specs_for(doc, fields, rng):
    """-> list of (old_string, new_string, align), label updates"""
    out = []; upd = {}
    for f in fields:
        if f == "buyer":
            nb = new_buyer(doc); out.append((doc["buyer"]["name"], nb, "l")); upd["buyer"] = nb
        elif f == "date":
            nd = doc["date"] + datetime.timedelta(days=rng.choice([61, 92, 150, 200, 240]))
            if nd > datetime.date(2026, 11, 30): nd = doc["date"] - datetime.timedelta(days=rng.choice([30, 45]))
            out.append((DT(doc), DT(doc, nd), "l")); upd["date"] = nd.isoformat()
        elif f == "total":
            old = doc["printed_total"]
            k = rng.choice([D("1.5"), D("2"), D("3"), D("10")])
            new = (old * k).quantize(D("1")) if doc["currency"] in NODEC else q2(old * k)
            out.append((N(doc, old), N(doc, new), "r")); upd["total"] = str(q2(new))
        elif f == "quantity":
            it = max(doc["items"], key=lambda it: it["net"])
            nq = it["qty"] * rng.choice([2, 3, 5, 10])
            out.append(("QTY", (it, nq), "r")); upd["quantity"] = nq
        elif f == "supplier":
            ns = company(doc["supplier"]["cc"] if doc["supplier"]["cc"] in ("CZ", "SK", "DE", "AT", "PL") else "DE")["name"]
            out.append((doc["supplier"]["name"], ns, "l")); upd["supplier"] = ns
    return out, upd

def locate_qty(pdf, doc, it):
    """the quantity cell on the same text line as the item's line total"""
    rows = find(pdf, N(doc, it["printed_net"]))
    q = find(pdf, str(it["qty"]), whole=True)
    for r in rows:
        for c in q:
            if c["page"] == r["page"] and abs(c["oy"] - r["oy"]) < 2.5 and c["x1"] < r["x0"]:
                return [c]
    return []

def hits_for(pdf, doc, specs):
    hits = []
    for old, new, al in specs:
        if old == "QTY":
            it, nq = new
            hits += [(h, str(nq), "r") for h in locate_qty(pdf, doc, it)]
        else:
            hits += [(h, new, al) for h in find(pdf, old)]
    return hits

# ------------------------------------------------------------ PDF edit methods
def _overlay_pdf(src_pdf, hits, font="DV"):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONT_DIR + "DejaVuSans.ttf")); pdfmetrics.registerFont(TTFont("DVB", FONT_DIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
    import pypdf
    rd = pypdf.PdfReader(src_pdf)
    buf = io.BytesIO(); c = None
    pages = {}
    for h, new, al in hits: pages.setdefault(h["page"], []).append((h, new, al))
    c = canvas.Canvas(buf)
    for pi in range(len(rd.pages)):
        mb = rd.pages[pi].mediabox; c.setPageSize((float(mb.width), float(mb.height)))
        for h, new, al in pages.get(pi, []):
            fnt = "WQY" if any(ord(ch) > 0x2FFF for ch in new) else font
            c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1)
            c.rect(h["x0"] - 1.2, h["y0"] - 1.5, h["x1"] - h["x0"] + 2.4, h["y1"] - h["y0"] + 3, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0); c.setFont(fnt, h["size"])
            if al == "r": c.drawRightString(h["x1"], h["oy"], new)
            else: c.drawString(h["ox"], h["oy"], new)
        c.showPage()
    c.save(); buf.seek(0)
    return pypdf.PdfReader(buf)

def overlay_whitebox(src, out, hits, font="DV"):
    import pypdf
    ov = _overlay_pdf(src, hits, font)
    wr = pypdf.PdfWriter(clone_from=src)
    for pi, p in enumerate(wr.pages):
        if any(h["page"] == pi for h, _, _ in hits): p.merge_page(ov.pages[pi])
    wr.add_metadata({"/Producer": random.choice(["pypdf", "PDF Fixer Online", "SmallPDF-like web tool"]), "/ModDate": "D:20261201093000+01'00'"})
    wr.write(out)

def incremental_overlay(src, out, hits, font="DV"):
    import pypdf
    ov = _overlay_pdf(src, hits, font)
    wr = pypdf.PdfWriter(src, incremental=True)
    for pi, p in enumerate(wr.pages):
        if any(h["page"] == pi for h, _, _ in hits): p.merge_page(ov.pages[pi])
    wr.add_metadata({"/ModDate": "D:20261130211500+01'00'"})
    wr.write(out)

def gs_reprint(src, out, hits):
    tmp = out + ".tmp.pdf"; overlay_whitebox(src, tmp, hits)
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={out}", tmp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(tmp)

def online_rasterize(src, out, hits):
    """edit in an 'online editor' that hands back a PDF of page pictures"""
    import pypdfium2 as pdfium
    tmp = out + ".tmp.pdf"; overlay_whitebox(src, tmp, hits)
    d = pdfium.PdfDocument(tmp)
    ims = [d[i].render(scale=150 / 72).to_pil().convert("RGB") for i in range(len(d))]
    ims[0].save(out, "PDF", resolution=150, save_all=True, append_images=ims[1:], quality=82)
    d.close(); os.remove(tmp)

# --- content-stream text replacement with pikepdf
def _cmap(font):
    """code(bytes)->unicode and unicode->code for a font, from ToUnicode or a simple encoding"""
    import pikepdf
    fwd = {}; two = str(font.get("/Subtype")) == "/Type0"
    if "/ToUnicode" in font:
        data = font.ToUnicode.read_bytes().decode("latin-1")
        for blk in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
            for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
                fwd[bytes.fromhex(a)] = bytes.fromhex(b).decode("utf-16-be", "ignore")
        for blk in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
            for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", blk):
                lo, hi = int(a, 16), int(b, 16); ln = len(a) // 2
                if c.startswith("<"):
                    base = int(c[1:-1], 16)
                    for k in range(lo, hi + 1): fwd[k.to_bytes(ln, "big")] = chr(base + k - lo)
                else:
                    for k, u in zip(range(lo, hi + 1), re.findall(r"<([0-9A-Fa-f]+)>", c)):
                        fwd[k.to_bytes(ln, "big")] = bytes.fromhex(u).decode("utf-16-be", "ignore")
    else:
        for k in range(32, 256):
            try: fwd[bytes([k])] = bytes([k]).decode("cp1252")
            except UnicodeDecodeError: pass
    return fwd, 2 if two else 1

def _decode(bs, fwd, width):
    out = []; codes = []
    for i in range(0, len(bs), width):
        c = bs[i:i + width]; out.append(fwd.get(c, "\ufffd")); codes.append(c)
    return "".join(out)

def pikepdf_replace(src, out, specs, set_producer=True):
    import pikepdf
    pdf = pikepdf.open(src)
    done = set()
    pairs = [(o, n) for o, n, _ in specs if o != "QTY"]
    for page in pdf.pages:
        fonts = page.Resources.get("/Font", {})
        maps = {}
        ops = pikepdf.parse_content_stream(page); new_ops = []; cur = None
        for operands, op in ops:
            o = str(op)
            if o == "Tf":
                cur = str(operands[0])
                if cur not in maps and cur in fonts: maps[cur] = _cmap(fonts[cur])
            if o in ("Tj", "TJ") and cur in maps:
                fwd, wd = maps[cur]
                if o == "Tj": s = _decode(bytes(operands[0]), fwd, wd)
                else: s = "".join(_decode(bytes(x), fwd, wd) for x in operands[0] if isinstance(x, pikepdf.String))
                for old, new in pairs:
                    for oo in {old, old.replace("\u00a0", " ")}:
                        if oo and oo in s:
                            ns = s.replace(oo, new.replace("\u00a0", " ") if "\u00a0" not in s else new)
                            rev = {v: k for k, v in fwd.items()}
                            if all(ch in rev for ch in ns):
                                operands = [pikepdf.String(b"".join(rev[ch] for ch in ns))]; op = pikepdf.Operator("Tj"); s = ns; done.add(old)
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    if set_producer:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m: pass
        pdf.docinfo["/Producer"] = random.choice(["Acrobat-like PDF Editor 11.0", "PDFelement-style Editor 9", "pikepdf"])
        pdf.docinfo["/ModDate"] = "D:20261128174200+01'00'"
    pdf.save(out)
    return done

# ------------------------------------------------------------ image edit methods
def scan_box(key, h, pad=2):
    g = GEO[key]; s = g["dpi"] / 72.0
    from scans import map_point
    pts = [(h["x0"] * s, (h["H"] - h["y1"]) * s), (h["x1"] * s, (h["H"] - h["y1"]) * s), (h["x0"] * s, (h["H"] - h["y0"]) * s), (h["x1"] * s, (h["H"] - h["y0"]) * s)]
    m = [map_point(x, y, g["size"], g["angle"], g["f"], tuple(g["shift"])) for x, y in pts]
    return (int(min(p[0] for p in m)) - pad, int(min(p[1] for p in m)) - pad, int(max(p[0] for p in m)) + pad, int(max(p[1] for p in m)) + pad)

def image_paste(img, box, new, al, rng):
    """Paint-style: a patch of 'paper' with freshly typed text pasted over the old value"""
    x0, y0, x1, y1 = box
    region = np.asarray(img.convert("L").crop(box))
    bg = int(np.percentile(region, 90)); ink = int(np.percentile(region, 3))
    hgt = y1 - y0
    font = ImageFont.truetype(FONT_DIR + rng.choice(["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSansCondensed.ttf"]) if not any(ord(c) > 0x2FFF for c in new) else CJK_FONT, max(8, int(hgt * 0.95)))
    tw = int(font.getlength(new)) + 6
    W_ = max(tw, x1 - x0)
    patch = Image.new("L", (W_, hgt), bg); dr = ImageDraw.Draw(patch)
    dr.text((W_ - tw + 2 if al == "r" else 2, hgt // 2), new, fill=ink, font=font, anchor="lm")
    patch = patch.filter(ImageFilter.GaussianBlur(0.5))
    mode = img.mode
    if mode != "L": patch = patch.convert(mode)
    img.paste(patch, (x1 - W_ if al == "r" else x0, y0))
    return img

def image_clone(img, key, pdf, h_target, new_text, al):
    """Clone-stamp: rebuild the new value from glyphs cut out of the same scan"""
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); page = d[h_target["page"]]; tp = page.get_textpage(); H = page.get_height()
    n = tp.count_chars(); glyphs = {}; want = h_target["size"] * 1.16
    for i in range(n):
        ch = tp.get_text_range(i, 1)
        if ch.isdigit() or ch in ",.":
            b = tp.get_charbox(i, loose=True); hgt = b[3] - b[1]
            g = glyphs.get(ch)
            if g is None or abs(hgt - want) < abs(g["hgt"] - want):   # same size if possible, else nearest (scaled later)
                glyphs[ch] = dict(x0=b[0], x1=b[2], y0=b[1], y1=b[3], H=H, hgt=hgt)
    if not all(c in glyphs or c in " \u00a0" for c in new_text):
        return None
    tgt = scan_box(key, h_target, pad=1)
    src = img.copy()
    # wipe the old value with paper cut from just below the box
    strip = src.crop((tgt[0], tgt[3] + 2, tgt[2], tgt[3] + 2 + (tgt[3] - tgt[1])))
    img.paste(strip, (tgt[0], tgt[1]))
    cuts = []
    for c in new_text:
        g = glyphs.get(c)
        if g is None:
            cuts.append(None); continue
        gb = scan_box(key, dict(x0=g["x0"], x1=g["x1"], y0=g["y0"], y1=g["y1"], H=g["H"]), pad=0)
        cut = src.crop(gb); k = want / g["hgt"]
        if abs(k - 1) > 0.05: cut = cut.resize((max(1, int(cut.width * k)), max(1, int(cut.height * k))), Image.BICUBIC)
        cuts.append(cut)
    total_w = sum(c.width if c else 4 for c in cuts)
    x = tgt[2] - total_w if al == "r" else tgt[0]
    for c in cuts:
        if c is None: x += 4; continue
        img.paste(c, (x, tgt[1] + 1)); x += c.width
    return img

# ------------------------------------------------------------ the plan
# key, method, fields, consistent (also fix totals after qty)
PLAN = [
 ("r01", "pikepdf_text_replace", ["total"]), ("r04", "pikepdf_text_replace", ["date"]), ("f01", "pikepdf_text_replace", ["total"]),
 ("h01", "pikepdf_text_replace", ["date"]), ("h08", "pikepdf_text_replace", ["total"]), ("f04", "pikepdf_text_replace", ["buyer"]),
 ("r19", "pikepdf_text_replace", ["buyer", "date"]), ("d01", "pikepdf_text_replace", ["total"]),
 ("h06", "overlay_whitebox", ["buyer"]), ("h11", "overlay_whitebox", ["quantity"]), ("r08", "overlay_whitebox", ["date", "total"]),
 ("f06", "overlay_whitebox", ["buyer"]), ("x03", "overlay_whitebox", ["quantity", "total"]), ("h20", "overlay_whitebox", ["total"]),
 ("d05", "overlay_whitebox", ["buyer", "date"]), ("f17", "overlay_whitebox", ["supplier"]),
 ("h26", "incremental_overlay", ["buyer"]), ("r03", "incremental_overlay", ["date"]), ("f14", "incremental_overlay", ["quantity"]),
 ("h14", "incremental_overlay", ["total"]), ("x01", "incremental_overlay", ["buyer", "total"]), ("c01", "incremental_overlay", ["date"]),
 ("h10", "gs_reprint", ["buyer"]), ("r11", "gs_reprint", ["total"]), ("f03", "gs_reprint", ["date"]),
 ("h16", "online_rasterize", ["buyer"]), ("d03", "online_rasterize", ["quantity"]),
 ("s04", "image_paste", ["buyer"]), ("s05", "image_paste", ["total"]), ("s11", "image_paste", ["date"]), ("s16", "image_paste", ["quantity"]),
 ("s07", "image_paste", ["buyer", "date"]),
 ("s05", "image_clone", ["date"]), ("s14", "image_clone", ["total"]), ("s16", "image_clone", ["total"]), ("s04", "image_clone", ["quantity"]),
 ("s01", "scanpdf_image_paste", ["buyer"]),
 ("h12", "edit_then_scan", ["buyer"]), ("r09", "edit_then_scan", ["date"]), ("h25", "edit_then_photo", ["total"]),
 ("d04", "docx_regenerate", ["buyer", "date"]), ("d06", "docx_regenerate", ["quantity"]),
]

def run():
    load_meta()
    rows = []
    for n, (key, method, fields) in enumerate(PLAN):
        rng = random.Random(39900 + n); random.seed(39900 + n)
        base = LABELS[key]; doc = load_doc(key)
        src_file = os.path.join(FILES, base["file"])
        specs, upd = specs_for(doc, fields, rng)
        ext = os.path.splitext(base["file"])[1]
        out_name = f"e{n+1:02d}_{key}_{method}{ext if method.startswith('image') else '.pdf'}"
        out = os.path.join(FILES, out_name)
        changed = list(fields); before = False; producer = base["producer"]; note = None; ok = True
        if method in ("pikepdf_text_replace", "overlay_whitebox", "incremental_overlay", "gs_reprint", "online_rasterize"):
            if method == "pikepdf_text_replace":
                got = pikepdf_replace(src_file, out, specs)
                if got != {o for o, _, _ in specs}:  # text split or glyphs missing in the subset font: the seller fell back to a white box
                    os.remove(out)
                    method = "overlay_whitebox"; out_name = out_name.replace("pikepdf_text_replace", "overlay_whitebox_fallback"); out = os.path.join(FILES, out_name)
            if method != "pikepdf_text_replace":
                hits = hits_for(src_file, doc, specs)
                if not hits: ok = False
                else:
                    {"overlay_whitebox": overlay_whitebox, "incremental_overlay": incremental_overlay, "gs_reprint": gs_reprint, "online_rasterize": online_rasterize}[method](src_file, out, hits)
        elif method in ("image_paste", "image_clone"):
            srcpdf = GEO[key]["src"]; img = Image.open(src_file); img.load()
            if GEO[key].get("two_up"): ok = False
            for old, new, al in specs:
                if old == "QTY": hs = [(h, str(new[1]), "r") for h in locate_qty(srcpdf, doc, new[0])]
                else: hs = [(h, new, al) for h in find(srcpdf, old)]
                hs = [x for x in hs if x[0]["page"] == 0]
                if not hs: ok = False; break
                for h, nv, a in hs:
                    if method == "image_paste": img = image_paste(img, scan_box(key, h), nv, a, rng)
                    else:
                        r_ = image_clone(img, key, srcpdf, h, nv, a)
                        if r_ is None: ok = False
                        else: img = r_
            if ok:
                if ext == ".jpg": img.save(out, "JPEG", quality=rng.choice([80, 90, 95]))  # re-compressed by the paint program
                else: img.save(out, "PNG")
        elif method == "scanpdf_image_paste":
            import pikepdf
            from pikepdf import PdfImage
            srcpdf = GEO[key]["src"]; pdf = pikepdf.open(src_file)
            imgs = [PdfImage(list(p.images.values())[0]).as_pil_image() for p in pdf.pages]
            for old, new, al in specs:
                for h in find(srcpdf, old):
                    if h["page"] == 0: imgs[0] = image_paste(imgs[0].convert("L"), scan_box(key, h), new, al, rng)
            imgs[0].save(out, "PDF", resolution=GEO[key]["dpi"] * GEO[key]["f"], save_all=True, append_images=imgs[1:], quality=70)
        elif method in ("edit_then_scan", "edit_then_photo"):
            import scans
            tmp = os.path.join(TMP, f"edited_{key}.pdf"); hits = hits_for(src_file, doc, specs)
            if not hits: ok = False
            else:
                overlay_whitebox(src_file, tmp, hits)
                fn, pages, producer = scans.make_scan(doc, tmp, f"e{n+1:02d}_{key}", "scan_pdf" if method == "edit_then_scan" else "photo", rng, {})
                os.replace(os.path.join(FILES, fn), out if not fn.endswith(".jpg") else out.replace(".pdf", ".jpg"))
                if fn.endswith(".jpg"): out_name = out_name.replace(".pdf", ".jpg"); out = out.replace(".pdf", ".jpg")
                before = True
        elif method == "docx_regenerate":
            from docx import Document
            srcd = os.path.join(TMP, "office", base["file"].replace("_lo.pdf", ".docx"))
            dd = Document(srcd)
            def rep(par):
                for r_ in par.runs:
                    for old, new, al in specs:
                        if old == "QTY":
                            continue
                        if old in r_.text: r_.text = r_.text.replace(old, new)
            for p in dd.paragraphs: rep(p)
            for t in dd.tables:
                for row in t.rows:
                    cells = row.cells
                    for c in cells:
                        for p in c.paragraphs: rep(p)
                    for old, new, al in specs:
                        if old == "QTY" and cells[0].text == new[0]["desc"]:
                            cells[1].paragraphs[0].runs[0].text = str(new[1])
            wd = os.path.join(TMP, "regen"); os.makedirs(wd, exist_ok=True)
            p2 = os.path.join(wd, f"e{n+1:02d}.docx"); dd.save(p2)
            subprocess.run(["soffice", "--headless", "--norestore", "-env:UserInstallation=file://" + os.path.join(TMP, "lo_profile"), "--convert-to", "pdf", "--outdir", wd, p2],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=200)
            shutil.move(os.path.join(wd, f"e{n+1:02d}.pdf"), out); before = True
        if not ok or not os.path.exists(out):
            print("SKIP", key, method, fields); continue
        lab = dict(base); lab.update(file=out_name, genuine=False, edit_method=method, what_changed=changed, producer=producer, edit_before_capture=before,
                                     arithmetic_error=False)
        for k in ("buyer", "date", "total", "supplier"):
            if k in upd: lab[k] = upd[k]
        notes = [f"edited copy of {base['file']}"]
        if "fallback" in out_name: notes.append("in-stream text replacement was impossible (glyphs missing from the subset font or text split), so a white-box overlay was used")
        if "quantity" in upd: notes.append(f"quantity changed to {upd['quantity']} without touching line and grand totals")
        if "total" in upd and "quantity" not in upd: notes.append("grand total changed, lines and tax left as they were")
        lab["note"] = "; ".join(notes)
        if lab["file"].endswith(".pdf"): lab["pages"] = pdf_pages(out)
        rows.append(lab); print(out_name, changed, lab["total"], lab["date"], flush=True)
    write_part("edits", rows)

if __name__ == "__main__":
    run()
