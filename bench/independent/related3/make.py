#!/usr/bin/env python3
"""Generator for a labelled related-accounts test set (agency-style messy data).

Everything here is invented. Fixed seed. Writes into the folder of this script:
  accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv, value_variants.csv (extra, for auditing)
"""
import csv, json, os, random, string, sys, time
from collections import defaultdict, Counter
from itertools import combinations

SEED = 73137
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
T0 = time.time()

def ch(seq):
    return R.choice(seq)

def wch(pairs):
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]

def digits(n, first_nonzero=False):
    s = ''.join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s

def grp(s, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)

def grp4(s, sep=' '):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

# ----------------------------------------------------------------------------------
# name material (all invented combinations)
# ----------------------------------------------------------------------------------
CN_SUR = [('李', 'Li'), ('王', 'Wang'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'), ('杨', 'Yang'),
          ('黄', 'Huang'), ('赵', 'Zhao'), ('吴', 'Wu'), ('周', 'Zhou'), ('徐', 'Xu'), ('孙', 'Sun'),
          ('马', 'Ma'), ('朱', 'Zhu'), ('胡', 'Hu'), ('郭', 'Guo'), ('何', 'He'), ('林', 'Lin'),
          ('罗', 'Luo'), ('郑', 'Zheng'), ('梁', 'Liang'), ('谢', 'Xie'), ('宋', 'Song'), ('唐', 'Tang'),
          ('许', 'Xu'), ('邓', 'Deng'), ('冯', 'Feng'), ('曾', 'Zeng'), ('彭', 'Peng'), ('蔡', 'Cai')]
CN_GIV = [('娜', 'Na'), ('伟', 'Wei'), ('芳', 'Fang'), ('敏', 'Min'), ('静', 'Jing'), ('丽', 'Li'),
          ('强', 'Qiang'), ('磊', 'Lei'), ('军', 'Jun'), ('洋', 'Yang'), ('勇', 'Yong'), ('艳', 'Yan'),
          ('杰', 'Jie'), ('涛', 'Tao'), ('明', 'Ming'), ('超', 'Chao'), ('秀英', 'Xiuying'),
          ('晓峰', 'Xiaofeng'), ('建华', 'Jianhua'), ('海燕', 'Haiyan'), ('志强', 'Zhiqiang'),
          ('雪梅', 'Xuemei'), ('俊杰', 'Junjie'), ('子涵', 'Zihan'), ('宇航', 'Yuhang'), ('嘉怡', 'Jiayi'),
          ('文博', 'Wenbo'), ('佳琪', 'Jiaqi'), ('浩然', 'Haoran'), ('思远', 'Siyuan'), ('丹', 'Dan'),
          ('鹏', 'Peng'), ('辉', 'Hui'), ('玲', 'Ling'), ('婷', 'Ting'), ('斌', 'Bin')]
CN_CH = [('瑞', 'Rui'), ('湾', 'wan'), ('凯', 'Kai'), ('骏', 'jun'), ('华', 'Hua'), ('信', 'xin'),
         ('鑫', 'Xin'), ('达', 'da'), ('博', 'Bo'), ('远', 'yuan'), ('恒', 'Heng'), ('创', 'chuang'),
         ('锦', 'Jin'), ('程', 'cheng'), ('优', 'You'), ('品', 'pin'), ('启', 'Qi'), ('航', 'hang'),
         ('星', 'Xing'), ('辉', 'hui'), ('泰', 'Tai'), ('和', 'he'), ('盛', 'Sheng'), ('聚', 'Ju'),
         ('源', 'yuan'), ('宏', 'Hong'), ('图', 'tu'), ('乐', 'Le'), ('享', 'xiang'), ('嘉', 'Jia'),
         ('禾', 'he'), ('云', 'Yun'), ('帆', 'fan'), ('卓', 'Zhuo'), ('越', 'yue'), ('汇', 'Hui'),
         ('通', 'tong'), ('蓝', 'Lan'), ('海', 'hai'), ('智', 'Zhi'), ('联', 'lian'), ('易', 'Yi'),
         ('美', 'Mei'), ('途', 'tu'), ('森', 'Sen'), ('晨', 'Chen'), ('曦', 'xi'), ('腾', 'Teng'),
         ('飞', 'fei'), ('峰', 'feng'), ('润', 'Run'), ('丰', 'feng'), ('宇', 'Yu'), ('佳', 'jia'),
         ('天', 'Tian'), ('朗', 'lang'), ('锐', 'Rui'), ('捷', 'jie'), ('铭', 'Ming'), ('晟', 'sheng'),
         ('璟', 'Jing'), ('翔', 'xiang'), ('沃', 'Wo'), ('恩', 'en')]
CN_IND = [('科技', 'Technology', 'Tech'), ('电子商务', 'E-commerce', 'E-com'), ('贸易', 'Trading', 'Trade'),
          ('电子', 'Electronics', 'Elec'), ('家居用品', 'Household Products', 'Home'),
          ('实业', 'Industrial', 'Ind'), ('网络科技', 'Network Technology', 'Network Tech'),
          ('供应链管理', 'Supply Chain Management', 'Supply Chain'), ('进出口', 'Import and Export', 'Imp & Exp')]
# city: cn, en, province cn, province en, districts [(cn,en)], postcode prefix
CN_CITY = [
    ('深圳', 'Shenzhen', '广东省', 'Guangdong', [('南山区', 'Nanshan District'), ('福田区', 'Futian District'),
                                                ('宝安区', "Bao'an District"), ('龙岗区', 'Longgang District'),
                                                ('龙华区', 'Longhua District')], '518'),
    ('广州', 'Guangzhou', '广东省', 'Guangdong', [('天河区', 'Tianhe District'), ('白云区', 'Baiyun District'),
                                                 ('番禺区', 'Panyu District')], '510'),
    ('东莞', 'Dongguan', '广东省', 'Guangdong', [('南城街道', 'Nancheng Subdistrict'), ('长安镇', "Chang'an Town")], '523'),
    ('义乌', 'Yiwu', '浙江省', 'Zhejiang', [('稠城街道', 'Choucheng Subdistrict'), ('福田街道', 'Futian Subdistrict')], '322'),
    ('杭州', 'Hangzhou', '浙江省', 'Zhejiang', [('余杭区', 'Yuhang District'), ('滨江区', 'Binjiang District')], '310'),
    ('厦门', 'Xiamen', '福建省', 'Fujian', [('思明区', 'Siming District'), ('湖里区', 'Huli District')], '361'),
    ('宁波', 'Ningbo', '浙江省', 'Zhejiang', [('鄞州区', 'Yinzhou District')], '315'),
    ('上海', 'Shanghai', '', '', [('闵行区', 'Minhang District'), ('浦东新区', 'Pudong New Area')], '201'),
    ('佛山', 'Foshan', '广东省', 'Guangdong', [('南海区', 'Nanhai District'), ('顺德区', 'Shunde District')], '528'),
    ('中山', 'Zhongshan', '广东省', 'Guangdong', [('古镇镇', 'Guzhen Town')], '528'),
]
CN_ROADTYPE = [('路', 'Road', 'Rd'), ('大道', 'Avenue', 'Ave'), ('街', 'Street', 'St')]
CN_BLDTYPE = [('大厦', 'Building', 'Bldg'), ('科技园', 'Science Park', 'Sci-Park'), ('商务中心', 'Business Center', 'Biz Ctr'),
              ('创业园', 'Innovation Park', 'Innov. Park'), ('广场', 'Plaza', 'Plaza')]

UK_FIRST = ['David', 'James', 'Sarah', 'Emma', 'Oliver', 'Priya', 'Mohammed', 'Aisha', 'Tom', 'Laura', 'Chloe',
            'Daniel', 'Hannah', 'Ravi', 'Sophie', 'Ben', 'Lucy', 'Michael', 'Rachel', 'Adam', 'Kate', 'Imran',
            'Gemma', 'Callum', 'Megan', 'Harjit', 'Niamh', 'Owen']
UK_LAST = ['Brown', 'Smith', 'Patel', 'Jones', 'Taylor', 'Wilson', 'Evans', 'Khan', 'Walker', 'Wright',
           'Thompson', 'Hughes', 'Roberts', 'Clarke', 'Shah', 'Hall', 'Green', 'Lewis', 'Young', 'Ahmed',
           'Murphy', "O'Neill", 'Begum', 'Morgan', 'Kaur', 'Davies']
UK_WORD = ['Brightleaf', 'Kestrel', 'Oakmere', 'Halden', 'Penrose', 'Thistle', 'Ashcombe', 'Larkspur',
           'Northgate', 'Redbrook', 'Silverdale', 'Copperfield', 'Wrenfield', 'Marlow', 'Fernhill', 'Harrowby',
           'Stonebridge', 'Blackwater', 'Elmstead', 'Foxglove', 'Hartwell', 'Kingsmere', 'Lowther', 'Mayfield',
           'Ravensworth', 'Saltmarsh', 'Thornbury', 'Westcott', 'Yarrow', 'Bramble', 'Cobalt', 'Juniper',
           'Lindenhall', 'Moorcroft', 'Pebblestone', 'Quayside', 'Rushmere', 'Tidewell', 'Upton', 'Vale']
UK_TRADE = ['Trading', 'Home', 'Supplies', 'Retail', 'Goods', 'Commerce', 'Imports', 'Living', 'Outdoor',
            'Digital', 'Pet Supplies', 'Crafts', 'Kitchenware']
UK_STREET = [('Harrow Road', 'Harrow Rd'), ('Station Road', 'Station Rd'), ('High Street', 'High St'),
             ('Church Lane', 'Church Ln'), ('Victoria Street', 'Victoria St'), ('Mill Lane', 'Mill Ln'),
             ("King's Road", 'Kings Rd'), ('Park Avenue', 'Park Ave'), ('Queens Road', 'Queens Rd'),
             ('Green Lane', 'Green Ln'), ('Commercial Street', 'Commercial St'), ('Bridge Street', 'Bridge St'),
             ('Albion Road', 'Albion Rd'), ('Cavendish Place', 'Cavendish Pl'), ('Wharf Road', 'Wharf Rd')]
UK_CITY = [('London', ['E1', 'E14', 'N7', 'SE15', 'W2', 'EC1V', 'NW10', 'SW11', 'WC2H']),
           ('Manchester', ['M1', 'M4', 'M14', 'M20']), ('Birmingham', ['B5', 'B12', 'B19']),
           ('Leeds', ['LS1', 'LS6', 'LS11']), ('Bristol', ['BS1', 'BS5']), ('Leicester', ['LE1', 'LE4']),
           ('Glasgow', ['G2', 'G41']), ('Luton', ['LU1', 'LU2'])]
UK_BANKS = [('Barclays', 'BRCY'), ('Lloyds', 'LLYD'), ('NatWest', 'NTWS'), ('HSBC UK', 'HSBU'),
            ('Santander', 'SNTD'), ('Monzo', 'MNZB'), ('Starling', 'STRL'), ('Metro Bank', 'MTRB')]

EU = {
    'DE': dict(first=['Jürgen', 'Anna', 'Lukas', 'Katrin', 'Stefan', 'Julia', 'Thomas', 'Sabine', 'Felix',
                      'Mehmet', 'Elif', 'Björn', 'Jörg'],
               last=['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker',
                     'Schulz', 'Hoffmann', 'Yılmaz', 'Krüger', 'Schäfer', 'Köhler', 'Groß'],
               forms=[('GmbH', ['GmbH', 'Gmbh', 'G.m.b.H.']), ('UG (haftungsbeschränkt)', ['UG (haftungsbeschraenkt)', 'UG', 'UG (hb)']),
                      ('e.K.', ['e.K.', 'eK']), ('GmbH & Co. KG', ['GmbH & Co KG', 'GmbH&Co.KG'])],
               trade=['Handels', 'Vertriebs', 'Versand', 'Warenhandel', 'Onlinehandel', 'Import'],
               streets=[('Hauptstraße', 'Hauptstr.', 'Hauptstrasse'), ('Bahnhofstraße', 'Bahnhofstr.', 'Bahnhofstrasse'),
                        ('Gartenstraße', 'Gartenstr.', 'Gartenstrasse'), ('Schillerstraße', 'Schillerstr.', 'Schillerstrasse'),
                        ('Lindenweg', 'Lindenweg', 'Lindenweg'), ('Friedrichstraße', 'Friedrichstr.', 'Friedrichstrasse'),
                        ('Goethestraße', 'Goethestr.', 'Goethestrasse'), ('Am Marktplatz', 'Am Marktpl.', 'Am Marktplatz')],
               cities=[('Berlin', 'Berlin', '10'), ('Hamburg', 'Hamburg', '20'), ('München', 'Munich', '80'),
                       ('Köln', 'Cologne', '50'), ('Frankfurt am Main', 'Frankfurt', '60'), ('Leipzig', 'Leipzig', '04')],
               cname=('Deutschland', 'Germany'), banks=[('Sparkasse Nordtal', 'SPNT'), ('Volksbank Rheinau', 'VBRH'),
                                                       ('Kontora Bank', 'KTRB'), ('N26-like Direktbank', 'DRKB')]),
    'FR': dict(first=['Camille', 'Julien', 'Marie', 'Nicolas', 'Léa', 'Thomas', 'Sophie', 'Karim', 'Inès', 'Hélène'],
               last=['Martin', 'Bernard', 'Dubois', 'Durand', 'Lefèbvre', 'Moreau', 'Laurent', 'Garnier', 'Rousseau', 'Benali'],
               forms=[('SARL', ['S.A.R.L.', 'Sarl']), ('SAS', ['S.A.S.', 'sas']), ('EURL', ['E.U.R.L.']), ('SASU', ['S.A.S.U.'])],
               trade=['Distribution', 'Commerce', 'Maison', 'Import', 'Boutique', 'Négoce'],
               streets=[('rue des Lilas', 'r. des Lilas', 'Rue Des Lilas'), ('rue de la République', 'r. de la Republique', 'Rue de la Republique'),
                        ('avenue Jean Jaurès', 'av. Jean Jaures', 'Avenue Jean-Jaurès'), ('boulevard Voltaire', 'bd Voltaire', 'Bd. Voltaire'),
                        ('rue Victor Hugo', 'r. Victor Hugo', 'Rue V. Hugo'), ('rue du Faubourg Saint-Denis', 'r. du Fbg St-Denis', 'Rue du Faubourg St Denis')],
               cities=[('Paris', 'Paris', '750'), ('Lyon', 'Lyon', '6900'), ('Marseille', 'Marseille', '130'),
                       ('Lille', 'Lille', '5900'), ('Bordeaux', 'Bordeaux', '3300'), ('Nantes', 'Nantes', '4400')],
               cname=('France', 'France'), banks=[('Crédit Rivage', 'CRRV'), ('Banque Populaire du Lac', 'BPLC'), ('Société Générique', 'SGEN')]),
    'IT': dict(first=['Marco', 'Giulia', 'Luca', 'Francesca', 'Alessandro', 'Chiara', 'Matteo', 'Sara'],
               last=['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'De Luca'],
               forms=[('S.r.l.', ['SRL', 'Srl', 's.r.l.']), ('S.r.l.s.', ['SRLS', 'Srls']), ('S.p.A.', ['SPA', 'SpA'])],
               trade=['Commerciale', 'Distribuzione', 'Import Export', 'Casa', 'Forniture', 'Trading'],
               streets=[('Via Roma', 'V. Roma', 'via Roma'), ('Via Garibaldi', 'V. Garibaldi', 'via G. Garibaldi'),
                        ('Corso Vittorio Emanuele II', 'C.so V. Emanuele II', 'Corso Vittorio Emanuele'),
                        ('Via Mazzini', 'V. Mazzini', 'via G. Mazzini'), ('Viale Monza', 'V.le Monza', 'viale Monza')],
               cities=[('Milano', 'Milan', '201', 'MI'), ('Roma', 'Rome', '001', 'RM'), ('Torino', 'Turin', '101', 'TO'),
                       ('Napoli', 'Naples', '801', 'NA'), ('Bologna', 'Bologna', '401', 'BO')],
               cname=('Italia', 'Italy'), banks=[('Banca Lombarda Nuova', '03111'), ('Credito Padano', '05034'), ('Banca del Tirreno', '08327')]),
    'ES': dict(first=['Javier', 'Lucía', 'Carlos', 'María', 'Pablo', 'Elena', 'Sergio', 'Nuria'],
               last=['García', 'Fernández', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Ruiz', 'Navarro'],
               forms=[('S.L.', ['SL', 'S.L', 'Sociedad Limitada']), ('S.L.U.', ['SLU']), ('S.A.', ['SA'])],
               trade=['Comercial', 'Distribuciones', 'Importaciones', 'Hogar', 'Suministros', 'Global'],
               streets=[('Calle Mayor', 'C/ Mayor', 'c. Mayor'), ('Calle de Alcalá', 'C/ Alcalá', 'Calle Alcala'),
                        ('Avenida de la Constitución', 'Avda. Constitución', 'Av. de la Constitucion'),
                        ('Gran Vía', 'G. Vía', 'Gran Via'), ('Calle Sierpes', 'C/ Sierpes', 'calle Sierpes')],
               cities=[('Madrid', 'Madrid', '280'), ('Barcelona', 'Barcelona', '080'), ('Valencia', 'Valencia', '460'),
                       ('Sevilla', 'Seville', '410')],
               cname=('España', 'Spain'), banks=[('Banco Ibérico Sur', '0182'), ('Caja Levante', '2100'), ('Banco Meseta', '0049')]),
    'NL': dict(first=['Daan', 'Sanne', 'Jeroen', 'Fleur', 'Bram', 'Lotte', 'Ruben', 'Anouk'],
               last=['de Vries', 'Jansen', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'de Jong', 'van den Berg'],
               forms=[('B.V.', ['BV', 'B.V', 'bv']), ('V.O.F.', ['VOF'])],
               trade=['Handel', 'Webshop', 'Trading', 'Wonen', 'Import', 'Groothandel'],
               streets=[('Keizersgracht', 'Keizersgr.', 'Keizersgracht'), ('Damrak', 'Damrak', 'Damrak'),
                        ('Kalverstraat', 'Kalverstr.', 'Kalverstraat'), ('Oudegracht', 'Oudegr.', 'Oudegracht'),
                        ('Coolsingel', 'Coolsingel', 'Coolsingel')],
               cities=[('Amsterdam', 'Amsterdam', '10'), ('Rotterdam', 'Rotterdam', '30'), ('Utrecht', 'Utrecht', '35')],
               cname=('Nederland', 'Netherlands'), banks=[('Polderbank', 'PLDB'), ('Grachtbank', 'GRCB'), ('Dijk Spaarbank', 'DIJK')]),
}
US_FIRST = ['John', 'Michael', 'Jennifer', 'Ashley', 'Chris', 'Jessica', 'Kevin', 'Amanda', 'Brian', 'Nicole',
            'Jose', 'Maria', 'Tyler', 'Brittany', 'Jason', 'Megan', 'Eric', 'Lauren']
US_LAST = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez',
           'Martinez', 'Nguyen', 'Kim', 'Anderson', 'Thomas', 'Moore', 'Jackson', 'Lee', 'Harris']
US_WORD = ['Summit', 'Lakeshore', 'Redwood', 'Prairie', 'Bluebird', 'Ironwood', 'Canyon', 'Evergreen', 'Harbor',
           'Liberty', 'Maplecrest', 'Northstar', 'Pinecone', 'Riverbend', 'Sagebrush', 'Timberline', 'Wildflower',
           'Granite', 'Coastal', 'Frontier', 'Keystone', 'Meadowlark', 'Silverline', 'Sunbelt']
US_TRADE = ['Goods', 'Brands', 'Supply', 'Outfitters', 'Home', 'Ventures', 'Trading', 'Essentials', 'Direct']
US_FORMS = [('LLC', ['L.L.C.', 'Llc', 'LLC.']), ('Inc.', ['Inc', 'Incorporated', 'INC']), ('Corp.', ['Corporation', 'Corp'])]
US_STREET = [('Oak Street', 'Oak St'), ('Maple Avenue', 'Maple Ave'), ('Main Street', 'Main St'), ('Cedar Lane', 'Cedar Ln'),
             ('Washington Boulevard', 'Washington Blvd'), ('Elm Street', 'Elm St'), ('Pine Road', 'Pine Rd'),
             ('Lake Drive', 'Lake Dr'), ('Sunset Boulevard', 'Sunset Blvd'), ('Commerce Parkway', 'Commerce Pkwy')]
US_CITY = [('Los Angeles', 'CA', 'California', '900'), ('Austin', 'TX', 'Texas', '787'), ('Miami', 'FL', 'Florida', '331'),
           ('Brooklyn', 'NY', 'New York', '112'), ('Chicago', 'IL', 'Illinois', '606'), ('Seattle', 'WA', 'Washington', '981'),
           ('Columbus', 'OH', 'Ohio', '432'), ('Phoenix', 'AZ', 'Arizona', '850'), ('Edison', 'NJ', 'New Jersey', '088')]
US_BANKS = ['First Prairie Bank', 'Lakeshore Federal', 'Cascade National Bank', 'Union Ridge Bank', 'Pioneer Trust Co.']

JP_SUR = [('山田', 'Yamada'), ('佐藤', 'Sato'), ('鈴木', 'Suzuki'), ('高橋', 'Takahashi'), ('田中', 'Tanaka'),
          ('伊藤', 'Ito'), ('渡辺', 'Watanabe'), ('中村', 'Nakamura'), ('小林', 'Kobayashi'), ('加藤', 'Kato'),
          ('吉田', 'Yoshida'), ('松本', 'Matsumoto'), ('井上', 'Inoue'), ('木村', 'Kimura')]
JP_GIV = [('太郎', 'Taro'), ('花子', 'Hanako'), ('健', 'Ken'), ('翔', 'Sho'), ('美咲', 'Misaki'), ('大輔', 'Daisuke'),
          ('直樹', 'Naoki'), ('由美', 'Yumi'), ('陽子', 'Yoko'), ('拓也', 'Takuya'), ('恵', 'Megumi'), ('誠', 'Makoto')]
JP_CO = [('ユズリハ', 'Yuzuriha'), ('カスミ', 'Kasumi'), ('シオン', 'Shion'), ('ナギサ', 'Nagisa'), ('トモエ', 'Tomoe'),
         ('ミヤビ', 'Miyabi'), ('アカネ', 'Akane'), ('ヒバリ', 'Hibari'), ('ワカバ', 'Wakaba'), ('フタバ', 'Futaba'),
         ('イロハ', 'Iroha'), ('キララ', 'Kirara'), ('ソヨカゼ', 'Soyokaze'), ('ツムギ', 'Tsumugi'), ('アマネ', 'Amane'),
         ('サクラ', 'Sakura'), ('ミドリ', 'Midori'), ('アオバ', 'Aoba'), ('ヒカリ', 'Hikari'), ('ツバサ', 'Tsubasa'),
         ('カエデ', 'Kaede'), ('ハルカ', 'Haruka'), ('ミナト', 'Minato'), ('コハク', 'Kohaku'), ('アサヒ', 'Asahi'),
         ('スバル', 'Subaru'), ('イズミ', 'Izumi'), ('ヤマト', 'Yamato'), ('ホシゾラ', 'Hoshizora')]
JP_TR = [('トレード', 'Trade'), ('商会', 'Shokai'), ('物産', 'Bussan'), ('通商', 'Tsusho'), ('ネット', 'Net'),
         ('コマース', 'Commerce'), ('ライフ', 'Life')]
JP_CITY = [('東京都', 'Tokyo', '渋谷区', 'Shibuya-ku', [('渋谷', 'Shibuya'), ('神南', 'Jinnan'), ('道玄坂', 'Dogenzaka')], '150'),
           ('東京都', 'Tokyo', '新宿区', 'Shinjuku-ku', [('西新宿', 'Nishishinjuku'), ('高田馬場', 'Takadanobaba')], '160'),
           ('大阪府', 'Osaka', '大阪市北区', 'Kita-ku, Osaka-shi', [('梅田', 'Umeda'), ('天満', 'Tenma')], '530'),
           ('神奈川県', 'Kanagawa', '横浜市中区', 'Naka-ku, Yokohama-shi', [('山下町', 'Yamashitacho'), ('本町', 'Honcho')], '231'),
           ('福岡県', 'Fukuoka', '福岡市博多区', 'Hakata-ku, Fukuoka-shi', [('博多駅前', 'Hakataekimae'), ('祇園町', 'Gionmachi')], '812'),
           ('愛知県', 'Aichi', '名古屋市中区', 'Naka-ku, Nagoya-shi', [('栄', 'Sakae'), ('錦', 'Nishiki')], '460')]
JP_BLD = [('ビル', 'Bldg', 'Building'), ('マンション', 'Mansion', 'Mansion'), ('ハイツ', 'Heights', 'Heights'), ('タワー', 'Tower', 'Tower')]
JP_BANKS = [('さくら野銀行', 'Sakurano Bank', '0301'), ('東和みらい銀行', 'Towa Mirai Bank', '0312'),
            ('なにわ信用金庫', 'Naniwa Shinkin', '1203'), ('みなと銀行', 'Minato Ginko', '0325')]
JP_BRANCH = [('渋谷支店', 'Shibuya'), ('新宿支店', 'Shinjuku'), ('梅田支店', 'Umeda'), ('本店営業部', 'Head Office'),
             ('栄支店', 'Sakae'), ('博多支店', 'Hakata'), ('横浜支店', 'Yokohama')]
CN_BANKS = [('中国工商银行', 'ICBC'), ('中国建设银行', 'CCB'), ('招商银行', 'CMB'), ('中国银行', 'BOC'),
            ('中国农业银行', 'ABC'), ('平安银行', 'Ping An Bank')]
CN_BIN = {'ICBC': '622202', 'CCB': '621700', 'CMB': '622588', 'BOC': '621661', 'ABC': '622848', 'Ping An Bank': '622155'}

# invented payment-service providers with shared collection accounts
PSPS = [
    dict(name='Lianhui Pay', cn='连汇支付', us_rtn=None, us_pre='8603', uk_sc='04-13-07', uk_pre='2', de_blz='10011001', de_pre='27'),
    dict(name='NorthBridge Pay', cn='北桥支付', us_rtn=None, us_pre='7745', uk_sc='04-06-05', uk_pre='1', de_blz='10012345', de_pre='15'),
    dict(name='PingRoute', cn='平途', us_rtn=None, us_pre='2209', uk_sc='23-14-70', uk_pre='9', de_blz='50010060', de_pre='68'),
    dict(name='Cedar Collect', cn='雪松收款', us_rtn=None, us_pre='5531', uk_sc='04-00-75', uk_pre='4', de_blz='20041111', de_pre='39'),
]

# ----------------------------------------------------------------------------------
# check digits
# ----------------------------------------------------------------------------------
def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s.upper())
    return '%02d' % (98 - int(num) % 97)

def aba(prefix8):
    w = [3, 7, 1] * 3
    s = sum(int(d) * w[i] for i, d in enumerate(prefix8))
    return prefix8 + str((10 - s % 10) % 10)

def luhn_digit(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9: n -= 9
        tot += n
    return str((10 - tot % 10) % 10)

def uscc():
    chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    # body of 17: '91' + 6 region + 9 org code
    region = ch(['440300', '440106', '441900', '330782', '330108', '350203', '330212', '310112', '440605', '442000'])
    org = ch(['MA5', 'MA7', 'MA9', 'MAC', '789', '675']) + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(6))
    body = '91' + region + org
    s = sum(chars.index(c) * w[i] for i, c in enumerate(body))
    c = (31 - s % 31) % 31
    return body + chars[c]

def jp_corp():
    body = digits(12, True)
    s = 0
    for i, d in enumerate(reversed(body)):
        s += int(d) * (2 if i % 2 == 1 else 1)  # simplified weighting
    return str(9 - s % 9) + body

def fr_siren():
    b = digits(8, True)
    return b + luhn_digit(b)

def fr_vat_key(siren):
    return '%02d' % ((12 + 3 * (int(siren) % 97)) % 97)

# ----------------------------------------------------------------------------------
# uniqueness registry so that strangers never share a value by accident
# ----------------------------------------------------------------------------------
USED = defaultdict(set)

def uniq(kind, fn, tries=200):
    for _ in range(tries):
        v = fn()
        k = v if isinstance(v, str) else json.dumps(v, sort_keys=True, ensure_ascii=False)
        if k not in USED[kind]:
            USED[kind].add(k)
            return v
    raise RuntimeError('could not make unique ' + kind)

# ----------------------------------------------------------------------------------
# canonical value store
# ----------------------------------------------------------------------------------
VALUES = {}      # cid -> dict(kind, data, owner)
_cnt = Counter()

def newval(kind, data, owner):
    _cnt[kind] += 1
    cid = '%s-%05d' % (kind[:3].upper(), _cnt[kind])
    VALUES[cid] = dict(kind=kind, data=data, owner=owner)
    return cid

# ----------------------------------------------------------------------------------
# entity generators (structured data)
# ----------------------------------------------------------------------------------
EU_CC = ['DE', 'FR', 'IT', 'ES', 'NL']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

def gen_person(r):
    if r == 'CN':
        return dict(r=r, sur=ch(CN_SUR), giv=ch(CN_GIV))
    if r == 'JP':
        return dict(r=r, sur=ch(JP_SUR), giv=ch(JP_GIV))
    if r == 'UK':
        return dict(r=r, first=ch(UK_FIRST), last=ch(UK_LAST))
    if r == 'US':
        return dict(r=r, first=ch(US_FIRST), last=ch(US_LAST))
    return dict(r=r, first=ch(EU[r]['first']), last=ch(EU[r]['last']))

def cn_word():
    a, b = ch(CN_CH), ch(CN_CH)
    while b[0] == a[0]:
        b = ch(CN_CH)
    return [a, b]

def gen_company(r, person=None):
    if r == 'CN':
        def f():
            return dict(r=r, city=R.randrange(len(CN_CITY)), dw=cn_word(), ind=R.randrange(len(CN_IND)))
        c = uniq('co', f)
    elif r == 'UK':
        c = uniq('co', lambda: dict(r=r, word=ch(UK_WORD), trade=ch(UK_TRADE), form=wch([('Ltd', 8), ('LLP', 1)])))
    elif r == 'US':
        c = uniq('co', lambda: dict(r=r, word=ch(US_WORD), trade=ch(US_TRADE), form=R.randrange(len(US_FORMS))))
    elif r == 'JP':
        c = uniq('co', lambda: dict(r=r, co=ch(JP_CO), tr=ch(JP_TR), form=wch([('KK', 4), ('GK', 1)])))
        c['pos'] = wch([('pre', 1), ('post', 1)])   # position of 株式会社 does not make a name unique here
    else:
        E = EU[r]
        def f():
            w = person['last'] if (person and R.random() < 0.45) else ch(UK_WORD + US_WORD)
            return dict(r=r, word=w, trade=ch(E['trade']), form=R.randrange(len(E['forms'])))
        c = uniq('co', f)
    return c

def uk_postcode(city):
    d = ch(UK_CITY[city][1])
    return d + ' ' + str(R.randint(1, 9)) + ''.join(R.choice('ABDEFGHJLNPQRSTUWXYZ') for _ in range(2))

def gen_address(r, kind='home'):
    if r == 'CN':
        ci = R.randrange(len(CN_CITY))
        c = CN_CITY[ci]
        d = dict(r=r, city=ci, dist=R.randrange(len(c[4])), road=cn_word(), rt=R.randrange(len(CN_ROADTYPE)),
                 no=R.randint(1, 399), pc=c[5] + digits(3))
        if kind == 'home':
            d.update(bld=cn_word(), bt=ch([('小区', 'Residential Community', 'Community'), ('花园', 'Garden', 'Gdn'), ('公寓', 'Apartments', 'Apts')]),
                     unit=R.randint(1, 12), room='%d%02d' % (R.randint(1, 33), R.randint(1, 8)))
        else:
            bt = CN_BLDTYPE[R.randrange(len(CN_BLDTYPE))]
            d.update(bld=cn_word(), bt=bt, unit=None, blk=ch([None, None, 'A', 'B', 'C']),
                     room='%d%02d' % (R.randint(2, 38), R.randint(1, 20)))
        return d
    if r == 'UK':
        ci = R.randrange(len(UK_CITY))
        return dict(r=r, city=ci, street=R.randrange(len(UK_STREET)), no=R.randint(1, 280),
                    flat=(str(R.randint(1, 40)) if R.random() < 0.75 else None),
                    fw=ch(['Flat', 'Flat', 'Unit', 'Suite', 'Apartment']),
                    bld=(ch(UK_WORD) + ' ' + ch(['House', 'Court', 'Business Centre', 'Mews', 'Works'])) if R.random() < 0.35 else None,
                    pc=uk_postcode(ci))
    if r == 'US':
        ci = R.randrange(len(US_CITY))
        return dict(r=r, city=ci, street=R.randrange(len(US_STREET)), no=str(R.randint(10, 9899)),
                    unit=(ch(['', '', '#', 'Ste ']) + str(R.randint(1, 30)) + ch(['', 'A', 'B', 'C', '0'])) if R.random() < 0.7 else None,
                    zip=US_CITY[ci][3] + digits(2), zip4=digits(4) if R.random() < 0.3 else None)
    if r == 'JP':
        ci = R.randrange(len(JP_CITY))
        c = JP_CITY[ci]
        return dict(r=r, city=ci, town=R.randrange(len(c[4])), chome=R.randint(1, 6), ban=R.randint(1, 30), go=R.randint(1, 20),
                    bld=ch(JP_CO), bt=R.randrange(len(JP_BLD)), room='%d%02d' % (R.randint(2, 12), R.randint(1, 9)),
                    pc=c[5] + '-' + digits(4))
    E = EU[r]
    ci = R.randrange(len(E['cities']))
    cit = E['cities'][ci]
    pre = cit[2]
    pc = pre + digits(5 - len(pre)) if r != 'NL' else pre + digits(2) + ' ' + ''.join(R.choice('ABCDEFGHJKLMNPRSTVWXZ') for _ in range(2))
    extra = None
    if R.random() < 0.55:
        extra = dict(DE=lambda: ch(['%d. OG' % R.randint(1, 5), 'Whg. %d' % R.randint(1, 30), 'App. %d' % R.randint(1, 30)]),
                     FR=lambda: ch(['Bât. %s, Apt %d' % (ch('ABC'), R.randint(1, 60)), 'Apt %d' % R.randint(1, 60), '%de étage' % R.randint(1, 6)]),
                     IT=lambda: ch(['Int. %d' % R.randint(1, 30), 'Scala %s Int. %d' % (ch('ABC'), R.randint(1, 30)), 'Piano %d' % R.randint(1, 6)]),
                     ES=lambda: ch(['%dº %s' % (R.randint(1, 8), ch('ABCD')), 'Piso %d Puerta %d' % (R.randint(1, 8), R.randint(1, 6))]),
                     NL=lambda: ch(['-%d' % R.randint(1, 4), ' %s' % ch('ABH')]))[r]()
    return dict(r=r, city=ci, street=R.randrange(len(E['streets'])), no=str(R.randint(1, 180)) + ch(['', '', '', 'a', 'b']),
                extra=extra, pc=pc)

def addr_key(a):
    return json.dumps(a, sort_keys=True, ensure_ascii=False)

def new_address(r, kind='home'):
    return uniq('addr', lambda: gen_address(r, kind))

PHONE_PLAN = {
    'UK': [('land', lambda: '20' + ch('378') + digits(7)), ('land', lambda: ch(['161', '121', '113', '117', '116', '141']) + digits(7)),
           ('mob', lambda: '7' + ch('4589') + digits(8))],
    'DE': [('land', lambda: ch(['30', '40', '89', '221', '69', '341']) + digits(7, True)), ('mob', lambda: '15' + ch('12579') + digits(8))],
    'FR': [('land', lambda: ch('12345') + digits(8)), ('mob', lambda: ch('67') + digits(8))],
    'IT': [('land', lambda: '0' + ch(['2', '6', '11', '81', '51']) + digits(7)), ('mob', lambda: '3' + ch('2345') + digits(8))],
    'ES': [('land', lambda: '9' + ch('1356') + digits(7)), ('mob', lambda: ch('67') + digits(8))],
    'NL': [('land', lambda: ch(['20', '10', '30']) + digits(7, True)), ('mob', lambda: '6' + digits(8, True))],
    'US': [('any', lambda: ch(['213', '512', '305', '718', '312', '206', '614', '602', '732', '646', '737']) + ch('23456789') + digits(6))],
    'CN': [('mob', lambda: '1' + ch(['38', '39', '37', '36', '58', '59', '86', '88', '35', '52', '77', '99']) + digits(8)),
           ('land', lambda: ch(['755', '20', '769', '579', '571', '592', '574', '21', '757', '760']) + ch('2345678') + digits(7))],
    'JP': [('mob', lambda: ch(['90', '80', '70']) + digits(8, True)), ('land', lambda: ch(['3', '6']) + digits(8, True))],
}
CC = {'UK': '44', 'DE': '49', 'FR': '33', 'IT': '39', 'ES': '34', 'NL': '31', 'US': '1', 'CN': '86', 'JP': '81'}

def new_phone(r, want=None):
    def f():
        opts = PHONE_PLAN[r]
        if want:
            o2 = [o for o in opts if o[0] == want]
            opts = o2 or opts
        t, g = ch(opts)
        return dict(r=r, cc=CC[r], nsn=g(), t=t)
    p = uniq('phone', lambda: {k: v for k, v in f().items()})
    return p

def _asc(s):
    tr = str.maketrans({'ü': 'u', 'ö': 'o', 'ä': 'a', 'ß': 'ss', 'é': 'e', 'è': 'e', 'ê': 'e', 'ç': 'c', 'í': 'i',
                        'á': 'a', 'ó': 'o', 'ú': 'u', 'ñ': 'n', 'ı': 'i', 'ë': 'e', 'â': 'a', "'": '', ' ': ''})
    return s.lower().translate(tr)

FREEMAIL = {'UK': ['gmail.com', 'outlook.com', 'hotmail.co.uk', 'yahoo.co.uk', 'btinternet.com', 'icloud.com'],
            'DE': ['gmx.de', 'web.de', 't-online.de', 'gmail.com', 'outlook.de'],
            'FR': ['orange.fr', 'free.fr', 'laposte.net', 'gmail.com', 'hotmail.fr'],
            'IT': ['libero.it', 'virgilio.it', 'gmail.com', 'hotmail.it'],
            'ES': ['hotmail.es', 'gmail.com', 'yahoo.es', 'outlook.es'],
            'NL': ['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl'],
            'US': ['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'],
            'CN': ['qq.com', 'qq.com', '163.com', '126.com', 'foxmail.com', 'gmail.com', 'outlook.com', 'sina.com'],
            'JP': ['yahoo.co.jp', 'gmail.com', 'docomo.ne.jp', 'icloud.com', 'outlook.jp']}

def email_key(d):
    loc, dom = d['local'].lower(), d['domain'].lower()
    if dom in ('gmail.com', 'googlemail.com'):
        loc = loc.split('+')[0].replace('.', ''); dom = 'gmail.com'
    return loc + '@' + dom

def person_tokens(p):
    if p['r'] in ('CN', 'JP'):
        return p['sur'][1].lower(), p['giv'][1].lower()
    return _asc(p['first']), _asc(p['last'])

def new_email(r, person=None, cdomain=None, tag=None):
    def f():
        if cdomain and R.random() < 0.8:
            loc = ch(['sales', 'info', 'amazon', 'ops', 'service', 'support', 'account', 'admin', 'kf', 'seller',
                      'amz' + ch(['uk', 'eu', 'us', 'jp', 'de']), 'finance'])
            if person and R.random() < 0.4:
                a, b = person_tokens(person)
                loc = ch([a, a + '.' + b, a[0] + b, b + a])
            if R.random() < 0.3:
                loc += str(R.randint(1, 9))
            return dict(local=loc, domain=cdomain)
        dom = ch(FREEMAIL[r])
        if dom == 'qq.com' and R.random() < 0.8:
            return dict(local=digits(R.randint(8, 10), True), domain=dom)
        if person and R.random() < 0.75:
            a, b = person_tokens(person)
            loc = ch([a + '.' + b, a + b, a[0] + '.' + b, b + '.' + a, a + '_' + b, b + a[:1]])
        else:
            loc = ch(['shop', 'store', 'trade', 'seller', 'home', 'best', 'happy', 'lucky', 'sunny', 'global']) + \
                  ch(['', '.', '_']) + ch(['deals', 'goods', 'buy', 'mart', 'life', 'box', 'hub'])
        loc += ch(['', str(R.randint(1, 99)), str(R.randint(1970, 2004)), str(R.randint(100, 999))])
        return dict(local=loc, domain=dom)
    for _ in range(300):
        d = f()
        k = email_key(d)
        if k not in USED['email']:
            USED['email'].add(k)
            return d
    raise RuntimeError('email')

PSP_BLOCKS = ['105', '212', '377', '480', '561', '649', '733']

def new_bank(r, psp=None):
    if psp is not None:
        P = PSPS[psp]
        sub = ch(['us', 'us', 'uk', 'de'])
        if sub == 'us':
            d = dict(t='psp', psp=psp, sub='us', rtn=P['us_rtn'], acct=P['us_pre'] + ch(PSP_BLOCKS) + digits(3), type='Checking')
        elif sub == 'uk':
            d = dict(t='psp', psp=psp, sub='uk', sc=P['uk_sc'].replace('-', ''), acct=P['uk_pre'] + ch(PSP_BLOCKS) + digits(4))
        else:
            bban = P['de_blz'] + P['de_pre'] + ch(PSP_BLOCKS) + digits(5)
            d = dict(t='psp', psp=psp, sub='de', cc='DE', bban=bban)
        return d
    if r == 'UK':
        b = R.randrange(len(UK_BANKS))
        return dict(t='uk', bank=b, sc=ch(['20', '30', '40', '60', '77', '09', '23', '04']) + digits(4), acct=digits(8, True))
    if r == 'US':
        return dict(t='us', bank=R.randrange(len(US_BANKS)), rtn=aba(ch(['0', '1', '2', '3']) + digits(7)),
                    acct=digits(R.randint(9, 12), True), type=ch(['Checking', 'Checking', 'Savings', 'Business Checking']))
    if r == 'CN':
        b = R.randrange(len(CN_BANKS))
        body = CN_BIN[CN_BANKS[b][1]] + digits(12)
        return dict(t='cn', bank=b, no=body + luhn_digit(body), city=R.randrange(len(CN_CITY)), br=ch(CN_CH)[0] + ch(CN_CH)[0])
    if r == 'JP':
        b = R.randrange(len(JP_BANKS))
        br = R.randrange(len(JP_BRANCH))
        return dict(t='jp', bank=b, br=br, brc=digits(3, True), kind=ch(['普通', '普通', '当座']), acct=digits(7, True))
    E = EU[r]
    bi = R.randrange(len(E['banks']))
    code = E['banks'][bi][1]
    if r == 'DE':
        bban = ch(['100', '200', '370', '500', '600', '860']) + digits(5) + '00' + digits(8, True)
    elif r == 'FR':
        bban = digits(5) + digits(5) + digits(11) + digits(2)
    elif r == 'IT':
        bban = R.choice(string.ascii_uppercase) + code + digits(5) + digits(12)
    elif r == 'ES':
        bban = code + digits(4) + digits(2) + digits(10)
    else:
        bban = code + digits(10)
    return dict(t='iban', cc=r, bank=bi, bban=bban)

def bank_key(d):
    d2 = dict(d)
    return json.dumps(d2, sort_keys=True)

def new_bank_u(r, psp=None):
    return uniq('bank', lambda: new_bank(r, psp))

CARD_BINS = {'Visa': ['453912', '476173', '491652', '448590', '402400', '417631'],
             'Mastercard': ['546522', '532610', '525014', '515462', '222311', '548809'],
             'Amex': ['374291', '378734', '371449'],
             'UnionPay': ['625094', '622588', '624352'], 'JCB': ['356600', '353011', '358812']}

def new_card(r):
    def f():
        if r == 'CN':
            brand = wch([('Visa', 4), ('Mastercard', 4), ('UnionPay', 2), ('Amex', 1)])
        elif r == 'JP':
            brand = wch([('Visa', 4), ('Mastercard', 3), ('JCB', 3), ('Amex', 1)])
        else:
            brand = wch([('Visa', 5), ('Mastercard', 4), ('Amex', 1)])
        return dict(r=r, brand=brand, bin=ch(CARD_BINS[brand]), last4=digits(4), mm=R.randint(1, 12), yy=R.randint(2026, 2031))
    return uniq('card', f)

def cn_idno():
    reg = ch(['440301', '440106', '441900', '330782', '350203', '430102', '420106', '360102', '450103'])
    y = R.randint(1970, 2000); m = R.randint(1, 12); dd = R.randint(1, 28)
    body = reg + '%04d%02d%02d' % (y, m, dd) + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * w[i] for i, c in enumerate(body))
    return body + '10X98765432'[s % 11]

