"""ReportLab producers: 数电票 PDFs (专票/普票/红字/销货清单), old paper 机打 VAT layout (for scanning),
English commercial invoices."""
import os, json, datetime
from decimal import Decimal
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import Color, black, white
from common import *

pdfmetrics.registerFont(TTFont("WQY", CJK_FONT, subfontIndex=0))
BROWN = Color(0.55, 0.27, 0.13)
BLUE = Color(0.15, 0.3, 0.55)
META = os.path.join(TMP, "meta")
os.makedirs(META, exist_ok=True)


def save_meta(fname, doc, pos, pagesize):
    m = {k: v for k, v in doc.items() if k not in ("lines",)}
    m["lines"] = [{k: str(v) for k, v in l.items()} for l in doc.get("lines", [])]
    m["pos"] = pos
    m["pagesize"] = pagesize
    json.dump(m, open(os.path.join(META, fname + ".json"), "w"), ensure_ascii=False, default=str)


def is_ascii(ch):
    return ord(ch) < 128


def runs(text):
    out, cur, cur_a = [], "", None
    for ch in text:
        a = is_ascii(ch)
        if cur and a != cur_a:
            out.append((cur, cur_a)); cur = ""
        cur += ch; cur_a = a
    if cur:
        out.append((cur, cur_a))
    return out


def twidth(text, size):
    return sum(pdfmetrics.stringWidth(t, "Helvetica" if a else "WQY", size) for t, a in runs(text))


def draw(c, x, y, text, size=9, align="l", color=black):
    w = twidth(text, size)
    if align == "r":
        x -= w
    elif align == "c":
        x -= w / 2
    c.setFillColor(color)
    x0 = x
    for t, a in runs(text):
        c.setFont("Helvetica" if a else "WQY", size)
        c.drawString(x, y, t)
        x += pdfmetrics.stringWidth(t, "Helvetica" if a else "WQY", size)
    return [round(x0, 1), round(y - 2, 1), round(x, 1), round(y + size, 1)]


def cn_date(d):
    return "%d年%02d月%02d日" % (d.year, d.month, d.day)


def new_fapiao_doc(kind="special", n_lines=3, pool=None, rate=None, red=False, err=None, supplier=None,
                   buyer=None, date=None):
    sup = supplier or R.choice(CN_SUPPLIERS)
    d = date or rand_date()
    lines = make_lines(pool or CN_ITEMS, n_lines, rate=rate, sign=-1 if red else 1)
    a, t, g = totals(lines)
    doc = {"kind": kind, "lang": "zh", "currency": "CNY", "date": d, "number": fapiao_no(d),
           "supplier": {"name": sup[0], "taxid": sup[1], "addr": sup[2]},
           "buyer": dict(buyer or R.choice(CN_BUYERS)), "lines": lines,
           "sum_amount": a, "sum_tax": t, "grand": g, "grand_printed": g, "red": red, "err": err,
           "doc_type": "credit_note" if red else ("tax_invoice" if kind == "special" else "invoice"),
           "issuer": R.choice(["王丽娟", "陈晓", "周敏", "徐海燕", "李静", "张磊"]),
           "remark": ""}
    if red:
        doc["orig_no"] = fapiao_no(d - datetime.timedelta(days=R.randint(10, 60)))
        doc["remark"] = "被红冲蓝字数电发票号码：%s 红字发票信息确认单编号：%s" % (
            doc["orig_no"], "".join(R.choice("0123456789") for _ in range(20)))
    if err == "tax":  # printed tax on first line wrong
        doc["lines"][0]["tax"] = doc["lines"][0]["tax"] + Decimal("10.00")
    elif err == "grand":
        doc["grand_printed"] = g + Decimal(R.choice(["100.00", "9.00", "-1.00", "0.90"]))
    elif err == "line":
        doc["lines"][-1]["amount"] = doc["lines"][-1]["amount"] + Decimal("100.00")
    return doc


