#!/usr/bin/env python
"""Generate a labelled test set of invoice-like files (genuine + edited).

Run:  /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script. Everything is invented.
"""
import os, sys, json, random, subprocess, shutil, io, math, re, datetime as dt
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(BASE, "files")
TMP = os.path.join(BASE, "tmp")
R = random.Random(240517)

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJS = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
DJM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

D = Decimal
def q2(x): return D(x).quantize(D("0.01"), ROUND_HALF_UP)
def q0(x): return D(x).quantize(D("1"), ROUND_HALF_UP)

# ---------------------------------------------------------------- locale data
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "en": "January February March April May June July August September October November December".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
}

def fmt_date(d, style):
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "iso": return d.isoformat()
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "cjk0": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "reiwa": return f"令和{d.year-2018}年{d.month}月{d.day}日"
    if style.startswith("long_"):
        lg = style[5:]
        m = MONTHS[lg][d.month - 1]
        if lg == "en": return f"{d.day} {m} {d.year}"
        if lg == "es": return f"{d.day} de {m} de {d.year}"
        if lg == "de": return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    if style == "us_long": return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == "dmon": return d.strftime("%d-%b-%Y").upper()
    raise ValueError(style)

def fmt_num(x, style, dec=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    s = f"{x:,.{dec}f}"
    if style == "comma_dot": pass
    elif style == "dot_comma": s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif style == "space_comma": s = s.replace(",", " ").replace(".", ",")
    elif style == "apos_dot": s = s.replace(",", "'")
    elif style == "plain_dot": s = s.replace(",", "")
    return ("-" if neg else "") + s

def fmt_money(x, cur, nstyle, pos, dec=2):
    n = fmt_num(x, nstyle, dec)
    sign = ""
    if n.startswith("-") and pos in ("pre", "pre_sp"): sign, n = "-", n[1:]
    if pos == "pre": return f"{sign}{cur}{n}"
    if pos == "pre_sp": return f"{sign}{cur} {n}"
    if pos == "post_sp": return f"{n} {cur}"
    return n

LANGS = {
  # lang: (currency choices, number style, date styles, tax rate choices)
  "zh":      (["CNY"] * 5 + ["USD"], "comma_dot", ["cjk", "cjk0", "iso"], [D("0.13"), D("0.13"), D("0.06"), D("0.01")]),
  "zh-Hant": (["HKD"] * 4 + ["USD"], "comma_dot", ["cjk", "dmy_slash", "dmon"], [D("0")]),
  "en":      (["USD", "USD", "GBP", "HKD", "USD"], "comma_dot", ["mdy_slash", "long_en", "dmy_slash", "us_long", "iso", "dmon"], [D("0"), D("0.20"), D("0.0725"), D("0")]),
  "ja":      (["JPY"], "comma_dot", ["cjk", "ymd_slash", "reiwa"], [D("0.10"), D("0.10"), D("0.08")]),
  "de":      (["EUR"], "dot_comma", ["dmy_dot", "long_de"], [D("0.19"), D("0.07")]),
  "fr":      (["EUR"], "space_comma", ["long_fr", "dmy_slash"], [D("0.20"), D("0.055")]),
  "it":      (["EUR"], "dot_comma", ["dmy_slash", "long_it", "dmy_dot"], [D("0.22"), D("0.10")]),
  "es":      (["EUR"], "dot_comma", ["dmy_slash", "long_es"], [D("0.21"), D("0.10")]),
  "pl":      (["PLN", "PLN", "EUR"], "space_comma", ["dmy_dot", "iso"], [D("0.23"), D("0.08")]),
  "nl":      (["EUR"], "dot_comma", ["dmy_dash", "long_nl"], [D("0.21"), D("0.09")]),
}
CURSYM = {"CNY": "¥", "USD": "$", "GBP": "£", "HKD": "HK$", "JPY": "¥", "EUR": "€", "PLN": "zł"}

L = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE", proforma="PROFORMA INVOICE",
            packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST", letter="",
            no="No.", date="Date", due="Due date", seller="From", buyer="Bill to", desc="Description", qty="Qty", unit="Unit", price="Unit price", amount="Amount",
            subtotal="Subtotal", discount="Discount", shipping="Freight", tax="Tax", vat="VAT", total="TOTAL", terms="Payment terms: T/T, 30% deposit, balance before shipment",
            bank="Bank", taxid="Tax ID", page="Page", ctn="Cartons", nw="N.W. (kg)", gw="G.W. (kg)", moq="MOQ", valid="Valid until", sign="Authorised signature", recv="Received by"),
 "zh": dict(invoice="商业发票 COMMERCIAL INVOICE", tax_invoice="电子发票（增值税专用发票）", receipt="收  据", credit_note="红字发票", proforma="形式发票 PROFORMA INVOICE",
            packing_list="装箱单 PACKING LIST", purchase_order="采购订单", quotation="报价单", delivery_note="送 货 单", price_list="产品价格表", letter="",
            no="单号", date="日期", due="付款期限", seller="销售方", buyer="购买方", desc="品名/规格", qty="数量", unit="单位", price="单价", amount="金额",
            subtotal="小计", discount="折扣", shipping="运费", tax="税额", vat="增值税", total="合计", terms="付款方式：银行转账，月结30天",
            bank="开户行及账号", taxid="统一社会信用代码", page="第{p}页", ctn="箱数", nw="净重(kg)", gw="毛重(kg)", moq="起订量", valid="报价有效期至", sign="经手人", recv="收货人签字"),
 "zh-Hant": dict(invoice="發票 INVOICE", tax_invoice="發票 INVOICE", receipt="收據 OFFICIAL RECEIPT", credit_note="退貨單 CREDIT NOTE", proforma="形式發票 PROFORMA INVOICE",
            packing_list="裝箱單 PACKING LIST", purchase_order="訂貨單 PURCHASE ORDER", quotation="報價單 QUOTATION", delivery_note="送貨單 DELIVERY NOTE", price_list="價目表 PRICE LIST", letter="",
            no="編號 No.", date="日期 Date", due="付款日期", seller="賣方", buyer="客戶 Customer", desc="貨品說明 Description", qty="數量 Qty", unit="單位", price="單價 Unit Price", amount="金額 Amount",
            subtotal="小計 Subtotal", discount="折扣 Discount", shipping="運費 Freight", tax="稅項", vat="稅項", total="總額 TOTAL", terms="付款條件：電匯，見單即付",
            bank="銀行賬戶", taxid="商業登記號碼 BR No.", page="第{p}頁", ctn="箱數", nw="淨重", gw="毛重", moq="最少訂量", valid="有效期至", sign="授權簽署", recv="收貨人簽收"),
 "ja": dict(invoice="請求書", tax_invoice="請求書（適格請求書）", receipt="領収書", credit_note="返品伝票", proforma="見積請求書",
            packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書", price_list="価格表", letter="",
            no="請求番号", date="発行日", due="お支払期限", seller="発行元", buyer="請求先", desc="品名", qty="数量", unit="単位", price="単価", amount="金額",
            subtotal="小計", discount="値引", shipping="送料", tax="消費税", vat="消費税", total="ご請求金額", terms="お振込手数料は貴社にてご負担ください。",
            bank="振込先", taxid="登録番号", page="{p}ページ", ctn="箱数", nw="正味重量", gw="総重量", moq="最小ロット", valid="有効期限", sign="担当", recv="受領印"),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT", proforma="PROFORMA-RECHNUNG",
            packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE", letter="",
            no="Rechnungs-Nr.", date="Datum", due="Fällig am", seller="Absender", buyer="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", unit="Einheit", price="Einzelpreis", amount="Gesamt",
            subtotal="Zwischensumme", discount="Rabatt", shipping="Versandkosten", tax="MwSt.", vat="USt.", total="Gesamtbetrag", terms="Zahlbar innerhalb 14 Tagen ohne Abzug.",
            bank="Bankverbindung", taxid="USt-IdNr.", page="Seite", ctn="Kartons", nw="Netto (kg)", gw="Brutto (kg)", moq="Mindestmenge", valid="Gültig bis", sign="Unterschrift", recv="Ware erhalten"),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR", proforma="FACTURE PRO FORMA",
            packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIFS", letter="",
            no="Facture n°", date="Date", due="Échéance", seller="Émetteur", buyer="Client", desc="Désignation", qty="Qté", unit="Unité", price="P.U. HT", amount="Montant HT",
            subtotal="Total HT", discount="Remise", shipping="Frais de port", tax="TVA", vat="TVA", total="Total TTC", terms="Paiement à 30 jours fin de mois. Pénalités de retard : 3 fois le taux d'intérêt légal.",
            bank="IBAN", taxid="N° TVA", page="Page", ctn="Colis", nw="Poids net", gw="Poids brut", moq="Qté min.", valid="Valable jusqu'au", sign="Signature", recv="Reçu par"),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO", proforma="FATTURA PROFORMA",
            packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE D'ACQUISTO", quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI", letter="",
            no="Fattura n.", date="Data", due="Scadenza", seller="Cedente", buyer="Cessionario", desc="Descrizione", qty="Q.tà", unit="U.M.", price="Prezzo unit.", amount="Importo",
            subtotal="Imponibile", discount="Sconto", shipping="Spese di trasporto", tax="IVA", vat="IVA", total="Totale documento", terms="Pagamento: bonifico bancario 30 gg d.f.",
            bank="IBAN", taxid="P.IVA", page="Pag.", ctn="Colli", nw="Peso netto", gw="Peso lordo", moq="Min. ordine", valid="Valido fino al", sign="Firma", recv="Firma destinatario"),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA", proforma="FACTURA PROFORMA",
            packing_list="LISTA DE EMBALAJE", purchase_order="ORDEN DE COMPRA", quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS", letter="",
            no="Factura nº", date="Fecha", due="Vencimiento", seller="Emisor", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Ud.", price="Precio", amount="Importe",
            subtotal="Base imponible", discount="Descuento", shipping="Portes", tax="IVA", vat="IVA", total="TOTAL", terms="Forma de pago: transferencia a 30 días.",
            bank="IBAN", taxid="NIF", page="Página", ctn="Bultos", nw="Peso neto", gw="Peso bruto", moq="Pedido mín.", valid="Válido hasta", sign="Firma", recv="Recibí conforme"),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="POKWITOWANIE", credit_note="FAKTURA KORYGUJĄCA", proforma="FAKTURA PRO FORMA",
            packing_list="LISTA PAKOWA", purchase_order="ZAMÓWIENIE", quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK", letter="",
            no="Nr", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto",
            subtotal="Razem netto", discount="Rabat", shipping="Transport", tax="VAT", vat="VAT", total="Do zapłaty", terms="Sposób płatności: przelew, 14 dni.",
            bank="Nr konta", taxid="NIP", page="Strona", ctn="Kartony", nw="Netto", gw="Brutto", moq="Min. zamówienie", valid="Ważna do", sign="Podpis", recv="Odebrał"),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA", proforma="PROFORMAFACTUUR",
            packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE", delivery_note="PAKBON", price_list="PRIJSLIJST", letter="",
            no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier", buyer="Factuuradres", desc="Omschrijving", qty="Aantal", unit="Eenheid", price="Stukprijs", amount="Bedrag",
            subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten", tax="BTW", vat="BTW", total="Totaal", terms="Gelieve binnen 14 dagen over te maken onder vermelding van het factuurnummer.",
            bank="IBAN", taxid="BTW-nr", page="Pagina", ctn="Dozen", nw="Netto", gw="Bruto", moq="Min. afname", valid="Geldig tot", sign="Handtekening", recv="Ontvangen"),
}

