"""Shared data model: invented companies, items, locale formatting, document builder."""
import os, random, datetime
from decimal import Decimal, ROUND_HALF_UP

# The lead: the writer wrote to /work/newcorpus-s20/invoices35; the repository copy writes beside
# itself, so that bench/independent.py can rebuild it from a clone (nothing else changed).
BASE = os.path.dirname(os.path.abspath(__file__))
FILES = BASE + "/files"
TMP = BASE + "/tmp"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DEJAVU_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DEJAVU_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)
def q0(x):
    return D(x).quantize(D("1"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- locales
LOCALES = {
    # lang, currency, money style, date style, tax list
    "en_US": dict(lang="en", cur="USD", tax=[("Sales Tax", D("0.0725"))]),
    "en_GB": dict(lang="en", cur="GBP", tax=[("VAT", D("0.20"))]),
    "fr_CA": dict(lang="fr", cur="CAD", tax=[("TPS", D("0.05")), ("TVQ", D("0.09975"))]),
    "es_MX": dict(lang="es", cur="MXN", tax=[("IVA", D("0.16"))]),
    "de_DE": dict(lang="de", cur="EUR", tax=[("MwSt.", D("0.19"))]),
    "fr_FR": dict(lang="fr", cur="EUR", tax=[("TVA", D("0.20"))]),
    "it_IT": dict(lang="it", cur="EUR", tax=[("IVA", D("0.22"))]),
    "es_ES": dict(lang="es", cur="EUR", tax=[("IVA", D("0.21"))]),
    "nl_NL": dict(lang="nl", cur="EUR", tax=[("BTW", D("0.21"))]),
    "pl_PL": dict(lang="pl", cur="PLN", tax=[("VAT", D("0.23"))]),
    "zh_CN": dict(lang="zh", cur="CNY", tax=[("税额", D("0.13"))]),
    "ja_JP": dict(lang="ja", cur="JPY", tax=[("消費税", D("0.10"))]),
}

def group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def num(x, loc, nbsp=False):
    """Number without currency, locale style."""
    x = D(x)
    neg = x < 0
    x = abs(x)
    if loc == "ja_JP":
        s = group(int(q0(x)), ",")
    else:
        x = q2(x)
        ip, fp = str(x).split(".")
        if loc in ("en_US", "en_GB", "es_MX", "zh_CN"):
            s = group(int(ip), ",") + "." + fp
        elif loc in ("fr_CA", "fr_FR", "pl_PL"):
            s = group(int(ip), "\u00a0" if nbsp else " ") + "," + fp
        else:
            s = group(int(ip), ".") + "," + fp
    return ("-" if neg else "") + s

def money(x, loc, style=0, nbsp=False):
    n = num(x, loc, nbsp)
    sp = "\u00a0" if nbsp else " "
    if loc == "en_US":
        return n + " USD" if style == 1 else ("$" + n if not n.startswith("-") else "-$" + n[1:])
    if loc == "en_GB": return "£" + n if not n.startswith("-") else "-£" + n[1:]
    if loc == "fr_CA": return n + sp + "$"
    if loc == "es_MX": return "$" + n + (" MXN" if style == 1 else "")
    if loc in ("de_DE", "fr_FR", "es_ES"): return n + sp + "€"
    if loc in ("it_IT", "nl_NL"): return "€" + sp + n
    if loc == "pl_PL": return n + sp + "zł"
    if loc == "zh_CN": return "¥" + n
    if loc == "ja_JP": return "¥" + n
    return n

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}

def fdate(d, loc, style=0):
    lang = LOCALES[loc]["lang"]
    if loc == "en_US":
        return [d.strftime("%m/%d/%Y"), f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}", f"{MONTHS['en'][d.month-1][:3]} {d.day:02d}, {d.year}"][style % 3]
    if loc == "en_GB":
        return [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS['en'][d.month-1]} {d.year}", d.strftime("%d-%b-%Y")][style % 3]
    if lang == "fr":
        return [f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}", d.strftime("%d/%m/%Y"), d.strftime("%Y-%m-%d")][style % 3]
    if lang == "es":
        return [d.strftime("%d/%m/%Y"), f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}", d.strftime("%d-%m-%Y")][style % 3]
    if lang == "de":
        return [d.strftime("%d.%m.%Y"), f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"][style % 2]
    if lang == "it":
        return [d.strftime("%d/%m/%Y"), f"{d.day} {MONTHS['it'][d.month-1]} {d.year}"][style % 2]
    if lang == "nl":
        return [d.strftime("%d-%m-%Y"), f"{d.day} {MONTHS['nl'][d.month-1]} {d.year}"][style % 2]
    if lang == "pl":
        return [d.strftime("%d.%m.%Y"), f"{d.day} {MONTHS['pl'][d.month-1]} {d.year} r."][style % 2]
    if lang == "zh":
        return [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y-%m-%d")][style % 2]
    if lang == "ja":
        return [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y/%m/%d")][style % 2]
    return d.isoformat()

# ---------------------------------------------------------------- words
W = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="SALES RECEIPT", credit_note="CREDIT MEMO", proforma="PROFORMA INVOICE",
    packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE",
    price_list="WHOLESALE PRICE LIST", order_conf="Order Confirmation", statement="STATEMENT / INVOICE",
    number="Invoice #", date="Invoice Date", due="Due Date", bill_to="Bill To", ship_to="Ship To", sku="Item / SKU", desc="Description",
    qty="Qty", unit="Unit Price", amount="Amount", subtotal="Subtotal", discount="Discount", shipping="Shipping & Handling",
    total="Total", balance="Balance Due", terms="Terms", page="Page", thanks="Thank you for your business!", remit="REMITTANCE SLIP - please detach and return with payment",
    enclosed="Amount Enclosed", customer="Customer No.", taxid="EIN", ref="PO Number", doc_no="Document No."),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="NOTE DE CRÉDIT", proforma="FACTURE PRO FORMA",
    packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="SOUMISSION", delivery_note="BON DE LIVRAISON",
    price_list="LISTE DE PRIX – GROSSISTES", order_conf="Confirmation de commande", statement="RELEVÉ / FACTURE",
    number="No de facture", date="Date de facturation", due="Échéance", bill_to="Facturer à", ship_to="Expédier à", sku="Code", desc="Description",
    qty="Qté", unit="Prix unitaire", amount="Montant", subtotal="Sous-total", discount="Remise", shipping="Transport",
    total="Total", balance="Solde dû", terms="Conditions", page="Page", thanks="Merci de votre confiance.", remit="TALON DE PAIEMENT – à retourner avec votre paiement",
    enclosed="Montant joint", customer="No client", taxid="No TPS", ref="Votre commande", doc_no="No de document"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="NOTA DE CRÉDITO", proforma="FACTURA PROFORMA",
    packing_list="LISTA DE EMPAQUE", purchase_order="ORDEN DE COMPRA", quotation="COTIZACIÓN", delivery_note="NOTA DE REMISIÓN",
    price_list="LISTA DE PRECIOS", order_conf="Confirmación de pedido", statement="ESTADO DE CUENTA / FACTURA",
    number="Folio", date="Fecha de emisión", due="Vencimiento", bill_to="Cliente", ship_to="Enviar a", sku="Clave", desc="Descripción",
    qty="Cant.", unit="Precio unitario", amount="Importe", subtotal="Subtotal", discount="Descuento", shipping="Flete",
    total="Total", balance="Saldo", terms="Condiciones de pago", page="Página", thanks="Gracias por su preferencia.", remit="TALÓN DE PAGO",
    enclosed="Importe pagado", customer="No. cliente", taxid="RFC", ref="Pedido", doc_no="No. documento"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMA-RECHNUNG",
    packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN",
    price_list="PREISLISTE", order_conf="Auftragsbestätigung", statement="RECHNUNG",
    number="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", bill_to="Rechnungsempfänger", ship_to="Lieferanschrift", sku="Art.-Nr.", desc="Bezeichnung",
    qty="Menge", unit="Einzelpreis", amount="Gesamt", subtotal="Nettobetrag", discount="Rabatt", shipping="Versandkosten",
    total="Gesamtbetrag", balance="Zahlbetrag", terms="Zahlungsbedingungen", page="Seite", thanks="Vielen Dank für Ihren Auftrag.", remit="Zahlschein",
    enclosed="Betrag", customer="Kundennr.", taxid="USt-IdNr.", ref="Ihre Bestellung", doc_no="Belegnr."),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
    packing_list="DISTINTA COLLI", purchase_order="ORDINE DI ACQUISTO", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO",
    price_list="LISTINO PREZZI", order_conf="Conferma d'ordine", statement="FATTURA",
    number="Fattura n.", date="Data", due="Scadenza", bill_to="Cliente", ship_to="Destinazione merce", sku="Codice", desc="Descrizione",
    qty="Q.tà", unit="Prezzo unit.", amount="Importo", subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto",
    total="Totale documento", balance="Totale da pagare", terms="Pagamento", page="Pagina", thanks="Grazie per averci scelto.", remit="Cedola di pagamento",
    enclosed="Importo", customer="Cod. cliente", taxid="P.IVA", ref="Vs. ordine", doc_no="N. documento"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR",
    packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON",
    price_list="PRIJSLIJST", order_conf="Orderbevestiging", statement="FACTUUR",
    number="Factuurnummer", date="Factuurdatum", due="Vervaldatum", bill_to="Factuuradres", ship_to="Afleveradres", sku="Artikelnr.", desc="Omschrijving",
    qty="Aantal", unit="Prijs", amount="Bedrag", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten",
    total="Totaal", balance="Te betalen", terms="Betalingstermijn", page="Pagina", thanks="Bedankt voor uw bestelling.", remit="Betaalstrook",
    enclosed="Bedrag", customer="Klantnummer", taxid="BTW-nr.", ref="Uw referentie", doc_no="Documentnr."),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
    packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ – WYDANIE ZEWNĘTRZNE",
    price_list="CENNIK", order_conf="Potwierdzenie zamówienia", statement="FAKTURA VAT",
    number="Nr faktury", date="Data wystawienia", due="Termin płatności", bill_to="Nabywca", ship_to="Odbiorca", sku="Indeks", desc="Nazwa towaru",
    qty="Ilość", unit="Cena netto", amount="Wartość netto", subtotal="Razem netto", discount="Rabat", shipping="Transport",
    total="Razem brutto", balance="Do zapłaty", terms="Sposób płatności", page="Strona", thanks="Dziękujemy za zakupy.", remit="Odcinek wpłaty",
    enclosed="Kwota", customer="Nr klienta", taxid="NIP", ref="Zamówienie", doc_no="Nr dokumentu"),
 "zh": dict(invoice="发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票",
    packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
    price_list="价格表", order_conf="订单确认", statement="对账单/发票",
    number="发票号码", date="开票日期", due="付款期限", bill_to="购买方", ship_to="收货地址", sku="编码", desc="货物或应税劳务名称",
    qty="数量", unit="单价", amount="金额", subtotal="合计", discount="折扣", shipping="运费",
    total="价税合计", balance="应付金额", terms="付款方式", page="第页", thanks="谢谢惠顾", remit="付款回执",
    enclosed="金额", customer="客户编号", taxid="纳税人识别号", ref="订单号", doc_no="单据编号"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
    packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書",
    price_list="価格表", order_conf="注文確認", statement="請求書",
    number="請求番号", date="請求日", due="お支払期限", bill_to="御中", ship_to="納品先", sku="品番", desc="品名",
    qty="数量", unit="単価", amount="金額", subtotal="小計", discount="値引", shipping="送料",
    total="合計金額", balance="ご請求金額", terms="お支払方法", page="ページ", thanks="毎度ありがとうございます。", remit="振込控",
    enclosed="金額", customer="顧客番号", taxid="登録番号", ref="注文番号", doc_no="伝票番号"),
}