def fapiao_title(doc):
    if doc["kind"] == "paper":
        return "浙江增值税专用发票"
    return "电子发票（增值税专用发票）" if doc["kind"] == "special" else "电子发票（普通发票）"


def render_fapiao(doc, path, max_rows=8, paper=False):
    """Draw a 数电票-like page. Returns (pages, pos)"""
    W, H = 595, 400
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=1)
    c.setTitle(os.path.basename(path).rsplit(".", 1)[0])
    c.setAuthor("")
    c.setCreator("电子发票服务平台" if not paper else "")
    col = BLUE if paper else BROWN
    pos = {}
    # date first so that it is the first yyyy/mm/dd run in the stream
    if paper:
        pos["date"] = draw(c, 420, H - 62, "开票日期：" + cn_date(doc["date"]), 9)
    else:
        pos["date"] = draw(c, 420, H - 60, "开票日期：" + cn_date(doc["date"]), 9)
    title = fapiao_title(doc)
    draw(c, W / 2, H - 40, title, 17, "c", col)
    tw = twidth(title, 17)
    c.setStrokeColor(col); c.setLineWidth(0.8)
    c.line(W / 2 - tw / 2, H - 45, W / 2 + tw / 2, H - 45)
    c.line(W / 2 - tw / 2, H - 48, W / 2 + tw / 2, H - 48)
    if paper:
        draw(c, W / 2, H - 62, "发 票 联", 10, "c", col)
        draw(c, 30, H - 30, "机器编号：%s" % "".join(R.choice("0123456789") for _ in range(12)), 8)
        pos["number"] = draw(c, 420, H - 30, "发票代码：33%s" % "".join(R.choice("0123456789") for _ in range(8)), 8)
        draw(c, 420, H - 46, "发票号码：%s" % doc["number"][-8:], 8)
        draw(c, 30, H - 46, "校验码：%s" % " ".join("".join(R.choice("0123456789") for _ in range(5)) for _ in range(4)), 8)
    else:
        pos["number"] = draw(c, 420, H - 45, "发票号码：" + doc["number"], 9)
        c.setFillColor(white); c.setStrokeColor(col)
        c.circle(60, H - 45, 22, stroke=1, fill=0)
        draw(c, 60, H - 48, "全国统一", 6, "c", col)
    top = H - 70
    bot = 55
    L, Rr = 25, W - 25
    c.setStrokeColor(col); c.setLineWidth(0.7)
    c.rect(L, bot, Rr - L, top - bot)
    # party block
    pb = top - 62
    c.line(L, pb, Rr, pb)
    mid = W / 2
    c.line(mid, top, mid, pb)
    c.line(L + 18, top, L + 18, pb)
    c.line(mid + 18, top, mid + 18, pb)
    for i, ch in enumerate("购买方信息"):
        draw(c, L + 9, top - 12 - i * 11, ch, 8, "c", col)
    for i, ch in enumerate("销售方信息"):
        draw(c, mid + 9, top - 12 - i * 11, ch, 8, "c", col)
    draw(c, L + 24, top - 20, "名称：", 8, color=col)
    pos["buyer"] = draw(c, L + 50, top - 20, doc["buyer"]["name"], 9)
    draw(c, L + 24, top - 42, "统一社会信用代码/纳税人识别号：", 7, color=col)
    pos["buyer_taxid"] = draw(c, L + 135, top - 42, doc["buyer"]["taxid"], 9)
    draw(c, mid + 24, top - 20, "名称：", 8, color=col)
    pos["supplier"] = draw(c, mid + 50, top - 20, doc["supplier"]["name"], 9)
    draw(c, mid + 24, top - 42, "统一社会信用代码/纳税人识别号：", 7, color=col)
    pos["supplier_taxid"] = draw(c, mid + 135, top - 42, doc["supplier"]["taxid"], 9)
    if paper:  # 密码区 block over the seller half top right
        pass
    # items
    cols = [L + 5, L + 150, L + 225, L + 255, L + 280, L + 345, L + 425, L + 475]
    hdr = ["项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率/征收率", "税额"]
    y = pb - 13
    for x, h in zip(cols, hdr):
        draw(c, x, y, h, 7.5, color=col)
    lines = doc["lines"]
    multi = len(lines) > max_rows
    show = [] if multi else lines
    y -= 14
    pos["lines"] = []
    if multi:
        draw(c, cols[0], y, "（详见销货清单）", 8)
        draw(c, cols[5] + 60, y, fmt(doc["sum_amount"], "plain"), 8, "r")
        draw(c, Rr - 5 - 0, y, fmt(doc["sum_tax"], "plain"), 8, "r")
        y -= 13
    for l in show:
        p = {}
        p["name"] = draw(c, cols[0], y, l["name"], 7.5)
        draw(c, cols[1], y, l["spec"], 7.5)
        draw(c, cols[2], y, l["unit"], 7.5)
        p["qty"] = draw(c, cols[3] + 22, y, str(l["qty"]), 8, "r")
        p["price"] = draw(c, cols[4] + 55, y, fmt(l["price"], "plain"), 8, "r")
        p["amount"] = draw(c, cols[5] + 60, y, fmt(l["amount"], "plain"), 8, "r")
        draw(c, cols[6] + 5, y, l["rate"], 8)
        p["tax"] = draw(c, Rr - 5 - 0, y, "***" if l["rate"] == "免税" else fmt(l["tax"], "plain"), 8, "r")
        pos["lines"].append(p)
        y -= 13
    ty = bot + 62
    c.line(L, ty, Rr, ty)
    draw(c, cols[0] + 30, ty + 5, "合          计", 8, color=col)
    pos["sum_amount"] = draw(c, cols[5] + 60, ty + 5, "¥" + fmt(doc["sum_amount"], "plain"), 8, "r")
    pos["sum_tax"] = draw(c, Rr - 5 - 0, ty + 5, "¥" + fmt(doc["sum_tax"], "plain"), 8, "r")
    c.line(L, ty - 20, Rr, ty - 20)
    draw(c, L + 5, ty - 14, "价税合计（大写）", 8, color=col)
    pos["upper"] = draw(c, L + 95, ty - 14, "ⓧ" + rmb_upper(doc["grand_printed"]), 9)
    draw(c, L + 380, ty - 14, "（小写）", 8, color=col)
    pos["total"] = draw(c, L + 415, ty - 14, "¥" + fmt(doc["grand_printed"], "plain"), 9)
    draw(c, L + 5, bot + 20, "备", 8, color=col)
    draw(c, L + 5, bot + 8, "注", 8, color=col)
    c.line(L + 18, bot, L + 18, ty - 20)
    if doc["remark"]:
        draw(c, L + 24, bot + 26, doc["remark"], 7)
    if paper:
        draw(c, L + 24, bot + 12, "订单号：QM%s" % "".join(R.choice("0123456789") for _ in range(8)), 7)
        draw(c, L + 5, bot - 15, "收款人：%s    复核：%s    开票人：%s" % ("孙倩", "黄卫东", doc["issuer"]), 8, color=col)
        draw(c, 470, bot - 15, "销售方：（章）", 8, color=col)
        c.setStrokeColor(Color(0.85, 0.1, 0.1)); c.setLineWidth(1.5)
        c.ellipse(440, bot + 2, 540, bot + 50)
        draw(c, 490, bot + 30, doc["supplier"]["name"][:8], 6, "c", Color(0.85, 0.1, 0.1))
        draw(c, 490, bot + 18, "发票专用章", 7, "c", Color(0.85, 0.1, 0.1))
        draw(c, 490, bot + 8, doc["supplier"]["taxid"], 5, "c", Color(0.85, 0.1, 0.1))
    else:
        draw(c, L + 5, bot - 15, "开票人：" + doc["issuer"], 8, color=col)
    pages = 1
    if multi:
        pages += list_pages(c, doc, W, H, col)
    c.save()
    return pages, pos