SUPPLIERS = {
 "zh": [("义乌市鑫隆日用百货商行", "浙江省义乌市福田街道国际商贸城二区H4-17号"), ("深圳市宏拓电子科技有限公司", "深圳市龙岗区坂田街道雅宝路88号5栋602"),
        ("东莞市锦程塑胶制品有限公司", "广东省东莞市长安镇沙头工业区12号"), ("广州市恒发五金配件厂", "广州市白云区石井镇庆丰工业园C座"),
        ("佛山市南海区瑞森家居用品有限公司", "佛山市南海区大沥镇黄岐工业路36号"), ("汕头市澄海区童乐玩具厂", "汕头市澄海区莲下镇玩具城北路9号"),
        ("义乌市晨阳饰品有限公司", "义乌市稠城街道宾王路301号"), ("中山市明灯照明电器有限公司", "中山市古镇镇同益工业园3栋")],
 "zh-Hant": [("永德貿易有限公司 WING TAK TRADING CO., LTD.", "香港九龍觀塘鴻圖道51號14樓B室"), ("恒昌進出口有限公司 HANG CHEONG IMPORT & EXPORT LTD", "香港新界荃灣沙咀道328號8樓"),
        ("嘉輝實業(香港)有限公司 KA FAI INDUSTRIAL (HK) LTD", "香港上環干諾道中111號1203室")],
 "en": [("Brightwater Components Inc.", "418 Alder Creek Rd, Suite 210, Reno, NV 89502, USA"), ("Harbourline Supplies Ltd", "Unit 7, Kestrel Way, Leicester LE4 9QR, United Kingdom"),
        ("Pearl Delta Sourcing Ltd", "Flat 9C, 22 Hung To Road, Kwun Tong, Kowloon, Hong Kong"), ("Yiwu Sunrise Export Co., Ltd.", "No. 58 Chouzhou North Road, Yiwu, Zhejiang, China"),
        ("Shenzhen Kaiyuan Packaging Co., Ltd.", "Bldg 3, Fuyong Industrial Park, Bao'an, Shenzhen, China"), ("Maple & Finch Trading LLC", "77 Orchard Lane, Edison, NJ 08817, USA"),
        ("Golden Reed Textiles (Pvt) Ltd", "Plot 14, Sector 5, Korangi, Karachi, Pakistan")],
 "ja": [("株式会社ミナト精工", "〒577-0012 大阪府東大阪市長田東3-2-18"), ("有限会社さくら雑貨", "〒111-0043 東京都台東区駒形1-9-4 さくらビル3F"),
        ("株式会社アオバ包装資材", "〒980-0021 宮城県仙台市青葉区中央2-7-11")],
 "de": [("Feldberger Kartonagen GmbH", "Industriestraße 41, 78315 Radolfzell"), ("Lindqvist & Brandt Handels-GmbH", "Am Speicherhof 6, 28217 Bremen")],
 "fr": [("Atelier Brunelle SARL", "14 rue des Tanneurs, 69007 Lyon"), ("Comptoir Vallérien SAS", "3 allée des Peupliers, 44300 Nantes")],
 "it": [("Tessitura Valcarda S.r.l.", "Via dei Mulini 22, 22070 Grandate (CO)"), ("Ferramenta Orlandi & C. S.n.c.", "Viale Carducci 118, 47521 Cesena (FC)")],
 "es": [("Distribuciones Almenara S.L.", "Calle del Tinte 9, 46001 Valencia"), ("Envases Guadalmar S.A.", "Polígono El Pino, Nave 14, 41016 Sevilla")],
 "pl": [("Zakład Opakowań Wisłoka Sp. z o.o.", "ul. Przemysłowa 17, 39-200 Dębica"), ("Hurtownia Bałtyk Jan Żmuda", "ul. Portowa 5/2, 81-350 Gdynia")],
 "nl": [("Van Doorn Verpakkingen B.V.", "Havenweg 31, 3542 AD Utrecht"), ("Kooistra Groothandel V.O.F.", "Zuiderdiep 102, 9711 HM Groningen")],
}
BUYERS = {
 "zh": ["深圳市潮汐跨境电子商务有限公司", "深圳市北辰优品贸易有限公司", "广州云帆跨境电商有限公司", "厦门海岚供应链管理有限公司", "杭州启明星电子商务有限公司"],
 "zh-Hant": ["TIDEWAY E-COMMERCE (HK) LIMITED 潮汐電商(香港)有限公司", "北辰優品國際有限公司 BEICHEN GOODS INTL LTD", "OAKRIDGE HOME GOODS LLC"],
 "en": ["Tideway E-Commerce (HK) Limited", "Northgate Home Goods LLC", "Bluefin Outdoor Brands Ltd", "Kestrel Lane Retail Inc.", "Morrow & Pike Online Ltd", "Shenzhen Beichen Goods Trading Co., Ltd."],
 "ja": ["株式会社ノースゲート・ジャパン", "合同会社しおさい商会", "潮汐電子商務株式会社"],
 "de": ["Kranich Onlinehandel GmbH", "Tideway E-Commerce Europe GmbH", "Haus & Hof Versand UG"],
 "fr": ["Boutique Lavandière SAS", "Tideway E-Commerce France SARL", "Maison Cardon EURL"],
 "it": ["Casa Lucerna S.r.l.", "Tideway Italia S.r.l.", "Bottega Verdi di M. Rinaldi"],
 "es": ["Tienda Marbella Online S.L.", "Tideway Iberia S.L.", "Hogar Solano S.L.U."],
 "pl": ["Sklep Internetowy Mewa Sp. z o.o.", "Tideway Polska Sp. z o.o.", "P.H.U. Krystyna Ostrowska"],
 "nl": ["Webwinkel De Reiger B.V.", "Tideway Benelux B.V.", "Huis en Tuin Online V.O.F."],
}
ITEMS = {
 "zh": [("硅胶折叠水杯 350ml", "个"), ("304不锈钢保温杯 500ml", "个"), ("LED灯带 5米 RGB", "条"), ("铝合金手机支架", "个"), ("宠物磨牙咬胶玩具", "个"), ("折叠收纳箱 大号", "个"),
        ("Type-C数据线 1米 编织", "条"), ("TPE瑜伽垫 6mm", "张"), ("硅胶厨房铲勺套装 5件", "套"), ("车载香薰夹", "个"), ("儿童卡通雨伞", "把"), ("蓝牙耳机收纳包", "个"),
        ("不锈钢饭盒 双层", "个"), ("纸箱 60x40x40cm 五层", "个"), ("彩盒包装 定制印刷", "个")],
 "zh-Hant": [("矽膠摺疊水杯 350ml Silicone cup", "PCS"), ("手機殼 iPhone 16 透明", "PCS"), ("藍牙喇叭 迷你 Mini speaker", "PCS"), ("USB-C 充電器 20W", "PCS"), ("不鏽鋼餐具套裝", "SET"),
        ("LED 化妝鏡 Makeup mirror", "PCS"), ("寵物牽引繩 Pet leash", "PCS"), ("瑜伽磚 Yoga block", "PCS")],
 "en": [("Silicone collapsible cup 350ml", "pcs"), ("Stainless steel tumbler 20oz", "pcs"), ("LED strip light 5m RGB", "rolls"), ("Aluminium phone stand", "pcs"), ("Dog chew toy, rubber", "pcs"),
        ("Foldable storage box, large", "pcs"), ("USB-C braided cable 1m", "pcs"), ("TPE yoga mat 6mm", "pcs"), ("Kitchen utensil set (5 pcs)", "sets"), ("Car vent diffuser clip", "pcs"),
        ("Printed gift box 20x15x8cm", "pcs"), ("Master carton 5-ply", "pcs"), ("Cotton tote bag 38x42cm", "pcs"), ("Resistance band set", "sets")],
 "ja": [("ステンレスボトル 500ml", "本"), ("折りたたみ収納ボックス", "個"), ("シリコン調理ヘラ", "本"), ("梱包用ダンボール 80サイズ", "枚"), ("OPP袋 30x40cm (100枚入)", "袋"), ("ヨガマット 6mm", "枚"), ("USBケーブル Type-C 1m", "本")],
 "de": [("Versandkarton 300x200x150 mm", "Stk"), ("Luftpolsterfolie 50 cm x 100 m", "Rolle"), ("Edelstahl-Trinkflasche 750 ml", "Stk"), ("Klebeband braun 48 mm", "Rolle"), ("Aufbewahrungsbox faltbar", "Stk")],
 "fr": [("Carton d'expédition double cannelure", "u."), ("Gourde inox 500 ml", "u."), ("Sac en coton bio", "u."), ("Étiquettes thermiques 100x150", "rlx"), ("Boîte cadeau kraft", "u.")],
 "it": [("Scatola spedizione 40x30x20", "pz"), ("Borraccia acciaio 750 ml", "pz"), ("Nastro adesivo avana", "rt"), ("Tovaglioli in cotone", "pz"), ("Custodia smartphone in pelle", "pz")],
 "es": [("Caja de cartón doble canal", "ud"), ("Botella térmica 500 ml", "ud"), ("Bolsa de algodón reciclado", "ud"), ("Cinta de embalar marrón", "ud"), ("Organizador plegable", "ud")],
 "pl": [("Karton klapowy 5W 600x400x400", "szt."), ("Folia stretch 23 mic", "rol."), ("Butelka stalowa 500 ml", "szt."), ("Taśma pakowa brązowa", "szt."), ("Pudełko prezentowe kraft", "szt.")],
 "nl": [("Verzenddoos dubbelgolf", "st"), ("RVS drinkfles 750 ml", "st"), ("Katoenen tas naturel", "st"), ("Verpakkingstape bruin", "rol"), ("Opvouwbare opbergbox", "st")],
}

def rand_taxid(lang):
    r = R
    if lang == "zh": return "91" + str(r.choice([4403, 4419, 3307, 4401, 4406, 4405, 4420])) + "00" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(10))
    if lang == "zh-Hant": return f"{r.randint(30000000, 79999999)}-000-{r.randint(1,12):02d}-{r.randint(20,26)}-{r.randint(1,9)}"
    if lang == "ja": return "T" + "".join(str(r.randint(0, 9)) for _ in range(13))
    if lang == "de": return "DE" + str(r.randint(100000000, 399999999))
    if lang == "fr": return "FR" + str(r.randint(10, 99)) + str(r.randint(100000000, 999999999))
    if lang == "it": return "IT" + str(r.randint(10000000000, 99999999999))
    if lang == "es": return "B" + str(r.randint(10000000, 99999999))
    if lang == "pl": return str(r.randint(1000000000, 9999999999))
    if lang == "nl": return "NL" + str(r.randint(100000000, 999999999)) + "B01"
    return str(r.randint(100000000, 999999999))

