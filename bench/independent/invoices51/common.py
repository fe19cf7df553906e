"""Shared data model, formatting and company invention for the invoice corpus."""
import os, json, random, uuid, datetime, string
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "work")
PARTS = os.path.join(WORK, "labels")
META = os.path.join(WORK, "meta")
for d in (FILES, WORK, PARTS, META):
    os.makedirs(d, exist_ok=True)

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

D2 = Decimal("0.01")


def q(x, places=2):
    return Decimal(x).quantize(Decimal(1) if places == 0 else Decimal("0." + "0" * (places - 1) + "1"), ROUND_HALF_UP)


# ---------------------------------------------------------------- number formatting
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def num(amount, style, dec=2):
    """style: 'us' 1,234.56 | 'eu' 1.234,56 | 'sp' 1 234,56 | 'ch' 1'234.56"""
    a = q(amount, dec)
    neg = a < 0
    a = abs(a)
    ip = int(a)
    fp = str(a).split(".")[1] if dec else ""
    if style == "us":
        s = group(ip, ",") + ("." + fp if dec else "")
    elif style == "eu":
        s = group(ip, ".") + ("," + fp if dec else "")
    elif style == "sp":
        s = group(ip, " ") + ("," + fp if dec else "")
    else:
        s = group(ip, "'") + ("." + fp if dec else "")
    return ("-" if neg else "") + s


CUR = {  # currency -> (decimals)
    "MXN": 2, "USD": 2, "EUR": 2, "CNY": 2, "JPY": 0, "PLN": 2, "COP": 0, "CLP": 0,
}


def money(amount, loc, cur):
    dec = CUR[cur]
    if loc in ("mx",):
        return "$" + num(amount, "us", dec)
    if loc == "us":
        return "$" + num(amount, "us", dec) if cur == "USD" else num(amount, "us", dec) + " " + cur
    if loc == "usd_code":
        return cur + " " + num(amount, "us", dec)
    if loc in ("de", "it", "es"):
        return num(amount, "eu", dec) + " €"
    if loc == "nl":
        return "€ " + num(amount, "eu", dec)
    if loc == "fr":
        return num(amount, "sp", dec) + " €"
    if loc == "pl":
        return num(amount, "sp", dec) + " zł"
    if loc == "cn":
        return "¥" + num(amount, "us", dec)
    if loc == "jp":
        return "¥" + num(amount, "us", 0)
    if loc in ("co", "cl"):
        return "$ " + num(amount, "eu", dec) if loc == "co" else "$" + num(amount, "eu", dec)
    return num(amount, "us", dec)


def plain(amount, loc, cur):
    """number only, no currency sign, in the locale's style"""
    dec = CUR[cur]
    st = {"mx": "us", "us": "us", "usd_code": "us", "cn": "us", "jp": "us", "de": "eu", "it": "eu",
          "es": "eu", "nl": "eu", "co": "eu", "cl": "eu", "fr": "sp", "pl": "sp"}[loc]
    return num(amount, st, dec)


# ---------------------------------------------------------------- dates
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MAAND = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MESE = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]


def fdate(d, fmt):
    if fmt == "dmy_dot": return d.strftime("%d.%m.%Y")
    if fmt == "dmy_slash": return d.strftime("%d/%m/%Y")
    if fmt == "mdy_slash": return d.strftime("%m/%d/%Y")
    if fmt == "iso": return d.strftime("%Y-%m-%d")
    if fmt == "ymd_slash": return d.strftime("%Y/%m/%d")
    if fmt == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if fmt == "fr": return f"{d.day} {MOIS[d.month-1]} {d.year}"
    if fmt == "es_long": return f"{d.day} de {MES[d.month-1]} de {d.year}"
    if fmt == "en_long": return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if fmt == "nl_long": return f"{d.day} {MAAND[d.month-1]} {d.year}"
    if fmt == "it_long": return f"{d.day} {MESE[d.month-1]} {d.year}"
    if fmt == "cfdi": return d.strftime("%Y-%m-%d") + "T%02d:%02d:%02d" % (random.randint(8, 19), random.randint(0, 59), random.randint(0, 59))
    if fmt == "dmy_dash": return d.strftime("%d-%m-%Y")
    if fmt == "en_short": return d.strftime("%d-%b-%Y")
    raise ValueError(fmt)


