"""Shared data model: invented companies, localised formatting, document builder, labels."""
import os, json, random, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
BUILD = os.path.join(BASE, "build")
LABELS = os.path.join(BASE, "labels.jsonl")
for d in (FILES, BUILD):
    os.makedirs(d, exist_ok=True)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- companies (all invented)
def nip(rng):
    return "".join(str(rng.randint(0, 9)) for _ in range(10))

SUPPLIERS = {
 "pl": [("Drewnex Sp. z o.o.", "ul. Łąkowa 17, 31-542 Kraków"),
        ("Bursztynowa Pracownia Jan Kołodziej", "ul. Morska 4/2, 81-321 Gdynia"),
        ("Hurtownia Papieru Wisłok S.A.", "ul. Przemysłowa 88, 35-105 Rzeszów"),
        ("KERAMO-PAK s.c. A. Zięba, T. Mróz", "ul. Garncarska 3, 26-600 Radom"),
        ("Zielony Kosz Sp. j.", "al. Pokoju 120, 31-580 Kraków")],
 "de": [("Hollerbach Haushaltswaren GmbH", "Gerberstraße 12, 90402 Nürnberg"),
        ("Kessler & Timm Großhandel KG", "Am Speicher 5, 28217 Bremen"),
        ("Lindquist Textil GmbH", "Weberweg 31, 09111 Chemnitz")],
 "en": [("Ashcombe Trading Ltd", "Unit 7, Fenwick Park, Leicester LE4 9XT"),
        ("Harrowgate Packaging Supplies Ltd", "14 Mill Lane, Halifax HX3 6QP"),
        ("Brambleworth Home Goods Ltd", "3 Quarry Road, Bristol BS5 0LW")],
 "us": [("Prairie Crest Supply Co.", "2210 Oakmont Ave, Lincoln, NE 68502"),
        ("Silverpine Goods LLC", "88 Harbor St, Tacoma, WA 98402")],
 "fr": [("Ateliers Moreau-Lenoir SARL", "12 rue des Tanneurs, 69002 Lyon"),
        ("Papeterie du Vieux Port SAS", "45 quai Rive-Neuve, 13007 Marseille")],
 "it": [("Ceramiche Valdarno S.r.l.", "Via dei Vasai 22, 52025 Montevarchi (AR)"),
        ("Tessiture Brianzole S.p.A.", "Via Manzoni 9, 20831 Seregno (MB)")],
 "es": [("Curtidos Almansa S.L.", "Calle del Olivo 14, 02640 Almansa (Albacete)"),
        ("Distribuciones Levante Sur S.A.", "Avda. del Puerto 210, 46023 Valencia")],
 "nl": [("Van Dijkhuizen Groothandel B.V.", "Havenstraat 41, 3024 AB Rotterdam"),
        ("Tulpenveld Verpakkingen B.V.", "Kanaalweg 7, 2132 LT Hoofddorp")],
 "zh": [("宁波海曙恒立家居用品有限公司", "浙江省宁波市海曙区望春工业园区科创路118号"),
        ("深圳市华越电子配件有限公司", "广东省深圳市宝安区西乡街道固戍二路36号")],
 "ja": [("株式会社みどり雑貨", "大阪府大阪市中央区南船場3-8-11"),
        ("有限会社高瀬工芸", "岐阜県多治見市本町5-21")],
 "cs": [("Sklárna Horák s.r.o.", "Nádražní 45, 466 01 Jablonec nad Nisou"),
        ("Dřevovýroba Kučera a syn s.r.o.", "Lesní 12, 763 02 Zlín")],
 "lt": [("UAB „Gintaro krantas“", "Taikos pr. 77, LT-91172 Klaipėda"),
        ("UAB Linų namai", "Savanorių pr. 190, LT-03154 Vilnius")],
 "uk": [("ТОВ «Карпатський текстиль»", "вул. Городоцька, 174, м. Львів, 79022"),
        ("ФОП Бондаренко Олена Іванівна", "вул. Сумська, 58, кв. 3, м. Харків, 61002")],
}
POLISH_BUYERS = [("Sklep Internetowy Koralik Anna Wrona", "ul. Długa 8, 30-214 Kraków"),
                 ("PEWEX-ONLINE Sp. z o.o.", "ul. Kościuszki 44, 32-050 Skawina"),
                 ("Marek Sobczak Handel Elektroniką", "os. Złotego Wieku 12/30, 31-616 Kraków"),
                 ("Domowe Zacisze Katarzyna Lis", "ul. Wiśniowa 2, 34-100 Wadowice"),
                 ("Kraft&Kawa Sp. z o.o.", "ul. Rakowicka 101, 31-511 Kraków"),
                 ("Baltic Toys Piotr Nowicki", "ul. Zamojska 9, 20-102 Lublin")]
