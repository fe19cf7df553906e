#!/usr/bin/env python3
"""Generator for a labelled test set of supplier invoices (and some non-invoices)
as a Valencia gestoria sees them from small EU Amazon sellers.

Deterministic (fixed seed).  All paths relative to this script's folder.
Run:  /work/main/.venv/bin/python make.py
"""
import os, sys, json, random, shutil, subprocess, io, math, zipfile, re, copy, glob
import datetime as dt
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
BUILD = os.path.join(HERE, "_build")
LABELS = os.path.join(HERE, "labels.jsonl")
R = random.Random(7_2026_0305)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

D2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


# ----------------------------------------------------------------------------------
# number / date formatting
# ----------------------------------------------------------------------------------
def fmt_num(v, style, dec=2):
    v = Decimal(v)
    neg = v < 0
    v = abs(v)
    s = f"{v:,.{dec}f}"  # 1,234.56
    if style == "eu":
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "fr":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "ch":  # swiss style apostrophe, used by nobody here but keep
        s = s.replace(",", "'")
    return ("-" if neg else "") + s


def fmt_qty(q, style):
    if q == int(q):
        return str(int(q))
    return fmt_num(q, style, 2)


MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def fmt_date(d, f):
    if f == "dmy/":
        return d.strftime("%d/%m/%Y")
    if f == "dmy.":
        return d.strftime("%d.%m.%Y")
    if f == "dmy-":
        return d.strftime("%d-%m-%Y")
    if f == "mdy/":
        return d.strftime("%m/%d/%Y")
    if f == "iso":
        return d.strftime("%Y-%m-%d")
    if f == "ymd/":
        return d.strftime("%Y/%m/%d")
    if f == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if f.startswith("long_"):
        lg = f[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en":
            return f"{d.day} {m} {d.year}"
        if lg == "es":
            return f"{d.day} de {m} de {d.year}"
        if lg == "de":
            return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    if f == "enUS_long":
        return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    raise ValueError(f)


# ----------------------------------------------------------------------------------
# locale texts
# ----------------------------------------------------------------------------------
T = {
    "es": dict(invoice="FACTURA", receipt="FACTURA SIMPLIFICADA", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
               delivery_note="ALBARÁN", purchase_order="PEDIDO DE COMPRA", quotation="PRESUPUESTO", packing_list="LISTA DE BULTOS",
               number="Nº factura", date="Fecha", due="Vencimiento", customer="Cliente", taxid="NIF", ref="Ref.", desc="Descripción",
               qty="Cant.", price="Precio ud.", disc="Dto.", vat="IVA", amount="Importe", subtotal="Base imponible", vatline="IVA {r}%",
               re="Recargo equiv. {r}%", shipping="Portes", total="TOTAL FACTURA", terms="Forma de pago: transferencia bancaria a {d} días",
               bank="IBAN", page="Página {p} de {n}", rc="Operación con inversión del sujeto pasivo (art. 84.Uno.2º LIVA)",
               thanks="Gracias por su confianza.", orig="Rectifica la factura {n} de fecha {d}", order="Su pedido", docno="Nº documento",
               weight="Peso (kg)", cartons="Bultos", valid="Validez de la oferta: 30 días"),
    "it": dict(invoice="FATTURA", receipt="DOCUMENTO COMMERCIALE", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
               delivery_note="DOCUMENTO DI TRASPORTO", purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO", packing_list="PACKING LIST",
               number="Fattura n.", date="Data", due="Scadenza", customer="Spett.le", taxid="P.IVA", ref="Cod. art.", desc="Descrizione",
               qty="Q.tà", price="Prezzo unit.", disc="Sconto", vat="IVA", amount="Importo", subtotal="Imponibile", vatline="IVA {r}%",
               re="", shipping="Spese di trasporto", total="TOTALE DOCUMENTO", terms="Pagamento: bonifico bancario {d} gg d.f.",
               bank="IBAN", page="Pagina {p} di {n}", rc="Operazione non imponibile art. 41 D.L. 331/1993 - inversione contabile",
               thanks="Contributo CONAI assolto ove dovuto.", orig="Rettifica della fattura n. {n} del {d}", order="Vs. ordine", docno="Documento n.",
               weight="Peso (kg)", cartons="Colli", valid="Offerta valida 30 giorni"),
    "fr": dict(invoice="FACTURE", receipt="TICKET - FACTURE SIMPLIFIÉE", credit_note="AVOIR", proforma="FACTURE PRO FORMA",
               delivery_note="BON DE LIVRAISON", purchase_order="BON DE COMMANDE", quotation="DEVIS", packing_list="LISTE DE COLISAGE",
               number="Facture n°", date="Date", due="Échéance", customer="Client", taxid="N° TVA", ref="Réf.", desc="Désignation",
               qty="Qté", price="P.U. HT", disc="Remise", vat="TVA", amount="Montant HT", subtotal="Total HT", vatline="TVA {r} %",
               re="", shipping="Frais de port", total="NET À PAYER", terms="Règlement par virement à {d} jours. Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire de recouvrement : 40 €.",
               bank="IBAN", page="Page {p}/{n}", rc="Autoliquidation - article 283-2 du CGI / art. 196 directive 2006/112/CE",
               thanks="Merci de votre confiance.", orig="Avoir sur facture n° {n} du {d}", order="Votre commande", docno="Document n°",
               weight="Poids (kg)", cartons="Colis", valid="Devis valable 30 jours"),
    "de": dict(invoice="RECHNUNG", receipt="KASSENBELEG / KLEINBETRAGSRECHNUNG", credit_note="RECHNUNGSKORREKTUR (GUTSCHRIFT)", proforma="PROFORMA-RECHNUNG",
               delivery_note="LIEFERSCHEIN", purchase_order="BESTELLUNG", quotation="ANGEBOT", packing_list="PACKLISTE",
               number="Rechnungs-Nr.", date="Rechnungsdatum", due="Fällig am", customer="Kunde", taxid="USt-IdNr.", ref="Art.-Nr.", desc="Bezeichnung",
               qty="Menge", price="Einzelpreis", disc="Rabatt", vat="USt.", amount="Gesamt", subtotal="Nettobetrag", vatline="zzgl. {r} % USt.",
               re="", shipping="Versandkosten", total="RECHNUNGSBETRAG", terms="Zahlbar innerhalb von {d} Tagen ohne Abzug.",
               bank="IBAN", page="Seite {p} von {n}", rc="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)",
               thanks="Vielen Dank für Ihren Auftrag.", orig="Korrektur zu Rechnung {n} vom {d}", order="Ihre Bestellung", docno="Beleg-Nr.",
               weight="Gewicht (kg)", cartons="Kartons", valid="Angebot gültig 30 Tage"),
    "nl": dict(invoice="FACTUUR", receipt="KASSABON", credit_note="CREDITFACTUUR", proforma="PROFORMAFACTUUR",
               delivery_note="PAKBON / LEVERBON", purchase_order="INKOOPORDER", quotation="OFFERTE", packing_list="PAKLIJST",
               number="Factuurnummer", date="Factuurdatum", due="Vervaldatum", customer="Klant", taxid="BTW-nr.", ref="Art.nr.", desc="Omschrijving",
               qty="Aantal", price="Prijs", disc="Korting", vat="BTW", amount="Bedrag", subtotal="Subtotaal", vatline="BTW {r}%",
               re="", shipping="Verzendkosten", total="TOTAAL TE BETALEN", terms="Betaling binnen {d} dagen na factuurdatum.",
               bank="IBAN", page="Pagina {p} van {n}", rc="BTW verlegd - intracommunautaire levering",
               thanks="Bedankt voor uw bestelling.", orig="Creditering van factuur {n} d.d. {d}", order="Uw order", docno="Documentnr.",
               weight="Gewicht (kg)", cartons="Dozen", valid="Offerte geldig 30 dagen"),
    "pl": dict(invoice="FAKTURA VAT", receipt="PARAGON FISKALNY / FAKTURA UPROSZCZONA", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
               delivery_note="WZ - WYDANIE ZEWNĘTRZNE", purchase_order="ZAMÓWIENIE", quotation="OFERTA", packing_list="LISTA PAKOWA",
               number="Faktura nr", date="Data wystawienia", due="Termin płatności", customer="Nabywca", taxid="NIP", ref="Kod", desc="Nazwa towaru",
               qty="Ilość", price="Cena netto", disc="Rabat", vat="VAT", amount="Wartość netto", subtotal="Razem netto", vatline="VAT {r}%",
               re="", shipping="Transport", total="DO ZAPŁATY", terms="Sposób płatności: przelew, {d} dni",
               bank="Nr konta", page="Strona {p} z {n}", rc="Odwrotne obciążenie - dostawa wewnątrzwspólnotowa",
               thanks="Dziękujemy za zakupy.", orig="Korekta do faktury {n} z dnia {d}", order="Zamówienie", docno="Nr dokumentu",
               weight="Waga (kg)", cartons="Kartony", valid="Oferta ważna 30 dni"),
    "en": dict(invoice="INVOICE", receipt="RECEIPT / VAT INVOICE", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
               delivery_note="DELIVERY NOTE", purchase_order="PURCHASE ORDER", quotation="QUOTATION", packing_list="PACKING LIST",
               number="Invoice No.", date="Invoice Date", due="Due Date", customer="Bill To", taxid="VAT No.", ref="SKU", desc="Description",
               qty="Qty", price="Unit Price", disc="Disc.", vat="VAT", amount="Amount", subtotal="Subtotal", vatline="VAT {r}%",
               re="", shipping="Shipping", total="TOTAL DUE", terms="Payment terms: net {d} days by bank transfer.",
               bank="IBAN", page="Page {p} of {n}", rc="Reverse charge: customer to account for VAT (Art. 196 Directive 2006/112/EC)",
               thanks="Thank you for your business.", orig="Credit against invoice {n} dated {d}", order="Your PO", docno="Document No.",
               weight="G.W. (kg)", cartons="CTNS", valid="Quotation valid for 30 days"),
    "zh": dict(invoice="销售发票", tax_invoice="增值税专用发票", proforma="形式发票", packing_list="装箱单",
               number="发票号码", date="开票日期", due="付款期限", customer="购买方", taxid="纳税人识别号", ref="编号", desc="货物或应税劳务名称",
               qty="数量", price="单价", disc="折扣", vat="税率", amount="金额", subtotal="合计", vatline="税额 {r}%", re="",
               shipping="运费", total="价税合计(小写)", terms="付款方式：电汇，{d}天", bank="开户行及账号", page="第{p}页 共{n}页", rc="出口免税",
               thanks="", orig="", order="订单号", docno="单据编号", weight="毛重(kg)", cartons="箱数", valid=""),
    "ja": dict(invoice="請求書", proforma="見積書", quotation="御見積書", number="請求番号", date="請求日", due="お支払期限", customer="御中",
               taxid="登録番号", ref="品番", desc="品名", qty="数量", price="単価", disc="値引", vat="税率", amount="金額", subtotal="小計",
               vatline="消費税({r}%)", re="", shipping="送料", total="ご請求金額", terms="お支払条件：月末締め翌月末払い（{d}日）", bank="振込先",
               page="{p}/{n}ページ", rc="輸出免税", thanks="毎度ありがとうございます。", orig="", order="注文番号", docno="文書番号",
               weight="重量", cartons="箱数", valid="有効期限：30日"),
}

# number style, date formats, currency, vat rates per language
LOC = {
    "es": dict(num="eu", dates=["dmy/", "dmy/", "dmy-", "long_es"], cur="EUR", rates=[21, 10, 4], cur_tpl="{v} €"),
    "it": dict(num="eu", dates=["dmy/", "dmy/", "dmy."], cur="EUR", rates=[22, 10, 4], cur_tpl="€ {v}"),
    "fr": dict(num="fr", dates=["dmy/", "long_fr", "long_fr"], cur="EUR", rates=[20, 5.5, 10], cur_tpl="{v} €"),
    "de": dict(num="eu", dates=["dmy.", "dmy.", "long_de"], cur="EUR", rates=[19, 7], cur_tpl="{v} EUR"),
    "nl": dict(num="eu", dates=["dmy-", "long_nl", "dmy-"], cur="EUR", rates=[21, 9], cur_tpl="€ {v}"),
    "pl": dict(num="fr", dates=["iso", "dmy.", "dmy."], cur="PLN", rates=[23, 8, 5], cur_tpl="{v} zł"),
    "en": dict(num="en", dates=["long_en", "iso", "mdy/"], cur="GBP", rates=[20, 5], cur_tpl="£{v}"),
    "zh": dict(num="en", dates=["cjk"], cur="CNY", rates=[13, 9], cur_tpl="¥{v}"),
    "ja": dict(num="en", dates=["cjk", "ymd/"], cur="JPY", rates=[10, 8], cur_tpl="¥{v}"),
}

# ----------------------------------------------------------------------------------
# invented parties
# ----------------------------------------------------------------------------------
SUPPLIERS = {
    "es": [("Distribuciones Turia Menaje S.L.", ["Polígono Ind. Fuente del Jarro, C/ Ciudad de Sevilla 14", "46988 Paterna (Valencia)"], "B46918273", "ES21 2100 4811 7702 0019 3344"),
           ("Envases y Embalajes Safor S.A.", ["Av. del Port 212", "46702 Gandia (Valencia)"], "A97345128", "ES70 0081 0611 0200 0245 7788"),
           ("Textiles Albaida Hogar S.L.", ["Ctra. de Ontinyent km 3,2", "46860 Albaida (Valencia)"], "B98223017", "ES43 3058 2110 6427 2000 1152"),
           ("Cerámicas Castellón Mediterráneo S.L.", ["C/ Ribesalbes 41", "12110 L'Alcora (Castellón)"], "B12609931", "ES95 0049 6721 5521 1603 8290"),
           ("Mayorista Juguetes Ibi S.L.", ["C/ Alcoy 77, Pol. Les Canteres", "03440 Ibi (Alicante)"], "B03877612", "ES08 0182 3144 8902 0160 4411")],
    "it": [("Casalinghi Brianza S.r.l.", ["Via Industria 18", "20811 Cesano Maderno (MB)"], "IT04418290965", "IT60 X054 2811 1010 0000 0123 456"),
           ("Ceramiche Tosco-Emiliane S.p.A.", ["Via Radici in Piano 512", "41049 Sassuolo (MO)"], "IT02281930364", "IT12 A030 6912 9151 0000 0004 721"),
           ("Pelletterie del Brenta S.n.c.", ["Via Venezia 9", "35010 Vigonza (PD)"], "IT03922150287", "IT88 M020 0862 7400 0010 5566 778")],
    "fr": [("Atelier Textile du Nord SARL", ["14 rue des Fileurs", "59100 Roubaix"], "FR48 512 334 901", "FR76 3000 4028 3700 0109 8452 196"),
           ("Cosmétiques Provence Naturelle SAS", ["ZA Les Paluds, 220 av. du Garlaban", "13400 Aubagne"], "FR12 801 552 736", "FR76 1027 8089 6000 0203 4470 155"),
           ("Quincaillerie Lyonnaise Pro SAS", ["3 quai Perrache", "69002 Lyon"], "FR90 433 019 662", "FR76 1450 5000 0104 4521 8802 366")],
    "de": [("Rhein-Haushaltwaren Großhandel GmbH", ["Industriestraße 41", "50829 Köln"], "DE318447201", "DE44 3705 0198 1934 5567 80"),
           ("Schwarzwald Holzspielwaren KG", ["Am Mühlbach 7", "79183 Waldkirch"], "DE287019334", "DE02 6805 0101 0012 3345 67"),
           ("Elektrozubehör Franken GmbH & Co. KG", ["Gewerbepark Süd 12", "90451 Nürnberg"], "DE301552876", "DE91 7605 0101 0007 7765 43")],
    "nl": [("Van der Berg Tuin & Dier B.V.", ["Havenweg 31", "3542 AC Utrecht"], "NL861203445B01", "NL42 RABO 0312 4455 67"),
           ("Hollandse Verpakkingsunie B.V.", ["Industrieweg 88", "2651 BC Berkel en Rodenrijs"], "NL820019334B01", "NL91 INGB 0006 7788 12")],
    "pl": [("Hurtownia Kuchenna Mazowsze Sp. z o.o.", ["ul. Przemysłowa 17", "05-800 Pruszków"], "5342211876", "PL61 1090 1014 0000 0712 1981 2874"),
           ("Zakład Tworzyw Śląskich Sp. z o.o.", ["ul. Górnicza 5", "41-902 Bytom"], "6262018845", "PL27 1140 2004 0000 3102 7766 5511")],
    "en": [("Pennine Craft Supplies Ltd", ["Unit 4, Calder Trading Estate", "Huddersfield HD5 0RX", "United Kingdom"], "GB 318 4492 07", "GB29 NWBK 6016 1331 9268 19"),
           ("Shenzhen Brightway Electronics Co., Ltd.", ["Floor 5, Bldg B, Huafeng Industrial Park", "Bao'an District, Shenzhen 518101, China"], "91440300MA5F8X2K3Q", "HSBC HK 411-228910-838 SWIFT HSBCHKHH"),
           ("Ningbo Seaview Housewares Co., Ltd.", ["No. 88 Jiangnan Road, Beilun", "Ningbo, Zhejiang 315800, China"], "91330206MA2H4R7T1C", "BOC Ningbo 3569 1102 7788 SWIFT BKCHCNBJ92H"),
           ("Lakeshore Pet Products Inc.", ["2210 Industrial Pkwy", "Racine, WI 53406, USA"], "EIN 39-2284417", "ABA 075000022 Acct 7730 1928 44"),
           ("Dublin Giftware Wholesale Ltd", ["Unit 12, Ballymount Business Park", "Dublin 12, D12 KX40, Ireland"], "IE 3921774TH", "IE64 AIBK 9311 5212 3456 78")],
    "zh": [("义乌市星辰日用品有限公司", ["浙江省义乌市稠城街道工人北路1088号", "电话 0579-8552 3310"], "91330782MA2EC47B9R", "中国农业银行义乌分行 1959 0101 0400 2233 1"),
           ("东莞市恒达包装制品有限公司", ["广东省东莞市长安镇乌沙兴发南路22号", "电话 0769-8530 7719"], "91441900MA4W2PQ61K", "中国建设银行东莞长安支行 4405 0177 0085 0000 2871")],
    "ja": [("株式会社さくら雑貨商会", ["〒530-0041 大阪府大阪市北区天神橋3-8-12", "TEL 06-6351-2208"], "T4120001198877", "三井住友銀行 梅田支店 普通 7712093"),
           ("有限会社青葉ステーショナリー", ["〒980-0811 宮城県仙台市青葉区一番町2-4-7", "TEL 022-217-5530"], "T2370002044516", "七十七銀行 本店営業部 普通 5520118")],
}

# the gestoria's clients: small Amazon sellers (invented)
BUYERS = [
    ("Tienda Albufera S.L.", ["C/ Músico Peydró 23, 2º", "46001 Valencia"], "ESB98765432"),
    ("Marta Ferrer Soler (MF Home Deco)", ["Av. Blasco Ibáñez 118, pta. 7", "46022 Valencia"], "ES20471185K"),
    ("Ruzafa Pet Supplies S.L.", ["C/ Sueca 61, bajo", "46006 Valencia"], "ESB40338127"),
    ("Comercial Hermanos Llorca C.B.", ["C/ Major 12", "46470 Catarroja (Valencia)"], "ESE98231044"),
    ("Javier Navarro Pons (Kidsbox)", ["C/ Sant Vicent 5", "46960 Aldaia (Valencia)"], "ES33891076W"),
    ("Levante Gadgets Online S.L.", ["Parque Tecnológico, C/ Charles Robert Darwin 4", "46980 Paterna (Valencia)"], "ESB56120981"),
    ("Casa Marina Ecommerce S.L.", ["Passeig de la Mar 40", "46730 Gandia (Valencia)"], "ESB02219874"),
    ("Nordlicht Handel UG (haftungsbeschränkt)", ["Kanalstraße 9", "22085 Hamburg, Deutschland"], "DE341119024"),
    ("Bottega Sorelle Greco S.r.l.s.", ["Via Toledo 201", "80134 Napoli, Italia"], "IT09981230635"),
    ("Lumière & Lin SARL", ["8 rue Sainte-Catherine", "33000 Bordeaux, France"], "FR55 880 214 553"),
    ("Kowalski Trade Piotr Kowalski", ["ul. Długa 44/3", "80-831 Gdańsk, Polska"], "PL5842716630"),
    ("Van Dijk Webwinkel V.O.F.", ["Oudegracht 190", "3511 NR Utrecht, Nederland"], "NL859911204B01"),
]
# Chinese / Japanese-side buyers (sourcing offices of the clients)
BUYERS_ZH = [("深圳瓦伦西亚贸易有限公司", ["深圳市南山区科技园南区高新南七道8号", "电话 0755-2661 4408"], "91440300MA5H3K0R2X")]
BUYERS_JA = [("Levante Gadgets Online S.L.", ["Parque Tecnológico, C/ Charles Robert Darwin 4", "46980 Paterna (Valencia) スペイン"], "ESB56120981"),
             ("Tienda Albufera S.L.", ["C/ Músico Peydró 23", "46001 Valencia スペイン"], "ESB98765432")]

ITEMS = {
    "es": ["Taza cerámica 350 ml blanca", "Set 3 botes herméticos vidrio", "Funda cojín lino 45x45 arena", "Mantel antimanchas 140x200", "Cuenco bambú ensalada 25 cm",
           "Bolsa kraft con asa 32x12x41", "Caja cartón doble canal 40x30x30", "Cinta adhesiva PP marrón 48mm x 132m", "Juego 4 posavasos corcho", "Toalla algodón 500 g 50x100",
           "Peluche dinosaurio 30 cm", "Puzzle madera 24 piezas", "Plato llano gres 27 cm", "Film estirable manual 23 mic", "Cesta mimbre natural M"],
    "it": ["Moka alluminio 3 tazze", "Tagliere olivo 35 cm", "Piastrella decorata 20x20 blu", "Portafoglio pelle uomo nero", "Set 6 bicchieri vetro 30 cl",
           "Caffettiera acciaio 6 tazze", "Borsa tracolla cuoio cognac", "Vassoio ceramica rettangolare", "Grattugia inox 4 lati", "Barattolo latta decorata 1 L"],
    "fr": ["Savon de Marseille 300 g", "Crème mains karité 75 ml", "Torchon lin lavé naturel", "Nappe coton enduit 160x240", "Kit visserie inox M6 (100 pcs)",
           "Bougie parfumée lavande 180 g", "Charnière laiton 60 mm", "Huile sèche corps 100 ml", "Tablier coton rayé", "Coffret cadeau 3 savons"],
    "de": ["Edelstahl-Brotdose 1,2 l", "Holzbausteine 50 Teile", "USB-C Ladekabel 2 m geflochten", "Steckdosenleiste 5-fach", "Schneidebrett Buche 40x25",
           "Holzeisenbahn Starterset", "Thermobecher 450 ml", "LED-Nachtlicht mit Sensor", "Küchenwaage digital 5 kg", "Kinder-Puzzle Bauernhof 3x12"],
    "nl": ["Kattenkrabpaal 60 cm", "Hondenriem nylon 2 m", "Vogelvoer mix 4 kg", "Verzenddoos 305x215x110", "Luchtkussenfolie rol 50 cm x 100 m",
           "Kattenbak met kap", "Plantenbak zink 40 cm", "Tuinhandschoenen maat 9", "Hondenmand ovaal 70 cm", "Zelfklevende labels 100x150 (500 st.)"],
    "pl": ["Garnek stalowy 5 l z pokrywką", "Patelnia granitowa 28 cm", "Pojemnik próżniowy 1,5 l", "Sztućce komplet 24 el.", "Deska do krojenia bambus",
           "Pojemnik PP 0,5 l (op. 50 szt.)", "Wiadro 10 l z pokrywą", "Miska nierdzewna 3 l", "Butelka filtrująca 0,6 l", "Organizer szuflady"],
    "en": ["Wireless earbuds TWS-210 black", "Phone case silicone iPh 15 clear", "Fast charger 20W EU plug", "Stainless steel water bottle 750ml", "LED strip 5m RGB with remote",
           "Silicone baking mat 40x30", "Dog chew toy rubber bone L", "Cat feather wand set (3 pcs)", "Greeting card assortment (48)", "Scented candle tin 200g",
           "Yarn merino DK 50g skein", "Felt sheets A4 assorted (40)", "Bamboo cutlery travel set", "Screen protector tempered glass 2-pack", "Collapsible silicone bowl 1L"],
    "zh": ["不锈钢保温杯 500ml", "硅胶折叠碗 1L", "PP收纳盒 大号", "竹制餐具套装", "瓦楞纸箱 40x30x30", "气泡袋 20x25cm", "陶瓷马克杯 350ml", "LED小夜灯"],
    "ja": ["和紙ノート A5", "ボールペン 0.5mm 黒", "手ぬぐい 綿100% 桜柄", "マスキングテープ 15mm 5巻", "箸 天然木 5膳セット", "湯呑み 有田焼"],
}
UNITS = {"es": "ud", "it": "pz", "fr": "u", "de": "Stk", "nl": "st", "pl": "szt.", "en": "pcs", "zh": "个", "ja": "個"}


# ----------------------------------------------------------------------------------
# document model
# ----------------------------------------------------------------------------------
def rand_date():
    start = dt.date(2025, 10, 1)
    return start + dt.timedelta(days=R.randint(0, 330))


def make_doc(lang, doc_type="invoice", nlines=None, tax_mode=None, currency=None, supplier=None, buyer=None,
             discount=None, shipping=None, arith_error=None, date_fmt=None):
    loc = LOC[lang]
    sup = supplier or R.choice(SUPPLIERS[lang])
    if lang == "zh":
        buy = buyer or R.choice(BUYERS_ZH)
    elif lang == "ja":
        buy = buyer or R.choice(BUYERS_JA)
    else:
        if buyer:
            buy = buyer
        elif lang == "es":
            buy = R.choice(BUYERS[:7])
        else:
            buy = R.choice(BUYERS[:7] + BUYERS[7:] + BUYERS[:3])
    if currency is None:
        currency = loc["cur"]
        if lang == "en" and ("China" in sup[1][-1] or "USA" in sup[1][-1]):
            currency = "USD"
        if lang == "en" and "Ireland" in sup[1][-1]:
            currency = "EUR"
    if tax_mode is None:
        sup_cc = {"es": "ES", "it": "IT", "fr": "FR", "de": "DE", "nl": "NL", "pl": "PL"}.get(lang)
        buy_cc = buy[2][:2]
        if lang in ("zh",):
            tax_mode = "vat"
        elif lang == "ja":
            tax_mode = "export"
        elif lang == "en" and currency == "USD":
            tax_mode = "export"
        elif lang == "en" and currency == "GBP":
            tax_mode = "export" if R.random() < 0.5 else "vat"
        elif sup_cc and sup_cc == buy_cc:
            tax_mode = "vat"
            if lang == "es" and R.random() < 0.3 and doc_type == "invoice":
                tax_mode = "recargo"
        else:
            tax_mode = "reverse_charge" if R.random() < 0.8 else "vat"
    d = rand_date()
    n = nlines or R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    pool = ITEMS[lang][:]
    R.shuffle(pool)
    lines = []
    rates = loc["rates"]
    for i in range(n):
        desc = pool[i % len(pool)]
        if i >= len(pool):
            desc = desc + f" ({['S','M','L','XL','XXL'][i // len(pool) % 5]})"
        qty = R.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 36, 48, 50, 60, 100, 120, 144, 200, 250, 500])
        if doc_type == "receipt":
            qty = R.choice([1, 1, 2, 3, 4])
        if currency == "JPY":
            price = Decimal(R.choice([180, 220, 350, 480, 650, 880, 1200, 1580, 2400]))
        else:
            price = q2(Decimal(R.randint(35, 8900)) / 100)
            if qty >= 100:
                price = q2(price / 6 + Decimal("0.15"))
        rate = rates[0] if R.random() < 0.7 else R.choice(rates)
        disc = Decimal(0)
        if discount or (discount is None and R.random() < 0.15):
            disc = Decimal(R.choice([5, 10, 15]))
        sku = f"{R.choice('ABCDEFGHKLMPRST')}{R.choice('ABCDEFGHKLMPRST')}-{R.randint(1000, 99999)}"
        lines.append(dict(sku=sku, desc=desc, qty=Decimal(qty), price=price, disc=disc, rate=Decimal(str(rate))))
    if doc_type == "credit_note":
        for ln in lines[:]:
            ln["qty"] = -ln["qty"]
        lines = lines[:max(1, min(2, len(lines)))]
    ship = Decimal(0)
    if shipping or (shipping is None and R.random() < 0.35 and doc_type in ("invoice", "proforma", "tax_invoice")):
        ship = Decimal(R.choice([1200, 1500, 950, 2490, 3500, 6000])) if currency == "JPY" else q2(Decimal(R.choice([595, 890, 1250, 1500, 2400, 4500, 7800])) / 100)
    num_prefix = {"es": "FV", "it": "", "fr": "FA", "de": "RE", "nl": "F", "pl": "FV", "en": "INV", "zh": "", "ja": "INV-"}[lang]
    if lang == "zh":
        number = f"{R.randint(10000000, 99999999):08d}"
    elif lang == "it":
        number = f"{R.randint(12, 2400)}/{d.year}"
    elif lang == "pl":
        number = f"FV/{R.randint(10, 999)}/{d.month:02d}/{d.year}"
    elif lang == "es":
        number = f"{num_prefix}{d.year % 100}-{R.randint(100, 9999):05d}"
    else:
        number = f"{num_prefix}{d.year}{R.randint(1000, 99999)}"
    doc = dict(lang=lang, doc_type=doc_type, supplier=sup, buyer=buy, currency=currency, tax_mode=tax_mode, date=d,
               due=d + dt.timedelta(days=R.choice([0, 14, 30, 30, 60])), number=number, lines=lines, shipping=ship,
               date_fmt=date_fmt or R.choice(loc["dates"]), terms_days=R.choice([14, 30, 30, 60]),
               arith_error=arith_error, orig_number=None, orig_date=None)
    if doc_type == "credit_note":
        doc["orig_number"] = number[:-3] + f"{R.randint(100, 999)}"
        doc["orig_date"] = d - dt.timedelta(days=R.randint(10, 60))
    if lang == "zh" and doc_type == "tax_invoice":
        doc["date_fmt"] = "cjk"
    compute(doc)
    return doc


