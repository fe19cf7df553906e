# -*- coding: utf-8 -*-
"""Invented companies, items and the formatting rules used by make.py.
Every name, address, tax number and bank account here is made up."""
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_FLOOR
import datetime as dt

# ---------------------------------------------------------------- clients (buyers)
HC = dict(ja='株式会社禾創ジャパン', en='HC Japan Co., Ltd.',
          addr_ja='〒450-0003 愛知県名古屋市中村区名駅南2-11-8 名駅南ビル5F',
          addr_en=['5F Meieki-minami Bldg., 2-11-8 Meieki-minami', 'Nakamura-ku, Nagoya, Aichi 450-0003', 'Japan'],
          tel='052-581-4470')
HC_CN = dict(zh='深圳市禾创跨境电子商务有限公司', en='Shenzhen Hechuang Cross-Border E-Commerce Co., Ltd.',
             addr_zh='深圳市龙岗区坂田街道雪岗北路218号创智园B栋1106', taxid='91440300MA5H7K2Q3X',
             addr_en=['Rm 1106, Bldg B, Chuangzhi Park, 218 Xuegang North Rd', 'Bantian, Longgang, Shenzhen, China'],
             tel='0755-8362 4417', bank='招商银行深圳坂田支行 755938412610802')
TSURU = dict(ja='有限会社ホビーショップ鶴舞', en='Hobby Shop Tsurumai Ltd.',
             addr_ja='〒466-0064 愛知県名古屋市昭和区鶴舞3-7-21',
             addr_en=['3-7-21 Tsurumai, Showa-ku', 'Nagoya, Aichi 466-0064', 'Japan'], tel='052-733-9182')
# names a panicking seller would put on a document instead
ALT_BUYERS = {
    'ja': ['株式会社禾創ジャパン', '有限会社ホビーショップ鶴舞', '合同会社HCトレーディング', '株式会社ツルマイ・ホビー'],
    'en': ['HC Japan Co., Ltd.', 'Hobby Shop Tsurumai Ltd.', 'HC Trading GK', 'Tsurumai Hobby K.K.'],
}

