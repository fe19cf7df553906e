#!/usr/bin/env python
"""Generate a labelled test set of genuine and edited invoice files.

Re-run from scratch:  /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script; intermediates go to build/.
All randomness comes from fixed seeds.
"""
import os, sys, json, shutil, subprocess, random, re, io, math, csv, html
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(ROOT, "files")
BUILD = os.path.join(ROOT, "build")
DV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DVS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
SEED = 20260311
SCAN_META = {}
FS = {}   # font size of each found occurrence (from pdfium)
NUMERIC_OLD = set()   # printed strings that are amounts/quantities (right-aligned when retyped)

D = Decimal
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

# ----------------------------------------------------------------------------- formatting
def fmt_num(v, style, dec=2):
    v = D(v)
    neg = v < 0
    v = abs(v).quantize(D(1) if dec == 0 else D("0.01"), rounding=ROUND_HALF_UP)
    s = f"{v:.{dec}f}"
    ip, fp = (s.split(".") + [""])[:2]
    grp, dp = {"en": (",", "."), "de": (".", ","), "fr": (" ", ","), "pl": (" ", ","),
               "ch": ("'", "."), "plain": ("", "."), "plainc": ("", ","), "in": (",", ".")}[style]
    if style == "in" and len(ip) > 3:
        head, tail = ip[:-3], ip[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        ip = ",".join(parts + [tail])
    elif grp:
        ip = "{:,}".format(int(ip)).replace(",", grp)
    out = ip + (dp + fp if dec else "")
    return ("-" if neg else "") + out

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
}

def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "ymd_dash": return d.strftime("%Y-%m-%d")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "ja": return f"{d.year}年{d.month}月{d.day}日"
    if style == "zh": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cs": return f"{d.day}. {d.month}. {d.year}"
    if style == "en_abbr": return d.strftime("%b. %d, %Y").upper()
    if style == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == "de_long": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    if style == "es_long": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    lang = style.split("_")[0]
    return f"{d.day} {MONTHS[lang][d.month-1]} {d.year}"

# ----------------------------------------------------------------------------- localisation
L = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
            receipt="RECEIPT", commercial="COMMERCIAL INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
            quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST", no="Invoice No.", date="Invoice date",
            due="Due date", seller="Seller", buyer="Bill to", item="Description", qty="Qty", price="Unit price",
            rate="VAT", amount="Amount", subtotal="Subtotal", discount="Discount", shipping="Shipping", tax="VAT",
            total="Total", due_amt="Amount due", taxid="VAT No.", page="Page", of="of", bank="Bank", terms="Payment terms: 14 days net",
            ref="Original invoice", cartons="Cartons", weight="G.W. (kg)", valid="Valid until", docno="No.", dated="Date"),
 "de": dict(invoice="Rechnung", tax_invoice="Rechnung", credit_note="Gutschrift", proforma="Proforma-Rechnung", receipt="Quittung",
            packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein",
            price_list="Preisliste", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", seller="Verkäufer",
            buyer="Rechnungsempfänger", item="Bezeichnung", qty="Menge", price="Einzelpreis", rate="USt.", amount="Gesamt",
            subtotal="Zwischensumme (netto)", discount="Rabatt", shipping="Versandkosten", tax="Umsatzsteuer", total="Gesamtbetrag",
            due_amt="Zahlbetrag", taxid="USt-IdNr.", page="Seite", of="von", bank="Bankverbindung",
            terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.", ref="Bezug auf Rechnung", cartons="Kartons",
            weight="Gewicht (kg)", valid="Gültig bis", docno="Nr.", dated="Datum"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", credit_note="AVOIR", proforma="FACTURE PRO FORMA", receipt="REÇU",
            packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON",
            price_list="TARIFS", no="Facture n°", date="Date de facture", due="Échéance", seller="Vendeur", buyer="Client",
            item="Désignation", qty="Qté", price="P.U. HT", rate="TVA", amount="Montant HT", subtotal="Total HT",
            discount="Remise", shipping="Frais de port", tax="TVA", total="Total TTC", due_amt="Net à payer",
            taxid="N° TVA", page="Page", of="sur", bank="IBAN", terms="Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.",
            ref="Facture d'origine", cartons="Colis", weight="Poids (kg)", valid="Valable jusqu'au", docno="N°", dated="Date"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
            receipt="RICEVUTA", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE DI ACQUISTO",
            quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI", no="Numero",
            date="Data", due="Scadenza", seller="Cedente/prestatore", buyer="Cessionario/committente", item="Descrizione",
            qty="Quantità", price="Prezzo unitario", rate="IVA", amount="Importo", subtotal="Imponibile",
            discount="Sconto", shipping="Spese di trasporto", tax="Imposta", total="Totale documento",
            due_amt="Totale da pagare", taxid="P.IVA", page="Pagina", of="di", bank="IBAN", terms="Pagamento: bonifico bancario 30 gg d.f.",
            ref="Fattura di riferimento", cartons="Colli", weight="Peso (kg)", valid="Valido fino al", docno="N.", dated="Data"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
            receipt="RECIBO", packing_list="LISTA DE EMPAQUE", purchase_order="ORDEN DE COMPRA", quotation="PRESUPUESTO",
            delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS", no="Nº factura", date="Fecha", due="Vencimiento",
            seller="Emisor", buyer="Cliente", item="Concepto", qty="Cant.", price="Precio", rate="IVA", amount="Importe",
            subtotal="Base imponible", discount="Descuento", shipping="Portes", tax="IVA", total="TOTAL", due_amt="Total a pagar",
            taxid="NIF", page="Página", of="de", bank="IBAN", terms="Forma de pago: transferencia a 30 días.",
            ref="Factura rectificada", cartons="Bultos", weight="Peso (kg)", valid="Válido hasta", docno="Nº", dated="Fecha"),
 "pl": dict(invoice="Faktura VAT", tax_invoice="Faktura VAT", credit_note="Faktura korygująca", proforma="Faktura proforma",
            receipt="Paragon", packing_list="Lista pakowa", purchase_order="Zamówienie", quotation="Oferta",
            delivery_note="WZ – wydanie zewnętrzne", price_list="Cennik", no="Nr", date="Data wystawienia", due="Termin płatności",
            seller="Sprzedawca", buyer="Nabywca", item="Nazwa towaru lub usługi", qty="Ilość", price="Cena netto",
            rate="Stawka VAT", amount="Wartość netto", subtotal="Razem netto", discount="Rabat", shipping="Transport",
            tax="Kwota VAT", total="Razem brutto", due_amt="Do zapłaty", taxid="NIP", page="Strona", of="z", bank="Nr konta",
            terms="Sposób płatności: przelew 14 dni", ref="Dotyczy faktury", cartons="Kartony", weight="Waga (kg)",
            valid="Ważna do", docno="Nr", dated="Data", sale_date="Data sprzedaży"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR", receipt="KWITANTIE",
            packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON",
            price_list="PRIJSLIJST", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier",
            buyer="Factuuradres", item="Omschrijving", qty="Aantal", price="Stukprijs", rate="BTW", amount="Bedrag",
            subtotal="Subtotaal excl. btw", discount="Korting", shipping="Verzendkosten", tax="BTW", total="Totaal incl. btw",
            due_amt="Te betalen", taxid="BTW-nr", page="Pagina", of="van", bank="IBAN", terms="Betaling binnen 30 dagen o.v.v. factuurnummer.",
            ref="Betreft factuur", cartons="Dozen", weight="Gewicht (kg)", valid="Geldig tot", docno="Nr.", dated="Datum"),
 "cs": dict(invoice="Faktura – daňový doklad", tax_invoice="Faktura – daňový doklad", credit_note="Opravný daňový doklad",
            proforma="Zálohová faktura", receipt="Příjmový doklad", packing_list="Balicí list", purchase_order="Objednávka",
            quotation="Nabídka", delivery_note="Dodací list", price_list="Ceník", no="Číslo", date="Datum vystavení",
            due="Datum splatnosti", seller="Dodavatel", buyer="Odběratel", item="Označení dodávky", qty="Množství",
            price="Cena za MJ", rate="DPH %", amount="Základ", subtotal="Základ celkem", discount="Sleva", shipping="Doprava",
            tax="DPH", total="Celkem k úhradě", due_amt="K úhradě", taxid="DIČ", page="Strana", of="z", bank="Účet",
            terms="Forma úhrady: převodem", ref="K faktuře", cartons="Kartony", weight="Hmotnost (kg)", valid="Platnost do",
            docno="Č.", dated="Datum", sale_date="DUZP"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", credit_note="返品伝票（赤伝）", proforma="見積請求書", receipt="領収書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表",
            no="請求書番号", date="請求日", due="お支払期限", seller="発行元", buyer="御中", item="品名", qty="数量", price="単価",
            rate="税率", amount="金額", subtotal="小計", discount="値引", shipping="送料", tax="消費税", total="合計",
            due_amt="ご請求金額", taxid="登録番号", page="頁", of="/", bank="振込先", terms="下記の通りご請求申し上げます。",
            ref="元請求書", cartons="箱数", weight="重量(kg)", valid="有効期限", docno="No.", dated="日付"),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", credit_note="红字发票", proforma="形式发票", receipt="收据",
            commercial="商业发票 COMMERCIAL INVOICE", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
            delivery_note="送货单", price_list="价格表", no="发票号码", date="开票日期", due="付款期限", seller="销售方",
            buyer="购买方", item="货物或应税劳务名称", qty="数量", price="单价", rate="税率", amount="金额",
            subtotal="合计", discount="折扣", shipping="运费", tax="税额", total="价税合计", due_amt="应付金额",
            taxid="纳税人识别号", page="第", of="/", bank="开户行及账号", terms="付款方式：电汇", ref="原发票号码",
            cartons="箱数", weight="毛重(kg)", valid="有效期至", docno="编号", dated="日期"),
}

ITEMS = {
 "en": ["Silicone phone case 6.1in", "Yoga mat TPE 6mm", "LED strip 5m RGB", "Stainless water bottle 750ml",
        "Bamboo cutting board set", "USB-C cable 2m braided", "Kitchen scale digital", "Dog harness M",
        "Wireless earbuds case", "Cotton tote bag natural", "Desk organiser oak", "Resistance bands set of 5",
        "Glass storage jars 1L", "Bike light set USB", "Scented candle 200g", "Phone tripod 1.6m"],
 "de": ["Edelstahl-Trinkflasche 750 ml", "Yogamatte TPE 6 mm", "LED-Streifen 5 m", "Schneidebrett Bambus 3er-Set",
        "Hundegeschirr Gr. M", "Küchenwaage digital", "USB-C Ladekabel 2 m", "Baumwolltasche natur",
        "Schreibtisch-Organizer Eiche", "Fahrradlicht-Set USB", "Duftkerze 200 g", "Vorratsgläser 1 l, 6 Stück"],
 "fr": ["Gourde inox 750 ml", "Tapis de yoga 6 mm", "Ruban LED 5 m", "Planche à découper bambou",
        "Harnais chien taille M", "Balance de cuisine", "Câble USB-C 2 m", "Sac cabas coton",
        "Bougie parfumée 200 g", "Bocaux en verre 1 L", "Éclairage vélo USB", "Trépied smartphone"],
 "it": ["Borraccia in acciaio 750 ml", "Tappetino yoga 6 mm", "Striscia LED 5 m", "Tagliere in bambù",
        "Pettorina cane taglia M", "Bilancia da cucina", "Cavo USB-C 2 m", "Shopper in cotone",
        "Candela profumata 200 g", "Barattoli in vetro 1 l", "Luci bici USB", "Treppiede per smartphone"],
 "es": ["Botella acero 750 ml", "Esterilla yoga 6 mm", "Tira LED 5 m", "Tabla de cortar bambú",
        "Arnés perro talla M", "Báscula de cocina", "Cable USB-C 2 m", "Bolsa de algodón",
        "Vela aromática 200 g", "Tarros de vidrio 1 l", "Luces bicicleta USB", "Trípode para móvil"],
 "pl": ["Butelka stalowa 750 ml", "Mata do jogi 6 mm", "Taśma LED 5 m", "Deska do krojenia bambusowa",
        "Szelki dla psa rozm. M", "Waga kuchenna elektroniczna", "Kabel USB-C 2 m", "Torba bawełniana",
        "Świeca zapachowa 200 g", "Słoiki szklane 1 l", "Lampki rowerowe USB", "Statyw do telefonu"],
 "nl": ["RVS drinkfles 750 ml", "Yogamat 6 mm", "LED-strip 5 m", "Snijplank bamboe", "Hondentuig maat M",
        "Keukenweegschaal digitaal", "USB-C kabel 2 m", "Katoenen tas", "Geurkaars 200 g", "Voorraadpotten 1 l",
        "Fietsverlichting USB", "Telefoonstatief"],
 "cs": ["Nerezová láhev 750 ml", "Podložka na jógu 6 mm", "LED pásek 5 m", "Bambusové prkénko",
        "Postroj pro psa vel. M", "Kuchyňská váha", "Kabel USB-C 2 m", "Bavlněná taška", "Vonná svíčka 200 g",
        "Skleněné dózy 1 l", "Světla na kolo USB", "Stativ na telefon"],
 "ja": ["ステンレスボトル 750ml", "ヨガマット 6mm", "LEDテープライト 5m", "竹製まな板セット", "犬用ハーネス M",
        "デジタルキッチンスケール", "USB-Cケーブル 2m", "コットントートバッグ", "アロマキャンドル 200g",
        "ガラス保存瓶 1L", "自転車ライトセット", "スマホ三脚"],
 "zh": ["不锈钢保温杯 750ml", "瑜伽垫 TPE 6mm", "LED灯带 5米", "竹制砧板套装", "宠物胸背带 M码", "电子厨房秤",
        "USB-C数据线 2米", "棉质手提袋", "香薰蜡烛 200g", "玻璃储物罐 1L", "自行车灯套装", "手机三脚架"],
}

