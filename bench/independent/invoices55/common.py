"""Shared data, formatting and label helpers for the invoices55 corpus."""
import os, json, random, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "tmp")
PARTS = os.path.join(BASE, "parts")
for _d in (FILES, WORK, PARTS):
    os.makedirs(_d, exist_ok=True)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
C2 = D("0.01")


def q2(x):
    return D(x).quantize(C2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- locales
LOC = {
    "en_US": dict(lang="en", cur="USD", dec=".", th=",", sym="$", pre=True, date="us"),
    "en_CA": dict(lang="en", cur="CAD", dec=".", th=",", sym="CA$", pre=True, date="iso"),
    "en_GB": dict(lang="en", cur="GBP", dec=".", th=",", sym="£", pre=True, date="gb"),
    "de": dict(lang="de", cur="EUR", dec=",", th=".", sym="€", pre=False, date="dot"),
    "fr": dict(lang="fr", cur="EUR", dec=",", th="\u202f", sym="€", pre=False, date="fr"),
    "it": dict(lang="it", cur="EUR", dec=",", th=".", sym="€", pre=True, date="slash"),
    "es": dict(lang="es", cur="EUR", dec=",", th=".", sym="€", pre=False, date="slash"),
    "nl": dict(lang="nl", cur="EUR", dec=",", th=".", sym="€", pre=True, date="dash"),
    "pl": dict(lang="pl", cur="PLN", dec=",", th=" ", sym="zł", pre=False, date="dot"),
    "zh": dict(lang="zh", cur="CNY", dec=".", th=",", sym="¥", pre=True, date="cjk"),
    "ja": dict(lang="ja", cur="JPY", dec=".", th=",", sym="¥", pre=True, date="cjk", nodec=True),
}

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]


def fmt_num(x, loc, dec=True):
    L = LOC[loc]
    x = D(x)
    neg = x < 0
    x = abs(x)
    if L.get("nodec"):
        s = f"{int(x.quantize(D('1'), rounding=ROUND_HALF_UP)):,}".replace(",", L["th"])
    else:
        s = f"{q2(x):,.2f}"
        s = s.replace(",", "\x00").replace(".", L["dec"]).replace("\x00", L["th"])
    return ("-" if neg else "") + s


def fmt_money(x, loc, sym=True):
    L = LOC[loc]
    s = fmt_num(x, loc)
    if not sym:
        return s
    if L["pre"]:
        return L["sym"] + ("\u00a0" if L["sym"] == "€" else "") + s
    return s + "\u00a0" + L["sym"]


def fmt_date(d, loc, style=None):
    st = style or LOC[loc]["date"]
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "gb" or st == "slash":
        return d.strftime("%d/%m/%Y")
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "dot":
        return d.strftime("%d.%m.%Y")
    if st == "dash":
        return d.strftime("%d-%m-%Y")
    if st == "fr":
        return f"{d.day} {MONTHS_FR[d.month-1]} {d.year}"
    if st == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if st == "jslash":
        return d.strftime("%Y/%m/%d")
    if st == "long_en":
        return d.strftime("%B %-d, %Y")
    return d.isoformat()


