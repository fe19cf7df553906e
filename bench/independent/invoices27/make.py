#!/usr/bin/env python3
"""Invoice test-set generator (writer 27, 'Rotterdam import bookkeeper' voice).

Writes ~160 files into files/ and labels.jsonl.  Everything (companies, tax ids,
amounts, layouts) is invented here.  Run: /work/main/.venv/bin/python make.py
"""
import html, io, json, math, os, random, re, shutil, subprocess, sys, time
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import pikepdf
import pypdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

T0 = time.time()
HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
TMP = HERE / "_tmp"
for d in (FILES, TMP):
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)

R = random.Random(27182)
D = Decimal
C2 = D("0.01")
FONT_DIR = "/usr/share/fonts/truetype"
DEJAVU = f"{FONT_DIR}/dejavu/DejaVuSans.ttf"
DEJAVU_B = f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf"
WQY = f"{FONT_DIR}/wqy/wqy-microhei.ttc"


def q2(x):
    return D(x).quantize(C2, ROUND_HALF_UP)


def q0(x):
    return D(x).quantize(D("1"), ROUND_HALF_UP)


# ---------------------------------------------------------------- formatting
def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(v, style, dec=2):
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1).scaleb(-dec), ROUND_HALF_UP)
    ip = int(v)
    fp = str(v).split(".")[1] if dec else ""
    if style == "dc":      # 1.234,56
        s = group(ip, ".") + ("," + fp if dec else "")
    elif style == "sc":    # 1 234,56
        s = group(ip, "\u00a0") + ("," + fp if dec else "")
    elif style == "ap":    # 1'234.56
        s = group(ip, "'") + ("." + fp if dec else "")
    else:                  # 1,234.56
        s = group(ip, ",") + ("." + fp if dec else "")
    return ("-" if neg else "") + s


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def fmt_date(d, style):
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "dash":
        return d.strftime("%d-%m-%Y")
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en":
            return f"{d.day} {m} {d.year}"
        if lg == "es":
            return f"{d.day} de {m} de {d.year}"
        if lg == "de":
            return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)


# language -> (number style, date styles to choose from, currency placement)
LOC = {
    "nl": ("dc", ["dash", "dash", "long_nl"], "pre"),
    "de": ("dc", ["dot", "dot", "long_de"], "post"),
    "fr": ("sc", ["slash", "long_fr", "long_fr"], "post"),
    "it": ("dc", ["slash", "slash"], "pre"),
    "es": ("dc", ["slash", "long_es"], "post"),
    "en": ("cd", ["us", "long_en", "iso"], "pre"),
    "pl": ("sc", ["dot", "iso"], "post"),
    "zh": ("cd", ["cjk", "ymd_slash"], "pre"),
    "ja": ("cd", ["cjk"], "pre"),
}
SYM = {"EUR": "€", "USD": "$", "GBP": "£", "PLN": "zł", "CNY": "¥", "JPY": "¥"}


def money(v, cur, lang, numstyle=None, code=False):
    ns = numstyle or LOC[lang][0]
    dec = 0 if cur == "JPY" else 2
    s = fmt_num(v, ns, dec)
    if code:
        return f"{s} {cur}"
    sym = SYM.get(cur, cur)
    if cur == "PLN":
        return f"{s}\u00a0zł"
    if lang == "ja" and cur == "JPY" and R.random() < 0.0:
        return s + "円"
    if LOC[lang][2] == "pre" or cur in ("USD", "GBP", "CNY", "JPY"):
        return f"{sym}\u00a0{s}" if lang in ("nl", "it") else f"{sym}{s}"
    return f"{s}\u00a0{sym}"


# ---------------------------------------------------------------- words
TXT = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE",
            proforma="PRO FORMA INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
            quotation="QUOTATION", delivery_note="DELIVERY NOTE", pricelist="PRICE LIST", letter="",
            no="Invoice No.", docno="Document No.", date="Date", due="Due date", cust="Customer ID", ref="Your ref.",
            desc="Description", qty="Qty", unit="Unit price", vat="VAT", amount="Amount", subtotal="Subtotal (net)",
            total="Total", due_amt="Balance due", ship="Freight & handling", deposit="Less deposit received",
            disc="Discount", base="Net", tax="Tax", rate="Rate", bank="Bank", vatid="VAT Reg. No.", page="Page",
            weight="Gross kg", cartons="Cartons", billto="Bill to", art="Item",
            rc="Reverse charge: VAT to be accounted for by the recipient (Art. 196 Directive 2006/112/EC).",
            terms="Terms: {n} days net. {p}% early-payment discount if paid by {d} ({a}).",
            terms0="Terms: payment within {n} days.", thanks="Thank you for your business."),
 "de": dict(invoice="Rechnung", tax_invoice="Rechnung", receipt="Quittung", credit_note="Gutschrift",
            proforma="Proforma-Rechnung", packing_list="Packliste", purchase_order="Bestellung",
            quotation="Angebot", delivery_note="Lieferschein", pricelist="Preisliste", letter="",
            no="Rechnungsnummer", docno="Belegnummer", date="Datum", due="Fällig am", cust="Kundennummer",
            ref="Ihre Bestellung", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", vat="USt.",
            amount="Gesamt", subtotal="Nettobetrag", total="Rechnungsbetrag", due_amt="Zahlbetrag",
            ship="Versandkosten", deposit="abzgl. Anzahlung", disc="Rabatt", base="Netto", tax="USt.",
            rate="Satz", bank="Bankverbindung", vatid="USt-IdNr.", page="Seite", weight="Brutto kg",
            cartons="Kartons", billto="Rechnungsempfänger", art="Art.-Nr.",
            rc="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) – innergemeinschaftliche Lieferung, steuerfrei nach § 4 Nr. 1b UStG.",
            terms="Zahlbar innerhalb {n} Tagen netto. Bei Zahlung bis {d} gewähren wir {p}% Skonto ({a}).",
            terms0="Zahlbar innerhalb {n} Tagen ohne Abzug.", thanks="Vielen Dank für Ihren Auftrag."),
 "nl": dict(invoice="Factuur", tax_invoice="Factuur", receipt="Kwitantie", credit_note="Creditfactuur",
            proforma="Proforma factuur", packing_list="Paklijst", purchase_order="Inkooporder",
            quotation="Offerte", delivery_note="Pakbon", pricelist="Prijslijst", letter="",
            no="Factuurnummer", docno="Nummer", date="Factuurdatum", due="Vervaldatum", cust="Klantnummer",
            ref="Uw referentie", desc="Omschrijving", qty="Aantal", unit="Prijs", vat="BTW", amount="Bedrag",
            subtotal="Subtotaal", total="Totaal", due_amt="Te betalen", ship="Verzendkosten",
            deposit="Reeds betaald (aanbetaling)", disc="Korting", base="Grondslag", tax="BTW", rate="Tarief",
            bank="IBAN", vatid="BTW-nummer", page="Pagina", weight="Bruto kg", cartons="Dozen",
            billto="Factuuradres", art="Artikelnr.",
            rc="BTW verlegd – intracommunautaire levering (art. 138 Btw-richtlijn).",
            terms="Betaling binnen {n} dagen. Bij betaling vóór {d} mag u {p}% betalingskorting aftrekken ({a}).",
            terms0="Wij verzoeken u het bedrag binnen {n} dagen over te maken.", thanks="Bedankt voor uw bestelling!"),
 "fr": dict(invoice="Facture", tax_invoice="Facture", receipt="Reçu", credit_note="Avoir",
            proforma="Facture pro forma", packing_list="Liste de colisage", purchase_order="Bon de commande",
            quotation="Devis", delivery_note="Bon de livraison", pricelist="Tarif", letter="",
            no="Facture n°", docno="N°", date="Date", due="Échéance", cust="Code client", ref="Votre commande",
            desc="Désignation", qty="Qté", unit="P.U. HT", vat="TVA", amount="Montant HT", subtotal="Total HT",
            total="Total TTC", due_amt="Net à payer", ship="Frais de port", deposit="Acompte versé",
            disc="Remise", base="Base HT", tax="TVA", rate="Taux", bank="IBAN", vatid="N° TVA intracom.",
            page="Page", weight="Poids brut kg", cartons="Colis", billto="Adresse de facturation", art="Réf.",
            rc="Autoliquidation – exonération de TVA, article 262 ter I du CGI.",
            terms="Paiement à {n} jours. Escompte de {p}% pour paiement avant le {d} ({a}). Pénalités de retard : 3 fois le taux d'intérêt légal ; indemnité forfaitaire pour frais de recouvrement : 40 €.",
            terms0="Paiement à {n} jours date de facture. Pas d'escompte pour paiement anticipé. Indemnité forfaitaire pour frais de recouvrement : 40 €.",
            thanks="Merci de votre confiance."),
 "it": dict(invoice="Fattura", tax_invoice="Fattura", receipt="Ricevuta", credit_note="Nota di credito",
            proforma="Fattura proforma", packing_list="Distinta colli", purchase_order="Ordine d'acquisto",
            quotation="Preventivo", delivery_note="Documento di trasporto (DDT)", pricelist="Listino prezzi",
            letter="", no="Fattura n.", docno="Numero", date="Data", due="Scadenza", cust="Cod. cliente",
            ref="Rif. ordine", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", vat="IVA",
            amount="Importo", subtotal="Imponibile", total="Totale documento", due_amt="Netto a pagare",
            ship="Spese di trasporto", deposit="Acconto ricevuto", disc="Sconto", base="Imponibile",
            tax="Imposta", rate="Aliquota", bank="IBAN", vatid="P.IVA", page="Pagina", weight="Peso lordo kg",
            cartons="Colli", billto="Cessionario / committente", art="Codice",
            rc="Operazione non imponibile – inversione contabile, art. 41 D.L. 331/1993.",
            terms="Pagamento: bonifico {n} gg d.f.; sconto {p}% per pagamento entro il {d} ({a}).",
            terms0="Pagamento: bonifico bancario a {n} giorni data fattura.", thanks="Grazie per la preferenza."),
 "es": dict(invoice="Factura", tax_invoice="Factura", receipt="Recibo", credit_note="Factura rectificativa",
            proforma="Factura proforma", packing_list="Lista de bultos", purchase_order="Pedido de compra",
            quotation="Presupuesto", delivery_note="Albarán", pricelist="Tarifa de precios", letter="",
            no="Nº factura", docno="Número", date="Fecha", due="Vencimiento", cust="Nº cliente", ref="Su pedido",
            desc="Concepto", qty="Cant.", unit="Precio", vat="IVA", amount="Importe", subtotal="Base imponible",
            total="Total factura", due_amt="Total a pagar", ship="Portes", deposit="Anticipo recibido",
            disc="Dto.", base="Base", tax="Cuota", rate="Tipo", bank="IBAN", vatid="NIF/CIF", page="Página",
            weight="Peso bruto kg", cartons="Bultos", billto="Cliente", art="Ref.",
            rc="Entrega intracomunitaria exenta – art. 25 Ley 37/1992 del IVA; inversión del sujeto pasivo.",
            terms="Forma de pago: transferencia a {n} días. Descuento por pronto pago {p}% si se abona antes del {d} ({a}).",
            terms0="Forma de pago: transferencia bancaria a {n} días.", thanks="Gracias por su confianza."),
 "pl": dict(invoice="Faktura VAT", tax_invoice="Faktura VAT", receipt="Pokwitowanie", credit_note="Faktura korygująca",
            proforma="Faktura pro forma", packing_list="Lista pakunkowa", purchase_order="Zamówienie",
            quotation="Oferta", delivery_note="WZ – wydanie zewnętrzne", pricelist="Cennik", letter="",
            no="Faktura nr", docno="Nr", date="Data wystawienia", due="Termin płatności", cust="Nr klienta",
            ref="Zamówienie", desc="Nazwa towaru / usługi", qty="Ilość", unit="Cena netto", vat="VAT",
            amount="Wartość netto", subtotal="Razem netto", total="Razem brutto", due_amt="Do zapłaty",
            ship="Transport", deposit="Zaliczka", disc="Rabat", base="Netto", tax="Kwota VAT", rate="Stawka",
            bank="Nr konta", vatid="NIP", page="Strona", weight="Waga brutto kg", cartons="Kartony",
            billto="Nabywca", art="Indeks",
            rc="Odwrotne obciążenie – wewnątrzwspólnotowa dostawa towarów (WDT), stawka 0%.",
            terms="Płatność przelewem w ciągu {n} dni. Skonto {p}% przy zapłacie do {d} ({a}).",
            terms0="Sposób płatności: przelew, {n} dni.", thanks="Dziękujemy za zamówienie."),
 "zh": dict(invoice="商业发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票",
            proforma="形式发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
            delivery_note="送货单", pricelist="价目表", letter="",
            no="发票号码", docno="单号", date="开票日期", due="付款期限", cust="客户编号", ref="合同号",
            desc="货物或应税劳务名称", qty="数量", unit="单价", vat="税率", amount="金额", subtotal="合计",
            total="价税合计", due_amt="应付金额", ship="运费", deposit="已付定金", disc="折扣", base="金额",
            tax="税额", rate="税率", bank="开户行及账号", vatid="纳税人识别号", page="第页", weight="毛重(kg)",
            cartons="箱数", billto="购买方", art="编号",
            rc="出口货物，免征增值税。", terms="付款方式：电汇，{n}天内付清。", terms0="付款方式：电汇，{n}天内付清。",
            thanks="谢谢惠顾"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票",
            proforma="仮請求書", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書",
            delivery_note="納品書", pricelist="価格表", letter="",
            no="請求番号", docno="番号", date="請求日", due="お支払期限", cust="顧客コード", ref="ご注文番号",
            desc="品名", qty="数量", unit="単価", vat="税率", amount="金額", subtotal="小計（税抜）",
            total="ご請求金額（税込）", due_amt="ご請求金額", ship="送料", deposit="前受金", disc="値引",
            base="対象額", tax="消費税", rate="税率", bank="お振込先", vatid="登録番号", page="頁",
            weight="総重量kg", cartons="箱数", billto="", art="品番",
            rc="輸出免税取引（消費税法第7条）", terms="お支払期限までに下記口座へお振込みください。",
            terms0="お支払期限までに下記口座へお振込みください。", thanks="毎度ありがとうございます。"),
}

