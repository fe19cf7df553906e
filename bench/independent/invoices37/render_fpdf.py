"""fpdf2 layouts: a boxed 'Sprzedawca / Nabywca' invoice used for PL/ES/IT/EN/KR-export,
the workshop 收据 (pre-printed receipt book filled in by hand) and the 送货单."""
import random, math
from fpdf import FPDF
from common import (WQY_TTC, DEJAVU, DEJAVU_B, DEJAVU_MONO, money, fnum, fqty, cn_upper, words_amount, en_words, D)
from i18n import TXT

# ---------------------------------------------------------------- Polish amount in words
_PL1 = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split()
_PL10 = ["", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]
_PL100 = ["", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset", "osiemset", "dziewięćset"]


def _pl_3(n):
    out = []
    if n >= 100:
        out.append(_PL100[n // 100])
    r = n % 100
    if r >= 20:
        out.append(_PL10[r // 10])
        if r % 10:
            out.append(_PL1[r % 10])
    elif r:
        out.append(_PL1[r])
    return out


def _pl_form(n, forms):
    if n == 1:
        return forms[0]
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return forms[1]
    return forms[2]


def pl_words(amount):
    amount = D(amount)
    zl = int(amount)
    gr = int(round((amount - zl) * 100))
    parts = []
    mi, zl_rest = divmod(zl, 1000000)
    if mi:
        parts += (["jeden"] if mi == 1 else _pl_3(mi)) + [_pl_form(mi, ("milion", "miliony", "milionów"))]
    th, rest = divmod(zl_rest, 1000)
    if th:
        if th == 1:
            parts.append("jeden tysiąc")
        else:
            parts += _pl_3(th) + [_pl_form(th, ("tysiąc", "tysiące", "tysięcy"))]
    if rest or not parts:
        parts += _pl_3(rest) if rest else ["zero"]
    return " ".join(parts) + " " + _pl_form(zl, ("złoty", "złote", "złotych")) + f" {gr:02d}/100"


# ---------------------------------------------------------------- boxed invoice

class _PDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-12)
        self.set_font(self._ff, size=7)
        self.set_text_color(110)
        self.cell(0, 4, self.footer_text.format(p=self.page_no()), align="R")
        self.set_text_color(0)


def _setup(doc, unicode=None):
    pdf = _PDF(unit="mm", format="A4")
    lang = doc["lang"]
    if unicode is None:
        unicode = lang in ("pl", "ko", "zh", "ja")
    if lang in ("ko", "zh", "ja"):
        pdf.add_font("cjk", "", WQY_TTC, collection_font_number=0)
        pdf.add_font("cjk", "B", WQY_TTC, collection_font_number=0)
        ff = "cjk"
    elif unicode:
        pdf.add_font("dv", "", DEJAVU)
        pdf.add_font("dv", "B", DEJAVU_B)
        ff = "dv"
    else:
        ff = "helvetica"
        pdf.core_fonts_encoding = "windows-1252"
    pdf._ff = ff
    pdf.set_creator(doc.get("pdf_creator", "fpdf2"))
    pdf.set_author(doc["supplier"]["name"])
    return pdf, ff


def boxed_invoice(doc, out):
    pdf, F = _setup(doc)
    t = TXT.get(doc["lang"], TXT["en"]) if doc["lang"] != "ko" else TXT["en"]
    s, b = doc["supplier"], doc["buyer"]
    pdf.footer_text = f"{t['page']} {{p}}"
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_margins(14, 14, 14)
    title = t.get(doc["doc_type"], t["invoice"]) if doc["lang"] != "ko" else "COMMERCIAL INVOICE / 상업송장"
    pdf.set_font(F, "B", 16)
    pdf.set_xy(14, 14)
    pdf.cell(110, 9, title)
    pdf.set_font(F, "", 9)
    pdf.set_xy(120, 13)
    meta = [(t["doc_no"] if doc["doc_type"] not in ("invoice", "tax_invoice") else t["invoice_no"], doc["number"]),
            (t["date"], doc["date_str"])]
    if doc.get("delivery_str"):
        meta.append((t["delivery_date"], doc["delivery_str"]))
    if doc.get("place"):
        meta.append(("Miejsce wystawienia" if doc["lang"] == "pl" else "Place", doc["place"]))
    if doc.get("due_str"):
        meta.append((t["due"], doc["due_str"]))
    for k, v in meta:
        pdf.set_x(120)
        pdf.cell(38, 5, k + ":", align="R")
        pdf.set_font(F, "B", 9)
        pdf.cell(38, 5, " " + v, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 9)
    y = max(pdf.get_y(), 32) + 4
    # party boxes
    seller_lab = t.get("seller", "Seller" if doc["lang"] != "es" else "Emisor")
    if doc["lang"] == "es":
        seller_lab = "Emisor"
    if doc["lang"] == "it":
        seller_lab = "Cedente"
    boxes = [(seller_lab, [s["name"]] + (s["addr"] if isinstance(s["addr"], list) else [s["addr"]]) +
              [s.get("tax_id", "") or s.get("reg_no", "")]),
             (t["bill_to"], [b["name"]] + b.get("addr_lines", []) + ([f"{t['tax_id']}: {b['vat']}"] if b.get("vat") else []))]
    for i, (lab, lines) in enumerate(boxes):
        x = 14 + i * 92
        pdf.set_fill_color(235, 235, 235)
        pdf.set_xy(x, y)
        pdf.set_font(F, "B", 8.5)
        pdf.cell(88, 6, " " + lab, border=1, fill=True)
        pdf.set_xy(x, y + 6)
        pdf.set_font(F, "", 8.5)
        txt = "\n".join(lines)
        pdf.multi_cell(88, 4.4, txt, border="LRB", padding=(1.5, 2, 1.5, 2))
    y = y + 40
    pdf.set_y(y)
    cols = [(9, t["item"] if doc["lang"] != "pl" else "Lp.", "C"), (72, t["desc"], "L"), (16, t["qty"], "R"),
            (13, t["unit"], "C"), (24, t["unit_price"], "R"), (12, (doc.get("tax_label") or t["vat"]) + " %", "R"), (36, t["amount"], "R")]

    def head():
        pdf.set_font(F, "B", 7.8)
        pdf.set_fill_color(220, 226, 235)
        for w, h, a in cols:
            pdf.cell(w, 7, h, border=1, align="C", fill=True)
        pdf.ln()
        pdf.set_font(F, "", 8.3)

    head()
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        if pdf.get_y() > 262:
            pdf.add_page()
            head()
        vals = [str(i + 1), it["name"], fqty(it["qty"], doc["num_style"]), it["unit"],
                money(doc, it["price"], sym=False), f"{l['rate'] if doc['tax_mode'] == 'line' else doc['rate']}"
                if doc["tax_mode"] != "none" else ("np." if doc["lang"] == "pl" else "0"), money(doc, l["net"], sym=False)]
        for (w, h, a), v in zip(cols, vals):
            pdf.cell(w, 6.2, v if pdf.get_string_width(v) < w - 1 else v[: int(len(v) * (w - 3) / pdf.get_string_width(v))],
                     border=1, align=a)
        pdf.ln()
    # VAT summary table
    if pdf.get_y() > 220:
        pdf.add_page()
    pdf.ln(4)
    x0 = 96
    pdf.set_x(x0)
    pdf.set_font(F, "B", 8)
    for w, h in ((26, t["net"]), (16, (doc.get("tax_label") or t["vat"]) + " %"), (26, t["sales_tax"]), (32, t["total"])):
        pdf.cell(w, 6.5, h, border=1, align="C", fill=True)
    pdf.ln()
    pdf.set_font(F, "", 8.5)
    pdf.set_x(x0)
    rate = doc["rate"] if doc["tax_mode"] != "none" else 0
    for w, v in ((26, money(doc, doc["net_total"], sym=False)), (16, f"{rate}"),
                 (26, money(doc, doc["tax_total"], sym=False)), (32, money(doc, doc["total"], sym=False))):
        pdf.cell(w, 6.5, v, border=1, align="R")
    pdf.ln(12)
    if doc["shipping"] or doc["discount_amt"]:
        pdf.set_font(F, "", 8.5)
        pdf.cell(0, 5, f"{t['subtotal']}: {money(doc, doc['subtotal'])}" +
                 (f"   {t['discount']}: -{money(doc, doc['discount_amt'])}" if doc["discount_amt"] else "") +
                 (f"   {t['shipping']}: {money(doc, doc['shipping'])}" if doc["shipping"] else ""),
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 8, f"{t['total_due']}: {money(doc, doc['total'])}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    if doc["lang"] == "pl":
        pdf.cell(0, 5, "Słownie: " + pl_words(words_amount(doc)), new_x="LMARGIN", new_y="NEXT")
    if doc["lang"] == "ko":
        pdf.cell(0, 5, en_words(words_amount(doc)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 4.5, f"{t['terms']}: {doc.get('terms', t['terms_v'])}\n{t['bank']}: {s.get('bank', '')} "
                           f"{s.get('iban', s.get('acct', ''))}", new_x="LMARGIN", new_y="NEXT")
    for n in doc.get("notes", []):
        pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    if doc["lang"] == "pl":
        pdf.ln(16)
        y = pdf.get_y()
        pdf.line(20, y, 80, y)
        pdf.line(130, y, 190, y)
        pdf.set_font(F, "", 7)
        pdf.set_xy(20, y + 1)
        pdf.cell(60, 4, "Podpis osoby upoważnionej do odbioru", align="C")
        pdf.set_xy(130, y + 1)
        pdf.cell(60, 4, "Podpis osoby upoważnionej do wystawienia", align="C")
    pdf.output(out)
    return pdf.page_no()


# ---------------------------------------------------------------- 收据 (receipt book)

BLUE_INK = (28, 45, 140)


def _hand(pdf, x, y, text, rng, size=13, color=BLUE_INK, spacing=None):
    """Write with jitter so it reads as filled in by hand."""
    pdf.set_text_color(*color)
    for ch in text:
        sz = size * rng.uniform(0.94, 1.05)
        pdf.set_font("cjk", "", sz)
        w = pdf.get_string_width(ch)
        with pdf.rotation(rng.uniform(-3, 3), x + w / 2, y - sz * 0.12):
            pdf.text(x + rng.uniform(-0.15, 0.15), y + rng.uniform(-0.35, 0.35), ch)
        x += (spacing or w * rng.uniform(0.97, 1.06))
    pdf.set_text_color(0)
    return x


def _stamp(pdf, cx, cy, r, name, rng, bottom="财务专用章"):
    pdf.set_draw_color(205, 40, 45)
    pdf.set_text_color(205, 40, 45)
    pdf.set_line_width(0.7)
    pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
    n = len(name)
    span = 230
    for i, ch in enumerate(name):
        a = math.radians(90 + span / 2 - (i + 0.5) * span / n)
        px, py = cx + (r - 3.2) * math.cos(a), cy - (r - 3.2) * math.sin(a)
        pdf.set_font("cjk", "", 7.5 if n < 10 else 6.3)
        with pdf.rotation(math.degrees(a) - 90, px, py):
            w = pdf.get_string_width(ch)
            pdf.text(px - w / 2, py + 1.2, ch)
    pdf.set_font("cjk", "", 14)
    pdf.text(cx - 2.6, cy + 2.5, "★")
    pdf.set_font("cjk", "", 6.5)
    w = pdf.get_string_width(bottom)
    pdf.text(cx - w / 2, cy + r - 4, bottom)
    pdf.set_text_color(0)
    pdf.set_draw_color(0)


def receipt_cn(doc, out):
    rng = random.Random(doc["number"])
    pdf = FPDF(unit="mm", format=(200, 110))
    pdf.add_font("cjk", "", WQY_TTC, collection_font_number=0)
    pdf.set_creator(doc.get("pdf_creator", "fpdf2"))
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.set_fill_color(*doc.get("paper", (250, 236, 238)))
    pdf.rect(0, 0, 200, 110, style="F")
    form = (180, 40, 60)
    pdf.set_draw_color(*form)
    pdf.set_text_color(*form)
    pdf.set_font("cjk", "", 20)
    pdf.text(86, 16, "收   据")
    pdf.set_line_width(0.4)
    pdf.line(82, 18.5, 118, 18.5)
    pdf.line(82, 19.5, 118, 19.5)
    pdf.set_font("cjk", "", 10)
    pdf.text(150, 14, "No")
    pdf.set_text_color(200, 20, 30)
    pdf.text(158, 14, doc["number"])
    pdf.set_text_color(*form)
    for x_, ch_ in ((136, "年"), (154, "月"), (172, "日")):
        pdf.text(x_, 24, ch_)
    pdf.text(12, 31, "今收到")
    pdf.line(26, 32, 188, 32)
    # goods table
    cols = [(12, 62), (74, 22), (96, 16), (112, 20), (132, 24), (156, 32)]
    heads = ["品名", "规格", "单位", "数量", "单价", "金额"]
    y0 = 36
    rows = max(4, len(doc["items"]))
    pdf.set_line_width(0.25)
    pdf.rect(12, y0, 176, 7 * (rows + 1))
    for i in range(1, rows + 1):
        pdf.line(12, y0 + 7 * i, 188, y0 + 7 * i)
    for (x, w), h in zip(cols, heads):
        if x > 12:
            pdf.line(x, y0, x, y0 + 7 * (rows + 1))
        pdf.set_font("cjk", "", 9.5)
        pdf.text(x + w / 2 - pdf.get_string_width(h) / 2, y0 + 5, h)
    yb = y0 + 7 * (rows + 1)
    pdf.text(12, yb + 8, "合计人民币（大写）")
    pdf.line(46, yb + 9, 150, yb + 9)
    pdf.text(152, yb + 8, "¥")
    pdf.line(156, yb + 9, 188, yb + 9)
    pdf.text(12, yb + 19, "收款单位（盖章）")
    pdf.text(110, yb + 19, "收款人")
    pdf.text(150, yb + 19, "经手人")
    pdf.set_font("cjk", "", 7)
    with pdf.rotation(90, 195, 70):
        pdf.text(195, 70, "第二联  交付款人")
    pdf.set_text_color(0)
    # handwriting
    d = doc["date"]
    _hand(pdf, 122, 23.5, str(d.year), rng, 12)
    _hand(pdf, 144 if d.month > 9 else 146, 23.5, str(d.month), rng, 12)
    _hand(pdf, 162 if d.day > 9 else 164, 23.5, str(d.day), rng, 12)
    _hand(pdf, 30, 30.5, doc["buyer"]["name"], rng, 12)
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        yy = y0 + 7 * (i + 1) + 5.3
        _hand(pdf, 14, yy, it["name"], rng, 10.5)
        _hand(pdf, 75, yy, it.get("spec", "")[:6], rng, 8.5)
        _hand(pdf, 101, yy, it["unit"], rng, 10)
        _hand(pdf, 114, yy, fqty(it["qty"], "plain"), rng, 10.5)
        _hand(pdf, 134, yy, f"{it['price']:g}", rng, 10.5)
        _hand(pdf, 158, yy, f"{l['net']:.2f}" if l["net"] != int(l["net"]) else f"{int(l['net'])}.00", rng, 10.5)
    _hand(pdf, 50, yb + 7.5, cn_upper(words_amount(doc)), rng, 11.5)
    _hand(pdf, 158, yb + 7.5, f"{doc['total']:.2f}", rng, 12)
    _hand(pdf, 124, yb + 18.5, doc["supplier"].get("person", ""), rng, 11)
    _stamp(pdf, 60, yb + 14, 13, doc["supplier"]["name"], rng)
    pdf.output(out)
    return 1


def delivery_cn(doc, out):
    """送货单: three-part carbonless form, pre-printed with the workshop's name."""
    rng = random.Random(doc["number"])
    pdf = FPDF(unit="mm", format=(241, 140))
    pdf.add_font("cjk", "", WQY_TTC, collection_font_number=0)
    pdf.add_page()
    pdf.set_auto_page_break(False)
    pdf.set_fill_color(*doc.get("paper", (252, 246, 205)))
    pdf.rect(0, 0, 241, 140, style="F")
    pdf.set_font("cjk", "", 16)
    s = doc["supplier"]
    w = pdf.get_string_width(s["name"])
    pdf.text(120.5 - w / 2, 14, s["name"])
    pdf.set_font("cjk", "", 15)
    pdf.text(108, 23, "送 货 单")
    pdf.set_font("cjk", "", 9)
    pdf.text(14, 31, "客户名称：")
    pdf.line(32, 32, 120, 32)
    pdf.text(130, 31, "送货日期：")
    pdf.line(148, 32, 190, 32)
    pdf.text(195, 31, "No")
    pdf.set_text_color(200, 30, 30)
    pdf.text(201, 31, doc["number"])
    pdf.set_text_color(0)
    pdf.text(14, 37.5, f"地址：{s.get('addr', '')}    电话：{s.get('tel', '')}")
    cols = [(12, 12, "序号"), (24, 60, "产品名称"), (84, 32, "规格"), (116, 16, "单位"), (132, 20, "数量"),
            (152, 22, "单价"), (174, 28, "金额"), (202, 27, "备注")]
    y0 = 41
    rows = max(6, len(doc["items"]))
    pdf.rect(12, y0, 217, 7 * (rows + 2))
    for i in range(1, rows + 2):
        pdf.line(12, y0 + 7 * i, 229, y0 + 7 * i)
    for x, w_, h in cols:
        if x > 12:
            pdf.line(x, y0, x, y0 + 7 * (rows + 1))
        pdf.text(x + w_ / 2 - pdf.get_string_width(h) / 2, y0 + 5, h)
    yb = y0 + 7 * (rows + 1)
    pdf.text(14, yb + 5, "合计金额（大写）")
    pdf.text(170, yb + 5, "¥")
    pdf.text(14, yb + 16, "收货单位及经手人（签章）")
    pdf.text(150, yb + 16, "送货人：")
    pdf.set_font("cjk", "", 7)
    pdf.text(14, 136, "①白联：存根    ②红联：客户    ③黄联：回单（请签字后带回）")
    has_amount = doc.get("has_total", True)
    _hand(pdf, 34, 30.5, doc["buyer"]["name"], rng, 11)
    _hand(pdf, 150, 30.5, f"{doc['date'].year}.{doc['date'].month}.{doc['date'].day}", rng, 11)
    for i, (it, l) in enumerate(zip(doc["items"], doc["lines"])):
        yy = y0 + 7 * (i + 1) + 5.3
        _hand(pdf, 16, yy, str(i + 1), rng, 10)
        _hand(pdf, 26, yy, it["name"], rng, 10)
        _hand(pdf, 86, yy, it.get("spec", "")[:8], rng, 9)
        _hand(pdf, 121, yy, it["unit"], rng, 10)
        _hand(pdf, 134, yy, fqty(it["qty"], "plain"), rng, 10)
        if has_amount:
            _hand(pdf, 154, yy, f"{it['price']:g}", rng, 10)
            _hand(pdf, 176, yy, f"{l['net']:.2f}", rng, 10)
    if has_amount:
        _hand(pdf, 44, yb + 4.5, cn_upper(doc["total"]), rng, 10.5)
        _hand(pdf, 174, yb + 4.5, f"{doc['total']:.2f}", rng, 11)
    _hand(pdf, 164, yb + 15.5, doc["supplier"].get("person", ""), rng, 11)
    pdf.output(out)
    return 1