# ---------------------------------------------------------------- words
W = {
    "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="SALES RECEIPT", credit_note="CREDIT MEMO",
               proforma="PRO FORMA INVOICE", packing_list="PACKING SLIP", purchase_order="PURCHASE ORDER",
               quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="WHOLESALE PRICE LIST",
               statement="STATEMENT OF ACCOUNT", no="Invoice #", date="Date", due="Due date", bill_to="Bill To",
               ship_to="Ship To", item="Item / UPC", desc="Description", qty="Qty", unit="Unit Price",
               amount="Amount", subtotal="Subtotal", discount="Discount", shipping="Freight & handling",
               tax="Sales tax", vat="VAT", total="Total", terms="Terms", page="Page", taxid="Tax ID",
               thank="Thank you for your business.", paid="PAID - Visa ending", balance="Balance due"),
    "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT",
               proforma="PROFORMA-RECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG",
               quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE", statement="KONTOAUSZUG",
               no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", bill_to="Rechnungsempfänger",
               ship_to="Lieferanschrift", item="Art.-Nr.", desc="Bezeichnung", qty="Menge", unit="Einzelpreis",
               amount="Gesamt", subtotal="Zwischensumme", discount="Rabatt", shipping="Versandkosten",
               tax="MwSt.", vat="USt.", total="Gesamtbetrag", terms="Zahlungsbedingungen", page="Seite",
               taxid="USt-IdNr.", thank="Vielen Dank für Ihren Auftrag.", paid="Bezahlt", balance="Offener Betrag"),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR",
               proforma="FACTURE PROFORMA", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE",
               quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIF", statement="RELEVÉ DE COMPTE",
               no="Facture n°", date="Date", due="Échéance", bill_to="Facturé à", ship_to="Livré à",
               item="Réf.", desc="Désignation", qty="Qté", unit="Prix unitaire HT", amount="Montant HT",
               subtotal="Total HT", discount="Remise", shipping="Frais de port", tax="TVA", vat="TVA",
               total="Total TTC", terms="Conditions", page="Page", taxid="N° TVA",
               thank="Merci de votre confiance.", paid="Payé", balance="Net à payer"),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO",
               proforma="FATTURA PROFORMA", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE D'ACQUISTO",
               quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
               statement="ESTRATTO CONTO", no="Fattura n.", date="Data", due="Scadenza", bill_to="Cliente",
               ship_to="Destinazione", item="Codice", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.",
               amount="Importo", subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto",
               tax="IVA", vat="IVA", total="Totale documento", terms="Pagamento", page="Pagina",
               taxid="P.IVA", thank="Grazie per la preferenza.", paid="Pagato", balance="Da pagare"),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA",
               proforma="FACTURA PROFORMA", packing_list="LISTA DE EMBALAJE", purchase_order="ORDEN DE COMPRA",
               quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS",
               statement="EXTRACTO DE CUENTA", no="Factura nº", date="Fecha", due="Vencimiento", bill_to="Cliente",
               ship_to="Dirección de envío", item="Ref.", desc="Descripción", qty="Cant.", unit="Precio",
               amount="Importe", subtotal="Base imponible", discount="Descuento", shipping="Portes",
               tax="IVA", vat="IVA", total="Total factura", terms="Forma de pago", page="Página",
               taxid="NIF", thank="Gracias por su compra.", paid="Pagado", balance="Pendiente"),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA",
               proforma="PROFORMAFACTUUR", packing_list="PAKLIJST", purchase_order="INKOOPORDER",
               quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST", statement="REKENINGOVERZICHT",
               no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", bill_to="Factuuradres",
               ship_to="Afleveradres", item="Artikelnr.", desc="Omschrijving", qty="Aantal", unit="Prijs",
               amount="Bedrag", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten",
               tax="BTW", vat="BTW", total="Totaal", terms="Betalingstermijn", page="Pagina",
               taxid="BTW-nr.", thank="Bedankt voor uw bestelling.", paid="Betaald", balance="Te betalen"),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA",
               proforma="FAKTURA PRO FORMA", packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE",
               quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK",
               statement="ZESTAWIENIE", no="Nr faktury", date="Data wystawienia", due="Termin płatności",
               bill_to="Nabywca", ship_to="Odbiorca", item="Kod", desc="Nazwa towaru", qty="Ilość",
               unit="Cena netto", amount="Wartość netto", subtotal="Razem netto", discount="Rabat",
               shipping="Transport", tax="VAT", vat="VAT", total="Do zapłaty", terms="Sposób płatności",
               page="Strona", taxid="NIP", thank="Dziękujemy za zakupy.", paid="Zapłacono", balance="Pozostało"),
    "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票",
               proforma="形式发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
               delivery_note="送货单", price_list="价目表", statement="对账单", no="发票号码", date="开票日期",
               due="付款期限", bill_to="购买方", ship_to="收货地址", item="编码", desc="货物或应税劳务名称",
               qty="数量", unit="单价", amount="金额", subtotal="合计", discount="折扣", shipping="运费",
               tax="税额", vat="税额", total="价税合计", terms="付款方式", page="页", taxid="纳税人识别号",
               thank="谢谢惠顾", paid="已付", balance="应付"),
    "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="赤伝票",
               proforma="見積請求書", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書",
               delivery_note="納品書", price_list="卸価格表", statement="取引明細書", no="請求番号", date="請求日",
               due="お支払期限", bill_to="御中", ship_to="納品先", item="品番", desc="品名", qty="数量",
               unit="単価", amount="金額", subtotal="小計", discount="値引き", shipping="送料",
               tax="消費税", vat="消費税", total="合計金額", terms="お支払条件", page="頁", taxid="登録番号",
               thank="今後ともよろしくお願い申し上げます。", paid="入金済", balance="ご請求金額"),
}

