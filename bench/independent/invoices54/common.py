"""Shared data model: invented companies, items, arithmetic, locale formatting, label records."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
BUILD = os.path.join(HERE, "build")
os.makedirs(FILES, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

FONT_LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_LATIN_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
def q2(x): return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)
def q0(x): return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- companies (all invented)
ZH_PLACE = ["义乌市", "金华市", "宁波市", "温州市", "台州市", "永康市", "东阳市", "绍兴市柯桥区"]
ZH_CORE = ["鑫琪", "恒锦", "佳睿", "博涵", "欣灏", "泓益", "盛翊", "晟达", "琪韵", "锦澜", "润祺", "禾旭", "卓岚", "淼鸿"]
ZH_TRADE = ["日用品", "工艺品", "饰品", "五金制品", "塑料制品", "电子科技", "包装材料", "针织", "玩具", "文具", "家居用品"]
ZH_PY = {"鑫琪": "Xinqi", "恒锦": "Hengjin", "佳睿": "Jiarui", "博涵": "Bohan", "欣灏": "Xinhao", "泓益": "Hongyi",
         "盛翊": "Shengyi", "晟达": "Shengda", "琪韵": "Qiyun", "锦澜": "Jinlan", "润祺": "Runqi", "禾旭": "Hexu",
         "卓岚": "Zhuolan", "淼鸿": "Miaohong"}
ZH_PLACE_EN = {"义乌市": "Yiwu", "金华市": "Jinhua", "宁波市": "Ningbo", "温州市": "Wenzhou", "台州市": "Taizhou",
               "永康市": "Yongkang", "东阳市": "Dongyang", "绍兴市柯桥区": "Shaoxing Keqiao"}
ZH_TRADE_EN = {"日用品": "Daily Necessities", "工艺品": "Crafts", "饰品": "Accessories", "五金制品": "Hardware Products",
               "塑料制品": "Plastic Products", "电子科技": "Electronic Technology", "包装材料": "Packaging Materials",
               "针织": "Knitting", "玩具": "Toys", "文具": "Stationery", "家居用品": "Home Products"}
ZH_BUYER_PLACE = ["深圳市", "广州市", "杭州市", "义乌市", "厦门市", "东莞市"]
ZH_BUYER_CORE = ["跨越星", "海岚", "优拓", "彩帆", "速洋", "云汐", "启航岛", "蓝鲸湾", "北辰", "易航"]
ZH_BUYER_EN = {"跨越星": "Kuayuexing", "海岚": "Hailan", "优拓": "Youtuo", "彩帆": "Caifan", "速洋": "Suyang",
               "云汐": "Yunxi", "启航岛": "Qihangdao", "蓝鲸湾": "Lanjingwan", "北辰": "Beichen", "易航": "Yihang"}
ZH_BUYER_PLACE_EN = {"深圳市": "Shenzhen", "广州市": "Guangzhou", "杭州市": "Hangzhou", "义乌市": "Yiwu",
                     "厦门市": "Xiamen", "东莞市": "Dongguan"}
ZH_STREET = ["福田街道", "稠城街道", "北苑街道", "江东街道", "后宅街道", "佛堂镇", "廿三里街道"]

EU_SUPPLIERS = {
    "de": [("Brandlmeier Haushaltswaren GmbH", "Kesselweg 14, 90431 Nürnberg"),
           ("Ostwind Verpackung & Logistik GmbH", "Am Speicherhof 3, 28197 Bremen"),
           ("Gebr. Wenzelhuber KG", "Lindenstraße 88, 73033 Göppingen")],
    "fr": [("Atelier Sorbières SARL", "12 rue des Tanneurs, 69007 Lyon"),
           ("Comptoir Lavandin SAS", "4 avenue du Moulin Neuf, 13100 Aix-en-Provence")],
    "it": [("Fratelli Casoria S.r.l.", "Via dei Cordai 21, 20142 Milano"),
           ("Ceramiche Valdornia S.p.A.", "Viale Marconi 117, 41049 Sassuolo (MO)")],
    "es": [("Suministros Almaraz S.L.", "Calle del Tinte 9, 46001 Valencia"),
           ("Distribuciones Ocaña y Vidal S.A.", "Polígono Las Fraguas, Nave 6, 50197 Zaragoza")],
    "pl": [("Przedsiębiorstwo Handlowe Wrzosek Sp. z o.o.", "ul. Kołodziejska 27, 90-562 Łódź"),
           ("Zakłady Opakowań Brzozów S.A.", "ul. Składowa 5, 36-200 Brzozów")],
    "nl": [("Van Doorsselaer Groothandel B.V.", "Havenstraat 41, 3024 SH Rotterdam"),
           ("Kwekerij & Handel De Vlonder B.V.", "Industrieweg 7, 5683 CB Best")],
    "en": [("Harrowgate Supply Ltd", "Unit 4, Brookfield Trading Estate, Leicester LE4 9RT, United Kingdom"),
           ("Pinecrest Wholesale Inc.", "2210 Delmore Ave, Suite 300, Columbus, OH 43215, USA"),
           ("Northmoor Packaging Co. Ltd", "18 Quayside Row, Hull HU1 2QP, United Kingdom")],
    "ja": [("株式会社ミナトヤ商会", "〒541-0052 大阪府大阪市中央区安土町二丁目4番9号"),
           ("有限会社さくら雑貨卸", "〒110-0016 東京都台東区台東三丁目15番2号")],
}
EU_BUYERS = [("Kuayuexing Trading Europe GmbH", "Hanauer Landstraße 301, 60314 Frankfurt am Main, DE"),
             ("Hailan Commerce UK Ltd", "Suite 12, 77 Cromwell Road, Reading RG1 4ZX, UK"),
             ("Youtuo International LLC", "1180 Harbor Point Blvd, Unit 9, Ontario, CA 91761, USA"),
             ("Caifan Home Goods S.à r.l.", "22 rue du Fossé, L-1536 Luxembourg"),
             ("Suyang E-Commerce B.V.", "Keizersgracht 515-2, 1017 DP Amsterdam, NL"),
             ("Beichen Retail Co., Ltd.", "Room 1806, Block B, Keyuan Road, Nanshan District, Shenzhen, CN")]

ITEMS_ZH = [("*日用杂品*硅胶折叠收纳盒", "个"), ("*塑料制品*PP食品保鲜盒套装", "套"), ("*工艺品*树脂摆件", "件"),
            ("*纺织产品*针织围巾", "条"), ("*文具*中性笔(0.5mm)", "盒"), ("*五金制品*不锈钢挂钩", "包"),
            ("*玩具*毛绒公仔", "个"), ("*包装材料*瓦楞纸箱", "只"), ("*电子元件*USB充电线", "根"),
            ("*家具*折叠小凳", "张"), ("*饰品*合金发夹", "对"), ("*日用杂品*厨房硅胶铲", "把")]
ITEMS_EN = ["Silicone collapsible storage box 2L", "PP food container set (5 pcs)", "Resin garden gnome figurine",
            "Knitted winter scarf, 180x30 cm", "Gel pen 0.5 mm black, box/12", "Stainless steel S-hook, pack/10",
            "Plush bear toy 25 cm", "Corrugated carton 40x30x30 cm", "USB-C charging cable 1 m",
            "Folding stool, beech", "Alloy hair clip, pair", "Silicone spatula, heat-resistant",
            "LED night light with sensor", "Bamboo cutting board 38x25", "Phone stand, aluminium",
            "Yoga mat 6 mm TPE", "Cable ties 200 mm, bag/100", "Kraft paper gift bag M"]
ITEMS_LOC = {
    "de": ["Faltbox Silikon 2 l", "Frischhaltedosen-Set 5-tlg.", "Gartenzwerg Polyresin", "Strickschal 180x30 cm",
           "Gelschreiber 0,5 mm schwarz", "S-Haken Edelstahl 10er", "Plüschbär 25 cm", "Versandkarton 40x30x30",
           "USB-C Ladekabel 1 m", "Klapphocker Buche"],
    "fr": ["Boîte pliable silicone 2 L", "Lot de 5 boîtes alimentaires", "Figurine de jardin en résine",
           "Écharpe tricotée 180x30", "Stylo gel 0,5 mm noir", "Crochets S inox (x10)", "Ours en peluche 25 cm",
           "Carton d'expédition 40x30x30", "Câble USB-C 1 m", "Tabouret pliant hêtre"],
    "it": ["Contenitore pieghevole silicone 2 l", "Set 5 contenitori alimentari", "Statuina da giardino in resina",
           "Sciarpa in maglia 180x30", "Penna gel 0,5 mm nera", "Ganci a S inox (10 pz)", "Orsetto di peluche 25 cm",
           "Scatola di cartone 40x30x30", "Cavo USB-C 1 m", "Sgabello pieghevole faggio"],
    "es": ["Caja plegable de silicona 2 l", "Set 5 táperes PP", "Figura de jardín de resina", "Bufanda de punto 180x30",
           "Bolígrafo de gel 0,5 mm negro", "Ganchos S acero inox (10 u.)", "Oso de peluche 25 cm",
           "Caja de cartón 40x30x30", "Cable USB-C 1 m", "Taburete plegable de haya"],
    "pl": ["Składany pojemnik silikonowy 2 l", "Zestaw 5 pojemników na żywność", "Figurka ogrodowa z żywicy",
           "Szalik dziany 180x30", "Długopis żelowy 0,5 mm czarny", "Haczyki S ze stali (10 szt.)", "Pluszowy miś 25 cm",
           "Karton wysyłkowy 40x30x30", "Kabel USB-C 1 m", "Taboret składany buk"],
    "nl": ["Opvouwbare siliconen box 2 l", "Set van 5 vershouddozen", "Tuinkabouter polyresin", "Gebreide sjaal 180x30",
           "Gelpen 0,5 mm zwart", "S-haken rvs (10 st.)", "Pluche beer 25 cm", "Verzenddoos 40x30x30",
           "USB-C laadkabel 1 m", "Klapkruk beuken"],
    "ja": ["シリコン折りたたみ収納ボックス 2L", "PP保存容器5点セット", "樹脂製ガーデン置物", "ニットマフラー 180×30",
           "ゲルボールペン 0.5mm 黒", "ステンレスS字フック 10個入", "ぬいぐるみ くま 25cm", "段ボール箱 40×30×30",
           "USB-C充電ケーブル 1m", "折りたたみスツール"],
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}


def fmt_num(v, style, decimals=2):
    """style: 'us' 1,234.56 | 'eu' 1.234,56 | 'fr' 1 234,56 | 'pl' 1 234,56 | 'ch' 1'234.56 | 'plain' 1234.56"""
    v = D(v)
    neg = v < 0
    v = abs(v)
    s = f"{v:,.{decimals}f}"  # 1,234.56
    if style == "us":
        out = s
    elif style == "eu":
        out = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style in ("fr", "pl"):
        out = s.replace(",", "\u00a0" if style == "fr" else " ").replace(".", ",")
    elif style == "plain":
        out = f"{v:.{decimals}f}"
    else:
        out = s
    return ("-" if neg else "") + out