def rand_date(rng):
    return datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 460))


# ---------------------------------------------------------------- Spanish amount in words
_U = ["", "UN", "DOS", "TRES", "CUATRO", "CINCO", "SEIS", "SIETE", "OCHO", "NUEVE", "DIEZ", "ONCE", "DOCE", "TRECE",
      "CATORCE", "QUINCE", "DIECISEIS", "DIECISIETE", "DIECIOCHO", "DIECINUEVE", "VEINTE", "VEINTIUN", "VEINTIDOS",
      "VEINTITRES", "VEINTICUATRO", "VEINTICINCO", "VEINTISEIS", "VEINTISIETE", "VEINTIOCHO", "VEINTINUEVE"]
_D = ["", "", "", "TREINTA", "CUARENTA", "CINCUENTA", "SESENTA", "SETENTA", "OCHENTA", "NOVENTA"]
_C = ["", "CIENTO", "DOSCIENTOS", "TRESCIENTOS", "CUATROCIENTOS", "QUINIENTOS", "SEISCIENTOS", "SETECIENTOS",
      "OCHOCIENTOS", "NOVECIENTOS"]


def _lt1000(n):
    if n == 0: return ""
    if n == 100: return "CIEN"
    c, r = divmod(n, 100)
    parts = [_C[c]] if c else []
    if r < 30:
        if r: parts.append(_U[r])
    else:
        d, u = divmod(r, 10)
        parts.append(_D[d] + (" Y " + _U[u] if u else ""))
    return " ".join(parts)


def words_es(n):
    n = int(n)
    if n == 0: return "CERO"
    out = []
    mill, rest = divmod(n, 1000000)
    if mill:
        out.append("UN MILLON" if mill == 1 else _lt1000(mill) + " MILLONES")
    th, u = divmod(rest, 1000)
    if th:
        out.append("MIL" if th == 1 else _lt1000(th) + " MIL")
    if u:
        out.append(_lt1000(u))
    return " ".join(out)


def importe_letra(total, cur="MXN"):
    t = q(total)
    ent = int(t)
    cents = int((t - ent) * 100)
    mon = {"MXN": "PESOS", "USD": "DOLARES", "COP": "PESOS", "CLP": "PESOS"}[cur]
    suf = {"MXN": "M.N.", "USD": "USD", "COP": "COP", "CLP": "CLP"}[cur]
    return f"({words_es(ent)} {mon} {cents:02d}/100 {suf})"


# ---------------------------------------------------------------- inventing companies
def rfc(rng, moral=True):
    L = string.ascii_uppercase
    pre = "".join(rng.choice(L) for _ in range(3 if moral else 4))
    d = datetime.date(1985, 1, 1) + datetime.timedelta(days=rng.randint(0, 13000))
    h = "".join(rng.choice(L + string.digits) for _ in range(3))
    return pre + d.strftime("%y%m%d") + h


MX_A = ["Comercializadora", "Distribuidora", "Abarrotes", "Importadora", "Grupo", "Papelería", "Ferretera", "Textiles",
        "Artesanías", "Suministros"]
MX_B = ["del Bajío", "Tlalpan", "Azteca Norte", "Cholula", "La Merced", "Valle de Anáhuac", "Nezahual", "Pacífico Sur",
        "Huasteca", "Coyoacán Plus", "Tepeyac", "Jalisciense", "Sierra Madre", "Xochimilco"]
MX_SUF = ["S.A. de C.V.", "S. de R.L. de C.V.", "S.A.P.I. de C.V.", "S.C."]
MX_PERS = ["Martha Leticia Ríos Cabrera", "José Alfredo Mendoza Trejo", "Guadalupe Anaya Solís", "Rubén Ortega Villalobos",
           "María Fernanda Quintero Luna", "Héctor Salgado Pineda", "Adriana Beltrán Ochoa", "Luis Enrique Zamora Cruz"]
