"""ReportLab producers: 数电票 (tax-platform style), western invoices (Helvetica, editable), factory
commercial/proforma invoices, old paper 增值税专用发票 (source for scans)."""
import os, random
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from common import *
from i18n import tr

pdfmetrics.registerFont(TTFont("CJK", FONT_CJK, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJ", FONT_LATIN))
pdfmetrics.registerFont(TTFont("DJB", FONT_LATIN_B))

BROWN = HexColor("#9c4a2f")


def _fit(c, txt, font, size, maxw):
    while pdfmetrics.stringWidth(txt, font, size) > maxw and len(txt) > 3:
        txt = txt[:-2] + "…" if font != "Helvetica" else txt[:-1]
    return txt


def shudian(doc, path, kind="专用", compress=1):
    """Fully-digital e-invoice (数电票) look: brown frame, buyer/seller blocks, item grid, 价税合计."""
    c = canvas.Canvas(path, pagesize=(A4[1], A4[0] * 0.66), pageCompression=compress)
    c.setTitle(f"{doc['number']}.pdf"); c.setCreator("电子发票服务平台"); c.setProducer("invoice-platform-render 2.3")
    W, H = A4[1], A4[0] * 0.66
    items = doc["items"]
    per_page = 8
    pages = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]
    for pi, chunk in enumerate(pages):
        c.setFillColor(BROWN); c.setStrokeColor(BROWN)
        c.setFont("CJK", 20)
        title = f"电子发票({'增值税专用发票' if kind == '专用' else '普通发票'})"
        c.drawCentredString(W / 2, H - 45, title)
        c.setLineWidth(0.8); c.line(W / 2 - 150, H - 52, W / 2 + 150, H - 52); c.line(W / 2 - 150, H - 55, W / 2 + 150, H - 55)
        c.setFont("CJK", 9); c.setFillColor(black)
        c.drawString(W - 220, H - 35, f"发票号码：{doc['number']}")
        c.drawString(W - 220, H - 50, f"开票日期：{doc['date_str']}")
        if len(pages) > 1: c.drawString(W - 220, H - 65, f"共{len(pages)}页 第{pi+1}页")
        # QR placeholder
        r = random.Random(doc["number"])
        for i in range(21):
            for j in range(21):
                if r.random() < 0.5 or (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7):
                    c.rect(40 + i * 2.6, H - 30 - j * 2.6, 2.6, 2.6, stroke=0, fill=1)
        x0, x1 = 35, W - 35
        top = H - 95
        c.setStrokeColor(BROWN); c.setLineWidth(1)
        c.rect(x0, 60, x1 - x0, top - 60)
        mid = (x0 + x1) / 2
        c.line(x0, top - 62, x1, top - 62)
        c.line(mid, top, mid, top - 62)
        c.line(x0 + 18, top, x0 + 18, top - 62); c.line(mid + 18, top, mid + 18, top - 62)
        c.setFont("CJK", 9); c.setFillColor(BROWN)
        for k, ch in enumerate("购买方信息"): c.drawCentredString(x0 + 9, top - 14 - k * 10, ch)
        for k, ch in enumerate("销售方信息"): c.drawCentredString(mid + 9, top - 14 - k * 10, ch)
        c.drawString(x0 + 24, top - 22, "名称："); c.drawString(x0 + 24, top - 46, "统一社会信用代码/纳税人识别号：")
        c.drawString(mid + 24, top - 22, "名称："); c.drawString(mid + 24, top - 46, "统一社会信用代码/纳税人识别号：")
        c.setFillColor(black); c.setFont("CJK", 10)
        c.drawString(x0 + 54, top - 22, doc["buyer"]); c.drawString(mid + 54, top - 22, doc["supplier"])
        c.drawString(x0 + 165, top - 46, doc["buyer_tax"]); c.drawString(mid + 165, top - 46, doc["supplier_tax"])
        # grid
        cols = [("项目名称", x0 + 5, "l"), ("规格型号", x0 + 190, "l"), ("单位", x0 + 265, "l"), ("数量", x0 + 350, "r"),
                ("单价", x0 + 440, "r"), ("金额", x0 + 540, "r"), ("税率/征收率", x0 + 600, "r"), ("税额", x1 - 8, "r")]
        y = top - 78
        c.setFont("CJK", 9); c.setFillColor(BROWN)
        for name, x, al in cols:
            (c.drawString if al == "l" else c.drawRightString)(x, y, name)
        c.setFillColor(black)
        for it in chunk:
            y -= 15
            vals = [it["name"], it["spec"], it["unit"], str(it["qty"]), fmt_num(it["price"], "plain", 2 if it["price"] != int(it["price"]) else 2),
                    fmt_num(it["amount"], "plain"), f"{int(doc['tax_rate']*100)}%", fmt_num(it["tax"], "plain")]
            for (name, x, al), v in zip(cols, vals):
                (c.drawString if al == "l" else c.drawRightString)(x, y, _fit(c, v, "CJK", 9, 180) if al == "l" else v)
        last = pi == len(pages) - 1
        ybot = 150
        c.setStrokeColor(BROWN); c.line(x0, ybot, x1, ybot); c.line(x0, ybot - 28, x1, ybot - 28)
        c.setFillColor(BROWN); c.drawString(x0 + 30, ybot + 6, "合　　计")
        c.drawString(x0 + 30, ybot - 18, "价税合计（大写）"); c.drawString(x0 + 470, ybot - 18, "（小写）")
        c.setFillColor(black)
        if last:
            c.drawRightString(x0 + 540, ybot + 6, "¥" + fmt_num(doc["subtotal"], "plain"))
            c.drawRightString(x1 - 8, ybot + 6, "¥" + fmt_num(doc["tax"], "plain"))
            c.setFont("CJK", 11)
            c.drawString(x0 + 150, ybot - 18, cn_upper(doc["total"]))
            c.drawString(x0 + 510, ybot - 18, "¥" + fmt_num(doc["total"], "plain"))
        c.setFont("CJK", 9); c.setFillColor(BROWN)
        for k, ch in enumerate("备注"): c.drawCentredString(x0 + 9, ybot - 45 - k * 12, ch)
        c.line(x0 + 18, ybot - 28, x0 + 18, 60)
        c.setFillColor(black)
        c.drawString(x0 + 24, ybot - 45, doc.get("remark", f"购方开户银行：{doc['buy_extra']['bank']}  银行账号：{doc['buy_extra']['acct']}"))
        c.drawString(x0 + 24, ybot - 60, f"销方开户银行：{doc['sup_extra']['bank']}  银行账号：{doc['sup_extra']['acct']}")
        c.drawString(x0 + 5, 45, f"开票人：{random.Random(doc['id']).choice(['王丽娟', '陈晓燕', '吴建国', '楼海英', '金伟'])}")
        c.showPage()
    c.save()


def western(doc, path, style=0, font="Helvetica", compress=1, pagesize=A4, creator="ReportLab"):
    """A European/US wholesaler invoice. style 0 = left logo band, 1 = boxed header, 2 = minimal."""
    t = tr(doc["lang"])
    bold = {"Helvetica": "Helvetica-Bold", "DJ": "DJB", "CJK": "CJK", "Times-Roman": "Times-Bold"}[font]
    c = canvas.Canvas(path, pagesize=pagesize, pageCompression=compress)
    c.setCreator(creator); c.setTitle(f"{t[doc['doc_type']]} {doc['number']}")
    W, H = pagesize
    accent = HexColor(["#1f4e79", "#2e7d32", "#444444", "#8e24aa", "#c62828"][style % 5])
    items = doc["items"]
    per = 22 if style != 2 else 26
    chunks = [items[i:i + per] for i in range(0, len(items), per)]
    for pi, chunk in enumerate(chunks):
        if style == 0:
            c.setFillColor(accent); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
            c.setFillColor(white); c.setFont(bold, 18); c.drawString(40, H - 45, doc["supplier"])
            c.setFont(font, 8.5); c.drawString(40, H - 60, doc["supplier_addr"] + "  ·  " + t["vatid"] + " " + doc["supplier_tax"])
            c.setFillColor(black); c.setFont(bold, 16); c.drawRightString(W - 40, H - 100, t[doc["doc_type"]])
            yb = H - 110
        elif style == 1:
            c.setStrokeColor(accent); c.setLineWidth(1.2); c.rect(36, H - 120, W - 72, 84)
            c.setFont(bold, 13); c.drawString(48, H - 56, doc["supplier"])
            c.setFont(font, 8.5); c.drawString(48, H - 70, doc["supplier_addr"])
            c.drawString(48, H - 82, t["vatid"] + ": " + doc["supplier_tax"])
            c.setFont(bold, 20); c.setFillColor(accent); c.drawRightString(W - 48, H - 60, t[doc["doc_type"]]); c.setFillColor(black)
            yb = H - 140
        else:
            c.setFont(bold, 11); c.drawString(50, H - 50, doc["supplier"])
            c.setFont(font, 8); c.drawString(50, H - 62, doc["supplier_addr"]); c.drawString(50, H - 72, t["vatid"] + " " + doc["supplier_tax"])
            c.setFont(font, 22); c.drawString(50, H - 115, t[doc["doc_type"]].title() if doc["lang"] != "ja" else t[doc["doc_type"]])
            yb = H - 135
        c.setFont(font, 9)
        c.drawString(W - 230, yb - 10, t["no"] + ":"); c.drawRightString(W - 40, yb - 10, doc["number"])
        c.drawString(W - 230, yb - 24, t["date"] + ":"); c.drawRightString(W - 40, yb - 24, doc["date_str"])
        if doc["doc_type"] != "receipt":
            c.drawString(W - 230, yb - 38, t["due"] + ":"); c.drawRightString(W - 40, yb - 38, doc["due_str"])
        c.setFont(bold, 9); c.drawString(50, yb - 10, t["buyer"])
        c.setFont(font, 9); c.drawString(50, yb - 24, doc["buyer"])
        addr = doc["buyer_addr"]
        c.drawString(50, yb - 36, addr[:60]);
        if len(addr) > 60: c.drawString(50, yb - 48, addr[60:])
        if doc["buyer_tax"]: c.drawString(50, yb - 60, t["vatid"] + ": " + doc["buyer_tax"])
        y = yb - 90
        c.setFillColor(HexColor("#eeeeee") if style != 0 else HexColor("#dce6f0")); c.rect(40, y - 4, W - 80, 16, stroke=0, fill=1)
        c.setFillColor(black); c.setFont(bold, 8.5)
        cx = [46, W - 250, W - 160, W - 46]
        c.drawString(cx[0], y, "#  " + t["desc"]); c.drawRightString(cx[1], y, t["qty"]); c.drawRightString(cx[2], y, t["unit"]); c.drawRightString(cx[3], y, t["amount"])
        c.setFont(font, 8.5)
        for k, it in enumerate(chunk):
            y -= 16
            n = pi * per + k + 1
            c.drawString(cx[0], y, f"{n:<3} " + it["name"]); c.drawRightString(cx[1], y, str(it["qty"]))
            c.drawRightString(cx[2], y, money(it["price"], doc, sym=False)); c.drawRightString(cx[3], y, money(it["amount"], doc, sym=False))
            if style == 1:
                c.setStrokeColor(HexColor("#cccccc")); c.setLineWidth(0.3); c.line(40, y - 5, W - 40, y - 5)
        if pi < len(chunks) - 1:
            c.setFont(font, 8); c.drawRightString(W - 40, 40, f"{t['page']} {pi+1}/{len(chunks)}"); c.showPage(); continue
        y -= 28
        lines = [(t["subtotal"], doc["subtotal"])]
        if doc["discount"]: lines.append((t["discount"], -doc["discount"]))
        if doc["shipping"]: lines.append((t["shipping"], doc["shipping"]))
        if doc["tax_rate"]: lines.append((f"{t['tax']} {fmt_num(doc['tax_rate']*100, doc['numstyle'], 0)}%" if doc["lang"] != "ja" else t["tax"], doc["tax"]))
        c.setStrokeColor(black); c.setLineWidth(0.6); c.line(W - 250, y + 14, W - 40, y + 14)
        for lab, v in lines:
            c.drawString(W - 250, y, lab); c.drawRightString(W - 40, y, money(v, doc, sym=False)); y -= 14
        c.setFont(bold, 11); c.drawString(W - 250, y - 4, t["total"] + f" ({doc['currency']})"); c.drawRightString(W - 40, y - 4, money(doc["total"], doc, sym=False))
        c.setFont(font, 7.5)
        if not doc["tax_rate"] and doc["lang"] in ("de", "fr", "it", "es", "nl", "pl"):
            note = {"de": "Steuerfreie innergemeinschaftliche Lieferung / Reverse Charge.", "fr": "Autoliquidation - article 283-2 du CGI.",
                    "it": "Operazione non imponibile art. 41 DL 331/93.", "es": "Inversión del sujeto pasivo.",
                    "nl": "btw verlegd.", "pl": "Odwrotne obciążenie."}[doc["lang"]]
            c.drawString(50, 95, note)
        c.drawString(50, 80, t["pay"])
        c.drawString(50, 68, "IBAN " + (lambda r: "".join(r.choice("0123456789") for _ in range(20)))(random.Random(doc["supplier"])) + "   " + t["thanks"])
        if len(chunks) > 1: c.drawRightString(W - 40, 40, f"{t['page']} {pi+1}/{len(chunks)}")
        c.showPage()
    c.save()


def commercial(doc, path, compress=1):
    """Factory commercial / proforma invoice in English, USD, FOB Ningbo."""
    c = canvas.Canvas(path, pagesize=A4, pageCompression=compress)
    c.setCreator("ReportLab"); W, H = A4
    c.setFont("Helvetica-Bold", 14); c.drawCentredString(W / 2, H - 50, doc["supplier"].upper())
    c.setFont("Helvetica", 8.5); c.drawCentredString(W / 2, H - 64, doc["supplier_addr"])
    c.drawCentredString(W / 2, H - 75, f"USCC: {doc['supplier_tax']}   Tel: +86 579 {random.Random(doc['id']).randint(81000000, 89999999)}")
    c.setLineWidth(1.5); c.line(40, H - 82, W - 40, H - 82)
    title = "PROFORMA INVOICE" if doc["doc_type"] == "proforma" else "COMMERCIAL INVOICE"
    c.setFont("Helvetica-Bold", 16); c.drawCentredString(W / 2, H - 108, title)
    c.setFont("Helvetica", 9)
    c.drawString(45, H - 135, "To: " + doc["buyer"]); c.drawString(45, H - 148, doc["buyer_addr"][:80])
    c.drawString(W - 210, H - 135, "No.: " + doc["number"]); c.drawString(W - 210, H - 148, "Date: " + doc["date_str"])
    c.drawString(45, H - 165, f"Terms: {random.Random(doc['id']).choice(['FOB Ningbo', 'FOB Shanghai', 'EXW Yiwu', 'CIF Felixstowe', 'DDP Amazon FBA ONT8'])}    Payment: 30% T/T deposit, 70% before shipment")
    y = H - 195
    hdr = ["Item", "Description", "HS Code", "Qty (pcs)", "Unit Price", "Amount"]
    xs = [45, 75, 300, 390, 470, W - 45]
    c.setFillColor(HexColor("#e8e8e8")); c.rect(40, y - 5, W - 80, 17, fill=1, stroke=0); c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5)
    for h_, x in zip(hdr, xs): (c.drawString if x < 300 else c.drawRightString)(x + (40 if 300 <= x < W - 45 else 0), y, h_)
    c.setFont("Helvetica", 8.5)
    rr = random.Random(doc["id"] + "hs")
    for k, it in enumerate(doc["items"]):
        y -= 16
        if y < 120:
            c.showPage(); c.setFont("Helvetica", 8.5); y = H - 60
        c.drawString(45, y, f"{k+1}"); c.drawString(75, y, it["name"][:40]); c.drawRightString(340, y, f"{rr.randint(3900,9620)}.{rr.randint(10,99)}")
        c.drawRightString(430, y, f"{it['qty']:,}"); c.drawRightString(510, y, "$" + fmt_num(it["price"], "us")); c.drawRightString(W - 45, y, "$" + fmt_num(it["amount"], "us"))
    y -= 10; c.line(40, y, W - 40, y); y -= 16
    if doc["discount"]:
        c.drawString(390, y, "Discount"); c.drawRightString(W - 45, y, "-$" + fmt_num(doc["discount"], "us")); y -= 14
    if doc["shipping"]:
        c.drawString(390, y, "Freight"); c.drawRightString(W - 45, y, "$" + fmt_num(doc["shipping"], "us")); y -= 14
    c.setFont("Helvetica-Bold", 10); c.drawString(390, y, "TOTAL"); c.drawRightString(W - 45, y, fmt_num(doc["total"], "us") + " USD")
    c.setFont("Helvetica", 8.5)
    c.drawString(45, y - 30, "SAY TOTAL US DOLLARS " + words_en(doc["total"]).upper() + " ONLY.")
    c.drawString(45, y - 55, "Beneficiary bank: Zhejiang Chouzhou Commercial Bank, Yiwu Branch  SWIFT: CZCBCN2X")
    c.drawString(45, y - 67, "A/C No.: " + doc["sup_extra"]["acct"])
    c.drawString(W - 200, y - 110, "Authorized signature")
    c.setStrokeColor(HexColor("#c0392b")); c.setFillColor(HexColor("#c0392b")); c.setLineWidth(1.5)
    c.circle(W - 140, y - 140, 34); c.setFont("CJK", 7.5); c.drawCentredString(W - 140, y - 143, doc["sup_extra"]["zh"][:12]); c.drawCentredString(W - 140, y - 155, "合同专用章")
    c.showPage(); c.save()


