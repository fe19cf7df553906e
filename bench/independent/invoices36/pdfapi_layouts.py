"""Layouts drawn directly with ReportLab (canvas and platypus) and fpdf2."""
import os, io, datetime as dt
from decimal import Decimal
from common import (D, q, DEJAVU, DEJAVU_B, WQY, logo_png, qr_matrix, verifactu_url, pt_qr_text, pl_words, cn_upper)
from i18n import L, title, PAY_TERMS, date_label
from html_layouts import TAXLBL, legal_notes, footer_legal, totals_rows, columns_for, COLKEY

_reg = {}


def rl_fonts(kind):
    """kind: helv | times | courier | dejavu | wqy  -> (regular, bold)"""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if kind == "helv": return "Helvetica", "Helvetica-Bold"
    if kind == "times": return "Times-Roman", "Times-Bold"
    if kind == "courier": return "Courier", "Courier-Bold"
    if kind == "dejavu":
        if "DejaVu" not in _reg:
            pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU)); pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B)); _reg["DejaVu"] = 1
        return "DejaVu", "DejaVu-Bold"
    if kind == "wqy":
        if "WQY" not in _reg:
            pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0)); _reg["WQY"] = 1
        return "WQY", "WQY"
    raise ValueError(kind)


def set_epoch(doc, rng, days=(0, 2)):
    t = dt.datetime.combine(doc["date"] + dt.timedelta(days=rng.randint(*days)), dt.time(rng.randint(8, 19), rng.randint(0, 59), rng.randint(0, 59)))
    os.environ["SOURCE_DATE_EPOCH"] = str(int(t.replace(tzinfo=dt.timezone.utc).timestamp()) - 3600)
    return t


def clear_epoch():
    os.environ.pop("SOURCE_DATE_EPOCH", None)


def draw_qr(c, text, x, y, size):
    m = qr_matrix(text)
    n = len(m)
    box = size / (n + 2)
    c.setFillColorRGB(0, 0, 0)
    for r, row in enumerate(m):
        for k, v in enumerate(row):
            if v:
                c.rect(x + (k + 1) * box, y + size - (r + 2) * box, box * 1.02, box * 1.02, stroke=0, fill=1)


def cell_text(doc, ln, col):
    f = doc["fmt"]
    if col == "code": return ln.get("sku", "") or ""
    if col == "desc": return ln["desc"]
    if col == "qty": return f.qty(ln["qty"])
    if col == "unit": return ln.get("unit", "")
    if col == "price": return f.n(ln["price"], 0 if doc["cur"] == "JPY" else max(2, len(str(ln["price"]).split(".")[-1])))
    if col == "disc": return f.pct(ln["disc"]) if ln.get("disc") else ""
    if col == "rate": return f.pct(ln["rate"])
    if col == "amount": return f.n(ln["net"])
    if col == "cartons": return str(ln.get("cartons", ""))
    if col == "nw": return f.n(ln.get("nw", 0), 1)
    if col == "gw": return f.n(ln.get("gw", 0), 1)
    if col == "cbm": return f.n(ln.get("cbm", 0), 3)
    return ""


WIDTHS = {"code": 58, "desc": 0, "qty": 42, "unit": 32, "price": 58, "disc": 36, "rate": 38, "amount": 70, "cartons": 50, "nw": 52, "gw": 52, "cbm": 50}
NUMCOLS = {"qty", "price", "disc", "rate", "amount", "cartons", "nw", "gw", "cbm"}


def meta_rows(doc):
    f, lang = doc["fmt"], doc["lang"]
    dtp = doc["doc_type"]
    num_lbl = L(lang, "number") if dtp in ("invoice", "tax_invoice", "credit_note", "receipt") else {"es": "Nº", "ca": "Núm.", "fr": "N°", "it": "N.", "de": "Nr.", "nl": "Nr.", "pl": "Nr", "pt": "N.º", "en": "No.", "zh": "编号", "ja": "番号"}[lang]
    rows = [(num_lbl, doc["number"]), (date_label(lang, doc["doc_type"]), f.d(doc["date"]))]
    if doc.get("due") and dtp in ("invoice", "tax_invoice", "proforma"):
        rows.append((L(lang, "due"), f.d(doc["due"])))
    if dtp == "quotation" and doc.get("due"):
        rows.append((L(lang, "valid_until"), f.d(doc["due"])))
    if doc.get("order_ref"): rows.append((L(lang, "order_ref"), doc["order_ref"]))
    if doc.get("customer_no"): rows.append((L(lang, "customer_no"), doc["customer_no"]))
    if doc.get("atcud"): rows.append(("ATCUD", doc["atcud"]))
    if doc.get("ksef"): rows.append(("KSeF", doc["ksef"]))
    if doc.get("sale_date"): rows.append(("Data sprzedaży", f.d(doc["sale_date"])))
    if doc.get("delivery") and lang == "de": rows.append(("Lieferdatum", f.d(doc["delivery"])))
    if doc.get("incoterm"): rows.append(("Terms" if lang == "en" else "贸易条款", doc["incoterm"]))
    return rows


