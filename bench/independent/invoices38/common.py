"""Shared bits: paths, money/date formatting, tax-id checksums, the document model.

Everything here is invented: companies, addresses, tax numbers, amounts.
"""
import os, json, random, datetime, subprocess, shutil, pickle
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "build")
for _d in (FILES, BUILD, os.path.join(BUILD, "meta"), os.path.join(BUILD, "src"),
           os.path.join(BUILD, "fonts")):
    os.makedirs(_d, exist_ok=True)

CHROMIUM = "/usr/bin/chromium"
SOFFICE = "/usr/bin/soffice"
TESSERACT = "/usr/bin/tesseract"

D = Decimal
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
DEJAVU = os.path.join(FONT_DIR, "DejaVuSans.ttf")
DEJAVU_B = os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")
DEJAVU_SERIF = os.path.join(FONT_DIR, "DejaVuSerif.ttf")
DEJAVU_SERIF_B = os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")
DEJAVU_MONO = os.path.join(FONT_DIR, "DejaVuSansMono.ttf")
DEJAVU_COND = os.path.join(FONT_DIR, "DejaVuSansCondensed.ttf")
DEJAVU_COND_B = os.path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf")
WQY_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def wqy_ttf():
    """Extract the first face of the WenQuanYi collection into build/fonts (reportlab/fpdf2 want a .ttf)."""
    out = os.path.join(BUILD, "fonts", "wqy-microhei.ttf")
    if not os.path.exists(out):
        from fontTools.ttLib import TTCollection
        TTCollection(WQY_TTC).fonts[0].save(out)
    return out


def rng_for(key):
    return random.Random("invoices38:" + key)


def q(x, decimals=2, rounding=ROUND_HALF_UP):
    return D(x).quantize(D(1) if decimals == 0 else D("0.01"), rounding=rounding)


# ---------------------------------------------------------------- numbers
SEPS = {  # locale -> (group, decimal)
    "en_GB": (",", "."), "en_US": (",", "."), "en_IE": (",", "."), "ja": (",", "."), "zh": (",", "."),
    "de": (".", ","), "it": (".", ","), "es": (".", ","), "nl": (".", ","),
    "fr": ("\u00a0", ","), "pl": ("\u00a0", ","),
}
SYMBOL = {"GBP": "£", "EUR": "€", "USD": "$", "CNY": "¥", "JPY": "¥", "PLN": "zł"}


def fmt_num(x, locale="en_GB", decimals=2, group=None):
    g, dec = SEPS.get(locale, (",", "."))
    if group is not None:
        g = group
    x = D(x)
    s = f"{abs(x):,.{decimals}f}"
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", g)
    return ("-" if x < 0 else "") + s


def fmt_money(x, locale, currency, style="symbol", decimals=2, group=None):
    """style: symbol (£1,234.56 / 1.234,56 €), code (1,234.56 GBP), plain (1,234.56), code_pre (EUR 1.234,56)."""
    n = fmt_num(x, locale, decimals, group)
    sym = SYMBOL.get(currency, currency)
    if style == "plain":
        return n
    if style == "code":
        return f"{n} {currency}"
    if style == "code_pre":
        return f"{currency} {n}"
    neg = n.startswith("-")
    if neg:
        n = n[1:]
    if locale in ("en_GB", "en_US", "en_IE", "ja", "zh"):
        s = f"{sym}{n}"
    elif locale == "nl":
        s = f"{sym} {n}"
    else:  # de, fr, it, es, pl
        s = f"{n}\u00a0{sym}" if locale in ("fr", "pl") else f"{n} {sym}"
    return ("-" if neg else "") + s


# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}


def fmt_date(d, style, lang="en"):
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "mdy_slash":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "ymd_dot":
        return d.strftime("%Y.%m.%d")
    if style == "kanji":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "kanji0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "reiwa":
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if style == "d_mon_y":  # 5 Mar 2026
        return f"{d.day} {MONTHS['en'][d.month - 1][:3]} {d.year}"
    if style == "dd_mon_yy":  # 05-MAR-26
        return f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3].upper()}-{d.year % 100:02d}"
    if style == "d_month_y":
        m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
        if lang == "es":
            return f"{d.day} de {m} de {d.year}"
        if lang == "de":
            return f"{d.day}. {m} {d.year}"
        if lang == "fr" and d.day == 1:
            return f"1er {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    if style == "us_long":
        return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    raise ValueError(style)


# ---------------------------------------------------------------- tax-id checksums (so they look right)
def uk_vat(r):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(6)]
        s = sum(w * x for w, x in zip(range(8, 1, -1), d))
        chk = (-s) % 97
        if chk < 97:
            return "GB %d%d%d %d%d%d%d %02d" % (*d, chk)


def de_vat(r):
    d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(7)]
    p = 10
    for x in d:
        s = (x + p) % 10 or 10
        p = (2 * s) % 11
    c = 11 - p
    c = 0 if c == 10 else c
    return "DE" + "".join(map(str, d)) + str(c)


