"""Shared pieces for the invoices36 corpus: paths, invented companies, number/date
formatting per locale, the invoice model (Decimal arithmetic) and label writing.

Everything here is invented: company names, addresses, tax numbers, IBANs, amounts.
Tax numbers carry the right check digits so that they *look* valid, but they are random.
"""
import os, sys, json, random, datetime as dt, io, base64, shutil, subprocess
from decimal import Decimal, ROUND_HALF_UP

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "_build")
PY = sys.executable
for _d in (FILES, BUILD):
    os.makedirs(_d, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype"
DEJAVU = FONT_DIR + "/dejavu/DejaVuSans.ttf"
DEJAVU_B = FONT_DIR + "/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = FONT_DIR + "/dejavu/DejaVuSerif.ttf"
DEJAVU_SERIF_B = FONT_DIR + "/dejavu/DejaVuSerif-Bold.ttf"
DEJAVU_MONO = FONT_DIR + "/dejavu/DejaVuSansMono.ttf"
DEJAVU_COND = FONT_DIR + "/dejavu/DejaVuSansCondensed.ttf"
DEJAVU_COND_B = FONT_DIR + "/dejavu/DejaVuSansCondensed-Bold.ttf"
WQY = FONT_DIR + "/wqy/wqy-microhei.ttc"

D = Decimal


def q(x, cur="EUR"):
    """Round money half-up; JPY has no minor unit."""
    x = D(x)
    if cur == "JPY":
        return x.quantize(D("1"), rounding=ROUND_HALF_UP)
    return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def decs(cur):
    return 0 if cur == "JPY" else 2


def money_str(x, cur):
    """Label form of an amount: '1234.56' (JPY: '12345')."""
    x = q(x, cur)
    return f"{x:.{decs(cur)}f}"


# ---------------------------------------------------------------- number / money formatting
SEPS = {  # thousands, decimal
    "dot": (".", ","),          # 1.234,56
    "space": ("\u202f", ","),   # 1 234,56 (narrow nbsp, French typographic)
    "nbsp": ("\u00a0", ","),    # 1 234,56
    "sp": (" ", ","),           # 1 234,56 plain space (Polish software)
    "comma": (",", "."),        # 1,234.56
    "apos": ("'", "."),         # 1'234.56
    "nodot": ("", ","),         # 1234,56
    "noc": ("", "."),           # 1234.56
}


def fmt_num(x, style="dot", dec=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    th, ds = SEPS[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups) + ((ds + fp) if dec else "")
    return ("-" if neg else "") + out


def fmt_qty(x, style="dot"):
    x = D(x)
    if x == x.to_integral_value():
        return fmt_num(x, style, 0)
    return fmt_num(x, style, 2)


class Fmt:
    """Per-document formatting choices; stored in the source registry so that an
    edit can reproduce exactly how a value was printed."""

    def __init__(self, num="dot", money="{n} €", date="dmy_slash", cur="EUR", lang="es"):
        self.num, self.money, self.date, self.cur, self.lang = num, money, date, cur, lang

    def n(self, x, dec=None):
        return fmt_num(x, self.num, decs(self.cur) if dec is None else dec)

    def m(self, x):
        x = D(x)
        s = self.money.replace("{n}", fmt_num(abs(x), self.num, decs(self.cur)))
        return ("-" + s) if x < 0 else s

    def qty(self, x):
        return fmt_qty(x, self.num)

    def d(self, date, style=None):
        return fmt_date(date, style or self.date)

    def pct(self, r):
        r = D(r)
        s = fmt_num(r, self.num, 0 if r == r.to_integral_value() else 1)
        return s + (" %" if self.lang in ("fr", "de", "es", "ca", "pl", "pt") and self.num != "comma" else "%")

    def to_dict(self):
        return dict(num=self.num, money=self.money, date=self.date, cur=self.cur, lang=self.lang)

    @classmethod
    def from_dict(cls, d):
        return cls(**d)


MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fmt_date(d, style):
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    y, m, dd = d.year, d.month, d.day
    if style == "dmy_dot": return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy_slash": return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_dash": return f"{dd:02d}-{m:02d}-{y}"
    if style == "dmy_short": return f"{dd:02d}/{m:02d}/{y % 100:02d}"
    if style == "mdy_slash": return f"{m:02d}/{dd:02d}/{y}"
    if style == "ymd_slash": return f"{y}/{m:02d}/{dd:02d}"
    if style == "iso": return f"{y}-{m:02d}-{dd:02d}"
    if style == "ymd_dot": return f"{y}.{m:02d}.{dd:02d}"
    if style == "cjk": return f"{y}年{m}月{dd}日"
    if style == "cjk0": return f"{y}年{m:02d}月{dd:02d}日"
    if style == "reiwa": return f"令和{y - 2018}年{m}月{dd}日"
    if style == "long_es": return f"{dd} de {MONTHS['es'][m-1]} de {y}"
    if style == "long_pt": return f"{dd} de {MONTHS['pt'][m-1]} de {y}"
    if style == "long_ca":
        mn = MONTHS["ca"][m - 1]
        return f"{dd} d'{mn} de {y}" if mn[0] in "ao" else f"{dd} de {mn} de {y}"
    if style == "long_fr": return f"{'1er' if dd == 1 else dd} {MONTHS['fr'][m-1]} {y}"
    if style == "long_it": return f"{dd} {MONTHS['it'][m-1]} {y}"
    if style == "long_de": return f"{dd}. {MONTHS['de'][m-1]} {y}"
    if style == "long_nl": return f"{dd} {MONTHS['nl'][m-1]} {y}"
    if style == "long_pl": return f"{dd} {MONTHS['pl'][m-1]} {y}"
    if style == "long_en": return f"{dd} {MONTHS['en'][m-1]} {y}"
    if style == "long_us": return f"{MONTHS['en'][m-1]} {dd}, {y}"
    if style == "mon_en": return f"{dd:02d}-{MONTHS['en'][m-1][:3]}-{y}"
    if style == "mon_en2": return f"{MONTHS['en'][m-1][:3].upper()}. {dd:02d}, {y}"
    raise ValueError(style)


# locale defaults: number style, money patterns, date styles
LOCALE = {
    "es": dict(num=["dot"], money={"EUR": ["{n} €", "{n} €", "{n} EUR", "{n}€"]}, date=["dmy_slash", "dmy_slash", "dmy_dash", "long_es", "dmy_short"]),
    "ca": dict(num=["dot"], money={"EUR": ["{n} €", "{n}€"]}, date=["dmy_slash", "long_ca", "dmy_dash"]),
    "pt": dict(num=["nbsp", "dot", "sp"], money={"EUR": ["{n} €", "{n} EUR", "€ {n}"]}, date=["dmy_slash", "iso", "dmy_dash", "long_pt"]),
    "fr": dict(num=["space", "nbsp", "sp"], money={"EUR": ["{n} €", "{n} € ", "{n} EUR"]}, date=["dmy_slash", "long_fr", "long_fr"]),
    "it": dict(num=["dot"], money={"EUR": ["€ {n}", "{n} €", "EUR {n}"]}, date=["dmy_slash", "long_it", "dmy_dash"]),
    "de": dict(num=["dot"], money={"EUR": ["{n} €", "{n} EUR", "€ {n}"], "CHF": ["CHF {n}"]}, date=["dmy_dot", "dmy_dot", "long_de"]),
    "nl": dict(num=["dot"], money={"EUR": ["€ {n}", "€ {n}", "EUR {n}"]}, date=["dmy_dash", "long_nl", "dmy_slash"]),
    "pl": dict(num=["sp", "nbsp", "nodot"], money={"PLN": ["{n} zł", "{n} PLN", "{n}"], "EUR": ["{n} EUR"]}, date=["iso", "dmy_dot", "long_pl", "dmy_dash"]),
    "en": dict(num=["comma"], money={"USD": ["${n}", "USD {n}", "US$ {n}", "{n} USD", "$ {n}"], "GBP": ["£{n}", "GBP {n}"], "EUR": ["€{n}", "EUR {n}", "{n} EUR"], "CNY": ["CNY {n}", "RMB {n}"]}, date=["long_en", "dmy_slash", "mon_en", "iso"]),
    "zh": dict(num=["comma"], money={"CNY": ["¥{n}", "￥{n}", "¥ {n}"], "USD": ["USD {n}", "US${n}"]}, date=["cjk0", "cjk", "iso"]),
    "ja": dict(num=["comma"], money={"JPY": ["¥{n}", "￥{n}", "{n}円", "¥{n}-"]}, date=["cjk", "ymd_slash", "reiwa"]),
}


def pick_fmt(rng, lang, cur, date=None, num=None, money=None):
    L = LOCALE[lang]
    mons = L["money"].get(cur) or ["{n} " + cur]
    return Fmt(num=num or rng.choice(L["num"]), money=money or rng.choice(mons),
               date=date or rng.choice(L["date"]), cur=cur, lang=lang)


# ---------------------------------------------------------------- tax ids with check digits (random, invented)
def es_cif(rng, letter="B"):
    digs = [rng.randint(0, 9) for _ in range(7)]
    s = 0
    for i, dg in enumerate(digs):
        if i % 2 == 0:
            p = dg * 2
            s += p // 10 + p % 10
        else:
            s += dg
    c = (10 - s % 10) % 10
    ctrl = str(c) if letter in "ABEH" or letter in "BCDFGJUV" else "JABCDEFGHI"[c]
    return letter + "".join(map(str, digs)) + ctrl


def es_nif(rng):
    n = rng.randint(10000000, 59999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def pt_nif(rng, first="5"):
    digs = [int(first)] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(dg * w for dg, w in zip(digs, range(9, 1, -1)))
    c = 11 - s % 11
    c = 0 if c >= 10 else c
    return "".join(map(str, digs)) + str(c)


def luhn_ok_complete(digs):
    # returns check digit that makes digs+[c] Luhn-valid
    for c in range(10):
        tot = 0
        for i, dg in enumerate(reversed(digs + [c])):
            if i % 2 == 1:
                dg *= 2
                if dg > 9: dg -= 9
            tot += dg
        if tot % 10 == 0:
            return c


def fr_siren(rng):
    digs = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    return "".join(map(str, digs + [luhn_ok_complete(digs)]))


def fr_siret(siren, rng):
    digs = [int(c) for c in siren] + [0, 0, 0, rng.randint(1, 9)]
    return siren + "".join(map(str, digs[9:])) + str(luhn_ok_complete(digs))


def fr_tva(siren):
    key = (12 + 3 * (int(siren) % 97)) % 97
    return f"FR{key:02d}{siren}"


def it_piva(rng):
    digs = [rng.randint(0, 9) for _ in range(7)] + [0, 0, rng.randint(1, 9)]
    s = 0
    for i, dg in enumerate(digs):
        if i % 2 == 1:
            dg *= 2
            if dg > 9: dg -= 9
        s += dg
    return "".join(map(str, digs)) + str((10 - s % 10) % 10)


def de_ustid(rng):
    digs = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(7)]
    p = 10
    for dg in digs:
        s = (dg + p) % 10 or 10
        p = (2 * s) % 11
    c = (11 - p) % 10
    return "DE" + "".join(map(str, digs)) + str(c)


def pl_nip(rng):
    w = [6, 5, 7, 2, 3, 4, 5, 6, 7]
    while True:
        digs = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        c = sum(a * b for a, b in zip(digs, w)) % 11
        if c < 10:
            s = "".join(map(str, digs)) + str(c)
            return f"{s[:3]}-{s[3:6]}-{s[6:8]}-{s[8:]}", s


def nl_btw(rng):
    while True:
        digs = [rng.randint(0, 9) for _ in range(8)]
        c = sum(dg * w for dg, w in zip(digs, range(9, 1, -1))) % 11
        if c < 10:
            return "NL" + "".join(map(str, digs)) + str(c) + "B01"


def gb_vat(rng):
    digs = [rng.randint(0, 9) for _ in range(7)]
    s = sum(dg * w for dg, w in zip(digs, range(8, 1, -1)))
    c = (-s) % 97
    v = "".join(map(str, digs)) + f"{c:02d}"
    return f"GB {v[:3]} {v[3:7]} {v[7:]}"


def cn_uscc(rng):
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    region = rng.choice(["440300", "330212", "330782", "441900", "440106", "320583"])
    body = "91" + region + "".join(rng.choice(alphabet[:10] + "MA" + "BCDEFGHJKL") for _ in range(9))
    s = sum(alphabet.index(ch) * wi for ch, wi in zip(body, w))
    return body + alphabet[(31 - s % 31) % 31]


def jp_regno(rng):
    digs = [rng.randint(0, 9) for _ in range(12)]
    s = sum(dg * (1 if (12 - i) % 2 == 1 else 2) for i, dg in enumerate(digs))
    c = 9 - s % 9
    return "T" + str(c) + "".join(map(str, digs))


def iban(rng, cc, blen):
    bban = "".join(str(rng.randint(0, 9)) for _ in range(blen))
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc in ("NL", "GB"):
        bban = rng.choice(["INGB", "RABO", "ABNA", "TRIO"] if cc == "NL" else ["BARC", "NWBK", "LOYD", "MIDL"]) + bban[4:]
    elif cc == "IT":
        bban = rng.choice(up) + bban[1:]
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


IBAN_LEN = {"ES": 20, "PT": 21, "FR": 23, "IT": 23, "DE": 18, "NL": 14, "PL": 24, "GB": 18}

# ---------------------------------------------------------------- invented companies
COMPANIES = {
    "ES": {
        "sup": ["Distribuciones Textiles Mediterráneo, S.L.", "Envases y Embalajes Turia, S.L.", "Comercial Ferretera Alcarria, S.A.",
                "Cosmética Natural Albarracín, S.L.", "Importaciones Navarra del Ebro, S.L.", "Suministros Hogar Guadalquivir, S.L.",
                "Almacenes Ortega Menaje, S.L.", "Cafés Tostados Montesol, S.L.", "Editorial Pequeños Lectores Rioja, S.L.",
                "Hermanos Sáez Peñalver, C.B.", "Mayorista Electrónica Cantábrico, S.A.", "Juguetes Artesanos Onil Castell, S.L."],
        "buy": ["Brisa Home Online, S.L.", "Nordeste Ventas Digitales, S.L.", "Kasa Kiwi Store, S.L.", "Marta Vilaró Puig",
                "Ecommerce Farigola Trading, S.L.", "Tierra Azul Marketplace, S.L.", "Sergio Manzanares Ribas",
                "Lumen Deco Shop, S.L.", "Arrels Bio Market, S.L.", "Patricia Ocaña Lledó"],
        "cities": [("Calle de la Cordelería, 14", "46001", "Valencia"), ("Avda. de Aragón, 233, nave 7", "50014", "Zaragoza"),
                   ("Pol. Ind. El Pilar, C/ Fresno 9", "28830", "San Fernando de Henares"), ("C/ Sierpes Baja, 41", "41004", "Sevilla"),
                   ("C/ Ronda del Carme, 88, 2º 1ª", "08800", "Vilanova i la Geltrú"), ("C/ Mayor, 5, bajo", "31001", "Pamplona"),
                   ("C/ Comte d'Urgell, 190, 4t 2a", "08036", "Barcelona"), ("Pol. Can Salvatella, C/ Forja 3", "08210", "Barberà del Vallès"),
                   ("C/ Emilio Castelar, 27", "03440", "Ibi"), ("Ctra. de Logroño, km 4,2", "26006", "Logroño"),
                   ("C/ de la Lluna, 12", "08001", "Barcelona"), ("Paseo de Pereda, 31", "39004", "Santander")],
    },
    "CA": {  # Catalan-language suppliers (Catalonia / Balearics)
        "sup": ["Cistelleria Ribes i Fills, S.L.", "Ceràmiques de l'Empordà, SCCL", "Tèxtils del Bages, S.L.",
                "Olis i Conserves del Priorat, S.L.", "Espardenyes Garrotxa, S.L.", "Sabons de Menorca Curtó, S.L."],
        "cities": [("Carrer del Rec, 22", "17100", "La Bisbal d'Empordà"), ("Carretera de Cardona, 54", "08240", "Manresa"),
                   ("Carrer Major, 9", "43730", "Falset"), ("Passeig de la Muralla, 3", "17800", "Olot"),
                   ("Carrer de Sant Roc, 15", "07760", "Ciutadella de Menorca")],
    },
    "PT": {"sup": ["Cortiças do Douro, Lda.", "Têxteis Vale do Ave, Lda.", "Cerâmica Aveirense Atlântico, S.A.", "Conservas Sardinha Dourada, Lda."],
           "cities": [("Rua da Boavista, 812", "4050-110", "Porto"), ("Zona Industrial de Ronfe, Lote 14", "4805-452", "Guimarães"),
                      ("Av. Dr. Lourenço Peixinho, 77", "3800-167", "Aveiro"), ("Rua Cândido dos Reis, 30", "4450-063", "Matosinhos")]},
    "FR": {"sup": ["Savonnerie des Alpilles SARL", "Maroquinerie Lambert & Fils SAS", "Coutellerie du Haut-Forez SARL",
                   "Atelier Bois Vosgien SAS", "Épicerie Fine Garonne Distribution SAS"],
           "solo": ["Camille Perrot – Illustration & Packaging"],
           "buy": ["Maison Céleste E-Commerce SARL", "Boutique Ondine SAS"],
           "cities": [("12 chemin des Oliviers", "13520", "Maussane-les-Alpilles"), ("47 rue de la République", "42600", "Montbrison"),
                      ("3 rue du Général Leclerc", "88400", "Gérardmer"), ("158 avenue de Lattre", "33000", "Bordeaux"),
                      ("9 impasse des Tanneurs", "31000", "Toulouse")]},
    "IT": {"sup": ["Pelletteria Fiorentina Bardi S.r.l.", "Ceramiche Vietresi Amalfitana S.n.c.", "Tessitura Comasca Valli S.p.A.",
                   "Torrefazione Caffè Sannio S.r.l.", "Cartoleria Ingrosso Romagnola S.r.l.", "Oleificio Colli Sabini S.r.l."],
           "buy": ["Casa Lucente Store S.r.l.s."],
           "cities": [("Via dei Conciatori, 18", "50122", "Firenze (FI)"), ("Corso Umberto I, 64", "84019", "Vietri sul Mare (SA)"),
                      ("Via per Cernobbio, 7", "22100", "Como (CO)"), ("Contrada Piano Cappelle, 2", "82100", "Benevento (BN)"),
                      ("Via Emilia Est, 1203", "47122", "Forlì (FC)"), ("Strada Provinciale 42, km 3", "02032", "Fara in Sabina (RI)")]},
    "DE": {"sup": ["Haushaltswaren Brenner GmbH", "Kühn & Sohn Werkzeughandel KG", "Spielwaren Großhandel Elbe GmbH",
                   "Lederwaren Schwarzwald e.K.", "Bürobedarf Westfalen Hoffmann GmbH"],
           "solo": ["Jonas Albrecht Holzdesign"],
           "buy": ["Lindenhof Versandhandel GmbH"],
           "cities": [("Industriestraße 41", "73033", "Göppingen"), ("Am Hafenbecken 7", "01067", "Dresden"),
                      ("Bahnhofstraße 112", "78073", "Bad Dürrheim"), ("Gewerbepark Süd 3a", "33330", "Gütersloh"),
                      ("Mühlweg 5", "87435", "Kempten (Allgäu)")]},
    "NL": {"buy": ["Webwinkel Duinroos B.V."], "sup": ["Groothandel Van Dijk Huishoudelijk B.V.", "De Vries Fietsonderdelen B.V.", "Tulpenveld Cadeau & Deco B.V.", "Bakker Verpakkingen B.V."],
           "cities": [("Energieweg 18", "3542 DZ", "Utrecht"), ("Handelskade 240", "2288 BJ", "Rijswijk"),
                      ("Industrieterrein De Hoek 12", "1703 RK", "Heerhugowaard"), ("Nijverheidsstraat 4", "5961 PJ", "Horst")]},
    "PL": {"buy": ["Sklep Internetowy Zielona Półka Sp. z o.o."], "sup": ["Hurtownia Kowalczyk Sp. z o.o.", "Zakład Stolarski Nowak i Wspólnicy Sp.j.", "Przędzalnia Łódzka Wiśniewski Sp. z o.o.",
                   "Ceramika Bolesławiec Żuraw Sp. z o.o."],
           "cities": [("ul. Przemysłowa 17", "62-080", "Tarnowo Podgórne"), ("ul. Piotrkowska 221 lok. 4", "90-456", "Łódź"),
                      ("ul. Kościuszki 58", "59-700", "Bolesławiec"), ("ul. Składowa 3", "30-712", "Kraków")]},
    "GB": {"sup": ["Harrowgate Homeware Ltd", "Pennine Outdoor Supplies Ltd", "Wexley & Crane Trading Ltd", "Fenwick Grove Tea Company Ltd"],
           "cities": [("Unit 4, Kirkstall Industrial Park", "LS5 3RH", "Leeds"), ("17 Dock Road", "BS1 6QL", "Bristol"),
                      ("Grange Farm Business Centre, Barn 2", "CV35 8DP", "Warwick"), ("88 Commercial Street", "E1 6LY", "London")]},
    "US": {"sup": ["Bluff Creek Supply Co.", "Maple Ridge Outdoor Goods LLC", "Tri-County Wholesale Distributors Inc."],
           "cities": [("2150 Harbor Industrial Blvd, Suite 110", "97217", "Portland, OR"), ("418 W Commerce St", "75207", "Dallas, TX"),
                      ("77 Riverside Pkwy", "30344", "East Point, GA")]},
    "CN": {"sup": [("Ningbo Haishu Jiayu Household Products Co., Ltd.", "宁波市海曙佳宇家居用品有限公司"),
                   ("Shenzhen Longgang Xinrui Electronics Co., Ltd.", "深圳市龙岗区鑫瑞电子有限公司"),
                   ("Yiwu Hongsheng Crafts Co., Ltd.", "义乌市鸿晟工艺品有限公司"),
                   ("Dongguan Kaiyue Silicone Rubber Products Co., Ltd.", "东莞市凯越硅胶制品有限公司"),
                   ("Guangzhou Baiyun Meiling Cosmetics Co., Ltd.", "广州市白云区美翎化妆品有限公司"),
                   ("Suzhou Wuzhong Tianhe Textile Co., Ltd.", "苏州市吴中区天禾纺织有限公司")],
           "buy": [("Shenzhen Qianhai Kuajing Youpin Trading Co., Ltd.", "深圳市前海跨境优品贸易有限公司"),
                   ("Yiwu Tuohai Import & Export Co., Ltd.", "义乌市拓海进出口有限公司")],
           "cities": [("No. 218 Jiayuan Road, Haishu District", "315000", "Ningbo, Zhejiang", "浙江省宁波市海曙区佳园路218号"),
                      ("Building B3, Huanan Industrial Zone, Longgang District", "518116", "Shenzhen, Guangdong", "广东省深圳市龙岗区华南工业区B3栋"),
                      ("Room 1605, Block 2, Futian Trade City Business Tower", "322000", "Yiwu, Zhejiang", "浙江省义乌市福田商贸城商务楼2座1605室"),
                      ("No. 9 Xinle Road, Changping Town", "523560", "Dongguan, Guangdong", "广东省东莞市常平镇新乐路9号"),
                      ("No. 36 Huangbian North Road, Baiyun District", "510440", "Guangzhou, Guangdong", "广东省广州市白云区黄边北路36号"),
                      ("No. 88 Mudu Industrial Park, Wuzhong District", "215101", "Suzhou, Jiangsu", "江苏省苏州市吴中区木渎工业园88号")]},
    "JP": {"sup": [("Yamashina Shoji Co., Ltd.", "株式会社山科商事"), ("Hikari Zakka Ltd.", "有限会社ひかり雑貨"),
                   ("Hokuto Textile Co., Ltd.", "株式会社北斗テキスタイル"), ("Asagiri Tea Garden Co., Ltd.", "株式会社朝霧茶園")],
           "buy": [("Minato Trading Co., Ltd.", "合同会社みなと交易"), ("Sakura EC Partners Co., Ltd.", "株式会社さくらECパートナーズ")],
           "cities": [("京都府京都市山科区椥辻池尻町14-2", "607-8164", ""), ("大阪府大阪市中央区南船場3丁目5番11号 南船場ビル4F", "542-0081", ""),
                      ("愛知県一宮市丹陽町九日市場字流4-8", "491-0811", ""), ("静岡県富士宮市根原字朝霧210", "418-0107", "")]},
}


class Company(dict):
    __getattr__ = dict.get


def make_company(rng, cc, role="sup", solo=False, name=None):
    """Return an invented company for country cc ('ES','CA','FR', ...)."""
    data = COMPANIES[cc]
    c = Company(cc=cc, role=role)
    if cc in ("CN", "JP"):
        pool = data["buy" if role == "buy" and "buy" in data else "sup"]
        en, local = name or rng.choice(pool)
        c.update(name=en, name_local=local)
        city = rng.choice(data["cities"])
        if cc == "CN":
            c.update(addr=[city[0], f"{city[2]} {city[1]}, China"], addr_local=city[3], taxid=cn_uscc(rng),
                     phone=f"+86 {rng.choice(['574','755','579','769','20','512'])} {rng.randint(8000,8999)} {rng.randint(1000,9999)}",
                     bank="Bank of Ningbo, Haishu Sub-branch" if rng.random() < .5 else "Industrial and Commercial Bank of China, Longgang Sub-branch",
                     account=f"{rng.randint(10**15, 10**16-1)}", swift=rng.choice(["BKNBCN2N", "ICBKCNBJSZN", "ABOCCNBJ110"]))
        else:
            c.update(addr=[f"〒{city[1]}", city[0]], taxid=jp_regno(rng), phone=f"0{rng.randint(3,99)}-{rng.randint(100,9999)}-{rng.randint(1000,9999)}",
                     bank=f"{rng.choice(['みずほ銀行','京都中央信用金庫','三井住友銀行','静岡銀行'])} {rng.choice(['山科支店','本町支店','一宮支店','富士宮支店'])}",
                     account=f"普通 {rng.randint(1000000, 9999999)}")
        return c
    key = "buy" if role == "buy" and "buy" in data else "sup"
    if solo and "solo" in data:
        key = "solo"
    c["name"] = name or rng.choice(data[key])
    street, zipc, city = rng.choice(data["cities"] if "cities" in data else COMPANIES["ES"]["cities"])
    cc_real = "ES" if cc == "CA" else cc
    if cc_real == "ES":
        is_person = not any(s in c["name"] for s in ("S.L", "S.A", "C.B", "SCCL"))
        tid = es_nif(rng) if is_person else es_cif(rng, "B" if "S.L" in c["name"] else ("A" if "S.A" in c["name"] else ("E" if "C.B" in c["name"] else "F")))
        c.update(taxid=tid, vat="ES" + tid, addr=[street, f"{zipc} {city}"], country="España" if cc == "ES" else "Espanya",
                 phone=f"+34 9{rng.randint(10,89)} {rng.randint(100,999)} {rng.randint(100,999)}", is_person=is_person)
    elif cc == "PT":
        n = pt_nif(rng)
        c.update(taxid=n, vat="PT" + n, addr=[street, f"{zipc} {city}"], country="Portugal", phone=f"+351 2{rng.randint(10,59)} {rng.randint(100,999)} {rng.randint(100,999)}",
                 capital=f"{rng.choice([5000, 25000, 50000, 250000])}", crc=city)
    elif cc == "FR":
        siren = fr_siren(rng)
        c.update(taxid=fr_tva(siren), siren=siren, siret=fr_siret(siren, rng), addr=[street, f"{zipc} {city}"], country="France",
                 phone=f"+33 {rng.randint(1,5)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)} {rng.randint(10,99)}",
                 rcs=f"RCS {city.split()[0]} {siren[:3]} {siren[3:6]} {siren[6:]}", capital=rng.choice(["7 500", "10 000", "40 000", "150 000"]),
                 ape=rng.choice(["4649Z", "1512Z", "2571Z", "4637Z", "7410Z"]))
    elif cc == "IT":
        p = it_piva(rng)
        c.update(taxid="IT" + p, piva=p, addr=[street, f"{zipc} {city}"], country="Italia", phone=f"+39 0{rng.randint(10,99)} {rng.randint(100000,999999)}",
                 rea=f"REA {city[-3:-1]}-{rng.randint(100000, 699999)}", sdi=rng.choice(["M5UXCR1", "KRRH6B9", "T04ZHR3", "0000000"]),
                 pec=c["name"].split()[0].lower() + "@pec.it")
    elif cc == "DE":
        c.update(taxid=de_ustid(rng), stnr=f"{rng.randint(10,99)}/{rng.randint(100,999)}/{rng.randint(10000,99999)}", addr=[street, f"{zipc} {city}"],
                 country="Deutschland", phone=f"+49 {rng.randint(30,9999)} {rng.randint(10000,999999)}",
                 hrb=f"Amtsgericht {city.split()[0]} HRB {rng.randint(1000, 99999)}", gf=rng.choice(["Martina Brenner", "Klaus-Dieter Kühn", "Sabine Oehlert", "Tobias Rahn"]))
    elif cc == "NL":
        c.update(taxid=nl_btw(rng), kvk=str(rng.randint(10000000, 99999999)), addr=[street, f"{zipc} {city}"], country="Nederland",
                 phone=f"+31 {rng.randint(10,99)} {rng.randint(100,999)} {rng.randint(1000,9999)}")
    elif cc == "PL":
        nip, raw = pl_nip(rng)
        c.update(taxid=nip, nip_raw=raw, vat="PL" + raw, addr=[street, f"{zipc} {city}"], country="Polska",
                 phone=f"+48 {rng.randint(12,99)} {rng.randint(100,999)} {rng.randint(10,99)} {rng.randint(10,99)}", regon=str(rng.randint(100000000, 999999999)))
    elif cc == "GB":
        c.update(taxid=gb_vat(rng), addr=[street, f"{city} {zipc}"], country="United Kingdom", crn=f"{rng.randint(10000000, 16999999):08d}",
                 phone=f"+44 {rng.randint(113,199)} {rng.randint(100,999)} {rng.randint(1000,9999)}")
    elif cc == "US":
        c.update(taxid=f"{rng.randint(10,99)}-{rng.randint(1000000,9999999)}", addr=[street, f"{city} {zipc}"], country="USA",
                 phone=f"({rng.randint(201,989)}) {rng.randint(200,999)}-{rng.randint(1000,9999)}")
    tld = {"ES": [".es", ".com"], "CA": [".cat", ".com"], "PT": [".pt"], "FR": [".fr", ".com"], "IT": [".it"], "DE": [".de"], "NL": [".nl"], "PL": [".pl"],
           "GB": [".co.uk"], "US": [".com"]}.get(cc, [".com"])
    words = [w for w in c["name"].split(",")[0].split() if w[0].isalpha()]
    local = rng.choice(["admin", "info", "facturacion" if cc_real == "ES" else "accounts", "contabilidad" if cc_real == "ES" else "billing"])
    dom = "".join(ch for ch in "".join(words[:2]).lower() if ch.isalnum() and ch.isascii())[:16]
    c["email"] = f"{local}@{dom}{rng.choice(tld)}"
    if solo and cc in ("FR", "DE"):
        # sole traders under the small-business scheme: no VAT number on the invoice
        c["solo"] = True
        c["taxid"] = None
        c.pop("hrb", None)
        c["email"] = f"{'contact' if cc == 'FR' else 'info'}@{dom}{rng.choice(tld)}"
    if cc_real in IBAN_LEN:
        c["iban"] = iban(rng, cc_real, IBAN_LEN[cc_real])
        c["bic"] = rng.choice({"ES": ["CAIXESBBXXX", "BSCHESMMXXX", "BBVAESMMXXX", "CCRIES2AXXX"], "PT": ["CGDIPTPL", "BCOMPTPL"],
                               "FR": ["CCBPFRPPMAR", "AGRIFRPP881"], "IT": ["BCITITMM", "UNCRITMM"], "DE": ["COBADEFFXXX", "GENODEF1S02"],
                               "NL": ["INGBNL2A", "RABONL2U"], "PL": ["BREXPLPWMBK", "PKOPPLPW"], "GB": ["BARCGB22", "NWBKGB2L"]}[cc_real])
    return c


# ---------------------------------------------------------------- products (names per language), base price EUR, tax category
P = [
    # key, cat, base EUR wholesale, unit-en, names {lang: name}
    ("silicone_set", "std", 6.40, {"en": "Silicone kitchen utensil set, 5 pcs", "es": "Set utensilios cocina silicona 5 pzs", "ca": "Joc d'estris de cuina de silicona, 5 u.",
                                     "fr": "Set ustensiles cuisine silicone 5 pcs", "it": "Set utensili cucina in silicone 5 pz", "de": "Silikon-Küchenhelfer-Set, 5-tlg.",
                                     "nl": "Siliconen keukengerei set 5-delig", "pl": "Zestaw przyborów kuchennych silikon 5 szt.", "pt": "Conjunto utensílios cozinha silicone 5 pçs",
                                     "zh": "硅胶厨具套装 5件套", "ja": "シリコンキッチンツール 5点セット"}),
    ("bamboo_board", "std", 4.85, {"en": "Bamboo cutting board 38x28 cm", "es": "Tabla de cortar bambú 38x28 cm", "ca": "Tauleta de tallar de bambú 38x28 cm",
                                     "fr": "Planche à découper bambou 38x28 cm", "it": "Tagliere in bambù 38x28 cm", "de": "Schneidebrett Bambus 38x28 cm",
                                     "nl": "Snijplank bamboe 38x28 cm", "pl": "Deska do krojenia bambus 38x28 cm", "pt": "Tábua de corte bambu 38x28 cm",
                                     "zh": "竹制砧板 38x28cm", "ja": "竹製まな板 38x28cm"}),
    ("bottle", "std", 3.90, {"en": "Stainless steel water bottle 750 ml", "es": "Botella acero inoxidable 750 ml", "ca": "Ampolla d'acer inoxidable 750 ml",
                               "fr": "Gourde inox isotherme 750 ml", "it": "Borraccia acciaio inox 750 ml", "de": "Edelstahl-Trinkflasche 750 ml",
                               "nl": "RVS drinkfles 750 ml", "pl": "Butelka stalowa termiczna 750 ml", "pt": "Garrafa aço inoxidável 750 ml",
                               "zh": "不锈钢保温水瓶 750毫升", "ja": "ステンレスボトル 750ml"}),
    ("yoga_mat", "std", 7.20, {"en": "TPE yoga mat 6 mm, two-tone", "es": "Esterilla yoga TPE 6 mm bicolor", "ca": "Estora de ioga TPE 6 mm",
                                 "fr": "Tapis de yoga TPE 6 mm bicolore", "it": "Tappetino yoga TPE 6 mm", "de": "Yogamatte TPE 6 mm zweifarbig",
                                 "nl": "Yogamat TPE 6 mm", "pl": "Mata do jogi TPE 6 mm", "pt": "Tapete de ioga TPE 6 mm", "zh": "TPE双色瑜伽垫 6mm", "ja": "TPEヨガマット 6mm"}),
    ("led_strip", "std", 5.10, {"en": "RGB LED strip 5 m with remote", "es": "Tira LED RGB 5 m con mando", "ca": "Tira LED RGB 5 m amb comandament",
                                  "fr": "Ruban LED RGB 5 m avec télécommande", "it": "Striscia LED RGB 5 m con telecomando", "de": "LED-Streifen RGB 5 m mit Fernbedienung",
                                  "nl": "LED-strip RGB 5 m met afstandsbediening", "pl": "Taśma LED RGB 5 m z pilotem", "pt": "Fita LED RGB 5 m com comando",
                                  "zh": "RGB LED灯带 5米 带遥控", "ja": "RGB LEDテープライト 5m リモコン付"}),
    ("phone_case", "std", 0.95, {"en": "Clear TPU phone case, assorted models", "es": "Funda móvil TPU transparente, modelos surtidos", "ca": "Funda de mòbil TPU transparent",
                                   "fr": "Coque téléphone TPU transparente", "it": "Cover smartphone TPU trasparente", "de": "Handyhülle TPU transparent, sortiert",
                                   "nl": "Telefoonhoesje TPU transparant", "pl": "Etui TPU przezroczyste, mix modeli", "pt": "Capa telemóvel TPU transparente",
                                   "zh": "透明TPU手机壳 混款", "ja": "クリアTPUスマホケース 機種アソート"}),
    ("usb_cable", "std", 1.35, {"en": "USB-C braided cable 1 m", "es": "Cable USB-C trenzado 1 m", "ca": "Cable USB-C trenat 1 m", "fr": "Câble USB-C tressé 1 m",
                                  "it": "Cavo USB-C intrecciato 1 m", "de": "USB-C Kabel geflochten 1 m", "nl": "USB-C kabel gevlochten 1 m", "pl": "Kabel USB-C w oplocie 1 m",
                                  "pt": "Cabo USB-C entrançado 1 m", "zh": "USB-C编织数据线 1米", "ja": "USB-C 編組ケーブル 1m"}),
    ("mug", "std", 2.60, {"en": "Stoneware mug 350 ml, glazed", "es": "Taza de gres esmaltada 350 ml", "ca": "Tassa de gres esmaltada 350 ml", "fr": "Mug en grès émaillé 350 ml",
                            "it": "Tazza in gres smaltato 350 ml", "de": "Steingut-Becher glasiert 350 ml", "nl": "Mok steengoed 350 ml", "pl": "Kubek kamionkowy 350 ml",
                            "pt": "Caneca de grés vidrado 350 ml", "zh": "釉面陶瓷马克杯 350毫升", "ja": "施釉マグカップ 350ml"}),
    ("candle", "std", 3.15, {"en": "Soy wax scented candle 200 g", "es": "Vela aromática cera de soja 200 g", "ca": "Espelma aromàtica de soja 200 g", "fr": "Bougie parfumée cire de soja 200 g",
                               "it": "Candela profumata cera di soia 200 g", "de": "Duftkerze Sojawachs 200 g", "nl": "Geurkaars sojawas 200 g", "pl": "Świeca zapachowa sojowa 200 g",
                               "pt": "Vela aromática cera de soja 200 g", "zh": "大豆蜡香薰蜡烛 200克", "ja": "ソイワックス アロマキャンドル 200g"}),
    ("towel", "std", 5.75, {"en": "Cotton bath towel 70x140 cm", "es": "Toalla de baño algodón 70x140 cm", "ca": "Tovallola de bany de cotó 70x140 cm", "fr": "Serviette de bain coton 70x140 cm",
                              "it": "Telo bagno cotone 70x140 cm", "de": "Badetuch Baumwolle 70x140 cm", "nl": "Badhanddoek katoen 70x140 cm", "pl": "Ręcznik kąpielowy bawełna 70x140 cm",
                              "pt": "Toalha de banho algodão 70x140 cm", "zh": "纯棉浴巾 70x140cm", "ja": "綿バスタオル 70x140cm"}),
    ("dog_toy", "std", 1.80, {"en": "Natural rubber dog chew toy", "es": "Juguete mordedor perro caucho natural", "ca": "Joguina mossegador de cautxú per a gos", "fr": "Jouet à mâcher chien caoutchouc",
                                "it": "Gioco da masticare per cani in gomma", "de": "Hundekauspielzeug Naturkautschuk", "nl": "Kauwspeelgoed hond natuurrubber", "pl": "Gryzak dla psa z kauczuku",
                                "pt": "Brinquedo mordedor cão borracha", "zh": "天然橡胶狗狗磨牙玩具", "ja": "天然ゴム 犬用噛むおもちゃ"}),
    ("scratcher", "std", 8.90, {"en": "Sisal cat scratching post 60 cm", "es": "Rascador gato sisal 60 cm", "ca": "Rascador de gat de sisal 60 cm", "fr": "Griffoir chat sisal 60 cm",
                                  "it": "Tiragraffi gatto sisal 60 cm", "de": "Kratzsäule Sisal 60 cm", "nl": "Krabpaal sisal 60 cm", "pl": "Drapak dla kota sizal 60 cm",
                                  "pt": "Arranhador gato sisal 60 cm", "zh": "剑麻猫抓柱 60cm", "ja": "麻製 猫用爪とぎポール 60cm"}),
    ("puzzle", "std", 2.95, {"en": "Wooden jigsaw puzzle 24 pcs", "es": "Puzle de madera 24 piezas", "ca": "Trencaclosques de fusta 24 peces", "fr": "Puzzle en bois 24 pièces",
                               "it": "Puzzle in legno 24 pezzi", "de": "Holzpuzzle 24 Teile", "nl": "Houten puzzel 24 stukjes", "pl": "Puzzle drewniane 24 el.",
                               "pt": "Puzzle de madeira 24 peças", "zh": "木质拼图 24片", "ja": "木製パズル 24ピース"}),
    ("shears", "std", 6.10, {"en": "Bypass pruning shears 20 cm", "es": "Tijeras de podar bypass 20 cm", "ca": "Tisores de podar bypass 20 cm", "fr": "Sécateur à lame franche 20 cm",
                               "it": "Forbici da potatura bypass 20 cm", "de": "Bypass-Gartenschere 20 cm", "nl": "Snoeischaar bypass 20 cm", "pl": "Sekator nożycowy 20 cm",
                               "pt": "Tesoura de poda bypass 20 cm", "zh": "园艺修枝剪 20cm", "ja": "バイパス剪定ばさみ 20cm"}),
    ("wallet", "std", 9.40, {"en": "Men's leather wallet, RFID", "es": "Cartera piel caballero RFID", "ca": "Cartera de pell per a home RFID", "fr": "Portefeuille cuir homme RFID",
                               "it": "Portafoglio uomo in pelle RFID", "de": "Herren-Geldbörse Leder RFID", "nl": "Heren portemonnee leer RFID", "pl": "Portfel męski skórzany RFID",
                               "pt": "Carteira homem pele RFID", "zh": "男士真皮钱包 防RFID", "ja": "メンズ 本革財布 RFID"}),
    ("soap", "std", 1.45, {"en": "Olive oil soap bar 100 g", "es": "Jabón de aceite de oliva 100 g", "ca": "Sabó d'oli d'oliva 100 g", "fr": "Savon à l'huile d'olive 100 g",
                             "it": "Sapone all'olio d'oliva 100 g", "de": "Olivenölseife 100 g", "nl": "Olijfoliezeep 100 g", "pl": "Mydło z oliwą z oliwek 100 g",
                             "pt": "Sabonete azeite 100 g", "zh": "橄榄油手工皂 100克", "ja": "オリーブオイル石鹸 100g"}),
    ("serum", "std", 4.20, {"en": "Hyaluronic facial serum 30 ml", "es": "Sérum facial hialurónico 30 ml", "ca": "Sèrum facial hialurònic 30 ml", "fr": "Sérum visage acide hyaluronique 30 ml",
                              "it": "Siero viso ialuronico 30 ml", "de": "Hyaluron-Gesichtsserum 30 ml", "nl": "Hyaluron gezichtsserum 30 ml", "pl": "Serum do twarzy z kwasem hialuronowym 30 ml",
                              "pt": "Sérum facial hialurónico 30 ml", "zh": "玻尿酸精华液 30毫升", "ja": "ヒアルロン酸 美容液 30ml"}),
    ("backpack", "std", 11.80, {"en": "Laptop backpack 15.6\", water-repellent", "es": "Mochila portátil 15,6\" impermeable", "ca": "Motxilla per a portàtil 15,6\"",
                                  "fr": "Sac à dos ordinateur 15,6\" déperlant", "it": "Zaino porta PC 15,6\" idrorepellente", "de": "Laptop-Rucksack 15,6\" wasserabweisend",
                                  "nl": "Laptoprugzak 15,6\" waterafstotend", "pl": "Plecak na laptopa 15,6\"", "pt": "Mochila portátil 15,6\" impermeável",
                                  "zh": "15.6寸防泼水电脑双肩包", "ja": "15.6インチ 撥水PCリュック"}),
    ("earbuds", "std", 8.25, {"en": "Bluetooth 5.3 wireless earbuds", "es": "Auriculares inalámbricos Bluetooth 5.3", "ca": "Auriculars sense fil Bluetooth 5.3",
                                "fr": "Écouteurs sans fil Bluetooth 5.3", "it": "Auricolari wireless Bluetooth 5.3", "de": "Kabellose Ohrhörer Bluetooth 5.3",
                                "nl": "Draadloze oordopjes Bluetooth 5.3", "pl": "Słuchawki bezprzewodowe Bluetooth 5.3", "pt": "Auriculares sem fios Bluetooth 5.3",
                                "zh": "蓝牙5.3无线耳机", "ja": "Bluetooth 5.3 ワイヤレスイヤホン"}),
    ("tote", "std", 1.10, {"en": "Organic cotton tote bag 38x42", "es": "Bolsa tote algodón orgánico 38x42", "ca": "Bossa tote de cotó orgànic 38x42", "fr": "Tote bag coton bio 38x42",
                             "it": "Shopper cotone biologico 38x42", "de": "Baumwolltasche Bio 38x42", "nl": "Katoenen tas biologisch 38x42", "pl": "Torba bawełniana eko 38x42",
                             "pt": "Saco tote algodão orgânico 38x42", "zh": "有机棉帆布袋 38x42", "ja": "オーガニックコットン トートバッグ"}),
    ("coffee", "food", 13.50, {"en": "Roasted coffee beans 1 kg", "es": "Café en grano tostado 1 kg", "ca": "Cafè en gra torrat 1 kg", "fr": "Café en grains torréfié 1 kg",
                                 "it": "Caffè in grani tostato 1 kg", "de": "Röstkaffee ganze Bohne 1 kg", "nl": "Koffiebonen gebrand 1 kg", "pl": "Kawa ziarnista palona 1 kg",
                                 "pt": "Café em grão torrado 1 kg", "zh": "烘焙咖啡豆 1公斤", "ja": "焙煎コーヒー豆 1kg"}),
    ("tea", "food", 4.60, {"en": "Loose green tea 100 g tin", "es": "Té verde a granel lata 100 g", "ca": "Te verd a granel llauna 100 g", "fr": "Thé vert en vrac boîte 100 g",
                             "it": "Tè verde sfuso latta 100 g", "de": "Grüner Tee lose, Dose 100 g", "nl": "Losse groene thee blik 100 g", "pl": "Herbata zielona liściasta 100 g",
                             "pt": "Chá verde a granel lata 100 g", "zh": "散装绿茶罐装 100克", "ja": "緑茶 茶葉 100g缶"}),
    ("book", "book", 5.90, {"en": "Children's picture book (hardcover)", "es": "Libro ilustrado infantil (tapa dura)", "ca": "Llibre il·lustrat infantil (tapa dura)",
                              "fr": "Album jeunesse illustré (relié)", "it": "Libro illustrato per bambini (cartonato)", "de": "Bilderbuch für Kinder (Hardcover)",
                              "nl": "Prentenboek voor kinderen (gebonden)", "pl": "Książka obrazkowa dla dzieci (twarda oprawa)", "pt": "Livro ilustrado infantil (capa dura)",
                              "zh": "儿童精装绘本", "ja": "子ども向け絵本（ハードカバー）"}),
    ("oil", "food", 5.20, {"en": "Extra virgin olive oil 500 ml", "es": "Aceite de oliva virgen extra 500 ml", "ca": "Oli d'oliva verge extra 500 ml", "fr": "Huile d'olive vierge extra 500 ml",
                             "it": "Olio extravergine di oliva 500 ml", "de": "Natives Olivenöl extra 500 ml", "nl": "Extra vierge olijfolie 500 ml", "pl": "Oliwa z oliwek extra virgin 500 ml",
                             "pt": "Azeite virgem extra 500 ml", "zh": "特级初榨橄榄油 500毫升", "ja": "エクストラバージンオリーブオイル 500ml"}),
    ("sunglasses", "std", 3.70, {"en": "Polarised sunglasses UV400", "es": "Gafas de sol polarizadas UV400", "ca": "Ulleres de sol polaritzades UV400", "fr": "Lunettes de soleil polarisées UV400",
                                   "it": "Occhiali da sole polarizzati UV400", "de": "Sonnenbrille polarisiert UV400", "nl": "Zonnebril gepolariseerd UV400", "pl": "Okulary przeciwsłoneczne polaryzacyjne",
                                   "pt": "Óculos de sol polarizados UV400", "zh": "偏光太阳镜 UV400", "ja": "偏光サングラス UV400"}),
    ("espadrille", "std", 9.80, {"en": "Jute-sole espadrilles", "es": "Alpargatas suela de yute", "ca": "Espardenyes de sola de jute", "fr": "Espadrilles semelle jute",
                                   "it": "Espadrillas suola in iuta", "de": "Espadrilles mit Jutesohle", "nl": "Espadrilles jute zool", "pl": "Espadryle z podeszwą z juty",
                                   "pt": "Alpercatas sola de juta", "zh": "黄麻底草编鞋", "ja": "ジュートソール エスパドリーユ"}),
]
PRODUCTS = {p[0]: p for p in P}

RATES = {  # country: {cat: rate}
    "ES": {"std": 21, "food": 10, "book": 4}, "CA": {"std": 21, "food": 10, "book": 4}, "PT": {"std": 23, "food": 13, "book": 6},
    "FR": {"std": 20, "food": D("5.5"), "book": D("5.5")}, "IT": {"std": 22, "food": 10, "book": 4}, "DE": {"std": 19, "food": 7, "book": 7},
    "NL": {"std": 21, "food": 9, "book": 9}, "PL": {"std": 23, "food": 5, "book": 5}, "GB": {"std": 20, "food": 0, "book": 0},
    "CN": {"std": 13, "food": 9, "book": 9}, "JP": {"std": 10, "food": 8, "book": 10}, "US": {"std": 0, "food": 0, "book": 0},
}
RE_RATES = {21: D("5.2"), 10: D("1.4"), 4: D("0.5")}
FX = {"EUR": D(1), "USD": D("1.09"), "GBP": D("0.86"), "PLN": D("4.28"), "CNY": D("7.75"), "JPY": D("161"), "CHF": D("0.95")}
UNITS = {"es": "ud.", "ca": "u.", "pt": "un.", "fr": "pce", "it": "pz", "de": "Stk.", "nl": "st.", "pl": "szt.", "en": "pcs", "zh": "个", "ja": "個"}
LANG_OF_CC = {"ES": "es", "CA": "ca", "PT": "pt", "FR": "fr", "IT": "it", "DE": "de", "NL": "nl", "PL": "pl", "GB": "en", "US": "en", "CN": "zh", "JP": "ja"}


# which invented supplier sells what (keyword in name -> product keys); None = generalist
POOLS = [
    (("Textil", "Tèxtils", "Têxteis", "Tessitura", "Przędzalnia", "Tianhe Textile", "Hokuto", "北斗"), ["towel", "tote", "yoga_mat", "backpack"]),
    (("Envases", "Verpakkingen"), ["tote", "bottle", "mug", "bamboo_board"]),
    (("Ferretera", "Werkzeug", "Coutellerie"), ["shears", "led_strip", "usb_cable", "bamboo_board", "bottle"]),
    (("Cosmética", "Savonnerie", "Sabons", "Meiling", "美翎"), ["soap", "serum", "candle"]),
    (("Cafés", "Torrefazione", "Tea Company", "Asagiri", "朝霧"), ["coffee", "tea", "mug"]),
    (("Editorial",), ["book", "puzzle"]),
    (("Juguetes", "Spielwaren"), ["puzzle", "book", "dog_toy"]),
    (("Cistelleria",), ["tote", "bamboo_board", "espadrille"]),
    (("Ceràmiques", "Ceramiche", "Cerâmica", "Ceramika"), ["mug", "candle"]),
    (("Olis", "Oleificio", "Conservas", "Épicerie"), ["oil", "coffee", "tea"]),
    (("Espardenyes",), ["espadrille", "tote"]),
    (("Cortiças",), ["bamboo_board", "wallet", "tote", "mug"]),
    (("Pelletteria", "Maroquinerie", "Lederwaren"), ["wallet", "backpack", "tote"]),
    (("Atelier Bois", "Holzdesign", "Stolarski"), ["bamboo_board", "puzzle", "scratcher"]),
    (("Cartoleria", "Bürobedarf"), ["book", "puzzle", "usb_cable", "backpack"]),
    (("Fietsonderdelen",), ["bottle", "led_strip", "backpack", "sunglasses"]),
    (("Cadeau",), ["candle", "mug", "tote", "puzzle"]),
    (("Electrónica", "Electronics", "鑫瑞"), ["earbuds", "usb_cable", "led_strip", "phone_case"]),
    (("Silicone", "硅胶"), ["silicone_set", "phone_case", "dog_toy", "yoga_mat"]),
    (("Household", "Haushaltswaren", "Menaje", "家居"), ["silicone_set", "bottle", "bamboo_board", "mug", "towel", "candle"]),
    (("Crafts", "工艺品", "Zakka", "雑貨"), ["candle", "puzzle", "tote", "sunglasses", "mug"]),
    (("Outdoor",), ["bottle", "yoga_mat", "backpack", "sunglasses", "shears"]),
]


def supplier_pool(name):
    for keys, pool in POOLS:
        if any(k in name for k in keys):
            return pool
    return None


# ---------------------------------------------------------------- the document model
def rand_date(rng, start=dt.date(2025, 1, 8), end=dt.date(2026, 11, 20)):
    d = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    while d.weekday() == 6:
        d += dt.timedelta(days=1)
    return d


def doc_number(rng, cc, date, doc_type="invoice"):
    y, yy, n = date.year, date.year % 100, rng.randint(12, 1980)
    if doc_type == "credit_note":
        return rng.choice([f"R{y}-{n:04d}", f"FR-{yy}/{n:03d}", f"AB{y}-{n:05d}"])
    if doc_type == "receipt":
        return rng.choice([f"T{y}/{rng.randint(10000, 99999)}", f"FS-{yy}-{rng.randint(100000, 999999)}", f"{rng.randint(1,9)}-{rng.randint(100000,999999)}"])
    if doc_type in ("packing_list",): return f"PL-{y}{date.month:02d}{date.day:02d}-{rng.randint(1, 9)}"
    if doc_type == "purchase_order": return rng.choice([f"PO-{y}-{n:04d}", f"PED{yy}{n:04d}"])
    if doc_type == "quotation": return rng.choice([f"P{y}-{n:03d}", f"OF-{yy}-{n:04d}", f"Q{y}{n:04d}"])
    if doc_type == "delivery_note": return rng.choice([f"ALB{yy}-{n:05d}", f"LS-{y}-{n:05d}", f"DN{y}{n:04d}"])
    if doc_type == "proforma": return f"PI{y}{date.month:02d}{rng.randint(10, 99)}"
    f = {"ES": [f"F{y}-{n:04d}", f"A/{y}/{n:04d}", f"FV{yy}-{n:05d}", f"{y}/{n:03d}"], "CA": [f"F{y}-{n:04d}", f"{y}-{n:04d}", f"FC{yy}/{n:03d}"],
         "PT": [f"FT {y}/{n}", f"FT A{y}/{n}", f"FR {y}/{n}"], "FR": [f"FA-{y}-{date.month:02d}-{n:04d}", f"F{yy}{n:05d}", f"{y}-{n:04d}"],
         "IT": [f"{n}/{y}", f"{y}/FE/{n:04d}", f"FPR {n}/{yy}"], "DE": [f"RE-{y}-{10000 + n}", f"R{yy}{n:05d}", f"{y}-{n:05d}"],
         "NL": [f"{y}-{n:04d}", f"F{y}{n:05d}", f"INV-{y}-{n:03d}"], "PL": [f"FV/{n}/{date.month:02d}/{y}", f"FS {n}/{y}", f"{n}/{date.month:02d}/{y}/FV"],
         "GB": [f"INV-{rng.randint(1000, 9999):06d}", f"SI{rng.randint(10000, 99999)}", f"HH-{y}-{n:04d}"], "US": [f"{rng.randint(10000, 99999)}", f"INV{rng.randint(100000, 999999)}"],
         "CN": [f"HS{y}{date.month:02d}{date.day:02d}-{rng.randint(1, 9):02d}", f"CI-{yy}{rng.randint(100, 999)}", f"{rng.choice(['JY','XR','HS','KY','MLC','TH'])}{yy}{date.month:02d}{rng.randint(10, 99)}"],
         "JP": [f"INV-{y}{date.month:02d}{date.day:02d}-{rng.randint(1, 40):03d}", f"No.{y}-{n:04d}", f"{rng.randint(100000, 999999)}"]}
    return rng.choice(f.get(cc, f["ES"]))


class Doc(dict):
    """Invoice-like document. All money as Decimal. Keys (main):
    lang, cc_sup, cc_buy, cur, doc_type, number, date, due, supplier, buyer, lines[], ship, disc_pct,
    disc_amt, taxes[{rate, base, tax, re_rate, re}], irpf_rate, irpf, subtotal, net, total, notes[], fmt(Fmt)"""
    __getattr__ = dict.get


def build_doc(rng, lang, cc_sup, cc_buy, cur, doc_type="invoice", n_lines=(2, 6), products=None, qty_range=(10, 400),
              date=None, regime=None, shipping=False, discount=False, line_disc=False, re_equiv=False, irpf=None,
              supplier=None, buyer=None, fmt=None, price_factor=1.0, services=None, due_days=None, unit=None):
    """regime: 'domestic' (default if same country), 'intra_eu' (reverse charge / exempt), 'export' (0 %), 'none' (small business)"""
    doc = Doc(lang=lang, cc_sup=cc_sup, cc_buy=cc_buy, cur=cur, doc_type=doc_type)
    date = date or rand_date(rng)
    doc["date"] = date
    doc["number"] = doc_number(rng, "ES" if cc_sup == "CA" else cc_sup, date, doc_type)
    if due_days is None:
        due_days = rng.choice([0, 15, 30, 30, 60])
    doc["due"] = date + dt.timedelta(days=due_days) if due_days else None
    if supplier is None:
        for _ in range(30):
            supplier = make_company(rng, cc_sup, "sup")
            pool = supplier_pool(supplier["name"] + supplier.get("name_local", ""))
            if products:
                if pool is None or len(set(products) & set(pool)) >= max(1, len(products) - 1):
                    break
            else:
                break
    doc["supplier"] = supplier
    pool = supplier_pool(supplier["name"] + supplier.get("name_local", ""))
    if products is None and not services and pool:
        n = min(rng.randint(*n_lines), len(pool))
        products = rng.sample(pool, max(1, n))
    if buyer is None:
        buyer = make_company(rng, cc_buy, "buy")
        for _ in range(10):
            if buyer.get("addr") != supplier.get("addr"):
                break
            buyer = make_company(rng, cc_buy, "buy")
    if buyer and supplier and buyer.get("addr") == supplier.get("addr") and buyer.get("cc") in COMPANIES and buyer.get("cc") not in ("CN", "JP"):
        for street, zipc, city in rng.sample(COMPANIES[buyer["cc"]]["cities"], len(COMPANIES[buyer["cc"]]["cities"])):
            if [street, f"{zipc} {city}"] != supplier.get("addr") and buyer["cc"] not in ("GB", "US"):
                buyer["addr"] = [street, f"{zipc} {city}"]
                break
    doc["buyer"] = buyer
    eu = {"ES", "CA", "PT", "FR", "IT", "DE", "NL", "PL"}
    tax_cc = "ES" if cc_sup == "CA" else cc_sup
    b_cc = "ES" if cc_buy == "CA" else cc_buy
    if regime is None:
        if tax_cc == b_cc:
            regime = "domestic"
        elif tax_cc in eu and b_cc in eu:
            regime = "intra_eu"
        else:
            regime = "export"
    doc["regime"] = regime
    fx = FX[cur] * D(str(price_factor))
    lines = []
    if services:
        for desc, qty, price, cat in services:
            lines.append(dict(desc=desc, sku="", qty=D(qty), unit=unit or ("h" if qty != 1 else "srv"), price=q(D(price), cur) if cur != "JPY" else q(price, cur), cat=cat))
    else:
        keys = products or rng.sample(list(PRODUCTS), rng.randint(*n_lines))
        for k in keys:
            key, cat, base, names = PRODUCTS[k]
            nm = names.get(lang) or names["en"]
            price = D(str(base)) * fx * D(str(rng.uniform(0.85, 1.25)))
            price = q(price, cur) if cur != "JPY" else (q(price, cur) // 10 * 10)
            qty = D(rng.choice([rng.randint(*qty_range), rng.randint(qty_range[0], qty_range[1]) // 10 * 10 or 10, rng.choice([12, 24, 48, 50, 100, 120, 200, 240, 500])]))
            sku = rng.choice(["", f"{key[:3].upper()}-{rng.randint(100, 999)}", f"{rng.randint(84000000, 84999999)}", f"{key[:2].upper()}{rng.randint(1000, 9999)}"])
            lines.append(dict(desc=nm, sku=sku, qty=qty, unit=unit or UNITS.get(lang, "pcs"), price=price, cat=cat, key=key))
    sku_style = rng.random()
    for ln in lines:
        if sku_style < 0.3:
            ln["sku"] = ""
        ln["disc"] = D(rng.choice([0, 0, 5, 10])) if line_disc else D(0)
        gross = ln["qty"] * ln["price"]
        ln["net"] = q(gross * (1 - ln["disc"] / 100), cur)
        if regime in ("domestic",):
            ln["rate"] = D(str(RATES[tax_cc][ln["cat"]]))
        else:
            ln["rate"] = D(0)
    doc["lines"] = lines
    subtotal = sum((ln["net"] for ln in lines), D(0))
    doc["subtotal"] = subtotal
    doc["disc_pct"] = D(rng.choice([2, 3, 5, 8, 10])) if discount else D(0)
    doc["disc_amt"] = q(subtotal * doc["disc_pct"] / 100, cur) if discount else D(0)
    doc["ship"] = q(D(str(rng.choice([6.9, 9.5, 12, 18.5, 24.9, 35, 48, 65]))) * FX[cur], cur) if shipping else D(0)
    # tax groups; discount is spread on groups pro rata, shipping goes to the standard rate
    groups = {}
    for ln in lines:
        groups.setdefault(ln["rate"], D(0))
        groups[ln["rate"]] += ln["net"]
    if discount and subtotal:
        rem = doc["disc_amt"]
        ks = sorted(groups, reverse=True)
        for i, r in enumerate(ks):
            part = rem if i == len(ks) - 1 else q(doc["disc_amt"] * groups[r] / subtotal, cur)
            groups[r] -= part
            rem -= part
    if shipping:
        r = max(groups) if groups else D(0)
        groups[r] = groups.get(r, D(0)) + doc["ship"]
    taxes = []
    for r in sorted(groups, reverse=True):
        base = groups[r]
        t = dict(rate=r, base=base, tax=q(base * r / 100, cur))
        if re_equiv and int(r) in RE_RATES:
            t["re_rate"] = RE_RATES[int(r)]
            t["re"] = q(base * t["re_rate"] / 100, cur)
        else:
            t["re_rate"], t["re"] = D(0), D(0)
        taxes.append(t)
    doc["taxes"] = taxes
    doc["net"] = sum((t["base"] for t in taxes), D(0))
    doc["tax_total"] = sum((t["tax"] for t in taxes), D(0))
    doc["re_total"] = sum((t["re"] for t in taxes), D(0))
    doc["irpf_rate"] = D(irpf) if irpf else D(0)
    doc["irpf"] = q(doc["net"] * doc["irpf_rate"] / 100, cur) if irpf else D(0)
    doc["total"] = doc["net"] + doc["tax_total"] + doc["re_total"] - doc["irpf"]
    if doc_type == "credit_note":
        negate(doc)
    doc["fmt"] = fmt or pick_fmt(rng, lang, cur)
    doc["notes"] = []
    doc["arith_error"] = None
    return doc


def negate(doc):
    for ln in doc["lines"]:
        ln["qty"] = -ln["qty"]
        ln["net"] = -ln["net"]
    for k in ("subtotal", "disc_amt", "ship", "net", "tax_total", "re_total", "irpf", "total"):
        doc[k] = -doc[k]
    for t in doc["taxes"]:
        t["base"], t["tax"], t["re"] = -t["base"], -t["tax"], -t["re"]


def inject_arith_error(rng, doc, kind=None):
    """Deliberate supplier mistake, printed as-is. Returns description."""
    cur = doc["cur"]
    kind = kind or rng.choice(["line_total", "sum", "tax", "total_transposed"])
    if kind == "tax" and (doc["regime"] != "domestic" or not any(t["rate"] for t in doc["taxes"])):
        kind = "line_total"  # no VAT line is printed on exempt invoices
    if kind == "line_total":
        ln = rng.choice(doc["lines"])
        wrong = ln["net"] + q(ln["price"] * rng.choice([1, 2, 10]), cur)  # qty typed one more / digit slip
        desc = f"line '{ln['desc']}' printed {money_str(wrong, cur)} instead of {money_str(ln['net'], cur)} (qty x price); totals follow the wrong line"
        delta = wrong - ln["net"]
        ln["net"] = wrong
        doc["subtotal"] += delta
        t = [t for t in doc["taxes"] if t["rate"] == ln["rate"]][0]
        t["base"] += delta
        t["tax"] = q(t["base"] * t["rate"] / 100, cur)
        if t["re_rate"]:
            t["re"] = q(t["base"] * t["re_rate"] / 100, cur)
    elif kind == "sum":
        ln = doc["lines"][-1]
        delta = -ln["net"] if len(doc["lines"]) > 2 else q(D(rng.choice([10, 100])), cur)
        desc = f"subtotal printed {money_str(doc['subtotal'] + delta, cur)} but the printed lines add up to {money_str(doc['subtotal'], cur)}"
        doc["subtotal"] += delta
        t = doc["taxes"][0]
        t["base"] += delta
        t["tax"] = q(t["base"] * t["rate"] / 100, cur)
        if t["re_rate"]:
            t["re"] = q(t["base"] * t["re_rate"] / 100, cur)
    elif kind == "tax":
        t = doc["taxes"][0]
        wrong_rate = {D(21): D(12), D(19): D(16), D(22): D(20), D(20): D(10), D(23): D(8), D(10): D(1)}.get(t["rate"], t["rate"] + 1)
        wrong = q(t["base"] * wrong_rate / 100, cur)
        desc = f"VAT printed {money_str(wrong, cur)} at stated rate {t['rate']}% of base {money_str(t['base'], cur)} (should be {money_str(t['tax'], cur)})"
        t["tax"] = wrong
    else:  # total_transposed: two digits of the total swapped
        s = money_str(doc["total"], cur)
        digs = [i for i, ch in enumerate(s) if ch.isdigit()]
        for _ in range(20):
            i = rng.randrange(len(digs) - 1)
            a, b = digs[i], digs[i + 1]
            if b == a + 1 and s[a] != s[b]:
                break
        else:
            a, b = digs[0], digs[1]
        t2 = s[:a] + s[b] + s[a] + s[b + 1:] if b == a + 1 else s
        if t2 == s:
            t2 = money_str(doc["total"] + 9, cur)
        desc = f"grand total printed {t2}, components add up to {s}"
        doc["net"] = sum((t["base"] for t in doc["taxes"]), D(0))
        doc["tax_total"] = sum((t["tax"] for t in doc["taxes"]), D(0))
        doc["re_total"] = sum((t["re"] for t in doc["taxes"]), D(0))
        doc["total"] = D(t2)
        doc["arith_error"] = desc
        return desc
    doc["net"] = sum((t["base"] for t in doc["taxes"]), D(0))
    doc["tax_total"] = sum((t["tax"] for t in doc["taxes"]), D(0))
    doc["re_total"] = sum((t["re"] for t in doc["taxes"]), D(0))
    doc["irpf"] = q(doc["net"] * doc["irpf_rate"] / 100, cur) if doc["irpf_rate"] else D(0)
    doc["total"] = doc["net"] + doc["tax_total"] + doc["re_total"] - doc["irpf"]
    doc["arith_error"] = desc
    return desc


# ---------------------------------------------------------------- amounts in words
CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(x):
    x = q(abs(D(x)))
    yuan = int(x)
    jiao, fen = int(x * 10) % 10, int(x * 100) % 10
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    else:
        parts = []
        i = 0
        while yuan > 0:
            parts.append(yuan % 10000)
            yuan //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(parts) - 1, -1, -1):
            g = parts[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            digs = [g // 1000 % 10, g // 100 % 10, g // 10 % 10, g % 10]
            started = False
            z = False
            for k, dg in enumerate(digs):
                if dg == 0:
                    if started: z = True
                    continue
                if (z or (zero_pending and out)) and (started or out):
                    gs += "零"
                z = False
                zero_pending = False
                gs += CN_DIG[dg] + units[3 - k]
                started = True
            if g < 1000 and out and not gs.startswith("零"):
                gs = "零" + gs
            out += gs + big[gi]
            zero_pending = digs[-1] == 0
        s = out
    s += "圆"
    if jiao == 0 and fen == 0:
        s += "整"
    else:
        s += (CN_DIG[jiao] + "角") if jiao else "零"
        s += (CN_DIG[fen] + "分") if fen else ""
    return s


PL_ONES = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split()
PL_TENS = "_ _ dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt".split()
PL_HUND = "_ sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset".split()


def _pl3(n):
    w = []
    if n >= 100: w.append(PL_HUND[n // 100]); n %= 100
    if n >= 20: w.append(PL_TENS[n // 10]); n %= 10
    if n: w.append(PL_ONES[n])
    return w


def _pl_form(n, forms):
    if n == 1: return forms[0]
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14): return forms[1]
    return forms[2]


def pl_words(x):
    x = q(abs(D(x)))
    n, gr = int(x), int(x * 100) % 100
    w = []
    if n == 0: w = ["zero"]
    mln, th, rest = n // 1000000, n // 1000 % 1000, n % 1000
    for val, forms in ((mln, ["milion", "miliony", "milionów"]), (th, ["tysiąc", "tysiące", "tysięcy"])):
        if val:
            w += ([forms[0]] if val == 1 else _pl3(val) + [_pl_form(val, forms)])
    w += _pl3(rest)
    return " ".join(w) + " " + _pl_form(n, ["złoty", "złote", "złotych"]) + f" {gr:02d}/100"


# ---------------------------------------------------------------- small helpers used by several producers
def qr_matrix(text, level="M"):
    from reportlab.graphics.barcode import qrencoder
    qr = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(text)
    qr.make()
    return [[bool(v) for v in row] for row in qr.modules]


def qr_svg(text, size_mm=28):
    m = qr_matrix(text)
    n = len(m)
    rects = "".join(f'<rect x="{x}" y="{y}" width="1.02" height="1.02"/>' for y, row in enumerate(m) for x, v in enumerate(row) if v)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="-2 -2 {n+4} {n+4}" width="{size_mm}mm" height="{size_mm}mm">'
            f'<rect x="-2" y="-2" width="{n+4}" height="{n+4}" fill="#fff"/><g fill="#000">{rects}</g></svg>')


def qr_png(text, box=6):
    from PIL import Image
    m = qr_matrix(text)
    n = len(m)
    img = Image.new("L", ((n + 8) * box, (n + 8) * box), 255)
    px = img.load()
    for y, row in enumerate(m):
        for x, v in enumerate(row):
            if v:
                for dy in range(box):
                    for dx in range(box):
                        px[(x + 4) * box + dx, (y + 4) * box + dy] = 0
    return img


def verifactu_url(doc):
    s = doc["supplier"]
    return ("https://www2.agenciatributaria.gob.es/wlpl/TIKE-CONT/ValidarQR?nif=" + s["taxid"] + "&numserie=" + doc["number"].replace("/", "%2F")
            + "&fecha=" + doc["date"].strftime("%d-%m-%Y") + "&importe=" + money_str(doc["total"], doc["cur"]))


def atcud(rng, doc):
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ23456789") for _ in range(8))
    seq = doc["number"].split("/")[-1]
    return f"{code}-{seq}"


def pt_qr_text(doc, atc):
    s, b = doc["supplier"], doc["buyer"]
    f = doc["taxes"]
    parts = [f"A:{s['taxid']}", f"B:{(b or {}).get('taxid', '999999990').replace('ES', '') if b else '999999990'}", f"C:{'ES' if b and b.get('cc') in ('ES','CA') else 'PT'}",
             f"D:{doc['number'].split()[0]}", "E:N", f"F:{doc['date'].strftime('%Y%m%d')}", f"G:{doc['number']}", f"H:{atc}", "I1:PT"]
    for t in f:
        if t["rate"] == 23: parts += [f"I7:{t['base']:.2f}", f"I8:{t['tax']:.2f}"]
        elif t["rate"] == 13: parts += [f"I5:{t['base']:.2f}", f"I6:{t['tax']:.2f}"]
        elif t["rate"] == 6: parts += [f"I3:{t['base']:.2f}", f"I4:{t['tax']:.2f}"]
        else: parts += [f"I2:{t['base']:.2f}"]
    parts += [f"N:{doc['tax_total']:.2f}", f"O:{doc['total']:.2f}", f"Q:{doc.get('hash4', 'kR7x')}", f"R:{doc.get('cert', '2734')}"]
    return "*".join(parts)


def logo_png(rng, name, color=None, w=360, h=120, style=None):
    """Draw a simple invented logo (shape + initials + wordmark) with Pillow; returns PIL image."""
    from PIL import Image, ImageDraw, ImageFont
    color = color or rng.choice([(20, 70, 140), (170, 40, 40), (20, 120, 90), (90, 60, 140), (200, 120, 20), (40, 40, 40), (0, 110, 160)])
    img = Image.new("RGB", (w, h), "white")
    dr = ImageDraw.Draw(img)
    words = [x for x in name.replace(",", " ").split() if x[0].isalpha()]
    ini = "".join(x[0] for x in words[:2]).upper()
    style = style or rng.choice(["circle", "square", "bar", "diamond"])
    fb = ImageFont.truetype(DEJAVU_B, 44)
    if style == "circle":
        dr.ellipse((8, 10, 108, 110), fill=color)
        dr.text((58, 60), ini, fill="white", font=fb, anchor="mm")
    elif style == "square":
        dr.rounded_rectangle((8, 10, 108, 110), 18, fill=color)
        dr.text((58, 60), ini, fill="white", font=fb, anchor="mm")
    elif style == "diamond":
        dr.polygon([(58, 6), (112, 60), (58, 114), (4, 60)], fill=color)
        dr.text((58, 60), ini[:1], fill="white", font=fb, anchor="mm")
    else:
        dr.rectangle((8, 20, 22, 100), fill=color)
        dr.rectangle((28, 40, 42, 100), fill=color)
        dr.rectangle((48, 60, 62, 100), fill=color)
    fw = ImageFont.truetype(DEJAVU_B, 26)
    word = " ".join(words[:2])[:18]
    dr.text((124, 46), word, fill=color, font=fw, anchor="lm")
    fs = ImageFont.truetype(DEJAVU, 15)
    dr.text((126, 80), " ".join(words[2:4])[:26].lower(), fill=(110, 110, 110), font=fs, anchor="lm")
    return img


def img_data_uri(img, fmt="PNG"):
    b = io.BytesIO()
    img.save(b, fmt)
    return f"data:image/{fmt.lower()};base64," + base64.b64encode(b.getvalue()).decode()


def count_pages(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        from pypdf import PdfReader
        return len(PdfReader(path).pages)
    return 1


# ---------------------------------------------------------------- serialisation / labels / source registry
def jsonable(o):
    if isinstance(o, Decimal): return str(o)
    if isinstance(o, (dt.date, dt.datetime)): return o.isoformat()
    if isinstance(o, Fmt): return o.to_dict()
    if isinstance(o, dict): return {k: jsonable(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)): return [jsonable(v) for v in o]
    return o


def doc_from_json(d):
    doc = Doc(d)
    for k in ("subtotal", "disc_pct", "disc_amt", "ship", "net", "tax_total", "re_total", "irpf_rate", "irpf", "total"):
        if doc.get(k) is not None: doc[k] = D(doc[k])
    for k in ("date", "due"):
        if doc.get(k): doc[k] = dt.date.fromisoformat(doc[k])
    for ln in doc.get("lines", []):
        for k in ("qty", "price", "net", "disc", "rate"):
            if ln.get(k) is not None: ln[k] = D(ln[k])
    for t in doc.get("taxes", []):
        for k in t: t[k] = D(t[k])
    doc["fmt"] = Fmt.from_dict(doc["fmt"])
    doc["supplier"] = Company(doc["supplier"]) if doc.get("supplier") else None
    doc["buyer"] = Company(doc["buyer"]) if doc.get("buyer") else None
    return doc


NON_INVOICE = {"packing_list", "purchase_order", "quotation", "delivery_note", "proforma", "other"}


def company_label(c, lang=None):
    if not c: return None
    if c.get("name_local") and lang in ("zh", "ja"):
        return c["name_local"]
    return c["name"]


def make_label(fname, doc, producer, part, pages=None, genuine=True, edit_method=None, what_changed=None,
               edit_before_capture=False, languages=None, **extra):
    path = os.path.join(FILES, fname)
    lab = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [],
               producer=producer, language=doc["lang"], is_invoice=doc["doc_type"] not in NON_INVOICE,
               doc_type=doc["doc_type"], date=doc["date"].isoformat(),
               total=(money_str(doc["total"], doc["cur"]) if doc.get("total") is not None and not doc.get("no_total") else None),
               currency=doc["cur"], supplier=company_label(doc["supplier"], doc["lang"]), buyer=company_label(doc["buyer"], doc["lang"]),
               pages=pages if pages is not None else count_pages(path), edit_before_capture=edit_before_capture,
               arithmetic_error=bool(doc.get("arith_error")) and genuine)
    if doc.get("arith_error") and genuine:
        lab["arithmetic_error_detail"] = doc["arith_error"]
    if languages:
        lab["languages"] = languages
    lab["part"] = part
    lab.update(extra)
    with open(os.path.join(BUILD, f"labels_{part}.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    return lab


def register_source(fname, doc, producer, kind, part, **extra):
    """Keep what the edit stage needs: the document model, how it was printed, and build artefacts."""
    rec = dict(file=fname, producer=producer, kind=kind, doc=jsonable(doc))
    rec.update(jsonable(extra))
    with open(os.path.join(BUILD, f"sources_{part}.jsonl"), "a", encoding="utf-8") as f:
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def claimed_by_others(part):
    import glob
    out = set()
    for p in glob.glob(os.path.join(BUILD, "files_*.txt")):
        if not p.endswith(f"files_{part}.txt"):
            out |= set(open(p).read().split("\n"))
    return out


def reset_part(part):
    others = claimed_by_others(part)
    for pre in ("labels_", "sources_"):
        p = os.path.join(BUILD, f"{pre}{part}.jsonl")
        if os.path.exists(p):
            os.remove(p)
    # remove files previously produced by this part
    mp = os.path.join(BUILD, f"files_{part}.txt")
    if os.path.exists(mp):
        for fn in open(mp).read().split("\n"):
            fp = os.path.join(FILES, fn)
            if fn and fn not in others and os.path.exists(fp):
                os.remove(fp)
        os.remove(mp)


def claim_name(part, fname):
    with open(os.path.join(BUILD, f"files_{part}.txt"), "a") as f:
        f.write(fname + "\n")
    return os.path.join(FILES, fname)


_used_names = set()


def _all_claimed():
    import glob
    out = set()
    for p in glob.glob(os.path.join(BUILD, "files_*.txt")):
        out |= set(open(p).read().split("\n"))
    return out


NAME_WORD = {"es": ["Factura", "factura", "FRA"], "ca": ["Factura", "factura"], "pt": ["Fatura", "FT"], "fr": ["Facture", "facture", "FA"], "it": ["Fattura", "fattura", "FT"],
             "de": ["Rechnung", "RE", "rechnung"], "nl": ["Factuur", "factuur"], "pl": ["Faktura", "FV", "faktura"], "en": ["Invoice", "INV", "invoice"],
             "zh": ["fapiao", "invoice", "发票"], "ja": ["請求書", "invoice", "seikyusho"]}
TYPE_WORD = {"packing_list": ["Packing_List", "PL"], "purchase_order": ["Pedido", "PO"], "quotation": ["Presupuesto", "Pressupost", "Offer"],
             "delivery_note": ["Albaran", "Lieferschein", "albaran"], "proforma": ["PI", "Proforma_Invoice"], "other": ["Documento", "doc"], "credit_note": ["Abono", "Rectificativa"]}


def neutral_name(rng, doc, kind="pdf", style=None):
    """Realistic file names of the kind sellers upload. Never encodes genuine/edited."""
    num = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in doc["number"]).strip("_")
    dte = doc["date"]
    w = rng.choice(TYPE_WORD.get(doc["doc_type"]) or NAME_WORD.get(doc["lang"], ["Invoice"]))
    import unicodedata
    sup = unicodedata.normalize("NFKD", doc["supplier"]["name"].split()[0].strip(",.").lower())
    sup = "".join(ch for ch in sup if ch.isascii() and ch.isalnum()) or "doc"
    styles = [f"{w}_{num}", f"{w.lower()}-{num.lower()}", f"{num}", f"{w} {num}", f"doc{rng.randint(10000, 99999)}", f"{dte:%Y%m%d}_{num}",
              f"Documento_{rng.randint(1, 90)}", f"{num}_{sup}", f"download ({rng.randint(1, 14)})", f"{w}_{sup}_{dte:%d%m%Y}", f"{sup}_{w.lower()}_{dte:%Y-%m}"]
    TODAY = dt.date(2026, 12, 6)
    later = lambda lo, hi: min(TODAY, dte + dt.timedelta(days=rng.randint(lo, hi)))
    if style in ("image", "whatsapp"):
        styles = [f"IMG-{later(0, 200):%Y%m%d}-WA{rng.randint(0, 199):04d}",
                  f"WhatsApp Image {later(0, 200):%Y-%m-%d} at {rng.randint(8, 22)}.{rng.randint(10, 59)}.{rng.randint(10, 59)}",
                  f"IMG-{later(0, 200):%Y%m%d}-WA{rng.randint(0, 199):04d}", f"foto_{w.lower()}_{rng.randint(1, 40)}"]
    elif style == "phone":
        styles = [f"IMG_{rng.randint(1000, 9999)}", f"PXL_{later(0, 120):%Y%m%d}_{rng.randint(100000000, 235959999)}",
                  f"{later(0, 120):%Y%m%d}_{rng.randint(80000, 215959):06d}", f"IMG{later(0, 120):%Y%m%d}{rng.randint(80000, 215959):06d}"]
    elif style == "scan":
        styles = [f"Scan_{later(0, 100):%Y%m%d}_{rng.randint(1, 99):02d}", f"escaneo{rng.randint(1, 300):03d}",
                  f"SKM_C25{rng.randint(0, 9)}{later(0, 60):%y%m%d}{rng.randint(100000, 999999)}",
                  f"doc{rng.randint(10000, 99999)}", f"scan_{rng.randint(1, 400):04d}", f"{w}_{num}_escaneada", f"{num}", f"{w}_{sup}"]
    for _ in range(50):
        base = rng.choice(styles)
        fn = f"{base}.{kind}"
        if fn not in _used_names and not os.path.exists(os.path.join(FILES, fn)) and fn not in _all_claimed():
            _used_names.add(fn)
            return fn
    fn = f"{num}_{rng.randint(100, 999)}.{kind}"
    _used_names.add(fn)
    return fn


def run(cmd, cwd=None, timeout=180):
    r = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-800:]}")
    return r


LO_PROFILE = "file://" + os.path.join(BUILD, "lo_profile")


def soffice_convert(paths, outdir, filt="pdf"):
    """Convert files with LibreOffice headless, own profile inside _build."""
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--norestore", "--convert-to", filt, "--outdir", outdir] + list(paths)
    return run(cmd, timeout=300)


def chromium_pdf(html_path, pdf_path):
    cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--disable-dev-shm-usage",
           f"--user-data-dir={os.path.join(BUILD, 'chromium_profile')}", f"--print-to-pdf={pdf_path}", "file://" + html_path]
    run(cmd, timeout=180)