def en_taxid(addr):
    r = R
    if "USA" in addr: return f"EIN {r.randint(10,99)}-{r.randint(1000000,9999999)}"
    if "United Kingdom" in addr: return f"VAT GB{r.randint(100000000,999999999)}"
    if "Hong Kong" in addr: return f"BR {r.randint(30000000,79999999)}"
    if "China" in addr: return "USCC 91" + str(r.randint(10**15, 10**16 - 1))
    return f"NTN {r.randint(1000000,9999999)}-{r.randint(1,9)}"

def rmb_upper(x):
    digits = "零壹贰叁肆伍陆柒捌玖"
    x = q2(x); n = int(x); cents = int((x - n) * 100)
    def four(g):
        s = ""; zero = False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            d = (g // 10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += "零"
                s += digits[d] + u; zero = False
        return s
    groups = []
    while n: groups.append(n % 10000); n //= 10000
    res = ""
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            continue
        if res and g < 1000: res += "零"
        res += four(g) + ["", "万", "亿"][idx]
    res = (res or "零") + "元"
    j, f = cents // 10, cents % 10
    if j == 0 and f == 0: return res + "整"
    if j: res += digits[j] + "角"
    elif f: res += "零"
    if f: res += digits[f] + "分"
    return res

# ---------------------------------------------------------------- document model
def rand_date():
    return dt.date(2025, 8, 1) + dt.timedelta(days=R.randint(0, 470))

def make_doc(lang, doc_type, nlines=None, arith_error=None):
    curs, nstyle, dstyles, rates = LANGS[lang]
    cur = R.choice(curs)
    dstyle = R.choice(dstyles)
    if lang == "en" and cur == "GBP": dstyle = R.choice(["long_en", "dmy_slash"])
    if lang == "en" and cur == "USD" and dstyle == "dmy_slash": dstyle = "mdy_slash"
    lab = L[lang]
    dec = 0 if cur == "JPY" else 2
    pos = R.choice(["pre", "pre_sp"]) if cur in ("USD", "GBP", "HKD", "CNY", "JPY") else "post_sp"
    if lang in ("en", "zh-Hant") and R.random() < 0.3: pos = "code"  # "12,345.00 USD"
    sname, saddr = R.choice(SUPPLIERS[lang])
    if lang == "en":
        if cur == "GBP": sname, saddr = SUPPLIERS["en"][1]
        elif "United Kingdom" in saddr: cur = "GBP"
        if cur == "GBP": dstyle = R.choice(["long_en", "dmy_slash"]); pos = "pre"
    buyer = R.choice(BUYERS[lang])
    date = rand_date()
    rate = R.choice(rates)
    if cur != "CNY" and lang == "zh": rate = D("0")  # export PI in USD, no VAT
    if lang == "en" and cur == "HKD": rate = D("0")
    if lang == "en" and cur == "GBP": rate = D("0.20")
    elif lang == "en" and rate == D("0.20"): rate = D("0")
    if lang == "en" and "USA" not in saddr and "United Kingdom" not in saddr: rate = D("0")
    if nlines is None: nlines = R.choice([1, 2, 3, 3, 4, 5, 6, 8])
    items = R.sample(ITEMS[lang], min(nlines, len(ITEMS[lang])))
    while len(items) < nlines:
        it = R.choice(ITEMS[lang]); items.append((it[0] + R.choice([" B", " (v2)", " -II", " Mix"]), it[1]))
    lines = []
    for desc, unit in items:
        qty = R.choice([10, 20, 24, 48, 50, 100, 120, 200, 240, 300, 500, 600, 1000, 1200, 2000, 3000])
        if cur == "JPY":
            price = D(R.choice([35, 80, 120, 180, 240, 380, 450, 680, 980, 1280]))
        else:
            base = R.uniform(0.08, 9.5) if cur in ("USD", "EUR", "GBP") else R.uniform(0.6, 48)
            price = q2(base) if R.random() < 0.7 else D(f"{base:.3f}").quantize(D("0.001"))
            if price <= 0: price = D("0.10")
        amt = q0(qty * price) if cur == "JPY" else q2(qty * price)
        lines.append(dict(desc=desc, unit=unit, qty=qty, price=price, amount=amt))
    subtotal = sum(l["amount"] for l in lines)
    discount = D(0); shipping = D(0)
    if doc_type in ("invoice", "tax_invoice", "proforma", "quotation", "purchase_order") and R.random() < 0.3:
        pct = R.choice([D("0.03"), D("0.05"), D("0.10")])
        discount = (q0 if dec == 0 else q2)(subtotal * pct)
    if doc_type in ("invoice", "proforma", "quotation", "purchase_order") and R.random() < 0.35:
        shipping = D(R.choice([800, 1200, 2500])) if cur == "JPY" else q2(D(R.choice([15, 25, 45, 80, 120, 260, 350])))
    if doc_type == "tax_invoice" and lang == "zh":
        discount = D(0); shipping = D(0)
    taxable = subtotal - discount + shipping
    tax = (q0 if dec == 0 else q2)(taxable * rate) if dec == 2 else D(int(taxable * rate))
    if doc_type in ("receipt",) and lang in ("zh", "zh-Hant"): tax = D(0); rate = D(0)
    total = taxable + tax
    err = None
    printed_lines = [dict(l) for l in lines]
    printed_total = total
    if arith_error:
        err = arith_error
        if arith_error == "line":   # one line amount wrong, totals from the wrong line? no: line wrong, totals from true values
            k = R.randrange(len(lines)); printed_lines[k]["amount"] = lines[k]["amount"] + (D(R.choice([10, 100, -10, 90])) if dec == 0 else q2(D(R.choice(["9.00", "10.00", "-1.00", "0.90", "100.00"]))))
        elif arith_error == "total":
            printed_total = total + (D(R.choice([100, 1000, -10])) if dec == 0 else q2(D(R.choice(["10.00", "100.00", "-0.10", "1.00", "9.00"]))))
        elif arith_error == "tax":
            tax = tax + (D(1) if dec == 0 else q2(D("0.50")) * R.choice([1, 2, 20])); total2 = taxable + tax
            printed_total = total  # tax line printed differs from total arithmetic
    number = {
        "zh": lambda: (f"{date.year}{R.randint(10**15, 10**16-1)}"[:20] if doc_type == "tax_invoice" else f"XL{date:%Y%m%d}-{R.randint(1,99):03d}"),
        "zh-Hant": lambda: f"WT-{date:%y%m}-{R.randint(100,999)}",
        "ja": lambda: f"{date:%Y%m}-{R.randint(1,999):04d}",
    }.get(lang, lambda: R.choice([f"INV-{date.year}-{R.randint(1,9999):04d}", f"{R.randint(1000,99999)}", f"{date.year}/{R.randint(1,999):03d}", f"F{date:%y}{R.randint(10000,99999)}"]))()
    if doc_type in ("packing_list", "delivery_note", "purchase_order", "quotation", "price_list", "letter"):
        number = R.choice(["PL", "DN", "PO", "QT", "PR", "LT"])[0:2] + f"-{date:%y%m%d}-{R.randint(1,99):02d}"
    doc = dict(lang=lang, doc_type=doc_type, cur=cur, dec=dec, nstyle=nstyle, pos=pos, dstyle=dstyle, lab=lab,
               supplier=sname, saddr=saddr, staxid=en_taxid(saddr) if lang == "en" else rand_taxid(lang), buyer=buyer, baddr=R.choice([a for _, a in SUPPLIERS[lang] if a != saddr] or [""]) if R.random() < 0.5 else "",
               btaxid=rand_taxid(lang) if R.random() < 0.6 else "", date=date, number=number, rate=rate,
               lines=printed_lines, true_lines=lines, subtotal=subtotal, discount=discount, shipping=shipping, tax=tax,
               total=printed_total, arith_error=err, due=date + dt.timedelta(days=R.choice([7, 14, 30, 45])))
    build_strings(doc)
    return doc

def money(doc, x, sym=True):
    cur = doc["cur"]
    if not sym: return fmt_num(x, doc["nstyle"], doc["dec"])
    if doc["pos"] == "code": return fmt_num(x, doc["nstyle"], doc["dec"]) + " " + cur
    return fmt_money(x, CURSYM[cur], doc["nstyle"], doc["pos"], doc["dec"])

def pricefmt(doc, p):
    dec = max(doc["dec"], -p.as_tuple().exponent) if doc["dec"] else 0
    return fmt_num(p, doc["nstyle"], dec)

def build_strings(doc):
    """Flatten to a neutral content model used by every renderer."""
    lab = doc["lab"]; t = doc["doc_type"]
    doc["date_str"] = fmt_date(doc["date"], doc["dstyle"])
    doc["due_str"] = fmt_date(doc["due"], doc["dstyle"])
    doc["title"] = lab.get(t if t != "other" else "letter") or lab["invoice"]
    if t == "tax_invoice" and doc["lang"] == "en": doc["title"] = "TAX INVOICE" if doc["cur"] != "GBP" else "VAT INVOICE"
    qtyf = lambda q: fmt_num(q, doc["nstyle"], 0)
    if t in ("packing_list", "delivery_note"):
        cols = [lab["desc"], lab["unit"], lab["qty"], lab["ctn"]] + ([lab["nw"], lab["gw"]] if t == "packing_list" else [])
        rows = []
        for l in doc["lines"]:
            ctn = max(1, math.ceil(l["qty"] / R.choice([20, 24, 50, 100])))
            r = [l["desc"], l["unit"], qtyf(l["qty"]), str(ctn)]
            if t == "packing_list":
                nw = round(ctn * R.uniform(4, 14), 1); r += [fmt_num(nw, doc["nstyle"], 1), fmt_num(nw + ctn * 0.8, doc["nstyle"], 1)]
            rows.append(r)
        totals = []
        doc["total_str"] = None
    elif t == "price_list":
        cols = [lab["desc"], lab["unit"], lab["moq"], lab["price"] + f" ({doc['cur']})"]
        rows = [[l["desc"], l["unit"], qtyf(l["qty"]), pricefmt(doc, l["price"])] for l in doc["lines"]]
        totals = []; doc["total_str"] = None
    elif t == "letter":
        cols, rows, totals = [], [], []; doc["total_str"] = None
    else:
        cols = ["#", lab["desc"], lab["qty"], lab["unit"], lab["price"], lab["amount"]]
        rows = [[str(i + 1), l["desc"], qtyf(l["qty"]), l["unit"], pricefmt(doc, l["price"]), money(doc, l["amount"], sym=False)] for i, l in enumerate(doc["lines"])]
        totals = [(lab["subtotal"], money(doc, doc["subtotal"], False))]
        if doc["discount"]: totals.append((lab["discount"], "-" + money(doc, doc["discount"], False)))
        if doc["shipping"]: totals.append((lab["shipping"], money(doc, doc["shipping"], False)))
        if doc["rate"]:
            r = doc["rate"] * 100
            rs = (f"{r:.2f}".rstrip("0").rstrip(".")).replace(".", "," if doc["nstyle"] != "comma_dot" else ".")
            vl = "Sales tax" if doc["lang"] == "en" and doc["cur"] == "USD" else lab["vat"]
            totals.append((f"{vl} {rs}%", money(doc, doc["tax"], False)))
        if doc["doc_type"] == "credit_note":
            doc["total"] = -doc["total"]
        doc["total_str"] = money(doc, doc["total"])
        totals.append((lab["total"] + ("" if doc["pos"] == "code" else f" ({doc['cur']})" if doc["lang"] not in ("ja",) else ""), doc["total_str"]))
    doc["cols"], doc["rows"], doc["totals"] = cols, rows, totals
    if t == "letter":
        doc["paras"] = letter_text(doc)

def letter_text(doc):
    lg = doc["lang"]
    if lg == "zh":
        return ["尊敬的客户：", f"感谢贵司一直以来的支持。因原材料价格上涨，自{fmt_date(doc['due'], 'cjk')}起，我司部分产品单价将上调约5%。已确认的订单仍按原价执行。",
                "如有疑问，请与业务员联系。", "此致", "敬礼"]
    if lg == "ja":
        return ["拝啓　時下ますますご清栄のこととお慶び申し上げます。", "さて、誠に勝手ながら年末年始の出荷業務を下記の通り休業させていただきます。", "ご不便をおかけしますが、何卒よろしくお願い申し上げます。", "敬具"]
    return ["Dear Sir or Madam,", "Further to our call, we confirm that the goods from your order are ready for collection at our warehouse. "
            "Please arrange pickup within five working days. Storage beyond that period will be charged at our standard rate.",
            "Kind regards,", "Operations team"]

# ---------------------------------------------------------------- HTML renderers
def esc(s): return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))

