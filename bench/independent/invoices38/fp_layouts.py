"""fpdf2 layouts: small-trader invoice, boxed EU/US invoice, cash & carry price list."""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from common import D, DEJAVU, DEJAVU_B, DEJAVU_SERIF, DEJAVU_SERIF_B
from html_templates import reg, start
from i18n import t

NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def _pdf(doc, unicode_font, orientation="P", fmt="A4"):
    pdf = FPDF(orientation=orientation, unit="mm", format=fmt)
    pdf.set_creator(doc.extra.get("creator", "FPDF2"))
    pdf.set_title(f"Invoice {doc.number}")
    pdf.set_author(doc.supplier.name)
    if unicode_font:
        pdf.add_font("DV", "", DEJAVU)
        pdf.add_font("DV", "B", DEJAVU_B)
        pdf.add_font("DVS", "", DEJAVU_SERIF)
        pdf.add_font("DVS", "B", DEJAVU_SERIF_B)
        return pdf, "DV"
    return pdf, "Helvetica"


def small_trader(doc, out, serif=False):
    """A sole-trader / small-business invoice, the kind built from a simple invoicing app."""
    start(doc)
    c = doc.compute()
    uni = doc.currency != "GBP" or serif
    pdf, F = _pdf(doc, uni)
    if serif:
        F = "DVS"
    s, b = doc.supplier, doc.buyer
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    pdf.set_font(F, "B", 24)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 12, "INVOICE", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 9)
    pdf.set_y(18)
    pdf.set_x(120)
    pdf.multi_cell(72, 4.4, "\n".join([s.name] + s.addr + [s.phone, s.email] + ([f"VAT No: {s.vat}"] if s.vat else [])), align="R", **NL)
    pdf.ln(6)
    y0 = pdf.get_y()
    pdf.set_font(F, "B", 9)
    pdf.cell(80, 5, "BILL TO", **NL)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(80, 4.6, "\n".join([b.name] + b.addr), **NL)
    yb = pdf.get_y()
    pdf.set_xy(120, y0)
    rows = [("Invoice #", doc.number), ("Date", reg(doc, "date", doc.d()))]
    if doc.due:
        rows.append(("Due", reg(doc, "due", doc.d(doc.due))))
    for k, v in rows:
        pdf.set_x(120)
        pdf.set_font(F, "B", 9)
        pdf.cell(30, 5, k)
        pdf.set_font(F, "", 9)
        pdf.cell(42, 5, v, align="R", **NL)
    pdf.set_y(max(yb, pdf.get_y()) + 8)
    pdf.set_fill_color(235, 235, 235)
    pdf.set_font(F, "B", 9)
    widths = (92, 20, 30, 32)
    for w, h, al in zip(widths, ["Item", "Qty", "Price", "Amount"], "LRRR"):
        pdf.cell(w, 7, h, border="B", align=al, fill=True)
    pdf.ln()
    pdf.set_font(F, "", 9.5)
    for i, l in enumerate(doc.lines):
        pdf.cell(widths[0], 7, l.desc, border="B")
        pdf.cell(widths[1], 7, reg(doc, "qty", doc.qty(l.qty)), border="B", align="R")
        pdf.cell(widths[2], 7, doc.m(l.unit), border="B", align="R")
        pdf.cell(widths[3], 7, doc.m(c["nets"][i]), border="B", align="R", **NL)
    pdf.ln(3)
    tl = [("Subtotal", doc.m(c["subtotal"]))]
    if c["shipping"]:
        tl.append(("Postage & packing", doc.m(c["shipping"])))
    if not doc.extra.get("no_vat"):
        for r_, bb, v, g in c["by_rate"]:
            tl.append((f"VAT @ {doc.n(r_, 0)}%", doc.m(v)))
    for k, v in tl:
        pdf.set_x(112)
        pdf.cell(48, 6, k)
        pdf.cell(32, 6, v, align="R", **NL)
    pdf.set_x(112)
    pdf.set_font(F, "B", 11)
    pdf.cell(48, 9, "Total due", border="T")
    pdf.cell(32, 9, reg(doc, "total", doc.m(c["total"])), border="T", align="R", **NL)
    pdf.ln(10)
    pdf.set_font(F, "", 8.5)
    bank = s.bank
    pay = [f"{doc.refs.get('Terms', '')}."]
    if bank:
        pay.append(f"Bank: {bank.get('bank', '')}   Sort code: {bank.get('sort', '')}   Account: {bank.get('account', '')}")
    pay += doc.notes + ["Thank you!"]
    pdf.multi_cell(0, 4.6, "\n".join(pay), **NL)
    pdf.output(out)
    return pdf.pages_count


