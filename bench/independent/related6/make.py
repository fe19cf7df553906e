#!/usr/bin/env python3
"""Generate a labelled related-seller-account test set (all data invented).

Sources imitated: merchant onboarding (KYC) forms, payout-account change requests,
support-ticket contact blocks and login telemetry of a payment company serving
marketplace sellers in SEA, India, China, Korea, Turkey and Mexico.

Writes accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv next to this file.
"""
import csv, json, os, random, string, unicodedata
from collections import defaultdict
from itertools import combinations

SEED = 20261205
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
TARGET_ACCOUNTS = 3000
TYPO_RATE = 0.15


def pick(seq):
    return R.choice(seq)


def fold(s):
    s = s.replace('ı', 'i').replace('İ', 'I').replace('đ', 'd').replace('Đ', 'D')
    return ''.join(ch for ch in unicodedata.normalize('NFKD', s) if not unicodedata.combining(ch))


def digits(n):
    return ''.join(R.choice(string.digits) for _ in range(n))


def tr_upper(s):
    return s.replace('i', 'İ').replace('ı', 'I').upper()


# --------------------------------------------------------------------------- countries
COUNTRIES = ['CN', 'SG', 'MY', 'ID', 'TH', 'VN', 'PH', 'IN', 'KR', 'TR', 'MX', 'HK']
CWEIGHT = [30, 7, 7, 7, 5, 6, 4, 12, 7, 7, 8, 4]
MARKETS = {'CN': ['US', 'UK', 'DE', 'JP', 'CA', 'FR'], 'HK': ['US', 'UK', 'AU', 'JP'],
           'SG': ['SG', 'US', 'AU', 'UK'], 'MY': ['SG', 'US', 'AE'], 'ID': ['SG', 'US'],
           'TH': ['SG', 'US', 'JP'], 'VN': ['US', 'JP', 'SG'], 'PH': ['US', 'SG', 'AU'],
           'IN': ['IN', 'US', 'UK', 'AE'], 'KR': ['US', 'JP', 'DE'], 'TR': ['TR', 'DE', 'UK', 'US'],
           'MX': ['MX', 'US', 'CA']}
MP_SPELL = {'US': ['US', 'amazon.com', 'ATVPDKIKX0DER'], 'UK': ['UK', 'GB', 'amazon.co.uk'],
            'DE': ['DE', 'amazon.de'], 'JP': ['JP', 'amazon.co.jp'], 'CA': ['CA', 'amazon.ca'],
            'FR': ['FR', 'amazon.fr'], 'AU': ['AU', 'amazon.com.au'], 'SG': ['SG', 'amazon.sg'],
            'AE': ['AE', 'amazon.ae'], 'IN': ['IN', 'amazon.in'], 'TR': ['TR', 'amazon.com.tr'],
            'MX': ['MX', 'amazon.com.mx']}
CSPELL = {'CN': ['CN', 'China', '中国', 'PRC'], 'HK': ['HK', 'Hong Kong', 'HKSAR'], 'SG': ['SG', 'Singapore'],
          'MY': ['MY', 'Malaysia'], 'ID': ['ID', 'Indonesia'], 'TH': ['TH', 'Thailand'], 'VN': ['VN', 'Vietnam', 'Viet Nam'],
          'PH': ['PH', 'Philippines'], 'IN': ['IN', 'India'], 'KR': ['KR', 'Korea', 'South Korea'],
          'TR': ['TR', 'Turkey', 'Türkiye'], 'MX': ['MX', 'Mexico', 'México']}

# --------------------------------------------------------------------------- persons
CN_SUR = [('李', 'Li'), ('王', 'Wang'), ('张', 'Zhang'), ('刘', 'Liu'), ('陈', 'Chen'), ('杨', 'Yang'), ('黄', 'Huang'),
          ('赵', 'Zhao'), ('吴', 'Wu'), ('周', 'Zhou'), ('徐', 'Xu'), ('林', 'Lin'), ('何', 'He'), ('郭', 'Guo')]
CN_GIV = [('娜', 'Na'), ('伟', 'Wei'), ('静', 'Jing'), ('敏', 'Min'), ('磊', 'Lei'), ('婷', 'Ting'), ('强', 'Qiang'),
          ('晓明', 'Xiaoming'), ('建华', 'Jianhua'), ('丽娟', 'Lijuan'), ('志强', 'Zhiqiang'), ('海燕', 'Haiyan'),
          ('俊杰', 'Junjie'), ('欣怡', 'Xinyi'), ('宇航', 'Yuhang'), ('佳琪', 'Jiaqi'), ('文博', 'Wenbo'), ('秀英', 'Xiuying')]
EN_NICK = ['Kevin', 'Jason', 'Tony', 'Lisa', 'Coco', 'Jack', 'Amy', 'Leo', 'Sunny', 'Vicky']
SGC_SUR = ['Tan', 'Lim', 'Lee', 'Ng', 'Ong', 'Wong', 'Goh', 'Chua', 'Koh', 'Teo']
SGC_GIV = ['Wei Ming', 'Hui Min', 'Jia Hui', 'Kok Leong', 'Siew Ling', 'Boon Kiat', 'Mei Ling', 'Jun Jie']
MALAY = [('Muhammad Faizal', 'Rahman'), ('Ahmad Firdaus', 'Ismail'), ('Nur Aisyah', 'Hassan'), ('Siti Nurhaliza', 'Osman'),
         ('Mohd Hafiz', 'Abdullah'), ('Nurul Izzah', 'Yusof')]
WEST = [('David', 'Brown'), ('Sarah', 'Miller'), ('James', 'Wilson'), ('Emma', 'Taylor'), ('Michael', 'Smith'), ('Anna', 'Clark')]
ID_NAMES = ['Budi Santoso', 'Siti Rahayu', 'Sutrisno', 'Dewi Lestari', 'Agus Setiawan', 'Rina Wulandari', 'Hendra Gunawan',
            'Yuliana', 'Eko Prasetyo', 'Sri Mulyani Putri']
TH_NAMES = [('สมชาย', 'ใจดี', 'Somchai', 'Jaidee', 'Somchai', 'Chaidee'), ('สุดารัตน์', 'ศรีสุข', 'Sudarat', 'Srisuk', 'Sudarat', 'Sisuk'),
            ('ประเสริฐ', 'วงศ์ใหญ่', 'Prasert', 'Wongyai', 'Prasoet', 'Wongyai'), ('นภา', 'แสงทอง', 'Napa', 'Saengthong', 'Naphaa', 'Sangthong'),
            ('วิชัย', 'บุญมา', 'Wichai', 'Boonma', 'Vichai', 'Bunma')]
VN_SUR = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ']
VN_MID = ['Văn', 'Thị', 'Minh', 'Đức', 'Ngọc']
VN_GIV = ['An', 'Hùng', 'Lan', 'Dũng', 'Hương', 'Tuấn', 'Mai', 'Long']
PH_NAMES = [('Juan', 'Dela Cruz'), ('Maria Cristina', 'Santos'), ('Jose', 'Reyes'), ('Ana Marie', 'Bautista'),
            ('Mark Anthony', 'Villanueva'), ('Kristine', 'Mendoza')]
