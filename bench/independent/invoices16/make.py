#!/usr/bin/env python
"""Generate a labelled invoice test set (genuine + edited) into files/ and labels.jsonl.
Modules: gen_data (invented companies/items/formatting), gen_model (numbers), gen_html (HTML layouts),
gen_pdf (reportlab/fpdf2/LibreOffice), gen_capture (scans/photos/image edits)."""
import os, sys, json, random, copy, shutil, subprocess, datetime, traceback, io
from decimal import Decimal as D
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ContentStream, TextStringObject, ByteStringObject, NameObject
from reportlab.pdfgen import canvas as rl_canvas
from gen_data import *
from gen_model import build_doc, finalize, label_total, money, nonmoney_doc
from gen_html import STYLES
from gen_pdf import render_reportlab, render_fpdf, fods, make_docx, soffice_convert
import gen_capture as cap

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
WORK = os.path.join(ROOT, "_work")
rng = random.Random(1604)
for d_ in (OUT, WORK):
    shutil.rmtree(d_, ignore_errors=True); os.makedirs(d_)

records = []   # dicts: internal name, path, label, doc, meta
problems = []


def npages(path):
    if path.endswith(".pdf"):
        return len(PdfReader(path).pages)
    return 1


def weasy(html, out):
    import weasyprint
    weasyprint.HTML(string=html, base_url=WORK).write_pdf(out)


def chromium(html, out):
    hp = out[:-4] + ".html"
    open(hp, "w").write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={out}", "file://" + hp],
                   capture_output=True, timeout=120)


def doc_type_label(doc):
    return "other" if doc["doc_type"] in ("price_list", "letter") else doc["doc_type"]


def base_label(doc, producer):
    amounts = not doc.get("no_amounts") and doc["doc_type"] not in ("price_list", "letter")
    return dict(genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc["lang"],
                is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
                doc_type=doc_type_label(doc), date=doc["date"].isoformat(),
                total=label_total(doc) if amounts else None, currency=doc["cur"] if amounts else None,
                supplier=doc["sup"]["name"], buyer=doc["buy"]["name"], edit_before_capture=False,
                arithmetic_error=bool(doc.get("arith_err")), arithmetic_note=doc.get("arith_err"))


def produce_pdf(doc, producer, path):
    """Render doc to PDF with one of the PDF producers. Returns path."""
    if producer.startswith("weasy_"):
        weasy(STYLES[producer[6:]](doc), path)
    elif producer.startswith("chromium_"):
        chromium(STYLES[producer[9:]](doc), path)
    elif producer == "reportlab_a":
        render_reportlab(doc, path, 0)
    elif producer == "reportlab_b":
        render_reportlab(doc, path, 1)
    elif producer == "fpdf2":
        render_fpdf(doc, path)
    else:
        raise ValueError(producer)
    return path


# ------------------------------------------------------------------ genuine specs
# (lang, doc_type, producer, special, arith, nlines)
S = []
def add(lang, dt, prod, special=None, arith=None, n=None):
    S.append((lang, dt, prod, special, arith, n))

# Italian e-invoice courtesy copies (several programs)
for sp in ["it_split", "it_split", "it_ritenuta", "it_ritenuta", "it_forfettario", "it_forfettario", None, None, None]:
    add("it", "invoice", "weasy_fe_cortesia", sp, n=(34 if sp is None and len([s for s in S if s[2]=="weasy_fe_cortesia" and s[3] is None]) == 0 else None))
add("it", "credit_note", "weasy_fe_cortesia")
for lang, sp, ar, n in [("de", None, "total", None), ("fr", None, None, None), ("es", "es_re", None, None), ("nl", None, None, 40),
                        ("pl", None, None, None), ("en", None, None, None), ("es", "es_re", None, None), ("fr", None, None, None),
                        ("it", None, None, None)]:
    add(lang, "invoice", "weasy_modern", sp, ar, n)
add("zh", "proforma", "weasy_modern")
for lang in ["it", "it", "it", "de", "pl", "es", "nl"]:
    add(lang, "invoice", "weasy_gestionale", n=(36 if lang == "de" else None))