PRODUCTS = {
 "en": [("Stainless steel water bottle 750 ml", 6.40), ("Bamboo cutting board, large", 9.85), ("LED desk lamp, USB-C", 14.20),
        ("Cotton tote bag, natural", 2.15), ("Silicone baking mat set (2)", 4.75), ("Ceramic pour-over dripper", 7.90),
        ("Yoga mat 6 mm, teal", 11.30), ("Phone stand, aluminium", 3.60), ("Kids' rain boots, size mix", 8.45)],
 "de": [("Edelstahl-Brotdose 1,2 l", 7.35), ("Küchenmesser Santoku 18 cm", 12.90), ("Schneidebrett Eiche geölt", 15.40),
        ("Thermobecher 350 ml, anthrazit", 6.10), ("Gewürzmühle Keramikmahlwerk", 4.95), ("Pfannenwender Silikon", 2.30),
        ("Backform Springform 26 cm", 5.85), ("Geschirrtuch Halbleinen 3er", 6.75), ("Kinderbuch 'Der kleine Kran'", 8.20)],
 "nl": [("Theedoek katoen, blauw geruit", 1.85), ("Fietstas waterdicht 20 l", 17.50), ("Stroopwafels blik 250 g", 3.20),
        ("Houten speelgoedtrein set", 13.40), ("Bloempot terracotta Ø 18 cm", 2.95), ("Koffiefilterhouder porselein", 4.60),
        ("Regenponcho, one size", 5.10), ("Kookboek 'Hollandse pot'", 9.75), ("Kaasschaaf RVS", 3.45)],
 "fr": [("Couteau pliant manche olivier", 11.80), ("Savon de Marseille 300 g", 1.95), ("Tablier de cuisine lin", 9.40),
        ("Moulin à poivre bois 20 cm", 8.60), ("Confiture abricot 370 g", 2.70), ("Carafe verre 1 l", 6.30),
        ("Bougie parfumée figue", 4.85), ("Livre de recettes provençales", 12.50), ("Boîte à biscuits métal", 3.90)],
 "it": [("Borsa in pelle, cuoio naturale", 38.50), ("Caffè macinato 250 g", 3.40), ("Moka 3 tazze alluminio", 9.90),
        ("Portafoglio uomo nero", 14.75), ("Pasta di Gragnano 500 g", 1.60), ("Olio EVO 0,75 l", 7.20),
        ("Cintura pelle 35 mm", 11.20), ("Tazzine espresso set 6", 10.80), ("Libro di cucina regionale", 15.00)],
 "es": [("Cazuela de barro 24 cm", 5.60), ("Aceite de oliva virgen extra 1 l", 6.90), ("Azulejo decorado 20x20", 1.45),
        ("Jarra cerámica esmaltada", 8.30), ("Plato llano loza, azul", 3.10), ("Mortero de mármol", 9.20),
        ("Mantel algodón 150x200", 12.40), ("Turrón de Jijona 200 g", 2.85), ("Abanico madera pintado", 4.10)],
 "pl": [("Deska do krojenia buk", 18.90), ("Krzesło drewniane, sosna", 84.00), ("Półka ścienna dąb 60 cm", 42.50),
        ("Skrzynka drewniana", 16.30), ("Wieszak na ubrania", 27.80), ("Taboret dziecięcy", 35.40),
        ("Podkładki pod kubki 4 szt.", 9.60), ("Organizer na biurko", 22.10)],
 "zh": [("不锈钢保温杯 500ml", 18.50), ("硅胶折叠收纳盒", 9.80), ("LED小夜灯 USB充电", 12.60), ("竹制砧板 大号", 21.00),
        ("蓝牙耳机收纳包", 4.30), ("陶瓷咖啡杯套装", 26.40), ("手机支架 铝合金", 7.90), ("儿童雨靴 混码", 22.70)],
 "ja": [("手ぬぐい 綿 藍染", 880), ("有田焼 小皿 5枚組", 3200), ("木製 箸 夫婦セット", 1650), ("緑茶 煎茶 100g", 1080),
        ("南部鉄器 急須 0.6L", 7480), ("和紙 便箋セット", 550), ("ステンレス 包丁 三徳", 4950), ("抹茶 30g", 1296)],
}
# reduced VAT category per language: products whose index is in this set use the reduced rate
REDUCED = {"de": {8}, "nl": {2, 7}, "fr": {4, 7}, "it": {1, 4, 5, 8}, "es": {1, 7}, "pl": set(),
           "en": set(), "zh": set(), "ja": {3, 7}}
VAT_RATES = {"NL": (21, 9), "DE": (19, 7), "FR": (20, 5.5), "BE": (21, 6), "IT": (22, 10), "ES": (21, 10),
             "PL": (23, 8), "CN": (13, 9), "JP": (10, 8), "GB": (20, 5), "US": (0, 0)}

SUPPLIERS = [
 # name, lines, vat id, country, languages
 ("Van Dijk Verpakkingen B.V.", ["Industrieweg 41", "8028 PE Zwolle", "Nederland"], "NL862204517B01", "NL", ["nl"]),
 ("Hoekstra Tuin & Thuis B.V.", ["Celsiusweg 7", "8912 AM Leeuwarden"], "NL857319046B01", "NL", ["nl", "en"]),
 ("De Gouden Schroef B.V.", ["Hastelweg 260", "5652 CN Eindhoven"], "NL859022781B01", "NL", ["nl"]),
 ("Brouwers & Peeters BV", ["Battelsesteenweg 118", "2800 Mechelen", "België"], "BE0718.442.906", "BE", ["nl"]),
 ("Ateliers Dumoulin SRL", ["Rue de l'Industrie 22", "5002 Namur", "Belgique"], "BE0793.215.648", "BE", ["fr"]),
 ("Maison Lefèvre & Fils SARL", ["14 rue Saint-Romain", "69008 Lyon", "France"], "FR47528311904", "FR", ["fr"]),
 ("Coutellerie du Vercors SAS", ["ZA Les Iles", "38250 Villard-de-Lans", "France"], "FR83812004551", "FR", ["fr", "en"]),
 ("Brenner Haushaltswaren GmbH", ["Merscheider Str. 88", "42699 Solingen", "Deutschland"], "DE318274406", "DE", ["de", "en"]),
 ("Kessler & Voigt KG", ["Torgauer Straße 231", "04347 Leipzig"], "DE297116583", "DE", ["de"]),
 ("Nordlicht Leuchten GmbH", ["Am Speicher XI 4", "28217 Bremen"], "DE344091768", "DE", ["de"]),
 ("Cerámicas Almansa S.L.", ["Polígono Campollano, Calle C nº 9", "02007 Albacete", "España"], "ESB02671344", "ES", ["es"]),
 ("Olivares del Sur S.A.", ["Ctra. de Madrid km 334", "23009 Jaén", "España"], "ESA23548802", "ES", ["es", "en"]),
 ("Pelletteria Benvenuti S.r.l.", ["Via di Scandicci 142", "50143 Firenze (FI)", "Italia"], "IT06881520487", "IT", ["it"]),
 ("Caffè Rondinella S.p.A.", ["Riva Grumula 6", "34123 Trieste (TS)", "Italia"], "IT01290770327", "IT", ["it", "en"]),
 ("Drewmax Sp. z o.o.", ["ul. Gnieźnieńska 17", "61-021 Poznań", "Polska"], "PL7812049936", "PL", ["pl", "en"]),
 ("宁波海曙恒达进出口有限公司", ["浙江省宁波市海曙区望春工业园区杉杉路88号"], "91330203MA2H7K4Q1X", "CN", ["zh"]),
 ("Shenzhen Qimingxing Electronics Co., Ltd.", ["Bldg 5, Huafeng Industrial Park", "Bao'an District, Shenzhen 518101, China"], "91440300MA5F2R8L6C", "CN", ["en", "zh"]),
 ("株式会社ミナト工芸", ["〒550-0013 大阪府大阪市西区新町2-14-6"], "T5120001187345", "JP", ["ja"]),
 ("Harbor Point Supply LLC", ["2210 NW Front Ave, Suite 300", "Portland, OR 97209", "USA"], "EIN 93-4418275", "US", ["en"]),
 ("Ashcombe Trading Ltd", ["Unit 6, Canal Wharf", "Leeds LS11 5PS", "United Kingdom"], "GB 284 1176 52", "GB", ["en"]),
]
ME = ("Maasdelta Import B.V.", ["Waalhaven Zuidzijde 19", "3089 JH Rotterdam", "Nederland"], "NL861447302B01", "NL")
BUYERS = {
 "NL": [ME, ME, ME, ("Zonnebloem Webwinkel V.O.F.", ["Oudegracht 201", "3511 NK Utrecht"], "NL003812764B58", "NL")],
 "DE": [("Maasdelta Handels GmbH", ["Industriestraße 12", "46446 Emmerich am Rhein"], "DE336120894", "DE"),
        ("Wohnwerk Online GmbH", ["Hafenstraße 3", "48153 Münster"], "DE318807213", "DE")],
 "FR": [("Boutique Arlequin SAS", ["3 place du Marché", "44000 Nantes"], "FR19844120377", "FR")],
 "BE": [("Maasdelta Belgium BV", ["Noorderlaan 133", "2030 Antwerpen"], "BE0781.554.210", "BE")],
 "ES": [("Hogar Lumina S.L.", ["Calle Colón 48", "46004 Valencia"], "ESB98455213", "ES")],
 "IT": [("Casa Ventura S.r.l.", ["Corso Buenos Aires 77", "20124 Milano (MI)"], "IT11402860962", "IT")],
 "PL": [("Sklep Kasztan Sp. j.", ["ul. Piotrkowska 90", "90-103 Łódź"], "PL7252318840", "PL")],
 "CN": [("杭州优选跨境电子商务有限公司", ["浙江省杭州市滨江区江南大道3688号"], "91330108MA2J3B5N2W", "CN")],
 "JP": [("合同会社ソラ商会", ["〒160-0022 東京都新宿区新宿3-8-11"], "", "JP")],
 "GB": [("Kaya Home Goods Ltd", ["44 Brunswick Street", "Glasgow G1 1TF"], "GB 391 5520 07", "GB")],
 "US": [("Brightnest Commerce LLC", ["88 Commerce Park Dr", "Reno, NV 89502"], "", "US")],
}
AMAZON_NAMES = ["Kaya Home Goods Ltd", "Brightnest Commerce LLC", "Zonnebloem Webwinkel V.O.F.", "Maasdelta Trading B.V.",
                "Nordsee Versand GmbH", "Boutique Arlequin SAS", "Hogar Lumina S.L."]


# ---------------------------------------------------------------- document model
def make_doc(lang, doc_type="invoice", n_lines=None, supplier=None, buyer=None, err=None, rc=None,
             deposit=False, ship=None, pay_disc=None, cur=None, when=None):
    if supplier is None:
        cands = [s for s in SUPPLIERS if lang in s[4]]
        supplier = R.choice(cands)
    sname, slines, svat, scountry, _ = supplier
    if buyer is None:
        if lang in ("zh",) and scountry == "CN" and doc_type == "tax_invoice":
            buyer = BUYERS["CN"][0]
        elif lang == "ja" and R.random() < 0.5:
            buyer = BUYERS["JP"][0]
        elif scountry in ("NL", "DE", "FR", "ES", "IT", "PL", "BE") and R.random() < 0.45:
            buyer = R.choice(BUYERS[scountry])      # domestic -> several VAT rates
        elif scountry in ("GB", "US") and R.random() < 0.5:
            buyer = BUYERS[scountry][0]
        else:
            buyer = ME if R.random() < 0.7 else R.choice(BUYERS["DE"] + BUYERS["BE"])
    bcountry = buyer[3]
    eu = {"NL", "DE", "FR", "BE", "IT", "ES", "PL"}
    if rc is None:
        rc = scountry in eu and bcountry in eu and scountry != bcountry
    if cur is None:
        cur = {"US": "USD", "GB": "GBP", "PL": "PLN", "CN": "CNY", "JP": "JPY"}.get(scountry, "EUR")
        if scountry == "CN" and lang == "en":
            cur = "USD"
        if scountry == "PL" and bcountry != "PL":
            cur = "EUR"
        if scountry == "JP" and bcountry != "JP" and R.random() < 0.3:
            cur = "EUR"
    plang = lang
    prods = PRODUCTS[plang]
    if n_lines is None:
        n_lines = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    std, red = VAT_RATES[scountry]
    lines = []
    for i in range(n_lines):
        pi = R.randrange(len(prods))
        desc, base = prods[pi]
        if n_lines > len(prods):
            desc = f"{desc} – {R.choice(['A', 'B', 'C', 'D', 'XL', 'M', 'S'])}{R.randint(1, 40)}"
        qty = R.choice([1, 2, 4, 5, 6, 10, 12, 20, 24, 36, 48, 50, 60, 100, 120, 144, 200, 250, 500])
        if cur == "JPY":
            unit = q0(D(str(base)) * D(str(R.uniform(0.85, 1.15))))
            if scountry != "JP":
                unit = q2(unit / 160)
        else:
            unit = q2(D(str(base)) * D(str(R.uniform(0.85, 1.2))))
            if cur == "CNY" and scountry != "CN":
                unit = q2(unit * 7)
            if cur == "PLN" and plang != "pl":
                unit = q2(unit * D("4.3"))
        rate = D(str(red)) if (pi in REDUCED.get(plang, set())) else D(str(std))
        if scountry == "US" or rc:
            rate = D(0)
        if scountry == "JP" and bcountry != "JP":
            rate = D(0)
        disc = D(R.choice([0, 0, 0, 0, 5, 10])) if (lang in ("de", "it", "es", "nl", "pl") and R.random() < 0.3) else D(0)
        sku = f"{R.choice('ABKMRSTV')}{R.randint(100, 999)}-{R.randint(10, 99)}"
        lines.append(dict(desc=desc, qty=qty, unit=unit, rate=rate, disc=disc, sku=sku, unit_name=""))
    if ship is None:
        ship = R.random() < 0.35 and doc_type in ("invoice", "tax_invoice", "proforma", "quotation")
    if ship:
        cost = q2(D(R.choice([12.5, 18.0, 24.95, 35.0, 49.0, 65.0, 120.0]))) if cur != "JPY" else D(R.choice([800, 1200, 1650]))
        lines.append(dict(desc=TXT[lang]["ship"], qty=1, unit=cost, rate=D(0) if rc or scountry == "US" else D(str(std)), disc=D(0), sku="", ship=True))
    dec0 = cur == "JPY"
    rnd = q0 if dec0 else q2
    for ln in lines:
        ln["net"] = rnd(ln["qty"] * ln["unit"] * (1 - ln["disc"] / 100))
    if err == "line":
        k = R.randrange(len(lines))
        lines[k]["net"] = lines[k]["net"] + (D(10) if dec0 else D("10.00")) * R.choice([1, -1, 9])
    summary = {}
    for ln in lines:
        summary.setdefault(ln["rate"], D(0))
        summary[ln["rate"]] += ln["net"]
    vat = {r: rnd(b * r / 100) for r, b in summary.items()}
    if err == "vat":
        r0 = max(vat)
        vat[r0] = vat[r0] + (D(1) if dec0 else D("1.00")) * R.choice([3, 10, -2])
    net_total = sum(summary.values())
    vat_total = sum(vat.values())
    total = net_total + vat_total
    if err == "sum":
        total = total + R.choice([D("100"), D("-10"), D("1000"), D("9")])
    if doc_type == "credit_note":
        for ln in lines:
            ln["net"] = -ln["net"]
            ln["qty"] = -ln["qty"]
        summary = {r: -b for r, b in summary.items()}
        vat = {r: -v for r, v in vat.items()}
        net_total, vat_total, total = -net_total, -vat_total, -total
    dep = D(0)
    if deposit and doc_type == "invoice":
        dep = rnd(total * D(R.choice(["0.3", "0.5", "0.25"])))
    when = when or date(2026, 1, 1) + timedelta(days=R.randint(0, 150))
    days = R.choice([14, 30, 30, 45, 60])
    numstyle = LOC[lang][0]
    if lang == "en" and scountry in ("DE", "NL", "FR", "IT", "ES", "BE", "PL") and R.random() < 0.5:
        numstyle = "dc"
    doc = dict(lang=lang, doc_type=doc_type, supplier=supplier, buyer=buyer, lines=lines, summary=summary,
               vat=vat, net_total=net_total, vat_total=vat_total, total=total, deposit=dep, due=total - dep,
               cur=cur, date=when, due_date=when + timedelta(days=days), days=days, rc=rc, err=err,
               datestyle=R.choice(LOC[lang][1]), numstyle=numstyle,
               number=make_number(scountry, when, doc_type), cust=f"{R.randint(10000, 99999)}",
               ref=f"PO-{when.year}-{R.randint(1000, 9999)}", pay_disc=pay_disc, std=std)
    if lang == "en" and scountry == "US":
        doc["datestyle"] = "us"
    if pay_disc is None and lang in ("de", "nl", "fr", "it", "es", "pl", "en") and doc_type == "invoice" and R.random() < 0.45:
        doc["pay_disc"] = (R.choice([2, 3, 1.5]), R.choice([8, 10, 14]))
    return doc


