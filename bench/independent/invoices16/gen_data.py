# Data model for the invoice test set: invented companies, items, locale formatting.
import random, datetime
from decimal import Decimal as D, ROUND_HALF_UP

Q2 = D("0.01")


def r2(x):
    return D(x).quantize(Q2, rounding=ROUND_HALF_UP)


MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]


def fmt_date(d, lang, v=0):
    if lang == "de":
        return [d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS_DE[d.month-1]} {d.year}"][v % 2]
    if lang == "it":
        return [d.strftime("%d/%m/%Y"), d.strftime("%d-%m-%Y")][v % 2]
    if lang == "es":
        return [d.strftime("%d/%m/%Y"), f"{d.day} de {MONTHS_ES[d.month-1]} de {d.year}"][v % 2]
    if lang == "fr":
        return [f"{d.day} {MONTHS_FR[d.month-1]} {d.year}", d.strftime("%d/%m/%Y")][v % 2]
    if lang == "pl":
        return [d.strftime("%d.%m.%Y"), d.strftime("%Y-%m-%d")][v % 2]
    if lang == "nl":
        return [d.strftime("%d-%m-%Y"), d.strftime("%d.%m.%Y")][v % 2]
    if lang == "en":
        return [d.strftime("%m/%d/%Y"), f"{MONTHS_EN[d.month-1]} {d.day}, {d.year}",
                f"{d.day} {MONTHS_EN[d.month-1]} {d.year}"][v % 3]
    if lang in ("zh", "ja"):
        return [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y/%m/%d")][v % 2]
    return d.isoformat()


def fmt_num(x, lang, dec=2):
    s = f"{x:,.{dec}f}"
    if lang in ("it", "de", "es", "nl"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif lang in ("fr", "pl"):
        s = s.replace(",", " ").replace(".", ",")
    return s


def fmt_money(x, cur, lang, v=0):
    dec = 0 if cur == "JPY" else 2
    n = fmt_num(x, lang, dec)
    if cur == "EUR":
        if lang == "nl" and v % 2 == 0:
            return "€ " + n
        if lang == "en":
            return "€" + n
        return n + " €"
    if cur == "PLN":
        return n + (" zł" if v % 2 == 0 else " PLN")
    if cur == "USD":
        return ("$" + n) if v % 2 == 0 else (n + " USD")
    if cur == "GBP":
        return "£" + n
    if cur == "CNY":
        return "¥" + n if v % 2 == 0 else "RMB " + n
    if cur == "JPY":
        return "¥" + n if v % 2 == 0 else n + "円"
    return n + " " + cur


TITLES = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE",
            proforma="PROFORMA INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
            quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST", letter=""),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO",
            proforma="FATTURA PROFORMA", packing_list="DISTINTA COLLI", purchase_order="ORDINE DI ACQUISTO",
            quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO (D.D.T.)", price_list="LISTINO PREZZI", letter=""),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT / RECHNUNGSKORREKTUR",
            proforma="PROFORMA-RECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG",
            quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE", letter=""),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR",
            proforma="FACTURE PRO FORMA", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE",
            quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIF", letter=""),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="FACTURA SIMPLIFICADA", credit_note="FACTURA RECTIFICATIVA",
            proforma="FACTURA PROFORMA", packing_list="LISTA DE CONTENIDO", purchase_order="PEDIDO DE COMPRA",
            quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="TARIFA DE PRECIOS", letter=""),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="RACHUNEK", credit_note="FAKTURA KORYGUJĄCA",
            proforma="FAKTURA PRO FORMA", packing_list="SPECYFIKACJA WYSYŁKI", purchase_order="ZAMÓWIENIE",
            quotation="OFERTA HANDLOWA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK", letter=""),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA",
            proforma="PROFORMAFACTUUR", packing_list="PAKLIJST", purchase_order="INKOOPORDER",
            quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST", letter=""),
 "zh": dict(invoice="商业发票 COMMERCIAL INVOICE", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票",
            proforma="形式发票 PROFORMA INVOICE", packing_list="装箱单 PACKING LIST", purchase_order="采购订单",
            quotation="报价单", delivery_note="送货单", price_list="价目表", letter=""),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返金明細書",
            proforma="見積請求書", packing_list="梱包明細書", purchase_order="注文書",
            quotation="御見積書", delivery_note="納品書", price_list="価格表", letter=""),
}