for lang, sp, ar, dt in [("en", "us_sales_tax", "line", "invoice"), ("en", "us_sales_tax", None, "invoice"), ("fr", None, None, "invoice"),
                         ("de", None, None, "invoice"), ("nl", None, None, "invoice"), ("es", None, None, "proforma"),
                         ("pl", None, None, "invoice"), ("it", None, None, "invoice")]:
    add(lang, dt, "chromium_saas", sp, ar)
for lang, dt in [("zh", "tax_invoice"), ("zh", "tax_invoice"), ("zh", "invoice"), ("ja", "invoice"), ("ja", "tax_invoice"), ("ja", "invoice")]:
    add(lang, dt, "chromium_cjk")
for lang, ar, n in [("it", "tax", None), ("de", None, None), ("fr", None, 45), ("es", None, None), ("nl", None, None),
                    ("en", None, None), ("it", None, None), ("de", None, None), ("fr", None, None), ("es", None, None)]:
    add(lang, "invoice", "reportlab_a", "es_re" if lang == "es" and rng.random() < .5 else None, ar, n)
for lang, dt in [("it", "invoice"), ("es", "invoice"), ("en", "tax_invoice"), ("nl", "invoice"), ("de", "invoice"),
                 ("fr", "invoice"), ("zh", "invoice"), ("ja", "invoice"), ("pl", "invoice"), ("en", "proforma")]:
    add(lang, dt, "reportlab_b")
for lang, ar, dt, n in [("pl", "line", "invoice", None), ("pl", None, "invoice", 38), ("pl", None, "credit_note", None), ("de", None, "invoice", None),
                        ("it", None, "invoice", None), ("es", None, "invoice", None), ("fr", None, "invoice", None),
                        ("nl", None, "invoice", None), ("en", None, "receipt", None), ("de", None, "credit_note", None)]:
    add(lang, dt, "fpdf2", None, ar, n)
for lang, ar in [("it", None), ("it", None), ("es", "total"), ("de", None), ("fr", None), ("pl", None), ("nl", None)]:
    add(lang, "invoice", "soffice_calc", "es_re" if lang == "es" else None, ar)
for lang, ar in [("it", None), ("de", None), ("fr", "tax"), ("es", None), ("nl", None), ("en", None)]:
    add(lang, "invoice", "soffice_docx", None, ar)
# scans of paper invoices (office copier) — source layout, format
for lang, src, fmt, ar, sp in [("it", "weasy_fe_cortesia", "jpg", None, "it_split"), ("it", "weasy_gestionale", "jpg", "line", None),
                               ("it", "reportlab_a", "png", None, None), ("it", "fpdf2", "pdf", None, None),
                               ("it", "weasy_gestionale", "pdf", None, None), ("it", "weasy_fe_cortesia", "jpg", None, "it_ritenuta"),
                               ("it", "weasy_modern", "jpg", None, None), ("es", "weasy_modern", "jpg", None, "es_re"),
                               ("es", "fpdf2", "png", None, None), ("de", "reportlab_a", "jpg", None, None),
                               ("de", "weasy_gestionale", "pdf", None, None), ("fr", "reportlab_a", "jpg", None, None),
                               ("fr", "weasy_modern", "png", None, None), ("pl", "fpdf2", "jpg", None, None),
                               ("nl", "reportlab_a", "pdf", None, None), ("ja", "chromium_cjk", "jpg", None, None)]:
    add(lang, "invoice", f"scan_{fmt}:{src}", sp, ar, (30 if fmt == "pdf" and lang == "de" else None))
for lang, src, ar in [("it", "weasy_fe_cortesia", None), ("it", "fpdf2", None), ("it", "weasy_gestionale", None),
                      ("es", "weasy_modern", "total"), ("es", "reportlab_a", None), ("de", "fpdf2", None),
                      ("fr", "weasy_gestionale", None), ("pl", "fpdf2", None), ("zh", "chromium_cjk", None), ("en", "reportlab_a", None)]:
    add(lang, "receipt" if (lang == "en") else "invoice", f"photo:{src}", None, ar)
