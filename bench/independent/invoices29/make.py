#!/usr/bin/env python3
"""Teaching set generator: North-American / Mexican / Indian (plus some EU & Asian) supplier
invoices, a handful of non-invoices, and carefully edited copies.

Run:  /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script.  Everything is invented.
"""
import ctypes, csv, datetime as dt, io, json, os, random, shutil, subprocess, sys, time, uuid
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import pypdfium2 as pdfium
import pypdfium2.raw as pdfr
import pikepdf
from pypdf import PdfReader, PdfWriter

T0 = time.time()
HERE = Path(__file__).resolve().parent
OUT = HERE / "files"
WORK = HERE / "_work"
R = random.Random(2929)
FONTDIR = "/usr/share/fonts/truetype/dejavu/"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
D = Decimal
Q2 = D("0.01")


def q(x, cur="USD"):
    return D(x).quantize(D("1") if cur == "JPY" else Q2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- words & locales
T = {
 "en": dict(invoice="Invoice", tax_invoice="Tax Invoice", receipt="Sales Receipt", credit_note="Credit Note",
            proforma="Proforma Invoice", packing_list="Packing List", purchase_order="Purchase Order",
            quotation="Quotation", delivery_note="Delivery Note", price_list="Wholesale Price List", letter="",
            no="Invoice #", date="Date", due="Due date", bill_to="Bill to", ship_to="Ship to", desc="Description",
            qty="Qty", unit="Unit price", amount="Amount", subtotal="Subtotal", discount="Discount",
            shipping="Shipping", total="Total", terms="Terms", thanks="Thank you for your business.",
            vendor="Vendor", valid="Valid until", weight="Weight (kg)", sku="SKU", page="Page", doc_no="No."),
 "es": dict(invoice="Factura", tax_invoice="Factura", receipt="Recibo de venta", credit_note="Nota de crédito",
            proforma="Factura proforma", packing_list="Lista de empaque", purchase_order="Orden de compra",
            quotation="Cotización", delivery_note="Nota de remisión", price_list="Lista de precios mayoreo", letter="",
            no="Folio", date="Fecha", due="Vencimiento", bill_to="Facturar a", ship_to="Enviar a", desc="Descripción",
            qty="Cant.", unit="Precio unitario", amount="Importe", subtotal="Subtotal", discount="Descuento",
            shipping="Flete", total="Total", terms="Condiciones", thanks="Gracias por su preferencia.",
            vendor="Proveedor", valid="Vigencia", weight="Peso (kg)", sku="Clave", page="Página", doc_no="No."),
 "fr": dict(invoice="Facture", tax_invoice="Facture", receipt="Reçu de vente", credit_note="Note de crédit",
            proforma="Facture pro forma", packing_list="Liste de colisage", purchase_order="Bon de commande",
            quotation="Devis", delivery_note="Bon de livraison", price_list="Liste de prix de gros", letter="",
            no="N° de facture", date="Date", due="Échéance", bill_to="Facturer à", ship_to="Livrer à",
            desc="Description", qty="Qté", unit="Prix unitaire", amount="Montant", subtotal="Sous-total",
            discount="Remise", shipping="Transport", total="Total", terms="Conditions",
            thanks="Merci de votre confiance.", vendor="Fournisseur", valid="Valable jusqu'au", weight="Poids (kg)",
            sku="Réf.", page="Page", doc_no="N°"),
 "de": dict(invoice="Rechnung", tax_invoice="Rechnung", receipt="Kassenbeleg", credit_note="Gutschrift",
            proforma="Proformarechnung", packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot",
            delivery_note="Lieferschein", price_list="Händlerpreisliste", letter="", no="Rechnungsnr.",
            date="Datum", due="Fällig am", bill_to="Rechnungsempfänger", ship_to="Lieferadresse",
            desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amount="Betrag", subtotal="Zwischensumme",
            discount="Rabatt", shipping="Versand", total="Gesamtbetrag", terms="Zahlungsbedingungen",
            thanks="Vielen Dank für Ihren Auftrag.", vendor="Lieferant", valid="Gültig bis", weight="Gewicht (kg)",
            sku="Art.-Nr.", page="Seite", doc_no="Nr."),
 "it": dict(invoice="Fattura", tax_invoice="Fattura", receipt="Ricevuta", credit_note="Nota di credito",
            proforma="Fattura proforma", packing_list="Distinta colli", purchase_order="Ordine d'acquisto",
            quotation="Preventivo", delivery_note="Documento di trasporto", price_list="Listino prezzi",
            letter="", no="Fattura n.", date="Data", due="Scadenza", bill_to="Cliente", ship_to="Destinazione",
            desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", amount="Importo", subtotal="Imponibile",
            discount="Sconto", shipping="Spese di trasporto", total="Totale documento", terms="Pagamento",
            thanks="Grazie per la preferenza.", vendor="Fornitore", valid="Valido fino al", weight="Peso (kg)",
            sku="Cod.", page="Pagina", doc_no="N."),
 "pl": dict(invoice="Faktura VAT", tax_invoice="Faktura VAT", receipt="Paragon", credit_note="Faktura korygująca",
            proforma="Faktura proforma", packing_list="Lista pakunkowa", purchase_order="Zamówienie",
            quotation="Oferta", delivery_note="Wydanie zewnętrzne WZ", price_list="Cennik hurtowy", letter="",
            no="Nr faktury", date="Data wystawienia", due="Termin płatności", bill_to="Nabywca",
            ship_to="Odbiorca", desc="Nazwa towaru", qty="Ilość", unit="Cena netto", amount="Wartość netto",
            subtotal="Razem netto", discount="Rabat", shipping="Transport", total="Do zapłaty",
            terms="Sposób płatności", thanks="Dziękujemy za zakupy.", vendor="Dostawca", valid="Ważna do",
            weight="Waga (kg)", sku="Indeks", page="Strona", doc_no="Nr"),
 "nl": dict(invoice="Factuur", tax_invoice="Factuur", receipt="Kassabon", credit_note="Creditnota",
            proforma="Proformafactuur", packing_list="Paklijst", purchase_order="Inkooporder", quotation="Offerte",
            delivery_note="Pakbon", price_list="Prijslijst groothandel", letter="", no="Factuurnummer",
            date="Factuurdatum", due="Vervaldatum", bill_to="Factuuradres", ship_to="Afleveradres",
            desc="Omschrijving", qty="Aantal", unit="Prijs", amount="Bedrag", subtotal="Subtotaal",
            discount="Korting", shipping="Verzendkosten", total="Totaal", terms="Betalingstermijn",
            thanks="Bedankt voor uw bestelling.", vendor="Leverancier", valid="Geldig tot", weight="Gewicht (kg)",
            sku="Artikelnr.", page="Pagina", doc_no="Nr."),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票",
            packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
            price_list="批发价格表", letter="", no="发票号码", date="开票日期", due="付款期限", bill_to="购买方",
            ship_to="收货地址", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额", subtotal="合计",
            discount="折扣", shipping="运费", total="价税合计", terms="付款方式", thanks="谢谢惠顾", vendor="供应商",
            valid="有效期至", weight="重量(kg)", sku="规格型号", page="第页", doc_no="编号"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="仮請求書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書",
            price_list="卸価格表", letter="", no="請求書番号", date="発行日", due="お支払期限", bill_to="御中",
            ship_to="納品先", desc="品名", qty="数量", unit="単価", amount="金額", subtotal="小計", discount="値引",
            shipping="送料", total="ご請求金額", terms="お支払方法", thanks="今後ともよろしくお願い申し上げます。",
            vendor="仕入先", valid="有効期限", weight="重量(kg)", sku="品番", page="ページ", doc_no="番号"),
}
MONTHS = {
 "en": "January February March April May June July August September October November December".split(),
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def fmt_date(d, f):
    if f == "us": return d.strftime("%m/%d/%Y")
    if f == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if f == "iso": return d.isoformat()
    if f == "dmy_slash": return d.strftime("%d/%m/%Y")
    if f == "dmy_dot": return d.strftime("%d.%m.%Y")
    if f == "dmy_dash": return d.strftime("%d-%m-%Y")
    if f == "in": return d.strftime("%d-%b-%Y")
    if f == "fr_long": return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}"
    if f == "es_long": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if f == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if f == "ymd_slash": return d.strftime("%Y/%m/%d")
    raise ValueError(f)


def group(intpart, sep, indian=False):
    s = str(intpart)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_num(x, nf, cur="USD"):
    x = q(x, cur)
    neg = x < 0
    x = abs(x)
    ip = int(x)
    fp = f"{x:.2f}".split(".")[1]
    if nf == "us": s = group(ip, ",") + ("" if cur == "JPY" else "." + fp)
    elif nf == "eu": s = group(ip, ".") + "," + fp
    elif nf == "fr": s = group(ip, " ") + "," + fp
    elif nf == "in": s = group(ip, ",", True) + "." + fp
    else: raise ValueError(nf)
    return ("-" if neg else "") + s


def money(x, P):
    n = fmt_num(x, P["nf"], P["cur"])
    sym, pos = P["sym"], P["sympos"]
    if pos == "pre": return sym + n
    if pos == "pre_sp": return sym + " " + n
    return n + " " + sym


COUNTRIES = {
 "US": dict(lang="en", cur="USD", nf="us", sym="$", sympos="pre", dates=["us", "us_long"], taxsets=[[], [("Sales Tax 8.25%", "8.25")], [("Sales Tax 6.25%", "6.25")]]),
 "CA_ON": dict(lang="en", cur="CAD", nf="us", sym="$", sympos="pre", dates=["iso", "us_long"], taxsets=[[("HST 13%", "13")]]),
 "CA_BC": dict(lang="en", cur="CAD", nf="us", sym="$", sympos="pre", dates=["iso", "us_long"], taxsets=[[("GST 5%", "5"), ("PST 7%", "7")]]),
 "CA_NS": dict(lang="en", cur="CAD", nf="us", sym="$", sympos="pre", dates=["iso"], taxsets=[[("HST 15%", "15")]]),
 "CA_QC": dict(lang="fr", cur="CAD", nf="fr", sym="$", sympos="post", dates=["fr_long", "iso"], taxsets=[[("TPS 5 %", "5"), ("TVQ 9,975 %", "9.975")]]),
 "MX": dict(lang="es", cur="MXN", nf="us", sym="$", sympos="pre", dates=["dmy_slash", "es_long"], taxsets=[[("IVA 16%", "16")]]),
 "IN": dict(lang="en", cur="INR", nf="in", sym="₹", sympos="pre", dates=["in", "dmy_slash"], taxsets=[[("CGST 9%", "9"), ("SGST 9%", "9")], [("IGST 18%", "18")], [("IGST 12%", "12")], [("CGST 2.5%", "2.5"), ("SGST 2.5%", "2.5")]]),
 "DE": dict(lang="de", cur="EUR", nf="eu", sym="€", sympos="post", dates=["dmy_dot"], taxsets=[[("USt. 19 %", "19")]]),
 "FR": dict(lang="fr", cur="EUR", nf="fr", sym="€", sympos="post", dates=["fr_long", "dmy_slash"], taxsets=[[("TVA 20 %", "20")]]),
 "IT": dict(lang="it", cur="EUR", nf="eu", sym="€", sympos="pre_sp", dates=["dmy_slash"], taxsets=[[("IVA 22%", "22")]]),
 "NL": dict(lang="nl", cur="EUR", nf="eu", sym="€", sympos="pre_sp", dates=["dmy_dash"], taxsets=[[("BTW 21%", "21")]]),
 "PL": dict(lang="pl", cur="PLN", nf="fr", sym="zł", sympos="post", dates=["dmy_dot"], taxsets=[[("VAT 23%", "23")]]),
 "CN": dict(lang="zh", cur="CNY", nf="us", sym="¥", sympos="pre", dates=["cjk"], taxsets=[[("税额 13%", "13")]]),
 "JP": dict(lang="ja", cur="JPY", nf="us", sym="¥", sympos="pre", dates=["cjk", "ymd_slash"], taxsets=[[("消費税 10%", "10")]]),
}

