# Invoice models: invented suppliers, buyers, items, tax regimes, number/date formats.
import random, datetime as dt
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR

R = random.Random(2617)

def q2(x): return D(x).quantize(D('0.01'), ROUND_HALF_UP)

# ---------------- number formats ----------------
def group(intpart, sep, indian=False):
    s = str(intpart)
    if indian and len(s) > 3:
        head, tail = s[:-3], s[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:]); head = head[:-2]
        if head: parts.insert(0, head)
        return sep.join(parts + [tail])
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:]); s = s[:-3]
    out.insert(0, s)
    return sep.join(out)

NUMFMT = {  # thousands sep, decimal sep
    'en': (',', '.'), 'in': (',', '.'), 'ja': (',', '.'), 'zh': (',', '.'),
    'de': ('.', ','), 'it': ('.', ','), 'es': ('.', ','), 'nl': ('.', ','),
    'fr': ('\u00a0', ','), 'pl': ('\u00a0', ','),
}

def fnum(x, loc, dp=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    if dp == 0:
        ip, fp = int(x.quantize(D('1'), ROUND_HALF_UP)), None
    else:
        xs = f"{q2(x):.2f}"
        ip, fp = int(xs.split('.')[0]), xs.split('.')[1]
    ts, ds = NUMFMT[loc]
    s = group(ip, ts, indian=(loc == 'in'))
    if fp is not None:
        s += ds + fp
    return ('-' if neg else '') + s

def fqty(q, loc):
    q = D(q)
    if q == q.to_integral():
        return str(int(q))
    return fnum(q, loc, 2)

MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
    'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
}

def fdate(d, style):
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'mdy_us': return d.strftime('%m/%d/%Y')
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'iso': return d.strftime('%Y-%m-%d')
    if style == 'ja': return f"{d.year}年{d.month}月{d.day}日"
    if style == 'zh': return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 'tally': return f"{d.day}-{d.strftime('%b')}-{d.strftime('%y')}"
    if style == 'en_long': return f"{d.day} {MONTHS['en'][d.month-1]} {d.year}"
    if style == 'en_short': return f"{d.day:02d} {d.strftime('%b')} {d.year}"
    if style.startswith('long_'):
        lg = style[5:]
        day = '1er' if (lg == 'fr' and d.day == 1) else str(d.day)
        if lg == 'es': return f"{d.day} de {MONTHS['es'][d.month-1]} de {d.year}"
        if lg == 'de': return f"{d.day}. {MONTHS['de'][d.month-1]} {d.year}"
        return f"{day} {MONTHS[lg][d.month-1]} {d.year}"
    raise ValueError(style)

# ---------------- amounts in words ----------------
ONES = 'Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen'.split()
TENS = '_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety'.split()