# non-invoices
for lang, dt, prod in [("zh", "packing_list", "weasy_modern"), ("en", "packing_list", "reportlab_a"),
                       ("it", "purchase_order", "soffice_docx"), ("de", "purchase_order", "fpdf2"),
                       ("es", "quotation", "weasy_gestionale"), ("fr", "quotation", "chromium_saas"),
                       ("it", "delivery_note", "scan_jpg:weasy_gestionale"), ("pl", "delivery_note", "soffice_calc"),
                       ("nl", "price_list", "soffice_calc"), ("it", "letter", "soffice_docx")]:
    add(lang, dt, prod)

print("genuine specs:", len(S))

# ------------------------------------------------------------------ render genuine
pending_lo = []  # (record, src path) for LibreOffice batch
for idx, (lang, dt, prod, sp, ar, n) in enumerate(S):
    name = f"g{idx:03d}"
    try:
        if dt in ("packing_list", "delivery_note", "letter"):
            doc = nonmoney_doc(rng, lang, dt)
        else:
            doc = build_doc(rng, lang, dt, nlines=n, special=sp, arith=ar)
        if dt == "delivery_note" and lang == "it":
            doc["number"] = f"DDT {rng.randint(100,999)}/{doc['date'].year}"
        rec = dict(name=name, doc=doc, prod=prod)
        if prod in ("soffice_calc", "soffice_docx"):
            src = os.path.join(WORK, name + (".fods" if prod == "soffice_calc" else ".docx"))
            if prod == "soffice_calc":
                open(src, "w").write(fods(doc))
            else:
                make_docx(doc, src)
            rec["path"] = os.path.join(WORK, name + ".pdf")
            pending_lo.append(rec)
        elif prod.startswith("scan_") or prod.startswith("photo:"):
            kind, src = prod.split(":")
            tmp = produce_pdf(doc, src, os.path.join(WORK, name + "_src.pdf"))
            if kind == "photo":
                rec["path"] = os.path.join(WORK, name + ".jpg")
                rec["meta"] = cap.photo(tmp, rec["path"], rng)
                rec["producer"] = "phone_photo"
            else:
                fmt = kind[5:]
                rec["path"] = os.path.join(WORK, name + "." + fmt)
                rec["meta"] = cap.scan(tmp, rec["path"], rng, fmt)
                rec["producer"] = f"scan_{fmt}"
            rec["src_pdf"] = tmp
            rec["source_producer"] = src
        else:
            rec["path"] = produce_pdf(doc, prod, os.path.join(WORK, name + ".pdf"))
        rec.setdefault("producer", prod)
        records.append(rec)
    except Exception as e:
        problems.append(f"{name} {prod} {lang}: {e!r}")
        traceback.print_exc()

if pending_lo:
    soffice_convert([r["path"][:-4] + (".fods" if r["prod"] == "soffice_calc" else ".docx") for r in pending_lo], WORK)
    for r in pending_lo:
        if not os.path.exists(r["path"]):
            problems.append(f"{r['name']}: soffice produced nothing"); records.remove(r)
for r in records:
    r["label"] = base_label(r["doc"], r["producer"])
    if "source_producer" in r:
        r["label"]["source_producer"] = r["source_producer"]
    r["label"]["genuine"] = True
print("genuine rendered:", len(records))

# ------------------------------------------------------------------ edits
OTHER_BUYERS = [n for _, n in SELLERS]


def new_buyer(doc):
    c = [b for b in OTHER_BUYERS if b != doc["buy"]["name"] and all(ch < "\u0100" for ch in b)]
    return rng.choice(c)


def new_date(doc):
    return doc["date"] + datetime.timedelta(days=rng.choice([-1, 1]) * rng.randint(25, 240))


def new_total(doc):
    f = D(str(round(rng.choice([rng.uniform(0.45, 0.85), rng.uniform(1.2, 2.5)]), 3)))
    t = doc["total"] * f
    return D(int(t)) if doc["cur"] == "JPY" else r2(t)


