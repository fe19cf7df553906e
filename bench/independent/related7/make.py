#!/usr/bin/env python3
"""Generator: related-account test set (HK due-diligence data-room flavour).
All names, numbers, addresses and firms are invented."""
import csv, json, os, random, unicodedata, itertools
from collections import defaultdict

SEED = 20240917
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__)) + '/'  # the writer's own folder before; rebuilt beside the generator
N_ACCOUNTS_TARGET = 3000
TYPO_P = 0.15

# ---------------------------------------------------------------- names
# (simplified, traditional, pinyin, cantonese)
CN_SUR = [('陈','陳','Chen','Chan'),('李','李','Li','Lee'),('王','王','Wang','Wong'),('张','張','Zhang','Cheung'),
          ('刘','劉','Liu','Lau'),('黄','黃','Huang','Wong'),('林','林','Lin','Lam'),('吴','吳','Wu','Ng'),
          ('周','周','Zhou','Chow'),('何','何','He','Ho'),('梁','梁','Liang','Leung'),('郑','鄭','Zheng','Cheng'),
          ('谢','謝','Xie','Tse'),('罗','羅','Luo','Law'),('杨','楊','Yang','Yeung'),('胡','胡','Hu','Wu'),
          ('郭','郭','Guo','Kwok'),('徐','徐','Xu','Tsui'),('许','許','Xu','Hui'),('朱','朱','Zhu','Chu'),
          ('曾','曾','Zeng','Tsang'),('邓','鄧','Deng','Tang'),('冯','馮','Feng','Fung'),('麦','麥','Mai','Mak')]
CN_GIV = [('志','志','zhi','chi'),('明','明','ming','ming'),('铭','銘','ming','ming'),('伟','偉','wei','wai'),
          ('娜','娜','na','na'),('静','靜','jing','ching'),('丽','麗','li','lai'),('强','強','qiang','keung'),
          ('军','軍','jun','kwan'),('敏','敏','min','man'),('杰','傑','jie','kit'),('芳','芳','fang','fong'),
          ('华','華','hua','wah'),('文','文','wen','man'),('嘉','嘉','jia','ka'),('家','家','jia','ka'),
          ('俊','俊','jun','chun'),('欣','欣','xin','yan'),('慧','慧','hui','wai'),('婷','婷','ting','ting'),
          ('浩','浩','hao','ho'),('宇','宇','yu','yu'),('健','健','jian','kin'),('国','國','guo','kwok'),
          ('美','美','mei','mei'),('玲','玲','ling','ling'),('海','海','hai','hoi'),('鹏','鵬','peng','pang'),
          ('晓','曉','xiao','hiu'),('颖','穎','ying','wing'),('诗','詩','shi','sze'),('德','德','de','tak'),
          ('安','安','an','on'),('雯','雯','wen','man'),('振','振','zhen','chun'),('威','威','wei','wai')]
EN_GIVEN = ['David','Michael','Kelvin','Ivan','Eric','Jason','Kenneth','Alan','Vincent','Winnie','Cathy','Karen',
            'Joyce','Gigi','Peggy','Tony','Raymond','Stanley','Sammy','Crystal','Jacky','Ken','Anson','Wilson']
KR_SUR = [('김','Kim','Gim'),('이','Lee','Yi'),('박','Park','Pak'),('최','Choi','Choe'),('정','Jung','Jeong'),
          ('강','Kang','Gang'),('조','Cho','Jo'),('윤','Yoon','Yun'),('장','Jang','Chang'),('임','Lim','Im')]
KR_GIV = [('민준','Min-jun','Minjun'),('서연','Seo-yeon','Seoyeon'),('지훈','Ji-hoon','Jihun'),('수빈','Su-bin','Subin'),
          ('현우','Hyun-woo','Hyeonu'),('지은','Ji-eun','Jieun'),('도윤','Do-yoon','Doyun'),('하은','Ha-eun','Haeun'),
          ('준호','Jun-ho','Junho'),('예린','Ye-rin','Yerin'),('성민','Sung-min','Seongmin'),('은지','Eun-ji','Eunji')]
VN_SUR = ['Nguyễn','Trần','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Đặng','Bùi','Đỗ']
VN_MID = ['Văn','Thị','Đức','Minh','Ngọc','Thanh','Hoàng']
VN_GIV = ['An','Anh','Bình','Dũng','Hà','Hải','Hương','Lan','Long','Mai','Nam','Phương','Quân','Thảo','Trang','Tuấn','Khoa','Linh']
W_FIRST = ['David','James','Sarah','Emma','Michael','Laura','Daniel','Anna','Thomas','Julia','Mark','Lisa','Peter','Sophie',
           'Stefan','Katrin','Jonas','Lena','Robert','Megan']
W_LAST = ['Brown','Smith','Miller','Walker','Hughes','Clarke','Turner','Fischer','Weber','Wagner','Becker','Hoffmann',
          'Carter','Reed','Bennett','Price','Foster','Lang']
JP_NAMES = [('佐藤','健太','Sato','Kenta'),('鈴木','美咲','Suzuki','Misaki'),('高橋','翔','Takahashi','Sho'),
            ('田中','結衣','Tanaka','Yui'),('伊藤','大輔','Ito','Daisuke'),('渡辺','彩','Watanabe','Aya')]

def strip_acc(s):
    s = s.replace('Đ','D').replace('đ','d')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')

