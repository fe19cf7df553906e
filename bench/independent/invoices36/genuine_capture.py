"""Part 'capture': genuine paper documents that arrive scanned (gestoría scanner, seller's
multifunction printer) or photographed with a phone (often via WhatsApp)."""
import os, random, datetime as dt, shutil
import numpy as np
from common import (BUILD, FILES, D, Fmt, make_label, register_source, reset_part, claim_name, neutral_name, inject_arith_error)
import scenarios as S
import pdfapi_layouts as PL
import capture as CP

PART = "capture"
WORK = os.path.join(BUILD, "capture")


def render_base(doc, via, path, rng, style="saas", special=None, font="helv", variant="F1"):
    """Print the document to a PDF that stays in _build (the 'paper')."""
    if via == "weasy":
        import weasyprint
        from genuine_html import render
        html = render(doc, rng, style, "weasyprint_html", special=special)
        weasyprint.HTML(string=html).write_pdf(path)
    elif via == "rl":
        PL.rl_canvas_invoice(path, doc, rng, fontkind=font, logo=rng.random() < .6)
    elif via == "rl_erp":
        PL.rl_erp_form(path, doc, rng)
    elif via == "rl_platypus":
        PL.rl_platypus(path, doc, rng, fontkind=font)
    elif via == "fpdf":
        PL.fpdf_invoice(path, doc, rng, variant=variant)
    return path


def paper_marks(img, doc, rng, marks):
    w, h = img.size
    for m in marks:
        if m == "paid":
            CP.stamp(img, rng, {"es": "PAGADO", "ca": "PAGAT", "de": "BEZAHLT", "fr": "PAYÉ", "it": "PAGATO", "pt": "PAGO", "nl": "BETAALD", "pl": "ZAPŁACONO",
                                "en": "PAID", "zh": "已付款", "ja": "支払済"}.get(doc["lang"], "PAID") if doc["lang"] not in ("zh", "ja") else "PAID", color=rng.choice([(200, 30, 40), (30, 60, 170)]))
        elif m == "received":
            CP.stamp(img, rng, f"RECIBIDO {(doc['date'] + dt.timedelta(days=rng.randint(1, 9))).strftime('%d %b %Y').upper()}", color=(30, 60, 170), size=int(w * .028))
        elif m == "note":
            CP.handwriting(img, rng, rng.choice([f"pagado {(doc['date'] + dt.timedelta(days=rng.randint(2, 30))).strftime('%d/%m')}", "contabilizada", "ok Jordi", "revisar portes", "tr. 30d"]),
                           (int(w * rng.uniform(.08, .5)), int(h * rng.uniform(.05, .12))))
        elif m == "sign":
            CP.signature(img, rng, (int(w * .12), int(h * .80), int(w * .4), int(h * .86)))
        elif m == "holes":
            CP.punch_holes(img, rng)
    return img


def specs():
    L = []
    a = lambda prod, fn: L.append((prod, fn))
    # ------------------------------------------------------------ scans
    a("scan", lambda r: dict(doc=S.sc_es(r, "std"), via="weasy", style="saas", out="pdf_rl", marks=["paid"]))
    a("scan", lambda r: dict(doc=S.sc_es(r, "re"), via="rl_erp", out="jpeg", marks=["note"]))
    a("scan", lambda r: dict(doc=S.sc_es(r, "multi"), via="rl_platypus", out="pdf_pillow", marks=[]))
    a("scan", lambda r: dict(doc=S.sc_es(r, "std", lang="ca"), via="rl", out="png", marks=["received"]))
    a("scan", lambda r: dict(doc=S.sc_pt(r), via="weasy", style="classic", out="pdf_rl", gray=False, marks=[]))
    a("scan", lambda r: dict(doc=S.sc_fr(r), via="rl", font="times", out="jpeg", marks=["holes"]))
    a("scan", lambda r: dict(doc=S.sc_it(r, fmt=Fmt(num="dot", money="€ {n}", date="dmy_dash", cur="EUR", lang="it")), via="weasy", special="fatturapa", out="pdf_pillow", bw=True, marks=[]))
    a("scan", lambda r: dict(doc=S.sc_it(r, intra=True), via="rl_erp", out="jpeg", marks=["paid"]))
    a("scan", lambda r: dict(doc=S.sc_de(r, fmt=Fmt(num="dot", money="{n} EUR", date="dmy_dot", lang="de")), via="fpdf", variant="F1", out="pdf_rl", marks=["note"]))
    a("scan", lambda r: dict(doc=S.sc_cn_fapiao(r), via="weasy", special="fapiao", out="jpeg", gray=False, marks=[]))

    def cn_zh(r):
        return dict(doc=S.sc_cn_zh_export(r), via="rl", font="wqy", out="pdf_rl", marks=[])
    a("scan", cn_zh)
    a("scan", lambda r: dict(doc=S.sc_jp(r), via="weasy", special="japanese", out="png", marks=[]))
    a("scan", lambda r: dict(doc=S.sc_pl(r), via="fpdf", variant="F2", out="pdf_pillow", marks=["sign"]))
    a("scan", lambda r: dict(doc=S.sc_nl(r), via="rl", out="jpeg", marks=[]))

    def cn_err(r):
        d = S.sc_cn_commercial(r); inject_arith_error(r, d, "line_total"); return dict(doc=d, via="weasy", style="classic", out="pdf_rl", marks=[])
    a("scan", cn_err)
    a("scan", lambda r: dict(doc=S.sc_delivery_note(r, "es", fmt=Fmt(num="dot", money="{n} EUR", date="dmy_slash", lang="es")), via="fpdf", variant="F1", out="jpeg", marks=["sign", "received"]))
    # ------------------------------------------------------------ phone photos
    a("photo", lambda r: dict(doc=S.sc_ticket(r), via="weasy", special="ticket", whatsapp=True))
    a("photo", lambda r: dict(doc=S.sc_cn_fapiao(r), via="weasy", special="fapiao", whatsapp=True))
    a("photo", lambda r: dict(doc=S.sc_es(r, "std"), via="weasy", style="classic", whatsapp=True, marks=["paid"]))
    a("photo", lambda r: dict(doc=S.sc_it(r, fmt=Fmt(num="dot", money="EUR {n}", date="dmy_slash", lang="it")), via="fpdf", variant="F1", whatsapp=False))
    a("photo", lambda r: dict(doc=S.sc_fr(r, solo=True), via="weasy", style="bookman", whatsapp=True))
    a("photo", lambda r: dict(doc=S.sc_de(r), via="rl", whatsapp=False, marks=["note"]))
    a("photo", lambda r: dict(doc=S.sc_cn_commercial(r), via="rl", whatsapp=True))

    def pt_err(r):
        d = S.sc_pt(r); inject_arith_error(r, d, "tax"); return dict(doc=d, via="weasy", style="minimal", whatsapp=False)
    a("photo", pt_err)
    return L