SYL = ["ka", "ro", "mi", "ten", "vel", "dar", "lu", "no", "sa", "ber", "tis", "mon", "gra", "fel", "ax", "or",
       "zen", "pol", "tra", "vi", "lin", "dor", "mar", "quo", "sel", "han", "bri", "ko", "ste", "wen"]

def word(r, n=None):
    if n is None:
        w = "".join(r.choice(SYL) for _ in range(r.randint(2, 3)))
        return w.capitalize()
    w = ""
    while len(w) < n:
        w += r.choice(SYL)
    return w[:n].capitalize()

COUNTRIES = {
 "PL": dict(lang="pl", cur="PLN", vat=[23, 8], num=["pl", "de"], dates=["dmy_dot", "ymd_dash"], curfmt=["{n} zł", "{n} PLN"],
            suffix=["Sp. z o.o.", "S.A.", "sp.j."], cities=["Kraków", "Łódź", "Poznań", "Wrocław", "Rzeszów", "Gdańsk"],
            street=["ul. Długa", "ul. Krakowska", "ul. Przemysłowa", "al. Pokoju", "ul. Lipowa"], zipf=lambda r: f"{r.randint(10,99)}-{r.randint(100,999)}",
            taxid=lambda r: "".join(str(r.randint(0, 9)) for _ in range(10)), cname="Polska"),
 "DE": dict(lang="de", cur="EUR", vat=[19, 7], num=["de"], dates=["dmy_dot", "de_long"], curfmt=["{n} €", "{n} EUR"],
            suffix=["GmbH", "GmbH & Co. KG", "e.K.", "UG (haftungsbeschränkt)"], cities=["Leipzig", "Bremen", "Kassel", "Augsburg", "Dortmund"],
            street=["Lindenstraße", "Am Hafen", "Industriestraße", "Gartenweg", "Bahnhofstraße"], zipf=lambda r: f"{r.randint(10000,99999)}",
            taxid=lambda r: "DE" + "".join(str(r.randint(0, 9)) for _ in range(9)), cname="Deutschland"),
 "NL": dict(lang="nl", cur="EUR", vat=[21, 9], num=["de"], dates=["dmy_dash", "nl_long"], curfmt=["€ {n}"],
            suffix=["B.V.", "V.O.F."], cities=["Utrecht", "Eindhoven", "Tilburg", "Zwolle", "Breda"],
            street=["Kanaalweg", "Stationsplein", "Industrieweg", "Molenstraat"], zipf=lambda r: f"{r.randint(1000,9999)} {r.choice(['AB','KL','RT','ZX'])}",
            taxid=lambda r: "NL" + "".join(str(r.randint(0, 9)) for _ in range(9)) + "B01", cname="Nederland"),
 "IT": dict(lang="it", cur="EUR", vat=[22, 10], num=["de"], dates=["dmy_slash", "it_long"], curfmt=["€ {n}", "{n} EUR"],
            suffix=["S.r.l.", "S.p.A.", "S.n.c."], cities=["Bergamo", "Padova", "Bari", "Modena", "Prato"],
            street=["Via Roma", "Via Garibaldi", "Viale dell'Industria", "Corso Italia"], zipf=lambda r: f"{r.randint(10000,98000)}",
            taxid=lambda r: "IT" + "".join(str(r.randint(0, 9)) for _ in range(11)), cname="Italia"),
 "FR": dict(lang="fr", cur="EUR", vat=[20, 5.5], num=["fr"], dates=["dmy_slash", "fr_long"], curfmt=["{n} €"],
            suffix=["SARL", "SAS", "EURL"], cities=["Lyon", "Nantes", "Lille", "Rennes", "Toulouse"],
            street=["rue des Lilas", "avenue Jean Jaurès", "rue du Commerce", "boulevard Voltaire"], zipf=lambda r: f"{r.randint(10000,95000)}",
            taxid=lambda r: "FR" + "".join(str(r.randint(0, 9)) for _ in range(11)), cname="France"),
 "ES": dict(lang="es", cur="EUR", vat=[21, 10], num=["de"], dates=["dmy_slash", "es_long"], curfmt=["{n} €"],
            suffix=["S.L.", "S.A."], cities=["Valencia", "Zaragoza", "Málaga", "Bilbao", "Murcia"],
            street=["Calle Mayor", "Avenida del Puerto", "Calle de la Industria", "Paseo de Gracia"], zipf=lambda r: f"{r.randint(10000,52000)}",
            taxid=lambda r: "B" + "".join(str(r.randint(0, 9)) for _ in range(8)), cname="España"),
 "CZ": dict(lang="cs", cur="CZK", vat=[21, 12], num=["pl"], dates=["dmy_dot", "cs"], curfmt=["{n} Kč", "{n} CZK"],
            suffix=["s.r.o.", "a.s."], cities=["Brno", "Ostrava", "Plzeň", "Olomouc", "Liberec"],
            street=["Husova", "Nádražní", "Průmyslová", "Palackého"], zipf=lambda r: f"{r.randint(100,799)} {r.randint(10,99)}",
            taxid=lambda r: "CZ" + "".join(str(r.randint(0, 9)) for _ in range(8)), cname="Česká republika"),
 "JP": dict(lang="ja", cur="JPY", vat=[10, 8], num=["en"], dates=["ja", "ymd_slash"], curfmt=["¥{n}", "{n}円"],
            suffix=["株式会社", "合同会社"], cities=["大阪市", "名古屋市", "福岡市", "横浜市", "京都市"],
            street=["中央区本町", "北区梅田", "港区芝浦", "中区栄"], zipf=lambda r: f"〒{r.randint(100,999)}-{r.randint(1000,9999)}",
            taxid=lambda r: "T" + "".join(str(r.randint(0, 9)) for _ in range(13)), cname="日本"),
 "IN": dict(lang="en", cur="INR", vat=[18, 12], num=["in"], dates=["dmy_dash", "dmy_slash"], curfmt=["₹{n}", "Rs. {n}", "INR {n}"],
            suffix=["Pvt. Ltd.", "Exports LLP", "Traders"], cities=["Jaipur", "Surat", "Ludhiana", "Coimbatore", "Moradabad"],
            street=["MIDC Road", "Industrial Area Phase II", "Station Road", "Ring Road"], zipf=lambda r: f"{r.randint(110000,799999)}",
            taxid=lambda r: f"{r.randint(10,37)}" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + f"{r.randint(1000,9999)}" + r.choice("ABCDEFGH") + "1Z" + r.choice("0123456789"), cname="India"),
 "CN": dict(lang="zh", cur="CNY", vat=[13], num=["en"], dates=["zh", "ymd_dash"], curfmt=["¥{n}", "￥{n}"],
            suffix=["有限公司", "贸易有限公司", "实业有限公司"], cities=["义乌市", "深圳市", "宁波市", "东莞市", "广州市"],
            street=["工业大道", "国际商贸城", "科技园路", "滨江路"], zipf=lambda r: f"{r.randint(310000,529999)}",
            taxid=lambda r: "91" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16)), cname="中国"),
 "CNX": dict(lang="en", cur="USD", vat=[0], num=["en"], dates=["en_abbr", "ymd_slash", "mdy_slash"], curfmt=["USD {n}", "US$ {n}", "{n} USD"],
            suffix=["Trading Co., Ltd.", "Industrial Co., Ltd.", "Import & Export Co., Ltd."], cities=["Yiwu, Zhejiang", "Shenzhen, Guangdong", "Ningbo, Zhejiang", "Dongguan, Guangdong"],
            street=["Industrial Avenue", "Futian Trade Center", "Jiangbei Science Park", "Binhai Road"], zipf=lambda r: f"{r.randint(310000,529999)}",
            taxid=lambda r: "91" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(16)), cname="China"),
 "US": dict(lang="en", cur="USD", vat=[0], num=["en"], dates=["mdy_slash", "us_long"], curfmt=["${n}", "USD {n}"],
            suffix=["LLC", "Inc.", "Supply Co."], cities=["Columbus, OH", "Reno, NV", "Tampa, FL", "Tulsa, OK"],
            street=["Commerce Dr", "Industrial Pkwy", "W 5th Ave", "Harbor Blvd"], zipf=lambda r: f"{r.randint(10000,99999)}",
            taxid=lambda r: f"EIN {r.randint(10,99)}-{r.randint(1000000,9999999)}", cname="USA"),
 "GB": dict(lang="en", cur="GBP", vat=[20], num=["en"], dates=["dmy_slash", "en_long"], curfmt=["£{n}"],
            suffix=["Ltd", "Trading Ltd"], cities=["Leicester", "Bristol", "Leeds", "Norwich"],
            street=["Mill Lane", "Station Road", "Unit 4, Riverside Park", "High Street"], zipf=lambda r: f"{r.choice(['LE','BS','LS','NR'])}{r.randint(1,20)} {r.randint(1,9)}{r.choice(['AB','XQ','HT'])}",
            taxid=lambda r: "GB" + "".join(str(r.randint(0, 9)) for _ in range(9)), cname="United Kingdom"),
}
EU_BUYER = ["PL", "DE", "NL", "IT", "FR", "ES", "CZ"]
CJK_NAMES = {"JP": ["青葉", "松風", "北斗", "若葉", "朝日", "東雲", "白樺", "大和"],
             "CN": ["金华", "恒达", "鑫源", "华美", "永盛", "博远", "联创", "瑞丰"]}

def company(r, cc):
    c = COUNTRIES[cc]
    if cc in CJK_NAMES:
        base = r.choice(CJK_NAMES[cc]) + r.choice(["商事", "物産", "工業"] if cc == "JP" else ["日用品", "电子", "家居"])
        name = base + r.choice(c["suffix"]) if cc == "CN" else r.choice(c["suffix"]) + base if r.random() < .5 else base + r.choice(c["suffix"])
    else:
        name = word(r) + r.choice(["", " " + word(r), " Trade", " Handel", " Home", " Goods"] if cc in ("PL", "DE", "NL", "CZ") else
                                  ["", " " + word(r), " Home", " Goods", " Trading"]) + " " + r.choice(c["suffix"])
        name = name.replace("Trading Trading", "Trading")
    addr1 = f"{r.choice(c['street'])} {r.randint(1, 180)}" if cc not in ("JP", "CN") else f"{r.choice(c['street'])}{r.randint(1,9)}-{r.randint(1,30)}"
    addr2 = f"{c['zipf'](r)} {r.choice(c['cities'])}"
    return dict(name=name, addr=[addr1, addr2, c["cname"]], taxid=c["taxid"](r), cc=cc,
                iban=("PL" if cc == "PL" else "DE" if cc in ("DE",) else cc[:2]) + "".join(str(r.randint(0, 9)) for _ in range(22)))