# ---------------------------------------------------------------- invented parties
SUPPLIERS = {
    "en_US": [("Hollowbrook Distribution LLC", "2210 Raritan Center Pkwy, Edison, NJ 08837", "EIN 84-3310927"),
              ("Tri-County Health & Beauty Wholesale Inc.", "455 Meadowlands Ave, Secaucus, NJ 07094", "EIN 27-5581046"),
              ("Pinecrest Consumer Brands Supply", "1180 Commerce Dr, Columbus, OH 43219", "EIN 31-7720458"),
              ("Bluewater Trading Co.", "77 Harbor Industrial Rd, Jacksonville, FL 32218", "EIN 59-4481230"),
              ("Granite State Toy Wholesalers", "40 Depot St, Nashua, NH 03060", "EIN 02-6631875"),
              ("Mesa Verde Household Goods Inc", "8120 W Buckeye Rd, Phoenix, AZ 85043", "EIN 86-2219034"),
              ("Lakeshore Pet Supply Distributors", "315 N Kedzie Ave, Chicago, IL 60612", "EIN 36-9902147")],
    "en_CA": [("Maple Ridge Wholesale Ltd.", "88 Steeles Ave W, Concord, ON L4K 2Y6", "GST/HST 81244 7390 RT0001"),
              ("Northern Lights Beauty Supply Inc.", "2201 Rue Cohen, Saint-Laurent, QC H4R 2N7", "GST/HST 79931 2084 RT0001")],
    "en_GB": [("Ashworth & Pell Trade Supplies Ltd", "Unit 4, Brindley Park, Stoke-on-Trent ST4 2RX", "GB 318 4470 92"),
              ("Kestrel Home Goods Ltd", "12 Wharf Road, Leeds LS9 8BA", "GB 902 1183 45")],
    "de": [("Brandtner Großhandel GmbH", "Industriestraße 14, 40231 Düsseldorf", "DE 294 118 735"),
           ("Keller & Sohn Drogeriewaren KG", "Am Hafen 3, 28217 Bremen", "DE 811 402 296")],
    "fr": [("Distribution Lavergne SARL", "17 rue des Entrepôts, 69007 Lyon", "FR 48 812 334 019"),
           ("Comptoir Garonne SAS", "4 avenue du Médoc, 33300 Bordeaux", "FR 72 530 118 774")],
    "it": [("Ferrandi Ingrosso S.r.l.", "Via dell'Industria 22, 20090 Assago (MI)", "IT 08812340961"),
           ("Casa Bellucci Distribuzione S.p.A.", "Viale Europa 58, 40138 Bologna", "IT 03117650372")],
    "es": [("Suministros Olmedo S.L.", "Polígono Los Llanos, Nave 7, 28906 Getafe (Madrid)", "B-84229173"),
           ("Distribuciones Vallcorba S.A.", "Carrer de la Indústria 41, 08908 L'Hospitalet", "A-61930248")],
    "nl": [("Van Dijk Groothandel B.V.", "Havenweg 31, 3542 AD Utrecht", "NL 8621.40.337.B01"),
           ("Brouwer Distributie B.V.", "Kanaaldijk 9, 5683 CR Best", "NL 8130.77.902.B01")],
    "pl": [("Hurtownia Zielińscy Sp. z o.o.", "ul. Magazynowa 12, 02-495 Warszawa", "NIP 525-281-44-17"),
           ("Borowiak Dystrybucja S.A.", "ul. Składowa 8, 61-897 Poznań", "NIP 778-140-22-93")],
    "zh": [("宁波恒远日用品有限公司", "浙江省宁波市北仑区新碶街道明州路188号", "91330206MA2H7K3X4Q"),
           ("东莞市佳仕达玩具制造有限公司", "广东省东莞市长安镇振安中路66号", "91441900MA51R8W2XK")],
    "ja": [("株式会社みなと商事", "大阪府大阪市西区南堀江2-7-14", "T4120001187263"),
           ("有限会社さくら雑貨卸", "東京都台東区蔵前3-12-5", "T9010502238841")],
}