# ---------------------------------------------------------------- suppliers
JP_SUP = {
    'chubu_kitchen': dict(name='株式会社中部キッチン商事', addr='〒501-3217 岐阜県関市下有知6183-2',
        tel='0575-24-6618', fax='0575-24-6619', reg='T4200001038472', bank='十六銀行 関支店 普通 1482731 カ）チュウブキッチンショウジ',
        buyer=HC, items=[('KP-180', 'ステンレスピーラー 縦型', '個', 180), ('SL-1280', '回転式スライサー 3枚刃', '個', 1280),
        ('SP-340', 'シリコンスパチュラ 大', '本', 340), ('GP-420', 'にんにく絞り器', '個', 420), ('MS-260', '計量スプーン5本組', 'セット', 260),
        ('CO-310', '缶切り ステンレス', '個', 310), ('KT-580', 'キッチンタイマー マグネット式', '個', 580), ('OB-290', 'シリコン落し蓋 18cm', '枚', 290),
        ('F-650', '乾燥わかめ 業務用500g', '袋', 650, 8)]),
    'tokai_car': dict(name='東海カー用品株式会社', addr='〒471-0833 愛知県豊田市山之手8-94',
        tel='0565-28-3317', fax='0565-28-3318', reg='T7180301027715', bank='碧海信用金庫 豊田支店 当座 0038417 トウカイカーヨウヒン（カ',
        buyer=HC, items=[('TC-0721', 'スマホホルダー エアコン吹出口用', '個', 720), ('TC-0482', 'シートすき間クッション 2本入', '組', 480),
        ('TC-1150', 'サンシェード フロント用 傘型', '本', 1150), ('TC-1980', 'トランク収納ボックス 折りたたみ', '個', 1980),
        ('TC-0890', 'LEDルームランプ 汎用T10', '個', 890), ('TC-1340', 'デジタルエアゲージ', '個', 1340), ('TC-0390', '洗車クロス 3枚組', '組', 390)]),
    'minato_mokei': dict(name='株式会社みなと模型卸', addr='〒422-8035 静岡県静岡市駿河区宮竹1-14-6',
        tel='054-237-8841', fax='054-237-8842', reg='T9080001019263', bank='静岡中央銀行 南支店 普通 2741906 カ）ミナトモケイオロシ',
        buyer=TSURU, items=[('MK-7207', '1/72 ジェット戦闘機キット SK-07', '個', 1870), ('MK-3511', '1/35 軽装甲車キット', '個', 2640),
        ('AP-017', 'アクリル塗料10ml ミディアムグレー', '本', 176), ('AP-022', 'アクリル塗料10ml フラットブラック', '本', 176),
        ('TL-198', '薄刃ニッパー', '丁', 1980), ('DC-044', '汎用デカール ナンバー白', '枚', 440), ('TL-035', 'スポンジやすり 4枚組', '組', 352),
        ('BR-028', '面相筆 0号', '本', 286), ('SN-108', '駄菓子アソート(軽減)', '袋', 108, 8)]),
    'sakura_konpo': dict(name='株式会社さくら梱包資材', addr='〒486-0918 愛知県春日井市如意申町5-3-11',
        tel='0568-31-0627', fax='0568-31-0628', reg='T3180001092458', bank='瀬戸信用金庫 春日井支店 普通 0627341 カ）サクラコンポウシザイ',
        buyer=HC, items=[('B60-10', 'ダンボール 60サイズ 10枚', '束', 480), ('OPP-100', 'OPP袋 テープ付 100枚', '袋', 350),
        ('AC-1242', '気泡緩衝材 1200mm×42m', '巻', 2200), ('PT-50', 'クラフト梱包テープ 50巻', '箱', 3850), ('LB-12', '配送ラベル A4 12面 100枚', '冊', 1650)]),
    'maruei_print': dict(name='有限会社丸栄印刷', addr='〒451-0064 愛知県名古屋市西区名西2-21-5',
        tel='052-522-7360', fax='052-522-7361', reg='T1180002051879', bank='大垣共立銀行 名古屋支店 普通 3184726 ユ）マルエイインサツ',
        buyer=HC, items=[('P-JAN', 'JANラベル印刷 40×30 1000枚', '式', 5500), ('P-MAN', '取扱説明書 日本語版 A5 1000部', '式', 18700),
        ('P-BOX', '化粧箱印刷 小 500個', '式', 46200), ('P-STK', 'PSE・注意書きシール 2000枚', '式', 7480)]),
    'nagoya_logi': dict(name='株式会社ナゴヤ物流サービス', addr='〒455-0831 愛知県名古屋市港区十一屋1-88',
        tel='052-382-5590', fax='052-382-5591', reg='T5180001117304', bank='三和中央銀行 港支店 普通 7731905 カ）ナゴヤブツリュウサービス',
        buyer=TSURU, items=[('S-01', '倉庫保管料 (1パレット/月)', 'PL', 4400), ('S-02', '入庫検品作業', '件', 55), ('S-03', '出荷作業 FBA納品', '件', 88),
        ('S-04', 'ラベル貼替作業', '枚', 22), ('S-05', '宅配便送料 60サイズ', '個', 770)]),
}
SHOPS = [
    dict(name='文具のいとう 大須店', addr='名古屋市中区大須3-30-12', tel='052-261-0418', reg='T6180001064420', items=[
        ('クラフト封筒 角2', 1, 330), ('油性ペン 黒 10本', 1, 880), ('ガムテープ 布', 2, 418), ('A4コピー用紙 500枚', 1, 649), ('ペットボトル茶 500ml ※', 2, 130)]),
    dict(name='カネマル ホームセンター 中川店', addr='名古屋市中川区富田町千音寺3411', tel='052-439-2210', reg='T8180001083314', items=[
        ('結束バンド 100本', 2, 298), ('カッターナイフ L型', 1, 548), ('養生テープ 50mm', 3, 228), ('軍手 12双組', 1, 658), ('缶コーヒー ※', 2, 120)]),
]