# invented suppliers: (name, street, city line, tax id line)
SUPPLIERS = {
 "US": [("Brazos Fastener Supply LLC", "4410 Shady Caddo Rd", "Waco, TX 76708", "EIN 87-3301952"),
        ("Lone Mesa Packaging Co.", "918 Irving Pkwy Ste 12", "Irving, TX 75038", "EIN 45-7719026"),
        ("Pecan Hollow Textiles Inc.", "22 Quarry Bend Ln", "Greenville, SC 29607", "EIN 61-2048873"),
        ("Redwater Kitchenware Wholesale", "3701 Loop 12 Bldg C", "Dallas, TX 75212", "Resale permit 3-20511-7742-9"),
        ("Cedar Elm Outdoor Goods LLC", "600 W Anvil St", "Tulsa, OK 74103", "EIN 83-1190475"),
        ("Harlow & Tate Pet Supply", "77 Grain Elevator Rd", "Omaha, NE 68107", "EIN 47-5529310"),
        ("Caprock Tool & Hardware Inc.", "1502 Mesquite Flats Dr", "Lubbock, TX 79404", "EIN 75-6604418"),
        ("Old Pike Woodshop", "8 Cotton Gin Alley", "Denton, TX 76201", "")],
 "CA_ON": [("Maple Ridge Housewares Ltd.", "140 Dunvegan Cres.", "Mississauga, ON L5T 1K9", "GST/HST 80412 7731 RT0001"),
           ("Norland Cable & Connector Inc.", "55 Finchmere Ave Unit 4", "Markham, ON L3R 2V6", "GST/HST 71093 5520 RT0001")],
 "CA_BC": [("Salish Coast Apparel Co.", "2210 Marpole Way", "Burnaby, BC V5J 3H2", "GST 79830 1146 RT0001 / PST-1093-3381")],
 "CA_NS": [("Fundy Tide Crafts Ltd.", "31 Wharf Hollow Rd", "Dartmouth, NS B2Y 4K8", "HST 83310 6674 RT0001")],
 "CA_QC": [("Atelier Bois-Franc inc.", "1875, rue des Érables-Rouges", "Laval (Québec) H7S 2B4", "TPS 82201 4417 RT0001 · TVQ 1220448813 TQ0001"),
           ("Distributions Lac-Cinq enr.", "402, boul. Taché Ouest", "Montmagny (Québec) G5V 3R1", "TPS 75531 0286 RT0001 · TVQ 1006372219 TQ0001")],
 "MX": [("Textiles Cerro Azul S.A. de C.V.", "Calle Fundidores 218, Col. Industrial", "Monterrey, N.L. C.P. 64440", "RFC TCA190314K27"),
        ("Cerámica Tlaquepaque del Bajío S. de R.L.", "Av. Alfareros 1045", "Tlaquepaque, Jal. C.P. 45590", "RFC CTB110822MJ3"),
        ("Plásticos Río Bravo S.A. de C.V.", "Blvd. Nogales 77 Int. 3", "Cd. Juárez, Chih. C.P. 32575", "RFC PRB080519QX1")],
 "IN": [("Shreeji Brassware Exports Pvt. Ltd.", "Plot 44, Phase II, GIDC Estate", "Jamnagar, Gujarat 361004", "GSTIN 24AAKCS4417M1Z8"),
        ("Kaveri Handloom Co-operative", "No. 12, Weavers Colony, Erode Road", "Karur, Tamil Nadu 639002", "GSTIN 33AACFK2290B1ZQ"),
        ("Moradabad Metal Craft House", "B-19 Sector 7, Pakbara Industrial Area", "Moradabad, Uttar Pradesh 244102", "GSTIN 09ABQPM6621R1Z3"),
        ("Jaipur Indigo Prints LLP", "E-301 Sitapura Industrial Area", "Jaipur, Rajasthan 302022", "GSTIN 08AATFJ3309N1ZK")],
 "DE": [("Hoffbauer Werkzeugvertrieb GmbH", "Lindenkamp 14", "48157 Münster", "USt-IdNr. DE318440217")],
 "FR": [("Sarl Toiles du Verdon", "12 chemin des Meuniers", "04500 Riez", "SIRET 832 447 119 00021 · TVA FR27832447119")],
 "IT": [("Ceramiche Valfonda S.r.l.", "Via delle Fornaci 31", "41049 Sassuolo (MO)", "P.IVA IT03318740362")],
 "NL": [("Kroonveld Verpakkingen B.V.", "Havenstraat 88", "3011 AK Rotterdam", "BTW NL861204377B01 · KvK 70331184")],
 "PL": [("Zakład Stolarski Brzozowiak sp. z o.o.", "ul. Tartaczna 7", "62-080 Tarnowo Podgórne", "NIP 781-203-44-19")],
 "CN": [("义乌市恒盛日用品有限公司", "浙江省义乌市稠江街道荷塘路188号", "电话 0579-8552 1047", "纳税人识别号 91330782MA2E7K4Q1X"),
        ("东莞市鑫拓电子科技有限公司", "广东省东莞市长安镇振安西路36号", "电话 0769-8530 2261", "纳税人识别号 91441900MA4W3RB08P")],
 "JP": [("株式会社ミナトパック", "大阪府東大阪市高井田元町2-8-14", "TEL 06-6782-4410", "登録番号 T4122001037715")],
}
BUYERS = [
 ("Northgate Home Sellers LLC", "2150 Alpha Rd Ste 310", "Farmers Branch, TX 75234", "US"),
 ("Kestrel Brands Inc.", "901 Commerce St #1400", "Dallas, TX 75202", "US"),
 ("Bluejay Goods Co.", "46 Hartwell Ave", "Lexington, MA 02421", "US"),
 ("Prairie Lantern Trading LLC", "3309 N Lamar Blvd", "Austin, TX 78705", "US"),
 ("Westbury Online Retail Ltd.", "88 Queensway E Unit 9", "Mississauga, ON L5A 1S3", "CA"),
 ("Comptoir Nordet inc.", "710, rue Saint-Vallier", "Québec (Québec) G1K 3P6", "CA"),
 ("Mercado Alto Online S.A. de C.V.", "Av. Insurgentes Sur 1602, Piso 4", "Ciudad de México C.P. 03940", "MX"),
 ("Saguaro Direct LLC", "1280 E Broadway Rd", "Tempe, AZ 85282", "US"),
 ("Halcyon Marketplace Partners", "17 Elm Court", "Naperville, IL 60540", "US"),
]
BUYER_ALT = ["Trinity Commerce Group LLC", "Lakeshore Direct Inc.", "Bonham Street Retail LLC",
             "Rio Claro Importaciones S.A. de C.V.", "Maison Ventura inc.", "Redbud Seller Co.", "Anvil & Oak Trading LLC"]

ITEMS = [  # en, es, fr, de, it, pl, nl, zh, ja, hsn, base price USD
 ("Stainless steel tumbler 20 oz", "Vaso térmico acero inox. 600 ml", "Gobelet isotherme inox 600 ml", "Edelstahl-Thermobecher 600 ml", "Bicchiere termico inox 600 ml", "Kubek termiczny stal 600 ml", "RVS thermobeker 600 ml", "不锈钢保温杯 600ml", "ステンレスタンブラー 600ml", "7323", 4.10),
 ("Silicone baking mat, set of 2", "Tapete de silicón para hornear (2)", "Tapis de cuisson silicone (2)", "Silikon-Backmatte 2er-Set", "Tappetino da forno silicone (2)", "Mata silikonowa do pieczenia (2)", "Siliconen bakmat (2 st.)", "硅胶烘焙垫 2件套", "シリコン製ベーキングマット 2枚組", "3924", 2.35),
 ("Cotton canvas tote bag, natural", "Bolsa de manta de algodón", "Sac cabas en toile de coton", "Baumwoll-Tragetasche natur", "Borsa shopper in cotone", "Torba bawełniana naturalna", "Katoenen draagtas naturel", "全棉帆布手提袋", "コットンキャンバストート", "4202", 1.60),
 ("Brass diya lamp, hand-engraved", "Lámpara de latón grabada", "Lampe diya en laiton gravé", "Messing-Öllampe graviert", "Lampada in ottone incisa", "Lampka mosiężna grawerowana", "Messing olielamp gegraveerd", "手工雕刻黄铜灯", "真鍮製ディヤランプ", "7419", 6.80),
 ("USB-C braided cable 2 m", "Cable USB-C trenzado 2 m", "Câble USB-C tressé 2 m", "USB-C-Kabel geflochten 2 m", "Cavo USB-C intrecciato 2 m", "Kabel USB-C w oplocie 2 m", "USB-C kabel gevlochten 2 m", "USB-C 编织数据线 2米", "USB-Cケーブル 2m 編組", "8544", 1.15),
 ("Bamboo cutting board 14 in", "Tabla para picar de bambú 35 cm", "Planche à découper bambou 35 cm", "Bambus-Schneidebrett 35 cm", "Tagliere in bambù 35 cm", "Deska bambusowa 35 cm", "Bamboe snijplank 35 cm", "竹制砧板 35cm", "竹製まな板 35cm", "4419", 3.90),
 ("Nylon dog leash 6 ft, reflective", "Correa para perro nylon 1.8 m", "Laisse nylon réfléchissante 1,8 m", "Hundeleine Nylon 1,8 m reflekt.", "Guinzaglio nylon 1,8 m", "Smycz nylonowa 1,8 m", "Hondenriem nylon 1,8 m", "反光尼龙狗绳 1.8米", "反射ナイロンリード 1.8m", "4201", 2.20),
 ("Ceramic planter 6 in, matte white", "Maceta de cerámica 15 cm blanca", "Cache-pot céramique 15 cm blanc", "Keramik-Übertopf 15 cm weiß", "Vaso in ceramica 15 cm bianco", "Osłonka ceramiczna 15 cm", "Keramische bloempot 15 cm wit", "陶瓷花盆 15cm 哑光白", "陶器プランター 15cm 白", "6912", 3.05),
 ("LED strip light 5 m, warm white", "Tira LED 5 m luz cálida", "Ruban LED 5 m blanc chaud", "LED-Streifen 5 m warmweiß", "Striscia LED 5 m bianco caldo", "Taśma LED 5 m ciepła biel", "LED-strip 5 m warmwit", "LED灯带 5米 暖白", "LEDテープライト 5m 電球色", "9405", 3.60),
 ("Yoga mat 6 mm TPE, sage", "Tapete de yoga TPE 6 mm", "Tapis de yoga TPE 6 mm", "Yogamatte TPE 6 mm salbei", "Tappetino yoga TPE 6 mm", "Mata do jogi TPE 6 mm", "Yogamat TPE 6 mm", "TPE瑜伽垫 6mm", "ヨガマット TPE 6mm", "3918", 5.40),
 ("Block-printed cotton napkins (6)", "Servilletas de algodón estampadas (6)", "Serviettes coton imprimées (6)", "Bedruckte Baumwollservietten (6)", "Tovaglioli in cotone stampati (6)", "Serwetki bawełniane (6 szt.)", "Katoenen servetten bedrukt (6)", "手工印花棉餐巾 (6条)", "綿プリントナプキン 6枚", "6302", 2.75),
 ("Hex socket cap screws M6x20 (box 100)", "Tornillo allen M6x20 (caja 100)", "Vis CHC M6x20 (boîte 100)", "Zylinderschrauben M6x20 (100 St.)", "Viti TCEI M6x20 (100 pz)", "Śruby imbusowe M6x20 (100 szt.)", "Inbusbouten M6x20 (100 st.)", "内六角螺钉 M6x20 (100只)", "六角穴付ボルト M6x20 (100本)", "7318", 3.25),
 ("Phone case TPU clear, assorted", "Funda TPU transparente surtida", "Coque TPU transparente assortie", "TPU-Handyhülle transparent sortiert", "Cover TPU trasparente assortita", "Etui TPU przezroczyste mix", "TPU hoesje transparant assorti", "TPU透明手机壳 (混款)", "TPUクリアケース アソート", "3926", 0.85),
 ("Hand-dyed indigo cushion cover 18 in", "Funda de cojín índigo 45 cm", "Housse de coussin indigo 45 cm", "Kissenhülle Indigo 45 cm", "Federa cuscino indaco 45 cm", "Poszewka indygo 45 cm", "Kussenhoes indigo 45 cm", "手染靛蓝抱枕套 45cm", "藍染クッションカバー 45cm", "6304", 3.30),
]
LANGIDX = dict(en=0, es=1, fr=2, de=3, it=4, pl=5, nl=6, zh=7, ja=8)
FX = dict(USD=1, CAD=1.37, MXN=17.2, INR=83, EUR=0.92, PLN=4.0, CNY=7.2, JPY=150)


# ---------------------------------------------------------------- number words
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def w99(n):
    if n < 20: return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])


def w999(n):
    h, r = divmod(n, 100)
    s = (ONES[h] + " hundred" if h else "")
    if r: s += (" " if s else "") + w99(r)
    return s


