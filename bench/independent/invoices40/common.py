"""Shared data model, invented companies, locale formatting and label helpers."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "work")
META = os.path.join(WORK, "meta")
PARTS = os.path.join(WORK, "parts")
for d in (FILES, WORK, META, PARTS):
    os.makedirs(d, exist_ok=True)

CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

D = Decimal
C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- companies (all invented)
MY_CO = {
    "zh": ("泉州市鸿屿鞋服贸易有限公司", "福建省泉州市丰泽区东海街道滨海路 88 号 3 栋 1203", "91350503MA3K7QX28N"),
    "en": ("Quanzhou Hongyu Footwear & Apparel Trading Co., Ltd.",
           "Rm 1203, Bldg 3, No. 88 Binhai Rd, Fengze District, Quanzhou, Fujian, China", "91350503MA3K7QX28N"),
}
SUPPLIERS = {
    "zh": [("晋江市陈埭镇鑫步鞋材厂", "福建省晋江市陈埭镇溪边工业区 17 号", "91350582MA2Y4H6L1C"),
           ("石狮市蚶江恒茂服饰有限公司", "福建省石狮市蚶江镇石湖村工业路 203 号", "91350581MA8RT3U55P"),
           ("莆田市荔城区顺达鞋业有限公司", "福建省莆田市荔城区黄石镇清前路 56 号", "91350304MA34QW9J0E"),
           ("泉州市洛江区精工包装印刷厂", "福建省泉州市洛江区万安街道塘西工业区 9 号", "92350504MA2XK1P73A"),
           ("义乌市廷森服饰辅料商行", "浙江省义乌市稠城街道宾王路 1149 号", "92330782MA29F8DQ4R")],
    "zh_hk": [("恒昌興貿易有限公司 Hang Cheong Hing Trading Ltd.", "香港九龍觀塘鴻圖道 51 號 12 樓 B 室", "BR 68124307"),
              ("Silverbay Sourcing (HK) Limited 銀灣採購", "Unit 7, 9/F, Kwai Cheong Centre, 50 Kwai Cheong Rd, Kwai Chung, N.T., Hong Kong", "BR 71930255")],
    "en_vn": [("Tan Phu Hung Footwear JSC", "Lot C4, Road 12, Tan Dong Hiep B Industrial Zone, Di An, Binh Duong, Vietnam", "MST 3702918465"),
              ("Minh Khoa Garment Co., Ltd.", "218 Le Trong Tan St, Tay Thanh Ward, Tan Phu Dist, Ho Chi Minh City, Vietnam", "MST 0314472908")],
    "en_bd": [("Rupnagar Knit Composite Ltd.", "Plot 44-46, BSCIC I/A, Fatullah, Narayanganj-1400, Bangladesh", "BIN 002917443-0305"),
              ("Meghna Crest Apparels Ltd.", "House 27, Road 6, Sector 3, Uttara, Dhaka-1230, Bangladesh", "BIN 000482117-0101")],
    "en": [("Brackenford Textile Supplies Ltd", "Unit 14, Lowfield Trading Estate, Leicester LE3 2WQ, United Kingdom", "GB 418 2290 67"),
           ("Cedarline Packaging Inc.", "4410 Harmon Ridge Rd, Suite 200, Columbus, OH 43219, USA", "EIN 84-3021957")],
    "de": [("Schuhtechnik Albrecht & Wendt GmbH", "Gewerbering 22, 66953 Pirmasens, Deutschland", "DE 318 472 905"),
           ("Lagerlogistik Brenner KG", "Am Hafenbecken 7, 47119 Duisburg, Deutschland", "DE 294 118 063")],
    "fr": [("Maroquinerie Delorme & Fils SARL", "12 rue des Tanneurs, 49300 Cholet, France", "FR 47 822 914 063"),
           ("Expéditions Garnier SAS", "ZA du Bois Fleuri, 3 allée des Cerisiers, 69330 Meyzieu, France", "FR 19 504 663 218")],
    "it": [("Calzaturificio Bellandi S.r.l.", "Via dell'Artigianato 41, 63900 Fermo (FM), Italia", "IT 02391740448"),
           ("Tessitura Orlandini S.p.A.", "Via Vittorio Veneto 118, 59100 Prato (PO), Italia", "IT 01847320975")],
    "es": [("Calzados Herrerías del Vinalopó S.L.", "Polígono Campo Alto, C/ Holanda 19, 03600 Elda (Alicante), España", "ESB54902317"),
           ("Textiles Mirabal S.A.", "Av. de la Industria 62, 28823 Coslada (Madrid), España", "ESA28736104")],
    "ja": [("株式会社ミナトフットウェア", "〒650-0042 兵庫県神戸市中央区波止場町 4-2 港ビル 5F", "T4140001086257"),
           ("有限会社さくら縫製", "〒710-0803 岡山県倉敷市中島 2311-7", "T8260002047713")],
    "pl": [("Obuwie Kowalczyk Sp. z o.o.", "ul. Przemysłowa 14, 42-200 Częstochowa, Polska", "573-291-84-06"),
           ("Hurtownia Tekstylna Zielińska s.c.", "ul. Łąkowa 7B, 90-562 Łódź, Polska", "727-104-63-29")],
    "nl": [("Van Riemsdijk Schoenen B.V.", "Industrieweg 31, 5145 PD Waalwijk, Nederland", "NL861204337B01"),
           ("Dekker Verpakkingen B.V.", "Havenstraat 118, 3024 SL Rotterdam, Nederland", "NL853917420B01")],
}
BUYERS = {
    "de": [("Fenwald Sport & Freizeit GmbH", "Lindenallee 5, 90402 Nürnberg, Deutschland", "DE 327 551 904")],
    "en": [("Northgate Footwear Retail Ltd", "27 Canal Side Walk, Manchester M1 7HF, United Kingdom", "GB 331 8840 12"),
           ("Pinecrest Outdoor Supply LLC", "980 Marlow Ave, Reno, NV 89502, USA", "EIN 87-1144920")],
    "fr": [("Boutique Lemaire Chaussures", "48 avenue Jean-Jaurès, 33000 Bordeaux, France", "FR 62 880 241 517")],
    "it": [("Moda Passo S.r.l.", "Corso Garibaldi 77, 20121 Milano (MI), Italia", "IT 09821350961")],
    "es": [("Deportes Albaicín S.L.", "Calle Recogidas 33, 18005 Granada, España", "ESB18830471")],
    "ja": [("株式会社あおば商事", "〒530-0001 大阪府大阪市北区梅田 2-7-14", "T2120001154682")],
    "pl": [("Sklep Sportowy Wiśniewski", "ul. Długa 45, 80-831 Gdańsk, Polska", "583-017-22-91")],
    "nl": [("Bakker Mode & Sport", "Oudegracht 210, 3511 NR Utrecht, Nederland", "NL004417280B02")],
}

# ---------------------------------------------------------------- items
ITEMS = {
    "en": ["Men's running shoe, mesh upper, EVA sole", "Women's canvas sneaker, white", "Kids' sandal, velcro strap",
           "Cotton crew socks, 6-pack", "Polyester windbreaker jacket", "Rubber outsole, size 42", "Shoe box, kraft, printed",
           "Hoodie, fleece 320gsm", "Leather insole, cut", "Yoga leggings, nylon/spandex", "Shoelaces 120cm, flat", "Poly mailer bag 35x45"],
    "zh": ["男士跑步鞋 网面 EVA底", "女士帆布鞋 白色", "儿童凉鞋 魔术贴", "纯棉中筒袜 6双装", "涤纶防风夹克", "橡胶大底 42码",
           "牛皮纸鞋盒 印刷", "抓绒卫衣 320克", "真皮鞋垫 裁片", "瑜伽裤 锦纶氨纶", "扁鞋带 120厘米", "快递袋 35x45"],
    "de": ["Herren-Laufschuh, Mesh-Obermaterial", "Damen-Canvas-Sneaker, weiß", "Kindersandale mit Klettverschluss",
           "Baumwollsocken, 6er-Pack", "Windjacke aus Polyester", "Gummilaufsohle Gr. 42", "Schuhkarton, Kraftpapier, bedruckt",
           "Kapuzenpullover Fleece", "Ledereinlegesohle", "Yoga-Leggings", "Schnürsenkel 120 cm", "Versandbeutel 35x45"],
    "fr": ["Chaussure de course homme, mesh", "Basket toile femme, blanche", "Sandale enfant à scratch",
           "Chaussettes coton, lot de 6", "Coupe-vent polyester", "Semelle caoutchouc T42", "Boîte à chaussures kraft",
           "Sweat à capuche molleton", "Semelle intérieure cuir", "Legging de yoga", "Lacets plats 120 cm", "Sachet d'expédition 35x45"],
    "it": ["Scarpa da corsa uomo, tomaia in rete", "Sneaker in tela donna, bianca", "Sandalo bambino con strappo",
           "Calze in cotone, conf. 6", "Giacca antivento poliestere", "Suola in gomma n. 42", "Scatola scarpe in kraft",
           "Felpa con cappuccio", "Soletta in pelle", "Leggings yoga", "Lacci piatti 120 cm", "Busta spedizione 35x45"],
    "es": ["Zapatilla running hombre, malla", "Zapatilla de lona mujer, blanca", "Sandalia infantil con velcro",
           "Calcetines de algodón, pack 6", "Cortavientos de poliéster", "Suela de goma T42", "Caja de zapatos kraft",
           "Sudadera con capucha", "Plantilla de piel", "Mallas de yoga", "Cordones planos 120 cm", "Bolsa de envío 35x45"],
    "ja": ["メンズランニングシューズ メッシュ", "レディース キャンバススニーカー 白", "キッズサンダル 面ファスナー",
           "綿クルーソックス 6足組", "ポリエステル ウインドブレーカー", "ラバーアウトソール 26.5cm", "クラフトシューズボックス 印刷",
           "裏起毛パーカー", "本革インソール", "ヨガレギンス", "平ひも 120cm", "宅配ビニール袋 35x45"],
    "pl": ["Buty do biegania męskie, siatka", "Trampki damskie, białe", "Sandały dziecięce na rzep",
           "Skarpety bawełniane, 6 par", "Wiatrówka poliestrowa", "Podeszwa gumowa r. 42", "Pudełko na buty, kraft",
           "Bluza z kapturem, polar", "Wkładka skórzana", "Legginsy do jogi", "Sznurówki płaskie 120 cm", "Koperta foliowa 35x45"],
    "nl": ["Herenhardloopschoen, mesh", "Canvas sneaker dames, wit", "Kindersandaal met klittenband",
           "Katoenen sokken, 6-pack", "Windjack polyester", "Rubberen loopzool mt. 42", "Schoenendoos kraft, bedrukt",
           "Hoodie fleece", "Leren inlegzool", "Yogalegging", "Platte veters 120 cm", "Verzendzak 35x45"],
}
ITEMS["zh_hk"] = ["男裝跑鞋 網面 Men's running shoe", "女裝帆布鞋 Canvas sneaker", "童裝涼鞋 Kids sandal", "棉襪 6對裝 Cotton socks",
                  "防風外套 Windbreaker", "橡膠鞋底 Rubber outsole", "鞋盒 Shoe box", "衛衣 Hoodie", "皮鞋墊 Insole",
                  "瑜伽褲 Leggings", "鞋帶 Shoelaces", "包裝袋 Mailer bag"]
PRICE_RANGE = {"CNY": (2, 120), "HKD": (5, 160), "USD": (0.4, 18), "EUR": (0.5, 45), "GBP": (0.5, 35),
               "JPY": (80, 4800), "PLN": (2, 160)}

# ---------------------------------------------------------------- words per language
W = {
    "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
               commercial="COMMERCIAL INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION",
               delivery_note="DELIVERY NOTE", other="PRICE LIST", no="Invoice No.", date="Date", seller="Seller", buyer="Bill to",
               desc="Description", qty="Qty", price="Unit price", amount="Amount", subtotal="Subtotal", tax="VAT", shipping="Shipping",
               discount="Discount", total="Total", taxid="Tax ID", page="Page", terms="Payment due within 30 days. Bank: see below.",
               due="Due date"),
    "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMARECHNUNG",
               commercial="HANDELSRECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT",
               delivery_note="LIEFERSCHEIN", other="PREISLISTE", no="Rechnungsnr.", date="Datum", seller="Verkäufer", buyer="Rechnungsempfänger",
               desc="Bezeichnung", qty="Menge", price="Einzelpreis", amount="Betrag", subtotal="Zwischensumme", tax="USt.", shipping="Versand",
               discount="Rabatt", total="Gesamtbetrag", taxid="USt-IdNr.", page="Seite", terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
               due="Fällig am"),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA",
               commercial="FACTURE COMMERCIALE", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS",
               delivery_note="BON DE LIVRAISON", other="TARIF", no="Facture n°", date="Date", seller="Vendeur", buyer="Facturé à",
               desc="Désignation", qty="Qté", price="Prix unitaire HT", amount="Montant HT", subtotal="Total HT", tax="TVA", shipping="Frais de port",
               discount="Remise", total="Total TTC", taxid="N° TVA", page="Page", terms="Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.",
               due="Échéance"),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
               commercial="FATTURA COMMERCIALE", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO",
               delivery_note="DOCUMENTO DI TRASPORTO", other="LISTINO PREZZI", no="Fattura n.", date="Data", seller="Cedente", buyer="Cessionario",
               desc="Descrizione", qty="Q.tà", price="Prezzo unit.", amount="Importo", subtotal="Imponibile", tax="IVA", shipping="Spese di trasporto",
               discount="Sconto", total="Totale documento", taxid="P.IVA", page="Pagina", terms="Pagamento: bonifico bancario 30 gg d.f.",
               due="Scadenza"),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
               commercial="FACTURA COMERCIAL", packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA", quotation="PRESUPUESTO",
               delivery_note="ALBARÁN", other="LISTA DE PRECIOS", no="Factura nº", date="Fecha", seller="Emisor", buyer="Cliente",
               desc="Concepto", qty="Cant.", price="Precio", amount="Importe", subtotal="Base imponible", tax="IVA", shipping="Portes",
               discount="Descuento", total="Total factura", taxid="NIF", page="Página", terms="Forma de pago: transferencia a 30 días.",
               due="Vencimiento"),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PRO-FORMAFACTUUR",
               commercial="HANDELSFACTUUR", packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE",
               delivery_note="PAKBON", other="PRIJSLIJST", no="Factuurnummer", date="Factuurdatum", seller="Leverancier", buyer="Factuur aan",
               desc="Omschrijving", qty="Aantal", price="Prijs", amount="Bedrag", subtotal="Subtotaal", tax="Btw", shipping="Verzendkosten",
               discount="Korting", total="Totaal", taxid="Btw-nr.", page="Pagina", terms="Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.",
               due="Vervaldatum"),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
               commercial="FAKTURA HANDLOWA", packing_list="LISTA PAKUNKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA",
               delivery_note="WZ - WYDANIE ZEWNĘTRZNE", other="CENNIK", no="Nr faktury", date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca",
               desc="Nazwa towaru", qty="Ilość", price="Cena netto", amount="Wartość netto", subtotal="Razem netto", tax="VAT", shipping="Transport",
               discount="Rabat", total="Do zapłaty", taxid="NIP", page="Strona", terms="Sposób płatności: przelew, termin 14 dni.",
               due="Termin płatności"),
    "ja": dict(invoice="請求書", tax_invoice="請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
               commercial="商業送り状", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書",
               delivery_note="納品書", other="価格表", no="請求番号", date="発行日", seller="発行元", buyer="御中",
               desc="品名", qty="数量", price="単価", amount="金額", subtotal="小計", tax="消費税(10%)", shipping="送料",
               discount="値引", total="ご請求金額", taxid="登録番号", page="頁", terms="お振込期限：翌月末日　振込手数料はご負担願います。",
               due="支払期限"),
    "zh": dict(invoice="销售发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票",
               commercial="商业发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
               delivery_note="送货单", other="价目表", no="发票号码", date="开票日期", seller="销售方", buyer="购买方",
               desc="货物或应税劳务名称", qty="数量", price="单价", amount="金额", subtotal="合计", tax="税额", shipping="运费",
               discount="折扣", total="价税合计", taxid="纳税人识别号", page="第页", terms="备注：货款请于收货后 30 天内结清。",
               due="付款期限"),
}
W["zh_hk"] = dict(W["en"], invoice="發票 INVOICE", tax_invoice="發票 INVOICE", receipt="收據 RECEIPT", proforma="形式發票 PROFORMA INVOICE",
                  no="發票編號 Invoice No.", date="日期 Date", seller="賣方 Seller", buyer="買方 Bill to", desc="貨品 Description",
                  qty="數量 Qty", price="單價 Unit price", amount="金額 Amount", subtotal="小計 Subtotal", total="總額 Total",
                  shipping="運費 Freight", discount="折扣 Discount", terms="付款條件 Terms: T/T 30 days")
W["en_vn"] = W["en_bd"] = W["en"]

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}


def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "iso": return d.isoformat()
    if style == "long_en": return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == "us_long": return f"{MONTHS['en'][d.month-1][:3]} {d.day}, {d.year}"
    if style.startswith("long_"):
        lg = style[5:]
        if lg == "es": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
        if lg == "de": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
        return f"{d.day} {MONTHS[lg][d.month-1]} {d.year}"
    raise ValueError(style)


DATE_STYLES = {"en": ["long_en", "dmy_slash"], "en_us": ["us", "us_long"], "de": ["dmy_dot", "long_de"],
               "fr": ["long_fr", "dmy_slash"], "it": ["dmy_slash", "long_it"], "es": ["dmy_slash", "long_es"],
               "nl": ["dmy_dash", "long_nl"], "pl": ["dmy_dot", "iso"], "ja": ["cjk", "ymd_slash"], "zh": ["cjk", "iso"],
               "zh_hk": ["dmy_slash", "long_en"], "en_vn": ["dmy_slash", "us_long"], "en_bd": ["dmy_dot", "long_en"]}

NUM_STYLE = {"en": "comma_dot", "en_us": "comma_dot", "zh": "comma_dot", "ja": "comma_dot", "zh_hk": "comma_dot",
             "en_vn": "comma_dot", "en_bd": "comma_dot", "de": "dot_comma", "it": "dot_comma", "es": "dot_comma",
             "nl": "dot_comma", "fr": "space_comma", "pl": "space_comma"}


def fmt_num(x, style, decimals=2):
    x = D(x)
    s = f"{abs(x):,.{decimals}f}"
    if style == "dot_comma":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "space_comma":
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if x < 0 else "") + s


SYMBOL = {"EUR": "€", "USD": "US$", "GBP": "£", "CNY": "¥", "JPY": "¥", "HKD": "HK$", "PLN": "zł"}


def fmt_money(x, cur, numstyle, lang):
    dec = 0 if cur == "JPY" else 2
    n = fmt_num(x, numstyle, dec)
    if cur == "EUR" and lang in ("de", "fr", "it", "es", "pl"):
        return f"{n} €"
    if cur == "EUR" and lang == "nl":
        return f"€ {n}"
    if cur == "PLN":
        return f"{n} zł"
    if cur == "USD" and lang in ("en_vn", "en_bd"):
        return f"{n} USD"
    if cur == "CNY" and lang == "zh":
        return f"¥{n}"
    return f"{SYMBOL[cur]}{n}"


LANG_NAME = {"en": "en", "en_us": "en", "en_vn": "en", "en_bd": "en", "zh": "zh", "zh_hk": "zh-Hant", "de": "de", "fr": "fr",
             "it": "it", "es": "es", "ja": "ja", "pl": "pl", "nl": "nl"}


def make_doc(rng, lang, doc_type="invoice", currency=None, n_items=None, tax_rate=None, discount=False, shipping=False,
             arith_error=False, supplier=None, buyer=None, date=None, date_style=None):
    """Build an invoice-like document model with correct arithmetic (unless arith_error)."""
    base = lang.replace("_us", "") if lang == "en_us" else lang
    wl = "en" if lang in ("en_us",) else lang
    if currency is None:
        currency = {"zh": "CNY", "zh_hk": "HKD", "ja": "JPY", "pl": "PLN", "en": "GBP", "en_us": "USD",
                    "en_vn": "USD", "en_bd": "USD"}.get(lang, "EUR")
    if tax_rate is None:
        tax_rate = {"de": 19, "fr": 20, "it": 22, "es": 21, "nl": 21, "pl": 23, "ja": 10, "zh": 13, "en": 20}.get(lang, 0)
    sup_pool = SUPPLIERS.get(lang) or SUPPLIERS["en"]
    if lang == "en_us": sup_pool = [SUPPLIERS["en"][1]]
    sup = supplier or rng.choice(sup_pool)
    if buyer is None:
        if lang in ("zh", "zh_hk", "en_vn", "en_bd") or rng.random() < 0.45:
            buyer = MY_CO["zh"] if lang == "zh" else MY_CO["en"]
        else:
            buyer = rng.choice(BUYERS.get(base, BUYERS["en"]))
    if date is None:
        date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 340))
    if date_style is None:
        date_style = rng.choice(DATE_STYLES[lang])
    n_items = n_items or rng.randint(1, 7)
    names = ITEMS.get(lang if lang in ITEMS else ("en" if lang.startswith("en") else lang))
    lo, hi = PRICE_RANGE[currency]
    items = []
    for nm in rng.sample(names, min(n_items, len(names))) + [rng.choice(names) + " (B)" for _ in range(max(0, n_items - len(names)))]:
        qty = rng.choice([1, 2, 5, 10, 12, 20, 24, 50, 60, 100, 120, 200, 300, 500, 1000, 1200])
        if currency == "JPY":
            price = D(rng.randint(int(lo), int(hi)))
        else:
            price = q2(D(str(round(rng.uniform(lo, hi), 2))))
        items.append({"desc": nm, "qty": qty, "price": price, "line": q2(price * qty)})
    subtotal = sum((it["line"] for it in items), D(0))
    disc = q2(subtotal * D(rng.choice([3, 5, 10])) / 100) if discount else D(0)
    ship = q2(D(rng.choice(["8.50", "15.00", "25.00", "45.00", "120.00"])) * (100 if currency == "JPY" else 1)) if shipping else D(0)
    net = subtotal - disc + ship
    tax = q2(net * D(tax_rate) / 100)
    if currency == "JPY":
        tax = tax.quantize(D(1), rounding="ROUND_DOWN")
    total = net + tax
    err = None
    if arith_error:
        kind = rng.choice(["line", "total", "tax"])
        if kind == "line":
            it = rng.choice(items)
            it["line"] = it["line"] + D(rng.choice(["10", "1.00", "100", "0.90"]))
            err = "line_total_wrong"
        elif kind == "tax":
            tax = tax + D(rng.choice(["1.20", "10.00", "0.50"]))
            total = net + tax
            err = "tax_wrong"
        else:
            total = total + D(rng.choice(["9.00", "90.00", "0.10", "100.00"]))
            err = "grand_total_wrong"
    number = {"zh": f"{rng.randint(10000000, 99999999)}", "ja": f"No.{rng.randint(1000, 9999)}-{rng.randint(10, 99)}",
              "de": f"RE-{date.year}-{rng.randint(1000, 9999)}", "pl": f"FV/{rng.randint(10, 999)}/{date.month:02d}/{date.year}",
              "it": f"{rng.randint(1, 450)}/{date.year}", "fr": f"F{date.year}{rng.randint(10000, 99999)}"}.get(
        lang, f"INV-{date.strftime('%y%m')}-{rng.randint(100, 9999)}")
    return {
        "lang": lang, "wl": wl, "doc_type": doc_type, "currency": currency, "tax_rate": tax_rate,
        "supplier": {"name": sup[0], "addr": sup[1], "tax": sup[2]},
        "buyer": {"name": buyer[0], "addr": buyer[1], "tax": buyer[2]},
        "date": date.isoformat(), "date_style": date_style, "number": number, "items": items,
        "subtotal": subtotal, "discount": disc, "shipping": ship, "tax": tax, "total": total,
        "arith_error": err, "numstyle": NUM_STYLE[lang],
    }


def words(doc):
    return W[doc["wl"]] if doc["wl"] in W else W["en"]


def money(doc, x):
    return fmt_money(x, doc["currency"], doc["numstyle"], doc["lang"])


def num(doc, x):
    return fmt_num(x, doc["numstyle"], 0 if doc["currency"] == "JPY" else 2)


def ddate(doc):
    return fmt_date(datetime.date.fromisoformat(doc["date"]), doc["date_style"])


def title(doc):
    w = words(doc)
    if doc["doc_type"] == "commercial":
        return w["commercial"]
    return w[doc["doc_type"]]


def label(fname, doc, producer, pages, genuine=True, edit_method=None, what_changed=None, edit_before_capture=False, **extra):
    dt = doc["doc_type"]
    if dt == "commercial": dt = "invoice"
    is_inv = dt in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma")
    if dt == "proforma": is_inv = False  # a proforma is an offer, not a demand for payment
    rec = {"file": fname, "genuine": genuine, "edit_method": edit_method, "what_changed": what_changed or [],
           "producer": producer, "language": LANG_NAME[doc["lang"]], "is_invoice": is_inv, "doc_type": dt,
           "date": doc["date"], "total": None if dt in ("packing_list", "delivery_note") and not doc.get("show_total") else str(q2(doc["total"]) if doc["currency"] != "JPY" else doc["total"].quantize(D(1))),
           "currency": doc["currency"], "supplier": doc["supplier"]["name"], "buyer": doc["buyer"]["name"],
           "pages": pages, "edit_before_capture": edit_before_capture, "arithmetic_error": bool(doc.get("arith_error"))}
    if doc.get("arith_error"):
        rec["arithmetic_error_kind"] = doc["arith_error"]
    rec.update(extra)
    return rec


def _enc(o):
    if isinstance(o, Decimal): return {"__dec__": str(o)}
    raise TypeError(o)


def _dec(o):
    if "__dec__" in o: return D(o["__dec__"])
    return o


def save_meta(fname, doc, **extra):
    with open(os.path.join(META, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump({"doc": doc, **extra}, f, default=_enc, ensure_ascii=False)


def load_meta(fname):
    with open(os.path.join(META, fname + ".json"), encoding="utf-8") as f:
        return json.load(f, object_hook=_dec)


def write_part(name, recs):
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def read_part(name):
    p = os.path.join(PARTS, name + ".jsonl")
    if not os.path.exists(p): return []
    with open(p, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