# ---------------------------------------------------------------- companies (all invented)
SUPPLIERS = {
 "en_US": [("Harlow Creek Supply Co.", ["4410 Industrial Pkwy, Suite B", "Columbus, OH 43228"]),
           ("Bluefin Wholesale LLC", ["1187 Harbor Gate Rd", "Tampa, FL 33619"]),
           ("Tri-County Merchandise Distributors", ["88 Route 9W", "Newburgh, NY 12550"]),
           ("Pinecrest Goods Inc.", ["2301 W. Larkspur Ave", "Phoenix, AZ 85029"]),
           ("Marlowe & Dutton Trading Co.", ["550 Kessler Blvd, Unit 12", "Reno, NV 89502"]),
           ("Great Plains Household Supply", ["7002 N 27th St", "Lincoln, NE 68521"]),
           ("Copperline Beauty Distribution", ["16 Commerce Ct", "Edison, NJ 08837"])],
 "en_GB": [("Thamesbridge Wholesale Ltd", ["Unit 7, Riverside Trading Estate", "Dartford DA1 5QT"]),
           ("Pennock & Hale Trade Supplies Ltd", ["23 Mill Lane", "Wakefield WF2 8LP"]),
           ("Ashgrove Cash & Carry Ltd", ["Ashgrove House, Tyburn Rd", "Birmingham B24 9NH"])],
 "fr_CA": [("Distributions Beaulac inc.", ["2250, boul. Industriel", "Laval (Québec) H7S 1P8"]),
           ("Grossiste Laurentide ltée", ["415, rue du Parc", "Saint-Jérôme (Québec) J7Z 4R2"]),
           ("Les Importations Vallière inc.", ["88, chemin Sainte-Foy", "Québec (Québec) G1S 2J3"])],
 "es_MX": [("Comercializadora Arrecife S.A. de C.V.", ["Av. Lázaro Cárdenas 2840, Col. Jardines", "45050 Zapopan, Jal."]),
           ("Distribuidora Noroeste Valle S. de R.L. de C.V.", ["Blvd. Agua Caliente 1120", "22014 Tijuana, B.C."]),
           ("Grupo Mayorista Tlaquepaque S.A. de C.V.", ["Calle Independencia 455", "45500 San Pedro Tlaquepaque, Jal."])],
 "de_DE": [("Rheinfeld Handelsgesellschaft mbH", ["Gewerbestraße 14", "50829 Köln"]),
           ("Brandauer Großhandel GmbH & Co. KG", ["Am Hafen 3", "28197 Bremen"])],
 "fr_FR": [("Maison Verdelet SARL", ["12, rue des Tanneurs", "69007 Lyon"])],
 "it_IT": [("Ferrandi Forniture S.r.l.", ["Via dell'Artigianato 21", "20060 Gessate (MI)"]),
           ("Casa Bellomo S.p.A.", ["Viale Europa 118", "40138 Bologna (BO)"])],
 "es_ES": [("Suministros Alcaraz S.L.", ["Polígono Las Fuentes, nave 9", "46980 Paterna (Valencia)"])],
 "nl_NL": [("Van Dreel Groothandel B.V.", ["Industrieweg 41", "3044 AS Rotterdam"]),
           ("Kooistra Import B.V.", ["Handelsweg 7", "8441 RK Heerenveen"])],
 "pl_PL": [("Hurtownia Zielonka Sp. z o.o.", ["ul. Przemysłowa 18", "05-220 Zielonka"]),
           ("Dombrowicz Dystrybucja S.A.", ["ul. Magazynowa 4", "62-080 Tarnowo Podgórne"])],
 "zh_CN": [("深圳市鸿瑞达贸易有限公司", ["深圳市龙岗区坂田街道雪岗北路218号", "电话 0755-8861 2043"]),
           ("义乌市青禾日用品有限公司", ["浙江省义乌市稠城街道工人北路1066号", "电话 0579-8553 7120"]),
           ("宁波恒泰家居用品有限公司", ["浙江省宁波市鄞州区天童南路588号", "电话 0574-8762 3391"])],
 "ja_JP": [("株式会社ミナトヤ商事", ["〒550-0013 大阪府大阪市西区新町2-14-7", "TEL 06-6534-2281"]),
           ("有限会社サクラ物産", ["〒330-0854 埼玉県さいたま市大宮区桜木町4-9-1", "TEL 048-642-7710"])],
}
BUYERS_US = [("Northgate Retail LLC", ["2207 Ellery Ave", "Austin, TX 78704"]),
             ("Kestrel Home Goods LLC", ["91 Orchard St, Apt 4", "Allentown, PA 18102"]),
             ("Sunpath Ventures LLC", ["5120 Belmont Rd", "Charlotte, NC 28205"]),
             ("Juniper Lane Commerce Inc.", ["440 S Main St #210", "Salt Lake City, UT 84111"]),
             ("Oakridge Online Inc.", ["17 Birchwood Ct", "Naperville, IL 60540"]),
             ("Blue Heron Brands LLC", ["3300 Rivera Dr", "San Diego, CA 92109"]),
             ("Maple & Ivy Trading LLC", ["62 Chestnut Hill Rd", "Norwalk, CT 06851"]),
             ("Redstone Ecom Group LLC", ["1450 Grand Ave", "Des Moines, IA 50309"]),
             ("Lumen Ridge Supply LLC", ["800 Peachtree Ind Blvd", "Suwanee, GA 30024"])]
