#!/usr/bin/env python
"""Test-set generator: invoices of a Guangzhou cross-border Amazon seller (invoices21).

Writes files/ and labels.jsonl.  Everything (companies, numbers, tax ids) is invented.
Run:  /work/main/.venv/bin/python make.py
"""
import copy, datetime as dt, html, io, json, os, random, re, shutil, subprocess, sys
from decimal import Decimal as D, ROUND_HALF_UP

import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
import pypdfium2 as pdfium
import pikepdf
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, DecodedStreamObject

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
TMP = os.path.join(HERE, "_build")
R = random.Random(2126)
WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
Q2 = D("0.01")


def q(x):
    return D(x).quantize(Q2, ROUND_HALF_UP)


# ---------------------------------------------------------------- formatting
def fmt_num(x, style, dec=2):
    x = D(x)
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    if style in ("en", "zh", "ja", "tw", "hk"):
        r = s
    elif style in ("de", "it", "es", "nl"):
        r = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style in ("fr", "pl"):
        r = s.replace(",", " ").replace(".", ",")
    else:
        r = s
    return ("-" if neg else "") + r


CUR = {"CNY": "¥", "USD": "$", "GBP": "£", "EUR": "€", "HKD": "HK$", "TWD": "NT$", "JPY": "¥", "PLN": "zł"}


def money(x, doc, sym=True):
    st = doc["numstyle"]
    dec = 0 if doc["currency"] in ("JPY", "TWD") else 2
    n = fmt_num(x, st, dec)
    if not sym:
        return n
    c = doc["currency"]
    if c == "EUR":
        return f"{n} €" if st in ("de", "fr", "es", "it", "pl") else f"€ {n}"
    if c == "PLN":
        return f"{n} zł"
    if c in ("USD", "GBP", "HKD", "TWD", "CNY", "JPY"):
        return CUR[c] + n
    return n


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


def fmt_date(d, style):
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "cn":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cn_short":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "uk":
        return d.strftime("%d/%m/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    if style == "dash_eu":
        return d.strftime("%d-%m-%Y")
    if style.startswith("long_"):
        lg = style[5:]
        if lg == "en":
            return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
        if lg == "enus":
            return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
        if lg == "es":
            return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
        return f"{d.day}{'.' if lg=='de' else ''} {MONTHS[lg][d.month-1]} {d.year}"
    if style == "tw":
        return f"{d.year-1911}年{d.month:02d}月{d.day:02d}日"
    return d.isoformat()


CN_DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(x):
    x = q(x)
    yuan = int(x)
    cents = int((x * 100) % 100)
    jiao, fen = cents // 10, cents % 10
    units = ["", "拾", "佰", "仟"]
    bigs = ["", "万", "亿", "万亿"]
    groups = []
    n = yuan
    while n:
        groups.append(n % 10000)
        n //= 10000
    res = ""
    need_zero = False
    for gi in range(len(groups) - 1, -1, -1):
        g = groups[gi]
        if g == 0:
            need_zero = bool(res)
            continue
        if res and (g < 1000 or need_zero):
            res += "零"
        need_zero = False
        gs, zero = "", False
        for k in range(3, -1, -1):
            dg = (g // 10 ** k) % 10
            if dg == 0:
                if gs:
                    zero = True
            else:
                if zero:
                    gs += "零"
                    zero = False
                gs += CN_DIG[dg] + units[k]
        res += gs + bigs[gi]
    if not res:
        res = "零"
    res += "圆"
    if cents == 0:
        return res + "整"
    if jiao:
        res += CN_DIG[jiao] + "角"
    elif yuan:
        res += "零"
    if fen:
        res += CN_DIG[fen] + "分"
    return res


# ---------------------------------------------------------------- parties
def uscc():
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + R.choice(["440101", "440106", "440300", "441900", "330782", "440604", "442000", "330203", "440500", "350200"]) + "".join(R.choice(al) for _ in range(10))


BUYERS = {
    "zh": ("广州穗联跨境电子商务有限公司", "广州市番禺区南村镇榕溪路218号3栋502", "91440113MA5CX8R27J"),
    "en": ("Guangzhou Suilian Cross-Border E-Commerce Co., Ltd.", "Rm 502, Bldg 3, No. 218 Rongxi Road, Nancun Town, Panyu District, Guangzhou 511442, China", "USCC 91440113MA5CX8R27J"),
    "eu": ("Suilian Commerce Europe B.V.", "Kade-Oost 41, 3011 AZ Rotterdam, Nederland", "NL862519044B01"),
    "uk": ("Suilian Trading UK Ltd", "Unit 7, Hollins Court, Wellbrook Lane, Leicester LE4 9QT", "GB 418 2273 09"),
    "us": ("Suilian Global LLC", "1840 Arden Park Blvd, Suite 210, Ontario, CA 91761", "EIN 88-4172630"),
}
ALT_BUYERS = ["Shenzhen Qianyue Trading Co., Ltd.", "深圳市前悦贸易有限公司", "Luminar Home Goods Ltd", "Hanwell Outdoor GmbH", "广州市荔湾区辰茂百货商行", "Tonghe Supply Chain (HK) Ltd", "Nordkap Versand GmbH"]

CN_SUP = [
    ("深圳市锐拓电子科技有限公司", "Shenzhen Ruituo Electronic Technology Co., Ltd.", "深圳市宝安区福永街道凤塘大道亿丰工业园B栋4楼"),
    ("东莞市恒岳塑胶制品有限公司", "Dongguan Hengyue Plastic Products Co., Ltd.", "东莞市长安镇上沙第三工业区荣兴路12号"),
    ("义乌市千禾日用品有限公司", "Yiwu Qianhe Daily Necessities Co., Ltd.", "浙江省义乌市稠江街道杨村路377号"),
    ("佛山市顺德区美厨五金电器有限公司", "Foshan Shunde Meichu Hardware & Appliance Co., Ltd.", "佛山市顺德区容桂街道华口工业区兴华路9号"),
    ("中山市朗晖照明科技有限公司", "Zhongshan Langhui Lighting Technology Co., Ltd.", "中山市古镇镇东兴西路23号"),
    ("宁波甬旭包装材料有限公司", "Ningbo Yongxu Packaging Material Co., Ltd.", "宁波市鄞州区姜山镇茅东工业区8号"),
    ("汕头市澄海区乐童玩具厂", "Shantou Chenghai Letong Toys Factory", "汕头市澄海区莲下镇槐东工业区"),
    ("厦门海翊户外用品有限公司", "Xiamen Haiyi Outdoor Products Co., Ltd.", "厦门市同安区西柯街道美禾六路118号"),
    ("深圳市讯邦数码配件有限公司", "Shenzhen Xunbang Digital Accessories Co., Ltd.", "深圳市龙华区大浪街道华荣路联建科技园5栋"),
    ("泉州市鸿步鞋服有限公司", "Quanzhou Hongbu Shoes & Apparel Co., Ltd.", "福建省泉州市晋江市陈埭镇江头工业区"),
    ("杭州云梭服饰有限公司", "Hangzhou Yunsuo Apparel Co., Ltd.", "杭州市余杭区临平街道望梅路66号"),
    ("广州市白云区鑫达皮具厂", "Guangzhou Baiyun Xinda Leather Goods Factory", "广州市白云区石井街道潭村工业区二横路"),
    ("广州优速国际货运代理有限公司", "Guangzhou Yousu International Freight Forwarding Co., Ltd.", "广州市白云区机场路棠涌段航云大厦1106"),
    ("苏州纬纺家纺有限公司", "Suzhou Weifang Home Textile Co., Ltd.", "苏州市吴江区盛泽镇西二环路1088号"),
]
CN_SUP = [(a, b, c, uscc()) for a, b, c in CN_SUP]

CN_ITEMS = [
    ("*电子元件*Type-C数据线", "1m 编织", "条", "Type-C braided cable 1m", 6.80),
    ("*电子元件*氮化镓充电器", "65W 双口", "个", "GaN charger 65W 2-port", 48.50),
    ("*塑料制品*PP收纳盒", "30L 透明", "个", "PP storage box 30L", 15.20),
    ("*日用杂品*硅胶折叠水杯", "350ml", "个", "Silicone collapsible cup 350ml", 9.60),
    ("*照明装置*LED护眼台灯", "T12 三档调光", "台", "LED desk lamp, 3-level dimming", 62.00),
    ("*箱包*帆布托特包", "38x42cm", "个", "Canvas tote bag 38x42cm", 11.40),
    ("*玩具*磁力积木", "64片装", "套", "Magnetic building tiles, 64 pcs", 39.00),
    ("*服装*男士速干T恤", "XL 黑色", "件", "Men's quick-dry T-shirt XL", 18.50),
    ("*家用电器*电动奶泡器", "USB充电", "个", "Electric milk frother, USB", 21.30),
    ("*包装材料*瓦楞纸箱", "5层 40x30x30", "个", "Corrugated carton 5-ply", 3.85),
    ("*纺织品*珊瑚绒毛毯", "150x200cm", "条", "Coral fleece blanket 150x200", 27.50),
    ("*户外用品*折叠露营椅", "铝合金", "把", "Folding camping chair, aluminium", 58.00),
    ("*眼镜*偏光太阳镜", "TR90", "副", "Polarized sunglasses TR90", 16.80),
    ("*鞋*儿童运动鞋", "28-35码", "双", "Kids sports shoes 28-35", 36.00),
    ("*五金*不锈钢挂钩", "5只装", "套", "Stainless steel hooks, 5-pack", 4.20),
    ("*运输服务*国际货物运输代理服务", "", "票", "International freight forwarding", 3600.00),
]


# ---------------------------------------------------------------- labels per language
LBL = {
    "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
               packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", other="PRICE LIST",
               no="Invoice No.", date="Date", due="Due date", seller="From", buyer="Bill to", desc="Description", qty="Qty", unit="Unit price",
               amount="Amount", sub="Subtotal", disc="Discount", ship="Shipping", tax="VAT", total="Total", vat="VAT No.", page="Page",
               terms="Payment due within 30 days. Bank transfer only.", ctn="Cartons", gw="G.W. (kg)"),
    "de": dict(invoice="Rechnung", tax_invoice="Rechnung", receipt="Quittung", credit_note="Gutschrift", proforma="Proformarechnung",
               packing_list="Packliste", purchase_order="Bestellung", quotation="Angebot", delivery_note="Lieferschein", other="Preisliste",
               no="Rechnungsnr.", date="Datum", due="Fällig am", seller="Verkäufer", buyer="Rechnungsempfänger", desc="Bezeichnung", qty="Menge",
               unit="Einzelpreis", amount="Gesamt", sub="Zwischensumme netto", disc="Rabatt", ship="Versandkosten", tax="USt.", total="Rechnungsbetrag",
               vat="USt-IdNr.", page="Seite", terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.", ctn="Kartons", gw="Brutto (kg)"),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA", packing_list="LISTE DE COLISAGE",
               purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON", other="TARIF",
               no="Facture n°", date="Date", due="Échéance", seller="Vendeur", buyer="Client", desc="Désignation", qty="Qté", unit="P.U. HT",
               amount="Montant HT", sub="Total HT", disc="Remise", ship="Frais de port", tax="TVA", total="Total TTC", vat="N° TVA", page="Page",
               terms="Paiement à 30 jours. Pénalités de retard : 3 fois le taux légal.", ctn="Colis", gw="Poids brut"),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA", packing_list="PACKING LIST",
               purchase_order="ORDINE", quotation="PREVENTIVO", delivery_note="DDT", other="LISTINO", no="Fattura n.", date="Data", due="Scadenza",
               seller="Fornitore", buyer="Cliente", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.", amount="Importo", sub="Imponibile",
               disc="Sconto", ship="Spese di spedizione", tax="IVA", total="Totale documento", vat="P.IVA", page="Pagina",
               terms="Pagamento: bonifico bancario 30 gg d.f.", ctn="Colli", gw="Peso lordo"),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
               packing_list="LISTA DE EMPAQUE", purchase_order="PEDIDO", quotation="PRESUPUESTO", delivery_note="ALBARÁN", other="TARIFA",
               no="Factura nº", date="Fecha", due="Vencimiento", seller="Proveedor", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Precio",
               amount="Importe", sub="Base imponible", disc="Descuento", ship="Portes", tax="IVA", total="Total factura", vat="NIF", page="Página",
               terms="Forma de pago: transferencia a 30 días.", ctn="Bultos", gw="Peso bruto"),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMA FACTUUR", packing_list="PAKLIJST",
               purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON", other="PRIJSLIJST", no="Factuurnummer", date="Factuurdatum",
               due="Vervaldatum", seller="Leverancier", buyer="Factuuradres", desc="Omschrijving", qty="Aantal", unit="Prijs", amount="Bedrag",
               sub="Subtotaal", disc="Korting", ship="Verzendkosten", tax="BTW", total="Totaal", vat="BTW-nr.", page="Pagina",
               terms="Gelieve binnen 14 dagen te betalen o.v.v. het factuurnummer.", ctn="Dozen", gw="Bruto (kg)"),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PROFORMA",
               packing_list="LISTA PAKUNKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ", other="CENNIK", no="Nr faktury",
               date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru/usługi", qty="Ilość",
               unit="Cena netto", amount="Wartość netto", sub="Razem netto", disc="Rabat", ship="Transport", tax="VAT", total="Do zapłaty",
               vat="NIP", page="Strona", terms="Sposób płatności: przelew 14 dni.", ctn="Kartony", gw="Waga brutto"),
    "ja": dict(invoice="請求書", tax_invoice="請求書", receipt="領収書", credit_note="返品伝票", proforma="見積請求書", packing_list="梱包明細書",
               purchase_order="注文書", quotation="御見積書", delivery_note="納品書", other="価格表", no="請求番号", date="請求日", due="お支払期限",
               seller="発行元", buyer="請求先", desc="品名", qty="数量", unit="単価", amount="金額", sub="小計", disc="値引", ship="送料",
               tax="消費税", total="ご請求金額", vat="登録番号", page="頁", terms="下記口座へお振込みください。振込手数料は貴社ご負担でお願いいたします。",
               ctn="箱数", gw="総重量"),
    "zh": dict(invoice="发票", tax_invoice="发票", receipt="收据", credit_note="红字发票", proforma="形式发票", packing_list="装箱单",
               purchase_order="采购订单", quotation="报价单", delivery_note="送货单", other="销货清单", no="单号", date="日期", due="付款期限",
               seller="销售方", buyer="购买方", desc="货物名称", qty="数量", unit="单价", amount="金额", sub="小计", disc="折扣", ship="运费",
               tax="税额", total="合计", vat="税号", page="页", terms="请于收货后30天内付款。", ctn="箱数", gw="毛重(kg)"),
    "zh-Hant": dict(invoice="發票", tax_invoice="發票", receipt="收據", credit_note="折讓單", proforma="形式發票", packing_list="裝箱單",
                    purchase_order="採購單", quotation="報價單", delivery_note="送貨單", other="價目表", no="發票編號", date="日期", due="付款期限",
                    seller="賣方", buyer="買方", desc="品名", qty="數量", unit="單價", amount="金額", sub="小計", disc="折扣", ship="運費",
                    tax="稅額", total="總計", vat="統一編號", page="頁", terms="請於發票日起30天內電匯付款。", ctn="箱數", gw="毛重"),
}
LBL["zh-en"] = {k: (LBL["zh"][k] + " " + v if k not in ("terms",) else v) for k, v in LBL["en"].items()}
LBL["zh-en"]["invoice"] = "商业发票 COMMERCIAL INVOICE"
LBL["zh-en"]["terms"] = "T/T 30% deposit, balance before shipment. 付款方式：电汇，30%定金，出货前付清余款。"