def change_plan(doc, what):
    """Return (list of (old_str, new_str), label updates)."""
    reps, upd = [], {}
    if what == "buyer":
        nb = new_buyer(doc); reps.append((doc["buy"]["name"], nb)); upd["buyer"] = nb
    elif what == "date":
        nd = new_date(doc); reps.append((doc["date_str"], fmt_date(nd, doc["lang"], doc["dv"]))); upd["date"] = nd.isoformat()
    elif what == "total":
        nt = new_total(doc)
        reps.append((doc["total_str"], money(doc, nt)))
        upd["total"] = str(int(nt)) if doc["cur"] == "JPY" else f"{nt:.2f}"
    elif what == "supplier":
        a, b, s = NAMES[doc["lang"]]
        ns = f"{rng.choice(a)} {rng.choice(b)} {rng.choice(s)}"
        reps.append((doc["sup"]["name"], ns)); upd["supplier"] = ns
    elif what == "quantity":
        k = max(range(len(doc["rows"])), key=lambda i: len(doc["rows"][i]["qty"]))
        q = doc["rows"][k]["qty"]
        nq = str(int(doc["lines"][k]["qty"]) * rng.choice([2, 3, 5, 10]))
        reps.append(("QTY", k, q, nq))
    return reps, upd


def is_helv(rec):
    return rec["prod"] in ("reportlab_a", "reportlab_b") and rec["doc"]["lang"] not in ("pl", "zh", "ja")


def enc(s):
    return s.encode("cp1252")


def cs_replace_pikepdf(src, dst, reps):
    pdf = pikepdf.open(src)
    hits = 0
    for pg in pdf.pages:
        ops = pikepdf.parse_content_stream(pg)
        new = []
        row_texts = []
        for operands, op in ops:
            if str(op) == "Tj":
                b = bytes(operands[0])
                for rp in reps:
                    if rp[0] == "QTY":
                        continue
                    if b == enc(rp[0]):
                        operands = [pikepdf.String(enc(rp[1]))]; hits += 1
                    elif any(ch.isalpha() for ch in rp[0]) and enc(rp[0]) in b:
                        operands = [pikepdf.String(b.replace(enc(rp[0]), enc(rp[1])))]; hits += 1
            new.append((operands, op))
        pg.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    pdf.save(dst)
    return hits


def qty_replace_ops(ops_iter, rec, rp, get, mk):
    """Find the Tj of the k-th item row quantity (reportlab draws row by row: code, desc, qty ...)."""
    _, k, old, newq = rp
    code = enc(rec["doc"]["rows"][k]["code"])
    state = 0
    out = []
    hit = 0
    for operands, op in ops_iter:
        if op == "Tj":
            b = get(operands[0])
            if b == code:
                state = 1
            elif state == 1 and b == enc(old):
                operands = [mk(enc(newq))]; state = 0; hit += 1
        out.append((operands, op))
    return out, hit


def pikepdf_qty(src, dst, rec, rp):
    pdf = pikepdf.open(src); hits = 0
    for pg in pdf.pages:
        ops = [(list(o), str(op)) for o, op in pikepdf.parse_content_stream(pg)]
        out, h = qty_replace_ops(ops, rec, rp, lambda x: bytes(x), lambda b: pikepdf.String(b))
        hits += h
        pg.Contents = pdf.make_stream(pikepdf.unparse_content_stream([(o, pikepdf.Operator(op)) for o, op in out]))
    pdf.save(dst)
    return hits


