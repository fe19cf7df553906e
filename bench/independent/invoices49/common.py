"""Shared data model, formatting and label writing for the invoices49 corpus."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
WORK = os.path.join(HERE, "_work")
LABELS = os.path.join(HERE, "labels.jsonl")
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

Q2 = Decimal("0.01")


def q(x):
    return Decimal(x).quantize(Q2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- labels
L = {
 "en": dict(inv="TAX INVOICE", no="Invoice No.", date="Invoice Date", seller="Supplier", buyer="Bill To",
            desc="Description", qty="Qty", price="Unit Price", amt="Amount", sub="Subtotal", tax="VAT",
            total="Total Due", disc="Discount", ship="Shipping", hsn="HSN"),
 "zh": dict(inv="增值税专用发票", no="发票号码", date="开票日期", seller="销售方", buyer="购买方",
            desc="货物或应税劳务名称", qty="数量", price="单价", amt="金额", sub="合计", tax="税额",
            total="价税合计", disc="折扣", ship="运费", hsn="规格型号"),
 "de": dict(inv="RECHNUNG", no="Rechnungsnummer", date="Rechnungsdatum", seller="Lieferant", buyer="Rechnungsempfänger",
            desc="Bezeichnung", qty="Menge", price="Einzelpreis", amt="Betrag", sub="Nettobetrag", tax="MwSt.",
            total="Gesamtbetrag", disc="Rabatt", ship="Versand", hsn="Art.-Nr."),
 "fr": dict(inv="FACTURE", no="Facture n°", date="Date de facture", seller="Fournisseur", buyer="Client",
            desc="Désignation", qty="Qté", price="Prix unitaire HT", amt="Montant HT", sub="Total HT", tax="TVA",
            total="Total TTC", disc="Remise", ship="Frais de port", hsn="Réf."),
 "it": dict(inv="FATTURA", no="Fattura n.", date="Data", seller="Fornitore", buyer="Cliente",
            desc="Descrizione", qty="Q.tà", price="Prezzo unit.", amt="Importo", sub="Imponibile", tax="IVA",
            total="Totale documento", disc="Sconto", ship="Spese di trasporto", hsn="Cod."),
 "es": dict(inv="FACTURA", no="Nº de factura", date="Fecha", seller="Proveedor", buyer="Cliente",
            desc="Concepto", qty="Cant.", price="Precio unit.", amt="Importe", sub="Base imponible", tax="IVA",
            total="Total factura", disc="Descuento", ship="Portes", hsn="Ref."),
 "ja": dict(inv="請求書", no="請求書番号", date="発行日", seller="発行元", buyer="御中",
            desc="品名", qty="数量", price="単価", amt="金額", sub="小計", tax="消費税",
            total="ご請求金額", disc="値引き", ship="送料", hsn="品番"),
 "pl": dict(inv="FAKTURA VAT", no="Nr faktury", date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca",
            desc="Nazwa towaru", qty="Ilość", price="Cena netto", amt="Wartość netto", sub="Razem netto", tax="VAT",
            total="Do zapłaty", disc="Rabat", ship="Transport", hsn="PKWiU"),
 "nl": dict(inv="FACTUUR", no="Factuurnummer", date="Factuurdatum", seller="Leverancier", buyer="Factuuradres",
            desc="Omschrijving", qty="Aantal", price="Stukprijs", amt="Bedrag", sub="Subtotaal", tax="BTW",
            total="Totaal te betalen", disc="Korting", ship="Verzendkosten", hsn="Art.nr."),
}
AR = dict(inv="فاتورة ضريبية", no="رقم الفاتورة", date="تاريخ الفاتورة", seller="المورد", buyer="العميل",
          desc="الوصف", qty="الكمية", price="سعر الوحدة", amt="المبلغ", sub="المجموع الفرعي", tax="ضريبة القيمة المضافة",
          total="الإجمالي المستحق", disc="خصم", ship="الشحن", hsn="الرمز")

NONINV_TITLES = {
 "packing_list": {"en": "PACKING LIST", "de": "PACKLISTE", "zh": "装箱单", "fr": "LISTE DE COLISAGE"},
 "purchase_order": {"en": "PURCHASE ORDER", "de": "BESTELLUNG", "es": "ORDEN DE COMPRA", "nl": "INKOOPORDER"},
 "quotation": {"en": "QUOTATION", "it": "PREVENTIVO", "ja": "御見積書", "pl": "OFERTA"},
 "delivery_note": {"en": "DELIVERY NOTE", "de": "LIEFERSCHEIN", "fr": "BON DE LIVRAISON", "nl": "PAKBON"},
 "other": {"en": "PRICE LIST", "de": "PREISLISTE", "zh": "价格表"},
}
TITLE_BY_TYPE = {
 "proforma": {"en": "PROFORMA INVOICE", "zh": "形式发票 PROFORMA INVOICE", "de": "PROFORMARECHNUNG", "fr": "FACTURE PRO FORMA"},
 "receipt": {"en": "CASH MEMO / RECEIPT", "ja": "領収書", "es": "RECIBO", "it": "RICEVUTA"},
 "credit_note": {"en": "CREDIT NOTE", "de": "GUTSCHRIFT", "fr": "AVOIR", "pl": "FAKTURA KORYGUJĄCA", "nl": "CREDITNOTA"},
 "invoice": {"en": "COMMERCIAL INVOICE"},
}

# ---------------------------------------------------------------- parties (all invented)
SUPPLIERS = {
 "ae": ["Al Qamar Trading FZE", "Khor Saffron General Trading LLC", "Deira Blue Pearl Electronics LLC",
        "Jebel Crest Re-Export FZCO", "Nakheel Lane Wholesale Textiles LLC"],
 "sa": ["Rimal Al Sharq Trading Est.", "Wadi Tuwaiq Household Supplies Co.", "Dar Al Nakhla Cosmetics Co."],
 "in": ["Shree Ganeshkripa Exports Pvt. Ltd.", "Kaveri Leatherworks LLP", "Narmada Home Textiles Pvt Ltd"],
 "pk": ["Sialkot Starfield Sports (Pvt) Ltd", "Indus Loom Towels Co."],
 "eg": ["Nile Delta Cotton Garments S.A.E.", "Alex Papyrus Crafts Co."],
 "tr": ["Ege Yildiz Tekstil San. ve Tic. Ltd. Sti."],
 "cn": ["Yiwu Huaxin Plastic Products Co., Ltd.", "Shenzhen Lumiray Electronic Technology Co., Ltd.",
        "Ningbo Haichen Kitchenware Co., Ltd."],
 "de": ["Brandtal Haushaltswaren GmbH", "Kessler & Voss Elektro KG"],
 "fr": ["Maison Verlaine Textiles SARL", "Atelier Roucas SAS"],
 "it": ["Ceramiche Valdoria S.r.l."], "es": ["Distribuciones Alcarreña S.L."],
 "ja": ["株式会社ミナト精工", "有限会社さくら雑貨"], "pl": ["Przedsiębiorstwo Handlowe Wisłomar Sp. z o.o."],
 "nl": ["Van Dellen Groothandel B.V."], "uk": ["Thamesbrook Wholesale Ltd"],
}
SUPPLIERS_ZH = ["义乌市华鑫塑料制品有限公司", "深圳市鲁米瑞电子科技有限公司", "宁波海辰厨具有限公司"]
BUYERS = ["Desert Fox Retail FZ-LLC", "Souq Harbor E-Commerce LLC", "Marhaba Online Store FZE", "Kestrel Goods Ltd",
          "Najd Bazaar Online Est.", "Arjun Ventures Private Limited", "Falcon Cart General Trading LLC",
          "Brightwell Marketplace Ltd", "Oasis Prime Sellers FZCO", "Sahil Retail Solutions LLP",
          "Zuhra Home & Living LLC", "Lotus Crate Trading FZE"]
BUYERS_ZH = ["迪拜沙狐零售有限公司", "莲花箱贸易有限公司"]
BUYERS_JA = ["株式会社オアシス商事", "ファルコン・カート合同会社"]
CITIES = {"ae": "Dubai, UAE", "sa": "Riyadh, Kingdom of Saudi Arabia", "in": "Surat, Gujarat, India",
          "pk": "Sialkot, Pakistan", "eg": "Alexandria, Egypt", "tr": "Denizli, Türkiye", "cn": "Zhejiang, China",
          "de": "Bielefeld, Deutschland", "fr": "Lyon, France", "it": "Sassuolo (MO), Italia", "es": "Guadalajara, España",
          "ja": "大阪府大阪市", "pl": "Łódź, Polska", "nl": "Zwolle, Nederland", "uk": "Leicester, United Kingdom"}

ITEMS = [("Stainless steel water bottle 750ml", "7323"), ("Cotton bath towel 70x140", "6302"),
         ("LED desk lamp USB-C", "9405"), ("Silicone baking mat set", "3924"), ("Leather card wallet", "4202"),
         ("Bluetooth earbuds TW-22", "8518"), ("Ceramic coffee mug 350ml", "6912"), ("Yoga mat 6mm TPE", "9506"),
         ("Phone case clear TPU", "3926"), ("Men's cotton polo shirt", "6105"), ("Kids backpack 12in", "4202"),
         ("Aroma oud incense box", "3307"), ("Cricket ball leather", "9506"), ("Kitchen knife 8in", "8211"),
         ("Football size 5 PU", "9506"), ("Glass food container 1L", "7013"), ("Wall clock 30cm", "9105"),
         ("Hair dryer 1800W", "8516"), ("Prayer mat velvet", "5702"), ("Dates gift box 500g", "0804")]
ITEMS_ZH = ["不锈钢保温杯", "硅胶烘焙垫", "LED台灯", "蓝牙耳机", "陶瓷咖啡杯", "厨房刀具", "玻璃保鲜盒", "手机壳"]
ITEMS_JA = ["ステンレスボトル", "綿バスタオル", "LEDデスクライト", "セラミックマグ", "ヨガマット"]
ITEMS_LOC = {
 "de": ["Edelstahl-Trinkflasche", "Baumwoll-Badetuch", "LED-Schreibtischlampe", "Keramikbecher", "Küchenmesser"],
 "fr": ["Gourde inox 750 ml", "Serviette coton", "Lampe de bureau LED", "Mug céramique", "Tapis de yoga"],
 "it": ["Piastrella gres 30x30", "Tazza in ceramica", "Vaso decorativo", "Piatto piano 27cm"],
 "es": ["Botella de acero", "Toalla de algodón", "Lámpara LED", "Taza de cerámica", "Esterilla de yoga"],
 "pl": ["Butelka stalowa", "Ręcznik bawełniany", "Lampka LED", "Kubek ceramiczny", "Mata do jogi"],
 "nl": ["RVS drinkfles", "Katoenen handdoek", "LED bureaulamp", "Keramische mok", "Yogamat"],
}

CUR_SYMBOL = {"AED": "AED", "SAR": "SAR", "INR": "₹", "USD": "USD", "CNY": "¥", "EUR": "€", "JPY": "¥",
              "PLN": "zł", "GBP": "£"}


def fmt_num(x, style, dec=2):
    x = Decimal(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:.{dec}f}"
    ip, _, fp = s.partition(".")
    if style == "in":  # lakh grouping
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            groups = []
            while len(head) > 2:
                groups.insert(0, head[-2:]); head = head[:-2]
            if head: groups.insert(0, head)
            ip = ",".join(groups + [tail])
        sep_d = "."
    else:
        g = []
        while len(ip) > 3:
            g.insert(0, ip[-3:]); ip = ip[:-3]
        g.insert(0, ip)
        th, sep_d = {"en": (",", "."), "eu": (".", ","), "fr": ("\u202f", ","), "sp": (" ", ","),
                     "ch": ("'", ".")}[style]
        ip = th.join(g)
    out = ip + (sep_d + fp if dec else "")
    return ("-" if neg else "") + out


def fmt_money(x, cur, style, dec=2):
    n = fmt_num(x, style, dec)
    if cur == "EUR": return n + " €"
    if cur == "PLN": return n + " zł"
    if cur in ("JPY",): return "¥" + n
    if cur == "CNY": return "¥" + n
    if cur == "INR": return "₹" + n
    if cur == "GBP": return "£" + n
    if style == "en" and cur == "USD" and random.random() < 0.5: return n + " USD"
    return cur + " " + n


MONTHS = {
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
 "en": "January February March April May June July August September October November December".split(),
}


def fmt_date(d, style):
    if style == "dmy.": return d.strftime("%d.%m.%Y")
    if style == "dmy/": return d.strftime("%d/%m/%Y")
    if style == "mdy/": return d.strftime("%m/%d/%Y")
    if style == "dmy-": return d.strftime("%d-%m-%Y")
    if style == "ymd/": return d.strftime("%Y/%m/%d")
    if style == "iso": return d.isoformat()
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "dmon": return d.strftime("%d-%b-%Y")
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en": return f"{d.day} {m} {d.year}"
        if lg == "de": return f"{d.day}. {m} {d.year}"
        if lg == "es": return f"{d.day} de {m} de {d.year}"
        return f"{d.day} {m} {d.year}"
    raise ValueError(style)


# profile: region -> defaults
PROFILES = {
 "ae": dict(lang="en", cur="AED", tax=Decimal("5"), num="en", date="dmy/", arabic=True, taxid="TRN"),
 "sa": dict(lang="en", cur="SAR", tax=Decimal("15"), num="en", date="iso", arabic=True, taxid="VAT No."),
 "in": dict(lang="en", cur="INR", tax=Decimal("18"), num="in", date="dmon", arabic=False, taxid="GSTIN"),
 "pk": dict(lang="en", cur="USD", tax=Decimal("0"), num="en", date="dmon", arabic=False, taxid="NTN"),
 "eg": dict(lang="en", cur="USD", tax=Decimal("0"), num="en", date="dmy/", arabic=False, taxid="Tax Reg. No."),
 "tr": dict(lang="en", cur="USD", tax=Decimal("0"), num="eu", date="dmy.", arabic=False, taxid="VKN"),
 "cn": dict(lang="en", cur="USD", tax=Decimal("0"), num="en", date="ymd/", arabic=False, taxid="USCC"),
 "cnvat": dict(lang="zh", cur="CNY", tax=Decimal("13"), num="en", date="cjk", arabic=False, taxid="纳税人识别号"),
 "de": dict(lang="de", cur="EUR", tax=Decimal("19"), num="eu", date="dmy.", arabic=False, taxid="USt-IdNr."),
 "fr": dict(lang="fr", cur="EUR", tax=Decimal("20"), num="fr", date="long_fr", arabic=False, taxid="N° TVA"),
 "it": dict(lang="it", cur="EUR", tax=Decimal("22"), num="eu", date="dmy/", arabic=False, taxid="P.IVA"),
 "es": dict(lang="es", cur="EUR", tax=Decimal("21"), num="eu", date="dmy/", arabic=False, taxid="NIF"),
 "ja": dict(lang="ja", cur="JPY", tax=Decimal("10"), num="en", date="cjk", arabic=False, taxid="登録番号"),
 "pl": dict(lang="pl", cur="PLN", tax=Decimal("23"), num="sp", date="dmy.", arabic=False, taxid="NIP"),
 "nl": dict(lang="nl", cur="EUR", tax=Decimal("21"), num="eu", date="dmy-", arabic=False, taxid="BTW-nr"),
 "uk": dict(lang="en", cur="GBP", tax=Decimal("20"), num="en", date="long_en", arabic=False, taxid="VAT Reg No"),
 "us": dict(lang="en", cur="USD", tax=Decimal("0"), num="en", date="mdy/", arabic=False, taxid="EIN"),
}


def taxid(rng, region):
    if region == "ae": return "1003" + "".join(rng.choice("0123456789") for _ in range(11))
    if region == "sa": return "3" + "".join(rng.choice("0123456789") for _ in range(13)) + "3"
    if region == "in":
        return "24" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(5)) + \
               "".join(rng.choice("0123456789") for _ in range(4)) + rng.choice("ABCDEFGH") + "1Z" + rng.choice("0123456789")
    if region == "cnvat": return "91330" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(13))
    if region in ("de",): return "DE" + "".join(rng.choice("0123456789") for _ in range(9))
    if region == "fr": return "FR" + "".join(rng.choice("0123456789") for _ in range(11))
    if region == "it": return "IT" + "".join(rng.choice("0123456789") for _ in range(11))
    if region == "es": return "B" + "".join(rng.choice("0123456789") for _ in range(8))
    if region == "pl": return "".join(rng.choice("0123456789") for _ in range(3)) + "-" + "".join(rng.choice("0123456789") for _ in range(3)) + "-" + "".join(rng.choice("0123456789") for _ in range(2)) + "-" + "".join(rng.choice("0123456789") for _ in range(2))
    if region == "nl": return "NL" + "".join(rng.choice("0123456789") for _ in range(9)) + "B01"
    if region == "ja": return "T" + "".join(rng.choice("0123456789") for _ in range(13))
    if region == "uk": return "GB " + " ".join("".join(rng.choice("0123456789") for _ in range(k)) for k in (3, 4, 2))
    return "".join(rng.choice("0123456789") for _ in range(9))


def make_doc(rng, region, doc_type="tax_invoice", n_items=None, arith_error=False, lang=None):
    """Builds an invoice-like data dict with correct arithmetic (unless arith_error)."""
    p = dict(PROFILES[region])
    if lang: p["lang"] = lang
    lg = p["lang"]
    sreg = {"cnvat": "cn", "us": "uk"}.get(region, region)
    if lg == "zh":
        supplier = rng.choice(SUPPLIERS_ZH); buyer = rng.choice(BUYERS_ZH)
    elif lg == "ja":
        supplier = rng.choice(SUPPLIERS["ja"]); buyer = rng.choice(BUYERS_JA)
    else:
        supplier = rng.choice(SUPPLIERS.get(sreg, SUPPLIERS["uk"])); buyer = rng.choice(BUYERS)
    d = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 690))
    n = n_items or rng.randint(2, 7)
    items = []
    cur = p["cur"]
    dec = 0 if cur == "JPY" else 2
    for i in range(n):
        if lg == "zh": desc, code = rng.choice(ITEMS_ZH), "型号" + str(rng.randint(100, 999))
        elif lg == "ja": desc, code = rng.choice(ITEMS_JA), f"J-{rng.randint(1000, 9999)}"
        elif lg in ITEMS_LOC: desc, code = rng.choice(ITEMS_LOC[lg]), f"{rng.randint(10000, 99999)}"
        else: desc, code = rng.choice(ITEMS)
        qty = rng.choice([1, 2, 3, 5, 6, 10, 12, 20, 24, 25, 36, 48, 50, 60, 100, 120, 200, 250, 500])
        if cur == "JPY": price = Decimal(rng.randint(2, 400) * 10)
        elif cur == "INR": price = q(Decimal(rng.randint(4000, 250000)) / 100)
        elif cur in ("AED", "SAR", "CNY", "PLN"): price = q(Decimal(rng.randint(250, 40000)) / 100)
        else: price = q(Decimal(rng.randint(35, 9000)) / 100)
        items.append(dict(desc=desc, code=code, qty=qty, price=price, amount=q(price * qty)))
    sub = sum(it["amount"] for it in items)
    disc = Decimal(0); ship = Decimal(0)
    if rng.random() < 0.3: disc = q(sub * Decimal(rng.choice([2, 3, 5, 10])) / 100)
    if rng.random() < 0.35: ship = q(Decimal(rng.randint(1500, 30000)) / 100) if cur != "JPY" else Decimal(rng.randint(5, 30) * 100)
    if cur == "JPY": disc = disc.quantize(Decimal(1))
    taxable = sub - disc + ship
    rate = p["tax"] if doc_type not in ("proforma",) or region in ("ae", "sa", "in") else Decimal(0)
    if rng.random() < 0.1 and region not in ("ae", "sa", "in", "cnvat"): rate = Decimal(0)
    tax = q(taxable * rate / 100)
    if cur == "JPY": tax = tax.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    total = taxable + tax
    err = None
    if arith_error:
        kind = rng.choice(["line", "tax", "total"])
        if kind == "line":
            k = rng.randrange(n); items[k]["amount"] = items[k]["amount"] + Decimal(rng.choice([10, 100, 1, 9]))
            err = f"line {k+1} amount does not equal qty x price"
        elif kind == "tax":
            tax = tax + Decimal(rng.choice(["1.00", "10.00", "0.50"])); total = taxable + tax
            err = "tax amount does not equal rate x taxable"
        else:
            total = total + Decimal(rng.choice(["10.00", "100.00", "0.90", "-1.00"]))
            err = "grand total does not equal sum of components"
    gst_split = None
    if region == "in":
        gst_split = "igst" if rng.random() < 0.5 else "cgst_sgst"
    doc = dict(region=region, lang=lg, cur=cur, dec=dec, num=p["num"], datefmt=p["date"], arabic=p["arabic"],
               taxid_label=p["taxid"], supplier=supplier, buyer=buyer,
               supplier_addr=CITIES.get(sreg, "Dubai, UAE"), buyer_addr=rng.choice(
                   ["Office 1204, Business Bay, Dubai, UAE", "Warehouse 7, Al Quoz 3, Dubai, UAE",
                    "Unit 22, Dammam 2nd Industrial City, KSA", "Plot 41, Bhiwandi, Maharashtra, India",
                    "Unit 5, Trafford Park, Manchester, UK", "JAFZA LOB 16, Jebel Ali, Dubai, UAE"]),
               supplier_tax=taxid(rng, region), buyer_tax=taxid(rng, "ae" if region in ("ae", "cn", "pk", "eg", "tr") else region),
               number=f"{rng.choice(['INV', 'TI', 'SI', 'F', 'RE', 'FV', 'NO'])}-{d.year}-{rng.randint(100, 99999):05d}",
               date=d, items=items, sub=sub, disc=disc, ship=ship, rate=rate, tax=tax, total=total,
               doc_type=doc_type, arith_error=arith_error, arith_note=err, gst_split=gst_split)
    return doc


def T(doc):
    return L[doc["lang"]]


def money(doc, x):
    return fmt_money(x, doc["cur"], doc["num"], doc["dec"])


def num(doc, x):
    return fmt_num(x, doc["num"], doc["dec"])


def dstr(doc, d=None):
    return fmt_date(d or doc["date"], doc["datefmt"])


def title(doc):
    dt = doc["doc_type"]; lg = doc["lang"]
    if dt == "tax_invoice": return L[lg]["inv"]
    if dt in NONINV_TITLES: return NONINV_TITLES[dt].get(lg, NONINV_TITLES[dt]["en"])
    if dt in TITLE_BY_TYPE: return TITLE_BY_TYPE[dt].get(lg, TITLE_BY_TYPE[dt]["en"])
    return L[lg]["inv"]


def tax_label(doc):
    if doc["region"] == "in":
        return "IGST" if doc["gst_split"] == "igst" else "CGST+SGST"
    return T(doc)["tax"]


def tax_lines(doc):
    """List of (label, amount) tax rows."""
    if doc["rate"] == 0: return []
    r = doc["rate"]
    rs = f"{r.normalize():f}"
    if doc["region"] == "in" and doc["gst_split"] == "cgst_sgst":
        half = q(doc["tax"] / 2)
        other = doc["tax"] - half
        hr = f"{(r / 2).normalize():f}"
        return [(f"CGST @ {hr}%", half), (f"SGST @ {hr}%", other)]
    return [(f"{tax_label(doc)} {rs}%", doc["tax"])]


# ---------------------------------------------------------------- labels file
def _rec_defaults():
    return dict(genuine=True, edit_method=None, what_changed=[], edit_before_capture=False, arithmetic_error=False)


def label_for(doc, fname, producer, pages, is_invoice=None, **kw):
    dt = doc["doc_type"]
    inv = dt in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma") if is_invoice is None else is_invoice
    lang = doc["lang"]
    if doc.get("arabic") and lang == "en" and producer.split("_")[0] in ("weasyprint", "chromium"):
        lang = "en+ar"  # only the HTML producers print the Arabic labels
    rec = _rec_defaults()
    rec.update(file=fname, producer=producer, language=lang, is_invoice=inv, doc_type=dt,
               date=doc["date"].isoformat(), total=f"{doc['total']:.2f}", currency=doc["cur"],
               supplier=doc["supplier"], buyer=doc["buyer"], pages=pages,
               arithmetic_error=bool(doc.get("arith_error")))
    if doc.get("arith_note"): rec["arithmetic_note"] = doc["arith_note"]
    rec.update(kw)
    return rec


def write_labels(recs, append=True):
    with open(LABELS, "a" if append else "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def load_labels():
    out = []
    if os.path.exists(LABELS):
        for line in open(LABELS, encoding="utf-8"):
            if line.strip(): out.append(json.loads(line))
    return out


def save_meta(name, doc, extra=None):
    """Keep the data dict of each genuine file for the editing step."""
    m = dict(doc); m["date"] = doc["date"].isoformat()
    m["items"] = [dict(it, price=str(it["price"]), amount=str(it["amount"])) for it in doc["items"]]
    for k in ("sub", "disc", "ship", "rate", "tax", "total"): m[k] = str(doc[k])
    if extra: m.update(extra)
    with open(os.path.join(WORK, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(m, f, ensure_ascii=False)


def load_meta(name):
    m = json.load(open(os.path.join(WORK, name + ".json"), encoding="utf-8"))
    m["date"] = datetime.date.fromisoformat(m["date"])
    for k in ("sub", "disc", "ship", "rate", "tax", "total"): m[k] = Decimal(m[k])
    for it in m["items"]: it["price"] = Decimal(it["price"]); it["amount"] = Decimal(it["amount"])
    return m
