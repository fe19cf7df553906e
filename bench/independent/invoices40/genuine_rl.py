"""ReportLab-made documents: several of my own layouts (classic, band, fapiao grid, receipt, commercial)."""
import os, random, datetime
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4, A5, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, black, white
from common import *

pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJ", DEJAVU))
pdfmetrics.registerFont(TTFont("DJB", DEJAVU_B))

WORK_SRC = os.path.join(WORK, "src")
os.makedirs(WORK_SRC, exist_ok=True)


def fonts_for(lang):
    if lang in ("zh", "ja", "zh_hk"): return "WQY", "WQY"
    if lang == "pl": return "DJ", "DJB"
    return "Helvetica", "Helvetica-Bold"


def wrap(c, text, font, size, width):
    out, cur = [], ""
    for ch in (text.split(" ") if " " in text else list(text)):
        sep = " " if " " in text else ""
        t = (cur + sep + ch) if cur else ch
        if c.stringWidth(t, font, size) > width and cur:
            out.append(cur); cur = ch
        else:
            cur = t
    if cur: out.append(cur)
    return out


CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(x):
    """Chinese financial capital numerals for 价税合计(大写)."""
    x = q2(x)
    yuan = int(x); jiao = int((x * 10) % 10); fen = int((x * 100) % 10)
    units = ["", "拾", "佰", "仟"]; big = ["", "万", "亿"]
    s = ""; grp = 0
    if yuan == 0: s = "零"
    while yuan > 0:
        part = yuan % 10000; ps = ""; zero = False
        for i in range(4):
            d = part % 10
            if d == 0:
                if ps and not zero: zero = True
            else:
                ps = CN_DIG[d] + units[i] + ("零" if zero else "") + ps; zero = False
            part //= 10
        if ps: s = ps + big[grp] + s
        yuan //= 10000; grp += 1
    s += "圆"
    if jiao == 0 and fen == 0: return s + "整"
    if jiao: s += CN_DIG[jiao] + "角"
    elif fen: s += "零"
    if fen: s += CN_DIG[fen] + "分"
    return s


def totals_rows(doc):
    w = words(doc)
    rows = [(w["subtotal"], doc["subtotal"])]
    if doc["discount"]: rows.append((f'{w["discount"]}', -doc["discount"]))
    if doc["shipping"]: rows.append((w["shipping"], doc["shipping"]))
    if doc["tax_rate"]:
        rows.append((f'{w["tax"]} {doc["tax_rate"]}%' if doc["lang"] != "ja" else w["tax"], doc["tax"]))
    rows.append((w["total"], doc["total"]))
    return rows