def compute(doc):
    dec = 0 if doc["currency"] == "JPY" else 2
    qd = (lambda x: Decimal(x).quantize(Decimal(1), rounding=ROUND_HALF_UP)) if dec == 0 else q2
    taxable = doc["tax_mode"] in ("vat", "recargo") or (doc["doc_type"] == "receipt")
    for ln in doc["lines"]:
        ln["amount"] = qd(ln["qty"] * ln["price"] * (1 - ln["disc"] / 100))
    sub = sum((ln["amount"] for ln in doc["lines"]), Decimal(0))
    ship = doc["shipping"]
    taxes = []
    if taxable:
        groups = {}
        for ln in doc["lines"]:
            groups.setdefault(ln["rate"], Decimal(0))
            groups[ln["rate"]] += ln["amount"]
        if ship:
            top = max(groups)
            groups[top] += ship
        for r in sorted(groups, reverse=True):
            taxes.append(("vat", r, groups[r], qd(groups[r] * r / 100)))
            if doc["tax_mode"] == "recargo":
                re_rate = {Decimal(21): Decimal("5.2"), Decimal(10): Decimal("1.4"), Decimal(4): Decimal("0.5")}[r]
                taxes.append(("re", re_rate, groups[r], qd(groups[r] * re_rate / 100)))
    total = sub + ship + sum((t[3] for t in taxes), Decimal(0))
    doc.update(subtotal=sub, taxes=taxes, total=total, dec=dec)
    # deliberate arithmetic mistakes (printed values become inconsistent)
    e = doc.get("arith_error")
    if e == "tax" and not taxes:
        e = doc["arith_error"] = "total"
    if e == "line":
        ln = doc["lines"][0]
        ln["amount"] = ln["amount"] + (Decimal(10) if dec == 0 else Decimal("10.00"))  # line total off, rest computed from correct values
    elif e == "tax":
        k, r, base, amt = taxes[0]
        taxes[0] = (k, r, base, amt + Decimal("1.00") if dec else amt + 1)  # tax off, total uses wrong tax too? no: total keeps correct
    elif e == "total":
        s = f"{total:.2f}"
        # transpose two digits of the integer part
        ip = s.split(".")[0].lstrip("-")
        if len(ip) >= 2:
            ip2 = ip[:-2] + ip[-1] + ip[-2]
            if ip2 == ip:
                ip2 = str(int(ip) + 9)
        else:
            ip2 = str(int(ip) + 9)
        doc["total"] = Decimal(("-" if total < 0 else "") + ip2 + "." + s.split(".")[1])
    elif e == "sum":
        doc["subtotal"] = sub + Decimal("100")  # subtotal printed wrong, total correct from lines
    return doc