def boxed(doc, out, accent=(30, 90, 140)):
    """Boxed invoice with shaded headers; works for en_US / en_IE / nl / de."""
    start(doc)
    c = doc.compute()
    lg = doc.lang
    fmt = "Letter" if doc.locale == "en_US" else "A4"
    pdf, F = _pdf(doc, True, fmt=fmt)
    s, b = doc.supplier, doc.buyer
    pdf.add_page()
    pdf.set_auto_page_break(True, 18)
    W = pdf.w - 30
    pdf.set_margins(15, 14, 15)
    pdf.set_font(F, "B", 16)
    pdf.set_text_color(*accent)
    pdf.cell(W * 0.6, 9, s.name)
    pdf.set_font(F, "B", 20)
    pdf.cell(W * 0.4, 9, t(lg, "invoice").upper(), align="R", **NL)
    pdf.set_text_color(40, 40, 40)
    pdf.set_font(F, "", 8.5)
    pdf.multi_cell(W * 0.6, 4.2, "\n".join([", ".join(s.addr), f"{s.phone} · {s.email}"] + [f"{k} {v}" for k, v in s.ids.items()]
                                          + ([f"{t(lg, 'vat_no')} {s.vat}"] if s.vat else [])), **NL)
    pdf.ln(5)
    y = pdf.get_y()
    # two boxes
    boxes = [(t(lg, "customer"), [b.name] + b.addr + ([f"{t(lg, 'vat_no')} {b.vat}"] if b.vat else []))]
    if doc.ship_to:
        boxes.append((t(lg, "deliver"), [doc.ship_to.name] + doc.ship_to.addr))
    bw = W * 0.3
    for i, (h, ls) in enumerate(boxes):
        x = 15 + i * (bw + 3)
        pdf.set_xy(x, y)
        pdf.set_fill_color(*accent)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font(F, "B", 8)
        pdf.cell(bw, 5.5, " " + h.upper(), fill=True, **NL)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(F, "", 8.8)
        pdf.set_x(x)
        pdf.multi_cell(bw, 4.4, "\n".join(ls), border=1, align="L", **NL)
    meta = [(t(lg, "number"), doc.number), (t(lg, "date"), reg(doc, "date", doc.d()))]
    if doc.due:
        meta.append((t(lg, "due"), reg(doc, "due", doc.d(doc.due))))
    meta += [(k, str(v)) for k, v in doc.refs.items() if v]
    pdf.set_font(F, "", 8.5)
    for i, (k, v) in enumerate(meta):
        pdf.set_xy(15 + W * 0.66, y + i * 5)
        pdf.set_fill_color(240, 240, 240)
        pdf.cell(W * 0.14, 5, k, border=1, fill=True)
        pdf.cell(W * 0.20, 5, v, border=1, align="R")
    pdf.set_y(max(pdf.get_y() + 12, y + 38))
    cols = [(W * 0.46, t(lg, "desc"), "L"), (W * 0.1, t(lg, "qty"), "R"), (W * 0.15, t(lg, "unit"), "R"),
            (W * 0.1, t(lg, "rate"), "R"), (W * 0.19, t(lg, "amount"), "R")]
    pdf.set_fill_color(*accent)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(F, "B", 8.5)
    for w, h, al in cols:
        pdf.cell(w, 6.5, h, border=1, align=al, fill=True)
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 8.8)
    for i, l in enumerate(doc.lines):
        fill = i % 2 == 1
        pdf.set_fill_color(244, 247, 250)
        vals = [l.desc + (f"  [{l.code}]" if l.code else ""), reg(doc, "qty", doc.qty(l.qty)), doc.n(l.unit),
                f"{doc.n(l.rate, 0)}%", doc.n(c["nets"][i])]
        for (w, h, al), v in zip(cols, vals):
            pdf.cell(w, 6, v, border="LR", align=al, fill=fill)
        pdf.ln()
    pdf.cell(W, 0, "", border="T", **NL)
    pdf.ln(3)
    tl = [(t(lg, "subtotal"), doc.n(c["subtotal"]))]
    if c["shipping"]:
        tl.append((t(lg, "shipping"), doc.n(c["shipping"])))
    for r_, bb, v, g in c["by_rate"]:
        if doc.currency == "USD" and r_ == 0:
            tl.append(("Sales tax (exempt)", doc.n(v)))
        else:
            tl.append((f"{t(lg, 'vat')} {doc.n(r_, 0)}%", doc.n(v)))
    for k, v in tl:
        pdf.set_x(15 + W * 0.55)
        pdf.cell(W * 0.26, 6, k, border=1)
        pdf.cell(W * 0.19, 6, v, border=1, align="R", **NL)
    pdf.set_x(15 + W * 0.55)
    pdf.set_font(F, "B", 10)
    pdf.set_fill_color(*accent)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(W * 0.26, 8, f"{t(lg, 'total')} {doc.currency}", border=1, fill=True)
    pdf.cell(W * 0.19, 8, reg(doc, "total", doc.m(c["total"])), border=1, align="R", fill=True, **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font(F, "", 8)
    pdf.multi_cell(0, 4.2, "\n".join(doc.notes + [f"{t(lg, 'bank')}: " + " · ".join(f"{k} {v}" for k, v in s.bank.items())]), **NL)
    pdf.output(out)
    return pdf.pages_count


def price_list(doc, out):
    start(doc)
    pdf, F = _pdf(doc, False)
    s = doc.supplier
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, s.name.upper(), align="C", **NL)
    pdf.set_font(F, "", 9)
    pdf.cell(0, 5, ", ".join(s.addr) + f"  Tel {s.phone}", align="C", **NL)
    pdf.set_font(F, "B", 13)
    pdf.ln(4)
    pdf.cell(0, 8, f"TRADE PRICE LIST - effective {reg(doc, 'date', doc.d())}", align="C", **NL)
    pdf.set_font(F, "", 8)
    pdf.cell(0, 5, "All prices exclude VAT unless marked. Prices subject to change without notice. Trade card holders only.", align="C", **NL)
    pdf.ln(4)
    pdf.set_font(F, "B", 9)
    pdf.set_fill_color(30, 30, 30)
    pdf.set_text_color(255, 255, 255)
    for w, h in ((30, "Code"), (90, "Product"), (20, "VAT"), (30, "Case price")):
        pdf.cell(w, 7, h, fill=True, align="L" if w != 30 or h == "Code" else "R")
    pdf.ln()
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(F, "", 9)
    for i, l in enumerate(doc.lines):
        pdf.set_fill_color(235, 235, 235)
        f = i % 2 == 0
        pdf.cell(30, 6.5, l.code, fill=f)
        pdf.cell(90, 6.5, l.desc, fill=f)
        pdf.cell(20, 6.5, {D(20): "S 20%", D(5): "R 5%", D(0): "Z 0%"}[l.rate], fill=f)
        pdf.cell(30, 6.5, "£" + doc.n(l.unit), fill=f, align="R", **NL)
    pdf.ln(6)
    pdf.set_font(F, "", 8)
    pdf.multi_cell(0, 4.5, "Promotional prices valid while stocks last. E&OE. Pennine Cash & Carry Ltd is not responsible for typographical errors.", **NL)
    pdf.output(out)
    return pdf.pages_count