def render_classic(doc, path, style="classic", pagesize=A4, rows_per_page=18, creator=None):
    w = words(doc); F, FB = fonts_for(doc["lang"])
    c = canvas.Canvas(path, pagesize=pagesize, pageCompression=random.Random(doc["number"]).random() < 0.5)
    if creator: c.setCreator(creator)
    c.setAuthor(doc["supplier"]["name"][:40]); c.setTitle(f'{title(doc)} {doc["number"]}')
    W_, H = pagesize
    accent = HexColor(random.Random(doc["number"]).choice(["#1f4e79", "#7a2e2e", "#2e5e3a", "#444444", "#5b3f8c"]))
    items = doc["items"]
    pages = [items[i:i + rows_per_page] for i in range(0, len(items), rows_per_page)] or [[]]
    cols = [40, W_ * 0.52, W_ * 0.62, W_ * 0.76, W_ - 40]
    for pi, chunk in enumerate(pages):
        if style == "band":
            c.setFillColor(accent); c.rect(0, H - 95, W_, 95, fill=1, stroke=0)
            c.setFillColor(white); c.setFont(FB, 20); c.drawString(40, H - 45, title(doc))
            c.setFont(F, 9); c.drawString(40, H - 62, doc["supplier"]["name"])
            c.drawString(40, H - 74, doc["supplier"]["addr"][:95])
            c.drawString(40, H - 86, f'{w["taxid"]}: {doc["supplier"]["tax"]}')
            c.setFillColor(black); y = H - 120
        else:
            c.setFont(FB, 13); c.drawString(40, H - 50, doc["supplier"]["name"])
            c.setFont(F, 8.5)
            for k, ln in enumerate(wrap(c, doc["supplier"]["addr"], F, 8.5, 280)):
                c.drawString(40, H - 64 - 11 * k, ln)
            c.drawString(40, H - 90, f'{w["taxid"]}: {doc["supplier"]["tax"]}')
            c.setFont(FB, 18); c.setFillColor(accent); c.drawRightString(W_ - 40, H - 52, title(doc)); c.setFillColor(black)
            c.setStrokeColor(accent); c.setLineWidth(1.5); c.line(40, H - 100, W_ - 40, H - 100); y = H - 122
        # meta block
        c.setFont(F, 9)
        c.drawString(W_ * 0.6, y, f'{w["no"]}: {doc["number"]}')
        c.drawString(W_ * 0.6, y - 13, f'{w["date"]}: {ddate(doc)}')
        if len(pages) > 1:
            c.drawString(W_ * 0.6, y - 26, f'{w["page"]} {pi + 1}/{len(pages)}')
        c.setFont(FB, 9); c.drawString(40, y, w["buyer"])
        c.setFont(F, 9); c.drawString(40, y - 13, doc["buyer"]["name"])
        for k, ln in enumerate(wrap(c, doc["buyer"]["addr"], F, 8.5, 260)):
            c.setFont(F, 8.5); c.drawString(40, y - 25 - 11 * k, ln)
        c.drawString(40, y - 50, f'{w["taxid"]}: {doc["buyer"]["tax"]}')
        y -= 80
        # table
        c.setFillColor(HexColor("#e8e8e8") if style != "band" else accent)
        c.rect(36, y - 4, W_ - 72, 16, fill=1, stroke=0)
        c.setFillColor(black if style != "band" else white); c.setFont(FB, 8.5)
        c.drawString(cols[0], y, w["desc"]); c.drawRightString(cols[2], y, w["qty"])
        c.drawRightString(cols[3], y, w["price"]); c.drawRightString(cols[4], y, w["amount"])
        c.setFillColor(black); y -= 18
        for ri, it in enumerate(chunk):
            if style == "band" and ri % 2:
                c.setFillColor(HexColor("#f2f2f2")); c.rect(36, y - 4, W_ - 72, 15, fill=1, stroke=0); c.setFillColor(black)
            c.setFont(F, 8.5)
            c.drawString(cols[0], y, it["desc"][:60])
            c.drawRightString(cols[2], y, str(it["qty"]))
            c.drawRightString(cols[3], y, num(doc, it["price"]))
            c.drawRightString(cols[4], y, num(doc, it["line"]))
            y -= 15
            if style == "classic":
                c.setStrokeColor(HexColor("#cccccc")); c.setLineWidth(0.4); c.line(36, y + 10, W_ - 36, y + 10)
        if pi == len(pages) - 1:
            y -= 10
            for lab, val in totals_rows(doc):
                last = lab == w["total"]
                c.setFont(FB if last else F, 10 if last else 9)
                c.drawRightString(cols[3], y, lab)
                c.drawRightString(cols[4], y, money(doc, val))
                if last:
                    c.setStrokeColor(black); c.setLineWidth(0.8); c.line(cols[2], y + 12, cols[4], y + 12)
                y -= 15
            c.setFont(F, 8); c.drawString(40, 60, w["terms"])
            c.drawString(40, 48, "IBAN DE89 3704 0044 0532 0130 00" if doc["currency"] == "EUR" else "Bank A/C 6222 0210 0104 4387 219")
        else:
            c.setFont(F, 8); c.drawRightString(W_ - 40, 60, "…")
        c.showPage()
    c.save()
    return len(pages)


