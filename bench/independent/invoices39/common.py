# common.py - shared data model, invented companies, locale formatting, label writing
import os, json, random, datetime
from decimal import Decimal as D, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
TMP = os.path.join(HERE, "tmp")
PARTS = os.path.join(HERE, "parts")
for _d in (FILES, TMP, PARTS):
    os.makedirs(_d, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- companies
CZ_SUR = ["Dvořák", "Kratochvíl", "Pešek", "Horáček", "Vávra", "Šimůnek", "Zedník", "Blažek", "Koubek", "Matějka"]
CZ_WORD = ["Obchod", "Trading", "Distribuce", "Velkoobchod", "Textil", "Elektro", "Domov", "Zahrada", "Hračky", "Kosmetika"]
CZ_TOWNS = [("Praha 4 - Nusle", "140 00"), ("Brno - Královo Pole", "612 00"), ("Olomouc", "779 00"), ("Plzeň", "301 00"),
            ("Hradec Králové", "500 02"), ("Liberec 1", "460 01"), ("Zlín", "760 01"), ("Kolín", "280 02")]
CZ_STREETS = ["Táborská", "Na Pankráci", "Husova", "Palackého", "Nádražní", "U Trati", "Lipová", "Kpt. Jaroše"]
SK_TOWNS = [("Bratislava - Ružinov", "821 09"), ("Košice", "040 01"), ("Žilina", "010 01"), ("Nitra", "949 01"), ("Trnava", "917 01")]
SK_STREETS = ["Štúrova", "Hlavná", "Mlynská", "Záhradnícka", "Dlhá"]
DE_TOWNS = [("Chemnitz", "09111"), ("Nürnberg", "90402"), ("Dresden", "01067"), ("Hof", "95028"), ("Passau", "94032"), ("Regensburg", "93047")]
DE_STREETS = ["Industriestraße", "Am Güterbahnhof", "Lindenweg", "Gewerbepark", "Hafenstraße"]
AT_TOWNS = [("Linz", "4020"), ("Wien", "1100"), ("Graz", "8020")]
PL_TOWNS = [("Wrocław", "50-001"), ("Katowice", "40-002"), ("Kraków", "31-004"), ("Łódź", "90-003"), ("Opole", "45-005")]
PL_STREETS = ["ul. Przemysłowa", "ul. Kwiatowa", "ul. Składowa", "al. Niepodległości"]
HU_TOWNS = [("Győr", "9021"), ("Budapest", "1097"), ("Debrecen", "4025")]
IT_TOWNS = [("Prato (PO)", "59100"), ("Bologna (BO)", "40121"), ("Verona (VR)", "37121")]
FR_TOWNS = [("Lyon", "69003"), ("Lille", "59000"), ("Strasbourg", "67000")]
ES_TOWNS = [("Valencia", "46001"), ("Zaragoza", "50001")]
NL_TOWNS = [("Venlo", "5911 AB"), ("Tilburg", "5038 CD")]

def rdig(n):
    return "".join(random.choice("0123456789") for _ in range(n))

def company(country):
    r = random.random
    if country == "CZ":
        sur = random.choice(CZ_SUR); w = random.choice(CZ_WORD)
        name = random.choice([f"{sur} {w} s.r.o.", f"{w} {sur} a.s.", f"{sur} & {random.choice(CZ_SUR)} s.r.o.", f"{w}Plus {sur} s.r.o."])
        town, psc = random.choice(CZ_TOWNS); ico = rdig(8)
        return dict(name=name, street=f"{random.choice(CZ_STREETS)} {random.randint(1,2400)}/{random.randint(1,60)}",
                    city=f"{psc} {town}", country="Česká republika", id_label="IČO", id=ico, vat_label="DIČ", vat="CZ" + ico, cc="CZ")
    if country == "SK":
        sur = random.choice(["Baláž", "Hudec", "Kováčik", "Mráz", "Ondruš"]); w = random.choice(["Trade", "Obchod", "Sklad", "Distribúcia"])
        town, psc = random.choice(SK_TOWNS); ico = rdig(8); dic = "20" + rdig(8)
        return dict(name=f"{sur} {w} s.r.o.", street=f"{random.choice(SK_STREETS)} {random.randint(1,120)}", city=f"{psc} {town}",
                    country="Slovenská republika", id_label="IČO", id=ico, vat_label="IČ DPH", vat="SK" + dic, dic=dic, cc="SK")
    if country in ("DE", "AT"):
        a = random.choice(["Brenner", "Weidlich", "Hofstätter", "Kuhnert", "Obermayr", "Rasch", "Tillmann"])
        b = random.choice(["Handels GmbH", "Großhandel GmbH & Co. KG", "Import-Export GmbH", "Warenvertrieb e.K.", "Logistik & Handel GmbH"])
        if country == "DE":
            town, plz = random.choice(DE_TOWNS); vat = "DE" + rdig(9)
            return dict(name=f"{a} {b}", street=f"{random.choice(DE_STREETS)} {random.randint(1,90)}", city=f"{plz} {town}",
                        country="Deutschland", id_label="HRB", id=f"{random.randint(1000,39999)} AG {town}", vat_label="USt-IdNr.", vat=vat, cc="DE")
        town, plz = random.choice(AT_TOWNS)
        return dict(name=f"{a} {b}", street=f"{random.choice(['Gewerbestraße','Lastenstraße','Wiener Straße'])} {random.randint(1,90)}",
                    city=f"{plz} {town}", country="Österreich", id_label="FN", id=f"{random.randint(100000,599999)}{random.choice('abcdk')}",
                    vat_label="UID", vat="ATU" + rdig(8), cc="AT")
    if country == "PL":
        a = random.choice(["Zawadzki", "Kowalczyk", "Nowicki", "Wróbel", "Sikora"]); b = random.choice(["Sp. z o.o.", "Hurtownia Sp. z o.o.", "S.A.", "Sp.j."])
        town, kod = random.choice(PL_TOWNS)
        return dict(name=f"{random.choice(['PHU','Hurt-Pol','Eko-Dom','TechMar'])} {a} {b}", street=f"{random.choice(PL_STREETS)} {random.randint(1,150)}",
                    city=f"{kod} {town}", country="Polska", id_label="REGON", id=rdig(9), vat_label="NIP", vat=f"{rdig(3)}-{rdig(3)}-{rdig(2)}-{rdig(2)}", cc="PL")
    if country == "HU":
        town, irsz = random.choice(HU_TOWNS)
        return dict(name=f"{random.choice(['Dunakereskedő','Pannon-Áru','Tiszavill'])} Kft.", street=f"{random.choice(['Ipar utca','Fő út','Raktár u.'])} {random.randint(1,80)}.",
                    city=f"{irsz} {town}", country="Magyarország", id_label="Cégjegyzékszám", id=f"{random.randint(1,20):02d}-09-{rdig(6)}",
                    vat_label="Adószám", vat=f"{rdig(8)}-2-{rdig(2)}", cc="HU")
    if country == "IT":
        town, cap = random.choice(IT_TOWNS)
        return dict(name=f"{random.choice(['Tessiture','Forniture','Casalinghi'])} {random.choice(['Bellandi','Ferrucci','Moretti','Gallo'])} S.r.l.",
                    street=f"Via {random.choice(['dell’Industria','Roma','Galvani','dei Mille'])} {random.randint(1,200)}", city=f"{cap} {town}",
                    country="Italia", id_label="C.F.", id=rdig(11), vat_label="P.IVA", vat="IT" + rdig(11), cc="IT")
    if country == "FR":
        town, cp = random.choice(FR_TOWNS); siren = rdig(9)
        return dict(name=f"{random.choice(['Distrib','Maison','Atelier'])} {random.choice(['Garnier','Lefèvre','Roussel'])} SARL",
                    street=f"{random.randint(1,90)} rue {random.choice(['des Tanneurs','Victor Hugo','du Port'])}", city=f"{cp} {town}",
                    country="France", id_label="SIREN", id=siren, vat_label="TVA intracom.", vat="FR" + rdig(2) + siren, cc="FR")
    if country == "ES":
        town, cp = random.choice(ES_TOWNS)
        return dict(name=f"{random.choice(['Suministros','Comercial','Importaciones'])} {random.choice(['Almendros','Ibáñez','Roca'])} S.L.",
                    street=f"C/ {random.choice(['Mayor','de la Paz','Alcalá'])} {random.randint(1,120)}", city=f"{cp} {town}",
                    country="España", id_label="CIF", id="B" + rdig(8), vat_label="NIF-IVA", vat="ESB" + rdig(8), cc="ES")
    if country == "NL":
        town, pc = random.choice(NL_TOWNS)
        return dict(name=f"{random.choice(['Groothandel','Handelsonderneming'])} {random.choice(['Verbeek','de Wit','Jansma'])} B.V.",
                    street=f"{random.choice(['Havenweg','Industrieweg','Kanaalstraat'])} {random.randint(1,90)}", city=f"{pc} {town}",
                    country="Nederland", id_label="KvK", id=rdig(8), vat_label="Btw-nr.", vat="NL" + rdig(9) + "B01", cc="NL")
    if country == "CN":
        city = random.choice(["Shenzhen", "Yiwu", "Ningbo", "Dongguan", "Guangzhou"])
        return dict(name=f"{city} {random.choice(['Huaxin','Jinrui','Lianfeng','Baiyue','Kaida'])} {random.choice(['Electronic Technology','Trading','Household Products','Import & Export'])} Co., Ltd.",
                    street=f"Room {random.randint(101,2208)}, Building {random.randint(1,12)}, {random.choice(['Xinhua','Jiangbin','Futian','Beiyuan'])} Road No. {random.randint(1,300)}",
                    city=f"{city}, {random.choice(['Guangdong','Zhejiang'])}", country="China", id_label="USCC", id="91" + rdig(4) + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(12)),
                    vat_label="Tax ID", vat="", cc="CN")
    if country == "VN":
        return dict(name=f"{random.choice(['Minh Phat','Hoang Long','Thanh Dat'])} {random.choice(['Garment','Bamboo Crafts','Manufacturing'])} Co., Ltd",
                    street=f"Lot {random.choice('ABCD')}{random.randint(1,40)}, {random.choice(['Tan Thuan','VSIP II','Nam Sach'])} Industrial Zone",
                    city=random.choice(["Binh Duong Province", "Ho Chi Minh City", "Hai Duong Province"]), country="Vietnam", id_label="MST", id=rdig(10), vat_label="Tax code", vat=rdig(10), cc="VN")
    if country == "JP":
        return dict(name=f"株式会社{random.choice(['山ノ内','高森','青葉','北斗'])}{random.choice(['商事','産業','物産'])}",
                    street=f"{random.choice(['大阪府大阪市中央区','東京都台東区','愛知県名古屋市中区'])}{random.randint(1,5)}-{random.randint(1,20)}-{random.randint(1,15)}",
                    city="", country="日本", id_label="登録番号", id="T" + rdig(13), vat_label="", vat="", cc="JP")
    if country == "CNZH":
        return dict(name=f"{random.choice(['深圳市','义乌市','宁波市'])}{random.choice(['华信','金瑞','联丰','百悦'])}{random.choice(['电子科技','贸易','日用品'])}有限公司",
                    street=f"{random.choice(['福田区','江东区','鄞州区'])}{random.choice(['新华路','滨江大道','北苑路'])}{random.randint(1,300)}号",
                    city="", country="中国", id_label="纳税人识别号", id="91" + rdig(4) + "".join(random.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(12)),
                    vat_label="", vat="", cc="CN")
    if country == "US":
        return dict(name=f"{random.choice(['Bluefield','Northgate','Harbor Lane'])} {random.choice(['Supply','Wholesale','Goods'])} LLC",
                    street=f"{random.randint(100,9800)} {random.choice(['Commerce Dr','Industrial Pkwy','W 3rd St'])}", city=f"{random.choice(['Reno, NV 89502','Columbus, OH 43215','Edison, NJ 08817'])}",
                    country="USA", id_label="EIN", id=f"{rdig(2)}-{rdig(7)}", vat_label="", vat="", cc="US")
    raise ValueError(country)