def pypdf_replace(src, dst, reps, rec):
    rd = PdfReader(src); w = PdfWriter(clone_from=rd); hits = 0
    for pg in w.pages:
        cs = ContentStream(pg.get_contents(), w)
        ops = []
        for operands, op in cs.operations:
            if op == b"Tj":
                try:
                    b = operands[0].get_original_bytes()
                except Exception:
                    b = bytes(operands[0]) if isinstance(operands[0], bytes) else str(operands[0]).encode("cp1252", "replace")
                for rp in reps:
                    if rp[0] != "QTY" and b == enc(rp[0]):
                        operands = [ByteStringObject(enc(rp[1]))]; hits += 1
                    elif rp[0] != "QTY" and any(ch.isalpha() for ch in rp[0]) and enc(rp[0]) in b:
                        operands = [ByteStringObject(b.replace(enc(rp[0]), enc(rp[1])))]; hits += 1
            ops.append((operands, op))
        for rp in reps:
            if rp[0] == "QTY":
                def getb(x):
                    try:
                        return x.get_original_bytes()
                    except Exception:
                        return bytes(x)
                ops2 = [(o, op.decode() if isinstance(op, bytes) else op) for o, op in ops]
                out, h = qty_replace_ops(ops2, rec, rp, getb, lambda b: ByteStringObject(b))
                hits += h
                ops = [(o, op.encode()) for o, op in out]
        cs.operations = ops
        pg.replace_contents(cs)
    w.add_metadata({"/ModDate": "D:20261118093012+01'00'"})
    w.write(dst)
    return hits


def overlay_pdf(src, reps, align_right=True):
    """Build overlay pages: white box over each old string, new string typed in Helvetica."""
    rd = PdfReader(src)
    found = {}
    for rp in reps:
        old, new = rp[0], rp[1]
        key = old
        occ = cap.find_text(src, old)
        if not occ:
            # amounts: try the number only (currency may be a separate text object)
            core = old.replace("€", "").replace("zł", "").replace("$", "").replace("£", "").replace("¥", "").strip()
            occ = cap.find_text(src, core) if core != old else []
            if occ:
                new = new.replace("€", "").replace("zł", "").replace("$", "").replace("£", "").replace("¥", "").strip()
        if not occ:
            raise RuntimeError(f"text not found: {old!r}")
        for pi, box in occ:
            found.setdefault(pi, []).append((box, new))
    buf = io.BytesIO()
    pg0 = rd.pages[0]
    W, Hh = float(pg0.mediabox.width), float(pg0.mediabox.height)
    c = rl_canvas.Canvas(buf, pagesize=(W, Hh))
    for pi in range(len(rd.pages)):
        for (l, b, r, t), new in found.get(pi, []):
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1.2, b - 1.5, (r - l) + 2.4, (t - b) + 3, fill=1, stroke=0)
            size = max(6, min(16, (t - b) / 0.72))
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Helvetica", size)
            if align_right:
                c.drawRightString(r, b, new)
            else:
                c.drawString(l, b, new)
        c.showPage()
    c.save()
    buf.seek(0)
    return PdfReader(buf)


def overlay_edit(src, dst, reps, incremental=False, resave=False):
    ov = overlay_pdf(src, reps, align_right=rng.random() < 0.7)
    if incremental:
        w = PdfWriter(src, incremental=True)
    else:
        w = PdfWriter(clone_from=PdfReader(src))
    for i, pg in enumerate(w.pages):
        if i < len(ov.pages) and ov.pages[i].get_contents() is not None:
            pg.merge_page(ov.pages[i])
    w.write(dst)
    if resave:
        p = pikepdf.open(dst, allow_overwriting_input=True)
        with p.open_metadata() as m:
            m["pdf:Producer"] = "PDFQuickFix Online 2.7"
        p.docinfo["/Producer"] = "PDFQuickFix Online 2.7"
        p.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
    return 1


edited = []
used = {}


def pick(filter_fn, avoid=True):
    c = [r for r in records if filter_fn(r) and not r["doc"].get("arith_err") and (not avoid or used.get(r["name"], 0) == 0) and r["label"]["total"]]
    if not c:
        c = [r for r in records if filter_fn(r) and not r["doc"].get("arith_err") and used.get(r["name"], 0) < 2 and r["label"]["total"]]
    r = rng.choice(c); used[r["name"]] = used.get(r["name"], 0) + 1
    return r