# ---------------------------------------------------------------- documents
DOCS = []
LABELS = []


def mkdoc(lang, doc_type, supplier, buyer, currency, numstyle, datestyle, items, tax_rate=D("0"), **kw):
    d = dict(lang=lang, doc_type=doc_type, supplier=supplier, buyer=buyer, currency=currency, numstyle=numstyle,
             datestyle=datestyle, items=items, tax_rate=D(str(tax_rate)), discount=D(str(kw.pop("discount", 0))),
             shipping=D(str(kw.pop("shipping", 0))), err=kw.pop("err", None), notes=kw.pop("notes", ""))
    d["date"] = kw.pop("date", dt.date(2026, R.randint(1, 11), R.randint(1, 28)))
    d["number"] = kw.pop("number", None) or f"{R.choice(['INV','RE','F','FV','2026'])}-{R.randint(1000,99999)}"
    d.update(kw)
    compute(d)
    return d


def compute(d):
    rows = []
    for it in d["items"]:
        amt = q(D(str(it["qty"])) * D(str(it["price"])))
        rows.append(amt)
    if d["err"] == "line":           # one wrong line total
        i = len(rows) // 2
        rows[i] = rows[i] + D(R.choice(["10.00", "100.00", "1.00", "9.00"]))
    d["line_amounts"] = rows
    sub = sum(rows, D("0"))
    d["subtotal"] = sub
    base = sub - d["discount"] + d["shipping"]
    if d.get("cn_einv"):
        d["line_tax"] = [q(a * d["tax_rate"]) for a in rows]
        d["tax"] = sum(d["line_tax"], D("0"))
    else:
        d["tax"] = q(base * d["tax_rate"])
    tot = base + d["tax"]
    if d["err"] == "sum":            # grand total does not add up
        tot = tot + D(R.choice(["100.00", "10.00", "0.90", "-20.00", "1000.00"]))
    if d["err"] == "tax":            # wrong VAT amount
        d["tax"] = d["tax"] + D("3.10")
        tot = base + d["tax"]
    if d["currency"] in ("JPY", "TWD"):
        d["tax"] = d["tax"].quantize(D("1"), ROUND_HALF_UP)
        tot = (base + d["tax"]).quantize(D("1"), ROUND_HALF_UP) if d["err"] != "sum" else tot.quantize(D("1"))
    d["total"] = q(tot)


def items_cn(n, scale=1, lang="zh", price_mult=1.0):
    pool = R.sample(CN_ITEMS[:-1], n)
    out = []
    for name, spec, unit, en, price in pool:
        qty = R.choice([50, 100, 120, 200, 240, 300, 500, 600, 800, 1000, 1200, 1500, 2000]) * scale
        out.append(dict(desc=name if lang.startswith("zh") and lang != "zh-en" else en, cn=name, en=en, spec=spec, unit=unit,
                        qty=qty, price=D(str(round(price * price_mult, 2)))))
    return out


def items_generic(pool, n, qty_choices=(1, 2, 3, 5, 10, 12, 20, 25, 50, 100)):
    out = []
    for desc, price in R.sample(pool, n):
        out.append(dict(desc=desc, cn=desc, en=desc, spec="", unit="", qty=R.choice(qty_choices), price=D(str(price))))
    return out


POOLS = {
    "en": [("Poly mailer bags 10x13in (case of 500)", 38.90), ("Thermal shipping labels 4x6 (roll 500)", 14.75), ("Product photography - white background, per SKU", 45.00),
           ("Lifestyle photo set (5 images)", 180.00), ("Kraft mailer boxes 9x6x3 (bundle 50)", 27.40), ("FBA prep & labelling, per unit", 0.65),
           ("Bubble wrap roll 12in x 175ft", 22.10), ("Packing tape 2in clear (36 rolls)", 41.60), ("Storage, pallet per month", 18.00),
           ("Custom printed insert cards (1,000)", 64.00), ("Pallet delivery to Amazon FC", 95.00), ("Barcode/FNSKU relabel service", 0.35)],
    "de": [("Versandkartons 300x200x150 mm (VE 50)", 31.90), ("Luftpolsterfolie 100 cm x 100 m", 46.50), ("Etiketten 100x150 mm, Rolle", 12.80),
           ("Lagerung je Palettenstellplatz / Monat", 14.50), ("Kommissionierung je Auftrag", 1.20), ("Palettenversand Amazon FBA (DE)", 89.00),
           ("Klebeband braun 50 mm (36 Rollen)", 38.40), ("Produktfotos Freisteller je Artikel", 29.00), ("Etikettierung FNSKU je Einheit", 0.28)],
    "fr": [("Cartons double cannelure 40x30x30", 2.15), ("Étiquettes thermiques 100x150", 13.90), ("Stockage palette / mois", 16.00),
           ("Préparation commande FBA (par unité)", 0.55), ("Livraison palette entrepôt Amazon", 78.00), ("Film bulle 50 cm x 100 m", 24.50)],
    "it": [("Scatole in cartone 30x20x15", 0.95), ("Etichette termiche 100x150 mm", 11.80), ("Servizio di etichettatura FNSKU", 0.30),
           ("Spedizione bancale verso magazzino Amazon", 92.00), ("Stoccaggio bancale mensile", 15.00), ("Nastro adesivo avana 48 mm", 1.45)],
    "es": [("Cajas de cartón canal doble 40x30x30", 1.95), ("Etiquetas térmicas 100x150", 12.40), ("Almacenaje palé / mes", 13.50),
           ("Preparación FBA por unidad", 0.50), ("Transporte palé a almacén Amazon", 84.00), ("Film de burbujas 1 m x 100 m", 39.00)],
    "nl": [("Opslag per palletplaats per maand", 12.50), ("Orderpicking per order", 1.10), ("FNSKU-etikettering per stuk", 0.25),
           ("Palletzending naar Amazon DE", 118.00), ("Ompakken in polybag per stuk", 0.18), ("Retourverwerking per stuk", 1.75)],
    "pl": [("Magazynowanie – miejsce paletowe / miesiąc", 58.00), ("Kompletacja zamówienia", 4.20), ("Etykietowanie FNSKU (szt.)", 0.95),
           ("Transport palety do centrum Amazon", 390.00), ("Kartony klapowe 400x300x300", 3.10), ("Folia stretch 23 mic (rolka)", 24.90)],
    "ja": [("段ボール箱 60サイズ (50枚)", 4800), ("緩衝材 エアキャップ 1200mm×42m", 3200), ("商品撮影 白背景 (1SKU)", 5500), ("FBA納品代行 (1点)", 40),
           ("保管料 パレット/月", 3800), ("ラベル貼付作業 (1点)", 15)],
    "hk": [("USB-C 快充線 1.5m", 12.80), ("藍牙耳機 TWS-X9", 96.00), ("手機支架 鋁合金", 28.50), ("行動電源 10000mAh", 88.00), ("無線充電板 15W", 45.00),
           ("包裝彩盒印刷", 2.60)],
    "tw": [("ABS 外殼 射出成型", 38), ("不鏽鋼保溫瓶 500ml", 185), ("矽膠杯蓋", 22), ("彩盒印刷", 9)],
}


def party(name, addr="", taxid="", extra=""):
    return dict(name=name, addr=addr, taxid=taxid, extra=extra)


def cn_sup(i):
    s = CN_SUP[i % len(CN_SUP)]
    return party(s[0], s[2], s[3], extra=s[1])


def cn_sup_en(i):
    s = CN_SUP[i % len(CN_SUP)]
    return party(s[1], s[2], s[3], extra=s[0])


def our(k="zh"):
    b = BUYERS[k]
    return party(b[0], b[1], b[2])


# ================================================================= RENDERERS
def ensure_dirs():
    for p in (OUT, TMP):
        if os.path.exists(p):
            shutil.rmtree(p)
        os.makedirs(p)


def esc(s):
    return html.escape(str(s))


CSS_VARIANTS = [
    """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;color:#222;margin:0}
       .hd{display:flex;justify-content:space-between;border-bottom:3px solid #1d5f8a;padding-bottom:8px}
       h1{color:#1d5f8a;font-size:22pt;margin:0;letter-spacing:1px} th{background:#1d5f8a;color:#fff}""",
    """body{font-family:'Nimbus Roman','DejaVu Serif',serif;font-size:10.5pt;color:#000;margin:0}
       .hd{display:flex;justify-content:space-between;border-bottom:1px solid #000;padding-bottom:6px}
       h1{font-size:18pt;margin:0;font-weight:normal;text-transform:uppercase} th{border-bottom:1.5px solid #000;background:#fff}""",
    """body{font-family:'URW Gothic','DejaVu Sans',sans-serif;font-size:9.5pt;color:#333;margin:0}
       .hd{display:flex;justify-content:space-between;background:#f3efe6;padding:10px}
       h1{font-size:20pt;color:#8a3b12;margin:0} th{background:#eee;color:#8a3b12;border-bottom:2px solid #8a3b12}""",
    """body{font-family:'WenQuanYi Micro Hei','DejaVu Sans',sans-serif;font-size:9.5pt;color:#111;margin:0}
       .hd{display:flex;justify-content:space-between;border:1px solid #555;padding:8px}
       h1{font-size:19pt;margin:0} th{background:#dfe7df;border:1px solid #555}""",
]


def html_generic(d, variant=0):
    L = LBL[d["lang"]]
    s, b = d["supplier"], d["buyer"]
    priced = d["doc_type"] not in ("packing_list", "delivery_note")
    rows = []
    for i, it in enumerate(d["items"]):
        desc = it["desc"] if d["lang"] != "zh-en" else f"{it['en']}<br><span style='color:#555'>{esc(it['cn'])}</span>"
        if d["lang"] != "zh-en":
            desc = esc(desc)
        if priced:
            rows.append(f"<tr><td>{i+1}</td><td>{desc}</td><td class=r>{fmt_num(it['qty'], d['numstyle'], 0)}</td>"
                        f"<td class=r>{money(it['price'], d, False)}</td><td class=r>{money(d['line_amounts'][i], d, False)}</td></tr>")
        else:
            rows.append(f"<tr><td>{i+1}</td><td>{desc}</td><td class=r>{fmt_num(it['qty'], d['numstyle'], 0)}</td><td class=r>{it.get('ctn', '')}</td><td class=r>{it.get('gw', '')}</td></tr>")
    tot = ""
    if priced:
        lines = [(L["sub"], money(d["subtotal"], d))]
        if d["discount"]:
            lines.append((L["disc"], "-" + money(d["discount"], d)))
        if d["shipping"]:
            lines.append((L["ship"], money(d["shipping"], d)))
        if d["tax_rate"] or d.get("show_zero_tax"):
            lines.append((f"{tax_lbl(d, L)}", money(d["tax"], d)))
        lines.append((L["total"], money(d["total"], d)))
        tot = "<table class=tot>" + "".join(f"<tr{' class=g' if k==len(lines)-1 else ''}><td>{esc(a)}</td><td class=r>{esc(v)}</td></tr>" for k, (a, v) in enumerate(lines)) + "</table>"
        head = f"<tr><th>#</th><th>{L['desc']}</th><th class=r>{L['qty']}</th><th class=r>{L['unit']}</th><th class=r>{L['amount']}</th></tr>"
    else:
        head = f"<tr><th>#</th><th>{L['desc']}</th><th class=r>{L['qty']}</th><th class=r>{L['ctn']}</th><th class=r>{L['gw']}</th></tr>"
    title = d.get("title") or L[d["doc_type"]]
    css = CSS_VARIANTS[variant % len(CSS_VARIANTS)]
    logo = f"<div style='font-size:15pt;font-weight:bold'>{esc(s['name'])}</div>"
    return f"""<!doctype html><html><head><meta charset=utf-8><title>{esc(d['number'])}</title><style>
@page{{size:{d.get('paper','A4')};margin:16mm 14mm}} {css}
table{{border-collapse:collapse;width:100%}} td,th{{padding:4px 6px;text-align:left;vertical-align:top}}
.items td{{border-bottom:1px solid #ccc}} .r{{text-align:right}} .tot{{width:45%;margin-left:55%;margin-top:10px}}
.tot .g td{{font-weight:bold;font-size:12pt;border-top:2px solid #333}} .small{{font-size:8pt;color:#555}}
.parties{{display:flex;gap:30px;margin:14px 0}} .parties div{{flex:1}} tr{{page-break-inside:avoid}}
</style></head><body>
<div class=hd><div>{logo}<div class=small>{esc(s['addr'])}<br>{esc(L['vat'])}: {esc(s['taxid'])}{('<br>'+esc(s['extra'])) if s.get('extra') else ''}</div></div>
<div style='text-align:right'><h1>{esc(title)}</h1><div>{esc(L['no'])}: <b>{esc(d['number'])}</b></div><div>{esc(L['date'])}: {esc(fmt_date(d['date'], d['datestyle']))}</div>
{('<div>'+esc(L['due'])+': '+esc(fmt_date(d['date']+dt.timedelta(days=30), d['datestyle']))+'</div>') if priced and d['doc_type'] in ('invoice','tax_invoice') else ''}</div></div>
<div class=parties><div><b>{esc(L['buyer'])}</b><br>{esc(b['name'])}<br><span class=small>{esc(b['addr'])}<br>{esc(b['taxid'])}</span></div>
<div><b>{esc(L['seller'])}</b><br>{esc(s['name'])}<br><span class=small>{esc(s['addr'])}</span></div></div>
<table class=items><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>{tot}
<p class=small style='margin-top:18px'>{esc(d.get('notes') or L['terms'])}</p>
<p class=small>IBAN/Bank: {esc(d.get('bank', 'see remittance details on statement'))}</p>
</body></html>"""


def qr_svg(seed, n=25, px=3):
    rr = random.Random(seed)
    cells = []
    for y in range(n):
        for x in range(n):
            fin = any(x0 <= x < x0 + 7 and y0 <= y < y0 + 7 for x0, y0 in ((0, 0), (n - 7, 0), (0, n - 7)))
            if fin:
                xx, yy = (x % (n - 7) if x >= n - 7 else x), (y % (n - 7) if y >= n - 7 else y)
                on = xx in (0, 6) or yy in (0, 6) or (2 <= xx <= 4 and 2 <= yy <= 4)
            else:
                on = rr.random() < 0.5
            if on:
                cells.append(f"<rect x='{x*px}' y='{y*px}' width='{px}' height='{px}'/>")
    return f"<svg width='{n*px}' height='{n*px}' xmlns='http://www.w3.org/2000/svg'>{''.join(cells)}</svg>"