BUYERS_OTHER = {
 "en_GB": [("Northgate Retail LLC", ["c/o Albion Prep Centre, Unit 4 Dock Rd", "Tilbury RM18 7BX"]), ("Fernwood Digital Ltd", ["14 Carver St", "Sheffield S1 4FS"])],
 "zh_CN": [("Juniper Lane Commerce Inc.", ["440 S Main St #210, Salt Lake City, UT 84111, USA"]), ("Blue Heron Brands LLC", ["3300 Rivera Dr, San Diego, CA 92109, USA"])],
}

ITEMS = [  # sku, en, fr, es, de, it, nl, pl, zh, ja, base USD
 ("SLC-1042", "Silicone Spatula Set, 3 pc", "Ensemble de spatules en silicone, 3 mcx", "Juego de espátulas de silicón, 3 pzas", "Silikon-Spatel-Set, 3-tlg.", "Set spatole in silicone, 3 pz", "Siliconen spatelset, 3-delig", "Zestaw szpatułek silikonowych, 3 szt.", "硅胶铲三件套", "シリコンヘラ 3本セット", "4.85"),
 ("BTL-750S", "Insulated Steel Water Bottle 750 ml", "Bouteille isotherme en acier 750 ml", "Botella térmica de acero 750 ml", "Isolierflasche Edelstahl 750 ml", "Borraccia termica acciaio 750 ml", "Thermosfles RVS 750 ml", "Butelka termiczna stalowa 750 ml", "不锈钢保温水杯 750ml", "ステンレス保温ボトル 750ml", "6.40"),
 ("LED-5M-RGB", "RGB LED Strip Light 5 m w/ Remote", "Bande DEL RVB 5 m avec télécommande", "Tira LED RGB 5 m con control", "RGB-LED-Streifen 5 m mit Fernbedienung", "Striscia LED RGB 5 m con telecomando", "RGB LED-strip 5 m met afstandsbediening", "Taśma LED RGB 5 m z pilotem", "RGB LED灯带 5米 带遥控", "RGB LEDテープライト 5m リモコン付", "7.95"),
 ("YGM-6MM-BL", "Yoga Mat 6 mm, Blue", "Tapis de yoga 6 mm, bleu", "Tapete de yoga 6 mm, azul", "Yogamatte 6 mm, blau", "Tappetino yoga 6 mm, blu", "Yogamat 6 mm, blauw", "Mata do jogi 6 mm, niebieska", "瑜伽垫 6毫米 蓝色", "ヨガマット 6mm ブルー", "9.20"),
 ("PET-BWL-2", "Stainless Pet Bowl, 2-pack", "Bols inox pour animaux, paquet de 2", "Plato de acero para mascota, paq. 2", "Edelstahl-Napf, 2er-Pack", "Ciotola inox per animali, conf. 2", "RVS voerbak, 2-pack", "Miska stalowa dla zwierząt, 2 szt.", "不锈钢宠物碗 2只装", "ステンレス ペットボウル 2個組", "3.75"),
 ("PHC-IP15-CL", "Clear Phone Case, 6.1 in", "Étui de téléphone transparent 6,1 po", "Funda transparente para celular 6.1 in", "Transparente Handyhülle 6,1 Zoll", "Cover trasparente 6,1 pollici", "Transparant telefoonhoesje 6,1 inch", "Etui przezroczyste 6,1 cala", "透明手机壳 6.1英寸", "クリアスマホケース 6.1インチ", "1.35"),
 ("KNF-8CH", "Chef Knife 8 in, Stainless", "Couteau de chef 8 po, inox", "Cuchillo de chef 8 in, acero", "Kochmesser 20 cm, Edelstahl", "Coltello da chef 20 cm, inox", "Koksmes 20 cm, RVS", "Nóż szefa kuchni 20 cm", "不锈钢厨师刀 8英寸", "ステンレス牛刀 20cm", "5.60"),
 ("TOY-BLK-120", "Building Blocks Set, 120 pcs", "Jeu de blocs de construction, 120 mcx", "Bloques de construcción, 120 pzas", "Bausteine-Set, 120 Teile", "Set mattoncini, 120 pezzi", "Bouwstenenset, 120 stuks", "Zestaw klocków, 120 el.", "积木套装 120块", "ブロックセット 120ピース", "8.10"),
 ("SKN-SER-30", "Vitamin C Face Serum 30 ml", "Sérum visage vitamine C 30 ml", "Sérum facial vitamina C 30 ml", "Vitamin-C-Gesichtsserum 30 ml", "Siero viso vitamina C 30 ml", "Vitamine C gezichtsserum 30 ml", "Serum do twarzy z witaminą C 30 ml", "维C精华液 30ml", "ビタミンC美容液 30ml", "2.90"),
 ("CHG-USBC-20", "USB-C Wall Charger 20 W", "Chargeur mural USB-C 20 W", "Cargador de pared USB-C 20 W", "USB-C-Ladegerät 20 W", "Caricatore USB-C 20 W", "USB-C lader 20 W", "Ładowarka sieciowa USB-C 20 W", "USB-C 20W 充电器", "USB-C 充電器 20W", "3.10"),
 ("ORG-DRW-4", "Drawer Organizer Bins, set of 4", "Bacs de rangement pour tiroir, lot de 4", "Organizador de cajón, juego de 4", "Schubladen-Organizer, 4er-Set", "Organizer cassetti, set da 4", "Ladeorganizer, set van 4", "Organizer do szuflady, 4 szt.", "抽屉收纳盒 4件套", "引き出し収納ケース 4個組", "4.25"),
 ("GRD-HOSE-15", "Expandable Garden Hose 15 m", "Tuyau d'arrosage extensible 15 m", "Manguera extensible 15 m", "Flexibler Gartenschlauch 15 m", "Tubo da giardino estensibile 15 m", "Flexibele tuinslang 15 m", "Wąż ogrodowy rozciągliwy 15 m", "伸缩花园水管 15米", "伸縮ガーデンホース 15m", "11.30"),
 ("CNDL-SOY-8", "Soy Candle 8 oz, Lavender", "Chandelle de soya 8 oz, lavande", "Vela de soya 8 oz, lavanda", "Sojakerze 225 g, Lavendel", "Candela di soia 225 g, lavanda", "Sojakaars 225 g, lavendel", "Świeca sojowa 225 g, lawenda", "大豆香薰蜡烛 薰衣草", "ソイキャンドル ラベンダー", "3.95"),
 ("BAG-TOTE-CV", "Canvas Tote Bag, Natural", "Sac fourre-tout en toile, naturel", "Bolsa de lona, natural", "Canvas-Tragetasche, natur", "Borsa in tela, naturale", "Canvas draagtas, naturel", "Torba płócienna, naturalna", "帆布手提袋 本色", "キャンバストートバッグ 生成り", "2.20"),
]
LANGIDX = {"en": 1, "fr": 2, "es": 3, "de": 4, "it": 5, "nl": 6, "pl": 7, "zh": 8, "ja": 9}
FX = {"USD": D("1"), "GBP": D("0.79"), "CAD": D("1.37"), "MXN": D("17.2"), "EUR": D("0.92"), "PLN": D("3.95"), "CNY": D("7.2"), "JPY": D("150")}

