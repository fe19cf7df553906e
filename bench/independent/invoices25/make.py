#!/usr/bin/env python
"""Generator for a labelled test set of (purchase) invoices, non-invoices and edited copies.
Everything here is invented: companies, addresses, tax numbers, amounts.
Run: /work/main/.venv/bin/python make.py
"""
import os, re, sys, json, random, shutil, subprocess, datetime as dt, io, html, math, copy
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
BUILD = os.path.join(BASE, "_build")
RNG = random.Random(2517)
REUSE = os.environ.get("REUSE") == "1"
FONT_DIR = "/usr/share/fonts/truetype"
DJ = FONT_DIR + "/dejavu/DejaVuSans.ttf"
DJB = FONT_DIR + "/dejavu/DejaVuSans-Bold.ttf"
DJS = FONT_DIR + "/dejavu/DejaVuSerif.ttf"
DJM = FONT_DIR + "/dejavu/DejaVuSansMono.ttf"
WQY = FONT_DIR + "/wqy/wqy-microhei.ttc"

D = lambda x: Decimal(str(x))
def r2(x, nd=2):
    q = Decimal(1) if nd == 0 else Decimal("0.01")
    return D(x).quantize(q, rounding=ROUND_HALF_UP)

# ----------------------------------------------------------------------------- parties
SUPPLIERS = {
 "PL": [("Hurtownia Warta-Pak Sp. z o.o.", ["ul. Garbary 71/3", "61-758 Poznań"], "NIP 782-214-90-37"),
        ("ZPH Kominek-Dąbrowski s.c.", ["ul. Przemysłowa 12", "62-030 Luboń"], "NIP 777-301-55-82"),
        ("Elektro-Serwis Nowicki i Wspólnicy Sp.j.", ["al. Niepodległości 200", "60-101 Poznań"], "NIP 779-118-04-66"),
        ("Drukarnia Lipowa Sp. z o.o.", ["ul. Lipowa 4", "64-100 Leszno"], "NIP 697-440-13-28")],
 "DE": [("Brenner & Sohn Haushaltswaren GmbH", ["Kesselstraße 14", "45127 Essen"], "USt-IdNr. DE318774502"),
        ("Nordlicht Textilhandel KG", ["Am Speicher 3", "28217 Bremen"], "USt-IdNr. DE287401196"),
        ("Kaltenbach Werkzeug-Großhandel GmbH", ["Industriering 88", "73037 Göppingen"], "USt-IdNr. DE302955718")],
 "AT": [("Alpenholz Handels GmbH", ["Gewerbepark 5", "4600 Wels"], "UID ATU71284530"),
        ("Donauglas Vertriebs-OG", ["Lastenstraße 21", "1230 Wien"], "UID ATU66120847")],
 "NL": [("Van der Molen Groothandel B.V.", ["Havenweg 42", "3542 AD Utrecht"], "Btw-nr NL861204337B01"),
        ("Kooistra Verpakkingen B.V.", ["Zuiderkade 7", "8921 EX Leeuwarden"], "Btw-nr NL820016722B01")],
 "BE": [("Vlaamse Keukenhandel BV", ["Nijverheidslaan 118", "9000 Gent"], "BTW BE0712.448.903"),
        ("Ardenne Bois SRL", ["Rue du Moulin 9", "6900 Marche-en-Famenne"], "TVA BE0688.301.274")],
 "IT": [("Ceramiche Valsenio S.r.l.", ["Via dei Fornaci 27", "48018 Faenza (RA)"], "P.IVA IT02847710395"),
        ("Tessitura Orobica S.p.A.", ["Via Roma 140", "24020 Gorle (BG)"], "P.IVA IT03319560162")],
 "ES": [("Suministros Levante Hermanos S.L.", ["Calle del Puerto 58", "46024 Valencia"], "NIF B98217455"),
        ("Cuchillería Albacete Norte S.A.", ["Polígono Campollano C/ E 12", "02007 Albacete"], "NIF A02319874")],
 "FR": [("Atelier Lumière Savoie SARL", ["12 rue des Tanneurs", "73000 Chambéry"], "TVA FR47 812 334 905")],
 "GB": [("Pennine Outdoor Supplies Ltd", ["Unit 4, Calder Trade Park", "Halifax HX1 5QT"], "VAT Reg GB 284 1193 07")],
 "US": [("Bluegill Components Inc.", ["2210 Ridgeway Ave, Suite 300", "Columbus, OH 43212"], "EIN 84-3310927")],
 "CN": [("宁波海曙瑞丰家居用品有限公司", ["浙江省宁波市海曙区望春工业园区景云路88号"], "统一社会信用代码 91330203MA2H7K4Q1X"),
        ("深圳市龙岗区启明电子科技有限公司", ["广东省深圳市龙岗区坂田街道雪岗路2018号"], "统一社会信用代码 91440300MA5F3R8N2C")],
 "JP": [("株式会社 浜松ツールワークス", ["静岡県浜松市中央区砂山町 3-14"], "登録番号 T4080401023318"),
        ("有限会社 さくら文具商会", ["大阪府大阪市西区靱本町 2-7-11"], "登録番号 T7120002045561")],
}
BUYERS = [
 ("Sklep Borówka Anna Wiśniewska", ["ul. Głogowska 155/8", "60-125 Poznań"], "NIP 779-240-66-13", "PL"),
 ("KRT Trading Krystian Tomczak", ["os. Lecha 21/40", "61-298 Poznań"], "NIP 782-261-37-09", "PL"),
 ("Domowe Ciepło Sp. z o.o.", ["ul. Składowa 3", "62-023 Gądki"], "NIP 777-329-81-40", "PL"),
 ("Greenfold Commerce Sp. z o.o.", ["ul. Wołczyńska 18", "60-003 Poznań"], "NIP 779-255-02-71", "PL"),
 ("Hafenblick Online GmbH", ["Speicherstadtweg 9", "20457 Hamburg"], "USt-IdNr. DE341180265", "DE"),
 ("Lindqvist & Maier Versand UG", ["Bahnhofstraße 31", "90402 Nürnberg"], "USt-IdNr. DE329017744", "DE"),
 ("Brightmoor Home Ltd", ["14 Canal Street", "Leeds LS3 1AB"], "VAT GB 301 7724 15", "GB"),
 ("Tulpenveld Webwinkel V.O.F.", ["Oude Gracht 61", "3511 AG Utrecht"], "Btw-nr NL864412985B01", "NL"),
]

ITEMS = {
 "pl": ["Kubek ceramiczny 350 ml, biały", "Ręcznik bawełniany 50x90", "Lampka LED biurkowa", "Karton klapowy 40x30x20",
        "Taśma pakowa 48 mm x 66 m", "Świeca sojowa w szkle", "Książka kucharska (5% VAT)", "Pieczywo chrupkie (8%)",
        "Folia bąbelkowa 1 m x 50 m", "Organizer bambusowy"],
 "de": ["Edelstahl-Thermobecher 0,5 l", "Frottierhandtuch 50x100 anthrazit", "Akku-Schrauber 12 V", "Versandkarton 30x20x15",
        "Schneidebrett Buche", "Kaffeefilter Gr. 4 (Lebensmittel 7 %)", "Baumwolltasche natur", "LED-Leuchtmittel E27 9 W",
        "Steckschlüsselsatz 46-tlg.", "Gewürzmühle Keramik"],
 "nl": ["Theedoek katoen geruit", "Opbergbox bamboe", "Dropmix 1 kg (9% btw)", "Fietslamp USB", "Verzenddoos A4",
        "Sojakaars lavendel", "Keramische schaal 20 cm", "Koffiebonen 500 g (9% btw)"],
 "fr": ["Lampe de chevet laiton", "Bougie parfumée 200 g", "Torchon lin lavé", "Boîte kraft 30x20x10", "Miel de montagne 500 g (5,5 %)",
        "Planche à découper noyer"],
 "it": ["Piatto piano ceramica 27 cm", "Tazza espresso decorata", "Ciotola insalata 24 cm", "Sciarpa lana merino", "Pasta di Gragnano 1 kg (IVA 4%)",
        "Vassoio smaltato"],
 "es": ["Cuchillo cocinero 20 cm", "Navaja plegable olivo", "Afilador cerámico", "Tabla corte haya", "Aceite de oliva 1 l (IVA 10%)",
        "Estuche de regalo"],
 "en": ["Waterproof stuff sack 20 L", "Carabiner 8 mm aluminium", "Merino hiking socks", "Head torch 300 lm", "Trekking pole pair",
        "Ceramic mug 350 ml", "USB-C cable 1 m braided", "Bamboo cutting board"],
 "zh": ["陶瓷马克杯 350ml", "竹制收纳盒", "不锈钢保温杯 500ml", "硅胶厨房铲", "LED台灯", "棉质毛巾 50x100", "包装纸箱 40x30x20"],
 "ja": ["ステンレス製ドライバーセット", "木製ペン立て", "A4クリアファイル 10枚組", "マスキングテープ 15mm", "精密ピンセット", "卓上カレンダー"],
}

COUNTRY_LANG = {"PL": "pl", "DE": "de", "AT": "de", "NL": "nl", "BE": "nl", "FR": "fr", "IT": "it", "ES": "es",
                "GB": "en", "US": "en", "CN": "zh", "JP": "ja"}
RATES = {"PL": [23, 8, 5], "DE": [19, 7], "AT": [20, 10], "NL": [21, 9], "BE": [21, 6], "FR": [20, 5.5], "IT": [22, 10, 4],
         "ES": [21, 10, 4], "GB": [20], "US": [0], "CN": [13, 9], "JP": [10, 8]}
CURR = {"PL": "PLN", "DE": "EUR", "AT": "EUR", "NL": "EUR", "BE": "EUR", "FR": "EUR", "IT": "EUR", "ES": "EUR",
        "GB": "GBP", "US": "USD", "CN": "CNY", "JP": "JPY"}