def nl_vat(r):
    while True:
        d = [r.randint(0, 9) for _ in range(8)]
        s = sum(w * x for w, x in zip(range(9, 1, -1), d)) % 11
        if s < 10:
            return "NL" + "".join(map(str, d)) + str(s) + "B01"


def pl_nip(r, dashed=True):
    while True:
        d = [r.randint(1, 9)] + [r.randint(0, 9) for _ in range(8)]
        c = sum(w * x for w, x in zip([6, 5, 7, 2, 3, 4, 5, 6, 7], d)) % 11
        if c < 10:
            s = "".join(map(str, d)) + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}" if dashed else s


def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            x = x - 9 if x > 9 else x
        tot += x
    return str((10 - tot % 10) % 10)


def fr_ids(r):
    base = str(r.randint(30000000, 99999999))
    siren = base + luhn_digit(base)
    key = (12 + 3 * (int(siren) % 97)) % 97
    siret = siren + "%05d" % r.randint(10, 99) + "0"
    siret = siret[:-1] + luhn_digit(siret[:-1])
    return f"{siren[:3]} {siren[3:6]} {siren[6:]}", f"FR{key:02d}{siren}", siret


def it_piva(r):
    base = "%07d" % r.randint(1000000, 9999999) + "%03d" % r.randint(1, 100)
    # Italian check digit: Luhn variant
    s = 0
    for i, ch in enumerate(base):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            x = x - 9 if x > 9 else x
        s += x
    return base + str((10 - s % 10) % 10)


def ie_vat(r):
    d = [r.randint(0, 9) for _ in range(7)]
    s = sum(w * x for w, x in zip(range(8, 1, -1), d)) % 23
    return "IE" + "".join(map(str, d)) + "WABCDEFGHIJKLMNOPQRSTUV"[s]


def es_cif(r):
    letter = r.choice("BA")
    d = "%02d%05d" % (r.choice([44, 46, 50, 28, 8]), r.randint(10000, 99999))
    ctrl = int(luhn_digit(d + "0"))  # close enough look-alike
    return f"{letter}{d}{ctrl}"


def cn_uscc(r):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + r.choice(["330206", "441900", "440300", "330782"]) + "".join(r.choice(chars) for _ in range(9))
    s = sum(chars.index(c) * wi for c, wi in zip(body, w))
    c = 31 - s % 31
    return body + chars[0 if c == 31 else c]


def jp_reg(r):
    base = [r.randint(0, 9) for _ in range(12)]
    s = 0
    for n, x in enumerate(reversed(base), start=1):
        s += x * (1 if n % 2 else 2)
    return "T" + str(9 - s % 9) + "".join(map(str, base))


def iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    raw = f"{country}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


# ---------------------------------------------------------------- model
@dataclass
class Party:
    name: str
    addr: list
    country: str = "GB"
    vat: str = ""
    ids: dict = field(default_factory=dict)   # other label -> value (Company No, SIRET, 纳税人识别号 ...)
    phone: str = ""
    email: str = ""
    web: str = ""
    bank: dict = field(default_factory=dict)
    name2: str = ""   # English / transliterated name for bilingual docs


@dataclass
class Line:
    desc: str
    qty: Decimal
    unit: Decimal
    rate: Decimal = D(20)
    code: str = ""
    uom: str = ""
    disc: Decimal = D(0)
    desc2: str = ""