SCANNER_APPS = ["ScanPDF Pro", "Gestoria Scan Station", "MFP Scan to Folder", "CamScan Lite", None]


def main():
    reset_part(PART)
    if os.path.isdir(WORK):
        shutil.rmtree(WORK)
    os.makedirs(WORK)
    rng = random.Random(36004)
    for i, (kind, fn) in enumerate(specs()):
        r = random.Random(rng.randint(0, 10**9))
        sp = fn(r)
        doc = sp["doc"]
        doc["fmt"].cur = doc["cur"]
        base = os.path.join(WORK, f"base{i:02d}.pdf")
        render_base(doc, sp["via"], base, r, style=sp.get("style", "saas"), special=sp.get("special"), font=sp.get("font", "helv"), variant=sp.get("variant", "F1"))
        dpi_r = 200 if kind == "scan" else 170
        pages = CP.render_pdf_pages(base, dpi_r)
        when = dt.datetime.combine(min(dt.date(2026, 12, 6), doc["date"] + dt.timedelta(days=r.randint(2, 120))), dt.time(r.randint(8, 19), r.randint(0, 59), r.randint(0, 59)))
        mats = []
        if kind == "scan":
            outs = []
            gray = sp.get("gray", r.random() < .75)
            angle = r.uniform(-1.5, 1.5)
            target = r.choice([150, 200, 200, 300]) if sp["out"] != "png" else r.choice([150, 200])
            for img, (pw, ph) in pages:
                img = paper_marks(img, doc, r, sp.get("marks", []) if not outs else [])
                o, M, tdpi = CP.scan(img, r, dpi_r, target_dpi=target, angle=angle + r.uniform(-.3, .3), gray=gray, bw=sp.get("bw", False))
                outs.append(o)
                mats.append((M @ CP.base_matrix(dpi_r, ph)).tolist())
            ext = {"jpeg": "jpg", "png": "png"}.get(sp["out"], "pdf")
            fname = neutral_name(r, doc, ext, style="scan")
            path = claim_name(PART, fname)
            CP.save_scan(outs if ext == "pdf" else outs[:1], path, r, sp["out"], target, creator=r.choice(SCANNER_APPS), when=when)
            producer = {"jpg": "scan_jpeg", "png": "scan_png", "pdf": "scan_pdf"}[ext]
            npages = len(outs) if ext == "pdf" else 1
            if ext != "pdf" and len(outs) > 1:
                raise RuntimeError("multi-page scan saved as single image")
            extra = dict(scan_dpi=target, scan_gray=gray, scan_bw=sp.get("bw", False))
        else:
            img, (pw, ph) = pages[0]
            img = paper_marks(img, doc, r, sp.get("marks", []))
            o, Hm = CP.photo(img, r, out_long=r.choice([1600, 1280]) if sp["whatsapp"] else r.choice([2048, 2400]))
            mats.append((Hm @ CP.base_matrix(dpi_r, ph)).tolist())
            fname = neutral_name(r, doc, "jpg", style="whatsapp" if sp["whatsapp"] else "phone")
            path = claim_name(PART, fname)
            q = r.randint(55, 75) if sp["whatsapp"] else r.randint(82, 92)
            if sp["whatsapp"]:
                o.save(path, "JPEG", quality=q)  # messaging apps strip metadata
                producer = "whatsapp_photo_jpeg"
            else:
                o.save(path, "JPEG", quality=q, exif=CP.phone_exif(r, when))
                producer = "phone_photo_jpeg"
            npages = 1
            extra = dict(jpeg_quality=q)
        lab = make_label(fname, doc, producer, PART, pages=npages, source_render=sp["via"])
        register_source(fname, doc, producer, "capture", PART, base_pdf=os.path.relpath(base, BUILD), matrices=mats, via=sp["via"],
                        style=sp.get("style"), special=sp.get("special"), out=sp.get("out", "photo"), dpi_render=dpi_r, **extra)
        print(f"[{PART}] {i:02d} {producer:20s} {doc['lang']} {doc['doc_type']:14s} {fname}", flush=True)


if __name__ == "__main__":
    main()
