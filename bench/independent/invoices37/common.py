"""Shared pieces: paths, invented companies and goods, number/date formatting,
amount-in-words, invoice arithmetic, label registry.

Everything here is invented for this test set (companies, addresses, tax numbers,
amounts).  All paths are relative to the folder this file sits in.
"""
import os, sys, json, random, datetime, copy, shutil, subprocess
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
BUILD = os.path.join(HERE, "build")
META = os.path.join(BUILD, "meta")
LABELDIR = os.path.join(HERE, "labels_parts")
for _d in (FILES, BUILD, META, LABELDIR, os.path.join(BUILD, "fonts")):
    os.makedirs(_d, exist_ok=True)

PY = sys.executable  # the writer had the lead's venv path here
CHROMIUM = "/usr/bin/chromium"
SOFFICE = "/usr/bin/soffice"

WQY_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_COND = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"


def wqy_ttf():
    """fpdf2 wants a plain .ttf: pull face 0 out of the WenQuanYi collection once."""
    out = os.path.join(BUILD, "fonts", "wqy0.ttf")
    if not os.path.exists(out):
        from fontTools.ttLib import TTCollection
        TTCollection(WQY_TTC).fonts[0].save(out)
    return out


D = Decimal
CENT = D("0.01")


def q2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- numbers
SEPS = {  # thousands, decimal
    "en": (",", "."), "de": (".", ","), "it": (".", ","), "es": (".", ","),
    "nl": (".", ","), "fr": ("\u202f", ","), "fr_sp": (" ", ","), "pl": ("\u00a0", ","),
    "plain": ("", "."), "ch": ("'", "."), "zh": (",", "."), "ja": (",", "."), "ko": (",", "."),
}


def fnum(x, style="en", decimals=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    if decimals == 0:
        s = str(q0(x))
        ip, fp = s, ""
    else:
        s = f"{x.quantize(D(1).scaleb(-decimals), rounding=ROUND_HALF_UP):f}"
        ip, fp = s.split(".")
    th, dec = SEPS[style]
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:])
        ip = ip[:-3]
    groups.insert(0, ip)
    out = th.join(groups)
    if fp:
        out += dec + fp
    return ("-" if neg else "") + out


def fqty(x, style="en"):
    x = D(x)
    if x == x.to_integral_value():
        return fnum(x, style, 0)
    return fnum(x, style, 2)


def money(doc, x, sym=True, decimals=None):
    """Format an amount the way this document prints money."""
    cur = doc["currency"]
    st = doc["num_style"]
    if decimals is None:
        decimals = 0 if cur in ("JPY", "KRW") else 2
    n = fnum(x, st, decimals)
    if not sym:
        return n
    pat = doc.get("money_pat") or DEFAULT_MONEY_PAT.get(cur, "{n} " + cur)
    return pat.format(n=n)


DEFAULT_MONEY_PAT = {
    "EUR": "{n} €", "GBP": "£{n}", "USD": "${n}", "CNY": "¥{n}", "JPY": "¥{n}",
    "PLN": "{n} zł", "KRW": "{n}원",
}

# ---------------------------------------------------------------- dates
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
}


def fdate(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "dmy_dot":
        return f"{dd:02d}.{m:02d}.{y}"
    if style == "dmy_slash":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "us_long":
        return f"{MONTHS['en'][m-1]} {dd}, {y}"
    if style == "uk_long":
        return f"{dd} {MONTHS['en'][m-1]} {y}"
    if style == "en_short":
        return f"{dd:02d}-{MONTHS['en'][m-1][:3]}-{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "ymd_slash":
        return f"{y}/{m:02d}/{dd:02d}"
    if style == "zh":
        return f"{y}年{m}月{dd}日"
    if style == "zh0":
        return f"{y}年{m:02d}月{dd:02d}日"
    if style == "wareki":  # Reiwa 1 = 2019
        return f"令和{y-2018}年{m}月{dd}日"
    if style == "ko":
        return f"{y}년 {m}월 {dd}일"
    if style == "ko_dot":
        return f"{y}. {m:02d}. {dd:02d}."
    if style in ("de_long", "fr_long", "it_long", "nl_long", "pl_long"):
        lang = style[:2]
        return f"{dd}{'.' if lang == 'de' else ''} {MONTHS[lang][m-1]} {y}"
    if style == "es_long":
        return f"{dd} de {MONTHS['es'][m-1]} de {y}"
    raise ValueError(style)


def rand_date(rng, start=datetime.date(2025, 5, 6), end=datetime.date(2026, 3, 20)):
    while True:
        d = start + datetime.timedelta(days=rng.randint(0, (end - start).days))
        if d.weekday() < 5 or rng.random() < 0.1:
            return d


# ---------------------------------------------------------------- words
CN_DIG = "零壹贰叁肆伍陆柒捌玖"
CN_UNIT = ["", "拾", "佰", "仟"]
CN_BIG = ["", "万", "亿"]


def _cn_int(n):
    units = ["", "拾", "佰", "仟"]
    bigs = ["", "万", "亿", "万亿"]
    s = str(n)
    res, zero = "", False
    L = len(s)
    for i, ch in enumerate(s):
        pos = L - i - 1
        u, b = pos % 4, pos // 4
        d = int(ch)
        if d == 0:
            zero = True
            if u == 0 and b > 0 and int(s[max(0, i - 3):i + 1]) != 0:
                res += bigs[b]
        else:
            if zero:
                res += "零"
                zero = False
            res += CN_DIG[d] + units[u]
            if u == 0 and b > 0:
                res += bigs[b]
    return res


def cn_upper(amount):
    """Chinese capital amount (大写), e.g. 1234.56 -> 壹仟贰佰叁拾肆圆伍角陆分."""
    amount = q2(amount)
    neg = amount < 0
    amount = abs(amount)
    yuan = int(amount)
    cents = int((amount - yuan) * 100)
    jiao, fen = cents // 10, cents % 10
    out = (_cn_int(yuan) + "圆") if yuan else ""
    if jiao == 0 and fen == 0:
        out = (out or "零圆") + "整"
    else:
        if jiao:
            out += CN_DIG[jiao] + "角"
        elif yuan:
            out += "零"
        if fen:
            out += CN_DIG[fen] + "分"
    return ("负" if neg else "") + out


_ONES = ("ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN "
         "FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN").split()
_TENS = "_ _ TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY".split()


def _en_words(n):
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " HUNDRED" + (" AND " + _en_words(n % 100) if n % 100 else "")
    for div, name in ((10**9, "BILLION"), (10**6, "MILLION"), (1000, "THOUSAND")):
        if n >= div:
            return _en_words(n // div) + " " + name + (" " + _en_words(n % div) if n % div else "")


def en_words(amount, cur_name="US DOLLARS"):
    amount = q2(amount)
    whole = int(amount)
    cents = int((amount - whole) * 100)
    s = f"SAY {cur_name} {_en_words(whole)}"
    if cents:
        s += f" AND CENTS {_en_words(cents)}"
    return s + " ONLY"


# ---------------------------------------------------------------- tax ids
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(rng, region="330212"):
    """Invented 18-char unified social credit code with a well-formed check char."""
    body = "91" + region + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    body = body[:17]
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_W))
    chk = (31 - s % 31) % 31
    return body + _USCC_CHARS[chk]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# ---------------------------------------------------------------- parties
