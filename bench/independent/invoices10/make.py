#!/usr/bin/env python3
"""Build a labelled set of supplier invoices (genuine + edited) for a small NJ
kitchen & pet Amazon seller.  Run with /work/main/.venv/bin/python make.py [limit]

Everything (companies, tax ids, addresses, amounts) is invented.
Stages: 1 plan documents -> 2 render (html/chromium, weasyprint, reportlab, fpdf2,
docx+soffice, fods+soffice) -> 3 scans / phone photos -> 4 edits -> 5 labels + check.
"""
import copy, sys, os, json, random, subprocess, shutil, math, io, datetime as dt, html as H
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

BASE = Path(__file__).resolve().parent
OUT = BASE / 'files'
WORK = BASE / 'work'
LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 10**6
R = random.Random(20261206)

FONT_DJ = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
FONT_DJB = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'
FONT_DJM = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
FONT_WQY = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'


def q2(x, places='0.01'):
    return D(x).quantize(D(places), ROUND_HALF_UP)


# ---------------------------------------------------------------- formatting
def fmt_num(x, style='us', dec=2):
    x = q2(x, '1' if dec == 0 else '0.' + '0' * (dec - 1) + '1')
    neg = x < 0
    s = f"{abs(x):,.{dec}f}"
    if style == 'eu':
        s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    elif style == 'fr':
        s = s.replace(',', ' ').replace('.', ',')
    elif style == 'plain':
        s = s.replace(',', '')
    elif style == 'ch':
        s = s.replace(',', "'")
    return ('-' if neg else '') + s


MONTHS = {
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'en': 'January February March April May June July August September October November December'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
}


def fmt_date(d, style):
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'us_short': return f"{d.month}/{d.day}/{d.year}"
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'iso': return d.isoformat()
    if style == 'zh': return f"{d.year}年{d.month}月{d.day}日"
    if style == 'en_long': return f"{MONTHS['en'][d.month-1]} {d.day}, {d.year}"
    if style == 'en_abbr': return d.strftime('%d-%b-%Y')
    if style.endswith('_long'):
        lg = style[:2]
        if lg == 'es': return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
        if lg == 'de': return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
        return f"{d.day} {MONTHS[lg][d.month-1]} {d.year}"
    raise ValueError(style)


CUR_SYM = {'USD': '$', 'CNY': '¥', 'EUR': '€', 'JPY': '¥', 'MXN': '$', 'CAD': '$', 'PLN': 'zł'}


def money(doc, x, sym=True):
    dec = 0 if doc['currency'] == 'JPY' else 2
    s = fmt_num(x, doc['numstyle'], dec)
    if not sym: return s
    c = doc['currency']
    if c in ('EUR', 'PLN') and doc['numstyle'] in ('eu', 'fr'):
        return f"{s} {CUR_SYM[c]}"
    if c == 'PLN': return f"{s} zł"
    if c == 'CAD' and doc['numstyle'] == 'fr': return f"{s} $"
    return f"{CUR_SYM[c]}{s}"


# ----------------------------------------------------------- chinese capitals
def cn_upper(x):
    digs = '零壹贰叁肆伍陆柒捌玖'
    units = ['', '拾', '佰', '仟']
    x = q2(x)
    yuan = int(x)
    jf = int((x - yuan) * 100)
    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            d = n // (10 ** i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += digs[d] + units[i]
        return s
    parts = []
    wan, rest = divmod(yuan, 10000)
    if wan: parts.append(four(wan) + '万')
    if rest:
        if wan and rest < 1000: parts.append('零')
        parts.append(four(rest))
    s = ''.join(parts) or '零'
    s += '圆'
    j, f = divmod(jf, 10)
    if j == 0 and f == 0: return s + '整'
    if j: s += digs[j] + '角'
    elif f: s += '零'
    if f: s += digs[f] + '分'
    return s


# ------------------------------------------------------------------ parties
BUYER = dict(key='mc', name='Marlow Creek Home & Pet LLC',
             addr=['214 Fernhill Road, Unit B', 'Hamilton Township, NJ 08619', 'United States'],
             contact='Dana Okafor', taxid='EIN 88-3140527', email='orders@marlowcreek-hp.example',
             phone='(609) 555-0148')
PREP = ['ShipNest Prep LLC (for Marlow Creek)', '90 Pike Run Road, Dock 4', 'Cranbury, NJ 08512']
AGENT = dict(key='agent', name='义乌市恒通进出口有限公司', taxid='91330782MA2F8R6L3N',
             addr=['浙江省义乌市稠城街道宾王路188号', '0579-85521736'])
FAKE_BUYERS = ['Bright Harbor Goods LLC', 'Sunny Nest Trading LLC', 'Okafor Family Brands LLC',
               'Pinecrest Pantry & Paws Inc.', 'Tidewater Home Finds LLC', 'Garden State Goods Co.']

SUP = {
 'ningbo': dict(name='Ningbo Jiahe Kitchenware Co., Ltd.', zh='宁波嘉禾厨具有限公司',
      addr=['No. 88 Xingye Road, Yinzhou District', 'Ningbo, Zhejiang 315100, China'],
      taxid='USCC 91330212MA2H7K3Q5X', phone='+86 574 8826 1937', email='sales@jiahe-kw.example',
      lang='zh+en', cur='USD', cat='kitchen_cn'),
 'yiwu': dict(name='Yiwu Ruifeng Pet Products Co., Ltd.', zh='义乌瑞丰宠物用品有限公司',
      addr=['Bldg 3, No. 216 Chouzhou North Road', 'Yiwu, Zhejiang 322000, China'],
      taxid='USCC 91330782MA2E4W9T1C', phone='+86 579 8553 6620', email='amy@ruifengpet.example',
      lang='zh+en', cur='USD', cat='pet_cn'),
 'guangzhou': dict(name='Guangzhou Meiyi Household Products Co., Ltd.', zh='广州美逸家居用品有限公司',
      addr=['Room 1206, No. 33 Huangpu Avenue West', 'Tianhe District, Guangzhou 510620, China'],
      taxid='USCC 91440106MA5CX2P80J', phone='+86 20 3892 4471', email='export@meiyi-home.example',
      lang='zh+en', cur='USD', cat='kitchen_cn'),
 'shenzhen': dict(name='深圳联创硅胶科技有限公司', zh='深圳联创硅胶科技有限公司',
      addr=['深圳市宝安区福永街道凤凰工业区7栋', '0755-27386615'],
      taxid='91440300MA5G3YKD6R', bank='中国建设银行深圳福永支行 44250100003609288135',
      lang='zh', cur='CNY', cat='kitchen_cn'),
 'delmarva': dict(name='Delmarva Housewares Supply, Inc.', addr=['4410 Bay Industrial Pkwy', 'Dover, DE 19901'],
      phone='(302) 555-0193', email='ar@delmarvahousewares.example', taxid='', lang='en', cur='USD', cat='kitchen_us'),
 'tricounty': dict(name='Tri-County Pet Distributors LLC', addr=['1290 Commerce Blvd, Suite 6', 'Secaucus, NJ 07094'],
      phone='(201) 555-0177', email='billing@tricountypet.example', taxid='NJ Tax ID 311-842-907/000', lang='en', cur='USD', cat='pet_us'),
 'keystone': dict(name='Keystone Kitchen Wholesale Co.', addr=['615 Lancaster Avenue', 'Reading, PA 19601'],
      phone='(610) 555-0126', email='invoices@keystonekw.example', taxid='', lang='en', cur='USD', cat='kitchen_us'),
 'hudson': dict(name='Hudson Valley Pet & Garden Supply', addr=['42 Route 9W', 'Newburgh, NY 12550'],
      phone='(845) 555-0102', email='hello@hvpetgarden.example', taxid='', lang='en', cur='USD', cat='pet_us'),
 'greatlakes': dict(name='Great Lakes Bakeware Distributing LLC', addr=['2200 Front Street', 'Toledo, OH 43605'],
      phone='(419) 555-0164', email='orders@glbakeware.example', taxid='', lang='en', cur='USD', cat='kitchen_us'),
 'bulkway': dict(name='BULKWAY WAREHOUSE CLUB #0417', addr=['1500 ROUTE 1 SOUTH', 'EDISON NJ 08837'],
      phone='(732) 555-0110', taxid='', lang='en', cur='USD', cat='club'),
 'pricehaven': dict(name='PRICEHAVEN WHOLESALE #212', addr=['3350 BRUNSWICK PIKE', 'LAWRENCEVILLE NJ 08648'],
      phone='(609) 555-0189', taxid='', lang='en', cur='USD', cat='club'),
 'bajio': dict(name='Cerámica Artesanal del Bajío S.A. de C.V.', addr=['Calle Hidalgo 412, Col. Centro', 'Dolores Hidalgo, Gto., C.P. 37800, México'],
      taxid='RFC CAB190312K47', phone='+52 418 555 2291', email='ventas@ceramicabajio.example', lang='es', cur='MXN', cat='ceramic_mx'),
 'jalisco': dict(name='Textiles y Accesorios Mascota Jalisco S. de R.L. de C.V.', addr=['Av. Niños Héroes 1877', 'San Pedro Tlaquepaque, Jal., C.P. 45500, México'],
      taxid='RFC TAM2006184T2', phone='+52 33 5555 8140', email='facturacion@tamjal.example', lang='es', cur='MXN', cat='pet_mx'),
 'erable': dict(name='Érablière Cuisine Distribution Inc.', addr=['1450, rue Girouard Ouest', 'Saint-Hyacinthe (Québec) J2S 2Z9, Canada'],
      taxid='TPS/GST 742193308 RT0001 · TVQ/QST 1228457391 TQ0001', phone='450 555-0137', email='comptes@erabliere-cuisine.example',
      lang='fr+en', cur='CAD', cat='kitchen_ca'),
 'maplepaws': dict(name='Maple Paws Supply Ltd.', addr=['6655 Kitimat Road, Unit 12', 'Mississauga, ON L5N 6J4, Canada'],
      taxid='HST/BN 817334402 RT0001', phone='905-555-0155', email='ar@maplepaws.example', lang='en', cur='CAD', cat='pet_ca'),
 'rheinfeld': dict(name='Rheinfeld Schneidwaren GmbH', addr=['Klingenstraße 17', '42699 Wehrbach-Ohligs, Deutschland'],
      taxid='USt-IdNr. DE318664207', phone='+49 212 5550 318', email='buchhaltung@rheinfeld-sw.example',
      reg='Amtsgericht Wehrbach HRB 20871 · GF: Jörg Rheinfeld', bank='IBAN DE41 3405 0000 0027 1183 55 · BIC WEHRDEM1XXX',
      lang='de', cur='EUR', cat='knives_de'),
 'fontclaire': dict(name='Atelier Fontclaire SARL', addr=['12, chemin des Tilleuls', '69440 Mornant-le-Haut, France'],
      taxid='TVA intracom. FR27 842915306', reg='SARL au capital de 20 000 € · RCS Lyon 842 915 306', phone='+33 4 78 55 02 61',
      email='compta@fontclaire.example', bank='IBAN FR76 1027 8073 1200 0204 6180 143', lang='fr', cur='EUR', cat='home_fr'),
 'valtellina': dict(name='Moka Valtellina S.r.l.', addr=['Via dei Mulini 45', '23017 Morbegno Alto (SO), Italia'],
      taxid='P.IVA IT03715480138', reg='REA SO-291847 · Cap. soc. € 50.000 i.v.', phone='+39 0342 555 617',
      email='amministrazione@mokavaltellina.example', bank='IBAN IT60 X054 2811 1010 0000 0123 456', lang='it', cur='EUR', cat='moka_it'),
 'podgorze': dict(name='Emalia Podgórze Sp. z o.o.', addr=['ul. Zabłocie 29', '30-701 Kraków, Polska'],
      taxid='NIP 6793218874', reg='KRS 0000784512 · BDO 000298731', phone='+48 12 555 40 18', email='faktury@emaliapodgorze.example',
      bank='PL61 1090 2835 0000 0001 4785 3921', lang='pl', cur='PLN', cat='enamel_pl'),
 'vandijk': dict(name='Dierenmand Van Dijk B.V.', addr=['Industrieweg 58', '5145 PV Waalwijk-Noord, Nederland'],
      taxid='BTW NL862315447B01', reg='KvK 71833519', phone='+31 416 555 872', email='administratie@vandijkdier.example',
      bank='IBAN NL39 RABO 0318 4471 20', lang='nl', cur='EUR', cat='pet_nl'),
 'mikawa': dict(name='株式会社 三河陶房', addr=['〒444-0943 愛知県岡崎市矢作町字東原58-3', 'TEL 0564-55-3187'],
      taxid='登録番号 T4180301071234', bank='三河中央銀行 岡崎支店 普通 1234567 カ）ミカワトウボウ', lang='ja', cur='JPY', cat='ceramic_jp'),
}