IN_FIRST = ['Rahul', 'Priya', 'Amit', 'Sneha', 'Vikram', 'Anjali', 'Rajesh', 'Pooja', 'Arjun', 'Neha']
IN_SUR = ['Sharma', 'Patel', 'Gupta', 'Singh', 'Kumar', 'Reddy', 'Iyer', 'Agarwal', 'Jain', 'Mehta']
IN_MID = ['K', 'Kumar', 'R', 'S', 'Prakash']
KR_SUR = [('김', 'Kim'), ('이', 'Lee'), ('박', 'Park'), ('최', 'Choi'), ('정', 'Jung'), ('강', 'Kang')]
KR_GIV = [('민준', 'Min-jun'), ('서연', 'Seo-yeon'), ('지훈', 'Ji-hoon'), ('수빈', 'Su-bin'), ('현우', 'Hyun-woo'), ('지은', 'Ji-eun')]
TR_FIRST = ['Ayşe', 'Mehmet', 'Fatma', 'Mustafa', 'Emre', 'Zeynep', 'Burak', 'Elif', 'Hüseyin', 'Özge']
TR_SUR = ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Öztürk', 'Aydın', 'Arslan', 'Doğan']
MX_FIRST = ['José Luis', 'María Guadalupe', 'Juan Carlos', 'Ana Sofía', 'Luis Fernando', 'Alejandra', 'Jorge', 'Verónica']
MX_SUR = ['Hernández', 'García', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores']
HK_SUR = [('陳', 'Chan'), ('李', 'Lee'), ('黃', 'Wong'), ('張', 'Cheung'), ('林', 'Lam')]
HK_GIV = [('大文', 'Tai Man'), ('嘉欣', 'Ka Yan'), ('志明', 'Chi Ming'), ('美玲', 'Mei Ling'), ('家豪', 'Ka Ho')]


def make_person(c, surname=None):
    """Return dict with 'key' (canonical identity of the NAME, not the human) and variants."""
    if c == 'CN':
        s = surname or pick(CN_SUR); g = pick(CN_GIV)
        lat = f"{s[1]} {g[1]}"
        v = [s[0] + g[0], lat, lat.upper(), f"{g[1]} {s[1]}", f"{s[1]}, {g[1]}", f"{s[1]}{g[1]}"]
        if len(g[0]) == 2:
            v.append(f"{s[1]} {g[1][:len(g[1])//2+0]}".strip())  # placeholder, replaced below
            v[-1] = f"{s[1].upper()} {g[1]}"
        if R.random() < .3:
            v.append(f"{pick(EN_NICK)} {s[1]} ({s[0]+g[0]})")
        return {'key': fold(lat).lower(), 'sur': s, 'v': v}
    if c == 'HK':
        s = surname or pick(HK_SUR); g = pick(HK_GIV)
        lat = f"{s[1]} {g[1]}"
        v = [lat, f"{g[1]} {s[1]}", f"{s[1].upper()} {g[1].replace(' ', '-')}", s[0] + g[0], lat.upper()]
        return {'key': lat.lower(), 'sur': s, 'v': v}
    if c in ('SG', 'MY') and R.random() < .12:
        f, s = pick(WEST)
        return {'key': f"{f} {s}".lower(), 'sur': s, 'v': [f"{f} {s}", f"{s.upper()}, {f}", f"{f[0]}. {s}", f"{f} {s}".upper()]}
    if c in ('SG', 'MY') and R.random() < .6:
        s = surname or pick(SGC_SUR); g = pick(SGC_GIV)
        v = [f"{s} {g}", f"{g} {s}", f"{s} {g}".upper(), f"{s} {g.replace(' ', '')}", f"{g.replace(' ', '')} {s}"]
        return {'key': f"{s} {g}".lower(), 'sur': s, 'v': v}
    if c in ('SG', 'MY'):
        f, s = pick(MALAY)
        v = [f"{f} bin {s}" if f.split()[0] in ('Muhammad', 'Ahmad', 'Mohd') else f"{f} binti {s}", f"{f} {s}",
             f"{f} {s}".upper(), f"{f.upper()} B. {s.upper()}" if f.split()[0] in ('Muhammad', 'Ahmad', 'Mohd') else f"{f.upper()} BT {s.upper()}"]
        return {'key': f"{f} {s}".lower(), 'sur': s, 'v': v}
    if c == 'ID':
        n = pick(ID_NAMES); parts = n.split()
        v = [n, n.upper(), (parts[0][0] + '. ' + ' '.join(parts[1:])) if len(parts) > 1 else n.lower().title(), n + ' ']
        return {'key': n.lower(), 'sur': parts[-1], 'v': [x.strip() for x in v]}
    if c == 'TH':
        t = pick(TH_NAMES)
        v = [f"{t[0]} {t[1]}", f"{t[2]} {t[3]}", f"Mr. {t[2]} {t[3]}" if R.random() < .5 else f"Ms. {t[2]} {t[3]}",
             f"{t[4]} {t[5]}", f"{t[3].upper()} {t[2].upper()}", f"นาย{t[0]} {t[1]}"]
        return {'key': f"{t[2]} {t[3]}".lower(), 'sur': t[3], 'v': v}
    if c == 'VN':
        s = surname or pick(VN_SUR); m = pick(VN_MID); g = pick(VN_GIV)
        full = f"{s} {m} {g}"
        v = [full, fold(full), fold(full).upper(), f"{fold(g)} {fold(s)}", f"{fold(s)} {fold(m)[0]}. {fold(g)}"]
        return {'key': fold(full).lower(), 'sur': s, 'v': v}
    if c == 'PH':
        f, s = pick(PH_NAMES)
        v = [f"{f} {s}", f"{s.upper()}, {f.upper()}", f"{f} {s.replace('Dela ', 'de la ')}", f"{f.split()[0]} {s}"]
        return {'key': f"{f} {s}".lower(), 'sur': s, 'v': v}
    if c == 'IN':
        f = pick(IN_FIRST); s = surname or pick(IN_SUR); m = pick(IN_MID)
        v = [f"{f} {s}", f"{s.upper()} {f.upper()}", f"{f} {m} {s}", f"{f[0]}. {s}", f"{f} {m[0]}. {s}"]
        return {'key': f"{f} {s}".lower(), 'sur': s, 'v': v}
    if c == 'KR':
        s = surname or pick(KR_SUR); g = pick(KR_GIV)
        v = [s[0] + g[0], f"{s[1]} {g[1]}", f"{g[1].replace('-', '').capitalize()} {s[1]}", f"{s[1].upper()} {g[1].replace('-', '').upper()}",
             f"{g[1].replace('-', ' ').title()} {s[1]}"]
        return {'key': f"{s[1]} {g[1]}".lower(), 'sur': s, 'v': v}
    if c == 'TR':
        f = pick(TR_FIRST); s = surname or pick(TR_SUR)
        v = [f"{f} {s}", fold(f"{f} {s}"), tr_upper(f"{f} {s}"), fold(f"{f} {s}").upper(), f"{s.upper()} {f}"]
        return {'key': fold(f"{f} {s}").lower(), 'sur': s, 'v': v}
    if c == 'MX':
        f = pick(MX_FIRST); s1 = surname or pick(MX_SUR); s2 = pick(MX_SUR)
        full = f"{f} {s1} {s2}"
        v = [full, fold(f"{f} {s1}"), fold(f"{s1} {s2} {f}").upper(), f"{f.split()[0][0]}. {f.split()[-1]} {s1} {s2[0]}.", fold(full)]
        return {'key': fold(full).lower(), 'sur': s1, 'v': v}
    raise ValueError(c)


# --------------------------------------------------------------------------- companies
CN_CH = [('瑞', 'Rui'), ('万', 'Wan'), ('凯', 'Kai'), ('骏', 'Jun'), ('华', 'Hua'), ('鑫', 'Xin'), ('鼎', 'Ding'), ('盛', 'Sheng'),
         ('恒', 'Heng'), ('通', 'Tong'), ('博', 'Bo'), ('远', 'Yuan'), ('优', 'You'), ('乐', 'Le'), ('星', 'Xing'), ('辰', 'Chen'),
         ('锦', 'Jin'), ('德', 'De'), ('佳', 'Jia'), ('美', 'Mei'), ('宏', 'Hong'), ('达', 'Da'), ('天', 'Tian'), ('诚', 'Cheng'),
         ('联', 'Lian'), ('创', 'Chuang'), ('智', 'Zhi'), ('汇', 'Hui'), ('源', 'Yuan'), ('海', 'Hai'), ('云', 'Yun'), ('帆', 'Fan'),
         ('腾', 'Teng'), ('金', 'Jin'), ('安', 'An'), ('泰', 'Tai'), ('润', 'Run'), ('嘉', 'Jia'), ('立', 'Li'), ('信', 'Xin'),
         ('永', 'Yong'), ('兴', 'Xing'), ('东', 'Dong'), ('和', 'He')]
CN_CITY = [('深圳', 'Shenzhen', '广东', 'Guangdong', '518'), ('广州', 'Guangzhou', '广东', 'Guangdong', '510'),
           ('东莞', 'Dongguan', '广东', 'Guangdong', '523'), ('义乌', 'Yiwu', '浙江', 'Zhejiang', '322'),
           ('杭州', 'Hangzhou', '浙江', 'Zhejiang', '310'), ('厦门', 'Xiamen', '福建', 'Fujian', '361'),
           ('宁波', 'Ningbo', '浙江', 'Zhejiang', '315')]
CN_IND = [('科技', 'Technology', 'Tech'), ('贸易', 'Trading', 'Trade'), ('电子商务', 'E-commerce', 'E-Commerce'),
          ('进出口', 'Import & Export', 'Imp. & Exp.'), ('电子', 'Electronics', 'Electronic'), ('家居用品', 'Household Products', 'Home Products')]
SG_W = ['Merlion Gate','Temasek Link','Bukit Star','Sentosa Crest','Raffles Point','Clementi','Bugis Bridge','Serangoon'] + ['Lion Peak', 'Bluewave', 'Orchid Bay', 'Meridian', 'Harbourfront', 'Sunrise', 'Evergreen', 'Jade Lotus', 'Crestline',
        'Nova', 'Kallang', 'Red Dot', 'Tanjong', 'Straits', 'Vanda', 'Marina Crest']
SG_IND = ['Trading', 'Ventures', 'Global', 'Solutions', 'Enterprise', 'Commerce', 'Holdings']
MY_W = [f'{a} {b}' for a in ['Cahaya','Mutiara','Gemilang','Bintang','Harmoni','Sinar','Permata','Seri','Wawasan','Jaya'] for b in ['Timur','Maju','Makmur','Emas','Utara','Cemerlang']] + ['Cahaya', 'Mutiara', 'Gemilang', 'Bintang', 'Harmoni', 'Sinar Timur', 'Permata', 'Seri Maju', 'Wawasan', 'Jaya Makmur']
ID_W = [f'{a} {b}' for a in ['Maju','Sinar','Karya','Berkah','Cahaya','Mitra','Indah','Sumber','Tunas','Bumi','Putra','Sentosa'] for b in ['Jaya','Abadi','Mandiri','Sejahtera','Nusantara','Lestari','Rejeki','Makmur','Utama','Perkasa'] if a != b] + ['Maju Sentosa Abadi', 'Sinar Jaya', 'Karya Mandiri', 'Berkah Sejahtera', 'Cahaya Nusantara', 'Mitra Usaha Bersama',
        'Indah Lestari', 'Sumber Rejeki', 'Tunas Harapan', 'Bumi Raya']
TH_W = [(a[0] + b[0], f"{a[1]} {b[1]}") for a in [('สยาม','Siam'),('ไทย','Thai'),('ศรี','Sri'),('เจริญ','Charoen'),('ทอง','Thong'),('มั่ง','Mang')] for b in [('รุ่งเรือง','Rungruang'),('พัฒนา','Phatthana'),('โรจน์','Roj'),('สวัสดิ์','Sawat'),('ผล','Phon'),('มงคล','Mongkhon')]] + [('สยามรุ่งเรือง', 'Siam Rungruang'), ('ไทยพัฒนา', 'Thai Phatthana'), ('รุ่งโรจน์', 'Rungroj'), ('ศรีสวัสดิ์', 'Srisawat'),
        ('เจริญผล', 'Charoenphon'), ('มั่งมี', 'Mangmee'), ('ทองดี', 'Thongdee')]
VN_W = [f'{a} {b}' for a in ['Minh','Hoàng','An','Phú','Thành','Việt','Tân','Đại','Hưng','Kim'] for b in ['Phát','Long','Khang','Thịnh','Đạt','Hưng','Tiến','Lộc'] if a != b] + ['Minh Phát', 'Hoàng Long', 'An Khang', 'Phú Thịnh', 'Thành Đạt', 'Việt Hưng', 'Tân Tiến', 'Đại Phát']
PH_W = [f'{a} {b}' for a in ['Pinnacle','Bayanihan','Luzon','Mabuhay','Visayas','Sampaguita','Makisig','Tala','Bituin','Mindanao'] for b in ['Star','Gold','Prime','Link','Summit']] + ['Pinnacle', 'Bayanihan', 'Luzon Star', 'Mabuhay', 'Visayas Gold', 'Sampaguita', 'Makisig', 'Tala']
IN_W = ['Shri Balaji','Jai Mata Di','Krishna Kripa','Ratnadeep','Siddhivinayak','Mahalaxmi','Pushpak','Swastik','Nandini','Kalpavriksh','Gurukripa','Satyam'] + ['Shree Ganesh', 'Sai Krishna', 'Bharat', 'Navkar', 'Om Sai', 'Kaveri', 'Aarav', 'Shubh Labh', 'Vedanta Crafts', 'Anmol']
IN_IND = ['Retail', 'Exports', 'Enterprises', 'Traders', 'Overseas', 'Handicrafts']
KR_W = [(a[0] + b[0], f"{a[1]} {b[1]}") for a in [('한빛','Hanbit'),('대성','Daesung'),('미래','Mirae'),('새롬','Saerom'),('동진','Dongjin'),('청명','Cheongmyeong')] for b in [('플러스','Plus'),('원','One'),('에이스','Ace'),('엔','N')]] + [('한빛', 'Hanbit'), ('대성', 'Daesung'), ('미래', 'Mirae'), ('하나', 'Hana'), ('새롬', 'Saerom'), ('동진', 'Dongjin'),
        ('우리', 'Woori'), ('청명', 'Cheongmyeong')]
KR_IND = [('상사', 'Trading'), ('테크', 'Tech'), ('코리아', 'Korea'), ('글로벌', 'Global')]
TR_W = ['Güneş','Hilal','Defne','Lale','Mavi','Ada','Nehir','Zirve','Başak','Pınar'] + ['Anadolu', 'Ege', 'Marmara', 'Toros', 'Kaya', 'Yıldız', 'Boğaziçi', 'Karadeniz', 'Akdeniz', 'Çınar']
TR_IND = ['Tekstil', 'Kozmetik', 'Elektronik', 'Dış Ticaret', 'Ev Tekstili']
MX_PRE = ['Comercializadora', 'Distribuidora', 'Grupo', 'Importadora']
MX_W = ['Occidente','Real del Monte','San Isidro','La Paz','Sierra Madre','Del Golfo','Huasteca','Mixteca','Los Altos'] + ['del Norte', 'Azteca', 'Sol de Jalisco', 'Regia', 'Del Bajío', 'Maya', 'Pacífico', 'Tapatía']
COMPANY_KEYS = set()


def make_company(c, hint=None, city=None):
    """Company object: key (unique legal entity), word (distinctive), variants."""
    for _ in range(200):
        o = _company(c, hint, city)
        if o['key'] not in COMPANY_KEYS:
            COMPANY_KEYS.add(o['key'])
            return o
        hint = None
    raise RuntimeError('company space exhausted')


def _company(c, hint, city):
    if c in ('CN', 'HK'):
        a, b = hint if hint else (pick(CN_CH), pick(CN_CH))
        zh, py = a[0] + b[0], a[1] + b[1].lower()
        ind = pick(CN_IND)
        if c == 'CN':
            ct = city or pick(CN_CITY)
            v = [f"{ct[0]}市{zh}{ind[0]}有限公司", f"{ct[0]}{zh}{ind[0]}有限公司", f"{ct[1]} {py} {ind[1]} Co., Ltd.",
                 f"{ct[1]} {py} {ind[1]} Co.,Ltd".upper(), f"{ct[1]} {py} {ind[2]} Co Ltd", f"{py} {ind[1]}",
                 f"{ct[1]} {a[1]}{b[1]} {ind[1]} Company Limited"]
            key = f"cn|{ct[1]}|{zh}|{ind[1]}"
            return {'key': key, 'word': py.lower(), 'zh': (a, b), 'city': ct[1], 'form': 'cn', 'ind': ind[1], 'v': v}
        v = [f"{py} {ind[1]} (HK) Limited", f"{py} {ind[1]} Limited", f"香港{zh}{ind[0]}有限公司", f"{py} {ind[2]} (HK) Ltd".upper(),
             f"{py} {ind[1]} (Hong Kong) Co., Limited"]
        return {'key': f"hk|{zh}|{ind[1]}", 'word': py.lower(), 'zh': (a, b), 'city': 'Hong Kong', 'form': 'hk', 'ind': ind[1], 'v': v}
    if c == 'SG':
        w = hint or pick(SG_W); ind = pick(SG_IND)
        v = [f"{w} {ind} Pte. Ltd.", f"{w} {ind} PTE LTD".upper(), f"{w} {ind} Private Limited", f"{w} {ind}", f"{w} {ind} Pte Ltd"]
        return {'key': f"sg|{w}|{ind}", 'word': w.lower(), 'city': 'Singapore', 'form': 'pte', 'ind': ind, 'v': v}
    if c == 'MY':
        w = hint or pick(MY_W); ind = pick(['Enterprise', 'Trading', 'Resources', 'Marketing'])
        form = pick(['sdn', 'ent'])
        if form == 'sdn':
            v = [f"{w} {ind} Sdn. Bhd.", f"{w} {ind} Sdn Bhd", f"{w} {ind} SDN. BHD.".upper(), f"{w} {ind} S/B", f"{w} {ind}"]
        else:
            v = [f"{w} {ind}", f"{w} {ind} (SA0{digits(6)}-X)".upper(), f"{w.upper()} {ind.upper()}"]
        return {'key': f"my|{w}|{ind}|{form}", 'word': w.lower(), 'city': '', 'form': form, 'ind': ind, 'v': v}
    if c == 'ID':
        w = hint or pick(ID_W); form = pick(['PT', 'PT', 'CV'])
        v = [f"{form} {w}", f"{form}. {w.upper()}", f"{w}, {form}", f"{form} {w.upper()}", w]
        return {'key': f"id|{w}|{form}", 'word': w.lower(), 'city': '', 'form': form, 'ind': '', 'v': v}
    if c == 'TH':
        w = hint or pick(TH_W); ind = pick([('เทรดดิ้ง', 'Trading'), ('อินเตอร์', 'Inter'), ('ซัพพลาย', 'Supply')])
        v = [f"บริษัท {w[0]}{ind[0]} จำกัด", f"{w[1]} {ind[1]} Co., Ltd.", f"{w[1]} {ind[1]} Company Limited".upper(),
             f"{w[1]} {ind[1]} Co.,Ltd.", f"บจก. {w[0]}{ind[0]}"]
        return {'key': f"th|{w[1]}|{ind[1]}", 'word': w[1].lower(), 'city': '', 'form': 'co', 'ind': ind[1], 'v': v}
    if c == 'VN':
        w = hint or pick(VN_W); ind = pick([('Thương mại', 'Trading'), ('Xuất nhập khẩu', 'Import Export'), ('Dịch vụ', 'Services')])
        v = [f"Công ty TNHH {ind[0]} {w}", fold(f"CÔNG TY TNHH {ind[0].upper()} {w.upper()}"), f"{fold(w)} {ind[1]} Co., Ltd",
             f"{w} Co.,Ltd", f"Cty TNHH {fold(ind[0])} {fold(w)}"]
        return {'key': f"vn|{fold(w)}|{ind[1]}", 'word': fold(w).lower(), 'city': '', 'form': 'tnhh', 'ind': ind[1], 'v': v}
    if c == 'PH':
        w = hint or pick(PH_W); ind = pick(['Trading', 'Enterprises', 'Ventures']); form = pick(['Inc.', 'Corp.', 'OPC'])
        lf = {'Inc.': ['Inc.', 'Inc', 'Incorporated'], 'Corp.': ['Corp.', 'Corporation', 'Corp'], 'OPC': ['OPC', '(OPC)', 'One Person Corporation']}[form]
        v = [f"{w} {ind} {x}" for x in lf] + [f"{w} {ind}".upper()]
        return {'key': f"ph|{w}|{ind}|{form}", 'word': w.lower(), 'city': '', 'form': form, 'ind': ind, 'v': v}
    if c == 'IN':
        w = hint or pick(IN_W); ind = pick(IN_IND); form = pick(['pvt', 'pvt', 'llp', 'prop'])
        if form == 'pvt':
            v = [f"{w} {ind} Pvt. Ltd.", f"{w} {ind} Private Limited".upper(), f"{w} {ind} Pvt Ltd", f"{w} {ind} P Ltd"]
        elif form == 'llp':
            v = [f"{w} {ind} LLP", f"{w} {ind} L.L.P.", f"{w.upper()} {ind.upper()} LLP"]
        else:
            v = [f"M/s {w} {ind}", f"{w} {ind}", f"M/S. {w.upper()} {ind.upper()}"]
        return {'key': f"in|{w}|{ind}|{form}", 'word': w.lower(), 'city': '', 'form': form, 'ind': ind, 'v': v}
    if c == 'KR':
        w = hint or pick(KR_W); ind = pick(KR_IND)
        v = [f"주식회사 {w[0]}{ind[0]}", f"(주){w[0]}{ind[0]}", f"㈜{w[0]}{ind[0]}", f"{w[1]} {ind[1]} Co., Ltd.", f"{w[1]} {ind[1]} Corp.".upper()]
        return {'key': f"kr|{w[1]}|{ind[1]}", 'word': w[1].lower(), 'city': '', 'form': 'jusik', 'ind': ind[1], 'v': v}
    if c == 'TR':
        w = hint or pick(TR_W); ind = pick(TR_IND); form = pick(['ltd', 'ltd', 'as'])
        if form == 'ltd':
            v = [f"{w} {ind} San. ve Tic. Ltd. Şti.", fold(f"{w} {ind} Sanayi ve Ticaret Limited Şirketi").upper(),
                 f"{w} {ind} Ltd. Şti.", fold(f"{w} {ind} Tic. Ltd. Sti."), tr_upper(f"{w} {ind} Tic. Ltd. Şti.")]
        else:
            v = [f"{w} {ind} A.Ş.", f"{w} {ind} Anonim Şirketi", fold(f"{w} {ind} AS").upper(), f"{w} {ind} San. ve Tic. A.Ş."]
        return {'key': f"tr|{fold(w)}|{ind}|{form}", 'word': fold(w).lower(), 'city': '', 'form': form, 'ind': ind, 'v': v}
    if c == 'MX':
        p = pick(MX_PRE); w = hint or pick(MX_W); form = pick(['sa', 'sa', 'srl'])
        lf = ['S.A. de C.V.', 'SA de CV', 'S.A. DE C.V.'] if form == 'sa' else ['S. de R.L. de C.V.', 'S de RL de CV']
        v = [f"{p} {w}, {x}" for x in lf] + [fold(f"{p} {w} {lf[1]}").upper(), f"{p} {w}"]
        return {'key': f"mx|{p}|{fold(w)}|{form}", 'word': fold(w).lower(), 'city': '', 'form': form, 'ind': p, 'v': v}
    raise ValueError(c)


# --------------------------------------------------------------------------- phones
PH_PLAN = {  # cc, national trunk prefix, generator of national significant number, national formatter, intl formatter
    'CN': ('86', '', lambda: '1' + pick('35789') + digits(9)),
    'HK': ('852', '', lambda: pick('569') + digits(7)),
    'SG': ('65', '', lambda: pick('89') + digits(7)),
    'MY': ('60', '0', lambda: '1' + pick('0234679') + digits(7 + R.randint(0, 1))),
    'ID': ('62', '0', lambda: '8' + pick('1257') + digits(8 + R.randint(0, 1))),
    'TH': ('66', '0', lambda: pick('689') + digits(8)),
    'VN': ('84', '0', lambda: pick('3789') + digits(8)),
    'PH': ('63', '0', lambda: '9' + digits(9)),
    'IN': ('91', '0', lambda: pick('6789') + digits(9)),
    'KR': ('82', '0', lambda: '10' + digits(8)),
    'TR': ('90', '0', lambda: '5' + pick('0345') + digits(8)),
    'MX': ('52', '', lambda: pick(['55', '33', '81']) + digits(8)),
    'JP': ('81', '0', lambda: pick(['90', '80', '70']) + digits(8)),
    'DE': ('49', '0', lambda: '30' + digits(7)),
    'GB': ('44', '0', lambda: '7700' + digits(6)),
    'US': ('1', '', lambda: pick(['415', '626', '909', '718']) + '555' + digits(4)),
}


def grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def phone_variants(c, n):
    cc, tr, _ = PH_PLAN[c]
    L = len(n)
    if c == 'CN':
        nat = [' '.join(grp(n, [3, 4, 4])), n, '-'.join(grp(n, [3, 4, 4]))]
    elif c in ('SG', 'HK'):
        nat = [n[:4] + ' ' + n[4:], n]
    elif c == 'JP':
        nat = ['0' + n[:2] + '-' + n[2:6] + '-' + n[6:], '0' + n]
    elif c == 'DE':
        nat = ['0' + n[:2] + ' ' + n[2:], '0' + n[:2] + '/' + n[2:]]
    elif c == 'KR':
        nat = ['0' + n[:2] + '-' + n[2:6] + '-' + n[6:], '0' + n]
    elif c == 'TR':
        nat = ['0' + n[:3] + ' ' + n[3:6] + ' ' + n[6:8] + ' ' + n[8:], '0' + n, '(0' + n[:3] + ') ' + n[3:]]
    elif c == 'IN':
        nat = [n[:5] + ' ' + n[5:], '0' + n, n]
    elif c == 'MX':
        nat = [n[:2] + ' ' + n[2:6] + ' ' + n[6:], n, '(' + n[:2] + ') ' + n[2:6] + '-' + n[6:]]
    elif c == 'US':
        nat = ['(' + n[:3] + ') ' + n[3:6] + '-' + n[6:], n[:3] + '-' + n[3:6] + '-' + n[6:]]
    elif c == 'MY':
        nat = ['0' + n[:2] + '-' + n[2:5] + ' ' + n[5:], '0' + n]
    elif c == 'ID':
        nat = ['0' + n[:3] + '-' + n[3:7] + '-' + n[7:], '0' + n]
    else:
        nat = [tr + n[:2] + ' ' + n[2:5] + ' ' + n[5:], tr + n]
    intl = ['+' + cc + n, '+' + cc + ' ' + ' '.join(grp(n, [3, 4, 4])), '00' + cc + '-' + n, '(+' + cc + ')' + n, cc + n]
    if c == 'MX':
        intl.append('+52 1 ' + n[:2] + ' ' + n[2:6] + ' ' + n[6:])  # legacy mobile "1"
    if c == 'KR':
        intl.append('+82 10-' + n[2:6] + '-' + n[6:])
    if c in ('TR', 'IN', 'ID', 'TH', 'VN', 'PH', 'MY'):
        intl.append('+' + cc + ' (0)' + n)
    return nat, intl


# --------------------------------------------------------------------------- tax ids
USCC_ALPH = '0123456789ABCDEFGHJKLMNPQRTUWXY'
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc():
    body = '91' + pick(['4403', '4401', '4419', '3307', '3301', '3502']) + '00' + 'MA5' + ''.join(
        R.choice(USCC_ALPH) for _ in range(8))
    s = sum(USCC_ALPH.index(ch) * w for ch, w in zip(body, USCC_W))
    return body + USCC_ALPH[(31 - s % 31) % 31]


def make_tax(c, kind='company', seq_from=None):
    """Return tax object: key + variants (globally unique keys)."""
    for _ in range(100 if seq_from is None else 12):
        t = _make_tax(c, kind, seq_from)
        if t['key'] not in USED_TAX:
            USED_TAX.add(t['key'])
            return t
    raise RuntimeError('tax space')


def _make_tax(c, kind='company', seq_from=None):
    if c == 'CN':
        t = uscc()
        return {'key': 'cn:' + t, 'v': [t, '统一社会信用代码：' + t, 'USCC ' + t, t.lower()]}
    if c == 'HK':
        b = digits(8)
        return {'key': 'hk:' + b, 'v': [b, f"{b}-000-{R.randint(1,12):02d}-{R.randint(18,25)}-{R.randint(0,9)}", 'BR No. ' + b]}
    if c == 'SG':
        if seq_from:
            y, n = seq_from
            n += R.randint(1, 3)
        else:
            y, n = R.choice([2018, 2019, 2020, 2021, 2022, 2023]), R.randint(10000, 39999)
        u = f"{y}{n:05d}{pick('CDEGHKMNRWZ')}"
        return {'key': 'sg:' + u, 'v': [u, 'UEN ' + u, 'UEN: ' + u.lower(), u[:4] + ' ' + u[4:]], 'seq': (y, n)}
    if c == 'MY':
        if seq_from:
            y, n = seq_from; n += R.randint(1, 3)
        else:
            y, n = R.choice([2019, 2020, 2021, 2022]), R.randint(100000, 399999)
        old = f"{R.randint(1100000, 1499999)}-{pick('ADHKMPTUVWX')}"
        new = f"{y}01{n:06d}"
        return {'key': 'my:' + new, 'v': [new, f"{new} ({old})", old, f"SSM {new}"], 'seq': (y, n)}
    if c == 'IN':
        pan = ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + ('P' if kind == 'person' else 'C') + \
              R.choice(string.ascii_uppercase) + digits(4) + R.choice(string.ascii_uppercase)
        st = pick(['27', '29', '07', '24', '33', '09'])
        gst = f"{st}{pan}1Z{R.choice(string.ascii_uppercase + string.digits)}"
        return {'key': 'in:' + pan, 'v': [gst, 'GSTIN ' + gst, 'PAN ' + pan, pan, gst[:2] + ' ' + gst[2:12] + ' ' + gst[12:]]}
    if c == 'KR':
        b = digits(3) + pick(['81', '86', '87', '01', '05']) + digits(5)
        return {'key': 'kr:' + b, 'v': [f"{b[:3]}-{b[3:5]}-{b[5:]}", b, f"사업자등록번호 {b[:3]}-{b[3:5]}-{b[5:]}"]}
    if c == 'TR':
        if kind == 'person':
            t = pick('123456789') + digits(10)
            return {'key': 'tr:' + t, 'v': [t, 'TCKN ' + t, 'T.C. Kimlik No: ' + t]}
        t = digits(10)
        return {'key': 'tr:' + t, 'v': [t, 'VKN ' + t, 'Vergi No: ' + t, f"{t[:3]} {t[3:6]} {t[6:]}"]}
    if c == 'MX':
        if kind == 'person':
            r = ''.join(R.choice(string.ascii_uppercase) for _ in range(4)) + f"{R.randint(60,99):02d}{R.randint(1,12):02d}{R.randint(1,28):02d}" + \
                ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(3))
        else:
            r = ''.join(R.choice(string.ascii_uppercase) for _ in range(3)) + f"{R.randint(10,23):02d}{R.randint(1,12):02d}{R.randint(1,28):02d}" + \
                ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(3))
        return {'key': 'mx:' + r, 'v': [r, 'RFC ' + r, r[:len(r) - 9] + '-' + r[-9:-3] + '-' + r[-3:], r.lower()]}
    if c == 'ID':
        n = digits(15)
        return {'key': 'id:' + n, 'v': [f"{n[:2]}.{n[2:5]}.{n[5:8]}.{n[8]}-{n[9:12]}.{n[12:]}", n, 'NPWP ' + n, '0' + n]}
    if c == 'TH':
        n = '0' + digits(12)
        return {'key': 'th:' + n, 'v': [n, f"{n[0]}-{n[1:5]}-{n[5:10]}-{n[10:12]}-{n[12]}", 'Tax ID ' + n]}
    if c == 'VN':
        n = '0' + digits(9)
        return {'key': 'vn:' + n, 'v': [n, 'MST: ' + n, 'MST ' + n[:3] + ' ' + n[3:6] + ' ' + n[6:]]}
    if c == 'PH':
        n = digits(9)
        return {'key': 'ph:' + n, 'v': [f"{n[:3]}-{n[3:6]}-{n[6:]}-000", n + '000', f"TIN {n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}-00000"]}
    raise ValueError(c)


