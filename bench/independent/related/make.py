#!/usr/bin/env python3
"""Generate a labelled, messy set of marketplace seller accounts (related-account test set).

Everything is invented.  Fixed seed.  Outputs (next to this script):
  accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv
"""
import csv, json, os, random, re, itertools, collections

SEED = 20261205
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
TARGET_ACCOUNTS = 3000
TYPO_P = 0.17            # per rendered value (anchors exempt) -> ~15% overall

KINDS = ["email", "phone", "address", "bank_account", "card", "tax_id", "ip", "device",
         "company_name", "store_name", "person_name", "login"]
PLURAL = {"email": "emails", "phone": "phones", "address": "addresses", "bank_account": "bank_accounts",
          "card": "cards", "tax_id": "tax_ids", "ip": "ips", "device": "devices", "login": "logins",
          "company_name": "company_names", "store_name": "store_names", "person_name": "person_names"}
STRONG = {"email", "phone", "address", "bank_account", "card", "tax_id", "company_name", "login"}

# ---------------------------------------------------------------- entities
_cid = itertools.count(1)
USED = set()


class Ent:
    def __init__(self, kind, forms, cid=None, shared=False, meta=None):
        self.kind = kind
        # de-duplicate forms, keep order
        seen, fl = set(), []
        for f in forms:
            if f and f not in seen:
                seen.add(f); fl.append(f)
        self.forms = fl
        self.cid = cid or "%s:%d" % (kind, next(_cid))
        self.shared = shared          # deliberately shared across unrelated operators
        self.meta = meta or {}


def uniq(key_fn):
    for _ in range(1000):
        v = key_fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("uniq exhausted")


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# ---------------------------------------------------------------- pools
SYL = [("Rui", "瑞"), ("Wan", "万"), ("Kai", "凯"), ("Jun", "俊"), ("Hao", "浩"), ("Yu", "宇"), ("Jia", "嘉"),
       ("He", "禾"), ("Ming", "明"), ("Teng", "腾"), ("Fei", "飞"), ("Yuan", "远"), ("Hang", "航"), ("Hong", "宏"),
       ("Tai", "泰"), ("Zhi", "致"), ("Bo", "博"), ("Ya", "雅"), ("Chen", "晨"), ("Xi", "曦"), ("Ling", "凌"),
       ("Yue", "越"), ("Sheng", "盛"), ("Feng", "丰"), ("Xin", "鑫"), ("Yao", "耀"), ("Xing", "星"), ("Cheng", "诚"),
       ("Bai", "百"), ("Ding", "鼎"), ("Guang", "光"), ("Hui", "辉"), ("Jin", "锦"), ("Long", "隆"),
       ("Mei", "美"), ("Qi", "琪"), ("Rong", "荣"), ("Shuo", "硕"), ("Tian", "天"), ("Wei", "威"), ("Xiang", "翔"),
       ("Yi", "逸"), ("Zhen", "臻"), ("Lan", "澜"), ("Pu", "普"), ("Qian", "乾"), ("Sen", "森"), ("Kun", "坤")]
INDUSTRY = [("Technology", "科技", "Tech"), ("Trading", "贸易", "Trade"), ("E-commerce", "电子商务", "E-com"),
            ("Electronics", "电子", "Elec"), ("Industrial", "实业", "Ind"), ("Household Products", "家居用品", "Home"),
            ("Import & Export", "进出口", "Imp & Exp"), ("Network Technology", "网络科技", "Network Tech"),
            ("Supply Chain Management", "供应链管理", "Supply Chain")]
CN_CITIES = [("Shenzhen", "深圳", "Guangdong", "广东", "518", "755", [("Nanshan", "南山"), ("Futian", "福田"), ("Longhua", "龙华"), ("Bao'an", "宝安")]),
             ("Guangzhou", "广州", "Guangdong", "广东", "510", "20", [("Tianhe", "天河"), ("Baiyun", "白云"), ("Panyu", "番禺")]),
             ("Dongguan", "东莞", "Guangdong", "广东", "523", "769", [("Nancheng", "南城"), ("Songshan", "松山")]),
             ("Yiwu", "义乌", "Zhejiang", "浙江", "322", "579", [("Choucheng", "稠城"), ("Beiyuan", "北苑")]),
             ("Hangzhou", "杭州", "Zhejiang", "浙江", "310", "571", [("Binjiang", "滨江"), ("Yuhang", "余杭")]),
             ("Xiamen", "厦门", "Fujian", "福建", "361", "592", [("Siming", "思明"), ("Huli", "湖里")]),
             ("Ningbo", "宁波", "Zhejiang", "浙江", "315", "574", [("Yinzhou", "鄞州"), ("Beilun", "北仑")])]
ROAD_T = [("Road", "路", "Rd"), ("Avenue", "大道", "Ave"), ("Street", "街", "St")]
BLD_T = [("Building", "大厦", "Bldg"), ("Plaza", "广场", "Plz"), ("Industrial Park", "工业园", "Ind. Park"), ("Tower", "中心", "Twr")]