# ----------------------------------------------------------------------------- document model
def make_doc(r, i, cc, doc_type, nlines, opts):
    c = COUNTRIES[cc]
    lang = opts.get("lang", c["lang"])
    sup = company(r, cc)
    bcc = opts.get("buyer_cc") or (cc if r.random() < .5 and cc in EU_BUYER else r.choice(EU_BUYER))
    buy = company(r, bcc)
    d = date(2025, 1, 1) + timedelta(days=r.randint(0, 440))
    cur = opts.get("cur", c["cur"])
    dec = 0 if cur == "JPY" else 2
    numstyle = r.choice(c["num"])
    datestyle = opts.get("datestyle") or r.choice(c["dates"])
    curfmt = r.choice(c["curfmt"])
    reverse = opts.get("reverse", False)
    rates = [0] if reverse else c["vat"]
    items = ITEMS[lang if lang in ITEMS else "en"]
    lines = []
    for k in range(nlines):
        qty = r.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 25, 30, 40, 48, 50, 60, 100, 120, 200, 250, 500])
        if cur == "JPY":
            price = D(r.choice([180, 250, 480, 650, 980, 1200, 1480, 2300, 3600]))
        elif cur == "INR":
            price = q2(r.uniform(40, 900))
        elif cur == "CNY":
            price = q2(r.uniform(3, 90))
        elif cur == "CZK":
            price = q2(r.uniform(40, 900))
        elif cur == "PLN":
            price = q2(r.uniform(4, 220))
        else:
            price = q2(r.uniform(0.6, 48))
        rate = rates[0] if r.random() < .8 else r.choice(rates)
        name = items[(k * 5 + i) % len(items)] if nlines <= len(items) else items[k % len(items)] + (f" / {word(r)}" if k >= len(items) else "")
        net = (price * qty).quantize(D(1) if dec == 0 else D("0.01"), rounding=ROUND_HALF_UP)
        lines.append(dict(desc=name, qty=qty, price=price, rate=D(str(rate)), net=net))
    if doc_type == "credit_note":
        for ln in lines[1:]:
            pass
        lines = lines[:max(1, min(3, nlines))]
        for ln in lines:
            ln["qty"] = -ln["qty"]; ln["net"] = -ln["net"]
    doc = dict(id=i, cc=cc, lang=lang, doc_type=doc_type, sup=sup, buy=buy, date=d, due=d + timedelta(days=r.choice([7, 14, 30])),
               cur=cur, dec=dec, numstyle=numstyle, datestyle=datestyle, curfmt=curfmt, lines=lines, reverse=reverse,
               discount_pct=opts.get("discount", 0), shipping=D(opts.get("shipping", 0)), arith=opts.get("arith"),
               number=opts.get("number") or numbering(r, cc, d, doc_type), gst=(cc == "IN"), commercial=opts.get("commercial", False),
               incoterm=r.choice(["FOB Ningbo", "EXW", "CIF Hamburg", "DAP Poznań", "FOB Shenzhen"]) if cc == "CNX" else None,
               ref_no=numbering(r, cc, d - timedelta(days=40), "invoice") if doc_type == "credit_note" else None)
    compute(doc)
    return doc

def numbering(r, cc, d, dt):
    n = r.randint(1, 980)
    if cc == "PL": return f"{'KOR/' if dt=='credit_note' else 'FV/'}{n}/{d.month:02d}/{d.year}"
    if cc == "DE": return f"RE-{d.year}-{n:05d}"
    if cc == "NL": return f"F{d.year}{n:04d}"
    if cc == "IT": return f"{n}/{d.year}"
    if cc == "FR": return f"FA-{d.year}{d.month:02d}-{n:04d}"
    if cc == "ES": return f"A{d.year % 100}/{n:05d}"
    if cc == "CZ": return f"{d.year}{n:06d}"
    if cc == "JP": return f"{d.year}{d.month:02d}-{n:03d}"
    if cc == "IN": return f"GST/{d.year % 100}-{d.year % 100 + 1}/{n:04d}"
    if cc == "CN": return f"{r.randint(10000000, 99999999)}"
    if cc == "CNX": return f"YW{d.year % 100}{d.month:02d}{n:03d}"
    return f"INV-{n:05d}"

def compute(doc):
    dec = doc["dec"]
    qz = D(1) if dec == 0 else D("0.01")
    lines = doc["lines"]
    arith = doc["arith"]
    if arith == "line":   # one line total wrong (typo in a spreadsheet cell)
        lines[0]["net"] = lines[0]["net"] + (D(10) if dec == 0 else D("10.00"))
    sub = sum(l["net"] for l in lines)
    disc = (sub * D(doc["discount_pct"]) / 100).quantize(qz, rounding=ROUND_HALF_UP)
    ship = doc["shipping"]
    base_by_rate = {}
    for l in lines:
        base_by_rate[l["rate"]] = base_by_rate.get(l["rate"], D(0)) + l["net"]
    if disc:
        # spread discount on largest rate group
        k = max(base_by_rate, key=lambda x: base_by_rate[x])
        base_by_rate[k] -= disc
    if ship:
        k = max(base_by_rate, key=lambda x: base_by_rate[x])
        base_by_rate[k] += ship
    taxes = {k: (v * k / 100).quantize(qz, rounding=ROUND_HALF_UP) for k, v in base_by_rate.items()}
    if arith == "tax":
        k = list(taxes)[0]; taxes[k] = taxes[k] + (D(1) if dec == 0 else D("1.00"))
    net_total = sub - disc + ship
    tax_total = sum(taxes.values())
    total = net_total + tax_total
    if arith == "total":
        total = total + (D(100) if dec == 0 else D("10.00"))
    if arith == "sub":
        sub = sub - (D(100) if dec == 0 else D("1.00"))
    doc.update(sub=sub, disc=disc, net_total=net_total, base_by_rate=base_by_rate, taxes=taxes, tax_total=tax_total, total=total)

def money(doc, v, cur=True):
    s = fmt_num(v, doc["numstyle"], doc["dec"])
    return doc["curfmt"].format(n=s) if cur else s

