# shared helpers: data model, formatting
import random, datetime, copy
from decimal import Decimal as D, ROUND_HALF_UP
R = random.Random(15020)

def q2(x, cur='EUR'):
    return (D(x)).quantize(D('1') if cur == 'JPY' else D('0.01'), ROUND_HALF_UP)

def fmt(x, style, cur='EUR'):
    x = q2(x, cur)
    neg = x < 0; x = abs(x)
    s = f"{x:,.0f}" if cur == 'JPY' else f"{x:,.2f}"
    if style == 'eu': s = s.replace(',', '#').replace('.', ',').replace('#', '.')
    elif style == 'fr': s = s.replace(',', ' ').replace('.', ',')
    elif style == 'ch': s = s.replace(',', "'")
    elif style == 'plain': s = s.replace(',', '')
    return ('-' if neg else '') + s

MON = {'fr': ['janvier','février','mars','avril','mai','juin','juillet','août','septembre','octobre','novembre','décembre'],
       'en': ['January','February','March','April','May','June','July','August','September','October','November','December'],
       'es': ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre'],
       'it': ['gennaio','febbraio','marzo','aprile','maggio','giugno','luglio','agosto','settembre','ottobre','novembre','dicembre']}

def fdate(d, style):
    if style == 'dot': return d.strftime('%d.%m.%Y')
    if style == 'cn': return f"{d.year}年{d.month}月{d.day}日"
    if style == 'cn0': return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'slash_eu': return d.strftime('%d/%m/%Y')
    if style == 'ymd': return d.strftime('%Y/%m/%d')
    if style == 'iso': return d.isoformat()
    if style == 'dash_eu': return d.strftime('%d-%m-%Y')
    if style in ('fr', 'es', 'it'):
        m = MON[style][d.month-1]
        return f"{d.day} {m} {d.year}" if style != 'es' else f"{d.day} de {m} de {d.year}"
    if style == 'en_long': return f"{d.day} {MON['en'][d.month-1]} {d.year}"
    if style == 'us_long': return f"{MON['en'][d.month-1][:3]} {d.day}, {d.year}"
    raise ValueError(style)

CN_D = '零壹贰叁肆伍陆柒捌玖'
def cn_upper(x):
    n = int(q2(x) * 100); yuan, jf = divmod(n, 100); jiao, fen = divmod(jf, 10)
    s = ''
    if yuan:
        digs = str(yuan); L = len(digs); zero = False
        for i, ch in enumerate(digs):
            p = L - 1 - i; d = int(ch)
            if d == 0:
                zero = True
            else:
                if zero: s += '零'; zero = False
                s += CN_D[d] + ['', '拾', '佰', '仟'][p % 4]
            if p % 4 == 0 and p > 0:
                grp = digs[max(0, i-3):i+1]
                if int(grp): s += '万' if p == 4 else '亿'; zero = False if d else zero
        s += '圆'
    if jiao == 0 and fen == 0: return s + '整'
    if jiao: s += CN_D[jiao] + '角'
    elif yuan: s += '零'
    if fen: s += CN_D[fen] + '分'
    return s

def rnd_digits(n): return ''.join(R.choice('0123456789') for _ in range(n))
def uscc(): return '91330782' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(10))

