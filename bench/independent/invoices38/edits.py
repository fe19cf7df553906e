"""Stage: edited copies of genuine files, made the way a panicking seller would with free desktop/phone tools.
Each edit names its source genuine file (by plan key), the method, and what it changes."""
import os, sys, json, copy, shutil, datetime, traceback
import numpy as np
from common import FILES, BUILD, D, q, SEPS, write_stage_labels, load_meta, save_meta, rng_for, fmt_num
from plan import BY_KEY, file_name
import edit_tools as T
import edit_img as EI
import scanlib as S

STAGE = "edits"
TMP = T.TMP


def genuine(key):
    it = BY_KEY[key]
    fn = file_name(key, it["ext"] if it["cap"] else "pdf")
    meta = load_meta(fn)
    for st in ("genuine_html", "genuine_pdf", "genuine_office", "genuine_capture"):
        p = os.path.join(BUILD, f"labels_{st}.jsonl")
        if os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                lab = json.loads(line)
                if lab["file"] == fn:
                    return fn, meta, lab
    raise KeyError(key)


def parse_amount(s, locale):
    g, dec = SEPS[locale]
    t = "".join(ch for ch in s if ch.isdigit() or ch in ".,")
    if dec == ",":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", "")
    return D(t)


def sub_digit(s, pos, new):
    """Replace the pos-th digit (counting digits only) of s."""
    k = -1
    for i, ch in enumerate(s):
        if ch.isdigit():
            k += 1
            if k == pos:
                return s[:i] + new + s[i + 1:]
    raise ValueError((s, pos))


E = []


def edit(key, src, method, changes, **params):
    E.append(dict(key=key, src=src, method=method, changes=changes, params=params))


def ch_total(doc, new_str=None, pos=0, digit=None, **kw):
    old = doc.printed["total"][0]
    new = new_str or sub_digit(old, pos, digit)
    return dict(field="total", old=old, new=new, align="right", **kw)


def ch_date(doc, new_date, **kw):
    return dict(field="date", old=doc.d(), new=doc.d(new_date), new_date=new_date, **kw)


def ch_buyer(doc, new="Medlock Lane Trading Ltd", **kw):
    return dict(field="buyer", old=doc.buyer.name, new=new, **kw)