def P(**kw):
    return kw


R0 = random.Random(20260305)

OURS = P(
    name="宁波澜舍家居用品有限公司", name_en="Ningbo Lanshe Home Products Co., Ltd.",
    addr="浙江省宁波市鄞州区启明南路 377 号 5 幢 1108 室",
    addr_en="Room 1108, Bldg 5, No. 377 Qiming South Road, Yinzhou District, Ningbo, Zhejiang 315194, China",
    tax_id=uscc(R0, "330212"), tel="0574-8871 2406", bank="中国建设银行宁波启明支行",
    account="3315 0198 7360 0000 2281", vat_de="DE348817260", vat_gb="GB 402 7716 58",
    vat_fr="FR 27 904118273", vat_it="IT 00912830264", vat_es="ESN0298114J",
    vat_pl="PL 5263041187", vat_nl="NL826610973B01", jp_name="寧波瀾舎家居用品有限公司",
    email="finance@lanshe-home.example",
)
# A related Hong Kong company and an unrelated trading firm (used as "wrong" buyers
# on originals whose buyer gets changed in the edited copies).
OURS_HK = P(name="瀾舍家居(香港)有限公司", name_en="Lanshe Home (HK) Limited",
            addr_en="Unit 9, 14/F, Wing Tak Commercial Centre, 21 Kwai Fung Crescent, Kwai Chung, N.T., Hong Kong",
            tax_id="BR 71930482")
OURS_US = P(name_en="Lanshe Home LLC", addr_en="1208 Orchard Park Dr, Suite 4, Wilmington, DE 19803, USA",
            tax_id="EIN 88-3917026")
OTHER_BUYERS_CN = [
    P(name="宁波钧越贸易有限公司", addr="浙江省宁波市海曙区望春工业园区云林中路 58 号", tax_id=uscc(R0, "330203"),
      name_en="Ningbo Junyue Trading Co., Ltd."),
    P(name="义乌市栖谷电子商务有限公司", addr="浙江省义乌市稠城街道宾王路 412 号 3 楼", tax_id=uscc(R0, "330782"),
      name_en="Yiwu Qigu E-commerce Co., Ltd."),
    P(name="慈溪市安澜家居有限公司", addr="浙江省慈溪市坎墩街道兴业北路 96 号", tax_id=uscc(R0, "330282"),
      name_en="Cixi Anlan Home Furnishing Co., Ltd."),
]