def fields(doc):
    """Strings printed on the document, shared by all renderers."""
    T = L[doc["lang"]]
    dt = doc["doc_type"]
    lang = doc["lang"]
    title = T.get(dt, T["invoice"])
    if doc.get("commercial"): title = T.get("commercial", "COMMERCIAL INVOICE")
    if doc["gst"] and dt == "tax_invoice": title = "TAX INVOICE"
    if doc["cc"] == "CN" and dt == "tax_invoice": title = "增值税专用发票"
    ds = fmt_date(doc["date"], doc["datestyle"])
    meta = [(T["no"] if dt in ("invoice", "tax_invoice", "credit_note", "proforma") else T["docno"], doc["number"]),
            (T["date"] if dt in ("invoice", "tax_invoice", "credit_note", "proforma", "receipt") else T["dated"], ds)]
    if lang in ("pl", "cs") and dt in ("invoice", "tax_invoice"):
        meta.append((T["sale_date"], ds))
    if dt in ("invoice", "tax_invoice", "proforma"):
        meta.append((T["due"], fmt_date(doc["due"], doc["datestyle"])))
    if dt == "quotation":
        meta.append((T["valid"], fmt_date(doc["due"] + timedelta(days=30), doc["datestyle"])))
    if doc["ref_no"]:
        meta.append((T["ref"], doc["ref_no"]))
    if doc["incoterm"]:
        meta.append(("Terms", doc["incoterm"]))
    sup, buy = doc["sup"], doc["buy"]
    sl = [sup["name"]] + sup["addr"] + [f"{T['taxid']}: {sup['taxid']}"]
    bl = [buy["name"]] + buy["addr"] + [f"{('VAT' if lang in ('zh','ja') else T['taxid'])}: {buy['taxid']}"]
    if lang == "ja":
        bl[0] = buy["name"] + " 御中"
    priced = dt not in ("packing_list", "delivery_note")
    if dt == "packing_list":
        headers = ["#", T["item"], T["qty"], T["cartons"], T["weight"]]
        rows = [[str(k + 1), l["desc"], str(l["qty"]), str(max(1, l["qty"] // 12)), fmt_num(D(l["qty"]) * D("0.45"), doc["numstyle"])]
                for k, l in enumerate(doc["lines"])]
        align = "lllrr"
    elif dt == "delivery_note":
        headers = ["#", T["item"], T["qty"]]
        rows = [[str(k + 1), l["desc"], str(l["qty"])] for k, l in enumerate(doc["lines"])]
        align = "llr"
    elif dt == "price_list":
        headers = ["#", T["item"], T["price"]]
        rows = [[str(k + 1), l["desc"], money(doc, l["price"])] for k, l in enumerate(doc["lines"])]
        align = "llr"
    else:
        show_rate = doc["tax_total"] != 0 or doc["reverse"]
        headers = ["#", T["item"], T["qty"], T["price"]] + ([T["rate"]] if show_rate else []) + [T["amount"]]
        rows = []
        for k, l in enumerate(doc["lines"]):
            row = [str(k + 1), l["desc"], str(l["qty"]), fmt_num(l["price"], doc["numstyle"], doc["dec"])]
            if show_rate:
                row.append(("np" if lang == "pl" else "0") if doc["reverse"] else f"{fmt_num(l['rate'], 'plain', 0) if l['rate']==int(l['rate']) else fmt_num(l['rate'], 'plainc' if doc['numstyle'] in ('de','fr','pl') else 'plain', 1)}%")
            row.append(fmt_num(l["net"], doc["numstyle"], doc["dec"]))
            rows.append(row)
        align = "llrr" + ("r" if show_rate else "") + "r"
    summary = []
    if priced and dt != "price_list":
        has_tax = doc["tax_total"] != 0
        if has_tax or doc["disc"] or doc["shipping"]:
            summary.append((T["subtotal"], money(doc, doc["sub"]), False))
        if doc["disc"]:
            summary.append((f"{T['discount']} {doc['discount_pct']}%", money(doc, -doc["disc"]), False))
        if doc["shipping"]:
            summary.append((T["shipping"], money(doc, doc["shipping"]), False))
        if has_tax:
            for rt, tx in doc["taxes"].items():
                rs = fmt_num(rt, 'plain', 0) if rt == int(rt) else fmt_num(rt, 'plainc' if doc['numstyle'] in ('de','fr','pl') else 'plain', 1)
                if doc["gst"] and doc["buy"]["cc"] == "IN":
                    h = (tx / 2).quantize(D("0.01"))
                    summary.append((f"CGST {fmt_num(rt/2,'plain',1)}%", money(doc, h), False))
                    summary.append((f"SGST {fmt_num(rt/2,'plain',1)}%", money(doc, tx - h), False))
                elif doc["gst"]:
                    summary.append((f"IGST {rs}%", money(doc, tx), False))
                else:
                    summary.append((f"{T['tax']} {rs}%", money(doc, tx), False))
        summary.append((T["due_amt"] if lang in ("pl", "ja") else T["total"], money(doc, doc["total"]), True))
    notes = []
    if doc["reverse"]:
        notes.append({"pl": "Odwrotne obciążenie – art. 28b ustawy o VAT", "de": "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)",
                      "fr": "Autoliquidation – art. 283-2 du CGI", "it": "Inversione contabile – art. 7-ter DPR 633/72",
                      "nl": "BTW verlegd", "es": "Inversión del sujeto pasivo", "cs": "Daň odvede zákazník"}.get(lang, "Reverse charge: VAT to be accounted for by the recipient"))
    if dt in ("invoice", "tax_invoice"):
        notes.append(T["terms"])
        notes.append(f"{T['bank']}: {sup['iban'][:4]} {sup['iban'][4:8]} {sup['iban'][8:12]} {sup['iban'][12:16]} {sup['iban'][16:20]} {sup['iban'][20:24]}")
    if dt == "proforma":
        notes.append({"pl": "Dokument nie stanowi faktury VAT.", "de": "Dies ist keine Rechnung im Sinne des UStG."}.get(lang, "This is not a tax invoice."))
    if doc["cc"] == "CNX":
        notes.append("Country of origin: China. We hereby certify that the above goods are of Chinese origin.")
    if doc["gst"]:
        notes.append("HSN/SAC: 3924 · Place of supply: " + ("Maharashtra" if doc["buy"]["cc"] == "IN" else "Outside India (export under LUT)"))
    tstr = money(doc, doc["total"], cur=False) if summary else None
    return dict(title=title, meta=meta, seller_label=T["seller"], seller=sl, buyer_label=T["buyer"] if lang != "ja" else "請求先",
                buyer=bl, headers=headers, rows=rows, align=align, summary=summary, notes=notes, date_str=ds,
                total_str=tstr, page=T["page"], of=T["of"], lang=lang)

# ----------------------------------------------------------------------------- renderers
FONT_CSS = {"ja": "'WenQuanYi Micro Hei', sans-serif", "zh": "'WenQuanYi Micro Hei', sans-serif"}

def html_doc(doc, F, theme):
    lang = F["lang"]
    font = FONT_CSS.get(lang, {"clean": "'DejaVu Sans', sans-serif", "classic": "'DejaVu Serif', serif",
                               "boxed": "'DejaVu Sans Condensed', sans-serif", "jp": "'DejaVu Sans'"}[theme])
    accent = ["#1f6f8b", "#6b3fa0", "#2d7d46", "#b5462f", "#333333", "#0b4a8f"][doc["id"] % 6]
    e = html.escape
    css = f"""
    @page {{ size: A4; margin: 16mm 14mm 18mm 14mm;
      @bottom-right {{ content: "{e(F['page'])} " counter(page) " {e(F['of'])} " counter(pages); font-size: 8pt; color:#777 }} }}
    body {{ font-family: {font}; font-size: 9.5pt; color: #222; margin:0 }}
    h1 {{ font-size: 20pt; margin: 0 0 4mm 0; color: {accent}; letter-spacing: .5px }}
    .top {{ display: flex; justify-content: space-between }}
    table.meta td {{ padding: 1px 6px 1px 0 }}
    .parties {{ display: flex; gap: 8mm; margin: 6mm 0 }}
    .party {{ flex: 1; padding: 3mm; {'border:1px solid #999' if theme=='boxed' else 'background:#f4f6f8' if theme=='clean' else 'border-top:2px solid '+accent} }}
    .party b.l {{ display:block; font-size: 8pt; text-transform: uppercase; color: #666; margin-bottom: 1mm }}
    table.items {{ width: 100%; border-collapse: collapse; margin-top: 4mm }}
    table.items th {{ background: {accent if theme!='classic' else '#fff'}; color: {'#fff' if theme!='classic' else '#000'};
       {'border-bottom:2px solid #000;' if theme=='classic' else ''} padding: 4px; font-weight: bold; text-align:left }}
    table.items td {{ padding: 3px 4px; {'border:1px solid #aaa' if theme=='boxed' else 'border-bottom:1px solid #ddd'} }}
    table.items tr:nth-child(even) td {{ {'background:#fafafa' if theme=='clean' else ''} }}
    .r {{ text-align: right !important }}
    table.sum {{ margin-left: auto; margin-top: 4mm; border-collapse: collapse }}
    table.sum td {{ padding: 2px 6px }}
    table.sum tr.g td {{ font-weight: bold; font-size: 11.5pt; border-top: 2px solid {accent} }}
    .notes {{ margin-top: 8mm; font-size: 8.5pt; color: #444 }}
    .logo {{ width: 30mm; height: 14mm; background: {accent}; color:#fff; font-weight:bold; text-align:center; line-height:14mm; font-size:11pt }}
    .duebox {{ border: 2px solid #000; padding: 2mm 4mm; font-size: 14pt; margin: 4mm 0; display:inline-block }}
    """
    meta = "".join(f"<tr><td>{e(a)}</td><td><b>{e(b)}</b></td></tr>" for a, b in F["meta"])
    logo = e(doc["sup"]["name"].split()[0][:10])
    head = "".join(f"<th class='{'r' if F['align'][k]=='r' else ''}'>{e(h)}</th>" for k, h in enumerate(F["headers"]))
    body = "".join("<tr>" + "".join(f"<td class='{'r' if F['align'][k]=='r' else ''}'>{e(c)}</td>" for k, c in enumerate(row)) + "</tr>"
                   for row in F["rows"])
    summ = "".join(f"<tr class='{'g' if b else ''}'><td>{e(a)}</td><td class='r'>{e(v)}</td></tr>" for a, v, b in F["summary"])
    duebox = ""
    if theme == "jp" and F["summary"]:
        duebox = f"<div class='duebox'>{e(L['ja']['due_amt'])}　{e(F['summary'][-1][1])}-</div>" if lang == "ja" else ""
    notes = "".join(f"<div>{e(n)}</div>" for n in F["notes"])
    seller = "<br>".join(e(x) for x in F["seller"])
    buyer = "<br>".join(e(x) for x in F["buyer"])
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{e(F['title'])} {e(doc['number'])}</title>
<style>{css}</style></head><body>
<div class="top"><div><div class="logo">{logo}</div></div><div><h1>{e(F['title'])}</h1><table class="meta">{meta}</table></div></div>
{duebox}
<div class="parties"><div class="party"><b class="l">{e(F['seller_label'])}</b>{seller}</div>
<div class="party"><b class="l">{e(F['buyer_label'])}</b>{buyer}</div></div>
<table class="items"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
<table class="sum">{summ}</table>
<div class="notes">{notes}</div>
</body></html>"""

def render_weasy(doc, F, out, theme):
    import weasyprint
    weasyprint.HTML(string=html_doc(doc, F, theme)).write_pdf(out)

_HTTP = {}

def http_base():
    """Serve build/www on localhost so 'portal re-downloads' print with a plausible URL in the footer."""
    if "url" not in _HTTP:
        import http.server, threading, functools
        class Q(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *a): pass
        os.makedirs(os.path.join(BUILD, "www"), exist_ok=True)
        for port in range(48217, 48240):
            try:
                srv = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Q, directory=os.path.join(BUILD, "www")))
                break
            except OSError:
                continue
        threading.Thread(target=srv.serve_forever, daemon=True).start()
        _HTTP["url"] = f"http://127.0.0.1:{port}"; _HTTP["srv"] = srv
    return _HTTP["url"]

def neutral(doc, F):
    return re.sub(r"[^\w]+", "_", F["title"].split()[0] + "_" + doc["number"]).strip("_")

def render_chromium(doc, F, out, theme, portal=False):
    rel = f"portal/documents/{doc['id']:03d}/{neutral(doc, F)}.html"
    src = os.path.join(BUILD, "www", rel)
    os.makedirs(os.path.dirname(src), exist_ok=True)
    with open(src, "w", encoding="utf-8") as f:
        f.write(html_doc(doc, F, theme))
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
           f"--user-data-dir={BUILD}/chromeprof", f"--print-to-pdf={out}"]
    if not portal:
        cmd.append("--no-pdf-header-footer")
    cmd.append(http_base() + "/" + rel)
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)

def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DV" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DV", DV)); pdfmetrics.registerFont(TTFont("DVB", DVB))
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))

def latin1_ok(F):
    txt = json.dumps(F, ensure_ascii=False)
    try:
        txt.encode("cp1252"); return True
    except UnicodeEncodeError:
        return False

def render_reportlab(doc, F, out, variant):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab import rl_config
    rl_config.invariant = 1
    rl_fonts()
    if latin1_ok(F):
        fn, fb = ("Helvetica", "Helvetica-Bold") if variant == 0 else ("Times-Roman", "Times-Bold")
    elif F["lang"] in ("ja", "zh"):
        fn, fb = "WQY", "WQY"
    else:
        fn, fb = "DV", "DVB"
    size = LETTER if doc["cc"] == "US" else A4
    W, H = size
    c = canvas.Canvas(out, pagesize=size, pageCompression=1)
    c.setTitle(f"{F['title']} {doc['number']}"); c.setAuthor(doc["sup"]["name"]); c.setCreator("Faktura-Desk 4")
    ncol = len(F["headers"])
    widths = {3: [25, 330, 0], 5: [25, 250, 60, 70, 0], 6: [25, 215, 50, 80, 45, 0], 4: [25, 260, 80, 0]}[ncol]
    widths[-1] = W - 80 - sum(widths[:-1])
    rows_per_page = 34
    chunks = [F["rows"][i:i + rows_per_page] for i in range(0, len(F["rows"]), rows_per_page)] or [[]]
    npages = len(chunks)
    for p, chunk in enumerate(chunks):
        y = H - 50
        if p == 0:
            if variant == 0:
                c.setFont(fb, 18); c.drawString(40, y, F["title"])
                c.setFont(fn, 9)
                yy = y
                for a, b in F["meta"]:
                    c.drawRightString(W - 150, yy, a + ":"); c.drawString(W - 145, yy, b); yy -= 12
            else:
                c.setFont(fb, 12); c.drawString(40, y, F["seller"][0])
                c.setFont(fb, 18); c.drawRightString(W - 40, y, F["title"])
                c.setFont(fn, 9); yy = y - 18
                for a, b in F["meta"]:
                    c.drawRightString(W - 130, yy, a + ":"); c.drawRightString(W - 40, yy, b); yy -= 12
            y = min(yy, y - 20) - 18
            c.setFont(fb, 9); c.drawString(40, y, F["seller_label"]); c.drawString(W / 2, y, F["buyer_label"])
            c.setFont(fn, 9)
            for k in range(max(len(F["seller"]), len(F["buyer"]))):
                y -= 12
                if k < len(F["seller"]): c.drawString(40, y, F["seller"][k])
                if k < len(F["buyer"]): c.drawString(W / 2, y, F["buyer"][k])
            y -= 26
        else:
            c.setFont(fn, 9); c.drawString(40, y, f"{F['title']} {doc['number']}"); y -= 24
        # table header
        c.setFillColorRGB(.88, .9, .93) if variant == 0 else c.setFillColorRGB(1, 1, 1)
        c.rect(40, y - 4, W - 80, 16, fill=1, stroke=variant)
        c.setFillColorRGB(0, 0, 0); c.setFont(fb, 8.5)
        x = 40
        for k, h in enumerate(F["headers"]):
            if F["align"][k] == "r": c.drawRightString(x + widths[k] - 3, y, h)
            else: c.drawString(x + 3, y, h)
            x += widths[k]
        c.setFont(fn, 8.5)
        for row in chunk:
            y -= 15
            x = 40
            for k, cell in enumerate(row):
                if F["align"][k] == "r": c.drawRightString(x + widths[k] - 3, y, cell)
                else: c.drawString(x + 3, y, cell[:60])
                x += widths[k]
            c.setStrokeColorRGB(.8, .8, .8); c.line(40, y - 4, W - 40, y - 4); c.setStrokeColorRGB(0, 0, 0)
        if p == npages - 1:
            y -= 26
            for a, v, b in F["summary"]:
                c.setFont(fb if b else fn, 11 if b else 9)
                c.drawRightString(W - 140, y, a); c.drawRightString(W - 43, y, v); y -= 15 if not b else 18
            c.setFont(fn, 8)
            y -= 10
            for n in F["notes"]:
                c.drawString(40, y, n); y -= 11
        c.setFont(fn, 7.5)
        c.drawCentredString(W / 2, 25, f"{doc['sup']['name']} · {doc['sup']['addr'][0]}, {doc['sup']['addr'][1]} · {F['page']} {p+1} {F['of']} {npages}")
        c.showPage()
    c.save()

def render_fpdf(doc, F, out, variant):
    from fpdf import FPDF
    pdf = FPDF(format="letter" if doc["cc"] == "US" else "A4")
    pdf.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    pdf.core_fonts_encoding = "windows-1252"
    if latin1_ok(F):
        fn = "helvetica" if variant == 0 else "courier"
    else:
        pdf.add_font("dv", "", DV); pdf.add_font("dv", "B", DVB)
        if F["lang"] in ("ja", "zh"):
            pdf.add_font("wq", "", WQY); pdf.add_font("wq", "B", WQY); fn = "wq"
        else:
            fn = "dv"
    pdf.set_title(f"{F['title']} {doc['number']}"); pdf.set_creator("InvoiceMaker")
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pg = F["page"]; of = F["of"]
    def footer():
        pdf.set_y(-15); pdf.set_font(fn, "", 7); pdf.cell(0, 8, f"{pg} {pdf.page_no()} {of} {{nb}}", align="C")
    pdf.footer = footer
    pdf.add_page()
    pdf.set_font(fn, "B", 16); pdf.cell(0, 10, F["title"], new_x="LMARGIN", new_y="NEXT", align="L" if variant == 0 else "R")
    pdf.set_font(fn, "", 9)
    for a, b in F["meta"]:
        pdf.cell(45, 5, a + ":"); pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font(fn, "B", 9); pdf.cell(90, 5, F["seller_label"]); pdf.cell(0, 5, F["buyer_label"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fn, "", 9)
    for k in range(max(len(F["seller"]), len(F["buyer"]))):
        pdf.cell(90, 5, F["seller"][k] if k < len(F["seller"]) else "")
        pdf.cell(0, 5, F["buyer"][k] if k < len(F["buyer"]) else "", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    ncol = len(F["headers"])
    widths = {3: [10, 140, 40], 5: [10, 100, 25, 25, 30], 6: [10, 85, 20, 30, 15, 30], 4: [10, 110, 35, 35]}[ncol]
    pdf.set_font(fn, "B", 8.5); pdf.set_fill_color(230, 230, 230)
    for k, h in enumerate(F["headers"]):
        pdf.cell(widths[k], 7, h, border=1, fill=True, align="R" if F["align"][k] == "r" else "L")
    pdf.ln()
    pdf.set_font(fn, "", 8.5)
    for row in F["rows"]:
        for k, cell in enumerate(row):
            pdf.cell(widths[k], 6, cell, border=1 if variant == 1 else "B", align="R" if F["align"][k] == "r" else "L")
        pdf.ln()
    pdf.ln(4)
    for a, v, b in F["summary"]:
        pdf.set_font(fn, "B" if b else "", 10 if b else 9)
        pdf.cell(sum(widths) - 40, 6, a, align="R"); pdf.cell(40, 6, v, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font(fn, "", 8)
    for n in F["notes"]:
        pdf.multi_cell(0, 4.5, n, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out)

def build_fods(doc, F, path):
    """Flat ODS spreadsheet (as a small shop would keep its invoice template in Calc/Excel)."""
    e = html.escape
    n = len(F["headers"])
    widths = {3: ["0.8cm", "10cm", "3.5cm"], 4: ["0.8cm", "8.5cm", "3cm", "3cm"], 5: ["0.8cm", "7cm", "2.4cm", "2.6cm", "2.8cm"],
              6: ["0.8cm", "6.2cm", "1.8cm", "2.6cm", "1.8cm", "3cm"]}[n]
    font = "WenQuanYi Micro Hei" if F["lang"] in ("ja", "zh") else ["DejaVu Sans", "DejaVu Serif"][doc["id"] % 2]
    def cell(v, st=None, span=1):
        a = f' table:style-name="{st}"' if st else ""
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        if v is None or v == "":
            return f"<table:table-cell{a}/>"
        return f'<table:table-cell{a}{sp} office:value-type="string"><text:p>{e(str(v))}</text:p></table:table-cell>' + \
               ("<table:covered-table-cell/>" * (span - 1))
    rows = []
    def row(cells):
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    row([cell(F["title"], "big")])
    row([])
    row([cell(doc["sup"]["name"], "b")])
    for x in doc["sup"]["addr"] + [F["seller"][-1]]:
        row([cell(x)])
    row([])
    for a_, b_ in F["meta"]:
        row([cell("")] * (n - 2) + [cell(a_ + ":", "r"), cell(b_, "rb")])
    row([])
    row([cell(F["buyer_label"], "b")])
    for x in F["buyer"]:
        row([cell(x)])
    row([])
    row([cell(h, "hdr" if F["align"][k] == "l" else "hdrr") for k, h in enumerate(F["headers"])])
    for r_ in F["rows"]:
        row([cell(v, "line" if F["align"][k] == "l" else "liner") for k, v in enumerate(r_)])
    row([])
    for a_, v, b in F["summary"]:
        row([cell("")] * (n - 2) + [cell(a_, "rb" if b else "r"), cell(v, "tot" if b else "r")])
    row([])
    for x in F["notes"]:
        row([cell(x, "small")])
    cols = "".join(f'<table:table-column table:style-name="co{k}"/>' for k in range(n))
    colst = "".join(f'<style:style style:name="co{k}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for k, w in enumerate(widths))
    tp = f'<style:text-properties style:font-name="{font}" fo:font-family="{font}" fo:font-size="9pt"/>'
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="{font}" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles><style:style style:name="Default" style:family="table-cell">{tp}</style:style></office:styles>
<office:automatic-styles>{colst}
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="rb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="tot" style:family="table-cell"><style:table-cell-properties fo:border-top="0.06pt solid #000000" fo:border-bottom="1.5pt double #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold" fo:font-size="10.5pt"/></style:style>
<style:style style:name="hdr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.06pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="hdrr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="line" style:family="table-cell"><style:table-cell-properties fo:border="0.06pt solid #000000"/></style:style>
<style:style style:name="liner" style:family="table-cell"><style:table-cell-properties fo:border="0.06pt solid #000000"/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="small" style:family="table-cell"><style:text-properties fo:font-size="7.5pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{e(F['title'].split()[0][:20])}">{cols}
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)

def build_csv(doc, F, path):
    rows = [[F["title"]], [doc["sup"]["name"]]] + [[x] for x in doc["sup"]["addr"]] + [[]]
    rows += [[a, b] for a, b in F["meta"]] + [[]]
    rows += [[F["buyer_label"]]] + [[x] for x in F["buyer"]] + [[]]
    rows += [F["headers"]] + F["rows"] + [[]]
    n = len(F["headers"])
    rows += [[""] * (n - 2) + [a, v] for a, v, b in F["summary"]]
    rows += [[]] + [[x] for x in F["notes"]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)

def build_docx(doc, F, path):
    import docx
    from docx.shared import Pt, Mm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans" if F["lang"] not in ("ja", "zh") else "WenQuanYi Micro Hei"; st.font.size = Pt(9.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    sec = d.sections[0]; sec.page_width = Mm(210); sec.page_height = Mm(297)
    sec.left_margin = sec.right_margin = Mm(18)
    p = d.add_paragraph(); run = p.add_run(doc["sup"]["name"]); run.bold = True; run.font.size = Pt(13)
    d.add_paragraph(", ".join(doc["sup"]["addr"]) + "\n" + F["seller"][-1])
    p = d.add_paragraph(); run = p.add_run(F["title"]); run.bold = True; run.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for a, b in F["meta"]:
        p = d.add_paragraph(f"{a}: {b}"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    p = d.add_paragraph(); r = p.add_run(F["buyer_label"]); r.bold = True
    d.add_paragraph("\n".join(F["buyer"]))
    t = d.add_table(rows=1, cols=len(F["headers"])); t.style = "Table Grid"
    for k, h in enumerate(F["headers"]):
        t.rows[0].cells[k].text = h
        t.rows[0].cells[k].paragraphs[0].runs[0].bold = True
    for row in F["rows"]:
        cells = t.add_row().cells
        for k, v in enumerate(row):
            cells[k].text = v
            if F["align"][k] == "r": cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cw = {3: [10, 120, 44], 4: [10, 100, 32, 32], 5: [10, 88, 24, 26, 26], 6: [10, 74, 20, 26, 16, 28]}[len(F["headers"])]
    t.autofit = False
    for row in t.rows:
        for k, cell in enumerate(row.cells):
            cell.width = Mm(cw[k])
    d.add_paragraph()
    for a, v, b in F["summary"]:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.paragraph_format.space_after = Pt(0)
        r = p.add_run(f"{a}:  {v}"); r.bold = b
    d.add_paragraph()
    for n in F["notes"]:
        d.add_paragraph(n).paragraph_format.space_after = Pt(0)
    d.core_properties.author = doc["sup"]["name"]
    d.save(path)

def soffice_batch(paths, outdir, csv_mode=False):
    if not paths: return
    prof = f"file://{BUILD}/loprof"
    cmd = ["/usr/bin/soffice", f"-env:UserInstallation={prof}", "--headless"]
    if csv_mode:
        cmd += ["--infilter=CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2"]
    cmd += ["--convert-to", "pdf", "--outdir", outdir] + paths
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ----------------------------------------------------------------------------- scans / photos
def render_pages(pdf_path, dpi, first_only=True):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    n = 1 if first_only else len(pdf)
    imgs = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(n)]
    pdf.close()
    return imgs

def degrade_scan(img, r, gray=True):
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    a = np.asarray(img.convert("L") if gray else img).astype(np.float32)
    h, w = a.shape[:2]
    ang = r.uniform(-1.6, 1.6)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += r.uniform(-8, 8); M[1, 2] += r.uniform(-8, 8)
    bv = 245 if gray else (245, 245, 242)
    a = cv2.warpAffine(a, M, (w, h), borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
    rs = np.random.RandomState(r.randint(0, 10**6))
    a = a * r.uniform(0.85, 0.97) + r.uniform(8, 25)
    a = a + rs.normal(0, r.uniform(3, 9), a.shape)
    a = cv2.GaussianBlur(a, (3, 3), r.uniform(0.3, 0.9))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out, M

def photo_of(img, r):
    import numpy as np, cv2
    from PIL import Image
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(w * 0.18)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    base = np.array([r.uniform(60, 140), r.uniform(50, 120), r.uniform(40, 100)], np.float32)
    bg[:] = base
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: r.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, M, (bg.shape[1], bg.shape[0]), borderMode=cv2.BORDER_CONSTANT, borderValue=(-1, -1, -1))
    mask = warped[..., 0] >= 0
    bg[mask] = warped[mask]
    H2, W2 = bg.shape[:2]
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = r.uniform(0, W2), r.uniform(0, H2)
    light = 1.05 - r.uniform(0.25, 0.45) * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    tint = np.array([1.0, r.uniform(0.95, 1.0), r.uniform(0.85, 0.95)], np.float32)
    bg = bg * light[..., None] * tint
    bg = cv2.GaussianBlur(bg, (5, 5), r.uniform(0.6, 1.4))
    rs = np.random.RandomState(r.randint(0, 10**6))
    bg = bg + rs.normal(0, 4, bg.shape)
    out = Image.fromarray(np.clip(bg, 0, 255).astype(np.uint8))
    out = out.resize((int(W2 * 0.8), int(H2 * 0.8)))
    return out, M

def save_img(img, path, r):
    if path.endswith(".jpg"):
        img.save(path, quality=r.randint(45, 82))
    elif path.endswith(".png"):
        img.save(path)
    else:
        img.save(path, "PDF", resolution=150)

# ----------------------------------------------------------------------------- edit helpers
def find_boxes(pdf_path, s, page=None):
    """All occurrences of string s: list of (page_index, (l,b,r,t))."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    res = []
    for pi in range(len(pdf)):
        if page is not None and pi != page: continue
        tp = pdf[pi].get_textpage()
        se = tp.search(s, match_case=True, match_whole_word=False)
        while True:
            m = se.get_next()
            if not m: break
            idx, cnt = m
            # reject matches inside bigger numbers
            full = tp.get_text_range()
            before = tp.get_text_range(idx - 1, 1) if idx > 0 else " "
            after = tp.get_text_range(idx + cnt, 1) if idx + cnt < tp.count_chars() else " "
            if s[0].isdigit() and (before.isdigit() or before in ".,'") : continue
            if s[-1].isdigit() and (after.isdigit() or (after in ".," and tp.get_text_range(idx + cnt + 1, 1).isdigit())): continue
            boxes = [tp.get_charbox(k) for k in range(idx, idx + cnt)]
            boxes = [b for b in boxes if b[2] > b[0]]
            if not boxes: continue
            FS[(pdf_path, pi, s, len(res))] = pdfium.raw.FPDFText_GetFontSize(tp.raw, idx)
            res.append((pi, (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))))
    sizes = [(pdf[i].get_width(), pdf[i].get_height()) for i in range(len(pdf))]
    pdf.close()
    return res, sizes

def est_fs(old, h, fs0):
    """Font size from the ink box of the old string, cross-checked with pdfium's reported size
    (HTML renderers report px-based sizes, hence the 0.75 candidate)."""
    if old and all(c.isdigit() or c in ".,' -" for c in old): k = 0.80 if any(c in ",." for c in old) else 0.73
    elif any(ord(c) > 0x2e80 for c in old): k = 0.88
    elif any(c in "gjpqy,()/" for c in old) and any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in old): k = 0.93
    elif any(c.isupper() or c.isdigit() or c in "bdfhklt" for c in old): k = 0.74
    else: k = 0.55
    guess = h / k
    cands = [c for c in ((fs0 or 0), (fs0 or 0) * 0.75) if 0.8 * guess < c < 1.2 * guess]
    return min(cands, key=lambda c: abs(c - guess)) if cands else guess

def page_chars(pdf_path, pi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    tp = pdf[pi].get_textpage()
    out = []
    for k in range(tp.count_chars()):
        c = tp.get_text_range(k, 1)
        out.append((c[:1] if c else "\x00", tp.get_charbox(k)))
    H = pdf[pi].get_height()
    pdf.close()
    return out, H

def overlay_pdf(src, out, edits, r, incremental=False, producer=None, hits=None):
    """edits: list of (old, new). White box over each occurrence, new text on top, merged by pypdf."""
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    rl_fonts()
    per_page = {}
    sizes = None
    found = 0
    for old, new in edits:
        occ, sizes = find_boxes(src, old)
        for oi, (pi, bx) in enumerate(occ):
            bx = bx + (FS.get((src, pi, old, oi)) or 0,)
            per_page.setdefault(pi, []).append((bx, old, new)); found += 1
            if hits is not None: hits.add(edits.index((old, new)))
    if not found:
        return False
    if incremental:
        w = PdfWriter(src, incremental=True)
    else:
        w = PdfWriter(clone_from=src)
    for pi, items in per_page.items():
        W, H = sizes[pi]
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(W, H))
        for (l, b, rr, t, fs0), old, new in items:
            h = t - b
            c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1)
            c.rect(l - 1.5, b - 2, rr - l + 3, h + 4, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            font = "Helvetica" if all(ord(ch) < 256 for ch in new) else ("WQY" if any(ord(ch) > 0x2e80 for ch in new) else "DV")
            fs = max(5, est_fs(old, h, fs0))
            c.setFont(font, fs)
            if old in NUMERIC_OLD:
                c.drawRightString(rr, b + 0.3, new)
            else:
                c.drawString(l, b + 0.3, new)
        c.save()
        ov = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
        w.pages[pi].merge_page(ov)
    if producer:
        w.add_metadata({"/Producer": producer})
    with open(out, "wb") as f:
        w.write(f)
    return True

def lit_pattern(s):
    # a PDF literal string fragment; ReportLab/fpdf escape only \ ( )
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b

def lit_octal(s):
    b = lit_pattern(s)
    return b"".join(bytes([c]) if c < 128 else b"\\%03o" % c for c in b)

def stream_replace_bytes(data, edits, hits=None):
    n = 0
    for ei, (old, new) in enumerate(edits):
        for enc in (lit_pattern, lit_octal):
            ob, nb = enc(old), enc(new)
            pat = re.compile(rb"(?<![0-9.,])" + re.escape(ob) + rb"(?![0-9])")
            data, k = pat.subn(lambda m: nb, data)
            n += k
            if k and hits is not None: hits.add(ei)
            if k: break
    return data, n

def pikepdf_replace(src, out, edits, hits):
    import pikepdf
    pdf = pikepdf.open(src)
    total = 0
    for page in pdf.pages:
        conts = page.obj.Contents
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for s in streams:
            data = s.read_bytes()
            nd, n = stream_replace_bytes(data, edits, hits)
            if n:
                s.write(nd); total += n
    pdf.save(out, deterministic_id=True)
    return total

def pypdf_incremental_replace(src, out, edits, hits):
    from pypdf import PdfWriter
    from pypdf.generic import NameObject, StreamObject, DecodedStreamObject
    w = PdfWriter(src, incremental=True)
    total = 0
    for page in w.pages:
        cs = page.get_contents()
        if cs is None: continue
        data = cs.get_data()
        nd, n = stream_replace_bytes(data, edits, hits)
        if n:
            ns = DecodedStreamObject(); ns.set_data(nd)
            ns = ns.flate_encode()
            page[NameObject("/Contents")] = w._add_object(ns)
            total += n
    with open(out, "wb") as f:
        w.write(f)
    return total

def retype_edit(src, out, edits, hits):
    """Simulated online editor: blank the original text run, add new text with a new font resource."""
    import pikepdf
    boxes = {}
    for old, new in edits:
        occ, sizes = find_boxes(src, old)
        for oi, (pi, bx) in enumerate(occ):
            bx = bx + (FS.get((src, pi, old, oi)) or 0,)
            boxes.setdefault(pi, []).append((bx, new, old))
    pdf = pikepdf.open(src)
    total = 0
    for pi, page in enumerate(pdf.pages):
        conts = page.obj.Contents
        streams = list(conts) if isinstance(conts, pikepdf.Array) else [conts]
        for s in streams:
            data = s.read_bytes()
            for ei, (old, new) in enumerate(edits):
                for enc in (lit_pattern, lit_octal):
                    ob = enc(old)
                    pat = re.compile(rb"(?<![0-9.,])" + re.escape(ob) + rb"(?![0-9])")
                    data, k = pat.subn(b"", data); total += k
                    if k: hits.add(ei); break
            s.write(data)
        if pi in boxes:
            ops = [b"q BT"]
            for (l, b, rr, t, fs0), new, old in boxes[pi]:
                if (old, new) not in [edits[h] for h in hits]: continue
                fs = est_fs(old, t - b, fs0)
                nb = lit_octal(new)
                from reportlab.pdfbase.pdfmetrics import stringWidth
                x = l if old not in NUMERIC_OLD else rr - stringWidth(new, "Helvetica", fs)
                ops.append(b"/FWe1 %.2f Tf 0 0 0 rg 1 0 0 1 %.2f %.2f Tm (%s) Tj" % (fs, x, b + 0.2, nb))
            ops.append(b"ET Q")
            ns = pikepdf.Stream(pdf, b"\n".join(ops))
            page.contents_add(ns, prepend=False)
            res = page.obj.Resources
            if "/Font" not in res: res.Font = pikepdf.Dictionary()
            res.Font.FWe1 = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                                 BaseFont=pikepdf.Name("/Arial,Bold") if False else pikepdf.Name.Helvetica,
                                                                 Encoding=pikepdf.Name.WinAnsiEncoding))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["xmp:CreatorTool"] = "WebPDF Online Editor 3.7"
    pdf.docinfo["/Producer"] = "WebPDF Online Editor 3.7 (pdf-core 2.1)"
    pdf.save(out, deterministic_id=True)
    return total