CN_SUP = {
    'yiwu_xinghe': dict(zh='义乌市星禾日用品有限公司', en='Yiwu Xinghe Daily Necessities Co., Ltd.', taxid='91330782MA2EK4T81N',
        addr_zh='浙江省义乌市北苑街道春晗路72号3楼', addr_en=['3F, No.72 Chunhan Road, Beiyuan Street', 'Yiwu, Zhejiang, China'],
        tel='0579-8531 6624', bank_zh='中国工商银行义乌北苑支行 1208020319200187364', bank_en='ICBC Yiwu Beiyuan Sub-branch, A/C 1208020319200187364, SWIFT ICBKCNBJZJP',
        items=[('不锈钢削皮器', 'Stainless steel peeler', '个', 3.20), ('硅胶刮刀', 'Silicone spatula', '把', 4.50), ('压蒜器', 'Garlic press', '个', 5.80),
               ('量勺五件套', 'Measuring spoon set 5pcs', '套', 2.60), ('多功能切菜器', 'Multi-function vegetable slicer', '台', 14.50)], cat='日用杂品'),
    'sz_ruichi': dict(zh='深圳市锐驰汽车用品有限公司', en='Shenzhen Ruichi Auto Accessories Co., Ltd.', taxid='91440300MA5FQ2W76C',
        addr_zh='深圳市宝安区石岩街道塘头社区宏发工业园7栋2楼', addr_en=['2F, Bldg 7, Hongfa Industrial Park, Shiyan', 'Bao\'an District, Shenzhen, China'],
        tel='0755-2765 3318', bank_zh='中国建设银行深圳石岩支行 44250100018400003187', bank_en='China Construction Bank Shenzhen Shiyan Branch, A/C 44250100018400003187, SWIFT PCBCCNBJSZX',
        items=[('车载手机支架', 'Car phone holder (air vent)', '个', 9.80), ('座椅缝隙填充条', 'Seat gap filler (pair)', '对', 6.50), ('前挡遮阳伞', 'Windshield sun shade umbrella', '把', 18.00),
               ('LED阅读灯', 'LED interior light T10', '个', 7.20), ('数显胎压表', 'Digital tire pressure gauge', '个', 15.60)], cat='汽车配件'),
    'yj_fengli': dict(zh='阳江市锋力刀剪有限公司', en='Yangjiang Fengli Knives & Scissors Co., Ltd.', taxid='91441700MA4WJ8R25K',
        addr_zh='广东省阳江市江城区银岭工业区三路9号', addr_en=['No.9, Road 3, Yinling Industrial Zone', 'Jiangcheng, Yangjiang, Guangdong, China'],
        tel='0662-3327 815', bank_zh='中国农业银行阳江江城支行 44670101040012875', bank_en='Agricultural Bank of China Yangjiang Branch, A/C 44670101040012875',
        items=[('厨房剪刀', 'Kitchen scissors', '把', 8.90), ('削皮刀', 'Paring knife', '把', 3.10), ('磨刀器', 'Knife sharpener 3-stage', '个', 11.50)], cat='金属制品'),
    'dg_hengsheng': dict(zh='东莞市恒晟硅胶制品有限公司', en='Dongguan Hengsheng Silicone Products Co., Ltd.', taxid='91441900MA51LX3D0P',
        addr_zh='广东省东莞市樟木头镇百果洞工业路16号', addr_en=['No.16 Industrial Road, Baiguodong', 'Zhangmutou Town, Dongguan, Guangdong, China'],
        tel='0769-8772 4406', bank_zh='中国银行东莞樟木头支行 672173849206', bank_en='Bank of China Dongguan Zhangmutou Sub-branch, A/C 672173849206, SWIFT BKCHCNBJ920',
        items=[('硅胶锅盖', 'Silicone lid 20cm', '个', 12.80), ('硅胶隔热垫', 'Silicone trivet', '个', 3.90), ('硅胶保鲜盖六件套', 'Silicone stretch lids 6pcs', '套', 9.60)], cat='橡胶制品'),
    'st_lemo': dict(zh='汕头市澄海区乐模玩具厂', en='Shantou Chenghai Lemo Model Toy Factory', taxid='92440515MA53P6YB4E',
        addr_zh='广东省汕头市澄海区莲下镇玩具工业区东路3号', addr_en=['No.3 East Road, Toy Industrial Zone, Lianxia', 'Chenghai, Shantou, Guangdong, China'],
        tel='0754-8571 2093', bank_zh='中国农业银行澄海莲下支行 44513401040005217', bank_en='Agricultural Bank of China Chenghai Lianxia Sub-branch, A/C 44513401040005217',
        items=[('拼装模型 坦克1:35', 'Plastic model kit tank 1:35', '盒', 28.00), ('模型工具套装', 'Modelling tool set', '套', 16.50), ('双动喷笔0.3mm', 'Dual-action airbrush 0.3mm', '支', 45.00),
               ('模型支架', 'Display stand', '个', 4.20)], cat='玩具'),
}