CN_SUPPLIERS = [
    P(key="silicone", name="慈溪市恒丰硅胶制品有限公司", name_en="Cixi Hengfeng Silicone Products Co., Ltd.",
      addr="浙江省慈溪市周巷镇环城北路 266 号", tel="0574-6321 8850", tax_id=uscc(R0, "330282"),
      bank="中国农业银行慈溪周巷支行", account="3915 2101 0400 1876 5", cat="silicone", small=False),
    P(key="plastic", name="余姚市晟达塑料制品有限公司", name_en="Yuyao Shengda Plastic Products Co., Ltd.",
      addr="浙江省余姚市阳明街道丰乐路 19 号", tel="0574-6257 3319", tax_id=uscc(R0, "330281"),
      bank="宁波银行余姚支行", account="5201 0122 0001 8837 6", cat="plastic", small=False),
    P(key="bamboo", name="宁波市鄞州禾木竹制品厂", name_en="Ningbo Yinzhou Hemu Bamboo Products Factory",
      addr="浙江省宁波市鄞州区章水镇樟村路 8 号", tel="138 5743 2261", tax_id=uscc(R0, "330212"),
      bank="宁波鄞州农村商业银行章水支行", account="8101 0122 0018 2733", cat="bamboo", small=True),
    P(key="steel", name="浙江楠溪不锈钢制品有限公司", name_en="Zhejiang Nanxi Stainless Steel Products Co., Ltd.",
      addr="浙江省永康市经济开发区金都路 1151 号", tel="0579-8719 4402", tax_id=uscc(R0, "330784"),
      bank="中国工商银行永康支行", account="1208 0300 0920 0461 835", cat="steel", small=False),
    P(key="ceramic", name="德化县瓷韵陶瓷有限公司", name_en="Dehua Ciyun Ceramics Co., Ltd.",
      addr="福建省泉州市德化县浔中镇瓷都大道 308 号", tel="0595-2352 6617", tax_id=uscc(R0, "350526"),
      bank="中国银行德化支行", account="4102 7733 9015", cat="ceramic", small=False),
    P(key="textile", name="绍兴柯桥青禾纺织品有限公司", name_en="Shaoxing Keqiao Qinghe Textiles Co., Ltd.",
      addr="浙江省绍兴市柯桥区华舍街道蜀阜路 71 号", tel="0575-8416 0092", tax_id=uscc(R0, "330603"),
      bank="绍兴银行柯桥支行", account="1100 3601 4207 8815", cat="textile", small=False),
    P(key="led", name="深圳市明曜照明科技有限公司", name_en="Shenzhen Mingyao Lighting Technology Co., Ltd.",
      addr="广东省深圳市宝安区福海街道新田大道 33 号 B 栋 4 楼", tel="0755-2790 6634", tax_id=uscc(R0, "440306"),
      bank="招商银行深圳宝安支行", account="7559 3061 2210 802", cat="led", small=False),
    P(key="carton", name="宁波北仑顺泓包装材料有限公司", name_en="Ningbo Beilun Shunhong Packaging Materials Co., Ltd.",
      addr="浙江省宁波市北仑区小港街道红联渡口路 152 号", tel="0574-8616 7734", tax_id=uscc(R0, "330206"),
      bank="中国光大银行宁波北仑支行", account="7678 0188 0002 3349 1", cat="carton", small=False),
    P(key="yiwu", name="义乌市暖阳家居用品有限公司", name_en="Yiwu Nuanyang Household Products Co., Ltd.",
      addr="浙江省义乌市北苑街道雪峰西路 1029 号", tel="0579-8553 0127", tax_id=uscc(R0, "330782"),
      bank="浙江稠州商业银行北苑支行", account="1501 1220 1000 6679", cat="mixed", small=True),
    P(key="freight", name="宁波甬畅国际货运代理有限公司", name_en="Ningbo Yongchang International Freight Forwarding Co., Ltd.",
      addr="浙江省宁波市鄞州区宁东路 269 号 1901 室", tel="0574-8799 5520", tax_id=uscc(R0, "330212"),
      bank="交通银行宁波鄞州支行", account="3320 0661 0018 0102 8819", cat="freight", small=False),
]
# The seller's own factories (bilingual commercial invoices)
OWN_FACTORIES = [
    P(key="own1", name="宁波澜舍工贸有限公司", name_en="NINGBO LANSHE INDUSTRY & TRADE CO., LTD.",
      addr="浙江省宁波市奉化区江口街道汇业路 77 号",
      addr_en="No. 77 Huiye Road, Jiangkou Street, Fenghua District, Ningbo 315504, Zhejiang, China",
      tel="+86 574 8898 1163", tax_id=uscc(R0, "330213"), cat="mixed"),
    P(key="own2", name="慈溪澜舍电器有限公司", name_en="CIXI LANSHE ELECTRICAL APPLIANCE CO., LTD.",
      addr="浙江省慈溪市附海镇工业园区海兴路 12 号",
      addr_en="No. 12 Haixing Road, Fuhai Industrial Park, Cixi 315314, Zhejiang, China",
      tel="+86 574 6357 2218", tax_id=uscc(R0, "330282"), cat="led"),
]
WORKSHOPS = [
    P(name="鄞州姜山建平五金加工部", tel="139 6782 5510", person="陈建平"),
    P(name="奉化尚田小林木器加工坊", tel="135 8616 0273", person="林小林"),
    P(name="余姚泗门阿芳包装贴标工作室", tel="150 5748 3392", person="张芳"),
    P(name="慈溪观海卫永兴塑料加工场", tel="188 5748 1020", person="胡永兴"),
]

