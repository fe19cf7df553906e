"""Shared data model: invented companies, line items, locale formatting, labels."""
import os, json, random, datetime, copy
from decimal import Decimal as D, ROUND_HALF_UP

BASE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(BASE, 'files')
TMP = os.path.join(BASE, 'tmp')
META = os.path.join(TMP, 'meta')
for _d in (FILES, TMP, META):
    os.makedirs(_d, exist_ok=True)

DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
DEJAVU_B = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
DEJAVU_MONO = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'


def q(x, places=2):
    return x.quantize(D(1) if places == 0 else D('0.01'), ROUND_HALF_UP)

# ---------------------------------------------------------------- profiles
# num style, date style, currency, taxes [(label, rate)]
PROFILES = {
    'CA-ON': dict(lang='en', cur='CAD', num='en', date='iso', taxes=[('HST 13%', '0.13')], country='Canada'),
    'CA-BC': dict(lang='en', cur='CAD', num='en', date='long_en', taxes=[('GST 5%', '0.05'), ('PST 7%', '0.07')], country='Canada'),
    'CA-AB': dict(lang='en', cur='CAD', num='en', date='long_en', taxes=[('GST 5%', '0.05')], country='Canada'),
    'CA-QC': dict(lang='fr', cur='CAD', num='fr', date='long_fr', taxes=[('TPS 5 %', '0.05'), ('TVQ 9,975 %', '0.09975')], country='Canada'),
    'US-NY': dict(lang='en', cur='USD', num='en', date='us', taxes=[('Sales Tax 8.875%', '0.08875')], country='USA'),
    'US-TX': dict(lang='en', cur='USD', num='en', date='us', taxes=[('Sales Tax 8.25%', '0.0825')], country='USA'),
    'US-OR': dict(lang='en', cur='USD', num='en', date='us', taxes=[], country='USA'),
    'MX': dict(lang='es', cur='MXN', num='en', date='dmy_slash', taxes=[('IVA 16%', '0.16')], country='México'),
    'CN': dict(lang='zh', cur='CNY', num='en', date='cjk', taxes=[('税额 13%', '0.13')], country='中国'),
    'CN-EN': dict(lang='en', cur='USD', num='en', date='ymd_slash', taxes=[], country='China'),
    'IN': dict(lang='en', cur='INR', num='in', date='dmon', taxes=[('IGST 18%', '0.18')], country='India'),
    'DE': dict(lang='de', cur='EUR', num='de', date='dmy_dot', taxes=[('USt. 19 %', '0.19')], country='Deutschland'),
    'FR': dict(lang='fr', cur='EUR', num='fr', date='long_fr', taxes=[('TVA 20 %', '0.20')], country='France'),
    'IT': dict(lang='it', cur='EUR', num='de', date='dmy_slash', taxes=[('IVA 22%', '0.22')], country='Italia'),
    'ES': dict(lang='es', cur='EUR', num='de', date='dmy_slash', taxes=[('IVA 21%', '0.21')], country='España'),
    'JP': dict(lang='ja', cur='JPY', num='en', date='cjk', taxes=[('消費税 10%', '0.10')], country='日本'),
    'PL': dict(lang='pl', cur='PLN', num='fr', date='dmy_dot', taxes=[('VAT 23%', '0.23')], country='Polska'),
    'NL': dict(lang='nl', cur='EUR', num='de', date='dmy_dash', taxes=[('BTW 21%', '0.21')], country='Nederland'),
}

