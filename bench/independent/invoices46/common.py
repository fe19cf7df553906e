"""Shared data model, invented parties, locale formatting and label writing.

Everything here is invented. Amounts are computed with Decimal so genuine
invoices add up (unless an arithmetic error is injected on purpose).
"""
import os, json, random, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
WORK = os.path.join(HERE, "_work")          # intermediates (html, csv, docx, sidecars)
PARTS = os.path.join(HERE, "_labels")       # one jsonl per generator part
for d in (FILES, WORK, PARTS):
    os.makedirs(d, exist_ok=True)

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
TWO = D("0.01")


def q2(x, cur="EUR"):
    if cur == "JPY":
        return D(x).quantize(D("1"), ROUND_HALF_UP)
    return D(x).quantize(TWO, ROUND_HALF_UP)


# ---------------------------------------------------------------- parties
SUPPLIERS = {
    "sv": [("Norrvik Textil AB", ["Hamngatan 14", "652 24 Karlstad", "Sverige"], "Org.nr 556812-4471", "Momsreg.nr SE556812447101", "Bankgiro 5127-8840"),
           ("Lövgrens Kaffe & Te AB", ["Industrivägen 3B", "931 36 Skellefteå", "Sverige"], "Org.nr 559204-1187", "Momsreg.nr SE559204118701", "Bankgiro 833-2016"),
           ("Ekbackens Trävaror AB", ["Sågverksvägen 9", "824 43 Hudiksvall", "Sverige"], "Org.nr 556390-7725", "Momsreg.nr SE556390772501", "Bankgiro 460-7731")],
    "no": [("Fjordkant Sko AS", ["Strandgata 41", "5013 Bergen", "Norge"], "Foretaksregisteret 918 442 307 MVA", "", "Kontonr 3208 44 17790")],
    "da": [("Kastrup Lampe ApS", ["Vestergade 22, 2. sal", "8000 Aarhus C", "Danmark"], "CVR 38 41 72 09", "", "Reg.nr 5470 Konto 0004418822")],
    "fi": [("Saimaa Puutuote Oy", ["Satamakatu 6", "53100 Lappeenranta", "Suomi"], "Y-tunnus 3018842-6", "ALV-nro FI30188426", "IBAN FI41 5720 0220 4471 08")],
    "de": [("Rheinfeld Haushaltswaren GmbH", ["Kölner Straße 118", "41539 Dormagen", "Deutschland"], "USt-IdNr. DE318447205", "HRB 20417 AG Neuss", "IBAN DE44 3705 0198 1933 4471 02")],
    "fr": [("Atelier Verbois SARL", ["12 rue des Tanneurs", "69002 Lyon", "France"], "TVA FR47 842 117 309", "SIRET 842 117 309 00021", "IBAN FR76 1027 8073 4400 0204 7710 145")],
    "it": [("Ceramiche Valdora S.r.l.", ["Via dei Vasai 27", "41049 Sassuolo (MO)", "Italia"], "P.IVA IT03847120364", "REA MO-418830", "IBAN IT60 X054 2811 1010 0000 0123 456")],
    "es": [("Textiles Montejo S.L.", ["Calle Lanzadera 8, Nave 4", "46940 Manises (Valencia)", "España"], "NIF ESB98441207", "", "IBAN ES91 2100 0418 4502 0005 1332")],
    "pl": [("Hurtownia Wisłoka Sp. z o.o.", ["ul. Składowa 17", "35-232 Rzeszów", "Polska"], "NIP 813-384-21-77", "REGON 382210447", "PL61 1090 1014 0000 0712 1981 2874")],
    "nl": [("Van Hoorne Verpakking B.V.", ["Havenstraat 88", "3024 TM Rotterdam", "Nederland"], "btw NL861204417B01", "KvK 72044183", "IBAN NL02 ABNA 0417 1643 00")],
    "en-GB": [("Ashcombe Trading Ltd", ["Unit 7, Millbrook Park", "Leicester LE4 9QT", "United Kingdom"], "VAT Reg. GB 284 4170 33", "Company No. 11840272", "Sort code 20-44-17 Acc 40718823")],
    "en-US": [("Cedar Ridge Supply LLC", ["4410 Harmon Ave, Suite 210", "Columbus, OH 43223", "USA"], "EIN 84-4417203", "", "ACH routing 044000037")],
    "en-PL": [("Baltica Wholesale Sp. z o.o.", ["ul. Portowa 3", "81-336 Gdynia", "Poland"], "VAT-ID PL5862317740", "KRS 0000781204", "IBAN PL27 1140 2004 0000 3702 7754 1230")],
    "en-LT": [("UAB Nemunas Trade", ["Pramonės g. 15", "LT-51329 Kaunas", "Lithuania"], "VAT LT100014472311", "Company code 305118472", "IBAN LT12 7300 0101 4471 2287")],
    "en-LV": [("SIA Daugava Goods", ["Krasta iela 64", "Rīga, LV-1019", "Latvia"], "VAT LV40103847221", "", "IBAN LV80 HABA 0551 0447 1209 3")],
    "zh": [("宁波恒达塑料制品有限公司", ["浙江省宁波市北仑区新碶街道恒山路188号"], "统一社会信用代码 91330206MA2H4K7L3Q", "", "开户行 中国农业银行宁波北仑支行 3920 1104 0012 8847")],
    "zh-en": [("Shenzhen Lianfeng Electronics Co., Ltd. 深圳联丰电子有限公司", ["Bldg 6, Fuyong Industrial Park, Bao'an District", "Shenzhen, Guangdong 518103, China"], "USCC 91440300MA5F8T2X1K", "", "Beneficiary bank: Bank of China Shenzhen Branch  A/C 7447 1123 0081")],
    "ja": [("株式会社ミナトクラフト", ["〒530-0047 大阪府大阪市北区西天満4-8-12"], "登録番号 T3120001284471", "", "振込先 みなと銀行 梅田支店 普通 4471209")],
}