TERMS = {"en": ["Net 30", "Net 15", "Due on receipt", "Net 45", "Prepaid - Credit Card"], "fr": ["Net 30 jours", "Payable sur réception"],
         "es": ["Crédito 30 días", "Contado", "Transferencia SPEI"], "de": ["14 Tage netto", "Zahlbar sofort ohne Abzug"],
         "it": ["Bonifico bancario 30 gg d.f.", "Rimessa diretta"], "nl": ["Binnen 14 dagen", "30 dagen netto"],
         "pl": ["Przelew 14 dni", "Przelew 7 dni"], "zh": ["电汇 T/T", "月结30天"], "ja": ["月末締め翌月末払い", "銀行振込"]}


def taxid(loc, rng):
    r = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    return {"en_US": f"EIN {r(2)}-{r(7)}", "en_GB": f"VAT Reg. No. GB {r(3)} {r(4)} {r(2)}",
            "fr_CA": f"TPS {r(9)} RT0001 · TVQ {r(10)} TQ0001", "es_MX": "RFC " + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + r(6) + "".join(rng.choice("ABCDEFGHJK0123456789") for _ in range(3)),
            "de_DE": f"USt-IdNr. DE{r(9)}", "fr_FR": f"TVA intracom. FR{r(2)} {r(9)}", "it_IT": f"P.IVA IT{r(11)}",
            "es_ES": f"CIF B{r(8)}", "nl_NL": f"BTW NL{r(9)}B01", "pl_PL": f"NIP {r(3)}-{r(3)}-{r(2)}-{r(2)}",
            "zh_CN": "纳税人识别号 91" + r(4) + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(12)),
            "ja_JP": "登録番号 T" + r(13)}[loc]