def new_taxes(r, company):
    """return list of tax-id data dicts (all belong to the same legal entity)"""
    out = []
    if company is None:
        if r == 'CN':
            out.append(dict(t='CN_ID', v=cn_idno()))
        elif r == 'UK' and R.random() < 0.5:
            out.append(dict(t='GB_UTR', v=digits(10, True)))
        elif r == 'US' and R.random() < 0.3:
            out.append(dict(t='US_EIN', v=digits(9, True)))
        return out
    if r == 'CN':
        out.append(dict(t='CN_USCC', v=uscc()))
    elif r == 'UK':
        out.append(dict(t='GB_CRN', v=ch(['0', '1', '1', '1', 'SC']) + digits(7 if True else 6)))
        if R.random() < 0.7:
            out.append(dict(t='GB_VAT', v=digits(9, True)))
    elif r == 'US':
        out.append(dict(t='US_EIN', v=digits(9, True)))
    elif r == 'JP':
        out.append(dict(t='JP_CORP', v=jp_corp()))
    elif r == 'DE':
        out.append(dict(t='DE_VAT', v=digits(9, True)))
        if R.random() < 0.5:
            out.append(dict(t='DE_STNR', v='%02d/%03d/%05d' % (R.randint(10, 99), R.randint(100, 999), R.randint(10000, 99999))))
    elif r == 'FR':
        s = fr_siren()
        out.append(dict(t='FR_SIREN', v=s, nic='000' + digits(2)))
    elif r == 'IT':
        b = digits(10, True)
        out.append(dict(t='IT_PIVA', v=b + luhn_digit(b)))
    elif r == 'ES':
        out.append(dict(t='ES_CIF', v=ch('BBBA') + digits(8)))
    elif r == 'NL':
        out.append(dict(t='NL_KVK', v=digits(8, True)))
        if R.random() < 0.7:
            out.append(dict(t='NL_VAT', v=digits(9, True) + 'B' + ch(['01', '01', '02'])))
    return [uniq('tax', lambda d=d: d) for d in out]