EU_SUP = {
    'de_kuehne': dict(lang='de', name='Kühne & Albers Autozubehör GmbH', addr=['Industriestraße 41', '33609 Bielefeld', 'Deutschland'],
        tax='USt-IdNr.: DE287451936', reg='Amtsgericht Bielefeld HRB 41873 · Geschäftsführer: Jens Albers', tel='+49 521 98 47 310',
        bank='Sparkasse Bielefeld', bic='SPBIDE3BXXX', ibanc='DE', rate=D('19'), currency='EUR', buyer='hc',
        items=[('KO-220', 'Kofferraum-Organizer faltbar', 'Stk.', D('8.40')), ('SS-140', 'Sonnenschutz Frontscheibe', 'Stk.', D('6.90')),
               ('HH-031', 'Handyhalterung Lüftung', 'Stk.', D('4.20')), ('RD-077', 'Reifendruckprüfer digital', 'Stk.', D('7.80'))]),
    'de_lindqvist': dict(lang='de', name='Farbenwerk Lindqvist GmbH', addr=['Am Hafenbecken 7', '24143 Kiel', 'Deutschland'],
        tax='USt-IdNr.: DE314802675', reg='Amtsgericht Kiel HRB 22719 KI · Geschäftsführerin: Maren Lindqvist', tel='+49 431 70 29 118',
        bank='Förde Volksbank eG', bic='GENODEF1KIL', ibanc='DE', rate=D('19'), currency='EUR', buyer='tsuru',
        items=[('AF-17', 'Acrylfarbe Modellbau 17 ml', 'Stk.', D('1.35')), ('AV-100', 'Airbrush-Verdünner 100 ml', 'Fl.', D('3.10')),
               ('GR-60', 'Grundierung grau 60 ml', 'Fl.', D('4.25')), ('MS-05', 'Maskierband 6 mm', 'Rolle', D('1.90'))]),
    'pl_mazur': dict(lang='pl', name='Mazur-Tech Sp. z o.o.', addr=['ul. Przemysłowa 14', '90-382 Łódź', 'Polska'],
        tax='NIP: 725-219-84-63', reg='KRS 0000618274 · Sąd Rejonowy dla Łodzi-Śródmieścia', tel='+48 42 630 17 84',
        bank='Bank Spółdzielczy w Łodzi', bic='GBWCPLPP', ibanc='PL', rate=D('23'), currency='PLN', buyer='hc',
        items=[('MS-01', 'Mata silikonowa do pieczenia', 'szt.', D('9.80')), ('OB-12', 'Organizer do bagażnika', 'szt.', D('38.00')),
               ('UT-05', 'Uchwyt na telefon do kratki', 'szt.', D('14.50')), ('OP-30', 'Osłona przeciwsłoneczna', 'szt.', D('22.90')),
               ('SK-07', 'Skrobaczka do szyb', 'szt.', D('5.40'))]),
    'fr_vernier': dict(lang='fr', name='Atelier Maquettes Vernier SARL', addr=['12 rue des Tanneurs', '69003 Lyon', 'France'],
        tax='N° TVA : FR41523874196', reg='SARL au capital de 20 000 € · RCS Lyon 523 874 196 · SIRET 523 874 196 00027', tel='+33 4 78 62 19 40',
        bank='Crédit Rhodanien', bic='CRRHFRPPXXX', ibanc='FR', rate=D('20'), currency='EUR', buyer='tsuru',
        items=[('MA-148', 'Maquette avion 1/48', 'pce', D('18.50')), ('PA-17', 'Peinture acrylique 17 ml', 'pce', D('1.90')),
               ('PI-03', 'Pinceaux, lot de 3', 'lot', D('6.40')), ('DE-09', 'Décalcomanies génériques', 'pce', D('4.20'))]),
    'it_ferraro': dict(lang='it', name='Modellistica Ferraro S.r.l.', addr=["Via dell'Industria 27", '40138 Bologna (BO)', 'Italia'],
        tax='P.IVA IT02847190374', reg='Cap. soc. € 50.000 i.v. · REA BO-471928', tel='+39 051 53 72 814',
        bank='Banca Emiliana di Credito', bic='BECRITMMXXX', ibanc='IT', rate=D('22'), currency='EUR', buyer='tsuru',
        items=[('KC-35', 'Kit modello carro armato 1/35', 'pz', D('21.00')), ('CP-20', 'Colla per plastica 20 ml', 'pz', D('2.80')),
               ('LA-06', 'Set lime abrasive (6 pz)', 'set', D('3.90')), ('FD-01', 'Fotoincisioni dettaglio', 'pz', D('7.60'))]),
    'es_cocina': dict(lang='es', name='Cocina Práctica Distribuciones S.L.', addr=['Calle de la Seda 9', '46013 Valencia', 'España'],
        tax='CIF: B98471236', reg='Inscrita en el Registro Mercantil de Valencia, Tomo 9812, Folio 44, Hoja V-158203', tel='+34 963 74 28 15',
        bank='Caja Levantina', bic='CALVESMMXXX', ibanc='ES', rate=D('21'), currency='EUR', buyer='hc',
        items=[('PE-01', 'Pelador de acero inoxidable', 'ud.', D('1.45')), ('PA-02', 'Prensa de ajos', 'ud.', D('2.30')),
               ('ES-03', 'Espátula de silicona', 'ud.', D('1.80')), ('MA-04', 'Mandolina multifunción', 'ud.', D('6.90'))]),
    'nl_heijden': dict(lang='nl', name='Van der Heijden Hobby B.V.', addr=['Kanaalweg 88', '3526 KM Utrecht', 'Nederland'],
        tax='BTW-nr: NL859214703B01', reg='KvK 30198274', tel='+31 30 289 41 76',
        bank='Utrechtse Spaarbank', bic='UTSBNL2UXXX', ibanc='NL', rate=D('21'), currency='EUR', buyer='tsuru',
        items=[('BV-72', 'Bouwpakket vliegtuig 1/72', 'st.', D('9.90')), ('AV-18', 'Acrylverf 18 ml', 'st.', D('1.60')),
               ('KS-05', 'Kwastenset (5 st.)', 'set', D('5.20')), ('SP-11', 'Schuurpapier assortiment', 'set', D('2.70'))]),
    'us_ridgeline': dict(lang='en', name='Ridgeline Hobby Supply LLC', addr=['4410 Wyandot Ave', 'Dayton, OH 45414', 'USA'],
        tax='EIN 83-2749106', reg='', tel='(937) 555-0148', bank='Miami Valley Community Bank', bic='', ibanc='', rate=D('7.25'), currency='USD', buyer='tsuru',
        items=[('RH-2401', 'Model kit 1/24 sports coupe', 'ea', D('14.25')), ('RH-0107', 'Enamel paint 1/4 oz', 'ea', D('1.95')),
               ('RH-5530', 'Airbrush cleaning kit', 'ea', D('9.80')), ('RH-0912', 'Hobby knife #11 blades (100)', 'box', D('12.40'))]),
    'us_bayside': dict(lang='en', name='Bayside Prep & Fulfillment LLC', addr=['2250 Harbor Park Dr, Unit C', 'Tacoma, WA 98421', 'USA'],
        tax='EIN 87-1036492', reg='', tel='(253) 555-0193', bank='Puget Freight Credit Union', bic='', ibanc='', rate=D('0'), currency='USD', buyer='tsuru',
        items=[('PREP-LBL', 'FNSKU labeling', 'unit', D('0.35')), ('PREP-BAG', 'Poly bagging + suffocation warning', 'unit', D('0.45')),
               ('RCV-CTN', 'Inbound receiving per carton', 'ctn', D('2.50')), ('STOR-CF', 'Storage per cubic foot / month', 'cu ft', D('0.85'))]),
}