BUYERS = {
    "SE": [("Nordljus Hem AB", ["Box 1184", "172 23 Sundbyberg"], "Momsreg.nr SE559318220401"),
           ("Skärgårdsbutiken i Roslagen AB", ["Hamnvägen 2", "761 30 Norrtälje"], "Momsreg.nr SE556977031801"),
           ("Fjällspår Outdoor AB", ["Storgatan 55", "831 30 Östersund"], "Momsreg.nr SE559104472601"),
           ("Kvarnby Design AB", ["Kvarnbygatan 12", "431 34 Mölndal"], "Momsreg.nr SE559411830201"),
           ("Bergsmark E-handel AB", ["Lagergatan 6", "721 36 Västerås"], "Momsreg.nr SE556840019901")],
    "NO": [("Tallvik Kids AS", ["Kirkeveien 71", "0364 Oslo", "Norge"], "Org.nr 922 184 406 MVA")],
    "DK": [("Hyggelig Hjem ApS", ["Nørregade 9", "5000 Odense C", "Danmark"], "CVR 41 88 20 37")],
    "CN": [("义乌北欧之星贸易有限公司", ["浙江省义乌市福田街道商城大道L33号"], "91330782MA2EC81X4P")],
    "FI": [("Revontuli Shop Oy", ["Hämeenkatu 20 B", "33200 Tampere", "Finland"], "Y-tunnus 3147720-1")],
}


def pick_buyer(rng, country=None):
    if country is None:
        country = rng.choice(["SE"] * 6 + ["NO", "DK", "FI"])
    n, a, t = rng.choice(BUYERS[country])
    return {"name": n, "addr": list(a), "taxid": t, "country": country}


