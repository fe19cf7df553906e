#!/usr/bin/env python3
"""Test-set generator: genuine supplier invoices (and a few non-invoices) plus edited copies.
Everything (companies, numbers, addresses, tax ids) is invented.  Run: python make.py"""
import os, sys, json, random, re, io, shutil, subprocess, datetime as dt, time, glob, html
from decimal import Decimal, ROUND_HALF_UP
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageEnhance

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "files")
TMP = os.path.join(ROOT, "_work")
SEED = 20260305
R = random.Random(SEED)
NPR = np.random.default_rng(SEED)
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
FONT_DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_DJS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
T0 = time.time()


def log(*a):
    print(f"[{time.time()-T0:6.1f}s]", *a, flush=True)


def D(x):
    return Decimal(str(x)).quantize(Decimal("0.01"), ROUND_HALF_UP)


# ----------------------------------------------------------------------------------------------
# number / date formatting
def fmt_num(v, style, dec=2):
    v = Decimal(v)
    neg = v < 0
    s = f"{abs(v):,.{dec}f}"
    if style == "de":
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "fr":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "in":
        ip, _, fp = f"{abs(v):.{dec}f}".partition(".")
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:]); head = head[:-2]
            if head:
                parts.insert(0, head)
            ip = ",".join(parts + [tail])
        s = ip + ("." + fp if dec else "")
    return ("-" if neg else "") + s


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}


def fmt_date(d, f):
    if f == "dmy.": return d.strftime("%d.%m.%Y")
    if f == "dmy/": return d.strftime("%d/%m/%Y")
    if f == "dmy-": return d.strftime("%d-%m-%Y")
    if f == "mdy/": return d.strftime("%m/%d/%Y")
    if f == "iso": return d.isoformat()
    if f == "ymd/": return d.strftime("%Y/%m/%d")
    if f == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if f == "cjk0": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if f == "en_long": return f"{d.day} {MONTHS['en'][d.month-1][:3]} {d.year}"
    if f == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if f in ("fr", "nl", "it", "de", "pl"):
        dd = "1er" if (f == "fr" and d.day == 1) else str(d.day)
        sep = ". " if f == "de" else " "
        return f"{dd}{sep}{MONTHS[f][d.month-1]} {d.year}"
    if f == "es": return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
    raise ValueError(f)


CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(v):
    v = D(v)
    yuan = int(v); cents = int((v - yuan) * 100)
    units = ["", "拾", "佰", "仟"]
    def four(n):
        s = ""; zero = False
        for i in range(3, -1, -1):
            dgt = n // (10 ** i) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero: s += "零"; zero = False
                s += CN_DIG[dgt] + units[i]
        return s
    out = ""
    if yuan >= 10000:
        out += four(yuan // 10000) + "万"
        low = yuan % 10000
        if low:
            if low < 1000: out += "零"
            out += four(low)
    elif yuan:
        out = four(yuan)
    out = (out or "零") + "圆"
    j, f = cents // 10, cents % 10
    if not j and not f:
        out += "整"
    else:
        if j: out += CN_DIG[j] + "角"
        elif yuan: out += "零"
        if f: out += CN_DIG[f] + "分"
        else: out += "整"
    return out


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words_en(n):
    n = int(n)
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000: return ONES[n // 100] + " hundred" + (" " + words_en(n % 100) if n % 100 else "")
    for div, name in ((10**7, "crore"), (10**5, "lakh"), (1000, "thousand")):
        if n >= div:
            return words_en(n // div) + " " + name + (" " + words_en(n % div) if n % div else "")


# ----------------------------------------------------------------------------------------------
# vocabulary
L = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", proforma="PROFORMA INVOICE", credit_note="CREDIT NOTE",
            receipt="RECEIPT", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION",
            delivery_note="DELIVERY NOTE", other="PRICE LIST", no="Invoice No.", date="Invoice Date", due="Due Date",
            seller="Seller", buyer="Bill To", desc="Description", qty="Qty", price="Unit Price", amount="Amount",
            subtotal="Subtotal", vat="VAT", discount="Discount", shipping="Freight", total="TOTAL", page="Page",
            terms="Payment terms", bank="Bank details", taxid="Tax ID", of="of", unit="pcs", ref="Our ref.",
            cartons="Cartons", gw="G.W. (kg)"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", proforma="PROFORMA-RECHNUNG", credit_note="GUTSCHRIFT",
            receipt="QUITTUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT",
            delivery_note="LIEFERSCHEIN", other="PREISLISTE", no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am",
            seller="Lieferant", buyer="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", price="Einzelpreis",
            amount="Gesamt", subtotal="Zwischensumme netto", vat="MwSt.", discount="Rabatt", shipping="Versandkosten",
            total="Gesamtbetrag", page="Seite", terms="Zahlungsbedingungen", bank="Bankverbindung", taxid="USt-IdNr.",
            of="von", unit="Stk.", ref="Auftragsnr.", cartons="Kartons", gw="Brutto (kg)"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", proforma="FACTURE PRO FORMA", credit_note="AVOIR",
            receipt="REÇU", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS",
            delivery_note="BON DE LIVRAISON", other="TARIF", no="Facture n°", date="Date", due="Échéance",
            seller="Vendeur", buyer="Facturé à", desc="Désignation", qty="Qté", price="P.U. HT", amount="Montant HT",
            subtotal="Total HT", vat="TVA", discount="Remise", shipping="Frais de port", total="Total TTC",
            page="Page", terms="Conditions de règlement", bank="Coordonnées bancaires", taxid="N° TVA intracom.",
            of="sur", unit="u.", ref="Réf. commande", cartons="Colis", gw="Poids brut (kg)"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", proforma="FATTURA PROFORMA", credit_note="NOTA DI CREDITO",
            receipt="RICEVUTA", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE D'ACQUISTO",
            quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", other="LISTINO PREZZI", no="Fattura n.",
            date="Data", due="Scadenza", seller="Cedente", buyer="Cessionario", desc="Descrizione", qty="Q.tà",
            price="Prezzo unit.", amount="Importo", subtotal="Imponibile", vat="IVA", discount="Sconto",
            shipping="Spese di trasporto", total="Totale documento", page="Pagina", terms="Modalità di pagamento",
            bank="Coordinate bancarie", taxid="P.IVA", of="di", unit="pz", ref="Rif. ordine", cartons="Colli",
            gw="Peso lordo (kg)"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", proforma="FACTURA PROFORMA", credit_note="FACTURA RECTIFICATIVA",
            receipt="RECIBO", packing_list="LISTA DE EMBALAJE", purchase_order="PEDIDO DE COMPRA",
            quotation="PRESUPUESTO", delivery_note="ALBARÁN", other="LISTA DE PRECIOS", no="Nº factura", date="Fecha",
            due="Vencimiento", seller="Emisor", buyer="Cliente", desc="Concepto", qty="Cant.", price="Precio unit.",
            amount="Importe", subtotal="Base imponible", vat="IVA", discount="Descuento", shipping="Portes",
            total="Total factura", page="Página", terms="Forma de pago", bank="Datos bancarios", taxid="NIF",
            of="de", unit="ud.", ref="Su pedido", cartons="Bultos", gw="Peso bruto (kg)"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", proforma="FAKTURA PRO FORMA",
            credit_note="FAKTURA KORYGUJĄCA", receipt="RACHUNEK", packing_list="LISTA PAKOWA",
            purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ – WYDANIE ZEWNĘTRZNE",
            other="CENNIK", no="Nr faktury", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca",
            buyer="Nabywca", desc="Nazwa towaru", qty="Ilość", price="Cena netto", amount="Wartość netto",
            subtotal="Razem netto", vat="VAT", discount="Rabat", shipping="Transport", total="Do zapłaty",
            page="Strona", terms="Sposób płatności", bank="Rachunek bankowy", taxid="NIP", of="z", unit="szt.",
            ref="Zamówienie", cartons="Kartony", gw="Waga brutto (kg)"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", proforma="PROFORMAFACTUUR", credit_note="CREDITNOTA",
            receipt="KWITANTIE", packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE",
            delivery_note="PAKBON", other="PRIJSLIJST", no="Factuurnummer", date="Factuurdatum", due="Vervaldatum",
            seller="Leverancier", buyer="Factuuradres", desc="Omschrijving", qty="Aantal", price="Stukprijs",
            amount="Bedrag", subtotal="Subtotaal", vat="BTW", discount="Korting", shipping="Verzendkosten",
            total="Totaal te betalen", page="Pagina", terms="Betalingstermijn", bank="Bankgegevens", taxid="BTW-nr.",
            of="van", unit="st.", ref="Uw referentie", cartons="Dozen", gw="Bruto (kg)"),
 "zh": dict(invoice="商业发票", tax_invoice="增值税发票", proforma="形式发票", credit_note="退货折让单", receipt="收款收据",
            packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
            other="产品价格表", no="单据号码", date="日期", due="付款期限", seller="销售方", buyer="购买方",
            desc="货物名称", qty="数量", price="单价", amount="金额", subtotal="小计", vat="税额", discount="折扣",
            shipping="运费", total="合计", page="第", terms="付款方式", bank="开户行及账号", taxid="纳税人识别号",
            of="/", unit="个", ref="订单号", cartons="箱数", gw="毛重(kg)"),
 "ja": dict(invoice="請求書", tax_invoice="請求書", proforma="御見積兼請求書", credit_note="返品伝票", receipt="領収書",
            packing_list="梱包明細書", purchase_order="発注書", quotation="御見積書", delivery_note="納品書",
            other="価格表", no="請求書番号", date="請求日", due="お支払期限", seller="発行者", buyer="御中",
            desc="品名", qty="数量", price="単価", amount="金額", subtotal="小計", vat="消費税", discount="値引",
            shipping="送料", total="ご請求金額", page="頁", terms="お支払条件", bank="お振込先", taxid="登録番号",
            of="/", unit="個", ref="注文番号", cartons="箱数", gw="総重量(kg)"),
}

PRODUCTS = {
 "en": ["Silicone spatula set 3pc", "Stainless steel water bottle 750ml", "LED strip light 5m RGB", "TPE yoga mat 6mm",
        "Pet chew rope toy", "Bamboo cutting board L", "Phone case iPhone 15 clear", "Hair claw clip matte (4pk)",
        "Collapsible storage box 30L", "Reusable beeswax wrap set", "Car seat gap filler", "Kids drawing tablet 8.5in",
        "Cotton drawstring bag 25x30", "Ceramic coffee mug 350ml", "Cable organiser clips (10pk)", "Fridge magnet set"],
 "de": ["Edelstahl-Trinkflasche 0,75 l", "Bambus-Schneidebrett groß", "Baumwoll-Einkaufstasche natur",
        "Keramiktasse 350 ml matt", "Holzspielzeug Stapelturm", "Glas-Vorratsdose 1 l", "Filz-Untersetzer (6er)",
        "Silikon-Backmatte 40x30", "LED-Nachtlicht mit Sensor", "Yogamatte Kork 4 mm"],
 "fr": ["Savon à l'huile d'olive 100 g", "Bougie parfumée verre 180 g", "Tote bag coton bio", "Mug céramique émaillé",
        "Coffret thé vert bio", "Trousse de toilette lin", "Plaid en laine mérinos", "Bocal en verre 1 L",
        "Set de couverts bambou"],
 "it": ["Portafoglio in pelle marrone", "Tazzina espresso ceramica", "Olio extravergine 500 ml",
        "Grembiule da cucina lino", "Sciarpa in seta stampata", "Tagliere in olivo", "Borraccia termica 500 ml",
        "Set posate acciaio 24 pz"],
 "es": ["Botijo de barro 1 L", "Aceite de oliva virgen extra 1 L", "Alpargatas de yute T38", "Toalla de algodón 50x100",
        "Abanico de madera pintado", "Cesta de mimbre mediana", "Jabón artesanal lavanda", "Plato de cerámica 27 cm"],
 "pl": ["Kubek ceramiczny 300 ml", "Torba bawełniana z nadrukiem", "Świeca sojowa w szkle", "Deska do krojenia dąb",
        "Szklany słoik 0,5 l", "Koc akrylowy 150x200", "Zabawka drewniana – pociąg", "Ręcznik lniany"],
 "nl": ["Houten speelgoedtrein", "Katoenen boodschappentas", "Keramische plantenpot 14 cm", "Glazen karaf 1 l",
        "Fietsbel aluminium", "Wollen plaid 130x170", "RVS drinkfles 600 ml", "Bamboe snijplank"],
 "zh": ["硅胶锅铲套装", "不锈钢保温杯 500ml", "LED灯带 5米", "瑜伽垫 TPE 6mm", "宠物磨牙玩具", "竹制砧板", "手机壳 透明",
        "发夹 哑光款", "折叠收纳箱 30L", "陶瓷马克杯 350ml", "儿童画板 8.5寸", "数据线收纳夹"],
 "ja": ["ステンレスボトル 500ml", "竹製まな板 大", "シリコン調理スプーン", "木製おもちゃ 積み木", "陶器マグカップ",
        "綿トートバッグ 生成", "LEDデスクライト", "ヘアクリップ 4個入"],
}

CO = {
 "cn_en": (["Yiwu {} Trading Co., Ltd.", "Ningbo {} Import & Export Co., Ltd.", "Shenzhen {} Technology Co., Ltd.",
            "Jinhua {} Household Products Factory", "Taizhou {} Plastic Co., Ltd.", "Guangzhou {} Commerce Co., Ltd."],
           ["Hengrui", "Jiaxin", "Mingyue", "Boda", "Xinlong", "Ruifeng", "Huachen", "Tianyi", "Kaisheng", "Yuelan"]),
 "zh": (["义乌市{}贸易有限公司", "宁波{}进出口有限公司", "深圳市{}科技有限公司", "金华市{}日用品厂", "台州{}塑业有限公司", "杭州{}供应链管理有限公司"],
        ["恒瑞", "嘉鑫", "明悦", "博达", "鑫隆", "瑞丰", "华辰", "天逸", "凯晟", "悦澜"]),
 "de": (["{} Handels GmbH", "{} Warenvertrieb GmbH & Co. KG", "{} Haushaltswaren e.K.", "{} Trading UG"],
        ["Kranich", "Lindenhof", "Bergmann", "Nordwind", "Sonnhalde", "Weißtal", "Eichner"]),
 "fr": (["{} SARL", "{} SAS", "Maison {}", "Atelier {} SAS"], ["Belcourt", "Lavandine", "Mireval", "Fontclair", "Rocheblanche"]),
 "it": (["{} S.r.l.", "{} & Figli S.n.c.", "Pelletteria {} S.r.l."], ["Bellavista", "Gallinari", "Verdemare", "Rossetti", "Castelmonte"]),
 "es": (["{} S.L.", "Comercial {} S.A.", "Artesanía {} S.L."], ["Olivar", "Montesur", "Brisamar", "Serranía", "Valdeluz"]),
 "pl": (["{} Sp. z o.o.", "P.H.U. {}", "{} S.A."], ["Wiślak", "Zielony Dąb", "Bursztyn", "Kalina", "Mazurek"]),
 "nl": (["{} B.V.", "Handelsonderneming {}", "{} Groothandel B.V."], ["De Vries", "Tulpenveld", "Noordzee", "Klaproos", "Van Dalen"]),
 "ja": (["株式会社{}", "{}商事株式会社", "有限会社{}工房"], ["桜井", "青葉", "北斗", "みなと", "朝日堂"]),
 "in": (["{} Exports Pvt. Ltd.", "{} Handicrafts", "{} Textiles LLP"], ["Shree Ganesh", "Anand", "Kaveri", "Rajhans", "Suryoday"]),
 "us": (["{} Supply Inc.", "{} Wholesale LLC", "{} Goods Co."], ["Pinecrest", "Harbor Lane", "Bluefield", "Redwood"]),
}
BUYERS = {
 "en": ["Brightnest Home LLC", "Oakridge Retail Ltd", "Zephyr Goods Inc.", "Little Fern Co. Ltd", "Northgate Sellers LLC",
        "Cobalt Crate Ltd"],
 "de": ["Kolibri Handel GmbH", "Fuchsbau Online UG", "Sternwarte Versand GmbH"],
 "fr": ["Maison Lunette SARL", "Petit Colibri SAS", "Boutique Azuré EURL"],
 "it": ["Casa Girasole S.r.l.", "Lumaca Store S.r.l.s."],
 "es": ["Tienda Colibrí S.L.", "Mercado Azahar S.L."],
 "pl": ["Sklep Jaskółka Sp. z o.o.", "Polna Mysz Sp. z o.o."],
 "nl": ["Bolletje Webwinkel B.V.", "Huiskamer Online B.V."],
 "zh": ["义乌市鼎拓供应链管理有限公司", "杭州青禾电子商务有限公司", "深圳市米途跨境电商有限公司"],
 "ja": ["株式会社ミドリ通販", "合同会社ソラネット"],
 "in": ["Brightnest Home LLC", "Oakridge Retail Ltd", "Kestrel Online Pvt. Ltd."],
}
CITIES = {
 "cn_en": ["No. {} Chengbei Road, Yiwu, Zhejiang 322000, China", "Bldg {}, Futian Industrial Park, Shenzhen 518000, China",
           "{} Jiangdong North Road, Ningbo 315040, China"],
 "zh": ["浙江省义乌市城北路{}号", "浙江省宁波市江东北路{}号", "广东省深圳市福田区华强北路{}号", "浙江省金华市婺城区八一南街{}号"],
 "de": ["Lindenstraße {}, 20095 Hamburg", "Am Kanal {}, 04109 Leipzig", "Gartenweg {}, 50667 Köln"],
 "fr": ["{} rue des Tanneurs, 69002 Lyon", "{} avenue Jean Jaurès, 31000 Toulouse", "{} quai de la Loire, 44000 Nantes"],
 "it": ["Via Garibaldi {}, 50123 Firenze", "Corso Vittorio {}, 10121 Torino", "Via dei Mille {}, 80121 Napoli"],
 "es": ["Calle Mayor {}, 28013 Madrid", "Avda. del Puerto {}, 46023 Valencia", "C/ San Fernando {}, 41004 Sevilla"],
 "pl": ["ul. Długa {}, 80-827 Gdańsk", "ul. Piotrkowska {}, 90-001 Łódź", "ul. Floriańska {}, 31-019 Kraków"],
 "nl": ["Keizersgracht {}, 1015 CJ Amsterdam", "Oudegracht {}, 3511 AP Utrecht", "Markt {}, 5611 EB Eindhoven"],
 "ja": ["東京都台東区浅草橋{}-3-8", "大阪府大阪市中央区本町{}-2-5", "愛知県名古屋市中区栄{}-7-1"],
 "in": ["Plot {}, Sitapura Industrial Area, Jaipur 302022, Rajasthan", "{} MIDC Road, Andheri East, Mumbai 400093, Maharashtra",
        "{} Ring Road, Surat 395002, Gujarat"],
 "us": ["{} Commerce Dr, Dallas, TX 75247, USA", "{} W 35th St, New York, NY 10001, USA"],
 "en": ["{} Harbour Road, Bristol BS1 5TT, UK", "{} Commerce Dr, Dallas, TX 75247, USA", "Unit {}, Riverside Park, Leeds LS11 5BD, UK"],
}


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def tax_id(kind):
    if kind == "de": return "DE" + rdigits(9)
    if kind == "fr": return "FR" + rdigits(11)
    if kind == "it": return "IT" + rdigits(11)
    if kind == "es": return "ES" + R.choice("AB") + rdigits(8)
    if kind == "pl": n = rdigits(10); return f"{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:]}"
    if kind == "nl": return "NL" + rdigits(9) + "B01"
    if kind in ("zh", "cn_en"): return "91330" + rdigits(3) + "MA" + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    if kind == "ja": return "T" + rdigits(13)
    if kind == "in":
        st = R.choice(["08", "27", "24"])
        pan = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + rdigits(4) + R.choice("ABCDEFGHJKL")
        return st + pan + "1Z" + R.choice("0123456789ABCDE")
    if kind in ("us", "en"): return "EIN " + rdigits(2) + "-" + rdigits(7)
    return rdigits(9)


def company(kind, lang=None):
    pats, words = CO[kind]
    name = R.choice(pats).format(R.choice(words))
    addr = R.choice(CITIES[kind if kind in CITIES else "en"]).format(R.randint(2, 288))
    return dict(name=name, addr=addr, taxid=tax_id(kind), tel=f"+{R.randint(30,99)} {rdigits(3)} {rdigits(4)} {rdigits(3)}")


def buyer_for(lang, kind):
    bl = BUYERS.get(kind if kind == "in" else lang, BUYERS["en"])
    bk = {"en": "en", "in": "en"}.get(lang, lang)
    name = R.choice(bl)
    ck = lang if lang in CITIES else "en"
    if kind == "zh": ck = "zh"
    return dict(name=name, addr=R.choice(CITIES[ck]).format(R.randint(1, 120)), taxid=tax_id(kind if kind != "cn_en" else "de"),
                tel="")


# ----------------------------------------------------------------------------------------------
# document model
KIND_CFG = {
    # kind: (lang, currency, pre-symbol, post-symbol, numstyle, dec, tax rates, date formats)
    "cn_en": ("en", "USD", "US$", "", "en", 2, [0], ["en_long", "iso", "mdy/", "ymd/"]),
    "zh": ("zh", "CNY", "¥", "", "en", 2, [13], ["cjk", "cjk0", "ymd/"]),
    "de": ("de", "EUR", "", " €", "de", 2, [19, 19, 7], ["dmy.", "de"]),
    "fr": ("fr", "EUR", "", " €", "fr", 2, [20], ["dmy/", "fr"]),
    "it": ("it", "EUR", "€ ", "", "de", 2, [22], ["dmy/", "it"]),
    "es": ("es", "EUR", "", " €", "de", 2, [21], ["dmy/", "es", "dmy-"]),
    "pl": ("pl", "PLN", "", " zł", "fr", 2, [23], ["dmy.", "iso", "pl"]),
    "nl": ("nl", "EUR", "€ ", "", "de", 2, [21, 9], ["dmy-", "nl"]),
    "ja": ("ja", "JPY", "¥", "", "en", 0, [10], ["cjk", "ymd/"]),
    "in": ("en", "INR", "Rs. ", "", "in", 2, [12, 18, 5], ["dmy-", "dmy/", "en_long"]),
    "us": ("en", "USD", "$", "", "en", 2, [0, 8.25], ["mdy/", "us_long"]),
    "uk": ("en", "GBP", "£", "", "en", 2, [20], ["dmy/", "en_long"]),
}
DOC_COUNTER = [0]


def money(doc, v, sym=True):
    s = fmt_num(v, doc["numstyle"], doc["dec"])
    return (doc["pre"] + s + doc["post"]) if sym else s


def make_doc(kind, doc_type="invoice", nitems=None, arith=None, date=None, extras=True):
    DOC_COUNTER[0] += 1
    lang, cur, pre, post, ns, dec, rates, dfs = KIND_CFG[kind]
    plang = "zh" if kind == "zh" else ("ja" if kind == "ja" else lang)
    skind = {"uk": "en", "us": "us"}.get(kind, kind)
    sup = company(skind if skind in CO else "us")
    if kind == "uk":
        sup = company("us"); sup["name"] = sup["name"].replace("Inc.", "Ltd").replace("LLC", "Ltd")
        sup["addr"] = R.choice(CITIES["en"][:1] + CITIES["en"][2:]).format(R.randint(2, 99)); sup["taxid"] = "GB" + rdigits(9)
    buyer = buyer_for(lang if kind not in ("zh", "ja") else kind, kind)
    if date is None:
        date = dt.date(2025, 1, 1) + dt.timedelta(days=R.randint(0, 430))
    dfmt = R.choice(dfs)
    if kind == "zh" and doc_type == "tax_invoice": dfmt = "cjk0"
    plist = PRODUCTS[plang]
    if nitems is None:
        nitems = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    items = []
    for i in range(nitems):
        desc = R.choice(plist)
        if nitems > len(plist): desc = f"{desc} #{i+1:02d}" if lang != "zh" else f"{desc} 款{i+1}"
        qty = R.choice([12, 24, 36, 48, 50, 60, 100, 120, 150, 200, 240, 300, 360, 480, 500, 600, 750, 1000, 1200])
        if kind in ("de", "fr", "it", "es", "pl", "nl", "uk", "ja"): qty = max(6, qty // R.choice([1, 2, 2, 3, 4]))
        if dec == 0:
            price = Decimal(R.choice([180, 240, 350, 420, 580, 780, 980, 1200, 1480, 2600]))
        elif kind == "pl":
            price = D(R.uniform(4, 90))
        elif kind in ("in",):
            price = D(R.uniform(45, 900))
        elif kind == "zh":
            price = D(R.uniform(1.5, 60))
        else:
            price = D(R.uniform(0.45, 28))
        amt = (qty * price).quantize(Decimal(1) if dec == 0 else Decimal("0.01"), ROUND_HALF_UP)
        items.append(dict(desc=desc, qty=qty, price=price, amount=amt,
                          code=f"{R.choice('ABCHKMSTY')}{R.choice('ABCDEFGHKLMNPRSTUVWXYZ')}-{rdigits(4)}",
                          hsn=R.choice(["6302", "4202", "6911", "9503", "4419", "7323", "3924"])))
    q = Decimal(1) if dec == 0 else Decimal("0.01")
    subtotal = sum(i["amount"] for i in items)
    discount = Decimal(0); shipping = Decimal(0)
    if extras and doc_type in ("invoice", "proforma", "tax_invoice", "quotation", "purchase_order") and kind != "zh":
        if R.random() < 0.3:
            discount = (subtotal * Decimal(R.choice([2, 3, 5, 10])) / 100).quantize(q, ROUND_HALF_UP)
        if R.random() < 0.35:
            shipping = Decimal(R.choice([35, 60, 85, 120, 180, 260, 1200])) if dec == 0 else D(R.choice([12.5, 25, 48, 95, 149.9, 320]))
            if dec == 0: shipping = Decimal(R.choice([800, 1200, 1650]))
    base = subtotal - discount + shipping
    rate = Decimal(str(R.choice(rates)))
    reverse = False
    if kind in ("de", "fr", "it", "es", "nl", "pl") and R.random() < 0.2 and buyer["name"] in BUYERS["en"] + BUYERS["de"] + BUYERS["fr"]:
        reverse = True
    taxes = []
    if kind == "in":
        if R.random() < 0.5:
            half = rate / 2
            t = (base * half / 100).quantize(q, ROUND_HALF_UP)
            taxes = [(f"CGST @ {half:g}%", t), (f"SGST @ {half:g}%", t)]
        else:
            taxes = [(f"IGST @ {rate:g}%", (base * rate / 100).quantize(q, ROUND_HALF_UP))]
    elif rate and not reverse and doc_type not in ("packing_list", "delivery_note", "other_letter"):
        vl = L[plang]["vat"]
        taxes = [(f"{vl} {rate:g}%" if plang not in ("zh",) else f"税额 {rate:g}%", (base * rate / 100).quantize(q, ROUND_HALF_UP))]
    if kind == "zh" and doc_type == "tax_invoice":
        taxes = [("税额", sum((i["amount"] * rate / 100).quantize(q, ROUND_HALF_UP) for i in items))]
    total = base + sum(t for _, t in taxes)
    # deliberate arithmetic error on a "genuine-looking" document
    if arith:
        if arith == "line":
            items[0]["amount"] += Decimal(10) ** (1 if dec else 2) * R.choice([1, 2, 9])
        elif arith == "sum":
            subtotal += Decimal(R.choice([10, 100, 1])) * (1 if dec else 100)
            base = subtotal - discount + shipping
            total = base + sum(t for _, t in taxes)
        elif arith == "tax":
            taxes = [(lbl, t + Decimal(R.choice(["1.00", "10.00", "0.90"])) * (100 if dec == 0 else 1)) for lbl, t in taxes] or [(L[plang]["vat"] + " 0%", Decimal(0))]
            total = base + sum(t for _, t in taxes) - (Decimal(R.choice(["1.00", "10.00"])) * (100 if dec == 0 else 1) if False else 0)
            # total keeps the *correct* tax, so printed tax and total disagree
            total = base + sum(t for _, t in taxes) - Decimal(R.choice(["1.00", "10.00"])) * (100 if dec == 0 else 1)
        elif arith == "total":
            total = total + Decimal(R.choice(["100.00", "10.00", "0.10", "90.00"])) * (100 if dec == 0 else 1)
            if dec == 0: total = total.quantize(Decimal(1))
    pfx = {"invoice": "INV", "tax_invoice": "TI", "proforma": "PI", "credit_note": "CN", "receipt": "RC",
           "packing_list": "PL", "purchase_order": "PO", "quotation": "QT", "delivery_note": "DN", "other": "PL"}[doc_type]
    year = date.year
    number = R.choice([f"{pfx}-{year}-{rdigits(4)}", f"{pfx}{str(year)[2:]}{rdigits(5)}", f"{rdigits(2)}/{rdigits(3)}/{year}",
                       f"{year}{rdigits(4)}"])
    if kind == "pl": number = f"FV/{R.randint(1,480)}/{date.month:02d}/{year}"
    if kind == "in": number = f"{sup['name'][:2].upper()}/{year%100}-{year%100+1}/{R.randint(10,999):03d}"
    doc = dict(id=DOC_COUNTER[0], kind=kind, lang=plang, doc_type=doc_type, number=number, date=date, dfmt=dfmt,
               date_str=fmt_date(date, dfmt), due_str=fmt_date(date + dt.timedelta(days=R.choice([7, 14, 30, 45, 60])), dfmt),
               currency=cur, pre=pre, post=post, numstyle=ns, dec=dec, supplier=sup, buyer=buyer, items=items,
               subtotal=subtotal, discount=discount, shipping=shipping, taxes=taxes, total=total, rate=rate,
               reverse=reverse, arith=arith or None, ref=f"PO{rdigits(6)}",
               iban={"de": "DE", "fr": "FR", "it": "IT", "es": "ES", "nl": "NL", "pl": "PL", "uk": "GB"}.get(kind, "HK") + rdigits(2) + " " + " ".join(rdigits(4) for _ in range(4)))
    if kind == "zh" and doc_type == "tax_invoice":
        doc["fp_code"] = "0" + rdigits(11); doc["fp_no"] = rdigits(8); doc["fp_check"] = " ".join(rdigits(5) for _ in range(4))
        doc["fp_no20"] = str(year % 100) + rdigits(18)
    if doc_type == "purchase_order":  # the PO is issued by the buyer: issuer on top, vendor in the address box
        doc["supplier"], doc["buyer"] = dict(buyer, tel=f"+44 {rdigits(4)} {rdigits(6)}"), sup
        doc["po_swapped"] = True
    doc["has_total"] = doc_type not in ("packing_list", "delivery_note", "other")
    doc["total_num"] = fmt_num(total, "en" if kind == "zh" and doc_type == "tax_invoice" else ns, dec) if doc["has_total"] else None
    if kind == "zh" and doc_type == "tax_invoice":
        doc["total_num"] = f"{total:.2f}"
    return doc


NONINV = {"en": ("Document No.", "Date"), "de": ("Belegnr.", "Datum"), "fr": ("N° document", "Date"), "it": ("Numero", "Data"),
          "es": ("Número", "Fecha"), "pl": ("Numer", "Data"), "nl": ("Nummer", "Datum"), "zh": ("单号", "日期"), "ja": ("番号", "発行日")}
VENDOR = {"en": "Vendor", "fr": "Fournisseur", "de": "Lieferant", "zh": "供应商"}


def lab(doc):
    d = L[doc["lang"]]
    if doc.get("doc_type") in ("packing_list", "purchase_order", "quotation", "delivery_note", "other"):
        d = dict(d); d["no"], d["date"] = NONINV[doc["lang"]]
        if doc["doc_type"] == "purchase_order": d["buyer"] = VENDOR.get(doc["lang"], "Vendor")
        if doc["doc_type"] in ("packing_list", "delivery_note"): d["buyer"] = {"en": "Consignee", "de": "Empfänger", "nl": "Afleveradres", "it": "Destinatario", "zh": "收货人"}.get(doc["lang"], d["buyer"])
    return d


def title_of(doc):
    t = lab(doc)[doc["doc_type"]] if doc["doc_type"] != "tax_invoice" else lab(doc)["tax_invoice"]
    if doc["kind"] == "in" and doc["doc_type"] in ("invoice", "tax_invoice"): t = "TAX INVOICE"
    if doc["kind"] == "uk" and doc["doc_type"] == "invoice": t = "VAT INVOICE" if doc["taxes"] else "INVOICE"
    if doc["kind"] == "cn_en" and doc["doc_type"] == "invoice": t = R.choice(["COMMERCIAL INVOICE", "INVOICE"])
    return t


def fmt_qty(doc, q):
    return fmt_num(q, doc["numstyle"], 0)


def fmt_price(doc, p):
    return fmt_num(p, doc["numstyle"], doc["dec"])


def tot_rows(doc):
    """rows of the totals block as (label, value-string, is_grand)"""
    lb = lab(doc); rows = []
    if doc["doc_type"] in ("packing_list", "delivery_note", "other"):
        return rows
    rows.append((lb["subtotal"], money(doc, doc["subtotal"]), False))
    if doc["discount"]:
        rows.append((lb["discount"], "-" + money(doc, doc["discount"]), False))
    if doc["shipping"]:
        rows.append((lb["shipping"], money(doc, doc["shipping"]), False))
    for l_, t in doc["taxes"]:
        rows.append((l_, money(doc, t), False))
    if doc["reverse"]:
        rows.append((lb["vat"] + " 0%", money(doc, 0), False))
    tl = lb["total"] + (f" ({doc['currency']})" if doc["lang"] in ("en",) and doc["kind"] in ("cn_en", "us") else "")
    rows.append((tl, money(doc, doc["total"]), True))
    return rows


def notes_of(doc):
    lb = lab(doc); n = []
    if doc["reverse"]:
        n.append({"de": "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge).", "fr": "Autoliquidation – art. 283-2 du CGI.",
                  "it": "Operazione non imponibile – inversione contabile.", "es": "Inversión del sujeto pasivo.",
                  "nl": "BTW verlegd.", "pl": "Odwrotne obciążenie."}.get(doc["lang"], "Reverse charge."))
    if doc["kind"] == "cn_en":
        n.append(f"Terms: {R.choice(['FOB Ningbo', 'FOB Shanghai', 'EXW Yiwu', 'CIF Hamburg'])}. Payment: {R.choice(['30% deposit, 70% before shipment', 'T/T in advance', '100% T/T'])}.")
    if doc["kind"] == "in":
        n.append("Amount in words: Rupees " + words_en(int(doc["total"])).title() + " Only")
        n.append("Place of supply: " + R.choice(["Rajasthan (08)", "Maharashtra (27)", "Gujarat (24)"]) + ". Whether tax is payable on reverse charge: No")
    if doc["lang"] == "ja":
        n.append("下記のとおりご請求申し上げます。")
    return n


# ----------------------------------------------------------------------------------------------
# ReportLab renderers
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
pdfmetrics.registerFont(TTFont("WQY", FONT_CJK, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJ", FONT_DJ))
pdfmetrics.registerFont(TTFont("DJB", FONT_DJB))


def rl_fonts(doc):
    if doc["lang"] in ("zh", "ja"): return "WQY", "WQY"
    if doc["lang"] == "pl": return "DJ", "DJB"
    return R.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])


def rl_render(doc, path, variant="classic"):
    f, fb = rl_fonts(doc)
    ps = letter if doc["kind"] == "us" else A4
    W, H = ps
    c = rl_canvas.Canvas(path, pagesize=ps, pageCompression=R.choice([0, 1]))
    c.setAuthor(doc["supplier"]["name"]); c.setTitle(f"{title_of(doc)} {doc['number']}")
    c.setCreator(R.choice(["ERP print service", "InvoiceDesk 4.2", "Odoo-like report", "report engine"]))
    lb = lab(doc)
    accent = R.choice([(0.1, 0.25, 0.5), (0.55, 0.1, 0.1), (0.1, 0.4, 0.3), (0.2, 0.2, 0.2)])
    items = doc["items"]; notax = doc["doc_type"] in ("packing_list", "delivery_note")
    per_first, per_next = 22, 40
    chunks = [items[:per_first]]
    rest = items[per_first:]
    while rest:
        chunks.append(rest[:per_next]); rest = rest[per_next:]
    npages = len(chunks)
    title = title_of(doc)
    for pi, chunk in enumerate(chunks):
        y = H - 20 * mm
        if pi == 0:
            if variant == "band":
                c.setFillColorRGB(*accent); c.rect(0, H - 32 * mm, W, 32 * mm, stroke=0, fill=1)
                c.setFillColorRGB(1, 1, 1); c.setFont(fb, 20); c.drawString(18 * mm, H - 17 * mm, title)
                c.setFont(f, 9); c.drawString(18 * mm, H - 25 * mm, doc["supplier"]["name"] + "  ·  " + doc["supplier"]["addr"])
                c.setFillColorRGB(0, 0, 0); y = H - 42 * mm
            else:
                c.setFont(fb, 14); c.drawString(18 * mm, y, doc["supplier"]["name"])
                c.setFont(f, 8.5)
                c.drawString(18 * mm, y - 12, doc["supplier"]["addr"])
                c.drawString(18 * mm, y - 23, f"{lb['taxid']}: {doc['supplier']['taxid']}   Tel {doc['supplier']['tel']}")
                c.setFont(fb, 18); c.setFillColorRGB(*accent); c.drawRightString(W - 18 * mm, y, title); c.setFillColorRGB(0, 0, 0)
                c.setStrokeColorRGB(*accent); c.setLineWidth(1.2); c.line(18 * mm, y - 30, W - 18 * mm, y - 30)
                y -= 45
            # meta block right
            c.setFont(f, 9)
            meta = [(lb["no"], doc["number"]), (lb["date"], doc["date_str"])]
            if doc["doc_type"] in ("invoice", "tax_invoice"): meta.append((lb["due"], doc["due_str"]))
            meta.append((lb["ref"], doc["ref"]))
            for k, (a, b) in enumerate(meta):
                c.drawString(W - 85 * mm, y - k * 12, a + ":"); c.drawRightString(W - 18 * mm, y - k * 12, b)
            # buyer block left
            c.setFont(fb, 9); c.drawString(18 * mm, y, lb["buyer"] if doc["lang"] != "ja" else "お客様")
            c.setFont(f, 9.5)
            bname = doc["buyer"]["name"] + (" 御中" if doc["lang"] == "ja" else "")
            c.drawString(18 * mm, y - 13, bname)
            c.setFont(f, 8.5); c.drawString(18 * mm, y - 25, doc["buyer"]["addr"])
            c.drawString(18 * mm, y - 36, f"{lb['taxid']}: {doc['buyer']['taxid']}")
            y -= 62
        else:
            c.setFont(f, 8.5); c.drawString(18 * mm, y, f"{doc['supplier']['name']} — {title} {doc['number']}")
            y -= 20
        # table
        cols = [18 * mm, 28 * mm, 118 * mm, 140 * mm, 165 * mm, W - 18 * mm]
        if doc["kind"] == "in":
            heads = ["#", lb["desc"] + " (HSN)", lb["qty"], lb["price"], lb["amount"]]
        else:
            heads = ["#", lb["desc"], lb["qty"], "" if notax else lb["price"], "" if notax else lb["amount"]]
        c.setFillColorRGB(0.92, 0.92, 0.92) if variant == "classic" else c.setFillColorRGB(*[min(1, a + 0.55) for a in accent])
        c.rect(18 * mm, y - 4, W - 36 * mm, 15, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
        c.setFont(fb, 8.5)
        c.drawString(cols[0] + 2, y, heads[0]); c.drawString(cols[1], y, heads[1])
        c.drawRightString(cols[3] - 4, y, heads[2]); c.drawRightString(cols[4] - 4, y, heads[3]); c.drawRightString(cols[5] - 2, y, heads[4])
        y -= 16; c.setFont(f, 8.5)
        base_idx = sum(len(x) for x in chunks[:pi])
        for j, it in enumerate(chunk):
            n = base_idx + j + 1
            c.drawString(cols[0] + 2, y, str(n))
            d = it["desc"] + (f" ({it['hsn']})" if doc["kind"] == "in" else "")
            c.drawString(cols[1], y, d[:58])
            c.drawRightString(cols[3] - 4, y, fmt_qty(doc, it["qty"]))
            if not notax:
                c.drawRightString(cols[4] - 4, y, fmt_price(doc, it["price"]))
                c.drawRightString(cols[5] - 2, y, fmt_price(doc, it["amount"]))
            c.setStrokeColorRGB(0.8, 0.8, 0.8); c.setLineWidth(0.4); c.line(18 * mm, y - 4, W - 18 * mm, y - 4)
            y -= 15
        if pi == npages - 1:
            y -= 8
            for (a, b, g) in tot_rows(doc):
                c.setFont(fb if g else f, 10.5 if g else 9)
                c.drawString(W - 95 * mm, y, a); c.drawRightString(W - 18 * mm, y, b)
                if g:
                    c.setLineWidth(0.8); c.setStrokeColorRGB(0, 0, 0); c.line(W - 95 * mm, y + 12, W - 18 * mm, y + 12)
                y -= 14
            y -= 10; c.setFont(f, 8)
            for n_ in notes_of(doc):
                c.drawString(18 * mm, y, n_[:110]); y -= 11
            if doc["doc_type"] in ("invoice", "tax_invoice", "proforma"):
                c.drawString(18 * mm, 28 * mm, f"{lb['bank']}: IBAN {doc['iban']}" if doc["lang"] not in ("zh", "ja") else f"{lb['bank']}: {R.choice(['中国银行', '三菱UFJ銀行', '工商银行'])} {rdigits(12)}")
                c.drawString(18 * mm, 23 * mm, f"{lb['terms']}: {doc['due_str']}")
        c.setFont(f, 7.5); c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawCentredString(W / 2, 12 * mm, f"{lb['page']} {pi+1} {lb['of']} {npages}" if doc["lang"] not in ("zh", "ja") else f"{pi+1} / {npages}")
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()


def seal(c, x, y, name, r=16 * mm):
    c.saveState(); c.setStrokeColorRGB(0.85, 0.1, 0.1); c.setFillColorRGB(0.85, 0.1, 0.1); c.setLineWidth(2)
    c.ellipse(x - r * 1.25, y - r, x + r * 1.25, y + r, stroke=1, fill=0)
    c.setFont("WQY", 7.5)
    import math
    txt = name[:14]
    n = len(txt)
    for i, ch in enumerate(txt):
        a = math.radians(200 - i * (220 / max(1, n - 1)))
        c.saveState(); c.translate(x + math.cos(a) * r * 1.0, y + math.sin(a) * r * 0.78)
        c.rotate(math.degrees(a) - 90); c.drawCentredString(0, 0, ch); c.restoreState()
    c.setFont("WQY", 9); c.drawCentredString(x, y - 0.55 * r, "发票专用章")
    c.setFont("WQY", 6.5); c.drawCentredString(x, y - 0.1 * r, doc_taxid_cache.get(name, ""))
    c.restoreState()


doc_taxid_cache = {}


def rl_fapiao(doc, path):
    W, H = 240 * mm, 150 * mm
    c = rl_canvas.Canvas(path, pagesize=(W, H))
    c.setTitle("增值税发票"); c.setCreator(R.choice(["税务数字账户", "增值税发票税控开票软件(金税盘版)"]))
    brown = (0.55, 0.3, 0.12)
    digital = R.random() < 0.5
    c.setFillColorRGB(*brown); c.setStrokeColorRGB(*brown)
    c.setFont("WQY", 17)
    tt = "电子发票（增值税专用发票）" if digital else R.choice(["浙江增值税专用发票", "浙江增值税普通发票", "广东增值税专用发票"])
    doc["fp_title"] = tt
    c.drawCentredString(W / 2, H - 15 * mm, tt)
    c.setLineWidth(0.6); c.line(W / 2 - 45 * mm, H - 17.5 * mm, W / 2 + 45 * mm, H - 17.5 * mm)
    c.line(W / 2 - 45 * mm, H - 18.5 * mm, W / 2 + 45 * mm, H - 18.5 * mm)
    c.setFont("WQY", 8.5)
    if digital:
        meta = [("发票号码：", doc["fp_no20"]), ("开票日期：", doc["date_str"])]
    else:
        meta = [("发票代码：", doc["fp_code"]), ("发票号码：", doc["fp_no"]), ("开票日期：", doc["date_str"]), ("校 验 码：", doc["fp_check"])]
    for k, (a, b) in enumerate(meta):
        c.drawString(W - 72 * mm, H - 12 * mm - k * 11, a); c.setFillColorRGB(0, 0, 0.3); c.drawString(W - 55 * mm, H - 12 * mm - k * 11, b); c.setFillColorRGB(*brown)
    x0, x1 = 10 * mm, W - 10 * mm
    top = H - 34 * mm
    c.rect(x0, 22 * mm, x1 - x0, top - 22 * mm)
    # buyer
    bh = 22 * mm
    c.line(x0, top - bh, x1, top - bh); c.line(x0 + 8 * mm, top, x0 + 8 * mm, top - bh)
    c.setFont("WQY", 8.5)
    for k, ch in enumerate("购买方信息" if digital else "购买方"):
        c.drawCentredString(x0 + 4 * mm, top - 5 * mm - k * 10, ch)
    fields = [("名        称：", doc["buyer"]["name"]), ("纳税人识别号：", doc["buyer"]["taxid"])]
    if not digital:
        fields += [("地 址、电 话：", doc["buyer"]["addr"] + " 0579-" + rdigits(8)), ("开户行及账号：", "中国工商银行义乌分行 " + rdigits(19))]
    for k, (a, b) in enumerate(fields):
        c.setFillColorRGB(*brown); c.drawString(x0 + 10 * mm, top - 5 * mm - k * 12, a)
        c.setFillColorRGB(0, 0, 0.3); c.drawString(x0 + 33 * mm, top - 5 * mm - k * 12, b)
    c.setFillColorRGB(*brown)
    if not digital:
        c.line(x1 - 85 * mm, top, x1 - 85 * mm, top - bh); c.drawString(x1 - 83 * mm, top - 10 * mm, "密")
        c.drawString(x1 - 83 * mm, top - 15 * mm, "码"); c.setFont("Courier", 7); c.setFillColorRGB(0, 0, 0.3)
        for k in range(4):
            c.drawString(x1 - 77 * mm, top - 5 * mm - k * 10, "".join(R.choice("0123456789+-*/<>") for _ in range(28)))
        c.setFillColorRGB(*brown); c.setFont("WQY", 8.5)
    # items
    ty = top - bh
    cols = [x0, x0 + 62 * mm, x0 + 88 * mm, x0 + 100 * mm, x0 + 118 * mm, x0 + 140 * mm, x0 + 168 * mm, x0 + 180 * mm, x1]
    heads = ["项目名称" if digital else "货物或应税劳务、服务名称", "规格型号", "单位", "数量", "单价", "金额", "税率", "税额"]
    for k, h in enumerate(heads):
        c.drawCentredString((cols[k] + cols[k + 1]) / 2, ty - 5 * mm, h)
    c.setFillColorRGB(0, 0, 0.3); c.setFont("WQY", 8)
    yy = ty - 10 * mm
    nt = Decimal(0); tt_ = Decimal(0)
    for it in doc["items"]:
        tax = (it["amount"] * doc["rate"] / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        it["tax"] = tax; nt += it["amount"]; tt_ += tax
        row = ["*日用杂品*" + it["desc"], it["code"], lab(doc)["unit"], str(it["qty"]), f"{it['price']:.2f}", f"{it['amount']:.2f}", f"{doc['rate']:g}%", f"{tax:.2f}"]
        c.drawString(cols[0] + 2, yy, row[0]); c.drawString(cols[1] + 2, yy, row[1]); c.drawCentredString((cols[2] + cols[3]) / 2, yy, row[2])
        for k in (3, 4, 5, 7):
            c.drawRightString(cols[k + 1] - 2, yy, row[k])
        c.drawCentredString((cols[6] + cols[7]) / 2, yy, row[6])
        yy -= 10
    c.setFillColorRGB(*brown); c.setFont("WQY", 8.5)
    sy = 52 * mm
    c.line(x0, sy, x1, sy); c.line(x0, sy - 7 * mm, x1, sy - 7 * mm); c.line(x0, sy - 14 * mm, x1, sy - 14 * mm)
    c.drawCentredString((cols[0] + cols[1]) / 2, sy - 5 * mm, "合        计")
    c.setFillColorRGB(0, 0, 0.3)
    sub_print = doc["subtotal"]; tax_print = sum(t for _, t in doc["taxes"])
    c.drawRightString(cols[6] - 2, sy - 5 * mm, f"¥{sub_print:.2f}"); c.drawRightString(cols[8] - 2, sy - 5 * mm, f"¥{tax_print:.2f}")
    c.setFillColorRGB(*brown)
    c.drawString(x0 + 4 * mm, sy - 12 * mm, "价税合计（大写）")
    c.setFillColorRGB(0, 0, 0.3); c.drawString(x0 + 36 * mm, sy - 12 * mm, "⊗ " + cn_upper(doc["total"]))
    c.setFillColorRGB(*brown); c.drawString(x1 - 60 * mm, sy - 12 * mm, "（小写）")
    c.setFillColorRGB(0, 0, 0.3); c.drawString(x1 - 45 * mm, sy - 12 * mm, f"¥{doc['total']:.2f}")
    c.setFillColorRGB(*brown)
    # seller
    sy2 = sy - 14 * mm
    c.line(x0 + 8 * mm, sy2, x0 + 8 * mm, 22 * mm)
    for k, ch in enumerate("销售方信息" if digital else "销售方"):
        c.drawCentredString(x0 + 4 * mm, sy2 - 5 * mm - k * 9, ch)
    fs = [("名        称：", doc["supplier"]["name"]), ("纳税人识别号：", doc["supplier"]["taxid"])]
    if not digital: fs.append(("地 址、电 话：", doc["supplier"]["addr"] + " " + doc["supplier"]["tel"]))
    for k, (a, b) in enumerate(fs):
        c.setFillColorRGB(*brown); c.drawString(x0 + 10 * mm, sy2 - 5 * mm - k * 11, a)
        c.setFillColorRGB(0, 0, 0.3); c.drawString(x0 + 33 * mm, sy2 - 5 * mm - k * 11, b)
    c.setFillColorRGB(*brown); c.line(x1 - 60 * mm, sy2, x1 - 60 * mm, 22 * mm); c.drawString(x1 - 58 * mm, sy2 - 5 * mm, "备注")
    c.setFillColorRGB(0, 0, 0.3); c.drawString(x1 - 50 * mm, sy2 - 5 * mm, "订单号 " + doc["ref"])
    c.setFillColorRGB(*brown); c.setFont("WQY", 8.5)
    c.drawString(x0 + 2 * mm, 16 * mm, f"收款人：{R.choice(['王丽', '陈静', '李娜'])}      复核：{R.choice(['张伟', '刘洋', '周敏'])}      开票人：{R.choice(['吴芳', '徐磊', '孙倩'])}")
    doc_taxid_cache[doc["supplier"]["name"]] = doc["supplier"]["taxid"]
    seal(c, x1 - 32 * mm, 24 * mm, doc["supplier"]["name"], r=13 * mm)
    c.showPage(); c.save()


# ----------------------------------------------------------------------------------------------
# fpdf2 renderer (Latin-script documents; plain "small office" look)
from fpdf import FPDF


def fpdf_render(doc, path):
    pdf = FPDF(format="A4" if doc["kind"] != "us" else "Letter")
    pdf.set_creator(R.choice(["Rechnungsprogramm", "FacturaFacil 3", "small office tool"])); pdf.set_auto_page_break(False)
    if doc["lang"] == "pl":
        pdf.add_font("dj", "", FONT_DJ); pdf.add_font("dj", "B", FONT_DJB); fam = "dj"
    else:
        fam = R.choice(["helvetica", "courier", "times"]); pdf.core_fonts_encoding = "windows-1252"
    lb = lab(doc)
    def header(first):
        pdf.add_page()
        if first:
            pdf.set_font(fam, "B", 13); pdf.set_xy(15, 15); pdf.cell(100, 6, doc["supplier"]["name"])
            pdf.set_font(fam, "", 8.5); pdf.set_xy(15, 21); pdf.cell(100, 5, doc["supplier"]["addr"])
            pdf.set_xy(15, 26); pdf.cell(100, 5, f"{lb['taxid']} {doc['supplier']['taxid']}")
            pdf.set_font(fam, "B", 16); pdf.set_xy(120, 15); pdf.cell(75, 8, title_of(doc), align="R")
            pdf.set_font(fam, "", 9)
            pdf.set_xy(120, 25); pdf.cell(75, 5, f"{lb['no']} {doc['number']}", align="R")
            pdf.set_xy(120, 30); pdf.cell(75, 5, f"{lb['date']}: {doc['date_str']}", align="R")
            pdf.rect(15, 40, 90, 26)
            pdf.set_font(fam, "B", 8.5); pdf.set_xy(17, 41); pdf.cell(80, 5, lb["buyer"])
            pdf.set_font(fam, "", 9); pdf.set_xy(17, 47); pdf.cell(80, 5, doc["buyer"]["name"])
            pdf.set_xy(17, 52); pdf.cell(85, 5, doc["buyer"]["addr"][:60]); pdf.set_xy(17, 57); pdf.cell(80, 5, f"{lb['taxid']} {doc['buyer']['taxid']}")
            return 75
        pdf.set_font(fam, "", 8); pdf.set_xy(15, 12); pdf.cell(150, 5, f"{doc['number']} / {doc['supplier']['name']}")
        return 22
    widths = [10, 88, 22, 30, 30]
    def thead(y):
        pdf.set_font(fam, "B", 8.5); pdf.set_xy(15, y); pdf.set_fill_color(225, 225, 225)
        for w, t, a in zip(widths, ["Pos.", lb["desc"], lb["qty"], lb["price"], lb["amount"]], "LLRRR"):
            pdf.cell(w, 7, t, border=1, align=a, fill=True)
        return y + 7
    y = thead(header(True))
    pdf.set_font(fam, "", 8.5)
    for n, it in enumerate(doc["items"], 1):
        if y > 250:
            y = thead(header(False)); pdf.set_font(fam, "", 8.5)
        pdf.set_xy(15, y)
        for w, t, a in zip(widths, [str(n), it["desc"], fmt_qty(doc, it["qty"]), fmt_price(doc, it["price"]), fmt_price(doc, it["amount"])], "LLRRR"):
            pdf.cell(w, 6.5, t, border=1, align=a)
        y += 6.5
    if y > 225:
        y = header(False)
    y += 4
    for a, b, g in tot_rows(doc):
        pdf.set_font(fam, "B" if g else "", 10 if g else 9); pdf.set_xy(105, y); pdf.cell(50, 6, a, border="T" if g else 0)
        pdf.cell(40, 6, b, align="R", border="T" if g else 0); y += 6.5
    pdf.set_font(fam, "", 8); y += 4
    for n_ in notes_of(doc):
        pdf.set_xy(15, y); pdf.cell(180, 5, n_[:115]); y += 5
    pdf.set_xy(15, 270); pdf.cell(180, 5, f"{lb['bank']}: IBAN {doc['iban']}  ·  {lb['terms']}: {doc['due_str']}")
    pdf.output(path)


# ----------------------------------------------------------------------------------------------
# HTML renderers (WeasyPrint / Chromium)
E = html.escape
THEMES = {
 "clean": """body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222;margin:0}
  h1{font-size:22pt;letter-spacing:2px;color:#2b4c7e;margin:0 0 6px} .top{display:flex;justify-content:space-between}
  table.items{width:100%;border-collapse:collapse;margin-top:14px} table.items th{border-bottom:2px solid #2b4c7e;text-align:left;padding:5px}
  table.items td{border-bottom:1px solid #ddd;padding:4px 5px} .r{text-align:right} .tot{width:45%;margin-left:55%;border-collapse:collapse}
  .tot td{padding:3px 5px} .grand td{font-weight:bold;font-size:12pt;border-top:2px solid #2b4c7e} .box{width:48%}
  .small{font-size:8pt;color:#555} .meta td{padding:1px 6px}""",
 "boxed": """body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:9pt;margin:0}
  h1{font-size:18pt;border:2px solid #000;padding:4px 10px;display:inline-block;margin:0} .top{display:flex;justify-content:space-between;align-items:flex-start}
  table.items{width:100%;border-collapse:collapse;margin-top:12px} table.items th,table.items td{border:1px solid #000;padding:3px 4px}
  table.items th{background:#eee} .r{text-align:right} .tot{width:50%;margin-left:50%;border-collapse:collapse;margin-top:-1px}
  .tot td{border:1px solid #000;padding:3px 4px} .grand td{font-weight:bold;background:#eee} .box{width:47%;border:1px solid #000;padding:6px}
  .small{font-size:7.5pt} .meta td{padding:1px 4px}""",
 "banded": """body{font-family:'DejaVu Sans Condensed','WenQuanYi Micro Hei',sans-serif;font-size:9pt;margin:0}
  .band{background:#8a1c1c;color:#fff;padding:10px 14px;margin-bottom:10px} h1{font-size:20pt;margin:0;color:#fff}
  .top{display:flex;justify-content:space-between} table.items{width:100%;border-collapse:collapse;margin-top:12px}
  table.items th{background:#8a1c1c;color:#fff;padding:4px} table.items tr:nth-child(even) td{background:#f6eeee}
  table.items td{padding:4px} .r{text-align:right} .tot{width:42%;margin-left:58%;border-collapse:collapse}
  .tot td{padding:3px} .grand td{font-weight:bold;font-size:11.5pt;color:#8a1c1c;border-top:1px solid #8a1c1c}
  .box{width:48%} .small{font-size:7.5pt;color:#444} .meta td{padding:1px 6px}""",
}


def html_generic(doc, theme):
    lb = lab(doc); notax = doc["doc_type"] in ("packing_list", "delivery_note")
    pl = doc["doc_type"] == "packing_list"
    page = "@page{size:%s;margin:16mm 14mm 18mm 14mm;@bottom-center{content:'%s ' counter(page) ' / ' counter(pages);font-size:8pt;color:#777}}" % (
        "letter" if doc["kind"] == "us" else "A4", lb["page"])
    sup, buy = doc["supplier"], doc["buyer"]
    head = f"<h1>{E(title_of(doc))}</h1>"
    suph = f"<b style='font-size:12pt'>{E(sup['name'])}</b><br>{E(sup['addr'])}<br>{lb['taxid']}: {E(sup['taxid'])}<br>Tel. {E(sup['tel'])}"
    meta = [(lb["no"], doc["number"]), (lb["date"], doc["date_str"])]
    if doc["doc_type"] in ("invoice", "tax_invoice"): meta.append((lb["due"], doc["due_str"]))
    meta.append((lb["ref"], doc["ref"]))
    if doc["kind"] == "in": meta.append(("GSTIN", sup["taxid"]))
    metah = "<table class='meta'>" + "".join(f"<tr><td>{E(a)}</td><td class='r'><b>{E(b)}</b></td></tr>" for a, b in meta) + "</table>"
    if theme == "banded":
        top = f"<div class='band'>{head}<div>{E(sup['name'])} · {E(sup['addr'])}</div></div><div class='top'><div class='box'>{suph}</div><div>{metah}</div></div>"
    else:
        top = f"<div class='top'><div class='box'>{suph}</div><div>{head}{metah}</div></div>"
    bl = lb["buyer"] if doc["lang"] != "ja" else "ご請求先"
    buyh = f"<div class='box' style='margin-top:12px'><span class='small'>{E(bl)}</span><br><b>{E(buy['name'])}</b>{' 御中' if doc['lang']=='ja' else ''}<br>{E(buy['addr'])}<br>{lb['taxid']}: {E(buy['taxid'])}</div>"
    if pl:
        ths = ["#", lb["desc"], lb["qty"], lb["cartons"], lb["gw"]]
    elif notax:
        ths = ["#", "Art.", lb["desc"], lb["qty"]]
    else:
        ths = ["#", lb["desc"] + (" / HSN" if doc["kind"] == "in" else ""), lb["qty"], lb["price"], lb["amount"]]
    rows = []
    for n, it in enumerate(doc["items"], 1):
        d = E(it["desc"]) + (f" <span class='small'>HSN {it['hsn']}</span>" if doc["kind"] == "in" else "")
        if pl:
            ct = max(1, it["qty"] // R.choice([12, 24, 50])); rows.append(f"<tr><td>{n}</td><td>{d}</td><td class='r'>{fmt_qty(doc, it['qty'])}</td><td class='r'>{ct}</td><td class='r'>{fmt_num(D(ct*R.uniform(4,14)), doc['numstyle'], 1)}</td></tr>")
        elif notax:
            rows.append(f"<tr><td>{n}</td><td>{it['code']}</td><td>{d}</td><td class='r'>{fmt_qty(doc, it['qty'])}</td></tr>")
        else:
            rows.append(f"<tr><td>{n}</td><td>{d}</td><td class='r'>{fmt_qty(doc, it['qty'])}</td><td class='r'>{fmt_price(doc, it['price'])}</td><td class='r'>{fmt_price(doc, it['amount'])}</td></tr>")
    items = "<table class='items'><thead><tr>" + "".join(f"<th{' class=r' if k>=2 else ''}>{E(t)}</th>" for k, t in enumerate(ths)) + "</tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    tot = "<table class='tot'>" + "".join(f"<tr{' class=grand' if g else ''}><td>{E(a)}</td><td class='r'>{E(b)}</td></tr>" for a, b, g in tot_rows(doc)) + "</table>"
    notes = "".join(f"<p class='small'>{E(n)}</p>" for n in notes_of(doc))
    foot = ""
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma"):
        foot = f"<p class='small'>{lb['terms']}: {E(doc['due_str'])} · {lb['bank']}: IBAN {doc['iban']}</p>" if doc["lang"] not in ("zh", "ja") else f"<p class='small'>{lb['bank']}: {R.choice(['中国银行义乌分行', '三菱UFJ銀行 本店'])} {rdigits(12)}</p>"
    return f"<html><head><meta charset='utf-8'><style>{page}{THEMES[theme]}</style></head><body>{top}{buyh}{items}{tot}{notes}{foot}</body></html>"


def html_fapiao(doc):
    """数电票-style 电子发票 (HTML)"""
    sup, buy = doc["supplier"], doc["buyer"]
    kind = R.choice(["电子发票（增值税专用发票）", "电子发票（普通发票）"])
    doc["fp_title"] = kind
    rows = []
    for it in doc["items"]:
        tax = (it["amount"] * doc["rate"] / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
        rows.append(f"<tr><td>*{R.choice(['塑料制品','日用杂品','家用电器','纺织产品'])}*{E(it['desc'])}</td><td>{it['code']}</td><td>{lab(doc)['unit']}</td><td class=r>{it['qty']}</td><td class=r>{it['price']:.2f}</td><td class=r>{it['amount']:.2f}</td><td class=c>{doc['rate']:g}%</td><td class=r>{tax:.2f}</td></tr>")
    taxsum = sum(t for _, t in doc["taxes"])
    css = """@page{size:240mm 150mm;margin:8mm} body{font-family:'WenQuanYi Micro Hei';font-size:8.5pt;color:#8a4b1c}
    h1{text-align:center;font-size:17pt;margin:0 0 2px;letter-spacing:1px} .hd{position:relative;height:20mm}
    .meta{position:absolute;right:0;top:0;font-size:8.5pt} .meta b{color:#002}
    table{width:100%;border-collapse:collapse} td{border:1px solid #a0622d;padding:2px 4px;vertical-align:top}
    .v{color:#002} .r{text-align:right;color:#002} .c{text-align:center;color:#002} .side{width:7mm;text-align:center}
    .it td{border-top:none;border-bottom:none} .it th{font-weight:normal;border:1px solid #a0622d}
    .seal{position:absolute;right:26mm;bottom:8mm;width:40mm;height:27mm;border:2px solid #d11;border-radius:50%;color:#d11;text-align:center;font-size:8pt;opacity:.85}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><div class=hd><h1>{kind}</h1>
    <div class=meta>发票号码：<b>{doc['fp_no20']}</b><br>开票日期：<b>{doc['date_str']}</b></div></div>
    <table><tr><td class=side rowspan=1>购<br>买<br>方<br>信<br>息</td><td style='width:46%'>名称：<span class=v>{E(buy['name'])}</span><br><br>统一社会信用代码/纳税人识别号：<span class=v>{buy['taxid']}</span></td>
    <td class=side>销<br>售<br>方<br>信<br>息</td><td>名称：<span class=v>{E(sup['name'])}</span><br><br>统一社会信用代码/纳税人识别号：<span class=v>{sup['taxid']}</span></td></tr></table>
    <table class=it style='border-top:none'><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>
    {''.join(rows)}<tr><td colspan=5 style='border-top:1px solid #a0622d'>合　　计</td><td class=r style='border-top:1px solid #a0622d'>¥{doc['subtotal']:.2f}</td><td style='border-top:1px solid #a0622d'></td><td class=r style='border-top:1px solid #a0622d'>¥{taxsum:.2f}</td></tr>
    <tr><td colspan=2 style='border:1px solid #a0622d'>价税合计（大写）</td><td colspan=4 class=v style='border:1px solid #a0622d'>⊗{cn_upper(doc['total'])}</td><td colspan=2 style='border:1px solid #a0622d'>（小写）<span class=v>¥{doc['total']:.2f}</span></td></tr>
    <tr><td style='border:1px solid #a0622d;height:16mm'>备<br>注</td><td colspan=7 class=v style='border:1px solid #a0622d'>订单号：{doc['ref']}</td></tr></table>
    <p>开票人：{R.choice(['吴芳', '徐磊', '孙倩', '钱晓'])}</p><div class=seal><br>{E(sup['name'])}<br>{sup['taxid']}<br><b>发票专用章</b></div></body></html>"""


def html_seikyu(doc):
    sup, buy = doc["supplier"], doc["buyer"]
    rows = "".join(f"<tr><td>{E(it['desc'])}</td><td class=r>{it['qty']:,}</td><td class=r>{it['price']:,.0f}</td><td class=r>{it['amount']:,.0f}</td></tr>" for it in doc["items"])
    taxsum = sum(t for _, t in doc["taxes"])
    ttl = lab(doc)[doc["doc_type"]]
    css = """@page{size:A4;margin:18mm} body{font-family:'WenQuanYi Micro Hei';font-size:9.5pt}
    h1{text-align:center;letter-spacing:12px;font-size:22pt;border-bottom:3px double #333;width:60%;margin:0 auto 10px}
    .l{float:left;width:55%} .rr{float:right;width:40%;text-align:right} .cl{clear:both}
    .big{font-size:16pt;border-bottom:2px solid #333;display:inline-block;padding:2px 14px;margin:10px 0}
    table{width:100%;border-collapse:collapse;margin-top:8px} th{background:#dfe7ef;border:1px solid #777;padding:4px}
    td{border:1px solid #777;padding:4px} .r{text-align:right} .sum{width:45%;margin-left:55%}
    .hanko{display:inline-block;border:2px solid #c22;color:#c22;width:16mm;height:16mm;border-radius:50%;text-align:center;line-height:16mm;font-size:8pt}"""
    return f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body><h1>{ttl}</h1>
    <div class=l><span style='font-size:13pt;border-bottom:1px solid #333'>{E(buy['name'])} 御中</span><br><br>{E(buy['addr'])}<br><br>
    {E(notes_of(doc)[0]) if doc['doc_type'] != 'quotation' else '下記のとおり御見積申し上げます。'}<br><span class=big>{'ご請求金額' if doc['doc_type'] != 'quotation' else '御見積金額'}　¥{doc['total']:,.0f} -</span>（税込）</div>
    <div class=rr>{lab(doc)['no']}：{doc['number']}<br>{lab(doc)['date']}：{doc['date_str']}<br><br><b>{E(sup['name'])}</b><br>{E(sup['addr'])}<br>
    TEL {sup['tel']}<br>{lab(doc)['taxid']}：{sup['taxid']}<br><span class=hanko>{E(sup['name'][-4:-2] if '株式会社' in sup['name'][-4:] else sup['name'][:2])}</span></div><div class=cl></div>
    <table><tr><th>品名</th><th>数量</th><th>単価</th><th>金額</th></tr>{rows}</table>
    <table class=sum><tr><td>小計（税抜）</td><td class=r>¥{doc['subtotal']:,.0f}</td></tr>
    {'<tr><td>送料</td><td class=r>¥%s</td></tr>' % f"{doc['shipping']:,.0f}" if doc['shipping'] else ''}
    {'<tr><td>値引</td><td class=r>-¥%s</td></tr>' % f"{doc['discount']:,.0f}" if doc['discount'] else ''}
    <tr><td>消費税（10%対象）</td><td class=r>¥{taxsum:,.0f}</td></tr><tr><td><b>合計</b></td><td class=r><b>¥{doc['total']:,.0f}</b></td></tr></table>
    <p>{'有効期限：' + doc['due_str'] + '<br>' if doc['doc_type'] == 'quotation' else ''}お振込先：{R.choice(['三井住友銀行','みずほ銀行','ゆうちょ銀行'])} {R.choice(['上野支店','本町支店','栄支店'])} 普通 {rdigits(7)}<br>お支払期限：{doc['due_str']}<br>※振込手数料は貴社にてご負担願います。</p></body></html>"""


def weasy(html_str, path):
    import weasyprint
    weasyprint.HTML(string=html_str, base_url=TMP).write_pdf(path)


CHROME_JOBS = []


def chromium_queue(html_str, path):
    path = os.path.abspath(path); hp = path[:-4] + ".html"
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html_str.replace("@bottom-center{", "@bottom-center-x{"))  # chromium prints its own header/footer off
    CHROME_JOBS.append((hp, path))


def chromium_run():
    for hp, path in CHROME_JOBS:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={path}", "file://" + hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# ----------------------------------------------------------------------------------------------
# LibreOffice: flat-ODS spreadsheets and python-docx documents
SOFFICE_JOBS = []
X = lambda s: html.escape(str(s), quote=False)


def fods(doc, path_pdf):
    lb = lab(doc); notax = doc["doc_type"] in ("packing_list", "delivery_note")
    cjk = doc["lang"] in ("zh", "ja")
    fam = "WenQuanYi Micro Hei" if cjk else R.choice(["DejaVu Sans", "Liberation Sans", "DejaVu Serif"])
    def cell(v, st="n", span=1):
        a = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell table:style-name="{st}" office:value-type="string"{a}><text:p>{X(v)}</text:p></table:table-cell>' + ("<table:covered-table-cell/>" * (span - 1))
    def row(*cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"
    empty = row(cell(""))
    rows = [row(cell(doc["supplier"]["name"], "t", 5)), row(cell(doc["supplier"]["addr"], "n", 5)),
            row(cell(f"{lb['taxid']}: {doc['supplier']['taxid']}", "n", 5)), empty,
            row(cell(title_of(doc), "h", 3), cell(lb["no"], "b"), cell(doc["number"], "r")),
            row(cell(""), cell(""), cell(""), cell(lb["date"], "b"), cell(doc["date_str"], "r")),
            row(cell(lb["buyer"] + ":", "b"), cell(doc["buyer"]["name"], "n", 2)), row(cell(""), cell(doc["buyer"]["addr"], "n", 4)), empty]
    if notax:
        rows.append(row(cell("#", "hb"), cell(lb["desc"], "hb", 2), cell("Art.", "hb"), cell(lb["qty"], "hbr")))
        for n, it in enumerate(doc["items"], 1):
            rows.append(row(cell(n, "bx"), cell(it["desc"], "bx", 2), cell(it["code"], "bx"), cell(fmt_qty(doc, it["qty"]), "bxr")))
    else:
        rows.append(row(cell("#", "hb"), cell(lb["desc"], "hb"), cell(lb["qty"], "hbr"), cell(lb["price"], "hbr"), cell(lb["amount"], "hbr")))
        for n, it in enumerate(doc["items"], 1):
            rows.append(row(cell(n, "bx"), cell(it["desc"], "bx"), cell(fmt_qty(doc, it["qty"]), "bxr"), cell(fmt_price(doc, it["price"]), "bxr"), cell(fmt_price(doc, it["amount"]), "bxr")))
    rows.append(empty)
    for a, b, g in tot_rows(doc):
        rows.append(row(cell(""), cell(""), cell(a, "b" if g else "n", 2), cell(b, "gr" if g else "r")))
    rows.append(empty)
    for n_ in notes_of(doc):
        rows.append(row(cell(n_, "s", 5)))
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma"):
        rows.append(row(cell(f"{lb['bank']}: IBAN {doc['iban']}" if not cjk else f"{lb['bank']}: {rdigits(16)}", "s", 5)))
    widths = ["0.9cm", "6.6cm", "2.0cm", "2.8cm", "3.1cm"]
    xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
{''.join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))}
<style:style style:name="n" style:family="table-cell"><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt"/></style:style>
<style:style style:name="s" style:family="table-cell"><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="7.5pt"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt"/></style:style>
<style:style style:name="gr" style:family="table-cell"><style:table-cell-properties fo:border-top="1pt solid #000000" fo:border-bottom="2pt double #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="10pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="t" style:family="table-cell"><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="14pt" fo:font-weight="bold" style:font-size-asian="14pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="h" style:family="table-cell"><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="18pt" fo:color="#1f4e79" style:font-size-asian="18pt"/></style:style>
<style:style style:name="hb" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="hbr" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="bx" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt"/></style:style>
<style:style style:name="bxr" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-family="{fam}" style:font-family-asian="{fam}" fo:font-size="9pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{X(doc['number'][:25]).replace('/', '-')}">
{''.join(f'<table:table-column table:style-name="co{i}"/>' for i in range(5))}
{''.join(rows)}
</table:table></office:spreadsheet></office:body></office:document>'''
    src = path_pdf[:-4] + ".fods"
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(xml)
    SOFFICE_JOBS.append((src, path_pdf))


def docx_doc(doc, path_pdf):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    cjk = doc["lang"] in ("zh", "ja")
    st = d.styles["Normal"]; st.font.name = "WenQuanYi Micro Hei" if cjk else R.choice(["DejaVu Sans", "Liberation Serif", "Carlito"]); st.font.size = Pt(9.5)
    if cjk:
        from docx.oxml.ns import qn
        st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    lb = lab(doc)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]["name"]); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph(f"{doc['supplier']['addr']}\n{lb['taxid']}: {doc['supplier']['taxid']} · Tel {doc['supplier']['tel']}")
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run(title_of(doc)); r.bold = True; r.font.size = Pt(20); r.font.color.rgb = RGBColor(0x33, 0x33, 0x66)
    t = d.add_table(rows=1, cols=2); t.style = "Table Grid"
    t.cell(0, 0).text = f"{lb['buyer']}:\n{doc['buyer']['name']}\n{doc['buyer']['addr']}\n{lb['taxid']}: {doc['buyer']['taxid']}"
    t.cell(0, 1).text = f"{lb['no']}: {doc['number']}\n{lb['date']}: {doc['date_str']}\n{lb['ref']}: {doc['ref']}"
    d.add_paragraph()
    notax = doc["doc_type"] in ("packing_list", "delivery_note")
    hdr = ["#", lb["desc"], lb["qty"]] + ([] if notax else [lb["price"], lb["amount"]])
    t = d.add_table(rows=1, cols=len(hdr)); t.style = R.choice(["Light Grid Accent 1", "Table Grid", "Light List Accent 2"])
    for k, h in enumerate(hdr): t.rows[0].cells[k].text = h
    for n, it in enumerate(doc["items"], 1):
        vals = [str(n), it["desc"], fmt_qty(doc, it["qty"])] + ([] if notax else [fmt_price(doc, it["price"]), fmt_price(doc, it["amount"])])
        cells = t.add_row().cells
        for k, v in enumerate(vals):
            cells[k].text = v
            if k >= 2: cells[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph()
    tr = tot_rows(doc)
    if tr:
        t = d.add_table(rows=0, cols=2); t.alignment = 2
        for a, b, g in tr:
            cells = t.add_row().cells; cells[0].text = a; cells[1].text = b
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if g:
                for cc in cells:
                    for rr in cc.paragraphs[0].runs: rr.bold = True; rr.font.size = Pt(11)
    for n_ in notes_of(doc):
        d.add_paragraph(n_).runs[0].font.size = Pt(8)
    if doc["doc_type"] in ("invoice", "tax_invoice", "proforma"):
        d.add_paragraph(f"{lb['terms']}: {doc['due_str']}\n{lb['bank']}: IBAN {doc['iban']}").runs[0].font.size = Pt(8)
    src = path_pdf[:-4] + ".docx"
    d.save(src)
    SOFFICE_JOBS.append((src, path_pdf))


def letter_docx(lang, path_pdf, sup, buyer, date_str, body):
    import docx
    d = docx.Document()
    d.add_paragraph(sup["name"] + "\n" + sup["addr"])
    d.add_paragraph(buyer["name"] + "\n" + buyer["addr"])
    d.add_paragraph(date_str)
    for para in body:
        d.add_paragraph(para)
    src = path_pdf[:-4] + ".docx"; d.save(src); SOFFICE_JOBS.append((src, path_pdf))


def soffice_run():
    if not SOFFICE_JOBS: return
    outdir = os.path.join(TMP, "lo_out"); os.makedirs(outdir, exist_ok=True)
    prof = "file://" + os.path.join(TMP, "lo_profile")
    srcs = [s for s, _ in SOFFICE_JOBS]
    for i in range(0, len(srcs), 20):
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + srcs[i:i + 20],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=400)
    for s, p in SOFFICE_JOBS:
        o = os.path.join(outdir, os.path.splitext(os.path.basename(s))[0] + ".pdf")
        if os.path.exists(o): shutil.move(o, p)


# ----------------------------------------------------------------------------------------------
# text location in PDFs (pdfium) + rasterising
import pypdfium2 as pdfium


def pdf_pages(path):
    from pypdf import PdfReader
    return len(PdfReader(path).pages)


def locate(pdf_path, target, page=None, which="last", token=True):
    """return (page_index, [char boxes (l,b,r,t) in pt], page_w, page_h) of an occurrence of target"""
    pdf = pdfium.PdfDocument(pdf_path)
    order = range(len(pdf)) if page is None else [page]
    found = []
    for pi in order:
        pg = pdf[pi]; tp = pg.get_textpage(); n = tp.count_chars()
        boxes = [tp.get_charbox(i) for i in range(n)]
        chars = [tp.get_text_range(i, 1) for i in range(n)]
        text = "".join(c[:1] if c else "\x00" for c in chars)
        pat = re.escape(target)
        if token: pat = r"(?<![\d.,])" + pat + r"(?![\d,]|\.\d)"
        for m in re.finditer(pat, text):
            bx = [boxes[i] for i in range(m.start(), m.end()) if chars[i] and chars[i].strip()]
            if bx: found.append((pi, bx, pg.get_width(), pg.get_height()))
    pdf.close()
    if not found: return None
    return found[-1] if which == "last" else found[0]


def render_pdf(pdf_path, dpi):
    pdf = pdfium.PdfDocument(pdf_path)
    out = []
    for pg in pdf:
        out.append(pg.render(scale=dpi / 72).to_pil().convert("RGB"))
    pdf.close()
    return out


def pt_to_px(box, ph, dpi):
    l, b, r, t = box; k = dpi / 72
    return [(l * k, (ph - t) * k), (r * k, (ph - t) * k), (r * k, (ph - b) * k), (l * k, (ph - b) * k)]


def xform(pts, M):
    a = np.array([[x, y, 1.0] for x, y in pts]).T
    b = M @ a
    return [(b[0, i] / b[2, i], b[1, i] / b[2, i]) for i in range(b.shape[1])]


def targets_for(doc):
    t = {"date": (doc["date_str"], "first"), "buyer": (doc["buyer"]["name"], "first")}
    if doc.get("total_num"): t["total"] = (doc["total_num"], "last")
    fm = full_money(doc, doc["total"]) if doc.get("total_num") else None
    if fm: t["total_full"] = (fm, "last")
    return t


def full_money(doc, v):
    """money string incl. a *leading* currency symbol, as printed (None when the symbol trails)"""
    if is_fapiao(doc): return f"¥{v:.2f}"
    if doc["pre"].strip(): return money(doc, v)
    return None


def find_targets(pdf_path, doc):
    res = {}
    for k, (s, which) in targets_for(doc).items():
        f = locate(pdf_path, s, which=which, token=(k == "total"))
        if f: res[k] = f
    return res


def scan_pages(pdf_path, doc, fmt, out_path, gray=None):
    """simulated flatbed/MFP scan.  returns meta with target quads in output pixels"""
    dpi = R.choice([150, 200, 200, 240])
    pages = render_pdf(pdf_path, dpi)
    tg = find_targets(pdf_path, doc)
    gray = (R.random() < 0.35) if gray is None else gray
    outs, mats = [], []
    for img in pages:
        a = np.asarray(img).astype(np.float32)
        h, w = a.shape[:2]
        s = R.uniform(0.62, 1.0); ang = R.uniform(-1.6, 1.6)
        S = np.array([[s, 0, 0], [0, s, 0], [0, 0, 1]])
        Rm = np.vstack([cv2.getRotationMatrix2D((w * s / 2, h * s / 2), ang, 1.0), [0, 0, 1]])
        M = Rm @ S
        ow, oh = int(w * s), int(h * s)
        paper = np.array([R.uniform(236, 252), R.uniform(236, 250), R.uniform(228, 246)])
        b = cv2.warpAffine(a, M[:2], (ow, oh), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(paper.tolist()))
        b = b * (paper / 255.0) * R.uniform(1.0, 1.04)
        b = b * R.uniform(0.9, 1.0) + R.uniform(0, 12)  # contrast loss
        if R.random() < 0.4:  # dark scanner lid edge
            e = R.randint(4, 14); b[:, :e] *= 0.35
        b += NPR.normal(0, R.uniform(2, 6), b.shape)
        b = np.clip(b, 0, 255).astype(np.uint8)
        im = Image.fromarray(b)
        if R.random() < 0.6: im = im.filter(ImageFilter.GaussianBlur(R.uniform(0.3, 0.8)))
        if gray: im = im.convert("L")
        outs.append(im); mats.append(M)
    meta = {"kind": "scan", "size": [o.size for o in outs], "targets": {}}
    for k, (pi, bx, pw, ph) in tg.items():
        quads = [xform(pt_to_px(bb, ph, dpi), mats[pi]) for bb in bx]
        meta["targets"][k] = (pi, quads)
    q = R.randint(45, 85)
    if fmt == "jpg":
        outs[0].save(out_path, "JPEG", quality=q, dpi=(int(dpi * 0.8),) * 2)
    elif fmt == "png":
        outs[0].save(out_path, "PNG", dpi=(int(dpi * 0.8),) * 2)
    else:
        buf = []
        for o in outs:
            bio = io.BytesIO(); o.save(bio, "JPEG", quality=q); buf.append(Image.open(io.BytesIO(bio.getvalue())))
        buf[0].save(out_path, "PDF", save_all=True, append_images=buf[1:], resolution=dpi * 0.8,
                    producer=R.choice(["Canon iR-ADV C5535", "RICOH IM C3000", "KONICA MINOLTA bizhub C258", "HP Scan"]),
                    title="scan" + rdigits(4))
    meta["quality"] = q; meta["gray"] = gray
    return meta


PHONES = [("Xiaomi", "Redmi Note 12"), ("HUAWEI", "P40"), ("Apple", "iPhone 13"), ("OPPO", "Reno8"), ("samsung", "SM-A546B"), ("vivo", "V2250")]


def photo_page(pdf_path, doc, out_path):
    dpi = R.choice([110, 125, 140])
    img = render_pdf(pdf_path, dpi)[0]
    tg = find_targets(pdf_path, doc)
    a = np.asarray(img).astype(np.float32); h, w = a.shape[:2]
    CW, CH = int(w * R.uniform(1.15, 1.3)), int(h * R.uniform(1.1, 1.22))
    base = np.array(R.choice([(120, 85, 60), (200, 196, 190), (60, 62, 70), (150, 120, 90), (228, 220, 205)]), dtype=np.float32)
    bg = np.ones((CH, CW, 3), np.float32) * base
    bg += cv2.GaussianBlur(NPR.normal(0, 18, (CH, CW, 1)).astype(np.float32), (0, 0), 3)[..., None] if False else NPR.normal(0, 8, (CH, CW, 3))
    ox, oy = (CW - w) / 2, (CH - h) / 2
    j = lambda: R.uniform(-0.07, 0.07) * w
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[ox + j(), oy + j()], [ox + w + j(), oy + j()], [ox + w + j(), oy + h + j()], [ox + j(), oy + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(a, Hm, (CW, CH), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((h, w), np.float32), Hm, (CW, CH))[..., None]
    out = warped * mask + bg * (1 - mask)
    # uneven light: gradient + soft shadow
    yy, xx = np.mgrid[0:CH, 0:CW].astype(np.float32)
    gx, gy = R.uniform(-1, 1), R.uniform(-1, 1)
    grad = 1 + 0.22 * ((xx / CW - 0.5) * gx + (yy / CH - 0.5) * gy)
    cx, cy = R.uniform(0.2, 0.8) * CW, R.uniform(0.2, 0.8) * CH
    spot = 1 + 0.12 * np.exp(-(((xx - cx) / (0.4 * CW)) ** 2 + ((yy - cy) / (0.4 * CH)) ** 2))
    light = (grad * spot)[..., None]
    if R.random() < 0.5:  # hand/phone shadow
        sx = R.uniform(0, CW); light *= (1 - 0.25 * (1 / (1 + np.exp(-(xx - sx) / 40))))[..., None] if R.random() < 0.5 else 1
    cast = np.array([1.0, R.uniform(0.95, 1.0), R.uniform(0.84, 0.96)])
    out = out * light * cast * R.uniform(0.82, 0.95)
    out += NPR.normal(0, R.uniform(3, 7), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(R.uniform(0.5, 1.1)))
    if R.random() < 0.5: im = im.transpose(Image.Transpose.ROTATE_90) if False else im
    exif = Image.Exif(); mk, md = R.choice(PHONES); exif[0x010F] = mk; exif[0x0110] = md
    exif[0x0132] = doc["date"].strftime("%Y:%m:%d ") + f"{R.randint(8,19):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
    q = R.randint(80, 93)
    im.save(out_path, "JPEG", quality=q, exif=exif.tobytes())
    meta = {"kind": "photo", "size": [im.size], "targets": {}, "quality": q, "gray": False}
    for k, (pi, bx, pw, ph) in tg.items():
        if pi == 0:
            meta["targets"][k] = (0, [xform(pt_to_px(bb, ph, dpi), Hm) for bb in bx])
    return meta


# ----------------------------------------------------------------------------------------------
# genuine set
RECS = []


def render_text_pdf(producer, doc, path):
    if producer.startswith("rl_fapiao"): rl_fapiao(doc, path)
    elif producer == "rl_classic": rl_render(doc, path, "classic")
    elif producer == "rl_band": rl_render(doc, path, "band")
    elif producer == "fpdf_plain": fpdf_render(doc, path)
    elif producer.startswith("weasy_") or producer.startswith("chromium_"):
        eng, th = producer.split("_", 1)
        h = html_fapiao(doc) if th == "fapiao" else html_seikyu(doc) if th == "seikyu" else html_generic(doc, th)
        (weasy if eng == "weasy" else chromium_queue)(h, path)
    elif producer == "lo_calc": fods(doc, path)
    elif producer == "lo_writer_docx": docx_doc(doc, path)
    else: raise ValueError(producer)


def supplier_label(doc):
    return doc["supplier"]["name"]


def add_rec(fname, doc, producer, **kw):
    r = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer, language=doc["lang"],
             is_invoice=doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
             doc_type=doc["doc_type"], date=doc["date"].isoformat(),
             total=(f"{doc['total']:.2f}" if doc["has_total"] else None), currency=doc["currency"],
             supplier=supplier_label(doc) if not doc.get("po_swapped") else doc["buyer"]["name"],
             buyer=doc["buyer"]["name"] if not doc.get("po_swapped") else doc["supplier"]["name"], pages=None,
             arithmetic_error=bool(doc.get("arith")))
    r.update(kw); r["_doc"] = doc
    RECS.append(r); return r


def plan():
    P = []  # (producer, kind, doc_type, nitems, arith, out)  out: pdf | scan_jpg | scan_png | scan_pdf | photo
    def a(prod, kind, dt_="invoice", n=None, arith=None, out="pdf"): P.append((prod, kind, dt_, n, arith, out))
    # --- born-digital PDFs
    for k in ["de", "fr", "it", "es", "nl", "uk", "us", "cn_en", "in", "ja"]: a("rl_classic", k)
    a("rl_classic", "cn_en", arith="line"); a("rl_classic", "pl", n=30); a("rl_classic", "zh", "receipt")
    for k, t_, n in [("de", "invoice", 45), ("fr", "invoice", None), ("es", "invoice", None), ("cn_en", "invoice", None),
                     ("in", "invoice", None), ("uk", "invoice", None), ("it", "credit_note", None), ("nl", "proforma", None)]:
        a("rl_band", k, t_, n)
    for i in range(4): a("rl_fapiao", "zh", "tax_invoice", R.choice([1, 2, 3, 4, 5]))
    a("rl_fapiao", "zh", "tax_invoice", 3, arith="total")
    for k in ["de", "fr", "it", "nl", "pl", "uk", "us", "cn_en"]: a("fpdf_plain", k)
    a("fpdf_plain", "es", arith="tax"); a("fpdf_plain", "de", "receipt", 2)
    for k, n in [("cn_en", None), ("us", None), ("de", None), ("ja", None), ("zh", None), ("in", 40)]: a("weasy_clean", k, n=n)
    for k, t_, n, ar in [("fr", "invoice", None, None), ("it", "invoice", None, "sum"), ("pl", "invoice", None, None),
                         ("es", "invoice", 35, None), ("cn_en", "proforma", None, None), ("nl", "invoice", None, None)]:
        a("weasy_boxed", k, t_, n, ar)
    for k in ["in", "uk", "de", "cn_en"]: a("weasy_banded", k)
    for i in range(3): a("weasy_fapiao", "zh", "tax_invoice", R.choice([2, 3, 4, 6]))
    for i in range(3): a("weasy_seikyu", "ja", "invoice")
    for p_, k, n in [("chromium_clean", "uk", None), ("chromium_boxed", "de", None), ("chromium_banded", "cn_en", None),
                     ("chromium_seikyu", "ja", None), ("chromium_fapiao", "zh", 3), ("chromium_clean", "us", 30), ("chromium_boxed", "fr", None)]:
        a(p_, k, "tax_invoice" if k == "zh" else "invoice", n)
    for k, ar in [("cn_en", None), ("cn_en", None), ("zh", None), ("de", None), ("pl", None), ("nl", None), ("uk", "total"), ("es", None)]:
        a("lo_calc", k, arith=ar)
    for k, t_, ar in [("fr", "invoice", "tax"), ("it", "invoice", None), ("cn_en", "invoice", None), ("zh", "invoice", None),
                      ("in", "invoice", None), ("es", "credit_note", None)]:
        a("lo_writer_docx", k, t_, arith=ar)
    # --- non-invoices
    a("weasy_clean", "cn_en", "packing_list", 5); a("lo_calc", "zh", "packing_list", 4); a("rl_classic", "uk", "purchase_order")
    a("fpdf_plain", "de", "quotation"); a("weasy_seikyu", "ja", "quotation"); a("weasy_boxed", "de", "delivery_note")
    a("lo_writer_docx", "nl", "delivery_note"); a("lo_calc", "cn_en", "other", 12); a("chromium_boxed", "fr", "purchase_order")
    # --- scans
    for prod, k, t_, n, ar, out in [
        ("rl_fapiao", "zh", "tax_invoice", 2, None, "scan_jpg"), ("rl_fapiao", "zh", "tax_invoice", 3, None, "scan_jpg"),
        ("rl_fapiao", "zh", "tax_invoice", 1, None, "scan_pdf"), ("weasy_fapiao", "zh", "tax_invoice", 3, None, "scan_png"),
        ("rl_classic", "de", "invoice", 30, None, "scan_pdf"), ("fpdf_plain", "fr", "invoice", None, None, "scan_jpg"),
        ("weasy_boxed", "it", "invoice", None, None, "scan_jpg"), ("lo_writer_docx", "es", "invoice", None, None, "scan_pdf"),
        ("rl_band", "pl", "invoice", None, None, "scan_png"), ("fpdf_plain", "nl", "invoice", None, None, "scan_jpg"),
        ("weasy_seikyu", "ja", "invoice", None, None, "scan_jpg"), ("rl_band", "in", "invoice", None, "sum", "scan_pdf"),
        ("rl_classic", "cn_en", "invoice", None, None, "scan_jpg"), ("lo_calc", "cn_en", "invoice", None, None, "scan_png"),
        ("weasy_clean", "uk", "invoice", None, None, "scan_jpg"), ("fpdf_plain", "us", "invoice", None, None, "scan_pdf"),
        ("lo_calc", "zh", "invoice", None, None, "scan_jpg"), ("weasy_clean", "cn_en", "packing_list", 6, None, "scan_jpg"),
        ("rl_band", "de", "invoice", None, None, "scan_png"), ("weasy_banded", "in", "invoice", None, None, "scan_jpg"),
        ("rl_classic", "it", "invoice", None, None, "scan_png"), ("rl_classic", "cn_en", "invoice", None, None, "scan_png")]:
        a(prod, k, t_, n, ar, out)
    # --- phone photos
    for prod, k, t_, n, ar in [("rl_fapiao", "zh", "tax_invoice", 2, None), ("rl_fapiao", "zh", "tax_invoice", 4, None),
                               ("weasy_fapiao", "zh", "tax_invoice", 2, None), ("rl_classic", "zh", "receipt", 2, None),
                               ("rl_classic", "cn_en", "invoice", None, None), ("rl_band", "cn_en", "invoice", None, "line"),
                               ("fpdf_plain", "de", "invoice", None, None), ("rl_classic", "fr", "invoice", None, None),
                               ("weasy_boxed", "it", "invoice", None, None), ("rl_band", "es", "invoice", None, None),
                               ("weasy_seikyu", "ja", "invoice", 3, None), ("weasy_clean", "in", "invoice", None, None),
                               ("weasy_boxed", "it", "delivery_note", None, None), ("rl_classic", "uk", "invoice", 3, None)]:
        a(prod, k, t_, n, ar, "photo")
    return P


SHORT = {"invoice": "inv", "tax_invoice": "fp", "receipt": "rcpt", "credit_note": "cn", "proforma": "pi", "packing_list": "pl",
         "purchase_order": "po", "quotation": "qt", "delivery_note": "dn", "other": "oth"}


def build_genuine():
    P = plan()
    pending = []
    for idx, (prod, kind, dtp, n, ar, out) in enumerate(P, 1):
        doc = make_doc(kind, dtp, nitems=n, arith=ar)
        base = f"g{idx:03d}_{kind}_{SHORT[dtp]}"
        pdfp = os.path.join(TMP, base + ".pdf")
        render_text_pdf(prod, doc, pdfp)
        pending.append((idx, prod, doc, base, pdfp, out))
    log("sources written; LibreOffice + Chromium batch")
    soffice_run(); chromium_run()
    log("converted")
    # letter (non-invoice, 'other')
    sup = company("cn_en"); b = buyer_for("en", "en")
    d = dt.date(2025, R.randint(1, 12), R.randint(1, 28))
    lp = os.path.join(TMP, "g200_cn_en_letter.pdf")
    letter_docx("en", lp, sup, b, fmt_date(d, "en_long"), [
        f"Dear {b['name']},", "Re: Price adjustment notice for orders shipped after next month",
        "Due to the increase of raw material (PP and silicone) costs, our unit prices for the items listed in our last quotation "
        "will increase by 4% to 7% for new purchase orders. Orders already confirmed will keep the agreed prices.",
        "Production lead time remains 25-30 days after deposit. Please contact our sales team if you have any question.",
        "Best regards,", "Sales Department", sup["name"]])
    soffice_run_single = SOFFICE_JOBS[-1:]
    SOFFICE_JOBS.clear(); SOFFICE_JOBS.extend(soffice_run_single); soffice_run()
    ld = dict(lang="en", doc_type="other", date=d, has_total=False, total=0, currency="USD", supplier=sup, buyer=b, arith=None)
    shutil.copy(lp, os.path.join(OUT, "g200_cn_en_letter.pdf"))
    r = add_rec("g200_cn_en_letter.pdf", ld, "lo_writer_docx", currency=None, pages=pdf_pages(lp)); r["_pdf"] = lp
    for idx, prod, doc, base, pdfp, out in pending:
        if not os.path.exists(pdfp):
            log("MISSING", pdfp); continue
        if out == "pdf":
            fn = base + ".pdf"; shutil.copy(pdfp, os.path.join(OUT, fn))
            r = add_rec(fn, doc, prod, pages=pdf_pages(pdfp))
            r["_pdf"] = pdfp
        elif out.startswith("scan"):
            fmt = out.split("_")[1]
            np_ = pdf_pages(pdfp)
            if np_ > 1: fmt = "pdf"
            fn = f"{base}_scan.{fmt}"
            meta = scan_pages(pdfp, doc, fmt, os.path.join(OUT, fn))
            r = add_rec(fn, doc, f"scan_{fmt}", base_producer=prod, pages=np_ if fmt == "pdf" else 1)
            r["_meta"] = meta; r["_pdf"] = pdfp
        else:
            fn = f"{base}_photo.jpg"
            meta = photo_page(pdfp, doc, os.path.join(OUT, fn))
            r = add_rec(fn, doc, "phone_photo", base_producer=prod, pages=1)
            r["_meta"] = meta; r["_pdf"] = pdfp
        if prod == "lo_writer_docx": r["_docx"] = pdfp[:-4] + ".docx"
        r["_prod"] = prod
    log("genuine:", len(RECS))


# ----------------------------------------------------------------------------------------------
# edits
import pikepdf
from pypdf import PdfReader, PdfWriter

ALT_BUYERS = {
    "en": ["Summit Ridge Brands LLC", "Harbor & Finch Ltd", "Velocity Home Goods Inc."], "de": ["Alpenblick Vertrieb GmbH", "Hafenkante Online GmbH"],
    "fr": ["Les Jolis Paniers SAS", "Galerie Mistral SARL"], "it": ["Bottega Aurora S.r.l."], "es": ["Distribuciones Alcor S.L."],
    "pl": ["Sklep Żuraw Sp. z o.o."], "nl": ["Duinroos Handel B.V."], "zh": ["深圳市跃峰跨境贸易有限公司", "义乌市启航电子商务有限公司"],
    "ja": ["株式会社ハルカ商会"]}
ALT_SUPPLIERS = {"en": ["Greenleaf Brand Holdings Ltd", "Nordic Craft Originals GmbH"], "de": ["Markenhaus Original GmbH"],
                 "fr": ["Manufacture Originale SAS"], "zh": ["宁波原创品牌制造有限公司"]}
EDIT_RECS = []


def is_fapiao(doc):
    return doc["kind"] == "zh" and doc["doc_type"] == "tax_invoice"


def fmt_total(doc, v):
    return f"{v:.2f}" if is_fapiao(doc) else fmt_num(v, doc["numstyle"], doc["dec"])


def parse_amount(s, doc):
    if is_fapiao(doc) or doc["numstyle"] in ("en", "in"): s = s.replace(",", "")
    elif doc["numstyle"] == "de": s = s.replace(".", "").replace(",", ".")
    else: s = s.replace(" ", "").replace(",", ".")
    return Decimal(s)


def new_value(doc, field):
    """returns (old_string, new_string, label_value)"""
    if field == "total":
        v = doc["total"] * Decimal(R.choice(["1.8", "2.5", "3.2", "1.35", "4.1", "2.2"]))
        v = v.quantize(Decimal(1) if doc["dec"] == 0 else Decimal("0.01"), ROUND_HALF_UP)
        return doc["total_num"], fmt_total(doc, v), f"{v:.2f}"
    if field == "date":
        nd = doc["date"] - dt.timedelta(days=R.randint(45, 420))
        return doc["date_str"], fmt_date(nd, doc["dfmt"]), nd.isoformat()
    if field == "buyer":
        nb = R.choice([b for b in ALT_BUYERS.get(doc["lang"], ALT_BUYERS["en"]) if b != doc["buyer"]["name"]])
        return doc["buyer"]["name"], nb, nb
    if field == "supplier":
        ns = R.choice(ALT_SUPPLIERS.get(doc["lang"], ALT_SUPPLIERS["en"]))
        return doc["supplier"]["name"], ns, ns
    if field == "quantity":
        qs = [fmt_qty(doc, it["qty"]) for it in doc["items"]]
        for it in doc["items"]:
            q = fmt_qty(doc, it["qty"])
            if qs.count(q) == 1 and len(q) >= 2:
                nq = it["qty"] * R.choice([2, 3, 5, 10])
                return q, fmt_qty(doc, nq), None
        return None
    raise ValueError(field)


def label_edit(src, fname, method, fields, vals, extra=None):
    r = {k: v for k, v in src.items() if not k.startswith("_")}
    r.update(file=fname, genuine=False, edit_method=method, what_changed=fields, source_file=src["file"], arithmetic_error=False)
    for f, v in zip(fields, vals):
        if f == "total": r["total"] = v
        elif f == "date": r["date"] = v
        elif f == "buyer": r["buyer"] = v
        elif f == "supplier": r["supplier"] = v
    if extra: r.update(extra)
    EDIT_RECS.append(r); return r


# ---------- vector PDF edits
def pike_replace(src, dst, old, new, mode, exact=False):
    pdf = pikepdf.open(src)
    hits = []
    pages_ops = []
    for pi, page in enumerate(pdf.pages):
        ops = list(pikepdf.parse_content_stream(page)); pages_ops.append(ops)
        for oi, ins in enumerate(ops):
            if str(ins.operator) == "Tj" and isinstance(ins.operands[0], pikepdf.String):
                t = bytes(ins.operands[0]).decode("cp1252", errors="replace")
                if (t.strip() == old) if exact else (old in t): hits.append((pi, oi))
    if not hits: return False
    sel = hits if mode == "all" else [hits[-1]] if mode == "last" else [hits[0]]
    touched = set()
    for pi, oi in sel:
        ins = pages_ops[pi][oi]
        t = bytes(ins.operands[0]).decode("cp1252").replace(old, new)
        pages_ops[pi][oi] = pikepdf.ContentStreamInstruction([pikepdf.String(t.encode("cp1252"))], pikepdf.Operator("Tj"))
        touched.add(pi)
    for pi in touched:
        pdf.pages[pi].Contents = pdf.make_stream(pikepdf.unparse_content_stream(pages_ops[pi]))
    pdf.save(dst)
    return True


def field_box(pdf_path, doc, field, old):
    which = "last" if field == "total" else "first"
    f = locate(pdf_path, old, which=which, token=field in ("total", "quantity") and old[:1].isdigit())
    if not f: return None
    pi, bx, pw, ph = f
    l = min(b[0] for b in bx); bt = min(b[1] for b in bx); rr = max(b[2] for b in bx); tp = max(b[3] for b in bx)
    return pi, (l, bt, rr, tp), pw, ph


def overlay_pdf(box, pw, ph, new, field, path):
    l, b, r, t = box
    c = rl_canvas.Canvas(path, pagesize=(pw, ph))
    try:
        new.encode("cp1252"); font = "Helvetica"
    except UnicodeEncodeError:
        font = "WQY" if re.search(r"[\u3000-\u9fff]", new) else "DJ"
    h = t - b
    size = h / (0.72 if field in ("total", "date", "quantity") and font == "Helvetica" else 0.9)
    size = max(6, min(size, 16))
    c.setFillColorRGB(1, 1, 1)
    w_new = pdfmetrics.stringWidth(new, font, size)
    if field in ("total", "quantity"):
        c.rect(min(l, r - w_new) - 1.5, b - 2, max(r - l, w_new) + 3, h + 4, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0); c.setFont(font, size); c.drawRightString(r, b, new)
    else:
        c.rect(l - 1.5, b - 2.5, max(r - l, w_new) + 3, h + 5, stroke=0, fill=1)
        base = b + (0.2 * size if re.search(r"[gjpqy,]", new + "".join([])) and field != "date" else 0)
        c.setFillColorRGB(0, 0, 0); c.setFont(font, size); c.drawString(l, base if field != "buyer" else b + 0.18 * size, new)
    c.showPage(); c.save()


def edit_overlay(src, field, dst, method):
    doc = src["_doc"]
    nv = new_value(doc, field)
    if not nv: return None
    old, new, lv = nv
    fb = None
    if field == "total" and full_money(doc, doc["total"]):
        fb = field_box(src["_pdf"], doc, field, full_money(doc, doc["total"]))
        if fb: new = full_money(doc, Decimal(lv))
    fb = fb or field_box(src["_pdf"], doc, field, old)
    if not fb: return None
    pi, box, pw, ph = fb
    ov = os.path.join(TMP, "ov_" + os.path.basename(dst) + ".pdf")
    overlay_pdf(box, pw, ph, new, field, ov)
    if method == "pypdf_incremental_overlay":
        w = PdfWriter(src["_pdf"], incremental=True)
        w.pages[pi].merge_page(PdfReader(ov).pages[0])
        w.write(dst)
    else:
        w = PdfWriter(clone_from=src["_pdf"])
        w.pages[pi].merge_page(PdfReader(ov).pages[0])
        if method == "overlay_whitebox":
            w.add_metadata({"/Producer": R.choice(["pypdf", "PDF Editor Pro 3.1", "Online PDF Tools"])})
            w.write(dst)
        else:  # overlay then "print to PDF" as image
            tmpp = dst + ".tmp.pdf"; w.write(tmpp)
            imgs = render_pdf(tmpp, R.choice([150, 200]))
            imgs[0].save(dst, "PDF", save_all=True, append_images=imgs[1:], resolution=150)
            os.remove(tmpp)
    return [field], [lv]


def edit_pike(src, field, dst, resave=False):
    doc = src["_doc"]
    nv = new_value(doc, field)
    if not nv: return None
    old, new, lv = nv
    mode = {"total": "last", "date": "all", "buyer": "all", "quantity": "first", "supplier": "all"}[field]
    tmpd = dst + ".tmp.pdf" if resave else dst
    if not pike_replace(src["_pdf"], tmpd, old, new, mode, exact=(field == "quantity")): return None
    if resave:
        w = PdfWriter(clone_from=tmpd)
        w.add_metadata({"/Producer": "PDF Editor Pro 3.1", "/ModDate": "D:2026" + rdigits(4) + "120000"})
        w.compress_identical_objects()
        w.write(dst); os.remove(tmpd)
    return [field], [lv]


DOCX_EDIT_JOBS = []


def edit_docx(src, field, dst):
    import docx
    doc = src["_doc"]
    nv = new_value(doc, field)
    if not nv: return None
    old, new, lv = nv
    d = docx.Document(src["_docx"]); n = 0
    paras = list(d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            for cell in row.cells: paras.extend(cell.paragraphs)
    for p in paras:
        for run in p.runs:
            if old in run.text:
                run.text = run.text.replace(old, new); n += 1
    if not n: return None
    newsrc = os.path.join(TMP, "edit_" + os.path.basename(dst)[:-4] + ".docx")
    d.save(newsrc)
    DOCX_EDIT_JOBS.append((newsrc, dst))
    return [field], [lv]


# ---------- raster edits
def load_font(text, px):
    f = FONT_CJK if re.search(r"[\u3000-\u9fff]", text) else FONT_DJ
    return ImageFont.truetype(f, max(8, int(px)))


def quads_bbox(quads):
    xs = [p[0] for q in quads for p in q]; ys = [p[1] for q in quads for p in q]
    return int(min(xs)), int(min(ys)), int(max(xs) + 0.999), int(max(ys) + 0.999)


def bg_ink(img, box, pad=4):
    a = np.asarray(img.convert("L")).astype(np.int32); full = np.asarray(img)
    x0, y0, x1, y1 = box
    H, W = a.shape
    ring = []
    for (xa, ya, xb, yb) in [(x0 - pad, y0 - pad, x1 + pad, y0 - 1), (x0 - pad, y1 + 1, x1 + pad, y1 + pad)]:
        xa, ya, xb, yb = max(0, xa), max(0, ya), min(W, xb), min(H, yb)
        if xb > xa and yb > ya: ring.append(full[ya:yb, xa:xb].reshape(-1, *full.shape[2:]))
    bg = np.median(np.concatenate(ring), axis=0) if ring else (245 if full.ndim == 2 else np.array([245, 245, 245]))
    inner = full[max(0, y0):y1, max(0, x0):x1].reshape(-1, *full.shape[2:])
    lum = a[max(0, y0):y1, max(0, x0):x1].reshape(-1)
    ink = inner[lum <= np.percentile(lum, 8)].mean(axis=0) if len(lum) else 40
    tup = lambda v: int(v) if np.ndim(v) == 0 else tuple(int(x) for x in v)
    return tup(bg), tup(ink)


def paste_retyped(img, quads, new, field):
    x0, y0, x1, y1 = quads_bbox(quads)
    bg, ink = bg_ink(img, (x0, y0, x1, y1))
    h = y1 - y0
    digitsish = field in ("total", "date") and not re.search(r"[\u3000-\u9fff]", new)
    font = load_font(new, h / (0.73 if digitsish else 0.95))
    if field == "total" and font.path == FONT_DJ and R.random() < 0.5:
        font = ImageFont.truetype(FONT_DJB, font.size)
    dr = ImageDraw.Draw(img)
    tw = dr.textlength(new, font=font)
    if field == "total":
        dr.rectangle([min(x0, x1 - tw) - 2, y0 - 2, x1 + 2, y1 + 2], fill=bg)
        dr.text((x1, y1), new, font=font, fill=ink, anchor="rs")
    else:
        dr.rectangle([x0 - 2, y0 - 2, max(x1, x0 + tw) + 2, y1 + 3], fill=bg)
        dr.text((x0, y1 if digitsish else y0), new, font=font, fill=ink, anchor="ls" if digitsish else "lt")
    return img


def clone_digit(img, quads, old_str):
    chars = [c for c in old_str if c.strip()]
    if len(chars) != len(quads): return None
    digs = [i for i, c in enumerate(chars) if c.isdigit()]
    # target: the most significant digit; source: a larger digit elsewhere in the same number
    ti = digs[0]
    cands = [j for j in digs if int(chars[j]) > int(chars[ti])]
    if not cands:
        ti = digs[1] if len(digs) > 1 else digs[0]
        cands = [j for j in digs if int(chars[j]) > int(chars[ti])]
        if not cands: return None
    sj = max(cands, key=lambda j: int(chars[j]))
    tb = quads_bbox([quads[ti]]); sb = quads_bbox([quads[sj]])
    bg, _ = bg_ink(img, quads_bbox(quads))
    glyph = img.crop((sb[0] - 1, sb[1] - 1, sb[2] + 1, sb[3] + 1))
    dr = ImageDraw.Draw(img)
    dr.rectangle([tb[0] - 1, tb[1] - 1, tb[2], tb[3]], fill=bg)
    cx = (tb[0] + tb[2]) / 2; gw = glyph.size[0]
    img.paste(glyph, (int(cx - gw / 2), sb[1] - 1 + (tb[3] - sb[3])))
    chars2 = list(old_str)
    # map the ti-th non-space char back to position in old_str
    k = -1
    for pos, c in enumerate(old_str):
        if c.strip():
            k += 1
            if k == ti: chars2[pos] = chars[sj]; break
    return "".join(chars2)


def region_from_other(img, quads, other_img, other_quads):
    x0, y0, x1, y1 = quads_bbox(quads); a0, b0, a1, b1 = quads_bbox(other_quads)
    pad = 3
    patch = other_img.crop((a0 - pad, b0 - pad, a1 + pad, b1 + pad)).convert(img.mode)
    th = (y1 - y0) + 2 * pad
    scale = th / patch.size[1]
    patch = patch.resize((max(4, int(patch.size[0] * scale)), th), Image.LANCZOS)
    bg, _ = bg_ink(img, (x0, y0, x1, y1))
    dr = ImageDraw.Draw(img); dr.rectangle([x0 - pad, y0 - pad, x1 + pad, y1 + pad], fill=bg)
    img.paste(patch, (x0 - pad, y0 - pad))
    return img


def save_like(img, path, src_path, quality=None, fmt=None):
    fmt = fmt or ("JPEG" if src_path.lower().endswith(".jpg") else "PNG")
    if fmt == "JPEG":
        kw = {}
        try:
            ex = Image.open(src_path).getexif()
            if ex: kw["exif"] = ex.tobytes()
        except Exception: pass
        img.convert("RGB" if img.mode not in ("L", "RGB") else img.mode).save(path, "JPEG", quality=quality or 88, **kw)
    else:
        img.save(path, "PNG")


def image_edit(src, method, field, dst, other=None):
    doc = src["_doc"]; meta = src["_meta"]
    if field not in meta["targets"]: return None
    pi, quads = meta["targets"][field]
    srcp = os.path.join(OUT, src["file"])
    if src["file"].endswith(".pdf"):
        pdf = pikepdf.open(srcp); page = pdf.pages[pi]
        name, xo = next(iter(page.Resources.XObject.items()))
        pim = pikepdf.PdfImage(xo); img = pim.as_pil_image()
        if img.size != tuple(meta["size"][pi]): return None
    else:
        img = Image.open(srcp); img.load(); img = img.copy()
    if method == "image_digit_clone":
        if field != "total": return None
        ns = clone_digit(img, quads, doc["total_num"])
        if not ns: return None
        lv = f"{parse_amount(ns, doc):.2f}"
    elif method == "image_region_from_other_scan":
        oimg = Image.open(os.path.join(OUT, other["file"])); oimg.load()
        region_from_other(img, quads, oimg, other["_meta"]["targets"][field][1])
        lv = other["_doc"]["buyer"]["name"] if field == "buyer" else None
        if field == "date": lv = other["_doc"]["date"].isoformat()
    else:
        nv = new_value(doc, field); old, new, lv = nv
        if field == "total" and "total_full" in meta["targets"]:
            quads = meta["targets"]["total_full"][1]; new = full_money(doc, Decimal(lv))
        paste_retyped(img, quads, new, field)
    if src["file"].endswith(".pdf"):
        bio = io.BytesIO(); img.save(bio, "JPEG", quality=meta["quality"])
        xo.write(bio.getvalue(), filter=pikepdf.Name.DCTDecode)
        pdf.save(dst)
    elif method == "image_paste_jpeg_resave":
        save_like(img, dst, srcp, quality=R.randint(70, 90), fmt="JPEG")
    else:
        save_like(img, dst, srcp, quality=meta.get("quality"))
    return [field], [lv]


def build_edits():
    inv = [r for r in RECS if r["is_invoice"] and r["_doc"].get("kind") and not r["arithmetic_error"]]
    textpdf = [r for r in inv if r["producer"] not in ("phone_photo",) and not r["producer"].startswith("scan_")]
    core = [r for r in textpdf if r["producer"] in ("rl_classic", "rl_band", "fpdf_plain") and r["language"] not in ("pl", "zh", "ja")]
    docxs = [r for r in textpdf if r["producer"] == "lo_writer_docx"]
    imgs = [r for r in inv if r["producer"] in ("scan_jpg", "scan_png")]
    pngs = [r for r in imgs if r["file"].endswith(".png")]
    spdf = [r for r in inv if r["producer"] == "scan_pdf"]
    photos = [r for r in inv if r["producer"] == "phone_photo"]
    used = {}
    plan_ = []
    for f in ["total", "date", "buyer", "quantity", "total", "date"]: plan_.append(("pikepdf_text_replace", core, f))
    for f in ["total", "buyer"]: plan_.append(("pikepdf_replace_pypdf_resave", core, f))
    for f in ["total", "buyer", "date", "total"]: plan_.append(("pypdf_incremental_overlay", textpdf, f))
    for f in ["total", "buyer", "date", "supplier", "total"]: plan_.append(("overlay_whitebox", textpdf, f))
    for f in ["total", "date", "buyer"]: plan_.append(("overlay_then_rasterized", textpdf, f))
    for f in ["total", "date"]: plan_.append(("docx_text_edit_lo_reexport", docxs, f))
    for f in ["total", "total", "date", "buyer", "date"]: plan_.append(("image_paste_retyped", imgs, f))
    for f in ["total"] * 3: plan_.append(("image_digit_clone", imgs, f))
    plan_.append(("image_digit_clone", photos, "total"))
    for f in ["buyer"] * 3: plan_.append(("image_region_from_other_scan", imgs, f))
    for f in ["total", "date"]: plan_.append(("image_paste_jpeg_resave", pngs, f))
    for f in ["total", "date", "buyer"]: plan_.append(("scanpdf_embedded_image_paste", spdf, f))
    for f in ["total", "date"]: plan_.append(("image_paste_retyped", photos, f))
    n = 0
    for method, pool, field in plan_:
        pool = sorted(pool, key=lambda r: (used.get(r["file"], 0), R.random()))
        done = False
        for src in pool:
            if field == "total" and not src["_doc"].get("total_num"): continue
            n1 = n + 1
            stem = os.path.splitext(src["file"])[0]
            ext = ".jpg" if method == "image_paste_jpeg_resave" else os.path.splitext(src["file"])[1]
            fname = f"e{n1:03d}_{stem}_{field}{ext}"
            dst = os.path.join(OUT, fname)
            try:
                if method in ("pikepdf_text_replace", "pikepdf_replace_pypdf_resave"):
                    res = edit_pike(src, field, dst, resave=method.endswith("resave"))
                elif method in ("pypdf_incremental_overlay", "overlay_whitebox", "overlay_then_rasterized"):
                    res = edit_overlay(src, field, dst, method)
                elif method == "docx_text_edit_lo_reexport":
                    res = edit_docx(src, field, dst)
                elif method == "image_region_from_other_scan":
                    others = [o for o in imgs if o is not src and field in o["_meta"]["targets"] and o["_doc"]["buyer"]["name"] != src["_doc"]["buyer"]["name"]
                              and o["_doc"]["lang"] == src["_doc"]["lang"]]
                    if not others: continue
                    res = image_edit(src, method, field, dst, other=R.choice(others))
                else:
                    res = image_edit(src, "image_paste_retyped" if method == "scanpdf_embedded_image_paste" else method, field, dst)
            except Exception as ex:
                log("edit failed", method, src["file"], field, repr(ex)); res = None
            if not res:
                if os.path.exists(dst): os.remove(dst)
                continue
            extra = {"image_edit": method.startswith("image_") or method.startswith("scanpdf")}
            if field == "quantity": extra["note"] = "quantity changed, line amount and totals left as they were"
            label_edit(src, fname, method, res[0], res[1], extra)
            used[src["file"]] = used.get(src["file"], 0) + 1
            n = n1; done = True
            break
        if not done: log("could not place edit", method, field)
    if DOCX_EDIT_JOBS:
        SOFFICE_JOBS.clear(); SOFFICE_JOBS.extend(DOCX_EDIT_JOBS); soffice_run()
    for r in EDIT_RECS:
        p = os.path.join(OUT, r["file"])
        r["pages"] = pdf_pages(p) if p.endswith(".pdf") and os.path.exists(p) else 1
    log("edits:", len(EDIT_RECS))


def write_labels():
    with open(os.path.join(ROOT, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for r in RECS + EDIT_RECS:
            o = {k: v for k, v in r.items() if not k.startswith("_")}
            o.setdefault("arithmetic_error", False)
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")


def main():
    for d in (OUT, TMP):
        shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    build_genuine()
    build_edits()
    write_labels()
    log("done")
    subprocess.run([sys.executable, os.path.join(ROOT, "check.py")])
    if "--keep" not in sys.argv:
        shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