def rand_ipv4():
    while True:
        a = R.randint(1, 223)
        if a in (10, 127, 100, 169, 172, 192, 198, 203):
            continue
        return '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))

def new_ip(v6=False):
    if v6:
        return uniq('ip', lambda: dict(v6=[ch(['2a02', '2a01', '240e', '2409', '2001', '2600', '2406'])] +
                                       ['%x' % R.randint(0, 0xffff) for _ in range(3)] + ['0', '0', '%x' % R.randint(0, 0xfff), '%x' % R.randint(1, 0xffff)]))
    return uniq('ip', lambda: dict(v4=rand_ipv4()))

def new_device():
    def f():
        t = wch([('win', 4), ('mac', 2), ('fp', 3), ('ios', 1)])
        if t == 'win':
            return dict(t=t, name='DESKTOP-' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(7)))
        if t == 'fp':
            return dict(t=t, h='%016x' % R.getrandbits(64))
        u = '%08X-%04X-%04X-%04X-%012X' % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16), R.getrandbits(16), R.getrandbits(48))
        return dict(t=t, u=u, model=ch(['MacBook Pro', 'MacBook Air', 'iMac', 'Mac mini']) if t == 'mac' else ch(['iPhone 13', 'iPhone 14 Pro', 'iPhone 12', 'iPad Air']))
    return uniq('device', f)