CSS_A = """@page{size:A4;margin:16mm 14mm}
body{font-family:'DejaVu Sans','WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;color:#222}
.top{display:flex;justify-content:space-between;border-bottom:3px solid %(c)s;padding-bottom:8px}
h1{color:%(c)s;font-size:22pt;margin:0;letter-spacing:1px}
.meta td{padding:1px 6px}.parties{display:flex;gap:30px;margin:14px 0}.parties div{flex:1}
.lbl{color:#777;font-size:8pt;text-transform:uppercase}
table.items{width:100%%;border-collapse:collapse;margin-top:6px}
table.items th{background:%(c)s;color:#fff;padding:5px;text-align:left;font-weight:normal}
table.items td{padding:4px 5px;border-bottom:1px solid #ddd}.r{text-align:right}
table.tot{margin-left:auto;margin-top:10px;min-width:45%%}table.tot td{padding:3px 6px}
table.tot tr.g td{font-weight:bold;font-size:12pt;border-top:2px solid %(c)s}
.foot{margin-top:22px;font-size:8pt;color:#555;border-top:1px solid #ccc;padding-top:6px}"""
CSS_B = """@page{size:%(ps)s;margin:12mm}
body{font-family:'DejaVu Serif','WenQuanYi Micro Hei',serif;font-size:10pt}
h1{text-align:center;font-size:18pt;margin:4px 0 10px;letter-spacing:4px}
.hdr{text-align:center;font-size:13pt;font-weight:bold}.sub{text-align:center;font-size:8.5pt}
.box{border:1px solid #000;padding:6px;margin:6px 0}
table.items{width:100%%;border-collapse:collapse}table.items th,table.items td{border:1px solid #000;padding:3px 4px}
table.items th{background:#eee}.r{text-align:right}
table.tot{width:100%%;border-collapse:collapse}table.tot td{border:1px solid #000;padding:3px 4px}
.sig{display:flex;justify-content:space-between;margin-top:30px}"""

def html_generic(doc, theme):
    lab = doc["lab"]
    color = R.choice(["#1f4e79", "#7a1f1f", "#2e6b3a", "#444", "#b35900", "#5b2c83"])
    rows_html = "".join("<tr>" + "".join(f"<td class='{'r' if j >= len(r) - 3 and j > 1 else ''}'>{esc(c)}</td>" for j, c in enumerate(r)) + "</tr>" for r in doc["rows"])
    head = "".join(f"<th>{esc(c)}</th>" for c in doc["cols"])
    tot = "".join(f"<tr class='{'g' if i == len(doc['totals']) - 1 else ''}'><td>{esc(a)}</td><td class='r'>{esc(b)}</td></tr>" for i, (a, b) in enumerate(doc["totals"]))
    body_tbl = f"<table class='items'><thead><tr>{head}</tr></thead><tbody>{rows_html}</tbody></table><table class='tot'>{tot}</table>" if doc["cols"] else ""
    paras = "".join(f"<p>{esc(p)}</p>" for p in doc.get("paras", []))
    due = f"<tr><td>{esc(lab['due'])}</td><td>{esc(doc['due_str'])}</td></tr>" if doc["doc_type"] in ("invoice", "tax_invoice", "proforma") else ""
    bank = f"{lab['bank']}: " + R.choice(["DE44 5001 0517 5407 3249 31", "HSBC HK 004-512-339871-838", "Bank of Gallowmere 20-41-77 53018826", "招商银行深圳分行 7559 2803 1610 602", "FR76 3000 4028 3798 7654 3210 943"])
    if theme == "A":
        css = CSS_A % {"c": color}
        html = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='top'><div><div style='font-size:13pt;font-weight:bold'>{esc(doc['supplier'])}</div><div>{esc(doc['saddr'])}</div><div>{esc(lab['taxid'])}: {esc(doc['staxid'])}</div></div>
<div style='text-align:right'><h1>{esc(doc['title'])}</h1><table class='meta' style='margin-left:auto'><tr><td>{esc(lab['no'])}</td><td>{esc(doc['number'])}</td></tr>
<tr><td>{esc(lab['date'])}</td><td>{esc(doc['date_str'])}</td></tr>{due}</table></div></div>
<div class='parties'><div><div class='lbl'>{esc(lab['buyer'])}</div><b>{esc(doc['buyer'])}</b><br>{esc(doc['baddr'])}<br>{esc(lab['taxid']) + ': ' + esc(doc['btaxid']) if doc['btaxid'] else ''}</div>
<div><div class='lbl'>{esc(lab['seller'])}</div>{esc(doc['supplier'])}</div></div>
{paras}{body_tbl}
<div class='foot'>{esc(lab['terms'])}<br>{esc(bank)}</div></body></html>"""
    else:
        css = CSS_B % {"ps": R.choice(["A4", "A4", "A5 landscape", "letter"])}
        sig = f"<div class='sig'><span>{esc(lab['sign'])}: ________</span><span>{esc(lab['recv'])}: ________</span></div>"
        html = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='hdr'>{esc(doc['supplier'])}</div><div class='sub'>{esc(doc['saddr'])} · {esc(lab['taxid'])} {esc(doc['staxid'])}</div>
<h1>{esc(doc['title'])}</h1>
<div class='box'>{esc(lab['buyer'])}: <b>{esc(doc['buyer'])}</b> {esc(doc['baddr'])}<br>{esc(lab['no'])}: {esc(doc['number'])} &nbsp; {esc(lab['date'])}: {esc(doc['date_str'])}</div>
{paras}{body_tbl}<p style='font-size:8.5pt'>{esc(lab['terms'])}</p>{sig}</body></html>"""
    return html

def html_zh_vat(doc):
    """Electronic VAT special invoice look-alike (数电票 style), invented content."""
    rows = ""
    cats = ["*日用杂品*", "*塑料制品*", "*照明装置*", "*电线电缆*", "*纸制品*", "*家具用品*"]
    tot_amt = D(0); tot_tax = D(0)
    offset = doc["total"] - (doc["subtotal"] + q2(doc["subtotal"] * doc["rate"]))   # deliberate "total" error only
    tax_err = doc["tax"] - q2(doc["subtotal"] * doc["rate"])                         # deliberate "tax" error only
    for l, tl in zip(doc["lines"], doc["true_lines"]):
        tx = q2(tl["amount"] * doc["rate"]); tot_amt += tl["amount"]; tot_tax += tx
        rows += f"<tr><td>{R.choice(cats)}{esc(l['desc'])}</td><td></td><td>{esc(l['unit'])}</td><td class=r>{l['qty']}</td><td class=r>{l['price']}</td><td class=r>{fmt_num(l['amount'],'plain_dot')}</td><td class=r>{int(doc['rate']*100)}%</td><td class=r>{fmt_num(tx,'plain_dot')}</td></tr>"
    total = tot_amt + tot_tax + offset
    tot_tax += tax_err
    doc["tax"] = tot_tax; doc["total"] = total; doc["vat_html"] = True
    doc["total_str"] = f"¥{fmt_num(total, 'plain_dot')}"
    if R.random() < 0.35: doc["title"] = "电子发票（普通发票）"
    css = """@page{size:240mm 140mm;margin:6mm}body{font-family:'WenQuanYi Micro Hei';font-size:8.5pt;color:#8b3a1a}
h1{text-align:center;font-size:17pt;margin:2px;color:#8b3a1a;letter-spacing:2px}.dbl{border-bottom:3px double #8b3a1a;width:320px;margin:0 auto 6px}
.meta{position:absolute;right:8mm;top:8mm;font-size:8.5pt}.meta b{color:#000;font-weight:normal}
table{width:100%;border-collapse:collapse}td,th{border:1px solid #b0624a;padding:2px 4px;font-weight:normal}.r{text-align:right}
.v{color:#000}.side{width:14px;text-align:center}"""
    html = f"""<html><head><meta charset='utf-8'><style>{css}</style></head><body>
<div class='meta'>发票号码：<b>{esc(doc['number'])}</b><br>开票日期：<b>{esc(doc['date_str'])}</b></div>
<h1>{esc(doc['title'])}</h1><div class='dbl'></div>
<table><tr><td class='side' rowspan=2>购买方信息</td><td>名称：<span class=v>{esc(doc['buyer'])}</span></td><td class='side' rowspan=2>销售方信息</td><td>名称：<span class=v>{esc(doc['supplier'])}</span></td></tr>
<tr><td>统一社会信用代码/纳税人识别号：<span class=v>{esc(doc['btaxid'] or rand_taxid('zh'))}</span></td><td>统一社会信用代码/纳税人识别号：<span class=v>{esc(doc['staxid'])}</span></td></tr></table>
<table class=v><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
<tr><td>合　　计</td><td colspan=4></td><td class=r>¥{fmt_num(tot_amt,'plain_dot')}</td><td></td><td class=r>¥{fmt_num(tot_tax,'plain_dot')}</td></tr>
<tr><td>价税合计（大写）</td><td colspan=4>ⓧ{rmb_upper(total)}</td><td colspan=3>（小写）{esc(doc['total_str'])}</td></tr>
<tr><td style='height:38px'>备　　注</td><td colspan=7>{esc(doc['saddr'])}</td></tr></table>
<div style='margin-top:4px'>开票人：{R.choice(['李静','陈晓婷','王磊','张海燕'])}</div></body></html>"""
    return html

