"""Shared data model, invented companies, amounts, label writing."""
import os, json, random, datetime
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.join(HERE, "files")
TMP = os.path.join(HERE, "_tmp")
LABELS = os.path.join(HERE, "labels.jsonl")
CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
os.makedirs(FILES, exist_ok=True)
os.makedirs(TMP, exist_ok=True)

R = random.Random(57)
D2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


OUR = {"name": "杭州栖木家居电子商务有限公司", "taxid": "91330108MA2KQ7X31T",
       "addr": "杭州市滨江区长河街道江虹路1875号5幢702室", "en": "Hangzhou Qimu Home E-Commerce Co., Ltd."}

CN_SUPPLIERS = [
    ("义乌市禾畔日用品有限公司", "91330782MA2EH4L60K", "义乌市稠江街道贝村路211号"),
    ("宁波鄞州澄湖塑料制品厂", "92330212MA2J8QW17P", "宁波市鄞州区姜山镇工业园区6号"),
    ("台州市黄岩栗森模具家居有限公司", "91331003MA28G2NC4D", "台州市黄岩区北城街道开发大道388号"),
    ("安吉县竹语家具有限公司", "91330523MA2D7TR08B", "湖州市安吉县递铺街道竹乡路97号"),
    ("佛山市顺德区鹤溪五金制品有限公司", "91440606MA4WC3K52Y", "佛山市顺德区勒流街道众裕路12号"),
    ("杭州云栈供应链管理有限公司", "91330104MA2H0R6N7E", "杭州市江干区九堡镇德胜东路3588号"),
    ("绍兴柯桥锦纬纺织品有限公司", "91330621MA2BX5P49U", "绍兴市柯桥区柯北工业园区纺都路6号"),
    ("深圳市前海捷航国际物流有限公司", "91440300MA5F2UJ83R", "深圳市前海深港合作区前湾一路1号A栋201室"),
    ("杭州拾光电子商务服务有限公司", "91330110MA2GYD1F2M", "杭州市余杭区五常街道文一西路998号"),
    ("永康市岚峰不锈钢制品有限公司", "91330784MA29QK8T6A", "永康市经济开发区皇城路44号"),
]
CN_BUYERS = [OUR,
             {"name": "杭州栖木家居电子商务有限公司", "taxid": "91330108MA2KQ7X31T", "addr": OUR["addr"]},
             {"name": "杭州栖木跨境贸易有限公司", "taxid": "91330108MA2M0B9E4W", "addr": "杭州市滨江区西兴街道物联网街451号"}]

CN_ITEMS = [  # name, spec, unit, price range, rate
    ("*家具*实木竹制置物架", "QM-SJ045 四层", "件", (38, 95), "13%"),
    ("*塑料制品*硅胶折叠收纳盒", "XL 32*22*12cm", "个", (6, 18), "13%"),
    ("*日用杂品*布艺收纳筐", "棉麻 30cm", "个", (9, 24), "13%"),
    ("*金属制品*不锈钢挂钩", "S型 10只装", "套", (3, 9), "13%"),
    ("*纺织产品*涤纶防尘罩", "120*60cm", "条", (7, 15), "13%"),
    ("*纸制品*瓦楞纸箱", "五层 60*40*40", "只", (2, 6), "13%"),
    ("*家用厨房电器具*电热水壶", "QM-K17 1.7L", "台", (45, 88), "13%"),
    ("*竹制品*竹制砧板", "36*24cm", "块", (12, 28), "13%"),
    ("*陶瓷制品*陶瓷花瓶", "H25cm 哑光", "个", (15, 40), "13%"),
    ("*灯具*LED小夜灯", "感应款 USB", "个", (8, 19), "13%"),
]
SERVICE_ITEMS = [
    ("*物流辅助服务*国际货运代理费", "", "票", (800, 6000), "6%"),
    ("*现代服务*仓储服务费", "", "月", (1500, 5000), "6%"),
    ("*信息技术服务*店铺运营软件服务费", "", "年", (2000, 9000), "6%"),
    ("*运输服务*国内公路货物运输费", "", "车", (600, 2800), "9%"),
    ("*设计服务*产品包装设计费", "", "项", (1200, 4000), "6%"),
]
SMALL_ITEMS = [  # small-scale taxpayers 3% / 1% / exempt
    ("*日用杂品*手工编织篮", "中号", "个", (10, 30), None),
    ("*竹制品*竹筷套装", "10双装", "套", (5, 12), None),
    ("*农产品*干燥竹片", "原色", "千克", (4, 9), None),
]