# ----------------------------------------------------------------------------- labels per language
T = {
 "pl": dict(invoice="Faktura VAT", credit_note="Faktura korygująca", proforma="Faktura pro forma", receipt="Rachunek",
            packing_list="Lista pakunkowa", purchase_order="Zamówienie", quotation="Oferta handlowa", delivery_note="WZ – Wydanie zewnętrzne",
            price_list="Cennik hurtowy", seller="Sprzedawca", buyer="Nabywca", no="Nr", date="Data wystawienia", sdate="Data sprzedaży",
            due="Termin płatności", desc="Nazwa towaru lub usługi", qty="Ilość", unit="j.m.", price="Cena netto", disc="Rabat",
            net="Wartość netto", rate="Stawka", vat="Kwota VAT", gross="Wartość brutto", total="Razem do zapłaty", ship="Koszt wysyłki",
            pay="Forma płatności: przelew 14 dni", rc="Odwrotne obciążenie", sum="Razem", byrate="W tym wg stawek", pcs="szt.", page="Strona",
            bank="Konto: PKO BP 41 1020 4027 0000 1102 0871 5530", sign="Podpis osoby upoważnionej do wystawienia"),
 "de": dict(invoice="Rechnung", credit_note="Rechnungskorrektur", proforma="Proforma-Rechnung", receipt="Quittung",
            packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein", price_list="Preisliste",
            seller="Verkäufer", buyer="Rechnungsempfänger", no="Rechnungs-Nr.", date="Rechnungsdatum", sdate="Lieferdatum", due="Fällig am",
            desc="Bezeichnung", qty="Menge", unit="Einh.", price="Einzelpreis", disc="Rabatt", net="Netto", rate="USt.", vat="USt.-Betrag",
            gross="Brutto", total="Gesamtbetrag", ship="Versandkosten", pay="Zahlbar ohne Abzug bis zum Fälligkeitsdatum.",
            rc="Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge, §13b UStG)", sum="Summe netto", byrate="zzgl. USt.",
            pcs="Stk.", page="Seite", bank="IBAN DE27 4305 0001 0047 1182 06 · BIC WELADED1BOC", sign=""),
 "nl": dict(invoice="Factuur", credit_note="Creditnota", proforma="Proforma factuur", receipt="Kassabon", packing_list="Paklijst",
            purchase_order="Inkooporder", quotation="Offerte", delivery_note="Afleverbon", price_list="Prijslijst", seller="Leverancier",
            buyer="Factuuradres", no="Factuurnummer", date="Factuurdatum", sdate="Leverdatum", due="Vervaldatum", desc="Omschrijving",
            qty="Aantal", unit="Eenh.", price="Prijs", disc="Korting", net="Excl. btw", rate="Btw", vat="Btw-bedrag", gross="Incl. btw",
            total="Totaal te betalen", ship="Verzendkosten", pay="Gelieve binnen 30 dagen te betalen o.v.v. het factuurnummer.",
            rc="Btw verlegd (art. 196 Btw-richtlijn)", sum="Subtotaal", byrate="Btw", pcs="st.", page="Pagina",
            bank="IBAN NL62 RABO 0318 2277 45", sign=""),
 "fr": dict(invoice="Facture", credit_note="Avoir", proforma="Facture proforma", receipt="Reçu", packing_list="Liste de colisage",
            purchase_order="Bon de commande", quotation="Devis", delivery_note="Bon de livraison", price_list="Tarifs professionnels",
            seller="Vendeur", buyer="Client", no="N° de facture", date="Date", sdate="Date de livraison", due="Échéance",
            desc="Désignation", qty="Qté", unit="U.", price="P.U. HT", disc="Remise", net="Total HT", rate="TVA", vat="Montant TVA",
            gross="Total TTC", total="Net à payer", ship="Frais de port", pay="Paiement à 30 jours par virement.",
            rc="Autoliquidation – art. 283-2 du CGI", sum="Total HT", byrate="TVA", pcs="pce", page="Page",
            bank="IBAN FR76 1027 8089 0100 0204 4170 118", sign=""),
 "it": dict(invoice="Fattura", credit_note="Nota di credito", proforma="Fattura proforma", receipt="Ricevuta", packing_list="Distinta colli",
            purchase_order="Ordine d'acquisto", quotation="Preventivo", delivery_note="Documento di trasporto (DDT)", price_list="Listino prezzi",
            seller="Cedente", buyer="Cessionario", no="Fattura n.", date="Data", sdate="Data consegna", due="Scadenza",
            desc="Descrizione", qty="Q.tà", unit="U.M.", price="Prezzo", disc="Sconto", net="Imponibile", rate="Aliquota", vat="IVA",
            gross="Totale", total="Totale documento", ship="Spese di trasporto", pay="Pagamento: bonifico bancario 30 gg d.f.",
            rc="Operazione non imponibile – inversione contabile art. 41 DL 331/93", sum="Totale imponibile", byrate="IVA",
            pcs="pz", page="Pag.", bank="IBAN IT40 S054 2811 1010 0000 0123 456", sign=""),
 "es": dict(invoice="Factura", credit_note="Factura rectificativa", proforma="Factura proforma", receipt="Recibo", packing_list="Lista de bultos",
            purchase_order="Pedido de compra", quotation="Presupuesto", delivery_note="Albarán de entrega", price_list="Tarifa de precios",
            seller="Proveedor", buyer="Cliente", no="Nº factura", date="Fecha", sdate="Fecha entrega", due="Vencimiento",
            desc="Descripción", qty="Cant.", unit="Ud.", price="Precio", disc="Dto.", net="Base imponible", rate="IVA %", vat="Cuota IVA",
            gross="Total", total="TOTAL FACTURA", ship="Portes", pay="Forma de pago: transferencia a 30 días.",
            rc="Inversión del sujeto pasivo – entrega intracomunitaria exenta (art. 25 LIVA)", sum="Base imponible", byrate="IVA",
            pcs="ud", page="Pág.", bank="IBAN ES91 2100 0418 4502 0005 1332", sign=""),
 "en": dict(invoice="Invoice", tax_invoice="Tax Invoice", credit_note="Credit Note", proforma="Proforma Invoice", receipt="Receipt",
            packing_list="Packing List", purchase_order="Purchase Order", quotation="Quotation", delivery_note="Delivery Note",
            price_list="Trade Price List", seller="From", buyer="Bill to", no="Invoice No.", date="Invoice date", sdate="Ship date",
            due="Due date", desc="Description", qty="Qty", unit="Unit", price="Unit price", disc="Disc.", net="Amount", rate="VAT",
            vat="VAT amount", gross="Gross", total="Total due", ship="Shipping", pay="Payment terms: Net 30.",
            rc="Reverse charge: customer to account for VAT", sum="Subtotal", byrate="VAT", pcs="pcs", page="Page",
            bank="Bank: Sort code 20-45-77, Acc 40918362", sign="", tax="Sales tax"),
 "zh": dict(invoice="商业发票 COMMERCIAL INVOICE", tax_invoice="增值税专用发票", credit_note="红字发票（销项负数）", proforma="形式发票 PROFORMA INVOICE",
            receipt="收据", packing_list="装箱单 PACKING LIST", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
            price_list="价格表", seller="销售方", buyer="购买方", no="发票号码", date="开票日期", sdate="发货日期", due="付款期限",
            desc="货物或应税劳务、服务名称", qty="数量", unit="单位", price="单价", disc="折扣", net="金额", rate="税率", vat="税额",
            gross="价税合计", total="价税合计（小写）", ship="运费", pay="付款方式：电汇 T/T", rc="", sum="合计", byrate="税额",
            pcs="个", page="第页", bank="开户行及账号：中国工商银行宁波分行 3901 1100 0920 0081 772", sign="收款人：王丽　复核：陈刚　开票人：李娜"),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", credit_note="返品伝票", proforma="御見積請求書", receipt="領収書", packing_list="梱包明細書",
            purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表", seller="発行者", buyer="御中",
            no="請求書番号", date="発行日", sdate="納品日", due="お支払期限", desc="品名", qty="数量", unit="単位", price="単価", disc="値引",
            net="金額", rate="税率", vat="消費税", gross="合計", total="ご請求金額", ship="送料", pay="お振込先：三菱UFJ銀行 浜松支店 普通 1234567",
            rc="", sum="小計", byrate="消費税", pcs="個", page="頁", bank="", sign=""),
}
for k in T:
    T[k].setdefault("tax_invoice", T[k]["invoice"])

FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
EN_M = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def fmt_date(d, lang, country, variant=0):
    if lang == "pl":
        return d.strftime("%d.%m.%Y") if variant == 0 else d.strftime("%Y-%m-%d")
    if lang == "de":
        return d.strftime("%d.%m.%Y") if variant == 0 else f"{d.day}. {DE_M[d.month-1]} {d.year}"
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    if lang == "fr":
        return f"{d.day} {FR_M[d.month-1]} {d.year}" if variant == 0 else d.strftime("%d/%m/%Y")
    if lang == "it":
        return d.strftime("%d/%m/%Y")
    if lang == "es":
        return d.strftime("%d/%m/%Y") if variant == 0 else f"{d.day} de {ES_M[d.month-1]} de {d.year}"
    if lang == "en":
        if country == "US":
            return d.strftime("%m/%d/%Y")
        return f"{d.day} {EN_M[d.month-1]} {d.year}" if variant == 0 else d.strftime("%d/%m/%Y")
    if lang == "zh":
        return f"{d.year}年{d.month}月{d.day}日" if variant == 0 else d.strftime("%Y-%m-%d")
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日" if variant == 0 else d.strftime("%Y/%m/%d")
    return d.isoformat()


def fmt_num(x, lang, country, nd=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):,.{nd}f}"  # 1,234.56
    if lang in ("de", "nl", "it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif lang in ("pl", "fr"):
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def fmt_money(x, cur, lang, country, sym=True):
    nd = 0 if cur == "JPY" else 2
    n = fmt_num(x, lang, country, nd)
    if not sym:
        return n
    if cur == "EUR":
        if lang == "nl":
            return "€ " + n
        if lang == "en":
            return "€" + n
        return n + " €"
    if cur == "PLN":
        return n + " zł" if lang == "pl" else n + " PLN"
    if cur == "USD":
        return "$" + n if country == "US" else n + " USD"
    if cur == "GBP":
        return "£" + n
    if cur == "CNY":
        return "¥" + n
    if cur == "JPY":
        return "¥" + n
    return n + " " + cur


def num_plain(x, cur):
    return str(r2(x, 0 if cur == "JPY" else 2))

# ----------------------------------------------------------------------------- document model
COUNTER = {"n": 0}


def make_doc(country, doc_type="invoice", n_items=None, lang=None, buyer=None, reverse_charge=False, skonto=False,
             discount=False, shipping=None, arith=None, cur=None, style=None, long=False, date_variant=0):
    COUNTER["n"] += 1
    lang = lang or COUNTRY_LANG[country]
    sup = RNG.choice(SUPPLIERS[country])
    b = buyer or RNG.choice([x for x in BUYERS if x[3] != country] if reverse_charge else BUYERS)
    cur = cur or CURR[country]
    if country in ("CN",) and lang == "en":
        cur = "USD"
    date = dt.date(2025, 1, 1) + dt.timedelta(days=RNG.randint(0, 430))
    rates = RATES[country]
    nd = 0 if cur == "JPY" else 2
    pool = ITEMS[lang]
    n = n_items or RNG.randint(2, 6)
    if long:
        n = RNG.randint(34, 48)
    items = []
    for i in range(n):
        desc = pool[i % len(pool)] + (f" – wariant {i // len(pool) + 1}" if (i >= len(pool) and lang == "pl") else
                                      (f" #{i // len(pool) + 1}" if i >= len(pool) else ""))
        qty = RNG.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 36, 48, 50, 100, 120, 200])
        if cur == "JPY":
            price = D(RNG.randint(80, 9800))
        elif cur == "CNY":
            price = r2(RNG.uniform(3, 260))
        else:
            price = r2(RNG.uniform(0.4, 95))
        rate = rates[0] if (len(rates) == 1 or RNG.random() < 0.7) else RNG.choice(rates[1:])
        if reverse_charge:
            rate = 0
        disc = D(RNG.choice([0, 0, 5, 10, 15])) if discount else D(0)
        items.append(dict(desc=desc, qty=D(qty), price=price, rate=D(str(rate)), disc=disc))
    if shipping is None:
        shipping = RNG.random() < 0.35
    if shipping:
        sp = D(RNG.choice([690, 1200, 2500])) if cur == "JPY" else r2(RNG.choice([9.9, 14.5, 19, 24.99, 39, 45, 60]))
        items.append(dict(desc=T[lang]["ship"], qty=D(1), price=sp, rate=D(str(0 if reverse_charge else rates[0])), disc=D(0), ship=True))
    for it in items:
        it["net"] = r2(it["qty"] * it["price"] * (1 - it["disc"] / 100), nd)
    d = dict(id=COUNTER["n"], country=country, lang=lang, doc_type=doc_type, supplier=sup, buyer=b, cur=cur, date=date,
             number=None, items=items, reverse_charge=reverse_charge, skonto=skonto, discount=discount, arith=arith,
             style=style, date_variant=date_variant, us_tax=None)
    d["number"] = doc_number(d)
    d["due"] = date + dt.timedelta(days=RNG.choice([7, 14, 30]))
    compute(d)
    return d


def doc_number(d):
    y = d["date"].year; m = d["date"].month; k = RNG.randint(11, 980)
    c, t = d["country"], d["doc_type"]
    if c == "PL":
        pre = {"invoice": "FV", "credit_note": "FK", "proforma": "PF", "delivery_note": "WZ", "purchase_order": "ZAM",
               "quotation": "OF", "packing_list": "PL", "receipt": "R"}.get(t, "DOK")
        return f"{pre} {k}/{m:02d}/{y}"
    if c in ("DE", "AT"):
        return f"RE-{y}-{k:05d}" if t == "invoice" else f"{t[:2].upper()}-{y}{k:04d}"
    if c in ("NL", "BE"):
        return f"{y}{k:04d}"
    if c == "CN":
        return f"{RNG.randint(10000000, 99999999)}"
    if c == "JP":
        return f"{y}{m:02d}-{k:03d}"
    if c == "IT":
        return f"{k}/{y}"
    if c == "ES":
        return f"F{str(y)[2:]}-{k:04d}"
    return f"INV-{y}{m:02d}{k:03d}"


def compute(d):
    nd = 0 if d["cur"] == "JPY" else 2
    by = {}
    for it in d["items"]:
        by.setdefault(it["rate"], D(0))
        by[it["rate"]] += it["net"]
    rows = []
    for rate in sorted(by, reverse=True):
        net = by[rate]; vat = r2(net * rate / 100, nd)
        rows.append([rate, net, vat, net + vat])
    net = sum((r[1] for r in rows), D(0)); vat = sum((r[2] for r in rows), D(0))
    d["by_rate"] = rows; d["net"] = net; d["vat"] = vat; d["gross"] = net + vat
    if d["country"] == "US":
        # US: sales tax on taxable items (none for resale certificate)
        d["by_rate"] = [[D(0), net, D(0), net]]
    # deliberate arithmetic mistakes (only printed values differ from a correct computation)
    a = d.get("arith")
    if a == "line":
        it = d["items"][0]
        it["net"] = it["net"] + (D(10) if nd == 0 else D("10.00"))   # line total does not equal qty x price
    elif a == "vat":
        d["by_rate"][0][2] = d["by_rate"][0][2] + (D(100) if nd == 0 else D("1.00"))
        d["by_rate"][0][3] = d["by_rate"][0][1] + d["by_rate"][0][2]
        d["vat"] = sum((r[2] for r in d["by_rate"]), D(0)); d["gross"] = d["net"] + d["vat"]
    elif a == "sum":
        s = str(d["gross"]); digits = [i for i, ch in enumerate(s) if ch.isdigit()]
        i = digits[-4] if len(digits) >= 4 else digits[0]
        j = i + 1 if s[i + 1].isdigit() else i + 2
        if s[i] == s[j]:
            d["gross"] = d["gross"] + D(9) * (D(10) ** (len(s.split('.')[0]) - i - 1) if '.' in s else 1)
        else:
            l = list(s); l[i], l[j] = l[j], l[i]; d["gross"] = D("".join(l))   # transposed digits
    elif a == "discount":
        # discount shown but total computed without it
        d["gross_override"] = None
    if d["doc_type"] == "credit_note":
        for it in d["items"]:
            it["qty"] = -it["qty"]; it["net"] = -it["net"]
        for r in d["by_rate"]:
            r[1], r[2], r[3] = -r[1], -r[2], -r[3]
        d["net"], d["vat"], d["gross"] = -d["net"], -d["vat"], -d["gross"]
    if d["skonto"]:
        d["skonto_amt"] = r2(d["gross"] * D("0.02"), nd)