CN_SUR = [("李", "Li"), ("王", "Wang"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
          ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
          ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng")]
CN_GIV = [("娜", "Na"), ("伟", "Wei"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"),
          ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"),
          ("秀英", "Xiuying"), ("晓东", "Xiaodong"), ("建华", "Jianhua"), ("海燕", "Haiyan"), ("志强", "Zhiqiang"),
          ("文博", "Wenbo"), ("雪梅", "Xuemei"), ("俊杰", "Junjie"), ("子涵", "Zihan"), ("浩然", "Haoran")]
W_FIRST = ["David", "Sarah", "Michael", "Emma", "James", "Laura", "Daniel", "Olivia", "Thomas", "Anna", "Robert",
           "Jessica", "Mark", "Emily", "Paul", "Sophie", "Kevin", "Rachel", "Brian", "Megan", "Chris", "Hannah"]
W_LAST = ["Brown", "Miller", "Wilson", "Taylor", "Clark", "Walker", "Hall", "Young", "King", "Wright", "Scott",
          "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell", "Turner", "Parker", "Collins", "Reed", "Hughes"]
DE_FIRST = ["Jürgen", "Matthias", "Katrin", "Sabine", "Stefan", "Jörg", "Monika", "Uwe", "Björn", "Anja", "Tobias", "Jana"]
DE_LAST = ["Müller", "Schröder", "Krüger", "Schäfer", "Köhler", "Weiß", "Groß", "Hoffmann", "Wagner", "Becker", "Vogt", "Lößner"]
JP_SUR = [("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"), ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("山本", "Yamamoto")]
JP_GIV = [("健太", "Kenta"), ("陽子", "Yoko"), ("翔", "Sho"), ("美咲", "Misaki"), ("大輔", "Daisuke"), ("恵", "Megumi"), ("拓也", "Takuya")]

MAIL_DOM = ["yunmail.cn", "postbox-cn.com", "mailfast.net", "inboxly.net", "qmx-mail.com", "letterbox.io",
            "mymailhub.com", "sendora.de", "postwerk.de", "kumomail.jp", "brightmail.co.uk"]

# ---------------------------------------------------------------- person names
def de_ascii(s):
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe")
            .replace("Ü", "Ue").replace("ß", "ss"))


def person_ent(nat, fixed=None):
    """fixed: canonical tuple to force a namesake."""
    if nat == "cn":
        s, g = fixed or (R.choice(CN_SUR), R.choice(CN_GIV))
        forms = [s[0] + g[0], f"{s[1]} {g[1]}", f"{s[1].upper()} {g[1].upper()}", f"{g[1]} {s[1]}",
                 f"{s[1].upper()}, {g[1]}", f"{s[1]}{g[1]}"]
        key = s[0] + g[0]
        canon = (s, g)
    elif nat == "jp":
        s, g = fixed or (R.choice(JP_SUR), R.choice(JP_GIV))
        forms = [f"{s[0]} {g[0]}", f"{g[1]} {s[1]}", f"{s[1].upper()} {g[1].upper()}", f"{s[1]} {g[1]}", s[0] + g[0]]
        key = s[0] + g[0]
        canon = (s, g)
    elif nat == "de":
        f, l = fixed or (R.choice(DE_FIRST), R.choice(DE_LAST))
        forms = [f"{f} {l}", f"{de_ascii(f)} {de_ascii(l)}", f"{l.upper()}, {f}", f"{de_ascii(l).upper()} {de_ascii(f).upper()}",
                 f"{f[0]}. {l}"]
        key = f"{f} {l}"
        canon = (f, l)
    else:
        f, l = fixed or (R.choice(W_FIRST), R.choice(W_LAST))
        mid = R.choice("ABCDEJKLMRST")
        forms = [f"{f} {l}", f"{l.upper()}, {f}", f"{f.lower()} {l.lower()}", f"{f} {mid}. {l}", f"{l}, {f} {mid}.",
                 f"{f[0]}. {l}"]
        key = f"{f} {l}"
        canon = (f, l)
    return Ent("person_name", forms, cid="person_name:" + key, meta={"nat": nat, "canon": canon, "key": key})


# ---------------------------------------------------------------- companies
CN_LEGAL_EN = ["Co., Ltd.", "Co.,Ltd", "Company Limited", "CO LTD", "Co. Ltd"]


def cn_company(city=None, word=None, ind=None):
    city = city or R.choice(CN_CITIES)
    ind = ind or R.choice(INDUSTRY)
    if word is None:
        word = uniq(lambda: ("cnword", tuple(R.sample(SYL, 2))))[1]
    wen = word[0][0] + word[1][0].lower()
    wzh = word[0][1] + word[1][1]
    c_en, c_zh = city[0], city[1]
    forms = [f"{c_en} {wen} {ind[0]} Co., Ltd.", f"{c_zh}市{wzh}{ind[1]}有限公司", f"{c_zh}{wzh}{ind[1]}有限公司",
             f"{c_en.upper()} {wen.upper()} {ind[0].upper()} CO.,LTD", f"{wen} {ind[0]} ({c_en}) Co Ltd",
             f"{wzh}{ind[1]}（{c_zh}）有限公司", f"{c_en} {wen} {ind[2]}", f"{c_en}{wen} {ind[0]} Company Limited",
             f"{c_en[0]}{c_en[1:].replace('zhen', 'Zhen')} {word[0][0]}{word[1][0]} {ind[0]} Co.,Ltd."]
    return Ent("company_name", forms, meta={"type": "cn", "city": city, "word": word, "ind": ind, "wen": wen, "wzh": wzh})


def hk_company(word=None, ind=None):
    if word is None:
        word = uniq(lambda: ("cnword", tuple(R.sample(SYL, 2))))[1]
    wen = word[0][0] + word[1][0].lower(); wzh = word[0][1] + word[1][1]
    forms = [f"{wen} International (HK) Limited", f"{wzh}国际(香港)有限公司", f"{wen.upper()} INTERNATIONAL (HK) LTD",
             f"{wen} Intl (Hong Kong) Ltd", f"{wzh}國際（香港）有限公司", f"{wen} International HK Ltd."]
    return Ent("company_name", forms, meta={"type": "hk", "word": word, "wen": wen, "wzh": wzh, "ind": ind})


W_A = ["Bright", "Stone", "Blue", "North", "Clear", "Swift", "Maple", "Iron", "Golden", "Harbor", "Summit",
       "Prairie", "Cedar", "Silver", "Red", "Coastal", "Pine", "True"]
W_B = ["peak", "field", "ridge", "wave", "brook", "line", "gate", "crest", "stone", "haven", "wood", "point"]
W_C = ["Goods", "Supply", "Trading", "Outfitters", "Home", "Brands", "Commerce", "Essentials", "Direct"]


def west_company(country, name=None):
    if name is None:
        name = uniq(lambda: ("wname", R.choice(W_A) + R.choice(W_B), R.choice(W_C)))[1:]
    a, c = name
    if country == "US":
        forms = [f"{a} {c} LLC", f"{a.upper()} {c.upper()}, L.L.C.", f"{a} {c}, LLC", f"{a} {c}", f"{a} {c} Limited Liability Company"]
    else:
        forms = [f"{a} {c} Ltd", f"{a} {c} Limited", f"{a.upper()} {c.upper()} LTD.", f"{a} {c}", f"{a}-{c} Ltd."]
    return Ent("company_name", forms, meta={"type": country, "name": name})


DE_A = ["Nordlicht", "Sonnenfeld", "Bergquell", "Lindtal", "Waldhaus", "Seeblick", "Rheinbogen", "Falkenhof",
        "Eichgrund", "Moorbach", "Hirschberg", "Kranich", "Elbufer", "Tannhorst"]
DE_B = ["Handel", "Vertrieb", "Versand", "Warenhaus", "Trading", "Onlinehandel"]


def de_company():
    p, a, b = uniq(lambda: ("dename", R.choice(["", "", "Rhein-", "Elb-", "Spree-", "Main-", "Isar-", "Alster-"]), R.choice(DE_A), R.choice(DE_B)))[1:]
    a = p + a
    lf = R.choice(["GmbH", "UG (haftungsbeschränkt)"])
    short = "GmbH" if lf == "GmbH" else "UG"
    forms = [f"{a} {b} {lf}", f"{a.upper()} {b.upper()} {short.upper()}", f"{a}-{b} {short}", f"{a} {b}",
             f"{de_ascii(a)} {de_ascii(b)} {short}"]
    return Ent("company_name", forms, meta={"type": "DE"})


JP_BLD = [("ルミナ", "Lumina"), ("サンライズ", "Sunrise"), ("グランデ", "Grande"), ("アクア", "Aqua"), ("ステラ", "Stella"),
          ("ミライ", "Mirai"), ("コスモ", "Cosmo"), ("ソレイユ", "Soleil")]
JP_CO = [("ひかり", "Hikari"), ("あおば", "Aoba"), ("つばさ", "Tsubasa"), ("みどり", "Midori"), ("はるか", "Haruka"),
         ("さくら野", "Sakurano"), ("ほしぞら", "Hoshizora"), ("やまと", "Yamato")]


JP_PRE = [("", ""), ("青空", "Aozora"), ("北斗", "Hokuto"), ("大和", "Daiwa"), ("新星", "Shinsei"), ("光陽", "Koyo"), ("東洋", "Toyo"), ("未来", "Mirai")]


def jp_company():
    p, w, s = uniq(lambda: ("jpname", R.choice(JP_PRE), R.choice(JP_CO + JP_BLD), R.choice([("商事", "Shoji"), ("物産", "Bussan"), ("トレーディング", "Trading")])))[1:]
    w = (p[0] + w[0], (p[1] + w[1].lower()) if p[1] else w[1])
    forms = [f"株式会社{w[0]}{s[0]}", f"{w[1]} {s[1]} Co., Ltd.", f"{w[1]} {s[1]} K.K.", f"{w[0]}{s[0]}株式会社",
             f"{w[1].upper()} {s[1].upper()} CO LTD", f"(株){w[0]}{s[0]}"]
    return Ent("company_name", forms, meta={"type": "JP"})


# ---------------------------------------------------------------- addresses
def cn_addr_data(city=None):
    city = city or R.choice(CN_CITIES)
    rw = R.sample(SYL, 2); bw = R.sample(SYL, 2)
    return {"t": "cn", "city": city, "dist": R.choice(city[6]), "road": rw, "rt": R.choice(ROAD_T), "no": R.randint(1, 399),
            "bld": bw, "bt": R.choice(BLD_T), "blk": R.choice("ABCDEF"), "room": "%d%02d" % (R.randint(1, 32), R.randint(1, 20)),
            "zip": city[4] + digits(3)}


def cn_addr_forms(a):
    c = a["city"]; d = a["dist"]; ren = a["road"][0][0] + a["road"][1][0].lower(); rzh = a["road"][0][1] + a["road"][1][1]
    ben = a["bld"][0][0] + a["bld"][1][0].lower(); bzh = a["bld"][0][1] + a["bld"][1][1]
    rt, bt, no, blk, room, z = a["rt"], a["bt"], a["no"], a["blk"], a["room"], a["zip"]
    if a.get("bld") is None:
        pass
    f = [f"Room {room}, Block {blk}, {ben} {bt[0]}, No.{no} {ren} {rt[0]}, {d[0]} District, {c[0]}, {c[2]} {z}, China",
         f"{c[3]}省{c[1]}市{d[1]}区{rzh}{rt[1]}{no}号{bzh}{bt[1]}{blk}座{room}室",
         f"{c[1]}市{d[1]}区{rzh}{rt[1]}{no}号{bzh}{bt[1]}{blk}栋{room}",
         f"China, {c[2]}, {c[0]}, {d[0]}, {ren} {rt[2]} {no}, {ben} {bt[2]} {blk}{room}",
         f"RM {room} BLK {blk} {ben} {bt[2]} NO {no} {ren} {rt[2]} {d[0]} {c[0]} {z}".upper().replace("'", ""),
         f"{no} {ren} {rt[0]}, {ben} {bt[0]} {blk}-{room}, {d[0]} Dist., {c[0]} {z}"]
    return f


US_ST = ["Maple Ridge", "Cedar Hollow", "Willow Bend", "Granite Park", "Silver Creek", "Oak Meadow", "Harbor View",
         "Pine Crest", "Aspen Grove", "Red Fox", "Sunset Ridge", "Stone Mill", "Lakeshore", "Birch Hill", "Copper Canyon",
         "Quail Run", "Elm Terrace", "Brookside", "Falcon Point", "Juniper"]
US_SFX = [("Drive", "Dr"), ("Street", "St"), ("Avenue", "Ave"), ("Boulevard", "Blvd"), ("Road", "Rd"), ("Lane", "Ln"), ("Parkway", "Pkwy")]
US_CITY = [("Austin", "TX", "Texas", "787"), ("Dover", "DE", "Delaware", "199"), ("Sheridan", "WY", "Wyoming", "828"),
           ("Miami", "FL", "Florida", "331"), ("Portland", "OR", "Oregon", "972"), ("Columbus", "OH", "Ohio", "432"),
           ("Reno", "NV", "Nevada", "895"), ("Edison", "NJ", "New Jersey", "088"), ("Ontario", "CA", "California", "917")]
US_UNIT = [("Suite", "Ste"), ("Unit", "Unit"), ("Apartment", "Apt")]


def us_addr_data():
    c = R.choice(US_CITY)
    return {"t": "us", "no": R.randint(10, 9899), "st": R.choice(US_ST), "sfx": R.choice(US_SFX),
            "ut": R.choice(US_UNIT) if R.random() < 0.7 else None, "unit": str(R.randint(1, 450)), "city": c,
            "zip": c[3] + digits(2), "plus4": digits(4)}


def us_addr_forms(a):
    c = a["city"]; no, st, sfx, ut, u, z = a["no"], a["st"], a["sfx"], a["ut"], a["unit"], a["zip"]
    if ut:
        return [f"{no} {st} {sfx[1]} {ut[1]} {u}, {c[0]}, {c[1]} {z}",
                f"{ut[0]} {u}, {no} {st} {sfx[0]}, {c[0]}, {c[2]} {z}, United States",
                f"{no} {st} {sfx[1]} #{u} {c[0]} {c[1]} {z}".upper(),
                f"{no} {st} {sfx[0]} {ut[0]} {u}, {c[0]} {c[1]} {z}-{a['plus4']}, USA",
                f"{no} {st} {sfx[1]}., {ut[1]}. {u}, {c[0]}, {c[1]}, {z}"]
    return [f"{no} {st} {sfx[1]}, {c[0]}, {c[1]} {z}", f"{no} {st} {sfx[0]}, {c[0]}, {c[2]} {z}, United States",
            f"{no} {st} {sfx[1]} {c[0]} {c[1]} {z}".upper(), f"{no} {st} {sfx[0]}, {c[0]} {c[1]} {z}-{a['plus4']}, USA"]


UK_TOWN = [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Leicester", "LE"), ("Norwich", "NR"), ("Coventry", "CV"), ("London", "E")]
UK_ST = ["Kingsbridge", "Ashdown", "Fernlea", "Holloway Green", "Marston", "Cobble", "Willowmere", "Ravensworth", "Thornbury"]
UK_SFX = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Close", "Cl"), ("Avenue", "Ave")]


def uk_addr_data():
    t = R.choice(UK_TOWN)
    pc = f"{t[1]}{R.randint(1, 28)} {R.randint(1, 9)}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}{R.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return {"t": "uk", "flat": str(R.randint(1, 40)) if R.random() < 0.7 else None, "no": R.randint(1, 240),
            "st": R.choice(UK_ST), "sfx": R.choice(UK_SFX), "town": t[0], "pc": pc}


def uk_addr_forms(a):
    fl, no, st, sfx, tw, pc = a["flat"], a["no"], a["st"], a["sfx"], a["town"], a["pc"]
    if fl:
        return [f"Flat {fl}, {no} {st} {sfx[0]}, {tw} {pc}", f"{no} {st} {sfx[1]}, Flat {fl}, {tw.upper()}, {pc.replace(' ', '')}, United Kingdom",
                f"{fl}/{no} {st} {sfx[0]} {tw} {pc} UK", f"Unit {fl}, {no} {st} {sfx[1]}, {tw}, England, {pc}"]
    return [f"{no} {st} {sfx[0]}, {tw} {pc}", f"{no} {st} {sfx[1]}, {tw.upper()}, {pc.replace(' ', '')}, United Kingdom",
            f"{no}, {st} {sfx[0]}, {tw}, England {pc}"]


DE_STB = ["Linden", "Birken", "Ahorn", "Kastanien", "Mühlen", "Garten", "Brunnen", "Rosen", "Falken", "Eichen", "Buchen", "Wiesen"]
DE_CITY = [("Berlin", "Berlin", "1"), ("Hamburg", "Hamburg", "2"), ("Leipzig", "Leipzig", "04"), ("Köln", "Cologne", "5"),
           ("München", "Munich", "8"), ("Dortmund", "Dortmund", "44")]


def de_addr_data():
    c = R.choice(DE_CITY)
    return {"t": "de", "stb": R.choice(DE_STB), "sfx": R.choice(["straße", "straße", "weg", "allee", "ring"]), "no": str(R.randint(1, 180)) + (R.choice("abc") if R.random() < 0.1 else ""),
            "whg": str(R.randint(1, 30)) if R.random() < 0.5 else None, "city": c, "plz": (c[2] + digits(5))[:5]}


def de_addr_forms(a):
    st = a["stb"] + a["sfx"]; sta = st.replace("straße", "str."); stx = de_ascii(st)
    no, w, c, plz = a["no"], a["whg"], a["city"], a["plz"]
    wx = f", Whg. {w}" if w else ""
    wy = f", Wohnung {w}" if w else ""
    return [f"{st} {no}{wx}, {plz} {c[0]}", f"{sta} {no}{wy}, {plz} {c[0]}, Deutschland", f"{stx} {no}{wx}, D-{plz} {c[1]}, Germany",
            f"{plz} {c[0]}, {st} {no}" + (f" (App. {w})" if w else ""), f"{st.upper()} {no} {plz} {c[0].upper()}" + (f" WHG {w}" if w else "")]


JP_WARD = [("東京都", "Tokyo", "渋谷区", "Shibuya-ku", "150"), ("東京都", "Tokyo", "港区", "Minato-ku", "105"),
           ("東京都", "Tokyo", "新宿区", "Shinjuku-ku", "160"), ("大阪府", "Osaka", "大阪市北区", "Kita-ku, Osaka", "530"),
           ("大阪府", "Osaka", "大阪市中央区", "Chuo-ku, Osaka", "541")]
JP_TOWN = [("緑町", "Midoricho"), ("東町", "Higashicho"), ("本町", "Honmachi"), ("栄町", "Sakaemachi"), ("若葉", "Wakaba"), ("旭町", "Asahicho")]


def jp_addr_data():
    w = R.choice(JP_WARD)
    return {"t": "jp", "w": w, "town": R.choice(JP_TOWN), "c": R.randint(1, 5), "b": R.randint(1, 30), "g": R.randint(1, 20),
            "bld": R.choice(JP_BLD), "room": "%d%02d" % (R.randint(1, 12), R.randint(1, 12)), "pc": w[4] + "-" + digits(4)}


def jp_addr_forms(a):
    w, t, c, b, g, bl, rm, pc = a["w"], a["town"], a["c"], a["b"], a["g"], a["bld"], a["room"], a["pc"]
    return [f"〒{pc} {w[0]}{w[2]}{t[0]}{c}-{b}-{g} {bl[0]}ビル{rm}",
            f"{bl[1]} Bldg {rm}, {c}-{b}-{g} {t[1]}, {w[3]}, {w[1]} {pc}, Japan",
            f"{w[1]} {w[3]} {t[1]} {c}-chome {b}-{g} #{rm}",
            f"{w[0]}{w[2]}{t[0]}{c}丁目{b}番{g}号 {bl[0]}ビル {rm}号室",
            f"{c}-{b}-{g}-{rm} {t[1]} {w[3]} {w[1]} {pc.replace('-', '')}"]


HK_DIST = [("Kwun Tong", "觀塘", "Kowloon", "九龍"), ("Mong Kok", "旺角", "Kowloon", "九龍"), ("Sheung Wan", "上環", "Hong Kong Island", "香港島"),
           ("Tsuen Wan", "荃灣", "New Territories", "新界")]


def hk_addr_data():
    return {"t": "hk", "flat": str(R.randint(1, 20)), "fl": R.randint(2, 30), "bld": R.sample(SYL, 2), "no": R.randint(1, 300),
            "st": R.sample(SYL, 2), "d": R.choice(HK_DIST)}


def hk_addr_forms(a):
    ben = a["bld"][0][0] + a["bld"][1][0].lower(); bzh = a["bld"][0][1] + a["bld"][1][1]
    sen = a["st"][0][0] + a["st"][1][0].lower(); szh = a["st"][0][1] + a["st"][1][1]
    fl, f, no, d = a["flat"], a["fl"], a["no"], a["d"]
    return [f"Flat {fl}, {f}/F, {ben} Commercial Centre, {no} {sen} Road, {d[0]}, {d[2]}, Hong Kong",
            f"香港{d[3]}{d[1]}{szh}道{no}號{bzh}商業中心{f}樓{fl}室",
            f"Rm {fl} {f}F {ben} Comm Ctr, {no} {sen} Rd, {d[0]}, HK",
            f"Unit {fl}, {f}/F., {ben.upper()} COMMERCIAL CENTRE, NO.{no} {sen.upper()} ROAD, {d[0].upper()}, {d[2].upper()}, HONG KONG"]


ADDR = {"cn": (cn_addr_data, cn_addr_forms), "us": (us_addr_data, us_addr_forms), "uk": (uk_addr_data, uk_addr_forms),
        "de": (de_addr_data, de_addr_forms), "jp": (jp_addr_data, jp_addr_forms), "hk": (hk_addr_data, hk_addr_forms)}
UNIT_KEY = {"cn": "room", "us": "unit", "uk": "flat", "de": "whg", "jp": "room", "hk": "flat"}


def addr_key(a):
    return ("addr",) + tuple(sorted((k, str(v)) for k, v in a.items()))


def new_addr(t, data=None, shared=False):
    gen, fm = ADDR[t]
    if data is None:
        for _ in range(100):
            data = gen()
            k = addr_key(data)
            if k not in USED:
                USED.add(k); break
    else:
        USED.add(addr_key(data))
    return Ent("address", fm(data), shared=shared, meta={"data": data, "t": t})


# ---------------------------------------------------------------- phones
def phone_ent(cc):
    if cc == "CN":
        if R.random() < 0.8:
            n = uniq(lambda: ("ph", "1" + R.choice("3456789") + digits(9)))[1]
            forms = [n, f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86{n}", f"0086-{n[:3]}-{n[3:7]}-{n[7:]}",
                     f"(+86) {n[:3]}-{n[3:7]}-{n[7:]}", f"86-{n}"]
        else:
            ac = R.choice(CN_CITIES)[5]
            s = uniq(lambda: ("ph", ac, digits(8, True)))[2]
            forms = [f"0{ac}-{s}", f"+86 {ac} {s[:4]} {s[4:]}", f"(0{ac}) {s[:4]}-{s[4:]}", f"86-{ac}-{s}", f"0{ac}{s}"]
    elif cc == "US":
        n = uniq(lambda: ("ph", R.choice("23456789") + digits(2) + R.choice("23456789") + digits(6)))[1]
        a, b, c = n[:3], n[3:6], n[6:]
        forms = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"+1 {a} {b} {c}", n, f"+1 ({a}) {b}-{c}", f"1-{a}-{b}-{c}", f"{a}.{b}.{c}"]
    elif cc == "DE":
        if R.random() < 0.5:
            ac = R.choice(["30", "40", "89", "221", "341", "231"])
            s = uniq(lambda: ("ph", ac, digits(R.choice([6, 7, 8]), True)))[2]
        else:
            ac = R.choice(["151", "160", "170", "176"])
            s = uniq(lambda: ("ph", ac, digits(8, True)))[2]
        forms = [f"0{ac} {s}", f"+49 {ac} {s}", f"+49 (0){ac} {s}", f"0049 {ac} {s}", f"0{ac}/{s}", f"+49{ac}{s}", f"0{ac}-{s}"]
    elif cc == "GB":
        s = uniq(lambda: ("ph", "7" + R.choice("3456789") + digits(8)))[1]
        forms = [f"0{s[:4]} {s[4:]}", f"+44 {s[:4]} {s[4:]}", f"+44{s}", f"0{s}", f"+44 (0){s[:4]} {s[4:]}", f"0044 {s[:4]} {s[4:]}"]
    elif cc == "JP":
        s = uniq(lambda: ("ph", R.choice(["90", "80", "70"]) + digits(8)))[1]
        forms = [f"0{s[:2]}-{s[2:6]}-{s[6:]}", f"+81 {s[:2]} {s[2:6]} {s[6:]}", f"+81-{s[:2]}-{s[2:6]}-{s[6:]}", f"0{s}", f"+81{s}"]
    else:  # HK
        s = uniq(lambda: ("ph", R.choice("569") + digits(7)))[1]
        forms = [f"{s[:4]} {s[4:]}", f"+852 {s[:4]} {s[4:]}", f"+852-{s}", f"(852) {s}", s]
    return Ent("phone", forms)


# ---------------------------------------------------------------- e-mail / login
def email_ent(base_words, dom=None):
    """base_words: list of lowercase ascii words to build the local part."""
    def mk():
        w = [x for x in base_words if x]
        style = R.random()
        if style < 0.35 and len(w) >= 2:
            parts = [w[0], w[1]]
        elif style < 0.6:
            parts = [w[0] + (w[1] if len(w) > 1 else "")]
        else:
            parts = [R.choice(["sales", "info", "shop", "amz", "service", "store", "order"]), w[0]]
        num = str(R.randint(1, 99)) if R.random() < 0.3 else (str(R.randint(1970, 2005)) if R.random() < 0.4 else "")
        d = dom or R.choice(MAIL_DOM)
        return ".".join(parts) + num, d
    loc, d = None, None
    for _ in range(200):
        loc, d = mk()
        k = ("em", loc.replace(".", ""), d)
        if k not in USED:
            USED.add(k); break
    flat = loc.replace(".", "")
    forms = [f"{loc}@{d}", f"{loc.title()}@{d}", f"{loc.upper()}@{d.upper()}", f"{flat}@{d}"]
    if "." not in loc and len(loc) > 4:
        i = R.randint(2, len(loc) - 2)
        forms.append(f"{loc[:i]}.{loc[i:]}@{d}")
    forms.append(f"{loc.capitalize()}@{d.capitalize()}")
    return Ent("email", forms)


def login_ent(base, email=None):
    if email is not None and R.random() < 0.4:
        f0 = email.forms[0]
        return Ent("login", [f0, f0.upper(), f0.lower().replace(".", "", 1) if f0.count(".") > 1 else f0.capitalize()])
    u = uniq(lambda: ("login", f"{base}{R.choice(['_', '.', '', '-'])}{R.choice(['amz', 'seller', 'shop', 'eu', 'us', 'store'])}{R.randint(1, 99):02d}"))[1]
    return Ent("login", [u, u.upper(), u.capitalize(), u.replace("_", "").replace(".", "").replace("-", "")])


# ---------------------------------------------------------------- money
def aba():
    while True:
        d = [int(x) for x in digits(8)]
        if d[0] > 1 and d[0] != 5:
            d[0] = R.choice([0, 1])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


def iban(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


def sp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


PSPS = [{"name": "Lianpay", "alt": ["LIANPAY", "Lianpay Global", "LianPay (US collection)"], "rtn": aba(), "pre": "8603"},
        {"name": "Oceanwire", "alt": ["OceanWire", "OCEANWIRE PAYMENTS", "Oceanwire Inc."], "rtn": aba(), "pre": "57210"},
        {"name": "Brightcollect", "alt": ["BrightCollect", "BRIGHT COLLECT", "Brightcollect Ltd"], "rtn": aba(), "pre": "3318"}]
US_BANKS = ["First Prairie Bank", "Harborline Credit Union", "Summit Valley Bank", "Redwood National", "Great Lakes Savings"]
CN_BANKS = [("华信银行", "Huaxin Bank", "621790"), ("中联银行", "Zhonglian Bank", "622871"), ("南方商业银行", "Nanfang Commercial Bank", "625530")]
HK_BANKS = ["Harbour Commercial Bank", "Victoria Peak Bank", "Kowloon Union Bank"]
GB_BANKS = [("HRBK", "Harrowby Bank"), ("QSTB", "Queenstone Bank"), ("LNDB", "Lindon Building Society")]
JP_BANKS = [("三葉銀行", "Mitsuba Bank"), ("東和銀行", "Towa Bank"), ("あさひ野信用金庫", "Asahino Shinkin")]
JP_BR = [("渋谷支店", "Shibuya Branch"), ("新宿支店", "Shinjuku Branch"), ("梅田支店", "Umeda Branch"), ("本店営業部", "Head Office")]


def bank_psp(psp=None):
    p = psp or R.choice(PSPS)
    a = uniq(lambda: ("acct", p["pre"] + digits(10 - len(p["pre"]) + R.choice([0, 2]))))[1]
    r = p["rtn"]; nm = R.choice([p["name"]] + p["alt"])
    forms = [f"RTN {r} ACCT {a}", f"{p['name']} {r}-{a}", f"Routing: {r} / Account: {a}", f"ABA {r}, acct no. {a} ({nm})",
             f"{a} (routing {r})", f"{nm} account {a}, ABA routing {r}", f"{r} {a}"]
    return Ent("bank_account", forms, meta={"psp": p["name"], "rtn": r, "acct": a})


def bank_us():
    r = aba(); a = uniq(lambda: ("acct", digits(R.choice([9, 10, 12]), True)))[1]; b = R.choice(US_BANKS)
    forms = [f"RTN {r} ACCT {a}", f"{b} {r}-{a}", f"Routing: {r} / Account: {a}", f"ABA {r}, acct no. {a}", f"{a} (routing {r})",
             f"{b.upper()} RT{r} AC{a}", f"Checking {a} @ {b}, routing {r}"]
    return Ent("bank_account", forms)


def bank_cn():
    bk = R.choice(CN_BANKS); city = R.choice(CN_CITIES)
    n = uniq(lambda: ("acct", bk[2] + digits(13)))[1]
    forms = [f"{sp4(n)} {bk[0]}{city[1]}分行", f"{bk[0]} {n}", f"{bk[1]} {city[0]} Branch {sp4(n)}", n, f"{bk[0]}({city[1]}) 账号:{n}",
             f"{bk[1].upper()} A/C {n}"]
    return Ent("bank_account", forms)


def bank_hk():
    bk = R.choice(HK_BANKS)
    a = uniq(lambda: ("acct", digits(3) + digits(6) + digits(3)))[1]
    forms = [f"{bk} {a[:3]}-{a[3:9]}-{a[9:]}", a, f"Acct {a[:3]}-{a[3:9]}-{a[9:]} ({bk})", f"{bk.upper()} A/C NO. {a}", f"{a[:3]} {a[3:9]} {a[9:]}"]
    return Ent("bank_account", forms)


def bank_gb():
    bc, bn = R.choice(GB_BANKS)
    sc = digits(6); acc = uniq(lambda: ("acct", digits(8)))[1]
    ib = iban("GB", bc + sc + acc)
    scd = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
    forms = [f"sort code {scd} acc {acc}", sp4(ib), ib, f"{scd} / {acc}", f"Sort: {sc} Account: {acc}", f"IBAN: {sp4(ib)} ({bn})",
             f"{bn}, s/c {scd}, a/c {acc}"]
    return Ent("bank_account", forms)


def bank_de():
    blz = digits(8, True); kto = uniq(lambda: ("acct", digits(R.randint(7, 10), True)))[1]
    ib = iban("DE", blz + kto.zfill(10))
    forms = [sp4(ib), ib, f"IBAN: {sp4(ib).lower()}", f"BLZ {blz} Kto {kto}", f"IBAN {ib} BIC {R.choice(['HRBKDEFF', 'SPKLDE2X', 'NORLDEBB'])}",
             f"Kontonr. {kto}, BLZ {blz[:3]} {blz[3:6]} {blz[6:]}", f"IBAN {ib[:2]} {ib[2:4]} {sp4(ib[4:])}"]
    return Ent("bank_account", forms)


def bank_jp():
    bk = R.choice(JP_BANKS); br = R.choice(JP_BR); bc = digits(3)
    a = uniq(lambda: ("acct", digits(7)))[1]
    forms = [f"{bk[0]} {br[0]} 普通 {a}", f"{bk[1]} {br[1]} (branch {bc}) Ordinary {a}", f"{bk[0]}{br[0]}（{bc}）普通預金 {a}",
             f"{bk[1].upper()} {bc}-{a}", f"{bc} {a} {bk[1]}"]
    return Ent("bank_account", forms)


def card_ent():
    kind = R.random()
    if kind < 0.45:
        brand, bn = "Visa", "4" + digits(5)
    elif kind < 0.9:
        brand, bn = "Mastercard", R.choice(["51", "52", "53", "54", "55"]) + digits(4)
    else:
        brand, bn = "Mastercard", str(R.randint(2221, 2720)) + digits(2)
    last = digits(4)
    mm, yy = R.randint(1, 12), R.randint(2026, 2031)
    USED.add(("card", bn, last, mm, yy))
    e1, e2 = f"{mm:02d}/{yy}", f"{mm:02d}/{yy % 100:02d}"
    short = "MC" if brand == "Mastercard" else "VISA"
    forms = [f"{bn[:4]} {bn[4:]}** **** {last} ({e1})", f"{bn}xxxxxx{last} exp {e2}", f"{brand} ****{last} {e1}",
             f"{bn}******{last} exp. {yy}-{mm:02d}", f"{short} {bn[:4]}-{bn[4:]}XX-XXXX-{last} exp {mm}/{yy % 100:02d}",
             f"{bn[:4]} {bn[4:6]}•• •••• {last}, valid thru {e2}", f"{brand} ending in {last} (exp {e1}), BIN {bn}"]
    return Ent("card", forms)


def uscc():
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    body = "91" + R.choice(["4403", "4401", "4419", "3307", "3301", "3502", "3302"]) + "00" + "".join(R.choice(chars) for _ in range(9))
    s = sum(chars.index(c) * w[i] for i, c in enumerate(body))
    return body + chars[(31 - s % 31) % 31]


def tax_ent(cc):
    if cc == "CN":
        t = uniq(lambda: ("tax", uscc()))[1]
        forms = [t, f"统一社会信用代码：{t}", f"USCC {t}", t.lower(), f"{t[:2]} {t[2:8]} {t[8:17]} {t[17]}", f"Tax ID: {t}"]
    elif cc == "US":
        t = uniq(lambda: ("tax", digits(9, True)))[1]
        forms = [f"{t[:2]}-{t[2:]}", t, f"EIN {t[:2]}-{t[2:]}", f"EIN: {t}", f"TIN {t[:2]} {t[2:]}"]
    elif cc == "DE":
        t = uniq(lambda: ("tax", digits(9, True)))[1]
        forms = [f"DE{t}", f"DE {t[:3]} {t[3:6]} {t[6:]}", f"USt-IdNr.: DE{t}", f"VAT DE{t}", f"de{t}"]
    elif cc == "GB":
        t = uniq(lambda: ("tax", digits(9, True)))[1]
        forms = [f"GB{t}", f"GB {t[:3]} {t[3:7]} {t[7:]}", f"VAT Reg No {t[:3]} {t[3:7]} {t[7:]}", t, f"VAT: GB {t}"]
    elif cc == "JP":
        t = uniq(lambda: ("tax", digits(13, True)))[1]
        forms = [t, f"T{t}", f"法人番号 {t}", f"{t[0]}-{t[1:5]}-{t[5:9]}-{t[9:]}", f"Registration No. T{t}"]
    else:
        t = uniq(lambda: ("tax", digits(8, True)))[1]
        forms = [t, f"BR {t}-000", f"BR No. {t}", f"{t}-000-{R.randint(1, 12):02d}-{R.randint(20, 26)}-{R.randint(0, 9)}", f"商業登記號碼 {t}"]
    return Ent("tax_id", forms)


# ---------------------------------------------------------------- ip / device / store
def ip_ent(shared=False, why=None):
    if R.random() < 0.2 and not shared:
        p = uniq(lambda: ("ip6", R.choice(["240e", "2408", "2a02", "2600"]), digits(0) + "%x" % R.randint(0x100, 0xfff), "%x" % R.randint(0x1000, 0xffff), "%x" % R.randint(0x1000, 0xffff), "%x" % R.randint(1, 0xff)))
        h = [p[1], p[2], p[3], p[4]]
        last = p[5]
        forms = [":".join(h) + "::" + last, ":".join(x.zfill(4) for x in h) + ":0000:0000:0000:" + last.zfill(4),
                 ":".join(h) + ":0:0:0:" + last, (":".join(h) + "::" + last).upper()]
        return Ent("ip", forms)
    ip = uniq(lambda: ("ip", R.choice([14, 27, 36, 58, 61, 80, 84, 91, 101, 112, 113, 117, 124, 171, 183, 185, 203, 212, 217, 223]),
                       R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))[1:]
    s = ".".join(map(str, ip))
    return Ent("ip", [s], shared=shared, meta={"why": why})


def device_ent():
    if R.random() < 0.5:
        h = uniq(lambda: ("dev", "%032x" % R.getrandbits(128)))[1]
        forms = [h, h.upper(), f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}", f"fp:{h}", f"{{{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}}}".upper()]
    else:
        m = uniq(lambda: ("dev", "%012x" % R.getrandbits(48)))[1]
        pr = [m[i:i + 2] for i in range(0, 12, 2)]
        forms = [":".join(pr).upper(), "-".join(pr), m, "MAC " + ":".join(pr), ".".join(m[i:i + 4] for i in range(0, 12, 4))]
    return Ent("device", forms)


ST_SUF = ["Direct", "Official", "Store", "Shop", "Home", "US", "EU", "Outlet", "Life", "Gear"]


def store_ent(brand):
    suf = R.choice(ST_SUF)
    forms = [f"{brand} {suf}", f"{brand}{suf}", f"{brand.upper()} {suf.upper()}", f"{brand.lower()}-{suf.lower()}", f"{brand} - {suf}"]
    return Ent("store_name", forms, cid="store_name:%s %s" % (brand, suf))


GENERIC_STORES = ["HomeEase", "Smart Life Store", "Happy Shopping Mall", "TopChoice Direct", "Daily Goods Shop", "Kitchen Pro",
                  "OutdoorMax", "Pet Paradise", "Cozy Nest", "Sunny Days Store", "Best Deals 4U", "Gadget World"]
GENERIC_ENTS = {g: Ent("store_name", [g, g.upper(), g.replace(" ", ""), g.lower()], cid="store_name:" + g, shared=True) for g in GENERIC_STORES}

# ---------------------------------------------------------------- operators
OP_TYPES = [("cn_co", 0.38), ("cn_priv", 0.09), ("hk_co", 0.06), ("us_co", 0.11), ("us_priv", 0.06), ("uk_co", 0.07),
            ("uk_priv", 0.03), ("de_co", 0.07), ("de_priv", 0.04), ("jp_co", 0.06), ("jp_priv", 0.03)]
NACC = [(1, 0.70), (2, 0.13), (3, 0.07), (4, 0.04), (5, 0.03), (6, 0.02), (7, 0.01)]
COUNTRY = {"cn": "CN", "hk": "HK", "us": "US", "uk": "GB", "de": "DE", "jp": "JP"}
NAT = {"cn": "cn", "hk": "cn", "us": "en", "uk": "en", "de": "de", "jp": "jp"}


def wchoice(pairs):
    x = R.random() * sum(p for _, p in pairs)
    for v, p in pairs:
        x -= p
        if x <= 0:
            return v
    return pairs[-1][0]


OPS = []


class Op:
    pass


def ascii_words(ent):
    if ent is None:
        return []
    m = ent.meta
    if ent.kind == "person_name":
        c = m["canon"]
        if m["nat"] in ("cn", "jp"):
            return [c[1][1].lower(), c[0][1].lower()]
        return [de_ascii(c[0]).lower(), de_ascii(c[1]).lower()]
    if m.get("wen"):
        return [m["wen"].lower(), (m.get("ind") or ("", "", "tech"))[2].lower().replace(" ", "").replace("&", "")[:6]]
    w = re.sub(r"[^a-z ]", "", de_ascii(ent.forms[0]).lower()).split()
    return w[:2]


def make_op(otype, n=None, person=None, company=None, address=None):
    o = Op()
    o.id = "OP%05d" % (len(OPS) + 1)
    o.type = otype
    reg, kind = otype.split("_")
    o.country = COUNTRY[reg]
    o.n = n or wchoice(NACC)
    o.persons = [person or person_ent(NAT[reg])]
    if R.random() < 0.15:
        o.persons.append(person_ent(NAT[reg]))
    if kind == "co":
        if company is not None:
            o.company = company
        elif reg == "cn":
            o.company = cn_company()
        elif reg == "hk":
            o.company = hk_company()
        elif reg in ("us", "uk"):
            o.company = west_company("US" if reg == "us" else "GB")
        elif reg == "de":
            o.company = de_company()
        else:
            o.company = jp_company()
    else:
        o.company = None
    areg = reg
    o.addresses = [address or new_addr(areg)]
    if R.random() < 0.3:
        o.addresses.append(new_addr("cn" if reg == "hk" else areg))
    pcs = [o.country] + (["CN"] if reg == "hk" else [])
    o.phones = [phone_ent(pcs[0])] + ([phone_ent(R.choice(pcs))] if R.random() < 0.35 else [])
    words = ascii_words(o.company) or ascii_words(o.persons[0])
    pw = ascii_words(o.persons[0])
    cdom = None
    if o.company is not None and R.random() < 0.4 and words:
        try:
            cdom = uniq(lambda: ("dom", R.choice(["", "", "-"]).join(words[:2]) + R.choice(["", "", str(R.randint(1, 99))]) + R.choice([".com", "-trade.com", ".cn", "store.com", "global.com", "shop.net", ".de", ".co.uk", ".jp"])))[1]
        except RuntimeError:
            cdom = None
    o.emails = [email_ent(words, cdom)] + [email_ent(R.choice([words, pw])) for _ in range(R.randint(0, 1) + (o.n > 1))]
    banks = []
    if reg == "cn":
        if R.random() < 0.65: banks.append(bank_psp())
        if R.random() < 0.6 or not banks: banks.append(bank_cn())
    elif reg == "hk":
        banks.append(bank_hk())
        if R.random() < 0.5: banks.append(bank_psp())
    elif reg == "us":
        banks.append(bank_us())
    elif reg == "uk":
        banks.append(bank_gb())
    elif reg == "de":
        banks.append(bank_de())
    else:
        banks.append(bank_jp())
    if o.n > 2 and R.random() < 0.4:
        banks.append(bank_psp() if reg in ("cn", "hk") else {"us": bank_us, "uk": bank_gb, "de": bank_de, "jp": bank_jp}[reg]())
    o.banks = banks
    o.cards = [card_ent() for _ in range(1 + (R.random() < 0.3) + (o.n > 3))]
    o.taxes = [tax_ent(o.country)] if (kind == "co" or R.random() < 0.35) else []
    o.ips = [ip_ent() for _ in range(1 + (R.random() < 0.4))]
    o.devices = [device_ent() for _ in range(1 + (R.random() < 0.5) + (o.n > 2))]
    base = words[0] if words else "seller"
    o.logins = [login_ent(base, o.emails[0]) for _ in range(max(1, o.n if R.random() < 0.7 else 1))]
    brands = []
    src = (o.company.meta.get("wen") if o.company is not None and o.company.meta.get("wen") else None) or \
        (words[0].capitalize() if words else "Shop")
    brands.append(store_ent(src))
    for _ in range(o.n):
        b = "".join(R.choice(SYL)[0] for _ in range(2)) if R.random() < 0.5 else R.choice(W_A) + R.choice(W_B)
        brands.append(store_ent(b))
    o.brands = brands
    o.habit = R.random() < 0.5
    o.forced = []   # entities forced into account 0 (trap carriers)
    OPS.append(o)
    return o


# ---------- base population + traps
def new_type():
    return wchoice(OP_TYPES)


DECOY_OPS = []  # (opA, opB, why, entA, entB)

# namesakes (explicit): a private seller who shares the exact name of another operator's person
for _ in range(45):
    t = R.choice(["cn_priv", "us_priv", "de_priv", "uk_priv", "jp_priv", "cn_co"])
    a = make_op(t)
    b = make_op(R.choice([t, t.split("_")[0] + "_priv"]), person=person_ent(a.persons[0].meta["nat"], fixed=a.persons[0].meta["canon"]))
    a.forced.append(a.persons[0]); b.forced.append(b.persons[0])
    DECOY_OPS.append((a, b, "namesake: same person_name '%s', different operator" % a.persons[0].meta["key"], a.persons[0], b.persons[0]))

# companies differing only in the distinctive word (same city, industry, legal form)
for _ in range(65):
    a = make_op("cn_co")
    m = a.company.meta
    b = make_op("cn_co", company=cn_company(city=m["city"], ind=m["ind"]))
    a.forced.append(a.company); b.forced.append(b.company)
    DECOY_OPS.append((a, b, "similar company name, distinctive word differs (%s vs %s %s %s)" % (m["wen"], b.company.meta["wen"], m["city"][0], m["ind"][0]), a.company, b.company))

# same trade name with another legal form or city
for _ in range(45):
    a = make_op("cn_co")
    m = a.company.meta
    r = R.random()
    if r < 0.45:
        city = R.choice([c for c in CN_CITIES if c != m["city"]])
        b = make_op("cn_co", company=cn_company(city=city, word=m["word"], ind=m["ind"]))
        why = "same trade name '%s %s', other city (%s vs %s)" % (m["wen"], m["ind"][0], m["city"][0], city[0])
    elif r < 0.75:
        b = make_op("hk_co", company=hk_company(word=m["word"], ind=m["ind"]))
        why = "same trade name '%s', other legal form (CN Co., Ltd. vs HK Limited)" % m["wen"]
    else:
        nm = (m["wen"], m["ind"][0] if len(m["ind"][0]) < 14 else "Trading")
        USED.add(("wname", nm[0], nm[1]))
        b = make_op("us_co", company=west_company("US", name=nm))
        why = "same trade name '%s %s', other legal form/country (CN Co., Ltd. vs US LLC)" % nm
    a.forced.append(a.company); b.forced.append(b.company)
    DECOY_OPS.append((a, b, why, a.company, b.company))

# neighbours: same building other room / same street other number
for _ in range(90):
    reg = R.choice(["cn", "cn", "cn", "us", "uk", "de", "jp", "hk"])
    t = reg + "_" + R.choice(["co", "co", "priv"]) if reg not in ("hk",) else "hk_co"
    a = make_op(t)
    d = dict(a.addresses[0].meta["data"])
    uk = UNIT_KEY[reg]
    same_building = R.random() < 0.65
    for _ in range(50):
        e = dict(d)
        if same_building:
            if reg in ("cn", "jp"):
                e[uk] = "%d%02d" % (R.randint(1, 32 if reg == "cn" else 12), R.randint(1, 20 if reg == "cn" else 12))
            elif reg == "hk":
                e["flat"] = str(R.randint(1, 20)); e["fl"] = R.choice([d["fl"], R.randint(2, 30)])
            elif reg == "de":
                e["whg"] = str(R.randint(1, 30))
            else:
                e[uk] = str(R.randint(1, 450))
                if reg == "us" and not e["ut"]:
                    e["ut"] = R.choice(US_UNIT)
        else:
            if reg == "jp":
                e["g"] = d["g"] % 20 + R.randint(1, 5)
            else:
                e["no"] = (d["no"] + R.choice([-4, -2, 2, 4, 6, 10, 1])) if isinstance(d["no"], int) else str(int(re.sub(r"\D", "", d["no"])) + 2)
                if isinstance(e["no"], int) and e["no"] < 1:
                    e["no"] = d["no"] + 3
            if reg == "cn":
                e["bld"] = R.sample(SYL, 2); e["bt"] = R.choice(BLD_T)
            if reg == "jp":
                e["bld"] = R.choice(JP_BLD)
            if reg == "hk":
                e["bld"] = R.sample(SYL, 2)
        if addr_key(e) not in USED and e != d:
            break
    ad = new_addr(reg, data=e)
    b = make_op(t, address=ad)
    a.forced.append(a.addresses[0]); b.forced.append(ad)
    DECOY_OPS.append((a, b, "neighbours: same building, other room/unit" if same_building else "neighbours: same street, other house number", a.addresses[0], ad))

# virtual offices / co-working / registered-agent addresses shared by unrelated small firms
VO = []
for reg, k in [("us", 9), ("us", 7), ("uk", 8), ("uk", 6), ("hk", 9), ("hk", 6), ("cn", 7), ("de", 6), ("cn", 5), ("us", 6)]:
    ad = new_addr(reg, shared=True)
    permb = R.random() < 0.3  # tenants get distinct mailbox numbers
    tenants = []
    for _ in range(k):
        t = reg + "_co"
        if permb:
            e = dict(ad.meta["data"]); uk = UNIT_KEY[reg]
            e[uk] = str(R.randint(1000, 9999)) if reg != "cn" else "%d%02d" % (R.randint(1, 9), R.randint(1, 99))
            if reg == "us":
                e["ut"] = ("PMB", "PMB")
            tad = new_addr(reg, data=e)
        else:
            tad = ad
        o = make_op(t, address=tad)
        o.forced.append(tad)
        tenants.append((o, tad))
    VO.append((ad, permb, tenants))

# generic store display names used by unrelated sellers
STORE_TRAP = []
for g in GENERIC_STORES:
    for _ in range(R.randint(3, 6)):
        o = make_op(new_type())
        o.forced.append(GENERIC_ENTS[g])
        STORE_TRAP.append((g, o))

# fill up with ordinary operators
while sum(o.n for o in OPS) < TARGET_ACCOUNTS:
    make_op(new_type())
# trim the last operator if we overshoot
over = sum(o.n for o in OPS) - TARGET_ACCOUNTS
if over > 0 and OPS[-1].n > over:
    OPS[-1].n -= over

# ---------------------------------------------------------------- accounts
ACC = []   # dict(id, op, items=[(kind, ent, anchor)])


def acct_id():
    return uniq(lambda: "A" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(R.choice([12, 13]))))


MKT = {"CN": ["US", "US", "UK", "DE", "JP", "CA", "FR", "IT", "ES", "MX"], "HK": ["US", "UK", "DE", "JP", "AE"],
       "US": ["US", "US", "CA", "MX"], "GB": ["UK", "UK", "DE", "FR"], "DE": ["DE", "DE", "FR", "IT", "ES", "UK"],
       "JP": ["JP", "JP", "US"]}

for o in OPS:
    o.accounts = []
    for i in range(o.n):
        items = []

        def add(kind, ent, anchor=False):
            if ent is None:
                return
            for it in items:
                if it[1] is ent:
                    if anchor:
                        items.remove(it); break
                    return
            items.append((kind, ent, anchor))
        if R.random() < 0.9: add("person_name", R.choice(o.persons))
        if o.company is not None and R.random() < 0.85: add("company_name", o.company)
        # e-mails: per-account new ones are common for multi-account operators
        if R.random() < 0.95:
            add("email", o.emails[i % len(o.emails)] if R.random() < 0.6 else R.choice(o.emails))
        if R.random() < 0.3: add("email", R.choice(o.emails))
        if R.random() < 0.8: add("phone", R.choice(o.phones))
        if R.random() < 0.85: add("address", o.addresses[0] if R.random() < 0.7 else R.choice(o.addresses))
        if R.random() < 0.85: add("bank_account", R.choice(o.banks))
        if R.random() < 0.75: add("card", R.choice(o.cards))
        if o.taxes and R.random() < 0.65: add("tax_id", o.taxes[0])
        if R.random() < 0.8: add("ip", R.choice(o.ips))
        if R.random() < 0.6: add("device", R.choice(o.devices))
        if R.random() < 0.7: add("login", o.logins[i % len(o.logins)])
        if R.random() < 0.95:
            add("store_name", o.brands[0] if (i == 0 or R.random() < 0.35) else o.brands[1 + i])
        if i == 0:
            for e in o.forced:
                if e.kind == "store_name":
                    items[:] = [it for it in items if it[0] != "store_name"]
                add(e.kind, e)
        # anchor: each later account shares at least one identity-grade detail with an earlier one
        if i > 0:
            j = R.randrange(i)
            cands = [(k, e) for (k, e, _) in o.accounts[j]["items"] if k in STRONG and not e.shared]
            if not cands:
                o.accounts[j]["items"].append(("bank_account", o.banks[0], True))
                cands = [("bank_account", o.banks[0])]
            k, e = R.choice(cands)
            add(k, e, anchor=True)
            # and mark the partner occurrence typo-free too
            acc_j = o.accounts[j]
            acc_j["items"] = [(kk, ee, an or ee is e) for (kk, ee, an) in acc_j["items"]]
        if not items:
            add("email", o.emails[0])
        a = {"id": acct_id(), "op": o, "items": items, "mkt": R.choice(MKT[o.country]), "country": o.country}
        o.accounts.append(a)
        ACC.append(a)

# shared IPs: big office NAT / VPN exit / mobile-carrier CGNAT used by many unrelated sellers
SHARED_IPS = []
for why, k in [("mobile-carrier CGNAT IP", 70), ("mobile-carrier CGNAT IP", 55), ("commercial VPN exit IP", 45),
               ("commercial VPN exit IP", 35), ("big shared office / incubator NAT IP", 30), ("cloud proxy IP", 25)]:
    e = ip_ent(shared=True, why=why)
    users = R.sample(ACC, k)
    seen_ops = set()
    for a in users:
        if a["op"].id in seen_ops and R.random() < 0.5:
            continue
        seen_ops.add(a["op"].id)
        a["items"].append(("ip", e, False))
    SHARED_IPS.append(e)


# ---------------------------------------------------------------- rendering (variants + typos)
ADJ = {c: n for c, n in zip("qwertyuiopasdfghjklzxcvbnm", "wqreytuiopsadgfhjkklxzvcnbn")}


def typo(kind, s):
    for _ in range(20):
        r = R.random()
        toks = re.split(r"(?<=,) |\s+", s) if " " in s else [s]
        if r < 0.35 and len(toks) >= 3 and kind in ("address", "bank_account", "card", "company_name", "phone", "person_name", "tax_id"):
            i = R.randrange(1, len(toks)) if kind != "card" else len(toks) - 1
            t = " ".join(toks[:i] + toks[i + 1:])
        elif kind == "address" and r < 0.45 and re.search(r"[\u4e00-\u9fff]", s):
            # drop room / province part of a Chinese address
            t = re.sub(r"\d+室$|[\u4e00-\u9fff]{2}省", "", s, count=1)
        else:
            pos = [i for i, ch in enumerate(s) if ch.isalnum() or "\u4e00" <= ch <= "\u9fff"]
            if len(pos) < 3:
                return s
            i = R.choice(pos[:-1])
            op = R.random()
            ch = s[i]
            if op < 0.3:
                t = s[:i] + s[i + 1:]
            elif op < 0.55 and i + 1 < len(s):
                t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            elif op < 0.7:
                t = s[:i] + ch + s[i:]
            else:
                if ch.isdigit():
                    rep = str((int(ch) + R.choice([1, 9, 3])) % 10)
                elif ch.lower() in ADJ:
                    rep = ADJ[ch.lower()]
                    rep = rep.upper() if ch.isupper() else rep
                else:
                    rep = ""
                t = s[:i] + rep + s[i + 1:]
        if t != s and t.strip():
            return t.strip(" ,")
    return s


ROWS = []
FORMS = collections.defaultdict(set)
ENT_OF = collections.defaultdict(set)   # (kind, cid) -> set(account ids)
n_typo = n_vals = 0
for a in ACC:
    o = a["op"]
    a["vals"] = []
    seen = set()
    for kind, e, anchor in a["items"]:
        if o.habit and R.random() < 0.5:
            v = e.forms[0]
        else:
            v = R.choice(e.forms)
        if not anchor and R.random() < TYPO_P:
            v2 = typo(kind, v)
            if v2 != v:
                n_typo += 1
                v = v2
        if (kind, v) in seen:
            continue
        seen.add((kind, v))
        n_vals += 1
        FORMS[(kind, e.cid)].add(v)
        ENT_OF[(kind, e.cid)].add(a["id"])
        a["vals"].append((kind, v, e))

# ---------------------------------------------------------------- decoys
OP_OF = {a["id"]: a["op"] for a in ACC}
decoys = {}


def add_decoy(x, y, why):
    if OP_OF[x] is OP_OF[y] or x == y:
        return
    k = tuple(sorted((x, y)))
    if k not in decoys:
        decoys[k] = why


def acct_with(o, ent):
    for a in o.accounts:
        if any(e is ent for _, _, e in a["vals"]):
            return a["id"]
    return None


for a_op, b_op, why, ea, eb in DECOY_OPS:
    x, y = acct_with(a_op, ea), acct_with(b_op, eb)
    if x and y:
        add_decoy(x, y, why)

for ad, permb, tenants in VO:
    ids = [acct_with(o, tad) for o, tad in tenants]
    ids = [i for i in ids if i]
    why = ("same virtual-office/co-working building, different mailbox number" if permb
           else "same virtual-office / registered-agent / co-working address, unrelated firms")
    for x, y in itertools.combinations(ids, 2):
        add_decoy(x, y, why)

for g, o in STORE_TRAP:
    pass
by_store = collections.defaultdict(list)
for g, o in STORE_TRAP:
    i = acct_with(o, GENERIC_ENTS[g])
    if i:
        by_store[g].append(i)
for g, ids in by_store.items():
    for x, y in itertools.combinations(ids, 2):
        add_decoy(x, y, "same store display name '%s'" % g)

for e in SHARED_IPS:
    ids = sorted(ENT_OF[("ip", e.cid)])
    pairs = [(x, y) for x, y in itertools.combinations(ids, 2) if OP_OF[x] is not OP_OF[y]]
    for x, y in R.sample(pairs, min(25, len(pairs))):
        add_decoy(x, y, "%s %s shared by many unrelated sellers" % (e.meta["why"], e.forms[0]))

# PSP shared collection-account prefix
by_psp = collections.defaultdict(list)
for a in ACC:
    for k, v, e in a["vals"]:
        if k == "bank_account" and e.meta.get("psp"):
            by_psp[e.meta["psp"]].append((a["id"], e))
for p, lst in by_psp.items():
    pairs = [(x, y) for x, y in itertools.combinations(lst, 2) if OP_OF[x[0]] is not OP_OF[y[0]] and x[1] is not y[1]]
    for (x, ex), (y, ey) in R.sample(pairs, min(30, len(pairs))):
        add_decoy(x, y, "same payment provider %s: same routing %s and collection-account prefix %s, different account" % (p, ex.meta["rtn"], next(q["pre"] for q in PSPS if q["name"] == p)))

# accidental namesakes in the whole population (common names)
by_person = collections.defaultdict(list)
for a in ACC:
    for k, v, e in a["vals"]:
        if k == "person_name":
            by_person[e.cid].append(a["id"])
for cid, ids in by_person.items():
    ops = {}
    for i in ids:
        ops.setdefault(OP_OF[i].id, i)
    firsts = list(ops.values())
    pairs = list(itertools.combinations(firsts, 2))
    if pairs and R.random() < 0.35:
        x, y = R.choice(pairs)
        add_decoy(x, y, "namesake: same person_name '%s', different operator" % cid.split(":", 1)[1])

# sanity: decoy pairs must not share any non-trap identity-grade entity
bad = 0
for (x, y) in list(decoys):
    ax = {e.cid for k, v, e in next(a for a in ACC if a["id"] == x)["vals"] if k in STRONG and not e.shared}
    ay = {e.cid for k, v, e in next(a for a in ACC if a["id"] == y)["vals"] if k in STRONG and not e.shared}
    if ax & ay:
        bad += 1
        del decoys[(x, y)]

# ---------------------------------------------------------------- write
order = ACC[:]
R.shuffle(order)
with open(os.path.join(OUT, "accounts_long.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_id", "kind", "value", "marketplace", "country"])
    for a in order:
        mode = R.random()   # <0.35: mkt/country on first row; <0.55: on every row; else unknown
        a["known"] = mode < 0.55
        vals = a["vals"][:]
        R.shuffle(vals)
        for n, (k, v, e) in enumerate(vals):
            if mode < 0.35 and n == 0 or 0.35 <= mode < 0.55:
                w.writerow([a["id"], k, v, a["mkt"], a["country"] if R.random() < 0.9 or mode < 0.35 else ""])
            else:
                w.writerow([a["id"], k, v, "", ""])

with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for a in order:
        obj = {"account_id": a["id"]}
        for k in KINDS:
            obj[PLURAL[k]] = [v for kk, v, e in a["vals"] if kk == k]
        if a["known"]:
            obj["marketplace"] = a["mkt"]; obj["country"] = a["country"]
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")

with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_id", "operator_id"])
    for a in sorted(ACC, key=lambda a: a["id"]):
        w.writerow([a["id"], a["op"].id])

dl = list(decoys.items())
R.shuffle(dl)
with open(os.path.join(OUT, "decoys.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_a", "account_b", "why"])
    for (x, y), why in dl:
        w.writerow([x, y, why])

# ---------------------------------------------------------------- report
ops_used = [o for o in OPS if o.accounts]
pairs_true = sum(len(o.accounts) * (len(o.accounts) - 1) // 2 for o in ops_used)
print("accounts:", len(ACC))
print("operators:", len(ops_used), " size distribution:", dict(sorted(collections.Counter(len(o.accounts) for o in ops_used).items())))
print("true related pairs:", pairs_true)
print("decoy pairs:", len(decoys), " (dropped for accidental strong overlap: %d)" % bad)
print("decoy reasons:", dict(collections.Counter(re.sub(r"['(:].*$|\\d.*$", "", w).strip() for w in decoys.values()).most_common()))
print("values written: %d, with typo/missing part: %d (%.1f%%)" % (n_vals, n_typo, 100.0 * n_typo / n_vals))
print("per kind: underlying values written in more than one way (of all underlying values):")
for k in KINDS:
    ents = [key for key in FORMS if key[0] == k]
    multi = sum(1 for key in ents if len(FORMS[key]) > 1)
    print("  %-13s %5d of %5d" % (k, multi, len(ents)))


# ---------------------------------------------------------------- self-checks
def components(accs, key):
    parent = {a["id"]: a["id"] for a in accs}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    owner = {}
    for a in accs:
        for k, v, e in a["vals"]:
            if k in STRONG and not e.shared:
                kk = key(k, v, e)
                if kk in owner:
                    parent[find(a["id"])] = find(owner[kk])
                else:
                    owner[kk] = a["id"]
    return len({find(a["id"]) for a in accs})


multi = [o for o in ops_used if len(o.accounts) > 1]
ent_ok = sum(1 for o in multi if components(o.accounts, lambda k, v, e: e.cid) == 1)
str_ok = sum(1 for o in multi if components(o.accounts, lambda k, v, e: (k, v.lower())) == 1)
assert ent_ok == len(multi), "an operator's accounts are not linked by a shared identity-grade detail"
print("multi-account operators: %d; all linked by shared identity-grade details (entity level): %d; "
      "linked even by exact (case-insensitive) string match alone: %d" % (len(multi), ent_ok, str_ok))