L = {  # labels per language
 'en': dict(invoice='INVOICE', tax_invoice='TAX INVOICE', receipt='RECEIPT', credit_note='CREDIT NOTE', proforma='PROFORMA INVOICE',
            packing_list='PACKING LIST', purchase_order='PURCHASE ORDER', quotation='QUOTATION', delivery_note='DELIVERY NOTE', other='PRICE LIST',
            no='Invoice #', date='Date', due='Due date', billto='Bill to', shipto='Ship to', desc='Description', qty='Qty', price='Unit price',
            amount='Amount', subtotal='Subtotal', discount='Discount', shipping='Shipping', total='Total', taxid='Tax reg. no.', terms='Terms: Net 30',
            thanks='Thank you for your business.', page='Page'),
 'fr': dict(invoice='FACTURE', tax_invoice='FACTURE', receipt='REÇU', credit_note="NOTE DE CRÉDIT", proforma='FACTURE PRO FORMA',
            packing_list='BORDEREAU D’EXPÉDITION', purchase_order='BON DE COMMANDE', quotation='SOUMISSION', delivery_note='BON DE LIVRAISON', other='LISTE DE PRIX',
            no='Facture n°', date='Date', due="Échéance", billto='Facturer à', shipto='Livrer à', desc='Description', qty='Qté', price='Prix unitaire',
            amount='Montant', subtotal='Sous-total', discount='Remise', shipping='Transport', total='Total', taxid='N° de taxe', terms='Paiement à 30 jours',
            thanks='Merci de votre confiance.', page='Page'),
 'de': dict(invoice='RECHNUNG', tax_invoice='RECHNUNG', receipt='QUITTUNG', credit_note='GUTSCHRIFT', proforma='PROFORMARECHNUNG',
            packing_list='PACKLISTE', purchase_order='BESTELLUNG', quotation='ANGEBOT', delivery_note='LIEFERSCHEIN', other='PREISLISTE',
            no='Rechnungsnr.', date='Rechnungsdatum', due='Fällig am', billto='Rechnungsempfänger', shipto='Lieferadresse', desc='Bezeichnung', qty='Menge', price='Einzelpreis',
            amount='Gesamt', subtotal='Zwischensumme', discount='Rabatt', shipping='Versand', total='Rechnungsbetrag', taxid='USt-IdNr.', terms='Zahlbar innerhalb 14 Tagen ohne Abzug',
            thanks='Vielen Dank für Ihren Auftrag.', page='Seite'),
 'it': dict(invoice='FATTURA', tax_invoice='FATTURA', receipt='RICEVUTA', credit_note='NOTA DI CREDITO', proforma='FATTURA PROFORMA',
            packing_list='DISTINTA DI IMBALLAGGIO', purchase_order='ORDINE DI ACQUISTO', quotation='PREVENTIVO', delivery_note='DOCUMENTO DI TRASPORTO', other='LISTINO PREZZI',
            no='Fattura n.', date='Data', due='Scadenza', billto='Cliente', shipto='Destinazione', desc='Descrizione', qty='Q.tà', price='Prezzo unit.',
            amount='Importo', subtotal='Imponibile', discount='Sconto', shipping='Spese di spedizione', total='Totale documento', taxid='P.IVA', terms='Pagamento: bonifico 30 gg d.f.',
            thanks='Grazie per la preferenza.', page='Pagina'),
 'es': dict(invoice='FACTURA', tax_invoice='FACTURA', receipt='RECIBO', credit_note='NOTA DE CRÉDITO', proforma='FACTURA PROFORMA',
            packing_list='LISTA DE EMPAQUE', purchase_order='ORDEN DE COMPRA', quotation='COTIZACIÓN', delivery_note='ALBARÁN', other='LISTA DE PRECIOS',
            no='Factura n.º', date='Fecha', due='Vencimiento', billto='Cliente', shipto='Enviar a', desc='Descripción', qty='Cant.', price='Precio unit.',
            amount='Importe', subtotal='Subtotal', discount='Descuento', shipping='Envío', total='Total', taxid='NIF/RFC', terms='Pago a 30 días',
            thanks='Gracias por su compra.', page='Página'),
 'nl': dict(invoice='FACTUUR', tax_invoice='FACTUUR', receipt='KWITANTIE', credit_note='CREDITNOTA', proforma='PROFORMAFACTUUR',
            packing_list='PAKLIJST', purchase_order='INKOOPORDER', quotation='OFFERTE', delivery_note='PAKBON', other='PRIJSLIJST',
            no='Factuurnummer', date='Factuurdatum', due='Vervaldatum', billto='Factuuradres', shipto='Afleveradres', desc='Omschrijving', qty='Aantal', price='Prijs',
            amount='Bedrag', subtotal='Subtotaal', discount='Korting', shipping='Verzendkosten', total='Totaal', taxid='BTW-nr.', terms='Betaling binnen 30 dagen',
            thanks='Bedankt voor uw bestelling.', page='Pagina'),
 'pl': dict(invoice='FAKTURA VAT', tax_invoice='FAKTURA VAT', receipt='PARAGON', credit_note='FAKTURA KORYGUJĄCA', proforma='FAKTURA PRO FORMA',
            packing_list='LISTA PAKOWANIA', purchase_order='ZAMÓWIENIE', quotation='OFERTA', delivery_note='WZ - WYDANIE ZEWNĘTRZNE', other='CENNIK',
            no='Nr faktury', date='Data wystawienia', due='Termin płatności', billto='Nabywca', shipto='Odbiorca', desc='Nazwa towaru', qty='Ilość', price='Cena netto',
            amount='Wartość netto', subtotal='Razem netto', discount='Rabat', shipping='Transport', total='Do zapłaty', taxid='NIP', terms='Przelew 14 dni',
            thanks='Dziękujemy za zakupy.', page='Strona'),
 'ja': dict(invoice='請求書', tax_invoice='適格請求書', receipt='領収書', credit_note='返品伝票', proforma='見積請求書',
            packing_list='梱包明細書', purchase_order='注文書', quotation='御見積書', delivery_note='納品書', other='価格表',
            no='請求番号', date='請求日', due='お支払期限', billto='御中', shipto='納品先', desc='品名', qty='数量', price='単価',
            amount='金額', subtotal='小計', discount='値引', shipping='送料', total='ご請求金額', taxid='登録番号', terms='お振込期限：翌月末',
            thanks='毎度ありがとうございます。', page='頁'),
 'zh': dict(invoice='发票', tax_invoice='增值税专用发票', receipt='收据', credit_note='红字发票', proforma='形式发票',
            packing_list='装箱单', purchase_order='采购订单', quotation='报价单', delivery_note='送货单', other='价目表',
            no='发票号码', date='开票日期', due='付款期限', billto='购买方', shipto='收货地址', desc='货物或应税劳务名称', qty='数量', price='单价',
            amount='金额', subtotal='合计', discount='折扣', shipping='运费', total='价税合计', taxid='纳税人识别号', terms='',
            thanks='', page='页'),
}