OTHER_BUYERS = {"en": ("Wrona Trade Ltd", "Suite 4, 22 Kingsway, Manchester M19 2LL"),
                "de": ("Lis Handels UG", "Fährstraße 3, 02826 Görlitz")}

def tax_id(rng, lang):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {"pl": "NIP " + r(3) + "-" + r(3) + "-" + r(2) + "-" + r(2),
            "de": "USt-IdNr. DE" + r(9), "en": "VAT Reg. No. GB " + r(3) + " " + r(4) + " " + r(2),
            "us": "EIN " + r(2) + "-" + r(7), "fr": "N° TVA FR" + r(11), "it": "P.IVA IT" + r(11),
            "es": "NIF ESB" + r(8), "nl": "Btw-nr. NL" + r(9) + "B01", "zh": "纳税人识别号 91330203" + r(10),
            "ja": "登録番号 T" + r(13), "cs": "DIČ CZ" + r(8), "lt": "PVM kodas LT" + r(9),
            "uk": "ЄДРПОУ " + r(8)}[lang]

# ---------------------------------------------------------------- locale
LOC = {  # currency, thousands sep, decimal sep, decimals, VAT rates, currency symbol placement
 "pl": ("PLN", " ", ",", 2, [23, 8, 5], "{} zł"), "de": ("EUR", ".", ",", 2, [19, 7], "{} €"),
 "en": ("GBP", ",", ".", 2, [20, 5], "£{}"), "us": ("USD", ",", ".", 2, [0], "${}"),
 "fr": ("EUR", " ", ",", 2, [20, 5.5], "{} €"), "it": ("EUR", ".", ",", 2, [22, 10], "€ {}"),
 "es": ("EUR", ".", ",", 2, [21, 10], "{} €"), "nl": ("EUR", ".", ",", 2, [21, 9], "€ {}"),
 "zh": ("CNY", ",", ".", 2, [13, 6], "¥{}"), "ja": ("JPY", ",", ".", 0, [10, 8], "¥{}"),
 "cs": ("CZK", " ", ",", 2, [21, 12], "{} Kč"), "lt": ("EUR", " ", ",", 2, [21], "{} €"),
 "uk": ("UAH", " ", ",", 2, [20], "{} грн"),
}

def fmt_num(x, lang, decimals=None):
    _, th, de, nd, _, _ = LOC[lang]
    nd = nd if decimals is None else decimals
    s = f"{abs(D(x)):,.{nd}f}"
    ip, _, fp = s.partition(".")
    ip = ip.replace(",", th)
    out = ip + (de + fp if nd else "")
    return ("-" if D(x) < 0 else "") + out

def fmt_money(x, lang, sym=True):
    n = fmt_num(x, lang)
    return LOC[lang][5].format(n) if sym else n

MONTHS = {"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split(),
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
          "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()}

def fmt_date(d, lang, variant=0):
    if lang == "pl": return d.strftime("%d.%m.%Y") if variant == 0 else d.isoformat()
    if lang in ("de", "uk"): return d.strftime("%d.%m.%Y") if variant == 0 else f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}" if lang == "de" else d.strftime("%d.%m.%Y")
    if lang == "en": return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}" if variant == 0 else d.strftime("%d/%m/%Y")
    if lang == "us": return d.strftime("%m/%d/%Y") if variant == 0 else f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if lang == "fr": return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}" if variant == 0 else d.strftime("%d/%m/%Y")
    if lang == "es": return d.strftime("%d/%m/%Y") if variant == 0 else f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if lang == "it": return d.strftime("%d/%m/%Y")
    if lang == "nl": return d.strftime("%d-%m-%Y")
    if lang == "zh": return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ja": return f"{d.year}年{d.month}月{d.day}日" if variant == 0 else d.strftime("%Y/%m/%d")
    if lang == "cs": return f"{d.day}. {d.month}. {d.year}"
    if lang == "lt": return d.isoformat()
    return d.isoformat()