MX_STREETS = ["Av. Insurgentes Sur 1432", "Calle Río Lerma 88", "Blvd. Manuel Ávila Camacho 215", "Calz. de Tlalpan 3120",
              "Av. Revolución 611 Int. 4", "Calle 5 de Mayo 27", "Av. Vallarta 2240", "Calle Hidalgo 140 Col. Centro"]
MX_CITIES = [("Ciudad de México, CDMX", "03100"), ("Guadalajara, Jal.", "44160"), ("Monterrey, N.L.", "64000"),
             ("Puebla, Pue.", "72000"), ("León, Gto.", "37000"), ("Querétaro, Qro.", "76000"), ("Tijuana, B.C.", "22000")]

US_A = ["Brightwater", "Cedar Ridge", "Pinecrest", "Redfield", "Lakeshore", "Ironbridge", "Sunbelt", "Copper Canyon",
        "Bluestem", "Harborview"]
US_B = ["Supply Co.", "Wholesale LLC", "Packaging Inc.", "Trading Corp.", "Distributors LLC", "Goods Inc.", "Outfitters LLC"]
US_ADDR = ["2210 Commerce Dr, Laredo, TX 78041", "845 W Industrial Pkwy, El Paso, TX 79912",
           "17 Warehouse Row, Chula Vista, CA 91911", "3300 Logistics Blvd, Nogales, AZ 85621",
           "120 Harbor St Ste 4, Long Beach, CA 90802", "58 Mill Road, Edison, NJ 08817"]

CN_A = ["义乌市", "深圳市", "宁波市", "东莞市", "广州市", "温州市"]
CN_B = ["华辰", "鑫泰", "盛源", "恒美", "嘉禾", "锦程", "宏达", "瑞丰"]
CN_C = ["日用品有限公司", "电子科技有限公司", "工艺品有限公司", "塑胶制品有限公司", "贸易有限公司", "包装材料有限公司"]
CN_EN = {"义乌市": "Yiwu", "深圳市": "Shenzhen", "宁波市": "Ningbo", "东莞市": "Dongguan", "广州市": "Guangzhou", "温州市": "Wenzhou"}
CN_PY = {"华辰": "Huachen", "鑫泰": "Xintai", "盛源": "Shengyuan", "恒美": "Hengmei", "嘉禾": "Jiahe", "锦程": "Jincheng",
         "宏达": "Hongda", "瑞丰": "Ruifeng"}
CN_CEN = {"日用品有限公司": "Daily Necessities Co., Ltd.", "电子科技有限公司": "Electronic Technology Co., Ltd.",
          "工艺品有限公司": "Crafts Co., Ltd.", "塑胶制品有限公司": "Plastic Products Co., Ltd.",
          "贸易有限公司": "Trading Co., Ltd.", "包装材料有限公司": "Packaging Materials Co., Ltd."}


