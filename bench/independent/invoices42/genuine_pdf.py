"""Genuine invoices drawn directly with ReportLab (standard Type1 fonts or TTF/CID) and fpdf2."""
import os, random
from common import *
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from fpdf import FPDF

pdfmetrics.registerFont(TTFont("DV", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DVB", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))

def fonts_for(inv, prefer_std=True):
    lang = inv["lang"]
    if lang == "zh": return "STSong-Light", "STSong-Light"
    if lang == "ja": return "HeiseiKakuGo-W5", "HeiseiKakuGo-W5"
    if lang == "pl" or not prefer_std: return "DV", "DVB"
    return "Helvetica", "Helvetica-Bold"

def rl_invoice(inv, path, layout="classic", std=True, pagesize=A4):
    W, H = pagesize
    f, fb = fonts_for(inv, std)
    t = T[inv["lang"]]
    c = canvas.Canvas(path, pagesize=pagesize)
    c.setTitle("%s %s" % (title(inv), inv["number"]))
    c.setAuthor(inv["supplier"]["name"])
    s, b = inv["supplier"], inv["buyer"]
    pages = 1

    def header(first):
        y = H - 50
        if layout == "classic":
            c.setFont(fb, 13); c.drawString(40, y, s["name"])
            c.setFont(f, 8.5)
            for i, l in enumerate(s["lines"] + [s["tax"], s.get("extra", "")]):
                c.drawString(40, y - 13 - i * 10.5, l)
            c.setFont(fb, 18); c.drawRightString(W - 40, y, title(inv))
        else:
            c.setFillColorRGB(0.15, 0.15, 0.15); c.rect(0, H - 70, W, 70, fill=1, stroke=0)
            c.setFillColorRGB(1, 1, 1); c.setFont(fb, 16); c.drawString(40, H - 42, s["name"])
            c.setFont(f, 8); c.drawString(40, H - 58, " · ".join(s["lines"] + [s["tax"]]))
            c.setFillColorRGB(0, 0, 0)
        return y

    y = header(True)
    if layout == "classic":
        yb = H - 150
        c.setFont(f, 8); c.drawString(320, yb + 12, t["to"])
        c.setFont(fb, 10); c.drawString(320, yb, b["name"])
        c.setFont(f, 9)
        for i, l in enumerate(b["lines"] + [b["tax"]]):
            c.drawString(320, yb - 12 - i * 11, l)
        ym = H - 150
        for i, (k, v) in enumerate([(t["no"], inv["number"]), (t["date"], ds(inv)), (t["due"], ds(inv, inv["due"]))]):
            c.setFont(f, 9); c.drawString(40, ym - i * 13, k + ":"); c.drawString(140, ym - i * 13, v)
        y = H - 250
    else:
        c.setFont(fb, 20); c.drawString(40, H - 110, title(inv))
        c.setFont(f, 9)
        for i, (k, v) in enumerate([(t["no"], inv["number"]), (t["date"], ds(inv)), (t["due"], ds(inv, inv["due"]))]):
            c.drawString(40, H - 130 - i * 12, k); c.drawString(130, H - 130 - i * 12, v)
        c.setFont(fb, 9); c.drawString(340, H - 110, t["to"]); c.setFont(f, 9)
        for i, l in enumerate([b["name"]] + b["lines"] + [b["tax"]]):
            c.drawString(340, H - 124 - i * 11, l)
        y = H - 215
    cols = [40, 100, 330, 390, 460, W - 40]

    def table_head(y):
        c.setFont(fb, 8.5)
        c.drawString(cols[0], y, "Art."); c.drawString(cols[1], y, t["desc"])
        c.drawRightString(cols[3] - 8, y, t["qty"]); c.drawRightString(cols[4] - 4, y, t["unit"])
        c.drawRightString(cols[4] + 40, y, t["vat"] if not (inv["reverse"] or inv["export"]) else "")
        c.drawRightString(cols[5], y, t["amount"])
        c.line(40, y - 4, W - 40, y - 4)
        return y - 17

    y = table_head(y)
    c.setFont(f, 8.5)
    dec = 0 if inv["currency"] == "JPY" else 2
    for it in inv["items"]:
        if y < 110:
            c.setFont(f, 7.5); c.drawRightString(W - 40, 40, "%d/…" % pages); c.showPage(); pages += 1
            header(False); y = table_head(H - 120 if layout == "classic" else H - 100); c.setFont(f, 8.5)
        c.drawString(cols[0], y, it["sku"]); c.drawString(cols[1], y, it["desc"][:48])
        c.drawRightString(cols[3] - 8, y, str(it["qty"]))
        c.drawRightString(cols[4] - 4, y, fmt_num(it["price"], inv["numstyle"], dec))
        if not (inv["reverse"] or inv["export"]):
            c.drawRightString(cols[4] + 40, y, ("%s" % it["vat"]).rstrip("0").rstrip(".") + "%" if "." in str(it["vat"]) else "%s%%" % it["vat"])
        c.drawRightString(cols[5], y, fmt_num(it["line"], inv["numstyle"], dec))
        y -= 14
    if y < 200:
        c.showPage(); pages += 1; header(False); y = H - 140
    c.line(300, y + 4, W - 40, y + 4)
    y -= 10
    lines = [(t["sub"] if not (inv["discount"] or inv["ship"]) else t["amount"], money(inv["subtotal"], inv))]
    if inv["discount"]: lines.append(("%s %s%%" % (t["disc"], inv["disc_pct"]), "-" + money(inv["discount"], inv)))
    if inv["ship"]: lines.append((t["ship"], money(inv["ship"], inv)))
    if inv["discount"] or inv["ship"]: lines.append((t["sub"], money(inv["net"], inv)))
    for r in sorted(inv["taxes"], reverse=True):
        if r: lines.append(("%s / %s" % (tax_label(inv, r), money(inv["bases"][r], inv, False)), money(inv["taxes"][r], inv)))
    for k, v in lines:
        c.setFont(f, 9); c.drawString(310, y, k); c.drawRightString(W - 40, y, v); y -= 13
    c.setFont(fb, 11); c.drawString(310, y - 4, t["total"]); c.drawRightString(W - 40, y - 4, money(inv["printed_total"], inv))
    y -= 40
    c.setFont(f, 8)
    c.drawString(40, y, "%s %s" % (t["pay"], inv["iban"]))
    if inv["ogm"]: c.drawString(40, y - 11, "%s: %s" % (t["ref"], inv["ogm"]))
    if inv["reverse"]: c.drawString(40, y - 22, {"de": "Steuerschuldnerschaft des Leistungsempfängers", "fr": "Autoliquidation", "nl": "Btw verlegd"}.get(inv["lang"], "Reverse charge"))
    if inv.get("incoterm"): c.drawString(40, y - 22, "Incoterms: %s — Made in China" % inv["incoterm"])
    if pages > 1: c.setFont(f, 7.5); c.drawRightString(W - 40, 40, "%d/%d" % (pages, pages))
    c.showPage(); c.save()
    return pages

class FP(FPDF):
    def footer(self):
        self.set_y(-12); self.set_font("dv", size=7); self.cell(0, 5, "%d / {nb}" % self.page_no(), align="R")

def fpdf_invoice(inv, path, layout="plain"):
    t = T[inv["lang"]]
    pdf = FP(format="A4" if inv["lang"] != "en" or inv["supplier"]["cc"] != "US" else "letter")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    if inv["lang"] in ("zh", "ja"):
        pdf.add_font("cjk", "", CJK_TTC); F = "cjk"; FB = ""
    else:
        F = "dv"; FB = "B"
    pdf.set_creator("FactuurPro 2.3"); pdf.set_title(inv["number"])
    pdf.add_page(); s, b = inv["supplier"], inv["buyer"]
    pdf.set_font(F, FB, 15); pdf.cell(0, 8, s["name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    for l in s["lines"] + [s["tax"]]: pdf.cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    if layout == "boxed":
        pdf.set_fill_color(235, 235, 235)
    pdf.set_font(F, FB, 13); pdf.cell(0, 8, title(inv) + "  " + inv["number"], new_x="LMARGIN", new_y="NEXT", fill=layout == "boxed")
    pdf.set_font(F, "", 9)
    pdf.cell(90, 5, "%s: %s" % (t["date"], ds(inv))); pdf.cell(0, 5, t["to"] + ":", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(90, 5, "%s: %s" % (t["due"], ds(inv, inv["due"]))); pdf.set_font(F, FB, 9); pdf.cell(0, 5, b["name"], new_x="LMARGIN", new_y="NEXT"); pdf.set_font(F, "", 9)
    for l in b["lines"] + [b["tax"]]:
        pdf.cell(90, 5, ""); pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    dec = 0 if inv["currency"] == "JPY" else 2
    w = [86, 18, 30, 16, 30]
    border = 1 if layout == "boxed" else "B"
    pdf.set_font(F, FB, 8.5)
    for h, ww, al in zip([t["desc"], t["qty"], t["unit"], t["vat"], t["amount"]], w, "LRRRR"):
        pdf.cell(ww, 7, h, border=border, align=al)
    pdf.ln(); pdf.set_font(F, "", 8.5)
    for it in inv["items"]:
        vat = "" if inv["reverse"] or inv["export"] else ("%s%%" % it["vat"]).replace(".0%", "%")
        for v, ww, al in zip([it["desc"], str(it["qty"]), fmt_num(it["price"], inv["numstyle"], dec), vat, fmt_num(it["line"], inv["numstyle"], dec)], w, "LRRRR"):
            pdf.cell(ww, 6, v, border=border if layout == "boxed" else 0, align=al)
        pdf.ln()
    pdf.ln(3)
    rows = [(t["sub"] if not (inv["discount"] or inv["ship"]) else t["amount"], money(inv["subtotal"], inv))]
    if inv["discount"]: rows.append(("%s %s%%" % (t["disc"], inv["disc_pct"]), "-" + money(inv["discount"], inv)))
    if inv["ship"]: rows.append((t["ship"], money(inv["ship"], inv)))
    if inv["discount"] or inv["ship"]: rows.append((t["sub"], money(inv["net"], inv)))
    for r in sorted(inv["taxes"], reverse=True):
        if r: rows.append((tax_label(inv, r), money(inv["taxes"][r], inv)))
    for k, v in rows:
        pdf.cell(110, 5.5, ""); pdf.cell(40, 5.5, k); pdf.cell(30, 5.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, FB, 11)
    pdf.cell(110, 8, ""); pdf.cell(40, 8, t["total"], border="T"); pdf.cell(30, 8, money(inv["printed_total"], inv), border="T", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font(F, "", 8)
    pdf.multi_cell(0, 4.5, "%s %s" % (t["pay"], inv["iban"]) + ("\n%s: %s" % (t["ref"], inv["ogm"]) if inv["ogm"] else ""))
    pdf.output(path)
    return pdf.pages_count

PLAN = [  # lang, skey, producer, layout, extra
    ("nl", "nl_be", "rl", "classic", {}), ("nl", "nl_be", "rl", "band", {}), ("nl", "nl_be", "rl", "classic", {"n_items": 45}),
    ("nl", "nl_nl", "rl", "classic", {}), ("nl", "nl_nl", "rl", "band", {"arith_delta": D("-0.90")}),
    ("fr", "fr_be", "rl", "classic", {}), ("fr", "fr_be", "rl", "band", {}), ("fr", "fr_lu", "rl", "classic", {}),
    ("fr", "fr", "rl", "band", {}), ("de", "de", "rl", "classic", {}), ("de", "de", "rl", "band", {"n_items": 40}),
    ("de", "de", "rl", "classic", {}), ("en", "en_cn", "rl", "classic", {}), ("en", "en_cn", "rl", "band", {}),
    ("en", "en", "rl", "classic", {}), ("it", "it", "rl", "band", {}), ("es", "es", "rl", "classic", {}),
    ("pl", "pl", "rl", "band", {}), ("zh", "zh", "rl", "classic", {"doc_type": "tax_invoice"}), ("ja", "ja", "rl", "classic", {}),
    ("nl", "nl_be", "rl", "classic", {"doc_type": "credit_note"}), ("de", "de", "rl", "band", {"arith_delta": D("100.00")}),
    ("fr", "fr_be", "rl", "classic", {}), ("nl", "nl_be", "rl", "band", {}),
    ("nl", "nl_be", "fpdf", "plain", {}), ("nl", "nl_nl", "fpdf", "boxed", {}), ("fr", "fr_be", "fpdf", "plain", {}),
    ("de", "de", "fpdf", "boxed", {}), ("en", "en_cn", "fpdf", "plain", {}), ("en", "en", "fpdf", "boxed", {"doc_type": "receipt", "n_items": 2}),
    ("pl", "pl", "fpdf", "plain", {}), ("es", "es", "fpdf", "boxed", {}), ("it", "it", "fpdf", "plain", {"n_items": 38}),
    ("ja", "ja", "fpdf", "boxed", {}), ("zh", "zh", "fpdf", "plain", {"doc_type": "tax_invoice"}), ("fr", "fr_lu", "fpdf", "boxed", {}),
    ("nl", "nl_be", "fpdf", "boxed", {"arith_delta": D("0.10")}),
]

def run(seed=4202):
    rng = random.Random(seed)
    labels, metas = [], []
    for k, (lang, skey, prod, layout, extra) in enumerate(PLAN):
        inv = new_invoice(rng, 200 + k, lang, skey, **dict(extra))
        name = "p%02d_%s_%s_%s.pdf" % (k, lang, prod, layout)
        out = os.path.join(FILES, name)
        if prod == "rl":
            std = lang not in ("pl",) and rng.random() < 0.8
            pages = rl_invoice(inv, out, layout, std=std, pagesize=letter if (lang == "en" and rng.random() < 0.3) else A4)
            producer = "reportlab_%s_%s" % (layout, "type1" if std and lang not in ("zh", "ja") else ("cid" if lang in ("zh", "ja") else "ttf"))
        else:
            pages = fpdf_invoice(inv, out, layout)
            producer = "fpdf2_%s" % layout
        lab = label(inv, name, producer, pdf_pages(out))
        labels.append(lab); metas.append(meta_for(inv, name, producer, lab))
        print("ok", name, lab["pages"], flush=True)
    write_part("pdf", labels, metas)
    return labels

if __name__ == "__main__":
    run()