CAT = {
 'kitchen_cn': [('JH-SM01', 'Silicone Baking Mat 16x11.6in', '硅胶烘焙垫', 1.35), ('JH-MC07', 'Stainless Measuring Cup Set 7pc', '不锈钢量杯套装', 3.10),
    ('JH-BB18', 'Bamboo Cutting Board 18x12in', '竹制砧板', 4.80), ('JH-SK10', 'Cast Iron Skillet 10in Pre-seasoned', '铸铁煎锅', 6.75),
    ('JH-FB1L', 'Reusable Silicone Food Bag 1L', '硅胶保鲜袋', 0.95), ('JH-WK12', 'Stainless Balloon Whisk 12in', '不锈钢打蛋器', 0.88),
    ('JH-SP05', 'Silicone Spatula Set 5pc', '硅胶铲套装', 1.62), ('JH-OM02', 'Quilted Oven Mitt Pair', '隔热手套(对)', 1.18)],
 'pet_cn': [('RF-PB350', 'Collapsible Silicone Pet Bowl 350ml', '折叠硅胶宠物碗', 0.62), ('RF-CW01', 'Cat Teaser Wand w/ Feather Refill', '逗猫棒', 0.85),
    ('RF-PBG24', 'Dog Poop Bag 15ct x 24 Rolls', '狗狗拾便袋', 1.90), ('RF-SF02', 'Slow Feeder Dog Bowl Maze', '慢食狗碗', 1.45),
    ('RF-GG01', 'Pet Deshedding Grooming Glove', '宠物除毛手套', 0.78), ('RF-LM20', 'Pet Lick Mat 20cm', '宠物舔食垫', 0.69),
    ('RF-LS15', 'Reflective Dog Leash 1.5m', '反光狗绳', 1.12), ('RF-CT03', 'Cat Tunnel Foldable 3-way', '猫隧道', 2.35)],
 'kitchen_us': [('SB-1611', 'Silicone Baking Mat, 2-pk', None, 6.40), ('MC-0700', 'Measuring Cup & Spoon Set SS', None, 9.25),
    ('CB-1812', 'Bamboo Cutting Board XL', None, 11.90), ('SK-1000', 'Cast Iron Skillet 10"', None, 14.50),
    ('LP-0009', 'Loaf Pan 9x5 Nonstick', None, 4.35), ('CR-1217', 'Cooling Rack 12x17', None, 3.95),
    ('WK-1200', 'Whisk 12" Stainless', None, 2.60), ('MX-0305', 'Mixing Bowl Set 3pc SS', None, 12.75),
    ('TG-0912', 'Locking Tongs 9"/12" set', None, 5.10), ('PB-0640', 'Pastry Brush Silicone', None, 1.85)],
 'pet_us': [('TCP-2201', 'Slow Feeder Bowl - Large', None, 5.45), ('TCP-1840', 'Waste Bags 240ct Value Box', None, 7.80),
    ('TCP-3310', 'Cat Scratcher Cardboard Wide', None, 6.20), ('TCP-0510', 'Dog Rope Toy 3-Knot', None, 2.15),
    ('TCP-7720', 'Lick Mat w/ Suction', None, 3.40), ('TCP-4404', 'Deshedding Brush Medium', None, 6.95),
    ('TCP-9001', 'Collapsible Travel Bowl 2pk', None, 3.60), ('TCP-6120', 'Catnip Mice 6pk', None, 2.75),
    ('TCP-8015', 'Nylon Leash 6ft', None, 4.10)],
 'club': [('880421', 'KS PAPER TOWEL 12RL', None, 21.99), ('551203', 'STRETCH WRAP 18IN', None, 24.49), ('310876', 'SHIP BOX 12X9X6 25CT', None, 18.99),
    ('440187', 'BUBBLE ROLL 12INX175', None, 16.79), ('120554', 'PACK TAPE 6RL', None, 13.49), ('771230', 'SILICONE SPATULA 4PK', None, 11.99),
    ('209951', 'DOG WASTE BAG 900CT', None, 19.99), ('662014', 'ZIPTOP GAL 250CT', None, 12.89), ('901177', 'CAT LITTER 40LB', None, 15.99)],
 'ceramic_mx': [('CB-PL01', 'Plato de barro para mascota 15 cm', None, 48.00), ('CB-CZ02', 'Cazuela de barro 2 L', None, 135.00),
    ('CB-MO03', 'Molcajete de piedra volcánica 20 cm', None, 210.00), ('CB-JA05', 'Jarro de barro 500 ml', None, 39.50),
    ('CB-TO07', 'Tortillero de barro con tapa', None, 92.00), ('CB-BO08', 'Bowl de talavera 16 cm', None, 74.00)],
 'pet_mx': [('TM-CO01', 'Collar bordado para perro talla M', None, 62.00), ('TM-CR02', 'Correa tejida 1.5 m', None, 85.00),
    ('TM-CA03', 'Cama tejida para gato 45 cm', None, 310.00), ('TM-PE04', 'Pechera artesanal talla S', None, 118.00),
    ('TM-JU05', 'Juguete de yute para perro', None, 34.50)],
 'kitchen_ca': [('EC-PD01', "Planche à découper en érable / Maple cutting board", None, 18.40), ('EC-CU02', "Cuillère en bois d'érable / Maple wood spoon", None, 3.15),
    ('EC-SP03', 'Spatule en silicone / Silicone spatula', None, 2.80), ('EC-MA04', 'Manique matelassée / Quilted oven mitt', None, 4.25),
    ('EC-BG05', 'Bol pour chien en grès / Stoneware dog bowl', None, 7.90), ('EC-LT06', 'Tapis à lécher / Lick mat', None, 3.35)],
 'pet_ca': [('MP-1001', 'Fleece Dog Bed 24in', None, 16.80), ('MP-1022', 'Rope Tug Toy XL', None, 4.40), ('MP-1050', 'Stainless Bowl 1.8L', None, 3.25),
    ('MP-1077', 'Cat Wand Refill 5pk', None, 2.10), ('MP-1090', 'Reflective Collar M', None, 3.70)],
 'knives_de': [('RS-2020', 'Kochmesser 20 cm, Klinge X50CrMoV15', None, 18.90), ('RS-2121', 'Brotmesser 21 cm', None, 16.40),
    ('RS-0909', 'Schälmesser 9 cm', None, 6.20), ('RS-5001', 'Messerblock Eiche, 6 Fächer', None, 22.50),
    ('RS-2525', 'Wetzstahl 25 cm', None, 9.80), ('RS-3300', 'Küchenschere Edelstahl', None, 7.45), ('RS-0101', 'Sparschäler Y-Form', None, 2.95)],
 'home_fr': [('FC-MC24', 'Moule à cake silicone 24 cm', None, 5.60), ('FC-FX25', 'Fouet inox 25 cm', None, 3.90),
    ('FC-GC15', 'Gamelle chien inox 1,5 L', None, 6.40), ('FC-CC45', 'Coussin pour chat lavable 45 cm', None, 11.20),
    ('FC-PH35', 'Planche à découper hêtre 35 cm', None, 8.75), ('FC-TL01', 'Tablier de cuisine lin lavé', None, 9.30)],
 'moka_it': [('MV-M03', 'Caffettiera moka 3 tazze alluminio', None, 9.80), ('MV-M06', 'Caffettiera moka 6 tazze alluminio', None, 12.40),
    ('MV-G06', 'Guarnizione ricambio 6 tazze (conf. 3)', None, 1.35), ('MV-F03', 'Filtro ricambio 3 tazze', None, 1.90),
    ('MV-L05', 'Lattiera inox 0,5 L', None, 7.25), ('MV-T30', 'Tagliere in ulivo 30 cm', None, 14.60)],
 'enamel_pl': [('EP-G30', 'Garnek emaliowany 3 l', None, 38.50), ('EP-K35', 'Kubek emaliowany 350 ml', None, 11.20),
    ('EP-MP08', 'Miska emaliowana dla psa 0,8 l', None, 16.90), ('EP-C20', 'Czajnik emaliowany 2 l', None, 54.00),
    ('EP-MK03', 'Miska dla kota 0,3 l', None, 12.40), ('EP-T24', 'Talerz emaliowany 24 cm', None, 14.80)],
 'pet_nl': [('VD-HM80', 'Hondenmand velours 80 cm', None, 17.50), ('VD-KP45', 'Krabpaal mini 45 cm', None, 12.90),
    ('VD-HR12', 'Hondenriem nylon 120 cm', None, 3.80), ('VD-KB0L', 'Kauwbot rubber L', None, 2.95),
    ('VD-VB1L', 'Voerbak RVS 1 l', None, 2.40), ('VD-KS03', 'Kattenspeeltje muis (set van 3)', None, 1.65)],
 'ceramic_jp': [('MK-101', '有田焼風 小鉢 12cm', None, 480), ('MK-205', '猫用 陶器フードボウル', None, 950),
    ('MK-306', '土鍋 6号', None, 2600), ('MK-410', '犬用 脚付き食器 M', None, 1380), ('MK-512', '急須 300ml', None, 1850),
    ('MK-615', '箸置き 5個セット', None, 620)],
}

T = {
 'en': dict(invoice='INVOICE', bill_to='Bill To', ship_to='Ship To', date='Invoice Date', due='Due Date', no='Invoice #',
       desc='Description', qty='Qty', price='Rate', amount='Amount', subtotal='Subtotal', discount='Discount',
       shipping='Shipping & Handling', tax='Sales Tax', total='Total', balance='Balance Due', terms='Terms', sku='Item'),
 'zh+en': dict(invoice='COMMERCIAL INVOICE 商业发票', bill_to='Buyer 买方', ship_to='Consignee 收货人', date='Date 日期',
       due='Payment 付款', no='Invoice No. 发票号', desc='Description 品名', qty='Qty 数量', price='Unit Price 单价',
       amount='Amount 金额', subtotal='Subtotal 小计', discount='Discount 折扣', shipping='Freight 运费', tax='Tax 税',
       total='TOTAL 总计', balance='Total Amount 总金额', terms='Terms 条款', sku='Item No. 货号'),
 'de': dict(invoice='Rechnung', bill_to='Rechnungsempfänger', ship_to='Lieferanschrift', date='Rechnungsdatum', due='Fällig am',
       no='Rechnungsnr.', desc='Bezeichnung', qty='Menge', price='Einzelpreis', amount='Gesamt', subtotal='Nettobetrag',
       discount='Rabatt', shipping='Versandkosten', tax='USt.', total='Rechnungsbetrag', balance='Zahlbetrag', terms='Zahlungsbedingungen', sku='Art.-Nr.'),
 'fr': dict(invoice='Facture', bill_to='Facturé à', ship_to='Livré à', date='Date de facture', due='Échéance', no='Facture n°',
       desc='Désignation', qty='Qté', price='P.U. HT', amount='Montant HT', subtotal='Total HT', discount='Remise',
       shipping='Frais de port', tax='TVA', total='Total TTC', balance='Net à payer', terms='Conditions de paiement', sku='Réf.'),
 'fr+en': dict(invoice='Facture / Invoice', bill_to='Facturer à / Bill to', ship_to='Expédier à / Ship to', date='Date', due='Échéance / Due',
       no='N° de facture / Invoice no.', desc='Description', qty='Qté / Qty', price='Prix / Price', amount='Montant / Amount',
       subtotal='Sous-total / Subtotal', discount='Escompte / Discount', shipping='Transport / Freight', tax='Taxe',
       total='Total', balance='Solde dû / Balance due', terms='Modalités / Terms', sku='Code'),
 'it': dict(invoice='Fattura', bill_to='Spett.le', ship_to='Destinazione merce', date='Data', due='Scadenza', no='Fattura n.',
       desc='Descrizione', qty='Q.tà', price='Prezzo unit.', amount='Importo', subtotal='Imponibile', discount='Sconto',
       shipping='Spese di trasporto', tax='IVA', total='Totale documento', balance='Netto a pagare', terms='Pagamento', sku='Codice'),
 'es': dict(invoice='Factura', bill_to='Receptor', ship_to='Enviar a', date='Fecha de emisión', due='Vencimiento', no='Folio',
       desc='Descripción', qty='Cant.', price='Valor unitario', amount='Importe', subtotal='Subtotal', discount='Descuento',
       shipping='Flete', tax='IVA', total='Total', balance='Total a pagar', terms='Forma de pago', sku='Clave'),
 'pl': dict(invoice='Faktura VAT', bill_to='Nabywca', ship_to='Odbiorca', date='Data wystawienia', due='Termin płatności', no='Faktura nr',
       desc='Nazwa towaru', qty='Ilość', price='Cena netto', amount='Wartość netto', subtotal='Razem netto', discount='Rabat',
       shipping='Transport', tax='VAT', total='Razem brutto', balance='Do zapłaty', terms='Sposób płatności', sku='Kod'),
 'nl': dict(invoice='Factuur', bill_to='Factuuradres', ship_to='Afleveradres', date='Factuurdatum', due='Vervaldatum', no='Factuurnummer',
       desc='Omschrijving', qty='Aantal', price='Stukprijs', amount='Bedrag', subtotal='Subtotaal', discount='Korting',
       shipping='Verzendkosten', tax='BTW', total='Totaal', balance='Te betalen', terms='Betalingstermijn', sku='Art.nr.'),
 'ja': dict(invoice='請求書', bill_to='御中', ship_to='納品先', date='請求日', due='お支払期限', no='請求番号', desc='品名',
       qty='数量', price='単価', amount='金額', subtotal='小計', discount='値引', shipping='送料', tax='消費税(10%)',
       total='合計', balance='ご請求金額', terms='お振込先', sku='品番'),
 'zh': dict(invoice='增值税专用发票', desc='货物或应税劳务、服务名称', qty='数量', price='单价', amount='金额', tax='税额', total='价税合计', sku='规格型号'),
}
TITLES = {
 ('en', 'credit_note'): 'CREDIT MEMO', ('en', 'proforma'): 'PROFORMA INVOICE', ('en', 'purchase_order'): 'PURCHASE ORDER',
 ('en', 'quotation'): 'QUOTE', ('en', 'packing_list'): 'PACKING LIST', ('zh+en', 'packing_list'): 'PACKING LIST 装箱单',
 ('zh+en', 'proforma'): 'PROFORMA INVOICE 形式发票', ('de', 'delivery_note'): 'Lieferschein', ('es', 'quotation'): 'Cotización',
 ('pl', 'quotation'): 'Oferta handlowa', ('de', 'credit_note'): 'Gutschrift', ('fr', 'credit_note'): 'Avoir',
 ('en', 'receipt'): 'RECEIPT', ('en', 'other'): 'ORDER CONFIRMATION', ('nl', 'proforma'): 'Proforma factuur',
 ('it', 'proforma'): 'Fattura proforma', ('en', 'price_list'): 'WHOLESALE PRICE LIST',
}

# ------------------------------------------------------------------- planning
def rand_date():
    start = dt.date(2025, 1, 6)
    return start + dt.timedelta(days=R.randint(0, 690))


def numstyle_for(lang, sup):
    return {'de': 'eu', 'it': 'eu', 'nl': 'eu', 'fr': 'fr', 'pl': 'fr', 'fr+en': 'fr' if R.random() < .6 else 'us'}.get(lang, 'us')


def datestyle_for(lang):
    opts = {'en': ['us', 'us', 'en_long', 'us_short', 'en_abbr'], 'zh+en': ['iso', 'en_abbr', 'ymd_slash', 'en_long'],
            'zh': ['zh'], 'de': ['dmy_dot', 'dmy_dot', 'de_long'], 'fr': ['fr_long', 'dmy_slash'], 'fr+en': ['iso', 'fr_long'],
            'it': ['dmy_slash', 'it_long'], 'es': ['dmy_slash', 'iso', 'es_long'], 'pl': ['dmy_dot', 'iso'],
            'nl': ['dmy_dash', 'nl_long'], 'ja': ['zh', 'ymd_slash']}[lang]
    return R.choice(opts)


