"""Shared data, formatting and label helpers for the invoices48 corpus."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, "files")
WORK = os.path.join(BASE, "_work")
LABELS = os.path.join(BASE, "labels.jsonl")
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
os.makedirs(FILES, exist_ok=True)
os.makedirs(WORK, exist_ok=True)

D = Decimal
def q2(x): return D(x).quantize(D("0.01"), ROUND_HALF_UP)
def q0(x): return D(x).quantize(D("1"), ROUND_HALF_UP)

# ---------------------------------------------------------------- companies (all invented)
SUPPLIERS = {
 "ko": [("(주)한빛코스메틱", "경기도 부천시 원미구 상동로 218, 3층", "214-86-51937", "박서연"),
        ("청솔주방산업(주)", "인천광역시 남동구 남동대로 77번길 12", "131-81-40268", "김도윤"),
        ("모바일나래 유통", "서울특별시 용산구 청파로 41, 나동 204호", "106-23-88415", "이준호"),
        ("다온뷰티랩 주식회사", "충청북도 청주시 흥덕구 오송생명2로 55", "317-88-02914", "최하린")],
 "ja": [("株式会社なにわ厨房道具", "大阪府大阪市中央区南久宝寺町2-4-17", "T4120001187342", "山中 健"),
        ("堺刃物工房 有限会社", "大阪府堺市堺区北旅籠町東1-3-8", "T1120102004719", "西村 直子"),
        ("ミナミ化粧品卸 株式会社", "大阪府大阪市浪速区日本橋3-7-21", "T7120001093385", "藤田 亮")],
 "zh": [("深圳市迅联数码配件有限公司", "广东省深圳市宝安区西乡街道固戍二路88号5栋", "91440300MA5G7K2X4R", ""),
        ("义乌市佳家厨具有限公司", "浙江省义乌市稠江街道杨村路311号", "91330782MA2EC8Q61T", ""),
        ("台灣晶亮科技股份有限公司", "新北市新莊區中正路512巷9號", "統編 52841936", "")],
 "en": [("Kowloon Bridge Trading Ltd.", "Unit 1207, 12/F, Harbourfront Tower, 33 Canton Rd, Tsim Sha Tsui, Hong Kong", "BR 71658203", ""),
        ("Formosa Cable Works Co., Ltd.", "No. 18, Lane 66, Gongye 3rd Rd, Taoyuan City, Taiwan", "VAT 53916270", ""),
        ("Pearl Delta Silicone Products Co., Ltd.", "Bldg 4, Huafeng Industrial Park, Dongguan, Guangdong, China", "USCC 91441900MA4WQ3N08E", ""),
        ("Lionstone Home Goods Pte. Ltd.", "21 Tai Seng Link, #04-11, Singapore 534417", "GST M90371524K", ""),
        ("Cedar Ridge Supply LLC", "4410 Industrial Pkwy, Reno, NV 89502, USA", "EIN 84-3015927", "")],
 "de": [("Rheinwerk Küchentechnik GmbH", "Hafenstraße 41, 47119 Duisburg", "DE318527604", ""),
        ("Alpenblick Naturkosmetik e.K.", "Bahnhofplatz 6, 83022 Rosenheim", "DE291745038", "")],
 "fr": [("Atelier Lumière Cosmétiques SARL", "14 rue des Tanneurs, 69002 Lyon", "FR27 842915730", ""),
        ("Cuisine du Rhône SAS", "8 avenue Jean Jaurès, 13008 Marseille", "FR61 905318264", "")],
 "it": [("Coltelleria Valtrompia S.r.l.", "Via dei Fabbri 22, 25063 Gardone V.T. (BS)", "IT03918470982", "")],
 "es": [("Cerámicas del Turia S.L.", "Calle de la Alfarería 9, 46120 Alboraya, Valencia", "ESB98431627", "")],
 "pl": [("Bursztyn Kosmetyki Sp. z o.o.", "ul. Długa 48, 80-827 Gdańsk", "PL5842913067", "")],
 "nl": [("Vaatwerk Holland B.V.", "Industrieweg 27, 3044 AS Rotterdam", "NL861530427B01", "")],
}
BUYERS = {
 "ko": [("(주)서울브릿지트레이딩", "서울특별시 마포구 양화로 156, 7층 712호", "105-87-62413", "정민재"),
        ("한강셀러스 주식회사", "서울특별시 송파구 법원로 128, B동 1103호", "215-86-90357", "윤지아"),
        ("코리아마켓원 (개인)", "경기도 고양시 일산동구 중앙로 1261", "128-14-73092", "오세훈")],
 "xx": [("Seoul Bridge Trading Co., Ltd.", "7F #712, 156 Yanghwa-ro, Mapo-gu, Seoul 04050, Korea", "BRN 105-87-62413"),
        ("Hangang Sellers Inc.", "B-1103, 128 Beobwon-ro, Songpa-gu, Seoul, Korea", "BRN 215-86-90357"),
        ("K-Market One", "1261 Jungang-ro, Ilsandong-gu, Goyang-si, Gyeonggi-do, Korea", "BRN 128-14-73092")],
 "ja": [("ソウルブリッジ貿易株式会社 御中", "大韓民国ソウル特別市麻浦区楊花路156 7階", ""),
        ("ハンガンセラーズ株式会社 御中", "大韓民国ソウル特別市松坡区法院路128", "")],
 "zh": [("首尔桥贸易株式会社", "韩国首尔特别市麻浦区杨花路156号7层", ""),
        ("汉江卖家株式会社", "韩国首尔特别市松坡区法院路128号", "")],
}

ITEMS = {
 "ko": [("수분 진정 토너 200ml", 8200), ("비타민C 세럼 30ml", 12500), ("쿠션 팩트 리필 15g", 6900),
        ("스테인리스 냄비 3종 세트", 38000), ("실리콘 주걱 2P", 4300), ("고속충전 케이블 C-C 1m", 3100),
        ("맥세이프 투명 케이스", 4800), ("휴대폰 거치대 차량용", 7600), ("마스크팩 10매입", 9900)],
 "ja": [("出刃包丁 165mm", 6800), ("たこ焼きプレート 鉄製 18穴", 3200), ("木製おろし器", 1450),
        ("化粧水 しっとり 150ml", 1180), ("UVミルク 50g", 980), ("土鍋 8号", 4200)],
 "zh": [("硅胶锅铲 食品级", D("6.80")), ("Type-C 快充数据线 1.2m", D("4.35")), ("磁吸手机支架", D("12.60")),
        ("不锈钢保温杯 500ml", D("18.90")), ("钢化玻璃膜 iPhone 15", D("1.75"))],
 "en": [("USB-C to Lightning Cable 1m, braided", D("2.85")), ("Silicone Spatula Set (3 pcs)", D("3.40")),
        ("MagSafe Compatible Clear Case", D("1.95")), ("Stainless Steel Tumbler 20oz", D("5.60")),
        ("Sheet Mask Assortment (10 pcs)", D("4.10")), ("Bamboo Cutting Board 38cm", D("6.25")),
        ("GaN Charger 65W, 3-port", D("11.80")), ("Car Vent Phone Mount", D("2.30")),
        ("Collapsible Silicone Colander", D("3.95")), ("Lip Tint Set, 4 shades", D("5.15"))],
 "de": [("Schneidebrett Eiche 40x25", D("18.90")), ("Gusseisenpfanne 28 cm", D("34.50")), ("Handcreme Ringelblume 75 ml", D("4.20")),
        ("Gemüsehobel Edelstahl", D("12.75"))],
 "fr": [("Crème hydratante à la rose 50 ml", D("7.40")), ("Cocotte en fonte 24 cm", D("42.00")), ("Savon d'Alep 200 g", D("3.15")),
        ("Fouet inox 30 cm", D("5.90"))],
 "it": [("Coltello da cuoco 20 cm", D("27.50")), ("Set coltelli bistecca 6 pz", D("39.00")), ("Affilacoltelli a mola", D("14.20"))],
 "es": [("Fuente de cerámica 30 cm", D("11.40")), ("Juego de tazas x4", D("16.80")), ("Cazuela de barro 22 cm", D("9.75"))],
 "pl": [("Krem z olejkiem bursztynowym 50 ml", D("18.50")), ("Serum nawilżające 30 ml", D("24.90")), ("Maseczka w płachcie", D("3.60"))],
 "nl": [("Koekenpan keramisch 24 cm", D("21.95")), ("Snijplank bamboe", D("7.80")), ("Theepot glas 1 l", D("13.40"))],
}

CUR = {"ko": "KRW", "ja": "JPY", "zh": "CNY", "de": "EUR", "fr": "EUR", "it": "EUR", "es": "EUR", "pl": "PLN", "nl": "EUR"}
TAX = {"ko": D("10"), "ja": D("10"), "zh": D("13"), "de": D("19"), "fr": D("20"), "it": D("22"), "es": D("21"), "pl": D("23"), "nl": D("21"), "en": D("0")}

MONTHS = {
 "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
 "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
 "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
 "en": "January February March April May June July August September October November December".split(),
}

def fmt_date(d, style):
    if style == "dot": return d.strftime("%d.%m.%Y")
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "ko": return f"{d.year}년 {d.month}월 {d.day}일"
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "slash_ymd": return d.strftime("%Y/%m/%d")
    if style == "us": return d.strftime("%m/%d/%Y")
    if style == "eu_slash": return d.strftime("%d/%m/%Y")
    if style == "nl": return f"{d.day}-{d.month}-{d.year}"
    if style in ("fr", "es", "it"):
        m = MONTHS[style][d.month - 1]
        return f"{d.day} de {m} de {d.year}" if style == "es" else f"{d.day} {m} {d.year}"
    if style == "en_long": return f"{d.day} {MONTHS['en'][d.month-1][:3]} {d.year}"
    raise ValueError(style)

def _group(intpart, sep):
    s = str(intpart); out = []
    while len(s) > 3: out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s); return sep.join(out)

def fmt_num(x, style, decimals=2):
    x = D(x); neg = x < 0; x = abs(x)
    x = q2(x) if decimals else q0(x)
    ip = int(x); fp = f"{x:.2f}".split(".")[1]
    if style == "en": s = _group(ip, ",") + ("." + fp if decimals else "")
    elif style == "de": s = _group(ip, ".") + ("," + fp if decimals else "")
    elif style == "fr": s = _group(ip, "\u202f" if False else " ") + ("," + fp if decimals else "")
    elif style == "ch": s = _group(ip, "'") + ("." + fp if decimals else "")
    else: raise ValueError(style)
    return ("-" if neg else "") + s

def fmt_money(x, cur, style):
    """style: number style + placement chosen per document."""
    if cur == "KRW": return "₩" + fmt_num(x, "en", 0) if style != "plain" else fmt_num(x, "en", 0)
    if cur == "JPY": return "¥" + fmt_num(x, "en", 0) if style != "plain" else fmt_num(x, "en", 0)
    if cur == "EUR":
        ns = {"de": "de", "fr": "fr", "it": "de", "es": "de", "nl": "de"}.get(style, "de")
        return fmt_num(x, ns) + " €"
    if cur == "PLN": return fmt_num(x, "fr") + " zł"
    if cur == "CNY": return ("¥" if style == "sym" else "CNY ") + fmt_num(x, "en")
    if cur == "HKD": return "HK$" + fmt_num(x, "en")
    if cur == "TWD": return "NT$" + fmt_num(x, "en", 0)
    if cur == "SGD": return "S$" + fmt_num(x, "en")
    if cur == "USD": return (fmt_num(x, "en") + " USD") if style == "suffix" else ("US$" + fmt_num(x, "en"))
    raise ValueError(cur)

# ---------------------------------------------------------------- localized words
W = {
 "en": dict(invoice="INVOICE", commercial="COMMERCIAL INVOICE", proforma="PROFORMA INVOICE", receipt="RECEIPT", credit_note="CREDIT NOTE",
            packing_list="PACKING LIST", purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
            no="Invoice No.", date="Date", seller="Seller", buyer="Bill To", desc="Description", qty="Qty", unit="Unit Price", amount="Amount",
            subtotal="Subtotal", tax="Tax", total="TOTAL", discount="Discount", shipping="Freight", page="Page", terms="Payment terms: T/T 30 days",
            bank="Bank"),
 "ko": dict(invoice="청구서", tax_invoice="전자세금계산서", receipt="영 수 증", statement="거 래 명 세 서", quotation="견 적 서", purchase_order="발 주 서",
            no="번호", date="작성일자", seller="공급자", buyer="공급받는자", desc="품목", qty="수량", unit="단가", amount="공급가액",
            subtotal="공급가액 합계", tax="세액", total="합계금액", discount="할인", shipping="운임", page="페이지", terms="결제조건: 익월 말 현금", bank="입금계좌"),
 "ja": dict(invoice="御 請 求 書", delivery_note="納 品 書", quotation="御 見 積 書", no="請求番号", date="発行日", seller="発行元", buyer="請求先",
            desc="品名", qty="数量", unit="単価", amount="金額", subtotal="小計", tax="消費税(10%)", total="ご請求金額", discount="値引", shipping="送料",
            page="頁", terms="お支払期限：翌月末日", bank="振込先"),
 "zh": dict(invoice="发 票", tax_invoice="增值税专用发票", proforma="形式发票", packing_list="装 箱 单", no="发票号码", date="开票日期", seller="销售方",
            buyer="购买方", desc="货物或应税劳务名称", qty="数量", unit="单价", amount="金额", subtotal="合计", tax="税额", total="价税合计", discount="折扣",
            shipping="运费", page="页", terms="付款方式：电汇 T/T", bank="开户行及账号"),
 "de": dict(invoice="RECHNUNG", credit_note="GUTSCHRIFT", delivery_note="LIEFERSCHEIN", no="Rechnungsnr.", date="Rechnungsdatum", seller="Verkäufer", buyer="Rechnungsempfänger",
            desc="Bezeichnung", qty="Menge", unit="Einzelpreis", amount="Gesamt", subtotal="Nettobetrag", tax="zzgl. MwSt.", total="Rechnungsbetrag",
            discount="Rabatt", shipping="Versandkosten", page="Seite", terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.", bank="Bankverbindung"),
 "fr": dict(invoice="FACTURE", proforma="FACTURE PRO FORMA", no="Facture n°", date="Date", seller="Vendeur", buyer="Facturé à", desc="Désignation", qty="Qté",
            unit="Prix unitaire HT", amount="Montant HT", subtotal="Total HT", tax="TVA", total="Total TTC", discount="Remise", shipping="Frais de port",
            page="Page", terms="Paiement à 30 jours fin de mois.", bank="IBAN"),
 "it": dict(invoice="FATTURA", no="Fattura n.", date="Data", seller="Cedente", buyer="Cessionario", desc="Descrizione", qty="Q.tà", unit="Prezzo unit.",
            amount="Importo", subtotal="Imponibile", tax="IVA", total="Totale documento", discount="Sconto", shipping="Spese di trasporto", page="Pagina",
            terms="Pagamento: bonifico bancario 30 gg d.f.", bank="IBAN"),
 "es": dict(invoice="FACTURA", no="Factura nº", date="Fecha", seller="Emisor", buyer="Cliente", desc="Concepto", qty="Cant.", unit="Precio", amount="Importe",
            subtotal="Base imponible", tax="IVA", total="TOTAL", discount="Descuento", shipping="Portes", page="Página", terms="Forma de pago: transferencia", bank="IBAN"),
 "pl": dict(invoice="FAKTURA VAT", no="Nr faktury", date="Data wystawienia", seller="Sprzedawca", buyer="Nabywca", desc="Nazwa towaru", qty="Ilość",
            unit="Cena netto", amount="Wartość netto", subtotal="Razem netto", tax="VAT", total="Do zapłaty", discount="Rabat", shipping="Transport",
            page="Strona", terms="Termin płatności: 14 dni, przelew", bank="Nr konta"),
 "nl": dict(invoice="FACTUUR", no="Factuurnummer", date="Factuurdatum", seller="Leverancier", buyer="Klant", desc="Omschrijving", qty="Aantal", unit="Prijs",
            amount="Bedrag", subtotal="Subtotaal", tax="BTW", total="Totaal", discount="Korting", shipping="Verzendkosten", page="Pagina",
            terms="Betaling binnen 30 dagen.", bank="IBAN"),
}
DATE_STYLE = {"ko": ["ko", "iso"], "ja": ["cjk", "slash_ymd"], "zh": ["cjk", "iso"], "de": ["dot"], "fr": ["fr", "eu_slash"],
              "it": ["eu_slash", "it"], "es": ["es", "eu_slash"], "pl": ["dot"], "nl": ["nl"], "en": ["us", "en_long", "iso", "slash_ymd"]}

def make_doc(rng, lang, doc_type="invoice", n_items=None, currency=None, sup_lang=None, tax=True,
             discount=False, shipping=False, arithmetic_error=False, date_style=None, idx=0):
    """Build a document model with correct arithmetic (unless arithmetic_error)."""
    sl = sup_lang or lang
    sup = rng.choice(SUPPLIERS[sl])
    if lang == "ko": b = rng.choice(BUYERS["ko"])
    elif lang in ("ja", "zh"): b = rng.choice(BUYERS[lang])
    else: b = rng.choice(BUYERS["xx"])
    cur = currency or CUR.get(lang, "USD")
    item_lang = sl if sl in ITEMS else "en"
    if lang == "en": item_lang = "en"
    pool = ITEMS[item_lang]
    n = n_items or rng.randint(1, 6)
    chosen = [rng.choice(pool) for _ in range(n)] if n > len(pool) else rng.sample(pool, n)
    dec = 0 if cur in ("KRW", "JPY", "TWD") else 2
    mult = {"KRW": 1, "JPY": 1, "TWD": D("4.5"), "CNY": D("1"), "HKD": D("7.8"), "SGD": D("1.35"), "USD": 1}.get(cur, 1)
    lines = []
    for desc, price in chosen:
        price = D(price) * D(mult) if cur in ("TWD", "HKD", "SGD") else D(price)
        if cur == "CNY" and item_lang == "en": price = price * D("7.1")
        price = q0(price) if dec == 0 else q2(price)
        qty = rng.choice([10, 12, 20, 24, 30, 48, 50, 60, 100, 120, 200, 240, 300, 500]) if cur != "EUR" else rng.choice([2, 4, 6, 10, 12, 20, 24, 36])
        amt = q0(price * qty) if dec == 0 else q2(price * qty)
        lines.append(dict(desc=desc, qty=qty, unit=price, amount=amt))
    sub = sum((l["amount"] for l in lines), D(0))
    disc = D(0)
    if discount:
        disc = q0(sub * D("0.05")) if dec == 0 else q2(sub * D("0.05"))
    ship = D(0)
    if shipping:
        ship = D(rng.choice([15000, 30000])) if cur == "KRW" else D(rng.choice([1200, 1800])) if cur == "JPY" else \
               D(rng.choice([800, 1500])) if cur == "TWD" else q2(D(rng.choice(["12.50", "35.00", "48.00", "120.00"])))
    net = sub - disc + ship
    rate = TAX.get(lang, D(0)) if tax else D(0)
    if lang == "en": rate = D(0)
    if cur in ("HKD", "USD", "TWD") : rate = D(0) if lang == "en" else rate
    taxamt = (q0(net * rate / 100) if dec == 0 else q2(net * rate / 100)) if rate else D(0)
    total = net + taxamt
    printed_total = total
    err = None
    if arithmetic_error:
        kind = rng.choice(["line", "total", "tax"])
        if kind == "line":
            l = lines[0]; l["amount"] = l["amount"] + (D(1000) if dec == 0 else D("10.00")); err = "line_amount_wrong"
        elif kind == "tax" and taxamt:
            taxamt = taxamt + (D(100) if dec == 0 else D("1.00")); err = "tax_wrong"
            printed_total = net + taxamt  # consistent with its own wrong tax
        else:
            printed_total = total + (D(900) if dec == 0 else D("9.00")); err = "grand_total_wrong"
    ds = date_style or rng.choice(DATE_STYLE[lang])
    dt = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 320))
    prefix = {"ko": "2026", "ja": "INV-", "zh": "No.", "de": "RE-", "fr": "FA", "it": "FT", "es": "F-", "pl": "FV/", "nl": "F", "en": "INV-"}[lang]
    number = f"{prefix}{rng.randint(10000, 99999)}"
    if lang == "ko" and doc_type == "tax_invoice":
        number = dt.strftime("%Y%m%d") + "-" + str(rng.randint(41000000, 41999999)) + "-" + str(rng.randint(10000000, 99999999))
    return dict(lang=lang, doc_type=doc_type, supplier=dict(name=sup[0], addr=sup[1], taxid=sup[2], rep=sup[3] if len(sup) > 3 else ""),
                buyer=dict(name=b[0], addr=b[1], taxid=b[2], rep=b[3] if len(b) > 3 else ""), currency=cur, dec=dec,
                lines=lines, subtotal=sub, discount=disc, shipping=ship, tax_rate=rate, tax=taxamt, total=printed_total,
                true_total=total, date=dt, date_str=fmt_date(dt, ds), date_style=ds, number=number,
                arithmetic_error=bool(arithmetic_error), error_kind=err)

def money(doc, x, style=None):
    st = style or {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl"}.get(doc["lang"], "sym" if doc["lang"] == "zh" else "suffix")
    return fmt_money(x, doc["currency"], st)

# ---------------------------------------------------------------- labels
LANGNAME = {"ko": "Korean", "ja": "Japanese", "zh": "Chinese", "en": "English", "de": "German", "fr": "French",
            "it": "Italian", "es": "Spanish", "pl": "Polish", "nl": "Dutch"}
IS_INV = {"invoice", "tax_invoice", "receipt", "credit_note", "proforma"}

def label_for(doc, fname, producer, pages, **kw):
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=producer,
               language=LANGNAME[doc["lang"]], is_invoice=doc["doc_type"] in IS_INV, doc_type=doc["doc_type"],
               date=doc["date"].isoformat(), total=(f"{doc['total']:.0f}" if doc["dec"] == 0 else f"{doc['total']:.2f}") if doc.get("total") is not None else None,
               currency=doc["currency"], supplier=doc["supplier"]["name"], buyer=doc["buyer"]["name"], pages=pages,
               edit_before_capture=False, arithmetic_error=doc.get("arithmetic_error", False))
    lab.update(kw)
    return lab

def read_labels():
    if not os.path.exists(LABELS): return []
    return [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]

def write_labels(labs):
    with open(LABELS, "w", encoding="utf-8") as f:
        for l in labs: f.write(json.dumps(l, ensure_ascii=False) + "\n")

def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
