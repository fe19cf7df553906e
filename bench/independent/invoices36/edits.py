"""Part 'edits': altered copies of genuine files, made the way a desperate seller would
(online PDF editor, phone photo app, Word, 'print to PDF' / 'compress PDF' tools)."""
import os, sys, json, glob, copy, random, shutil, datetime as dt, io
import numpy as np
from PIL import Image
import pikepdf
from common import (BUILD, FILES, D, q, money_str, doc_from_json, make_label, reset_part, claim_name, neutral_name, company_label,
                    COMPANIES, run, LO_PROFILE, soffice_convert, count_pages)
import pdftext as PT
import imgedit as IE
import capture as CP

PART = "edits"
WORK = os.path.join(BUILD, "edits")
TODAY = dt.date(2026, 12, 6)


def load_sources():
    out = []
    for p in sorted(glob.glob(os.path.join(BUILD, "sources_*.jsonl"))):
        if p.endswith("sources_edits.jsonl"):
            continue
        for line in open(p, encoding="utf-8"):
            s = json.loads(line)
            s["docobj"] = doc_from_json(s["doc"])
            out.append(s)
    return out


# ====================================================================== what the seller changes
class Plan(dict):
    __getattr__ = dict.get


def recompute(doc):
    cur = doc["cur"]
    groups = {}
    for ln in doc["lines"]:
        groups[ln["rate"]] = groups.get(ln["rate"], D(0)) + ln["net"]
    doc["subtotal"] = sum((ln["net"] for ln in doc["lines"]), D(0))
    return groups


def plan_total(doc, rng, mode="grand"):
    """mode 'grand': only the grand total; 'block': subtotal/bases/taxes/total scaled together."""
    f, cur = doc["fmt"], doc["cur"]
    d2 = copy.deepcopy(doc)
    k = D(rng.choice(["1.8", "2.5", "3.2", "1.45", "4", "2.2"]))
    pairs = []
    if mode == "grand":
        new = q(doc["total"] * k, cur)
        pairs.append((f.n(doc["total"]), f.n(new)))
        d2["total"] = new
        detail = f"grand total {money_str(doc['total'], cur)} -> {money_str(new, cur)} (lines, subtotal and tax left as they were)"
        arith = "broken"
    else:
        seen = set()
        for key in ("subtotal", "net", "tax_total", "re_total", "irpf", "total"):
            v = doc.get(key)
            if v:
                nv = q(v * k, cur)
                if f.n(v) not in seen:
                    pairs.append((f.n(v), f.n(nv)))
                    seen.add(f.n(v))
                d2[key] = nv
        for t in d2["taxes"]:
            for kk in ("base", "tax", "re"):
                if t[kk] and f.n(t[kk]) not in seen:
                    pairs.append((f.n(t[kk]), f.n(q(t[kk] * k, cur))))
                    seen.add(f.n(t[kk]))
        d2["total"] = q(doc["total"] * k, cur)
        detail = f"totals block scaled x{k}: total {money_str(doc['total'], cur)} -> {money_str(d2['total'], cur)}; line items unchanged"
        arith = "broken (lines do not add up to the new subtotal)"
    return Plan(pairs=pairs, doc=d2, what=["total"], arith=arith, detail=detail)