def make_doc(i, skey, producer, tmpl, doc_type='invoice', n_items=None, arith=None, capture=None, **kw):
    s = SUP[skey]
    lang = kw.get('lang', s['lang'])
    cur = s['cur']
    d = rand_date()
    doc = dict(id=i, skey=skey, sup=s, lang=lang, doc_type=doc_type, producer=producer, tmpl=tmpl, currency=cur,
               date=d, capture=capture, arith=arith, numstyle=numstyle_for(lang, s), datestyle=datestyle_for(lang))
    doc.update(kw)
    doc['is_invoice'] = doc_type in ('invoice', 'tax_invoice', 'receipt')
    cat = CAT[s['cat']]
    n = n_items or R.randint(2, min(6, len(cat)))
    items = []
    pool = cat[:]
    R.shuffle(pool)
    big = s['cat'].endswith('_cn')
    for k in range(n):
        sku, desc, zh, price = pool[k % len(pool)]
        if k >= len(pool):
            sku = sku + '-' + 'BCDEFGHJK'[k // len(pool) % 9] + str(k)
            desc = desc + [' - Red', ' - Blue', ' - Grey', ' - Black', ' - Green'][k % 5]
        p = D(str(price))
        if skey not in ('bulkway', 'pricehaven') and cur != 'JPY':
            p = q2(p * D(str(R.choice([0.9, 0.95, 1, 1, 1.05, 1.1]))))
        if big: qty = R.choice([200, 300, 480, 500, 600, 800, 1000, 1200, 1500, 2000, 2400, 3000])
        elif skey in ('bulkway', 'pricehaven'): qty = R.choice([1, 1, 1, 2, 2, 3, 4])
        elif cur == 'JPY': qty = R.choice([10, 12, 20, 24, 30, 36, 40, 48, 60])
        else: qty = R.choice([6, 12, 12, 18, 24, 24, 36, 48, 60, 72, 96, 120, 144])
        items.append(dict(sku=sku, desc=desc, zh=zh, qty=qty, price=p, total=q2(p * qty)))
    # make sure quantities differ between rows (useful for quantity edits)
    doc['items'] = items
    doc['number'] = kw.get('number') or {
        'ningbo': f"JH{d:%y%m}{R.randint(10, 99)}", 'yiwu': f"RF-{d:%Y}-{R.randint(100, 999)}", 'guangzhou': f"MY{d:%y}{R.randint(1000, 9999)}",
        'shenzhen': f"{R.randint(10000000, 99999999)}", 'delmarva': str(R.randint(18000, 19999)), 'tricounty': f"INV-{R.randint(4000, 5999)}",
        'keystone': f"KKW-{d:%y}{R.randint(1000, 9999)}", 'hudson': str(R.randint(1040, 1999)), 'greatlakes': f"GL{R.randint(30000, 39999)}",
        'bulkway': f"{R.randint(1000, 9999)} {R.randint(10, 99)} {R.randint(100, 999)} {R.randint(1000, 9999)}",
        'pricehaven': f"{R.randint(100000, 999999)}{R.randint(1000, 9999)}", 'bajio': f"A-{R.randint(1200, 2999)}",
        'jalisco': f"F{R.randint(3000, 8999)}", 'erable': f"F-{d:%Y}-{R.randint(100, 999):04d}", 'maplepaws': f"MP{R.randint(20000, 29999)}",
        'rheinfeld': f"RE-{d:%Y}-{R.randint(1000, 4999)}", 'fontclaire': f"FA{d:%Y%m}-{R.randint(10, 99)}", 'valtellina': f"{R.randint(100, 999)}/{d:%Y}",
        'podgorze': f"FV/{R.randint(100, 999)}/{d:%m}/{d:%Y}", 'vandijk': f"{d:%Y}{R.randint(10000, 99999)}", 'mikawa': f"{d:%Y%m}-{R.randint(100, 999)}",
    }[skey]
    doc['due_date'] = d + dt.timedelta(days=R.choice([0, 14, 30, 30, 45, 60]))
    # buyer
    if skey == 'shenzhen':
        doc['buyer'] = AGENT
    else:
        doc['buyer'] = BUYER
    # pricing extras
    doc['discount'] = D(0); doc['shipping'] = D(0)
    if R.random() < 0.3 and skey not in ('bulkway', 'pricehaven', 'shenzhen'):
        doc['disc_rate'] = R.choice([D('0.02'), D('0.03'), D('0.05'), D('0.10')])
    if R.random() < 0.45 and skey not in ('bulkway', 'pricehaven', 'shenzhen'):
        doc['shipping'] = q2(D(R.randint(1500, 32000)) / 100) if cur != 'JPY' else D(R.choice([1200, 1650, 2400]))
        if cur == 'MXN': doc['shipping'] = q2(doc['shipping'] * 8)
    compute(doc)
    return doc


def tax_plan(doc):
    """returns list of (label, rate) applied on (subtotal - discount + shipping)"""
    k, lang = doc['skey'], doc['lang']
    if doc.get('notax'): return []
    if k == 'shenzhen': return [('税率13%', D('0.13'))]
    if k in ('tricounty',) and doc.get('nj_tax', False): return [('NJ Sales Tax 6.625%', D('0.06625'))]
    if k in ('bajio', 'jalisco'): return [('IVA 16%', D('0.16'))]
    if k == 'erable': return [('TPS/GST 5 %', D('0.05')), ('TVQ/QST 9,975 %', D('0.09975'))]
    if k == 'maplepaws' and doc.get('hst', True): return [('HST 13%', D('0.13'))]
    if k == 'rheinfeld' and doc.get('vat', False): return [('USt. 19 %', D('0.19'))]
    if k == 'fontclaire' and doc.get('vat', False): return [('TVA 20 %', D('0.20'))]
    if k == 'valtellina' and doc.get('vat', False): return [('IVA 22%', D('0.22'))]
    if k == 'podgorze': return [('VAT 23%', D('0.23'))] if doc.get('vat', True) else [('VAT 0% (eksport)', D('0'))]
    if k == 'vandijk' and doc.get('vat', False): return [('BTW 21%', D('0.21'))]
    if k == 'mikawa': return [('消費税(10%)', D('0.10'))]
    return []


def compute(doc):
    dec = '1' if doc['currency'] == 'JPY' else '0.01'
    for it in doc['items']:
        it['total'] = q2(it['price'] * it['qty'], dec)
    doc['subtotal'] = sum((it['total'] for it in doc['items']), D(0))
    if doc.get('disc_rate'):
        doc['discount'] = q2(doc['subtotal'] * doc['disc_rate'], dec)
    base = doc['subtotal'] - doc['discount'] + doc['shipping']
    if doc['skey'] in ('bulkway', 'pricehaven'):
        taxable = sum((it['total'] for it in doc['items'] if it['sku'] not in ('771230', '209951', '901177')), D(0))
        doc['taxes'] = [('NJ TAX 6.625%', D('0.06625'), q2(taxable * D('0.06625')))] if doc.get('club_tax', True) else []
    else:
        doc['taxes'] = [(lab, r, q2(base * r, dec)) for lab, r in tax_plan(doc)]
        if doc['skey'] == 'shenzhen':  # fapiao: tax is the sum of the per-line taxes
            doc['taxes'] = [('税额', D('0.13'), sum((q2(it['total'] * D('0.13')) for it in doc['items']), D(0)))]
    doc['total'] = base + sum((t[2] for t in doc['taxes']), D(0))
    # deliberate arithmetic slips on ~8 genuine-looking docs
    a = doc.get('arith')
    if a == 'line':
        it = doc['items'][min(1, len(doc['items']) - 1)]
        it['total'] = it['total'] + (D(10) if doc['currency'] != 'JPY' else D(100))  # wrong extension; subtotal keeps correct sum
    elif a == 'sum':
        doc['subtotal'] = doc['subtotal'] + D(100)
        doc['total'] = doc['total'] + D(100)
    elif a == 'tax' and doc['taxes']:
        lab, r, amt = doc['taxes'][0]
        wrong = q2(doc['subtotal'] * r, dec)  # tax on subtotal ignoring discount/shipping, but grand total uses it
        if wrong == amt: wrong = amt + D('1.00')
        doc['taxes'][0] = (lab, r, wrong)
        doc['total'] = base + sum((t[2] for t in doc['taxes']), D(0))
    elif a == 'ship':
        doc['total'] = doc['total'] - doc['shipping']  # shipping printed but not added
    elif a == 'transpose':
        s = fmt_num(doc['total'], 'plain')
        i = s.index('.') - 2 if '.' in s else len(s) - 2
        if s[i] != s[i + 1]:
            doc['total'] = D(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        else:
            doc['total'] = doc['total'] + D(9)
    return doc


# ------------------------------------------------------------ html templates
CSS = {
 'ledger': """body{font-family:'Nimbus Sans',Arial,sans-serif;font-size:10pt;color:#222;margin:0}
  .hdr{display:flex;justify-content:space-between;border-bottom:3px solid #2a6f3e;padding-bottom:8px}
  .title{font-size:26pt;color:#2a6f3e;font-weight:bold;text-align:right} .logo{width:60px;height:60px;background:#2a6f3e;color:#fff;font-size:22pt;text-align:center;line-height:60px;border-radius:6px;margin-right:10px;flex:none}
  table.items{width:100%;border-collapse:collapse;margin-top:14px} table.items th{background:#e3eee6;text-align:left;padding:5px;border-bottom:1px solid #2a6f3e}
  table.items td{padding:5px;border-bottom:1px solid #ddd} .r{text-align:right} .tot td{padding:3px 6px} .grand td{font-weight:bold;font-size:12pt;border-top:2px solid #222}""",
 'clean': """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#333;margin:0}
  .title{font-size:22pt;font-weight:300;letter-spacing:2px;margin-bottom:12px} .hdr{display:flex;justify-content:space-between}
  table.items{width:100%;border-collapse:collapse;margin-top:18px} table.items th{border-bottom:1.5px solid #000;text-align:left;font-weight:bold;padding:4px}
  table.items td{padding:6px 4px;border-bottom:0.5px solid #ccc} .r{text-align:right} .grand td{font-weight:bold;border-top:1.5px solid #000;font-size:11pt}""",
 'band': """body{font-family:'URW Gothic',sans-serif;font-size:9.5pt;color:#1d2733;margin:0}
  .band{background:#1f4e79;color:#fff;padding:14px 18px;display:flex;justify-content:space-between} .title{font-size:24pt}
  .hdr{display:flex;justify-content:space-between;padding:10px 18px} table.items{width:100%;border-collapse:collapse;margin-top:10px}
  table.items th{background:#1f4e79;color:#fff;padding:6px;text-align:left} table.items tr:nth-child(even) td{background:#f1f5fa}
  table.items td{padding:6px} .r{text-align:right} .grand td{background:#1f4e79;color:#fff;font-weight:bold;padding:6px}""",
 'friendly': """body{font-family:'C059',serif;font-size:10pt;color:#2b2b2b;margin:0}
  .title{font-size:11pt;color:#888;text-transform:uppercase;letter-spacing:3px} .hdr{display:flex;justify-content:space-between;margin-top:16px}
  .due{font-size:24pt;color:#0b7a75;font-weight:bold} table.items{width:100%;border-collapse:collapse;margin-top:20px}
  table.items th{color:#0b7a75;border-bottom:2px solid #0b7a75;text-align:left;padding:5px} table.items td{padding:7px 5px;border-bottom:1px dotted #aaa}
  .r{text-align:right} .grand td{font-weight:bold;color:#0b7a75;font-size:12pt}""",
 'eu': """body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#111;margin:0} .sender{font-size:7pt;text-decoration:underline;margin-top:30px}
  .title{font-size:16pt;font-weight:bold;margin:20px 0 6px} .hdr{display:flex;justify-content:space-between}
  table.items{width:100%;border-collapse:collapse;margin-top:10px} table.items th{border-top:1px solid #000;border-bottom:1px solid #000;padding:4px;text-align:left}
  table.items td{padding:4px;vertical-align:top} .r{text-align:right} .grand td{font-weight:bold;border-top:1px solid #000;border-bottom:3px double #000}
  .foot{position:fixed;bottom:0;font-size:7pt;color:#555;border-top:0.5px solid #999;width:100%;padding-top:4px}""",
 'alibaba': """body{font-family:'WenQuanYi Micro Hei','DejaVu Sans',sans-serif;font-size:9pt;margin:0;color:#222}
  .badge{display:inline-block;background:#ff6a00;color:#fff;padding:3px 8px;border-radius:3px;font-size:8pt}
  .title{font-size:18pt;font-weight:bold;text-align:center;margin:8px 0} .hdr{display:flex;justify-content:space-between;border:1px solid #999;padding:6px}
  table.items{width:100%;border-collapse:collapse;margin-top:8px} table.items th,table.items td{border:1px solid #777;padding:4px} table.items th{background:#f3f3f3}
  .r{text-align:right} .grand td{font-weight:bold}""",
 'jp': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9.5pt;margin:0;color:#111}
  .title{font-size:22pt;text-align:center;letter-spacing:12px;border-bottom:2px solid #333;margin-bottom:14px}
  .hdr{display:flex;justify-content:space-between} .amt{font-size:16pt;border-bottom:2px solid #333;padding:4px 0;margin-top:10px}
  .seal{display:inline-block;width:46px;height:46px;border:2px solid #c0392b;color:#c0392b;border-radius:50%;text-align:center;line-height:46px;font-size:10pt}
  table.items{width:100%;border-collapse:collapse;margin-top:12px} table.items th,table.items td{border:1px solid #555;padding:4px} table.items th{background:#eee}
  .r{text-align:right} .grand td{font-weight:bold}""",
 'cfdi': """body{font-family:'Nimbus Sans',sans-serif;font-size:8pt;margin:0;color:#222} .title{font-size:14pt;font-weight:bold;color:#7a1f1f}
  .hdr{display:flex;justify-content:space-between} .box{border:1px solid #7a1f1f;padding:5px;margin-top:6px}
  table.items{width:100%;border-collapse:collapse;margin-top:8px} table.items th{background:#7a1f1f;color:#fff;padding:3px} table.items td{border-bottom:0.5px solid #bbb;padding:3px}
  .r{text-align:right} .grand td{font-weight:bold;font-size:10pt} .sello{font-family:'DejaVu Sans Mono';font-size:5.5pt;word-break:break-all;color:#444}""",
 'fapiao': """body{font-family:'WenQuanYi Micro Hei',sans-serif;font-size:9pt;margin:0;color:#7b3f00}
  .title{font-size:20pt;text-align:center;color:#8b2500;letter-spacing:4px;border-bottom:3px double #8b2500;width:60%;margin:0 auto 6px}
  table.g{width:100%;border-collapse:collapse} table.g td,table.g th{border:1px solid #8b2500;padding:4px;color:#222} .lab{color:#8b2500;width:1%;white-space:nowrap}
  .r{text-align:right} .meta{display:flex;justify-content:space-between;color:#222}""",
}


def addr_html(p):
    return '<br>'.join(H.escape(x) for x in [p['name']] + p['addr'])


def fmtq(q):
    return str(q)


def items_html(doc, t, cols=('sku', 'desc', 'qty', 'price', 'amount')):
    hd = {'sku': t['sku'], 'desc': t['desc'], 'qty': t['qty'], 'price': t['price'], 'amount': t['amount']}
    rows = ''.join(f"<th class='{'r' if c in ('qty', 'price', 'amount') else ''}'>{H.escape(hd[c])}</th>" for c in cols)
    out = [f"<table class='items'><thead><tr>{rows}</tr></thead><tbody>"]
    for it in doc['items']:
        desc = it['desc'] + (f" {it['zh']}" if doc['lang'] == 'zh+en' and it.get('zh') else '')
        vals = {'sku': it['sku'], 'desc': desc, 'qty': fmtq(it['qty']), 'price': money(doc, it['price'], False) if doc['currency'] != 'JPY' else fmt_num(it['price'], 'us', 0),
                'amount': money(doc, it['total'], False)}
        out.append('<tr>' + ''.join(f"<td class='{'r' if c in ('qty', 'price', 'amount') else ''}'>{H.escape(vals[c])}</td>" for c in cols) + '</tr>')
    out.append('</tbody></table>')
    return ''.join(out)


def totals_rows(doc, t):
    rows = [(t['subtotal'], money(doc, doc['subtotal']))]
    if doc['discount']: rows.append((f"{t['discount']} {fmt_num(doc['disc_rate'] * 100, doc['numstyle'], 0)}%", '-' + money(doc, doc['discount'])))
    if doc['shipping']: rows.append((t['shipping'], money(doc, doc['shipping'])))
    for lab, r, amt in doc['taxes']: rows.append((lab, money(doc, amt)))
    if doc['lang'] == 'en' and doc['doc_type'] == 'invoice' and not doc['taxes'] and doc['skey'] == 'tricounty':
        rows.append(('Sales Tax (resale cert. on file)', money(doc, D(0))))
    rows.append((t['total'], f"{money(doc, doc['total'])}" + (f" {doc['currency']}" if doc['currency'] in ('USD', 'CAD', 'MXN') and doc['lang'] != 'en' else '')))
    return rows


def totals_html(doc, t, extra_due=True):
    rows = totals_rows(doc, t)
    h = ["<table class='tot' style='margin-left:auto;margin-top:10px;min-width:45%'>"]
    for i, (a, b) in enumerate(rows):
        cls = 'grand' if i == len(rows) - 1 else ''
        h.append(f"<tr class='{cls}'><td>{H.escape(a)}</td><td class='r'>{H.escape(b)}</td></tr>")
    h.append('</table>')
    return ''.join(h)


def html_doc(doc):
    if doc['tmpl'] == 'fapiao':
        return html_fapiao(doc)
    t = T[doc['lang']]
    s, b = doc['sup'], doc['buyer']
    tm = doc['tmpl']
    title = TITLES.get((doc['lang'], doc['doc_type']), t.get('invoice', 'Invoice'))
    date_s = fmt_date(doc['date'], doc['datestyle'])
    due_s = fmt_date(doc['due_date'], doc['datestyle'])
    doc['date_str'] = date_s
    ship_to = doc.get('ship_to', PREP if R.random() < .4 else None)
    meta = [(t['no'], doc['number']), (t['date'], date_s)]
    if doc['doc_type'] == 'invoice' and 'due' in t: meta.append((t['due'], due_s))
    if doc.get('po'): meta.append(('PO #', doc['po']))
    meta_h = '<table>' + ''.join(f"<tr><td><b>{H.escape(a)}</b></td><td style='padding-left:10px'>{H.escape(c)}</td></tr>" for a, c in meta) + '</table>'
    bill_h = f"<div><b>{H.escape(t['bill_to'])}</b><br>{addr_html(b)}</div>"
    if ship_to: bill_h += f"<div style='margin-left:30px'><b>{H.escape(t['ship_to'])}</b><br>{'<br>'.join(map(H.escape, ship_to))}</div>"
    sup_h = f"<b>{H.escape(s['name'])}</b><br>" + '<br>'.join(map(H.escape, s['addr'])) + \
        ''.join(f"<br>{H.escape(s[k])}" for k in ('phone', 'email', 'taxid') if s.get(k))
    notes = doc.get('notes', '')
    body = ''
    if tm == 'fapiao':
        return html_fapiao(doc)
    if tm == 'ledger':
        body = f"""<div class='hdr'><div style='display:flex'><div class='logo'>{H.escape(s['name'][0])}</div><div>{sup_h}</div></div><div><div class='title'>{H.escape(title)}</div>{meta_h}</div></div>
        <div style='display:flex;margin-top:14px'>{bill_h}</div>{items_html(doc, t)}{totals_html(doc, t)}"""
    elif tm == 'clean':
        body = f"""<div class='title'>{H.escape(title.upper())}</div><div class='hdr'><div style='display:flex'>{bill_h}</div><div>{meta_h}</div><div>{sup_h}</div></div>
        {items_html(doc, t, ('desc', 'qty', 'price', 'amount'))}{totals_html(doc, t)}"""
    elif tm == 'band':
        body = f"""<div class='band'><div>{sup_h}</div><div class='title'>{H.escape(title)}</div></div><div class='hdr'><div style='display:flex'>{bill_h}</div><div>{meta_h}
        <div style='margin-top:8px;background:#f1f5fa;padding:6px'><b>{H.escape(t['balance'])}</b><br><span style='font-size:15pt'>{money(doc, doc['total'])}</span></div></div></div>
        <div style='padding:0 18px'>{items_html(doc, t)}{totals_html(doc, t)}</div>"""
    elif tm == 'friendly':
        body = f"""<div style='display:flex;justify-content:space-between'><div>{sup_h}</div><div class='r'><div class='title'>{H.escape(title)}</div>
        <div>{H.escape(t['balance'])}</div><div class='due'>{money(doc, doc['total'])}</div></div></div>
        <div class='hdr'>{bill_h}<div>{meta_h}</div></div>{items_html(doc, t, ('desc', 'price', 'qty', 'amount'))}{totals_html(doc, t)}"""
    elif tm == 'eu':
        body = f"""<div style='display:flex;justify-content:space-between'><div style='font-size:15pt;font-weight:bold'>{H.escape(s['name'])}</div>
        <div style='font-size:8pt;text-align:right'>{'<br>'.join(map(H.escape, s['addr']))}<br>{H.escape(s.get('phone', ''))}<br>{H.escape(s.get('email', ''))}</div></div>
        <div class='sender'>{H.escape(s['name'])} · {H.escape(' · '.join(s['addr']))}</div>
        <div class='hdr'><div style='margin-top:6px'>{addr_html(b)}</div><div>{meta_h}</div></div><div class='title'>{H.escape(title)}</div>
        {items_html(doc, t)}{totals_html(doc, t)}
        <div class='foot'>{H.escape(s.get('reg', ''))} · {H.escape(s.get('taxid', ''))} · {H.escape(s.get('bank', ''))}</div>"""
    elif tm == 'alibaba':
        body = f"""<div style='display:flex;justify-content:space-between'><div><b style='font-size:12pt'>{H.escape(s['name'])}</b><br>{H.escape(s['zh'])}<br>{'<br>'.join(map(H.escape, s['addr']))}</div>
        <div style='text-align:right'><span class='badge'>Trade Assurance Order</span><br>Order No. {R.randint(10**15, 10**16 - 1)}<br>{H.escape(s.get('email', ''))}</div></div>
        <div class='title'>{H.escape(title)}</div><div class='hdr'>{bill_h}<div>{meta_h}</div></div>
        {items_html(doc, t)}{totals_html(doc, t)}
        <p>Price term 价格条款: {doc.get('incoterm', 'FOB Ningbo')} &nbsp; Payment 付款方式: 30% T/T deposit, 70% before shipment<br>
        Beneficiary bank 收款银行: Bank of Zhejiang Yiwu Branch, SWIFT ZJBKCNBN, A/C 3387 0210 0000 9147</p>"""
    elif tm == 'jp':
        body = f"""<div class='title'>{H.escape(title)}</div><div class='hdr'><div><span style='font-size:13pt;border-bottom:1px solid #000'>{H.escape(b['name'])} {H.escape(t['bill_to'])}</span>
        <p>下記のとおりご請求申し上げます。</p><div class='amt'>{H.escape(t['balance'])} &nbsp; {money(doc, doc['total'])} -</div></div>
        <div style='text-align:right'>{meta_h}<br><b>{H.escape(s['name'])}</b> <span class='seal'>三河</span><br>{'<br>'.join(map(H.escape, s['addr']))}<br>{H.escape(s['taxid'])}</div></div>
        {items_html(doc, t, ('sku', 'desc', 'qty', 'price', 'amount'))}{totals_html(doc, t)}<p>{H.escape(t['terms'])}: {H.escape(s['bank'])}</p>"""
    elif tm == 'cfdi':
        uuid = '-'.join(''.join(R.choice('0123456789ABCDEF') for _ in range(n)) for n in (8, 4, 4, 4, 12))
        sello = ''.join(R.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(340))
        doc['cfdi_uuid'] = uuid
        body = f"""<div class='hdr'><div><div class='title'>{H.escape(s['name'])}</div>{'<br>'.join(map(H.escape, s['addr']))}<br>{H.escape(s['taxid'])} · Régimen fiscal: 601 General de Ley Personas Morales</div>
        <div class='box'><b>FACTURA</b> (CFDI 4.0) Tipo: I - Ingreso<br>Serie/Folio: {H.escape(doc['number'])}<br>Fecha de emisión: {H.escape(date_s)}<br>Lugar de expedición: {s['addr'][1].split('C.P. ')[1][:5]}<br>Moneda: MXN</div></div>
        <div class='box'><b>Receptor:</b> {H.escape(b['name'])} · RFC: XEXX010101000 (residente en el extranjero) · Residencia fiscal: USA · NumRegIdTrib: {b['taxid'][4:]}<br>Uso CFDI: S01 Sin efectos fiscales · Domicilio: {H.escape(', '.join(b['addr']))}</div>
        {items_html(doc, t)}{totals_html(doc, t)}
        <div class='box'>Folio fiscal (UUID): {uuid}<br>Método de pago: PUE · Forma de pago: 03 Transferencia electrónica · No. de serie del certificado: 000010000005{R.randint(10**7, 10**8 - 1)}</div>
        <div class='sello'><b>Sello digital del CFDI:</b><br>{sello}</div><p>Este documento es una representación impresa de un CFDI.</p>"""
    if notes: body += f"<p style='margin-top:18px;font-size:8.5pt'>{H.escape(notes)}</p>"
    fonts = ''
    return f"<html><head><meta charset='utf-8'><style>@page{{size:{doc.get('paper', 'letter')};margin:14mm}}{CSS[tm]}</style></head><body>{body}</body></html>"


def html_fapiao(doc):
    s, b = doc['sup'], doc['buyer']
    date_s = fmt_date(doc['date'], 'zh'); doc['date_str'] = date_s
    rows = ''
    for it in doc['items']:
        rows += f"<tr><td>*日用杂品*{H.escape(it['zh'] or it['desc'])}</td><td>{it['sku']}</td><td>个</td><td class='r'>{it['qty']}</td><td class='r'>{fmt_num(it['price'], 'plain', 2)}</td><td class='r'>{fmt_num(it['total'], 'plain')}</td><td class='r'>13%</td><td class='r'>{fmt_num(q2(it['total'] * D('0.13')), 'plain')}</td></tr>"
    tax = doc['taxes'][0][2]
    code = f"{R.randint(10**19, 10**20 - 1)}"
    return f"""<html><head><meta charset='utf-8'><style>@page{{size:A4 landscape;margin:12mm}}{CSS['fapiao']}</style></head><body>
    <div class='title'>电子发票（增值税专用发票）</div>
    <div class='meta'><div>发票号码：{code}</div><div>开票日期：{date_s}</div></div>
    <table class='g' style='margin-top:6px'><tr><td class='lab' rowspan='2'>购<br>买<br>方</td><td>名称：{H.escape(b['name'])}<br>统一社会信用代码/纳税人识别号：{b['taxid']}</td>
    <td class='lab' rowspan='2'>销<br>售<br>方</td><td>名称：{H.escape(s['name'])}<br>统一社会信用代码/纳税人识别号：{s['taxid'].split()[-1]}</td></tr><tr><td>{H.escape(b['addr'][0])}</td><td>{H.escape(s['addr'][0])}</td></tr></table>
    <table class='g'><tr><th>项目名称</th><th>规格型号</th><th>单位</th><th>数量</th><th>单价</th><th>金额</th><th>税率/征收率</th><th>税额</th></tr>{rows}
    <tr><td>合　　计</td><td></td><td></td><td></td><td></td><td class='r'>¥{fmt_num(doc['subtotal'], 'plain')}</td><td></td><td class='r'>¥{fmt_num(tax, 'plain')}</td></tr>
    <tr><td>价税合计（大写）</td><td colspan='4'>⊗{cn_upper(doc['total'])}</td><td colspan='3'>（小写）¥{fmt_num(doc['total'], 'plain')}</td></tr>
    <tr><td>备注</td><td colspan='7'>开户行及账号：{H.escape(s['bank'])}</td></tr></table>
    <div class='meta' style='margin-top:6px'><div>开票人：周敏</div><div>收款人：李娜</div><div>复核：陈刚</div></div></body></html>"""


# ------------------------------------------------------------------ renderers
def run(cmd, timeout=180):
    return subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)


def render_html(doc, path, engine):
    src = html_doc(doc)
    hp = WORK / f"{path.stem}.html"
    hp.write_text(src, encoding='utf-8')
    if engine == 'weasyprint':
        import weasyprint
        weasyprint.HTML(string=src, base_url=str(WORK)).write_pdf(str(path))
    else:
        run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
             '--print-to-pdf-no-header', f'--print-to-pdf={path}', hp.as_uri()], timeout=120)


_rl_fonts = False


def rl_fonts():
    global _rl_fonts
    if _rl_fonts: return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont('DJ', FONT_DJ)); pdfmetrics.registerFont(TTFont('DJB', FONT_DJB))
    pdfmetrics.registerFont(TTFont('WQY', FONT_WQY, subfontIndex=0))
    _rl_fonts = True


def render_reportlab(doc, path):
    """commercial-invoice / packing list / plain invoice drawn on a canvas."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4, letter
    rl_fonts()
    lang = doc['lang']
    if lang in ('zh+en', 'ja', 'zh'): F, FB = 'WQY', 'WQY'
    elif lang == 'pl': F, FB = 'DJ', 'DJB'
    else: F, FB = 'Helvetica', 'Helvetica-Bold'; doc['corefont'] = True
    t = T[lang]
    size = letter if doc['sup'].get('cur') in ('USD', 'CAD') and lang != 'zh+en' else A4
    W, Hh = size
    c = canvas.Canvas(str(path), pagesize=size, invariant=0)
    c.setTitle(f"{t.get('invoice', 'Invoice')} {doc['number']}")
    s, b = doc['sup'], doc['buyer']
    date_s = fmt_date(doc['date'], doc['datestyle']); doc['date_str'] = date_s
    title = TITLES.get((lang, doc['doc_type']), t['invoice'])
    pl = doc['doc_type'] == 'packing_list'
    page = 1
    def header(first):
        y = Hh - 50
        from reportlab.pdfbase.pdfmetrics import stringWidth as _sw
        nfs = 14 if _sw(s['name'], FB, 14) < 260 else 12
        c.setFont(FB, nfs); c.drawString(40, y, s['name'])
        room = W - 40 - (40 + _sw(s['name'], FB, nfs) + 18)
        tfs = min(18, 18 * room / max(1, _sw(title, FB, 18)))
        if s.get('zh') and lang == 'zh+en': c.setFont(F, 11); c.drawString(40, y - 16, s['zh']); y -= 16
        c.setFont(F, 8.5)
        for ln in s['addr'] + [x for x in (s.get('phone'), s.get('email'), s.get('taxid')) if x]:
            y -= 11; c.drawString(40, y, ln)
        c.setFont(FB, tfs); c.drawRightString(W - 40, Hh - 52, title)
        c.setFont(F, 9)
        yy = Hh - 72
        for a, v in [(t['no'], doc['number']), (t['date'], date_s)] + ([('PO', doc['po'])] if doc.get('po') else []):
            c.drawRightString(W - 130, yy, a + ':'); c.drawString(W - 125, yy, v); yy -= 12
        if not first:
            c.drawRightString(W - 40, yy - 4, f"p. {page}")
            return y - 30
        y -= 22
        c.setLineWidth(0.6); c.line(40, y + 8, W - 40, y + 8)
        c.setFont(FB, 9); c.drawString(40, y - 4, t['bill_to'] + ':')
        c.setFont(F, 9)
        yb = y - 16
        for ln in [b['name']] + b['addr']:
            c.drawString(40, yb, ln); yb -= 11
        if doc.get('incoterm'):
            c.setFont(FB, 9); c.drawString(W / 2 + 20, y - 4, 'Shipment / 运输:' if lang == 'zh+en' else 'Terms:')
            c.setFont(F, 9)
            for k, ln in enumerate([doc['incoterm'], doc.get('vessel', 'By sea, 1x40HQ'), 'Port of loading: Ningbo' if 'Ningbo' in doc['incoterm'] else 'Port of loading: Shenzhen (Yantian)', 'Destination: Newark, NJ, USA']):
                c.drawString(W / 2 + 20, y - 16 - 11 * k, ln)
        return yb - 16
    y = header(True)
    if pl:
        cols = [(t['sku'], 40, 'l'), (t['desc'], 110, 'l'), ('PCS', 330, 'r'), ('CTNS', 375, 'r'), ('N.W.(kg)', 430, 'r'), ('G.W.(kg)', 485, 'r'), ('CBM', W - 42, 'r')]
    else:
        cols = [(t['sku'], 40, 'l'), (t['desc'], 110, 'l'), (t['qty'], 370, 'r'), (t['price'], 450, 'r'), (t['amount'], W - 42, 'r')]
    def colhead(y):
        c.setFillColorRGB(0.92, 0.92, 0.92); c.rect(38, y - 4, W - 78, 15, fill=1, stroke=0); c.setFillColorRGB(0, 0, 0)
        c.setFont(FB, 8.5)
        for name, x, al in cols:
            (c.drawRightString if al == 'r' else c.drawString)(x, y, name)
        return y - 16
    y = colhead(y)
    c.setFont(F, 8.5)
    tot_ctn = tot_nw = tot_gw = 0
    for it in doc['items']:
        if y < 120:
            c.setFont(F, 7.5); c.drawRightString(W - 40, 40, 'continued / 续' if lang == 'zh+en' else 'continued'); c.showPage(); page += 1
            y = colhead(header(False)); c.setFont(F, 8.5)
        desc = it['desc'][:52]
        c.drawString(40, y, it['sku']); c.drawString(110, y, desc)
        if lang == 'zh+en' and it.get('zh'):
            c.setFont(F, 7.5); c.drawString(110, y - 10, it['zh']); c.setFont(F, 8.5)
        if pl:
            per = R.choice([24, 40, 48, 50, 60, 100]); ctn = math.ceil(it['qty'] / per)
            nw = round(ctn * R.uniform(6, 14), 1); gw = round(nw + ctn * 0.9, 1)
            tot_ctn += ctn; tot_nw += nw; tot_gw += gw
            for v, (_, x, _) in zip([str(it['qty']), str(ctn), f"{nw:.1f}", f"{gw:.1f}", f"{ctn * 0.062:.2f}"], cols[2:]):
                c.drawRightString(x, y, v)
        else:
            c.drawRightString(cols[2][1], y, str(it['qty']))
            c.drawRightString(cols[3][1], y, money(doc, it['price'], False))
            c.drawRightString(cols[4][1], y, money(doc, it['total'], False))
        y -= 22 if lang == 'zh+en' else 15
    c.line(40, y + 8, W - 40, y + 8)
    if pl:
        c.setFont(FB, 9)
        c.drawString(110, y - 6, 'TOTAL 合计' if lang == 'zh+en' else 'TOTAL')
        for v, (_, x, _) in zip([str(sum(i['qty'] for i in doc['items'])), str(tot_ctn), f"{tot_nw:.1f}", f"{tot_gw:.1f}", f"{tot_ctn * 0.062:.2f}"], cols[2:]):
            c.drawRightString(x, y - 6, v)
        y -= 30
        c.setFont(F, 8.5); c.drawString(40, y, 'Shipping marks 唛头: MARLOW CREEK / NEWARK / C/NO. 1-UP / MADE IN CHINA' if lang == 'zh+en' else 'Shipping marks: MARLOW CREEK / NEWARK / C/NO. 1-UP')
    else:
        if y < 150:
            c.showPage(); page += 1; y = header(False)
        for k, (a, v) in enumerate(totals_rows(doc, t)):
            last = k == len(totals_rows(doc, t)) - 1
            c.setFont(FB if last else F, 10 if last else 9)
            c.drawRightString(cols[3][1], y - 6, a); c.drawRightString(W - 42, y - 6, v); y -= 14
        y -= 14
        c.setFont(F, 8)
        for ln in doc.get('foot', []):
            c.drawString(40, y, ln); y -= 11
    c.setFont(F, 7.5)
    if s.get('bank'): c.drawString(40, 40, s['bank'])
    c.drawString(40, 52, 'Authorized signature / 授权签字: ____________' if lang == 'zh+en' else '')
    c.showPage(); c.save()


def render_fpdf(doc, path):
    from fpdf import FPDF
    s, b = doc['sup'], doc['buyer']
    date_s = fmt_date(doc['date'], doc['datestyle']); doc['date_str'] = date_s
    if doc['tmpl'] == 'receipt':
        n = len(doc['items'])
        hgt = 150 + n * 9
        pdf = FPDF(unit='mm', format=(80, hgt)); pdf.set_auto_page_break(False); pdf.add_page(); pdf.set_margins(4, 4)
        pdf.set_font('Courier', 'B', 10); doc['corefont'] = True
        w = 72
        pdf.set_xy(4, 6)
        for ln in [s['name']] + s['addr'] + [s['phone']]:
            pdf.cell(w, 4.5, ln, align='C', new_x='LMARGIN', new_y='NEXT'); pdf.set_font('Courier', '', 8.5)
        pdf.ln(2)
        pdf.cell(w, 4, f"MEMBER 1118 0427 3391  {date_s} {R.randint(8, 19):02d}:{R.randint(0, 59):02d}", new_x='LMARGIN', new_y='NEXT')
        pdf.cell(w, 4, 'BUS MBR: ' + b['name'].upper()[:30], new_x='LMARGIN', new_y='NEXT')
        pdf.ln(2)
        for it in doc['items']:
            flag = '' if it['sku'] in ('771230', '209951', '901177') else ' T'
            line = f"{it['sku']} {it['desc'][:20]:<20}"
            pdf.cell(w, 4, line, new_x='LMARGIN', new_y='NEXT')
            pdf.cell(w, 4, f"  {it['qty']} @ {fmt_num(it['price'], 'us')}" + f"{fmt_num(it['total'], 'us'):>{28 - len(str(it['qty'])) - len(fmt_num(it['price'], 'us'))}}{flag}", new_x='LMARGIN', new_y='NEXT')
        pdf.ln(2)
        for lab, val in [('SUBTOTAL', doc['subtotal'])] + [(x[0], x[2]) for x in doc['taxes']]:
            pdf.cell(w, 4, f"{lab:>22}{fmt_num(val, 'us'):>12}", new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('Courier', 'B', 10)
        pdf.cell(w, 5, f"{'**** TOTAL':>18}{fmt_num(doc['total'], 'us'):>11}", new_x='LMARGIN', new_y='NEXT')
        pdf.set_font('Courier', '', 8.5)
        pdf.cell(w, 4, f"{'VISA BUS TEND':>22}{fmt_num(doc['total'], 'us'):>12}", new_x='LMARGIN', new_y='NEXT')
        pdf.cell(w, 4, f"CHIP READ  ************{R.randint(1000, 9999)}  AUTH {R.randint(100000, 999999)}", new_x='LMARGIN', new_y='NEXT')
        pdf.ln(2)
        pdf.cell(w, 4, f"TOTAL NUMBER OF ITEMS SOLD = {sum(i['qty'] for i in doc['items'])}", new_x='LMARGIN', new_y='NEXT')
        pdf.cell(w, 4, f"TRN {doc['number']}", new_x='LMARGIN', new_y='NEXT')
        pdf.cell(w, 4, 'T = NJ TAXABLE ITEM', new_x='LMARGIN', new_y='NEXT')
        pdf.cell(w, 4, 'THANK YOU FOR SHOPPING WITH US', align='C', new_x='LMARGIN', new_y='NEXT')
        pdf.output(str(path)); return
    # simple invoice / delivery note
    lang = doc['lang']; t = T[lang]
    pdf = FPDF(unit='mm', format='Letter' if doc['currency'] in ('USD', 'CAD') else 'A4')
    uni = lang not in ('en', 'de', 'fr', 'it', 'es', 'nl') or doc['currency'] == 'EUR'
    if uni:
        pdf.add_font('DJ', '', FONT_DJ); pdf.add_font('DJ', 'B', FONT_DJB); FN = 'DJ'
    else:
        FN = 'Helvetica'; doc['corefont'] = True
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    title = TITLES.get((lang, doc['doc_type']), t['invoice'])
    dn = doc['doc_type'] == 'delivery_note'
    pdf.set_font(FN, 'B', 16); pdf.cell(0, 8, s['name'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(FN, '', 8.5)
    pdf.multi_cell(0, 4, ' | '.join(s['addr'] + [x for x in (s.get('phone'), s.get('email')) if x]), new_x='LMARGIN', new_y='NEXT')
    pdf.ln(8)
    y0 = pdf.get_y()
    pdf.set_font(FN, 'B', 9); pdf.cell(90, 5, t['bill_to'], new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(FN, '', 9)
    for ln in [b['name']] + b['addr']: pdf.cell(90, 4.5, ln, new_x='LMARGIN', new_y='NEXT')
    y1 = pdf.get_y()
    pdf.set_xy(120, y0); pdf.set_font(FN, 'B', 14); pdf.cell(0, 7, title, new_x='LMARGIN', new_y='NEXT')
    pdf.set_font(FN, '', 9)
    no_lab = 'Lieferschein-Nr.' if dn else t['no']
    for a, v in [(no_lab, doc['number']), (t['date'], date_s)] + ([(t['due'], fmt_date(doc['due_date'], doc['datestyle']))] if not dn and doc['doc_type'] == 'invoice' else []):
        pdf.set_x(120); pdf.cell(35, 5, a); pdf.cell(0, 5, v, new_x='LMARGIN', new_y='NEXT')
    pdf.set_y(max(y1, pdf.get_y()) + 8)
    widths = [25, 85, 18, 28, 30] if not dn else [25, 110, 25, 0, 0]
    heads = [t['sku'], t['desc'], t['qty'], t['price'], t['amount']]
    pdf.set_font(FN, 'B', 8.5); pdf.set_fill_color(230, 230, 230)
    for wv, hv, al in zip(widths, heads, 'LLRRR'):
        if wv: pdf.cell(wv, 6, hv, border='B', align=al, fill=True)
    pdf.ln()
    pdf.set_font(FN, '', 8.5)
    for it in doc['items']:
        vals = [it['sku'], it['desc'][:50], str(it['qty']), money(doc, it['price'], False), money(doc, it['total'], False)]
        for wv, v, al in zip(widths, vals, 'LLRRR'):
            if wv: pdf.cell(wv, 5.5, v, align=al)
        pdf.ln()
    pdf.ln(3)
    if not dn:
        for k, (a, v) in enumerate(totals_rows(doc, t)):
            last = k == len(totals_rows(doc, t)) - 1
            pdf.set_font(FN, 'B' if last else '', 10 if last else 9)
            pdf.set_x(100); pdf.cell(56, 6, a, align='R'); pdf.cell(30, 6, v, align='R', new_x='LMARGIN', new_y='NEXT')
    else:
        pdf.set_font(FN, '', 9); pdf.ln(6)
        pdf.multi_cell(0, 5, 'Ware in einwandfreiem Zustand erhalten / Goods received in good condition.\nAnzahl Packstücke: ' + str(math.ceil(sum(i['qty'] for i in doc['items']) / 24)) + '\n\nUnterschrift Empfänger: ______________________')
    pdf.ln(6); pdf.set_font(FN, '', 7.5)
    for ln in doc.get('foot', []) + [x for x in (s.get('taxid'), s.get('reg'), s.get('bank')) if x]:
        pdf.cell(0, 4, ln, new_x='LMARGIN', new_y='NEXT')
    pdf.output(str(path))


def xml_esc(x):
    return H.escape(str(x), quote=True)


def write_fods(doc, path):
    """Spreadsheet invoice/price list written as flat ODS XML (LibreOffice converts it)."""
    t = T.get(doc['lang'], T['en']); s, b = doc['sup'], doc['buyer']
    date_s = fmt_date(doc['date'], doc['datestyle']); doc['date_str'] = date_s
    rows = []
    def row(cells, style=None):
        rows.append((cells, style))
    pricelist = doc['doc_type'] == 'other' and doc.get('subkind') == 'price_list'
    title = 'WHOLESALE PRICE LIST' if pricelist else TITLES.get((doc['lang'], doc['doc_type']), t.get('invoice', 'Invoice'))
    row([(s['name'], 'big')]); 
    if s.get('zh') and doc['lang'] == 'zh+en': row([(s['zh'], 'b')])
    for ln in s['addr']: row([(ln, None)])
    row([(s.get('taxid') or s.get('phone', ''), None)]); row([])
    row([(title, 'big'), ('', None), ('', None), (t['no'] if not pricelist else 'Valid from', 'b'), (doc['number'] if not pricelist else date_s, None)])
    row([(t['bill_to'] if not pricelist else 'Prepared for', 'b'), ('', None), ('', None), (t['date'], 'b'), (date_s, None)])
    for ln in [b['name']] + b['addr']: row([(ln, None)])
    row([])
    if pricelist:
        row([(t['sku'], 'h'), (t['desc'], 'h'), ('Case pack', 'h'), ('Unit price', 'h'), ('Case price', 'h')])
        for it in doc['items']:
            cp = R.choice([6, 12, 24])
            row([(it['sku'], 't'), (it['desc'], 't'), (cp, 'tr'), (money(doc, it['price']), 'tr'), (money(doc, it['price'] * cp), 'tr')])
        row([]); row([('Prices in USD, FOB our warehouse. Subject to change without notice. Min. order $250.', None)])
    else:
        row([(t['sku'], 'h'), (t['desc'], 'h'), (t['qty'], 'h'), (t['price'], 'h'), (t['amount'], 'h')])
        for it in doc['items']:
            d = it['desc'] + (' ' + it['zh'] if it.get('zh') and doc['lang'] == 'zh+en' else '')
            row([(it['sku'], 't'), (d, 't'), (it['qty'], 'tr'), (money(doc, it['price'], False), 'tr'), (money(doc, it['total'], False), 'tr')])
        row([])
        for k, (a, v) in enumerate(totals_rows(doc, t)):
            row([('', None), ('', None), ('', None), (a, 'b'), (v, 'br' if k == len(totals_rows(doc, t)) - 1 else 'r')])
        row([])
        for ln in doc.get('foot', []): row([(ln, None)])
    xml_rows = []
    for cells, _ in rows:
        cs = ''
        for v, st in cells:
            st_attr = f" table:style-name='{st}'" if st else ''
            if v == '' and not st:
                cs += "<table:table-cell/>"
            elif isinstance(v, int):
                cs += f"<table:table-cell{st_attr} office:value-type='float' office:value='{v}'><text:p>{v}</text:p></table:table-cell>"
            else:
                cs += f"<table:table-cell{st_attr} office:value-type='string'><text:p>{xml_esc(v)}</text:p></table:table-cell>"
        xml_rows.append(f"<table:table-row>{cs or '<table:table-cell/>'}</table:table-row>")
    widths = ['2.3cm', '6.4cm', '1.7cm', '2.8cm', '3.0cm']
    fn = 'WenQuanYi Micro Hei' if doc['lang'] == 'zh+en' else 'Liberation Sans'
    xml = f"""<?xml version='1.0' encoding='UTF-8'?>
<office:document xmlns:office='urn:oasis:names:tc:opendocument:xmlns:office:1.0' xmlns:style='urn:oasis:names:tc:opendocument:xmlns:style:1.0'
 xmlns:text='urn:oasis:names:tc:opendocument:xmlns:text:1.0' xmlns:table='urn:oasis:names:tc:opendocument:xmlns:table:1.0'
 xmlns:fo='urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0' office:version='1.2' office:mimetype='application/vnd.oasis.opendocument.spreadsheet'>
<office:font-face-decls><style:font-face style:name='F1' svg:font-family='{fn}' xmlns:svg='urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0'/></office:font-face-decls>
<office:styles><style:style style:name='Default' style:family='table-cell'><style:text-properties style:font-name='F1' fo:font-size='9pt' style:font-name-asian='F1'/></style:style></office:styles>
<office:automatic-styles>
{''.join(f"<style:style style:name='c{i}' style:family='table-column'><style:table-column-properties style:column-width='{w}'/></style:style>" for i, w in enumerate(widths))}
<style:style style:name='big' style:family='table-cell'><style:text-properties fo:font-size='15pt' fo:font-weight='bold' style:font-name='F1'/></style:style>
<style:style style:name='b' style:family='table-cell'><style:text-properties fo:font-weight='bold' style:font-name='F1'/></style:style>
<style:style style:name='r' style:family='table-cell'><style:paragraph-properties fo:text-align='end'/><style:text-properties style:font-name='F1'/></style:style>
<style:style style:name='br' style:family='table-cell'><style:table-cell-properties fo:border-top='0.06pt solid #000000' fo:border-bottom='1.5pt double #000000'/><style:paragraph-properties fo:text-align='end'/><style:text-properties fo:font-weight='bold' style:font-name='F1'/></style:style>
<style:style style:name='h' style:family='table-cell'><style:table-cell-properties fo:background-color='#d9e1f2' fo:border='0.06pt solid #000000'/><style:text-properties fo:font-weight='bold' style:font-name='F1'/></style:style>
<style:style style:name='t' style:family='table-cell'><style:table-cell-properties fo:border='0.06pt solid #000000'/><style:text-properties style:font-name='F1'/></style:style>
<style:style style:name='tr' style:family='table-cell'><style:table-cell-properties fo:border='0.06pt solid #000000'/><style:paragraph-properties fo:text-align='end'/><style:text-properties style:font-name='F1'/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name='{xml_esc(doc['number'])[:30] or 'Sheet1'}'>
{''.join(f"<table:table-column table:style-name='c{i}'/>" for i in range(5))}
{''.join(xml_rows)}
</table:table></office:spreadsheet></office:body></office:document>"""
    xml = xml.replace("'", '"').replace(' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>', '/>')
    xml = xml.replace('office:version="1.2"', 'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"')
    path.write_text(xml, encoding='utf-8')


def write_docx(doc, path):
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    t = T.get(doc['lang'], T['en']); s, b = doc['sup'], doc['buyer']
    date_s = fmt_date(doc['date'], doc['datestyle']); doc['date_str'] = date_s
    d = Document()
    st = d.styles['Normal']; st.font.name = doc.get('font', 'Liberation Serif' if R.random() < .5 else 'DejaVu Sans'); st.font.size = Pt(10)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.6)
    p = d.add_paragraph(); r = p.add_run(s['name']); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph(', '.join(s['addr']) + ('\n' + ' · '.join(x for x in (s.get('phone'), s.get('email'), s.get('taxid')) if x)))
    kind = doc['doc_type']
    if kind == 'other' and doc.get('subkind') == 'letter':
        d.add_paragraph(date_s)
        d.add_paragraph('\n'.join([b['name']] + b['addr']))
        d.add_paragraph(doc['letter_subject']).runs[0].bold = True
        for para in doc['letter_body']: d.add_paragraph(para)
        d.add_paragraph(doc['letter_sign'])
        d.save(str(path)); return
    title = doc.get('title') or TITLES.get((doc['lang'], kind), t['invoice'])
    p = d.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(18)
    meta = [(t['no'] if kind != 'purchase_order' else 'PO No.', doc['number']), (t['date'], date_s)]
    if kind == 'quotation': meta.append(('Válida hasta' if doc['lang'] == 'es' else ('Ważna do' if doc['lang'] == 'pl' else 'Valid until'), fmt_date(doc['due_date'], doc['datestyle'])))
    if kind == 'invoice': meta.append((t['due'], fmt_date(doc['due_date'], doc['datestyle'])))
    tb = d.add_table(rows=0, cols=2)
    for a, v in meta:
        c = tb.add_row().cells; c[0].text = a; c[1].text = v
    if kind == 'purchase_order':
        d.add_paragraph('Vendor:\n' + '\n'.join([s['name']] + s['addr']))
        d.add_paragraph('Ship to:\n' + '\n'.join(PREP))
    else:
        d.add_paragraph(t['bill_to'] + ':\n' + '\n'.join([b['name']] + b['addr']))
    tbl = d.add_table(rows=1, cols=5); tbl.style = 'Table Grid'
    for c, h in zip(tbl.rows[0].cells, [t['sku'], t['desc'], t['qty'], t['price'], t['amount']]):
        c.text = h; c.paragraphs[0].runs[0].bold = True
    for it in doc['items']:
        c = tbl.add_row().cells
        for k, v in enumerate([it['sku'], it['desc'], str(it['qty']), money(doc, it['price'], False), money(doc, it['total'], False)]):
            c[k].text = v
            if k >= 2: c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    tt = d.add_table(rows=0, cols=2)
    for a, v in totals_rows(doc, t):
        c = tt.add_row().cells; c[0].text = a; c[1].text = v; c[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for ln in doc.get('foot', []): d.add_paragraph(ln)
    d.save(str(path))


def soffice_batch(paths):
    if not paths: return
    prof = (WORK / 'lo_profile').as_uri()
    for k in range(0, len(paths), 25):
        run(['/usr/bin/soffice', f'-env:UserInstallation={prof}', '--headless', '--convert-to', 'pdf', '--outdir', str(WORK)] + [str(p) for p in paths[k:k + 25]], timeout=600)


# ------------------------------------------------------------- scans / photos
def render_pages(pdf_path, dpi):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    ims = [pg.render(scale=dpi / 72).to_pil().convert('RGB') for pg in pdf]
    sizes = [pg.get_size() for pg in pdf]
    pdf.close()
    return ims, sizes


def scan_degrade(img, rng):
    import numpy as np, cv2
    from PIL import Image, ImageFilter
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    ang = rng.uniform(-1.4, 1.4)
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    M[0, 2] += rng.uniform(-8, 8); M[1, 2] += rng.uniform(-8, 8)
    a = cv2.warpAffine(a, M, (w, h), borderValue=(238, 236, 230))
    tint = np.array([rng.uniform(242, 252), rng.uniform(240, 250), rng.uniform(232, 246)], np.float32) / 255
    a = a * tint
    a = a + rng.uniform(-6, 6) + np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(2, 6), a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    H3 = np.vstack([M, [0, 0, 1]])
    return im, H3


def phone_photo(img, rng):
    import numpy as np, cv2
    from PIL import Image
    a = np.asarray(img).astype(np.float32)
    h, w = a.shape[:2]
    pad = int(0.12 * max(w, h))
    W2, H2 = w + 2 * pad, h + 2 * pad
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    j = lambda: rng.uniform(-0.06, 0.06) * w
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    Hm = cv2.getPerspectiveTransform(src, dst)
    desk = np.array([rng.uniform(60, 120), rng.uniform(50, 100), rng.uniform(35, 80)], np.float32)
    out = cv2.warpPerspective(a, Hm, (W2, H2), borderMode=cv2.BORDER_CONSTANT, borderValue=tuple(float(x) for x in desk))
    yy, xx = np.mgrid[0:H2, 0:W2].astype(np.float32)
    lx, ly = rng.uniform(0.1, 0.9) * W2, rng.uniform(-0.2, 0.4) * H2
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(W2, H2)
    light = np.clip(1.15 - 0.75 * dist, 0.45, 1.1)[..., None]
    warm = np.array([1.0, 0.95, 0.82], np.float32)
    out = out * light * warm
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 1.6))
    out = out + np.random.default_rng(rng.randint(0, 10**6)).normal(0, rng.uniform(3, 7), out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    im = Image.fromarray(out)
    scale = rng.uniform(0.7, 0.9)
    im = im.resize((int(W2 * scale), int(H2 * scale)))
    S = np.diag([scale, scale, 1.0])
    return im, S @ Hm


def images_to_pdf(ims, path, dpi):
    ims[0].save(str(path), 'PDF', resolution=dpi, save_all=True, append_images=ims[1:])


def capture(doc, pdf_path, out_base, kind, rng, edit_hook=None):
    """kind: scan_jpg | scan_png | scan_pdf | photo_jpg. Returns (final path, pages)."""
    dpi = rng.choice([150, 200]) if kind != 'photo_jpg' else 170
    ims, sizes = render_pages(pdf_path, dpi)
    if kind in ('scan_jpg', 'scan_png', 'photo_jpg'):
        ims = ims[:1]
    outs, mats = [], []
    for im in ims:
        if kind == 'photo_jpg': o, M = phone_photo(im, rng)
        else: o, M = scan_degrade(im, rng)
        if kind == 'scan_jpg' and rng.random() < .5:
            o = o.resize((int(o.width * .8), int(o.height * .8))); M = np.diag([.8, .8, 1.0]) @ M
        outs.append(o); mats.append(M)
    doc['_cap'] = dict(dpi=dpi, mats=mats, sizes=sizes, src_pdf=str(pdf_path))
    if kind == 'scan_jpg' or kind == 'photo_jpg':
        p = out_base.with_suffix('.jpg'); outs[0].save(str(p), quality=rng.randint(68, 88))
    elif kind == 'scan_png':
        p = out_base.with_suffix('.png'); outs[0].convert('L').save(str(p))
    else:
        p = out_base.with_suffix('.pdf')
        images_to_pdf([o.convert('L') if rng.random() < .5 else o for o in outs], p, dpi)
    return p, len(outs)


import numpy as np

# ----------------------------------------------------------------- text boxes
def find_boxes(pdf_path, text, page=None, whole=False):
    """all boxes (page, l, b, r, t) in PDF points of `text`."""
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path))
    res = []
    for pi in range(len(pdf)):
        if page is not None and pi != page: continue
        tp = pdf[pi].get_textpage()
        se = tp.search(text, match_case=True, match_whole_word=whole)
        while True:
            m = se.get_next()
            if not m: break
            i, n = m
            bx = [tp.get_charbox(i + k) for k in range(n)]
            bx = [x for x in bx if x[2] > x[0]]
            if not bx: continue
            res.append((pi, min(x[0] for x in bx), min(x[1] for x in bx), max(x[2] for x in bx), max(x[3] for x in bx)))
    pdf.close()
    return res


def page_size(pdf_path, pi=0):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(pdf_path)); s = pdf[pi].get_size(); pdf.close(); return s


def qty_box(pdf_path, doc, row):
    it = doc['items'][row]
    rb = find_boxes(pdf_path, it['desc'][:14])
    if not rb: return None
    pi, l, b, r, t = rb[0]
    yc = (b + t) / 2
    for box in find_boxes(pdf_path, str(it['qty']), whole=True):
        if box[0] == pi and abs((box[2] + box[4]) / 2 - yc) < 4 and box[1] > r - 5:
            return box
    return None


# ------------------------------------------------------------------- edits
def overlay_pdf(src, dst, repls, incremental=False, annot=False):
    """repls: list of (page, l, b, r, t, newtext, align). white box + Helvetica text."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, NameObject, ArrayObject, FloatObject, TextStringObject, StreamObject, NumberObject
    from reportlab.pdfgen import canvas
    if incremental:
        w = PdfWriter(str(src), incremental=True)
    else:
        w = PdfWriter(clone_from=str(src))
    bypage = {}
    for rp in repls: bypage.setdefault(rp[0], []).append(rp)
    for pi, lst in bypage.items():
        pg = w.pages[pi]
        pw, ph = float(pg.mediabox.width), float(pg.mediabox.height)
        if annot:
            for (_, l, b, r, t, new, al) in lst:
                new.encode('cp1252')  # a Preview-style FreeText with Helvetica cannot show CJK: caller skips
                fs = max(6, (t - b) / 0.72)
                from reportlab.pdfbase.pdfmetrics import stringWidth
                tw = stringWidth(new, 'Helvetica', fs)
                x0 = l - 2 if al == 'l' else min(l, r - tw) - 2
                x1 = max(r, x0 + tw + 2) + 2
                bw, bh = x1 - x0, (t - b) + 6
                tx = 2 if al == 'l' else bw - tw - 2
                stream = StreamObject()
                enc = new.encode('cp1252', 'replace').replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)')
                stream._data = b'1 1 1 rg 0 0 %.2f %.2f re f BT /Helv %.2f Tf 0.1 0.1 0.1 rg %.2f 3 Td (' % (bw, bh, fs, tx) + enc + b') Tj ET'
                stream.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                               NameObject('/BBox'): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(bw), FloatObject(bh)]),
                               NameObject('/Resources'): DictionaryObject({NameObject('/Font'): DictionaryObject({NameObject('/Helv'): DictionaryObject({
                                   NameObject('/Type'): NameObject('/Font'), NameObject('/Subtype'): NameObject('/Type1'),
                                   NameObject('/BaseFont'): NameObject('/Helvetica'), NameObject('/Encoding'): NameObject('/WinAnsiEncoding')})})})})
                ap = w._add_object(stream)
                an = DictionaryObject({NameObject('/Type'): NameObject('/Annot'), NameObject('/Subtype'): NameObject('/FreeText'),
                                       NameObject('/Rect'): ArrayObject([FloatObject(x0), FloatObject(b - 3), FloatObject(x1), FloatObject(t + 3)]),
                                       NameObject('/Contents'): TextStringObject(new), NameObject('/DA'): TextStringObject(f'/Helv {fs:.1f} Tf 0 g'),
                                       NameObject('/F'): NumberObject(4), NameObject('/T'): TextStringObject('Dana'),
                                       NameObject('/M'): TextStringObject("D:2026" + f"{R.randint(1, 11):02d}{R.randint(1, 28):02d}" + "101500-05'00'"),
                                       NameObject('/AP'): DictionaryObject({NameObject('/N'): ap})})
                w.add_annotation(pi, an)
            continue
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(pw, ph))
        for (_, l, b, r, t, new, al) in lst:
            fs = max(6, (t - b) / 0.72)
            c.setFillColorRGB(1, 1, 1)
            from reportlab.pdfbase.pdfmetrics import stringWidth
            fnm = 'Helvetica'
            if any(ord(ch) > 0xff for ch in new): rl_fonts(); fnm = 'WQY'
            tw = stringWidth(new, fnm, fs)
            x0 = min(l, r - tw) if al == 'r' else l
            c.rect(x0 - 1.5, b - 2, max(r, x0 + tw) - x0 + 3, (t - b) + 4, fill=1, stroke=0)
            c.setFillColorRGB(0.05, 0.05, 0.05); c.setFont(fnm, fs)
            if al == 'r': c.drawRightString(r, b, new)
            else: c.drawString(l, b, new)
        c.save()
        from pypdf import PdfReader as PR
        ov = PR(io.BytesIO(buf.getvalue())).pages[0]
        pg.merge_page(ov)
    with open(dst, 'wb') as f:
        w.write(f)