def words_indian(x):
    x = q(x)
    rs, ps = int(x), int((x - int(x)) * 100)
    parts = []
    for unit, div in (("crore", 10**7), ("lakh", 10**5), ("thousand", 10**3)):
        if rs >= div:
            parts.append(w999(rs // div) + " " + unit); rs %= div
    if rs: parts.append(w999(rs))
    s = "Rupees " + " ".join(parts).title()
    if ps: s += " and " + w99(ps).title() + " Paise"
    return s + " Only"


def cn_upper(x):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    x = q(x)
    yuan, jf = int(x), int(round((x - int(x)) * 100))
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // 10**i % 10
            if d == 0: zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += digits[d] + units[i]
        return s
    s = ""
    if yuan >= 10000: s += four(yuan // 10000) + "万"; rem = yuan % 10000; s += ("零" if 0 < rem < 1000 else "") + four(rem)
    else: s = four(yuan)
    s = (s or "零") + "圆"
    if jf == 0: return s + "整"
    j, f = divmod(jf, 10)
    return s + (digits[j] + "角" if j else "零") + (digits[f] + "分" if f else "")


# ---------------------------------------------------------------- document model
def make_doc(did, country, doc_type="invoice", n_items=None, style="plain", arith_error=None, date=None,
             discount=None, shipping=None):
    P = dict(COUNTRIES[country]); P["country"] = country
    lang = P["lang"]
    sup = R.choice(SUPPLIERS[country])
    if country in ("MX",):
        buyer = R.choice([b for b in BUYERS if b[3] in ("MX", "US")])
    elif country == "CA_QC":
        buyer = R.choice([b for b in BUYERS if b[3] in ("CA", "US")])
    else:
        buyer = R.choice(BUYERS)
    date = date or dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 440))
    n_items = n_items or R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    items = []
    for it in R.sample(ITEMS, min(n_items, len(ITEMS))) + [R.choice(ITEMS) for _ in range(max(0, n_items - len(ITEMS)))]:
        price = q(D(str(it[10] * FX[P["cur"]] * R.uniform(0.8, 1.3))), P["cur"])
        qty = R.choice([12, 24, 36, 48, 50, 60, 72, 100, 120, 144, 150, 200, 240, 300, 500])
        items.append(dict(desc=it[LANGIDX[lang]], hsn=it[9], sku=f"{R.choice('ABKMRT')}{R.randint(100,999)}-{R.randint(10,99)}",
                          qty=qty, price=price, amount=q(price * qty, P["cur"])))
    subtotal = sum((i["amount"] for i in items), D(0))
    disc = D(0)
    if discount or (discount is None and R.random() < 0.25):
        pct = R.choice([3, 5, 10])
        disc = q(subtotal * pct / 100, P["cur"]); P["disc_label"] = f"{T[lang]['discount']} {pct}%"
    ship = D(0)
    if shipping or (shipping is None and R.random() < 0.4):
        ship = q(D(str(R.uniform(15, 140) * FX[P["cur"]])), P["cur"])
    taxes = []
    for lab, rate in R.choice(P["taxsets"]):
        taxes.append((lab, rate, q((subtotal - disc) * D(rate) / 100, P["cur"])))
    total = subtotal - disc + ship + sum((t[2] for t in taxes), D(0))
    doc = dict(id=did, country=country, P=P, lang=lang, doc_type=doc_type, style=style, supplier=sup, buyer=buyer,
               date=date, datefmt=R.choice(P["dates"]), items=items, subtotal=subtotal, discount=disc,
               shipping=ship, taxes=taxes, total=total, arith_error=False,
               number=R.choice(["INV-", "", "A-", "F"]) + str(R.randint(1040, 98000)))
    if country == "MX": doc["number"] = f"{R.choice('ABF')}{R.randint(1200, 9999)}"
    if country == "IN": doc["number"] = "".join(w[0] for w in sup[0].split()[:3]).upper() + f"/{25 if date.month >= 4 else 24}-{26 if date.month >= 4 else 25}/{R.randint(100, 999)}"
    if country == "CN": doc["number"] = str(R.randint(10**7, 10**8 - 1))
    doc["due"] = date + dt.timedelta(days=R.choice([0, 15, 30, 30, 45, 60]))
    # deliberate arithmetic mistakes (label: arithmetic_error)
    if arith_error == "line":
        it = items[0]; it["amount"] = it["amount"] + q(D(R.choice([10, 20, 100, 9])) * it["price"] / it["price"], P["cur"])  # line wrong, totals from correct values
        doc["arith_error"] = True
    elif arith_error == "sum":
        doc["total"] = total + q(D(R.choice(["100", "10", "-10", "1000"]))*(1 if P["cur"] != "JPY" else 10), P["cur"]); doc["arith_error"] = True
    elif arith_error == "tax" and taxes:
        lab, rate, amt = taxes[0]; taxes[0] = (lab, rate, amt + q(D("1.00") * (10 if P["cur"] in ("JPY", "INR") else 1), P["cur"]))
        doc["arith_error"] = True  # tax line wrong, total computed from the correct tax
    doc["sub_str"] = money(doc["subtotal"], P)
    doc["total_str"] = money(doc["total"], P)
    doc["date_str"] = fmt_date(date, doc["datefmt"])
    doc["due_str"] = fmt_date(doc["due"], doc["datefmt"])
    return doc


def has_prices(doc):
    return doc["doc_type"] not in ("packing_list", "delivery_note", "letter")


def label_total(doc):
    if doc["doc_type"] in ("packing_list", "delivery_note", "letter", "price_list"): return None
    return str(q(doc["total"], doc["P"]["cur"]) if doc["P"]["cur"] != "JPY" else int(doc["total"]))


# ---------------------------------------------------------------- HTML styles
def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def qr_svg(seed, n=25, px=3):
    rr = random.Random(seed)
    rects = "".join(f'<rect x="{x*px}" y="{y*px}" width="{px}" height="{px}"/>' for x in range(n) for y in range(n)
                    if rr.random() < 0.45 or (x < 7 and y < 7 and (x in (0, 6) or y in (0, 6) or 2 <= x <= 4 and 2 <= y <= 4)))
    return f'<svg width="{n*px}" height="{n*px}" xmlns="http://www.w3.org/2000/svg">{rects}</svg>'


STYLE_CSS = {
 "qbk": ("#2ca01c", "'DejaVu Sans'", "title-left"),
 "xro": ("#1a3a5c", "'DejaVu Sans'", "title-right"),
 "wav": ("#1e5bc6", "'DejaVu Sans'", "band"),
 "shp": ("#333333", "'DejaVu Sans'", "order"),
 "sqr": ("#111111", "'DejaVu Sans'", "receipt"),
 "zho": ("#404a57", "'DejaVu Sans Condensed', 'DejaVu Sans'", "title-right"),
 "cfdi": ("#7a1f2b", "'DejaVu Sans Condensed', 'DejaVu Sans'", "cfdi"),
 "gst": ("#223355", "'DejaVu Serif'", "gst"),
 "cnvat": ("#8b4513", "'WenQuanYi Micro Hei'", "cnvat"),
 "jp": ("#222222", "'WenQuanYi Micro Hei'", "jp"),
 "eu": ("#444444", "'DejaVu Serif'", "eu"),
 "plain": ("#000000", "'DejaVu Sans'", "title-left"),
}


def html_doc(doc):
    R = random.Random(doc["id"] * 7919 + 13)  # per-document rng: re-rendering gives identical details
    P, L, st = doc["P"], T[doc["lang"]], doc["style"]
    color, font, layout = STYLE_CSS[st]
    dtp = doc["doc_type"]
    title = L[dtp] if dtp != "price_list" else L["price_list"]
    if dtp == "tax_invoice" and doc["lang"] == "en": title = "TAX INVOICE"
    if st == "cfdi": title = "FACTURA" if dtp in ("invoice", "tax_invoice") else title.upper()
    sup, buy = doc["supplier"], doc["buyer"]
    cur = P["cur"]
    prices = has_prices(doc)
    rows = []
    for n, it in enumerate(doc["items"], 1):
        cells = []
        if st in ("zho", "gst", "cfdi", "cnvat"): cells.append(str(n))
        cells.append(esc(it["desc"]))
        if st == "gst": cells.append(it["hsn"])
        if st in ("cfdi",): cells.append(R.choice(["52101", "24122", "43202", "31201"]) + "00")
        if st in ("cnvat", "eu", "shp"): cells.append(it["sku"])
        cells.append(str(it["qty"]))
        if st == "cnvat": cells.append("个")
        if prices:
            cells.append(fmt_num(it["price"], P["nf"], cur))
            cells.append(fmt_num(it["amount"], P["nf"], cur))
        else:
            cells.append(f"{R.uniform(2, 40):.1f}")
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = []
    if st in ("zho", "gst", "cfdi", "cnvat"): head.append("#")
    head.append({"qbk": "ACTIVITY", "zho": "Item &amp; Description"}.get(st, L["desc"]))
    if st == "gst": head.append("HSN")
    if st == "cfdi": head.append("Clave SAT")
    if st in ("cnvat", "eu", "shp"): head.append(L["sku"])
    head.append({"qbk": "QTY"}.get(st, L["qty"]))
    if st == "cnvat": head.append("单位")
    if prices:
        head += [{"qbk": "RATE", "xro": "Unit Price"}.get(st, L["unit"]), {"qbk": "AMOUNT", "xro": f"Amount {cur}"}.get(st, L["amount"])]
    else:
        head.append(L["weight"])
    thead = "<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"
    tot = []
    if prices and dtp != "price_list":
        tot.append((L["subtotal"], doc["sub_str"]))
        if doc["discount"]: tot.append((P.get("disc_label", L["discount"]), "-" + money(doc["discount"], P)))
        if doc["shipping"]: tot.append((L["shipping"], money(doc["shipping"], P)))
        for lab, rate, amt in doc["taxes"]: tot.append((lab, money(amt, P)))
        tl = {"qbk": "BALANCE DUE", "wav": f"Amount Due ({cur})", "zho": "Balance Due", "xro": f"TOTAL {cur}"}.get(st, L["total"])
        if dtp == "receipt" and doc["lang"] == "en": tl = "Total paid"
        tot.append((tl, doc["total_str"]))
    totrows = "".join(f'<tr class="{"grand" if i == len(tot)-1 else ""}"><td>{esc(a)}</td><td>{esc(b)}</td></tr>' for i, (a, b) in enumerate(tot))
    nolab = L["no"] if dtp in ("invoice", "tax_invoice", "proforma") else L["doc_no"]
    meta = [(nolab, doc["number"]), (L["date"], doc["date_str"])]
    if dtp in ("invoice", "tax_invoice") and st not in ("sqr", "shp"): meta.append((L["due"], doc["due_str"]))
    if dtp == "quotation": meta.append((L["valid"], fmt_date(doc["date"] + dt.timedelta(days=30), doc["datefmt"])))
    extra_top, extra_bottom = "", ""
    if st == "cfdi":
        u = uuid.UUID(int=R.getrandbits(128), version=4)
        seal = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(300))
        extra_top = (f'<div class="cfdibox"><b>Folio fiscal (UUID):</b> {str(u).upper()}<br><b>No. de serie del CSD:</b> 0000100000050{R.randint(1000000, 9999999)}'
                     f'<br><b>Lugar de expedición:</b> {sup[2][-5:]} &nbsp; <b>Régimen fiscal:</b> 601 General de Ley Personas Morales'
                     f'<br><b>Uso CFDI:</b> G01 Adquisición de mercancías &nbsp; <b>Método de pago:</b> {R.choice(["PUE Pago en una sola exhibición", "PPD Pago en parcialidades o diferido"])}'
                     f' &nbsp; <b>Forma de pago:</b> 03 Transferencia &nbsp; <b>Moneda:</b> {cur}</div>')
        extra_bottom = (f'<div class="seal">{qr_svg(doc["id"])}<div><b>Sello digital del CFDI:</b><br>{seal[:150]}<br>{seal[150:]}'
                        f'<br><b>Cadena original del complemento de certificación digital del SAT:</b><br>||1.1|{str(u).upper()}|{doc["date"].isoformat()}T{R.randint(8,19):02d}:{R.randint(0,59):02d}:11|SAT970701NN3|...||'
                        f'<br><i>Este documento es una representación impresa de un CFDI.</i></div></div>')
    if st == "gst":
        intra = any(t[0].startswith("CGST") for t in doc["taxes"])
        extra_top = (f'<div class="gstbox">Place of supply: {sup[2].split(",")[-1].strip() if intra else "Outside India (export under LUT)" if R.random()<0.5 else "Maharashtra (27)"}'
                     f' &nbsp;|&nbsp; Reverse charge: No &nbsp;|&nbsp; Transport: {R.choice(["By road, LR 55120", "Sea freight, B/L pending", "Courier"])}</div>')
        extra_bottom = (f'<p class="words"><b>Amount chargeable (in words):</b> INR {words_indian(doc["total"])}</p>'
                        f'<p class="small">Declaration: We declare that this invoice shows the actual price of the goods described and that all particulars are true and correct.'
                        f'<br>Bank: {R.choice(["Indus Crest Bank", "Saurashtra Mercantile Bank"])} · A/c {R.randint(10**11, 10**12-1)} · IFSC ICBK0{R.randint(100000, 999999)}</p>'
                        f'<p class="sign">for {esc(sup[0])}<br><br><br>Authorised Signatory</p>')
    if st == "cnvat" and prices:
        extra_bottom = (f'<table class="cnw"><tr><td>价税合计（大写）</td><td>{cn_upper(doc["total"])}</td><td>（小写）{doc["total_str"]}</td></tr></table>'
                        f'<div class="seal">{qr_svg(doc["id"])}<div>开户行及账号：{R.choice(["浙江稠州商业银行", "东莞农村商业银行"])} {R.randint(10**15, 10**16-1)}<br>'
                        f'收款人：{R.choice(["王丽", "陈晓", "刘芳"])} &nbsp; 复核：{R.choice(["张伟", "李强"])} &nbsp; 开票人：{R.choice(["周敏", "赵磊"])}</div></div>')
    if st == "jp" and prices:
        extra_top = f'<div class="jpbig">{L["total"]}（税込） <span>{doc["total_str"]}</span></div>'
        extra_bottom = f'<p class="small">お振込先：{R.choice(["なにわ信用金庫", "東大阪中央銀行"])} 高井田支店 普通 {R.randint(1000000, 9999999)} カ）ミナトパック<br>※振込手数料は貴社にてご負担ください。</p>'
    if dtp == "packing_list":
        extra_bottom += f'<p>Cartons: {R.randint(4, 40)} · Gross weight: {R.randint(80, 900)} kg · Marks: {doc["buyer"][0][:10].upper()} / 1-UP</p>'
    if dtp == "proforma":
        extra_bottom += "<p class='small'>This proforma is not a demand for payment; a commercial invoice will follow shipment.</p>" if doc["lang"] == "en" else ""
    if dtp == "credit_note":
        extra_top += f"<p>Ref. {R.choice(['INV', 'F', 'A'])}-{R.randint(1000, 9999)} — {'return of damaged units' if doc['lang']=='en' else ''}</p>"
    metahtml = "".join(f"<tr><td class='k'>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in meta)
    to_lab = L["bill_to"] if dtp not in ("purchase_order",) else L["vendor"]
    if dtp == "purchase_order":
        # the buyer issues the PO: swap the blocks on paper
        issuer, other = buy, sup
    else:
        issuer, other = sup, buy
    taxline = issuer[3] if len(issuer) > 3 and issuer[3] not in ("US", "CA", "MX") else ""
    bill = f"<b>{esc(other[0])}</b><br>{esc(other[1])}<br>{esc(other[2])}"
    if st == "cfdi": bill += f"<br>RFC receptor: {'XEXX010101000' if other[3] == 'US' else 'MAO1702219T4'}"
    if st == "gst": bill += f"<br>{'GSTIN/UIN: URP (overseas)' if other[3] != 'IN' else ''}"
    css = f"""
    @page {{ size: {'A4' if doc['country'] not in ('US','CA_ON','CA_BC','CA_NS','CA_QC','MX') else 'Letter'}; margin: 16mm 15mm; }}
    body {{ font-family: {font}; font-size: 9.5pt; color: #222; }}
    h1 {{ color: {color}; font-size: {22 if layout != 'receipt' else 15}pt; margin: 0 0 4mm 0; letter-spacing: .5px; }}
    .hdr {{ display: flex; justify-content: space-between; }}
    .band {{ background: {color}; color: white; padding: 5mm; margin: -2mm 0 4mm 0; }}
    .band h1 {{ color: white; }}
    table.items {{ width: 100%; border-collapse: collapse; margin-top: 5mm; }}
    table.items th {{ background: {color if layout in ('band','title-right','cfdi','gst') else '#eeeeee'}; color: {'white' if layout in ('band','title-right','cfdi','gst') else '#222'}; text-align: left; padding: 4px 5px; font-size: 8.5pt; }}
    table.items td {{ border-bottom: 1px solid #ddd; padding: 4px 5px; }}
    table.items td:nth-last-child(-n+2), table.items th:nth-last-child(-n+2) {{ text-align: right; }}
    table.tot {{ margin-left: auto; margin-top: 4mm; border-collapse: collapse; min-width: 70mm; }}
    table.tot td {{ padding: 3px 6px; }} table.tot td:last-child {{ text-align: right; }}
    table.tot tr.grand td {{ font-weight: bold; font-size: 11pt; border-top: 2px solid {color}; {'background:#f1f7ee;' if st=='qbk' else ''} }}
    td.k {{ color: #666; padding-right: 6mm; }}
    .cfdibox, .gstbox {{ border: 1px solid {color}; padding: 2mm; font-size: 8pt; margin: 3mm 0; }}
    .seal {{ display: flex; gap: 4mm; font-size: 6.5pt; margin-top: 5mm; word-break: break-all; }}
    .small {{ font-size: 7.5pt; color: #555; }} .words {{ font-size: 8.5pt; }} .sign {{ text-align: right; margin-top: 8mm; }}
    table.cnw {{ width: 100%; border: 1px solid {color}; margin-top: 3mm; }} table.cnw td {{ padding: 3px; }}
    .jpbig {{ border-bottom: 2px solid #222; font-size: 13pt; margin: 4mm 0; width: 110mm; }} .jpbig span {{ font-weight: bold; margin-left: 8mm; }}
    .receipt {{ width: 90mm; margin: 0 auto; }}
    """
    header_sup = f"<b style='font-size:12pt'>{esc(issuer[0])}</b><br>{esc(issuer[1])}<br>{esc(issuer[2])}" + (f"<br>{esc(taxline)}" if taxline else "")
    if layout == "band":
        top = f"<div class='band'><h1>{esc(title.upper())}</h1>{header_sup}</div>"
    elif layout in ("title-right", "cfdi", "gst", "eu"):
        top = f"<div class='hdr'><div>{header_sup}</div><div style='text-align:right'><h1>{esc(title.upper() if layout != 'eu' else title)}</h1></div></div>"
    elif layout == "jp":
        top = f"<h1 style='text-align:center'>{esc(title)}</h1><div class='hdr'><div><b style='font-size:13pt'>{esc(other[0])} 御中</b></div><div>{header_sup}</div></div>"
        bill = ""
    elif layout == "cnvat":
        top = f"<h1 style='text-align:center'>{esc(title)}</h1><div class='hdr'><div>{header_sup}</div></div>"
    else:
        top = f"<div class='hdr'><div>{header_sup}</div><div><h1>{esc(title.upper() if layout!='order' else title)}</h1></div></div>"
    if layout == "order":
        top += f"<p style='font-size:12pt'><b>Order #{doc['number']}</b></p>"
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><style>{css}</style></head><body><div class="{'receipt' if layout=='receipt' else ''}">
    {top}{extra_top if st!='jp' else ''}
    <div class="hdr"><div>{('<span class="k">'+esc(to_lab)+'</span><br>'+bill) if bill else ''}</div><table>{metahtml}</table></div>
    {extra_top if st=='jp' else ''}
    <table class="items"><thead>{thead}</thead><tbody>{''.join(rows)}</tbody></table>
    <table class="tot">{totrows}</table>
    {extra_bottom}
    <p class="small">{esc(L['thanks']) if dtp in ('invoice','tax_invoice','receipt') else ''}</p>
    </div></body></html>"""
    return body


def render_chromium(html, out):
    hp = WORK / (out.stem + ".html"); hp.write_text(html, encoding="utf-8")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={out}", hp.as_uri()],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)


def render_weasy(html, out):
    import weasyprint
    weasyprint.HTML(string=html).write_pdf(str(out))


# ---------------------------------------------------------------- ReportLab & fpdf2
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", FONTDIR + "DejaVuSans.ttf"))
        pdfmetrics.registerFont(TTFont("DVB", FONTDIR + "DejaVuSans-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVS", FONTDIR + "DejaVuSerif.ttf"))
        pdfmetrics.registerFont(TTFont("DVSB", FONTDIR + "DejaVuSerif-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("DVC", FONTDIR + "DejaVuSansCondensed.ttf"))
        pdfmetrics.registerFont(TTFont("DVCB", FONTDIR + "DejaVuSansCondensed-Bold.ttf"))
        pdfmetrics.registerFont(TTFont("WQY", CJK, subfontIndex=0))


def render_reportlab(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    rl_fonts()
    P, L = doc["P"], T[doc["lang"]]
    cjk = doc["lang"] in ("zh", "ja")
    latin1 = doc["lang"] in ("en", "es", "fr", "de", "it", "nl") and P["cur"] != "INR"
    F, FB = ("WQY", "WQY") if cjk else (("Helvetica", "Helvetica-Bold") if latin1 else ("DV", "DVB"))
    money_ = lambda x: money(x, P).replace("₹", "Rs. ") if latin1 else money(x, P)
    ps = letter if P["cur"] in ("USD", "CAD", "MXN") else A4
    W, H = ps
    c = canvas.Canvas(str(out), pagesize=ps, pageCompression=1)
    c.setTitle(f"{T[doc['lang']][doc['doc_type']]} {doc['number']}"); c.setAuthor(doc["supplier"][0])
    sup, buy = doc["supplier"], doc["buyer"]
    if doc["doc_type"] == "purchase_order":  # the buyer issues the PO; the vendor goes in the address block
        sup, buy = tuple(x for x in doc["buyer"][:3]), doc["supplier"]
    acc = R.choice([(0.1, 0.25, 0.45), (0.35, 0.1, 0.1), (0.15, 0.35, 0.2), (0.2, 0.2, 0.2)])
    page = [1]

    def header(first):
        c.setFillColorRGB(*acc); c.rect(0, H - 14, W, 14, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        if first:
            c.setFont(FB, 15); c.drawString(50, H - 60, sup[0])
            c.setFont(F, 9)
            for i, line in enumerate(sup[1:]):
                if line: c.drawString(50, H - 75 - 11 * i, line)
            c.setFont(FB, 20); c.setFillColorRGB(*acc)
            c.drawRightString(W - 50, H - 60, T[doc["lang"]][doc["doc_type"]].upper() if not cjk else T[doc["lang"]][doc["doc_type"]])
            c.setFillColorRGB(0, 0, 0); c.setFont(F, 9)
            y = H - 80
            for k, v in [(L["no"] if doc["doc_type"] in ("invoice", "tax_invoice") else L["doc_no"], doc["number"]),
                         (L["date"], doc["date_str"])] + ([(L["due"], doc["due_str"])] if doc["doc_type"] == "invoice" else []):
                c.drawRightString(W - 150, y, k + ":"); c.drawString(W - 140, y, v); y -= 12
            c.setFont(FB, 9); c.drawString(50, H - 140, L["bill_to"] if doc["doc_type"] != "purchase_order" else L["vendor"])
            c.setFont(F, 10)
            for i, line in enumerate(buy[:3]): c.drawString(50, H - 154 - 12 * i, line)
            return H - 215
        c.setFont(F, 8); c.drawString(50, H - 40, f"{sup[0]} · {doc['number']}")
        return H - 70

    cols = [50, W - 250, W - 160, W - 50]

    def thead(y):
        c.setFillColorRGB(0.92, 0.92, 0.92); c.rect(45, y - 4, W - 90, 16, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8.5)
        c.drawString(cols[0], y, L["desc"]); c.drawRightString(cols[1], y, L["qty"])
        if has_prices(doc):
            c.drawRightString(cols[2], y, L["unit"]); c.drawRightString(cols[3], y, L["amount"])
        return y - 18

    y = thead(header(True))
    c.setFont(F, 9)
    for it in doc["items"]:
        if y < 90:
            c.setFont(F, 7.5); c.drawRightString(W - 50, 30, f"{L['page']} {page[0]}"); c.showPage(); page[0] += 1
            y = thead(header(False)); c.setFont(F, 9)
        c.drawString(cols[0], y, it["desc"]); c.drawRightString(cols[1], y, str(it["qty"]))
        if has_prices(doc):
            c.drawRightString(cols[2], y, fmt_num(it["price"], P["nf"], P["cur"]))
            c.drawRightString(cols[3], y, fmt_num(it["amount"], P["nf"], P["cur"]))
        c.setStrokeColorRGB(0.85, 0.85, 0.85); c.line(45, y - 5, W - 45, y - 5)
        y -= 16
    if has_prices(doc):
        lines = [(L["subtotal"], money_(doc["subtotal"]))]
        if doc["discount"]: lines.append((P.get("disc_label", L["discount"]), "-" + money_(doc["discount"])))
        if doc["shipping"]: lines.append((L["shipping"], money_(doc["shipping"])))
        for lab, rate, amt in doc["taxes"]: lines.append((lab, money_(amt)))
        lines.append((L["total"], money_(doc["total"])))
        if y - 16 * len(lines) < 70:
            c.showPage(); page[0] += 1; y = header(False)
        y -= 8
        for i, (a, b) in enumerate(lines):
            last = i == len(lines) - 1
            c.setFont(FB if last else F, 11 if last else 9)
            if last: c.line(W - 250, y + 13, W - 45, y + 13)
            c.drawRightString(W - 160, y, a); c.drawRightString(W - 50, y, b); y -= 16
    c.setFont(F, 8); c.drawString(50, 50, L["thanks"] if doc["doc_type"] in ("invoice", "receipt") else "")
    if page[0] > 1: c.setFont(F, 7.5); c.drawRightString(W - 50, 30, f"{L['page']} {page[0]}")
    c.save()
    doc["rl_latin1"] = latin1
    doc["printed_total"] = money_(doc["total"])


def render_fpdf(doc, out):
    from fpdf import FPDF
    P, L = doc["P"], T[doc["lang"]]
    pdf = FPDF(format="A4" if P["cur"] not in ("USD", "CAD", "MXN") else "Letter")
    pdf.add_font("DV", "", FONTDIR + "DejaVuSansCondensed.ttf")
    pdf.add_font("DV", "B", FONTDIR + "DejaVuSansCondensed-Bold.ttf")
    pdf.set_creator("workshop-billing 2.3"); pdf.set_title(doc["number"])
    pdf.set_auto_page_break(True, 22); pdf.add_page(); pdf.set_font("DV", "B", 14)
    sup, buy = doc["supplier"], doc["buyer"]
    pdf.cell(0, 8, sup[0], new_x="LMARGIN", new_y="NEXT"); pdf.set_font("DV", "", 9)
    for l in sup[1:]:
        if l: pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font("DV", "B", 18); pdf.cell(0, 10, L[doc["doc_type"]].upper(), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(95, 5, f"{L['bill_to']}:"); pdf.cell(0, 5, f"{L['no']}: {doc['number']}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10); pdf.cell(95, 5, buy[0]); pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, f"{L['date']}: {doc['date_str']}", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 5, buy[1]); pdf.cell(0, 5, f"{L['due']}: {doc['due_str']}" if doc["doc_type"] == "invoice" else "", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(95, 5, buy[2], new_x="LMARGIN", new_y="NEXT"); pdf.ln(6)
    w = [95, 20, 35, 36] if has_prices(doc) else [130, 30, 26]
    pdf.set_font("DV", "B", 9); pdf.set_fill_color(225, 225, 225)
    hdr = [L["desc"], L["qty"], L["unit"], L["amount"]] if has_prices(doc) else [L["desc"], L["qty"], L["weight"]]
    for i, h in enumerate(hdr): pdf.cell(w[i], 7, h, border=1, fill=True, align="L" if i == 0 else "R")
    pdf.ln(); pdf.set_font("DV", "", 9)
    for it in doc["items"]:
        vals = [it["desc"], str(it["qty"])] + ([fmt_num(it["price"], P["nf"], P["cur"]), fmt_num(it["amount"], P["nf"], P["cur"])] if has_prices(doc) else [f"{R.uniform(2,30):.1f}"])
        for i, v in enumerate(vals): pdf.cell(w[i], 6.5, v, border=1, align="L" if i == 0 else "R")
        pdf.ln()
    if has_prices(doc):
        pdf.ln(3)
        lines = [(L["subtotal"], doc["sub_str"])]
        if doc["discount"]: lines.append((P.get("disc_label", L["discount"]), "-" + money(doc["discount"], P)))
        if doc["shipping"]: lines.append((L["shipping"], money(doc["shipping"], P)))
        for lab, rate, amt in doc["taxes"]: lines.append((lab, money(amt, P)))
        lines.append((L["total"], doc["total_str"]))
        for i, (a, b) in enumerate(lines):
            pdf.set_font("DV", "B" if i == len(lines) - 1 else "", 11 if i == len(lines) - 1 else 9)
            pdf.cell(sum(w) - 45, 6.5, a, align="R"); pdf.cell(45, 6.5, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8); pdf.set_font("DV", "", 8); pdf.multi_cell(0, 4.5, L["thanks"] if doc["doc_type"] == "invoice" else "")
    pdf.output(str(out))


# ---------------------------------------------------------------- LibreOffice inputs
def calc_csv(doc, path):
    R = random.Random(doc["id"] * 7919 + 13)  # per-document rng: re-rendering gives identical details
    P, L = doc["P"], T[doc["lang"]]
    rows = [[doc["supplier"][0], "", "", L[doc["doc_type"]].upper()], [doc["supplier"][1], "", "", f"{L['doc_no']} {doc['number']}"],
            [doc["supplier"][2], "", "", f"{L['date']} {doc['date_str']}"], [doc["supplier"][3], "", "", ""], [],
            [L["bill_to"] + ":", doc["buyer"][0]], ["", doc["buyer"][1]], ["", doc["buyer"][2]], [],
            [L["sku"], L["desc"], L["qty"], L["unit"], L["amount"]] if has_prices(doc) else [L["sku"], L["desc"], L["qty"], L["weight"]]]
    for it in doc["items"]:
        rows.append([it["sku"], it["desc"], str(it["qty"])] + ([fmt_num(it["price"], P["nf"], P["cur"]), fmt_num(it["amount"], P["nf"], P["cur"])] if has_prices(doc) else [f"{R.uniform(1,25):.1f}"]))
    if has_prices(doc) and doc["doc_type"] != "price_list":
        rows.append([])
        rows.append(["", "", "", L["subtotal"], doc["sub_str"]])
        if doc["discount"]: rows.append(["", "", "", P.get("disc_label", L["discount"]), "-" + money(doc["discount"], P)])
        if doc["shipping"]: rows.append(["", "", "", L["shipping"], money(doc["shipping"], P)])
        for lab, rate, amt in doc["taxes"]: rows.append(["", "", "", lab, money(amt, P)])
        rows.append(["", "", "", L["total"], doc["total_str"]])
    with open(path, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)


def calc_fods(doc, path):
    R = random.Random(doc["id"] * 7919 + 13)  # per-document rng: re-rendering gives identical details
    """Same sheet content as calc_csv, but as a flat ODS with column widths, bold/right-aligned cells,
    no header/footer and fit-to-one-page-wide, like a small workshop's invoice template."""
    buf = path.with_suffix(".rows.csv"); calc_csv(doc, buf)
    rows = list(csv.reader(open(buf, encoding="utf-8"))); buf.unlink()
    xe = lambda t: esc(t).replace('"', "&quot;")
    widths = ["2.6cm", "7.4cm", "1.8cm", "3.6cm", "3.0cm"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
           '<office:automatic-styles>',
           '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" style:print-orientation="portrait" '
           'fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.6cm" fo:margin-right="1.4cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>',
           '<style:style style:name="ta1" style:family="table" style:master-page-name="PM"><style:table-properties table:display="true"/></style:style>']
    for i, w in enumerate(widths):
        out.append(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>')
    acc = R.choice(["#dde8f3", "#e6efe0", "#eeeeee", "#f6e9d8"])
    out += ['<style:style style:name="cb" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="10pt"/></style:style>',
            '<style:style style:name="ct" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="16pt"/><style:paragraph-properties fo:text-align="end"/></style:style>',
            f'<style:style style:name="ch" style:family="table-cell"><style:table-cell-properties fo:background-color="{acc}" fo:border-bottom="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>',
            '<style:style style:name="cr" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>',
            '<style:style style:name="crb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="11pt"/><style:table-cell-properties fo:border-top="1pt solid #000000"/></style:style>',
            '</office:automatic-styles><office:master-styles><style:master-page style:name="PM" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>',
            '<office:body><office:spreadsheet><table:table table:name="Invoice" table:style-name="ta1">']
    out += [f'<table:table-column table:style-name="co{i}"/>' for i in range(5)]
    hdr_row = next(i for i, r in enumerate(rows) if len(r) >= 4 and r[0] == T[doc["lang"]]["sku"])
    for ri, r in enumerate(rows):
        out.append("<table:table-row>")
        for ci, v in enumerate((r + [""] * 5)[:5]):
            stl = ""
            if ri == 0 and ci == 0: stl = "cb"
            elif ri == 0 and ci == 3: stl = "ct"
            elif ri == hdr_row: stl = "ch"
            elif ri > hdr_row and ci >= 2: stl = "crb" if (ri == len(rows) - 1 and ci >= 3 and has_prices(doc) and doc["doc_type"] != "price_list") else "cr"
            elif ci == 3 and ri < hdr_row: stl = "cr"
            sa = f' table:style-name="{stl}"' if stl else ""
            if v: out.append(f'<table:table-cell{sa} office:value-type="string"><text:p>{xe(v)}</text:p></table:table-cell>')
            else: out.append(f'<table:table-cell{sa}/>')
        out.append("</table:table-row>")
    out.append("</table:table></office:spreadsheet></office:body></office:document>")
    path.write_text("\n".join(out), encoding="utf-8")


def word_docx(doc, path):
    R = random.Random(doc["id"] * 7919 + 13)  # per-document rng: re-rendering gives identical details
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    P, L = doc["P"], T[doc["lang"]]
    d = Document()
    st = d.styles["Normal"]; st.font.name = R.choice(["DejaVu Serif", "DejaVu Sans"]); st.font.size = Pt(10)
    sup, buy = doc["supplier"], doc["buyer"]
    if doc["doc_type"] == "letter":
        for l in sup[:3]: d.add_paragraph(l)
        d.add_paragraph(doc["date_str"])
        for l in buy[:3]: d.add_paragraph(l)
        d.add_paragraph(doc["letter_body"])
        d.add_paragraph("\n" + R.choice(["Dale Whitcomb", "Rosa Ibarra", "Marcel Gagnon"]) + "\n" + sup[0])
        d.save(path); return
    p = d.add_paragraph(); r = p.add_run(sup[0]); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph("\n".join(l for l in sup[1:] if l))
    h = d.add_paragraph(); r = h.add_run(L[doc["doc_type"]].upper()); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"{L['doc_no']} {doc['number']}\n{L['date']}: {doc['date_str']}")
    d.add_paragraph(f"{L['bill_to']}:\n{buy[0]}\n{buy[1]}\n{buy[2]}")
    pr = has_prices(doc)
    t = d.add_table(rows=1, cols=4 if pr else 2); t.style = "Table Grid"
    for i, hh in enumerate([L["desc"], L["qty"], L["unit"], L["amount"]] if pr else [L["desc"], L["qty"]]): t.rows[0].cells[i].text = hh
    for it in doc["items"]:
        cells = t.add_row().cells
        vals = [it["desc"], str(it["qty"])] + ([fmt_num(it["price"], P["nf"], P["cur"]), fmt_num(it["amount"], P["nf"], P["cur"])] if pr else [])
        for i, v in enumerate(vals): cells[i].text = v
    if pr and doc["doc_type"] != "price_list":
        lines = [(L["subtotal"], doc["sub_str"])]
        if doc["discount"]: lines.append((P.get("disc_label", L["discount"]), "-" + money(doc["discount"], P)))
        if doc["shipping"]: lines.append((L["shipping"], money(doc["shipping"], P)))
        for lab, rate, amt in doc["taxes"]: lines.append((lab, money(amt, P)))
        lines.append((L["total"], doc["total_str"]))
        for i, (a, b) in enumerate(lines):
            p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            r = p.add_run(f"{a}:  {b}"); r.bold = i == len(lines) - 1
    d.add_paragraph(R.choice(["Make checks payable to " + sup[0] + ".", "Payment by bank transfer within 30 days.", L["thanks"]]))
    d.save(path)


def soffice_batch(paths, outdir, csvmode=False):
    if not paths: return
    cmd = ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{WORK}/lo_profile"]
    if csvmode: cmd += ["--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2"]
    cmd += ["--convert-to", "pdf", "--outdir", str(outdir)] + [str(p) for p in paths]
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=400)


