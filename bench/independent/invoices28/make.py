#!/usr/bin/env python3
"""invoices28 -- a Taipei bookkeeper's test set of component-supplier invoices
(TW / HK / CN / JP / EU suppliers selling to cross-border Amazon sellers), plus
edited copies made the way a seller does it on a phone or in a simple editor.

Run:  /work/main/.venv/bin/python make.py
Writes files/ and labels.jsonl next to this script.  Deterministic (seeded).
"""
import ctypes, io, json, math, os, random, shutil, subprocess, sys, tempfile, time
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageEnhance
import cv2
import pypdfium2 as pdfium
import pypdfium2.raw as pdfraw
import pikepdf
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas as rlcanvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from fpdf import FPDF
import docx
from docx.shared import Pt, Cm

T0 = time.time()
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "files")
WORK = tempfile.mkdtemp(prefix="inv28_")
R = random.Random(2818)

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DJV = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJVB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DJVM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(TTFont("DJV", DJV))
pdfmetrics.registerFont(TTFont("DJVB", DJVB))
pdfmetrics.registerFont(TTFont("DJVM", DJVM))

CJK = {"ja", "zh-Hans", "zh-Hant"}
WINANSI_OK = {"en", "de", "fr", "it", "es", "nl"}

# ----------------------------------------------------------------- parties
SUPPLIERS = {
    "tw1": dict(en="Hongsheng Electronic Parts Co., Ltd.", local="宏晟電子零件股份有限公司", region="TW",
                addr_en="No. 27, Jian 8th Rd., Zhonghe Dist., New Taipei City 235, Taiwan",
                addr="新北市中和區建八路27號5樓", taxid="統一編號 53718264", taxid_en="Tax ID 53718264"),
    "tw2": dict(en="Dingxin Technology Co., Ltd.", local="鼎芯科技有限公司", region="TW",
                addr_en="6F, No. 188, Sec. 2, Taiwan Blvd., West Dist., Taichung 403, Taiwan",
                addr="台中市西區臺灣大道二段188號6樓", taxid="統一編號 42960173", taxid_en="Tax ID 42960173"),
    "tw3": dict(en="Guanghua Component Shop", local="光華電子材料行", region="TW",
                addr_en="B1-36, No. 8, Sec. 3, Civic Blvd., Taipei", addr="台北市中正區市民大道三段8號B1-36",
                taxid="統一編號 81470392", taxid_en="Tax ID 81470392"),
    "hk1": dict(en="Kowloon Bay Semiconductor Trading Ltd.", local="九龍灣半導體貿易有限公司", region="HK",
                addr_en="Unit 1208, 12/F, Kwun Tong Harbour Plaza, 82 Hoi Bun Rd, Kowloon, Hong Kong",
                addr="香港九龍觀塘海濱道82號觀塘海港廣場12樓1208室", taxid="BR No. 61782043", taxid_en="BR No. 61782043"),
    "hk2": dict(en="Wing Fat Components (HK) Co.", local="永發元件(香港)公司", region="HK",
                addr_en="Shop 47, 2/F, Golden Arcade Annex, Sham Shui Po, Kowloon, Hong Kong",
                addr="香港九龍深水埗黃金商場附翼2樓47號舖", taxid="BR No. 70319586", taxid_en="BR No. 70319586"),
    "cn1": dict(en="Shenzhen Huaxinda Electronics Co., Ltd.", local="深圳市华芯达电子有限公司", region="CN",
                addr_en="Room 1703, Block B, Saige Plaza, Futian District, Shenzhen, China",
                addr="深圳市福田区华强北街道赛格广场B座1703室", taxid="纳税人识别号 91440300MA5H7K2Q8N",
                taxid_en="USCC 91440300MA5H7K2Q8N"),
    "cn2": dict(en="Dongguan Lianchuang Cable Technology Co., Ltd.", local="东莞市联创线材科技有限公司", region="CN",
                addr_en="No. 9 Industrial 3rd Rd, Chang'an Town, Dongguan, Guangdong, China",
                addr="广东省东莞市长安镇工业三路9号", taxid="纳税人识别号 91441900MA4X2R6T1B",
                taxid_en="USCC 91441900MA4X2R6T1B"),
    "cn3": dict(en="Ningbo Jingyuan Electronic Components Co., Ltd.", local="宁波晶源电子元件有限公司", region="CN",
                addr_en="88 Xinhui Rd, Beilun District, Ningbo, Zhejiang, China",
                addr="浙江省宁波市北仑区新汇路88号", taxid="纳税人识别号 91330206MA2J8P4W7C",
                taxid_en="USCC 91330206MA2J8P4W7C"),
    "jp1": dict(en="Sakura Denshi Buhin K.K.", local="株式会社サクラ電子部品", region="JP",
                addr_en="3-14-2 Sotokanda, Chiyoda-ku, Tokyo 101-0021", addr="〒101-0021 東京都千代田区外神田3-14-2 サクラビル4F",
                taxid="登録番号 T6010001184327", taxid_en="Reg. No. T6010001184327"),
    "jp2": dict(en="Osaka Minami Denki Shokai", local="有限会社大阪ミナミ電機商会", region="JP",
                addr_en="2-7-19 Nipponbashi, Naniwa-ku, Osaka 556-0005", addr="〒556-0005 大阪府大阪市浪速区日本橋2-7-19",
                taxid="登録番号 T3120002093518", taxid_en="Reg. No. T3120002093518"),
    "us1": dict(en="Pinecrest Electronics Supply Inc.", local="Pinecrest Electronics Supply Inc.", region="US",
                addr_en="2290 Ringwood Ave, Suite 110, San Jose, CA 95131, USA", addr="2290 Ringwood Ave, San Jose, CA 95131",
                taxid="EIN 84-3920175", taxid_en="EIN 84-3920175"),
    "de1": dict(en="Rheinland Bauteile GmbH", local="Rheinland Bauteile GmbH", region="DE",
                addr="Widdersdorfer Str. 214, 50825 Köln", taxid="USt-IdNr. DE318204775"),
    "fr1": dict(en="Composants Lumière SARL", local="Composants Lumière SARL", region="FR",
                addr="17 rue de la Part-Dieu, 69003 Lyon", taxid="TVA intracom. FR47823610954"),
    "it1": dict(en="Elettronica Brenta S.r.l.", local="Elettronica Brenta S.r.l.", region="IT",
                addr="Via Venezia 61, 35131 Padova (PD)", taxid="P.IVA IT04518230281"),
    "es1": dict(en="Suministros Electrónicos Levante S.L.", local="Suministros Electrónicos Levante S.L.", region="ES",
                addr="Carrer de Sueca 42, 46006 València", taxid="CIF B98273614"),
    "pl1": dict(en="Elektro-Wisła Sp. z o.o.", local="Elektro-Wisła Sp. z o.o.", region="PL",
                addr="ul. Zabłocie 23, 30-701 Kraków", taxid="NIP 6793184520"),
    "nl1": dict(en="Van der Meer Componenten B.V.", local="Van der Meer Componenten B.V.", region="NL",
                addr="Kastanjelaan 12, 5616 LZ Eindhoven", taxid="BTW NL859301447B01"),
}
BUYERS = {
    "en": [("Lumora Gadgets LLC", "1201 N Orange St, Ste 7334, Wilmington, DE 19801, USA"),
           ("Northwind Cables Ltd", "Unit 4, Trafford Park Rd, Manchester M17 1HG, UK"),
           ("Bluecrest Home Goods Inc.", "5600 Kearny Villa Rd, San Diego, CA 92123, USA"),
           ("Harbor Spark Trading Co.", "18 Oak Lane, Edison, NJ 08817, USA")],
    "zh-Hant": [("晴川國際有限公司", "台北市大安區復興南路一段210號8樓"),
                ("好物港灣有限公司", "香港新界荃灣沙咀道68號12樓C室")],
    "zh-Hans": [("杭州悦购跨境电商有限公司", "浙江省杭州市滨江区江南大道588号"),
                ("厦门海岸线电子商务有限公司", "福建省厦门市思明区湖滨南路90号")],
    "ja": [("小森好物合同会社", "〒530-0001 大阪府大阪市北区梅田1-2-3"),
           ("株式会社ミライ雑貨ストア", "〒150-0002 東京都渋谷区渋谷2-9-11")],
    "de": [("Brightnest Home GmbH", "Oranienstraße 185, 10999 Berlin")],
    "fr": [("Maison Volta SAS", "42 quai des Chartrons, 33000 Bordeaux")],
    "it": [("Casa Ricarica S.r.l.", "Viale Monza 140, 20127 Milano")],
    "es": [("Tienda Chispa S.L.", "Calle de Bravo Murillo 77, 28003 Madrid")],
    "pl": [("Sklep Iskra Sp. z o.o.", "ul. Grochowska 306, 03-840 Warszawa")],
    "nl": [("Stekker & Co B.V.", "Oudegracht 210, 3511 NR Utrecht")],
}

ITEMS = [  # (en, zh-Hant, zh-Hans, ja, unit price USD)
    ("USB-C receptacle 16P SMD", "USB-C 母座 16P 貼片", "USB-C 母座 16P 贴片", "USB-C レセプタクル 16P", 0.18),
    ("PD trigger module 20V", "PD 誘騙模組 20V", "PD 诱骗模块 20V", "PD トリガーモジュール 20V", 0.95),
    ("WS2812B LED strip 5m 60/m", "WS2812B 燈條 5米", "WS2812B 灯带 5米", "WS2812B LEDテープ 5m", 6.40),
    ("ESP32-WROOM-32E module", "ESP32-WROOM-32E 模組", "ESP32-WROOM-32E 模块", "ESP32-WROOM-32E モジュール", 2.85),
    ("AMS1117-3.3 LDO, reel 2500", "AMS1117-3.3 穩壓 IC 捲裝", "AMS1117-3.3 稳压芯片 卷装", "AMS1117-3.3 レギュレータ リール", 41.00),
    ("Braided USB-C to C cable 1m 60W", "編織 USB-C 對 C 線 1米", "编织 USB-C 对 C 数据线 1米", "編組 USB-C ケーブル 1m", 1.12),
    ("GaN 65W charger PCBA", "氮化鎵 65W 充電器 PCBA", "氮化镓 65W 充电器 PCBA", "GaN 65W 充電器基板", 7.90),
    ("Silicone wire 22AWG 10m red", "矽膠線 22AWG 10米 紅", "硅胶线 22AWG 10米 红", "シリコン線 22AWG 10m 赤", 2.30),
    ("Heat-shrink tube kit 580 pcs", "熱縮套管組 580入", "热缩管套装 580只", "熱収縮チューブ 580本", 3.75),
    ("Tactile switch 6x6x5 (bag 1000)", "輕觸開關 6x6x5 (1000入)", "轻触开关 6x6x5 (1000只)", "タクトスイッチ 6x6x5 1000個", 8.60),
    ("Magnetic charging tip set", "磁吸充電頭組", "磁吸充电头套装", "マグネット充電端子", 0.64),
    ("Bluetooth 5.3 audio module", "藍牙 5.3 音訊模組", "蓝牙 5.3 音频模块", "Bluetooth 5.3 オーディオ基板", 1.95),
    ("Power bank shell 10000mAh", "行動電源外殼 10000mAh", "移动电源外壳 10000mAh", "モバイルバッテリーケース", 1.40),
    ("NTC thermistor 10K 3950 (100)", "NTC 熱敏電阻 10K (100入)", "NTC 热敏电阻 10K (100只)", "NTCサーミスタ 10K 100個", 2.10),
    ("18650 cell holder 2S", "18650 電池座 2串", "18650 电池座 2串", "18650 電池ホルダー 2本", 0.27),
    ("Qi wireless charger coil", "Qi 無線充電線圈", "Qi 无线充电线圈", "Qi ワイヤレス充電コイル", 0.58),
    ("OLED 0.96in I2C display", "OLED 0.96吋 I2C 顯示屏", "OLED 0.96寸 I2C 显示屏", "OLED 0.96インチ I2C", 1.65),
    ("Li-ion protection board 1S 3A", "鋰電保護板 1S 3A", "锂电保护板 1S 3A", "リチウム保護基板 1S 3A", 0.22),
]
LANG_IDX = {"zh-Hant": 1, "zh-Hans": 2, "ja": 3}

