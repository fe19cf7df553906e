#!/usr/bin/env python3
"""Generate a labelled corpus of genuine, non-invoice and edited invoice files.

Usage: python make.py [N_LIMIT]   (N_LIMIT: only first N genuine specs, for testing)
Writes files/ and labels.jsonl next to this script. Everything is invented.
"""
import os, sys, io, json, random, subprocess, shutil, datetime as dt, re, math, html, zipfile
from decimal import Decimal as D, ROUND_HALF_UP
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
TMP = os.path.join(BASE, "_tmp")
FONT_DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_DJS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
R = random.Random(20260305)
LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else None

# ----------------------------------------------------------------- language data
LANGS = ["en", "zh", "de", "fr", "it", "es", "ja", "pl", "nl"]
LAT1 = {"en", "de", "fr", "it", "es", "nl"}      # fits WinAnsi core fonts
CJK = {"zh", "ja"}

T = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE",
            proforma="PRO FORMA INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
            quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
            no="Invoice No.", docno="Document No.", date="Invoice Date", ddate="Date", due="Due Date",
            deliv="Delivery Date", seller="From", buyer="Bill To", shipto="Ship To", desc="Description",
            sku="Item", qty="Qty", unit="Unit", price="Unit Price", amount="Amount", rate="Tax",
            subtotal="Subtotal", discount="Discount", shipping="Shipping", vat="VAT", salestax="Sales Tax",
            total="Total", due_amt="Balance Due", taxid="VAT Reg. No.", ein="Tax ID", page="Page", of="of",
            terms="Payment terms: {n} days net. Please quote the invoice number with your payment.",
            bank="Bank", thanks="Thank you for your business.", paid="PAID", paidby="Paid by bank transfer",
            valid="Valid until", weight="Gross wt (kg)", cartons="Cartons", order="Order No.",
            received="Received by", pcs="pcs", credit_for="Credit for returned goods, ref. invoice",
            vendor="Vendor", cur="Currency"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT",
            proforma="PROFORMARECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG",
            quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE",
            no="Rechnungsnummer", docno="Belegnummer", date="Rechnungsdatum", ddate="Datum", due="Fällig am",
            deliv="Lieferdatum", seller="Verkäufer", buyer="Rechnungsempfänger", shipto="Lieferanschrift",
            desc="Bezeichnung", sku="Art.-Nr.", qty="Menge", unit="Einheit", price="Einzelpreis",
            amount="Gesamt", rate="USt.", subtotal="Nettobetrag", discount="Rabatt", shipping="Versandkosten",
            vat="USt.", salestax="USt.", total="Rechnungsbetrag", due_amt="Zahlbetrag", taxid="USt-IdNr.",
            ein="Steuernummer", page="Seite", of="von",
            terms="Zahlbar innerhalb von {n} Tagen ohne Abzug.", bank="Bankverbindung",
            thanks="Vielen Dank für Ihren Auftrag.", paid="BEZAHLT", paidby="Betrag dankend erhalten",
            valid="Gültig bis", weight="Bruttogew. (kg)", cartons="Kartons", order="Bestellnummer",
            received="Ware erhalten", pcs="Stk.", credit_for="Gutschrift für Retoure zu Rechnung",
            vendor="Lieferant", cur="Währung"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR",
            proforma="FACTURE PRO FORMA", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE",
            quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIFS",
            no="Facture n°", docno="N° document", date="Date de facture", ddate="Date", due="Échéance",
            deliv="Date de livraison", seller="Émetteur", buyer="Facturé à", shipto="Livré à",
            desc="Désignation", sku="Réf.", qty="Qté", unit="Unité", price="Prix unit. HT", amount="Total HT",
            rate="TVA", subtotal="Total HT", discount="Remise", shipping="Frais de port", vat="TVA",
            salestax="TVA", total="Total TTC", due_amt="Net à payer", taxid="N° TVA intracom.", ein="SIRET",
            page="Page", of="sur", terms="Paiement à {n} jours. Pénalités de retard : 3 fois le taux d'intérêt légal.",
            bank="Banque", thanks="Merci de votre confiance.", paid="PAYÉ", paidby="Réglé par virement",
            valid="Valable jusqu'au", weight="Poids brut (kg)", cartons="Colis", order="Commande n°",
            received="Reçu par", pcs="pce", credit_for="Avoir sur retour, facture", vendor="Fournisseur",
            cur="Devise"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO",
            proforma="FATTURA PROFORMA", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE DI ACQUISTO",
            quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
            no="Fattura n.", docno="Documento n.", date="Data fattura", ddate="Data", due="Scadenza",
            deliv="Data consegna", seller="Cedente", buyer="Cessionario", shipto="Destinazione",
            desc="Descrizione", sku="Codice", qty="Q.tà", unit="U.M.", price="Prezzo unit.", amount="Importo",
            rate="IVA", subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto", vat="IVA",
            salestax="IVA", total="Totale documento", due_amt="Netto a pagare", taxid="P.IVA", ein="C.F.",
            page="Pagina", of="di", terms="Pagamento: bonifico bancario a {n} giorni data fattura.",
            bank="Banca", thanks="Grazie per averci scelto.", paid="PAGATO", paidby="Pagato con bonifico",
            valid="Valido fino al", weight="Peso lordo (kg)", cartons="Colli", order="Ordine n.",
            received="Firma destinatario", pcs="pz", credit_for="Storno per reso merce, fattura",
            vendor="Fornitore", cur="Valuta"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA",
            proforma="FACTURA PROFORMA", packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA",
            quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS",
            no="Factura nº", docno="Documento nº", date="Fecha de factura", ddate="Fecha", due="Vencimiento",
            deliv="Fecha de entrega", seller="Emisor", buyer="Cliente", shipto="Dirección de envío",
            desc="Concepto", sku="Ref.", qty="Cant.", unit="Ud.", price="Precio unit.", amount="Importe",
            rate="IVA", subtotal="Base imponible", discount="Descuento", shipping="Portes", vat="IVA",
            salestax="IVA", total="Total factura", due_amt="Total a pagar", taxid="NIF", ein="CIF",
            page="Página", of="de", terms="Forma de pago: transferencia a {n} días.", bank="Banco",
            thanks="Gracias por su confianza.", paid="PAGADO", paidby="Pagado por transferencia",
            valid="Válido hasta", weight="Peso bruto (kg)", cartons="Bultos", order="Pedido nº",
            received="Recibido por", pcs="uds", credit_for="Rectificación por devolución, factura",
            vendor="Proveedor", cur="Moneda"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA",
            proforma="PROFORMAFACTUUR", packing_list="PAKLIJST", purchase_order="INKOOPORDER",
            quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST",
            no="Factuurnummer", docno="Documentnummer", date="Factuurdatum", ddate="Datum", due="Vervaldatum",
            deliv="Leverdatum", seller="Leverancier", buyer="Factuuradres", shipto="Afleveradres",
            desc="Omschrijving", sku="Artikelnr.", qty="Aantal", unit="Eenheid", price="Prijs per stuk",
            amount="Bedrag", rate="Btw", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten",
            vat="Btw", salestax="Btw", total="Totaal", due_amt="Te betalen", taxid="Btw-nummer", ein="KvK",
            page="Pagina", of="van", terms="Gelieve binnen {n} dagen te betalen onder vermelding van het factuurnummer.",
            bank="IBAN", thanks="Bedankt voor uw bestelling.", paid="BETAALD", paidby="Voldaan per bank",
            valid="Geldig tot", weight="Bruto gew. (kg)", cartons="Dozen", order="Ordernummer",
            received="Ontvangen door", pcs="st.", credit_for="Creditering retour, factuur", vendor="Leverancier",
            cur="Valuta"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA",
            proforma="FAKTURA PRO FORMA", packing_list="LISTA PAKOWANIA", purchase_order="ZAMÓWIENIE",
            quotation="OFERTA", delivery_note="DOKUMENT WZ", price_list="CENNIK",
            no="Faktura nr", docno="Dokument nr", date="Data wystawienia", ddate="Data", due="Termin płatności",
            deliv="Data sprzedaży", seller="Sprzedawca", buyer="Nabywca", shipto="Odbiorca", desc="Nazwa towaru",
            sku="Indeks", qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto", rate="VAT",
            subtotal="Razem netto", discount="Rabat", shipping="Transport", vat="VAT", salestax="VAT",
            total="Razem brutto", due_amt="Do zapłaty", taxid="NIP", ein="REGON", page="Strona", of="z",
            terms="Sposób płatności: przelew, {n} dni.", bank="Nr konta", thanks="Dziękujemy za zakupy.",
            paid="ZAPŁACONO", paidby="Zapłacono przelewem", valid="Ważna do", weight="Waga brutto (kg)",
            cartons="Kartony", order="Zamówienie nr", received="Odebrał", pcs="szt.",
            credit_for="Korekta do faktury (zwrot towaru)", vendor="Dostawca", cur="Waluta"),
 "zh": dict(invoice="销售发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票",
            proforma="形式发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
            delivery_note="送货单", price_list="价格表",
            no="发票号码", docno="单号", date="开票日期", ddate="日期", due="付款期限", deliv="发货日期",
            seller="销售方", buyer="购买方", shipto="收货地址", desc="货物或应税劳务名称", sku="编号",
            qty="数量", unit="单位", price="单价", amount="金额", rate="税率", subtotal="合计",
            discount="折扣", shipping="运费", vat="税额", salestax="税额", total="价税合计", due_amt="应付金额",
            taxid="纳税人识别号", ein="统一社会信用代码", page="第", of="页 共", terms="付款方式：银行转账，{n}天内付清。",
            bank="开户行及账号", thanks="谢谢惠顾！", paid="已付款", paidby="已通过银行转账支付",
            valid="有效期至", weight="毛重(公斤)", cartons="箱数", order="订单号", received="收货人签字",
            pcs="个", credit_for="退货冲红，原发票号", vendor="供应商", cur="币种"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票",
            proforma="見積請求書", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書",
            delivery_note="納品書", price_list="価格表",
            no="請求書番号", docno="番号", date="請求日", ddate="発行日", due="お支払期限", deliv="納品日",
            seller="発行元", buyer="請求先", shipto="納品先", desc="品名", sku="品番", qty="数量", unit="単位",
            price="単価", amount="金額", rate="税率", subtotal="小計", discount="値引", shipping="送料",
            vat="消費税", salestax="消費税", total="合計金額", due_amt="ご請求金額", taxid="登録番号",
            ein="法人番号", page="", of="/", terms="お支払期限までに下記口座へお振込みください（振込手数料は貴社負担）。",
            bank="振込先", thanks="毎度ありがとうございます。", paid="領収済", paidby="上記正に領収いたしました",
            valid="有効期限", weight="総重量(kg)", cartons="箱数", order="注文番号", received="受領印",
            pcs="個", credit_for="返品による減額　元請求書", vendor="仕入先", cur="通貨"),
}

# product catalogue: en, de, fr, it, es, nl, pl, zh, ja, base price USD
PRODUCTS = [
 ("Stainless steel water bottle 750 ml", "Edelstahl-Trinkflasche 750 ml", "Gourde inox 750 ml", "Borraccia in acciaio 750 ml", "Botella de acero inoxidable 750 ml", "RVS drinkfles 750 ml", "Butelka ze stali nierdzewnej 750 ml", "不锈钢保温水杯 750ml", "ステンレスボトル 750ml", 4.10),
 ("Silicone phone case, matte black", "Silikon-Handyhülle, schwarz matt", "Coque silicone noir mat", "Cover in silicone nero opaco", "Funda de silicona negra mate", "Siliconen telefoonhoes mat zwart", "Etui silikonowe czarne matowe", "硅胶手机壳 哑光黑", "シリコンスマホケース 黒", 1.35),
 ("USB-C charging cable 1 m braided", "USB-C Ladekabel 1 m geflochten", "Câble USB-C tressé 1 m", "Cavo USB-C intrecciato 1 m", "Cable USB-C trenzado 1 m", "USB-C kabel gevlochten 1 m", "Kabel USB-C w oplocie 1 m", "USB-C 编织充电线 1米", "USB-Cケーブル 1m 編組", 0.92),
 ("Ceramic coffee mug 350 ml", "Keramik-Kaffeebecher 350 ml", "Mug en céramique 350 ml", "Tazza in ceramica 350 ml", "Taza de cerámica 350 ml", "Keramische mok 350 ml", "Kubek ceramiczny 350 ml", "陶瓷咖啡杯 350ml", "陶器マグカップ 350ml", 1.80),
 ("Cotton tote bag, natural", "Baumwoll-Tragetasche, natur", "Sac cabas coton naturel", "Borsa shopper in cotone", "Bolsa de algodón natural", "Katoenen draagtas naturel", "Torba bawełniana naturalna", "纯棉帆布袋 本白", "コットントートバッグ 生成り", 1.15),
 ("Bamboo cutting board 30x20 cm", "Bambus-Schneidebrett 30x20 cm", "Planche à découper bambou 30x20", "Tagliere in bambù 30x20 cm", "Tabla de cortar de bambú 30x20", "Bamboe snijplank 30x20 cm", "Deska do krojenia bambusowa 30x20", "竹制砧板 30x20cm", "竹製まな板 30x20cm", 2.60),
 ("LED desk lamp, dimmable", "LED-Schreibtischlampe, dimmbar", "Lampe de bureau LED dimmable", "Lampada da scrivania LED", "Lámpara de escritorio LED regulable", "LED bureaulamp dimbaar", "Lampka biurkowa LED ściemniana", "LED可调光台灯", "LEDデスクライト 調光式", 7.40),
 ("Yoga mat 6 mm, TPE", "Yogamatte 6 mm, TPE", "Tapis de yoga 6 mm TPE", "Tappetino yoga 6 mm TPE", "Esterilla de yoga 6 mm TPE", "Yogamat 6 mm TPE", "Mata do jogi 6 mm TPE", "TPE瑜伽垫 6mm", "ヨガマット 6mm TPE", 5.20),
 ("Wireless earbuds with case", "Kabellose Ohrhörer mit Etui", "Écouteurs sans fil avec étui", "Auricolari wireless con custodia", "Auriculares inalámbricos con estuche", "Draadloze oordopjes met case", "Słuchawki bezprzewodowe z etui", "无线蓝牙耳机 带充电盒", "ワイヤレスイヤホン ケース付", 8.90),
 ("Kids' puzzle 100 pieces", "Kinderpuzzle 100 Teile", "Puzzle enfant 100 pièces", "Puzzle bambini 100 pezzi", "Puzle infantil 100 piezas", "Kinderpuzzel 100 stukjes", "Puzzle dla dzieci 100 elementów", "儿童拼图 100片", "子供用パズル 100ピース", 1.95),
 ("Kitchen scale, digital 5 kg", "Digitale Küchenwaage 5 kg", "Balance de cuisine 5 kg", "Bilancia da cucina digitale 5 kg", "Báscula de cocina digital 5 kg", "Digitale keukenweegschaal 5 kg", "Waga kuchenna cyfrowa 5 kg", "电子厨房秤 5公斤", "デジタルキッチンスケール 5kg", 3.70),
 ("Microfibre cleaning cloths (pack of 10)", "Mikrofasertücher (10er-Pack)", "Chiffons microfibre (lot de 10)", "Panni in microfibra (conf. 10)", "Paños de microfibra (pack 10)", "Microvezeldoeken (10 stuks)", "Ściereczki z mikrofibry (10 szt.)", "超细纤维清洁布 (10片装)", "マイクロファイバークロス 10枚組", 2.05),
 ("Pet grooming brush", "Fellpflegebürste für Haustiere", "Brosse de toilettage pour animaux", "Spazzola per animali", "Cepillo para mascotas", "Vachtborstel voor huisdieren", "Szczotka do pielęgnacji zwierząt", "宠物梳毛刷", "ペット用ブラシ", 1.60),
 ("Travel adapter, universal", "Universal-Reiseadapter", "Adaptateur de voyage universel", "Adattatore da viaggio universale", "Adaptador de viaje universal", "Universele reisadapter", "Adapter podróżny uniwersalny", "全球通用旅行转换插头", "海外旅行用変換プラグ", 3.10),
]
PIDX = dict(en=0, de=1, fr=2, it=3, es=4, nl=5, pl=6, zh=7, ja=8)