def has_prices(d):
    return d["doc_type"] not in ("packing_list", "delivery_note", "letter")


def has_total(d):
    return d["doc_type"] not in ("packing_list", "delivery_note", "letter", "price_list")


def M(d, x, sym=True):
    return fmt_money(x, d["cur"], d["lang"], d["country"], sym)


def N(d, x, nd=None):
    if nd is None:
        nd = 0 if d["cur"] == "JPY" else 2
    return fmt_num(x, d["lang"], d["country"], nd)


def Q(d, q):
    q = D(q)
    return str(int(q)) if q == q.to_integral() else N(d, q, 2)


def R(d, rate):
    if d["reverse_charge"]:
        return {"pl": "np", "de": "0 %", "nl": "verlegd", "fr": "AL", "it": "N.I.", "es": "ISP", "en": "RC"}.get(d["lang"], "0%")
    s = f"{rate.normalize():f}" if rate != rate.to_integral() else str(int(rate))
    if d["lang"] in ("pl", "de", "nl", "fr", "it", "es"):
        s = s.replace(".", ",")
    return s + ("%" if d["lang"] in ("pl", "zh", "ja", "en", "nl", "it", "es") else " %")


def title(d):
    return T[d["lang"]].get(d["doc_type"], d["doc_type"])


def dstr(d, which="date"):
    return fmt_date(d[which], d["lang"], d["country"], d.get("date_variant", 0))

# ----------------------------------------------------------------------------- HTML (accounting-program styles)
CSS = {
 "plprog": """body{font-family:'DejaVu Sans',sans-serif;font-size:8.5pt;color:#111;margin:0}
  .top{display:flex;justify-content:space-between;border-bottom:2px solid #555;padding-bottom:4px}
  h1{font-size:15pt;margin:2px 0} .meta td{padding:1px 6px} .box{border:1px solid #888;padding:5px;width:46%;display:inline-block;vertical-align:top;margin:6px 1% 6px 0;min-height:60px}
  .box b.h{display:block;background:#ddd;margin:-5px -5px 4px;padding:2px 5px}
  table.it{border-collapse:collapse;width:100%} table.it th{background:#e4e4e4;border:1px solid #777;font-size:7.5pt;padding:2px}
  table.it td{border:1px solid #999;padding:2px 3px} .r{text-align:right} .tot{font-size:12pt;font-weight:bold;margin-top:8px}
  .sig{margin-top:40px;display:flex;justify-content:space-between;font-size:7pt;color:#555} .sig div{border-top:1px dotted #444;width:40%;text-align:center}""",
 "deprog": """body{font-family:'DejaVu Serif',serif;font-size:9.5pt;margin:0;color:#222}
  .sender{font-size:6.5pt;text-decoration:underline;margin-top:30mm} .addr{height:30mm;margin-top:2mm}
  .info{position:absolute;right:0;top:32mm;font-size:8.5pt} .info td{padding:0 4px}
  .logo{position:absolute;right:0;top:0;font-family:'DejaVu Sans';font-size:16pt;color:#1b4f7a;font-weight:bold}
  h1{font-size:13pt;margin:10mm 0 4mm} table.it{border-collapse:collapse;width:100%} table.it th{border-bottom:1.5px solid #000;text-align:left;font-size:8.5pt}
  table.it td{padding:2px 3px;border-bottom:0.5px solid #ccc} .r{text-align:right!important} .sum td{padding:1px 4px}
  .foot{margin-top:14mm;font-size:7pt;color:#555;border-top:1px solid #999;padding-top:3px;display:flex;justify-content:space-between}""",
 "webshop": """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;margin:0;color:#333}
  .hdr{background:#0f766e;color:#fff;padding:10px 14px;font-size:16pt;font-weight:bold;border-radius:6px}
  .hdr small{display:block;font-size:8pt;font-weight:normal} h1{color:#0f766e;font-size:13pt}
  .cols{display:flex;gap:20px} .cols div{flex:1;background:#f3f6f6;padding:8px;border-radius:4px}
  table.it{border-collapse:collapse;width:100%;margin-top:10px} table.it th{background:#0f766e;color:#fff;padding:4px;text-align:left}
  table.it tr:nth-child(even) td{background:#f1f5f5} table.it td{padding:4px} .r{text-align:right!important}
  .tot{font-size:12pt;color:#0f766e;font-weight:bold} .foot{margin-top:20px;font-size:7.5pt;color:#777}""",
 "factuur": """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;margin:0;color:#1a1a1a}
  .band{border-left:8px solid #e36414;padding-left:10px} h1{font-size:20pt;font-weight:300;letter-spacing:2px;margin:0}
  .cols{display:flex;justify-content:space-between;margin:14px 0} table.it{border-collapse:collapse;width:100%}
  table.it th{border-bottom:2px solid #e36414;text-align:left;padding:3px} table.it td{padding:3px;border-bottom:1px solid #eee}
  .r{text-align:right!important} .tot td{font-weight:bold;font-size:11pt;border-top:2px solid #333} .foot{margin-top:18px;font-size:7.5pt;color:#666}""",
 "fapiao": """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;margin:0;color:#7a2e0e}
  h1{text-align:center;font-size:18pt;letter-spacing:6px;color:#8b3a1a;border-bottom:3px double #8b3a1a;width:60%;margin:0 auto 6px}
  .meta{text-align:right;color:#222} table.g{border-collapse:collapse;width:100%;border:1.5px solid #8b3a1a}
  table.g td,table.g th{border:1px solid #8b3a1a;padding:3px;color:#222} table.g th{color:#8b3a1a;font-weight:normal}
  .r{text-align:right} .lab{color:#8b3a1a;text-align:center;white-space:nowrap} .foot{color:#8b3a1a;margin-top:6px;display:flex;justify-content:space-between}""",
 "seikyu": """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;margin:0}
  h1{text-align:center;font-size:20pt;letter-spacing:12px;border-bottom:1px solid #000;width:40%;margin:0 auto 10px;font-weight:normal}
  .to{font-size:13pt;border-bottom:1px solid #000;width:55%} .big{border:2px solid #000;padding:6px;font-size:14pt;width:55%;margin:10px 0}
  .iss{position:absolute;right:0;top:55px;text-align:right;font-size:8.5pt} table.it{border-collapse:collapse;width:100%}
  table.it th{background:#eee;border:1px solid #444;padding:3px} table.it td{border:1px solid #444;padding:3px} .r{text-align:right}""",
 "minimal": """body{font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:9pt;margin:0}
  h1{font-size:14pt;text-transform:uppercase;letter-spacing:1px} .cols{display:flex;justify-content:space-between}
  table.it{border-collapse:collapse;width:100%;margin-top:12px} table.it th{border-bottom:1px solid #000;text-align:left} table.it td{padding:2px 0}
  .r{text-align:right!important} .foot{margin-top:20px;font-size:7.5pt}""",
}
E = html.escape


def party_html(p):
    return f"<b>{E(p[0])}</b><br>" + "<br>".join(E(x) for x in p[1]) + f"<br>{E(p[2])}"


def items_html(d, with_prices=True, plcols=False):
    L = T[d["lang"]]
    if not with_prices:
        h = f"<tr><th>#</th><th>{L['desc']}</th><th class=r>{L['qty']}</th><th>{L['unit']}</th></tr>"
        rows = "".join(f"<tr><td>{i+1}</td><td>{E(it['desc'])}</td><td class=r>{Q(d, it['qty'])}</td><td>{L['pcs']}</td></tr>"
                       for i, it in enumerate(d["items"]))
        return f"<table class=it>{h}{rows}</table>"
    disc = d["discount"]
    h = (f"<tr><th>Lp.</th><th>{L['desc']}</th><th>{L['unit']}</th><th class=r>{L['qty']}</th><th class=r>{L['price']}</th>"
         + (f"<th class=r>{L['disc']}</th>" if disc else "") + f"<th class=r>{L['rate']}</th><th class=r>{L['net']}</th></tr>")
    rows = ""
    for i, it in enumerate(d["items"]):
        rows += (f"<tr><td>{i+1}</td><td>{E(it['desc'])}</td><td>{L['pcs']}</td><td class=r>{Q(d, it['qty'])}</td><td class=r>{N(d, it['price'])}</td>"
                 + (f"<td class=r>{int(it['disc'])}%</td>" if disc else "") + f"<td class=r>{R(d, it['rate'])}</td><td class=r>{N(d, it['net'])}</td></tr>")
    return f"<table class=it>{h}{rows}</table>"


def vat_table_html(d):
    L = T[d["lang"]]
    rows = "".join(f"<tr><td class=r>{R(d, r[0])}</td><td class=r>{N(d, r[1])}</td><td class=r>{N(d, r[2])}</td><td class=r>{N(d, r[3])}</td></tr>"
                   for r in d["by_rate"])
    return (f"<table class='it sum' style='width:55%;margin-left:45%;margin-top:6px'><tr><th class=r>{L['rate']}</th><th class=r>{L['net']}</th>"
            f"<th class=r>{L['vat']}</th><th class=r>{L['gross']}</th></tr>{rows}"
            f"<tr><td class=r><b>{L['sum']}</b></td><td class=r><b>{N(d, d['net'])}</b></td><td class=r><b>{N(d, d['vat'])}</b></td><td class=r><b>{N(d, d['gross'])}</b></td></tr></table>")


def notes_html(d):
    L = T[d["lang"]]; out = []
    if d["reverse_charge"] and L["rc"]:
        out.append(f"<p><b>{E(L['rc'])}</b></p>")
    if d["skonto"]:
        sk = M(d, d["skonto_amt"])
        out.append(f"<p>Zahlbar innerhalb von 10 Tagen mit 2 % Skonto (Skontobetrag {sk}) oder bis {dstr(d, 'due')} ohne Abzug.</p>")
    elif d["doc_type"] in ("invoice", "tax_invoice"):
        out.append(f"<p>{E(L['pay'])}</p>")
    if d["doc_type"] == "quotation":
        out.append("<p>" + {"de": "Gültig 30 Tage ab Angebotsdatum.", "pl": "Oferta ważna 30 dni.", "en": "Valid for 30 days.",
                            "nl": "Geldig tot 30 dagen na dagtekening.", "it": "Validità offerta: 30 giorni.", "es": "Validez: 30 días.",
                            "fr": "Devis valable 30 jours.", "zh": "报价有效期30天。", "ja": "有効期限：発行日より30日"}[d["lang"]] + "</p>")
    if d["doc_type"] == "proforma":
        out.append("<p>" + {"pl": "Dokument nie jest fakturą VAT.", "de": "Dies ist keine Rechnung im Sinne des UStG.",
                            "en": "This is not a tax invoice.", "zh": "本形式发票不作为付款凭证。"}.get(d["lang"], "Pro forma") + "</p>")
    return "".join(out)