def plan_quantity(doc, rng, careful=True, line=None):
    f, cur = doc["fmt"], doc["cur"]
    d2 = copy.deepcopy(doc)
    i = line if line is not None else rng.randrange(len(doc["lines"]))
    ln, ln2 = doc["lines"][i], d2["lines"][i]
    mult = rng.choice([2, 3, 4, 5, 10])
    newq = ln["qty"] * mult
    pairs = [(f.qty(ln["qty"]), f.qty(newq))]
    ln2["qty"] = newq
    what = ["quantity"]
    if not careful:
        detail = f"line {i + 1} quantity {ln['qty']} -> {newq}; amounts not touched"
        return Plan(pairs=pairs, doc=d2, what=what, arith="broken (qty x price != line amount)", detail=detail, line=i)
    ln2["net"] = q(newq * ln["price"] * (1 - ln.get("disc", 0) / 100), cur)
    pairs.append((f.n(ln["net"]), f.n(ln2["net"])))
    delta = ln2["net"] - ln["net"]
    d2["subtotal"] = doc["subtotal"] + delta
    pairs.append((f.n(doc["subtotal"]), f.n(d2["subtotal"])))
    for t, t2 in zip(doc["taxes"], d2["taxes"]):
        if t["rate"] == ln["rate"]:
            t2["base"] = t["base"] + delta
            t2["tax"] = q(t2["base"] * t["rate"] / 100, cur)
            t2["re"] = q(t2["base"] * t["re_rate"] / 100, cur) if t["re_rate"] else D(0)
            if t["base"] != doc["subtotal"]:
                pairs.append((f.n(t["base"]), f.n(t2["base"])))
            if t["tax"]:
                pairs.append((f.n(t["tax"]), f.n(t2["tax"])))
            if t["re"]:
                pairs.append((f.n(t["re"]), f.n(t2["re"])))
    d2["net"] = sum((t["base"] for t in d2["taxes"]), D(0))
    d2["tax_total"] = sum((t["tax"] for t in d2["taxes"]), D(0))
    d2["re_total"] = sum((t["re"] for t in d2["taxes"]), D(0))
    if doc.get("irpf"):
        d2["irpf"] = q(d2["net"] * doc["irpf_rate"] / 100, cur)
        pairs.append((f.n(-doc["irpf"]), f.n(-d2["irpf"])))
    d2["total"] = d2["net"] + d2["tax_total"] + d2["re_total"] - d2.get("irpf", D(0))
    pairs.append((f.n(doc["total"]), f.n(d2["total"])))
    # de-duplicate identical 'old' strings (e.g. subtotal == base)
    seen, uniq = set(), []
    for o, n in pairs:
        if o not in seen and o != n:
            uniq.append((o, n)); seen.add(o)
    detail = f"line {i + 1} quantity {ln['qty']} -> {newq}, line amount, tax and total recomputed (total {money_str(doc['total'], cur)} -> {money_str(d2['total'], cur)})"
    return Plan(pairs=uniq, doc=d2, what=["quantity", "total"], arith="consistent", detail=detail, line=i)


def plan_date(doc, rng, style=None):
    f = doc["fmt"]
    d2 = copy.deepcopy(doc)
    for _ in range(50):
        shift = rng.choice([-1, 1]) * rng.randint(35, 330) if style is None else style
        nd = doc["date"] + dt.timedelta(days=shift)
        if nd.weekday() != 6 and nd <= TODAY and nd.year >= 2024:
            break
    d2["date"] = nd
    return Plan(pairs=[(f.d(doc["date"]), f.d(nd))], doc=d2, what=["date"], arith="n/a",
                detail=f"issue date {doc['date'].isoformat()} -> {nd.isoformat()} (due date, number and metadata untouched)")


def plan_buyer(doc, rng):
    d2 = copy.deepcopy(doc)
    b = doc["buyer"]
    old = company_label(b, doc["lang"])
    if doc["lang"] in ("zh", "ja") and b.get("name_local"):
        pool = [x[1] for x in COMPANIES["CN" if doc["lang"] == "zh" else "JP"]["buy"]]
    else:
        pool = COMPANIES["ES"]["buy"] + ["Brisa Home Online S.L.", "Mediterranean Goods Trading, S.L."]
    new = rng.choice([p for p in pool if p != old and p != b["name"]])
    nb = copy.deepcopy(b)
    if doc["lang"] in ("zh", "ja") and b.get("name_local"):
        nb["name_local"] = new
    else:
        nb["name"] = new
    d2["buyer"] = nb
    return Plan(pairs=[(old, new)], doc=d2, what=["buyer"], arith="n/a", detail=f"buyer name '{old}' -> '{new}' (address and tax id left)")


PLANNERS = {"total": lambda d, r, o: plan_total(d, r, o.get("mode", "grand")), "quantity": lambda d, r, o: plan_quantity(d, r, o.get("careful", True)),
            "date": lambda d, r, o: plan_date(d, r), "buyer": lambda d, r, o: plan_buyer(d, r)}


def edit_time(doc, rng):
    t = dt.datetime.combine(min(TODAY, doc["date"] + dt.timedelta(days=rng.randint(20, 300))), dt.time(rng.randint(7, 23), rng.randint(0, 59), rng.randint(0, 59)))
    return t


def pdfdate(t):
    return t.strftime("D:%Y%m%d%H%M%S+01'00'")


# ====================================================================== methods on digital PDFs
def occurrences(path, pairs, unique_for=()):
    """pdfium positions of every 'old' string; None if a string that must be unique is not."""
    found = []
    for o, n in pairs:
        occ = PT.find_text(path, o)
        if not occ:
            return None
        if o in unique_for and len(occ) != 1:
            return None
        for x in occ:
            x["new"] = n
            x["old"] = o
        found += occ
    return found