def render_fapiao(doc, path, electronic=True):
    """增值税发票 style grid (my own drawing, not a copy of the official form)."""
    W_, H = 800, 500
    if not doc["arith_error"]:
        doc["tax"] = sum((q2(it["line"] * doc["tax_rate"] / 100) for it in doc["items"]), D(0))
        doc["total"] = doc["subtotal"] + doc["tax"]
    c = canvas.Canvas(path, pagesize=(W_, H))
    c.setCreator("电子发票服务平台" if electronic else "开票软件")
    brown = HexColor("#8b4513")
    c.setStrokeColor(brown); c.setFillColor(brown)
    c.setFont("WQY", 20)
    t = "电子发票（增值税专用发票）" if doc["doc_type"] == "tax_invoice" else "电子发票（普通发票）"
    c.drawCentredString(W_ / 2, H - 45, t)
    c.setLineWidth(1); c.line(W_ / 2 - 150, H - 52, W_ / 2 + 150, H - 52); c.line(W_ / 2 - 150, H - 55, W_ / 2 + 150, H - 55)
    c.setFont("WQY", 9)
    c.drawString(W_ - 220, H - 40, f"发票号码：{doc['number']}{doc['number'][:4]}{doc['number'][-4:]}")
    c.drawString(W_ - 220, H - 55, f"开票日期：{ddate(doc)}")
    top = H - 70; bot = 60
    c.rect(30, bot, W_ - 60, top - bot)
    # buyer / seller
    c.line(30, top - 80, W_ - 30, top - 80); c.line(W_ / 2, top, W_ / 2, top - 80)
    for x0, lab, party in ((30, "购买方信息", doc["buyer"]), (W_ / 2, "销售方信息", doc["supplier"])):
        c.line(x0 + 22, top, x0 + 22, top - 80)
        for k, ch in enumerate(lab):
            c.drawString(x0 + 7, top - 16 - 15 * k, ch)
        c.setFillColor(black)
        c.drawString(x0 + 30, top - 20, f"名称：{party['name']}")
        c.drawString(x0 + 30, top - 40, f"统一社会信用代码/纳税人识别号：{party['tax']}")
        c.setFillColor(brown)
    # items
    y = top - 98
    heads = [(40, "项目名称"), (260, "规格型号"), (340, "单位"), (420, "数量"), (500, "单价"), (580, "金额"), (640, "税率/征收率"), (730, "税额")]
    for x, h in heads: c.drawString(x, y, h)
    rate = doc["tax_rate"]
    c.setFillColor(black)
    y -= 18
    for it in doc["items"]:
        c.drawString(40, y, "*鞋*" + it["desc"][:16] if "鞋" in it["desc"] else "*服装*" + it["desc"][:16])
        c.drawString(260, y, "—"); c.drawString(340, y, "双" if "鞋" in it["desc"] else "件")
        c.drawRightString(450, y, str(it["qty"])); c.drawRightString(555, y, num(doc, it["price"]))
        c.drawRightString(630, y, num(doc, it["line"])); c.drawString(655, y, f"{rate}%")
        c.drawRightString(765, y, num(doc, q2(it["line"] * rate / 100)))
        y -= 15
    c.setFillColor(brown)
    yl = bot + 70
    c.line(30, yl + 25, W_ - 30, yl + 25)
    c.drawString(40, yl + 8, "合　　计")
    c.setFillColor(black)
    c.drawRightString(630, yl + 8, money(doc, doc["subtotal"])); c.drawRightString(765, yl + 8, money(doc, doc["tax"]))
    c.setFillColor(brown)
    c.line(30, yl, W_ - 30, yl)
    c.drawString(40, yl - 18, "价税合计（大写）")
    c.setFillColor(black); c.drawString(150, yl - 18, "ⓧ " + cn_upper(doc["total"]))
    c.setFillColor(brown); c.drawString(560, yl - 18, "（小写）")
    c.setFillColor(black); c.drawString(610, yl - 18, money(doc, doc["total"]))
    c.setFillColor(brown); c.line(30, yl - 30, W_ - 30, yl - 30)
    c.drawString(40, bot + 15, "备注"); c.setFillColor(black); c.drawString(90, bot + 15, "亚马逊FBA备货 订单号 " + doc["number"][-6:])
    c.setFillColor(brown); c.drawString(40, bot - 18, "开票人：林秀琴")
    c.showPage(); c.save()
    return 1