# ---------------------------------------------------------------- locale
LOCALES = {
    # lang-key: (language code for label, currency, vat rates, date style, number style)
    "sv": ("sv", "SEK", [25, 12, 6], "iso", "sv"),
    "no": ("no", "NOK", [25, 15], "dmy_dot", "sv"),
    "da": ("da", "DKK", [25], "dmy_dash", "de"),
    "fi": ("fi", "EUR", [25.5, 14], "fi", "sv"),
    "de": ("de", "EUR", [19, 7], "dmy_dot", "de"),
    "fr": ("fr", "EUR", [20, 5.5], "fr_long", "sv"),
    "it": ("it", "EUR", [22, 10], "dmy_slash", "de"),
    "es": ("es", "EUR", [21, 10], "dmy_slash", "de"),
    "pl": ("pl", "PLN", [23, 8], "dmy_dot", "sv"),
    "nl": ("nl", "EUR", [21, 9], "dmy_dash", "de"),
    "en-GB": ("en", "GBP", [20], "en_long", "en"),
    "en-US": ("en", "USD", [0], "us", "en"),
    "en-PL": ("en", "EUR", [0], "dmy_dot", "en"),
    "en-LT": ("en", "EUR", [0], "iso", "en"),
    "en-LV": ("en", "EUR", [0], "dmy_dot", "en"),
    "zh": ("zh", "CNY", [13], "cjk", "en"),
    "zh-en": ("en", "USD", [0], "ymd_slash", "en"),
    "ja": ("ja", "JPY", [10, 8], "cjk", "en"),
}

MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy_dash":
        return d.strftime("%d-%m-%Y")
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "ymd_slash":
        return d.strftime("%Y/%m/%d")
    if style == "fi":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "fr_long":
        return f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}"
    if style == "en_long":
        return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == "cjk":
        return f"{d.year}年{d.month}月{d.day}日"
    raise ValueError(style)


def fmt_num(x, style, decimals=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):,.{decimals}f}"  # 1,234.56
    if style == "en":
        out = s
    elif style == "de":
        out = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "sv":
        out = s.replace(",", " ").replace(".", ",")
    elif style == "ch":
        out = s.replace(",", "'")
    else:
        raise ValueError(style)
    return ("-" if neg else "") + out


CUR_FMT = {
    "SEK": lambda n: f"{n} kr", "NOK": lambda n: f"kr {n}", "DKK": lambda n: f"{n} kr.",
    "EUR": lambda n: f"{n} €", "PLN": lambda n: f"{n} zł", "GBP": lambda n: f"£{n}",
    "USD": lambda n: f"{n} USD", "CNY": lambda n: f"¥{n}", "JPY": lambda n: f"¥{n}",
}


def fmt_money(x, inv, with_cur=True):
    dec = 0 if inv["currency"] == "JPY" else 2
    n = fmt_num(x, inv["numstyle"], dec)
    if not with_cur:
        return n
    if inv["currency"] == "EUR" and inv["numstyle"] == "en":
        return f"EUR {n}"
    return CUR_FMT[inv["currency"]](n)