# field labels
L = {
 "en": dict(no="Invoice No.", date="Date", due="Due date", seller="From", buyer="Bill to", desc="Description",
            qty="Qty", price="Unit price", disc="Disc.", vat="Tax", amount="Amount", subtotal="Subtotal",
            tax="Tax", ship="Shipping", total="Total", pay="Payment terms", bank="Bank", page="Page",
            vatid="VAT No.", net_due="Amount due", code="SKU", docno="Document No."),
 "it": dict(no="Numero", date="Data", due="Scadenza", seller="Cedente / Prestatore", buyer="Cessionario / Committente",
            desc="Descrizione", qty="Q.tà", price="Prezzo unit.", disc="Sconto", vat="% IVA", amount="Importo",
            subtotal="Totale imponibile", tax="IVA", ship="Spese di trasporto", total="Totale documento",
            pay="Modalità di pagamento", bank="IBAN", page="Pag.", vatid="P.IVA", net_due="Netto a pagare",
            code="Cod. art.", docno="Numero documento"),
 "de": dict(no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", seller="Lieferant", buyer="Rechnungsempfänger",
            desc="Bezeichnung", qty="Menge", price="Einzelpreis", disc="Rabatt", vat="USt.", amount="Gesamt",
            subtotal="Nettobetrag", tax="USt.", ship="Versandkosten", total="Rechnungsbetrag", pay="Zahlungsbedingungen",
            bank="Bankverbindung", page="Seite", vatid="USt-IdNr.", net_due="Zahlbetrag", code="Art.-Nr.", docno="Belegnr."),
 "fr": dict(no="Facture n°", date="Date", due="Échéance", seller="Émetteur", buyer="Client", desc="Désignation",
            qty="Qté", price="P.U. HT", disc="Remise", vat="TVA", amount="Montant HT", subtotal="Total HT",
            tax="TVA", ship="Frais de port", total="Total TTC", pay="Conditions de paiement", bank="IBAN",
            page="Page", vatid="N° TVA", net_due="Net à payer", code="Réf.", docno="N° document"),
 "es": dict(no="Nº factura", date="Fecha", due="Vencimiento", seller="Emisor", buyer="Cliente", desc="Concepto",
            qty="Cant.", price="Precio", disc="Dto.", vat="IVA", amount="Importe", subtotal="Base imponible",
            tax="IVA", ship="Portes", total="TOTAL FACTURA", pay="Forma de pago", bank="IBAN", page="Página",
            vatid="NIF", net_due="Total a pagar", code="Ref.", docno="Nº documento"),
 "pl": dict(no="Nr faktury", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca",
            desc="Nazwa towaru lub usługi", qty="Ilość", price="Cena netto", disc="Rabat", vat="Stawka VAT",
            amount="Wartość netto", subtotal="Razem netto", tax="VAT", ship="Transport", total="Razem brutto",
            pay="Sposób płatności", bank="Nr konta", page="Strona", vatid="NIP", net_due="Do zapłaty", code="Indeks",
            docno="Nr dokumentu"),
 "nl": dict(no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier", buyer="Factuuradres",
            desc="Omschrijving", qty="Aantal", price="Prijs", disc="Korting", vat="BTW", amount="Bedrag",
            subtotal="Subtotaal", tax="BTW", ship="Verzendkosten", total="Totaal", pay="Betaalvoorwaarden",
            bank="IBAN", page="Pagina", vatid="Btw-id", net_due="Te betalen", code="Artikelnr.", docno="Documentnr."),
 "zh": dict(no="发票号码", date="开票日期", due="付款期限", seller="销售方", buyer="购买方", desc="货物或应税劳务名称",
            qty="数量", price="单价", disc="折扣", vat="税率", amount="金额", subtotal="合计金额", tax="税额",
            ship="运费", total="价税合计", pay="付款方式", bank="开户行及账号", page="第页", vatid="纳税人识别号",
            net_due="应付金额", code="规格型号", docno="单号"),
 "ja": dict(no="請求番号", date="発行日", due="お支払期限", seller="発行者", buyer="御中", desc="品名",
            qty="数量", price="単価", disc="値引", vat="税率", amount="金額", subtotal="小計", tax="消費税",
            ship="送料", total="ご請求金額", pay="お振込先", bank="振込先", page="頁", vatid="登録番号",
            net_due="合計", code="品番", docno="文書番号"),
}