def render_receipt(doc, path):
    """收据 from a small workshop: A5 landscape, pre-printed booklet look."""
    W_, H = A5[1], A5[0]
    c = canvas.Canvas(path, pagesize=(W_, H)); c.setCreator("Microsoft Print to PDF")
    red = HexColor("#b22222")
    c.setStrokeColor(red); c.setFillColor(red); c.setFont("WQY", 20)
    c.drawCentredString(W_ / 2, H - 40, "收　据" if doc["doc_type"] == "receipt" else "送　货　单")
    c.setFont("WQY", 9)
    c.drawString(W_ - 150, H - 40, f"No. {doc['number'][-7:]}")
    c.drawString(40, H - 65, f"客户：");
    c.drawString(W_ - 200, H - 65, f"日期：")
    c.setFillColor(HexColor("#1a2a6c"))
    c.setFont("WQY", 10); c.drawString(75, H - 65, doc["buyer"]["name"]); c.drawString(W_ - 168, H - 65, ddate(doc))
    c.setFillColor(red)
    top = H - 75; cols = [40, 260, 320, 400, W_ - 40]
    nrows = max(6, len(doc["items"]))
    c.rect(40, top - 18 * (nrows + 2), W_ - 80, 18 * (nrows + 2))
    for x in cols[1:-1]: c.line(x, top, x, top - 18 * (nrows + 1))
    for r in range(1, nrows + 2): c.line(40, top - 18 * r, W_ - 40, top - 18 * r)
    for x, h in zip([45, 265, 325, 405], ["品名规格", "数量", "单价", "金额"]): c.drawString(x, top - 13, h)
    c.setFillColor(HexColor("#1a2a6c")); c.setFont("WQY", 10)
    for i, it in enumerate(doc["items"]):
        y = top - 18 * (i + 1) - 13
        c.drawString(45, y, it["desc"][:18]); c.drawRightString(315, y, str(it["qty"]))
        c.drawRightString(395, y, num(doc, it["price"])); c.drawRightString(W_ - 45, y, num(doc, it["line"]))
    yb = top - 18 * (nrows + 1) - 13
    c.setFillColor(red); c.setFont("WQY", 9); c.drawString(45, yb, "合计金额（大写）")
    c.setFillColor(HexColor("#1a2a6c")); c.drawString(125, yb, cn_upper(doc["total"]))
    c.drawRightString(W_ - 45, yb, money(doc, doc["total"]))
    c.setFillColor(red)
    c.drawString(40, 40, f"收款单位：{doc['supplier']['name']}"); c.drawString(W_ - 170, 40, "经手人：陈")
    # round seal
    c.setStrokeColor(HexColor("#d02020")); c.setLineWidth(1.6); c.circle(W_ - 110, 75, 34)
    c.setFont("WQY", 6.5); c.setFillColor(HexColor("#d02020"))
    c.drawCentredString(W_ - 110, 82, doc["supplier"]["name"][:8]); c.drawCentredString(W_ - 110, 70, "财务专用章")
    c.showPage(); c.save()
    return 1