def pikepdf_replace(src, dst, pairs):
    """replace literal strings in text-showing operators. pairs: [(old, new)] str."""
    import pikepdf
    pdf = pikepdf.open(str(src))
    hits = 0
    for page in pdf.pages:
        ops = pikepdf.parse_content_stream(page)
        new_ops = []
        for operands, op in ops:
            if str(op) == 'Tj' and operands and isinstance(operands[0], pikepdf.String):
                bs = bytes(operands[0])
                for old, new in pairs:
                    ob, nb = old.encode('cp1252'), new.encode('cp1252')
                    if ob in bs:
                        bs = bs.replace(ob, nb); hits += 1
                operands = [pikepdf.String(bs)]
            elif str(op) == 'TJ' and operands:
                arr = operands[0]
                joined = b''.join(bytes(x) for x in arr if isinstance(x, pikepdf.String))
                for old, new in pairs:
                    ob, nb = old.encode('cp1252'), new.encode('cp1252')
                    if ob in joined:
                        joined = joined.replace(ob, nb); hits += 1
                        arr = pikepdf.Array([pikepdf.String(joined)])
                operands = [arr]
            new_ops.append((operands, op))
        page.Contents = pdf.make_stream(pikepdf.unparse_content_stream(new_ops))
    pdf.save(str(dst))
    return hits