def render_html(doc, path_pdf, engine):
    if doc["lang"] == "zh" and doc["doc_type"] == "tax_invoice":
        html = html_zh_vat(doc)
    else:
        html = html_generic(doc, R.choice("AB"))
    hp = os.path.join(TMP, os.path.basename(path_pdf)[:-4] + ".html")
    with open(hp, "w", encoding="utf-8") as f: f.write(html)
    if engine == "weasyprint":
        import weasyprint
        weasyprint.HTML(hp).write_pdf(path_pdf)
    else:
        prof = os.path.join(TMP, "chromeprof")
        subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
                        "--no-pdf-header-footer", f"--print-to-pdf={path_pdf}", "file://" + hp],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=90)

# ---------------------------------------------------------------- ReportLab
_rl_fonts = False
def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
    pdfmetrics.registerFont(TTFont("DJ", DJ)); pdfmetrics.registerFont(TTFont("DJB", DJB))
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); pdfmetrics.registerFont(UnicodeCIDFont("HeiseiKakuGo-W5"))
    _rl_fonts = True

def render_reportlab(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts()
    lg = doc["lang"]
    if lg in ("zh", "zh-Hant"): fn = fb = R.choice(["WQY", "STSong-Light"])
    elif lg == "ja": fn = fb = R.choice(["WQY", "HeiseiKakuGo-W5"])
    elif lg == "pl": fn, fb = "DJ", "DJB"
    else: fn, fb = R.choice([("Helvetica", "Helvetica-Bold"), ("Times-Roman", "Times-Bold"), ("Helvetica", "Helvetica-Bold")])
    doc["_rl_font"] = fn
    ps = letter if doc["cur"] == "USD" and lg == "en" else A4
    W, H = ps
    c = canvas.Canvas(path, pagesize=ps, pageCompression=R.choice([0, 1]))
    c.setTitle(f"{doc['title']} {doc['number']}"); c.setAuthor(doc["supplier"][:40])
    lab = doc["lab"]
    def fit(s, font, size, w):
        while s and stringWidth(s, font, size) > w: s = s[:-1]
        return s
    def header(pg):
        y = H - 50
        c.setFont(fb, 15); c.drawString(40, y, doc["supplier"][:60])
        c.setFont(fn, 8.5); c.drawString(40, y - 14, doc["saddr"]); c.drawString(40, y - 25, f"{lab['taxid']}: {doc['staxid']}")
        c.setFont(fb, 18); c.drawRightString(W - 40, y - 45, doc["title"])
        c.setFont(fn, 9)
        c.drawRightString(W - 40, y - 60, f"{lab['no']} {doc['number']}")
        c.drawRightString(W - 40, y - 72, f"{lab['date']}: {doc['date_str']}")
        if lg not in ("zh", "zh-Hant", "ja"):
            c.drawString(W - 40 - 200, y - 90, f"{lab['page']} {pg}")
        else:
            c.drawString(W - 40 - 200, y - 90, lab["page"].format(p=pg))
        c.setStrokeColorRGB(.3, .3, .3); c.line(40, y - 100, W - 40, y - 100)
        return y - 100
    pg = 1; y = header(pg)
    c.setFont(fb, 9); c.drawString(40, y - 16, lab["buyer"] + ":")
    c.setFont(fn, 10); c.drawString(40, y - 30, doc["buyer"])
    c.setFont(fn, 8.5)
    if doc["baddr"]: c.drawString(40, y - 42, doc["baddr"])
    if doc["btaxid"]: c.drawString(40, y - 54, f"{lab['taxid']}: {doc['btaxid']}")
    y -= 75
    if doc.get("paras"):
        c.setFont(fn, 10)
        for p in doc["paras"]:
            words = list(p) if lg in ("zh", "ja") else p.split(" ")
            line = ""
            for w in words:
                cand = line + ("" if lg in ("zh", "ja") else " ") + w if line else w
                if stringWidth(cand, fn, 10) > W - 80: c.drawString(40, y, line); y -= 14; line = w
                else: line = cand
            c.drawString(40, y, line); y -= 22
    cols = doc["cols"]
    if cols:
        n = len(cols)
        if n == 6: widths = [20, 0, 55, 40, 70, 80]
        elif n == 4: widths = [0, 50, 70, 90]
        else: widths = [0, 40, 55, 45, 60, 60]
        free = (W - 80) - sum(widths); widths = [w if w else free for w in widths]
        xs = [40]
        for w in widths[:-1]: xs.append(xs[-1] + w)
        def thead(y):
            c.setFillColorRGB(.9, .9, .9); c.rect(40, y - 4, W - 80, 15, stroke=0, fill=1); c.setFillColorRGB(0, 0, 0)
            c.setFont(fb, 8.5)
            for j, h in enumerate(cols):
                if j >= 2 or (n == 4 and j >= 1): c.drawRightString(xs[j] + widths[j] - 3, y, fit(h, fb, 8.5, widths[j] - 4))
                else: c.drawString(xs[j] + 2, y, fit(h, fb, 8.5, widths[j] - 4))
            return y - 17
        y = thead(y)
        c.setFont(fn, 9)
        for r in doc["rows"]:
            if y < 90:
                c.setFont(fn, 8); c.drawRightString(W - 40, 40, "./.")
                c.showPage(); pg += 1; y = header(pg) - 20; y = thead(y); c.setFont(fn, 9)
            for j, v in enumerate(r):
                if j >= 2 or (n == 4 and j >= 1): c.drawRightString(xs[j] + widths[j] - 3, y, v)
                else: c.drawString(xs[j] + 2, y, fit(v, fn, 9, widths[j] - 4))
            c.setStrokeColorRGB(.8, .8, .8); c.line(40, y - 4, W - 40, y - 4)
            y -= 15
        if y < 150: c.showPage(); pg += 1; y = header(pg) - 20
        y -= 8
        for i, (a, b) in enumerate(doc["totals"]):
            last = i == len(doc["totals"]) - 1
            c.setFont(fb if last else fn, 11 if last else 9)
            c.drawRightString(W - 150, y, a); c.drawRightString(W - 43, y, b); y -= 16 if last else 13
    c.setFont(fn, 7.5)
    c.drawString(40, 55, lab["terms"][:110])
    c.drawString(40, 45, f"{lab['bank']}: " + R.choice(["PL 61 1090 1014 0000 0712 1981 2874", "IT60 X054 2811 1010 0000 0123 456", "ES91 2100 0418 4502 0005 1332", "三菱東京銀行 本店 普通 1234567", "DBS HK 478-000-2291-61"]))
    c.showPage(); c.save()

# ---------------------------------------------------------------- fpdf2
def render_fpdf(doc, path):
    from fpdf import FPDF
    lg = doc["lang"]
    pdf = FPDF(format=R.choice(["A4", "A4", "Letter"]))
    pdf.set_auto_page_break(True, 20)
    if lg in ("zh", "zh-Hant", "ja"):
        pdf.add_font("U", "", WQY); pdf.add_font("U", "B", WQY)
    else:
        pdf.add_font("U", "", DJ); pdf.add_font("U", "B", DJB)
    pdf.set_creator("InvoiceDesk 3.2"); pdf.set_title(doc["number"])
    lab = doc["lab"]
    pdf.add_page()
    pdf.set_font("U", "B", 16); pdf.cell(0, 9, doc["title"], align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("U", "", 9)
    pdf.multi_cell(95, 5, f"{doc['supplier']}\n{doc['saddr']}\n{lab['taxid']}: {doc['staxid']}", border=1)
    pdf.set_xy(110, 19)
    pdf.multi_cell(90, 5, f"{lab['no']}: {doc['number']}\n{lab['date']}: {doc['date_str']}\n{lab['due']}: {doc['due_str']}", border=1)
    pdf.ln(6)
    pdf.set_font("U", "B", 9); pdf.cell(0, 5, lab["buyer"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("U", "", 10); pdf.cell(0, 5, doc["buyer"], new_x="LMARGIN", new_y="NEXT")
    if doc["baddr"]: pdf.set_font("U", "", 8.5); pdf.cell(0, 5, doc["baddr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for p in doc.get("paras", []):
        pdf.set_font("U", "", 10); pdf.multi_cell(0, 6, p); pdf.ln(2)
    if doc["cols"]:
        n = len(doc["cols"])
        cw = {6: (8, 72, 22, 16, 30, 42), 4: (96, 24, 30, 40)}.get(n, (70, 20, 25, 20, 27, 28))
        pdf.set_font("U", "", 8.5)
        with pdf.table(col_widths=cw, text_align=["LEFT"] * 2 + ["RIGHT"] * (n - 2), line_height=6,
                       headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", fill_color=(225, 232, 240))) as t:
            t.row(doc["cols"])
            for r in doc["rows"]: t.row(r)
        pdf.ln(3)
        for i, (a, b) in enumerate(doc["totals"]):
            last = i == len(doc["totals"]) - 1
            pdf.set_font("U", "B" if last else "", 11 if last else 9)
            pdf.cell(140, 6, a, align="R"); pdf.cell(50, 6, b, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6); pdf.set_font("U", "", 7.5); pdf.multi_cell(0, 4, lab["terms"])
    pdf.output(path)

# ---------------------------------------------------------------- LibreOffice Calc (flat ODS) and Writer (docx)
def write_fods(doc, path):
    def cell(v, style="ce1", span=1):
        sp = f' table:number-columns-spanned="{span}"' if span > 1 else ""
        return f'<table:table-cell table:style-name="{style}" office:value-type="string"{sp}><text:p>{esc(v)}</text:p></table:table-cell>' + "<table:covered-table-cell/>" * (span - 1)
    n = max(len(doc["cols"]), 4)
    rows = []
    lab = doc["lab"]
    rows.append(cell(doc["supplier"], "big", n))
    rows.append(cell(doc["saddr"] + "   " + lab["taxid"] + " " + doc["staxid"], "ce1", n))
    rows.append("")
    rows.append(cell(doc["title"], "big", n))
    pre = cell("") if doc["cols"] and doc["cols"][0] == "#" else ""
    m = n - (1 if pre else 0)
    rows.append(pre + cell(lab["no"] + " " + doc["number"], "ce1", 2) + cell(lab["date"]) + cell(doc["date_str"], "ce1", m - 3))
    rows.append(pre + cell(lab["buyer"] + ": " + doc["buyer"], "ce1", m))
    if doc["baddr"]: rows.append(pre + cell(doc["baddr"], "ce1", m))
    rows.append("")
    if doc["cols"]:
        rows.append("".join(cell(c, "hd") for c in doc["cols"]))
        for r in doc["rows"]: rows.append("".join(cell(v, "bd" if j < 2 else "bdr") for j, v in enumerate(r)))
        rows.append("")
        for i, (a, b) in enumerate(doc["totals"]):
            st = "tot" if i == len(doc["totals"]) - 1 else "rt"
            rows.append("".join(cell("") for _ in range(n - 3)) + cell(a, st, 2) + cell(b, st))
    for p in doc.get("paras", []): rows.append(cell(p, "ce1", n))
    rows.append(""); rows.append(cell(lab["terms"], "ce1", n))
    body = "".join(f"<table:table-row>{r or '<table:table-cell/>'}</table:table-row>" for r in rows)
    widths = {6: ["0.8cm", "7cm", "1.8cm", "1.4cm", "2.4cm", "3.2cm"], 4: ["8cm", "2cm", "3cm", "3.5cm"]}.get(len(doc["cols"]), ["6cm", "1.5cm", "2cm", "1.8cm", "2.5cm", "2.5cm"])
    colstyles = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}"/></style:style>' for i, w in enumerate(widths))
    cols = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths)))
    font = "WenQuanYi Micro Hei" if doc["lang"] in ("zh", "zh-Hant", "ja") else R.choice(["Liberation Sans", "DejaVu Sans", "Carlito"])
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="F" svg:font-family="'{font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>{colstyles}
<style:style style:name="ce1" style:family="table-cell"><style:text-properties style:font-name="F" fo:font-size="9pt" style:font-name-asian="F"/></style:style>
<style:style style:name="big" style:family="table-cell"><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e1f2" fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="bd" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt"/></style:style>
<style:style style:name="bdr" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt"/></style:style>
<style:style style:name="rt" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="9pt"/></style:style>
<style:style style:name="tot" style:family="table-cell"><style:table-cell-properties fo:border-top="1.5pt solid #000000"/><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="F" style:font-name-asian="F" fo:font-size="11pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="{esc(doc['number'])[:30]}">{cols}{body}</table:table></office:spreadsheet></office:body></office:document>"""
    with open(path, "w", encoding="utf-8") as f: f.write(xml)

def write_docx(doc, path):
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]; st.font.size = Pt(9.5)
    fontname = "WenQuanYi Micro Hei" if doc["lang"] in ("zh", "zh-Hant", "ja") else R.choice(["Liberation Serif", "DejaVu Sans", "Carlito"])
    st.font.name = fontname; st.element.rPr.rFonts.set(qn("w:eastAsia"), fontname)
    sec = d.sections[0]; sec.left_margin = sec.right_margin = Cm(2)
    lab = doc["lab"]
    hp = sec.header.paragraphs[0]; hp.text = f"{doc['supplier']}  |  {doc['saddr']}"; hp.runs[0].font.size = Pt(8)
    p = d.add_paragraph(); r = p.add_run(doc["title"]); r.bold = True; r.font.size = Pt(18); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = f"{lab['seller']}: {doc['supplier']}\n{doc['saddr']}\n{lab['taxid']}: {doc['staxid']}"
    t.cell(0, 1).text = f"{lab['no']}: {doc['number']}\n{lab['date']}: {doc['date_str']}\n{lab['buyer']}: {doc['buyer']}\n{doc['baddr']}"
    d.add_paragraph()
    for ptxt in doc.get("paras", []): d.add_paragraph(ptxt)
    if doc["cols"]:
        tb = d.add_table(rows=1, cols=len(doc["cols"])); tb.style = "Table Grid"
        for j, h in enumerate(doc["cols"]):
            tb.rows[0].cells[j].text = h; tb.rows[0].cells[j].paragraphs[0].runs[0].bold = True
        for row in doc["rows"]:
            cells = tb.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = v
                if j >= 2: cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        d.add_paragraph()
        tt = d.add_table(rows=0, cols=2)
        for i, (a, b) in enumerate(doc["totals"]):
            cs = tt.add_row().cells; cs[0].text = a; cs[1].text = b
            cs[0].paragraphs[0].alignment = cs[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == len(doc["totals"]) - 1:
                for c in cs: c.paragraphs[0].runs[0].bold = True
    d.add_paragraph(lab["terms"]).runs[0].font.size = Pt(8)
    d.core_properties.author = R.choice(["admin", "财务部", "Office", "user", "経理"])
    d.save(path)

def soffice_convert(paths, outdir):
    if not paths: return
    prof = "file://" + os.path.join(TMP, "loprof")
    for i in range(0, len(paths), 12):
        subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf", "--outdir", outdir] + paths[i:i + 12],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)

# ---------------------------------------------------------------- scans and photos
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageFont, ImageEnhance

def field_boxes_pdf(pdf_path, strings, page=0):
    """Find printed strings in a text PDF; return {key: [(l,b,r,t) in PDF points]}, page height."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    pg = pdf[page]; tp = pg.get_textpage(); W, H = pg.get_size()
    out = {}
    for key, s in strings.items():
        if not s: continue
        boxes = []
        se = tp.search(s, match_case=True)
        while True:
            m = se.get_next()
            if not m: break
            i, n = m
            bs = [tp.get_charbox(k) for k in range(i, i + n)]
            bs = [b for b in bs if b[2] > b[0]]
            if bs:
                boxes.append((min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)))
        out[key] = boxes
    pdf.close()
    return out, (W, H)

def render_pages(pdf_path, dpi, maxpages=3):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path)
    ims = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(min(len(pdf), maxpages))]
    pdf.close()
    return ims

def scan_image(im, rng, gray=None):
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    import cv2
    ang = rng.uniform(-1.8, 1.8)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-12, 12); M[1, 2] += rng.uniform(-12, 12)
    paper = np.array([rng.uniform(235, 250), rng.uniform(232, 248), rng.uniform(222, 242)], np.float32)
    a = a / 255.0 * paper  # paper tone
    a = cv2.warpAffine(a, M, (w, h), borderValue=tuple(float(v) for v in paper * 0.97))
    a += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 9), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if rng.random() < 0.5: out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    if gray if gray is not None else rng.random() < 0.45: out = out.convert("L")
    f = rng.uniform(0.62, 0.9)
    out = out.resize((int(w * f), int(h * f)), Image.BILINEAR)
    A = np.vstack([M, [0, 0, 1]]); S = np.diag([f, f, 1])
    return out, S @ A

def photo_image(im, rng):
    import cv2
    a = np.asarray(im).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(0.12 * w)
    bg = np.zeros((h + 2 * pad, w + 2 * pad, 3), np.float32)
    bgc = np.array(rng.choice([(92, 70, 52), (140, 140, 135), (60, 62, 70), (170, 150, 120)]), np.float32)
    bg[:] = bgc
    bg += np.random.default_rng(rng.randint(0, 10**6)).normal(0, 6, bg.shape)
    bg[pad:pad + h, pad:pad + w] = a * (np.array([0.97, 0.96, 0.93]))
    H2, W2 = bg.shape[:2]
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    j = lambda s: rng.uniform(-s, s)
    dst = src + np.float32([[j(0.05 * w) + 0.03 * w, j(0.04 * h)], [j(0.05 * w) - 0.02 * w, j(0.04 * h)], [j(0.03 * w), j(0.03 * h) - 0.02 * h], [j(0.03 * w), j(0.03 * h)]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(bg, Hm, (W2, H2), borderMode=cv2.BORDER_REPLICATE)
    # uneven light: gradient + soft shadow
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    cx, cy = rng.uniform(0, W2), rng.uniform(0, H2)
    light = 1.08 - 0.38 * np.sqrt(((xx - cx) / W2) ** 2 + ((yy - cy) / H2) ** 2)
    if rng.random() < 0.5:
        light *= np.where(xx + yy * rng.uniform(0.2, 1.2) < rng.uniform(0.3, 0.8) * W2, rng.uniform(0.7, 0.85), 1.0).astype(np.float32)
        light = cv2.GaussianBlur(light, (0, 0), 25)
    warped = warped * light[..., None] * np.array([1.0, rng.uniform(0.95, 1.0), rng.uniform(0.86, 0.97)], np.float32)
    warped += np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(4, 10), warped.shape)
    out = Image.fromarray(np.clip(warped, 0, 255).astype(np.uint8))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    f = rng.uniform(0.55, 0.8)
    out = out.resize((int(W2 * f), int(H2 * f)), Image.BILINEAR)
    Tpad = np.array([[1, 0, pad], [0, 1, pad], [0, 0, 1]], np.float64)
    return out, np.diag([f, f, 1]) @ Hm @ Tpad

def map_boxes(boxes_pt, pageH, scale, T):
    """PDF-point boxes -> image pixel bboxes through the capture transform T (3x3)."""
    out = []
    for (l, b, r, t) in boxes_pt:
        pts = np.array([[l * scale, (pageH - t) * scale, 1], [r * scale, (pageH - t) * scale, 1], [r * scale, (pageH - b) * scale, 1], [l * scale, (pageH - b) * scale, 1]]).T
        p = T @ pts; p = p[:2] / p[2]
        out.append((float(p[0].min()), float(p[1].min()), float(p[0].max()), float(p[1].max())))
    return out

def capture(pdf_path, kind, out_base, fmt):
    """kind: scan|photo. fmt: jpg|png|pdf. Returns (filename, pages, boxes_info)."""
    rng = R
    dpi = rng.choice([150, 170, 200]) if kind == "scan" else rng.choice([130, 150])
    pages = render_pages(pdf_path, dpi, maxpages=3 if fmt == "pdf" else 1)
    outs, Ts = [], []
    for im in pages:
        o, T = (scan_image(im, rng) if kind == "scan" else photo_image(im, rng))
        outs.append(o); Ts.append(T)
    if fmt == "pdf":
        fn = out_base + ".pdf"
        buf = []
        for o in outs:
            b = io.BytesIO(); o.convert("RGB").save(b, "JPEG", quality=rng.randint(40, 70)); b.seek(0); buf.append(Image.open(b))
        buf[0].save(os.path.join(OUT, fn), "PDF", resolution=dpi * 0.75, save_all=True, append_images=buf[1:])
    elif fmt == "png":
        fn = out_base + ".png"; outs[0].save(os.path.join(OUT, fn), optimize=True)
    else:
        fn = out_base + ".jpg"; outs[0].convert("RGB").save(os.path.join(OUT, fn), "JPEG", quality=rng.randint(45, 80))
    return fn, len(outs), (dpi / 72, Ts[0])

# ---------------------------------------------------------------- plan
PRODUCERS = ["weasyprint_html"] * 22 + ["chromium_html"] * 16 + ["reportlab"] * 22 + ["fpdf2"] * 13 + ["calc_fods_soffice"] * 10 + \
            ["docx_soffice"] * 10 + ["scan"] * 17 + ["phone_photo"] * 10
LANG_POOL = ["zh"] * 30 + ["zh-Hant"] * 11 + ["en"] * 27 + ["ja"] * 12 + ["de"] * 7 + ["fr"] * 7 + ["it"] * 6 + ["es"] * 6 + ["pl"] * 7 + ["nl"] * 7
NONINV = ["packing_list", "purchase_order", "quotation", "delivery_note", "other_price", "other_letter", "delivery_note", "packing_list", "quotation", "purchase_order"]

def pick_doctype(lang):
    x = R.random()
    if lang == "zh": return R.choice(["tax_invoice"] * 5 + ["invoice"] * 2 + ["receipt"] * 2 + ["proforma"])
    if lang == "zh-Hant": return R.choice(["invoice"] * 5 + ["receipt"] * 2 + ["proforma"])
    if lang == "ja": return R.choice(["invoice"] * 5 + ["tax_invoice", "receipt"])
    if lang == "en": return R.choice(["invoice"] * 7 + ["proforma", "tax_invoice", "tax_invoice", "receipt", "credit_note"])
    return R.choice(["invoice"] * 8 + ["credit_note", "receipt", "receipt"] + ["tax_invoice"] * (lang == "pl"))

def main():
    for d in (OUT, TMP):
        if os.path.isdir(d): shutil.rmtree(d)
        os.makedirs(d)
    prods = PRODUCERS[:]; R.shuffle(prods)
    langs = LANG_POOL[:]; R.shuffle(langs)
    n = len(prods)
    noninv_idx = set(R.sample(range(n), 10))
    cand_err = [i for i in range(n) if i not in noninv_idx]
    err_idx = dict(zip(R.sample(cand_err, 8), ["line", "total", "tax", "line", "total", "line", "tax", "total"]))
    specs = []
    for i in range(n):
        lang = langs[i % len(langs)]
        if i in noninv_idx:
            t = NONINV[len([k for k in noninv_idx if k < i])]
        else:
            t = pick_doctype(lang)
        dtp = "other" if t.startswith("other") else t
        real_t = {"other_price": "price_list", "other_letter": "letter"}.get(t, t)
        nl = R.choice([1, 2, 3, 4, 5, 6]) if R.random() < 0.85 else R.choice([28, 36, 45])
        if prods[i] in ("scan", "phone_photo") and nl > 20: nl = 6
        doc = make_doc(lang, real_t, nl, err_idx.get(i))
        doc["label_doc_type"] = dtp
        doc["producer"] = prods[i]
        doc["idx"] = i
        specs.append(doc)
    records = []
    pending_lo = []
    for d in specs:
        i = d["idx"]; p = d["producer"]
        base = f"g{i:03d}_{d['lang'].replace('-', '')}_{d['label_doc_type']}"
        if p in ("scan", "phone_photo"):
            inner = R.choice(["weasyprint", "reportlab", "fpdf2"])
            src = os.path.join(TMP, base + "_src.pdf")
            if inner == "weasyprint": render_html(d, src, "weasyprint")
            elif inner == "reportlab": render_reportlab(d, src)
            else: render_fpdf(d, src)
            d["src_pdf"] = src
            d["pending"] = (p, inner)
        elif p in ("weasyprint_html", "chromium_html"):
            fn = base + ".pdf"; render_html(d, os.path.join(OUT, fn), "weasyprint" if p.startswith("weasy") else "chromium"); d["file"] = fn
        elif p == "reportlab":
            fn = base + ".pdf"; render_reportlab(d, os.path.join(OUT, fn)); d["file"] = fn
        elif p == "fpdf2":
            fn = base + ".pdf"; render_fpdf(d, os.path.join(OUT, fn)); d["file"] = fn
        elif p == "calc_fods_soffice":
            src = os.path.join(TMP, base + ".fods"); write_fods(d, src); pending_lo.append(src); d["file"] = base + ".pdf"
        elif p == "docx_soffice":
            src = os.path.join(TMP, base + ".docx"); write_docx(d, src); pending_lo.append(src); d["file"] = base + ".pdf"
        print("rendered", base, flush=True)
    soffice_convert(pending_lo, OUT)
    for d in specs:
        if "pending" in d:
            p, inner = d["pending"]
            base = f"g{d['idx']:03d}_{d['lang'].replace('-', '')}_{d['label_doc_type']}"
            if p == "scan": fmt = R.choice(["jpg", "jpg", "png", "pdf"])
            else: fmt = "jpg"
            fn, pages, (scale, T) = capture(d["src_pdf"], "scan" if p == "scan" else "photo", base + ("_scan" if p == "scan" else "_photo"), fmt)
            d["file"] = fn; d["pages_override"] = pages if fmt != "pdf" else None
            d["capture"] = (scale, T.tolist(), fmt); d["inner"] = inner
    for d in specs:
        records.append(label_for(d))
    erecs = make_edits(specs, records)
    records += erecs
    with open(os.path.join(BASE, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in records: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    check(records)
    shutil.rmtree(TMP, ignore_errors=True)   # intermediates (html, source PDFs, LO/Chromium profiles)

# ---------------------------------------------------------------- edits
CORE_FONTS = ("Helvetica", "Times-Roman")

def latin1_ok(s):
    try: s.encode("cp1252"); return True
    except UnicodeEncodeError: return False

def new_value(d, field, specs):
    """Return (old_printed, new_printed, label_updates) or None."""
    if field == "buyer":
        others = [b for b in BUYERS[d["lang"]] if b != d["buyer"]]
        nb = R.choice(others)
        return d["buyer"], nb, {"buyer": nb}
    if field == "date":
        nd = d["date"] - dt.timedelta(days=R.randint(12, 120))
        return d["date_str"], fmt_date(nd, d["dstyle"]), {"date": nd.isoformat()}
    if field == "total":
        if d.get("total_str") is None: return None
        f = D(str(R.choice([0.55, 0.62, 0.7, 0.8, 1.35, 1.6, 2.0])))
        nt = (q0 if d["dec"] == 0 else q2)(d["total"] * f)
        if d.get("vat_html"):
            return fmt_num(d["total"], "plain_dot"), fmt_num(nt, "plain_dot"), {"total": str(nt)}
        return fmt_num(d["total"], d["nstyle"], d["dec"]), fmt_num(nt, d["nstyle"], d["dec"]), {"total": str(nt)}
    if field == "quantity":
        ls = d["lines"]
        k = R.randrange(len(ls))
        oq = ls[k]["qty"]; nq = oq * R.choice([2, 3, 5, 10])
        if d.get("vat_html"): return str(oq), str(nq), {}
        return fmt_num(oq, d["nstyle"], 0), fmt_num(nq, d["nstyle"], 0), {}
    return None

def pdf_text_replace(src, dst, old, new, field, mode):
    """Edit text operators directly. mode: pikepdf | pypdf_incremental. Returns True if something changed."""
    ob = old.encode("cp1252"); nb = new.encode("cp1252")
    if field == "quantity": ob, nb = b"(" + ob + b")", b"(" + nb + b")"
    if mode == "pikepdf":
        import pikepdf
        pdf = pikepdf.open(src)
        hits = 0
        for page in pdf.pages:
            cs = page.Contents if not isinstance(page.Contents, pikepdf.Array) else None
            if cs is None: continue
            data = cs.read_bytes()
            c = data.count(ob)
            if c:
                hits += c; cs.write(data.replace(ob, nb))
        if not hits or (field == "quantity" and hits != 1): return False
        pdf.save(dst)
        return True
    else:
        from pypdf import PdfWriter
        w = PdfWriter(src, incremental=True)
        hits = 0
        for page in w.pages:
            cs = page.get_contents()
            data = cs.get_data()
            c = data.count(ob)
            if c:
                hits += c; cs.set_data(data.replace(ob, nb)); page.replace_contents(cs)
        if not hits or (field == "quantity" and hits != 1): return False
        with open(dst, "wb") as f: w.write(f)
        return True

def find_all_pages(pdf_path, s, whole=False):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_path); res = []
    for pi in range(len(pdf)):
        pg = pdf[pi]; tp = pg.get_textpage(); W, H = pg.get_size()
        se = tp.search(s, match_case=True, match_whole_word=whole)
        while True:
            m = se.get_next()
            if not m: break
            i, n = m
            bs = [tp.get_charbox(k) for k in range(i, i + n)]
            bs = [b for b in bs if b[2] > b[0]]
            if bs: res.append((pi, (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs), max(b[3] for b in bs)), (W, H)))
    pdf.close()
    return res

def overlay_pdf(hits, new, numeric, npages, sizes):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    rl_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=sizes[0])
    font = "Helvetica" if latin1_ok(new) else "WQY"
    for pi in range(npages):
        c.setPageSize(sizes[pi])
        for (hp, (l, b, r, t), _) in hits:
            if hp != pi: continue
            h = t - b
            size = h / 0.72 if numeric else h / 0.95
            size = max(6, min(size, 22))
            c.setFillColorRGB(1, 1, 1)
            w = max(r - l, stringWidth(new, font, size))
            x0 = r - w if numeric else l
            c.rect(x0 - 1.5, b - 0.25 * size, w + 3, h + 0.3 * size + 1, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(font, size)
            base = b if numeric else b + 0.18 * size
            if numeric: c.drawRightString(r, base, new)
            else: c.drawString(l, base, new)
        c.showPage()
    c.save(); buf.seek(0)
    return buf

def pdf_overlay_edit(src, dst, old, new, field, mode):
    from pypdf import PdfReader, PdfWriter
    hits = find_all_pages(src, old, whole=(field == "quantity"))
    if not hits or (field == "quantity" and len(hits) != 1): return False
    rd = PdfReader(src)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in rd.pages]
    numeric = field in ("total", "quantity")
    if mode == "annotation":
        from pypdf.annotations import FreeText
        w = PdfWriter(clone_from=rd)
        from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, ArrayObject, FloatObject
        from reportlab.pdfbase.pdfmetrics import stringWidth
        for (pi, (l, b, r, t), _) in hits:
            h = t - b
            fs = max(6, round(h / (0.72 if numeric else 0.9), 1))
            wn = stringWidth(new, "Helvetica", fs)
            x0 = min(l, r - wn) if numeric else l
            x1 = r if numeric else max(r, l + wn)
            rect = (x0 - 2, b - 0.25 * fs, x1 + 2, t + 2)
            ann = FreeText(text=new, rect=rect, font="Helvetica", bold=False,
                           font_size=f"{fs}pt", font_color="000000", border_color=None, background_color="ffffff")
            W_, H_ = rect[2] - rect[0], rect[3] - rect[1]
            tx = (W_ - 2 - wn) if numeric else 2
            ty = b - rect[1] + (0 if numeric else 0.18 * fs)
            txt = new.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            xo = DecodedStreamObject()
            xo.set_data(f"q 1 g 0 0 {W_:.2f} {H_:.2f} re f 0 g BT /Helv {fs} Tf {tx:.2f} {ty:.2f} Td ({txt}) Tj ET Q".encode("cp1252"))
            font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                     NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
            xo.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(W_), FloatObject(H_)]),
                       NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})})})
            ann[NameObject("/AP")] = DictionaryObject({NameObject("/N"): w._add_object(xo)})
            w.add_annotation(page_number=pi, annotation=ann)
        with open(dst, "wb") as f: w.write(f)
        return True
    ov = PdfReader(overlay_pdf(hits, new, numeric, len(rd.pages), sizes))
    if mode == "incremental":
        w = PdfWriter(src, incremental=True)
    else:
        w = PdfWriter(clone_from=rd)
    touched = set(h[0] for h in hits)
    for pi in touched:
        w.pages[pi].merge_page(ov.pages[pi])
    if mode == "plain":
        w.add_metadata({"/Producer": R.choice(["PDFsam Enhanced 7", "Smallpdf.com", "iLovePDF", "PDF Editor 2.1"]), "/ModDate": "D:20261110093000+08'00'"})
    with open(dst, "wb") as f: w.write(f)
    if mode == "flatten":
        ims = render_pages(dst, 150, maxpages=10)
        ims[0].save(dst, "PDF", resolution=150, save_all=True, append_images=ims[1:])
    return True

def img_font(new, size):
    return ImageFont.truetype(WQY if not latin1_ok(new) else R.choice([DJ, DJS]), max(8, int(size)))

def image_paste_edit(src_img, dst, box, new, numeric):
    im = Image.open(src_img); mode = im.mode; im = im.convert("RGB")
    a = np.asarray(im).astype(np.int16)
    x0, y0, x1, y1 = [int(round(v)) for v in box]
    x0 -= 2; y0 -= 2; x1 += 2; y1 += 2
    reg = a[max(0, y0):y1, max(0, x0):x1].reshape(-1, 3)
    if reg.size == 0: return False
    bgc = tuple(int(v) for v in np.percentile(reg, 88, axis=0))
    ink = tuple(int(v * 0.8) for v in np.percentile(reg, 1, axis=0))
    hb = y1 - y0 - 4
    size = hb / 0.74 if numeric else hb / 0.95
    h = max(y1 - y0, int(size * 1.15))
    y0 = (y0 + y1) // 2 - h // 2; y1 = y0 + h
    f = img_font(new, size)
    tw = f.getlength(new)
    patch_w = int(max(x1 - x0, tw + 4))
    patch = Image.new("RGB", (patch_w, h), bgc)
    pa = np.asarray(patch).astype(np.float32) + np.random.default_rng(1).normal(0, 3, (h, patch_w, 3))
    patch = Image.fromarray(np.clip(pa, 0, 255).astype(np.uint8))
    dr = ImageDraw.Draw(patch)
    tx = patch_w - tw - 2 if numeric else 2
    dr.text((tx, h * 0.5), new, font=f, fill=ink, anchor="lm")
    patch = patch.filter(ImageFilter.GaussianBlur(0.5))
    px = x1 - patch_w if numeric else x0
    im.paste(patch, (px, y0))
    if mode == "L": im = im.convert("L")
    if dst.endswith(".png"): im.save(dst)
    else: im.save(dst, "JPEG", quality=R.randint(70, 92))
    return True

def clone_edit(src_img, dst, box_from, box_to):
    im = Image.open(src_img)
    fx0, fy0, fx1, fy1 = [int(round(v)) for v in box_from]
    tx0, ty0, tx1, ty1 = [int(round(v)) for v in box_to]
    pad = 3
    reg = im.crop((fx0 - pad, fy0 - pad, fx1 + pad, fy1 + pad))
    # wipe the target (clone paper from just left of it), then put the cloned digits right-aligned
    wipe_w = tx1 - tx0 + 2 * pad
    paper = im.crop((tx0 - pad - wipe_w - 4, ty0 - pad, tx0 - pad - 4, ty1 + pad))
    if paper.size[0] > 0: im.paste(paper.resize((wipe_w, ty1 - ty0 + 2 * pad)), (tx0 - pad, ty0 - pad))
    cy = (ty0 + ty1) // 2 - (fy1 - fy0) // 2
    im.paste(reg, (tx1 - (fx1 - fx0) - pad, cy - pad))
    if dst.endswith(".png"): im.save(dst)
    else: im.convert("RGB").save(dst, "JPEG", quality=R.randint(70, 90))
    return True

EDIT_PLAN = ([("pikepdf_text_replace", f) for f in ["total", "date", "buyer", "quantity", "total", "date", "buyer", "total"]] +
             [("pypdf_incremental_text_replace", f) for f in ["total", "date", "quantity"]] +
             [("overlay_whitebox", f) for f in ["total", "buyer", "date", "total", "buyer", "quantity", "total", "date"]] +
             [("pypdf_incremental_overlay", f) for f in ["total", "buyer", "date", "total"]] +
             [("annotation_freetext", f) for f in ["total", "buyer", "date"]] +
             [("overlay_whitebox_flattened_raster", f) for f in ["total", "buyer", "date"]] +
             [("image_paste", f) for f in ["total", "date", "buyer", "total", "quantity", "total"]] +
             [("clone_region", "quantity")] * 3 +
             [("edit_then_scan", f) for f in ["total", "buyer", "date"]] + [("edit_then_photo", f) for f in ["total", "buyer"]])

def make_edits(specs, records):
    byfile = {r["file"]: r for r in records}
    usable = [d for d in specs if not d.get("arith_error") and d["label_doc_type"] in ("invoice", "tax_invoice", "receipt", "proforma", "credit_note")]
    out = []
    used = Counter()
    for k, (method, field) in enumerate(EDIT_PLAN):
        if method in ("pikepdf_text_replace", "pypdf_incremental_text_replace"):
            pool = [d for d in usable if d["producer"] == "reportlab" and d.get("_rl_font") in CORE_FONTS]
        elif method in ("image_paste", "clone_region"):
            pool = [d for d in usable if d["producer"] in ("scan", "phone_photo") and d["capture"][2] != "pdf"]
        elif method.startswith("edit_then"):
            pool = [d for d in usable if d["producer"] not in ("scan", "phone_photo")]
        else:
            pool = [d for d in usable if d["producer"] not in ("scan", "phone_photo")]
        R.shuffle(pool); pool.sort(key=lambda d: used[d["file"]])
        done = False
        for d in pool[:25]:
            if used[d["file"]] >= 2: continue
            fld = field
            nv = new_value(d, fld, specs)
            if nv is None: continue
            old, new, upd = nv
            if old == new: continue
            stem = os.path.splitext(d["file"])[0]
            src = os.path.join(OUT, d["file"])
            ext = os.path.splitext(d["file"])[1]
            fn = f"e{k:02d}_{stem[1:]}_{method.split('_')[0]}_{fld}{ext}"
            dst = os.path.join(OUT, fn)
            over = dict(file=fn, genuine=False, edit_method=method, what_changed=[fld], arithmetic_error=False, edit_before_capture=False, pages=None)
            try:
                if method == "pikepdf_text_replace": ok = pdf_text_replace(src, dst, old, new, fld, "pikepdf")
                elif method == "pypdf_incremental_text_replace": ok = pdf_text_replace(src, dst, old, new, fld, "pypdf")
                elif method == "overlay_whitebox": ok = pdf_overlay_edit(src, dst, old, new, fld, "plain")
                elif method == "pypdf_incremental_overlay": ok = pdf_overlay_edit(src, dst, old, new, fld, "incremental")
                elif method == "annotation_freetext":
                    if not latin1_ok(new): continue
                    ok = pdf_overlay_edit(src, dst, old, new, fld, "annotation")
                elif method == "overlay_whitebox_flattened_raster": ok = pdf_overlay_edit(src, dst, old, new, fld, "flatten")
                elif method in ("image_paste", "clone_region"):
                    scale, T, fmt = d["capture"]; T = np.array(T)
                    if method == "image_paste":
                        hits = [h for h in find_all_pages(d["src_pdf"], old, whole=(fld == "quantity")) if h[0] == 0]
                        if not hits or (fld == "quantity" and len(hits) != 1): continue
                        ok = True
                        tmpsrc = src
                        for (_, box, (W, H)) in hits:
                            pb = map_boxes([box], H, scale, T)[0]
                            ok = ok and image_paste_edit(tmpsrc, dst, pb, new, fld in ("total", "quantity")); tmpsrc = dst
                    else:
                        ls = d["lines"]
                        if len(ls) < 2: continue
                        qs = [fmt_num(l["qty"], d["nstyle"], 0) if not d.get("vat_html") else str(l["qty"]) for l in ls]
                        pairs = [(a, b) for a in range(len(ls)) for b in range(len(ls)) if a != b and qs[a] != qs[b]]
                        if not pairs: continue
                        a, b = R.choice(pairs)
                        ha = [h for h in find_all_pages(d["src_pdf"], qs[a], whole=True) if h[0] == 0]
                        hb = [h for h in find_all_pages(d["src_pdf"], qs[b], whole=True) if h[0] == 0]
                        if len(ha) != 1 or len(hb) != 1: continue
                        W, H = ha[0][2]
                        ok = clone_edit(src, dst, map_boxes([ha[0][1]], H, scale, T)[0], map_boxes([hb[0][1]], H, scale, T)[0])
                        old, new = qs[b], qs[a]
                else:  # edit_then_scan / edit_then_photo: edit the clean PDF, then capture it
                    tmp_pdf = os.path.join(TMP, f"edited_{k}.pdf")
                    ok = pdf_overlay_edit(src, tmp_pdf, old, new, fld, "plain")
                    if ok:
                        kind = "scan" if method == "edit_then_scan" else "photo"
                        fmt = "jpg" if kind == "photo" else R.choice(["jpg", "png", "pdf"])
                        cfn, pages, _ = capture(tmp_pdf, kind, f"e{k:02d}_{stem[1:]}_{kind}_{fld}", fmt)
                        fn = cfn; over.update(file=cfn, edit_before_capture=True, producer="scan" if kind == "scan" else "phone_photo",
                                              pages=pages if fmt != "pdf" else None)
            except Exception as ex:
                print("edit failed", method, d["file"], repr(ex)[:200]); ok = False
            if not ok:
                if os.path.exists(dst): os.remove(dst)
                continue
            lab = dict(byfile[d["file"]]); lab.update(upd); lab.update(over)
            if lab["pages"] is None: lab["pages"] = count_pages(lab["file"])
            lab["source_file"] = d["file"]; lab["old_value"] = old; lab["new_value"] = new
            out.append(lab); used[d["file"]] += 1; done = True
            print("edit", method, fld, d["file"], "->", lab["file"], flush=True)
            break
        if not done: print("NO CANDIDATE for", method, field)
    return out


def count_pages(fn):
    p = os.path.join(OUT, fn)
    if fn.endswith(".pdf"):
        import pypdf
        return len(pypdf.PdfReader(p).pages)
    return 1

def label_for(d, **over):
    total = None
    if d.get("total_str") is not None:
        total = str(d["total"])
    lab = dict(file=d["file"], genuine=True, edit_method=None, what_changed=[], producer=d["producer"], language=d["lang"],
               is_invoice=d["label_doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
               doc_type=d["label_doc_type"], date=d["date"].isoformat(), total=total, currency=d["cur"],
               supplier=d["supplier"], buyer=d["buyer"], pages=None, edit_before_capture=False,
               arithmetic_error=bool(d.get("arith_error")))
    if d.get("arith_error"): lab["arithmetic_error_kind"] = {"line": "one line amount != qty x price", "total": "grand total != sum of lines + tax", "tax": "tax line != rate x taxable"}[d["arith_error"]]
    if d["label_doc_type"] == "proforma": lab["is_invoice"] = True
    lab.update(over)
    if lab["pages"] is None:
        lab["pages"] = count_pages(lab["file"]) if os.path.exists(os.path.join(OUT, lab["file"])) else None
    return lab

def check(records):
    missing = [r["file"] for r in records if not os.path.exists(os.path.join(OUT, r["file"]))]
    print("files in labels:", len(records), "missing:", missing)
    on_disk = set(os.listdir(OUT)); lab = set(r["file"] for r in records)
    print("unlabelled files on disk:", sorted(on_disk - lab))
    for k in ("producer", "language", "doc_type", "edit_method", "genuine", "is_invoice", "arithmetic_error", "edit_before_capture"):
        print(k, dict(Counter(str(r[k]) for r in records)))

if __name__ == "__main__":
    sys.path.insert(0, BASE)
    main()