def company(rng, country):
    """returns dict(name, addr, taxid, extra)"""
    if country == "MX":
        if rng.random() < 0.2:
            n = rng.choice(MX_PERS); r = rfc(rng, False)
        else:
            n = f"{rng.choice(MX_A)} {rng.choice(MX_B)} {rng.choice(MX_SUF)}"; r = rfc(rng, True)
        city, cp = rng.choice(MX_CITIES)
        return dict(name=n, addr=f"{rng.choice(MX_STREETS)}, {city}, C.P. {cp[:3]}{rng.randint(10,99)}", taxid=r, cp=cp)
    if country == "US":
        return dict(name=f"{rng.choice(US_A)} {rng.choice(US_B)}", addr=rng.choice(US_ADDR),
                    taxid="EIN %02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999)))
    if country == "CN":
        a, b, c = rng.choice(CN_A), rng.choice(CN_B), rng.choice(CN_C)
        uscc = "91" + "".join(rng.choice(string.digits) for _ in range(6)) + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(10))
        return dict(name=a + b + c, name_en=f"{CN_EN[a]} {CN_PY[b]} {CN_CEN[c]}",
                    addr=f"{a}{rng.choice(['经济开发区', '高新区', '工业园'])}{rng.choice(['兴业路', '振华路', '创新大道'])}{rng.randint(1, 300)}号",
                    addr_en=f"No.{rng.randint(1, 300)} Xingye Road, {CN_EN[a]}, China", taxid=uscc)
    if country == "DE":
        n = rng.choice(["Hansewerk", "Rheintal", "Nordlicht", "Alpenblick", "Elbufer"]) + " " + rng.choice(["Handels GmbH", "Vertriebs GmbH & Co. KG", "Großhandel e.K.", "Versand GmbH"])
        return dict(name=n, addr=f"{rng.choice(['Industriestraße', 'Hafenweg', 'Lindenallee', 'Gewerbepark'])} {rng.randint(1, 99)}, {rng.randint(10000, 99999)} {rng.choice(['Bremen', 'Kassel', 'Augsburg', 'Leipzig'])}",
                    taxid="DE%09d" % rng.randint(100000000, 999999999))
    if country == "FR":
        n = rng.choice(["Atelier", "Comptoir", "Maison", "Société"]) + " " + rng.choice(["Beaulieu", "des Tilleuls", "Garonne", "Vercors", "Lumière"]) + " " + rng.choice(["SARL", "SAS", "EURL"])
        return dict(name=n, addr=f"{rng.randint(1, 120)} rue {rng.choice(['des Lilas', 'Pasteur', 'du Commerce', 'Victor Hugo'])}, {rng.randint(10000, 95999)} {rng.choice(['Lyon', 'Nantes', 'Rennes', 'Toulouse'])}",
                    taxid="FR%02d%09d" % (rng.randint(10, 99), rng.randint(100000000, 999999999)))
    if country == "IT":
        n = rng.choice(["Ferramenta", "Tessitura", "Ceramiche", "Forniture"]) + " " + rng.choice(["Adriatica", "Lombarda", "del Po", "Val Brembana"]) + " " + rng.choice(["S.r.l.", "S.p.A.", "S.n.c."])
        return dict(name=n, addr=f"Via {rng.choice(['Roma', 'Garibaldi', 'dei Mille', 'Mazzini'])} {rng.randint(1, 150)}, {rng.randint(10000, 98000)} {rng.choice(['Bergamo', 'Modena', 'Prato', 'Bari'])}",
                    taxid="IT%011d" % rng.randint(10**10, 10**11 - 1))
    if country == "ES":
        n = rng.choice(["Suministros", "Comercial", "Distribuciones", "Envases"]) + " " + rng.choice(["Levante", "Ebro", "Guadalquivir", "Cantábrico"]) + " " + rng.choice(["S.L.", "S.A."])
        return dict(name=n, addr=f"C/ {rng.choice(['Mayor', 'de Alcalá', 'del Puerto', 'Colón'])} {rng.randint(1, 200)}, {rng.randint(10000, 52000)} {rng.choice(['Valencia', 'Zaragoza', 'Sevilla', 'Bilbao'])}",
                    taxid="B%08d" % rng.randint(10**7, 10**8 - 1))
    if country == "PL":
        n = rng.choice(["Hurtownia", "Przedsiębiorstwo", "Zakład"]) + " " + rng.choice(["Wisła", "Mazowsze", "Bałtyk", "Tatry"]) + " " + rng.choice(["Sp. z o.o.", "S.A.", "s.c."])
        return dict(name=n, addr=f"ul. {rng.choice(['Łąkowa', 'Przemysłowa', 'Żeromskiego', 'Kościuszki'])} {rng.randint(1, 99)}, {rng.randint(10, 99)}-{rng.randint(100, 999)} {rng.choice(['Łódź', 'Poznań', 'Kraków', 'Gdańsk'])}",
                    taxid="NIP %03d-%03d-%02d-%02d" % (rng.randint(100, 999), rng.randint(100, 999), rng.randint(10, 99), rng.randint(10, 99)))
    if country == "NL":
        n = rng.choice(["Groothandel", "Handelmaatschappij", "Verpakkingen"]) + " " + rng.choice(["De Vaart", "Zuiderkwartier", "Polderhof", "Maasoever"]) + " B.V."
        return dict(name=n, addr=f"{rng.choice(['Havenstraat', 'Kanaalweg', 'Industrieweg'])} {rng.randint(1, 200)}, {rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'XR'])} {rng.choice(['Utrecht', 'Tilburg', 'Zwolle', 'Breda'])}",
                    taxid="NL%09dB01" % rng.randint(10**8, 10**9 - 1))
    if country == "JP":
        n = rng.choice(["株式会社", ""]) + rng.choice(["大和", "北斗", "青葉", "富士見", "桜川"]) + rng.choice(["商事", "物産", "工業", "トレーディング"]) + ("" if rng.random() < 0.5 else "株式会社")
        return dict(name=n, addr=f"〒{rng.randint(100, 999)}-{rng.randint(1000, 9999)} {rng.choice(['東京都台東区', '大阪府大阪市中央区', '愛知県名古屋市中区'])}{rng.randint(1, 5)}丁目{rng.randint(1, 30)}-{rng.randint(1, 20)}",
                    taxid="T%013d" % rng.randint(10**12, 10**13 - 1))
    if country == "CO":
        n = rng.choice(["Distribuciones", "Inversiones", "Comercializadora"]) + " " + rng.choice(["Andina", "del Caribe", "Cafetera", "Antioqueña"]) + " S.A.S."
        return dict(name=n, addr=f"Calle {rng.randint(10, 120)} # {rng.randint(5, 80)}-{rng.randint(10, 99)}, {rng.choice(['Bogotá D.C.', 'Medellín', 'Cali'])}",
                    taxid="NIT %d.%03d.%03d-%d" % (rng.randint(800, 901), rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 9)))
    if country == "CL":
        n = rng.choice(["Comercial", "Importadora", "Sociedad"]) + " " + rng.choice(["Los Andes", "Austral", "Valparaíso", "Atacama"]) + " " + rng.choice(["SpA", "Ltda.", "S.A."])
        return dict(name=n, addr=f"Av. {rng.choice(['Providencia', 'Apoquindo', 'Matta', 'Brasil'])} {rng.randint(100, 4000)}, {rng.choice(['Santiago', 'Valparaíso', 'Concepción'])}",
                    taxid="RUT %d.%03d.%03d-%s" % (rng.randint(76, 78), rng.randint(0, 999), rng.randint(0, 999), rng.choice("0123456789K")))
    raise ValueError(country)