EU_SUPPLIERS = {
    "de": [
        P(name="Nordhafen Logistik GmbH", addr=["Reiherstieg 41", "21107 Hamburg", "Deutschland"],
          tax_id="USt-IdNr. DE318842907", reg="Amtsgericht Hamburg HRB 154 118", tel="+49 40 7711 3086",
          bank="Hanseatische Volksbank eG", iban="DE41 2009 0500 0847 1120 36", bic="GENODEF1HH9",
          email="buchhaltung@nordhafen-logistik.example", cat="logistics"),
        P(name="Kessler Haushaltswaren Großhandel GmbH", addr=["Am Gleisdreieck 12", "42655 Solingen", "Deutschland"],
          tax_id="USt-IdNr. DE287731154", reg="Amtsgericht Wuppertal HRB 27 704", tel="+49 212 2204 51",
          bank="Stadtsparkasse Bergland", iban="DE63 3425 0000 0012 7734 08", bic="SOLSDE33XXX",
          email="rechnung@kessler-hw.example", cat="mixed"),
        P(name="Brandtner Verpackungen KG", addr=["Industriestraße 8b", "97447 Gerolzhofen", "Deutschland"],
          tax_id="USt-IdNr. DE129904381", reg="Amtsgericht Schweinfurt HRA 3318", tel="+49 9382 6018 0",
          bank="Raiffeisenbank Mainfranken", iban="DE12 7906 9165 0003 3318 00", bic="GENODEF1MFR",
          email="info@brandtner-verpackung.example", cat="carton"),
    ],
    "en_gb": [
        P(name="Ashcombe Homewares Ltd", addr=["Unit 7, Tanyard Business Park", "Kettering", "NN15 6QT", "United Kingdom"],
          tax_id="VAT Reg. No. GB 318 4471 92", reg="Company No. 09381127", tel="01536 772 410",
          bank="Barclays Bank", iban="GB29 BARC 2036 1744 0193 27", sort="20-36-17", acct="44019327",
          email="accounts@ashcombe-homewares.example", cat="mixed"),
        P(name="Pennine Packaging Supplies Ltd", addr=["Millbrook Works, Holmfirth Road", "Huddersfield", "HD9 7TY", "United Kingdom"],
          tax_id="VAT No: GB 227 9013 45", reg="Registered in England No. 04418290", tel="01484 660 293",
          bank="Lloyds Bank", iban="GB71 LOYD 3094 1100 5527 18", sort="30-94-11", acct="00552718",
          email="sales@pennine-packaging.example", cat="carton"),
        P(name="Harrowgate Fulfilment Ltd", addr=["Bay 3, Marston Gate Industrial Estate", "Milton Keynes", "MK17 8LR", "United Kingdom"],
          tax_id="VAT GB 391 0026 73", reg="Company No. 11920384", tel="01908 410 229",
          bank="NatWest", iban="GB08 NWBK 6016 1331 9268 19", sort="60-16-13", acct="31926819",
          email="billing@harrowgate-fulfilment.example", cat="logistics"),
    ],
    "en_us": [
        P(name="Bluegate Prep Center LLC", addr=["455 Meadowlands Pkwy, Unit C", "Secaucus, NJ 07094", "USA"],
          tax_id="EIN 87-2231904", tel="(201) 555-0148", bank="Hudson Valley Commerce Bank",
          acct="Routing 021000417 / Acct 4490 2231 77", email="ar@bluegateprep.example", cat="logistics"),
        P(name="Cedar & Pine Home Supply Inc.", addr=["2710 Industrial Row", "Columbus, OH 43228", "USA"],
          tax_id="EIN 31-1840562", tel="(614) 555-0193", bank="Great Lakes Merchant Bank",
          acct="ACH Routing 044000037 / Acct 7702 1186 03", email="billing@cedarpinehome.example", cat="mixed"),
    ],
    "fr": [
        P(name="Maison Vautrin SARL", addr=["14 rue des Tanneurs", "69007 Lyon", "France"],
          tax_id="TVA FR 61 823 441 097", reg="SIRET 823 441 097 00021 – RCS Lyon", tel="04 78 61 22 09",
          bank="Banque Rhodanienne", iban="FR76 3000 4018 2700 0100 3381 294", bic="BRHOFRPPXXX",
          email="compta@maison-vautrin.example", cat="mixed"),
        P(name="Emballages Dubreuil SAS", addr=["ZA des Grands Champs, 3 allée Ampère", "44470 Carquefou", "France"],
          tax_id="N° TVA : FR 08 512 908 774", reg="SIREN 512 908 774 RCS Nantes – SAS au capital de 80 000 €",
          tel="02 40 52 18 73", bank="Crédit Atlantique", iban="FR76 1470 7000 3131 2190 4471 612", bic="CATLFR2AXXX",
          email="facturation@dubreuil-emballages.example", cat="carton"),
    ],
    "it": [
        P(name="Casalinghi Bertolami S.p.A.", addr=["Via dell'Artigianato 22", "25030 Castel Mella (BS)", "Italia"],
          tax_id="P.IVA IT 03318840987", reg="REA BS-521877 – Cap. soc. € 250.000 i.v.", tel="+39 030 2588 114",
          bank="Banca Valtrompia", iban="IT60 X054 2811 1010 0000 0123 456", email="amministrazione@bertolami-casa.example",
          sdi="M5UXCR1", cat="mixed"),
        P(name="Ceramiche Val Tresa S.r.l.", addr=["Strada Provinciale 18, km 4", "06019 Umbertide (PG)", "Italia"],
          tax_id="P.IVA 02771190541", reg="REA PG-241903", tel="+39 075 941 2287",
          bank="Cassa Rurale Alta Umbria", iban="IT24 B087 1638 5500 0000 0441 209", email="info@valtresa-ceramiche.example",
          sdi="KRRH6B9", cat="ceramic"),
    ],
    "es": [
        P(name="Menaje Robledal S.L.", addr=["Polígono Industrial Los Olivos, Calle Forja 17", "28906 Getafe (Madrid)", "España"],
          tax_id="CIF B86219473", tel="+34 916 84 31 02", bank="Banco Meseta",
          iban="ES91 2100 0418 4502 0005 1332", email="facturacion@menajerobledal.example", cat="mixed"),
        P(name="Envases Almanzora S.A.", addr=["Carretera de Huércal, km 2,5", "04230 Huércal de Almería", "España"],
          tax_id="NIF A04177028", tel="+34 950 31 44 80", bank="Caja Rural del Levante",
          iban="ES66 3058 0121 6527 3100 2288", email="admin@envasesalmanzora.example", cat="carton"),
    ],
    "pl": [
        P(name="Magazyny Wiślany Sp. z o.o.", addr=["ul. Logistyczna 14", "55-040 Bielany Wrocławskie", "Polska"],
          tax_id="NIP 896-161-22-74", reg="KRS 0000718204", tel="+48 71 307 22 18", bank="Bank Odrzański S.A.",
          iban="PL61 1090 2402 0000 0001 4413 7852", email="faktury@magazyny-wislany.example", cat="logistics"),
        P(name="Hurtownia Domowa Kresy Sp. j.", addr=["ul. Fabryczna 3", "20-301 Lublin", "Polska"],
          tax_id="NIP 946-203-77-15", reg="KRS 0000391177", tel="+48 81 745 10 62", bank="Lubelski Bank Spółdzielczy",
          iban="PL27 8193 0005 2001 0017 9930 0001", email="biuro@hurtownia-kresy.example", cat="mixed"),
    ],
    "nl": [
        P(name="Van Oorschot Huishoudartikelen B.V.", addr=["Ambachtsweg 31", "5272 RZ Sint-Michielsgestel", "Nederland"],
          tax_id="btw-nr. NL854412097B01", reg="KvK 61123094", tel="+31 73 551 8820", bank="Brabantse Spaarbank",
          iban="NL27 BRAB 0419 2288 61", bic="BRABNL2A", email="administratie@vanoorschot-huishoud.example", cat="mixed"),
        P(name="Dijkhuis Fulfilment B.V.", addr=["Transportweg 7", "7575 BB Oldenzaal", "Nederland"],
          tax_id="BTW NL861037724B01", reg="KvK 70441982", tel="+31 541 77 30 15", bank="Twentse Handelsbank",
          iban="NL85 TWHB 0553 1020 77", bic="TWHBNL2T", email="finance@dijkhuis-fulfilment.example", cat="logistics"),
    ],
}
JP_SUPPLIERS = [
    P(name="株式会社杉浦木工所", addr="〒509-0207 岐阜県可児市今渡 2714-3", tel="0574-62-3318",
      reg_no="T3200001042271", bank="東濃信用金庫 可児支店 普通 0412287", cat="bamboo"),
    P(name="有限会社青葉パッケージ", addr="〒981-3117 宮城県仙台市泉区市名坂字東裏 97-1", tel="022-375-4410",
      reg_no="T8370002018834", bank="杜の都商工銀行 泉中央支店 当座 1120934", cat="carton"),
    P(name="株式会社ハルナ検品サービス", addr="〒370-3524 群馬県高崎市中泉町 618-5", tel="027-373-8124",
      reg_no="T5070001033918", bank="上州ひかり銀行 高崎北支店 普通 3377105", cat="logistics"),
]
KR_SUPPLIERS = [
    P(name="(주)한빛리빙", addr="경기도 김포시 대곶면 대명항로 214", tel="031-987-4410", reg_no="137-81-44920",
      ceo="박정우", cat="steel"),
    P(name="대성실리콘(주)", addr="인천광역시 남동구 남동서로 118 (고잔동)", tel="032-812-6630", reg_no="131-86-20518",
      ceo="이미경", cat="silicone"),
]