US_BUYERS = [("Coastline Resale Group LLC", "19 Birchwood Ct, Toms River, NJ 08753"),
             ("R&M Online Ventures", "3340 Hillcrest Blvd Ste 2, Allentown, PA 18104"),
             ("Summit Peak Goods LLC", "602 Orchard Ln, Plano, TX 75023"),
             ("BrightCart Commerce Inc.", "88 Industrial Way Unit 5, Edison, NJ 08817"),
             ("Prime Harbor Trading LLC", "1450 Sunrise Hwy, Bay Shore, NY 11706"),
             ("Golden Aisle Retail LLC", "230 Cedar Bend Dr, Marietta, GA 30066"),
             ("Northstar FBA Supply Co", "7710 Elm Creek Rd, Maple Grove, MN 55369"),
             ("Keystone Shelf LLC", "51 Market St, Lancaster, PA 17603"),
             ("Evergreen Reseller Partners", "918 Pacific Ave, Tacoma, WA 98402"),
             ("Lucky Bamboo Imports LLC", "2055 Garden Pkwy, Fremont, CA 94538")]
LOCAL_BUYERS = {
    "en_CA": [("Coastline Resale Group LLC", "19 Birchwood Ct, Toms River, NJ 08753, USA"),
              ("Prime Harbor Trading LLC", "1450 Sunrise Hwy, Bay Shore, NY 11706, USA")],
    "en_GB": [("Summit Peak Goods LLC", "602 Orchard Ln, Plano, TX 75023, USA"),
              ("Harrow Lane Retail Ltd", "5 Cheapside Yard, Birmingham B5 6AG")],
    "de": [("Lindner Onlinehandel e.K.", "Bahnhofstraße 21, 90402 Nürnberg"),
           ("Golden Aisle Retail LLC", "230 Cedar Bend Dr, Marietta, GA 30066, USA")],
    "fr": [("Boutique Arnaud & Fils", "9 place Bellecour, 69002 Lyon"),
           ("Evergreen Reseller Partners", "918 Pacific Ave, Tacoma, WA 98402, USA")],
    "it": [("Emporio Santoro S.n.c.", "Corso Vittorio 14, 10121 Torino")],
    "es": [("Comercial Ribera S.L.", "Calle Mayor 33, 46001 Valencia")],
    "nl": [("Webwinkel De Kroon", "Prinsengracht 402, 1016 JB Amsterdam")],
    "pl": [("Sklep Internetowy Nowak", "ul. Długa 5, 80-827 Gdańsk")],
    "zh": [("深圳市优品电子商务有限公司", "广东省深圳市龙岗区坂田街道雅园路9号"),
           ("Lucky Bamboo Imports LLC", "2055 Garden Pkwy, Fremont, CA 94538, USA")],
    "ja": [("株式会社ブライトカート", "神奈川県横浜市港北区新横浜1-4-2"),
           ("合同会社ノーススター", "福岡県福岡市博多区博多駅前2-19-24")],
}
BUYER_TAXIDS = {"zh": "91440300MA5G2P7N1C"}