# ---------------------------------------------------------------- words
T = {  # title, no, issue, sale, seller, buyer, item, qty, unit, price, net, vatrate, vat, gross, total, discount, shipping, payment, due
 "pl": ["Faktura VAT", "nr", "Data wystawienia", "Data sprzedaży", "Sprzedawca", "Nabywca", "Nazwa towaru lub usługi", "Ilość", "j.m.", "Cena netto", "Wartość netto", "Stawka VAT", "Kwota VAT", "Wartość brutto", "Do zapłaty", "Rabat", "Transport", "Sposób płatności: przelew", "Termin płatności"],
 "de": ["Rechnung", "Nr.", "Rechnungsdatum", "Lieferdatum", "Verkäufer", "Rechnungsempfänger", "Artikel", "Menge", "Einh.", "Einzelpreis", "Netto", "USt.-Satz", "USt.", "Brutto", "Gesamtbetrag", "Rabatt", "Versand", "Zahlung per Überweisung", "Fällig am"],
 "en": ["VAT Invoice", "No.", "Invoice date", "Tax point", "Supplier", "Invoice to", "Description", "Qty", "Unit", "Unit price", "Net", "VAT rate", "VAT", "Gross", "Total due", "Discount", "Carriage", "Payment by BACS", "Due date"],
 "us": ["INVOICE", "Invoice #", "Date", "Ship date", "From", "Bill to", "Item", "Qty", "Unit", "Rate", "Amount", "Tax %", "Sales tax", "Amount", "Balance due", "Discount", "Shipping", "Terms: Net 30", "Due"],
 "fr": ["Facture", "N°", "Date de facture", "Date de livraison", "Vendeur", "Client", "Désignation", "Qté", "Unité", "PU HT", "Montant HT", "Taux TVA", "TVA", "TTC", "Net à payer", "Remise", "Frais de port", "Règlement par virement", "Échéance"],
 "it": ["Fattura", "N.", "Data fattura", "Data consegna", "Cedente", "Cessionario", "Descrizione", "Q.tà", "U.M.", "Prezzo unit.", "Imponibile", "Aliquota IVA", "IVA", "Totale riga", "Totale documento", "Sconto", "Spese di trasporto", "Pagamento: bonifico bancario", "Scadenza"],
 "es": ["Factura", "Nº", "Fecha de factura", "Fecha de entrega", "Emisor", "Cliente", "Concepto", "Cant.", "Ud.", "Precio", "Base imponible", "% IVA", "IVA", "Importe", "Total factura", "Descuento", "Portes", "Forma de pago: transferencia", "Vencimiento"],
 "nl": ["Factuur", "Nr.", "Factuurdatum", "Leverdatum", "Leverancier", "Factuuradres", "Omschrijving", "Aantal", "Eenh.", "Prijs", "Bedrag excl.", "Btw %", "Btw", "Bedrag incl.", "Totaal te betalen", "Korting", "Verzendkosten", "Betaling per bank", "Vervaldatum"],
 "zh": ["增值税专用发票", "发票号码", "开票日期", "销售日期", "销售方", "购买方", "货物或应税劳务名称", "数量", "单位", "单价", "金额", "税率", "税额", "价税合计", "价税合计（小写）", "折扣", "运费", "付款方式：银行转账", "付款期限"],
 "ja": ["請求書", "請求番号", "請求日", "納品日", "発行元", "請求先", "品名", "数量", "単位", "単価", "金額", "税率", "消費税", "税込金額", "ご請求金額", "値引", "送料", "お振込先：みなと銀行 本店 普通 1234567", "お支払期限"],
 "cs": ["Faktura – daňový doklad", "č.", "Datum vystavení", "DUZP", "Dodavatel", "Odběratel", "Označení dodávky", "Množství", "MJ", "Cena za MJ", "Základ", "Sazba DPH", "DPH", "Celkem", "Celkem k úhradě", "Sleva", "Doprava", "Platba převodem", "Datum splatnosti"],
 "lt": ["PVM sąskaita faktūra", "Serija/Nr.", "Išrašymo data", "Pristatymo data", "Pardavėjas", "Pirkėjas", "Prekės pavadinimas", "Kiekis", "Mato vnt.", "Kaina", "Suma be PVM", "PVM tarifas", "PVM", "Suma su PVM", "Iš viso mokėti", "Nuolaida", "Pristatymas", "Apmokėjimas pavedimu", "Apmokėti iki"],
 "uk": ["Рахунок-фактура", "№", "Дата складання", "Дата постачання", "Постачальник", "Покупець", "Найменування товару", "Кільк.", "Од.", "Ціна без ПДВ", "Сума без ПДВ", "Ставка ПДВ", "ПДВ", "Сума з ПДВ", "Всього до сплати", "Знижка", "Доставка", "Оплата: банківський переказ", "Сплатити до"],
}
TITLES = {  # non-invoice / special titles
 "credit_note": {"pl": "Faktura korygująca", "de": "Gutschrift / Rechnungskorrektur", "en": "Credit Note"},
 "proforma": {"pl": "Faktura pro forma", "de": "Proforma-Rechnung", "en": "Pro-forma Invoice"},
 "packing_list": {"pl": "Specyfikacja wysyłki (packing list)", "en": "Packing List", "de": "Packliste"},
 "purchase_order": {"pl": "Zamówienie nr", "en": "Purchase Order", "de": "Bestellung"},
 "quotation": {"pl": "Oferta handlowa", "en": "Quotation", "de": "Angebot", "fr": "Devis"},
 "delivery_note": {"pl": "Wydanie zewnętrzne WZ", "de": "Lieferschein", "en": "Delivery Note"},
 "other": {"pl": "Cennik hurtowy", "en": "Wholesale Price List", "de": "Preisliste"},
 "receipt": {"pl": "PARAGON FISKALNY"},
}

