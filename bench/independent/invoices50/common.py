"""Shared data model: invented companies, items, number/date formatting, labels."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
WORK = os.path.join(HERE, "work")
PARTS = os.path.join(HERE, "parts")
for d in (FILES, WORK, PARTS):
    os.makedirs(d, exist_ok=True)

FONT_SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_SANS_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D2 = Decimal("0.01")
NNBSP = "\u202f"


def q(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- companies
SUPPLIERS = {
    "fr": [("Savonnerie du Vieux-Port SARL", "14 rue Caisserie, 13002 Marseille", "SIRET 812 447 905 00021 · TVA FR27812447905"),
           ("Huilerie Calanques & Fils SAS", "ZA des Paluds, 7 av. du Gros Chêne, 13400 Aubagne", "SIRET 903 118 642 00015 · TVA FR61903118642"),
           ("Textiles Lumière Lyonnaise EURL", "22 quai Pierre-Scize, 69005 Lyon", "SIRET 798 330 117 00034 · TVA FR09798330117"),
           ("Bazar Provençal Distribution SAS", "3 bd de Plombières, 13014 Marseille", "SIRET 850 662 301 00018 · TVA FR44850662301")],
    "it": [("Ceramiche Vietresi Nardone S.r.l.", "Via Costiera 88, 84019 Vietri sul Mare (SA)", "P.IVA IT04418270657"),
           ("Pelletteria Arno di Bruni & C. s.n.c.", "Via dei Conciatori 12, 50122 Firenze", "P.IVA IT06632190481"),
           ("Oleificio Colle Verde S.p.A.", "Contrada Pianelle 4, 70031 Andria (BT)", "P.IVA IT07781120729")],
    "es": [("Cerámicas Triana Ruiz S.L.", "Calle Alfarería 41, 41010 Sevilla", "NIF B41877235"),
           ("Conservas Ría de Arousa S.A.", "Polígono A Tomada 9, 36600 Vilagarcía", "NIF A36550912"),
           ("Espartería Levante S.L.", "Av. del Puerto 203, 46023 València", "NIF B98120447")],
    "de": [("Holzwerk Almtal GmbH", "Industriestraße 17, 83022 Rosenheim", "USt-IdNr. DE284519076"),
           ("Bürobedarf Kranich KG", "Hafenweg 5, 20457 Hamburg", "USt-IdNr. DE317720458")],
    "en": [("Northgate Homeware Ltd", "Unit 4, Calder Park, Wakefield WF2 7AW, UK", "VAT GB 418 2270 53"),
           ("Fenwick & Dale Supplies Ltd", "88 Dock Street, Dundee DD1 3DR, UK", "VAT GB 207 5519 42")],
    "us": [("Bluewater Trading LLC", "1180 Harbor Blvd, Suite 210, Oakland, CA 94607, USA", "EIN 84-3317206"),
           ("Prairie Lane Wholesale Inc.", "4410 W 38th Ave, Denver, CO 80212, USA", "EIN 46-2208813")],
    "zh": [("义乌市鸿泰日用品有限公司", "浙江省义乌市稠城街道工人北路 1188 号", "纳税人识别号 91330782MA2E7K4Q3R"),
           ("深圳市晨光电子科技有限公司", "广东省深圳市龙岗区坂田街道五和大道 66 号", "纳税人识别号 91440300MA5F2N8L6T")],
    "ja": [("株式会社みなと雑貨", "大阪府大阪市西区江戸堀 2-7-11", "登録番号 T5120001187742"),
           ("有限会社さくら陶房", "岐阜県多治見市本町 4-22", "登録番号 T2200002041365")],
    "pl": [("Bursztyn Gdański Sp. z o.o.", "ul. Długa 48, 80-831 Gdańsk", "NIP 583-318-72-09")],
    "nl": [("Tulpenhuis Handel B.V.", "Westerkade 31, 3016 CM Rotterdam", "BTW NL862215904B01 · KvK 71294410")],
    "ma": [("Coopérative Argane Tiznit SARL", "Lot Al Massira 112, 85000 Tiznit, Maroc", "ICE 002517794000081 · IF 40218876")],
    "tn": [("Céramique Nabeul El Fakhar SARL", "Route de Hammamet km 2, 8000 Nabeul, Tunisie", "MF 1422087/K/A/M/000")],
}
BUYERS = {
    "fr": [("Maison Phocée Import SARL", "41 rue de la République, 13002 Marseille", "TVA FR52877014390"),
           ("Boutique Lavande en Ligne", "9 chemin des Oliviers, 84000 Avignon", "TVA FR13901554228"),
           ("Ets Roussel Marchand", "118 av. Jean Médecin, 06000 Nice", "SIRET 824 990 153 00012")],
    "it": [("Casa Bella Shop di Greco Marta", "Via Roma 210, 90133 Palermo", "P.IVA IT05877410826"),
           ("Emporio Navigli S.r.l.", "Alzaia Naviglio Grande 60, 20144 Milano", "P.IVA IT10877330961")],
    "es": [("Tienda Mediterránea Online S.L.", "Carrer de Sants 77, 08014 Barcelona", "NIF B67224091"),
           ("Distribuciones Guadalquivir", "Av. de la Constitución 8, 14001 Córdoba", "NIF B14660321")],
    "de": [("Versandhaus Elbstrand UG", "Lindenallee 9, 01069 Dresden", "USt-IdNr. DE331207751")],
    "en": [("Maison Phocée Import SARL", "41 rue de la République, 13002 Marseille, France", "VAT FR52877014390"),
           ("Kestrel Online Retail Ltd", "27 Mill Lane, Leeds LS9 8EJ, UK", "VAT GB 330 1174 80")],
    "zh": [("Maison Phocée Import SARL", "41 rue de la République, 13002 Marseille, France", "VAT FR52877014390")],
    "ja": [("メゾン・フォセ輸入株式会社", "東京都港区芝浦 3-1-9", "")],
    "pl": [("Sklep Bałtyk24 Sp.j.", "ul. Morska 15, 81-323 Gdynia", "NIP 586-220-41-77")],
    "nl": [("Webwinkel De Zeef B.V.", "Oudegracht 140, 3511 AZ Utrecht", "BTW NL855190233B01")],
}
BUYERS["ma"] = BUYERS["fr"]
BUYERS["us"] = BUYERS["en"]
BUYERS["tn"] = BUYERS["fr"]

ITEMS = {
    "us": ["Stainless tumbler 20 oz", "Silicone baking mat", "LED desk lamp", "Cotton canvas tote", "Phone tripod 60 in"],
    "fr": ["Savon de Marseille 72% huile 600 g", "Huile d'olive vierge extra 75 cl", "Nappe provençale 160x250", "Bougie parfumée lavande",
           "Tablier coton imprimé cigales", "Sachet lavande 20 g", "Coffret savons 4x100 g", "Panier osier grand modèle"],
    "it": ["Piatto ceramica dipinto 28 cm", "Borsa in pelle conciata al vegetale", "Olio EVO DOP 500 ml", "Tazza espresso decorata",
           "Portafoglio pelle uomo", "Ciotola insalata limoni"],
    "es": ["Azulejo pintado a mano 15x15", "Conserva de mejillones en escabeche", "Cesta de esparto natural", "Plato cerámica Triana 24 cm",
           "Alfombra esparto 60x90", "Lata de bonito del norte 250 g"],
    "de": ["Schneidebrett Eiche 40x25", "Gewürzregal Buche", "Ordner A4 breit, blau", "Holzlöffel-Set 5-tlg.", "Notizbuch A5 kariert"],
    "en": ["Stoneware mug 350 ml", "Cotton tea towel set of 3", "Bamboo utensil holder", "Glass storage jar 1 L", "Enamel pie dish 26 cm",
           "USB-C charging cable 2 m"],
    "zh": ["不锈钢保温杯 500ml", "硅胶厨房铲", "收纳盒 三件套", "USB 充电线 1米", "陶瓷餐盘 8寸", "手机支架"],
    "ja": ["美濃焼 湯呑み", "竹製 箸セット", "手ぬぐい 綿", "陶器 小皿 5枚組", "急須 300ml"],
    "pl": ["Bransoletka bursztynowa", "Wisiorek bursztyn srebro 925", "Szkatułka drewniana", "Kolczyki bursztyn"],
    "nl": ["Tulpenbollen mix 25 st.", "Delfts blauw tegel", "Houten klompen souvenir", "Stroopwafel blik 400 g"],
    "ma": ["Huile d'argan cosmétique 100 ml", "Savon noir beldi 250 g", "Huile d'argan alimentaire 250 ml", "Ghassoul 500 g", "Eau de rose 200 ml"],
    "tn": ["Plat céramique Nabeul 30 cm", "Tajine décoré 28 cm", "Bol peint main", "Assiette murale motif poisson"],
}

CURRENCY = {"fr": "EUR", "it": "EUR", "es": "EUR", "de": "EUR", "nl": "EUR", "en": "GBP", "zh": "CNY", "ja": "JPY",
            "pl": "PLN", "ma": "MAD", "tn": "TND", "us": "USD"}
VAT = {"fr": [Decimal("20"), Decimal("5.5")], "it": [Decimal("22")], "es": [Decimal("21")], "de": [Decimal("19")],
       "en": [Decimal("20")], "zh": [Decimal("13")], "ja": [Decimal("10")], "pl": [Decimal("23")], "nl": [Decimal("21")],
       "ma": [Decimal("20")], "tn": [Decimal("19")], "us": [Decimal("0")]}
LANG_OF = {"ma": "fr", "tn": "fr", "us": "en"}  # language of the text


def lang_text(c):
    return LANG_OF.get(c, c)


# ---------------------------------------------------------------- formatting
def fmt_num(x, style):
    x = q(x)
    neg = x < 0
    s = f"{abs(x):,.2f}"  # 1,234.56
    ip, fp = s.split(".")
    if style == "fr":
        r = ip.replace(",", NNBSP) + "," + fp
    elif style in ("de", "it", "es", "nl", "tn", "ma"):
        r = ip.replace(",", ".") + "," + fp
    elif style == "pl":
        r = ip.replace(",", " ") + "," + fp
    elif style == "ja":
        r = ip  # yen, no decimals
    else:
        r = ip + "." + fp
    return ("-" if neg else "") + r


def fmt_money(x, c):
    n = fmt_num(x, c)
    cur = CURRENCY[c]
    if c in ("fr", "it", "es", "de"):
        return n + " €"
    if c == "nl":
        return "€ " + n
    if c == "en":
        return "£" + n
    if c == "zh":
        return "¥" + n
    if c == "ja":
        return "¥" + n
    if c == "pl":
        return n + " zł"
    if c == "ma":
        return n + " MAD"
    if c == "tn":
        return fmt_num3(x) + " DT"
    if c == "us":
        return n + " USD"
    return n + " " + cur


def fmt_num3(x):
    # Tunisian dinar is written with 3 decimals (millimes)
    x = Decimal(x).quantize(Decimal("0.001"))
    s = f"{abs(x):,.3f}"
    ip, fp = s.split(".")
    return ("-" if x < 0 else "") + ip.replace(",", " ") + "," + fp


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fmt_date(d, c, variant=0):
    if c in ("fr", "ma", "tn"):
        return f"{d.day} {MOIS[d.month-1]} {d.year}" if variant else d.strftime("%d/%m/%Y")
    if c == "it":
        return f"{d.day} {MESI[d.month-1]} {d.year}" if variant else d.strftime("%d/%m/%Y")
    if c == "es":
        return f"{d.day} de {MESES[d.month-1]} de {d.year}" if variant else d.strftime("%d/%m/%Y")
    if c == "de":
        return d.strftime("%d.%m.%Y")
    if c == "pl":
        return d.strftime("%d.%m.%Y")
    if c == "nl":
        return d.strftime("%d-%m-%Y")
    if c == "en":
        return d.strftime("%d/%m/%Y") if variant else d.strftime("%d %B %Y")
    if c == "us":
        return d.strftime("%m/%d/%Y") if variant else d.strftime("%B %d, %Y")
    if c == "zh":
        return f"{d.year}年{d.month}月{d.day}日"
    if c == "ja":
        return f"{d.year}年{d.month}月{d.day}日" if not variant else d.strftime("%Y/%m/%d")
    return d.isoformat()


# ---------------------------------------------------------------- words
W = {
    "fr": dict(invoice="FACTURE", credit_note="AVOIR", receipt="REÇU", proforma="FACTURE PROFORMA", delivery_note="BON DE LIVRAISON",
               purchase_order="BON DE COMMANDE", quotation="DEVIS", packing_list="LISTE DE COLISAGE", price_list="TARIF",
               no="N°", date="Date", seller="Vendeur", buyer="Client", desc="Désignation", qty="Qté", unit="P.U. HT", vat="TVA",
               amount="Montant HT", sub="Total HT", tax="TVA", total="Total TTC", disc="Remise", ship="Frais de port", due="Échéance",
               legal="Escompte pour paiement anticipé : néant. Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €."),
    "it": dict(invoice="FATTURA", credit_note="NOTA DI CREDITO", receipt="RICEVUTA", proforma="FATTURA PROFORMA", delivery_note="DOCUMENTO DI TRASPORTO",
               purchase_order="ORDINE D'ACQUISTO", quotation="PREVENTIVO", packing_list="PACKING LIST", price_list="LISTINO PREZZI",
               no="N.", date="Data", seller="Cedente/Prestatore", buyer="Cessionario/Committente", desc="Descrizione", qty="Q.tà",
               unit="Prezzo unit.", vat="IVA", amount="Importo", sub="Imponibile", tax="IVA", total="Totale documento", disc="Sconto",
               ship="Spese di trasporto", due="Scadenza", legal="Copia di cortesia della fattura elettronica trasmessa al SdI. Codice destinatario: M5UXCR1."),
    "es": dict(invoice="FACTURA", credit_note="FACTURA RECTIFICATIVA", receipt="FACTURA SIMPLIFICADA", proforma="FACTURA PROFORMA",
               delivery_note="ALBARÁN", purchase_order="PEDIDO", quotation="PRESUPUESTO", packing_list="LISTA DE EMBALAJE", price_list="LISTA DE PRECIOS",
               no="Nº", date="Fecha", seller="Emisor", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Precio", vat="IVA",
               amount="Importe", sub="Base imponible", tax="IVA", total="TOTAL", disc="Descuento", ship="Portes", due="Vencimiento",
               legal="Inscrita en el Registro Mercantil. Forma de pago: transferencia a 30 días."),
    "de": dict(invoice="RECHNUNG", credit_note="GUTSCHRIFT", receipt="QUITTUNG", proforma="PROFORMARECHNUNG", delivery_note="LIEFERSCHEIN",
               purchase_order="BESTELLUNG", quotation="ANGEBOT", packing_list="PACKLISTE", price_list="PREISLISTE",
               no="Nr.", date="Datum", seller="Verkäufer", buyer="Kunde", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", vat="USt",
               amount="Gesamt", sub="Nettobetrag", tax="USt.", total="Rechnungsbetrag", disc="Rabatt", ship="Versand", due="Fällig",
               legal="Zahlbar innerhalb 14 Tagen ohne Abzug. Geschäftsführer: M. Kranich. Amtsgericht Hamburg HRA 118204."),
    "en": dict(invoice="INVOICE", credit_note="CREDIT NOTE", receipt="RECEIPT", proforma="PRO FORMA INVOICE", delivery_note="DELIVERY NOTE",
               purchase_order="PURCHASE ORDER", quotation="QUOTATION", packing_list="PACKING LIST", price_list="PRICE LIST",
               no="No.", date="Date", seller="From", buyer="Bill to", desc="Description", qty="Qty", unit="Unit price", vat="VAT",
               amount="Amount", sub="Subtotal", tax="VAT", total="Total due", disc="Discount", ship="Shipping", due="Due date",
               legal="Payment terms: 30 days net. Please quote the invoice number with your payment."),
    "zh": dict(invoice="增值税专用发票", credit_note="红字发票", receipt="收据", proforma="形式发票", delivery_note="送货单",
               purchase_order="采购订单", quotation="报价单", packing_list="装箱单", price_list="价目表",
               no="发票号码", date="开票日期", seller="销售方", buyer="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", vat="税率",
               amount="金额", sub="合计", tax="税额", total="价税合计", disc="折扣", ship="运费", due="付款期限", legal="备注：货物已发出，请核对。"),
    "ja": dict(invoice="請求書", credit_note="返金伝票", receipt="領収書", proforma="見積請求書", delivery_note="納品書",
               purchase_order="注文書", quotation="見積書", packing_list="梱包明細", price_list="価格表",
               no="請求番号", date="発行日", seller="発行者", buyer="御中", desc="品名", qty="数量", unit="単価", vat="税率",
               amount="金額", sub="小計", tax="消費税", total="ご請求金額", disc="値引き", ship="送料", due="お支払期限", legal="お振込手数料は御社ご負担にてお願い申し上げます。"),
    "pl": dict(invoice="FAKTURA VAT", credit_note="FAKTURA KORYGUJĄCA", receipt="PARAGON", proforma="FAKTURA PRO FORMA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE",
               purchase_order="ZAMÓWIENIE", quotation="OFERTA", packing_list="LISTA PAKOWA", price_list="CENNIK",
               no="Nr", date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="Cena netto",
               vat="VAT", amount="Wartość netto", sub="Razem netto", tax="VAT", total="Do zapłaty", disc="Rabat", ship="Wysyłka", due="Termin płatności",
               legal="Sposób płatności: przelew 14 dni."),
    "nl": dict(invoice="FACTUUR", credit_note="CREDITNOTA", receipt="KASSABON", proforma="PROFORMAFACTUUR", delivery_note="PAKBON",
               purchase_order="INKOOPORDER", quotation="OFFERTE", packing_list="PAKLIJST", price_list="PRIJSLIJST",
               no="Nr.", date="Factuurdatum", seller="Leverancier", buyer="Klant", desc="Omschrijving", qty="Aantal", unit="Prijs", vat="BTW",
               amount="Bedrag", sub="Subtotaal", tax="BTW", total="Totaal", disc="Korting", ship="Verzendkosten", due="Vervaldatum",
               legal="Betaling binnen 30 dagen op IBAN NL42 ABNA 0417 2281 93."),
}


def words(c):
    return W[lang_text(c)]


# ---------------------------------------------------------------- document model
def make_doc(rng, c, doc_type="invoice", n_items=None, arith_error=False, discount=None, shipping=None, with_tax=True):
    sup = rng.choice(SUPPLIERS[c])
    buy = rng.choice(BUYERS[c])
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 440))
    n_items = n_items or rng.randint(1, 6)
    if c == "us":
        with_tax = False
    rates = VAT[c]
    names = rng.sample(ITEMS[c], min(n_items, len(ITEMS[c])))
    while len(names) < n_items:
        names.append(rng.choice(ITEMS[c]) + f" ({rng.choice('ABCDEFG')})")
    items = []
    for nm in names:
        qty = rng.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 48, 50, 100])
        if c == "ja":
            up = Decimal(rng.randint(3, 90) * 50)
        elif c == "zh":
            up = q(Decimal(rng.randint(300, 9000)) / 100)
        else:
            up = q(Decimal(rng.randint(150, 6500)) / 100)
        rate = rng.choice(rates) if with_tax else Decimal(0)
        items.append(dict(desc=nm, qty=qty, unit=up, rate=rate, line=q(up * qty)))
    doc = dict(country=c, lang=lang_text(c), currency=CURRENCY[c], supplier=sup, buyer=buy, date=d, doc_type=doc_type,
               number=f"{rng.choice(['FA', 'F', 'INV', 'R', ''])}{d.year}-{rng.randint(100, 9999):04d}",
               items=items, with_tax=with_tax)
    if discount is None:
        discount = rng.random() < 0.25
    if shipping is None:
        shipping = rng.random() < 0.3
    compute(doc, discount, shipping, rng)
    doc["arithmetic_error"] = False
    if arith_error:
        inject_error(doc, rng)
    if doc_type == "credit_note":
        doc["sign"] = -1
    return doc


def compute(doc, discount, shipping, rng):
    items = doc["items"]
    sub = sum((i["line"] for i in items), Decimal(0))
    disc = q(sub * Decimal(rng.choice([5, 10, 3])) / 100) if discount else Decimal(0)
    ship = q(Decimal(rng.randint(900, 4500)) / 100) if shipping else Decimal(0)
    if doc["country"] == "ja":
        disc = Decimal(int(disc)); ship = Decimal(int(ship) * 10 if shipping else 0)
    net = sub - disc + ship
    # tax per rate, discount applied proportionally, shipping taxed at main rate
    taxes = {}
    if doc["with_tax"]:
        main = VAT[doc["country"]][0]
        for i in items:
            taxes.setdefault(i["rate"], Decimal(0))
            taxes[i["rate"]] += i["line"]
        if disc:
            for r in taxes:
                taxes[r] = taxes[r] - q(disc * taxes[r] / sub)
            # fix rounding so bases sum to sub - disc
            diff = (sub - disc) - sum(taxes.values())
            taxes[main] = taxes.get(main, Decimal(0)) + diff
        if ship:
            taxes[main] = taxes.get(main, Decimal(0)) + ship
        taxes = {r: (b, q(b * r / 100)) for r, b in taxes.items()}
        if doc["country"] == "ja":
            taxes = {r: (b, Decimal(int(b * r / 100))) for r, (b, t) in taxes.items()}
    tax = sum((t for b, t in taxes.values()), Decimal(0))
    doc.update(subtotal=sub, discount=disc, shipping=ship, net=net, taxes=taxes, tax=tax, total=net + tax)


def inject_error(doc, rng):
    kind = rng.choice(["line", "total", "tax"])
    if kind == "line":
        it = rng.choice(doc["items"])
        it["line"] = it["line"] + rng.choice([Decimal("10.00"), Decimal("-1.00"), Decimal("100.00")])
        # totals computed from the *correct* lines: the printed line no longer matches qty*unit
    elif kind == "total":
        doc["total"] = doc["total"] + rng.choice([Decimal("9.00"), Decimal("0.90"), Decimal("-10.00")])
    else:
        doc["tax"] = doc["tax"] + Decimal("1.00")
        doc["total"] = doc["net"] + doc["tax"]  # total consistent with wrong tax: tax != sum of base*rate
    doc["arithmetic_error"] = kind


def money(doc, x):
    return fmt_money(x, doc["country"])


def num(doc, x):
    if doc["country"] == "tn":
        return fmt_num3(x)
    return fmt_num(x, doc["country"])


def label(doc, file, producer, pages=1, **kw):
    t = doc["total"]  # as printed (credit notes print positive amounts under the AVOIR / credit-note title)
    is_inv = doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma")
    lab = dict(file=file, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc["lang"],
               is_invoice=is_inv if doc["doc_type"] != "proforma" else False, doc_type=doc["doc_type"],
               date=doc["date"].isoformat(), total=str(q(t)) if doc.get("has_total", True) else None,
               currency=doc["currency"], supplier=doc["supplier"][0], buyer=doc["buyer"][0], pages=pages,
               edit_before_capture=False, arithmetic_error=bool(doc.get("arithmetic_error")))
    if doc["country"] in ("ma", "tn"):
        lab["supplier_country"] = doc["country"].upper()
    lab.update(kw)
    return lab


def write_part(name, labels):
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