def make_number(cc, d, dt):
    y = d.year
    pre = {"credit_note": "CN", "proforma": "PF", "quotation": "Q", "purchase_order": "PO", "delivery_note": "DN",
           "packing_list": "PL", "receipt": "R"}.get(dt, "")
    n = R.randint(100, 9999)
    styles = [f"{y}-{n:05d}", f"{pre or 'F'}{y}{n:04d}", f"{n}/{y}", f"{pre or 'INV'}-{str(y)[2:]}{n:04d}", f"{y}{R.randint(10, 99)}{n:04d}"]
    if cc == "CN":
        return f"{R.randint(10000000, 99999999)}"
    return R.choice(styles)


def M(doc, v, code=False):
    return money(v, doc["cur"], doc["lang"], doc["numstyle"], code=code)


def N(doc, v):
    return fmt_num(v, doc["numstyle"], 0 if doc["cur"] == "JPY" else 2)


def rate_str(doc, r):
    s = fmt_num(r, doc["numstyle"], 1 if r != r.to_integral() else 0)
    return s + "%"


def view(doc):
    """Layout-independent strings for a document."""
    L = TXT[doc["lang"]]
    dt = doc["doc_type"]
    priced = dt not in ("packing_list", "delivery_note", "letter", "pricelist")
    sname, slines, svat, sc, _ = doc["supplier"]
    bname, blines, bvat, bc = doc["buyer"]
    ds = fmt_date(doc["date"], doc["datestyle"])
    v = dict(title=L[dt] if L[dt] else "", lang=doc["lang"], priced=priced, date_str=ds, buyer_name=bname,
             supplier_name=sname)
    v["supplier"] = [sname] + slines + ([f"{L['vatid']}: {svat}"] if svat else [])
    v["buyer"] = [bname] + blines + ([f"{L['vatid']}: {bvat}"] if bvat else [])
    meta = [(L["no"] if dt in ("invoice", "tax_invoice", "credit_note", "proforma") else L["docno"], doc["number"]),
            (L["date"], ds)]
    if dt in ("invoice", "tax_invoice") and doc["lang"] != "zh":
        meta.append((L["due"], fmt_date(doc["due_date"], doc["datestyle"])))
    meta.append((L["cust"], doc["cust"]))
    if R.random() < 0.6:
        meta.append((L["ref"], doc["ref"]))
    v["meta"] = meta
    if priced:
        show_disc = any(ln["disc"] for ln in doc["lines"])
        cols = [L["art"], L["desc"], L["qty"], L["unit"]] + ([L["disc"]] if show_disc else []) + [L["vat"], L["amount"]]
        align = ["l", "l", "r", "r"] + (["r"] if show_disc else []) + ["r", "r"]
        rows = []
        for ln in doc["lines"]:
            r = [ln["sku"], ln["desc"], str(ln["qty"]), N(doc, ln["unit"])]
            if show_disc:
                r.append(f"{int(ln['disc'])}%" if ln["disc"] else "")
            r += [rate_str(doc, ln["rate"]), N(doc, ln["net"])]
            rows.append(r)
        summ = [(L["subtotal"], M(doc, doc["net_total"]), False)]
        for r in sorted(doc["summary"]):
            if r == 0 and not doc["rc"] and doc["supplier"][3] == "US":
                continue
            summ.append((f"{L['tax']} {rate_str(doc, r)} ({L['base'].lower()} {N(doc, doc['summary'][r])})", M(doc, doc["vat"][r]), False))
        summ.append((L["total"], M(doc, doc["total"]), True))
        if doc["deposit"]:
            summ.append((L["deposit"], M(doc, -doc["deposit"]), False))
            summ.append((L["due_amt"], M(doc, doc["due"]), True))
        v["summary"] = summ
        v["vat_table"] = [(rate_str(doc, r), N(doc, doc["summary"][r]), N(doc, doc["vat"][r]),
                           N(doc, doc["summary"][r] + doc["vat"][r])) for r in sorted(doc["summary"])]
    else:
        cols = [L["art"], L["desc"], L["qty"], L["cartons"], L["weight"]]
        align = ["l", "l", "r", "r", "r"]
        rows = []
        for ln in doc["lines"]:
            if ln.get("ship"):
                continue
            ctn = max(1, math.ceil(ln["qty"] / R.choice([6, 12, 24, 50])))
            rows.append([ln["sku"], ln["desc"], str(ln["qty"]), str(ctn), fmt_num(D(ctn) * D(str(R.uniform(2, 9))), doc["numstyle"], 1)])
        v["summary"] = []
        v["vat_table"] = []
    v["cols"], v["align"], v["rows"] = cols, align, rows
    v["total_str"] = N(doc, doc["total"]) if priced else None
    notes = []
    if priced and dt in ("invoice", "tax_invoice", "proforma"):
        if doc["rc"]:
            notes.append(L["rc"])
        if doc["lang"] == "ja" and doc["supplier"][3] == "JP" and doc["buyer"][3] != "JP":
            notes.append(L["rc"])
        if doc["pay_disc"]:
            p, dd = doc["pay_disc"]
            amt = doc["total"] * D(str(p)) / 100
            notes.append(L["terms"].format(n=doc["days"], p=fmt_num(D(str(p)), doc["numstyle"], 1 if p != int(p) else 0),
                                           d=fmt_date(doc["date"] + timedelta(days=dd), doc["datestyle"]), a=M(doc, amt)))
        else:
            notes.append(L["terms0"].format(n=doc["days"]))
    if dt == "quotation":
        notes.append({"de": "Dieses Angebot ist 30 Tage gültig.", "nl": "Deze offerte is 30 dagen geldig.",
                      "ja": "有効期限：発行日より30日", "es": "Validez de la oferta: 30 días.", "en": "Quotation valid for 30 days.",
                      "fr": "Devis valable 30 jours.", "it": "Offerta valida 30 giorni.", "pl": "Oferta ważna 30 dni.", "zh": "报价有效期30天。"}[doc["lang"]])
    if dt == "proforma":
        notes.append({"en": "This is not a tax invoice. Goods will be shipped after receipt of payment.",
                      "de": "Keine Rechnung im Sinne des UStG. Versand nach Zahlungseingang.",
                      "nl": "Dit is geen factuur. Levering na ontvangst van betaling.", "fr": "Ce document n'est pas une facture.",
                      "it": "Documento non valido ai fini fiscali.", "es": "Documento sin validez fiscal.",
                      "pl": "Dokument nie jest fakturą VAT.", "zh": "本形式发票不作为报税凭证。", "ja": "本書は正式な請求書ではありません。"}[doc["lang"]])
    if dt == "credit_note":
        notes.append({"de": f"Gutschrift zu Rechnung {doc['ref'].replace('PO', 'RE')} – Rücksendung beschädigter Ware.",
                      "en": f"Credit against invoice {doc['ref'].replace('PO', 'INV')} – returned goods.",
                      "nl": f"Creditering van factuur {doc['ref'].replace('PO', 'F')} – retour beschadigde goederen.",
                      "fr": f"Avoir sur facture {doc['ref'].replace('PO', 'F')} – retour marchandise.",
                      "it": f"Storno parziale fattura {doc['ref'].replace('PO', 'FT')} – reso merce.",
                      "es": f"Rectifica la factura {doc['ref'].replace('PO', 'F')} – devolución.",
                      "pl": f"Korekta do faktury {doc['ref'].replace('PO', 'FV')} – zwrot towaru.",
                      "zh": "退货冲红。", "ja": "返品分"}[doc["lang"]])
    v["notes"] = notes
    v["footer"] = [f"{sname} · {L['vatid']} {svat} · {L['bank']}: {fake_iban(sc)}"]
    return v


def fake_iban(cc):
    r = random.Random(hash(cc) % 1000)
    if cc in ("CN", "JP", "US"):
        return {"CN": "中国银行宁波分行 3581 2200 4471 0926", "JP": "三井住友銀行 大阪本店 普通 7712045",
                "US": "First Cascade Bank, ABA 123006800, Acct 4471920356"}[cc]
    cc2 = {"GB": "GB"}.get(cc, cc)
    return f"{cc2}{r.randint(10, 99)} " + " ".join(f"{r.randint(0, 9999):04d}" for _ in range(4))