def img_box(doc, box):
    """PDF box -> pixel bbox in captured image."""
    cap = doc['_cap']; pi, l, b, r, t = box
    pw, ph = cap['sizes'][pi]; s = cap['dpi'] / 72
    pts = np.array([[l * s, (ph - t) * s, 1], [r * s, (ph - t) * s, 1], [r * s, (ph - b) * s, 1], [l * s, (ph - b) * s, 1]]).T
    M = cap['mats'][pi]
    q = M @ pts
    q = q[:2] / q[2]
    return int(q[0].min()), int(q[1].min()), int(math.ceil(q[0].max())), int(math.ceil(q[1].max()))


def paste_text(img, bb, new, align, rng, screenshot=False):
    from PIL import Image, ImageDraw, ImageFont, ImageFilter
    x0, y0, x1, y1 = bb
    pad = 3
    ring = np.asarray(img.convert('RGB').crop((x0 - 8, y0 - 8, x1 + 8, y1 + 8))).reshape(-1, 3)
    bg = tuple(int(v) for v in np.percentile(ring, 80, axis=0))
    ink = tuple(int(v) for v in np.percentile(ring, 2, axis=0))
    hgt = y1 - y0
    cjk = any(ord(ch) > 0x2000 for ch in new)
    fsz = max(8, int(hgt * (1.25 if not screenshot else 1.05)))
    fnt = ImageFont.truetype(FONT_WQY, fsz, index=0) if cjk else ImageFont.truetype(FONT_DJ if not screenshot else FONT_DJB, fsz)
    tw = fnt.getlength(new)
    bx0 = min(x0, int(x1 - tw)) if align == 'r' else x0
    bx1 = max(x1, int(bx0 + tw))
    patch = Image.new('RGB', (bx1 - bx0 + 2 * pad, hgt + 2 * pad + 4), bg if not screenshot else (255, 255, 255))
    d = ImageDraw.Draw(patch)
    tx = pad + (patch.width - 2 * pad - tw if align == 'r' else 0)
    d.text((tx, pad - int(hgt * 0.22)), new, font=fnt, fill=ink if not screenshot else (30, 30, 30))
    if not screenshot: patch = patch.filter(ImageFilter.GaussianBlur(0.5))
    img = img.convert('RGB')
    img.paste(patch, (bx0 - pad, y0 - pad - 1))
    return img