MONTHS = {
 'en': 'January February March April May June July August September October November December'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
}

def fmt_date(d, style):
    if style == 'iso': return d.strftime('%Y-%m-%d')
    if style == 'long_en': return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == 'long_fr': return f"{'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month-1]} {d.year}"
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'cjk': return f"{d.year}年{d.month}月{d.day}日"
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'dmon': return d.strftime('%d-%b-%Y')
    raise ValueError(style)


def fmt_num(x, style, places=2):
    x = D(x)
    s = f"{abs(x):,.{places}f}"
    if style == 'de':
        s = s.replace(',', 'X').replace('.', ',').replace('X', '.')
    elif style == 'fr':
        s = s.replace(',', ' ').replace('.', ',')
    elif style == 'in':  # Indian lakh grouping
        ip, _, fp = f"{abs(x):.{places}f}".partition('.')
        if len(ip) > 3:
            head, tail = ip[:-3], ip[-3:]
            parts = []
            while len(head) > 2:
                parts.insert(0, head[-2:]); head = head[:-2]
            if head: parts.insert(0, head)
            ip = ','.join(parts + [tail])
        s = ip + ('.' + fp if fp else '')
    return ('-' if x < 0 else '') + s


SYM = {'CAD': '$', 'USD': '$', 'MXN': '$', 'CNY': '¥', 'INR': '₹', 'EUR': '€', 'JPY': '¥', 'PLN': 'zł'}

def money(x, doc, sym=True):
    p = doc['prof']
    places = 0 if doc['currency'] == 'JPY' else 2
    n = fmt_num(x, p['num'], places)
    if not sym: return n
    cur = doc['currency']; ms = doc.get('money_style', 'pre')
    if ms == 'code': return f"{n} {cur}"
    if cur == 'INR': return 'Rs. ' + n
    if cur in ('EUR', 'PLN') and p['lang'] not in ('nl', 'it') or (cur == 'CAD' and p['lang'] == 'fr'):
        return f"{n} {SYM[cur]}"
    if cur in ('EUR',):
        return f"€ {n}"
    return SYM[cur] + n


def amount_str(x, cur):
    return str(q(D(x), 0 if cur == 'JPY' else 2)) if cur != 'JPY' else str(int(D(x)))