# ----------------------------------------------------------------------------------
# view model: every string that gets printed
# ----------------------------------------------------------------------------------
def money(doc, v, with_cur=False):
    lang = doc["lang"]
    st = LOC[lang]["num"]
    cur = doc["currency"]
    s = fmt_num(v, st, doc["dec"])
    if not with_cur:
        return s
    if cur == LOC[lang]["cur"]:
        return LOC[lang]["cur_tpl"].format(v=s)
    if cur == "USD":
        return f"USD {s}"
    if cur == "EUR":
        return f"{s} EUR" if lang != "en" else f"€{s}"
    return f"{s} {cur}"


def rate_str(r, lang):
    s = f"{r:g}" if isinstance(r, float) else (str(r.normalize()) if r != r.to_integral() else str(int(r)))
    if LOC[lang]["num"] in ("eu", "fr"):
        s = s.replace(".", ",")
    return s


def build_vm(doc):
    lang = doc["lang"]
    t = T[lang]
    st = LOC[lang]["num"]
    dtype = doc["doc_type"]
    title = t.get(dtype, t["invoice"])
    sup, buy = doc["supplier"], doc["buyer"]
    date_s = fmt_date(doc["date"], doc["date_fmt"])
    due_s = fmt_date(doc["due"], doc["date_fmt"])
    meta = []
    if dtype in ("invoice", "credit_note", "proforma", "receipt", "tax_invoice"):
        meta.append((t["number"], doc["number"]))
    else:
        meta.append((t["docno"], doc["number"]))
    meta.append((t["date"], date_s))
    if dtype in ("invoice", "tax_invoice") and doc["due"] != doc["date"]:
        meta.append((t["due"], due_s))
    if R.random() < 0.5 and dtype != "receipt":
        meta.append((t["order"], f"{R.choice(['PO', 'AMZ', 'P'])}-{R.randint(10000, 99999)}"))
    show_disc = any(l["disc"] for l in doc["lines"])
    show_rate = doc["tax_mode"] in ("vat", "recargo") and len(set(l["rate"] for l in doc["lines"])) > 1
    money_doc = dtype not in ("packing_list", "delivery_note")
    cols = [t["ref"], t["desc"], t["qty"]]
    aligns = ["l", "l", "r"]
    if money_doc:
        cols += [t["price"]]
        aligns += ["r"]
        if show_disc:
            cols.append(t["disc"]); aligns.append("r")
        if show_rate:
            cols.append(t["vat"]); aligns.append("r")
        cols.append(t["amount"]); aligns.append("r")
    else:
        cols += [t["cartons"], t["weight"]]
        aligns += ["r", "r"]
    rows = []
    for ln in doc["lines"]:
        row = [ln["sku"], ln["desc"], fmt_qty(ln["qty"], st)]
        if money_doc:
            row.append(money(doc, ln["price"]))
            if show_disc:
                row.append(f"{rate_str(ln['disc'], lang)}%" if ln["disc"] else "")
            if show_rate:
                row.append(f"{rate_str(ln['rate'], lang)}%")
            row.append(money(doc, ln["amount"]))
        else:
            ctn = max(1, int(abs(ln["qty"]) // R.choice([6, 12, 24, 50]) or 1))
            row += [str(ctn), fmt_num(Decimal(ctn) * Decimal(R.randint(25, 180)) / 10, st, 1)]
        rows.append(row)
    totals = []
    if money_doc:
        totals.append((t["subtotal"], money(doc, doc["subtotal"]), False))
        if doc["shipping"]:
            totals.append((t["shipping"], money(doc, doc["shipping"]), False))
        for kind, r, base, amt in doc["taxes"]:
            lab = (t["vatline"] if kind == "vat" else t["re"]).format(r=rate_str(r, lang))
            if len(doc["taxes"]) > 1:
                lab += f" ({money(doc, base)})" if lang not in ("zh", "ja") else ""
            totals.append((lab, money(doc, amt), False))
        totals.append((t["total"], money(doc, doc["total"], True), True))
    notes = []
    if doc["tax_mode"] == "reverse_charge" and money_doc:
        notes.append(t["rc"])
    if doc["tax_mode"] == "export" and money_doc:
        notes.append(t["rc"] if lang in ("zh", "ja") else "Export of goods - zero rated / VAT exempt" if lang == "en" else t["rc"])
    if dtype == "credit_note":
        notes.append(t["orig"].format(n=doc["orig_number"], d=fmt_date(doc["orig_date"], doc["date_fmt"])))
    if dtype == "quotation":
        notes.append(t["valid"])
    if money_doc and dtype not in ("quotation", "purchase_order", "receipt"):
        notes.append(t["terms"].format(d=doc["terms_days"]))
    bank = f"{t['bank']}: {sup[3]}"
    footer = [f"{sup[0]} · {sup[1][0]} · {sup[1][-1]} · {t['taxid']} {sup[2]}"]
    if lang == "es":
        footer.append(f"Inscrita en el Registro Mercantil de {R.choice(['Valencia', 'Alicante', 'Castellón'])}, Tomo {R.randint(3000, 9999)}, Folio {R.randint(1, 220)}, Hoja V-{R.randint(10000, 99999)}")
    if lang == "de":
        footer.append(f"Geschäftsführer: {R.choice(['Jens Albrecht', 'Sabine Kohlhaas', 'Uwe Brandstätter'])} · Amtsgericht {R.choice(['Köln', 'Freiburg', 'Nürnberg'])} HRB {R.randint(10000, 99999)}")
    if lang == "it":
        footer.append(f"Cap. soc. € {R.choice(['10.000,00', '50.000,00', '120.000,00'])} i.v. · REA {R.choice(['MB', 'MO', 'PD'])}-{R.randint(100000, 999999)}")
    if lang == "fr":
        footer.append(f"SAS au capital de {R.choice(['8 000', '37 000', '150 000'])} € · RCS {R.choice(['Lille', 'Marseille', 'Lyon'])} {sup[2][-11:]}")
    if lang == "nl":
        footer.append(f"KvK {R.randint(10000000, 99999999)} · Op al onze leveringen zijn de algemene voorwaarden van toepassing.")
    vm = dict(title=title, supplier=sup, buyer=buy, meta=meta, cols=cols, aligns=aligns, rows=rows, totals=totals, notes=notes,
              bank=bank, footer=footer, date_s=date_s, total_s=money(doc, doc["total"]) if money_doc else None,
              taxid_label=t["taxid"], customer_label=t["customer"], page_tpl=t["page"], thanks=t.get("thanks", ""), lang=lang)
    return vm


# ----------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------
def esc(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


HTML_CSS = {
    # accounting-software look, serif headings, coloured bar
    "ledger": """
      @page { size: A4; margin: 18mm 15mm 22mm 15mm;
        @bottom-center { content: "%PAGE%"; font: 8pt 'DejaVu Sans'; color:#666 }
        @top-right { content: "%HDR%"; font: 7.5pt 'DejaVu Sans'; color:#999 } }
      body { font: 9pt 'DejaVu Sans', sans-serif; color:#222 }
      .sup h1 { font: bold 15pt 'C059', serif; color:#1f4e79; margin:0 }
      .title { font: bold 18pt 'DejaVu Sans'; color:#1f4e79; text-align:right; letter-spacing:2px }
      table.items { width:100%; border-collapse:collapse; margin-top:10px }
      table.items th { background:#1f4e79; color:white; padding:4px; font-size:8pt }
      table.items td { border-bottom:0.5px solid #bbb; padding:3px 4px }
      table.items tr:nth-child(even) td { background:#f3f6fa }
    """,
    # minimalist SaaS look
    "clean": """
      @page { size: A4; margin: 20mm 18mm 20mm 18mm;
        @bottom-right { content: "%PAGE%"; font: 7.5pt 'Nimbus Sans'; color:#777 } }
      body { font: 9.5pt 'Nimbus Sans', 'DejaVu Sans', sans-serif; color:#111 }
      .sup h1 { font: bold 13pt 'Nimbus Sans'; margin:0; text-transform:uppercase; letter-spacing:1px }
      .title { font: 300 22pt 'Nimbus Sans'; text-align:right; color:#444 }
      table.items { width:100%; border-collapse:collapse; margin-top:14px }
      table.items th { border-bottom:1.5px solid #111; padding:5px 3px; text-align:left; font-size:8pt; text-transform:uppercase }
      table.items td { padding:4px 3px; border-bottom:0.3px dotted #999 }
    """,
    # boxed ERP look
    "erp": """
      @page { size: A4; margin: 12mm 12mm 16mm 12mm;
        @bottom-left { content: "%FOOT%"; font: 6.5pt 'DejaVu Sans Mono'; color:#555 }
        @bottom-right { content: "%PAGE%"; font: 7pt 'DejaVu Sans Mono' } }
      body { font: 8.5pt 'DejaVu Sans', sans-serif }
      .sup h1 { font: bold 12pt 'DejaVu Sans'; margin:0 }
      .title { font: bold 14pt 'DejaVu Sans'; text-align:right; border:1.5px solid #000; padding:4px 10px; display:inline-block; float:right }
      table.items { width:100%; border-collapse:collapse; margin-top:8px }
      table.items th { border:1px solid #000; background:#ddd; padding:3px; font-size:7.5pt }
      table.items td { border-left:1px solid #000; border-right:1px solid #000; padding:2px 3px }
      table.items tr:last-child td { border-bottom:1px solid #000 }
      .buyer { border:1px solid #000 }
    """,
    "cjk": """
      @page { size: A4; margin: 15mm;
        @bottom-center { content: "%PAGE%"; font: 8pt 'WenQuanYi Micro Hei' } }
      body { font: 9pt 'WenQuanYi Micro Hei', sans-serif; color:#111 }
      .sup h1 { font: bold 13pt 'WenQuanYi Micro Hei'; margin:0 }
      .title { font: bold 20pt 'WenQuanYi Micro Hei'; text-align:center; letter-spacing:6px }
      table.items { width:100%; border-collapse:collapse; margin-top:10px }
      table.items th, table.items td { border:0.8px solid #444; padding:3px }
      table.items th { background:#eee }
    """,
    "fapiao": """
      @page { size: 240mm 150mm; margin: 8mm; }
      body { font: 8.5pt 'WenQuanYi Micro Hei', sans-serif; color:#7a3b00 }
      .title { font: bold 17pt 'WenQuanYi Micro Hei'; text-align:center; letter-spacing:4px; color:#8b1a1a; border-bottom:3px double #8b1a1a; width:60%; margin:0 auto 6px auto }
      table { border-collapse:collapse; width:100% }
      td, th { border:1px solid #8b5a2b; padding:3px 4px; color:#222 }
      th { color:#7a3b00; font-weight:normal }
    """,
}


def html_doc(doc, vm, style, chromium=False, portal_note=None):
    css = HTML_CSS[style]
    lang = vm["lang"]
    page_expr = '"' + vm["page_tpl"].replace("{p}", '" counter(page) "').replace("{n}", '" counter(pages) "') + '"'
    css = css.replace('"%PAGE%"', page_expr).replace("%HDR%", esc(vm["supplier"][0] + " — " + vm["title"] + " " + vm["meta"][0][1]))
    css = css.replace("%FOOT%", esc(vm["footer"][0][:110]))
    sup, buy = vm["supplier"], vm["buyer"]
    h = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{esc(vm['title'])} {esc(vm['meta'][0][1])}</title><style>{css}"]
    if chromium:
        h.append("thead { display: table-header-group } tr { page-break-inside: avoid } .pfoot{position:fixed; bottom:0; left:0; right:0; font-size:7pt; color:#666; text-align:center}")
    h.append("</style></head><body>")
    if style == "fapiao":
        return fapiao_html(doc, vm, h)
    h.append("<table style='width:100%'><tr><td class='sup' style='vertical-align:top;width:55%'>")
    h.append(f"<h1>{esc(sup[0])}</h1>" + "".join(f"<div>{esc(a)}</div>" for a in sup[1]) + f"<div>{esc(vm['taxid_label'])}: {esc(sup[2])}</div>")
    h.append(f"</td><td style='vertical-align:top;text-align:right'><div class='title'>{esc(vm['title'])}</div><div style='clear:both'></div><table style='margin-left:auto;margin-top:6px'>")
    for k, v in vm["meta"]:
        h.append(f"<tr><td style='text-align:right;color:#555;padding-right:8px'>{esc(k)}</td><td style='text-align:right'><b>{esc(v)}</b></td></tr>")
    h.append("</table></td></tr></table>")
    cust = vm["customer_label"]
    if lang == "ja":
        h.append(f"<div class='buyer' style='margin-top:14px;padding:6px;width:55%;font-size:11pt;border-bottom:1px solid #000'><b>{esc(buy[0])}</b> 御中</div>")
        h.append("".join(f"<div style='font-size:8pt'>{esc(a)}</div>" for a in buy[1]))
    else:
        h.append(f"<div class='buyer' style='margin-top:14px;padding:6px;width:50%'><div style='font-size:7.5pt;color:#666'>{esc(cust)}</div><b>{esc(buy[0])}</b>")
        h.append("".join(f"<div>{esc(a)}</div>" for a in buy[1]) + f"<div>{esc(vm['taxid_label'])}: {esc(buy[2])}</div></div>")
    h.append("<table class='items'><thead><tr>")
    for c, a in zip(vm["cols"], vm["aligns"]):
        h.append(f"<th style='text-align:{'right' if a == 'r' else 'left'}'>{esc(c)}</th>")
    h.append("</tr></thead><tbody>")
    for row in vm["rows"]:
        h.append("<tr>" + "".join(f"<td style='text-align:{'right' if a == 'r' else 'left'}'>{esc(c)}</td>" for c, a in zip(row, vm["aligns"])) + "</tr>")
    h.append("</tbody></table>")
    if vm["totals"]:
        h.append("<table style='margin-left:auto;margin-top:10px;min-width:45%;page-break-inside:avoid'>")
        for lab, val, bold in vm["totals"]:
            stl = "font-weight:bold;font-size:11pt;border-top:1.5px solid #000" if bold else ""
            h.append(f"<tr><td style='padding:2px 10px;{stl}'>{esc(lab)}</td><td style='text-align:right;padding:2px 4px;{stl}'>{esc(val)}</td></tr>")
        h.append("</table>")
    h.append("<div style='margin-top:16px;font-size:8pt'>" + "".join(f"<p style='margin:2px 0'>{esc(n)}</p>" for n in vm["notes"]))
    if vm["totals"]:
        h.append(f"<p style='margin:2px 0'><b>{esc(vm['bank'])}</b></p>")
    if vm["thanks"]:
        h.append(f"<p style='margin:8px 0;font-style:italic'>{esc(vm['thanks'])}</p>")
    h.append("</div><div style='margin-top:20px;font-size:7pt;color:#666;border-top:0.5px solid #aaa;padding-top:4px'>" + "<br>".join(esc(f) for f in vm["footer"]) + "</div>")
    if portal_note:
        h.append(f"<div class='pfoot'>{esc(portal_note)}</div>")
    h.append("</body></html>")
    return "".join(h)


def fapiao_html(doc, vm, h):
    sup, buy = vm["supplier"], vm["buyer"]
    h.append(f"<div style='text-align:right;font-size:8pt'>发票代码 044031{R.randint(100000, 999999)} &nbsp; 发票号码 {esc(doc['number'])}</div>")
    h.append(f"<div class='title'>{esc(vm['title'])}</div>")
    h.append(f"<div style='text-align:right;font-size:8pt;margin-bottom:4px'>开票日期：{esc(vm['date_s'])}</div>")
    h.append("<table><tr><th rowspan='4' style='width:20px'>购<br>买<br>方</th>")
    h.append(f"<td>名　　称：{esc(buy[0])}</td><th rowspan='4' style='width:20px'>密<br>码<br>区</th><td rowspan='4' style='font-family:DejaVu Sans Mono;font-size:7pt'>")
    h.append("<br>".join("".join(R.choice("0123456789+-*/<>") for _ in range(28)) for _ in range(4)) + "</td></tr>")
    h.append(f"<tr><td>纳税人识别号：{esc(buy[2])}</td></tr><tr><td>地址、电话：{esc(buy[1][0])} {esc(buy[1][1])}</td></tr><tr><td>开户行及账号：招商银行深圳科技园支行 7559 1288 0410 602</td></tr></table>")
    h.append("<table style='margin-top:-1px'><tr><th>货物或应税劳务、服务名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>")
    tax_by_line = []
    for ln in doc["lines"]:
        tx = q2(ln["amount"] * ln["rate"] / 100)
        tax_by_line.append(tx)
        h.append(f"<tr><td>*日用杂品*{esc(ln['desc'])}</td><td>{esc(ln['sku'])}</td><td>{UNITS['zh']}</td><td style='text-align:right'>{fmt_qty(ln['qty'], 'en')}</td>"
                 f"<td style='text-align:right'>{money(doc, ln['price'])}</td><td style='text-align:right'>{money(doc, ln['amount'])}</td><td style='text-align:center'>{rate_str(ln['rate'], 'zh')}%</td>"
                 f"<td style='text-align:right'>{money(doc, tx)}</td></tr>")
    tax_total = sum((t[3] for t in doc["taxes"]), Decimal(0))
    h.append(f"<tr><td colspan='5' style='text-align:center'>合　　计</td><td style='text-align:right'>¥{money(doc, doc['subtotal'])}</td><td></td><td style='text-align:right'>¥{money(doc, tax_total)}</td></tr>")
    h.append(f"<tr><td colspan='2' style='text-align:center'>价税合计（大写）</td><td colspan='3'>{esc(cn_upper(doc['total']))}</td><td colspan='3'>（小写）¥{money(doc, doc['total'])}</td></tr></table>")
    h.append("<table style='margin-top:-1px'><tr><th rowspan='4' style='width:20px'>销<br>售<br>方</th>")
    h.append(f"<td>名　　称：{esc(sup[0])}</td><th rowspan='4' style='width:20px'>备<br>注</th><td rowspan='4'>订单 {R.randint(100000, 999999)}</td></tr>")
    h.append(f"<tr><td>纳税人识别号：{esc(sup[2])}</td></tr><tr><td>地址、电话：{esc(sup[1][0])} {esc(sup[1][1])}</td></tr><tr><td>开户行及账号：{esc(sup[3])}</td></tr></table>")
    h.append(f"<div style='font-size:8pt;margin-top:4px'>收款人：王丽 &nbsp;&nbsp; 复核：陈晓东 &nbsp;&nbsp; 开票人：刘佳 &nbsp;&nbsp; 销售方：（章）</div></body></html>")
    return "".join(h)


def cn_upper(v):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    v = q2(v)
    yuan = int(v)
    jiao = int((v * 10) % 10)
    fen = int((v * 100) % 10)
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        while yuan:
            groups.append(yuan % 10000)
            yuan //= 10000
        out = ""
        zero_pending = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero_pending = True
                continue
            gs = ""
            for pi in range(3, -1, -1):
                dgt = (g // (10 ** pi)) % 10
                if dgt == 0:
                    if gs or out:
                        zero_pending = True
                else:
                    if zero_pending and (gs or out):
                        gs += "零"
                    zero_pending = False
                    gs += digits[dgt] + units[pi]
            out += gs + big[gi]
        s = out
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


def render_weasy(doc, vm, path, style):
    import weasyprint
    html = html_doc(doc, vm, style)
    weasyprint.HTML(string=html, base_url=BUILD).write_pdf(path)


def render_chromium(doc, vm, path, style, portal_note=None):
    html = html_doc(doc, vm, style, chromium=True, portal_note=portal_note)
    # chromium does not support @page margin boxes: strip them
    html = re.sub(r"@bottom-[a-z]+ \{[^}]*\}|@top-[a-z]+ \{[^}]*\}", "", html)
    hp = os.path.join(BUILD, os.path.basename(path) + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", "file://" + hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


_RL_FONTS = False


def rl_fonts():
    global _RL_FONTS
    if not _RL_FONTS:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("DVS", DEJAVU))
        pdfmetrics.registerFont(TTFont("DVS-B", DEJAVU_B))
        _RL_FONTS = True


def fit(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    if stringWidth(s, font, size) <= width:
        return s
    while s and stringWidth(s + "…", font, size) > width:
        s = s[:-1]
    return s + "…"


def render_reportlab(doc, vm, path, style="classic", creator=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    W, H = A4
    if vm["lang"] in ("pl",):
        rl_fonts()
        F, FB = "DVS", "DVS-B"
    else:
        F, FB = ("Helvetica", "Helvetica-Bold") if style == "classic" else ("Times-Roman", "Times-Bold")
    c = canvas.Canvas(path, pagesize=A4, pageCompression=R.random() < 0.5)
    c.setCreator(creator or R.choice(["GestionPyme ERP 9.4", "FacturaPlus Cloud", "Contab-o-matic 2025"]))
    c.setTitle(f"{vm['title']} {vm['meta'][0][1]}")
    c.setAuthor(vm["supplier"][0])
    mL, mR = 42, W - 42
    ncols = len(vm["cols"])
    # column x layout
    widths = {3: [70, 330, 111], 4: [60, 250, 60, 141], 5: [60, 215, 50, 85, 101], 6: [55, 190, 45, 75, 50, 96], 7: [50, 165, 40, 70, 45, 45, 96]}[ncols]
    xs = [mL]
    for w_ in widths[:-1]:
        xs.append(xs[-1] + w_)
    row_h = 13
    first_top, other_top, bottom = H - 300, H - 110, 150
    rows = vm["rows"]
    per_first = int((first_top - bottom) // row_h)
    per_other = int((other_top - bottom) // row_h)
    pages = []
    i = 0
    pages.append(rows[:per_first]); i = per_first
    while i < len(rows):
        pages.append(rows[i:i + per_other]); i += per_other
    # last page needs room for totals
    n_tot = len(vm["totals"]) * 15 + 60 + 12 * len(vm["notes"])
    last_used = (first_top if len(pages) == 1 else other_top) - len(pages[-1]) * row_h
    if last_used - n_tot < 70:
        pages.append([])
    npages = len(pages)
    accent = (0.12, 0.30, 0.47) if style == "classic" else (0.35, 0.1, 0.1)
    for pi, prow in enumerate(pages):
        sup = vm["supplier"]
        c.setFillColorRGB(*accent)
        if style == "classic":
            c.rect(0, H - 18, W, 18, stroke=0, fill=1)
        c.setFont(FB, 14)
        c.drawString(mL, H - 55, sup[0])
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 8.5)
        y = H - 68
        for a in sup[1] + [f"{vm['taxid_label']}: {sup[2]}"]:
            c.drawString(mL, y, a); y -= 10.5
        c.setFont(FB, 16)
        c.setFillColorRGB(*accent)
        c.drawRightString(mR, H - 55, vm["title"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont(F, 8.5)
        y = H - 72
        for k, v in vm["meta"]:
            c.drawRightString(mR - 95, y, k + ":")
            c.drawRightString(mR, y, v)
            y -= 11
        if pi == 0:
            bx, by = W / 2 + 10, H - 250
            c.setStrokeColorRGB(0.5, 0.5, 0.5)
            c.roundRect(bx, by, mR - bx, 85, 4, stroke=1, fill=0)
            c.setFont(F, 7.5)
            c.drawString(bx + 8, by + 72, vm["customer_label"])
            c.setFont(FB, 9.5)
            c.drawString(bx + 8, by + 58, vm["buyer"][0])
            c.setFont(F, 8.5)
            yy = by + 45
            for a in vm["buyer"][1] + [f"{vm['taxid_label']}: {vm['buyer'][2]}"]:
                c.drawString(bx + 8, yy, a); yy -= 11
            top = first_top
        else:
            top = other_top
        # table header
        c.setFillColorRGB(0.9, 0.92, 0.95) if style == "classic" else c.setFillColorRGB(0.93, 0.9, 0.88)
        c.rect(mL - 2, top + 2, mR - mL + 4, 15, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8)
        for j, (col, al) in enumerate(zip(vm["cols"], vm["aligns"])):
            if al == "r":
                c.drawRightString(xs[j] + widths[j] - 4, top + 6, col)
            else:
                c.drawString(xs[j] + 2, top + 6, col)
        c.setFont(F, 8.5)
        y = top - 12
        for row in prow:
            for j, (cell, al) in enumerate(zip(row, vm["aligns"])):
                cell = fit(cell, F, 8.5, widths[j] - 6)
                if al == "r":
                    c.drawRightString(xs[j] + widths[j] - 4, y, cell)
                else:
                    c.drawString(xs[j] + 2, y, cell)
            y -= row_h
        c.setLineWidth(0.5)
        c.line(mL - 2, y + row_h - 4, mR + 2, y + row_h - 4)
        if pi == npages - 1:
            y -= 10
            for lab, val, bold in vm["totals"]:
                c.setFont(FB if bold else F, 10.5 if bold else 9)
                c.drawRightString(mR - 110, y, lab)
                c.drawRightString(mR, y, val)
                if bold:
                    c.line(mR - 250, y + 12, mR, y + 12)
                y -= 15
            y -= 12
            c.setFont(F, 8)
            for n in vm["notes"] + ([vm["bank"]] if vm["totals"] else []):
                for chunk in wrap_text(n, F, 8, mR - mL):
                    c.drawString(mL, y, chunk); y -= 11
        else:
            c.setFont(F, 8)
            c.drawRightString(mR, y - 4, "./..")
        # footer
        c.setFont(F, 6.8)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        fy = 40
        for f in vm["footer"]:
            c.drawCentredString(W / 2, fy, fit(f, F, 6.8, W - 60)); fy -= 9
        c.drawRightString(mR, 62, vm["page_tpl"].format(p=pi + 1, n=npages))
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()


def wrap_text(s, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    words = s.split(" ")
    out, cur = [], ""
    for w_ in words:
        t = (cur + " " + w_).strip()
        if stringWidth(t, font, size) > width and cur:
            out.append(cur); cur = w_
        else:
            cur = t
    if cur:
        out.append(cur)
    return out


def render_fpdf(doc, vm, path, style="a4"):
    from fpdf import FPDF
    unicode_font = vm["lang"] in ("pl",)
    footer_lines = vm["footer"]
    page_tpl = vm["page_tpl"]

    class P(FPDF):
        def footer(self):
            if style == "ticket":
                return
            self.set_y(-16)
            self.set_font(FNT, size=6.5)
            self.set_text_color(90, 90, 90)
            for f in footer_lines[:2]:
                self.cell(0, 3.2, f[:150], align="C", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 3.2, page_tpl.format(p=self.page_no(), n="{nb}"), align="R")
            self.set_text_color(0, 0, 0)

    if style == "ticket":
        h = 120 + 9 * len(vm["rows"]) + 6 * len(vm["totals"])
        pdf = P(unit="mm", format=(80, h))
        pdf.set_margins(4, 4, 4)
        pdf.set_auto_page_break(False)
    else:
        pdf = P(unit="mm", format="A4")
        pdf.set_margins(14, 14, 14)
        pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creator(R.choice(["TPV Caja Rápida 3.1", "Kassensystem KS-200", "FactuSOL-like Export", "Mini ERP Tienda"]) if style == "ticket" else R.choice(["Holded-style Online Billing", "OfficeLedger 12", "BillFlow"]))
    if unicode_font:
        pdf.add_font("DV", "", DEJAVU)
        pdf.add_font("DV", "B", DEJAVU_B)
        FNT = "DV"
    else:
        pdf.core_fonts_encoding = "windows-1252"
        FNT = "Helvetica" if style != "ticket" else "Courier"
    pdf.add_page()
    sup, buy = vm["supplier"], vm["buyer"]
    if style == "ticket":
        pdf.set_font(FNT, "B", 9)
        pdf.multi_cell(0, 4, sup[0], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FNT, "", 7)
        for a in sup[1] + [f"{vm['taxid_label']}: {sup[2]}"]:
            pdf.cell(0, 3.4, a, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font(FNT, "B", 8)
        pdf.multi_cell(0, 4, vm["title"], align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FNT, "", 7)
        for k, v in vm["meta"]:
            pdf.cell(0, 3.6, f"{k}: {v}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 3.6, f"{vm['customer_label']}: {buy[0]}", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 3, "-" * 44, new_x="LMARGIN", new_y="NEXT")
        for row in vm["rows"]:
            pdf.cell(0, 3.6, row[1][:40], new_x="LMARGIN", new_y="NEXT")
            pdf.cell(36, 3.6, f"  {row[2]} x {row[3]}")
            pdf.cell(0, 3.6, row[-1], align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 3, "-" * 44, new_x="LMARGIN", new_y="NEXT")
        for lab, val, bold in vm["totals"]:
            pdf.set_font(FNT, "B" if bold else "", 8 if bold else 7)
            pdf.cell(40, 4, lab)
            pdf.cell(0, 4, val, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FNT, "", 6.5)
        pdf.ln(2)
        for n in vm["notes"] + [vm["thanks"]]:
            if n:
                pdf.multi_cell(0, 3, n, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.output(path)
        return
    # A4 invoice
    pdf.set_font(FNT, "B", 13)
    pdf.cell(110, 7, sup[0])
    pdf.set_font(FNT, "B", 15)
    pdf.cell(0, 7, vm["title"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FNT, "", 8.5)
    ytop = pdf.get_y()
    for a in sup[1] + [f"{vm['taxid_label']}: {sup[2]}"]:
        pdf.cell(0, 4, a, new_x="LMARGIN", new_y="NEXT")
    yb = pdf.get_y()
    pdf.set_y(ytop)
    for k, v in vm["meta"]:
        pdf.set_x(120)
        pdf.cell(38, 4.5, k, align="R")
        pdf.set_font(FNT, "B", 8.5)
        pdf.cell(0, 4.5, v, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(FNT, "", 8.5)
    pdf.set_y(max(yb, pdf.get_y()) + 6)
    pdf.set_fill_color(245, 245, 245)
    pdf.set_font(FNT, "", 7)
    pdf.cell(0, 4, vm["customer_label"].upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FNT, "B", 9.5)
    pdf.cell(0, 5, buy[0], fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FNT, "", 8.5)
    for a in buy[1] + [f"{vm['taxid_label']}: {buy[2]}"]:
        pdf.cell(0, 4.2, a, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    ncols = len(vm["cols"])
    widths = {3: [28, 124, 30], 4: [25, 105, 20, 32], 5: [24, 84, 18, 26, 30], 6: [22, 74, 16, 24, 16, 30], 7: [20, 64, 14, 22, 16, 16, 30]}[ncols]

    def header():
        pdf.set_font(FNT, "B", 8)
        pdf.set_fill_color(60, 60, 60)
        pdf.set_text_color(255, 255, 255)
        for col, w_, al in zip(vm["cols"], widths, vm["aligns"]):
            pdf.cell(w_, 6, col, fill=True, align="R" if al == "r" else "L")
        pdf.ln()
        pdf.set_text_color(0, 0, 0)
        pdf.set_font(FNT, "", 8.5)

    header()
    for ri, row in enumerate(vm["rows"]):
        if pdf.get_y() > 270:
            pdf.add_page()
            header()
        pdf.set_fill_color(248, 248, 248)
        for cell, w_, al in zip(row, widths, vm["aligns"]):
            while pdf.get_string_width(cell) > w_ - 1.5 and len(cell) > 3:
                cell = cell[:-2] + "."
            pdf.cell(w_, 5.2, cell, align="R" if al == "r" else "L", fill=ri % 2 == 1)
        pdf.ln()
    pdf.ln(3)
    if pdf.get_y() > 230:
        pdf.add_page()
    for lab, val, bold in vm["totals"]:
        pdf.set_font(FNT, "B" if bold else "", 10 if bold else 8.5)
        pdf.set_x(95)
        pdf.cell(60, 5.5, lab, align="R")
        pdf.cell(0, 5.5, val, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(FNT, "", 7.5)
    for n in vm["notes"] + ([vm["bank"]] if vm["totals"] else []):
        pdf.multi_cell(0, 3.8, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


def xesc(s):
    return esc(s).replace('"', "&quot;")


def build_fods(doc, vm, path):
    """Flat ODF spreadsheet as a small business would keep its invoice template in Calc/Excel."""
    ncols = max(len(vm["cols"]), 5)
    colw = {3: ["2.2cm", "9.5cm", "2.2cm"], 4: ["2.2cm", "8cm", "1.8cm", "3cm"], 5: ["2.2cm", "6.6cm", "1.5cm", "2.6cm", "3cm"],
            6: ["2cm", "5.6cm", "1.4cm", "2.4cm", "1.6cm", "2.8cm"], 7: ["1.9cm", "4.8cm", "1.3cm", "2.2cm", "1.5cm", "1.5cm", "2.6cm"]}[len(vm["cols"])]
    while len(colw) < ncols:
        colw.append("2.5cm")
    font = R.choice(["Liberation Sans", "DejaVu Sans", "Nimbus Sans"])
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
         f'<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>',
         '<office:styles><style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="%s" fo:font-size="9pt"/></style:style></office:styles>' % font,
         '<office:automatic-styles>']
    for i, w_ in enumerate(colw):
        x.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w_}"/></style:style>')
    x.append('<style:style style:name="big" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>')
    x.append('<style:style style:name="b" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>')
    x.append('<style:style style:name="hd" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-size="8pt"/></style:style>')
    x.append('<style:style style:name="c" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:border-left="0.5pt solid #808080" fo:border-right="0.5pt solid #808080" fo:border-bottom="0.3pt solid #c0c0c0"/></style:style>')
    x.append('<style:style style:name="cr" style:family="table-cell" style:parent-style-name="c"><style:paragraph-properties fo:text-align="end"/></style:style>')
    x.append('<style:style style:name="tr" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/></style:style>')
    x.append('<style:style style:name="tb" style:family="table-cell" style:parent-style-name="Default"><style:paragraph-properties fo:text-align="end"/><style:table-cell-properties fo:border-top="1pt solid #000000"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/></style:style>')
    x.append('<style:style style:name="sm" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-size="7pt"/></style:style>')
    x.append('<style:page-layout style:name="pl1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1cm" fo:margin-left="1.5cm" fo:margin-right="1.2cm" style:print="objects charts drawings"/>'
             '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm"/></style:footer-style></style:page-layout>')
    x.append('</office:automatic-styles>')
    pt = xesc(vm["page_tpl"]).replace("{p}", "<text:page-number>1</text:page-number>").replace("{n}", "<text:page-count>1</text:page-count>")
    x.append(f'<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pl1"><style:header style:display="false"/>'
             f'<style:footer><text:p>{xesc(vm["supplier"][0])} - {pt}</text:p></style:footer></style:master-page></office:master-styles>')
    x.append('<office:body><office:spreadsheet><table:table table:name="Factura">')
    for i in range(ncols):
        x.append(f'<table:table-column table:style-name="co{i}"/>')

    def row(cells):
        x.append("<table:table-row>")
        for c in cells:
            if c is None:
                x.append("<table:table-cell/>")
            else:
                txt, st = c if isinstance(c, tuple) else (c, None)
                sa = f' table:style-name="{st}"' if st else ""
                x.append(f'<table:table-cell office:value-type="string"{sa}><text:p>{xesc(txt)}</text:p></table:table-cell>')
        x.append("</table:table-row>")

    sup, buy = vm["supplier"], vm["buyer"]
    row([(sup[0], "big")] + [None] * (ncols - 2) + [(vm["title"], "big")])
    for i, a in enumerate(sup[1] + [f"{vm['taxid_label']}: {sup[2]}"]):
        m = vm["meta"][i] if i < len(vm["meta"]) else None
        row([a] + [None] * (ncols - 3) + ([(m[0], "tr"), (m[1], "b")] if m else [None, None]))
    row([None])
    row([(vm["customer_label"], "sm")])
    row([(buy[0], "b")])
    for a in buy[1] + [f"{vm['taxid_label']}: {buy[2]}"]:
        row([a])
    row([None])
    row([(c, "hd") for c in vm["cols"]])
    for r_ in vm["rows"]:
        row([(c, "cr" if a == "r" else "c") for c, a in zip(r_, vm["aligns"])])
    row([None])
    for lab, val, bold in vm["totals"]:
        row([None] * (ncols - 2) + [(lab, "tb" if bold else "tr"), (val, "tb" if bold else "tr")])
    row([None])
    for n in vm["notes"] + ([vm["bank"]] if vm["totals"] else []) + vm["footer"]:
        row([(n, "sm")])
    x.append("</table:table></office:spreadsheet></office:body></office:document>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("".join(x))


def build_docx(doc, vm, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.8)
    st = d.styles["Normal"]
    st.font.name = R.choice(["Liberation Serif", "DejaVu Sans", "Liberation Sans"])
    st.font.size = Pt(9.5)
    sup, buy = vm["supplier"], vm["buyer"]
    # header: supplier letterhead
    hp = sec.header.paragraphs[0]
    r = hp.add_run(sup[0]); r.bold = True; r.font.size = Pt(13)
    hp2 = sec.header.add_paragraph(" · ".join(sup[1]) + f" · {vm['taxid_label']} {sup[2]}")
    hp2.runs[0].font.size = Pt(8)
    # footer with page field
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    parts = re.split(r"(\{p\}|\{n\})", vm["page_tpl"])
    fr0 = fp.add_run(vm["footer"][0] + "   —   "); fr0.font.size = Pt(7)
    for part in parts:
        if part in ("{p}", "{n}"):
            run = fp.add_run()
            run.font.size = Pt(7)
            for tag, txt in (("begin", None), (None, "PAGE" if part == "{p}" else "NUMPAGES"), ("end", None)):
                if tag:
                    el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), tag); run._r.append(el)
                else:
                    el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = txt; run._r.append(el)
        elif part:
            rr = fp.add_run(part); rr.font.size = Pt(7)
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rt = t.add_run(vm["title"]); rt.bold = True; rt.font.size = Pt(16); rt.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    for k, v in vm["meta"]:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"{k}: ")
        p.add_run(v).bold = True
    p = d.add_paragraph(); p.paragraph_format.space_before = Pt(10); p.paragraph_format.space_after = Pt(0)
    p.add_run(vm["customer_label"]).italic = True
    p = d.add_paragraph(); p.paragraph_format.space_after = Pt(0)
    p.add_run(buy[0]).bold = True
    for a in buy[1] + [f"{vm['taxid_label']}: {buy[2]}"]:
        p = d.add_paragraph(a); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    tb = d.add_table(rows=1, cols=len(vm["cols"]))
    tb.style = "Table Grid"
    for j, c in enumerate(vm["cols"]):
        cell = tb.rows[0].cells[j]
        cell.text = c
        cell.paragraphs[0].runs[0].bold = True
        if vm["aligns"][j] == "r":
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in vm["rows"]:
        cells = tb.add_row().cells
        for j, c in enumerate(row):
            cells[j].text = c
            if vm["aligns"][j] == "r":
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    if vm["totals"]:
        tt = d.add_table(rows=0, cols=2)
        for lab, val, bold in vm["totals"]:
            cells = tt.add_row().cells
            cells[0].text, cells[1].text = lab, val
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if bold:
                for c_ in cells:
                    c_.paragraphs[0].runs[0].bold = True
    for n in vm["notes"] + ([vm["bank"]] if vm["totals"] else []):
        if n:
            p = d.add_paragraph(n); p.runs[0].font.size = Pt(8)
    for f in vm["footer"][1:]:
        p = d.add_paragraph(f); p.runs[0].font.size = Pt(7)
    d.core_properties.author = R.choice(["administracion", "Buchhaltung", "ufficio", "compta", "admin"])
    d.save(path)


def soffice_convert(paths, outdir):
    """Convert a batch of files to PDF in one soffice run (saves start-up time)."""
    if not paths:
        return
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------------------------
# capture: office-copier scans and phone photos, with geometry kept for later image edits
# ----------------------------------------------------------------------------------
def render_pages(pdf_path, dpi, max_pages=None):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for i in range(len(pdf) if max_pages is None else min(max_pages, len(pdf))):
        pg = pdf[i]
        img = pg.render(scale=dpi / 72).to_pil().convert("RGB")
        out.append((img, pg.get_height()))
    pdf.close()
    return out


def capture(pdf_path, out_path, kind, fmt, rng, max_pages=None):
    """kind: 'scan' or 'photo'; fmt: jpeg|png|pdf.  Returns geometry list per page."""
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    dpi = rng.choice([150, 170, 200]) if kind == "scan" else rng.choice([130, 150])
    pages = render_pages(pdf_path, dpi, 1 if fmt in ("jpeg", "png") else max_pages)
    outs, geo = [], []
    gray = kind == "scan" and rng.random() < 0.5
    for img, ph in pages:
        a = np.asarray(img).astype(np.float32)
        h, w = a.shape[:2]
        if kind == "scan":
            s = rng.choice([0.75, 0.85, 1.0])
            ang = math.radians(rng.uniform(-1.4, 1.4))
            cx, cy = w / 2, h / 2
            ow, oh = int(w * s), int(h * s)
            Rm = np.array([[math.cos(ang), -math.sin(ang), 0], [math.sin(ang), math.cos(ang), 0], [0, 0, 1]])
            Tm1 = np.array([[1, 0, -cx], [0, 1, -cy], [0, 0, 1]])
            Tm2 = np.array([[s, 0, ow / 2 + rng.uniform(-8, 8)], [0, s, oh / 2 + rng.uniform(-8, 8)], [0, 0, 1]])
            Hm = Tm2 @ Rm @ Tm1
            paper = rng.uniform(236, 250)
            outa = cv2.warpPerspective(a, Hm, (ow, oh), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(255, 255, 255))
            outa = outa * (paper / 255.0)
            # toner: darken blacks slightly unevenly, copier streak
            outa += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 8), outa.shape).astype(np.float32)
            if rng.random() < 0.5:
                x0 = rng.randint(0, ow - 3)
                outa[:, x0:x0 + 2] *= 0.93
            # dark edge at top from copier lid
            edge = rng.randint(0, 12)
            if edge:
                outa[:edge] *= 0.55
        else:
            s = rng.uniform(0.8, 0.95)
            ow, oh = int(w * 1.12 * s), int(h * 1.10 * s)
            src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
            mx, my = ow * 0.05, oh * 0.045
            j = lambda: rng.uniform(-1, 1)
            dst = np.float32([[mx + j() * mx * 0.8, my + j() * my * 0.8], [ow - mx + j() * mx * 0.8, my + j() * my * 0.6],
                              [ow - mx + j() * mx * 0.6, oh - my + j() * my * 0.8], [mx + j() * mx * 0.6, oh - my + j() * my * 0.6]])
            Hm = cv2.getPerspectiveTransform(src, dst).astype(np.float64)
            bgc = rng.choice([(92, 70, 52), (60, 60, 64), (170, 160, 150), (120, 95, 70)])
            bg = np.zeros((oh, ow, 3), np.float32) + np.array(bgc, np.float32)
            bg += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 10, bg.shape).astype(np.float32)
            warped = cv2.warpPerspective(a, Hm, (ow, oh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0))
            mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (ow, oh), flags=cv2.INTER_LINEAR)
            mask = mask[..., None]
            outa = warped * mask + bg * (1 - mask)
            # uneven light: gradient + vignette + warm cast
            yy, xx = np.mgrid[0:oh, 0:ow].astype(np.float32)
            lx, ly = rng.uniform(0, ow), rng.uniform(0, oh)
            dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / math.hypot(ow, oh)
            light = 1.08 - rng.uniform(0.35, 0.6) * dist
            outa = outa * light[..., None] * np.array([1.0, rng.uniform(0.95, 0.99), rng.uniform(0.86, 0.94)], np.float32)
            if rng.random() < 0.5:  # soft shadow of the phone/hand
                sx = rng.randint(0, ow // 2)
                outa[:, sx:sx + ow // 3] *= 0.85
            outa += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 5, outa.shape).astype(np.float32)
        outa = np.clip(outa, 0, 255).astype(np.uint8)
        im = Image.fromarray(outa)
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.35, 0.7) if kind == "scan" else rng.uniform(0.6, 1.1)))
        if gray:
            im = im.convert("L")
        outs.append(im)
        geo.append(dict(dpi=dpi, H=Hm.tolist(), page_h=ph, size=[im.width, im.height], kind=kind))
    save_images(outs, out_path, fmt, rng, dpi)
    return geo


def save_images(outs, out_path, fmt, rng, dpi=150):
    if fmt == "jpeg":
        outs[0].save(out_path, "JPEG", quality=rng.randint(55, 85))
    elif fmt == "png":
        outs[0].save(out_path, "PNG", optimize=True)
    else:
        # scanner "scan to PDF": JPEG-compressed pages wrapped in a PDF
        tmp = []
        for im in outs:
            b = io.BytesIO()
            im.save(b, "JPEG", quality=rng.randint(50, 75))
            b.seek(0)
            from PIL import Image
            tmp.append(Image.open(b).convert(im.mode))
        tmp[0].save(out_path, "PDF", save_all=True, append_images=tmp[1:], resolution=float(dpi),
                    producer=rng.choice(["Scan2PDF Copier MFP-4521", "DocuScan Office Series", "MFP ScanStation"]),
                    title="Scan")


# ----------------------------------------------------------------------------------
# locating printed strings in PDFs
# ----------------------------------------------------------------------------------
def find_strings(pdf_path, text, anchor=None, exact=True):
    """Return list of (page_index, (l,b,r,t) tight box, (l,b,r,t) loose box) for occurrences of text.
    anchor: another string on the same row (used for quantities); only occurrences on that row right of it are returned."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    res = []
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage()
        n = tp.count_chars()
        full = tp.get_text_range(0, n) if n else ""
        rows = []
        if anchor:
            s = tp.search(anchor, match_case=True)
            o = s.get_next()
            while o:
                bx = [tp.get_charbox(k) for k in range(o[0], o[0] + o[1])]
                rows.append((min(b[1] for b in bx), max(b[3] for b in bx), max(b[2] for b in bx)))
                o = s.get_next()
            if not rows:
                continue
        s = tp.search(text, match_case=True)
        o = s.get_next()
        while o:
            i0, cnt = o
            before = tp.get_text_range(i0 - 1, 1) if i0 > 0 else " "
            after = tp.get_text_range(i0 + cnt, 1) if i0 + cnt < n else " "
            ok = True
            if exact and (before[-1:].isdigit() or after[:1].isdigit() or before[-1:] in ",." or (after[:1] in ",." and (i0 + cnt + 1 < n and tp.get_text_range(i0 + cnt + 1, 1).isdigit()))):
                ok = False
            if ok:
                tb = [tp.get_charbox(k) for k in range(i0, i0 + cnt)]
                lb = [tp.get_charbox(k, loose=True) for k in range(i0, i0 + cnt)]
                tight = (min(b[0] for b in tb), min(b[1] for b in tb), max(b[2] for b in tb), max(b[3] for b in tb))
                loose = (min(b[0] for b in lb), min(b[1] for b in lb), max(b[2] for b in lb), max(b[3] for b in lb))
                if anchor:
                    cy = (tight[1] + tight[3]) / 2
                    if not any(r[0] - 3 <= cy <= r[1] + 3 and tight[0] > r[2] for r in rows):
                        ok = False
                if ok:
                    res.append((pi, tight, loose, [tp.get_charbox(k, loose=True) for k in range(i0, i0 + cnt)]))
            o = s.get_next()
    pdf.close()
    return res


def all_chars(pdf_path, page=0):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[page].get_textpage()
    out = [(tp.get_text_range(k, 1), tp.get_charbox(k), tp.get_charbox(k, loose=True)) for k in range(tp.count_chars())]
    pdf.close()
    return out


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    s = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    n = len(pdf)
    pdf.close()
    return s, n


# ----------------------------------------------------------------------------------
# edit engines
# ----------------------------------------------------------------------------------
def _anchor_rows(pdf_path, anchor):
    hits = find_strings(pdf_path, anchor, exact=False)
    return [(h[0], h[1][1], h[1][3]) for h in hits]


def content_replace(pdf_path, reps):
    """Edit literal strings in the page content streams.  Returns {page_index: new content bytes}."""
    import pikepdf
    out = {}
    pdf = pikepdf.open(pdf_path)
    rowinfo = {}
    for rp in reps:
        if rp.get("anchor"):
            rowinfo[rp["anchor"]] = _anchor_rows(pdf_path, rp["anchor"])
    for pi, page in enumerate(pdf.pages):
        ops = pikepdf.parse_content_stream(page)
        changed = False
        cur_y = None
        new_ops = []
        for operands, op in ops:
            opn = str(op)
            if opn == "Tm":
                cur_y = float(operands[5])
            elif opn == "Td":
                cur_y = float(operands[1]) if cur_y is None or True else cur_y
            if opn in ("Tj", "'", '"', "TJ"):
                def fix(sobj):
                    nonlocal changed
                    raw = bytes(sobj)
                    try:
                        txt = raw.decode("cp1252")
                    except UnicodeDecodeError:
                        return sobj
                    for rp in reps:
                        if rp.get("anchor"):
                            if txt != rp["old"]:
                                continue
                            rows = [r for r in rowinfo[rp["anchor"]] if r[0] == pi]
                            if cur_y is None or not any(r[1] - 4 <= cur_y <= r[2] + 2 for r in rows):
                                continue
                            txt = rp["new"]
                            changed = True
                        elif rp["old"] in txt:
                            txt = txt.replace(rp["old"], rp["new"])
                            changed = True
                    return pikepdf.String(txt.encode("cp1252"))
                if opn == "TJ":
                    arr = pikepdf.Array([fix(x) if isinstance(x, pikepdf.String) else x for x in operands[0]])
                    operands = [arr]
                else:
                    operands = list(operands[:-1]) + [fix(operands[-1])]
            new_ops.append((operands, op))
        if changed:
            out[pi] = pikepdf.unparse_content_stream(new_ops)
    pdf.close()
    return out


def edit_pikepdf(src, dst, reps, meta_producer=None):
    import pikepdf
    newc = content_replace(src, reps)
    pdf = pikepdf.open(src)
    for pi, data in newc.items():
        pg = pdf.pages[pi]
        pg.obj.Contents = pdf.make_stream(data)
    if meta_producer:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            pass
        pdf.docinfo["/Producer"] = meta_producer
    pdf.save(dst)
    pdf.close()
    return bool(newc)


def edit_incremental(src, dst, reps):
    import pypdf
    from pypdf.generic import StreamObject, NameObject
    newc = content_replace(src, reps)
    w = pypdf.PdfWriter(src, incremental=True)
    for pi, data in newc.items():
        so = StreamObject()
        so.set_data(data)
        ref = w._add_object(so)
        w.pages[pi][NameObject("/Contents")] = ref
    w.write(dst)
    return bool(newc)


def locate(src, reps):
    """boxes to cover for each replacement: list of (page, tight, loose, charboxes, rep)"""
    out = []
    for rp in reps:
        hits = find_strings(src, rp["old"], anchor=rp.get("anchor"), exact=rp.get("exact", True))
        if rp.get("first_only") and hits:
            hits = hits[:1]
        for h in hits:
            out.append((h[0], h[1], h[2], h[3], rp))
    return out


def _needs_unicode(s):
    try:
        s.encode("cp1252")
        return False
    except UnicodeEncodeError:
        return True


def overlay_pdf_bytes(src, placements, rng, font_choice="Helvetica"):
    """reportlab overlay: white boxes + new text for every placement; returns {page: pdf bytes}"""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader
    rd = PdfReader(src)
    pages = {}
    for pl in placements:
        pages.setdefault(pl[0], []).append(pl)
    out = {}
    for pi, pls in pages.items():
        mb = rd.pages[pi].mediabox
        b = io.BytesIO()
        c = canvas.Canvas(b, pagesize=(float(mb.width), float(mb.height)))
        for (_, tight, loose, cbs, rp) in pls:
            new = rp["new"]
            fnt = font_choice
            if _needs_unicode(new) or _needs_unicode(rp["old"]):
                rl_fonts(); fnt = "DVS"
                if any(ord(ch) > 0x2E80 for ch in new):
                    from reportlab.pdfbase import pdfmetrics
                    from reportlab.pdfbase.ttfonts import TTFont
                    try:
                        pdfmetrics.getFont("WQY")
                    except KeyError:
                        pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
                    fnt = "WQY"
            lh = loose[3] - loose[1]
            fs = max(5.0, lh / 1.16)
            pad = 0.8
            c.setFillColorRGB(1, 1, 1)
            c.rect(loose[0] - pad, loose[1] - pad, (loose[2] - loose[0]) + 2 * pad, lh + 2 * pad, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            c.setFont(fnt, fs)
            base = loose[1] + (lh - fs) / 2 + fs * 0.2
            if rp.get("align", "r") == "r":
                c.drawRightString(loose[2], base, new)
            else:
                c.drawString(loose[0], base, new)
        c.showPage()
        c.save()
        out[pi] = b.getvalue()
    return out


def edit_overlay(src, dst, reps, rng, producer_tag=None):
    from pypdf import PdfReader, PdfWriter
    placements = locate(src, reps)
    if not placements:
        return False
    ov = overlay_pdf_bytes(src, placements, rng)
    rd = PdfReader(src)
    w = PdfWriter(clone_from=rd)
    for pi, page in enumerate(w.pages):
        if pi in ov:
            page.merge_page(PdfReader(io.BytesIO(ov[pi])).pages[0])
    if rd.metadata:
        md = {k: v for k, v in rd.metadata.items() if isinstance(v, str)}
        if producer_tag:
            md["/Producer"] = producer_tag
        w.add_metadata(md)
    w.write(dst)
    return True


def edit_online_editor(src, dst, reps, rng):
    """What a browser PDF editor does: append a second content stream with a white rectangle and
    new text in its own font resource, then save the whole file again with its producer string."""
    import pikepdf
    placements = locate(src, reps)
    if not placements:
        return False
    pdf = pikepdf.open(src)
    for pi in sorted(set(p[0] for p in placements)):
        page = pdf.pages[pi]
        font = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                    BaseFont=pikepdf.Name("/Helvetica"), Encoding=pikepdf.Name.WinAnsiEncoding))
        fname = page.add_resource(font, pikepdf.Name.Font, prefix="FxE")
        parts = [b"q"]
        for (_, tight, loose, cbs, rp) in [p for p in placements if p[0] == pi]:
            lh = loose[3] - loose[1]
            fs = max(5.0, lh / 1.16)
            parts.append(b"1 1 1 rg %.2f %.2f %.2f %.2f re f" % (loose[0] - 1, loose[1] - 1, loose[2] - loose[0] + 2, lh + 2))
            from reportlab.pdfbase.pdfmetrics import stringWidth
            wdt = stringWidth(rp["new"], "Helvetica", fs)
            x = loose[2] - wdt if rp.get("align", "r") == "r" else loose[0]
            txt = rp["new"].encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            parts.append(b"BT 0 0 0 rg %s %.2f Tf 1 0 0 1 %.2f %.2f Tm (%s) Tj ET" % (str(fname).encode(), fs, x, loose[1] + (lh - fs) / 2 + fs * 0.2, txt))
        parts.append(b"Q")
        # isolate the original graphics state first (its CTM may be left modified)
        page.contents_add(pdf.make_stream(b"q\n"), prepend=True)
        page.contents_add(pdf.make_stream(b"Q\n" + b"\n".join(parts)), prepend=False)
    pdf.docinfo["/Producer"] = rng.choice(["SwiftPDF Online Editor 4.2", "EditMyPDF web 2.7.1", "PDF-Fixer.online"])
    pdf.docinfo["/ModDate"] = "D:2026" + f"{rng.randint(10, 11)}{rng.randint(10, 28)}1{rng.randint(0, 9)}{rng.randint(10, 59)}05Z"
    pdf.save(dst)
    pdf.close()
    return True


def edit_roundtrip(src, dst, reps, kind):
    """kind 'word': PDF -> DOCX (LibreOffice PDF import) -> edit text -> PDF.
       kind 'draw': PDF -> ODG -> edit text -> PDF."""
    work = os.path.join(BUILD, "rt_" + os.path.basename(dst).replace(".pdf", ""))
    os.makedirs(work, exist_ok=True)
    base = os.path.join(work, "in.pdf")
    shutil.copy(src, base)
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    if kind == "word":
        filt, ext, member = "writer_pdf_import", "docx", "word/document.xml"
    else:  # PDF -> ODT (what the free 'PDF to Word' converters hand back) -> PDF
        filt, ext, member = "writer_pdf_import", "odt", "content.xml"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", f"--infilter={filt}", "--convert-to", ext, "--outdir", work, base],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    mid = os.path.join(work, "in." + ext)
    if not os.path.exists(mid):
        return False
    zin = zipfile.ZipFile(mid)
    ed = os.path.join(work, "edited." + ext)
    zout = zipfile.ZipFile(ed, "w", zipfile.ZIP_DEFLATED)
    hit = False
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == member:
            s = data.decode("utf-8")
            for rp in reps:
                o, nw = xesc(rp["old"]), xesc(rp["new"])
                if rp.get("anchor"):
                    # quantity: the run holding exactly the old value on the row of the anchor -> first exact run after anchor
                    ia = s.find(xesc(rp["anchor"]))
                    if ia < 0:
                        continue
                    m = re.compile(r">" + re.escape(o) + r"<").search(s, ia)
                    if m:
                        s = s[:m.start()] + ">" + nw + "<" + s[m.end():]
                        hit = True
                elif o in s:
                    s = s.replace(o, nw)
                    hit = True
            data = s.encode("utf-8")
        if item.filename == "mimetype":
            zout.writestr(item, data, compress_type=zipfile.ZIP_STORED)
        else:
            zout.writestr(item, data)
    zout.close()
    if not hit:
        return False
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", work, ed],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    outp = os.path.join(work, "edited.pdf")
    if not os.path.exists(outp):
        return False
    shutil.copy(outp, dst)
    return True


# ---- image edits on scans / photos --------------------------------------------------
def _map_pts(geo, pts):
    import numpy as np, cv2
    k = geo["dpi"] / 72.0
    P = np.float32([[[x * k, (geo["page_h"] - y) * k] for x, y in pts]])
    return cv2.perspectiveTransform(P, np.array(geo["H"], np.float64))[0]


def _box_poly(geo, box):
    l, b, r, t = box
    return _map_pts(geo, [(l, t), (r, t), (r, b), (l, b)])


def edit_image_paste(img_path, dst, geo, placements, rng, fmt):
    """Cover the old text with locally estimated paper colour and draw the new text, warped
    with the page geometry so it sits on the (rotated / skewed) line, then re-save."""
    import numpy as np, cv2
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    im = Image.open(img_path)
    mode = im.mode
    a = np.asarray(im.convert("RGB")).astype(np.float32)
    k = geo["dpi"] / 72.0
    Hm = np.array(geo["H"], np.float64)
    for (_, tight, loose, cbs, rp) in placements:
        l, b, r, t = loose
        pad = 1.5
        # patch in rendered-page pixel space
        pw, ph_ = int((r - l + 2 * pad) * k) + 40, int((t - b + 2 * pad) * k) + 2
        fs_px = (t - b) / 1.16 * k
        font = ImageFont.truetype(R.choice([DEJAVU, "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf"]), max(6, int(round(fs_px))))
        txt_mask = Image.new("L", (pw, ph_), 0)
        dr = ImageDraw.Draw(txt_mask)
        tw = dr.textlength(rp["new"], font=font)
        right_px = (r - l + pad) * k
        x0 = right_px - tw if rp.get("align", "r") == "r" else pad * k
        dr.text((x0, (ph_ - fs_px * 1.16) / 2), rp["new"], font=font, fill=255)
        box_mask = Image.new("L", (pw, ph_), 0)
        ImageDraw.Draw(box_mask).rectangle([0, 0, int((r - l + 2 * pad) * k), ph_ - 1], fill=255)
        box_mask = Image.composite(box_mask, Image.new("L", (pw, ph_), 0), Image.new("L", (pw, ph_), 255))
        # paste origin in rendered page space
        ox, oy = (l - pad) * k, (geo["page_h"] - t - pad) * k
        T = np.array([[1, 0, ox], [0, 1, oy], [0, 0, 1]], np.float64)
        M = Hm @ T
        W_, H_ = a.shape[1], a.shape[0]
        bm = cv2.warpPerspective(np.asarray(box_mask, np.float32) / 255, M, (W_, H_))
        tm = cv2.warpPerspective(np.asarray(txt_mask, np.float32) / 255, M, (W_, H_))
        ys, xs = np.where(bm > 0.5)
        if len(ys) == 0:
            continue
        y0, y1, x0_, x1 = max(0, ys.min() - 6), min(H_, ys.max() + 7), max(0, xs.min() - 6), min(W_, xs.max() + 7)
        region = a[y0:y1, x0_:x1]
        ring = region[bm[y0:y1, x0_:x1] < 0.05]
        paper = np.median(ring, axis=0) if len(ring) else np.array([240, 240, 240], np.float32)
        inside = region[bm[y0:y1, x0_:x1] > 0.5]
        ink = np.percentile(inside, 3, axis=0) if len(inside) else np.array([40, 40, 40], np.float32)
        bm3, tm3 = bm[..., None], np.clip(tm * 1.1, 0, 1)[..., None]
        noise = np.random.default_rng(rng.randint(0, 10**6)).normal(0, 2.5, a.shape).astype(np.float32)
        a = a * (1 - bm3) + (paper + noise) * bm3
        a = a * (1 - tm3) + ink * tm3
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(0.4))
    if mode == "L":
        out = out.convert("L")
    if fmt == "jpeg":
        out.save(dst, "JPEG", quality=rng.randint(80, 92))
    else:
        out.save(dst, "PNG")
    return True


def edit_image_clone(img_path, dst, geo, src_pdf, digit_reps, rng, fmt):
    """digit_reps: list of (char_loose_box_target, new_char).  Copy the pixels of the same digit
    printed elsewhere on the page (same size) over the target digit."""
    import numpy as np, cv2
    from PIL import Image
    im = Image.open(img_path)
    mode = im.mode
    a = np.asarray(im.convert("RGB")).copy()
    chars = all_chars(src_pdf, 0)
    done = 0
    for tbox, newch in digit_reps:
        th = tbox[3] - tbox[1]
        cands = [c for c in chars if c[0] == newch and abs((c[2][3] - c[2][1]) - th) < 0.6 and abs(c[2][1] - tbox[1]) > 2]
        if not cands:
            continue
        sbox = cands[rng.randrange(len(cands))][2]
        sp, tp_ = _box_poly(geo, sbox), _box_poly(geo, tbox)
        sx0, sy0 = np.floor(sp.min(0)).astype(int); sx1, sy1 = np.ceil(sp.max(0)).astype(int)
        tx0, ty0 = np.floor(tp_.min(0)).astype(int); tx1, ty1 = np.ceil(tp_.max(0)).astype(int)
        patch = a[sy0:sy1, sx0:sx1]
        if patch.size == 0 or ty1 <= ty0 or tx1 <= tx0:
            continue
        patch = cv2.resize(patch, (tx1 - tx0, ty1 - ty0), interpolation=cv2.INTER_LINEAR)
        a[ty0:ty1, tx0:tx1] = patch
        done += 1
    out = Image.fromarray(a)
    if mode == "L":
        out = out.convert("L")
    if fmt == "jpeg":
        out.save(dst, "JPEG", quality=rng.randint(78, 92))
    else:
        out.save(dst, "PNG")
    return done == len(digit_reps)


# ----------------------------------------------------------------------------------
# plan
# ----------------------------------------------------------------------------------
def plan_genuine():
    specs = []

    def add(lang, producer, doc_type="invoice", **kw):
        specs.append(dict(lang=lang, producer=producer, doc_type=doc_type, **kw))

    # --- non-invoices (10)
    add("en", "reportlab", "packing_list", supplier=SUPPLIERS["en"][1])
    add("zh", "weasyprint_html", "packing_list")
    add("es", "soffice_docx", "purchase_order")
    add("de", "fpdf2", "quotation")
    add("ja", "chromium_html", "quotation")
    add("es", "soffice_calc", "delivery_note")
    add("fr", "scan_jpeg", "delivery_note", src="reportlab")
    add("it", "soffice_calc", "price_list")
    add("es", "reportlab", "letter")
    add("nl", "weasyprint_html", "purchase_order")
    # --- proformas (3), credit notes (5), receipts (6), tax invoices (3)
    add("en", "weasyprint_html", "proforma", supplier=SUPPLIERS["en"][2])
    add("it", "soffice_docx", "proforma")
    add("pl", "fpdf2", "proforma")
    add("es", "reportlab", "credit_note")
    add("es", "fpdf2", "credit_note")
    add("de", "weasyprint_html", "credit_note")
    add("fr", "chromium_html", "credit_note")
    add("it", "scan_pdf", "credit_note", src="weasyprint_html")
    add("es", "fpdf2", "receipt", style="ticket")
    add("es", "phone_photo", "receipt", src="fpdf2_ticket")
    add("de", "fpdf2", "receipt", style="ticket")
    add("fr", "fpdf2", "receipt", style="ticket")
    add("nl", "scan_png", "receipt", src="fpdf2_ticket")
    add("pl", "fpdf2", "receipt", style="ticket")
    add("zh", "weasyprint_html", "tax_invoice")
    add("zh", "chromium_html", "tax_invoice")
    add("zh", "scan_jpeg", "tax_invoice", src="weasyprint_html")
    # --- ordinary invoices: fill producer quotas
    quota = {"weasyprint_html": 22, "chromium_html": 12, "reportlab": 21, "fpdf2": 9, "soffice_calc": 8, "soffice_docx": 8,
             "scan_jpeg": 4, "scan_png": 2, "scan_pdf": 4, "phone_photo": 5}
    langs = (["es"] * 22 + ["it"] * 11 + ["fr"] * 10 + ["de"] * 11 + ["nl"] * 8 + ["pl"] * 7 + ["en"] * 19 + ["zh"] * 2 + ["ja"] * 5)
    R.shuffle(langs)
    prods = [p for p, n in quota.items() for _ in range(n)]
    R.shuffle(prods)
    # CJK only through HTML engines (and scans of those)
    cjk = [l for l in langs if l in ("zh", "ja")]
    other = [l for l in langs if l not in ("zh", "ja")]
    html_slots = [i for i, p in enumerate(prods) if p in ("weasyprint_html", "chromium_html")]
    assign = [None] * len(prods)
    for i, l in zip(html_slots[:len(cjk)], cjk):
        assign[i] = l
    it = iter(other)
    for i in range(len(prods)):
        if assign[i] is None:
            assign[i] = next(it)
    for p, l in zip(prods, assign):
        src = None
        if p.startswith("scan") or p == "phone_photo":
            src = R.choice(["reportlab", "weasyprint_html", "fpdf2", "soffice_docx"]) if l not in ("zh", "ja") else "weasyprint_html"
        add(l, p, "invoice", src=src)
    # multi-page and arithmetic mistakes
    inv_idx = [i for i, s in enumerate(specs) if s["doc_type"] == "invoice"]
    mp = [i for i in inv_idx if specs[i]["producer"] in ("reportlab", "weasyprint_html", "fpdf2", "soffice_calc", "soffice_docx", "chromium_html", "scan_pdf")]
    R.shuffle(mp)
    for i in mp[:13]:
        specs[i]["nlines"] = R.randint(28, 60)
    cand = [i for i in inv_idx if specs[i].get("nlines") is None]
    R.shuffle(cand)
    kinds = ["line", "tax", "total", "sum", "line", "total", "tax", "sum"]
    for i, k in zip(cand[:8], kinds):
        specs[i]["arith"] = k
    return specs


def label_for(doc, vm, spec):
    dt_ = doc["doc_type"]
    non_money = dt_ in ("packing_list", "delivery_note", "price_list", "letter")
    lab = dict(file=None, genuine=True, edit_method=None, what_changed=[], producer=spec["producer"], language=doc["lang"],
               is_invoice=dt_ in ("invoice", "tax_invoice", "receipt", "credit_note"),
               doc_type={"price_list": "other", "letter": "other"}.get(dt_, dt_),
               date=doc["date"].isoformat(), total=None if non_money else f"{doc['total']:.{doc['dec']}f}" if doc["dec"] else f"{doc['total']:.0f}",
               currency=None if non_money else doc["currency"], supplier=doc["supplier"][0], buyer=doc["buyer"][0], pages=None,
               edit_before_capture=False, arithmetic_error=bool(doc.get("arith_error")))
    if dt_ == "price_list":
        lab["buyer"] = None
    return lab


def special_vm(doc, vm):
    """adjust view models for price lists, purchase orders and letters"""
    dt_ = doc["doc_type"]
    lang = doc["lang"]
    if dt_ == "price_list":
        vm["title"] = "LISTINO PREZZI 2026 - RIVENDITORI"
        vm["cols"] = ["Cod. art.", "Descrizione", "Conf.", "Prezzo netto"]
        vm["aligns"] = ["l", "l", "r", "r"]
        vm["rows"] = [[ln["sku"], ln["desc"], str(R.choice([1, 6, 12, 24])), money(doc, ln["price"])] for ln in doc["lines"]]
        vm["totals"] = []
        vm["notes"] = ["Prezzi IVA esclusa, franco magazzino. Ordine minimo € 250,00.", "Listino valido dal " + vm["date_s"] + " salvo variazioni."]
        vm["meta"] = [("Data", vm["date_s"])]
        vm["customer_label"] = "Riservato a"
        vm["total_s"] = None
    elif dt_ == "purchase_order":
        # issued by the buyer to the supplier
        vm["supplier"], vm["buyer"] = doc["buyer"], doc["supplier"]
        vm["customer_label"] = {"es": "Proveedor", "nl": "Leverancier"}.get(lang, "Supplier")
        vm["bank"] = ""
        vm["footer"] = [f"{doc['buyer'][0]} · {doc['buyer'][1][0]} · {doc['buyer'][2]}"]
    elif dt_ == "letter":
        vm["title"] = "RECLAMACIÓN DE PAGO"
    return vm


def render_letter(doc, vm, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setCreator("Writer")
    sup, buy = doc["supplier"], doc["buyer"]
    c.setFont("Times-Bold", 13); c.drawString(60, H - 70, sup[0])
    c.setFont("Times-Roman", 10)
    y = H - 86
    for a in sup[1] + ["CIF " + sup[2]]:
        c.drawString(60, y, a); y -= 12
    y = H - 170
    for a in [buy[0]] + buy[1]:
        c.drawString(330, y, a); y -= 13
    c.drawString(60, H - 250, f"Valencia, {fmt_date(doc['date'], 'long_es')}")
    inv = doc["number"]
    amt = money(doc, doc["total"], True)
    body = ["Asunto: recordatorio de pago pendiente", "",
            "Muy señores nuestros:", "",
            f"Según nuestros registros, la factura {inv} por importe de {amt} continúa pendiente de pago",
            "a fecha de hoy. Les rogamos que procedan a su abono mediante transferencia a la cuenta",
            f"{sup[3]} en un plazo de diez días.", "",
            "Si ya han realizado el pago, les pedimos disculpas y que ignoren este escrito.", "",
            "Atentamente,", "", "", "Departamento de Administración"]
    y = H - 290
    for line in body:
        c.drawString(60, y, line); y -= 15
    c.showPage(); c.save()


def render_genuine(spec, idx):
    doc_type = spec["doc_type"]
    dtype_model = {"price_list": "invoice", "letter": "invoice"}.get(doc_type, doc_type)
    kw = {}
    if spec.get("supplier"):
        kw["supplier"] = spec["supplier"]
    if doc_type == "letter":
        kw["tax_mode"] = "vat"
    doc = make_doc(spec["lang"], dtype_model, nlines=spec.get("nlines") or (R.randint(10, 16) if doc_type == "price_list" else None),
                   arith_error=spec.get("arith"), **kw)
    if dtype_model == "invoice" and spec.get("arith") == "tax" and not doc["taxes"]:
        doc["arith_error"] = "total"; compute(doc)
    doc["doc_type"] = doc_type
    vm = build_vm(dict(doc, doc_type=dtype_model))
    vm["title"] = T[doc["lang"]].get(doc_type, vm["title"]) if doc_type not in ("price_list", "letter") else vm["title"]
    vm = special_vm(doc, vm)
    prod = spec["producer"]
    base = os.path.join(BUILD, f"g{idx:03d}")
    src_kind = spec.get("src")
    engine = prod if not (prod.startswith("scan") or prod == "phone_photo") else (src_kind or "reportlab")
    pdf_path = base + ".pdf"
    info = dict(engine=engine, literal=False)
    if doc_type == "letter":
        render_letter(doc, vm, pdf_path); info["literal"] = False
    elif engine == "reportlab":
        render_reportlab(doc, vm, pdf_path, style=R.choice(["classic", "classic", "serif"]))
        info["literal"] = doc["lang"] != "pl"
    elif engine in ("fpdf2", "fpdf2_ticket"):
        render_fpdf(doc, vm, pdf_path, style="ticket" if (spec.get("style") == "ticket" or engine == "fpdf2_ticket") else "a4")
        info["literal"] = doc["lang"] != "pl"
    elif engine == "weasyprint_html":
        style = "fapiao" if doc_type == "tax_invoice" and doc["lang"] == "zh" else ("cjk" if doc["lang"] in ("zh", "ja") else R.choice(["ledger", "clean", "erp"]))
        render_weasy(doc, vm, pdf_path, style)
    elif engine == "chromium_html":
        style = "fapiao" if doc_type == "tax_invoice" and doc["lang"] == "zh" else ("cjk" if doc["lang"] in ("zh", "ja") else R.choice(["ledger", "clean", "erp"]))
        note = None
        if R.random() < 0.7 and doc["lang"] not in ("zh",):
            later = doc["date"] + dt.timedelta(days=R.randint(60, 200))
            later = min(later, dt.date(2026, 11, 30))
            note = {"es": "Copia descargada del portal de clientes el {d}", "it": "Copia scaricata dall'area clienti il {d}", "fr": "Duplicata téléchargé depuis l'espace client le {d}",
                    "de": "Kopie aus dem Kundenportal heruntergeladen am {d}", "nl": "Kopie gedownload uit het klantenportaal op {d}", "pl": "Kopia pobrana z portalu klienta {d}",
                    "en": "Copy downloaded from customer portal on {d}", "ja": "顧客ポータルよりダウンロード {d}"}[doc["lang"]].format(d=fmt_date(later, doc["date_fmt"]) + f" {R.randint(7, 19):02d}:{R.randint(0, 59):02d}")
            info["portal_redownload"] = later.isoformat()
        render_chromium(doc, vm, pdf_path, style, portal_note=note)
    elif engine in ("soffice_calc", "soffice_docx"):
        ext = ".fods" if engine == "soffice_calc" else ".docx"
        (build_fods if engine == "soffice_calc" else build_docx)(doc, vm, base + ext)
        info["office_src"] = base + ext
    return doc, vm, pdf_path, info


def pick_total_change(doc, rng):
    tot = doc["total"]
    if doc["dec"] == 0:
        new = Decimal(int(tot * Decimal(rng.choice(["0.55", "0.7", "1.6", "2.2"]))))
    else:
        new = q2(tot * Decimal(rng.choice(["0.45", "0.62", "0.8", "1.35", "1.9"])))
    return new


def plan_edit(doc, vm, fields, rng):
    """returns reps, what_changed, label updates"""
    reps, changed, upd = [], [], {}
    lang = doc["lang"]
    for f in fields:
        if f == "buyer":
            pool = [b for b in BUYERS if b[0] != doc["buyer"][0] and not _needs_unicode(b[0])]
            nb = rng.choice(pool)[0]
            reps.append(dict(old=doc["buyer"][0], new=nb, align="l", exact=False))
            changed.append("buyer"); upd["buyer"] = nb
        elif f == "supplier":
            ns = rng.choice(["Iberia Wholesale Trading S.L.", "EuroHome Distribution GmbH", "Mediterranea Forniture S.r.l.", "Atlantic Goods Supply Ltd"])
            reps.append(dict(old=doc["supplier"][0], new=ns, align="l", exact=False))
            changed.append("supplier"); upd["supplier"] = ns
        elif f == "date":
            nd = doc["date"] + dt.timedelta(days=rng.choice([-95, -60, -41, 33, 47, 88]))
            nd = min(nd, dt.date(2026, 11, 20))
            reps.append(dict(old=vm["date_s"], new=fmt_date(nd, doc["date_fmt"]), align="r", exact=False, first_only=True))
            changed.append("date"); upd["date"] = nd.isoformat()
        elif f == "total":
            new = pick_total_change(doc, rng)
            reps.append(dict(old=money(doc, doc["total"]), new=money(doc, new), align="r"))
            changed.append("total"); upd["total"] = f"{new:.{doc['dec']}f}"
        elif f in ("quantity", "quantity_total"):
            ln_i = rng.randrange(len(doc["lines"]))
            ln = doc["lines"][ln_i]
            st = LOC[lang]["num"]
            nq = ln["qty"] * rng.choice([2, 3, 5, 10]) if ln["qty"] < 50 else ln["qty"] + rng.choice([100, 250, 500])
            anchor = vm["rows"][ln_i][1][:18]
            reps.append(dict(old=fmt_qty(ln["qty"], st), new=fmt_qty(nq, st), anchor=anchor, align="r"))
            changed.append("quantity")
            if f == "quantity_total":
                # careful seller: line amount, subtotal and total changed too (only used where no tax lines)
                na = q2(nq * ln["price"] * (1 - ln["disc"] / 100)) if doc["dec"] else Decimal(int(nq * ln["price"]))
                diff = na - ln["amount"]
                reps.append(dict(old=money(doc, ln["amount"]), new=money(doc, na), anchor=anchor, align="r"))
                ns_ = doc["subtotal"] + diff
                nt = doc["total"] + diff
                if money(doc, doc["subtotal"]) != money(doc, doc["total"]):
                    reps.append(dict(old=money(doc, doc["subtotal"]), new=money(doc, ns_), align="r"))
                reps.append(dict(old=money(doc, doc["total"]), new=money(doc, nt), align="r"))
                changed += ["line_amount", "total"]
                upd["total"] = f"{nt:.{doc['dec']}f}"
    return reps, changed, upd


EDIT_PLAN = [
    # (method, allowed source producers, fields)
    ("pikepdf_text_replace", ("reportlab",), ["total"]),
    ("pikepdf_text_replace", ("reportlab",), ["buyer"]),
    ("pikepdf_text_replace", ("reportlab",), ["quantity"]),
    ("pikepdf_text_replace", ("reportlab",), ["date", "total"]),
    ("pikepdf_text_replace", ("reportlab",), ["quantity_total"]),
    ("pikepdf_text_replace", ("fpdf2",), ["total"]),
    ("pikepdf_text_replace", ("fpdf2",), ["buyer"]),
    ("pikepdf_text_replace", ("reportlab",), ["supplier"]),
    ("incremental_update", ("reportlab",), ["total"]),
    ("incremental_update", ("reportlab",), ["date"]),
    ("incremental_update", ("fpdf2",), ["quantity"]),
    ("incremental_update", ("reportlab",), ["buyer", "total"]),
    ("incremental_update", ("fpdf2",), ["date"]),
    ("overlay_whitebox", ("weasyprint_html",), ["total"]),
    ("overlay_whitebox", ("weasyprint_html",), ["buyer"]),
    ("overlay_whitebox", ("weasyprint_html",), ["quantity"]),
    ("overlay_whitebox", ("chromium_html",), ["date"]),
    ("overlay_whitebox", ("chromium_html",), ["total"]),
    ("overlay_whitebox", ("soffice_calc",), ["buyer"]),
    ("overlay_whitebox", ("soffice_docx",), ["total"]),
    ("overlay_whitebox", ("reportlab",), ["quantity_total"]),
    ("online_editor_overlay", ("weasyprint_html",), ["date"]),
    ("online_editor_overlay", ("chromium_html",), ["buyer"]),
    ("online_editor_overlay", ("fpdf2",), ["total"]),
    ("online_editor_overlay", ("soffice_docx",), ["quantity"]),
    ("word_roundtrip", ("weasyprint_html",), ["total"]),
    ("word_roundtrip", ("reportlab",), ["buyer"]),
    ("word_roundtrip", ("soffice_calc",), ["date"]),
    ("odt_roundtrip", ("reportlab",), ["total"]),
    ("odt_roundtrip", ("chromium_html",), ["buyer"]),
    ("image_paste", ("scan_jpeg",), ["total"]),
    ("image_paste", ("scan_png",), ["date"]),
    ("image_paste", ("phone_photo",), ["buyer"]),
    ("image_paste", ("scan_jpeg",), ["quantity"]),
    ("image_clone", ("scan_jpeg", "scan_png"), ["total_digit"]),
    ("image_clone", ("phone_photo", "scan_jpeg", "scan_png"), ["total_digit"]),
    # edits made before printing/scanning
    ("overlay_whitebox", ("reportlab", "weasyprint_html"), ["total"], "scan_jpeg"),
    ("pikepdf_text_replace", ("reportlab",), ["buyer"], "scan_pdf"),
    ("overlay_whitebox", ("weasyprint_html", "soffice_docx"), ["date"], "phone_photo"),
    ("overlay_whitebox", ("fpdf2", "reportlab"), ["quantity_total"], "scan_png"),
]


def main():
    for d in (FILES, BUILD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    if os.path.exists(LABELS):
        os.remove(LABELS)
    specs = plan_genuine()
    recs = []
    print(f"rendering {len(specs)} genuine documents ...", flush=True)
    for i, sp in enumerate(specs):
        doc, vm, pdf_path, info = render_genuine(sp, i)
        recs.append(dict(spec=sp, doc=doc, vm=vm, pdf=pdf_path, info=info, label=label_for(doc, vm, sp)))
    # office documents in one LibreOffice batch
    office = [r["info"]["office_src"] for r in recs if r["info"].get("office_src")]
    soffice_convert(office, BUILD)
    # captures
    crng = random.Random(4242)
    for i, r in enumerate(recs):
        p = r["spec"]["producer"]
        if p.startswith("scan") or p == "phone_photo":
            fmt = {"scan_jpeg": "jpeg", "scan_png": "png", "scan_pdf": "pdf", "phone_photo": "jpeg"}[p]
            out = os.path.join(BUILD, f"g{i:03d}_cap.{ 'jpg' if fmt == 'jpeg' else fmt}")
            r["geo"] = capture(r["pdf"], out, "photo" if p == "phone_photo" else "scan", fmt, crng)
            r["file"] = out
            r["fmt"] = fmt
        else:
            r["file"] = r["pdf"]
            r["fmt"] = "pdf"
        if not os.path.exists(r["file"]):
            print("MISSING", r["file"], r["spec"])
    # ---------------- edits
    erng = random.Random(9090)
    used = set()
    edited = []
    for ei, plan in enumerate(EDIT_PLAN):
        method, allowed, fields = plan[:3]
        capture_as = plan[3] if len(plan) > 3 else None
        pool = [k for k, r in enumerate(recs) if k not in used and r["label"]["producer"] in allowed and r["label"]["is_invoice"]
                and not r["label"]["arithmetic_error"] and r["doc"]["doc_type"] in ("invoice", "tax_invoice", "credit_note", "receipt")]
        if method in ("pikepdf_text_replace", "incremental_update"):
            pool = [k for k in pool if recs[k]["info"].get("literal")]
        if method in ("online_editor_overlay",) or "buyer" in fields or "supplier" in fields:
            pool = [k for k in pool if recs[k]["doc"]["lang"] not in ("zh", "ja")]
        if "quantity_total" in fields:
            pool = [k for k in pool if not recs[k]["doc"]["taxes"] and not any(l["disc"] for l in recs[k]["doc"]["lines"])]
        if method.startswith("image") or capture_as:
            pool = [k for k in pool if len(recs[k]["doc"]["lines"]) <= 20]
        if capture_as == "scan_pdf" or method in ("word_roundtrip", "odt_roundtrip"):
            pool = [k for k in pool if len(recs[k]["doc"]["lines"]) <= 25]
        if fields == ["quantity"] or fields == ["quantity_total"]:
            pool = [k for k in pool if recs[k]["doc"]["doc_type"] != "receipt"]
        if not pool:
            print("no source for", plan)
            continue
        erng.shuffle(pool)
        ok = False
        for k in pool[:6]:
            r = recs[k]
            doc, vm = r["doc"], r["vm"]
            tag = f"e{ei:02d}"
            src_pdf = r["pdf"]
            if fields == ["total_digit"]:
                reps, changed, upd = clone_plan(doc, src_pdf, erng)
                if reps is None:
                    continue
            else:
                reps, changed, upd = plan_edit(doc, vm, fields, erng)
            ext = r["fmt"] if not capture_as else None
            try:
                if method.startswith("image"):
                    out = os.path.join(BUILD, f"{tag}.{'jpg' if r['fmt'] == 'jpeg' else 'png'}")
                    if method == "image_paste":
                        pls = locate(src_pdf, reps)
                        pls = [p for p in pls if p[0] == 0]
                        if len(pls) < len(reps):
                            continue
                        ok = edit_image_paste(r["file"], out, r["geo"][0], pls, erng, r["fmt"])
                    else:
                        ok = edit_image_clone(r["file"], out, r["geo"][0], src_pdf, reps, erng, r["fmt"])
                else:
                    out = os.path.join(BUILD, f"{tag}.pdf")
                    if method == "pikepdf_text_replace":
                        ok = edit_pikepdf(src_pdf, out, reps)
                    elif method == "incremental_update":
                        ok = edit_incremental(src_pdf, out, reps)
                    elif method == "overlay_whitebox":
                        ok = edit_overlay(src_pdf, out, reps, erng)
                    elif method == "online_editor_overlay":
                        ok = edit_online_editor(src_pdf, out, reps, erng)
                    elif method == "word_roundtrip":
                        ok = edit_roundtrip(src_pdf, out, reps, "word")
                    elif method == "odt_roundtrip":
                        ok = edit_roundtrip(src_pdf, out, reps, "odt")
                    if ok:
                        txt, _ = pdf_text(out)
                        ok = all(rp["new"].replace(" ", "") in txt.replace(" ", "").replace("\r", "").replace("\n", "") for rp in reps) if method in ("pikepdf_text_replace", "incremental_update", "word_roundtrip", "odt_roundtrip") else ok
                    if ok and capture_as:
                        fmt = {"scan_jpeg": "jpeg", "scan_png": "png", "scan_pdf": "pdf", "phone_photo": "jpeg"}[capture_as]
                        cap = os.path.join(BUILD, f"{tag}_cap.{'jpg' if fmt == 'jpeg' else fmt}")
                        capture(out, cap, "photo" if capture_as == "phone_photo" else "scan", fmt, erng)
                        out = cap
            except Exception as ex:  # keep going, try the next source
                print("edit failed", method, k, repr(ex)[:200])
                ok = False
            if ok:
                lab = dict(r["label"])
                lab.update(upd)
                lab.update(genuine=False, edit_method=method, what_changed=changed, edit_before_capture=bool(capture_as),
                           arithmetic_error=False, source_file=None)
                if capture_as:
                    lab["producer"] = capture_as
                    lab["edit_method"] = method + "_then_" + ("photo" if capture_as == "phone_photo" else "scan")
                lab["edit_breaks_arithmetic"] = ("total" in changed and "quantity" not in changed) or (changed == ["quantity"])
                edited.append(dict(file=out, label=lab, src=k, fmt=os.path.splitext(out)[1][1:]))
                used.add(k)
                break
        if not ok:
            print("could not apply", plan)
    # ---------------- finalise: neutral shuffled names
    allr = [dict(file=r["file"], label=r["label"], key=("g", k)) for k, r in enumerate(recs)] + \
           [dict(file=e["file"], label=e["label"], key=("e", e["src"])) for e in edited]
    order = list(range(len(allr)))
    random.Random(31337).shuffle(order)
    names = {}
    import pypdf
    with open(LABELS, "w", encoding="utf-8") as f:
        for n, oi in enumerate(order):
            a = allr[oi]
            ext = os.path.splitext(a["file"])[1].lower()
            name = f"doc_{n + 1:03d}{ext}"
            shutil.copy(a["file"], os.path.join(FILES, name))
            names[id(a)] = name
            a["name"] = name
        # source mapping for edited copies
        gname = {a["key"][1]: a["name"] for a in allr if a["key"][0] == "g"}
        for n, oi in enumerate(order):
            a = allr[oi]
            lab = dict(a["label"])
            lab["file"] = a["name"]
            if a["key"][0] == "e":
                lab["source_file"] = gname[a["key"][1]]
            else:
                lab.pop("source_file", None)
                lab["edit_breaks_arithmetic"] = False
            p = os.path.join(FILES, a["name"])
            lab["pages"] = len(pypdf.PdfReader(p).pages) if p.endswith(".pdf") else 1
            rr = recs[a["key"][1]]
            if a["key"][0] == "g" and rr["info"].get("portal_redownload"):
                lab["note"] = "re-downloaded from supplier portal on " + rr["info"]["portal_redownload"]
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()
    shutil.rmtree(BUILD, ignore_errors=True)  # intermediate renders, LibreOffice profile


def clone_plan(doc, src_pdf, rng):
    """change one digit of the grand total by cloning another printed digit. Returns (digit_reps, changed, upd)."""
    tot_s = money(doc, doc["total"])
    hits = find_strings(src_pdf, tot_s)
    hits = [h for h in hits if h[0] == 0]
    if not hits:
        return None, None, None
    h = max(hits, key=lambda x: x[2][3] - x[2][1])  # the big bold total
    chars = all_chars(src_pdf, 0)
    digit_pos = [i for i, ch in enumerate(tot_s) if ch.isdigit()]
    int_len = len(tot_s.split("," if LOC[doc["lang"]]["num"] in ("eu", "fr") else ".")[0])
    digit_pos = [i for i in digit_pos if i < int_len]
    rng.shuffle(digit_pos)
    for pos in digit_pos:
        old = tot_s[pos]
        for new in rng.sample("0123456789", 10):
            if new == old or (pos == 0 and new == "0"):
                continue
            tb = h[3][pos]
            th = tb[3] - tb[1]
            if any(c[0] == new and abs((c[2][3] - c[2][1]) - th) < 0.6 and abs(c[2][1] - tb[1]) > 2 for c in chars):
                new_s = tot_s[:pos] + new + tot_s[pos + 1:]
                sep_t, sep_d = (".", ",") if LOC[doc["lang"]]["num"] == "eu" else (" ", ",") if LOC[doc["lang"]]["num"] == "fr" else (",", ".")
                val = new_s.replace(sep_t, "").replace(sep_d, ".")
                val = f"{Decimal(val):.{doc['dec']}f}"
                # every printed occurrence gets the same digit cloned
                reps = [(hh[3][pos], new) for hh in hits]
                return reps, ["total"], {"total": val}
    return None, None, None


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(LABELS, encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(FILES, l["file"]))]
    print(f"\n{len(labs)} labels, missing files: {missing}")
    extra = set(os.listdir(FILES)) - {l['file'] for l in labs}
    print("files without label:", sorted(extra))
    for key in ("genuine", "producer", "language", "doc_type", "edit_method", "is_invoice", "arithmetic_error", "edit_before_capture"):
        c = Counter(str(l[key]) for l in labs)
        print(f"{key}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