def list_pages(c, doc, W, H, col):
    per = 18
    lines = doc["lines"]
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    for pi, ch in enumerate(chunks):
        c.showPage()
        draw(c, W / 2, H - 35, "销售货物或者提供应税劳务清单", 14, "c", col)
        draw(c, 30, H - 58, "购买方名称：" + doc["buyer"]["name"], 8)
        draw(c, 30, H - 70, "销售方名称：" + doc["supplier"]["name"], 8)
        draw(c, 380, H - 58, "所属发票号码：" + doc["number"], 8)
        draw(c, 380, H - 70, "共%d页 第%d页" % (len(chunks), pi + 1), 8)
        y = H - 92
        xs = [30, 60, 200, 280, 315, 370, 430, 490, 560]
        for x, h in zip(xs, ["序号", "项目名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]):
            draw(c, x, y, h, 7.5, color=col)
        y -= 13
        for i, l in enumerate(ch):
            draw(c, xs[0], y, str(pi * per + i + 1), 7.5)
            draw(c, xs[1], y, l["name"], 7.5)
            draw(c, xs[2], y, l["spec"], 7)
            draw(c, xs[3], y, l["unit"], 7.5)
            draw(c, xs[4] + 40, y, str(l["qty"]), 7.5, "r")
            draw(c, xs[5] + 45, y, fmt(l["price"], "plain"), 7.5, "r")
            draw(c, xs[6] + 50, y, fmt(l["amount"], "plain"), 7.5, "r")
            draw(c, xs[7], y, l["rate"], 7.5)
            draw(c, xs[8] + 20, y, fmt(l["tax"], "plain"), 7.5, "r")
            y -= 13
        if pi == len(chunks) - 1:
            draw(c, xs[1], y - 6, "总计", 8, color=col)
            draw(c, xs[6] + 50, y - 6, fmt(doc["sum_amount"], "plain"), 8, "r")
            draw(c, xs[8] + 20, y - 6, fmt(doc["sum_tax"], "plain"), 8, "r")
            draw(c, 30, 40, "备注：本清单为发票 %s 的组成部分" % doc["number"], 7)
    return len(chunks)


# ---------------- English commercial invoice ------------------
EN_SUPPLIERS = [
    ("Brightwater Homeware Trading Ltd.", "Unit 1203, 12/F, Kowloon Bay Centre, 88 Sheung Yee Rd, Hong Kong", "BR 71834025"),
    ("Saigon Rattan Craft JSC", "Lot C4, Tan Thuan EPZ, District 7, Ho Chi Minh City, Vietnam", "MST 0315829047"),
    ("Nordlicht Interior Supplies GmbH", "Hafenstrasse 41, 28217 Bremen, Germany", "DE 318 774 205"),
    ("Pacific Loop Packaging Co., Ltd.", "No. 77 Wuyi Rd, Ningbo Free Trade Zone, Zhejiang, China", "TIN 91330201MA2H77PK2C"),
]


def new_en_doc(currency="USD", n=4, err=None, doc_type="invoice"):
    s = R.choice(EN_SUPPLIERS)
    d = rand_date()
    names = ["Bamboo bath caddy", "Collapsible storage bin, grey", "Ceramic planter 18cm", "Cotton rope basket set/3",
             "Stainless soap dispenser", "Linen drawer organizer", "Acacia serving board", "LED puck light 6-pack",
             "Woven seagrass hamper", "Shipping carton 5-ply"]
    lines = []
    for nm in R.sample(names, n):
        qty = R.choice([50, 100, 120, 200, 300, 500, 1000])
        price = q2(Decimal(R.uniform(0.8, 14)))
        lines.append({"name": nm, "spec": "SKU-%04d" % R.randint(1, 9999), "unit": "pcs", "qty": qty,
                      "price": price, "amount": q2(price * qty), "rate": "0%", "tax": Decimal("0.00")})
    sub = sum((l["amount"] for l in lines), Decimal("0.00"))
    disc = q2(sub * Decimal(R.choice([0, 0, 2, 3, 5])) / 100)
    ship = q2(Decimal(R.choice([0, 85, 140, 260, 390])))
    grand = sub - disc + ship
    doc = {"kind": "en", "lang": "en", "currency": currency, "date": d,
           "number": "%s-%d-%04d" % (R.choice(["CI", "INV", "BW"]), d.year, R.randint(1, 9999)),
           "supplier": {"name": s[0], "addr": s[1], "taxid": s[2]},
           "buyer": {"name": OUR["en"], "addr": "Rm 702, Bldg 5, 1875 Jianghong Rd, Binjiang, Hangzhou 310051, China",
                     "taxid": OUR["taxid"]},
           "lines": lines, "sub": sub, "disc": disc, "ship": ship, "grand": grand, "grand_printed": grand,
           "err": err, "doc_type": doc_type, "terms": R.choice(["FOB Ningbo", "EXW", "CIF Los Angeles", "DAP Hangzhou"])}
    if err == "line":
        lines[1]["amount"] = lines[1]["amount"] + Decimal("50.00")
    elif err == "grand":
        doc["grand_printed"] = grand + Decimal("10.00")
    return doc


def render_en(doc, path):
    W, H = 595, 842
    c = canvas.Canvas(path, pagesize=(W, H), pageCompression=0)
    c.setCreator("Invoice Maker")
    pos = {}
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 60, {"invoice": "COMMERCIAL INVOICE", "proforma": "PROFORMA INVOICE"}.get(doc["doc_type"], "INVOICE"))
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, H - 90, doc["supplier"]["name"])
    pos["supplier"] = [40, H - 92, 300, H - 79]
    c.setFont("Helvetica", 8.5)
    c.drawString(40, H - 103, doc["supplier"]["addr"])
    c.drawString(40, H - 115, doc["supplier"]["taxid"])
    c.setFont("Helvetica", 9)
    c.drawString(380, H - 90, "Invoice No.: " + doc["number"])
    c.drawString(380, H - 103, "Date: ")
    c.drawString(410, H - 103, doc["date"].strftime("%d %b %Y"))
    pos["date"] = [410, H - 105, 480, H - 94]
    c.drawString(380, H - 116, "Terms: " + doc["terms"])
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, H - 150, "Bill To / Consignee:")
    c.setFont("Helvetica", 9)
    c.drawString(40, H - 163, doc["buyer"]["name"])
    pos["buyer"] = [40, H - 165, 300, H - 154]
    c.drawString(40, H - 175, doc["buyer"]["addr"])
    y = H - 210
    xs = [40, 70, 300, 380, 460, 555]
    c.setFillColor(Color(0.9, 0.9, 0.9)); c.rect(35, y - 4, 525, 16, fill=1, stroke=0); c.setFillColor(black)
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(xs, ["#", "Description", "Qty", "Unit Price", "Amount (%s)" % doc["currency"]]):
        c.drawString(x, y, h)
    c.setFont("Helvetica", 8.5)
    pos["lines"] = []
    for i, l in enumerate(doc["lines"]):
        y -= 16
        c.drawString(xs[0], y, str(i + 1))
        c.drawString(xs[1], y, "%s (%s)" % (l["name"], l["spec"]))
        c.drawRightString(xs[2] + 40, y, str(l["qty"]))
        c.drawRightString(xs[3] + 50, y, fmt(l["price"]))
        c.drawRightString(xs[5], y, fmt(l["amount"]))
        pos["lines"].append({"qty": [xs[2] + 10, y - 2, xs[2] + 40, y + 9]})
    y -= 10
    c.line(35, y, 560, y)
    for lab, v in [("Subtotal", doc["sub"]), ("Discount", -doc["disc"]), ("Freight", doc["ship"])]:
        if lab != "Subtotal" and v == 0:
            continue
        y -= 15
        c.drawString(400, y, lab)
        c.drawRightString(555, y, fmt(v))
    y -= 18
    c.setFont("Helvetica-Bold", 10)
    c.drawString(400, y, "TOTAL " + doc["currency"])
    c.drawRightString(555, y, fmt(doc["grand_printed"]))
    pos["total"] = [490, y - 2, 556, y + 10]
    c.setFont("Helvetica", 8)
    c.drawString(40, 120, "Country of origin: %s" % ("Vietnam" if "Saigon" in doc["supplier"]["name"] else "China"))
    c.drawString(40, 108, "Bank: Harbourline Commercial Bank, SWIFT HLCBHKHH, A/C 044-219-88371-2")
    c.drawString(40, 80, "Authorized signature: ____________________")
    c.save()
    return 1, pos