# ---------------------------------------------------------------- invented names
NAMEPARTS = {
 'CA': (['Maple', 'Northbay', 'Laurentian', 'Birchline', 'Harbourfront', 'Cedarvale', 'Kawartha', 'Red River', 'Muskoka', 'Frontenac', 'Polar Ridge', 'Tidewater'],
        ['Supply', 'Wholesale', 'Distribution', 'Trading Co.', 'Goods', 'Imports', 'Packaging', 'Home Products'], ['Inc.', 'Ltd.', 'Corp.', '']),
 'QC': (['Boréal', 'Fleurdelys', 'Saint-Laurent', 'Outaouais', 'Chicoutimi', 'Rive-Sud', 'Les Érables', 'Mauricie'],
        ['Distribution', 'Grossiste', 'Import-Export', 'Fournitures', 'Emballages'], ['inc.', 'ltée', 'S.E.N.C.']),
 'US': (['Blue Mesa', 'Great Lakes', 'Ironwood', 'Pinecrest', 'Sunbelt', 'Hudson Valley', 'Lone Star', 'Cascade', 'Prairie Gold', 'Bayside'],
        ['Supply Co.', 'Wholesale', 'Merchandise', 'Trading', 'Distributors', 'Brands'], ['LLC', 'Inc.', 'Corp.']),
 'MX': (['Comercializadora', 'Distribuidora', 'Importadora', 'Grupo'], ['Azteca Norte', 'Del Bajío', 'Sierra Madre', 'Tapatía', 'Regia Mayoreo', 'Golfo Sur'], ['S.A. de C.V.', 'S. de R.L. de C.V.']),
 'CN': (['深圳市', '义乌市', '宁波', '广州市', '东莞市'], ['华瑞', '鑫达', '博远', '恒通', '宏泰', '联创'], ['贸易有限公司', '电子科技有限公司', '日用品有限公司']),
 'CN-EN': (['Shenzhen', 'Yiwu', 'Ningbo', 'Dongguan', 'Xiamen'], ['Huarui', 'Xinda', 'Boyuan', 'Hengtong', 'Lianchuang', 'Jiaxin'], ['Trading Co., Ltd.', 'Industrial Co., Ltd.', 'Import & Export Co., Ltd.']),
 'IN': (['Sri', 'Shree', 'Navkar', 'Vardhman', 'Kaveri'], ['Textiles', 'Handicrafts', 'Exports', 'Brassware', 'Home Linen'], ['Pvt. Ltd.', 'LLP', '& Sons']),
 'DE': (['Rheintal', 'Nordlicht', 'Schwarzwald', 'Elbtal', 'Alpenblick', 'Hanse'], ['Handels', 'Versand', 'Großhandel', 'Vertriebs'], ['GmbH', 'GmbH & Co. KG', 'AG']),
 'FR': (['Atelier', 'Comptoir', 'Maison', 'Société'], ['du Rhône', 'Bretagne Import', 'Provence Déco', 'Loire Négoce'], ['SARL', 'SAS', 'SA']),
 'IT': (['Lombarda', 'Adriatica', 'Toscana', 'Veneta', 'Partenopea'], ['Forniture', 'Commerciale', 'Ingrosso', 'Distribuzione'], ['S.r.l.', 'S.p.A.', 'S.n.c.']),
 'ES': (['Levante', 'Cantábrica', 'Ibérica', 'Meseta', 'Guadalquivir'], ['Suministros', 'Distribuciones', 'Mayorista', 'Comercial'], ['S.L.', 'S.A.']),
 'JP': (['東和', '北斗', '丸大', '昭栄', '大和'], ['商事', '物産', '工業', '産業'], ['株式会社', '有限会社']),
 'PL': (['Wisła', 'Mazowsze', 'Bałtyk', 'Karkonosze', 'Warta'], ['Hurt', 'Dystrybucja', 'Handel', 'Import'], ['Sp. z o.o.', 'S.A.', 'Sp.j.']),
 'NL': (['Zuiderzee', 'Vechtdal', 'Polder', 'Noordkaap', 'Duinrand'], ['Groothandel', 'Distributie', 'Handelsonderneming', 'Logistiek'], ['B.V.', 'V.O.F.', 'N.V.']),
}
STREETS = {
 'CA': ['Dundas St W', 'Steeles Ave E', 'Rue Sherbrooke Est', 'Kingsway', 'Macleod Trail SE', 'Highway 7', 'Bloor St E', 'Boul. Saint-Laurent'],
 'US': ['Industrial Pkwy', 'Commerce Dr', 'W 37th St', 'Airport Blvd', 'Market St', 'Route 9'],
}
CITIES = {
 'CA-ON': [('Mississauga', 'ON', 'L5T 2J4'), ('Toronto', 'ON', 'M6K 3P1'), ('Brampton', 'ON', 'L6T 5G8'), ('Ottawa', 'ON', 'K1G 3N3')],
 'CA-BC': [('Burnaby', 'BC', 'V5J 5C6'), ('Richmond', 'BC', 'V6X 2W8'), ('Surrey', 'BC', 'V3S 9P1')],
 'CA-AB': [('Calgary', 'AB', 'T2H 0K8'), ('Edmonton', 'AB', 'T6E 5R2')],
 'CA-QC': [('Laval', 'QC', 'H7L 4R9'), ('Montréal', 'QC', 'H4T 1E3'), ('Longueuil', 'QC', 'J4G 2M1'), ('Québec', 'QC', 'G1P 3W2')],
 'US-NY': [('Brooklyn', 'NY', '11232'), ('Buffalo', 'NY', '14206')],
 'US-TX': [('Houston', 'TX', '77041'), ('Dallas', 'TX', '75247')],
 'US-OR': [('Portland', 'OR', '97230'), ('Salem', 'OR', '97301')],
}