# currency: (code, decimals, rate from USD)
CUR = {"USD": (2, 1), "EUR": (2, 0.92), "PLN": (2, 3.95), "JPY": (0, 149), "TWD": (0, 32), "HKD": (2, 7.8),
       "CNY": (2, 7.2)}

TX = {
 "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE",
            proforma="PROFORMA INVOICE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
            quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST", no="No.", date="Date",
            seller="Seller", buyer="Bill To", desc="Description", qty="Qty", unit="Unit Price", amount="Amount",
            subtotal="Subtotal", discount="Discount", shipping="Freight", tax="Tax", total="TOTAL", page="Page",
            terms="Payment terms: T/T within 30 days of invoice date", thanks="Thank you for your business."),
 "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", receipt="QUITTUNG", credit_note="GUTSCHRIFT",
            proforma="PROFORMA-RECHNUNG", packing_list="PACKLISTE", purchase_order="BESTELLUNG",
            quotation="ANGEBOT", delivery_note="LIEFERSCHEIN", price_list="PREISLISTE", no="Nr.", date="Datum",
            seller="Verkäufer", buyer="Rechnungsempfänger", desc="Bezeichnung", qty="Menge", unit="Einzelpreis",
            amount="Betrag", subtotal="Zwischensumme", discount="Rabatt", shipping="Versand", tax="MwSt.",
            total="Gesamtbetrag", page="Seite", terms="Zahlbar innerhalb 14 Tagen ohne Abzug.",
            thanks="Vielen Dank für Ihren Auftrag."),
 "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", receipt="REÇU", credit_note="AVOIR",
            proforma="FACTURE PRO FORMA", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE",
            quotation="DEVIS", delivery_note="BON DE LIVRAISON", price_list="TARIF", no="N°", date="Date",
            seller="Vendeur", buyer="Client", desc="Désignation", qty="Qté", unit="P.U. HT", amount="Montant HT",
            subtotal="Total HT", discount="Remise", shipping="Frais de port", tax="TVA", total="Total TTC",
            page="Page", terms="Paiement à 30 jours par virement.", thanks="Merci de votre confiance."),
 "it": dict(invoice="FATTURA", tax_invoice="FATTURA", receipt="RICEVUTA", credit_note="NOTA DI CREDITO",
            proforma="FATTURA PROFORMA", packing_list="DISTINTA COLLI", purchase_order="ORDINE DI ACQUISTO",
            quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
            no="N.", date="Data", seller="Cedente", buyer="Cessionario", desc="Descrizione", qty="Q.tà",
            unit="Prezzo unit.", amount="Importo", subtotal="Imponibile", discount="Sconto",
            shipping="Spese di trasporto", tax="IVA", total="Totale documento", page="Pagina",
            terms="Pagamento: bonifico bancario 30 gg d.f.", thanks="Grazie per l'ordine."),
 "es": dict(invoice="FACTURA", tax_invoice="FACTURA", receipt="RECIBO", credit_note="FACTURA RECTIFICATIVA",
            proforma="FACTURA PROFORMA", packing_list="LISTA DE BULTOS", purchase_order="PEDIDO DE COMPRA",
            quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS", no="N.º",
            date="Fecha", seller="Emisor", buyer="Cliente", desc="Descripción", qty="Cant.", unit="Precio unit.",
            amount="Importe", subtotal="Base imponible", discount="Descuento", shipping="Portes", tax="IVA",
            total="Total factura", page="Página", terms="Forma de pago: transferencia a 30 días.",
            thanks="Gracias por su pedido."),
 "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", receipt="PARAGON", credit_note="FAKTURA KORYGUJĄCA",
            proforma="FAKTURA PRO FORMA", packing_list="LISTA PAKUNKOWA", purchase_order="ZAMÓWIENIE",
            quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK", no="Nr",
            date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość",
            unit="Cena netto", amount="Wartość netto", subtotal="Razem netto", discount="Rabat",
            shipping="Transport", tax="VAT", total="Do zapłaty", page="Strona",
            terms="Termin płatności: 14 dni, przelew.", thanks="Dziękujemy za zamówienie."),
 "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", receipt="KWITANTIE", credit_note="CREDITNOTA",
            proforma="PROFORMAFACTUUR", packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE",
            delivery_note="PAKBON", price_list="PRIJSLIJST", no="Nummer", date="Factuurdatum",
            seller="Leverancier", buyer="Klant", desc="Omschrijving", qty="Aantal", unit="Prijs/st",
            amount="Bedrag", subtotal="Subtotaal", discount="Korting", shipping="Verzendkosten", tax="BTW",
            total="Totaal", page="Pagina", terms="Betaling binnen 30 dagen.", thanks="Bedankt voor uw bestelling."),
 "ja": dict(invoice="請求書", tax_invoice="適格請求書", receipt="領収書", credit_note="返品伝票",
            proforma="仮請求書", packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書",
            delivery_note="納品書", price_list="価格表", no="No.", date="発行日", seller="発行元", buyer="請求先",
            desc="品名", qty="数量", unit="単価", amount="金額", subtotal="小計", discount="値引", shipping="送料",
            tax="消費税", total="ご請求金額", page="頁", terms="お支払期限：翌月末日（銀行振込）",
            thanks="毎度ありがとうございます。"),
 "zh-Hans": dict(invoice="销售发票", tax_invoice="增值税专用发票", receipt="收据", credit_note="红字发票",
            proforma="形式发票", packing_list="装箱单", purchase_order="采购订单", quotation="报价单",
            delivery_note="送货单", price_list="价格表", no="发票号码", date="开票日期", seller="销售方",
            buyer="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额", subtotal="合计",
            discount="折扣", shipping="运费", tax="税额", total="价税合计", page="页",
            terms="付款方式：月结30天", thanks="谢谢惠顾"),
 "zh-Hant": dict(invoice="發票", tax_invoice="統一發票（三聯式）", receipt="收據", credit_note="銷貨退回折讓單",
            proforma="形式發票", packing_list="裝箱單", purchase_order="採購單", quotation="報價單",
            delivery_note="出貨單", price_list="價目表", no="發票號碼", date="日期", seller="賣方",
            buyer="買受人", desc="品名", qty="數量", unit="單價", amount="金額", subtotal="銷售額合計",
            discount="折讓", shipping="運費", tax="營業稅", total="總計", page="頁",
            terms="付款條件：月結30天 電匯", thanks="謝謝惠顧"),
}