def rand_date(y0=2023, y1=2025):
    start = datetime.date(y0, 1, 1)
    return start + datetime.timedelta(days=R.randint(0, (y1 - y0 + 1) * 365 - 20))


def fapiao_no(d):
    return "%02d%s%s" % (d.year % 100, R.choice(["33", "44", "33", "31"]),
                        "".join(R.choice("0123456789") for _ in range(16)))


def make_lines(pool, n, rate=None, sign=1):
    lines = []
    for name, spec, unit, (lo, hi), r in R.sample(pool, min(n, len(pool))) if n <= len(pool) else [R.choice(pool) for _ in range(n)]:
        rate_s = rate or r
        qty = R.choice([1, 1, 2]) if unit in ("票", "月", "年", "车", "项") else R.choice([20, 50, 60, 100, 120, 200, 240, 300, 500, 800, 1000])
        price = q2(Decimal(R.uniform(lo, hi)))
        amount = q2(price * qty) * sign
        lines.append({"name": name, "spec": spec, "unit": unit, "qty": qty * sign, "price": price,
                      "amount": amount, "rate": rate_s, "tax": tax_of(amount, rate_s)})
    return lines


def tax_of(amount, rate_s):
    if rate_s in ("免税", "不征税"):
        return Decimal("0.00")
    return q2(amount * Decimal(rate_s.rstrip("%")) / 100)


def totals(lines):
    a = sum((l["amount"] for l in lines), Decimal("0.00"))
    t = sum((l["tax"] for l in lines), Decimal("0.00"))
    return a, t, a + t


DIG = "零壹贰叁肆伍陆柒捌玖"


def rmb_upper(x):
    x = q2(x)
    neg = x < 0
    x = abs(x)
    yuan = int(x)
    jiao = int((x * 10) % 10)
    fen = int((x * 100) % 10)
    units = ["", "拾", "佰", "仟"]
    big = ["", "万", "亿"]
    s = ""
    if yuan == 0:
        s = "零"
    else:
        groups = []
        while yuan:
            groups.append(yuan % 10000)
            yuan //= 10000
        out = ""
        zero = False
        for gi in range(len(groups) - 1, -1, -1):
            g = groups[gi]
            if g == 0:
                zero = True
                continue
            gs = ""
            if out and g < 1000:
                zero = True
            digits = [(g // 10 ** k) % 10 for k in range(3, -1, -1)]
            started = False
            for k, dgt in enumerate(digits):
                if dgt == 0:
                    if started:
                        zero = True
                    continue
                if zero and (out or gs):
                    gs += "零"
                zero = False
                started = True
                gs += DIG[dgt] + units[3 - k]
            out += gs + big[gi]
        s = out
    s += "圆"
    if jiao == 0 and fen == 0:
        s += "整"
    else:
        s += (DIG[jiao] + "角") if jiao else ("零" if fen else "")
        if fen:
            s += DIG[fen] + "分"
    return ("负" if neg else "") + s


def fmt(x, style="cn"):
    """number formats: cn/us 1,234.56 ; de 1.234,56 ; fr 1 234,56 ; plain 1234.56"""
    x = q2(x)
    s = "{:,.2f}".format(x)
    if style == "de":
        return s.replace(",", "X").replace(".", ",").replace("X", ".")
    if style == "fr":
        return s.replace(",", " ").replace(".", ",")
    if style == "plain":
        return "{:.2f}".format(x)
    return s


_labels = []


def label(file, doc, producer, pages=1, genuine=True, edit_method=None, what_changed=None,
          edit_before_capture=False, **over):
    rec = {"file": file, "genuine": genuine, "edit_method": edit_method,
           "what_changed": what_changed or [], "producer": producer,
           "language": doc["lang"], "is_invoice": doc["doc_type"] in (
               "invoice", "tax_invoice", "receipt", "credit_note", "proforma"),
           "doc_type": doc["doc_type"], "date": doc["date"].isoformat(),
           "total": None if doc["grand_printed"] is None else "%.2f" % doc["grand_printed"], "currency": doc["currency"],
           "supplier": doc["supplier"]["name"], "buyer": doc["buyer"]["name"],
           "pages": pages, "edit_before_capture": edit_before_capture,
           "arithmetic_error": bool(doc.get("err"))}
    rec.update(over)
    _labels.append(rec)
    return rec


def write_labels(recs=None, append=True):
    recs = _labels if recs is None else recs
    with open(LABELS, "a" if append else "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n = len(recs)
    del _labels[:]
    return n


def read_labels():
    if not os.path.exists(LABELS):
        return []
    return [json.loads(l) for l in open(LABELS, encoding="utf-8") if l.strip()]