def _w99(n):
    if n < 20: return ONES[n]
    return TENS[n // 10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])

def _w999(n):
    h, r = divmod(n, 100)
    parts = []
    if h: parts.append(ONES[h] + ' Hundred')
    if r: parts.append(_w99(r))
    return ' '.join(parts)

def words_indian(n):
    if n == 0: return 'Zero'
    parts = []
    cr, n = divmod(n, 10**7)
    lk, n = divmod(n, 10**5)
    th, n = divmod(n, 1000)
    if cr: parts.append(words_indian(cr) + ' Crore')
    if lk: parts.append(_w99(lk) + ' Lakh')
    if th: parts.append(_w99(th) + ' Thousand')
    if n: parts.append(_w999(n))
    return ' '.join(parts)

def inr_words(x):
    x = q2(x)
    r, p = int(x), int((x - int(x)) * 100)
    s = 'INR ' + words_indian(r)
    if p: s += ' and ' + _w99(p) + ' paise'
    return s + ' Only'

CN_DIG = '零壹贰叁肆伍陆柒捌玖'
def cny_words(x):
    x = q2(x)
    yuan, fen = int(x), int(round((x - int(x)) * 100))
    units = ['', '拾', '佰', '仟']
    def four(n):
        s = ''; zero = False
        for i in range(3, -1, -1):
            d = (n // 10**i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += CN_DIG[d] + units[i]
        return s
    out = ''
    wan, low = divmod(yuan, 10000)
    if wan: out += four(wan) + '万'
    if low:
        if wan and low < 1000: out += '零'
        out += four(low)
    if not out: out = '零'
    out += '圆'
    j, f = divmod(fen, 10)
    if j == 0 and f == 0: out += '整'
    else:
        out += (CN_DIG[j] + '角') if j else '零'
        if f: out += CN_DIG[f] + '分'
    return out

# ---------------- parties ----------------
def gstin(state):
    L = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
    pan = ''.join(R.choice(L) for _ in range(3)) + 'P' + R.choice(L) + ''.join(R.choice('0123456789') for _ in range(4)) + R.choice(L)
    return f"{state}{pan}1Z{R.choice('0123456789ABCDEFGH')}"

def vat_gb(): return f"GB {R.randint(100,999)} {R.randint(1000,9999)} {R.randint(10,99)}"
def digits(n): return ''.join(R.choice('0123456789') for _ in range(n))

SUPPLIERS = {
 'in': [
  dict(name='Shreevardhan Handloom Exports Pvt Ltd', addr=['Plot 14, Sitapura Industrial Area', 'Jaipur, Rajasthan 302022'], state='Rajasthan', sc='08'),
  dict(name='Kaveri Brassware & Crafts', addr=['22/3 Civil Lines, Near Town Hall', 'Moradabad, Uttar Pradesh 244001'], state='Uttar Pradesh', sc='09'),
  dict(name='Anandi Textiles LLP', addr=['Gala 7, Bhiwandi Logistics Park', 'Thane, Maharashtra 421302'], state='Maharashtra', sc='27'),
  dict(name='Nilgiri Spice Traders', addr=['Door 41, Mettupalayam Road', 'Coimbatore, Tamil Nadu 641043'], state='Tamil Nadu', sc='33'),
  dict(name='Panipat Weaves Industries', addr=['Sector 29, Part II, HUDA', 'Panipat, Haryana 132103'], state='Haryana', sc='06'),
 ],
 'gb': [
  dict(name='Harrowden Wholesale Supplies Ltd', addr=['Unit 4, Braunstone Frith Ind. Est.', 'Leicester LE3 1TT'], country='United Kingdom'),
  dict(name='Pennine Packaging & Sundries Ltd', addr=['Mill Lane Works', 'Huddersfield HD4 6QP'], country='United Kingdom'),
  dict(name='Castlegate Homewares Ltd', addr=['18 Castlegate Trading Estate', 'Nottingham NG7 2GH'], country='United Kingdom'),
  dict(name='Trentside Electrical Distributors Ltd', addr=['Block C, Riverside Park', 'Burton upon Trent DE14 1SX'], country='United Kingdom'),
 ],
 'ie': [
  dict(name='Liffeyside Brand Distribution Ltd', addr=['Unit 9, Ballymount Business Park', 'Dublin 12, D12 XK47'], country='Ireland'),
  dict(name='Corrib Crafts Wholesale Ltd', addr=['Tuam Road Industrial Estate', 'Galway H91 R2T6'], country='Ireland'),
 ],
 'de': [dict(name='Rheinfeld Haushaltswaren GmbH', addr=['Industriestraße 48', '47809 Krefeld'], country='Deutschland'),
        dict(name='Brenner & Söhne Werkzeughandel KG', addr=['Am Güterbahnhof 3', '90429 Nürnberg'], country='Deutschland')],
 'fr': [dict(name='Atelier Roussel SARL', addr=['12 rue des Tanneurs', '69007 Lyon'], country='France'),
        dict(name='Maison Delaunay Distribution SAS', addr=['ZA du Moulin, 4 allée Verte', '44470 Carquefou'], country='France')],
 'it': [dict(name='Ferrettini Casa S.r.l.', addr=['Via dei Ceramisti 27', '41049 Sassuolo (MO)'], country='Italia'),
        dict(name='Tessitura Valbrenta S.p.A.', addr=['Viale Europa 112', '36061 Bassano del Grappa (VI)'], country='Italia')],
 'es': [dict(name='Suministros Olmedilla S.L.', addr=['Polígono Los Álamos, nave 6', '28906 Getafe (Madrid)'], country='España'),
        dict(name='Cerámicas Turiana S.A.', addr=['Camí de la Mar 45', '12540 Vila-real (Castellón)'], country='España')],
 'nl': [dict(name='Van Doornik Groothandel B.V.', addr=['Havenweg 17', '3542 AD Utrecht'], country='Nederland'),
        dict(name='Kempenaar Verpakkingen B.V.', addr=['Ekkersrijt 4102', '5692 DB Son'], country='Nederland')],
 'pl': [dict(name='Hurtownia Zielińscy Sp. z o.o.', addr=['ul. Składowa 19', '61-897 Poznań'], country='Polska'),
        dict(name='Ceramika Wiślańska S.A.', addr=['ul. Fabryczna 7', '43-460 Wisła'], country='Polska')],
 'ja': [dict(name='株式会社みなと雑貨', addr=['〒231-0023', '神奈川県横浜市中区山下町88-2 港ビル4F']),
        dict(name='有限会社さくら工房', addr=['〒602-8012', '京都府京都市上京区室町通丸太町上る 3-12']),
        dict(name='北斗刃物製作所株式会社', addr=['〒959-1276', '新潟県燕市小池新町1-45'])],
 'zh': [dict(name='义乌市恒丰日用品有限公司', addr=['浙江省义乌市稠江街道杨村路 318 号'], ),
        dict(name='深圳市联创电子科技有限公司', addr=['广东省深圳市龙岗区坂田街道五和大道 66 号 B 栋']),
        dict(name='宁波海曙锦程家居用品有限公司', addr=['浙江省宁波市海曙区望春工业园区云林中路 210 号'])],
 'us': [dict(name='Great Lakes Packaging Co.', addr=['4410 W. Grand River Ave', 'Lansing, MI 48906'], country='USA'),
        dict(name='Desert Bloom Botanicals LLC', addr=['2215 E. Indian School Rd', 'Phoenix, AZ 85016'], country='USA')],
}
for k, lst in SUPPLIERS.items():
    for s in lst:
        if k == 'in': s['taxid'] = gstin(s['sc'])
        elif k == 'gb': s['taxid'] = vat_gb()
        elif k == 'ie': s['taxid'] = f"IE{digits(7)}{R.choice('ABCDEFHKLMNPRTW')}"
        elif k == 'de': s['taxid'] = 'DE' + digits(9)
        elif k == 'fr': s['taxid'] = f"FR{digits(2)} {digits(9)}"
        elif k == 'it': s['taxid'] = 'IT' + digits(11)
        elif k == 'es': s['taxid'] = 'B' + digits(8)
        elif k == 'nl': s['taxid'] = f"NL{digits(9)}B0{R.randint(1,9)}"
        elif k == 'pl': s['taxid'] = f"{digits(3)}-{digits(3)}-{digits(2)}-{digits(2)}"
        elif k == 'ja': s['taxid'] = 'T' + str(R.randint(1, 9)) + digits(12)
        elif k == 'zh': s['taxid'] = '91' + digits(4) + R.choice('0123') + 'MA' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(9))
        elif k == 'us': s['taxid'] = f"{digits(2)}-{digits(7)}"
        s['phone'] = '+' + digits(2) + ' ' + digits(3) + ' ' + digits(3) + ' ' + digits(4)

BUYERS = [
  dict(name='Soar Valley Trading Ltd', addr=['7 Frog Island', 'Leicester LE3 5AG', 'United Kingdom']),
  dict(name='Kestrel Home Goods Ltd', addr=['Unit 12, Troon Way Business Centre', 'Leicester LE4 9HA', 'United Kingdom']),
  dict(name='Belgrave Gate Retail Ltd', addr=['141 Belgrave Gate', 'Leicester LE1 3HS', 'United Kingdom']),
  dict(name='Wigston Outdoor Co Ltd', addr=['3 Bull Head Street', 'Wigston LE18 1PA', 'United Kingdom']),
  dict(name='Charnwood Kitchenware Ltd', addr=['Unit 2, Belton Road West', 'Loughborough LE11 5XL', 'United Kingdom']),
  dict(name='Aylestone Crafts & Gifts Ltd', addr=['56 Saffron Lane', 'Leicester LE2 7NF', 'United Kingdom']),
  dict(name='Rutland Pet Supplies Ltd', addr=['9 Station Approach', 'Oakham LE15 6QW', 'United Kingdom']),
]
for b in BUYERS:
    b['taxid'] = vat_gb()
# names used by a seller who re-addresses someone else's invoice to himself
EDIT_BUYER_NAMES = ['Narborough Road Traders Ltd', 'Oadby Living Ltd', 'Hinckley Home Store Ltd', 'Blaby Direct Ltd',
                    'Syston Sourcing Ltd', 'Glenfield Goods Ltd', 'Markfield Merchants Ltd', 'Anstey Online Ltd']

# ---------------- items ----------------
ITEMS = {
 'in': [('Hand Block Printed Cotton Bedsheet (Double)', '6304', 'Pcs', 5, 780), ('Cotton Cushion Cover 16x16', '6304', 'Pcs', 5, 145),
        ('Brass Diya Set of 4', '7418', 'Set', 12, 320), ('Hand Woven Jute Rug 3x5 ft', '5702', 'Pcs', 5, 1150),
        ('Whole Black Pepper 500g Pouch', '0904', 'Pkt', 5, 410), ('Green Cardamom 250g', '0908', 'Pkt', 5, 690),
        ('Cotton Kitchen Towel Pack of 6', '6302', 'Pack', 5, 260), ('Brass Table Bell Engraved', '8306', 'Pcs', 12, 540),
        ('Cotton Rag Rug Runner 2x6 ft', '5705', 'Pcs', 5, 620), ('Embroidered Tote Bag Canvas', '4202', 'Pcs', 18, 215),
        ('Corrugated Export Carton 5 ply', '4819', 'Nos', 18, 48), ('Stainless Steel Masala Dabba', '7323', 'Pcs', 12, 585)],
 'en': [('Bamboo Chopping Board Set 3pc', 20, 6.85), ('Stainless Steel Water Bottle 750ml', 20, 4.20), ('Silicone Baking Mat 40x30', 20, 2.15),
        ('Ceramic Mug Matte Grey 350ml', 20, 1.95), ('LED Under Cabinet Light 30cm', 20, 7.40), ('Microfibre Cloth Pack of 12', 20, 3.10),
        ('Dog Poo Bag Rolls 60 pack', 20, 2.65), ('Kraft Mailer Box 250x180x50', 20, 0.38), ('Garden Kneeler Pad', 20, 2.90),
        ('USB-C Charging Cable 1m Braided', 20, 0.95), ('Scented Soy Candle 200g', 20, 3.75), ('Children\'s Picture Book (zero-rated)', 0, 3.20),
        ('Tea Towel Cotton Check', 20, 1.10), ('Bubble Wrap Roll 500mm x 100m', 20, 8.60)],
 'de': [('Edelstahl-Knoblauchpresse', 19, 3.40), ('Küchenwaage digital 5 kg', 19, 7.95), ('Silikon-Backform Gugelhupf', 19, 4.10),
        ('Thermobecher 400 ml schwarz', 19, 5.25), ('Bio-Kräutertee 20 Beutel', 7, 1.85), ('Versandkarton 1-wellig 300x200x150', 19, 0.42),
        ('Kochbuch „Schnelle Küche"', 7, 6.90), ('Gewürzregal Bambus 3 Etagen', 19, 9.80)],
 'fr': [('Bougie parfumée lavande 180 g', 20, 3.60), ('Torchon lin lavé 50x70', 20, 4.25), ('Savon de Marseille 300 g', 20, 1.70),
        ('Confiture artisanale abricot 250 g', 5.5, 2.35), ('Panier en osier tressé', 20, 8.90), ('Boîte à thé métal décor', 20, 3.15),
        ('Carnet kraft A5 ligné', 20, 1.05)],
 'it': [('Piatto in ceramica dipinto a mano 26 cm', 22, 6.40), ('Tazza espresso decorata set 6', 22, 9.75), ('Tovaglia in lino 150x250', 22, 18.20),
        ('Caffettiera moka 3 tazze', 22, 7.30), ('Olio extravergine 500 ml', 4, 5.10), ('Scatola regalo cartone', 22, 0.85)],
 'es': [('Azulejo decorativo 20x20 cm', 21, 1.35), ('Cuenco de cerámica esmaltada', 21, 3.80), ('Aceite de oliva virgen extra 1 l', 10, 6.20),
        ('Jarra de barro 1,5 l', 21, 5.45), ('Delantal de algodón', 21, 4.10), ('Caja de cartón 40x30x30', 21, 0.74)],
 'nl': [('Fietsbel messing', 21, 2.95), ('Gietijzeren braadpan 24 cm', 21, 21.50), ('Stroopwafels blik 400 g', 9, 3.40),
        ('Wollen plaid 130x170', 21, 14.80), ('Tulpenbollen mix 25 st.', 9, 3.10), ('Verzenddoos wit 305x215x100', 21, 0.52)],
 'pl': [('Kubek ceramiczny bolesławiecki 350 ml', 23, 14.90), ('Talerz obiadowy ręcznie malowany', 23, 22.50), ('Miód wielokwiatowy 400 g', 5, 11.20),
        ('Obrus lniany 140x180', 23, 39.00), ('Karton klapowy 400x300x200', 23, 2.35), ('Świeca sojowa w szkle', 23, 9.80)],
 'ja': [('南部鉄器 急須 0.6L', 10, 4800), ('有田焼 湯呑み 5客セット', 10, 3600), ('抹茶 宇治産 30g', 8, 1250), ('手ぬぐい 綿100% 桜柄', 10, 680),
        ('ほうじ茶 ティーバッグ 20包', 8, 540), ('燕三条 ステンレス包丁 三徳 165mm', 10, 6200), ('和紙 便箋セット', 10, 420),
        ('羊羹 詰め合わせ 6本入', 8, 1980), ('木製 菜箸 2膳組', 10, 390)],
 'zh': [('不锈钢保温杯 500ml', '个', 13, 18.50), ('硅胶折叠收纳盒', '个', 13, 9.80), ('LED 小夜灯 USB 充电', '个', 13, 12.40),
        ('纯棉浴巾 70x140', '条', 13, 21.00), ('宠物牵引绳 1.5m', '条', 13, 6.75), ('瓦楞纸箱 五层 60x40x40', '只', 13, 4.20),
        ('蓝牙耳机 TWS', '副', 13, 46.00), ('手机支架 铝合金', '个', 13, 8.30)],
 'us': [('Kraft Stand-up Pouch 8oz (case of 500)', 0, 62.50), ('Poly Mailer 10x13 (case of 1000)', 0, 48.00),
        ('Lavender Essential Oil 10ml', 0, 2.35), ('Amber Glass Dropper Bottle 30ml', 0, 0.61), ('Shipping Label 4x6 Roll 500', 0, 9.75)],
}