# ---------------------------------------------------------------- items
ITEMS = {
 "cs": [("Silikonový kryt na telefon, černý", "ks"), ("LED pásek 5 m, teplá bílá", "ks"), ("Nerezová láhev 750 ml", "ks"), ("Dětská stavebnice 120 dílků", "ks"),
        ("Bambusové prkénko 38×25 cm", "ks"), ("Zahradní hadice 25 m", "ks"), ("Sada kuchyňských nožů 5 ks", "sada"), ("Masážní olej levandule 200 ml", "ks"),
        ("USB-C kabel 1 m opletený", "ks"), ("Cyklistická svítilna přední", "ks"), ("Doprava zboží", "")],
 "sk": [("Silikónový obal na mobil", "ks"), ("Nabíjačka USB 20 W", "ks"), ("Termoska 500 ml", "ks"), ("Detská hračka drevená", "ks"), ("Kozmetická taštička", "ks")],
 "de": [("Edelstahl-Trinkflasche 750 ml", "Stk."), ("LED-Lichtband 5 m warmweiß", "Stk."), ("Holzspielzeug Eisenbahn Set", "Set"), ("Gartenschere Bypass", "Stk."),
        ("Handyhülle Silikon transparent", "Stk."), ("Küchenwaage digital", "Stk."), ("Fahrradschloss Spiral 120 cm", "Stk."), ("Duftkerze Vanille 180 g", "Stk.")],
 "pl": [("Etui silikonowe do telefonu", "szt."), ("Lampka LED biurkowa", "szt."), ("Kubek termiczny 450 ml", "szt."), ("Zestaw śrubokrętów 24 el.", "kpl."),
        ("Ręcznik bawełniany 70×140", "szt."), ("Zabawka drewniana sorter", "szt.")],
 "hu": [("Szilikon telefontok", "db"), ("LED szalag 5 m", "db"), ("Rozsdamentes kulacs", "db"), ("Fa játék készlet", "db")],
 "en": [("Silicone phone case, model X12, black", "pcs"), ("LED strip 5m warm white 12V", "pcs"), ("Stainless steel tumbler 600ml", "pcs"),
        ("Bamboo cutting board 38x25cm", "pcs"), ("USB-C braided cable 1m", "pcs"), ("Kids building blocks 120pcs", "sets"),
        ("Wireless earbuds TWS-09", "pcs"), ("Yoga mat TPE 6mm", "pcs"), ("Cotton tote bag printed", "pcs")],
 "fr": [("Gourde inox 750 ml", "pce"), ("Guirlande LED 10 m", "pce"), ("Coque téléphone silicone", "pce"), ("Jeu de société en bois", "pce")],
 "it": [("Plaid in pile 130×160", "pz"), ("Tovaglia cotone 140×180", "pz"), ("Borraccia acciaio 500 ml", "pz"), ("Set asciugamani 3 pz", "set")],
 "es": [("Funda de silicona para móvil", "ud."), ("Tira LED 5 m", "ud."), ("Botella térmica 500 ml", "ud."), ("Juguete de madera", "ud.")],
 "nl": [("RVS drinkfles 750 ml", "st."), ("LED-strip 5 m", "st."), ("Telefoonhoesje siliconen", "st."), ("Houten speelgoedset", "st.")],
 "ja": [("スマートフォンケース（黒）", "個"), ("LEDテープライト 5m", "本"), ("ステンレスボトル 500ml", "本"), ("木製知育玩具セット", "セット"), ("竹製まな板", "枚")],
 "zh": [("硅胶手机壳", "个"), ("LED灯带5米", "条"), ("不锈钢保温杯", "个"), ("儿童积木玩具", "套"), ("USB数据线", "条")],
}