# ----------------------------------------------------------------------------- plan
PRODUCERS_G = (["weasyprint"] * 30 + ["chromium"] * 8 + ["chromium_portal"] * 4 + ["reportlab"] * 22 + ["fpdf2"] * 14 +
               ["calc_soffice"] * 10 + ["docx_soffice"] * 12 + ["scan_jpeg"] * 6 + ["scan_png"] * 3 + ["scan_pdf"] * 5 + ["phone_photo"] * 6)

def plan(r):
    specs = []
    ccs = ["PL"] * 18 + ["DE"] * 16 + ["NL"] * 8 + ["IT"] * 10 + ["FR"] * 9 + ["ES"] * 7 + ["CZ"] * 7 + ["JP"] * 8 + \
          ["IN"] * 7 + ["CN"] * 6 + ["CNX"] * 12 + ["US"] * 5 + ["GB"] * 7
    r.shuffle(ccs)
    prods = PRODUCERS_G[:]
    r.shuffle(prods)
    nonInv = ["packing_list", "packing_list", "purchase_order", "purchase_order", "quotation", "quotation", "delivery_note",
              "delivery_note", "price_list", "letter"]
    special = {}
    idxs = list(range(120))
    r.shuffle(idxs)
    for k, t in enumerate(nonInv): special[idxs[k]] = t
    for k, t in enumerate(["credit_note"] * 6 + ["proforma"] * 3 + ["receipt"] * 3): special[idxs[10 + k]] = t
    arith_idx = set(idxs[22:30])
    arith_kinds = ["line", "tax", "total", "sub", "line", "total", "tax", "line"]
    for i in range(120):
        cc, prod = ccs[i], prods[i]
        dt = special.get(i)
        if dt is None:
            dt = "tax_invoice" if cc in ("IN", "CN") or (cc == "JP" and r.random() < .5) else "invoice"
        if cc == "CN" and dt in ("credit_note",): dt = "invoice"
        nlines = r.choice([1, 2, 3, 3, 4, 5, 6, 8]) if r.random() < .88 else r.randint(38, 60)
        if prod.startswith("scan") and prod != "scan_pdf" or prod == "phone_photo":
            nlines = min(nlines, 9)
        opts = {}
        if r.random() < .2: opts["discount"] = r.choice([3, 5, 10])
        if r.random() < .3 and dt not in ("credit_note",): opts["shipping"] = r.choice(["25.00", "49.90", "12.50", "120.00"]) if cc != "JP" else r.choice(["800", "1200"])
        if cc in ("DE", "NL", "IT", "FR", "ES", "CZ", "PL") and r.random() < .2: opts["reverse"] = True
        if cc == "CNX": opts["commercial"] = r.random() < .6
        if cc == "CN": opts["buyer_cc"] = "CN"
        if cc in ("JP", "IN") and r.random() < .5: opts["buyer_cc"] = cc
        if i in arith_idx and dt in ("invoice", "tax_invoice"):
            opts["arith"] = arith_kinds[len([x for x in specs if x[4].get('arith')]) % 8]
        specs.append((i, cc, prod, dt, opts, nlines))
    # top-up arithmetic errors to 8 if some landed on non-invoices
    have = sum(1 for s in specs if s[4].get("arith"))
    for s in specs:
        if have >= 8: break
        if not s[4].get("arith") and s[3] in ("invoice", "tax_invoice") and s[0] not in arith_idx:
            s[4]["arith"] = arith_kinds[have]; have += 1
    return specs