# ---------------------------------------------------------------- number formats
def q2(x):
    return D(x).quantize(D('0.01'), ROUND_HALF_UP)

def group(intpart, sep):
    s = str(intpart)
    out = ''
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out

def num(x, style='en', dec=2):
    x = D(x)
    neg = x < 0
    x = abs(x)
    if dec == 0:
        i, f = int(x.quantize(D('1'), ROUND_HALF_UP)), ''
    else:
        x = q2(x)
        i, f = int(x), '%02d' % int((x - int(x)) * 100)
    if style == 'en':
        s = group(i, ',') + ('.' + f if f else '')
    elif style == 'de':
        s = group(i, '.') + (',' + f if f else '')
    elif style == 'fr':
        s = group(i, ' ') + (',' + f if f else '')
    elif style == 'ch':
        s = group(i, "'") + ('.' + f if f else '')
    else:
        raise ValueError(style)
    return ('-' if neg else '') + s

# ---------------------------------------------------------------- dates
FR_M = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
ES_M = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']
IT_M = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre']
NL_M = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']
EN_M = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def fdate(d, style):
    if style == 'dot': return d.strftime('%d.%m.%Y')
    if style == 'slash_dmy': return d.strftime('%d/%m/%Y')
    if style == 'us': return d.strftime('%m/%d/%Y')
    if style == 'iso': return d.isoformat()
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'kanji': return f'{d.year}年{d.month}月{d.day}日'
    if style == 'zh': return f'{d.year}年{d.month:02d}月{d.day:02d}日'
    if style == 'reiwa': return f'令和{d.year - 2018}年{d.month}月{d.day}日'
    if style == 'reiwa_short': return f'R{d.year - 2018:02d}.{d.month:02d}.{d.day:02d}'
    if style == 'fr': return f'{d.day} {FR_M[d.month-1]} {d.year}'
    if style == 'es': return f'{d.day} de {ES_M[d.month-1]} de {d.year}'
    if style == 'it': return f'{d.day} {IT_M[d.month-1]} {d.year}'
    if style == 'nl': return f'{d.day} {NL_M[d.month-1]} {d.year}'
    if style == 'nl_dash': return d.strftime('%d-%m-%Y')
    if style == 'en_long': return f'{EN_M[d.month-1]} {d.day}, {d.year}'
    if style == 'en_gb': return f'{d.day} {EN_M[d.month-1][:3]} {d.year}'
    if style == 'en_cn': return f'{EN_M[d.month-1][:3]}. {d.day:02d}, {d.year}'
    raise ValueError(style)