# ---------------------------------------------------------------- words per language
W = {
 "cs": dict(invoice="Faktura – daňový doklad", proforma="Zálohová faktura", receipt="Pokladní doklad", credit_note="Opravný daňový doklad",
            supplier="Dodavatel", buyer="Odběratel", number="Číslo faktury", date="Datum vystavení", due="Datum splatnosti", duzp="Datum usk. zdan. plnění",
            desc="Označení dodávky", qty="Množství", unit="MJ", price="Cena za MJ", rate="DPH %", net="Bez DPH", vat="DPH", gross="Celkem",
            subtotal="Základ daně", discount="Sleva", shipping="Doprava", total="Celkem k úhradě", vs="Variabilní symbol", pay="Bankovní převod",
            bank="Účet", rc="Přenesená daňová povinnost – daň odvede zákazník", page="Strana", notvat="Nejsme plátci DPH."),
 "sk": dict(invoice="Faktúra – daňový doklad", proforma="Zálohová faktúra", receipt="Pokladničný doklad", credit_note="Dobropis",
            supplier="Dodávateľ", buyer="Odberateľ", number="Číslo faktúry", date="Dátum vyhotovenia", due="Dátum splatnosti", duzp="Dátum dodania",
            desc="Popis", qty="Množstvo", unit="MJ", price="Cena/MJ", rate="DPH %", net="Bez DPH", vat="DPH", gross="Spolu",
            subtotal="Základ dane", discount="Zľava", shipping="Doprava", total="Celkom na úhradu", vs="Variabilný symbol", pay="Prevodom",
            bank="IBAN", rc="Prenesenie daňovej povinnosti", page="Strana", notvat=""),
 "de": dict(invoice="Rechnung", proforma="Proforma-Rechnung", receipt="Quittung", credit_note="Gutschrift", supplier="Lieferant", buyer="Rechnungsempfänger",
            number="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", duzp="Lieferdatum", desc="Bezeichnung", qty="Menge", unit="Einheit",
            price="Einzelpreis", rate="USt.", net="Netto", vat="USt.", gross="Gesamt", subtotal="Zwischensumme netto", discount="Rabatt", shipping="Versandkosten",
            total="Rechnungsbetrag", vs="Verwendungszweck", pay="Überweisung", bank="IBAN", rc="Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG",
            page="Seite", notvat=""),
 "pl": dict(invoice="Faktura VAT", proforma="Faktura proforma", receipt="Paragon", credit_note="Faktura korygująca", supplier="Sprzedawca", buyer="Nabywca",
            number="Nr faktury", date="Data wystawienia", due="Termin płatności", duzp="Data sprzedaży", desc="Nazwa towaru", qty="Ilość", unit="J.m.",
            price="Cena netto", rate="VAT %", net="Wartość netto", vat="Kwota VAT", gross="Wartość brutto", subtotal="Razem netto", discount="Rabat",
            shipping="Transport", total="Do zapłaty", vs="Tytuł przelewu", pay="Przelew", bank="Nr konta", rc="Odwrotne obciążenie", page="Strona", notvat=""),
 "hu": dict(invoice="Számla", proforma="Díjbekérő", receipt="Nyugta", credit_note="Jóváíró számla", supplier="Eladó", buyer="Vevő", number="Számlaszám",
            date="Számla kelte", due="Fizetési határidő", duzp="Teljesítés dátuma", desc="Megnevezés", qty="Menny.", unit="Egys.", price="Egységár",
            rate="ÁFA %", net="Nettó", vat="ÁFA", gross="Bruttó", subtotal="Nettó összesen", discount="Kedvezmény", shipping="Szállítás",
            total="Fizetendő összesen", vs="Közlemény", pay="Átutalás", bank="Bankszámla", rc="Közösségen belüli adómentes termékértékesítés", page="Oldal", notvat=""),
 "en": dict(invoice="INVOICE", proforma="PROFORMA INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", supplier="Seller", buyer="Bill To",
            number="Invoice No.", date="Invoice Date", due="Due Date", duzp="Ship Date", desc="Description", qty="Qty", unit="Unit", price="Unit Price",
            rate="Tax %", net="Amount", vat="Tax", gross="Amount", subtotal="Subtotal", discount="Discount", shipping="Freight", total="TOTAL",
            vs="Reference", pay="T/T in advance", bank="Bank", rc="Reverse charge – VAT to be accounted for by the recipient", page="Page", notvat=""),
 "fr": dict(invoice="FACTURE", proforma="FACTURE PRO FORMA", receipt="REÇU", credit_note="AVOIR", supplier="Vendeur", buyer="Client", number="N° de facture",
            date="Date", due="Échéance", duzp="Date de livraison", desc="Désignation", qty="Qté", unit="Unité", price="P.U. HT", rate="TVA", net="Total HT",
            vat="TVA", gross="Total TTC", subtotal="Total HT", discount="Remise", shipping="Frais de port", total="Net à payer", vs="Référence",
            pay="Virement", bank="IBAN", rc="Exonération de TVA, art. 262 ter I du CGI – autoliquidation", page="Page", notvat=""),
 "it": dict(invoice="FATTURA", proforma="FATTURA PROFORMA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", supplier="Cedente", buyer="Cessionario",
            number="Fattura n.", date="Data", due="Scadenza", duzp="Data consegna", desc="Descrizione", qty="Q.tà", unit="U.M.", price="Prezzo unit.",
            rate="IVA", net="Imponibile", vat="IVA", gross="Totale", subtotal="Totale imponibile", discount="Sconto", shipping="Spese di trasporto",
            total="Totale documento", vs="Causale", pay="Bonifico", bank="IBAN", rc="Operazione non imponibile art. 41 DL 331/93", page="Pagina", notvat=""),
 "es": dict(invoice="FACTURA", proforma="FACTURA PROFORMA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", supplier="Emisor", buyer="Cliente",
            number="Nº factura", date="Fecha", due="Vencimiento", duzp="Fecha de entrega", desc="Concepto", qty="Cant.", unit="Ud.", price="Precio",
            rate="IVA", net="Base imponible", vat="IVA", gross="Importe", subtotal="Base imponible", discount="Descuento", shipping="Portes",
            total="TOTAL FACTURA", vs="Referencia", pay="Transferencia", bank="IBAN", rc="Entrega intracomunitaria exenta art. 25 LIVA", page="Página", notvat=""),
 "nl": dict(invoice="FACTUUR", proforma="PRO-FORMAFACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", supplier="Leverancier", buyer="Factuuradres",
            number="Factuurnummer", date="Factuurdatum", due="Vervaldatum", duzp="Leverdatum", desc="Omschrijving", qty="Aantal", unit="Eenh.",
            price="Prijs", rate="Btw", net="Bedrag", vat="Btw", gross="Totaal", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten",
            total="Totaal te betalen", vs="Kenmerk", pay="Overboeking", bank="IBAN", rc="Btw verlegd / intracommunautaire levering", page="Pagina", notvat=""),
 "ja": dict(invoice="請求書", proforma="見積請求書", receipt="領収書", credit_note="返品伝票", supplier="発行元", buyer="御中", number="請求番号",
            date="請求日", due="お支払期限", duzp="納品日", desc="品名", qty="数量", unit="単位", price="単価", rate="税率", net="金額", vat="消費税",
            gross="金額", subtotal="小計", discount="値引", shipping="送料", total="ご請求金額", vs="振込名義", pay="銀行振込", bank="振込先",
            rc="", page="頁", notvat=""),
 "zh": dict(invoice="增值税专用发票", proforma="形式发票", receipt="收据", credit_note="红字发票", supplier="销售方", buyer="购买方", number="发票号码",
            date="开票日期", due="付款期限", duzp="交货日期", desc="货物或应税劳务名称", qty="数量", unit="单位", price="单价", rate="税率", net="金额",
            vat="税额", gross="价税合计", subtotal="合计", discount="折扣", shipping="运费", total="价税合计（小写）", vs="备注", pay="转账",
            bank="开户行及账号", rc="", page="页", notvat=""),
}
# extra words for non-invoices
NONINV = {
 "packing_list": {"cs": "Balicí list", "en": "PACKING LIST", "de": "Packliste", "pl": "Lista pakunkowa"},
 "purchase_order": {"cs": "Objednávka", "en": "PURCHASE ORDER", "de": "Bestellung", "pl": "Zamówienie"},
 "quotation": {"cs": "Cenová nabídka", "en": "QUOTATION", "de": "Angebot", "pl": "Oferta cenowa"},
 "delivery_note": {"cs": "Dodací list", "en": "DELIVERY NOTE", "de": "Lieferschein", "pl": "Dowód dostawy WZ"},
 "price_list": {"cs": "Ceník", "en": "PRICE LIST", "de": "Preisliste", "pl": "Cennik"},
}