ITEMS = {
 "it": ["Custodia in silicone per smartphone", "Lampada LED da scrivania 8W", "Set 6 bicchieri in vetro borosilicato",
        "Borraccia termica acciaio 750 ml", "Tappetino yoga antiscivolo 6 mm", "Cavo USB-C intrecciato 2 m",
        "Crema viso idratante 50 ml", "Organizer per cassetti in bambù", "Zaino porta PC 15,6\"",
        "Caricatore rapido 20W", "Puzzle in legno per bambini", "Tagliere in legno d'ulivo"],
 "es": ["Funda de móvil de silicona", "Lámpara LED de escritorio", "Juego de 4 tazas de cerámica",
        "Botella térmica de acero 500 ml", "Esterilla de yoga 6 mm", "Cable USB-C trenzado 1 m",
        "Crema hidratante facial 50 ml", "Organizador de bambú", "Mochila para portátil",
        "Cargador rápido 20W", "Juguete de madera apilable", "Sartén antiadherente 28 cm"],
 "de": ["Handyhülle Silikon schwarz", "LED-Schreibtischlampe dimmbar", "Gläser-Set 6-teilig",
        "Thermosflasche Edelstahl 750 ml", "Yogamatte rutschfest 6 mm", "USB-C Ladekabel 2 m",
        "Gesichtscreme 50 ml", "Schubladen-Organizer Bambus", "Laptop-Rucksack 15,6 Zoll",
        "Schnellladegerät 20 W", "Holzpuzzle für Kinder", "Schneidebrett Buche"],
 "fr": ["Coque silicone pour smartphone", "Lampe de bureau LED", "Lot de 6 verres borosilicate",
        "Gourde isotherme inox 750 ml", "Tapis de yoga antidérapant", "Câble USB-C tressé 2 m",
        "Crème visage hydratante 50 ml", "Organiseur de tiroir en bambou", "Sac à dos ordinateur 15,6\"",
        "Chargeur rapide 20 W", "Puzzle en bois enfant", "Planche à découper en hêtre"],
 "pl": ["Etui silikonowe na telefon", "Lampka biurkowa LED", "Zestaw 6 szklanek",
        "Butelka termiczna stalowa 750 ml", "Mata do jogi 6 mm", "Kabel USB-C w oplocie 2 m",
        "Krem nawilżający do twarzy 50 ml", "Organizer bambusowy do szuflady", "Plecak na laptopa 15,6\"",
        "Ładowarka sieciowa 20 W", "Drewniane puzzle dla dzieci", "Deska do krojenia bukowa"],
 "nl": ["Siliconen telefoonhoes", "LED-bureaulamp dimbaar", "Glazenset 6 stuks",
        "Thermosfles RVS 750 ml", "Yogamat antislip 6 mm", "USB-C kabel gevlochten 2 m",
        "Hydraterende gezichtscrème 50 ml", "Bamboe ladeorganizer", "Laptoprugzak 15,6 inch",
        "Snellader 20 W", "Houten puzzel voor kinderen", "Snijplank beukenhout"],
 "en": ["Silicone phone case", "LED desk lamp, dimmable", "Borosilicate glass set (6 pcs)",
        "Insulated steel bottle 750 ml", "Non-slip yoga mat 6 mm", "Braided USB-C cable 2 m",
        "Moisturising face cream 50 ml", "Bamboo drawer organiser", "Laptop backpack 15.6\"",
        "20W fast charger", "Wooden jigsaw puzzle for kids", "Beech cutting board"],
 "zh": ["硅胶手机壳", "LED护眼台灯", "高硼硅玻璃杯套装", "不锈钢保温杯 750ml", "防滑瑜伽垫 6mm",
        "编织USB-C数据线 2米", "保湿面霜 50ml", "竹制抽屉收纳盒", "笔记本电脑双肩包", "20W快充充电器",
        "儿童木制拼图", "榉木砧板"],
 "ja": ["シリコンスマホケース", "LEDデスクライト", "耐熱ガラスコップ6個セット", "ステンレス保温ボトル 750ml",
        "ヨガマット 6mm", "USB-Cケーブル 2m", "保湿フェイスクリーム 50ml", "竹製引き出し整理ボックス",
        "ノートPCリュック", "急速充電器 20W", "木製パズル（子供用）", "ブナ材まな板"],
}
SERVICES_IT = ["Servizio fotografico prodotti per catalogo", "Consulenza fiscale e contabile mese di",
               "Redazione schede prodotto e traduzioni", "Assistenza legale - pratica sospensione account"]