# --------------------------------------------------------------------------- banks
def iban(cc, bban):
    num = ''.join(str(int(ch, 36)) for ch in bban + cc + '00')
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def iban_spaced(s):
    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4))


def clabe(bank3):
    b = bank3 + digits(3) + digits(11)
    s = sum((int(d) * w) % 10 for d, w in zip(b, [3, 7, 1] * 6))
    return b + str((10 - s % 10) % 10)


PSPS = [  # invented payout providers: name, US routing shared, account prefix
    ('Lianpay', '026014928', '8483'), ('PayBridge Asia', '084106768', '2220'), ('Airwallex', '060045115', '860'),
    ('WorldPayout', '021000021', '5401'), ('Nusa Remit', '091311229', '7310')]
POOLED = [('Kirin Collect Ltd', 'GB', 'CLRB', '040511'), ('Halo Payout GmbH', 'DE', None, '10010010')]


def make_bank(c, psp_ok=True, psp_prefix_force=None):
    r = R.random()
    if psp_prefix_force is not None or (psp_ok and c in ('CN', 'HK', 'VN', 'ID', 'TH', 'KR', 'PH') and r < .45):
        name, rtn, pre = psp_prefix_force if psp_prefix_force is not None else pick(PSPS)
        acct = pre + digits(10 - len(pre))
        v = [f"RTN {rtn} ACCT {acct}", f"{name} {rtn}-{acct}", f"ABA: {rtn} / Acct: {acct}", f"routing {rtn} account no. {acct}",
             f"{acct} (RTN {rtn})", f"{name} USD receiving acct {acct[:4]} {acct[4:]}, ABA {rtn}"]
        return {'key': f"us:{rtn}:{acct}", 'v': v, 'prefix': f"{name}:{pre}", 'miss': [f"{name} ****{acct[-4:]}", f"ACCT {acct}"]}
    if c in ('CN',):
        bank = pick([('中国工商银行', 'ICBC', '6222'), ('招商银行', 'China Merchants Bank', '6225'), ('中国建设银行', 'CCB', '6217'),
                     ('中国银行', 'Bank of China', '6216')])
        br = pick([('南山支行', 'Nanshan Sub-branch'), ('福田支行', 'Futian Sub-branch'), ('天河支行', 'Tianhe Sub-branch'), ('义乌分行', 'Yiwu Branch')])
        n = bank[2] + digits(15)
        v = [f"{bank[0]} {br[0]} {n}", f"{bank[1]} {' '.join(grp(n, [4, 4, 4, 4, 3]))}", n, f"{bank[1]} {br[1]}, A/C {n}", f"开户行：{bank[0]}{br[0]} 账号：{n}"]
        return {'key': f"cn:{n}", 'v': v, 'miss': [f"{bank[1]} **** {n[-4:]}", f"{bank[0]} 尾号{n[-4:]}"]}
    if c == 'HK':
        n = pick(['004', '024', '012']) + '-' + digits(6) + '-' + digits(3)
        flat = n.replace('-', '')
        return {'key': f"hk:{flat}", 'v': [n, flat, f"HSBC HK {n}", f"Bank code {flat[:3]} A/C {flat[3:]}"], 'miss': [f"A/C ending {flat[-4:]}"]}
    if c == 'SG':
        n = digits(10)
        return {'key': f"sg:{n}", 'v': [f"DBS {n[:3]}-{n[3:9]}-{n[9]}", f"{n} (DBS Bank Ltd, bank code 7171)", f"DBS/POSB {n}", f"7171-{n[:3]}-{n[3:]}"],
                'miss': ['DBS ' + n[:3] + '-' + n[3:9]]}
    if c == 'MY':
        n = pick(['5140', '5621', '1640']) + digits(8)
        return {'key': f"my:{n}", 'v': [f"Maybank {' '.join(grp(n, [4, 4, 4]))}", f"{n} MAYBANK BERHAD", f"MBB {n}", f"Malayan Banking Bhd a/c {n}"], 'miss': [n[:8]]}
    if c == 'IN':
        n = pick(['50100', '91902', '3712']) + digits(9)
        ifsc = pick(['HDFC', 'ICIC', 'SBIN', 'UTIB']) + '000' + digits(4)
        return {'key': f"in:{ifsc[:4]}:{n}", 'v': [f"A/c {n} IFSC {ifsc}", f"{ifsc} / {n}", f"Account No: {n}, IFSC: {ifsc.lower()}", f"{n} ({ifsc})"],
                'miss': [f"A/c {n}", f"IFSC {ifsc} a/c XXXX{n[-4:]}"]}
    if c == 'KR':
        n = digits(6) + '-' + digits(2) + '-' + digits(6)
        return {'key': f"kr:{n.replace('-', '')}", 'v': [f"국민은행 {n}", f"KB Kookmin {n.replace('-', '')}", f"KB국민 {n}", n], 'miss': [n[:9]]}
    if c == 'TR':
        bban = pick(['00010', '00062', '00046', '00111']) + '0' + digits(16)
        ib = iban('TR', bban)
        return {'key': f"iban:{ib}", 'v': [ib, iban_spaced(ib), 'IBAN: ' + iban_spaced(ib), ib.lower()], 'miss': [iban_spaced(ib)[:-5]]}
    if c == 'MX':
        cb = clabe(pick(['012', '002', '014', '072']))
        return {'key': f"clabe:{cb}", 'v': ['CLABE ' + cb, f"{cb[:3]} {cb[3:6]} {cb[6:17]} {cb[17]}", cb, 'Cuenta CLABE: ' + cb], 'miss': ['CLABE ' + cb[:-1]]}
    if c == 'ID':
        n = digits(10)
        return {'key': f"id:{n}", 'v': [f"BCA {n[:3]} {n[3:6]} {n[6:]}", f"Bank Central Asia {n}", f"BCA a/c {n}", n], 'miss': [f"BCA ...{n[-4:]}"]}
    if c == 'TH':
        n = digits(10)
        return {'key': f"th:{n}", 'v': [f"Kasikornbank {n[:3]}-{n[3]}-{n[4:9]}-{n[9]}", f"KBANK {n}", f"ธนาคารกสิกรไทย {n[:3]}-{n[3]}-{n[4:9]}-{n[9]}"], 'miss': [n[:7]]}
    if c == 'VN':
        n = digits(13)
        return {'key': f"vn:{n}", 'v': [f"Vietcombank {n}", f"VCB - {n}", f"Ngân hàng Vietcombank STK {n}"], 'miss': [f"VCB {n[:9]}"]}
    if c == 'PH':
        n = digits(12)
        return {'key': f"ph:{n}", 'v': [f"BDO {n[:4]}-{n[4:8]}-{n[8:]}", f"BDO Unibank {n}", n], 'miss': [f"BDO ****{n[-4:]}"]}
    raise ValueError(c)


