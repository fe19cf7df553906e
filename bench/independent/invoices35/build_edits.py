"""Part 2 of the generator: altered copies of some genuine files."""
import copy, datetime, os, random
from common import *
import edits as ED
import degrade as DG
import render_office as RO

INV = ("invoice", "tax_invoice", "receipt", "credit_note")


def new_total(doc, rng):
    t = doc["total"]
    ip = int(t)
    k = max(0, len(str(ip)) - 2)
    for _ in range(20):
        nt = t + D(10 ** k) * rng.randint(1, 6) * (1 if rng.random() < 0.85 else -1)
        if nt > 0 and len(num(nt, doc["loc"])) == len(num(t, doc["loc"])):
            return nt
    return t + D(10 ** k)


def new_date(doc, rng, same_len=False):
    old = DT(doc)
    for _ in range(60):
        nd = doc["date"] + datetime.timedelta(days=rng.randint(60, 320))
        if nd > datetime.date(2026, 3, 20):
            nd = doc["date"] + datetime.timedelta(days=rng.randint(20, 90))
        s = DT(doc, nd)
        if not same_len or len(s) == len(old):
            return nd
    return doc["date"] + datetime.timedelta(days=31)


def new_buyer(doc, rng):
    c = [b for b, _ in BUYERS_US if b != doc["buyer"]]
    return rng.choice(c)


def qty_change(doc, rng, same_len=False):
    j = rng.randrange(len(doc["items"]))
    q = doc["items"][j]["qty"]
    if same_len:
        s = str(q)
        d0 = int(s[0])
        nq = int(str(min(9, d0 + rng.randint(1, 4))) + s[1:]) if d0 < 9 else int(s[:-1] + str((int(s[-1]) + 5) % 10))
    else:
        nq = rng.choice([q * 10, q * 2, q + 100, q * 5])
    return j, q, nq


def pick(pool, rng, used):
    c = [r for r in pool if id(r) not in used]
    r = rng.choice(c)
    used.add(id(r))
    return r


def qty_hit(src, desc, qty):
    """Box of the quantity cell on the row of item `desc`."""
    dh = ED.find_boxes(src, desc[:20])
    qh = ED.find_boxes(src, str(qty), max_hits=200)
    for d in dh:
        yc = (d["box"][1] + d["box"][3]) / 2
        for h in qh:
            if h["page"] == d["page"] and h["box"][1] - 2 < yc < h["box"][3] + 2 and h["box"][0] > d["box"][2]:
                return h
    return None