# ---------------------------------------------------------------- goods
# name per language, base net unit price in CNY (converted for other currencies)
GOODS = {
    "silicone": [
        dict(zh="硅胶锅铲", cat_cn="*日用杂品*", en="Silicone spatula, heat-resistant", de="Silikon-Pfannenwender hitzebeständig",
             fr="Spatule en silicone résistante à la chaleur", it="Spatola in silicone resistente al calore",
             es="Espátula de silicona resistente al calor", pl="Łopatka silikonowa żaroodporna", nl="Siliconen spatel hittebestendig",
             ja="シリコンヘラ 耐熱", ko="실리콘 뒤집개", spec="28cm 灰色", price=6.80),
        dict(zh="硅胶折叠收纳碗", cat_cn="*日用杂品*", en="Collapsible silicone bowl set", de="Faltbare Silikonschüsseln, 3er-Set",
             fr="Bols pliables en silicone, lot de 3", it="Ciotole pieghevoli in silicone, set da 3",
             es="Cuencos plegables de silicona, juego de 3", pl="Składane miski silikonowe, zestaw 3 szt.",
             nl="Opvouwbare siliconen kommen, set van 3", ja="折りたたみシリコンボウル 3個組", ko="접이식 실리콘 볼 3종",
             spec="3只装", price=21.50),
        dict(zh="硅胶保鲜袋", cat_cn="*日用杂品*", en="Reusable silicone food bag 1L", de="Wiederverwendbarer Silikon-Beutel 1 l",
             fr="Sachet alimentaire réutilisable en silicone 1 L", it="Sacchetto alimentare in silicone riutilizzabile 1 L",
             es="Bolsa de silicona reutilizable 1 L", pl="Torebka silikonowa wielokrotnego użytku 1 l",
             nl="Herbruikbare siliconen zak 1 l", ja="シリコン保存袋 1L", ko="실리콘 지퍼백 1L", spec="1000ml", price=9.40),
    ],
    "plastic": [
        dict(zh="PP抽屉式收纳盒", cat_cn="*塑料制品*", en="Stackable PP drawer organiser", de="Stapelbare Schubladenbox aus PP",
             fr="Boîte de rangement à tiroir empilable PP", it="Cassettiera impilabile in PP", es="Cajón organizador apilable PP",
             pl="Pojemnik z szufladą PP, sztaplowany", nl="Stapelbare ladebox PP", ja="PP引き出し収納ケース", ko="PP 서랍 정리함",
             spec="35×26×18cm", price=18.60),
        dict(zh="冰箱收纳盒", cat_cn="*塑料制品*", en="Clear fridge storage bin", de="Kühlschrank-Organizer transparent",
             fr="Bac de rangement transparent pour réfrigérateur", it="Contenitore trasparente per frigorifero",
             es="Organizador transparente para nevera", pl="Przezroczysty pojemnik do lodówki",
             nl="Transparante koelkastbak", ja="冷蔵庫収納ケース クリア", ko="투명 냉장고 정리함", spec="透明 L号", price=11.20),
        dict(zh="沥水碗架", cat_cn="*塑料制品*", en="Dish drying rack with drip tray", de="Abtropfgestell mit Auffangschale",
             fr="Égouttoir à vaisselle avec plateau", it="Scolapiatti con vassoio", es="Escurreplatos con bandeja",
             pl="Suszarka do naczyń z tacką", nl="Afdruiprek met lekbak", ja="水切りラック トレー付き", ko="식기 건조대",
             spec="双层 白色", price=32.00),
    ],
    "bamboo": [
        dict(zh="竹制砧板", cat_cn="*竹制品*", en="Bamboo cutting board", de="Bambus-Schneidebrett", fr="Planche à découper en bambou",
             it="Tagliere in bambù", es="Tabla de cortar de bambú", pl="Deska do krojenia bambusowa", nl="Bamboe snijplank",
             ja="竹製まな板", ko="대나무 도마", spec="38×28×1.8cm", price=24.50),
        dict(zh="竹制餐具收纳盒", cat_cn="*竹制品*", en="Bamboo cutlery drawer tray", de="Besteckeinsatz aus Bambus",
             fr="Range-couverts en bambou", it="Portaposate in bambù", es="Cubertero de bambú", pl="Wkład na sztućce bambusowy",
             nl="Bamboe bestekbak", ja="竹製カトラリートレー", ko="대나무 수저 정리함", spec="5格 可伸缩", price=29.80),
        dict(zh="竹制浴室置物架", cat_cn="*竹制品*", en="Bamboo bathroom shelf, 3 tier", de="Bambus-Badregal, 3 Ebenen",
             fr="Étagère de salle de bain en bambou, 3 niveaux", it="Scaffale da bagno in bambù, 3 ripiani",
             es="Estantería de baño de bambú, 3 niveles", pl="Regał łazienkowy bambusowy, 3 półki",
             nl="Bamboe badkamerrek, 3 lagen", ja="竹製バスラック 3段", ko="대나무 욕실 선반 3단", spec="三层", price=46.00),
    ],
    "steel": [
        dict(zh="不锈钢保温杯", cat_cn="*金属制品*", en="Stainless steel vacuum bottle 500ml", de="Edelstahl-Thermosflasche 500 ml",
             fr="Bouteille isotherme inox 500 ml", it="Borraccia termica in acciaio inox 500 ml",
             es="Botella térmica de acero inoxidable 500 ml", pl="Butelka termiczna ze stali nierdzewnej 500 ml",
             nl="RVS thermosfles 500 ml", ja="ステンレス真空ボトル 500ml", ko="스테인리스 보온병 500ml", spec="500ml 304", price=27.50),
        dict(zh="不锈钢调料架", cat_cn="*金属制品*", en="Stainless steel spice rack", de="Gewürzregal aus Edelstahl",
             fr="Étagère à épices en inox", it="Portaspezie in acciaio inox", es="Especiero de acero inoxidable",
             pl="Stojak na przyprawy ze stali nierdzewnej", nl="RVS kruidenrek", ja="ステンレス調味料ラック", ko="스테인리스 양념 선반",
             spec="双层 壁挂", price=35.20),
        dict(zh="不锈钢沥水篮", cat_cn="*金属制品*", en="Stainless steel colander", de="Edelstahl-Sieb", fr="Passoire en inox",
             it="Scolapasta in acciaio inox", es="Escurridor de acero inoxidable", pl="Durszlak ze stali nierdzewnej",
             nl="RVS vergiet", ja="ステンレスざる", ko="스테인리스 채반", spec="Φ24cm", price=15.80),
    ],
    "ceramic": [
        dict(zh="陶瓷马克杯", cat_cn="*陶瓷制品*", en="Stoneware mug 350ml", de="Steingut-Becher 350 ml", fr="Mug en grès 350 ml",
             it="Tazza in gres 350 ml", es="Taza de gres 350 ml", pl="Kubek kamionkowy 350 ml", nl="Stenen mok 350 ml",
             ja="陶器マグカップ 350ml", ko="도자기 머그컵 350ml", spec="350ml 釉下彩", price=8.90),
        dict(zh="陶瓷餐盘", cat_cn="*陶瓷制品*", en="Ceramic dinner plate 26cm", de="Keramik-Speiseteller 26 cm",
             fr="Assiette plate en céramique 26 cm", it="Piatto piano in ceramica 26 cm", es="Plato llano de cerámica 26 cm",
             pl="Talerz ceramiczny płytki 26 cm", nl="Keramisch dinerbord 26 cm", ja="陶器ディナープレート 26cm",
             ko="도자기 접시 26cm", spec="10寸 哑光", price=12.40),
    ],
    "textile": [
        dict(zh="纯棉毛巾", cat_cn="*纺织产品*", en="Cotton bath towel 70×140", de="Baumwoll-Badetuch 70×140",
             fr="Drap de bain en coton 70×140", it="Telo bagno in cotone 70×140", es="Toalla de baño de algodón 70×140",
             pl="Ręcznik kąpielowy bawełniany 70×140", nl="Katoenen badlaken 70×140", ja="綿バスタオル 70×140",
             ko="면 목욕 타월 70×140", spec="70×140cm 500g/㎡", price=22.00),
        dict(zh="棉麻收纳筐", cat_cn="*纺织产品*", en="Cotton-linen storage basket", de="Aufbewahrungskorb Baumwolle/Leinen",
             fr="Panier de rangement coton-lin", it="Cesto portaoggetti cotone-lino", es="Cesta de almacenaje algodón-lino",
             pl="Kosz do przechowywania bawełna-len", nl="Opbergmand katoen-linnen", ja="綿麻収納バスケット",
             ko="면마 수납 바구니", spec="30×30×30cm", price=16.70),
    ],
    "led": [
        dict(zh="LED感应小夜灯", cat_cn="*照明装置*", en="LED motion sensor night light", de="LED-Nachtlicht mit Bewegungsmelder",
             fr="Veilleuse LED à détecteur de mouvement", it="Luce notturna LED con sensore di movimento",
             es="Luz nocturna LED con sensor de movimiento", pl="Lampka nocna LED z czujnikiem ruchu",
             nl="LED-nachtlampje met bewegingssensor", ja="LEDセンサーライト", ko="LED 센서 수면등", spec="USB充电 暖光", price=14.30),
        dict(zh="LED橱柜灯条", cat_cn="*照明装置*", en="LED under-cabinet light bar 40cm", de="LED-Unterbauleuchte 40 cm",
             fr="Réglette LED sous meuble 40 cm", it="Barra LED sottopensile 40 cm", es="Regleta LED bajo mueble 40 cm",
             pl="Listwa LED podszafkowa 40 cm", nl="LED-onderbouwlamp 40 cm", ja="LEDキャビネットライト 40cm",
             ko="LED 싱크대 조명 40cm", spec="40cm 磁吸", price=19.90),
    ],
    "carton": [
        dict(zh="五层瓦楞纸箱", cat_cn="*纸制品*", en="5-ply corrugated shipping carton", de="Versandkarton 5-wellig",
             fr="Carton d'expédition double cannelure", it="Scatola in cartone a 5 strati", es="Caja de cartón de 5 capas",
             pl="Karton wysyłkowy 5-warstwowy", nl="Verzenddoos 5-laags", ja="ダンボール箱 5層", ko="5겹 골판지 박스",
             spec="60×40×40cm", price=6.20),
        dict(zh="彩印内盒", cat_cn="*纸制品*", en="Printed retail box", de="Bedruckte Verkaufsverpackung",
             fr="Boîte de vente imprimée", it="Scatola stampata per vendita", es="Caja impresa de venta",
             pl="Pudełko z nadrukiem", nl="Bedrukte verkoopdoos", ja="印刷化粧箱", ko="인쇄 단상자", spec="250g白卡 四色", price=1.35),
        dict(zh="FBA标签贴纸", cat_cn="*纸制品*", en="FNSKU label roll (1,000)", de="FNSKU-Etikettenrolle (1.000 St.)",
             fr="Rouleau d'étiquettes FNSKU (1 000)", it="Rotolo etichette FNSKU (1.000)", es="Rollo de etiquetas FNSKU (1.000)",
             pl="Rolka etykiet FNSKU (1000 szt.)", nl="FNSKU-etiketrol (1.000)", ja="FNSKUラベル 1000枚",
             ko="FNSKU 라벨 1000매", spec="50×25mm", price=28.00),
    ],
    "logistics": [
        dict(zh="FBA贴标服务", cat_cn="*现代服务*", en="FBA labelling & bagging per unit", de="FBA-Etikettierung & Polybeutel je Stück",
             fr="Étiquetage FBA et mise sous sachet, par unité", it="Etichettatura FBA e imbustamento, per unità",
             es="Etiquetado FBA y embolsado por unidad", pl="Etykietowanie FBA i foliowanie, za szt.",
             nl="FBA-etikettering en verpakken per stuk", ja="FBAラベル貼付・袋詰め（1個あたり）", ko="FBA 라벨 작업(개당)",
             spec="", price=2.10, unit="pc"),
        dict(zh="仓储费", cat_cn="*仓储服务*", en="Pallet storage, per pallet/week", de="Palettenlagerung je Palette/Woche",
             fr="Stockage palette, par palette/semaine", it="Stoccaggio pallet, per pallet/settimana",
             es="Almacenaje de palé, por palé/semana", pl="Składowanie palet, za paletę/tydzień",
             nl="Palletopslag per pallet/week", ja="保管料（パレット/週）", ko="팔레트 보관료(주)", spec="", price=32.00, unit="pw"),
        dict(zh="入库卸货", cat_cn="*装卸搬运服务*", en="Inbound container unloading (40')", de="Entladung Container 40'",
             fr="Dépotage conteneur 40'", it="Scarico container 40'", es="Descarga de contenedor 40'",
             pl="Rozładunek kontenera 40'", nl="Lossen container 40'", ja="コンテナ荷降ろし（40ft）", ko="컨테이너 하역(40ft)",
             spec="", price=1650.00, unit="job"),
        dict(zh="派送至亚马逊仓", cat_cn="*物流辅助服务*", en="LTL delivery to Amazon FC", de="Zustellung an Amazon-Logistikzentrum",
             fr="Livraison vers entrepôt Amazon", it="Consegna al centro logistico Amazon", es="Entrega a centro logístico de Amazon",
             pl="Dostawa do centrum Amazon", nl="Levering aan Amazon-fulfilmentcentrum", ja="Amazon倉庫への納品配送",
             ko="아마존 물류센터 배송", spec="", price=980.00, unit="job"),
    ],
    "freight": [
        dict(zh="国际货运代理服务费", cat_cn="*物流辅助服务*", en="Ocean freight forwarding", spec="宁波-费利克斯托 40HQ", price=15800.0, unit="票"),
        dict(zh="报关服务费", cat_cn="*物流辅助服务*", en="Customs declaration", spec="", price=350.0, unit="票"),
        dict(zh="港杂费", cat_cn="*物流辅助服务*", en="Terminal handling", spec="40HQ", price=1280.0, unit="票"),
    ],
}
GOODS["mixed"] = GOODS["silicone"][:2] + GOODS["plastic"][:2] + GOODS["bamboo"][:2] + GOODS["steel"][:1] + GOODS["ceramic"][:1] + GOODS["textile"][:1]