def party_lines(c, lang, local=False):
    if not c: return []
    out = [c.get("name_local") if local and c.get("name_local") else c["name"]]
    if local and c.get("addr_local"):
        out.append(c["addr_local"])
    else:
        out += list(c.get("addr", []))
        if c.get("country") and c.get("cc") not in ("CN", "JP"):
            out.append(c["country"])
    if c.get("taxid"):
        out.append(f"{TAXLBL.get(c['cc'], L(lang, 'vat_id'))}: {c['taxid']}")
    elif c.get("solo"):
        out.append(f"SIRET {c.get('siret', '')}" if c["cc"] == "FR" else f"Steuernummer {c.get('stnr', '')}")
    return out


# ====================================================================== ReportLab canvas, variant R1 (corporate)
def rl_canvas_invoice(path, doc, rng, fontkind="helv", accent=(0.12, 0.3, 0.55), logo=True, title_text=None, variant="R1", creator=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.lib.utils import ImageReader, simpleSplit
    set_epoch(doc, rng)
    FR, FB = rl_fonts(fontkind)
    lang, f = doc["lang"], doc["fmt"]
    W, Hh = A4 if doc["cur"] != "USD" or doc["cc_sup"] != "US" else letter
    c = canvas.Canvas(path, pagesize=(W, Hh), pageCompression=1)
    c.setTitle(f"{title_text or title(lang, doc['doc_type'])} {doc['number']}")
    c.setAuthor(doc["supplier"]["name"])
    if creator: c.setCreator(creator)
    local = lang in ("zh", "ja")
    ttl = title_text or doc.get("title") or title(lang, doc["doc_type"])
    page = [1]

    def header():
        y = Hh - 50
        if logo:
            img = logo_png(rng, doc["supplier"]["name"], color=tuple(int(v * 255) for v in accent))
            c.drawImage(ImageReader(img), 40, y - 40, width=135, height=45)
            y -= 52
        c.setFont(FB, 10.5)
        sl = party_lines(doc["supplier"], lang, local)
        c.drawString(40, y, sl[0])
        c.setFont(FR, 8)
        for i, t in enumerate(sl[1:] + ([f"{L(lang, 'tel')} {doc['supplier'].get('phone', '')}"] if doc["supplier"].get("phone") else [])):
            c.drawString(40, y - 11 * (i + 1), t)
        c.setFillColorRGB(*accent)
        c.setFont(FB, 20 if len(ttl) < 20 else 14)
        c.drawRightString(W - 40, Hh - 62, ttl)
        c.setFillColorRGB(0, 0, 0)
        yy = Hh - 86
        for k, v in meta_rows(doc):
            c.setFont(FR, 8.5); c.setFillColorRGB(.35, .35, .35)
            c.drawRightString(W - 150, yy, k)
            c.setFillColorRGB(0, 0, 0); c.setFont(FB, 8.5)
            c.drawString(W - 142, yy, v)
            yy -= 12
        return min(y - 11 * (len(sl) + 1), yy) - 14

    y = header()
    # buyer box
    if doc.get("buyer"):
        bl = party_lines(doc["buyer"], lang, local)
        bh = 14 + 11 * len(bl)
        c.setStrokeColorRGB(*accent); c.setLineWidth(0.8)
        c.rect(40, y - bh, 250, bh, stroke=1, fill=0)
        c.setFont(FR, 7); c.setFillColorRGB(*accent)
        c.drawString(46, y - 10, (L(lang, "bill_to") if doc["doc_type"] != "purchase_order" else L(lang, "supplier")).upper())
        c.setFillColorRGB(0, 0, 0)
        for i, t in enumerate(bl):
            c.setFont(FB if i == 0 else FR, 9 if i == 0 else 8.5)
            c.drawString(46, y - 22 - 11 * i, t)
        y -= bh + 18
    if doc["doc_type"] == "credit_note" and doc.get("rectifies"):
        r = doc["rectifies"]
        c.setFont(FR, 8.5)
        c.drawString(40, y, f"{L(lang, 'rectifies')}: {r['number']} ({f.d(r['date'])}) – {L(lang, 'reason')}: {r['reason']}")
        y -= 16
    cols = columns_for(doc, {"unit_col": lang not in ("en", "zh")})
    fixed = sum(WIDTHS[k] for k in cols if k != "desc")
    widths = {k: (W - 80 - fixed if k == "desc" else WIDTHS[k]) for k in cols}

    def table_head(y):
        c.setFillColorRGB(*accent)
        c.rect(40, y - 4, W - 80, 16, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont(FB, 8)
        x = 40
        for k in cols:
            lbl = L(lang, COLKEY[k])
            if k in NUMCOLS: c.drawRightString(x + widths[k] - 4, y + 1, lbl)
            else: c.drawString(x + 4, y + 1, lbl)
            x += widths[k]
        c.setFillColorRGB(0, 0, 0)
        return y - 16

    y = table_head(y)
    for n, ln in enumerate(doc["lines"]):
        desc_lines = simpleSplit(ln["desc"], FR, 8.5, widths["desc"] - 8)
        if ln.get("sub"): desc_lines += [ln["sub"]]
        h = 11 * len(desc_lines) + 4
        if y - h < 150:
            c.setFont(FR, 7); c.drawRightString(W - 40, 30, f"{L(lang, 'page')} {page[0]}")
            c.showPage(); page[0] += 1
            y = table_head(Hh - 60)
        x = 40
        for k in cols:
            c.setFont(FR, 8.5)
            if k == "desc":
                for i, t in enumerate(desc_lines):
                    c.setFont(FR, 8.5 if i < len(simpleSplit(ln["desc"], FR, 8.5, widths["desc"] - 8)) else 7)
                    c.drawString(x + 4, y - 11 * i, t)
            elif k in NUMCOLS:
                c.drawRightString(x + widths[k] - 4, y, cell_text(doc, ln, k))
            else:
                c.drawString(x + 4, y, cell_text(doc, ln, k))
            x += widths[k]
        y -= h
        c.setStrokeColorRGB(.8, .8, .8); c.setLineWidth(.4)
        c.line(40, y + 7, W - 40, y + 7)
    if doc.get("pack_totals"):
        c.setFont(FB, 8); c.drawString(40, y - 6, doc["pack_totals"][:130]); y -= 20
    # totals
    rows = totals_rows(doc)
    if y - 14 * len(rows) < 110:
        c.showPage(); page[0] += 1; y = Hh - 60
    y -= 8
    for lbl, val, css in rows:
        c.setFont(FB if css == "grand" else FR, 10.5 if css == "grand" else 8.5)
        if css == "grand":
            c.setFillColorRGB(*accent); c.rect(W - 250, y - 5, 210, 17, stroke=0, fill=1); c.setFillColorRGB(1, 1, 1)
        c.drawString(W - 244, y, lbl)
        c.drawRightString(W - 46, y, val)
        c.setFillColorRGB(0, 0, 0)
        y -= 15
    if doc.get("words"):
        c.setFont(FR, 8); c.drawString(40, y - 2, f"Słownie: {pl_words(doc['total'])}"); y -= 14
    y -= 10
    notes = legal_notes(doc)
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") and doc.get("payment") is not False:
        s = doc["supplier"]
        notes.insert(0, f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}")
        if s.get("iban"): notes.insert(1, f"{L(lang, 'iban')}: {s['iban']}  BIC: {s.get('bic', '')}")
        elif s.get("bank"): notes.insert(1, f"{L(lang, 'bank')}: {s['bank']}  A/C {s.get('account', '')}  SWIFT {s.get('swift', '')}")
    for t in notes:
        for part in simpleSplit(t, FR, 8, W - 80 - (110 if doc.get("verifactu") or doc.get("atcud") else 0)):
            c.setFont(FR, 8); c.drawString(40, y, part); y -= 10
    if doc.get("verifactu"):
        draw_qr(c, verifactu_url(doc), W - 120, 60, 78)
        c.setFont(FB, 6.5); c.drawCentredString(W - 81, 144, "QR tributario:"); c.drawCentredString(W - 81, 54, "VERI*FACTU")
    if doc.get("atcud"):
        draw_qr(c, pt_qr_text(doc, doc["atcud"]), W - 120, 60, 78)
        c.setFont(FR, 6.5); c.drawString(40, 62, f"{doc.get('hash4')}-Processado por programa certificado n.º {doc.get('cert')}/AT")
    fl = footer_legal(doc)
    c.setFont(FR, 6.5); c.setFillColorRGB(.4, .4, .4)
    if fl:
        c.drawString(40, 40, fl[:150])
    if page[0] > 1:
        c.drawRightString(W - 40, 30, f"{L(lang, 'page')} {page[0]}")
    c.showPage()
    c.save()
    clear_epoch()


# ====================================================================== ReportLab canvas, variant R2 (ERP pre-printed form, Courier data)
def rl_erp_form(path, doc, rng, creator=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    set_epoch(doc, rng)
    lang, f = doc["lang"], doc["fmt"]
    W, Hh = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle(doc["number"])
    if creator: c.setCreator(creator)
    form = (0.35, 0.5, 0.75)
    s, b = doc["supplier"], doc["buyer"]
    ttl = doc.get("title") or title(lang, doc["doc_type"])

    def cap(x, y, t):
        c.setFont("Helvetica", 6); c.setFillColorRGB(*form); c.drawString(x, y, t.upper()); c.setFillColorRGB(0, 0, 0)

    def box(x, y, w, h):
        c.setStrokeColorRGB(*form); c.setLineWidth(.7); c.rect(x, y, w, h)

    # supplier block (pre-printed look: Helvetica bold, form colour)
    c.setFillColorRGB(*form); c.setFont("Helvetica-Bold", 13); c.drawString(36, Hh - 50, s["name"].upper())
    c.setFont("Helvetica", 7.5)
    for i, t in enumerate(s.get("addr", []) + [f"{TAXLBL.get(s['cc'], 'VAT')} {s.get('taxid') or ''}  ·  {L(lang, 'tel')} {s.get('phone', '')}"]):
        c.drawString(36, Hh - 63 - 9 * i, t)
    c.setFillColorRGB(0, 0, 0)
    box(W - 200, Hh - 75, 164, 40)
    c.setFont("Helvetica-Bold", 15); c.setFillColorRGB(*form); c.drawCentredString(W - 118, Hh - 62, ttl if len(ttl) < 18 else ttl[:18]); c.setFillColorRGB(0, 0, 0)
    # fields row
    fields = [(L(lang, "number"), doc["number"], 110), (L(lang, "date"), f.d(doc["date"]), 90), (L(lang, "customer_no"), doc.get("customer_no") or f"{rng.randint(4300, 4399)}", 80),
              (L(lang, "vat_id"), (b or {}).get("taxid", ""), 120), (L(lang, "due"), f.d(doc["due"]) if doc.get("due") else "", 123)]
    x = 36
    for capt, val, w in fields:
        box(x, Hh - 125, w, 28); cap(x + 3, Hh - 104, capt); c.setFont("Courier", 9.5); c.drawString(x + 4, Hh - 119, val); x += w
    # customer box
    box(W - 260, Hh - 215, 224, 80); cap(W - 256, Hh - 144, L(lang, "customer"))
    for i, t in enumerate(party_lines(b, lang)[:-1] if b else []):
        c.setFont("Courier-Bold" if i == 0 else "Courier", 9); c.drawString(W - 252, Hh - 158 - 11 * i, t[:38])
    if doc.get("order_ref"):
        box(36, Hh - 160, 200, 28); cap(39, Hh - 139, L(lang, "order_ref")); c.setFont("Courier", 9.5); c.drawString(40, Hh - 154, doc["order_ref"])
    # body table with vertical rules
    top, bottom = Hh - 232, 190
    cols = [("code", 62), ("desc", 0), ("qty", 48), ("price", 64), ("disc", 40), ("amount", 78)]
    if not any(ln.get("disc") for ln in doc["lines"]): cols = [cc for cc in cols if cc[0] != "disc"]
    if len({ln["rate"] for ln in doc["lines"]}) > 1: cols.insert(-1, ("rate", 40))
    fixed = sum(w for _, w in cols)
    cols = [(k, w or (W - 72 - fixed)) for k, w in cols]
    box(36, bottom, W - 72, top - bottom)
    c.setFillColorRGB(0.9, 0.93, 0.97); c.rect(36, top - 16, W - 72, 16, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
    x = 36
    for k, w in cols:
        cap(x + 3, top - 11, L(lang, COLKEY[k]))
        if x > 36:
            c.setStrokeColorRGB(*form); c.line(x, bottom, x, top)
        x += w
    y = top - 30
    for ln in doc["lines"]:
        x = 36
        for k, w in cols:
            c.setFont("Courier", 8.5)
            t = cell_text(doc, ln, k)
            if k == "desc":
                parts = simpleSplit(t, "Courier", 8.5, w - 6)
                for i, p in enumerate(parts):
                    c.drawString(x + 3, y - 10 * i, p)
            elif k in NUMCOLS:
                c.drawRightString(x + w - 3, y, t)
            else:
                c.drawString(x + 3, y, t[:10])
            x += w
        y -= 10 * max(1, len(simpleSplit(ln["desc"], "Courier", 8.5, cols[1][1] - 6))) + 4
    # footer boxes: subtotal / base / % / cuota / RE / total
    fy = 120
    heads = [L(lang, "subtotal")]
    vals = [f.n(doc["subtotal"])]
    if doc.get("disc_amt"): heads.append(L(lang, "discount")); vals.append(f.n(-doc["disc_amt"]))
    if doc.get("ship"): heads.append(L(lang, "shipping")); vals.append(f.n(doc["ship"]))
    x = 36
    bw = (W - 72 - 130) / 6
    for h, v in zip(heads, vals):
        box(x, fy + 34, bw * 1.5, 28); cap(x + 3, fy + 55, h); c.setFont("Courier", 9); c.drawRightString(x + bw * 1.5 - 4, fy + 39, v); x += bw * 1.5
    x = 36
    th = [L(lang, "base"), "% " + L(lang, "vat"), L(lang, "vat")] + (["% RE", L(lang, "re")] if doc.get("re_total") else []) + ([L(lang, "irpf")] if doc.get("irpf") else [])
    for i, h in enumerate(th):
        box(x + i * bw, fy - 20, bw, 48); cap(x + i * bw + 3, fy + 21, h)
    for j, t in enumerate(doc["taxes"]):
        vals = [f.n(t["base"]), f.pct(t["rate"]), f.n(t["tax"])] + ([f.pct(t["re_rate"]), f.n(t["re"])] if doc.get("re_total") else [])
        for i, v in enumerate(vals):
            c.setFont("Courier", 8.5); c.drawRightString(x + (i + 1) * bw - 4, fy + 8 - 11 * j, v)
    if doc.get("irpf"):
        i = len(th) - 1
        c.drawRightString(x + (i + 1) * bw - 4, fy + 8, f.n(-doc["irpf"]))
    box(W - 36 - 130, fy - 20, 130, 48); cap(W - 36 - 126, fy + 21, L(lang, "total") + f" ({doc['cur']})")
    c.setFont("Courier-Bold", 12); c.drawRightString(W - 42, fy - 4, f.m(doc["total"]))
    c.setFont("Helvetica", 7)
    y = fy - 36
    notes = legal_notes(doc)
    if doc.get("payment") is not False:
        notes.insert(0, f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}   {L(lang, 'iban')}: {s.get('iban', '')}")
    for t in notes:
        for p in simpleSplit(t, "Helvetica", 7, W - 72):
            c.drawString(36, y, p); y -= 9
    fl = footer_legal(doc)
    if fl:
        c.setFillColorRGB(*form); c.setFont("Helvetica", 6); c.drawString(36, 24, fl[:160])
    c.showPage(); c.save()
    clear_epoch()


# ====================================================================== ReportLab platypus (multi-page)
def rl_platypus(path, doc, rng, fontkind="helv", creator=None):
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    import html
    set_epoch(doc, rng)
    FR, FB = rl_fonts(fontkind)
    lang, f = doc["lang"], doc["fmt"]
    ttl = doc.get("title") or title(lang, doc["doc_type"])
    st = ParagraphStyle("n", fontName=FR, fontSize=8.5, leading=10.5)
    stb = ParagraphStyle("b", parent=st, fontName=FB)
    sth = ParagraphStyle("h", fontName=FB, fontSize=18, leading=22, textColor=colors.HexColor("#2b4c7e"))
    E = html.escape
    story = []
    s, b = doc["supplier"], doc["buyer"]
    left = "<br/>".join([f"<b>{E(s['name'])}</b>"] + [E(t) for t in party_lines(s, lang)[1:]])
    right = "<br/>".join(f"{E(k)}: <b>{E(v)}</b>" for k, v in meta_rows(doc))
    t = Table([[Paragraph(left, st), Paragraph(f"<font size=18 color='#2b4c7e'><b>{E(ttl)}</b></font><br/><br/>{right}", st)]], colWidths=[95 * mm, 85 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 6 * mm)]
    if b:
        bl = party_lines(b, lang)
        story.append(Table([[Paragraph(f"<font size=7 color='#666'>{E(L(lang, 'bill_to').upper())}</font><br/><b>{E(bl[0])}</b><br/>" + "<br/>".join(E(x) for x in bl[1:]), st)]],
                           colWidths=[90 * mm], style=TableStyle([("BOX", (0, 0), (-1, -1), .6, colors.grey), ("LEFTPADDING", (0, 0), (-1, -1), 6)])))
        story.append(Spacer(1, 6 * mm))
    cols = columns_for(doc, {"unit_col": lang not in ("en",)})
    data = [[Paragraph(f"<b>{E(L(lang, COLKEY[k]))}</b>", st) for k in cols]]
    for ln in doc["lines"]:
        row = []
        for k in cols:
            txt = cell_text(doc, ln, k)
            if k == "desc":
                row.append(Paragraph(E(txt) + (f"<br/><font size=7 color='#666'>{E(ln['sub'])}</font>" if ln.get("sub") else ""), st))
            else:
                row.append(txt)
        data.append(row)
    fixed = sum(WIDTHS[k] for k in cols if k != "desc")
    cw = [(A4[0] - 30 * mm - fixed) if k == "desc" else WIDTHS[k] for k in cols]
    tbl = Table(data, colWidths=cw, repeatRows=1)
    ts = [("FONT", (0, 1), (-1, -1), FR, 8.5), ("GRID", (0, 0), (-1, -1), .4, colors.HexColor("#999999")), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe6ef")),
          ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, k in enumerate(cols):
        if k in NUMCOLS: ts.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for r in range(2, len(data), 2):
        ts.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f5f7fa")))
    tbl.setStyle(TableStyle(ts))
    story += [tbl, Spacer(1, 5 * mm)]
    if doc.get("pack_totals"):
        story.append(Paragraph(f"<b>{E(doc['pack_totals'])}</b>", st))
    rows = totals_rows(doc)
    if rows:
        tt = Table([[Paragraph(E(k), stb if c_ == "grand" else st), Paragraph(f"<para align='right'>{'<b>' if c_ == 'grand' else ''}{E(v)}{'</b>' if c_ == 'grand' else ''}</para>", st)] for k, v, c_ in rows],
                   colWidths=[45 * mm, 35 * mm], hAlign="RIGHT")
        tt.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
        story.append(tt)
    notes = legal_notes(doc)
    if doc["doc_type"] in ("invoice", "proforma") and doc.get("payment") is not False:
        notes.insert(0, f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}")
        if s.get("iban"): notes.insert(1, f"IBAN {s['iban']} · BIC {s.get('bic', '')}")
        elif s.get("bank"): notes.insert(1, f"Beneficiary bank: {s['bank']} · A/C {s.get('account')} · SWIFT {s.get('swift')}")
    story.append(Spacer(1, 6 * mm))
    for n in notes:
        story.append(Paragraph(E(n), st))
    fl = footer_legal(doc)

    def on_page(cv, d):
        cv.saveState(); cv.setFont(FR, 7); cv.setFillColorRGB(.4, .4, .4)
        if fl: cv.drawString(15 * mm, 10 * mm, fl[:150])
        cv.drawRightString(A4[0] - 15 * mm, 10 * mm, f"{L(lang, 'page')} {d.page}")
        cv.restoreState()
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=18 * mm,
                          title=f"{ttl} {doc['number']}", author=s["name"], creator=creator or "ReportLab")
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)
    clear_epoch()


# ====================================================================== fpdf2 layouts
def _fpdf_date(doc, rng):
    t = dt.datetime.combine(doc["date"] + dt.timedelta(days=rng.randint(0, 1)), dt.time(rng.randint(8, 19), rng.randint(0, 59)))
    return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=1)))