def render_commercial(doc, path):
    """English commercial invoice of a VN / BD factory with FOB terms and HS codes."""
    W_, H = A4
    c = canvas.Canvas(path, pagesize=A4); c.setCreator("Excel 2016")
    c.setFont("Times-Bold", 16); c.drawCentredString(W_ / 2, H - 50, doc["supplier"]["name"].upper())
    c.setFont("Times-Roman", 9); c.drawCentredString(W_ / 2, H - 64, doc["supplier"]["addr"])
    c.drawCentredString(W_ / 2, H - 76, doc["supplier"]["tax"])
    pl = doc["doc_type"] == "packing_list"
    c.setFont("Times-Bold", 14); c.drawCentredString(W_ / 2, H - 102, {"proforma": "PROFORMA INVOICE", "packing_list": "PACKING LIST"}.get(doc["doc_type"], "COMMERCIAL INVOICE"))
    c.rect(40, H - 215, W_ - 80, 100); c.line(W_ / 2, H - 115, W_ / 2, H - 215)
    c.setFont("Times-Bold", 9); c.drawString(46, H - 128, "Consignee / Buyer:")
    c.setFont("Times-Roman", 9); c.drawString(46, H - 141, doc["buyer"]["name"])
    for k, ln in enumerate(wrap(c, doc["buyer"]["addr"], "Times-Roman", 9, W_ / 2 - 60)):
        c.drawString(46, H - 153 - 11 * k, ln)
    r = random.Random(doc["number"])
    info = [("Invoice No.", doc["number"]), ("Invoice Date", ddate(doc)), ("Terms", r.choice(["FOB Cai Mep", "FOB Chittagong", "CIF Los Angeles", "FOB Ho Chi Minh"])),
            ("Payment", r.choice(["T/T 30% deposit, 70% before shipment", "L/C at sight", "T/T 60 days"])), ("Vessel", r.choice(["MAERSK KOLKATA 412E", "ONE HARMONY 027W", "CMA CGM TAGE 3FE"]))]
    for k, (a, b) in enumerate(info):
        c.setFont("Times-Bold", 9); c.drawString(W_ / 2 + 6, H - 128 - 16 * k, a + ":")
        c.setFont("Times-Roman", 9); c.drawString(W_ / 2 + 80, H - 128 - 16 * k, b)
    y = H - 240
    heads = [(44, "Marks"), (100, "Description of goods"), (330, "HS code"), (400, "Qty (prs/pcs)"), (470, "Unit price" if not pl else "N.W. kg"), (W_ - 44, "Amount" if not pl else "G.W. kg")]
    c.setFont("Times-Bold", 9)
    for x, h in heads:
        (c.drawRightString if x > 460 else c.drawString)(x + (40 if 400 <= x < 460 else 0), y, h)
    c.line(40, y - 5, W_ - 40, y - 5); y -= 18; c.setFont("Times-Roman", 9)
    for i, it in enumerate(doc["items"]):
        c.drawString(44, y, f"C/N {i + 1}"); c.drawString(100, y, it["desc"][:42])
        c.drawString(330, y, r.choice(["6404.11", "6402.99", "6110.20", "6201.40", "6115.95"]))
        c.drawRightString(440, y, f"{it['qty']:,}")
        if pl:
            nw = it["qty"] * 0.42; c.drawRightString(510, y, f"{nw:,.1f}"); c.drawRightString(W_ - 44, y, f"{nw * 1.12:,.1f}")
        else:
            c.drawRightString(510, y, num(doc, it["price"])); c.drawRightString(W_ - 44, y, num(doc, it["line"]))
        y -= 14
    c.line(40, y + 4, W_ - 40, y + 4); y -= 12
    for lab, val in ([] if pl else totals_rows(doc)):
        c.setFont("Times-Bold" if lab == "Total" else "Times-Roman", 10)
        c.drawRightString(470, y, ("TOTAL " + doc["currency"]) if lab == "Total" else lab)
        c.drawRightString(W_ - 44, y, money(doc, val)); y -= 14
    c.setFont("Times-Italic", 9); c.drawString(44, y - 10, "Country of origin: " + ("Vietnam" if doc["lang"] == "en_vn" else "Bangladesh"))
    c.drawString(44, y - 24, "We certify that this invoice is true and correct.")
    c.setFont("Times-Roman", 9); c.drawString(W_ - 200, 90, "For and on behalf of"); c.drawString(W_ - 200, 78, doc["supplier"]["name"])
    c.line(W_ - 200, 60, W_ - 50, 60); c.drawString(W_ - 200, 50, "Authorized signature")
    c.showPage(); c.save()
    return 1