CITIES = {
 "it": [("20121", "Milano", "MI"), ("10128", "Torino", "TO"), ("40125", "Bologna", "BO"), ("36100", "Vicenza", "VI"),
        ("80133", "Napoli", "NA"), ("25121", "Brescia", "BS"), ("35131", "Padova", "PD")],
 "es": [("28013", "Madrid", ""), ("08014", "Barcelona", ""), ("46002", "Valencia", ""), ("41001", "Sevilla", ""),
        ("03001", "Alicante", "")],
 "de": [("10115", "Berlin", ""), ("20095", "Hamburg", ""), ("80331", "München", ""), ("50667", "Köln", ""),
        ("70173", "Stuttgart", "")],
 "fr": [("75011", "Paris", ""), ("69002", "Lyon", ""), ("13001", "Marseille", ""), ("31000", "Toulouse", ""),
        ("59000", "Lille", "")],
 "pl": [("00-950", "Warszawa", ""), ("31-042", "Kraków", ""), ("50-106", "Wrocław", ""), ("90-102", "Łódź", ""),
        ("80-803", "Gdańsk", "")],
 "nl": [("1012 AB", "Amsterdam", ""), ("3011 BD", "Rotterdam", ""), ("3511 CE", "Utrecht", ""),
        ("5611 AZ", "Eindhoven", "")],
 "en": [("10001", "New York, NY", ""), ("90012", "Los Angeles, CA", ""), ("75201", "Dallas, TX", ""),
        ("M1 1AE", "Manchester", ""), ("LS1 4DY", "Leeds", "")],
 "zh": [("518101", "广东省深圳市宝安区", ""), ("322000", "浙江省义乌市", ""), ("523000", "广东省东莞市", ""),
        ("361000", "福建省厦门市", "")],
 "ja": [("110-0005", "東京都台東区", ""), ("541-0051", "大阪府大阪市中央区", ""), ("460-0008", "愛知県名古屋市中区", "")],
}
STREETS = {
 "it": ["Via Giuseppe Tartini", "Viale Lunigiana", "Via dei Gelsi", "Corso Lodi", "Via Paolo Sarpi", "Via Rovereto",
        "Via delle Industrie", "Strada Provinciale 11"],
 "es": ["Calle de Alcalá", "Carrer de Provença", "Avenida del Puerto", "Calle Sierpes", "Polígono Ind. Las Atalayas"],
 "de": ["Lindenstraße", "Hafenweg", "Industriestraße", "Am Mühlbach", "Gewerbepark Süd"],
 "fr": ["rue de la Roquette", "quai Saint-Antoine", "boulevard des Dames", "allée des Peupliers", "ZI des Bruyères"],
 "pl": ["ul. Marszałkowska", "ul. Długa", "ul. Przemysłowa", "al. Jana Pawła II", "ul. Składowa"],
 "nl": ["Keizersgracht", "Westblaak", "Oudegracht", "Industrieweg", "Havenstraat"],
 "en": ["Market Street", "Industrial Way", "Harbor Blvd", "Mill Lane", "Commerce Drive"],
 "zh": ["福永街道凤凰工业区", "稠江街道贝村路", "长安镇宵边工业园", "湖里区高新园"],
 "ja": ["浅草橋", "南船場", "栄"],
}
NAMES = {
 "it": (["Brianza", "Orobica", "Lariana", "Adriatica", "Tirrena", "Euganea", "Padana", "Ticinese"],
        ["Forniture", "Distribuzione", "Commerciale", "Import", "Ingrosso Casa", "Elettroforniture", "Tessile"],
        ["S.r.l.", "S.p.A.", "S.n.c.", "S.r.l.s.", "S.a.s."]),
 "es": (["Levante", "Meseta", "Ebro", "Albufera", "Guadalquivir", "Cantábrica"],
        ["Suministros", "Distribuciones", "Comercial", "Hogar Mayorista", "Importaciones"], ["S.L.", "S.A.", "S.L.U."]),
 "de": (["Nordlicht", "Isartal", "Rheinufer", "Elbwerk", "Schwarzwald", "Havelland"],
        ["Handels", "Großhandel", "Vertriebs", "Import", "Haushaltswaren"], ["GmbH", "GmbH & Co. KG", "AG", "e.K."]),
 "fr": (["Rhône", "Garonne", "Bocage", "Vercors", "Littoral", "Beauce"],
        ["Distribution", "Négoce", "Import", "Fournitures", "Maison Pro"], ["SARL", "SAS", "SA", "EURL"]),
 "pl": (["Wisła", "Mazowsze", "Bałtyk", "Karpaty", "Warta", "Podhale"],
        ["Hurt", "Handel", "Dystrybucja", "Import-Eksport", "Trade"], ["Sp. z o.o.", "S.A.", "Sp.j."]),
 "nl": (["Polder", "Zeeland", "Duinrand", "Veluwe", "Maasoever", "Brabant"],
        ["Groothandel", "Trading", "Distributie", "Import", "Wonen"], ["B.V.", "V.O.F.", "N.V."]),
 "en": (["Harbor", "Summit", "Bluewater", "Redwood", "Northgate", "Ironbridge"],
        ["Supply", "Trading", "Wholesale", "Distribution", "Imports"], ["Inc.", "LLC", "Ltd", "Co."]),
 "zh": (["深圳市华辉", "义乌市恒达", "东莞市联创", "厦门市嘉禾", "深圳市铭科", "义乌市佳诚"],
        ["电子科技", "日用品", "贸易", "家居用品", "进出口"], ["有限公司"]),
 "ja": (["東邦", "大和", "三協", "光洋", "丸栄", "北斗"], ["商事", "物産", "産業", "トレーディング"], ["株式会社"]),
}
# Amazon sellers (my agency's clients) as buyers
SELLERS = [
 ("it", "Bottega Naviglio S.r.l.s."), ("it", "Casa Lorenzini di Lorenzini Marta"), ("it", "Gadget Meneghino S.r.l."),
 ("it", "Verdeacqua Home S.r.l."), ("es", "Tienda Marbella Online S.L."), ("es", "Zoco Digital S.L.U."),
 ("de", "Kiezware Onlinehandel UG (haftungsbeschränkt)"), ("de", "Sandra Köhler Einzelhandel"),
 ("fr", "Maison Pivoine SAS"), ("fr", "Atelier Clémence EURL"), ("pl", "Sklep Bursztyn Sp. z o.o."),
 ("nl", "Tulpenhuis Webshop B.V."), ("it", "Sellwise Italia S.r.l."), ("es", "Ruiz & Ortega Comercio S.L."),
]
PA_BUYERS = ["Comune di Cernusco Lombardone", "Istituto Comprensivo Statale \"G. Rodari\"", "ASST Valle Olona - Acquisti"]


