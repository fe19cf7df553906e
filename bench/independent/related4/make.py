#!/usr/bin/env python3
"""Generator for a labelled related-accounts test set.

Sources simulated:
  * "KF" onboarding forms filled in by small Chinese sellers on their phones
    (full-width digits, hanzi/pinyin mixes, WeChat notes pasted into fields)
  * customer export of a Polish fulfilment partner ("PLW")  - cp1250 habits,
    surname-first, stripped diacritics, '?' where hanzi were lost
  * customer export of a US fulfilment partner ("USC")     - ASCII, UPPERCASE,
    LAST, FIRST, zip+4

Everything (names, companies, banks, PSPs, numbers) is invented.
Run:  python make.py      (writes accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv)
"""
import csv
import json
import os
import random
import unicodedata
from collections import defaultdict

SEED = 20261205
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
TARGET_ACCOUNTS = 3000
TYPO_RATE = 0.15


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def wpick(pairs):
    items = [a for a, _ in pairs]
    w = [b for _, b in pairs]
    return R.choices(items, weights=w)[0]


def digits(n, first_nonzero=False):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s


FW = {chr(c): chr(c + 0xFEE0) for c in range(33, 127)}


def fullwidth(s, partial=False):
    """Phone IME habit: full-width characters, sometimes only for a stretch."""
    if partial and len(s) > 4:
        i = R.randrange(0, len(s) - 3)
        j = R.randrange(i + 2, len(s) + 1)
        return s[:i] + fullwidth(s[i:j]) + s[j:]
    return ''.join('\u3000' if c == ' ' else FW.get(c, c) for c in s)


PL_ASCII = str.maketrans('ąćęłńóśźżĄĆĘŁŃÓŚŹŻäöüÄÖÜß', 'acelnoszzACELNOSZZaouAOUs')


def ascii_pl(s):
    return s.translate(PL_ASCII)


def mojibake(s):
    try:
        return s.encode('utf-8').decode('cp1252', errors='replace')
    except Exception:
        return s


def hanzi_lost(s):
    """cp1250 export: every CJK char becomes '?'."""
    return ''.join('?' if ord(c) > 0x2E80 else c for c in s)


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ----------------------------------------------------------------------------
# uniqueness of canonical identifiers
_used = set()


def uniq(fn, tag):
    for _ in range(1000):
        v = fn()
        if (tag, v) not in _used:
            _used.add((tag, v))
            return v
    raise RuntimeError(tag)


# ----------------------------------------------------------------------------
# Chinese syllables (pinyin -> hanzi variants), traditional forms
SYL = {
    'rui': '瑞睿锐', 'wan': '万湾', 'kai': '凯恺', 'jun': '骏俊', 'xin': '鑫新欣', 'sheng': '盛晟胜',
    'hua': '华桦', 'bo': '博铂', 'heng': '恒衡', 'tai': '泰', 'hong': '宏鸿弘', 'yuan': '源元',
    'jin': '锦金', 'feng': '峰锋丰', 'jia': '佳嘉', 'cheng': '诚成', 'de': '德', 'xiang': '翔祥',
    'peng': '鹏', 'yu': '宇煜', 'xing': '星兴', 'chen': '辰晨', 'hui': '汇惠', 'lian': '联',
    'you': '优悠', 'mei': '美', 'yue': '悦越', 'teng': '腾', 'fei': '飞菲', 'tian': '天添',
    'yun': '云芸', 'zhi': '智志', 'an': '安', 'kang': '康', 'run': '润', 'ming': '铭明',
    'han': '瀚翰', 'qi': '琪奇', 'zhuo': '卓', 'bai': '佰百', 'long': '隆龙', 'da': '达',
    'hao': '浩豪', 'tong': '通彤', 'yi': '亿益', 'chuang': '创', 'pin': '品', 'le': '乐',
    'lan': '蓝澜', 'fu': '福富', 'ke': '科可', 'ao': '奥', 'ou': '欧', 'wei': '威维',
}
SYL_LIST = [(h, p) for p, hs in SYL.items() for h in hs]
TRAD = str.maketrans('万华鸿锦锋丰诚鹏兴汇联优腾飞云铭龙达亿创乐蓝澜锐骏胜桦铂维区厦栋门广东义乌杭莆佛号银亚',
                     '萬華鴻錦鋒豐誠鵬興匯聯優騰飛雲銘龍達億創樂藍瀾銳駿勝樺鉑維區廈棟門廣東義烏杭莆佛號銀亞')


def cap(p):
    return p[:1].upper() + p[1:]


def py_join(parts, apostrophe=True):
    out = parts[0]
    for p in parts[1:]:
        if apostrophe and p[0] in 'aoe':
            out += "'" + p
        else:
            out += p
    return out


def new_word2():
    return [pick(SYL_LIST), pick(SYL_LIST)]


# ----------------------------------------------------------------------------
# Cities / places
CN_CITIES = [
    dict(zh='深圳', en='Shenzhen', prov=('广东', 'Guangdong'), code='440300', post='518', w=45,
         dist=[('龙华区', 'Longhua District'), ('宝安区', "Bao'an District"), ('南山区', 'Nanshan District'),
               ('福田区', 'Futian District'), ('龙岗区', 'Longgang District')]),
    dict(zh='广州', en='Guangzhou', prov=('广东', 'Guangdong'), code='440100', post='510', w=14,
         dist=[('天河区', 'Tianhe District'), ('白云区', 'Baiyun District'), ('番禺区', 'Panyu District'),
               ('海珠区', 'Haizhu District')]),
    dict(zh='东莞', en='Dongguan', prov=('广东', 'Guangdong'), code='441900', post='523', w=9,
         dist=[('虎门镇', 'Humen Town'), ('长安镇', "Chang'an Town"), ('南城街道', 'Nancheng Subdistrict')]),
    dict(zh='义乌', en='Yiwu', prov=('浙江', 'Zhejiang'), code='330782', post='322', w=8,
         dist=[('稠城街道', 'Choucheng Subdistrict'), ('北苑街道', 'Beiyuan Subdistrict'), ('江东街道', 'Jiangdong Subdistrict')]),
    dict(zh='杭州', en='Hangzhou', prov=('浙江', 'Zhejiang'), code='330100', post='310', w=8,
         dist=[('余杭区', 'Yuhang District'), ('滨江区', 'Binjiang District'), ('萧山区', 'Xiaoshan District')]),
    dict(zh='厦门', en='Xiamen', prov=('福建', 'Fujian'), code='350200', post='361', w=6,
         dist=[('思明区', 'Siming District'), ('湖里区', 'Huli District')]),
    dict(zh='莆田', en='Putian', prov=('福建', 'Fujian'), code='350300', post='351', w=4,
         dist=[('荔城区', 'Licheng District'), ('城厢区', 'Chengxiang District')]),
    dict(zh='佛山', en='Foshan', prov=('广东', 'Guangdong'), code='440600', post='528', w=6,
         dist=[('南海区', 'Nanhai District'), ('顺德区', 'Shunde District')]),
]
CITY_MISSPELL = {'Shenzhen': ['Shenzen', 'Shen Zhen', 'Shenzhne', 'Sehnzhen'], 'Guangzhou': ['Guangzhuo', 'Guanzhou'],
                 'Dongguan': ['Dongguang', 'Donguan'], 'Yiwu': ['Yi Wu', 'Yiwoo'], 'Hangzhou': ['Hangzou', 'Hanzhou'],
                 'Xiamen': ['Xiaman'], 'Putian': ['Puitan'], 'Foshan': ['Fushan'],
                 'Warszawa': ['Warszwa', 'Warsawa'], 'Kraków': ['Krakow', 'Karków'], 'Wrocław': ['Wroclaw', 'Wroclav'],
                 'Fremont': ['Freemont'], 'Irvine': ['Irivne'], 'Flushing': ['Flusing'], 'Berlin': ['Berin'],
                 'London': ['Lodnon'], 'Łódź': ['Lodz', 'Łodź'], 'Poznań': ['Poznan', 'Posnan']}

# sub-districts per district (generated once)
ROAD_SUF = [('路', 'Road', 'Rd', 'Lu'), ('大道', 'Avenue', 'Ave', 'Dadao'), ('街', 'Street', 'St', 'Jie')]
BLD_TYPES = [('大厦', 'Building', 'Bldg', 'Dasha'), ('科技园', 'Technology Park', 'Tech Park', 'Keji Yuan'),
             ('创意园', 'Creative Park', 'Creative Pk', 'Chuangyi Yuan'),
             ('商务中心', 'Business Center', 'Business Ctr', 'Shangwu Zhongxin'),
             ('工业园', 'Industrial Park', 'Ind. Park', 'Gongye Yuan'),
             ('电商产业园', 'E-commerce Industrial Park', 'E-com Park', 'Dianshang Chanyeyuan'),
             ('花园', 'Garden', 'Gdn', 'Huayuan'), ('公寓', 'Apartments', 'Apts', 'Gongyu')]
SUBDIST = {}
for c in CN_CITIES:
    for d in c['dist']:
        SUBDIST[d[0]] = [new_word2() for _ in range(3)]

HK_WORDS = [('永發', 'Wing Fat'), ('富利', 'Fu Lee'), ('恒昌', 'Hang Cheong'), ('建業', 'Kin Yip'), ('金威', 'Kam Wai'),
            ('美嘉', 'Mei Ka'), ('宏達', 'Wang Tat'), ('信和', 'Shun Wo'), ('德興', 'Tak Hing'), ('華豐', 'Wah Fung'),
            ('偉業', 'Wai Yip'), ('泰豐', 'Tai Fung'), ('安泰', 'On Tai'), ('寶利', 'Po Lee')]
HK_DIST = [('九龍觀塘', 'Kwun Tong, Kowloon', 'KLN'), ('九龍旺角', 'Mong Kok, Kowloon', 'KLN'),
           ('新界荃灣', 'Tsuen Wan, New Territories', 'NT'), ('香港上環', 'Sheung Wan, Hong Kong Island', 'HK'),
           ('香港灣仔', 'Wan Chai, Hong Kong Island', 'HK')]
HK_BLD = [('商業中心', 'Commercial Centre', 'Comm Ctr'), ('工業大廈', 'Industrial Building', 'Ind Bldg'),
          ('廣場', 'Plaza', 'Plaza'), ('大廈', 'Building', 'Bldg')]
HK_ROAD = [('道', 'Road', 'Rd'), ('街', 'Street', 'St')]

PL_STREETS = ['Lipowa', 'Polna', 'Leśna', 'Słoneczna', 'Krótka', 'Ogrodowa', 'Brzozowa', 'Akacjowa', 'Kwiatowa',
              'Szkolna', 'Długa', 'Łąkowa', 'Zielona', 'Spacerowa', 'Wrzosowa', 'Jaśminowa', 'Różana', 'Sosnowa',
              'Cicha', 'Parkowa', 'Magazynowa', 'Składowa', 'Przemysłowa']
PL_CITIES = [('Warszawa', ['00', '01', '02', '03', '04']), ('Kraków', ['30', '31']), ('Łódź', ['90', '91', '93']),
             ('Wrocław', ['50', '51', '53']), ('Poznań', ['60', '61']), ('Gdańsk', ['80']), ('Szczecin', ['70', '71']),
             ('Lublin', ['20']), ('Katowice', ['40']), ('Bydgoszcz', ['85']), ('Rzeszów', ['35']),
             ('Stryków', ['95']), ('Gliwice', ['44'])]
US_STREETS = ['Maple', 'Oak', 'Cedar', 'Willow', 'Birch', 'Pine', 'Elm', 'Walnut', 'Lakeview', 'Sunset', 'Hillcrest',
              'Ridgeway', 'Meadowbrook', 'Juniper', 'Larkspur', 'Foxglove', 'Quailrun', 'Sagebrush']
US_SUF = [('Street', 'St'), ('Avenue', 'Ave'), ('Drive', 'Dr'), ('Boulevard', 'Blvd'), ('Lane', 'Ln'), ('Road', 'Rd'),
          ('Court', 'Ct'), ('Way', 'Way'), ('Trail', 'Trl')]
US_CITIES = [('Fremont', 'CA', 'California', '945'), ('Irvine', 'CA', 'California', '926'),
             ('Chino', 'CA', 'California', '917'), ('Ontario', 'CA', 'California', '917'),
             ('Austin', 'TX', 'Texas', '787'), ('Houston', 'TX', 'Texas', '770'), ('Edison', 'NJ', 'New Jersey', '088'),
             ('Flushing', 'NY', 'New York', '113'), ('Orlando', 'FL', 'Florida', '328'),
             ('Seattle', 'WA', 'Washington', '981'), ('Columbus', 'OH', 'Ohio', '432'),
             ('Sheridan', 'WY', 'Wyoming', '828'), ('Dover', 'DE', 'Delaware', '199')]
DE_STREETS = ['Linden', 'Garten', 'Berg', 'Schul', 'Bahnhof', 'Kirch', 'Wald', 'Rosen', 'Birken', 'Mühlen', 'Hafen',
              'Lager']
DE_SUF = ['straße', 'weg', 'allee', 'ring']
DE_CITIES = [('Berlin', '1'), ('Hamburg', '2'), ('München', '8'), ('Köln', '5'), ('Frankfurt am Main', '6'),
             ('Leipzig', '04')]
UK_STREETS = ['Acacia', 'Willow', 'Station', 'Church', 'Mill', 'Park', 'Oakfield', 'Elm', 'Orchard', 'Rosebery']
UK_SUF = [('Road', 'Rd'), ('Street', 'St'), ('Lane', 'Ln'), ('Close', 'Cl')]
UK_CITIES = [('London', ['N1', 'E2', 'SE15', 'NW6']), ('Manchester', ['M1', 'M4']), ('Birmingham', ['B1', 'B12']),
             ('Leeds', ['LS1', 'LS6'])]
JP_PLACES = [('東京都', '渋谷区', '神宮前', 'Tokyo', 'Shibuya-ku', 'Jingumae', '150'),
             ('東京都', '新宿区', '西新宿', 'Tokyo', 'Shinjuku-ku', 'Nishi-Shinjuku', '160'),
             ('大阪府', '大阪市北区', '梅田', 'Osaka', 'Kita-ku, Osaka-shi', 'Umeda', '530'),
             ('神奈川県', '横浜市中区', '山下町', 'Kanagawa', 'Naka-ku, Yokohama-shi', 'Yamashitacho', '231')]
JP_BLD = [('サクラビル', 'Sakura Bldg'), ('第二松風ビル', 'Daini Shofu Bldg'), ('ミナトハイツ', 'Minato Heights'),
          ('グランメゾン青葉', 'Grand Maison Aoba'), ('朝日コーポ', 'Asahi Corp')]