# ---------------- invented parties ----------------
CN_SUPPLIERS = [
    ('义乌市恒曜日用品有限公司', 'Yiwu Hengyao Daily Necessities Co., Ltd.', '浙江省义乌市稠城街道宾王路1187号', 'No.1187 Binwang Rd, Choucheng, Yiwu, Zhejiang'),
    ('金华市澄川硅胶制品厂', 'Jinhua Chengchuan Silicone Products Factory', '浙江省金华市婺城区白龙桥镇工业园临江路56号', '56 Linjiang Rd, Bailongqiao Ind. Park, Jinhua'),
    ('宁波市北仑区耀森五金塑料有限公司', 'Ningbo Beilun Yaosen Hardware & Plastics Co., Ltd.', '浙江省宁波市北仑区大碶街道庐山西路288号', '288 Lushan West Rd, Daqi, Beilun, Ningbo'),
    ('东阳市木之语工艺品有限公司', 'Dongyang Muzhiyu Crafts Co., Ltd.', '浙江省东阳市南马镇花园工业区17号', '17 Huayuan Ind. Zone, Nanma, Dongyang'),
    ('深圳市锐灯光电科技有限公司', 'Shenzhen Ruideng Optoelectronic Technology Co., Ltd.', '广东省深圳市宝安区石岩街道塘头社区创维路9号B栋4楼', '4F Bldg B, 9 Chuangwei Rd, Shiyan, Bao\'an, Shenzhen'),
    ('汕头市澄海区乐童玩具厂', 'Shantou Chenghai Letong Toy Factory', '广东省汕头市澄海区莲下镇槐东工业区', 'Huaidong Ind. Zone, Lianxia, Chenghai, Shantou'),
    ('永康市铂锐不锈钢制品有限公司', 'Yongkang Borui Stainless Steel Products Co., Ltd.', '浙江省永康市经济开发区金城路402号', '402 Jincheng Rd, Economic Dev. Zone, Yongkang'),
    ('绍兴柯桥纺彩家纺有限公司', 'Shaoxing Keqiao Fangcai Home Textile Co., Ltd.', '浙江省绍兴市柯桥区华舍街道蜀风村', 'Shufeng Village, Huashe, Keqiao, Shaoxing'),
    ('义乌市佳溪饰品厂', 'Yiwu Jiaxi Accessories Factory', '浙江省义乌市北苑街道春华路661号', '661 Chunhua Rd, Beiyuan, Yiwu'),
    ('台州市黄岩栖云模塑有限公司', 'Taizhou Huangyan Qiyun Mould & Plastic Co., Ltd.', '浙江省台州市黄岩区江口街道德俭路33号', '33 Dejian Rd, Jiangkou, Huangyan, Taizhou'),
]
ME = dict(cn='义乌市澜桥进出口贸易有限公司', en='Yiwu Lanqiao Import & Export Trading Co., Ltd.',
          addr_cn='浙江省义乌市福田街道商城大道L座1906室', addr_en='Room 1906, Block L, Shangcheng Ave, Futian, Yiwu, Zhejiang 322000, China',
          tax=uscc())
ME_UK = ('Lanqiao Commerce Ltd', 'Unit 7, Harbour Yard Business Centre, Felixstowe IP11 3TQ, United Kingdom', 'GB 318 4471 52')
ME_DE = ('LQ Handelsgesellschaft mbH', 'Am Speicherhof 14, 21079 Hamburg, Deutschland', 'DE 341 887 205')
ME_JP = ('ランチャオ・トレーディング合同会社', '〒530-0047 大阪府大阪市北区西天満4-9-22 天満橋ビル5F', 'T7120003094411')
OTHER_BUYERS = ['Brightnest Home Goods LLC', 'Kestrel Valley Retail Ltd', 'Norvik Handel GmbH', 'Casa Olmedo Distribuciones S.L.',
                '杭州青禾电子商务有限公司', 'Pinegate Online Trading Co.', 'Hollins & Farrow Supplies Ltd', '温州启源进出口有限公司',
                'Mareva Commerce SARL', 'Topaz Crest Wholesale Inc.']

