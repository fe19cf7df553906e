"""ReportLab layouts: multi-page distributor invoice, till receipt, plain multilingual invoice, quotation."""
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.graphics.barcode import code128
from common import D, DEJAVU, DEJAVU_B, DEJAVU_MONO, wqy_ttf
from html_templates import reg, start
from i18n import t

_fonts_done = False


def fonts():
    global _fonts_done
    if not _fonts_done:
        pdfmetrics.registerFont(TTFont("DV", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
        pdfmetrics.registerFont(TTFont("DVM", DEJAVU_MONO))
        pdfmetrics.registerFont(TTFont("WQY", wqy_ttf()))
        _fonts_done = True


def _meta(c, producer_title, doc):
    c.setTitle(producer_title)
    c.setAuthor(doc.supplier.name)
    c.setCreator(doc.extra.get("creator", "ReportLab"))


# ------------------------------------------------------------------ multi-page distributor invoice (core Helvetica)
def distributor(doc, out, first=42, per=56):
    start(doc)
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    lines = list(enumerate(doc.lines))
    chunks = [lines[:first]]
    rest = lines[first:]
    while rest:
        chunks.append(rest[:per])
        rest = rest[per:]
    # the totals block needs ~70mm; push to a new page if the last chunk is long
    if len(chunks) > 1 and len(chunks[-1]) > per - 14 or len(chunks) == 1 and len(chunks[0]) > first - 12:
        chunks.append([])
    npages = len(chunks)
    cv = canvas.Canvas(out, pagesize=A4)
    _meta(cv, f"Invoice {doc.number}", doc)
    W, H = A4
    L, R = 15 * mm, W - 15 * mm
    # left edges for text columns, right edges for numeric columns
    X_QTY, X_PRICE, X_DISC, X_VAT = R - 80 * mm, R - 58 * mm, R - 42 * mm, R - 30 * mm
    cols = [L, L + 22 * mm]
    running = D(0)
    date_s = reg(doc, "date", doc.d())
    for pi, chunk in enumerate(chunks):
        y = H - 15 * mm
        if pi == 0:
            cv.setFont("Helvetica-Bold", 15)
            cv.drawString(L, y, s.name)
            cv.setFont("Helvetica", 8)
            for i, a in enumerate([", ".join(s.addr), f"Tel {s.phone}   {s.email}   {s.web}", f"VAT Reg No {s.vat}   Company No {s.ids.get('Company No', '')}"]):
                cv.drawString(L, y - 11 - i * 9.5, a)
            cv.setFont("Helvetica-Bold", 20)
            cv.drawRightString(R, y - 4, "INVOICE")
            y -= 52
            cv.setLineWidth(0.6)
            cv.rect(L, y - 62, 80 * mm, 62)
            cv.setFont("Helvetica-Bold", 7)
            cv.drawString(L + 4, y - 9, "INVOICE TO")
            cv.setFont("Helvetica", 8.5)
            cv.drawString(L + 4, y - 20, b.name)
            for i, a in enumerate(b.addr):
                cv.drawString(L + 4, y - 30 - i * 9.5, a)
            if doc.ship_to:
                cv.rect(L + 84 * mm, y - 62, 44 * mm, 62)
                cv.setFont("Helvetica-Bold", 7)
                cv.drawString(L + 84 * mm + 4, y - 9, "DELIVER TO")
                cv.setFont("Helvetica", 7.5)
                for i, a in enumerate([doc.ship_to.name.replace("Medlock Lane Trading Ltd - ", "")] + doc.ship_to.addr):
                    cv.drawString(L + 84 * mm + 4, y - 20 - i * 9, a)
            meta = [("Invoice No", doc.number), ("Date / Tax Point", date_s)] + [(k, v) for k, v in doc.refs.items() if v]
            cv.setFont("Helvetica", 7.5)
            for i, (k, v) in enumerate(meta):
                cv.drawString(R - 48 * mm, y - 8 - i * 9.2, k)
                cv.drawRightString(R, y - 8 - i * 9.2, str(v))
            y -= max(80, 22 + len(meta) * 9.2)
        else:
            cv.setFont("Helvetica-Bold", 10)
            cv.drawString(L, y, s.name)
            cv.setFont("Helvetica", 8)
            cv.drawRightString(R, y, f"Invoice {doc.number} continued   {date_s}")
            y -= 22
        # table head
        cv.setFillGray(0.88)
        cv.rect(L, y - 4, R - L, 13, stroke=0, fill=1)
        cv.setFillGray(0)
        cv.setFont("Helvetica-Bold", 7.5)
        cv.drawString(cols[0] + 2, y, "Product")
        cv.drawString(cols[1] + 2, y, "Description")
        for x, h in ((X_QTY, "Qty"), (X_PRICE, "Price"), (X_DISC, "Disc%"), (X_VAT, "VAT"), (R - 2, "Net")):
            cv.drawRightString(x, y, h)
        y -= 15
        cv.setFont("Helvetica", 7.8)
        if pi > 0:
            cv.setFont("Helvetica-Oblique", 7.8)
            cv.drawString(cols[1] + 2, y, "Brought forward")
            cv.drawRightString(R - 2, y, doc.n(running))
            y -= 12
            cv.setFont("Helvetica", 7.8)
        for i, l in chunk:
            net = c["nets"][i]
            running += net
            cv.drawString(cols[0] + 2, y, l.code)
            cv.drawString(cols[1] + 2, y, l.desc[:54])
            cv.drawRightString(X_QTY, y, reg(doc, "qty", doc.qty(l.qty)))
            cv.drawRightString(X_PRICE, y, doc.n(l.unit))
            cv.drawRightString(X_DISC, y, doc.n(l.disc, 1) if l.disc else "")
            cv.drawRightString(X_VAT, y, {D(20): "S", D(5): "R", D(0): "Z"}[l.rate])
            cv.drawRightString(R - 2, y, doc.n(net))
            y -= 11.5
        if pi < npages - 1:
            cv.setFont("Helvetica-Oblique", 7.8)
            cv.line(R - 30 * mm, y + 6, R, y + 6)
            cv.drawString(cols[1] + 2, y - 3, "Carried forward")
            cv.drawRightString(R - 2, y - 3, doc.n(running))
        else:
            y -= 6
            cv.line(L, y + 6, R, y + 6)
            # VAT analysis
            cv.setFont("Helvetica-Bold", 7.5)
            cv.drawString(L, y - 6, "VAT ANALYSIS")
            cv.setFont("Helvetica", 7.5)
            cv.drawString(L, y - 17, "Code   Rate        Goods          VAT")
            for k, (r_, bb, v, g) in enumerate(c["by_rate"]):
                yy = y - 28 - k * 10
                cv.drawString(L, yy, {D(20): "S", D(5): "R", D(0): "Z"}[r_])
                cv.drawRightString(L + 36, yy, f"{r_.normalize():f}%")
                cv.drawRightString(L + 95, yy, doc.n(bb))
                cv.drawRightString(L + 140, yy, doc.n(v))
            tl = [("Goods total", doc.n(c["subtotal"]))]
            if c["shipping"]:
                tl.append(("Carriage", doc.n(c["shipping"])))
            tl.append(("VAT", doc.n(c["vat_total"])))
            for k, (a, v) in enumerate(tl):
                cv.drawString(R - 62 * mm, y - 8 - k * 11, a)
                cv.drawRightString(R - 2, y - 8 - k * 11, v)
            yy = y - 8 - len(tl) * 11 - 6
            cv.setFont("Helvetica-Bold", 10)
            cv.rect(R - 64 * mm, yy - 5, 64 * mm, 17)
            cv.drawString(R - 62 * mm, yy, "INVOICE TOTAL GBP")
            cv.drawRightString(R - 3, yy, reg(doc, "total", doc.n(c["total"])))
            cv.setFont("Helvetica", 7.5)
            yy -= 34
            for txt in [f"Payment terms: {doc.refs.get('Terms', '')}. Due date: {reg(doc, 'due', doc.d(doc.due))}.",
                        f"Pay by BACS to {s.bank['bank']}, sort code {s.bank['sort']}, account {s.bank['account']}. Quote invoice number.",
                        "Title to the goods remains with Irwell Trade Distribution Ltd until paid in full. Shortages must be reported within 48 hours.",
                        "Retain this invoice for your VAT records."]:
                cv.drawString(L, yy, txt)
                yy -= 10
        cv.setFont("Helvetica", 7)
        cv.drawCentredString(W / 2, 10 * mm, f"Page {pi + 1} of {npages}")
        cv.showPage()
    cv.save()
    return npages


# ------------------------------------------------------------------ till receipt (80 mm roll)
def till_receipt(doc, out, mono="Courier"):
    start(doc)
    c = doc.compute()
    s = doc.supplier
    W = 80 * mm
    n = len(doc.lines)
    H = 250 + sum(19 if l.qty != 1 else 10.5 for l in doc.lines) + len(c["by_rate"]) * 9 + 9 * len(s.addr) + 40
    cv = canvas.Canvas(out, pagesize=(W, H))
    _meta(cv, "receipt", doc)
    f, fb = (mono, mono + "-Bold") if mono == "Courier" else (mono, mono)
    y = H - 18
    cv.setFont(fb, 11)
    cv.drawCentredString(W / 2, y, s.name.upper()[:30])
    cv.setFont(f, 7.2)
    for a in s.addr + [f"Tel {s.phone}", f"VAT No {s.vat}"]:
        y -= 9
        cv.drawCentredString(W / 2, y, a)
    y -= 16
    cv.setFont(fb, 9)
    cv.drawCentredString(W / 2, y, "*** VAT RECEIPT ***")
    y -= 12
    cv.setFont(f, 7.2)
    cv.drawString(8, y, f"TRADE CUST: {doc.refs['customer']}")
    y -= 9
    cv.drawString(8, y, reg(doc, "buyer", doc.buyer.name.upper()))
    y -= 14
    codes = {D(20): "A", D(5): "B", D(0): "Z"}
    for i, l in enumerate(doc.lines):
        cv.drawString(8, y, l.desc[:26])
        cv.drawRightString(W - 16, y, doc.n(c["nets"][i]))
        cv.drawString(W - 12, y, codes[l.rate])
        y -= 8.5
        if l.qty != 1:
            cv.drawString(16, y, f"{reg(doc, 'qty', doc.qty(l.qty))} @ {doc.n(l.unit)}")
            y -= 8.5
        y -= 2
    y -= 4
    cv.drawString(8, y, "-" * 38)
    y -= 12
    cv.setFont(fb, 10)
    items = int(sum(l.qty for l in doc.lines))
    cv.drawString(8, y, f"TOTAL  {items} ITEMS")
    cv.drawRightString(W - 12, y, reg(doc, "total", doc.n(c["total"])))
    y -= 12
    cv.setFont(f, 7.2)
    cv.drawString(8, y, "VISA DEBIT")
    cv.drawRightString(W - 12, y, doc.n(c["total"]))
    y -= 9
    cv.drawString(8, y, f"CARD {doc.refs['card']}  AUTH {doc.refs['auth']}")
    y -= 9
    cv.drawString(8, y, "CONTACTLESS   CHANGE DUE 0.00")
    y -= 14
    cv.drawString(8, y, "VAT  RATE      NET      VAT     GROSS")
    for r_, bb, v, g in c["by_rate"]:
        y -= 9
        cv.drawString(8, y, f"{codes[r_]}  {doc.n(r_, 0) + '%':>5}")
        cv.drawRightString(112, y, doc.n(bb))
        cv.drawRightString(150, y, doc.n(v))
        cv.drawRightString(W - 12, y, doc.n(g))
    y -= 16
    cv.drawString(8, y, f"{reg(doc, 'date', doc.d())}  {doc.refs['time']}  TILL {doc.refs['till']:02d}  {doc.refs['op']}")
    y -= 9
    cv.drawString(8, y, f"RECEIPT NO {doc.number}")
    y -= 40
    bc = code128.Code128(doc.number.replace("-", "") + doc.date.strftime("%d%m"), barHeight=26, barWidth=0.8)
    bc.drawOn(cv, (W - bc.width) / 2, y)
    y -= 12
    cv.drawCentredString(W / 2, y, "THANK YOU FOR SHOPPING WITH US")
    y -= 9
    cv.drawCentredString(W / 2, y, "KEEP THIS RECEIPT AS YOUR VAT INVOICE")
    cv.showPage()
    cv.save()
    return 1


# ------------------------------------------------------------------ plain multilingual invoice / quotation
def plain(doc, out, font=("Times-Roman", "Times-Bold"), pagesize=A4, ttf=False):
    start(doc)
    fonts()
    if ttf:
        font = ("DV", "DVB")
    c = doc.compute()
    s, b = doc.supplier, doc.buyer
    lg = doc.lang
    fr, fb = font
    cv = canvas.Canvas(out, pagesize=pagesize)
    _meta(cv, f"{doc.number}", doc)
    W, H = pagesize
    L, R = 20 * mm, W - 20 * mm
    y = H - 22 * mm
    cv.setFont(fb, 14)
    cv.drawString(L, y, s.name)
    cv.setFont(fr, 8.5)
    for i, a in enumerate(s.addr + [f"{s.phone}  {s.email}"]):
        cv.drawString(L, y - 12 - i * 10, a)
    title = (t(lg, doc.doc_type) if doc.doc_type in ("quotation", "purchase_order") else
             t(lg, "tax_invoice" if doc.doc_type == "tax_invoice" else "invoice")).upper()
    cv.setFont(fb, 18)
    cv.drawRightString(R, y - 4, title)
    y -= 20 + 10 * (len(s.addr) + 1) + 14
    cv.setFont(fb, 8)
    cv.drawString(L, y, {"purchase_order": "SUPPLIER", "quotation": "PREPARED FOR"}.get(doc.doc_type, t(lg, "customer").upper()))
    cv.setFont(fr, 9.5)
    who = b if doc.doc_type != "purchase_order" else s
    for i, a in enumerate([who.name] + who.addr + ([f"{t(lg, 'vat_no')}: {who.vat}"] if who.vat else [])):
        cv.drawString(L, y - 12 - i * 11, a)
    num_lbl = {"quotation": "Quote No", "purchase_order": "PO Number"}.get(doc.doc_type, t(lg, "number"))
    meta = [(num_lbl, doc.number), (t(lg, "date") if doc.doc_type not in ("quotation", "purchase_order") else "Date",
                                     reg(doc, "date", doc.d()))]
    if doc.due and doc.doc_type not in ("quotation", "purchase_order"):
        meta.append((t(lg, "due"), reg(doc, "due", doc.d(doc.due))))
    for k, v in doc.refs.items():
        if k in ("Valid until", "Required by"):
            v = doc.d(doc.date + (doc.due - doc.date))
        if v:
            meta.append((k, str(v)))
    if s.vat and doc.doc_type != "purchase_order":
        meta.append((t(lg, "vat_no"), s.vat))
    cv.setFont(fr, 8.5)
    for i, (k, v) in enumerate(meta):
        cv.drawString(R - 75 * mm, y - 12 - i * 11, k)
        cv.drawRightString(R, y - 12 - i * 11, v)
    y -= 14 + 11 * max(len(meta), len(who.addr) + 2) + 16
    cols = [(L, t(lg, "desc"), "l"), (R - 78 * mm, t(lg, "qty"), "r"), (R - 56 * mm, t(lg, "unit"), "r"),
            (R - 34 * mm, t(lg, "rate"), "r"), (R, t(lg, "amount"), "r")]
    cv.setLineWidth(0.8)
    cv.line(L, y + 10, R, y + 10)
    cv.setFont(fb, 8.5)
    for x, h, al in cols:
        (cv.drawString if al == "l" else cv.drawRightString)(x, y, h)
    cv.line(L, y - 4, R, y - 4)
    y -= 16
    cv.setFont(fr, 9)
    for i, l in enumerate(doc.lines):
        cv.drawString(L, y, (l.desc + (f"  (-{doc.n(l.disc, 0)}%)" if l.disc else ""))[:62])
        cv.drawRightString(cols[1][0], y, reg(doc, "qty", doc.qty(l.qty)) + (" " + l.uom if l.uom else ""))
        cv.drawRightString(cols[2][0], y, doc.n(l.unit))
        cv.drawRightString(cols[3][0], y, f"{doc.n(l.rate, 0 if l.rate == int(l.rate) else 1)}%")
        cv.drawRightString(R, y, doc.n(c["nets"][i]))
        y -= 14
    cv.line(L, y + 6, R, y + 6)
    y -= 10
    tl = [(t(lg, "subtotal"), doc.n(c["subtotal"]))]
    if c["shipping"]:
        tl.append((t(lg, "shipping"), doc.n(c["shipping"])))
    for r_, bb, v, g in c["by_rate"]:
        tl.append((f"{t(lg, 'vat')} {doc.n(r_, 0 if r_ == int(r_) else 1)}%", doc.n(v)))
    for a, v in tl:
        cv.drawString(R - 70 * mm, y, a)
        cv.drawRightString(R, y, v)
        y -= 12
    cv.setFont(fb, 11)
    y -= 4
    cv.drawString(R - 70 * mm, y, f"{t(lg, 'total')} {doc.currency}")
    cv.drawRightString(R, y, reg(doc, "total", doc.n(c["total"])))
    cv.line(R - 70 * mm, y - 4, R, y - 4)
    cv.line(R - 70 * mm, y - 6, R, y - 6)
    y -= 30
    cv.setFont(fr, 8.5)
    for n_ in doc.notes + [f"{k}: {v}" for k, v in s.bank.items()] + [" · ".join(f"{k} {v}" for k, v in s.ids.items())]:
        cv.drawString(L, y, n_[:120])
        y -= 10.5
    cv.showPage()
    cv.save()
    return 1