def dig(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def vat_id(rng, c):
    return {"it": "IT" + dig(rng, 11), "es": "B" + dig(rng, 8), "de": "DE" + dig(rng, 9),
            "fr": "FR" + dig(rng, 2) + " " + dig(rng, 9), "pl": f"{dig(rng,3)}-{dig(rng,3)}-{dig(rng,2)}-{dig(rng,2)}",
            "nl": "NL" + dig(rng, 9) + "B0" + str(rng.randint(1, 9)),
            "en": rng.choice(["GB" + dig(rng, 9), "EIN " + dig(rng, 2) + "-" + dig(rng, 7)]),
            "zh": "91" + dig(rng, 4) + "MA" + dig(rng, 5) + rng.choice("ABCDEFGHJK") + dig(rng, 3) + rng.choice("XYPQ"),
            "ja": "T" + dig(rng, 13)}[c]


def company(rng, c, name=None):
    a, b, s = NAMES[c]
    if name is None:
        name = f"{rng.choice(a)} {rng.choice(b)} {rng.choice(s)}" if c not in ("zh", "ja") else (
            rng.choice(a) + rng.choice(b) + s[0] if c == "zh" else s[0] + rng.choice(a) + rng.choice(b))
    zc, city, prov = rng.choice(CITIES[c])
    st = rng.choice(STREETS[c])
    if c in ("zh",):
        addr = [f"{city}{st}{rng.randint(1,88)}号", f"邮编 {zc}"]
    elif c == "ja":
        addr = [f"〒{zc}", f"{city}{st}{rng.randint(1,5)}-{rng.randint(1,20)}-{rng.randint(1,9)}"]
    elif c == "en":
        addr = [f"{rng.randint(10,9999)} {st}", f"{city} {zc}"]
    elif c in ("fr",):
        addr = [f"{rng.randint(1,120)} {st}", f"{zc} {city}"]
    elif c == "it":
        addr = [f"{st}, {rng.randint(1,150)}", f"{zc} {city} ({prov})"]
    else:
        addr = [f"{st} {rng.randint(1,150)}", f"{zc} {city}"]
    return dict(name=name, addr=addr, vat=vat_id(rng, c), country=c)


def seller_company(rng, lang=None):
    c, n = rng.choice([s for s in SELLERS if lang is None or s[0] == lang] or SELLERS)
    return company(rng, c, n)


VAT_RATES = {"it": [22, 10, 4], "es": [21, 10, 4], "de": [19, 7], "fr": [20, D("5.5"), 10], "pl": [23, 8, 5],
             "nl": [21, 9], "en": [20], "zh": [13, 9, 6], "ja": [10, 8]}
RE_RATES = {21: D("5.2"), 10: D("1.4"), 4: D("0.5")}
CURRENCY = {"it": "EUR", "es": "EUR", "de": "EUR", "fr": "EUR", "pl": "PLN", "nl": "EUR", "en": "USD",
            "zh": "CNY", "ja": "JPY"}