def words_en(v):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
    def w(n):
        if n < 20: return ones[n]
        if n < 100: return tens[n // 10] + ("-" + ones[n % 10] if n % 10 else "")
        if n < 1000: return ones[n // 100] + " hundred" + (" and " + w(n % 100) if n % 100 else "")
        if n < 10 ** 6: return w(n // 1000) + " thousand" + (" " + w(n % 1000) if n % 1000 else "")
        return w(n // 10 ** 6) + " million" + (" " + w(n % 10 ** 6) if n % 10 ** 6 else "")
    ip = int(v); cents = int(round((v - ip) * 100))
    return w(ip) + (f" and cents {w(cents)}" if cents else "")


def paper_vat(doc, path):
    """Older pre-printed paper 增值税专用发票 (green grid, 密码区, machine-printed values slightly off-grid)."""
    W, H = 650, 400
    c = canvas.Canvas(path, pagesize=(W, H))
    g = HexColor("#4f7f5a")
    c.setStrokeColor(g); c.setFillColor(g)
    c.setFont("CJK", 17); c.drawCentredString(W / 2, H - 40, "浙江增值税专用发票")
    c.setFont("CJK", 9); c.drawCentredString(W / 2, H - 56, "发 票 联")
    c.ellipse(W / 2 - 40, H - 38, W / 2 + 40, H - 2, stroke=1, fill=0); c.setFont("CJK", 6); c.drawCentredString(W / 2, H - 14, "全国统一发票监制章")
    c.setFont("CJK", 8); c.drawString(20, H - 30, "3300" + doc["number"][:6]); c.drawString(W - 170, H - 30, "No " + doc["number"][-8:])
    c.drawString(W - 170, H - 60, "开票日期："); c.rect(20, 70, W - 40, H - 140)
    top = H - 70
    c.line(20, top - 60, W - 20, top - 60); c.line(40, top, 40, top - 60); c.line(380, top, 380, top - 60); c.line(400, top, 400, top - 60)
    for k, ch in enumerate("购买方"): c.drawString(27, top - 15 - k * 14, ch)
    for k, ch in enumerate("密码区"): c.drawString(387, top - 15 - k * 14, ch)
    labs = ["名　　称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
    for k, l in enumerate(labs): c.drawString(45, top - 12 - k * 14, l)
    c.line(20, top - 160, W - 20, top - 160); c.line(20, top - 180, W - 20, top - 180); c.line(20, top - 240, W - 20, top - 240)
    hdr = [("货物或应税劳务、服务名称", 30), ("规格型号", 200), ("单位", 260), ("数 量", 300), ("单 价", 360), ("金 额", 430), ("税率", 500), ("税 额", 560)]
    for h_, x in hdr: c.drawString(x, top - 72, h_)
    c.drawString(30, top - 155, "合　　计"); c.drawString(30, top - 173, "价税合计（大写）"); c.drawString(430, top - 173, "（小写）")
    for k, ch in enumerate("销售方"): c.drawString(27, top - 195 - k * 14, ch)
    for k, l in enumerate(labs): c.drawString(45, top - 192 - k * 14, l)
    c.drawString(30, 55, "收款人：　　　　复核：　　　　开票人：　　　　销售方：（章）")
    # machine-printed values (black, a little off the grid as dot-matrix printers do)
    rr = random.Random(doc["id"] + "pv")
    dx, dy = rr.uniform(-4, 6), rr.uniform(-3, 3)
    c.setFillColor(black); c.setFont("CJK", 9)
    c.drawString(W - 120 + dx, H - 60 + dy, doc["date_str"])
    c.drawString(120 + dx, top - 12 + dy, doc["buyer"]); c.drawString(120 + dx, top - 26 + dy, doc["buyer_tax"])
    c.drawString(120 + dx, top - 40 + dy, doc["buyer_addr"][:28])
    c.setFont("Courier", 7.5)
    for k in range(4):
        c.drawString(405 + dx, top - 12 - k * 13 + dy, "".join(rr.choice("0123456789+-*/<>") for _ in range(40)))
    c.setFont("CJK", 8.5)
    y = top - 90
    for it in doc["items"][:5]:
        c.drawString(30 + dx, y + dy, it["name"][:14]); c.drawString(200 + dx, y + dy, it["spec"]); c.drawString(262 + dx, y + dy, it["unit"])
        c.drawRightString(345 + dx, y + dy, str(it["qty"])); c.drawRightString(410 + dx, y + dy, fmt_num(it["price"], "plain"))
        c.drawRightString(490 + dx, y + dy, fmt_num(it["amount"], "plain")); c.drawString(505 + dx, y + dy, f"{int(doc['tax_rate']*100)}%")
        c.drawRightString(620 + dx, y + dy, fmt_num(it["tax"], "plain")); y -= 13
    c.drawRightString(490 + dx, top - 155 + dy, "¥" + fmt_num(doc["subtotal"], "plain")); c.drawRightString(620 + dx, top - 155 + dy, "¥" + fmt_num(doc["tax"], "plain"))
    c.drawString(120 + dx, top - 173 + dy, cn_upper(doc["total"])); c.drawString(470 + dx, top - 173 + dy, "¥" + fmt_num(doc["total"], "plain"))
    c.drawString(120 + dx, top - 192 + dy, doc["supplier"]); c.drawString(120 + dx, top - 206 + dy, doc["supplier_tax"])
    c.drawString(120 + dx, top - 220 + dy, doc["supplier_addr"][:28])
    # red seal
    c.setStrokeColor(HexColor("#d0312d")); c.setFillColor(HexColor("#d0312d")); c.setLineWidth(2)
    c.ellipse(W - 170, 40, W - 60, 110); c.setFont("CJK", 7); c.drawCentredString(W - 115, 88, doc["supplier"][:13])
    c.setFont("Courier-Bold", 7); c.drawCentredString(W - 115, 72, doc["supplier_tax"]); c.setFont("CJK", 9); c.drawCentredString(W - 115, 55, "发票专用章")
    c.showPage(); c.save()


def build(rng):
    """Write the ReportLab part; returns (labels, metas)."""
    recs, metas = [], []
    out = lambda n: os.path.join(FILES, n)
    # 数电票: 14 files (专用 + 普通), a few multi-page, 2 with arithmetic slips
    for i in range(14):
        kind = "专用" if i % 3 != 2 else "普通"
        n_items = 11 if i in (4, 9) else None
        doc = make_doc(rng, f"sd{i}", "zh", "tax_invoice" if kind == "专用" else "invoice", n_items=n_items, arith_error=(i in (6, 12)))
        fn = f"dzfp_{doc['date_obj']:%Y%m%d}_{doc['number'][-8:]}.pdf"
        shudian(doc, out(fn), kind, compress=i % 2)
        p = pdf_pages(out(fn))
        recs.append(label(doc, fn, "rl_shudian", p)); metas.append(meta(doc, fn, "rl_shudian", font="CJK"))
    # western invoices, Helvetica (Latin-1) -> editable in the content stream
    specs = [("de", 0), ("de", 1), ("de", 2), ("fr", 1), ("fr", 0), ("it", 2), ("it", 0), ("es", 1), ("es", 2), ("nl", 0), ("nl", 2),
             ("en_gb", 1), ("en_gb", 2), ("en_us", 0), ("en_us", 1), ("de", 1), ("fr", 2)]
    for i, (lang, st) in enumerate(specs):
        dt = "credit_note" if i == 15 else ("receipt" if i == 12 else "invoice")
        doc = make_doc(rng, f"rw{i}", lang, dt, n_items=30 if i in (2, 8) else None, discount=i % 3 == 0, shipping=i % 4 == 1,
                       tax=(i % 5 != 4), arith_error=(i in (5, 13)))
        if dt == "credit_note":
            for it in doc["items"]: it["amount"] = -it["amount"]
            for k in ("subtotal", "tax", "total", "discount", "shipping"): doc[k] = -doc[k]
            doc["date_str"] = doc["date_str"]
        fn = f"{tr(lang)[dt].split()[0].lower().replace('é','e')}_{doc['number'].replace('/', '-')}.pdf"
        western(doc, out(fn), style=st, compress=i % 2, pagesize=LETTER if lang == "en_us" else A4)
        recs.append(label(doc, fn, "rl_western", pdf_pages(out(fn)))); metas.append(meta(doc, fn, "rl_western", font="Helvetica"))
    # Polish and Japanese via TTF fonts
    for i, lang in enumerate(["pl", "pl", "ja", "ja"]):
        doc = make_doc(rng, f"rt{i}", lang, "tax_invoice" if lang == "ja" else "invoice", discount=i == 1, shipping=i == 2)
        fn = f"{'faktura' if lang == 'pl' else 'seikyusho'}_{doc['number'].replace('/', '-')}.pdf"
        western(doc, out(fn), style=i, font="DJ" if lang == "pl" else "CJK")
        recs.append(label(doc, fn, "rl_western_ttf", pdf_pages(out(fn)))); metas.append(meta(doc, fn, "rl_western_ttf", font="TTF"))
    # factory commercial / proforma invoices
    for i in range(8):
        dt = "proforma" if i % 3 == 0 else "invoice"
        doc = make_doc(rng, f"ci{i}", "en_cn", dt, currency="USD", n_items=rng.choice([2, 4, 6, 14]), tax=False,
                       discount=i == 2, shipping=i in (1, 5), arith_error=(i == 4))
        fn = f"{'PI' if dt == 'proforma' else 'CI'}_{doc['number']}.pdf"
        commercial(doc, out(fn), compress=i % 2)
        recs.append(label(doc, fn, "rl_factory_ci", pdf_pages(out(fn)))); metas.append(meta(doc, fn, "rl_factory_ci", font="Helvetica"))
    return recs, metas


if __name__ == "__main__":
    r, m = build(random.Random(27))
    save_part("rl", r, m)
    print(len(r), "reportlab files")