CUR_BY_LANG = {"cs": "CZK", "sk": "EUR", "de": "EUR", "pl": "PLN", "hu": "HUF", "en": "USD", "fr": "EUR", "it": "EUR", "es": "EUR", "nl": "EUR", "ja": "JPY", "zh": "CNY"}
RATES = {"CZ": [21, 12], "SK": [23, 19, 5], "DE": [19, 7], "AT": [20, 10], "PL": [23, 8], "HU": [27, 5], "IT": [22, 10], "FR": [20, 5.5],
         "ES": [21, 10], "NL": [21, 9], "JP": [10, 8], "CN": [13], "VN": [0], "US": [0]}
NODEC = {"JPY", "HUF"}

# ---------------------------------------------------------------- formatting
def _group(intpart, sep):
    s = str(intpart); out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

def num(x, lang, cur=None, style=None):
    """format a number the way the locale prints it (no currency)"""
    x = q2(x); neg = x < 0; x = abs(x)
    ip, fp = str(x).split(".")
    st = style or {"cs": "space_comma", "sk": "space_comma", "pl": "space_comma", "fr": "space_comma", "hu": "space_comma",
                   "de": "dot_comma", "it": "dot_comma", "es": "dot_comma", "nl": "dot_comma",
                   "en": "comma_dot", "ja": "comma_dot", "zh": "comma_dot"}[lang]
    if st == "space_comma":
        s = _group(int(ip), "\u00a0") + "," + fp
    elif st == "dot_comma":
        s = _group(int(ip), ".") + "," + fp
    elif st == "apos":
        s = _group(int(ip), "'") + "." + fp
    else:
        s = _group(int(ip), ",") + "." + fp
    if cur in NODEC:
        s = s.rsplit("," if st in ("space_comma", "dot_comma") else ".", 1)[0]
    return ("-" if neg else "") + s