def clone_region(img, src_bb, dst_bb):
    x0, y0, x1, y1 = src_bb
    w, h = x1 - x0 + 4, y1 - y0 + 4
    patch = img.crop((x0 - 2, y0 - 2, x0 - 2 + w, y0 - 2 + h))
    dx1, dy0 = dst_bb[2], dst_bb[1]
    img = img.copy()
    img.paste(patch, (dx1 + 2 - w, dy0 - 2))  # right-align like a qty column
    return img


# ====================================================================== plan
def plan():
    G = []
    def add(skey, prod, tmpl, n=1, **kw):
        for _ in range(n): G.append((skey, prod, tmpl, dict(kw)))
    # Chinese factories
    add('ningbo', 'reportlab', 'ci', 2, incoterm='FOB Ningbo')
    add('ningbo', 'reportlab', 'ci', 1, incoterm='FOB Ningbo', n_items=34)            # multi-page CI
    add('ningbo', 'reportlab', 'ci', 1, incoterm='FOB Ningbo', arith='sum')
    add('ningbo', 'chromium', 'alibaba', 1, incoterm='FOB Ningbo')
    add('ningbo', 'soffice_calc', 'fods', 2)
    add('ningbo', 'reportlab', 'ci', 1, doc_type='proforma', incoterm='FOB Ningbo')
    add('ningbo', 'reportlab', 'ci', 2, doc_type='packing_list', incoterm='FOB Ningbo')
    add('ningbo', 'reportlab', 'ci', 1, capture='scan_pdf', incoterm='FOB Ningbo')
    add('ningbo', 'reportlab', 'ci', 1, capture='photo_jpg', incoterm='FOB Ningbo')
    add('yiwu', 'chromium', 'alibaba', 2, incoterm='FOB Ningbo')
    add('yiwu', 'weasyprint', 'alibaba', 1, incoterm='FOB Ningbo')
    add('yiwu', 'docx_soffice', 'docx', 2)
    add('yiwu', 'soffice_calc', 'fods', 1)
    add('yiwu', 'weasyprint', 'alibaba', 1, doc_type='proforma', incoterm='FOB Ningbo')
    add('yiwu', 'reportlab', 'ci', 1, doc_type='packing_list', incoterm='FOB Ningbo')
    add('yiwu', 'weasyprint', 'alibaba', 2, capture='photo_jpg', incoterm='FOB Ningbo')
    add('yiwu', 'chromium', 'alibaba', 1, capture='scan_jpg', incoterm='FOB Ningbo')
    add('guangzhou', 'reportlab', 'ci', 2, incoterm='FOB Shenzhen')
    add('guangzhou', 'soffice_calc', 'fods', 1)
    add('guangzhou', 'reportlab', 'ci', 1, capture='scan_png', incoterm='FOB Shenzhen')
    add('shenzhen', 'weasyprint', 'fapiao', 2, paper='A4 landscape')
    add('shenzhen', 'chromium', 'fapiao', 1)
    add('shenzhen', 'weasyprint', 'fapiao', 1, capture='scan_jpg')
    add('shenzhen', 'weasyprint', 'fapiao', 1, capture='photo_jpg')
    # US distributors
    add('delmarva', 'chromium', 'ledger', 2)
    add('delmarva', 'chromium', 'ledger', 1, n_items=42)
    add('delmarva', 'chromium', 'ledger', 1, arith='line')
    add('delmarva', 'weasyprint', 'ledger', 2)
    add('delmarva', 'weasyprint', 'ledger', 2, capture='scan_jpg')
    add('tricounty', 'weasyprint', 'clean', 2)
    add('tricounty', 'weasyprint', 'clean', 1, nj_tax=True, arith='tax')
    add('tricounty', 'chromium', 'clean', 2, nj_tax=True)
    add('tricounty', 'weasyprint', 'clean', 1, doc_type='credit_note', n_items=1)
    add('tricounty', 'chromium', 'clean', 1, doc_type='other', title='ORDER CONFIRMATION')
    add('tricounty', 'weasyprint', 'clean', 1, capture='photo_jpg')
    add('keystone', 'chromium', 'band', 2)
    add('keystone', 'chromium', 'band', 1, force_ship=True, arith='ship')
    add('keystone', 'weasyprint', 'band', 2)
    add('keystone', 'soffice_calc', 'fods', 1, doc_type='other', subkind='price_list', n_items=10)
    add('keystone', 'weasyprint', 'band', 1, capture='scan_pdf', n_items=30)
    add('hudson', 'weasyprint', 'friendly', 2)
    add('hudson', 'chromium', 'friendly', 1)
    add('hudson', 'fpdf2', 'simple', 1, arith='line')
    add('hudson', 'weasyprint', 'friendly', 1, capture='photo_jpg')
    add('greatlakes', 'fpdf2', 'simple', 3)
    add('greatlakes', 'fpdf2', 'simple', 1, n_items=40)
    add('greatlakes', 'fpdf2', 'simple', 1, capture='scan_png')
    add('greatlakes', 'docx_soffice', 'docx', 1, doc_type='purchase_order')
    add('greatlakes', 'weasyprint', 'clean', 1, doc_type='quotation')
    # wholesale clubs
    add('bulkway', 'fpdf2', 'receipt', 2)
    add('bulkway', 'fpdf2', 'receipt', 3, capture='photo_jpg')
    add('pricehaven', 'fpdf2', 'receipt', 2)
    add('pricehaven', 'fpdf2', 'receipt', 1, capture='photo_jpg')
    add('pricehaven', 'fpdf2', 'receipt', 1, capture='scan_jpg')
    # Mexico
    add('bajio', 'weasyprint', 'cfdi', 2)
    add('bajio', 'weasyprint', 'cfdi', 1, arith='tax')
    add('bajio', 'chromium', 'cfdi', 1)
    add('bajio', 'weasyprint', 'cfdi', 1, capture='scan_pdf')
    add('bajio', 'docx_soffice', 'docx', 1, doc_type='quotation')
    add('jalisco', 'weasyprint', 'cfdi', 2)
    add('jalisco', 'docx_soffice', 'docx', 1)
    add('jalisco', 'chromium', 'cfdi', 1, capture='photo_jpg')
    # Canada
    add('erable', 'weasyprint', 'ledger', 2)
    add('erable', 'reportlab', 'plain', 2)
    add('erable', 'docx_soffice', 'docx', 1, doc_type='other', subkind='letter')
    add('erable', 'reportlab', 'plain', 1, capture='scan_jpg')
    add('maplepaws', 'fpdf2', 'simple', 2)
    add('maplepaws', 'chromium', 'clean', 1, hst=False, notes='Zero-rated export — goods shipped to the United States.')
    add('maplepaws', 'fpdf2', 'simple', 1, doc_type='credit_note', n_items=1)
    # Europe / Japan
    add('rheinfeld', 'reportlab', 'plain', 2, foot=['Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a i.V.m. § 6 UStG.'])
    add('rheinfeld', 'reportlab', 'plain', 1, arith='transpose', foot=['Steuerfreie Ausfuhrlieferung gem. § 4 Nr. 1a i.V.m. § 6 UStG.'])
    add('rheinfeld', 'weasyprint', 'eu', 1, vat=True, ship_to=None)
    add('rheinfeld', 'fpdf2', 'simple', 1, doc_type='delivery_note')
    add('rheinfeld', 'soffice_calc', 'fods', 1)
    add('rheinfeld', 'reportlab', 'plain', 1, capture='scan_png')
    add('fontclaire', 'weasyprint', 'eu', 2, ship_to=None, notes='Exonération de TVA, article 262 ter I du CGI — livraison hors UE.')
    add('fontclaire', 'docx_soffice', 'docx', 1)
    add('fontclaire', 'fpdf2', 'simple', 1, vat=True)
    add('valtellina', 'chromium', 'eu', 2, ship_to=None, notes='Operazione non imponibile art. 8 c.1 lett. a) DPR 633/72 — esportazione.')
    add('valtellina', 'docx_soffice', 'docx', 1, vat=True)
    add('valtellina', 'weasyprint', 'eu', 1, doc_type='proforma', ship_to=None)
    add('valtellina', 'docx_soffice', 'docx', 1, vat=True, n_items=28)           # multi-page Word invoice
    add('guangzhou', 'soffice_calc', 'fods', 1, n_items=45)                       # multi-page spreadsheet CI
    add('vandijk', 'weasyprint', 'eu', 1, ship_to=None, n_items=38, notes='Levering buiten de EU — BTW 0%, export.')
    add('podgorze', 'reportlab', 'plain', 2, vat=False, foot=['Dostawa eksportowa — stawka 0%.'])
    add('podgorze', 'soffice_calc', 'fods', 1, arith='sum')
    add('podgorze', 'docx_soffice', 'docx', 1, doc_type='quotation')
    add('podgorze', 'reportlab', 'plain', 1, capture='scan_jpg')
    add('vandijk', 'chromium', 'eu', 2, ship_to=None, notes='Levering buiten de EU — BTW 0%, export.')
    add('vandijk', 'fpdf2', 'simple', 1, vat=True)
    add('vandijk', 'weasyprint', 'eu', 1, arith='line', ship_to=None)
    add('mikawa', 'weasyprint', 'jp', 1)
    add('mikawa', 'chromium', 'jp', 1)
    add('mikawa', 'reportlab', 'plain', 1)
    add('mikawa', 'weasyprint', 'jp', 1, capture='photo_jpg')
    return G