def make_foreign_bank():
    """UK sort code / DE IBAN receiving accounts, used by sellers on EU marketplaces."""
    if R.random() < .5:
        sc = pick(['20', '40', '60', '04']) + digits(4); acc = digits(8)
        ib = iban('GB', pick(['BARC', 'HBUK', 'NWBK', 'CLRB']) + sc + acc)
        sch = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
        v = [f"sort code {sch} acc {acc}", f"{sc} {acc}", f"SC {sc[:2]} {sc[2:4]} {sc[4:]} / AC {acc}", ib, iban_spaced(ib)]
        return {'key': f"gb:{sc}:{acc}", 'v': v, 'miss': [f"acc {acc}"]}
    blz = pick(['10010010', '50010517', '37040044', '20041133']); acc = digits(10)
    ib = iban('DE', blz + acc)
    return {'key': f"iban:{ib}", 'v': [ib, iban_spaced(ib), 'IBAN ' + iban_spaced(ib).lower(), f"BLZ {blz} Kto {acc}"], 'miss': [iban_spaced(ib)[:-3]]}


def make_pooled(ref):
    name, cc, bank, code = pick(POOLED)
    if cc == 'GB':
        ib = iban('GB', bank + code + '73920155')
    else:
        ib = iban('DE', code + '0531177200')
    v = [f"{name} {iban_spaced(ib)} ref {ref}", f"IBAN {ib} / Ref: {ref}", f"{ib} (reference {ref})", f"{name}, {ib}, Verwendungszweck {ref}"]
    return {'key': f"pool:{ib}:{ref}", 'v': v, 'pooled': ib, 'miss': [f"{name} {iban_spaced(ib)}"]}


# --------------------------------------------------------------------------- cards
BINS = [('Visa', '4' + digits(5)) for _ in range(6)] + [('Mastercard', pick(['51', '52', '53', '54', '55']) + digits(4)) for _ in range(6)] + \
       [('UnionPay', '62' + digits(4)) for _ in range(3)] + [('Amex', '37' + digits(4))]


def card_variants(card):
    brand, b, l4, m, y = card['brand'], card['bin'], card['last4'], card['mm'], card['yy']
    return [f"{b[:4]} {b[4:]}** **** {l4} ({m:02d}/20{y})", f"{b}xxxxxx{l4} exp {m:02d}/{y}", f"{brand} ending {l4}, {m:02d}/{y}",
            f"{b}******{l4}", f"{b}******{l4} {m:02d}{y}", f"{brand.upper()} {b[:4]}-{b[4:]}XX-XXXX-{l4} {m:02d}/{y}"]


def make_card():
    brand, b = pick(BINS)
    return {'brand': brand, 'bin': b, 'last4': digits(4), 'mm': R.randint(1, 12), 'yy': R.randint(25, 31)}


# --------------------------------------------------------------------------- addresses
CN_DIST = {'Shenzhen': [('南山区', 'Nanshan'), ('福田区', 'Futian'), ('宝安区', "Bao'an"), ('龙华区', 'Longhua')],
           'Guangzhou': [('天河区', 'Tianhe'), ('白云区', 'Baiyun'), ('番禺区', 'Panyu')],
           'Dongguan': [('长安镇', 'Chang\'an Town'), ('南城街道', 'Nancheng Subdistrict')],
           'Yiwu': [('稠城街道', 'Choucheng Subdistrict'), ('福田街道', 'Futian Subdistrict')],
           'Hangzhou': [('滨江区', 'Binjiang'), ('余杭区', 'Yuhang')], 'Xiamen': [('思明区', 'Siming'), ('湖里区', 'Huli')],
           'Ningbo': [('鄞州区', 'Yinzhou'), ('北仑区', 'Beilun')]}
CN_STREET = [('科技南十二路', 'Keji South 12th Rd'), ('深南大道', 'Shennan Blvd'), ('华强北路', 'Huaqiang North Rd'), ('天河路', 'Tianhe Rd'),
             ('江南大道', 'Jiangnan Ave'), ('创业路', 'Chuangye Rd'), ('宝安大道', "Bao'an Ave"), ('稠州北路', 'Chouzhou North Rd'),
             ('民治大道', 'Minzhi Ave'), ('文一西路', 'Wenyi West Rd')]
CN_BLDG = [('创新大厦', 'Chuangxin Building'), ('华鑫大厦', 'Huaxin Tower'), ('科兴科学园', 'Kexing Science Park'), ('星河世纪', 'Galaxy Century'),
           ('电商产业园', 'E-commerce Industrial Park'), ('国际商务中心', 'International Business Center'), ('金融大厦', 'Finance Building')]