def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "iso": return d.isoformat()
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "zh": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "zh_short": return f"{d.year}年{d.month}月{d.day}日"
    if style.startswith("long_"):
        lang = style[5:]
        m = MONTHS[lang][d.month - 1]
        if lang == "en": return f"{d.day} {m} {d.year}"
        if lang == "es": return f"{d.day} de {m} de {d.year}"
        return f"{d.day}{'.' if lang == 'de' else ''} {m} {d.year}"
    if style == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    raise ValueError(style)


LOCALE = {  # lang -> (number style, date styles to choose from, currency)
    "en_us": ("us", ["mdy_slash", "us_long"], "USD"),
    "en_gb": ("us", ["dmy_slash", "long_en"], "GBP"),
    "en_cn": ("us", ["iso", "us_long", "ymd_slash", "long_en"], "USD"),
    "zh": ("us", ["zh"], "CNY"),
    "de": ("eu", ["dmy_dot", "long_de"], "EUR"),
    "fr": ("fr", ["dmy_slash", "long_fr"], "EUR"),
    "it": ("eu", ["dmy_slash", "long_it"], "EUR"),
    "es": ("eu", ["dmy_slash", "long_es"], "EUR"),
    "pl": ("pl", ["dmy_dot", "iso"], "PLN"),
    "nl": ("eu", ["dmy_dash", "long_nl"], "EUR"),
    "ja": ("us", ["zh_short", "ymd_slash"], "JPY"),
}
CUR_SYM = {"USD": "$", "GBP": "£", "EUR": "€", "CNY": "¥", "JPY": "¥", "PLN": "zł"}
VAT = {"de": D("0.19"), "fr": D("0.20"), "it": D("0.22"), "es": D("0.21"), "pl": D("0.23"), "nl": D("0.21"),
       "en_gb": D("0.20"), "ja": D("0.10")}