EU_SUPPLIERS = {
 'de': [('Kartonagen Weißfeld GmbH', 'Industriestraße 41, 33334 Gütersloh', 'DE 294 118 763', 'Amtsgericht Gütersloh HRB 10452'),
        ('Etiketten-Druck Hallmann KG', 'Lindenauer Weg 8, 04179 Leipzig', 'DE 812 550 391', 'Amtsgericht Leipzig HRA 7719'),
        ('Prepcenter Nord GmbH', 'Hafenbahnstraße 3, 28197 Bremen', 'DE 330 671 048', 'Amtsgericht Bremen HRB 38120')],
 'es': [('Envases del Turia S.L.', 'Polígono Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)', 'ESB98543217', ''),
        ('Textiles Almazora S.A.', 'Avda. del Mediterráneo 140, 12550 Almazora (Castellón)', 'ESA12087654', ''),
        ('Logística Henares Prep S.L.', 'C/ Río Jarama 12, Nave 4, 28806 Alcalá de Henares (Madrid)', 'ESB87612093', '')],
 'fr': [('Cartonnerie du Vexin SAS', '12 rue des Tanneurs, 95450 Vigny', 'FR 47 821 336 904', 'SIRET 821 336 904 00018'),
        ('Imprimerie Lacombe & Fils SARL', '5 avenue du Général Leclerc, 69007 Lyon', 'FR 09 503 118 472', 'SIRET 503 118 472 00025')],
 'it': [('Imballaggi Brianza S.r.l.', 'Via dei Mille 77, 20831 Seregno (MB)', 'IT 07781230961', 'REA MB-1834552'),
        ('Tessitura Valmorea S.p.A.', 'Via Roma 210, 22070 Valmorea (CO)', 'IT 02145370138', 'REA CO-221907')],
 'nl': [('Verpakkingen De Kromme Rijn B.V.', 'Nijverheidsweg 19, 3433 NP Nieuwegein', 'NL 8621.45.370.B01', 'KvK 30187662'),
        ('Fulfilment Waalhaven B.V.', 'Waalhaven Zuidzijde 44, 3089 JH Rotterdam', 'NL 8540.19.822.B01', 'KvK 24410955')],
 'pl': [('Opakowania Wisłok Sp. z o.o.', 'ul. Przemysłowa 18, 35-105 Rzeszów', 'PL 8133847291', 'KRS 0000481223'),
        ('Drukarnia Żurawska Sp.j.', 'ul. Łąkowa 7, 90-562 Łódź', 'PL 7252093318', 'KRS 0000219087')],
 'en': [('Pennine Packaging Supplies Ltd', '3 Calder Works, Wakefield Road, Brighouse HD6 1QH, United Kingdom', 'GB 284 1193 07', 'Company No. 07719342'),
        ('Thornbury Label Co. Ltd', '21 Mill Lane, Thornbury, Bristol BS35 2QP, United Kingdom', 'GB 917 3320 48', 'Company No. 11304587')],
}
JP_SUPPLIERS = [('株式会社浪速商事', '〒556-0011 大阪府大阪市浪速区難波中2-7-15 なにわ中央ビル3F', 'T3120001187654', '06-6632-4418'),
                ('丸栄雑貨卸株式会社', '〒542-0081 大阪府大阪市中央区南船場1-12-8 船場丸栄ビル', 'T8120001052237', '06-6271-9035')]