ITEMS = {
 "pl": [("Deska do krojenia dębowa 40x25", "szt."), ("Kubek ceramiczny 350 ml, szkliwiony", "szt."), ("Papier pakowy 70 g, rolka 50 m", "rol."),
        ("Świeca sojowa w słoiku 180 g", "szt."), ("Organizer bambusowy na biurko", "szt."), ("Koc bawełniany 150x200", "szt."),
        ("Taśma pakowa 48 mm x 66 m", "op."), ("Karton klapowy 300x200x150", "szt."), ("Usługa nadruku logo", "usł.")],
 "de": [("Edelstahl-Trinkflasche 750 ml", "Stk."), ("Geschirrtuch Leinen, 3er-Set", "Set"), ("Keramikschale glasiert Ø 18 cm", "Stk."), ("Holzkochlöffel Buche", "Stk."), ("Versandkarton 400x300x200", "Stk.")],
 "en": [("Kraft mailer box 250x180x50", "pcs"), ("Bubble wrap roll 500mm x 100m", "roll"), ("Enamel mug 400 ml, cream", "pcs"), ("Cotton tote bag, natural", "pcs"), ("Beeswax wraps, set of 3", "set")],
 "us": [("Silicone baking mat 16x11 in", "ea"), ("LED desk lamp, USB-C", "ea"), ("Stainless tumbler 20 oz", "ea"), ("Yoga strap 8 ft", "ea")],
 "fr": [("Savon au lait d'ânesse 100 g", "pce"), ("Torchon en lin lavé", "pce"), ("Bocal en verre 1 L", "pce"), ("Bougie parfumée figue", "pce")],
 "it": [("Piatto in ceramica dipinto a mano Ø 26", "pz"), ("Tazza espresso, set da 6", "conf"), ("Tovaglia in lino 140x180", "pz")],
 "es": [("Cinturón de piel curtida 35 mm", "ud"), ("Cartera de piel, marrón", "ud"), ("Llavero de cuero grabado", "ud")],
 "nl": [("Kartonnen verzenddoos 30x20x10", "st"), ("Tulpenbollen mix, 50 st", "zak"), ("Plantenpot keramiek Ø 14 cm", "st")],
 "zh": [("硅胶厨房铲", "个"), ("不锈钢保温杯 500ml", "个"), ("蓝牙耳机充电盒", "个"), ("USB-C 数据线 1米", "条"), ("竹制收纳盒", "个")],
 "ja": [("有田焼 湯呑み", "個"), ("手ぬぐい 綿100%", "枚"), ("漆塗り 箸 5膳セット", "組"), ("美濃焼 小皿", "枚")],
 "cs": [("Sklenice na víno 350 ml, broušená", "ks"), ("Vánoční ozdoba skleněná, ruční malba", "ks"), ("Váza z foukaného skla", "ks")],
 "lt": [("Gintaro apyrankė", "vnt."), ("Lininis rankšluostis 50x70", "vnt."), ("Lininė staltiesė 140x220", "vnt.")],
 "uk": [("Рушник вишитий, льон", "шт."), ("Скатертина лляна 150х220", "шт."), ("Сорочка вишиванка жіноча", "шт."), ("Серветка декоративна", "шт.")],
}