MONTHS = {"fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
          "en": "January February March April May June July August September October November December".split(),
          "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()}


def fmt_date(d, style):
    y, m, dd = d
    if style == "dmy_dot": return f"{dd:02d}.{m:02d}.{y}"
    if style == "us": return f"{m:02d}/{dd:02d}/{y}"
    if style == "dmy_slash": return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_dash": return f"{dd:02d}-{m:02d}-{y}"
    if style == "iso_slash": return f"{y}/{m:02d}/{dd:02d}"
    if style == "iso": return f"{y}-{m:02d}-{dd:02d}"
    if style == "cjk": return f"{y}年{m}月{dd}日"
    if style == "roc": return f"{y-1911}年{m}月{dd}日"
    if style == "fr_long": return f"{dd} {MONTHS['fr'][m-1]} {y}"
    if style == "en_long": return f"{dd} {MONTHS['en'][m-1]} {y}"
    if style == "us_long": return f"{MONTHS['en'][m-1][:3]} {dd}, {y}"
    if style == "es_long": return f"{dd} de {MONTHS['es'][m-1]} de {y}"
    raise ValueError(style)


def q(x, dec):
    return Decimal(x).quantize(Decimal(1) if dec == 0 else Decimal("0.01"), ROUND_HALF_UP)


def fmt_num(v, style, dec):
    v = q(v, dec)
    neg = v < 0
    s = f"{abs(v):,.{dec}f}"
    if style == "eu": s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "fr": s = s.replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def money(v, doc, sym=True):
    s = fmt_num(v, doc["numstyle"], doc["dec"])
    if not sym: return s
    c = doc["currency"]
    pre = {"USD": "USD ", "HKD": "HK$", "TWD": "NT$", "JPY": "¥", "CNY": "¥"}
    post = {"EUR": " €", "PLN": " zł"}
    return pre.get(c, "") + s + post.get(c, "")


def rmb_upper(v):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    v = q(v, 2)
    yuan = int(v); jiao = int((v * 10) % 10); fen = int((v * 100) % 10)
    def four(n):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = True
            else:
                if zero and s: s += "零"
                s += digits[d] + units[i]; zero = False
        return s
    out = ""
    if yuan >= 10000: out += four(yuan // 10000) + "万"
    rest = yuan % 10000
    if rest:
        if yuan >= 10000 and rest < 1000: out += "零"
        out += four(rest)
    out = (out or "零") + "圆"
    if jiao == 0 and fen == 0: return out + "整"
    return out + (digits[jiao] + "角" if jiao else "零") + (digits[fen] + "分" if fen else "")


# ----------------------------------------------------------------- doc model
LANG_DEFAULTS = {  # numstyle, date styles, currency, tax rate
    "de": ("eu", ["dmy_dot"], "EUR", 19), "fr": ("fr", ["fr_long", "dmy_slash"], "EUR", 20),
    "it": ("eu", ["dmy_slash"], "EUR", 22), "es": ("eu", ["dmy_slash", "es_long"], "EUR", 21),
    "pl": ("fr", ["dmy_dot", "iso"], "PLN", 23), "nl": ("eu", ["dmy_dash"], "EUR", 21),
    "ja": ("en", ["cjk", "iso_slash"], "JPY", 10), "zh-Hans": ("en", ["cjk", "iso"], "CNY", 13),
}
EU_SUP = {"de": "de1", "fr": "fr1", "it": "it1", "es": "es1", "pl": "pl1", "nl": "nl1"}
DOCNO = Counter()


def make_doc(lang, doc_type="invoice", sup=None, n_items=None, tax=None, discount=None, shipping=None,
             currency=None, date_style=None, arith_error=False, many=False):
    r = R
    if sup is None:
        sup = {"en": r.choice(["tw1", "tw2", "hk1", "hk2", "cn1", "cn2", "cn3", "us1", "jp1"]),
               "zh-Hant": r.choice(["tw1", "tw2", "tw3", "hk1", "hk2"]), "zh-Hans": r.choice(["cn1", "cn2", "cn3"]),
               "ja": r.choice(["jp1", "jp2"])}.get(lang) or EU_SUP[lang]
    S = SUPPLIERS[sup]
    region = S["region"]
    if lang == "en":
        numstyle = "en"
        cur = currency or ("HKD" if region == "HK" and r.random() < 0.4 else "USD")
        dstyles = {"US": ["us", "us_long"], "HK": ["en_long", "dmy_slash"], "TW": ["iso_slash", "us_long"],
                   "CN": ["iso", "us_long"], "JP": ["iso_slash"]}[region]
        rate = 0
    elif lang == "zh-Hant":
        numstyle = "en"
        if region == "HK": cur, rate, dstyles = "HKD", 0, ["dmy_slash", "cjk"]
        else: cur, rate, dstyles = "TWD", 5, ["iso_slash", "roc", "cjk"]
    else:
        numstyle, dstyles, cur, rate = LANG_DEFAULTS[lang]
    cur = currency or cur
    dec, fx = CUR[cur]
    if tax is not None: rate = tax
    date = (2026, r.randint(1, 3), r.randint(1, 28)) if r.random() < 0.8 else (2025, r.randint(9, 12), r.randint(1, 28))
    ds = date_style or r.choice(dstyles)
    n = n_items or (r.randint(28, 44) if many else r.randint(2, 7))
    pool = list(range(len(ITEMS)))
    lines = []
    for k in range(n):
        it = ITEMS[pool[k % len(pool)]] if many else ITEMS[r.choice(pool)]
        if not many: pool.remove(ITEMS.index(it)) if ITEMS.index(it) in pool else None
        name = it[LANG_IDX.get(lang, 0)]
        if many and k >= len(ITEMS): name += f" / lot {k // len(ITEMS) + 1}"
        qty = r.choice([10, 20, 50, 100, 200, 250, 500, 1000, 2000, 5, 12, 24]) if it[4] < 10 else r.randint(1, 20)
        unit = q(Decimal(str(it[4])) * Decimal(str(fx)) * Decimal(str(r.uniform(0.85, 1.2))), dec if dec else 0)
        if unit == 0: unit = Decimal(1)
        lines.append(dict(desc=name, qty=qty, unit=unit, amount=q(unit * qty, dec)))
    if arith_error:  # one line amount mis-multiplied, carried into totals
        k = r.randrange(len(lines))
        bad = lines[k]["amount"] + q(Decimal(r.choice([10, 100, 1, 9, 90])) * (Decimal(1) if dec == 0 else Decimal("1.00")), dec)
        lines[k]["amount"] = bad
    sub = sum((l["amount"] for l in lines), Decimal(0))
    disc = q(sub * Decimal(discount) / 100, dec) if discount else Decimal(0)
    ship = q(Decimal(shipping) * Decimal(str(fx)), dec) if shipping else Decimal(0)
    base = sub - disc + ship
    taxv = q(base * Decimal(rate) / 100, dec)
    total = base + taxv
    if doc_type == "credit_note":
        for l in lines: l["amount"] = -l["amount"]
        sub, disc, ship, base, taxv, total = -sub, -disc, -ship, -base, -taxv, -total
    DOCNO[sup] += 1
    pfx = {"invoice": "INV", "tax_invoice": "INV", "receipt": "R", "credit_note": "CN", "proforma": "PI",
           "packing_list": "PL", "purchase_order": "PO", "quotation": "QT", "delivery_note": "DN",
           "price_list": "PLST", "other": "L"}[doc_type]
    number = f"{pfx}-{date[0]}{date[1]:02d}-{r.randint(100, 999)}{DOCNO[sup]}"
    if lang == "zh-Hant" and region == "TW" and doc_type in ("tax_invoice", "receipt"):
        number = f"{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}-{r.randint(10000000, 99999999)}"
    buyer = r.choice(BUYERS[lang])
    sname = S["local"] if lang in CJK else S["en"]
    saddr = S["addr"] if lang in CJK or "addr_en" not in S else S["addr_en"]
    staxid = S["taxid"] if (lang in CJK or "taxid_en" not in S) else S["taxid_en"]
    d = dict(lang=lang, doc_type=doc_type, sup=sup, supplier=sname, saddr=saddr, staxid=staxid,
                buyer=buyer[0], baddr=buyer[1], date=date, date_str=fmt_date(date, ds), date_style=ds,
                number=number, currency=cur, dec=dec, numstyle=numstyle, lines=lines, subtotal=sub,
                discount_pct=discount, discount=disc, shipping=ship, rate=rate, tax=taxv, total=total,
                arith_error=arith_error, T=TX[lang], reverse_charge=(lang in EU_SUP and rate == 0))
    if doc_type not in ("invoice", "tax_invoice", "receipt", "credit_note") and lang in ("zh-Hans", "zh-Hant"):
        d["T"] = dict(TX[lang], no="单号" if lang == "zh-Hans" else "單號", date="日期")
    if doc_type == "purchase_order":  # issued by the Amazon seller to the vendor: swap what is printed where
        d["lab_supplier"], d["lab_buyer"] = d["supplier"], d["buyer"]
        d["supplier"], d["buyer"] = d["lab_buyer"], d["lab_supplier"]
        d["saddr"], d["baddr"] = buyer[1], saddr
        d["staxid"] = ""
        d["T"] = dict(d["T"], buyer=VENDOR.get(lang, "Vendor"))
    return d


VENDOR = {"en": "Vendor", "de": "Lieferant", "fr": "Fournisseur", "it": "Fornitore", "es": "Proveedor", "pl": "Dostawca",
          "nl": "Leverancier", "ja": "発注先", "zh-Hans": "供应商", "zh-Hant": "供應商"}


def line_tax_fix(doc):
    """fapiao style: tax is summed from per-line tax amounts"""
    doc["tax"] = sum((q(l["amount"] * doc["rate"] / 100, doc["dec"]) for l in doc["lines"]), Decimal(0))
    doc["total"] = doc["subtotal"] - doc["discount"] + doc["shipping"] + doc["tax"]


def has_total(doc):
    return doc["doc_type"] not in ("packing_list", "delivery_note", "other", "price_list")


def total_str(doc):
    return fmt_num(doc["total"], doc["numstyle"], doc["dec"])


def title(doc):
    if doc["doc_type"] == "other": return {"en": "", "de": "", "fr": ""}.get(doc["lang"], "")
    return doc["T"][doc.get("title_key", doc["doc_type"])]


def totals_rows(doc):
    T = doc["T"]; rows = []
    if not has_total(doc): return rows
    m = lambda v: money(v, doc, sym=False)
    rows.append((T["subtotal"], m(doc["subtotal"])))
    if doc["discount"]: rows.append((f"{T['discount']} {doc['discount_pct']}%", m(-doc["discount"])))
    if doc["shipping"]: rows.append((T["shipping"], m(doc["shipping"])))
    if doc["rate"]:
        rows.append((f"{T['tax']} {doc['rate']}%", m(doc["tax"])))
    elif doc["reverse_charge"]:
        rows.append((f"{T['tax']} 0% (reverse charge)", m(0)))
    rows.append((T["total"] + f" ({doc['currency']})", money(doc["total"], doc)))
    return rows


def line_cells(doc, l, i):
    if doc["doc_type"] in ("packing_list", "delivery_note"):
        return [str(i + 1), l["desc"], str(l["qty"]), "pcs" if doc["lang"] not in CJK else "PCS", ""]
    m = lambda v: money(v, doc, sym=False)
    return [str(i + 1), l["desc"], str(l["qty"]), m(l["unit"]), m(l["amount"])]


def header_cells(doc):
    T = doc["T"]
    if doc["doc_type"] in ("packing_list", "delivery_note"):
        return ["#", T["desc"], T["qty"], "Unit" if doc["lang"] not in CJK else "單位", ""]
    return ["#", T["desc"], T["qty"], T["unit"], T["amount"]]


LETTER = {
    "en": ["Dear Sir or Madam,",
           "we confirm that the goods listed in our order confirmation were manufactured in our Shenzhen",
           "facility and shipped by sea freight. Please note our new bank details from next month.",
           "This letter is not an invoice and does not replace one.", "", "Kind regards,", "Export Department"],
    "de": ["Sehr geehrte Damen und Herren,", "hiermit bestätigen wir den Eingang Ihrer Bestellung.",
           "Die Lieferung erfolgt voraussichtlich in KW 14. Eine Rechnung folgt gesondert.", "",
           "Mit freundlichen Grüßen", "Vertrieb"],
    "fr": ["Madame, Monsieur,", "nous vous informons de l'augmentation de nos tarifs au 1er avril.",
           "Les commandes passées avant cette date restent au tarif actuel.", "",
           "Veuillez agréer nos salutations distinguées.", "Service commercial"],
}

# ----------------------------------------------------------------- helpers
def outp(name):
    return os.path.join(OUT, name)


def pdf_pages(path):
    return len(PdfReader(path).pages)


def font_for(doc):
    return "WQY" if doc["lang"] in CJK else ("Helvetica" if doc["lang"] in WINANSI_OK else "DJV")


# ----------------------------------------------------------------- producer: reportlab classic
def rl_classic(doc, path, style=0):
    c = rlcanvas.Canvas(path, pagesize=A4)
    c.setAuthor(doc["supplier"]); c.setTitle(f"{title(doc)} {doc['number']}")
    W, H = A4
    F = font_for(doc)
    FB = {"Helvetica": "Helvetica-Bold", "WQY": "WQY", "DJV": "DJVB"}[F]
    T = doc["T"]
    per_page = 24
    chunks = [doc["lines"][i:i + per_page] for i in range(0, len(doc["lines"]), per_page)] or [[]]
    accent = [(0.1, 0.25, 0.45), (0.35, 0.1, 0.1), (0.1, 0.35, 0.2)][style % 3]
    idx = 0
    for pno, chunk in enumerate(chunks):
        c.setFillColorRGB(*accent)
        if style % 2 == 0:
            c.rect(0, H - 22 * mm, W, 22 * mm, stroke=0, fill=1); c.setFillColorRGB(1, 1, 1)
        c.setFont(FB, 15); c.drawString(18 * mm, H - 14 * mm, doc["supplier"])
        c.setFont(F, 8); c.drawString(18 * mm, H - 19 * mm, doc["saddr"] + "  ·  " + doc["staxid"] if F != "Helvetica" else doc["saddr"] + "  -  " + doc["staxid"])
        c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 18); c.drawRightString(W - 18 * mm, H - 34 * mm, title(doc))
        c.setFont(F, 9)
        c.drawRightString(W - 18 * mm, H - 41 * mm, f"{T['no']} {doc['number']}")
        c.drawRightString(W - 18 * mm, H - 46 * mm, f"{T['date']}: {doc['date_str']}")
        c.drawRightString(W - 18 * mm, H - 51 * mm, f"{T['page']} {pno + 1}/{len(chunks)}")
        c.setFont(FB, 9); c.drawString(18 * mm, H - 34 * mm, T["buyer"] + ":")
        c.setFont(F, 10); c.drawString(18 * mm, H - 40 * mm, doc["buyer"])
        c.setFont(F, 8.5); c.drawString(18 * mm, H - 45 * mm, doc["baddr"])
        y = H - 62 * mm
        xs = [18 * mm, 26 * mm, 120 * mm, 150 * mm, W - 18 * mm]
        c.setFillColorRGB(0.9, 0.9, 0.9); c.rect(18 * mm, y - 2 * mm, W - 36 * mm, 7 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0); c.setFont(FB, 8.5)
        hc = header_cells(doc)
        c.drawString(xs[0] + 1, y, hc[0]); c.drawString(xs[1], y, hc[1]); c.drawRightString(xs[2] + 14 * mm, y, hc[2])
        c.drawRightString(xs[3] + 12 * mm, y, hc[3]); c.drawRightString(xs[4], y, hc[4])
        c.setFont(F, 8.5)
        for l in chunk:
            y -= 6.5 * mm
            cells = line_cells(doc, l, idx); idx += 1
            c.drawString(xs[0] + 1, y, cells[0]); c.drawString(xs[1], y, cells[1])
            c.drawRightString(xs[2] + 14 * mm, y, cells[2]); c.drawRightString(xs[3] + 12 * mm, y, cells[3])
            c.drawRightString(xs[4], y, cells[4])
            c.setStrokeColorRGB(0.8, 0.8, 0.8); c.line(18 * mm, y - 2 * mm, W - 18 * mm, y - 2 * mm)
        if pno == len(chunks) - 1:
            y -= 10 * mm
            for k, (lab, val) in enumerate(totals_rows(doc)):
                last = k == len(totals_rows(doc)) - 1
                c.setFont(FB if last else F, 10 if last else 9)
                c.drawRightString(150 * mm, y, lab); c.drawRightString(W - 18 * mm, y, val)
                y -= 6 * mm
            if doc["reverse_charge"] and F == "Helvetica":
                c.setFont(F, 7.5); c.drawString(18 * mm, y - 4 * mm, "Reverse charge - Art. 196 Directive 2006/112/EC")
            c.setFont(F, 8)
            c.drawString(18 * mm, 30 * mm, T["terms"]); c.drawString(18 * mm, 25 * mm, T["thanks"])
        else:
            c.setFont(F, 8); c.drawRightString(W - 18 * mm, y - 8 * mm, "...")
        c.setFont(F, 7); c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(18 * mm, 12 * mm, f"{doc['supplier']} - {doc['staxid']}")
        c.setFillColorRGB(0, 0, 0)
        c.showPage()
    c.save()
    return len(chunks)


def rl_letter(doc, path):
    c = rlcanvas.Canvas(path, pagesize=A4); W, H = A4
    F = font_for(doc)
    c.setFont("Helvetica-Bold" if F == "Helvetica" else F, 14); c.drawString(22 * mm, H - 25 * mm, doc["supplier"])
    c.setFont(F, 9); c.drawString(22 * mm, H - 31 * mm, doc["saddr"])
    c.setFont(F, 10)
    c.drawString(22 * mm, H - 55 * mm, doc["buyer"]); c.drawString(22 * mm, H - 60 * mm, doc["baddr"])
    c.drawRightString(W - 22 * mm, H - 75 * mm, doc["date_str"])
    y = H - 95 * mm
    for ln in LETTER[doc["lang"]]:
        c.drawString(22 * mm, y, ln); y -= 6 * mm
    c.showPage(); c.save(); return 1


# ----------------------------------------------------------------- producer: thermal receipts
def rl_thermal(doc, path, kind):
    wmm = 80 if kind != "tw_einv" else 57
    W = wmm * mm
    n = len(doc["lines"])
    H = (150 + n * 9) * mm if kind == "tw_einv" else (95 + n * 10) * mm
    c = rlcanvas.Canvas(path, pagesize=(W, H))
    F = "WQY" if doc["lang"] in CJK else "Courier"
    cx = W / 2; y = H - 10 * mm
    def ctr(s, size=8, f=None):
        nonlocal y
        c.setFont(f or F, size); c.drawCentredString(cx, y, s); y -= size * 1.45
    def lr(a, b, size=8):
        nonlocal y
        c.setFont(F, size); c.drawString(4 * mm, y, a); c.drawRightString(W - 4 * mm, y, b); y -= size * 1.45
    if kind == "tw_einv":
        y0, m0 = doc["date"][0] - 1911, doc["date"][1]
        per = (m0 + 1) // 2 * 2
        ctr(doc["supplier"], 10)
        ctr("電子發票證明聯", 15)
        ctr(f"{y0}年{per-1:02d}-{per:02d}月", 14)
        ctr(doc["number"], 14)
        ctr(f"{doc['date'][0]}-{doc['date'][1]:02d}-{doc['date'][2]:02d} {R.randint(9,20):02d}:{R.randint(0,59):02d}:{R.randint(0,59):02d}", 7)
        lr(f"隨機碼 {R.randint(1000,9999)}", f"總計 {fmt_num(doc['total'], 'en', 0)}", 7)
        lr(f"賣方 {doc['staxid'][-8:]}", f"買方 {doc['buyer_ban']}", 7)
        # 1D barcode + two QR-like blocks
        x = 5 * mm; y -= 9 * mm
        rb = random.Random(doc["number"])
        while x < W - 5 * mm:
            wbar = rb.choice([0.5, 0.8, 1.2]); c.rect(x, y, wbar, 8 * mm, stroke=0, fill=1); x += wbar + rb.choice([0.6, 1.0, 1.5])
        y -= 3 * mm
        for qx in (5 * mm, W / 2 + 1 * mm):
            for i in range(21):
                for j in range(21):
                    if rb.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6))):
                        c.rect(qx + i * 1.1 * mm, y - 24 * mm + j * 1.1 * mm, 1.1 * mm, 1.1 * mm, stroke=0, fill=1)
        y -= 29 * mm
        ctr("交易明細", 8)
        for l in doc["lines"]:
            c.setFont(F, 7); c.drawString(3 * mm, y, l["desc"][:16]); y -= 9
            lr(f"  {l['qty']} x {fmt_num(l['unit'], 'en', 0)}", fmt_num(l["amount"], "en", 0), 7)
        lr("應稅銷售額", fmt_num(doc["subtotal"], "en", 0), 7)
        lr("營業稅 5%", fmt_num(doc["tax"], "en", 0), 7)
        lr("總計", fmt_num(doc["total"], "en", 0), 9)
        ctr("退貨請持證明聯及明細辦理", 6)
    else:
        ctr(doc["supplier"], 10)
        ctr(doc["saddr"][:30], 6); ctr(doc["staxid"], 6)
        ctr(doc["T"]["receipt"], 12)
        lr(doc["number"], doc["date_str"], 7)
        c.setDash(1, 2); c.line(3 * mm, y + 5, W - 3 * mm, y + 5); c.setDash()
        for l in doc["lines"]:
            c.setFont(F, 7); c.drawString(4 * mm, y, l["desc"][:30]); y -= 10
            lr(f"  {l['qty']} @ {money(l['unit'], doc, False)}", money(l["amount"], doc, False), 7)
        c.setDash(1, 2); c.line(3 * mm, y + 5, W - 3 * mm, y + 5); c.setDash()
        if doc["rate"]:
            lr(f"{doc['T']['subtotal']}", money(doc["subtotal"], doc, False), 7)
            lr(f"{doc['T']['tax']} {doc['rate']}%", money(doc["tax"], doc, False), 7)
        lr(doc["T"]["total"], money(doc["total"], doc), 10)
        lr("CASH" if doc["lang"] == "en" else ("現金" if doc["lang"] != "ja" else "お預り 現金"), money(doc["total"], doc, False), 7)
        if doc["lang"] == "ja": ctr(doc["staxid"], 6); ctr(doc["buyer"] + " 様", 8)
        ctr(doc["T"]["thanks"], 7)
    c.showPage(); c.save(); return 1