BRAND_SYL = ['qi', 'zen', 'lu', 'ka', 'vo', 'mi', 'ro', 'xo', 'ny', 'ta', 'vi', 'ko', 'ly', 'po', 'su', 'da', 'fe', 'jo', 'wo', 'gu']

def new_store(r, company=None):
    def f():
        if r == 'CN' and R.random() < 0.6:
            n = ''.join(ch(BRAND_SYL) for _ in range(R.randint(2, 3)))
            n = ch([n.upper(), n.capitalize(), n.upper() + '-' + ch(['US', 'EU', 'UK', 'JP', 'Direct', 'Store']), n.capitalize() + ' Official'])
            return n
        base = ch(UK_WORD + US_WORD + [c[1] for c in JP_CO])
        if R.random() < 0.6:
            base = ch(['Happy', 'Urban', 'Little', 'Smart', 'Pure', 'Golden', 'Bright', 'Nordic', 'Eco', 'Prime', 'The', 'My', 'Blue', 'Wild']) + ' ' + base
        return base + ' ' + ch(['Home', 'Store', 'Direct', 'Goods', 'Living', 'Outlet', 'Co', 'Shop', 'Essentials', 'Style'])
    return uniq('store', f)

def co_domain(c):
    if c['r'] == 'CN':
        w = (c['dw'][0][1] + c['dw'][1][1]).lower()
        tld = ch(['.com', '.cn', '.com.cn', 'tech.com', '-tech.com', 'trade.com', '.net'])
    elif c['r'] == 'JP':
        w = c['co'][1].lower() + c['tr'][1].lower()
        tld = ch(['.co.jp', '.jp', '.com'])
    else:
        w = _asc(c['word']) + ch(['', _asc(c['trade'])[:6], '-' + _asc(c['trade'])])
        tld = {'UK': ch(['.co.uk', '.com', '.uk']), 'US': ch(['.com', '.co', '.us']), 'DE': '.de', 'FR': '.fr', 'IT': '.it', 'ES': '.es', 'NL': '.nl'}[c['r']]
    dom = w + tld if tld.startswith('.') else w + tld
    if dom in USED['domain']:
        dom = w + str(R.randint(2, 99)) + ('.com' if not tld.startswith('.') else tld)
    if dom in USED['domain']:
        return None
    USED['domain'].add(dom)
    return dom

# ----------------------------------------------------------------------------------
# renderers: structured value -> one of many ways people write it
#   partial=True gives a "missing parts" rendering
# ----------------------------------------------------------------------------------
def r_person(p, partial=False):
    if p['r'] == 'CN':
        sc, sp = p['sur']; gc, gp = p['giv']
        opts = [sc + gc, sc + gc, sc + ' ' + gc, sp + ' ' + gp, gp + ' ' + sp, sp.upper() + ' ' + gp.upper(),
                sp.upper() + ' ' + gp, '%s %s (%s%s)' % (gp, sp, sc, gc), sp + gp]
        if partial:
            opts = [sp + ' ' + gp[0] + '.', sc + '先生' if R.random() < .5 else sc + '女士', gp[0] + '. ' + sp]
        return ch(opts)
    if p['r'] == 'JP':
        sc, sp = p['sur']; gc, gp = p['giv']
        opts = [sc + ' ' + gc, sc + gc, sc + '　' + gc, gp + ' ' + sp, sp.upper() + ' ' + gp, sp + ' ' + gp, gp + ' ' + sp.upper()]
        if partial:
            opts = [sc + '様', sp + '-san', gp[0] + '. ' + sp]
        return ch(opts)
    f, l = p['first'], p['last']
    fa, la = f, l
    if p['r'] in EU_CC:
        tr = {'ü': 'ue', 'ö': 'oe', 'ä': 'ae', 'ß': 'ss', 'é': 'e', 'è': 'e', 'í': 'i', 'á': 'a', 'ó': 'o', 'ú': 'u', 'ñ': 'n', 'ı': 'i'}
        fa = ''.join(tr.get(c, c) for c in f); la = ''.join(tr.get(c, c) for c in l)
    opts = [f + ' ' + l, f + ' ' + l, l.upper() + ' ' + f, l + ', ' + f, (f + ' ' + l).upper(), fa + ' ' + la, (f + ' ' + l).lower(),
            f + '  ' + l + ' ']
    if partial:
        opts = [f[0] + '. ' + l, f[0] + ' ' + l, l, f + ' ' + l[0] + '.']
    return ch(opts)

LEGAL_CN = [('有限公司', 'Co., Ltd.'), ]

def cn_co_names(c):
    city = CN_CITY[c['city']]
    dwc = c['dw'][0][0] + c['dw'][1][0]
    dwp = (c['dw'][0][1] + c['dw'][1][1]).capitalize()
    ic, ie, ia = CN_IND[c['ind']]
    return city, dwc, dwp, ic, ie, ia

def r_company(c, partial=False):
    r = c['r']
    if r == 'CN':
        city, dwc, dwp, ic, ie, ia = cn_co_names(c)
        cc, ce = city[0], city[1]
        opts = [cc + '市' + dwc + ic + '有限公司', cc + dwc + ic + '有限公司', cc + '市' + dwc + ic + '有限公司',
                ce + ' ' + dwp + ' ' + ie + ' Co., Ltd.', ce + ' ' + dwp + ' ' + ie + ' Co., Ltd', (ce + ' ' + dwp + ' ' + ie + ' CO.,LTD').upper(),
                ce + ' ' + dwp + ' ' + ia + ' Co Ltd', ce + ' ' + dwp + ' ' + ie + ' Company Limited', dwp + ' ' + ie + ' Co., Ltd. (' + ce + ')',
                cc + '市' + dwc + ic + '有限公司 (' + ce + ' ' + dwp + ' ' + ie + ' Co., Ltd.)', (ce + dwp + ie).lower().replace(' ', '') + ' co ltd']
        if partial:
            opts = [dwc + ic, dwp + ' ' + ie, dwc + '公司', dwp + ' ' + ia, ce + ' ' + dwp]
        return ch(opts)
    if r == 'JP':
        kc, kr = c['co']; tc, trr = c['tr']
        legal_j = '株式会社' if c['form'] == 'KK' else '合同会社'
        short_j = '(株)' if c['form'] == 'KK' else '(同)'
        legal_e = ch(['Co., Ltd.', 'K.K.', 'Co.,Ltd', 'Corporation']) if c['form'] == 'KK' else ch(['G.K.', 'LLC', 'Godo Kaisha'])
        jn = (legal_j + kc + tc) if c['pos'] == 'pre' else (kc + tc + legal_j)
        js = (short_j + kc + tc) if c['pos'] == 'pre' else (kc + tc + short_j)
        opts = [jn, jn, js, kr + ' ' + trr + ' ' + legal_e, (kr + ' ' + trr).upper() + ' ' + legal_e.upper(),
                jn + '（' + kr + ' ' + trr + ' ' + legal_e + '）', kr + trr + ' ' + legal_e]
        if partial:
            opts = [kc + tc, kr + ' ' + trr]
        return ch(opts)
    if r == 'UK':
        base = c['word'] + ' ' + c['trade']
        if c['form'] == 'Ltd':
            forms = ['Ltd', 'Limited', 'LTD', 'Ltd.', 'limited']
        else:
            forms = ['LLP', 'L.L.P.']
        opts = [base + ' ' + f for f in forms] + [base.upper() + ' LIMITED' if c['form'] == 'Ltd' else base.upper() + ' LLP']
        if partial:
            opts = [base, base.lower()]
        return ch(opts)
    if r == 'US':
        base = c['word'] + ' ' + c['trade']
        fm, alts = US_FORMS[c['form']]
        opts = [base + ' ' + fm, base + ' ' + fm, base + ', ' + fm, base + ' ' + ch(alts), base.upper() + ' ' + fm.upper()]
        if partial:
            opts = [base, base.upper()]
        return ch(opts)
    E = EU[r]
    fm, alts = E['forms'][c['form']]
    w = c['word']
    base = w + ' ' + c['trade']
    if r == 'DE':
        wa = w.replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae').replace('ß', 'ss')
        opts = [base + ' ' + fm, wa + ' ' + c['trade'] + ' ' + fm, base + ' ' + ch(alts), (w + ' ' + c['trade'] + ' ' + fm).upper()]
    elif r == 'FR':
        opts = [fm + ' ' + base, base + ' ' + fm, base.upper() + ' ' + ch(alts), fm + ' ' + base.upper()]
    else:
        opts = [base + ' ' + fm, base + ' ' + ch(alts), base.upper() + ' ' + fm.upper(), base + ', ' + fm]
    if partial:
        opts = [base, base.lower()]
    return ch(opts)

def r_address(a, partial=False):
    r = a['r']
    if r == 'CN':
        c = CN_CITY[a['city']]
        dist_c, dist_e = c[4][a['dist']]
        rc = a['road'][0][0] + a['road'][1][0]; rp = (a['road'][0][1] + a['road'][1][1]).capitalize()
        rtc, rte, rta = CN_ROADTYPE[a['rt']]
        bc = a['bld'][0][0] + a['bld'][1][0]; bp = (a['bld'][0][1] + a['bld'][1][1]).capitalize()
        btc, bte, bta = a['bt']
        room = a['room']
        unit = a.get('unit'); blk = a.get('blk')
        prov_c = c[2]; prov_e = c[3]
        city_c = c[0] + '市'
        blk_c = (blk + '栋') if blk else ''
        blk_e = ('Block ' + blk + ', ') if blk else ''
        unit_c = ('%d单元' % unit) if unit else ''
        unit_e = ('Unit %d, ' % unit) if unit else ''
        zh = prov_c + city_c + dist_c + rc + rtc + '%d号' % a['no'] + bc + btc + blk_c + unit_c + room + '室'
        zh2 = city_c + dist_c + rc + rtc + str(a['no']) + '号' + bc + btc + blk_c + unit_c + room
        en = 'Room %s, %s%s%s %s, No. %d %s %s, %s, %s, %s%s' % (room, unit_e, blk_e, bp, bte, a['no'], rp, rte, dist_e, c[1],
                                                             (prov_e + ', ') if prov_e else '', 'China ' + a['pc'])
        en2 = 'Rm%s %s%s %s %d %s %s %s %s' % (room, bp, (' ' + blk) if blk else '', bta, a['no'], rp, rta, dist_e.split()[0], c[1])
        en3 = '%s %s %s %s, %s %s%d号 %s%s %s室' % (c[1], dist_e.split()[0], a['pc'], prov_e, rp + ' ' + rte, '', a['no'], bp, bte, room)
        mix = '%s%s %s%s%s %s室, %s, %s' % (dist_c, rc + rtc, str(a['no']) + '号', bc, btc, room, c[1], a['pc'])
        opts = [zh, zh, zh2, en, en, en2, mix, en3, a['pc'] + ' ' + zh]
        if partial:
            opts = [city_c + dist_c + rc + rtc + '%d号' % a['no'] + bc + btc,  # no room
                    '%s %s, No. %d %s %s, %s' % (bp, bte, a['no'], rp, rte, c[1]),
                    dist_c + rc + rtc + '%d号' % a['no'] + room + '室']
        return ch(opts)
    if r == 'UK':
        city = UK_CITY[a['city']][0]
        st, sta = UK_STREET[a['street']]
        fl = ('%s %s' % (a['fw'], a['flat'])) if a['flat'] else ''
        bld = a['bld'] or ''
        parts1 = [p for p in [fl, bld, '%d %s' % (a['no'], st), city, a['pc']] if p]
        opts = [', '.join(parts1), ', '.join(parts1) + ', United Kingdom',
                ' '.join([p for p in [fl, bld, str(a['no']), sta, city.upper(), a['pc'].replace(' ', '')] if p]),
                ', '.join([p for p in ['%d %s' % (a['no'], st), fl, bld, city, a['pc'], 'UK'] if p]),
                ', '.join([p for p in [(a['flat'] + '/' + str(a['no']) + ' ' + sta) if a['flat'] else ('%d %s' % (a['no'], sta)), bld, city + ' ' + a['pc']] if p]),
                ', '.join([p for p in [fl.upper(), bld.upper(), ('%d %s' % (a['no'], st)).upper(), city.upper(), a['pc']] if p])]
        if partial:
            opts = [', '.join([p for p in [bld, '%d %s' % (a['no'], st), city] if p]),
                    ', '.join([p for p in [fl, '%d %s' % (a['no'], st), a['pc'].split()[0]] if p]),
                    '%d %s %s' % (a['no'], sta, a['pc'])]
        return ch(opts)
    if r == 'US':
        city, stc, stn, _ = US_CITY[a['city']]
        st, sta = US_STREET[a['street']]
        u = a['unit']
        ustr = ''
        if u:
            if u.startswith('#') or u.startswith('Ste'):
                ustr = u
            else:
                ustr = ch(['Apt ', 'Apt. ', '#', 'Unit ']) + u
        z = a['zip'] + (('-' + a['zip4']) if (a['zip4'] and R.random() < 0.6) else '')
        l1 = ('%s %s' % (a['no'], ch([st, sta]))) + ((' ' + ustr) if ustr else '')
        opts = ['%s, %s, %s %s' % (l1, city, stc, z), '%s, %s, %s %s, USA' % (l1, city, stc, z),
                '%s\n%s, %s %s' % (l1, city, stc, z), ('%s %s %s %s' % (l1, city, stc, z)).upper(),
                '%s%s %s, %s, %s %s, United States' % ((ustr + ', ') if ustr else '', a['no'], st, city, stn, z)]
        if partial:
            opts = ['%s %s, %s, %s' % (a['no'], sta, city, stc), '%s, %s %s' % (l1, stc, a['zip'])]
        return ch(opts)
    if r == 'JP':
        c = JP_CITY[a['city']]
        tc, te = c[4][a['town']]
        bk, br = a['bld']; bj, be, be2 = JP_BLD[a['bt']]
        fl = a['room'][:-2]
        jp1 = '〒%s %s%s%s%d-%d-%d %s%s %s号室' % (a['pc'], c[0], c[2], tc, a['chome'], a['ban'], a['go'], bk, bj, a['room'])
        jp2 = '%s%s%s%d丁目%d番%d号 %s%s%s' % (c[0], c[2], tc, a['chome'], a['ban'], a['go'], bk, bj, a['room'])
        jp3 = '〒%s %s%s%d-%d-%d %s%s %sF %s' % (a['pc'], c[2], tc, a['chome'], a['ban'], a['go'], bk, bj, fl, a['room'])
        en = '%s %s %s, %d-%d-%d %s, %s, %s %s, Japan' % (br, ch([be, be2]), a['room'], a['chome'], a['ban'], a['go'], te, c[3], c[1], a['pc'])
        en2 = '#%s, %s %s, %d-%d-%d %s %s, %s' % (a['room'], br, be, a['chome'], a['ban'], a['go'], te, c[3], a['pc'].replace('-', ''))
        opts = [jp1, jp1, jp2, jp3, en, en2]
        if partial:
            opts = ['%s%s%s%d-%d-%d' % (c[0], c[2], tc, a['chome'], a['ban'], a['go']), '%s %s, %s %s' % (br, be, te, c[1]),
                    '%s%s %s%s' % (c[2], tc, bk, bj)]
        return ch(opts)
    E = EU[r]
    cit = E['cities'][a['city']]
    s0, s1, s2 = E['streets'][a['street']]
    no, ex, pc = a['no'], a['extra'], a['pc']
    cl, ce = cit[0], cit[1]
    cn_l, cn_e = E['cname']
    exs = ex or ''
    if r == 'FR':
        opts = ['%s %s, %s%s %s' % (no, s0, (exs + ', ') if ex else '', pc, cl),
                '%s, %s %s %s %s France' % (no, s1.capitalize(), (exs + ' ') if ex else '', pc, cl.upper()),
                '%s%s %s, %s %s, France' % ((exs + ' - ') if ex else '', no, s2, pc, cl)]
    elif r == 'IT':
        prov = cit[3]
        opts = ['%s %s%s, %s %s %s' % (s0, no, (' ' + exs) if ex else '', pc, cl, prov),
                '%s, %s%s - %s %s (%s) Italia' % (s2, no, (', ' + exs) if ex else '', pc, cl, prov),
                '%s %s, %s %s, Italy' % (s1, no, pc, ce)]
    elif r == 'ES':
        opts = ['%s %s%s, %s %s' % (s0, no, (', ' + exs) if ex else '', pc, cl),
                '%s, %s%s, %s %s, España' % (s1, no, (' ' + exs) if ex else '', pc, cl),
                '%s nº %s %s - %s %s (Spain)' % (s2, no, exs, pc, ce)]
    elif r == 'NL':
        exn = (ex if ex else '')
        opts = ['%s %s%s, %s %s' % (s0, no, exn, pc, cl), '%s %s%s\n%s %s\nNederland' % (s0, no, exn, pc.replace(' ', ''), cl.upper()),
                '%s %s%s, %s %s, Netherlands' % (s2, no, exn, pc, ce)]
    else:
        opts = ['%s %s%s, %s %s' % (s0, no, (', ' + exs) if ex else '', pc, cl),
                '%s %s%s, %s %s, Deutschland' % (s1, no, (' ' + exs) if ex else '', pc, cl),
                '%s%s %s, %s %s, Germany' % ((exs + ', ') if ex else '', s2, no, pc, ce),
                '%s %s, D-%s %s%s' % (s0, no, pc, cl, (' (' + exs + ')') if ex else '')]
    if partial:
        opts = ['%s %s, %s' % (s0, no, cl), '%s %s %s' % (s1, no, pc)]
    return ch(opts)