def taxid(prof_key, rng):
    r = lambda n: ''.join(str(rng.randint(0, 9)) for _ in range(n))
    A = lambda n: ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(n))
    if prof_key.startswith('CA'):
        s = f"GST/HST {r(9)} RT0001"
        if prof_key == 'CA-QC': s = f"TPS {r(9)} RT0001 · TVQ {r(10)} TQ0001"
        if prof_key == 'CA-BC': s += f" · PST-{r(4)}-{r(4)}"
        return s
    key = 'CN' if prof_key.startswith('CN') else prof_key.split('-')[0]
    return {
        'US': lambda: f"EIN {r(2)}-{r(7)}", 'MX': lambda: f"RFC {A(3)}{r(6)}{A(2)}{r(1)}",
        'CN': lambda: f"91{r(4)}{A(1)}{r(4)}{A(3)}{r(4)}", 'IN': lambda: f"GSTIN {r(2)}{A(5)}{r(4)}{A(1)}1Z{r(1)}",
        'DE': lambda: f"DE{r(9)}", 'FR': lambda: f"FR{r(11)}", 'IT': lambda: f"IT{r(11)}", 'ES': lambda: f"ESB{r(8)}",
        'JP': lambda: f"T{r(13)}", 'PL': lambda: f"{r(3)}-{r(3)}-{r(2)}-{r(2)}", 'NL': lambda: f"NL{r(9)}B01",
    }[key]()


def company(prof_key, rng):
    key = {'CA-QC': 'QC'}.get(prof_key, prof_key.split('-')[0] if prof_key != 'CN-EN' else 'CN-EN')
    a, b, c = NAMEPARTS[key]
    if key in ('CN', 'JP'):
        name = (rng.choice(c) + rng.choice(a) + rng.choice(b)) if (key == 'JP' and rng.random() < .5) else rng.choice(a) + rng.choice(b) + rng.choice(c)
    else:
        name = ' '.join(x for x in (rng.choice(a), rng.choice(b), rng.choice(c)) if x)
    n = rng.randint(12, 9800)
    if prof_key in CITIES:
        city, prov, pc = rng.choice(CITIES[prof_key])
        st = rng.choice(STREETS['CA' if prof_key.startswith('CA') else 'US'])
        addr = [f"{n} {st}, Unit {rng.randint(1, 40)}" if rng.random() < .4 else f"{n} {st}", f"{city}, {prov} {pc}"]
    else:
        addr = {
            'MX': [f"Av. Industrias {n}, Col. Centro", f"C.P. {rng.randint(10000, 99999)}, Guadalajara, Jal."],
            'CN': [f"龙岗区坂田街道{rng.randint(1, 99)}号", "广东省深圳市"],
            'CN-EN': [f"No. {rng.randint(1, 300)} Jiangbin Road, Futian", "Guangdong, China 518000"],
            'IN': [f"Plot {rng.randint(1, 300)}, MIDC Phase II", f"Jaipur, Rajasthan {rng.randint(302001, 302039)}"],
            'DE': [f"Industriestraße {rng.randint(1, 120)}", f"{rng.randint(10000, 99999)} Köln"],
            'FR': [f"{rng.randint(1, 120)} rue des Tanneurs", f"{rng.randint(10000, 95999)} Lyon"],
            'IT': [f"Via Roma {rng.randint(1, 200)}", f"{rng.randint(10000, 99999)} Milano (MI)"],
            'ES': [f"C/ Mayor {rng.randint(1, 200)}", f"{rng.randint(10000, 52999)} Valencia"],
            'JP': [f"東京都大田区平和島{rng.randint(1, 6)}-{rng.randint(1, 20)}-{rng.randint(1, 9)}"],
            'PL': [f"ul. Przemysłowa {rng.randint(1, 90)}", f"{rng.randint(10, 99)}-{rng.randint(100, 999)} Poznań"],
            'NL': [f"Havenweg {rng.randint(1, 200)}", f"{rng.randint(1000, 9999)} {rng.choice('AB CD EF KL'.split())} Utrecht"],
        }[prof_key.split('-')[0] if prof_key != 'CN-EN' else 'CN-EN']
    return dict(name=name, addr=addr, taxid=taxid(prof_key, rng))