def gen(rng, lang, out, style, **kw):
    doc = make_doc(rng, lang, **kw)
    return doc


PLAN = [
    # (lang, style, kwargs)
    ("de", "classic", dict(discount=True)), ("de", "band", dict(shipping=True, n_items=24)), ("de", "classic", dict(n_items=3)),
    ("fr", "classic", dict(shipping=True)), ("fr", "band", dict(discount=True, shipping=True)),
    ("it", "classic", dict()), ("it", "band", dict(n_items=22, discount=True)),
    ("es", "classic", dict(discount=True)), ("es", "band", dict()),
    ("nl", "classic", dict(shipping=True)), ("nl", "band", dict()),
    ("pl", "classic", dict()), ("pl", "band", dict(discount=True)),
    ("en", "classic", dict()), ("en_us", "band", dict(shipping=True, tax_rate=0)), ("en_us", "classic", dict(tax_rate=0, discount=True)),
    ("ja", "classic", dict(shipping=True)), ("zh_hk", "band", dict(tax_rate=0)), ("zh_hk", "classic", dict(tax_rate=0, n_items=26)),
    ("zh", "fapiao", dict(doc_type="tax_invoice")), ("zh", "fapiao", dict(doc_type="tax_invoice")), ("zh", "fapiao", dict(doc_type="invoice")),
    ("zh", "fapiao", dict(doc_type="tax_invoice", tax_rate=13)), ("zh", "fapiao", dict(doc_type="invoice", tax_rate=1)),
    ("zh", "receipt", dict(doc_type="receipt", tax_rate=0)), ("zh", "receipt", dict(doc_type="receipt", tax_rate=0)),
    ("en_vn", "commercial", dict(doc_type="commercial", tax_rate=0)), ("en_bd", "commercial", dict(doc_type="commercial", tax_rate=0)),
    ("en_vn", "commercial", dict(doc_type="commercial", tax_rate=0, n_items=6)), ("en_bd", "commercial", dict(doc_type="proforma", tax_rate=0)),
    ("de", "classic", dict(doc_type="credit_note", n_items=1)),
    # deliberate arithmetic errors
    ("de", "classic", dict(arith_error=True)), ("fr", "band", dict(arith_error=True)), ("zh", "receipt", dict(doc_type="receipt", tax_rate=0, arith_error=True)),
    ("en_vn", "commercial", dict(doc_type="commercial", tax_rate=0, arith_error=True)),
    # non-invoices
    ("zh", "receipt", dict(doc_type="delivery_note", tax_rate=0)), ("de", "classic", dict(doc_type="quotation")),
    ("en_bd", "commercial_pl", dict(doc_type="packing_list", tax_rate=0)),
]


def render(doc, path, style):
    if style == "fapiao": return render_fapiao(doc, path)
    if style == "receipt": return render_receipt(doc, path)
    if style in ("commercial", "commercial_pl"): return render_commercial(doc, path)
    ps = letter if doc["lang"] == "en_us" else A4
    return render_classic(doc, path, style=style, pagesize=ps)


def main():
    rng = random.Random(2201)
    recs = []
    for i, (lang, style, kw) in enumerate(PLAN):
        doc = make_doc(rng, lang, **kw)
        fname = f"rl_{i:02d}_{lang}_{style}.pdf"
        path = os.path.join(FILES, fname)
        if style == "receipt": doc["show_total"] = True
        pages = render(doc, path, style)
        prod = {"classic": "reportlab_classic", "band": "reportlab_band", "fapiao": "reportlab_fapiao_grid",
                "receipt": "reportlab_workshop_receipt", "commercial": "reportlab_commercial_invoice",
                "commercial_pl": "reportlab_commercial_invoice"}[style]
        recs.append(label(fname, doc, prod, pages))
        save_meta(fname, doc, style=style)
    write_part("genuine_rl", recs)
    print("genuine_rl", len(recs))


if __name__ == "__main__":
    main()
