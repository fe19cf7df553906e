"""Part 'asia': Japanese suppliers' 請求書 (and one 御見積書), Korean 전자세금계산서 and a
Korean supplier's export commercial invoice."""
import random, datetime
from common import Registry, JP_SUPPLIERS, KR_SUPPLIERS, OURS, inject_error, D, fdate, rand_date, pick_items, compute
from docs import jp_invoice, kr_invoice, our_buyer_block
from emit import emit, src_path
import render_html as HT
import render_fpdf as FP

JP = [  # key, supplier#, renderer, pipeline, options
    ("jp01", 2, "chr", "as_is", dict()),
    ("jp02", 0, "chr", "as_is", dict(date_style="wareki", shipping=1500, err="grand")),
    ("jp03", 1, "wsy", "as_is", dict(date_style="ymd_slash")),
    ("jp04", 2, "chr", "scan_pdf", dict(fax=True)),
    ("jp05", 0, "chr", "photo", dict()),
    ("jp06", 1, "chr", "as_is", dict(doc_type="quotation")),
    ("jp07", 2, "wsy", "as_is", dict(n=12)),
]
KR = [
    ("kr01", 0, "wsy", "as_is"),
    ("kr02", 1, "chr", "scan_jpg"),
    ("kr04", 1, "wsy", "wechat_png"),
]


def run(reg=None):
    reg = reg or Registry("asia")
    rng = random.Random(37004)
    for key, si, r, pipe, o in JP:
        sup = JP_SUPPLIERS[si]
        doc = jp_invoice(rng, sup, n_items=o.get("n"), date_style=o.get("date_style"), shipping=o.get("shipping", 0),
                         doc_type=o.get("doc_type", "invoice"))
        if doc["doc_type"] == "quotation":
            doc["number"] = "見" + doc["number"]
        if o.get("err"):
            inject_error(doc, o["err"], rng)
        src = src_path(key)
        html = HT.jp_seikyu(doc)
        (HT.to_pdf_chromium if r == "chr" else HT.to_pdf_weasy)(html, src, key)
        kw = None
        if pipe.startswith("scan"):
            kw = dict(gray=True, out_dpi_ratio=0.5 if o.get("fax") else 0.75, noise=9 if o.get("fax") else 5,
                      creator="FAX受信 PDF")
        emit(reg, key, doc, src, pipe, "chromium_html" if r == "chr" else "weasyprint_html", title=f"請求書_{doc['number']}.pdf",
             scan_kw=kw)
    for key, si, r, pipe in KR:
        doc = kr_invoice(rng, KR_SUPPLIERS[si])
        src = src_path(key)
        html = HT.kr_tax_invoice(doc)
        (HT.to_pdf_chromium if r == "chr" else HT.to_pdf_weasy)(html, src, key)
        emit(reg, key, doc, src, pipe, "chromium_html" if r == "chr" else "weasyprint_html", title="세금계산서.pdf",
             scan_kw={"gray": False} if pipe.startswith("scan") else None)
    # Korean supplier's export invoice to the Ningbo company (USD, no VAT)
    sup = dict(KR_SUPPLIERS[0])
    sup["addr"] = [sup["addr"], "Gimpo-si, Gyeonggi-do, Republic of Korea"]
    sup["tax_id"] = "사업자등록번호 " + sup["reg_no"]
    sup["bank"] = "Hangang Commercial Bank, Gimpo Branch, SWIFT HGCBKRSE"
    sup["acct"] = "A/C 302-118-774410"
    date = rand_date(rng)
    items = pick_items(rng, "steel", "en", "USD", 3, qty_range=(200, 2000))
    buyer = our_buyer_block("de", rng)
    buyer["vat"] = None
    doc = dict(lang="ko", currency="USD", num_style="en", money_pat="USD {n}", doc_type="invoice", is_invoice=True,
               supplier=sup, buyer=buyer, items=items, tax_mode="none", rate=0, date=date,
               date_str=fdate(date, "ko_dot"), number=f"HB-EX-{date:%y%m}{rng.randint(10, 99)}", shipping=D(0),
               terms="T/T 30 days, FOB Incheon", notes=["Country of origin: Republic of Korea", "Shipment: Incheon -> Ningbo by sea"])
    compute(doc)
    doc["supplier_label"] = sup["name"]
    doc["buyer_label"] = buyer["name"]
    src = src_path("kr03")
    FP.boxed_invoice(doc, src)
    rec = emit(reg, "kr03", doc, src, "as_is", "fpdf2_boxed")
    rec["language"] = "en+ko"
    reg.save()
    return reg


if __name__ == "__main__":
    run()