# ---------------------------------------------------------------- HTML renderers
CSS = {
 "exact": """
  @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
  body { font-family: 'Nimbus Sans', 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 9.5pt; color:#222; }
  .top { display:flex; justify-content:space-between; border-bottom: 3px solid #e1251b; padding-bottom:6px; }
  .logo { font-size: 17pt; font-weight: bold; color:#e1251b; }
  .sup { text-align:right; font-size:8.5pt; color:#555; }
  h1 { font-size: 15pt; margin: 18px 0 6px 0; font-weight: normal; }
  .addr { margin-top: 22px; width: 55%; }
  table.meta td { padding: 1px 10px 1px 0; }
  table.lines { width:100%; border-collapse: collapse; margin-top: 14px; }
  table.lines th { background:#f1f1f1; text-align:left; padding:4px; font-size:8.5pt; border-bottom:1px solid #999; }
  table.lines td { padding:3px 4px; border-bottom: 1px solid #e4e4e4; }
  .r { text-align:right; } .sum { width: 48%; margin-left:52%; margin-top:10px; border-collapse:collapse; }
  .sum td { padding:2px 4px; } .sum tr.strong td { font-weight:bold; border-top: 1.5px solid #222; font-size:10.5pt; }
  .notes { margin-top: 18px; font-size: 8.5pt; } .foot { margin-top: 24px; font-size: 7.5pt; color:#777; border-top:1px solid #ccc; padding-top:4px;}
  .flex2 { display:flex; justify-content:space-between; }
 """,
 "holded": """
  @page { size: A4; margin: 12mm; }
  body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 8.8pt; color:#2b2b3a; }
  .band { background:#24243e; color:white; padding:14px 18px; display:flex; justify-content:space-between; }
  .logo { font-size: 16pt; letter-spacing: 1px; } h1 { font-size:20pt; margin:0; font-weight:300; }
  .parties { display:flex; justify-content:space-between; margin-top: 16px; }
  .box { width: 46%; } .box .lab { color:#8a8aa8; text-transform:uppercase; font-size:7pt; }
  table.meta { margin-top: 10px; } table.meta td { padding: 1px 12px 1px 0; }
  table.lines { width:100%; border-collapse: collapse; margin-top: 14px; }
  table.lines th { color:#8a8aa8; font-size:7.5pt; text-transform:uppercase; text-align:left; border-bottom:2px solid #24243e; padding:5px 3px; }
  table.lines td { padding:5px 3px; border-bottom:1px dotted #bbb; }
  .r { text-align:right; } .sum { width: 44%; margin-left:56%; margin-top:12px; border-collapse:collapse; }
  .sum td { padding:3px 4px; } .sum tr.strong td { font-weight:bold; background:#24243e; color:white; font-size:10.5pt; }
  .notes { margin-top: 16px; font-size: 8pt; color:#555; } .foot { margin-top: 20px; font-size: 7pt; color:#888; text-align:center;}
 """,
 "moneybird": """
  @page { size: A4; margin: 20mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 7.5pt; color:#999; } }
  body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; color:#333; }
  .logo { font-size: 14pt; font-weight: bold; color:#1f6fd1; } .sup { font-size:8pt; color:#666; margin-top:4px; }
  .addr { margin-top: 28px; } h1 { font-size: 18pt; color:#1f6fd1; margin-top:26px; margin-bottom:4px; }
  table.meta td { padding: 1px 14px 1px 0; font-size:8.5pt; }
  table.lines { width:100%; border-collapse: collapse; margin-top: 16px; }
  table.lines th { text-align:left; padding:4px 3px; border-bottom:1px solid #1f6fd1; color:#1f6fd1; font-weight:normal; }
  table.lines td { padding:4px 3px; }
  table.lines tr:nth-child(even) td { background:#f5f8fd; }
  .r { text-align:right; } .sum { width: 45%; margin-left:55%; margin-top:10px; border-collapse:collapse; }
  .sum td { padding:2px 4px; } .sum tr.strong td { font-weight:bold; border-top:1px solid #333; }
  .notes { margin-top: 18px; font-size: 8pt; } .foot { margin-top: 26px; font-size: 7.5pt; color:#888; }
  .vt { margin-top: 12px; border-collapse:collapse; font-size:8pt; } .vt td, .vt th { border:1px solid #ccd; padding:2px 6px; }
 """,
 "fattura": """
  @page { size: A4; margin: 12mm 12mm 14mm 12mm; }
  body { font-family: 'Nimbus Sans', 'DejaVu Sans', sans-serif; font-size: 8.6pt; color:#111; }
  .hdr { display:flex; justify-content:space-between; }
  .logo { font-size: 15pt; font-weight: bold; color:#0a7d5a; }
  .cbox { border:1px solid #0a7d5a; border-radius:4px; padding:6px 8px; width: 44%; margin-top: 8px; }
  .cbox .lab { font-size:7pt; color:#0a7d5a; font-weight:bold; }
  .docbar { margin-top: 12px; background:#e7f4ef; padding:5px 8px; } .docbar h1 { display:inline; margin-right: 14px; } .docbar span { font-size: 8pt; }
  h1 { font-size: 12pt; margin:0; }
  table.lines { width:100%; border-collapse: collapse; margin-top: 10px; }
  table.lines th { background:#0a7d5a; color:white; padding:3px; font-weight:normal; text-align:left;}
  table.lines td { padding:3px; border-bottom: 1px solid #cfe3dc; }
  .r { text-align:right; }
  .vt { margin-top: 10px; border-collapse:collapse; width:58%; float:left; } .vt td, .vt th { border:1px solid #9cc; padding:2px 4px; font-size:8pt;}
  .sum { width: 38%; float:right; margin-top:10px; border-collapse:collapse; } .sum td { padding:2px 4px; }
  .sum tr.strong td { font-weight:bold; font-size: 10pt; border-top:2px solid #0a7d5a; }
  .notes { clear: both; padding-top: 14px; font-size: 7.8pt; } .foot { margin-top: 16px; font-size: 7pt; color:#555; }
 """,
}


def h(s):
    return html.escape(str(s))


def rows_html(v):
    out = ["<table class='lines'><thead><tr>"]
    for c, a in zip(v["cols"], v["align"]):
        out.append(f"<th class='{'r' if a == 'r' else ''}'>{h(c)}</th>")
    out.append("</tr></thead><tbody>")
    for r in v["rows"]:
        out.append("<tr>" + "".join(f"<td class='{'r' if a == 'r' else ''}'>{h(c)}</td>" for c, a in zip(r, v["align"])) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def sum_html(v):
    if not v["summary"]:
        return ""
    return "<table class='sum'>" + "".join(
        f"<tr class='{'strong' if s else ''}'><td>{h(a)}</td><td class='r'>{h(b)}</td></tr>" for a, b, s in v["summary"]) + "</table>"


def meta_html(v):
    return "<table class='meta'>" + "".join(f"<tr><td>{h(a)}</td><td>{h(b)}</td></tr>" for a, b in v["meta"]) + "</table>"


def html_doc(v, style, doc):
    L = TXT[v["lang"]]
    lang = v["lang"]
    head = f"<html lang='{lang}'><head><meta charset='utf-8'><style>{CSS.get(style, '')}</style></head><body>"
    sup = v["supplier"]
    notes = "".join(f"<p>{h(n)}</p>" for n in v["notes"])
    foot = "<div class='foot'>" + "<br>".join(h(x) for x in v["footer"]) + "</div>"
    if style == "exact":
        body = (f"<div class='top'><div class='logo'>{h(sup[0])}</div><div class='sup'>{'<br>'.join(h(x) for x in sup[1:])}</div></div>"
                f"<div class='flex2'><div class='addr'>{'<br>'.join(h(x) for x in v['buyer'])}</div><div style='margin-top:22px'>{meta_html(v)}</div></div>"
                f"<h1>{h(v['title'])}</h1>{rows_html(v)}{sum_html(v)}<div class='notes'>{notes}</div>{foot}")
    elif style == "holded":
        body = (f"<div class='band'><div class='logo'>{h(sup[0])}</div><h1>{h(v['title'])}</h1></div>"
                f"<div class='parties'><div class='box'><div class='lab'>{h(L['billto'] or L['cust'])}</div>{'<br>'.join(h(x) for x in v['buyer'])}</div>"
                f"<div class='box'><div class='lab'>&nbsp;</div>{'<br>'.join(h(x) for x in sup)}</div></div>"
                f"{meta_html(v)}{rows_html(v)}{sum_html(v)}<div class='notes'>{notes}</div>{foot}")
    elif style == "moneybird":
        vt = ""
        if v["vat_table"] and len(v["vat_table"]) > 1:
            vt = (f"<table class='vt'><tr><th>{h(L['rate'])}</th><th>{h(L['base'])}</th><th>{h(L['tax'])}</th></tr>" +
                  "".join(f"<tr><td>{h(a)}</td><td class='r'>{h(b)}</td><td class='r'>{h(c)}</td></tr>" for a, b, c, _ in v["vat_table"]) + "</table>")
        body = (f"<div class='logo'>{h(sup[0])}</div><div class='sup'>{' · '.join(h(x) for x in sup[1:])}</div>"
                f"<div class='addr'>{'<br>'.join(h(x) for x in v['buyer'])}</div><h1>{h(v['title'])}</h1>{meta_html(v)}"
                f"{rows_html(v)}{sum_html(v)}{vt}<div class='notes'>{notes}</div>{foot}")
    elif style == "fattura":
        vt = ""
        if v["vat_table"]:
            vt = (f"<table class='vt'><tr><th>{h(L['rate'])}</th><th>{h(L['base'])}</th><th>{h(L['tax'])}</th><th>{h(L['amount'])}</th></tr>" +
                  "".join(f"<tr><td>{h(a)}</td><td class='r'>{h(b)}</td><td class='r'>{h(c)}</td><td class='r'>{h(d)}</td></tr>" for a, b, c, d in v["vat_table"]) + "</table>")
        m = dict(v["meta"])
        body = (f"<div class='hdr'><div><div class='logo'>{h(sup[0])}</div>{'<br>'.join(h(x) for x in sup[1:])}</div>"
                f"<div class='cbox'><div class='lab'>{h(L['billto'])}</div>{'<br>'.join(h(x) for x in v['buyer'])}</div></div>"
                f"<div class='docbar'><h1>{h(v['title'])}</h1><span>{' &nbsp; | &nbsp; '.join(h(a) + ': ' + h(b) for a, b in v['meta'])}</span></div>"
                f"{rows_html(v)}{vt}{sum_html(v)}<div class='notes'>{notes}</div>{foot}")
    elif style == "cjk_zh":
        body = zh_vat_html(v, doc)
    elif style == "cjk_ja":
        body = ja_html(v, doc)
    return head + body + "</body></html>"


def cn_upper(d):
    d = abs(D(d)).quantize(C2)
    n = int(d)
    frac = int((d - n) * 100)
    digs = "零壹贰叁肆伍陆柒捌玖"
    u = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    if n == 0:
        out = "零"
    else:
        groups = []
        while n > 0:
            groups.append(n % 10000)
            n //= 10000
        out = ""
        zp = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zp = True
                continue
            gd = [g // 1000 % 10, g // 100 % 10, g // 10 % 10, g % 10]
            gs = ""
            started = False
            for k, dg in enumerate(gd):
                if dg == 0:
                    if started or out:
                        zp = True
                else:
                    if zp and (out or started):
                        gs += "零"
                    zp = False
                    gs += digs[dg] + u[3 - k]
                    started = True
            out += gs + big[gi]
    out += "圆"
    if frac == 0:
        return out + "整"
    j, f = frac // 10, frac % 10
    out += (digs[j] + "角") if j else "零"
    out += (digs[f] + "分") if f else "整"
    return out


ZH_CSS = """
 @page { size: A4 landscape; margin: 10mm; }
 body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; color:#7a3a12; }
 .t { text-align:center; font-size: 20pt; letter-spacing: 6px; color:#7a3a12; border-bottom: 3px double #7a3a12; width: 50%; margin: 0 auto; }
 .sub { display:flex; justify-content:space-between; margin: 6px 0; color:#333; }
 table.g { width:100%; border-collapse:collapse; } table.g td, table.g th { border:1px solid #7a3a12; padding:3px 5px; color:#222; }
 table.g th { color:#7a3a12; font-weight:normal; } .lab { color:#7a3a12; width: 24px; text-align:center; }
 .r { text-align:right; } .seal { color:#c8102e; border:2px solid #c8102e; border-radius:50%; width:110px; height:70px; text-align:center; padding-top:18px; font-size:8pt; float:right; margin-top:6px;}
"""


def zh_vat_html(v, doc):
    sname, slines, svat, _, _ = doc["supplier"]
    bname, blines, bvat, _ = doc["buyer"]
    rows = "".join(f"<tr><td>{h(r[1])}</td><td>件</td><td class='r'>{h(r[2])}</td><td class='r'>{h(r[3])}</td><td class='r'>{h(r[-1])}</td><td class='r'>{h(r[-2])}</td>"
                   f"<td class='r'>{h(N(doc, ln['net'] * ln['rate'] / 100))}</td></tr>"
                   for r, ln in zip(v["rows"], doc["lines"]))
    tt = v["title"]
    return (f"<style>{ZH_CSS}</style><div class='t'>{h(tt)}</div>"
            f"<div class='sub'><span>发票代码：{R.randint(3300000000, 3399999999)}</span><span>{h(TXT['zh']['no'])}：{h(doc['number'])}</span><span>{h(TXT['zh']['date'])}：{h(v['date_str'])}</span></div>"
            f"<table class='g'><tr><td class='lab' rowspan='4'>购<br>买<br>方</td><td>名称：{h(bname)}</td><td rowspan='4' class='lab'>密<br>码<br>区</td><td rowspan='4' style='font-family:monospace;font-size:8pt'>03*5&lt;9+/41-8&gt;&gt;2*67<br>&lt;+1/29*3-0&gt;6485+&lt;//<br>7*0&gt;3+91-&lt;2*6/58&gt;<br>-2&lt;/*41+09&gt;73-6*</td></tr>"
            f"<tr><td>纳税人识别号：{h(bvat)}</td></tr><tr><td>地址、电话：{h(' '.join(blines))} 0571-8{R.randint(1000000, 9999999)}</td></tr><tr><td>开户行及账号：招商银行杭州分行 5719 {R.randint(1000, 9999)} {R.randint(1000, 9999)}</td></tr></table>"
            f"<table class='g'><tr><th>货物或应税劳务、服务名称</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率</th><th>税额</th></tr>{rows}"
            f"<tr><td>合　　计</td><td></td><td></td><td></td><td class='r'>{h(M(doc, doc['net_total']))}</td><td></td><td class='r'>{h(M(doc, doc['vat_total']))}</td></tr>"
            f"<tr><td>价税合计（大写）</td><td colspan='4'>ⓧ {cn_upper(doc['total'])}</td><td colspan='2'>（小写）{h(M(doc, doc['total']))}</td></tr></table>"
            f"<table class='g'><tr><td class='lab' rowspan='4'>销<br>售<br>方</td><td>名称：{h(sname)}</td><td rowspan='4' class='lab'>备<br>注</td><td rowspan='4'>{'<br>'.join(h(n) for n in v['notes'])}</td></tr>"
            f"<tr><td>纳税人识别号：{h(svat)}</td></tr><tr><td>地址、电话：{h(' '.join(slines))} 0574-8{R.randint(1000000, 9999999)}</td></tr><tr><td>开户行及账号：{h(fake_iban('CN'))}</td></tr></table>"
            f"<div class='sub'><span>收款人：王丽</span><span>复核：陈杰</span><span>开票人：赵敏</span><span>销售方：（章）</span></div>"
            f"<div class='seal'>{h(sname[:8])}<br>发票专用章</div>")


JA_CSS = """
 @page { size: A4; margin: 16mm; }
 body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 9pt; color:#222; }
 h1 { text-align:center; font-size: 20pt; letter-spacing: 12px; font-weight: normal; border-bottom: 1px solid #333; padding-bottom:4px;}
 .two { display:flex; justify-content:space-between; margin-top:10px; } .cust { font-size: 13pt; border-bottom:1px solid #333; }
 .big { margin-top: 14px; font-size: 14pt; border:2px solid #333; padding:6px 12px; display:inline-block; }
 table.lines { width:100%; border-collapse:collapse; margin-top: 14px; } table.lines th { background:#e8e8e8; border:1px solid #777; padding:3px; font-weight:normal;}
 table.lines td { border:1px solid #999; padding:3px; } .r { text-align:right; }
 .sum { width:46%; margin-left:54%; border-collapse:collapse; margin-top:8px;} .sum td { border:1px solid #999; padding:3px;} .sum tr.strong td { font-weight:bold; background:#f2f2f2;}
 .notes { margin-top:14px; font-size:8pt;} .foot { margin-top: 14px; font-size:8pt; color:#555;}
"""


def ja_html(v, doc):
    sname, slines, svat, _, _ = doc["supplier"]
    bname = doc["buyer"][0]
    rows = "".join("<tr>" + "".join(f"<td class='{'r' if a == 'r' else ''}'>{h(c)}{'※' if (i == 1 and ln.get('rate') == 8) else ''}</td>"
                                     for i, (c, a) in enumerate(zip(r, v["align"]))) + "</tr>" for r, ln in zip(v["rows"], doc["lines"] + [{}] * 99))
    big = ""
    if v["priced"]:
        big = f"<div class='big'>{h(TXT['ja']['total'])}　{h(M(doc, doc['total']))} -</div>"
    lead = {"invoice": "下記の通りご請求申し上げます。", "tax_invoice": "下記の通りご請求申し上げます。", "quotation": "下記の通りお見積り申し上げます。",
            "delivery_note": "下記の通り納品いたしました。", "receipt": "上記正に領収いたしました。"}.get(doc["doc_type"], "")
    return (f"<style>{JA_CSS}</style><h1>{h(v['title'])}</h1><div class='two'><div><div class='cust'>{h(bname)}　御中</div><p>{lead}</p>{big}</div>"
            f"<div>{'<br>'.join(h(a) + '：' + h(b) for a, b in v['meta'])}<br><br><b>{h(sname)}</b><br>{'<br>'.join(h(x) for x in slines)}<br>登録番号：{h(svat)}</div></div>"
            f"<table class='lines'><tr>{''.join('<th>' + h(c) + '</th>' for c in v['cols'])}</tr>{rows}</table>{sum_html(v)}"
            f"<div class='notes'>{'<br>'.join(h(n) for n in v['notes'])}{'<br>※は軽減税率（8%）対象商品です。' if any(ln['rate'] == 8 for ln in doc['lines']) else ''}</div>"
            f"<div class='foot'>{h(TXT['ja']['bank'])}：{h(fake_iban('JP'))}</div>")


def render_weasy(v, style, doc, out):
    from weasyprint import HTML
    HTML(string=html_doc(v, style, doc)).write_pdf(str(out))


def render_chromium(v, style, doc, out):
    src = TMP / (out.stem + ".html")
    src.write_text(html_doc(v, style, doc), encoding="utf-8")
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={out}", src.as_uri()],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120, check=True)


# ---------------------------------------------------------------- ReportLab renderers
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.colors import HexColor, white, black

pdfmetrics.registerFont(TTFont("DV", DEJAVU))
pdfmetrics.registerFont(TTFont("DVB", DEJAVU_B))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))