# ---------------------------------------------------------------- Polish amount in words
_J = "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć".split()
_N = "dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście".split()
_D = ",,dwadzieścia,trzydzieści,czterdzieści,pięćdziesiąt,sześćdziesiąt,siedemdziesiąt,osiemdziesiąt,dziewięćdziesiąt".split(",")
_S = ",sto,dwieście,trzysta,czterysta,pięćset,sześćset,siedemset,osiemset,dziewięćset".split(",")
def _tri(n):
    w = []
    if n // 100: w.append(_S[n // 100])
    r = n % 100
    if 10 <= r < 20: w.append(_N[r - 10])
    else:
        if r // 10: w.append(_D[r // 10])
        if r % 10: w.append(_J[r % 10])
    return w
def _form(n, f):
    if n == 1: return f[0]
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14): return f[1]
    return f[2]
def slownie_pl(x):
    x = q2(x); zl = int(x); gr = int((x - zl) * 100)
    if zl == 0: words = ["zero"]
    else:
        words = []
        th, rest = divmod(zl, 1000)
        if th:
            if th == 1: words.append("jeden tysiąc")
            else: words += _tri(th) + [_form(th, ("tysiąc", "tysiące", "tysięcy"))]
        words += _tri(rest)
    return " ".join(words) + f" zł {gr:02d}/100"

# ---------------------------------------------------------------- document builder
def build_doc(rng, lang, doc_type="invoice", n_items=None, with_tax=True, discount=False, shipping=False,
              arith_error=False, number_prefix="FV", date=None, buyer=None, style_variant=0):
    cur, _, _, nd, rates, _ = LOC[lang]
    sup = rng.choice(SUPPLIERS[lang])
    if buyer is None:
        if lang in ("en", "us"): buyer = rng.choice(POLISH_BUYERS[:3]) if rng.random() < .5 else OTHER_BUYERS["en"]
        elif lang == "de" and rng.random() < .3: buyer = OTHER_BUYERS["de"]
        else: buyer = rng.choice(POLISH_BUYERS)
    if date is None:
        date = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 320))
    sale = date - dt.timedelta(days=rng.choice([0, 0, 1, 2, 5]))
    n_items = n_items or rng.randint(1, 6)
    pool = ITEMS[lang]
    lines = []
    for i in range(n_items):
        desc, unit = pool[i % len(pool)] if n_items > len(pool) else rng.choice(pool)
        if n_items > len(pool): desc = f"{desc} – wariant {i // len(pool) + 1}" if lang == "pl" else f"{desc} #{i // len(pool) + 1}"
        qty = rng.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 50, 100])
        if lang == "ja": price = D(rng.randint(3, 400) * 10)
        elif lang == "uk": price = q2(rng.uniform(40, 900))
        elif lang == "cs": price = q2(rng.uniform(30, 600))
        else: price = q2(rng.uniform(1.2, 140))
        rate = rng.choice(rates) if with_tax else 0
        lines.append({"desc": desc, "unit": unit, "qty": qty, "price": price, "rate": rate})
    doc = {"lang": lang, "doc_type": doc_type, "currency": cur, "supplier": sup[0], "supplier_addr": sup[1],
           "supplier_tax": tax_id(rng, lang), "buyer": buyer[0], "buyer_addr": buyer[1],
           "buyer_tax": tax_id(rng, "pl" if buyer in POLISH_BUYERS else lang),
           "number": f"{number_prefix} {rng.randint(1, 480)}/{date.month:02d}/{date.year}" if lang == "pl" else f"{number_prefix}-{date.year}-{rng.randint(100, 9999):04d}",
           "date": date, "sale_date": sale, "due": date + dt.timedelta(days=rng.choice([7, 14, 30])),
           "lines": lines, "with_tax": with_tax, "discount_pct": D(rng.choice([3, 5, 10])) if discount else D(0),
           "shipping": q2(rng.uniform(9, 49)) if shipping else D(0), "arith_error": arith_error,
           "variant": style_variant}
    compute(doc, rng)
    return doc