PRODUCTS = {
    "en": ["Lumina Daily Facial Cleanser 6.7 oz", "Brisa Unscented Laundry Pods 42ct", "TerraPaws Grain-Free Kibble 12 lb",
           "Kiddo Stack & Sort Blocks 30pc", "Hearthline Nonstick Skillet 10in", "Vantor AA Alkaline Batteries 24pk",
           "Solace Lavender Body Wash 18 oz", "Quillmark Gel Pens Assorted 12pk", "Ridgeway Insulated Tumbler 30 oz",
           "PurePulse Electric Toothbrush Heads 4ct", "Cloverleaf Organic Green Tea 100ct", "Nimbus Microfiber Cloths 24pk",
           "Arbor Kids Puzzle 500pc Ocean", "Glimmer Hair Serum Argan 3.4 oz", "Trailfox LED Headlamp 350lm",
           "Velvetine Hand Cream Shea 2.5 oz", "Sprout & Co Baby Wipes 8x72ct", "CoreFit Resistance Bands Set 5pc",
           "Harvest Bay Protein Bars Choc 12ct", "Ember Soy Candle Cedar 14 oz"],
    "de": ["Zahnpasta Frischminz 75 ml", "Duschgel Meeresbrise 250 ml", "Holzbaukasten 48-tlg.", "Edelstahl-Thermobecher 500 ml",
           "Waschmittel Color 20 WL", "Hundeleckerli Rind 200 g", "Handcreme Kamille 100 ml", "LED-Taschenlampe Alu"],
    "fr": ["Savon de Marseille 300 g", "Gel douche Fleur d'oranger 250 ml", "Jeu de construction bois 60 pièces",
           "Tasse isotherme inox 350 ml", "Lessive liquide 1,5 L", "Croquettes chat saumon 2 kg", "Crème mains karité 75 ml"],
    "it": ["Sapone liquido mani 500 ml", "Pasta integrale 500 g", "Caffè macinato 250 g", "Borraccia termica 750 ml",
           "Detersivo piatti limone 1 L", "Set pennarelli 24 colori"],
    "es": ["Champú anticaspa 400 ml", "Aceite de oliva virgen extra 1 L", "Juego de sartenes 3 piezas", "Pilas AAA 12 uds",
           "Toallitas bebé 4x80", "Termo acero 500 ml"],
    "nl": ["Handzeep lavendel 300 ml", "Stroopwafels 8 st", "Houten puzzel 24 st", "Drinkfles RVS 600 ml",
           "Wasmiddel 30 wasbeurten", "Kattenbrokjes kip 1,5 kg"],
    "pl": ["Płyn do naczyń 1 l", "Krem do rąk 100 ml", "Klocki drewniane 50 szt.", "Kubek termiczny 450 ml",
           "Karma dla psa 3 kg", "Baterie AA 8 szt."],
    "zh": ["不锈钢保温杯 500ml", "儿童益智积木 60片", "硅胶厨房铲套装", "LED充电台灯", "竹纤维洗碗布 10片装",
           "宠物牵引绳 1.5米", "无线蓝牙耳机壳", "收纳盒 三层"],
    "ja": ["ステンレスタンブラー 400ml", "木製つみき 40ピース", "薬用ハンドソープ 250ml", "今治タオル フェイス",
           "緑茶ティーバッグ 50袋", "LEDデスクライト"],
}


def upc(rng):
    d = [rng.randint(0, 9) for _ in range(11)]
    d[0] = rng.choice([0, 6, 8])
    s = 3 * sum(d[0::2]) + sum(d[1::2])
    d.append((10 - s % 10) % 10)
    return "".join(map(str, d))


def prod_lang(loc):
    return LOC[loc]["lang"] if LOC[loc]["lang"] in PRODUCTS else "en"


TAX = {"en_US": ("Sales tax", [D("0.06625"), D("0.07"), D("0.0625"), D("0.08875"), D("0")]),
       "en_CA": ("HST 13%", [D("0.13")]), "en_GB": ("VAT 20%", [D("0.20")]),
       "de": ("MwSt. 19%", [D("0.19")]), "fr": ("TVA 20%", [D("0.20")]), "it": ("IVA 22%", [D("0.22")]),
       "es": ("IVA 21%", [D("0.21")]), "nl": ("BTW 21%", [D("0.21")]), "pl": ("VAT 23%", [D("0.23")]),
       "zh": ("税额 13%", [D("0.13")]), "ja": ("消費税10%", [D("0.10")])}