def addr_building(c):
    """A building/street-level location (shared by neighbours)."""
    if c == 'CN':
        ct = pick(CN_CITY); d = pick(CN_DIST[ct[1]]); st = pick(CN_STREET); b = pick(CN_BLDG)
        return {'c': c, 'ct': ct, 'd': d, 'st': st, 'no': R.randint(1, 399), 'b': b, 'blk': pick(['A', 'B', 'C', '']), 'pc': ct[4] + digits(3)}
    if c == 'HK':
        return {'c': c, 'st': pick([('干諾道中', 'Connaught Road Central', '上環', 'Sheung Wan'), ('彌敦道', 'Nathan Road', '旺角', 'Mong Kok'),
                                    ('開源道', 'Hoi Yuen Road', '觀塘', 'Kwun Tong')]), 'no': R.randint(1, 250),
                'b': pick([('永安中心', 'Wing On Centre'), ('恒生大廈', 'Hang Seng Building'), ('創紀之城', 'Millennium City'), ('宏利大廈', 'Manulife Tower')])}
    if c == 'SG':
        if R.random() < .5:
            return {'c': c, 'hdb': True, 'blk': R.randint(100, 799), 'st': pick(['Ang Mo Kio Avenue 3', 'Bedok North Street 1', 'Jurong West Street 42',
                                                                                  'Tampines Street 81', 'Woodlands Drive 14', 'Toa Payoh Lorong 1']), 'pc': '5' + digits(5)}
        return {'c': c, 'hdb': False, 'no': R.randint(1, 200), 'st': pick(['Robinson Road', 'Cecil Street', 'Ubi Avenue 1', 'Kaki Bukit Road 3',
                                                                        'Changi South Lane', 'Tai Seng Street']),
                'b': pick(['Robinson 77', 'Ubi Techpark', 'Tai Seng Centre', 'Oxley Bizhub', 'Vertex', '']), 'pc': '0' + digits(5)}
    if c == 'MY':
        return {'c': c, 'no': R.randint(1, 80), 'st': pick([('Jalan SS 2/24', 'Jln SS2/24'), ('Jalan Ampang', 'Jln Ampang'), ('Jalan Puchong', 'Jln Puchong'),
                                                            ('Jalan Tun Razak', 'Jln Tun Razak'), ('Persiaran Gurney', 'Pers. Gurney')]),
                'city': pick([('Petaling Jaya', 'PJ', 'Selangor', '47300'), ('Kuala Lumpur', 'KL', 'W.P. Kuala Lumpur', '50450'),
                              ('Puchong', 'Puchong', 'Selangor', '47100'), ('George Town', 'Penang', 'Pulau Pinang', '10250')])}
    if c == 'ID':
        return {'c': c, 'st': pick([('Jl. Sudirman', 'Jalan Sudirman'), ('Jl. Mangga Dua Raya', 'Jalan Mangga Dua Raya'), ('Jl. Pluit Karang', 'Jalan Pluit Karang'),
                                    ('Jl. Gatot Subroto', 'Jalan Gatot Subroto')]), 'no': R.randint(1, 150),
                'city': pick([('Jakarta Selatan', 'Jaksel', '12920'), ('Jakarta Utara', 'Jakut', '14450'), ('Jakarta Barat', 'Jakbar', '11480'),
                              ('Surabaya', 'Sby', '60271')]), 'kel': pick(['Karet', 'Pluit', 'Ancol', 'Kuningan'])}
    if c == 'TH':
        return {'c': c, 'soi': pick([('ซอยสุขุมวิท 21', 'Soi Sukhumvit 21', 'แขวงคลองเตยเหนือ เขตวัฒนา', 'Khlong Toei Nuea, Watthana', '10110'),
                                     ('ซอยลาดพร้าว 71', 'Soi Lat Phrao 71', 'แขวงสะพานสอง เขตวังทองหลาง', 'Saphan Song, Wang Thonglang', '10310'),
                                     ('ถนนรัชดาภิเษก', 'Ratchadaphisek Rd', 'แขวงดินแดง เขตดินแดง', 'Din Daeng, Din Daeng', '10400')]),
                'no': R.randint(1, 199)}
    if c == 'VN':
        return {'c': c, 'st': pick(['Nguyễn Huệ', 'Lê Lợi', 'Điện Biên Phủ', 'Cộng Hòa', 'Nguyễn Văn Linh']), 'no': R.randint(1, 300),
                'ward': pick([('Phường Bến Nghé', 'Ben Nghe Ward'), ('Phường 4', 'Ward 4'), ('Phường Tân Phong', 'Tan Phong Ward')]),
                'dist': pick([('Quận 1', 'District 1', 'Dist. 1'), ('Quận Tân Bình', 'Tan Binh District', 'Tan Binh'), ('Quận 7', 'District 7', 'Dist. 7')])}
    if c == 'PH':
        return {'c': c, 'b': pick(['Tower One', 'Cityland 10', 'Antel Global Corporate Center', 'Jollibee Plaza']),
                'st': pick([('Ayala Ave.', 'Ayala Avenue'), ('H.V. Dela Costa St.', 'HV dela Costa Street'), ('Julia Vargas Ave.', 'Julia Vargas Avenue')]),
                'city': pick([('Makati City', 'Makati', '1226'), ('Pasig City', 'Ortigas, Pasig', '1605')])}
    if c == 'IN':
        return {'c': c, 'b': pick(['Sai Residency', 'Prestige Shantiniketan', 'Orchid Heights', 'Shivam Complex', 'Ganga Tower']),
                'st': pick([('14th Cross', '14 Cross Rd'), ('MG Road', 'Mahatma Gandhi Rd'), ('Sector 44', 'Sec-44'), ('LBS Marg', 'L.B.S. Marg')]),
                'city': pick([('Bengaluru', 'Bangalore', 'Karnataka', '5601' + digits(2), 'HSR Layout'), ('Gurugram', 'Gurgaon', 'Haryana', '1220' + digits(2), 'DLF Phase 2'),
                              ('Mumbai', 'Bombay', 'Maharashtra', '4000' + digits(2), 'Andheri East'), ('Jaipur', 'Jaipur', 'Rajasthan', '3020' + digits(2), 'Malviya Nagar')])}
    if c == 'KR':
        return {'c': c, 'st': pick([('테헤란로', 'Teheran-ro'), ('디지털로', 'Digital-ro'), ('올림픽로', 'Olympic-ro')]), 'no': R.randint(1, 500),
                'gu': pick([('강남구', 'Gangnam-gu'), ('구로구', 'Guro-gu'), ('송파구', 'Songpa-gu'), ('금천구', 'Geumcheon-gu')]), 'pc': '0' + digits(4)}
    if c == 'TR':
        return {'c': c, 'mah': pick(['Caferağa', 'Atatürk', 'Fenerbahçe', 'Merkez', 'Kozyatağı']), 'cad': pick(['Moda', 'Cumhuriyet', 'Bağdat', 'İnönü']),
                'no': R.randint(1, 200), 'ilce': pick([('Kadıköy', 'İstanbul', '34710'), ('Ataşehir', 'İstanbul', '34750'), ('Osmangazi', 'Bursa', '16010'),
                                                       ('Konak', 'İzmir', '35250')])}
    if c == 'MX':
        return {'c': c, 'st': pick(['Av. Insurgentes Sur', 'Calle Morelos', 'Av. Vallarta', 'Av. Constitución', 'Calle Hidalgo']), 'no': R.randint(10, 3000),
                'col': pick([('Del Valle', 'Benito Juárez', '03100', 'Ciudad de México', 'CDMX'), ('Centro', 'Guadalajara', '44100', 'Guadalajara', 'Jal.'),
                             ('Obispado', 'Monterrey', '64060', 'Monterrey', 'N.L.')])}
    raise ValueError(c)


def bkey(b):
    return json.dumps({k: v for k, v in b.items()}, ensure_ascii=False, sort_keys=True, default=str)


def make_unit(b):
    c = b['c']
    if c == 'CN':
        return str(R.randint(2, 30) * 100 + R.randint(1, 20))
    if c == 'HK':
        return f"{R.randint(2, 30)}|{R.randint(1, 20):02d}"
    if c == 'SG':
        return f"{R.randint(2, 25):02d}|{R.randint(1, 150):02d}"
    if c == 'MY':
        return f"{pick('ABC')}-{R.randint(1, 20)}-{R.randint(1, 12)}"
    if c == 'ID':
        return f"{pick('ABCD')}|{R.randint(1, 30)}"
    if c == 'TH':
        return str(R.randint(1, 300))
    if c == 'VN':
        return str(R.randint(101, 1203))
    if c == 'PH':
        return str(R.randint(2, 40) * 100 + R.randint(1, 20))
    if c == 'IN':
        return str(R.randint(1, 12) * 100 + R.randint(1, 8))
    if c == 'KR':
        return str(R.randint(2, 15) * 100 + R.randint(1, 10))
    if c == 'TR':
        return str(R.randint(1, 30))
    if c == 'MX':
        return str(R.randint(1, 12) * 100 + R.randint(1, 6))


def addr_variants(b, u):
    """Return (full variants, variants with missing parts)."""
    c = b['c']
    if c == 'CN':
        ct, d, st, no, bd, blk, pc = b['ct'], b['d'], b['st'], b['no'], b['b'], b['blk'], b['pc']
        zb = f"{blk}座" if blk else ''
        eb = f"Block {blk}, " if blk else ''
        full = [f"{ct[2]}省{ct[0]}市{d[0]}{st[0]}{no}号{bd[0]}{zb}{u}室", f"中国 {ct[2]}省 {ct[0]}市 {d[0]} {st[0]}{no}号 {bd[0]} {blk}{u} 邮编{pc}",
                f"Room {u}, {eb}{bd[1]}, No. {no} {st[1]}, {d[1]} District, {ct[1]}, {ct[3]} {pc}, China",
                f"Rm{u} {blk}{'-' if blk else ''}{bd[1]} {no} {st[1]} {d[1]} {ct[1]} {pc}",
                f"{ct[1]} {ct[3]} {d[1]} {st[1]} No.{no} {bd[1]} {blk}{u}".upper()]
        miss = [f"{ct[0]}市{d[0]}{st[0]}{no}号{bd[0]}", f"{bd[1]}, {st[1]}, {ct[1]}"]
        return full, miss
    if c == 'HK':
        fl, rm = u.split('|')
        st, bd, no = b['st'], b['b'], b['no']
        full = [f"Room {rm}, {fl}/F, {bd[1]}, {no} {st[1]}, {st[3]}, Hong Kong", f"香港{st[2]}{st[0]}{no}號{bd[0]}{fl}樓{rm}室",
                f"Flat {fl}{rm}, {fl}F {bd[1]}, {no} {st[1]}, {st[3]}, HK", f"RM {rm} {fl}/F {bd[1].upper()} {no} {st[1].upper()} HONG KONG"]
        return full, [f"{bd[1]}, {no} {st[1]}, Hong Kong"]
    if c == 'SG':
        fl, un = u.split('|')
        if b['hdb']:
            full = [f"Blk {b['blk']} {b['st']} #{fl}-{un} Singapore {b['pc']}", f"{b['blk']} {b['st']}, #{fl}-{un}, S({b['pc']})",
                    f"#{fl}-{un} Block {b['blk']}, {b['st']}, Singapore {b['pc']}", f"BLK {b['blk']} {b['st'].upper()} #{fl}-{un} S{b['pc']}"]
            return full, [f"Blk {b['blk']} {b['st']} Singapore {b['pc']}"]
        bd = (b['b'] + ', ') if b['b'] else ''
        full = [f"{b['no']} {b['st']} #{fl}-{un} {bd}Singapore {b['pc']}", f"#{fl}-{un}, {b['no']} {b['st'].replace('Road', 'Rd').replace('Avenue', 'Ave').replace('Street', 'St')}, S({b['pc']})",
                f"{b['no']} {b['st'].upper()}, #{fl}-{un}, {bd.upper()}SINGAPORE {b['pc']}", f"{bd}{b['no']} {b['st']}, unit {fl}-{un}, SG {b['pc']}"]
        return full, [f"{b['no']} {b['st']}, Singapore {b['pc']}", f"{b['no']} {b['st']} #{fl}-{un}"]
    if c == 'MY':
        ct = b['city']
        full = [f"{u}, No. {b['no']}, {b['st'][0]}, {ct[3]} {ct[0]}, {ct[2]}", f"{u} {b['no']} {b['st'][1]}, {ct[1]} {ct[3]}",
                f"Unit {u}, {b['no']} {b['st'][0]}, {ct[3]} {ct[0]}, {ct[2]}, Malaysia", f"NO {b['no']} {b['st'][0].upper()} {u} {ct[3]} {ct[0].upper()}"]
        return full, [f"No. {b['no']}, {b['st'][0]}, {ct[0]}"]
    if c == 'ID':
        blk, no2 = u.split('|'); ct = b['city']
        full = [f"{b['st'][0]} No. {b['no']}, Ruko Blok {blk} No. {no2}, Kel. {b['kel']}, {ct[0]} {ct[2]}",
                f"{b['st'][1]} {b['no']} Blok {blk}/{no2} {b['kel']} {ct[1]}", f"Ruko Blok {blk}-{no2}, {b['st'][0]} {b['no']}, {ct[0]}, Indonesia {ct[2]}",
                f"{b['st'][0].upper()} NO.{b['no']} BLOK {blk} NO.{no2} {ct[0].upper()}"]
        return full, [f"{b['st'][0]} No. {b['no']}, {ct[0]}"]
    if c == 'TH':
        s = b['soi']; hn = f"{b['no']}/{u}"
        full = [f"{hn} {s[0]} {s[2]} กรุงเทพฯ {s[4]}", f"{hn} {s[1]}, {s[3]}, Bangkok {s[4]}", f"{hn}, {s[1]}, Bangkok, Thailand {s[4]}",
                f"{hn} {s[0]} {s[2]} กรุงเทพมหานคร {s[4]}"]
        return full, [f"{s[1]}, Bangkok {s[4]}"]
    if c == 'VN':
        full = [f"Phòng {u}, Số {b['no']} {b['st']}, {b['ward'][0]}, {b['dist'][0]}, TP. Hồ Chí Minh",
                f"Room {u}, {b['no']} {fold(b['st'])} St., {b['ward'][1]}, {b['dist'][2]}, HCMC", f"P.{u} {b['no']} {fold(b['st'])}, {b['dist'][1]}, Ho Chi Minh City, Vietnam",
                f"{b['no']} {fold(b['st'])} (room {u}), {fold(b['ward'][0])}, Saigon"]
        return full, [f"{b['no']} {fold(b['st'])}, {b['dist'][1]}, HCMC"]
    if c == 'PH':
        fl = int(u) // 100; ct = b['city']
        full = [f"Unit {u}, {fl}/F {b['b']}, {b['st'][0]}, {ct[0]} {ct[2]}", f"{u} {b['b']}, {b['st'][1]}, {ct[1]}, Metro Manila",
                f"Unit {u} {b['b'].upper()} {b['st'][0].upper()} {ct[0].upper()}", f"{b['b']} Unit {u}, {b['st'][1]}, {ct[0]}, Philippines {ct[2]}"]
        return full, [f"{b['b']}, {b['st'][0]}, {ct[0]}"]
    if c == 'IN':
        ct = b['city']
        full = [f"Flat {u}, {b['b']}, {b['st'][0]}, {ct[4]}, {ct[0]}, {ct[2]} {ct[3]}", f"{u}, {b['b']}, {b['st'][1]}, {ct[4]}, {ct[1]} - {ct[3]}",
                f"{b['b']} flat no {u} {b['st'][0]} {ct[4]} {ct[1]} {ct[3]}", f"FLAT NO. {u}, {b['b'].upper()}, {ct[4].upper()}, {ct[0].upper()}-{ct[3]}"]
        return full, [f"{b['b']}, {ct[4]}, {ct[0]}"]
    if c == 'KR':
        fl = int(u) // 100
        full = [f"서울특별시 {b['gu'][0]} {b['st'][0]} {b['no']}, {fl}층 {u}호", f"{u}-ho, {fl}F, {b['no']} {b['st'][1]}, {b['gu'][1]}, Seoul {b['pc']}",
                f"Seoul {b['gu'][1]} {b['st'][1]} {b['no']} #{u}", f"서울 {b['gu'][0]} {b['st'][0]} {b['no']} {u}호 ({b['pc']})"]
        return full, [f"{b['no']} {b['st'][1]}, {b['gu'][1]}, Seoul"]
    if c == 'TR':
        il = b['ilce']
        full = [f"{b['mah']} Mah. {b['cad']} Cad. No:{b['no']} D:{u} {il[2]} {il[0]}/{il[1]}", fold(f"{b['mah']} Mahallesi {b['cad']} Caddesi No {b['no']} Daire {u}, {il[0]}, {il[1]} {il[2]}"),
                f"{b['cad']} Cd. {b['no']}/{u} {il[0]} {il[1]}", tr_upper(f"{b['mah']} mah. {b['cad']} cad. no:{b['no']}/{u} {il[0]} / {il[1]}")]
        return full, [f"{b['cad']} Cad. No:{b['no']} {il[0]}/{il[1]}"]
    if c == 'MX':
        col = b['col']
        full = [f"{b['st']} {b['no']}, Int. {u}, Col. {col[0]}, {col[1]}, {col[2]} {col[3]}, {col[4]}", fold(f"{b['st'].replace('Av. ', '')} #{b['no']}-{u} Col. {col[0]} CP {col[2]} {col[4]}"),
                f"{b['st']} No. {b['no']} int {u}, {col[0]}, C.P. {col[2]}, {col[3]}", fold(f"{b['st']} {b['no']} INT {u} COL {col[0]} {col[3]}").upper()]
        return full, [f"{b['st']} {b['no']}, Col. {col[0]}, {col[3]}"]
    raise ValueError(c)


