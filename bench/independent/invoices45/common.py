"""Shared data model: invented companies, items, number/date formats, totals, labels."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
TMP = os.path.join(BASE, "tmp")
PARTS = os.path.join(BASE, "parts")
for d in (FILES, TMP, PARTS):
    os.makedirs(d, exist_ok=True)

D = Decimal
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/"

# ---------------------------------------------------------------- companies
NAMES = {
    "tr": (["Anadolu", "Boğaziçi", "Çınar", "Ege", "Karadut", "Lalezar", "Meltem", "Pamukova", "Sedef", "Yıldız", "Kuzey", "Toros"],
           ["Tekstil San. ve Tic. Ltd. Şti.", "Ev Tekstili A.Ş.", "Örme ve Konfeksiyon Ltd. Şti.", "Dış Ticaret A.Ş.", "Havlu ve Bornoz San. Ltd. Şti."],
           ["Merter Mah. Keresteciler Sit. No:{n} Güngören/İstanbul", "Organize Sanayi Bölgesi {n}. Cad. No:{n2} Denizli",
            "Atatürk Bulvarı No:{n} Kat:3 Bursa", "Laleli Mah. Ordu Cad. No:{n} Fatih/İstanbul", "Zeytinburnu Mah. Tekstilkent B Blok No:{n} İstanbul"]),
    "en": (["Harbourline", "Greywick", "Northmoor", "Silverash", "Bramblecourt", "Oakhurst", "Redfen", "Willowmere"],
           ["Trading Ltd", "Home Goods Ltd", "Logistics LLP", "Retail Ltd", "Imports Inc."],
           ["Unit {n}, Kestrel Park, Leicester LE{n2} 4QX, United Kingdom", "{n} Mercer Street, Suite {n2}, Newark, NJ 07105, USA",
            "{n} Dockside Road, Felixstowe IP{n2} 3TT, UK"]),
    "zh": (["Ningbo Haoyun", "Shaoxing Jinlan", "Nantong Yifan", "Yiwu Baicheng", "Gaoyang Ruixiang", "Hangzhou Tianmu"],
           ["Textile Co., Ltd.", "Home Textile Co., Ltd.", "Import & Export Co., Ltd.", "Trading Co., Ltd."],
           ["No.{n} Chengxi Road, Yinzhou District, Ningbo, Zhejiang, China", "Room {n}0{n2}, Building 5, Keqiao Textile City, Shaoxing, China",
            "No.{n} Industrial Park Ave, Tongzhou, Nantong, Jiangsu, China"]),
    "zhc": (["宁波浩运", "绍兴锦岚", "南通逸帆", "义乌百城", "高阳瑞祥", "杭州天目"],
            ["纺织品有限公司", "家纺有限公司", "进出口有限公司", "贸易有限公司"],
            ["浙江省宁波市鄞州区城西路{n}号", "浙江省绍兴市柯桥区轻纺城{n}幢{n2}室", "江苏省南通市通州区工业园路{n}号"]),
    "ja": (["株式会社さくら", "有限会社みどり", "株式会社大和", "株式会社ひかり", "合同会社あおい"],
           ["テキスタイル", "物産", "商事", "リビング"],
           ["東京都中央区日本橋{n}-{n2}-3", "大阪府大阪市中央区本町{n}-{n2}-8", "愛知県一宮市栄{n}-{n2}-1"]),
    "de": (["Rheintal", "Nordstern", "Lindenhof", "Bergmann", "Falkenau", "Weserland"],
           ["Heimtextilien GmbH", "Handels GmbH", "Versand GmbH & Co. KG", "Logistik GmbH"],
           ["Industriestraße {n}, 4{n2}123 Bielefeld, Deutschland", "Hafenweg {n}, 2{n2}457 Hamburg", "Am Güterbahnhof {n}, 6{n2}329 Frankfurt am Main"]),
    "fr": (["Maison Lavande", "Textiles du Rhône", "Bastide", "Clairefontaine Déco", "Atelier Sirocco"],
           ["SARL", "SAS", "et Fils SARL"],
           ["{n} rue des Tisserands, 69{n2}2 Lyon, France", "{n} avenue de la Gare, 59{n2}0 Roubaix, France"]),
    "it": (["Tessitura Belcolle", "Casa Lunella", "Lanificio Vallombra", "Biancheria Aurora"],
           ["S.r.l.", "S.p.A.", "S.n.c."],
           ["Via dei Mille {n}, 59{n2}0 Prato (PO), Italia", "Corso Garibaldi {n}, 20{n2}1 Milano, Italia"]),
    "es": (["Textil Albarizas", "Hogar Mediterráneo", "Confecciones Serrano", "Algodones del Sur"],
           ["S.L.", "S.A."],
           ["Calle Mayor {n}, 46{n2}0 Valencia, España", "Polígono Industrial El Prado, Nave {n}, 03{n2}0 Alicante"]),
    "nl": (["Van Dijk", "De Linnenkast", "Groot & Zonen", "Hollandse Huishoud"],
           ["B.V.", "Handel B.V."],
           ["Havenstraat {n}, 30{n2} AB Rotterdam, Nederland", "Industrieweg {n}, 52{n2} KL Tilburg"]),
    "pl": (["Tkaniny Wisła", "Dom i Len", "Przędza Mazury", "Bawełna Polska"],
           ["Sp. z o.o.", "S.A.", "Sp.j."],
           ["ul. Włókiennicza {n}, 90-{n2}1 Łódź, Polska", "ul. Przemysłowa {n}, 43-{n2}0 Bielsko-Biała"]),
    "bg": (["Тракия Текстил", "Родопа Хоум", "Балкан Памук", "Дунав Трейд"],
           ["ЕООД", "ООД", "АД"],
           ["ул. Индустриална {n}, {n2}00 Пловдив, България", "бул. Цар Освободител {n}, 9{n2}0 Варна"]),
    "el": (["Υφαντουργία Αιγαίου", "Θεσσαλική Βάμβακος", "Οικιακά Ολύμπου", "Μακεδονικά Λινά"],
           ["Α.Ε.", "Ε.Π.Ε.", "Ι.Κ.Ε."],
           ["Οδός Εγνατίας {n}, {n2}546 Θεσσαλονίκη", "Λεωφ. Λαρίσης {n}, 41{n2}2 Λάρισα"]),
    "ro": (["Textila Carpați", "Casa Mureș", "Bumbac Dunărea", "Țesătoria Olt"],
           ["S.R.L.", "S.A."],
           ["Str. Fabricii nr. {n}, 400{n2}1 Cluj-Napoca, România", "Bd. Independenței nr. {n}, 700{n2}2 Iași"]),
}


def taxid(rng, lang):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {"tr": "VKN: " + r(10), "de": "USt-IdNr.: DE" + r(9), "fr": "TVA: FR" + r(11), "it": "P.IVA: IT" + r(11),
            "es": "NIF: B" + r(8), "nl": "btw-id: NL" + r(9) + "B01", "pl": "NIP: " + r(3) + "-" + r(3) + "-" + r(2) + "-" + r(2),
            "bg": "ЕИК/ДДС №: BG" + r(9), "el": "ΑΦΜ: EL" + r(9), "ro": "CUI: RO" + r(8), "ja": "登録番号: T" + r(13),
            "zh": "USCC: 91330" + r(13), "zhc": "纳税人识别号: 91330" + r(13), "en": "VAT Reg. No.: GB " + r(3) + " " + r(4) + " " + r(2)}[lang]


def company(rng, lang):
    a, b, addrs = NAMES[lang]
    sep = "" if lang in ("ja", "zhc") else " "
    name = rng.choice(a) + sep + rng.choice(b)
    addr = rng.choice(addrs).format(n=rng.randint(2, 98), n2=rng.randint(1, 9))
    return {"name": name, "addr": addr, "tax": taxid(rng, lang), "lang": lang}


def person_tr(rng):
    return rng.choice(["Ayşe", "Mehmet", "Elif", "Burak", "Zeynep", "Emre", "Selin", "Murat"]) + " " + \
        rng.choice(["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan"])

# ---------------------------------------------------------------- items
ITEMS = {
    "en": ["Cotton bath towel 70x140 cm", "Turkish hammam towel (peshtemal)", "Waffle bathrobe, size L", "Duvet cover set 200x220",
           "Linen cushion cover 45x45", "Jacquard tablecloth 160x220", "Blackout curtain panel 140x245", "Muslin baby blanket",
           "Kitchen tea towel, pack of 3", "Ceramic mug 350 ml", "Bamboo bath mat", "Knitted throw 130x170"],
    "tr": ["Pamuklu banyo havlusu 70x140", "Peştemal, %100 pamuk", "Waffle bornoz, L beden", "Nevresim takımı çift kişilik",
           "Keten kırlent kılıfı 45x45", "Jakarlı masa örtüsü 160x220", "Karartma perde 140x245", "Müslin bebek battaniyesi",
           "Mutfak havlusu 3'lü paket", "Seramik kupa 350 ml", "Bambu banyo paspası", "Örgü koltuk şalı 130x170"],
    "de": ["Badetuch Baumwolle 70x140", "Hamamtuch Peshtemal", "Waffel-Bademantel Gr. L", "Bettwäsche-Set 200x220",
           "Kissenhülle Leinen 45x45", "Tischdecke Jacquard 160x220", "Verdunkelungsvorhang 140x245", "Musselin-Babydecke",
           "Geschirrtuch 3er-Pack", "Keramikbecher 350 ml", "Badematte Bambus", "Strick-Wohndecke 130x170"],
    "fr": ["Serviette de bain coton 70x140", "Fouta hammam", "Peignoir nid d'abeille T.L", "Parure de couette 200x220",
           "Housse de coussin lin 45x45", "Nappe jacquard 160x220", "Rideau occultant 140x245", "Couverture bébé mousseline"],
    "it": ["Telo bagno cotone 70x140", "Telo hammam", "Accappatoio nido d'ape tg. L", "Set copripiumino 200x220",
           "Federa cuscino lino 45x45", "Tovaglia jacquard 160x220", "Tenda oscurante 140x245", "Copertina mussola neonato"],
    "es": ["Toalla de baño algodón 70x140", "Toalla hammam", "Albornoz gofre talla L", "Juego funda nórdica 200x220",
           "Funda de cojín lino 45x45", "Mantel jacquard 160x220", "Cortina opaca 140x245", "Manta muselina bebé"],
    "nl": ["Badhanddoek katoen 70x140", "Hamamdoek", "Wafelbadjas maat L", "Dekbedovertrek 200x220",
           "Kussenhoes linnen 45x45", "Tafelkleed jacquard 160x220", "Verduisteringsgordijn 140x245", "Mousseline babydeken"],
    "pl": ["Ręcznik kąpielowy bawełna 70x140", "Ręcznik hammam", "Szlafrok waflowy rozm. L", "Komplet pościeli 200x220",
           "Poszewka lniana 45x45", "Obrus żakardowy 160x220", "Zasłona zaciemniająca 140x245", "Kocyk muślinowy"],
    "bg": ["Хавлиена кърпа памук 70x140", "Кърпа за хамам", "Халат вафла, р-р L", "Спално бельо 200x220",
           "Калъфка за възглавница лен 45x45", "Покривка жакард 160x220", "Затъмняваща завеса 140x245"],
    "el": ["Πετσέτα μπάνιου βαμβακερή 70x140", "Πεστεμάλ χαμάμ", "Μπουρνούζι πικέ L", "Σετ παπλωματοθήκη 200x220",
           "Μαξιλαροθήκη λινή 45x45", "Τραπεζομάντιλο ζακάρ 160x220"],
    "ro": ["Prosop de baie bumbac 70x140", "Prosop hammam", "Halat vafe mărimea L", "Set lenjerie 200x220",
           "Față de pernă in 45x45", "Față de masă jacard 160x220", "Draperie opacă 140x245"],
    "ja": ["綿バスタオル 70x140", "ハマムタオル", "ワッフルバスローブ Lサイズ", "掛け布団カバーセット", "リネンクッションカバー 45x45",
           "ジャカードテーブルクロス", "遮光カーテン 140x245", "陶器マグカップ 350ml"],
    "zhc": ["全棉浴巾 70x140", "土耳其浴巾", "华夫格浴袍 L码", "被套四件套 200x220", "亚麻抱枕套 45x45", "提花桌布 160x220", "遮光窗帘 140x245"],
}
ITEMS["zh"] = ITEMS["en"]

# ---------------------------------------------------------------- localisation
T = {
    "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
               packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE",
               price_list="PRICE LIST", seller="Seller", buyer="Bill to", no="Invoice No.", date="Date", desc="Description", qty="Qty",
               unit="Unit price", amount="Amount", subtotal="Subtotal", vat="VAT", discount="Discount", shipping="Shipping", total="TOTAL",
               pcs="pcs", due="Payment due within 30 days. Bank: IBAN GB{iban}", thanks="Thank you for your business."),
    "tr": dict(invoice="FATURA", tax_invoice="e-FATURA", receipt="e-ARŞİV FATURA", credit_note="İADE FATURASI", proforma="PROFORMA FATURA",
               packing_list="ÇEKİ LİSTESİ", purchase_order="SATIN ALMA SİPARİŞİ", quotation="FİYAT TEKLİFİ", delivery_note="SEVK İRSALİYESİ",
               price_list="FİYAT LİSTESİ", seller="Satıcı", buyer="SAYIN", no="Fatura No", date="Fatura Tarihi", desc="Mal / Hizmet",
               qty="Miktar", unit="Birim Fiyat", amount="Mal Hizmet Tutarı", subtotal="Mal Hizmet Toplam Tutarı", vat="Hesaplanan KDV",
               discount="Toplam İskonto", shipping="Nakliye", total="Ödenecek Tutar", pcs="Adet",
               due="Banka: TR{iban} — Vade: 30 gün", thanks="Yalnız #{words}# dir."),
    "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMARECHNUNG",
               packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE",
               seller="Verkäufer", buyer="Rechnungsempfänger", no="Rechnungsnummer", date="Rechnungsdatum", desc="Bezeichnung", qty="Menge",
               unit="Einzelpreis", amount="Gesamt", subtotal="Nettobetrag", vat="USt.", discount="Rabatt", shipping="Versandkosten",
               total="Rechnungsbetrag", pcs="Stk.", due="Zahlbar innerhalb 14 Tagen ohne Abzug. IBAN DE{iban}", thanks="Vielen Dank für Ihren Auftrag."),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA", packing_list="LISTE DE COLISAGE",
               purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIF",
               seller="Vendeur", buyer="Client", no="Facture n°", date="Date", desc="Désignation", qty="Qté", unit="P.U. HT", amount="Montant HT",
               subtotal="Total HT", vat="TVA", discount="Remise", shipping="Frais de port", total="Total TTC", pcs="u.",
               due="Paiement à 30 jours. IBAN FR76 {iban}", thanks="Merci de votre confiance."),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
               packing_list="DISTINTA COLLI", purchase_order="ORDINE D'ACQUISTO", quotation="PREVENTIVO", delivery_note="DDT - DOCUMENTO DI TRASPORTO",
               price_list="LISTINO PREZZI", seller="Cedente", buyer="Cessionario", no="Fattura n.", date="Data", desc="Descrizione", qty="Q.tà",
               unit="Prezzo unit.", amount="Importo", subtotal="Imponibile", vat="IVA", discount="Sconto", shipping="Spese di trasporto",
               total="Totale documento", pcs="pz", due="Pagamento: bonifico 30 gg d.f. IBAN IT{iban}", thanks="Grazie."),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
               packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA", quotation="PRESUPUESTO", delivery_note="ALBARÁN",
               price_list="LISTA DE PRECIOS", seller="Emisor", buyer="Cliente", no="Factura nº", date="Fecha", desc="Concepto", qty="Cant.",
               unit="Precio", amount="Importe", subtotal="Base imponible", vat="IVA", discount="Descuento", shipping="Portes",
               total="TOTAL FACTURA", pcs="ud.", due="Forma de pago: transferencia. IBAN ES{iban}", thanks="Gracias por su compra."),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR",
               packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST",
               seller="Leverancier", buyer="Factuuradres", no="Factuurnummer", date="Factuurdatum", desc="Omschrijving", qty="Aantal",
               unit="Prijs", amount="Bedrag", subtotal="Subtotaal", vat="BTW", discount="Korting", shipping="Verzendkosten",
               total="Totaal te betalen", pcs="st.", due="Betaling binnen 30 dagen op NL{iban}", thanks="Bedankt voor uw bestelling."),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
               packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE",
               price_list="CENNIK", seller="Sprzedawca", buyer="Nabywca", no="Nr faktury", date="Data wystawienia", desc="Nazwa towaru",
               qty="Ilość", unit="Cena netto", amount="Wartość netto", subtotal="Razem netto", vat="VAT", discount="Rabat",
               shipping="Transport", total="Do zapłaty", pcs="szt.", due="Termin płatności: 14 dni. Konto PL{iban}", thanks=""),
    "bg": dict(invoice="ФАКТУРА", tax_invoice="ФАКТУРА", receipt="КАСОВА БЕЛЕЖКА", credit_note="КРЕДИТНО ИЗВЕСТИЕ", proforma="ПРОФОРМА ФАКТУРА",
               packing_list="ОПАКОВЪЧЕН ЛИСТ", purchase_order="ПОРЪЧКА", quotation="ОФЕРТА", delivery_note="СТОКОВА РАЗПИСКА", price_list="ЦЕНОРАЗПИС",
               seller="Доставчик", buyer="Получател", no="Номер", date="Дата на издаване", desc="Наименование на стоката", qty="Кол.",
               unit="Ед. цена", amount="Стойност", subtotal="Данъчна основа", vat="ДДС", discount="Отстъпка", shipping="Транспорт",
               total="Сума за плащане", pcs="бр.", due="Плащане по банков път: IBAN BG{iban}", thanks="Оригинал"),
    "el": dict(invoice="ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ", tax_invoice="ΤΙΜΟΛΟΓΙΟ", receipt="ΑΠΟΔΕΙΞΗ", credit_note="ΠΙΣΤΩΤΙΚΟ ΤΙΜΟΛΟΓΙΟ", proforma="ΠΡΟΤΙΜΟΛΟΓΙΟ",
               packing_list="ΛΙΣΤΑ ΣΥΣΚΕΥΑΣΙΑΣ", purchase_order="ΠΑΡΑΓΓΕΛΙΑ", quotation="ΠΡΟΣΦΟΡΑ", delivery_note="ΔΕΛΤΙΟ ΑΠΟΣΤΟΛΗΣ", price_list="ΤΙΜΟΚΑΤΑΛΟΓΟΣ",
               seller="Εκδότης", buyer="Πελάτης", no="Αριθμός", date="Ημερομηνία", desc="Περιγραφή", qty="Ποσότητα", unit="Τιμή μον.",
               amount="Αξία", subtotal="Καθαρή αξία", vat="ΦΠΑ", discount="Έκπτωση", shipping="Μεταφορικά", total="Πληρωτέο ποσό", pcs="τεμ.",
               due="Τρόπος πληρωμής: Τραπεζική κατάθεση GR{iban}", thanks="MAPK: 4000{iban}"),
    "ro": dict(invoice="FACTURĂ", tax_invoice="FACTURĂ FISCALĂ", receipt="CHITANȚĂ", credit_note="FACTURĂ STORNO", proforma="FACTURĂ PROFORMĂ",
               packing_list="LISTĂ DE AMBALARE", purchase_order="COMANDĂ", quotation="OFERTĂ", delivery_note="AVIZ DE ÎNSOȚIRE A MĂRFII",
               price_list="LISTĂ DE PREȚURI", seller="Furnizor", buyer="Cumpărător", no="Nr. factură", date="Data emiterii", desc="Denumirea produselor",
               qty="Cant.", unit="Preț unitar", amount="Valoare", subtotal="Total fără TVA", vat="TVA", discount="Discount", shipping="Transport",
               total="Total de plată", pcs="buc", due="Cont IBAN RO{iban}", thanks=""),
    "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書", packing_list="梱包明細書",
               purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表", seller="発行者", buyer="御中",
               no="請求番号", date="請求日", desc="品名", qty="数量", unit="単価", amount="金額", subtotal="小計", vat="消費税",
               discount="値引", shipping="送料", total="ご請求金額", pcs="個", due="お振込先: 三つ葉銀行 本店 普通 {iban}", thanks="毎度ありがとうございます。"),
    "zhc": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票", packing_list="装箱单",
                purchase_order="采购订单", quotation="报价单", delivery_note="送货单", price_list="价目表", seller="销售方", buyer="购买方",
                no="发票号码", date="开票日期", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额", subtotal="合计",
                vat="税额", discount="折扣", shipping="运费", total="价税合计", pcs="件", due="开户行及账号: {iban}", thanks=""),
}
T["zh"] = dict(T["en"], invoice="COMMERCIAL INVOICE", tax_invoice="COMMERCIAL INVOICE", seller="Shipper / Exporter", buyer="Consignee",
               unit="Unit price FOB Ningbo", thanks="We hereby certify that the goods are of Chinese origin.")

CUR_OF = {"tr": "TRY", "de": "EUR", "fr": "EUR", "it": "EUR", "es": "EUR", "nl": "EUR", "el": "EUR", "bg": "EUR",
          "pl": "PLN", "ro": "RON", "ja": "JPY", "zhc": "CNY", "zh": "USD", "en": "GBP"}
NUMSTYLE = {"tr": "dc", "de": "dc", "it": "dc", "es": "dc", "nl": "dc", "el": "dc", "ro": "dc", "bg": "sc", "fr": "sc", "pl": "sc",
            "ja": "cd", "zh": "cd", "zhc": "cd", "en": "cd"}
LANGCODE = {"zhc": "zh", "zh": "en"}  # label language code


def q2(x):
    return x.quantize(D("0.01"), ROUND_HALF_UP)


def num(x, style, dec=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}"  # 1,234.56
    if style == "dc":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "sc":
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def money(x, spec, sym=True):
    cur = spec["currency"]
    dec = 0 if cur == "JPY" else 2
    s = num(x, spec["numstyle"], dec)
    if not sym:
        return s
    v = spec.get("curvariant", 0)
    if cur == "TRY":
        return ("₺" + s) if v == 1 else (s + " TL")
    if cur == "EUR":
        return (s + " €") if v == 0 else (s + " EUR")
    if cur == "USD":
        return ("$" + s) if v == 1 else ("USD " + s)
    if cur == "GBP":
        return "£" + s
    if cur == "JPY":
        return "¥" + s if v == 0 else s + "円"
    if cur == "CNY":
        return "¥" + s
    if cur == "PLN":
        return s + " zł"
    if cur == "RON":
        return s + " lei"
    return s + " " + cur


MONTHS = {"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
          "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
          "en": "January February March April May June July August September October November December".split()}


def fdate(d, lang, variant=0):
    if lang in ("zhc", "ja"):
        return f"{d.year}年{d.month}月{d.day}日" if variant == 0 else d.strftime("%Y/%m/%d")
    if lang == "fr":
        return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}" if variant == 0 else d.strftime("%d/%m/%Y")
    if lang == "es":
        return d.strftime("%d/%m/%Y") if variant == 0 else f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if lang == "it":
        return d.strftime("%d/%m/%Y")
    if lang in ("en", "zh"):
        return [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS['en'][d.month-1]} {d.year}", d.strftime("%m/%d/%Y"), d.strftime("%Y-%m-%d")][variant % 4]
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    if lang == "bg":
        return d.strftime("%d.%m.%Y") + " г."
    if lang == "el":
        return d.strftime("%d/%m/%Y")
    return d.strftime("%d.%m.%Y")  # tr, de, pl, ro


def rand_date(rng):
    return datetime.date(2025, 6, 1) + datetime.timedelta(days=rng.randint(0, 520))


# ---------------------------------------------------------------- spec
RATES = {"tr": [20, 10, 1], "de": [19, 7], "fr": [20], "it": [22], "es": [21], "nl": [21], "pl": [23], "bg": [20], "el": [24],
         "ro": [21, 19], "ja": [10], "zhc": [13], "zh": [0], "en": [20]}


def make_spec(rng, lang, doc_type="invoice", n_items=None, supplier_lang=None, buyer_lang=None, currency=None,
              tax=True, discount=None, shipping=None, arith_error=False, numstyle=None, datevar=None):
    slang = supplier_lang or lang
    blang = buyer_lang or ("tr" if lang in ("tr", "zh", "zhc", "bg", "el", "ro", "en") else lang)
    if lang == "ja":
        blang = "ja"
    sup = company(rng, slang)
    buy = company(rng, blang)
    if lang == "tr" and rng.random() < 0.25:  # e-Arşiv to a private person with TCKN
        buy = {"name": person_tr(rng), "addr": rng.choice(NAMES["tr"][2]).format(n=rng.randint(2, 90), n2=3),
               "tax": "TCKN: " + "".join(str(rng.randint(0, 9)) for _ in range(11)), "lang": "tr"}
    cur = currency or CUR_OF[lang]
    items_src = ITEMS.get(lang, ITEMS["en"])
    n = n_items or rng.randint(1, 6)
    rates = RATES[lang] if tax else [0]
    lines = []
    for i in range(n):
        desc = rng.choice(items_src)
        qty = rng.choice([1, 2, 5, 10, 12, 20, 24, 50, 60, 100, 120, 200, 250, 500])
        if cur == "JPY":
            price = D(rng.choice([380, 450, 980, 1200, 1580, 2400, 3600]))
        else:
            base = {"TRY": 180, "CNY": 25, "PLN": 20, "RON": 20, "USD": 3}.get(cur, 5)
            price = q2(D(rng.uniform(0.4, 6.0) * base))
        rate = rates[0] if (len(rates) == 1 or rng.random() < 0.6) else rng.choice(rates[1:])
        lines.append({"desc": desc, "qty": qty, "price": price, "rate": rate})
    disc_pct = D(discount) if discount is not None else (D(rng.choice([5, 10, 3])) if rng.random() < 0.25 else D(0))
    ship = D(shipping) if shipping is not None else (q2(D(rng.uniform(8, 60)) * (20 if cur == "TRY" else 1)) if rng.random() < 0.3 else D(0))
    dec = 0 if cur == "JPY" else 2
    qd = (lambda x: x.quantize(D("1"), ROUND_HALF_UP)) if dec == 0 else q2
    for l in lines:
        l["net"] = qd(l["price"] * l["qty"])
    subtotal = sum(l["net"] for l in lines)
    disc_amt = qd(subtotal * disc_pct / 100)
    taxes = {}
    for l in lines:
        taxes.setdefault(l["rate"], D(0))
        taxes[l["rate"]] += l["net"] * (1 - disc_pct / 100)
    if ship:
        taxes.setdefault(rates[0], D(0))
        taxes[rates[0]] += ship
    tax_amts = {r: qd(b * r / 100) for r, b in taxes.items()}
    tax_bases = {r: qd(b) for r, b in taxes.items()}
    total = subtotal - disc_amt + ship + sum(tax_amts.values())
    err = None
    if arith_error:
        kind = rng.choice(["line", "total", "tax"])
        if kind == "line":
            l = rng.choice(lines)
            l["net"] = l["net"] + (D(10) if dec == 0 else D("10.00"))  # printed line amount off by 10; subtotal uses correct value
            err = "line amount off by 10"
        elif kind == "tax":
            r = next(iter(tax_amts))
            tax_amts[r] = tax_amts[r] + D("1.00" if dec else "100")
            total = total + D("1.00" if dec else "100")
            err = "tax amount off, total follows tax"
        else:
            total = total + D("100.00" if dec else "1000")
            err = "grand total off by 100"
    spec = dict(lang=lang, doc_type=doc_type, supplier=sup, buyer=buy, currency=cur, numstyle=numstyle or NUMSTYLE[lang],
                date=rand_date(rng), datevar=datevar if datevar is not None else rng.randint(0, 3),
                number=rng.choice(["", "INV-", "A", "FT"]) + str(rng.randint(2025, 2026)) + str(rng.randint(100000, 999999)),
                lines=lines, subtotal=subtotal, disc_pct=disc_pct, disc_amt=disc_amt, shipping=ship,
                tax_bases=tax_bases, tax_amts=tax_amts, total=total, dec=dec, arith_error=bool(arith_error), arith_kind=err,
                ettn="%08x-%04x-4%03x-a%03x-%012x" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(12), rng.getrandbits(12), rng.getrandbits(48)),
                iban="".join(str(rng.randint(0, 9)) for _ in range(20)), curvariant=rng.randint(0, 1))
    if lang == "tr":
        spec["number"] = rng.choice(["GIB", "EAR", "KTX", "PMK"]) + str(spec["date"].year) + "%09d" % rng.randint(1, 99999)
    return spec


def L(spec):
    return T[spec["lang"]]


def dstr(spec):
    return fdate(spec["date"], spec["lang"], spec["datevar"])


def total_str(spec):
    return ("%d" % spec["total"]) if spec["dec"] == 0 else str(q2(spec["total"]))


def has_amounts(spec):
    return spec["doc_type"] not in ("packing_list", "delivery_note", "letter")


INVOICE_TYPES = {"invoice", "tax_invoice", "receipt", "credit_note"}


def label(spec, fname, producer, pages=1, **kw):
    dt = spec["doc_type"]
    note = None
    if dt == "receipt" and spec["lang"] == "tr":  # e-Arşiv Fatura is a tax invoice to a consumer, not a till receipt
        dt, note = "tax_invoice", "e-Arsiv Fatura"
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer,
               language=LANGCODE.get(spec["lang"], spec["lang"]), is_invoice=dt in INVOICE_TYPES,
               doc_type=dt if dt in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma", "packing_list",
                                     "purchase_order", "quotation", "delivery_note") else "other",
               date=spec["date"].isoformat(), total=total_str(spec) if has_amounts(spec) else None,
               currency=spec["currency"] if has_amounts(spec) else None,
               supplier=spec["supplier"]["name"], buyer=spec["buyer"]["name"], pages=pages,
               edit_before_capture=False, arithmetic_error=spec["arith_error"])
    if note:
        lab["note"] = note
    if spec.get("arith_kind"):
        lab["arithmetic_note"] = spec["arith_kind"]
    lab.update(kw)
    return lab


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def write_part(name, labels):
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


def read_part(name):
    p = os.path.join(PARTS, name + ".jsonl")
    if not os.path.exists(p):
        return []
    return [json.loads(x) for x in open(p, encoding="utf-8")]


# specs are also pickled so edits.py can reuse them
import pickle


def save_specs(name, d):
    with open(os.path.join(PARTS, name + ".specs.pkl"), "wb") as f:
        pickle.dump(d, f)


def load_specs(name):
    p = os.path.join(PARTS, name + ".specs.pkl")
    return pickle.load(open(p, "rb")) if os.path.exists(p) else {}