def overlay_items(path, occs, fill="white", rng=None):
    items = []
    for oc in occs:
        bg, fg = PT.sample_bg(path, oc["page"], oc["rect"])
        if fill == "white" and sum(bg) > 600:
            bgc = (255, 255, 255)
        else:
            bgc = bg
        num = any(ch.isdigit() for ch in oc["old"]) and not any(ch.isalpha() for ch in oc["old"].replace("€", ""))
        l, b, r, t = oc["rect"]
        tl, tb, tr, tt = oc["tight"]
        hsize = (tt - tb) / 0.72 if tt > tb else oc["size"]
        size = min(oc["size"], hsize * 1.05) if oc["size"] > 3 else hsize
        bold = oc["weight"] >= 600 or "Bold" in oc["font"] or "bold" in oc["font"]
        oc["weight"] = 700 if bold else 400
        fn = None
        if any(ord(ch) > 0x2e80 for ch in oc["new"]):
            fn = "WQY"
        elif any(ord(ch) > 0xff for ch in oc["new"] + oc["old"]):
            fn = "DejaVu-Bold" if oc["weight"] >= 600 else "DejaVu"
        from reportlab.pdfbase.pdfmetrics import stringWidth
        fname_ = fn or ("Helvetica-Bold" if oc["weight"] >= 600 else "Helvetica")
        if fn:
            import pdfapi_layouts as PL
            PL.rl_fonts("wqy" if fn == "WQY" else "dejavu")
        nw = stringWidth(oc["new"], fname_, size)
        extra = max(0, nw - (r - l))
        items.append(dict(page=oc["page"], rect=(l, b, r, t), text=oc["new"], size=size, bold=oc["weight"] >= 600, font=fn,
                          align="right" if num else "left", bg=bgc, fg=fg if sum(fg) < 500 else (0, 0, 0), baseline=tb, extra_w=extra))
    return items


def m_pikepdf(src, dst, plan, rng, opts):
    keep_meta = opts.get("keep_meta", True)
    counts = PT.pikepdf_replace(src, dst, plan.pairs, only_first=opts.get("only_first", False))
    if not all(counts.values()):
        return False
    if not keep_meta:
        pdf = pikepdf.open(dst, allow_overwriting_input=True)
        pdf.docinfo["/ModDate"] = pdfdate(opts["when"])
        if opts.get("producer"):
            pdf.docinfo["/Producer"] = opts["producer"]
        pdf.save(dst)
    return True


def m_pypdf_incr(src, dst, plan, rng, opts):
    counts = PT.pypdf_incremental_replace(src, dst, plan.pairs, producer=opts.get("producer"))
    return all(counts.values())


def m_overlay(src, dst, plan, rng, opts):
    occs = occurrences(src, plan.pairs, unique_for=opts.get("unique", ()))
    if not occs:
        return False
    items = overlay_items(src, occs, fill=opts.get("fill", "white"))
    ov = os.path.join(WORK, os.path.basename(dst) + ".ov.pdf")
    from pypdf import PdfReader
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in PdfReader(src).pages]
    PT.make_overlay(sizes, items, ov)
    PT.merge_overlay(src, ov, dst, incremental=opts.get("incremental", False), producer=opts.get("producer"))
    os.remove(ov)
    return True


def m_freetext(src, dst, plan, rng, opts):
    occs = occurrences(src, plan.pairs)
    if not occs:
        return False
    items = overlay_items(src, occs)
    if any(it["font"] for it in items):
        return False
    PT.add_freetext(src, dst, items, author=opts.get("author", ""), producer=opts.get("producer"))
    return True


def m_gs(src, dst, plan, rng, opts):
    tmp = os.path.join(WORK, os.path.basename(dst) + ".stage.pdf")
    inner = opts.get("inner", "pikepdf")
    ok = (m_pikepdf if inner == "pikepdf" else m_overlay)(src, tmp, plan, rng, opts)
    if not ok:
        return False
    epoch = int(opts["when"].replace(tzinfo=dt.timezone.utc).timestamp())
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch))
    import subprocess
    r = subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER", f"-dPDFSETTINGS={opts.get('preset', '/ebook')}", "-o", dst, tmp],
                       capture_output=True, env=env, timeout=300)
    os.remove(tmp)
    return r.returncode == 0 and os.path.exists(dst)