def fmt_phone_national(p):
    r, n = p['r'], p['nsn']
    if r == 'UK':
        if n.startswith('20'):
            return ch(['0%s %s %s' % (n[:2], n[2:6], n[6:]), '0%s %s %s' % (n[:3], n[3:6], n[6:]), '0' + n, '(0%s) %s %s' % (n[:2], n[2:6], n[6:])])
        if n.startswith('7'):
            return ch(['0%s %s' % (n[:4], n[4:]), '0' + n, '0%s %s %s' % (n[:4], n[4:7], n[7:])])
        return ch(['0%s %s %s' % (n[:3], n[3:6], n[6:]), '0' + n, '(0%s) %s' % (n[:3], n[3:])])
    if r == 'DE':
        k = 3 if n.startswith('15') or n.startswith('221') or n.startswith('341') else 2
        return ch(['0%s %s' % (n[:k], n[k:]), '0%s/%s' % (n[:k], n[k:]), '0%s-%s' % (n[:k], n[k:]), '(0%s) %s' % (n[:k], grp(n[k:], [3, 2, 2, 2]))])
    if r == 'FR':
        return ch(['0' + grp(n, [1, 2, 2, 2, 2]), '0' + n, '0' + grp(n, [1, 2, 2, 2, 2], '.')])
    if r == 'IT':
        return ch([grp(n, [2 if n.startswith('02') or n.startswith('06') else 3, 4, 4]), n, grp(n, [3, 7])])
    if r == 'ES':
        return ch([grp(n, [3, 3, 3]), n, grp(n, [2, 3, 2, 2]), grp(n, [3, 2, 2, 2])])
    if r == 'NL':
        k = 1 if n.startswith('6') else 2
        return ch(['0%s %s' % (n[:k], n[k:]), '0%s-%s' % (n[:k], n[k:]), '0%s %s %s' % (n[:k], n[k:k + 3], n[k + 3:])])
    if r == 'US':
        return ch(['(%s) %s-%s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:]), '%s.%s.%s' % (n[:3], n[3:6], n[6:]), n,
                   '1-%s-%s-%s' % (n[:3], n[3:6], n[6:])])
    if r == 'CN':
        if n.startswith('1'):
            return ch(['%s %s %s' % (n[:3], n[3:7], n[7:]), n, '%s-%s-%s' % (n[:3], n[3:7], n[7:]), n])
        k = 2 if n[:2] in ('20', '21') else 3
        return ch(['0%s-%s' % (n[:k], n[k:]), '0%s %s %s' % (n[:k], n[k:k + 4], n[k + 4:]), '(0%s)%s' % (n[:k], n[k:]), '0' + n])
    if r == 'JP':
        if n[0] in '789':
            return ch(['0%s-%s-%s' % (n[:2], n[2:6], n[6:]), '0' + n, '0%s %s %s' % (n[:2], n[2:6], n[6:])])
        return ch(['0%s-%s-%s' % (n[:1], n[1:5], n[5:]), '0' + n, '(0%s) %s-%s' % (n[:1], n[1:5], n[5:])])
    return n

def fmt_phone_intl(p):
    r, n, cc = p['r'], p['nsn'], p['cc']
    if r == 'UK':
        return ch(['+44 %s' % grp(n, [2, 4, 4]) if n.startswith('20') else '+44 %s' % grp(n, [4, 6]), '+44' + n, '0044 ' + n,
                   '+44 (0)%s' % (grp(n, [2, 4, 4]) if n.startswith('20') else grp(n, [4, 6])), '44 ' + n])
    if r == 'US':
        return ch(['+1 %s %s %s' % (n[:3], n[3:6], n[6:]), '+1' + n, '+1 (%s) %s-%s' % (n[:3], n[3:6], n[6:]), '001-%s-%s-%s' % (n[:3], n[3:6], n[6:])])
    if r == 'CN':
        if n.startswith('1'):
            return ch(['+86 %s %s %s' % (n[:3], n[3:7], n[7:]), '+86-' + n, '0086 ' + n, '86 %s-%s-%s' % (n[:3], n[3:7], n[7:]), '+86' + n, '(+86)' + n])
        k = 2 if n[:2] in ('20', '21') else 3
        return ch(['+86 %s %s' % (n[:k], n[k:]), '+86-%s-%s' % (n[:k], n[k:]), '0086 %s %s' % (n[:k], n[k:])])
    if r == 'JP':
        k = 2 if n[0] in '789' else 1
        return ch(['+81 %s-%s-%s' % (n[:k], n[k:k + 4], n[k + 4:]), '+81 %s %s %s' % (n[:k], n[k:k + 4], n[k + 4:]), '+81' + n, '+81-(0)%s-%s-%s' % (n[:k], n[k:k + 4], n[k + 4:])])
    if r == 'IT':
        return ch(['+39 ' + n, '+39 %s' % grp(n, [3, 7]), '0039 ' + n, '+39' + n])
    return ch(['+%s %s' % (cc, grp(n, [2, 3, 4])), '+%s%s' % (cc, n), '00%s %s' % (cc, n), '+%s (0)%s' % (cc, n), '+%s %s' % (cc, n)])

def r_phone(p, partial=False):
    if partial:
        n = p['nsn']
        return ch([n[-8:], n[:-1], ('0' + n)[:-2] + '..', 'mob ' + n[-6:] if len(n) > 6 else n])
    s = fmt_phone_national(p) if R.random() < 0.55 else fmt_phone_intl(p)
    if p.get('ext') and R.random() < 0.8:
        s += ch([' ext %s', ' ext. %s', ' x%s', ' (ext %s)', '-%s', ' 转%s'])[:] % p['ext'] if p['r'] == 'CN' else \
            ch([' ext %s', ' ext. %s', ' x%s', ' (ext %s)']) % p['ext']
    if R.random() < 0.3:
        if p['r'] == 'CN':
            pre = ch(['WeChat/phone ', '手机: ', '电话 ', 'Tel/WeChat: ', 'wx同号 ', 'mob: '])
        elif p['r'] == 'JP':
            pre = ch(['TEL: ', '電話 ', '携帯: ', 'tel '])
        else:
            pre = ch(['tel: ', 'Tel ', 'mob ', 'Mobile: ', 'ph. ', 'T: ', 'phone '])
        s = pre + s
    elif R.random() < 0.05:
        s = s + ch([' (mobile)', ' (office)', ' - WhatsApp', ' (director)'])
    return s

def r_email(d, partial=False):
    loc, dom = d['local'], d['domain']
    if partial:
        return ch(['%s@%s' % (loc, dom.split('.')[0]), '%s at %s' % (loc, dom), '%s@%s' % (loc, dom.rsplit('.', 1)[0])])
    isg = dom in ('gmail.com', 'googlemail.com')
    x = R.random()
    if isg and x < 0.25:
        base = loc.replace('.', '')
        if len(base) > 3 and R.random() < 0.6:
            i = R.randint(1, len(base) - 1)
            base = base[:i] + '.' + base[i:]
        loc = base
    if isg and R.random() < 0.08:
        dom = 'googlemail.com'
    if isg and R.random() < 0.08:
        loc = loc + '+' + ch(['amazon', 'amz', 'seller', 'uk', 'eu'])
    y = R.random()
    if y < 0.15:
        loc = loc.capitalize() if not loc[0].isdigit() else loc
        dom = dom.capitalize()
    elif y < 0.22:
        loc, dom = loc.upper(), dom.upper()
    elif y < 0.3:
        loc = '.'.join(w.capitalize() for w in loc.split('.'))
    s = loc + '@' + dom
    z = R.random()
    if z < 0.12:
        s = ch(['email: ', 'e-mail: ', 'Email ', 'mail: ', '邮箱: ' if d['domain'] in ('qq.com', '163.com', '126.com') else 'contact: ']) + s
    elif z < 0.16:
        s = '<' + s + '>'
    elif z < 0.19:
        s = 'mailto:' + s
    elif z < 0.22:
        s = s + ch([' (main)', ' ;', ' (login)', ' - primary'])
    return s

def iban_of(d):
    if d['t'] == 'uk':
        return 'GB' + iban_check('GB', UK_BANKS[d['bank']][1] + d['sc'] + d['acct']) + UK_BANKS[d['bank']][1] + d['sc'] + d['acct']
    if d['t'] == 'iban' or (d['t'] == 'psp' and d['sub'] == 'de'):
        return d['cc'] + iban_check(d['cc'], d['bban']) + d['bban']
    if d['t'] == 'psp' and d['sub'] == 'uk':
        code = 'PSP' + 'ABCD'[d['psp']]
        return 'GB' + iban_check('GB', code + d['sc'] + d['acct']) + code + d['sc'] + d['acct']
    return None

def r_bank(d, partial=False):
    t = d['t']
    if t == 'uk' or (t == 'psp' and d['sub'] == 'uk'):
        bn = UK_BANKS[d['bank']][0] if t == 'uk' else PSPS[d['psp']]['name']
        sc, ac = d['sc'], d['acct']
        scd = '%s-%s-%s' % (sc[:2], sc[2:4], sc[4:])
        ib = iban_of(d)
        if partial:
            return ch(['%s a/c ending %s' % (bn, ac[-4:]), 's/c %s acc %s' % (scd, ac[:-1]), 'acc %s' % ac])
        opts = ['%s s/c %s a/c %s' % (bn, scd, ac), 'sort code %s acc %s' % (scd, ac), 'SC %s ACC %s' % (sc, ac), '%s %s' % (scd, ac),
                '%s %s / %s' % (bn, sc, ac), 'IBAN %s' % grp4(ib), ib, 'Acct %s, Sort %s (%s)' % (ac, scd.replace('-', ' '), bn),
                'sort code: %s account no: %s' % (scd, ac), grp4(ib).lower()]
        if t == 'psp':
            opts += ['%s GBP receiving acct: s/c %s a/c %s' % (bn, scd, ac), '%s UK %s-%s' % (bn, sc, ac)]
        return ch(opts)
    if t == 'iban' or (t == 'psp' and d['sub'] == 'de'):
        ib = iban_of(d)
        cc = d['cc']
        bn = EU[cc]['banks'][d['bank']][0] if t == 'iban' else PSPS[d['psp']]['name']
        if partial:
            return ch([grp4(ib)[:-5], ib[:4] + '...' + ib[-4:], '%s IBAN ending %s' % (bn, ib[-4:])])
        opts = [grp4(ib), ib, 'IBAN: ' + grp4(ib), 'IBAN ' + ib.lower(), '%s %s' % (bn, grp4(ib)), 'IBAN %s (%s)' % (ib, bn), 'iban:' + grp4(ib, '')]
        if cc == 'DE':
            blz = d['bban'][:8]; kto = d['bban'][8:].lstrip('0')
            opts += ['BLZ %s Kto %s' % (blz, kto), 'Kto.-Nr. %s, BLZ %s (%s)' % (kto, grp(blz, [3, 3, 2]), bn)]
        if t == 'psp':
            opts += ['%s EUR acct %s' % (bn, grp4(ib)), '%s %s 欧元收款' % (PSPS[d['psp']]['cn'], ib)]
        return ch(opts)
    if t == 'us' or (t == 'psp' and d['sub'] == 'us'):
        bn = US_BANKS[d['bank']] if t == 'us' else PSPS[d['psp']]['name']
        rt, ac = (d['rtn'], d['acct'])
        if partial:
            return ch(['%s acct ending %s' % (bn, ac[-4:]), 'RTN %s ACCT %s' % (rt, ac[:-1]), 'ACCT %s' % ac[:-2], 'acct ...%s' % ac[-4:]])
        opts = ['RTN %s ACCT %s' % (rt, ac), 'ABA: %s / Acct# %s' % (rt, ac), 'Routing %s Account %s (%s)' % (rt, ac, d['type']),
                '%s %s-%s' % (bn, rt, ac), 'routing no. %s, account no. %s' % (rt, ac), '%s | ABA %s | acct %s' % (bn, rt, ac),
                'Acct: %s Routing: %s' % (ac, rt)]
        if t == 'psp':
            opts += ['%s %s-%s' % (bn, rt, ac), '%s US收款账户 routing %s account %s' % (PSPS[d['psp']]['cn'], rt, ac),
                     'PSP (%s) USD virtual acct %s / %s' % (bn, ac, rt)]
        return ch(opts)
    if t == 'cn':
        bc, be = CN_BANKS[d['bank']]
        city = CN_CITY[d['city']]
        brc = city[0] + d['br'] + '支行'
        no = d['no']
        if partial:
            return ch(['%s 尾号%s' % (bc, no[-4:]), no[:6] + '****' + no[-4:], '%s %s' % (be, no[:-3])])
        opts = ['%s %s %s' % (bc, brc, grp4(no)), '%s %s Sub-branch %s' % (be, city[1], no), '%s %s' % (bc, no),
                '%s (%s)' % (grp4(no), be), '卡号: %s 开户行: %s%s' % (no, bc, brc), '%s %s' % (be, grp4(no, '-')), no]
        return ch(opts)
    if t == 'jp':
        bj, bEn, bcode = JP_BANKS[d['bank']]
        brj, bre = JP_BRANCH[d['br']]
        kind = d['kind']; ke = {'普通': 'Futsu', '当座': 'Toza'}[kind]
        if partial:
            return ch(['%s %s %s' % (bj, brj, d['acct'][:-2] + '**'), '%s 口座末尾%s' % (bj, d['acct'][-3:])])
        opts = ['%s %s %s %s' % (bj, brj, kind, d['acct']), '%s %s branch (%s) %s %s' % (bEn, bre, d['brc'], ke, d['acct']),
                '銀行コード%s 支店番号%s 口座番号%s' % (bcode, d['brc'], d['acct']), '%s %s %s預金 %s' % (bj.replace('銀行', ''), brj.replace('支店', ''), kind, d['acct']),
                '%s-%s-%s' % (bcode, d['brc'], d['acct']), '%s / %s / %s %s' % (bEn, bre, ke.lower(), d['acct'])]
        return ch(opts)
    raise ValueError(t)