COLOURS = {
    "zh": ["灰色", "白色", "墨绿", "雾蓝", "米色", "黑色"], "ja": ["グレー", "ホワイト", "グリーン", "ブルー", "ベージュ", "ブラック"],
    "ko": ["그레이", "화이트", "그린", "블루", "베이지", "블랙"], "en": ["grey", "white", "sage green", "blue", "beige", "black"],
    "de": ["grau", "weiß", "salbeigrün", "blau", "beige", "schwarz"], "fr": ["gris", "blanc", "vert sauge", "bleu", "beige", "noir"],
    "it": ["grigio", "bianco", "verde salvia", "blu", "beige", "nero"], "es": ["gris", "blanco", "verde salvia", "azul", "beige", "negro"],
    "pl": ["szary", "biały", "szałwiowy", "niebieski", "beżowy", "czarny"], "nl": ["grijs", "wit", "saliegroen", "blauw", "beige", "zwart"],
}
FX = {"CNY": 1.0, "EUR": 0.128, "GBP": 0.109, "USD": 0.139, "JPY": 20.6, "PLN": 0.55, "KRW": 192.0}

UNIT_WORDS = {
    "zh": {"pc": "个", "set": "套", "box": "箱", "pw": "托/周", "job": "次"},
    "en": {"pc": "pcs", "set": "set", "box": "ctn", "pw": "pallet-wk", "job": "job"},
    "de": {"pc": "Stk.", "set": "Set", "box": "Karton", "pw": "Pal./Wo.", "job": "pausch."},
    "fr": {"pc": "u.", "set": "lot", "box": "carton", "pw": "pal./sem.", "job": "forfait"},
    "it": {"pc": "pz", "set": "set", "box": "cart.", "pw": "pallet/sett.", "job": "a corpo"},
    "es": {"pc": "ud.", "set": "juego", "box": "caja", "pw": "palé/sem.", "job": "servicio"},
    "pl": {"pc": "szt.", "set": "kpl.", "box": "karton", "pw": "pal./tydz.", "job": "usł."},
    "nl": {"pc": "st.", "set": "set", "box": "doos", "pw": "pallet/wk", "job": "post"},
    "ja": {"pc": "個", "set": "セット", "box": "箱", "pw": "パレット週", "job": "式"},
    "ko": {"pc": "개", "set": "세트", "box": "박스", "pw": "팔레트/주", "job": "식"},
}