def html_cn_einvoice(d):
    s, b = d["supplier"], d["buyer"]
    kind = "增值税专用发票" if d["doc_type"] == "tax_invoice" else "普通发票"
    rows = "".join(
        f"<tr><td>{esc(it['cn'])}</td><td>{esc(it['spec'])}</td><td>{it['unit']}</td><td class=r>{it['qty']}</td><td class=r>{it['price']}</td>"
        f"<td class=r>{fmt_num(d['line_amounts'][i],'en').replace(',','')}</td><td class=r>{int(d['tax_rate']*100)}%</td><td class=r>{fmt_num(d['line_tax'][i],'en').replace(',','')}</td></tr>"
        for i, it in enumerate(d["items"]))
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page{{size:A5 landscape;margin:8mm}} body{{font-family:'WenQuanYi Micro Hei';font-size:8pt;color:#8b4513;margin:0}}
.t{{text-align:center;font-size:15pt;white-space:nowrap;letter-spacing:3px;color:#a0522d}} .t2{{border-bottom:3px double #a0522d;width:260px;margin:0 auto}}
table{{border-collapse:collapse;width:100%}} td{{padding:3px 4px;color:#222}} .b td,.b th{{border:1px solid #b06a3b}} th{{font-weight:normal;color:#8b4513}}
.r{{text-align:right}} .lab{{color:#8b4513;width:16px;text-align:center}} .meta{{color:#222;line-height:1.7;width:62mm}}
.qr{{width:62mm}} .top{{display:flex;justify-content:space-between;align-items:flex-start;margin-bottom:6px}}
</style></head><body>
<div class=top><div class=qr>{qr_svg(d['number'])}</div>
<div><div class=t>电子发票（{kind}）</div><div class=t2></div></div>
<div class=meta>发票号码：<b>{d['number']}</b><br>开票日期：{fmt_date(d['date'],d['datestyle'])}</div></div>
<table class=b><tr><td class=lab rowspan=2>购买方信息</td><td style='width:44%'>名称：{esc(b['name'])}</td><td class=lab rowspan=2>销售方信息</td><td>名称：{esc(s['name'])}</td></tr>
<tr><td>统一社会信用代码/纳税人识别号：{esc(b['taxid'])}</td><td>统一社会信用代码/纳税人识别号：{esc(s['taxid'])}</td></tr></table>
<table class=b><tr><th>项目名称</th><th>规格型号</th><th>单 位</th><th>数 量</th><th>单 价</th><th>金 额</th><th>税率/征收率</th><th>税 额</th></tr>{rows}
<tr><td>合　　计</td><td colspan=4></td><td class=r>¥{fmt_num(d['subtotal'],'en').replace(',','')}</td><td></td><td class=r>¥{fmt_num(d['tax'],'en').replace(',','')}</td></tr>
<tr><td>价税合计（大写）</td><td colspan=4>ⓧ{cn_upper(d['total'])}</td><td colspan=3>（小写）¥{fmt_num(d['total'],'en').replace(',','')}</td></tr>
<tr><td>备<br>注</td><td colspan=7>{esc(d.get('notes',''))}</td></tr></table>
<div style='margin-top:6px;color:#222'>开票人：{d.get('drawer','李静')}</div></body></html>"""


def html_1688(d):
    s, b = d["supplier"], d["buyer"]
    rows = "".join(f"<tr><td><div class=img></div></td><td>{esc(it['cn'])}<br><span class=g>规格：{esc(it['spec'])}</span></td><td>¥{it['price']}</td><td>{it['qty']}</td>"
                   f"<td class=o>¥{fmt_num(d['line_amounts'][i],'en')}</td></tr>" for i, it in enumerate(d["items"]))
    ts = d["date"].strftime("%Y-%m-%d") + f" {R.randint(8,22):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}"
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page{{size:A4;margin:8mm}} body{{font-family:'WenQuanYi Micro Hei';font-size:9pt;color:#333}}
.top{{display:flex;justify-content:space-between;font-size:7pt;color:#666}} .bar{{background:#ff6a00;color:#fff;padding:8px;font-size:14pt;margin:6px 0}}
.steps{{display:flex;gap:4px}} .steps div{{flex:1;background:#fff3e8;padding:4px;text-align:center;color:#ff6a00}}
table{{width:100%;border-collapse:collapse}} td,th{{border-bottom:1px solid #eee;padding:6px;text-align:left}} th{{background:#f5f5f5}}
.img{{width:40px;height:40px;background:#ddd}} .g{{color:#999}} .o{{color:#ff4000;font-weight:bold}} .box{{border:1px solid #eee;padding:8px;margin:8px 0}}
</style></head><body><div class=top><span>{d['date'].strftime('%Y/%m/%d')} {R.randint(9,23)}:{R.randint(10,59)}</span><span>订单详情 - 阿里巴巴采购批发</span></div>
<div class=bar>1688 采购批发 · 订单详情</div><div class=steps><div>拍下商品</div><div>付款到平台</div><div>卖家发货</div><div>确认收货</div><div>交易成功</div></div>
<div class=box>订单号：{d['number']}　　下单时间：{ts}　　交易状态：<b style='color:#ff6a00'>交易成功</b></div>
<div class=box>卖家：{esc(s['name'])}<br>收货信息：{esc(b['name'])}，陈先生，138****6621，{esc(b['addr'])}</div>
<table><tr><th></th><th>货品</th><th>单价</th><th>数量</th><th>小计</th></tr>{rows}</table>
<div class=box style='text-align:right'>货品总金额：¥{fmt_num(d['subtotal'],'en')}<br>运费：¥{fmt_num(d['shipping'],'en')}<br>
优惠：-¥{fmt_num(d['discount'],'en')}<br><span style='font-size:13pt'>实付款：<span class=o>¥{fmt_num(d['total'],'en')}</span></span></div>
<div class=top><span>https://trade.1688.com/order/new_step_order_detail.htm?orderId={d['number']}</span><span>1/1</span></div></body></html>"""


def html_alibaba(d):
    s, b = d["supplier"], d["buyer"]
    rows = "".join(f"<tr><td>{esc(it['en'])}</td><td>{it['qty']} pieces</td><td>US ${it['price']}</td><td>US ${fmt_num(d['line_amounts'][i],'en')}</td></tr>"
                   for i, it in enumerate(d["items"]))
    return f"""<!doctype html><html><head><meta charset=utf-8><style>
@page{{size:Letter;margin:12mm}} body{{font-family:'DejaVu Sans';font-size:9pt;color:#333}} h2{{color:#ff6a00;margin:0}}
table{{width:100%;border-collapse:collapse}} td,th{{border:1px solid #ddd;padding:5px}} th{{background:#fafafa;text-align:left}}
.g{{color:#888}} .hl{{font-size:12pt;font-weight:bold}}</style></head><body>
<h2>Alibaba.com</h2><div class=g>Trade Assurance · Order {d['number']}</div><h3>Invoice</h3>
<table><tr><td><b>Supplier</b><br>{esc(s['name'])}<br>{esc(s.get('extra',''))}</td><td><b>Buyer</b><br>{esc(b['name'])}<br>{esc(b['addr'])}</td>
<td>Invoice date: {fmt_date(d['date'],d['datestyle'])}<br>Payment: T/T via Alibaba.com<br>Incoterms: FOB Shenzhen</td></tr></table><br>
<table><tr><th>Product</th><th>Quantity</th><th>Unit price</th><th>Amount</th></tr>{rows}
<tr><td colspan=3 style='text-align:right'>Product total</td><td>US ${fmt_num(d['subtotal'],'en')}</td></tr>
<tr><td colspan=3 style='text-align:right'>Shipping fee</td><td>US ${fmt_num(d['shipping'],'en')}</td></tr>
<tr><td colspan=3 style='text-align:right' class=hl>Total amount</td><td class=hl>US ${fmt_num(d['total'],'en')}</td></tr></table>
<p class=g>This invoice is generated for order {d['number']} placed on Alibaba.com. Amount shown in USD.</p></body></html>"""


def render_chromium(htmls):
    """htmls: list of (html, outpdf)"""
    for h, out in htmls:
        src = out[:-4] + ".html"
        open(src, "w", encoding="utf-8").write(h)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", "file://" + src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)


def render_weasy(h, out):
    import weasyprint
    weasyprint.HTML(string=h).write_pdf(out)


# ---------------- reportlab
def rl_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "WQY" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
        pdfmetrics.registerFont(TTFont("DJV", DJV))
        pdfmetrics.registerFont(TTFont("DJVB", DJVB))


def rl_cn_einvoice(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.graphics import renderPDF
    rl_fonts()
    W, H = 240 * mm, 140 * mm
    c = canvas.Canvas(out, pagesize=(W, H))
    c.setTitle(f"电子发票 {d['number']}")
    brown = (0.6, 0.32, 0.17)
    s, b = d["supplier"], d["buyer"]
    qrw = QrCodeWidget(f"01,32,,{d['number']},{d['total']},{d['date'].strftime('%Y%m%d')},,")
    dr = Drawing(22 * mm, 22 * mm, transform=[22 * mm / qrw.barWidth, 0, 0, 22 * mm / qrw.barHeight, 0, 0])
    dr.add(qrw)
    renderPDF.draw(dr, c, 8 * mm, H - 30 * mm)
    kind = "增值税专用发票" if d["doc_type"] == "tax_invoice" else "普通发票"
    c.setFillColorRGB(*brown)
    c.setFont("WQY", 17)
    c.drawCentredString(W / 2, H - 16 * mm, f"电子发票（{kind}）")
    c.setStrokeColorRGB(*brown)
    c.line(W / 2 - 48 * mm, H - 19 * mm, W / 2 + 48 * mm, H - 19 * mm)
    c.line(W / 2 - 48 * mm, H - 20 * mm, W / 2 + 48 * mm, H - 20 * mm)
    c.setFont("WQY", 9)
    c.drawString(W - 70 * mm, H - 12 * mm, "发票号码：")
    c.drawString(W - 70 * mm, H - 18 * mm, "开票日期：")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(W - 52 * mm, H - 12 * mm, d["number"])
    c.drawString(W - 52 * mm, H - 18 * mm, fmt_date(d["date"], d["datestyle"]))
    x0, x1 = 8 * mm, W - 8 * mm
    top = H - 33 * mm
    c.setStrokeColorRGB(*brown)
    c.rect(x0, 14 * mm, x1 - x0, top - 14 * mm)
    # party block
    pb = top - 20 * mm
    c.line(x0, pb, x1, pb)
    c.line(x0 + 7 * mm, pb, x0 + 7 * mm, top)
    c.line(W / 2, pb, W / 2, top)
    c.line(W / 2 + 7 * mm, pb, W / 2 + 7 * mm, top)
    c.setFillColorRGB(*brown)
    c.setFont("WQY", 8)
    for i, ch in enumerate("购买方信息"):
        c.drawString(x0 + 2 * mm, top - 5 * mm - i * 3.3 * mm, ch)
    for i, ch in enumerate("销售方信息"):
        c.drawString(W / 2 + 2 * mm, top - 5 * mm - i * 3.3 * mm, ch)
    for xx, p in ((x0 + 9 * mm, b), (W / 2 + 9 * mm, s)):
        c.setFillColorRGB(*brown)
        c.drawString(xx, top - 7 * mm, "名称：")
        c.drawString(xx, top - 14 * mm, "统一社会信用代码/纳税人识别号：")
        c.setFillColorRGB(0, 0, 0)
        c.setFont("WQY", 8.5)
        c.drawString(xx + 10 * mm, top - 7 * mm, p["name"])
        c.drawString(xx + 46 * mm, top - 14 * mm, p["taxid"])
        c.setFont("WQY", 8)
    cols = [x0, x0 + 56 * mm, x0 + 82 * mm, x0 + 94 * mm, x0 + 114 * mm, x0 + 140 * mm, x0 + 168 * mm, x0 + 190 * mm, x1]
    heads = ["项目名称", "规格型号", "单 位", "数 量", "单 价", "金 额", "税率/征收率", "税 额"]
    y = pb - 5 * mm
    c.setFillColorRGB(*brown)
    for i, h in enumerate(heads):
        c.drawCentredString((cols[i] + cols[i + 1]) / 2, y, h)
    c.setFillColorRGB(0, 0, 0)
    for i, it in enumerate(d["items"]):
        y -= 5 * mm
        c.drawString(cols[0] + 1 * mm, y, it["cn"])
        c.drawString(cols[1] + 1 * mm, y, it["spec"])
        c.drawCentredString((cols[2] + cols[3]) / 2, y, it["unit"])
        c.drawRightString(cols[4] - 1 * mm, y, str(it["qty"]))
        c.drawRightString(cols[5] - 1 * mm, y, str(it["price"]))
        c.drawRightString(cols[6] - 1 * mm, y, str(d["line_amounts"][i]))
        c.drawCentredString((cols[6] + cols[7]) / 2, y, f"{int(d['tax_rate']*100)}%")
        c.drawRightString(cols[8] - 1 * mm, y, str(d["line_tax"][i]))
    ysum = 34 * mm
    c.setStrokeColorRGB(*brown)
    c.line(x0, ysum, x1, ysum)
    c.line(x0, ysum - 9 * mm, x1, ysum - 9 * mm)
    c.setFillColorRGB(*brown)
    c.drawCentredString((cols[0] + cols[1]) / 2, ysum + 2 * mm, "合　　计")
    c.drawString(x0 + 2 * mm, ysum - 6 * mm, "价税合计（大写）")
    c.drawString(x0 + 130 * mm, ysum - 6 * mm, "（小写）")
    c.drawString(x0 + 2 * mm, ysum - 15 * mm, "备注")
    c.setFillColorRGB(0, 0, 0)
    c.drawRightString(cols[6] - 1 * mm, ysum + 2 * mm, f"¥{d['subtotal']}")
    c.drawRightString(cols[8] - 1 * mm, ysum + 2 * mm, f"¥{d['tax']}")
    c.setFont("WQY", 9.5)
    c.drawString(x0 + 40 * mm, ysum - 6 * mm, "ⓧ" + cn_upper(d["total"]))
    c.drawString(x0 + 143 * mm, ysum - 6 * mm, f"¥{d['total']}")
    c.setFont("WQY", 8)
    c.drawString(x0 + 14 * mm, ysum - 15 * mm, d.get("notes", "")[:80])
    c.setFillColorRGB(*brown)
    c.drawString(x0 + 2 * mm, 9 * mm, "开票人：")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(x0 + 14 * mm, 9 * mm, d.get("drawer", "王敏"))
    c.save()


def rl_cn_paper_vat(d, out):
    """old printed 增值税专用发票 (机打 on pre-printed form)"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    rl_fonts()
    W, H = 240 * mm, 140 * mm
    c = canvas.Canvas(out, pagesize=(W, H))
    s, b = d["supplier"], d["buyer"]
    blue = (0.15, 0.35, 0.55)
    c.setFillColorRGB(*blue)
    c.setStrokeColorRGB(*blue)
    c.setFont("WQY", 16)
    title = "广东增值税专用发票" if d["doc_type"] == "tax_invoice" else "广东增值税普通发票"
    c.drawCentredString(W / 2, H - 14 * mm, title)
    c.setFont("WQY", 9)
    c.drawCentredString(W / 2, H - 20 * mm, "发 票 联" if d["doc_type"] == "tax_invoice" else "发 票 联")
    c.circle(W / 2, H - 26 * mm, 6 * mm)
    c.setFont("WQY", 5)
    c.drawCentredString(W / 2, H - 27 * mm, "国家税务总局监制")
    c.setFont("WQY", 9)
    c.drawString(10 * mm, H - 14 * mm, f"{d['code']}")
    c.drawString(W - 62 * mm, H - 14 * mm, "No")
    c.setFillColorRGB(0.7, 0.1, 0.1)
    c.setFont("Courier-Bold", 14)
    c.drawString(W - 55 * mm, H - 14 * mm, d["number"])
    c.setFillColorRGB(*blue)
    c.setFont("WQY", 8)
    c.drawString(W - 62 * mm, H - 24 * mm, "开票日期：")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Courier", 10)
    c.drawString(W - 45 * mm, H - 24 * mm, fmt_date(d["date"], d["datestyle"]))
    x0, x1 = 10 * mm, W - 10 * mm
    top = H - 32 * mm
    c.setStrokeColorRGB(*blue)
    c.rect(x0, 22 * mm, x1 - x0, top - 22 * mm)
    pb = top - 20 * mm
    c.line(x0, pb, x1, pb)
    c.line(x0 + 8 * mm, pb, x0 + 8 * mm, top)
    c.line(W - 95 * mm, pb, W - 95 * mm, top)
    c.line(W - 88 * mm, pb, W - 88 * mm, top)
    c.setFont("WQY", 7.5)
    c.setFillColorRGB(*blue)
    for i, ch in enumerate("购买方"):
        c.drawString(x0 + 2.5 * mm, top - 6 * mm - i * 4 * mm, ch)
    for i, ch in enumerate("密码区"):
        c.drawString(W - 93 * mm, top - 6 * mm - i * 4 * mm, ch)
    labs = ["名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
    vals = [b["name"], b["taxid"], b["addr"][:30] + " 020-3" + str(R.randint(1000000, 9999999)), "中国工商银行广州番禺支行 3602" + str(R.randint(10 ** 14, 10 ** 15))]
    for i, (l, v) in enumerate(zip(labs, vals)):
        c.setFillColorRGB(*blue)
        c.drawString(x0 + 10 * mm, top - 4.5 * mm - i * 4.5 * mm, l)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x0 + 32 * mm, top - 4.5 * mm - i * 4.5 * mm, v)
    c.setFont("Courier", 8)
    rr = random.Random(d["number"])
    for i in range(4):
        c.drawString(W - 86 * mm, top - 5 * mm - i * 4.5 * mm, "".join(rr.choice("0123456789+-*/<>") for _ in range(28)))
    c.setFont("WQY", 8)
    cols = [x0, x0 + 58 * mm, x0 + 84 * mm, x0 + 96 * mm, x0 + 116 * mm, x0 + 140 * mm, x0 + 168 * mm, x0 + 186 * mm, x1]
    heads = ["货物或应税劳务、服务名称", "规格型号", "单位", "数 量", "单 价", "金 额", "税率", "税 额"]
    y = pb - 5 * mm
    c.setFillColorRGB(*blue)
    for i, h in enumerate(heads):
        c.drawCentredString((cols[i] + cols[i + 1]) / 2, y, h)
    c.setFillColorRGB(0, 0, 0)
    for i, it in enumerate(d["items"]):
        y -= 5 * mm
        c.drawString(cols[0] + 1 * mm, y, it["cn"])
        c.drawString(cols[1] + 1 * mm, y, it["spec"])
        c.drawCentredString((cols[2] + cols[3]) / 2, y, it["unit"])
        c.drawRightString(cols[4] - 1 * mm, y, str(it["qty"]))
        c.drawRightString(cols[5] - 1 * mm, y, str(it["price"]))
        c.drawRightString(cols[6] - 1 * mm, y, str(d["line_amounts"][i]))
        c.drawCentredString((cols[6] + cols[7]) / 2, y, f"{int(d['tax_rate']*100)}%")
        c.drawRightString(cols[8] - 1 * mm, y, str(d["line_tax"][i]))
    ys = 52 * mm
    c.line(x0, ys, x1, ys)
    c.line(x0, ys - 8 * mm, x1, ys - 8 * mm)
    c.setFillColorRGB(*blue)
    c.drawCentredString((cols[0] + cols[1]) / 2, ys + 2 * mm, "合      计")
    c.drawString(x0 + 2 * mm, ys - 5.5 * mm, "价税合计（大写）")
    c.drawString(x0 + 140 * mm, ys - 5.5 * mm, "（小写）")
    c.setFillColorRGB(0, 0, 0)
    c.drawRightString(cols[6] - 1 * mm, ys + 2 * mm, f"¥{d['subtotal']}")
    c.drawRightString(cols[8] - 1 * mm, ys + 2 * mm, f"¥{d['tax']}")
    c.drawString(x0 + 40 * mm, ys - 5.5 * mm, "⊗" + cn_upper(d["total"]))
    c.drawString(x0 + 152 * mm, ys - 5.5 * mm, f"¥{d['total']}")
    sb = ys - 8 * mm
    labs = ["名        称：", "纳税人识别号：", "地 址、电 话：", "开户行及账号："]
    vals = [s["name"], s["taxid"], s["addr"], "中国建设银行支行 4405" + str(R.randint(10 ** 14, 10 ** 15))]
    c.setFillColorRGB(*blue)
    for i, ch in enumerate("销售方"):
        c.drawString(x0 + 2.5 * mm, sb - 6 * mm - i * 4 * mm, ch)
    for i, (l, v) in enumerate(zip(labs, vals)):
        c.setFillColorRGB(*blue)
        c.drawString(x0 + 10 * mm, sb - 4.5 * mm - i * 4.5 * mm, l)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(x0 + 32 * mm, sb - 4.5 * mm - i * 4.5 * mm, v)
    c.setFillColorRGB(*blue)
    c.drawString(x0, 16 * mm, "收款人：        复核：        开票人：")
    c.setFillColorRGB(0, 0, 0)
    c.drawString(x0 + 75 * mm, 16 * mm, d.get("drawer", "陈丽"))
    # red seal
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(1.5)
    c.ellipse(W - 70 * mm, 6 * mm, W - 28 * mm, 30 * mm)
    c.setFont("WQY", 6)
    c.drawCentredString(W - 49 * mm, 22 * mm, s["name"][:14])
    c.drawCentredString(W - 49 * mm, 17 * mm, s["taxid"])
    c.setFont("WQY", 8)
    c.drawCentredString(W - 49 * mm, 11 * mm, "发票专用章")
    c.save()


def rl_platypus(d, out, font="Helvetica"):
    """western invoice with reportlab platypus (can run over several pages)"""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, LETTER
    from reportlab.lib.units import mm
    rl_fonts()
    fb = {"Helvetica": "Helvetica-Bold", "DJV": "DJVB", "WQY": "WQY", "Times-Roman": "Times-Bold"}[font]
    L = LBL[d["lang"]]
    s, b = d["supplier"], d["buyer"]
    ps = ParagraphStyle("n", fontName=font, fontSize=8.5, leading=11)
    pb = ParagraphStyle("b", fontName=fb, fontSize=16, leading=20)
    size = LETTER if d["currency"] == "USD" else A4

    def onpage(c, doc):
        c.saveState()
        c.setFont(font, 7.5)
        c.drawString(18 * mm, 10 * mm, f"{s['name']} · {s['addr']}")
        c.drawRightString(size[0] - 18 * mm, 10 * mm, f"{L['page']} {doc.page}")
        c.restoreState()
    docu = SimpleDocTemplate(out, pagesize=size, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=18 * mm,
                             title=f"{L[d['doc_type']]} {d['number']}", author=s["name"])
    st = []
    hdr = Table([[Paragraph(s["name"], pb), L[d["doc_type"]]],
                 [s["addr"] + f"  {L['vat']}: {s['taxid']}", f"{L['no']}: {d['number']}"],
                 ["", f"{L['date']}: {fmt_date(d['date'], d['datestyle'])}"]], colWidths=[110 * mm, 64 * mm])
    hdr.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8.5), ("FONT", (1, 0), (1, 0), fb, 15), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    st += [hdr, Spacer(1, 8 * mm)]
    bt = Table([[L["buyer"]], [b["name"]], [b["addr"]], [b["taxid"]]], colWidths=[174 * mm])
    bt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("FONT", (0, 0), (0, 0), fb, 9)]))
    st += [bt, Spacer(1, 6 * mm)]
    priced = d["doc_type"] not in ("packing_list", "delivery_note")
    if priced:
        data = [["#", L["desc"], L["qty"], L["unit"], L["amount"]]]
        for i, it in enumerate(d["items"]):
            data.append([str(i + 1), it["desc"], fmt_num(it["qty"], d["numstyle"], 0), money(it["price"], d, False), money(d["line_amounts"][i], d, False)])
    else:
        data = [["#", L["desc"], L["qty"], L["ctn"], L["gw"]]]
        for i, it in enumerate(d["items"]):
            data.append([str(i + 1), it["desc"], fmt_num(it["qty"], d["numstyle"], 0), str(it.get("ctn", "")), str(it.get("gw", ""))])
    t = Table(data, colWidths=[10 * mm, 92 * mm, 18 * mm, 26 * mm, 28 * mm], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 8.5), ("FONT", (0, 0), (-1, 0), fb, 8.5), ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]))
    st += [t, Spacer(1, 4 * mm)]
    if priced:
        tl = [[L["sub"], money(d["subtotal"], d)]]
        if d["discount"]:
            tl.append([L["disc"], "-" + money(d["discount"], d)])
        if d["shipping"]:
            tl.append([L["ship"], money(d["shipping"], d)])
        if d["tax_rate"]:
            tl.append([f"{tax_lbl(d, L)}", money(d["tax"], d)])
        tl.append([L["total"], money(d["total"], d)])
        tt = Table(tl, colWidths=[50 * mm, 34 * mm], hAlign="RIGHT")
        tt.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 9), ("FONT", (0, -1), (-1, -1), fb, 10.5), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                                ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]))
        st.append(tt)
    st += [Spacer(1, 8 * mm), Paragraph(d.get("notes") or L["terms"], ps)]
    docu.build(st, onFirstPage=onpage, onLaterPages=onpage)


def rl_tw_einvoice(d, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    from reportlab.graphics.barcode import code39
    rl_fonts()
    W, H = 210 * mm, 148 * mm
    c = canvas.Canvas(out, pagesize=(W, H))
    s, b = d["supplier"], d["buyer"]
    c.setFont("WQY", 15)
    c.drawCentredString(W / 2, H - 15 * mm, s["name"])
    c.setFont("WQY", 12)
    c.drawCentredString(W / 2, H - 23 * mm, "電子發票證明聯")
    c.setFont("WQY", 9)
    yy = H - 33 * mm
    for t in [f"發票號碼：{d['number']}", f"開立日期：{fmt_date(d['date'],'slash')}  (民國{fmt_date(d['date'],'tw')})",
              f"賣方統一編號：{s['taxid']}    買方：{b['name']}", f"買方統一編號：{b['taxid']}    格式：25"]:
        c.drawString(15 * mm, yy, t)
        yy -= 5.5 * mm
    cols = [15 * mm, 100 * mm, 125 * mm, 155 * mm, 195 * mm]
    yy -= 2 * mm
    c.line(15 * mm, yy + 4 * mm, 195 * mm, yy + 4 * mm)
    for i, h in enumerate(["品名", "數量", "單價", "金額"]):
        c.drawString(cols[i] + (0 if i == 0 else 2 * mm), yy, h)
    for i, it in enumerate(d["items"]):
        yy -= 5.5 * mm
        c.drawString(cols[0], yy, it["desc"])
        c.drawRightString(cols[2] - 2 * mm, yy, fmt_num(it["qty"], "en", 0))
        c.drawRightString(cols[3] - 2 * mm, yy, fmt_num(it["price"], "en", 0))
        c.drawRightString(cols[4], yy, fmt_num(d["line_amounts"][i], "en", 0))
    yy -= 4 * mm
    c.line(15 * mm, yy, 195 * mm, yy)
    for lab, v in [("銷售額合計", d["subtotal"]), ("營業稅 5%", d["tax"]), ("總計", d["total"])]:
        yy -= 5.5 * mm
        c.drawString(125 * mm, yy, lab)
        c.drawRightString(195 * mm, yy, "NT$" + fmt_num(v, "en", 0))
    bc = code39.Standard39(d["number"].replace("-", ""), barHeight=9 * mm, barWidth=0.8)
    bc.drawOn(c, 15 * mm, 12 * mm)
    c.save()


# ---------------- fpdf2
def fpdf_simple(d, out, style=0):
    from fpdf import FPDF
    L = LBL[d["lang"]]
    s, b = d["supplier"], d["buyer"]
    pdf = FPDF(format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creator("Rechnungsprogramm 4.2" if d["lang"] == "de" else "Invoice")
    uni = d["lang"] in ("pl", "zh", "zh-en", "ja", "zh-Hant")
    if uni:
        pdf.add_font("U", "", WQY if d["lang"] in ("zh", "zh-en", "ja", "zh-Hant") else DJV)
        pdf.add_font("U", "B", WQY if d["lang"] in ("zh", "zh-en", "ja", "zh-Hant") else DJVB)
        F = "U"
    else:
        F = ["Helvetica", "Times", "Courier"][style % 3]
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    def T(x):
        x = str(x)
        if not uni:
            x = x.replace("€", "EUR").replace("–", "-") if False else x
        return x
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, T(s["name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 8.5)
    pdf.multi_cell(110, 4.5, T(s["addr"] + "\n" + L["vat"] + ": " + s["taxid"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(130, 12)
    pdf.set_font(F, "B", 14)
    pdf.cell(68, 8, T(d.get("title") or L[d["doc_type"]]), align="R", new_x="LEFT", new_y="NEXT")
    pdf.set_font(F, "", 9)
    pdf.cell(68, 5, T(f"{L['no']}: {d['number']}"), align="R", new_x="LEFT", new_y="NEXT")
    pdf.cell(68, 5, T(f"{L['date']}: {fmt_date(d['date'], d['datestyle'])}"), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(42)
    pdf.set_font(F, "B", 9)
    pdf.cell(0, 5, T(L["buyer"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    pdf.cell(0, 5, T(b["name"]), new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(120, 4.5, T(b["addr"] + ("\n" + b["taxid"] if b["taxid"] else "")), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    w = [10, 96, 20, 30, 34]
    priced = d["doc_type"] not in ("packing_list", "delivery_note")
    heads = ["#", L["desc"], L["qty"], L["unit"], L["amount"]] if priced else ["#", L["desc"], L["qty"], L["ctn"], L["gw"]]
    pdf.set_font(F, "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    for i, h in enumerate(heads):
        pdf.cell(w[i], 7, T(h), border="B", fill=True, align="R" if i >= 2 else "L")
    pdf.ln()
    pdf.set_font(F, "", 8.5)
    for i, it in enumerate(d["items"]):
        vals = [str(i + 1), it["desc"], fmt_num(it["qty"], d["numstyle"], 0)]
        vals += [money(it["price"], d, False), money(d["line_amounts"][i], d, False)] if priced else [str(it.get("ctn", "")), str(it.get("gw", ""))]
        for k, v in enumerate(vals):
            pdf.cell(w[k], 6, T(v), border="B" if style == 1 else 0, align="R" if k >= 2 else "L")
        pdf.ln()
    pdf.ln(3)
    if priced:
        tl = [(L["sub"], money(d["subtotal"], d))]
        if d["discount"]:
            tl.append((L["disc"], "-" + money(d["discount"], d)))
        if d["shipping"]:
            tl.append((L["ship"], money(d["shipping"], d)))
        if d["tax_rate"]:
            tl.append((f"{tax_lbl(d, L)}", money(d["tax"], d)))
        tl.append((L["total"], money(d["total"], d)))
        for k, (a, v) in enumerate(tl):
            pdf.set_font(F, "B" if k == len(tl) - 1 else "", 10 if k == len(tl) - 1 else 9)
            pdf.set_x(116)
            pdf.cell(48, 6, T(a), border="T" if k == len(tl) - 1 else 0)
            pdf.cell(34, 6, T(v), align="R", border="T" if k == len(tl) - 1 else 0, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(F, "", 8)
    pdf.multi_cell(0, 4.5, T(d.get("notes") or L["terms"]))
    if d["lang"] == "zh" and d["doc_type"] == "receipt":
        pdf.ln(4)
        pdf.set_font(F, "", 10)
        pdf.cell(0, 6, "人民币（大写）：" + cn_upper(d["total"]), new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, "收款单位（盖章）：" + s["name"] + "      经手人：" + d.get("drawer", "黄小燕"))
    pdf.output(out)


# ---------------- LibreOffice: flat ODS and DOCX
def fods(d, out_fods):
    L = LBL[d["lang"]]
    s, b = d["supplier"], d["buyer"]

    def cell(v, st="ce1", span=1):
        sp = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"' if span > 1 else ""
        cov = "<table:covered-table-cell/>" * (span - 1)
        if isinstance(v, (int, float, D)) and not isinstance(v, bool):
            return f'<table:table-cell table:style-name="{st}" office:value-type="float" office:value="{v}"{sp}><text:p>{v}</text:p></table:table-cell>' + cov
        return f'<table:table-cell table:style-name="{st}" office:value-type="string"{sp}><text:p>{esc(v)}</text:p></table:table-cell>' + cov

    def row(cells):
        return "<table:table-row>" + "".join(cells) + "</table:table-row>"
    rows = [row([cell(s["name"], "big", 6)]), row([cell(s["addr"], "ce1", 6)]), row([cell(f"{L['vat']}: {s['taxid']}", "ce1", 6)]), row([cell("")]),
            row([cell(d.get("title") or L[d["doc_type"]], "title", 6)]),
            row([cell(f"{L['buyer']}: {b['name']}", "bold", 4), cell(L["no"] + ":", "bold"), cell(d["number"])]),
            row([cell(b["addr"], "ce1", 4), cell(L["date"] + ":", "bold"), cell(fmt_date(d["date"], d["datestyle"]))]), row([cell("")])]
    priced = d["doc_type"] not in ("packing_list", "delivery_note")
    heads = ["#", L["desc"], "规格 Spec" if d["lang"].startswith("zh") else "", L["qty"], L["unit"], L["amount"]]
    rows.append(row([cell(h, "head") for h in heads]))
    for i, it in enumerate(d["items"]):
        rows.append(row([cell(str(i + 1), "ce1"), cell(it["desc"]), cell(it["spec"]), cell(fmt_num(it["qty"], d["numstyle"], 0), "num"),
                         cell(money(it["price"], d, False), "num"), cell(money(d["line_amounts"][i], d, False), "num")]))
    rows.append(row([cell("")]))
    if priced:
        tl = [(L["sub"], money(d["subtotal"], d))]
        if d["discount"]:
            tl.append((L["disc"], "-" + money(d["discount"], d)))
        if d["shipping"]:
            tl.append((L["ship"], money(d["shipping"], d)))
        if d["tax_rate"]:
            tl.append((f"{tax_lbl(d, L)}", money(d["tax"], d)))
        tl.append((L["total"], money(d["total"], d)))
        for a, v in tl:
            rows.append(row([cell(""), cell(""), cell(""), cell(a, "bold", 2), cell(v, "numb")]))
        if d["currency"] == "CNY":
            rows.append(row([cell("大写金额：" + cn_upper(d["total"]), "ce1", 6)]))
    rows.append(row([cell("")]))
    rows.append(row([cell(d.get("notes") or L["terms"], "ce1", 6)]))
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.8cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="5.4cm"/></style:style>
<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="2.45cm"/></style:style>
<style:style style:name="ce1" style:family="table-cell"><style:text-properties fo:font-size="9pt" style:font-name="WenQuanYi Micro Hei"/></style:style>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="num" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="9pt"/></style:style>
<style:style style:name="numb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="{esc(d['number'])}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3" table:number-columns-repeated="4"/>
{''.join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""
    open(out_fods, "w", encoding="utf-8").write(x)


def make_docx(d, out_docx):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    L = LBL[d["lang"]]
    s, b = d["supplier"], d["buyer"]
    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    st = doc.styles["Normal"]
    st.font.size = Pt(9.5)
    st.font.name = "WenQuanYi Micro Hei" if d["lang"] in ("zh", "zh-en", "ja", "zh-Hant") else "DejaVu Sans"
    p = doc.add_paragraph()
    r = p.add_run(s["name"])
    r.bold = True
    r.font.size = Pt(15)
    if s.get("extra"):
        doc.add_paragraph(s["extra"])
    doc.add_paragraph(f"{s['addr']}\n{L['vat']}: {s['taxid']}")
    if d["doc_type"] == "other" and d.get("letter"):
        doc.add_paragraph(fmt_date(d["date"], d["datestyle"])).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph(f"{b['name']}\n{b['addr']}")
        for para in d["letter"]:
            doc.add_paragraph(para)
        doc.save(out_docx)
        return
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(d.get("title") or L[d["doc_type"]])
    r.bold = True
    r.font.size = Pt(16)
    t0 = doc.add_table(rows=2, cols=2)
    t0.cell(0, 0).text = f"{L['buyer']}:\n{b['name']}\n{b['addr']}\n{b['taxid']}"
    t0.cell(0, 1).text = f"{L['no']}: {d['number']}\n{L['date']}: {fmt_date(d['date'], d['datestyle'])}"
    if d.get("incoterm"):
        t0.cell(1, 1).text = d["incoterm"]
    doc.add_paragraph()
    priced = d["doc_type"] not in ("packing_list", "delivery_note")
    heads = ["#", L["desc"], L["qty"], L["unit"], L["amount"]] if priced else ["#", L["desc"], L["qty"], L["ctn"], L["gw"]]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, hh in enumerate(heads):
        t.rows[0].cells[i].text = hh
    for i, it in enumerate(d["items"]):
        c = t.add_row().cells
        desc = it["desc"] if d["lang"] != "zh-en" else f"{it['en']} / {it['cn']}"
        c[0].text, c[1].text, c[2].text = str(i + 1), desc, fmt_num(it["qty"], d["numstyle"], 0)
        if priced:
            c[3].text, c[4].text = money(it["price"], d, False), money(d["line_amounts"][i], d, False)
        else:
            c[3].text, c[4].text = str(it.get("ctn", "")), str(it.get("gw", ""))
    if priced:
        tl = [(L["sub"], money(d["subtotal"], d))]
        if d["discount"]:
            tl.append((L["disc"], "-" + money(d["discount"], d)))
        if d["shipping"]:
            tl.append((L["ship"], money(d["shipping"], d)))
        if d["tax_rate"]:
            tl.append((f"{tax_lbl(d, L)}", money(d["tax"], d)))
        tl.append((L["total"], money(d["total"], d)))
        for a, v in tl:
            c = t.add_row().cells
            c[0].merge(c[2])
            c[3].text, c[4].text = a, v
        if d["lang"] == "ja":
            doc.add_paragraph(f"{L['total']}　{money(d['total'], d)}（税込）")
    for row in t.rows:
        for k, wd in enumerate((1.0, 8.4, 2.2, 2.8, 3.0)):
            if k < len(row.cells):
                row.cells[k].width = Cm(wd)
    doc.add_paragraph()
    doc.add_paragraph(d.get("notes") or L["terms"])
    if d.get("sign"):
        doc.add_paragraph(d["sign"]).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.save(out_docx)


def soffice_convert(srcs, outdir):
    if not srcs:
        return
    prof = "file://" + os.path.join(TMP, "lo_profile")
    for i in range(0, len(srcs), 12):
        subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + srcs[i:i + 12],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ================================================================= CAPTURE (scan / photo)
def render_pages(pdf, scale):
    doc = pdfium.PdfDocument(pdf)
    ims = [doc[i].render(scale=scale).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return ims


def text_boxes(pdf, needle, page=0):
    """boxes (l,b,r,t in PDF pt) for each occurrence of needle; plus page height"""
    doc = pdfium.PdfDocument(pdf)
    pg = doc[page]
    H = pg.get_height()
    tp = pg.get_textpage()
    res = []
    srch = tp.search(needle, match_case=True)
    while True:
        m = srch.get_next()
        if not m:
            break
        i, n = m
        bx = [tp.get_charbox(k) for k in range(i, i + n)]
        bx = [b for b in bx if b[2] > b[0]]
        if bx:
            res.append((min(b[0] for b in bx), min(b[1] for b in bx), max(b[2] for b in bx), max(b[3] for b in bx), [tp.get_charbox(k) for k in range(i, i + n)]))
    doc.close()
    return res, H


def capture(pdf, kind, out_base, rr):
    """kind: scan_jpg / scan_png / scan_pdf / photo_jpg. Returns (outfile, meta) with meta for later image edits."""
    dpi = rr.choice([150, 200, 200, 300]) if kind != "photo_jpg" else 200
    scale = dpi / 72
    ims = render_pages(pdf, scale)
    outs, mats = [], []
    for im in ims:
        a = np.asarray(im).astype(np.float32)
        h, w = a.shape[:2]
        if kind == "photo_jpg":
            # put page on a desk, perspective, uneven light
            pad = int(0.12 * w)
            canvas_ = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
            desk = np.array(rr.choice([(120, 95, 70), (90, 90, 95), (160, 150, 135), (60, 55, 50)]), np.float32)
            canvas_[:] = desk
            canvas_ += np.random.default_rng(rr.randint(0, 9999)).normal(0, 6, canvas_.shape)
            src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
            j = lambda: rr.uniform(-0.05, 0.05) * w
            dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
            M = cv2.getPerspectiveTransform(src, dst)
            warped = cv2.warpPerspective(a, M, (canvas_.shape[1], canvas_.shape[0]), borderValue=(0, 0, 0))
            mask = cv2.warpPerspective(np.ones((h, w), np.float32), M, (canvas_.shape[1], canvas_.shape[0]))
            comp = warped * mask[..., None] + canvas_ * (1 - mask[..., None])
            H2, W2 = comp.shape[:2]
            yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
            cx, cy = rr.uniform(0.2, 0.8) * W2, rr.uniform(0.1, 0.6) * H2
            light = 1.05 - 0.45 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
            tint = np.array([1.0, rr.uniform(0.95, 1.0), rr.uniform(0.85, 0.95)], np.float32)
            comp = comp * light[..., None] * tint
            comp = cv2.GaussianBlur(comp, (0, 0), rr.uniform(0.6, 1.3))
            comp += np.random.default_rng(rr.randint(0, 9999)).normal(0, 5, comp.shape)
            res = np.clip(comp, 0, 255).astype(np.uint8)
            res = cv2.resize(res, (int(W2 * 0.75), int(H2 * 0.75)), interpolation=cv2.INTER_AREA)
            M = np.diag([0.75, 0.75, 1.0]) @ M
            mats.append(("persp", M, scale))
        else:
            ang = rr.uniform(-1.6, 1.6)
            M2 = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
            M2[:, 2] += [rr.uniform(-8, 8), rr.uniform(-8, 8)]
            a = cv2.warpAffine(a, M2, (w, h), borderValue=(250, 250, 248))
            a = a * rr.uniform(0.93, 1.0) + rr.uniform(0, 12)
            a = (a - 128) * rr.uniform(1.05, 1.25) + 128
            a += np.random.default_rng(rr.randint(0, 9999)).normal(0, rr.uniform(3, 9), a.shape)
            if rr.random() < 0.5:
                a = cv2.GaussianBlur(a, (0, 0), 0.6)
            if rr.random() < 0.4:   # grayscale copier
                g = a.mean(axis=2, keepdims=True)
                a = np.repeat(g, 3, axis=2)
            res = np.clip(a, 0, 255).astype(np.uint8)
            M = np.vstack([M2, [0, 0, 1]])
            mats.append(("affine", M, scale))
        outs.append(Image.fromarray(res))
    meta = dict(src_pdf=pdf, mats=mats, kind=kind, img_w=[o.width for o in outs])
    return finalize_images(outs, kind, out_base, rr), meta


def finalize_images(ims, kind, out_base, rr, quality=None):
    if kind in ("scan_jpg", "photo_jpg"):
        if len(ims) > 1:   # multi-page scan -> pdf
            kind = "scan_pdf"
        else:
            out = out_base + ".jpg"
            ims[0].save(out, "JPEG", quality=quality or rr.choice([60, 72, 80, 88]))
            return out
    if kind == "scan_png":
        if len(ims) == 1:
            out = out_base + ".png"
            ims[0].convert("L").save(out, "PNG") if rr.random() < 0.5 else ims[0].save(out, "PNG")
            return out
        kind = "scan_pdf"
    out = out_base + ".pdf"
    jp = []
    for im in ims:
        b = io.BytesIO()
        im.save(b, "JPEG", quality=quality or 70)
        b.seek(0)
        jp.append(Image.open(b))
    jp[0].save(out, "PDF", save_all=True, append_images=jp[1:], resolution=150)
    return out


def map_box(meta, page, box, pdfH):
    """PDF box (l,b,r,t) -> image bbox (x0,y0,x1,y1)"""
    kind, M, scale = meta["mats"][page]
    l, b, r, t = box[:4]
    pts = np.float32([[l * scale, (pdfH - t) * scale], [r * scale, (pdfH - t) * scale], [r * scale, (pdfH - b) * scale], [l * scale, (pdfH - b) * scale]])
    ph = np.hstack([pts, np.ones((4, 1), np.float32)]) @ M.T
    ph = ph[:, :2] / ph[:, 2:3]
    return int(ph[:, 0].min()), int(ph[:, 1].min()), int(np.ceil(ph[:, 0].max())), int(np.ceil(ph[:, 1].max()))


def load_images(path):
    if path.endswith(".pdf"):
        return render_pages(path, 150 / 72 * 1.0) if False else [Image.open(io.BytesIO(x)).convert("RGB") for x in pdf_images(path)]
    return [Image.open(path).convert("RGB")]


def pdf_images(path):
    pdf = pikepdf.open(path)
    out = []
    for pg in pdf.pages:
        for k, im in pg.images.items():
            out.append(pikepdf.PdfImage(im).read_bytes() if False else im.read_raw_bytes())
            break
    return out


# ================================================================= EDIT helpers
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def stream_replace_all(pdf_in, pdf_out, pairs, meta_moddate=True):
    pdf = pikepdf.open(pdf_in)
    hits = 0
    for pg in pdf.pages:
        conts = pg.obj.Contents
        lst = conts if isinstance(conts, pikepdf.Array) else [conts]
        for cs in lst:
            data = cs.read_bytes()
            new = data
            for a, b in pairs:
                a_b, b_b = pdf_escape(a).encode("cp1252"), pdf_escape(b).encode("cp1252")
                hits += new.count(a_b)
                new = new.replace(a_b, b_b)
            if new != data:
                cs.write(new)
    if meta_moddate:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
            m["xmp:ModifyDate"] = "2026-12-0" + str(R.randint(1, 5)) + "T10:12:00+08:00"
    pdf.save(pdf_out)
    return hits


def incremental_replace(pdf_in, pdf_out, pairs):
    w = PdfWriter(pdf_in, incremental=True)
    hits = 0
    for p in w.pages:
        c = p["/Contents"].get_object()
        objs = list(c) if isinstance(c, list) else [p["/Contents"]]
        datas = [o.get_object().get_data() for o in objs]
        data = b"\n".join(datas)
        new = data
        for a, b in pairs:
            a_b, b_b = pdf_escape(a).encode("cp1252"), pdf_escape(b).encode("cp1252")
            hits += new.count(a_b)
            new = new.replace(a_b, b_b)
        if new != data:
            s = DecodedStreamObject()
            s.set_data(new)
            s = s.flate_encode()
            p[NameObject("/Contents")] = w._add_object(s)
    w.write(pdf_out)
    return hits


def overlay_edit(pdf_in, pdf_out, targets, cjk=False, page=0):
    """targets: list of (old_text, new_text, occurrence_index or None=all). white box + new text, merged with pypdf"""
    from reportlab.pdfgen import canvas
    rl_fonts()
    rd = PdfReader(pdf_in)
    pg = rd.pages[page]
    W, H = float(pg.mediabox.width), float(pg.mediabox.height)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    n = 0
    for old, new, occ in targets:
        boxes, _ = text_boxes(pdf_in, old, page)
        if occ is not None:
            boxes = boxes[occ:occ + 1] if len(boxes) > occ else boxes[-1:]
        for (l, b, r, t, _) in boxes:
            hgt = t - b
            c.setFillColorRGB(1, 1, 1)
            c.rect(l - 1.5, b - 2, r - l + 3, hgt + 4, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05)
            fs = max(6, hgt * 1.3)
            font = "WQY" if cjk or any(ord(ch) > 0x2000 for ch in new) else "Helvetica"
            from reportlab.pdfbase.pdfmetrics import stringWidth
            while stringWidth(new, font, fs) > (r - l) * max(1.0, len(new) / max(1, len(old))) * 1.03 and fs > 5:
                fs -= 0.25
            c.setFont(font, fs)
            c.drawRightString(r, b + 0.2, new) if re.match(r"^[\d.,\s€$£¥]+$", new) else c.drawString(l, b + 0.2, new)
            n += 1
    c.save()
    buf.seek(0)
    ov = PdfReader(buf).pages[0]
    w = PdfWriter(clone_from=rd)
    w.pages[page].merge_page(ov)
    w.write(pdf_out)
    return n


def image_paste(img_path, meta, out_base, targets, rr):
    """targets list of (old,new,page,occ). Covers text region with paper colour, writes new text with PIL; recompresses."""
    ims = load_images(img_path) if img_path.endswith(".pdf") else [Image.open(img_path).convert("RGB")]
    n = 0
    for old, new, page, occ in targets:
        boxes, H = text_boxes(meta["src_pdf"], old, page)
        if not boxes:
            continue
        bx = boxes[occ if occ is not None and occ < len(boxes) else -1]
        im = ims[page]
        sx = im.width / meta["img_w"][page]
        x0, y0, x1, y1 = [int(v * sx) for v in map_box(meta, page, bx, H)]
        a = np.asarray(im)
        ring = np.concatenate([a[max(0, y0 - 4):y0, x0:x1].reshape(-1, 3), a[y1:y1 + 4, x0:x1].reshape(-1, 3)])
        bg = tuple(int(v) for v in np.median(ring, axis=0)) if len(ring) else (245, 245, 245)
        dr = ImageDraw.Draw(im)
        dr.rectangle([x0 - 2, y0 - 1, x1 + 2, y1 + 1], fill=bg)
        fh = int((y1 - y0) * 0.95)
        fpath = WQY if any(ord(ch) > 0x2000 for ch in new) else DJV
        font = ImageFont.truetype(fpath, max(8, fh))
        tw = dr.textlength(new, font=font)
        while tw > (x1 - x0) * max(1.0, len(new) / max(1, len(old))) * 1.02 and fh > 8:
            fh -= 1
            font = ImageFont.truetype(fpath, fh)
            tw = dr.textlength(new, font=font)
        xs = x1 - tw if re.match(r"^[\d.,\s€$£¥]+$", new) else x0
        dark = tuple(max(0, int(v * 0.12)) for v in bg)
        dr.text((xs, y0 - fh * 0.12), new, fill=dark, font=font)
        n += 1
    kind = "scan_pdf" if img_path.endswith(".pdf") else ("scan_png" if img_path.endswith(".png") else "scan_jpg")
    return finalize_images(ims, kind, out_base, rr, quality=85), n


def image_clone(img_path, meta, out_base, target_text, target_pos, src_char, rr, page=0, occ=-1):
    """replace one character of target_text (index target_pos) by a copy of another glyph src_char found elsewhere on page"""
    im = Image.open(img_path).convert("RGB")
    boxes, H = text_boxes(meta["src_pdf"], target_text, page)
    bx = boxes[occ]
    cb = bx[4][target_pos]
    sx = im.width / meta["img_w"][page]
    tx0, ty0, tx1, ty1 = [int(v * sx) for v in map_box(meta, page, cb, H)]
    # find a source glyph
    doc = pdfium.PdfDocument(meta["src_pdf"])
    tp = doc[page].get_textpage()
    cand = []
    for k in range(tp.count_chars()):
        if tp.get_text_range(k, 1) == src_char:
            b = tp.get_charbox(k)
            if abs((b[3] - b[1]) - (cb[3] - cb[1])) < 0.8:
                cand.append(b)
    doc.close()
    if not cand:
        return None
    sb = rr.choice(cand)
    sx0, sy0, sx1, sy1 = [int(v * sx) for v in map_box(meta, page, sb, H)]
    patch = im.crop((sx0 - 1, sy0 - 1, sx1 + 1, sy1 + 1)).resize((tx1 - tx0 + 2, ty1 - ty0 + 2))
    # clear the target glyph area with paper first, then paste clone
    a = np.asarray(im)
    bg = tuple(int(v) for v in np.median(a[max(0, ty0 - 3):ty0, tx0:tx1].reshape(-1, 3), axis=0))
    ImageDraw.Draw(im).rectangle([tx0 - 1, ty0 - 1, tx1 + 1, ty1 + 1], fill=bg)
    im.paste(patch, (tx0 - 1, ty0 - 1))
    kind = "scan_png" if img_path.endswith(".png") else "scan_jpg"
    return finalize_images([im], kind, out_base, rr, quality=90)


# ================================================================= PRINTED STRINGS
def tot_str(d, r):
    """numeric part of the grand total exactly as printed by renderer r"""
    if r in ("rl_cn_einvoice", "rl_cn_paper", "html_cn_einvoice"):
        return str(d["total"])
    if r in ("html_1688", "html_alibaba"):
        return fmt_num(d["total"], "en")
    if r == "rl_tw":
        return fmt_num(d["total"], "en", 0)
    return money(d["total"], d, False)


def tot_str_val(v, d, r):
    dd = dict(d)
    dd["total"] = q(v)
    return tot_str(dd, r)


def tax_lbl(d, L):
    r = d["tax_rate"] * 100
    rs = str(int(r)) if r == int(r) else fmt_num(r, d["numstyle"], 2).rstrip("0")
    return f"{d.get('tax_label') or L['tax']} {rs}%"


def date_str(d):
    return fmt_date(d["date"], d["datestyle"])


# ================================================================= SPECS
SPECS = []   # dict(doc, r=renderer, producer, cap=None|kind, variant)


def add(doc, r, cap=None, variant=0):
    SPECS.append(dict(doc=doc, r=r, cap=cap, variant=variant))


PRODUCER = {"rl_cn_einvoice": "reportlab_canvas", "rl_cn_paper": "reportlab_canvas", "rl_tw": "reportlab_canvas", "rl_platypus": "reportlab_platypus",
            "html_cn_einvoice": "chromium_html", "html_1688": "chromium_html", "html_alibaba": "chromium_html", "chromium": "chromium_html",
            "weasy": "weasyprint_html", "fpdf": "fpdf2", "fods": "soffice_calc", "docx": "soffice_docx"}


def build_specs():
    rr = R
    errs = {}
    # --- Chinese electronic VAT invoices (reportlab)
    for i in range(20):
        sup = cn_sup(i)
        freight = "货运" in sup["name"]
        if freight:
            its = [dict(desc=CN_ITEMS[-1][0], cn=CN_ITEMS[-1][0], en=CN_ITEMS[-1][3], spec="", unit="票", qty=1, price=D(str(rr.choice([3600, 8450, 12800, 5230.5]))))]
            rate = D("0.06")
        else:
            its = items_cn(rr.randint(1, 5))
            rate = D("0.13")
        dtp = "tax_invoice" if i % 5 not in (1, 3) else "invoice"
        d = mkdoc("zh", dtp, sup, our("zh"), "CNY", "zh", "cn", its, rate, cn_einv=True, number="26" + "".join(rr.choice("0123456789") for _ in range(18)),
                  err="sum" if i == 7 else None, notes=rr.choice(["", "订单号 PO-2603-" + str(rr.randint(100, 999)), "亚马逊FBA备货", "含运费"]),
                  drawer=rr.choice(["李静", "王敏", "陈晓东", "黄婷", "刘伟"]))
        add(d, "rl_cn_einvoice", cap={3: "photo_jpg", 9: "scan_jpg", 15: "scan_png", 18: "scan_pdf"}.get(i))
    # --- Chinese e-invoice, HTML (chromium)
    for i in range(8):
        sup = cn_sup(i + 3)
        d = mkdoc("zh", "tax_invoice" if i % 2 == 0 else "invoice", sup, our("zh"), "CNY", "zh", "cn", items_cn(rr.randint(2, 6)), D("0.13"), cn_einv=True,
                  number="26" + "".join(rr.choice("0123456789") for _ in range(18)), notes=rr.choice(["", "购方开户银行：工商银行番禺支行"]))
        add(d, "html_cn_einvoice", cap={2: "scan_png", 5: "photo_jpg"}.get(i))
    # --- printed paper VAT invoices (old style) -> all captured
    for i, cap in enumerate(["scan_jpg", "scan_jpg", "photo_jpg", "scan_pdf", "photo_jpg", "scan_jpg"]):
        sup = cn_sup(i + 6)
        d = mkdoc("zh", "tax_invoice" if i < 4 else "invoice", sup, our("zh"), "CNY", "zh", "iso", items_cn(rr.randint(1, 4)), D("0.13"), cn_einv=True,
                  number=str(rr.randint(10 ** 7, 10 ** 8 - 1)), code="44" + str(rr.randint(10 ** 8, 10 ** 9)), err="line" if i == 1 else None)
        add(d, "rl_cn_paper", cap=cap)
    # --- 收据 receipts (fpdf2 with CJK font)
    for i in range(6):
        sup = party(rr.choice(["广州市越秀区恒昌包装材料商行", "广州市海珠区中大布匹市场兴隆布行", "佛山市南海区盐步鸿运纸品店", "广州市白云区三元里皮具批发部",
                               "东莞市虎门镇星辉服装辅料店", "广州市荔湾区小北路文具批发"]), "广东省广州市" + rr.choice(["越秀区", "海珠区", "白云区"]) + "某市场" + str(rr.randint(1, 300)) + "档",
                    "个体工商户 " + uscc()[:15])
        its = items_cn(rr.randint(1, 3), price_mult=rr.choice([0.8, 1.0]))
        d = mkdoc("zh", "receipt", sup, party(BUYERS["zh"][0], "", ""), "CNY", "zh", "cn_short", its, 0, number="No." + str(rr.randint(1000000, 9999999)),
                  err="sum" if i == 4 else None, notes="以上货款已收讫，谢谢惠顾！", title="收　据")
        add(d, "fpdf", cap={1: "photo_jpg", 3: "photo_jpg", 5: "scan_jpg"}.get(i))
    # --- 销货清单 (attachment list, not an invoice) - soffice calc, multi-page
    for i in range(2):
        sup = cn_sup(i + 1)
        its = items_cn(12, lang="zh") + items_cn(12, lang="zh")
        for it in its:
            it["qty"] = rr.choice([20, 50, 60, 100, 150])
        d = mkdoc("zh", "other", sup, our("zh"), "CNY", "zh", "cn", its, 0, title="销售货物或者提供应税劳务清单", notes="附：增值税专用发票 No." + str(rr.randint(10 ** 7, 10 ** 8)))
        add(d, "fods")
    # --- 1688 order pages (not invoices)
    for i in range(2):
        sup = cn_sup(i + 2)
        d = mkdoc("zh", "other", sup, our("zh"), "CNY", "zh", "iso", items_cn(rr.randint(2, 4)), 0, shipping=rr.choice([0, 12, 25]), discount=rr.choice([0, 5, 20]),
                  number=str(rr.randint(10 ** 17, 10 ** 18)))
        add(d, "html_1688", cap="scan_jpg" if i == 1 else None)
    # --- Quotation (报价单) fpdf
    d = mkdoc("zh", "quotation", cn_sup(4), our("zh"), "CNY", "zh", "cn_short", items_cn(4), 0, title="报 价 单", number="BJ2026" + str(rr.randint(100, 999)),
              notes="报价有效期30天，含税含运费送至广州番禺。")
    add(d, "fpdf")
    # --- bilingual commercial invoices / proforma / packing list / PO
    for i in range(8):
        sup = cn_sup_en(i + 2)
        cur = rr.choice(["USD", "USD", "CNY"])
        its = items_cn(rr.randint(2, 5), lang="zh-en", price_mult=0.145 if cur == "USD" else 1)
        d = mkdoc("zh-en", "invoice", sup, our("en"), cur, "en", rr.choice(["iso", "slash", "long_en"]), its, 0, shipping=rr.choice([0, 0, 85, 160]),
                  discount=rr.choice([0, 0, 50]), err="line" if i == 4 else None, incoterm=rr.choice(["FOB Shenzhen", "EXW Dongguan", "DDP Amazon FBA ONT8", "FOB Ningbo"]),
                  sign="For and on behalf of " + sup["name"] + "\n(Authorized signature)")
        add(d, "docx", cap={1: "scan_jpg", 6: "scan_pdf"}.get(i))
    for i in range(5):
        sup = cn_sup_en(i + 7)
        its = items_cn(rr.randint(3, 6), lang="zh-en", price_mult=0.142)
        d = mkdoc("zh-en", "invoice", sup, our("en" if i % 2 else "us"), "USD", "en", rr.choice(["iso", "long_en", "slash"]), its, 0, shipping=rr.choice([0, 120, 340]))
        add(d, "weasy", variant=3)
    for i in range(3):
        sup = cn_sup_en(i + 9)
        its = items_cn(rr.randint(3, 8), lang="zh-en", price_mult=0.14)
        d = mkdoc("zh-en", "invoice", sup, our("en"), "USD", "en", "iso", its, 0, err="line" if i == 1 else None)
        add(d, "fods")
    for i, r in enumerate(["docx", "weasy"]):
        sup = cn_sup_en(i + 10)
        d = mkdoc("zh-en", "proforma", sup, our("en"), "USD", "en", "iso", items_cn(3, lang="zh-en", price_mult=0.145), 0, title="形式发票 PROFORMA INVOICE", shipping=200)
        add(d, r, variant=3)
    for i, r in enumerate(["docx", "weasy"]):
        sup = cn_sup_en(i + 5)
        its = items_cn(4, lang="zh-en")
        for it in its:
            it["ctn"] = max(1, it["qty"] // 50)
            it["gw"] = fmt_num(it["ctn"] * D("8.4"), "en", 1)
        d = mkdoc("zh-en", "packing_list", sup, our("en"), "USD", "en", "iso", its, 0)
        add(d, r, variant=1)
    d = mkdoc("zh-en", "purchase_order", cn_sup_en(8), our("en"), "USD", "en", "slash", items_cn(3, lang="zh-en", price_mult=0.145), 0, title="采购订单 PURCHASE ORDER",
              number="PO-SL-2026-" + str(rr.randint(100, 999)), notes="Please confirm delivery date within 2 days. 请两天内确认交期。")
    add(d, "docx")
    # --- Alibaba.com Trade Assurance invoices
    for i in range(3):
        sup = cn_sup_en(i)
        d = mkdoc("en", "invoice", sup, our("en"), "USD", "en", "long_enus", items_cn(rr.randint(1, 3), lang="zh-en", price_mult=0.15), 0, shipping=rr.choice([45, 120, 260]),
                  number=str(rr.randint(10 ** 15, 10 ** 16)))
        for it in d["items"]:
            it["desc"] = it["en"]
        add(d, "html_alibaba", cap="photo_jpg" if i == 2 else None)
    # --- Hong Kong (Traditional Chinese)
    hk = [party("港陞貿易有限公司 Kong Sing Trading Ltd", "香港九龍觀塘鴻圖道58號昌泰工業大廈12樓B室", "BR 7314 2258"),
          party("寶泰電子(香港)有限公司", "香港新界荃灣橫龍街77號匯力工業中心9樓", "BR 6620 9137")]
    for i in range(4):
        its = items_generic(POOLS["hk"], rr.randint(2, 4), (50, 100, 200, 300, 500))
        d = mkdoc("zh-Hant", "invoice", hk[i % 2], our("en"), "HKD", "hk", rr.choice(["slash", "uk"]), its, 0, shipping=rr.choice([0, 180]))
        add(d, "weasy", variant=3, cap="scan_jpg" if i == 3 else None)
    # --- Taiwan
    tw = [party("騰穎科技股份有限公司", "新北市五股區五工三路122號", "5" + str(rr.randint(1000000, 9999999))), party("永嘉精密工業股份有限公司", "台中市大雅區科雅路31號", "2" + str(rr.randint(1000000, 9999999)))]
    for i in range(3):
        its = items_generic(POOLS["tw"], rr.randint(2, 3), (100, 200, 500, 1000))
        d = mkdoc("zh-Hant", "invoice", tw[i % 2], party(BUYERS["en"][0], "", "00000000"), "TWD", "tw", "slash", its, D("0.05"),
                  number=rr.choice(["AB", "KT", "ZQ"]) + "-" + str(rr.randint(10 ** 7, 10 ** 8)))
        add(d, "rl_tw", cap="scan_png" if i == 1 else None)
    # --- US suppliers
    us = [party("Brightwell Packaging Supply LLC", "4410 Kessler Industrial Pkwy, Columbus, OH 43228", "EIN 31-2748815"),
          party("Cedar Ridge Labels Inc.", "77 Millrace Road, Unit 4, Nashua, NH 03062", "EIN 02-6619034"),
          party("Pinecrest Photo Studio LLC", "2150 W Alameda Ave, Studio 12, Burbank, CA 91506", "EIN 95-4410387"),
          party("Harbor Line Fulfillment Inc.", "3901 E Francis St, Ontario, CA 91761", "EIN 33-1290561")]
    plan = ["chromium", "chromium", "chromium", "rl_platypus", "rl_platypus", "fpdf", "fpdf", "docx"]
    for i, r in enumerate(plan):
        n = 28 if i == 3 else rr.randint(2, 6)
        its = items_generic(POOLS["en"], min(n, 12))
        if i == 3:
            its = its + items_generic(POOLS["en"], 12) + items_generic(POOLS["en"], 4)
        d = mkdoc("en", "invoice", us[i % 4], our("us"), "USD", "en", rr.choice(["us", "long_enus"]), its, rr.choice([0, 0, 0.0725, 0.0575]),
                  shipping=rr.choice([0, 24.5, 79]), discount=rr.choice([0, 0, 15]), err="tax" if i == 6 else None, bank="Chase Bank, ACH routing 0440" + str(rr.randint(10000, 99999)))
        if d["tax_rate"] == 0 and d["err"] == "tax":
            d["tax_rate"] = D("0.0575")
            compute(d)
        d["title"] = "INVOICE"
        d["tax_label"] = "Sales Tax"
        add(d, r, variant=0, cap={2: "photo_jpg", 7: "scan_jpg"}.get(i))
    # --- UK suppliers
    uk = [party("Ashcombe Print & Pack Ltd", "Unit 14, Ferrybridge Trading Estate, Wakefield WF11 8RT", "GB 302 7751 46"),
          party("Kestrel Fulfilment Services Ltd", "Bay 3, Marston Gate Business Park, Milton Keynes MK17 8QP", "GB 287 1193 52"),
          party("Merrow Lane Textiles Ltd", "18 Merrow Lane, Bradford BD4 6LX", "GB 194 6602 71")]
    for i, r in enumerate(["weasy", "weasy", "fpdf", "fpdf", "rl_platypus", "fods"]):
        its = items_generic(POOLS["en"], rr.randint(2, 5))
        d = mkdoc("en", "tax_invoice" if i % 2 == 0 else "invoice", uk[i % 3], our("uk"), "GBP", "en", rr.choice(["uk", "long_en"]), its, D("0.20"),
                  shipping=rr.choice([0, 12.5]), bank="Sort code 40-12-77, Acc 71830455")
        d["title"] = "VAT INVOICE" if d["doc_type"] == "tax_invoice" else "INVOICE"
        add(d, r, variant=1, cap="scan_jpg" if i == 1 else None)
    d = mkdoc("en", "credit_note", uk[1], our("uk"), "GBP", "en", "uk", items_generic(POOLS["en"], 2, (1, 2, 5)), D("0.20"), number="CN-" + str(rr.randint(1000, 9999)),
              notes="Credit for damaged cartons on delivery ref. KF-" + str(rr.randint(10000, 99999)) + ". Amount will be offset against next invoice.")
    add(d, "fpdf", variant=0)
    # --- Germany
    de = [party("Lindner & Vogt Verpackungen GmbH", "Gewerbering 12, 33378 Rheda-Wiedenbrück", "DE 318 442 905"),
          party("Mühlbach Etiketten KG", "Am Kanal 4, 47138 Duisburg", "DE 274 119 630"),
          party("Brenninger Logistik GmbH", "Industriestraße 88, 86368 Gersthofen", "DE 301 958 217")]
    for i, r in enumerate(["fpdf", "fpdf", "rl_platypus", "rl_platypus", "chromium", "docx"]):
        its = items_generic(POOLS["de"], rr.randint(2, 6))
        d = mkdoc("de", "invoice", de[i % 3], our("eu"), "EUR", "de", rr.choice(["dot", "dot", "long_de"]), its, D("0.19"), shipping=rr.choice([0, 9.9, 45]),
                  discount=rr.choice([0, 0, 20]), err="sum" if i == 1 else None, bank="IBAN DE12 3705 0198 00" + str(rr.randint(10 ** 9, 10 ** 10)))
        add(d, r, variant=2, cap="scan_pdf" if i == 5 else None)
    d = mkdoc("de", "credit_note", de[2], our("eu"), "EUR", "de", "dot", items_generic(POOLS["de"], 2, (1, 2, 3)), D("0.19"), number="GS-" + str(rr.randint(100, 999)),
              notes="Gutschrift zu Rechnung RE-" + str(rr.randint(10000, 99999)) + " wegen Mengendifferenz.")
    add(d, "rl_platypus")
    its = items_generic(POOLS["de"], 3)
    for it in its:
        it["ctn"] = rr.randint(1, 12)
        it["gw"] = fmt_num(D(it["ctn"]) * D("6.5"), "de", 1)
    d = mkdoc("de", "delivery_note", de[0], our("eu"), "EUR", "de", "dot", its, 0, number="LS-" + str(rr.randint(10000, 99999)), notes="Ware erhalten: ____________")
    add(d, "fpdf")
    # --- France / Italy / Spain / NL / PL
    fr = [party("Ateliers Delmas SARL", "14 rue des Tanneurs, 69007 Lyon", "FR 47 512 884 301"), party("Cartonnages du Lys SAS", "ZA des Prés, 59810 Lesquin", "FR 08 433 190 226")]
    for i, r in enumerate(["weasy", "weasy", "fpdf", "docx"]):
        d = mkdoc("fr", "invoice", fr[i % 2], our("eu"), "EUR", "fr", rr.choice(["long_fr", "uk"]), items_generic(POOLS["fr"], rr.randint(2, 5)), D("0.20"),
                  shipping=rr.choice([0, 18]))
        add(d, r, variant=1, cap="photo_jpg" if i == 1 else None)
    it_s = party("Tipografia Ferraresi S.r.l.", "Via dell'Artigianato 21, 40057 Granarolo dell'Emilia (BO)", "IT 03198420377")
    for i, r in enumerate(["rl_platypus", "fods", "fpdf"]):
        d = mkdoc("it", "invoice", it_s, our("eu"), "EUR", "it", rr.choice(["uk", "long_it"]), items_generic(POOLS["it"], rr.randint(2, 5)), D("0.22"))
        add(d, r, variant=0)
    es = party("Envases Garrido S.L.", "Polígono Industrial La Estación, nave 7, 28320 Pinto (Madrid)", "ESB86541220")
    for i, r in enumerate(["chromium", "fpdf", "docx"]):
        d = mkdoc("es", "invoice", es, our("eu"), "EUR", "es", rr.choice(["uk", "long_es"]), items_generic(POOLS["es"], rr.randint(2, 5)), D("0.21"),
                  shipping=rr.choice([0, 15]))
        add(d, r, variant=2, cap="scan_jpg" if i == 2 else None)
    nl = party("Van Ooster Fulfilment B.V.", "Distributieweg 9, 2645 EG Delfgauw", "NL855102376B01")
    for i, r in enumerate(["weasy", "rl_platypus", "fpdf"]):
        d = mkdoc("nl", "invoice", nl, our("eu"), "EUR", "nl", rr.choice(["dash_eu", "long_nl"]), items_generic(POOLS["nl"], rr.randint(3, 6), (10, 40, 120, 300, 850)), D("0.21"))
        add(d, r, variant=0)
    pl = party("Magazyny Wiślane Sp. z o.o.", "ul. Składowa 17, 05-870 Błonie", "PL 5291873364")
    for i, r in enumerate(["fpdf", "rl_platypus", "weasy"]):
        d = mkdoc("pl", "invoice", pl, our("eu"), rr.choice(["PLN", "PLN", "EUR"]), "pl", "dot", items_generic(POOLS["pl"], rr.randint(2, 5), (1, 2, 4, 50, 200)), D("0.23"))
        add(d, r, variant=2, cap="scan_jpg" if i == 0 else None)
    # --- Japan
    jp = [party("株式会社ミナトパック", "大阪府東大阪市高井田中3-8-21", "T4120001187732"), party("有限会社青葉商事", "東京都大田区平和島2-4-9", "T8010802044519")]
    for i, r in enumerate(["docx", "docx", "weasy", "chromium"]):
        d = mkdoc("ja", "invoice", jp[i % 2], party(BUYERS["en"][0] + " 御中", BUYERS["en"][1], ""), "JPY", "ja", rr.choice(["cn_short", "slash"]),
                  items_generic(POOLS["ja"], rr.randint(2, 4), (1, 2, 5, 10, 50, 100)), D("0.10"), err="sum" if i == 1 else None)
        add(d, r, variant=3, cap="photo_jpg" if i == 3 else None)
    # --- other non-invoices: letter, price list
    d = mkdoc("en", "other", cn_sup_en(0), our("uk"), "USD", "en", "long_en", [], 0, number="L-0412",
              letter=["Dear Sir or Madam,", "We hereby confirm that Suilian Trading UK Ltd has purchased Type-C cables and GaN chargers from our factory since 2024 "
                      "and is authorised to resell them on Amazon marketplaces in the UK and EU.",
                      "Our factory holds CE and UKCA test reports for the products listed in our invoices.", "Yours faithfully,", "Chen Jianhua, Sales Manager"])
    add(d, "docx")
    its = items_generic(POOLS["en"], 8)
    d = mkdoc("en", "other", us[0], our("us"), "USD", "en", "us", its, 0, title="PRICE LIST 2026", notes="Prices valid until 31 Dec 2026. Volume discounts on request.")
    add(d, "fods")


# ================================================================= RENDER ALL
def render_all():
    chrom, sof = [], []
    for k, sp in enumerate(SPECS):
        d, r = sp["doc"], sp["r"]
        base = os.path.join(TMP, f"g{k:03d}")
        sp["pdf"] = base + ".pdf"
        render_one(d, r, base, chrom, sof, sp["variant"])
    render_chromium(chrom)
    soffice_convert(sof, TMP)
    for sp in SPECS:
        assert os.path.exists(sp["pdf"]), sp["pdf"]


def render_one(d, r, base, chrom, sof, variant=0):
    pdf = base + ".pdf"
    if r == "rl_cn_einvoice":
        rl_cn_einvoice(d, pdf)
    elif r == "rl_cn_paper":
        rl_cn_paper_vat(d, pdf)
    elif r == "rl_tw":
        rl_tw_einvoice(d, pdf)
    elif r == "rl_platypus":
        rl_platypus(d, pdf, font="DJV" if d["lang"] == "pl" else ("Times-Roman" if variant == 2 else "Helvetica"))
    elif r == "html_cn_einvoice":
        chrom.append((html_cn_einvoice(d), pdf))
    elif r == "html_1688":
        chrom.append((html_1688(d), pdf))
    elif r == "html_alibaba":
        chrom.append((html_alibaba(d), pdf))
    elif r == "chromium":
        chrom.append((html_generic(d, variant), pdf))
    elif r == "weasy":
        render_weasy(html_generic(d, variant), pdf)
    elif r == "fpdf":
        fpdf_simple(d, pdf, variant)
    elif r == "fods":
        fods(d, base + ".fods")
        sof.append(base + ".fods")
    elif r == "docx":
        make_docx(d, base + ".docx")
        sof.append(base + ".docx")


def npages(path):
    if path.endswith(".pdf"):
        return len(PdfReader(path).pages)
    return 1


NAMECOUNT = [0]
IDS = list(range(1, 400))
R.shuffle(IDS)


def newname(ext):
    NAMECOUNT[0] += 1
    return os.path.join(OUT, f"f{IDS[NAMECOUNT[0]]:03d}")


def label(path, d, r, genuine=True, method=None, changed=(), before=False, extra=None):
    cap = extra.get("capture") if extra else None
    prod = PRODUCER[r] if not cap else (("phone_photo" if cap.startswith("photo") else "scan") + "_of_" + PRODUCER[r])
    lab = dict(file=os.path.basename(path), genuine=genuine, edit_method=method, what_changed=list(changed), producer=prod, language=d["lang"],
               is_invoice=d["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"), doc_type=d["doc_type"],
               date=d["date"].isoformat(),
               total=(str(d["total"]) if d["doc_type"] not in ("packing_list", "delivery_note") and not (d["doc_type"] == "other" and d.get("letter")) else None),
               currency=d["currency"], supplier=d["supplier"]["name"], buyer=d["buyer"]["name"], pages=npages(path),
               edit_before_capture=before, arithmetic_error=bool(d.get("err")) and genuine)
    if lab["total"] is None:
        lab["currency"] = None
    if extra:
        lab.update({k: v for k, v in extra.items() if k != "capture"})
    if cap:
        lab["capture"] = cap
    LABELS.append(lab)
    return lab


def emit_genuine():
    for sp in SPECS:
        d, r = sp["doc"], sp["r"]
        base = newname("")
        if sp["cap"]:
            out, meta = capture(sp["pdf"], sp["cap"], base, R)
            sp["file"], sp["meta"] = out, meta
        else:
            out = base + ".pdf"
            shutil.copy(sp["pdf"], out)
            sp["file"] = out
        label(out, d, r, extra={"capture": sp["cap"]} if sp["cap"] else None)


# ================================================================= EDITS
def shift_total(d, rr):
    t = d["total"]
    choices = [t * D("0.5"), t * D("0.7"), t - D(rr.choice([100, 500, 1000])) if t > 1500 else t * D("0.6"), t * D("1.4")]
    nv = q(rr.choice(choices))
    if d["currency"] in ("JPY", "TWD"):
        nv = nv.quantize(D("1"))
    return q(nv)


def new_date(d, rr):
    return d["date"] - dt.timedelta(days=rr.randint(25, 160))


def count_bounded(pdf, s):
    doc = pdfium.PdfDocument(pdf)
    n = 0
    for i in range(len(doc)):
        txt = doc[i].get_textpage().get_text_range()
        n += len(re.findall(r"(?<![\d.,])" + re.escape(s) + r"(?![\d])", txt))
    doc.close()
    return n


def last_page_with(pdf, s):
    doc = pdfium.PdfDocument(pdf)
    pg = None
    for i in range(len(doc)):
        if s in doc[i].get_textpage().get_text_range():
            pg = i
    doc.close()
    return pg


def do_edits():
    rr = random.Random(77)
    gen = [sp for sp in SPECS if sp["doc"]["doc_type"] not in ("packing_list", "delivery_note") and not sp["doc"].get("letter") and not sp["doc"].get("err")]
    core = [sp for sp in gen if not sp["cap"] and ((sp["r"] == "fpdf" and sp["doc"]["lang"] in ("en", "de", "fr", "it", "es", "nl"))
                                                   or (sp["r"] == "rl_platypus" and sp["doc"]["lang"] != "pl" and sp["variant"] != 99))]
    pdfs = [sp for sp in gen if not sp["cap"]]
    scans = [sp for sp in gen if sp["cap"] in ("scan_jpg", "scan_png", "photo_jpg")]
    rr.shuffle(core)
    rr.shuffle(pdfs)
    rr.shuffle(scans)
    made = {"pikepdf_text_replace": 0, "pypdf_incremental_update": 0}
    # ---- content-stream edits
    plan = ["pikepdf_text_replace"] * 8 + ["pypdf_incremental_update"] * 5
    ci = 0
    for method in plan:
        for _ in range(len(core)):
            sp = core[ci % len(core)]
            ci += 1
            d, r = sp["doc"], sp["r"]
            what = rr.choice(["total", "total", "date", "buyer", "total+date"])
            nd = copy.deepcopy(d)
            pairs = []
            ch = []
            if "total" in what:
                ov = tot_str(d, r)
                if count_bounded(sp["pdf"], ov) < 1:
                    continue
                nd["total"] = shift_total(d, rr)
                pairs.append((ov, tot_str(nd, r)))
                ch.append("total")
            if "date" in what:
                nd["date"] = new_date(d, rr)
                pairs.append((date_str(d), date_str(nd)))
                ch.append("date")
            if what == "buyer":
                nb = rr.choice([x for x in ALT_BUYERS if x.isascii()])
                nd["buyer"] = dict(d["buyer"], name=nb)
                pairs.append((d["buyer"]["name"], nb))
                ch.append("buyer")
            out = newname("") + ".pdf"
            fn = stream_replace_all if method == "pikepdf_text_replace" else incremental_replace
            hits = fn(sp["pdf"], out, pairs)
            if hits < len(pairs):
                os.remove(out)
                continue
            label(out, nd, r, genuine=False, method=method, changed=ch, extra={"source_file": os.path.basename(sp["file"])})
            break
    # ---- white-box overlays (incl. Chinese)
    oi = 0
    for method, n in (("overlay_whitebox", 8), ("overlay_whitebox_rasterized", 3)):
        done = 0
        while done < n and oi < len(pdfs):
            sp = pdfs[oi]
            oi += 1
            d, r = sp["doc"], sp["r"]
            nd = copy.deepcopy(d)
            kind = rr.choice(["total", "total", "date", "buyer", "quantity", "supplier"])
            cjk = d["lang"] in ("zh", "zh-Hant", "ja", "zh-en")
            if kind == "total":
                ov = tot_str(d, r)
                nd["total"] = shift_total(d, rr)
                tg = [(ov, tot_str(nd, r), None)]
            elif kind == "date":
                nd["date"] = new_date(d, rr)
                tg = [(date_str(d), date_str(nd), None)]
            elif kind == "buyer":
                nb = rr.choice(ALT_BUYERS if cjk else [x for x in ALT_BUYERS if x.isascii()])
                nd["buyer"] = dict(d["buyer"], name=nb)
                tg = [(d["buyer"]["name"], nb, None)]
            elif kind == "supplier":
                ns = rr.choice(["Shenzhen Anker-Lite Official Distribution Co., Ltd.", "深圳市品牌授权总代理有限公司", "Authorized Distributor Europe GmbH"])
                nd["supplier"] = dict(d["supplier"], name=ns)
                tg = [(d["supplier"]["name"], ns, 0)]
            else:
                it0 = d["items"][0]
                qs = fmt_num(it0["qty"], d["numstyle"], 0) if r not in ("rl_cn_einvoice", "html_cn_einvoice", "html_1688", "html_alibaba", "rl_cn_paper") else str(it0["qty"])
                if count_bounded(sp["pdf"], qs) != 1:
                    continue
                nq = it0["qty"] * rr.choice([2, 3, 5, 10])
                nqs = fmt_num(nq, d["numstyle"], 0) if qs != str(it0["qty"]) else str(nq)
                nd["items"][0]["qty"] = nq
                tg = [(qs, nqs, 0)]
            pg = last_page_with(sp["pdf"], tg[0][0])
            if pg is None:
                continue
            out = newname("") + ".pdf"
            k = overlay_edit(sp["pdf"], out, tg, cjk=cjk, page=pg)
            if k == 0:
                os.remove(out)
                continue
            if method.endswith("rasterized"):
                ims = render_pages(out, 150 / 72)
                ims[0].save(out, "PDF", save_all=True, append_images=ims[1:], resolution=150)
            label(out, nd, r, genuine=False, method=method, changed=[kind], extra={"source_file": os.path.basename(sp["file"])})
            done += 1
    # ---- image paste on scans / photos
    si = 0
    done = 0
    while done < 6 and si < len(scans):
        sp = scans[si]
        si += 1
        d, r = sp["doc"], sp["r"]
        nd = copy.deepcopy(d)
        kind = rr.choice(["total", "total", "date", "buyer"])
        if kind == "total":
            old, new = tot_str(d, r), None
            nd["total"] = shift_total(d, rr)
            new = tot_str(nd, r)
        elif kind == "date":
            nd["date"] = new_date(d, rr)
            old, new = date_str(d), date_str(nd)
        else:
            nb = rr.choice(ALT_BUYERS)
            nd["buyer"] = dict(d["buyer"], name=nb)
            old, new = d["buyer"]["name"], nb
        pg = last_page_with(sp["pdf"], old)
        if pg is None:
            continue
        base = newname("")
        out, n = image_paste(sp["file"], sp["meta"], base, [(old, new, pg, None)], rr)
        if n == 0:
            continue
        label(out, nd, r, genuine=False, method="image_paste", changed=[kind], extra={"source_file": os.path.basename(sp["file"]), "capture": sp["cap"]})
        done += 1
    # ---- image clone (digit cloned from elsewhere on the same page)
    done = 0
    for sp in scans[si:] + scans[:si]:
        if done >= 4:
            break
        if sp["cap"] not in ("scan_jpg", "scan_png") or npages(sp["pdf"]) != 1:
            continue
        d, r = sp["doc"], sp["r"]
        ts = tot_str(d, r)
        digs = [i for i, ch in enumerate(ts) if ch.isdigit()]
        pos = digs[0] if rr.random() < 0.6 else digs[min(1, len(digs) - 1)]
        oldc = ts[pos]
        for newc in rr.sample("123456789", 9):
            if newc == oldc:
                continue
            nts = ts[:pos] + newc + ts[pos + 1:]
            base = newname("")
            boxes, _ = text_boxes(sp["pdf"], ts, 0)
            if not boxes:
                break
            out = image_clone(sp["file"], sp["meta"], base, ts, pos, newc, rr, occ=-1)
            if out:
                nd = copy.deepcopy(d)
                nd["total"] = parse_total(nts, d, r)
                label(out, nd, r, genuine=False, method="image_clone", changed=["total"],
                      extra={"source_file": os.path.basename(sp["file"]), "capture": sp["cap"], "note": f"digit '{oldc}' of total replaced by clone of '{newc}' (last occurrence only)"})
                done += 1
                break
    # ---- edit before capture: change data, re-render, scan/photo
    cands = [sp for sp in gen if sp["r"] in ("rl_cn_einvoice", "fpdf", "rl_cn_paper", "weasy", "rl_platypus")]
    rr.shuffle(cands)
    done = 0
    for sp in cands:
        if done >= 4:
            break
        d, r = copy.deepcopy(sp["doc"]), sp["r"]
        kind = ["quantity", "buyer", "date", "quantity"][done]
        if kind == "quantity":
            d["items"][0]["qty"] *= 4
            compute(d)
            ch = ["quantity", "total"]
        elif kind == "buyer":
            d["buyer"] = dict(d["buyer"], name=rr.choice(ALT_BUYERS[:4]))
            ch = ["buyer"]
        else:
            d["date"] = new_date(d, rr)
            ch = ["date"]
        base = os.path.join(TMP, f"ebc{done}")
        ch_, so_ = [], []
        render_one(d, r, base, ch_, so_, sp["variant"])
        render_chromium(ch_)
        soffice_convert(so_, TMP)
        cap = ["scan_jpg", "photo_jpg", "scan_pdf", "photo_jpg"][done]
        out, meta = capture(base + ".pdf", cap, newname(""), rr)
        label(out, d, r, genuine=False, method="edit_before_capture", changed=ch, before=True,
              extra={"source_file": os.path.basename(sp["file"]), "capture": cap})
        done += 1
    # ---- docx edited and re-exported
    dx = [sp for sp in gen if sp["r"] == "docx"]
    rr.shuffle(dx)
    for k, sp in enumerate(dx[:2]):
        d = copy.deepcopy(sp["doc"])
        if k == 0:
            d["buyer"] = dict(d["buyer"], name=BUYERS["uk"][0], addr=BUYERS["uk"][1], taxid=BUYERS["uk"][2])
            ch = ["buyer"]
        else:
            d["items"][0]["qty"] *= 2
            compute(d)
            ch = ["quantity", "total"]
        base = os.path.join(TMP, f"dxe{k}")
        make_docx(d, base + ".docx")
        soffice_convert([base + ".docx"], TMP)
        out = newname("") + ".pdf"
        shutil.copy(base + ".pdf", out)
        label(out, d, "docx", genuine=False, method="docx_edit_reexport", changed=ch, before=True, extra={"source_file": os.path.basename(sp["file"])})


def parse_total(s, d, r):
    if r in ("rl_cn_einvoice", "rl_cn_paper", "html_cn_einvoice", "html_1688", "html_alibaba", "rl_tw") or d["numstyle"] in ("en", "zh", "ja", "tw", "hk"):
        return q(D(s.replace(",", "")))
    return q(D(s.replace(".", "").replace(" ", "").replace(",", ".")))


# ================================================================= MAIN
def main():
    ensure_dirs()
    build_specs()
    print("specs", len(SPECS), flush=True)
    render_all()
    print("rendered", flush=True)
    emit_genuine()
    print("genuine", len(LABELS), flush=True)
    do_edits()
    print("total", len(LABELS), flush=True)
    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for lab in sorted(LABELS, key=lambda x: x["file"]):
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    check()


def check():
    from collections import Counter
    labs = [json.loads(l) for l in open(os.path.join(HERE, "labels.jsonl"), encoding="utf-8")]
    missing = [l["file"] for l in labs if not os.path.exists(os.path.join(OUT, l["file"]))]
    print("labels:", len(labs), "files on disk:", len(os.listdir(OUT)), "missing:", missing)
    # text-layer sanity check for PDFs that carry text: the labelled total must be printed
    bad = []
    for l in labs:
        p = os.path.join(OUT, l["file"])
        if not p.endswith(".pdf") or l["total"] is None:
            continue
        doc = pdfium.PdfDocument(p)
        txt = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        doc.close()
        if not txt.strip():
            continue
        digits = re.sub(r"\D", "", txt)
        t = l["total"].replace(".", "")
        t2 = t[:-2] if t.endswith("00") else t
        if t not in digits and t2 not in digits:
            bad.append((l["file"], l["total"], l["producer"], l["edit_method"]))
    print("text-check, total not found:", bad)
    for k in ("producer", "language", "doc_type", "edit_method", "genuine", "arithmetic_error", "edit_before_capture"):
        print(k, dict(Counter(str(l[k]) for l in labs)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "check":
        check()
    else:
        main()