def build(recs, rng):
    os.makedirs(TMP + "/edit", exist_ok=True)
    ok = lambda r: not r["doc"]["arith_error"] and r["doc"]["doc_type"] in INV and not r["not_invoice"]
    core = [r for r in recs if ok(r) and r.get("core_text") and r["producer"] in ("reportlab_canvas", "fpdf2")]
    textpdf = [r for r in recs if ok(r) and r.get("text_pdf") and not r.get("core_text") and r["producer"] in
               ("html_chromium", "html_weasyprint", "reportlab_platypus", "calc_soffice", "docx_soffice")]
    imgs = [r for r in recs if ok(r) and r.get("img_single") and r.get("base_producer", "").startswith(("html_", "reportlab"))]
    offs = [r for r in recs if ok(r) and r["producer"] in ("docx_soffice", "calc_soffice")]
    used = set()
    out = []
    n = [0]

    def emit(src_rec, path, method, changed, doc2, before_capture=False, note=""):
        out.append(dict(src=src_rec, path=path, method=method, changed=changed, doc=doc2, before_capture=before_capture, note=note))

    def field_plan(doc, fields, same_len=False):
        """Return (repls for stream edit, new doc, list of (old,new,align) strings, qty info)."""
        d2 = copy.deepcopy(doc)
        sr, ov, qinfo = [], [], None
        for f in fields:
            if f == "buyer":
                nb = new_buyer(doc, rng); d2["buyer"] = nb
                sr.append(dict(old=doc["buyer"], new=nb)); ov.append((doc["buyer"], nb, "left"))
            elif f == "date":
                nd = new_date(doc, rng, same_len); d2["date"] = nd
                sr.append(dict(old=DT(doc), new=DT(doc, nd))); ov.append((DT(doc), DT(doc, nd), "left"))
            elif f == "total":
                nt = new_total(doc, rng); d2["total"] = nt
                sr.append(dict(old=num(doc["total"], doc["loc"]), new=num(nt, doc["loc"]))); ov.append((num(doc["total"], doc["loc"]), num(nt, doc["loc"]), "right"))
            elif f == "quantity":
                j, q, nq = qty_change(doc, rng, same_len); d2["items"][j]["qty"] = nq
                sr.append(dict(old=str(q), new=str(nq), after=doc["items"][j]["desc"][:30], exact=True))
                qinfo = (j, q, nq)
        return sr, d2, ov, qinfo

    FIELDS = [["total"], ["buyer"], ["date"], ["quantity"], ["buyer", "date"], ["quantity", "total"], ["total", "date"], ["buyer", "total"]]

    def fpath(ext):
        n[0] += 1
        return f"{TMP}/edit/e{n[0]:03d}.{ext}"

    # 1) pikepdf content-stream text replacement (8) and 2) + ghostscript re-save (2)
    for i in range(10):
        r = pick(core, rng, used)
        fields = FIELDS[i % len(FIELDS)]
        sr, d2, ov, q = field_plan(r["doc"], fields)
        p = fpath("pdf")
        if i < 8:
            ED.pikepdf_text_replace(r["path"], p, sr); m = "pikepdf_text_replace"
        else:
            tmp = p + ".a.pdf"; ED.pikepdf_text_replace(r["path"], tmp, sr); ED.gs_resave(tmp, p); os.remove(tmp); m = "pikepdf_text_replace+gs_resave"
        emit(r, p, m, fields, d2)
    # 3) pypdf incremental update (6)
    for i in range(6):
        r = pick(core, rng, used)
        fields = [["total"], ["quantity"], ["buyer"], ["date"], ["quantity", "total"], ["buyer"]][i]
        sr, d2, ov, q = field_plan(r["doc"], fields)
        p = fpath("pdf")
        ED.pypdf_incremental(r["path"], p, sr)
        emit(r, p, "pypdf_incremental_update", fields, d2)
    # 4) white box overlay (8) and 5) overlay + ghostscript re-save (3)
    for i in range(11):
        r = pick(textpdf, rng, used)
        fields = [["total"], ["buyer"], ["date"], ["quantity"], ["buyer", "total"], ["total"], ["date", "total"], ["buyer"], ["quantity"], ["total"], ["buyer", "date"]][i]
        sr, d2, ov, q = field_plan(r["doc"], fields)
        items = []
        for old, new, al in ov:
            for h in ED.find_boxes(r["path"], old):
                items.append((h, new, al))
        if q:
            h = qty_hit(r["path"], r["doc"]["items"][q[0]]["desc"], q[1])
            if h: items.append((h, str(q[2]), "right"))
        p = fpath("pdf")
        font = rng.choice(["Helvetica", "Times-Roman", "Helvetica", "Courier"]) if r["doc"]["lang"] not in ("zh", "ja") else "Helvetica"
        ED.overlay_items(r["path"], p, items, font=font, rng=rng, resave_gs=(i >= 8))
        emit(r, p, "overlay_whitebox" if i < 8 else "overlay_whitebox+gs_resave", fields, d2, note=f"overlay font {font}")
    # 6) image: new text pasted as patch (5)  7) clone glyphs inside the image (4)
    for i in range(9):
        r = pick(imgs, rng, used)
        ext = r["path"].rsplit(".", 1)[1]
        p = fpath(ext)
        if i < 5:
            fields = [["total"], ["date"], ["buyer"], ["total"], ["quantity"]][i]
            sr, d2, ov, q = field_plan(r["doc"], fields)
            if q:
                ov = []
                j = q[0]
                h = qty_hit(r["base_pdf"], r["doc"]["items"][j]["desc"], q[1])
                ED.image_text_paste_hits(r["path"], p, r["base_pdf"], r["dpi"], r["angles"][0], [(h, str(q[2]), "right")], rng)
            else:
                ED.image_text_paste(r["path"], p, r["base_pdf"], r["dpi"], r["angles"][0], ov, rng)
            emit(r, p, "image_text_paste", fields, d2)
        else:
            fields = [["total"], ["date"], ["total"], ["date"]][i - 5]
            sr, d2, ov, q = field_plan(r["doc"], fields, same_len=True)
            old, new, _ = ov[0]
            k = ED.image_clone(r["path"], p, r["base_pdf"], r["dpi"], r["angles"][0], old, new, rng)
            emit(r, p, "image_clone", fields, d2, note=f"{k} glyphs cloned")
    # 8) source document edited and exported again (2): no trace in the file itself
    lo_jobs = []
    for i in range(2):
        r = pick(offs, rng, used)
        d2 = copy.deepcopy(r["doc"])
        fields = [["buyer"], ["quantity", "total"]][i]
        if "buyer" in fields:
            d2["buyer"] = new_buyer(d2, rng)
        if "quantity" in fields:
            it = d2["items"][0]; it["qty"] = it["qty"] * 2; it["line"] = it["unit"] * it["qty"]
            Q = q0 if d2["cur"] == "JPY" else q2
            d2["subtotal"] = sum(x["line"] for x in d2["items"]); d2["disc"] = Q(d2["subtotal"] * d2["disc_pct"] / 100)
            net = d2["subtotal"] - d2["disc"] + d2["ship"]
            d2["taxes"] = [(nm, rt, Q(net * rt)) for nm, rt, _ in d2["taxes"]]
            d2["total"] = net + sum(t[2] for t in d2["taxes"])
        name = f"src_edit_{i}"
        src = f"{TMP}/lo/{name}." + ("docx" if r["producer"] == "docx_soffice" else "fods")
        (RO.docx(d2, src) if src.endswith("docx") else RO.fods(d2, src))
        lo_jobs.append(src)
        emit(r, f"{TMP}/lo_out2/{name}.pdf", "source_file_edit_reexport", fields, d2, before_capture=True,
             note="client edited the Word/spreadsheet source and exported a fresh PDF; figures recomputed consistently")
    RO.soffice_batch(lo_jobs, TMP + "/lo_out2")
    # 9) edited with a white box, then printed and scanned (2)
    single = [r for r in textpdf if id(r) not in used and len(__import__("pypdf").PdfReader(r["path"]).pages) == 1]
    for i in range(2):
        r = pick(single, rng, used)
        fields = [["total"], ["buyer"]][i]
        sr, d2, ov, q = field_plan(r["doc"], fields)
        items = [(h, new, al) for old, new, al in ov for h in ED.find_boxes(r["path"], old)]
        tmp = f"{TMP}/edit/pre_scan_{i}.pdf"
        ED.overlay_items(r["path"], tmp, items, font="Helvetica", rng=rng)
        pg = DG.render(tmp, dpi=150)[0]
        im, _ = DG.scan_page(pg, rng)
        p = fpath("jpg"); im.save(p, quality=60)
        emit(r, p, "overlay_whitebox_then_print_scan", fields, d2, before_capture=True,
             note="white box + new text added to the PDF, then printed and scanned; the box edge may still be faintly visible")
    return out