# ----------------------------------------------------------------------------
# People
CN_SUR = [('李', 'Li'), ('王', 'Wang'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'), ('杨', 'Yang'), ('黄', 'Huang'),
          ('赵', 'Zhao'), ('吴', 'Wu'), ('周', 'Zhou'), ('徐', 'Xu'), ('孙', 'Sun'), ('马', 'Ma'), ('朱', 'Zhu'),
          ('胡', 'Hu'), ('郭', 'Guo'), ('何', 'He'), ('林', 'Lin'), ('罗', 'Luo'), ('郑', 'Zheng'), ('梁', 'Liang'),
          ('谢', 'Xie'), ('宋', 'Song'), ('唐', 'Tang'), ('许', 'Xu'), ('邓', 'Deng'), ('冯', 'Feng'), ('曾', 'Zeng'),
          ('彭', 'Peng'), ('蔡', 'Cai'), ('潘', 'Pan'), ('钟', 'Zhong'), ('卢', 'Lu'), ('叶', 'Ye')]
CN_GIVEN = [([('娜', 'na')], 'F'), ([('伟', 'wei')], 'M'), ([('芳', 'fang')], 'F'), ([('敏', 'min')], 'F'),
            ([('静', 'jing')], 'F'), ([('丽', 'li')], 'F'), ([('强', 'qiang')], 'M'), ([('磊', 'lei')], 'M'),
            ([('军', 'jun')], 'M'), ([('洋', 'yang')], 'M'), ([('勇', 'yong')], 'M'), ([('艳', 'yan')], 'F'),
            ([('杰', 'jie')], 'M'), ([('涛', 'tao')], 'M'), ([('超', 'chao')], 'M'), ([('秀', 'xiu'), ('英', 'ying')], 'F'),
            ([('晓', 'xiao'), ('东', 'dong')], 'M'), ([('婷', 'ting')], 'F'), ([('浩', 'hao')], 'M'),
            ([('子', 'zi'), ('涵', 'han')], 'F'), ([('思', 'si'), ('远', 'yuan')], 'M'), ([('佳', 'jia'), ('怡', 'yi')], 'F'),
            ([('梓', 'zi'), ('轩', 'xuan')], 'M'), ([('欣', 'xin'), ('怡', 'yi')], 'F'), ([('嘉', 'jia'), ('豪', 'hao')], 'M'),
            ([('志', 'zhi'), ('强', 'qiang')], 'M'), ([('建', 'jian'), ('华', 'hua')], 'M'), ([('海', 'hai'), ('燕', 'yan')], 'F'),
            ([('鑫', 'xin')], 'M'), ([('颖', 'ying')], 'F'), ([('凯', 'kai')], 'M'), ([('鹏', 'peng')], 'M'),
            ([('文', 'wen'), ('博', 'bo')], 'M'), ([('雨', 'yu'), ('桐', 'tong')], 'F'), ([('俊', 'jun'), ('杰', 'jie')], 'M')]
CN_HOMO = {'娜': '纳', '伟': '玮', '静': '婧', '丽': '莉', '敏': '珉', '杰': '婕', '洋': '阳', '芳': '方', '磊': '垒',
           '涛': '韬', '婷': '亭', '颖': '莹', '鑫': '欣', '凯': '恺', '李': '理', '王': '汪', '张': '章', '陈': '程',
           '林': '琳', '徐': '许'}
EN_NAMES_F = ['Nina', 'Lily', 'Coco', 'Vivian', 'Amy', 'Grace', 'Cherry', 'Sunny', 'Jessie', 'Wendy']
EN_NAMES_M = ['Kevin', 'Jack', 'Leo', 'Tony', 'Eric', 'Jason', 'Frank', 'Allen', 'Ray', 'Sam']
PL_FIRST = [('Anna', 'F'), ('Katarzyna', 'F'), ('Małgorzata', 'F'), ('Agnieszka', 'F'), ('Magdalena', 'F'),
            ('Joanna', 'F'), ('Ewa', 'F'), ('Piotr', 'M'), ('Krzysztof', 'M'), ('Andrzej', 'M'), ('Tomasz', 'M'),
            ('Paweł', 'M'), ('Michał', 'M'), ('Marcin', 'M'), ('Łukasz', 'M'), ('Grzegorz', 'M')]
PL_LAST = [('Nowak', 'Nowak'), ('Kowalski', 'Kowalska'), ('Wiśniewski', 'Wiśniewska'), ('Wójcik', 'Wójcik'),
           ('Kowalczyk', 'Kowalczyk'), ('Kamiński', 'Kamińska'), ('Lewandowski', 'Lewandowska'),
           ('Zieliński', 'Zielińska'), ('Szymański', 'Szymańska'), ('Woźniak', 'Woźniak'), ('Dąbrowski', 'Dąbrowska'),
           ('Kozłowski', 'Kozłowska'), ('Mazur', 'Mazur'), ('Krawczyk', 'Krawczyk'), ('Jankowski', 'Jankowska')]
US_FIRST = [('David', 'Dave'), ('Michael', 'Mike'), ('James', 'Jim'), ('John', 'Johnny'), ('Robert', 'Bob'),
            ('Jennifer', 'Jen'), ('Jessica', 'Jess'), ('Sarah', None), ('Emily', 'Em'), ('Daniel', 'Dan'),
            ('Matthew', 'Matt'), ('Ashley', None), ('Brian', None), ('Kevin', None), ('Laura', None),
            ('Christopher', 'Chris'), ('Elizabeth', 'Liz')]
US_LAST = ['Brown', 'Smith', 'Johnson', 'Miller', 'Davis', 'Garcia', 'Martinez', 'Wilson', 'Anderson', 'Taylor',
           'Thomas', 'Moore', 'Jackson', 'Lee', 'Nguyen', 'Patel', 'Chen', 'Kim']
DE_FIRST = ['Thomas', 'Stefan', 'Sabine', 'Andreas', 'Julia', 'Jürgen', 'Katrin', 'Markus', 'Petra', 'Jörg']
DE_LAST = ['Müller', 'Schmidt', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Schäfer', 'Koch', 'Hoffmann', 'Schröder']
UK_FIRST = ['Oliver', 'Emma', 'Harry', 'Sophie', 'George', 'Charlotte', 'Jack', 'Amelia', 'Thomas', 'Grace']
UK_LAST = ['Hughes', 'Clarke', 'Evans', 'Walsh', 'Carter', 'Wright', 'Green', 'Hall', 'Wood', 'Turner']
JP_SUR = [('佐藤', 'Sato', 'Satō'), ('鈴木', 'Suzuki', 'Suzuki'), ('高橋', 'Takahashi', 'Takahashi'),
          ('田中', 'Tanaka', 'Tanaka'), ('渡辺', 'Watanabe', 'Watanabe'), ('伊藤', 'Ito', 'Itō'), ('加藤', 'Kato', 'Katō')]
JP_GIVEN = [('健太', 'Kenta'), ('陽子', 'Yoko'), ('大輔', 'Daisuke'), ('美咲', 'Misaki'), ('翔', 'Sho'),
            ('恵', 'Megumi'), ('拓也', 'Takuya'), ('由美', 'Yumi')]


def gen_person(reg):
    if reg == 'CN':
        sur = pick(CN_SUR[:12]) if chance(0.6) else pick(CN_SUR)
        given, g = pick(CN_GIVEN)
        en = None
        if chance(0.25):
            en = pick(EN_NAMES_F if g == 'F' else EN_NAMES_M)
        return dict(k='person', reg='CN', sur=sur, given=list(given), g=g, en=en)
    if reg == 'PL':
        f, g = pick(PL_FIRST)
        lm, lf = pick(PL_LAST)
        return dict(k='person', reg='PL', first=f, last=lf if g == 'F' else lm, g=g)
    if reg == 'US':
        f, nick = pick(US_FIRST)
        return dict(k='person', reg='US', first=f, nick=nick, last=pick(US_LAST),
                    mid=pick('ABCDEJKLMRST') if chance(0.5) else None)
    if reg == 'DE':
        return dict(k='person', reg='DE', first=pick(DE_FIRST), last=pick(DE_LAST))
    if reg == 'UK':
        return dict(k='person', reg='UK', first=pick(UK_FIRST), last=pick(UK_LAST))
    if reg == 'JP':
        return dict(k='person', reg='JP', sur=pick(JP_SUR), given=pick(JP_GIVEN))


def person_key(p):
    return f"{p['pid']}|{_person_name_key(p)}"


def _person_name_key(p):
    if p['reg'] == 'CN':
        return 'CN|' + p['sur'][0] + ''.join(h for h, _ in p['given'])
    if p['reg'] == 'JP':
        return 'JP|' + p['sur'][0] + p['given'][0]
    return p['reg'] + '|' + p['first'] + ' ' + p['last']


def cn_given_py(p, style=0):
    parts = [q for _, q in p['given']]
    if style == 0 or len(parts) == 1:
        return cap(''.join(parts))
    if style == 1:
        return ' '.join(cap(x) for x in parts)
    return cap(parts[0]) + '-' + parts[1]


def render_person(p, src):
    reg = p['reg']
    if reg == 'CN':
        hz = p['sur'][0] + ''.join(h for h, _ in p['given'])
        sp = p['sur'][1]
        gp = cn_given_py(p, pick([0, 0, 0, 1, 2]))
        opts = []
        if src == 'KF':
            opts = [(hz, 40), (p['sur'][0] + ' ' + ''.join(h for h, _ in p['given']), 5), (hz + '（法人）', 4),
                    ('联系人：' + hz, 4), (hz + ' ' + (p['en'] or gp), 4 if p['en'] else 1),
                    (f'{sp} {gp}', 10), (f'{sp.upper()} {gp.upper()}', 5), (f'{gp} {sp}', 5),
                    (hz + '  ', 2), ((p['en'] + ' ' + sp) if p['en'] else hz, 6 if p['en'] else 0),
                    (f'{hz}({sp} {gp})', 3), ('法人:' + hz + ' 身份证同名', 1)]
        elif src == 'PLW':
            opts = [(f'{sp} {gp}', 20), (f'{sp.upper()} {gp.upper()}', 15), (f'{gp} {sp}', 15),
                    (f'{gp} {sp.upper()}', 5), ((p['en'] + ' ' + sp) if p['en'] else f'{sp} {gp}', 8 if p['en'] else 0),
                    (hanzi_lost(hz), 3), (hz, 6), (f'{sp}{gp}', 3)]
        else:
            opts = [(f'{sp.upper()}, {gp.upper()}', 20), (f'{gp.upper()} {sp.upper()}', 15), (f'{gp} {sp}', 10),
                    ((p['en'] + ' ' + sp).upper() if p['en'] else f'{gp} {sp}', 8 if p['en'] else 0),
                    (f'{sp} {gp}', 6), (f'{sp.upper()} {gp.upper()}', 6)]
        return wpick(opts)
    if reg == 'JP':
        (sz, s1, s2), (gz, g1) = p['sur'], p['given']
        return wpick([(f'{sz} {gz}', 10), (sz + gz, 8), (f'{s1.upper()} {g1.upper()}', 8), (f'{g1} {s1}', 8),
                      (f'{g1} {s2}', 3), (f'{s1}, {g1}', 3)])
    f, l = p['first'], p['last']
    if reg == 'PL':
        opts = [(f'{f} {l}', 20), (f'{l.upper()} {f.upper()}', 12), (f'{l} {f}', 10), (ascii_pl(f'{f} {l}'), 8),
                (f'Pani {f} {l}' if p['g'] == 'F' else f'Pan {f} {l}', 2), (ascii_pl(f'{l} {f}').upper(), 5)]
        if src == 'USC':
            opts = [(ascii_pl(f'{l}, {f}').upper(), 15), (ascii_pl(f'{f} {l}'), 10), (mojibake(f'{f} {l}'), 3)]
        return wpick(opts)
    if reg == 'US':
        opts = [(f'{f} {l}', 25), (f'{l.upper()}, {f.upper()}', 12), (f'{f[0]}. {l}', 6), (f'{f} {l}'.upper(), 8),
                (f'{p["nick"]} {l}' if p['nick'] else f'{f} {l}', 8), (f"{f} {p['mid']}. {l}" if p['mid'] else f'{f} {l}', 8),
                (f'{l} {f}', 3), (f'Mr. {f} {l}' if f in ('David', 'Michael', 'James', 'John', 'Robert') else f'{f} {l}', 2)]
        return wpick(opts)
    if reg == 'DE':
        return wpick([(f'{f} {l}', 20), (f'{l}, {f}', 10), (strip_accents(f'{f} {l}'), 5),
                      (f'{f} {l}'.replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae'), 8), (f'{l.upper()} {f}', 4)])
    return wpick([(f'{f} {l}', 20), (f'{l}, {f}', 8), (f'{f[0]} {l}', 5), (f'{f} {l}'.upper(), 6), (f'Mr {f} {l}', 1)])


# ----------------------------------------------------------------------------
# Companies
INDUSTRY = [('科技', 'Technology', 'Tech'), ('电子商务', 'E-commerce', 'E-Commerce'), ('贸易', 'Trading', 'Trade'),
            ('电子', 'Electronics', 'Electronic'), ('网络科技', 'Network Technology', 'Network Tech'),
            ('实业', 'Industrial', 'Industry'), ('供应链管理', 'Supply Chain Management', 'Supply Chain'),
            ('进出口', 'Import and Export', 'Imp & Exp'), ('家居用品', 'Household Products', 'Home Products'),
            ('商贸', 'Commerce and Trade', 'Trading')]
US_W1 = ['Bright', 'North', 'Silver', 'Blue', 'Maple', 'Summit', 'Harbor', 'Prairie', 'Cedar', 'Golden', 'River',
         'Stone', 'Lark', 'Copper', 'Clear']
US_W2 = ['peak', 'line', 'field', 'brook', 'ridge', 'gate', 'wood', 'crest', 'haven', 'point']
US_W3 = ['Goods', 'Supply', 'Trading', 'Home', 'Outfitters', 'Ventures', 'Commerce', 'Brands']
PL_W1 = ['Bursztyn', 'Polmex', 'Domex', 'Texpol', 'Maxbud', 'Ekodom', 'Agrotex', 'Nowamar', 'Balplast', 'Luxtrans',
         'Wistar', 'Orlik', 'Mazovia', 'Sudety']
PL_W2 = ['Handel', 'Trade', 'Import', 'Dystrybucja', 'Logistyka', 'Group', 'Service']
DE_W1 = ['Nordlicht', 'Bergblick', 'Sonnenhof', 'Lindgrün', 'Weitblick', 'Hafenwerk', 'Kranich', 'Sonnenfeld', 'Elbtal',
         'Rheinblick', 'Ostwind', 'Tannenhof', 'Mainufer', 'Heidekraut', 'Falkenrot']
DE_W2 = ['Handels', 'Vertriebs', 'Versand', 'Trading']
UK_W1 = ['Acorn', 'Thistle', 'Kestrel', 'Harbourside', 'Bramble', 'Oakmere', 'Foxley', 'Larkmoor', 'Ashcombe', 'Wrenfield',
         'Millbrook', 'Fernhill', 'Hollybank']
UK_W2 = ['Home', 'Trading', 'Retail', 'Supplies', 'Goods']
JP_W = [('サクラ', 'Sakura'), ('ミナト', 'Minato'), ('アオバ', 'Aoba'), ('ヒカリ', 'Hikari'), ('ツバサ', 'Tsubasa'),
        ('カエデ', 'Kaede'), ('ハヤテ', 'Hayate'), ('コダマ', 'Kodama'), ('ミズホノ', 'Mizuhono'), ('ヤマブキ', 'Yamabuki')]
JP_W2 = [('商事', 'Shoji'), ('トレーディング', 'Trading'), ('物産', 'Bussan'), ('産業', 'Sangyo'), ('工房', 'Kobo')]


def gen_company(reg, city=None, form=None, dw=None, ind=None):
    if reg == 'CN':
        if dw is None:
            dw = list(uniq(lambda: tuple(new_word2()), 'cndw'))
        return dict(k='company', reg='CN', city=city or wpick([(c, c['w']) for c in CN_CITIES]),
                    dw=dw, ind=ind or pick(INDUSTRY), form=form or 'ltd',
                    dist=None)
    return _gen_company_other(reg, form)


def _gen_company_other(reg, form):
    if reg == 'PL':
        return dict(k='company', reg='PL', base=uniq(lambda: f'{pick(PL_W1 + [l for l, _ in PL_LAST])}{pick(["", "", "-Pol", "mex", "ex"])} {pick(PL_W2)}', 'co'),
                    form=form or wpick([('spzoo', 7), ('sj', 1), ('sa', 1)]), city=pick(PL_CITIES)[0])
    if reg == 'US':
        return dict(k='company', reg='US', base=uniq(lambda: f'{pick(US_W1)}{pick(US_W2)} {pick(US_W3)}', 'co'),
                    form=form or wpick([('LLC', 7), ('Inc', 3)]), state=pick(['WY', 'DE', 'CA', 'TX', 'NJ', 'NY']))
    if reg == 'DE':
        return dict(k='company', reg='DE', base=uniq(lambda: f'{pick(DE_W1)} {pick(DE_W2)}', 'co'),
                    form=form or wpick([('GmbH', 6), ('UG', 3), ('eK', 1)]))
    if reg == 'UK':
        return dict(k='company', reg='UK', base=uniq(lambda: f'{pick(UK_W1)} {pick(UK_W2)}', 'co'), form=form or 'Ltd')
    if reg == 'JP':
        b, kd = uniq(lambda: (pick(JP_W), pick(JP_W2)), 'co')
        return dict(k='company', reg='JP', base=b, kind=kd, form=form or pick(['KK', 'GK']))


def company_key(c):
    r = c['reg']
    if r == 'CN':
        return f"CN|{c['city']['zh']}|{''.join(h for h, _ in c['dw'])}|{c['ind'][0]}|{c['form']}|{c.get('dist') or ''}"
    if r == 'PL':
        return f"PL|{c['base']}|{c['form']}|{c['city']}"
    if r == 'US':
        return f"US|{c['base']}|{c['form']}|{c['state']}"
    if r == 'JP':
        return f"JP|{c['base'][0]}{c['kind'][0]}|{c['form']}"
    return f"{r}|{c['base']}|{c['form']}"


def render_company(c, src):
    r = c['reg']
    if r == 'CN':
        city = c['city']
        dwz = ''.join(h for h, _ in c['dw'])
        pys = [p for _, p in c['dw']]
        dwe = cap(py_join(pys))
        dwe2 = cap(py_join(pys, apostrophe=False))
        dwsplit = ' '.join(cap(p) for p in pys)
        iz, ie, ies = c['ind']
        ce = city['en']
        if c['form'] == 'hk':
            zh = [f'{dwz}{iz}(香港)有限公司', f'{dwz}{iz}（香港）有限公司', f'香港{dwz}{iz}有限公司',
                  f'{dwz}{iz}(香港)有限公司'.translate(TRAD)]
            en = [f'{dwe} {ie} (HK) Limited', f'{dwe} {ie} (Hong Kong) Co., Limited', f'{dwe2.upper()} {ie.upper()} (HK) LIMITED',
                  f'{dwe} {ies} (HK) Ltd', f'{dwsplit} {ie} (HK) Co., Limited', f'{dwe} {ie} Hong Kong Limited']
        elif c['form'] == 'indiv':
            d = c['dist'] or city['dist'][0]
            zh = [f"{city['zh']}市{d[0]}{dwz}{iz}商行", f"{d[0]}{dwz}{iz}商行", f"{dwz}{iz}商行(个体工商户)",
                  f"{city['zh']}{d[0]}{dwz}{iz}经营部"]
            en = [f"{ce} {d[1]} {dwe} {ie} Firm", f"{d[1].split()[0]} {dwe} {ie} Store", f"{dwe} {ie} Firm (Sole Proprietor)"]
        elif c['form'] == 'llc':
            zh = [f'{dwe} {ie} LLC']
            en = [f'{dwe} {ie} LLC', f'{dwe2.upper()} {ie.upper()} LLC', f'{dwe} {ies} LLC', f'{dwe} {ie}, L.L.C.']
        else:
            zh = [f"{city['zh']}市{dwz}{iz}有限公司", f"{city['zh']}{dwz}{iz}有限公司", f"{dwz}{iz}",
                  f"{city['zh']}市{dwz}{iz}有限公司".translate(TRAD), f"{dwz}({city['zh']}){iz}有限公司",
                  f"{city['zh']}市{dwz}{iz}有限责任公司"]
            en = [f'{ce} {dwe} {ie} Co., Ltd.', f'{ce.upper()} {dwe2.upper()} {ie.upper()} CO.,LTD',
                  f'{ce} {dwe} {ies} Co Ltd', f'{ce} {dwsplit} {ie} Co., Ltd', f'{dwe} {ie}',
                  f'{ce} {dwe} {ie} Company Limited', f'{dwe} {ies} ({ce}) Co., Ltd.',
                  f'{ce[:5]}{ce[5:].capitalize()} {dwe} {ie} Co.,Ltd.' if len(ce) > 5 else f'{ce} {dwe} {ie} Co.,Ltd.']
        if src == 'KF':
            v = pick(zh) if chance(0.65) else pick(en)
            if chance(0.08):
                v = fullwidth(v, partial=True)
            if chance(0.04):
                v = v + '（营业执照上的名字）'
            return v
        if src == 'PLW':
            v = pick(en) if chance(0.85) else pick(zh)
            if chance(0.25):
                v = hanzi_lost(v)
            return v
        return pick(en).upper() if chance(0.6) else pick(en)
    if r == 'PL':
        b = c['base']
        forms = {'spzoo': ['Sp. z o.o.', 'sp. z o.o.', 'SP. Z O.O.', 'Sp z oo', 'spółka z ograniczoną odpowiedzialnością',
                           'Sp.z o.o.'],
                 'sj': ['Sp. j.', 'spółka jawna', 'S.J.'], 'sa': ['S.A.', 'SA', 'spółka akcyjna']}[c['form']]
        v = wpick([(f'{b} {pick(forms)}', 20), (b, 4), (f'{b} {pick(forms)} {c["city"]}', 3),
                   (f'{b.upper()} {pick(forms).upper()}', 6)])
        if src == 'USC':
            v = ascii_pl(v).upper() if chance(0.6) else mojibake(v)
        elif chance(0.1):
            v = ascii_pl(v)
        return v
    if r == 'US':
        b = c['base']
        forms = {'LLC': ['LLC', 'L.L.C.', ', LLC', 'Limited Liability Company', 'llc'],
                 'Inc': ['Inc.', 'Inc', ', Inc.', 'Incorporated', 'INC']}[c['form']]
        f = pick(forms)
        v = (b + f) if f.startswith(',') else f'{b} {f}'
        if chance(0.1):
            v = b
        return v.upper() if src == 'USC' and chance(0.5) else v
    if r == 'DE':
        b = c['base']
        forms = {'GmbH': ['GmbH', 'Gmbh', 'G.m.b.H.', 'GMBH'], 'UG': ['UG (haftungsbeschränkt)', 'UG (haftungsbeschraenkt)', 'UG'],
                 'eK': ['e.K.', 'e. K.']}[c['form']]
        v = f'{b} {pick(forms)}'
        if chance(0.3):
            v = v.replace('ü', 'ue').replace('ö', 'oe').replace('ä', 'ae')
        return v
    if r == 'UK':
        return f"{c['base']} {pick(['Ltd', 'Limited', 'LTD', 'Ltd.'])}" if chance(0.9) else c['base']
    (wz, we), (kz, ke) = c['base'], c['kind']
    if c['form'] == 'KK':
        return pick([f'株式会社{wz}{kz}', f'(株){wz}{kz}', f'{we} {ke} Co., Ltd.', f'{we.upper()} {ke.upper()} K.K.',
                     f'{we} {ke} Kabushiki Kaisha'])
    return pick([f'合同会社{wz}{kz}', f'{we} {ke} G.K.', f'{we} {ke} LLC', f'(同){wz}{kz}'])


# ----------------------------------------------------------------------------
# Phones
def gen_phone(reg, kind='mobile'):
    def mk():
        if reg == 'CN':
            if kind == 'land':
                area = pick(['755', '20', '769', '579', '571', '592', '757'])
                sub = digits(8 if len(area) <= 3 and area in ('755', '20', '769', '571', '757') else 7, True)
                sub = R.choice('2345678') + sub[1:]
                return ('86', area, sub)
            pre = pick(['138', '139', '137', '136', '135', '150', '151', '152', '158', '159', '182', '183', '187',
                        '188', '186', '185', '176', '177', '180', '181', '189', '199', '191', '173', '153'])
            return ('86', pre, digits(8))
        if reg == 'HK':
            return ('852', '', R.choice('569') + digits(7))
        if reg == 'PL':
            if kind == 'land':
                return ('48', pick(['22', '12', '42', '71', '61', '58']), R.choice('2345678') + digits(6))
            return ('48', '', R.choice('5678') + digits(8))
        if reg == 'US':
            area = pick(['510', '949', '909', '512', '713', '732', '718', '407', '206', '614', '307', '302', '626', '929'])
            return ('1', area, R.choice('23456789') + digits(2) + digits(4))
        if reg == 'DE':
            if kind == 'land':
                return ('49', pick(['30', '40', '89', '221', '69', '341']), R.choice('2345678') + digits(R.choice([6, 7])))
            return ('49', pick(['151', '160', '170', '176', '157']), digits(R.choice([7, 8]), True))
        if reg == 'UK':
            if kind == 'land':
                return ('44', '20', '7946' + '0' + digits(3))
            return ('44', '7700', '900' + digits(3))
        if reg == 'JP':
            return ('81', pick(['90', '80', '70']), digits(8, True))
    cc, area, sub = uniq(mk, 'phone')
    return dict(k='phone', reg=reg, cc=cc, area=area, sub=sub, land=(kind == 'land'))


def phone_key(p):
    return '+' + p['cc'] + p['area'] + p['sub']


def render_phone(p, src, note_ok=True):
    cc, a, s, reg = p['cc'], p['area'], p['sub'], p['reg']
    if reg == 'CN' and not p['land']:
        n = a + s
        opts = [n, f'{a} {s[:4]} {s[4:]}', f'{a}-{s[:4]}-{s[4:]}', f'+86 {a} {s[:4]} {s[4:]}', f'+86{n}', f'0086 {n}',
                f'86-{n}', f'+86-{n}', f'(+86){n}', f'+86 {n}']
        v = pick(opts)
    elif reg == 'CN':
        v = pick([f'0{a}-{s}', f'0{a}-{s[:4]} {s[4:]}', f'+86 {a} {s}', f'(0{a}){s}', f'0{a} {s}', f'+86-{a}-{s}',
                  f'0{a}{s}'])
        if chance(0.15):
            v += pick(['转8012', '-801', ' ext.12', '转0'])
    elif reg == 'HK':
        v = pick([f'+852 {s[:4]} {s[4:]}', f'{s[:4]} {s[4:]}', f'852-{s}', f'(852) {s}', s])
    elif reg == 'PL':
        if a:
            v = pick([f'{a} {s[:3]} {s[3:5]} {s[5:]}', f'+48 {a} {s}', f'({a}) {s[:3]}-{s[3:5]}-{s[5:]}', f'0{a} {s}'])
        else:
            v = pick([f'+48 {s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]} {s[3:6]} {s[6:]}', f'{s[:3]}-{s[3:6]}-{s[6:]}', s,
                      f'0048{s}', f'+48{s}', f'tel. {s}', f'kom. {s[:3]} {s[3:6]} {s[6:]}'])
    elif reg == 'US':
        v = pick([f'({a}) {s[:3]}-{s[3:]}', f'{a}-{s[:3]}-{s[3:]}', f'+1 {a} {s[:3]} {s[3:]}', f'1-{a}-{s[:3]}-{s[3:]}',
                  a + s, f'{a}.{s[:3]}.{s[3:]}', f'+1{a}{s}', f'({a}){s[:3]}-{s[3:]} x{R.randint(10, 99)}'])
    elif reg == 'DE':
        v = pick([f'0{a} {s}', f'+49 {a} {s}', f'+49 (0){a} {s}', f'0049 {a} {s}', f'0{a}/{s}', f'+49{a}{s}',
                  f'0{a}-{s}'])
    elif reg == 'UK':
        if p['land']:
            v = pick([f'020 {s[:4]} {s[4:]}', f'+44 20 {s[:4]} {s[4:]}', f'(020) {s}', f'+44 (0)20 {s[:4]} {s[4:]}'])
        else:
            v = pick([f'07700 {s}', f'+44 7700 {s}', f'+447700{s}', f'07700{s}', f'+44 (0)7700 {s}'])
    else:  # JP
        v = pick([f'0{a}-{s[:4]}-{s[4:]}', f'+81 {a}-{s[:4]}-{s[4:]}', f'+81 {a} {s[:4]} {s[4:]}', f'0{a}{s}',
                  f'+81-{a}-{s}'])
    if src == 'KF':
        if chance(0.15):
            v = fullwidth(v, partial=chance(0.4))
        if note_ok and chance(0.14):
            v = pick([f'{v}（微信同号）', f'{v} 微信同号', f'手机：{v}', f'电话/微信: {v}', f'{v} 老板手机', f'{v}(工作时间打)',
                      f'{v} 有事发微信', f'Tel:{v}'])
    elif src == 'USC' and chance(0.1):
        v = v + pick([' (mobile)', ' (cell)', ' (WeChat)'])
    elif src == 'PLW' and chance(0.08):
        v = pick(['tel. ', 'tel: ', 'kom. ']) + v
    return v


# ----------------------------------------------------------------------------
# E-mails & logins
MAIL_CN = [('qq.com', 20), ('163.com', 15), ('126.com', 6), ('gmail.com', 14), ('outlook.com', 10), ('hotmail.com', 8),
           ('foxmail.com', 5), ('sina.com', 3), ('yeah.net', 2), ('icloud.com', 4)]
MAIL_PL = [('wp.pl', 10), ('o2.pl', 8), ('onet.pl', 8), ('interia.pl', 6), ('gmail.com', 20), ('outlook.com', 5)]
MAIL_US = [('gmail.com', 30), ('yahoo.com', 10), ('outlook.com', 10), ('hotmail.com', 6), ('icloud.com', 6),
           ('aol.com', 2)]


def slug(s):
    return ascii_pl(strip_accents(s)).lower().replace(' ', '').replace("'", '').replace('-', '')


def gen_email(op, domain=None, local=None):
    reg = op['reg']
    pers = op['person']

    def mk():
        d = domain
        if reg == 'CN':
            d = d or wpick(MAIL_CN)
            if d in ('qq.com', 'foxmail.com') and chance(0.6):
                loc = local or (R.choice('123456789') + digits(R.choice([7, 8, 9])))
            else:
                base = pers['sur'][1].lower() + ''.join(q for _, q in pers['given'])
                if pers.get('en') and chance(0.4):
                    base = pers['en'].lower() + pick(['', '.', '_']) + pers['sur'][1].lower()
                loc = local or (base + pick(['', '', '.', '_']) + pick([digits(2), digits(4), str(R.randint(1975, 2003)),
                                                                            '', 'shop', 'amz', '888', '666']))
            return (loc.strip('._'), d)
        if reg in ('PL', 'US', 'DE', 'UK'):
            d = d or wpick(MAIL_PL if reg == 'PL' else MAIL_US)
            f, l = slug(pers['first']), slug(pers['last'])
            loc = local or pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}{l}{digits(2)}', f'{l}.{f}', f'{f}_{l}{digits(1)}',
                                 f'{f}{digits(3)}', f'{l}{f[0]}{R.randint(70, 99)}'])
            return (loc, d)
        d = d or pick(['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp', 'outlook.jp'])
        loc = local or f"{pers['given'][1].lower()}.{pers['sur'][1].lower()}{digits(2)}"
        return (loc, d)
    loc, d = uniq(lambda: tuple(x.lower() for x in mk()), 'email')
    return dict(k='email', local=loc, dom=d)


def gen_company_email(op):
    c = op['companies'][0]
    if c['reg'] == 'CN':
        base = ''.join(p for _, p in c['dw'])
        dom = uniq(lambda: base + pick(['-tech', 'tech', '', 'global', 'trade', 'hk']) + pick(['.com', '.cn', '.com.cn', '.net', '.shop']), 'dom')
    elif c['reg'] == 'JP':
        dom = uniq(lambda: c['base'][1].lower() + '-' + c['kind'][1].lower() + pick(['', '-' + digits(2), '-shop', '-jp']) + pick(['.co.jp', '.jp', '.com']), 'dom')
    else:
        base = slug(c['base'])
        dom = uniq(lambda: base + pick(['', '-shop', 'online']) + pick(['.com', '.pl', '.de', '.co.uk', '.eu', '.net']), 'dom')
    loc = pick(['sales', 'info', 'service', 'amazon', 'admin', 'support', 'biuro' if c['reg'] == 'PL' else 'office',
                'finance', 'kefu', 'shop'])
    _used.add(('email', (loc, dom)))
    return dict(k='email', local=loc, dom=dom)


def email_key(e):
    loc, d = e['local'], e['dom']
    return f'{loc}@{d}'


def render_email(e, src, note_ok=True):
    loc, d = e['local'], e['dom']
    if d == 'gmail.com' and chance(0.3):
        if '.' in loc and chance(0.5):
            loc = loc.replace('.', '')
        elif len(loc) > 4:
            i = R.randrange(1, len(loc) - 1)
            loc = loc[:i] + '.' + loc[i:]
        if chance(0.2):
            loc = loc + '+' + pick(['amz', 'us', 'seller', 'eu', 'shop1'])
        if chance(0.15):
            d = 'googlemail.com'
    r = R.random()
    if r < 0.15:
        loc = loc.upper() if chance(0.3) else cap(loc)
    elif r < 0.22:
        d = d.upper()
    elif r < 0.28:
        loc, d = loc.upper(), d.upper()
    v = f'{loc}@{d}'
    if src == 'KF':
        if chance(0.07):
            v = v.replace('@', '＠')
        if chance(0.06):
            v = fullwidth(v, partial=True)
        if note_ok and chance(0.1):
            v = pick([f'邮箱：{v}', f'{v} （常用）', f'{v}，', f' {v}', f'{v}（QQ邮箱）' if 'qq' in d.lower() else f'{v} 备用'])
    elif src == 'USC' and chance(0.05):
        v = v.lower() + ' '
    elif src == 'PLW' and chance(0.05):
        v = f'mailto:{v}'
    if chance(0.03):
        v = f'"{loc}" <{v}>' if '@' in v else v
    return v


def render_username(u, src):
    v = u['u']
    r = R.random()
    if r < 0.2:
        v = v.upper()
    elif r < 0.3:
        v = cap(v)
    elif r < 0.35:
        v = ' ' + v
    if src == 'KF' and chance(0.06):
        v = '账号：' + v
    return v


# ----------------------------------------------------------------------------
# Addresses
def gen_cn_address(city=None, residential=None, bld=None, office=True):
    city = city or wpick([(c, c['w']) for c in CN_CITIES])
    d = pick(city['dist'])
    residential = (not office) if residential is None else residential
    if bld is None:
        btype = pick(BLD_TYPES[6:]) if residential else pick(BLD_TYPES[:6])
        bld = dict(city=city, dist=d, sub=pick(SUBDIST[d[0]]), road=new_word2(), rsuf=pick(ROAD_SUF),
                   no=str(R.randint(1, 399)), bname=new_word2(), btype=btype, block=pick(['A', 'B', 'C', 'D', '1', '2', '3', '5', '']))

    def mk():
        fl = R.randint(2, 32)
        room = f'{fl}{R.randint(1, 20):02d}'
        unit = str(R.randint(1, 4)) if bld['btype'][0] in ('花园', '公寓') and chance(0.6) else ''
        return (room, unit)
    room, unit = uniq(lambda: (id(bld),) + mk(), 'cnroom')[1:]
    return dict(k='addr', reg='CN', b=bld, room=room, unit=unit, ws='', post=city['post'] + digits(3))


def addr_key(a):
    r = a['reg']
    if r == 'CN':
        b = a['b']
        return '|'.join(['CN', b['city']['zh'], b['dist'][0], ''.join(h for h, _ in b['road']) + b['rsuf'][0], b['no'],
                         ''.join(h for h, _ in b['bname']) + b['btype'][0], b['block'], a['unit'], a['room'], a['ws']])
    if r == 'HK':
        b = a['b']
        return '|'.join(['HK', b['dist'][0], b['road'][0][0] + b['road'][1][0], b['no'], b['name'][0] + b['type'][0], a['room']])
    if r == 'PL':
        return f"PL|{a['city']}|{a['street']}|{a['no']}|{a['flat']}"
    if r == 'US':
        return f"US|{a['city'][0]}|{a['no']} {a['street']} {a['suf'][0]}|{a['unit']}"
    if r == 'DE':
        return f"DE|{a['city']}|{a['street']}|{a['no']}"
    if r == 'UK':
        return f"UK|{a['city']}|{a['flat']}|{a['no']} {a['street']} {a['suf'][0]}"
    return f"JP|{a['place'][1]}{a['place'][2]}|{a['ch']}-{a['ban']}-{a['go']}|{a['room']}"


def render_cn_address(a, src, missing=False):
    b = a['b']
    city = b['city']
    pz, pe = city['prov']
    dz, de = b['dist']
    subz = ''.join(h for h, _ in b['sub'])
    sube = cap(''.join(p for _, p in b['sub']))
    roadz = ''.join(h for h, _ in b['road']) + b['rsuf'][0]
    roadpy = cap(''.join(p for _, p in b['road']))
    roade = roadpy + ' ' + pick([b['rsuf'][1], b['rsuf'][2]])
    bz = ''.join(h for h, _ in b['bname']) + b['btype'][0]
    bpy = cap(''.join(p for _, p in b['bname']))
    be = bpy + ' ' + pick([b['btype'][1], b['btype'][2]])
    blk, room, unit, ws, no = b['block'], a['room'], a['unit'], a['ws'], b['no']
    fl = room[:-2]
    cityen = city['en']
    if missing:  # typo/missing part
        m = R.random()
        if m < 0.45:
            room = ''
            ws = ''
        elif m < 0.65:
            blk = ''
        elif m < 0.85:
            cityen = pick(CITY_MISSPELL.get(cityen, [cityen]))
        else:
            no = ''
    hasrm = bool(room)
    dist_is_sub = dz.endswith('街道') or dz.endswith('镇')
    style = None
    if src == 'KF':
        style = wpick([('zh_full', 30), ('zh_short', 22), ('zh_spaced', 8), ('en_up', 14), ('pinyin', 6), ('en_compact', 6)])
    elif src == 'PLW':
        style = wpick([('en_up', 45), ('en_compact', 25), ('pinyin', 8), ('zh_full', 6), ('upper_down', 6)])
    else:
        style = wpick([('upper_down', 40), ('en_up', 30), ('en_compact', 30)])
    blkz = (blk + pick(['座', '栋', '栋'])) if blk else ''
    if style in ('zh_full', 'zh_short', 'zh_spaced'):
        rz = ''
        if unit:
            rz += f'{unit}单元'
        if hasrm:
            rz += (f'{fl}楼' if chance(0.2) else '') + room + pick(['室', '', '号', '房'])
        if ws:
            rz += ws
        if style == 'zh_full':
            v = f"{pz}省{city['zh']}市{dz}{'' if dist_is_sub else subz + '街道'}{roadz}{no}号{bz}{blkz}{rz}"
        elif style == 'zh_short':
            v = f"{city['zh']}{pick(['市', ''])}{dz}{roadz}{no}号{bz}{blkz}{rz}"
        else:
            v = f"{pz} {city['zh']} {dz} {roadz}{no}号 {bz}{blkz} {rz}".strip()
        if not no:
            v = v.replace('号', '', 1)
        if src == 'KF' and chance(0.25):
            v = fullwidth(v, partial=False) if chance(0.3) else ''.join(FW.get(c, c) if c.isdigit() else c for c in v)
        if chance(0.06):
            v += pick(['（快递放前台）', ' 送货前电话联系', '，到了打电话', ' 周末不收货'])
        if src == 'PLW' and chance(0.5):
            v = hanzi_lost(v)
        return v
    des = de if not chance(0.3) else de.replace(' District', ' Dist.').replace("'", '')
    if style == 'en_up':
        parts = []
        if hasrm:
            parts.append(pick(['Room ', 'Rm ', 'Rm.', 'Unit ', 'Flat ']) + room)
        if ws:
            parts.append('Workstation ' + ws.replace('工位', '').replace('区', ''))
        if unit:
            parts.append(f'Unit {unit}')
        if blk:
            parts.append(pick(['Block ', 'Tower ', 'Building ', 'Blk ']) + blk)
        parts.append(be)
        parts.append((pick(['No. ', 'No.', '']) + no + ' ' + roade) if no else roade)
        if not dist_is_sub and chance(0.5):
            parts.append(sube + ' Subdistrict')
        parts.append(des)
        parts.append(cityen + pick(['', ' City']))
        if chance(0.6):
            parts.append(pe + pick(['', ' Province']))
        if chance(0.6):
            parts.append(a['post'])
        parts.append(pick(['China', 'P.R. China', 'CN', 'PRC', 'China']))
        v = ', '.join(parts)
    elif style == 'en_compact':
        r = (f'Rm{room} ' if hasrm else '') + (f'Blk {blk} ' if blk else '')
        v = f"{r}{bpy} {b['btype'][2]}, {no} {roadpy} {b['rsuf'][2]}, {de.split()[0]}, {cityen} {a['post'] if chance(0.5) else ''}".strip().strip(',')
    elif style == 'pinyin':
        r = (f'{room} shi, ' if hasrm else '')
        v = f"{r}{bpy} {b['btype'][3]} {blk + ' zuo' if blk else ''}, {roadpy} {b['rsuf'][3]} {no} hao, {de.split()[0]} Qu, {cityen} Shi, {pe} Sheng"
        v = ' '.join(v.split())
    else:  # upper_down (US export, province first)
        v = f"CHINA {pe.upper()} {cityen.upper()} {des.upper()} {no} {roade.upper()} {be.upper()} {(blk + '-' if blk else '')}{room}"
        v = ' '.join(v.replace("'", '').split())
    return v


def gen_hk_address(bld=None):
    if bld is None:
        bld = dict(dist=pick(HK_DIST), road=(pick(HK_WORDS), pick(HK_ROAD)), no=str(R.randint(1, 200)),
                   name=pick(HK_WORDS), type=pick(HK_BLD))
    room = uniq(lambda: (id(bld), f'{R.randint(2, 28)}{R.randint(1, 20):02d}'), 'hkroom')[1]
    return dict(k='addr', reg='HK', b=bld, room=room)


def render_hk_address(a, src, missing=False):
    b = a['b']
    (rz, re_), (rtz, rte, rts) = b['road'][0], b['road'][1]
    (nz, ne), (tz, te, ts) = b['name'], b['type']
    dz, de, dab = b['dist']
    room = a['room']
    fl = room[:-2]
    if missing:
        room = ''
    if src == 'KF' and chance(0.35):
        return f"香港{dz}{rz}{rtz}{b['no']}號{nz}{tz}" + (f'{fl}樓{room}室' if room else '')
    v = wpick([(f"{'Room ' + room + ', ' if room else ''}{fl}/F, {ne} {te}, {b['no']} {re_} {rte}, {de}, Hong Kong", 10),
               (f"{'Flat ' + room[-2:].lstrip('0') + ', ' if room else ''}{fl}/F., {ne} {ts}, No.{b['no']} {re_} {rts}, {de.split(',')[0]}, {dab}, HK", 6),
               (f"{'Unit ' + room + ' ' if room else ''}{fl}th Floor {ne} {te} {b['no']} {re_} {rte} {de.split(',')[0]} Hong Kong", 5)])
    return v.upper() if src == 'USC' and chance(0.6) else v


def gen_pl_address(city=None, street=None, no=None):
    def mk():
        c = city or pick(PL_CITIES)
        return (c[0], street or pick(PL_STREETS), no or str(R.randint(1, 180)) + pick(['', '', '', 'A', 'B']),
                str(R.randint(1, 60)) if chance(0.7) else '')
    cname, st, n, flat = uniq(mk, 'pladdr')
    pref = dict(PL_CITIES)[cname]
    return dict(k='addr', reg='PL', city=cname, street=st, no=n, flat=flat, post=f'{pick(pref)}-{digits(3)}')


def render_pl_address(a, src, missing=False):
    st, no, flat, post, city = a['street'], a['no'], a['flat'], a['post'], a['city']
    if missing:
        m = R.random()
        if m < 0.5 and flat:
            flat = ''
        elif m < 0.75:
            post = ''
        else:
            city = pick(CITY_MISSPELL.get(city, [city]))
    nf = f'{no}/{flat}' if flat else no
    v = wpick([(f'ul. {st} {nf}, {post} {city}', 25), (f'{st} {no}{" m. " + flat if flat else ""}, {post} {city}, Polska', 8),
               (f'UL. {st.upper()} {no}{" LOK. " + flat if flat else ""}, {post.replace("-", "")} {city.upper()}, POLAND', 6),
               (f'{post} {city}, ul. {st} {nf}', 10), (f'{st} {nf} {city}', 6),
               (f'ul. {st} {nf}\n{post} {city}', 2), (f'ul.{st} {no}{" lok." + flat if flat else ""} {post} {city}', 5)])
    if src == 'USC':
        v = ascii_pl(v).upper() if chance(0.6) else mojibake(v)
    elif chance(0.15):
        v = ascii_pl(v)
    return ' '.join(v.split(' ')).strip()


def gen_us_address(street=None, city=None, no=None, unit_prefix=None, suf=None):
    def mk():
        c = city or pick(US_CITIES)
        return (str(no or R.randint(100, 9999)), street or pick(US_STREETS), pick(US_SUF) if not street else street_suf[0],
                c, (unit_prefix or '') + (pick(['4B', '12', '210', '3C', '1107', '58', '2A', '305']) if chance(0.55) or unit_prefix else ''))
    street_suf = [suf or pick(US_SUF)]
    n, st, suf, c, unit = uniq(mk, 'usaddr')
    return dict(k='addr', reg='US', no=n, street=st, suf=suf, city=c, unit=unit, zip=c[3] + digits(2), zip4=digits(4),
                utype=pick(['Apt', 'Unit', 'Ste', '#']))


def render_us_address(a, src, missing=False):
    n, st, (sf, ss), (city, stc, stn, _), unit, z = a['no'], a['street'], a['suf'], a['city'], a['unit'], a['zip']
    ut = a['utype']
    if missing:
        m = R.random()
        if m < 0.5:
            unit = ''
        elif m < 0.75:
            z = ''
        else:
            city = pick(CITY_MISSPELL.get(city, [city]))
    u = ''
    if unit:
        u = pick([f' {ut} {unit}', f' #{unit}', f' {pick(["Apt", "Unit", "Suite", "Ste"])} {unit}', f' {ut}. {unit}'])
    v = wpick([(f'{n} {st} {ss}{u}, {city}, {stc} {z}', 25),
               (f'{n} {st} {sf}{u} {city} {stc} {z}-{a["zip4"]}'.upper() if z else f'{n} {st} {sf}{u} {city} {stc}'.upper(), 12),
               (f'{u.strip() + ", " if u else ""}{n} {st} {ss}., {city}, {stn} {z}, United States', 6),
               (f'{n} {st} {ss}{u}, {city}, {stc}, {z}, US', 8), (f'{n} {st} {sf}{u}\n{city}, {stc} {z}', 2),
               (f'美国 {stn} {city} {n} {st} {ss}{u} 邮编{z}', 2 if src == 'KF' else 0)])
    return v.upper() if src == 'USC' and chance(0.5) else v


def gen_de_address():
    def mk():
        return (pick(DE_CITIES), pick(DE_STREETS) + pick(DE_SUF), str(R.randint(1, 140)) + pick(['', '', 'a', 'b']))
    c, st, no = uniq(mk, 'deaddr')
    plz = (c[1] + digits(5 - len(c[1])))
    return dict(k='addr', reg='DE', city=c[0], street=st, no=no, plz=plz)


def render_de_address(a, src, missing=False):
    st, no, plz, city = a['street'], a['no'], a['plz'], a['city']
    if missing:
        plz = '' if chance(0.5) else plz[:4]
    sv = pick([st, st.replace('straße', 'str.'), st.replace('straße', 'strasse'), st.replace('ü', 'ue')])
    v = pick([f'{sv} {no}, {plz} {city}', f'{sv} {no}, D-{plz} {city}', f'{plz} {city}, {sv} {no}',
              f'{sv.upper()} {no} {plz} {city.upper()} GERMANY', f'{sv} {no}, {plz} {city}, Deutschland'])
    return strip_accents(v).replace('ß', 'ss') if src == 'USC' else v


def gen_uk_address():
    def mk():
        c = pick(UK_CITIES)
        return (c[0], str(R.randint(1, 220)), pick(UK_STREETS), pick(UK_SUF), str(R.randint(1, 12)) if chance(0.5) else '')
    city, no, st, suf, flat = uniq(mk, 'ukaddr')
    pc = pick(dict(UK_CITIES)[city]) + ' ' + str(R.randint(1, 9)) + R.choice('ABDEFGHJLNPQRSTUWXYZ') + R.choice('ABDEFGHJLNPQRSTUWXYZ')
    return dict(k='addr', reg='UK', city=city, no=no, street=st, suf=suf, flat=flat, pc=pc)


def render_uk_address(a, src, missing=False):
    f = a['flat'] if not missing else ''
    st = f"{a['street']} {pick(a['suf'])}"
    pc = a['pc'] if not (missing and chance(0.5)) else a['pc'].split()[0]
    return pick([f"{'Flat ' + f + ', ' if f else ''}{a['no']} {st}, {a['city']}, {pc}",
                 f"{a['no']} {st}{' Flat ' + f if f else ''} {a['city'].upper()} {pc.replace(' ', '')}",
                 f"{'Flat ' + f + ' ' if f else ''}{a['no']} {st}, {a['city']} {pc}, United Kingdom"])


def gen_jp_address():
    def mk():
        return (pick(JP_PLACES), R.randint(1, 6), R.randint(1, 30), R.randint(1, 20), pick(JP_BLD), f'{R.randint(1, 9)}0{R.randint(1, 9)}')
    pl, ch, ban, go, bld, room = uniq(mk, 'jpaddr')
    return dict(k='addr', reg='JP', place=pl, ch=ch, ban=ban, go=go, bld=bld, room=room, post=pl[6] + '-' + digits(4))


def render_jp_address(a, src, missing=False):
    pz, cz, tz, pe, ce, te, _ = a['place']
    room = a['room'] if not missing else ''
    if src == 'KF' or chance(0.3):
        return pick([f"〒{a['post']} {pz}{cz}{tz}{a['ch']}-{a['ban']}-{a['go']} {a['bld'][0]}{room}{'号室' if room else ''}",
                     f"{pz}{cz}{tz}{a['ch']}丁目{a['ban']}番{a['go']}号 {a['bld'][0]}{room}",
                     fullwidth(f"{pz}{cz}{tz}{a['ch']}-{a['ban']}-{a['go']}") + f" {a['bld'][0]} {room}"])
    return pick([f"{a['bld'][1]} {room}, {a['ch']}-{a['ban']}-{a['go']} {te}, {ce}, {pe} {a['post']}, Japan",
                 f"{room} {a['bld'][1].upper()} {a['ch']}-{a['ban']}-{a['go']} {te.upper()} {ce.upper()} {pe.upper()} {a['post']}"])


def render_address(a, src, missing=False):
    return {'CN': render_cn_address, 'HK': render_hk_address, 'PL': render_pl_address, 'US': render_us_address,
            'DE': render_de_address, 'UK': render_uk_address, 'JP': render_jp_address}[a['reg']](a, src, missing)


# ----------------------------------------------------------------------------
# Banks & PSPs (all invented)
def aba_checksum_ok(r):
    d = [int(c) for c in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


def gen_rtn():
    while True:
        r = R.choice('0123') + R.choice('0123456789') + digits(7)
        if aba_checksum_ok(r):
            return r


def iban_check(cc, bban):
    s = bban + cc + '00'
    num = ''.join(str(int(c, 36)) for c in s)
    return f'{98 - int(num) % 97:02d}'


def make_iban(cc, bban):
    return cc + iban_check(cc, bban) + bban


PSPS = []
for name, zh, bank in [('PayNova', '派诺瓦', 'Lakeshore Federal Savings Bank'), ('LianTong Pay', '连通支付', 'Evergreen Community Bank'),
                       ('KuaBao', '跨宝', 'First Prairie Trust'), ('WorldBridge FX', '环桥', 'Harborline Bank N.A.'),
                       ('Yunhui Pay', '云汇', 'Bluewater Savings Bank')]:
    PSPS.append(dict(name=name, zh=zh, bank=bank, rtn=gen_rtn(), pre=R.choice('6789') + digits(3),
                     alen=R.choice([10, 11, 12]), sort=f'{digits(2)}-{digits(2)}-{digits(2)}', ukpre=R.choice('123456789') + digits(1),
                     euc=pick(['LU', 'DE', 'BE', 'LT']), eubank=digits(3) if True else '', eupre=digits(4), bic=''.join(R.choice('ABCDEFGHKLMNPRSTUVWXYZ') for _ in range(4))))
CN_BANKS = [('深南商业银行', '深南', 'Shennan Commercial Bank', '62' + digits(4)), ('粤海银行', '粤海', 'Yuehai Bank', '62' + digits(4)),
            ('南方农商银行', '南方农商', 'Nanfang Rural Commercial Bank', '62' + digits(4)),
            ('珠江城市银行', '珠江', 'Zhujiang City Bank', '62' + digits(4)), ('浙商联合银行', '浙联', 'Zheshang United Bank', '62' + digits(4)),
            ('闽海银行', '闽海', 'Minhai Bank', '62' + digits(4))]
PL_BANKS = [(digits(3), 'Bank Wisła S.A.', 'WISLPLPW'), (digits(3), 'Mazowiecki Bank Spółdzielczy', 'MAZOPLP1'),
            (digits(3), 'Bank Bałtycki', 'BALTPLPG'), (digits(3), 'Polski Bank Handlowy', 'PBHAPLPW')]
US_BANKS = [('Great Plains National Bank', gen_rtn()), ('Pacific Crest Bank', gen_rtn()), ('Hudson Valley Savings', gen_rtn())]
DE_BANKS = [('Nordwest Sparkasse', digits(8)), ('Volksbank Mittelrhein-Süd', digits(8))]
UK_BANKS = [('Albion Bank', 'ALBN', f'{digits(2)}-{digits(2)}-{digits(2)}'), ('Thames Mutual', 'THMU', f'{digits(2)}-{digits(2)}-{digits(2)}')]
JP_BANKS = [('湊信託銀行', 'Minato Trust Bank'), ('東和みらい銀行', 'Towa Mirai Bank')]


def gen_bank(op, t=None, psp=None, near=None):
    reg = op['reg']
    if t is None:
        if reg == 'CN':
            t = wpick([('cncard', 3), ('psp_us', 4), ('psp_eu', 2), ('psp_uk', 1), ('hk', 0.6 if op.get('hk') else 0)])
        elif reg == 'PL':
            t = wpick([('pl', 8), ('psp_eu', 1)])
        elif reg == 'US':
            t = 'us'
        elif reg == 'DE':
            t = 'de'
        elif reg == 'UK':
            t = 'uk'
        else:
            t = 'jp'
    if t == 'cncard':
        bk = pick(CN_BANKS)
        no = uniq(lambda: bk[3] + digits(13), 'cncard')
        br = pick(['龙华支行', '宝安支行', '天河支行', '福田支行', '义乌分行', '营业部', '南山科技园支行', '虎门支行'])
        return dict(k='bank', t=t, bank=bk, no=no, br=br)
    if t.startswith('psp'):
        psp = psp or pick(PSPS)
        if t == 'psp_us':
            def mk():
                if near:
                    base = near['acct']
                    return base[:-3] + f'{(int(base[-3:]) + R.randint(1, 40)) % 1000:03d}'
                return psp['pre'] + digits(psp['alen'] - len(psp['pre']))
            acct = uniq(mk, 'acct')
            return dict(k='bank', t=t, psp=psp, rtn=psp['rtn'], acct=acct)
        if t == 'psp_uk':
            acct = uniq(lambda: psp['ukpre'] + digits(6), 'ukacct' + psp['name'])
            return dict(k='bank', t=t, psp=psp, sort=psp['sort'], acct=acct)
        cc = psp['euc']
        if cc == 'LU':
            bban = psp['eubank'] + psp['eupre'] + digits(9)
        elif cc == 'DE':
            bban = psp['eubank'] + '00000' + psp['eupre'] + digits(6)
        elif cc == 'BE':
            bban = psp['eubank'] + psp['eupre'][:3] + digits(6)
        else:
            bban = psp['eubank'][:2] + '000' + psp['eupre'] + digits(7)
        iban = uniq(lambda: make_iban(cc, bban[:-4] + digits(4)), 'iban')
        return dict(k='bank', t='iban', psp=psp, iban=iban, bic=psp['bic'] + cc + '22')
    if t == 'pl':
        code, name, bic = pick(PL_BANKS)
        bban = code + digits(5) + digits(16)
        iban = uniq(lambda: make_iban('PL', code + digits(5) + digits(16)), 'iban')
        return dict(k='bank', t='iban', psp=None, iban=iban, bic=bic, bname=name)
    if t == 'de':
        name, blz = pick(DE_BANKS)
        iban = uniq(lambda: make_iban('DE', blz + digits(10)), 'iban')
        return dict(k='bank', t='iban', psp=None, iban=iban, bic='', bname=name)
    if t == 'us':
        name, rtn = pick(US_BANKS)
        acct = uniq(lambda: digits(R.choice([9, 10, 12]), True), 'acct')
        return dict(k='bank', t='us', psp=None, bname=name, rtn=rtn, acct=acct)
    if t == 'uk':
        name, code, sort = pick(UK_BANKS)
        acct = uniq(lambda: digits(8), 'ukacct')
        return dict(k='bank', t='uk', name=name, code=code, sort=sort, acct=acct)
    if t == 'hk':
        acct = uniq(lambda: digits(3) + '-' + digits(6) + '-' + digits(3), 'hkacct')
        return dict(k='bank', t='hk', acct=acct)
    bk = pick(JP_BANKS)
    acct = uniq(lambda: digits(7), 'jpacct')
    return dict(k='bank', t='jp', bank=bk, br=(pick(['渋谷支店', '新宿支店', '梅田支店']), digits(3)), acct=acct)


def bank_key(b):
    t = b['t']
    if t == 'cncard':
        return 'cncard|' + b['no']
    if t in ('psp_us', 'us'):
        return f"ach|{b['rtn']}|{b['acct']}"
    if t == 'psp_uk':
        return f"uk|{b['sort']}|{b['acct']}"
    if t == 'uk':
        return f"uk|{b['sort']}|{b['acct']}"
    if t == 'iban':
        return 'iban|' + b['iban']
    if t == 'hk':
        return 'hk|' + b['acct']
    return f"jp|{b['bank'][1]}|{b['br'][1]}|{b['acct']}"


def group4(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def render_bank(b, src, missing=False):
    t = b['t']
    if t == 'cncard':
        no = b['no']
        if missing:
            no = no[:6] + '*' * (len(no) - 10) + no[-4:]
        full, short, en, _ = b['bank']
        sp = group4(no)
        if src == 'KF':
            v = wpick([(sp, 10), (no, 8), (f'{full} {no}', 8), (f'{short} {sp} {b["br"]}', 5), (f'卡号：{no}', 4),
                       (f'{full}{b["br"]} 卡号{no}', 4), (f'{short}银行卡 {no}', 3), (f'{en} {no}', 2)])
            if chance(0.15):
                v = fullwidth(v, partial=True)
            return v
        return pick([f'{en} {no}', f'{en} {sp}', no, f'CARD {no} {en.upper()}'])
    if t in ('psp_us', 'us'):
        rtn, acct = b['rtn'], b['acct']
        nm = b['psp']['name'] if b.get('psp') else b['bname']
        bn = b['psp']['bank'] if b.get('psp') else b['bname']
        if missing:
            m = R.random()
            if m < 0.5:
                return pick([f'ACCT {acct}', f'Account: {acct}', f'{nm} {acct}', f'acct ****{acct[-4:]} rtn {rtn}'])
            acct = acct[:-1]
        opts = [(f'RTN {rtn} ACCT {acct}', 10), (f'Routing: {rtn} / Account: {acct} (Checking)', 8), (f'{nm} {rtn}-{acct}', 8),
                (f'ABA {rtn} acct# {acct}', 6), (f'{bn} | routing {rtn} | acct {acct}', 6),
                (f'ACH routing number {rtn}, account number {acct}', 5), (f'{rtn} {acct}', 4), (f'{bn}, {rtn}, {acct}', 3)]
        if src == 'KF' and b.get('psp'):
            opts += [(f"收款账户 {b['psp']['zh']} 美元 账号{acct} 路由{rtn}", 6), (f"{b['psp']['zh']}美国站收款 {acct}/{rtn}", 4)]
        return wpick(opts)
    if t in ('psp_uk', 'uk'):
        s, acct = b['sort'], b['acct']
        bank = b['code'] if t == 'uk' else b['psp']['bic']
        if missing:
            return pick([f'acc {acct}', f'sort code {s}'])
        iban = make_iban('GB', bank + s.replace('-', '') + acct)
        nm = b['psp']['name'] if t == 'psp_uk' else b['name']
        return wpick([(f'sort code {s} acc {acct}', 10), (f'Sort Code: {s.replace("-", "")} Account No: {acct}', 8),
                      (f'{s} / {acct}', 5), (group4(iban), 6), (iban, 5), (f'{nm} GBP {s} {acct}', 5),
                      (f'SC {s} AC {acct}', 3)])
    if t == 'iban':
        ib = b['iban']
        if missing:
            m = R.random()
            if m < 0.4:
                ib = ib[:-2]
            elif m < 0.7:
                return f'{ib[:4]} **** **** {ib[-4:]}'
            else:
                ib = ib[:4] + ib[5:]
        opts = [(group4(ib), 12), (ib, 10), (f'IBAN: {group4(ib)}', 6), (ib.lower(), 2), (f'IBAN {ib} BIC {b["bic"]}' if b['bic'] else ib, 5)]
        if ib.startswith('PL'):
            opts += [(group4(ib[2:])[:2] + ' ' + group4(ib[4:]), 10), (ib[2:], 8), (f'nr konta: {group4(ib[2:])}', 4)]
        if b.get('psp'):
            opts += [(f"{b['psp']['name']} EUR IBAN {group4(ib)}", 5)]
            if src == 'KF':
                opts += [(f"{b['psp']['zh']}欧元账户 {ib}", 5)]
        return wpick(opts)
    if t == 'hk':
        a = b['acct']
        return pick([a, a.replace('-', ''), f'Harbour Commerce Bank {a}', f'HCB 812-{a}', f'香港海港商業銀行 {a}'])
    bk, br, acct = b['bank'], b['br'], b['acct']
    return pick([f'{bk[0]} {br[0]} 普通 {acct}', f'{bk[1]}, Branch {br[1]}, Ordinary {acct}', f'{br[1]}-{acct}',
                 f'{bk[0]} {br[0]}({br[1]}) 普通預金 {acct}'])


# ----------------------------------------------------------------------------
# Cards
def gen_card(bin6=None, last4=None, exp=None):
    def mk():
        brand = wpick([('MC', 4), ('VISA', 4), ('UP', 2), ('AMEX', 1)])
        b = bin6 or {'MC': pick(['51', '52', '53', '54', '55']) + digits(4), 'VISA': '4' + digits(5),
                     'UP': '62' + digits(4), 'AMEX': pick(['34', '37']) + digits(4)}[brand]
        brand = {'4': 'VISA', '5': 'MC', '6': 'UP', '3': 'AMEX'}[b[0]]
        mm, yy = exp or (R.randint(1, 12), R.randint(2025, 2031))
        return (brand, b, last4 or digits(4), mm, yy)
    brand, b, l4, mm, yy = uniq(mk, 'card')
    return dict(k='card', brand=brand, bin=b, last4=l4, mm=mm, yy=yy)


def card_key(c):
    return f"{c['bin']}|{c['last4']}|{c['mm']:02d}/{c['yy']}"


BRAND = {'MC': ['MasterCard', 'Mastercard', 'MC'], 'VISA': ['Visa', 'VISA'], 'UP': ['UnionPay', '银联', 'CUP'],
         'AMEX': ['Amex', 'American Express']}


def render_card(c, src, missing=False):
    b, l4, mm, yy = c['bin'], c['last4'], c['mm'], c['yy']
    amex = c['brand'] == 'AMEX'
    e1, e2, e3 = f'{mm:02d}/{yy}', f'{mm:02d}/{yy % 100:02d}', f'{mm:02d}{yy % 100:02d}'
    mid = 'x' * (5 if amex else 6)
    if missing:
        return wpick([(f'{b[:4]} {b[4:]}** **** {l4}', 3), (f'{pick(BRAND[c["brand"]])} ending {l4}', 4), (f'****{l4}', 3),
                      (f'{b}{mid}{l4}', 2)])
    opts = [(f'{b[:4]} {b[4:]}** **** {l4} ({e1})', 10), (f'{b}{mid}{l4} exp {e2}', 10),
            (f'{pick(BRAND[c["brand"]])} ending {l4} exp {e2}', 8), (f'**** **** **** {l4} {e2}', 6),
            (f'{b}******{l4}', 5), (f'{pick(BRAND[c["brand"]])} {b}…{l4} {e3}', 4),
            (f'{b[:4]}-{b[4:]}XX-XXXX-{l4}, valid thru {e2}', 4)]
    if src == 'KF':
        opts += [(f'信用卡尾号{l4} 有效期{e2}', 8), (f'{pick(BRAND[c["brand"]])}卡 {b}******{l4} {e1}', 5)]
    return wpick(opts)


# ----------------------------------------------------------------------------
# Tax ids
USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def gen_uscc(code, typ='1'):
    def mk():
        body = '9' + typ + code + ''.join(R.choice(USCC_CHARS) for _ in range(9))
        if chance(0.7):
            body = body[:8] + 'MA5' + body[11:]
        s = sum(USCC_CHARS.index(ch) * w for ch, w in zip(body, USCC_W))
        ck = (31 - s % 31) % 31
        return body + USCC_CHARS[ck]
    return uniq(mk, 'tax')


def gen_cnid(code):
    def mk():
        body = code[:4] + digits(2) + str(R.randint(1970, 2002)) + f'{R.randint(1, 12):02d}{R.randint(1, 28):02d}' + digits(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + '10X98765432'[sum(int(a) * b for a, b in zip(body, w)) % 11]
    return uniq(mk, 'tax')


def gen_nip():
    def mk():
        while True:
            d = digits(9, True)
            s = sum(int(a) * b for a, b in zip(d, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
            if s != 10:
                return d + str(s)
    return uniq(mk, 'tax')


def gen_tax(t, op=None):
    if t == 'uscc':
        return dict(k='tax', t=t, v=gen_uscc(op['companies'][0]['city']['code']))
    if t == 'uscc_indiv':
        return dict(k='tax', t='uscc', v=gen_uscc(op['addr_city']['code'], '2'))
    if t == 'cnid':
        return dict(k='tax', t=t, v=gen_cnid(op['addr_city']['code']))
    if t == 'nip':
        return dict(k='tax', t=t, v=gen_nip())
    if t == 'plvat':
        return dict(k='tax', t='nip', v=gen_nip(), vat=True)
    if t == 'ein':
        return dict(k='tax', t=t, v=uniq(lambda: pick(['82', '83', '84', '85', '86', '87', '88', '92', '93', '99', '61', '47']) + digits(7), 'tax'))
    if t == 'devat':
        return dict(k='tax', t=t, v=uniq(lambda: pick(['1', '2', '3']) + digits(8), 'tax'))
    if t == 'ukvat':
        return dict(k='tax', t=t, v=uniq(lambda: digits(9, True), 'tax'))
    if t == 'jp':
        return dict(k='tax', t=t, v=uniq(lambda: digits(13, True), 'tax'))
    if t == 'hkbr':
        return dict(k='tax', t=t, v=uniq(lambda: digits(8, True), 'tax'))


def tax_key(x):
    return f"{x['t']}|{x['v']}"


def render_tax(x, src, missing=False):
    t, v = x['t'], x['v']
    if missing:
        m = R.random()
        if m < 0.4:
            v = v[:-1]
        elif m < 0.7 and t == 'uscc':
            v = v.replace('0', 'O', 1) if '0' in v else v.replace('1', 'I', 1)
        else:
            i = R.randrange(0, len(v) - 1)
            v = v[:i] + v[i + 1] + v[i] + v[i + 2:]
    if t == 'uscc':
        if src == 'KF':
            r = wpick([(v, 12), (f'统一社会信用代码：{v}', 5), (v.lower(), 2), (fullwidth(v, partial=True), 3),
                       (f'{v[:6]} {v[6:12]} {v[12:]}', 2), (f'信用代码{v}（营业执照）', 2), (f'税号 {v}', 3)])
            return r
        return pick([v, f'USCC {v}', f'Business Licence No. {v}', f'CN{v}', v])
    if t == 'cnid':
        if src == 'KF':
            return pick([v, f'身份证：{v}', f'{v[:6]}********{v[-4:]}', f'身份证号 {v[:6]} {v[6:14]} {v[14:]}', fullwidth(v, partial=True)])
        return pick([f'ID {v}', v, f'PRC ID {v[:6]}********{v[-4:]}'])
    if t == 'nip':
        f1 = f'{v[:3]}-{v[3:6]}-{v[6:8]}-{v[8:]}'
        f2 = f'{v[:3]}-{v[3:5]}-{v[5:7]}-{v[7:]}'
        if x.get('vat'):
            return pick([f'PL{v}', f'PL {v}', f'PL{f1}', f'VAT PL {v}', f'波兰税号 PL{v}' if src == 'KF' else f'PL{v}', f'VAT-UE: PL{v}'])
        return wpick([(v, 8), (f1, 6), (f2, 3), (f'PL{v}', 6), (f'NIP {f1}', 5), (f'NIP: {v[:3]} {v[3:6]} {v[6:8]} {v[8:]}', 4)])
    if t == 'ein':
        return pick([f'{v[:2]}-{v[2:]}', v, f'EIN {v[:2]}-{v[2:]}', f'EIN: {v}', f'Tax ID {v[:2]} {v[2:]}', f'FEIN {v[:2]}-{v[2:]}'])
    if t == 'devat':
        return pick([f'DE{v}', f'DE {v[:3]} {v[3:6]} {v[6:]}', f'USt-IdNr.: DE{v}', f'VAT DE{v}', f'德国税号DE{v}' if src == 'KF' else f'DE{v}'])
    if t == 'ukvat':
        return pick([f'GB{v}', f'GB {v[:3]} {v[3:7]} {v[7:]}', f'VAT Reg No {v[:3]} {v[3:7]} {v[7:]}', f'英国VAT GB{v}' if src == 'KF' else f'GB{v}'])
    if t == 'jp':
        return pick([v, f'法人番号 {v}', f'T{v}', f'{v[:1]}-{v[1:5]}-{v[5:9]}-{v[9:]}'])
    return pick([v, f'BR No. {v}', f'{v}-000-{R.randint(1, 12):02d}-{R.randint(23, 26)}-{R.randint(1, 9)}', f'商業登記 {v}'])


# ----------------------------------------------------------------------------
# IPs & devices
CN_OCT = [113, 116, 119, 120, 183, 14, 27, 36, 39, 58, 59, 60, 61, 112, 117, 218, 219, 220, 221, 222, 223, 121, 125]
PL_OCT = [31, 46, 77, 78, 79, 83, 89, 91, 94, 95, 178, 188, 212, 213]
US_OCT = [24, 47, 50, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 173, 174]
EU_OCT = [80, 82, 84, 85, 87, 88, 92, 93, 109, 176, 217]


def gen_ip(reg, v6=False):
    if v6:
        return dict(k='ip', v6=True, v=uniq(lambda: '2001:db8:' + ':'.join(f'{R.randint(0, 65535):x}' for _ in range(6)), 'ip'))
    octs = {'CN': CN_OCT, 'HK': CN_OCT, 'PL': PL_OCT, 'US': US_OCT, 'JP': [60, 61, 106, 110, 126, 153, 180]}.get(reg, EU_OCT)
    return dict(k='ip', v6=False, v=uniq(lambda: f'{pick(octs)}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}', 'ip'))


def ip_key(i):
    return i['v']


def expand_v6(v):
    parts = v.split(':')
    return ':'.join(p.zfill(4) for p in parts)


def render_ip(i, src, missing=False):
    v = i['v']
    if i['v6']:
        if missing:
            return ':'.join(v.split(':')[:5]) + '::'
        return pick([v, v.upper(), expand_v6(v), f'[{v}]:{R.randint(1024, 65535)}'])
    if missing:
        return v.rsplit('.', 1)[0] + pick(['', '.', '.*', '.x'])
    r = R.random()
    if r < 0.6:
        out = v
    elif r < 0.72:
        out = f'{v}:{R.randint(1024, 65535)}'
    elif r < 0.8:
        out = '.'.join(f'{int(o):03d}' for o in v.split('.'))
    elif r < 0.86:
        out = '::ffff:' + v
    else:
        out = v + pick([' (家里宽带)', ' (公司)', ' 4G', ' (VPN)', ' / login']) if src == 'KF' else v + ' '
    if src == 'KF' and chance(0.08):
        out = out.replace('.', pick(['．', '。']))
    return out


GENERIC_DEVICES = ['Windows 10 x64 / Chrome 120 / 1920x1080', 'iPhone 13 / iOS 17.1 / Safari', 'HUAWEI Mate 40 Pro / HarmonyOS',
                   'MacBook Air M1 / macOS 14 / Chrome', 'Xiaomi 13 / Android 14', 'Windows 11 / Edge 121 / 2560x1440']


def gen_device(generic=False):
    if generic:
        return dict(k='dev', t='generic', v=pick(GENERIC_DEVICES))
    t = wpick([('uuid', 4), ('fp', 3), ('android', 2), ('mac', 1)])

    def mk():
        h = lambda n: ''.join(R.choice('0123456789abcdef') for _ in range(n))
        if t == 'uuid':
            return f'{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}'.upper()
        if t == 'fp':
            return h(32)
        if t == 'android':
            return h(16)
        return ':'.join(h(2) for _ in range(6)).upper()
    return dict(k='dev', t=t, v=uniq(mk, 'dev'))


def dev_key(d):
    return d['t'] + '|' + d['v']


def render_dev(d, src, missing=False):
    v, t = d['v'], d['t']
    if t == 'generic':
        return pick([v, v.lower(), v.replace(' / ', ', ')])
    if missing:
        return v[:max(6, len(v) // 2)] + pick(['', '...', '…'])
    if t == 'uuid':
        out = pick([v, v.lower(), v.replace('-', ''), '{' + v + '}', f'UDID: {v}'])
    elif t == 'fp':
        out = pick([v, v.upper(), f'fp_{v}', f'fingerprint={v}', f'{v[:8]}-{v[8:16]}-{v[16:24]}-{v[24:]}'])
    elif t == 'android':
        out = pick([v, v.upper(), f'android_id:{v}', f'AID {v}'])
    else:
        out = pick([v, v.lower(), v.replace(':', '-'), v.replace(':', ''), f'MAC {v}'])
    if src == 'KF' and chance(0.08):
        out = pick(['设备ID：', '超级浏览器环境ID ', '电脑: ']) + out
    return out


def render_store(s, src):
    v = s['v']
    r = R.random()
    if r < 0.45:
        out = v
    elif r < 0.6:
        out = v.upper()
    elif r < 0.68:
        out = v.lower()
    elif r < 0.76:
        out = v.replace(' ', '')
    elif r < 0.82:
        out = v + '®'
    elif r < 0.88:
        out = v + pick([' Official', ' Store', ' Direct'])
    elif r < 0.94:
        out = ' '.join(v.split()) + ' '
    else:
        out = v.title()
    if src == 'KF' and chance(0.08):
        out = pick([f'{out}（店铺名）', f'店铺：{out}', f'{out} 美国站'])
    return out


BRAND_A = ['Vivi', 'Kuku', 'Lovo', 'Zen', 'Mo', 'Ali', 'Yo', 'Hom', 'Fun', 'Ever', 'Nova', 'Luma', 'Tiki', 'Bo', 'Qi',
           'Xin', 'Dodo', 'Ulo', 'Pura', 'Soma', 'Keki', 'Ruby', 'Gala', 'Mira', 'Tavo', 'Oki']
BRAND_B = ['top', 'da', 'brite', 'fun', 'ly', 'mee', 'go', 'lux', 'kit', 'zone', 'ia', 'ora', 'home', 'joy', 'nest',
           'mate', 'pro', 'vo', 'ki', 'lia']
GENERIC_STORES = ['Home Essentials Store', 'Best Choice Shop', 'Happy Life', 'YOUTH SHOP', 'Global Mall', 'HOMEFUN',
                  'Lucky Star Store', 'Smart Living', 'Top Deals', 'Sunshine Home', 'MiniWorld', 'Kitchen Helper']


def gen_brand():
    return uniq(lambda: pick(BRAND_A) + pick(BRAND_B) + pick(['', '', '', 'X', 'ie', 'Pro']), 'brand')


# ----------------------------------------------------------------------------
# Typos
KEYNEI = {'a': 's', 's': 'a', 'e': 'r', 'r': 'e', 'i': 'o', 'o': 'i', 'n': 'm', 'm': 'n', 'u': 'y', 'g': 'h', 'h': 'g',
          't': 'y', 'l': 'k', 'c': 'v', 'd': 'f'}
DOMAIN_TYPO = {'qq.com': ['qq.con', 'qq.co', 'qq,com', 'qq.comm', 'qq'], '163.com': ['163.con', '163com', '163.cm'],
               'gmail.com': ['gmial.com', 'gmail.co', 'gamil.com', 'gmail.con'], 'hotmail.com': ['hotmial.com', 'hotmail.co'],
               'outlook.com': ['outlok.com', 'outlook.co'], 'wp.pl': ['wp.p', 'wp,pl', 'wpl.pl'], 'o2.pl': ['02.pl', 'o2pl'],
               '126.com': ['126.con', '126.cm'], 'yahoo.com': ['yaho.com', 'yahoo.co'], 'onet.pl': ['onet.p', 'onte.pl']}


def typo_chars(s, digit_only=False):
    idx = [i for i, c in enumerate(s) if (c.isdigit() if digit_only else c.isalnum())]
    if len(idx) < 3:
        return s + s[-1:] if s else s
    i = pick(idx[1:-1])
    m = R.random()
    if m < 0.3:
        return s[:i] + s[i + 1:]
    if m < 0.6:
        j = i + 1
        if j < len(s) and s[j] != s[i] and (s[j].isdigit() if digit_only else s[j].isalnum()):
            return s[:i] + s[j] + s[i] + s[j + 1:]
        return s[:i] + s[i] + s[i:]
    if m < 0.8:
        c = s[i]
        if c.isdigit():
            return s[:i] + str((int(c) + pick([1, 9, 3])) % 10) + s[i + 1:]
        return s[:i] + KEYNEI.get(c.lower(), c) + s[i + 1:]
    return s[:i] + s[i] + s[i:]


def typo_email(e, surface):
    dom = e['dom']
    if dom in DOMAIN_TYPO and chance(0.5) and dom in surface:
        return surface.replace(dom, pick(DOMAIN_TYPO[dom]))
    if chance(0.15) and '@' in surface:
        return surface.replace('@', pick([' at ', '@@', '', ' @']))
    at = surface.find('@')
    if at > 2:
        return typo_chars(surface[:at]) + surface[at:]
    return typo_chars(surface)


PINYIN_TYPO = [('zh', 'z'), ('sh', 's'), ('ng', 'n'), ('ch', 'c'), ('ui', 'iu'), ('ia', 'ai'), ('en', 'eng')]


def typo_name(surface):
    for a, b in R.sample(PINYIN_TYPO, len(PINYIN_TYPO)):
        if a in surface and chance(0.5):
            return surface.replace(a, b, 1)
    return typo_chars(surface)


def typo_company(c, src):
    v = render_company(c, src)
    m = R.random()
    if m < 0.3:
        for a, b in [('Shenzhen', 'Shenzen'), ('Technology', 'Technolgy'), ('Technology', 'Techology'), ('Guangzhou', 'Guangzhuo'),
                     ('Trading', 'Tradeing'), ('Limited', 'Limted'), ('有限公司', '有线公司'), ('科技', '科枝'), ('Sp. z o.o.', 'Sp. z.o.o'),
                     ('LLC', 'LCC'), ('E-commerce', 'Ecommerce'), ('Electronics', 'Electornics'), ('深圳市', '深证市')]:
            if a in v:
                return v.replace(a, b, 1)
    if m < 0.55:
        for f in [' Co., Ltd.', ' CO.,LTD', ' Co Ltd', ' Co., Ltd', '有限公司', ' LLC', ' Sp. z o.o.', ' Company Limited', ' Inc.']:
            if v.endswith(f):
                return v[:-len(f)]
    return typo_name(v)


# ----------------------------------------------------------------------------
# Canonical keys
def canon_key(c):
    k = c['k']
    if k == 'phone':
        return 'phone:' + phone_key(c)
    if k == 'email':
        return 'email:' + email_key(c)
    if k == 'user':
        return 'user:' + c['u']
    if k == 'addr':
        return 'addr:' + addr_key(c)
    if k == 'bank':
        return 'bank:' + bank_key(c)
    if k == 'card':
        return 'card:' + card_key(c)
    if k == 'tax':
        return 'tax:' + tax_key(c)
    if k == 'ip':
        return 'ip:' + ip_key(c)
    if k == 'dev':
        return 'dev:' + dev_key(c)
    if k == 'company':
        return 'co:' + company_key(c)
    if k == 'store':
        return 'store:' + c['v'].lower()
    if k == 'person':
        return 'person:' + person_key(c)
    return None  # placeholders


def render(kind, c, src):
    """return (surface, typo_flag)"""
    k = c['k']
    if k == 'ph':
        return c['v'], False
    typo = chance(TYPO_RATE)
    if k == 'phone':
        v = render_phone(c, src, note_ok=(kind == 'phone'))
        if typo:
            if c['area'] and chance(0.25) and c['land']:
                v = c['sub']  # landline without area code
            elif chance(0.2) and c['cc'] != '86':
                v = (c['area'] + c['sub'])  # national number, trunk prefix lost
                if c['cc'] == '1':
                    v = v[:-1]
            else:
                v = typo_chars(v, digit_only=True)
        return v, typo
    if k == 'email':
        v = render_email(c, src, note_ok=(kind == 'email'))
        return (typo_email(c, v) if typo else v), typo
    if k == 'user':
        v = render_username(c, src)
        return (typo_chars(v) if typo else v), typo
    if k == 'addr':
        v = render_address(c, src, missing=typo and chance(0.7))
        if typo and chance(0.3):
            v = typo_chars(v)
        return v, typo
    if k == 'bank':
        v = render_bank(c, src, missing=typo and chance(0.4))
        if typo and chance(0.6):
            v = typo_chars(v, digit_only=True)
        return v, typo
    if k == 'card':
        v = render_card(c, src, missing=typo and chance(0.5))
        if typo and chance(0.5):
            v = typo_chars(v, digit_only=True)
        return v, typo
    if k == 'tax':
        return render_tax(c, src, missing=typo), typo
    if k == 'ip':
        return render_ip(c, src, missing=typo and chance(0.4)) if not (typo and chance(0.6)) else typo_chars(c['v'], True), typo
    if k == 'dev':
        if c['t'] == 'generic':
            return render_dev(c, src), False
        return render_dev(c, src, missing=typo), typo
    if k == 'company':
        if typo:
            return typo_company(c, src), True
        return render_company(c, src), False
    if k == 'store':
        v = render_store(c, src)
        return (typo_chars(v) if typo else v), typo
    if k == 'person':
        v = render_person(c, src)
        if typo:
            if c['reg'] == 'CN' and chance(0.35) and src == 'KF':
                v = c['sur'][0] + ('女士' if c['g'] == 'F' else '先生') if chance(0.6) else c['sur'][0] + '总'
            elif c['reg'] in ('US', 'UK', 'PL', 'DE') and chance(0.3):
                v = ('Ms ' if c.get('g') == 'F' else 'Mr ') + c['last'] if c['reg'] != 'US' else c['first'][0] + ' ' + c['last']
            else:
                v = typo_name(v)
        return v, typo
    raise ValueError(k)


# ============================================================================
# Operators
REGIONS = [('CN', 68), ('PL', 11), ('US', 11), ('DE', 4), ('UK', 3), ('JP', 3)]
SIZE_DIST = [(1, 70), (2, 15), (3, 6.5), (4, 3.5), (5, 2.2), (6, 1.6), (7, 1.2)]


def new_operator(reg=None):
    reg = reg or wpick(REGIONS)
    op = dict(reg=reg, person=gen_person(reg))
    op['person']['pid'] = uniq(lambda: digits(6), 'pid')
    op['n'] = wpick(SIZE_DIST)
    company = None
    if reg == 'CN':
        op['is_company'] = chance(0.6)
        city = wpick([(c, c['w']) for c in CN_CITIES])
        op['addr_city'] = city
        op['hk'] = False
        if op['is_company']:
            company = gen_company('CN', city=city, form='ltd')
            if chance(0.15):
                company['form'] = 'hk'
                op['hk'] = True
        elif chance(0.5):
            company = gen_company('CN', city=city, form='indiv')
            company['dist'] = pick(city['dist'])
    else:
        op['is_company'] = chance(0.55)
        if op['is_company']:
            company = gen_company(reg)
    op['companies'] = [company] if company else []
    # phones
    preg = reg
    op['phones'] = [gen_phone(preg)]
    if chance(0.3):
        op['phones'].append(gen_phone(preg, 'land' if (op['is_company'] and chance(0.6)) else 'mobile'))
    if op.get('hk') and chance(0.5):
        op['phones'].append(gen_phone('HK'))
    # emails
    op['emails'] = [gen_email(op)]
    if chance(0.45):
        op['emails'].append(gen_email(op))
    if company and chance(0.5):
        op['emails'].append(gen_company_email(op))
    # addresses
    addrs = []
    if reg == 'CN':
        addrs.append(gen_cn_address(city=op['addr_city'], office=op['is_company'] or chance(0.3)))
        if chance(0.35):
            addrs.append(gen_cn_address(city=op['addr_city'], office=False))
        if op.get('hk'):
            addrs.append(gen_hk_address())
    elif reg == 'PL':
        addrs.append(gen_pl_address())
        if chance(0.3):
            addrs.append(gen_pl_address())
    elif reg == 'US':
        addrs.append(gen_us_address())
        if chance(0.25):
            addrs.append(gen_us_address())
    elif reg == 'DE':
        addrs.append(gen_de_address())
    elif reg == 'UK':
        addrs.append(gen_uk_address())
    else:
        addrs.append(gen_jp_address())
    op['addresses'] = addrs
    # banks
    op['banks'] = [gen_bank(op)]
    if chance(0.45):
        op['banks'].append(gen_bank(op))
    # cards
    op['cards'] = [gen_card()]
    if chance(0.3):
        op['cards'].append(gen_card())
    # tax ids
    tx = []
    if reg == 'CN':
        if company and company['form'] == 'ltd':
            tx.append(gen_tax('uscc', op))
        elif company and company['form'] == 'indiv':
            tx.append(gen_tax('uscc_indiv', op))
        elif company and company['form'] == 'hk':
            tx.append(gen_tax('hkbr'))
        if not company or chance(0.2):
            tx.append(gen_tax('cnid', op))
        if chance(0.25):
            tx.append(gen_tax(pick(['devat', 'plvat', 'ukvat'])))
        if company and chance(0.07):
            llc = gen_company('CN', form='llc', dw=company['dw'], ind=company['ind'], city=company['city'])
            op['companies'].append(llc)
            tx.append(gen_tax('ein'))
    elif reg == 'PL':
        tx.append(gen_tax('nip'))
    elif reg == 'US':
        tx.append(gen_tax('ein'))
    elif reg == 'DE':
        tx.append(gen_tax('devat'))
    elif reg == 'UK':
        tx.append(gen_tax('ukvat'))
    else:
        tx.append(gen_tax('jp'))
    op['taxes'] = tx
    op['ips'] = [gen_ip(reg, v6=chance(0.08))]
    if chance(0.3):
        op['ips'].append(gen_ip(reg))
    op['devices'] = [gen_device()]
    if chance(0.4):
        op['devices'].append(gen_device())
    op['brand'] = gen_brand()
    op['usernames'] = []
    op['pool_ips'] = []
    return op


operators = []
acc_total = 0
while acc_total < TARGET_ACCOUNTS:
    op = new_operator()
    if acc_total + op['n'] > TARGET_ACCOUNTS:
        op['n'] = TARGET_ACCOUNTS - acc_total
    operators.append(op)
    acc_total += op['n']
for i, op in enumerate(operators):
    op['idx'] = i

# ----------------------------------------------------------------------------
# Traps at operator level (B is made to resemble A); forced items per (op, canon)
traps = []  # (opA, canonA, kindA, opB, canonB, kindB, why)


def ops_of(reg=None, cond=None):
    return [o for o in operators if (reg is None or o['reg'] == reg) and (cond is None or cond(o))]


def pair_ops(pool, n):
    out = []
    for _ in range(n):
        a, b = R.sample(pool, 2)
        out.append((a, b))
    return out


touched = set()


used_cat = defaultdict(set)


def fresh_pair(pool, cat=None, tries=500):
    """two operators not yet paired; with `cat`, neither may have been reshaped by an earlier trap of that category
    (so a later trap never silently rewrites the value an earlier decoy pair relies on)."""
    for _ in range(tries):
        a, b = R.sample(pool, 2)
        if cat and (a['idx'] in used_cat[cat] or b['idx'] in used_cat[cat]):
            continue
        if (a['idx'], b['idx']) not in touched and (b['idx'], a['idx']) not in touched:
            touched.add((a['idx'], b['idx']))
            if cat:
                used_cat[cat].update((a['idx'], b['idx']))
            return a, b
    raise RuntimeError('no fresh pair for ' + str(cat))


# 1. namesakes (exact same name, different people)
NAMESAKE_CN = [(('李', 'Li'), [('娜', 'na')], 'F'), (('王', 'Wang'), [('伟', 'wei')], 'M'), (('张', 'Zhang'), [('伟', 'wei')], 'M'),
               (('王', 'Wang'), [('芳', 'fang')], 'F'), (('刘', 'Liu'), [('洋', 'yang')], 'M'), (('陈', 'Chen'), [('静', 'jing')], 'F'),
               (('张', 'Zhang'), [('敏', 'min')], 'F'), (('李', 'Li'), [('强', 'qiang')], 'M'), (('杨', 'Yang'), [('洋', 'yang')], 'M'),
               (('黄', 'Huang'), [('婷', 'ting')], 'F')]
for reg, n in [('CN', 70), ('US', 14), ('PL', 12), ('DE', 3), ('UK', 3)]:
    pool = ops_of(reg)
    for _ in range(n):
        a, b = fresh_pair(pool, 'person')
        if reg == 'CN':
            sur, given, g = pick(NAMESAKE_CN) if chance(0.6) else (a['person']['sur'], a['person']['given'], a['person']['g'])
            a['person'].update(sur=sur, given=list(given), g=g, en=None if a['person']['g'] != g else a['person']['en'])
            b['person'] = dict(b['person'], sur=sur, given=list(given), g=g, en=None)
        else:
            pa = a['person']
            if reg == 'US' and chance(0.5):
                pa.update(first='David', nick='Dave', last='Brown')
            b['person'] = dict(b['person'], first=pa['first'], last=pa['last'], nick=pa.get('nick'), g=pa.get('g'))
        traps.append((a, a['person'], 'person_name', b, b['person'], 'person_name', 'namesake_same_name_different_person'))
# 1b. pinyin namesakes: different hanzi, same pinyin
pool = ops_of('CN')
for _ in range(22):
    a, b = fresh_pair(pool, 'person')
    pa = a['person']
    homo = [i for i, (h, _) in enumerate(pa['given']) if h in CN_HOMO]
    if not homo and pa['sur'][0] not in CN_HOMO:
        pa.update(sur=('李', 'Li'), given=[('娜', 'na')], g='F')
        homo = [0]
    given = list(pa['given'])
    sur = pa['sur']
    if homo:
        i = homo[0]
        given[i] = (CN_HOMO[given[i][0]], given[i][1])
    else:
        sur = (CN_HOMO[sur[0]], sur[1])
    b['person'] = dict(b['person'], sur=sur, given=given, g=pa['g'], en=None)
    traps.append((a, pa, 'person_name', b, b['person'], 'person_name', 'pinyin_namesake_different_hanzi'))

# 2. company look-alikes (CN)
cn_co = ops_of('CN', lambda o: o['companies'] and o['companies'][0]['form'] == 'ltd')
for why, n in [('company_name_differs_only_in_distinctive_word', 45), ('homophone_company_same_pinyin_different_hanzi', 12),
               ('same_trade_name_other_legal_form_or_city', 40)]:
    for _ in range(n):
        a, b = fresh_pair(cn_co, 'company')
        ca = a['companies'][0]
        cb = b['companies'][0]
        if why.startswith('company_name_differs'):
            if chance(0.5):
                dw = list(uniq(lambda: tuple(new_word2()), 'cndw'))
            else:
                dw = list(uniq(lambda: (ca['dw'][0], pick(SYL_LIST)), 'cndw'))
            cb.update(city=ca['city'], ind=ca['ind'], dw=dw, form='ltd')
        elif why.startswith('homophone'):
            dw = []
            for h, p in ca['dw']:
                alts = [x for x in SYL[p] if x != h]
                dw.append((pick(alts), p) if alts else (h, p))
            if [h for h, _ in dw] == [h for h, _ in ca['dw']]:
                dw[0] = ('睿' if ca['dw'][0][0] != '睿' else '瑞', 'rui')
                dw[0] = (dw[0][0], 'rui')
                ca['dw'][0] = ('瑞' if dw[0][0] == '睿' else '睿', 'rui')
            if ('cndw', tuple(dw)) in _used:
                continue
            _used.add(('cndw', tuple(dw)))
            cb.update(city=ca['city'], ind=ca['ind'], dw=dw, form='ltd')
        else:
            m = R.random()
            if m < 0.4:
                city = pick([c for c in CN_CITIES if c is not ca['city']])
                cb.update(city=city, ind=ca['ind'], dw=list(ca['dw']), form='ltd')
            elif m < 0.7:
                cb.update(city=ca['city'], ind=pick([i for i in INDUSTRY if i != ca['ind']]), dw=list(ca['dw']), form='ltd')
            else:
                cb.update(city=ca['city'], ind=ca['ind'], dw=list(ca['dw']), form='hk')
        traps.append((a, ca, 'company_name', b, cb, 'company_name', why))
# company look-alikes PL / US
for reg, n in [('PL', 10), ('US', 10)]:
    pool = ops_of(reg, lambda o: o['companies'])
    for _ in range(n):
        a, b = fresh_pair(pool, 'company')
        ca, cb = a['companies'][0], b['companies'][0]
        if reg == 'PL':
            cb.update(base=ca['base'], form=pick([f for f in ('spzoo', 'sa', 'sj') if f != ca['form']]) if chance(0.5) else ca['form'],
                      city=pick([c[0] for c in PL_CITIES if c[0] != ca['city']]))
        else:
            cb.update(base=ca['base'], form='Inc' if ca['form'] == 'LLC' else 'LLC', state=pick(['WY', 'DE', 'CA', 'TX', 'NJ']))
        traps.append((a, ca, 'company_name', b, cb, 'company_name', 'same_trade_name_other_legal_form_or_city'))

# 3. neighbours: same building other room / same street other number
cn_pool = ops_of('CN')
for _ in range(60):
    a, b = fresh_pair(cn_pool, 'addr')
    aa = a['addresses'][0]
    nb = gen_cn_address(bld=aa['b'])
    b['addresses'][0] = nb
    traps.append((a, aa, 'address', b, nb, 'address', 'same_building_other_room'))
for reg, n in [('PL', 12), ('US', 12)]:
    pool = ops_of(reg)
    for _ in range(n):
        a, b = fresh_pair(pool, 'addr')
        aa = a['addresses'][0]
        if reg == 'PL':
            nb = gen_pl_address(city=(aa['city'], dict(PL_CITIES)[aa['city']]), street=aa['street'],
                                no=aa['no'] if chance(0.6) else None)
        else:
            nb = gen_us_address(street=aa['street'], city=aa['city'], no=aa['no'] if chance(0.6) else None, suf=aa['suf'])
            nb['zip'] = aa['zip']
        b['addresses'][0] = nb
        traps.append((a, aa, 'address', b, nb, 'address', 'same_street_neighbour_other_number_or_flat'))

# 4. virtual offices / business-secretary addresses shared by unrelated firms
VO = []
for _ in range(4):
    city = CN_CITIES[pick([0, 0, 1, 3])]
    d = pick(city['dist'])
    bld = dict(city=city, dist=d, sub=pick(SUBDIST[d[0]]), road=new_word2(), rsuf=pick(ROAD_SUF), no=str(R.randint(1, 300)),
               bname=new_word2(), btype=BLD_TYPES[3], block=pick(['A', 'B', '']))
    room = f'{R.randint(3, 20)}{R.randint(1, 20):02d}'
    VO.append(('CN', bld, room))
for _ in range(3):
    VO.append(('HK', dict(dist=pick(HK_DIST), road=(pick(HK_WORDS), pick(HK_ROAD)), no=str(R.randint(1, 200)),
                          name=pick(HK_WORDS), type=HK_BLD[0]), f'{R.randint(5, 25)}{R.randint(1, 9):02d}'))
us_agent = [gen_us_address(city=pick([c for c in US_CITIES if c[1] in ('WY', 'DE')]), unit_prefix='Ste ') for _ in range(3)]
pl_vo = [gen_pl_address(city=pick(PL_CITIES[:2])) for _ in range(2)]
vo_members = defaultdict(list)
for vi, v in enumerate(VO):
    reg, bld, room = v
    pool = ops_of('CN', lambda o: o['companies'] and (reg == 'CN' or o['companies'][0]['form'] == 'hk' or chance(0.3)))
    members = R.sample(pool, R.randint(7, 12))
    for o in members:
        if reg == 'CN':
            ws = ''
            if chance(0.45):
                ws = f'{pick("ABC")}区工位{R.randint(1, 300):03d}' if chance(0.5) else f'-{R.randint(1, 300):03d}'
            a = dict(k='addr', reg='CN', b=bld, room=room, unit='', ws=ws, post=bld['city']['post'] + '000')
        else:
            a = dict(k='addr', reg='HK', b=bld, room=room)
        o['addresses'].append(a)
        o['vo'] = a
        vo_members[vi].append((o, a))
for vi, a in enumerate(us_agent + pl_vo):
    reg = a['reg']
    pool = ops_of(None, lambda o: o['companies'] and o['reg'] in (('CN', 'US') if reg == 'US' else ('CN', 'PL', 'DE', 'UK')))
    members = R.sample(pool, R.randint(6, 10))
    for o in members:
        o['addresses'].append(a)
        o['vo'] = a
        vo_members[100 + vi].append((o, a))
for vi, mem in vo_members.items():
    for _ in range(min(9, len(mem) * 2)):
        (oa, aa), (ob, ab) = R.sample(mem, 2)
        why = 'shared_virtual_office_address' if canon_key(aa) == canon_key(ab) else 'same_virtual_office_other_workstation'
        traps.append((oa, aa, 'address', ob, ab, 'address', why))

# 5. same store display name
store_generic = {}
for _ in range(40):
    a, b = fresh_pair(operators)
    if chance(0.5):
        name = pick(GENERIC_STORES)
    else:
        name = a['brand']
    s = dict(k='store', v=name)
    traps.append((a, s, 'store_name', b, s, 'store_name', 'same_store_display_name'))

# 6. shared IPs of carriers / VPN exits / e-commerce park office networks
ip_pools = []
for why, n, size, regs in [('shared_mobile_carrier_nat_ip', 5, (25, 45), ('CN',)), ('shared_vpn_exit_ip', 6, (10, 25), None),
                           ('shared_office_park_wifi_ip', 5, (8, 18), ('CN',)), ('shared_coworking_ip', 2, (6, 10), ('PL', 'DE', 'UK'))]:
    for _ in range(n):
        reg = pick(regs) if regs else pick(['US', 'DE', 'UK'])
        ip = gen_ip(reg)
        pool = [o for o in operators if regs is None or o['reg'] in regs]
        mem = R.sample(pool, min(len(pool), R.randint(*size)))
        for o in mem:
            o['pool_ips'].append(ip)
        ip_pools.append((why, ip, mem))
        for _ in range(5 if why != 'shared_coworking_ip' else 3):
            a, b = R.sample(mem, 2)
            traps.append((a, ip, 'ip', b, ip, 'ip', why))

# 7. payment-service-provider shared collection account prefix (sequentially issued virtual accounts)
psp_ops = ops_of('CN')
for _ in range(50):
    a, b = fresh_pair(psp_ops)
    ba = next((x for x in a['banks'] if x['t'] == 'psp_us'), None)
    if ba is None:
        ba = gen_bank(a, t='psp_us')
        a['banks'].append(ba)
    near = chance(0.6)
    bb = gen_bank(b, t='psp_us', psp=ba['psp'], near=ba if near else None)
    b['banks'].append(bb)
    traps.append((a, ba, 'bank_account', b, bb, 'bank_account',
                  'psp_shared_routing_sequential_virtual_account' if near else 'psp_shared_routing_and_account_prefix'))
for _ in range(12):
    a, b = fresh_pair(psp_ops)
    psp = pick(PSPS)
    ba, bb = gen_bank(a, t='psp_eu', psp=psp), gen_bank(b, t='psp_eu', psp=psp)
    a['banks'].append(ba)
    b['banks'].append(bb)
    traps.append((a, ba, 'bank_account', b, bb, 'bank_account', 'psp_shared_iban_bank_code_and_prefix'))

# 8. same masked card (same BIN + last4, other expiry) / same last4+expiry other BIN
for _ in range(18):
    a, b = fresh_pair(operators)
    ca = a['cards'][0]
    if chance(0.6):
        cb = gen_card(bin6=ca['bin'], last4=ca['last4'])
        why = 'masked_card_same_bin_and_last4_other_expiry'
    else:
        cb = gen_card(last4=ca['last4'], exp=(ca['mm'], ca['yy']))
        why = 'masked_card_same_last4_and_expiry_other_bin'
    b['cards'].append(cb)
    traps.append((a, ca, 'card', b, cb, 'card', why))

# 9. same e-mail local part on another domain
for _ in range(22):
    a, b = fresh_pair(ops_of(None, lambda o: o['reg'] in ('CN', 'PL', 'US')))
    ea = a['emails'][0]
    doms = [d for d, _ in (MAIL_CN + MAIL_PL + MAIL_US) if d != ea['dom']]
    try:
        eb = gen_email(b, domain=pick(doms), local=ea['local'])
    except RuntimeError:
        continue
    b['emails'].append(eb)
    traps.append((a, ea, 'email', b, eb, 'email', 'same_email_local_part_other_domain'))

# 10. phones one digit apart (could pass for a typo)
for _ in range(22):
    a, b = fresh_pair(ops_of(None, lambda o: o['reg'] in ('CN', 'PL', 'US')))
    pa = a['phones'][0]

    def mk():
        s = pa['sub']
        i = R.randrange(len(s) - 4, len(s))
        return (pa['cc'], pa['area'], s[:i] + str((int(s[i]) + R.randint(1, 9)) % 10) + s[i + 1:])
    try:
        cc, ar, sub = uniq(mk, 'phone')
    except RuntimeError:
        continue
    pb = dict(pa, sub=sub)
    b['phones'].append(pb)
    traps.append((a, pa, 'phone', b, pb, 'phone', 'phone_number_one_digit_apart'))

# 11. placeholders and generic device strings
PLACEHOLDERS = {'tax_id': ['无', '暂无', 'N/A', '同上', '个人卖家 无执照', '000000000000000000', '/', '没有'],
                'bank_account': ['见微信', '后补', '同上', '待开通', 'N/A'],
                'address': ['同上', '见营业执照', '/'], 'email': ['无', 'n/a'], 'phone': ['同上', '见微信', '0']}
ph_users = defaultdict(list)
for _ in range(260):
    o = pick(ops_of('CN'))
    kind = wpick([('tax_id', 5), ('bank_account', 3), ('address', 2), ('email', 1), ('phone', 1)])
    v = pick(PLACEHOLDERS[kind])
    o.setdefault('placeholders', []).append((kind, v))
    ph_users[(kind, v)].append(o)
for (kind, v), us in ph_users.items():
    if len(us) > 1:
        for _ in range(2):
            a, b = R.sample(us, 2)
            if a is not b:
                c = dict(k='ph', v=v)
                traps.append((a, c, kind, b, c, kind, 'same_placeholder_value'))
gd_users = defaultdict(list)
for o in R.sample(operators, 160):
    d = gen_device(generic=True)
    o['devices'].append(d)
    gd_users[d['v']].append((o, d))
for v, us in gd_users.items():
    for _ in range(4):
        (a, da), (b, db) = R.sample(us, 2)
        traps.append((a, da, 'device', b, db, 'device', 'same_generic_device_model_string'))

# ============================================================================
# Accounts
SRC_FOR = {'CN': [('KF', 72), ('PLW', 17), ('USC', 11)], 'PL': [('PLW', 90), ('USC', 10)], 'US': [('USC', 95), ('PLW', 5)],
           'DE': [('PLW', 75), ('USC', 25)], 'UK': [('PLW', 70), ('USC', 30)], 'JP': [('USC', 55), ('PLW', 45)]}
P_INC = {'KF': dict(email=.88, phone=.95, address=.85, bank_account=.7, card=.45, tax_id=.7, ip=.8, device=.6,
                    company_name=.85, store_name=.9, person_name=.9, login=.7),
         'PLW': dict(email=.95, phone=.9, address=.95, bank_account=.6, card=.2, tax_id=.8, ip=.3, device=.1,
                     company_name=.9, store_name=.6, person_name=.8, login=.3),
         'USC': dict(email=.95, phone=.9, address=.95, bank_account=.4, card=.6, tax_id=.6, ip=.4, device=.2,
                     company_name=.8, store_name=.8, person_name=.85, login=.4)}
MKT = {'KF': [('US', 40), ('UK', 10), ('DE', 12), ('JP', 8), ('FR', 3), ('CA', 4)], 'PLW': [('DE', 35), ('PL', 25), ('FR', 10), ('IT', 8), ('ES', 8), ('NL', 4), ('SE', 3), ('UK', 7)],
       'USC': [('US', 75), ('CA', 15), ('MX', 5)]}
MKT_TXT = {'KF': {'US': ['美国站', 'US', '亚马逊美国', 'amazon.com', '北美站'], 'UK': ['英国站', 'UK'], 'DE': ['德国站', '欧洲站(德国)', 'DE'],
                  'JP': ['日本站', 'JP'], 'FR': ['法国站'], 'CA': ['加拿大站', 'CA']},
           'PLW': {m: [m, 'amazon.' + {'UK': 'co.uk', 'DE': 'de', 'PL': 'pl', 'FR': 'fr', 'IT': 'it', 'ES': 'es', 'NL': 'nl', 'SE': 'se'}[m],
                       'Amazon ' + m] for m in ['DE', 'PL', 'FR', 'IT', 'ES', 'NL', 'SE', 'UK']},
           'USC': {'US': ['US', 'Amazon.com', 'AMZ-US'], 'CA': ['CA', 'Amazon.ca'], 'MX': ['MX', 'Amazon.com.mx']}}
CTRY_TXT = {'KF': {'CN': ['中国', 'CN', 'China', '中国大陆'], 'HK': ['中国香港', 'HK', '香港']},
            'PLW': {'CN': ['CN', 'Chiny', 'China'], 'HK': ['HK', 'Hongkong'], 'PL': ['PL', 'Polska'], 'DE': ['DE', 'Niemcy'],
                    'UK': ['GB', 'Wielka Brytania'], 'US': ['US', 'USA'], 'JP': ['JP', 'Japonia']},
            'USC': {'CN': ['CN', 'CHINA', 'China Mainland'], 'HK': ['HK', 'HONG KONG'], 'PL': ['PL', 'POLAND'], 'DE': ['DE', 'GERMANY'],
                    'UK': ['GB', 'UNITED KINGDOM'], 'US': ['US', 'USA', 'United States'], 'JP': ['JP', 'JAPAN']}}
STRONG_EDGE = [('email', 20), ('phone', 22), ('bank_account', 18), ('card', 8), ('tax_id', 12), ('address', 12), ('login', 4),
               ('device', 4)]

accounts = []


def op_values(op, kind):
    if kind == 'email':
        return op['emails']
    if kind == 'phone':
        return op['phones']
    if kind == 'address':
        return op['addresses']
    if kind == 'bank_account':
        return op['banks']
    if kind == 'card':
        return op['cards']
    if kind == 'tax_id':
        return op['taxes']
    if kind == 'ip':
        return op['ips']
    if kind == 'device':
        return [d for d in op['devices'] if d['t'] != 'generic'] or op['devices']
    if kind == 'company_name':
        return op['companies']
    if kind == 'person_name':
        return [op['person']]
    raise KeyError(kind)


def login_for(op, acc):
    m = R.random()
    if m < 0.5:
        return pick(op['emails'])
    if m < 0.65 and op['reg'] == 'CN':
        return pick(op['phones'])
    if op['usernames'] and chance(0.5):
        return pick(op['usernames'])
    base = slug(op['brand']) if chance(0.6) else slug(op['person'].get('last') or op['person'].get('sur', ('', 'x'))[1])
    u = dict(k='user', u=uniq(lambda: base + pick(['', '_', '.', '-']) + pick(['us', 'eu', 'shop', 'store', '01', '02', digits(3), 'amz']), 'user'))
    op['usernames'].append(u)
    return u


def add_item(acc, kind, c):
    ck = canon_key(c)
    for k2, c2 in acc['items']:
        if k2 == kind and ck is not None and canon_key(c2) == ck and not chance(0.12):
            return  # usually do not repeat; sometimes the same value is written twice in two fields
    acc['items'].append((kind, c))


for op in operators:
    accs = []
    for j in range(op['n']):
        src = wpick(SRC_FOR[op['reg']]) if j else wpick(SRC_FOR[op['reg']])
        acc = dict(op=op, src=src, items=[], mkt=wpick(MKT[src]))
        if op['reg'] == 'CN':
            acc['ctry'] = 'HK' if (op.get('hk') and chance(0.6)) else 'CN'
        else:
            acc['ctry'] = op['reg']
        p = P_INC[src]
        # store name: per account, usually derived from the brand
        if chance(p['store_name']):
            nm = op['brand'] + (pick(['', '', ' Direct', ' Official', '-EU', ' Home', ' Store', 'Shop', ' US']) if op['n'] > 1 else pick(['', '', ' Store']))
            add_item(acc, 'store_name', dict(k='store', v=nm))
        for kind in ['email', 'phone', 'address', 'bank_account', 'card', 'tax_id', 'ip', 'device', 'company_name', 'person_name']:
            if not chance(p[kind]):
                continue
            vals = op_values(op, kind)
            if not vals:
                continue
            if kind == 'bank_account' and op['n'] > 1 and chance(0.35):
                c = gen_bank(op)  # PSPs issue one collection account per store
                op['banks'].append(c)
            elif kind == 'ip':
                if op['pool_ips'] and chance(0.55):
                    c = pick(op['pool_ips'])
                elif chance(0.4):
                    c = gen_ip(op['reg'] if src == 'KF' else pick([op['reg'], 'US', 'PL']))
                else:
                    c = pick(vals)
            elif kind == 'device' and chance(0.3):
                c = gen_device()
            elif kind == 'address' and op.get('vo') and chance(0.3):
                c = op['vo']
            else:
                c = pick(vals)
            add_item(acc, kind, c)
            if chance(0.12) and kind in ('email', 'phone', 'address', 'bank_account', 'ip'):
                add_item(acc, kind, pick(vals))  # a second value or the same one written again
        if chance(p['login']):
            add_item(acc, 'login', login_for(op, acc))
        if src == 'KF':
            for kind, v in op.get('placeholders', []):
                if chance(0.7):
                    acc['items'].append((kind, dict(k='ph', v=v)))
        accs.append(acc)
    # spanning tree: every account shares at least one identity-grade detail with an earlier one
    for j in range(1, len(accs)):
        i = R.randrange(0, j)
        n_edges = wpick([(1, 50), (2, 35), (3, 15)])
        kinds = set()
        while len(kinds) < n_edges:
            kinds.add(wpick(STRONG_EDGE))
        for kind in sorted(kinds):
            if kind == 'login':
                c = pick(op['emails'])
                accs[i]['items'].append(('login', c))
                accs[j]['items'].append(('login', c))
                continue
            c = pick(op_values(op, kind))
            add_item(accs[i], kind, c)
            add_item(accs[j], kind, c)
    op['accounts'] = accs
    accounts.extend(accs)

# make sure every trap value appears in a concrete account of each operator -> decoy pairs
decoys = []
seen_pairs = set()
for (oa, ca, ka, ob, cb, kb, why) in traps:
    if oa is ob:
        continue
    a = pick(oa['accounts'])
    b = pick(ob['accounts'])
    for acc, kind, c in ((a, ka, ca), (b, kb, cb)):
        ck = canon_key(c)
        if ck is None or not any(k2 == kind and canon_key(c2) == ck for k2, c2 in acc['items']):
            acc['items'].append((kind, c))
    key = tuple(sorted([id(a), id(b)]))
    if key in seen_pairs:
        continue
    seen_pairs.add(key)
    decoys.append((a, b, why))

# ============================================================================
# Ids, rendering, output
R.shuffle(accounts)
counters = {'KF': R.randint(100, 400), 'PLW': R.randint(1000, 3000), 'USC': R.randint(10000, 20000)}
for acc in accounts:
    s = acc['src']
    counters[s] += R.randint(1, 9)
    if s == 'KF':
        acc['id'] = f"KF{R.choice(['2403', '2404', '2405', '2406', '2407', '2408'])}-{counters[s]:05d}"
    elif s == 'PLW':
        acc['id'] = f'PLW-{counters[s]:06d}'
    else:
        acc['id'] = f'USC{counters[s]}'
ids = [a['id'] for a in accounts]
assert len(set(ids)) == len(ids)
op_ids = list(range(len(operators)))
R.shuffle(op_ids)
for op, oid in zip(operators, op_ids):
    op['oid'] = f'OP{oid + 1:05d}'

surfaces = defaultdict(set)
n_values = 0
n_typos = 0
long_rows = []
json_rows = []
PLURAL = {'email': 'emails', 'phone': 'phones', 'address': 'addresses', 'bank_account': 'bank_accounts', 'card': 'cards',
          'tax_id': 'tax_ids', 'ip': 'ips', 'device': 'devices', 'login': 'logins', 'company_name': 'company_names',
          'store_name': 'store_names', 'person_name': 'person_names'}
for acc in accounts:
    items = acc['items'][:]
    R.shuffle(items)
    if acc['src'] == 'KF':  # forms keep field order roughly
        order = ['person_name', 'phone', 'email', 'company_name', 'tax_id', 'address', 'bank_account', 'card', 'store_name',
                 'login', 'ip', 'device']
        items.sort(key=lambda x: order.index(x[0]))
    obj = {'account_id': acc['id']}
    for pk in PLURAL.values():
        obj[pk] = []
    mk_txt = pick(MKT_TXT[acc['src']][acc['mkt']])
    ct_txt = pick(CTRY_TXT[acc['src']].get(acc['ctry'], [acc['ctry']]))
    know_mkt = chance(0.75)
    know_ctry = chance(0.6)
    mkt_written = ctry_written = False
    for n_i, (kind, c) in enumerate(items):
        v, typo = render(kind, c, acc['src'])
        if acc['src'] == 'KF' and kind == 'address' and c['k'] == 'addr' and chance(0.06):
            # recipient line pasted from a WeChat chat into the address field
            pers = [c2 for k2, c2 in items if k2 == 'person_name']
            phs = [c2 for k2, c2 in items if k2 == 'phone' and c2['k'] == 'phone']
            if pers and phs:
                pn = render_person(pers[0], 'KF').replace('联系人：', '')
                v = v + pick(['  ', ' ', '，']) + pn + ' ' + render_phone(phs[0], 'KF', note_ok=False)
        n_values += 1
        n_typos += typo
        ck = canon_key(c)
        if ck is not None:
            surfaces[(kind, ck)].add(v)
        m = ''
        ct = ''
        if know_mkt and (n_i == 0 or chance(0.08)):
            m = mk_txt
            mkt_written = True
        if know_ctry and (n_i == 0 or chance(0.08)):
            ct = ct_txt
            ctry_written = True
        long_rows.append((acc['id'], kind, v, m, ct))
        obj[PLURAL[kind]].append(v)
    if mkt_written:
        obj['marketplace'] = mk_txt
    if ctry_written:
        obj['country'] = ct_txt
    json_rows.append(obj)

with open(os.path.join(OUT, 'accounts_long.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['account_id', 'kind', 'value', 'marketplace', 'country'])
    w.writerows(long_rows)
with open(os.path.join(OUT, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
    for obj in json_rows:
        f.write(json.dumps(obj, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['account_id', 'operator_id'])
    for acc in sorted(accounts, key=lambda a: a['id']):
        w.writerow([acc['id'], acc['op']['oid']])
with open(os.path.join(OUT, 'decoys.csv'), 'w', newline='', encoding='utf-8') as f:
    w = csv.writer(f)
    w.writerow(['account_a', 'account_b', 'why'])
    for a, b, why in decoys:
        assert a['op'] is not b['op']
        w.writerow([a['id'], b['id'], why])

# ----------------------------------------------------------------------------
n_ops = len(operators)
true_pairs = sum(op['n'] * (op['n'] - 1) // 2 for op in operators)
print(f'accounts: {len(accounts)}')
print(f'operators: {n_ops}  (with >1 account: {sum(1 for o in operators if o["n"] > 1)})')
print(f'true related pairs: {true_pairs}')
print(f'decoy pairs: {len(decoys)}')
print(f'rows (values): {n_values}   with typo/missing part: {n_typos} ({100.0 * n_typos / n_values:.1f}%)')
print('values written in more than one way, per kind (distinct canonical values with >1 surface form / distinct canonical values):')
per = defaultdict(lambda: [0, 0])
for (kind, ck), ss in surfaces.items():
    per[kind][1] += 1
    if len(ss) > 1:
        per[kind][0] += 1
for kind in ['email', 'phone', 'address', 'bank_account', 'card', 'tax_id', 'ip', 'device', 'company_name', 'store_name',
             'person_name', 'login']:
    print(f'  {kind:13s} {per[kind][0]:5d} / {per[kind][1]}')
why_count = defaultdict(int)
for _, _, why in decoys:
    why_count[why] += 1
print('decoy reasons:')
for k, v in sorted(why_count.items(), key=lambda x: -x[1]):
    print(f'  {v:4d}  {k}')

# ----------------------------------------------------------------------------
# sanity checks on the canonical (pre-rendering) data
STRONG = {'email', 'phone', 'bank_account', 'card', 'tax_id', 'address', 'login', 'device', 'company_name'}
owner = defaultdict(set)
for acc in accounts:
    for kind, c in acc['items']:
        ck = canon_key(c)
        if ck and kind in STRONG and not (c['k'] == 'dev' and c['t'] == 'generic'):
            owner[ck].add(acc['op']['idx'])
shared = [ck for ck, o in owner.items() if len(o) > 1]
kinds_shared = defaultdict(int)
for ck in shared:
    kinds_shared[ck.split(':')[0]] += 1
print('identity-grade canonical values held by >1 operator (intended: virtual offices only):', dict(kinds_shared))
if os.environ.get('DEBUG'):
    for ck in shared:
        print('   ', ck, len(owner[ck]))
broken = 0
for op in operators:
    accs = op['accounts']
    if len(accs) < 2:
        continue
    keys = [set(canon_key(c) for k, c in a['items'] if k in STRONG and canon_key(c) and owner[canon_key(c)] == {op['idx']})
            for a in accs]
    comp = {0}
    changed = True
    while changed:
        changed = False
        for i in range(len(accs)):
            if i not in comp and any(keys[i] & keys[j] for j in comp):
                comp.add(i)
                changed = True
    broken += len(comp) != len(accs)
print('multi-account operators not connected through operator-specific identity values:', broken)
