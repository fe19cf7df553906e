#!/usr/bin/env python3
"""Build a labelled "who really runs which seller account" test set.

Seen from the IT desk of an Amazon-brand aggregator: we merge Seller Central access
logs, a password-manager export, finance payment sheets and due-diligence folders of
brands bought from founders in US/UK/DE/ES/JP/CN.  Every value is invented.

Writes accounts_long.csv, accounts.jsonl, truth.csv, decoys.csv next to this file.
Run:  /work/main/.venv/bin/python make.py
"""
import csv, json, os, random, string, itertools
from collections import defaultdict

SEED = 20261205
R = random.Random(SEED)
OUT = os.path.dirname(os.path.abspath(__file__))
N_TARGET = 3000
TYPO_RATE = 0.15

# --------------------------------------------------------------------------- tables
CN_SYL = [("瑞", "Rui"), ("万", "Wan"), ("凯", "Kai"), ("骏", "Jun"), ("鑫", "Xin"), ("达", "Da"),
          ("华", "Hua"), ("盛", "Sheng"), ("宏", "Hong"), ("泰", "Tai"), ("佳", "Jia"), ("源", "Yuan"),
          ("恒", "Heng"), ("博", "Bo"), ("锐", "Rui"), ("启", "Qi"), ("诺", "Nuo"), ("昊", "Hao"),
          ("腾", "Teng"), ("翔", "Xiang"), ("辉", "Hui"), ("森", "Sen"), ("远", "Yuan"), ("聚", "Ju"),
          ("宇", "Yu"), ("星", "Xing"), ("优", "You"), ("品", "Pin"), ("创", "Chuang"), ("信", "Xin"),
          ("德", "De"), ("润", "Run"), ("航", "Hang"), ("峰", "Feng"), ("安", "An"), ("嘉", "Jia"),
          ("拓", "Tuo"), ("沃", "Wo"), ("睿", "Rui"), ("琪", "Qi"), ("汇", "Hui"), ("邦", "Bang")]
CN_IND = [("科技", "Technology", "Tech"), ("电子商务", "E-commerce", "E-com"), ("贸易", "Trading", "Trade"),
          ("电子", "Electronics", "Elec"), ("实业", "Industrial", "Ind"), ("进出口", "Import and Export", "Imp & Exp"),
          ("网络科技", "Network Technology", "Network Tech")]