def html_doc(d):
    L = T[d["lang"]]; st = d["style"]; wp = has_prices(d)
    tot_line = (f"{L['total']}: {M(d, d['gross'])}" if has_total(d) else "")
    head_meta = (f"<table class=meta><tr><td>{L['no']}</td><td><b>{E(d['number'])}</b></td></tr><tr><td>{L['date']}</td><td>{dstr(d)}</td></tr>"
                 + (f"<tr><td>{L['due']}</td><td>{dstr(d, 'due')}</td></tr>" if has_total(d) and d['doc_type'] != 'quotation' else "") + "</table>")
    if st == "plprog":
        body = (f"<div class=top><div><h1>{E(title(d))}</h1>{E(L['no'])} {E(d['number'])}</div>"
                f"<div>{L['date']}: {dstr(d)}<br>{L['sdate']}: {dstr(d)}<br>Miejsce wystawienia: Poznań</div></div>"
                f"<div class=box><b class=h>{L['seller']}</b>{party_html(d['supplier'])}</div><div class=box><b class=h>{L['buyer']}</b>{party_html(d['buyer'])}</div>"
                + items_html(d, wp) + (vat_table_html(d) if has_total(d) else "")
                + (f"<div class=tot>{tot_line}</div>" if tot_line else "") + notes_html(d)
                + f"<p>{E(L['bank'])}</p>"
                + f"<div class=sig><div>{L['sign']}</div><div>Podpis osoby upoważnionej do odbioru</div></div>"
                + "<p style='font-size:6.5pt;color:#888'>Wygenerowano w programie FAKTUROWNIK-ROB 4.2 · wydruk oryginał</p>")
    elif st == "deprog":
        s = d["supplier"]
        info = (f"<table class=info><tr><td>{L['no']}</td><td>{E(d['number'])}</td></tr><tr><td>{L['date']}</td><td>{dstr(d)}</td></tr>"
                f"<tr><td>Kunden-Nr.</td><td>{RNG.randint(10000, 99999)}</td></tr><tr><td>{L['sdate']}</td><td>{dstr(d)}</td></tr></table>")
        sums = ""
        if has_total(d):
            sums = f"<table class=sum style='margin-left:55%;width:45%;margin-top:6px'><tr><td>{L['sum']}</td><td class=r>{M(d, d['net'])}</td></tr>"
            for r in d["by_rate"]:
                sums += f"<tr><td>{L['byrate']} {R(d, r[0])}</td><td class=r>{M(d, r[2])}</td></tr>"
            sums += f"<tr><td><b>{L['total']}</b></td><td class=r><b>{M(d, d['gross'])}</b></td></tr></table>"
        body = (f"<div class=logo>{E(s[0].split()[0])}</div><div class=sender>{E(s[0])} · {E(' · '.join(s[1]))}</div>"
                f"<div class=addr>{party_html(d['buyer'])}</div>{info}<h1>{E(title(d))} {E(d['number'])}</h1>"
                + items_html(d, wp) + sums + notes_html(d)
                + f"<div class=foot><span>{E(s[0])}<br>{E(s[2])}</span><span>{E(L['bank'])}</span><span>Geschäftsführer: K. Lehmann<br>Amtsgericht HRB 2{RNG.randint(1000,9999)}</span></div>")
    elif st == "webshop":
        s = d["supplier"]
        body = (f"<div class=hdr>{E(s[0])}<small>{E(', '.join(s[1]))} · {E(s[2])}</small></div>"
                f"<h1>{E(title(d))} {E(d['number'])}</h1><p>Order #{RNG.randint(100000, 999999)} · {L['date']}: {dstr(d)}</p>"
                f"<div class=cols><div><b>{L['buyer']}</b><br>{party_html(d['buyer'])}</div><div><b>{L['seller']}</b><br>{party_html(s)}</div></div>"
                + items_html(d, wp))
        if has_total(d):
            body += f"<table style='margin-left:55%;width:45%;margin-top:8px'><tr><td>{L['sum']}</td><td class=r>{M(d, d['net'])}</td></tr>"
            for r in d["by_rate"]:
                if d["country"] == "US":
                    body += f"<tr><td>{L.get('tax','Tax')} (resale cert.)</td><td class=r>{M(d, r[2])}</td></tr>"
                else:
                    body += f"<tr><td>{L['vat']} {R(d, r[0])}</td><td class=r>{M(d, r[2])}</td></tr>"
            body += f"<tr><td class=tot>{L['total']}</td><td class='r tot'>{M(d, d['gross'])}</td></tr></table>"
        body += notes_html(d) + "<div class=foot>Thank you for your order! Questions? support@" + s[0].split()[0].lower().replace(',', '') + "-shop.example</div>"
    elif st == "factuur":
        s = d["supplier"]
        body = (f"<div class=band><h1>{E(title(d).upper())}</h1>{E(s[0])}</div><div class=cols><div>{party_html(d['buyer'])}</div>"
                f"<div>{head_meta}</div><div>{party_html(s)}</div></div>" + items_html(d, wp))
        if has_total(d):
            body += f"<table style='margin-left:50%;width:50%;margin-top:6px'><tr><td>{L['sum']}</td><td class=r>{M(d, d['net'])}</td></tr>"
            for r in d["by_rate"]:
                body += f"<tr><td>{L['byrate']} {R(d, r[0])} over {M(d, r[1])}</td><td class=r>{M(d, r[2])}</td></tr>"
            body += f"<tr class=tot><td>{L['total']}</td><td class=r>{M(d, d['gross'])}</td></tr></table>"
        body += notes_html(d) + f"<div class=foot>{E(L['bank'])} · KvK {RNG.randint(10000000, 99999999)} · {E(s[2])}</div>"
    elif st == "fapiao":
        s, b = d["supplier"], d["buyer"]
        rows = "".join(f"<tr><td>*{E(it['desc'])}</td><td>{L['pcs']}</td><td class=r>{Q(d, it['qty'])}</td><td class=r>{N(d, it['price'])}</td>"
                       f"<td class=r>{N(d, it['net'])}</td><td class=r>{R(d, it['rate'])}</td><td class=r>{N(d, r2(it['net'] * it['rate'] / 100))}</td></tr>"
                       for it in d["items"])
        body = (f"<h1>{E(title(d))}</h1><div class=meta>{L['no']}：{d['number']}<br>{L['date']}：{dstr(d)}</div>"
                f"<table class=g><tr><td class=lab>购买方</td><td colspan=6>名称：{E(b[0])}<br>纳税人识别号：{E(b[2])}<br>地址：{E(' '.join(b[1]))}</td></tr>"
                f"<tr><th>{L['desc']}</th><th>{L['unit']}</th><th>{L['qty']}</th><th>{L['price']}</th><th>{L['net']}</th><th>{L['rate']}</th><th>{L['vat']}</th></tr>{rows}"
                f"<tr><td>{L['sum']}</td><td></td><td></td><td></td><td class=r>{M(d, d['net'])}</td><td></td><td class=r>{M(d, d['vat'])}</td></tr>"
                f"<tr><td>{L['gross']}（大写）</td><td colspan=3>{cn_upper(d['gross'])}</td><td colspan=3>（小写）{M(d, d['gross'])}</td></tr>"
                f"<tr><td class=lab>销售方</td><td colspan=6>名称：{E(s[0])}<br>{E(s[2])}<br>地址：{E(' '.join(s[1]))}<br>{E(L['bank'])}</td></tr></table>"
                f"<div class=foot><span>{E(L['sign'])}</span><span>销售方：（章）</span></div>")
    elif st == "seikyu":
        s, b = d["supplier"], d["buyer"]
        rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{Q(d, it['qty'])}</td><td class=r>{N(d, it['price'])}</td><td class=r>{R(d, it['rate'])}</td><td class=r>{N(d, it['net'])}</td></tr>"
                       for it in d["items"])
        tax = "".join(f"<tr><td colspan=4 class=r>{L['byrate']}（{R(d, r[0])}対象 {M(d, r[1])}）</td><td class=r>{M(d, r[2])}</td></tr>" for r in d["by_rate"])
        body = (f"<h1>{E(title(d))}</h1><div class=to>{E(b[0])} {L['buyer']}</div><div class=iss>{L['date']}：{dstr(d)}<br>{L['no']}：{d['number']}<br>"
                f"<b>{E(s[0])}</b><br>{E(s[1][0])}<br>{E(s[2])}</div><p>下記の通りご請求申し上げます。</p>"
                + (f"<div class=big>{L['total']}　{M(d, d['gross'])}（税込）</div>" if has_total(d) else "<br><br>")
                + f"<table class=it><tr><th>{L['desc']}</th><th>{L['qty']}</th><th>{L['price']}</th><th>{L['rate']}</th><th>{L['net']}</th></tr>{rows}"
                f"<tr><td colspan=4 class=r>{L['sum']}</td><td class=r>{M(d, d['net'])}</td></tr>{tax}"
                f"<tr><td colspan=4 class=r><b>{L['gross']}</b></td><td class=r><b>{M(d, d['gross'])}</b></td></tr></table>"
                f"<p>{L['due']}：{dstr(d, 'due')}<br>{E(L['pay'])}</p>")
    else:  # minimal
        s = d["supplier"]
        body = (f"<div class=cols><div>{party_html(s)}</div><div><h1>{E(title(d))}</h1>{head_meta}</div></div>"
                f"<p><b>{L['buyer']}:</b><br>{party_html(d['buyer'])}</p>" + items_html(d, wp))
        if has_total(d):
            body += vat_table_html(d) + f"<p class=r style='font-size:12pt'><b>{L['total']}: {M(d, d['gross'])}</b></p>"
        body += notes_html(d) + f"<div class=foot>{E(L['bank'])}</div>"
    return (f"<!doctype html><html lang={d['lang']}><head><meta charset=utf-8><style>@page{{size:A4;margin:14mm 14mm 16mm}}"
            f"body{{position:relative}}{CSS[st]}</style></head><body>{body}</body></html>")


CN_D = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(x):
    x = r2(abs(x)); yuan = int(x); jiao = int((x * 10) % 10); fen = int((x * 100) % 10)
    units = ["", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿"]
    s = ""; digits = str(yuan); zero = False
    for i, ch in enumerate(digits):
        pos = len(digits) - i - 1; n = int(ch)
        if n == 0:
            zero = True
            if pos == 4:
                s += "万"
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CN_D[n] + units[pos]
    s = (s or "零") + "圆"
    if jiao == 0 and fen == 0:
        return s + "整"
    return s + (CN_D[jiao] + "角" if jiao else "零") + (CN_D[fen] + "分" if fen else "")


def render_chromium(html_text, pdf_path):
    pdf_path = os.path.abspath(pdf_path); hp = pdf_path[:-4] + ".html"
    open(hp, "w", encoding="utf-8").write(html_text)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", "file://" + hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    os.remove(hp)


def render_weasy(html_text, pdf_path):
    import weasyprint
    weasyprint.HTML(string=html_text).write_pdf(pdf_path)

# ----------------------------------------------------------------------------- ReportLab
_RL = {}


def rl_fonts(lang):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if lang in ("zh", "ja"):
        if "WQY" not in _RL:
            pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0)); _RL["WQY"] = 1
        return "WQY", "WQY"
    if lang == "pl":
        if "DJ" not in _RL:
            pdfmetrics.registerFont(TTFont("DJ", DJ)); pdfmetrics.registerFont(TTFont("DJB", DJB)); _RL["DJ"] = 1
        return "DJ", "DJB"
    return "Helvetica", "Helvetica-Bold"


