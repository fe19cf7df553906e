"""Shared data model: invented companies, line items, arithmetic, locale formatting, labels."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
TMP = os.path.join(HERE, "tmp")
PARTS = os.path.join(HERE, "parts")
for d in (FILES, TMP, PARTS):
    os.makedirs(d, exist_ok=True)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D2 = Decimal("0.01")
def q(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}

# ---------------------------------------------------------------- number / date formats
def fmt_num(v, style, decimals=2):
    v = q(v) if decimals == 2 else Decimal(v).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    neg = v < 0
    v = abs(v)
    s = f"{v:.{decimals}f}"
    ip, _, dp = s.partition(".")
    groups = []
    while len(ip) > 3:
        groups.insert(0, ip[-3:]); ip = ip[:-3]
    groups.insert(0, ip)
    th, dec = {"comma": (".", ","), "space": ("\u00a0", ","), "dot": (",", "."),
               "apos": ("'", "."), "plainspace": (" ", ","), "none": ("", ".")}[style]
    out = th.join(groups) + ((dec + dp) if decimals else "")
    return ("-" if neg else "") + out

LOCALE = {
    # lang: (number style, date style, money pattern)
    "it": ("comma", "dmy_slash", "€ {n}"),
    "de": ("comma", "dmy_dot", "{n} €"),
    "at": ("comma", "dmy_dot", "€ {n}"),
    "fr": ("space", "fr_long", "{n} €"),
    "es": ("comma", "dmy_slash", "{n} €"),
    "el": ("comma", "dmy_slash", "{n} €"),
    "nl": ("comma", "dmy_dash", "€ {n}"),
    "pl": ("plainspace", "dmy_dot", "{n} zł"),
    "en_us": ("dot", "mdy_slash", "${n}"),
    "en_gb": ("dot", "en_long", "£{n}"),
    "en_cn": ("dot", "ymd_dash", "{n} USD"),
    "zh": ("dot", "cjk", "¥{n}"),
    "ja": ("dot", "ymd_slash", "¥{n}"),
    "ch": ("apos", "dmy_dot", "CHF {n}"),
}

def fmt_date(d, style):
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "ymd_dash": return d.strftime("%Y-%m-%d")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "fr_long": return f"{d.day}{'er' if d.day == 1 else ''} {MONTHS['fr'][d.month-1]} {d.year}"
    if style == "en_long": return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == "es_long": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if style == "it_long": return f"{d.day} {MONTHS['it'][d.month-1]} {d.year}"
    if style == "de_long": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    raise ValueError(style)

# ---------------------------------------------------------------- vocabulary
T = {
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
            packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO (DDT)",
            no="Numero", date="Data", seller="Cedente/Prestatore", buyer="Cessionario/Committente", desc="Descrizione", qty="Q.tà", unit="Prezzo unitario",
            amount="Importo", subtotal="Imponibile", tax="IVA", discount="Sconto", shipping="Spese di trasporto", total="Totale documento",
            due="Scadenza", pay="Modalità di pagamento", bank="IBAN", vatid="P.IVA", page="Pagina"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMARECHNUNG",
            packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN",
            no="Rechnungsnr.", date="Rechnungsdatum", seller="Lieferant", buyer="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", unit="Einzelpreis",
            amount="Gesamt", subtotal="Nettobetrag", tax="USt.", discount="Rabatt", shipping="Versandkosten", total="Rechnungsbetrag",
            due="Zahlbar bis", pay="Zahlungsbedingungen", bank="IBAN", vatid="USt-IdNr.", page="Seite"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA",
            packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON",
            no="Facture n°", date="Date", seller="Vendeur", buyer="Client", desc="Désignation", qty="Qté", unit="PU HT",
            amount="Montant HT", subtotal="Total HT", tax="TVA", discount="Remise", shipping="Frais de port", total="Total TTC",
            due="Échéance", pay="Conditions de paiement", bank="IBAN", vatid="N° TVA", page="Page"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
            packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA", quotation="PRESUPUESTO", delivery_note="ALBARÁN",
            no="Nº factura", date="Fecha", seller="Emisor", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Precio",
            amount="Importe", subtotal="Base imponible", tax="IVA", discount="Descuento", shipping="Portes", total="TOTAL",
            due="Vencimiento", pay="Forma de pago", bank="IBAN", vatid="NIF", page="Página"),
 "el": dict(invoice="ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", tax_invoice="ΤΙΜΟΛΟΓΙΟ", receipt="ΑΠΟΔΕΙΞΗ", credit_note="ΠΙΣΤΩΤΙΚΟ", proforma="ΠΡΟΤΙΜΟΛΟΓΙΟ",
            packing_list="ΛΙΣΤΑ ΣΥΣΚΕΥΑΣΙΑΣ", purchase_order="ΠΑΡΑΓΓΕΛΙΑ", quotation="ΠΡΟΣΦΟΡΑ", delivery_note="ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ",
            no="Αριθμός", date="Ημερομηνία", seller="Εκδότης", buyer="Πελάτης", desc="Περιγραφή", qty="Ποσ.", unit="Τιμή μον.",
            amount="Αξία", subtotal="Καθαρή αξία", tax="ΦΠΑ", discount="Έκπτωση", shipping="Μεταφορικά", total="Πληρωτέο",
            due="Λήξη", pay="Τρόπος πληρωμής", bank="IBAN", vatid="ΑΦΜ", page="Σελίδα"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR",
            packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON",
            no="Factuurnummer", date="Factuurdatum", seller="Leverancier", buyer="Factuuradres", desc="Omschrijving", qty="Aantal", unit="Stukprijs",
            amount="Bedrag", subtotal="Subtotaal excl. btw", tax="btw", discount="Korting", shipping="Verzendkosten", total="Totaal incl. btw",
            due="Vervaldatum", pay="Betaling", bank="IBAN", vatid="Btw-nr.", page="Pagina"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
            packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ – WYDANIE ZEWNĘTRZNE",
            no="Nr", date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="Cena netto",
            amount="Wartość netto", subtotal="Razem netto", tax="VAT", discount="Rabat", shipping="Transport", total="Do zapłaty",
            due="Termin płatności", pay="Sposób płatności", bank="Konto", vatid="NIP", page="Strona"),
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
            packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE",
            no="Invoice No.", date="Invoice Date", seller="Seller", buyer="Bill To", desc="Description", qty="Qty", unit="Unit Price",
            amount="Amount", subtotal="Subtotal", tax="VAT", discount="Discount", shipping="Shipping", total="Total",
            due="Due Date", pay="Payment Terms", bank="Bank", vatid="VAT No.", page="Page"),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票",
            packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
            no="发票号码", date="开票日期", seller="销售方", buyer="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价",
            amount="金额", subtotal="合计", tax="税额", discount="折扣", shipping="运费", total="价税合计",
            due="付款期限", pay="付款方式", bank="开户行及账号", vatid="纳税人识别号", page="第页"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書",
            no="請求番号", date="請求日", seller="発行者", buyer="御中", desc="品名", qty="数量", unit="単価",
            amount="金額", subtotal="小計", tax="消費税", discount="値引", shipping="送料", total="ご請求金額",
            due="お支払期限", pay="お振込先", bank="振込先", vatid="登録番号", page="頁"),
}
def vocab(lang):
    return T[{"at": "de", "ch": "de", "en_us": "en", "en_gb": "en", "en_cn": "en"}.get(lang, lang)]

NONINV = {  # header words for documents that are not invoices: (number, date, counterparty, counterparty on a purchase order)
 "it": ("Numero", "Data", "Destinatario", "Fornitore"), "de": ("Nr.", "Datum", "Kunde", "Lieferant"), "fr": ("N°", "Date", "Client", "Fournisseur"),
 "es": ("Nº", "Fecha", "Cliente", "Proveedor"), "el": ("Αρ.", "Ημερομηνία", "Πελάτης", "Προμηθευτής"), "nl": ("Nummer", "Datum", "Klant", "Leverancier"),
 "pl": ("Nr", "Data", "Odbiorca", "Dostawca"), "en": ("No.", "Date", "Customer", "Supplier"), "zh": ("编号", "日期", "客户", "供应商"),
 "ja": ("番号", "日付", "お客様", "仕入先")}


def vocab_doc(doc):
    v = dict(vocab(doc["lang"]))
    if doc["doc_type"] in ("packing_list", "purchase_order", "quotation", "delivery_note", "other"):
        n, d, cp, sup = NONINV[LANG_LABEL.get(doc["lang"], doc["lang"])]
        v["no"], v["date"], v["buyer"] = n, d, (sup if doc["doc_type"] == "purchase_order" else cp)
        if doc["doc_type"] == "purchase_order":
            v["seller"] = {"it": "Committente", "de": "Besteller", "fr": "Acheteur", "es": "Comprador", "en": "Buyer", "pl": "Zamawiający",
                           "nl": "Koper", "el": "Αγοραστής", "zh": "采购方", "ja": "発注者"}[LANG_LABEL.get(doc["lang"], doc["lang"])]
    return v


CUR = {"it": "EUR", "de": "EUR", "at": "EUR", "fr": "EUR", "es": "EUR", "el": "EUR", "nl": "EUR", "pl": "PLN",
       "en_us": "USD", "en_gb": "GBP", "en_cn": "USD", "zh": "CNY", "ja": "JPY", "ch": "CHF"}
VAT = {"it": [22, 10, 4], "de": [19, 7], "at": [20, 10], "fr": [20, 5.5], "es": [21, 10], "el": [24, 13], "nl": [21, 9],
       "pl": [23, 8], "en_us": [0], "en_gb": [20], "en_cn": [0], "zh": [13], "ja": [10, 8], "ch": [8.1]}
LANG_LABEL = {"at": "de", "ch": "de", "en_us": "en", "en_gb": "en", "en_cn": "en"}

# ---------------------------------------------------------------- invented parties
IT_NAMES = ["Brambilla Forniture S.r.l.", "Casa Lombarda Distribuzione S.p.A.", "Ferramenta Colombo & Figli S.n.c.", "Tessitura Valseriana S.r.l.",
            "Ceramiche Arnoldi S.r.l.", "Officine Pellegatta S.r.l.", "Elettroforniture Brianza S.r.l.", "Cartotecnica Sormani S.a.s.",
            "Oleificio Donnaregina S.r.l.", "Profumeria Gallarati S.r.l.", "Minuterie Bergamine S.r.l.", "Pelletteria Ranieri S.r.l."]
IT_SELLERS = ["Bottega Verdiani di Luca Verdiani", "Giocattoli Ferraresi S.r.l.s.", "CasaMia Shop di Elena Sala", "Ortensia Home S.r.l.",
              "Zanin Outdoor S.r.l.", "Caffè Meneghino S.r.l.s.", "Belluno Bike Parts S.r.l.", "NoveLune Cosmetics S.r.l."]
CITIES = {
 "it": [("Via Pasubio 14", "20154 Milano (MI)"), ("Corso Vercelli 88", "10155 Torino (TO)"), ("Via dei Mille 3/B", "24122 Bergamo (BG)"),
        ("Viale Fulvio Testi 211", "20126 Milano (MI)"), ("Via Emilia Est 1045", "41122 Modena (MO)"), ("Via Garibaldi 7", "36061 Bassano del Grappa (VI)")],
 "de": [("Hafenstraße 12", "28217 Bremen"), ("Industriering 4a", "76829 Landau"), ("Lindenallee 57", "04109 Leipzig"), ("Gewerbepark Süd 9", "90411 Nürnberg")],
 "at": [("Triester Straße 140", "1100 Wien"), ("Lastenstraße 22", "4020 Linz")],
 "fr": [("12 rue des Tanneurs", "69002 Lyon"), ("ZA du Moulin, 4 allée Bleue", "44300 Nantes"), ("87 boulevard Voltaire", "13005 Marseille")],
 "es": [("Calle de Arganda 33", "28005 Madrid"), ("Polígono Can Salvatella, Nave 7", "08210 Barberà del Vallès")],
 "el": [("Οδός Εγνατίας 118", "546 30 Θεσσαλονίκη"), ("Λεωφ. Κηφισού 42", "122 42 Αιγάλεω")],
 "nl": [("Havenweg 19", "3542 AD Utrecht"), ("Kanaaldijk 203", "5683 CR Best")],
 "pl": [("ul. Przemysłowa 17", "61-579 Poznań"), ("ul. Składowa 4", "90-127 Łódź")],
 "en_us": [("1480 Industrial Pkwy, Suite 6", "Hayward, CA 94545"), ("22 Commerce Dr", "Edison, NJ 08837")],
 "en_gb": [("Unit 5, Brookfield Trading Estate", "Leeds LS11 5RT"), ("41 Canal Street", "Manchester M1 3HE")],
 "en_cn": [("Room 1203, Block B, Xinghe Plaza, Longgang District", "Shenzhen, Guangdong 518172, China"),
           ("No. 88 Yiwu Futian Road, Building 3", "Yiwu, Zhejiang 322000, China")],
 "zh": [("广东省深圳市宝安区福永街道凤凰路27号", ""), ("浙江省义乌市稠城街道工人北路312号", ""), ("江苏省苏州市吴中区东吴北路65号", "")],
 "ja": [("東京都江東区新木場2-7-14", "〒136-0082"), ("大阪府東大阪市高井田本通3-5-9", "〒577-0066")],
 "ch": [("Zürcherstrasse 161", "8953 Dietikon"), ("Via Cantonale 24", "6900 Lugano")],
}
FOREIGN = {
 "de": ["Köhler Haushaltswaren GmbH", "Nordlicht Textil GmbH & Co. KG", "Baumgärtner Werkzeuge e.K.", "Rheinpack Verpackungen GmbH"],
 "at": ["Steirer Holzwaren GmbH", "Donauland Vertriebs OG"],
 "fr": ["Atelier Lumière SARL", "Maison Berthelot SAS", "Provence Savons & Cie"],
 "es": ["Cerámicas del Turia S.L.", "Textiles Olmedo S.A."],
 "el": ["Ελαιώνες Μεσσηνίας Α.Ε.", "Κεραμεικός Εμπορική Ο.Ε."],
 "nl": ["Van Rijswijk Groothandel B.V.", "De Vries Verpakkingen B.V."],
 "pl": ["Przedsiębiorstwo Handlowe Wiśniewski Sp. z o.o.", "Drewmax Sp. z o.o."],
 "en_us": ["Bluegrass Packaging Supply LLC", "Coastline Import Partners Inc."],
 "en_gb": ["Harrowgate Trade Supplies Ltd", "Pennine Print & Pack Ltd"],
 "en_cn": ["Shenzhen Huaxin Electronic Technology Co., Ltd.", "Yiwu Jinrun Household Products Co., Ltd.", "Ningbo Haichen Import & Export Co., Ltd."],
 "zh": ["深圳市华芯电子科技有限公司", "义乌市锦润日用品有限公司", "苏州恒远纺织品有限公司"],
 "ja": ["株式会社ミナトエ商事", "有限会社さくら雑貨卸"],
 "ch": ["Alpenkraft Handels AG", "Ticino Orologeria SA"],
}
ITEMS = {
 "it": ["Tazza in ceramica 350 ml", "Lampada LED da scrivania", "Tappetino yoga 6 mm", "Capsule caffè miscela Arabica (conf. 100)", "Custodia smartphone in pelle",
        "Set coltelli cucina 5 pz", "Borraccia termica 750 ml", "Cuscino memory foam", "Candela profumata 200 g", "Zaino trekking 30 L", "Cavo USB-C 2 m", "Spazzola per animali"],
 "de": ["Edelstahl-Thermoskanne 1 l", "LED-Schreibtischleuchte", "Yogamatte 6 mm", "Baumwoll-Geschirrtuch 3er-Set", "Akku-Schrauber 12 V", "Verpackungskarton 40x30x20",
        "Kaffeemühle manuell", "Fahrradschloss Bügel", "Handtuch Frottee 50x100"],
 "fr": ["Savon de Marseille 300 g", "Bougie parfumée lavande", "Tablier en lin", "Plaid en laine", "Lampe de chevet LED", "Carafe en verre 1 L", "Sac isotherme"],
 "es": ["Plato de cerámica 27 cm", "Toalla de algodón", "Botella de vidrio 1 L", "Cesta de mimbre", "Aceite de oliva virgen extra 5 L", "Alfombrilla de baño"],
 "el": ["Ελαιόλαδο εξαιρετικό παρθένο 5 L", "Μέλι θυμαρίσιο 450 g", "Κεραμικό μπολ", "Σαπούνι ελαιολάδου"],
 "nl": ["Opbergbox met deksel", "Theepot glas 1,2 l", "Fietstas waterdicht", "Keukenweegschaal digitaal", "Plantenpot keramiek"],
 "pl": ["Deska do krojenia dębowa", "Koszyk wiklinowy", "Świeca sojowa", "Ręcznik bawełniany", "Kubek emaliowany"],
 "en": ["Wireless earbuds, white", "USB-C charging cable 2m", "Phone case, silicone", "Stainless steel water bottle 750ml", "LED strip light 5m",
        "Yoga mat 6mm", "Kitchen scale, digital", "Bamboo cutting board", "Silicone baking mat", "Pet grooming brush", "Desk organizer"],
 "zh": ["无线蓝牙耳机", "USB-C数据线 2米", "硅胶手机壳", "不锈钢保温杯 750ml", "LED灯带 5米", "瑜伽垫 6mm", "电子厨房秤", "竹制砧板"],
 "ja": ["ステンレスタンブラー", "竹製まな板", "LEDデスクライト", "今治タオル フェイス", "陶器マグカップ", "収納ボックス"],
}

def items_for(lang):
    return ITEMS.get({"at": "de", "ch": "de", "en_us": "en", "en_gb": "en", "en_cn": "en"}.get(lang, lang), ITEMS["en"])

def it_piva(rng):
    d = [rng.randint(0, 9) for _ in range(10)]
    s = 0
    for i, x in enumerate(d):
        if i % 2 == 0: s += x
        else:
            y = x * 2; s += y - 9 if y > 9 else y
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))

def tax_id(rng, lang):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {"it": "IT" + it_piva(rng), "de": "DE" + r(9), "at": "ATU" + r(8), "fr": "FR" + r(2) + r(9), "es": "ESB" + r(8),
            "el": "EL" + r(9), "nl": "NL" + r(9) + "B01", "pl": r(3) + "-" + r(3) + "-" + r(2) + "-" + r(2), "en_us": "EIN " + r(2) + "-" + r(7),
            "en_gb": "GB" + r(9), "en_cn": "USCC 91440" + r(13), "zh": "91440300" + r(10), "ja": "T" + r(13), "ch": "CHE-" + r(3) + "." + r(3) + "." + r(3) + " MWST"}[lang]

def party(rng, lang, italian=False, seller_side=False):
    italian = italian or lang == "it"
    if italian:
        name = rng.choice(IT_SELLERS if not seller_side else IT_NAMES)
        addr = rng.choice(CITIES["it"])
        piva = it_piva(rng)
        return dict(name=name, addr1=addr[0], addr2=addr[1], vat="IT" + piva, cf=piva, lang="it",
                    sdi=rng.choice(["M5UXCR1", "KRRH6B9", "0000000", "SUBM70N", "T04ZHR3", "USAL8PV"]))
    name = rng.choice(FOREIGN[lang])
    addr = rng.choice(CITIES[lang])
    return dict(name=name, addr1=addr[0], addr2=addr[1], vat=tax_id(rng, lang), lang=lang)

# ---------------------------------------------------------------- document model
def make_doc(rng, lang, doc_type="invoice", n_items=None, supplier_italian=None, buyer_italian=True,
             discount=None, shipping=None, tax=True, arith_error=False, date=None, long_lines=False):
    """Return a dict describing one document with computed totals and printed strings."""
    if supplier_italian is None:
        supplier_italian = lang == "it"
    sup = party(rng, lang, italian=supplier_italian, seller_side=True)
    buy = party(rng, "it", italian=True) if buyer_italian else party(rng, lang)
    for _ in range(20):
        if buy["name"] != sup["name"]: break
        buy = party(rng, "it", italian=True) if buyer_italian else party(rng, lang)
    if doc_type == "purchase_order":  # the Italian seller issues the order to its supplier
        sup, buy = buy, sup
    if n_items is None:
        n_items = rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    jpy = CUR[lang] == "JPY"
    pool = items_for(lang)
    rates = VAT[lang] if tax else [0]
    items = []
    for i in range(n_items):
        desc = rng.choice(pool)
        if long_lines:
            desc = desc + f" – lotto {rng.randint(100, 999)}"
        qty = rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 48, 50, 100])
        if jpy:
            unit = Decimal(rng.choice([180, 250, 480, 720, 980, 1200, 1580, 2400, 3600]))
        else:
            unit = q(Decimal(rng.randint(45, 9900)) / 100)
        rate = rates[0] if rng.random() < 0.8 else rng.choice(rates)
        sku = f"{rng.choice('ABCDKMPRSTVX')}{rng.choice('ABCDEHLMNRTZ')}-{rng.randint(1000, 99999)}"
        items.append(dict(sku=sku, desc=desc, qty=qty, unit=unit, rate=Decimal(str(rate)), amount=q(unit * qty)))
    sub = sum((it["amount"] for it in items), Decimal(0))
    disc = Decimal(0)
    if discount is None:
        discount = rng.random() < 0.25
    if discount:
        pct = Decimal(rng.choice([3, 5, 10, 15]))
        disc = q(sub * pct / 100)
    else:
        pct = Decimal(0)
    ship = Decimal(0)
    if shipping is None:
        shipping = rng.random() < 0.3
    if shipping:
        ship = Decimal(rng.choice([0, 900, 1250, 1990, 4500, 8000])) / 100 if not jpy else Decimal(rng.choice([800, 1200, 1500]))
        ship = q(ship) if ship else Decimal("9.90")
    # tax per rate, discount applied proportionally on the main rate, shipping at main rate
    taxable = {}
    for it in items:
        taxable[it["rate"]] = taxable.get(it["rate"], Decimal(0)) + it["amount"]
    main = items[0]["rate"]
    taxable[main] = taxable[main] - disc + ship
    taxes = {r: q(b * r / 100) for r, b in taxable.items()}
    net = sub - disc + ship
    tot_tax = sum(taxes.values(), Decimal(0))
    total = net + tot_tax
    if jpy:
        taxes = {r: v.quantize(Decimal(1), rounding="ROUND_DOWN") for r, v in taxes.items()}
        tot_tax = sum(taxes.values(), Decimal(0)); total = net + tot_tax
    printed_total = total
    error_note = None
    if arith_error:
        kind = rng.choice(["total", "line", "tax"])
        if kind == "total":
            printed_total = total + rng.choice([Decimal("10"), Decimal("-1"), Decimal("0.90"), Decimal("100")])
            error_note = "grand total does not equal net + tax"
        elif kind == "line":
            items[0]["amount"] = items[0]["amount"] + rng.choice([Decimal("10.00"), Decimal("1.00"), Decimal("-5.00")])
            if jpy: items[0]["amount"] = items[0]["amount"].quantize(Decimal(1))
            error_note = "first line amount != qty x unit price (totals use correct product)"
        else:
            k = next(iter(taxes))
            taxes[k] = taxes[k] + Decimal("1.00")
            error_note = "VAT amount off by 1.00; total computed from correct VAT"
    if date is None:
        date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 340))
    due = date + datetime.timedelta(days=rng.choice([0, 14, 30, 60]))
    year = date.year
    num = rng.choice([f"{rng.randint(1, 980)}/{year}", f"FT{year % 100}-{rng.randint(100, 9999):05d}",
                      f"{year}-{rng.randint(1, 4000):04d}", f"RE-{rng.randint(10000, 99999)}", f"INV{year}{rng.randint(1000, 9999)}"])
    pre = {"purchase_order": "PO-", "quotation": "OFF-" if lang == "it" else "Q-", "delivery_note": "DDT " if lang == "it" else "DN-",
           "packing_list": "PL-", "proforma": "PF-", "credit_note": "NC-" if lang == "it" else "CN-"}.get(doc_type)
    if pre:
        num = pre + f"{year % 100}{rng.randint(100, 9999):04d}"
    return dict(lang=lang, doc_type=doc_type, supplier=sup, buyer=buy, items=items, subtotal=sub, disc_pct=pct, discount=disc,
                shipping=ship, taxable=taxable, taxes=taxes, tax_total=tot_tax, net=net, total=printed_total,
                true_total=total, date=date, due=due, number=num, currency=CUR[lang], arith_error=bool(arith_error),
                error_note=error_note, has_tax=tax)

def money(doc, v, with_cur=True, style=None):
    lang = doc["lang"]
    ns, _, pat = LOCALE[lang]
    dec = 0 if doc["currency"] == "JPY" else 2
    if doc["currency"] == "CHF" and style is None:
        v = (Decimal(v) * 20).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 20 if False else v
    n = fmt_num(v, style or ns, dec)
    return pat.format(n=n) if with_cur else n

def num(doc, v, dec=2):
    ns = LOCALE[doc["lang"]][0]
    if doc["currency"] == "JPY": dec = 0
    return fmt_num(v, ns, dec)

def qtys(doc, v):
    return str(v)

def dstr(doc, d=None, style=None):
    return fmt_date(d or doc["date"], style or LOCALE[doc["lang"]][1])

def rate_str(r):
    s = f"{r:f}".rstrip("0").rstrip(".") if "." in f"{r:f}" else f"{r}"
    return s + "%"

# ---------------------------------------------------------------- labels
def label(fname, doc, producer, pages=1, genuine=True, edit_method=None, what_changed=None, edit_before_capture=False, **extra):
    lang = LANG_LABEL.get(doc["lang"], doc["lang"])
    tot = doc["total"]
    if doc.get("no_prices"):
        tstr = None
    else:
        tstr = f"{Decimal(tot):.0f}" if doc["currency"] == "JPY" else f"{q(tot):.2f}"
    d = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [], producer=producer,
             language=lang, is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note"),
             doc_type=doc["doc_type"], date=doc["date"].isoformat(), total=tstr, currency=doc["currency"],
             supplier=doc["supplier"]["name"] if doc["doc_type"] != "purchase_order" else doc["buyer"]["name"],
             buyer=doc["buyer"]["name"] if doc["doc_type"] != "purchase_order" else doc["supplier"]["name"], pages=pages, edit_before_capture=edit_before_capture,
             arithmetic_error=doc.get("arith_error", False))
    d.update(extra)
    return d

def write_part(name, labels, docs=None):
    """Write labels of one part; docs (fname -> doc) are pickled for the edit stage."""
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")
    if docs is not None:
        import pickle
        with open(os.path.join(PARTS, name + ".pkl"), "wb") as f:
            pickle.dump(docs, f)

def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