# ----------------------------------------------------------------- producer: fpdf2
class _F(FPDF):
    pass


def fpdf_doc(doc, path):
    p = _F(format="A4"); p.set_auto_page_break(True, 25)
    p.add_font("dj", "", DJV); p.add_font("dj", "B", DJVB)
    p.add_font("wq", "", WQY, collection_font_number=0)
    f = "wq" if doc["lang"] in CJK else "dj"
    T = doc["T"]
    p.set_creator("fpdf2 invoice module"); p.set_title(f"{title(doc)} {doc['number']}")
    p.add_page()
    p.set_font(f, "", 10)
    p.set_draw_color(60, 60, 60)
    p.cell(0, 6, doc["supplier"], new_x="LMARGIN", new_y="NEXT")
    p.set_font(f, "", 8); p.multi_cell(90, 4, doc["saddr"] + "\n" + doc["staxid"], new_x="LMARGIN", new_y="NEXT")
    p.set_xy(120, 12); p.set_font(f, "", 16); p.cell(75, 8, title(doc), align="R")
    p.set_xy(120, 22); p.set_font(f, "", 9)
    p.cell(75, 5, f"{T['no']} {doc['number']}", align="R", new_x="LEFT", new_y="NEXT")
    p.cell(75, 5, f"{T['date']} {doc['date_str']}", align="R")
    p.set_xy(10, 45); p.set_font(f, "", 9); p.cell(0, 5, T["buyer"] + ":", new_x="LMARGIN", new_y="NEXT")
    p.set_font(f, "", 10); p.cell(0, 5, doc["buyer"], new_x="LMARGIN", new_y="NEXT")
    p.set_font(f, "", 8); p.cell(0, 5, doc["baddr"], new_x="LMARGIN", new_y="NEXT")
    p.ln(6)
    widths = [8, 92, 22, 30, 38]
    p.set_font(f, "", 8.5); p.set_fill_color(230, 236, 242)
    for w, h in zip(widths, header_cells(doc)): p.cell(w, 7, h, border=1, fill=True, align="C")
    p.ln()
    for i, l in enumerate(doc["lines"]):
        for k, (w, v) in enumerate(zip(widths, line_cells(doc, l, i))):
            p.cell(w, 6.5, v, border=1, align="R" if k >= 2 else "L")
        p.ln()
    p.ln(3)
    for lab, val in totals_rows(doc):
        p.cell(sum(widths[:4]), 6, lab, align="R"); p.cell(widths[4], 6, val, border="B", align="R"); p.ln()
    p.ln(8); p.set_font(f, "", 8); p.multi_cell(0, 4, T["terms"] + "\n" + T["thanks"])
    np_ = p.page_no(); p.output(path)
    return np_


# ----------------------------------------------------------------- producer: HTML (chromium / weasyprint)
CSS_MODERN = """
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
body { font-family: 'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif; font-size: 9.5pt; color:#222; }
.top { display:flex; justify-content:space-between; border-bottom: 3px solid %(acc)s; padding-bottom:6px; }
.logo { font-size: 17pt; font-weight: bold; color: %(acc)s; }
.meta td { padding: 1px 6px; } .ttl { font-size: 20pt; letter-spacing: 2px; text-align:right; color:%(acc)s; }
table.items { width:100%%; border-collapse: collapse; margin-top: 14px; }
table.items th { background:%(acc)s; color:white; padding:5px; font-weight:normal; text-align:left; }
table.items td { padding:4px 5px; border-bottom:1px solid #ddd; } td.n { text-align:right; white-space:nowrap; }
table.tot { margin-left:auto; margin-top:8px; } table.tot td { padding:2px 8px; text-align:right; }
table.tot tr.g td { font-weight:bold; font-size:11pt; border-top:2px solid #222; }
.boxes { display:flex; gap:20px; margin-top:12px; } .box { flex:1; border:1px solid #ccc; padding:6px; border-radius:4px; }
.foot { margin-top:22px; font-size:8pt; color:#555; }
.seal { display:inline-block; width:52px; height:52px; border:2px solid #c33; color:#c33; border-radius:50%%;
        text-align:center; line-height:52px; font-size:9pt; margin-left:10px; }
"""