def m_lo_reexport(src, dst, plan, rng, opts):
    tmp = os.path.join(WORK, "lo_in", os.path.basename(dst))
    os.makedirs(os.path.dirname(tmp), exist_ok=True)
    ok = m_overlay(src, tmp, plan, rng, opts) if opts.get("inner", "overlay") == "overlay" else m_pikepdf(src, tmp, plan, rng, opts)
    if not ok:
        return False
    outdir = os.path.join(WORK, "lo_out")
    os.makedirs(outdir, exist_ok=True)
    run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--infilter=writer_pdf_import", "--convert-to", "pdf", "--outdir", outdir, tmp])
    shutil.move(os.path.join(outdir, os.path.basename(dst)), dst)
    return True


def m_docx(src_rec, dst, plan, rng, opts):
    from docx import Document
    srcdocx = os.path.join(BUILD, src_rec["office_src"])
    d = Document(srcdocx)
    counts = {o: 0 for o, _ in plan.pairs}

    def fix_par(p):
        for run_ in p.runs:
            for o, n in plan.pairs:
                if o in run_.text:
                    i = run_.text.find(o)
                    t = run_.text
                    if PT._boundary_ok(t, i, i + len(o)):
                        run_.text = t.replace(o, n)
                        counts[o] += 1
    for p in d.paragraphs:
        fix_par(p)
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                for p in c.paragraphs:
                    fix_par(p)
    if not all(counts.values()):
        return False
    d.core_properties.last_modified_by = opts.get("editor", "Usuario")
    d.core_properties.modified = opts["when"]
    base = os.path.splitext(os.path.basename(dst))[0]
    wdir = os.path.join(WORK, "docx_" + base.replace(" ", "_"))
    os.makedirs(wdir, exist_ok=True)
    p = os.path.join(wdir, "factura.docx")
    d.save(p)
    soffice_convert([p], wdir)
    pdfp = os.path.join(wdir, "factura.pdf")
    if opts.get("then") == "photo":
        return pdfp
    shutil.copyfile(pdfp, dst)
    return True


# ====================================================================== methods on images (scans / photos)
def capture_occ(src_rec, pairs, unique_for=()):
    base = os.path.join(BUILD, src_rec["base_pdf"])
    occs = occurrences(base, pairs, unique_for=unique_for)
    return occs, base


def load_capture_image(src_rec, page=0):
    path = os.path.join(FILES, src_rec["file"])
    if path.endswith(".pdf"):
        pdf = pikepdf.open(path)
        pg = pdf.pages[page]
        name, raw = next(iter(pg.get_images().items()))
        pim = pikepdf.PdfImage(raw)
        img = pim.as_pil_image()
        return img, (pdf, pg, name)
    img = Image.open(path)
    img.load()
    return img, None


def save_capture_image(src_rec, img, dst, holder, rng, page=0, exif=None):
    path = os.path.join(FILES, src_rec["file"])
    if holder is not None:
        pdf, pg, name = holder
        raw = pg.Resources.XObject[name]
        if img.mode == "1":
            # rewrite as 8-bit grey JPEG: the phone app could not keep 1-bit
            img = img.convert("L")
        data = CP.jpeg_bytes(img if img.mode in ("L", "RGB") else img.convert("RGB"), rng.randint(70, 90))
        raw.write(data, filter=pikepdf.Name.DCTDecode)
        raw.ColorSpace = pikepdf.Name.DeviceGray if img.mode == "L" else pikepdf.Name.DeviceRGB
        raw.BitsPerComponent = 8
        if "/DecodeParms" in raw:
            del raw["/DecodeParms"]
        if "/Decode" in raw:
            del raw["/Decode"]
        pdf.save(dst)
        return
    if path.lower().endswith(".png"):
        img.save(dst, "PNG")
    else:
        kw = {}
        if exif is not None:
            kw["exif"] = exif
        img.save(dst, "JPEG", quality=rng.randint(70, 95), **kw)


def m_image_paste(src_rec, dst, plan, rng, opts):
    occs, base = capture_occ(src_rec, plan.pairs, unique_for=opts.get("unique", ()))
    if not occs:
        return False
    pages_touched = {o["page"] for o in occs}
    if len(pages_touched) > 1 or (not src_rec["file"].endswith(".pdf") and pages_touched != {0}):
        return False
    pg = pages_touched.pop()
    img, holder = load_capture_image(src_rec, pg)
    M = np.array(src_rec["matrices"][pg])
    if holder is not None:
        # image size inside PDF may differ from our pipeline output only if the scanner app rescaled; matrices are in output pixels
        pass
    exif = img.getexif() if not src_rec["file"].endswith(".pdf") else None
    for oc in occs:
        num = any(ch.isdigit() for ch in oc["old"]) and not any(ch.isalpha() for ch in oc["old"])
        img, _ = IE.paste_text(img, M, oc, oc["new"], align="right" if num else "left", rng=rng, blur=rng.uniform(0.3, 0.8))
    save_capture_image(src_rec, img, dst, holder, rng, pg, exif=exif if exif and len(exif) else None)
    return True