CN_CITIES = [  # prov hz, prov py, city hz, city py, districts, postal base
    ("广东省", "Guangdong", "深圳", "Shenzhen", [("南山区", "Nanshan"), ("龙华区", "Longhua"), ("宝安区", "Bao'an"), ("福田区", "Futian"), ("龙岗区", "Longgang")], 518000),
    ("广东省", "Guangdong", "广州", "Guangzhou", [("天河区", "Tianhe"), ("白云区", "Baiyun"), ("番禺区", "Panyu")], 510000),
    ("广东省", "Guangdong", "东莞", "Dongguan", [("南城街道", "Nancheng"), ("长安镇", "Chang'an")], 523000),
    ("浙江省", "Zhejiang", "杭州", "Hangzhou", [("余杭区", "Yuhang"), ("滨江区", "Binjiang")], 310000),
    ("浙江省", "Zhejiang", "义乌", "Yiwu", [("稠城街道", "Choucheng"), ("北苑街道", "Beiyuan")], 322000),
    ("福建省", "Fujian", "厦门", "Xiamen", [("思明区", "Siming"), ("湖里区", "Huli")], 361000),
]
CN_SUR = [("李", "Li"), ("王", "Wang"), ("张", "Zhang"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("黄", "Huang"),
          ("赵", "Zhao"), ("吴", "Wu"), ("周", "Zhou"), ("徐", "Xu"), ("孙", "Sun"), ("林", "Lin"), ("郭", "Guo"), ("何", "He")]
CN_GIV = [("娜", "Na"), ("伟", "Wei"), ("芳", "Fang"), ("敏", "Min"), ("静", "Jing"), ("磊", "Lei"), ("洋", "Yang"),
          ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"), ("明", "Ming"), ("超", "Chao"), ("秀英", "Xiuying"),
          ("建华", "Jianhua"), ("晓东", "Xiaodong"), ("丽娟", "Lijuan"), ("志强", "Zhiqiang"), ("海燕", "Haiyan"), ("俊杰", "Junjie"),
          ("雨桐", "Yutong"), ("子轩", "Zixuan"), ("佳怡", "Jiayi"), ("浩然", "Haoran")]
CN_BANKS = [("华兴银行", "Huaxing Bank", "6217"), ("南粤商业银行", "Nanyue Commercial Bank", "6230"),
            ("中兴农商银行", "Zhongxing Rural Bank", "6214"), ("东海银行", "Donghai Bank", "6226")]

JP_SUR = [("佐藤", "サトウ", ["Sato", "Satou", "Satoh"]), ("鈴木", "スズキ", ["Suzuki"]), ("高橋", "タカハシ", ["Takahashi"]),
          ("田中", "タナカ", ["Tanaka"]), ("伊藤", "イトウ", ["Ito", "Itou", "Itoh"]), ("渡辺", "ワタナベ", ["Watanabe"]),
          ("山本", "ヤマモト", ["Yamamoto"]), ("中村", "ナカムラ", ["Nakamura"]), ("小林", "コバヤシ", ["Kobayashi"]),
          ("加藤", "カトウ", ["Kato", "Katou", "Katoh"]), ("吉田", "ヨシダ", ["Yoshida"]), ("山田", "ヤマダ", ["Yamada"]),
          ("大野", "オオノ", ["Ono", "Oono", "Ohno"])]
JP_GIV = [("健太", "ケンタ", ["Kenta"]), ("大輔", "ダイスケ", ["Daisuke"]), ("翔太", "ショウタ", ["Shota", "Shouta"]),
          ("美咲", "ミサキ", ["Misaki"]), ("陽子", "ヨウコ", ["Yoko", "Youko"]), ("拓也", "タクヤ", ["Takuya"]),
          ("直樹", "ナオキ", ["Naoki"]), ("恵", "メグミ", ["Megumi"]), ("裕子", "ユウコ", ["Yuko", "Yuuko"]),
          ("誠", "マコト", ["Makoto"]), ("亮", "リョウ", ["Ryo", "Ryou"]), ("沙織", "サオリ", ["Saori"])]
JP_WORDS = [("アオバ", "Aoba"), ("ミナト", "Minato"), ("ヒカリ", "Hikari"), ("ノゾミ", "Nozomi"), ("カエデ", "Kaede"),
            ("ツバサ", "Tsubasa"), ("ハルカ", "Haruka"), ("ミライ", "Mirai"), ("ソラ", "Sora"), ("イロハ", "Iroha"),
            ("ユメ", "Yume"), ("ホシ", "Hoshi"), ("ナギ", "Nagi"), ("コハク", "Kohaku"), ("シズク", "Shizuku"), ("ワカバ", "Wakaba"),
            ("アサギ", "Asagi"), ("トワ", "Towa")]
JP_IND = [("トレーディング", "Trading"), ("商事", "Shoji"), ("テック", "Tech"), ("リテール", "Retail"), ("プロダクツ", "Products")]
JP_PLACES = [  # pref kanji, pref romaji, ward kanji, ward romaji, towns, postal prefix
    ("東京都", "Tokyo", "渋谷区", "Shibuya-ku", [("神南", "Jinnan"), ("宇田川町", "Udagawacho"), ("道玄坂", "Dogenzaka")], "150"),
    ("東京都", "Tokyo", "新宿区", "Shinjuku-ku", [("西新宿", "Nishishinjuku"), ("高田馬場", "Takadanobaba")], "160"),
    ("東京都", "Tokyo", "台東区", "Taito-ku", [("浅草橋", "Asakusabashi"), ("蔵前", "Kuramae")], "111"),
    ("大阪府", "Osaka", "大阪市北区", "Kita-ku, Osaka-shi", [("梅田", "Umeda"), ("天神橋", "Tenjinbashi")], "530"),
    ("福岡県", "Fukuoka", "福岡市博多区", "Hakata-ku, Fukuoka-shi", [("博多駅前", "Hakataekimae"), ("住吉", "Sumiyoshi")], "812"),
]
JP_BANKS = [("さくら中央銀行", "Sakura Chuo Bank", "0561"), ("みずほ台信用金庫", "Mizuhodai Shinkin", "1302"),
            ("あおぞら北銀行", "Aozora Kita Bank", "0598"), ("ネット楽天地銀行", "Net Rakutenchi Bank", "0038")]
JP_BRANCH = [("本店", "Head Office", "001"), ("渋谷", "Shibuya", "215"), ("梅田", "Umeda", "412"), ("博多", "Hakata", "703"),
             ("新宿西口", "Shinjuku Nishiguchi", "229"), ("第一営業", "Daiichi Eigyo", "251")]

DE_FIRST = ["Jürgen", "Thomas", "Stefan", "Andreas", "Katrin", "Sabine", "Lukas", "Jörg", "Anna", "Michael", "Björn", "Jana", "Sören", "Uwe"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Koch", "Krüger",
           "Hoffmann", "Weiß", "Lößner", "Bäcker", "Groß"]
DE_STREET_A = ["Linden", "Birken", "Garten", "Mühlen", "Kirch", "Schiller", "Goethe", "Bahnhof", "Hafen", "Industrie", "Ahorn", "Rosen"]
DE_STREET_B = ["straße", "weg", "allee", "ring", "damm"]
DE_CITIES = [("Berlin", "Berlin", "10", 14), ("Hamburg", "Hamburg", "20", 3), ("München", "Munich", "80", 10), ("Köln", "Cologne", "50", 9),
             ("Leipzig", "Leipzig", "04", 3), ("Frankfurt am Main", "Frankfurt", "60", 6), ("Düsseldorf", "Dusseldorf", "40", 6)]
DE_WORDS = ["Nordlicht", "Bergblick", "Elbufer", "Sonnenhof", "Waldmeister", "Feldlerche", "Kieselstein", "Rheinkiesel", "Tannenzweig", "Wellengang", "Ostwind"]
DE_IND = ["Handels", "Trading", "Vertriebs", "Onlinehandel", "E-Commerce", "Import"]
DE_BANKS = [("Spreebank", "SPRB"), ("Volks- und Raiffeisenbank Elbtal", "VREL"), ("Sparkasse Mittelrhein-Nord", "SKMN"), ("Kontora Direkt", "KODI")]

ES_FIRST = ["María José", "Carlos", "Javier", "Lucía", "Álvaro", "Pablo", "Carmen", "Sergio", "Marta", "José Luis", "Inés", "Raúl"]
ES_LAST = ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Ruiz", "Jiménez", "Navarro", "Muñoz", "Ibáñez"]
ES_STREET = [("Calle", "C/"), ("Avenida", "Avda."), ("Paseo", "Pº"), ("Ronda", "Rda."), ("Plaza", "Pza.")]
ES_SNAME = ["del Carmen", "de la Estación", "Mayor", "de San Vicente", "del Sol", "de Valencia", "Real", "de los Olivos", "de la Albufera", "del Pintor Sorolla"]
ES_CITIES = [("Madrid", "28", "Madrid"), ("Barcelona", "08", "Barcelona"), ("Valencia", "46", "Valencia"), ("Sevilla", "41", "Sevilla"),
             ("Málaga", "29", "Málaga"), ("Zaragoza", "50", "Zaragoza")]
ES_WORDS = ["Ibérica", "Levante", "Mediterráneo", "Atlántica", "Sierra", "Olivar", "Brisa", "Puerto", "Alborán", "Montaña Alta"]
ES_IND = ["Comercial", "Distribuciones", "Importaciones", "Hogar", "Soluciones", "Suministros"]
ES_BANKS = [("Banco Meseta", "0182"), ("Caja Levantina", "2100"), ("Banca Norteña", "0081"), ("Neobanco Sur", "1465")]

UK_FIRST = ["James", "Oliver", "Emma", "Sophie", "Harry", "Charlotte", "Daniel", "Jack", "Amelia", "Thomas", "Hannah", "David", "Priya", "Imran"]
UK_LAST = ["Brown", "Smith", "Jones", "Taylor", "Williams", "Davies", "Evans", "Wilson", "Roberts", "Walker", "Wright", "Patel", "Khan", "O'Neill"]
UK_STREET_A = ["Kingsley", "Ashford", "Mill", "Church", "Station", "Victoria", "Elm", "Oak", "Meadow", "Queens", "Thornbury", "Larkspur"]
UK_STREET_B = [("Road", "Rd"), ("Street", "St"), ("Lane", "Ln"), ("Avenue", "Ave"), ("Close", "Cl"), ("Crescent", "Cres")]
UK_CITIES = [("London", ["E1", "N7", "SE15", "SW11", "EC1V", "WC2H"], "Greater London"), ("Leeds", ["LS6", "LS11"], "West Yorkshire"),
             ("Manchester", ["M4", "M14"], "Greater Manchester"), ("Birmingham", ["B5", "B29"], "West Midlands"),
             ("Bristol", ["BS1", "BS7"], "Avon"), ("Glasgow", ["G2", "G41"], "Lanarkshire")]
UK_WORDS = ["Brightwell", "Hollowbrook", "Fernhill", "Greystone", "Kestrel", "Harbourside", "Millbank", "Thistledown", "Copperfield", "Wrenfield", "Bramblegate"]
UK_IND = ["Home", "Trading", "Supplies", "Goods", "Living", "Outdoors", "Pet Co"]
UK_BANKS = [("Northgate Bank", "NGTB"), ("Severn Building Society", "SVBS"), ("Clearwell Bank", "CLWB"), ("Moneta Business", "MNTB")]

US_FIRST = ["David", "Michael", "Jennifer", "Sarah", "Christopher", "Jessica", "Brian", "Ashley", "Kevin", "Emily", "Jason", "Megan", "Robert", "Linh"]
US_LAST = ["Brown", "Smith", "Johnson", "Miller", "Davis", "Garcia", "Nguyen", "Kim", "Patel", "Anderson", "Lee", "Martinez", "O'Brien", "Rosenthal"]
US_STREET_A = ["Harbor View", "Oak Ridge", "Maple", "Cedar", "Lakeshore", "Sunset", "Pine Valley", "Commerce", "Industrial", "Riverside", "Quail Run", "Old Mill"]
US_STREET_B = [("Drive", "Dr"), ("Avenue", "Ave"), ("Street", "St"), ("Boulevard", "Blvd"), ("Road", "Rd"), ("Parkway", "Pkwy"), ("Lane", "Ln"), ("Court", "Ct")]
US_CITIES = [("Austin", "TX", "Texas", "787"), ("Miami", "FL", "Florida", "331"), ("Brooklyn", "NY", "New York", "112"),
             ("Irvine", "CA", "California", "926"), ("Seattle", "WA", "Washington", "981"), ("Denver", "CO", "Colorado", "802"),
             ("Phoenix", "AZ", "Arizona", "850"), ("Columbus", "OH", "Ohio", "432"), ("Provo", "UT", "Utah", "846")]
US_WORDS = ["Cedar Ridge", "Blue Heron", "Summit Peak", "Northbay", "Ironwood", "Silver Creek", "Redtail", "Willow Bend", "Granite Trail", "Lone Pine", "Coastline"]
US_IND = ["Goods", "Brands", "Supply Co", "Outdoors", "Home", "Labs", "Ventures", "Commerce"]
US_BANKS = [("First Prairie Bank", "0710"), ("Coastal Federal Credit Union", "3221"), ("Summit National Bank", "1110"), ("Mercantile Trust", "0430")]

GENERIC_STORES = ["HomeMate Store", "Best Choice", "Happy Home", "SmartLife Shop", "Kitchen Pro", "Daily Deals Direct", "Green Leaf",
                  "Top Quality Store", "Urban Nest", "Pet Paradise", "Gadget World", "Cozy Corner"]
BRAND_ON = ["v", "k", "z", "qu", "h", "l", "m", "t", "r", "s", "n", "b", "g", "f", "d", "p", "y", "x", "w"]
BRAND_V = ["a", "e", "i", "o", "u", "oo", "ia", "ai"]
BRAND_CODA = ["n", "x", "r", "k", "s", "m", "", "", "l", "ne", "ve"]

# invented payment-service providers giving virtual receiving accounts (shared prefixes!)
PSPS = [
    {"name": "Payvance", "scheme": "us", "rtn": "026074419", "prefix": "83370"},
    {"name": "Kuajing Remit", "scheme": "us", "rtn": "084106712", "prefix": "99120"},
    {"name": "Cloudremit", "scheme": "uk", "sort": "041329", "prefix": "21"},
    {"name": "Payvance", "scheme": "de", "blz": "20220800", "prefix": "0044"},
    {"name": "Lianhui Pay", "scheme": "us", "rtn": "021214891", "prefix": "50110"},
]

COUNTRIES = ["US", "UK", "DE", "ES", "JP", "CN"]
COUNTRY_W = [0.24, 0.14, 0.12, 0.07, 0.10, 0.33]
HOME_MP = {"US": "US", "UK": "UK", "DE": "DE", "ES": "ES", "JP": "JP", "CN": "US"}
ISO = {"US": "US", "UK": "GB", "DE": "DE", "ES": "ES", "JP": "JP", "CN": "CN"}
MP_VARIANTS = {"US": ["US", "amazon.com", "US", "ATV-NA"], "UK": ["UK", "amazon.co.uk", "GB", "UK"], "DE": ["DE", "amazon.de", "DE"],
               "ES": ["ES", "amazon.es", "ES"], "JP": ["JP", "amazon.co.jp", "JP"]}

FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def join(parts, sep=", "):
    return sep.join(p for p in parts if p)


def de_translit(s):
    return s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue").replace("ß", "ss")


def strip_acc(s):
    tbl = str.maketrans("áéíóúÁÉÍÓÚñÑüäöÜÄÖ", "aeiouAEIOUnNuaoUAO")
    return s.translate(tbl).replace("ß", "ss")


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return cc + "%02d" % (98 - int(num) % 97) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UNIQ = set()


def uniq(fn):
    for _ in range(1000):
        v = fn()
        if v not in UNIQ:
            UNIQ.add(v)
            return v
    raise RuntimeError("uniq")


def brand_word():
    def w():
        s = ch(BRAND_ON) + ch(BRAND_V) + ch(BRAND_ON) + ch(BRAND_V) + ch(BRAND_CODA)
        return s
    return uniq(lambda: ("brand", w()))[1]


# --------------------------------------------------------------------------- canonical entities
CID = itertools.count(1)


def new(kind, **kw):
    kw["k"] = kind
    kw["cid"] = "%s%05d" % (kind[:2].upper(), next(CID))
    return kw


def make_person(c, common=False):
    if c == "US":
        f, l = (ch([("David", "Brown"), ("Michael", "Smith"), ("Jennifer", "Nguyen")]) if common else (ch(US_FIRST), ch(US_LAST)))
        return new("person_name", c=c, first=f, last=l, mid=ch("ABCDEJKLMRSTW") if R.random() < 0.5 else None)
    if c == "UK":
        f, l = (ch([("David", "Brown"), ("James", "Smith"), ("Priya", "Patel")]) if common else (ch(UK_FIRST), ch(UK_LAST)))
        return new("person_name", c=c, first=f, last=l, mid=ch("ACEGJMRS") if R.random() < 0.3 else None)
    if c == "DE":
        f, l = (ch([("Thomas", "Müller"), ("Stefan", "Schmidt")]) if common else (ch(DE_FIRST), ch(DE_LAST)))
        return new("person_name", c=c, first=f, last=l, mid=None)
    if c == "ES":
        if common:
            f, l1, l2 = ch([("María José", "García", "López"), ("Carlos", "Fernández", "Ruiz")])
        else:
            f, l1, l2 = ch(ES_FIRST), ch(ES_LAST), ch(ES_LAST)
        return new("person_name", c=c, first=f, last=l1, last2=l2, mid=None)
    if c == "JP":
        s, g = (ch([(JP_SUR[0], JP_GIV[0]), (JP_SUR[3], JP_GIV[4])]) if common else (ch(JP_SUR), ch(JP_GIV)))
        return new("person_name", c=c, sur=s, giv=g, rs=ch(s[2]), rg=ch(g[2]))
    s, g = (ch([(CN_SUR[0], CN_GIV[0]), (CN_SUR[1], CN_GIV[1]), (CN_SUR[2], CN_GIV[1])]) if common else (ch(CN_SUR), ch(CN_GIV)))
    return new("person_name", c=c, sur=s, giv=g)


def person_key(p):
    if p["c"] in ("JP", "CN"):
        return p["sur"][0] + p["giv"][0]
    return strip_acc(de_translit(p["first"] + " " + p["last"])).lower()


def render_person(p):
    c = p["c"]
    if c in ("US", "UK"):
        f, l, m = p["first"], p["last"], p["mid"]
        opts = [f"{f} {l}", f"{l}, {f}", f"{f} {l}".upper(), f"{f[0]}. {l}", f"{f} {l}"]
        if m:
            opts += [f"{f} {m}. {l}", f"{f} {m} {l}".upper()]
        if f == "Christopher":
            opts.append(f"Chris {l}")
        if f == "Michael":
            opts.append(f"Mike {l}")
        return ch(opts)
    if c == "DE":
        f, l = p["first"], p["last"]
        return ch([f"{f} {l}", f"{f} {l}", de_translit(f"{f} {l}"), f"{l}, {f}", de_translit(f"{l} {f}").upper(),
                   strip_acc(f"{f} {l}"), f"Herr {f} {l}" if f not in ("Katrin", "Sabine", "Anna", "Jana") else f"Frau {f} {l}"])
    if c == "ES":
        f, l1, l2 = p["first"], p["last"], p["last2"]
        opts = [f"{f} {l1} {l2}", f"{f} {l1} {l2}", strip_acc(f"{f} {l1} {l2}"), strip_acc(f"{l1} {l2}, {f}").upper(),
                f"{f} {l1}", f"{f} {l1}-{l2}"]
        if f.startswith("María"):
            opts.append(f"Mª {f.split()[1]} {l1} {l2}")
        return ch(opts)
    if c == "JP":
        s, g, rs, rg = p["sur"], p["giv"], p["rs"], p["rg"]
        return ch([f"{s[0]} {g[0]}", f"{s[0]}{g[0]}", f"{s[0]}　{g[0]}", f"{rg} {rs}", f"{rs.upper()} {rg.upper()}",
                   f"{s[1]} {g[1]}", f"{rs} {rg}", f"{ch(s[2])} {ch(g[2])}"])
    s, g = p["sur"], p["giv"]
    return ch([f"{s[0]}{g[0]}", f"{s[0]}{g[0]}", f"{s[0]} {g[0]}", f"{s[1]} {g[1]}", f"{s[1]} {g[1]}".upper(), f"{g[1]} {s[1]}",
               f"{s[1].upper()}, {g[1]}", f"{g[1]} {s[1]} ({s[0]}{g[0]})"])


# ---- companies
def make_company(c, like=None, mode=None):
    """like+mode='sibling': same template, other distinctive word.  mode='twin': same word, other city/legal form."""
    d = dict(like) if like else {}
    d.pop("cid", None)
    if c == "CN":
        if not like:
            d = {"city": ch(CN_CITIES), "ind": ch(CN_IND)}
        if not like or mode == "sibling":
            d["w"] = uniq(lambda: ("cnw", ch(CN_SYL), ch(CN_SYL)))[1:]
        if mode == "twin":
            d["city"] = ch([x for x in CN_CITIES if x[2] != like["city"][2]])
    elif c == "JP":
        if not like:
            d = {"ind": ch(JP_IND), "legal": "KK" if R.random() < 0.7 else "GK", "pre": R.random() < 0.6}
        if not like or mode == "sibling":
            d["w"] = uniq(lambda: ("jpw", ch(JP_WORDS), ch(JP_WORDS + [("", "")])))[1:]
        if mode == "twin":
            d["legal"] = "GK" if d["legal"] == "KK" else "KK"
    else:
        words = {"DE": DE_WORDS + DE_LAST, "ES": ES_WORDS, "UK": UK_WORDS, "US": US_WORDS}[c]
        inds = {"DE": DE_IND, "ES": ES_IND, "UK": UK_IND, "US": US_IND}[c]
        legals = {"DE": ["GmbH", "GmbH", "UG (haftungsbeschränkt)", "e.K.", "GmbH & Co. KG"], "ES": ["S.L.", "S.L.", "S.L.U.", "S.A."],
                  "UK": ["Ltd", "Ltd", "Ltd", "LLP"], "US": ["LLC", "LLC", "LLC", "Inc.", "Corp."]}[c]
        if not like:
            d = {"ind": ch(inds), "legal": ch(legals)}
        if not like or mode == "sibling":
            d["w"] = uniq(lambda: ("w" + c, distinct_word(c), d["ind"]))[1]
            # uniq on (word, ind) so the whole name is new; the word itself may repeat with another industry
        if mode == "twin":
            d["legal"] = ch([x for x in legals if x != d["legal"]])
    d.pop("k", None)
    return new("company_name", c=c, **{k: v for k, v in d.items() if k not in ("c",)})


def company_key(co):
    return co["c"], str(co.get("w"))


def render_company(co):
    c = co["c"]
    if c == "CN":
        (ph, pp, chz, cpy, _, _), (w1, w2), ind = co["city"], co["w"], co["ind"]
        whz, wpy = w1[0] + w2[0], w1[1] + w2[1].lower()
        return ch([f"{chz}市{whz}{ind[0]}有限公司", f"{chz}市{whz}{ind[0]}有限公司", f"{chz}{whz}{ind[0]}有限公司",
                   f"{cpy} {wpy} {ind[1]} Co., Ltd.", f"{cpy} {wpy} {ind[1]} Co.,Ltd".upper(), f"{wpy} {ind[2]}",
                   f"{cpy} {wpy} {ind[1]} Company Limited", f"{cpy.upper()} {wpy.upper()} {ind[1].upper()} CO LTD",
                   f"{cpy}{wpy}{ind[1].replace(' ', '')}Co.,Ltd"])
    if c == "JP":
        (k1, r1), (k2, r2) = co["w"]
        kk, rr = k1 + k2, (r1 + r2.lower())
        ik, ir = co["ind"]
        if co["legal"] == "KK":
            nat = [f"株式会社{kk}{ik}", f"(株){kk}{ik}", f"㈱{kk}{ik}"] if co["pre"] else [f"{kk}{ik}株式会社", f"{kk}{ik}(株)", f"{kk}{ik}㈱"]
            en = [f"{rr} {ir} Co., Ltd.", f"{rr.upper()} {ir.upper()} K.K.", f"{rr} {ir} Kabushiki Kaisha", f"{rr} {ir}"]
        else:
            nat = [f"合同会社{kk}{ik}", f"(同){kk}{ik}"] if co["pre"] else [f"{kk}{ik}合同会社", f"{kk}{ik}(同)"]
            en = [f"{rr} {ir} LLC", f"{rr} {ir} G.K.", f"{rr.upper()} {ir.upper()} GODO KAISHA", f"{rr} {ir}"]
        return ch(nat + en)
    w, ind, lg = co["w"], co["ind"], co["legal"]
    if c == "DE":
        base = f"{w} {ind}" if ind != "E-Commerce" else f"{w} E-Commerce"
        opts = [f"{base} {lg}", f"{base} {lg}", f"{base} {lg}".upper(), de_translit(f"{base} {lg}"), base,
                f"{base} {lg}, {ch(DE_CITIES)[0]}" if R.random() < 0.2 else f"{base} {lg}"]
        if lg == "GmbH" and ind == "Handels":
            opts.append(f"{w} Handelsgesellschaft mbH")
        if lg.startswith("UG"):
            opts += [f"{base} UG (haftungsbeschraenkt)", f"{base} UG (h.b.)", f"{base} UG"]
        return ch(opts)
    if c == "ES":
        name = f"{ind} {w}"
        long_lg = {"S.L.": "SOCIEDAD LIMITADA", "S.L.U.": "SOCIEDAD LIMITADA UNIPERSONAL", "S.A.": "SOCIEDAD ANONIMA"}[lg]
        return ch([f"{name} {lg}", f"{name}, {lg}", strip_acc(f"{name} {lg.replace('.', '')}"), strip_acc(f"{name}, {long_lg}").upper(),
                   name, f"{name.upper()} {lg}"])
    if c == "UK":
        long_lg = {"Ltd": "Limited", "LLP": "LLP"}[lg]
        return ch([f"{w} {ind} {lg}", f"{w} {ind} {long_lg}".upper(), f"{w} {ind} {lg}.", f"{w} {ind}", f"{w} {ind} {long_lg}",
                   f"{w}-{ind} {lg}"])
    long_lg = {"LLC": "L.L.C.", "Inc.": "Incorporated", "Corp.": "Corporation"}[lg]
    return ch([f"{w} {ind} {lg}", f"{w} {ind}, {lg}", f"{w} {ind} {long_lg}", f"{w} {ind} {lg}".upper().replace(".", ""),
               f"{w} {ind}", f"{w.replace(' ', '')} {ind} {lg}"])


WPARTS = {"US": (["Blue", "Silver", "Red", "North", "Iron", "Cedar", "Willow", "Granite", "Lone", "Golden", "Maple", "Stone", "Eagle", "Bright", "Coast"],
                  ["Ridge", "Heron", "Peak", "Bay", "wood", "Creek", "tail", "Bend", "Trail", "Pine", "Harbor", "Field", "Rock", "Brook", "line"]),
          "UK": (["Bright", "Hollow", "Fern", "Grey", "Kes", "Harbour", "Mill", "Thistle", "Copper", "Wren", "Bramble", "Ash", "Holly", "Marsh"],
                 ["well", "brook", "hill", "stone", "field", "gate", "side", "bank", "down", "wood", "more", "ford", "combe"]),
          "DE": (["Nord", "Berg", "Elb", "Sonnen", "Wald", "Feld", "Kiesel", "Rhein", "Tannen", "Wellen", "Ost", "Lind", "Föhr", "Spree"],
                 ["licht", "blick", "ufer", "hof", "meister", "lerche", "stein", "zweig", "gang", "wind", "werk", "garten", "mühle"]),
          "ES": (ES_WORDS, ["", " Norte", " Sur", " Global", " Europa", " 2000", " Plus", " Hispania", " Costa"])}


def distinct_word(c):
    a, b = WPARTS[c]
    if c == "DE" and R.random() < 0.3:
        return ch(DE_LAST)
    x, y = ch(a), ch(b)
    return x + (" " if y[:1].isupper() else "") + y


# ---- addresses
def make_address(c, like=None, mode=None, hub=None):
    if like:
        d = {k: v for k, v in like.items() if k not in ("cid", "k")}
        if mode == "room":      # same building, other unit/room
            old = d.get("unit")
            for _ in range(20):
                d["unit"] = _unit(c)
                if d["unit"] != old:
                    break
        elif mode == "number" and "go" in d:  # JP: same block (banchi), other building number (go)
            d["go"] = d["go"] + ch([1, 2, 3, -1]) if d["go"] > 1 else d["go"] + 2
        elif mode == "number":  # same street, other house number
            d["no"] = str(int(d["no"]) + ch([-4, -2, 2, 4, 6, 1, 10]))
            if int(d["no"]) < 1:
                d["no"] = str(int(d["no"]) + 20)
        return new("address", **d)
    d = {"c": c, "unit": _unit(c) if R.random() < 0.8 else None}
    if c == "US":
        city = ch(US_CITIES)
        d.update(no=str(R.randint(100, 19999)), street=(ch(US_STREET_A),) + ch(US_STREET_B), city=city,
                 zip=city[3] + digits(2), zip4=digits(4) if R.random() < 0.4 else None)
    elif c == "UK":
        city = ch(UK_CITIES)
        d.update(no=str(R.randint(1, 240)), street=(ch(UK_STREET_A),) + ch(UK_STREET_B), city=city,
                 pc=ch(city[1]) + " " + str(R.randint(1, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ"))
    elif c == "DE":
        city = ch(DE_CITIES)
        d.update(no=str(R.randint(1, 180)), street=(ch(DE_STREET_A), ch(DE_STREET_B)), city=city,
                 plz=city[2] + "%03d" % R.randint(1, 999) if city[2] != "10" else str(R.randint(10115, 14199)))
    elif c == "ES":
        city = ch(ES_CITIES)
        d.update(no=str(R.randint(1, 220)), street=(ch(ES_STREET), ch(ES_SNAME)), city=city, cp=city[1] + "%03d" % R.randint(1, 80))
    elif c == "JP":
        pl = ch(JP_PLACES)
        d.update(pl=pl, town=ch(pl[4]), chome=R.randint(1, 5), ban=R.randint(1, 30), go=R.randint(1, 25),
                 bldg=(ch(JP_WORDS), ch([("ビル", "Bldg"), ("ハイツ", "Heights"), ("第2ビル", "No.2 Bldg"), ("マンション", "Mansion")])),
                 postal=pl[5] + "-" + digits(4))
    else:
        city = ch(CN_CITIES)
        w1, w2 = ch(CN_SYL), ch(CN_SYL)
        b1, b2 = ch(CN_SYL), ch(CN_SYL)
        d.update(city=city, dist=ch(city[4]), road=(w1[0] + w2[0], w1[1] + w2[1].lower(), ch([("路", "Road"), ("大道", "Avenue"), ("街", "Street")])),
                 no=str(R.randint(1, 399)), bldg=(b1[0] + b2[0], b1[1] + b2[1].lower(), ch([("大厦", "Building"), ("科技园", "Science Park"), ("创业园", "Startup Park"), ("产业园", "Industrial Park")])),
                 block=ch("ABCDE"), postal=str(city[5] + R.randint(1, 199)))
        if d["unit"] is None:
            d["unit"] = str(R.randint(2, 28)) + "%02d" % R.randint(1, 20)
    if hub:
        d["hub"] = hub
    return new("address", **d)


def _unit(c):
    if c == "US":
        return ch(["Ste", "Apt", "Unit", "#"]) + "|" + str(ch([R.randint(1, 40), R.randint(100, 1999)]))
    if c == "UK":
        return ch(["Flat", "Unit", "Suite"]) + "|" + str(R.randint(1, 60))
    if c == "DE":
        return ch(["OG", "HH", "WE"]) + "|" + str(R.randint(1, 6))
    if c == "ES":
        return str(R.randint(1, 9)) + "|" + ch("ABCDEF12")
    if c == "JP":
        return str(R.randint(1, 12)) + "%02d" % R.randint(1, 12)
    return str(R.randint(2, 28)) + "%02d" % R.randint(1, 20)


def render_address(a, drop=None):
    c, u = a["c"], (None if drop == "unit" else a.get("unit"))
    if c == "US":
        no, (s, typ, ab), (city, st, stl, _) = a["no"], a["street"], a["city"]
        z = None if drop == "zip" else (a["zip"] + ("-" + a["zip4"] if a.get("zip4") and R.random() < 0.5 else ""))
        ut = None
        if u:
            t, n = u.split("|")
            ut = ch([f"{t} {n}" if t != "#" else f"#{n}", f"Suite {n}" if t == "Ste" else f"{t} {n}", f"#{n}"])
        street = ch([f"{no} {s} {ab}", f"{no} {s} {typ}", f"{no} {s} {ab}."])
        v = R.randrange(5)
        if v == 0:
            return join([street + (" " + ut if ut else ""), city, f"{st} {z}" if z else st])
        if v == 1:
            return join([street, ut, city, f"{stl} {z}" if z else stl, "USA"])
        if v == 2:
            return join([ut, street, city, f"{st} {z}" if z else st]).upper().replace(",", "")
        if v == 3:
            return join([street, ut, f"{city}, {st}", z, "United States"])
        return join([street + (", " + ut if ut else ""), f"{city} {st} {z or ''}".strip()])
    if c == "UK":
        no, (s, typ, ab), (city, _, county) = a["no"], a["street"], a["city"]
        pc = None if drop == "zip" else a["pc"]
        ut = None
        if u:
            t, n = u.split("|")
            ut = f"{t} {n}"
        street = ch([f"{no} {s} {typ}", f"{no} {s} {ab}"])
        v = R.randrange(5)
        if v == 0:
            return join([ut, street, city, pc])
        if v == 1:
            return join([street, ut, city, county, pc, "United Kingdom"])
        if v == 2 and u:
            return join([f"{u.split('|')[1]}/{no} {s} {typ}", pc.replace(" ", "") if pc else None], " ")
        if v == 3:
            return join([ut, street, city, pc, "UK"]).upper()
        return join([(ut + ", " if ut else "") + street, f"{city} {pc or ''}".strip()], ", ")
    if c == "DE":
        no, (s1, s2), city, plz = a["no"], a["street"], a["city"], (None if drop == "zip" else a["plz"])
        sname = ch([f"{s1}{s2}", f"{s1}{s2}", f"{s1}{s2}".replace("straße", "str."), f"{s1}{s2}".replace("straße", "strasse"),
                    f"{s1}-{s2.capitalize()}" if s2 != "straße" else f"{s1}str"])
        ut = None
        if u:
            t, n = u.split("|")
            ut = {"OG": ch([f"{n}. OG", f"{n}. Stock", f"{n}.OG"]), "HH": ch([f"Hinterhaus, {n}. OG", f"HH {n}.OG"]),
                  "WE": ch([f"Whg. {n}", f"Wohnung {n}", f"WE {n}"])}[t]
        cityn = ch([city[0], city[0], city[1]]) if city[0] != city[1] else city[0]
        v = R.randrange(4)
        if v == 0:
            return join([f"{sname} {no}", ut, f"{plz or ''} {cityn}".strip()])
        if v == 1:
            return join([f"{sname} {no}" + (f" ({ut})" if ut else ""), f"{plz or ''} {cityn}".strip(), ch(["Deutschland", "Germany", "DE"])])
        if v == 2:
            return join([f"{sname} {no}", ut, f"{plz or ''} {cityn}".strip(), "Germany"], " / ")
        return join([f"D-{plz} {cityn}" if plz else cityn, f"{sname} {no}", ut])
    if c == "ES":
        no, ((tl, ta), sname), city, cp = a["no"], a["street"], a["city"], (None if drop == "zip" else a["cp"])
        ut = None
        if u:
            fl, dr = u.split("|")
            ut = ch([f"{fl}º {dr}", f"{fl}{dr}", f"piso {fl} puerta {dr}", f"{fl}º-{dr}"])
        v = R.randrange(4)
        if v == 0:
            return join([f"{tl} {sname} {no}", ut, f"{cp or ''} {city[0]}".strip()])
        if v == 1:
            return strip_acc(join([f"{ta} {sname.split(' ', 1)[-1] if sname.startswith('de ') else sname}, {no} {ut or ''}".strip(),
                                   f"{cp or ''} {city[0]}".strip(), "España"]))
        if v == 2:
            return join([f"{tl} {sname} nº{no}", ut, f"{city[0]} {cp or ''}".strip(), "Spain"])
        return join([f"{tl} {sname}, {no}, {ut}" if ut else f"{tl} {sname}, {no}", cp, city[0], city[2] if city[2] != city[0] else None]).upper()
    if c == "JP":
        pl, (tk, tr), cm, bn, go = a["pl"], a["town"], a["chome"], a["ban"], a["go"]
        (bk, br), (bs, bse) = a["bldg"]
        postal = None if drop == "zip" else a["postal"]
        v = R.randrange(6)
        if v == 0:
            return join([f"〒{postal}" if postal else None, f"{pl[0]}{pl[2]}{tk}{cm}丁目{bn}番{go}号", f"{bk}{bs}", f"{u}号室" if u else None], " ")
        if v == 1:
            return f"{pl[0]}{pl[2]}{tk}{cm}-{bn}-{go}" + (f"-{u}" if u else "")
        if v == 2:
            return join([f"Room {u}" if u else None, f"{br} {bse}", f"{cm}-{bn}-{go} {tr}", pl[3], f"{pl[1]} {postal or ''}".strip(), "Japan"])
        if v == 3:
            return join([f"〒{postal}" if postal else None, f"{pl[0]}{pl[2]}{tk}{cm}-{bn}-{go}", f"{bk}{bs}{u or ''}"], " ").translate(FW)
        if v == 4:
            return join([f"{cm}-{bn}-{go}" + (f"-{u}" if u else ""), f"{tr}, {pl[3]}", pl[1], postal, "JP"])
        return join([f"{br} {bse} {u}" if u else f"{br} {bse}", f"{cm}-chome {bn}-{go} {tr}", pl[3], f"{pl[1]}-{'to' if pl[1] == 'Tokyo' else 'fu' if pl[1] == 'Osaka' else 'ken'}", postal]).upper()
    # CN
    (ph, pp, chz, cpy, _, _), (dh, dp), (rh, rp, (rs, rse)), no = a["city"], a["dist"], a["road"], a["no"]
    (bh, bp, (bs, bse)), blk = a["bldg"], a["block"]
    postal = None if drop == "zip" else a["postal"]
    v = R.randrange(6)
    if v == 0:
        return f"{ph}{chz}市{dh}{rh}{rs}{no}号{bh}{bs}{blk}栋" + (f"{u}室" if u else "")
    if v == 1:
        return f"{chz}市{dh}{rh}{rs}{no}号{bh}{bs}{blk}座" + (f"{u}" if u else "")
    if v == 2:
        return join([f"Room {u}" if u else None, f"Block {blk}", f"{bp} {bse}", f"No.{no} {rp} {rse}", f"{dp} District", cpy,
                     f"{pp} Province", f"China {postal or ''}".strip()])
    if v == 3:
        return join([f"{u}, {blk} Bldg" if u else f"{blk} Bldg", f"{bp} {bse}", f"{no} {rp} {rse}", f"{dp} Dist.", f"{cpy} {postal or ''}".strip(), "CN"]).upper()
    if v == 4:
        return join([f"{pp}省{chz}市" if False else f"{ph[:-1]}{chz}{dh}", f"{rh}{rs}{no}号", f"{bh}{bs}{blk}栋{u or ''}"], " ")
    return join([f"Rm {u}" if u else None, f"{blk}{'-' if R.random() < 0.5 else ' '}Tower, {bp} {bse}", f"{rp} {rse} {no}#", f"{dp}, {cpy}, {pp}", postal])


def addr_building_key(a):
    base = {k: a.get(k) for k in ("c", "no", "street", "city", "road", "bldg", "pl", "town", "chome", "ban", "go", "block", "dist")}
    return json.dumps(base, sort_keys=True, ensure_ascii=False, default=str)


def addr_short(a):
    if a["c"] == "CN":
        return f"No.{a['no']} {a['road'][1]} {a['road'][2][1]} block {a['block']}"
    if a["c"] == "JP":
        return f"{a['chome']}-{a['ban']}-{a['go']} {a['town'][1]}"
    st = a["street"]
    return f"{a['no']} {' '.join(x for x in st if isinstance(x, str))[:30]}"


# ---- phones
def make_phone(c, land=False):
    def gen():
        if c == "US":
            return "".join([str(R.randint(2, 9)), digits(2), str(R.randint(2, 9)), digits(6)])
        if c == "UK":
            return ("20" + ch("378") + digits(7)) if land else ("7" + ch("3456789") + digits(8))
        if c == "DE":
            return ("30" + digits(7)) if land and R.random() < 0.5 else ("40" + digits(7)) if land else ("15" + ch("12579") + digits(8))
        if c == "ES":
            return ("91" + digits(7)) if land else (ch("67") + digits(8))
        if c == "JP":
            return ("3" + digits(8)) if land else (ch(["90", "80", "70"]) + digits(8))
        return ("755" + digits(8)) if land else ("1" + ch("35789") + digits(9))
    return new("phone", c=c, n=uniq(lambda: ("ph", c, gen()))[2])


def render_phone(p, drop=None):
    c, n = p["c"], p["n"]
    if c == "US":
        a, b, d = n[:3], n[3:6], n[6:]
        opts = [f"+1 {a} {b} {d}", f"{a}-{b}-{d}", f"({a}) {b}-{d}", n, f"+1{n}", f"001 {a} {b}{d}", f"1-{a}-{b}-{d}", f"{a}.{b}.{d}",
                f"({a}) {b}-{d} ext. {R.randint(1, 30)}"]
    elif c == "UK":
        if n.startswith("7"):
            a, b = n[:4], n[4:]
            opts = [f"+44 {a} {b}", f"0{a} {b}", f"+44 (0) {a} {b}", f"44{n}", f"0{n}", f"+44-{a}-{b}", f"0{a}-{b}"]
        else:
            a, b, d = n[:2], n[2:6], n[6:]
            opts = [f"+44 {a} {b} {d}", f"0{a} {b} {d}", f"(0{a}) {b} {d}", f"+44 (0){a} {b}{d}", f"0{n}"]
    elif c == "DE":
        if n.startswith("15"):
            a, b = n[:3], n[3:]
            opts = [f"+49 {a} {b}", f"0{a} {b}", f"0{a}/{b}", f"+49 (0){a} {b}", f"0049-{a}-{b}", f"+49{n}", f"0{a}-{b[:4]} {b[4:]}"]
        else:
            a, b = n[:2], n[2:]
            opts = [f"0{a} {b}", f"+49 {a} {b}", f"+49 (0){a} {b[:3]} {b[3:5]} {b[5:]}", f"0049-{a}-{b}", f"0{a}/{b}", f"(0{a}) {b}"]
    elif c == "ES":
        a, b, d = n[:3], n[3:6], n[6:]
        opts = [f"+34 {a} {b} {d}", f"{a} {b[:2]} {b[2:]}{d[:1]} {d[1:]}", n, f"0034 {n}", f"+34{n}", f"(+34) {a}-{b}-{d}", f"{a} {b} {d}"]
    elif c == "JP":
        if n.startswith("3"):
            a, b, d = n[:1], n[1:5], n[5:]
        else:
            a, b, d = n[:2], n[2:6], n[6:]
        opts = [f"0{a}-{b}-{d}", f"+81 {a}-{b}-{d}", f"+81 {a} {b} {d}", f"0{n}", f"0{a}-{b}-{d}".translate(FW), f"+81-{a}-{b}-{d}",
                f"(0{a}) {b}-{d}"]
    else:
        if n.startswith("1"):
            a, b, d = n[:3], n[3:7], n[7:]
            opts = [f"{a} {b} {d}", f"+86 {a} {b} {d}", n, f"+86-{n}", f"0086 {a}-{b}-{d}", f"(+86){a} {b} {d}", f"+86{n}", f"86-{n}"]
        else:
            a, b = n[:3], n[3:]
            opts = [f"0{a}-{b}", f"+86 {a} {b[:4]} {b[4:]}", f"(0{a}) {b}", f"+86-{a}-{b}"]
    s = ch(opts)
    if drop:  # lost leading digits / country code garbled in a spreadsheet
        s = s.lstrip("+0") if R.random() < 0.5 else s[:-1]
    return s


# ---- e-mails
FREEMAIL = {"US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com"], "UK": ["gmail.com", "outlook.com", "btinternet.com", "hotmail.co.uk"],
            "DE": ["web.de", "gmx.de", "gmail.com", "t-online.de"], "ES": ["gmail.com", "hotmail.es", "yahoo.es"],
            "JP": ["yahoo.co.jp", "gmail.com", "docomo.ne.jp"], "CN": ["qq.com", "163.com", "126.com", "gmail.com", "outlook.com"]}


def make_email(c, person=None, domain=None, role=None):
    def gen():
        if role:
            return role, domain
        dom = domain or ch(FREEMAIL[c])
        if dom == "qq.com" and R.random() < 0.7:
            return str(R.randint(10 ** 8, 3 * 10 ** 9)), dom
        if person:
            if c in ("JP", "CN"):
                f, l = (person["rg"], person["rs"]) if c == "JP" else (person["giv"][1], person["sur"][1])
            elif c == "ES":
                f, l = person["first"].split()[0], person["last"]
            else:
                f, l = person["first"], person["last"]
            f, l = strip_acc(de_translit(f)).lower().replace("'", ""), strip_acc(de_translit(l)).lower().replace("'", "")
            loc = ch([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(70, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(1, 999)}", f"{f}{l}"])
        else:
            loc = ch(["info", "ops", "seller", "amazon", "support", "kontakt", "hello"]) + ch(["", str(R.randint(1, 99))])
        return loc, dom
    loc, dom = uniq(lambda: ("em",) + gen())[1:]
    return new("email", local=loc, domain=dom)


def render_email(e, drop=None):
    loc, dom = e["local"], e["domain"]
    if dom == "gmail.com" and R.random() < 0.35:
        # gmail ignores dots; people write them differently
        if "." in loc and R.random() < 0.5:
            loc = loc.replace(".", "")
        elif len(loc) > 4:
            i = R.randint(1, len(loc) - 2)
            loc = loc[:i] + "." + loc[i:] if loc[i - 1] != "." and loc[i] != "." else loc
        if R.random() < 0.3:
            dom = "googlemail.com"
    if dom == "qq.com" and loc.isdigit() and R.random() < 0.3:
        dom = "foxmail.com"
    if dom == "gmx.de" and R.random() < 0.3:
        dom = "gmx.net"
    if R.random() < 0.12 and dom in ("gmail.com", "outlook.com", "icloud.com"):
        loc = loc + "+" + ch(["amazon", "sc", "seller", "amz"])
    s = f"{loc}@{dom}"
    v = R.random()
    if v < 0.15:
        s = s.capitalize()
    elif v < 0.22:
        s = s.upper()
    elif v < 0.3:
        s = "".join(x.upper() if i == 0 or (loc[i - 1:i] in "._") else x for i, x in enumerate(loc)) + "@" + dom
    elif v < 0.34:
        s = f"mailto:{s}"
    elif v < 0.38:
        s = f" {s} "
    if drop:
        s = s.replace(".com", ch([".con", ".cm", ""])) if ".com" in s else s.replace("@", "@@", 1) if R.random() < 0.3 else s.split("@")[0]
    return s


# ---- bank accounts
def make_bank(c, psp=None):
    if psp:
        p = psp
        if p["scheme"] == "us":
            return new("bank_account", sch="us", rtn=p["rtn"], acct=uniq(lambda: ("us-acct", p["prefix"] + digits(7)))[1], psp=p["name"], bank=p["name"])
        if p["scheme"] == "uk":
            return new("bank_account", sch="uk", sort=p["sort"], acct=uniq(lambda: ("uk-acct", p["prefix"] + digits(6)))[1], psp=p["name"], bank=p["name"], bc="CLRM")
        return new("bank_account", sch="de", blz=p["blz"], acct=uniq(lambda: ("de-acct", p["prefix"] + digits(6)))[1], psp=p["name"], bank=p["name"], bic="PYVADEB2XXX")
    if c == "US":
        b = ch(US_BANKS)
        return new("bank_account", sch="us", rtn=b[1] + digits(5), acct=uniq(lambda: ("us-acct", digits(R.choice([9, 10, 12]))))[1], bank=b[0], psp=None)
    if c == "UK":
        b = ch(UK_BANKS)
        return new("bank_account", sch="uk", sort=ch(["20", "40", "60", "30", "11", "83"]) + digits(4), acct=uniq(lambda: ("uk-acct", digits(8)))[1], bank=b[0], bc=b[1], psp=None)
    if c == "DE":
        b = ch(DE_BANKS)
        return new("bank_account", sch="de", blz=ch("1234567") + digits(7), acct=uniq(lambda: ("de-acct", "0" * R.randint(0, 3) + digits(7)))[1][-10:].zfill(10),
                   bank=b[0], bic=b[1] + "DE" + ch(["FF", "MM", "BE", "HH"]) + ch(["XXX", "", "100"]), psp=None)
    if c == "ES":
        b = ch(ES_BANKS)
        return new("bank_account", sch="es", ent=b[1], ofi=digits(4), dc=digits(2), acct=uniq(lambda: ("es-acct", digits(10)))[1], bank=b[0], psp=None)
    if c == "JP":
        b, br = ch(JP_BANKS), ch(JP_BRANCH)
        return new("bank_account", sch="jp", b=b, br=br, acct=uniq(lambda: ("jp-acct", b[2], br[2], digits(7)))[3], psp=None)
    b = ch(CN_BANKS)
    return new("bank_account", sch="cn", b=b, acct=uniq(lambda: ("cn-acct", b[2] + digits(R.choice([12, 15]))))[1],
               br=ch(CN_SYL)[0] + ch(CN_SYL)[0], psp=None)


def render_bank(b, drop=None):
    s = b["sch"]
    if s == "us":
        r, a, nm = b["rtn"], b["acct"], b["bank"]
        opts = [f"RTN {r} ACCT {a}", f"ABA: {r} / Acct#: {a}", f"{nm} {r}-{a}", f"Routing {r}, Account {a} (checking)",
                f"{a} (routing {r})", f"{nm} | RTN {r} | {a}", f"Acct {a} RTN {r}"]
        if drop:
            opts = [f"{nm} acct ending {a[-4:]}", f"ACCT {a}", f"RTN {r} ACCT {a[:-2]}", f"{nm} ****{a[-4:]}"]
        return ch(opts)
    if s == "uk":
        sc, a = b["sort"], b["acct"]
        scd = f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"
        ib = iban("GB", b["bc"] + sc + a)
        opts = [f"sort code {scd} acc {a}", f"SC {scd} / AC {a}", f"{sc} {a}", group4(ib), ib, f"IBAN {group4(ib)}",
                f"{b['bank']} {scd} {a}", f"Sort: {sc[:2]} {sc[2:4]} {sc[4:]} Acc no: {a}"]
        if drop:
            opts = [f"sort code {scd} acc {a[:-1]}", f"acc {a}", group4(ib)[:-3], f"{b['bank']} ending {a[-4:]}"]
        return ch(opts)
    if s == "de":
        blz, a = b["blz"], b["acct"]
        ib = iban("DE", blz + a)
        opts = [group4(ib), ib, ib.lower(), f"IBAN: {group4(ib)} BIC: {b['bic']}", f"BLZ {blz} Kto {a}",
                f"Kto.-Nr. {a.lstrip('0')}, BLZ {blz[:3]} {blz[3:6]} {blz[6:]}", f"{b['bank']} {group4(ib)}", f"IBAN {ib} ({b['bank']})"]
        if drop:
            opts = [group4(ib)[:-5], f"IBAN DE** **** **** **** **{a[-2:]} {a[-4:-2]}".replace("** **", "****"), f"Kto {a.lstrip('0')}"]
        return ch(opts)
    if s == "es":
        ccc = b["ent"] + b["ofi"] + b["dc"] + b["acct"]
        ib = iban("ES", ccc)
        opts = [group4(ib), ib, f"IBAN: {group4(ib)}", f"CCC {b['ent']} {b['ofi']} {b['dc']} {b['acct']}",
                f"{b['ent']}-{b['ofi']}-{b['dc']}-{b['acct']}", f"{b['bank']} {group4(ib)}", f"ES {ib[2:4]} {ccc}"]
        if drop:
            opts = [f"{b['bank']} ...{b['acct'][-4:]}", group4(ib)[:-4], ccc]
        return ch(opts)
    if s == "jp":
        (bk, be, bc), (rk, re_, rc), a = b["b"], b["br"], b["acct"]
        opts = [f"{bk} {rk}支店 普通 {a}", f"{bk}{rk}支店 普通預金 {a}", f"{be} {re_} Branch, Ordinary, {a}", f"{bc}-{rc}-{a}",
                f"普通 {a}（{bk} {rk}支店）", f"{be} ({bc}) {re_} ({rc}) Futsu {a}", f"{bk} {rk}支店 普通 {a}".translate(FW)]
        if drop:
            opts = [f"{bk} 普通 {a}", f"{be} acct {a}", f"{bc}-{rc}-{a[:-1]}"]
        return ch(opts)
    (bk, be, _), a = b["b"], b["acct"]
    opts = [f"{bk} {' '.join(a[i:i + 4] for i in range(0, len(a), 4))}", a, f"{be} {a}", f"{bk}{b['br']}支行 账号:{a}",
            f"开户行：{bk} 账号：{' '.join(a[i:i + 4] for i in range(0, len(a), 4))}", f"{be} A/C {a}"]
    if drop:
        opts = [f"{bk} 尾号{a[-4:]}", a[:-1], f"{be} ****{a[-4:]}"]
    return ch(opts)


# ---- cards
def make_card(c, like_last4=None):
    if c == "CN" and R.random() < 0.5:
        bn, brand = "62" + digits(4), "UnionPay"
    elif c == "JP" and R.random() < 0.4:
        bn, brand = "35" + str(R.randint(28, 89)) + digits(2), "JCB"
    elif R.random() < 0.55:
        bn, brand = "4" + digits(5), "Visa"
    else:
        bn, brand = "5" + str(R.randint(1, 5)) + digits(4), "Mastercard"
    l4 = like_last4 or digits(4)
    key = uniq(lambda: ("card", bn, l4 if like_last4 else digits(4)))
    return new("card", bin=bn, l4=key[2], brand=brand, mm=R.randint(1, 12), yy=R.randint(2025, 2031))


def render_card(cd, drop=None):
    bn, l4, br, mm, yy = cd["bin"], cd["l4"], cd["brand"], cd["mm"], cd["yy"]
    short = {"Visa": "VISA", "Mastercard": "MC", "UnionPay": "UPI", "JCB": "JCB"}[br]
    opts = [f"{bn[:4]} {bn[4:]}** **** {l4} ({mm:02d}/{yy})", f"{bn}xxxxxx{l4} exp {mm:02d}/{yy % 100:02d}", f"{bn}******{l4}",
            f"{short} ****{l4} {mm:02d}/{yy % 100:02d}", f"{br} •••• {l4} exp {yy}-{mm:02d}", f"{bn[:4]}-{bn[4:]}XX-XXXX-{l4} {mm:02d}{yy % 100:02d}",
            f"{br} {bn}...{l4} ({mm}/{yy % 100})"]
    if drop:
        opts = [f"{br} ending {l4}", f"****{l4}", f"{short} x{l4}", f"{bn[:4]} **** **** {l4}"]
    return ch(opts)


# ---- tax ids
def make_tax(typ):
    def gen():
        if typ == "ein":
            return str(R.randint(10, 99)) + digits(7)
        if typ in ("gb_vat",):
            return str(R.randint(1, 4)) + digits(8)
        if typ == "gb_crn":
            return ch(["", "", "SC"]) + digits(8)[: 8 if True else 6]
        if typ == "de_vat":
            return str(R.randint(1, 3)) + digits(8)
        if typ == "de_stnr":
            return "%02d" % R.randint(10, 99) + digits(3) + digits(5)
        if typ == "es_cif":
            return "B" + digits(8)
        if typ == "es_dni":
            n = R.randint(10 ** 7, 10 ** 8 - 1)
            return str(n) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]
        if typ == "jp_corp":
            return str(R.randint(1, 9)) + digits(12)
        if typ == "cn_uscc":
            return "91" + ch(["440300", "440106", "441900", "330110", "330782", "350203"]) + "MA" + "".join(
                R.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(7)) + R.choice(string.digits + "ABCDEFGHJKLMNPQRTUWXY")
    return new("tax_id", t=typ, v=uniq(lambda: ("tax", typ, gen()))[2])


def render_tax(t, drop=None):
    typ, v = t["t"], t["v"]
    if typ == "ein":
        opts = [f"{v[:2]}-{v[2:]}", v, f"EIN {v[:2]}-{v[2:]}", f"FEIN: {v[:2]} {v[2:]}", f"TIN {v}"]
    elif typ == "gb_vat":
        opts = [f"GB{v}", f"GB {v[:3]} {v[3:7]} {v[7:]}", f"{v[:3]} {v[3:7]} {v[7:]}", f"VAT Reg No. GB{v}", f"GB-{v}"]
    elif typ == "gb_crn":
        opts = [v, f"Co. No. {v}", f"Company number {v}", f"CRN {v.lstrip('0')}" if not v.startswith("SC") else f"CRN {v}"]
    elif typ == "de_vat":
        opts = [f"DE{v}", f"DE {v[:3]} {v[3:6]} {v[6:]}", f"USt-IdNr.: DE{v}", f"VAT DE{v}", f"de{v}"]
    elif typ == "de_stnr":
        opts = [f"{v[:2]}/{v[2:5]}/{v[5:]}", f"StNr. {v[:2]}/{v[2:5]}/{v[5:]}", f"Steuernummer {v[:2]} {v[2:5]} {v[5:]}", v]
    elif typ == "es_cif":
        opts = [v, f"{v[0]}-{v[1:]}", f"ES{v}", f"NIF: {v}", f"CIF {v[0]}{v[1:3]}.{v[3:6]}.{v[6:]}", f"ES-{v}"]
    elif typ == "es_dni":
        opts = [v, f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}", f"DNI {v}", f"NIF {v[:8]}-{v[8]}", f"ES{v}"]
    elif typ == "jp_corp":
        opts = [f"T{v}", v, f"T-{v}", f"登録番号 T{v}", f"法人番号: {v[:1]} {v[1:5]} {v[5:9]} {v[9:]}", f"T{v}".translate(FW), f"Corporate No. {v}"]
    else:
        opts = [v, v.lower(), f"统一社会信用代码：{v}", f"USCC {v}", f"{v[:6]} {v[6:12]} {v[12:]}", f"Unified Social Credit Code: {v}"]
    s = ch(opts)
    if drop:
        i = R.randrange(len(s))
        s = s[:i] + s[i + 1:] if R.random() < 0.6 else s[:-2]
    return s


# ---- ips / devices
def make_ip(v6=False, pool=None):
    if v6:
        v = uniq(lambda: ("ip", "2" + ch("4a") + "%02x" % R.randint(0, 255) + ":" + ":".join("%x" % R.randint(0, 65535) for _ in range(7))))[1]
    else:
        v = uniq(lambda: ("ip", ".".join(str(x) for x in (R.choice([R.randint(24, 126), R.randint(128, 223)]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)))))[1]
    return new("ip", v=v, pool=pool)


def render_ip(ip, drop=None):
    v = ip["v"]
    if ":" in v:
        parts = v.split(":")
        opts = [v, ":".join(p.zfill(4) for p in parts), v.upper(), f"[{v}]:{R.randint(1024, 65535)}"]
    else:
        opts = [v, v, v, f"{v}:{R.randint(1024, 65535)}", f"::ffff:{v}", ".".join(p.zfill(3) for p in v.split(".")), f"IP {v} ({ch(['Chrome', 'Edge', 'Safari', 'Firefox'])})"]
    s = ch(opts)
    if drop:
        s = ".".join(v.split(".")[:3]) + ".x" if "." in v and ":" not in v else s[:-3]
    return s


DEV_DESC = ["Win10 / Chrome 119", "Windows 11 Pro / Edge 120", "MacBook Pro / Safari 17", "macOS 14 / Chrome 120", "iPhone 14 / Amazon Seller app",
            "Android 13 / Amazon Seller app", "Win7 / Firefox 115", "Ubuntu / Firefox 121", "iPad / Safari"]


def make_device():
    return new("device", v=uniq(lambda: ("dev", "%032x" % R.getrandbits(128)))[1], desc=ch(DEV_DESC))


def render_device(d, drop=None):
    v, ds = d["v"], d["desc"]
    uu = f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"
    s = ch([v, v.upper(), uu, uu.upper(), f"device_id={v}", f"{ds} — {uu}", f"{ds} [{v[:16]}…]" if False else f"{ds} ({v})", f"fp:{v[:24]}" if False else f"DVC-{v.upper()}"])
    if drop:
        s = s[:len(s) - R.randint(4, 10)]
    return s


# ---- store names / logins
def make_store(c, generic=None):
    if generic:
        return new("store_name", w=generic, generic=True)
    return new("store_name", w=brand_word(), generic=False)


def render_store(st, drop=None):
    w = st["w"]
    if st["generic"]:
        return ch([w, w, w.upper(), w.replace(" ", ""), w + " ✓"])
    cap = w.capitalize()
    return ch([w.upper(), cap, w.upper(), f"{w.upper()} Official", f"{cap}-{ch(['US', 'EU', 'Direct', 'Store'])}", f"{cap} Store", f"{w}_shop",
               f"{w.upper()}®", f"{cap} Home" if False else f"{w.upper()} Direct"])


def render_login(lg, drop=None):
    if lg.get("local") is not None:  # the login is an e-mail object (shared cid with the e-mail kind)
        s = render_email(lg, drop)
        return ch([s, s, s, f"login: {s.strip()}", f"{s.strip()} (sellercentral)", f"Username: {s.strip()}"])
    u = lg["u"]
    s = ch([u, u.lower(), u.upper() if R.random() < 0.3 else u, f"sc-login: {u}"])
    if drop:
        s = s[:-1]
    return s


RENDER = {"person_name": lambda o, d: render_person(o) if not d else _typo(render_person(o)),
          "company_name": lambda o, d: render_company(o) if not d else _typo(render_company(o)),
          "address": lambda o, d: render_address(o, drop=d if d in ("unit", "zip") else None) if d != "typo" else _typo(render_address(o)),
          "phone": lambda o, d: render_phone(o, d), "email": lambda o, d: render_email(o, d), "bank_account": lambda o, d: render_bank(o, d),
          "card": lambda o, d: render_card(o, d), "tax_id": lambda o, d: render_tax(o, d), "ip": lambda o, d: render_ip(o, d),
          "device": lambda o, d: render_device(o, d), "store_name": lambda o, d: render_store(o) if not d else _typo(render_store(o)),
          "login": lambda o, d: render_login(o, d)}


def _typo(s):
    if len(s) < 4:
        return s
    i = R.randrange(1, len(s) - 1)
    op = R.randrange(4)
    if op == 0:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if op == 1:
        return s[:i] + s[i + 1:]
    if op == 2:
        return s[:i] + s[i] + s[i:]
    return s[:i] + ch("aeinorstlu") + s[i + 1:]


def render(kind, obj):
    d = None
    if R.random() < TYPO_RATE:
        if kind == "address":
            d = ch(["unit", "zip", "typo", "unit"])
        else:
            d = True
    return RENDER[kind](obj, d).strip() if kind != "email" else RENDER[kind](obj, d)


# --------------------------------------------------------------------------- shared infrastructure (the trap makers)
def build_hubs():
    hubs = {"addr": [], "ip": [], "dev": [], "acct": []}
    # virtual offices, co-working desks, registered agents, 3PL return addresses: same room for strangers
    spec = [("US", "registered agent, Sheridan WY", ("Sheridan", "WY", "Wyoming", "828"), "Ste|310"),
            ("US", "registered agent, Wilmington DE", ("Wilmington", "DE", "Delaware", "198"), "Ste|200"),
            ("US", "virtual mailbox, Las Vegas NV", ("Las Vegas", "NV", "Nevada", "891"), "#|4417"),
            ("US", "3PL warehouse, Ontario CA", ("Ontario", "CA", "California", "917"), "Unit|B"),
            ("UK", "company-formation agent, London", ("London", ["WC2H", "EC1V"], "Greater London"), "Suite|4"),
            ("UK", "3PL warehouse, Northampton", ("Northampton", ["NN4"], "Northamptonshire"), "Unit|12"),
            ("DE", "co-working Berlin", ("Berlin", "Berlin", "10", 14), "OG|4"),
            ("DE", "3PL / fulfilment Leipzig", ("Leipzig", "Leipzig", "04", 3), "HH|1"),
            ("ES", "co-working Madrid", ("Madrid", "28", "Madrid"), "2|A"),
            ("JP", "virtual office Shibuya", None, "901"),
            ("JP", "import agent / IOR office Osaka", None, "305"),
            ("CN", "commercial-secretary cluster registration Shenzhen", None, "201"),
            ("CN", "commercial-secretary cluster registration Yiwu", None, "1105"),
            ("CN", "cross-border incubator Shenzhen", None, "808")]
    for c, label, city, unit in spec:
        a = make_address(c, hub=label)
        if city and c == "US":
            a["city"] = city
            a["zip"] = city[3] + digits(2)
        elif city and c == "UK":
            a["city"] = city
            a["pc"] = city[1][0] + " " + str(R.randint(1, 9)) + "JQ"
        elif city and c in ("DE", "ES"):
            a["city"] = city
        a["unit"] = unit
        hubs["addr"].append(a)
    pools = [("mobile-carrier CGNAT (CN)", 14, False), ("mobile-carrier CGNAT (US)", 6, False), ("mobile-carrier IPv6 (JP)", 4, True),
             ("commercial VPN exit", 10, False), ("co-working NAT", 5, False), ("hotel / airport wifi", 4, False), ("agency office proxy (CN)", 6, False)]
    for label, n, v6 in pools:
        for _ in range(n):
            hubs["ip"].append(make_ip(v6=v6, pool=label))
    for i in range(14):   # freelance VAs / ex-founders now contracting: one laptop, many clients
        d = make_device()
        d["pool"] = ch(["freelance VA laptop", "listing-agency workstation", "founder-turned-contractor laptop", "PPC consultant laptop"])
        hubs["dev"].append(d)
    for i in range(12):   # accountants / bookkeepers / service agents: their phone and mailbox end up on client accounts
        c = ch(COUNTRIES)
        dom = uniq(lambda: ("acdom", ch(["taxpoint", "ledgerly", "kuaiji", "steuerbuero-nord", "asesoria-sol", "zeirishi-office", "bookwise"]) + ch(["", "-cpa", "-partners", "-group"]) + "." + {"US": "com", "UK": "co.uk", "DE": "de", "ES": "es", "JP": "jp", "CN": "cn"}[c]))[1]
        ph = make_phone(c, land=True)
        em = make_email(c, domain=dom, role=ch(["amazon", "clients", "vat", "bookkeeping", "service"]) + str(R.randint(1, 9)))
        label = ch(["shared accountant", "VAT service agent", "bookkeeping firm", "account-management agency"])
        ph["pool"] = em["pool"] = f"{label} ({dom})"
        hubs["acct"].append((ph, em))
    return hubs


TAX_BY_CO = {"US": ["ein"], "UK": ["gb_vat", "gb_crn"], "DE": ["de_vat", "de_stnr"], "ES": ["es_cif"], "JP": ["jp_corp"], "CN": ["cn_uscc"]}
TAX_INDIV = {"US": ["ein"], "UK": ["gb_vat"], "DE": ["de_stnr", "de_vat"], "ES": ["es_dni"], "JP": [], "CN": []}
STRONG = {"email", "phone", "address", "bank_account", "card", "tax_id", "login", "company_name"}


PLURAL = {"email": "emails", "phone": "phones", "address": "addresses", "bank_account": "bank_accounts", "card": "cards", "tax_id": "tax_ids",
          "ip": "ips", "device": "devices", "login": "logins", "company_name": "company_names", "store_name": "store_names", "person_name": "person_names"}


def disp(kind, o):
    """plain text of a canonical object for the decoy 'why' column"""
    R_state = R.getstate()
    s = {"company_name": lambda: render_company(o), "person_name": lambda: render_person(o), "address": lambda: render_address(o)}[kind]()
    R.setstate(R_state)
    return s


def main():
    hubs = build_hubs()
    ops, accounts = [], []
    owner = {}                      # cid -> operator id (private objects only)
    reg = defaultdict(list)         # (country, kind) -> earlier private objects, for look-alike traps
    explicit = []                   # (kind, objA, objB, why)
    acc_ids = set()

    def acc_id():
        return uniq(lambda: ("acc", "A" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(R.choice([12, 13, 13, 14])))))[1]

    sizes = [1] * 66 + [2] * 17 + [3] * 8 + [4] * 4 + [5] * 2 + [6] * 2 + [7] * 1
    while len(accounts) < N_TARGET:
        oid = "OP%05d" % (len(ops) + 1)
        c = R.choices(COUNTRIES, COUNTRY_W)[0]
        n = min(ch(sizes), N_TARGET - len(accounts))
        op = {"id": oid, "c": c, "n": n}
        own = lambda o: owner.__setitem__(o["cid"], oid) or o
        is_co = R.random() < (0.85 if c in ("CN", "JP") else 0.65) or n >= 4
        persons = [own(make_person(c, common=R.random() < 0.1)) for _ in range(1 if R.random() < 0.8 else 2)]
        companies, taxes = [], {}
        if is_co:
            for _ in range(1 if n == 1 else min(n, ch([1, 1, 2, 2, 3]))):
                r = R.random()
                prev = [x for x in reg[(c, "company_name")] if owner[x["cid"]] != oid]
                if r < 0.10 and prev:
                    like = ch(prev)
                    co = own(make_company(c, like, "sibling"))
                    explicit.append(("company_name", like, co, "company names differ only in the distinctive word: '%s' vs '%s'" % (disp("company_name", like), disp("company_name", co))))
                elif r < 0.15 and prev:
                    like = ch(prev)
                    co = own(make_company(c, like, "twin"))
                    what = "city" if c == "CN" else "legal form"
                    explicit.append(("company_name", like, co, "same trade name, other %s: '%s' vs '%s'" % (what, disp("company_name", like), disp("company_name", co))))
                else:
                    co = own(make_company(c))
                companies.append(co)
                reg[(c, "company_name")].append(co)
                tx = [own(make_tax(t)) for t in TAX_BY_CO[c] if R.random() < 0.85] or [own(make_tax(TAX_BY_CO[c][0]))]
                if c == "CN":   # Chinese sellers register for VAT in Germany / the UK
                    if R.random() < 0.4:
                        tx.append(own(make_tax("de_vat")))
                    if R.random() < 0.3:
                        tx.append(own(make_tax("gb_vat")))
                taxes[co["cid"]] = tx
        ptax = [own(make_tax(t)) for t in TAX_INDIV[c] if R.random() < 0.7]
        emails = [own(make_email(c, person=persons[0])) for _ in range(1 if R.random() < 0.6 else 2)]
        if len(persons) > 1 and R.random() < 0.6:
            emails.append(own(make_email(c, person=persons[1])))
        if companies and R.random() < 0.6:
            dom = brand_word() + ch([".com", ".com", ".net", {"US": ".us", "UK": ".co.uk", "DE": ".de", "ES": ".es", "JP": ".jp", "CN": ".cn"}[c]])
            emails.append(own(make_email(c, domain=dom)))
        phones = [own(make_phone(c)) for _ in range(1 if R.random() < 0.7 else 2)]
        if companies and R.random() < 0.3:
            phones.append(own(make_phone(c, land=True)))
        addrs = []
        r = R.random()
        prev_a = [x for x in reg[(c, "address")] if owner[x["cid"]] != oid]
        if r < 0.10:
            hub = ch([h for h in hubs["addr"] if h["c"] == c] or hubs["addr"])
            addrs.append(hub)
        elif r < 0.19 and prev_a:
            like = ch(prev_a)
            mode = "room" if R.random() < 0.65 and like.get("unit") else "number"
            a = own(make_address(c, like, mode))
            addrs.append(a)
            explicit.append(("address", like, a, ("neighbours in the same building, other unit: '%s' vs '%s'" if mode == "room" else
                                                   "same street, other house number: '%s' vs '%s'") % (disp("address", like), disp("address", a))))
        else:
            addrs.append(own(make_address(c)))
        if R.random() < 0.35:
            addrs.append(own(make_address(c)))
        for a in addrs:
            if "hub" not in a:
                reg[(c, "address")].append(a)
        banks = []
        for _ in range(1 if R.random() < 0.7 else 2):
            if R.random() < (0.6 if c == "CN" else 0.15):
                banks.append(own(make_bank(c, psp=ch(PSPS))))
            else:
                banks.append(own(make_bank(c)))
        cards = []
        for _ in range(1 if R.random() < 0.7 else 2):
            prev_c = [x for x in reg["card"] if owner[x["cid"]] != oid]
            if R.random() < 0.03 and prev_c:
                like = ch(prev_c)
                cd = own(make_card(c, like_last4=like["l4"]))
                cd["brand"] = like["brand"] if like["brand"] in ("Visa", "Mastercard") else cd["brand"]
                if cd["brand"] == "Visa":
                    cd["bin"] = "4" + cd["bin"][1:]
                elif cd["brand"] == "Mastercard":
                    cd["bin"] = "5" + str(R.randint(1, 5)) + cd["bin"][2:]
                explicit.append(("card", like, cd, "different cards with the same brand and last four digits %s" % like["l4"]))
            else:
                cd = own(make_card(c))
            cards.append(cd)
            reg["card"].append(cd)
        ips = [own(make_ip(v6=(c == "JP" and R.random() < 0.3))) for _ in range(R.randint(1, 3))]
        devs = [own(make_device()) for _ in range(R.randint(1, 2))]
        ops.append(op)

        my_accs = []
        brands = []
        for i in range(n):
            if c == "CN":
                mp = R.choices(["US", "UK", "DE", "JP", "ES"], [0.5, 0.15, 0.18, 0.1, 0.07])[0]
            else:
                mp = HOME_MP[c] if R.random() < 0.7 else ch(["US", "UK", "DE"])
            acc = {"id": acc_id(), "op": oid, "c": c, "mp": mp, "items": [],
                   "mp_known": R.random() < 0.85, "c_known": R.random() < 0.7}
            items = acc["items"]

            def add(kind, o):
                if all(o is not x[1] or kind != x[0] for x in items):
                    items.append((kind, o))
            if brands and R.random() < 0.35:
                st = ch(brands)      # same brand listed as a separate account on another marketplace
            elif R.random() < 0.06:
                st = make_store(c, generic=ch(GENERIC_STORES))
            else:
                st = own(make_store(c))
            brands.append(st)
            if R.random() < 0.92:
                add("store_name", st)
            if R.random() < 0.8:
                add("person_name", ch(persons))
            co = companies[i % len(companies)] if companies else None
            if co and R.random() < 0.75:
                add("company_name", co)
            if co and R.random() < 0.6:
                for t in R.sample(taxes[co["cid"]], R.randint(1, len(taxes[co["cid"]]))):
                    add("tax_id", t)
            elif ptax and R.random() < 0.5:
                add("tax_id", ch(ptax))
            for e in R.sample(emails, min(len(emails), 1 if R.random() < 0.7 else 2)):
                add("email", e)
            if R.random() < 0.7:
                if R.random() < 0.65:
                    add("login", ch(emails))
                else:
                    u = uniq(lambda: ("login", f"{st['w'].lower()}_{mp.lower()}_{ch(['admin', 'ops', 'main', 'owner', str(R.randint(1, 9))])}"))[1]
                    add("login", own(new("login", u=u)))
            if R.random() < 0.8:
                for p in R.sample(phones, 1 if R.random() < 0.8 or len(phones) == 1 else 2):
                    add("phone", p)
            if R.random() < 0.06:
                ph, em = ch([h for h in hubs["acct"]])
                add(*(("phone", ph) if R.random() < 0.5 else ("email", em)))
            if R.random() < 0.8:
                for a in R.sample(addrs, 1 if R.random() < 0.7 or len(addrs) == 1 else 2):
                    add("address", a)
            if R.random() < 0.75:
                add("bank_account", ch(banks))
            if R.random() < 0.55:
                add("card", ch(cards))
            if R.random() < 0.85:
                for x in R.sample(ips, R.randint(1, len(ips))):
                    add("ip", x)
            if R.random() < 0.35:
                pool = [h for h in hubs["ip"] if ("(CN)" in h["pool"]) == (c == "CN") or "VPN" in h["pool"] or "hotel" in h["pool"]]
                add("ip", ch(pool))
            if R.random() < 0.6:
                add("device", ch(devs))
            if R.random() < 0.05:
                add("device", ch(hubs["dev"]))
            # operators with several accounts: make sure every account is tied to an earlier one by some identity detail
            if my_accs:
                strong_here = {o["cid"] for k, o in items if k in STRONG and owner.get(o["cid"]) == oid}
                linked = any(strong_here & {o["cid"] for k, o in b["items"] if k in STRONG} for b in my_accs)
                if not linked:
                    b = ch(my_accs)
                    cand = [(k, o) for k, o in b["items"] if k in STRONG and owner.get(o["cid"]) == oid]
                    if not cand:
                        cand = [ch([("phone", ch(phones)), ("email", ch(emails)), ("bank_account", ch(banks))])]
                        b["items"].append(cand[0])
                    add(*ch(cand))
            my_accs.append(acc)
        accounts.extend(my_accs)

    # every look-alike object must actually be visible on at least one account of its operator
    by_op = defaultdict(list)
    for a in accounts:
        by_op[a["op"]].append(a)

    where = defaultdict(list)
    for a in accounts:
        for _, x in a["items"]:
            where[x["cid"]].append(a)

    def accounts_with(kind, o):
        hits = where[o["cid"]]
        if not hits:
            a = ch(by_op[owner[o["cid"]]])
            a["items"].append((kind, o))
            hits.append(a)
        return hits

    decoys = {}

    def add_decoy(a, b, why):
        if a["op"] == b["op"]:
            return
        key = tuple(sorted((a["id"], b["id"])))
        decoys.setdefault(key, why)

    for kind, oa, ob, why in explicit:
        add_decoy(ch(accounts_with(kind, oa)), ch(accounts_with(kind, ob)), why)

    groups = defaultdict(list)
    for a in accounts:
        for k, o in a["items"]:
            if "hub" in o:
                groups[("hub", o["cid"], "same %s address incl. room/suite, unrelated firms" % o["hub"], 6)].append(a)
            elif o.get("pool") and k == "ip":
                groups[("ip", o["cid"], "shared IP %s (%s)" % (o["v"], o["pool"]), 2)].append(a)
            elif o.get("pool") and k == "device":
                groups[("dev", o["cid"], "same device seen on both (%s, works for unrelated clients)" % o["pool"], 4)].append(a)
            elif o.get("pool"):
                groups[("acct", o["cid"], "same %s %s on both" % (o["pool"], k.replace("_", " ")), 5)].append(a)
            elif k == "bank_account" and o.get("psp"):
                pre = o.get("rtn") or o.get("sort") or o.get("blz")
                groups[("psp", o["psp"] + pre, "%s virtual receiving accounts: same routing/sort/bank code %s and account prefix, different accounts" % (o["psp"], pre), 4)].append(a)
            elif k == "store_name" and o.get("generic"):
                groups[("store", o["w"], "same store display name '%s'" % o["w"], 4)].append(a)
            elif k == "person_name":
                groups[("name", person_key(o), "namesakes: different people both called '%s'" % disp("person_name", o), 2)].append(a)
    for (_, _, why, lim), accs in sorted(groups.items(), key=lambda kv: str(kv[0][:2])):
        ops_in = {a["op"] for a in accs}
        if len(ops_in) < 2:
            continue
        seen = set()
        for _ in range(lim * 4):
            if len(seen) >= lim:
                break
            a, b = R.sample(accs, 2)
            if a["op"] != b["op"]:
                k = tuple(sorted((a["id"], b["id"])))
                if k not in seen:
                    seen.add(k)
                    add_decoy(a, b, why)

    # ------------------------------------------------------------------ render
    variants = defaultdict(lambda: defaultdict(set))
    long_rows, jrows = [], []
    R.shuffle(accounts)
    for a in accounts:
        vals = defaultdict(list)
        for k, o in a["items"]:
            reps = 2 if R.random() < 0.08 else 1   # same detail pulled from two sources (DD folder + finance sheet)
            for _ in range(reps):
                s = render(k, o)
                if s and s not in vals[k]:
                    vals[k].append(s)
                    variants[k][o["cid"]].add(s.strip())
        mp = R.choice(MP_VARIANTS[a["mp"]]) if a["mp_known"] else None
        cc = (ISO[a["c"]] if not (a["c"] == "UK" and R.random() < 0.3) else "UK") if a["c_known"] else None
        obj = {"account_id": a["id"]}
        first = True
        order = [k for k in PLURAL if vals.get(k)]
        R.shuffle(order)
        for k in order:
            obj[PLURAL[k]] = vals[k]
            for s in vals[k]:
                tag = first or k in ("login", "ip", "device")   # access-log rows carry marketplace/country
                long_rows.append([a["id"], k, s, mp if tag and mp else "", cc if tag and cc else ""])
                first = False
        for k in PLURAL:
            obj.setdefault(PLURAL[k], [])
        if mp:
            obj["marketplace"] = mp
        if cc:
            obj["country"] = cc
        jrows.append(obj)

    with open(os.path.join(OUT, "accounts_long.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account_id", "kind", "value", "marketplace", "country"])
        w.writerows(long_rows)
    with open(os.path.join(OUT, "accounts.jsonl"), "w", encoding="utf-8") as f:
        for o in jrows:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "truth.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account_id", "operator_id"])
        for a in sorted(accounts, key=lambda x: x["id"]):
            w.writerow([a["id"], a["op"]])
    with open(os.path.join(OUT, "decoys.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["account_a", "account_b", "why"])
        for (x, y), why in sorted(decoys.items()):
            w.writerow([x, y, why])

    opsz = defaultdict(int)
    for a in accounts:
        opsz[a["op"]] += 1
    print("accounts:", len(accounts))
    print("operators:", len(opsz), "(with 2+ accounts: %d, max size %d)" % (sum(1 for v in opsz.values() if v > 1), max(opsz.values())))
    print("true related pairs:", sum(v * (v - 1) // 2 for v in opsz.values()))
    print("decoy pairs:", len(decoys))
    print("long rows:", len(long_rows))
    print("values written in more than one way (per kind: distinct underlying values with 2+ spellings / distinct values):")
    for k in PLURAL:
        tot = len(variants[k])
        multi = sum(1 for s in variants[k].values() if len(s) > 1)
        print("  %-13s %5d / %5d" % (k, multi, tot))


if __name__ == "__main__":
    main()