# Canadian Amazon sellers (buyers)
BUYERS = [
    ('Trillium Home Goods Inc.', ['88 Progress Ave, Unit 5', 'Scarborough, ON M1P 2Y7']),
    ('Northern Loon Trading Ltd.', ['2150 Lakeshore Rd W', 'Oakville, ON L6L 1G9']),
    ('Poutine & Pixels Commerce inc.', ['4500 rue Jean-Talon O, bureau 210', 'Montréal, QC H4P 1W9']),
    ('Beaverbrook Online Retail Corp.', ['17 Wellington St N', 'Hamilton, ON L8R 1M9']),
    ('Okanagan Kitchen Co. Ltd.', ['355 Bernard Ave', 'Kelowna, BC V1Y 6N8']),
    ('Chinook Outdoor Supply Inc.', ['1010 8 Ave SW', 'Calgary, AB T2P 1J2']),
    ('Galerie Nordique en ligne inc.', ['90 boul. Taschereau', 'La Prairie, QC J5R 5H4']),
    ('Six Nations Pet Supply Ltd.', ['41 Main St', 'Brantford, ON N3T 2M4']),
    ('Fundy Coast Crafts Inc.', ['12 Water St', 'Saint John, NB E2L 1P9']),
    ('Prairie Sky Baby Co.', ['600 Broadway Ave', 'Saskatoon, SK S7N 1B6']),
]

PRODUCTS = [  # en, fr, de, it, es, nl, pl, ja, zh, base price USD
 ('Bamboo cutting board set (3 pc)', 'Ensemble planches à découper bambou (3)', 'Bambus-Schneidebrett-Set (3-tlg.)', 'Set taglieri in bambù (3 pz)', 'Juego de tablas de bambú (3 pzs)', 'Bamboe snijplankenset (3-delig)', 'Zestaw desek bambusowych (3 szt.)', '竹製まな板セット（3枚組）', '竹制砧板套装（3件）', 7.80),
 ('Silicone baking mat 40x30 cm', 'Tapis de cuisson silicone 40x30', 'Silikon-Backmatte 40x30 cm', 'Tappetino da forno in silicone', 'Tapete de silicona para hornear', 'Siliconen bakmat 40x30 cm', 'Mata silikonowa do pieczenia', 'シリコン製ベーキングマット', '硅胶烘焙垫 40x30', 2.35),
 ('USB-C charging cable 2 m braided', 'Câble USB-C tressé 2 m', 'USB-C Ladekabel 2 m geflochten', 'Cavo USB-C intrecciato 2 m', 'Cable USB-C trenzado 2 m', 'USB-C laadkabel 2 m gevlochten', 'Kabel USB-C w oplocie 2 m', 'USB-C充電ケーブル 2m', 'USB-C 编织充电线 2米', 1.45),
 ('Yoga mat 6 mm TPE, purple', 'Tapis de yoga 6 mm TPE, violet', 'Yogamatte 6 mm TPE, lila', 'Tappetino yoga 6 mm TPE viola', 'Esterilla de yoga 6 mm TPE', 'Yogamat 6 mm TPE, paars', 'Mata do jogi 6 mm TPE', 'ヨガマット 6mm TPE', 'TPE瑜伽垫 6毫米 紫色', 6.90),
 ('Stainless steel water bottle 750 ml', 'Gourde en acier inoxydable 750 ml', 'Edelstahl-Trinkflasche 750 ml', 'Borraccia in acciaio 750 ml', 'Botella de acero inoxidable 750 ml', 'RVS drinkfles 750 ml', 'Butelka stalowa 750 ml', 'ステンレスボトル 750ml', '不锈钢保温水壶 750毫升', 4.20),
 ('LED desk lamp, dimmable', 'Lampe de bureau DEL à intensité variable', 'LED-Schreibtischlampe, dimmbar', 'Lampada da scrivania LED', 'Lámpara LED de escritorio regulable', 'LED bureaulamp, dimbaar', 'Lampka biurkowa LED', 'LEDデスクライト 調光式', 'LED可调光台灯', 9.60),
 ('Pet grooming glove (pair)', 'Gant de toilettage pour animaux (paire)', 'Fellpflege-Handschuh (Paar)', 'Guanto per toelettatura (paio)', 'Guante de aseo para mascotas (par)', 'Vachtverzorgingshandschoen (paar)', 'Rękawica do pielęgnacji sierści', 'ペット用グルーミンググローブ', '宠物除毛手套（一副）', 1.95),
 ('Cotton tea towels, set of 4', 'Linges à vaisselle en coton (4)', 'Geschirrtücher Baumwolle 4er-Set', 'Strofinacci in cotone (set da 4)', 'Paños de cocina de algodón (4)', 'Katoenen theedoeken, set van 4', 'Ściereczki bawełniane 4 szt.', '綿ティータオル 4枚セット', '纯棉茶巾 4条装', 3.10),
 ('Kids puzzle 100 pc, animals', 'Casse-tête enfants 100 mcx', 'Kinderpuzzle 100 Teile Tiere', 'Puzzle bambini 100 pz animali', 'Rompecabezas infantil 100 pzs', 'Kinderpuzzel 100 stukjes dieren', 'Puzzle dla dzieci 100 el.', '子供用パズル 100ピース', '儿童动物拼图 100片', 2.80),
 ('Phone stand, aluminium', 'Support de téléphone en aluminium', 'Handyständer Aluminium', 'Supporto smartphone alluminio', 'Soporte de aluminio para móvil', 'Telefoonstandaard aluminium', 'Stojak na telefon aluminiowy', 'アルミ製スマホスタンド', '铝合金手机支架', 2.55),
 ('Reusable beeswax wraps (3 sizes)', 'Emballages à la cire d’abeille (3)', 'Bienenwachstücher (3 Größen)', 'Involucri in cera d’api (3)', 'Envoltorios de cera de abeja (3)', 'Bijenwasdoeken (3 maten)', 'Woskowijki (3 rozmiary)', '蜜蝋ラップ 3サイズ', '蜂蜡保鲜布（3种尺寸）', 3.40),
 ('Resistance bands, set of 5', 'Bandes élastiques d’exercice (5)', 'Widerstandsbänder 5er-Set', 'Bande elastiche fitness (5)', 'Bandas de resistencia (5)', 'Weerstandsbanden, set van 5', 'Gumy oporowe 5 szt.', 'トレーニングチューブ 5本組', '弹力阻力带 5件套', 3.75),
]
LANG_IDX = {'en': 0, 'fr': 1, 'de': 2, 'it': 3, 'es': 4, 'nl': 5, 'pl': 6, 'ja': 7, 'zh': 8}
FX = {'USD': 1, 'CAD': 1.37, 'MXN': 18.0, 'CNY': 7.2, 'INR': 84, 'EUR': 0.92, 'JPY': 150, 'PLN': 3.95}