# ---------------------------------------------------------------- amounts in words
CN_DIG = '零壹贰叁肆伍陆柒捌玖'
def cn_upper(x):
    x = q2(x)
    yuan = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    units = ['', '拾', '佰', '仟']
    def four(n):
        s, zero = '', False
        for i in range(3, -1, -1):
            dgt = (n // 10 ** i) % 10
            if dgt == 0:
                zero = bool(s)
            else:
                if zero: s += '零'; zero = False
                s += CN_DIG[dgt] + units[i]
        return s
    parts = []
    big = ['', '万', '亿']
    n, k, out, need_zero = yuan, 0, '', False
    groups = []
    while n > 0:
        groups.append(n % 10000); n //= 10000
    for idx in range(len(groups) - 1, -1, -1):
        g = groups[idx]
        if g == 0:
            need_zero = bool(out); continue
        if out and (need_zero or g < 1000): out += '零'
        out += four(g) + big[idx]
        need_zero = False
    if not out: out = '零'
    out += '圆'
    if jiao == 0 and fen == 0: return out + '整'
    if jiao: out += CN_DIG[jiao] + '角'
    elif fen: out += '零'
    if fen: out += CN_DIG[fen] + '分'
    return out

ONES = 'ZERO ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE THIRTEEN FOURTEEN FIFTEEN SIXTEEN SEVENTEEN EIGHTEEN NINETEEN'.split()
TENS = 'ZERO TEN TWENTY THIRTY FORTY FIFTY SIXTY SEVENTY EIGHTY NINETY'.split()
def en_words(n):
    if n < 20: return ONES[n]
    if n < 100: return TENS[n // 10] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000: return ONES[n // 100] + ' HUNDRED' + (' AND ' + en_words(n % 100) if n % 100 else '')
    if n < 1000000: return en_words(n // 1000) + ' THOUSAND' + (' ' + en_words(n % 1000) if n % 1000 else '')
    return en_words(n // 1000000) + ' MILLION' + (' ' + en_words(n % 1000000) if n % 1000000 else '')

def say_usd(x):
    x = q2(x); c = int((x - int(x)) * 100)
    s = 'SAY US DOLLARS ' + en_words(int(x))
    if c: s += ' AND CENTS ' + en_words(c)
    return s + ' ONLY'

# ---------------------------------------------------------------- IBAN with valid check digits
BBAN_LEN = {'DE': 18, 'PL': 24, 'FR': 23, 'IT': 23, 'ES': 20, 'NL': 14}
def iban(cc, rnd):
    n = BBAN_LEN[cc]
    if cc == 'NL':
        bban = 'UTSB' + ''.join(rnd.choice('0123456789') for _ in range(10))
    elif cc == 'IT':
        bban = 'K' + ''.join(rnd.choice('0123456789') for _ in range(22))
    else:
        bban = ''.join(rnd.choice('0123456789') for _ in range(n))
    conv = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    chk = 98 - int(conv) % 97
    s = f'{cc}{chk:02d}{bban}'
    return ' '.join(s[i:i+4] for i in range(0, len(s), 4))