def money(v, doc, sym=True):
    cur = doc["currency"]
    dec = 0 if cur == "JPY" else 2
    s = fmt_num(v, doc["numstyle"], dec)
    if not sym: return s
    if cur == "EUR":
        return ("€ " + s) if doc["lang"] == "nl" else (s + " €")
    if cur == "PLN": return s + " zł"
    if cur == "USD" and doc.get("usd_code"): return s + " USD"
    return CUR_SYM[cur] + s


def taxid(rng, country):
    dg = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country == "cn":
        al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        return "91" + rng.choice(["330782", "330700", "440300", "330106", "440106"]) + "".join(rng.choice(al) for _ in range(10))
    return {"de": "DE" + dg(9), "fr": "FR" + dg(2) + dg(9), "it": "IT" + dg(11), "es": "ESB" + dg(8),
            "pl": "PL" + dg(10), "nl": "NL" + dg(9) + "B01", "en_gb": "GB" + dg(9), "en_us": "EIN " + dg(2) + "-" + dg(7),
            "ja": "T" + dg(13)}.get(country, dg(10))


def zh_company(rng, buyer=False):
    if buyer:
        p, c = rng.choice(ZH_BUYER_PLACE), rng.choice(ZH_BUYER_CORE)
        zh = f"{p}{c}电子商务有限公司"
        en = f"{ZH_BUYER_PLACE_EN[p]} {ZH_BUYER_EN[c]} E-commerce Co., Ltd."
    else:
        p, c, t = rng.choice(ZH_PLACE), rng.choice(ZH_CORE), rng.choice(ZH_TRADE)
        zh = f"{p}{c}{t}有限公司"
        en = f"{ZH_PLACE_EN[p]} {ZH_PY[c]} {ZH_TRADE_EN[t]} Co., Ltd."
    addr_zh = f"浙江省{p}{rng.choice(ZH_STREET)}{rng.choice(['工人北路','宗泽路','春晗路','环城西路','城北路'])}{rng.randint(3,999)}号"
    if buyer: addr_zh = f"广东省{p}{rng.choice(['南山区','龙华区','白云区','宝安区'])}{rng.choice(['科苑路','民治大道','石龙路'])}{rng.randint(3,399)}号{rng.randint(2,28)}楼"
    addr_en = f"No.{rng.randint(3,999)} {rng.choice(['Chengbei Rd','Zongze Rd','Gongren North Rd','Chunhan Rd'])}, {en.split()[0]}, Zhejiang, China" if not buyer else \
        f"Floor {rng.randint(2,28)}, No.{rng.randint(3,399)} {rng.choice(['Keyuan Rd','Minzhi Ave','Shilong Rd'])}, {en.split()[0]}, Guangdong, China"
    return {"zh": zh, "en": en, "addr_zh": addr_zh, "addr_en": addr_en, "taxid": taxid(rng, "cn"),
            "tel": f"0579-{rng.randint(81000000, 89999999)}", "bank": rng.choice(["中国工商银行义乌分行", "浙江稠州商业银行", "中国农业银行义乌稠城支行", "招商银行深圳科技园支行"]),
            "acct": "".join(str(rng.randint(0, 9)) for _ in range(19))}