# service-firm and hub addresses (one fixed unit each): shared by unrelated merchants
SERVICE_ADDR = []   # (why, country, building, unit, key)


def add_service_addr(why, c, n):
    for _ in range(n):
        b = addr_building(c); u = make_unit(b)
        SERVICE_ADDR.append((why, c, b, u, 'addr:' + bkey(b) + '|' + u))


for _c in ('SG', 'HK', 'MY'):
    add_service_addr('company_secretary_registered_address', _c, 3)
for _c in ('SG', 'MY', 'IN', 'ID', 'PH', 'CN', 'KR', 'MX', 'TR', 'VN', 'TH'):
    add_service_addr('coworking_virtual_office', _c, 1 if _c not in ('SG', 'CN') else 2)
WAREHOUSES = [
    ['1450 E Francis St, Unit B, Ontario, CA 91761', '1450 East Francis Street Unit B Ontario California 91761 USA', '1450 E. FRANCIS ST STE B ONTARIO CA 91761'],
    ['Industriestraße 12, Halle 3, 41460 Neuss', 'Industriestrasse 12 Halle 3, 41460 Neuss, Germany', 'Industriestr. 12 / Halle 3, D-41460 Neuss'],
    ['Unit 7, Bay 3, Hams Hall Distribution Park, Coleshill B46 1AL', 'Unit 7 Bay 3 Hams Hall DP, B46 1AL, UK', 'HAMS HALL DISTRIBUTION PARK UNIT 7 BAY 3 COLESHILL B461AL'],
    ['〒272-0127 千葉県市川市塩浜2-13 倉庫棟3F', '3F Warehouse Bldg, 2-13 Shiohama, Ichikawa-shi, Chiba 272-0127', 'Chiba-ken Ichikawa-shi Shiohama 2-13 3F'],
    ['深圳市宝安区福永街道福海工业区7栋3楼 集运仓', '3/F Bldg 7, Fuhai Industrial Zone, Fuyong, Bao\'an, Shenzhen (consolidation warehouse)', 'Fuhai Ind Zone Bldg7 3F Fuyong Baoan Shenzhen'],
    ['Lot 12, Jalan Perindustrian Puchong, 47100 Puchong, Selangor (Fulfilment Hub)', 'Lot 12 Jln Perindustrian Puchong 47100', 'LOT 12 JALAN PERINDUSTRIAN PUCHONG SELANGOR'],
]
BOOKKEEPERS = [  # (firm, email, country, phone nsn)
    ('Ledgerline Accounting', 'accounts@ledgerline-bk.com.sg', 'SG', '6' + '2345' + '678'),
    ('Ascend Corporate Services', 'compliance@ascendcorp-svc.hk', 'HK', '3' + '1234567'),
    ('Kirana Tax Consultants', 'filings@kiranataxco.in', 'IN', '9' + '820012345'),
    ('ClearBooks MY', 'support@clearbooks-my.com', 'MY', '3' + '76612345'),
    ('深圳账易通财税', 'kefu@zhangyitong-cs.cn', 'CN', '13' + '922001188'),
    ('Muhasebe Plus', 'destek@muhasebeplus.com.tr', 'TR', '212' + '5550123'),
]
SHARED_IPS = {  # why -> list of ips
    'shared_ip_mobile_carrier_cgnat': [f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}" for _ in range(6)] +
                                      [f"112.{R.randint(96, 111)}.{R.randint(0, 255)}.{R.randint(1, 254)}" for _ in range(4)],
    'shared_ip_commercial_vpn': [f"185.{R.randint(150, 220)}.{R.randint(0, 255)}.{R.randint(1, 254)}" for _ in range(5)],
    'shared_ip_coworking_office': [f"203.{R.randint(100, 126)}.{R.randint(0, 255)}.{R.randint(1, 254)}" for _ in range(5)],
}
SHARED_DEVICES = {
    'shared_device_antidetect_default_profile': [f"fp_{R.getrandbits(64):016x}" for _ in range(3)],
    'shared_device_agency_workstation': [f"dev-{R.getrandbits(48):012x}" for _ in range(6)],
}
STORE_GENERIC = ['HomeGoods Plus', 'Smart Life Store', 'Best Choice', 'Happy Shopping', 'TopTech Direct', 'Cozy Home', 'Daily Deals Hub',
                 'Kitchen Pro', 'Pet Paradise', 'Urban Gear']
STORE_WORDS = [a + b for a in ['Bright', 'Happy', 'Luna', 'Sun', 'Star', 'Green', 'Blue', 'Silver', 'Golden', 'Urban', 'Cloud', 'Smart', 'Tiny', 'Wild', 'Iron']
               for b in ['nest', 'leaf', 'fox', 'bay', 'wave', 'ridge', 'craft', 'box', 'mart', 'lane', 'hive', 'path']] + ['Bloom', 'Nest', 'Aura', 'Volt', 'Peak', 'Zen', 'Lumi', 'Koala', 'Maple', 'Orbit', 'Pixel', 'Tide', 'Nova', 'Fern', 'Echo']


# --------------------------------------------------------------------------- value registry
class Val:
    __slots__ = ('kind', 'key', 'full', 'miss', 'hub')

    def __init__(self, kind, key, full, miss=(), hub=None):
        self.kind, self.key, self.full, self.miss, self.hub = kind, key, list(full), list(miss), hub


def typo(s):
    if len(s) < 4:
        return s
    op = R.random()
    idx = [i for i, ch in enumerate(s) if ch.isalnum()]
    if len(idx) < 3:
        return s
    i = R.choice(idx[1:-1])
    if op < .3:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:] if i + 1 < len(s) else s
    if op < .55:
        return s[:i] + s[i + 1:]
    if op < .7:
        return s[:i] + s[i] + s[i:]
    if op < .85 and s[i].isdigit():
        return s[:i] + str((int(s[i]) + pick([1, -1, 1])) % 10) + s[i + 1:]
    if op < .93:
        return s.replace(' ', '', 1) if ' ' in s else s[:i] + s[i + 1:]
    return s[:i] + s[i].swapcase() + s[i + 1:] if s[i].isalpha() else s[:i] + s[i + 1:]


def render(v, clean=False):
    """Pick a variant; ~TYPO_RATE of non-clean renders are damaged (typo or missing part)."""
    if clean or R.random() >= TYPO_RATE * 1.22:
        return R.choice(v.full), False
    if v.kind == 'ip':          # telemetry is machine-written: no hand typos, only format noise
        return R.choice(v.full), False
    if v.miss and (R.random() < .4 or v.kind == 'device'):   # device ids get truncated by log exports
        return R.choice(v.miss), True
    s = R.choice(v.full)
    t = typo(s)
    return t, t != s


# emails ------------------------------------------------------------------------------
FREE = {'CN': ['qq.com', '163.com', '126.com', 'gmail.com', 'outlook.com', 'foxmail.com'], 'KR': ['naver.com', 'daum.net', 'gmail.com'],
        'TR': ['gmail.com', 'hotmail.com', 'yandex.com.tr'], 'MX': ['gmail.com', 'hotmail.com', 'outlook.com', 'yahoo.com.mx'],
        'IN': ['gmail.com', 'yahoo.co.in', 'rediffmail.com', 'outlook.com']}
USED_EMAILS = set()
GENERIC_LOCAL = {'sales', 'info', 'amz', 'admin', 'ops', 'service'}
USED_LOGINS = set()
USED_TAX = set()


def email_local(p):
    base = fold(p['key']).replace("'", '').split()
    style = R.random()
    if style < .3:
        loc = '.'.join(base)
    elif style < .55:
        loc = ''.join(base) + str(R.randint(1, 99))
    elif style < .7:
        loc = base[0][0] + base[-1] + str(R.randint(70, 2003))
    elif style < .85:
        loc = base[-1] + '_' + pick(['shop', 'store', 'trade', 'biz', 'ec', 'amz']) + str(R.randint(1, 9))
    else:
        loc = str(R.randint(10000000, 2999999999))  # qq-style numeric
    return loc.lower()


def email_val(local, dom):
    key = canon_email(local, dom)
    full = [f"{local}@{dom}", f"{local.upper() if R.random() < .3 else local.capitalize()}@{dom.capitalize()}"]
    if dom == 'gmail.com':
        bare = local.replace('.', '')
        full += [f"{bare}@gmail.com", f"{'.'.join(bare[i:i + 3] for i in range(0, len(bare), 3))}@gmail.com", f"{local}+amz@gmail.com",
                 f"{local}@googlemail.com"]
    full += [f"mailto:{local}@{dom}", f"<{local}@{dom}>"]
    miss = [f"{local}@{dom.split('.')[0]}"] + ([f"{local}@"] if local not in GENERIC_LOCAL else [])
    return Val('email', key, full, miss)


def canon_email(local, dom):
    if dom in ('gmail.com', 'googlemail.com'):
        return 'gmail.com:' + local.split('+')[0].replace('.', '').lower()
    return dom + ':' + local.lower()