LETTER = dict(letter_subject='Objet : Ajustement de prix 2026 / Subject: 2026 price adjustment',
              letter_body=['Madame, Monsieur / Dear customer,',
                           "Suite à la hausse du coût de l'érable et du transport, nos prix de gros augmenteront de 4 % à compter du 1er février. / Due to higher maple and freight costs, our wholesale prices will increase by 4% effective February 1.",
                           'Les commandes reçues avant cette date seront facturées aux prix actuels. / Orders received before that date will be invoiced at current prices.',
                           'Merci de votre confiance. / Thank you for your business.'],
              letter_sign='Geneviève Tremblay\nDirectrice des ventes / Sales Director')


def label_for(doc, fname, pages, **kw):
    dec = 0 if doc['currency'] == 'JPY' else 2
    has_total = doc['doc_type'] not in ('packing_list', 'delivery_note') and doc.get('subkind') not in ('letter', 'price_list')
    sup = doc['sup']['name']
    lab = dict(file=fname, genuine=True, edit_method=None, what_changed=[], producer=doc['producer'], language=doc['lang'],
               is_invoice=doc['is_invoice'], doc_type=doc['doc_type'], date=doc['date'].isoformat(),
               total=(f"{doc['total']:.{dec}f}" if has_total else None), currency=doc['currency'], supplier=sup,
               buyer=doc['buyer']['name'], pages=pages, edit_before_capture=False, arithmetic_error=bool(doc.get('arith')),
               template=doc['tmpl'], number=doc['number'])
    if doc.get('capture'):
        lab['source_producer'] = doc['producer']
        lab['producer'] = doc['capture']
    lab.update(kw)
    return lab


def pdf_pages(p):
    from pypdf import PdfReader
    return len(PdfReader(str(p)).pages)


class Namer:
    def __init__(self):
        self.pool = list(range(1, 600)); random.Random(77).shuffle(self.pool); self.i = 0
    def __call__(self, ext):
        n = self.pool[self.i]; self.i += 1
        return f"doc_{n:03d}{ext}"


def write_labels(labels):
    with open(BASE / 'labels.jsonl', 'w', encoding='utf-8') as f:
        for l in labels: f.write(json.dumps(l, ensure_ascii=False) + '\n')


def main():
    import copy
    if OUT.exists(): shutil.rmtree(OUT)
    OUT.mkdir(parents=True); WORK.mkdir(exist_ok=True)
    for p in WORK.glob('*'):
        if p.is_file(): p.unlink()
    name = Namer()
    specs = plan()[:LIMIT]
    docs = []
    for i, (skey, prod, tmpl, kw) in enumerate(specs):
        dtp = kw.pop('doc_type', 'invoice')
        if skey == 'shenzhen': dtp = 'tax_invoice'
        if skey in ('bulkway', 'pricehaven'): dtp = 'receipt'
        if skey in ('bajio', 'jalisco') and dtp == 'invoice': dtp = 'tax_invoice'
        if skey == 'podgorze' and dtp == 'invoice': dtp = 'tax_invoice'
        force_ship = kw.pop('force_ship', False)
        n_items = kw.pop('n_items', None)
        arith = kw.pop('arith', None)
        cap = kw.pop('capture', None)
        if skey == 'erable' and tmpl == 'plain': kw.setdefault('lang', 'fr+en')
        doc = make_doc(i, skey, prod, tmpl, dtp, n_items=n_items, arith=arith, capture=cap, **kw)
        if skey == 'shenzhen': doc['numstyle'] = 'plain'
        if skey in ('bulkway', 'pricehaven'): doc['datestyle'] = 'us'
        if force_ship and not doc['shipping']:
            doc['shipping'] = D('145.00'); compute(doc)
        if dtp == 'other' and kw.get('subkind') == 'letter': doc.update(LETTER)
        if dtp == 'purchase_order': doc['notes'] = 'Please confirm ship date. Deliver to ShipNest Prep, Cranbury NJ.'
        docs.append(doc)
    # ---------------- render
    labels = []
    office = []
    t0 = dt.datetime.now()
    for doc in docs:
        stem = f"g{doc['id']:03d}"
        pdf = WORK / f"{stem}.pdf"
        try:
            if doc['producer'] in ('chromium', 'weasyprint'):
                render_html(doc, pdf, doc['producer'])
            elif doc['producer'] == 'reportlab':
                render_reportlab(doc, pdf)
            elif doc['producer'] == 'fpdf2':
                render_fpdf(doc, pdf)
            elif doc['producer'] == 'docx_soffice':
                src = WORK / f"{stem}.docx"; write_docx(doc, src); office.append(src)
            elif doc['producer'] == 'soffice_calc':
                src = WORK / f"{stem}.fods"; write_fods(doc, src); office.append(src)
        except Exception as e:
            print('render fail', stem, doc['producer'], repr(e)); doc['failed'] = True
        doc['pdf'] = pdf
    soffice_batch(office)
    print('rendered', len(docs), 'in', dt.datetime.now() - t0, flush=True)
    crng = random.Random(99)
    for doc in docs:
        if doc.get('failed') or not doc['pdf'].exists():
            print('missing', doc['pdf']); doc['failed'] = True; continue
        if doc.get('capture'):
            fn = name('')
            p, pages = capture(doc, doc['pdf'], OUT / fn, doc['capture'], crng)
            doc['file'] = p.name
            labels.append(label_for(doc, p.name, pages))
        else:
            fn = name('.pdf')
            shutil.copy(doc['pdf'], OUT / fn)
            doc['file'] = fn
            labels.append(label_for(doc, fn, pdf_pages(doc['pdf'])))
    write_labels(labels)
    print('genuine files', len(labels), flush=True)
    make_edits(docs, labels, name)
    write_labels(labels)
    check(labels)