def make_doc(rng, loc, doc_type="invoice", n_items=None, arith_error=None, date=None, buyer=None,
             with_tax=None, discount=None, shipping=None, supplier=None):
    """Return a dict describing one document with all numbers computed."""
    L = LOC[loc]
    lang = L["lang"]
    sup = supplier or rng.choice(SUPPLIERS[loc])
    if buyer is None:
        pool = US_BUYERS if loc == "en_US" else LOCAL_BUYERS[loc]
        buyer = rng.choice(pool)
    if date is None:
        date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    n = n_items or rng.choice([1, 2, 3, 4, 5, 6, 8])
    names = PRODUCTS[prod_lang(loc)]
    items = []
    jp = L.get("nodec")
    for i in range(n):
        nm = rng.choice(names) if n > len(names) else names[(i + rng.randint(0, 3)) % len(names)]
        if n > len(names):
            nm = nm + f" #{rng.randint(2, 9)}"
        qty = rng.choice([6, 12, 12, 24, 24, 36, 48, 60, 72, 96, 120, 144, 200])
        if jp:
            price = D(rng.randint(18, 420) * 10)
        elif L["cur"] == "CNY":
            price = q2(D(rng.randint(350, 9000)) / 100)
        else:
            price = q2(D(rng.randint(150, 4800)) / 100)
        items.append(dict(code=upc(rng), desc=nm, qty=qty, price=price, line=q2(price * qty)))
    subtotal = sum((it["line"] for it in items), D(0))
    if discount is None:
        discount = rng.random() < 0.25
    disc_rate = D(rng.choice([2, 3, 5, 10])) / 100 if discount else D(0)
    disc = q2(subtotal * disc_rate)
    if shipping is None:
        shipping = rng.random() < 0.45
    ship = D(0)
    if shipping:
        ship = D(rng.randint(25, 120) * 100) if jp else q2(D(rng.randint(1500, 18500)) / 100)
    tlabel, rates = TAX[loc]
    if with_tax is None:
        with_tax = True
    rate = rng.choice(rates) if with_tax else D(0)
    resale_exempt = (loc == "en_US" and rate == 0)
    taxable = subtotal - disc + (ship if loc != "en_US" else D(0))
    tax = q2(taxable * rate)
    if jp:
        tax = tax.quantize(D("1"))
    if loc == "zh":
        # Chinese VAT invoices print tax per row; the total tax is the sum of the rounded row taxes
        for it in items:
            it["tax"] = q2(it["line"] * rate)
        tax = sum((it["tax"] for it in items), D(0)) - q2(disc * rate) + q2(ship * rate)
    total = subtotal - disc + ship + tax
    err = None
    if arith_error:
        err = arith_error
        if err == "line":
            k = rng.randrange(len(items))
            items[k]["line"] = items[k]["line"] + (D(100) if jp else D(rng.choice(["10.00", "1.00", "0.90", "100.00"])))
            # the printed subtotal/total keep the correct sum: one line does not add up
        elif err == "total":
            total = total + (D(1000) if jp else D(rng.choice(["10.00", "100.00", "-9.00", "1.00"])))
        elif err == "tax":
            tax = tax + (D(50) if jp else D(rng.choice(["2.15", "12.40", "-3.05"])))
            # total printed = subtotal+ship+tax(wrong)? keep old total -> mismatch
    number = rng.choice(["INV-", "", "F", "R", "S-"]) + str(rng.randint(10000, 99999))
    if doc_type in ("purchase_order",):
        number = "PO-" + str(rng.randint(4000, 9999))
    due = date + dt.timedelta(days=rng.choice([0, 14, 30, 30, 45, 60]))
    terms = {"en": rng.choice(["Net 30", "Net 30", "Net 15", "Paid by card", "Due on receipt"]),
             "de": "14 Tage netto", "fr": "30 jours fin de mois", "it": "Bonifico 30 gg d.f.",
             "es": "Transferencia 30 días", "nl": "30 dagen", "pl": "Przelew 14 dni",
             "zh": "银行转账", "ja": "月末締め翌月末払い"}[lang]
    return dict(loc=loc, lang=lang, cur=L["cur"], doc_type=doc_type, supplier=sup[0], sup_addr=sup[1],
                sup_tax=sup[2], buyer=buyer[0], buyer_addr=buyer[1], date=date, due=due, number=number,
                items=items, subtotal=subtotal, disc_rate=disc_rate, disc=disc, ship=ship, tax_label=tlabel,
                rate=rate, tax=tax, total=total, resale_exempt=resale_exempt, arith_error=bool(err),
                err_kind=err, terms=terms, w=W[lang],
                cert="NJ ST-3 #" + str(rng.randint(100000, 999999)) if resale_exempt else "")