SYL = ["var", "kel", "bri", "sol", "mar", "tex", "lun", "dor", "ven", "pal", "zen", "qua", "rho", "fen", "tor",
       "lis", "nor", "ost", "cal", "mir", "bel", "gra", "hal", "jun", "ker", "ome", "pri", "sil", "ula", "wex"]
def coin(n=2):
    return "".join(R.choice(SYL) for _ in range(n)).capitalize()

CITIES = {
 "US": [("Columbus, OH 43215", "Ohio"), ("Reno, NV 89502", ""), ("Tampa, FL 33602", ""), ("Boise, ID 83702", ""), ("Newark, NJ 07102", "")],
 "GB": [("Leicester LE1 3QT", ""), ("Bristol BS2 0JA", ""), ("Leeds LS9 8AG", ""), ("Coventry CV1 2FL", "")],
 "CN": [("深圳市宝安区", "Shenzhen"), ("义乌市", "Yiwu"), ("宁波市鄞州区", "Ningbo"), ("广州市白云区", "Guangzhou"), ("东莞市长安镇", "Dongguan")],
 "DE": [("44137 Dortmund", ""), ("90402 Nürnberg", ""), ("28195 Bremen", ""), ("04109 Leipzig", ""), ("68159 Mannheim", "")],
 "FR": [("69003 Lyon", ""), ("31000 Toulouse", ""), ("59000 Lille", ""), ("44000 Nantes", "")],
 "IT": [("20121 Milano (MI)", ""), ("40121 Bologna (BO)", ""), ("10121 Torino (TO)", ""), ("35121 Padova (PD)", "")],
 "ES": [("46001 Valencia", ""), ("08001 Barcelona", ""), ("29001 Málaga", ""), ("50001 Zaragoza", "")],
 "NL": [("3011 AB Rotterdam", ""), ("5611 CC Eindhoven", ""), ("9711 LM Groningen", ""), ("3511 EA Utrecht", "")],
 "PL": [("90-001 Łódź", ""), ("61-001 Poznań", ""), ("50-001 Wrocław", ""), ("80-001 Gdańsk", "")],
 "JP": [("大阪府大阪市中央区", ""), ("東京都台東区", ""), ("愛知県名古屋市中区", ""), ("福岡県福岡市博多区", "")],
}
STREET = {
 "US": lambda: f"{R.randint(100, 9899)} {coin()} {R.choice(['Avenue', 'Street', 'Parkway', 'Drive'])}, Suite {R.randint(100, 450)}",
 "GB": lambda: f"Unit {R.randint(1, 40)}, {coin()} {R.choice(['Industrial Estate', 'Business Park', 'Road'])}",
 "CN": lambda: f"{R.choice(ZH_NAMES)}{R.choice(['工业园', '科技园', '商贸城'])}{R.randint(1, 30)}栋{R.randint(101, 1508)}室",
 "DE": lambda: f"{coin()}{R.choice(['straße', 'weg', 'ring', 'allee'])} {R.randint(1, 180)}",
 "FR": lambda: f"{R.randint(1, 120)} rue {coin()}",
 "IT": lambda: f"Via {coin()} {R.randint(1, 99)}",
 "ES": lambda: f"Calle {coin()}, {R.randint(1, 99)}",
 "NL": lambda: f"{coin()}{R.choice(['straat', 'weg', 'laan', 'kade'])} {R.randint(1, 250)}",
 "PL": lambda: f"ul. {coin()}owa {R.randint(1, 140)}",
 "JP": lambda: f"{R.choice(['本町', '栄町', '東雲', '若葉'])}{R.randint(1, 5)}-{R.randint(1, 30)}-{R.randint(1, 20)}",
}
ZH_NAMES = ["恒泰", "鑫源", "瑞丰", "华诚", "宏达", "博雅", "骏腾", "嘉利", "盛德", "卓远", "锦程", "汇川"]
JA_NAMES = ["ミナト", "サクラ", "ヒカリ", "アオバ", "ツバサ", "カエデ", "ハヤテ", "ユキノ", "ソラマメ", "コハク"]
SUFFIX = {"US": ["Supply LLC", "Wholesale Inc.", "Trading Corp.", "Goods LLC"],
          "GB": ["Trading Ltd", "Wholesale Ltd", "Distribution Ltd"],
          "DE": ["GmbH", "Handels GmbH", "GmbH & Co. KG", "Großhandel KG"], "FR": ["SARL", "SAS", "Distribution SAS"],
          "IT": ["S.r.l.", "Forniture S.r.l.", "S.p.A."], "ES": ["S.L.", "Distribuciones S.L.", "S.A."],
          "NL": ["B.V.", "Groothandel B.V.", "Trading B.V."], "PL": ["Sp. z o.o.", "Hurtownia Sp. z o.o.", "S.A."]}

def digits(n): return "".join(str(R.randint(0, 9)) for _ in range(n))

def company(country, lang):
    if country == "CN":
        city, en_city = R.choice(CITIES["CN"])
        nm = R.choice(ZH_NAMES)
        if lang == "zh":
            name = f"{en_city and city[:2]}{nm}{R.choice(['贸易有限公司', '实业有限公司', '电子科技有限公司', '日用品有限公司'])}"
            addr = [f"{city}{STREET['CN']()}"]
        else:
            name = f"{en_city} {coin()} {R.choice(['Trading Co., Ltd.', 'Industrial Co., Ltd.', 'Electronics Co., Ltd.'])}"
            addr = [f"Room {R.randint(101, 1508)}, Bldg {R.randint(1, 30)}, {coin()} Industrial Park", f"{en_city}, Guangdong, China" if en_city in ("Shenzhen", "Guangzhou", "Dongguan") else f"{en_city}, Zhejiang, China"]
        tax = "91" + digits(4) + "MA" + digits(2) + R.choice("ABCDEFGHJK") + digits(6) + R.choice("0123456789X")
        return dict(name=name, addr=addr, taxid=tax, tel=f"+86 {R.choice(['755', '579', '574', '20'])} {digits(4)} {digits(4)}",
                    email=f"sales@{coin().lower()}.cn", bank=f"{R.choice(['工商银行', '建设银行', '招商银行'])} {digits(4)} {digits(4)} {digits(4)} {digits(4)}" if lang == "zh" else f"Acct {digits(4)} {digits(4)} {digits(4)} {digits(4)} SWIFT {R.choice(['XCMB', 'QRBK'])}CN{R.choice(['BJ', 'SZ'])}")
    if country == "JP":
        city, _ = R.choice(CITIES["JP"])
        nm = R.choice(JA_NAMES)
        name = R.choice([f"株式会社{nm}", f"{nm}商事株式会社", f"合同会社{nm}"])
        return dict(name=name, addr=[f"〒{digits(3)}-{digits(4)}", f"{city}{STREET['JP']()}"], taxid="T" + digits(13),
                    tel=f"0{R.randint(3, 9)}-{digits(4)}-{digits(4)}", email=f"info@{coin().lower()}.jp",
                    bank=f"{R.choice(['みなと銀行', 'さくら信用金庫', 'あおば銀行'])} {R.choice(['本店', '中央支店'])} 普通 {digits(7)}")
    city, _ = R.choice(CITIES[country])
    name = f"{coin()} {R.choice(SUFFIX[country])}"
    addr = [STREET[country](), city]
    tax = {"US": f"{digits(2)}-{digits(7)}", "GB": f"GB {digits(3)} {digits(4)} {digits(2)}", "DE": "DE" + digits(9),
           "FR": "FR" + digits(2) + digits(9), "IT": "IT" + digits(11), "ES": "ESB" + digits(8),
           "NL": "NL" + digits(9) + "B01", "PL": f"{digits(3)}-{digits(3)}-{digits(2)}-{digits(2)}"}[country]
    iban_cc = {"US": None, "GB": "GB", "DE": "DE", "FR": "FR", "IT": "IT", "ES": "ES", "NL": "NL", "PL": "PL"}[country]
    bank = (f"Routing {digits(9)} Acct {digits(10)}" if iban_cc is None else
            f"IBAN {iban_cc}{digits(2)} {digits(4)} {digits(4)} {digits(4)} {digits(4)} {digits(2)}")
    dom = coin().lower()
    return dict(name=name, addr=addr, taxid=tax, tel=f"+{R.randint(1, 49)} {digits(3)} {digits(6)}",
                email=f"{R.choice(['billing', 'accounts', 'info', 'sales'])}@{dom}.{R.choice(['com', 'eu', 'net'])}", bank=bank)

COUNTRY_OF = {"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "zh": "CN", "ja": "JP"}
CUR_OF = {"de": "EUR", "fr": "EUR", "it": "EUR", "es": "EUR", "nl": "EUR", "pl": "PLN", "zh": "CNY", "ja": "JPY"}
VAT = {"DE": [19, 7], "FR": [20, 5.5], "IT": [22, 10], "ES": [21, 10], "NL": [21, 9], "PL": [23, 8], "CN": [13, 6],
       "JP": [10, 8], "GB": [20], "US": [0]}
FX = {"USD": 1, "EUR": 0.92, "GBP": 0.79, "PLN": 4.0, "CNY": 7.2, "JPY": 150}

# ----------------------------------------------------------------- formatting
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]}

def fdate(d, style, lang):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return f"{d.day}-{d.month}-{d.year}"
    if style == "mdy_us": return d.strftime("%m/%d/%Y")
    if style == "iso": return d.isoformat()
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "long_en_us": return f"{MONTHS['en'][d.month - 1]} {d.day}, {d.year}"
    if style == "long_en_gb": return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"
    if style == "long": return f"{d.day}{'er' if (lang == 'fr' and d.day == 1) else ''}{'.' if lang == 'de' else ''} {MONTHS[lang][d.month - 1]} {d.year}" if lang != "es" else f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    raise ValueError(style)

DATE_STYLES = {"en": ["mdy_us", "long_en_us", "long_en_gb", "dmy_slash", "iso"], "de": ["dmy_dot", "dmy_dot", "long"],
               "fr": ["dmy_slash", "long"], "it": ["dmy_slash", "long"], "es": ["dmy_slash", "long"],
               "nl": ["dmy_dash", "long", "dmy_dash"], "pl": ["dmy_dot", "iso"], "zh": ["cjk", "cjk", "iso", "ymd_slash"],
               "ja": ["cjk", "ymd_slash"]}

def fnum(x, style, dec=2):
    q = D(1) if dec == 0 else D("0.01")
    x = D(x).quantize(q, ROUND_HALF_UP)
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    if style == "dot":     s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "space": s = s.replace(",", " ").replace(".", ",")
    elif style == "apos":  s = s.replace(",", "'")
    return ("-" if neg else "") + s

def money_style(lang, cur):
    opts = {"en": {"USD": ["$", "sufcode"], "GBP": ["£"], "EUR": ["€pre"]}, "de": {"EUR": ["de"]}, "fr": {"EUR": ["fr"]},
            "it": {"EUR": ["€pre_dot", "de"]}, "es": {"EUR": ["de"]}, "nl": {"EUR": ["€pre_dot"]}, "pl": {"PLN": ["pl", "plcode"]},
            "zh": {"CNY": ["¥", "¥"], "USD": ["$"]}, "ja": {"JPY": ["¥", "円"]}}
    return R.choice(opts[lang][cur])