# ---------------------------------------------------------------- text location via pdfium
def fsize(tp, i):
    m = pdfr.FS_MATRIX(); pdfr.FPDFText_GetMatrix(tp.raw, i, ctypes.byref(m))
    sc = (abs(m.a * m.d - m.b * m.c)) ** 0.5 or 1.0
    return pdfr.FPDFText_GetFontSize(tp.raw, i) * sc


def find_text(pdf_path, needle, page_no=None):
    pdf = pdfium.PdfDocument(str(pdf_path)); hits = []
    for pi in range(len(pdf)):
        if page_no is not None and pi != page_no: continue
        page = pdf[pi]; tp = page.get_textpage(); n = tp.count_chars()
        s = "".join(chr(pdfr.FPDFText_GetUnicode(tp.raw, i)) for i in range(n))
        start = 0
        while True:
            k = s.find(needle, start)
            if k < 0: break
            boxes = [tp.get_charbox(i) for i in range(k, k + len(needle))]
            x = ctypes.c_double(); y = ctypes.c_double()
            pdfr.FPDFText_GetCharOrigin(tp.raw, k, ctypes.byref(x), ctypes.byref(y))
            size = fsize(tp, k + len(needle) - 1)
            weight = pdfr.FPDFText_GetFontWeight(tp.raw, k + len(needle) - 1)
            buf = ctypes.create_string_buffer(200); fl = ctypes.c_int()
            pdfr.FPDFText_GetFontInfo(tp.raw, k + len(needle) - 1, buf, 200, ctypes.byref(fl))
            hits.append(dict(page=pi, l=min(b[0] for b in boxes), b=min(b[1] for b in boxes), r=max(b[2] for b in boxes),
                             t=max(b[3] for b in boxes), ox=x.value, oy=y.value, size=size, weight=weight,
                             font=buf.value.decode("latin-1", "ignore"), chars=[(s[i], tp.get_charbox(i), i) for i in range(k, k + len(needle))],
                             pw=page.get_width(), ph=page.get_height()))
            start = k + len(needle)
    return hits


