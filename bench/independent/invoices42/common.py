"""Shared data, formatting and label helpers for the invoices42 corpus.
All companies, addresses, tax numbers and amounts are invented."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "_work")
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
CJK_TTC = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
def q2(x):
    return D(x).quantize(D("0.01"), rounding=ROUND_HALF_UP)

# ---------------------------------------------------------------- ids
def be_ond(rng):
    n = rng.randint(200000000, 999999999)
    s = "0%09d" % n
    return "BE %s.%s.%s" % (s[:4], s[4:7], s[7:])

def be_ogm(rng):
    base = rng.randint(1000000000, 9999999999)
    chk = base % 97 or 97
    s = "%010d%02d" % (base, chk)
    return "+++%s/%s/%s+++" % (s[:3], s[3:7], s[7:])

def iban(rng, cc):
    lens = {"BE": 12, "NL": 14, "DE": 18, "LU": 16, "FR": 23, "IT": 23, "ES": 20, "PL": 24}
    n = lens.get(cc, 14)
    body = "".join(str(rng.randint(0, 9)) for _ in range(n))
    if cc == "NL":
        body = "ABCD" + body[:10]
    return "%s%02d %s" % (cc, rng.randint(10, 98), " ".join(body[i:i+4] for i in range(0, len(body), 4)))

# ---------------------------------------------------------------- parties
def P(name, lines, tax, cc, extra=None):
    return {"name": name, "lines": lines, "tax": tax, "cc": cc, "extra": extra or ""}

SUPPLIERS = {
    "nl_be": [
        P("Groothandel Verbruggen-Maes BV", ["Industrieweg 114", "2880 Bornem", "België"], "BTW BE 0712.448.903", "BE", "RPR Antwerpen, afdeling Mechelen"),
        P("Kempische Verpakkingen NV", ["Hoge Mauw 27", "2370 Arendonk", "België"], "BTW BE 0466.201.587", "BE", "RPR Antwerpen, afdeling Turnhout"),
        P("Textielatelier Van Daele", ["Kortrijksesteenweg 903", "9000 Gent", "België"], "BTW BE 0823.914.066", "BE"),
    ],
    "fr_be": [
        P("Distribution Lambotte SRL", ["Rue des Fabriques 41", "4040 Herstal", "Belgique"], "TVA BE 0738.556.210", "BE", "RPM Liège"),
        P("Savonnerie du Hainaut SA", ["Chaussée de Bruxelles 288", "7500 Tournai", "Belgique"], "TVA BE 0457.309.812", "BE", "RPM Hainaut"),
    ],
    "nl_nl": [
        P("Van der Sluis Groothandel B.V.", ["Televisieweg 51", "1322 AL Almere", "Nederland"], "BTW NL861204477B01", "NL", "KvK 71842290"),
        P("Noordkaap Huishoudartikelen B.V.", ["Zuiderhaven 8", "8861 CK Harlingen", "Nederland"], "BTW NL004518823B01", "NL", "KvK 39120485"),
    ],
    "de": [
        P("Rheinhessen Großhandel GmbH", ["Gewerbestraße 17", "55218 Ingelheim am Rhein", "Deutschland"], "USt-IdNr. DE318447201", "DE", "HRB 48812, Amtsgericht Mainz"),
        P("Westfälische Bürowelt KG", ["Am Lippeufer 4", "59227 Ahlen", "Deutschland"], "USt-IdNr. DE297106534", "DE", "HRA 7731, Amtsgericht Münster"),
    ],
    "fr_lu": [
        P("Moselle Négoce S.à r.l.", ["12, rue du Fort Elisabeth", "L-1463 Luxembourg"], "TVA LU28841706", "LU", "RCS Luxembourg B 214 877"),
    ],
    "fr": [
        P("Atelier Ménard & Fils SARL", ["14 rue Ampère", "69680 Chassieu", "France"], "TVA FR47 812334907", "FR", "SIRET 812 334 907 00021"),
    ],
    "it": [
        P("Ceramiche Boschetti S.r.l.", ["Via dell'Artigianato 22", "41049 Sassuolo (MO)", "Italia"], "P.IVA IT03718820365", "IT"),
    ],
    "es": [
        P("Suministros Alcaraz S.L.", ["Polígono Industrial El Oliveral, Calle F 9", "46394 Ribarroja del Turia (Valencia)", "España"], "CIF ESB98442710", "ES"),
    ],
    "pl": [
        P("Hurtownia Zielińscy Sp. z o.o.", ["ul. Składowa 19", "62-080 Tarnowo Podgórne", "Polska"], "NIP 777-318-52-09", "PL"),
    ],
    "en_cn": [
        P("Shenzhen Longhai Electronic Trading Co., Ltd.", ["Room 1806, Block B, Huafeng Building", "Bao'an District, Shenzhen 518101", "Guangdong, China"], "USCC 91440300MA5G8K7Q2X", "CN"),
        P("Yiwu Starbridge Household Products Co., Ltd.", ["No. 355 Chouzhou North Road", "Yiwu, Zhejiang 322000", "China"], "USCC 91330782MA2HQ41L7D", "CN"),
    ],
    "zh": [
        P("宁波海曙恒达日用品有限公司", ["浙江省宁波市海曙区望春工业园区云林中路288号"], "纳税人识别号 91330203MA2AH7731K", "CN"),
        P("东莞市晟远包装材料有限公司", ["广东省东莞市长安镇霄边社区振安西路17号"], "纳税人识别号 91441900MA4X52R06P", "CN"),
    ],
    "ja": [
        P("株式会社ミドリ商会", ["〒541-0051", "大阪府大阪市中央区備後町3丁目4-12"], "登録番号 T4120001198237", "JP"),
    ],
    "en": [
        P("Flandersway Courier Services BV", ["Noorderlaan 133", "2030 Antwerpen", "Belgium"], "VAT BE 0789.226.441", "BE"),
        P("Harbourline Packaging Ltd", ["Unit 7, Quayside Trading Estate", "Hull HU9 1TW", "United Kingdom"], "VAT GB 384 2210 57", "GB"),
    ],
}

BUYERS = {
    "BE_nl": [
        P("Peeters Webshop BV", ["Lange Kievitstraat 62", "2018 Antwerpen", "België"], "BTW BE 0745.118.362", "BE"),
        P("Online Huis Claes BV", ["Mechelsesteenweg 210", "2500 Lier", "België"], "BTW BE 0692.550.174", "BE"),
        P("Janssens Home & Garden", ["Turnhoutsebaan 388", "2140 Borgerhout", "België"], "BTW BE 0881.203.459", "BE"),
    ],
    "BE_fr": [
        P("Boutique Dumont SRL", ["Avenue de la Couronne 77", "1050 Ixelles", "Belgique"], "TVA BE 0766.402.918", "BE"),
        P("Lefèvre Commerce en ligne SPRL", ["Rue Saint-Gilles 15", "4000 Liège", "Belgique"], "TVA BE 0554.871.023", "BE"),
    ],
    "NL": [
        P("De Vries Online Retail B.V.", ["Kanaalweg 19", "3526 KL Utrecht", "Nederland"], "BTW NL862511390B01", "NL"),
        P("Bakker Marketplace Trading", ["Hoofdstraat 141", "7811 EN Emmen", "Nederland"], "BTW NL003877612B68", "NL"),
    ],
}
ALL_BUYERS = [b for v in BUYERS.values() for b in v]

# ---------------------------------------------------------------- vocab
T = {
 "nl": dict(invoice="FACTUUR", credit="CREDITNOTA", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
            to="Factuur aan", desc="Omschrijving", qty="Aantal", unit="Eenheidsprijs", amount="Bedrag",
            sub="Subtotaal excl. btw", vat="Btw", disc="Korting", ship="Verzendkosten", total="Totaal te betalen",
            ref="Gestructureerde mededeling", pay="Gelieve te betalen vóór de vervaldatum op", receipt="KASTICKET / FACTUUR"),
 "fr": dict(invoice="FACTURE", credit="NOTE DE CRÉDIT", no="N° de facture", date="Date de facture", due="Échéance",
            to="Facturé à", desc="Désignation", qty="Qté", unit="Prix unitaire", amount="Montant",
            sub="Total HTVA", vat="TVA", disc="Remise", ship="Frais de port", total="Total à payer",
            ref="Communication structurée", pay="Merci de régler avant l'échéance sur", receipt="REÇU / FACTURE"),
 "de": dict(invoice="RECHNUNG", credit="GUTSCHRIFT", no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am",
            to="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amount="Gesamt",
            sub="Zwischensumme netto", vat="USt.", disc="Rabatt", ship="Versandkosten", total="Rechnungsbetrag",
            ref="Verwendungszweck", pay="Bitte überweisen Sie den Betrag bis zum Fälligkeitsdatum auf", receipt="QUITTUNG / RECHNUNG"),
 "en": dict(invoice="INVOICE", credit="CREDIT NOTE", no="Invoice No.", date="Invoice Date", due="Due Date",
            to="Bill To", desc="Description", qty="Qty", unit="Unit Price", amount="Amount",
            sub="Subtotal", vat="VAT", disc="Discount", ship="Shipping", total="Total Due",
            ref="Payment reference", pay="Please pay by the due date to", receipt="RECEIPT / INVOICE"),
 "it": dict(invoice="FATTURA", credit="NOTA DI CREDITO", no="Fattura n.", date="Data", due="Scadenza",
            to="Cliente", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", amount="Importo",
            sub="Imponibile", vat="IVA", disc="Sconto", ship="Spese di spedizione", total="Totale documento",
            ref="Causale", pay="Pagamento con bonifico bancario entro la scadenza su", receipt="RICEVUTA"),
 "es": dict(invoice="FACTURA", credit="FACTURA RECTIFICATIVA", no="Nº factura", date="Fecha", due="Vencimiento",
            to="Cliente", desc="Concepto", qty="Cant.", unit="Precio", amount="Importe",
            sub="Base imponible", vat="IVA", disc="Descuento", ship="Portes", total="Total factura",
            ref="Referencia", pay="Forma de pago: transferencia antes del vencimiento a", receipt="RECIBO"),
 "pl": dict(invoice="FAKTURA VAT", credit="FAKTURA KORYGUJĄCA", no="Numer", date="Data wystawienia", due="Termin płatności",
            to="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="Cena netto", amount="Wartość netto",
            sub="Razem netto", vat="VAT", disc="Rabat", ship="Transport", total="Do zapłaty",
            ref="Tytuł przelewu", pay="Przelew na konto", receipt="PARAGON"),
 "zh": dict(invoice="增值税专用发票", credit="红字发票", no="发票号码", date="开票日期", due="付款期限",
            to="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额",
            sub="合计", vat="税额", disc="折扣", ship="运费", total="价税合计（小写）",
            ref="备注", pay="开户行及账号", receipt="收据"),
 "ja": dict(invoice="請求書", credit="返品伝票", no="請求書番号", date="請求日", due="お支払期限",
            to="御中", desc="品名", qty="数量", unit="単価", amount="金額",
            sub="小計", vat="消費税", disc="値引", ship="送料", total="ご請求金額",
            ref="備考", pay="お振込先", receipt="領収書"),
}

MONTHS = {
 "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
 "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
 "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
 "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
 "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
 "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}

def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "mdy_us": return d.strftime("%m/%d/%Y")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "iso": return d.isoformat()
    if style == "cjk": return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en": return "%d %s %d" % (d.day, m, d.year)
        if lg == "de": return "%d. %s %d" % (d.day, m, d.year)
        if lg == "es": return "%d de %s de %d" % (d.day, m, d.year)
        return "%d %s %d" % (d.day, m, d.year)
    if style == "en_us_long": return "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)
    raise ValueError(style)

DATE_STYLES = {
    "nl": ["dmy_dash", "dmy_slash", "long_nl"], "fr": ["dmy_slash", "long_fr"], "de": ["dmy_dot", "long_de"],
    "en": ["mdy_us", "long_en", "iso", "en_us_long"], "it": ["dmy_slash", "long_it"], "es": ["dmy_slash", "long_es"],
    "pl": ["dmy_dot", "iso"], "zh": ["cjk"], "ja": ["cjk", "ymd_slash"],
}

def fmt_num(x, style, decimals=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = ("{:,.%df}" % decimals).format(x)  # 1,234.56
    if style == "en": out = s
    elif style == "eu_dot": out = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "eu_space": out = s.replace(",", " ").replace(".", ",")
    elif style == "ch": out = s.replace(",", "'")
    else: raise ValueError(style)
    return ("-" if neg else "") + out

NUM_STYLE = {"nl": "eu_dot", "de": "eu_dot", "it": "eu_dot", "es": "eu_dot", "fr": "eu_space", "pl": "eu_space",
             "en": "en", "zh": "en", "ja": "en"}

def money(x, inv, sym=True):
    cur = inv["currency"]
    dec = 0 if cur == "JPY" else 2
    s = fmt_num(x, inv["numstyle"], dec)
    if not sym: return s
    if cur == "EUR":
        return ("€ " + s) if inv.get("eur_prefix") else (s + " €")
    if cur == "USD": return s + " USD" if inv.get("usd_suffix") else "US$ " + s
    if cur == "JPY": return "¥" + s
    if cur == "CNY": return "¥" + s
    if cur == "PLN": return s + " zł"
    if cur == "GBP": return "£" + s
    return s + " " + cur

# ---------------------------------------------------------------- products
PRODUCTS = {
 "nl": ["Bamboe snijplank 38x25 cm", "Keukenhanddoek katoen (set van 3)", "Kartonnen verzenddoos 30x20x15", "Geurkaars vanille 200 g", "LED-bureaulamp dimbaar", "Opbergmand zeegras M", "Kinderrugzak 8 l", "Thermosfles RVS 500 ml", "Badmat antislip 50x80", "Plantenpot keramiek Ø14", "Fietsbel messing", "Tuinhandschoenen maat 8"],
 "fr": ["Savon artisanal lavande 100 g", "Bougie parfumée figue", "Tablier en lin naturel", "Boîte de rangement kraft", "Porte-clés en cuir", "Plaid en laine 130x170", "Mug céramique 350 ml", "Carnet A5 ligné", "Brosse à vaisselle bois", "Coussin velours 45x45"],
 "de": ["Edelstahl-Trinkflasche 750 ml", "Versandkarton 2-wellig 400x300x200", "Luftpolsterfolie 50 cm x 100 m", "Schreibtischorganizer Holz", "USB-C Ladekabel 2 m", "Packband braun 66 m", "Etikettendrucker-Rollen 100x150", "Gewürzdose Glas 6er-Set", "Handtuch Frottee 50x100"],
 "en": ["Silicone baking mat 40x30cm", "Phone stand aluminium", "USB-C cable 1m braided", "Bluetooth speaker mini", "LED strip 5m RGB", "Stainless lunch box 1.2L", "Yoga mat TPE 6mm", "Wireless charger pad 15W", "Kids drawing tablet 10in", "Pet grooming glove"],
 "it": ["Piastrella decorata 20x20", "Tazza in gres 300 ml", "Piatto piano Ø27", "Vaso in ceramica bianco", "Sottopentola in sughero"],
 "es": ["Aceite de oliva virgen extra 500 ml", "Bolsa de yute reutilizable", "Jabón de Alepo 200 g", "Cuchara de madera de olivo", "Paño de cocina algodón"],
 "pl": ["Kubek termiczny 450 ml", "Świeca sojowa 180 g", "Pudełko kartonowe F-201", "Ręcznik bawełniany 70x140", "Koszyk wiklinowy"],
 "zh": ["不锈钢保温杯 500ml", "硅胶厨房铲", "收纳盒 PP 大号", "瓦楞纸箱 五层", "毛巾 纯棉", "手机支架 铝合金"],
 "ja": ["ステンレスボトル 350ml", "今治タオル フェイス", "竹製まな板 中", "和紙ノート A5", "陶器マグカップ"],
}

def make_items(rng, lang, n, vat_rates, price_range=(2, 60), qty_range=(1, 48)):
    pool = PRODUCTS[lang]
    items = []
    for i in range(n):
        desc = pool[i % len(pool)]
        if i >= len(pool):
            desc = desc + " - v%d" % (i // len(pool) + 1)
        qty = rng.randint(*qty_range)
        price = q2(D(rng.randint(price_range[0] * 100, price_range[1] * 100)) / 100)
        if rng.random() < 0.3: price = q2(price.to_integral_value() - D("0.01")) if price > 1 else price
        items.append({"sku": "%s-%04d" % (rng.choice("ABCDKLMPRT") + rng.choice("ABCDKLMPRT"), rng.randint(100, 9999)),
                      "desc": desc, "qty": qty, "price": price, "vat": rng.choice(vat_rates)})
    return items

def compute(inv):
    """Fill line totals, tax breakdown, totals. JPY rounding to integer."""
    cur = inv["currency"]
    r = (lambda x: D(x).quantize(D("1"), rounding=ROUND_HALF_UP)) if cur == "JPY" else q2
    for it in inv["items"]:
        it["line"] = r(it["qty"] * it["price"])
    sub = sum((it["line"] for it in inv["items"]), D(0))
    disc = r(sub * D(inv.get("disc_pct", 0)) / 100) if inv.get("disc_pct") else D(0)
    ship = r(inv.get("shipping", 0))
    # tax base per rate: discount spread proportionally, shipping at highest rate
    rates = {}
    for it in inv["items"]:
        rates[it["vat"]] = rates.get(it["vat"], D(0)) + it["line"]
    if disc and sub:
        for k in list(rates): rates[k] = r(rates[k] - disc * rates[k] / sub)
    if ship:
        top = max(rates) if rates else 0
        rates[top] = rates.get(top, D(0)) + ship
    taxes = {k: r(v * D(k) / 100) for k, v in rates.items()}
    net = sub - disc + ship
    tax = sum(taxes.values(), D(0))
    total = net + tax
    inv.update(subtotal=sub, discount=disc, ship=ship, bases=rates, taxes=taxes, net=net, tax=tax, total=total)
    inv["printed_total"] = total + inv.get("arith_delta", D(0))
    return inv

# ---------------------------------------------------------------- invoice factory
LANG_CUR = {"nl": "EUR", "fr": "EUR", "de": "EUR", "it": "EUR", "es": "EUR", "pl": "PLN", "zh": "CNY", "ja": "JPY", "en": "EUR"}
VAT = {"BE": [21, 21, 6], "NL": [21, 21, 9], "DE": [19, 19, 7], "LU": [17, 17, 8], "FR": [20, 20, 5.5], "IT": [22], "ES": [21, 10],
       "PL": [23, 8], "CN": [13], "JP": [10, 8], "GB": [20]}

def new_invoice(rng, idx, lang, skey, doc_type="invoice", n_items=None, **kw):
    sup = rng.choice(SUPPLIERS[skey])
    if skey in ("nl_be",): buyer = rng.choice(BUYERS["BE_nl"] + BUYERS["NL"][:1])
    elif skey in ("fr_be", "fr_lu", "fr"): buyer = rng.choice(BUYERS["BE_fr"] + BUYERS["BE_nl"][:1])
    elif skey == "nl_nl": buyer = rng.choice(BUYERS["NL"] + BUYERS["BE_nl"])
    else: buyer = rng.choice(ALL_BUYERS)
    cur = kw.pop("currency", None) or ("USD" if skey == "en_cn" else LANG_CUR[lang])
    cc = sup["cc"]
    # intra-EU B2B cross-border: reverse charge (no VAT lines)
    reverse = cc in ("DE", "LU", "FR", "IT", "ES", "PL", "NL") and buyer["cc"] != cc and rng.random() < 0.5
    export = cc in ("CN", "JP", "GB") and lang == "en"
    rates = [0] if (reverse or export) else [D(str(x)) for x in VAT.get(cc, [21])]
    d = datetime.date(2026, rng.randint(1, 11), rng.randint(1, 28))
    n = n_items or rng.choice([1, 2, 3, 3, 4, 5, 6, 8])
    pr = (20, 400) if cur in ("CNY", "PLN") else ((300, 6000) if cur == "JPY" else (2, 60))
    if skey == "en_cn": pr = (1, 15)
    inv = {
        "idx": idx, "lang": lang, "doc_type": doc_type, "supplier": sup, "buyer": buyer, "currency": cur,
        "date": d, "due": d + datetime.timedelta(days=rng.choice([14, 30, 30, 45, 60])),
        "date_style": rng.choice(DATE_STYLES[lang]), "numstyle": NUM_STYLE[lang],
        "eur_prefix": rng.random() < 0.35, "usd_suffix": rng.random() < 0.5,
        "number": "%s%d-%05d" % (rng.choice(["F", "INV", "FA", "", "R"]), d.year, rng.randint(10, 99999)),
        "items": make_items(rng, lang if lang in PRODUCTS else "en", n, rates, pr,
                            (50, 2000) if skey == "en_cn" else (1, 48)),
        "reverse": reverse, "export": export,
        "disc_pct": rng.choice([0, 0, 0, 0, 3, 5, 10]),
        "shipping": rng.choice([0, 0, 0, D("6.95"), D("12.50"), D("24.00")]) if cur == "EUR" else 0,
        "ogm": be_ogm(rng) if cc == "BE" else None,
        "iban": iban(rng, cc if cc in ("BE", "NL", "DE", "LU", "FR", "IT", "ES", "PL") else "BE"),
    }
    if skey == "en_cn":
        inv["incoterm"] = rng.choice(["FOB Shenzhen", "EXW Yiwu", "DDP Antwerp", "CIF Rotterdam"])
        inv["shipping"] = rng.choice([0, D("185.00"), D("340.00")])
    inv.update(kw)
    return compute(inv)

def ds(inv, d=None):
    return fmt_date(d or inv["date"], inv["date_style"])

def tax_label(inv, rate):
    t = T[inv["lang"]]["vat"]
    r = ("%s" % rate).rstrip("0").rstrip(".") if "." in str(rate) else str(rate)
    return "%s %s%%" % (t, r)

def title(inv):
    t = T[inv["lang"]]
    return {"invoice": t["invoice"], "tax_invoice": t["invoice"], "credit_note": t["credit"], "receipt": t["receipt"],
            "proforma": "PROFORMA " + t["invoice"]}.get(inv["doc_type"], t["invoice"])

# ---------------------------------------------------------------- labels
def label(inv, file, producer, pages, **kw):
    lab = {
        "file": file, "genuine": True, "edit_method": None, "what_changed": [], "producer": producer,
        "language": inv["lang"], "is_invoice": inv["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note"),
        "doc_type": inv["doc_type"], "date": inv["date"].isoformat(),
        "total": str(inv["printed_total"]) if inv.get("printed_total") is not None else None,
        "currency": inv["currency"], "supplier": inv["supplier"]["name"], "buyer": inv["buyer"]["name"],
        "pages": pages, "edit_before_capture": False, "arithmetic_error": bool(inv.get("arith_delta")),
    }
    lab.update(kw)
    return lab

def write_part(part, labels, metas):
    with open(os.path.join(WORK, "labels_%s.jsonl" % part), "w") as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + "\n")
    with open(os.path.join(WORK, "meta_%s.json" % part), "w") as f:
        json.dump(metas, f, ensure_ascii=False, default=str, indent=0)

def meta_for(inv, file, producer, label_obj):
    """strings printed on the document, used later by edits.py to locate values"""
    return {"file": file, "producer": producer, "lang": inv["lang"], "currency": inv["currency"],
            "total_str": money(inv["printed_total"], inv, sym=False), "date_str": ds(inv), "due_str": ds(inv, inv["due"]),
            "buyer_str": inv["buyer"]["name"], "numstyle": inv["numstyle"], "date_style": inv["date_style"],
            "qty_strs": [str(it["qty"]) for it in inv["items"]], "label": label_obj}

def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