def fullwidth(s):
    return ''.join(chr(ord(c)+0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)

# ------------------------------------------------------------ uniqueness registry
USED = set()
def uniq(fn, tries=200):
    for _ in range(tries):
        v = fn()
        if v not in USED:
            USED.add(v); return v
    raise RuntimeError('could not find unique value')

def digits(n, first_nonzero=False):
    s = ''.join(R.choice('0123456789') for _ in range(n))
    if first_nonzero and s[0] == '0':
        s = R.choice('123456789') + s[1:]
    return s

def pick(seq, weights=None):
    return R.choices(seq, weights=weights)[0] if weights else R.choice(seq)

# ---------------------------------------------------------------- value objects
# every value object: {'kind','key','forms':[...], 'tags':{...}}
def V(kind, key, forms, **tags):
    # de-duplicate forms but keep order
    seen, fl = set(), []
    for f in forms:
        if f and f not in seen:
            seen.add(f); fl.append(f)
    return {'kind': kind, 'key': key, 'forms': fl, 'tags': tags}

PERSON_SEQ = itertools.count(1)

def cn_person(region, forced=None):
    """region CN (mainland, pinyin) or HK (cantonese)."""
    if forced:
        sur, giv = forced
    else:
        sur = R.choice(CN_SUR)
        giv = [R.choice(CN_GIV) for _ in range(R.choice([1, 2, 2, 2]))]
    s = sur[0] + ''.join(g[0] for g in giv)
    t = sur[1] + ''.join(g[1] for g in giv)
    py_g = ''.join(g[2] for g in giv)
    py = f"{sur[2]} {py_g.capitalize()}"
    ca_parts = [g[3].capitalize() for g in giv]
    ca = f"{sur[3]} {' '.join(ca_parts)}"
    ca_h = f"{sur[3].upper()} {'-'.join(ca_parts).capitalize() if len(ca_parts) > 1 else ca_parts[0]}"
    eng = R.choice(EN_GIVEN)
    if region == 'CN':
        forms = [s, s, py, py.upper(), f"{py_g.capitalize()} {sur[2]}", f"{sur[2]} {' '.join(g[2].capitalize() for g in giv)}",
                 t, f"{s}（{py.upper()}）"]
        roman = py.lower()
    else:
        forms = [t, ca, ca_h, f"{' '.join(ca_parts)} {sur[3]}", f"{eng} {ca}", f"{eng} {sur[3]}", f"{ca.upper()}",
                 f"{t} {ca.upper()}", s, f"{sur[3]}, {eng}"]
        roman = ca.lower()
    pid = next(PERSON_SEQ)
    return V('person_name', f'person:{pid}', forms, name=s, roman=roman, region=region)

def kr_person(forced=None):
    sur, giv = forced if forced else (R.choice(KR_SUR), R.choice(KR_GIV))
    forms = [sur[0] + giv[0], f"{sur[1]} {giv[1]}", f"{sur[1].upper()} {giv[2].upper()}", f"{giv[1]} {sur[1]}",
             f"{sur[2]} {giv[2]}", f"{sur[1]} {giv[1].replace('-', ' ')}", f"{sur[0]}{giv[0]} ({sur[1]} {giv[1]})"]
    return V('person_name', f'person:{next(PERSON_SEQ)}', forms, name=sur[0] + giv[0], roman=f"{sur[1]} {giv[2]}".lower(), region='KR')

def vn_person(forced=None):
    sur, mid, giv = forced if forced else (R.choice(VN_SUR), R.choice(VN_MID), R.choice(VN_GIV))
    full = f"{sur} {mid} {giv}"
    a = strip_acc(full)
    forms = [full, a, a.upper(), f"{strip_acc(giv)} {strip_acc(sur)}", f"{sur} {mid[0]}. {giv}", full.upper(),
             f"{strip_acc(giv)} {strip_acc(sur)} {strip_acc(mid)}"]
    return V('person_name', f'person:{next(PERSON_SEQ)}', forms, name=full, roman=a.lower(), region='VN')

def w_person(forced=None):
    f, l = forced if forced else (R.choice(W_FIRST), R.choice(W_LAST))
    mi = R.choice('ABCDEJKLMRST')
    forms = [f"{f} {l}", f"{l.upper()}, {f}", f"{f[0]}. {l}", f"{f} {mi}. {l}", f"{f.upper()} {l.upper()}", f"{l}, {f} {mi}."]
    return V('person_name', f'person:{next(PERSON_SEQ)}', forms, name=f"{f} {l}", roman=f"{f} {l}".lower(), region='W')

def jp_person():
    s, g, rs, rg = R.choice(JP_NAMES)
    forms = [f"{s} {g}", f"{s}{g}", f"{rg} {rs}", f"{rs.upper()} {rg}", f"{rs} {rg}"]
    return V('person_name', f'person:{next(PERSON_SEQ)}', forms, name=s + g, roman=f"{rs} {rg}".lower(), region='JP')

# namesakes: a few very common names drawn often
def _sur(p): return [x for x in CN_SUR if x[2] == p][0]
def _giv(p, which=0): return [x for x in CN_GIV if x[2] == p][which]
NAMESAKE_CN = [(_sur('Li'), [_giv('na')]), (_sur('Wang'), [_giv('wei')]), (_sur('Zhang'), [_giv('wei')]),
               (_sur('Liu'), [_giv('fang')]), (_sur('Chen'), [_giv('jing')])]
NAMESAKE_HK = [(_sur('Chen'), [_giv('zhi'), _giv('ming', 0)]), (_sur('Chen'), [_giv('zhi'), _giv('ming', 1)]),  # 陳志明 / 陳志銘 same romanisation
               ([x for x in CN_SUR if x[0] == '王'][0], [_giv('jia'), _giv('hui')]),
               ([x for x in CN_SUR if x[0] == '黄'][0], [_giv('jia'), _giv('hui')]),                          # 王 / 黃 both Wong
               (_sur('Li'), [_giv('jia', 1), _giv('wen', 0)])]
NAMESAKE_KR = [(KR_SUR[0], KR_GIV[0]), (KR_SUR[1], KR_GIV[1])]
NAMESAKE_VN = [('Nguyễn', 'Văn', 'An'), ('Trần', 'Thị', 'Lan')]
NAMESAKE_W = [('David', 'Brown'), ('Sarah', 'Miller'), ('Thomas', 'Weber')]

def make_person(region):
    ns = R.random() < 0.14
    if region == 'CN':
        return cn_person('CN', R.choice(NAMESAKE_CN) if ns else None)
    if region == 'HK':
        return cn_person('HK', R.choice(NAMESAKE_HK) if ns else None)
    if region == 'KR':
        return kr_person(R.choice(NAMESAKE_KR) if ns else None)
    if region == 'VN':
        return vn_person(R.choice(NAMESAKE_VN) if ns else None)
    if region == 'JP':
        return jp_person()
    return w_person(R.choice(NAMESAKE_W) if ns else None)

# ---------------------------------------------------------------- companies
CN_DCH = [('瑞','瑞','rui'),('万','萬','wan'),('凯','凱','kai'),('骏','駿','jun'),('鑫','鑫','xin'),('泰','泰','tai'),
          ('航','航','hang'),('丰','豐','feng'),('源','源','yuan'),('盛','盛','sheng'),('达','達','da'),('博','博','bo'),
          ('翔','翔','xiang'),('宏','宏','hong'),('顺','順','shun'),('恒','恆','heng'),('悦','悅','yue'),('优','優','you'),
          ('创','創','chuang'),('乐','樂','le'),('星','星','xing'),('辉','輝','hui'),('锦','錦','jin'),('诚','誠','cheng'),
          ('腾','騰','teng'),('睿','睿','rui'),('康','康','kang'),('宁','寧','ning')]
CN_IND = [('科技','科技','Technology','Tech'),('贸易','貿易','Trading','Trade'),('电子商务','電子商務','E-commerce','E-Com'),
          ('实业','實業','Industrial','Ind.'),('家居用品','家居用品','Home Products','Home'),('电子','電子','Electronics','Elec.'),
          ('进出口','進出口','Import & Export','Imp & Exp')]
CN_CITY = [('深圳市','深圳市','Shenzhen'),('广州市','廣州市','Guangzhou'),('东莞市','東莞市','Dongguan'),('义乌市','義烏市','Yiwu'),
           ('杭州市','杭州市','Hangzhou'),('厦门市','廈門市','Xiamen'),('佛山市','佛山市','Foshan')]
HK_PRE = [('Gold','金'),('Silver','銀'),('Bright','明'),('Jade','玉'),('Ever','恆'),('Grand','宏'),('Sun','日'),('Star','星'),
          ('Ocean','海'),('Peak','峰'),('Lucky','吉'),('Rich','富'),('Wing','永'),('Fortune','福'),('Harbour','港'),('Pearl','珠')]
HK_SUF = [('leaf','葉'),('wave','浪'),('field','田'),('way','道'),('rise','昇'),('well','泉'),('link','聯'),('mark','標'),
          ('stone','石'),('bridge','橋'),('crest','冠'),('light','光')]
HK_IND = [('Trading','貿易'),('International','國際'),('Technology','科技'),('E-Commerce','電子商務'),('Global','環球'),('Enterprise','企業')]
KR_D = [('한빛','Hanbit'),('대성','Daesung'),('미래','Mirae'),('새롬','Saerom'),('누리','Nuri'),('다온','Daon'),('해솔','Haesol'),
        ('보람','Boram'),('가온','Gaon'),('온새','Onsae'),('한결','Hangyeol'),('푸른','Pureun')]
KR_I = [('상사','Sangsa','Trading'),('무역','Muyeok','Trading'),('유통','Yutong','Distribution'),('커머스','Commerce','Commerce')]
VN_D = ['An Phát','Hưng Thịnh','Phú Quý','Minh Long','Thành Đạt','Việt Tiến','Tân Phong','Hoàng Gia','Kim Ngân','Bảo An',
        'Đại Phúc','Sao Mai','Nam Việt','Thiên Ân']
VN_I = [('Thương mại','TM','Trading'),('Xuất nhập khẩu','XNK','Import Export'),('Thương mại điện tử','TMĐT','E-commerce'),
        ('Dịch vụ Thương mại','DVTM','Trading Services')]
W_A = ['Bright','Blue','North','Pine','Maple','Summit','Copper','Harbor','Willow','Iron','Cedar','Silver','Oak','Stone','Fox']
W_B = ['peak','field','creek','stone','ridge','brook','gate','moor','wood','haven','lane','crest']
W_C = ['Goods','Supply','Home','Outfitters','Brands','Trading','Living','Commerce','Direct']
DE_A = ['Linden','Birken','Eichen','Tannen','Sonnen','Berg','Rhein','Elb','Falken','Wald','Mühl','Stern']
DE_B = ['hof','feld','tal','bach','weg','brück','stein']
DE_C = ['Handels','Vertriebs','Versand','Import']
JP_D = [('さくら','Sakura'),('青葉','Aoba'),('みらい','Mirai'),('ひかり','Hikari'),('大和','Yamato'),('朝日','Asahi'),
        ('若葉','Wakaba'),('富士','Fuji'),('港','Minato'),('緑','Midori')]

COMPANY_SEQ = itertools.count(1)
USED_TRADE = defaultdict(list)   # (country, distinctive) -> company ids

def company_forms(c):
    k = c['country']; d = c['d']
    if k == 'CN':
        cs, ct, ce = c['city']; i = c['ind']; dz, dt, dp = d
        return [f"{cs}{dz}{i[0]}有限公司", f"{ce} {dp} {i[2]} Co., Ltd.", f"{ce.upper()} {dp.upper()} {i[3].upper().rstrip('.')} CO.,LTD",
                f"{dp} {i[2]}", f"{ct}{dt}{i[1]}有限公司", f"{cs[:-1]}{dz}{i[0]}", f"{ce} {dp} {i[3]} Co.,Ltd",
                f"{cs}{dz}{i[0]}有限公司 / {ce} {dp} {i[2]} Co., Ltd.", f"{dz}{i[0]}"]
    if k == 'HK':
        en, zh = d[0], d[1]; ie, iz = c['ind']; lf = c['lf']
        base = f"{en} {ie}"
        zhn = f"{zh}{iz}有限公司" if lf == 'Limited' else f"{zh}(香港){iz}有限公司"
        lfx = 'Limited' if lf == 'Limited' else '(HK) Co., Limited'
        fb = f"{en} {lfx.replace('(HK) Co., Limited', '(HK) Co., Ltd')}" if lf != 'Limited' else f"{base} Ltd"
        return [f"{base} {lfx}" if lf == 'Limited' else f"{en} {ie} {lfx}", fb, f"{base.upper()} LTD.", zhn,
                f"{base} {lfx} {zhn}", f"{base}", f"{base.upper()} LIMITED", zhn.replace('貿易', '贸易').replace('國際', '国际').replace('電子商務', '电子商务')]
    if k == 'KR':
        (dk, dr), (ik, ir, ie) = d, c['ind']
        return [f"주식회사 {dk}{ik}", f"(주){dk}{ik}", f"{dr} {ir} Co., Ltd.", f"{dr.upper()} {ie.upper()} CO LTD", f"{dk}{ik} 주식회사",
                f"{dr}{ir.lower()}", f"㈜{dk}{ik}"]
    if k == 'VN':
        (ivn, iab, ien) = c['ind']
        return [f"Công ty TNHH {ivn} {d}", f"CÔNG TY TNHH {iab} {d.upper()}", f"{strip_acc(d)} {ien} Co., Ltd",
                f"{strip_acc(d).upper()} {ien.upper()} COMPANY LIMITED", f"Cty TNHH {iab} {d}", f"{strip_acc(d)} {ien}",
                f"CONG TY TNHH {strip_acc(ivn).upper()} {strip_acc(d).upper()}"]
    if k == 'US':
        lf = c['lf']
        return [f"{d} {lf}", f"{d}, {lf}", f"{d.upper()} {lf.upper()}", d, f"{d} {'L.L.C.' if lf == 'LLC' else 'Incorporated'}",
                d.replace(' ', '')]
    if k == 'UK':
        return [f"{d} Ltd", f"{d} Limited", f"{d.upper()} LTD.", d, f"{d} Ltd."]
    if k == 'DE':
        lf = c['lf']
        alt = 'Gesellschaft mit beschränkter Haftung' if lf == 'GmbH' else 'UG'
        return [f"{d} {lf}", f"{d}-{lf.split()[0]}", d.upper(), d, f"{d} {alt}", f"{d} {lf}".replace('ä', 'ae').replace('ü', 'ue').replace('ö', 'oe')]
    if k == 'JP':
        jz, jr = d
        return [f"株式会社{jz}トレーディング", f"{jr} Trading Co., Ltd.", f"{jr} Trading K.K.", f"{jr.upper()} TRADING", f"(株){jz}トレーディング"]

def new_distinctive(k):
    if k == 'CN':
        a, b = R.sample(CN_DCH, 2)
        return (a[0] + b[0], a[1] + b[1], (a[2] + b[2]).capitalize())
    if k == 'HK':
        a, b = R.choice(HK_PRE), R.choice(HK_SUF)
        return (a[0] + b[0], a[1] + b[1])
    if k == 'KR':
        a, b = R.sample(KR_D, 2) if R.random() < 0.7 else (R.choice(KR_D), ('', ''))
        return (a[0] + b[0], a[1] + b[1].lower())
    if k == 'VN': return R.choice(VN_D) + R.choice(['', '', ' Sài Gòn', ' Việt', ' Toàn Cầu', ' Phương Nam', ' Hà Thành'])
    if k in ('US', 'UK'): return f"{R.choice(W_A)}{R.choice(W_B)} {R.choice(W_C)}"
    if k == 'DE': return f"{R.choice(DE_A)}{R.choice(DE_B)} {R.choice(DE_C)}"
    if k == 'JP':
        a, b = R.sample(JP_D, 2) if R.random() < 0.7 else (R.choice(JP_D), ('', ''))
        return (a[0] + b[0], a[1] + b[1].lower())

def dist_word(c):
    d = c['d']
    if c['country'] == 'CN': return d[2].lower()
    if c['country'] in ('HK', 'KR', 'JP'): return d[0].lower() if c['country'] == 'HK' else d[1].lower()
    if c['country'] == 'VN': return strip_acc(d).lower()
    return d.split()[0].lower()

def new_company(k, template=None, trade_from=None, d_override=None):
    c = {'country': k, 'cid': next(COMPANY_SEQ)}
    if d_override:
        c['d'] = d_override
    elif template:                       # sibling: same template, other distinctive word
        c.update({x: template[x] for x in ('city', 'ind', 'lf') if x in template})
        for _ in range(50):
            d = new_distinctive(k)
            if dist_word({'country': k, 'd': d}) != dist_word(template): break
        c['d'] = d
    elif trade_from:                   # same trade word, other legal form / city / industry
        c['d'] = trade_from['d']
    else:
        c['d'] = new_distinctive(k)
    if 'city' not in c: c['city'] = R.choice(CN_CITY)
    if 'ind' not in c:
        c['ind'] = {'CN': R.choice(CN_IND), 'HK': R.choice(HK_IND), 'KR': R.choice(KR_I), 'VN': R.choice(VN_I)}.get(k)
    if 'lf' not in c:
        c['lf'] = {'HK': R.choice(['Limited', 'Limited', 'HKCo']), 'US': R.choice(['LLC', 'LLC', 'Inc.']),
                   'DE': R.choice(['GmbH', 'GmbH', 'UG (haftungsbeschränkt)'])}.get(k, '')
    if trade_from:
        changed = False
        for _ in range(20):
            if k == 'CN':
                c['city'] = R.choice(CN_CITY); c['ind'] = R.choice(CN_IND)
            elif k == 'HK':
                c['lf'] = R.choice(['Limited', 'HKCo']); c['ind'] = R.choice(HK_IND)
            elif k == 'US':
                c['lf'] = R.choice(['LLC', 'Inc.'])
            elif k == 'DE':
                c['lf'] = R.choice(['GmbH', 'UG (haftungsbeschränkt)'])
            elif k == 'KR': c['ind'] = R.choice(KR_I)
            elif k == 'VN': c['ind'] = R.choice(VN_I)
            if company_forms(c)[0] != company_forms(trade_from)[0]:
                changed = True; break
        if not changed:
            return None
    f0 = company_forms(c)[0]
    if f0 in USED:
        return None
    USED.add(f0)
    c['value'] = V('company_name', f"company:{c['cid']}", company_forms(c), cid=c['cid'], dword=dist_word(c),
                   sibling_of=template['cid'] if template else None,
                   trade_of=trade_from['cid'] if trade_from else (d_override[2] if d_override and len(d_override) == 3 else None))
    return c

# ---------------------------------------------------------------- tax ids
def make_tax(c):
    k = c['country']
    if k == 'CN':
        area = {'Shenzhen': '440300', 'Guangzhou': '440100', 'Dongguan': '441900', 'Yiwu': '330782', 'Hangzhou': '330100',
                'Xiamen': '350200', 'Foshan': '440600'}[c['city'][2]]
        v = uniq(lambda: '91' + area + 'MA' + ''.join(R.choice('0123456789ABCDEFGHJKLMNPQRTUWXY') for _ in range(8)))
        forms = [v, f"{v[:4]} {v[4:8]} {v[8:12]} {v[12:16]} {v[16:]}", f"统一社会信用代码：{v}", v.lower(), f"USCC {v}", f"信用代码 {v}"]
    elif k == 'HK':
        v = uniq(lambda: digits(8, True))
        yy = R.randint(19, 25)
        forms = [v, f"BR No. {v}-000-{R.randint(1,12):02d}-{yy}-{R.randint(0,9)}", f"商業登記 {v}", f"BRN {v}000", f"{v[:4]} {v[4:]}", f"BR {v}"]
    elif k == 'KR':
        v = uniq(lambda: digits(10, True))
        forms = [f"{v[:3]}-{v[3:5]}-{v[5:]}", v, f"사업자등록번호 {v[:3]}-{v[3:5]}-{v[5:]}", f"BRN {v[:3]} {v[3:5]} {v[5:]}"]
    elif k == 'VN':
        v = uniq(lambda: '03' + digits(8))
        forms = [v, f"MST: {v}", f"{v[:4]} {v[4:7]} {v[7:]}", f"Mã số thuế {v}", f"TIN {v}"]
    elif k == 'US':
        v = uniq(lambda: digits(9, True))
        forms = [f"{v[:2]}-{v[2:]}", v, f"EIN {v[:2]}-{v[2:]}", f"EIN: {v}", f"FEIN {v[:2]} {v[2:]}"]
    elif k == 'UK':
        v = uniq(lambda: digits(9, True))
        forms = [f"GB {v[:3]} {v[3:7]} {v[7:]}", f"GB{v}", v, f"VAT Reg No GB{v}", f"gb{v}"]
    elif k == 'DE':
        v = uniq(lambda: digits(9, True))
        forms = [f"DE{v}", f"DE {v[:3]} {v[3:6]} {v[6:]}", f"USt-IdNr. DE{v}", f"USt-ID: DE {v}", v]
    else:
        v = uniq(lambda: digits(13, True))
        forms = [v, f"T{v}", f"法人番号 {v}", f"T-{v[:1]}-{v[1:5]}-{v[5:9]}-{v[9:]}"]
    return V('tax_id', f'tax:{k}:{v}', forms, cid=c['cid'])

# ---------------------------------------------------------------- addresses (invented buildings/streets)
HK_BLD = [  # en, zh, no, street en, street zh, street abbr, district en, district zh, dist abbr, region en, region zh, reg abbr
    ('Wing Fat Commercial Building', '永發商業大廈', '62', 'Mody Road', '麼地道', 'Mody Rd', 'Tsim Sha Tsui', '尖沙咀', 'TST', 'Kowloon', '九龍', 'KLN'),
    ('Kin Tak Industrial Centre', '建德工業中心', '18', 'Hung To Road', '鴻圖道', 'Hung To Rd', 'Kwun Tong', '觀塘', 'KT', 'Kowloon', '九龍', 'KLN'),
    ('Lok Sang Plaza', '樂生廣場', '233', 'Hennessy Road', '軒尼詩道', 'Hennessy Rd', 'Wan Chai', '灣仔', 'WC', 'Hong Kong', '香港', 'HK'),
    ('Tung Po Centre', '通寶中心', '151', 'Des Voeux Road Central', '德輔道中', "Des Voeux Rd C", 'Sheung Wan', '上環', 'SW', 'Hong Kong', '香港', 'HK'),
    ('Fook Hing Building', '福興大廈', '45', 'Nathan Road', '彌敦道', 'Nathan Rd', 'Mong Kok', '旺角', 'MK', 'Kowloon', '九龍', 'KLN'),
    ('Hoi Kwong Industrial Building', '海光工業大廈', '7', 'Wang Hoi Road', '宏開道', 'Wang Hoi Rd', 'Kowloon Bay', '九龍灣', 'KB', 'Kowloon', '九龍', 'KLN'),
    ('Kam Lung Commercial Centre', '金龍商業中心', '88', 'Lockhart Road', '駱克道', 'Lockhart Rd', 'Causeway Bay', '銅鑼灣', 'CWB', 'Hong Kong', '香港', 'HK'),
    ('Shing Yip Tower', '成業大廈', '12', 'Kwai Fung Crescent', '葵豐街', 'Kwai Fung Cres', 'Kwai Chung', '葵涌', 'KC', 'New Territories', '新界', 'NT'),
    ('Man Yee Centre', '萬宜中心', '3', 'Wing Kut Street', '永吉街', 'Wing Kut St', 'Sheung Wan', '上環', 'SW', 'Hong Kong', '香港', 'HK'),
    ('Yau Lee Building', '友利大廈', '301', 'Castle Peak Road', '青山道', 'Castle Peak Rd', 'Cheung Sha Wan', '長沙灣', 'CSW', 'Kowloon', '九龍', 'KLN'),
]
CN_BLD = [  # bldg zh simp, bldg trad, bldg pinyin, road zh, road en, road abbr, no, district zh, district en, city idx, province zh, province en, post
    ('创维科贸大厦', '創維科貿大廈', 'Chuangwei Kemao', '科技南十路', 'Keji South 10th Road', 'Keji S. 10th Rd', '88', '南山区', 'Nanshan', 0, '广东省', 'Guangdong', '518057'),
    ('华联发展大厦', '華聯發展大廈', 'Hualian Fazhan', '深南中路', 'Shennan Middle Road', 'Shennan Mid Rd', '2008', '福田区', 'Futian', 0, '广东省', 'Guangdong', '518031'),
    ('龙华电商产业园', '龍華電商產業園', 'Longhua E-commerce Industrial Park', '梅龙大道', 'Meilong Avenue', 'Meilong Ave', '916', '龙华区', 'Longhua', 0, '广东省', 'Guangdong', '518131'),
    ('宝安智谷', '寶安智谷', "Bao'an Zhigu", '宝源路', 'Baoyuan Road', 'Baoyuan Rd', '168', '宝安区', "Bao'an", 0, '广东省', 'Guangdong', '518101'),
    ('坂田星河创意园', '坂田星河創意園', 'Bantian Xinghe Creative Park', '雪岗路', 'Xuegang Road', 'Xuegang Rd', '1033', '龙岗区', 'Longgang', 0, '广东省', 'Guangdong', '518129'),
    ('天河时代广场', '天河時代廣場', 'Tianhe Shidai Plaza', '天河路', 'Tianhe Road', 'Tianhe Rd', '385', '天河区', 'Tianhe', 1, '广东省', 'Guangdong', '510620'),
    ('松山湖创新大厦', '松山湖創新大廈', 'Songshanhu Chuangxin', '工业西路', 'Gongye West Road', 'Gongye W. Rd', '5', '松山湖', 'Songshan Lake', 2, '广东省', 'Guangdong', '523808'),
    ('国际商贸城五区', '國際商貿城五區', 'International Trade City District 5', '福田路', 'Futian Road', 'Futian Rd', '105', '稠城街道', 'Choucheng', 3, '浙江省', 'Zhejiang', '322000'),
    ('滨江跨境电商园', '濱江跨境電商園', 'Binjiang Cross-border E-commerce Park', '江南大道', 'Jiangnan Avenue', 'Jiangnan Ave', '3900', '滨江区', 'Binjiang', 4, '浙江省', 'Zhejiang', '310051'),
    ('软件园二期', '軟件園二期', 'Software Park Phase II', '观日路', 'Guanri Road', 'Guanri Rd', '24', '思明区', 'Siming', 5, '福建省', 'Fujian', '361008'),
    ('季华商务中心', '季華商務中心', 'Jihua Business Centre', '季华五路', 'Jihua 5th Road', 'Jihua 5th Rd', '57', '禅城区', 'Chancheng', 6, '广东省', 'Guangdong', '528000'),
]
KR_BLD = [('테헤란로', 'Teheran-ro', '강남구', 'Gangnam-gu', '06234'), ('양재대로', 'Yangjae-daero', '서초구', 'Seocho-gu', '06752'),
          ('디지털로', 'Digital-ro', '구로구', 'Guro-gu', '08390'), ('월드컵북로', 'World Cup buk-ro', '마포구', 'Mapo-gu', '03925')]
VN_BLD = [('Nguyễn Huệ', 'Bến Nghé', 'Quận 1', 'District 1'), ('Cộng Hòa', 'Phường 4', 'Quận Tân Bình', 'Tan Binh District'),
          ('Lê Văn Sỹ', 'Phường 13', 'Quận 3', 'District 3'), ('Nguyễn Thị Thập', 'Tân Phú', 'Quận 7', 'District 7')]
US_ST = [('Oak Ridge', 'Dr', 'Drive', 'Austin', 'TX', 'Texas', '787'), ('Lantern Bay', 'Blvd', 'Boulevard', 'Irvine', 'CA', 'California', '926'),
         ('Maple Hollow', 'Ln', 'Lane', 'Edison', 'NJ', 'New Jersey', '088'), ('Cypress Point', 'Ave', 'Avenue', 'Miami', 'FL', 'Florida', '331'),
         ('Quarry Hill', 'Rd', 'Road', 'Flushing', 'NY', 'New York', '113'), ('Sandpiper', 'Ct', 'Court', 'Walnut', 'CA', 'California', '917')]
UK_ST = [('Harcourt', 'Road', 'Rd', 'Leeds', 'LS6'), ('Kelvedon', 'Street', 'St', 'London', 'E2'), ('Ashby', 'Avenue', 'Ave', 'Manchester', 'M14'),
         ('Ferncliffe', 'Road', 'Rd', 'Birmingham', 'B17')]
DE_ST = [('Lindenstraße', 'Lindenstr.', 'Berlin', '10969'), ('Hafenweg', 'Hafenweg', 'Hamburg', '20457'),
         ('Kastanienallee', 'Kastanienallee', 'Leipzig', '04107'), ('Bahnhofstraße', 'Bahnhofstr.', 'Düsseldorf', '40210')]
JP_ST = [('東京都渋谷区渋谷', 'Shibuya, Shibuya-ku, Tokyo', '150-0002'), ('大阪府大阪市中央区南船場', 'Minamisenba, Chuo-ku, Osaka', '542-0081')]

def _pc(seed_str, fn):
    rr = random.Random(seed_str)
    return fn(rr)

def make_address(k, b=None, room=None, num=None, vo=None):
    """k: country. b: building/street index. room / num override for controlled neighbours."""
    if k == 'HK':
        b = R.randrange(len(HK_BLD)) if b is None else b
        en, zh, no, st, stz, sta, di, diz, dia, rg, rgz, rga = HK_BLD[b]
        fl, un = room if room else (R.randint(2, 28), R.choice([str(R.randint(1, 16)), R.choice('ABCDEFGH')]))
        rm = f"{fl}{int(un):02d}" if un.isdigit() else f"{fl}{un}"
        forms = [f"Flat {un}, {fl}/F, {en}, {no} {st}, {di}, {rg}", f"Rm {rm}, {fl}F, {en}, {no} {sta}, {dia}, {rga}",
                 f"香港{rgz}{diz}{stz}{no}號{zh}{fl}樓{un}室", f"Hong Kong, {rg}, {di}, {no} {st}, {en}, {fl}/F, Unit {un}",
                 f"UNIT {un} {fl}/F {en.upper()} NO.{no} {st.upper()} {di.upper()} HK", f"{en} | {fl}/F Unit {un} | {no} {st} | {di} | HK",
                 f"Room {rm}, {en}, {no} {st}, {di}, {rg}, Hong Kong SAR", f"{zh}{fl}樓{un}室, {no} {st}, {di}"]
        return V('address', f'addr:HK:{b}:{fl}:{un}', forms, bldg=f'HK:{b}', street=f'HK:{b}', vo=vo, room=f'{fl}-{un}')
    if k == 'CN':
        b = R.randrange(len(CN_BLD)) if b is None else b
        bz, bt, bp, rz, ren, rab, no, dz, den, ci, pz, pen, post = CN_BLD[b]
        cz, ctr, cen = CN_CITY[ci]
        blk, rmno = room if room else (R.choice(['A', 'B', 'C', '']), f"{R.randint(2, 30)}{R.randint(1, 20):02d}")
        bk = f"{blk}座" if blk else ''
        bke = f"Block {blk}, " if blk else ''
        forms = [f"{pz}{cz}{dz}{rz}{no}号{bz}{bk}{rmno}室", f"{cz}{dz}{rz}{no}号{bz}{bk}{rmno}",
                 f"Room {rmno}, {bke}{bp} Building, No. {no} {ren}, {den} District, {cen}, {pen}, China {post}",
                 f"{cen} {den} Dist. {rab} {no} {bp} Bldg {blk + '-' if blk else ''}{rmno}",
                 f"{pz}{ctr}{dz.replace('区', '區')}{rz}{no}號{bt}{bk}{rmno}室",
                 f"{post} 中国{pz}{cz}{dz}{bz}{bk}{rmno}室（{rz}{no}号）",
                 f"{rmno}, {bke}{bp}, {no} {ren}, {den}, {cen} {post} CN"]
        return V('address', f'addr:CN:{b}:{blk}:{rmno}', forms, bldg=f'CN:{b}', street=f'CN:{b}', vo=vo, room=f'{blk}{rmno}')
    if k == 'KR':
        b = R.randrange(len(KR_BLD)) if b is None else b
        rk, ren, gk, gen, post = KR_BLD[b]
        no = num or R.randint(10, 300)
        fl, rr = room if room else (lambda f: (f, f * 100 + R.randint(1, 12)))(R.randint(2, 15))
        forms = [f"서울특별시 {gk} {rk} {no}, {fl}층 {rr}호", f"{rr}-ho, {fl}F, {no} {ren}, {gen}, Seoul, {post}",
                 f"Seoul {gen} {ren} {no} #{rr}", f"서울 {gk} {rk} {no} {rr}호", f"#{rr}, {no}, {ren}, {gen}, Seoul, Republic of Korea"]
        return V('address', f'addr:KR:{b}:{no}:{rr}', forms, bldg=f'KR:{b}:{no}', street=f'KR:{b}', vo=vo, room=str(rr))
    if k == 'VN':
        b = R.randrange(len(VN_BLD)) if b is None else b
        st, wd, dv, den = VN_BLD[b]
        no = num or R.randint(5, 400)
        fl, rr = room if room else (lambda f: (f, f * 100 + R.randint(1, 10)))(R.randint(2, 12))
        forms = [f"Phòng {rr}, Tầng {fl}, {no} {st}, Phường {wd}, {dv}, TP. Hồ Chí Minh".replace('Phường Phường', 'Phường'),
                 f"Room {rr}, {fl}th Floor, {no} {strip_acc(st)} Street, {strip_acc(wd)} Ward, {den}, Ho Chi Minh City",
                 f"P.{rr}, {no} {strip_acc(st)}, {den.replace('District ', 'Q.')}, HCMC", f"{no} {st}, P.{rr}, {dv}, TP.HCM",
                 f"PHONG {rr} TANG {fl} {no} {strip_acc(st).upper()} {strip_acc(dv).upper()} HCM"]
        return V('address', f'addr:VN:{b}:{no}:{rr}', forms, bldg=f'VN:{b}:{no}', street=f'VN:{b}', vo=vo, room=str(rr))
    if k == 'US':
        b = R.randrange(len(US_ST)) if b is None else b
        sn, sa, sf, city, stc, stn, zp = US_ST[b]
        no = num or R.randint(100, 9900)
        unit = room if room is not None else R.choice(['', '', str(R.randint(100, 420)), R.choice('ABCD')])
        zipc = zp + _pc(f'us{b}{no // 200}', lambda rr: f"{rr.randint(1, 99):02d}")
        su = f" Ste {unit}" if unit else ''
        su2 = f", Suite {unit}" if unit else ''
        forms = [f"{no} {sn} {sa}{su}, {city}, {stc} {zipc}", f"{no} {sn} {sf}{su2}, {city}, {stn} {zipc}, USA",
                 f"{('Suite ' + unit + ', ') if unit else ''}{no} {sn.replace(' ', '')} {sa}., {city} {stc}",
                 f"{no} {sn.upper()} {sa.upper()}{(' #' + unit) if unit else ''} {city.upper()} {stc} {zipc}",
                 f"{city}, {stc} {zipc} | {no} {sn} {sa}{(' Apt ' + unit) if unit else ''}"]
        return V('address', f'addr:US:{b}:{no}:{unit}', forms, bldg=f'US:{b}:{no}', street=f'US:{b}', vo=vo, room=unit)
    if k == 'UK':
        b = R.randrange(len(UK_ST)) if b is None else b
        sn, sf, sa, city, pcp = UK_ST[b]
        no = num or R.randint(1, 180)
        flat = room if room is not None else R.choice(['', '', str(R.randint(1, 9))])
        pc = pcp + ' ' + _pc(f'uk{b}{no // 20}', lambda rr: f"{rr.randint(1, 9)}{rr.choice('ABDEFGHJLNPQRSTUWXYZ')}{rr.choice('ABDEFGHJLNPQRSTUWXYZ')}")
        fs = f"Flat {flat}, " if flat else ''
        forms = [f"{fs}{no} {sn} {sf}, {city} {pc}", f"{no} {sn} {sa}, {('Flat ' + flat + ', ') if flat else ''}{city}, {pc.replace(' ', '')}, United Kingdom",
                 f"{(flat + '/') if flat else ''}{no} {sn} {sf}, {city}", f"{fs.upper()}{no} {sn.upper()} {sf.upper()} {city.upper()} {pc}",
                 f"{pc} {city} - {fs}{no} {sn} {sa}"]
        return V('address', f'addr:UK:{b}:{no}:{flat}', forms, bldg=f'UK:{b}:{no}', street=f'UK:{b}', vo=vo, room=flat)
    if k == 'DE':
        b = R.randrange(len(DE_ST)) if b is None else b
        sn, sa, city, plz = DE_ST[b]
        no = num or R.randint(1, 120)
        zus = room if room is not None else R.choice(['', '', '', R.choice('abc')])
        forms = [f"{sn} {no}{zus}, {plz} {city}", f"{sa} {no}{zus}, D-{plz} {city}, Germany", f"{sn.replace('ß', 'ss')} {no}{zus} {city} {plz}",
                 f"{plz} {city}, {sn} {no}{zus}", f"{sn.upper()} {no}{zus.upper()}, {plz} {city.upper()}"]
        return V('address', f'addr:DE:{b}:{no}:{zus}', forms, bldg=f'DE:{b}:{no}', street=f'DE:{b}', vo=vo, room=zus)
    # JP
    b = R.randrange(len(JP_ST)) if b is None else b
    jz, jen, post = JP_ST[b]
    no = num or f"{R.randint(1, 4)}-{R.randint(1, 25)}-{R.randint(1, 12)}"
    rr = room or str(R.randint(1, 9) * 100 + R.randint(1, 9))
    forms = [f"〒{post} {jz}{no} {rr}号室", f"Room {rr}, {no} {jen} {post}", f"{jz}{no}-{rr}", f"{no} {jen}, #{rr}, Japan"]
    return V('address', f'addr:JP:{b}:{no}:{rr}', forms, bldg=f'JP:{b}:{no}', street=f'JP:{b}', vo=vo, room=rr)

# ---------------------------------------------------------------- banks
def iban_check(cc, bban):
    s = ''.join(str(int(ch, 36)) for ch in (bban + cc + '00'))
    return f"{98 - int(s) % 97:02d}"

def spaced(s, n=4):
    return ' '.join(s[i:i + n] for i in range(0, len(s), n))

# invented payment-service providers: (name, US routing, account prefixes, UK sort code, UK acct prefix)
PSPS = [('Airvault', '026013579', ['8603', '8604'], '23-14-70', '41'), ('Payonix', '084106768', ['5512'], '04-00-75', '37'),
        ('WorldPier', '121145307', ['7010', '7011'], '23-69-72', '62'), ('PingFlow', '091311229', ['3302'], '04-13-07', '29'),
        ('LianPay', '101019644', ['6680'], '60-84-64', '18')]
US_BANKS = [('First Harbor Bank', '021407912'), ('Cascade National', '122243350'), ('Lone Oak Bank', '111926015')]
CN_BANKS = [('中国工商银行', 'ICBC', '622202'), ('招商银行', 'CMB', '621483'), ('中国建设银行', 'CCB', '621700'), ('中国银行', 'BOC', '621661')]
HK_BANKS = [('滙豐銀行', 'HSBC', '004'), ('恒生銀行', 'Hang Seng', '024'), ('中銀香港', 'BOCHK', '012'), ('渣打銀行', 'SCB', '003')]
KR_BANKS = [('국민은행', 'KB Kookmin'), ('신한은행', 'Shinhan'), ('우리은행', 'Woori')]
VN_BANKS = [('Vietcombank', 'VCB'), ('Techcombank', 'TCB'), ('ACB', 'ACB')]

def make_bank(k, psp=None):
    if psp is not None:
        name, rtn, pres, sc, ukp = psp
        if R.random() < 0.7:
            pre = R.choice(pres)
            acct = uniq(lambda: pre + digits(6))
            forms = [f"RTN {rtn} ACCT {acct}", f"{name} {rtn}-{acct}", f"{name} USD receiving acct {acct} / ABA {rtn}",
                     f"Routing: {rtn} | Account: {acct} ({name})", f"{acct} (ABA {rtn})", f"{name.upper()} {acct}"]
            return V('bank_account', f'bank:US:{rtn}:{acct}', forms, psp=name, prefix=f'{rtn}:{pre}')
        acct = uniq(lambda: ukp + digits(6))
        scd = sc.replace('-', '')
        iban = 'GB' + iban_check('GB', 'PSPX' + scd + acct) + 'PSPX' + scd + acct
        forms = [f"sort code {sc} acc {acct}", f"{name} GBP {sc} {acct}", f"IBAN {spaced(iban)}", iban, f"{scd} {acct}", f"S/C {sc} A/C {acct}"]
        return V('bank_account', f'bank:GB:{scd}:{acct}', forms, psp=name, prefix=f'{scd}:{ukp}')
    if k == 'US':
        bn, rtn = R.choice(US_BANKS)
        acct = uniq(lambda: digits(R.choice([10, 12]), True))
        forms = [f"RTN {rtn} ACCT {acct}", f"{bn} routing {rtn} account {acct}", f"ABA {rtn} / A/C {acct}", f"{rtn}-{acct}",
                 f"Acct {acct} (routing {rtn})", f"{bn} ****{acct[-4:]} / {rtn} / {acct}"]
        return V('bank_account', f'bank:US:{rtn}:{acct}', forms)
    if k == 'UK':
        sc = f"{R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}"
        acct = uniq(lambda: digits(8, True))
        scd = sc.replace('-', '')
        iban = 'GB' + iban_check('GB', 'FXMB' + scd + acct) + 'FXMB' + scd + acct
        forms = [f"sort code {sc} acc {acct}", f"{scd} {acct}", iban, spaced(iban), f"S/C {sc}  A/C {acct}", f"IBAN: {iban} (BIC FXMBGB2L)"]
        return V('bank_account', f'bank:GB:{scd}:{acct}', forms)
    if k == 'DE':
        blz = R.choice(['10070024', '20050550', '30060601', '86055592'])
        kto = uniq(lambda: digits(10))
        iban = 'DE' + iban_check('DE', blz + kto) + blz + kto
        forms = [iban, spaced(iban), f"IBAN: {spaced(iban)}", f"BLZ {blz} Kto {kto.lstrip('0')}", f"IBAN {iban.lower()}", f"{iban[:4]} {iban[4:]}"]
        return V('bank_account', f'bank:DE:{iban}', forms)
    if k == 'CN':
        bz, be, bin6 = R.choice(CN_BANKS)
        n = uniq(lambda: bin6 + digits(13))
        forms = [spaced(n), n, f"{bz} {n}", f"{be} {'-'.join(n[i:i + 4] for i in range(0, 19, 4))}", f"{bz}深圳分行 账号{n}",
                 f"{be} A/C {n}", f"{bz}\u3000{spaced(n)}"]
        return V('bank_account', f'bank:CN:{n}', forms)
    if k == 'HK':
        bz, be, code = R.choice(HK_BANKS)
        br, ac, sx = digits(3, True), digits(6), digits(3)
        uniq(lambda: code + br + ac + sx)
        forms = [f"{be} {code} {br}-{ac}-{sx}", f"{code}{br}{ac}{sx}", f"{bz} {br}-{ac}-{sx}", f"Bank code {code} / A/C {br}{ac}{sx}",
                 f"{br}-{ac}-{sx}", f"{be} HK A/C No. {br} {ac} {sx}", f"{code}-{br}-{ac}{sx}"]
        return V('bank_account', f'bank:HK:{code}:{br}{ac}{sx}', forms)
    if k == 'KR':
        bk, be = R.choice(KR_BANKS)
        a, b_, c = digits(6, True), digits(2), digits(6)
        uniq(lambda: a + b_ + c)
        forms = [f"{bk} {a}-{b_}-{c}", f"{be} {a}{b_}{c}", f"{a}-{b_}-{c}", f"{be} Bank A/C {a}{b_}{c}", f"{bk.replace('은행', '')} {a}{b_}{c}"]
        return V('bank_account', f'bank:KR:{a}{b_}{c}', forms)
    if k == 'VN':
        bk, ab = R.choice(VN_BANKS)
        n = uniq(lambda: '0' + digits(12))
        forms = [f"{bk} {n}", f"{ab} - {n[:3]} {n[3:7]} {n[7:]}", f"STK {n} Ngân hàng {bk} CN HCM", n, f"STK: {n} - {ab}"]
        return V('bank_account', f'bank:VN:{n}', forms)
    bc = R.choice(['0005', '0009', '0001'])
    brc, ac = digits(3, True), digits(7, True)
    uniq(lambda: bc + brc + ac)
    forms = [f"Bank {bc} Branch {brc} 普通 {ac}", f"{bc}-{brc}-{ac}", f"普通預金 {ac}（支店{brc}）", f"ordinary {ac} br.{brc} bank {bc}"]
    return V('bank_account', f'bank:JP:{bc}{brc}{ac}', forms)

# ---------------------------------------------------------------- cards
BINS = [('Visa', '4'), ('Mastercard', '5'), ('Mastercard', '2'), ('Amex', '3')]
def make_card(clone=None):
    if clone:
        brand, bin6, last4 = clone['tags']['brand'], clone['tags']['bin'], clone['tags']['last4']
        mm, yy = R.randint(1, 12), R.randint(25, 30)
        if f"{mm:02d}/{yy}" == clone['tags']['exp']:
            mm = mm % 12 + 1
    else:
        brand, p = R.choice(BINS)
        bin6 = {'4': lambda: '4' + digits(5), '5': lambda: '5' + R.choice('12345') + digits(4), '2': lambda: '22' + R.choice('2345') + digits(3),
                '3': lambda: R.choice(['34', '37']) + digits(4)}[p]()
        last4, mm, yy = digits(4), R.randint(1, 12), R.randint(25, 30)
    exp = f"{mm:02d}/{yy}"
    key = f'card:{bin6}:{last4}:{exp}'
    if key in USED:
        return make_card(clone)
    USED.add(key)
    ab = 'MC' if brand == 'Mastercard' else brand.upper()
    forms = [f"{bin6[:4]} {bin6[4:]}** **** {last4} ({mm:02d}/20{yy})", f"{bin6}xxxxxx{last4} exp {mm:02d}/{yy}",
             f"{brand} ending {last4}, exp {mm:02d}/20{yy}", f"{ab} {bin6}******{last4} {mm:02d}{yy}",
             f"{bin6[:4]}-{bin6[4:]}XX-XXXX-{last4} {mm}/{yy}", f"{brand} •••• {last4} (exp {mm}/{yy})", f"{bin6}******{last4} | {mm:02d}/{yy}"]
    return V('card', key, forms, brand=brand, bin=bin6, last4=last4, exp=exp)

# ---------------------------------------------------------------- phones
def phone_forms(k, n):
    """n: national significant number (digits, no trunk prefix)."""
    if k == 'CN':
        if n[0] == '1':
            a, b, c = n[:3], n[3:7], n[7:]
            return f'+86{n}', [f"+86 {a} {b} {c}", f"{a} {b} {c}", n, f"0086-{a}-{b}-{c}", f"+86-{n}", f"(+86){a}-{b}-{c}", f"86 {n}",
                               f"手机：{a}{b}{c}", fullwidth(n)]
        a, b = (n[:2], n[2:]) if n.startswith('20') else (n[:3], n[3:])
        return f'+86{n}', [f"0{a}-{b[:4]} {b[4:]}", f"+86 {a} {b[:4]} {b[4:]}", f"0{a}{b}", f"(0{a}) {b}", f"+86-{a}-{b}"]
    if k == 'HK':
        return f'+852{n}', [f"+852 {n[:4]} {n[4:]}", f"{n[:4]} {n[4:]}", n, f"(852) {n[:4]}-{n[4:]}", f"852-{n}", f"Tel: {n[:4]} {n[4:]}",
                            f"+852{n}", f"電話 {n}"]
    if k == 'KR':
        a, b = n[2:6], n[6:]
        return f'+82{n}', [f"010-{a}-{b}", f"+82 10-{a}-{b}", f"+8210{a}{b}", f"010{a}{b}", f"+82 (0)10 {a} {b}", f"010.{a}.{b}"]
    if k == 'VN':
        return f'+84{n}', [f"0{n[:3]} {n[3:6]} {n[6:]}", f"+84 {n[:3]} {n[3:6]} {n[6:]}", f"84{n}", f"0{n[:3]}.{n[3:6]}.{n[6:]}", f"0{n}",
                           f"(+84) {n}"]
    if k == 'US':
        a, b, c = n[:3], n[3:6], n[6:]
        return f'+1{n}', [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", n, f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"{a}.{b}.{c}"]
    if k == 'UK':
        if n[0] == '7':
            return f'+44{n}', [f"0{n[:4]} {n[4:]}", f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"0{n}", f"0044 {n}"]
        return f'+44{n}', [f"0{n[:2]} {n[2:6]} {n[6:]}", f"+44 {n[:2]} {n[2:6]} {n[6:]}", f"+44 (0){n[:2]} {n[2:6]} {n[6:]}", f"0{n}"]
    if k == 'DE':
        a, b = n[:2], n[2:]
        return f'+49{n}', [f"0{a} {b}", f"+49 {a} {b}", f"+49 (0){a} {b}", f"0049 {a} {b}", f"0{a}/{b}", f"0{a}-{b}"]
    a, b, c = n[:2], n[2:6], n[6:]
    return f'+81{n}', [f"0{a}-{b}-{c}", f"+81 {a}-{b}-{c}", f"0{a}{b}{c}", f"+81 {n}", f"(0{a}) {b}-{c}"]

def new_phone_number(k, mobile=True):
    if k == 'CN': return ('1' + R.choice('3589') + digits(9)) if mobile else R.choice(['755', '20', '769', '579']) + digits(8, True)
    if k == 'HK': return (R.choice('569') + digits(7)) if mobile else (R.choice('23') + digits(7))
    if k == 'KR': return '10' + digits(8, True)
    if k == 'VN': return R.choice(['90', '91', '93', '98', '70']) + digits(7)
    if k == 'US': return R.choice(['415', '512', '646', '737', '949', '732']) + R.choice('2345678') + digits(6)
    if k == 'UK': return ('7' + R.choice('4579') + digits(8)) if mobile else '20' + R.choice('378') + digits(7)
    if k == 'DE': return R.choice(['30', '40', '89', '69']) + digits(7, True)
    return R.choice(['90', '80', '70']) + digits(8, True)

def make_phone(k, mobile=True, n=None):
    if n is None:
        n = uniq(lambda: k + new_phone_number(k, mobile))[len(k):]
    else:
        USED.add(k + n)
    key, forms = phone_forms(k, n)
    return V('phone', f'phone:{key}', forms, nat=n, cc=k)

# ---------------------------------------------------------------- e-mails / logins
DOTLESS = {'gmail.com', 'googlemail.com'}
def email_canon(local, dom):
    local, dom = local.lower(), dom.lower()
    if dom in DOTLESS:
        local = local.split('+')[0].replace('.', ''); dom = 'gmail.com'
    return f'{local}@{dom}'

def email_forms(local, dom):
    f = [f'{local}@{dom}', f'{local}@{dom}'.upper() if R.random() < 0.5 else f'{local.capitalize()}@{dom.capitalize()}',
         f'E-mail: {local}@{dom}', f'mailto:{local}@{dom}', f' {local}@{dom.upper()} ', f'{local.upper()}@{dom}']
    if dom in DOTLESS:
        plain = local.replace('.', '')
        if len(plain) > 5:
            i = R.randint(2, len(plain) - 2)
            f += [f'{plain[:i]}.{plain[i:]}@gmail.com', f'{plain}+amz@gmail.com', f'{local}@googlemail.com']
    return f

def make_email(local, dom, force=False):
    key = email_canon(local, dom)
    if key in USED and not force:
        return None
    USED.add(key)
    return V('email', f'email:{key}', email_forms(local, dom), local=local.lower(), dom=dom.lower())

def email_locals(person, comp):
    r = person['tags']['roman'].replace('-', '').split() if person else ['info']
    y = str(R.choice([R.randint(70, 99), R.randint(1, 99), R.randint(1975, 2002), R.randint(100, 999)]))
    cands = [''.join(r) + y, '.'.join(r), r[0][0] + ''.join(x[0] for x in r[1:]) + y, '.'.join(reversed(r)) + y, r[-1] + '_' + r[0] + y,
             ''.join(r), '_'.join(r) + y]
    if comp:
        d = comp['value']['tags']['dword'].replace(' ', '')
        cands += [d + 'amz', d + '.store', d + y, d + '_ops']
    return cands

PERSONAL_DOM = {'CN': ['163.com', '126.com', 'qq.com', 'gmail.com', 'foxmail.com', 'outlook.com', 'sina.com'],
                'HK': ['gmail.com', 'yahoo.com.hk', 'netvigator.com', 'outlook.com', 'hotmail.com'],
                'KR': ['naver.com', 'daum.net', 'gmail.com', 'hanmail.net'], 'VN': ['gmail.com', 'yahoo.com.vn', 'outlook.com'],
                'US': ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com'], 'UK': ['gmail.com', 'outlook.com', 'btinternet.com', 'yahoo.co.uk'],
                'DE': ['gmx.de', 'web.de', 'gmail.com', 't-online.de'], 'JP': ['gmail.com', 'yahoo.co.jp', 'docomo.ne.jp']}
TLD = {'CN': ['.com', '.cn', '.com.cn'], 'HK': ['.hk', '.com.hk', '.com'], 'KR': ['.co.kr', '.kr', '.com'], 'VN': ['.vn', '.com.vn'],
       'US': ['.com', '.co', '.us'], 'UK': ['.co.uk', '.uk'], 'DE': ['.de'], 'JP': ['.jp', '.co.jp']}

def new_email(k, person, comp, company_mail=False):
    for _ in range(60):
        if company_mail and comp:
            d = comp['value']['tags']['dword'].replace(' ', '')
            dom = d + R.choice(['', '-trade', 'tech', '-global', 'shop']) + R.choice(TLD[k])
            local = R.choice(['info', 'amz', 'sales', 'service', 'admin', 'ops', 'amazon', 'finance', 'cs'])
        else:
            dom = R.choice(PERSONAL_DOM[k])
            local = digits(R.randint(8, 10), True) if dom == 'qq.com' and R.random() < 0.7 else R.choice(email_locals(person, comp))
        e = make_email(local, dom)
        if e: return e
    return make_email(local + digits(4), dom, force=True)

def login_from(v):
    """login rendered from an e-mail or phone value object (same canonical key)."""
    if v['kind'] == 'email':
        t = v['tags']
        forms = [f"{t['local']}@{t['dom']}", f"{t['local']}@{t['dom']}".upper(), f"login: {t['local']}@{t['dom']}", f"{t['local'].capitalize()}@{t['dom']}"]
        forms += [f for f in v['forms'] if '@' in f and ':' not in f][:3]
    else:
        forms = [f for f in v['forms'] if any(ch.isdigit() for ch in f)][:4] + ['SC login ' + v['forms'][0]]
    return V('login', v['key'], forms, src=v['kind'])

# ---------------------------------------------------------------- devices, ips, stores
def make_device(label=None):
    t = R.random()
    if t < 0.4:
        h = uniq(lambda: 'DESKTOP-' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7)))
        forms = [h, h.lower(), f"Win10 / {h}", f"Windows 11 Pro ({h})", f"hostname={h}"]
        key = h
    elif t < 0.75:
        s = uniq(lambda: R.choice(['C02', 'FVF', 'C1M']) + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(9)))
        model = R.choice(['MacBook Pro 14"', 'MacBook Air M2', 'iMac 24"', 'MacBook Pro 16"'])
        forms = [s, f"{model} SN {s}", s.lower(), f"Serial: {s}", f"{model} / {s[:4]}-{s[4:8]}-{s[8:]}"]
        key = s
    else:
        fp = uniq(lambda: ''.join(R.choice('0123456789abcdef') for _ in range(16)))
        forms = [f"fp:{fp}", fp, fp.upper(), f"device_id {fp[:8]}-{fp[8:]}", f"Browser FP {fp}"]
        key = fp
    if label:
        forms = [f"{label} ({forms[0]})", forms[0], f"{label} {forms[1]}", forms[2]]
    return V('device', f'device:{key}', forms)