LANG_NAME = lambda doc: doc["lang"]

def letter_pdf(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    rl_fonts()
    c = canvas.Canvas(out, pagesize=A4)
    W, H = A4
    c.setFont("DVB", 13); c.drawString(60, H - 70, doc["sup"]["name"])
    c.setFont("DV", 9); c.drawString(60, H - 84, ", ".join(doc["sup"]["addr"]))
    y = H - 140
    for ln in [doc["buy"]["name"]] + doc["buy"]["addr"]:
        c.drawString(60, y, ln); y -= 12
    ds = fmt_date(doc["date"], doc["datestyle"])
    c.drawRightString(W - 60, H - 140, ds)
    body = {
        "en": ["Subject: Confirmation of business relationship", "", "Dear Sir or Madam,", "",
               f"we confirm that {doc['buy']['name']} has purchased goods from our company on a regular basis",
               "since 2024. All goods were supplied from our own warehouse.", "", "This letter is not an invoice.", "", "Kind regards,"],
        "de": ["Betreff: Bestätigung der Geschäftsbeziehung", "", "Sehr geehrte Damen und Herren,", "",
               f"hiermit bestätigen wir, dass {doc['buy']['name']} seit 2024 regelmäßig Waren bei uns bezieht.",
               "Die Ware wird aus unserem Lager in Deutschland versandt.", "", "Dieses Schreiben ist keine Rechnung.", "", "Mit freundlichen Grüßen"],
        "pl": ["Dotyczy: potwierdzenie współpracy", "", "Szanowni Państwo,", "",
               f"potwierdzamy, że firma {doc['buy']['name']} regularnie zaopatruje się u nas od 2024 roku.",
               "Towar wysyłany jest z naszego magazynu.", "", "Niniejsze pismo nie jest fakturą.", "", "Z poważaniem"],
    }.get(doc["lang"]) or ["Confirmation of business relationship", "", f"{doc['buy']['name']} is our customer since 2024.", "", "Best regards,"]
    y = H - 230
    for ln in body:
        c.drawString(60, y, ln); y -= 14
    c.drawString(60, y - 20, doc["sup"]["name"])
    c.save()

# ----------------------------------------------------------------------------- main
def main():
    for d in (FILES, BUILD):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    os.makedirs(os.path.join(BUILD, "lo"), exist_ok=True)
    r = random.Random(SEED)
    specs = plan(r)
    docs = {}
    labels = []
    pending_docx, pending_csv = [], []
    post = []   # (kind, idx) to finish after soffice

    def label(fname, doc, F, producer, genuine=True, edit_method=None, what=None, ebc=False, pages=1, **kw):
        dt = doc["doc_type"]
        total = None
        if F["total_str"] is not None and dt not in ("packing_list", "delivery_note", "price_list", "letter"):
            total = str(q2(doc["total"])) if doc["dec"] else str(int(doc["total"]))
        lab = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer,
                   language=doc["lang"], is_invoice=dt in ("invoice", "tax_invoice", "receipt", "credit_note"),
                   doc_type=("other" if dt in ("price_list", "letter") else dt), date=doc["date"].isoformat(), total=total,
                   currency=None if dt in ("letter", "packing_list", "delivery_note") else doc["cur"], supplier=doc["sup"]["name"], buyer=doc["buy"]["name"],
                   pages=pages, edit_before_capture=ebc, arithmetic_error=bool(doc.get("arith")) and genuine)
        lab.update(kw)
        labels.append(lab)
        return lab

    def pdf_pages(p):
        from pypdf import PdfReader
        return len(PdfReader(p).pages)

    def source_pdf(doc, F, idx, kind):
        p = os.path.join(BUILD, f"src_{idx:03d}_{kind}.pdf")
        if kind == "rl":
            render_reportlab(doc, F, p, idx % 2)
        else:
            render_weasy(doc, F, p, ["clean", "classic", "boxed"][idx % 3] if doc["lang"] != "ja" else "jp")
        return p

    for (i, cc, prod, dt, opts, nlines) in specs:
        dr = random.Random(SEED * 1000 + i)
        doc_type = dt if dt != "letter" else "letter"
        doc = make_doc(dr, i, cc, "invoice" if dt == "letter" else dt, nlines if dt != "letter" else 1, opts)
        if dt == "letter": doc["doc_type"] = "letter"
        F = fields(doc)
        docs[i] = (doc, F)
        base = f"g{i:03d}_{doc['lang']}_{doc['doc_type']}"
        if dt == "letter":
            fn = base + ".pdf"; letter_pdf(doc, os.path.join(FILES, fn))
            label(fn, doc, F, "reportlab", pages=1); continue
        if prod == "weasyprint":
            fn = base + ".pdf"
            theme = "jp" if doc["lang"] == "ja" else ("boxed" if cc in ("IT", "IN", "CN") else ["clean", "classic"][i % 2])
            render_weasy(doc, F, os.path.join(FILES, fn), theme)
            label(fn, doc, F, "weasyprint", pages=pdf_pages(os.path.join(FILES, fn)))
        elif prod.startswith("chromium"):
            fn = base + ".pdf"
            theme = "jp" if doc["lang"] == "ja" else ["clean", "boxed", "classic"][i % 3]
            render_chromium(doc, F, os.path.join(FILES, fn), theme, portal=prod == "chromium_portal")
            label(fn, doc, F, prod, pages=pdf_pages(os.path.join(FILES, fn)))
        elif prod == "reportlab":
            fn = base + ".pdf"; render_reportlab(doc, F, os.path.join(FILES, fn), i % 2)
            label(fn, doc, F, "reportlab", pages=pdf_pages(os.path.join(FILES, fn)))
        elif prod == "fpdf2":
            fn = base + ".pdf"; render_fpdf(doc, F, os.path.join(FILES, fn), i % 2)
            label(fn, doc, F, "fpdf2", pages=pdf_pages(os.path.join(FILES, fn)))
        elif prod == "calc_soffice":
            nb = neutral(doc, F) + f"_{i:03d}"
            if i % 4 == 0:
                p = os.path.join(BUILD, "lo", nb + ".csv"); build_csv(doc, F, p); pending_csv.append(p)
            else:
                p = os.path.join(BUILD, "lo", nb + ".fods"); build_fods(doc, F, p); pending_docx.append(p)
            post.append((base, i, "calc_soffice", nb))
        elif prod == "docx_soffice":
            nb = neutral(doc, F) + f"_{i:03d}"
            p = os.path.join(BUILD, "lo", nb + ".docx"); build_docx(doc, F, p); pending_docx.append(p)
            post.append((base, i, "docx_soffice", nb))
        elif prod.startswith("scan"):
            src = source_pdf(doc, F, i, "rl" if i % 2 else "wp")
            ext = {"scan_jpeg": ".jpg", "scan_png": ".png", "scan_pdf": ".pdf"}[prod]
            dpi = dr.choice([110, 130, 150, 200])
            imgs = render_pages(src, dpi, first_only=ext != ".pdf")
            gray = dr.random() < .7
            degr = [degrade_scan(im, dr, gray=gray) for im in imgs]
            outs = [x[0] for x in degr]
            SCAN_META[i] = (dpi, degr[0][1], src)
            fn = base + ext
            if ext == ".pdf":
                outs[0].save(os.path.join(FILES, fn), "PDF", resolution=dpi, save_all=True, append_images=outs[1:])
            else:
                save_img(outs[0], os.path.join(FILES, fn), dr)
            label(fn, doc, F, prod, pages=len(outs))
        elif prod == "phone_photo":
            src = source_pdf(doc, F, i, "rl" if i % 2 else "wp")
            im = render_pages(src, 130)[0]
            ph, _ = photo_of(im, dr)
            fn = base + ".jpg"; ph.save(os.path.join(FILES, fn), quality=84)
            label(fn, doc, F, "phone_photo", pages=1)
    # soffice batches
    lo_out = os.path.join(BUILD, "lo_out"); os.makedirs(lo_out, exist_ok=True)
    soffice_batch(pending_docx, lo_out)
    soffice_batch(pending_csv, lo_out, csv_mode=True)
    for base, i, prod, nb in post:
        doc, F = docs[i]
        p = os.path.join(lo_out, nb + ".pdf")
        if not os.path.exists(p):
            print("soffice failed for", base); continue
        shutil.copy(p, os.path.join(FILES, base + ".pdf"))
        label(base + ".pdf", doc, F, prod, pages=pdf_pages(p))
    # keep a stable order of genuine labels
    order = {s[0]: k for k, s in enumerate(specs)}
    labels.sort(key=lambda l: int(l["file"][1:4]))

    make_edits(r, specs, docs, labels, label, pdf_pages, source_pdf)

    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    if _HTTP.get("srv"):
        _HTTP["srv"].shutdown()
    shutil.rmtree(BUILD, ignore_errors=True)   # intermediates only; make.py recreates them
    check()