def m_image_clone(src_rec, dst, plan, rng, opts):
    occs, base = capture_occ(src_rec, plan.pairs)
    if not occs:
        return False
    pg = occs[0]["page"]
    if any(o["page"] != pg for o in occs):
        return False
    img, holder = load_capture_image(src_rec, pg)
    M = np.array(src_rec["matrices"][pg])
    donors = PT.all_chars(base, pg)
    for oc in occs:
        if len(oc["old"]) != len(oc["new"]):
            return False
        out, moves = IE.clone_glyphs(img, M, oc, oc["new"], donors)
        if out is None:
            return False
        img = out
    exif = img.getexif() if not src_rec["file"].endswith(".pdf") else None
    save_capture_image(src_rec, img, dst, holder, rng, pg, exif=exif if exif and len(exif) else None)
    return True


def clone_plan(doc, rng, what):
    """Digit-level changes that can be made by copying glyphs already on the page."""
    f, cur = doc["fmt"], doc["cur"]
    d2 = copy.deepcopy(doc)
    if what == "total":
        s = f.n(doc["total"])
        digs = [i for i, ch in enumerate(s) if ch.isdigit()]
        present = sorted(set(ch for ch in s if ch.isdigit()))
        for _ in range(60):
            i = digs[0] if rng.random() < .6 else rng.choice(digs[:max(1, len(digs) - 2)])
            nd = rng.choice(present) if rng.random() < .8 else rng.choice("0123456789")
            if nd != s[i] and not (i == digs[0] and nd == "0"):
                new = s[:i] + nd + s[i + 1:]
                break
        val = D(new.replace(SEPS_T(f), "").replace(DEC(f), "."))
        d2["total"] = val
        return Plan(pairs=[(s, new)], doc=d2, what=["total"], arith="broken", detail=f"grand total {s} -> {new} by cloning digit glyphs inside the image")
    if what == "date":
        s = f.d(doc["date"])
        for _ in range(80):
            i = rng.choice([k for k, ch in enumerate(s) if ch.isdigit()])
            nd = rng.choice([ch for ch in s if ch.isdigit()] or list("0123456789"))
            cand = s[:i] + nd + s[i + 1:]
            try:
                newd = parse_date(cand, f.date, doc["date"])
            except Exception:
                continue
            if newd and newd != doc["date"] and newd <= TODAY and newd.year >= 2024:
                d2["date"] = newd
                return Plan(pairs=[(s, cand)], doc=d2, what=["date"], arith="n/a", detail=f"issue date {s} -> {cand} by cloning a digit")
        return None
    if what == "quantity":
        for i, ln in enumerate(doc["lines"]):
            s = f.qty(ln["qty"])
            if len(s) >= 2:
                new = str(int(s[0]) + rng.randint(1, 9 - int(s[0]))) + s[1:] if s[0] != "9" else None
                if new:
                    d2["lines"][i]["qty"] = D(new.replace(SEPS_T(f), ""))
                    return Plan(pairs=[(s, new)], doc=d2, what=["quantity"], arith="broken (qty x price != line amount)", detail=f"line {i + 1} quantity {s} -> {new} (digit cloned)", line=i)
    return None


def SEPS_T(f):
    from common import SEPS
    return SEPS[f.num][0] if SEPS[f.num][0] else "§"


def DEC(f):
    from common import SEPS
    return SEPS[f.num][1]


def parse_date(s, style, ref):
    import re
    nums = [int(x) for x in re.findall(r"\d+", s)]
    if style in ("dmy_slash", "dmy_dot", "dmy_dash"):
        return dt.date(nums[2], nums[1], nums[0])
    if style == "dmy_short":
        return dt.date(2000 + nums[2], nums[1], nums[0])
    if style in ("iso", "ymd_slash", "cjk", "cjk0"):
        return dt.date(nums[0], nums[1], nums[2])
    if style == "mdy_slash":
        return dt.date(nums[2], nums[0], nums[1])
    if style.startswith("long_") or style.startswith("mon_"):
        return dt.date(nums[-1], ref.month, nums[0])
    if style == "reiwa":
        return dt.date(2018 + nums[0], nums[1], nums[2])
    return None