def make_doc(i, loc, rng, doc_type="invoice", n_items=None, discount=None, shipping=None, tax=None,
             arith_error=False, date=None, many=False):
    L = LOCALES[loc]
    lang, cur = L["lang"], L["cur"]
    sname, saddr = rng.choice(SUPPLIERS[loc])
    if loc in BUYERS_OTHER and rng.random() < 0.7:
        bname, baddr = rng.choice(BUYERS_OTHER[loc])
    else:
        bname, baddr = rng.choice(BUYERS_US)
    if doc_type == "purchase_order":  # issued by the seller to the supplier
        pass
    if date is None:
        date = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 430))
    if n_items is None:
        n_items = rng.randint(28, 45) if many else rng.randint(1, 7)
    fx = FX[cur]
    items = []
    pool = list(ITEMS)
    for k in range(n_items):
        it = pool[k % len(pool)] if many else rng.choice(pool)
        if not many:
            pool.remove(it)
        desc = it[LANGIDX[lang]]
        sku = it[0] if not many else f"{it[0]}-{k:02d}"
        if many:
            desc = desc + f" #{k+1}" if lang in ("zh", "ja") else desc + f" (var. {k+1})"
        qty = rng.choice([6, 12, 12, 24, 24, 36, 48, 50, 60, 72, 100, 120, 144, 200, 250, 300, 500])
        if many: qty = rng.choice([2, 4, 6, 10, 12, 18, 24])
        base = D(it[-1]) * D(str(rng.uniform(0.85, 1.25)))
        unit = q0(base * fx) if cur == "JPY" else q2(base * fx)
        line = unit * qty
        items.append(dict(sku=sku, desc=desc, qty=qty, unit=unit, line=line))
    Q = q0 if cur == "JPY" else q2
    subtotal = sum(it["line"] for it in items)
    if discount is None:
        discount = rng.random() < 0.25
    disc_pct = D(rng.choice([3, 5, 8, 10])) if discount else D(0)
    disc = Q(subtotal * disc_pct / 100)
    if shipping is None:
        shipping = rng.random() < 0.45
    ship = Q(D(str(rng.uniform(15, 140))) * fx) if shipping else D(0)
    if tax is None:
        tax = not (loc == "en_US" and rng.random() < 0.6)  # US wholesale often resale-exempt
    net = subtotal - disc + ship
    taxes = [(n, r, Q(net * r)) for n, r in L["tax"]] if tax else []
    total = net + sum(t[2] for t in taxes)
    err = None
    if arith_error:
        kind = rng.choice(["line", "subtotal", "tax", "total"])
        delta = D(rng.choice([10, 100, 9, 90, 1, 18])) * (D(1) if cur != "JPY" else D(100))
        if kind == "line" or (kind == "tax" and not taxes):
            j = rng.randrange(len(items))
            items[j]["line_printed"] = items[j]["line"] + delta
            subtotal = subtotal  # subtotal still the true sum of qty*price
            err = f"line {j+1} amount printed {delta} too high; subtotal uses correct value"
        elif kind == "subtotal":
            subtotal = subtotal + delta
            net = subtotal - disc + ship
            taxes = [(n, r, Q(net * r)) for n, r in L["tax"]] if tax else []
            total = net + sum(t[2] for t in taxes)
            err = f"subtotal printed {delta} higher than the sum of lines (rest consistent with wrong subtotal)"
        elif kind == "tax":
            n0, r0, a0 = taxes[0]
            taxes[0] = (n0, r0, a0 + delta)
            total = net + sum(t[2] for t in taxes)
            err = f"{n0} amount off by {delta} from rate x base"
        else:
            total = total - delta
            err = f"grand total printed {delta} lower than subtotal-discount+shipping+tax"
    number = {"en_US": f"INV-{rng.randint(10000, 99999)}", "en_GB": f"SI{rng.randint(100000, 999999)}",
              "fr_CA": f"F{rng.randint(2025000, 2025999)}", "es_MX": f"A-{rng.randint(1000, 9999)}",
              "de_DE": f"RE-2025-{rng.randint(1000, 9999)}", "fr_FR": f"FA{rng.randint(10000, 99999)}",
              "it_IT": f"{rng.randint(100, 999)}/2025", "es_ES": f"FV25-{rng.randint(100, 999)}",
              "nl_NL": f"2025{rng.randint(1000, 9999)}", "pl_PL": f"FV/{rng.randint(10, 999)}/2025",
              "zh_CN": f"{rng.randint(10000000, 99999999)}", "ja_JP": f"No.{rng.randint(100000, 999999)}"}[loc]
    doc = dict(id=i, loc=loc, lang=lang, cur=cur, doc_type=doc_type, date=date,
               due=date + datetime.timedelta(days=rng.choice([0, 14, 15, 30, 30, 45])),
               number=number, supplier=sname, supplier_addr=saddr, supplier_tax=taxid(loc, rng),
               buyer=bname, buyer_addr=baddr, items=items, subtotal=subtotal, disc_pct=disc_pct, disc=disc,
               ship=ship, taxes=taxes, total=total, arith_error=bool(arith_error), err_note=err,
               terms=rng.choice(TERMS[lang]), po=f"PO-{rng.randint(1000, 9999)}", cust_no=f"C{rng.randint(1000, 99999)}",
               mstyle=rng.choice([0, 0, 1]) if loc in ("en_US", "es_MX") else 0, dstyle=rng.randint(0, 2))
    if doc_type == "purchase_order":  # issuer is the seller, recipient the supplier
        doc["supplier"], doc["buyer"] = bname, sname
        doc["supplier_addr"], doc["buyer_addr"] = baddr, saddr
        doc["number"] = doc["po"]
    return doc