def all_chars(pdf_path, page_no=0):
    pdf = pdfium.PdfDocument(str(pdf_path)); page = pdf[page_no]; tp = page.get_textpage()
    out = []
    for i in range(tp.count_chars()):
        out.append((chr(pdfr.FPDFText_GetUnicode(tp.raw, i)), tp.get_charbox(i), fsize(tp, i), pdfr.FPDFText_GetFontWeight(tp.raw, i)))
    return out


def font_for(hit):
    f = hit["font"].lower()
    bold = "bold" in f or hit["weight"] >= 600
    if "wenquan" in f or "wqy" in f: return CJK, bold
    fam = "DejaVuSerif" if "serif" in f else ("DejaVuSansCondensed" if "condensed" in f else "DejaVuSans")
    if "helvetica" in f or "arial" in f or "liberation" in f:
        return ("Helvetica-Bold" if bold else "Helvetica"), bold
    return FONTDIR + fam + ("-Bold" if bold else "") + ".ttf", bold


def sample_colors(pdf_path, hit, scale=3):
    pdf = pdfium.PdfDocument(str(pdf_path)); img = pdf[hit["page"]].render(scale=scale).to_pil().convert("RGB")
    a = np.asarray(img)
    H = hit["ph"]
    x0, x1 = int(hit["l"] * scale) - 6, int(hit["r"] * scale) + 6
    y0, y1 = int((H - hit["t"]) * scale) - 4, int((H - hit["b"]) * scale) + 4
    ring = np.concatenate([a[max(y0-3, 0):y0, x0:x1].reshape(-1, 3), a[y1:y1+3, x0:x1].reshape(-1, 3), a[y0:y1, max(x0-4, 0):x0].reshape(-1, 3)])
    vals, counts = np.unique(ring, axis=0, return_counts=True)
    bg = vals[counts.argmax()] / 255.0
    inner = a[y0+4:y1-4, x0+6:x1-6].reshape(-1, 3)
    lum = inner.sum(1)
    fg = inner[lum <= np.percentile(lum, 5)].mean(0) / 255.0 if len(inner) else np.zeros(3)
    return tuple(bg), tuple(fg)