def pick_items(rng, cat, lang, currency, n, qty_range=(50, 1200), price_jitter=0.15, cn_prefix=False):
    pool = GOODS[cat]
    out = []
    if n > len(pool):
        choices = []
        while len(choices) < n:
            choices += rng.sample(pool, len(pool))
        choices = choices[:n]
    else:
        choices = rng.sample(pool, n)
    seen = {}
    for g in choices:
        vi = seen.get(id(g), 0)
        seen[id(g)] = vi + 1
        unit = g.get("unit", "pc")
        base = g["price"] * FX[currency] * (1 + rng.uniform(-price_jitter, price_jitter))
        if currency in ("JPY", "KRW"):
            price = q0(base) if base > 50 else q2(base)
            if currency == "KRW":
                price = q0(D(base) / 10) * 10
        else:
            price = q2(base)
        if unit in ("job",):
            qty = D(rng.randint(1, 3))
        elif unit == "pw":
            qty = D(rng.randint(4, 40))
        elif unit == "票":
            qty = D(1)
        else:
            qty = D(rng.randrange(qty_range[0], qty_range[1], 10 if qty_range[1] > 100 else 1))
        name = g.get(lang) or g.get("en")
        if lang == "zh" and cn_prefix:
            name = g["cat_cn"] + g["zh"]
        spec = g.get("spec", "")
        if vi:  # same article again: another colour
            col = COLOURS.get(lang, COLOURS["en"])[(vi + len(out)) % 6]
            if lang in ("zh", "ja", "ko"):
                spec = (spec.split(" ")[0] + " " + col).strip()
            else:
                name = f"{name}, {col}"
            price = price + (q0(price * D("0.03")) if currency in ("JPY", "KRW") else q2(price * D("0.03")))
        out.append(dict(name=name, spec=spec, unit=UNIT_WORDS.get(lang, UNIT_WORDS["en"]).get(unit, unit),
                        qty=qty, price=price, en=g.get("en"), zh=g.get("zh")))
    return out