def make_doc(rng, prof_key, doc_type='invoice', n_lines=None, discount=None, shipping=None, arith_err=None,
             date=None, buyer=None, money_style='pre', with_prices=True):
    prof = PROFILES[prof_key]
    lang = prof['lang']; cur = prof['cur']
    sup = company(prof_key, rng)
    bname, baddr = buyer or rng.choice(BUYERS)
    if date is None:
        date = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 300))
    n_lines = n_lines or rng.randint(1, 7)
    prods = rng.sample(PRODUCTS, min(n_lines, len(PRODUCTS)))
    while len(prods) < n_lines:
        p = rng.choice(PRODUCTS); prods.append(p)
    places = 0 if cur == 'JPY' else 2
    lines = []
    for i, p in enumerate(prods):
        desc = p[LANG_IDX[lang]]
        if n_lines > len(PRODUCTS) and i >= len(PRODUCTS):
            desc += f" – {rng.choice(['black', 'white', 'grey', 'blue', 'XL', 'S', 'v2'])}"
        qty = rng.choice([10, 12, 20, 24, 25, 36, 48, 50, 60, 100, 120, 150, 200, 250, 300, 500])
        if doc_type == 'receipt':
            qty = rng.randint(1, 6)
        unit = q(D(str(p[9] * FX[cur] * rng.uniform(0.8, 1.3))), places)
        if doc_type == 'receipt':
            unit = q(unit * D('2.6'), places)
        amt = q(qty * unit, places)
        sku = f"{''.join(rng.choice('ABCDEFGHKMNPRSTWX') for _ in range(2))}-{rng.randint(1000, 9999)}"
        lines.append(dict(desc=desc, sku=sku, qty=qty, unit=unit, amount=amt))
    sub = sum((l['amount'] for l in lines), D(0))
    disc = q(sub * D(str(discount)), places) if discount else D(0)
    ship = q(D(str(shipping)) * D(str(FX[cur])), places) if shipping else D(0)
    base = sub - disc + ship
    taxes = [] if doc_type in ('packing_list', 'delivery_note', 'other') else [(lab, q(base * D(r), places)) for lab, r in prof['taxes']]
    total = base + sum((t for _, t in taxes), D(0))
    err_note = None
    # deliberate arithmetic mistakes (printed values do not add up)
    if arith_err == 'line':
        l = lines[rng.randrange(len(lines))]
        l['amount'] = l['amount'] + (D(10) ** rng.choice([1, 2]) if places == 0 else D(rng.choice(['10.00', '9.00', '100.00'])))
        err_note = 'one line amount != qty*unit; subtotal/total use the correct line value'
    elif arith_err == 'total':
        total = total + D(rng.choice(['10', '90', '1'])) * (1 if places == 0 else D('1.00'))
        err_note = 'grand total differs from subtotal+tax'
    elif arith_err == 'tax' and taxes:
        lab, t = taxes[0]
        taxes[0] = (lab, q(t * D('1.1'), places))
        err_note = 'tax amount != rate x base; total = subtotal + printed tax'
        total = base + sum((t for _, t in taxes), D(0))
    elif arith_err == 'sum':
        sub = sub + D(rng.choice(['20', '100'])); base = sub - disc + ship
        total = base + sum((t for _, t in taxes), D(0))
        err_note = 'subtotal != sum of lines'
    num = {'en': 'INV-', 'fr': 'F', 'de': 'RE-', 'it': 'FT/', 'es': 'F-', 'nl': 'F', 'pl': 'FV/', 'ja': 'No.', 'zh': ''}[lang]
    number = num + str(rng.randint(10000, 99999)) if lang != 'zh' else str(rng.randint(10000000, 99999999))
    if doc_type == 'credit_note':
        number = 'CN-' + str(rng.randint(1000, 9999))
    doc = dict(prof_key=prof_key, prof=prof, lang=lang, currency=cur, supplier=sup, buyer=dict(name=bname, addr=baddr),
               date=date.isoformat(), due=(date + datetime.timedelta(days=30)).isoformat(), number=number, lines=lines,
               subtotal=sub, discount=disc, discount_pct=discount, shipping=ship, taxes=taxes, total=total, doc_type=doc_type,
               arith_err=arith_err, err_note=err_note, money_style=money_style, with_prices=with_prices, places=places)
    return doc