def new_email(p, c, company=None):
    for _ in range(50):
        if company is not None and R.random() < .5:
            w = company['word'].replace(' ', '').replace("'", '')[:12]
            dom = w + pick(['.com', '-global.com', 'tech.cn' if c == 'CN' else '.co', '.store'])
            local = pick(['sales', 'info', 'amz', 'admin', 'ops', 'service', fold(p['key']).split()[-1]])
        else:
            dom = pick(FREE.get(c, ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com']))
            local = email_local(p)
        k = canon_email(local, dom)
        if k not in USED_EMAILS:
            USED_EMAILS.add(k)
            return email_val(local, dom), (local, dom)
    raise RuntimeError


USED_PHONES = set()


def new_phone(c, nsn=None):
    if nsn is None:
        for _ in range(50):
            nsn = PH_PLAN[c][2]()
            if (c, nsn) not in USED_PHONES:
                break
    USED_PHONES.add((c, nsn))
    nat, intl = phone_variants(c, nsn)
    return Val('phone', f"+{PH_PLAN[c][0]}{nsn}", nat + intl, [nat[0][:-2], intl[0][:-3]])


def card_val(card):
    return Val('card', f"{card['bin']}|{card['last4']}", card_variants(card), [f"**** **** **** {card['last4']}", f"ending {card['last4']}"])


def addr_val(b, u, hub=None):
    full, miss = addr_variants(b, u)
    return Val('address', 'addr:' + bkey(b) + '|' + u, full, miss, hub)


def ip_val(ip, hub=None):
    return Val('ip', ip, [ip, ip + ' ', f"::ffff:{ip}", f"{ip}:{R.randint(1024, 65535)}"] if hub is None else [ip, f"::ffff:{ip}"], [], hub)


def new_ip(c):
    return f"{pick([36, 39, 58, 59, 110, 113, 117, 121, 171, 180, 183, 222])}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def dev_val(d, hub=None):
    return Val('device', d, [d, d.upper(), d.replace('-', '').replace('_', '')], [d[:10]], hub)


def new_device():
    if R.random() < .5:
        return f"dev-{R.getrandbits(48):012x}"
    u = f"{R.getrandbits(128):032x}"
    return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"


# --------------------------------------------------------------------------- operators
class Op:
    pass


PCOUNT = [0]


def person_val(p):
    PCOUNT[0] += 1
    return Val('person_name', 'person:' + p['key'] + ':' + str(PCOUNT[0]), p['v'], [p['v'][0].split()[0]] if ' ' in p['v'][0] else [],
               hub=('namesake_private_seller', p['key']))


def company_val(co):
    return Val('company_name', 'co:' + co['key'], co['v'], [co['word'].title()], hub=('same_trade_name_other_legal_form_or_city', co['key'][:2] + co['word']))


HUBS = defaultdict(list)          # (why, key) -> [account ids]
PLANTED = []                      # explicit decoy pairs (a, b, why)


def build_operator(oid, n_acc):
    o = Op()
    o.id = oid
    o.c = R.choices(COUNTRIES, CWEIGHT)[0]
    r = R.random()
    o.type = 'individual' if r < .42 else ('company' if r < .88 else 'family')
    c = o.c
    pcountry = c
    o.persons = [make_person(pcountry)]
    if o.type == 'family':
        sur = o.persons[0]['sur']
        for _ in range(R.randint(1, 2)):
            o.persons.append(make_person(pcountry, surname=sur if c in ('CN', 'HK', 'KR', 'IN', 'VN', 'TR', 'MX') else None))
    o.companies = []
    if o.type != 'individual':
        o.companies.append(make_company(c))
        if c == 'CN' and R.random() < .35:  # HK entity of the same boss, same distinctive word
            o.companies.append(make_company('HK', hint=o.companies[0]['zh']))
    elif R.random() < .15:
        o.companies.append(make_company(c))  # sole proprietorship
    o.c_tax = [make_tax(c) for _ in o.companies]
    o.p_tax = make_tax(c, 'person') if c in ('IN', 'TR', 'MX', 'PH', 'TH') else None
    o.home = addr_building(c); o.home_u = make_unit(o.home)
    o.office = addr_building(c) if o.type != 'individual' else None
    o.office_u = make_unit(o.office) if o.office else None
    o.reg_service = None
    if o.type != 'individual' and c in ('SG', 'HK', 'MY') and R.random() < .45:
        o.reg_service = pick([s for s in SERVICE_ADDR if s[0] == 'company_secretary_registered_address' and s[1] == c])
    elif o.type != 'individual' and R.random() < .07:
        cands = [s for s in SERVICE_ADDR if s[0] == 'coworking_virtual_office' and s[1] == c]
        if cands:
            o.reg_service = pick(cands)
    o.phones = [new_phone(c) for _ in range(R.randint(1, 2))]
    o.banks = [make_bank(c)]
    if R.random() < .25:
        o.banks.append(make_foreign_bank())
    o.cards = [make_card() for _ in range(R.randint(1, 2))]
    if R.random() < .15:  # renewed card: same number, new expiry
        cd = dict(o.cards[0]); cd['yy'] = min(cd['yy'] + 3, 34); o.cards.append(cd)
    o.devices = [new_device() for _ in range(R.randint(1, 3))]
    o.ips = [new_ip(c) for _ in range(R.randint(1, 2))]
    o.emails = []
    o.n = n_acc
    return o


def realize_accounts(o, acc_ids):
    """Return {acct_id: [(Val, clean_flag)]} plus account-level marketplace/country."""
    c = o.c
    accs = {}
    pool = defaultdict(list)   # kind -> list of Val already used by this operator (identity-grade)
    co_vals = [company_val(x) for x in o.companies]
    tax_vals = [Val('tax_id', t['key'], t['v']) for t in o.c_tax] + ([Val('tax_id', o.p_tax['key'], o.p_tax['v'])] if o.p_tax else [])
    bank_vals = [Val('bank_account', b['key'], b['v'], b.get('miss', []), None) for b in o.banks]
    for bv, b in zip(bank_vals, o.banks):
        if 'prefix' in b:
            bv.hub = ('psp_shared_collection_account_prefix', b['prefix'])
    card_vals = [card_val(x) for x in o.cards]
    phone_vals = list(o.phones)
    pers_vals = [person_val(p) for p in o.persons]
    addr_vals = [addr_val(o.home, o.home_u)]
    if o.office:
        addr_vals.append(addr_val(o.office, o.office_u))
    if o.reg_service:
        why, _, b, u, key = o.reg_service
        addr_vals.append(addr_val(b, u, hub=(why, key)))
    dev_vals = [dev_val(d) for d in o.devices]
    ip_vals = [ip_val(i) for i in o.ips]
    for i, a in enumerate(acc_ids):
        vals = []
        link_kinds = []
        if i > 0:
            parent = acc_ids[R.randrange(i)]
            strong = [v for v, cl in accs[parent]['vals'] if v.kind in ('email', 'phone', 'bank_account', 'card', 'tax_id', 'login', 'address', 'device')
                      and v.hub is None]
            R.shuffle(strong)
            nlink = 1 if R.random() < .55 else 2
            for v in strong[:nlink]:
                vals.append((v, True))
                accs[parent]['vals'] = [(pv, pc or pv is v) for pv, pc in accs[parent]['vals']]
                link_kinds.append(v.kind)
        # person(s)
        p_i = i % len(o.persons)
        vals.append((pers_vals[p_i], False))
        if o.type == 'family' and R.random() < .3:
            vals.append((pers_vals[(p_i + 1) % len(pers_vals)], False))
        # company: CN operators often open a new small company per account
        if o.companies:
            if i > 0 and c == 'CN' and R.random() < .35:
                nc = make_company(c)
                o.companies.append(nc); cv = company_val(nc); co_vals.append(cv)
                tv = Val('tax_id', (t := make_tax(c))['key'], t['v']); tax_vals.append(tv)
                vals += [(cv, False), (tv, False)]
            else:
                k = R.randrange(len(co_vals))
                vals.append((co_vals[k], False))
                if k < len(tax_vals) and R.random() < .85:
                    vals.append((tax_vals[k], False))
        if o.p_tax and (not o.companies or R.random() < .5):
            vals.append((tax_vals[-1], False))
        # email + login: new per account mostly
        if i == 0 or R.random() < .7:
            ev, (loc, dom) = new_email(o.persons[p_i], c, o.companies[0] if o.companies else None)
            o.emails.append(ev)
        else:
            ev = pick(o.emails)
        vals.append((ev, False))
        if R.random() < .6:
            lv = Val('login', ev.key, ev.full[:3], ev.miss)
        else:
            while True:
                uname = fold(o.persons[p_i]['key']).split()[-1] + pick(['_amz', '.ops', '2024', '_seller', '']) + str(R.randint(1, 9999))
                if uname.lower() not in USED_LOGINS:
                    USED_LOGINS.add(uname.lower())
                    break
            lv = Val('login', 'user:' + uname, [uname, uname.upper(), uname.capitalize()], [uname[:-1]])
        vals.append((lv, False))
        if R.random() < .3 and len(o.emails) > 1:
            vals.append((pick(o.emails), False))
        # phone
        if R.random() < .85:
            vals.append((pick(phone_vals), False))
        # bank
        if R.random() < .9:
            vals.append((pick(bank_vals), False))
        if R.random() < .5:
            vals.append((pick(card_vals), False))
        # addresses
        vals.append((pick(addr_vals), False))
        if R.random() < .35:
            vals.append((pick(addr_vals), False))
        # device / ip
        vals.append((pick(dev_vals), False))
        if R.random() < .2:
            nd = dev_val(new_device()); dev_vals.append(nd); vals.append((nd, False))
        vals.append((pick(ip_vals), False))
        # store name
        if o.companies and R.random() < .5:
            base = o.companies[0]['word'].title().replace(' ', '')
        else:
            base = pick(STORE_WORDS) + pick(['', 'ly', 'Home', 'Tech', 'Co'])
        st = base + pick(['', ' Official', ' Store', '-US', ' EU', ' Direct'])
        if R.random() < .06:
            st = pick(STORE_GENERIC)
            sv = Val('store_name', 'store:' + st.lower(), [st, st.upper(), st.replace(' ', '')], [], hub=('same_store_display_name', st.lower()))
        else:
            sv = Val('store_name', f'store:{o.id}:{st.lower()}', [st, st.upper(), st.replace(' ', ''), st.replace('-', ' ')], [],
                     hub=('same_store_display_name', st.lower().replace(' ', '').replace('-', '')))
        vals.append((sv, False))
        # de-dup by key, keep clean flag if any
        seen = {}
        for v, cl in vals:
            k = (v.kind, v.key)
            if k in seen:
                seen[k] = (v, seen[k][1] or cl)
            else:
                seen[k] = (v, cl)
        mk = pick(MARKETS[c])
        accs[a] = {'vals': list(seen.values()), 'mp': mk, 'c': c}
    return accs


# --------------------------------------------------------------------------- main build
def main():
    sizes = []
    while sum(sizes) < TARGET_ACCOUNTS:
        sizes.append(R.choices([1, 2, 3, 4, 5, 6, 7], [75, 12, 6, 3, 2, 1, 1])[0])
    sizes[-1] -= sum(sizes) - TARGET_ACCOUNTS
    sizes = [s for s in sizes if s > 0]
    used_ids = set()

    def aid():
        while True:
            x = 'A' + ''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(R.choice([12, 13])))
            if x not in used_ids:
                used_ids.add(x)
                return x

    ops, accounts, truth = [], {}, {}
    for k, n in enumerate(sizes):
        oid = f"OP{k + 1:05d}"
        o = build_operator(oid, n)
        ids = [aid() for _ in range(n)]
        accs = realize_accounts(o, ids)
        for a in ids:
            truth[a] = oid
        accounts.update(accs)
        ops.append((o, ids))

    acc_list = list(accounts)
    op_of = truth

    def add(a, v, clean=True):
        accounts[a]['vals'].append((v, clean))

    # ---- service-firm and infrastructure hubs (account-level, unrelated merchants)
    for a in acc_list:
        c = accounts[a]['c']
        if R.random() < .45:
            why = R.choices(list(SHARED_IPS), [5, 2, 2])[0]
            ip = pick(SHARED_IPS[why])
            add(a, ip_val(ip, hub=(why, ip)), False)
        if R.random() < .07:
            firm = pick(BOOKKEEPERS)
            ev = Val('email', 'bk:' + firm[1], [firm[1], firm[1].upper(), f"{firm[0]} <{firm[1]}>"], [], hub=('bookkeeper_contact_on_ticket', firm[1]))
            add(a, ev, False)
            if R.random() < .6:
                pv = new_phone(firm[2], firm[3]); pv.hub = ('bookkeeper_contact_on_ticket', firm[1])
                add(a, pv, False)
            if R.random() < .3:
                add(a, Val('person_name', 'bkname:' + firm[0], [firm[0], firm[0].upper()], [], hub=('bookkeeper_contact_on_ticket', firm[1])), False)
        if R.random() < .1:
            w = R.randrange(len(WAREHOUSES))
            add(a, Val('address', f'wh:{w}', WAREHOUSES[w], [], hub=('logistics_agent_warehouse_address', str(w))), False)
        if R.random() < .05:
            c2 = [s for s in SERVICE_ADDR if s[0] == 'coworking_virtual_office' and s[1] == c]
            if c2:
                why, _, b, u, key = pick(c2)
                add(a, addr_val(b, u, hub=(why, key)), False)
        if R.random() < .04:
            why = pick(list(SHARED_DEVICES))
            d = pick(SHARED_DEVICES[why])
            add(a, dev_val(d, hub=(why, d)), False)
        if R.random() < .03:
            ref = 'SLR-' + digits(5)
            pb = make_pooled(ref)
            add(a, Val('bank_account', pb['key'], pb['v'], pb['miss'], hub=('pooled_collection_iban_different_reference', pb['pooled'])), False)

    # ---- planted look-alikes
    by_op_first = {o.id: ids[0] for o, ids in ops}
    opobj = {o.id: o for o, ids in ops}
    accs_by_c = defaultdict(list)
    for a in acc_list:
        accs_by_c[accounts[a]['c']].append(a)

    def other_op_acc(a, c=None):
        for _ in range(100):
            b = pick(accs_by_c[c] if c else acc_list)
            if op_of[b] != op_of[a]:
                return b
        return None

    # (1) companies differing only in the distinctive word / same word other city or legal form
    for _ in range(160):
        a = pick(acc_list); o = opobj[op_of[a]]
        if not o.companies:
            continue
        co = o.companies[0]; c = o.c if o.c != 'HK' else 'HK'
        b = other_op_acc(a, o.c)
        if b is None:
            continue
        if c == 'CN' and R.random() < .7:
            ct = [x for x in CN_CITY if x[1] == co['city']][0]
            nco = make_company('CN', city=ct)  # same city, other distinctive word (industry may match)
            why = 'company_name_differs_in_distinctive_word'
        else:
            hint = co.get('zh') if c in ('CN', 'HK') else (
                (pick(TH_W) if False else [w for w in TH_W if w[1].lower() == co['word']][0]) if c == 'TH' else
                ([w for w in KR_W if w[1].lower() == co['word']][0] if c == 'KR' else None))
            if hint is None:
                src = {'SG': SG_W, 'MY': MY_W, 'ID': ID_W, 'VN': VN_W, 'PH': PH_W, 'IN': IN_W, 'TR': TR_W, 'MX': MX_W}[c]
                hint = [w for w in src if fold(w).lower() == co['word']][0]
            try:
                nco = make_company(c, hint=hint)
            except RuntimeError:
                continue
            why = 'same_trade_name_other_legal_form_or_city'
        add(b, company_val(nco), False)
        PLANTED.append((a, b, why))

    # (2) namesakes: give another operator's account a person with the same canonical name
    for _ in range(60):
        a = pick(acc_list)
        pv = [v for v, _ in accounts[a]['vals'] if v.kind == 'person_name' and v.key.startswith('person:')]
        if not pv:
            continue
        pa = pv[0]
        b = other_op_acc(a, accounts[a]['c'])
        if b is None:
            continue
        nv = Val('person_name', pa.key.rsplit(':', 1)[0] + ':ns' + b, R.sample(pa.full, min(3, len(pa.full))), [], hub=pa.hub)
        add(b, nv, False)
        PLANTED.append((a, b, 'namesake_private_seller'))

    # (3) neighbours: same building / street, other unit
    for _ in range(60):
        a = pick(acc_list)
        av = [v for v, _ in accounts[a]['vals'] if v.kind == 'address' and v.key.startswith('addr:') and v.hub is None]
        if not av:
            continue
        bjson, u = av[0].key[5:].rsplit('|', 1) if av[0].key.count('|') == 1 else (None, None)
        o = opobj[op_of[a]]
        cand = [(o.home, o.home_u)] + ([(o.office, o.office_u)] if o.office else [])
        bb, uu = [x for x in cand if 'addr:' + bkey(x[0]) + '|' + x[1] == av[0].key][0] if any('addr:' + bkey(x[0]) + '|' + x[1] == av[0].key for x in cand) else (None, None)
        if bb is None:
            continue
        b = other_op_acc(a, o.c)
        if b is None:
            continue
        nb = dict(bb)
        if R.random() < .3 and 'no' in nb:
            nb['no'] = nb['no'] + pick([-2, 2, 1, 4]) if nb['no'] > 4 else nb['no'] + 2
            why = 'neighbour_same_street_other_number'
            nu = uu
        else:
            why = 'neighbour_same_building_other_unit'
            nu = make_unit(nb)
            if nu == uu:
                continue
        add(b, addr_val(nb, nu), False)
        PLANTED.append((a, b, why))

    # (4) sequential registration numbers (same company secretary incorporating on the same day)
    for _ in range(60):
        a = pick(accs_by_c['SG'] + accs_by_c['MY'])
        o = opobj[op_of[a]]
        if not o.c_tax or 'seq' not in o.c_tax[0]:
            continue
        b = other_op_acc(a, o.c)
        if b is None:
            continue
        try:
            t = make_tax(o.c, seq_from=o.c_tax[0]['seq'])
        except RuntimeError:
            continue
        if t['key'] == o.c_tax[0]['key']:
            continue
        add(b, Val('tax_id', t['key'], t['v']), False)
        PLANTED.append((a, b, 'sequential_registration_number'))

    # (5) near-identical e-mails of strangers (dots matter outside gmail; one digit apart)
    for _ in range(40):
        a = pick(acc_list)
        ev = [v for v, _ in accounts[a]['vals'] if v.kind == 'email' and v.hub is None]
        if not ev:
            continue
        loc, dom = ev[0].key.split(':', 1)[1], ev[0].key.split(':', 1)[0]
        if dom == 'gmail.com':
            nl = loc[:-1] + str((int(loc[-1]) + 1) % 10) if loc[-1].isdigit() else loc + '1'
        elif '.' in loc:
            nl = loc.replace('.', '', 1)
        elif '_' in loc:
            nl = loc.replace('_', '.', 1)
        else:
            nl = loc[:-1] + str((int(loc[-1]) + 3) % 10) if loc[-1].isdigit() else loc + '88'
        if canon_email(nl, dom) in USED_EMAILS:
            continue
        USED_EMAILS.add(canon_email(nl, dom))
        b = other_op_acc(a)
        add(b, email_val(nl, dom), False)
        PLANTED.append((a, b, 'similar_email_different_mailbox'))

    # (6) same masked card last4 (and often expiry), other BIN
    for _ in range(30):
        a = pick(acc_list)
        cv = [v for v, _ in accounts[a]['vals'] if v.kind == 'card']
        if not cv:
            continue
        cd = [x for x in opobj[op_of[a]].cards if f"{x['bin']}|{x['last4']}" == cv[0].key][0]
        nc = dict(cd); nc['brand'], nc['bin'] = pick(BINS)
        if nc['bin'] == cd['bin']:
            continue
        if R.random() < .3:
            nc['mm'] = R.randint(1, 12)
        b = other_op_acc(a)
        add(b, card_val(nc), False)
        PLANTED.append((a, b, 'card_same_last4_other_bin'))

    # (7) same local phone digits in another country (SG vs HK 8-digit; national format only)
    for _ in range(20):
        a = pick(accs_by_c['SG'])
        b = other_op_acc(a, 'HK')
        if b is None:
            continue
        pv = [v for v, _ in accounts[a]['vals'] if v.kind == 'phone' and v.hub is None and v.key.startswith('+65')]
        if not pv:
            continue
        nsn = pv[0].key[3:]
        if ('HK', nsn) in USED_PHONES:
            continue
        add(b, new_phone('HK', nsn), False)
        PLANTED.append((a, b, 'same_local_phone_digits_other_country'))

    # (8) staff who moved between merchants: personal mobile left as contact on old and new employer
    for _ in range(15):
        a = pick(acc_list); c = accounts[a]['c']
        b = other_op_acc(a, c)
        if b is None or not opobj[op_of[a]].companies or not opobj[op_of[b]].companies:
            continue
        staff = make_person(c)
        ph = new_phone(c)
        for x in (a, b):
            add(x, ph, False)
            add(x, Val('person_name', 'staff:' + staff['key'] + ph.key, staff['v'], []), False)
        PLANTED.append((a, b, 'former_staff_personal_phone_on_both_merchants'))

    # (9) psp prefix neighbours: strangers whose virtual accounts differ only in the last digits
    for _ in range(120):
        a = pick(acc_list)
        bv = [v for v, _ in accounts[a]['vals'] if v.kind == 'bank_account' and v.hub and v.hub[0] == 'psp_shared_collection_account_prefix']
        if not bv:
            continue
        name, pre = bv[0].hub[1].split(':')
        rtn, acct = bv[0].key.split(':')[1:]
        nacct = acct[:-3] + digits(3)
        if nacct == acct:
            continue
        b = other_op_acc(a)
        psp = [p for p in PSPS if p[0] == name][0]
        full = [f"RTN {rtn} ACCT {nacct}", f"{name} {rtn}-{nacct}", f"ABA: {rtn} / Acct: {nacct}"]
        add(b, Val('bank_account', f"us:{rtn}:{nacct}", full, [], hub=('psp_shared_collection_account_prefix', bv[0].hub[1])), False)
        PLANTED.append((a, b, 'psp_virtual_account_differs_in_last_digits'))

    # ---- render everything
    multi = defaultdict(set)
    long_rows, jl = [], []
    damaged = total = 0
    KIND_KEYS = {'email': 'emails', 'phone': 'phones', 'address': 'addresses', 'bank_account': 'bank_accounts', 'card': 'cards',
                 'tax_id': 'tax_ids', 'ip': 'ips', 'device': 'devices', 'login': 'logins', 'company_name': 'company_names',
                 'store_name': 'store_names', 'person_name': 'person_names'}
    order = acc_list[:]
    R.shuffle(order)
    for a in order:
        A = accounts[a]
        know_c = R.random() < .85
        know_m = R.random() < .8
        obj = {'account_id': a}
        for k in KIND_KEYS.values():
            obj[k] = []
        rows = []
        ext = [(v, cl) for v, cl in A['vals']] + [(v, False) for v, cl in A['vals'] if R.random() < .12]
        for v, cl in ext:
            s, dmg = render(v, cl)
            s = s.strip() if R.random() < .97 else ' ' + s + ' '
            if s in obj[KIND_KEYS[v.kind]]:
                continue
            total += 1; damaged += dmg
            obj[KIND_KEYS[v.kind]].append(s)
            multi[(v.kind, v.key)].add(s)
            rows.append([a, v.kind, s])
            if v.hub:
                HUBS[v.hub].append(a)
        if know_m:
            obj['marketplace'] = R.choice(MP_SPELL[A['mp']])
        if know_c:
            obj['country'] = R.choice(CSPELL[A['c']])
        for r in rows:
            if R.random() < .4:
                r += [obj.get('marketplace', ''), obj.get('country', '')]
            else:
                r += ['', '']
        R.shuffle(rows)
        long_rows += rows
        jl.append({k: v for k, v in obj.items() if v != []})

    # ---- sanity: every true group connected through identity-grade values rendered cleanly at least once
    STRONG = ('email', 'phone', 'bank_account', 'card', 'tax_id', 'login', 'address', 'device')
    holders = defaultdict(set)
    for a in acc_list:
        for v, cl in accounts[a]['vals']:
            if cl and v.kind in STRONG and v.hub is None:
                holders[(v.kind, v.key)].add(a)
    bad = 0
    for o, ids in ops:
        if len(ids) < 2:
            continue
        seen, stack = {ids[0]}, [ids[0]]
        while stack:
            x = stack.pop()
            for v, cl in accounts[x]['vals']:
                for y in holders.get((v.kind, v.key), ()):
                    if y not in seen and op_of[y] == o.id:
                        seen.add(y); stack.append(y)
        bad += len(seen) != len(ids)
    print(f"[check] multi-account operators not connected by clean identity links: {bad}")

    # ---- decoys
    decoys = {}
    for a, b, why in PLANTED:
        if op_of[a] != op_of[b]:
            decoys.setdefault(tuple(sorted((a, b))), why)
    WHY_CAP = {'namesake_private_seller': 260, 'same_trade_name_other_legal_form_or_city': 220, 'same_store_display_name': 160}
    why_n = defaultdict(int)
    for (why, key), members in sorted(HUBS.items(), key=lambda kv: R.random()):
        mem = sorted(set(members))
        pairs = [(x, y) for x, y in combinations(mem, 2) if op_of[x] != op_of[y]] if len(mem) < 60 else \
            [tuple(sorted(R.sample(mem, 2))) for _ in range(40)]
        pairs = [p for p in pairs if op_of[p[0]] != op_of[p[1]]]
        R.shuffle(pairs)
        cap = 2 if why in ('namesake_private_seller', 'same_store_display_name') else (3 if why.startswith('same_trade') else 5)
        for p in pairs[:cap]:
            if why_n[why] >= WHY_CAP.get(why, 10 ** 9):
                break
            if tuple(sorted(p)) not in decoys:
                decoys[tuple(sorted(p))] = why
                why_n[why] += 1

    # ---- write
    with open(os.path.join(OUT, 'accounts_long.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_id', 'kind', 'value', 'marketplace', 'country'])
        w.writerows(long_rows)
    with open(os.path.join(OUT, 'accounts.jsonl'), 'w', encoding='utf-8') as f:
        for o in jl:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    with open(os.path.join(OUT, 'truth.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_id', 'operator_id'])
        for a in sorted(truth):
            w.writerow([a, truth[a]])
    with open(os.path.join(OUT, 'decoys.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['account_a', 'account_b', 'why'])
        for (a, b), why in sorted(decoys.items()):
            w.writerow([a, b, why])

    grp_sizes = defaultdict(int)
    for a, o in truth.items():
        grp_sizes[o] += 1
    true_pairs = sum(n * (n - 1) // 2 for n in grp_sizes.values())
    print(f"accounts: {len(truth)}")
    print(f"operators: {len(grp_sizes)} (multi-account: {sum(1 for n in grp_sizes.values() if n > 1)})")
    print(f"true related pairs: {true_pairs}")
    print(f"decoy pairs: {len(decoys)}")
    whyc = defaultdict(int)
    for why in decoys.values():
        whyc[why] += 1
    for k in sorted(whyc, key=lambda k: -whyc[k]):
        print(f"  {k}: {whyc[k]}")
    print(f"value rows: {len(long_rows)}; damaged (typo/missing part): {damaged} ({damaged / total:.1%})")
    print("values written in more than one way, per kind (distinct underlying values with >=2 spellings / distinct values):")
    per = defaultdict(lambda: [0, 0])
    for (kind, key), ss in multi.items():
        per[kind][1] += 1
        if len(ss) > 1:
            per[kind][0] += 1
    for k in KIND_KEYS:
        print(f"  {k}: {per[k][0]} / {per[k][1]}")


if __name__ == '__main__':
    main()