def make_doc(rng, doc_id, lang, doc_type="invoice", n_items=None, tax=True, discount=False, shipping=False,
             arith_error=False, currency=None, date_style=None, items_kind=None):
    """Build the data for one document. lang keys of LOCALE, plus 'zh' (Chinese fapiao-family)."""
    numstyle, dstyles, cur = LOCALE[lang]
    base_lang = lang.split("_")[0]
    doc = {"id": doc_id, "lang": lang, "language": base_lang, "doc_type": doc_type, "numstyle": numstyle,
           "currency": currency or cur, "arith_error": False}
    doc["date_obj"] = datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 330))
    doc["date_style"] = date_style or rng.choice(dstyles)
    doc["date_str"] = fmt_date(doc["date_obj"], doc["date_style"])
    doc["due_obj"] = doc["date_obj"] + datetime.timedelta(days=rng.choice([0, 7, 14, 30]))
    doc["due_str"] = fmt_date(doc["due_obj"], doc["date_style"])
    doc["number"] = {"zh": "".join(str(rng.randint(0, 9)) for _ in range(20)),
                     }.get(lang, ("PI-" if doc_type == "proforma" else rng.choice(["INV-", "RE-", "F", "FV/", "2026-", "CI", ""])) + str(rng.randint(1000, 99999)))
    # parties
    if lang == "zh":
        s, b = zh_company(rng), zh_company(rng, buyer=True)
        doc["supplier"], doc["supplier_addr"], doc["supplier_tax"] = s["zh"], s["addr_zh"], s["taxid"]
        doc["buyer"], doc["buyer_addr"], doc["buyer_tax"] = b["zh"], b["addr_zh"], b["taxid"]
        doc["sup_extra"], doc["buy_extra"] = s, b
    elif lang == "en_cn":
        s, b = zh_company(rng), zh_company(rng, buyer=True)
        doc["supplier"], doc["supplier_addr"], doc["supplier_tax"] = s["en"], s["addr_en"], s["taxid"]
        if rng.random() < 0.5:
            doc["buyer"], doc["buyer_addr"] = rng.choice(EU_BUYERS)
        else:
            doc["buyer"], doc["buyer_addr"] = b["en"], b["addr_en"]
        doc["buyer_tax"] = ""
        doc["sup_extra"] = s
    else:
        key = {"en_us": "en", "en_gb": "en"}.get(lang, base_lang)
        doc["supplier"], doc["supplier_addr"] = rng.choice(EU_SUPPLIERS[key])
        doc["supplier_tax"] = taxid(rng, lang if lang in ("en_gb", "en_us", "ja") else base_lang)
        doc["buyer"], doc["buyer_addr"] = rng.choice(EU_BUYERS)
        doc["buyer_tax"] = taxid(rng, rng.choice(["de", "nl", "en_gb"])) if rng.random() < 0.6 else ""
    # items
    n = n_items or rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    items = []
    pool = list(range(len(ITEMS_ZH))) if lang == "zh" else None
    for i in range(n):
        if lang == "zh":
            nm, unit = ITEMS_ZH[rng.choice(pool)]
            spec = rng.choice(["", "20*15cm", "500ml", "L号", "混色", "JX-" + str(rng.randint(100, 999))])
        elif lang in ITEMS_LOC and rng.random() < 0.8:
            nm, unit, spec = rng.choice(ITEMS_LOC[lang]), "", ""
        else:
            nm, unit, spec = rng.choice(ITEMS_EN), "pcs", ""
        qty = rng.choice([12, 24, 50, 60, 100, 120, 200, 240, 300, 500, 600, 1000, 1200, 2000, 3, 5, 8])
        if doc["currency"] == "JPY":
            price = D(rng.randint(80, 4800))
        elif lang == "zh":
            price = q2(D(rng.randint(30, 6000)) / 100)
        else:
            price = q2(D(rng.randint(25, 3000)) / 100)
        items.append({"name": nm, "unit": unit, "spec": spec, "qty": qty, "price": price})
    doc["items"] = items
    dec0 = doc["currency"] == "JPY"
    qq = q0 if dec0 else q2
    for it in items:
        it["amount"] = qq(it["qty"] * it["price"])
    doc["tax_rate"] = D("0")
    if lang == "zh":
        doc["tax_rate"] = rng.choice([D("0.13"), D("0.13"), D("0.06"), D("0.01")]) if tax else D("0")
    elif tax and lang in VAT:
        doc["tax_rate"] = VAT[lang]
    for it in items:
        it["tax"] = qq(it["amount"] * doc["tax_rate"])
    doc["subtotal"] = sum((it["amount"] for it in items), D(0))
    doc["discount"] = qq(doc["subtotal"] * rng.choice([D("0.03"), D("0.05"), D("0.1")])) if discount else D(0)
    doc["shipping"] = qq(D(rng.randint(800, 25000)) / 100) if shipping else D(0)
    net = doc["subtotal"] - doc["discount"] + doc["shipping"]
    if lang == "zh":
        doc["tax"] = sum((it["tax"] for it in items), D(0))
    else:
        doc["tax"] = qq(net * doc["tax_rate"])
    doc["total"] = net + doc["tax"]
    if arith_error:
        introduce_error(rng, doc)
    return doc