# ==================================================================== edits
def new_date(doc, rng):
    d = doc['date'] + dt.timedelta(days=rng.randint(45, 300))
    if d > dt.date(2026, 11, 30): d = doc['date'] - dt.timedelta(days=rng.randint(30, 200)) + dt.timedelta(days=0)
    if d == doc['date']: d += dt.timedelta(days=31)
    return d


def num_str(doc, x):
    dec = 0 if doc['currency'] == 'JPY' else 2
    return fmt_num(x, doc['numstyle'], dec)


def k_field_ok(d):
    return False


def make_edits(docs, labels, name):
    rng = random.Random(4242)
    bylab = {l['file']: l for l in labels}
    ok = [d for d in docs if not d.get('failed') and d.get('file') and d['is_invoice'] and not d.get('arith')]
    pdfs = [d for d in ok if not d.get('capture')]
    core = [d for d in pdfs if d.get('corefont')]
    imgs = [d for d in ok if d.get('capture') in ('scan_jpg', 'scan_png', 'photo_jpg')]
    used = set()
    count = dict()
    def pick(pool, n, cond=lambda d: True):
        c = [d for d in pool if d['id'] not in used and cond(d)]
        rng.shuffle(c)
        return c[:n]
    def field_plan(doc, field, rng):
        """returns (search_text, new_text, align, label_updates, whole)"""
        if field == 'total':
            newt = doc['total'] + (q2(doc['total'] * D(str(rng.choice([0.25, 0.4, 0.6, 1.0])))) if doc['currency'] != 'JPY' else D(int(doc['total'] * D('0.5'))))
            dec = 0 if doc['currency'] == 'JPY' else 2
            return num_str(doc, doc['total']), num_str(doc, newt), 'r', dict(total=f"{newt:.{dec}f}"), False
        if field == 'date':
            nd = new_date(doc, rng)
            return doc['date_str'], fmt_date(nd, doc['datestyle'] if doc['tmpl'] != 'fapiao' else 'zh'), 'l', dict(date=nd.isoformat()), False
        if field == 'buyer':
            nb = rng.choice(FAKE_BUYERS)
            old = doc['buyer']['name']
            return old, nb, 'l', dict(buyer=nb), False
        raise ValueError
    def emit(doc, path, method, changed, upd, pages=None, **extra):
        base = bylab[doc['file']]
        lab = dict(base)
        lab.update(file=path.name, genuine=False, edit_method=method, what_changed=changed, arithmetic_error=False,
                   source_file=doc['file'], pages=pages or (pdf_pages(path) if path.suffix == '.pdf' else 1))
        lab.update(upd); lab.update(extra)
        labels.append(lab); used.add(doc['id'])
        count[method] = count.get(method, 0) + 1

    # 1. pikepdf content-stream text replacement (core-font PDFs from reportlab / fpdf2)
    for k, doc in enumerate(pick(core, 8, lambda d: d['buyer'] is BUYER and d['tmpl'] != 'receipt' or k_field_ok(d))):
        field = ['total', 'date', 'buyer', 'total', 'date', 'buyer', 'total', 'date'][k]
        old, new, al, upd, _ = field_plan(doc, field, rng)
        out = OUT / name('.pdf')
        hits = pikepdf_replace(doc['pdf'], out, [(old, new)])
        if hits == 0:
            out.unlink(); print('no hit', doc['id'], field, old); continue
        emit(doc, out, 'pikepdf_text_replace', [field], upd)
    # 2. white box + new text, merged with pypdf (full rewrite), 3. incremental update, 4. annotation
    for method, n, inc, ann in [('overlay_whitebox', 8, False, False), ('incremental_overlay', 5, True, False),
                                ('annotation_freetext', 4, True, True)]:
        done = 0
        for doc in pick(pdfs, n * 3):
            if done >= n: break
            field = rng.choice(['total', 'date', 'buyer', 'quantity', 'total'] if method == 'overlay_whitebox' else ['total', 'date', 'buyer'])
            if field == 'buyer' and doc['buyer'] is not BUYER: field = 'total'
            if field == 'quantity':
                row = rng.randrange(len(doc['items']))
                bx = qty_box(doc['pdf'], doc, row)
                if not bx: continue
                newq = doc['items'][row]['qty'] * rng.choice([2, 3, 5])
                repl = [(bx[0], bx[1], bx[2], bx[3], bx[4], str(newq), 'r')]
                upd = dict(); changed = ['quantity']
            else:
                old, new, al, upd, whole = field_plan(doc, field, rng)
                boxes = find_boxes(doc['pdf'], old)
                if not boxes: print('no box', doc['id'], field, old); continue
                if field == 'buyer' and rng.random() < .5: boxes = boxes[:1]
                repl = [(b[0], b[1], b[2], b[3], b[4], new, al) for b in boxes]
                changed = [field]
            if method == 'overlay_whitebox' and field == 'total' and rng.random() < 0.4:
                # panicking seller also changes the date in the same pass
                old2, new2, al2, upd2, _ = field_plan(doc, 'date', rng)
                b2 = find_boxes(doc['pdf'], old2)
                if b2:
                    repl += [(b[0], b[1], b[2], b[3], b[4], new2, 'l') for b in b2]; upd.update(upd2); changed.append('date')
            out = OUT / name('.pdf')
            try:
                overlay_pdf(doc['pdf'], out, repl, incremental=inc, annot=ann)
            except Exception as e:
                print('overlay fail', doc['id'], repr(e)); out.unlink(missing_ok=True); continue
            emit(doc, out, method, changed, upd)
            done += 1
    # 5. resave through another program: whitebox edit, then re-saved by pikepdf/qpdf (object streams, new ID)
    import pikepdf
    for doc in pick(pdfs, 2):
        old, new, al, upd, _ = field_plan(doc, 'total', rng)
        boxes = find_boxes(doc['pdf'], old)
        if not boxes: continue
        tmp = WORK / f"tmp_{doc['id']}.pdf"
        overlay_pdf(doc['pdf'], tmp, [(b[0], b[1], b[2], b[3], b[4], new, al) for b in boxes])
        out = OUT / name('.pdf')
        with pikepdf.open(str(tmp)) as p:
            p.docinfo['/Producer'] = 'macOS Version 14.6 (Build 23G80) Quartz PDFContext'
            p.save(str(out), object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)
        emit(doc, out, 'overlay_whitebox_resaved', ['total'], upd)
    # 6. pixel edits on scans / photos
    for method, n in [('image_paste', 6), ('screenshot_paste', 2), ('clone_region', 4)]:
        done = 0
        for doc in pick(imgs, n * 3):
            if done >= n: break
            src_img = OUT / doc['file']
            from PIL import Image
            img = Image.open(src_img).convert('RGB')
            if method == 'clone_region':
                if len(doc['items']) < 2: continue
                rows = list(range(len(doc['items']))); rng.shuffle(rows)
                pair = None
                for a in rows:
                    for b in rows:
                        if a != b and doc['items'][a]['qty'] > doc['items'][b]['qty']:
                            ba, bb_ = qty_box(doc['pdf'], doc, a), qty_box(doc['pdf'], doc, b)
                            if ba and bb_ and ba[0] == 0 and bb_[0] == 0: pair = (a, b, ba, bb_); break
                    if pair: break
                if not pair: continue
                a, b, ba, bb_ = pair
                img = clone_region(img, img_box(doc, ba), img_box(doc, bb_))
                changed, upd = ['quantity'], dict()
            else:
                field = rng.choice(['total', 'total', 'date', 'buyer'])
                if field == 'buyer' and doc['buyer'] is not BUYER: field = 'date'
                old, new, al, upd, _ = field_plan(doc, field, rng)
                boxes = [b for b in find_boxes(doc['pdf'], old) if b[0] == 0]
                if not boxes: print('no img box', doc['id'], field, old); continue
                for bx in boxes:
                    img = paste_text(img, img_box(doc, bx), new, al, rng, screenshot=(method == 'screenshot_paste'))
                changed = [field]
            ext = src_img.suffix
            out = OUT / name(ext)
            if ext == '.png': img.convert('L').save(str(out))
            else: img.save(str(out), quality=rng.randint(80, 95))
            emit(doc, out, method, changed, upd, pages=1)
            done += 1
    # 7. retyped in a word processor (python-docx -> LibreOffice), buyer or total changed
    retype = []
    for doc in pick(pdfs, 2, lambda d: d['lang'] == 'en' and d['tmpl'] != 'receipt' and d['producer'] != 'docx_soffice'):
        d2 = copy.copy(doc); d2['items'] = [dict(x) for x in doc['items']]
        d2['buyer'] = dict(BUYER, name=rng.choice(FAKE_BUYERS))
        d2['font'] = 'Liberation Sans'
        src = WORK / f"retype_{doc['id']}.docx"; write_docx(d2, src)
        retype.append((doc, d2, src))
    soffice_batch([x[2] for x in retype])
    for doc, d2, src in retype:
        pdf = src.with_suffix('.pdf')
        if not pdf.exists(): continue
        out = OUT / name('.pdf'); shutil.copy(pdf, out)
        emit(doc, out, 'retype_word_processor', ['buyer'], dict(buyer=d2['buyer']['name'], producer='docx_soffice'))
    # 8. edits made before capture (no trace can live in the file structure)
    crng = random.Random(555)
    pre = pick(pdfs, 2, lambda d: pdf_pages(d['pdf']) == 1)
    used.update(d['id'] for d in pre)
    pre += pick(pdfs, 3, lambda d: pdf_pages(d['pdf']) == 1 and d['producer'] in ('weasyprint', 'chromium', 'reportlab', 'fpdf2'))
    used.update(d['id'] for d in pre)
    pre += pick(pdfs, 2, lambda d: pdf_pages(d['pdf']) == 1)
    for k, doc in enumerate(pre):
        k = {0: 0, 1: 1, 2: 2, 3: 3, 4: 3}.get(k, k - 1)
        if k < 2:   # white-box edit, printed and scanned
            field = ['total', 'date'][k]
            old, new, al, upd, _ = field_plan(doc, field, rng)
            boxes = find_boxes(doc['pdf'], old)
            if not boxes: continue
            tmp = WORK / f"pre_{doc['id']}.pdf"
            overlay_pdf(doc['pdf'], tmp, [(b[0], b[1], b[2], b[3], b[4], new, al) for b in boxes])
            d2 = dict(doc)
            p, pages = capture(d2, tmp, OUT / name(''), 'scan_jpg', crng)
            emit(doc, p, 'overlay_whitebox_then_scan', [field], upd, pages=pages, edit_before_capture=True, producer='scan_jpg', source_producer=doc['producer'])
        elif k < 4:  # source data changed and re-rendered, then photographed
            if doc['producer'] not in ('weasyprint', 'chromium', 'reportlab', 'fpdf2'): continue
            d2 = copy.deepcopy({kk: v for kk, v in doc.items() if kk not in ('pdf', '_cap')})
            nd = new_date(doc, rng); d2['date'] = nd
            upd = dict(date=nd.isoformat()); changed = ['date']
            if doc['buyer'] is BUYER and k == 3:
                d2['buyer'] = dict(BUYER, name=rng.choice(FAKE_BUYERS)); upd['buyer'] = d2['buyer']['name']; changed.append('buyer')
            tmp = WORK / f"pre_{doc['id']}.pdf"
            if doc['producer'] in ('weasyprint', 'chromium'): render_html(d2, tmp, 'weasyprint')
            elif doc['producer'] == 'reportlab': render_reportlab(d2, tmp)
            else: render_fpdf(d2, tmp)
            p, pages = capture(d2, tmp, OUT / name(''), 'photo_jpg', crng)
            emit(doc, p, 'source_edit_then_photo', changed, upd, pages=pages, edit_before_capture=True, producer='photo_jpg', source_producer=doc['producer'])
        else:        # text replaced, then "printed" to an image-only PDF
            if not doc.get('corefont'): 
                old, new, al, upd, _ = field_plan(doc, 'total', rng)
                boxes = find_boxes(doc['pdf'], old)
                if not boxes: continue
                tmp = WORK / f"pre_{doc['id']}.pdf"
                overlay_pdf(doc['pdf'], tmp, [(b[0], b[1], b[2], b[3], b[4], new, al) for b in boxes])
            else:
                old, new, al, upd, _ = field_plan(doc, 'total', rng)
                tmp = WORK / f"pre_{doc['id']}.pdf"
                if not pikepdf_replace(doc['pdf'], tmp, [(old, new)]): continue
            ims, _ = render_pages(tmp, 150)
            out = OUT / name('.pdf'); images_to_pdf(ims, out, 150)
            emit(doc, out, 'edit_then_print_to_image_pdf', ['total'], upd, pages=len(ims), edit_before_capture=True, producer='image_pdf', source_producer=doc['producer'])
    print('edits', count, flush=True)


def check(labels):
    from collections import Counter
    missing = [l['file'] for l in labels if not (OUT / l['file']).exists()]
    print('labels', len(labels), 'missing', missing)
    for k in ('producer', 'language', 'doc_type', 'edit_method', 'genuine', 'is_invoice', 'arithmetic_error', 'edit_before_capture'):
        print(k, dict(Counter(str(l[k]) for l in labels)))
    imgish = sum(1 for l in labels if l['file'].endswith(('.jpg', '.png')) or l['producer'] in ('scan_pdf', 'image_pdf'))
    print('images or image-only PDFs:', imgish)
    # text-layer sanity check: printed total (after edits) should be findable in text PDFs
    import pypdfium2 as pdfium, re
    bad = []
    for l in labels:
        if not l['file'].endswith('.pdf') or l['producer'] in ('scan_pdf', 'image_pdf') or not l['total']: continue
        if l['edit_method'] == 'annotation_freetext': continue
        pdf = pdfium.PdfDocument(str(OUT / l['file']))
        txt = ''.join(pg.get_textpage().get_text_range() for pg in pdf); pdf.close()
        norm = re.sub(r"[\s.,'\u00a0\u202f]", '', txt)
        want = l['total'].replace('.', '').lstrip('0') or '0'
        if want not in norm: bad.append((l['file'], l['total'], l['edit_method']))
    print('total not found in text layer:', bad)


if __name__ == '__main__':
    main()