def money(x, lang, cur, style=None):
    n = num(x, lang, cur, style)
    sym = {"CZK": "Kč", "EUR": "€", "PLN": "zł", "HUF": "Ft", "USD": "USD", "JPY": "円", "CNY": "¥"}[cur]
    if cur == "JPY":
        return "¥" + n
    if cur == "CNY":
        return "¥" + n
    if cur == "USD":
        return "$" + n if lang != "en" or random.random() < 0 else n + " USD"
    if lang == "nl" and cur == "EUR":
        return "€ " + n
    return n + "\u00a0" + sym

MONTHS = {"fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
          "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]}

def fdate(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "cz_space": return f"{d.day}. {d.month}. {d.year}"
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "fr_long": return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}"
    if style == "de_long": return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
    if style == "it_long": return f"{d.day} {MONTHS['it'][d.month-1]} {d.year}"
    if style == "es_long": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "en_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "iso": return d.isoformat()
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "hu": return d.strftime("%Y.%m.%d.")
    raise ValueError(style)

DATE_STYLES = {"cs": ["dmy_dot", "cz_space"], "sk": ["dmy_dot", "cz_space"], "de": ["dmy_dot", "de_long"], "pl": ["dmy_dot", "iso"],
               "hu": ["hu"], "en": ["us", "ymd_slash", "en_long", "dmy_slash"], "fr": ["fr_long", "dmy_slash"], "it": ["dmy_slash", "it_long"],
               "es": ["dmy_slash", "es_long"], "nl": ["dmy_dash"], "ja": ["cjk", "ymd_slash"], "zh": ["cjk"]}

# ---------------------------------------------------------------- document model
BUYER_COUNTRY = {"cs": "CZ", "sk": "SK"}

def make_doc(lang, doc_type="invoice", supplier_cc=None, buyer_cc=None, currency=None, n_items=None,
             reverse_charge=None, with_tax=True, arith_error=None, date_style=None, money_style=None, seed=None):
    if seed is not None:
        random.seed(seed)
    sup_cc = supplier_cc or {"cs": "CZ", "sk": "SK", "de": random.choice(["DE", "DE", "AT"]), "pl": "PL", "hu": "HU", "en": random.choice(["CN", "CN", "VN", "US"]),
                             "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "ja": "JP", "zh": "CNZH"}[lang]
    byr_cc = buyer_cc or {"cs": "CZ", "sk": "SK", "ja": "JP", "zh": "CNZH"}.get(lang, random.choice(["CZ", "CZ", "SK"]))
    sup = company(sup_cc); byr = company(byr_cc)
    while byr["name"] == sup["name"]:
        byr = company(byr_cc)
    if byr_cc == "JP":
        byr["name"] = f"合同会社{random.choice(['ボヘミア','プラハ','ヴルタヴァ'])}トレーディング"
    cur = currency or CUR_BY_LANG[lang]
    if lang == "en" and sup_cc == "US":
        cur = "USD"
    country_for_rate = "CN" if sup_cc == "CNZH" else sup_cc
    rates = RATES.get(country_for_rate, [0])
    if reverse_charge is None:
        reverse_charge = (sup["cc"] != byr["cc"]) and sup["cc"] in ("DE", "AT", "PL", "HU", "IT", "FR", "ES", "NL", "SK", "CZ")
    if sup_cc in ("CN", "VN", "US"):
        with_tax = False
    n = n_items or random.choice([1, 2, 3, 3, 4, 5, 6, 8])
    pool = [it for it in ITEMS[lang] if it[1]]
    items = []
    order = random.sample(pool, len(pool))
    for i in range(n):
        desc, unit = order[i % len(order)]
        if i >= len(order): desc = f"{desc} – var. {i // len(order) + 1}"
        if cur in NODEC:
            price = D(random.choice([180, 240, 390, 450, 980, 1250, 2400, 3600, 5200]))
            if cur == "HUF": price *= random.choice([1, 2, 5])
        elif cur == "CZK":
            price = q2(D(random.randint(1500, 90000)) / 100)
        else:
            price = q2(D(random.randint(80, 4500)) / 100)
        qty = random.choice([1, 2, 5, 10, 12, 20, 24, 48, 50, 100, 120, 200, 250, 300, 500])
        rate = D(str(rates[0] if (i == 0 or len(rates) == 1 or random.random() < 0.75) else rates[1]))
        if reverse_charge or not with_tax:
            rate = D(0)
        items.append(dict(desc=desc, unit=unit, qty=qty, price=price,
                          rate=rate, net=q2(price * qty), code=f"{random.choice('ABKMRT')}{random.randint(1000,9999)}"))
    discount = D(0); shipping = D(0)
    sub = sum(it["net"] for it in items)
    if random.random() < 0.3:
        pct = random.choice([2, 3, 5, 10])
        discount = q2(sub * pct / 100)
        if cur in NODEC: discount = discount.quantize(D("1"))
    if random.random() < 0.4:
        shipping = D(random.choice([290, 490, 1250])) if cur in ("CZK",) else (D(random.choice([1500, 3000])) if cur in NODEC else q2(D(random.randint(900, 25000)) / 100))
    # tax per rate (discount applied proportionally to first rate group, shipping at main rate)
    main_rate = items[0]["rate"]
    groups = {}
    for it in items:
        groups.setdefault(it["rate"], D(0)); groups[it["rate"]] += it["net"]
    groups[main_rate] = groups[main_rate] - discount + shipping
    taxes = {r: (q2(b * r / 100) if cur not in NODEC else (b * r / 100).quantize(D("1"), rounding=ROUND_HALF_UP)) for r, b in groups.items()}
    base = sum(groups.values()); tax = sum(taxes.values()); total = base + tax
    if cur in NODEC:
        total = total.quantize(D("1"))
    yr_day = random.randint(0, 440)
    issue = datetime.date(2025, 9, 1) + datetime.timedelta(days=yr_day)
    doc = dict(lang=lang, doc_type=doc_type, supplier=sup, buyer=byr, currency=cur, items=items, discount=discount, shipping=shipping,
               groups=groups, taxes=taxes, base=base, tax=tax, total=total, reverse_charge=reverse_charge, with_tax=with_tax,
               date=issue, due=issue + datetime.timedelta(days=random.choice([7, 14, 14, 30])), duzp=issue - datetime.timedelta(days=random.choice([0, 0, 1, 3])),
               number=None, date_style=date_style or random.choice(DATE_STYLES[lang]), money_style=money_style, arith_error=None,
               iban=None, vs=None)
    yr = issue.year
    doc["number"] = random.choice({"cs": [f"FV{yr}{random.randint(1,999):04d}", f"{yr}0{random.randint(100,999)}", f"VF-{yr}-{random.randint(1,400):03d}"],
                                   "sk": [f"FA{yr}{random.randint(1,999):03d}", f"{yr}{random.randint(1000,9999)}"],
                                   "de": [f"RE-{yr}-{random.randint(10000,99999)}", f"R{yr % 100}{random.randint(1000,9999)}"],
                                   "pl": [f"FV/{random.randint(1,400)}/{issue.month:02d}/{yr}", f"{random.randint(1,400)}/{yr}"],
                                   "hu": [f"SZ-{yr}/{random.randint(100,9999):05d}"],
                                   "en": [f"INV-{yr%100}{issue.month:02d}{random.randint(100,999)}", f"HX{yr}{random.randint(1000,9999)}", f"PI{yr%100}-{random.randint(10,99)}"],
                                   "fr": [f"F{yr}-{random.randint(100,999)}"], "it": [f"{random.randint(1,400)}/{yr}"], "es": [f"A-{yr}-{random.randint(10,999):04d}"],
                                   "nl": [f"{yr}{random.randint(10000,99999)}"], "ja": [f"No.{yr%100}{random.randint(10000,99999)}"], "zh": [rdig(8)]}[lang])
    doc["vs"] = "".join(c for c in doc["number"] if c.isdigit())[-10:]
    doc["iban"] = {"CZ": "CZ" + rdig(2) + " " + " ".join(rdig(4) for _ in range(5)), "SK": "SK" + rdig(2) + " " + " ".join(rdig(4) for _ in range(5)),
                   "DE": "DE" + rdig(2) + " " + " ".join(rdig(4) for _ in range(4)) + " " + rdig(2)}.get(sup["cc"], sup["cc"][:2] + rdig(2) + " " + " ".join(rdig(4) for _ in range(5)))
    if sup["cc"] == "CZ":
        doc["account"] = f"{random.randint(100,9999)}{rdig(6)}/{random.choice(['0100','0300','0800','2010','5500','0600'])}"
    # deliberate arithmetic mistake
    if arith_error:
        doc["arith_error"] = arith_error
        if arith_error == "line":  # one printed line total is wrong, sums use the right numbers
            it = items[-1]; it["printed_net"] = it["net"] + (D(100) if cur in NODEC else D("10.00"))
        elif arith_error == "total":  # grand total mistyped
            doc["printed_total"] = doc["total"] + (D(1000) if cur in NODEC else random.choice([D("100.00"), D("9.00"), D("-1.00")]))
        elif arith_error == "tax":
            r = next(iter(taxes)); doc["printed_tax_delta"] = (D(10) if cur in NODEC else D("1.00"))
            taxes[r] = taxes[r] + doc["printed_tax_delta"]; doc["tax"] = sum(taxes.values())  # total keeps old value => tax+base != total
    doc.setdefault("printed_total", doc["total"])
    for it in items:
        it.setdefault("printed_net", it["net"])
    return doc

def M(doc, x):
    return money(x, doc["lang"], doc["currency"], doc.get("money_style"))

def N(doc, x):
    return num(x, doc["lang"], doc["currency"], doc.get("money_style"))

def DT(doc, d=None):
    return fdate(d or doc["date"], doc["date_style"])

def w(doc, key):
    return W[doc["lang"]][key]

def title(doc):
    if doc["doc_type"] in NONINV:
        return NONINV[doc["doc_type"]].get(doc["lang"], NONINV[doc["doc_type"]]["en"])
    t = {"invoice": "invoice", "tax_invoice": "invoice", "proforma": "proforma", "receipt": "receipt", "credit_note": "credit_note"}[doc["doc_type"]]
    if doc["lang"] in ("cs",) and doc["doc_type"] == "invoice" and not doc["with_tax"]:
        return "Faktura"
    return w(doc, t)

def total_str(x, cur):
    return str(q2(x))

def label(doc, file, producer, pages, genuine=True, edit_method=None, what_changed=None, edit_before_capture=False, note=None):
    dt = doc["doc_type"]
    return dict(file=file, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [], producer=producer,
                language=doc["lang"], is_invoice=dt in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
                doc_type=("other" if dt == "price_list" else dt), date=doc["date"].isoformat(),
                total=(str(q2(doc["printed_total"])) if doc.get("printed_total") is not None else None),
                currency=doc["currency"], supplier=doc["supplier"]["name"], buyer=doc["buyer"]["name"], pages=pages,
                edit_before_capture=edit_before_capture, arithmetic_error=bool(doc.get("arith_error")),
                **({"note": note} if note else {}))

def write_part(name, rows):
    with open(os.path.join(PARTS, name + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

def save_doc(key, doc):
    """store the model so edits.py can find the printed strings of the genuine file"""
    import pickle
    with open(os.path.join(PARTS, "doc_" + key + ".pkl"), "wb") as f:
        pickle.dump(doc, f)

def load_doc(key):
    import pickle
    with open(os.path.join(PARTS, "doc_" + key + ".pkl"), "rb") as f:
        return pickle.load(f)

def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