# ----------------------------------------------------------------------------- edits
def new_value(r, doc, F, field, same_len):
    """Return (old_string, new_string, apply_fn) for a field."""
    if field == "total":
        old = F["total_str"]
        if same_len:
            digs = [k for k, ch in enumerate(old) if ch.isdigit()]
            k = digs[0] if len(digs) < 4 else r.choice(digs[:max(1, len(digs) - 3)])
            ch = old[k]
            nd = str((int(ch) + r.choice([2, 3, 4, 5, 6])) % 10)
            if k == digs[0] and nd == "0": nd = "1" if ch != "1" else "2"
            new = old[:k] + nd + old[k + 1:]
        else:
            factor = D(r.choice(["0.55", "0.62", "1.35", "1.8", "0.7"]))
            nv = (doc["total"] * factor)
            new = fmt_num(nv, doc["numstyle"], doc["dec"])
        # parse new total back
        val = D(re.sub(r"[^0-9]", "", new)) / (D(100) if doc["dec"] else 1)
        if new.startswith("-"): val = -val
        return old, new, ("total", val)
    if field == "date":
        old = F["date_str"]
        for _ in range(200):
            nd = doc["date"] + timedelta(days=r.choice([1, -1]) * r.randint(20, 300))
            new = fmt_date(nd, doc["datestyle"])
            if new != old and (not same_len or len(new) == len(old)) and nd.year in (2025, 2026):
                return old, new, ("date", nd)
        return None
    if field == "buyer":
        old = doc["buy"]["name"]
        first = old.split()[0]
        if same_len:
            nw = word(r, len(first))
            while nw == first: nw = word(r, len(first))
            new = nw + old[len(first):]
        elif doc["buy"]["cc"] in CJK_NAMES:
            new = company(r, doc["buy"]["cc"])["name"]
        else:
            new = word(r) + " " + word(r) + " " + COUNTRIES[doc["buy"]["cc"]]["suffix"][0]
        return old, new, ("buyer", new)
    if field == "supplier":
        old = doc["sup"]["name"]
        first = old.split()[0]
        nw = word(r, len(first)) if same_len else word(r) + " Brand"
        return old, nw + old[len(first):], ("supplier", nw + old[len(first):])
    if field == "quantity":
        # a row whose qty string appears once among all printed cells
        cells = [c for row in F["rows"] for c in row] + [v for _, v in F["meta"]] + [v for _, v, _ in F["summary"]]
        allt = " ".join(cells)
        for k, row in enumerate(F["rows"]):
            qs = row[2]
            if len(re.findall(r"(?<![0-9.,])" + re.escape(qs) + r"(?![0-9])", allt)) == 1 and len(qs) >= 2:
                nq = str(int(qs) + (10 ** (len(qs) - 1)) * r.choice([1, 2])) if same_len else str(int(qs) * 3)
                if len(nq) != len(qs) and same_len: nq = str(int(qs) - 10 ** (len(qs) - 1))
                if nq == "0" * len(nq) or (same_len and len(nq) != len(qs)): continue
                return qs, nq, ("quantity", (k, int(nq)))
        return None

def apply_changes(doc, changes):
    import copy
    d2 = copy.deepcopy(doc)
    for kind, v in changes:
        if kind == "total": d2["total"] = v
        elif kind == "date": d2["date"] = v
        elif kind == "buyer": d2["buy"]["name"] = v
        elif kind == "supplier": d2["sup"]["name"] = v
        elif kind == "quantity": d2["lines"][v[0]]["qty"] = v[1]
    return d2