# ====================================================================== edit before capture
def m_overlay_then_scan(src_rec, dst, plan, rng, opts):
    src = os.path.join(FILES, src_rec["file"])
    stage = os.path.join(WORK, "stage_" + os.path.basename(dst) + ".pdf")
    if not m_overlay(src, stage, plan, rng, {"fill": "white"}):
        return False
    return capture_pdf(stage, dst, rng, opts)


def capture_pdf(pdf_path, dst, rng, opts):
    dpi_r = 200
    pages = CP.render_pdf_pages(pdf_path, dpi_r)
    when = opts["when"]
    if opts.get("capture") == "photo":
        img, _ = pages[0]
        o, Hm = CP.photo(img, rng, out_long=1600)
        o.save(dst, "JPEG", quality=rng.randint(60, 75))
        return True
    outs = []
    angle = rng.uniform(-1.2, 1.2)
    for img, _ in pages:
        o, M, tdpi = CP.scan(img, rng, dpi_r, target_dpi=200, angle=angle, gray=True)
        outs.append(o)
    if dst.endswith(".pdf"):
        CP.save_scan(outs, dst, rng, "pdf_rl", 200, creator=rng.choice(["ScanPDF Pro", "MFP Scan to Folder"]), when=when)
    else:
        outs[0].save(dst, "JPEG", quality=rng.randint(60, 80))
    return True


def m_docx_then_photo(src_rec, dst, plan, rng, opts):
    o2 = dict(opts, then="photo")
    pdfp = m_docx(src_rec, dst, plan, rng, o2)
    if not pdfp:
        return False
    return capture_pdf(pdfp, dst, rng, dict(opts, capture="photo"))


# ====================================================================== the 40 edits
DIGITAL = lambda s: s["kind"] in ("pdf_core", "pdf_ttf", "pdf_html", "pdf_office")
CORE = lambda s: s["kind"] == "pdf_core"
INV = lambda s: s["docobj"]["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note") and not s["docobj"].get("no_total")
NOERR = lambda s: not s["docobj"].get("arith_error")
IMG = lambda s: s["kind"] == "capture" and not s["file"].endswith(".pdf")
SCANPDF = lambda s: s["kind"] == "capture" and s["file"].endswith(".pdf") and s.get("out") == "pdf_rl"
prod = lambda *ps: (lambda s: s["producer"] in ps)
lang = lambda *ls: (lambda s: s["docobj"]["lang"] in ls)
HASBUYER = lambda s: bool(s["docobj"].get("buyer"))
POS = lambda s: s["docobj"]["total"] > 0
VF = lambda s: bool(s["docobj"].get("verifactu")) or bool(s["docobj"].get("atcud"))


def all_of(*fs):
    return lambda s: all(f(s) for f in fs)