def tax_line_label(doc):
    d = doc
    if d["resale_exempt"]:
        return "Sales tax (resale exempt)"
    if d["loc"] == "en_US":
        return f"Sales tax {float(d['rate']*100):.3f}%".replace(".000", "").rstrip("0").rstrip(".") if False else \
            "Sales tax " + (f"{d['rate']*100:.3f}".rstrip("0").rstrip(".")) + "%"
    return d["tax_label"]


def M(doc, x, sym=False):
    return fmt_money(x, doc["loc"], sym)


def D8(doc, style=None):
    return fmt_date(doc["date"], doc["loc"], style)


def title(doc):
    return doc["w"].get(doc["doc_type"], doc["w"]["invoice"])


IS_INVOICE = {"invoice", "tax_invoice", "receipt", "credit_note", "proforma"}


def label(fname, doc, producer, pages=1, **kw):
    dtp = doc["doc_type"]
    if dtp == "price_list" or dtp == "letter" or dtp == "statement":
        dtp_l = "other"
    else:
        dtp_l = dtp
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer,
               language=doc["lang"], is_invoice=dtp in IS_INVOICE and dtp != "proforma" or dtp == "proforma",
               doc_type=dtp_l, date=doc["date"].isoformat(), total=str(q2(doc["total"])), currency=doc["cur"],
               supplier=doc["supplier"], buyer=doc["buyer"], pages=pages, edit_before_capture=False,
               arithmetic_error=doc["arith_error"])
    if dtp not in IS_INVOICE:
        lab["is_invoice"] = False
    if dtp == "proforma":
        lab["is_invoice"] = False  # a pro forma is an offer, not a demand for payment
    lab.update(kw)
    return lab


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)


def meta_for(doc):
    """Printed strings an editor needs later (kept out of the final labels)."""
    return dict(buyer=doc["buyer"], buyer_addr=doc["buyer_addr"], total_str=M(doc, doc["total"]),
                date_str=D8(doc), loc=doc["loc"], qtys=[str(it["qty"]) for it in doc["items"]],
                supplier=doc["supplier"], date=doc["date"].isoformat(), total=str(q2(doc["total"])))


def write_part(name, labels):
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for l in labels:
            f.write(json.dumps(l, ensure_ascii=False) + "\n")


def read_parts(prefix=None):
    out = []
    for fn in sorted(os.listdir(PARTS)):
        if fn.endswith(".jsonl") and (prefix is None or fn.startswith(prefix)):
            with open(os.path.join(PARTS, fn), encoding="utf-8") as f:
                out += [json.loads(x) for x in f if x.strip()]
    return out


def part_done(name):
    p = os.path.join(PARTS, name + ".jsonl")
    if not os.path.exists(p):
        return False
    labs = read_parts(name)
    return all(os.path.exists(os.path.join(FILES, l["file"])) for l in labs)


def rmb_upper(x):
    """Chinese financial uppercase for an amount, e.g. 壹仟贰佰叁拾肆圆伍角陆分."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    x = q2(x)
    yuan = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        while yuan:
            groups.append(yuan % 10000)
            yuan //= 10000
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            gs = ""
            zero = False
            for ui in range(3, -1, -1):
                dgt = (g // 10 ** ui) % 10
                if dgt == 0:
                    zero = bool(gs)
                else:
                    if zero:
                        gs += "零"
                        zero = False
                    gs += digits[dgt] + units[ui]
            if gs:
                if s and g < 1000:
                    s += "零"
                s += gs + big[gi]
    s += "圆"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += digits[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += digits[fen] + "分"
    return s