def r_card(d, partial=False):
    b, l4, mm, yy = d['bin'], d['last4'], d['mm'], d['yy']
    brand = d['brand']
    nd = 15 if brand == 'Amex' else 16
    mid = nd - 10
    yy2 = yy % 100
    if partial:
        return ch(['card ending %s' % l4, '%s ****%s' % (brand, l4), '%s** **** %s' % (b[:4], l4[:3]), 'ending %s exp ?' % l4])
    mask = ch(['*', 'x', 'X', '•'])
    if brand == 'Amex':
        sp = '%s %s%s %s%s' % (b[:4], b[4:], mask * 4, mask, l4)
    else:
        sp = '%s %s%s %s %s' % (b[:4], b[4:], mask * 2, mask * 4, l4)
    opts = ['%s (%02d/%d)' % (sp, mm, yy), '%s%s%s exp %02d/%02d' % (b, mask * mid, l4, mm, yy2),
            '%s ending %s, exp %s %d' % (brand, l4, MONTHS[mm - 1], yy), 'card ending %s, exp %s %02d' % (l4, MONTHS[mm - 1], yy2),
            '%s ****%s %02d/%02d' % ({'Mastercard': 'MC', 'Visa': 'VISA', 'Amex': 'AMEX'}.get(brand, brand), l4, mm, yy2),
            '%s%s%s | %02d-%d' % (b, mask * mid, l4, mm, yy), '%s ···· %s exp %02d%02d' % (brand, l4, mm, yy2),
            '%s %s (exp %d/%d)' % (brand, sp, mm, yy2)]
    if d.get('r') == 'CN' and R.random() < 0.25:
        opts = ['卡尾号%s 有效期%02d/%02d (%s)' % (l4, mm, yy2, brand), '%s 信用卡 尾号%s %02d/%d' % (brand, l4, mm, yy)]
    if d.get('r') == 'JP' and R.random() < 0.3:
        opts = ['カード末尾%s 有効期限 %02d/%02d' % (l4, mm, yy2), '%s 下4桁%s 期限%02d/%02d' % (brand, l4, mm, yy2)]
    return ch(opts)

def r_tax(d, partial=False):
    t, v = d['t'], d['v']
    if partial:
        return ch([v[:-2], '...' + v[-8:], v[1:]])
    if t == 'GB_VAT':
        return ch(['GB' + v, 'GB %s %s %s' % (v[:3], v[3:7], v[7:]), 'VAT reg no. %s %s %s' % (v[:3], v[3:7], v[7:]), 'VAT: GB%s %s %s' % (v[:3], v[3:7], v[7:]), 'gb' + v, 'VAT ' + v])
    if t == 'GB_CRN':
        opts = ['Company No. ' + v, 'CRN ' + v, 'Companies House ' + v, 'Co. reg ' + v, v]
        if v.startswith('0'):
            opts.append('Co No ' + v.lstrip('0'))
        return ch(opts)
    if t == 'GB_UTR':
        return ch(['UTR %s %s' % (v[:5], v[5:]), 'UTR: ' + v, v + ' (UTR)'])
    if t == 'DE_VAT':
        return ch(['DE' + v, 'DE %s %s %s' % (v[:3], v[3:6], v[6:]), 'USt-IdNr.: DE' + v, 'VAT DE ' + v, 'UStID DE%s' % v])
    if t == 'DE_STNR':
        return ch(['Steuernummer ' + v, 'St.-Nr. ' + v.replace('/', ''), 'StNr %s' % v.replace('/', ' '), v])
    if t == 'FR_SIREN':
        k = fr_vat_key(v)
        return ch(['SIREN %s %s %s' % (v[:3], v[3:6], v[6:]), 'SIRET %s %s %s %s' % (v[:3], v[3:6], v[6:], d['nic']), v + d['nic'],
                   'FR %s %s' % (k, v), 'TVA intracom FR%s%s' % (k, v), 'N° TVA: FR%s %s %s %s' % (k, v[:3], v[3:6], v[6:]), 'siren ' + v])
    if t == 'IT_PIVA':
        return ch(['P.IVA ' + v, 'IT' + v, 'Partita IVA: ' + v, 'VAT IT ' + v, 'C.F./P.IVA ' + v, 'P. IVA IT ' + v])
    if t == 'ES_CIF':
        return ch(['CIF ' + v, 'NIF: %s-%s' % (v[0], v[1:]), 'ES' + v, 'VAT ES ' + v, '%s %s' % (v[0], v[1:]), 'N.I.F. ' + v])
    if t == 'NL_KVK':
        return ch(['KvK ' + v, 'KVK-nummer: ' + v, 'CoC ' + v, 'kvk %s %s' % (v[:4], v[4:])])
    if t == 'NL_VAT':
        return ch(['NL' + v, 'BTW NL %s.%s.%s.%s' % (v[:4], v[4:6], v[6:9], v[9:]), 'btw-id NL' + v, 'VAT NL ' + v])
    if t == 'US_EIN':
        return ch(['EIN %s-%s' % (v[:2], v[2:]), 'EIN: ' + v, 'Tax ID %s-%s' % (v[:2], v[2:]), 'FEIN %s %s' % (v[:2], v[2:]), 'TIN %s-%s' % (v[:2], v[2:]), '%s-%s' % (v[:2], v[2:])])
    if t == 'CN_USCC':
        return ch([v, '统一社会信用代码：' + v, 'USCC ' + grp4(v), '信用代码' + v.lower(), 'Business licence no. ' + v, '社会信用代码 ' + v, v])
    if t == 'CN_ID':
        return ch(['身份证 ' + v, 'ID ' + grp4(v), v, '身份证号:' + v, 'ID card %s %s %s' % (v[:6], v[6:14], v[14:])])
    if t == 'JP_CORP':
        return ch(['法人番号 ' + v, 'T' + v, '登録番号 T' + v, 'Corporate No. %s-%s-%s-%s' % (v[:4], v[4:8], v[8:12], v[12:]), v, 'インボイス T-%s' % v])
    return v

def r_ip(d, partial=False):
    if 'v4' in d:
        v = d['v4']
        if partial:
            return ch(['.'.join(v.split('.')[:3]) + '.x', '.'.join(v.split('.')[:3]) + '.*'])
        return ch([v, v, v, 'IP ' + v, v + ' (login)', 'last login ip: ' + v, v + ' ' + ch(['(home)', '(office)', '(VA)', ''])]).strip()
    g = d['v6']
    full = ':'.join('%04x' % int(x, 16) for x in g)
    # compressed: find the zeros
    parts = [('%x' % int(x, 16)) for x in g]
    comp = ':'.join(parts[:4]) + '::' + ':'.join(parts[6:])
    if partial:
        return ':'.join(parts[:4]) + '::/64'
    return ch([comp, comp, full, full.upper(), ':'.join(parts), comp.upper(), 'IPv6 ' + comp])

def r_device(d, partial=False):
    t = d['t']
    if t == 'win':
        n = d['name']
        if partial:
            return n[:-2]
        return ch([n, n.lower(), 'Win10 PC ' + n, 'PC name: %s (Chrome)' % n, n + ' / Windows 11', 'pc ' + n.lower()])
    if t == 'fp':
        h = d['h']
        if partial:
            return 'fp:' + h[:8]
        return ch(['fp:' + h, 'browser fingerprint ' + h.upper(), 'FP %s-%s-%s-%s' % (h[:4], h[4:8], h[8:12], h[12:]), h, 'fingerprint ' + h])
    u = d['u']
    if partial:
        return d['model'] + ' ' + u[:8]
    return ch(['%s %s' % (d['model'], u), '%s (%s)' % (d['model'], u.lower()), ('mac uuid ' if t == 'mac' else 'idfv ') + u.replace('-', '').lower(),
               u, '%s UUID %s' % (d['model'], u)])

def r_store(s, partial=False):
    if partial:
        return s.split(' ')[0].split('-')[0]
    x = R.random()
    if x < 0.5:
        return s
    if x < 0.65:
        return s.upper()
    if x < 0.75:
        return s.lower()
    if x < 0.85:
        return s.replace(' ', '')
    if x < 0.93:
        return s.replace(' ', '-')
    return s + ch([' (UK)', ' EU', ' - Amazon', ' store'])

def r_username(d, partial=False):
    u = d['user']
    if partial:
        return u[:-2]
    return ch([u, u, u.lower(), u.upper(), 'user: ' + u, 'login ' + u])

RENDER = dict(person_name=r_person, company_name=r_company, address=r_address, phone=r_phone, email=r_email,
              bank_account=r_bank, card=r_card, tax_id=r_tax, ip=r_ip, device=r_device, store_name=r_store, username=r_username)

# ----------------------------------------------------------------------------------
# typos / missing parts
# ----------------------------------------------------------------------------------
def typo(s):
    idx = [i for i, c in enumerate(s) if c.isalnum()]
    if len(idx) < 4:
        return s + ch(['.', ' ', '?'])
    op = wch([('del', 3), ('swap', 3), ('sub', 3), ('dup', 1), ('cut', 1), ('space', 1)])
    i = ch(idx[1:-1] if len(idx) > 3 else idx)
    if op == 'del':
        return s[:i] + s[i + 1:]
    if op == 'swap':
        j = i + 1
        if j < len(s) and s[j] != s[i]:
            return s[:i] + s[j] + s[i] + s[j + 1:]
        return s[:i] + s[i + 1:]
    if op == 'sub':
        c = s[i]
        if c.isdigit():
            nc = ch([d for d in string.digits if d != c])
        elif c.isascii():
            nc = ch([d for d in string.ascii_lowercase if d != c.lower()])
        else:
            return s[:i] + s[i + 1:]
        return s[:i] + nc + s[i + 1:]
    if op == 'dup':
        return s[:i] + s[i] + s[i:]
    if op == 'space':
        return s[:i] + ' ' + s[i:]
    return s[:max(4, len(s) - R.randint(1, 3))]

