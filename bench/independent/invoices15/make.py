#!/usr/bin/env python3
"""Test-set generator: invoices received by a Sapporo outdoor-gear Amazon seller.

Writes ~160 files into files/ and labels.jsonl.  All companies, addresses, tax
numbers and amounts are invented.  Run: /work/main/.venv/bin/python make.py
"""
import os, sys, json, random, subprocess, shutil, math, copy, io, datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
TMP = os.path.join(BASE, "_build")
R = random.Random(151515)
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJVM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

# --------------------------------------------------------------------------- companies
def tnum():
    return "T" + "".join(str(R.randint(0, 9)) for _ in range(13))

OURS_JA = dict(name="株式会社ノースリッジ・アウトフィッターズ", addr=["〒060-0042", "北海道札幌市中央区大通西9丁目3-14", "ノースリッジビル4F"], tel="011-555-0148")
OURS_EN = dict(name="North Ridge Outfitters K.K.", addr=["4F Northridge Bldg., 3-14 Odori-Nishi 9-chome", "Chuo-ku, Sapporo, Hokkaido 060-0042", "Japan"], tel="+81 11-555-0148")
OURS_US = dict(name="North Ridge Outfitters USA LLC", addr=["2150 Harbor Loop Dr, Suite 12", "Tacoma, WA 98421", "USA"], tel="+1 253-555-0193")
OURS_ZH = dict(name="株式会社诺斯里奇户外用品（日本）", addr=["日本北海道札幌市中央区大通西9丁目3-14"], tel="+81 11-555-0148", taxid="JP-NRO-4401287")
OTHER_JA = [dict(name="有限会社旭川キャンプ堂", addr=["〒070-0031", "北海道旭川市一条通7丁目22"], tel="0166-55-0172"),
            dict(name="株式会社帯広フィールドワークス", addr=["〒080-0012", "北海道帯広市西2条南11丁目4"], tel="0155-55-0120")]
OTHER_EN = [dict(name="Kushiro Trail Goods Co., Ltd.", addr=["5-8 Suehiro-cho", "Kushiro, Hokkaido 085-0014", "Japan"], tel="+81 154-55-0177"),
            dict(name="Bayline Camp & Paddle Inc.", addr=["88 Water St", "Bellingham, WA 98225", "USA"], tel="+1 360-555-0110")]
OTHER_EU = dict(name="Bergwelt Versand GmbH", addr=["Hafenstraße 41", "28217 Bremen", "Deutschland"], tel="+49 421 5550312", vat="DE318472096")

SUP = {
 "hokuto": dict(lang="ja", name="株式会社北斗アウトドア卸", addr=["〒003-0023", "北海道札幌市白石区南郷通6丁目北2-18"], tel="011-555-0231", fax="011-555-0232", tno=tnum(), bank="北海みらい銀行 白石支店 普通 4417208 カ）ホクトアウトドアオロシ"),
 "ishikari": dict(lang="ja", name="有限会社石狩テント工業", addr=["〒061-3244", "北海道石狩市新港南2丁目711-5"], tel="0133-55-0187", fax="0133-55-0188", tno=tnum(), bank="いしかり共栄信用金庫 新港支店 当座 0082113"),
 "maruoka": dict(lang="ja", name="丸岡山具商事株式会社", addr=["〒101-0051", "東京都千代田区神田神保町2-19-4 丸岡ビル"], tel="03-5555-0611", fax="03-5555-0612", tno=tnum(), bank="東都中央銀行 神保町支店 普通 7730195"),
 "shirokuma": dict(lang="ja", name="合同会社シロクマ物産", addr=["〒550-0013", "大阪府大阪市西区新町1-4-27"], tel="06-5555-0390", fax="06-5555-0391", tno=tnum(), bank="なにわ商工銀行 西支店 普通 2059981"),
 "taisetsu": dict(lang="ja", name="株式会社大雪ギアサプライ", addr=["〒078-1741", "北海道上川郡上川町中央町301"], tel="01658-5-5014", fax="01658-5-5015", tno=tnum(), bank="大雪農商銀行 上川支店 普通 1180346"),
 "ningbo": dict(lang="zh", name="宁波远峰户外用品有限公司", name_en="Ningbo Yuanfeng Outdoor Products Co., Ltd.", addr=["浙江省宁波市鄞州区东钱湖工业园区湖滨路88号"], addr_en=["No.88 Hubin Road, Dongqianhu Industrial Park", "Yinzhou, Ningbo, Zhejiang 315121, China"], tel="0574-5550-8821", taxid="91330212MA2H7K4Q3L", bank="中国工商行银行宁波东钱湖支行 3901 1402 0900 0557 812", taxid_en="USCC 91330212MA2H7K4Q3L", bank_en="Ningbo Lakeside Commercial Bank, Dongqianhu Sub-branch, A/C 3901 1402 0900 0557 812, SWIFT NLCBCNSHXXX"),
 "xiamen": dict(lang="zh", name="厦门海岚运动器材有限公司", name_en="Xiamen Hailan Sports Equipment Co., Ltd.", addr=["福建省厦门市集美区杏林湾路516号3栋"], addr_en=["Bldg 3, No.516 Xinglinwan Road, Jimei District", "Xiamen, Fujian 361022, China"], tel="0592-555-3047", taxid="91350211MA31XW8P6C", bank="厦门海湾商业银行集美支行 5012 0088 1730 2291", taxid_en="USCC 91350211MA31XW8P6C", bank_en="Xiamen Bay Commercial Bank, Jimei Branch, A/C 5012 0088 1730 2291, SWIFT XBCBCNBXXXX"),
 "fengling": dict(lang="zh", name="峰嶺戶外用品股份有限公司", name_en="Fengling Outdoor Gear Corp.", addr=["台中市大里區工業二路57號"], addr_en=["No.57, Gongye 2nd Rd., Dali Dist.", "Taichung City 41280, Taiwan"], tel="+886 4-5555-2710", taxid="統一編號 83920476", taxid_en="Business ID (UBN) 83920476", bank_en="Taichung Harbor Commercial Bank, Dali Br. A/C 052-10-338817", bank="Taichung Harbor Commercial Bank, Dali Br. A/C 052-10-338817"),
 "cascade": dict(lang="en", name="Cascade Trailworks Inc.", addr=["1410 NW Foundry Ave", "Portland, OR 97209", "USA"], tel="(503) 555-0164", taxid="EIN 93-4718206", bank="Willamette Valley Trust, ABA 123456789, Acct 4400129387"),
 "ridgeback": dict(lang="en", name="Ridgeback Textiles LLC", addr=["77 Millrace Rd", "Greenville, SC 29607", "USA"], tel="(864) 555-0129", taxid="EIN 58-2290471", bank="Piedmont Mercantile Bank, Acct 0071-553-908"),
 "alpen": dict(lang="de", name="Alpenfaden GmbH", addr=["Illerstraße 12", "87435 Kempten (Allgäu)", "Deutschland"], tel="+49 831 5550247", taxid="USt-IdNr. DE294817305", hrb="Amtsgericht Kempten HRB 14872", bank="Allgäuer Handelsbank, IBAN DE27 7335 0000 0514 2277 80, BIC ALHBDEM1XXX"),
 "annecy": dict(lang="fr", name="Atelier Cordes & Mousquetons SARL", addr=["14 rue des Glières", "74000 Annecy", "France"], tel="+33 4 50 55 01 92", taxid="TVA FR62 881 427 305", bank="IBAN FR76 3000 4000 1200 0101 9983 741"),
 "biella": dict(lang="it", name="Lanificio Valle Cervo S.r.l.", addr=["Via Cesare Battisti 23", "13900 Biella (BI)", "Italia"], tel="+39 015 555 0418", taxid="P.IVA IT02748190025", bank="IBAN IT40 S054 2811 1010 0000 0123 456"),
 "huesca": dict(lang="es", name="Calzados Montaña Pirineo S.L.", addr=["Calle Coso Alto 61", "22003 Huesca", "España"], tel="+34 974 55 02 83", taxid="CIF B22819470", bank="IBAN ES91 2100 0418 4502 0005 1332"),
 "tatra": dict(lang="pl", name="Tatra Sprzęt Górski Sp. z o.o.", addr=["ul. Kościuszki 18", "34-500 Zakopane", "Polska"], tel="+48 18 555 02 71", taxid="NIP 736-182-49-05", bank="PL61 1090 1014 0000 0712 1981 2874"),
 "duinrand": dict(lang="nl", name="Duinrand Outdoor B.V.", addr=["Vleutenseweg 212", "3532 HN Utrecht", "Nederland"], tel="+31 30 555 0184", taxid="btw NL859201744B01", kvk="KvK 71829304", bank="IBAN NL91 ABNA 0417 1643 00"),
}

# --------------------------------------------------------------------------- items
# key: ja, en, zh, de, fr, it, es, pl, nl, JPY wholesale, food?
CAT = [
 ("tent2", "2人用ドームテント", "2-Person Dome Tent", "双人圆顶帐篷", "Kuppelzelt 2 Personen", "Tente dôme 2 places", "Tenda a cupola 2 posti", "Tienda iglú 2 plazas", "Namiot kopułowy 2-osobowy", "Koepeltent 2 personen", 14800, 0),
 ("sleep", "マミー型寝袋 -5°C", "Mummy Sleeping Bag -5°C", "木乃伊睡袋 -5°C", "Mumienschlafsack -5 °C", "Sac de couchage momie -5 °C", "Sacco a pelo mummia -5 °C", "Saco de dormir momia -5 °C", "Śpiwór typu mumia -5°C", "Mummyslaapzak -5 °C", 8900, 0),
 ("poles", "カーボントレッキングポール(2本組)", "Carbon Trekking Poles (pair)", "碳纤维登山杖（一对）", "Carbon-Trekkingstöcke (Paar)", "Bâtons de trekking carbone (paire)", "Bastoncini da trekking carbonio (paio)", "Bastones de trekking carbono (par)", "Kijki trekkingowe karbonowe (para)", "Carbon wandelstokken (paar)", 5200, 0),
 ("carab", "HMSカラビナ スクリューロック", "HMS Screw-Lock Carabiner", "HMS丝扣主锁", "HMS-Karabiner Schraubverschluss", "Mousqueton HMS à vis", "Moschettone HMS a ghiera", "Mosquetón HMS de rosca", "Karabinek HMS zakręcany", "HMS-karabiner schroefsluiting", 1250, 0),
 ("lamp", "LEDヘッドランプ 400lm", "LED Headlamp 400 lm", "LED头灯 400流明", "LED-Stirnlampe 400 lm", "Lampe frontale LED 400 lm", "Lampada frontale LED 400 lm", "Linterna frontal LED 400 lm", "Latarka czołowa LED 400 lm", "LED-hoofdlamp 400 lm", 3600, 0),
 ("socks", "メリノウール登山ソックス", "Merino Hiking Socks", "美利奴羊毛登山袜", "Merino-Wandersocken", "Chaussettes de randonnée mérinos", "Calze da trekking in merino", "Calcetines de montaña merino", "Skarpety trekkingowe merino", "Merino wandelsokken", 1680, 0),
 ("mug", "チタンマグ 450ml", "Titanium Mug 450 ml", "钛杯 450毫升", "Titanbecher 450 ml", "Tasse en titane 450 ml", "Tazza in titanio 450 ml", "Taza de titanio 450 ml", "Kubek tytanowy 450 ml", "Titanium mok 450 ml", 2400, 0),
 ("stove", "コンパクトシングルバーナー", "Compact Gas Stove", "便携式分体气炉", "Kompakt-Gaskocher", "Réchaud à gaz compact", "Fornello a gas compatto", "Hornillo de gas compacto", "Kuchenka gazowa kompaktowa", "Compacte gasbrander", 4300, 0),
 ("gas", "OD缶 250g", "Gas Cartridge 250 g", "高山气罐 250克", "Gaskartusche 250 g", "Cartouche de gaz 250 g", "Cartuccia gas 250 g", "Cartucho de gas 250 g", "Kartusz gazowy 250 g", "Gascartouche 250 g", 520, 0),
 ("food", "フリーズドライ カレーライス", "Freeze-dried Curry Rice", "冻干咖喱饭", "Gefriergetrocknetes Curryreis", "Repas lyophilisé riz au curry", "Riso al curry liofilizzato", "Arroz al curry liofilizado", "Ryż curry liofilizowany", "Gevriesdroogde curryrijst", 680, 1),
 ("food2", "フリーズドライ 味噌汁(10食)", "Freeze-dried Miso Soup (10)", "冻干味噌汤（10份）", "Miso-Suppe gefriergetrocknet (10)", "Soupe miso lyophilisée (10)", "Zuppa di miso liofilizzata (10)", "Sopa de miso liofilizada (10)", "Zupa miso liofilizowana (10)", "Misosoep gevriesdroogd (10)", 960, 1),
 ("pack", "トレッキングザック 40L", "Trekking Backpack 40 L", "登山背包 40升", "Trekkingrucksack 40 L", "Sac à dos de trekking 40 L", "Zaino da trekking 40 L", "Mochila de trekking 40 L", "Plecak trekkingowy 40 L", "Trekkingrugzak 40 L", 12800, 0),
 ("cord", "パラコード 4mm×30m", "Paracord 4 mm x 30 m", "伞绳 4mm×30米", "Paracord 4 mm x 30 m", "Paracorde 4 mm x 30 m", "Paracord 4 mm x 30 m", "Paracord 4 mm x 30 m", "Linka paracord 4 mm x 30 m", "Paracord 4 mm x 30 m", 980, 0),
 ("gloves", "防水トレッキンググローブ", "Waterproof Trekking Gloves", "防水登山手套", "Wasserdichte Trekkinghandschuhe", "Gants de trekking imperméables", "Guanti da trekking impermeabili", "Guantes de trekking impermeables", "Rękawice trekkingowe wodoodporne", "Waterdichte wandelhandschoenen", 3900, 0),
 ("mat", "インフレータブルマット", "Inflatable Sleeping Pad", "充气睡垫", "Aufblasbare Isomatte", "Matelas gonflable", "Materassino gonfiabile", "Esterilla hinchable", "Karimata dmuchana", "Opblaasbare slaapmat", 6400, 0),
 ("chair", "折りたたみチェア", "Folding Camp Chair", "折叠露营椅", "Faltbarer Campingstuhl", "Chaise de camping pliante", "Sedia da campeggio pieghevole", "Silla de camping plegable", "Krzesło turystyczne składane", "Opvouwbare campingstoel", 4800, 0),
 ("wool", "メリノベースレイヤー 長袖", "Merino Base Layer Long Sleeve", "美利奴长袖打底衫", "Merino-Funktionsshirt langarm", "Sous-vêtement mérinos manches longues", "Maglia intima merino manica lunga", "Camiseta térmica merino manga larga", "Koszulka merino z długim rękawem", "Merino thermoshirt lange mouw", 5600, 0),
 ("boot", "トレッキングシューズ", "Trekking Boots", "登山鞋", "Trekkingschuhe", "Chaussures de trekking", "Scarponi da trekking", "Botas de trekking", "Buty trekkingowe", "Wandelschoenen", 11200, 0),
]
LANGIDX = dict(ja=1, en=2, zh=3, de=4, fr=5, it=6, es=7, pl=8, nl=9)
RATE = dict(JPY=D(1), USD=D("0.0066"), EUR=D("0.0061"), CNY=D("0.047"), PLN=D("0.026"))
UNIT = dict(ja=["個", "本", "枚", "組", "袋", "式"], en=["pcs", "pcs", "pairs", "sets"], zh=["个", "件", "套", "双"], de=["Stk."], fr=["pce"], it=["pz"], es=["ud."], pl=["szt."], nl=["st."])