def T(doc, key):
    return L[doc['lang']][key]

def dstr(doc, which='date'):
    return fmt_date(datetime.date.fromisoformat(doc[which]), doc['prof']['date'])

def title(doc):
    return L[doc['lang']][doc['doc_type']]

# ---------------------------------------------------------------- serialisation / labels
def doc_to_json(doc):
    def conv(o):
        if isinstance(o, D): return str(o)
        if isinstance(o, dict): return {k: conv(v) for k, v in o.items()}
        if isinstance(o, (list, tuple)): return [conv(v) for v in o]
        return o
    return conv(doc)

def doc_from_json(j):
    d = copy.deepcopy(j)
    for k in ('subtotal', 'discount', 'shipping', 'total'):
        d[k] = D(d[k])
    d['taxes'] = [(a, D(b)) for a, b in d['taxes']]
    for l in d['lines']:
        l['unit'] = D(l['unit']); l['amount'] = D(l['amount'])
    return d

IS_INVOICE = {'invoice': True, 'tax_invoice': True, 'receipt': True, 'credit_note': True, 'proforma': False,
              'packing_list': False, 'purchase_order': False, 'quotation': False, 'delivery_note': False, 'other': False}
LANGNAME = {'en': 'en', 'fr': 'fr', 'de': 'de', 'it': 'it', 'es': 'es', 'nl': 'nl', 'pl': 'pl', 'ja': 'ja', 'zh': 'zh'}


def label(fname, doc, producer, pages, genuine=True, edit_method=None, what_changed=None, edit_before_capture=False, **extra):
    total = None
    if doc['with_prices'] and doc['doc_type'] not in ('packing_list', 'delivery_note', 'other'):
        total = amount_str(doc['total'], doc['currency'])
    rec = dict(file=fname, genuine=genuine, edit_method=edit_method, what_changed=what_changed or [], producer=producer,
               language=doc['lang'], is_invoice=IS_INVOICE[doc['doc_type']], doc_type=doc['doc_type'], date=doc['date'],
               total=total, currency=doc['currency'], supplier=doc['supplier']['name'], buyer=doc['buyer']['name'],
               pages=pages, edit_before_capture=edit_before_capture,
               arithmetic_error=bool(doc.get('arith_err')) and genuine)
    if doc.get('err_note') and genuine: rec['arithmetic_note'] = doc['err_note']
    rec.update(extra)
    return rec


class LabelSink:
    """Each part writes its own tmp/labels_<part>.jsonl; make.py merges them."""
    def __init__(self, part):
        self.path = os.path.join(TMP, f'labels_{part}.jsonl')
        self.f = open(self.path, 'w', encoding='utf-8')
    def add(self, rec, doc=None, src=None, transform=None):
        self.f.write(json.dumps(rec, ensure_ascii=False) + '\n'); self.f.flush()
        if doc is not None:
            with open(os.path.join(META, rec['file'] + '.json'), 'w', encoding='utf-8') as m:
                json.dump(dict(doc=doc_to_json(doc), src=src, transform=transform, label=rec), m, ensure_ascii=False)
    def close(self):
        self.f.close()


def pdf_pages(path):
    import pypdf
    return len(pypdf.PdfReader(path).pages)