def fmoney(x, ms, cur):
    if D(x) < 0: return "-" + fmoney(-D(x), ms, cur)
    dec = 0 if cur == "JPY" else 2
    if ms == "$": return "$" + fnum(x, "comma", dec)
    if ms == "£": return "£" + fnum(x, "comma", dec)
    if ms == "€pre": return "€" + fnum(x, "comma", dec)
    if ms == "sufcode": return fnum(x, "comma", dec) + " " + cur
    if ms == "de": return fnum(x, "dot", dec) + " €"
    if ms == "€pre_dot": return "€ " + fnum(x, "dot", dec)
    if ms == "fr": return fnum(x, "space", dec) + " €"
    if ms == "pl": return fnum(x, "space", dec) + " zł"
    if ms == "plcode": return fnum(x, "space", dec) + " PLN"
    if ms == "¥": return "¥" + fnum(x, "comma", dec)
    if ms == "円": return fnum(x, "comma", dec) + "円"
    raise ValueError(ms)

def plain_num(x, ms, cur):
    """number formatted like the money style but without the symbol (for table cells)"""
    dec = 0 if cur == "JPY" else 2
    st = {"$": "comma", "£": "comma", "€pre": "comma", "sufcode": "comma", "de": "dot", "€pre_dot": "dot", "fr": "space",
          "pl": "space", "plcode": "space", "¥": "comma", "円": "comma"}[ms]
    return fnum(x, st, dec)

CN_D = "零壹贰叁肆伍陆柒捌玖"
def cn_upper(x):
    x = D(x).quantize(D("0.01"))
    yuan = int(x); jf = int((x - yuan) * 100); jiao, fen = divmod(jf, 10)
    def four(n):
        s = ""; zero = False
        for i, u in zip((1000, 100, 10, 1), ("仟", "佰", "拾", "")):
            dgt = n // i % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += CN_D[dgt] + u
        return s
    out = ""
    wan, rest = divmod(yuan, 10000)
    if wan: out += four(wan) + "万"
    if rest:
        if wan and rest < 1000: out += "零"
        out += four(rest)
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0: return out + "整"
    out += (CN_D[jiao] + "角") if jiao else "零"
    if fen: out += CN_D[fen] + "分"
    return out

# ----------------------------------------------------------------- document specs
def rand_date():
    return dt.date(2025, 6, 2) + dt.timedelta(days=R.randint(0, 520))

def make_spec(i, lang, doc_type, producer):
    if lang == "en":
        sc = R.choice(["US", "GB", "CN", "CN", "US"])
        cur = {"US": "USD", "GB": R.choice(["GBP", "GBP", "EUR"]), "CN": "USD"}[sc]
        bc = R.choice(["US", "GB", "DE"]) if sc == "CN" else sc
    else:
        sc = COUNTRY_OF[lang]; cur = CUR_OF[lang]; bc = sc
        if lang == "zh" and R.random() < 0.2: cur = "USD"
    sup = company(sc, lang)
    buy = company(bc if not (lang == "en" and bc == "DE") else "DE", lang if bc == sc else "en")
    issue = rand_date()
    n_items = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    if producer in ("reportlab", "fpdf2", "html_weasyprint", "html_chromium") and R.random() < 0.18:
        n_items = R.randint(26, 48)      # multi-page
    rates = VAT[sc]
    tax_mode = "none" if sc == "US" or (sc == "CN" and lang == "en") else "vat"
    if sc == "US" and R.random() < 0.3: tax_mode = "sales"
    if lang == "en" and sc == "GB" and R.random() < 0.25: tax_mode = "none"   # zero-rated export
    items = []
    used = set()
    for k in range(n_items):
        p = R.randrange(len(PRODUCTS))
        pr = PRODUCTS[p]
        desc = pr[PIDX[lang]]
        if (p, desc) in used or n_items > len(PRODUCTS):
            desc = desc + (f" — {R.choice(['Blau', 'Rot', 'Grün', 'Grau'])}" if lang == "de" else f" #{R.randint(2, 99)}" if lang in CJK else f" / {R.choice(['A', 'B', 'C', 'D', 'XL', 'M', 'S'])}{R.randint(1, 9)}")
        used.add((p, desc))
        price = D(str(pr[9])) * D(str(FX[cur])) * D(str(R.uniform(0.8, 1.4)))
        price = price.quantize(D("1") if cur == "JPY" else D("0.01"))
        if price <= 0: price = D("1")
        qty = R.choice([10, 12, 20, 24, 25, 40, 48, 50, 60, 100, 120, 150, 200, 250, 300, 500, 600, 1000])
        if n_items > 10: qty = R.choice([2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 30])
        rate = D(str(rates[0] if (len(rates) == 1 or R.random() < 0.8) else rates[1])) if tax_mode == "vat" else D(0)
        items.append(dict(desc=desc, sku=f"{R.choice('ABKMPTZ')}{R.randint(10, 99)}-{R.randint(1000, 9999)}", qty=qty,
                          price=price, rate=rate))
    # ensure unique quantities for at least the first row (helps edits)
    spec = dict(i=i, lang=lang, doc_type=doc_type, producer=producer, sc=sc, cur=cur, sup=sup, buy=buy, issue=issue,
                due=issue + dt.timedelta(days=R.choice([7, 14, 30, 30, 45, 60])),
                deliv=issue - dt.timedelta(days=R.randint(1, 6)),
                number=gen_number(lang, issue), items=items, tax_mode=tax_mode,
                sales_rate=D(R.choice(["6.5", "7.25", "8.875", "6"])) if tax_mode == "sales" else D(0),
                discount=D(R.choice([0, 0, 0, 2, 3, 5, 10])) if doc_type not in ("packing_list", "delivery_note") else D(0),
                shipping=D(0), date_style=R.choice({"US": ["mdy_us", "mdy_us", "long_en_us"], "GB": ["dmy_slash", "long_en_gb"]}.get(sc, DATE_STYLES[lang])) if lang == "en" else R.choice(DATE_STYLES[lang]), ms=money_style(lang, cur), arith=None,
                style=R.choice(["saas", "classic", "compact"]), ref_no=gen_number(lang, issue - dt.timedelta(days=20)))
    if R.random() < 0.45 and doc_type not in ("packing_list", "delivery_note", "price_list"):
        spec["shipping"] = (D(str(R.choice([15, 25, 40, 65, 120, 180]))) * D(str(FX[cur]))).quantize(D("1") if cur == "JPY" else D("0.01"))
    if lang == "zh" and doc_type == "tax_invoice":
        to_cny(spec)
        spec["shipping"] = D(0); spec["discount"] = D(0); spec["cur"] = "CNY"; spec["ms"] = "¥"
        spec["number"] = digits(8); spec["code"] = digits(12)
    return spec

def to_cny(s):
    if s["cur"] != "CNY":
        for it in s["items"]:
            it["price"] = (it["price"] * D(str(FX["CNY"] / FX[s["cur"]]))).quantize(D("0.01"))
        s["cur"] = "CNY"; s["ms"] = "¥"

def gen_number(lang, d):
    f = R.choice([lambda: f"INV-{d.year}-{R.randint(100, 9999):04d}", lambda: f"{d.year}{d.month:02d}{R.randint(1, 999):03d}",
                  lambda: f"RE{d.strftime('%y')}-{R.randint(10000, 99999)}", lambda: f"{R.randint(1000, 99999)}",
                  lambda: f"F{d.year % 100}/{R.randint(1, 999):03d}"])
    if lang == "pl": return f"FV/{R.randint(1, 400)}/{d.month:02d}/{d.year}"
    if lang == "ja": return f"{d.year}{d.month:02d}-{R.randint(1, 999):03d}"
    if lang == "it": return f"{R.randint(1, 900)}/{d.year}"
    return f()

def compute(s):
    q = D("1") if s["cur"] == "JPY" else D("0.01")
    for it in s["items"]:
        it["line"] = (it["price"] * it["qty"]).quantize(q, ROUND_HALF_UP)
    sub = sum(it["line"] for it in s["items"])
    disc = (sub * s["discount"] / 100).quantize(q, ROUND_HALF_UP)
    taxable = sub - disc
    taxes = {}
    if s["tax_mode"] == "vat":
        by = {}
        for it in s["items"]:
            by[it["rate"]] = by.get(it["rate"], D(0)) + it["line"]
        for r, b in sorted(by.items(), reverse=True):
            base = b - (b * s["discount"] / 100).quantize(q, ROUND_HALF_UP)
            if s["shipping"] and r == max(by): base += s["shipping"]
            taxes[r] = (base * r / 100).quantize(q, ROUND_HALF_UP)
    elif s["tax_mode"] == "sales":
        taxes[s["sales_rate"]] = (taxable * s["sales_rate"] / 100).quantize(q, ROUND_HALF_UP)
    total = taxable + s["shipping"] + sum(taxes.values())
    s.update(sub=sub, disc=disc, taxes=taxes, total=total)
    # deliberate arithmetic errors (printed values differ from correct math)
    a = s.get("arith")
    if a == "line":
        it = s["items"][0]; it["line"] = it["line"] + (D(10) if s["cur"] != "JPY" else D(1000))
    elif a == "total":
        s["total"] = total + R.choice([D(-100), D(100), D(9), D(-90)]) * (100 if s["cur"] == "JPY" else 1)
    elif a == "tax" and taxes:
        r = next(iter(taxes)); s["taxes"][r] = taxes[r] * 2 if R.random() < 0.5 else taxes[r] + D(1)
        s["total"] = taxable + s["shipping"] + sum(s["taxes"].values())
    elif a == "subtotal":
        s["sub"] = sub + (D("100") if s["cur"] != "JPY" else D(10000))
    elif a == "digits":   # transposed digits in grand total
        t = fnum(total, "comma", 0 if s["cur"] == "JPY" else 2).replace(",", "")
        ds = [k for k in range(len(t) - 1) if t[k].isdigit() and t[k + 1].isdigit() and t[k] != t[k + 1]]
        k = ds[0]; t = t[:k] + t[k + 1] + t[k] + t[k + 2:]
        s["total"] = D(t)
    return s