def ip_forms(ip, note=''):
    o = ip.split('.')
    return [ip, f"{ip} ({note})" if note else f"IP {ip}", '.'.join(x.zfill(3) for x in o), f"IPv4: {ip}", f"{ip}/32"]

def make_ip(first=None, note=''):
    ip = uniq(lambda: f"{first or R.choice([113, 119, 183, 27, 58, 61, 110, 175, 203, 14, 42, 81, 92, 71, 98])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    return V('ip', f'ip:{ip}', ip_forms(ip, note), shared=None)

STORE_A = ['Home', 'Kitchen', 'Pet', 'Baby', 'Outdoor', 'Tech', 'Beauty', 'Craft', 'Garden', 'Auto', 'Sport', 'Bright', 'Cozy', 'Smart', 'Happy']
STORE_B = ['Ease', 'Joy', 'Nest', 'Pro', 'Mate', 'Land', 'Hub', 'Zone', 'Direct', 'Plus', 'Life', 'Bay', 'Corner', 'Depot']
GENERIC_STORES = ['HomeEase', 'Purely Home', 'GoodLife Store', 'Kitchen Pro Direct', 'SmartMate', 'BabyNest', 'PetJoy', 'CozyLife']
STORE_SEQ = itertools.count(1)

def store_forms(name):
    nospace = name.replace(' ', '')
    import re
    spaced_ = re.sub(r'(?<=[a-z])(?=[A-Z])', ' ', name)
    return [name, name.upper(), nospace, spaced_, f"{name} Official", f"{name}-US", f"{name.lower()}", f"{name}™"]

def make_store(name=None, op_brand=None):
    if name is None:
        name = op_brand or (R.choice(STORE_A) + R.choice(STORE_B) + R.choice(['', '', ' Store', ' Shop', ' Direct', 'US', ' Official']))
    key = name.lower().replace(' ', '')
    return V('store_name', f'store:{key}', store_forms(name), sname=key)

# ---------------------------------------------------------------- service providers (shared by unrelated vendors)
PROV_DEF = [  # name, type, country, building idx, room, email local@domain
    ('Harbourline Corporate Services Ltd', 'cosec', 'HK', 2, (17, '5'), 'cosec@harbourline-cs.hk'),
    ('Kwong Tak Secretarial Services Co.', 'cosec', 'HK', 3, (9, 'B'), 'kts.filings@netvigator.com'),
    ('Fortune Bay Company Secretary Ltd', 'cosec', 'HK', 8, (21, '3'), 'info@fortunebay-cosec.com.hk'),
    ('前程财税咨询 Qiancheng Tax Consulting', 'bookkeeper', 'CN', 1, ('B', '1608'), 'qc_caishui@163.com'),
    ('Tin Yan Accounting & Bookkeeping', 'bookkeeper', 'HK', 6, (11, 'C'), 'accounts@tinyan-acc.hk'),
    ('Ledgerwise Bookkeeping LLC', 'bookkeeper', 'US', 1, None, 'clients@ledgerwise.co'),
    ('Meridian Brand Brokers', 'broker', 'HK', 0, (25, '1'), 'deals@meridianbrandbrokers.com'),
    ('Seller Exit Partners', 'broker', 'US', 3, None, 'diligence@sellerexitpartners.com'),
    ('Tidewater Escrow Services', 'escrow', 'HK', 9, (8, '12'), 'escrow.ops@tidewater-escrow.hk'),
    ('Cobalt Escrow Ltd', 'escrow', 'UK', 1, None, 'verify@cobaltescrow.co.uk'),
    ('Junction M&A Advisory', 'ma_adviser', 'HK', 6, (30, 'A'), 'dd@junction-ma.hk'),
    ('Lotus Bridge Capital', 'ma_adviser', 'HK', 4, (16, '8'), 'lotusbridge.dd@gmail.com'),
]
PROVIDERS = []
def build_providers():
    for name, typ, k, b, room, mail in PROV_DEF:
        if k in ('HK', 'CN'):
            addr = make_address(k, b=b, room=room)
        else:
            addr = make_address(k, b=b, num=R.randint(100, 999), room=str(R.randint(100, 500)))
        loc, dom = mail.split('@')
        em = make_email(loc, dom, force=True)
        ph = make_phone(k, mobile=False)
        ph2 = make_phone(k, mobile=True)
        label = ''.join(w[0] for w in name.split() if w[0].isalpha()).upper()[:4]
        devs = [make_device(label=f"{label}-LT{i:02d}") for i in range(1, R.randint(3, 5))]
        ip = make_ip(note=f'{label} office')
        p = {'name': name, 'type': typ, 'country': k, 'address': addr, 'email': em, 'phones': [ph, ph2], 'devices': devs, 'ip': ip}
        for v in [addr, em, ph, ph2, ip] + devs:
            v['tags']['provider'] = name
        PROVIDERS.append(p)

def provider_values(p):
    """values a provider leaves on a vendor account."""
    t = p['type']
    if t == 'cosec':
        pool = [(p['address'], .8), (p['phones'][0], .6), (p['email'], .5)]
    elif t == 'bookkeeper':
        pool = [(R.choice(p['devices']), .8), (p['ip'], .6), (p['email'], .4), (p['phones'][0], .3)]
    else:
        pool = [(R.choice(p['devices']), .7), (p['ip'], .6), (R.choice(p['phones']), .4), (p['email'], .4)]
    out = [v for v, pr in pool if R.random() < pr]
    return out or [pool[0][0]]

# ---------------------------------------------------------------- virtual offices / shared IP pools
VOS = {}
SHARED_IPS = []
def build_shared():
    VOS['HK'] = [make_address('HK', b=1, room=(12, '1'), vo='Kin Tak virtual office'), make_address('HK', b=7, room=(6, 'D'), vo='Shing Yip co-working')]
    VOS['CN'] = [make_address('CN', b=2, room=('', '301'), vo='Longhua incubator'), make_address('CN', b=8, room=('A', '0512'), vo='Binjiang hot-desk')]
    VOS['US'] = [make_address('US', b=1, num=4417, room='300', vo='Irvine registered agent')]
    VOS['UK'] = [make_address('UK', b=1, num=71, room='4', vo='Kelvedon St virtual office')]
    VOS['DE'] = [make_address('DE', b=1, num=12, room='', vo='Hafenweg Geschäftsadresse')]
    for v in sum(VOS.values(), []):
        v['tags']['vo'] = v['tags']['vo'] or 'vo'
    for first, note, n in [(223, 'China Mobile 4G', 8), (112, 'China Unicom', 5), (45, 'VPN exit', 6), (185, 'VPN exit', 4),
                           (1, 'HKBN office NAT', 4), (175, 'Viettel', 3), (211, 'KT mobile', 3)]:
        for _ in range(n):
            v = make_ip(first=first, note=note)
            v['tags']['shared'] = note
            SHARED_IPS.append(v)

# ---------------------------------------------------------------- operators
REGIONS = ['CN', 'HK', 'KR', 'VN', 'US', 'UK', 'DE', 'JP']
REGION_W = [38, 22, 9, 8, 11, 6, 4, 2]
ALL_COMPANIES = defaultdict(list)   # country -> companies
ALL_ADDRESSES = []                  # (country, value) for neighbour traps
ALL_EMAILS = []
ALL_CARDS = []
ALL_PHONES = []
OP_SEQ = itertools.count(1)

def company_for(k):
    for _ in range(30):
        r = R.random()
        if r < 0.10 and ALL_COMPANIES[k]:
            c = new_company(k, template=R.choice(ALL_COMPANIES[k]))
        elif r < 0.16 and ALL_COMPANIES[k]:
            c = new_company(k, trade_from=R.choice(ALL_COMPANIES[k]))
        elif r < 0.19 and k == 'HK' and ALL_COMPANIES['CN']:
            # HK company carrying the same trade word as an unrelated mainland company
            src = R.choice(ALL_COMPANIES['CN'])
            c = new_company('HK', d_override=(src['d'][2], src['d'][1], src['cid']))
        else:
            c = new_company(k)
        if c:
            ALL_COMPANIES[k].append(c)
            return c
    raise RuntimeError('company')

def address_for(k, allow_vo=True, city=None):
    r = R.random()
    cn_b = None
    if k == 'CN':
        ci = [x[2] for x in CN_CITY].index(city) if city else R.randrange(len(CN_CITY))
        cn_b = [i for i, b in enumerate(CN_BLD) if b[9] == ci] or None
    if allow_vo and r < 0.12 and k in VOS:
        return R.choice(VOS[k])
    if r < 0.30:
        near = [a for kk, a in ALL_ADDRESSES[-400:] if kk == k and not a['tags'].get('vo')
                and (cn_b is None or int(a['tags']['street'].split(':')[1]) in cn_b)]
        if near:
            a = R.choice(near)
            b = int(a['tags']['street'].split(':')[1])
            for _ in range(10):
                if k in ('HK', 'CN'):
                    v = make_address(k, b=b)
                elif R.random() < 0.5 and k not in ('JP',):
                    v = make_address(k, b=b, num=int(a['key'].split(':')[3]))   # same number, other unit/room
                else:
                    v = make_address(k, b=b)
                if v['key'] != a['key'] and v['key'] not in USED:
                    break
            else:
                v = make_address(k, b=R.choice(cn_b) if cn_b else None)
        else:
            v = make_address(k, b=R.choice(cn_b) if cn_b else None)
    else:
        v = make_address(k, b=R.choice(cn_b) if cn_b else None)
    for _ in range(10):
        if v['key'] not in USED: break
        v = make_address(k, b=R.choice(cn_b) if cn_b else None)
    USED.add(v['key'])
    ALL_ADDRESSES.append((k, v))
    return v

def near_email(k):
    """an e-mail deliberately close to another operator's: same local at another provider, or dots on a non-gmail host."""
    cands = [e for e in ALL_EMAILS[-300:] if e['tags']['dom'] not in ('qq.com',) and not e['tags'].get('provider')]
    if not cands: return None
    src = R.choice(cands)
    loc, dom = src['tags']['local'], src['tags']['dom']
    if dom in ('outlook.com', 'hotmail.com', 'yahoo.com', '163.com') and '.' not in loc and len(loc) > 6:
        i = R.randint(2, len(loc) - 3)
        e = make_email(loc[:i] + '.' + loc[i:], dom)
        why = 'email_dot_variant_non_gmail'
    else:
        alt = {'163.com': '126.com', '126.com': '163.com', 'gmail.com': 'outlook.com', 'outlook.com': 'hotmail.com', 'naver.com': 'daum.net',
               'yahoo.com.hk': 'yahoo.com', 'gmx.de': 'web.de', 'web.de': 'gmx.de'}.get(dom, 'gmail.com')
        e = make_email(loc, alt)
        why = 'email_same_local_other_domain'
    if e:
        e['tags']['near'] = (src['key'], why)
    return e

def new_operator():
    k = R.choices(REGIONS, weights=REGION_W)[0]
    n = R.choices([1, 2, 3, 4, 5, 6, 7], weights=[71, 13, 7, 4, 2.5, 1.5, 1])[0]
    op = {'id': f"OP{next(OP_SEQ):05d}", 'region': k, 'n': n}
    op['persons'] = [make_person(k if k in ('CN', 'HK', 'KR', 'VN', 'JP') else 'W')]
    if R.random() < 0.2:
        op['persons'].append(make_person(k if k in ('CN', 'HK', 'KR', 'VN', 'JP') else 'W'))
    private = R.random() < (0.2 if k in ('CN', 'HK', 'KR') else 0.35)
    comps = []
    if not private:
        nc = 1
        if n >= 2 and R.random() < 0.5:
            nc = min(n, R.choice([2, 2, 3, 4]))
        for j in range(nc):
            ck = k
            if j > 0 and k == 'CN' and R.random() < 0.5: ck = 'HK'
            elif j > 0 and k in ('CN', 'HK') and R.random() < 0.2: ck = 'US'
            elif j > 0 and k == 'HK' and R.random() < 0.3: ck = 'CN'
            comps.append(company_for(ck))
    op['companies'] = comps
    op['providers'] = []
    if R.random() < 0.45:
        pool = [p for p in PROVIDERS if p['type'] in ('broker', 'escrow', 'ma_adviser')
                or (p['type'] == 'bookkeeper' and (p['country'] in ('CN', 'HK')) == (k in ('CN', 'HK')))]
        op['providers'] = R.sample(pool, R.choice([1, 1, 1, 2]))
    for c in comps:
        if c['country'] == 'HK' and R.random() < 0.5:
            cs = [p for p in PROVIDERS if p['type'] == 'cosec']
            c['cosec'] = R.choice(cs)
            c['addr'] = c['cosec']['address']
        else:
            c['addr'] = address_for(c['country'], city=c['city'][2] if c['country'] == 'CN' else None)
        c['tax'] = make_tax(c)
        c['bank'] = make_bank(c['country']) if R.random() < 0.75 else make_bank(c['country'], psp=R.choice(PSPS))
        if R.random() < 0.5:
            c['mail'] = new_email(c['country'], op['persons'][0], c, company_mail=True)
        if R.random() < 0.4:
            c['landline'] = make_phone(c['country'], mobile=False)
    op['home'] = address_for(k, allow_vo=False)
    op['banks'] = [make_bank(k, psp=R.choice(PSPS)) if R.random() < 0.55 else make_bank(k)]
    if R.random() < 0.3: op['banks'].append(make_bank(k, psp=R.choice(PSPS)))
    op['cards'] = []
    for _ in range(R.choice([1, 1, 2])):
        if R.random() < 0.03 and ALL_CARDS:
            op['cards'].append(make_card(clone=R.choice(ALL_CARDS[-200:])))
        else:
            op['cards'].append(make_card())
    ALL_CARDS.extend(op['cards'])
    op['phones'] = []
    for _ in range(R.choice([1, 1, 2])):
        same = [p for p in ALL_PHONES[-300:] if p['tags']['cc'] == k]
        if R.random() < 0.03 and same:
            src = R.choice(same)
            nn = str(int(src['tags']['nat']) + R.choice([1, -1, 2, 10]))
            if src['tags']['cc'] + nn not in USED and len(nn) == len(src['tags']['nat']):
                v = make_phone(src['tags']['cc'], n=nn); v['tags']['adjacent'] = src['key']
                op['phones'].append(v); continue
        op['phones'].append(make_phone(k))
    ALL_PHONES.extend(op['phones'])
    op['emails'] = []
    for _ in range(R.choice([1, 1, 2])):
        e = near_email(k) if R.random() < 0.04 else None
        op['emails'].append(e or new_email(k, op['persons'][0], comps[0] if comps else None))
    ALL_EMAILS.extend(op['emails'])
    op['devices'] = [make_device() for _ in range(R.choice([1, 1, 2, 3]))]
    op['ips'] = [make_ip() for _ in range(R.choice([1, 2]))]
    op['brand'] = None
    if R.random() < 0.45:
        op['brand'] = R.choice(GENERIC_STORES) if R.random() < 0.15 else (comps[0]['value']['tags']['dword'].capitalize() + R.choice([' Home', ' Direct', '', ' Store']) if comps else None)
    return op

# ---------------------------------------------------------------- accounts
ID_KINDS = {'email', 'login', 'phone', 'address', 'bank_account', 'card', 'tax_id', 'company_name'}

def is_private_value(v):
    t = v['tags']
    return not (t.get('provider') or t.get('vo') or t.get('shared'))

def build_accounts(op):
    n = op['n']
    accs = []
    multi = n > 1
    for i in range(n):
        items = []
        comp = op['companies'][i % len(op['companies'])] if op['companies'] else None
        pers = op['persons'][0] if (len(op['persons']) == 1 or R.random() < 0.75) else op['persons'][1]
        if R.random() < 0.88:
            items.append(pers)
            if R.random() < 0.15: items.append(pers)            # bilingual legal/contact name
        if comp:
            if R.random() < 0.88:
                items.append(comp['value'])
                if R.random() < 0.12: items.append(comp['value'])
            if R.random() < 0.65: items.append(comp['tax'])
            if R.random() < 0.75: items.append(comp['addr'])
            if R.random() < 0.6: items.append(comp['bank'])
            if comp.get('mail') and R.random() < 0.6: items.append(comp['mail'])
            if comp.get('landline') and R.random() < 0.6: items.append(comp['landline'])
            if comp.get('cosec'):
                cs = comp['cosec']
                if R.random() < 0.4: items.append(cs['phones'][0])
                if R.random() < 0.3: items.append(cs['email'])
        elif R.random() < 0.8:
            items.append(op['home'])
        sp = (lambda p1, pn: p1 if not multi else pn)
        for b in op['banks']:
            if R.random() < sp(0.85, 0.4): items.append(b)
        for c in op['cards']:
            if R.random() < sp(0.75, 0.35): items.append(c)
        for j, p in enumerate(op['phones']):
            if R.random() < sp(0.9 if j == 0 else 0.5, 0.35): items.append(p)
        for j, e in enumerate(op['emails']):
            if R.random() < sp(0.95 if j == 0 else 0.5, 0.35): items.append(e)
        if multi and comp and R.random() < 0.2: items.append(op['home'])
        if multi:   # account-specific details
            if R.random() < 0.55:
                e = new_email(op['region'], pers, comp); ALL_EMAILS.append(e); items.append(e)
            if R.random() < 0.35: items.append(make_phone(op['region']))
            if R.random() < 0.2:
                c = make_card(); ALL_CARDS.append(c); items.append(c)
            if R.random() < 0.2: items.append(make_bank(op['region'], psp=R.choice(PSPS)))
        for d in op['devices']:
            if R.random() < sp(0.6, 0.45): items.append(d)
        for ip in op['ips']:
            if R.random() < sp(0.7, 0.45): items.append(ip)
        if R.random() < 0.4: items.append(R.choice(SHARED_IPS))
        if R.random() < 0.08: items.append(R.choice(SHARED_IPS))
        for p in op['providers']:
            if R.random() < 0.75: items.extend(provider_values(p))
        if op['brand'] and R.random() < 0.7:
            items.append(make_store(op['brand']))
        else:
            items.append(make_store())
        accs.append(items)
    # guarantee: accounts of one operator are chained by identity-grade, operator-specific values
    if multi:
        parent = list(range(n))
        def f(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]; x = parent[x]
            return x
        def recompute():
            for a in range(n): parent[a] = a
            owner = {}
            for a, items in enumerate(accs):
                for v in items:
                    if v['kind'] in ID_KINDS and is_private_value(v):
                        if v['key'] in owner: parent[f(a)] = f(owner[v['key']])
                        else: owner[v['key']] = a
        recompute()
        while len({f(a) for a in range(n)}) > 1:
            roots = list({f(a) for a in range(n)})
            ra, rb = R.sample(roots, 2)
            a = R.choice([x for x in range(n) if f(x) == ra]); b = R.choice([x for x in range(n) if f(x) == rb])
            kind = R.choices(['bank', 'card', 'phone', 'email', 'login', 'home', 'tax'], weights=[25, 22, 16, 12, 9, 8, 8])[0]
            if kind == 'bank': v = R.choice(op['banks'])
            elif kind == 'card': v = R.choice(op['cards'])
            elif kind == 'phone': v = R.choice(op['phones'])
            elif kind == 'email': v = R.choice(op['emails'])
            elif kind == 'login': v = login_from(R.choice(op['emails']))
            elif kind == 'home': v = op['home']
            else:
                cs = [c for c in op['companies'] if is_private_value(c['tax'])]
                v = R.choice(cs)['tax'] if cs else R.choice(op['banks'])
            accs[a].append(v); accs[b].append(v)
            recompute()
    out = []
    for i, items in enumerate(accs):
        emails = [v for v in items if v['kind'] == 'email' and is_private_value(v)]
        r = R.random()
        if emails and r < 0.75:
            items.append(login_from(R.choice(emails)))
        elif r < 0.83 and op['phones']:
            items.append(login_from(op['phones'][0]))
        elif r < 0.93:
            comp = op['companies'][i % len(op['companies'])] if op['companies'] else None
            e = new_email(op['region'], op['persons'][0], comp); ALL_EMAILS.append(e)
            items.append(login_from(e))
        comp = op['companies'][i % len(op['companies'])] if op['companies'] else None
        mk = R.choices(['US', 'UK', 'DE', 'JP', 'CA', 'FR', 'IT', 'ES', 'AU'], weights=[40, 14, 12, 6, 8, 6, 5, 5, 4])[0]
        if op['region'] == 'JP' and R.random() < .6: mk = 'JP'
        country = comp['country'] if comp else op['region']
        out.append({'items': items, 'op': op['id'], 'marketplace': mk if R.random() < 0.72 else '',
                    'country': country if R.random() < 0.6 else ''})
    return out

# ---------------------------------------------------------------- typos / missing parts
NEIGH = {'0': 'O9', 'O': '0', '1': 'l7', 'l': '1', '5': 'S6', 'S': '5', '8': 'B9', 'B': '8', '6': '5', '9': '8', '2': 'Z3', '3': '2',
         '4': '5', '7': '1', 'a': 'sq', 'e': 'rw', 'i': 'ou', 'o': 'ip', 'n': 'm', 'm': 'n', 'u': 'i', 'r': 't', 't': 'r'}

def missing_part(s, kind):
    if kind == 'address':
        for sep in (' | ', ', '):
            parts = s.split(sep)
            if len(parts) > 2:
                del parts[R.randrange(1, len(parts))]
                return sep.join(parts)
        return s[:max(6, int(len(s) * 0.7))]
    if kind == 'card':
        for sep in (' (', ' exp', ', exp', ' |'):
            if sep in s: return s.split(sep)[0]
    if kind == 'company_name':
        for lf in [' Co., Ltd.', ' Co.,Ltd', ' CO.,LTD', ' Limited', ' Ltd', ' LTD.', ' LLC', ' GmbH', '有限公司', ' Co., Ltd', ' COMPANY LIMITED']:
            if lf in s: return s.replace(lf, '').strip()
    if kind == 'email' and '@' in s:
        return s.rsplit('.', 1)[0]
    if kind == 'person_name' and ' ' in s:
        p = s.split(); del p[R.randrange(len(p))]; return ' '.join(p)
    if kind in ('bank_account', 'phone', 'tax_id', 'device'):
        return s[:-1]
    if kind == 'ip':
        return s.rsplit('.', 1)[0] if '.' in s else s
    return None

def typo(s, kind):
    for _ in range(5):
        op = R.choices(['missing', 'swap', 'delete', 'dup', 'sub'], weights=[30, 25, 20, 10, 15])[0]
        t = None
        if op == 'missing':
            t = missing_part(s, kind)
        else:
            idx = [i for i, ch in enumerate(s) if ch.isalnum()]
            if len(idx) < 4: continue
            i = R.choice(idx[1:-1])
            if op == 'swap' and i + 1 < len(s) and s[i + 1].isalnum() and s[i + 1] != s[i]:
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            elif op == 'delete':
                t = s[:i] + s[i + 1:]
            elif op == 'dup':
                t = s[:i] + s[i] + s[i:]
            elif op == 'sub' and s[i] in NEIGH:
                t = s[:i] + R.choice(NEIGH[s[i]]) + s[i + 1:]
        if t and t != s and t.strip():
            return t
    return s

def render(v):
    fl = v['forms']
    s = fl[0] if (R.random() < 0.3 or len(fl) == 1) else R.choice(fl[1:])
    if R.random() < TYPO_P:
        s2 = typo(s, v['kind'])
        if s2 != s:
            return s2, True
    return s, False

# ---------------------------------------------------------------- main
def main():
    build_providers()
    build_shared()
    accounts = []
    ops = []
    while len(accounts) < N_ACCOUNTS_TARGET:
        op = new_operator()
        ops.append(op)
        accounts.extend(build_accounts(op))
    # account ids like merchant tokens, shuffled
    ids = set()
    while len(ids) < len(accounts):
        ids.add('A' + ''.join(R.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(R.choice([12, 13]))))
    ids = sorted(ids); R.shuffle(ids)
    for a, i in zip(accounts, ids):
        a['id'] = i
    R.shuffle(accounts)
    PLURAL = {'email': 'emails', 'phone': 'phones', 'address': 'addresses', 'bank_account': 'bank_accounts', 'card': 'cards',
              'tax_id': 'tax_ids', 'ip': 'ips', 'device': 'devices', 'login': 'logins', 'company_name': 'company_names',
              'store_name': 'store_names', 'person_name': 'person_names'}
    surfaces = defaultdict(set)       # (kind, key) -> surfaces
    n_typo = n_vals = 0
    rows = []
    jl = []
    for a in accounts:
        rendered = []
        seen_pairs = set()
        items = a['items'][:]
        R.shuffle(items)
        items.sort(key=lambda v: ['person_name', 'company_name', 'store_name', 'email', 'login', 'phone', 'address', 'tax_id',
                                  'bank_account', 'card', 'ip', 'device'].index(v['kind']) + R.random() * 3)
        for v in items:
            s, ty = render(v)
            if (v['kind'], s) in seen_pairs:
                continue
            seen_pairs.add((v['kind'], s))
            rendered.append((v['kind'], s))
            surfaces[(v['kind'], v['key'])].add(s)
            n_vals += 1; n_typo += ty
        a['rendered'] = rendered
        obj = {'account_id': a['id']}
        for kind in PLURAL.values(): obj[kind] = []
        for kind, s in rendered:
            obj[PLURAL[kind]].append(s)
        if a['marketplace']: obj['marketplace'] = a['marketplace']
        if a['country']: obj['country'] = a['country']
        jl.append(obj)
        for j, (kind, s) in enumerate(rendered):
            rows.append([a['id'], kind, s, a['marketplace'] if j == 0 else '', a['country'] if j == 0 else ''])
    with open(OUT + 'accounts_long.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['account_id', 'kind', 'value', 'marketplace', 'country']); w.writerows(rows)
    with open(OUT + 'accounts.jsonl', 'w', encoding='utf-8') as f:
        for o in jl: f.write(json.dumps(o, ensure_ascii=False) + '\n')
    truth = sorted((a['id'], a['op']) for a in accounts)
    with open(OUT + 'truth.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['account_id', 'operator_id']); w.writerows(truth)
    decoys = mine_decoys(accounts)
    with open(OUT + 'decoys.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f); w.writerow(['account_a', 'account_b', 'why'])
        for (x, y), why in sorted(decoys.items()): w.writerow([x, y, ';'.join(sorted(why))])
    by_op = defaultdict(list)
    for a in accounts: by_op[a['op']].append(a['id'])
    true_pairs = sum(len(v) * (len(v) - 1) // 2 for v in by_op.values())
    print(f"accounts: {len(accounts)}")
    print(f"operators: {len(by_op)}  (multi-account operators: {sum(1 for v in by_op.values() if len(v) > 1)})")
    print(f"true related pairs: {true_pairs}")
    print(f"decoy pairs: {len(decoys)}")
    print(f"long rows: {len(rows)}  values with typo/missing part: {n_typo}/{n_vals} = {n_typo / n_vals:.1%}")
    cnt = defaultdict(lambda: [0, 0])
    for (kind, key), ss in surfaces.items():
        cnt[kind][1] += 1
        if len(ss) > 1: cnt[kind][0] += 1
    print("values written in more than one way, per kind (multi-form / distinct underlying values):")
    for kind in PLURAL:
        print(f"  {kind:13s} {cnt[kind][0]:5d} / {cnt[kind][1]}")
    rc = defaultdict(int)
    for why in decoys.values():
        for w_ in why: rc[w_] += 1
    print("decoy reasons:", dict(sorted(rc.items())))

def mine_decoys(accounts, cap=140):
    groups = defaultdict(lambda: defaultdict(set))    # reason -> group key -> set of (acct idx)
    by_key = defaultdict(set)                          # value key -> acct idx
    cid_acc = defaultdict(set)
    for i, a in enumerate(accounts):
        for v in a['items']:
            t = v['tags']; k = v['kind']
            by_key[v['key']].add(i)
            if k == 'person_name':
                groups['namesake_same_name'][t['name']].add((i, v['key']))
                groups['same_romanisation_other_characters'][t['roman']].add((i, t['name']))
            elif k == 'company_name':
                cid_acc[t['cid']].add(i)
            elif k == 'address':
                if t.get('provider'):
                    groups['provider_address:' + t['provider']][v['key']].add((i, 0))
                elif t.get('vo'):
                    groups['shared_virtual_office_or_coworking'][v['key']].add((i, 0))
                else:
                    groups['neighbour_same_building_other_room'][t['bldg']].add((i, v['key']))
                    groups['same_street_other_building'][t['street']].add((i, t['bldg']))
            elif k == 'bank_account' and t.get('psp'):
                groups['psp_shared_collection_prefix'][t['prefix']].add((i, v['key']))
            elif k == 'card':
                groups['same_card_bin_last4_other_expiry'][(t['bin'], t['last4'])].add((i, v['key']))
            elif k == 'store_name':
                groups['same_store_display_name'][v['key']].add((i, 0))
            elif k == 'ip' and t.get('shared'):
                groups['shared_ip_' + t['shared'].replace(' ', '_')][v['key']].add((i, 0))
            if t.get('provider') and k != 'address':
                pt = [p['type'] for p in PROVIDERS if p['name'] == t['provider']][0]
                groups[f'{pt}_shared_{k}'][v['key']].add((i, 0))
    # explicit near-collisions
    for i, a in enumerate(accounts):
        for v in a['items']:
            t = v['tags']
            if t.get('near'):
                src, why = t['near']
                for j in by_key.get(src, ()):
                    groups[why][(src, v['key'])].add((i, 1)); groups[why][(src, v['key'])].add((j, 0))
            if t.get('adjacent'):
                for j in by_key.get(t['adjacent'], ()):
                    groups['adjacent_phone_number'][(t['adjacent'], v['key'])].add((i, 1))
                    groups['adjacent_phone_number'][(t['adjacent'], v['key'])].add((j, 0))
    comps = {c['cid']: c for cl in ALL_COMPANIES.values() for c in cl}
    for cid, c in comps.items():
        t = c['value']['tags']
        for rel, why in (('sibling_of', 'similar_company_name_other_distinctive_word'), ('trade_of', 'same_trade_name_other_legal_form_or_city')):
            if t.get(rel):
                for i in cid_acc.get(cid, ()): groups[why][(cid, t[rel])].add((i, 1))
                for j in cid_acc.get(t[rel], ()): groups[why][(cid, t[rel])].add((j, 0))
    # which reasons require the sub-key to DIFFER (e.g. other room, other card); others need same group only
    must_differ = {'namesake_same_name', 'same_romanisation_other_characters', 'neighbour_same_building_other_room',
                   'same_street_other_building', 'psp_shared_collection_prefix', 'same_card_bin_last4_other_expiry',
                   'email_same_local_other_domain', 'email_dot_variant_non_gmail', 'adjacent_phone_number',
                   'similar_company_name_other_distinctive_word', 'same_trade_name_other_legal_form_or_city'}
    decoys = defaultdict(set)
    per_reason = defaultdict(list)
    for why, gs in groups.items():
        cands = []
        for g, members in sorted(gs.items(), key=lambda x: str(x[0])):
            mem = sorted(members, key=str)
            if len(mem) < 2: continue
            pairs = list(itertools.combinations(mem, 2)) if len(mem) <= 14 else [tuple(R.sample(mem, 2)) for _ in range(40)]
            for (i, si), (j, sj) in pairs:
                if i == j or accounts[i]['op'] == accounts[j]['op']: continue
                if why in must_differ and si == sj: continue
                if why == 'same_romanisation_other_characters' and si == sj: continue
                cands.append((i, j))
        R.shuffle(cands)
        seen = set()
        for i, j in cands:
            p = tuple(sorted((accounts[i]['id'], accounts[j]['id'])))
            if p in seen: continue
            seen.add(p)
            per_reason[why].append(p)
            lim = 25 if why.startswith(('provider', 'cosec', 'bookkeeper', 'broker', 'escrow', 'ma_')) else 60 if why.startswith('shared_ip') else cap
            if len(per_reason[why]) >= lim:
                break
    for why, ps in per_reason.items():
        for p in ps: decoys[p].add(why)
    return decoys

if __name__ == '__main__':
    main()