GOODS = [  # cn, en, unit_cn, price range CNY
    ('硅胶折叠水杯 350ml', 'Silicone collapsible cup 350ml', '个', (6.5, 14)),
    ('LED铜线串灯 10米 USB', 'LED copper wire string light 10m USB', '条', (4.2, 11)),
    ('车载手机支架 磁吸款', 'Magnetic car phone holder', '个', (5.8, 16)),
    ('TPE瑜伽垫 6mm', 'TPE yoga mat 6mm', '张', (28, 46)),
    ('不锈钢保温杯 500ml', 'Stainless steel vacuum bottle 500ml', '个', (17, 33)),
    ('宠物磨牙绳结玩具', 'Pet chew rope toy', '个', (2.1, 6.5)),
    ('发夹鲨鱼夹 大号', 'Claw hair clip large', '个', (0.85, 3.2)),
    ('竹制餐具收纳盒', 'Bamboo cutlery organizer', '个', (19, 38)),
    ('硅胶厨房铲勺五件套', 'Silicone kitchen utensil set 5pcs', '套', (14, 29)),
    ('儿童磁力积木 64片', 'Magnetic building tiles 64pcs', '盒', (36, 62)),
    ('冰箱收纳盒 透明PET', 'Clear PET fridge organizer bin', '个', (7.5, 15)),
    ('真空压缩袋 6件装', 'Vacuum storage bags 6-pack', '包', (11, 22)),
    ('珊瑚绒毛毯 150x200', 'Coral fleece blanket 150x200', '条', (24, 41)),
    ('太阳能花园灯 4只装', 'Solar garden lights 4-pack', '套', (21, 39)),
    ('电子厨房秤 5kg', 'Digital kitchen scale 5kg', '台', (15, 27)),
    ('手机防水袋', 'Waterproof phone pouch', '个', (2.4, 5.9)),
    ('彩色外箱 五层瓦楞', '5-ply printed export carton', '个', (3.1, 6.8)),
    ('吊牌及不干胶标签', 'Hang tags & barcode labels', '千张', (38, 85)),
]
EU_GOODS = {
 'de': [('Faltkarton 400x300x200 2-wellig', 'Stk', 0.62, 1.45), ('FNSKU-Etiketten 50x25 mm, Rolle à 1000', 'Rolle', 6.9, 12.5), ('Luftpolsterbeutel 18x23 cm', 'Stk', 0.09, 0.22), ('Prep-Service: Etikettieren je Einheit', 'Stk', 0.18, 0.35), ('Polybeutel mit Warnhinweis 30x40', 'Stk', 0.05, 0.14), ('Palettierung und Stretchfolie', 'Pal.', 9.5, 18)],
 'es': [('Caja de cartón canal doble 40x30x25', 'ud.', 0.71, 1.6), ('Etiquetas térmicas 100x150 (rollo 500)', 'rollo', 8.4, 14), ('Funda de cojín algodón 45x45', 'ud.', 2.2, 4.9), ('Servicio de etiquetado FNSKU', 'ud.', 0.15, 0.32), ('Bolsa de polietileno con aviso', 'ud.', 0.04, 0.12), ('Transporte a almacén', 'serv.', 45, 120)],
 'fr': [('Carton simple cannelure 30x20x15', 'pce', 0.38, 0.92), ('Étiquettes code-barres 70x37 (planche)', 'lot', 11, 19), ('Impression notice en français', 'lot', 95, 180), ('Sachets zip 20x30', 'pce', 0.04, 0.11)],
 'it': [('Scatola americana 50x40x30', 'pz', 0.95, 1.9), ('Nastro adesivo avana 48mm x 66m', 'rotolo', 0.85, 1.6), ('Tessuto jacquard per cuscini', 'm', 4.8, 9.5), ('Sacchetti in PE riciclato', 'pz', 0.05, 0.13)],
 'nl': [('Verzenddoos 310x220x100 wit', 'st', 0.44, 0.98), ('Labelservice FNSKU per eenheid', 'st', 0.16, 0.3), ('Opslag per pallet per week', 'pall.', 3.2, 6.5), ('Herverpakken in polyzak', 'st', 0.22, 0.45)],
 'pl': [('Karton klapowy 3-warstwowy 40x30x30', 'szt.', 1.9, 3.8), ('Etykiety termiczne 100x150 mm', 'rolka', 21, 36), ('Folia stretch 23 mic 1,5 kg', 'szt.', 14, 24), ('Usługa etykietowania', 'szt.', 0.45, 0.9)],
 'en': [('Double-wall carton 457x305x305', 'ea', 0.82, 1.55), ('Thermal labels 102x152 (roll of 500)', 'roll', 7.4, 13), ('Poly mailer 10x13in with suffocation warning', 'ea', 0.06, 0.15), ('FBA prep & label, per unit', 'ea', 0.2, 0.4), ('Pallet wrap and delivery to FC', 'job', 38, 95)],
}
JP_GOODS = [('ステンレス計量スプーン5本組', '組', 180, 420), ('和柄手ぬぐい 綿100%', '枚', 210, 380), ('シリコン鍋つかみ', '個', 140, 290), ('折りたたみエコバッグ', '個', 95, 230), ('陶器箸置き 5個セット', 'セット', 320, 680), ('木製コースター 4枚入', '組', 260, 540)]

def date_rand():
    return datetime.date(2025, 9, 1) + datetime.timedelta(days=R.randint(0, 200))