def rl_fonts(lang):
    if lang in ("zh", "ja"):
        return "WQY", "WQY"
    if lang == "pl":
        return "DV", "DVB"
    return "Helvetica", "Helvetica-Bold"


def fit(c, s, font, size, maxw):
    while pdfmetrics.stringWidth(s, font, size) > maxw and len(s) > 3:
        s = s[:-2] + "…" if not s.endswith("…") else s[:-2] + "…"
    return s


def render_reportlab(v, style, doc, out):
    f, fb = rl_fonts(v["lang"])
    W, H = A4
    c = rl_canvas.Canvas(str(out), pagesize=A4)
    c.setAuthor("")
    c.setTitle(f"{v['title']} {doc['number']}")
    accent = HexColor("#1d4e89") if style == "sage" else HexColor("#444444")
    page = [1]

    def header(first):
        if style == "lexware":
            c.setFont(fb, 13)
            c.drawString(25 * 72 / 25.4, H - 20 * 72 / 25.4, v["supplier"][0])
            c.setFont(f, 7.5)
            c.drawString(25 * 72 / 25.4, H - 24 * 72 / 25.4, " · ".join(v["supplier"][1:3]))
            if first:
                c.setFont(f, 6.5)
                c.drawString(25 * 72 / 25.4, H - 47 * 72 / 25.4, fit(c, f"{v['supplier'][0]} · {' · '.join(v['supplier'][1:3])}", f, 6.5, 220))
                c.line(25 * 72 / 25.4, H - 48 * 72 / 25.4, 25 * 72 / 25.4 + 225, H - 48 * 72 / 25.4)
                c.setFont(f, 10)
                y = H - 53 * 72 / 25.4
                for ln in v["buyer"][:5]:
                    c.drawString(25 * 72 / 25.4, y, ln)
                    y -= 12.5
                c.setFont(f, 9)
                y = H - 50 * 72 / 25.4
                for a, b in v["meta"]:
                    c.drawString(125 * 72 / 25.4, y, a)
                    c.drawRightString(W - 20 * 72 / 25.4, y, b)
                    y -= 12
                c.setFont(fb, 14)
                c.drawString(25 * 72 / 25.4, H - 103 * 72 / 25.4, f"{v['title']} {doc['number']}")
                return H - 115 * 72 / 25.4
            return H - 35 * 72 / 25.4
        else:  # sage-like
            c.setFillColor(accent)
            c.rect(0, H - 70, W, 70, fill=1, stroke=0)
            c.setFillColor(white)
            c.setFont(fb, 16)
            c.drawString(40, H - 38, v["supplier"][0])
            c.setFont(f, 8)
            c.drawString(40, H - 54, ", ".join(v["supplier"][1:]))
            c.setFont(fb, 18)
            c.drawRightString(W - 40, H - 42, v["title"].upper() if v["lang"] not in ("zh", "ja") else v["title"])
            c.setFillColor(black)
            if first:
                c.setFont(fb, 8)
                c.drawString(40, H - 95, (TXT[v["lang"]]["billto"] or "").upper())
                c.setFont(f, 9.5)
                y = H - 108
                for ln in v["buyer"]:
                    c.drawString(40, y, ln)
                    y -= 12
                y2 = H - 95
                c.setFont(f, 9)
                for a, b in v["meta"]:
                    c.drawString(W - 230, y2, a)
                    c.drawRightString(W - 40, y2, b)
                    y2 -= 12.5
                return min(y, y2) - 18
            return H - 95

    def footer():
        c.setFont(f, 7)
        c.setFillColor(HexColor("#666666"))
        for i, x in enumerate(v["footer"]):
            c.drawString(40, 30 - 9 * i, fit(c, x, f, 7, W - 140))
        c.drawRightString(W - 40, 30, f"{TXT[v['lang']]['page']} {page[0]}")
        c.setFillColor(black)

    y = header(True)
    ncol = len(v["cols"])
    x0, x1 = (25 * 72 / 25.4, W - 20 * 72 / 25.4) if style == "lexware" else (40, W - 40)
    widths = {5: [60, 0, 50, 60, 60], 6: [55, 0, 40, 60, 40, 70], 7: [50, 0, 35, 55, 35, 35, 65]}[ncol]
    widths[1] = (x1 - x0) - sum(widths)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)

    def table_head(y):
        c.setFont(fb, 8.5)
        if style == "sage":
            c.setFillColor(HexColor("#e6edf5"))
            c.rect(x0, y - 4, x1 - x0, 15, fill=1, stroke=0)
            c.setFillColor(black)
        for i, (col, a) in enumerate(zip(v["cols"], v["align"])):
            if a == "r":
                c.drawRightString(xs[i + 1] - 3, y, col)
            else:
                c.drawString(xs[i] + 2, y, col)
        if style == "lexware":
            c.line(x0, y - 4, x1, y - 4)
        return y - 18

    y = table_head(y)
    c.setFont(f, 9)
    for r in v["rows"]:
        if y < 110:
            footer()
            c.showPage()
            page[0] += 1
            y = table_head(header(False))
            c.setFont(f, 9)
        for i, (cell, a) in enumerate(zip(r, v["align"])):
            if a == "r":
                c.drawRightString(xs[i + 1] - 3, y, cell)
            else:
                c.drawString(xs[i] + 2, y, fit(c, cell, f, 9, widths[i] - 4))
        if style == "lexware":
            c.setStrokeColor(HexColor("#cccccc"))
            c.line(x0, y - 4, x1, y - 4)
            c.setStrokeColor(black)
        y -= 15
    need = 16 * len(v["summary"]) + 14 * len(v["notes"]) * 2 + 40
    if y - need < 60:
        footer()
        c.showPage()
        page[0] += 1
        y = header(False) - 10
    y -= 6
    for a, b, strong in v["summary"]:
        c.setFont(fb if strong else f, 10 if strong else 9)
        if strong:
            c.line(x1 - 230, y + 11, x1, y + 11)
        c.drawString(x1 - 300 if len(a) > 30 else x1 - 230, y, fit(c, a, f, 9, 220))
        c.drawRightString(x1 - 3, y, b)
        y -= 15
    y -= 12
    c.setFont(f, 8)
    for n in v["notes"]:
        words = n.split(" ") if v["lang"] not in ("zh", "ja") else list(n)
        line = ""
        for wd in words:
            t = (line + " " + wd).strip() if v["lang"] not in ("zh", "ja") else line + wd
            if pdfmetrics.stringWidth(t, f, 8) > x1 - x0:
                c.drawString(x0, y, line)
                y -= 11
                line = wd
            else:
                line = t
        c.drawString(x0, y, line)
        y -= 14
    footer()
    c.save()


