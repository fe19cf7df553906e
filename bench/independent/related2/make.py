#!/usr/bin/env python3
"""Synthetic 'related seller accounts' test set.

Scenario: an e-commerce agency merged onboarding exports of seller clients from three
CRMs (German 'de', Chinese 'cn', American 'us').  Every account's details are rendered in
the house style of the CRM(s) it came from, so the same operator's bank account, card,
phone, address ... appear in several spellings.  Everything is invented; fixed seed.

Outputs (next to this script): accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv
"""
import csv
import itertools
import json
import os
import random
import string
from collections import defaultdict

SEED = 20261205
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
TARGET_ACCOUNTS = 3000

# ----------------------------------------------------------------------------- helpers

def ch(seq):
    return R.choice(seq)


def digits(n, first_nonzero=False):
    s = "".join(R.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def chunks(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


USED = set()  # global uniqueness of identity-grade canonical values


def unique(fn):
    for _ in range(1000):
        v = fn()
        if v not in USED:
            USED.add(v)
            return v
    raise RuntimeError("could not make unique value")


def rand_case(s):
    r = R.random()
    if r < 0.3:
        return s.upper()
    if r < 0.6:
        return s.lower()
    return "".join(c.upper() if R.random() < 0.5 else c.lower() for c in s) if r < 0.7 else s.title()


def translit_de(s):
    return (s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue"))


# ----------------------------------------------------------------------------- word lists
CN_SYL = [("瑞", "rui"), ("万", "wan"), ("凯", "kai"), ("骏", "jun"), ("华", "hua"), ("远", "yuan"),
          ("鑫", "xin"), ("达", "da"), ("博", "bo"), ("恒", "heng"), ("通", "tong"), ("嘉", "jia"),
          ("禾", "he"), ("星", "xing"), ("辰", "chen"), ("锦", "jin"), ("泰", "tai"), ("盛", "sheng"),
          ("宏", "hong"), ("伟", "wei"), ("明", "ming"), ("德", "de"), ("翔", "xiang"), ("宇", "yu"),
          ("帆", "fan"), ("腾", "teng"), ("悦", "yue"), ("启", "qi"), ("航", "hang"), ("优", "you"),
          ("品", "pin"), ("诚", "cheng"), ("安", "an"), ("峰", "feng"), ("创", "chuang"), ("立", "li"),
          ("朗", "lang"), ("卓", "zhuo"), ("森", "sen"), ("蓝", "lan"), ("美", "mei"), ("易", "yi")]
CN_INDUSTRY = [("科技", "Technology", "Tech"), ("电子商务", "E-commerce", "E-com"), ("贸易", "Trading", "Trade"),
               ("电子", "Electronics", "Elec"), ("实业", "Industrial", "Ind"), ("进出口", "Import and Export", "Imp & Exp"),
               ("家居用品", "Household Products", "Home")]
CN_CITIES = [  # cn, en, province cn, province en, districts[(cn,en)], zip prefix, phone area, uscc region
    ("深圳", "Shenzhen", "广东省", "Guangdong", [("南山区", "Nanshan District"), ("宝安区", "Bao'an District"),
                                            ("龙岗区", "Longgang District"), ("福田区", "Futian District"),
                                            ("龙华区", "Longhua District")], "518", "755", "440300"),
    ("广州", "Guangzhou", "广东省", "Guangdong", [("天河区", "Tianhe District"), ("白云区", "Baiyun District"),
                                             ("番禺区", "Panyu District")], "510", "20", "440100"),
    ("义乌", "Yiwu", "浙江省", "Zhejiang", [("稠江街道", "Choujiang Subdistrict"), ("北苑街道", "Beiyuan Subdistrict"),
                                       ("福田街道", "Futian Subdistrict")], "322", "579", "330782"),
    ("杭州", "Hangzhou", "浙江省", "Zhejiang", [("滨江区", "Binjiang District"), ("余杭区", "Yuhang District")],
     "310", "571", "330100"),
    ("厦门", "Xiamen", "福建省", "Fujian", [("思明区", "Siming District"), ("湖里区", "Huli District")], "361", "592",
     "350200"),
    ("东莞", "Dongguan", "广东省", "Guangdong", [("长安镇", "Chang'an Town"), ("虎门镇", "Humen Town")], "523", "769",
     "441900"),
]
CN_SUR = [("李", "Li"), ("王", "Wang"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
          ("赵", "Zhao"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
          ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("罗", "Luo"), ("郑", "Zheng")]
CN_GIVEN = [("娜", "Na"), ("伟", "Wei"), ("芳", "Fang"), ("静", "Jing"), ("强", "Qiang"), ("磊", "Lei"), ("军", "Jun"),
            ("洋", "Yang"), ("敏", "Min"), ("杰", "Jie"), ("婷", "Ting"), ("浩", "Hao"), ("丽", "Li"), ("鹏", "Peng"),
            ("雪", "Xue"), ("晨", "Chen"), ("佳", "Jia"), ("宇", "Yu"), ("欣", "Xin"), ("涛", "Tao")]
CN_ROAD_SUF = [("路", "Road", "Rd"), ("大道", "Avenue", "Ave"), ("街", "Street", "St")]
CN_BLDG_SUF = [("大厦", "Building", "Bldg"), ("科技园", "Science Park", "Sci. Park"),
               ("商务中心", "Business Center", "Bus. Ctr"), ("工业园", "Industrial Park", "Ind. Park")]
CN_BANKS = [("华南商业银行", "South China Commercial Bank", "SCCB", "621785"),
            ("东海发展银行", "East Sea Development Bank", "ESDB", "622316"),
            ("珠江联合银行", "Pearl River United Bank", "PRUB", "623059"),
            ("长风银行", "Changfeng Bank", "CFB", "621448")]

DE_FIRST = ["Jan", "Lukas", "Anna", "Lena", "Thomas", "Stefan", "Julia", "Katrin", "Markus", "Sabine", "Tobias",
            "Nina", "Felix", "Jonas", "Miriam", "Sven", "Heike", "Uwe", "Frank", "Claudia", "Jörg", "Björn"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
           "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Braun", "Krüger", "Hartmann",
           "Lange", "Voß", "Köhler"]
DE_CITIES = [("Hamburg", "20", "40", "汉堡"), ("Berlin", "10", "30", "柏林"), ("München", "80", "89", "慕尼黑"),
             ("Köln", "50", "221", "科隆"), ("Frankfurt am Main", "60", "69", "法兰克福"),
             ("Leipzig", "04", "341", "莱比锡"), ("Düsseldorf", "40", "211", "杜塞尔多夫"),
             ("Bremen", "28", "421", "不来梅")]
DE_STREET_PRE = ["Linden", "Birken", "Hafen", "Markt", "Garten", "Schiller", "Mühlen", "Kirch", "Bahnhof",
                 "Wiesen", "Rosen", "Tannen", "Ufer", "Feld", "Eichen", "Buchen", "Möwen", "Anker", "Kastanien",
                 "Holunder", "Schleusen", "Speicher"]
DE_STREET_SUF = ["straße", "weg", "allee", "damm", "ring", "stieg", "kamp"]
DE_CO_PRE = ["Nord", "Elb", "Hafen", "Sonnen", "Berg", "Wald", "Linden", "Stern", "Fluss", "Heide", "Deich",
             "Kranich", "Blau", "Eichen", "Ahorn", "Möwen", "Anker", "Leucht", "Falken", "Wellen", "Dünen",
             "Silber", "Fjord", "Kompass", "Luchs"]
DE_CO_SUF = ["licht", "werk", "blick", "wind", "quell", "hof", "feld", "tor", "stein", "haus", "kontor",
             "brücke", "garten", "markt", "fels", "bogen", "zeit", "welle", "punkt", "land"]
DE_INDUSTRY = ["Handels", "Vertriebs", "Versand", "Trading", "Import", "Warenhandels"]
DE_LEGAL = ["GmbH", "UG (haftungsbeschränkt)", "GmbH & Co. KG", "e.K.", "OHG"]
DE_BANKS = [("Hansebank", "HNSB"), ("Nordsee Sparkasse", "NDSP"), ("Alsterländer Volksbank", "ALVB"),
            ("Mainufer Bank", "MAUB")]

US_FIRST = ["David", "Michael", "Jennifer", "Sarah", "James", "Robert", "Emily", "Jessica", "Daniel", "Ashley",
            "Kevin", "Laura", "Brian", "Megan", "Jason", "Kimberly", "Eric", "Rachel"]
US_LAST = ["Brown", "Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin",
           "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "Allen"]
US_CITIES = [("Austin", "TX", "Texas", "787", "512"), ("Seattle", "WA", "Washington", "981", "206"),
             ("Miami", "FL", "Florida", "331", "305"), ("Newark", "NJ", "New Jersey", "071", "973"),
             ("Columbus", "OH", "Ohio", "432", "614"), ("Denver", "CO", "Colorado", "802", "720"),
             ("Portland", "OR", "Oregon", "972", "503"), ("Atlanta", "GA", "Georgia", "303", "404"),
             ("Phoenix", "AZ", "Arizona", "850", "602"), ("Chicago", "IL", "Illinois", "606", "312"),
             ("Wilmington", "DE", "Delaware", "198", "302"), ("Sheridan", "WY", "Wyoming", "828", "307")]
US_STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Willow", "Lakeview", "Hillcrest", "Sunset", "Park",
              "Washington", "Lincoln", "Franklin", "Madison", "Jefferson", "Highland", "Meadow", "Ridge",
              "Centerline", "Harbor", "Prospect", "Orchard"]
US_STTYPE = [("Street", "St"), ("Avenue", "Ave"), ("Boulevard", "Blvd"), ("Road", "Rd"), ("Drive", "Dr"),
             ("Lane", "Ln"), ("Parkway", "Pkwy")]
US_CO_PRE = ["Blue", "Pine", "Silver", "Red", "Oak", "Stone", "Maple", "Summit", "River", "Lake", "Golden",
             "Iron", "Cedar", "North", "Eagle", "Harbor", "Prairie", "Canyon", "Falcon", "Bright"]
US_CO_SUF = ["crest", "grove", "line", "wood", "field", "bridge", "peak", "ridge", "way", "point", "haven",
             "brook", "gate", "view", "stone"]
US_INDUSTRY = ["Goods", "Supply", "Trading", "Brands", "Commerce", "Home", "Outdoors", "Labs"]
US_LEGAL = [("LLC", ["LLC", "L.L.C.", "Limited Liability Company", "llc"]),
            ("Inc.", ["Inc.", "Inc", "Incorporated", "INC"]),
            ("Corp.", ["Corp.", "Corporation", "Corp"])]
US_BANKS = [("Lakeshore National Bank", "LNB"), ("Prairie State Bank", "PSB"), ("Bayview Savings", "BVS"),
            ("Coastal Trust Bank", "CTB")]

UK_FIRST = ["Oliver", "Harry", "George", "Amelia", "Olivia", "Isla", "Charlotte", "Jack", "Thomas", "Sophie",
            "Emily", "James", "David"]
UK_LAST = ["Smith", "Jones", "Williams", "Taylor", "Davies", "Evans", "Thomas", "Roberts", "Walker", "Wright",
           "Hughes", "Edwards", "Brown"]
UK_CITIES = [("London", ["E1", "N1", "SE1", "W1", "EC2", "NW1"], "20"), ("Manchester", ["M1", "M2", "M4"], "161"),
             ("Birmingham", ["B1", "B3", "B5"], "121"), ("Leeds", ["LS1", "LS2"], "113"),
             ("Bristol", ["BS1", "BS2"], "117")]
UK_STREETS = ["Baker", "Church", "Mill", "Station", "Victoria", "Albert", "Queens", "Kings", "Park", "Bridge",
              "Market", "Chapel", "Orchard", "Priory"]
UK_STTYPE = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Close", "Cl"), ("Avenue", "Ave")]
UK_CO_PRE = ["Thorn", "Ash", "Brook", "Kings", "Wex", "Hart", "Mill", "Fen", "Holm", "Bram", "Wyn", "Cale",
             "Elm", "Ridge"]
UK_CO_SUF = ["field", "ford", "wood", "ley", "ham", "by", "ton", "worth", "stead", "mere"]
UK_INDUSTRY = ["Trading", "Retail", "Imports", "Supplies", "Ventures"]
UK_BANKS = [("Thames & Mercia Bank", "TMBK"), ("Pennine Building Society", "PNBS"), ("Northgate Bank", "NGTB")]

JP_SUR = [("山田", "Yamada"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("田中", "Tanaka"),
          ("伊藤", "Ito"), ("渡辺", "Watanabe"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato")]
JP_GIVEN = [("太郎", "Taro"), ("花子", "Hanako"), ("健", "Ken"), ("翔太", "Shota"), ("美咲", "Misaki"),
            ("大輔", "Daisuke"), ("由美", "Yumi"), ("直樹", "Naoki"), ("愛", "Ai"), ("拓也", "Takuya")]
JP_CITIES = [("東京都", "渋谷区", "Shibuya-ku", "Tokyo", "150", "3"), ("東京都", "新宿区", "Shinjuku-ku", "Tokyo", "160", "3"),
             ("大阪府", "大阪市北区", "Kita-ku, Osaka-shi", "Osaka", "530", "6"),
             ("神奈川県", "横浜市中区", "Naka-ku, Yokohama-shi", "Kanagawa", "231", "45"),
             ("福岡県", "福岡市博多区", "Hakata-ku, Fukuoka-shi", "Fukuoka", "812", "92")]
JP_TOWN = [("桜丘町", "Sakuragaokacho"), ("神南", "Jinnan"), ("本町", "Honmachi"), ("栄町", "Sakaemachi"),
           ("緑町", "Midoricho"), ("若松町", "Wakamatsucho"), ("中央", "Chuo"), ("港町", "Minatomachi")]
JP_CO_W = [("桜", "Sakura"), ("富士", "Fuji"), ("青葉", "Aoba"), ("若葉", "Wakaba"), ("光", "Hikari"), ("朝日", "Asahi"),
           ("緑", "Midori"), ("北斗", "Hokuto"), ("白鳥", "Hakucho"), ("大和", "Yamato"), ("花", "Hana"), ("空", "Sora"),
           ("東雲", "Shinonome"), ("千鳥", "Chidori"), ("松風", "Matsukaze"), ("若竹", "Wakatake"), ("月光", "Gekko"),
           ("星野", "Hoshino")]
JP_CO_S = [("商事", "Shoji"), ("物産", "Bussan"), ("産業", "Sangyo"), ("トレーディング", "Trading"), ("通販", "Tsuhan"),
           ("工業", "Kogyo"), ("企画", "Kikaku"), ("販売", "Hanbai"), ("商会", "Shokai"), ("ジャパン", "Japan"), ("ストア", "Store")]
JP_BLDG = [("青葉ビル", "Aoba Bldg."), ("第一ビル", "Daiichi Bldg."), ("中央ハイツ", "Chuo Heights"),
           ("グリーンタワー", "Green Tower"), ("サンライズ", "Sunrise")]
JP_BANKS = [("さくら中央銀行", "Sakura Chuo Bank", "0391"), ("東和信用銀行", "Towa Shinyo Bank", "0417"),
            ("瀬戸内銀行", "Setouchi Bank", "0452")]

# payment service providers (invented) -- shared collection ranges
PSPS = {
    "Aerowire": {"us_routing": None, "us_prefix": ["8600", "8601"], "de_blz": "10017997", "de_prefix": "85"},
    "Payonix": {"us_routing": None, "us_prefix": ["4400"], "de_blz": "10011001", "de_prefix": "72"},
    "GlobeFirst": {"us_routing": None, "us_prefix": ["9120"], "uk_sort": "04-13-07", "uk_prefix": "19"},
    "PingLink": {"us_routing": None, "us_prefix": ["7033", "7034"], "uk_sort": "23-14-70", "uk_prefix": "41"},
}


def aba_routing(prefix2):
    while True:
        d = prefix2 + digits(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(x) * y for x, y in zip(d, w))
        c = (10 - s % 10) % 10
        r = d + str(c)
        if r not in USED:
            USED.add(r)
            return r


for _p in PSPS.values():
    _p["us_routing"] = aba_routing(ch(["02", "03", "06", "08", "12"]))


def iban(cc, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return f"{cc}{chk:02d}{bban}"


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(region):
    while True:
        body = "91" + region + "".join(R.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
        body = body[:8] + ("MA" + body[10:] if R.random() < 0.6 else body[8:])
        body = body[:17]
        w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        s = sum(USCC_CH.index(c) * wi for c, wi in zip(body, w))
        v = body + USCC_CH[(31 - s % 31) % 31]
        if v not in USED:
            USED.add(v)
            return v


# ----------------------------------------------------------------------------- canonical value makers
def mk_person(region):
    if region == "CN":
        s = ch(CN_SUR)
        g = [ch(CN_GIVEN)] if R.random() < 0.5 else [ch(CN_GIVEN), ch(CN_GIVEN)]
        return {"t": "person", "r": "CN", "cn": s[0] + "".join(x[0] for x in g), "sur": s[1],
                "given": "".join(x[1] for x in g).capitalize(), "gsyl": [x[1] for x in g]}
    if region == "JP":
        s, g = ch(JP_SUR), ch(JP_GIVEN)
        return {"t": "person", "r": "JP", "kanji": (s[0], g[0]), "sur": s[1], "given": g[1]}
    if region == "DE":
        return {"t": "person", "r": "DE", "given": ch(DE_FIRST), "sur": ch(DE_LAST)}
    if region == "US":
        return {"t": "person", "r": "US", "given": ch(US_FIRST), "sur": ch(US_LAST),
                "mi": ch("ABCDEFGHJKLMRST") if R.random() < 0.5 else ""}
    return {"t": "person", "r": "UK", "given": ch(UK_FIRST), "sur": ch(UK_LAST)}


def person_key(p):
    if p["r"] == "CN":
        return "CN|" + p["cn"]
    if p["r"] == "JP":
        return "JP|" + "".join(p["kanji"])
    return p["r"] + "|" + p["given"] + " " + p["sur"]


def mk_company(region, city=None, word=None, industry=None, legal=None):
    if region == "CN":
        c = city or ch(CN_CITIES)
        w = word or unique(lambda: ("CNW",) + tuple(R.sample(CN_SYL, 2)))
        ind = industry or ch(CN_INDUSTRY)
        return {"t": "company", "r": "CN", "city": c, "word": w, "ind": ind, "legal": legal or "有限公司"}
    if region == "DE":
        w = word or unique(lambda: ("DEW", ch(DE_CO_PRE) + ch(DE_CO_SUF)))
        return {"t": "company", "r": "DE", "word": w, "ind": industry or ch(DE_INDUSTRY),
                "legal": legal or ch(DE_LEGAL), "city": city or ch(DE_CITIES)}
    if region == "US":
        w = word or unique(lambda: ("USW", ch(US_CO_PRE) + ch(US_CO_SUF)))
        return {"t": "company", "r": "US", "word": w, "ind": industry or ch(US_INDUSTRY),
                "legal": legal or ch(US_LEGAL), "city": city or ch(US_CITIES)}
    if region == "UK":
        w = word or unique(lambda: ("UKW", ch(UK_CO_PRE) + ch(UK_CO_SUF)))
        return {"t": "company", "r": "UK", "word": w, "ind": industry or ch(UK_INDUSTRY),
                "legal": legal or ch(["Ltd", "LLP"]), "city": city or ch(UK_CITIES)}
    w = word or unique(lambda: ("JPW", ch(JP_CO_W), ch(JP_CO_S)))
    return {"t": "company", "r": "JP", "word": w, "legal": legal or ch(["KK", "KK", "GK"]),
            "pos": ch(["pre", "post"]), "city": city or ch(JP_CITIES)}


def co_word_en(c):
    w = c["word"]
    if c["r"] == "CN":
        return (w[1][1] + w[2][1]).capitalize()
    if c["r"] == "JP":
        return w[1][1]
    return translit_de(w[1]) if c["r"] == "DE" else w[1]


def company_key(c):
    if c["r"] == "CN":
        return "CN|" + c["city"][0] + "|" + c["word"][1][0] + c["word"][2][0] + "|" + c["ind"][0] + "|" + c["legal"]
    if c["r"] == "JP":
        return "JP|" + c["word"][1][0] + c["word"][2][0] + "|" + c["legal"]
    lg = c["legal"][0] if isinstance(c["legal"], tuple) else c["legal"]
    return f'{c["r"]}|{c["word"][1]}|{c["ind"]}|{lg}|{c["city"][0]}'


def mk_address(region, **kw):
    if region == "CN":
        c = kw.get("city") or ch(CN_CITIES)
        d = ch(c[4])
        road = (ch(CN_SYL), ch(CN_SYL), ch(CN_ROAD_SUF))
        bl = (ch(CN_SYL), ch(CN_SYL), ch(CN_BLDG_SUF))
        return {"t": "addr", "r": "CN", "city": c, "dist": d, "road": road, "no": str(R.randint(1, 399)),
                "bldg": bl, "block": ch(["A", "B", "C", "D", ""]), "room": str(R.randint(2, 28)) + f"{R.randint(1, 30):02d}",
                "zip": c[5] + digits(3)}
    if region == "DE":
        c = kw.get("city") or ch(DE_CITIES)
        return {"t": "addr", "r": "DE", "city": c, "street": ch(DE_STREET_PRE) + ch(DE_STREET_SUF),
                "no": str(R.randint(1, 180)) + (ch("abc") if R.random() < 0.1 else ""),
                "zip": c[1] + digits(3), "unit": ch(["", "", "", f"Büro {R.randint(1, 5)}.{R.randint(1, 20):02d}",
                                                      f"{R.randint(1, 6)}. OG", "Hinterhaus"])}
    if region == "US":
        c = kw.get("city") or ch(US_CITIES)
        return {"t": "addr", "r": "US", "city": c, "no": str(R.randint(100, 9999)), "street": ch(US_STREETS),
                "sttype": ch(US_STTYPE), "unit": ch(["", "", ("Suite", "Ste"), ("Apt", "Apt"), ("Unit", "Unit")]),
                "unitno": str(R.randint(1, 30) * 10 + R.randint(0, 9)), "zip": c[3] + digits(2), "zip4": digits(4)}
    if region == "UK":
        c = kw.get("city") or ch(UK_CITIES)
        pc = ch(c[1]) + " " + str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")
        return {"t": "addr", "r": "UK", "city": c, "no": str(R.randint(1, 240)), "street": ch(UK_STREETS),
                "sttype": ch(UK_STTYPE), "unit": ch(["", ("Flat", "Flat"), ("Unit", "Unit"), ("Suite", "Ste")]),
                "unitno": str(R.randint(1, 40)), "pc": pc}
    c = kw.get("city") or ch(JP_CITIES)
    return {"t": "addr", "r": "JP", "city": c, "town": ch(JP_TOWN), "chome": R.randint(1, 5), "ban": R.randint(1, 30),
            "go": R.randint(1, 20), "bldg": ch(JP_BLDG), "room": str(R.randint(1, 9)) + f"{R.randint(1, 12):02d}",
            "zip": c[4] + digits(4)}


def addr_key(a):
    r = a["r"]
    if r == "CN":
        return f'CN|{a["city"][1]}|{a["road"][0][0]}{a["road"][1][0]}{a["road"][2][0]}|{a["no"]}|{a["bldg"][0][0]}{a["bldg"][1][0]}|{a["block"]}|{a["room"]}'
    if r == "DE":
        return f'DE|{a["zip"]}|{a["street"]}|{a["no"]}|{a["unit"]}'
    if r == "US":
        return f'US|{a["zip"]}|{a["no"]} {a["street"]} {a["sttype"][0]}|{a["unit"] and a["unit"][0]}|{a["unitno"] if a["unit"] else ""}'
    if r == "UK":
        return f'UK|{a["pc"]}|{a["no"]} {a["street"]}|{a["unit"] and a["unit"][0]}|{a["unitno"] if a["unit"] else ""}'
    return f'JP|{a["zip"]}|{a["chome"]}-{a["ban"]}-{a["go"]}|{a["room"]}'


def mk_phone(region, city_area=None, mobile=None):
    mobile = (R.random() < 0.65) if mobile is None else mobile
    if region == "CN":
        if mobile:
            return unique(lambda: ("CN", "m", "1" + ch("3456789") + digits(9)))
        return unique(lambda: ("CN", "l", city_area or ch(CN_CITIES)[6], digits(8, True)))
    if region == "DE":
        if mobile:
            return unique(lambda: ("DE", "m", "15" + ch("1279") + digits(1), digits(ch([7, 8]), True)))
        return unique(lambda: ("DE", "l", city_area or ch(DE_CITIES)[2], digits(ch([6, 7]), True)))
    if region == "US":
        return unique(lambda: ("US", "m" if mobile else "l", city_area or ch(US_CITIES)[4],
                               ch("23456789") + digits(2), digits(4)))
    if region == "UK":
        if mobile:
            return unique(lambda: ("UK", "m", "7" + ch("4589") + digits(2), digits(6)))
        ua = city_area or ch(UK_CITIES)[2]
        return unique(lambda: ("UK", "l", ua, digits(7 if len(ua) == 3 else 8, True)))
    if mobile:
        return unique(lambda: ("JP", "m", ch(["90", "80", "70"]), digits(4, True), digits(4)))
    a = city_area or ch(JP_CITIES)[5]
    return unique(lambda: ("JP", "l", a, digits(4 if len(a) == 1 else 3, True), digits(4)))


def mk_bank(kind, **kw):
    if kind == "DE":
        b = ch(DE_BANKS)
        blz = kw.get("blz") or (ch(["200", "210", "370", "500", "700", "860"]) + digits(5))
        acct = kw.get("acct") or unique(lambda: "0" * R.randint(0, 3) + digits(7, True))
        acct = acct.zfill(10)
        return {"t": "bank", "r": "DE", "bank": kw.get("bankname", b), "blz": blz, "acct": acct,
                "iban": iban("DE", blz + acct), "bic": b[1] + "DE" + ch(["HH", "FF", "MM", "BB"]) + ch(["XXX", ""]),
                "psp": kw.get("psp")}
    if kind == "US":
        b = ch(US_BANKS)
        rt = kw.get("routing") or aba_routing(ch(["02", "03", "06", "07", "11", "12"]))
        acct = kw.get("acct") or unique(lambda: digits(R.choice([9, 10, 12]), True))
        return {"t": "bank", "r": "US", "bank": b, "routing": rt, "acct": acct, "psp": kw.get("psp")}
    if kind == "UK":
        b = ch(UK_BANKS)
        sort = kw.get("sort") or f"{R.randint(10, 99)}-{digits(2)}-{digits(2)}"
        acct = kw.get("acct") or unique(lambda: digits(8, True))
        return {"t": "bank", "r": "UK", "bank": b, "sort": sort, "acct": acct,
                "iban": iban("GB", b[1] + sort.replace("-", "") + acct), "psp": kw.get("psp")}
    if kind == "CN":
        b = ch(CN_BANKS)
        c = kw.get("city") or ch(CN_CITIES)
        d = ch(c[4])
        acct = unique(lambda: b[3] + digits(R.choice([10, 13])))
        return {"t": "bank", "r": "CN", "bank": b, "city": c, "dist": d, "acct": acct, "holder": kw.get("holder")}
    b = ch(JP_BANKS)
    return {"t": "bank", "r": "JP", "bank": b, "branch": ch(JP_CITIES), "bcode": digits(3, True),
            "type": ch([("普通", "Ordinary", "Futsu"), ("普通", "Ordinary", "Futsu"), ("当座", "Current", "Toza")]),
            "acct": unique(lambda: digits(7, True))}


def bank_key(b):
    if b["r"] in ("DE",):
        return "IBAN|" + b["iban"]
    if b["r"] == "UK":
        return "UK|" + b["sort"] + "|" + b["acct"]
    if b["r"] == "US":
        return "US|" + b["routing"] + "|" + b["acct"]
    if b["r"] == "CN":
        return "CN|" + b["acct"]
    return "JP|" + b["bank"][2] + "|" + b["bcode"] + "|" + b["acct"]


CARD_BRANDS = [("Visa", "4", 16), ("Mastercard", "5", 16), ("Mastercard", "22", 16), ("Amex", "37", 15),
               ("UnionPay", "62", 16), ("JCB", "35", 16)]


def mk_card(region, bin6=None, last4=None):
    w = {"CN": [1, 2, 0, 0, 5, 0], "JP": [2, 2, 0, 1, 0, 4], "US": [5, 4, 1, 2, 0, 0], "DE": [4, 5, 1, 1, 0, 0],
         "UK": [5, 4, 0, 2, 0, 0]}[region]
    brand = R.choices(CARD_BRANDS, weights=w)[0]
    if bin6 is None:
        bin6 = brand[1] + digits(6 - len(brand[1]))
    else:
        brand = [b for b in CARD_BRANDS if bin6.startswith(b[1])][0]
    last4 = last4 or digits(4)
    exp = (R.randint(1, 12), R.randint(2026, 2031))
    key = ("card", bin6, last4, exp)
    if key in USED:
        return mk_card(region)
    USED.add(key)
    return {"t": "card", "brand": brand[0], "len": brand[2], "bin": bin6, "last4": last4, "exp": exp}


def card_key(c):
    return f'{c["bin"]}|{c["last4"]}|{c["exp"][0]:02d}/{c["exp"][1]}'


def mk_tax(region, company, city=None):
    if region == "CN":
        if company:
            return {"t": "tax", "r": "CN", "kind": "uscc", "v": uscc((city or ch(CN_CITIES))[7])}
        return {"t": "tax", "r": "CN", "kind": "id",
                "v": unique(lambda: (city or ch(CN_CITIES))[7][:4] + ch(["03", "05", "06", "82"]) +
                            f"{R.randint(1970, 2002)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}" + digits(3) +
                            ch("0123456789X"))}
    if region == "DE":
        if company:
            return {"t": "tax", "r": "DE", "kind": "vat", "v": unique(lambda: "DE" + digits(9, True))}
        return {"t": "tax", "r": "DE", "kind": "stnr",
                "v": unique(lambda: f"{R.randint(10, 99)}/{digits(3)}/{digits(5)}")}
    if region == "US":
        return {"t": "tax", "r": "US", "kind": "ein", "v": unique(lambda: f"{R.randint(10, 98)}-{digits(7)}")}
    if region == "UK":
        if company:
            return {"t": "tax", "r": "UK", "kind": "vat", "v": unique(lambda: "GB" + digits(9, True))}
        return {"t": "tax", "r": "UK", "kind": "utr", "v": unique(lambda: digits(10, True))}
    return {"t": "tax", "r": "JP", "kind": "corp" if company else "invoice", "v": unique(lambda: digits(13, True))}


def mk_device():
    v = unique(lambda: "%08x-%04x-%04x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), R.getrandbits(16),
                                                     R.getrandbits(16), R.getrandbits(48)))
    return {"t": "device", "v": v, "model": ch(["Windows 10 / Chrome", "Windows 11 / Edge", "macOS / Safari",
                                                  "iPhone / iOS", "Android / Chrome", "Windows 10 / 紫鸟浏览器",
                                                  "Linux / Firefox"])}


IP_BLOCKS = {"CN": ["113.", "116.", "183.", "219.", "27."], "DE": ["84.", "87.", "91.", "93."],
             "US": ["24.", "67.", "73.", "98."], "UK": ["81.", "86.", "92."], "JP": ["126.", "153.", "180."]}


def mk_ip(region):
    return unique(lambda: ch(IP_BLOCKS[region]) + ".".join(str(R.randint(1, 254)) for _ in range(3)))


# ----------------------------------------------------------------------------- renderers
def r_person(p, crm):
    r = p["r"]
    if r == "CN":
        opts = [p["cn"], p["cn"], f'{p["sur"]} {p["given"]}', f'{p["given"]} {p["sur"]}',
                f'{p["sur"].upper()} {p["given"].upper()}', f'{p["sur"]}, {p["given"]}',
                f'{p["sur"]} {"-".join(s.capitalize() for s in p["gsyl"])}', f'{p["cn"]} ({p["sur"]} {p["given"]})']
        w = {"cn": [5, 3, 1, 0, 1, 0, 0, 1], "de": [1, 0, 3, 2, 1, 2, 1, 1], "us": [1, 0, 2, 4, 2, 1, 1, 1]}[crm]
    elif r == "JP":
        k = p["kanji"]
        opts = [f"{k[0]} {k[1]}", f"{k[0]}{k[1]}", f'{p["sur"]} {p["given"]}', f'{p["given"]} {p["sur"]}',
                f'{p["sur"].upper()} {p["given"]}', f'{p["sur"]}, {p["given"]}']
        w = {"cn": [3, 2, 2, 1, 1, 0], "de": [1, 1, 2, 3, 1, 1], "us": [1, 0, 1, 4, 2, 1]}[crm]
    elif r == "US":
        mi = p["mi"]
        opts = [f'{p["given"]} {p["sur"]}', f'{p["given"]} {mi + ". " if mi else ""}{p["sur"]}',
                f'{p["sur"]}, {p["given"]}', f'{p["given"].upper()} {p["sur"].upper()}', f'{p["given"][0]}. {p["sur"]}']
        w = [4, 2, 2, 1, 1]
    else:  # DE, UK
        g, s = p["given"], p["sur"]
        opts = [f"{g} {s}", f"{s}, {g}", f"{g[0]}. {s}", f"{translit_de(g)} {translit_de(s)}",
                f"{translit_de(g).upper()} {translit_de(s).upper()}", f"Herr/Frau {s}" if r == "DE" else f"Mr/Ms {g} {s}"]
        w = {"de": [5, 3, 1, 0, 0, 0], "cn": [2, 0, 0, 3, 1, 0], "us": [3, 1, 1, 2, 2, 0]}[crm]
    return R.choices(opts, weights=w)[0]


def r_company(c, crm):
    r = c["r"]
    if r == "CN":
        city, w, ind = c["city"], c["word"], c["ind"]
        wcn = w[1][0] + w[2][0]
        wen = co_word_en(c)
        legal_cn = c["legal"]
        legal_en = {"有限公司": "Co., Ltd.", "有限责任公司": "Co., Ltd.", "商行": "Trading Firm",
                    "（香港）有限公司": "(HK) Limited"}[legal_cn]
        if legal_cn == "（香港）有限公司":
            opts = [f"{wcn}{ind[0]}（香港）有限公司", f"{wen} {ind[1]} (HK) Limited", f"{wen.upper()} {ind[1].upper()} (HK) LIMITED",
                    f"{wen} {ind[2]} HK Ltd", f"{wcn}{ind[0]}(香港)有限公司"]
            return R.choices(opts, weights={"cn": [4, 2, 1, 0, 2], "de": [1, 3, 2, 2, 0], "us": [1, 3, 2, 2, 0]}[crm])[0]
        opts = [f"{city[0]}市{wcn}{ind[0]}{legal_cn}", f"{city[0]}{wcn}{ind[0]}{legal_cn}", f"{wcn}{ind[0]}",
                f"{city[1]} {wen} {ind[1]} {legal_en}", f"{city[1].upper()} {wen.upper()} {ind[1].upper()} {legal_en.upper().replace(', ', ',')}",
                f"{city[1]} {wen} {ind[1]} {legal_en.replace('.', '').replace(',', '')}", f"{city[1]} {wen} {ind[1]}",
                f"{wen} {ind[1]} ({city[1]}) {legal_en}", f"{city[1]} {wen} {ind[2]} Co., Limited", f"{wen} {ind[2]}"]
        wt = {"cn": [5, 2, 2, 2, 1, 0, 1, 0, 0, 1], "de": [1, 0, 0, 4, 1, 2, 2, 1, 1, 1],
              "us": [1, 0, 0, 3, 3, 2, 2, 1, 1, 1]}[crm]
        return R.choices(opts, weights=wt)[0]
    if r == "JP":
        w = c["word"]
        name_k = w[1][0] + w[2][0]
        name_r = f"{w[1][1]} {w[2][1]}"
        lk = {"KK": "株式会社", "GK": "合同会社"}[c["legal"]]
        full_k = lk + name_k if c["pos"] == "pre" else name_k + lk
        abbr = {"KK": "(株)", "GK": "(同)"}[c["legal"]]
        short_k = abbr + name_k if c["pos"] == "pre" else name_k + abbr
        le = {"KK": ["Co., Ltd.", "K.K.", "Kabushiki Kaisha", "Inc."], "GK": ["G.K.", "LLC", "Godo Kaisha"]}[c["legal"]]
        opts = [full_k, short_k, name_k, f"{name_r} {le[0]}", f"{name_r} {ch(le)}", f"{name_r.upper()} {le[0].upper()}", name_r]
        return R.choices(opts, weights={"cn": [4, 1, 1, 2, 1, 1, 0], "de": [2, 0, 1, 3, 2, 1, 1],
                                        "us": [1, 1, 0, 3, 3, 2, 1]}[crm])[0]
    name = f'{c["word"][1]} {c["ind"]}'
    if r == "DE":
        lg = c["legal"]
        nt = translit_de(name)
        alts = {"GmbH": ["GmbH", "Gesellschaft mbH", "GMBH", "Gmbh"], "UG (haftungsbeschränkt)":
                ["UG (haftungsbeschränkt)", "UG (haftungsbeschraenkt)", "UG", "UG (h.b.)"],
                "GmbH & Co. KG": ["GmbH & Co. KG", "GmbH u. Co. KG", "GmbH&Co.KG"], "e.K.": ["e.K.", "e. K.", "eK", "Inh. e.K."],
                "OHG": ["OHG", "oHG", "offene Handelsgesellschaft"]}[lg]
        opts = [f"{name} {lg}", f"{name} {ch(alts)}", f"{name}-{lg}" if lg == "GmbH" else f"{name} {lg}", name,
                f"{nt} {ch(alts)}", f"{nt.upper()} {lg.upper()}", f"{name} {lg}, {c['city'][0]}"]
        return R.choices(opts, weights={"de": [5, 2, 1, 1, 0, 0, 1], "cn": [2, 1, 0, 1, 2, 1, 0],
                                        "us": [2, 1, 0, 1, 2, 2, 0]}[crm])[0]
    if r == "US":
        lg = c["legal"]
        opts = [f"{name} {lg[0]}", f"{name}, {ch(lg[1])}", f"{name.upper()} {lg[0].upper()}", name,
                f"{name} {lg[1][-1]}", f"{name} {lg[0]} ({c['city'][2]})", f"{name}, a {c['city'][2]} {lg[1][2] if lg[0] == 'LLC' else 'corporation'}"]
        return R.choices(opts, weights=[5, 3, 1, 1, 1, 2, 1])[0]
    lg = c["legal"]
    alts = {"Ltd": ["Ltd", "Ltd.", "Limited", "LIMITED"], "LLP": ["LLP", "L.L.P.", "Limited Liability Partnership"]}[lg]
    opts = [f"{name} {lg}", f"{name} {ch(alts)}", f"{name.upper()} {ch(alts).upper()}", name, f"{name} {lg}, {c['city'][0]}"]
    return R.choices(opts, weights=[5, 3, 1, 1, 2])[0]


def r_address(a, crm, partial=False):
    r = a["r"]
    if r == "CN":
        c, d = a["city"], a["dist"]
        rd_cn = a["road"][0][0] + a["road"][1][0] + a["road"][2][0]
        rd_en = (a["road"][0][1] + a["road"][1][1]).capitalize()
        bl_cn = a["bldg"][0][0] + a["bldg"][1][0] + a["bldg"][2][0]
        bl_en = (a["bldg"][0][1] + a["bldg"][1][1]).capitalize()
        blk_cn = f'{a["block"]}座' if a["block"] else ""
        blk_en = f'Block {a["block"]}, ' if a["block"] else ""
        room = a["room"]
        if partial:
            opts = [f'{c[0]}市{d[0]}{rd_cn}{a["no"]}号{bl_cn}', f'{rd_en} {a["road"][2][1]} No.{a["no"]}, {c[1]}, China',
                    f'{bl_en} {a["bldg"][2][1]} {room}, {c[1]}']
            return ch(opts)
        opts = [
            f'{c[2]}{c[0]}市{d[0]}{rd_cn}{a["no"]}号{bl_cn}{blk_cn}{room}室',
            f'{c[0]}市{d[0]}{rd_cn}{a["no"]}号{bl_cn}{blk_cn}{room}',
            f'中国{c[2]}{c[0]}市{d[0]}{rd_cn}{a["no"]}号{bl_cn}{blk_cn}{room}室，邮编{a["zip"]}',
            f'Room {room}, {blk_en}{bl_en} {a["bldg"][2][1]}, No. {a["no"]} {rd_en} {a["road"][2][1]}, {d[1]}, {c[1]}, {c[3]} {a["zip"]}, China',
            f'Rm.{room}, {blk_en}{bl_en} {a["bldg"][2][2]}, {a["no"]} {rd_en} {a["road"][2][2]}, {d[1].replace("District", "Dist.")}, {c[1]}, China',
            f'{room} {bl_en} {a["bldg"][2][1]}{" " + a["block"] if a["block"] else ""}, {a["no"]} {rd_en} {a["road"][2][1]}, {c[1]} {a["zip"]}',
            f'{rd_en} {a["road"][2][1]} {a["no"]}, {bl_en} {a["bldg"][2][1]} {a["block"]}{"-" if a["block"] else ""}{room}, {a["zip"]} {c[1]}, China',
            f'{c[1].upper()} {d[1].upper()} {rd_en.upper()} {a["road"][2][2].upper()} NO.{a["no"]} {bl_en.upper()} {a["block"]}{room}',
        ]
        return R.choices(opts, weights={"cn": [4, 3, 2, 2, 1, 0, 0, 1], "de": [1, 0, 0, 2, 1, 1, 3, 0],
                                        "us": [1, 0, 0, 3, 2, 2, 0, 2]}[crm])[0]
    if r == "DE":
        c = a["city"]
        st = a["street"]
        st_abbr = st.replace("straße", "str.")
        st_tr = translit_de(st)
        u = a["unit"]
        us_ = f", {u}" if u else ""
        if partial:
            return ch([f"{st} {a['no']}, {c[0]}", f"{st} {a['no']}{us_}, {a['zip']}", f"{a['zip']} {c[0]}, {st}"])
        opts = [f"{st} {a['no']}{us_}, {a['zip']} {c[0]}", f"{st_abbr} {a['no']}{us_}, {a['zip']} {c[0]}, Deutschland",
                f"{a['zip']} {c[0]}, {st} {a['no']}{us_}", f"{st} {a['no']}{' · ' + u if u else ''} · {a['zip']} {c[0]}",
                f"{st_tr} {a['no']}{us_}, {translit_de(c[0])} {a['zip']}, Germany",
                f"{st_tr} {a['no']}{us_}, {a['zip']} {translit_de(c[0])}, Germany",
                f"德国 {c[3]} {st} {a['no']}{us_}, {a['zip']}", f"{st.upper()} {a['no']}{us_.upper()}, D-{a['zip']} {c[0].upper()}"]
        return R.choices(opts, weights={"de": [5, 3, 1, 1, 0, 0, 0, 1], "cn": [1, 0, 0, 0, 1, 2, 3, 0],
                                        "us": [1, 0, 0, 0, 3, 2, 0, 1]}[crm])[0]
    if r == "US":
        c = a["city"]
        stf = f"{a['no']} {a['street']} {a['sttype'][0]}"
        sta = f"{a['no']} {a['street']} {a['sttype'][1]}"
        un = a["unit"]
        uf = f"{un[0]} {a['unitno']}" if un else ""
        ua = f"{un[1]} {a['unitno']}" if un else ""
        uh = f"#{a['unitno']}" if un else ""
        if partial:
            return ch([f"{stf}, {c[0]}, {c[1]}", f"{sta}{' ' + ua if un else ''}, {c[0]}", f"{stf}, {c[1]} {a['zip']}"])
        opts = [f"{stf}{', ' + uf if un else ''}, {c[0]}, {c[1]} {a['zip']}",
                f"{sta}{' ' + ua if un else ''}, {c[0]} {c[1]} {a['zip']}-{a['zip4']}, USA",
                f"{uf + ', ' if un else ''}{sta}., {c[0]}, {c[2]} {a['zip']}",
                f"{sta.upper()}{' ' + uh if un else ''} {c[0].upper()} {c[1]} {a['zip']}",
                f"美国 {c[1]} {c[0]} {sta}{' ' + uf if un else ''} 邮编{a['zip']}",
                f"{stf}{', ' + uf if un else ''}, {a['zip']} {c[0]}, {c[1]}, USA"]
        return R.choices(opts, weights={"us": [5, 3, 2, 2, 0, 0], "cn": [2, 1, 0, 1, 3, 0], "de": [2, 1, 0, 0, 0, 3]}[crm])[0]
    if r == "UK":
        c = a["city"]
        stf = f"{a['no']} {a['street']} {a['sttype'][0]}"
        sta = f"{a['no']} {a['street']} {a['sttype'][1]}"
        un = a["unit"]
        uf = f"{un[0]} {a['unitno']}" if un else ""
        pc = a["pc"]
        if partial:
            return ch([f"{stf}, {c[0]}", f"{uf + ', ' if un else ''}{stf}, {pc.split()[0]}"])
        opts = [f"{uf + ', ' if un else ''}{stf}, {c[0]} {pc}", f"{sta}{', ' + uf if un else ''}, {c[0].upper()}, {pc.replace(' ', '')}, United Kingdom",
                f"{uf + ' ' if un else ''}{stf} {c[0]} {pc} UK", f"{uf + ', ' if un else ''}{stf}, {c[0]}, {pc}, GB",
                f"英国 {c[0]} {stf}{' ' + uf if un else ''} {pc}", f"{stf}{', ' + uf if un else ''}, {pc} {c[0]}, Vereinigtes Königreich"]
        return R.choices(opts, weights={"us": [4, 2, 2, 2, 0, 0], "cn": [2, 1, 1, 0, 3, 0], "de": [3, 1, 0, 1, 0, 2]}[crm])[0]
    c = a["city"]
    z = a["zip"]
    cb = f"{a['chome']}-{a['ban']}-{a['go']}"
    if partial:
        return ch([f"{c[0]}{c[1]}{a['town'][0]}{a['chome']}丁目{a['ban']}-{a['go']}", f"{cb} {a['town'][1]}, {c[2]}, {c[3]}"])
    opts = [f"〒{z[:3]}-{z[3:]} {c[0]}{c[1]}{a['town'][0]}{a['chome']}丁目{a['ban']}-{a['go']} {a['bldg'][0]}{a['room']}号室",
            f"{c[0]}{c[1]}{a['town'][0]}{cb} {a['bldg'][0]}{a['room']}",
            f"{a['bldg'][1]} {a['room']}, {cb} {a['town'][1]}, {c[2]}, {c[3]} {z[:3]}-{z[3:]}, Japan",
            f"Room {a['room']}, {cb} {a['town'][1]}, {c[2]}, {c[3]} {z} JP",
            f"日本 {c[0]}{c[1]}{a['town'][0]}{cb}-{a['room']} 邮编{z}",
            f"{a['town'][1]} {cb}, {a['bldg'][1]} {a['room']}, {z[:3]}-{z[3:]} {c[3]}, Japan"]
    return R.choices(opts, weights={"us": [1, 1, 3, 2, 0, 0], "cn": [2, 2, 1, 0, 3, 0], "de": [1, 1, 2, 0, 0, 3]}[crm])[0]


def r_phone(p, crm, partial=False):
    cc = {"CN": "86", "DE": "49", "US": "1", "UK": "44", "JP": "81"}[p[0]]
    if p[0] == "CN":
        if p[1] == "m":
            n = p[2]
            nat = [f"{n[:3]} {n[3:7]} {n[7:]}", n, f"{n[:3]}-{n[3:7]}-{n[7:]}"]
            intl = [f"+86 {n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}", f"0086 {n}", f"+86{n}", f"(+86) {n}"]
        else:
            a, s = p[2], p[3]
            nat = [f"0{a}-{s}", f"0{a} {s[:4]} {s[4:]}", f"(0{a}){s}"]
            intl = [f"+86 {a} {s[:4]} {s[4:]}", f"+86-{a}-{s}", f"0086{a}{s}"]
            if partial:
                return s
    elif p[0] == "DE":
        a, s = p[2], p[3]
        if p[1] == "m":
            nat = [f"0{a} {s}", f"0{a}/{s}", f"0{a}-{s}", f"0{a}{s}"]
            intl = [f"+49 {a} {s}", f"+49 (0){a} {s}", f"0049{a}{s}", f"+49{a}{s}", f"+49-{a}-{s}"]
        else:
            nat = [f"0{a} {s}", f"0{a}/{s}", f"(0{a}) {s}", f"0{a}-{s}", f"0{a} {chunks(s, 2)}"]
            intl = [f"+49 {a} {s}", f"+49 (0){a} {s}", f"0049 {a} {s}", f"+49{a}{s}"]
            if partial:
                return s
    elif p[0] == "US":
        a, x, s = p[2], p[3], p[4]
        nat = [f"({a}) {x}-{s}", f"{a}-{x}-{s}", f"{a}.{x}.{s}", f"{a}{x}{s}"]
        intl = [f"+1 ({a}) {x}-{s}", f"+1 {a}-{x}-{s}", f"+1{a}{x}{s}", f"001-{a}-{x}-{s}", f"1-{a}-{x}-{s}"]
        if partial:
            return f"{x}-{s}"
    elif p[0] == "UK":
        if p[1] == "m":
            n = p[2] + p[3]
            nat = [f"0{n[:4]} {n[4:]}", f"0{n}", f"0{n[:4]}-{n[4:]}"]
            intl = [f"+44 {n[:4]} {n[4:]}", f"+44 (0){n[:4]} {n[4:]}", f"+44{n}", f"0044 {n}"]
        else:
            a, s = p[2], p[3]
            nat = [f"0{a} {s[:4]} {s[4:]}", f"0{a} {s}", f"(0{a}) {s}"]
            intl = [f"+44 {a} {s[:4]} {s[4:]}", f"+44 (0){a} {s}", f"+44{a}{s}"]
            if partial:
                return s
    else:
        if p[1] == "m":
            a, x, s = p[2], p[3], p[4]
            nat = [f"0{a}-{x}-{s}", f"0{a}{x}{s}", f"0{a} {x} {s}"]
            intl = [f"+81 {a}-{x}-{s}", f"+81-{a}-{x}-{s}", f"+81 {a}{x}{s}", f"+81{a}{x}{s}"]
        else:
            a, x, s = p[2], p[3], p[4]
            nat = [f"0{a}-{x}-{s}", f"0{a}{x}{s}", f"(0{a}) {x}-{s}"]
            intl = [f"+81 {a} {x} {s}", f"+81-{a}-{x}-{s}"]
            if partial:
                return f"{x}-{s}"
    home = {"de": "DE", "cn": "CN", "us": "US"}[crm]
    p_nat = 0.75 if p[0] == home else 0.35
    if partial and p[1] == "m":  # drop last digit
        v = ch(nat)
        return v[:-1]
    return ch(nat) if R.random() < p_nat else ch(intl)


def gmail_dots(local):
    base = local.replace(".", "")
    if len(base) < 4:
        return base
    k = R.randint(0, 2)
    pos = sorted(R.sample(range(1, len(base)), k))
    out, last = [], 0
    for q in pos:
        out.append(base[last:q])
        last = q
    out.append(base[last:])
    return ".".join(out)


def r_email(e, crm, partial=False):
    local, dom = e
    if partial:
        return ch([f"{local}@{dom.split('.')[0]}", f"{local}@{dom[:-1]}", f"{local}{dom}", f"{local}@{dom.replace('.', ',')}"])
    v = local
    d = dom
    r = R.random()
    if dom in ("gmail.com",) and R.random() < 0.45:
        v = gmail_dots(local)
        if R.random() < 0.2:
            d = "googlemail.com"
    if R.random() < 0.05 and dom == "gmail.com":
        v = v + "+" + ch(["amazon", "seller", "de", "us"])
    s = f"{v}@{d}"
    if r < 0.15:
        s = s.upper()
    elif r < 0.35:
        s = s[0].upper() + s[1:]
        if "." in v:
            s = ".".join(x.capitalize() for x in s.split("@")[0].split(".")) + "@" + s.split("@")[1]
    elif r < 0.4:
        s = s.split("@")[0] + "@" + d.capitalize()
    if crm == "de" and R.random() < 0.05:
        s = f"mailto:{s}"
    if R.random() < 0.04:
        s = f"<{s}>"
    return s


def r_login(l, crm, partial=False):
    if l[0] == "email":
        return r_email(l[1], crm, partial)
    u = l[1]
    return ch([u, u, u.lower(), u.upper(), u.capitalize()])


def r_bank(b, crm, partial=False):
    r = b["r"]
    psp = b.get("psp")
    if r == "DE":
        ib = b["iban"]
        sp = chunks(ib, 4)
        bname = psp or b["bank"][0]
        if partial:
            return ch([ib[:-2], sp[:-3], f"IBAN {ib[:4]}...{ib[-4:]}", f"Kto {b['acct'].lstrip('0')}"])
        opts = [sp, ib, f"IBAN: {sp}, BIC {b['bic']}", f"{bname} IBAN {sp}", f"Kto {b['acct'].lstrip('0')} BLZ {b['blz']}",
                f"Kto.-Nr. {b['acct'].lstrip('0')}, BLZ {b['blz'][:3]} {b['blz'][3:6]} {b['blz'][6:]}", ib.lower(),
                f"德国账户 {bname} IBAN：{ib}", f"收款账户 IBAN {sp}", f"IBAN {chunks(ib, 4, '-')}", f"Acct {ib} (SWIFT {b['bic']})",
                f"{bname} {ib}"]
        w = {"de": [4, 2, 2, 1, 2, 1, 0, 0, 0, 0, 0, 1], "cn": [2, 3, 0, 1, 0, 0, 0, 3, 2, 0, 0, 1],
             "us": [2, 3, 1, 1, 0, 0, 1, 0, 0, 1, 2, 1]}[crm]
        return R.choices(opts, weights=w)[0]
    if r == "US":
        rt, ac = b["routing"], b["acct"]
        bname = psp or b["bank"][0]
        if partial:
            return ch([f"ACCT {ac}", f"{bname} checking ****{ac[-4:]}", f"RTN {rt} ACCT ...{ac[-4:]}", f"Account {ac[:-1]}"])
        opts = [f"RTN {rt} ACCT {ac}", f"Routing: {rt} / Account: {ac}", f"{bname} {rt}-{ac}", f"ABA {rt}, Acct# {ac}",
                f"{bname}, routing {rt}, account {ac}", f"Acct {ac} (routing {rt})", f"美国收款账户 {bname} 路由号 {rt} 账号 {ac}",
                f"US-Konto {bname}: ABA {rt}, Kto {ac}", f"ACH {rt}/{ac}", f"{bname} ACCT {chunks(ac, 4)} RTN {rt}"]
        w = {"us": [4, 3, 2, 2, 2, 1, 0, 0, 1, 1], "cn": [2, 1, 2, 0, 1, 0, 4, 0, 0, 1], "de": [2, 1, 1, 1, 0, 0, 0, 3, 0, 1]}[crm]
        return R.choices(opts, weights=w)[0]
    if r == "UK":
        so, ac = b["sort"], b["acct"]
        ib = b["iban"]
        bname = psp or b["bank"][0]
        if partial:
            return ch([f"acc {ac}", f"sort code {so}", f"{bname} ****{ac[-4:]}"])
        opts = [f"sort code {so} acc {ac}", f"Sort Code: {so.replace('-', '')}, Account No: {ac}", f"{so} {ac}", f"{so} / {ac}",
                chunks(ib, 4), ib, f"{bname} SC {so} A/C {ac}", f"英国账户 {bname} Sort code {so} 账号 {ac}",
                f"UK-Konto Sortcode {so} Kto {ac}", f"IBAN {ib}"]
        w = {"us": [3, 2, 1, 1, 1, 1, 2, 0, 0, 1], "cn": [2, 1, 0, 1, 0, 2, 1, 4, 0, 1], "de": [2, 1, 0, 0, 3, 2, 0, 0, 2, 2]}[crm]
        return R.choices(opts, weights=w)[0]
    if r == "CN":
        bk, c, d, ac = b["bank"], b["city"], b["dist"], b["acct"]
        br_cn = f"{bk[0]}{c[0]}{d[0].rstrip('区镇街道')}支行"
        br_en = f"{bk[1]}, {c[1]} {d[1].split()[0]} Sub-branch"
        if partial:
            return ch([f"开户行：{br_cn}", f"账号：{ac[:-3]}", f"{bk[2]} ****{ac[-4:]}"])
        holder = b.get("holder")
        opts = [f"开户行：{br_cn} 账号：{chunks(ac, 4)}", f"开户行：{br_cn}；账号：{ac}",
                (f"户名：{holder}；" if holder else "") + f"开户行：{br_cn}；账号：{ac}", f"账号{ac}", f"{bk[0]} {ac}",
                f"{br_en}, A/C No. {ac}", f"{bk[2]} {ac}", f"{bk[1]} A/C {chunks(ac, 4)}", f"Bank: {bk[1]} ({c[1]}), Account {ac}",
                f"Konto {ac} bei {bk[1]}, {c[1]}", f"{bk[2]} {chunks(ac, 4, '-')}"]
        w = {"cn": [4, 3, 3, 2, 2, 0, 0, 0, 0, 0, 1], "us": [0, 0, 0, 0, 0, 3, 2, 2, 2, 0, 1], "de": [1, 0, 0, 0, 0, 2, 1, 1, 1, 3, 0]}[crm]
        return R.choices(opts, weights=w)[0]
    bk, br, bc, t, ac = b["bank"], b["branch"], b["bcode"], b["type"], b["acct"]
    brn = br[1].replace("区", "").split("市")[-1]
    if partial:
        return ch([f"{bk[0]} {t[0]} {ac}", f"{bk[1]} acct {ac}"])
    opts = [f"{bk[0]} {brn}支店({bc}) {t[0]} {ac}", f"{bk[1]}, {br[2].split(',')[0].replace('-ku', '')} Branch ({bc}), {t[1]} {ac}",
            f"{bk[2]}-{bc}-{ac}", f"銀行コード{bk[2]} 支店コード{bc} {t[0]}預金 {ac}", f"Bank {bk[2]} Branch {bc} {t[2]} {ac}",
            f"{bk[0]} 支店番号{bc} 口座番号{ac}"]
    return R.choices(opts, weights={"cn": [3, 1, 1, 2, 0, 2], "us": [1, 3, 2, 0, 3, 0], "de": [1, 3, 2, 0, 2, 0]}[crm])[0]


def r_card(c, crm, partial=False):
    b, l4, n = c["bin"], c["last4"], c["len"]
    m, y = c["exp"]
    mid = n - 10
    if partial:
        return ch([f"{c['brand']} ending {l4}", f"**** **** **** {l4}", f"{b}{'*' * mid}{l4}", f"xxxx{l4} exp ??/{y % 100:02d}"])
    if n == 16:
        sp = f"{b[:4]} {b[4:6]}** **** {l4}"
        spx = f"{b[:4]} {b[4:6]}XX XXXX {l4}"
        dash = f"{b[:4]}-{b[4:6]}**-****-{l4}"
    else:
        sp = f"{b[:4]} {b[4:6]}***** *{l4[1:]}" if False else f"{b[:4]} {b[4:]}{'*' * 4} *{l4}"
        spx = f"{b[:4]} {b[4:]}XXXX X{l4}"
        dash = f"{b[:4]}-{b[4:]}****-*{l4}"
    flat_star = f"{b}{'*' * mid}{l4}"
    flat_x = f"{b}{'x' * mid}{l4}"
    e1, e2, e3, e4 = f"{m:02d}/{y}", f"{m:02d}/{y % 100:02d}", f"{y}-{m:02d}", f"{m}/{y % 100:02d}"
    opts = [f"{sp} ({e1})", f"{flat_x} exp {e2}", f"{flat_star} {e2}", f"{c['brand']} ****{l4} exp {e3}",
            f"卡号：{flat_star} 有效期：{e2}", f"卡号 {sp} 有效期 {y}年{m:02d}月", f"Kreditkarte {spx}, gültig bis {e1}",
            f"{c['brand']} {spx} gültig bis {e2}", f"{c['brand'].upper()} ending in {l4} (exp {e4})", f"{dash} 有効期限 {e2}",
            f"{flat_star} {m:02d}{y % 100:02d}", f"{c['brand']} {b}******{l4} Exp: {e1}" if n == 16 else f"{c['brand']} {flat_star} Exp: {e1}"]
    w = {"de": [3, 1, 1, 0, 0, 0, 3, 2, 0, 0, 1, 0], "cn": [1, 1, 2, 0, 4, 2, 0, 0, 0, 1, 1, 1],
         "us": [2, 3, 1, 3, 0, 0, 0, 0, 2, 0, 1, 2]}[crm]
    return R.choices(opts, weights=w)[0]


def r_tax(t, crm, partial=False):
    v = t["v"]
    k = t["kind"]
    if partial:
        return v[:-1] if len(v) > 6 else v
    if k == "vat":
        cc, num = v[:2], v[2:]
        if cc == "DE":
            opts = [v, f"{cc} {chunks(num, 3)}", f"USt-IdNr. {v}", f"USt-ID: {v}", f"VAT {v}", num, f"增值税号 {v}", f"{cc}-{num}"]
            w = {"de": [3, 2, 3, 2, 0, 1, 0, 0], "cn": [3, 1, 0, 0, 1, 0, 3, 0], "us": [3, 1, 0, 0, 3, 0, 0, 1]}[crm]
        else:
            opts = [v, f"GB {num[:3]} {num[3:7]} {num[7:]}", f"VAT Reg No {num[:3]} {num[3:7]} {num[7:]}", f"VAT: {v}", num, f"英国VAT号 {v}"]
            w = {"de": [3, 2, 1, 2, 1, 0], "cn": [3, 1, 0, 1, 0, 3], "us": [3, 2, 2, 2, 1, 0]}[crm]
        return R.choices(opts, weights=w)[0]
    if k == "stnr":
        d = v.replace("/", "")
        return ch([v, f"St.-Nr. {v}", d, f"Steuernummer {v.replace('/', ' ')}", f"Tax No. {v}"])
    if k == "uscc":
        return R.choices([v, f"统一社会信用代码：{v}", f"统一社会信用代码 {v}", f"USCC {v}", v.lower(), chunks(v, 6),
                          f"Unified Social Credit Code: {v}", f"Reg. No. {v}"],
                         weights={"cn": [4, 3, 2, 0, 0, 1, 0, 0], "us": [3, 0, 0, 2, 1, 1, 2, 1], "de": [3, 0, 0, 1, 1, 1, 2, 2]}[crm])[0]
    if k == "id":
        return R.choices([v, f"身份证号：{v}", f"ID {v}", f"{v[:6]} {v[6:14]} {v[14:]}", v.lower()], weights=[3, 3, 1, 1, 1])[0]
    if k == "ein":
        d = v.replace("-", "")
        return ch([v, d, f"EIN {v}", f"EIN: {v}", f"Tax ID: {v[:2]} {v[3:]}", f"FEIN {d}"])
    if k == "utr":
        return ch([v, f"UTR {v}", f"{v[:5]} {v[5:]}", f"UTR: {v[:5]} {v[5:]}"])
    if k == "corp":
        return ch([v, f"法人番号 {v}", f"法人番号：{v}", f"T{v}", f"Corporate No. {v[:4]}-{v[4:8]}-{v[8:]}", f"登録番号 T{v}"])
    return ch([f"T{v}", f"登録番号 T{v}", f"T-{v}", v, f"Invoice Reg. T{v}"])


def r_ip(ip, crm, partial=False):
    if partial:
        return ".".join(ip.split(".")[:3]) + ".x"
    r = R.random()
    if r < 0.08:
        return "::ffff:" + ip
    if r < 0.14:
        return f"{ip}:{R.randint(1024, 65535)}"
    if r < 0.17:
        return ".".join(f"{int(x):03d}" for x in ip.split("."))
    if r < 0.2:
        return ip + " "
    return ip


def r_device(d, crm, partial=False):
    v = d["v"]
    if partial:
        return v[:8]
    opts = [v, v.upper(), v.replace("-", ""), f"dev:{v.upper()}", f"{d['model']} | {v}", f"fp_{v.replace('-', '')[:20]}",
            "{" + v.upper() + "}", f"设备ID {v}"]
    w = {"cn": [3, 1, 1, 0, 1, 1, 0, 3], "de": [3, 2, 1, 2, 1, 1, 1, 0], "us": [3, 2, 2, 1, 2, 1, 1, 0]}[crm]
    return R.choices(opts, weights=w)[0]


def r_store(s, crm, partial=False):
    r = R.random()
    if r < 0.55:
        return s
    if r < 0.7:
        return s.upper()
    if r < 0.8:
        return s.lower()
    if r < 0.9:
        return s.replace(" ", "-") if " " in s else s + " Store"
    return s + ch([" Official", " DE", " EU", "-Shop", " 官方店"])


# ----------------------------------------------------------------------------- typos
KEYB = {c: n for c, n in zip("1234567890", "2135468709")}


def typo(s):
    if len(s) < 4:
        return s
    i = R.randrange(1, len(s) - 1)
    op = R.random()
    if op < 0.3:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op < 0.6:
        return s[:i] + s[i + 1:]
    if op < 0.8:
        return s[:i] + s[i] + s[i:]
    c = s[i]
    if c.isdigit():
        return s[:i] + KEYB[c] + s[i + 1:]
    if c.isalpha() and c.isascii():
        return s[:i] + ch("aeiounrst") + s[i + 1:]
    return s[:i] + s[i + 1:]


# ----------------------------------------------------------------------------- operators
REGIONS = ["CN", "DE", "US", "UK", "JP"]
REGION_W = [40, 25, 19, 9, 7]
SIZES = [1, 2, 3, 4, 5, 6, 7]
SIZE_W = [70, 13, 7, 4, 3, 2, 1]
MARKETS = {"CN": ["US", "DE", "UK", "JP", "FR", "IT", "ES", "CA"], "DE": ["DE", "DE", "FR", "IT", "ES", "UK", "NL", "US"],
           "US": ["US", "US", "CA", "MX", "UK", "DE"], "UK": ["UK", "UK", "DE", "FR", "US"], "JP": ["JP", "JP", "US"]}
FREE_MAIL = {"CN": ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "foxmail.com"],
             "DE": ["web.de", "gmx.de", "gmail.com", "t-online.de", "posteo.de"],
             "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"],
             "UK": ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com"],
             "JP": ["gmail.com", "yahoo.co.jp", "icloud.com", "docomo.ne.jp"]}


def slug(s):
    s = translit_de(s).lower()
    return "".join(c for c in s if c.isalnum())


def person_local(p):
    g, s = slug(p["given"]), slug(p["sur"])
    return ch([f"{g}.{s}", f"{g}{s}", f"{s}{g}", f"{g[0]}{s}", f"{g}_{s}", f"{s}.{g}"]) + ch(["", "", digits(2), digits(3), str(R.randint(1970, 2001))])


def mk_email(p, domain):
    if domain in ("qq.com", "foxmail.com") and R.random() < 0.7:
        return unique(lambda: (digits(R.randint(8, 10), True), domain))
    return unique(lambda: (person_local(p), domain))


class Op:
    pass


def new_operator(oid):
    o = Op()
    o.id = oid
    o.region = R.choices(REGIONS, weights=REGION_W)[0]
    o.n = R.choices(SIZES, weights=SIZE_W)[0]
    o.is_company = R.random() < (0.85 if o.region == "CN" else 0.65)
    reg = o.region
    o.persons = [mk_person(reg)]
    o.companies = [mk_company(reg)] if o.is_company else []
    ccity = o.companies[0]["city"] if o.is_company else None
    o.addresses = [mk_address(reg, city=ccity if reg != "CN" else ccity)]
    if R.random() < 0.2:
        o.addresses.append(mk_address(reg))
    area = None
    o.phones = [mk_phone(reg)]
    if R.random() < 0.45:
        o.phones.append(mk_phone(reg))
    # banks
    o.banks = []
    if reg == "CN":
        holder = None
        if o.is_company:
            c = o.companies[0]
            holder = f"{c['city'][0]}市{c['word'][1][0]}{c['word'][2][0]}{c['ind'][0]}{c['legal']}"
        if R.random() < 0.6:
            o.banks.append(mk_bank("CN", city=ccity, holder=holder))
        if R.random() < 0.55 or not o.banks:
            psp = ch(list(PSPS))
            P = PSPS[psp]
            o.banks.append(mk_bank("US", routing=P["us_routing"], psp=psp,
                                   acct=unique(lambda: ch(P["us_prefix"]) + digits(6))))
        if R.random() < 0.2:
            psp = ch(["Aerowire", "Payonix"])
            P = PSPS[psp]
            o.banks.append(mk_bank("DE", blz=P["de_blz"], psp=psp, acct=unique(lambda: P["de_prefix"] + digits(8))))
        if R.random() < 0.15:
            psp = ch(["GlobeFirst", "PingLink"])
            P = PSPS[psp]
            o.banks.append(mk_bank("UK", sort=P["uk_sort"], psp=psp, acct=unique(lambda: P["uk_prefix"] + digits(6))))
    else:
        o.banks.append(mk_bank(reg))
        if R.random() < 0.25:
            o.banks.append(mk_bank(ch([reg, "US", "UK", "DE"])))
    o.cards = [mk_card(reg)]
    if R.random() < 0.35:
        o.cards.append(mk_card(reg))
    o.taxes = [mk_tax(reg, o.is_company, ccity)] if (o.is_company or R.random() < 0.5) else []
    o.devices = [mk_device() for _ in range(R.choice([1, 1, 2, 3]))]
    o.ips = [mk_ip(reg) for _ in range(R.choice([1, 1, 2, 3]))]
    doms = FREE_MAIL[reg]
    o.contact_emails = [mk_email(o.persons[0], ch(doms))]
    o.co_domain = None
    if o.is_company and R.random() < 0.5:
        o.co_domain = unique(lambda: slug(co_word_en(o.companies[0])) + ch(["-tech", "", "shop", "-trade", "online", "-gmbh" if reg == "DE" else "-co"]) +
                             ch([".com", ".com", ".net", {"DE": ".de", "CN": ".cn", "US": ".us", "UK": ".co.uk", "JP": ".jp"}[reg]]))
    o.stealth = o.n >= 2 and R.random() < 0.15  # one company per account, linked only by few shared details
    o.extra_ips = []  # shared (trap) IPs
    o.extra_phones = []
    o.extra_stores = []
    o.forced = defaultdict(list)
    o.trapped = set()  # kind -> values that must appear in account 0
    return o


ops = []
total = 0
while total < TARGET_ACCOUNTS:
    o = new_operator(f"OP{len(ops) + 1:04d}")
    if total + o.n > TARGET_ACCOUNTS:
        o.n = TARGET_ACCOUNTS - total
        o.stealth = o.stealth and o.n >= 2
    ops.append(o)
    total += o.n

# ----------------------------------------------------------------------------- traps
TRAPS = []  # (opA, opB, kind, why)   value is forced into account 0 of both


def pick(pred, k=1, tag=None):
    cands = [o for o in ops if pred(o) and (tag is None or tag not in o.trapped)]
    out = R.sample(cands, k) if len(cands) >= k else []
    if tag:
        for o in out:
            o.trapped.add(tag)
    return out


# namesakes: give different private sellers the same (common) name
for _ in range(45):
    reg = R.choices(["CN", "US", "DE", "UK", "JP"], weights=[45, 25, 15, 10, 5])[0]
    pr = pick(lambda o: o.region == reg and not o.stealth, 2, "person")
    if not pr:
        continue
    a, b = pr
    if reg == "CN":
        p = {"t": "person", "r": "CN", "cn": "李娜", "sur": "Li", "given": "Na", "gsyl": ["na"]} if R.random() < 0.3 else dict(a.persons[0])
    elif reg == "US" and R.random() < 0.3:
        p = {"t": "person", "r": "US", "given": "David", "sur": "Brown", "mi": ""}
    else:
        p = dict(a.persons[0])
    a.persons[0] = p
    b.persons[0] = dict(p)
    for o_ in (a, b):
        if not o_.contact_emails[0][0].isdigit():
            o_.contact_emails[0] = mk_email(p, o_.contact_emails[0][1])
    if R.random() < 0.3:  # also similar e-mail local part on another provider
        loc = a.contact_emails[0][0]
        if not loc.isdigit():
            dom = ch([d for d in FREE_MAIL[reg] if d != a.contact_emails[0][1]])
            e = (loc, dom)
            if e not in USED:
                USED.add(e)
                b.contact_emails[0] = e
                TRAPS.append((a, b, "person_name", "namesake_person_name_and_similar_email"))
                continue
    TRAPS.append((a, b, "person_name", "namesake_person_name"))

# companies that differ only in the distinctive word (same city, industry, form)
for _ in range(45):
    reg = R.choices(["CN", "DE", "US", "UK"], weights=[60, 20, 12, 8])[0]
    pr = pick(lambda o: o.region == reg and o.is_company and not o.stealth, 2, "company")
    if not pr:
        continue
    a, b = pr
    ca = a.companies[0]
    cb = b.companies[0]
    cb.update({k: ca[k] for k in ("city", "ind", "legal") if k in ca})
    if reg == "CN" and R.random() < 0.5:  # share one syllable, e.g. Ruiwan vs Ruijun
        w = unique(lambda: ("CNW", ca["word"][1], ch([s for s in CN_SYL if s != ca["word"][2]])))
        cb["word"] = w
    TRAPS.append((a, b, "company_name", "company_name_differs_only_in_distinctive_word"))

# same trade name, other legal form or other city
for _ in range(35):
    reg = R.choices(["CN", "DE", "US", "UK", "JP"], weights=[45, 25, 15, 10, 5])[0]
    pr = pick(lambda o: o.region == reg and o.is_company and not o.stealth, 2, "company")
    if not pr:
        continue
    a, b = pr
    ca, cb = a.companies[0], b.companies[0]
    cb["word"] = ca["word"]
    if reg == "CN":
        cb["ind"] = ca["ind"]
        if R.random() < 0.6:
            cb["city"] = ch([c for c in CN_CITIES if c != ca["city"]])
            cb["legal"] = ca["legal"]
        else:
            cb["city"] = ca["city"]
            cb["legal"] = ch(["（香港）有限公司", "商行"])
    elif reg == "JP":
        cb["legal"] = "GK" if ca["legal"] == "KK" else "KK"
    else:
        cb["ind"] = ca["ind"]
        if R.random() < (0.5 if reg == "DE" else 0.75):
            lst = {"DE": DE_LEGAL, "US": US_LEGAL, "UK": ["Ltd", "LLP"]}[reg]
            cb["legal"] = ch([l for l in lst if l != ca["legal"]])
            cb["city"] = ca["city"]
        else:
            cb["legal"] = ca["legal"]
            lst = {"DE": DE_CITIES, "US": US_CITIES, "UK": UK_CITIES}[reg]
            cb["city"] = ch([c for c in lst if c != ca["city"]])
    TRAPS.append((a, b, "company_name", "same_trade_name_other_legal_form_or_city"))

# shared co-working / virtual office addresses (exact same full address) + reception phone + office IP
VO_GROUPS = []
for i in range(12):
    reg = ["DE", "DE", "US", "US", "US", "UK", "UK", "CN", "CN", "CN", "JP", "DE"][i]
    vo = mk_address(reg)
    if reg == "DE":
        vo["unit"] = ch(["c/o Elbkontor Business Center", "c/o SpaceHub Coworking", "c/o Kontorwerk Office Services"])
    elif reg in ("US", "UK"):
        vo["unit"] = ("Suite", "Ste")
        vo["unitno"] = str(R.randint(1, 9) * 100)
    vphone = mk_phone(reg, mobile=False)
    vip = mk_ip(reg)
    pool_regions = [reg, "CN"] if reg in ("US", "UK", "DE") else [reg]
    members = pick(lambda o: o.region in pool_regions and not o.stealth, R.randint(3, 10), "address")
    for o in members:
        if o.region != reg:
            o.addresses.append(vo)  # CN seller using an overseas virtual office
            o.forced["address"].append(vo)
        else:
            o.addresses[0] = vo
        if R.random() < 0.4:
            o.extra_phones.append(vphone)
            o.forced["phone"].append(vphone)
        if R.random() < 0.5:
            o.extra_ips.append(vip)
            o.forced["ip"].append(vip)
    VO_GROUPS.append((members, vo))

# neighbours: same building other room / same street other number
for _ in range(60):
    reg = R.choices(["CN", "DE", "US", "UK", "JP"], weights=[45, 22, 15, 10, 8])[0]
    pr = pick(lambda o: o.region == reg, 2, "address")
    if not pr:
        continue
    a, b = pr
    aa = a.addresses[0]
    nb = dict(aa)
    same_building = R.random() < 0.6
    if same_building:
        why = "neighbour_same_building_other_room"
        if reg in ("CN", "JP"):
            while nb["room"] == aa["room"]:
                nb["room"] = str(R.randint(2, 28)) + f"{R.randint(1, 30):02d}"
        elif reg == "DE":
            choices_u = [f"Büro {R.randint(1, 5)}.{R.randint(1, 20):02d}", f"{R.randint(1, 6)}. OG", "Hinterhaus", "Vorderhaus"]
            nb["unit"] = ch([u for u in choices_u if u != aa["unit"]])
        else:
            if not aa["unit"]:
                aa["unit"] = ("Suite", "Ste") if reg == "US" else ("Unit", "Unit")
            nb["unit"] = aa["unit"]
            while nb["unitno"] == aa["unitno"]:
                nb["unitno"] = str(R.randint(1, 40) * (10 if reg == "US" else 1))
    else:
        why = "neighbour_same_street_other_number"
        if reg == "JP":
            nb["go"] = aa["go"] + R.randint(1, 6)
            nb["room"] = str(R.randint(1, 9)) + f"{R.randint(1, 12):02d}"
            nb["bldg"] = ch([x for x in JP_BLDG if x != aa["bldg"]])
        elif reg == "CN":
            nb["no"] = str(int(aa["no"]) + ch([-4, -2, 2, 4, 6]))
            nb["bldg"] = (ch(CN_SYL), ch(CN_SYL), ch(CN_BLDG_SUF))
        else:
            nb["no"] = str(max(1, int("".join(c for c in aa["no"] if c.isdigit())) + ch([-4, -2, 2, 4, 6, 10])))
    if addr_key(nb) == addr_key(aa):
        continue
    b.addresses[0] = nb
    TRAPS.append((a, b, "address", why))

# same store display name
STORE_WORDS = ["Happy Home", "Smart Living", "TopDeal", "Kitchen Pro", "Best Choice", "Blue Ocean", "Sunny Days",
               "Urban Gear", "Pet Paradise", "Green Garden", "Starlight", "Daily Joy", "Nordic Home", "Tech Zone",
               "Easy Life", "Homey", "Gadget Hub", "Outdoor King"]
for _ in range(50):
    pr = pick(lambda o: not o.stealth, 2)
    if not pr:
        continue
    a, b = pr
    s = ch(STORE_WORDS) + ch(["", "", " Store", " Shop", " Direct", " EU"])
    a.extra_stores.append(s)
    b.extra_stores.append(s)
    a.forced["store_name"].append(s)
    b.forced["store_name"].append(s)
    TRAPS.append((a, b, "store_name", "same_store_display_name"))

# masked card collision: same BIN and last four, different card (expiry)
for _ in range(25):
    pr = pick(lambda o: True, 2, "card")
    if not pr:
        continue
    a, b = pr
    ca = a.cards[0]
    nc = mk_card(b.region, bin6=ca["bin"], last4=ca["last4"])
    if nc["exp"] == ca["exp"] or nc["bin"] != ca["bin"]:
        continue
    b.cards[0] = nc
    TRAPS.append((a, b, "card", "masked_card_same_bin_and_last4"))

# PSP shared collection-account prefix: same routing, same first 7 digits, different account
psp_ops = [o for o in ops if any(bk.get("psp") and bk["r"] == "US" for bk in o.banks)]
for _ in range(40):
    psp_ops = [o for o in psp_ops if "psp" not in o.trapped]
    if len(psp_ops) < 2:
        break
    a, b = R.sample(psp_ops, 2)
    a.trapped.add("psp")
    b.trapped.add("psp")
    ba = [bk for bk in a.banks if bk.get("psp") and bk["r"] == "US"][0]
    bb = [bk for bk in b.banks if bk.get("psp") and bk["r"] == "US"][0]
    bb["psp"] = ba["psp"]
    bb["routing"] = ba["routing"]
    bb["acct"] = unique(lambda: ba["acct"][:7] + digits(len(ba["acct"]) - 7))
    a.forced["bank_account"].append(ba)
    b.forced["bank_account"].append(bb)
    TRAPS.append((a, b, "bank_account", "psp_shared_collection_account_prefix"))

# shared IPs: VPN exits, carrier NAT, agency onboarding office
IP_POOLS = []
for i in range(8):
    ip = unique(lambda: ch(["45.", "103.", "154.", "185."]) + ".".join(str(R.randint(1, 254)) for _ in range(3)))
    mem = pick(lambda o: o.region in ("CN", "CN", "UK", "US"), R.randint(12, 30))
    IP_POOLS.append(("shared_ip_vpn_exit", ip, mem))
for i in range(15):
    reg = ch(REGIONS)
    ip = unique(lambda: f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    mem = pick(lambda o: o.region == reg, R.randint(4, 10))
    IP_POOLS.append(("shared_ip_mobile_carrier_nat", ip, mem))
agency_ip = unique(lambda: "91." + ".".join(str(R.randint(1, 254)) for _ in range(3)))
IP_POOLS.append(("shared_ip_agency_onboarding_office", agency_ip, pick(lambda o: True, 60)))
for why, ip, mem in IP_POOLS:
    for o in mem:
        o.extra_ips.append(ip)
        o.forced["ip"].append(ip)

# ----------------------------------------------------------------------------- accounts
accounts = []  # dict(id, op, crm, marketplace, country, vals: list of (kind, canon_key, canon, forced))
acct_ids = R.sample(range(100000, 999999), TARGET_ACCOUNTS)
acct_iter = iter(acct_ids)


def new_acct_id(crm):
    n = next(acct_iter)
    return f"A{n}"


CRM_W = {"CN": [10, 75, 15], "DE": [75, 5, 20], "US": [15, 10, 75], "UK": [40, 10, 50], "JP": [25, 35, 40]}

for o in ops:
    o.accounts = []
    mks = list(MARKETS[o.region])
    R.shuffle(mks)
    for i in range(o.n):
        crm = R.choices(["de", "cn", "us"], weights=CRM_W[o.region])[0]
        a = {"id": new_acct_id(crm), "op": o, "crm": crm, "mp": mks[i % len(mks)], "vals": []}
        o.accounts.append(a)
        accounts.append(a)


def add(a, kind, key, canon):
    a["vals"].append((kind, key, canon))


for o in ops:
    accs = o.accounts
    n = len(accs)
    # stealth operators: different persons/companies/addresses per account
    if o.stealth:
        o.persons += [mk_person(o.region) for _ in range(n - 1)]
        if o.is_company:
            o.companies += [mk_company(o.region) for _ in range(n - 1)]
            o.taxes = o.taxes[:1] + [mk_tax(o.region, True) for _ in range(n - 1)]
        o.addresses = o.addresses[:1] + [mk_address(o.region) for _ in range(n - 1)]
    shared_strong = []
    for i, a in enumerate(accs):
        st = o.stealth
        pi = i if st else 0
        if R.random() < 0.9 or i == 0:
            add(a, "person_name", person_key(o.persons[pi]), o.persons[pi])
        if o.is_company and (i == 0 or R.random() < 0.9):
            c = o.companies[i if st else 0]
            add(a, "company_name", company_key(c), c)
            if not st and R.random() < 0.2 and o.persons[0]:
                pass
        # address
        if st:
            add(a, "address", addr_key(o.addresses[i]), o.addresses[i])
        else:
            if i == 0 or R.random() < 0.75:
                add(a, "address", addr_key(o.addresses[0]), o.addresses[0])
            for ad in o.addresses[1:]:
                if i == 0 or R.random() < 0.4:
                    add(a, "address", addr_key(ad), ad)
        # tax
        if o.taxes:
            if st:
                t = o.taxes[min(i, len(o.taxes) - 1)]
                add(a, "tax_id", "TAX|" + t["v"], t)
            elif i == 0 or R.random() < 0.7:
                add(a, "tax_id", "TAX|" + o.taxes[0]["v"], o.taxes[0])
        # phones
        for j, p in enumerate(o.phones):
            if (i == 0 and j == 0) or R.random() < (0.35 if st else 0.6):
                add(a, "phone", "PH|" + "|".join(p), p)
        # banks
        for j, bk in enumerate(o.banks):
            if (i == 0 and j == 0) or R.random() < (0.3 if st else 0.55):
                add(a, "bank_account", "BK|" + bank_key(bk), bk)
        # cards
        for j, c in enumerate(o.cards):
            if (i == 0 and j == 0) or R.random() < (0.3 if st else 0.5):
                add(a, "card", "CD|" + card_key(c), c)
        # emails: every account has its own login e-mail; contact e-mail often shared
        pers = o.persons[pi]
        if o.co_domain and R.random() < 0.6:
            own = unique(lambda: (ch([a["mp"].lower(), "shop", "amz", "store", "sales", "info", "ops"]) +
                                  ch(["", "", str(i + 1), "01", "-" + a["mp"].lower()]), o.co_domain))
        else:
            own = mk_email(pers, ch(FREE_MAIL[o.region]))
        add(a, "email", "EM|" + "@".join(own), own)
        if not st and (i == 0 or R.random() < 0.5):
            e = o.contact_emails[0]
            add(a, "email", "EM|" + "@".join(e), e)
        # login: own e-mail or a username
        if R.random() < 0.65:
            add(a, "login", "LG|EM|" + "@".join(own), ("email", own))
        else:
            base = slug(co_word_en(o.companies[i if st else 0])) if o.is_company else slug(pers["sur"] + pers["given"])
            u = unique(lambda: base + ch(["_", "", "."]) + ch([a["mp"].lower(), digits(2), "seller", "amz" + digits(1)]))
            add(a, "login", "LG|U|" + u, ("user", u))
        # devices / ips
        for j, d in enumerate(o.devices):
            if (i == 0 and j == 0) or R.random() < (0.45 if st else 0.6):
                add(a, "device", "DV|" + d["v"], d)
        for j, ip in enumerate(o.ips):
            if (i == 0 and j == 0) or R.random() < 0.5:
                add(a, "ip", "IP|" + ip, ip)
        # store names: per account, sometimes same across marketplaces
        cw = co_word_en(o.companies[i if st else 0]) if o.is_company else (ch(STORE_WORDS) + " " + pers["sur"][:3].upper())
        if i > 0 and not st and R.random() < 0.4:
            s = o.store0
        else:
            s = unique(lambda: cw + ch(["", " Direct", " Home", " Store", " Official", " " + a["mp"], "-Shop", " Store " + a["mp"], " Life",
                                        " " + ch(["Deals", "Select", "Living", "Outlet"])]))
        if i == 0:
            o.store0 = s
        add(a, "store_name", "ST|" + s, s)
    # forced trap values go into account 0
    a0 = accs[0]
    for kind, vals in o.forced.items():
        for v in vals:
            if kind == "address":
                add(a0, kind, addr_key(v), v)
            elif kind == "phone":
                add(a0, kind, "PH|" + "|".join(v), v)
            elif kind == "ip":
                add(a0, kind, "IP|" + v, v)
            elif kind == "store_name":
                add(a0, kind, "ST|" + v, v)
            elif kind == "bank_account":
                add(a0, kind, "BK|" + bank_key(v), v)
    # extra ips / phones on other accounts occasionally
    for a in accs[1:]:
        for ip in o.extra_ips:
            if R.random() < 0.3:
                add(a, "ip", "IP|" + ip, ip)
    # ensure connectivity of multi-account operators via identity-grade values
    STRONG = {"phone", "bank_account", "card", "tax_id", "email", "address", "login", "device"}
    if n > 1:
        shared_pool = [("phone", "PH|" + "|".join(p), p) for p in o.phones] + \
                      [("bank_account", "BK|" + bank_key(b), b) for b in o.banks] + \
                      [("card", "CD|" + card_key(c), c) for c in o.cards] + \
                      [("device", "DV|" + d["v"], d) for d in o.devices]
        if not o.stealth:
            shared_pool += [("email", "EM|" + "@".join(o.contact_emails[0]), o.contact_emails[0])]
        # hard-case operators linked only by device (5%): keep whatever we have
        only_device = R.random() < 0.05
        for _ in range(10):
            parent = list(range(n))

            def find(x):
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x
            owner = {}
            trap_keys = {("ip",)}
            for i, a in enumerate(accs):
                for kind, key, canon in a["vals"]:
                    if kind not in STRONG:
                        continue
                    if key in owner:
                        parent[find(i)] = find(owner[key])
                    else:
                        owner[key] = i
            roots = {find(i) for i in range(n)}
            if len(roots) == 1:
                break
            # link a component to account 0's component
            r0 = find(0)
            i = next(i for i in range(n) if find(i) != r0)
            keys0 = {}
            for j in range(n):
                if find(j) == r0:
                    for kind, key, canon in accs[j]["vals"]:
                        if kind in STRONG and kind != "email" or (kind == "email" and key == "EM|" + "@".join(o.contact_emails[0])):
                            keys0[key] = (kind, canon)
            cands = [(k, key, c) for (k, key, c) in shared_pool if key in keys0]
            if only_device:
                cands = [x for x in cands if x[0] == "device"] or cands
            if not cands:
                k, key, c = shared_pool[0]
                add(accs[0], k, key, c)
            else:
                k, key, c = ch(cands)
            add(accs[i], k, key, c)

# ----------------------------------------------------------------------------- render
RENDER = {"person_name": lambda c, crm, p: r_person(c, crm), "company_name": lambda c, crm, p: r_company(c, crm),
          "address": r_address, "phone": r_phone, "bank_account": r_bank, "card": r_card, "tax_id": r_tax,
          "email": r_email, "login": r_login, "device": r_device, "ip": r_ip, "store_name": r_store}
PARTIAL_OK = {"address", "phone", "bank_account", "card", "tax_id", "email", "ip", "device"}
P_PARTIAL = 0.065
P_TYPO = 0.115
TYPO_OK = {"address", "phone", "bank_account", "card", "tax_id", "email", "login", "company_name", "person_name",
           "store_name", "device", "ip"}

surface = defaultdict(set)  # (kind, key) -> surface strings
rows = []
damaged = 0
nvals = 0
MP_TXT = {"de": {"US": "amazon.com", "DE": "amazon.de", "UK": "amazon.co.uk", "JP": "amazon.co.jp", "FR": "amazon.fr", "IT": "amazon.it",
                 "ES": "amazon.es", "CA": "amazon.ca", "MX": "amazon.com.mx", "NL": "amazon.nl"},
          "cn": {"US": "美国站", "DE": "德国站", "UK": "英国站", "JP": "日本站", "FR": "法国站", "IT": "意大利站", "ES": "西班牙站",
                 "CA": "加拿大站", "MX": "墨西哥站", "NL": "荷兰站"},
          "us": {"US": "US", "DE": "DE", "UK": "UK", "JP": "JP", "FR": "FR", "IT": "IT", "ES": "ES", "CA": "CA", "MX": "MX", "NL": "NL"}}
CTRY_TXT = {"de": {"CN": "China", "DE": "Deutschland", "US": "USA", "UK": "Vereinigtes Königreich", "JP": "Japan"},
            "cn": {"CN": "中国", "DE": "德国", "US": "美国", "UK": "英国", "JP": "日本"},
            "us": {"CN": "CN", "DE": "DE", "US": "US", "UK": "GB", "JP": "JP"}}

json_out = []
R.shuffle(accounts)
for a in accounts:
    crm = a["crm"]
    a["mp_txt"] = MP_TXT[crm][a["mp"]] if R.random() < 0.75 else ""
    a["ctry_txt"] = CTRY_TXT[crm][a["op"].region] if R.random() < 0.7 else ""
    merged_second = R.random() < 0.25  # account also present in a second CRM export
    crm2 = ch([c for c in ("de", "cn", "us") if c != crm])
    seen = set()
    out = []
    for kind, key, canon in a["vals"]:
        styles = [crm] + ([crm2] if merged_second and R.random() < 0.35 else [])
        for s in styles:
            nvals += 1
            rp = R.random()
            partial = kind in PARTIAL_OK and rp < P_PARTIAL
            v = RENDER[kind](canon, s, partial)
            if not partial and R.random() < P_TYPO and kind in TYPO_OK:
                v2 = typo(v)
                if v2 != v:
                    v = v2
                    partial = True
            damaged += partial
            if (kind, v) in seen:
                continue
            seen.add((kind, v))
            surface[(kind, key)].add(v)
            out.append((kind, v))
    R.shuffle(out)
    if R.random() < 0.8:
        out.sort(key=lambda x: ["email", "login", "person_name", "company_name", "store_name", "phone", "address",
                                "tax_id", "bank_account", "card", "ip", "device"].index(x[0]))
    all_rows = R.random() < 0.5
    for idx, (kind, v) in enumerate(out):
        show = (idx == 0 or all_rows)
        rows.append((a["id"], kind, v, a["mp_txt"] if show else "", a["ctry_txt"] if show else ""))
    plural = {"email": "emails", "phone": "phones", "address": "addresses", "bank_account": "bank_accounts", "card": "cards",
              "tax_id": "tax_ids", "ip": "ips", "device": "devices", "login": "logins", "company_name": "company_names",
              "store_name": "store_names", "person_name": "person_names"}
    obj = {"account_id": a["id"]}
    for k in plural.values():
        obj[k] = []
    for kind, v in out:
        obj[plural[kind]].append(v)
    if a["mp_txt"]:
        obj["marketplace"] = a["mp_txt"]
    if a["ctry_txt"]:
        obj["country"] = a["ctry_txt"]
    json_out.append(obj)

with open(os.path.join(OUT, "accounts_long.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_id", "kind", "value", "marketplace", "country"])
    w.writerows(rows)
with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
    for obj in json_out:
        f.write(json.dumps(obj, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_id", "operator_id"])
    for a in sorted(accounts, key=lambda a: a["id"]):
        w.writerow([a["id"], a["op"].id])

# ----------------------------------------------------------------------------- decoy pairs
acc_keys = defaultdict(set)
for a in accounts:
    for kind, key, canon in a["vals"]:
        acc_keys[a["id"]].add(key)


def holder(o, key):
    hs = [a["id"] for a in o.accounts if key in acc_keys[a["id"]]]
    return hs[0] if hs else None


def trap_key(o, kind):
    if kind == "person_name":
        return person_key(o.persons[0])
    if kind == "company_name":
        return company_key(o.companies[0])
    if kind == "address":
        return addr_key(o.addresses[0])
    if kind == "card":
        return "CD|" + card_key(o.cards[0])
    if kind == "email":
        return "EM|" + "@".join(o.contact_emails[0])
    return None


decoys = {}


def add_decoy(x, y, why):
    if x is None or y is None:
        return
    if x == y:
        return
    k = tuple(sorted((x, y)))
    if k not in decoys:
        decoys[k] = why


op_of = {a["id"]: a["op"].id for a in accounts}
for a, b, kind, why in TRAPS:
    if a is b:
        continue
    if kind == "store_name":
        continue
    if kind == "bank_account":
        ka = [k for k in (("BK|" + bank_key(bk)) for bk in a.banks if bk.get("psp") and bk["r"] == "US")][0]
        kb = [k for k in (("BK|" + bank_key(bk)) for bk in b.banks if bk.get("psp") and bk["r"] == "US")][0]
        add_decoy(holder(a, ka), holder(b, kb), why)
        continue
    add_decoy(holder(a, trap_key(a, kind)), holder(b, trap_key(b, kind)), why)
for a, b, kind, why in TRAPS:
    if kind == "store_name":
        add_decoy(a.accounts[0]["id"], b.accounts[0]["id"], why)
for members, vo in VO_GROUPS:
    k = addr_key(vo)
    hs = [holder(o, k) for o in members]
    hs = [h for h in hs if h]
    prs = list(itertools.combinations(hs, 2))
    R.shuffle(prs)
    for x, y in prs[:12]:
        add_decoy(x, y, "shared_virtual_office_address")
for why, ip, mem in IP_POOLS:
    hs = [o.accounts[0]["id"] for o in mem]
    prs = list(itertools.combinations(hs, 2))
    R.shuffle(prs)
    for x, y in prs[:{"shared_ip_vpn_exit": 10, "shared_ip_mobile_carrier_nat": 5}.get(why, 30)]:
        add_decoy(x, y, why)
# natural namesakes (common names that occur by chance), private or company contacts
by_name = defaultdict(list)
for o in ops:
    k = person_key(o.persons[0])
    if "person" not in o.trapped:
        by_name[k].append(o)
nat = []
for k, lst in by_name.items():
    for x, y in itertools.combinations(lst, 2):
        nat.append((x, y))
R.shuffle(nat)
for x, y in nat[:60]:
    add_decoy(holder(x, person_key(x.persons[0])), holder(y, person_key(y.persons[0])), "namesake_person_name")
# sanity: never a true pair
decoys = {k: v for k, v in decoys.items() if op_of[k[0]] != op_of[k[1]]}
# PSP bank-account values added late must be rendered too (rare); rebuild is skipped -> drop such decoys if missing
with open(os.path.join(OUT, "decoys.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["account_a", "account_b", "why"])
    for (x, y), why in sorted(decoys.items(), key=lambda kv: (kv[1], kv[0])):
        w.writerow([x, y, why])

# ----------------------------------------------------------------------------- summary
ops_n = len(ops)
true_pairs = sum(len(o.accounts) * (len(o.accounts) - 1) // 2 for o in ops)
print(f"accounts: {len(accounts)}")
print(f"operators: {ops_n}  (multi-account operators: {sum(1 for o in ops if len(o.accounts) > 1)})")
print(f"true related pairs: {true_pairs}")
print(f"decoy pairs: {len(decoys)}")
byw = defaultdict(int)
for v in decoys.values():
    byw[v] += 1
for k in sorted(byw):
    print(f"  {k}: {byw[k]}")
print(f"rows in accounts_long.csv: {len(rows)}; values typo'd or with missing parts: {damaged}/{nvals} = {damaged / nvals:.1%}")
print("values written in more than one way (distinct underlying values with >1 surface form):")
per = defaultdict(lambda: [0, 0])
for (kind, key), forms in surface.items():
    per[kind][1] += 1
    if len(forms) > 1:
        per[kind][0] += 1
for k in ["email", "phone", "address", "bank_account", "card", "tax_id", "ip", "device", "company_name", "store_name",
          "person_name", "login"]:
    print(f"  {k}: {per[k][0]} of {per[k][1]}")