SPECS = [
    # method, what, filter, opts, edit_method label
    ("pikepdf", "total", all_of(CORE, INV, NOERR, lang("es")), {}, "pikepdf_text_replace"),
    ("pikepdf", "total", all_of(prod("fpdf2"), INV, NOERR, POS), {"keep_meta": False}, "pikepdf_text_replace"),
    ("pikepdf", "total", all_of(prod("lo_writer_docx", "lo_calc_fods", "lo_calc_xlsx"), INV, NOERR, POS), {"mode": "block"}, "pikepdf_text_replace"),
    ("pikepdf", "quantity", all_of(prod("reportlab_canvas", "reportlab_erp_form"), INV, NOERR, POS), {"careful": True}, "pikepdf_text_replace"),
    ("pikepdf", "quantity", all_of(prod("fpdf2"), INV, NOERR, POS), {"careful": True, "keep_meta": False}, "pikepdf_text_replace"),
    ("pikepdf", "date", all_of(CORE, INV, NOERR), {}, "pikepdf_text_replace"),
    ("pikepdf", "buyer", all_of(CORE, INV, HASBUYER), {"keep_meta": False}, "pikepdf_text_replace"),
    ("pypdf_incr", "total", all_of(DIGITAL, INV, NOERR, POS, VF), {}, "pypdf_incremental_text_replace"),
    ("pypdf_incr", "date", all_of(prod("weasyprint_html", "reportlab_platypus", "lo_calc_xlsx"), INV), {}, "pypdf_incremental_text_replace"),
    ("pypdf_incr", "quantity", all_of(prod("reportlab_canvas", "reportlab_platypus", "lo_calc_fods"), INV, NOERR, POS), {"careful": False}, "pypdf_incremental_text_replace"),
    ("pypdf_incr", "buyer", all_of(prod("reportlab_erp_form", "fpdf2", "lo_writer_docx"), INV, HASBUYER), {"producer": "pypdf"}, "pypdf_incremental_text_replace"),
    ("overlay", "total", all_of(prod("chromium_html", "chromium_portal_print"), INV, NOERR, POS), {}, "overlay_whitebox"),
    ("overlay", "total", all_of(prod("weasyprint_html"), lang("ja", "zh"), INV, NOERR, POS), {"fill": "sample"}, "overlay_whitebox"),
    ("overlay", "buyer", all_of(prod("chromium_email_print", "chromium_html"), INV, HASBUYER), {}, "overlay_whitebox"),
    ("overlay", "buyer", all_of(prod("lo_calc_xlsx", "lo_calc_fods", "lo_writer_html"), INV, HASBUYER), {}, "overlay_whitebox"),
    ("overlay", "date", all_of(prod("weasyprint_html"), INV, lang("fr", "de", "it", "pl", "nl")), {}, "overlay_whitebox"),
    ("overlay", "quantity", all_of(prod("weasyprint_html", "chromium_html"), INV, NOERR, POS), {"careful": True, "unique": "qty"}, "overlay_whitebox"),
    ("overlay", "total", all_of(prod("weasyprint_html", "chromium_html", "reportlab_canvas"), INV, NOERR, POS, lang("es")), {"incremental": True, "mode": "block"}, "overlay_whitebox_incremental"),
    ("overlay", "date", all_of(prod("lo_writer_docx", "chromium_html"), INV), {"incremental": True}, "overlay_whitebox_incremental"),
    ("overlay", "buyer", all_of(prod("weasyprint_html", "reportlab_platypus"), INV, HASBUYER), {"incremental": True}, "overlay_whitebox_incremental"),
    ("freetext", "total", all_of(DIGITAL, INV, NOERR, POS, lang("es", "fr", "it", "de", "en", "ca")), {"author": "Usuario"}, "freetext_annotation"),
    ("freetext", "date", all_of(DIGITAL, INV, lang("es", "pt", "nl", "it")), {"author": ""}, "freetext_annotation"),
    ("gs", "total", all_of(prod("reportlab_canvas", "fpdf2", "lo_calc_fods"), INV, NOERR, POS), {"inner": "pikepdf"}, "pikepdf_text_replace+gs_pdfwrite"),
    ("gs", "buyer", all_of(prod("chromium_html", "weasyprint_html"), INV, HASBUYER), {"inner": "overlay", "preset": "/printer"}, "overlay_whitebox+gs_pdfwrite"),
    ("lo", "total", all_of(prod("reportlab_canvas", "weasyprint_html", "fpdf2"), INV, NOERR, POS), {"inner": "overlay"}, "overlay_whitebox+libreoffice_reexport"),
    ("lo", "date", all_of(prod("fpdf2", "reportlab_erp_form"), INV), {"inner": "pikepdf"}, "pikepdf_text_replace+libreoffice_reexport"),
    ("docx", "buyer", all_of(prod("lo_writer_docx"), INV, HASBUYER), {}, "docx_edit_reexport"),
    ("docx", "quantity", all_of(prod("lo_writer_docx"), INV, NOERR, POS), {"careful": True}, "docx_edit_reexport"),
    # images
    ("paste", "total", all_of(IMG, INV, NOERR, POS, lambda s: s["producer"] in ("whatsapp_photo_jpeg", "phone_photo_jpeg")), {}, "image_paste"),
    ("paste", "date", all_of(IMG, INV, lambda s: s["producer"] in ("scan_jpeg", "scan_png")), {}, "image_paste"),
    ("paste", "buyer", all_of(IMG, INV, HASBUYER), {}, "image_paste"),
    ("paste", "total", all_of(SCANPDF, INV, NOERR, POS), {}, "image_paste_in_pdf"),
    ("paste", "quantity", all_of(SCANPDF, INV, NOERR, POS), {"careful": False, "unique": "qty"}, "image_paste_in_pdf"),
    ("clone", "total", all_of(IMG, INV, NOERR, POS, lambda s: s["producer"].startswith("scan")), {}, "image_clone"),
    ("clone", "total", all_of(IMG, INV, NOERR, POS, lambda s: "photo" in s["producer"]), {}, "image_clone"),
    ("clone", "date", all_of(IMG, INV), {}, "image_clone"),
    ("clone", "quantity", all_of(IMG, INV, NOERR, POS), {}, "image_clone"),
    # before capture
    ("overlay_scan", "total", all_of(prod("weasyprint_html", "reportlab_canvas", "fpdf2"), INV, NOERR, POS, lang("es", "ca", "it", "de")), {"out": "jpg"}, "overlay_whitebox_then_scan"),
    ("overlay_scan", "date", all_of(prod("reportlab_canvas", "weasyprint_html", "lo_writer_docx"), INV), {"out": "pdf"}, "overlay_whitebox_then_scan"),
    ("docx_photo", "quantity", all_of(prod("lo_writer_docx"), INV, NOERR, POS), {"careful": True}, "docx_edit_then_photo"),
]