# ---------------------------------------------------------------- fpdf2
def render_fpdf(v, style, doc, out):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.add_font("DV", "", DEJAVU)
    pdf.add_font("DV", "B", DEJAVU_B)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.set_creator("InvoiceDesk 4.1")
    pdf.add_page()
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, v["supplier"][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(90, 4, "\n".join(v["supplier"][1:]))
    pdf.set_xy(120, 12)
    pdf.set_font("DV", "B", 13)
    pdf.cell(75, 8, v["title"], align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    y = 22
    for a, b in v["meta"]:
        pdf.set_xy(120, y)
        pdf.cell(35, 4.5, a)
        pdf.cell(40, 4.5, b, align="R")
        y += 4.5
    pdf.set_xy(10, max(y, 48) + 4)
    pdf.set_font("DV", "B", 8)
    pdf.cell(0, 5, TXT[v["lang"]]["billto"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(90, 4.8, "\n".join(v["buyer"]))
    pdf.ln(6)
    ncol = len(v["cols"])
    widths = {5: [24, 0, 18, 22, 26], 6: [22, 0, 15, 22, 15, 26], 7: [20, 0, 14, 20, 13, 14, 24]}[ncol]
    widths[1] = 190 - sum(widths)
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(225, 225, 225)
    for col, w, a in zip(v["cols"], widths, v["align"]):
        pdf.cell(w, 6, col, border=1, align="R" if a == "r" else "L", fill=True)
    pdf.ln()
    pdf.set_font("DV", "", 8.5)
    for r in v["rows"]:
        for cell, w, a in zip(r, widths, v["align"]):
            while pdf.get_string_width(cell) > w - 2 and len(cell) > 3:
                cell = cell[:-2] + "…"
            pdf.cell(w, 5.5, cell, border="LR", align="R" if a == "r" else "L")
        pdf.ln()
    pdf.cell(190, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for a, b, strong in v["summary"]:
        pdf.set_font("DV", "B" if strong else "", 10 if strong else 8.5)
        pdf.set_x(95)
        pdf.cell(70, 5.5, a, align="R")
        pdf.cell(35, 5.5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "", 7.8)
    for n in v["notes"]:
        pdf.multi_cell(0, 4, n, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(4)
    pdf.set_font("DV", "", 7)
    for x in v["footer"]:
        pdf.multi_cell(0, 3.5, x, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out))


# ---------------------------------------------------------------- LibreOffice (docx / fods)
SOFFICE_QUEUE = []   # (src path, final pdf path)


def render_docx(v, style, doc, out):
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    st = d.styles["Normal"]
    st.font.name = R.choice(["Liberation Sans", "Carlito", "DejaVu Sans", "Nimbus Sans"])
    st.font.size = Pt(9.5)
    p = d.add_paragraph()
    r = p.add_run(v["supplier"][0])
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x55, 0x22, 0x11)
    p.add_run("\n" + " – ".join(v["supplier"][1:])).font.size = Pt(8)
    d.add_paragraph()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "\n".join(v["buyer"])
    t.cell(0, 1).text = "\n".join(f"{a}: {b}" for a, b in v["meta"])
    hp = d.add_paragraph()
    hr = hp.add_run(v["title"])
    hr.bold = True
    hr.font.size = Pt(15)
    if doc["doc_type"] == "letter":
        for para in doc["letter"]:
            d.add_paragraph(para)
    else:
        tb = d.add_table(rows=1, cols=len(v["cols"]))
        tb.style = "Table Grid"
        for i, col in enumerate(v["cols"]):
            tb.rows[0].cells[i].text = col
            tb.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        for row in v["rows"]:
            cells = tb.add_row().cells
            for i, (cv, a) in enumerate(zip(row, v["align"])):
                cells[i].text = cv
                if a == "r":
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if v["summary"]:
            d.add_paragraph()
            sm = d.add_table(rows=0, cols=2)
            for a, b, s in v["summary"]:
                cells = sm.add_row().cells
                cells[0].text = a
                cells[1].text = b
                cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if s:
                    for c_ in cells:
                        c_.paragraphs[0].runs[0].bold = True
    for n in v["notes"]:
        d.add_paragraph(n).runs[0].font.size = Pt(8)
    for x in v["footer"]:
        fp = sec.footer.paragraphs[0]
        fp.text = x
        fp.runs[0].font.size = Pt(7)
    src = TMP / (out.stem + ".docx")
    d.save(src)
    SOFFICE_QUEUE.append((src, out))


def x(s):
    return html.escape(str(s), quote=True)


def render_fods(v, style, doc, out):
    cols = len(v["cols"])
    rows = []

    def row(cells, sty="Default"):
        out = []
        for cell in cells:
            c, cs = cell[0], cell[1]
            sp = cell[2] if len(cell) > 2 else 1
            spa = f" table:number-columns-spanned='{sp}'" if sp > 1 else ""
            out.append(f"<table:table-cell table:style-name='{cs or sty}'{spa} office:value-type='string'><text:p>{x(c)}</text:p></table:table-cell>")
            out += ["<table:covered-table-cell/>"] * (sp - 1)
        rows.append("<table:table-row>" + "".join(out) + "</table:table-row>")
    row([(v["supplier"][0], "Big")])
    for s in v["supplier"][1:]:
        row([(s, None)])
    row([("", None)])
    row([(v["title"], "Big")])
    for a, b in v["meta"]:
        row([(a, "Bold", 2), (b, None, 2)])
    row([("", None)])
    for s in v["buyer"]:
        row([(s, None)])
    row([("", None)])
    row([(c, "Head") for c in v["cols"]])
    for r in v["rows"]:
        row([(c, "Num" if a == "r" else None) for c, a in zip(r, v["align"])])
    row([("", None)])
    for a, b, s in v["summary"]:
        row([("", None)] * (cols - 4) + [(a, "Bold" if s else None, 3), (b, "NumBold" if s else "Num")])
    row([("", None)])
    for n in v["notes"] + v["footer"]:
        row([(n, "Small")])
    widths = ["2.2cm", "7.2cm", "1.6cm", "2.3cm", "1.7cm", "1.7cm", "2.4cm"][:cols]
    if cols == 5:
        widths = ["2.2cm", "8.4cm", "2.2cm", "2.4cm", "2.6cm"]
    if cols == 6:
        widths = ["2.2cm", "7.4cm", "1.8cm", "2.4cm", "1.8cm", "2.6cm"]
    colxml = "".join(f"<table:table-column table:style-name='co{i}'/>" for i in range(cols))
    colsty = "".join(f"<style:style style:name='co{i}' style:family='table-column'><style:table-column-properties style:column-width='{w}'/></style:style>" for i, w in enumerate(widths))
    fods = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{colsty}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin="1.5cm" style:scale-to-X="1"/></style:page-layout>
<style:style style:name="Big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Small" style:family="table-cell"><style:text-properties fo:font-size="7.5pt"/></style:style>
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde7f0" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Num" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="NumBold" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{x(v['title'] or 'Blad1')}">{colxml}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    src = TMP / (out.stem + ".fods")
    src.write_text(fods, encoding="utf-8")
    SOFFICE_QUEUE.append((src, out))


def run_soffice():
    if not SOFFICE_QUEUE:
        return
    odir = TMP / "so_out"
    odir.mkdir(exist_ok=True)
    prof = TMP / "so_profile"
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={prof.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(odir)] + [str(s) for s, _ in SOFFICE_QUEUE],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for s, o in SOFFICE_QUEUE:
        shutil.move(str(odir / (s.stem + ".pdf")), str(o))
    SOFFICE_QUEUE.clear()


RENDER = {"chromium_exactstyle": (render_chromium, "exact"), "chromium_holdedstyle": (render_chromium, "holded"),
          "weasy_moneybirdstyle": (render_weasy, "moneybird"), "weasy_fatturastyle": (render_weasy, "fattura"),
          "weasy_cjk": (render_weasy, None), "reportlab_sagestyle": (render_reportlab, "sage"),
          "reportlab_lexwarestyle": (render_reportlab, "lexware"), "fpdf2_plain": (render_fpdf, None),
          "soffice_docx": (render_docx, None), "soffice_calc": (render_fods, None)}


def render(producer, doc, out):
    v = view(doc)
    if doc["doc_type"] in ("letter", "pricelist"):
        v = special_view(doc, v)
    fn, style = RENDER[producer]
    if producer == "weasy_cjk":
        style = "cjk_zh" if doc["lang"] == "zh" and doc["doc_type"] == "tax_invoice" else ("cjk_ja" if doc["lang"] == "ja" else "moneybird")
    fn(v, style, doc, out)
    return v


def special_view(doc, v):
    L = TXT[doc["lang"]]
    if doc["doc_type"] == "pricelist":
        v["title"] = L["pricelist"] + f" {doc['date'].year}"
        v["cols"] = [L["art"], L["desc"], L["unit"], L["vat"]]
        v["align"] = ["l", "l", "r", "r"]
        v["rows"] = [[ln["sku"], ln["desc"], N(doc, ln["unit"]), rate_str(doc, D(str(doc["std"])))] for ln in doc["lines"] if not ln.get("ship")]
        v["cols"].append("MOQ")
        v["align"].append("r")
        for r in v["rows"]:
            r.append(str(R.choice([6, 12, 24, 48])))
        v["notes"] = [{"fr": "Prix HT départ usine, valables du 1er mars au 31 décembre. Franco de port à partir de 1 500 € HT.",
                       "de": "Preise netto ab Werk zzgl. gesetzlicher USt.", "en": "Prices ex works, excl. VAT."}.get(doc["lang"], "")]
        v["summary"] = []
        v["vat_table"] = []
        v["meta"] = [(L["date"], v["date_str"])]
    elif doc["doc_type"] == "letter":
        v["title"] = doc["letter_title"]
        v["cols"], v["rows"], v["summary"], v["vat_table"] = [], [], [], []
        v["meta"] = [(L["date"], v["date_str"]), (L["cust"], doc["cust"])]
        v["notes"] = []
    return v


# ---------------------------------------------------------------- scans / photos
def render_page_img(pdf_path, idx, dpi):
    pdf = pdfium.PdfDocument(str(pdf_path))
    pg = pdf[idx]
    W, H = pg.get_size()
    s = dpi / 72
    img = pg.render(scale=s).to_pil().convert("RGB")
    pdf.close()
    return img, W, H, s


def scan_degrade(pdf_path, idx, seed, dpi=None, gray=None):
    rr = random.Random(seed)
    dpi = dpi or rr.choice([110, 130, 150, 150, 200])
    img, W, H, s = render_page_img(pdf_path, idx, dpi)
    gray = rr.random() < 0.5 if gray is None else gray
    ang = rr.uniform(-1.6, 1.6)
    tint = np.array([rr.randint(236, 250), rr.randint(232, 248), rr.randint(222, 242)], dtype=np.float32)
    a = np.asarray(img).astype(np.float32) / 255.0
    a = a * tint[None, None, :] + (1 - a) * rr.uniform(15, 45)   # paper tint and toner density
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(rr.randint(60, 120),) * 3)
    arr = np.asarray(img).astype(np.float32)
    arr += np.random.default_rng(seed).normal(0, rr.uniform(3, 9), arr.shape[:2])[:, :, None]
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rr.uniform(0.3, 0.8)))
    if gray:
        img = img.convert("L")
    cx, cy = img.size[0] / 2, img.size[1] / 2
    th = math.radians(ang)

    def mapper(xp, yp):
        px, py = xp * s, (H - yp) * s
        dx, dy = px - cx, py - cy
        return cx + dx * math.cos(th) + dy * math.sin(th), cy - dx * math.sin(th) + dy * math.cos(th)
    return img, mapper


def phone_photo(pdf_path, idx, seed):
    rr = random.Random(seed)
    img, W, H, s = render_page_img(pdf_path, idx, rr.choice([110, 130]))
    w, h = img.size
    pad = int(w * 0.12)
    bgc = np.array([rr.randint(90, 160), rr.randint(70, 120), rr.randint(40, 90)], dtype=np.float32)
    canvas_ = np.ones((h + 2 * pad, w + 2 * pad, 3), np.float32) * bgc
    canvas_ += np.random.default_rng(seed).normal(0, 6, canvas_.shape[:2])[:, :, None]
    canvas_[pad:pad + h, pad:pad + w] = np.asarray(img).astype(np.float32) * 0.97
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda: rr.uniform(-0.07, 0.07) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Mx = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas_, Mx, (canvas_.shape[1], canvas_.shape[0]), borderMode=cv2.BORDER_REPLICATE)
    yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]].astype(np.float32)
    lx, ly = rr.uniform(0, out.shape[1]), rr.uniform(0, out.shape[0])
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(out.shape)
    light = 1.08 - rr.uniform(0.35, 0.55) * dist
    out = out * light[:, :, None] * np.array([1.0, 0.98, rr.uniform(0.85, 0.95)])[None, None, :]
    out += np.random.default_rng(seed + 1).normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rr.uniform(0.6, 1.1)))
    scale = rr.choice([0.8, 0.9, 1.0])
    im = im.resize((int(im.size[0] * scale), int(im.size[1] * scale)), Image.BILINEAR)

    def mapper(xp, yp):
        p = np.float32([[[xp * s + pad, (H - yp) * s + pad]]])
        q = cv2.perspectiveTransform(p, Mx)[0, 0]
        return float(q[0]) * scale, float(q[1]) * scale
    return im, mapper