def introduce_error(rng, doc):
    """Deliberate arithmetic slip: the printed numbers no longer add up."""
    kind = rng.choice(["line", "total", "tax"])
    if not doc["tax_rate"] and kind == "tax": kind = "total"
    if kind == "line":
        it = doc["items"][0]
        it["amount"] = it["amount"] + D(rng.choice([10, 100, -10, 90]))  # line total wrong, sums built on it
        doc["subtotal"] = sum((i["amount"] for i in doc["items"]), D(0))
        # subtotal is re-summed but tax/total keep the old (correct-looking) chain -> mismatch
    elif kind == "total":
        t = f"{doc['total']:.2f}"
        # transpose two digits of the integer part
        ip, fp = t.split(".")
        if len(ip) >= 2:
            ip = ip[:-2] + ip[-1] + ip[-2] if ip[-1] != ip[-2] else str(int(ip) + 10)
        else:
            ip = str(int(ip) + 1)
        doc["total"] = D(ip + "." + fp)
    else:
        doc["tax"] = doc["tax"] + D(rng.choice(["1.00", "10.00", "-1.00"]))
        if doc["lang"] == "zh":
            doc["items"][0]["tax"] += doc["tax"] - sum((i["tax"] for i in doc["items"]), D(0))
            doc["items"][0]["tax"] -= D(rng.choice(["0.01", "0.10"]))  # lines no longer sum to tax
    doc["arith_error"] = True
    doc["arith_kind"] = kind