# ====================================================================== the edit list
def build_list():
    if E:
        return E
    d = lambda k: genuine(k)[1]["doc"]
    dt = datetime.date
    # --- content-stream replacement saved by pikepdf (full rewrite)
    edit("e01", "r14", "pikepdf_text_replace", [ch_total(d("r14"), digit="8")])
    edit("e02", "r15", "pikepdf_text_replace", [ch_buyer(d("r15"))], touch_meta="moddate")
    edit("e03", "f02", "pikepdf_text_replace", [ch_date(d("f02"), dt(2026, 11, 4))], touch_meta="producer")
    edit("e04", "w09", "pikepdf_text_replace", [ch_date(d("w09"), dt(2026, 8, 7))])
    edit("e05", "s07", "pikepdf_text_replace", [ch_buyer(d("s07"))])
    edit("e06", "r13", "pikepdf_text_replace",
         [dict(field="doc_type", old="QUOTATION", new="INVOICE"), dict(field="doc_type", old="Quote No", new="Invoice No"),
          dict(field="doc_type", old="PREPARED FOR", new="INVOICE TO")], new_doc_type="invoice")
    edit("e07", "f09", "pikepdf_text_replace", [ch_buyer(d("f09"))], touch_meta="moddate")
    # --- same, but appended as an incremental update with pypdf (original revision still inside)
    edit("e08", "r17", "pypdf_incremental_update", [ch_date(d("r17"), dt(2026, 10, 14))])
    edit("e09", "r01", "pypdf_incremental_update", [ch_total(d("r01"), digit="8", pos=1)])
    edit("e10", "d11", "pypdf_incremental_update", [ch_date(d("d11"), dt(2026, 5, 12))])
    edit("e11", "f01", "pypdf_incremental_update", [ch_total(d("f01"), digit="7")])
    # --- box + retyped text merged on top (reportlab overlay, pypdf merge): old text still underneath
    edit("e12", "c22", "overlay_whitebox", [ch_buyer(d("c22"))])
    edit("e13", "w15", "overlay_whitebox", [ch_total(d("w15"), digit="3")])
    edit("e14", "c13", "overlay_whitebox", [ch_date(d("c13"), dt(2026, 6, 23))], white=True)
    edit("e15", "f10", "overlay_whitebox", "qty_line", factor=10)
    edit("e16", "s02", "overlay_whitebox", "qty_line", factor=2)
    edit("e17", "c19", "overlay_whitebox", [ch_date(d("c19"), dt(2026, 11, 7))])
    # --- FreeText annotation with an opaque appearance (phone fill & sign apps)
    edit("e18", "c05", "annotation_freetext", [ch_buyer(d("c05"))])
    edit("e19", "r09", "annotation_freetext", [ch_date(d("r09"), dt(2026, 7, 22))])
    # --- opened in LibreOffice (PDF import), edited, exported again
    edit("e20", "c09", "libreoffice_pdf_import", [dict(field="total", old="1,919.90", new="4,919.90")])
    edit("e21", "c15", "libreoffice_pdf_import", [ch_date(d("c15"), dt(2026, 8, 28))])
    edit("e22", "c01", "libreoffice_pdf_import", [ch_buyer(d("c01"))])
    # --- pages swapped between two genuine invoices of the same distributor
    edit("e23", "r03", "pypdf_page_splice", "splice", parts=[("r01", 0), ("r03", 1)])
    edit("e24", "r02", "pypdf_page_splice", "splice", parts=[("r02", 0), ("r02", 1), ("r01", 1)])
    # --- overlay, then flattened to an image-only PDF ("print to PDF")
    edit("e25", "c17", "overlay_then_raster_flatten", [ch_total(d("c17"), new_str="1.874,10 €")])
    edit("e26", "d03", "overlay_then_raster_flatten", [ch_total(d("d03"), new_str="1\u00a0874,96\u00a0€")])
    # --- the source file re-typed and exported again (nothing in the PDF to find)
    edit("e27", "d10", "docx_retyped_reexport", "retype", qty_factor=5)
    edit("e28", "d01", "docx_retyped_reexport", "retype", new_date=dt(2026, 10, 26))
    edit("e29", "s01", "xlsx_retyped_reexport", "retype", qty_factor=2, new_date=dt(2026, 11, 2))
    # --- edited PDF, printed, then scanned / photographed
    edit("e30", "c02", "edit_then_print_scan", [ch_total(d("c02"), digit="4")], ext="jpg")
    edit("e31", "c04", "edit_then_print_scan", [ch_buyer(d("c04"))], ext="pdf")
    edit("e32", "c06", "edit_then_photo", [ch_date(d("c06"), dt(2026, 10, 20))], ext="jpg")
    # --- image edits on scans / photos / receipt-app captures
    edit("e33", "x12", "image_retype", [ch_buyer(d("x12"))], match_angle=True)
    edit("e34", "p03", "image_retype", [ch_total(d("p03"), new_str="1,826.50")])
    edit("e35", "a02", "image_retype", [ch_date(d("a02"), dt(2026, 6, 19))], mono=True)
    edit("e36", "x09", "image_retype", [ch_total(d("x09"), digit="6")])
    edit("e37", "x01", "image_paste", [ch_date(d("x01"), dt(2026, 9, 3))])
    edit("e38", "x04", "image_paste", [ch_total(d("x04"), digit="4")])
    edit("e39", "p06", "image_paste", [ch_total(d("p06"), digit="3")])
    edit("e40", "p07", "image_paste_from_other_doc", "buyer_block", donor="x01")
    edit("e41", "a01", "image_clone", [ch_total(d("a01"), pos=1, digit="8")])
    edit("e42", "p01", "image_clone", [ch_date(d("p01"), dt(2026, 9, 27))], clone_pos=0, clone_digit="2")
    edit("e43", "x05", "image_clone", [ch_date(d("x05"), dt(2026, 9, 29))], clone_pos=3, clone_digit="6")
    edit("e44", "x02", "image_clone", [ch_total(d("x02"), pos=0, digit="9")])
    edit("e45", "a03", "image_clone", "receipt_qty")
    return E