# ---------------------------------------------------------------- text location via pdfium
def find_text(pdf_path, needle, page_idx=None):
    """Return list of (page, (l,b,r,t), chars[list of (ch,l,b,r,t,weight)])."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    hits = []
    for pi in range(len(pdf)):
        if page_idx is not None and pi != page_idx:
            continue
        tp = pdf[pi].get_textpage()
        srch = tp.search(needle, match_case=True)
        while True:
            m = srch.get_next()
            if not m:
                break
            i0, n = m
            chars = []
            for i in range(i0, i0 + n):
                ch = tp.get_text_range(i, 1)
                l, b, r, t = tp.get_charbox(i)
                wgt = pdfium_c.FPDFText_GetFontWeight(tp.raw, i)
                chars.append((ch, l, b, r, t, wgt))
            cs = [c for c in chars if c[0].strip()]
            if cs:
                hits.append((pi, (min(c[1] for c in cs), min(c[2] for c in cs), max(c[3] for c in cs), max(c[4] for c in cs)), cs))
        srch.close()
        tp.close()
    pdf.close()
    return hits


def all_chars(pdf_path, page_idx):
    pdf = pdfium.PdfDocument(str(pdf_path))
    tp = pdf[page_idx].get_textpage()
    out = []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if ch.strip():
            l, b, r, t = tp.get_charbox(i)
            out.append((ch, l, b, r, t, pdfium_c.FPDFText_GetFontWeight(tp.raw, i), pdfium_c.FPDFText_GetFontSize(tp.raw, i)))
    tp.close()
    pdf.close()
    return out


def pdf_pages(p):
    return len(pypdf.PdfReader(str(p)).pages)


# ---------------------------------------------------------------- labels / output
LABELS = []
GEN = []       # genuine records with extra info for editing
COUNTER = [0]


def fname(ext):
    COUNTER[0] += 1
    return f"doc_{COUNTER[0]:03d}{ext}"


def label(file, doc, producer, pages, genuine=True, edit_method=None, what=None, ebc=False, total=None, dstr=None,
          buyer=None, extra=None):
    dt = doc["doc_type"]
    tot = doc["total"] if total is None else total
    is_inv = dt in ("invoice", "tax_invoice", "receipt", "credit_note")
    rec = dict(file=file, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer,
               language=doc["lang"], is_invoice=is_inv, doc_type=dt if dt not in ("pricelist", "letter") else "other",
               date=(dstr or doc["date"]).isoformat(),
               total=(str(q0(tot)) if doc["cur"] == "JPY" else str(q2(tot))) if (dt not in ("packing_list", "delivery_note", "letter", "pricelist")) else None,
               currency=doc["cur"], supplier=doc["supplier"][0], buyer=buyer or doc["buyer"][0], pages=pages,
               edit_before_capture=ebc, arithmetic_error=bool(doc.get("err")))
    if doc.get("deposit"):
        rec["amount_due"] = str(q2(doc["due"]))
    if extra:
        rec.update(extra)
    LABELS.append(rec)
    return rec


# ---------------------------------------------------------------- genuine plan
def plan():
    P = []

    def add(prod, lang, n, **kw):
        for _ in range(n):
            P.append((prod, lang, dict(kw)))
    add("chromium_exactstyle", "nl", 4); add("chromium_exactstyle", "en", 2); add("chromium_exactstyle", "fr", 1)
    add("chromium_exactstyle", "nl", 1, doc_type="quotation"); add("chromium_exactstyle", "nl", 1, n_lines=38)
    add("chromium_holdedstyle", "es", 4); add("chromium_holdedstyle", "en", 1); add("chromium_holdedstyle", "es", 1, doc_type="delivery_note")
    add("chromium_holdedstyle", "es", 1, n_lines=30, deposit=True); add("chromium_holdedstyle", "es", 1, doc_type="proforma")
    add("weasy_moneybirdstyle", "nl", 4); add("weasy_moneybirdstyle", "de", 3); add("weasy_moneybirdstyle", "en", 1)
    add("weasy_moneybirdstyle", "pl", 2); add("weasy_moneybirdstyle", "nl", 1, doc_type="credit_note")
    add("weasy_fatturastyle", "it", 5); add("weasy_fatturastyle", "it", 1, doc_type="delivery_note"); add("weasy_fatturastyle", "it", 1, n_lines=34, deposit=True)
    add("weasy_cjk", "zh", 3, doc_type="tax_invoice"); add("weasy_cjk", "zh", 1, doc_type="packing_list")
    add("weasy_cjk", "ja", 3); add("weasy_cjk", "ja", 1, doc_type="quotation"); add("weasy_cjk", "ja", 1, doc_type="receipt", n_lines=2)
    add("reportlab_lexwarestyle", "de", 6); add("reportlab_lexwarestyle", "de", 1, doc_type="credit_note")
    add("reportlab_lexwarestyle", "de", 1, doc_type="quotation"); add("reportlab_lexwarestyle", "de", 1, n_lines=45, deposit=True)
    add("reportlab_sagestyle", "fr", 5); add("reportlab_sagestyle", "en", 3); add("reportlab_sagestyle", "nl", 1)
    add("reportlab_sagestyle", "it", 1); add("reportlab_sagestyle", "es", 1); add("reportlab_sagestyle", "pl", 1); add("reportlab_sagestyle", "zh", 1)
    add("reportlab_sagestyle", "en", 1, doc_type="proforma")
    add("fpdf2_plain", "pl", 3); add("fpdf2_plain", "en", 2); add("fpdf2_plain", "de", 1); add("fpdf2_plain", "es", 1)
    add("fpdf2_plain", "en", 1, doc_type="packing_list"); add("fpdf2_plain", "en", 1, doc_type="receipt", n_lines=1)
    add("soffice_calc", "nl", 2); add("soffice_calc", "de", 2); add("soffice_calc", "en", 1); add("soffice_calc", "it", 1)
    add("soffice_calc", "nl", 1, doc_type="purchase_order")
    add("soffice_docx", "fr", 3); add("soffice_docx", "nl", 1); add("soffice_docx", "en", 1); add("soffice_docx", "es", 1)
    add("soffice_docx", "de", 1); add("soffice_docx", "fr", 1, doc_type="pricelist", n_lines=14); add("soffice_docx", "de", 1, doc_type="letter")
    # scans and phone photos (source rendered into _tmp with a vector producer)
    for lang, dt in [("de", "invoice"), ("nl", "invoice"), ("fr", "invoice"), ("it", "invoice"), ("es", "invoice"), ("en", "invoice"),
                     ("zh", "tax_invoice"), ("en", "packing_list"), ("nl", "invoice"), ("de", "invoice")]:
        add("scan_jpeg", lang, 1, doc_type=dt)
    for lang in ["de", "nl", "fr", "ja"]:
        add("scan_png", lang, 1)
    for lang, kw in [("de", {}), ("it", {}), ("nl", {"n_lines": 40}), ("es", {}), ("fr", {"doc_type": "credit_note"}), ("pl", {}), ("nl", {"doc_type": "delivery_note"})]:
        add("scan_pdf", lang, 1, **kw)
    for lang, kw in [("nl", {}), ("de", {}), ("ja", {"doc_type": "receipt", "n_lines": 1}), ("en", {}), ("fr", {}), ("es", {}), ("it", {"doc_type": "purchase_order"})]:
        add("phone_photo_jpeg", lang, 1, **kw)
    return P


VECTOR_FOR_LANG = {"zh": "weasy_cjk", "ja": "weasy_cjk", "pl": "weasy_moneybirdstyle"}


def letter_doc(doc):
    doc["letter_title"] = "Preisanpassung zum 1. April"
    doc["letter"] = ["Sehr geehrte Damen und Herren,",
                     "aufgrund gestiegener Rohstoff- und Energiekosten sehen wir uns leider gezwungen, unsere Listenpreise "
                     "zum 1. April um durchschnittlich 4,5 % anzupassen. Bereits bestätigte Aufträge liefern wir selbstverständlich "
                     "zu den vereinbarten Konditionen aus.",
                     "Für Rückfragen steht Ihnen Ihr Ansprechpartner im Vertriebsinnendienst gern zur Verfügung.",
                     "Mit freundlichen Grüßen", doc["supplier"][0]]


# ---------------------------------------------------------------- edits
import copy
from reportlab.lib.colors import Color

EDITOR_PRODUCERS = ["SwiftPDF Online Editor 4.2", "PDFpal Web 3.8.1", "EasyDocFix online (pdf-lib)", "QuickSign & Edit 2.0"]
NEW_BUYERS = [("Nordsee Versand GmbH", ["Am Sandtorkai 14", "20457 Hamburg"], "DE351177420", "DE"),
              ("Kaya Home Goods Ltd", ["44 Brunswick Street", "Glasgow G1 1TF"], "GB 391 5520 07", "GB"),
              ("Maasdelta Trading B.V.", ["Waalhaven Zuidzijde 19", "3089 JH Rotterdam"], "NL866102931B01", "NL"),
              ("Brightnest Commerce LLC", ["88 Commerce Park Dr", "Reno, NV 89502"], "", "US"),
              ("Hogar Lumina S.L.", ["Calle Colón 48", "46004 Valencia"], "ESB98455213", "ES")]


def new_value(g, field, rr):
    """Pick old/new printed strings and the new label value for one field."""
    doc, v = g["doc"], g["v"]
    if field == "total":
        f = D(str(rr.choice(["1.8", "2.5", "0.6", "3.1", "1.25", "4.0", "0.45"])))
        newt = q0(doc["total"] * f) if doc["cur"] == "JPY" else q2(doc["total"] * f)
        return N(doc, doc["total"]), N(doc, newt), ("total", newt), None
    if field == "date":
        nd = doc["date"] - timedelta(days=rr.randint(25, 190))
        return v["date_str"], fmt_date(nd, doc["datestyle"]), ("date", nd), None
    if field == "buyer":
        nb = rr.choice([b for b in NEW_BUYERS if b[0] != doc["buyer"][0]])
        return doc["buyer"][0], nb[0], ("buyer", nb[0]), None
    if field == "quantity":
        cands = [(i, ln) for i, ln in enumerate(doc["lines"]) if not ln.get("ship") and ln.get("sku")]
        i, ln = rr.choice(cands)
        nq = ln["qty"] * rr.choice([10, 5, 3]) if abs(ln["qty"]) < 100 else ln["qty"] * 2
        return str(ln["qty"]), str(nq), ("quantity", nq), ln["sku"]
    raise ValueError(field)


def row_y(pdf_path, sku):
    hits = find_text(pdf_path, sku)
    return (hits[0][0], hits[0][1][1], hits[0][1][3]) if hits else None


def qty_hit(src, doc, sku, qty_str):
    """The quantity cell on the row of `sku`: the hit whose right edge is closest to the qty column header."""
    ry = row_y(src, sku)
    if not ry:
        return None
    hits = [hh for hh in find_text(src, qty_str) if hh[0] == ry[0] and abs(hh[1][1] - ry[1]) < 4]
    skub = find_text(src, sku)[0][1]
    hits = [hh for hh in hits if hh[1][0] > skub[2] + 2]
    hdr = [hh for hh in find_text(src, TXT[doc["lang"]]["qty"]) if hh[0] == ry[0] and hh[1][1] > ry[2]]
    if not hits or not hdr:
        return None
    hdr = min(hdr, key=lambda hh: hh[1][1] - ry[2])
    return min(hits, key=lambda hh: abs(hh[1][2] - hdr[1][2]))


def cs_replace(pdf, old, new, where=None, exact=False):
    """Replace bytes inside Tj string operands; where=(page, ylo, yhi) restricts to one text line."""
    count = 0
    for pi, page in enumerate(pdf.pages):
        if where and pi != where[0]:
            continue
        ops = pikepdf.parse_content_stream(page)
        out, cur_y, changed = [], None, False
        for operands, op in ops:
            name = str(op)
            if name == "Tm":
                cur_y = float(operands[5])
            elif name == "Td" and cur_y is not None:
                cur_y += float(operands[1])
            if name == "Tj" and isinstance(operands[0], pikepdf.String):
                b = bytes(operands[0])
                ok = where is None or (cur_y is not None and where[1] - 3 <= cur_y <= where[2] + 1)
                if (b.strip() == old if exact else old in b) and ok:
                    operands = [pikepdf.String(b.replace(old, new))]
                    changed = True
                    count += 1
            out.append((operands, op))
        if changed:
            page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(out))
    return count


def enc(s, lang):
    return s.encode("cp1252")


def edit_stream(g, fields, out, rr, incremental=False):
    src = g["path"]
    changes, labs = [], {}
    pdf = pikepdf.open(str(src))
    for field in fields:
        old, new, (k, val), sku = new_value(g, field, rr)
        where = None
        if sku:
            ry = row_y(src, sku)
            where = ry
        n = cs_replace(pdf, enc(old, g["doc"]["lang"]), enc(new, g["doc"]["lang"]), where, exact=bool(sku))
        if n == 0:
            pdf.close()
            return None
        labs[k] = val
    if not incremental:
        if rr.random() < 0.6:
            with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                pass
            pdf.docinfo["/Producer"] = rr.choice(EDITOR_PRODUCERS)
        pdf.save(str(out))
        pdf.close()
        return labs
    # incremental: take the new content streams, append them as an update with pypdf
    data = {}
    for pi, page in enumerate(pdf.pages):
        c = page.obj.get("/Contents")
        data[pi] = page.Contents.read_bytes() if isinstance(c, pikepdf.Stream) else None
    pdf.close()
    orig = pikepdf.open(str(src))
    origdata = {pi: p.Contents.read_bytes() for pi, p in enumerate(orig.pages)}
    orig.close()
    w = pypdf.PdfWriter(str(src), incremental=True)
    for pi, b in data.items():
        if b is not None and b != origdata[pi]:
            pg = w.pages[pi]
            cs = pg.get_contents()
            cs.set_data(b)
            pg.replace_contents(cs)
    if rr.random() < 0.5:
        w.add_metadata({"/Producer": rr.choice(EDITOR_PRODUCERS)})
    with open(out, "wb") as fh:
        w.write(fh)
    return labs


def page_colors(pdf_path, pi, box, scale=3):
    """Sample background and ink colours around/inside a text box (PDF points)."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    pg = pdf[pi]
    W, H = pg.get_size()
    im = np.asarray(pg.render(scale=scale).to_pil().convert("RGB")).astype(int)
    pdf.close()
    l, b, r, t = box
    x0, x1 = int((l - 2) * scale), int((r + 2) * scale)
    y0, y1 = int((H - t - 2) * scale), int((H - b + 2) * scale)
    x0, y0 = max(x0, 0), max(y0, 0)
    reg = im[y0:y1, x0:x1].reshape(-1, 3)
    border = np.concatenate([im[y0, x0:x1], im[min(y1, im.shape[0] - 1), x0:x1], im[y0:y1, x0], im[y0:y1, min(x1, im.shape[1] - 1)]])
    bg = np.median(border, axis=0)
    dist = np.abs(reg - bg).sum(1)
    ink = reg[dist.argmax()] if len(reg) else np.array([0, 0, 0])
    return bg / 255.0, ink / 255.0


def box_metrics(chars):
    ref = [c for c in chars if c[0].isdigit() or c[0].isupper()] or chars
    base = float(np.median([c[2] for c in ref]))
    hgt = float(np.median([c[4] - c[2] for c in ref]))
    return base, max(hgt / 0.72, 5), max(c[5] for c in chars)


def overlay_edit(g, fields, out, rr):
    from reportlab.pdfgen import canvas as cv
    src = g["path"]
    reader = pypdf.PdfReader(str(src))
    per_page = {}
    labs = {}
    for field in fields:
        old, new, (k, val), sku = new_value(g, field, rr)
        hits = find_text(src, old)
        if sku:
            qh = qty_hit(src, g["doc"], sku, old)
            hits = [qh] if qh else []
        if not hits:
            return None
        for pi, box, chars in hits:
            per_page.setdefault(pi, []).append((box, chars, new, field))
        labs[k] = val
    writer = pypdf.PdfWriter(clone_from=str(src))
    for pi, page in enumerate(writer.pages):
        if pi in per_page:
            W, H = float(page.mediabox.width), float(page.mediabox.height)
            buf = io.BytesIO()
            c = cv.Canvas(buf, pagesize=(W, H))
            for box, chars, new, field in per_page[pi]:
                bg, ink = page_colors(src, pi, box)
                base, fs, wgt = box_metrics(chars)
                cjk = any(ord(ch) > 0x2000 for ch in new)
                font = "WQY" if cjk else ("DV" if any(ord(ch) > 255 for ch in new) else ("Helvetica-Bold" if wgt >= 600 else "Helvetica"))
                l, b, r, t = box
                c.setFillColor(Color(*bg))
                nw = pdfmetrics.stringWidth(new, font, fs)
                right_align = field in ("total", "quantity") or (new[:1].isdigit() and field != "buyer")
                rl = min(l, r - nw) if right_align else l
                rr_ = max(r, l + nw) if not right_align else r
                c.rect(rl - 1.2, base - fs * 0.26, (rr_ - rl) + 2.4, fs * 1.06, fill=1, stroke=0)
                c.setFillColor(Color(*ink))
                c.setFont(font, fs)
                if right_align:
                    c.drawRightString(r, base, new)
                else:
                    c.drawString(l, base, new)
            c.save()
            buf.seek(0)
            page.merge_page(pypdf.PdfReader(buf).pages[0])
    with open(out, "wb") as fh:
        writer.write(fh)
    return labs