def label(doc, fname, producer, pages, **kw):
    rec = {"file": fname, "genuine": True, "edit_method": None, "what_changed": [], "producer": producer,
           "language": doc["language"], "is_invoice": doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
           "doc_type": doc["doc_type"], "date": doc["date_obj"].isoformat(),
           "total": f"{doc['total']:.2f}", "currency": doc["currency"], "supplier": doc["supplier"],
           "buyer": doc["buyer"], "pages": pages, "edit_before_capture": False,
           "arithmetic_error": bool(doc.get("arith_error"))}
    rec.update(kw)
    return rec


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def save_part(part, records, metas):
    with open(os.path.join(BUILD, f"labels_{part}.jsonl"), "w", encoding="utf-8") as f:
        for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(BUILD, f"meta_{part}.json"), "w", encoding="utf-8") as f:
        json.dump(metas, f, ensure_ascii=False, default=str)


def printed_fields(doc):
    """Strings as printed, used later by the editor to find and replace values."""
    return {"date": doc["date_str"], "total": money(doc["total"], doc, sym=False), "buyer": doc["buyer"],
            "qty0": str(doc["items"][0]["qty"]), "supplier": doc["supplier"]}


def meta(doc, fname, producer, **kw):
    m = {"file": fname, "producer": producer, "printed": printed_fields(doc),
         "doc": {k: v for k, v in doc.items() if k not in ("sup_extra", "buy_extra")}}
    m.update(kw)
    return m


def cn_upper(amount):
    """价税合计(大写): Chinese financial capital numerals."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    amount = q2(amount)
    ip = int(amount)
    fp = int((amount - ip) * 100)
    s = ""
    if ip == 0: s = "零"
    else:
        groups = []
        while ip > 0:
            groups.append(ip % 10000); ip //= 10000
        out = ""
        zero = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero = True; continue
            gs = ""
            for i in range(3, -1, -1):
                dgt = (g // 10 ** i) % 10
                if dgt == 0:
                    if gs or out: zero = True
                else:
                    if zero and (gs or out): gs += "零"
                    zero = False
                    gs += digits[dgt] + units[i]
            out += gs + big[gi]
        s = out
    s = "⊗" + s + "圆"
    j, f = fp // 10, fp % 10
    if j == 0 and f == 0: s += "整"
    else:
        if j: s += digits[j] + "角"
        elif f: s += "零"
        if f: s += digits[f] + "分"
        else: s += "整"
    return s