# ====================================================================== helpers per method
def apply_label(lab, doc, changes, extra_changed=()):
    changed = []
    for c in changes:
        f = c["field"]
        if f == "total":
            lab["total"] = str(q(parse_amount(c["new"], doc.locale), doc.decimals))
        elif f == "date":
            lab["date"] = c["new_date"].isoformat()
        elif f == "buyer":
            lab["buyer"] = c["new"]
        if f not in changed:
            changed.append(f)
    for f in extra_changed:
        if f not in changed:
            changed.append(f)
    lab["what_changed"] = changed
    return lab


def qty_line_changes(doc, src_pdf, factor):
    """Change quantity, amount of the first line and the grand total (subtotal / VAT left as they were)."""
    c = doc.compute()
    l0 = doc.lines[0]
    hits, _ = S.find_text(src_pdf, l0.desc[:24])
    y = hits[0]["origin"][1]
    new_q = l0.qty * factor
    new_net = q(new_q * l0.unit * (1 - l0.disc / 100))
    delta = new_net - c["nets"][0]
    new_total = c["total"] + q(delta * (1 + l0.rate / 100))
    fmt_amt = lambda x: doc.m(x) if doc.printed["total"][0].startswith(("£", "$", "€")) or "€" in doc.printed["total"][0] else doc.n(x)
    txt = open_text(src_pdf).replace("\u00a0", " ")
    old_amt_s = fmt_amt(c["nets"][0])
    new_amt_s = fmt_amt(new_net)
    if old_amt_s.replace("\u00a0", " ") not in txt:
        old_amt_s, new_amt_s = doc.n(c["nets"][0]), doc.n(new_net)
    old_q, new_q_s = doc.qty(l0.qty), doc.qty(new_q)
    if f"{int(l0.qty):,}" in txt and old_q not in txt.replace(f"{int(l0.qty):,}", ""):
        old_q, new_q_s = f"{int(l0.qty):,}", f"{int(new_q):,}"
    old_tot = doc.printed["total"][0]
    new_tot = fmt_num(new_total, doc.locale, doc.decimals)
    pre = old_tot[:len(old_tot) - len(old_tot.lstrip("£$€¥"))]
    new_tot = pre + new_tot
    return [dict(field="quantity", old=old_q, new=new_q_s, near_y=y, align="right"),
            dict(field="line_total", old=old_amt_s, new=new_amt_s, near_y=y, align="right"),
            dict(field="total", old=old_tot, new=new_tot, align="right")]


def open_text(pdf):
    import pypdfium2 as pdfium
    p = pdfium.PdfDocument(pdf)
    return " ".join(p[i].get_textpage().get_text_range() for i in range(len(p)))


def targets(changes):
    out = []
    for c in changes:
        t = dict(old=c["old"], new=c["new"], align=c.get("align", "left"))
        for k in ("which", "near_y", "page"):
            if k in c:
                t[k] = c[k]
        out.append(t)
    return out