ITEMS = {
    "es": ["Termo acero inoxidable 750 ml", "Funda silicona para celular", "Bolsa ecológica de yute", "Set de cucharas de madera",
           "Cargador USB-C 20W", "Cojín bordado artesanal", "Taza de barro policromado", "Cinta de embalaje 48 mm",
           "Caja de cartón corrugado 30x20x15", "Juguete de madera tipo balero", "Rebozo de algodón", "Vela aromática de soya",
           "Audífonos inalámbricos", "Organizador de escritorio", "Botella de vidrio 1 L"],
    "en": ["Stainless tumbler 20 oz", "Poly mailer bags 10x13 (100 pk)", "Bubble wrap roll 12in x 175ft", "USB-C cable 6 ft",
           "Kraft shipping box 12x9x4", "LED desk lamp", "Silicone baking mat", "Thermal labels 4x6 (500)", "Bamboo cutting board",
           "Yoga mat 6 mm", "Phone stand aluminum", "Glass storage jar 32 oz"],
    "zh": ["不锈钢保温杯", "硅胶手机壳", "无线蓝牙耳机", "塑料收纳盒", "陶瓷马克杯", "LED台灯", "数据线 1米", "包装纸箱"],
    "zh_en": ["Stainless steel vacuum cup", "Silicone phone case", "Wireless earbuds TWS", "PP storage box", "Ceramic mug 350ml",
              "LED table lamp", "USB data cable 1m", "Corrugated carton"],
    "de": ["Edelstahl-Trinkflasche", "Versandkarton 30x20x10", "Luftpolsterfolie 50 m", "Holzspielzeug Set", "Baumwolltasche",
           "Schreibtischlampe LED", "Keramiktasse"],
    "fr": ["Gourde inox 500 ml", "Carton d'expédition", "Sac en coton bio", "Lampe de bureau LED", "Bougie parfumée", "Mug en céramique"],
    "it": ["Borraccia in acciaio", "Scatola da spedizione", "Tazza in ceramica", "Tovaglia in lino", "Lampada da tavolo"],
    "ja": ["ステンレスボトル", "梱包用段ボール箱", "シリコンケース", "木製おもちゃ", "LEDデスクライト", "マグカップ"],
    "pl": ["Butelka stalowa 750 ml", "Karton wysyłkowy", "Torba bawełniana", "Lampka biurkowa LED", "Kubek ceramiczny"],
    "nl": ["RVS drinkfles", "Verzenddoos 30x20", "Katoenen tas", "LED bureaulamp", "Keramische mok"],
    "es_es": ["Botella de acero 500 ml", "Caja de envío", "Bolsa de algodón", "Lámpara LED de escritorio", "Taza de cerámica"],
}