def finish_edit(src_rec, path, method, what, upd, before=False, producer=None, extra=None):
    lab = copy.deepcopy(src_rec["label"])
    lab.update(upd)
    lab.update(genuine=False, edit_method=method, what_changed=what, edit_before_capture=before,
               edited_from=None, arithmetic_error=src_rec["label"]["arithmetic_error"])
    if producer:
        lab["producer"] = producer
    if extra:
        lab.update(extra)
    rec = dict(name=os.path.basename(path).rsplit(".", 1)[0], path=path, label=lab, src=src_rec["name"])
    edited.append(rec)


PDF_NONHELV = lambda r: r["path"].endswith(".pdf") and r["producer"] in (
    "weasy_fe_cortesia", "weasy_modern", "weasy_gestionale", "chromium_saas", "fpdf2", "soffice_calc", "soffice_docx") \
    and r["doc"]["lang"] not in ("zh", "ja")

plan = (
    [("pikepdf_text_replace", w) for w in [["buyer"], ["total"], ["date"], ["quantity"], ["buyer", "date"], ["total"], ["supplier"]]] +
    [("pypdf_content_edit", w) for w in [["total"], ["quantity"], ["date"], ["buyer"]]] +
    [("pypdf_incremental_overlay", w) for w in [["total"], ["buyer"], ["date"], ["total"], ["buyer", "total"]]] +
    [("overlay_whitebox", w) for w in [["buyer"], ["total"], ["date"], ["total"], ["buyer"], ["date", "total"], ["supplier"], ["total"]]] +
    [("overlay_whitebox_resaved", w) for w in [["total"], ["buyer"], ["date"]]] +
    [("image_paste", w) for w in [["total"], ["date"], ["total"], ["buyer"], ["total"]]] +
    [("image_clone", ["total"])] * 3 +
    [("photo_paste", w) for w in [["total"], ["date"]]] +
    [("edit_before_print", w) for w in [["buyer"], ["total"], ["date"]]]
)
for ei, (method, what) in enumerate(plan):
    name = f"e{ei:03d}"
    for attempt in range(4):
        try:
            if method in ("pikepdf_text_replace", "pypdf_content_edit"):
                src = pick(is_helv)
                reps, upd = [], {}
                for w_ in what:
                    r_, u_ = change_plan(src["doc"], w_); reps += r_; upd.update(u_)
                dst = os.path.join(WORK, name + ".pdf")
                if method == "pikepdf_text_replace":
                    if what == ["quantity"]:
                        hits = pikepdf_qty(src["path"], dst, src, reps[0])
                    else:
                        hits = cs_replace_pikepdf(src["path"], dst, reps)
                else:
                    hits = pypdf_replace(src["path"], dst, reps, src)
                if not hits:
                    raise RuntimeError("no text operator matched")
                finish_edit(src, dst, method, what, upd)
            elif method in ("pypdf_incremental_overlay", "overlay_whitebox", "overlay_whitebox_resaved"):
                src = pick(PDF_NONHELV if rng.random() < 0.8 else (lambda r: r["path"].endswith(".pdf") and r["doc"]["lang"] not in ("zh", "ja") and not r["producer"].startswith("scan")))
                reps, upd = [], {}
                for w_ in what:
                    r_, u_ = change_plan(src["doc"], w_); reps += r_; upd.update(u_)
                dst = os.path.join(WORK, name + ".pdf")
                overlay_edit(src["path"], dst, reps, incremental=method.startswith("pypdf_inc"),
                             resave=method.endswith("resaved"))
                finish_edit(src, dst, method, what, upd)
            elif method in ("image_paste", "image_clone", "photo_paste"):
                if method == "photo_paste":
                    src = pick(lambda r: r["producer"] == "phone_photo" and r["doc"]["lang"] not in ("zh", "ja"))
                else:
                    src = pick(lambda r: r["producer"] in ("scan_jpg", "scan_png") and r["doc"]["lang"] != "ja")
                ext = src["path"].rsplit(".", 1)[1]
                dst = os.path.join(WORK, name + "." + ext)
                reps, upd = change_plan(src["doc"], what[0])
                old, new = reps[0]
                occ = [o for o in cap.find_text(src["src_pdf"], old) if o[0] == 0]
                if not occ:
                    core = old.replace("€", "").replace("zł", "").replace("$", "").replace("£", "").strip()
                    occ = [o for o in cap.find_text(src["src_pdf"], core) if o[0] == 0]
                    new = new.replace("€", "").replace("zł", "").replace("$", "").replace("£", "").strip()
                if not occ:
                    raise RuntimeError("text not on first page")
                if method == "image_clone":
                    doc = src["doc"]
                    # clone the pre-tax amount over the grand total (a seller "removing" VAT or shipping)
                    cands = [doc["net_str"], money(doc, doc["subtotal"])]
                    sb = None
                    for cnd in cands:
                        if cnd == doc["total_str"]:
                            continue
                        core = cnd.replace("€", "").replace("zł", "").replace("$", "").replace("£", "").strip()
                        o2 = [o for o in cap.find_text(src["src_pdf"], core) if o[0] == 0]
                        if o2:
                            sb = o2[0][1]; cloned = doc["net"] if cnd == doc["net_str"] else doc["subtotal"]; break
                    if sb is None:
                        raise RuntimeError("no clone source")
                    tgt = occ[-1][1] if len(occ) else None
                    cap.image_clone(src["path"], dst, src["meta"], sb, tgt, rng)
                    upd = {"total": str(int(cloned)) if doc["cur"] == "JPY" else f"{cloned:.2f}"}
                else:
                    cap.image_paste(src["path"], dst, src["meta"], [(o[1], new) for o in occ], rng)
                finish_edit(src, dst, method, what, upd)
            elif method == "edit_before_print":
                src = pick(lambda r: r["producer"] in ("scan_jpg", "scan_pdf", "phone_photo") and r["doc"]["lang"] not in ("ja", "zh"))
                doc = copy.deepcopy(src["doc"])
                upd = {}
                if what == ["buyer"]:
                    doc["buy"]["name"] = new_buyer(doc); upd["buyer"] = doc["buy"]["name"]
                elif what == ["date"]:
                    doc["date"] = new_date(doc); upd["date"] = doc["date"].isoformat()
                else:
                    nt = new_total(doc); doc["total"] = nt; upd["total"] = f"{nt:.2f}"
                finalize(doc)
                tmp = produce_pdf(doc, src["source_producer"], os.path.join(WORK, name + "_src.pdf"))
                if src["producer"] == "phone_photo":
                    dst = os.path.join(WORK, name + ".jpg"); cap.photo(tmp, dst, rng)
                else:
                    fmt = src["producer"][5:]
                    dst = os.path.join(WORK, name + "." + fmt); cap.scan(tmp, dst, rng, fmt)
                finish_edit(src, dst, method, what, upd, before=True)
            break
        except Exception as e:
            problems.append(f"{name} {method} attempt {attempt}: {e!r}")
            if attempt == 3:
                traceback.print_exc()

print("edited:", len(edited))

# ------------------------------------------------------------------ shuffle names, copy, label
allrecs = [dict(path=r["path"], label=r["label"], internal=r["name"]) for r in records] + \
          [dict(path=e["path"], label=e["label"], internal=e["name"], src=e["src"]) for e in edited]
order = list(range(len(allrecs)))
rng.shuffle(order)
newname = {}
for k, i in enumerate(order):
    a = allrecs[i]
    ext = a["path"].rsplit(".", 1)[1]
    newname[a["internal"]] = f"doc_{k+1:04d}.{ext}"
with open(os.path.join(ROOT, "labels.jsonl"), "w") as f:
    for i in order:
        a = allrecs[i]
        fn = newname[a["internal"]]
        shutil.copy(a["path"], os.path.join(OUT, fn))
        lab = dict(file=fn)
        lab.update(a["label"])
        lab["pages"] = npages(a["path"])
        if "src" in a:
            lab["edited_from"] = newname.get(a["src"])
        else:
            lab.pop("edited_from", None)
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "problems.txt"), "w") as f:
    f.write("\n".join(problems) + "\n")
print("problems:", len(problems))
for p in problems:
    print("  ", p)