@dataclass
class Doc:
    key: str
    doc_type: str
    lang: str
    locale: str
    currency: str
    supplier: Party
    buyer: Party
    number: str
    date: datetime.date
    lines: list
    due: datetime.date = None
    shipping: Decimal = D(0)
    shipping_rate: Decimal = D(20)
    incl: bool = False          # prices include tax (till receipts)
    vat_mode: str = "rate"      # "rate": VAT per rate summary; "line": VAT per line then summed
    decimals: int = 2
    tax_rounding: str = "half_up"
    arith: str = None           # None | line | vat | total | subtotal
    date_style: str = "dmy_slash"
    money_style: str = "symbol"
    refs: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    ship_to: Party = None
    title: str = ""
    extra: dict = field(default_factory=dict)
    printed: dict = field(default_factory=dict)  # strings a producer printed (used by the edits)

    # -- formatting helpers
    def m(self, x, style=None, **kw):
        return fmt_money(x, self.locale, self.currency, style or self.money_style, self.decimals, **kw)

    def n(self, x, decimals=None, **kw):
        return fmt_num(x, self.locale, self.decimals if decimals is None else decimals, **kw)

    def d(self, dt=None, style=None):
        return fmt_date(dt or self.date, style or self.date_style, self.lang)

    def qty(self, x):
        x = D(x)
        if x == x.to_integral_value():
            return str(int(x))
        return fmt_num(x, self.locale, 2)

    # -- arithmetic (with the optional deliberate mistake)
    def compute(self):
        dec = self.decimals
        rnd = ROUND_DOWN if self.tax_rounding == "down" else ROUND_HALF_UP
        nets = [q(l.qty * l.unit * (1 - l.disc / 100), dec) for l in self.lines]
        if self.arith == "line":
            i = self.extra.get("arith_line", 0)
            nets[i] = nets[i] + self.extra.get("arith_delta", q(self.lines[i].unit, dec))
        line_vats = [q(nv * l.rate / (100 + l.rate) if self.incl else nv * l.rate / 100, dec, rnd)
                     for nv, l in zip(nets, self.lines)]
        subtotal = sum(nets, D(0))
        ship = q(self.shipping, dec)
        rates = {}
        for nv, vv, l in zip(nets, line_vats, self.lines):
            b = rates.setdefault(l.rate, [D(0), D(0)])
            b[0] += nv
            b[1] += vv
        if ship:
            b = rates.setdefault(self.shipping_rate, [D(0), D(0)])
            b[0] += ship
            b[1] += q(ship * self.shipping_rate / 100, dec, rnd) if not self.incl else q(ship * self.shipping_rate / (100 + self.shipping_rate), dec, rnd)
        by_rate = []
        for r in sorted(rates, reverse=True):
            base, lv = rates[r]
            if self.incl:
                vat = lv if self.vat_mode == "line" else q(base * r / (100 + r), dec, rnd)
                by_rate.append([r, base - vat, vat, base])
            else:
                vat = lv if self.vat_mode == "line" else q(base * r / 100, dec, rnd)
                by_rate.append([r, base, vat, base + vat])
        printed_sub = subtotal
        if self.arith == "subtotal":
            printed_sub = subtotal + self.extra.get("arith_delta", D("10.00"))
        if self.arith == "vat":
            by_rate[0][2] += self.extra.get("arith_delta", D("1.00"))
            by_rate[0][3] = by_rate[0][1] + by_rate[0][2] if not self.incl else by_rate[0][3]
        vat_total = sum(b[2] for b in by_rate)
        if self.incl:
            total = subtotal + ship
        else:
            total = printed_sub + ship + vat_total
        if self.arith == "total":
            total += self.extra.get("arith_delta", D("10.00"))
        return dict(nets=nets, line_vats=line_vats, subtotal=printed_sub, shipping=ship,
                    by_rate=by_rate, vat_total=vat_total, total=total,
                    net_total=printed_sub + ship if not self.incl else total - vat_total)

    def total(self):
        return self.compute()["total"]


# ---------------------------------------------------------------- labels & meta
def label(doc, file, producer, pages, **over):
    is_inv = doc.doc_type in ("invoice", "tax_invoice", "receipt")
    tot = over.pop("total", None)
    if tot is None and not doc.extra.get("no_total") and doc.lines:
        tot = doc.total()
    if tot is None and "balance" in doc.extra:   # statements / remittances: the amount printed as the total
        tot = doc.extra["balance"]
    lab = dict(file=file, genuine=True, edit_method=None, what_changed=[], producer=producer,
               language=doc.lang, is_invoice=is_inv,
               doc_type=doc.doc_type,
               date=doc.date.isoformat(), total=(None if tot is None else str(q(tot, doc.decimals))),
               currency=doc.extra.get("label_currency", doc.currency),
               supplier=doc.extra.get("label_supplier", doc.supplier.name),
               buyer=doc.extra.get("label_buyer", doc.buyer.name), pages=pages,
               edit_before_capture=False, arithmetic_error=bool(doc.arith))
    lab.update(over)
    return lab


def save_meta(name, doc, **info):
    """Remember how a file was made (for the edit step): the Doc and any geometry."""
    with open(os.path.join(BUILD, "meta", name + ".pkl"), "wb") as f:
        pickle.dump(dict(doc=doc, **info), f)


def load_meta(name):
    with open(os.path.join(BUILD, "meta", name + ".pkl"), "rb") as f:
        return pickle.load(f)


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def run(cmd, timeout=180, **kw):
    return subprocess.run(cmd, check=True, timeout=timeout, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def write_stage_labels(stage, labels):
    with open(os.path.join(BUILD, f"labels_{stage}.jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


def read_stage_labels(stage):
    p = os.path.join(BUILD, f"labels_{stage}.jsonl")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f if x.strip()]
    if all(os.path.exists(os.path.join(FILES, l["file"])) for l in labs):
        return labs
    return None


# ---------------------------------------------------------------- Chinese upper-case amount (价税合计 大写)
def cn_upper(amount):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    amount = q(amount)
    yuan = int(amount)
    jiao = int((amount * 10) % 10)
    fen = int((amount * 100) % 10)

    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            dgt = n // (10 ** i) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += digits[dgt] + units[i]
        return s
    out, groups = "", []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g:
            if out and g < 1000:
                out += "零"
            out += four(g) + big[gi]
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0:
        return out + "整"
    if jiao:
        out += digits[jiao] + "角"
    elif fen:
        out += "零"
    if fen:
        out += digits[fen] + "分"
    return out