# ----------------------------------------------------------------------------------
# operators and accounts
# ----------------------------------------------------------------------------------
REGION_W = [('CN', 42), ('UK', 18), ('US', 12), ('JP', 8), ('DE', 7), ('FR', 4), ('IT', 4), ('ES', 3), ('NL', 2)]
SIZE_W = [(1, 72), (2, 12), (3, 7), (4, 4), (5, 2.5), (6, 1.2), (7, 0.6)]
MP = {'UK': ['amazon.co.uk'], 'DE': ['amazon.de'], 'FR': ['amazon.fr'], 'IT': ['amazon.it'], 'ES': ['amazon.es'], 'NL': ['amazon.nl'],
      'US': ['amazon.com', 'amazon.com', 'amazon.ca'], 'JP': ['amazon.co.jp'],
      'CN': ['amazon.com', 'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.co.jp', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca']}
MP_MESSY = {'amazon.co.uk': ['amazon.co.uk', 'UK', 'Amazon UK', 'co.uk', 'UK MP'], 'amazon.de': ['amazon.de', 'DE', 'Amazon.de', 'Germany MP'],
            'amazon.fr': ['amazon.fr', 'FR', 'Amazon France'], 'amazon.it': ['amazon.it', 'IT', 'Amazon Italia'], 'amazon.es': ['amazon.es', 'ES'],
            'amazon.nl': ['amazon.nl', 'NL'], 'amazon.com': ['amazon.com', 'US', 'Amazon US', '.com', 'USA MP'], 'amazon.ca': ['amazon.ca', 'CA', 'Canada'],
            'amazon.co.jp': ['amazon.co.jp', 'JP', 'Amazon Japan', '日本亚马逊']}
COUNTRY = {'UK': 'GB', 'DE': 'DE', 'FR': 'FR', 'IT': 'IT', 'ES': 'ES', 'NL': 'NL', 'US': 'US', 'CN': 'CN', 'JP': 'JP'}
COUNTRY_MESSY = {'GB': ['GB', 'UK', 'United Kingdom', 'England'], 'DE': ['DE', 'Germany', 'Deutschland'], 'FR': ['FR', 'France'],
                 'IT': ['IT', 'Italy', 'Italia'], 'ES': ['ES', 'Spain', 'España'], 'NL': ['NL', 'Netherlands', 'Holland'],
                 'US': ['US', 'USA', 'United States'], 'CN': ['CN', 'China', '中国', 'PRC', 'Mainland China'], 'JP': ['JP', 'Japan', '日本']}
STRONG = {'email', 'login', 'phone', 'address', 'bank_account', 'card', 'tax_id', 'company_name'}

OPS = []
ACCTS = []       # dict(id, op, r, mp, country, vals=[[kind, cid, protect]])
POOL_OWNER = 'POOL'

def vo_pool():
    """virtual offices / co-working addresses used by many unrelated small firms"""
    pools = []
    for r, n in [('UK', 4), ('US', 3), ('CN', 3), ('DE', 1), ('JP', 1)]:
        for _ in range(n):
            a = new_address(r, 'office')
            if r == 'UK':
                a['flat'] = ch(['1', '2', '101', None]); a['fw'] = 'Suite'
                a['bld'] = ch(UK_WORD) + ' ' + ch(['Business Centre', 'House', 'Works'])
            if r == 'US':
                a['unit'] = 'Ste ' + str(R.randint(100, 400)) + ch(['', 'R', 'A'])
            cid = newval('address', a, POOL_OWNER)
            pools.append((r, cid))
    return pools

def build_operator(oid, r, size, vo):
    op = dict(id=oid, r=r, size=size)
    private = R.random() < (0.12 if r == 'CN' else 0.35)
    p0 = gen_person(r)
    persons = [newval('person_name', p0, oid)]
    if size > 1 and R.random() < 0.35:
        persons.append(newval('person_name', gen_person(r), oid))
    op['persons'] = persons
    home = newval('address', new_address(r, 'home'), oid)
    op['home'] = home
    comps = []
    if not private:
        ncomp = 1 if size == 1 else R.randint(1, min(size, 4 if r == 'CN' else 2))
        for k in range(ncomp):
            cd = gen_company(r, p0)
            c = dict(name=newval('company_name', cd, oid), taxes=[newval('tax_id', t, oid) for t in new_taxes(r, cd)])
            c['addr'] = newval('address', new_address(r, 'office'), oid) if R.random() < 0.7 else home
            c['domain'] = co_domain(cd) if R.random() < (0.3 if r == 'CN' else 0.5) else None
            c['data'] = cd
            comps.append(c)
        # overseas shell company at a virtual office (CN sellers with UK Ltd / US LLC, also some US/UK)
        if vo and R.random() < (0.18 if r == 'CN' else 0.05):
            vr, vcid = ch(vo) if r == 'CN' else ch([v for v in vo if v[0] == r] or vo)
            cd = gen_company(vr, None) if vr in ('UK', 'US', 'DE', 'JP') else gen_company('CN')
            c = dict(name=newval('company_name', cd, oid), taxes=[newval('tax_id', t, oid) for t in new_taxes(vr, cd)],
                     addr=vcid, domain=None, data=cd)
            comps.append(c)
    op['private'] = private
    op['comps'] = comps
    op['ptax'] = [newval('tax_id', t, oid) for t in new_taxes(r, None)] if private else []
    nph = 1 + (size > 1 and R.random() < 0.5) + (size > 3 and R.random() < 0.5)
    op['phones'] = [newval('phone', new_phone(r, 'mob' if i == 0 else None), oid) for i in range(nph)]
    banks = []
    if r == 'CN':
        banks.append(newval('bank_account', new_bank_u(r), oid))
        psp = R.randrange(len(PSPS))
        for _ in range(R.randint(1, 2 if size < 3 else 3)):
            banks.append(newval('bank_account', new_bank_u(r, psp), oid))
    else:
        for _ in range(1 + (size > 2 and R.random() < 0.5)):
            banks.append(newval('bank_account', new_bank_u(r), oid))
        if R.random() < 0.15:
            banks.append(newval('bank_account', new_bank_u(r, R.randrange(len(PSPS))), oid))
    op['banks'] = banks
    op['cards'] = [newval('card', new_card(r), oid) for _ in range(1 + (size > 1 and R.random() < 0.4))]
    op['ips'] = [newval('ip', new_ip(R.random() < 0.15), oid) for _ in range(1 + (R.random() < 0.4))]
    op['devices'] = [newval('device', new_device(), oid) for _ in range(1 + (size > 2 and R.random() < 0.5))]
    op['brand'] = newval('store_name', new_store(r), oid) if R.random() < 0.4 else None
    OPS.append(op)
    return op

def build_accounts(op, start):
    r = op['r']
    out = []
    for i in range(op['size']):
        aid = 'A%05d' % (start + len(out) + 1)
        vals = []
        comp = op['comps'][i % len(op['comps'])] if op['comps'] else None
        if len(op['comps']) > 1 and R.random() < 0.3:
            comp = ch(op['comps'])
        person_cid = op['persons'][0] if (i == 0 or R.random() < 0.6) else ch(op['persons'])
        pdata = VALUES[person_cid]['data']
        if R.random() < 0.85:
            vals.append(['person_name', person_cid, False])
        if comp:
            if R.random() < 0.92:
                vals.append(['company_name', comp['name'], False])
            tx = [t for t in comp['taxes'] if R.random() < 0.75]
            if not tx and comp['taxes'] and R.random() < 0.85:
                tx = [ch(comp['taxes'])]
            vals += [['tax_id', t, False] for t in tx]
            if R.random() < 0.82:
                vals.append(['address', comp['addr'], False])
            if comp['addr'] != op['home'] and R.random() < 0.3:
                vals.append(['address', op['home'], False])
        else:
            vals += [['tax_id', t, False] for t in op['ptax'] if R.random() < 0.7]
            if R.random() < 0.93:
                vals.append(['address', op['home'], False])
        if R.random() < 0.92:
            vals.append(['phone', ch(op['phones']), False])
        if len(op['phones']) > 1 and R.random() < 0.25:
            vals.append(['phone', ch(op['phones']), False])
        dom = comp['domain'] if comp else None
        e1 = newval('email', new_email(r, pdata, dom), op['id'])
        vals.append(['email', e1, False])
        if R.random() < 0.25:
            vals.append(['email', newval('email', new_email(r, pdata, dom), op['id']), False])
        x = R.random()
        if x < 0.5:
            vals.append(['login', e1, False])
        elif x < 0.68:
            base = (comp and VALUES[comp['name']]['data'].get('word')) or ch(UK_WORD + US_WORD)
            if comp and comp['data']['r'] == 'CN':
                base = (comp['data']['dw'][0][1] + comp['data']['dw'][1][1]).lower()
            u = uniq('user', lambda: dict(user=_asc(base) + ch(['_', '', '.', '-']) + ch(['uk', 'us', 'eu', 'de', 'jp', 'ops', 'amz', '']) + str(R.randint(1, 99))))
            vals.append(['login', newval('username', u, op['id']), False])
        elif x < 0.8:
            vals.append(['login', newval('email', new_email(r, pdata, dom), op['id']), False])
        if R.random() < 0.85:
            vals.append(['bank_account', ch(op['banks']), False])
        if R.random() < 0.78:
            vals.append(['card', ch(op['cards']), False])
        if R.random() < 0.7:
            vals.append(['ip', ch(op['ips']), False])
        if R.random() < 0.2:
            vals.append(['ip', newval('ip', new_ip(R.random() < 0.3), op['id']), False])
        if R.random() < 0.5:
            vals.append(['device', ch(op['devices']), False])
        if R.random() < 0.88:
            if op['brand'] and R.random() < 0.5:
                vals.append(['store_name', op['brand'], False])
            else:
                vals.append(['store_name', newval('store_name', new_store(r), op['id']), False])
        mp = ch(MP[r])
        out.append(dict(id=aid, op=op['id'], r=r, mp=mp, country=COUNTRY[r], vals=vals))
    return out

class UF:
    def __init__(s, items):
        s.p = {i: i for i in items}
    def f(s, x):
        while s.p[x] != x:
            s.p[x] = s.p[s.p[x]]; x = s.p[x]
        return x
    def u(s, a, b):
        s.p[s.f(a)] = s.f(b)

def strong_cids(acc):
    return sorted({cid for k, cid, _ in acc['vals'] if k in STRONG and VALUES[cid]['owner'] == acc['op']})

def connect(op_accts):
    """make sure every multi-account operator is linked by identity-grade values; protect link values from typos"""
    if len(op_accts) < 2:
        return
    op = OPS_BY_ID[op_accts[0]['op']]
    for _ in range(10):
        uf = UF([a['id'] for a in op_accts])
        owner_of = defaultdict(list)
        for a in op_accts:
            for c in strong_cids(a):
                owner_of[c].append(a['id'])
        for c, ids in owner_of.items():
            for x in ids[1:]:
                uf.u(ids[0], x)
        comps = defaultdict(list)
        for a in op_accts:
            comps[uf.f(a['id'])].append(a)
        if len(comps) == 1:
            break
        groups = sorted(comps.values(), key=len, reverse=True)
        main, other = groups[0], groups[1]
        src, dst = ch(main), ch(other)
        kind = wch([('phone', 4), ('bank_account', 4), ('card', 3), ('address', 2), ('tax_id', 1), ('login', 1)])
        cands = [v for v in src['vals'] if v[0] == kind and VALUES[v[1]]['owner'] == src['op']] or \
                [v for v in src['vals'] if v[0] in STRONG and v[0] not in ('email', 'company_name') and VALUES[v[1]]['owner'] == src['op']]
        if not cands:
            cands = [['phone', op['phones'][0], False]]
            src['vals'].append(cands[0])
        v = ch(cands)
        kk = v[0]
        if kk == 'login' and VALUES[v[1]]['kind'] == 'email':
            kk = ch(['email', 'login'])
        dst['vals'].append([kk, v[1], False])
    # protect one shared identity value per account
    owner_of = defaultdict(list)
    for a in op_accts:
        for c in strong_cids(a):
            owner_of[c].append(a['id'])
    shared = sorted(c for c, ids in owner_of.items() if len(set(ids)) > 1)
    by_acc = defaultdict(list)
    for c in shared:
        for x in owner_of[c]:
            by_acc[x].append(c)
    prot = set()
    for a in op_accts:
        if by_acc[a['id']] and not (set(by_acc[a['id']]) & prot):
            prot.add(ch(by_acc[a['id']]))
    for a in op_accts:
        for v in a['vals']:
            if v[1] in prot:
                v[2] = True

# ----------------------------------------------------------------------------------
# traps across operators
# ----------------------------------------------------------------------------------
DECOYS = []   # (a, b, why)

def accs_with(cid):
    return [a for a in ACCTS if any(v[1] == cid for v in a['vals'])]

def add_decoy(a, b, why):
    if a['op'] == b['op']:
        return False
    x, y = sorted([a['id'], b['id']])
    DECOYS.append((x, y, why))
    return True

def pick_ops(pred, k):
    c = [o for o in OPS if pred(o)]
    R.shuffle(c)
    return c[:k]

def trap_namesakes(n):
    done = 0
    used = set()
    tries = 0
    while done < n and tries < n * 50:
        tries += 1
        r = wch([('CN', 5), ('UK', 3), ('US', 2), ('JP', 1), ('DE', 1)])
        cands = [o for o in OPS if o['r'] == r and o['id'] not in used]
        priv = [o for o in cands if o['private']]
        pool = priv if len(priv) >= 2 and R.random() < 0.7 else cands
        if len(pool) < 2:
            continue
        A, B = R.sample(pool, 2)
        pa, pb = VALUES[A['persons'][0]]['data'], VALUES[B['persons'][0]]['data']
        if not accs_with(A['persons'][0]) or not accs_with(B['persons'][0]):
            continue
        if r in ('CN', 'JP'):
            pb['sur'], pb['giv'] = pa['sur'], pa['giv']
            if r == 'CN' and pa['sur'][1] == 'Xu' and R.random() < 0.7:
                pb['sur'] = ('许', 'Xu') if pa['sur'][0] == '徐' else ('徐', 'Xu')   # same pinyin, other character
        else:
            pb['first'], pb['last'] = pa['first'], pa['last']
        aa = accs_with(A['persons'][0]); bb = accs_with(B['persons'][0])
        if aa and bb and add_decoy(ch(aa), ch(bb), 'namesake_person'):
            used |= {A['id'], B['id']}; done += 1

def trap_company(n, why):
    done, tries, used = 0, 0, set()
    while done < n and tries < n * 60:
        tries += 1
        r = wch([('CN', 6), ('UK', 2), ('US', 1), ('JP', 1), ('DE', 1)]) if why != 'same_trade_name_other_form_or_city' else \
            wch([('CN', 5), ('UK', 2), ('US', 1), ('JP', 1), ('DE', 1), ('XX', 1)])
        if r == 'XX':   # UK Ltd vs US LLC with the same trade name
            As = [o for o in OPS if o['r'] == 'UK' and o['comps'] and o['id'] not in used]
            Bs = [o for o in OPS if o['r'] == 'US' and o['comps'] and o['id'] not in used]
            if not As or not Bs:
                continue
            A, B = ch(As), ch(Bs)
            ca, cb = A['comps'][0], B['comps'][0]
            da, db = VALUES[ca['name']]['data'], json.loads(json.dumps(VALUES[cb['name']]['data']))
            if da['r'] != 'UK' or db['r'] != 'US':
                continue
            db['word'], db['trade'] = da['word'], da['trade']
        else:
            cands = [o for o in OPS if o['r'] == r and o['comps'] and o['id'] not in used]
            if len(cands) < 2:
                continue
            A, B = R.sample(cands, 2)
            ca, cb = A['comps'][0], B['comps'][0]
            da, db = VALUES[ca['name']]['data'], json.loads(json.dumps(VALUES[cb['name']]['data']))
            if da['r'] != db['r'] or da['r'] != r:
                continue
            if why == 'similar_company_name':
                if r == 'CN':
                    db['city'], db['ind'] = da['city'], da['ind']
                    if db['dw'][0][0] == da['dw'][0][0] or db['dw'][1][0] == da['dw'][1][0]:
                        continue
                elif r == 'JP':
                    db['tr'], db['form'], db['pos'] = da['tr'], da['form'], da['pos']
                    if db['co'] == da['co']:
                        continue
                else:
                    db['trade'], db['form'] = da['trade'], da['form']
                    if db['word'] == da['word']:
                        continue
            else:
                if r == 'CN':
                    db['dw'], db['ind'] = [tuple(x) for x in da['dw']], da['ind']
                    if db['city'] == da['city']:
                        db['city'] = (da['city'] + R.randint(1, len(CN_CITY) - 1)) % len(CN_CITY)
                elif r == 'JP':
                    db['co'], db['tr'] = da['co'], da['tr']
                    db['form'] = 'GK' if da['form'] == 'KK' else 'KK'
                elif r == 'UK':
                    db['word'], db['trade'] = da['word'], da['trade']
                    db['form'] = 'LLP' if da['form'] == 'Ltd' else 'Ltd'
                elif r == 'US':
                    db['word'], db['trade'] = da['word'], da['trade']
                    db['form'] = (da['form'] + 1) % len(US_FORMS)
                else:
                    db['word'], db['trade'] = da['word'], da['trade']
                    db['form'] = (da['form'] + 1) % len(EU[r]['forms'])
        db = json.loads(json.dumps(db))
        k = json.dumps({kk: vv for kk, vv in db.items() if kk != 'pos'}, sort_keys=True, ensure_ascii=False)
        if k in USED['co']:
            continue
        aa, bb = accs_with(ca['name']), accs_with(cb['name'])
        if not (aa and bb):
            continue
        USED['co'].add(k)
        VALUES[cb['name']]['data'] = db
        cb['data'] = db
        if add_decoy(ch(aa), ch(bb), why):
            used |= {A['id'], B['id']}; done += 1

def _addr_cids(op):
    s = [c['addr'] for c in op['comps'] if VALUES[c['addr']]['owner'] == op['id']] + [op['home']]
    return list(dict.fromkeys(s))

def trap_neighbours(n, why):
    done, tries, used = 0, 0, set()
    while done < n and tries < n * 60:
        tries += 1
        r = wch([('CN', 5), ('UK', 3), ('US', 2), ('JP', 2), ('DE', 1), ('FR', 1)])
        cands = [o for o in OPS if o['r'] == r and o['id'] not in used]
        if len(cands) < 2:
            continue
        A, B = R.sample(cands, 2)
        xa, xb = ch(_addr_cids(A)), ch(_addr_cids(B))
        da, db = VALUES[xa]['data'], VALUES[xb]['data']
        if da['r'] != db['r']:
            continue
        keep = {k: db[k] for k in db}
        for k in da:
            db[k] = da[k] if not isinstance(da[k], list) else [tuple(x) for x in da[k]]
        if why == 'same_building_other_room':
            if r in ('CN', 'JP'):
                while db['room'] == da['room']:
                    db['room'] = '%d%02d' % (R.randint(2, 30), R.randint(1, 20))
            elif r == 'UK':
                db['flat'] = str(R.randint(1, 60)); db['fw'] = da['fw']
                if db['flat'] == da['flat']:
                    db['flat'] = str(int(db['flat']) + 1)
            elif r == 'US':
                db['unit'] = (da['unit'] or '#1')[:-1] + ch('0123456789ABC')
                db['zip4'] = None
                if db['unit'] == da['unit']:
                    db['unit'] = db['unit'] + '1'
            else:
                db['extra'] = ch(['Whg. %d' % R.randint(31, 60), '%d. OG' % R.randint(6, 9)]) if r == 'DE' else 'Apt %d' % R.randint(61, 99)
        else:
            if r == 'CN':
                db['no'] = da['no'] + ch([-4, -2, 2, 4, 6, 10]); db['bld'] = cn_word()
            elif r == 'JP':
                db['go'] = da['go'] + ch([1, 2, 3]); db['bld'] = ch(JP_CO)
            elif r in ('UK',):
                db['no'] = da['no'] + ch([-2, 2, 4, 1]); db['bld'] = None
            else:
                db['no'] = str(int(''.join(c for c in da['no'] if c.isdigit())) + ch([2, 4, 6, 1]))
            if r == 'CN':
                db['no'] = max(1, db['no'])
        k = addr_key(db)
        if k in USED['addr'] or k == addr_key(da):
            VALUES[xb]['data'] = keep
            continue
        USED['addr'].add(k)
        aa, bb = accs_with(xa), accs_with(xb)
        if aa and bb and add_decoy(ch(aa), ch(bb), why):
            used |= {A['id'], B['id']}; done += 1
        else:
            VALUES[xb]['data'] = keep

def trap_store(n):
    done, tries = 0, 0
    while done < n and tries < n * 30:
        tries += 1
        a, b = R.sample(ACCTS, 2)
        if a['op'] == b['op']:
            continue
        sa = [v for v in a['vals'] if v[0] == 'store_name']
        sb = [v for v in b['vals'] if v[0] == 'store_name']
        if not sa or not sb or sb[0][1] == sa[0][1]:
            continue
        if len(accs_with(sb[0][1])) > 1:
            continue
        VALUES[sb[0][1]]['data'] = VALUES[sa[0][1]]['data']
        if add_decoy(a, b, 'same_store_name'):
            done += 1

def trap_switchboard(n_groups):
    for _ in range(n_groups):
        r = wch([('UK', 4), ('CN', 2), ('US', 2), ('DE', 1)])
        base = new_phone(r, 'land')
        ops = pick_ops(lambda o: o['r'] == r and o['comps'], R.randint(2, 4))
        members = []
        exts = R.sample(range(10, 60), len(ops))
        office = new_address(r, 'office')     # the serviced office whose reception answers the switchboard
        rooms = R.sample(range(2, 40), len(ops))
        for o, e, rm in zip(ops, exts, rooms):
            d = dict(base); d['ext'] = str(e)
            cid = newval('phone', d, o['id'])
            acc = ch([a for a in ACCTS if a['op'] == o['id']])
            acc['vals'].append(['phone', cid, False])
            ad = json.loads(json.dumps(office))
            if r == 'UK':
                ad['flat'] = str(rm); ad['fw'] = 'Suite'
            elif r == 'US':
                ad['unit'] = 'Ste ' + str(100 + rm)
            elif r == 'CN':
                ad['room'] = '%s%02d' % (ad['room'][:-2], rm)
            else:
                ad['extra'] = 'Büro %d' % rm
            if addr_key(ad) not in USED['addr']:
                USED['addr'].add(addr_key(ad))
                acc['vals'].append(['address', newval('address', ad, o['id']), False])
            members.append(acc)
        for x, y in combinations(members, 2):
            add_decoy(x, y, 'shared_switchboard_other_ext')

def trap_cards(n):
    done, tries = 0, 0
    while done < n and tries < n * 30:
        tries += 1
        A, B = R.sample(OPS, 2)
        ca, cb = A['cards'][0], B['cards'][0]
        da, db = VALUES[ca]['data'], VALUES[cb]['data']
        nd = dict(r=db.get('r'), brand=da['brand'], bin=da['bin'], last4=da['last4'], mm=R.randint(1, 12), yy=da['yy'] + ch([-2, -1, 1, 2]))
        if nd['yy'] < 2026:
            nd['yy'] += 4
        k = json.dumps(nd, sort_keys=True)
        if k in USED['card']:
            continue
        USED['card'].add(k)
        VALUES[cb]['data'] = nd
        aa, bb = accs_with(ca), accs_with(cb)
        if aa and bb and add_decoy(ch(aa), ch(bb), 'card_last4_collision'):
            done += 1

def trap_email_dots(n):
    for _ in range(n):
        A, B = R.sample(OPS, 2)
        p = VALUES[A['persons'][0]]['data']
        a, b = person_tokens(p)
        dom = ch(['outlook.com', 'hotmail.co.uk', 'yahoo.com', 'gmx.de', '163.com', 'yahoo.co.jp', 'icloud.com'])
        l1 = a + '.' + b + str(R.randint(1, 99))
        l2 = l1.replace('.', '')
        k1, k2 = l1 + '@' + dom, l2 + '@' + dom
        if k1 in USED['email'] or k2 in USED['email']:
            continue
        USED['email'] |= {k1, k2}
        e1 = newval('email', dict(local=l1, domain=dom), A['id'])
        e2 = newval('email', dict(local=l2, domain=dom), B['id'])
        aa = ch([x for x in ACCTS if x['op'] == A['id']]); bb = ch([x for x in ACCTS if x['op'] == B['id']])
        aa['vals'].append(['email', e1, False]); bb['vals'].append(['email', e2, False])
        add_decoy(aa, bb, 'email_dots_non_gmail')

def ip_pools():
    groups = []
    for why, n, lo, hi in [('shared_ip_carrier', 10, 6, 25), ('shared_ip_vpn', 8, 5, 18), ('shared_ip_office', 6, 4, 10)]:
        for _ in range(n):
            cid = newval('ip', new_ip(R.random() < 0.1), POOL_OWNER)
            VALUES[cid]['why'] = why
            if why == 'shared_ip_office':      # co-working space: mostly same-country tenants
                r = ch(['UK', 'CN', 'US', 'DE'])
                pool = [a for a in ACCTS if a['r'] == r]
            elif why == 'shared_ip_carrier':
                r = ch(['CN', 'CN', 'UK', 'US', 'JP'])
                pool = [a for a in ACCTS if a['r'] == r]
            else:
                pool = ACCTS
            for a in R.sample(pool, min(len(pool), R.randint(lo, hi))):
                a['vals'].append(['ip', cid, False])
            groups.append(cid)
    # virtual assistants who log in for several unrelated clients from the same place
    for v in range(16):
        ips = [newval('ip', new_ip(R.random() < 0.2), POOL_OWNER) for _ in range(R.randint(1, 2))]
        for c in ips:
            VALUES[c]['why'] = 'va_shared_ip'
        clients = R.sample(OPS, R.randint(2, 6))
        for o in clients:
            for a in [x for x in ACCTS if x['op'] == o['id']]:
                if R.random() < 0.85:
                    a['vals'].append(['ip', ch(ips), False])
        groups += ips
    return groups

def pool_decoys(cap=14):
    by = defaultdict(list)
    for a in ACCTS:
        for k, cid, _ in a['vals']:
            if VALUES[cid]['owner'] == POOL_OWNER:
                by[cid].append(a)
    for cid, accs in by.items():
        why = VALUES[cid].get('why') or ('shared_virtual_office' if VALUES[cid]['kind'] == 'address' else 'pool')
        pairs = [(x, y) for x, y in combinations(accs, 2) if x['op'] != y['op']]
        R.shuffle(pairs)
        for x, y in pairs[:cap]:
            add_decoy(x, y, why)

def psp_decoys(cap=3):
    by = defaultdict(list)
    for a in ACCTS:
        for k, cid, _ in a['vals']:
            d = VALUES[cid]['data']
            if k == 'bank_account' and d.get('t') == 'psp':
                if d['sub'] == 'us':
                    key = (d['psp'], 'us', d['acct'][:7])
                elif d['sub'] == 'uk':
                    key = (d['psp'], 'uk', d['acct'][:4])
                else:
                    key = (d['psp'], 'de', d['bban'][:13])
                by[key].append(a)
    for key, accs in by.items():
        pairs = [(x, y) for x, y in combinations(accs, 2) if x['op'] != y['op']]
        R.shuffle(pairs)
        for x, y in pairs[:cap]:
            add_decoy(x, y, 'psp_shared_collection_prefix')

# ----------------------------------------------------------------------------------
# rendering + output
# ----------------------------------------------------------------------------------
JUNK = ['n/a', 'N/A', 'TBC', '-', 'see ticket #%d', 'same as UK acct', '见上', '未提供', '?', 'pending', 'tbc w/ client']
PLURAL = dict(email='emails', phone='phones', address='addresses', bank_account='bank_accounts', card='cards', tax_id='tax_ids',
              ip='ips', device='devices', login='logins', company_name='company_names', store_name='store_names', person_name='person_names')
KINDS = list(PLURAL)

def render_all():
    rows = []   # (acc, kind, value, cid, mode)
    for a in ACCTS:
        seen = set()
        out = []
        for kind, cid, prot in a['vals']:
            if (kind, cid) in seen:
                continue
            seen.add((kind, cid))
            V = VALUES[cid]
            fn = RENDER[V['kind']]
            s = fn(V['data'])
            mode = 'clean'
            if not prot:
                x = R.random()
                if x < 0.105:
                    s2 = typo(s)
                    if s2 != s:
                        s, mode = s2, 'typo'
                elif x < 0.17:
                    s2 = fn(V['data'], partial=True)
                    if s2 != s:
                        s, mode = s2, 'partial'
            out.append((kind, s, cid, mode))
            if R.random() < 0.04:     # pasted twice, from ticket and from spreadsheet
                s3 = fn(V['data'])
                if s3 != s:
                    out.append((kind, s3, cid, 'clean'))
        if R.random() < 0.04:
            j = ch(JUNK)
            if '%d' in j:
                j = j % R.randint(10000, 99999)
            out.append((ch(['bank_account', 'tax_id', 'phone', 'card', 'address']), j, '', 'junk'))
        # account managers paste in their own order
        if R.random() < 0.5:
            R.shuffle(out)
        for kind, s, cid, mode in out:
            rows.append((a, kind, s, cid, mode))
    # a typo must not turn one operator's value into exactly another operator's value
    for _ in range(3):
        owners = defaultdict(set)
        for a, kind, s, cid, mode in rows:
            if cid and kind in STRONG and VALUES[cid]['owner'] != POOL_OWNER:
                owners[(kind, s.strip().lower())].add(a['op'])
        bad = 0
        for i, (a, kind, s, cid, mode) in enumerate(rows):
            if mode in ('typo', 'partial') and kind in STRONG and len(owners.get((kind, s.strip().lower()), ())) > 1:
                V = VALUES[cid]
                rows[i] = (a, kind, RENDER[V['kind']](V['data']), cid, 'clean')
                bad += 1
        if not bad:
            break
    return rows

def main():
    for P in PSPS:
        P['us_rtn'] = aba(ch(['0', '1', '2', '3']) + digits(7))
    vo = vo_pool()
    target = 3000
    n = 0
    oi = 0
    global OPS_BY_ID
    while n < target:
        oi += 1
        size = wch(SIZE_W)
        size = min(size, target - n) if target - n < size else size
        r = wch(REGION_W)
        op = build_operator('OP%04d' % oi, r, size, vo)
        accs = build_accounts(op, n)
        ACCTS.extend(accs)
        n += len(accs)
    OPS_BY_ID = {o['id']: o for o in OPS}
    # let accounts of one operator spread over several marketplaces
    by_op = defaultdict(list)
    for a in ACCTS:
        by_op[a['op']].append(a)
    for oid, accs in by_op.items():
        connect(accs)
    # traps
    trap_namesakes(70)
    trap_company(55, 'similar_company_name')
    trap_company(45, 'same_trade_name_other_form_or_city')
    trap_neighbours(60, 'same_building_other_room')
    trap_neighbours(35, 'same_street_other_number')
    trap_store(35)
    trap_switchboard(9)
    trap_cards(25)
    trap_email_dots(18)
    ip_pools()
    pool_decoys()
    psp_decoys()
    # the accounts are shuffled so ids do not reveal operators
    R.shuffle(ACCTS)
    for i, a in enumerate(ACCTS):
        a['id'] = 'S%05d' % (10000 + i * 7 + R.randint(0, 6))
    id_remap = None
    rows = render_all()

    # ---- write files
    known_mp = {a['id']: (R.random() < 0.8) for a in ACCTS}
    known_ct = {a['id']: (R.random() < 0.7) for a in ACCTS}
    messy_mp = {a['id']: ch(MP_MESSY[a['mp']]) for a in ACCTS}
    messy_ct = {a['id']: ch(COUNTRY_MESSY[a['country']]) for a in ACCTS}
    first = set()
    with open(os.path.join(OUT, 'accounts_long.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_id', 'kind', 'value', 'marketplace', 'country'])
        for a, kind, s, cid, mode in rows:
            aid = a['id']
            put = aid not in first or R.random() < 0.25
            first.add(aid)
            mp = messy_mp[aid] if (known_mp[aid] and put) else ''
            ct = messy_ct[aid] if (known_ct[aid] and put and R.random() < 0.85) else ''
            w.writerow([aid, kind, s, mp, ct])
    per = defaultdict(lambda: defaultdict(list))
    for a, kind, s, cid, mode in rows:
        per[a['id']][PLURAL[kind]].append(s)
    with open(os.path.join(OUT, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
        for a in sorted(ACCTS, key=lambda x: x['id']):
            o = {'account_id': a['id']}
            for k in KINDS:
                o[PLURAL[k]] = per[a['id']].get(PLURAL[k], [])
            if known_mp[a['id']]:
                o['marketplace'] = a['mp']
            if known_ct[a['id']]:
                o['country'] = a['country']
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_id', 'operator_id'])
        for a in sorted(ACCTS, key=lambda x: x['id']):
            w.writerow([a['id'], a['op']])
    idmap = {id(a): a['id'] for a in ACCTS}
    # decoy ids were recorded before re-numbering: map through the account objects
    seen = {}
    final_decoys = []
    for x, y, why in DECOYS_OBJ:
        p = tuple(sorted([x['id'], y['id']]))
        if p in seen or x['op'] == y['op']:
            continue
        seen[p] = why
        final_decoys.append((p[0], p[1], why))
    final_decoys.sort()
    with open(os.path.join(OUT, 'decoys.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_a', 'account_b', 'why'])
        w.writerows(final_decoys)
    with open(os.path.join(OUT, 'value_variants.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_id', 'kind', 'value', 'value_id', 'value_owner', 'mode'])
        for a, kind, s, cid, mode in rows:
            w.writerow([a['id'], kind, s, cid, VALUES[cid]['owner'] if cid else '', mode])

    # ---- checks and summary
    ops = Counter(a['op'] for a in ACCTS)
    true_pairs = sum(c * (c - 1) // 2 for c in ops.values())
    print('accounts:', len(ACCTS))
    print('operators:', len(ops), ' (multi-account operators: %d, sizes %s)' % (sum(1 for c in ops.values() if c > 1),
                                                                             dict(sorted(Counter(ops.values()).items()))))
    print('true related pairs:', true_pairs)
    print('decoy pairs:', len(final_decoys))
    for why, c in sorted(Counter(d[2] for d in final_decoys).items(), key=lambda x: -x[1]):
        print('   %-36s %d' % (why, c))
    forms = defaultdict(set)
    for a, kind, s, cid, mode in rows:
        if cid:
            forms[(kind, cid)].add(s)
    print('values written more than one way (per kind: values with >1 distinct strings / values):')
    for k in KINDS:
        tot = sum(1 for (kk, c) in forms if kk == k)
        multi = sum(1 for (kk, c), ss in forms.items() if kk == k and len(ss) > 1)
        print('   %-14s %5d / %5d' % (k, multi, tot))
    modes = Counter(m for *_, m in rows)
    print('rows:', len(rows), ' modes:', dict(modes), ' typo+partial share: %.1f%%' % (100.0 * (modes['typo'] + modes['partial']) / len(rows)))
    # accidental identical strings between different operators for identity-grade kinds
    owners = defaultdict(set)
    for a, kind, s, cid, mode in rows:
        if cid and kind in STRONG:
            owners[(kind, s.strip().lower())].add((a['op'], VALUES[cid]['owner'] == POOL_OWNER))
    coll = Counter()
    for (kind, s), os_ in owners.items():
        if len({o for o, _ in os_}) > 1 and not any(p for _, p in os_):
            coll[kind] += 1
    print('cross-operator identical identity strings (non-pool; from traps/partials):', dict(coll))
    print('time: %.1fs' % (time.time() - T0))

DECOYS_OBJ = []
_add_decoy_orig = add_decoy
def add_decoy(a, b, why):
    if a['op'] == b['op']:
        return False
    DECOYS_OBJ.append((a, b, why))
    return True

if __name__ == '__main__':
    main()