def make_items(rng, lang_key, n, price_range=(20, 900), qty_range=(1, 60), dec=2):
    pool = ITEMS[lang_key]
    idx = rng.sample(range(len(pool)), min(n, len(pool)))
    out = []
    for i in idx:
        qty = rng.randint(*qty_range)
        price = q(Decimal(rng.uniform(*price_range)), dec) if dec else Decimal(rng.randint(*price_range))
        out.append(dict(desc=pool[i], qty=qty, price=price, amount=q(price * qty, dec)))
    return out


def compute(doc, dec=2, error=None, rng=None):
    """fill subtotal/discount/shipping/tax/total; error injects an arithmetic mistake"""
    sub = sum(it["amount"] for it in doc["items"])
    doc["subtotal"] = sub
    disc = doc.get("discount_rate") or 0
    doc["discount"] = q(sub * Decimal(str(disc)), dec) if disc else Decimal(0)
    ship = doc.get("shipping") or Decimal(0)
    base = sub - doc["discount"] + ship
    rate = doc.get("tax_rate")
    doc["tax"] = q(base * Decimal(str(rate)), dec) if rate else Decimal(0)
    doc["total"] = base + doc["tax"]
    doc["arithmetic_error"] = False
    if error:
        doc["arithmetic_error"] = True
        if error == "line":
            it = doc["items"][0]
            it["amount"] = it["amount"] + Decimal(rng.choice([10, 100, 50, 9])) ; doc["error_desc"] = "first line amount != qty*price"
        elif error == "sum":
            doc["subtotal"] = sub + Decimal(rng.choice([100, 10, 1000])); doc["error_desc"] = "subtotal != sum of lines"
            doc["total"] = doc["subtotal"] - doc["discount"] + ship + doc["tax"]
        elif error == "tax":
            doc["tax"] = doc["tax"] + Decimal(rng.choice(["12.40", "3.00", "100.00"])) if dec else doc["tax"] + 300
            doc["total"] = base + doc["tax"]; doc["error_desc"] = "tax amount != rate*base"
        elif error == "total":
            doc["total"] = doc["total"] + Decimal(rng.choice(["10.00", "90.00", "1.00"])) if dec else doc["total"] + 1000
            doc["error_desc"] = "grand total != subtotal+tax"
    return doc


def total_str(t, cur):
    return str(q(t, 2))


def write_label(rec, meta=None):
    """one JSON per file in work/labels, merged by make.py"""
    base = dict(file=None, genuine=True, edit_method=None, what_changed=[], producer=None, language=None,
                is_invoice=True, doc_type="invoice", date=None, total=None, currency=None, supplier=None,
                buyer=None, pages=1, edit_before_capture=False, arithmetic_error=False)
    base.update(rec)
    with open(os.path.join(PARTS, base["file"] + ".json"), "w") as f:
        json.dump(base, f, ensure_ascii=False)
    if meta is not None:
        with open(os.path.join(META, base["file"] + ".json"), "w") as f:
            json.dump(meta, f, ensure_ascii=False, default=str)
    return base


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def fake_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4)).upper()


def b64junk(rng, n):
    a = string.ascii_letters + string.digits + "+/"
    return "".join(rng.choice(a) for _ in range(n))
