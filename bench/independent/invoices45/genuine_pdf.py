"""Invoices drawn directly with ReportLab (canvas) and fpdf2: modern, dot-matrix, customs broker, receipts, letters."""
import os, random
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("DJ", DJ + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DJB", DJ + "DejaVuSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("DJM", DJ + "DejaVuSansMono.ttf"))
LATIN1 = {"en", "de", "fr", "it", "es", "nl", "zh"}


def can_core(spec):
    txt = " ".join([spec["supplier"]["name"], spec["supplier"]["addr"], spec["buyer"]["name"], spec["buyer"]["addr"],
                    spec["buyer"]["tax"], spec["supplier"]["tax"]] + [x["desc"] for x in spec["lines"]])
    try:
        txt.encode("cp1252")
        return spec["lang"] in LATIN1
    except UnicodeEncodeError:
        return False


def rl_doc(spec, out, style="modern"):
    l = L(spec)
    core = can_core(spec) and style != "dotmatrix"
    spec["core"] = core or (style == "dotmatrix" and can_core(spec))
    F, FB = ("Helvetica", "Helvetica-Bold") if core else ("DJ", "DJB")
    if style == "dotmatrix":
        F = FB = "Courier" if can_core(spec) else "DJM"
    c = canvas.Canvas(out, pagesize=A4, invariant=0)
    c.setAuthor(spec["supplier"]["name"])
    c.setTitle(f"{l.get(spec['doc_type'], 'Document')} {spec['number']}")
    W, H = A4
    title = l.get(spec["doc_type"], "")

    def header(first=True):
        y = H - 50
        if style == "modern":
            c.setFillColorRGB(0.15, 0.25, 0.45); c.rect(0, H - 80, W, 80, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
            c.setFont(FB, 18); c.drawString(40, H - 50, spec["supplier"]["name"]); c.setFont(F, 9)
            c.drawString(40, H - 66, spec["supplier"]["addr"] + "   " + spec["supplier"]["tax"]); c.setFillColorRGB(0, 0, 0)
            y = H - 110
        else:
            c.setFont(FB, 11); c.drawString(40, y, spec["supplier"]["name"]); c.setFont(F, 9)
            c.drawString(40, y - 13, spec["supplier"]["addr"]); c.drawString(40, y - 26, spec["supplier"]["tax"]); y -= 50
        return y

    y = header()
    c.setFont(FB, 15); c.drawRightString(W - 40, y, title); y -= 20
    c.setFont(F, 9)
    c.drawRightString(W - 40, y, f"{l['no']}: {spec['number']}"); c.drawRightString(W - 40, y - 12, f"{l['date']}: {dstr(spec)}")
    if style == "customs":
        c.drawRightString(W - 40, y - 24, f"Beyanname No: 26341300IM{spec['iban'][:6]}")
    c.setFont(FB, 9); c.drawString(40, y, l["buyer"] + ":"); c.setFont(F, 9)
    c.drawString(40, y - 12, spec["buyer"]["name"]); c.drawString(40, y - 24, spec["buyer"]["addr"]); c.drawString(40, y - 36, spec["buyer"]["tax"])
    y -= 60
    amounts = has_amounts(spec)
    cols = [40, 65, 330, 390, 470] if amounts else [40, 65, 470]

    def thead(y):
        c.setFont(FB, 8.5)
        hs = ["#", l["desc"], l["qty"], l["unit"], l["amount"]] if amounts else ["#", l["desc"], l["qty"]]
        for x, h in zip(cols, hs):
            c.drawString(x, y, h)
        c.line(40, y - 4, W - 40, y - 4)
        if style == "dotmatrix":
            c.drawString(40, y - 12, "-" * 95 if F == "Courier" else "-" * 80)
        return y - 16

    y = thead(y)
    c.setFont(F, 8.5)
    page = 1
    for i, it in enumerate(spec["lines"], 1):
        if y < 120:
            c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{page}"); c.showPage(); page += 1
            y = header(False) - 10; y = thead(y); c.setFont(F, 8.5)
        c.drawString(cols[0], y, str(i)); c.drawString(cols[1], y, it["desc"][:48])
        c.drawString(cols[2], y, f"{it['qty']} {l['pcs']}")
        if amounts:
            c.drawRightString(cols[4] - 10, y, money(it["price"], spec, False)); c.drawRightString(W - 40, y, money(it["net"], spec, False))
        y -= 13
    if amounts and spec["doc_type"] != "price_list":
        if y < 190:
            c.showPage(); page += 1; y = H - 80; c.setFont(F, 8.5)
        c.line(330, y, W - 40, y); y -= 14
        rows = [(l["subtotal"], money(spec["subtotal"], spec))]
        if spec["disc_amt"]:
            rows.append((f"{l['discount']} {int(spec['disc_pct'])}%", "-" + money(spec["disc_amt"], spec)))
        if spec["shipping"]:
            rows.append((l["shipping"], money(spec["shipping"], spec)))
        for r, a in spec["tax_amts"].items():
            rows.append((f"{l['vat']} {'%' + str(r) if spec['lang']=='tr' else str(r) + '%'}", money(a, spec)))
        for k, v in rows:
            c.drawString(330, y, k); c.drawRightString(W - 40, y, v); y -= 13
        c.setFont(FB, 10.5); c.drawString(330, y - 3, l["total"]); c.drawRightString(W - 40, y - 3, money(spec["total"], spec)); y -= 30
    c.setFont(F, 8)
    c.drawString(40, max(y, 60), l["due"].format(iban=spec["iban"]))
    if style == "customs":
        c.drawString(40, max(y, 60) - 12, "Gümrük vergisi ve KDV müşteri adına ödenmiş olup masraf olarak yansıtılmıştır.")
    c.setFont(F, 7); c.drawRightString(W - 40, 30, f"{page}")
    c.save()


def rl_letter(spec, out):
    c = canvas.Canvas(out, pagesize=A4)
    W, H = A4
    c.setFont("DJB", 12); c.drawString(50, H - 60, spec["supplier"]["name"]); c.setFont("DJ", 9)
    c.drawString(50, H - 74, spec["supplier"]["addr"]); c.drawRightString(W - 50, H - 110, fdate(spec["date"], "tr"))
    c.drawString(50, H - 140, "Sayın " + spec["buyer"]["name"] + ","); c.drawString(50, H - 152, spec["buyer"]["addr"])
    txt = ["Konu: Menşe beyanı ve tedarik teyidi", "",
           f"Firmanız tarafından Amazon mağazasında satışa sunulan ev tekstili ürünlerinin ({spec['lines'][0]['desc']} dahil)",
           "firmamız tarafından üretildiğini ve tarafınıza faturalı olarak teslim edildiğini teyit ederiz.",
           "Bu yazı fatura yerine geçmez; ilgili faturalar e-Fatura sistemi üzerinden ayrıca iletilmiştir.", "", "Saygılarımızla,", "", spec["supplier"]["name"]]
    y = H - 190
    for t in txt:
        c.drawString(50, y, t); y -= 14
    c.save()


# ---------------------------------------------------------------- fpdf2
from fpdf import FPDF


def fp_doc(spec, out, receipt=False):
    l = L(spec)
    core = can_core(spec)
    spec["core"] = core
    pdf = FPDF(format=(80, 200) if receipt else "A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, 20)
    if core:
        fam = "Helvetica"
    else:
        pdf.add_font("DJ", "", DJ + "DejaVuSans.ttf"); pdf.add_font("DJ", "B", DJ + "DejaVuSans-Bold.ttf"); fam = "DJ"
    pdf.set_creator("Invoicing"); pdf.set_title(spec["number"])
    pdf.add_page()
    m = pdf.l_margin
    wf = pdf.w - 2 * m
    sym = lambda s: s
    if receipt:
        pdf.set_font(fam, "B", 10); pdf.multi_cell(wf, 5, spec["supplier"]["name"], align="C")
        pdf.set_font(fam, "", 7); pdf.multi_cell(wf, 3.5, spec["supplier"]["addr"] + "\n" + spec["supplier"]["tax"], align="C")
        pdf.ln(2); pdf.set_font(fam, "B", 9); pdf.cell(wf, 5, l["receipt"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 7); pdf.cell(wf, 4, f"{spec['number']}   {dstr(spec)}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(wf, 4, l["buyer"] + ": " + spec["buyer"]["name"], new_x="LMARGIN", new_y="NEXT")
        for it in spec["lines"]:
            pdf.cell(wf, 4, it["desc"][:36], new_x="LMARGIN", new_y="NEXT")
            pdf.cell(wf * 0.6, 4, f"  {it['qty']} x {money(it['price'], spec, False)}"); pdf.cell(wf * 0.4, 4, money(it["net"], spec, False), align="R", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.set_font(fam, "B", 16); pdf.cell(wf, 10, l.get(spec["doc_type"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(fam, "", 9)
        y0 = pdf.get_y()
        pdf.multi_cell(wf / 2, 4.5, f"{l['seller']}:\n{spec['supplier']['name']}\n{spec['supplier']['addr']}\n{spec['supplier']['tax']}")
        pdf.set_xy(m + wf / 2, y0)
        pdf.multi_cell(wf / 2, 4.5, f"{l['buyer']}:\n{spec['buyer']['name']}\n{spec['buyer']['addr']}\n{spec['buyer']['tax']}")
        pdf.ln(3); pdf.cell(wf, 5, f"{l['no']}: {spec['number']}     {l['date']}: {dstr(spec)}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
        w = [10, 82, 22, 28, 38] if has_amounts(spec) else [10, 140, 30]
        pdf.set_font(fam, "B", 8.5); pdf.set_fill_color(230, 230, 230)
        hs = ["#", l["desc"], l["qty"], l["unit"], l["amount"]] if has_amounts(spec) else ["#", l["desc"], l["qty"]]
        for ww, h in zip(w, hs):
            pdf.cell(ww, 6, h, border=1, fill=True)
        pdf.ln(); pdf.set_font(fam, "", 8.5)
        for i, it in enumerate(spec["lines"], 1):
            vals = [str(i), it["desc"][:44], f"{it['qty']} {l['pcs']}"]
            if has_amounts(spec):
                vals += [money(it["price"], spec, False), money(it["net"], spec, False)]
            for j, (ww, v) in enumerate(zip(w, vals)):
                pdf.cell(ww, 5.5, v, border=1, align="R" if j >= 3 else "L")
            pdf.ln()
    if has_amounts(spec):
        rows = [(l["subtotal"], money(spec["subtotal"], spec))]
        if spec["disc_amt"]:
            rows.append((f"{l['discount']} {int(spec['disc_pct'])}%", "-" + money(spec["disc_amt"], spec)))
        if spec["shipping"]:
            rows.append((l["shipping"], money(spec["shipping"], spec)))
        for r, a in spec["tax_amts"].items():
            rows.append((f"{l['vat']} {r}%", money(a, spec)))
        rows.append((l["total"], money(spec["total"], spec)))
        pdf.ln(2)
        for k, (a, b) in enumerate(rows):
            pdf.set_font(fam, "B" if k == len(rows) - 1 else "", 9)
            pdf.cell(wf * 0.6, 5, sym(a), align="R"); pdf.cell(wf * 0.4, 5, sym(b), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_font(fam, "", 7 if receipt else 8)
    pdf.multi_cell(wf, 4, l["due"].format(iban=spec["iban"]) + "\n" + l["thanks"].replace("#{words}#", ""))
    pdf.output(out)


def plan():
    R = [("rl", "modern", "en", "invoice", {"currency": "GBP"}), ("rl", "modern", "de", "invoice", {}), ("rl", "modern", "nl", "invoice", {}),
         ("rl", "modern", "es", "invoice", {}), ("rl", "modern", "it", "invoice", {}), ("rl", "modern", "fr", "invoice", {}),
         ("rl", "modern", "en", "invoice", {"currency": "USD", "datevar": 2, "n_items": 48}), ("rl", "modern", "de", "invoice", {"n_items": 40}),
         ("rl", "modern", "zh", "invoice", {"tax": False}), ("rl", "modern", "en", "invoice", {"currency": "EUR", "arith_error": True}),
         ("rl", "dotmatrix", "tr", "invoice", {}), ("rl", "dotmatrix", "tr", "delivery_note", {}), ("rl", "dotmatrix", "tr", "tax_invoice", {"arith_error": True}),
         ("rl", "dotmatrix", "en", "invoice", {"currency": "EUR"}),
         ("rl", "customs", "tr", "invoice", {"n_items": 3}), ("rl", "customs", "tr", "invoice", {"n_items": 4}),
         ("rl", "modern", "en", "purchase_order", {"currency": "USD"}), ("rl", "modern", "de", "price_list", {}), ("rl", "letter", "tr", "letter", {}),
         ("fp", "simple", "en", "invoice", {"currency": "GBP"}), ("fp", "simple", "de", "invoice", {}), ("fp", "simple", "fr", "invoice", {}),
         ("fp", "simple", "it", "invoice", {}), ("fp", "simple", "es", "invoice", {}), ("fp", "simple", "nl", "invoice", {}),
         ("fp", "simple", "zh", "invoice", {"tax": False}), ("fp", "simple", "en", "invoice", {"currency": "USD", "datevar": 2}),
         ("fp", "simple", "ro", "invoice", {}), ("fp", "simple", "pl", "invoice", {"arith_error": True}), ("fp", "simple", "bg", "invoice", {}),
         ("fp", "receipt", "en", "receipt", {"currency": "GBP", "n_items": 3})]
    return R


def run():
    rng = random.Random(4502)
    labels, specs = [], {}
    for i, (eng, style, lang, dt, kw) in enumerate(plan()):
        if style == "customs":
            kw = dict(kw, discount=0, shipping=0)
        spec = make_spec(rng, lang, dt, **kw)
        if style == "customs":
            spec["lines"][0]["desc"] = "Gümrük müşavirlik hizmet bedeli"
            for j, d in enumerate(["Ardiye ve liman masrafı", "Navlun (yansıtma)", "Antrepo hizmeti"][:len(spec["lines"]) - 1]):
                spec["lines"][j + 1]["desc"] = d
        fn = f"{'r' if eng == 'rl' else 'f'}{i+1:02d}_{lang}_{style}_{dt}.pdf"
        out = os.path.join(FILES, fn)
        if style == "letter":
            rl_letter(spec, out)
        elif eng == "rl":
            rl_doc(spec, out, style)
        else:
            fp_doc(spec, out, receipt=(style == "receipt"))
        prod = ("reportlab_" if eng == "rl" else "fpdf2_") + style
        lab = label(spec, fn, prod, pdf_pages(out))
        if style == "customs":
            lab["supplier"] = spec["supplier"]["name"]; lab["note"] = "customs broker's invoice"
        if dt == "price_list":
            lab.update(total=None)
        if style == "letter":
            lab.update(total=None, currency=None)
        labels.append(lab)
        specs[fn] = (spec, style, eng)
        print(fn, lab["pages"], flush=True)
    write_part("genuine_pdf", labels)
    save_specs("genuine_pdf", specs)
    return labels


if __name__ == "__main__":
    run()
