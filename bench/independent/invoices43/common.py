"""Shared data model, locale formatting and label helpers for the invoices43 set."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
BUILD = os.path.join(BASE, "build")
os.makedirs(FILES, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)

PY = "/work/main/.venv/bin/python"
FONT_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_CJK = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

D = Decimal
ZERO_DEC = {"JPY", "VND", "KRW"}


def q(v, cur):
    return D(v).quantize(D(1) if cur in ZERO_DEC else D("0.01"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- formatting
def fmt_num(v, lang, cur):
    v = q(v, cur)
    dec = 0 if cur in ZERO_DEC else 2
    neg = v < 0
    v = abs(v)
    s = f"{v:,.{dec}f}"  # 1,234.56
    if lang in ("de", "it", "es", "nl", "vi"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    elif lang in ("fr", "pl"):
        s = s.replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s


def fmt_money(v, lang, cur):
    n = fmt_num(v, lang, cur)
    if cur == "EUR":
        return f"{n} €" if lang != "nl" else f"€ {n}"
    if cur == "VND":
        return f"{n} ₫" if lang == "vi" else f"VND {n}"
    if cur == "JPY":
        return f"￥{n}" if lang == "ja" else f"JPY {n}"
    if cur == "CNY":
        return f"¥{n}"
    if cur == "PLN":
        return f"{n} zł"
    if cur == "USD":
        return f"US${n}" if lang in ("zh", "ja") else f"{n} USD" if lang not in ("en",) else f"${n}"
    return f"{cur} {n}"


MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "en": "January February March April May June July August September October November December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def fmt_date(d, lang, style=0):
    if lang == "en":
        return [d.strftime("%m/%d/%Y"), f"{d.day} {MONTHS['en'][d.month-1]} {d.year}",
                d.strftime("%Y-%m-%d"), f"{MONTHS['en'][d.month-1][:3]} {d.day:02d}, {d.year}"][style % 4]
    if lang in ("de", "pl"):
        return d.strftime("%d.%m.%Y")
    if lang == "fr":
        return [f"{d.day} {MONTHS['fr'][d.month-1]} {d.year}", d.strftime("%d/%m/%Y")][style % 2]
    if lang in ("it", "es"):
        return [d.strftime("%d/%m/%Y"), f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}" if lang == "es" else d.strftime("%d/%m/%Y")][style % 2]
    if lang == "nl":
        return d.strftime("%d-%m-%Y")
    if lang == "zh":
        return [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y-%m-%d")][style % 2]
    if lang == "ja":
        return [f"{d.year}年{d.month}月{d.day}日", d.strftime("%Y/%m/%d"), f"令和{d.year-2018}年{d.month}月{d.day}日"][style % 3]
    if lang == "vi":
        return [f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}", d.strftime("%d/%m/%Y")][style % 2]
    return d.isoformat()


# ---------------------------------------------------------------- labels per language
L = {
    "en": dict(invoice="INVOICE", tax_invoice="TAX INVOICE", proforma="PROFORMA INVOICE", receipt="RECEIPT",
               credit_note="CREDIT NOTE", packing_list="PACKING LIST", purchase_order="PURCHASE ORDER",
               quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
               commercial="COMMERCIAL INVOICE",
               no="Invoice No.", date="Date", due="Due date", seller="Seller", buyer="Bill to", desc="Description",
               qty="Qty", unit="Unit", price="Unit price", amount="Amount", subtotal="Subtotal", discount="Discount",
               shipping="Freight", tax="VAT", total="TOTAL", taxid="Tax ID", pay="Payment: T/T to bank account",
               words="Say total"),
    "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", proforma="PROFORMA-RECHNUNG", receipt="QUITTUNG",
               credit_note="GUTSCHRIFT", packing_list="PACKLISTE", purchase_order="BESTELLUNG", quotation="ANGEBOT",
               delivery_note="LIEFERSCHEIN", price_list="PREISLISTE", commercial="HANDELSRECHNUNG",
               no="Rechnungsnr.", date="Rechnungsdatum", due="Fällig am", seller="Verkäufer", buyer="Rechnungsempfänger",
               desc="Bezeichnung", qty="Menge", unit="Einh.", price="Einzelpreis", amount="Gesamt", subtotal="Zwischensumme",
               discount="Rabatt", shipping="Versand", tax="MwSt.", total="Gesamtbetrag", taxid="USt-IdNr.",
               pay="Zahlbar innerhalb 30 Tagen ohne Abzug", words=""),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", proforma="FACTURE PRO FORMA", receipt="REÇU",
               credit_note="AVOIR", packing_list="LISTE DE COLISAGE", purchase_order="BON DE COMMANDE", quotation="DEVIS",
               delivery_note="BON DE LIVRAISON", price_list="TARIF", commercial="FACTURE COMMERCIALE",
               no="Facture n°", date="Date", due="Échéance", seller="Vendeur", buyer="Client", desc="Désignation",
               qty="Qté", unit="Unité", price="P.U. HT", amount="Montant HT", subtotal="Total HT", discount="Remise",
               shipping="Frais de port", tax="TVA", total="Total TTC", taxid="N° TVA", pay="Paiement à 30 jours",
               words=""),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", proforma="FATTURA PROFORMA", receipt="RICEVUTA",
               credit_note="NOTA DI CREDITO", packing_list="DISTINTA DI IMBALLAGGIO", purchase_order="ORDINE DI ACQUISTO",
               quotation="PREVENTIVO", delivery_note="DOCUMENTO DI TRASPORTO", price_list="LISTINO PREZZI",
               commercial="FATTURA COMMERCIALE",
               no="Fattura n.", date="Data", due="Scadenza", seller="Cedente", buyer="Cessionario", desc="Descrizione",
               qty="Q.tà", unit="U.M.", price="Prezzo unit.", amount="Importo", subtotal="Imponibile", discount="Sconto",
               shipping="Spese di trasporto", tax="IVA", total="Totale documento", taxid="P.IVA",
               pay="Pagamento: bonifico bancario 30 gg d.f.", words=""),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", proforma="FACTURA PROFORMA", receipt="RECIBO",
               credit_note="FACTURA RECTIFICATIVA", packing_list="LISTA DE EMPAQUE", purchase_order="ORDEN DE COMPRA",
               quotation="PRESUPUESTO", delivery_note="ALBARÁN", price_list="LISTA DE PRECIOS", commercial="FACTURA COMERCIAL",
               no="Factura nº", date="Fecha", due="Vencimiento", seller="Emisor", buyer="Cliente", desc="Concepto",
               qty="Cant.", unit="Ud.", price="Precio", amount="Importe", subtotal="Base imponible", discount="Descuento",
               shipping="Portes", tax="IVA", total="TOTAL FACTURA", taxid="NIF", pay="Forma de pago: transferencia",
               words=""),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", proforma="PROFORMAFACTUUR", receipt="KWITANTIE",
               credit_note="CREDITNOTA", packing_list="PAKLIJST", purchase_order="INKOOPORDER", quotation="OFFERTE",
               delivery_note="PAKBON", price_list="PRIJSLIJST", commercial="HANDELSFACTUUR",
               no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier", buyer="Factuuradres",
               desc="Omschrijving", qty="Aantal", unit="Eenh.", price="Prijs", amount="Bedrag", subtotal="Subtotaal",
               discount="Korting", shipping="Verzendkosten", tax="BTW", total="Totaal", taxid="BTW-nr.",
               pay="Betaling binnen 14 dagen", words=""),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", proforma="FAKTURA PROFORMA", receipt="PARAGON",
               credit_note="FAKTURA KORYGUJĄCA", packing_list="LISTA PAKUNKOWA", purchase_order="ZAMÓWIENIE",
               quotation="OFERTA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE", price_list="CENNIK", commercial="FAKTURA",
               no="Nr faktury", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca",
               desc="Nazwa towaru", qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto",
               subtotal="Razem netto", discount="Rabat", shipping="Transport", tax="VAT", total="Do zapłaty",
               taxid="NIP", pay="Sposób płatności: przelew 14 dni", words=""),
    "zh": dict(invoice="发票", tax_invoice="增值税普通发票", proforma="形式发票", receipt="收据", credit_note="红字发票",
               packing_list="装箱单", purchase_order="采购订单", quotation="报价单", delivery_note="送货单",
               price_list="价格表", commercial="出口发票",
               no="发票号码", date="开票日期", due="付款期限", seller="销售方", buyer="购买方", desc="货物或应税劳务名称",
               qty="数量", unit="单位", price="单价", amount="金额", subtotal="合计", discount="折扣", shipping="运费",
               tax="税额", total="价税合计", taxid="纳税人识别号", pay="付款方式：电汇", words="价税合计（大写）"),
    "ja": dict(invoice="請求書", tax_invoice="適格請求書", proforma="見積請求書", receipt="領収書", credit_note="返品伝票",
               packing_list="梱包明細書", purchase_order="注文書", quotation="御見積書", delivery_note="納品書",
               price_list="価格表", commercial="請求書",
               no="請求番号", date="請求日", due="お支払期限", seller="発行者", buyer="御中", desc="品名", qty="数量",
               unit="単位", price="単価", amount="金額", subtotal="小計", discount="値引", shipping="送料",
               tax="消費税", total="ご請求金額", taxid="登録番号", pay="お振込先：東和銀行 日本橋支店 普通 1234567",
               words=""),
    "vi": dict(invoice="HÓA ĐƠN", tax_invoice="HÓA ĐƠN GIÁ TRỊ GIA TĂNG", proforma="HÓA ĐƠN CHIẾU LỆ",
               receipt="PHIẾU THU", credit_note="HÓA ĐƠN ĐIỀU CHỈNH", packing_list="PHIẾU ĐÓNG GÓI",
               purchase_order="ĐƠN ĐẶT HÀNG", quotation="BẢNG BÁO GIÁ", delivery_note="PHIẾU XUẤT KHO",
               price_list="BẢNG GIÁ", commercial="HÓA ĐƠN THƯƠNG MẠI",
               no="Số", date="Ngày lập", due="Hạn thanh toán", seller="Đơn vị bán hàng", buyer="Đơn vị mua hàng",
               desc="Tên hàng hóa, dịch vụ", qty="Số lượng", unit="ĐVT", price="Đơn giá", amount="Thành tiền",
               subtotal="Cộng tiền hàng", discount="Chiết khấu", shipping="Phí vận chuyển", tax="Tiền thuế GTGT",
               total="Tổng tiền thanh toán", taxid="Mã số thuế", pay="Hình thức thanh toán: TM/CK",
               words="Số tiền viết bằng chữ"),
}

# ---------------------------------------------------------------- invented parties
SUPPLIERS = {
    "vi": [("CÔNG TY TNHH DỆT MAY PHÚ AN KHANG", "Lô C12, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh", "0316842579"),
           ("CÔNG TY CỔ PHẦN GỖ MỸ NGHỆ THÀNH LỢI", "Số 88 Đường ĐT743, P. Bình Hòa, TP. Thuận An, Bình Dương", "3702519846"),
           ("CÔNG TY TNHH BAO BÌ SÀI GÒN XANH", "142/7 Lê Văn Khương, Q.12, TP. Hồ Chí Minh", "0315790264"),
           ("CÔNG TY TNHH GỐM SỨ MINH PHÁT", "Tổ 5, Ấp Tân Hóa, Xã Tân Hạnh, TP. Biên Hòa, Đồng Nai", "3603871125")],
    "zh": [("深圳市华越五金制品有限公司", "广东省深圳市宝安区福永街道凤凰第三工业区12栋", "91440300MA5G7K2X8Q"),
           ("义乌市卓辰日用品有限公司", "浙江省义乌市稠江街道杨村路318号", "91330782MA2EQ4LJ3N"),
           ("宁波甬川塑料制品有限公司", "浙江省宁波市鄞州区姜山镇工业园C区27号", "91330212MA2GW91T5P")],
    "en": [("Shenzhen Huayue Hardware Products Co., Ltd.", "Bldg 12, 3rd Phoenix Ind. Zone, Fuyong, Bao'an, Shenzhen, China", "91440300MA5G7K2X8Q"),
           ("Siam Prakan Ceramics Co., Ltd.", "77/4 Moo 3, Bangpoo Ind. Estate, Samut Prakan 10280, Thailand", "0115561034472"),
           ("Hanbit Cosmetic Lab Co., Ltd.", "3F, 21 Gasan digital 2-ro, Geumcheon-gu, Seoul, Korea", "214-87-03516"),
           ("Phu An Khang Garment Co., Ltd.", "Lot C12, Tan Tao IZ, Binh Tan Dist., Ho Chi Minh City, Vietnam", "0316842579"),
           ("Thanh Loi Woodcraft JSC", "88 DT743 Road, Binh Hoa Ward, Thuan An City, Binh Duong, Vietnam", "3702519846"),
           ("Daewon Kitchenware Industrial Co.", "55-8 Seongseo-ro, Dalseo-gu, Daegu, Korea", "503-81-66207"),
           ("Yiwu Zhuochen Daily Goods Co., Ltd.", "318 Yangcun Road, Choujiang, Yiwu, Zhejiang, China", "91330782MA2EQ4LJ3N"),
           ("Chiang Mai Lanna Textile Ltd.", "209 Moo 9, San Sai, Chiang Mai 50210, Thailand", "0505558012394")],
    "ja": [("株式会社 東邦ライン商事", "〒103-0027 東京都中央区日本橋3-8-14 東邦ビル5F", "T4010001187325"),
           ("有限会社 みなと雑貨卸", "〒135-0016 東京都江東区東陽2-4-19", "T7010602039881")],
    "de": [("Lindqvist Haushaltswaren GmbH", "Speicherstraße 41, 28217 Bremen", "DE318475902"),
           ("Kessler & Voss Großhandel KG", "Am Hafenbecken 7, 47119 Duisburg", "DE294016738")],
    "fr": [("Atelier Brunel Distribution SARL", "14 rue des Tanneurs, 69007 Lyon", "FR47 831 204 556"),
           ("Comptoir Delmas Import SAS", "ZA des Pins, 33700 Mérignac", "FR82 902 417 338")],
    "it": [("Rossetti Forniture Srl", "Via dell'Artigianato 22, 36061 Bassano del Grappa (VI)", "IT04781290247"),
           ("Ceramiche Valdorcia Spa", "Strada Provinciale 146 km 3, 53026 Pienza (SI)", "IT01592870526")],
    "es": [("Suministros Almagro S.L.", "Polígono Ind. Los Olivos, C/ Jaén 9, 28906 Getafe", "B87419326"),
           ("Textiles Ribera del Turia S.A.", "Av. del Puerto 212, 46023 València", "A46280157")],
    "nl": [("Van der Heijden Groothandel B.V.", "Havenweg 18, 5145 NJ Waalwijk", "NL861204735B01"),
           ("Blokland Verpakkingen B.V.", "Industrieweg 3a, 2651 BC Berkel en Rodenrijs", "NL820463915B01")],
    "pl": [("Hurtownia Zielińscy Sp. z o.o.", "ul. Magazynowa 17, 62-052 Komorniki", "7792451086"),
           ("PolKer Ceramika S.A.", "ul. Fabryczna 4, 26-600 Radom", "9482207713")],
}

BUYERS = {
    "en": [("Brightleaf Home LLC", "2210 Commerce Pkwy, Suite 140, Reno, NV 89502, USA", "EIN 87-3312094"),
           ("Northpine Outfitters Inc.", "415 W 8th St, Dallas, TX 75208, USA", "EIN 84-2290651"),
           ("Copperkettle Goods LLC", "19 Ridgeview Dr, Edison, NJ 08817, USA", "EIN 86-1047735"),
           ("Minato Goods G.K.", "2-11-5 Kaigan, Minato-ku, Tokyo 105-0022, Japan", "T9010403021784"),
           ("Sakura Lane Trading K.K.", "4-2-8 Shibaura, Minato-ku, Tokyo, Japan", "T3010001206457")],
    "vi": [("CÔNG TY TNHH THƯƠNG MẠI DỊCH VỤ SAO MAI XNK", "25 Nguyễn Thị Minh Khai, P. Bến Nghé, Q.1, TP. Hồ Chí Minh", "0317204691"),
           ("CÔNG TY TNHH LOGISTICS ĐẠI DƯƠNG XANH", "9A Trường Sơn, P.2, Q. Tân Bình, TP. Hồ Chí Minh", "0314658032")],
    "zh": [("上海澄远跨境电子商务有限公司", "上海市闵行区莘庄工业区春东路508号", "91310112MA1GC5RW2L"),
           ("杭州青禾贸易有限公司", "浙江省杭州市余杭区文一西路1818号", "91330110MA27YH8B6U")],
    "ja": [("合同会社ミナトグッズ", "〒105-0022 東京都港区海岸2-11-5", "T9010403021784"),
           ("株式会社さくらレーン", "〒108-0023 東京都港区芝浦4-2-8", "T3010001206457")],
    "de": [("Vogelsang Trading UG", "Rosenheimer Str. 112, 81669 München", "DE341207558"),
           ("Nordlicht Onlinehandel GmbH", "Billstraße 60, 20539 Hamburg", "DE327740113")],
    "fr": [("Maison Lenoir E-commerce", "3 allée des Cerisiers, 44300 Nantes", "FR19 884 301 227")],
    "it": [("Bottega Online di Sara Ferri", "Via Emilia Est 301, 41121 Modena", "IT03840920364")],
    "es": [("Nube Azul Comercio S.L.", "C/ Mayor 45, 30001 Murcia", "B73104458")],
    "nl": [("Dijkstra Webwinkel", "Oudegracht 201, 3511 NJ Utrecht", "NL002318845B47")],
    "pl": [("Sklep Internetowy Mazur s.c.", "ul. Lipowa 8/2, 20-020 Lublin", "7123089451")],
}

ITEMS = {
    "en": [("Bamboo cutting board set 3pcs", "set"), ("Stainless steel tumbler 20oz", "pc"), ("Cotton muslin baby blanket", "pc"),
           ("Ceramic planter 6in matte white", "pc"), ("Silicone kitchen utensil set", "set"), ("Rattan storage basket M", "pc"),
           ("Linen table runner 180cm", "pc"), ("Hydrating sheet mask (10 pack)", "box"), ("Cast iron trivet", "pc"),
           ("Carton export packing", "ctn"), ("Retail gift box printing", "pc"), ("Zinc alloy cabinet knob", "pc")],
    "vi": [("Khăn tắm cotton 70x140cm", "cái"), ("Giỏ mây đan size M", "cái"), ("Thớt gỗ keo 30x20cm", "cái"),
           ("Chậu gốm men trắng 15cm", "cái"), ("Hộp carton 5 lớp", "thùng"), ("Túi vải canvas in logo", "cái"),
           ("Bộ muỗng đũa gỗ", "bộ")],
    "zh": [("不锈钢保温杯 600ml", "个"), ("锌合金柜门拉手", "个"), ("硅胶厨具套装", "套"), ("PP收纳盒 大号", "个"),
           ("五金合页 4寸", "副"), ("彩盒包装", "个"), ("陶瓷马克杯", "个")],
    "ja": [("ステンレスタンブラー 600ml", "個"), ("竹製まな板 3点セット", "セット"), ("綿ガーゼケット", "枚"),
           ("陶器プランター 白", "個"), ("シリコン調理器具セット", "セット"), ("国内配送料（倉庫納品）", "式")],
    "de": [("Bambus-Schneidebrett 3er Set", "Set"), ("Edelstahl-Trinkflasche 750 ml", "Stk"), ("Baumwoll-Geschirrtuch", "Stk"),
           ("Keramik-Übertopf 15 cm", "Stk"), ("Versandkarton 40x30x20", "Stk")],
    "fr": [("Planche à découper bambou", "pce"), ("Gourde inox 750 ml", "pce"), ("Torchon coton lot de 3", "lot"),
           ("Cache-pot céramique 15 cm", "pce"), ("Panier en rotin M", "pce")],
    "it": [("Tagliere in bambù set 3 pz", "pz"), ("Borraccia inox 750 ml", "pz"), ("Strofinaccio cotone", "pz"),
           ("Vaso in ceramica 15 cm", "pz"), ("Cestino in rattan", "pz")],
    "es": [("Tabla de cortar bambú", "ud"), ("Botella acero inox 750 ml", "ud"), ("Paño de cocina algodón", "ud"),
           ("Maceta cerámica 15 cm", "ud"), ("Cesta de ratán", "ud")],
    "nl": [("Bamboe snijplank set", "st"), ("RVS drinkfles 750 ml", "st"), ("Katoenen theedoek", "st"),
           ("Keramische bloempot 15 cm", "st"), ("Rotan mand M", "st")],
    "pl": [("Deska do krojenia bambusowa", "szt."), ("Butelka stalowa 750 ml", "szt."), ("Ścierka bawełniana", "szt."),
           ("Doniczka ceramiczna 15 cm", "szt."), ("Kosz rattanowy", "szt.")],
}

TAX = {"vi": D("0.08"), "zh": D("0.13"), "ja": D("0.10"), "de": D("0.19"), "fr": D("0.20"), "it": D("0.22"),
       "es": D("0.21"), "nl": D("0.21"), "pl": D("0.23"), "en": D("0")}
CUR = {"vi": "VND", "zh": "CNY", "ja": "JPY", "de": "EUR", "fr": "EUR", "it": "EUR", "es": "EUR", "nl": "EUR",
       "pl": "PLN", "en": "USD"}
PRICE_RANGE = {"VND": (18000, 450000), "JPY": (380, 6800), "CNY": (3, 95), "EUR": (2, 60), "PLN": (8, 220),
               "USD": (0.6, 18)}


def price(rng, cur):
    lo, hi = PRICE_RANGE[cur]
    v = rng.uniform(lo, hi)
    if cur == "VND":
        return D(int(v / 500) * 500)
    if cur == "JPY":
        return D(int(v / 10) * 10)
    return q(D(str(round(v, 2))), cur)


def make_doc(seed, lang, doc_type="invoice", cur=None, n_items=None, tax=None, discount=False, shipping=False,
             arith_error=False, supplier_lang=None, buyer_lang=None, many_items=False):
    rng = random.Random(seed)
    cur = cur or CUR[lang]
    sl = supplier_lang or lang
    bl = buyer_lang or lang
    sup = rng.choice(SUPPLIERS[sl])
    buy = rng.choice(BUYERS[bl])
    d0 = datetime.date(2025, 9, 1) + datetime.timedelta(days=rng.randint(0, 420))
    n = n_items or (rng.randint(28, 40) if many_items else rng.randint(2, 7))
    pool = ITEMS[lang]
    items = []
    for i in range(n):
        desc, unit = pool[i % len(pool)] if n > len(pool) else rng.sample(pool, n)[i] if False else pool[(i + seed) % len(pool)]
        if n > len(pool):
            desc = f"{desc} #{i // len(pool) + 1}" if lang != "zh" and lang != "ja" else f"{desc} {chr(65 + i // len(pool))}款"
        qty = rng.choice([12, 24, 50, 60, 100, 120, 200, 240, 300, 500, 600, 1000, 1200, 2000])
        if cur in ("JPY",):
            qty = rng.choice([5, 10, 20, 30, 48, 60, 100])
        if cur in ("EUR", "PLN"):
            qty = rng.choice([2, 5, 10, 12, 20, 24, 36, 50, 100])
        p = price(rng, cur)
        items.append(dict(desc=desc, unit=unit, qty=qty, price=p, amount=q(p * qty, cur)))
    subtotal = sum((it["amount"] for it in items), D(0))
    disc = q(subtotal * D(rng.choice(["0.03", "0.05", "0.10"])), cur) if discount else D(0)
    ship = D(0)
    if shipping:
        ship = {"VND": D(rng.randint(3, 30) * 50000), "JPY": D(rng.choice([1200, 2400, 3800])),
                "USD": q(D(rng.randint(80, 900)), cur)}.get(cur, q(D(str(rng.randint(9, 60))) + D("0.90"), cur))
    rate = TAX[lang] if tax is None else tax
    if doc_type in ("packing_list", "delivery_note", "price_list", "letter"):
        rate = D(0)
    base = subtotal - disc + ship
    taxamt = q(base * rate, cur)
    total = base + taxamt
    err = None
    if arith_error:
        kind = rng.choice(["line", "total", "tax"])
        if kind == "line":
            it = items[0]
            it["amount"] = q(it["amount"] + it["price"] * rng.choice([1, 2, 10]), cur)  # line printed wrong, sums use printed
            subtotal = sum((it["amount"] for it in items), D(0))
            base = subtotal - disc + ship
            taxamt = q(base * rate, cur)
            total = base + taxamt
            # but qty*price != amount on line 1
        elif kind == "total":
            total = total + (D(100) if cur not in ZERO_DEC else D(10000 if cur == "VND" else 100))
        else:
            taxamt = q(taxamt * D("1.1") + 1, cur)
            # total keeps the correct base+old tax -> mismatch
        err = kind
    no_prefix = {"vi": "00", "zh": "", "ja": "INV-", "de": "RE-", "fr": "FA", "it": "", "es": "F", "nl": "F",
                 "pl": "FV/", "en": rng.choice(["INV", "CI", "PI", "HY"]) + "-"}[lang]
    number = f"{no_prefix}{d0.year}{rng.randint(1000, 9999)}" if lang != "zh" else f"{rng.randint(10000000, 99999999)}"
    if lang == "vi":
        number = f"{rng.randint(100, 9999):08d}"
    doc = dict(seed=seed, lang=lang, doc_type=doc_type, cur=cur,
               supplier=dict(name=sup[0], addr=sup[1], taxid=sup[2]),
               buyer=dict(name=buy[0], addr=buy[1], taxid=buy[2]),
               number=number, date=d0, due=d0 + datetime.timedelta(days=rng.choice([14, 30, 45])),
               items=items, subtotal=subtotal, discount=disc, shipping=ship, rate=rate, tax=taxamt, total=total,
               arith_error=err, date_style=rng.randint(0, 3),
               lookup=("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))),
               serial=f"1C{d0.year % 100}T{rng.choice('ABCDEFGH')}{rng.choice('ABCDEFGH')}",
               po=f"PO-{rng.randint(10000, 99999)}")
    return doc


def strings(doc):
    """Strings as printed for the key fields (used by renderers and by edits)."""
    lang, cur = doc["lang"], doc["cur"]
    return dict(date=fmt_date(doc["date"], lang, doc["date_style"]), due=fmt_date(doc["due"], lang, doc["date_style"]),
                total=fmt_money(doc["total"], lang, cur), total_num=fmt_num(doc["total"], lang, cur))


def title(doc, commercial=False):
    t = L[doc["lang"]]
    if doc["doc_type"] == "invoice" and commercial:
        return t["commercial"]
    if doc["doc_type"] == "other":
        return t["price_list"]
    return t.get(doc["doc_type"], t["invoice"])


def rows(doc):
    """Table rows as strings: (no, desc, unit, qty, price, amount)."""
    lang, cur = doc["lang"], doc["cur"]
    out = []
    for i, it in enumerate(doc["items"], 1):
        out.append((str(i), it["desc"], it["unit"], f"{it['qty']:,}".replace(",", "." if lang in ("de", "it", "es", "nl", "vi") else " " if lang in ("fr", "pl") else ","),
                    fmt_num(it["price"], lang, cur), fmt_num(it["amount"], lang, cur)))
    return out


def totals(doc):
    """List of (label, amount string) for the totals block."""
    t = L[doc["lang"]]
    lang, cur = doc["lang"], doc["cur"]
    out = [(t["subtotal"], fmt_num(doc["subtotal"], lang, cur))]
    if doc["discount"]:
        out.append((t["discount"], fmt_num(-doc["discount"], lang, cur)))
    if doc["shipping"]:
        out.append((t["shipping"], fmt_num(doc["shipping"], lang, cur)))
    if doc["rate"]:
        out.append((f"{t['tax']} {int(doc['rate'] * 100)}%", fmt_num(doc["tax"], lang, cur)))
    out.append((t["total"], fmt_money(doc["total"], lang, cur)))
    return out


LANGNAME = {"en": "en", "de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "pl": "pl", "zh": "zh", "ja": "ja",
            "vi": "vi"}


def label(doc, file, producer, pages=1, genuine=True, edit_method=None, what_changed=None, ebc=False, **extra):
    is_inv = doc["doc_type"] in ("invoice", "tax_invoice", "receipt", "credit_note", "proforma")
    no_total = doc["doc_type"] in ("packing_list", "delivery_note", "letter", "other")
    rec = dict(file=file, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [],
               producer=producer, language=doc["lang"], is_invoice=is_inv,
               doc_type=doc["doc_type"] if doc["doc_type"] != "letter" else "other",
               date=doc["date"].isoformat(), total=None if no_total else str(q(doc["total"], doc["cur"])),
               currency=doc["cur"], supplier=doc["supplier"]["name"], buyer=doc["buyer"]["name"], pages=pages,
               edit_before_capture=ebc, arithmetic_error=bool(doc.get("arith_error")) and genuine)
    rec.update(extra)
    return rec


def write_labels(stage, recs):
    with open(os.path.join(BUILD, f"labels_{stage}.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def save_meta(name, doc, extra=None):
    """Store a generated doc so edit stages can find source strings/positions later."""
    import pickle
    with open(os.path.join(BUILD, f"{name}.meta.pkl"), "wb") as f:
        pickle.dump(dict(doc=doc, extra=extra or {}), f)


def load_meta(name):
    import pickle
    with open(os.path.join(BUILD, f"{name}.meta.pkl"), "rb") as f:
        return pickle.load(f)


def table(doc):
    """(headers, rows, show_totals) depending on document type."""
    t = L[doc["lang"]]
    r = rows(doc)
    dt = doc["doc_type"]
    if dt in ("packing_list", "delivery_note"):
        ctn = {"zh": "箱数", "ja": "箱数", "vi": "Số thùng"}.get(doc["lang"], "Ctns")
        nw = {"zh": "净重(kg)", "ja": "重量(kg)", "vi": "TL (kg)"}.get(doc["lang"], "N.W. kg")
        out = []
        for (no, desc, unit, qty, pr, am), it in zip(r, doc["items"]):
            c = max(1, it["qty"] // 24)
            out.append((no, desc, unit, qty, str(c), f"{c * 8.5:.1f}"))
        return ["#", t["desc"], t["unit"], t["qty"], ctn, nw], out, False
    if dt == "other":
        return ["#", t["desc"], t["unit"], t["price"]], [(a, b, c, e) for a, b, c, d, e, f in r], False
    return ["#", t["desc"], t["unit"], t["qty"], t["price"], t["amount"]], r, True


def cn_upper(v):
    """Chinese uppercase amount (大写) for 价税合计."""
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    v = q(v, "CNY")
    yuan = int(v)
    jiao = int((v * 10) % 10)
    fen = int((v * 100) % 10)
    s = ""
    if yuan == 0:
        s = "零"
    else:
        parts = []
        g = 0
        while yuan > 0:
            parts.append((yuan % 10000, g))
            yuan //= 10000
            g += 1
        res = ""
        for num, g in reversed(parts):
            seg = ""
            zero = False
            for i in range(3, -1, -1):
                dgt = (num // (10 ** i)) % 10
                if dgt == 0:
                    zero = bool(seg)
                else:
                    if zero:
                        seg += "零"
                        zero = False
                    seg += digits[dgt] + units[i]
            if seg:
                res += seg + big[g]
        s = res
    s += "圆"
    if jiao == 0 and fen == 0:
        return s + "整"
    s += (digits[jiao] + "角") if jiao else "零"
    if fen:
        s += digits[fen] + "分"
    return s