def resave(path, rr):
    tmp = TMP / ("rs_" + path.name)
    with pikepdf.open(str(path)) as p:
        p.docinfo["/Producer"] = rr.choice(EDITOR_PRODUCERS)
        p.docinfo["/ModDate"] = "D:20260601101500+02'00'"
        p.save(str(tmp), object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    shutil.move(str(tmp), str(path))


def rasterize(path, dpi=150):
    pdf = pdfium.PdfDocument(str(path))
    imgs = [pg.render(scale=dpi / 72).to_pil().convert("RGB") for pg in pdf]
    pdf.close()
    imgs[0].save(str(path), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


def pil_font(bold, px, cjk=False):
    if cjk:
        return ImageFont.truetype(WQY, px)
    for cand in (["/usr/share/fonts/opentype/urw-base35/NimbusSans-Bold.otf", DEJAVU_B] if bold else
                 ["/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf", DEJAVU]):
        if os.path.exists(cand):
            return ImageFont.truetype(cand, px)


def mapped_bbox(mapper, box):
    l, b, r, t = box
    pts = [mapper(l, b), mapper(r, b), mapper(l, t), mapper(r, t)]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def image_paste(g, field, out, rr):
    old, new, (k, val), sku = new_value(g, field, rr)
    hits = find_text(g["src"], old, page_idx=0)
    if sku:
        qh = qty_hit(g["src"], g["doc"], sku, old)
        hits = [qh] if qh and qh[0] == 0 else []
    if not hits:
        return None
    im = Image.open(g["path"])
    mode = im.mode
    im = im.convert("RGB")
    a = np.asarray(im)
    d = ImageDraw.Draw(im)
    for pi, box, chars in hits:
        x0, y0, x1, y1 = mapped_bbox(g["mapper"], box)
        x0, y0, x1, y1 = int(x0) - 2, int(y0) - 2, int(x1) + 3, int(y1) + 3
        reg = a[y0:y1, x0:x1].reshape(-1, 3).astype(int)
        border = np.concatenate([a[y0, x0:x1], a[y1, x0:x1]]).astype(int)
        bg = tuple(int(c) for c in np.median(border, axis=0))
        ink = tuple(int(c) for c in reg[np.abs(reg - np.array(bg)).sum(1).argmax()])
        _, fs_pt, wgt = box_metrics(chars)
        hpx = (y1 - y0 - 5)
        font = pil_font(wgt >= 600, max(8, int(round(hpx / 0.72))), any(ord(ch) > 0x2000 for ch in new))
        tw = d.textlength(new, font=font)
        right = field in ("total", "quantity")
        lx = x1 - 3 - tw if right else x0 + 2
        d.rectangle([min(x0, lx - 1), y0, max(x1, lx + tw + 1), y1], fill=bg)
        asc = font.getbbox("0")[1]
        d.text((lx, y0 + 2 - asc), new, fill=ink, font=font)
    if mode == "L":
        im = im.convert("L")
    if out.suffix == ".jpg":
        im.save(out, "JPEG", quality=rr.choice([90, 95, 75]))
    else:
        im.save(out, "PNG")
    return {k: val}


def image_clone(g, field, out, rr):
    doc, v = g["doc"], g["v"]
    src = g["src"]
    chars = all_chars(src, 0)
    if field == "quantity":
        cands = [ln for ln in doc["lines"] if not ln.get("ship") and ln.get("sku")]
        rr.shuffle(cands)
        opts = []
        for ln in cands:
            qh = qty_hit(src, doc, ln["sku"], str(ln["qty"]))
            hits = [qh] if qh and qh[0] == 0 else []
            if hits:
                old = str(ln["qty"])
                for nq in [int(str(d_) + old[1:]) for d_ in "123456789"] + [int(old[:-1] + str(d_)) for d_ in "0123456789"]:
                    if str(nq) != old and len(str(nq)) == len(old) and nq > ln["qty"]:
                        opts.append((old, str(nq), hits[0], ("quantity", nq)))
                break
    else:
        hits = find_text(src, v["date_str"], 0)
        if not hits:
            return None
        opts = []
        for delta in rr.sample(range(-60, -5), 50):
            nd = doc["date"] + timedelta(days=delta)
            ns = fmt_date(nd, doc["datestyle"])
            if len(ns) == len(v["date_str"]):
                opts.append((v["date_str"], ns, hits[0], ("date", nd)))
    rr.shuffle(opts)
    for old, new, hit, lab in opts:
        pi, box, tchars = hit
        plan_ = []
        ok = True
        for j, (oc, nc) in enumerate(zip(old, new)):
            if oc == nc:
                continue
            tc = [c for c in tchars][j] if len(tchars) == len(old) else None
            if tc is None:
                ok = False
                break
            hgt = tc[4] - tc[2]
            srcs = [c for c in chars if c[0] == nc and abs((c[4] - c[2]) - hgt) < 0.08 * hgt and c[5] == tc[5]
                    and not (box[0] - 1 <= c[1] <= box[2] + 1 and box[1] - 1 <= c[2] <= box[3] + 1)]
            if not srcs:
                ok = False
                break
            plan_.append((tc, rr.choice(srcs)))
        if ok and plan_:
            break
    else:
        return None
    im = Image.open(g["path"])
    for tc, sc in plan_:
        tb = mapped_bbox(g["mapper"], (tc[1], tc[2], tc[3], tc[4]))
        sb = mapped_bbox(g["mapper"], (sc[1], sc[2], sc[3], sc[4]))
        pad = 1
        patch = im.crop((int(sb[0]) - pad, int(sb[1]) - pad, int(sb[2]) + pad + 1, int(sb[3]) + pad + 1))
        # blank the old glyph with local paper colour, then drop the cloned glyph on the same baseline
        arr = np.asarray(im.convert("L"))
        bgv = int(np.median(arr[int(tb[1]) - 3:int(tb[3]) + 3, int(tb[0]) - 4].ravel())) if int(tb[0]) > 4 else 235
        fill = bgv if im.mode == "L" else (bgv,) * 3
        ImageDraw.Draw(im).rectangle([int(tb[0]) - pad, int(tb[1]) - pad, int(tb[2]) + pad, int(tb[3]) + pad], fill=fill)
        im.paste(patch, (int(tb[0]) - pad, int(tb[3]) + pad + 1 - patch.size[1]))
    if out.suffix == ".jpg":
        im.save(out, "JPEG", quality=rr.choice([80, 88]))
    else:
        im.save(out, "PNG")
    return {lab[0]: lab[1]}


def recompute(doc):
    rnd = q0 if doc["cur"] == "JPY" else q2
    for ln in doc["lines"]:
        ln["net"] = rnd(ln["qty"] * ln["unit"] * (1 - ln["disc"] / 100))
    summ = {}
    for ln in doc["lines"]:
        summ[ln["rate"]] = summ.get(ln["rate"], D(0)) + ln["net"]
    doc["summary"] = summ
    doc["vat"] = {r: rnd(b * r / 100) for r, b in summ.items()}
    doc["net_total"] = sum(summ.values())
    doc["vat_total"] = sum(doc["vat"].values())
    doc["total"] = doc["net_total"] + doc["vat_total"]
    doc["due"] = doc["total"] - doc["deposit"]


def edit_before_capture(g, field, out, rr, capture):
    doc = copy.deepcopy(g["doc"])
    what = [field]
    if field == "buyer":
        nb = rr.choice([b for b in NEW_BUYERS if b[0] != doc["buyer"][0]])
        doc["buyer"] = nb
    elif field == "date":
        doc["date"] = doc["date"] - timedelta(days=rr.randint(30, 120))
        doc["due_date"] = doc["date"] + timedelta(days=doc["days"])
    elif field == "quantity":
        ln = max((ln for ln in doc["lines"] if not ln.get("ship")), key=lambda ln: ln["net"])
        ln["qty"] = ln["qty"] * 3
        recompute(doc)
        what = ["quantity", "total"]
    src = TMP / f"ebc_{out.stem}.pdf"
    render(g["producer"], doc, src)
    if g["producer"].startswith("soffice"):
        run_soffice()
    if capture == "phone":
        im, _ = phone_photo(src, 0, rr.randint(1, 10 ** 6))
        im.save(out, "JPEG", quality=82)
    else:
        im, _ = scan_degrade(src, 0, rr.randint(1, 10 ** 6))
        im.save(out, "JPEG", quality=70)
    return doc, what


def make_edits():
    rr = random.Random(4242)
    ok_src = [g for g in GEN if not g["doc"].get("err") and g["label"]["total"] is not None]
    rl_std = [g for g in ok_src if g["producer"].startswith("reportlab") and g["doc"]["lang"] in ("de", "fr", "en", "nl", "it", "es")]
    vec = [g for g in ok_src if g["path"].suffix == ".pdf" and not g.get("src") and (not g["producer"].startswith("reportlab") or g["doc"]["lang"] in ("pl", "zh"))]
    imgs = [g for g in ok_src if g.get("mapper")]
    rr.shuffle(rl_std); rr.shuffle(vec); rr.shuffle(imgs)
    jobs = []
    for f in [["total"], ["date"], ["buyer"], ["quantity"], ["total"], ["total", "date"], ["buyer"], ["quantity"]]:
        jobs.append(("pikepdf_text_replace", f, rl_std))
    for f in [["total"], ["date"], ["buyer"], ["total"], ["quantity"]]:
        jobs.append(("pypdf_incremental_update", f, rl_std))
    for f in [["total"], ["buyer"], ["date"], ["total"], ["quantity"], ["total"], ["buyer"], ["date"], ["total"]]:
        jobs.append(("overlay_whitebox", f, vec))
    for f in [["total"], ["buyer"], ["date"], ["total", "buyer"]]:
        jobs.append(("overlay_whitebox_resaved", f, vec))
    for f in [["total"], ["buyer"], ["date"]]:
        jobs.append(("overlay_whitebox_rasterized", f, vec))
    for f in [["total"], ["buyer"], ["date"], ["total"], ["total"]]:
        jobs.append(("image_paste", f, imgs))
    for f in [["quantity"], ["date"], ["quantity"]]:
        jobs.append(("image_clone", f, imgs))
    for f, cap in [(["buyer"], "scan"), (["date"], "phone"), (["quantity"], "scan")]:
        jobs.append(("edit_before_print", f + [cap], [g for g in vec if g["doc"]["lang"] not in ("zh", "ja") and g["producer"] != "soffice_calc"]))
    used = set()
    for method, fields, pool in jobs:
        done = False
        for g in pool:
            if g["file"] in used:
                continue
            if "buyer" in fields and g["doc"]["lang"] in ("zh", "ja") and method != "edit_before_print":
                continue
            if method.startswith("image") and ("buyer" in fields) and g["doc"]["lang"] in ("zh", "ja"):
                continue
            ext = g["path"].suffix if method.startswith("image") else ".pdf"
            if method == "edit_before_print":
                ext = ".jpg"
            fn = fname(ext)
            out = FILES / fn
            try:
                if method == "pikepdf_text_replace":
                    labs = edit_stream(g, fields, out, rr)
                elif method == "pypdf_incremental_update":
                    labs = edit_stream(g, fields, out, rr, incremental=True)
                elif method.startswith("overlay"):
                    labs = overlay_edit(g, fields, out, rr)
                    if labs and method.endswith("resaved"):
                        resave(out, rr)
                    if labs and method.endswith("rasterized"):
                        rasterize(out)
                elif method == "image_paste":
                    labs = image_paste(g, fields[0], out, rr)
                elif method == "image_clone":
                    labs = image_clone(g, fields[0], out, rr)
                elif method == "edit_before_print":
                    ndoc, what = edit_before_capture(g, fields[0], out, rr, fields[1])
                    labs = None
            except Exception as e:
                print("edit failed", method, fields, g["file"], repr(e)[:200])
                labs = None
                if method == "edit_before_print":
                    raise
            if method == "edit_before_print":
                prod = "phone_photo_jpeg" if fields[1] == "phone" else "scan_jpeg"
                label(fn, ndoc, prod, 1, genuine=False, edit_method=method, what=what, ebc=True,
                      extra={"edited_from": g["file"], "source_layout": g["producer"], "edit_breaks_arithmetic": False})
                used.add(g["file"])
                done = True
                break
            if not labs:
                if out.exists():
                    out.unlink()
                COUNTER[0] -= 1
                continue
            base = g["label"]
            doc = g["doc"]
            tot = labs.get("total", doc["total"])
            rec = label(fn, doc, base["producer"], pdf_pages(out) if out.suffix == ".pdf" else 1, genuine=False,
                        edit_method=method, what=sorted(labs.keys()), total=tot, dstr=labs.get("date"), buyer=labs.get("buyer"),
                        extra={"edited_from": g["file"], "edit_breaks_arithmetic": bool({"total", "quantity"} & set(labs))})
            rec["arithmetic_error"] = False
            if "source_layout" in base:
                rec["source_layout"] = base["source_layout"]
            used.add(g["file"])
            done = True
            break
        if not done:
            print("!! could not place edit", method, fields)
    print(f"[{time.time() - T0:.0f}s] edits done")



def main():
    P = plan()
    R.shuffle(P)
    err_slots = set(R.sample([i for i, p in enumerate(P) if p[2].get("doc_type", "invoice") in ("invoice", "tax_invoice")], 8))
    err_kinds = ["line", "vat", "sum", "line", "vat", "sum", "line", "vat"]
    scan_jobs = []
    soffice_pending = []
    for i, (prod, lang, kw) in enumerate(P):
        dt = kw.pop("doc_type", "invoice")
        err = err_kinds.pop() if i in err_slots else None
        doc = make_doc(lang, dt, err=err, **kw)
        if dt == "purchase_order" and R.random() < 1:
            pass
        if dt == "letter":
            letter_doc(doc)
        if prod.startswith("scan") or prod.startswith("phone"):
            vp = VECTOR_FOR_LANG.get(lang, R.choice(["reportlab_lexwarestyle", "reportlab_sagestyle", "weasy_moneybirdstyle", "weasy_fatturastyle", "fpdf2_plain"]))
            if lang == "zh" and dt == "tax_invoice":
                vp = "weasy_cjk"
            src = TMP / f"src_{i:03d}.pdf"
            v = render(vp, doc, src)
            scan_jobs.append((prod, doc, src, vp, v))
            continue
        ext = ".pdf"
        fn = fname(ext)
        out = FILES / fn
        v = render(prod, doc, out)
        GEN.append(dict(file=fn, doc=doc, producer=prod, v=v, path=out))
        if prod.startswith("soffice"):
            soffice_pending.append(GEN[-1])
    run_soffice()
    for g in GEN:
        g["pages"] = pdf_pages(g["path"])
        g["label"] = label(g["file"], g["doc"], g["producer"], g["pages"])
    print(f"[{time.time() - T0:.0f}s] vector files done: {len(GEN)}")
    # scans
    for k, (prod, doc, src, vp, v) in enumerate(scan_jobs):
        seed = 1000 + k
        npg = pdf_pages(src)
        if prod == "scan_pdf":
            imgs = [scan_degrade(src, p, seed + p, dpi=150)[0] for p in range(npg)]
            fn = fname(".pdf")
            imgs[0].save(FILES / fn, "PDF", resolution=150, save_all=True, append_images=imgs[1:], quality=70)
            maps = None
            pages = npg
        else:
            if prod == "phone_photo_jpeg":
                im, mp = phone_photo(src, 0, seed)
                fn = fname(".jpg")
                im.save(FILES / fn, "JPEG", quality=R.randint(72, 88))
            else:
                im, mp = scan_degrade(src, 0, seed)
                if prod == "scan_jpeg":
                    fn = fname(".jpg")
                    im.save(FILES / fn, "JPEG", quality=R.randint(60, 85))
                else:
                    fn = fname(".png")
                    im.save(FILES / fn, "PNG")
            maps = mp
            pages = 1
            if npg > 1:
                print("warn multi-page source for single image", fn)
        rec = label(fn, doc, prod, pages, extra={"source_layout": vp})
        GEN.append(dict(file=fn, doc=doc, producer=prod, v=v, path=FILES / fn, src=src, mapper=maps, seed=seed, label=rec, pages=pages))
    print(f"[{time.time() - T0:.0f}s] scans done, genuine total {len(GEN)}")
    make_edits()
    run_checks()


def run_checks():
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as fh:
        for r in LABELS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    missing = [r["file"] for r in LABELS if not (FILES / r["file"]).exists()]
    print("labels:", len(LABELS), "files on disk:", len(list(FILES.iterdir())), "missing:", missing)
    from collections import Counter
    for key in ("producer", "language", "doc_type", "edit_method", "genuine", "arithmetic_error", "edit_before_capture"):
        print(key, dict(Counter(str(r[key]) for r in LABELS).most_common()))
    if not os.environ.get("KEEP_TMP"):
        shutil.rmtree(TMP, ignore_errors=True)
    print(f"done in {time.time() - T0:.0f}s")


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    main()