METHODS = {"pikepdf": m_pikepdf, "pypdf_incr": m_pypdf_incr, "overlay": m_overlay, "freetext": m_freetext, "gs": m_gs, "lo": m_lo_reexport}


def main():
    reset_part(PART)
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    rng = random.Random(36005)
    sources = load_sources()
    used = {}
    done = 0
    for n, (method, what, flt, opts, label) in enumerate(SPECS):
        r = random.Random(rng.randint(0, 10**9))
        cands = [s for s in sources if flt(s) and NOERR(s)]
        r.shuffle(cands)
        cands.sort(key=lambda s: used.get(s["file"], 0))
        ok = False
        for s in cands[:25]:
            doc = s["docobj"]
            opts = dict(opts)
            opts["when"] = edit_time(doc, r)
            if method == "clone":
                plan = clone_plan(doc, r, what)
            else:
                plan = PLANNERS[what](doc, r, opts)
            if plan is None:
                continue
            if opts.get("unique") == "qty":
                opts["unique"] = (plan.pairs[0][0],)
            ext = {"overlay_scan": opts.get("out", "jpg"), "docx_photo": "jpg"}.get(method) or os.path.splitext(s["file"])[1].lstrip(".")
            if method == "overlay_scan":
                nstyle = "scan"
            elif method == "docx_photo":
                nstyle = "whatsapp"
            elif s["kind"] == "capture":
                nstyle = "scan" if "scan" in s["producer"] else ("phone" if s["producer"].startswith("phone") else "whatsapp")
            else:
                nstyle = None
            fname = neutral_name(r, plan.doc, ext, style=nstyle)
            dst = os.path.join(FILES, fname)
            src = os.path.join(FILES, s["file"])
            try:
                if method in METHODS:
                    res = METHODS[method](src, dst, plan, r, opts)
                elif method == "docx":
                    res = m_docx(s, dst, plan, r, opts)
                elif method == "paste":
                    res = m_image_paste(s, dst, plan, r, opts)
                elif method == "clone":
                    res = m_image_clone(s, dst, plan, r, opts)
                elif method == "overlay_scan":
                    res = m_overlay_then_scan(s, dst, plan, r, opts)
                elif method == "docx_photo":
                    res = m_docx_then_photo(s, dst, plan, r, opts)
            except Exception as e:
                print(f"   ! {label} on {s['file']}: {type(e).__name__}: {e}")
                res = False
            if not res:
                if os.path.exists(dst):
                    os.remove(dst)
                continue
            claim_name(PART, fname)
            before = method in ("overlay_scan", "docx_photo")
            producer = s["producer"]
            if method == "overlay_scan":
                producer = "scan_jpeg" if ext == "jpg" else "scan_pdf"
            elif method == "docx_photo":
                producer = "whatsapp_photo_jpeg"
            extra = dict(source_file=s["file"], edit_detail=plan.detail, arithmetic_after_edit=plan.arith)
            if method == "gs":
                extra["resaved_with"] = "ghostscript pdfwrite"
            if method == "lo":
                extra["resaved_with"] = "LibreOffice (PDF import + export)"
            if before:
                extra["source_render"] = s["producer"]
            make_label(fname, plan.doc, producer, PART, genuine=False, edit_method=label, what_changed=plan.what, edit_before_capture=before, **extra)
            used[s["file"]] = used.get(s["file"], 0) + 1
            print(f"[{PART}] {n:02d} {label:40s} {what:9s} {s['file']} -> {fname}", flush=True)
            ok = True
            done += 1
            break
        if not ok:
            print(f"[{PART}] {n:02d} {label}: NO SUITABLE SOURCE", flush=True)
    print(f"[{PART}] {done} edited files")


if __name__ == "__main__":
    main()