CSS_FAPIAO = """
@page { size: 240mm 150mm; margin: 8mm; }
body { font-family: 'WenQuanYi Micro Hei', sans-serif; font-size: 8.5pt; color:#6b3a1e; }
h1 { text-align:center; font-size:17pt; margin:0; letter-spacing:4px; border-bottom: 3px double #6b3a1e; display:block; }
.hd { display:flex; justify-content:space-between; margin:4px 0; color:#333; }
table { width:100%; border-collapse:collapse; } td, th { border:1px solid #8a5a3c; padding:3px 4px; }
th { font-weight:normal; } .n { text-align:right; color:#111; } .v { color:#111; }
.side { width:18px; text-align:center; }
"""


def html_doc(doc, variant="modern", acc="#1f4e79"):
    T = doc["T"]; lang = doc["lang"]
    esc = lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;")
    if variant == "fapiao":
        rows = "".join(f"<tr><td class=v>{esc(l['desc'])}</td><td class=v>{'PCS'}</td><td class=n>{l['qty']}</td>"
                       f"<td class=n>{money(l['unit'], doc, False)}</td><td class=n>{money(l['amount'], doc, False)}</td>"
                       f"<td class=n>{doc['rate']}%</td><td class=n>{money(q(l['amount'] * doc['rate'] / 100, 2), doc, False)}</td></tr>"
                       for l in doc["lines"])
        taxsum = doc["tax"]
        return f"""<html><head><meta charset=utf-8><style>{CSS_FAPIAO}</style></head><body>
<h1>{esc(title(doc))}</h1>
<div class=hd><span>发票代码 44030{R.randint(10000,99999)}</span><span>{T['no']} <b>{doc['number'].split('-')[-1][-8:].zfill(8)}</b></span>
<span>{T['date']}：{esc(doc['date_str'])}</span></div>
<table><tr><td class=side rowspan=1>购买方</td><td colspan=3>名称：<span class=v>{esc(doc['buyer'])}</span><br>地址：<span class=v>{esc(doc['baddr'])}</span></td>
<td colspan=4>密码区<br><span class=v style='font-family:DejaVu Sans Mono;font-size:7pt'>{''.join(R.choice('0123456789+-*/<>') for _ in range(40))}</span></td></tr>
<tr><th>{T['desc']}</th><th>单位</th><th>{T['qty']}</th><th>{T['unit']}</th><th>{T['amount']}</th><th>税率</th><th>{T['tax']}</th></tr>
{rows}
<tr><td>{T['subtotal']}</td><td colspan=3></td><td class=n>¥{money(doc['subtotal'], doc, False)}</td><td></td><td class=n>¥{money(taxsum, doc, False)}</td></tr>
<tr><td>{T['total']}（大写）</td><td colspan=4 class=v>ⓧ {rmb_upper(doc['total'])}</td><td colspan=2>（小写）<span class=v>¥{money(doc['total'], doc, False)}</span></td></tr>
<tr><td class=side>销售方</td><td colspan=6>名称：<span class=v>{esc(doc['supplier'])}</span>　{esc(doc['staxid'])}<br>地址：<span class=v>{esc(doc['saddr'])}</span></td></tr>
</table><div class=hd><span>收款人：林晓</span><span>复核：陈斌</span><span>开票人：王芳</span><span>销售方：（章）</span></div>
</body></html>"""
    rows = "".join("<tr>" + "".join(f"<td{' class=n' if k >= 2 else ''}>{esc(v)}</td>" for k, v in enumerate(line_cells(doc, l, i))) + "</tr>"
                   for i, l in enumerate(doc["lines"]))
    head = "".join(f"<th>{esc(h)}</th>" for h in header_cells(doc))
    tots = "".join(f"<tr{' class=g' if k == len(totals_rows(doc)) - 1 else ''}><td>{esc(a)}</td><td>{esc(b)}</td></tr>"
                   for k, (a, b) in enumerate(totals_rows(doc)))
    buyer_line = esc(doc["buyer"]) + (" 御中" if lang == "ja" else "")
    seal = f"<span class=seal>{esc(doc['supplier'][-4:-2] if lang=='ja' else '印')}</span>" if lang in ("ja", "zh-Hant") else ""
    return f"""<html lang="{lang}"><head><meta charset=utf-8><title>{esc(title(doc))} {doc['number']}</title>
<style>{CSS_MODERN % dict(acc=acc)}</style></head><body>
<div class=top><div><div class=logo>{esc(doc['supplier'])}</div><div>{esc(doc['saddr'])}</div><div>{esc(doc['staxid'])}</div></div>
<div><div class=ttl>{esc(title(doc))}{seal}</div><table class=meta><tr><td>{T['no']}</td><td>{doc['number']}</td></tr>
<tr><td>{T['date']}</td><td>{esc(doc['date_str'])}</td></tr></table></div></div>
<div class=boxes><div class=box><b>{T['buyer']}</b><br>{buyer_line}<br>{esc(doc['baddr'])}</div>
<div class=box><b>{T['seller']}</b><br>{esc(doc['supplier'])}<br>{esc(doc['staxid'])}</div></div>
<table class=items><tr>{head}</tr>{rows}</table>
<table class=tot>{tots}</table>
<div class=foot>{esc(T['terms'])}<br>{esc(T['thanks'])}</div></body></html>"""


def chromium_pdf(html, path):
    hp = os.path.join(WORK, os.path.basename(path) + ".html")
    open(hp, "w", encoding="utf-8").write(html)
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--print-to-pdf-no-header",
                    f"--print-to-pdf={path}", hp], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return pdf_pages(path)


def weasy_pdf(html, path):
    import weasyprint
    weasyprint.HTML(string=html).write_pdf(path)
    return pdf_pages(path)


# ----------------------------------------------------------------- producer: spreadsheet (flat ODS) / docx -> soffice
def fods(doc, path):
    T = doc["T"]
    def cell(v, style=None, num=False):
        st = f' table:style-name="{style}"' if style else ""
        if num: return f'<table:table-cell{st} office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        v = str(v).replace("&", "&amp;").replace("<", "&lt;")
        return f'<table:table-cell{st} office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
    rows = [[cell(doc["supplier"], "big")], [cell(doc["saddr"])], [cell(doc["staxid"])], [],
            [cell(title(doc), "big"), cell(""), cell(T["no"]), cell(doc["number"])],
            [cell(""), cell(""), cell(T["date"]), cell(doc["date_str"])],
            [cell(T["buyer"], "b"), cell(doc["buyer"])], [cell(""), cell(doc["baddr"])], [],
            [cell(h, "hd") for h in header_cells(doc)]]
    for i, l in enumerate(doc["lines"]):
        lc = line_cells(doc, l, i)
        rows.append([cell(lc[0]), cell(lc[1]), cell(l["qty"], num=True), cell(lc[3], "r"), cell(lc[4], "r")])
    rows.append([])
    for a, b in totals_rows(doc):
        rows.append([cell(""), cell(""), cell(""), cell(a, "b"), cell(b, "rb")])
    rows += [[], [cell(T["terms"])]]
    body = "".join("<table:table-row>" + "".join(r) + "</table:table-row>" for r in rows)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="ca" style:family="table-column"><style:table-column-properties style:column-width="0.9cm"/></style:style>