# ---------------------------------------------------------------- words
W = {
    "sv": dict(invoice="Faktura", no="Fakturanr", date="Fakturadatum", due="Förfallodatum", buyer="Kund", desc="Benämning", qty="Antal", unit="À-pris", amount="Belopp", sub="Summa exkl. moms", vat="Moms", total="Att betala", disc="Rabatt", ship="Frakt", ref="OCR-nummer", pay="Betalningsvillkor 30 dagar netto. Dröjsmålsränta enligt räntelagen.", page="Sida",
               packing_list="Packsedel", purchase_order="Inköpsorder", quotation="Offert", delivery_note="Följesedel", price_list="Prislista", credit_note="Kreditfaktura", receipt="Kvitto", proforma="Proformafaktura"),
    "no": dict(invoice="Faktura", no="Fakturanr.", date="Fakturadato", due="Forfallsdato", buyer="Kunde", desc="Beskrivelse", qty="Antall", unit="Pris", amount="Beløp", sub="Sum eks. mva", vat="MVA", total="Å betale", disc="Rabatt", ship="Frakt", ref="KID", pay="Betalingsbetingelser: 14 dager netto.", page="Side",
               packing_list="Pakkseddel", purchase_order="Innkjøpsordre", quotation="Tilbud", delivery_note="Følgeseddel", price_list="Prisliste", credit_note="Kreditnota", receipt="Kvittering", proforma="Proformafaktura"),
    "da": dict(invoice="Faktura", no="Fakturanr.", date="Fakturadato", due="Forfaldsdato", buyer="Kunde", desc="Beskrivelse", qty="Antal", unit="Stk.pris", amount="Beløb", sub="Subtotal ekskl. moms", vat="Moms", total="Total inkl. moms", disc="Rabat", ship="Fragt", ref="FIK", pay="Betalingsbetingelser: netto 8 dage.", page="Side",
               packing_list="Pakseddel", purchase_order="Indkøbsordre", quotation="Tilbud", delivery_note="Følgeseddel", price_list="Prisliste", credit_note="Kreditnota", receipt="Kvittering", proforma="Proformafaktura"),
    "fi": dict(invoice="Lasku", no="Laskun nro", date="Laskun päivä", due="Eräpäivä", buyer="Asiakas", desc="Tuote", qty="Määrä", unit="À-hinta", amount="Yhteensä", sub="Veroton yhteensä", vat="ALV", total="Maksettava", disc="Alennus", ship="Rahti", ref="Viitenumero", pay="Maksuehto 14 pv netto. Viivästyskorko korkolain mukaan.", page="Sivu",
               packing_list="Pakkausluettelo", purchase_order="Ostotilaus", quotation="Tarjous", delivery_note="Lähetyslista", price_list="Hinnasto", credit_note="Hyvityslasku", receipt="Kuitti", proforma="Proformalasku"),
    "de": dict(invoice="Rechnung", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", buyer="Kunde", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amount="Gesamt", sub="Nettobetrag", vat="USt.", total="Rechnungsbetrag", disc="Rabatt", ship="Versandkosten", ref="Kundennr.", pay="Zahlbar innerhalb von 14 Tagen ohne Abzug.", page="Seite",
               packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein", price_list="Preisliste", credit_note="Gutschrift", receipt="Quittung", proforma="Proforma-Rechnung"),
    "fr": dict(invoice="Facture", no="N° de facture", date="Date", due="Échéance", buyer="Client", desc="Désignation", qty="Qté", unit="P.U. HT", amount="Montant HT", sub="Total HT", vat="TVA", total="Total TTC", disc="Remise", ship="Frais de port", ref="Réf. client", pay="Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.", page="Page",
               packing_list="Liste de colisage", purchase_order="Bon de commande", quotation="Devis", delivery_note="Bon de livraison", price_list="Tarifs", credit_note="Avoir", receipt="Reçu", proforma="Facture proforma"),
    "it": dict(invoice="Fattura", no="Fattura n.", date="Data", due="Scadenza", buyer="Cliente", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", amount="Importo", sub="Imponibile", vat="IVA", total="Totale documento", disc="Sconto", ship="Spese di trasporto", ref="Rif.", pay="Pagamento: bonifico bancario 30 gg d.f.", page="Pagina",
               packing_list="Distinta colli", purchase_order="Ordine d'acquisto", quotation="Preventivo", delivery_note="Documento di trasporto", price_list="Listino prezzi", credit_note="Nota di credito", receipt="Ricevuta", proforma="Fattura proforma"),
    "es": dict(invoice="Factura", no="Nº factura", date="Fecha", due="Vencimiento", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Precio", amount="Importe", sub="Base imponible", vat="IVA", total="Total factura", disc="Descuento", ship="Portes", ref="Ref.", pay="Forma de pago: transferencia a 30 días.", page="Página",
               packing_list="Lista de empaque", purchase_order="Pedido de compra", quotation="Presupuesto", delivery_note="Albarán", price_list="Lista de precios", credit_note="Factura rectificativa", receipt="Recibo", proforma="Factura proforma"),
    "pl": dict(invoice="Faktura VAT", no="Nr faktury", date="Data wystawienia", due="Termin płatności", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="Cena netto", amount="Wartość netto", sub="Razem netto", vat="VAT", total="Do zapłaty", disc="Rabat", ship="Transport", ref="Nr zam.", pay="Sposób płatności: przelew 14 dni.", page="Strona",
               packing_list="Lista pakowania", purchase_order="Zamówienie", quotation="Oferta", delivery_note="Dowód dostawy WZ", price_list="Cennik", credit_note="Faktura korygująca", receipt="Paragon", proforma="Faktura pro forma"),
    "nl": dict(invoice="Factuur", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", buyer="Klant", desc="Omschrijving", qty="Aantal", unit="Prijs", amount="Bedrag", sub="Subtotaal excl. btw", vat="Btw", total="Totaal te betalen", disc="Korting", ship="Verzendkosten", ref="Referentie", pay="Gelieve binnen 30 dagen te betalen.", page="Pagina",
               packing_list="Paklijst", purchase_order="Inkooporder", quotation="Offerte", delivery_note="Pakbon", price_list="Prijslijst", credit_note="Creditnota", receipt="Kassabon", proforma="Proforma factuur"),
    "en": dict(invoice="Invoice", no="Invoice No.", date="Invoice date", due="Due date", buyer="Bill to", desc="Description", qty="Qty", unit="Unit price", amount="Amount", sub="Subtotal", vat="VAT", total="Total due", disc="Discount", ship="Shipping", ref="PO ref.", pay="Payment terms: 30 days net by bank transfer.", page="Page",
               packing_list="Packing List", purchase_order="Purchase Order", quotation="Quotation", delivery_note="Delivery Note", price_list="Price List", credit_note="Credit Note", receipt="Receipt", proforma="Proforma Invoice", tax_invoice="Tax Invoice", commercial="Commercial Invoice"),
    "zh": dict(invoice="增值税专用发票", no="发票号码", date="开票日期", due="付款期限", buyer="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额", sub="合计金额", vat="税额", total="价税合计", disc="折扣", ship="运费", ref="校验码", pay="备注：款到发货", page="页",
               packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单", price_list="价目表", credit_note="红字发票", receipt="收据", proforma="形式发票"),
    "ja": dict(invoice="請求書", no="請求書番号", date="請求日", due="お支払期限", buyer="御中", desc="品名", qty="数量", unit="単価", amount="金額", sub="小計", vat="消費税", total="ご請求金額", disc="値引き", ship="送料", ref="注文番号", pay="下記口座へお振込みください。振込手数料は貴社負担にてお願いいたします。", page="ページ",
               packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表", credit_note="赤伝票", receipt="領収書", proforma="プロフォーマインボイス"),
}

ITEMS = {
    "sv": ["Ullfilt grå 130x170", "Kaffe mörkrost 500 g", "Skärbräda ek 40 cm", "Linnehandduk natur", "Termosmugg 350 ml", "Ljusstake mässing", "Barnmössa merino", "Doftljus lingon"],
    "no": ["Ullsokker str 40-42", "Tursko lær brun", "Skolisser voks 120 cm", "Sålebeskytter"],
    "da": ["Bordlampe opal hvid", "Pendel Ø30 sort", "LED pære E27 4W", "Lampeskærm linned"],
    "fi": ["Leikkuulauta koivu", "Puulusikka 30 cm", "Kuksa visakoivu", "Saunakauha"],
    "de": ["Edelstahl-Topf 24 cm", "Küchenwaage digital", "Gewürzregal Bambus", "Brotkasten Emaille", "Spülbürste Buche"],
    "fr": ["Sac cabas cuir naturel", "Porte-cartes cognac", "Ceinture tressée", "Trousse en lin"],
    "it": ["Tazza gres 300 ml", "Piatto piano 27 cm", "Ciotola smaltata", "Vaso terracotta"],
    "es": ["Toalla algodón 50x100", "Mantel lino 140x200", "Paño de cocina", "Bata de baño"],
    "pl": ["Kubek ceramiczny 400 ml", "Słoik szklany 1 l", "Pojemnik próżniowy", "Deska do krojenia"],
    "nl": ["Kartonnen doos 40x30x20", "Verzendzak 25x35", "Tape bruin 50 mm", "Opvulpapier rol"],
    "en": ["Stainless steel water bottle 750 ml", "Silicone baking mat", "Bamboo toothbrush (4-pack)", "Cotton tote bag", "Phone stand aluminium", "Yoga mat 6 mm", "USB-C cable 1 m", "LED desk lamp", "Insulated lunch box"],
    "zh": ["塑料收纳盒 大号", "硅胶保鲜盖 6件套", "密封罐 1.2L", "餐具收纳架", "宠物食盆"],
    "ja": ["手ぬぐい 藍染", "陶器マグカップ", "竹製箸 5膳セット", "風呂敷 70cm"],
}


def words(lang):
    return W[lang if lang in W else "en"]


def make_invoice(rng, loc, *, n_items=None, doc_type="invoice", date=None, discount=None,
                 shipping=None, arith_error=None, buyer_country=None, tax=True, qty_choices=None):
    lang, cur, rates, dstyle, nstyle = LOCALES[loc]
    sname, saddr, stax1, stax2, sbank = rng.choice(SUPPLIERS[loc])
    if date is None:
        date = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 320))
    if n_items is None:
        n_items = rng.choice([1, 2, 3, 3, 4, 5, 6])
    pool = ITEMS.get(lang if lang in ITEMS else "en", ITEMS["en"])
    items = []
    for i in range(n_items):
        desc = rng.choice(pool) if i >= len(pool) else pool[(i + rng.randint(0, 50)) % len(pool)]
        if i >= len(pool):
            desc = desc + f" ({rng.choice(['S','M','L','XL','blå','grön','#2','#7'])})"
        qty = rng.choice(qty_choices or [1, 2, 4, 5, 6, 10, 12, 20, 24, 36, 48, 50, 100, 120, 200, 250])
        if cur == "JPY":
            price = D(rng.randint(3, 300) * 10)
        elif cur in ("SEK", "NOK", "DKK"):
            price = D(rng.randint(1900, 89900)) / 100
        elif cur == "CNY":
            price = D(rng.randint(150, 9900)) / 100
        else:
            price = D(rng.randint(95, 8990)) / 100
        rate = D(str(rates[0])) if tax else D(0)
        if tax and len(rates) > 1 and rng.random() < 0.2:
            rate = D(str(rates[1]))
        items.append({"sku": f"{rng.choice('ABCKMNRTX')}{rng.randint(100,999)}-{rng.randint(10,99)}",
                      "desc": desc, "qty": D(qty), "price": q2(price, cur), "rate": rate})
    if loc == "zh" and buyer_country is None:
        buyer_country = "CN"
    inv = {"loc": loc, "lang": lang, "currency": cur, "datestyle": dstyle, "numstyle": nstyle,
           "supplier": sname, "saddr": saddr, "stax": [t for t in (stax1, stax2) if t], "sbank": sbank,
           "buyer_d": pick_buyer(rng, buyer_country), "date": date,
           "due": date + dt.timedelta(days=rng.choice([10, 14, 30])),
           "number": f"{rng.choice(['', 'F', 'INV-', 'RE', '2026-'])}{rng.randint(1000, 99999)}",
           "ocr": str(rng.randint(10**9, 10**12)),
           "items": items, "doc_type": doc_type, "tax": tax,
           "discount_pct": D(discount) if discount else None,
           "shipping": q2(shipping, cur) if shipping else None,
           "arith_error": arith_error}
    inv["buyer"] = inv["buyer_d"]["name"]
    compute(inv)
    return inv


def compute(inv):
    cur = inv["currency"]
    for it in inv["items"]:
        it["line"] = q2(it["qty"] * it["price"], cur)
    if inv.get("arith_error") == "line":
        it = inv["items"][0]
        it["line"] = it["line"] + (D(100) if cur == "JPY" else D("10.00"))
    sub = sum((it["line"] for it in inv["items"]), D(0))
    disc = q2(sub * inv["discount_pct"] / 100, cur) if inv["discount_pct"] else D(0)
    ship = inv["shipping"] or D(0)
    # VAT per rate, discount spread proportionally, shipping taxed at main rate
    base_by_rate = {}
    for it in inv["items"]:
        share = it["line"] - (q2(it["line"] * inv["discount_pct"] / 100, cur) if inv["discount_pct"] else 0)
        base_by_rate[it["rate"]] = base_by_rate.get(it["rate"], D(0)) + share
    if ship:
        r0 = inv["items"][0]["rate"]
        base_by_rate[r0] = base_by_rate.get(r0, D(0)) + ship
    # make bases add exactly to sub - disc + ship
    net = sub - disc + ship
    diff = net - sum(base_by_rate.values(), D(0))
    if diff:
        k = next(iter(base_by_rate))
        base_by_rate[k] += diff
    vat = {r: q2(b * r / 100, cur) for r, b in base_by_rate.items()}
    if inv.get("arith_error") == "vat":
        k = next(iter(vat))
        vat[k] = q2(vat[k] * D("1.1") + 1, cur)
    total = net + sum(vat.values(), D(0))
    if inv.get("arith_error") == "total":
        total = total + (D(1000) if cur == "JPY" else D("100.00"))
    if inv.get("arith_error") == "digits":  # transposed digits in total
        s = str(total)
        i = s.find(".") - 2 if "." in s else len(s) - 2
        if i >= 0 and s[i] != s[i + 1]:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            total = D(s)
        else:
            total = total + D("9.00")
    inv.update(sub=sub, disc=disc, ship=ship, net=net, base_by_rate=base_by_rate, vat=vat, total=q2(total, cur))
    return inv


def ds(inv, d=None):
    return fmt_date(d or inv["date"], inv["datestyle"])


def rate_str(r, inv):
    s = f"{r.normalize():f}"
    if inv["numstyle"] != "en":
        s = s.replace(".", ",")
    return s + " %" if inv["lang"] in ("sv", "fr", "fi", "no", "da", "de", "pl") else s + "%"


# ---------------------------------------------------------------- labels
def label(fname, inv, *, producer, pages=1, genuine=True, edit_method=None, what_changed=None,
          edit_before_capture=False, is_invoice=None, doc_type=None, date=None, total=None, buyer=None,
          supplier=None, extra=None):
    dtp = doc_type or inv["doc_type"]
    rec = {
        "file": fname, "genuine": genuine, "edit_method": edit_method,
        "what_changed": what_changed or [], "producer": producer, "language": inv["lang"],
        "is_invoice": (dtp in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma")) if is_invoice is None else is_invoice,
        "doc_type": dtp,
        "date": (date or inv["date"]).isoformat() if not isinstance(date, str) else date,
        "total": total if total is not None else (f"{inv['total']:.0f}" if inv["currency"] == "JPY" else f"{inv['total']:.2f}"),
        "currency": inv["currency"], "supplier": supplier or inv["supplier"], "buyer": buyer or inv["buyer"],
        "pages": pages, "edit_before_capture": edit_before_capture,
        "arithmetic_error": bool(inv.get("arith_error")) and genuine,
    }
    if extra:
        rec.update(extra)
    return rec


def write_part(part, records):
    with open(os.path.join(PARTS, part + ".jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def save_sidecar(fname, inv, **kw):
    """Keep the invoice model next to the intermediates so edits.py can reuse it."""
    def conv(o):
        if isinstance(o, (D,)):
            return str(o)
        if isinstance(o, dt.date):
            return o.isoformat()
        if isinstance(o, dict):
            return {str(k): conv(v) for k, v in o.items()}
        if isinstance(o, list):
            return [conv(v) for v in o]
        return o
    data = conv(inv)
    data.update(kw)
    with open(os.path.join(WORK, fname + ".json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False)


def load_sidecar(fname):
    with open(os.path.join(WORK, fname + ".json"), encoding="utf-8") as f:
        return json.load(f)


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