def render_reportlab(d, pdf_path, variant=0):
    """Classic desktop-program layout drawn with the canvas; uncompressed content streams."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    L = T[d["lang"]]; f, fb = rl_fonts(d["lang"])
    size = letter if d["country"] == "US" else A4
    W, H = size
    c = canvas.Canvas(pdf_path, pagesize=size, pageCompression=0)
    c.setAuthor(d["supplier"][0]); c.setCreator("OfficeLedger Pro 11.3"); c.setTitle(f"{title(d)} {d['number']}")
    wp = has_prices(d)
    cols = [40, 60, 300, 345, 410, 470, W - 40] if wp else [40, 60, 400, 470]
    def header(page):
        y = H - 50
        if variant == 1:
            c.setFillColorRGB(0.15, 0.25, 0.45); c.rect(0, H - 80, W, 80, fill=1, stroke=0); c.setFillColorRGB(1, 1, 1)
            c.setFont(fb, 16); c.drawString(40, H - 45, d["supplier"][0]); c.setFont(f, 8)
            c.drawString(40, H - 60, " · ".join(d["supplier"][1]) + " · " + d["supplier"][2]); c.setFillColorRGB(0, 0, 0)
            y = H - 110
        else:
            c.setFont(fb, 12); c.drawString(40, y, d["supplier"][0]); c.setFont(f, 8.5)
            for i, ln in enumerate(d["supplier"][1] + [d["supplier"][2]]):
                c.drawString(40, y - 13 - 11 * i, ln)
            y -= 70
        c.setFont(fb, 15); c.drawRightString(W - 40, H - 50 if variant == 0 else y, title(d))
        c.setFont(f, 9)
        c.drawRightString(W - 40, (H - 68 if variant == 0 else y - 16), f"{L['no']} {d['number']}")
        c.drawRightString(W - 40, (H - 80 if variant == 0 else y - 28), f"{L['date']}: {dstr(d)}")
        if page == 1:
            c.setFont(fb, 9); c.drawString(40, y, L["buyer"] + ":"); c.setFont(f, 9)
            c.drawString(40, y - 12, d["buyer"][0])
            for i, ln in enumerate(d["buyer"][1] + [d["buyer"][2]]):
                c.drawString(40, y - 24 - 11 * i, ln)
            y -= 80
        else:
            y -= 10
        c.setFont(fb, 8)
        heads = ["#", L["desc"], L["qty"], L["price"], L["rate"], L["net"]] if wp else ["#", L["desc"], L["qty"], L["unit"]]
        for i, h in enumerate(heads):
            if i >= 2 and wp:
                c.drawRightString(cols[i + 1] - 4, y, h)
            else:
                c.drawString(cols[i], y, h)
        c.line(40, y - 4, W - 40, y - 4)
        return y - 16
    per_page = 30
    chunks = [d["items"][i:i + per_page] for i in range(0, len(d["items"]), per_page)] or [[]]
    npages = len(chunks); k = 0
    for p, chunk in enumerate(chunks, 1):
        y = header(p); c.setFont(f, 8.5)
        for it in chunk:
            k += 1
            c.drawString(cols[0], y, str(k)); c.drawString(cols[1], y, it["desc"][:52])
            if wp:
                c.drawRightString(cols[3] - 4, y, Q(d, it["qty"])); c.drawRightString(cols[4] - 4, y, N(d, it["price"]))
                c.drawRightString(cols[5] - 4, y, R(d, it["rate"])); c.drawRightString(cols[6] - 4, y, N(d, it["net"]))
            else:
                c.drawRightString(cols[3] - 4, y, Q(d, it["qty"])); c.drawString(cols[3] + 4, y, L["pcs"])
            y -= 14
        if p == npages:
            c.line(40, y + 6, W - 40, y + 6); y -= 8
            if has_total(d):
                c.drawRightString(470, y, L["sum"]); c.drawRightString(W - 44, y, M(d, d["net"])); y -= 13
                for r in d["by_rate"]:
                    lbl = (L.get("tax", "Tax") if d["country"] == "US" else f"{L['byrate']} {R(d, r[0])}")
                    c.drawRightString(470, y, lbl); c.drawRightString(W - 44, y, M(d, r[2])); y -= 13
                c.setFont(fb, 10.5); c.drawRightString(470, y, L["total"]); c.drawRightString(W - 44, y, M(d, d["gross"])); y -= 22
                c.setFont(f, 8)
            if d["reverse_charge"] and L["rc"]:
                c.drawString(40, y, L["rc"]); y -= 12
            if d["skonto"]:
                c.drawString(40, y, f"2 % Skonto bei Zahlung innerhalb 10 Tagen: {M(d, d['skonto_amt'])} – netto Kasse bis {dstr(d, 'due')}"); y -= 12
            elif has_total(d):
                c.drawString(40, y, f"{L['due']}: {dstr(d, 'due')}"); y -= 12
            if L["bank"]:
                c.drawString(40, y, L["bank"])
        c.setFont(f, 7); c.drawCentredString(W / 2, 25, f"{L['page']} {p}/{npages}")
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- fpdf2
def render_fpdf(d, pdf_path):
    from fpdf import FPDF
    L = T[d["lang"]]
    pdf = FPDF(format="A4"); pdf.set_auto_page_break(True, 18)
    if d["lang"] in ("zh", "ja"):
        pdf.add_font("DV", "", WQY, collection_font_number=0); pdf.add_font("DV", "B", WQY, collection_font_number=0)
    else:
        pdf.add_font("DV", "", DJ); pdf.add_font("DV", "B", DJB)
    pdf.set_creator("KasaMini 3"); pdf.set_title(title(d))
    pdf.add_page(); pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, title(d) + "  " + d["number"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, f"{L['date']}: {dstr(d)}", new_x="LMARGIN", new_y="NEXT"); pdf.ln(3)
    y0 = pdf.get_y()
    for x, lab, p in ((10, L["seller"], d["supplier"]), (110, L["buyer"], d["buyer"])):
        pdf.set_xy(x, y0); pdf.set_font("DV", "B", 9); pdf.cell(90, 5, lab, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        for ln in [p[0]] + p[1] + [p[2]]:
            pdf.cell(90, 4.5, ln, new_x="LEFT", new_y="NEXT")
    pdf.set_xy(10, y0 + 30)
    wp = has_prices(d)
    w = [8, 92, 16, 24, 16, 34] if wp else [10, 140, 20, 20]
    heads = ["#", L["desc"], L["qty"], L["price"], L["rate"], L["net"]] if wp else ["#", L["desc"], L["qty"], L["unit"]]
    pdf.set_fill_color(230, 230, 230); pdf.set_font("DV", "B", 8)
    for wi, h in zip(w, heads):
        pdf.cell(wi, 6, h, border=1, fill=True, align="C")
    pdf.ln(); pdf.set_font("DV", "", 8)
    for i, it in enumerate(d["items"]):
        vals = [str(i + 1), it["desc"], Q(d, it["qty"]), N(d, it["price"]), R(d, it["rate"]), N(d, it["net"])] if wp else \
               [str(i + 1), it["desc"], Q(d, it["qty"]), L["pcs"]]
        for j, (wi, v) in enumerate(zip(w, vals)):
            pdf.cell(wi, 5.5, v, border=1, align="L" if j == 1 else "R")
        pdf.ln()
    if has_total(d):
        pdf.ln(2)
        for r in d["by_rate"]:
            pdf.cell(120, 5, ""); pdf.cell(36, 5, f"{L['net']} {R(d, r[0])}", align="R"); pdf.cell(34, 5, N(d, r[1]), align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(120, 5, ""); pdf.cell(36, 5, f"{L['vat']} {R(d, r[0])}", align="R"); pdf.cell(34, 5, N(d, r[2]), align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "B", 10)
        pdf.cell(100, 7, ""); pdf.cell(56, 7, L["total"], align="R"); pdf.cell(34, 7, M(d, d["gross"]), align="R", border="T", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8)
    pdf.ln(4)
    if d["reverse_charge"] and L["rc"]:
        pdf.multi_cell(0, 4.5, L["rc"], new_x="LMARGIN", new_y="NEXT")
    if has_total(d):
        pdf.cell(0, 4.5, f"{L['due']}: {dstr(d, 'due')}", new_x="LMARGIN", new_y="NEXT")
    if L["bank"]:
        pdf.cell(0, 4.5, L["bank"], new_x="LMARGIN", new_y="NEXT")
    pdf.output(pdf_path)


# ----------------------------------------------------------------------------- LibreOffice: flat ODS spreadsheet and DOCX
def fods(d):
    L = T[d["lang"]]
    def cell(v, bold=False, num=None, span=1):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        st = ' table:style-name="B"' if bold else ""
        if num is not None:
            return (f'<table:table-cell{st}{sp} office:value-type="float" office:value="{num}" calcext:value-type="float">'
                    f'<text:p>{E(v)}</text:p></table:table-cell>')
        return f'<table:table-cell{st}{sp} office:value-type="string"><text:p>{E(v)}</text:p></table:table-cell>'
    rows = []
    R_ = lambda *cells: rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    R_(cell(d["supplier"][0], True)); [R_(cell(x)) for x in d["supplier"][1] + [d["supplier"][2]]]; R_(cell(""))
    R_(cell(title(d), True), cell(""), cell(L["no"]), cell(d["number"]))
    R_(cell(L["date"]), cell(dstr(d)));
    R_(cell(L["buyer"], True)); R_(cell(d["buyer"][0])); [R_(cell(x)) for x in d["buyer"][1] + [d["buyer"][2]]]; R_(cell(""))
    wp = has_prices(d)
    R_(*[cell(h, True) for h in ([L["desc"], L["qty"], L["price"], L["rate"], L["net"]] if wp else [L["desc"], L["qty"], L["unit"]])])
    for it in d["items"]:
        if wp:
            R_(cell(it["desc"]), cell(Q(d, it["qty"]), num=it["qty"]), cell(N(d, it["price"]), num=it["price"]), cell(R(d, it["rate"])),
               cell(N(d, it["net"]), num=it["net"]))
        else:
            R_(cell(it["desc"]), cell(Q(d, it["qty"]), num=it["qty"]), cell(L["pcs"]))
    if has_total(d):
        R_(cell("")); R_(cell(""), cell(""), cell(""), cell(L["sum"]), cell(N(d, d["net"]), num=d["net"]))
        for r in d["by_rate"]:
            R_(cell(""), cell(""), cell(""), cell(f"{L['vat']} {R(d, r[0])}"), cell(N(d, r[2]), num=r[2]))
        R_(cell(""), cell(""), cell(""), cell(L["total"], True), cell(M(d, d["gross"]), True))
    if d["reverse_charge"] and L["rc"]:
        R_(cell(L["rc"]))
    if d["skonto"]:
        R_(cell(f"2 % Skonto innerhalb 10 Tagen: {M(d, d['skonto_amt'])}"))
    R_(cell(L["bank"]))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.9cm"/></style:style>
 <style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Faktura">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2" table:number-columns-repeated="4"/>
{"".join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''


def docx_doc(d, path):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    L = T[d["lang"]]
    doc = docx.Document()
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    st = doc.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9)
    p = doc.add_paragraph(); r = p.add_run(d["supplier"][0]); r.bold = True; r.font.size = Pt(13)
    doc.add_paragraph("\n".join(d["supplier"][1] + [d["supplier"][2]]))
    if d["doc_type"] == "letter":
        doc.add_paragraph("\n".join([d["buyer"][0]] + d["buyer"][1]))
        doc.add_paragraph(dstr(d)).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for para in d["letter"]:
            doc.add_paragraph(para)
        doc.save(path); return
    h = doc.add_paragraph(); r = h.add_run(f"{title(d)}  {d['number']}"); r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph(f"{L['date']}: {dstr(d)}")
    doc.add_paragraph(f"{L['buyer']}: " + ", ".join([d["buyer"][0]] + d["buyer"][1]) + f", {d['buyer'][2]}")
    wp = has_prices(d)
    heads = [L["desc"], L["qty"], L["price"], L["rate"], L["net"]] if wp else [L["desc"], L["qty"], L["unit"]]
    t = doc.add_table(rows=1, cols=len(heads)); t.style = "Table Grid"
    for i, hh in enumerate(heads):
        t.rows[0].cells[i].text = hh
    for it in d["items"]:
        cells = t.add_row().cells
        vals = [it["desc"], Q(d, it["qty"]), N(d, it["price"]), R(d, it["rate"]), N(d, it["net"])] if wp else [it["desc"], Q(d, it["qty"]), L["pcs"]]
        for i, v in enumerate(vals):
            cells[i].text = v
            if i > 0:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if has_total(d):
        doc.add_paragraph(f"{L['sum']}: {M(d, d['net'])}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for rr in d["by_rate"]:
            doc.add_paragraph(f"{L['vat']} {R(d, rr[0])}: {M(d, rr[2])}").alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(f"{L['total']}: {M(d, d['gross'])}"); r.bold = True; r.font.size = Pt(11)
    if d["reverse_charge"] and L["rc"]:
        doc.add_paragraph(L["rc"])
    if d["skonto"]:
        doc.add_paragraph(f"Zahlbar innerhalb 10 Tagen mit 2 % Skonto ({M(d, d['skonto_amt'])}), 30 Tage netto.")
    if L["bank"]:
        doc.add_paragraph(L["bank"])
    doc.save(path)


def soffice_convert(paths, outdir):
    paths = [p for p in paths if not (REUSE and os.path.exists(p.rsplit(".", 1)[0] + ".pdf"))]
    if not paths:
        return
    prof = "file://" + os.path.join(BUILD, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)

# ----------------------------------------------------------------------------- capture: scans, phone photos, faxes
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance


def pdf_pages(pdf_path):
    import pypdf
    return len(pypdf.PdfReader(pdf_path).pages)


def render_pdf(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path); out = []
    for i in range(len(pdf)):
        pg = pdf[i]; w, h = pg.get_size()
        out.append((pg.render(scale=dpi / 72).to_pil().convert("RGB"), w, h))
    pdf.close()
    return out


def capture(pdf_path, kind, rng):
    """Returns list of (image, mapper) where mapper maps PDF point coords (x, y_from_bottom) of that page to pixels."""
    res = []
    dpi = {"scan": 150, "photo": 110, "fax": 200}[kind]
    for img, wpt, hpt in render_pdf(pdf_path, dpi):
        s = dpi / 72.0
        if kind == "scan":
            ang = rng.uniform(-1.3, 1.3); f = rng.uniform(0.62, 0.9)
            g = img.convert("L") if rng.random() < 0.6 else img
            g = g.rotate(ang, resample=Image.BICUBIC, fillcolor="white" if g.mode == "L" else (250, 250, 246))
            a = np.asarray(g).astype(np.float32)
            a = a * rng.uniform(0.9, 0.97) + rng.uniform(4, 12) + np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, rng.uniform(4, 10), a.shape)
            g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
            g = g.resize((int(g.width * f), int(g.height * f)), Image.BILINEAR)
            W0, H0 = img.size; th = math.radians(ang)
            def mp(x, y, s=s, W0=W0, H0=H0, th=th, f=f, hpt=hpt):
                px, py = x * s, (hpt - y) * s; dx, dy = px - W0 / 2, py - H0 / 2
                return ((W0 / 2 + dx * math.cos(th) + dy * math.sin(th)) * f, (H0 / 2 - dx * math.sin(th) + dy * math.cos(th)) * f)
            res.append((g, mp))
        elif kind == "fax":
            ang = rng.uniform(-0.8, 0.8)
            g = img.convert("L").rotate(ang, resample=Image.BILINEAR, fillcolor=255)
            W0, H0 = g.size
            g = g.resize((W0 // 2, H0 // 4)).resize((W0 // 2, H0 // 2), Image.NEAREST)   # 100x100 dpi, coarse vertical
            a = np.asarray(g).astype(np.float32)
            nr = np.random.default_rng(rng.randint(0, 1 << 30))
            a = a + nr.normal(0, 14, a.shape)
            b = (a > 140).astype(np.uint8) * 255
            for _ in range(rng.randint(2, 5)):
                yy = nr.integers(0, b.shape[0]); b[yy:yy + 1, :] = np.where(nr.random(b.shape[1]) < 0.5, 0, b[yy, :])
            specks = nr.random(b.shape) < 0.0015; b[specks] = 0
            g = Image.fromarray(b).convert("1")
            hdr = ImageDraw.Draw(g)
            hdr.text((20, 4), f"{rng.randint(10,28):02d}.{rng.randint(1,12):02d}.  {rng.randint(7,18):02d}:{rng.randint(10,59)}   FAX +49 {rng.randint(200,999)} {rng.randint(100000,999999)}   S. 1", fill=0,
                     font=ImageFont.truetype(DJM, 14))
            th = math.radians(ang)
            def mp(x, y, s=s, W0=W0, H0=H0, th=th, hpt=hpt):
                px, py = x * s, (hpt - y) * s; dx, dy = px - W0 / 2, py - H0 / 2
                return ((W0 / 2 + dx * math.cos(th) + dy * math.sin(th)) * 0.5, (H0 / 2 - dx * math.sin(th) + dy * math.cos(th)) * 0.5)
            res.append((g, mp))
        else:  # phone photo
            import cv2
            W0, H0 = img.size; pad = int(W0 * 0.12)
            bg = np.zeros((H0 + 2 * pad, W0 + 2 * pad, 3), np.uint8); bg[:] = rng.choice([(92, 70, 52), (150, 140, 128), (60, 62, 70)])
            bg[pad:pad + H0, pad:pad + W0] = np.asarray(img)
            Wc, Hc = W0 + 2 * pad, H0 + 2 * pad
            src = np.float32([[pad, pad], [pad + W0, pad], [pad + W0, pad + H0], [pad, pad + H0]])
            j = lambda: rng.uniform(-0.06, 0.06) * W0
            dst = np.float32([[pad + j() + 0.04 * W0, pad + j()], [pad + W0 + j() - 0.03 * W0, pad + j() + 0.02 * W0],
                              [pad + W0 + j(), pad + H0 + j()], [pad + j(), pad + H0 + j() - 0.02 * W0]])
            Mx = cv2.getPerspectiveTransform(src, dst)
            warped = cv2.warpPerspective(bg, Mx, (Wc, Hc), borderMode=cv2.BORDER_REPLICATE)
            yy, xx = np.mgrid[0:Hc, 0:Wc].astype(np.float32)
            cx, cy = rng.uniform(0.2, 0.8) * Wc, rng.uniform(0.1, 0.5) * Hc
            light = 1.08 - 0.45 * np.sqrt(((xx - cx) / Wc) ** 2 + ((yy - cy) / Hc) ** 2)
            light = light * np.linspace(1.0, rng.uniform(0.75, 0.9), Wc)[None, :]
            a = warped.astype(np.float32) * light[..., None] * np.array([1.0, 0.97, 0.9])
            a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 5, a.shape)
            g = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.9))
            def mp(x, y, s=s, pad=pad, Mx=Mx, hpt=hpt):
                p = np.array([[[x * s + pad, (hpt - y) * s + pad]]], np.float32)
                q = cv2.perspectiveTransform(p, Mx)[0, 0]
                return float(q[0]), float(q[1])
            res.append((g, mp))
    return res


def save_capture(frames, out_path):
    ext = out_path.rsplit(".", 1)[1]
    if ext == "pdf":
        ims = [f[0].convert("RGB") if f[0].mode not in ("L", "1") else f[0] for f in frames]
        ims[0].save(out_path, "PDF", resolution=100.0, save_all=True, append_images=ims[1:])
    elif ext in ("jpg", "jpeg"):
        frames[0][0].convert("RGB" if frames[0][0].mode != "L" else "L").save(out_path, "JPEG", quality=RNG.randint(45, 80))
    else:
        frames[0][0].save(out_path, "PNG", optimize=True)
    return len(frames) if ext == "pdf" else 1

# ----------------------------------------------------------------------------- locating text in a PDF (for edits)


def find_text(pdf_path, needle):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path); hits = []
    for pi in range(len(pdf)):
        tp = pdf[pi].get_textpage(); s = tp.search(needle, match_case=True)
        while True:
            r = s.get_next()
            if not r:
                break
            idx, cnt = r
            bx = [tp.get_charbox(i) for i in range(idx, idx + cnt)]
            bx = [b for b in bx if b[2] > b[0]]
            if bx:
                hits.append((pi, (min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx)),
                             [tp.get_charbox(i) for i in range(idx, idx + cnt)]))
    pdf.close()
    return hits


def page_size(pdf_path, pi=0):
    import pypdf
    b = pypdf.PdfReader(pdf_path).pages[pi].mediabox
    return float(b.width), float(b.height)

# ----------------------------------------------------------------------------- edits
def translit(s):
    import unicodedata
    out = ""
    for ch in s:
        try:
            ch.encode("cp1252"); out += ch
        except UnicodeEncodeError:
            out += {"ł": "l", "Ł": "L"}.get(ch) or unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode()
    return out


def rl_pdfstr(s):
    out = b""
    for ch in s.encode("cp1252"):
        if ch in b"()\\":
            out += b"\\" + bytes([ch])
        elif ch > 126:
            out += b"\\%03o" % ch
        else:
            out += bytes([ch])
    return out


def _unesc(b):
    out = bytearray(); i = 0
    while i < len(b):
        ch = b[i]
        if ch == 92 and i + 1 < len(b):
            m = re.match(rb"[0-7]{1,3}", b[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 255); i += 1 + len(m.group(0)); continue
            nx = b[i + 1:i + 2]
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nx, nx); i += 2; continue
        out.append(ch); i += 1
    return out.decode("cp1252", "replace")


def pikepdf_replace(src, dst, pairs):
    """Edit literal text strings inside the (uncompressed) page content streams and save with pikepdf."""
    import pikepdf
    n = [0]
    lit = re.compile(rb"\((?:[^()\\]|\\.)*\)")
    anchor_state = {"seen": False, "done": False}
    def fix(m):
        txt = _unesc(m.group(0)[1:-1]); orig = txt
        for p in pairs:
            if len(p) == 3:   # (old, new, anchor): only the first literal equal to old after the anchor literal
                old, nw, anchor = p
                if txt == anchor:
                    anchor_state["seen"] = True
                elif anchor_state["seen"] and not anchor_state["done"] and txt == old:
                    txt = nw; anchor_state["done"] = True; n[0] += 1
                continue
            old, nw = p
            txt, k = re.subn(r"(?<![\d.,])" + re.escape(old) + r"(?![\d])", nw.replace("\\", "\\\\"), txt); n[0] += k
        return m.group(0) if txt == orig else b"(" + rl_pdfstr(txt) + b")"
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            cs = page.obj.Contents
            streams = list(cs) if isinstance(cs, pikepdf.Array) else [cs]
            for st in streams:
                data = st.read_bytes(); new = lit.sub(fix, data)
                if new != data:
                    st.write(new)
        pdf.save(dst)
    return n[0]


def _ov_font(c, text, size):
    f = "Helvetica"
    try:
        text.encode("cp1252")
        if any(ch in text for ch in "ąćęłńśźżĄĆĘŁŃŚŹŻ"):
            raise ValueError
    except Exception:
        f, _ = rl_fonts("zh" if any(ord(ch) > 0x2e80 for ch in text) else "pl")
    c.setFont(f, size)


def overlay_edit(src, dst, edits, incremental=False):
    """edits: list of (page_index, box(l,b,r,t), new_text, align). White box over the old text, new text on top, merged with pypdf."""
    from reportlab.pdfgen import canvas
    import pypdf
    rd = pypdf.PdfReader(src); buf = io.BytesIO()
    c = None
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in rd.pages]
    c = canvas.Canvas(buf, pagesize=sizes[0])
    for pi, (w, h) in enumerate(sizes):
        c.setPageSize((w, h))
        for (epi, box, txt, align) in edits:
            if epi != pi:
                continue
            l, b, r, t = box; hgt = t - b; fs = max(6.0, min(hgt / 0.72, 16)) if align == "right" else max(6.0, min(hgt / 0.75, 16))
            c.setFillColorRGB(1, 1, 1); c.setStrokeColorRGB(1, 1, 1)
            c.rect(l - 1.5, b - 0.25 * fs, (r - l) + 3, hgt + 0.45 * fs, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); _ov_font(c, txt, fs)
            if align == "right":
                c.drawRightString(r, b + 0.3, txt)
            else:
                c.drawString(l, b + 0.3, txt)
        c.showPage()
    c.save(); buf.seek(0)
    ov = pypdf.PdfReader(buf)
    if incremental:
        wr = pypdf.PdfWriter(src, incremental=True)
    else:
        wr = pypdf.PdfWriter(clone_from=rd)
    for pi in sorted({e[0] for e in edits}):
        wr.pages[pi].merge_page(ov.pages[pi])
    if not incremental:
        wr.add_metadata({"/Producer": "pypdf", "/ModDate": "D:20260118093312+01'00'"})
    with open(dst, "wb") as fh:
        wr.write(fh)


def bg_color(img, box):
    l, t, r, b = [int(v) for v in box]
    a = np.asarray(img.convert("L"))
    ring = np.concatenate([a[max(t - 3, 0):t, l:r].ravel(), a[b:b + 3, l:r].ravel(), a[t:b, max(l - 3, 0):l].ravel()])
    return int(np.median(ring)) if ring.size else 250


def img_box(mp, box):
    l, b, r, t = box
    pts = [mp(l, b), mp(r, b), mp(l, t), mp(r, t)]
    return (min(p[0] for p in pts), min(p[1] for p in pts), max(p[0] for p in pts), max(p[1] for p in pts))


def image_paste(img, mp, box, new_text, align="right"):
    """Cover the old text with a patch of paper colour and type new text (what a quick Paint/GIMP edit looks like)."""
    img = img.copy(); mode = img.mode
    work = img.convert("RGB") if mode == "1" else img
    l, t, r, b = img_box(mp, box); l -= 2; t -= 2; r += 2; b += 2
    v = bg_color(work, (l, t, r, b)) if mode != "1" else 255
    fill = v if work.mode == "L" else (v, v, min(255, v - 2))
    dr = ImageDraw.Draw(work)
    dr.rectangle([l, t, r, b], fill=fill)
    fs = max(8, int((b - t) * 1.05))
    font = ImageFont.truetype(WQY if any(ord(ch) > 0x2e80 for ch in new_text) else DJ, fs)
    tw = dr.textlength(new_text, font=font)
    x = r - tw - 1 if align == "right" else l + 1
    ink = 40 if work.mode == "L" else (35, 35, 40)
    dr.text((x, t - fs * 0.12), new_text, fill=ink, font=font)
    return work.convert("1") if mode == "1" else work


def image_clone(img, mp, src_box, dst_box):
    img = img.copy()
    sl, st, sr, sb = [int(round(v)) for v in img_box(mp, src_box)]
    dl, dt_, dr_, db = [int(round(v)) for v in img_box(mp, dst_box)]
    patch = img.crop((sl - 1, st - 1, sr + 1, sb + 1))
    patch = patch.resize((max(1, dr_ - dl + 2), max(1, db - dt_ + 2)))
    img.paste(patch, (dl - 1, dt_ - 1))
    return img

# ----------------------------------------------------------------------------- plan
LABELS = []
NEW_BUYERS = ["Nowak Import-Export Sp. z o.o.", "Sklep Borówka Anna Wiśniewska", "Hafenblick Online GmbH", "Greenfold Commerce Sp. z o.o.",
              "Polbrand Dystrybucja S.A.", "Marktwerk Handels GmbH", "Brightmoor Home Ltd", "KRT Trading Krystian Tomczak"]
TYPE_MAP = {"price_list": "other", "letter": "other"}
INVOICE_TYPES = ("invoice", "tax_invoice", "receipt", "credit_note")


def neutral_name(ext):
    while True:
        n = f"doc_{RNG.randrange(16 ** 6):06x}.{ext}"
        if not os.path.exists(os.path.join(OUT, n)):
            return n


def label(fname, d, producer, pages, genuine=True, method=None, what=None, ebc=False, over=None, source=None):
    e = dict(file=fname, genuine=genuine, edit_method=method, what_changed=what or [], producer=producer, language=d["lang"],
             is_invoice=d["doc_type"] in INVOICE_TYPES, doc_type=TYPE_MAP.get(d["doc_type"], d["doc_type"]),
             date=d["date"].isoformat(), total=(num_plain(d["gross"], d["cur"]) if has_total(d) else None),
             currency=(d["cur"] if has_prices(d) else None), supplier=d["supplier"][0], buyer=d["buyer"][0], pages=pages,
             edit_before_capture=ebc, arithmetic_error=bool(d.get("arith")) and genuine)
    if d.get("arith") and genuine:
        e["arithmetic_note"] = {"line": "first line total is 10 higher than qty x price", "vat": "VAT amount of the main rate is off",
                                "sum": "grand total has transposed digits / does not equal net + VAT"}[d["arith"]]
    if source:
        e["source_file"] = source
    if over:
        e.update(over)
    LABELS.append(e)
    return e


def G(prod, country, dtype="invoice", cap=None, **kw):
    return dict(prod=prod, country=country, dtype=dtype, cap=cap, kw=kw)


def genuine_specs():
    S = []
    # Chromium-printed HTML: accounting-program and web-shop styles
    S += [G("chromium:plprog", "PL", discount=True), G("chromium:plprog", "PL", long=True), G("chromium:plprog", "PL", arith="line"),
          G("chromium:plprog", "PL", date_variant=1), G("chromium:plprog", "PL", "credit_note"), G("chromium:plprog", "PL", "proforma")]
    S += [G("chromium:webshop", "DE"), G("chromium:webshop", "NL", shipping=True), G("chromium:webshop", "GB", shipping=True),
          G("chromium:webshop", "US", shipping=True), G("chromium:webshop", "PL", shipping=True)]
    S += [G("chromium:fapiao", "CN", "tax_invoice"), G("chromium:fapiao", "CN", "tax_invoice", arith="sum"), G("chromium:fapiao", "CN", "tax_invoice")]
    S += [G("chromium:seikyu", "JP"), G("chromium:seikyu", "JP", date_variant=1), G("chromium:seikyu", "JP", "quotation")]
    S += [G("chromium:factuur", "NL"), G("chromium:factuur", "NL", discount=True), G("chromium:factuur", "BE")]
    S += [G("chromium:minimal", "CN", "proforma", lang="en"), G("chromium:minimal", "FR"), G("chromium:minimal", "ES", date_variant=1),
          G("chromium:minimal", "CN", "packing_list", lang="en")]
    # WeasyPrint HTML
    S += [G("weasy:deprog", "DE", skonto=True), G("weasy:deprog", "DE", reverse_charge=True, buyer=BUYERS[2]), G("weasy:deprog", "DE", long=True),
          G("weasy:deprog", "AT", skonto=True), G("weasy:deprog", "AT", arith="vat"), G("weasy:deprog", "DE", "delivery_note"),
          G("weasy:deprog", "DE", "credit_note")]
    S += [G("weasy:factuur", "NL", reverse_charge=True, buyer=BUYERS[0]), G("weasy:factuur", "NL"), G("weasy:factuur", "BE", discount=True),
          G("weasy:factuur", "NL", "purchase_order")]
    S += [G("weasy:minimal", "IT"), G("weasy:minimal", "IT", reverse_charge=True, buyer=BUYERS[1]), G("weasy:minimal", "ES"),
          G("weasy:minimal", "ES", reverse_charge=True, buyer=BUYERS[3]), G("weasy:minimal", "FR", date_variant=1), G("weasy:minimal", "IT", "quotation")]
    S += [G("weasy:seikyu", "JP", "receipt"), G("weasy:seikyu", "JP", "tax_invoice")]
    S += [G("weasy:fapiao", "CN", "tax_invoice"), G("weasy:fapiao", "CN", "tax_invoice", date_variant=1), G("weasy:fapiao", "CN", "credit_note")]
    # ReportLab (Helvetica ones are later edited in the content stream)
    S += [G("reportlab:0", "DE"), G("reportlab:1", "DE", skonto=True), G("reportlab:0", "DE", reverse_charge=True, buyer=BUYERS[0]),
          G("reportlab:1", "NL"), G("reportlab:0", "NL", discount=False), G("reportlab:0", "IT"), G("reportlab:1", "IT"),
          G("reportlab:0", "ES"), G("reportlab:1", "ES", arith="sum"), G("reportlab:0", "FR"), G("reportlab:1", "GB"), G("reportlab:0", "GB", "tax_invoice"),
          G("reportlab:0", "US", shipping=True), G("reportlab:1", "US", long=True), G("reportlab:0", "AT"),
          G("reportlab:1", "PL"), G("reportlab:0", "PL", long=True), G("reportlab:0", "PL", "purchase_order"),
          G("reportlab:1", "CN", "tax_invoice"), G("reportlab:0", "CN", "invoice", lang="en", cur="USD"), G("reportlab:1", "JP"),
          G("reportlab:0", "GB", "packing_list")]
    # fpdf2
    S += [G("fpdf", "PL"), G("fpdf", "PL", arith="line"), G("fpdf", "PL", "delivery_note"), G("fpdf", "PL", "price_list"),
          G("fpdf", "DE"), G("fpdf", "DE", reverse_charge=True, buyer=BUYERS[1]), G("fpdf", "NL"), G("fpdf", "ES"), G("fpdf", "IT"),
          G("fpdf", "GB"), G("fpdf", "CN"), G("fpdf", "PL", "proforma")]
    # LibreOffice Calc (flat ODS) and Writer (DOCX)
    S += [G("calc", "PL"), G("calc", "PL", arith="sum"), G("calc", "PL", "quotation"), G("calc", "DE", skonto=True), G("calc", "DE"),
          G("calc", "NL"), G("calc", "IT"), G("calc", "ES"), G("calc", "AT"), G("calc", "PL", discount=True)]
    S += [G("docx", "PL"), G("docx", "PL", "letter"), G("docx", "DE", skonto=True), G("docx", "DE", arith="vat"), G("docx", "FR"),
          G("docx", "IT"), G("docx", "GB"), G("docx", "ES"), G("docx", "PL", date_variant=1), G("docx", "NL")]
    # scans of printed paper
    S += [G("reportlab:0", "PL", cap=("scan", "jpg")), G("weasy:plprog", "PL", cap=("scan", "jpg")), G("fpdf", "PL", cap=("scan", "png"), arith="line"),
          G("docx", "PL", cap=("scan", "pdf")), G("weasy:deprog", "DE", cap=("scan", "jpg"), skonto=True), G("reportlab:1", "DE", cap=("scan", "png")),
          G("weasy:deprog", "DE", "delivery_note", cap=("scan", "jpg")), G("weasy:minimal", "IT", cap=("scan", "pdf")),
          G("calc", "ES", cap=("scan", "jpg")), G("weasy:factuur", "NL", cap=("scan", "png")), G("weasy:fapiao", "CN", "tax_invoice", cap=("scan", "jpg")),
          G("weasy:seikyu", "JP", cap=("scan", "png")), G("reportlab:0", "GB", cap=("scan", "jpg")), G("reportlab:0", "US", long=True, cap=("scan", "pdf"))]
    S += [G("weasy:plprog", "PL", cap=("photo", "jpg")), G("fpdf", "PL", cap=("photo", "jpg")), G("weasy:deprog", "AT", cap=("photo", "jpg")),
          G("weasy:fapiao", "CN", "tax_invoice", cap=("photo", "jpg")), G("weasy:seikyu", "JP", "receipt", cap=("photo", "jpg")),
          G("weasy:webshop", "US", "receipt", cap=("photo", "jpg"))]
    S += [G("reportlab:0", "DE", cap=("fax", "png")), G("weasy:deprog", "DE", cap=("fax", "pdf")), G("fpdf", "PL", cap=("fax", "png")),
          G("reportlab:1", "IT", cap=("fax", "pdf"))]
    return S


def build_doc(sp):
    kw = dict(sp["kw"]); dtype = sp["dtype"]
    d = make_doc(sp["country"], dtype, style=sp["prod"].split(":")[1] if sp["prod"].split(":")[0] in ("chromium", "weasy") else None, **kw)
    if dtype == "letter":
        d["letter"] = ["Szanowni Państwo,",
                       f"w nawiązaniu do zamówienia z dnia {dstr(d)} uprzejmie informujemy, że termin dostawy towarów zostanie przesunięty o około dwa tygodnie "
                       "z powodu opóźnień u naszego producenta opakowań.",
                       "Faktura VAT zostanie wystawiona w dniu wydania towaru. Za utrudnienia przepraszamy.",
                       "Z poważaniem,", "Dział Obsługi Klienta"]
    return d


def render_base(sp, d, base, lo_queue):
    kind = sp["prod"].split(":")[0]
    if kind in ("chromium", "weasy"):
        h = html_doc(d)
        if not (REUSE and os.path.exists(base)):
            (render_chromium if kind == "chromium" else render_weasy)(h, base)
        return "chromium_" + d["style"] if kind == "chromium" else "weasyprint_" + d["style"]
    if kind == "reportlab":
        if rl_fonts(d["lang"])[0] == "Helvetica":
            # like many older desktop programs with Type1 base fonts: characters outside WinAnsi are transliterated
            d["buyer"] = tuple(translit(x) if isinstance(x, str) else [translit(y) for y in x] for x in d["buyer"])
            d["supplier"] = tuple(translit(x) if isinstance(x, str) else [translit(y) for y in x] for x in d["supplier"])
            for it in d["items"]:
                it["desc"] = translit(it["desc"])
        if not (REUSE and os.path.exists(base)):
            render_reportlab(d, base, int(sp["prod"].split(":")[1]))
        return "reportlab_canvas"
    if kind == "fpdf":
        if not (REUSE and os.path.exists(base)):
            render_fpdf(d, base)
        return "fpdf2"
    stem = base[:-4]
    if kind == "calc":
        open(stem + ".fods", "w", encoding="utf-8").write(fods(d)); lo_queue.append(stem + ".fods"); return "soffice_calc"
    if kind == "docx":
        docx_doc(d, stem + ".docx"); lo_queue.append(stem + ".docx"); return "soffice_writer_docx"
    raise ValueError(kind)


# ----------------------------------------------------------------------------- edit helpers working on a generated genuine file
def change(d, field, rng):
    """Return (old_strings, new_string, align, label_overrides, new_d) for a field change on doc d."""
    nd = 0 if d["cur"] == "JPY" else 2
    nd_ = copy.deepcopy(d)
    if field == "total":
        fac = D(str(rng.choice([1.8, 2.5, 3.2, 0.45, 0.6, 4.0])))
        ng = r2(d["gross"] * fac, nd)
        nd_["gross"] = ng
        return [N(d, d["gross"])], N(d, ng), "right", {"total": num_plain(ng, d["cur"])}, nd_
    if field == "date":
        nd_["date"] = d["date"] - dt.timedelta(days=rng.randint(45, 320))
        return [dstr(d)], dstr(nd_), "left", {"date": nd_["date"].isoformat()}, nd_
    if field == "buyer":
        nb = rng.choice([b for b in NEW_BUYERS if b != d["buyer"][0]])
        nd_["buyer"] = (nb,) + tuple(d["buyer"][1:])
        return [d["buyer"][0]], nb, "left", {"buyer": nb}, nd_
    if field == "quantity":
        it = d["items"][0]; nq = it["qty"] * rng.choice([5, 10, 20])
        nd_["items"][0]["qty"] = nq
        return [Q(d, it["qty"])], Q(d, nq), "right", {}, nd_
    raise ValueError(field)


def locate(pdf, d, field, olds):
    hits = []
    for o in olds:
        hits += find_text(pdf, o)
    if field == "quantity" and hits:
        rows = find_text(pdf, d["items"][0]["desc"][:18])
        if not rows:
            return []
        pi, rb, _ = rows[0]; yc = (rb[1] + rb[3]) / 2
        hits = [h for h in hits if h[0] == pi and h[1][1] - 3 < yc < h[1][3] + 3 and h[1][0] > rb[2]]
        hits = hits[:1]
    if field == "buyer":
        hits = hits[:3]
    return hits


def recompute_consistent(d, nq):
    """source edit: quantity changed in the source file and totals recalculated by the program."""
    nd = copy.deepcopy(d); nd["arith"] = None
    nd["items"][0]["qty"] = nq
    for it in nd["items"]:
        it["net"] = r2(it["qty"] * it["price"] * (1 - it["disc"] / 100), 0 if d["cur"] == "JPY" else 2)
    compute(nd)
    return nd


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT); os.makedirs(BUILD, exist_ok=True)
    for f in ([] if REUSE else os.listdir(BUILD)):
        p = os.path.join(BUILD, f)
        if os.path.isfile(p) and p.rsplit(".", 1)[-1] in ("pdf", "fods", "docx", "html"):
            os.remove(p)
    specs = genuine_specs()
    lo_queue = []; recs = []
    for i, sp in enumerate(specs):
        d = build_doc(sp)
        base = os.path.join(BUILD, f"base_{i:03d}.pdf")
        prod = render_base(sp, d, base, lo_queue)
        recs.append(dict(sp=sp, d=d, base=base, prod=prod))
        print(i, prod, d["lang"], d["doc_type"], flush=True)
    soffice_convert(lo_queue, BUILD)
    # phase 2: genuine files
    for r in recs:
        sp, d = r["sp"], r["d"]
        if not os.path.exists(r["base"]):
            print("MISSING base", r["base"], r["prod"]); r["skip"] = True; continue
        if sp["cap"] is None:
            fn = neutral_name("pdf"); shutil.copy(r["base"], os.path.join(OUT, fn))
            r.update(file=fn, kind="pdf", producer=r["prod"])
            label(fn, d, r["prod"], pdf_pages(r["base"]))
        else:
            kind, ext = sp["cap"]
            frames = capture(r["base"], kind, RNG)
            fn = neutral_name(ext); pages = save_capture(frames, os.path.join(OUT, fn))
            prod = {"scan": "scan", "photo": "phone_photo", "fax": "fax"}[kind] + "_" + ext
            r.update(file=fn, kind=kind, ext=ext, producer=prod, mappers=[f[1] for f in frames])
            label(fn, d, prod, pages, over={"capture_of": r["prod"]})
    recs = [r for r in recs if not r.get("skip")]
    make_edits(recs)
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for e in LABELS:
            fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    check()


def make_edits(recs):
    rng = random.Random(77)
    pdfs = [r for r in recs if r["kind"] == "pdf" and not r["d"].get("arith")]
    helv = [r for r in pdfs if r["prod"] == "reportlab_canvas" and r["d"]["lang"] not in ("pl", "zh", "ja")]
    other = [r for r in pdfs if r not in helv]
    imgs = [r for r in recs if r["kind"] in ("scan", "photo", "fax") and not r["d"].get("arith") and r["d"]["doc_type"] in INVOICE_TYPES]
    rng.shuffle(helv); rng.shuffle(other); rng.shuffle(imgs)
    used = set(); done = {"n": 0}
    inv = lambda r: r["d"]["doc_type"] in INVOICE_TYPES

    def emit(r, dst_ext, method, fields, over, nd, ebc=False, producer=None, pages=None, note=None):
        fn = dst_ext
        o = dict(over); o["edit_note"] = note or ""
        label(fn, nd, producer or r["producer"], pages if pages is not None else pdf_pages(os.path.join(OUT, fn)), genuine=False,
              method=method, what=fields, ebc=ebc, over=o, source=r["file"])
        done["n"] += 1

    # 1) pikepdf content-stream text replacement on ReportLab/Helvetica files
    plan = ["total", "total", "date", "buyer", "total", "date", "buyer", ("quantity", "total")]
    for r, fl in zip([x for x in helv if inv(x)], plan):
        fields = list(fl) if isinstance(fl, tuple) else [fl]
        pairs = []; over = {}; nd = r["d"]
        for f in fields:
            while True:
                olds, new, _, ov, nd2 = change(r["d"], f, rng)
                try:
                    new.encode("cp1252"); break
                except UnicodeEncodeError:
                    pass   # the embedded standard font cannot show this name; the seller would pick another
            pairs.append((olds[0], new, r["d"]["items"][0]["desc"][:52]) if f == "quantity" else (olds[0], new)); over.update(ov)
            nd = merge_doc(nd, nd2, f)
        fn = neutral_name("pdf")
        k = pikepdf_replace(r["base"], os.path.join(OUT, fn), pairs)
        if k == 0:
            os.remove(os.path.join(OUT, fn)); print("pikepdf: no match", r["file"], fields); continue
        used.add(r["file"])
        emit(r, fn, "pikepdf_text_replace", fields, over, nd, note=f"{k} string(s) replaced in content stream")
    # 2) overlays (white box + new text), full rewrite and incremental update
    def overlay_job(r, fields, method, incremental=False, then=None):
        edits = []; over = {}; nd = r["d"]
        for f in fields:
            olds, new, align, ov, nd2 = change(r["d"], f, rng)
            hits = locate(r["base"], r["d"], f, olds)
            if not hits:
                return None
            edits += [(h[0], h[1], new, align) for h in hits]; over.update(ov); nd = merge_doc(nd, nd2, f)
        tmp = os.path.join(BUILD, f"ov_{done['n']}.pdf")
        overlay_edit(r["base"], tmp, edits, incremental=incremental)
        return tmp, over, nd, edits
    ovl_plan = [("overlay_whitebox", ["total"]), ("overlay_whitebox", ["buyer"]), ("overlay_whitebox", ["date"]),
                ("overlay_whitebox", ["quantity"]), ("overlay_whitebox", ["total"]), ("overlay_whitebox", ["buyer", "date"]),
                ("overlay_whitebox", ["total"]), ("overlay_whitebox", ["date"]),
                ("pypdf_incremental_overlay", ["total"]), ("pypdf_incremental_overlay", ["buyer"]), ("pypdf_incremental_overlay", ["date"]),
                ("pypdf_incremental_overlay", ["total"]), ("pypdf_incremental_overlay", ["quantity"]), ("pypdf_incremental_overlay", ["buyer"]),
                ("overlay_resave_pikepdf", ["total"]), ("overlay_resave_pikepdf", ["buyer"]), ("overlay_resave_pikepdf", ["date"])]
    pool = [x for x in other if inv(x) and x["file"] not in used] + [x for x in helv if inv(x) and x["file"] not in used]
    for method, fields in ovl_plan:
        for r in list(pool):
            res = overlay_job(r, fields, method, incremental=(method == "pypdf_incremental_overlay"))
            if res is None:
                continue
            pool.remove(r); tmp, over, nd, edits = res
            fn = neutral_name("pdf")
            if method == "overlay_resave_pikepdf":
                # the edited file is opened and saved again by a second tool (object streams, new metadata)
                import pikepdf
                with pikepdf.open(tmp) as pdf:
                    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
                        meta["pdf:Producer"] = "PDF-XChange-like Editor 9.2"
                    pdf.docinfo["/Producer"] = "PDF-XChange-like Editor 9.2"
                    pdf.save(os.path.join(OUT, fn), object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
            else:
                shutil.move(tmp, os.path.join(OUT, fn))
            used.add(r["file"])
            emit(r, fn, method, fields, over, nd, note=f"{len(edits)} region(s) covered with white box and retyped")
            break
    # 3) image edits on scans, photos and faxes
    img_plan = [("image_paste", ["total"]), ("image_paste", ["date"]), ("image_paste", ["buyer"]), ("image_paste", ["total"]),
                ("image_paste", ["date"]), ("image_paste", ["total"]), ("image_clone", ["total"]), ("image_clone", ["total"]),
                ("image_clone", ["total"]), ("image_clone", ["total"])]
    ipool = list(imgs)
    for method, fields in img_plan:
        for r in list(ipool):
            out = image_job(r, method, fields, rng)
            if out is None:
                continue
            ipool.remove(r); fn, over, nd, pages = out
            emit(r, fn, method, fields, over, nd, pages=pages, note="edited in an image editor and re-saved")
            break
    # 4) edits made before printing/scanning: no trace can be in the file itself
    srcs = [r for r in recs if r["kind"] == "pdf" and inv(r) and r["file"] not in used and not r["d"].get("arith")
            and r["sp"]["prod"].split(":")[0] in ("weasy", "reportlab", "fpdf")]
    rng.shuffle(srcs)
    ebc_plan = [("source_edit_then_scan", "buyer", ("scan", "jpg")), ("source_edit_then_scan", "quantity", ("scan", "pdf")),
                ("source_edit_then_scan", "date", ("photo", "jpg")), ("overlay_then_print_scan", "total", ("scan", "jpg")),
                ("overlay_then_print_scan", "buyer", ("scan", "png"))]
    for method, field, (kind, ext) in ebc_plan:
        for r in list(srcs):
            d = r["d"]
            if method == "source_edit_then_scan":
                if field == "quantity":
                    nd = recompute_consistent(d, d["items"][0]["qty"] * 10); fields = ["quantity", "total"]
                    over = {"total": num_plain(nd["gross"], nd["cur"])}
                else:
                    _, _, _, over, nd = change(d, field, rng); fields = [field]
                tmp = os.path.join(BUILD, f"src_{done['n']}.pdf")
                render_base(r["sp"], nd, tmp, [])
                frames = capture(tmp, kind, RNG)
            else:
                res = overlay_job(r, [field], method)
                if res is None:
                    continue
                tmp, over, nd, _ = res; fields = [field]
                frames = capture(tmp, kind, RNG)
            srcs.remove(r)
            fn = neutral_name(ext); pages = save_capture(frames, os.path.join(OUT, fn))
            prod = {"scan": "scan", "photo": "phone_photo"}[kind] + "_" + ext
            emit(r, fn, method, fields, over, nd, ebc=True, producer=prod, pages=pages,
                 note="changed before the paper was printed and scanned/photographed")
            break
    print("edits made:", done["n"])


def merge_doc(nd, nd2, f):
    nd = copy.deepcopy(nd)
    if f == "total":
        nd["gross"] = nd2["gross"]
    elif f == "date":
        nd["date"] = nd2["date"]
    elif f == "buyer":
        nd["buyer"] = nd2["buyer"]
    elif f == "quantity":
        nd["items"][0]["qty"] = nd2["items"][0]["qty"]
    return nd


def image_job(r, method, fields, rng):
    d = r["d"]; src = os.path.join(OUT, r["file"]); ext = r["ext"]
    if ext == "pdf":
        frames = [(f[0], None) for f in render_pdf(src, 100)]
        imgs = [f[0].convert("L") if r["kind"] == "fax" else f[0] for f in frames]
    else:
        imgs = [Image.open(src)]
        imgs[0].load()
    mp = r["mappers"][0]
    over = {}; nd = d
    img = imgs[0]
    for f in fields:
        olds, new, align, ov, nd2 = change(d, f, rng)
        hits = [h for h in locate(r["base"], d, f, olds) if h[0] == 0]
        if not hits:
            return None
        if method == "image_paste":
            for h in hits:
                img = image_paste(img, mp, h[1], new, align)
        else:
            # clone: copy a different digit from elsewhere on the page over the first digit of the total
            s = N(d, d["gross"]); first = s[0] if s[0].isdigit() else s[1]
            h = max(hits, key=lambda h: h[1][3] - h[1][1])
            tbox = h[2][s.index(first)]; th_ = tbox[3] - tbox[1]
            cand = None
            for dg in sorted("123456789", key=lambda x: (x <= first, x)):
                if dg == first:
                    continue
                for ph in find_text(r["base"], dg):
                    b = ph[1]
                    if ph[0] == 0 and abs((b[3] - b[1]) - th_) < 0.12 * th_ and (b[1] > h[1][3] + 2 or b[3] < h[1][1] - 2):
                        cand = (dg, b); break
                if cand:
                    break
            if not cand:
                return None
            img = image_clone(img, mp, cand[1], tbox)
            nstr = s.replace(first, cand[0], 1)
            val = D(nstr.replace(" ", "").replace(".", "").replace(",", ".") if d["lang"] in ("de", "nl", "it", "es", "pl", "fr")
                    else nstr.replace(",", ""))
            ov = {"total": num_plain(val, d["cur"])}; nd2 = copy.deepcopy(d); nd2["gross"] = val
        over.update(ov); nd = merge_doc(nd, nd2, f)
    imgs[0] = img
    fn = neutral_name(ext); outp = os.path.join(OUT, fn)
    if ext == "pdf":
        imgs[0].save(outp, "PDF", resolution=100.0, save_all=True, append_images=imgs[1:]); pages = len(imgs)
    elif ext == "jpg":
        img.convert("RGB" if img.mode not in ("L",) else "L").save(outp, "JPEG", quality=rng.randint(70, 92)); pages = 1
    else:
        img.save(outp, "PNG"); pages = 1
    return fn, over, nd, pages


def check():
    from collections import Counter
    rows = [json.loads(l) for l in open(os.path.join(BASE, "labels.jsonl"), encoding="utf-8")]
    missing = [r["file"] for r in rows if not os.path.exists(os.path.join(OUT, r["file"]))]
    extra = set(os.listdir(OUT)) - {r["file"] for r in rows}
    print(f"{len(rows)} labels, {len(missing)} missing files, {len(extra)} unlabelled files")
    for key in ("producer", "language", "doc_type", "edit_method"):
        print(key, dict(Counter(str(r[key]) for r in rows).most_common()))
    print("genuine", sum(r["genuine"] for r in rows), "edited", sum(not r["genuine"] for r in rows),
          "arithmetic_error", sum(r["arithmetic_error"] for r in rows), "edit_before_capture", sum(r["edit_before_capture"] for r in rows),
          "non-invoices", sum(not r["is_invoice"] for r in rows))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