# ---------------------------------------------------------------- arithmetic
def compute(doc):
    """Fill in line nets, taxes and totals.  tax_mode: line | summary | none."""
    cur0 = doc["currency"] in ("JPY", "KRW")
    rnd = q0 if cur0 else q2
    lines = []
    for it in doc["items"]:
        net = rnd(it["qty"] * it["price"] * (1 - D(str(it.get("disc", 0))) / 100))
        rate = D(str(it.get("rate", doc.get("rate", 0))))
        tax = rnd(net * rate / 100) if doc["tax_mode"] == "line" else D(0)
        lines.append(dict(net=net, tax=tax, rate=rate))
    doc["lines"] = lines
    sub = sum((l["net"] for l in lines), D(0))
    doc["subtotal"] = sub
    disc = D(doc.get("discount", 0))
    if doc.get("discount_pct"):
        disc = rnd(sub * D(str(doc["discount_pct"])) / 100)
    doc["discount_amt"] = disc
    ship = D(doc.get("shipping", 0))
    doc["shipping"] = ship
    net_total = sub - disc + ship
    doc["net_total"] = net_total
    if doc["tax_mode"] == "line":
        doc["tax_total"] = sum((l["tax"] for l in lines), D(0))
    elif doc["tax_mode"] == "summary":
        doc["tax_total"] = rnd(net_total * D(str(doc["rate"])) / 100)
    else:
        doc["tax_total"] = D(0)
    doc["total"] = net_total + doc["tax_total"]
    doc["total_words"] = None
    return doc


def inject_error(doc, kind, rng):
    """Make one printed figure wrong, the way a hurried clerk would."""
    doc["arith_error"] = kind
    cur0 = doc["currency"] in ("JPY", "KRW")
    if kind == "line":  # one line total wrong, sums follow the wrong line
        i = rng.randrange(len(doc["lines"]))
        l = doc["lines"][i]
        s = str(l["net"])
        # swap two adjacent digits of the integer part (or add 10 units)
        ip = s.split(".")[0]
        if len(ip) >= 3 and ip[-2] != ip[-3]:
            ip2 = ip[:-3] + ip[-2] + ip[-3] + ip[-1]
            l["net"] = D(ip2 + ("." + s.split(".")[1] if "." in s else ""))
        else:
            l["net"] = l["net"] + (D(100) if cur0 else D(10))
        if doc["tax_mode"] == "line":
            l["tax"] = (q0 if cur0 else q2)(l["net"] * l["rate"] / 100)
        doc["subtotal"] = sum((x["net"] for x in doc["lines"]), D(0))
        doc["net_total"] = doc["subtotal"] - doc["discount_amt"] + doc["shipping"]
        if doc["tax_mode"] == "line":
            doc["tax_total"] = sum((x["tax"] for x in doc["lines"]), D(0))
        elif doc["tax_mode"] == "summary":
            doc["tax_total"] = (q0 if cur0 else q2)(doc["net_total"] * D(str(doc["rate"])) / 100)
        doc["total"] = doc["net_total"] + doc["tax_total"]
    elif kind == "sum":  # printed subtotal off, total follows subtotal
        delta = D(100) if cur0 else D(rng.choice(["10.00", "100.00", "1.00"]))
        doc["subtotal"] += delta
        doc["net_total"] += delta
        doc["total"] += delta
    elif kind == "tax":  # tax amount miscalculated (old rate or slip)
        doc["tax_total"] = (q0 if cur0 else q2)(doc["tax_total"] * D("1.0") + (D(9) if cur0 else D("0.90")))
        doc["total"] = doc["net_total"] + doc["tax_total"]
    elif kind == "grand":  # grand total does not equal net + tax
        delta = doc["shipping"] if doc["shipping"] else (D(1000) if cur0 else D("100.00"))
        doc["total"] = doc["net_total"] + doc["tax_total"] + delta
    elif kind == "words":  # amount in words does not match figures (CN 大写)
        doc["words_override"] = doc["total"] + D(rng.choice([100, 10, 1000]))
    return doc


def words_amount(doc):
    return doc.get("words_override", doc["total"])


def arith_consistent(doc):
    """Recompute from printed lines; True if all printed sums agree."""
    return not doc.get("arith_error")


# ---------------------------------------------------------------- labels
class Registry:
    def __init__(self, part):
        self.part = part
        self.recs = []

    def add(self, file, doc=None, **kw):
        rec = dict(file=file, genuine=True, edit_method=None, what_changed=[], producer=None,
                   language=None, is_invoice=True, doc_type="invoice", date=None, total=None,
                   currency=None, supplier=None, buyer=None, pages=1, edit_before_capture=False,
                   arithmetic_error=False)
        if doc is not None:
            rec.update(language=doc["lang"], doc_type=doc["doc_type"], is_invoice=doc.get("is_invoice", True),
                       date=doc["date"].isoformat() if doc.get("date") else None,
                       total=(str(doc["total"]) if doc.get("total") is not None and doc.get("has_total", True) else None),
                       currency=doc["currency"], supplier=doc.get("supplier_label"), buyer=doc.get("buyer_label"),
                       arithmetic_error=bool(doc.get("arith_error")) and doc.get("deliberate_error", True))
            if doc.get("arith_error"):
                rec["arith_error_kind"] = doc["arith_error"]
        rec.update(kw)
        if rec["total"] is not None and not isinstance(rec["total"], str):
            rec["total"] = str(rec["total"])
        self.recs.append(rec)
        return rec

    def save(self):
        path = os.path.join(LABELDIR, f"{self.part}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in self.recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        return path


def save_meta(name, **kw):
    def enc(o):
        if isinstance(o, D):
            return str(o)
        if isinstance(o, (datetime.date,)):
            return o.isoformat()
        raise TypeError(type(o))
    with open(os.path.join(META, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(kw, f, ensure_ascii=False, default=enc, indent=1)


def load_meta(name):
    with open(os.path.join(META, name + ".json"), encoding="utf-8") as f:
        return json.load(f)


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def run(cmd, timeout=180, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {r.stderr[-800:]}")
    return r