# --------------------------------------------------------------------------- words
W = {
 "ja": dict(no="請求書番号", date="発行日", due="お支払期限", billto="御中", desc="品名", sku="品番", qty="数量", unit="単位", price="単価", amount="金額", sub="小計", disc="値引", ship="送料", tax="消費税", total="ご請求金額", pay="お振込先", note="備考", page="頁", thanks="下記の通りご請求申し上げます。"),
 "en": dict(no="Invoice No.", date="Invoice Date", due="Due Date", billto="Bill To", desc="Description", sku="Item #", qty="Qty", unit="Unit", price="Unit Price", amount="Amount", sub="Subtotal", disc="Discount", ship="Freight", tax="Tax", total="TOTAL", pay="Remit to", note="Notes", page="Page", thanks="Thank you for your business."),
 "zh": dict(no="发票号码", date="开票日期", due="付款期限", billto="购买方", desc="货物或应税劳务名称", sku="规格型号", qty="数量", unit="单位", price="单价", amount="金额", sub="合计", disc="折扣", ship="运费", tax="税额", total="价税合计", pay="开户行及账号", note="备注", page="页", thanks=""),
 "de": dict(no="Rechnungsnummer", date="Rechnungsdatum", due="Zahlbar bis", billto="Rechnungsempfänger", desc="Bezeichnung", sku="Art.-Nr.", qty="Menge", unit="Einh.", price="Einzelpreis", amount="Gesamt", sub="Zwischensumme", disc="Rabatt", ship="Versandkosten", tax="MwSt.", total="Rechnungsbetrag", pay="Bankverbindung", note="Hinweis", page="Seite", thanks="Vielen Dank für Ihren Auftrag."),
 "fr": dict(no="Facture n°", date="Date", due="Échéance", billto="Client", desc="Désignation", sku="Réf.", qty="Qté", unit="Unité", price="Prix unitaire HT", amount="Total HT", sub="Total HT", disc="Remise", ship="Frais de port", tax="TVA", total="Net à payer", pay="Coordonnées bancaires", note="Conditions", page="Page", thanks="Merci de votre confiance."),
 "it": dict(no="Fattura n.", date="Data", due="Scadenza", billto="Spett.le", desc="Descrizione", sku="Codice", qty="Q.tà", unit="U.M.", price="Prezzo unit.", amount="Importo", sub="Imponibile", disc="Sconto", ship="Spese di trasporto", tax="IVA", total="Totale documento", pay="Coordinate bancarie", note="Note", page="Pagina", thanks="Grazie per la preferenza."),
 "es": dict(no="Factura nº", date="Fecha", due="Vencimiento", billto="Cliente", desc="Descripción", sku="Ref.", qty="Cant.", unit="Ud.", price="Precio unit.", amount="Importe", sub="Base imponible", disc="Descuento", ship="Portes", tax="IVA", total="Total factura", pay="Forma de pago", note="Observaciones", page="Página", thanks="Gracias por su pedido."),
 "pl": dict(no="Numer", date="Data wystawienia", due="Termin płatności", billto="Nabywca", desc="Nazwa towaru", sku="Indeks", qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto", sub="Razem netto", disc="Rabat", ship="Transport", tax="VAT", total="Do zapłaty", pay="Konto bankowe", note="Uwagi", page="Strona", thanks=""),
 "nl": dict(no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", billto="Factuuradres", desc="Omschrijving", sku="Art.nr.", qty="Aantal", unit="Eenh.", price="Prijs", amount="Bedrag", sub="Subtotaal", disc="Korting", ship="Verzendkosten", tax="btw", total="Totaal", pay="Betaalgegevens", note="Opmerking", page="Pagina", thanks="Bedankt voor uw bestelling."),
}
TITLES = {
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", dn_invoice="納品書兼請求書", receipt="領収書", credit_note="返品伝票（赤伝）", proforma="見積請求書", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", other="価格表"),
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", commercial="COMMERCIAL INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", other="PRICE LIST"),
 "zh": dict(invoice="商业发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票", proforma="形式发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单", other="价格表"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMA-RECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", other="PREISLISTE"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA", delivery_note="BON DE LIVRAISON", quotation="DEVIS"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA", quotation="PRESUPUESTO", delivery_note="ALBARÁN"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR", packing_list="PAKLIJST"),
}
MONTHS = dict(fr=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
              es=["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
              de=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
              en=["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
              it=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
              nl=["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"])

# --------------------------------------------------------------------------- formatting
def fmt_num(v, style, dec):
    v = D(v)
    neg = v < 0
    q = D(1) if dec == 0 else D("0.01")
    s = f"{abs(v).quantize(q, ROUND_HALF_UP):,.{dec}f}"
    if style == "eu":
        s = s.replace(",", "§").replace(".", ",").replace("§", ".")
    elif style == "fr":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "ch":  # 1'234.56
        s = s.replace(",", "'")
    return ("-" if neg else "") + s

def fmt_money(doc, v):
    s = fmt_num(v, doc["numstyle"], doc["dec"])
    cs = doc["curstyle"]
    if cs == "yen_pre": return "¥" + s
    if cs == "yen_suf": return s + "円"
    if cs == "yen_dash": return "¥" + s + "-"
    if cs == "cny_pre": return "¥" + s
    if cs == "usd_pre": return "$" + s
    if cs == "usd_code": return s + " USD"
    if cs == "code_pre": return doc["currency"] + " " + s
    if cs == "eur_suf": return s + " €"
    if cs == "pln_suf": return s + " zł"
    if cs == "plain": return s
    return s

def fmt_date(d, style):
    if style == "dot": return d.strftime("%d.%m.%Y")
    if style == "ja": return f"{d.year}年{d.month}月{d.day}日"
    if style == "reiwa": return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if style == "zh": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "slash_ymd": return d.strftime("%Y/%m/%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == "eu_slash": return d.strftime("%d/%m/%Y")
    if style == "iso": return d.isoformat()
    if style == "nl_dash": return d.strftime("%d-%m-%Y")
    if style in ("fr_long", "es_long", "de_long", "it_long", "nl_long"):
        lg = style[:2]
        day = "1er" if (lg == "fr" and d.day == 1) else str(d.day)
        if lg == "es": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
        if lg == "de": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
        return f"{day} {MONTHS[lg][d.month-1]} {d.year}"
    if style == "en_dmy": return f"{d.day:02d}-{MONTHS['en'][d.month-1][:3]}-{d.year}"
    return d.isoformat()

def cn_upper(amount):
    dg = "零壹贰叁肆伍陆柒捌玖"; un = ["", "拾", "佰", "仟"]
    amount = D(amount).quantize(D("0.01"))
    n = int(amount); cents = int((amount - n) * 100)
    def four(x):
        s = ""; zero = False
        for i in range(3, -1, -1):
            q = (x // 10 ** i) % 10
            if q == 0:
                if s: zero = True
            else:
                if zero: s += "零"; zero = False
                s += dg[q] + un[i]
        return s
    hi, lo = divmod(n, 10000)
    s = ""
    if hi: s += four(hi) + "万"
    if lo:
        if hi and lo < 1000: s += "零"
        s += four(lo)
    s = (s or "零") + "圆"
    j, f = divmod(cents, 10)
    if not j and not f: return s + "整"
    if j: s += dg[j] + "角"
    elif n: s += "零"
    if f: s += dg[f] + "分"
    return s

# --------------------------------------------------------------------------- document model
LANG_DEFAULTS = {
 "ja": dict(currency="JPY", dec=0, numstyle="en", cur=["yen_pre", "yen_suf", "yen_pre"], dates=["ja", "slash_ymd", "ja", "reiwa"]),
 "zh": dict(currency="CNY", dec=2, numstyle="en", cur=["cny_pre"], dates=["zh", "slash_ymd", "iso"]),
 "en": dict(currency="USD", dec=2, numstyle="en", cur=["usd_pre", "usd_code", "code_pre"], dates=["us", "us_long", "en_dmy", "slash_ymd"]),
 "de": dict(currency="EUR", dec=2, numstyle="eu", cur=["eur_suf", "code_pre"], dates=["dot", "de_long"]),
 "fr": dict(currency="EUR", dec=2, numstyle="fr", cur=["eur_suf"], dates=["fr_long", "eu_slash"]),
 "it": dict(currency="EUR", dec=2, numstyle="eu", cur=["eur_suf", "code_pre"], dates=["eu_slash", "it_long"]),
 "es": dict(currency="EUR", dec=2, numstyle="eu", cur=["eur_suf"], dates=["eu_slash", "es_long"]),
 "pl": dict(currency="PLN", dec=2, numstyle="fr", cur=["pln_suf"], dates=["dot", "iso"]),
 "nl": dict(currency="EUR", dec=2, numstyle="eu", cur=["eur_suf", "code_pre"], dates=["nl_dash", "nl_long"]),
}
VAT = dict(de=D("0.19"), fr=D("0.20"), it=D("0.22"), es=D("0.21"), pl=D("0.23"), nl=D("0.21"))

def rnd(v, dec):
    return D(v).quantize(D(1) if dec == 0 else D("0.01"), ROUND_HALF_UP)


NONINV_WORDS = {
 "ja": dict(no={"purchase_order": "注文番号", "quotation": "見積番号", "delivery_note": "納品書番号"}, billto={"purchase_order": "発注先", "delivery_note": "納品先", "packing_list": "納品先"}, date="発行日"),
 "en": dict(no={"purchase_order": "PO Number", "quotation": "Quote No.", "delivery_note": "Delivery No.", "packing_list": "Packing List No."}, billto={"purchase_order": "Vendor", "delivery_note": "Ship To", "packing_list": "Ship To", "quotation": "Prepared for"}, date="Date"),
 "zh": dict(no={}, billto={"packing_list": "收货人", "quotation": "客户"}, date="日期"),
 "de": dict(no={"quotation": "Angebotsnummer"}, billto={"quotation": "Kunde"}, date="Datum"),
}
def words(doc):
    w = dict(W[doc["lang"]])
    if doc["doc_type"] in ("packing_list", "purchase_order", "quotation", "delivery_note", "other"):
        nw = NONINV_WORDS.get(doc["lang"], {})
        w["no"] = nw.get("no", {}).get(doc["doc_type"], "No.")
        w["billto"] = nw.get("billto", {}).get(doc["doc_type"], w["billto"])
        w["date"] = nw.get("date", w["date"])
    return w

def supinfo(doc):
    s = dict(SUP[doc["sup_key"]])
    if s["lang"] == "zh" and doc["lang"] != "zh":
        s["taxid"] = s.get("taxid_en", s.get("taxid")); s["bank"] = s.get("bank_en", s["bank"])
    return s

def make_doc(sup_key, doc_type, lang=None, n_items=None, buyer=None, currency=None, arith=None, kind=None, date=None):
    sup = SUP[sup_key]
    lang = lang or sup["lang"]
    ld = LANG_DEFAULTS[lang]
    doc = dict(sup_key=sup_key, lang=lang, doc_type=doc_type, kind=kind or doc_type)
    doc["currency"] = currency or ld["currency"]
    if doc["currency"] == "USD" and lang == "zh":
        doc["curstyle"] = "code_pre"; doc["numstyle"] = "en"; doc["dec"] = 2
    else:
        doc["curstyle"] = R.choice(ld["cur"]); doc["numstyle"] = ld["numstyle"]; doc["dec"] = 0 if doc["currency"] == "JPY" else 2
    if doc["currency"] == "EUR" and lang == "en": doc["curstyle"] = "code_pre"
    if doc["currency"] == "USD" and lang != "en" and lang != "zh": doc["curstyle"] = "code_pre"
    doc["datestyle"] = R.choice(ld["dates"])
    doc["date"] = date or (dt.date(2025, 9, 1) + dt.timedelta(days=R.randint(0, 200)))
    doc["due"] = doc["date"] + dt.timedelta(days=R.choice([14, 30, 30, 45, 60]))
    # supplier/buyer
    if lang in ("zh",) and sup["lang"] == "zh":
        doc["sup_name"], doc["sup_addr"] = sup["name"], sup["addr"]
    elif sup["lang"] == "zh":
        doc["sup_name"], doc["sup_addr"] = sup["name_en"], sup["addr_en"]
    else:
        doc["sup_name"], doc["sup_addr"] = sup["name"], sup["addr"]
    if buyer is None:
        buyer = {"ja": OURS_JA, "zh": OURS_ZH}.get(lang, OURS_EN)
        if sup_key in ("cascade", "ridgeback") and R.random() < 0.5: buyer = OURS_US
    doc["buyer"] = buyer
    # number
    pre = {"ja": "", "zh": "", "en": {"purchase_order": "PO-", "quotation": "QT-", "delivery_note": "DN-", "packing_list": "PL-", "other": "PL-", "credit_note": "CN-", "receipt": "RC-"}.get(doc_type, "INV-"), "de": "RE-", "fr": "FA", "it": "", "es": "F", "pl": "FV/", "nl": ""}[lang]
    doc["number"] = {"ja": f"{doc['date'].strftime('%y%m')}-{R.randint(100, 999)}",
                     "zh": f"{R.randint(10**7, 10**8-1)}", "pl": f"FV/{R.randint(10, 400)}/{doc['date'].month:02d}/{doc['date'].year}",
                     "it": f"{R.randint(12, 900)}/{doc['date'].year}"}.get(lang, f"{pre}{doc['date'].year}-{R.randint(1000, 9999)}")
    # items
    n = n_items or R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    picks = R.sample(CAT, min(n, len(CAT)))
    while len(picks) < n: picks.append(R.choice(CAT))
    rate = RATE[doc["currency"]]
    items = []
    for c in picks:
        base = D(c[10]) * rate * D(R.choice(["0.9", "1", "1", "1.1", "0.95"]))
        if doc["dec"] == 0:
            price = (base / 10).quantize(D(1), ROUND_HALF_UP) * 10
        else:
            price = (base * 20).quantize(D(1), ROUND_HALF_UP) / 20
            price = price.quantize(D("0.01"))
        qty = R.choice([2, 4, 5, 6, 10, 12, 20, 24, 30, 36, 48, 50, 60, 100, 120, 200]) if doc["currency"] != "JPY" or True else 1
        if lang == "ja" and c[0] in ("tent2", "pack", "boot"): qty = R.choice([2, 3, 5, 6, 10])
        sku = f"{c[0].upper()[:3]}-{R.randint(100, 999)}"
        u = R.choice(UNIT[lang])
        items.append(dict(key=c[0], name=c[LANGIDX[lang]], qty=qty, price=price, unit=u, sku=sku, food=bool(c[11])))
    doc["items"] = items
    # tax regime
    vat_std = D(0); tax_note = ""
    if lang == "ja":
        vat_std = D("0.10")
    elif lang == "zh" and doc_type == "tax_invoice":
        vat_std = D("0.13")
    elif lang in VAT and buyer is OTHER_EU:
        vat_std = VAT[lang]
    elif lang in VAT:
        tax_note = {"de": "Steuerfreie Ausfuhrlieferung gemäß § 4 Nr. 1a i.V.m. § 6 UStG.",
                    "fr": "Exonération de TVA, article 262 I du CGI (exportation hors UE).",
                    "it": "Operazione non imponibile art. 8, c.1 lett. a) DPR 633/72 - esportazione.",
                    "es": "Exento de IVA, art. 21 Ley 37/1992 (exportación).",
                    "pl": "Eksport towarów - stawka VAT 0% (art. 41 ust. 4 ustawy o VAT).",
                    "nl": "Export buiten de EU - btw 0% (art. 9 lid 2 Wet OB)."}[lang]
        doc["show_zero_tax"] = R.random() < 0.5
    doc["vat_std"] = vat_std; doc["tax_note"] = tax_note
    for it in items:
        it["rate"] = (D("0.08") if (lang == "ja" and it["food"]) else vat_std)
    doc["disc_pct"] = D(R.choice([0, 0, 0, 5, 3, 10])) / 100 if lang != "ja" or len({i["rate"] for i in items}) == 1 else D(0)
    doc["shipping"] = D(0)
    if R.random() < 0.45:
        doc["shipping"] = D(R.choice([800, 1200, 1650, 2200])) if doc["currency"] == "JPY" else rnd(D(R.choice([45, 85, 120, 260, 380])) * (rate / RATE["USD"]), 0)
    compute(doc)
    doc["arith_error"] = None
    if arith: inject_error(doc, arith)
    make_strings(doc)
    return doc

def compute(doc):
    dec = doc["dec"]
    for it in doc["items"]:
        it["amount"] = rnd(it["qty"] * it["price"], dec)
    sub = sum(i["amount"] for i in doc["items"])
    disc = rnd(sub * doc["disc_pct"], dec)
    ship = doc["shipping"]
    rates = {}
    for it in doc["items"]:
        rates[it["rate"]] = rates.get(it["rate"], D(0)) + it["amount"]
    if doc["vat_std"] or doc["lang"] == "ja":
        std = doc["vat_std"]
        rates[std] = rates.get(std, D(0)) - disc + ship
    taxes = {}
    for r, b in sorted(rates.items(), reverse=True):
        if r == 0: continue
        if doc["currency"] == "JPY":
            taxes[r] = (b * r).quantize(D(1), ROUND_DOWN)
        else:
            taxes[r] = rnd(b * r, dec)
    doc["bases"] = rates
    total = sub - disc + ship + sum(taxes.values())
    doc["p"] = dict(amounts=[i["amount"] for i in doc["items"]], sub=sub, disc=disc, ship=ship, taxes=taxes, total=total)

def inject_error(doc, kind):
    p = doc["p"]; dec = doc["dec"]
    step = D(1000) if doc["dec"] == 0 else D(10)
    if kind == "line":
        i = R.randrange(len(doc["items"]))
        p["amounts"][i] = p["amounts"][i] + step * R.choice([1, 10, -1])
        doc["arith_error"] = f"line {i+1} amount != qty x unit price; totals use the correct value"
    elif kind == "sum":
        p["sub"] = p["sub"] + step * R.choice([1, 2, -1])
        p["total"] = p["sub"] - p["disc"] + p["ship"] + sum(p["taxes"].values())
        doc["arith_error"] = "subtotal is not the sum of the lines (total follows the wrong subtotal)"
    elif kind == "tax":
        if p["taxes"]:
            r = list(p["taxes"])[0]
            p["taxes"][r] = p["taxes"][r] + step * R.choice([1, -1]) * (D("0.1") if dec else 1)
        else:
            p["total"] = p["total"] + step
        p["total"] = p["sub"] - p["disc"] + p["ship"] + sum(p["taxes"].values())
        doc["arith_error"] = "tax amount does not match rate x base"
    else:
        p["total"] = p["total"] + step * R.choice([1, -1, 9])
        doc["arith_error"] = "grand total is not subtotal - discount + shipping + tax"

def make_strings(doc):
    doc["s"] = dict(total=fmt_money(doc, doc["p"]["total"]), date=fmt_date(doc["date"], doc["datestyle"]),
                    buyer=doc["buyer"]["name"], qty=[str(i["qty"]) for i in doc["items"]])

def tax_label(doc, r):
    lang = doc["lang"]; pct = f"{int(r*100)}%"
    return {"ja": f"消費税({pct}対象)", "zh": f"税额 {pct}", "en": f"Tax {pct}", "de": f"MwSt. {pct}", "fr": f"TVA {pct}",
            "it": f"IVA {pct}", "es": f"IVA {pct}", "pl": f"VAT {pct}", "nl": f"btw {pct}"}[lang]

def title_of(doc):
    t = TITLES[doc["lang"]]
    k = doc["kind"]
    return t.get(k) or t.get(doc["doc_type"]) or TITLES["en"][doc["doc_type"]]

def summary_rows(doc):
    """list of (label, value_str, is_total) for the totals block"""
    w = W[doc["lang"]]; p = doc["p"]; rows = []
    if doc["doc_type"] in ("packing_list", "other"): return rows
    rows.append((w["sub"] + ("（税抜）" if doc["lang"] == "ja" else ""), fmt_money(doc, p["sub"]), False))
    if p["disc"]: rows.append((f"{w['disc']} {int(doc['disc_pct']*100)}%", "-" + fmt_money(doc, p["disc"]), False))
    if p["ship"]: rows.append((w["ship"], fmt_money(doc, p["ship"]), False))
    for r, t in p["taxes"].items():
        rows.append((tax_label(doc, r), fmt_money(doc, t), False))
    if not p["taxes"] and doc.get("show_zero_tax"):
        rows.append((tax_label(doc, D(0)), fmt_money(doc, 0), False))
    tl = w["total"]
    if doc["lang"] == "ja":
        tl = {"receipt": "合計", "quotation": "御見積金額", "purchase_order": "発注金額", "delivery_note": "合計金額"}.get(doc["doc_type"], "ご請求金額（税込）")
    if doc["lang"] == "en" and doc["doc_type"] in ("quotation", "purchase_order"): tl = "TOTAL"
    rows.append((tl, doc["s"]["total"], True))
    return rows

def party_lines(c):
    out = list(c["addr"])
    if c.get("tel"): out.append(("TEL " if True else "") + c["tel"])
    return out

# --------------------------------------------------------------------------- HTML renderer (Chromium / WeasyPrint)
CSS = {
"cloud": """
@page{size:A4;margin:16mm 14mm}body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222}
.bar{background:#2b6f8f;color:#fff;padding:8px 12px;font-size:20pt;letter-spacing:2px}
.meta{float:right;width:42%;margin-top:8px}.meta td{padding:2px 4px}.meta td:first-child{color:#666}
.to{width:52%;margin-top:10px}.to .nm{font-size:13pt;font-weight:bold;border-bottom:1px solid #2b6f8f}
.from{margin-top:10px;text-align:right;font-size:9pt}
table.items{width:100%;border-collapse:collapse;margin-top:16px;clear:both}
table.items th{background:#e8f1f5;border-bottom:2px solid #2b6f8f;padding:5px;text-align:left}
table.items td{border-bottom:1px solid #ddd;padding:4px 5px}.r{text-align:right}
table.sum{float:right;width:45%;margin-top:10px;border-collapse:collapse}table.sum td{padding:4px;border-bottom:1px solid #eee}
table.sum tr.t td{font-weight:bold;font-size:12pt;border-top:2px solid #2b6f8f}
.foot{clear:both;padding-top:18px;font-size:8.5pt;color:#444}.big{font-size:15pt;font-weight:bold;margin:8px 0}
""",
"jp_trad": """
@page{size:A4;margin:14mm}body{font-family:'WenQuanYi Micro Hei','DejaVu Sans',sans-serif;font-size:9.5pt}
.bar{text-align:center;font-size:22pt;letter-spacing:14px;border-bottom:3px double #000;padding-bottom:4px;margin-bottom:8px}
.meta{float:right;width:40%}.meta td{padding:1px 4px;font-size:9pt}
.to{width:55%}.to .nm{font-size:14pt;border-bottom:1px solid #000;padding-bottom:2px}
.from{float:right;width:44%;margin-top:6px;font-size:9pt;position:relative}
.seal{position:absolute;right:6px;top:0;width:52px;height:52px;border:2px solid #d22;color:#d22;font-size:8pt;text-align:center;line-height:12px;padding-top:6px;box-sizing:border-box;border-radius:4px;opacity:.85}
table.items{width:100%;border-collapse:collapse;margin-top:14px;clear:both}
table.items th{border:1px solid #000;background:#eee;padding:3px;font-weight:normal}
table.items td{border:1px solid #000;padding:3px 4px}.r{text-align:right}
table.sum{float:right;width:46%;margin-top:6px;border-collapse:collapse}table.sum td{border:1px solid #000;padding:3px 5px}
table.sum tr.t td{font-weight:bold;background:#f4f4f4}
.big{font-size:15pt;border-bottom:2px solid #000;display:inline-block;padding:2px 20px 2px 4px;margin:8px 0}
.foot{clear:both;padding-top:12px;font-size:8.5pt}
""",
"minimal": """
@page{size:Letter;margin:18mm 16mm}body{font-family:'Nimbus Sans','DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:10pt;color:#111}
.bar{font-size:26pt;font-weight:300;color:#555;margin-bottom:14px}
.meta{float:right;width:38%}.meta td{padding:2px 0}.meta td:first-child{font-weight:bold;padding-right:8px}
.to{width:55%}.to .nm{font-weight:bold}
.from{margin-top:12px;color:#555;font-size:9pt}
table.items{width:100%;border-collapse:collapse;margin-top:20px;clear:both}
table.items th{border-bottom:1px solid #111;text-align:left;padding:6px 4px;font-size:8.5pt;text-transform:uppercase}
table.items td{padding:6px 4px;border-bottom:1px solid #eee}.r{text-align:right}
table.sum{float:right;width:40%;margin-top:12px}table.sum td{padding:3px 4px}
table.sum tr.t td{font-weight:bold;font-size:13pt;border-top:1px solid #111}
.foot{clear:both;padding-top:24px;font-size:8.5pt;color:#555}.big{display:none}
""",
"din": """
@page{size:A4;margin:20mm 18mm 20mm 25mm}body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:9.5pt}
.bar{font-size:16pt;font-weight:bold;margin:16px 0 8px 0}
.sender{font-size:7pt;text-decoration:underline;margin-bottom:4px}
.meta{float:right;width:40%;margin-top:-60px}.meta td{padding:1px 3px;font-size:9pt}
.to{width:55%;height:90px}.to .nm{font-weight:bold}
.from{display:none}
table.items{width:100%;border-collapse:collapse;margin-top:10px;clear:both}
table.items th{border-top:1px solid #000;border-bottom:1px solid #000;padding:3px;text-align:left}
table.items td{padding:3px}.r{text-align:right}
table.sum{float:right;width:48%;margin-top:6px;border-top:1px solid #000}table.sum td{padding:2px 3px}
table.sum tr.t td{font-weight:bold;border-top:1px solid #000;border-bottom:3px double #000}
.foot{clear:both;padding-top:14px;font-size:8pt;border-top:1px solid #999;margin-top:30px}.big{display:none}
""",
}

def esc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_doc(doc, theme):
    w = words(doc); lang = doc["lang"]; sup = supinfo(doc)
    dt_ = doc["doc_type"]
    priced = dt_ not in ("packing_list",)
    css = CSS[theme]
    h = [f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append(f"<div class='bar'>{esc(title_of(doc))}</div>")
    if theme == "din":
        h.append(f"<div class='sender'>{esc(doc['sup_name'])} · {esc(', '.join(doc['sup_addr'][:2]))}</div>")
    meta = [(w["no"], doc["number"]), (w["date"], doc["s"]["date"])]
    if dt_ in ("invoice", "tax_invoice") and lang != "zh":
        meta.append((w["due"], fmt_date(doc["due"], doc["datestyle"])))
    if lang == "ja" and dt_ in ("invoice", "tax_invoice", "receipt", "delivery_note"):
        meta.append(("登録番号", sup["tno"]))
    h.append("<table class='meta'>" + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in meta) + "</table>")
    b = doc["buyer"]
    nm = esc(doc["s"]["buyer"]) + (" 御中" if lang == "ja" else "")
    h.append(f"<div class='to'>{'' if lang == 'ja' else '<div>' + esc(w['billto']) + '</div>'}<div class='nm'>{nm}</div>" + "".join(f"<div>{esc(x)}</div>" for x in b["addr"]) + "</div>")
    seal = ""
    if theme == "jp_trad" and lang == "ja":
        seal = "<div class='seal'>" + "<br>".join([doc['sup_name'].replace('株式会社', '').replace('有限会社', '').replace('合同会社', '')[:3], doc['sup_name'].replace('株式会社', '').replace('有限会社', '').replace('合同会社', '')[3:6], "之印"]) + "</div>"
    h.append(f"<div class='from'>{seal}<b>{esc(doc['sup_name'])}</b><br>" + "<br>".join(esc(x) for x in doc["sup_addr"]) + f"<br>TEL {esc(sup['tel'])}" + (f" / FAX {esc(sup['fax'])}" if sup.get('fax') else "") + (f"<br>{esc(sup['taxid'])}" if sup.get('taxid') else "") + "</div>")
    if lang == "ja" and priced:
        h.append(f"<div style='clear:both'></div><div>{esc(w['thanks'] if dt_ in ('invoice', 'tax_invoice') else '')}</div><div class='big'>{esc(summary_rows(doc)[-1][0])}　{esc(doc['s']['total'])}</div>")
    # items
    cols = [w["sku"], w["desc"], w["qty"], w["unit"]] + ([w["price"], w["amount"]] if priced else [])
    if lang == "ja" and doc["doc_type"] in ("invoice", "tax_invoice", "delivery_note") and priced: cols.append("税率")
    h.append("<table class='items'><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in cols) + "</tr></thead><tbody>")
    for i, it in enumerate(doc["items"]):
        name = it["name"] + (" ※" if (lang == "ja" and it["rate"] == D("0.08")) else "")
        row = [esc(it["sku"]), esc(name), f"<span class='q'>{esc(doc['s']['qty'][i])}</span>", esc(it["unit"])]
        if priced: row += [esc(fmt_money(doc, it["price"])), esc(fmt_money(doc, doc["p"]["amounts"][i]))]
        if len(cols) > len(row): row.append(f"{int(it['rate']*100)}%")
        h.append("<tr>" + "".join(f"<td class='{'r' if j >= 2 and j != 3 else ''}'>{c}</td>" for j, c in enumerate(row)) + "</tr>")
    h.append("</tbody></table>")
    if priced:
        h.append("<table class='sum'>" + "".join(f"<tr class='{'t' if t else ''}'><td>{esc(a)}</td><td class='r'>{esc(v)}</td></tr>" for a, v, t in summary_rows(doc)) + "</table>")
    foot = []
    if lang == "ja" and any(it["rate"] == D("0.08") for it in doc["items"]): foot.append("※印は軽減税率(8%)対象商品です。")
    if lang == "ja" and doc["p"]["taxes"]:
        foot.append("　".join(f"{int(r*100)}%対象 {fmt_money(doc, doc['bases'][r])} 消費税 {fmt_money(doc, t)}" for r, t in doc["p"]["taxes"].items()))
    if doc.get("tax_note"): foot.append(doc["tax_note"])
    if doc.get("note"): foot.append(doc["note"])
    if dt_ in ("invoice", "tax_invoice", "proforma"): foot.append(f"{w['pay']}: {sup['bank']}")
    if sup.get("hrb"): foot.append(sup["hrb"])
    if w["thanks"] and lang != "ja": foot.append(w["thanks"])
    h.append("<div class='foot'>" + "<br>".join(esc(x) for x in foot) + "</div></body></html>")
    return "".join(h)

def render_html(doc, path, engine, theme):
    hp = path + ".html"
    with open(hp, "w", encoding="utf-8") as f: f.write(html_doc(doc, theme))
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(hp).write_pdf(path)
    else:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf-no-header", f"--print-to-pdf={os.path.abspath(path)}", "file://" + os.path.abspath(hp)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)

# --------------------------------------------------------------------------- ReportLab renderer (records boxes)
_rl_fonts = False
def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("DJV", DJV)); pdfmetrics.registerFont(TTFont("DJVB", DJVB))
    _rl_fonts = True

def render_reportlab(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    rl_fonts()
    lang = doc["lang"]; w = words(doc); sup = supinfo(doc)
    if lang in ("ja", "zh"): F, FB = "WQY", "WQY"
    elif lang == "pl": F, FB = "DJV", "DJVB"
    else: F, FB = "Helvetica", "Helvetica-Bold"
    ps = letter if lang == "en" and doc["currency"] == "USD" else A4
    W_, H_ = ps
    c = canvas.Canvas(path, pagesize=ps)
    c.setTitle(f"{title_of(doc)} {doc['number']}"); c.setAuthor(doc["sup_name"])
    boxes = dict(qty=[], rows=[])
    priced = doc["doc_type"] != "packing_list"
    per_page = 22
    items = doc["items"]; npages = max(1, math.ceil(len(items) / per_page))
    accent = random.Random(doc["number"]).choice([(0.1, 0.25, 0.45), (0.3, 0.3, 0.3), (0.55, 0.1, 0.1), (0.1, 0.4, 0.2)])
    for pg in range(npages):
        y = H_ - 50
        c.setFillColorRGB(*accent); c.setFont(FB, 20); c.drawString(40, y, title_of(doc)); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 11); c.drawRightString(W_ - 40, y + 4, doc["sup_name"])
        c.setFont(F, 8)
        yy = y - 10
        for ln in doc["sup_addr"] + [f"Tel {sup['tel']}"] + ([sup["taxid"]] if sup.get("taxid") else []) + ([f"登録番号 {sup['tno']}"] if lang == "ja" else []):
            c.drawRightString(W_ - 40, yy, ln); yy -= 10
        y -= 40
        c.setFont(F, 8); c.drawString(40, y, w["billto"] if lang != "ja" else ("請求先" if doc["doc_type"] not in NONINV else w["billto"])); y -= 14
        c.setFont(FB, 11); bname = doc["s"]["buyer"] + (" 御中" if lang == "ja" else "")
        c.drawString(40, y, doc["s"]["buyer"]);
        if lang == "ja": c.drawString(40 + c.stringWidth(doc["s"]["buyer"], FB, 11) + 6, y, "御中")
        bw = c.stringWidth(doc["s"]["buyer"], FB, 11)
        boxes["buyer"] = (pg, 40, H_ - y - 11, 40 + bw, H_ - y + 3)
        c.setFont(F, 9); y -= 12
        for ln in doc["buyer"]["addr"]: c.drawString(40, y, ln); y -= 11
        # meta
        my = H_ - 140
        meta = [(w["no"], doc["number"]), (w["date"], doc["s"]["date"])]
        if doc["doc_type"] in ("invoice", "tax_invoice"): meta.append((w["due"], fmt_date(doc["due"], doc["datestyle"])))
        meta.append((w["page"], f"{pg+1}/{npages}"))
        for a, b in meta:
            c.setFont(F, 8); c.drawString(W_ - 220, my, a); c.setFont(F, 9); c.drawRightString(W_ - 40, my, b)
            if a == w["date"]: boxes["date"] = (pg, W_ - 40 - c.stringWidth(b, F, 9), H_ - my - 9, W_ - 40, H_ - my + 2)
            my -= 12
        y = min(y, my) - 16
        # table header
        colx = [40, 95, 330, 370, 410, 485, W_ - 40]
        c.setFillColorRGB(*[v + (1 - v) * 0.85 for v in accent]); c.rect(40, y - 4, W_ - 80, 16, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8)
        hd = [w["sku"], w["desc"], w["qty"], w["unit"]] + ([w["price"], w["amount"]] if priced else [])
        for j, t in enumerate(hd):
            if j in (2, 4, 5): c.drawRightString(colx[j + 1] - 4, y, t)
            else: c.drawString(colx[j] + 2, y, t)
        y -= 18
        c.setFont(F, 8.5)
        for i in range(pg * per_page, min(len(items), (pg + 1) * per_page)):
            it = items[i]
            c.drawString(colx[0] + 2, y, it["sku"]); c.drawString(colx[1] + 2, y, it["name"][:48] + (" ※" if it["rate"] == D("0.08") and lang == "ja" else ""))
            q = doc["s"]["qty"][i]
            c.drawRightString(colx[3] - 4, y, q)
            boxes["qty"].append((pg, colx[2] + 1, H_ - y - 11, colx[3] - 1, H_ - y + 5))
            boxes["rows"].append((pg, 40, H_ - y - 11, W_ - 40, H_ - y + 5))
            c.drawString(colx[3] + 2, y, it["unit"])
            if priced:
                c.drawRightString(colx[5] - 4, y, fmt_money(doc, it["price"])); c.drawRightString(colx[6] - 4, y, fmt_money(doc, doc["p"]["amounts"][i]))
            c.setStrokeColorRGB(.8, .8, .8); c.line(40, y - 4, W_ - 40, y - 4); c.setStrokeColorRGB(0, 0, 0)
            y -= 16
        if pg == npages - 1:
            y -= 8
            if priced:
                for a, v, t in summary_rows(doc):
                    c.setFont(FB if t else F, 11 if t else 9)
                    c.drawString(W_ - 260, y, a); c.drawRightString(W_ - 44, y, v)
                    if t:
                        vw = c.stringWidth(v, FB, 11)
                        boxes["total"] = (pg, W_ - 44 - vw, H_ - y - 11, W_ - 44, H_ - y + 3)
                        c.line(W_ - 260, y + 13, W_ - 40, y + 13)
                    y -= 15 if not t else 20
            c.setFont(F, 7.5)
            foot = []
            if doc.get("tax_note"): foot.append(doc["tax_note"])
            if lang == "ja" and any(it["rate"] == D("0.08") for it in items): foot.append("※は軽減税率(8%)対象")
            if doc["doc_type"] in ("invoice", "tax_invoice", "proforma"): foot.append(f"{w['pay']}: {sup['bank']}")
            if w["thanks"]: foot.append(w["thanks"])
            fy = max(60, y - 20)
            for ln in foot: c.drawString(40, fy, ln); fy -= 10
        c.setFont(F, 7); c.drawCentredString(W_ / 2, 25, f"{doc['sup_name']} — {w['page']} {pg+1}/{npages}")
        c.showPage()
    c.save()
    doc["boxes"] = boxes; doc["pagesize"] = ps

# --------------------------------------------------------------------------- fpdf2 renderer: old ERP / dot-matrix look (Latin only)
def render_fpdf(doc, path):
    from fpdf import FPDF
    lang = doc["lang"]; w = words(doc); sup = supinfo(doc)
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 20)
    uni = lang == "pl"
    if uni:
        pdf.add_font("djm", "", DJVM); fam = "djm"
    else:
        fam = "courier"
    def T(s):
        s = str(s).replace("€", "EUR").replace("\u2014", "-").replace("’", "'")
        return s
    pdf.set_creator("LIBRA-ERP 4.2 (fpdf)")
    pdf.add_page(); pdf.set_font(fam, "", 9)
    pdf.set_font(fam, "B" if not uni else "", 14); pdf.cell(0, 8, T(doc["sup_name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8.5)
    for ln in doc["sup_addr"] + [f"Tel {sup['tel']}", sup.get("taxid", "")]:
        pdf.cell(0, 4, T(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4); pdf.set_font(fam, "B" if not uni else "", 13)
    pdf.cell(0, 8, T(title_of(doc)) + "  " + T(doc["number"]), border="TB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 9); pdf.ln(2)
    pdf.cell(25, 5, T(w["date"] + ":")); pdf.cell(60, 5, T(doc["s"]["date"]), new_x="LMARGIN", new_y="NEXT")
    if doc["doc_type"] in ("invoice", "tax_invoice"):
        pdf.cell(25, 5, T(w["due"] + ":")); pdf.cell(60, 5, T(fmt_date(doc["due"], doc["datestyle"])), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3); pdf.cell(0, 5, T(w["billto"] + ":"), new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, T(doc["s"]["buyer"]), new_x="LMARGIN", new_y="NEXT")
    for ln in doc["buyer"]["addr"]: pdf.cell(0, 4.5, T(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    priced = doc["doc_type"] != "packing_list"
    widths = [22, 78, 16, 14, 30, 30] if priced else [30, 110, 25, 25]
    hd = [w["sku"], w["desc"], w["qty"], w["unit"]] + ([w["price"], w["amount"]] if priced else [])
    def header():
        for j, t in enumerate(hd): pdf.cell(widths[j], 6, T(t)[:14 if j != 1 else 40], border="B", align="R" if j in (2, 4, 5) else "L")
        pdf.ln()
    header()
    for i, it in enumerate(doc["items"]):
        if pdf.get_y() > 260: pdf.add_page(); header()
        vals = [it["sku"], it["name"][:40], doc["s"]["qty"][i], it["unit"]] + ([fmt_money(doc, it["price"]), fmt_money(doc, doc["p"]["amounts"][i])] if priced else [])
        for j, v in enumerate(vals): pdf.cell(widths[j], 5.5, T(v), align="R" if j in (2, 4, 5) else "L")
        pdf.ln()
    pdf.cell(sum(widths), 1, "", border="B", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    if priced:
        for a, v, t in summary_rows(doc):
            pdf.set_font(fam, "B" if (t and not uni) else "", 10 if t else 9)
            pdf.cell(sum(widths) - 45, 5.5, T(a) + ":", align="R"); pdf.cell(45, 5.5, T(v), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(fam, "", 8); pdf.ln(6)
    for ln in [doc.get("tax_note", ""), f"{w['pay']}: {sup['bank']}" if doc["doc_type"] != "packing_list" else "", sup.get("hrb", ""), sup.get("kvk", "")]:
        if ln: pdf.multi_cell(0, 4, T(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)

# --------------------------------------------------------------------------- LibreOffice Calc (flat ODS XML) and Word (python-docx)
def fods_doc(doc):
    lang = doc["lang"]; w = words(doc); sup = supinfo(doc)
    font = "WenQuanYi Micro Hei" if lang in ("ja", "zh") else R.choice(["DejaVu Sans", "Nimbus Sans", "Nimbus Roman"])
    rows = []
    def cell(v, st="n", span=1):
        v = esc(v)
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell table:style-name="{st}"{sp} office:value-type="string"><text:p>{v}</text:p></table:table-cell>' + ('<table:covered-table-cell/>' * (span - 1))
    def row(*cells): rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    row(cell(title_of(doc), "title", 6))
    row(cell(""))
    row(cell(doc["s"]["buyer"] + (" 御中" if lang == "ja" else ""), "b", 3), cell(doc["sup_name"], "b", 3))
    for a, b in zip(doc["buyer"]["addr"] + [""] * 4, doc["sup_addr"] + [f"TEL {sup['tel']}"] + ([sup["taxid"]] if sup.get("taxid") else []) + ([f"登録番号 {sup['tno']}"] if lang == "ja" else []) + [""]):
        if a or b: row(cell(a, "n", 3), cell(b, "n", 3))
    row(cell(""))
    row(cell(w["no"], "n", 2), cell(doc["number"], "n", 2))
    row(cell(w["date"], "n", 2), cell(doc["s"]["date"], "n", 2))
    if doc["doc_type"] in ("invoice", "tax_invoice"): row(cell(w["due"], "n", 2), cell(fmt_date(doc["due"], doc["datestyle"]), "n", 2))
    row(cell(""))
    priced = doc["doc_type"] != "packing_list"
    hd = [w["sku"], w["desc"], w["qty"], w["unit"]] + ([w["price"], w["amount"]] if priced else [])
    row(*[cell(h, "hd") for h in hd])
    for i, it in enumerate(doc["items"]):
        vals = [it["sku"], it["name"] + (" ※" if lang == "ja" and it["rate"] == D("0.08") else ""), doc["s"]["qty"][i], it["unit"]] + ([fmt_money(doc, it["price"]), fmt_money(doc, doc["p"]["amounts"][i])] if priced else [])
        row(*[cell(v, "gr" if j in (2, 4, 5) else "g") for j, v in enumerate(vals)])
    if priced:
        for a, v, t in summary_rows(doc):
            row(cell(""), cell(""), cell(""), cell(a, "tb" if t else "n", 2), cell(v, "tbr" if t else "gr"))
    row(cell(""))
    for ln in [doc.get("tax_note", ""), f"{w['pay']}: {sup['bank']}" if priced else ""]:
        if ln: row(cell(ln, "n", 6))
    cols = '<table:table-column table:style-name="c1"/><table:table-column table:style-name="c2"/>' + '<table:table-column table:style-name="c3"/>' * 2 + '<table:table-column table:style-name="c4"/>' * 2
    bd = 'fo:border="0.5pt solid #000000"'
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="c1" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
<style:style style:name="c2" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
<style:style style:name="c3" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
<style:style style:name="c4" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
<style:style style:name="n" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:table-cell-properties fo:background-color="#dde5ee"/><style:paragraph-properties fo:text-align="center"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="18pt" fo:font-weight="bold"/></style:style>
<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties {bd} fo:background-color="#eeeeee"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="g" style:family="table-cell"><style:table-cell-properties {bd}/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt"/></style:style>
<style:style style:name="gr" style:family="table-cell"><style:table-cell-properties {bd}/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt"/></style:style>
<style:style style:name="tb" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
<style:style style:name="tbr" style:family="table-cell"><style:table-cell-properties fo:border="1.2pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="10.5pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{esc(doc['number'])}">{cols}{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>'''

def docx_doc(doc, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    lang = doc["lang"]; w = words(doc); sup = supinfo(doc)
    d = docx.Document()
    st = d.styles["Normal"]; st.font.size = Pt(9.5)
    fn = R.choice(["DejaVu Sans", "Nimbus Roman", "DejaVu Serif"])
    st.font.name = fn; st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    p = d.add_paragraph(); r = p.add_run(doc["sup_name"]); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph(" · ".join(doc["sup_addr"]) + f" · Tel {sup['tel']}" + (f" · {sup['taxid']}" if sup.get("taxid") else "") + (f"\n登録番号 {sup['tno']}" if lang == "ja" else ""))
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(title_of(doc)); r.bold = True; r.font.size = Pt(18)
    t = d.add_table(rows=1, cols=2)
    left = t.rows[0].cells[0]; right = t.rows[0].cells[1]
    left.paragraphs[0].add_run(doc["s"]["buyer"] + (" 御中" if lang == "ja" else "")).bold = True
    for ln in doc["buyer"]["addr"]: left.add_paragraph(ln)
    right.paragraphs[0].add_run(f"{w['no']}: {doc['number']}")
    right.add_paragraph(f"{w['date']}: {doc['s']['date']}")
    if doc["doc_type"] in ("invoice", "tax_invoice"): right.add_paragraph(f"{w['due']}: {fmt_date(doc['due'], doc['datestyle'])}")
    d.add_paragraph()
    if doc["doc_type"] == "other" and doc.get("letter"):
        for para in doc["letter"]: d.add_paragraph(para)
        d.save(path); return
    priced = doc["doc_type"] != "packing_list"
    hd = [w["sku"], w["desc"], w["qty"], w["unit"]] + ([w["price"], w["amount"]] if priced else [])
    tb = d.add_table(rows=1, cols=len(hd)); tb.style = "Table Grid"
    for j, h in enumerate(hd): tb.rows[0].cells[j].paragraphs[0].add_run(h).bold = True
    for i, it in enumerate(doc["items"]):
        vals = [it["sku"], it["name"] + (" ※" if lang == "ja" and it["rate"] == D("0.08") else ""), doc["s"]["qty"][i], it["unit"]] + ([fmt_money(doc, it["price"]), fmt_money(doc, doc["p"]["amounts"][i])] if priced else [])
        cells = tb.add_row().cells
        for j, v in enumerate(vals):
            cells[j].text = v
            if j in (2, 4, 5): cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if priced:
        d.add_paragraph()
        st_ = d.add_table(rows=0, cols=2)
        for a, v, tt in summary_rows(doc):
            c = st_.add_row().cells; ra = c[0].paragraphs[0].add_run(a); rb = c[1].paragraphs[0].add_run(v)
            c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if tt: ra.bold = rb.bold = True
    d.add_paragraph()
    for ln in [doc.get("tax_note", ""), f"{w['pay']}: {sup['bank']}" if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") else "", w["thanks"]]:
        if ln: d.add_paragraph(ln)
    d.save(path)

def soffice_convert(paths, outdir):
    if not paths: return
    subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# --------------------------------------------------------------------------- special layouts (JP receipt, CN fapiao) via ReportLab
def render_jp_receipt(doc, path):
    from reportlab.pdfgen import canvas
    rl_fonts()
    W_, H_ = 595, 300  # A4 landscape-ish slip (receipt book size)
    sup = supinfo(doc)
    c = canvas.Canvas(path, pagesize=(W_, H_))
    c.setFont("WQY", 22); c.drawCentredString(W_ / 2, H_ - 45, "領　収　書")
    c.setFont("WQY", 9); c.drawRightString(W_ - 30, H_ - 30, f"No. {doc['number']}")
    c.drawRightString(W_ - 30, H_ - 44, doc["s"]["date"])
    bx = (W_ - 30 - c.stringWidth(doc["s"]["date"], "WQY", 9), 30, W_ - 30, 44 + 2)
    c.setFont("WQY", 13); c.drawString(40, H_ - 85, doc["s"]["buyer"]); c.drawString(40 + c.stringWidth(doc["s"]["buyer"], "WQY", 13) + 6, H_ - 85, "様")
    bb = (40, 85 - 2 + 0, 40 + c.stringWidth(doc["s"]["buyer"], "WQY", 13), 85 + 13)
    c.line(40, H_ - 89, 330, H_ - 89)
    c.setFillColorRGB(.93, .93, .93); c.rect(90, H_ - 140, 360, 34, stroke=1, fill=1); c.setFillColorRGB(0, 0, 0)
    c.setFont("WQY", 20); c.drawCentredString(270, H_ - 130, doc["s"]["total"])
    tw = c.stringWidth(doc["s"]["total"], "WQY", 20)
    c.setFont("WQY", 10)
    c.drawString(60, H_ - 165, "但し　" + random.Random(doc["number"]).choice(["アウトドア用品代として", "商品代として", "キャンプ用品代金として"]))
    c.drawString(60, H_ - 180, "上記正に領収いたしました。")
    p = doc["p"]; y = H_ - 210; c.setFont("WQY", 8.5)
    c.drawString(60, y, "内訳"); y -= 12
    for r, t in p["taxes"].items():
        c.drawString(60, y, f"{int(r*100)}%対象 {fmt_money(doc, doc['bases'][r] + t)}（内消費税 {fmt_money(doc, t)}）"); y -= 11
    c.drawString(60, y - 4, f"登録番号 {sup['tno']}")
    c.rect(470, H_ - 150, 80, 70)
    c.setFont("WQY", 7); c.drawCentredString(510, H_ - 100, "収入印紙" if p["total"] >= 50000 else "")
    if p["total"] >= 50000:
        c.setFillColorRGB(.85, .92, .85); c.rect(480, H_ - 145, 60, 40, stroke=0, fill=1); c.setFillColorRGB(.2, .4, .2)
        c.setFont("WQY", 9); c.drawCentredString(510, H_ - 130, "200円"); c.setFillColorRGB(0, 0, 0)
    c.setFont("WQY", 11); c.drawString(330, 60, doc["sup_name"])
    c.setFont("WQY", 8); c.drawString(330, 46, " ".join(doc["sup_addr"]))
    c.drawString(330, 34, f"TEL {sup['tel']}")
    c.setStrokeColorRGB(.8, .1, .1); c.setFillColorRGB(.8, .1, .1); c.circle(545, 55, 20); c.setFont("WQY", 7)
    nm = doc["sup_name"].replace("株式会社", "").replace("有限会社", "").replace("合同会社", "")
    c.drawCentredString(545, 58, nm[:3]); c.drawCentredString(545, 49, nm[3:6])
    c.showPage(); c.save()
    doc["boxes"] = dict(qty=[], rows=[])
    doc["pagesize"] = (W_, H_)

def render_fapiao(doc, path):
    from reportlab.pdfgen import canvas
    rl_fonts()
    W_, H_ = 640, 400
    sup = supinfo(doc); b = doc["buyer"]
    c = canvas.Canvas(path, pagesize=(W_, H_)); br = (0.55, 0.35, 0.15); R = random.Random(doc["number"])
    c.setFillColorRGB(*br); c.setStrokeColorRGB(*br)
    c.setFont("WQY", 18); c.drawCentredString(W_ / 2, H_ - 40, "浙江增值税专用发票" if doc["sup_key"] == "ningbo" else "福建增值税专用发票")
    c.line(W_ / 2 - 110, H_ - 46, W_ / 2 + 110, H_ - 46); c.line(W_ / 2 - 110, H_ - 49, W_ / 2 + 110, H_ - 49)
    c.setFont("WQY", 8); c.drawCentredString(W_ / 2, H_ - 62, "此联不作报销、扣税凭证使用")
    c.drawString(W_ - 200, H_ - 30, "发票代码"); c.drawString(W_ - 200, H_ - 42, "发票号码"); c.drawString(W_ - 200, H_ - 54, "开票日期")
    c.setFillColorRGB(0, 0, .3)
    c.drawString(W_ - 150, H_ - 30, "33" + str(R.randint(10**8, 10**9 - 1))); c.drawString(W_ - 150, H_ - 42, doc["number"]); c.drawString(W_ - 150, H_ - 54, doc["s"]["date"])
    dbox = (W_ - 150, 54 - 8, W_ - 150 + c.stringWidth(doc["s"]["date"], "WQY", 8), 54 + 2)
    c.setFillColorRGB(*br)
    x0, x1 = 30, W_ - 30
    c.rect(x0, 60, x1 - x0, H_ - 130)
    top = H_ - 70
    # buyer block
    c.line(x0, top - 60, x1, top - 60); c.line(x0 + 20, top, x0 + 20, top - 60)
    c.setFont("WQY", 8)
    for k, t in enumerate("购买方"): c.drawString(x0 + 6, top - 16 - k * 14, t)
    labels = ["名　　称：", "纳税人识别号：", "地址、电话：", "开户行及账号："]
    vals = [doc["s"]["buyer"], b.get("taxid", ""), " ".join(b["addr"]) + " " + b.get("tel", ""), ""]
    for k, (a, v) in enumerate(zip(labels, vals)):
        c.setFillColorRGB(*br); c.drawString(x0 + 26, top - 12 - k * 13, a); c.setFillColorRGB(0, 0, .3); c.drawString(x0 + 90, top - 12 - k * 13, v)
    bbox = (x0 + 90, 70 + 12 - 8, x0 + 90 + c.stringWidth(doc["s"]["buyer"], "WQY", 8), 70 + 12 + 2)
    c.setFillColorRGB(*br); c.line(x1 - 200, top, x1 - 200, top - 60); c.drawString(x1 - 194, top - 14, "密码区")
    c.setFont("Courier", 7); c.setFillColorRGB(0, 0, .3)
    for k in range(4): c.drawString(x1 - 170, top - 14 - k * 12, "".join(R.choice("0123456789+-*/<>") for _ in range(30)))
    # items
    c.setFillColorRGB(*br); c.setFont("WQY", 8)
    cols = [x0, x0 + 170, x0 + 240, x0 + 270, x0 + 320, x0 + 390, x0 + 470, x0 + 510, x1]
    hdr = ["货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    yh = top - 74
    for j, h in enumerate(hdr): c.drawCentredString((cols[j] + cols[j + 1]) / 2, yh, h)
    for xx in cols[1:-1]: c.line(xx, top - 60, xx, 60 + 60)
    y = yh - 14; c.setFillColorRGB(0, 0, .3)
    qboxes = []
    for i, it in enumerate(doc["items"]):
        tax = rnd(doc["p"]["amounts"][i] * it["rate"], 2)
        vals = ["*户外用品*" + it["name"], it["sku"], it["unit"], doc["s"]["qty"][i], fmt_num(it["price"], "en", 2), fmt_num(doc["p"]["amounts"][i], "en", 2), f"{int(it['rate']*100)}%", fmt_num(tax, "en", 2)]
        for j, v in enumerate(vals):
            if j >= 3: c.drawRightString(cols[j + 1] - 3, y, v)
            else: c.drawString(cols[j] + 3, y, v)
        qboxes.append((0, cols[3] + 1, H_ - y - 10, cols[4] - 1, H_ - y + 3))
        y -= 12
    c.setFillColorRGB(*br); c.line(x0, 60 + 60, x1, 60 + 60)
    c.drawCentredString((cols[0] + cols[1]) / 2, 60 + 66, "合　　计")
    c.setFillColorRGB(0, 0, .3)
    c.drawRightString(cols[6] - 3, 126, "¥" + fmt_num(doc["p"]["sub"], "en", 2)); c.drawRightString(cols[8] - 3, 126, "¥" + fmt_num(sum(doc["p"]["taxes"].values()), "en", 2))
    c.setFillColorRGB(*br); c.line(x0, 60 + 40, x1, 60 + 40)
    c.drawString(x0 + 6, 60 + 26, "价税合计（大写）"); c.setFillColorRGB(0, 0, .3); c.drawString(x0 + 100, 86, cn_upper(doc["p"]["total"]))
    c.setFillColorRGB(*br); c.drawString(x1 - 170, 86, "（小写）"); c.setFillColorRGB(0, 0, .3); c.setFont("WQY", 9); c.drawString(x1 - 130, 86, doc["s"]["total"])
    tbox = (x1 - 130, 86 - 9, x1 - 130 + c.stringWidth(doc["s"]["total"], "WQY", 9), 86 + 2)
    c.setFont("WQY", 8)
    for k, (a, v) in enumerate(zip(["名　　称：", "纳税人识别号：", "地址、电话：", "开户行及账号："], [doc["sup_name"], sup["taxid"], doc["sup_addr"][0] + " " + sup["tel"], sup["bank"]])):
        c.setFillColorRGB(*br); c.drawString(x0 + 26, 48 - k * 11 + 0, a) if False else None
    c.setFillColorRGB(*br); c.rect(x0, 10, x1 - x0, 50)
    for k, t in enumerate("销售方"): c.drawString(x0 + 6, 48 - k * 13, t)
    for k, (a, v) in enumerate(zip(["名　　称：", "纳税人识别号：", "地址、电话：", "开户行及账号："], [doc["sup_name"], sup["taxid"], doc["sup_addr"][0] + " " + sup["tel"], sup["bank"]])):
        c.setFillColorRGB(*br); c.drawString(x0 + 26, 50 - k * 11, a); c.setFillColorRGB(0, 0, .3); c.drawString(x0 + 90, 50 - k * 11, v)
    c.setStrokeColorRGB(.85, .1, .1); c.setFillColorRGB(.85, .1, .1); c.ellipse(x1 - 120, 12, x1 - 20, 58)
    c.setFont("WQY", 6); c.drawCentredString(x1 - 70, 40, doc["sup_name"][:8]); c.drawCentredString(x1 - 70, 30, sup["taxid"]); c.drawCentredString(x1 - 70, 20, "发票专用章")
    c.showPage(); c.save()
    doc["boxes"] = dict(qty=qboxes, rows=[])
    doc["pagesize"] = (W_, H_)

# --------------------------------------------------------------------------- extra parties
OTHER_ZH = dict(name="宁波港通进出口贸易有限公司", addr=["浙江省宁波市北仑区新碶街道明州路318号"], tel="0574-5550-6633", taxid="91330206MA2CJ47T1X")
SUP["nro"] = dict(lang="ja", name=OURS_JA["name"], addr=OURS_JA["addr"], tel=OURS_JA["tel"], fax="011-555-0149", tno=tnum(), bank="")
SUP["nro_en"] = dict(lang="en", name=OURS_EN["name"], addr=OURS_EN["addr"], tel=OURS_EN["tel"], bank="", taxid="Corporate No. 8430001077215")

LETTERS = {
 "ja": ["拝啓　時下ますますご清栄のこととお慶び申し上げます。",
        "弊社は貴社に対し、下記ブランド製品（テント、寝袋、トレッキングポール等）を継続的に卸売販売していることを証明いたします。",
        "取引開始：2023年4月　主な納品先：北海道札幌市中央区 貴社倉庫",
        "本書はAmazon出品に関する仕入先確認の目的で発行するものです。", "敬具"],
 "en": ["Dear Sir or Madam,",
        "We confirm that North Ridge Outfitters K.K. has purchased camping and hiking products from our company on a regular basis since 2024, and is an authorized reseller of our products in Japan and the United States.",
        "This letter is issued at the request of our customer for marketplace verification purposes. It is not an invoice and does not request payment.",
        "Sincerely,", "Sales Department"],
}

# --------------------------------------------------------------------------- PDF helpers
def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)

def locate(pdf, text):
    """all occurrences of text: list of (page, x0, top, x1, bottom) in points, origin top-left"""
    import pypdfium2 as pdfium
    out = []
    d = pdfium.PdfDocument(pdf)
    for pi in range(len(d)):
        pg = d[pi]; H = pg.get_height(); tp = pg.get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            r = s.get_next()
            if not r: break
            i, n = r
            k = tp.count_rects(i, n)
            rs = [tp.get_rect(j) for j in range(k)]
            if not rs: continue
            l = min(x[0] for x in rs); b = min(x[1] for x in rs); rr = max(x[2] for x in rs); t = max(x[3] for x in rs)
            out.append((pi, l, H - t, rr, H - b))
    d.close()
    return out

def render_pdf_images(pdf, dpi):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf); imgs = []
    for i in range(len(d)):
        imgs.append(d[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    d.close()
    return imgs

# --------------------------------------------------------------------------- capture simulations
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageOps

def scan_page(img, rng, p):
    """p: dict(angle, f, noise, tint, gray) -> degraded image"""
    W0, H0 = img.size
    if p["gray"]: img = img.convert("L").convert("RGB")
    img = img.rotate(p["angle"], resample=Image.BICUBIC, expand=False, fillcolor=(248, 248, 246))
    a = np.asarray(img).astype(np.float32)
    a = a * np.array(p["tint"], dtype=np.float32)
    a += np.random.default_rng(p["seed"]).normal(0, p["noise"], a.shape[:2])[..., None]
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(p["blur"]))
    img = img.resize((int(W0 * p["f"]), int(H0 * p["f"])), Image.LANCZOS)
    return img

def map_pt(p, x, y):
    """point in page points (top-left origin) -> pixel in the scanned image"""
    s = p["dpi"] / 72; W0, H0 = p["size"]
    px, py = x * s, y * s; cx, cy = W0 / 2, H0 / 2
    th = math.radians(p["angle"]); dx, dy = px - cx, py - cy
    nx = cx + dx * math.cos(th) + dy * math.sin(th); ny = cy - dx * math.sin(th) + dy * math.cos(th)
    return nx * p["f"], ny * p["f"]

def fax_page(img, rng, p, header):
    W0, H0 = img.size
    g = img.convert("L").rotate(p["angle"], resample=Image.BILINEAR, expand=False, fillcolor=255)
    a = np.asarray(g).astype(np.float32)
    a += np.random.default_rng(p["seed"]).normal(0, 22, a.shape)
    b = (a > 150).astype(np.uint8) * 255
    # speckles and a few drop-out lines
    rr = np.random.default_rng(p["seed"] + 1)
    sp = rr.random(b.shape) < 0.0009; b[sp] = 0
    for _ in range(rr.integers(0, 3)):
        yy = int(rr.integers(50, b.shape[0] - 5)); b[yy:yy + 1, :] = np.where(rr.random(b.shape[1]) < 0.6, 255, b[yy])
    im = Image.fromarray(b).convert("L")
    dr = ImageDraw.Draw(im)
    fnt = ImageFont.truetype(WQY, max(10, int(p["dpi"] / 72 * 7)), index=0)
    dr.rectangle([0, 0, W0, int(p["dpi"] / 72 * 11)], fill=255)
    dr.text((int(p["dpi"] / 72 * 20), 2), header, font=fnt, fill=0)
    im = im.resize((int(W0 * p["f"]), int(H0 * p["f"])), Image.NEAREST)
    return im.convert("1", dither=Image.NONE)

def photo_page(img, rng, p):
    import cv2
    W0, H0 = img.size
    cw, ch = int(W0 * 1.35), int(H0 * 1.2)
    bgc = np.array(rng.choice([(118, 112, 104), (86, 90, 94), (140, 120, 96), (60, 64, 70)]), dtype=np.float32)
    r2 = np.random.default_rng(p["seed"])
    bg = np.ones((ch, cw, 3), np.float32) * bgc + r2.normal(0, 9, (ch, cw, 1))
    src = np.float32([[0, 0], [W0, 0], [W0, H0], [0, H0]])
    mx, my = (cw - W0) / 2, (ch - H0) / 2
    j = lambda: rng.uniform(-0.10, 0.10) * W0
    dst = np.float32([[mx + j(), my + j() * .6], [mx + W0 + j(), my + j() * .6], [mx + W0 + j() * .5, my + H0 + j() * .4], [mx + j() * .5, my + H0 + j() * .4]])
    M = cv2.getPerspectiveTransform(src, dst)
    paper = np.asarray(img).astype(np.float32)
    warped = cv2.warpPerspective(paper, M, (cw, ch), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.ones((H0, W0), np.float32), M, (cw, ch))
    out = bg * (1 - mask[..., None]) + warped * mask[..., None]
    # uneven light: linear gradient + soft shadow blob
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    ang = rng.uniform(0, 2 * math.pi)
    grad = 0.72 + 0.28 * ((np.cos(ang) * xx / cw + np.sin(ang) * yy / ch) + 1) / 2
    sx, sy = rng.uniform(0.2, 0.8) * cw, rng.uniform(0.2, 0.8) * ch
    shadow = 1 - 0.25 * np.exp(-(((xx - sx) / (cw * 0.25)) ** 2 + ((yy - sy) / (ch * 0.35)) ** 2))
    out = out * (grad * shadow)[..., None] * np.array([1.0, 0.98, 0.93], np.float32)
    out += r2.normal(0, 4, out.shape)
    im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.8))
    return im

def capture(doc, base_pdf, mode, fmt, seed, out_path):
    """produce a scan/fax/photo file from base_pdf; returns (pages, capture params)"""
    rng = random.Random(seed)
    if mode == "fax":
        dpi = rng.choice([100, 150, 200])
    elif mode == "photo":
        dpi = rng.choice([110, 130])
    else:
        dpi = rng.choice([150, 200, 200, 300])
    imgs = render_pdf_images(base_pdf, dpi)
    outs = []; params = []
    for k, img in enumerate(imgs):
        p = dict(dpi=dpi, size=img.size, angle=rng.uniform(-1.5, 1.5), f=rng.choice([1.0, 0.85, 0.75]) if dpi >= 200 else 1.0,
                 noise=rng.uniform(3, 9), tint=rng.choice([(1, 1, 1), (0.98, 0.97, 0.93), (0.96, 0.96, 0.97)]),
                 gray=rng.random() < 0.4, blur=rng.uniform(0.3, 0.9), seed=seed * 10 + k)
        if mode == "scan":
            outs.append(scan_page(img, rng, p))
        elif mode == "fax":
            sup = supinfo(doc)
            t = doc["date"] + dt.timedelta(days=rng.choice([0, 0, 1, 3]))
            hdr = f"{t.strftime('%Y/%m/%d')} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}    FROM: {sup.get('fax', sup['tel'])}  {doc['sup_name'][:20]}    P.{k+1:03d}/{len(imgs):03d}"
            outs.append(fax_page(img, rng, p, hdr))
        else:
            outs.append(photo_page(img, rng, p))
        params.append(p)
    if fmt in ("jpg", "jpeg"):
        outs[0].convert("RGB").save(out_path, "JPEG", quality=rng.choice([62, 70, 78, 85]), dpi=(int(dpi * params[0]["f"]),) * 2)
    elif fmt == "png":
        outs[0].save(out_path, "PNG", dpi=(int(dpi * params[0]["f"]),) * 2)
    elif fmt == "tif":
        if mode == "fax":
            outs[0].save(out_path, "TIFF", compression="group4", save_all=True, append_images=outs[1:], dpi=(dpi, dpi))
        else:
            outs[0].save(out_path, "TIFF", compression="tiff_lzw", save_all=True, append_images=outs[1:], dpi=(dpi, dpi))
    elif fmt == "pdf":
        rgb = [o.convert("RGB") if mode != "fax" else o for o in outs]
        rgb[0].save(out_path, "PDF", resolution=dpi * params[0]["f"], save_all=True, append_images=rgb[1:])
    n = len(outs) if fmt in ("tif", "pdf") else 1
    return n, params

# --------------------------------------------------------------------------- edits
def pdf_str_bytes(s):
    try:
        return s.encode("cp1252")
    except UnicodeEncodeError:
        return s.encode("latin-1", "replace")

def edit_pikepdf_replace(src, dst, pairs):
    import pikepdf
    pdf = pikepdf.open(src); n = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page); new = []
        for operands, op in ops:
            if str(op) == "Tj" and operands:
                b = bytes(operands[0])
                for old, nw in pairs:
                    if b == pdf_str_bytes(old):
                        operands = [pikepdf.String(pdf_str_bytes(nw))]; n += 1
            new.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new))
    pdf.save(dst)
    return n

def pdf_escape(b):
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def edit_pypdf_incremental(src, dst, pairs):
    import pypdf
    from pypdf.generic import ArrayObject
    wr = pypdf.PdfWriter(src, incremental=True); n = 0
    for page in wr.pages:
        cont = page["/Contents"]
        objs = [x.get_object() for x in cont] if isinstance(cont.get_object(), ArrayObject) else [cont.get_object()]
        for o in objs:
            data = o.get_data(); nd = data
            for old, nw in pairs:
                ob = b"(" + pdf_escape(pdf_str_bytes(old)) + b")"; nb = b"(" + pdf_escape(pdf_str_bytes(nw)) + b")"
                n += nd.count(ob); nd = nd.replace(ob, nb)
            if nd != data:
                from pypdf.generic import NameObject
                if "/DecodeParms" in o: del o["/DecodeParms"]
                o[NameObject("/Filter")] = NameObject("/FlateDecode")
                o.set_data(nd)
    wr.write(dst)
    return n

def rewrite_pikepdf(src, dst):
    import pikepdf
    with pikepdf.open(src) as pdf:
        pdf.save(dst, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)

def edit_overlay(src, dst, targets, rasterize=False):
    """targets: list of (page, x0, top, x1, bottom, newtext, align)"""
    import pypdf
    from reportlab.pdfgen import canvas
    rl_fonts()
    rd = pypdf.PdfReader(src); wr = pypdf.PdfWriter(clone_from=rd)
    for pi, page in enumerate(wr.pages):
        tg = [t for t in targets if t[0] == pi]
        if not tg: continue
        pw, ph = float(page.mediabox.width), float(page.mediabox.height)
        buf = io.BytesIO(); c = canvas.Canvas(buf, pagesize=(pw, ph))
        for (_, x0, top, x1, bot, txt, al) in tg:
            h = bot - top
            c.setFillColorRGB(1, 1, 1); c.rect(x0 - 1.5, ph - bot - 1.5, (x1 - x0) + 3, h + 3, stroke=0, fill=1)
            font = "Helvetica" if all(ord(ch) < 256 or ch == "€" for ch in txt) else "WQY"
            fs = h * (1.18 if font == "Helvetica" else 1.0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, fs)
            if al == "r": c.drawRightString(x1, ph - bot + h * 0.18, txt)
            else: c.drawString(x0, ph - bot + h * 0.18, txt)
        c.save(); buf.seek(0)
        page.merge_page(pypdf.PdfReader(buf).pages[0])
    wr.write(dst)
    if rasterize:
        imgs = render_pdf_images(dst, 150)
        imgs[0].save(dst, "PDF", resolution=150, save_all=True, append_images=imgs[1:])

def edit_image_paste(src, dst, boxes_px, texts, fmt):
    im = Image.open(src); mode = im.mode; im = im.convert("RGB")
    a = np.asarray(im)
    dr = ImageDraw.Draw(im)
    for (x0, y0, x1, y1), txt in zip(boxes_px, texts):
        x0, y0, x1, y1 = int(x0) - 2, int(y0) - 2, int(x1) + 3, int(y1) + 3
        reg = a[max(0, y0 - 6):y1 + 6, max(0, x0 - 6):x1 + 6].reshape(-1, 3)
        bg = tuple(int(v) for v in np.percentile(reg, 92, axis=0))
        ink = tuple(int(v) for v in np.percentile(reg, 3, axis=0))
        fontp = WQY if any(ord(ch) > 0x2000 and ch != "€" for ch in txt) else DJV
        h = y1 - y0
        fnt = ImageFont.truetype(fontp, max(8, int(h * 0.78)), index=0) if fontp == WQY else ImageFont.truetype(fontp, max(8, int(h * 0.78)))
        tw = dr.textlength(txt, font=fnt)
        dr.rectangle([x0, y0, max(x1, x0 + tw + 2), y1], fill=bg)
        dr.text((x1 - tw if texts and txt[:1].isdigit() or txt[:1] in "¥$€" else x0, y0 + 1), txt, font=fnt, fill=ink)
    if fmt == "jpg":
        im.save(dst, "JPEG", quality=92)
    else:
        (im.convert("L") if mode in ("L", "1") else im).save(dst, "PNG")

def edit_image_clone(src, dst, pairs_px, fmt):
    im = Image.open(src); mode = im.mode; im = im.convert("RGB")
    for (sx0, sy0, sx1, sy1), (dx0, dy0) in pairs_px:
        patch = im.crop((int(sx0), int(sy0), int(sx1), int(sy1)))
        im.paste(patch, (int(dx0), int(dy0)))
    if fmt == "jpg":
        im.save(dst, "JPEG", quality=88)
    else:
        (im.convert("L") if mode in ("L", "1") else im).save(dst, "PNG")

# --------------------------------------------------------------------------- plan of genuine files
# (producer, supplier, doc_type, kind, options)
def plan():
    P = []
    def add(prod, sup, dtp, kind=None, **kw): P.append(dict(prod=prod, sup=sup, doc_type=dtp, kind=kind or dtp, **kw))
    jp = ["hokuto", "ishikari", "maruoka", "shirokuma", "taisetsu"]
    # --- Japanese wholesalers
    for i, (k, dtp) in enumerate([("tax_invoice", "tax_invoice"), ("tax_invoice", "tax_invoice"), ("tax_invoice", "tax_invoice"), ("invoice", "invoice"),
                                  ("invoice", "invoice"), ("dn_invoice", "invoice"), ("dn_invoice", "invoice"), ("quotation", "quotation")]):
        add("html_chromium", jp[i % 5], dtp, k, theme=R.choice(["jp_trad", "cloud"]))
    for i, (k, dtp) in enumerate([("tax_invoice", "tax_invoice"), ("tax_invoice", "tax_invoice"), ("invoice", "invoice"), ("dn_invoice", "invoice"),
                                  ("delivery_note", "delivery_note"), ("credit_note", "credit_note")]):
        add("html_weasyprint", jp[(i + 2) % 5], dtp, k, theme=R.choice(["jp_trad", "cloud"]))
    add("reportlab", "hokuto", "tax_invoice"); add("reportlab", "taisetsu", "tax_invoice", n_items=30); add("reportlab", "maruoka", "invoice")
    add("reportlab", "nro", "purchase_order", vendor="ishikari")
    for s in ["hokuto", "shirokuma", "ishikari", "taisetsu"]: add("jp_receipt", s, "receipt")
    add("libreoffice_calc", "maruoka", "invoice"); add("libreoffice_calc", "shirokuma", "tax_invoice", n_items=45)
    add("libreoffice_calc", "hokuto", "invoice", "dn_invoice"); add("libreoffice_calc", "taisetsu", "other", n_items=16)
    add("docx_libreoffice", "ishikari", "invoice"); add("docx_libreoffice", "shirokuma", "tax_invoice"); add("docx_libreoffice", "maruoka", "other", letter=True)
    for i in range(6): add("scan", jp[i % 5], R.choice(["tax_invoice", "invoice"]), base=R.choice(["reportlab", "html_weasyprint", "html_weasyprint"]), fmt=["jpg", "png", "pdf", "jpg", "pdf", "png"][i])
    for i in range(7): add("fax", jp[(i + 1) % 5], ["tax_invoice", "invoice", "invoice", "tax_invoice", "delivery_note", "tax_invoice", "invoice"][i], base=R.choice(["reportlab", "html_weasyprint"]), fmt=["tif", "pdf", "png", "tif", "pdf", "png", "pdf"][i])
    add("phone_photo", "hokuto", "receipt", base="jp_receipt", fmt="jpg"); add("phone_photo", "ishikari", "invoice", kind="dn_invoice", base="html_weasyprint", fmt="jpg")
    add("phone_photo", "taisetsu", "tax_invoice", base="reportlab", fmt="jpg"); add("phone_photo", "maruoka", "tax_invoice", base="html_weasyprint", fmt="jpg")
    add("scan", "shirokuma", "receipt", base="jp_receipt", fmt="png")
    # --- Chinese factories
    for s in ["ningbo", "xiamen", "ningbo", "xiamen"]: add("fapiao", s, "tax_invoice")
    add("html_chromium", "ningbo", "proforma", currency="USD", theme="cloud"); add("html_chromium", "xiamen", "invoice", currency="USD", theme="minimal")
    add("html_chromium", "fengling", "invoice", currency="USD", theme="cloud", n_items=34)
    add("html_weasyprint", "ningbo", "invoice", theme="cloud"); add("html_weasyprint", "xiamen", "packing_list", theme="cloud")
    add("libreoffice_calc", "ningbo", "invoice", currency="USD"); add("libreoffice_calc", "xiamen", "quotation")
    add("docx_libreoffice", "xiamen", "invoice", currency="USD")
    add("scan", "ningbo", "tax_invoice", base="fapiao", fmt="jpg"); add("scan", "xiamen", "tax_invoice", base="fapiao", fmt="png")
    add("fax", "ningbo", "invoice", base="html_weasyprint", fmt="pdf")
    add("phone_photo", "xiamen", "tax_invoice", base="fapiao", fmt="jpg")
    # --- English (US factories, TW/CN export documents)
    en = dict(lang="en")
    add("html_chromium", "cascade", "invoice", theme="minimal", **en); add("html_chromium", "ridgeback", "invoice", theme="minimal", **en)
    add("html_chromium", "fengling", "invoice", "commercial", theme="cloud", **en); add("html_chromium", "cascade", "receipt", theme="minimal", **en)
    add("html_weasyprint", "ningbo", "proforma", currency="USD", theme="cloud", **en); add("html_weasyprint", "ridgeback", "credit_note", theme="minimal", **en)
    add("html_weasyprint", "xiamen", "invoice", "commercial", currency="USD", theme="cloud", n_items=38, **en)
    for s in ["cascade", "ridgeback", "fengling"]: add("reportlab", s, "invoice", currency="USD", **en)
    add("reportlab", "cascade", "invoice", n_items=27, **en)
    add("reportlab", "nro_en", "purchase_order", vendor="fengling", currency="USD", **en); add("reportlab", "fengling", "packing_list", currency="USD", **en)
    for s in ["cascade", "ridgeback", "fengling"]: add("fpdf2", s, "invoice", currency="USD", **en)
    add("fpdf2", "ridgeback", "delivery_note", **en); add("fpdf2", "ningbo", "invoice", currency="USD", n_items=44, **en)
    add("libreoffice_calc", "fengling", "invoice", currency="USD", **en); add("libreoffice_calc", "cascade", "invoice", **en)
    add("docx_libreoffice", "ridgeback", "invoice", **en); add("docx_libreoffice", "cascade", "other", letter=True, **en)
    add("scan", "cascade", "invoice", base="reportlab", fmt="jpg", **en); add("scan", "fengling", "invoice", base="reportlab", fmt="png", currency="USD", **en)
    add("scan", "ridgeback", "invoice", base="fpdf2", fmt="pdf", **en); add("phone_photo", "cascade", "receipt", base="html_weasyprint", fmt="jpg", theme="minimal", **en)
    # --- German supplier
    add("html_chromium", "alpen", "invoice", theme="din"); add("html_chromium", "alpen", "invoice", theme="din", buyer="eu")
    add("html_weasyprint", "alpen", "credit_note", theme="din"); add("reportlab", "alpen", "invoice"); add("reportlab", "alpen", "proforma")
    add("fpdf2", "alpen", "invoice"); add("fpdf2", "alpen", "invoice", buyer="eu"); add("libreoffice_calc", "alpen", "quotation")
    add("docx_libreoffice", "alpen", "invoice"); add("scan", "alpen", "invoice", base="reportlab", fmt="jpg")
    add("html_weasyprint", "alpen", "invoice", "invoice", theme="din", lang="en", currency="EUR")
    # --- other European suppliers
    add("html_weasyprint", "annecy", "invoice", theme="din"); add("reportlab", "annecy", "invoice"); add("reportlab", "annecy", "credit_note")
    add("fpdf2", "annecy", "invoice"); add("docx_libreoffice", "annecy", "invoice")
    add("html_chromium", "biella", "invoice", theme="cloud"); add("reportlab", "biella", "invoice"); add("fpdf2", "biella", "invoice")
    add("libreoffice_calc", "biella", "invoice"); add("scan", "biella", "invoice", base="reportlab", fmt="png")
    add("html_weasyprint", "huesca", "invoice", theme="cloud"); add("reportlab", "huesca", "invoice"); add("fpdf2", "huesca", "invoice"); add("docx_libreoffice", "huesca", "proforma")
    add("html_chromium", "tatra", "invoice", theme="din"); add("reportlab", "tatra", "invoice"); add("fpdf2", "tatra", "invoice"); add("libreoffice_calc", "tatra", "invoice")
    add("html_weasyprint", "duinrand", "invoice", theme="minimal"); add("reportlab", "duinrand", "invoice"); add("fpdf2", "duinrand", "invoice"); add("scan", "duinrand", "invoice", base="fpdf2", fmt="jpg")
    return P

NONINV = ("packing_list", "purchase_order", "quotation", "delivery_note", "other")

def build_doc(sp):
    sup = sp["sup"]; lang = sp.get("lang") or SUP[sup]["lang"]
    buyer = None
    if sp.get("buyer") == "eu": buyer = OTHER_EU
    if sp["prod"] == "fapiao" or sp.get("base") == "fapiao": buyer = OTHER_ZH
    if sp.get("vendor"):
        v = SUP[sp["vendor"]]
        buyer = dict(name=v["name"] if lang == v["lang"] or v["lang"] != "zh" else v["name_en"], addr=v["addr"] if (lang == v["lang"] or v["lang"] != "zh") else v["addr_en"], tel=v["tel"])
    if buyer is None and lang in ("ja", "en") and sp["doc_type"] not in NONINV and R.random() < 0.15:
        buyer = R.choice(OTHER_JA if lang == "ja" else OTHER_EN)
    doc = make_doc(sup, sp["doc_type"], lang=lang, n_items=sp.get("n_items"), buyer=buyer, currency=sp.get("currency"), arith=sp.get("arith"), kind=sp["kind"])
    if sp.get("letter"):
        doc["letter"] = LETTERS["ja" if lang == "ja" else "en"]
    if sp["prod"] == "fpdf2" or sp.get("base") == "fpdf2":
        if doc["curstyle"] == "eur_suf": doc["curstyle"] = "code_pre"; make_strings(doc)
    if sp["prod"] == "jp_receipt" or sp.get("base") == "jp_receipt":
        doc["curstyle"] = "yen_dash"; make_strings(doc)
    if sp.get("vendor"):
        doc["sup_name"] = SUP[sup]["name"]
    return doc

def render_base(doc, prod, path, theme=None, lo_queue=None):
    """render into path (pdf). LibreOffice ones are queued."""
    if prod in ("html_chromium", "html_weasyprint"):
        render_html(doc, path, "chromium" if prod == "html_chromium" else "weasyprint", theme or "cloud")
    elif prod == "reportlab": render_reportlab(doc, path)
    elif prod == "fpdf2": render_fpdf(doc, path)
    elif prod == "jp_receipt": render_jp_receipt(doc, path)
    elif prod == "fapiao": render_fapiao(doc, path)
    elif prod == "libreoffice_calc":
        src = path[:-4] + ".fods"
        open(src, "w", encoding="utf-8").write(fods_doc(doc)); lo_queue.append(src)
    elif prod == "docx_libreoffice":
        src = path[:-4] + ".docx"; docx_doc(doc, src); lo_queue.append(src)
    else:
        raise ValueError(prod)

PRODNAME = dict(jp_receipt="reportlab", fapiao="reportlab")

def label_for(doc, sp, fname, pages, producer, **kw):
    dtp = doc["doc_type"]
    tot = None if dtp in ("packing_list", "other") else str(doc["p"]["total"].quantize(D(1) if doc["dec"] == 0 else D("0.01")))
    sup_name = doc["sup_name"]; buyer = doc["s"]["buyer"]
    if dtp == "purchase_order":  # issued by us to the vendor
        sup_name, buyer = doc["buyer"]["name"], doc["sup_name"]
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc["lang"],
               is_invoice=dtp not in NONINV, doc_type=dtp, date=doc["date"].isoformat(), total=tot,
               currency=None if tot is None else doc["currency"], supplier=sup_name, buyer=buyer, pages=pages,
               edit_before_capture=False, arithmetic_error=bool(doc.get("arith_error")))
    if doc.get("arith_error"): lab["arithmetic_error_detail"] = doc["arith_error"]
    lab.update(kw)
    return lab

# --------------------------------------------------------------------------- main
OUR_NAMES = {OURS_JA["name"], OURS_EN["name"], OURS_US["name"], OURS_ZH["name"]}

def new_value(doc, what, rng):
    if what == "total":
        f = D(rng.choice(["1.5", "2", "2.4", "3", "0.6", "1.8"]))
        nt = doc["p"]["total"] * f
        nt = (nt / 10).quantize(D(1)) * 10 if doc["dec"] == 0 else nt.quantize(D("0.01"))
        return doc["s"]["total"], fmt_money(doc, nt), nt
    if what == "date":
        nd = doc["date"] - dt.timedelta(days=rng.randint(45, 420))
        return doc["s"]["date"], fmt_date(nd, doc["datestyle"]), nd
    if what == "buyer":
        cur = doc["s"]["buyer"]
        if cur not in OUR_NAMES:
            nb = {"ja": OURS_JA, "zh": OURS_ZH}.get(doc["lang"], OURS_EN)["name"]
        elif cur == OURS_EN["name"]: nb = OURS_US["name"]
        elif cur == OURS_US["name"]: nb = OURS_EN["name"]
        else: nb = "株式会社ノースリッジ・アウトフィッターズ札幌"
        return cur, nb, nb
    raise ValueError(what)

def apply_label(lab, what, newv):
    if what == "total": lab["total"] = str(newv)
    elif what == "date": lab["date"] = newv.isoformat()
    elif what == "buyer":
        if lab["doc_type"] == "purchase_order": lab["supplier"] = newv
        else: lab["buyer"] = newv

def main():
    t0 = dt.datetime.now()
    for d in (OUT, TMP):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    specs = plan()
    cands = [i for i, s in enumerate(specs) if s["doc_type"] in ("invoice", "tax_invoice", "receipt") and s["prod"] not in ("phone_photo",)]
    for i, k in zip(R.sample(cands, 8), ["line", "sum", "tax", "total", "line", "tax", "total", "sum"]):
        specs[i]["arith"] = k
    items = []; lo_queue = []
    for n, sp in enumerate(specs):
        doc = build_doc(sp)
        bprod = sp.get("base") or sp["prod"]
        theme = sp.get("theme") or ("jp_trad" if doc["lang"] == "ja" and R.random() < .6 else ("minimal" if doc["lang"] == "en" else "cloud"))
        bp = os.path.join(TMP, f"g{n:03d}.pdf")
        try:
            render_base(doc, bprod, bp, theme, lo_queue)
        except Exception as e:
            print("RENDER FAIL", n, sp, repr(e)); continue
        items.append(dict(n=n, sp=sp, doc=doc, base=bp, bprod=bprod, theme=theme))
    print("rendered", len(items), "in", dt.datetime.now() - t0, "; LibreOffice queue", len(lo_queue), flush=True)
    soffice_convert(lo_queue, TMP)
    print("soffice done", dt.datetime.now() - t0, flush=True)
    labels = []
    for it in items:
        sp, doc, n = it["sp"], it["doc"], it["n"]
        if not os.path.exists(it["base"]):
            print("MISSING base", n, sp); it["bad"] = True; continue
        if sp["prod"] in ("scan", "fax", "phone_photo"):
            mode = {"scan": "scan", "fax": "fax", "phone_photo": "photo"}[sp["prod"]]
            fname = f"g{n:03d}.{sp['fmt']}"
            pages, params = capture(doc, it["base"], mode, sp["fmt"], 1000 + n, os.path.join(OUT, fname))
            it.update(fname=fname, params=params, mode=mode, fmt=sp["fmt"], pages=pages)
            lab = label_for(doc, sp, fname, pages, sp["prod"], base_producer=PRODNAME.get(it["bprod"], it["bprod"]), file_format=sp["fmt"])
        else:
            fname = f"g{n:03d}.pdf"; shutil.copy(it["base"], os.path.join(OUT, fname))
            pages = pdf_pages(it["base"])
            it.update(fname=fname, pages=pages, mode=None, fmt="pdf")
            lab = label_for(doc, sp, fname, pages, PRODNAME.get(sp["prod"], sp["prod"]), file_format="pdf",
                            layout=sp["prod"] if sp["prod"] in PRODNAME else it["theme"] if sp["prod"].startswith("html") else None)
        it["label"] = lab; labels.append(lab)
    print("genuine files", len(labels), dt.datetime.now() - t0, flush=True)

    # ---------------- edits
    rng = random.Random(4242)
    good = [it for it in items if not it.get("bad") and not it["doc"].get("arith_error")]
    core = [it for it in good if it["mode"] is None and it["sp"]["prod"] in ("reportlab", "fpdf2") and it["doc"]["lang"] not in ("ja", "zh", "pl")]
    digital = [it for it in good if it["mode"] is None]
    imgs = [it for it in good if it["mode"] in ("scan", "fax") and it["fmt"] in ("jpg", "png")]
    clones = [it for it in imgs if it["bprod"] in ("reportlab", "fapiao") and len(it["doc"]["boxes"]["qty"]) >= 2 and len(set(it["doc"]["s"]["qty"])) >= 2]
    caps = [it for it in good if it["mode"] is not None]
    used = set(); ecount = [0]
    def pick(pool):
        fresh = [x for x in pool if x["n"] not in used]
        x = rng.choice(fresh or pool); used.add(x["n"]); return x
    def fields(it, extra=()):
        f = ["date", "buyer"] + (["total"] if it["label"]["total"] else []) + list(extra)
        return f
    def add_edit(it, method, what, newv, ext, fname, bc=False, detail=None):
        lab = copy.deepcopy(it["label"]); lab.update(file=fname, genuine=False, edit_method=method, what_changed=[what], edit_before_capture=bc,
                                                     arithmetic_error=False, source_file=it["fname"], edit_detail=detail, file_format=ext)
        apply_label(lab, what, newv)
        labels.append(lab); ecount[0] += 1

    def do_text(method, k):
        done = 0; tries = 0
        while done < k and tries < 40:
            tries += 1; it = pick(core); doc = it["doc"]
            what = rng.choice(fields(it) + ["total"] * 2 if it["label"]["total"] else fields(it))
            old, new, nv = new_value(doc, what, rng)
            fname = f"e{ecount[0]:03d}.pdf"; dst = os.path.join(OUT, fname)
            try:
                if method == "pikepdf_text_replace":
                    cnt = edit_pikepdf_replace(it["base"], dst, [(old, new)])
                else:
                    tmp = os.path.join(TMP, fname)
                    cnt = edit_pypdf_incremental(it["base"], tmp if method.endswith("rewrite") else dst, [(old, new)])
                    if method.endswith("rewrite"): rewrite_pikepdf(tmp, dst)
            except Exception as e:
                print("edit fail", method, it["fname"], repr(e)); cnt = 0
            if cnt == 0 or not locate(dst, new):
                if os.path.exists(dst): os.remove(dst)
                continue
            add_edit(it, method, what, nv, "pdf", fname, detail=dict(old=old, new=new, occurrences=cnt)); done += 1
    do_text("pikepdf_text_replace", 8)
    do_text("pypdf_incremental_update", 6)
    do_text("pypdf_incremental+pikepdf_rewrite", 3)

    def do_overlay(k, rasterize=False, qty_only=False):
        done = 0; tries = 0
        while done < k and tries < 60:
            tries += 1
            pool = [x for x in digital if x["bprod"] == "reportlab" and len(x["doc"]["boxes"]["qty"]) >= 1] if qty_only else digital
            it = pick(pool); doc = it["doc"]
            if qty_only:
                i = rng.randrange(min(len(doc["items"]), 20)); old = doc["s"]["qty"][i]
                nq = str(int(old) * rng.choice([10, 3, 5, 2])); what = "quantity"
                pg, x0, t, x1, b = doc["boxes"]["qty"][i]
                hits = [h for h in locate(it["base"], old) if h[0] == pg and h[1] >= x0 - 2 and h[3] <= x1 + 2 and h[2] >= t - 2 and h[4] <= b + 2]
                if not hits: continue
                targets = [hits[0] + (nq, "r")]; detail = dict(old=old, new=nq, line=i + 1); nv = None
            else:
                what = rng.choice(fields(it) + (["total"] if it["label"]["total"] else []))
                old, new, nv = new_value(doc, what, rng)
                hits = locate(it["base"], old)
                if not hits: continue
                targets = [h + (new, "l" if what == "buyer" else "r") for h in hits]; detail = dict(old=old, new=new, occurrences=len(hits))
            fname = f"e{ecount[0]:03d}.pdf"; dst = os.path.join(OUT, fname)
            try:
                edit_overlay(it["base"], dst, targets, rasterize=rasterize)
            except Exception as e:
                print("overlay fail", it["fname"], repr(e)); continue
            add_edit(it, "overlay_whitebox_rasterized" if rasterize else "overlay_whitebox", what, nv, "pdf", fname, detail=detail); done += 1
    do_overlay(7); do_overlay(3, qty_only=True); do_overlay(3, rasterize=True)

    def px_box(p, box):
        _, x0, t, x1, b = box[:5]
        pts = [map_pt(p, x, y) for x, y in ((x0, t), (x1, t), (x0, b), (x1, b))]
        return (min(q[0] for q in pts), min(q[1] for q in pts), max(q[0] for q in pts), max(q[1] for q in pts))
    done = 0; tries = 0
    while done < 6 and tries < 40:
        tries += 1; it = pick(imgs); doc = it["doc"]
        what = rng.choice(fields(it) + (["total"] if it["label"]["total"] else []))
        old, new, nv = new_value(doc, what, rng)
        hits = [h for h in locate(it["base"], old) if h[0] == 0]
        if not hits: continue
        fname = f"e{ecount[0]:03d}.{it['fmt']}"
        try:
            edit_image_paste(os.path.join(OUT, it["fname"]), os.path.join(OUT, fname), [px_box(it["params"][0], h) for h in hits], [new] * len(hits), it["fmt"])
        except Exception as e:
            print("paste fail", repr(e)); continue
        add_edit(it, "image_paste", what, nv, it["fmt"], fname, detail=dict(old=old, new=new, occurrences=len(hits))); done += 1
    done = 0; tries = 0
    while done < 3 and tries < 30 and clones:
        tries += 1; it = pick(clones); doc = it["doc"]; qb = doc["boxes"]["qty"]; qs = doc["s"]["qty"]
        pairs = [(i, j) for i in range(len(qb)) for j in range(len(qb)) if i != j and qb[i][0] == 0 and qb[j][0] == 0 and qs[i] != qs[j] and int(qs[j]) > int(qs[i])]
        if not pairs: continue
        i, j = rng.choice(pairs); p = it["params"][0]
        sb = px_box(p, qb[j]); db = px_box(p, qb[i])
        fname = f"e{ecount[0]:03d}.{it['fmt']}"
        edit_image_clone(os.path.join(OUT, it["fname"]), os.path.join(OUT, fname), [(sb, (db[0], db[1]))], it["fmt"])
        add_edit(it, "image_clone", "quantity", None, it["fmt"], fname, detail=dict(line=i + 1, old=qs[i], new=qs[j], cloned_from_line=j + 1)); done += 1
    done = 0; tries = 0
    while done < 4 and tries < 20:
        tries += 1; it = pick([x for x in caps if x["bprod"] in ("reportlab", "html_weasyprint", "fpdf2", "jp_receipt", "fapiao")])
        doc2 = copy.deepcopy(it["doc"])
        what = rng.choice(fields(it) + (["total"] if it["label"]["total"] else []))
        old, new, nv = new_value(doc2, what, rng)
        doc2["s"][{"total": "total", "date": "date", "buyer": "buyer"}[what]] = new
        bp = os.path.join(TMP, f"src_edit_{ecount[0]:03d}.pdf")
        render_base(doc2, it["bprod"], bp, it["theme"], [])
        fname = f"e{ecount[0]:03d}.{it['fmt']}"
        pages, _ = capture(doc2, bp, it["mode"], it["fmt"], 1000 + it["n"], os.path.join(OUT, fname))
        add_edit(it, "source_edit_before_capture", what, nv, it["fmt"], fname, bc=True, detail=dict(old=old, new=new, note="document re-typed/edited before printing and re-" + it["mode"])); done += 1
    print("edits", ecount[0], dt.datetime.now() - t0, flush=True)

    # ---------------- neutral names, shuffled
    order = list(range(len(labels))); random.Random(77).shuffle(order)
    final = []
    for k, idx in enumerate(order):
        lab = labels[idx]; ext = lab["file"].rsplit(".", 1)[1]
        nn = f"doc_{k+1:03d}.{ext}"
        os.rename(os.path.join(OUT, lab["file"]), os.path.join(OUT, "tmp_" + nn))
        lab["_new"] = nn
    names = {l["file"]: l["_new"] for l in labels}
    for lab in labels:
        os.rename(os.path.join(OUT, "tmp_" + lab["_new"]), os.path.join(OUT, lab["_new"]))
    for lab in labels:
        lab["file"] = lab.pop("_new")
        if lab.get("source_file"): lab["source_file"] = names[lab["source_file"]]
    labels.sort(key=lambda l: l["file"])
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in labels: f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()
    print("total time", dt.datetime.now() - t0)

def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(OUT, l["file"]))]
    extra = set(os.listdir(OUT)) - {l["file"] for l in labs}
    print(f"{len(labs)} labels, missing files: {missing}, unlabelled files: {sorted(extra)}")
    for key in ("producer", "language", "doc_type", "edit_method", "genuine", "is_invoice", "arithmetic_error", "edit_before_capture", "file_format"):
        print(key, dict(Counter(str(l.get(key)) for l in labs).most_common()))

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check": check()
    else: main()