def fpdf_invoice(path, doc, rng, variant="F1", creator=None):
    """F1: core Helvetica, boxed cells, latin-1 only ('EUR' instead of the euro sign).
       F2: Unicode font (DejaVu / WenQuanYi), coloured header band."""
    from fpdf import FPDF
    lang, f = doc["lang"], doc["fmt"]
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(_fpdf_date(doc, rng))
    pdf.set_title(f"{doc['number']}")
    pdf.set_author(doc["supplier"]["name"])
    if creator: pdf.set_creator(creator)
    if variant == "F1":
        fam, fb = "helvetica", "B"
        pdf.core_fonts_encoding = "windows-1252"
    else:
        if lang in ("zh", "ja"):
            pdf.add_font("wqy", "", WQY, collection_font_number=0)
            pdf.add_font("wqy", "B", WQY, collection_font_number=0)
            fam = "wqy"
        else:
            pdf.add_font("dv", "", DEJAVU); pdf.add_font("dv", "B", DEJAVU_B); fam = "dv"
        fb = "B"
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 22)
    s, b = doc["supplier"], doc["buyer"]
    ttl = doc.get("title") or title(lang, doc["doc_type"])
    local = lang in ("zh", "ja")
    page_lbl = L(lang, "page")
    fl = footer_legal(doc)

    class P(FPDF):
        pass

    def footer():
        pdf.set_y(-15)
        pdf.set_font(fam, "", 6.5)
        pdf.set_text_color(90, 90, 90)
        if fl: pdf.cell(150, 4, fl[:140])
        pdf.cell(0, 4, f"{page_lbl} {pdf.page_no()}/{{nb}}", align="R")
        pdf.set_text_color(0, 0, 0)
    pdf.footer = footer
    pdf.add_page()
    if variant == "F2":
        pdf.set_fill_color(40, 90, 140)
        pdf.rect(0, 0, 210, 34, "F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_xy(12, 8); pdf.set_font(fam, fb, 14); pdf.cell(120, 7, s.get("name_local") if local and s.get("name_local") else s["name"])
        pdf.set_font(fam, "", 8)
        for i, t in enumerate(party_lines(s, lang, local)[1:]):
            pdf.set_xy(12, 16 + 4 * i); pdf.cell(120, 4, t)
        pdf.set_xy(130, 10); pdf.set_font(fam, fb, 18); pdf.cell(68, 10, ttl, align="R")
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(12, 40)
    else:
        pdf.set_font(fam, fb, 13); pdf.cell(0, 6, s["name"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 8)
        for t in party_lines(s, lang)[1:] + ([f"{L(lang, 'tel')} {s.get('phone', '')} - {s.get('email', '')}"] if s.get("phone") else []):
            pdf.cell(0, 4, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(120, 12); pdf.set_font(fam, fb, 18); pdf.cell(78, 9, ttl, align="R")
        pdf.set_xy(10, 44)
    # meta + buyer side by side
    y0 = pdf.get_y()
    pdf.set_font(fam, "", 8.5)
    for i, (k, v) in enumerate(meta_rows(doc)):
        pdf.set_xy(120, y0 + 5 * i)
        pdf.set_font(fam, "", 8.5); pdf.cell(32, 5, k + ":", border=1 if variant == "F1" else 0)
        pdf.set_font(fam, fb, 8.5 if len(v) < 24 else 6.5); pdf.cell(46, 5, v, border=1 if variant == "F1" else 0)
    if b:
        bl = party_lines(b, lang, local)
        pdf.set_xy(12, y0)
        pdf.set_font(fam, "", 7); pdf.cell(90, 4, (L(lang, "bill_to") if doc["doc_type"] != "purchase_order" else L(lang, "supplier")).upper(), new_x="LMARGIN", new_y="NEXT")
        for i, t in enumerate(bl):
            pdf.set_x(12); pdf.set_font(fam, fb if i == 0 else "", 9 if i == 0 else 8.5); pdf.cell(100, 4.6, t, new_x="LMARGIN", new_y="NEXT")
        if variant == "F1":
            pdf.rect(10, y0 - 1, 100, 6 + 4.6 * len(bl))
    pdf.set_y(max(pdf.get_y(), y0 + 5 * len(meta_rows(doc))) + 8)
    cols = columns_for(doc, {"unit_col": lang not in ("en",)})
    wmap = {"code": 22, "desc": 0, "qty": 16, "unit": 12, "price": 22, "disc": 14, "rate": 14, "amount": 26, "cartons": 16, "nw": 18, "gw": 18, "cbm": 18}
    fixed = sum(wmap[k] for k in cols if k != "desc")
    wmap["desc"] = 190 - fixed

    def head():
        pdf.set_font(fam, fb, 8)
        if variant == "F2": pdf.set_fill_color(225, 233, 242)
        else: pdf.set_fill_color(220, 220, 220)
        for k in cols:
            pdf.cell(wmap[k], 6, L(lang, COLKEY[k]), border=1, align="R" if k in NUMCOLS else "L", fill=True)
        pdf.ln()
    head()
    pdf.set_font(fam, "", 8.3)
    for i, ln in enumerate(doc["lines"]):
        if pdf.get_y() > 255:
            pdf.add_page(); head(); pdf.set_font(fam, "", 8.3)
        fill = variant == "F2" and i % 2 == 1
        pdf.set_fill_color(246, 248, 251)
        desc = ln["desc"] + (f" ({ln['sub']})" if ln.get("sub") else "")
        maxw = wmap["desc"] - 2
        while pdf.get_string_width(desc) > maxw and len(desc) > 5:
            desc = desc[:-2]
        for k in cols:
            t = desc if k == "desc" else cell_text(doc, ln, k)
            pdf.cell(wmap[k], 5.5, t, border="LR" if variant == "F1" else "B", align="R" if k in NUMCOLS else "L", fill=fill)
        pdf.ln()
    pdf.cell(190, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    if doc.get("pack_totals"):
        pdf.ln(2); pdf.set_font(fam, fb, 8); pdf.multi_cell(190, 4.5, doc["pack_totals"])
    pdf.ln(3)
    rows = totals_rows(doc)
    if pdf.get_y() + 6 * len(rows) > 265:
        pdf.add_page()
    for lbl, val, css in rows:
        pdf.set_x(120)
        pdf.set_font(fam, fb if css == "grand" else "", 10 if css == "grand" else 8.5)
        if css == "grand" and variant == "F2":
            pdf.set_fill_color(40, 90, 140); pdf.set_text_color(255, 255, 255)
        pdf.cell(45, 6, lbl, border=1 if variant == "F1" else 0, fill=(css == "grand" and variant == "F2"))
        pdf.cell(35, 6, val, border=1 if variant == "F1" else 0, align="R", fill=(css == "grand" and variant == "F2"))
        pdf.set_text_color(0, 0, 0)
        pdf.ln()
    if doc.get("words"):
        pdf.ln(1); pdf.set_font(fam, "", 8); pdf.cell(0, 5, f"Słownie: {pl_words(doc['total'])}", new_x="LMARGIN", new_y="NEXT")
    if lang == "zh" and doc["cur"] == "CNY":
        pdf.ln(1); pdf.set_font(fam, "", 8); pdf.cell(0, 5, f"合计人民币（大写）：{cn_upper(doc['total'])}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    notes = legal_notes(doc)
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") and doc.get("payment") is not False:
        notes.insert(0, f"{L(lang, 'payment')}: {doc.get('payment') or PAY_TERMS[lang][0]}")
        if s.get("iban"): notes.insert(1, f"{L(lang, 'iban')}: {s['iban']} - BIC {s.get('bic', '')}")
        elif s.get("bank"): notes.insert(1, f"{L(lang, 'bank')}: {s['bank']} A/C {s.get('account', '')} SWIFT {s.get('swift', '')}")
    pdf.set_font(fam, "", 8)
    for n in notes:
        pdf.multi_cell(190, 4.2, n, new_x="LMARGIN", new_y="NEXT")
    if doc.get("atcud"):
        img = __import__("common").qr_png(pt_qr_text(doc, doc["atcud"]), 4)
        pdf.image(img, x=165, y=pdf.get_y() + 2, w=30)
        pdf.multi_cell(150, 4, f"{doc.get('hash4')}-Processado por programa certificado n.º {doc.get('cert')}/AT")
    if doc["doc_type"] == "delivery_note":
        pdf.ln(14)
        pdf.cell(80, 5, L(lang, "received"), border="T"); pdf.cell(20, 5, ""); pdf.cell(80, 5, L(lang, "signature"), border="T")
    pdf.output(path)