<style:style style:name="cb" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
<style:style style:name="cc" style:family="table-column"><style:table-column-properties style:column-width="2.0cm"/></style:style>
<style:style style:name="cd" style:family="table-column"><style:table-column-properties style:column-width="3.0cm"/></style:style>
<style:style style:name="big" style:family="table-cell"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
<style:style style:name="b" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="hd" style:family="table-cell"><style:table-cell-properties fo:background-color="#d9e2f3" fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="r" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="rb" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="Invoice">
<table:table-column table:style-name="ca"/><table:table-column table:style-name="cb"/><table:table-column table:style-name="cc"/>
<table:table-column table:style-name="cd"/><table:table-column table:style-name="cd"/>
{body}</table:table></office:spreadsheet></office:body></office:document>"""
    open(path, "w", encoding="utf-8").write(xml)


def make_docx(doc, path):
    d = docx.Document()
    T = doc["T"]
    st = d.styles["Normal"]; st.font.name = "DejaVu Sans"; st.font.size = Pt(9.5)
    from docx.oxml.ns import qn
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "WenQuanYi Micro Hei")
    for s in d.sections: s.left_margin = s.right_margin = Cm(1.8)
    p = d.add_paragraph(); r = p.add_run(doc["supplier"]); r.bold = True; r.font.size = Pt(14)
    d.add_paragraph(doc["saddr"] + "\n" + doc["staxid"])
    p = d.add_paragraph(); r = p.add_run(title(doc)); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph(f"{T['no']} {doc['number']}\n{T['date']}: {doc['date_str']}")
    d.add_paragraph(f"{T['buyer']}: {doc['buyer']}\n{doc['baddr']}")
    t = d.add_table(rows=1, cols=5); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, header_cells(doc)): c.text = h
    for i, l in enumerate(doc["lines"]):
        row = t.add_row().cells
        for c, v in zip(row, line_cells(doc, l, i)): c.text = v
    if has_total(doc):
        t2 = d.add_table(rows=0, cols=2)
        for a, b in totals_rows(doc):
            row = t2.add_row().cells; row[0].text = a; row[1].text = b
    d.add_paragraph("\n" + T["terms"] + "\n" + T["thanks"])
    d.save(path)


def soffice_batch(paths, outdir):
    if not paths: return
    prof = os.path.join(WORK, "lo_profile")
    subprocess.run(["/usr/bin/soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir] + paths, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)


# ----------------------------------------------------------------- images: render, scan, fax, photo
def render(pdf_path, dpi, page=None):
    d = pdfium.PdfDocument(pdf_path)
    idx = range(len(d)) if page is None else [page]
    ims = [d[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in idx]
    d.close(); return ims


def rot_point(x, y, w, h, ang):
    th = math.radians(ang); dx, dy = x - w / 2, y - h / 2
    return w / 2 + dx * math.cos(th) + dy * math.sin(th), h / 2 - dx * math.sin(th) + dy * math.cos(th)


def scan_degrade(im, rng, gray=True, angle=None, quality=None):
    ang = angle if angle is not None else rng.uniform(-1.3, 1.3)
    if gray: im = im.convert("L").convert("RGB")
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.05, 1.3))
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    a = np.asarray(im).astype(np.int16)
    a = a + np.random.default_rng(rng.randint(0, 9999)).normal(0, rng.uniform(3, 9), a.shape[:2])[..., None].astype(np.int16)
    a[:, :, :] -= np.int16(rng.randint(0, 12))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return im, ang


def fax_degrade(im, rng, header):
    w, h = im.size
    im = im.convert("L").resize((w, h // 2)).resize((w, h))
    d = ImageDraw.Draw(im); f = ImageFont.truetype(DJVM, max(10, w // 85))
    d.rectangle([0, 0, w, w // 60], fill=255); d.text((10, 2), header, fill=0, font=f)
    a = np.asarray(im).astype(np.int16) + np.random.default_rng(rng.randint(0, 999)).normal(0, 25, (h, w)).astype(np.int16)
    im = Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8)).convert("1")
    return im


def phone_photo(im, rng):
    w, h = im.size
    pad = int(0.12 * w)
    Wc, Hc = w + 2 * pad, h + 2 * pad
    base = rng.choice([(122, 94, 70), (92, 96, 104), (160, 140, 112), (58, 60, 66)])
    bg = np.random.default_rng(rng.randint(0, 999)).normal(0, 10, (Hc, Wc, 1)) + np.array(base)
    bg[:, :, :] += (np.sin(np.linspace(0, 30, Wc))[None, :, None] * 6)  # wood-ish grain
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.asarray(im), M, (Wc, Hc), borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (Wc, Hc))
    out = np.where(mask[..., None] > 0, warped, bg).astype(np.float32)
    # uneven light: bright spot + shadow side
    yy, xx = np.mgrid[0:Hc, 0:Wc]
    cx, cy = rng.uniform(0.2, 0.8) * Wc, rng.uniform(0.1, 0.5) * Hc
    light = 1.08 - 0.35 * (np.hypot(xx - cx, yy - cy) / math.hypot(Wc, Hc))
    shade = np.clip(0.75 + 0.25 * xx / Wc, 0, 1) if rng.random() < 0.5 else 1
    out = out * (light * shade)[..., None] * np.array([1.0, 0.98, 0.92])
    out = np.clip(out + np.random.default_rng(rng.randint(0, 999)).normal(0, 4, out.shape), 0, 255).astype(np.uint8)
    res = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))
    sc = 1500 / max(res.size)
    res = res.resize((int(res.width * sc), int(res.height * sc)), Image.LANCZOS)
    return res, M, sc


def save_image_out(ims, path, quality=75, dpi=150):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        ims[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])
    elif ext in (".jpg", ".jpeg"):
        ims[0].convert("RGB").save(path, "JPEG", quality=quality)
    else:
        ims[0].save(path, "PNG")


# ----------------------------------------------------------------- text location in PDFs (via pdfium)
def find_text(pdf_path, text, which="last"):
    """return list of (page, [(left,bottom,right,top,fontsize,origin_x,origin_y) per char]) for matches"""
    d = pdfium.PdfDocument(pdf_path); res = []
    for pi in range(len(d)):
        tp = d[pi].get_textpage()
        s = tp.search(text, match_case=True)
        while True:
            occ = s.get_next()
            if not occ: break
            i0, n = occ
            chars = []
            for i in range(i0, i0 + n):
                l, b, r_, t = tp.get_charbox(i, loose=True)
                fs = pdfraw.FPDFText_GetFontSize(tp.raw, i)
                ox, oy = pdfraw.c_double(), pdfraw.c_double()
                pdfraw.FPDFText_GetCharOrigin(tp.raw, i, ctypes.byref(ox), ctypes.byref(oy))
                chars.append((l, b, r_, t, fs, ox.value, oy.value))
            res.append((pi, d[pi].get_height(), chars))
    d.close()
    if not res: return None
    return res[-1] if which == "last" else res[0]


def all_digits(pdf_path, page):
    d = pdfium.PdfDocument(pdf_path); tp = d[page].get_textpage(); out = []
    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if ch.isdigit():
            out.append((ch, tp.get_charbox(i, loose=True), pdfraw.FPDFText_GetFontSize(tp.raw, i)))
    d.close(); return out


# ----------------------------------------------------------------- edit methods
def ovl_font(lang):
    return "WQY" if lang in CJK else "Helvetica"


def overlay_whitebox(src, dst, old, new, lang, align="right", which="last", fontname=None):
    hit = find_text(src, old, which)
    if not hit: raise RuntimeError(f"not found {old!r} in {src}")
    pi, ph, ch = hit
    l = min(c[0] for c in ch); r_ = max(c[2] for c in ch); b = min(c[1] for c in ch); t = max(c[3] for c in ch)
    fs = ch[0][4] or (t - b) * 0.8; base = ch[0][6]
    w = PdfWriter(clone_from=src); page = w.pages[pi]
    W = float(page.mediabox.width); H = float(page.mediabox.height)
    buf = io.BytesIO(); c = rlcanvas.Canvas(buf, pagesize=(W, H))
    c.setFillColorRGB(1, 1, 1); c.rect(l - 1.5, b - 1, r_ - l + 3, t - b + 2, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.05, 0.05)
    f = fontname or ovl_font(lang)
    c.setFont(f, fs)
    if align == "right": c.drawRightString(r_, base, new)
    else: c.drawString(l, base, new)
    c.save(); buf.seek(0)
    page.merge_page(PdfReader(buf).pages[0])
    w.write(dst)


def pikepdf_replace(src, dst, old, new):
    pdf = pikepdf.open(src); done = 0
    enc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("cp1252")
    for pg in pdf.pages:
        pg.contents_coalesce()
        data = pg.obj.Contents.read_bytes()
        if enc(old) in data:
            pos = data.rfind(enc(old))
            data = data[:pos] + enc(new) + data[pos + len(enc(old)):]
            pg.obj.Contents.write(data); done += 1
    if not done: raise RuntimeError(f"pikepdf: {old!r} not in {src}")
    pdf.save(dst)


def pypdf_incremental(src, dst, old, new):
    w = PdfWriter(src, incremental=True)
    enc = lambda s: s.replace("(", "\\(").replace(")", "\\)").encode("cp1252")
    done = 0
    for page in w.pages:
        cont = page.get_contents()
        data = cont.get_data()
        if enc(old) in data:
            pos = data.rfind(enc(old))
            data = data[:pos] + enc(new) + data[pos + len(enc(old)):]
            cont.set_data(data); page.replace_contents(cont); done += 1
            break
    if not done: raise RuntimeError(f"pypdf: {old!r} not in {src}")
    w.write(dst)


def img_font(lang, px):
    return ImageFont.truetype(WQY if lang in CJK else DJV, max(8, int(px)))


def map_box(meta, pi, ph, box):
    """PDF-space (l,b,r,t) -> image-space (x0,y0,x1,y1) for a degraded file"""
    l, b, r_, t = box; s = meta["dpi"] / 72
    pts = [(l * s, (ph - t) * s), (r_ * s, (ph - t) * s), (r_ * s, (ph - b) * s), (l * s, (ph - b) * s)]
    if meta.get("angle") is not None:
        w, h = meta["size"]; pts = [rot_point(x, y, w, h, meta["angle"]) for x, y in pts]
    if meta.get("M") is not None:
        pts = cv2.perspectiveTransform(np.float32([pts]), meta["M"])[0] * meta["sc"]
        pts = [tuple(p) for p in pts]
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def image_paste(meta, src_img, dst, old, new, lang, quality=80):
    hit = find_text(meta["src_pdf"], old)
    pi, ph, ch = hit
    box = (min(c[0] for c in ch), min(c[1] for c in ch), max(c[2] for c in ch), max(c[3] for c in ch))
    x0, y0, x1, y1 = map_box(meta, pi, ph, box)
    im = Image.open(src_img).convert("RGB")
    a = np.asarray(im)
    ring = np.concatenate([a[max(0, int(y0) - 4), int(x0):int(x1)], a[min(a.shape[0] - 1, int(y1) + 4), int(x0):int(x1)]])
    bgc = tuple(int(v) for v in np.median(ring, axis=0))
    # the seller cuts a patch of blank paper from the margin... approximated as a flat patch of paper colour
    patch = Image.new("RGB", (int(x1 - x0) + 6, int(y1 - y0) + 4), bgc)
    dr = ImageDraw.Draw(patch)
    fnt = img_font(lang, (y1 - y0) * 0.78)
    tw = dr.textlength(new, font=fnt)
    dr.text((patch.width - tw - 3, 1), new, fill=(35, 35, 38), font=fnt)
    im.paste(patch, (int(x0) - 3, int(y0) - 2))
    im.save(dst, "JPEG", quality=quality) if dst.endswith(".jpg") else im.save(dst)


def image_clone(meta, src_img, dst, old, lang, quality=82):
    """change one digit of `old` by cloning a different digit of the same size from elsewhere on the page"""
    hit = find_text(meta["src_pdf"], old)
    pi, ph, ch = hit
    digits = all_digits(meta["src_pdf"], pi)
    pos = [k for k, c in enumerate(old) if c.isdigit()]
    k = pos[0] if len(pos) > 3 else pos[-3]
    fs_t = ch[k][4]
    cands = [(abs(fs - fs_t), d, bx) for d, bx, fs in digits if d != old[k] and abs(fs - fs_t) < 1.6 and
             not (abs(bx[0] - ch[k][0]) < 1 and abs(bx[1] - ch[k][1]) < 1)]
    if not cands: raise RuntimeError("no clone source")
    want = sorted([c for c in cands if int(c[1]) > int(old[k])] or cands, key=lambda c: c[0])
    want = [(d, bx) for _, d, bx in want]
    d, bx = want[0]
    im = Image.open(src_img).convert("RGB")
    sx0, sy0, sx1, sy1 = map_box(meta, pi, ph, bx)
    tx0, ty0, tx1, ty1 = map_box(meta, pi, ph, ch[k][:4])
    reg = im.crop((int(round(sx0)), int(round(sy0)), int(round(sx1)), int(round(sy1))))
    reg = reg.resize((int(round(tx1)) - int(round(tx0)), int(round(ty1)) - int(round(ty0))))
    im.paste(reg, (int(round(tx0)), int(round(ty0))))
    im.save(dst, "JPEG", quality=quality) if dst.endswith(".jpg") else im.save(dst)
    return old[:k] + d + old[k + 1:]


def flatten_pdf(src, dst, dpi=110):
    ims = render(src, dpi)
    ims[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=ims[1:])


def parse_total(s, doc):
    s = s.replace(" ", "")
    if doc["numstyle"] in ("eu", "fr"): s = s.replace(".", "").replace(",", ".")
    else: s = s.replace(",", "")
    return str(Decimal(s))


# ----------------------------------------------------------------- build
LABELS = []
GEN = []   # (file, doc, producer, meta)


def label(fname, doc, producer, pages, genuine=True, edit_method=None, what=None, before=False, total_override=None,
          date_override=None, buyer_override=None, arith=None):
    dt = doc["doc_type"]
    d = date_override or doc["date"]
    tot = None
    if has_total(doc) and dt != "other":
        tot = total_override if total_override is not None else str(q(doc["total"], doc["dec"]))
    LABELS.append(dict(
        file=fname, genuine=genuine, edit_method=edit_method, what_changed=what or [], producer=producer,
        language=doc["lang"], is_invoice=dt in ("invoice", "tax_invoice", "receipt", "credit_note"),
        doc_type=dt if dt != "price_list" else "other", date=f"{d[0]}-{d[1]:02d}-{d[2]:02d}", total=tot,
        currency=doc["currency"] if tot is not None else None, supplier=doc.get("lab_supplier", doc["supplier"]),
        buyer=buyer_override or doc.get("lab_buyer", doc["buyer"]), pages=pages, edit_before_capture=before,
        arithmetic_error=bool(doc["arith_error"]) if arith is None else arith))


def main():
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    n = 0
    def nm(tag, ext):
        nonlocal n; n += 1; return f"{n:03d}_{tag}.{ext}"

    # which genuine files carry a deliberate arithmetic slip
    ERR = {"rl": {3, 17}, "fp": {4}, "ch": {5}, "we": {2}, "od": {3}, "dx": {6}, "sc": {7}}

    # ---- reportlab classic (26): latin heavy so pikepdf/pypdf edits have plain strings
    rl_plan = (["en"] * 7 + ["de"] * 3 + ["fr"] * 3 + ["it"] * 2 + ["es"] * 2 + ["nl"] * 2 + ["pl"] * 2 +
               ["ja", "zh-Hans", "zh-Hant", "en", "de"])
    for i, lang in enumerate(rl_plan):
        dt = "invoice"
        if i == 5: dt = "credit_note"
        if i == 21: dt = "quotation"
        if i == 25: dt = "packing_list"
        if i == 22: dt = "purchase_order"
        many = i in (2, 9, 14, 23)
        doc = make_doc(lang, dt, discount=R.choice([None, None, 5, 3]), shipping=R.choice([None, None, 25, 60]),
                       arith_error=i in ERR["rl"], many=many, tax=0 if i in (12,) else None)
        if dt == "purchase_order":  # PO is issued by the buyer; still label supplier = vendor, buyer = ordering party
            pass
        f = nm(f"rl_{lang}_{dt}", "pdf")
        pages = rl_classic(doc, outp(f), style=i)
        label(f, doc, "reportlab_classic", pages); GEN.append((f, doc, "reportlab_classic", None))
    # letter + price list (reportlab)
    for lang, dt in (("en", "other"), ("fr", "other")):
        doc = make_doc(lang, dt, n_items=1)
        f = nm(f"rl_{lang}_letter", "pdf"); pages = rl_letter(doc, outp(f))
        label(f, doc, "reportlab_letter", pages); GEN.append((f, doc, "reportlab_letter", None))

    # ---- thermal receipts (8)
    for i, (lang, kind) in enumerate([("zh-Hant", "tw_einv")] * 4 + [("en", "hk"), ("zh-Hant", "hk"), ("ja", "jp"), ("ja", "jp")]):
        sup = {"tw_einv": R.choice(["tw1", "tw3", "tw3"]), "hk": "hk2", "jp": R.choice(["jp1", "jp2"])}[kind]
        dt = "tax_invoice" if kind == "tw_einv" else "receipt"
        doc = make_doc(lang, dt, sup=sup, n_items=R.randint(2, 4), currency="HKD" if kind == "hk" else None)
        doc["buyer_ban"] = R.choice(["24681357", "90517326"])
        if kind == "tw_einv": doc["lab_buyer"] = doc["buyer_ban"]
        if kind == "hk": doc["lab_buyer"] = None
        f = nm(f"thermal_{kind}", "pdf"); pages = rl_thermal(doc, outp(f), kind)
        label(f, doc, "reportlab_thermal", pages); GEN.append((f, doc, "reportlab_thermal", None))

    # ---- fpdf2 (12)
    for i, lang in enumerate(["en", "en", "pl", "pl", "zh-Hans", "zh-Hant", "ja", "es", "it", "nl", "en", "de"]):
        dt = {10: "proforma", 11: "delivery_note"}.get(i, "invoice")
        doc = make_doc(lang, dt, arith_error=i in ERR["fp"], discount=R.choice([None, 2]), shipping=R.choice([None, 40]))
        f = nm(f"fpdf_{lang}_{dt}", "pdf"); pages = fpdf_doc(doc, outp(f))
        label(f, doc, "fpdf2_simple", pages); GEN.append((f, doc, "fpdf2_simple", None))

    # ---- chromium HTML (14)
    accs = ["#1f4e79", "#7a1f3d", "#2e6b30", "#444444", "#b35c00"]
    for i, lang in enumerate(["en", "en", "en", "zh-Hant", "zh-Hant", "ja", "ja", "de", "fr", "es", "it", "nl", "en", "zh-Hans"]):
        dt = {12: "quotation", 13: "invoice", 6: "delivery_note"}.get(i, "invoice")
        if i == 4: dt = "tax_invoice"
        doc = make_doc(lang, dt, arith_error=i in ERR["ch"], many=(i == 2), shipping=R.choice([None, 35]),
                       discount=R.choice([None, None, 10]))
        f = nm(f"chromium_{lang}_{dt}", "pdf")
        pages = chromium_pdf(html_doc(doc, acc=accs[i % 5]), outp(f))
        label(f, doc, "html_chromium", pages); GEN.append((f, doc, "html_chromium", None))

    # ---- weasyprint (14): modern + 增值税 fapiao style
    for i, lang in enumerate(["zh-Hans"] * 4 + ["ja", "ja", "zh-Hant", "en", "en", "de", "fr", "pl", "it", "es"]):
        dt = "tax_invoice" if i < 4 else ("invoice" if i != 11 else "proforma")
        if lang == "ja" and i == 5: dt = "tax_invoice"
        doc = make_doc(lang, dt, arith_error=i in ERR["we"], n_items=R.randint(2, 5) if i < 4 else None)
        if i < 4: line_tax_fix(doc)
        f = nm(f"weasy_{lang}_{dt}", "pdf")
        html = html_doc(doc, variant="fapiao" if i < 4 else "modern", acc=accs[(i + 2) % 5])
        pages = weasy_pdf(html, outp(f))
        label(f, doc, "html_weasyprint", pages); GEN.append((f, doc, "html_weasyprint", None))

    # ---- spreadsheet (10) and Word (10) via LibreOffice, one batch
    batch, pend = [], []
    for i, lang in enumerate(["en", "en", "zh-Hant", "zh-Hans", "ja", "de", "nl", "pl", "en", "es"]):
        dt = {8: "packing_list", 9: "price_list"}.get(i, "invoice")
        doc = make_doc(lang, dt, arith_error=i in ERR["od"], many=(i == 0), shipping=R.choice([None, 80]))
        f = nm(f"calc_{lang}_{dt}", "pdf"); src = os.path.join(WORK, f[:-4] + ".fods"); fods(doc, src)
        batch.append(src); pend.append((f, doc, "libreoffice_calc"))
    for i, lang in enumerate(["en", "en", "fr", "it", "de", "zh-Hant", "ja", "zh-Hans", "es", "pl"]):
        dt = {2: "credit_note", 8: "quotation", 9: "purchase_order"}.get(i, "invoice")
        doc = make_doc(lang, dt, arith_error=i in ERR["dx"], discount=R.choice([None, 5]))
        f = nm(f"word_{lang}_{dt}", "pdf"); src = os.path.join(WORK, f[:-4] + ".docx"); make_docx(doc, src)
        batch.append(src); pend.append((f, doc, "docx_libreoffice"))
    lo_out = os.path.join(WORK, "lo"); os.makedirs(lo_out, exist_ok=True)
    soffice_batch(batch, lo_out)
    for f, doc, prod in pend:
        p = os.path.join(lo_out, f)
        if not os.path.exists(p): print("soffice failed", f); continue
        shutil.move(p, outp(f)); pages = pdf_pages(outp(f))
        label(f, doc, prod, pages); GEN.append((f, doc, prod, None))

    # ---- scans (14) and faxes: sources rendered by reportlab / weasy, kept out of the set
    scan_plan = [("en", "jpg", "rl"), ("de", "jpg", "rl"), ("fr", "png", "rl"), ("it", "pdf", "rl"), ("en", "pdf", "rl"),
                 ("nl", "jpg", "rl"), ("es", "jpg", "rl"), ("en", "jpg", "rl"), ("zh-Hans", "jpg", "we"),
                 ("ja", "png", "we"), ("zh-Hant", "jpg", "we"), ("en", "fax", "rl"), ("ja", "fax", "we"),
                 ("de", "pdf", "rl_dn")]
    for i, (lang, kind, srcp) in enumerate(scan_plan):
        dt = "delivery_note" if srcp == "rl_dn" else "invoice"
        doc = make_doc(lang, dt, arith_error=i in ERR["sc"], many=(i == 4))
        sp = os.path.join(WORK, f"scan_src_{i}.pdf")
        (rl_classic(doc, sp, style=i) if srcp.startswith("rl") else weasy_pdf(html_doc(doc, acc=accs[i % 5]), sp))
        rr = random.Random(100 + i)
        dpi = rr.choice([110, 130, 150])
        if kind == "fax":
            ims = render(sp, 100)
            hdr = f"{doc['date'][0]}-{doc['date'][1]:02d}-{doc['date'][2]:02d} 10:{rr.randint(10,59)} FROM +886 2 2{rr.randint(1000000,9999999)}  P.01"
            ims = [fax_degrade(im, rr, hdr) for im in ims]
            f = nm(f"fax_{lang}", rr.choice(["png", "pdf"])); save_image_out(ims, outp(f), dpi=100)
            meta = dict(src_pdf=sp, dpi=100, angle=None, kind="fax")
            prod = "fax_scan"
        else:
            ims = render(sp, dpi); angle = rr.uniform(-1.2, 1.2)
            out = []
            for im in ims:
                d2, _ = scan_degrade(im, rr, gray=rr.random() < 0.6, angle=angle); out.append(d2)
            f = nm(f"scan_{lang}", kind)
            save_image_out(out, outp(f), quality=rr.randint(55, 82), dpi=dpi)
            meta = dict(src_pdf=sp, dpi=dpi, angle=angle, size=ims[0].size, kind=kind, doc_seed=i)
            prod = "scan_pdf_wrapped" if kind == "pdf" else f"scan_{kind}"
        label(f, doc, prod, len(ims)); GEN.append((f, doc, prod, meta))

    # ---- phone photos (10)
    photo_plan = ["zh-Hant", "zh-Hans", "ja", "en", "en", "de", "pl", "zh-Hant", "en", "es"]
    for i, lang in enumerate(photo_plan):
        rr = random.Random(300 + i)
        if i == 7:
            doc = make_doc(lang, "tax_invoice", sup="tw3", n_items=3); doc["buyer_ban"] = "24681357"; doc["lab_buyer"] = "24681357"
            sp = os.path.join(WORK, f"photo_src_{i}.pdf"); rl_thermal(doc, sp, "tw_einv")
        else:
            dt = "packing_list" if i == 8 else "invoice"
            doc = make_doc(lang, dt)
            sp = os.path.join(WORK, f"photo_src_{i}.pdf")
            (fpdf_doc(doc, sp) if i % 2 else rl_classic(doc, sp, style=i))
        im = render(sp, 110, page=0)[0]
        ph, M, sc = phone_photo(im, rr)
        f = nm(f"photo_{lang}", "jpg"); ph.save(outp(f), "JPEG", quality=rr.randint(78, 90))
        meta = dict(src_pdf=sp, dpi=110, angle=None, M=M, sc=sc, kind="photo", src_size=im.size, seed=300 + i)
        label(f, doc, "phone_photo", 1); GEN.append((f, doc, "phone_photo", meta))

    n_gen = len(LABELS)

    # ================================================================ edits (~42)
    byprod = lambda *ps: [g for g in GEN if g[2] in ps and has_total(g[1]) and g[1]["doc_type"] not in ("quotation", "purchase_order", "proforma")]
    new_buyers = {"en": "Lumora Gadgets Europe Ltd", "de": "Brightnest Handels GmbH", "fr": "Volta Distribution SAS",
                  "it": "Ricarica Italia S.r.l.", "es": "Chispa Online S.L.", "nl": "Stekker Retail B.V.",
                  "pl": "Iskra Handel Sp. z o.o.", "ja": "小森商事株式会社", "zh-Hans": "杭州悦购电子商务有限公司",
                  "zh-Hant": "晴川貿易有限公司"}

    def bump_total(doc, factor=None):
        t = doc["total"]
        nt = q(t * Decimal(str(factor or R.choice([1.5, 2, 1.25, 3, 0.8]))), doc["dec"])
        return fmt_num(nt, doc["numstyle"], doc["dec"]), str(nt)

    def new_date(doc):
        y, m, d = doc["date"]
        nd = (y, m, d + 3) if d <= 25 else (y, m, d - 9)
        if R.random() < 0.5: nd = (y - 1, m, d) if y == 2026 else (y, m - 1 if m > 1 else 12, d)
        return nd, fmt_date(nd, doc["date_style"])

    def ecopy(g, tag, ext=None):
        base, e = os.path.splitext(g[0]); return nm(f"EDIT_{tag}_{base[4:]}", ext or e[1:])

    rl_latin = [g for g in byprod("reportlab_classic") if g[1]["lang"] in WINANSI_OK]
    R.shuffle(rl_latin)
    # pikepdf text replace (7)
    for k, g in enumerate(rl_latin[:7]):
        f0, doc = g[0], g[1]; what = ["total", "buyer", "date", "total", "quantity", "buyer", "total"][k]
        f = ecopy(g, "pikepdf")
        tov = dov = bov = None
        if what == "total":
            old = total_str(doc); new, tov = bump_total(doc)
        elif what == "buyer": old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        elif what == "date": dov, ns = new_date(doc); old, new = doc["date_str"], ns
        else:
            l = doc["lines"][0]; old = money(l["amount"], doc, False)
            # quantity is drawn as its own string; the seller changes only the qty cell
            old, new = None, None
        if what == "quantity":
            lq = str(doc["lines"][-1]["qty"]); nq = str(int(lq) * 2)
            pdf = pikepdf.open(outp(f0)); pg = pdf.pages[-1]; pg.contents_coalesce(); data = pg.obj.Contents.read_bytes()
            key = b"(" + lq.encode() + b") Tj"
            pos = data.rfind(key)
            if pos < 0: raise RuntimeError("qty")
            data = data[:pos] + b"(" + nq.encode() + b") Tj" + data[pos + len(key):]
            pg.obj.Contents.write(data); pdf.save(outp(f))
        else:
            pikepdf_replace(outp(f0), outp(f), old, new)
        label(f, doc, "reportlab_classic", pdf_pages(outp(f)), genuine=False, edit_method="pikepdf_text_replace",
              what=[what], total_override=tov, date_override=dov, buyer_override=bov, arith=False)
    # pypdf incremental update (5)
    for k, g in enumerate(rl_latin[7:12]):
        f0, doc = g[0], g[1]; what = ["total", "date", "buyer", "total", "date"][k]
        f = ecopy(g, "incr"); tov = dov = bov = None
        if what == "total": old = total_str(doc); s, tov = bump_total(doc); new = s
        elif what == "date": dov, new = new_date(doc); old = doc["date_str"]
        else: old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        pypdf_incremental(outp(f0), outp(f), old, new)
        label(f, doc, "reportlab_classic", pdf_pages(outp(f)), genuine=False, edit_method="pypdf_incremental_update",
              what=[what], total_override=tov, date_override=dov, buyer_override=bov, arith=False)

    # overlay white box + text (9) on other producers
    pool = (byprod("html_chromium")[:3] + byprod("html_weasyprint")[:3] + byprod("libreoffice_calc")[:1] +
            byprod("docx_libreoffice")[:1] + byprod("fpdf2_simple")[:1])
    for k, g in enumerate(pool):
        f0, doc = g[0], g[1]; what = ["total", "buyer", "date"][k % 3]
        f = ecopy(g, "overlay"); tov = dov = bov = None
        if what == "total": old = total_str(doc); new, tov = bump_total(doc)
        elif what == "buyer": old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        else: dov, new = new_date(doc); old = doc["date_str"]
        try:
            overlay_whitebox(outp(f0), outp(f), old, new, doc["lang"], align="right" if what == "total" else "left",
                             which="last" if what == "total" else "first")
        except RuntimeError as e:
            print("skip overlay", f0, e); n -= 1; continue
        label(f, doc, g[2], pdf_pages(outp(f)), genuine=False, edit_method="overlay_whitebox", what=[what],
              total_override=tov, date_override=dov, buyer_override=bov, arith=False)

    # overlay then flatten to image PDF (3) and screenshot re-saved as PNG (2)
    pool = byprod("html_chromium")[3:5] + byprod("fpdf2_simple")[1:2] + byprod("html_weasyprint")[3:5]
    for k, g in enumerate(pool):
        f0, doc = g[0], g[1]
        tmp = os.path.join(WORK, f"ovl_{k}.pdf")
        what = "total" if k % 2 == 0 else "buyer"; tov = bov = None
        if what == "total": old = total_str(doc); new, tov = bump_total(doc)
        else: old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        try: overlay_whitebox(outp(f0), tmp, old, new, doc["lang"], which="last" if what == "total" else "first",
                              align="right" if what == "total" else "left")
        except RuntimeError as e: print("skip", e); continue
        if k < 3:
            f = ecopy(g, "flat"); flatten_pdf(tmp, outp(f), dpi=110); meth = "overlay_then_flatten_to_image"
            pages = pdf_pages(outp(f))
        else:
            f = ecopy(g, "shot", "png"); im = render(tmp, 96, page=pdf_pages(tmp) - 1)[0]
            cw = Image.new("RGB", (im.width + 40, im.height + 70), (60, 63, 68)); cw.paste(im, (20, 50))
            ImageDraw.Draw(cw).text((24, 18), os.path.basename(f0) + "  100%", fill=(220, 220, 220), font=ImageFont.truetype(DJV, 14))
            cw.save(outp(f)); meth = "overlay_then_screenshot"; pages = 1
            if pdf_pages(tmp) > 1: print("note: screenshot shows last page only", f)
        label(f, doc, g[2], pages, genuine=False, edit_method=meth, what=[what], total_override=tov, buyer_override=bov, arith=False)

    # image paste (6) and clone (4) on scans/photos
    scans = [g for g in GEN if g[3] and g[3]["kind"] in ("jpg", "png") and has_total(g[1])]
    photos = [g for g in GEN if g[3] and g[3]["kind"] == "photo" and has_total(g[1])]
    for k, g in enumerate(scans[:4] + photos[:2]):
        f0, doc, prod, meta = g
        what = ["total", "date", "total", "buyer", "total", "date"][k]; tov = dov = bov = None
        if what == "total": old = total_str(doc); new, tov = bump_total(doc)
        elif what == "date": dov, new = new_date(doc); old = doc["date_str"]
        else: old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        f = ecopy(g, "paste", "jpg" if f0.endswith("jpg") else "png")
        image_paste(meta, outp(f0), outp(f), old, new, doc["lang"])
        label(f, doc, prod, 1, genuine=False, edit_method="image_paste", what=[what], total_override=tov,
              date_override=dov, buyer_override=bov, arith=False)
    for k, g in enumerate(scans[4:8]):
        f0, doc, prod, meta = g
        f = ecopy(g, "clone", "jpg" if f0.endswith("jpg") else "png")
        try: ns = image_clone(meta, outp(f0), outp(f), total_str(doc), doc["lang"])
        except RuntimeError as e: print("skip clone", e); n -= 1; continue
        label(f, doc, prod, 1, genuine=False, edit_method="image_clone_digit", what=["total"],
              total_override=parse_total(ns, doc), arith=False)

    # edited before capture: overlay on the source PDF, then scanned / photographed again (4)
    for k, g in enumerate([s for s in GEN if s[3] and s[3]["kind"] in ("jpg", "pdf") and has_total(s[1])][5:7] + photos[2:4]):
        f0, doc, prod, meta = g
        tmp = os.path.join(WORK, f"pre_{k}.pdf")
        what = "total" if k != 1 else "buyer"; tov = bov = None
        if what == "total": old = total_str(doc); new, tov = bump_total(doc)
        else: old, new = doc["buyer"], new_buyers[doc["lang"]]; bov = new
        overlay_whitebox(meta["src_pdf"], tmp, old, new, doc["lang"], which="last" if what == "total" else "first",
                         align="right" if what == "total" else "left")
        rr = random.Random(900 + k)
        if meta["kind"] == "photo":
            ph, _, _ = phone_photo(render(tmp, 110, page=0)[0], rr)
            f = ecopy(g, "prephoto", "jpg"); ph.save(outp(f), "JPEG", quality=85); meth = "edit_then_photograph"; pages = 1
        else:
            ims = [scan_degrade(im, rr, angle=rr.uniform(-1.2, 1.2))[0] for im in render(tmp, meta["dpi"])]
            f = ecopy(g, "prescan", meta["kind"]); save_image_out(ims, outp(f), quality=70, dpi=meta["dpi"])
            meth = "edit_then_rescan"; pages = len(ims)
        label(f, doc, prod, pages, genuine=False, edit_method=meth, what=[what], before=True, total_override=tov,
              buyer_override=bov, arith=False)

    # Word document retyped and exported again (2): no trace in the PDF itself
    words = [g for g in GEN if g[2] == "docx_libreoffice" and g[1]["doc_type"] == "invoice"][2:4]
    batch = []; pend = []
    for k, g in enumerate(words):
        doc = dict(g[1]); what = "total" if k == 0 else "quantity"
        if what == "total":
            s, tov = bump_total(doc)
            doc["total"] = Decimal(tov)
        else:
            doc["lines"] = [dict(l) for l in doc["lines"]]; doc["lines"][0]["qty"] *= 3; tov = None
        f = ecopy(g, "retype"); src = os.path.join(WORK, f[:-4] + ".docx"); make_docx(doc, src)
        batch.append(src); pend.append((f, doc, g, what, tov))
    soffice_batch(batch, lo_out)
    for f, doc, g, what, tov in pend:
        shutil.move(os.path.join(lo_out, f), outp(f))
        label(f, g[1], "docx_libreoffice", pdf_pages(outp(f)), genuine=False, edit_method="docx_edit_reexport",
              what=[what], before=True, total_override=tov, arith=False)

    with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for L in LABELS: fh.write(json.dumps(L, ensure_ascii=False) + "\n")
    check(n_gen)


def check(n_gen):
    missing = [L["file"] for L in LABELS if not os.path.exists(outp(L["file"]))]
    print(f"labels: {len(LABELS)}  genuine: {n_gen}  edited: {len(LABELS) - n_gen}  missing: {missing}")
    print("files in files/:", len(os.listdir(OUT)))
    for key in ("producer", "language", "doc_type", "edit_method"):
        print(key, dict(Counter(str(L[key]) for L in LABELS).most_common()))
    print("arithmetic_error:", sum(L["arithmetic_error"] for L in LABELS),
          " not invoices:", sum(not L["is_invoice"] for L in LABELS),
          " edit_before_capture:", sum(L["edit_before_capture"] for L in LABELS))
    print(f"elapsed {time.time() - T0:.1f}s")


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