def run():
    """Generate ReportLab genuine files; returns list of label records."""
    out = []
    plan = []
    # 专票 13% several lines
    for i in range(14):
        plan.append(dict(kind="special", n_lines=R.randint(2, 6)))
    for i in range(10):
        plan.append(dict(kind="normal", n_lines=R.randint(1, 5)))
    plan += [dict(kind="special", n_lines=2, pool=SERVICE_ITEMS) for _ in range(4)]
    plan += [dict(kind="normal", n_lines=2, pool=SMALL_ITEMS, rate="3%") for _ in range(2)]
    plan += [dict(kind="normal", n_lines=2, pool=SMALL_ITEMS, rate="1%") for _ in range(2)]
    plan += [dict(kind="normal", n_lines=2, pool=SMALL_ITEMS, rate="免税") for _ in range(2)]
    plan += [dict(kind="special", n_lines=2, pool=SERVICE_ITEMS[3:4], rate="9%")]
    plan += [dict(kind="special", n_lines=R.randint(2, 4), red=True) for _ in range(4)]
    plan += [dict(kind="special", n_lines=R.choice([12, 22, 30])) for _ in range(4)]  # 销货清单 multi-page
    errs = {3: "tax", 11: "grand", 17: "line", 26: "grand"}
    for i, p in enumerate(plan):
        doc = new_fapiao_doc(err=errs.get(i), **p)
        name = "sdp_%03d.pdf" % i
        pages, pos = render_fapiao(doc, os.path.join(FILES, name))
        save_meta(name, doc, pos, [595, 400])
        out.append(label(name, doc, "rl_shudianpiao", pages=pages))
    # old paper VAT layouts, source for scans (kept in _tmp, not in files)
    for i in range(6):
        doc = new_fapiao_doc(kind="paper", n_lines=R.randint(2, 5), date=rand_date(2019, 2022),
                             err="tax" if i == 2 else None)
        doc["doc_type"] = "tax_invoice"
        name = "paper_%02d.pdf" % i
        pages, pos = render_fapiao(doc, os.path.join(TMP, name), paper=True)
        save_meta(name, doc, pos, [595, 400])
    # English commercial invoices
    for i in range(6):
        doc = new_en_doc(currency=R.choice(["USD", "USD", "HKD"]), n=R.randint(3, 7),
                         err="line" if i == 4 else None, doc_type="proforma" if i == 5 else "invoice")
        name = "ci_rl_%02d.pdf" % i
        pages, pos = render_en(doc, os.path.join(FILES, name))
        save_meta(name, doc, pos, [595, 842])
        out.append(label(name, doc, "rl_commercial_en", pages=pages))
    return out


if __name__ == "__main__":
    recs = run()
    print(len(recs))
