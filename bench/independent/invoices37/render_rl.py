"""ReportLab layouts: the 数电 e-invoice, the old pre-printed paper VAT invoice (for the
copier), and two western accounting-software looks drawn with core fonts."""
import math, random
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.units import mm
from reportlab.lib.pagesizes import A4
from reportlab.lib.colors import HexColor, black, white, Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.graphics import renderPDF
from common import (WQY_TTC, DEJAVU, DEJAVU_B, DEJAVU_MONO, DEJAVU_SERIF, money, fnum, fqty, fdate,
                    cn_upper, words_amount, D)
from i18n import TXT

_REG = False


def fonts():
    global _REG
    if _REG:
        return
    pdfmetrics.registerFont(TTFont("WQY", WQY_TTC, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("DejaVu", DEJAVU))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", DEJAVU_B))
    pdfmetrics.registerFont(TTFont("DejaVuMono", DEJAVU_MONO))
    pdfmetrics.registerFont(TTFont("DejaVuSerif", DEJAVU_SERIF))
    _REG = True


def T(c, x, y, s, font="WQY", size=9, align="l", color=black):
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "r":
        c.drawRightString(x, y, s)
    elif align == "c":
        c.drawCentredString(x, y, s)
    else:
        c.drawString(x, y, s)


def fit(s, font, size, width):
    """Shrink font size until the string fits."""
    while size > 5 and pdfmetrics.stringWidth(s, font, size) > width:
        size -= 0.5
    return size


def qr(c, x, y, size, data):
    w = QrCodeWidget(data)
    b = w.getBounds()
    d = Drawing(size, size, transform=[size / (b[2] - b[0]), 0, 0, size / (b[3] - b[1]), 0, 0])
    d.add(w)
    renderPDF.draw(d, c, x, y)


def seal(c, cx, cy, rx, ry, arc_text, center_text="", bottom_text="发票专用章", color=HexColor("#d4282d"),
         alpha=0.85, star=False, rot=0):
    """A red company chop: oval, name along the upper arc, number across the middle."""
    c.saveState()
    c.translate(cx, cy)
    c.rotate(rot)
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setStrokeAlpha(alpha)
    c.setFillAlpha(alpha)
    c.setLineWidth(1.6)
    c.ellipse(-rx, -ry, rx, ry, stroke=1, fill=0)
    n = len(arc_text)
    span = 220 if rx == ry else 200
    fs = min(9.5, 2 * math.pi * rx * span / 360 / max(n, 1) * 0.95)
    for i, ch in enumerate(arc_text):
        a = math.radians(90 + span / 2 - (i + 0.5) * span / n)
        px, py = (rx - fs * 0.95) * math.cos(a), (ry - fs * 0.95) * math.sin(a)
        c.saveState()
        c.translate(px, py)
        c.rotate(math.degrees(a) - 90)
        c.setFont("WQY", fs)
        c.drawCentredString(0, -fs * 0.35, ch)
        c.restoreState()
    if star:
        pts = []
        for k in range(10):
            r = ry * 0.28 if k % 2 == 0 else ry * 0.11
            a = math.radians(90 + k * 36)
            pts.append((r * math.cos(a), r * math.sin(a)))
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    if center_text:
        c.setFont("DejaVuMono", min(7.5, 2 * rx / max(len(center_text), 1) * 1.45))
        c.drawCentredString(0, -2.5, center_text)
    if bottom_text:
        c.setFont("WQY", 7.5)
        c.drawCentredString(0, -ry + 7, bottom_text)
    c.restoreState()


# ====================================================================== 数电发票

BROWN = HexColor("#9a4f27")


def shudian(doc, out, rows_per_page=8):
    """电子发票（增值税专用发票）/（普通发票） in the layout of the national platform."""
    fonts()
    W, H = 240 * mm, 140 * mm
    c = rl_canvas.Canvas(out, pagesize=(W, H), pageCompression=1)
    c.setTitle(doc.get("pdf_title", "电子发票"))
    c.setCreator(doc.get("pdf_creator", "数电发票平台"))
    c.setProducer(doc.get("pdf_producer", "ReportLab PDF Library - www.reportlab.com"))
    items = doc["items"]
    pages = [items[i:i + rows_per_page] for i in range(0, len(items), rows_per_page)] or [[]]
    lines = doc["lines"]
    kind = "增值税专用发票" if doc.get("inv_kind", doc["doc_type"]) == "tax_invoice" else "普通发票"
    title = f"电子发票（{kind}）"
    cols = [10, 64, 92, 104, 124, 150, 178, 199, 230]
    heads = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    k = 0
    for pi, chunk in enumerate(pages):
        last = pi == len(pages) - 1
        # header
        T(c, W / 2, 126 * mm, title, size=16, align="c", color=BROWN)
        tw = pdfmetrics.stringWidth(title, "WQY", 16)
        c.setStrokeColor(BROWN)
        c.setLineWidth(0.8)
        c.line(W / 2 - tw / 2, 123.5 * mm, W / 2 + tw / 2, 123.5 * mm)
        c.line(W / 2 - tw / 2, 122.7 * mm, W / 2 + tw / 2, 122.7 * mm)
        qr(c, 12 * mm, 111 * mm, 20 * mm, doc["qr_data"])
        T(c, 166 * mm, 128 * mm, "发票号码：", size=9, color=BROWN)
        T(c, 183 * mm, 128 * mm, doc["number"], font="DejaVu", size=9)
        T(c, 166 * mm, 122 * mm, "开票日期：", size=9, color=BROWN)
        T(c, 183 * mm, 122 * mm, doc["date_str"], size=9)
        if len(pages) > 1:
            T(c, 220 * mm, 134 * mm, f"共{len(pages)}页 第{pi + 1}页", size=7.5, align="r", color=BROWN)
        # frame
        c.setStrokeColor(BROWN)
        c.setLineWidth(1)
        c.rect(10 * mm, 12 * mm, 220 * mm, 96 * mm)
        c.setLineWidth(0.5)
        # parties
        c.line(10 * mm, 88 * mm, 230 * mm, 88 * mm)
        c.line(120 * mm, 88 * mm, 120 * mm, 108 * mm)
        for x0, lab, party in ((10, "购买方信息", doc["buyer"]), (120, "销售方信息", doc["supplier"])):
            c.line((x0 + 6) * mm, 88 * mm, (x0 + 6) * mm, 108 * mm)
            for i, ch in enumerate(lab):
                T(c, (x0 + 3) * mm, (104 - i * 3.6) * mm, ch, size=8, align="c", color=BROWN)
            T(c, (x0 + 8) * mm, 100 * mm, "名称：", size=8.5, color=BROWN)
            nm = party["name"]
            T(c, (x0 + 17) * mm, 100 * mm, nm, size=fit(nm, "WQY", 9, 92 * mm))
            T(c, (x0 + 8) * mm, 93 * mm, "统一社会信用代码/纳税人识别号：", size=8, color=BROWN)
            T(c, (x0 + 52) * mm, 93 * mm, party.get("tax_id", ""), font="DejaVu", size=8.5)
        # table head
        c.line(10 * mm, 82 * mm, 230 * mm, 82 * mm)
        for i, h in enumerate(heads):
            T(c, (cols[i] + cols[i + 1]) / 2 * mm, 84 * mm, h, size=8.5, align="c", color=BROWN)
        y = 77 * mm
        for it in chunk:
            l = lines[k]
            k += 1
            nm = it["name"]
            T(c, 11 * mm, y, nm, size=fit(nm, "WQY", 8.5, 52 * mm))
            T(c, 65 * mm, y, it.get("spec", ""), size=fit(it.get("spec", ""), "WQY", 8, 26 * mm))
            T(c, 98 * mm, y, it["unit"], size=8.5, align="c")
            T(c, 123 * mm, y, fqty(it["qty"], "plain"), font="DejaVu", size=8.5, align="r")
            up = it.get("price_str") or f"{it['price']:.2f}"
            T(c, 149 * mm, y, up, font="DejaVu", size=8.5, align="r")
            T(c, 177 * mm, y, f"{l['net']:.2f}", font="DejaVu", size=8.5, align="r")
            T(c, 188.5 * mm, y, f"{l['rate']:g}%" if l["rate"] else "免税", font="DejaVu", size=8.5, align="c")
            T(c, 229 * mm, y, f"{l['tax']:.2f}" if l["rate"] else "***", font="DejaVu", size=8.5, align="r")
            y -= 5 * mm
        # totals
        c.line(10 * mm, 36 * mm, 230 * mm, 36 * mm)
        c.line(10 * mm, 28 * mm, 230 * mm, 28 * mm)
        T(c, 30 * mm, 38 * mm, "合        计", size=9, align="c", color=BROWN)
        if last:
            T(c, 177 * mm, 38 * mm, f"¥{doc['net_total']:.2f}", font="DejaVu", size=9, align="r")
            T(c, 229 * mm, 38 * mm, f"¥{doc['tax_total']:.2f}", font="DejaVu", size=9, align="r")
        T(c, 12 * mm, 30.5 * mm, "价税合计（大写）", size=9, color=BROWN)
        if last:
            T(c, 45 * mm, 30.5 * mm, "ⓧ" + cn_upper(words_amount(doc)), size=9.5)
            T(c, 160 * mm, 30.5 * mm, "（小写）", size=9, color=BROWN)
            T(c, 175 * mm, 30.5 * mm, f"¥{doc['total']:.2f}", font="DejaVu", size=9.5)
        else:
            T(c, 45 * mm, 30.5 * mm, "（续下页）", size=9)
        c.line(16 * mm, 12 * mm, 16 * mm, 28 * mm)
        for i, ch in enumerate("备注"):
            T(c, 13 * mm, (22 - i * 5) * mm, ch, size=8.5, align="c", color=BROWN)
        ny = 24 * mm
        for ln in doc.get("notes", []):
            T(c, 18 * mm, ny, ln, size=8)
            ny -= 4.2 * mm
        T(c, 14 * mm, 6 * mm, "开票人：", size=9, color=BROWN)
        T(c, 28 * mm, 6 * mm, doc.get("drawer", "王丽"), size=9)
        c.showPage()
    c.save()


# ====================================================================== paper VAT invoice

GREEN = HexColor("#3b6e4f")


def vat_paper(doc, out):
    """Old pre-printed 增值税专用发票 (发票联) with dot-matrix data slightly off register."""
    fonts()
    W, H = 240 * mm, 150 * mm
    rng = random.Random(doc["number"])
    c = rl_canvas.Canvas(out, pagesize=(W, H))
    form = GREEN if doc.get("form_color") != "brown" else BROWN
    c.setFillColor(HexColor("#fbfbf4"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    prov = doc.get("province", "浙江")
    kind = "增值税专用发票" if doc["doc_type"] == "tax_invoice" else "增值税普通发票"
    T(c, W / 2, 136 * mm, f"{prov}{kind}", size=17, align="c", color=form)
    T(c, W / 2, 129.5 * mm, "发  票  联", size=10, align="c", color=form)
    c.setStrokeColor(form)
    c.setLineWidth(0.7)
    c.ellipse(W / 2 - 18 * mm, 125 * mm, W / 2 + 18 * mm, 145 * mm)
    T(c, 14 * mm, 136 * mm, doc["code"], font="DejaVuMono", size=11, color=form)
    T(c, 14 * mm, 129 * mm, "机器编号：", size=8, color=form)
    T(c, 170 * mm, 137 * mm, "No", font="DejaVuSerif", size=12, color=form)
    T(c, 180 * mm, 137 * mm, doc["number"], font="DejaVuMono", size=14, color=HexColor("#b22222"))
    T(c, 170 * mm, 129 * mm, "开票日期：", size=8.5, color=form)
    # frame
    c.rect(10 * mm, 18 * mm, 220 * mm, 104 * mm)
    c.setLineWidth(0.4)
    c.line(10 * mm, 100 * mm, 230 * mm, 100 * mm)
    c.line(16 * mm, 100 * mm, 16 * mm, 122 * mm)
    c.line(130 * mm, 100 * mm, 130 * mm, 122 * mm)
    c.line(136 * mm, 100 * mm, 136 * mm, 122 * mm)
    for i, ch in enumerate("购买方"):
        T(c, 13 * mm, (116 - i * 5) * mm, ch, size=8, align="c", color=form)
    for i, ch in enumerate("密码区"):
        T(c, 133 * mm, (116 - i * 5) * mm, ch, size=8, align="c", color=form)
    labs = ["名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
    for i, l in enumerate(labs):
        T(c, 18 * mm, (117 - i * 5) * mm, l, size=8, color=form)
    # items
    cols = [10, 62, 84, 96, 114, 138, 168, 182, 230]
    heads = ["货物或应税劳务、服务名称", "规格型号", "单位", "数 量", "单 价", "金 额", "税率", "税 额"]
    c.line(10 * mm, 94 * mm, 230 * mm, 94 * mm)
    for i, h_ in enumerate(heads):
        T(c, (cols[i] + cols[i + 1]) / 2 * mm, 96 * mm, h_, size=7.5, align="c", color=form)
        if i:
            c.line(cols[i] * mm, 54 * mm, cols[i] * mm, 100 * mm)
    c.line(10 * mm, 54 * mm, 230 * mm, 54 * mm)
    T(c, 30 * mm, 56 * mm, "合        计", size=8.5, align="c", color=form)
    c.line(10 * mm, 60 * mm, 230 * mm, 60 * mm)
    c.line(10 * mm, 46 * mm, 230 * mm, 46 * mm)
    T(c, 12 * mm, 48.5 * mm, "价税合计（大写）", size=8.5, color=form)
    T(c, 160 * mm, 48.5 * mm, "（小写）", size=8.5, color=form)
    c.line(16 * mm, 18 * mm, 16 * mm, 46 * mm)
    c.line(130 * mm, 18 * mm, 130 * mm, 46 * mm)
    c.line(136 * mm, 18 * mm, 136 * mm, 46 * mm)
    for i, ch in enumerate("销售方"):
        T(c, 13 * mm, (40 - i * 5) * mm, ch, size=8, align="c", color=form)
    for i, ch in enumerate("备注"):
        T(c, 133 * mm, (36 - i * 6) * mm, ch, size=8, align="c", color=form)
    for i, l in enumerate(labs):
        T(c, 18 * mm, (41 - i * 5.5) * mm, l, size=8, color=form)
    T(c, 12 * mm, 12 * mm, "收款人：", size=8, color=form)
    T(c, 62 * mm, 12 * mm, "复核：", size=8, color=form)
    T(c, 112 * mm, 12 * mm, "开票人：", size=8, color=form)
    T(c, 162 * mm, 12 * mm, "销售方：（章）", size=8, color=form)
    # side strip
    c.saveState()
    c.translate(235 * mm, 75 * mm)
    c.rotate(90)
    T(c, 0, 0, "第三联：发票联  购买方记账凭证", size=7.5, align="c", color=form)
    c.restoreState()
    # ------------- printed data (dot matrix, off register)
    dx, dy = rng.uniform(-2.5, 3.5) * mm, rng.uniform(-2.2, 1.8) * mm
    ink = HexColor("#1b1b2f")
    F, FM = "WQY", "DejaVuMono"
    T(c, 30 * mm + dx, 129 * mm + dy, digits_str(rng, 12), font=FM, size=8.5, color=ink)
    T(c, 185 * mm + dx, 129 * mm + dy, doc["date_str"], font=F, size=9, color=ink)
    b, s = doc["buyer"], doc["supplier"]
    vals = [b["name"], b.get("tax_id", ""), b.get("addr", "") + " " + b.get("tel", ""),
            b.get("bank", "") + " " + b.get("account", "")]
    for i, v in enumerate(vals):
        T(c, 38 * mm + dx, (117 - i * 5) * mm + dy, v, font=F if i != 1 else FM,
          size=fit(v, F, 8.5, 90 * mm), color=ink)
    sym = "0123456789+-*/<>"
    for i in range(4):
        T(c, 138 * mm + dx, (117 - i * 5) * mm + dy, "".join(rng.choice(sym) for _ in range(28)),
          font=FM, size=8.2, color=ink)
    y = 89 * mm
    for it, l in zip(doc["items"], doc["lines"]):
        T(c, 11 * mm + dx, y + dy, it["name"], font=F, size=fit(it["name"], F, 8.5, 50 * mm), color=ink)
        T(c, 63 * mm + dx, y + dy, it.get("spec", ""), font=F, size=fit(it.get("spec", ""), F, 7.5, 20 * mm), color=ink)
        T(c, 90 * mm + dx, y + dy, it["unit"], font=F, size=8.5, align="c", color=ink)
        T(c, 113 * mm + dx, y + dy, fqty(it["qty"], "plain"), font=FM, size=8.5, align="r", color=ink)
        T(c, 137 * mm + dx, y + dy, f"{it['price']:.6f}".rstrip("0").rstrip(".") if doc.get("long_price") else f"{it['price']:.2f}",
          font=FM, size=8.5, align="r", color=ink)
        T(c, 167 * mm + dx, y + dy, f"{l['net']:.2f}", font=FM, size=8.5, align="r", color=ink)
        T(c, 175 * mm + dx, y + dy, f"{l['rate']:g}%", font=FM, size=8.5, align="c", color=ink)
        T(c, 229 * mm + dx, y + dy, f"{l['tax']:.2f}", font=FM, size=8.5, align="r", color=ink)
        y -= 5 * mm
    T(c, 167 * mm + dx, 56 * mm + dy, f"¥{doc['net_total']:.2f}", font=FM, size=8.5, align="r", color=ink)
    T(c, 229 * mm + dx, 56 * mm + dy, f"¥{doc['tax_total']:.2f}", font=FM, size=8.5, align="r", color=ink)
    T(c, 45 * mm + dx, 48.5 * mm + dy, "ⓧ" + cn_upper(words_amount(doc)), font=F, size=9, color=ink)
    T(c, 175 * mm + dx, 48.5 * mm + dy, f"¥{doc['total']:.2f}", font=FM, size=9, color=ink)
    vals = [s["name"], s.get("tax_id", ""), s.get("addr", "") + " " + s.get("tel", ""),
            s.get("bank", "") + " " + s.get("account", "")]
    for i, v in enumerate(vals):
        T(c, 38 * mm + dx, (41 - i * 5.5) * mm + dy, v, font=F if i != 1 else FM,
          size=fit(v, F, 8.5, 90 * mm), color=ink)
    for i, ln in enumerate(doc.get("notes", [])):
        T(c, 138 * mm + dx, (40 - i * 5) * mm + dy, ln, font=F, size=fit(ln, F, 8, 90 * mm), color=ink)
    T(c, 27 * mm + dx, 12 * mm + dy, doc.get("payee", "李红"), font=F, size=8.5, color=ink)
    T(c, 73 * mm + dx, 12 * mm + dy, doc.get("checker", "周敏"), font=F, size=8.5, color=ink)
    T(c, 124 * mm + dx, 12 * mm + dy, doc.get("drawer", "王丽"), font=F, size=8.5, color=ink)
    seal(c, 190 * mm, 26 * mm, 21 * mm, 14 * mm, s["name"], s.get("tax_id", ""), rot=rng.uniform(-8, 8))
    c.showPage()
    c.save()


def digits_str(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ====================================================================== western styles

def _wrap(s, font, size, width):
    return simpleSplit(s, font, size, width) or [""]


def western(doc, out, style="a"):
    """Accounting-software invoice for EU/UK/US suppliers, core or DejaVu fonts,
    flowing onto extra pages when the item list is long."""
    fonts()
    lang = doc["lang"]
    t = TXT[lang]
    core = doc.get("core_fonts", lang != "pl")
    F = "Helvetica" if core else "DejaVu"
    FB = "Helvetica-Bold" if core else "DejaVu-Bold"
    accent = HexColor(doc.get("accent", "#1f4e79"))
    W, H = A4
    c = rl_canvas.Canvas(out, pagesize=A4, pageCompression=doc.get("compress", 1))
    c.setTitle(f"{t.get(doc['doc_type'], t['invoice'])} {doc['number']}")
    c.setAuthor(doc["supplier"]["name"])
    c.setCreator(doc.get("pdf_creator", "Invoicing"))
    s, b = doc["supplier"], doc["buyer"]
    M = 18 * mm
    pages_total = doc.get("_pages_total", 1)
    page_no = [1]

    def header(first):
        if style == "a":
            c.setFillColor(accent)
            c.rect(0, H - 8 * mm, W, 8 * mm, stroke=0, fill=1)
            c.setFillColor(accent)
            c.roundRect(M, H - 30 * mm, 16 * mm, 16 * mm, 2 * mm, stroke=0, fill=1)
            ini = "".join(w[0] for w in s["name"].split()[:2]).upper()
            T(c, M + 8 * mm, H - 24.5 * mm, ini, FB, 15, "c", white)
            T(c, M + 20 * mm, H - 19 * mm, s["name"], FB, 13, "l", black)
            T(c, M + 20 * mm, H - 24.5 * mm, " · ".join(s["addr"]), F, 8, "l", HexColor("#555555"))
            T(c, M + 20 * mm, H - 29 * mm, f"{s.get('tel', '')}  ·  {s.get('email', '')}", F, 8, "l", HexColor("#555555"))
        else:
            T(c, M, H - 22 * mm, t.get(doc["doc_type"], t["invoice"]), FB, 22, "l", accent)
            T(c, W - M, H - 16 * mm, s["name"], FB, 10.5, "r")
            yy = H - 21 * mm
            for ln in s["addr"] + [s.get("tel", ""), s.get("tax_id", "")]:
                T(c, W - M, yy, ln, F, 8, "r", HexColor("#444444"))
                yy -= 3.8 * mm
        if not first:
            T(c, W - M, H - 40 * mm if style == "a" else H - 48 * mm,
              f"{t['invoice_no']} {doc['number']} – {t['page']} {page_no[0]}", F, 8, "r")

    def footer():
        c.setStrokeColor(HexColor("#bbbbbb"))
        c.setLineWidth(0.5)
        c.line(M, 24 * mm, W - M, 24 * mm)
        col = [
            [s["name"]] + s["addr"][:2],
            [s.get("tax_id", ""), s.get("reg", ""), s.get("tel", "")],
            [t["bank"] + ": " + s.get("bank", ""), "IBAN " + s["iban"] if s.get("iban") else s.get("acct", ""),
             ("BIC " + s["bic"]) if s.get("bic") else (("Sort code " + s["sort"]) if s.get("sort") else "")],
        ]
        for ci, lines_ in enumerate(col):
            yy = 20 * mm
            for ln in lines_:
                if ln:
                    T(c, M + ci * 60 * mm, yy, ln, F, 6.8, "l", HexColor("#555555"))
                yy -= 3.2 * mm
        T(c, W - M, 8 * mm, f"{t['page']} {page_no[0]} {t['of']} {pages_total}", F, 7, "r", HexColor("#777777"))

    header(True)
    # address window + meta box
    y0 = H - 52 * mm
    if style == "a":
        T(c, M, y0 + 5 * mm, f"{s['name']} · {s['addr'][0]} · {s['addr'][1]}", F, 6.5, "l", HexColor("#777777"))
        T(c, W - M, H - 19 * mm, t.get(doc["doc_type"], t["invoice"]), FB, 18, "r", accent)
    else:
        T(c, M, y0 + 5 * mm, t["bill_to"], FB, 8, "l", accent)
    yy = y0
    for ln in [b["name"]] + b["addr_lines"]:
        T(c, M, yy, ln, FB if ln == b["name"] else F, 9.5 if ln == b["name"] else 9)
        yy -= 4.4 * mm
    if b.get("vat"):
        T(c, M, yy - 1 * mm, f"{t['tax_id']}: {b['vat']}", F, 8)
    meta = [(t["invoice_no"] if doc["doc_type"] in ("invoice", "tax_invoice") else t["doc_no"], doc["number"]),
            (t["date"], doc["date_str"])]
    if doc.get("delivery_str"):
        meta.append((t["delivery_date"], doc["delivery_str"]))
    if doc.get("cust_no"):
        meta.append((t["cust_no"], doc["cust_no"]))
    if doc.get("order_ref"):
        meta.append((t["order_ref"], doc["order_ref"]))
    if doc.get("due_str"):
        meta.append((t["due"], doc["due_str"]))
    if doc.get("ref_invoice"):
        meta.append((t["ref_invoice"], doc["ref_invoice"]))
    my = y0
    for k_, v in meta:
        T(c, W - M - 45 * mm, my, k_ + ":", F, 8.5, "r", HexColor("#444444"))
        T(c, W - M, my, v, FB, 8.5, "r")
        my -= 4.6 * mm
    y = min(yy, my) - 10 * mm
    if doc.get("intro"):
        for ln in _wrap(doc["intro"], F, 9, W - 2 * M):
            T(c, M, y, ln, F, 9)
            y -= 4.3 * mm
        y -= 3 * mm
    has_disc = any(it.get("disc") for it in doc["items"])
    # columns: pos, desc, qty, unit, price, [disc], amount
    xs = [M, M + 9 * mm, W - M - 78 * mm, W - M - 64 * mm, W - M - 38 * mm, W - M - 22 * mm, W - M]
    heads = [t["item"] if lang != "pl" else "Lp.", t["desc"], t["qty"], t["unit"], t["unit_price"],
             t["discount"] if has_disc else "", t["amount"]]

    def table_head(y):
        if style == "a":
            c.setFillColor(accent)
            c.rect(M, y - 2 * mm, W - 2 * M, 6.5 * mm, stroke=0, fill=1)
            col = white
        else:
            c.setStrokeColor(black)
            c.setLineWidth(0.8)
            c.line(M, y - 2 * mm, W - M, y - 2 * mm)
            col = black
        T(c, xs[0] + 1 * mm, y, heads[0], FB, 8, "l", col)
        T(c, xs[1], y, heads[1], FB, 8, "l", col)
        T(c, xs[3] - 2 * mm, y, heads[2], FB, 8, "r", col)
        T(c, xs[3], y, heads[3], FB, 8, "l", col)
        T(c, xs[5] - 2 * mm if has_disc else xs[5] - 2 * mm, y, heads[4], FB, 8, "r", col)
        if has_disc:
            T(c, xs[5] + 6 * mm, y, heads[5], FB, 8, "r", col)
        T(c, xs[6] - 1 * mm, y, heads[6], FB, 8, "r", col)
        return y - 7 * mm

    y = table_head(y)
    bottom = 34 * mm
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        dl = _wrap(it["name"] + (f" – {it['sku']}" if it.get("sku") else ""), F, 8.5, xs[2] - xs[1] + 10 * mm)
        need = len(dl) * 4 * mm + 2 * mm
        if y - need < bottom:
            footer()
            c.showPage()
            page_no[0] += 1
            header(False)
            y = table_head(H - 58 * mm)
        if style == "a" and i % 2 == 1:
            c.setFillColor(HexColor("#eef3f8"))
            c.rect(M, y - (len(dl) - 1) * 4 * mm - 1.6 * mm, W - 2 * M, len(dl) * 4 * mm + 1.4 * mm, stroke=0, fill=1)
        T(c, xs[0] + 1 * mm, y, str(i + 1), F, 8.5)
        for j, ln in enumerate(dl):
            T(c, xs[1], y - j * 4 * mm, ln, F, 8.5)
        T(c, xs[3] - 2 * mm, y, fqty(it["qty"], doc["num_style"]), F, 8.5, "r")
        T(c, xs[3], y, it["unit"], F, 8.5)
        T(c, xs[5] - 2 * mm, y, money(doc, it["price"], sym=False), F, 8.5, "r")
        if has_disc:
            T(c, xs[5] + 6 * mm, y, f"{it['disc']}%" if it.get("disc") else "", F, 8.5, "r")
        T(c, xs[6] - 1 * mm, y, money(doc, l["net"], sym=False), F, 8.5, "r")
        y -= need
        if style == "b":
            c.setStrokeColor(HexColor("#dddddd"))
            c.setLineWidth(0.3)
            c.line(M, y + 2.4 * mm, W - M, y + 2.4 * mm)
    # totals
    tot = [(t["subtotal"], money(doc, doc["subtotal"]))]
    if doc["discount_amt"]:
        lab = t["discount"] + (f" {doc['discount_pct']}%" if doc.get("discount_pct") else "")
        tot.append((lab, "-" + money(doc, doc["discount_amt"])))
    if doc["shipping"]:
        tot.append((t["shipping"], money(doc, doc["shipping"])))
    if doc["tax_mode"] != "none":
        if doc["discount_amt"] or doc["shipping"]:
            tot.append((t["net_amount"], money(doc, doc["net_total"])))
        tot.append((f"{doc.get('tax_label') or t['vat']} {doc['rate']}%", money(doc, doc["tax_total"])))
    elif doc.get("tax_note"):
        pass
    need = (len(tot) + 2) * 5.5 * mm + 26 * mm
    if y - need < bottom:
        footer()
        c.showPage()
        page_no[0] += 1
        header(False)
        y = H - 60 * mm
    y -= 3 * mm
    for lab, v in tot:
        T(c, W - M - 42 * mm, y, lab, F, 9, "r")
        T(c, W - M - 1 * mm, y, v, F, 9, "r")
        y -= 5.5 * mm
    c.setStrokeColor(black)
    c.setLineWidth(0.8)
    c.line(W - M - 80 * mm, y + 3.5 * mm, W - M, y + 3.5 * mm)
    y -= 1.5 * mm
    if style == "a":
        c.setFillColor(HexColor("#eef3f8"))
        c.rect(W - M - 80 * mm, y - 2.5 * mm, 80 * mm, 8 * mm, stroke=0, fill=1)
    T(c, W - M - 42 * mm, y, (doc.get("total_label") or t["total"]) + (f" ({doc['currency']})" if doc.get("show_iso") else ""), FB, 10.5, "r")
    T(c, W - M - 1 * mm, y, money(doc, doc["total"]), FB, 10.5, "r")
    y -= 12 * mm
    for ln in doc.get("notes", []):
        for w_ in _wrap(ln, F, 8.5, W - 2 * M):
            T(c, M, y, w_, F, 8.5, "l", HexColor("#333333"))
            y -= 4.2 * mm
    y -= 2 * mm
    T(c, M, y, f"{t['terms']}: {doc.get('terms', t['terms_v'])}", F, 8.5)
    y -= 4.2 * mm
    if t.get("thanks"):
        T(c, M, y, t["thanks"], F, 8.5, "l", accent)
    footer()
    c.showPage()
    c.save()
    return page_no[0]


def western_paged(doc, out, style="a"):
    """Render twice so the footer can say 'page x of n'."""
    doc["_pages_total"] = 1
    n = western(doc, out, style)
    if n != 1:
        doc["_pages_total"] = n
        western(doc, out, style)
    return n