def W_(doc):
    return W[doc["lang"]]

def M(doc, x, nbsp=False):
    return money(x, doc["loc"], doc.get("mstyle", 0), nbsp)

def DT(doc, d=None):
    return fdate(d or doc["date"], doc["loc"], doc.get("dstyle", 0))

def line_amt(it):
    return it.get("line_printed", it["line"])

def title(doc):
    w = W_(doc)
    return {"invoice": w["invoice"], "tax_invoice": w["tax_invoice"], "receipt": w["receipt"], "credit_note": w["credit_note"],
            "proforma": w["proforma"], "packing_list": w["packing_list"], "purchase_order": w["purchase_order"],
            "quotation": w["quotation"], "delivery_note": w["delivery_note"], "price_list": w["price_list"],
            "order_conf": w["order_conf"], "statement": w["statement"], "letter": ""}[doc.get("title_key", doc["doc_type"])]

def has_prices(doc):
    return doc.get("title_key", doc["doc_type"]) not in ("packing_list", "delivery_note")

def numlabel(doc):
    w = W_(doc)
    return w["number"] if doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma") else w["doc_no"]

def summary_rows(doc):
    """(label, amount) rows under the item table."""
    w = W_(doc)
    if doc.get("no_summary"):
        return []
    rows = [(w["subtotal"], doc["subtotal"])]
    if doc["disc"]:
        rows.append((f"{w['discount']} {doc['disc_pct']}%", -doc["disc"]))
    if doc["ship"]:
        rows.append((w["shipping"], doc["ship"]))
    for n, r, a in doc["taxes"]:
        pct = (r * 100).normalize()
        pcts = format(pct, "f")
        if doc["lang"] in ("fr", "de", "it", "es", "nl", "pl") and doc["loc"] != "es_MX":
            pcts = pcts.replace(".", ",")
        rows.append((f"{n} {pcts}%", a))
    rows.append((w["total"] + ("" if doc["lang"] in ("zh", "ja") else f" ({doc['cur']})" if doc['loc'] in ('fr_CA', 'es_MX') else ""), doc["total"]))
    return rows