# ====================================================================== run
def do_edit(e):
    src_fn, meta, glab = genuine(e["src"])
    doc = meta["doc"]
    src = os.path.join(FILES, src_fn)
    m, P = e["method"], e["params"]
    ext = P.get("ext", src_fn.rsplit(".", 1)[1])
    if m in ("edit_then_print_scan", "edit_then_photo", "overlay_then_raster_flatten", "docx_retyped_reexport"):
        ext = P.get("ext", "pdf")
    out_fn = file_name(e["key"], ext)
    out = os.path.join(FILES, out_fn)
    lab = dict(glab)
    lab.update(file=out_fn, genuine=False, edit_method=m, source_file=src_fn, arithmetic_error=False,
               edit_before_capture=False)
    r = rng_for("edit/" + e["key"])
    changes = e["changes"]
    extra_changed = []

    if changes == "qty_line":
        changes = qty_line_changes(doc, src, P["factor"])
    if m == "pikepdf_text_replace":
        T.pikepdf_replace(src, out, [(c["old"], c["new"]) for c in changes], touch_meta=P.get("touch_meta"))
    elif m == "pypdf_incremental_update":
        T.pypdf_incremental_replace(src, out, [(c["old"], c["new"]) for c in changes])
    elif m == "overlay_whitebox":
        T.overlay_whitebox(src, out, targets(changes), white=P.get("white", False))
    elif m == "annotation_freetext":
        T.annotate_freetext(src, out, targets(changes))
    elif m == "libreoffice_pdf_import":
        T.lo_import_edit(src, out, [(c["old"], c["new"]) for c in changes])
    elif m == "overlay_then_raster_flatten":
        tmp = os.path.join(TMP, e["key"] + "_ov.pdf")
        T.overlay_whitebox(src, tmp, targets(changes), family="dejavu")
        T.raster_flatten(tmp, out, dpi=r.choice([120, 150, 200]))
        lab["edit_before_capture"] = True
    elif m == "pypdf_page_splice":
        parts = [(os.path.join(FILES, genuine(k)[0]), pi) for k, pi in P["parts"]]
        T.splice(parts, out)
        first = genuine(P["parts"][0][0])
        last = genuine(P["parts"][-1][0])
        lab["buyer"], lab["date"] = first[2]["buyer"], first[2]["date"]
        lab["total"] = last[2]["total"]
        lab["pages"] = len(parts)
        changes = []
        if e["src"] != P["parts"][0][0]:
            extra_changed = ["buyer", "date", "invoice_number", "quantity"] if first[2]["buyer"] != glab["buyer"] else ["date", "invoice_number", "quantity"]
        else:
            extra_changed = ["quantity", "total"]
    elif m in ("docx_retyped_reexport", "xlsx_retyped_reexport"):
        import producers as PR
        import office_layouts as O
        nd = copy.deepcopy(doc)
        if P.get("qty_factor"):
            for l in nd.lines if m.startswith("docx") else nd.lines[:1]:
                l.qty = l.qty * P["qty_factor"]
            extra_changed += ["quantity", "total"]
        if P.get("new_date"):
            delta = P["new_date"] - nd.date
            nd.date = P["new_date"]
            if nd.due:
                nd.due = nd.due + delta
            extra_changed.append("date")
        it = dict(BY_KEY[e["src"]])
        srcf = PR.office_source(it, nd, "edit_" + e["key"])
        O.convert_all([srcf])
        produced = PR.office_pdf_path(srcf)
        if ext == "pdf":
            shutil.copyfile(produced, out)
        lab["date"] = nd.date.isoformat()
        lab["total"] = str(q(nd.total(), nd.decimals))
        lab["edit_before_capture"] = True
        changes = []
    elif m in ("edit_then_print_scan", "edit_then_photo"):
        from genuine_capture import capture_pdf
        tmp = os.path.join(TMP, e["key"] + "_ov.pdf")
        T.overlay_whitebox(src, tmp, targets(changes))
        cap = "copier" if m == "edit_then_print_scan" else "phone"
        pages, mats, info = capture_pdf(tmp, cap, r, ext, out)
        lab["producer"] = {"copier": "scan_copier", "phone": "phone_photo"}[cap]
        lab["source_producer"] = glab["producer"]
        lab["pages"] = pages
        lab["edit_before_capture"] = True
    elif m == "image_retype":
        ims = EI.load_file_images(src)
        for c in changes:
            for tq in EI.target_quads(meta, c["old"], c.get("page", 0), c.get("which", "all")):
                bold = tq["hit"]["weight"] >= 700
                fp = EI.MONO_B if P.get("mono") else None
                ims[0] = EI.retype(ims[0], tq, c["new"], bold=bold, align=c.get("align", "left"),
                                   match_angle=P.get("match_angle", False), font_path=fp, r=r)
        EI.save_file_images(ims, out, src, r=r)
    elif m == "image_paste":
        ims = EI.load_file_images(src)
        tmp = os.path.join(TMP, e["key"] + "_clean.pdf")
        T.overlay_whitebox(meta["src_pdf"], tmp, targets(changes), family="dejavu")
        for c in changes:
            patch = EI.clean_patch(tmp, c["new"], meta["cap"]["dpi"])
            for tq in EI.target_quads(meta, c["old"], 0, "first"):
                tq["align"] = c.get("align", "left")
                ims[0] = EI.paste_patch(ims[0], tq, patch, r=r)
        EI.save_file_images(ims, out, src, r=r)
    elif m == "image_paste_from_other_doc":
        dfn, dmeta, dlab = genuine(P["donor"])
        ddoc = dmeta["doc"]
        dimg = EI.load_file_images(os.path.join(FILES, dfn))[0]
        patch, _ = EI.crop_region(dmeta, dimg, [ddoc.buyer.name] + ddoc.buyer.addr[:3], pad=4)
        ims = EI.load_file_images(src)
        x0, y0, x1, y1 = EI.region_box(meta, [doc.buyer.name] + doc.buyer.addr[:3], pad=4)
        a, mode = EI._as_array(ims[0])
        bg = EI._bg_colour(a, (x0, y0, x1, y1))
        a[y0:y1, x0:x1] = bg.astype(a.dtype)
        base = EI._from_array(a, "L" if a.ndim == 2 else "RGB")
        h = y1 - y0
        pw = int(patch.size[0] * h / patch.size[1])
        base.paste(patch.resize((pw, h)).convert(base.mode), (x0, y0))
        ims[0] = EI._from_array(np.asarray(base), mode)
        EI.save_file_images(ims, out, src, r=r)
        lab["buyer"] = ddoc.buyer.name
        changes = []
        extra_changed = ["buyer"]
    elif m == "image_clone":
        ims = EI.load_file_images(src)
        if changes == "receipt_qty":
            l = next(l for l in doc.lines if l.qty not in (1,) and l.qty < 10)
            old = f"{doc.qty(l.qty)} @ {doc.n(l.unit)}"
            newq = {2: "5", 3: "8", 4: "9", 5: "8", 6: "8"}.get(int(l.qty), "9")
            changes = [dict(field="quantity", old=old, new=newq + old[1:], pos=0, digit=newq)]
        for c in changes:
            if c["field"] == "total":
                pos = next(i for i, (a_, b_) in enumerate(zip(c["old"], c["new"])) if a_ != b_)
                dig = c["new"][pos]
                # position among all characters of the string
            elif c["field"] == "date" or c["field"] == "quantity":
                pos = next(i for i, (a_, b_) in enumerate(zip(c["old"], c["new"])) if a_ != b_)
                dig = c["new"][pos]
            for tq in EI.target_quads(meta, c["old"], 0, "all"):
                ims[0], donor = EI.clone_digit(ims[0], meta, tq, pos, dig)
        EI.save_file_images(ims, out, src, r=r)
    else:
        raise ValueError(m)

    if P.get("new_doc_type"):
        lab["doc_type"] = P["new_doc_type"]
        lab["is_invoice"] = True
    lab = apply_label(lab, doc, changes, extra_changed)
    # do the printed numbers still add up after the edit? (re-typed sources are recomputed; a lone new total,
    # quantity or line amount, or pages from two invoices, leave the sums broken)
    if m in ("docx_retyped_reexport", "xlsx_retyped_reexport"):
        lab["arithmetic_consistent"] = True
    elif m == "pypdf_page_splice":
        lab["arithmetic_consistent"] = False
    else:
        lab["arithmetic_consistent"] = not any(f in lab["what_changed"] for f in ("total", "quantity", "line_total"))
    save_meta(out_fn, doc, item=BY_KEY[e["src"]], edit=e, changes=changes)
    return lab


def run(only=None):
    labels, failed = [], []
    for e in build_list():
        if only and e["key"] not in only:
            continue
        try:
            lab = do_edit(e)
            labels.append(lab)
            print(STAGE, e["key"], e["method"], lab["file"], lab["what_changed"], file=sys.stderr)
        except Exception as ex:
            failed.append((e["key"], repr(ex)))
            traceback.print_exc()
    if failed:
        print("FAILED EDITS:", failed, file=sys.stderr)
    if not only:
        write_stage_labels(STAGE, labels)
    return labels


if __name__ == "__main__":
    run(sys.argv[1:] or None)
