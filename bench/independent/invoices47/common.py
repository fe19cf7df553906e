"""Shared data model: invented companies, line items, locale formatting, label records."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
PARTS = os.path.join(BASE, "_parts")
WORK = os.path.join(BASE, "_work")
for d in (FILES, PARTS, WORK):
    os.makedirs(d, exist_ok=True)

FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- number / date formats
def fmt_num(v, style):
    v = q2(v)
    neg = v < 0
    s = f"{abs(v):,.2f}"  # 1,234.56
    if style == "us":
        r = s
    elif style == "eu":      # 1.234,56
        r = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "sp":      # 1 234,56
        r = s.replace(",", " ").replace(".", ",")
    elif style == "ch":      # 1'234.56
        r = s.replace(",", "'")
    elif style == "int":     # yen, no decimals
        r = f"{int(abs(v)):,}"
    else:
        r = s
    return ("-" if neg else "") + r

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
}

def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "mdy": return d.strftime("%m/%d/%Y")
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "en_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == "en_dmy": return f"{d.day:02d}-{MONTHS['en'][d.month-1][:3]}-{d.year}"
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month-1]
        if lg in ("es", "pt"): return f"{d.day} de {m} de {d.year}"
        if lg == "de": return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    return d.isoformat()

# ---------------------------------------------------------------- invented parties
def cnpj(rng):
    n = [rng.randint(0, 9) for _ in range(8)] + [0, 0, 0, 1]
    def dv(ns, w):
        s = sum(a * b for a, b in zip(ns, w)) % 11
        return 0 if s < 2 else 11 - s
    n.append(dv(n, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    n.append(dv(n, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    s = "".join(map(str, n))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

def nif_pt(rng):
    n = [rng.choice([5, 5, 2])] + [rng.randint(0, 9) for _ in range(7)]
    s = sum(a * (9 - i) for i, a in enumerate(n)) % 11
    n.append(0 if s < 2 else 11 - s)
    return "".join(map(str, n))

def taxid(rng, country):
    r = rng
    if country == "BR": return "CNPJ " + cnpj(r)
    if country == "PT": return "NIF " + nif_pt(r)
    if country == "ES": return "CIF " + r.choice("ABN") + f"{r.randint(10000000, 99999999)}"
    if country == "MX": return "RFC " + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + f"{r.randint(700101, 991231)}" + "".join(r.choice("ABCDEFGHJK0123456789") for _ in range(3))
    if country == "CN": return "USCI 91" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
    if country == "IN": return f"GSTIN {r.randint(10, 36)}" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + f"{r.randint(1000, 9999)}" + r.choice("ABCDEFGHJ") + "1Z" + r.choice("0123456789")
    if country == "DE": return f"USt-IdNr. DE{r.randint(100000000, 999999999)}"
    if country == "FR": return f"TVA FR{r.randint(10, 99)}{r.randint(100000000, 999999999)}"
    if country == "IT": return f"P.IVA IT{r.randint(10000000000, 99999999999)}"
    if country == "NL": return f"btw NL{r.randint(100000000, 999999999)}B0{r.randint(1, 9)}"
    if country == "PL": return f"NIP {r.randint(100, 999)}-{r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}"
    if country == "JP": return f"登録番号 T{r.randint(1000000000000, 9999999999999)}"
    if country == "US": return f"EIN {r.randint(10, 99)}-{r.randint(1000000, 9999999)}"
    return ""

NAMES = {
    "BR": (["Araucária", "Ipê Roxo", "Serra Clara", "Vale do Jacuí", "Baía Azul", "Rio Preto", "Lagoa Funda", "Cambuí", "Jatobá", "Sabiá"],
           ["Comércio de Utilidades Ltda", "Distribuidora EIRELI", "Importação e Exportação Ltda", "Atacadista S.A.", "Eletro Ltda ME", "Têxtil Ltda"],
           ["Rua Cel. Arruda, 1184 - Mooca, São Paulo - SP, 03102-000", "Av. Duque de Caxias, 455 - Centro, Curitiba - PR, 80020-110",
            "Rod. BR-116, km 22, Galpão 7 - Guarulhos - SP, 07140-000", "Rua das Palmeiras, 87 - Savassi, Belo Horizonte - MG, 30140-071",
            "Av. Ipiranga, 3301 sala 4 - Porto Alegre - RS, 90610-000"]),
    "PT": (["Costa Verde", "Alfama", "Ribeira Nova", "Quinta do Vale", "Serra da Estrela", "Tejo Azul", "Mondego", "Bairrada"],
           ["Comércio, Lda.", "Unipessoal, Lda.", "Distribuição, S.A.", "& Filhos, Lda.", "Trading, Lda."],
           ["Rua Augusta, 212 2.º Esq., 1100-053 Lisboa", "Av. da Boavista, 1520, 4100-114 Porto", "Zona Industrial de Taveiro, Lote 14, 3045-508 Coimbra",
            "Rua Direita, 45, 3810-163 Aveiro", "Parque Empresarial do Seixal, Armazém 9, 2840-068 Seixal"]),
    "ES": (["Almendro", "Ribera Sur", "Montes de Tajo", "Cierzo", "Brisa Levante", "Olivar del Sur", "Peñalara"],
           ["S.L.", "Distribuciones S.L.", "Suministros S.A.", "Comercial S.L.U."],
           ["C/ de la Princesa 58, 28008 Madrid", "Polígono Ind. El Pla, nave 12, 46200 Paiporta (Valencia)", "Av. Diagonal 402, 08037 Barcelona",
            "C/ Sierpes 21, 41004 Sevilla"]),
    "MX": (["Nopal Dorado", "Maguey Azul", "Tlaxcala Textil", "Sierra Madre", "Jacaranda"],
           ["S.A. de C.V.", "S. de R.L. de C.V."],
           ["Av. Insurgentes Sur 1677, Col. Guadalupe Inn, 01020 CDMX", "Calle Hidalgo 310, Centro, 44100 Guadalajara, Jal.", "Blvd. Díaz Ordaz 140, 64650 Monterrey, N.L."]),
    "CN": (["Ningbo Haiyue", "Shenzhen Lanxin", "Yiwu Jinfeng", "Dongguan Ruitai", "Xiamen Qinghe", "Hangzhou Baiyun", "Foshan Mingda"],
           ["Trading Co., Ltd.", "Electronics Co., Ltd.", "Import & Export Co., Ltd.", "Industrial Co., Ltd."],
           ["No. 88 Xinhua Rd, Jiangbei District, Ningbo, Zhejiang 315020, China", "Room 1203, Block B, Keji Park, Nanshan, Shenzhen 518057, China",
            "Building 6, Futian Market Zone 3, Yiwu, Zhejiang 322000, China", "No. 17 Changan Industrial Ave, Dongguan, Guangdong 523850, China"]),
    "CNZ": (["宁波海悦", "深圳蓝鑫", "义乌金丰", "东莞瑞泰", "厦门青禾", "杭州白云"],
            ["贸易有限公司", "电子科技有限公司", "进出口有限公司", "实业有限公司"],
            ["浙江省宁波市江北区新华路88号", "广东省深圳市南山区科技园B座1203室", "浙江省义乌市福田市场三区6幢", "广东省东莞市长安镇工业大道17号"]),
    "IN": (["Kaveri", "Sahyadri", "Indus Loom", "Ganga Brass", "Malabar Spice", "Deccan"],
           ["Exports Pvt. Ltd.", "Handicrafts LLP", "Textiles Pvt. Ltd.", "Overseas"],
           ["Plot 42, MIDC Bhosari, Pune 411026, Maharashtra, India", "14/3 Mathura Road, Faridabad 121003, Haryana, India",
            "No. 9, SIDCO Industrial Estate, Tiruppur 641604, Tamil Nadu, India", "B-27 Sector 63, Noida 201301, Uttar Pradesh, India"]),
    "DE": (["Nordwerk", "Rheintal", "Lindenhof", "Elbstrom", "Alpenblick", "Heidekraut"],
           ["GmbH", "Handels GmbH", "GmbH & Co. KG", "Vertrieb GmbH"],
           ["Industriestraße 14, 33609 Bielefeld", "Hafenweg 3a, 20457 Hamburg", "Kastanienallee 71, 10435 Berlin", "Gewerbepark Süd 8, 86159 Augsburg"]),
    "FR": (["Ateliers du Rhône", "Maison Bréval", "Lavande & Cie", "Comptoir Armor", "Distrib'Loire"],
           ["SARL", "SAS", "EURL"],
           ["12 rue des Tanneurs, 69005 Lyon", "ZA du Moulin, 4 allée des Cèdres, 44300 Nantes", "87 boulevard Voltaire, 75011 Paris"]),
    "IT": (["Ceramiche Fioravanti", "Tessitura Valbrembo", "Oleificio Sangiorgi", "Brianza Arredi", "Officine Lariane"],
           ["S.r.l.", "S.p.A.", "S.n.c."],
           ["Via Emilia Est 221, 41121 Modena", "Viale Monza 140, 20127 Milano", "Corso Vittorio Emanuele 33, 80121 Napoli"]),
    "NL": (["Polderweg", "Zeebries", "Tulpenhof", "Dijkstra & Zn", "Veluwezoom"],
           ["B.V.", "Handel B.V.", "Logistiek B.V."],
           ["Havenstraat 19, 3011 TM Rotterdam", "Industrieweg 44, 5683 CG Best", "Keizersgracht 310, 1016 EZ Amsterdam"]),
    "PL": (["Bursztyn", "Wisła-Pol", "Mazowsze Trade", "Tatry Druk", "Odra Logistyka"],
           ["Sp. z o.o.", "S.A.", "Sp. j."],
           ["ul. Marszałkowska 84/92, 00-514 Warszawa", "ul. Grunwaldzka 211, 80-266 Gdańsk", "ul. Przemysłowa 7, 61-579 Poznań"]),
    "JP": (["株式会社さくら精工", "山河物産株式会社", "有限会社みなと工房", "北斗商事株式会社", "株式会社あおば電機"], [""],
           ["東京都大田区平和島3-12-5", "大阪府東大阪市高井田元町2-8-1", "愛知県名古屋市中村区名駅南1-17-9"]),
    "US": (["Bayline", "Crescent Harbor", "Redwood Gate", "Lone Pine", "Atlas Ridge", "Meridian Bay"],
           ["Freight Forwarding LLC", "Logistics Inc.", "Cargo Services Corp.", "Supply Co."],
           ["2250 NW 84th Ave, Doral, FL 33122, USA", "1801 E Dominguez St, Long Beach, CA 90810, USA", "455 Meadowlands Pkwy, Secaucus, NJ 07094, USA"]),
}

def company(rng, country):
    a, b, c = NAMES[country]
    if country == "JP":
        name = rng.choice(a)
    elif country == "CNZ":
        name = rng.choice(a) + rng.choice(b)
    else:
        name = f"{rng.choice(a)} {rng.choice(b)}"
    tc = "CN" if country == "CNZ" else country
    tid = taxid(rng, tc)
    if country == "CNZ":
        tid = "纳税人识别号 91" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16))
    return {"name": name, "addr": rng.choice(c), "taxid": tid, "country": tc}

ITEMS = {
    "pt": ["Garrafa térmica inox 500ml", "Capa de silicone p/ celular", "Fone de ouvido Bluetooth", "Organizador de gaveta (kit 6)",
           "Luminária LED de mesa", "Toalha de banho algodão 70x140", "Caneca cerâmica 350ml", "Carregador USB-C 20W", "Mochila notebook 15,6\"",
           "Jogo de facas 5 peças", "Cabo HDMI 2m", "Fita LED 5m RGB"],
    "es": ["Botella térmica acero 500 ml", "Funda silicona móvil", "Auriculares inalámbricos", "Organizador de cajón (6 uds.)", "Lámpara LED escritorio",
           "Toalla algodón 70x140", "Taza cerámica 350 ml", "Cargador USB-C 20 W", "Mochila portátil 15,6\"", "Juego cuchillos 5 pzs"],
    "en": ["Stainless vacuum bottle 500ml", "Silicone phone case", "Wireless earbuds TWS-40", "Drawer organizer set (6 pcs)", "LED desk lamp, dimmable",
           "Cotton bath towel 70x140", "Ceramic mug 350ml", "USB-C charger 20W PD", "Laptop backpack 15.6in", "Kitchen knife set 5 pcs",
           "HDMI cable 2m", "RGB LED strip 5m", "Brass incense holder", "Hand-block printed cushion cover"],
    "de": ["Edelstahl-Thermosflasche 500 ml", "Silikon-Handyhülle", "Kabellose Ohrhörer", "Schubladen-Organizer (6er-Set)", "LED-Schreibtischlampe",
           "Baumwoll-Badetuch 70x140", "Keramiktasse 350 ml", "USB-C-Ladegerät 20 W"],
    "fr": ["Gourde isotherme inox 500 ml", "Coque silicone smartphone", "Écouteurs sans fil", "Organiseur de tiroir (lot de 6)", "Lampe de bureau LED",
           "Serviette de bain coton 70x140", "Mug céramique 350 ml", "Chargeur USB-C 20 W"],
    "it": ["Borraccia termica acciaio 500 ml", "Custodia in silicone", "Auricolari wireless", "Organizer cassetto (set 6)", "Lampada LED da scrivania",
           "Telo bagno cotone 70x140", "Tazza in ceramica 350 ml"],
    "nl": ["RVS thermosfles 500 ml", "Siliconen telefoonhoes", "Draadloze oordopjes", "Ladeorganizer (set van 6)", "LED-bureaulamp", "Katoenen badlaken 70x140"],
    "pl": ["Butelka termiczna 500 ml", "Etui silikonowe na telefon", "Słuchawki bezprzewodowe", "Organizer do szuflady (6 szt.)", "Lampka biurkowa LED", "Ręcznik bawełniany 70x140"],
    "zh": ["不锈钢保温杯 500ml", "硅胶手机壳", "无线蓝牙耳机", "抽屉收纳盒(6件套)", "LED护眼台灯", "纯棉浴巾 70x140", "陶瓷马克杯 350ml", "USB-C充电器 20W"],
    "ja": ["ステンレス保温ボトル 500ml", "シリコンスマホケース", "ワイヤレスイヤホン", "引き出し収納ケース(6個組)", "LEDデスクライト", "綿バスタオル 70x140"],
    "svc_en": ["Ocean freight FCL 20' Ningbo-Santos", "Air freight 120 kg PVG-GRU", "Terminal handling charges (THC)", "Customs clearance fee",
               "Documentation fee (B/L)", "Inland trucking to warehouse", "Cargo insurance 0.3%", "Fuel surcharge"],
    "svc_pt": ["Serviço de armazenagem mensal", "Etiquetagem e preparação FBA", "Consultoria de importação", "Frete rodoviário SP-RJ", "Fotografia de produtos (pacote 20)"],
}

def items_for(lang, rng, n, price_range=(2, 180), svc=False):
    key = {"pt": "pt", "es": "es", "en": "en", "de": "de", "fr": "fr", "it": "it", "nl": "nl", "pl": "pl", "zh": "zh", "ja": "ja"}[lang]
    if svc:
        key = "svc_en" if lang == "en" else "svc_pt"
    pool = ITEMS[key][:]
    rng.shuffle(pool)
    out = []
    for i in range(n):
        desc = pool[i % len(pool)]
        qty = rng.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 25, 36, 48, 50, 60, 100, 120, 200, 240, 500]) if not svc else rng.choice([1, 1, 1, 2, 3])
        price = q2(D(str(round(rng.uniform(*price_range), 2))))
        out.append({"sku": f"{rng.choice('ABCDEFKMPRTX')}{rng.randint(100, 999)}-{rng.randint(10, 99)}", "desc": desc, "qty": qty, "price": price})
    return out

def compute(doc, rate, discount_pct=0, shipping=D(0), err=None, rng=None):
    """Fill line totals, subtotal, tax, total. err='line'|'tax'|'total' introduces a deliberate mistake."""
    for it in doc["items"]:
        it["line"] = q2(it["price"] * it["qty"])
    if err == "line":
        k = rng.randrange(len(doc["items"]))
        doc["items"][k]["line"] = q2(doc["items"][k]["line"] + D(rng.choice([10, 9, 100, -10, 1])))
    sub = sum((it["line"] for it in doc["items"]), D(0))
    disc = q2(sub * D(discount_pct) / 100)
    net = sub - disc + shipping
    tax = q2(net * D(str(rate)) / 100)
    if err == "tax":
        tax = q2(tax + D(rng.choice(["1.00", "10.00", "0.10", "-5.00"])))
    total = net + tax
    if err == "total":
        total = total + D(rng.choice(["10.00", "100.00", "-1.00", "0.90"]))
    doc.update(subtotal=sub, discount=disc, discount_pct=discount_pct, shipping=shipping, net=net, rate=rate, tax=tax, total=q2(total))
    doc["arithmetic_error"] = bool(err)
    return doc

def rand_date(rng):
    return datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 320))

def label(file, doc, producer, pages, genuine=True, edit_method=None, what_changed=None, ebc=False, **extra):
    rec = {"file": file, "genuine": genuine, "edit_method": edit_method, "what_changed": what_changed or [],
           "producer": producer, "language": doc["lang"], "is_invoice": doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma") and doc.get("is_invoice", True),
           "doc_type": {"letter": "other", "price_list": "other"}.get(doc["doc_type"], doc["doc_type"]), "date": doc["date"].isoformat(), "total": None if doc["doc_type"] in ("packing_list", "delivery_note", "letter") else f"{q2(doc['total']):.2f}", "currency": doc["currency"],
           "supplier": doc["supplier"]["name"], "buyer": doc["buyer"]["name"], "pages": pages, "edit_before_capture": ebc,
           "arithmetic_error": bool(doc.get("arithmetic_error", False))}
    if doc["doc_type"] == "proforma":
        rec["is_invoice"] = True
    rec.update(extra)
    return rec

def save_part(name, recs):
    with open(os.path.join(PARTS, name + ".json"), "w") as f:
        json.dump(recs, f, ensure_ascii=False, indent=0)

def load_part(name):
    p = os.path.join(PARTS, name + ".json")
    if os.path.exists(p):
        return json.load(open(p))
    return None

def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