def compute(doc, rng=None):
    nd = LOC[doc["lang"]][3]
    qz = (lambda x: D(x).quantize(D(1), rounding=ROUND_HALF_UP)) if nd == 0 else q2
    net_by_rate = {}
    for ln in doc["lines"]:
        ln["net"] = qz(ln["price"] * ln["qty"])
        net_by_rate[ln["rate"]] = net_by_rate.get(ln["rate"], D(0)) + ln["net"]
    subtotal = sum(l["net"] for l in doc["lines"])
    disc = qz(subtotal * doc["discount_pct"] / 100)
    ship = doc["shipping"]
    # discount and shipping attributed to the main rate bucket
    main_rate = doc["lines"][0]["rate"]
    if disc or ship:
        net_by_rate[main_rate] = net_by_rate[main_rate] - disc + ship
    vat_by_rate = {r: qz(n * D(str(r)) / 100) for r, n in net_by_rate.items()}
    for ln in doc["lines"]:
        ln["vat"] = qz(ln["net"] * D(str(ln["rate"])) / 100); ln["gross"] = ln["net"] + ln["vat"]
    net = sum(net_by_rate.values()); vat = sum(vat_by_rate.values())
    doc.update(subtotal=subtotal, disc=disc, net_by_rate=net_by_rate, vat_by_rate=vat_by_rate,
               net_total=net, vat_total=vat, total=net + vat)
    if doc.get("arith_error"):
        # a plausible slip: a line total typed wrong or the grand total mis-added
        r = rng or random.Random(1)
        if r.random() < .5:
            ln = doc["lines"][0]; ln["net"] = ln["net"] + qz(ln["price"] * r.choice([1, -1]))  # off by one unit
            doc["error_desc"] = "first line net is qty*price +/- one unit; totals use correct values"
        else:
            doc["total"] = doc["total"] + r.choice([D(10), D(-1), D("0.90"), D(100)]) * (1 if nd else 1)
            doc["error_desc"] = "grand total mis-added"
    return doc

def total_str(doc):
    nd = LOC[doc["lang"]][3]
    return f"{doc['total']:.{nd}f}" if nd else f"{doc['total']:.0f}"

def label_for(doc, fname, producer, pages, genuine=True, edit_method=None, what_changed=None,
              edit_before_capture=False, **extra):
    L = {"file": fname, "genuine": genuine, "edit_method": edit_method, "what_changed": what_changed or [],
         "producer": producer, "language": doc["lang"] if doc["lang"] != "us" else "en",
         "is_invoice": doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note"),
         "doc_type": doc["doc_type"], "date": doc["date"].isoformat(),
         "total": f"{doc['total']:.2f}" if doc.get("total") is not None else None,
         "currency": doc["currency"], "supplier": doc["supplier"], "buyer": doc["buyer"],
         "pages": pages, "edit_before_capture": edit_before_capture,
         "arithmetic_error": bool(doc.get("arith_error")) and genuine}
    L.update(extra)
    return L

def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)

def write_labels(labels, mode="a"):
    with open(LABELS, mode, encoding="utf-8") as f:
        for L in labels:
            f.write(json.dumps(L, ensure_ascii=False) + "\n")

def read_labels():
    if not os.path.exists(LABELS): return []
    return [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]

def save_doc_meta(doc, name):
    """keep the structured source of each genuine doc (for edits) in build/"""
    d = dict(doc); d["date"] = doc["date"].isoformat(); d["sale_date"] = doc["sale_date"].isoformat(); d["due"] = doc["due"].isoformat()
    with open(os.path.join(BUILD, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, default=str)