# ----------------------------------------------------------------- view (abstract layout)
def view(s):
    L = T[s["lang"]]; lang = s["lang"]; dtp = s["doc_type"]; cur = s["cur"]; ms = s["ms"]
    fd = lambda d: fdate(d, s["date_style"], lang)
    M = lambda x: fmoney(x, ms, cur)
    N = lambda x: plain_num(x, ms, cur)
    v = dict(lang=lang, title=L.get(dtp, L["invoice"]), cur=cur)
    if dtp == "letter":
        v["title"] = {"en": "", "de": "", "fr": "", "it": "", "es": "", "nl": "", "pl": "", "zh": "", "ja": ""}[lang]
    sup, buy = s["sup"], s["buy"]
    v["sup_name"] = sup["name"]; v["buy_name"] = buy["name"]
    tid = L["taxid"] if sup is not None else ""
    v["sup_lines"] = sup["addr"] + [f"{L['taxid'] if s['sc'] != 'US' else L['ein']}: {sup['taxid']}", f"Tel. {sup['tel']}", sup["email"]]
    v["buy_lines"] = buy["addr"] + ([f"{L['taxid'] if s['sc'] != 'US' else L['ein']}: {buy['taxid']}"] if s["tax_mode"] == "vat" else [])
    v["sup_head"], v["buy_head"] = L["seller"], L["buyer"]
    if dtp == "purchase_order":
        v["sup_head"], v["buy_head"] = L["buyer"] if lang != "ja" else "発注者", L["vendor"]
    v["date_str"] = fd(s["issue"])
    noh = L["no"] if dtp in ("invoice", "tax_invoice", "proforma") else L["docno"]
    dh = L["date"] if dtp in ("invoice", "tax_invoice", "proforma") else L["ddate"]
    meta = [(noh, s["number"]), (dh, v["date_str"])]
    if dtp in ("invoice", "tax_invoice", "proforma"):
        meta += [(L["deliv"], fd(s["deliv"])), (L["due"], fd(s["due"]))]
    if dtp in ("packing_list", "delivery_note"):
        meta += [(L["order"], s["ref_no"])]
    if dtp == "quotation":
        meta += [(L["valid"], fd(s["due"]))]
    if dtp == "credit_note":
        meta += [(L["credit_for"], s["ref_no"])]
    if dtp == "receipt":
        meta += [(L["order"], s["ref_no"])]
    meta.append((L["cur"], cur))
    v["meta"] = meta
    withtax = s["tax_mode"] == "vat"
    rows = []
    if dtp in ("packing_list", "delivery_note"):
        v["cols"] = ["#", L["sku"], L["desc"], L["qty"]] + ([L["cartons"], L["weight"]] if dtp == "packing_list" else [L["unit"]])
        v["align"] = "llrrr" + ("r" if dtp == "packing_list" else "")
        v["align"] = "lll" + "r" * (len(v["cols"]) - 3)
        for k, it in enumerate(s["items"], 1):
            r = [str(k), it["sku"], it["desc"], str(it["qty"])]
            r += [str(max(1, it["qty"] // R.choice([10, 20, 25, 50]))), f"{it['qty'] * R.uniform(0.08, 0.6):.1f}".replace(".", "," if lang not in ("en", "zh", "ja") else ".")] if dtp == "packing_list" else [L["pcs"]]
            rows.append(r)
        v["totals"] = [(L["qty"], str(sum(it["qty"] for it in s["items"])), True)]
        v["total_str"] = None
    else:
        v["cols"] = ["#", L["desc"], L["qty"], L["price"]] + ([L["rate"]] if withtax and len(set(it["rate"] for it in s["items"])) > 1 or lang in ("pl", "zh") and withtax else []) + [L["amount"]]
        v["align"] = "ll" + "r" * (len(v["cols"]) - 2)
        for k, it in enumerate(s["items"], 1):
            r = [str(k), it["desc"], str(it["qty"]), N(it["price"])]
            if len(v["cols"]) == 6: r.append(f"{fnum(it['rate'], 'comma', 1).rstrip('0').rstrip('.')}%")
            r.append(N(it["line"]))
            rows.append(r)
        tot = [(L["subtotal"], M(s["sub"]), False)]
        if s["disc"]: tot.append((f"{L['discount']} {int(s['discount'])}%", M(-s["disc"]), False))
        if s["shipping"]: tot.append((L["shipping"], M(s["shipping"]), False))
        for r, t in s["taxes"].items():
            tot.append((f"{L['salestax'] if s['tax_mode'] == 'sales' else L['vat']} {fnum(r, 'comma', 3).rstrip('0').rstrip('.')}%", M(t), False))
        if s["tax_mode"] == "none" and lang == "en" and s["sc"] == "GB":
            tot.append(("VAT 0% (export, zero-rated)", M(0), False))
        tl = L["total"] if dtp not in ("receipt",) else L["total"]
        v["total_str"] = M(s["total"])
        tot.append((tl, v["total_str"], True))
        if dtp in ("invoice", "tax_invoice") and R.random() < 0.5:
            tot.append((L["due_amt"], v["total_str"], True))
        v["totals"] = tot
        if dtp == "price_list":
            v["cols"] = ["#", L["sku"], L["desc"], L["price"]]; v["align"] = "lllr"
            rows = [[str(k), it["sku"], it["desc"], N(it["price"])] for k, it in enumerate(s["items"], 1)]
            v["totals"] = []; v["total_str"] = None
    v["rows"] = rows
    notes = []
    if dtp in ("invoice", "tax_invoice", "proforma"):
        notes.append(L["terms"].format(n=(s["due"] - s["issue"]).days))
        notes.append(f"{L['bank']}: {sup['bank']}")
    if dtp == "receipt":
        notes.append(L["paidby"]); v["stamp"] = L["paid"]
    if lang == "de" and dtp == "invoice" and s["tax_mode"] == "vat":
        notes.append(f"Leistungsdatum entspricht dem Lieferdatum. Geschäftsführer: {coin(1)} {coin()}. Amtsgericht {coin()} HRB {digits(5)}")
    if lang == "fr" and dtp == "invoice":
        notes.append(f"SARL au capital de {R.choice(['8 000', '10 000', '50 000'])} € – RCS {coin()} {digits(3)} {digits(3)} {digits(3)}")
    if lang == "ja" and dtp in ("invoice", "tax_invoice"):
        v["ja_total_box"] = (L["due_amt"], v["total_str"] + "（税込）")
    if lang == "pl" and dtp in ("invoice", "tax_invoice"):
        notes.append("Słownie: " + pl_words(s["total"]))
    if dtp == "letter":
        v["letter"] = letter_body(s)
    if dtp == "quotation":
        notes.append({"en": "This quotation is not an invoice.", "de": "Dieses Angebot ist freibleibend.", "fr": "Devis valable 30 jours.",
                      "it": "Il presente preventivo non costituisce fattura.", "es": "Presupuesto válido 30 días.",
                      "nl": "Deze offerte is vrijblijvend.", "pl": "Oferta ważna 30 dni.", "zh": "本报价单有效期三十天。", "ja": "本見積書の有効期限は30日です。"}[lang])
    notes.append(L["thanks"])
    v["notes"] = notes
    v["number"] = s["number"]
    return v

def pl_words(x):
    x = D(x).quantize(D("0.01")); z = int(x); gr = int((x - z) * 100)
    return f"{z} zł {gr:02d}/100"

def letter_body(s):
    L = s["lang"]
    dd = fdate(s["deliv"], s["date_style"], L)
    b = {"en": [f"Dear {s['buy']['name']},", f"Further to your order {s['ref_no']}, we confirm that the goods were dispatched on {dd}.",
                "Our invoice will follow separately. Please contact us should any carton arrive damaged.", "Kind regards,"],
         "de": [f"Sehr geehrte Damen und Herren,", f"bezugnehmend auf Ihre Bestellung {s['ref_no']} bestätigen wir den Versand der Ware am {dd}.",
                "Die Rechnung erhalten Sie gesondert. Bei Transportschäden melden Sie sich bitte umgehend.", "Mit freundlichen Grüßen"],
         "fr": ["Madame, Monsieur,", f"Suite à votre commande {s['ref_no']}, nous vous confirmons l'expédition des marchandises le {dd}.",
                "La facture vous parviendra séparément.", "Veuillez agréer nos salutations distinguées."],
         "it": ["Spett.le Cliente,", f"in riferimento al Vostro ordine {s['ref_no']} confermiamo la spedizione della merce in data {dd}.", "La fattura seguirà a parte.", "Cordiali saluti"],
         "es": ["Estimado cliente:", f"En relación con su pedido {s['ref_no']}, le confirmamos el envío de la mercancía el {dd}.", "La factura se enviará por separado.", "Atentamente,"],
         "nl": ["Geachte heer/mevrouw,", f"Naar aanleiding van uw order {s['ref_no']} bevestigen wij de verzending op {dd}.", "De factuur volgt separaat.", "Met vriendelijke groet,"],
         "pl": ["Szanowni Państwo,", f"w nawiązaniu do zamówienia {s['ref_no']} potwierdzamy wysyłkę towaru w dniu {dd}.", "Faktura zostanie przesłana osobno.", "Z poważaniem"],
         "zh": ["尊敬的客户：", f"贵司订单 {s['ref_no']} 的货物已于{dd}发出。", "发票将另行寄送，如有破损请及时联系。", "此致 敬礼"],
         "ja": ["拝啓　時下ますますご清栄のこととお慶び申し上げます。", f"ご注文 {s['ref_no']} の商品は{dd}に発送いたしました。", "請求書は別途お送りいたします。", "敬具"]}
    return b[L]

# ----------------------------------------------------------------- HTML renderer
CSS = {
"saas": """@page{size:A4;margin:16mm 14mm 18mm 14mm}
body{font-family:%(font)s;font-size:9.5pt;color:#222}
.top{display:flex;justify-content:space-between;align-items:flex-start;border-bottom:3px solid %(acc)s;padding-bottom:8px}
.logo{width:46px;height:46px;border-radius:23px;background:%(acc)s;color:#fff;font-weight:bold;font-size:18pt;text-align:center;line-height:46px;display:inline-block;vertical-align:middle;margin-right:8px}
h1{color:%(acc)s;font-size:20pt;margin:0;letter-spacing:1px;text-align:right}
.parties{display:flex;gap:30px;margin:14px 0}.parties div{flex:1}
.h{font-size:7.5pt;text-transform:uppercase;color:#888;margin-bottom:2px}
table.items{width:100%%;border-collapse:collapse;margin-top:10px}
table.items th{background:%(acc)s;color:#fff;padding:5px;font-weight:normal;text-align:left}
table.items td{padding:4px 5px;border-bottom:1px solid #e3e3e3}
table.items tr:nth-child(even) td{background:#f6f7fb}
.r{text-align:right}.meta td{padding:1px 6px}
table.tot{margin-left:auto;margin-top:10px;border-collapse:collapse}
table.tot td{padding:3px 8px}.b td{font-weight:bold;border-top:2px solid %(acc)s;font-size:11pt}
.notes{margin-top:24px;font-size:8pt;color:#555}
.stamp{border:3px solid #c0392b;color:#c0392b;font-size:22pt;display:inline-block;padding:4px 14px;transform:rotate(-12deg);margin:10px 40px}
thead{display:table-header-group}tr{page-break-inside:avoid}""",
"classic": """@page{size:A4;margin:20mm}
body{font-family:%(serif)s;font-size:10pt}
h1{text-align:center;font-size:17pt;letter-spacing:4px;margin:6px 0 14px}
.top{text-align:center;border-bottom:1px solid #000;padding-bottom:6px}.logo{display:none}
.parties{display:table;width:100%%;margin:12px 0}.parties div{display:table-cell;width:50%%;border:1px solid #000;padding:6px}
.h{font-weight:bold;text-decoration:underline}
table.items{width:100%%;border-collapse:collapse}table.items th,table.items td{border:1px solid #000;padding:3px 5px}
table.items th{background:#eee}.r{text-align:right}.meta{margin:auto}.meta td{padding:1px 10px}
table.tot{margin-left:auto;border-collapse:collapse;margin-top:-1px}table.tot td{border:1px solid #000;padding:3px 6px}
.b td{font-weight:bold}.notes{margin-top:20px;font-size:8.5pt}
.stamp{border:2px double #1a5276;color:#1a5276;font-size:18pt;display:inline-block;padding:4px 10px;margin:10px}
thead{display:table-header-group}""",
"compact": """@page{size:%(page)s;margin:10mm}
body{font-family:%(font)s;font-size:8.3pt}
.top{overflow:hidden;background:#f2f2f2;padding:6px}.logo{float:left;font-size:16pt;font-weight:bold;color:%(acc)s;margin-right:10px}
h1{float:right;font-size:14pt;margin:0}
.parties{overflow:hidden;margin:8px 0}.parties div{float:left;width:46%%;margin-right:3%%}
.h{font-weight:bold;background:#ddd;padding:1px 3px}
table.items{width:100%%;border-collapse:collapse}table.items th{border-bottom:1.5px solid #000;text-align:left}
table.items td{border-bottom:0.5px dotted #999;padding:2px 3px}.r{text-align:right;font-family:%(mono)s}
.meta{border:1px solid #999;margin-top:4px}.meta td{padding:1px 4px}
table.tot{float:right;margin-top:6px}table.tot td{padding:1px 4px}.b td{font-weight:bold;border-top:1px solid #000}
.notes{clear:both;padding-top:14px;font-size:7.5pt}
.stamp{color:#0a0;font-size:16pt;border:2px solid #0a0;padding:2px 8px;display:inline-block}
thead{display:table-header-group}"""}

def e(x): return html.escape(str(x))

def render_html(s, v, zh_vat=False):
    st = s["style"]
    cjk = s["lang"] in CJK
    font = "'WenQuanYi Micro Hei', 'DejaVu Sans', sans-serif" if cjk else "'DejaVu Sans', sans-serif"
    serif = "'WenQuanYi Micro Hei', serif" if cjk else "'DejaVu Serif', serif"
    css = CSS[st] % dict(font=font, serif=serif, mono="'DejaVu Sans Mono', monospace", acc=R.choice(["#1f6feb", "#0b7a75", "#8e44ad", "#c0392b", "#2c3e50", "#d35400"]),
                         page="Letter" if s["sc"] == "US" else "A4")
    if zh_vat:
        return render_html_zhvat(s, v)
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", v["sup_name"])[:2]).upper() or v["sup_name"][:1]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='top'><div><span class='logo'>{e(initials)}</span><b style='font-size:12pt'>{e(v['sup_name'])}</b><br>{'<br>'.join(e(x) for x in v['sup_lines'])}</div>")
    h.append(f"<div><h1>{e(v['title'])}</h1><table class='meta'>" + "".join(f"<tr><td>{e(k)}</td><td class='r'>{e(val)}</td></tr>" for k, val in v["meta"]) + "</table></div></div>")
    if s["lang"] == "ja" and s["doc_type"] not in ("purchase_order",):
        h.append(f"<div class='parties'><div><div style='font-size:13pt;border-bottom:1px solid #000'>{e(v['buy_name'])} 御中</div>{'<br>'.join(e(x) for x in v['buy_lines'])}</div><div></div></div>")
    else:
        h.append(f"<div class='parties'><div><div class='h'>{e(v['buy_head'])}</div><b>{e(v['buy_name'])}</b><br>{'<br>'.join(e(x) for x in v['buy_lines'])}</div>"
                 f"<div><div class='h'>{e(T[s['lang']]['shipto'])}</div>{e(v['buy_name'])}<br>{e(v['buy_lines'][0])}</div></div>")
    if v.get("ja_total_box"):
        h.append(f"<div style='font-size:14pt;border-bottom:2px solid #000;display:inline-block;margin:6px 0'>{e(v['ja_total_box'][0])}　{e(v['ja_total_box'][1])}</div>")
    if v.get("letter"):
        h.append("<div style='margin-top:30px;font-size:11pt;line-height:1.6'>" + "".join(f"<p>{e(p)}</p>" for p in v["letter"]) + f"<p>{e(v['sup_name'])}</p></div>")
    else:
        h.append("<table class='items'><thead><tr>" + "".join(f"<th class='{'r' if a == 'r' else ''}'>{e(c)}</th>" for c, a in zip(v["cols"], v["align"])) + "</tr></thead><tbody>")
        for r in v["rows"]:
            h.append("<tr>" + "".join(f"<td class='{'r' if a == 'r' else ''}'>{e(c)}</td>" for c, a in zip(r, v["align"])) + "</tr>")
        h.append("</tbody></table>")
        if v["totals"]:
            h.append("<table class='tot'>" + "".join(f"<tr class='{'b' if b else ''}'><td>{e(k)}</td><td class='r'>{e(val)}</td></tr>" for k, val, b in v["totals"]) + "</table>")
    if v.get("stamp"):
        h.append(f"<div class='stamp'>{e(v['stamp'])}</div>")
    h.append("<div class='notes'>" + "<br>".join(e(n) for n in v["notes"]) + "</div></body></html>")
    return "\n".join(h)

def render_html_zhvat(s, v):
    L = T["zh"]
    css = """@page{size:A4 landscape;margin:12mm}body{font-family:'WenQuanYi Micro Hei';font-size:9pt;color:#7a4a1a}
    h1{text-align:center;color:#8b4513;font-size:20pt;letter-spacing:6px;margin:0;border-bottom:3px double #8b4513;display:inline-block}
    .c{text-align:center}.m{float:right;font-size:9pt}table{width:100%;border-collapse:collapse;color:#333}
    td,th{border:1px solid #b5651d;padding:3px 5px}th{color:#8b4513;font-weight:normal}.r{text-align:right}.lab{color:#8b4513;width:18px}
    .seal{border:2px solid #d00;border-radius:50%;color:#d00;width:120px;height:70px;text-align:center;font-size:8pt;padding-top:10px;float:right;margin-top:6px}"""
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
         f"<div class='m'>发票代码：{e(s['code'])}<br>{e(L['no'])}：{e(s['number'])}<br>{e(L['date'])}：{e(v['date_str'])}</div>",
         f"<div class='c'><h1>{e(L['tax_invoice'])}</h1><div>发票联</div></div><br>"]
    def party(lab, c):
        return (f"<tr><td class='lab' rowspan='4'>{lab}</td><td>名　　称：{e(c['name'])}</td></tr><tr><td>{e(L['taxid'])}：{e(c['taxid'])}</td></tr>"
                f"<tr><td>地址、电话：{e(''.join(c['addr']))} {e(c['tel'])}</td></tr><tr><td>{e(L['bank'])}：{e(c['bank'])}</td></tr>")
    h.append("<table>" + party("购买方", s["buy"]) + "</table>")
    h.append("<table><tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>")
    for it in s["items"]:
        tax = (it["line"] * it["rate"] / 100).quantize(D("0.01"), ROUND_HALF_UP)
        h.append(f"<tr><td>*日用品*{e(it['desc'])}</td><td>{e(it['sku'])}</td><td>个</td><td class='r'>{it['qty']}</td><td class='r'>{e(fnum(it['price'], 'comma'))}</td>"
                 f"<td class='r'>{e(fnum(it['line'], 'comma'))}</td><td class='r'>{fnum(it['rate'], 'comma', 0)}%</td><td class='r'>{e(fnum(tax, 'comma'))}</td></tr>")
    h.append(f"<tr><td>合　　计</td><td></td><td></td><td></td><td></td><td class='r'>¥{e(fnum(s['sub'], 'comma'))}</td><td></td><td class='r'>¥{e(fnum(sum(s['taxes'].values()), 'comma'))}</td></tr>")
    h.append(f"<tr><td>价税合计（大写）</td><td colspan='4'>ⓧ {e(cn_upper(s['total']))}</td><td colspan='3'>（小写）{e(v['total_str'])}</td></tr></table>")
    h.append("<table>" + party("销售方", s["sup"]) + "</table>")
    h.append(f"<div class='seal'>{e(s['sup']['name'][:10])}<br>发票专用章<br>{e(s['sup']['taxid'])}</div>")
    h.append(f"<div>收款人：{e(R.choice(['王丽', '陈静', '刘洋']))}　复核：{e(R.choice(['张伟', '李强']))}　开票人：{e(R.choice(['赵敏', '孙芳']))}</div></body></html>")
    return "".join(h)

def zh_vat_taxsum_consistent(s):
    # VAT invoices compute tax per line; make totals consistent with per-line tax
    q = D("0.01")
    s["taxes"] = {}
    tsum = D(0)
    for it in s["items"]:
        tsum += (it["line"] * it["rate"] / 100).quantize(q, ROUND_HALF_UP)
    s["taxes"] = {max(it["rate"] for it in s["items"]): tsum}
    s["total"] = s["sub"] + tsum
    if s.get("arith") == "total": s["total"] += D(100)

def weasy(htmltext, out):
    import weasyprint
    weasyprint.HTML(string=htmltext, base_url=TMP).write_pdf(out)

def chromium(htmltext, out):
    fn = out + ".html"
    open(fn, "w", encoding="utf-8").write(htmltext)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", fn], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    os.remove(fn)

# ----------------------------------------------------------------- ReportLab renderer
_rl_fonts = False
def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DJ", FONT_DJ)); pdfmetrics.registerFont(TTFont("DJB", FONT_DJB))
    pdfmetrics.registerFont(TTFont("WQY", FONT_WQY, subfontIndex=0))
    _rl_fonts = True

def render_reportlab(s, v, out, zh_vat=False):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter, landscape
    rl_fonts()
    lang = s["lang"]
    if lang in CJK or zh_vat: F, FB = "WQY", "WQY"
    elif lang in LAT1: F, FB = ("Helvetica", "Helvetica-Bold") if R.random() < 0.7 else ("Times-Roman", "Times-Bold")
    else: F, FB = "DJ", "DJB"
    s["rl_font"] = F
    if zh_vat:
        return render_rl_zhvat(s, v, out)
    size = letter if s["sc"] == "US" else A4
    W, H = size
    c = canvas.Canvas(out, pagesize=size, pageCompression=R.random() < 0.5)
    c.setTitle(f"{v['title']} {v['number']}"); c.setAuthor(v["sup_name"]); c.setCreator(R.choice(["BillDesk 4.2", "LedgerLite", "FakturPro 2026", "InvoiceMate"]))
    rows = v["rows"]
    first_n, next_n = 22, 40
    chunks = [rows[:first_n]] + [rows[k:k + next_n] for k in range(first_n, len(rows), next_n)] if rows else [[]]
    npages = len(chunks)
    ncol = len(v["cols"])
    wd = col_widths(v, lang, W - 80)
    colx = [40]
    for w_ in wd: colx.append(colx[-1] + w_)
    for pno, chunk in enumerate(chunks, 1):
        y = H - 50
        if pno == 1:
            c.setFont(FB, 15); c.drawString(40, y, v["sup_name"]); y -= 16
            c.setFont(F, 8.5)
            for ln in v["sup_lines"]:
                c.drawString(40, y, ln); y -= 11
            c.setFont(FB, 18); c.drawRightString(W - 40, H - 52, v["title"])
            c.setFont(F, 9)
            my = H - 72
            for k, val in v["meta"]:
                c.drawRightString(W - 130, my, k + (":" if lang not in CJK else "：")); c.drawRightString(W - 40, my, val); my -= 12
            y = min(y, my) - 16
            c.setFont(FB, 9); c.drawString(40, y, v["buy_head"]); y -= 13
            c.setFont(FB, 10.5); c.drawString(40, y, v["buy_name"] + (" 御中" if lang == "ja" else "")); y -= 12
            c.setFont(F, 9)
            for ln in v["buy_lines"]:
                c.drawString(40, y, ln); y -= 11
            y -= 14
        else:
            c.setFont(F, 8.5); c.drawString(40, y, f"{v['sup_name']} — {v['title']} {v['number']}"); y -= 24
        if v.get("letter"):
            c.setFont(F, 11)
            for p in v["letter"]:
                for ln in wrap(p, 85 if lang not in CJK else 40):
                    c.drawString(40, y, ln); y -= 16
                y -= 8
            c.drawString(40, y - 10, v["sup_name"])
        else:
            c.setFillColorRGB(0.88, 0.9, 0.93); c.rect(36, y - 4, W - 72, 15, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
            c.setFont(FB, 8.5)
            xs = colx
            def put(vals, yy, font, fs):
                c.setFont(font, fs)
                for j, (val, a) in enumerate(zip(vals, v["align"])):
                    if a == "r": c.drawRightString(xs[j + 1] - 4, yy, val)
                    else:
                        while c.stringWidth(val, c._fontname, fs) > xs[j + 1] - xs[j] - 4 and len(val) > 3: val = val[:-1]
                        c.drawString(xs[j], yy, val)
            put(v["cols"], y, FB, 8.5); y -= 16
            for r in chunk:
                put(r, y, F, 8.5); c.setStrokeColorRGB(0.85, 0.85, 0.85); c.line(36, y - 4, W - 36, y - 4); y -= 15
            if pno == npages:
                y -= 8
                for k, val, b in v["totals"]:
                    c.setFont(FB if b else F, 10 if b else 9)
                    c.drawRightString(W - 140, y, k); c.drawRightString(W - 40, y, val); y -= 14
                if v.get("stamp"):
                    c.saveState(); c.setStrokeColorRGB(0.75, 0.1, 0.1); c.setFillColorRGB(0.75, 0.1, 0.1); c.translate(120, y + 10); c.rotate(12)
                    c.setFont(FB, 20); c.rect(-10, -8, 110, 32); c.drawString(0, 0, v["stamp"]); c.restoreState()
                y -= 20
                c.setFont(F, 7.8)
                for n in v["notes"]:
                    for ln in wrap(n, 120 if lang not in CJK else 60):
                        c.drawString(40, y, ln); y -= 10
        c.setFont(F, 7.5)
        pg = f"{T[lang]['page']} {pno} {T[lang]['of']} {npages}" if lang not in CJK else f"{pno} / {npages}"
        c.drawRightString(W - 40, 28, pg)
        c.showPage()
    c.save()

def render_rl_zhvat(s, v, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, landscape
    W, H = landscape(A4)
    c = canvas.Canvas(out, pagesize=(W, H))
    brown = (0.55, 0.27, 0.07)
    c.setStrokeColorRGB(*brown); c.setFillColorRGB(*brown)
    c.setFont("WQY", 22); c.drawCentredString(W / 2, H - 60, T["zh"]["tax_invoice"])
    c.line(W / 2 - 120, H - 66, W / 2 + 120, H - 66); c.line(W / 2 - 120, H - 69, W / 2 + 120, H - 69)
    c.setFont("WQY", 10); c.drawCentredString(W / 2, H - 84, "发 票 联")
    c.setFont("WQY", 9)
    c.drawString(W - 230, H - 45, f"发票代码：{s['code']}"); c.drawString(W - 230, H - 58, f"发票号码：{s['number']}")
    c.drawString(W - 230, H - 71, f"开票日期：{v['date_str']}")
    c.drawString(40, H - 58, f"机器编号：{digits(12)}")
    x0, x1 = 40, W - 40
    top = H - 100
    c.rect(x0, top - 80, x1 - x0, 80)
    c.line(x0 + 22, top, x0 + 22, top - 80)
    c.drawString(x0 + 6, top - 30, "购"); c.drawString(x0 + 6, top - 45, "买"); c.drawString(x0 + 6, top - 60, "方")
    def party(cc, yy):
        c.setFillColorRGB(*brown); c.setFont("WQY", 9)
        labs = ["名　　称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
        vals = [cc["name"], cc["taxid"], "".join(cc["addr"]) + " " + cc["tel"], cc["bank"]]
        for k, (lb, vl) in enumerate(zip(labs, vals)):
            c.setFillColorRGB(*brown); c.drawString(x0 + 28, yy - 16 - k * 18, lb)
            c.setFillColorRGB(0, 0, 0.2); c.drawString(x0 + 100, yy - 16 - k * 18, vl)
    party(s["buy"], top)
    c.setFillColorRGB(*brown)
    c.drawString(x0 + 480, top - 16, "密"); c.drawString(x0 + 480, top - 36, "码"); c.drawString(x0 + 480, top - 56, "区")
    c.setFont("Courier", 8); c.setFillColorRGB(0, 0, 0.2)
    for k in range(4):
        c.drawString(x0 + 500, top - 16 - k * 18, "".join(R.choice("0123456789+-*/<>") for _ in range(36)))
    y = top - 80
    cols = [x0, x0 + 230, x0 + 330, x0 + 370, x0 + 430, x0 + 520, x0 + 620, x0 + 670, x1]
    heads = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    rh = 16
    nrows = len(s["items"])
    tbl_h = rh * (nrows + 2)
    c.setStrokeColorRGB(*brown); c.rect(x0, y - tbl_h, x1 - x0, tbl_h)
    c.setFillColorRGB(*brown); c.setFont("WQY", 9)
    for j, hd in enumerate(heads):
        c.drawCentredString((cols[j] + cols[j + 1]) / 2, y - 12, hd)
    c.setFillColorRGB(0, 0, 0.2)
    tsum = D(0)
    for k, it in enumerate(s["items"]):
        yy = y - 12 - rh * (k + 1)
        tax = (it["line"] * it["rate"] / 100).quantize(D("0.01"), ROUND_HALF_UP); tsum += tax
        c.drawString(cols[0] + 3, yy, f"*日用杂品*{it['desc']}"[:22]); c.drawString(cols[1] + 3, yy, it["sku"]); c.drawString(cols[2] + 8, yy, "个")
        for j, val in ((3, str(it["qty"])), (4, fnum(it["price"], "comma")), (5, fnum(it["line"], "comma")), (6, f"{fnum(it['rate'], 'comma', 0)}%"), (7, fnum(tax, "comma"))):
            c.drawRightString(cols[j + 1] - 3, yy, val)
    yy = y - 12 - rh * (nrows + 1)
    c.setFillColorRGB(*brown); c.drawCentredString((cols[0] + cols[1]) / 2, yy, "合　　计"); c.setFillColorRGB(0, 0, 0.2)
    c.drawRightString(cols[6] - 3, yy, "¥" + fnum(s["sub"], "comma")); c.drawRightString(cols[8] - 3, yy, "¥" + fnum(sum(s["taxes"].values()), "comma"))
    y -= tbl_h
    c.rect(x0, y - 22, x1 - x0, 22)
    c.setFillColorRGB(*brown); c.drawString(x0 + 6, y - 15, "价税合计（大写）")
    c.setFillColorRGB(0, 0, 0.2); c.drawString(x0 + 120, y - 15, "ⓧ " + cn_upper(s["total"]))
    c.setFillColorRGB(*brown); c.drawString(x0 + 480, y - 15, "（小写）"); c.setFillColorRGB(0, 0, 0.2); c.drawString(x0 + 530, y - 15, v["total_str"])
    y -= 22
    c.rect(x0, y - 80, x1 - x0, 80); c.line(x0 + 22, y, x0 + 22, y - 80)
    c.setFillColorRGB(*brown)
    c.drawString(x0 + 6, y - 30, "销"); c.drawString(x0 + 6, y - 45, "售"); c.drawString(x0 + 6, y - 60, "方")
    party(s["sup"], y)
    c.setFillColorRGB(*brown)
    c.drawString(x0, y - 100, f"收款人：{R.choice(['王丽', '陈静', '刘洋'])}        复核：{R.choice(['张伟', '李强'])}        开票人：{R.choice(['赵敏', '孙芳'])}        销售方：（章）")
    c.setStrokeColorRGB(0.85, 0, 0); c.setFillColorRGB(0.85, 0, 0); c.setLineWidth(2)
    c.ellipse(x1 - 170, y - 130, x1 - 20, y - 40)
    c.setFont("WQY", 8); c.drawCentredString(x1 - 95, y - 75, s["sup"]["name"][:12]); c.setFont("WQY", 11); c.drawCentredString(x1 - 95, y - 92, "发票专用章")
    c.setFont("WQY", 7); c.drawCentredString(x1 - 95, y - 108, s["sup"]["taxid"])
    c.showPage(); c.save()

def wrap(t, n):
    if " " not in t:
        return [t[k:k + n] for k in range(0, len(t), n)] or [""]
    out, cur = [], ""
    for w in t.split(" "):
        if len(cur) + len(w) + 1 > n and cur: out.append(cur); cur = w
        else: cur = (cur + " " + w).strip()
    return out + [cur]

def col_widths(v, lang, total):
    ncol = len(v["cols"])
    widths = {4: [8, 24, 128, 30] if v["align"] == "lllr" else [8, 120, 20, 42], 5: [8, 92, 20, 30, 40], 6: [8, 80, 18, 30, 16, 38]}[ncol]
    if v["cols"][1] == T[lang]["sku"] and ncol == 6: widths = (8, 24, 94, 20, 18, 26)
    if v["cols"][1] == T[lang]["sku"] and ncol == 5: widths = (8, 28, 112, 22, 20)
    return [w * total / sum(widths) for w in widths]

# ----------------------------------------------------------------- fpdf2 renderer
def render_fpdf(s, v, out):
    from fpdf import FPDF
    lang = s["lang"]
    class P(FPDF):
        def footer(self):
            self.set_y(-12); self.set_font(self.F, size=7)
            self.cell(0, 5, f"{v['sup_name']} | {v['number']} | {self.page_no()}/{{nb}}", align="C")
    pdf = P(format="Letter" if s["sc"] == "US" else "A4")
    if lang in LAT1 and R.random() < 0.85:
        pdf.core_fonts_encoding = "windows-1252"; pdf.F, pdf.FB = "helvetica", "helvetica"; bold = "B"
    elif lang in CJK:
        pdf.add_font("wqy", "", FONT_WQY); pdf.F = pdf.FB = "wqy"; bold = ""
    else:
        pdf.add_font("dj", "", FONT_DJ); pdf.add_font("dj", "B", FONT_DJB); pdf.F = pdf.FB = "dj"; bold = "B"
    s["fpdf_font"] = pdf.F
    pdf.set_creator(R.choice(["SimpleBooks", "fpdf2", "ShopInvoice 3"])); pdf.set_title(f"{v['title']} {v['number']}")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    F = pdf.F
    pdf.set_font(F, bold, 16); pdf.cell(0, 9, v["title"], new_x="LMARGIN", new_y="NEXT", align="R")
    pdf.set_font(F, bold, 11); pdf.cell(0, 6, v["sup_name"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    for ln in v["sup_lines"]: pdf.cell(0, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font(F, bold, 9); pdf.cell(90, 5, v["buy_head"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9.5); pdf.cell(90, 5, v["buy_name"] + (" 御中" if lang == "ja" else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    for ln in v["buy_lines"]: pdf.cell(90, 4.3, ln, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(115, y0)
    for k, val in v["meta"]:
        pdf.set_x(115); pdf.set_font(F, "", 8.5); pdf.cell(40, 5, k, border="B"); pdf.cell(0, 5, val, border="B", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 6)
    if v.get("ja_total_box"):
        pdf.set_font(F, "", 13); pdf.cell(100, 9, f"{v['ja_total_box'][0]}  {v['ja_total_box'][1]}", border="B", new_x="LMARGIN", new_y="NEXT"); pdf.ln(4)
    if v.get("letter"):
        pdf.set_font(F, "", 11)
        for p in v["letter"]: pdf.multi_cell(0, 6, p, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        pdf.cell(0, 6, v["sup_name"], new_x="LMARGIN", new_y="NEXT")
    else:
        epw = pdf.epw
        widths = col_widths(v, lang, epw)
        def head():
            pdf.set_font(F, bold, 8.5); pdf.set_fill_color(230, 230, 230)
            for c_, w, a in zip(v["cols"], widths, v["align"]): pdf.cell(w, 6, c_, border=1, fill=True, align="R" if a == "r" else "L")
            pdf.ln()
        head()
        pdf.set_font(F, "", 8.5)
        for r in v["rows"]:
            if pdf.get_y() > pdf.h - 30:
                pdf.add_page(); head(); pdf.set_font(F, "", 8.5)
            for c_, w, a in zip(r, widths, v["align"]):
                txt = c_
                while pdf.get_string_width(txt) > w - 2 and len(txt) > 3: txt = txt[:-2]
                pdf.cell(w, 5.5, txt, border="LR", align="R" if a == "r" else "L")
            pdf.ln()
        pdf.cell(sum(widths), 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for k, val, b in v["totals"]:
            pdf.set_x(pdf.l_margin + epw - 90); pdf.set_font(F, bold if b else "", 10 if b else 9)
            pdf.cell(55, 6, k, align="R"); pdf.cell(35, 6, val, align="R", new_x="LMARGIN", new_y="NEXT")
    if v.get("stamp"):
        pdf.ln(4); pdf.set_text_color(180, 20, 20); pdf.set_draw_color(180, 20, 20); pdf.set_font(F, bold, 18)
        pdf.cell(50, 12, v["stamp"], border=1, align="C", new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0); pdf.set_draw_color(0)
    pdf.ln(8); pdf.set_font(F, "", 7.5)
    for n in v["notes"]: pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

# ----------------------------------------------------------------- LibreOffice inputs (flat ODS, DOCX)
def render_fods(s, v, out):
    x = e
    def cell(t, style="", num=None, span=1):
        sp = f" table:number-columns-spanned='{span}'" if span > 1 else ""
        st = f" table:style-name='{style}'" if style else ""
        return f"<table:table-cell{st}{sp} office:value-type='string'><text:p>{x(t)}</text:p></table:table-cell>" + ("<table:covered-table-cell/>" * (span - 1))
    ncol = max(6, len(v["cols"]))
    rows = []
    def row(cells): rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    row([cell(v["title"], "title", span=3)])
    row([cell(v["sup_name"], "bold", span=3)])
    for ln in v["sup_lines"]: row([cell(ln, span=3)])
    row([cell("")])
    for k, val in v["meta"]: row([cell(""), cell(k, "bold"), cell(val, "")])
    row([cell("")])
    row([cell(v["buy_head"], "bold")]); row([cell(v["buy_name"] + (" 御中" if s["lang"] == "ja" else ""), "bold", span=3)])
    for ln in v["buy_lines"]: row([cell(ln, span=3)])
    row([cell("")])
    if v.get("letter"):
        for p in v["letter"]: row([cell(p, span=6)])
    else:
        row([cell(c_, "head") for c_ in v["cols"]])
        for r in v["rows"]:
            row([cell(c_, "num" if a == "r" else "grid") for c_, a in zip(r, v["align"])])
        row([cell("")])
        for k, val, b in v["totals"]:
            row([cell("")] * (len(v["cols"]) - 3) + [cell(k, "bold" if b else "", span=2), cell(val, "numb" if b else "num")])
    row([cell("")])
    for n in v["notes"]: row([cell(n, "small", span=6)])
    nc = len(v["cols"])
    if v["cols"][1] == T[s["lang"]]["sku"]:
        cw = {4: ["0.8cm", "2.2cm", "8.6cm", "3.4cm"], 5: ["0.8cm", "2.2cm", "7.4cm", "2.2cm", "2.6cm"]}.get(nc, ["0.8cm", "2.0cm", "6.0cm", "1.8cm", "1.6cm", "3.0cm"])
    else:
        cw = {5: ["0.8cm", "6.6cm", "1.6cm", "2.6cm", "3.8cm"]}.get(nc, ["0.8cm", "5.6cm", "1.6cm", "2.3cm", "1.8cm", "3.6cm"])
    while len(cw) < 6: cw.append("1.5cm")
    colstyles = "".join(f"<style:style style:name='co{k}' style:family='table-column'><style:table-column-properties style:column-width='{w}'/></style:style>" for k, w in enumerate(cw))
    font = "WenQuanYi Micro Hei" if s["lang"] in CJK else R.choice(["DejaVu Sans", "DejaVu Serif"])
    doc = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style></office:styles>
<office:automatic-styles>{colstyles}
<style:style style:name="title" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="grid" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #7f7f7f"/><style:text-properties style:font-name="F" style:font-name-asian="F"/></style:style>
<style:style style:name="num" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #7f7f7f"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F"/></style:style>
<style:style style:name="numb" style:family="table-cell"><style:table-cell-properties fo:border="1pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="small" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="7.5pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{x(v['title'][:20] or 'Sheet1')}">
{''.join(f"<table:table-column table:style-name='co{k}'/>" for k in range(len(cw)))}
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    open(out, "w", encoding="utf-8").write(doc)

def render_docx(s, v, out):
    import docx
    from docx.shared import Pt, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    font = "WenQuanYi Micro Hei" if s["lang"] in CJK else R.choice(["DejaVu Sans", "DejaVu Serif"])
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = d.sections[0]
    if s["sc"] == "US":
        from docx.shared import Inches
        sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    p = d.add_paragraph(); r = p.add_run(v["sup_name"]); r.bold = True; r.font.size = Pt(14)
    p.add_run("\n" + "\n".join(v["sup_lines"])).font.size = Pt(8.5)
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; r = p.add_run(v["title"]); r.bold = True; r.font.size = Pt(18); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x60)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    left = [v["buy_head"], v["buy_name"] + (" 御中" if s["lang"] == "ja" else "")] + v["buy_lines"]
    rows = max(len(left), len(v["meta"]))
    for k in range(rows):
        c = t.add_row().cells
        if k < len(left): c[0].text = left[k]
        if k < len(v["meta"]): c[1].text = f"{v['meta'][k][0]}: {v['meta'][k][1]}"
    t.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    if v.get("ja_total_box"):
        p = d.add_paragraph(); r = p.add_run(f"{v['ja_total_box'][0]}　{v['ja_total_box'][1]}"); r.font.size = Pt(14); r.underline = True
    if v.get("letter"):
        for para in v["letter"]: d.add_paragraph(para)
        d.add_paragraph(v["sup_name"])
    else:
        t = d.add_table(rows=1, cols=len(v["cols"])); t.style = "Light Grid Accent 1" if R.random() < 0.5 else "Table Grid"
        for c, h in zip(t.rows[0].cells, v["cols"]): c.text = h
        for r_ in v["rows"]:
            cells = t.add_row().cells
            for c, val, a in zip(cells, r_, v["align"]):
                c.text = val
                if a == "r": c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph()
        if v["totals"]:
            t2 = d.add_table(rows=0, cols=2); t2.alignment = 2
            for k, val, b in v["totals"]:
                c = t2.add_row().cells; c[0].text = k; c[1].text = val; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if b:
                    for cc in c: cc.paragraphs[0].runs[0].bold = True
    if v.get("stamp"):
        p = d.add_paragraph(); r = p.add_run(v["stamp"]); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0xB0, 0x10, 0x10)
    for n in v["notes"]:
        p = d.add_paragraph(); r = p.add_run(n); r.font.size = Pt(7.5)
    d.core_properties.author = R.choice(["Buchhaltung", "admin", "Office", "user", "财务部", "経理部"])
    d.save(out)

# ----------------------------------------------------------------- scans and photos
def find_boxes(pdf_path, needle, page=None):
    """list of (page_index, (l,b,r,t)) in PDF points for whole-word matches"""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_path)
    res = []
    for pi in range(len(doc)) if page is None else [page]:
        tp = doc[pi].get_textpage()
        se = tp.search(needle, match_case=True, match_whole_word=False)
        while True:
            m = se.get_next()
            if not m: break
            i0, n = m
            # whole-token check: neighbours must not be digits/letters
            before = tp.get_text_range(i0 - 1, 1) if i0 > 0 else " "
            after = tp.get_text_range(i0 + n, 1) if i0 + n < tp.count_chars() else " "
            if (before[:1].isalnum() and needle[:1].isalnum()) or (after[:1].isalnum() and needle[-1:].isalnum()):
                continue
            bx = [tp.get_charbox(k) for k in range(i0, i0 + n)]
            bx = [b for b in bx if b[2] > b[0]]
            if not bx: continue
            res.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)),
                        [tp.get_charbox(k) for k in range(i0, i0 + n)]))
        tp.close()
    h = [doc[pi].get_height() for pi in range(len(doc))]
    doc.close()
    return res, h

def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_path)
    imgs = [doc[k].render(scale=dpi / 72).to_pil().convert("RGB") for k in range(len(doc))]
    doc.close()
    return imgs

def degrade_scan(img, masks, rng):
    """returns degraded RGB/L image and transformed masks"""
    import numpy as np
    from PIL import Image, ImageFilter
    ang = rng.uniform(-1.6, 1.6)
    gray = rng.random() < 0.6
    img = img.convert("L") if gray else img
    fill = 255 if gray else (255, 255, 255)
    img = img.rotate(ang, resample=Image.BICUBIC, fillcolor=fill)
    masks = [m.rotate(ang, resample=Image.NEAREST, fillcolor=0) for m in masks]
    sc = rng.uniform(0.55, 0.85)
    size = (int(img.width * sc), int(img.height * sc))
    img = img.resize(size, Image.BILINEAR)
    masks = [m.resize(size, Image.NEAREST) for m in masks]
    a = np.asarray(img).astype(np.float32)
    a = a * rng.uniform(0.85, 0.97) + rng.uniform(5, 25)           # grey paper, lower contrast
    a += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, rng.uniform(3, 9), a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    if rng.random() < 0.5: img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return img, masks

def photo_warp(img, masks, rng):
    import numpy as np, cv2
    from PIL import Image
    a = np.asarray(img.convert("RGB"))
    h, w = a.shape[:2]
    W2, H2 = int(w * 1.25), int(h * 1.18)
    j = lambda s_: rng.uniform(-s_, s_)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    ox, oy = (W2 - w) / 2, (H2 - h) / 2
    dst = np.float32([[ox + j(60) + 40, oy + j(50)], [ox + w + j(60) - 20, oy + j(50) + 30], [ox + w + j(40) + 30, oy + h + j(40)], [ox + j(40) - 30, oy + h + j(40) - 20]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    bgc = np.array([rng.randint(90, 160), rng.randint(70, 130), rng.randint(50, 100)], np.float32)
    bg = np.ones((H2, W2, 3), np.float32) * bgc
    bg += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 8, bg.shape)
    warped = cv2.warpPerspective(a, Mx, (W2, H2), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    msk = cv2.warpPerspective(np.ones((h, w), np.uint8) * 255, Mx, (W2, H2)) > 0
    out = np.where(msk[..., None], warped.astype(np.float32), bg)
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0.2, 0.8) * W2, rng.uniform(0.1, 0.5) * H2
    light = 1.05 - 0.45 * (np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W2, H2))
    light *= (0.9 + 0.15 * xx / W2)
    out = out * light[..., None] * np.array([1.0, 0.97, 0.9], np.float32)   # warm indoor light
    out += np.random.default_rng(rng.randint(0, 10 ** 6)).normal(0, 4, out.shape)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (3, 3), rng.uniform(0.5, 1.1))
    res = Image.fromarray(out)
    sc = rng.uniform(0.6, 0.8)
    size = (int(W2 * sc), int(H2 * sc))
    res = res.resize(size, Image.BILINEAR)
    nm = []
    for m in masks:
        mm = cv2.warpPerspective(np.asarray(m), Mx, (W2, H2), flags=cv2.INTER_NEAREST)
        nm.append(Image.fromarray(mm).resize(size, Image.NEAREST))
    return res, nm

def mask_for(size, box_pts, page_h, dpi):
    from PIL import Image, ImageDraw
    m = Image.new("L", size, 0)
    l, b, r, t = box_pts; k = dpi / 72
    ImageDraw.Draw(m).rectangle([l * k - 1, (page_h - t) * k - 1, r * k + 1, (page_h - b) * k + 1], fill=255)
    return m

def bbox_of(m):
    return m.getbbox()

# ----------------------------------------------------------------- edits
def cs_replace(pdf_path, repl):
    """pikepdf: replace Tj/TJ string operands. repl: list of (old, new). returns new content bytes per page and hit count"""
    import pikepdf
    pdf = pikepdf.open(pdf_path)
    hits = 0
    newpages = {}
    for pi, page in enumerate(pdf.pages):
        ops = pikepdf.parse_content_stream(page)
        changed = False
        out = []
        for op in ops:
            operands, operator = op.operands, op.operator
            if str(operator) == "Tj":
                raw = bytes(operands[0]).decode("cp1252", "replace")
                for old, new in repl:
                    if old in raw:
                        raw = raw.replace(old, new); hits += 1; changed = True
                operands = [pikepdf.String(raw.encode("cp1252"))]
            out.append(pikepdf.ContentStreamInstruction(operands, operator))
        if changed:
            newpages[pi] = pikepdf.unparse_content_stream(out)
    return pdf, newpages, hits

def edit_pikepdf(src, dst, repl):
    import pikepdf
    pdf, newpages, hits = cs_replace(src, repl)
    if not hits: return False
    for pi, data in newpages.items():
        pdf.pages[pi].Contents = pdf.make_stream(data)
    pdf.docinfo["/ModDate"] = pikepdf.String("D:" + dt.datetime(2026, 11, 20, 9, R.randint(0, 59)).strftime("%Y%m%d%H%M%S") + "Z")
    pdf.save(dst)
    return True

def edit_pypdf_incremental(src, dst, repl):
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    _, newpages, hits = cs_replace(src, repl)
    if not hits: return False
    w = PdfWriter(src, incremental=True)
    for pi, data in newpages.items():
        so = DecodedStreamObject(); so.set_data(data)
        w.pages[pi][NameObject("/Contents")] = w._add_object(so)
    with open(dst, "wb") as f: w.write(f)
    return True

def edit_overlay(src, dst, targets, incremental=False, font=None):
    """targets: list of (page, (l,b,r,t), newtext). white box + new text via reportlab, merged by pypdf"""
    from pypdf import PdfReader, PdfWriter
    from reportlab.pdfgen import canvas
    rl_fonts()
    rd = PdfReader(src)
    w = PdfWriter(src, incremental=True) if incremental else PdfWriter(clone_from=rd)
    for pi in sorted(set(t[0] for t in targets)):
        pg = rd.pages[pi]
        W, H = float(pg.mediabox.width), float(pg.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(W, H))
        for (p, (l, b, r, t), new, align) in [x for x in targets if x[0] == pi]:
            fs = max(6.0, (t - b) * 1.25)
            fn = font or "Helvetica"
            wd = c.stringWidth(new, fn, fs)
            c.setFillColorRGB(1, 1, 1)
            c.rect(min(l, r - wd if align == "r" else l) - 1.5, b - 2, max(r - l, wd) + 3, (t - b) + 4, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(fn, fs)
            if align == "r": c.drawRightString(r, b + 0.2, new)
            else: c.drawString(l, b + 0.2, new)
        c.save(); buf.seek(0)
        ov = PdfReader(buf).pages[0]
        w.pages[pi].merge_page(ov)
    with open(dst, "wb") as f: w.write(f)
    return True

def gs_resave(src, dst):
    subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-sDEVICE=pdfwrite", "-dCompatibilityLevel=1.5", f"-sOutputFile={dst}", src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def raster_resave(src, dst):
    imgs = render_pages(src, 150)
    imgs[0].save(dst, "PDF", resolution=150, save_all=True, append_images=imgs[1:])

def img_font(lang, px):
    from PIL import ImageFont
    return ImageFont.truetype(FONT_WQY if lang in CJK else FONT_DJ, max(8, int(px)), index=0) if lang in CJK else ImageFont.truetype(FONT_DJ, max(8, int(px)))

def image_paste(img, box, new, lang, align="l"):
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter
    l, t, r, b = box
    pad = 2
    g = img.convert("RGB")
    region = np.asarray(g.crop((l - 6, t - 6, r + 6, b + 6))).reshape(-1, 3)
    bg = tuple(int(x) for x in np.median(region, axis=0))
    ink = tuple(int(x) for x in np.percentile(region, 3, axis=0))
    fnt = img_font(lang, (b - t) * 1.05)
    tw = fnt.getlength(new)
    patch = Image.new("RGB", (int(max(r - l, tw)) + 2 * pad + 4, b - t + 2 * pad), bg)
    d = ImageDraw.Draw(patch)
    x0 = pad if align == "l" else patch.width - pad - tw
    d.text((x0, pad - (b - t) * 0.12), new, font=fnt, fill=ink)
    patch = patch.filter(ImageFilter.GaussianBlur(0.5))
    px = l - pad if align == "l" else r + pad - patch.width
    g.paste(patch, (int(px), t - pad))
    return g.convert(img.mode)

def image_clone(img, dst_box, src_box):
    """copy-move: copy pixels of src_box (same size as dst) onto dst_box"""
    l, t, r, b = src_box
    reg = img.crop((l, t, r, b))
    reg = reg.resize((dst_box[2] - dst_box[0], dst_box[3] - dst_box[1]))
    img = img.copy(); img.paste(reg, (dst_box[0], dst_box[1]))
    return img

# ----------------------------------------------------------------- plan
def plan():
    prods = (["html_weasyprint"] * 22 + ["html_chromium"] * 15 + ["reportlab"] * 22 + ["fpdf2"] * 15 + ["soffice_calc"] * 12 +
             ["soffice_docx"] * 12 + ["scan_jpeg"] * 8 + ["scan_png"] * 4 + ["scan_pdf"] * 6 + ["photo_jpeg"] * 6)
    langs = ["en"] * 22 + ["zh"] * 14 + ["de"] * 14 + ["fr"] * 12 + ["it"] * 11 + ["es"] * 11 + ["ja"] * 13 + ["pl"] * 12 + ["nl"] * 13
    R.shuffle(prods); R.shuffle(langs)
    nonin = ["packing_list", "packing_list", "purchase_order", "purchase_order", "quotation", "quotation", "delivery_note", "delivery_note", "price_list", "letter"]
    types = nonin + ["invoice"] * 112
    # sprinkle other invoice-like types
    for k, tname in zip(range(10, 122, 6), ["receipt", "credit_note", "proforma", "tax_invoice", "receipt", "proforma", "credit_note", "tax_invoice", "receipt", "tax_invoice",
                                               "proforma", "receipt", "tax_invoice", "credit_note", "tax_invoice", "receipt", "tax_invoice", "tax_invoice", "receipt"]):
        types[k] = tname
    specs = []
    for i in range(122):
        lang, prod, dtp = langs[i], prods[i], types[i]
        if dtp == "tax_invoice" and lang not in ("zh", "en", "ja"): dtp = "invoice"
        s = make_spec(i, lang, dtp, prod)
        if dtp == "tax_invoice" and lang == "zh" and prod in ("soffice_calc", "soffice_docx"):
            s["producer"] = prod = "reportlab"
        if dtp == "tax_invoice" and lang == "en" and s["tax_mode"] != "vat":
            s["doc_type"] = "invoice"
        specs.append(s)
    # force a few Chinese VAT-style invoices
    zh = [s for s in specs if s["lang"] == "zh" and s["doc_type"] == "invoice"]
    for s in zh[:4]:
        to_cny(s)
        s["doc_type"] = "tax_invoice"; s["shipping"] = D(0); s["discount"] = D(0); s["cur"] = "CNY"; s["ms"] = "¥"
        s["number"] = digits(8); s["code"] = digits(12); s["tax_mode"] = "vat"
        for it in s["items"]: it["rate"] = D(13)
        if s["producer"] in ("soffice_calc", "soffice_docx", "fpdf2"): s["producer"] = "reportlab"
        if len(s["items"]) > 8: s["items"] = s["items"][:8]
    # arithmetic errors on 8 genuine invoices of mixed producers
    cand = [s for s in specs if s["doc_type"] in ("invoice", "tax_invoice", "receipt") and s["producer"] not in ("photo_jpeg",)]
    R.shuffle(cand)
    kinds = ["line", "total", "tax", "subtotal", "digits", "total", "line", "tax"]
    k = 0
    for s in cand:
        if k >= 8: break
        if kinds[k] == "tax" and s["tax_mode"] == "none": continue
        s["arith"] = kinds[k]; k += 1
    return specs

# ----------------------------------------------------------------- build
def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT); os.makedirs(TMP, exist_ok=True)
    specs = plan()
    if LIMIT: specs = specs[:LIMIT]
    labels = []
    lo_jobs = []      # (spec, view, inputfile, finalname)
    chrome_jobs = []
    scan_jobs = []
    for s in specs:
        compute(s)
        zh_vat = s["lang"] == "zh" and s["doc_type"] == "tax_invoice"
        if zh_vat: zh_vat_taxsum_consistent(s)
        v = view(s)
        s["v"] = v
        base = f"g{s['i']:03d}_{s['lang']}_{s['doc_type']}"
        p = s["producer"]
        try:
            if p == "html_weasyprint":
                weasy(render_html(s, v, zh_vat), os.path.join(OUT, base + ".pdf")); s["file"] = base + ".pdf"
            elif p == "html_chromium":
                chrome_jobs.append((s, render_html(s, v, zh_vat), base + ".pdf"))
            elif p == "reportlab":
                render_reportlab(s, v, os.path.join(OUT, base + ".pdf"), zh_vat); s["file"] = base + ".pdf"
            elif p == "fpdf2":
                render_fpdf(s, v, os.path.join(OUT, base + ".pdf")); s["file"] = base + ".pdf"
            elif p == "soffice_calc":
                fn = os.path.join(TMP, base + ".fods"); render_fods(s, v, fn); lo_jobs.append((s, fn, base + ".pdf"))
            elif p == "soffice_docx":
                fn = os.path.join(TMP, base + ".docx"); render_docx(s, v, fn); lo_jobs.append((s, fn, base + ".pdf"))
            elif p.startswith("scan") or p.startswith("photo"):
                src = os.path.join(TMP, base + "_src.pdf")
                how = R.choice(["reportlab", "html_weasyprint", "fpdf2"]) if not zh_vat else R.choice(["reportlab", "html_weasyprint"])
                if p in ("scan_jpeg", "scan_png", "photo_jpeg") and len(s["items"]) > 12: s["items"] = s["items"][:10]; compute(s); v = view(s); s["v"] = v
                if how == "reportlab": render_reportlab(s, v, src, zh_vat)
                elif how == "fpdf2": render_fpdf(s, v, src)
                else: weasy(render_html(s, v, zh_vat), src)
                s["rendered_from"] = how; s["src_pdf"] = src
                scan_jobs.append((s, base))
        except Exception as ex:
            print("FAILED", base, p, repr(ex)); s["failed"] = True
    for s, htm, name in chrome_jobs:
        chromium(htm, os.path.join(OUT, name)); s["file"] = name
    if lo_jobs:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP] + [j[1] for j in lo_jobs],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
        for s, fn, name in lo_jobs:
            pdfp = os.path.splitext(fn)[0] + ".pdf"
            if os.path.exists(pdfp): shutil.move(pdfp, os.path.join(OUT, name)); s["file"] = name
            else: print("LO failed", fn); s["failed"] = True
    for s, base in scan_jobs:
        make_scan(s, base)
    genuine = [s for s in specs if s.get("file") and not s.get("failed")]
    for s in genuine:
        labels.append(label_for(s))
    edits = make_edits(genuine)
    labels += edits
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    check(labels)

def field_strings(s):
    v = s["v"]
    return dict(buyer=v["buy_name"], date=v["date_str"], total=v["total_str"])

def make_scan(s, base):
    from PIL import Image
    rng = random.Random(s["i"] * 7919)
    p = s["producer"]
    dpi = 200 if p.startswith("scan") else 170
    pages = render_pages(s["src_pdf"], dpi)
    if p in ("scan_jpeg", "scan_png", "photo_jpeg"): pages = pages[:1]
    # remember field boxes (page 0) for later image edits
    boxes = {}
    fs = field_strings(s)
    for key, needle in list(fs.items()) + [("qty", str(s["items"][0]["qty"]))]:
        if not needle: continue
        res, hs = find_boxes(s["src_pdf"], needle, page=0)
        if key == "qty":
            d0, _ = find_boxes(s["src_pdf"], s["v"]["rows"][0][1][:10], page=0)
            if not d0: continue
            yc = (d0[0][1][1] + d0[0][1][3]) / 2
            res = [r_ for r_ in res if abs((r_[1][1] + r_[1][3]) / 2 - yc) < 3 and r_[1][0] > d0[0][1][2] - 5]
        if res: boxes[key] = [(r_[1], r_[2]) for r_ in res]
    page_h = hs[0] if boxes else None
    # masks: whole boxes and char boxes
    allm = []
    for key, lst in boxes.items():
        for bx, chars in lst:
            allm.append((key, "box", None, mask_for(pages[0].size, bx, page_h, dpi)))
            for ci, cb in enumerate(chars):
                if cb[2] > cb[0]: allm.append((key, "char", ci, mask_for(pages[0].size, cb, page_h, dpi)))
    masks = [m[3] for m in allm]
    if p.startswith("scan"):
        out0, masks2 = degrade_scan(pages[0], masks, rng)
        others = [degrade_scan(pg, [], rng)[0] for pg in pages[1:]]
    else:
        out0, masks2 = photo_warp(pages[0], masks, rng); others = []
    meta = {}
    for (key, kind, ci, _), m in zip(allm, masks2):
        bb = m.getbbox()
        if bb: meta.setdefault(key, []).append((kind, ci, bb))
    s["img_boxes"] = meta
    if p == "scan_jpeg" or p == "photo_jpeg":
        name = base + ".jpg"; out0.convert("RGB").save(os.path.join(OUT, name), "JPEG", quality=rng.randint(55, 85))
    elif p == "scan_png":
        name = base + ".png"; out0.save(os.path.join(OUT, name), "PNG")
    else:
        name = base + ".pdf"
        q = rng.randint(50, 80)
        ims = [out0] + others
        ims = [Image.open(io.BytesIO(jpeg_bytes(im, q))) for im in ims]
        ims[0].save(os.path.join(OUT, name), "PDF", resolution=int(dpi * 0.7), save_all=True, append_images=ims[1:])
    s["file"] = name

def jpeg_bytes(im, q):
    b = io.BytesIO(); im.convert("RGB").save(b, "JPEG", quality=q); return b.getvalue()

def npages(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return len(PdfReader(path).pages)
    return 1

def label_for(s, **over):
    v = s["v"]
    dtp = s["doc_type"]
    is_inv = dtp in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma")
    lab = dict(file=s["file"], genuine=True, edit_method=None, what_changed=[], producer=s["producer"], language=s["lang"],
               is_invoice=is_inv, doc_type=dtp if dtp not in ("price_list", "letter") else "other",
               date=s["issue"].isoformat(), total=(str(s["total"].quantize(D("1") if s["cur"] == "JPY" else D("0.01"))) if v["total_str"] and dtp != "letter" else None),
               currency=s["cur"], supplier=s["sup"]["name"], buyer=s["buy"]["name"], pages=npages(os.path.join(OUT, s["file"])),
               arithmetic_error=bool(s.get("arith")))
    if dtp == "purchase_order":
        lab["notes"] = "purchase order: issued by the buyer (letterhead); 'supplier' = vendor the order is addressed to"
        lab["supplier"], lab["buyer"] = s["buy"]["name"], s["sup"]["name"]
    if dtp == "proforma": lab["is_invoice"] = True
    if s.get("arith"): lab["arithmetic_error_kind"] = s["arith"]
    if s.get("rendered_from"): lab["rendered_from"] = s["rendered_from"]
    if dtp in ("price_list", "letter"): lab["doc_subtype"] = dtp
    lab.update(over)
    return lab

# ----------------------------------------------------------------- edit plan
def new_values(s, what):
    """return dict field -> (old_string, new_string, new_label_value)"""
    v = s["v"]; out = {}
    if "buyer" in what:
        nb = company(s["buy"].get("_cc", "US") if False else ("CN" if s["lang"] == "zh" else "JP" if s["lang"] == "ja" else {"en": "US", "de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL"}[s["lang"]]), s["lang"])["name"]
        out["buyer"] = (v["buy_name"], nb, nb)
    if "date" in what:
        nd = s["issue"] + dt.timedelta(days=R.choice([-200, -120, -75, -40, 35, 60]))
        out["date"] = (v["date_str"], fdate(nd, s["date_style"], s["lang"]), nd.isoformat())
    if "total" in what:
        f = R.choice([D("0.6"), D("0.75"), D("1.5"), D("2"), D("3")])
        nt = (s["total"] * f).quantize(D("1") if s["cur"] == "JPY" else D("0.01"))
        out["total"] = (v["total_str"], fmoney(nt, s["ms"], s["cur"]), str(nt))
    if "quantity" in what:
        it = s["items"][0]; nq = it["qty"] * R.choice([2, 3, 5, 10])
        out["quantity"] = (str(it["qty"]), str(nq), None)
    return out

def make_edits(genuine):
    labels = []
    inv = [s for s in genuine if s["doc_type"] in ("invoice", "tax_invoice", "receipt", "proforma") and s["v"]["total_str"]]
    core_pdf = [s for s in inv if (s["producer"] == "reportlab" and s.get("rl_font") in ("Helvetica", "Times-Roman")) or
                (s["producer"] == "fpdf2" and s.get("fpdf_font") == "helvetica")]
    text_pdf = [s for s in inv if s["producer"] in ("reportlab", "fpdf2", "html_weasyprint", "html_chromium", "soffice_calc", "soffice_docx")]
    imgs = [s for s in inv if s["producer"] in ("scan_jpeg", "scan_png", "photo_jpeg") and s.get("img_boxes")]
    R.shuffle(core_pdf); R.shuffle(text_pdf); R.shuffle(imgs)
    used = Counter()
    WHATS = [["total"], ["date"], ["buyer"], ["quantity"], ["date", "total"], ["total"], ["buyer"], ["date"]]
    jobs = [("pikepdf_text_replace", 7, core_pdf), ("pypdf_incremental_text_replace", 5, core_pdf),
            ("pikepdf_text_replace+raster_resave", 2, core_pdf),
            ("overlay_whitebox", 7, text_pdf), ("overlay_whitebox_incremental", 4, text_pdf), ("overlay_whitebox+gs_resave", 3, text_pdf),
            ("image_paste", 7, imgs), ("image_clone", 5, imgs)]
    n = 0
    for method, count, pool in jobs:
        made = 0
        for s in pool:
            if made >= count: break
            if used[s["file"]] >= (2 if pool is imgs else 1): continue
            what = WHATS[(n + made) % len(WHATS)]
            if method.startswith("pikepdf") or method.startswith("pypdf"):
                if "quantity" in what: what = ["total"]
            if method == "image_clone": what = [R.choice(["date", "total"])]
            if method == "image_paste" and "quantity" in what and "qty" not in s["img_boxes"]: what = ["total"]
            try:
                lab = do_edit(s, method, what, f"e{n + made:03d}_{method.split('+')[0]}_from_{os.path.splitext(s['file'])[0]}")
            except Exception as ex:
                print("edit failed", method, s["file"], repr(ex)); lab = None
            if lab:
                labels.append(lab); used[s["file"]] += 1; made += 1
        n += made
        print(method, "made", made)
    return labels

def do_edit(s, method, what, base):
    nv = new_values(s, what)
    src = os.path.join(OUT, s["file"])
    ext = os.path.splitext(s["file"])[1]
    dst = os.path.join(OUT, base + ext)
    over = dict(genuine=False, edit_method=method, what_changed=sorted(what), source_file=s["file"], arithmetic_error=False)
    notes = []
    if method.split("+")[0] in ("pikepdf_text_replace", "pypdf_incremental_text_replace"):
        repl = [(o, nw) for (o, nw, _) in nv.values()]
        if method.startswith("pikepdf"):
            tmp = dst if "+" not in method else os.path.join(TMP, base + "_pre.pdf")
            ok = edit_pikepdf(src, tmp, repl)
            if ok and "+" in method: raster_resave(tmp, dst)
        else:
            ok = edit_pypdf_incremental(src, dst, repl)
        if not ok: return None
    elif method.startswith("overlay"):
        targets = []
        for key, (old, new, _) in nv.items():
            if key == "quantity":
                res, _ = find_boxes(src, old)
                d0, _ = find_boxes(src, s["v"]["rows"][0][1][:10])
                if not d0: return None
                yc = (d0[0][1][1] + d0[0][1][3]) / 2
                res = [r_ for r_ in res if r_[0] == d0[0][0] and abs((r_[1][1] + r_[1][3]) / 2 - yc) < 3 and r_[1][0] > d0[0][1][2] - 5]
                res = res[:1]
            else:
                res, _ = find_boxes(src, old)
            if not res: return None
            for pi, bx, _c in res:
                align = "r" if key in ("total", "quantity") else "l"
                targets.append((pi, bx, new, align))
        font = "WQY" if s["lang"] in CJK else ("DJ" if s["lang"] == "pl" else None)
        if method == "overlay_whitebox+gs_resave":
            tmp = os.path.join(TMP, base + "_pre.pdf"); edit_overlay(src, tmp, targets, False, font); gs_resave(tmp, dst)
        else:
            edit_overlay(src, dst, targets, method.endswith("incremental"), font)
        notes.append("old text is still in the text layer underneath the white box" if "gs" not in method else "white box + new text, then re-distilled by Ghostscript")
    elif method in ("image_paste", "image_clone"):
        from PIL import Image
        ib = s["img_boxes"]
        if ext == ".pdf":
            ims = render_pages(src, 140)   # rasterise pdf-wrapped scan; box coordinates need rescale
            return None
        img = Image.open(src); img.load()
        for key, (old, new, _) in nv.items():
            k2 = "qty" if key == "quantity" else key
            if k2 not in ib: return None
            boxes = [bb for kind, ci, bb in ib[k2] if kind == "box"]
            if method == "image_paste":
                for bb in boxes[:2]:
                    img = image_paste(img, bb, new, s["lang"], "r" if key in ("total", "quantity") else "l")
            else:
                # clone one digit glyph from elsewhere in the same field / document
                chars = {ci: bb for kind, ci, bb in ib[k2] if kind == "char"}
                pos = [i for i, ch in enumerate(old) if ch.isdigit() and i in chars]
                if not pos: return None
                # choose a digit position and a source digit that exists inside the same string
                done = False
                for i in pos[:: -1] if key == "date" else pos:
                    for j in pos:
                        if old[j] != old[i] and not (old[j] == "0" and not any(ch.isdigit() for ch in old[:i])):
                            newstr = old[:i] + old[j] + old[i + 1:]
                            img = image_clone(img, chars[i], chars[j])
                            done = True; break
                    if done: break
                if not done: return None
                new = newstr
                if key == "date":
                    try:
                        nv[key] = (old, new, parse_date(new, s))
                    except Exception:
                        return None
                elif key == "total":
                    nv[key] = (old, new, parse_money(new, s))
                else:
                    nv[key] = (old, new, None)
        q = random.Random(s["i"]).randint(60, 90)
        if ext == ".png": img.save(dst, "PNG")
        else: img.convert("RGB").save(dst, "JPEG", quality=q)
        notes.append("edited on the decoded image and re-encoded" + (" (JPEG recompressed)" if ext == ".jpg" else ""))
    lab = label_for(s, file=os.path.basename(dst), **over)
    lab["pages"] = npages(dst)
    for key, (old, new, val) in nv.items():
        if key == "buyer": lab["buyer"] = val
        if key == "date": lab["date"] = val
        if key == "total": lab["total"] = val
        if key == "quantity": notes.append(f"quantity of line 1 changed {old} -> {new}; line and grand totals not adjusted")
        notes.append(f"{key}: '{old}' -> '{new}'")
    if "total" in what and "quantity" not in what: notes.append("total changed without changing lines, so printed arithmetic no longer adds up")
    if s["lang"] == "zh" and s["doc_type"] == "tax_invoice" and "total" in what: notes.append("Chinese capital-letter amount (大写) not changed")
    lab["notes"] = "; ".join(([lab["notes"]] if lab.get("notes") else []) + notes)
    return lab

def parse_date(strg, s):
    st = s["date_style"]
    fmts = {"dmy_dot": "%d.%m.%Y", "dmy_slash": "%d/%m/%Y", "mdy_us": "%m/%d/%Y", "iso": "%Y-%m-%d", "ymd_slash": "%Y/%m/%d", "dmy_dash": "%d-%m-%Y"}
    if st in fmts: return dt.datetime.strptime(strg, fmts[st]).date().isoformat()
    if st == "cjk":
        y, m, d = map(int, re.findall(r"\d+", strg)); return dt.date(y, m, d).isoformat()
    nums = re.findall(r"\d+", strg)
    d0 = s["issue"]
    # long formats: day and year numeric, month name unchanged
    day, year = int(nums[0]) if st != "long_en_us" else int(nums[0]), int(nums[-1])
    return dt.date(year, d0.month, day).isoformat()

def parse_money(strg, s):
    num = re.sub(r"[^\d,.\s]", "", strg).strip()
    ms = s["ms"]
    if ms in ("de", "€pre_dot"): num = num.replace(".", "").replace(",", ".")
    elif ms in ("fr", "pl", "plcode"): num = num.replace(" ", "").replace(",", ".")
    else: num = num.replace(",", "")
    num = num.replace(" ", "")
    return str(D(num).quantize(D("1") if s["cur"] == "JPY" else D("0.01")))

def check(labels):
    missing = [l["file"] for l in labels if not os.path.exists(os.path.join(OUT, l["file"]))]
    print("labels:", len(labels), "missing:", missing)
    print("files on disk:", len(os.listdir(OUT)))
    for k in ("producer", "language", "doc_type", "edit_method", "genuine", "is_invoice", "arithmetic_error"):
        print(k, dict(Counter(str(l[k]) for l in labels)))

if __name__ == "__main__":
    main()