def make_edits(r, specs, docs, labels, label, pdf_pages, source_pdf):
    er = random.Random(SEED + 7)
    bylab = {l["file"]: l for l in labels}
    def fname_of(i):
        for l in labels:
            if l["file"].startswith(f"g{i:03d}_") and l["genuine"]: return l["file"]
    inv = [s for s in specs if s[3] in ("invoice", "tax_invoice", "credit_note", "receipt") and fname_of(s[0])]
    litpdf = [s for s in inv if s[2] in ("reportlab", "fpdf2") and (s[2] == "reportlab" or latin1_ok(docs[s[0]][1]))]
    vecpdf = [s for s in inv if s[2] in ("weasyprint", "chromium", "chromium_portal", "docx_soffice", "calc_soffice", "reportlab", "fpdf2")]
    scans = [s for s in inv if s[2] in ("scan_jpeg", "scan_png", "scan_pdf")]
    er.shuffle(litpdf); er.shuffle(vecpdf); er.shuffle(scans)
    used = set()
    n = 0
    def pick(pool, cnt):
        out = []
        for s in pool:
            if len(out) >= cnt: break
            if s[0] in used: continue
            out.append(s); used.add(s[0])
        return out
    FIELDS = [["total"], ["buyer"], ["date"], ["quantity"], ["buyer", "date"], ["total", "date"], ["supplier"], ["quantity", "total"]]

    def do_fields(doc, F, flds, same_len):
        ch, edits = [], []
        for f in flds:
            if f == "total" and F["total_str"] is None: continue
            v = new_value(er, doc, F, f, same_len)
            if v is None: continue
            old, new, c = v
            if f in ("total", "quantity"): NUMERIC_OLD.add(old)
            if f in ("buyer", "supplier") and not all(ord(x) < 128 for x in old + new) and same_len: continue
            edits.append((old, new)); ch.append(c)
        return edits, ch

    def finish(fn_out, doc, F, changes, prod, method, ebc, src_file):
        d2 = apply_changes(doc, changes)
        lab = label(fn_out, d2, F, prod, genuine=False, edit_method=method, what=[c[0] for c in changes], ebc=ebc,
                    pages=pdf_pages(os.path.join(FILES, fn_out)) if fn_out.endswith(".pdf") else 1, source_file=src_file)
        if any(c[0] == "total" for c in changes):
            v = [c[1] for c in changes if c[0] == "total"][0]
            lab["total"] = str(q2(v)) if doc["dec"] else str(int(v))

    def run_stage(pool, target, fn):
        got = 0
        for s in pool:
            if got >= target: break
            if s[0] in used: continue
            if fn(s, got):
                used.add(s[0]); got += 1
        return got

    def vec_stage(kind, fields_for, same_len, method, tag):
        def fn(s, j):
            i = s[0]; doc, F = docs[i]; src = os.path.join(FILES, fname_of(i))
            edits, ch = do_fields(doc, F, fields_for(j), same_len)
            if kind == "retype":
                keep = [k for k, (o, n) in enumerate(edits) if all(ord(x) < 256 for x in o + n)]
                edits = [edits[k] for k in keep]; ch = [ch[k] for k in keep]
            if not edits: return False
            fo = f"e{i:03d}{tag}_{doc['lang']}_{method}.pdf"
            out = os.path.join(FILES, fo)
            hits = set()
            try:
                if kind == "replace": pikepdf_replace(src, out, edits, hits)
                elif kind == "incr": pypdf_incremental_replace(src, out, edits, hits)
                elif kind == "retype": retype_edit(src, out, edits, hits)
                elif kind == "overlay": overlay_pdf(src, out, edits, er, producer="pypdf", hits=hits)
                elif kind == "incoverlay": overlay_pdf(src, out, edits, er, incremental=True, hits=hits)
            except Exception as ex:
                print("edit failed", method, i, repr(ex)); hits = set()
            if not hits:
                if os.path.exists(out): os.remove(out)
                return False
            finish(fo, doc, F, [ch[k] for k in sorted(hits)], s[2], method, False, fname_of(i))
            return True
        return fn

    # 1) same-length content-stream replacement (pikepdf, full rewrite)
    run_stage(litpdf, 8, vec_stage("replace", lambda j: FIELDS[j % 8], True, "pikepdf_text_replace", "a"))
    # 2) same-length replacement written as an incremental update (pypdf)
    run_stage(litpdf, 6, vec_stage("incr", lambda j: FIELDS[(j + 3) % 8], True, "pypdf_incremental_update", "b"))
    # 3) online-editor style: original run removed, new text in a new font
    run_stage(litpdf, 4, vec_stage("retype", lambda j: [["total"], ["buyer"], ["date"], ["total", "buyer"]][j % 4], False, "online_editor_retype", "c"))
    # 4) white box + new text merged by pypdf (full rewrite), and the same as an incremental update
    run_stage(vecpdf, 8, vec_stage("overlay", lambda j: FIELDS[(j + 1) % 8], False, "overlay_whitebox", "d"))
    run_stage(vecpdf, 3, vec_stage("incoverlay", lambda j: [["total"], ["date"], ["buyer"]][j % 3], False, "incremental_overlay", "d"))
    # 5) overlay, then flattened to an image-only PDF (print-to-image)
    def flat(s, j):
        i = s[0]; doc, F = docs[i]; src = os.path.join(FILES, fname_of(i))
        edits, ch = do_fields(doc, F, [["total"], ["date", "buyer"]][j % 2], False)
        tmp = os.path.join(BUILD, f"ov_{i}.pdf")
        hits = set()
        if not edits or not overlay_pdf(src, tmp, edits, er, hits=hits) or not hits: return False
        imgs = render_pages(tmp, 150, first_only=False)
        fo = f"e{i:03d}e_{doc['lang']}_flattened.pdf"
        imgs[0].save(os.path.join(FILES, fo), "PDF", resolution=150, save_all=True, append_images=imgs[1:])
        finish(fo, doc, F, [ch[k] for k in sorted(hits)], "raster_pdf", "overlay_then_flatten", False, fname_of(i))
        return True
    run_stage(vecpdf, 2, flat)
    # 6) Word round trip: PDF -> Word -> edit -> PDF (re-typeset by LibreOffice) -- 3
    rt = []
    for s in pick(vecpdf, 3):
        i = s[0]; doc, F = docs[i]
        edits, ch = do_fields(doc, F, [["buyer"], ["date", "total"], ["quantity", "total"]][len(rt) % 3], False)
        if not edits: continue
        d2 = apply_changes(doc, ch)
        if any(c[0] == "quantity" for c in ch):
            pass
        F2 = fields(d2)
        F2 = json.loads(json.dumps(F2))
        if any(c[0] == "total" for c in ch):
            tv = [c[1] for c in ch if c[0] == "total"][0]
            d2["total"] = tv
            F2 = fields(d2)
        if any(c[0] == "quantity" for c in ch):
            # the line amount is left untouched (client only retyped the quantity)
            pass
        base = f"e{i:03d}f_{doc['lang']}_wordroundtrip"
        p = os.path.join(BUILD, "lo", neutral(doc, F) + f"_{i:03d}r.docx"); build_docx(d2, F2, p)
        rt.append((base, i, ch, p))
    soffice_batch([x[3] for x in rt], os.path.join(BUILD, "lo_out"))
    for base, i, ch, p in rt:
        doc, F = docs[i]
        q = os.path.join(BUILD, "lo_out", os.path.basename(p)[:-5] + ".pdf")
        if os.path.exists(q):
            shutil.copy(q, os.path.join(FILES, base + ".pdf"))
            finish(base + ".pdf", doc, F, ch, "docx_soffice", "word_roundtrip", True, fname_of(i))
    # 7) scan edits: paste new text patch / clone digits -- on existing scans
    def sc(clone):
        def fn(s, j):
            i = s[0]; doc, F = docs[i]
            try:
                return scan_edit(er, s, doc, F, fname_of(i), source_pdf, clone=clone, finish=finish, j=j)
            except Exception as ex:
                print("scan edit failed", i, repr(ex)); return False
        return fn
    run_stage(scans, 3, sc(True))
    run_stage(scans, 5, sc(False))
    # 8) edit before capture: change the data, print, scan / photograph -- 4
    cand = [s for s in inv if s[0] not in used and s[5] <= 9]
    er.shuffle(cand)
    for j, s in enumerate(pick(cand, 4)):
        i = s[0]; doc, F = docs[i]
        edits, ch = do_fields(doc, F, [["buyer"], ["date"], ["total"], ["buyer", "date"]][j], False)
        if not edits: continue
        d2 = apply_changes(doc, ch)
        F2 = fields(d2)
        src = source_pdf(d2, F2, 500 + i, "rl" if j % 2 else "wp")
        img = render_pages(src, 150)[0]
        if j == 3:
            out, _ = photo_of(img, er); fo = f"e{i:03d}h_{doc['lang']}_edited_photo.jpg"; out.save(os.path.join(FILES, fo), quality=84)
            prod = "phone_photo"
        else:
            out, _ = degrade_scan(img, er); fo = f"e{i:03d}h_{doc['lang']}_edited_scan.jpg"; save_img(out, os.path.join(FILES, fo), er)
            prod = "scan_jpeg"
        finish(fo, doc, F, ch, prod, "edit_then_print_scan" if j < 3 else "edit_then_print_photo", True, fname_of(i))

def scan_edit(er, s, doc, F, gfile, source_pdf, clone, finish, j):
    """Re-create the scan of a genuine scanned file deterministically, then edit pixels of the saved image."""
    import numpy as np, cv2
    from PIL import Image, ImageDraw, ImageFont
    i = s[0]
    gpath = os.path.join(FILES, gfile)
    # locate text in the original vector source (same source the scan came from)
    flds = [["total"], ["buyer"], ["date"], ["quantity"], ["total"]][j % 5] if not clone else ["total"]
    edits, ch = [], []
    for f in flds:
        v = new_value(er, doc, F, f, clone or f == "quantity")
        if v:
            edits.append(v[:2]); ch.append(v[2])
            if f in ("total", "quantity"): NUMERIC_OLD.add(v[0])
    if not edits: return False
    dpi, M, src = SCAN_META[i]
    if gfile.endswith(".pdf"):
        from pypdf import PdfReader
        rd = PdfReader(gpath)
        pages = [list(pg.images)[0].image for pg in rd.pages]
    else:
        pages = [Image.open(gpath)]
    img = pages[0].convert("RGB" if pages[0].mode != "L" else "L")
    a = np.asarray(img).copy()
    scale = dpi / 72.0
    changed = False
    def mp(x, y, Hpt):
        return cv2.transform(np.float32([[[x * scale, (Hpt - y) * scale]]]), M)[0][0]
    for old, new in edits:
        if clone and len(old) == len(new):
            chars, Hpt = page_chars(src, 0)
            text = "".join(c for c, _ in chars)
            ks = [n for n in range(len(old)) if old[n] != new[n]]
            for m in re.finditer(r"(?<![0-9.,'])" + re.escape(old) + r"(?![0-9])", text):
                for k in ks:
                    tl, tb, tr, tt = chars[m.start() + k][1]
                    th = tt - tb
                    donors = [bx for c, bx in chars if c == new[k] and abs((bx[3] - bx[1]) - th) < 0.08 * th]
                    if not donors: continue
                    dl, db, dr_, dt_ = sorted(donors, key=lambda bx: abs((bx[3] - bx[1]) - th))[0]
                    # erase target glyph with local paper colour
                    p0 = mp(tl - 0.4, tt + 0.4, Hpt); p1 = mp(tr + 0.4, tb - 0.4, Hpt)
                    x0, y0, x1, y1 = int(round(p0[0])), int(round(p0[1])), int(round(p1[0])) + 1, int(round(p1[1])) + 1
                    ring = np.concatenate([a[y0 - 3:y0, x0:x1].reshape(-1, *a.shape[2:]), a[y1:y1 + 3, x0:x1].reshape(-1, *a.shape[2:])])
                    a[y0:y1, x0:x1] = np.percentile(ring, 60, axis=0).astype(a.dtype)
                    # copy the donor glyph, aligned on the baseline and centred
                    q0 = mp(dl - 0.4, dt_ + 0.4, Hpt); q1 = mp(dr_ + 0.4, db - 0.4, Hpt)
                    patch = a[int(round(q0[1])):int(round(q1[1])) + 1, int(round(q0[0])):int(round(q1[0])) + 1].copy()
                    hh, ww = patch.shape[:2]
                    cx = (x0 + x1) / 2
                    px = int(round(cx - ww / 2)); py = y1 - hh
                    a[py:py + hh, px:px + ww] = np.minimum(a[py:py + hh, px:px + ww], patch)
                    changed = True
            continue
        occ, sizes = find_boxes(src, old, page=0)
        for oi, (pi, (l, b, rr, t)) in enumerate(occ):
            fs0 = FS.get((src, pi, old, oi)) or 0
            Hpt = sizes[0][1]
            pts = np.float32([[l * scale, (Hpt - t) * scale], [rr * scale, (Hpt - b) * scale]])
            pts = cv2.transform(pts[None], M)[0]
            x0, y0 = int(pts[:, 0].min()) - 2, int(pts[:, 1].min()) - 2
            x1, y1 = int(pts[:, 0].max()) + 3, int(pts[:, 1].max()) + 3
            if False:
                pass
            else:
                reg = a[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6]
                bgc = np.percentile(reg.reshape(-1, reg.shape[-1]) if reg.ndim == 3 else reg.reshape(-1), 90, axis=0)
                pil = Image.fromarray(a)
                dd = ImageDraw.Draw(pil)
                fill = tuple(int(x) for x in np.atleast_1d(bgc)) if a.ndim == 3 else int(bgc)
                dd.rectangle([x0, y0, x1, y1], fill=fill)
                fsz = max(8, int(est_fs(old, t - b, fs0) * scale))
                font = ImageFont.truetype(WQY if any(ord(c) > 0x2e80 for c in new) else (DVB if er.random() < .5 else DV), fsz)
                tw = dd.textlength(new, font=font)
                ink = 40 if a.ndim == 2 else (35, 35, 40)
                xs = x1 - tw - 2 if old in NUMERIC_OLD else x0 + 1
                dd.text((xs, y0 - 1), new, font=font, fill=ink)
                a = np.asarray(pil).copy()
                changed = True
    if not changed: return False
    out = Image.fromarray(a)
    ext = os.path.splitext(gfile)[1]
    tag = "clone" if clone else "paste"
    fo = f"e{i:03d}g_{doc['lang']}_scan{tag}{ext}"
    if ext == ".pdf":
        rest = [p.convert(out.mode) for p in pages[1:]]
        out.save(os.path.join(FILES, fo), "PDF", resolution=dpi, save_all=True, append_images=rest)
    elif ext == ".png":
        out.save(os.path.join(FILES, fo))
    else:
        out.save(os.path.join(FILES, fo), quality=88)
    finish(fo, doc, F, ch, s[2], "image_clone" if clone else "image_paste", False, gfile)
    return True

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(ROOT, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(FILES, l["file"]))]
    extra = set(os.listdir(FILES)) - {l["file"] for l in labs}
    print(f"labels: {len(labs)}  files: {len(os.listdir(FILES))}  missing: {missing}  unlabelled: {sorted(extra)}")
    print("genuine:", sum(l["genuine"] for l in labs), "edited:", sum(not l["genuine"] for l in labs),
          "arithmetic_error:", sum(l["arithmetic_error"] for l in labs), "non-invoice:", sum(not l["is_invoice"] for l in labs))
    for key in ("producer", "language", "doc_type", "edit_method"):
        print(key, dict(sorted(Counter(str(l[key]) for l in labs).items())))

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