def overlay_pdf(pdf_path, edits, out_path, incremental=False):
    """edits: list of (old_text, new_text, align, page or None).  White-box (background coloured) + new text
    in the matching font at the same baseline, merged with pypdf."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    per_page = {}
    for old, new, align, pno in edits:
        hits = find_text(pdf_path, old, pno)
        if not hits: raise RuntimeError(f"text not found: {old!r} in {pdf_path}")
        for h in hits: per_page.setdefault(h["page"], []).append((h, new, align))
    rd = PdfReader(str(pdf_path))
    wr = PdfWriter(str(pdf_path), incremental=True) if incremental else PdfWriter(clone_from=rd)
    for pno, lst in per_page.items():
        pw, ph = lst[0][0]["pw"], lst[0][0]["ph"]
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(pw, ph))
        for h, new, align in lst:
            bg, fg = sample_colors(pdf_path, h)
            fpath, bold = font_for(h)
            if fpath.endswith((".ttf", ".ttc")):
                nm = Path(fpath).stem + ("B" if bold and fpath == CJK else "")
                if nm not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(nm, fpath, subfontIndex=0) if fpath.endswith(".ttc") else TTFont(nm, fpath))
                fname = nm
            else:
                fname = fpath
            c.setFillColorRGB(*bg); c.rect(h["l"] - 1.2, h["b"] - 1.5, h["r"] - h["l"] + 2.4, h["t"] - h["b"] + 3, fill=1, stroke=0)
            c.setFillColorRGB(*fg); c.setFont(fname, h["size"])
            if align == "right": c.drawRightString(h["r"], h["oy"], new)
            else: c.drawString(h["ox"], h["oy"], new)
        c.save(); buf.seek(0)
        ov = PdfReader(buf).pages[0]
        wr.pages[pno].merge_page(ov)
    with open(out_path, "wb") as f: wr.write(f)


def stream_replace(pdf_path, pairs, out_path, incremental=False):
    """Replace literal strings inside page content streams (same-width digits for Helvetica)."""
    if incremental:
        from pypdf.generic import ContentStream, NameObject
        wr = PdfWriter(str(pdf_path), incremental=True); n = 0
        for page in wr.pages:
            cs = page.get_contents(); data = cs.get_data()
            new = data
            for a, b in pairs: n += new.count(a); new = new.replace(a, b)
            if new != data:
                cs2 = ContentStream(None, None); cs2.set_data(new)
                page.replace_contents(cs2)
        if n == 0: raise RuntimeError("nothing replaced")
        with open(out_path, "wb") as f: wr.write(f)
        return n
    n = 0
    with pikepdf.open(str(pdf_path)) as pdf:
        for page in pdf.pages:
            page.contents_coalesce()
            data = page.Contents.read_bytes(); new = data
            for a, b in pairs: n += new.count(a); new = new.replace(a, b)
            if new != data: page.Contents.write(new)
        if n == 0: raise RuntimeError("nothing replaced")
        pdf.save(str(out_path))
    return n


# ---------------------------------------------------------------- scans & photos
def rot_map(x, y, w, h, ang):
    cx, cy = w / 2, h / 2; a = np.deg2rad(ang)
    return (cx + (x - cx) * np.cos(a) + (y - cy) * np.sin(a), cy - (x - cx) * np.sin(a) + (y - cy) * np.cos(a))


def scan_pages(pdf_path, dpi, ang, seed, gray=True, max_pages=None):
    rr = np.random.default_rng(seed)
    pdf = pdfium.PdfDocument(str(pdf_path)); imgs = []
    for pi in range(len(pdf) if max_pages is None else min(max_pages, len(pdf))):
        im = pdf[pi].render(scale=dpi / 72).to_pil().convert("L" if gray else "RGB")
        w, h = im.size
        im = im.rotate(ang + rr.normal(0, 0.08) * (pi > 0), resample=Image.BICUBIC, fillcolor=238 if gray else (240, 238, 232))
        a = np.asarray(im).astype(np.float32)
        a = a * 0.93 + 8 + rr.normal(0, 5.5, a.shape)
        a[:, :max(2, int(w * 0.006))] *= 0.55  # dark scanner edge
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.55))
        imgs.append(im)
    return imgs


def save_scan(imgs, out, dpi, quality):
    if out.suffix == ".pdf":
        buf = []
        for im in imgs:
            b = io.BytesIO(); im.save(b, "JPEG", quality=quality); b.seek(0); buf.append(Image.open(b))
        buf[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=buf[1:])
    elif out.suffix == ".png":
        imgs[0].save(out, dpi=(dpi, dpi))
    else:
        imgs[0].save(out, "JPEG", quality=quality, dpi=(dpi, dpi))


def phone_photo(pdf_path, out, seed):
    import cv2
    rr = np.random.default_rng(seed)
    im = pdfium.PdfDocument(str(pdf_path))[0].render(scale=1.6).to_pil().convert("RGB")
    a = np.asarray(im); h, w = a.shape[:2]
    Wc, Hc = int(w * 1.25), int(h * 1.18)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda s: rr.uniform(-s, s)
    ox, oy = (Wc - w) / 2, (Hc - h) / 2
    dst = np.float32([[ox + j(40) + 30, oy + j(30)], [ox + w + j(40) - 20, oy + j(30) + 15], [ox + w + j(30), oy + h + j(30)], [ox + j(30), oy + h + j(30) - 10]])
    M = cv2.getPerspectiveTransform(src, dst)
    bgc = tuple(int(v) for v in rr.integers(60, 130, 3))
    warped = cv2.warpPerspective(a, M, (Wc, Hc), borderValue=bgc).astype(np.float32)
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    cx, cy = rr.uniform(0.2, 0.8) * Wc, rr.uniform(0.1, 0.5) * Hc
    light = 1.08 - 0.45 * np.sqrt(((xx - cx) / Wc) ** 2 + ((yy - cy) / Hc) ** 2)
    warped = warped * light[..., None] * np.array([1.0, 0.98, 0.92]) + rr.normal(0, 4, warped.shape)
    im2 = Image.fromarray(np.clip(warped, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    im2.save(out, "JPEG", quality=int(rr.integers(72, 86)))


def pil_font(hit, px):
    fpath, bold = font_for(hit)
    if not fpath.endswith((".ttf", ".ttc")): fpath = FONTDIR + ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    return ImageFont.truetype(fpath, max(8, int(round(px))))


def to_px(hit, x, y, meta):
    s = meta["dpi"] / 72
    return rot_map(x * s, (hit["ph"] - y) * s, hit["pw"] * s, hit["ph"] * s, meta["ang"])


def image_paste(img_path, src_pdf, meta, old, new, align, out):
    """Cover `old` in the scan image and paste freshly typeset `new` (no rotation matching, re-JPEG)."""
    hits = find_text(src_pdf, old, 0)
    if not hits: raise RuntimeError("paste: not found " + old)
    im = Image.open(img_path).convert("L"); a = np.asarray(im)
    s = meta["dpi"] / 72
    for h in hits:
        x0, y0 = to_px(h, h["l"], h["t"], meta); x1, y1 = to_px(h, h["r"], h["b"], meta)
        x0, x1 = int(min(x0, x1)) - 3, int(max(x0, x1)) + 3; y0, y1 = int(min(y0, y1)) - 3, int(max(y0, y1)) + 3
        ring = np.concatenate([a[y0-4:y0, x0:x1].ravel(), a[y1:y1+4, x0:x1].ravel()])
        bg = int(np.median(ring)); fg = int(np.percentile(a[y0:y1, x0:x1], 3))
        patch = Image.new("L", (x1 - x0 + 60, y1 - y0 + 10), bg)
        d = ImageDraw.Draw(patch); f = pil_font(h, h["size"] * s)
        bx, by = to_px(h, h["ox"], h["oy"], meta)
        if align == "right":
            rx, _ = to_px(h, h["r"], h["oy"], meta); tw = d.textlength(new, font=f); px = rx - tw
        else: px = bx
        im.paste(bg, (x0, y0, x1, y1))
        d2 = ImageDraw.Draw(im)
        d2.text((px, by), new, fill=fg, font=f, anchor="ls")
        region = im.crop((int(px) - 2, y0, int(px + d2.textlength(new, font=f)) + 2, y1)).filter(ImageFilter.GaussianBlur(0.5))
        im.paste(region, (int(px) - 2, y0))
    save_like(im, img_path, out)


def save_like(im, src, out):
    if out.suffix == ".png": im.save(out)
    elif out.suffix == ".pdf": im.convert("RGB").save(out, "PDF", resolution=150)
    else: im.save(out, "JPEG", quality=R.choice([88, 92, 95]))


def clone_digit(img_path, src_pdf, meta, total_str, out):
    """Clone-stamp: copy a digit glyph found elsewhere on the page over one digit of the total."""
    hits = find_text(src_pdf, total_str, 0)
    if not hits: raise RuntimeError("clone: not found")
    h = hits[-1]
    chars = all_chars(src_pdf, 0)
    digits = [(i, ch) for i, (ch, box, _) in enumerate(h["chars"]) if ch.isdigit()]
    pos, och = digits[0] if len(digits) < 4 else digits[0 if R.random() < 0.5 else 1]
    tbox = h["chars"][pos][1]
    cands = [(ch, box) for ch, box, sz, wt in chars if ch.isdigit() and ch != och and (ch != "0" or pos != digits[0][0])
             and abs(sz - h["size"]) < 0.3 and (wt >= 600) == (h["weight"] >= 600) and int(ch) > int(och)]
    if not cands:
        cands = [(ch, box) for ch, box, sz, wt in chars if ch.isdigit() and ch != och and ch != "0" and abs(sz - h["size"]) < 0.6]
    if not cands: raise RuntimeError("clone: no donor digit")
    dch, dbox = R.choice(cands)
    im = Image.open(img_path); s = meta["dpi"] / 72
    def px(box):
        x0, y0 = to_px(h, box[0], box[3], meta); x1, y1 = to_px(h, box[2], box[1], meta)
        return int(round(min(x0, x1))) - 2, int(round(min(y0, y1))) - 2, int(round(max(x0, x1))) + 2, int(round(max(y0, y1))) + 2
    sb, tb = px(dbox), px(tbox)
    piece = im.crop(sb)
    # align donor bottom-left on target bottom-left (digits share a baseline, same advance width)
    im.paste(piece, (tb[0], tb[3] - piece.size[1]))
    save_like(im, img_path, out)
    new_total = h["chars"]
    new = "".join(dch if i == pos else ch for i, (ch, _, _) in enumerate(h["chars"]))
    return new


def flatten_pdf(pdf_path, out, dpi=150):
    pdf = pdfium.PdfDocument(str(pdf_path))
    ims = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    ims[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


def npages(path):
    if path.suffix == ".pdf": return len(PdfReader(str(path)).pages)
    return 1


def parse_amount(s, P):
    s = s.replace(P["sym"], "").replace("Rs.", "").strip().replace(" ", "")
    if P["nf"] == "us" or P["nf"] == "in": s = s.replace(",", "")
    else: s = s.replace(".", "").replace(",", ".")
    return str(q(D(s), P["cur"])) if P["cur"] != "JPY" else str(int(D(s)))


# ---------------------------------------------------------------- plan
def main():
    if OUT.exists(): shutil.rmtree(OUT)
    if WORK.exists(): shutil.rmtree(WORK)
    OUT.mkdir(); WORK.mkdir()
    recs = []   # label dicts with internal path "_path"
    docs = {}

    def rec(doc, path, producer, **kw):
        r = dict(_path=path, _doc=doc["id"], genuine=True, edit_method=None, what_changed=[], producer=producer,
                 language=doc["lang"], is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma") and doc["doc_type"] != "proforma" or doc["doc_type"] == "proforma" and False,
                 doc_type=doc["doc_type"] if doc["doc_type"] != "price_list" and doc["doc_type"] != "letter" else "other",
                 date=doc["date"].isoformat(), total=label_total(doc), currency=doc["P"]["cur"],
                 supplier=doc["supplier"][0], buyer=doc["buyer"][0],  # the price list is addressed to a customer ("Bill to" block), so it has one too
                 pages=None, edit_before_capture=False, arithmetic_error=doc["arith_error"], country=doc["country"])
        # a proforma is not a demand for payment; we treat it as not an invoice. credit notes count as invoices.
        r["is_invoice"] = doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note")
        r.update(kw); recs.append(r); return r

    # --- choose the genuine documents -------------------------------------------------------
    cnt = [0]
    def nd(country, **kw):
        cnt[0] += 1; d = make_doc(cnt[0], country, **kw); docs[d["id"]] = d; return d

    errs = ["line", "sum", "tax", "sum", "line", "tax", "sum", "line"]  # 8 deliberate mistakes
    err_at = {5, 17, 29, 41, 58, 70, 83, 96}
    plan = []
    # (producer, country, style, doc_type, n_items)
    html_specs = [
        ("US", "qbk"), ("US", "qbk"), ("US", "qbk"), ("US", "xro"), ("US", "xro"), ("US", "wav"), ("US", "wav"),
        ("US", "shp"), ("US", "sqr"), ("US", "zho"), ("CA_ON", "xro"), ("CA_ON", "qbk"), ("CA_BC", "wav"), ("CA_NS", "zho"),
        ("CA_QC", "eu"), ("CA_QC", "wav"), ("MX", "cfdi"), ("MX", "cfdi"), ("MX", "cfdi"), ("MX", "cfdi"), ("MX", "cfdi"),
        ("IN", "gst"), ("IN", "gst"), ("IN", "gst"), ("IN", "gst"), ("IN", "gst"), ("IN", "zho"), ("IN", "gst"),
        ("CN", "cnvat"), ("CN", "cnvat"), ("CN", "cnvat"), ("JP", "jp"), ("JP", "jp"), ("DE", "eu"), ("DE", "eu"),
        ("FR", "eu"), ("IT", "eu"), ("NL", "eu"), ("PL", "eu"), ("US", "shp"), ("US", "sqr"), ("CA_ON", "shp"),
        ("MX", "cfdi"), ("US", "zho"),
    ]
    k = 0
    for i, (ctry, st) in enumerate(html_specs):
        k += 1
        dtp = "tax_invoice" if st in ("gst", "cnvat") else ("receipt" if st in ("sqr", "shp") and R.random() < 0.8 else "invoice")
        if ctry == "JP" and i % 2: dtp = "tax_invoice"
        ni = 26 if i in (2, 21, 33) else None  # a few long, multi-page ones
        plan.append(("chromium" if i % 2 == 0 else "weasyprint", ctry, st, dtp, ni))
    rl_specs = ["US", "US", "US", "US", "CA_ON", "CA_QC", "MX", "MX", "IN", "IN", "DE", "FR", "IT", "NL", "US", "CA_BC", "MX", "US", "PL", "CN"]
    for i, c in enumerate(rl_specs): plan.append(("reportlab", c, "plain", "invoice" if i != 6 else "credit_note", 34 if i in (3, 11) else None))
    for i, c in enumerate(["US", "US", "CA_ON", "MX", "IN", "DE", "PL", "FR", "US", "IT", "NL", "MX"]):
        plan.append(("fpdf2", c, "plain", "invoice" if i != 8 else "proforma", None))
    for i, c in enumerate(["US", "US", "MX", "IN", "CA_ON", "DE", "US", "NL", "FR"]): plan.append(("soffice_calc", c, "plain", "invoice", None))
    for i, c in enumerate(["US", "US", "US", "CA_QC", "MX", "IN", "US", "IT", "PL", "CA_NS"]):
        plan.append(("soffice_writer", c, "plain", "invoice" if i != 3 else "proforma", None))
    # scans (source rendered by html/reportlab into _work and captured)
    scan_specs = [("US", "qbk", ".jpg"), ("US", "xro", ".jpg"), ("MX", "cfdi", ".pdf"), ("IN", "gst", ".jpg"), ("IN", "gst", ".pdf"),
                  ("CA_ON", "wav", ".png"), ("US", "zho", ".jpg"), ("CN", "cnvat", ".jpg"), ("DE", "eu", ".pdf"), ("MX", "cfdi", ".jpg"),
                  ("US", "sqr", ".png"), ("IN", "gst", ".jpg"), ("CA_QC", "eu", ".jpg"), ("US", "qbk", ".pdf")]
    for c, st, ext in scan_specs: plan.append(("scan" + ext, c, st, "tax_invoice" if st in ("gst", "cnvat") else "invoice", None))
    for c, st in [("US", "sqr"), ("MX", "cfdi"), ("IN", "gst"), ("US", "qbk"), ("JP", "jp"), ("US", "wav")]:
        plan.append(("photo", c, st, "receipt" if st == "sqr" else ("tax_invoice" if st == "gst" else "invoice"), None))
    # non-invoices
    nonin = [("chromium", "US", "xro", "packing_list"), ("weasyprint", "MX", "eu", "purchase_order"), ("reportlab", "US", "plain", "quotation"),
             ("fpdf2", "IN", "plain", "delivery_note"), ("soffice_calc", "US", "plain", "price_list"), ("soffice_writer", "US", "plain", "letter"),
             ("chromium", "CN", "cnvat", "packing_list"), ("weasyprint", "DE", "eu", "delivery_note"), ("soffice_writer", "CA_QC", "plain", "quotation"),
             ("reportlab", "MX", "plain", "purchase_order"), ("scan.jpg", "US", "qbk", "quotation")]
    for p, c, st, dtp in nonin: plan.append((p, c, st, dtp, None))

    gi = 0
    calc_jobs, word_jobs = [], []
    genuine_by_id = {}
    for prod, ctry, st, dtp, ni in plan:
        gi += 1
        ae = None
        if gi in err_at and dtp in ("invoice", "tax_invoice", "receipt"): ae = errs.pop()
        d = nd(ctry, doc_type=dtp, n_items=ni, style=st, arith_error=ae)
        if dtp == "letter":
            d["letter_body"] = (f"Dear Sir or Madam,\n\nThis letter confirms that {d['buyer'][0]} has purchased goods from {d['supplier'][0]} on a regular basis since "
                                f"{d['date'].year - 2}, and that all accounts are settled to date. Copies of individual invoices are available on request.\n\nSincerely,")
        base = f"g{gi:03d}"
        if prod in ("chromium", "weasyprint"):
            out = WORK / (base + ".pdf")
            d["engine"] = prod; (render_chromium if prod == "chromium" else render_weasy)(html_doc(d), out)
            rec(d, out, prod + "_html_" + st)
        elif prod == "reportlab":
            out = WORK / (base + ".pdf"); render_reportlab(d, out); rec(d, out, "reportlab")
        elif prod == "fpdf2":
            out = WORK / (base + ".pdf"); render_fpdf(d, out); rec(d, out, "fpdf2")
        elif prod == "soffice_calc":
            if gi % 3 == 0:
                p = WORK / (base + ".csv"); calc_csv(d, p); calc_jobs.append(p); rec(d, WORK / (base + ".pdf"), "soffice_calc_csv")
            else:
                p = WORK / (base + ".fods"); calc_fods(d, p); word_jobs.append(p); rec(d, WORK / (base + ".pdf"), "soffice_calc_fods")
        elif prod == "soffice_writer":
            p = WORK / (base + ".docx"); word_docx(d, p); word_jobs.append(p); rec(d, WORK / (base + ".pdf"), "python_docx_soffice")
        elif prod.startswith("scan"):
            src = WORK / (base + "_src.pdf")
            d["engine"] = "chromium" if gi % 2 else "weasyprint"; (render_chromium if gi % 2 else render_weasy)(html_doc(d), src)
            ext = prod[4:]; out = WORK / (base + ext)
            meta = dict(dpi=R.choice([150, 200]) if ext != ".pdf" else 150, ang=R.uniform(-1.2, 1.2))
            imgs = scan_pages(src, meta["dpi"], meta["ang"], gi, gray=ext != ".jpg" or R.random() < 0.5, max_pages=None if ext == ".pdf" else 1)
            save_scan(imgs, out, meta["dpi"], R.choice([70, 78, 85]))
            r = rec(d, out, "scan_" + ext[1:]); r["_src"] = src; r["_meta"] = meta
        elif prod == "photo":
            d["engine"] = "weasyprint"; src = WORK / (base + "_src.pdf"); render_weasy(html_doc(d), src)
            out = WORK / (base + ".jpg"); phone_photo(src, out, gi)
            r = rec(d, out, "phone_photo"); r["_src"] = src
        genuine_by_id[d["id"]] = recs[-1]
    soffice_batch(calc_jobs, WORK, csvmode=True)
    soffice_batch(word_jobs, WORK)
    print(f"genuine rendered: {len(recs)}  ({time.time()-T0:.0f}s)", flush=True)

    # --- edited copies ---------------------------------------------------------------------
    edited = []
    G = [r for r in recs if r["is_invoice"] and not r["arithmetic_error"] and r["_path"].exists()]
    used = set()

    def pick(pred, n):
        c = [r for r in G if pred(r) and r["_doc"] not in used]
        R.shuffle(c); c = c[:n]
        for r in c: used.add(r["_doc"])
        return c

    def erec(src, path, method, changed, **kw):
        r = {k: v for k, v in src.items() if not k.startswith("_")}
        r.update(_path=path, genuine=False, edit_method=method, what_changed=changed, source=src, arithmetic_error=False, **kw)
        edited.append(r); return r

    def bump(total_s, P, d):
        """new total string: same width, one or two digits changed (e.g. 4,318.50 -> 4,818.50)"""
        s = list(total_s); idx = [i for i, ch in enumerate(s) if ch.isdigit()]
        i = idx[0] if len(idx) < 5 else idx[R.choice([0, 1])]
        s[i] = str(min(9, int(s[i]) + R.choice([1, 2, 3, 5]))) if s[i] != "9" else "8"
        return "".join(s)

    new_buyer = lambda: R.choice(BUYER_ALT)

    def shift_date(d, days):
        return d + dt.timedelta(days=days)

    # 1) pikepdf content-stream edits on ReportLab (Helvetica, same-width digits)
    for ri_, r in enumerate(pick(lambda r: r["producer"] == "reportlab" and docs[r["_doc"]].get("rl_latin1"), 9)):
        d = docs[r["_doc"]]; P = d["P"]
        kind = R.choice(["total", "total", "date", "quantity", "buyer"]) if len(edited) else "total"
        out = WORK / f"e{len(edited)+1:03d}.pdf"
        inc = ri_ in (1, 4, 7)
        meth = "pypdf_incremental_stream_edit" if inc else "pikepdf_stream_digit_swap"
        try:
            if kind == "total":
                old = d["printed_total"]; new = bump(old, P, d)
                stream_replace(r["_path"], [(f"({old})".encode("cp1252"), f"({new})".encode("cp1252"))], out, inc)
                erec(r, out, meth, ["total"], total=parse_amount(new, P))
            elif kind == "date":
                nd_ = shift_date(d["date"], R.choice([-40, -75, -120, 31]))
                old, new = d["date_str"], fmt_date(nd_, d["datefmt"])
                stream_replace(r["_path"], [(f"({old})".encode("cp1252"), f"({new})".encode("cp1252"))], out, inc)
                erec(r, out, meth, ["date"], date=nd_.isoformat())
            elif kind == "quantity":
                it = d["items"][0]; nq = it["qty"] * R.choice([2, 3, 10])
                n = stream_replace(r["_path"], [(f"({it['qty']}) Tj".encode(), f"({nq}) Tj".encode())], out, inc)
                erec(r, out, meth, ["quantity"], notes=f"first line qty {it['qty']} -> {nq} ({n} occurrence(s)); line amount and totals left unchanged")
            else:
                nb = new_buyer()
                stream_replace(r["_path"], [(f"({d['buyer'][0]})".encode("cp1252"), f"({nb})".encode("cp1252"))], out, inc)
                erec(r, out, meth, ["buyer"], buyer=nb)
        except Exception as ex:
            print("skip stream edit", r["_path"].name, ex)

    # 2) overlay (matched font white-box) on HTML / LibreOffice / fpdf2 PDFs, various finishes
    finishes = (["overlay_whitebox"] * 8 + ["incremental_overlay"] * 3 + ["overlay_flattened"] * 4 + ["overlay_resaved_pikepdf"] * 3)
    cands = pick(lambda r: r["_path"].suffix == ".pdf" and not r["producer"].startswith(("scan", "reportlab")), len(finishes))
    for r, fin in zip(cands, finishes):
        d = docs[r["_doc"]]; P = d["P"]
        kinds = ["total", "total", "buyer", "date", "buyer+date"]
        kind = R.choice(kinds)
        out = WORK / f"e{len(edited)+1:03d}.pdf"
        tmp = WORK / f"e{len(edited)+1:03d}_tmp.pdf"
        try:
            eds, changed, upd = [], [], {}
            if "total" in kind:
                old = d["total_str"]; new = bump(old, P, d); eds.append((old, new, "right", None)); changed.append("total"); upd["total"] = parse_amount(new, P)
            if "buyer" in kind:
                nb = new_buyer(); eds.append((d["buyer"][0], nb, "left", None)); changed.append("buyer"); upd["buyer"] = nb
            if "date" in kind:
                nd_ = shift_date(d["date"], R.choice([-30, -62, -95, 45])); eds.append((d["date_str"], fmt_date(nd_, d["datefmt"]), "left", None))
                changed.append("date"); upd["date"] = nd_.isoformat()
            if fin == "overlay_whitebox": overlay_pdf(r["_path"], eds, out)
            elif fin == "incremental_overlay": overlay_pdf(r["_path"], eds, out, incremental=True)
            elif fin == "overlay_flattened": overlay_pdf(r["_path"], eds, tmp); flatten_pdf(tmp, out, R.choice([120, 150, 200]))
            elif fin == "overlay_resaved_pikepdf":
                overlay_pdf(r["_path"], eds, tmp)
                with pikepdf.open(tmp) as p:
                    with p.open_metadata(set_pikepdf_as_editor=False) as m: m["pdf:Producer"] = "Quill PDF Editor 4.2"
                    p.docinfo["/Producer"] = "Quill PDF Editor 4.2"; p.docinfo["/ModDate"] = "D:20260112093000-06'00'"
                    p.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
            else:
                overlay_pdf(r["_path"], eds, tmp)
                dd = WORK / "draw"; dd.mkdir(exist_ok=True)
                subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{WORK}/lo_profile",
                                "--infilter=draw_pdf_import", "--convert-to", "pdf:draw_pdf_Export", "--outdir", str(dd), str(tmp)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
                shutil.move(dd / tmp.name, out)
            erec(r, out, fin, changed, **upd)
        except Exception as ex:
            print("skip overlay", r["_path"].name, fin, ex)

    # 3) image edits on scans: paste and clone-stamp
    scans = pick(lambda r: r["producer"].startswith("scan_") and r["_path"].suffix in (".jpg", ".png"), 9)
    for j, r in enumerate(scans):
        d = docs[r["_doc"]]; P = d["P"]
        out = WORK / f"e{len(edited)+1:03d}{r['_path'].suffix}"
        try:
            if j < 5:
                if j % 2 == 0:
                    old = d["total_str"]; new = bump(old, P, d)
                    image_paste(r["_path"], r["_src"], r["_meta"], old, new, "right", out)
                    erec(r, out, "image_paste", ["total"], total=parse_amount(new, P))
                else:
                    nb = new_buyer(); image_paste(r["_path"], r["_src"], r["_meta"], d["buyer"][0], nb, "left", out)
                    erec(r, out, "image_paste", ["buyer"], buyer=nb)
            else:
                new = clone_digit(r["_path"], r["_src"], r["_meta"], d["total_str"], out)
                erec(r, out, "clone_stamp", ["total"], total=parse_amount(new, P),
                     notes="one digit of the grand total replaced by a digit cloned from elsewhere on the same page")
        except Exception as ex:
            print("skip image edit", r["_path"].name, ex)

    # 4) edits made before capture: change the document, then print/scan or photograph it
    for j, r in enumerate(pick(lambda r: r["producer"] in ("scan_jpg", "scan_pdf", "phone_photo") or r["producer"].startswith(("chromium", "weasyprint")), 5)):
        assert docs[r["_doc"]].get("engine"), r["producer"]
        d0 = docs[r["_doc"]]; d = json.loads(json.dumps({k: v for k, v in d0.items()}, default=str))
        d = dict(d0); d["buyer"] = d0["buyer"]
        kind = ["total", "buyer", "date", "total", "buyer"][j]
        upd, changed = {}, [kind]
        if kind == "total":
            new = bump(d0["total_str"], d0["P"], d0); d["total_str"] = new; upd["total"] = parse_amount(new, d0["P"])
        elif kind == "buyer":
            nb = new_buyer(); d["buyer"] = (nb,) + tuple(d0["buyer"][1:]); upd["buyer"] = nb
        else:
            nd_ = shift_date(d0["date"], -R.choice([35, 70, 150])); d["date_str"] = fmt_date(nd_, d0["datefmt"]); upd["date"] = nd_.isoformat()
        src = WORK / f"ebc{j}_src.pdf"; (render_chromium if d0.get("engine") == "chromium" else render_weasy)(html_doc(d), src)
        if j % 2 == 0:
            out = WORK / f"e{len(edited)+1:03d}.jpg"; phone_photo(src, out, 900 + j); prod = "phone_photo"
        else:
            out = WORK / f"e{len(edited)+1:03d}.jpg"; meta = dict(dpi=200, ang=R.uniform(-1, 1))
            save_scan(scan_pages(src, 200, meta["ang"], 700 + j, max_pages=1), out, 200, 80); prod = "scan_jpg"
        erec(r, out, "edit_before_capture", changed, edit_before_capture=True, producer=prod,
             notes="printed document was altered (re-typed) before it was scanned/photographed; the image file itself holds no edit trace", **upd)

    # 5) source re-edit: the .docx / .csv was changed and exported again (clean PDF, new timestamps only)
    reed = pick(lambda r: r["producer"] in ("python_docx_soffice", "soffice_calc_fods"), 3)
    jobs_w, jobs_c = [], []
    for r in reed:
        d0 = docs[r["_doc"]]; d = dict(d0)
        nb = new_buyer(); d["buyer"] = (nb,) + tuple(d0["buyer"][1:])
        nd_ = shift_date(d0["date"], -R.choice([20, 45, 90])); d["date_str"] = fmt_date(nd_, d0["datefmt"])
        stem = f"e{len(edited)+1:03d}"
        if r["producer"] == "python_docx_soffice": p = WORK / (stem + ".docx"); word_docx(d, p); jobs_w.append(p)
        else: p = WORK / (stem + ".fods"); calc_fods(d, p); jobs_w.append(p)
        erec(r, WORK / (stem + ".pdf"), "source_reedit_reexport", ["buyer", "date"], buyer=nb, date=nd_.isoformat(),
             notes="source document edited and exported again by the same program; only metadata/timestamps and context can reveal it")
    soffice_batch(jobs_w, WORK); soffice_batch(jobs_c, WORK, csvmode=True)
    print(f"edited: {len(edited)}  ({time.time()-T0:.0f}s)", flush=True)

    # --- shuffle, name, write ---------------------------------------------------------------
    allr = [r for r in recs + edited if r["_path"].exists()]
    missing = [str(r["_path"]) for r in recs + edited if not r["_path"].exists()]
    if missing: print("MISSING outputs:", missing)
    R.shuffle(allr)
    names = {}
    for i, r in enumerate(allr, 1):
        nm = f"doc_{i:03d}{r['_path'].suffix}"; names[id(r)] = nm
        shutil.copy(r["_path"], OUT / nm)
    with open(HERE / "labels.jsonl", "w", encoding="utf-8") as f:
        for i, r in enumerate(allr, 1):
            nm = f"doc_{i:03d}{r['_path'].suffix}"
            srcname = None
            if not r["genuine"]:
                s = r["source"]; srcname = names.get(id(s))
            lab = dict(file=nm, genuine=r["genuine"], edit_method=r["edit_method"], what_changed=r["what_changed"],
                       producer=r["producer"], language=r["language"], is_invoice=r["is_invoice"], doc_type=r["doc_type"],
                       date=r["date"], total=r["total"], currency=r["currency"], supplier=r["supplier"], buyer=r["buyer"],
                       pages=npages(OUT / nm), edit_before_capture=r["edit_before_capture"], arithmetic_error=r["arithmetic_error"],
                       country=r["country"], source_file=srcname, notes=r.get("notes"))
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if "--keep" not in sys.argv: shutil.rmtree(WORK, ignore_errors=True)
    check()
    print(f"make.py finished in {time.time()-T0:.0f}s")


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(HERE / "labels.jsonl", encoding="utf-8")]
    miss = [l["file"] for l in labs if not (OUT / l["file"]).exists()]
    print(f"{len(labs)} labels, {len(miss)} missing files, {len(list(OUT.iterdir()))} files on disk")
    for key in ("producer", "language", "doc_type", "edit_method", "genuine", "arithmetic_error", "edit_before_capture"):
        print(key, dict(Counter(str(l[key]) for l in labs).most_common()))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--check"]: check()
    else: main()
