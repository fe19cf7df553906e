"""A hard account set for the related-accounts check: real owners written messily, and decoys.

Real families (accounts Amazon treats as one operator): one owner's several accounts, a household
at one flat, an agency's staff login on its clients' accounts, a former employee who took a phone
and a laptop along. Each account shares at least one identity-grade value with its family, but
written the way people write it (routing and account with or without labels, masked cards with any
expiry spelling, national phone numbers mostly without a country column, traditional script,
full-width digits, plus-tags, re-ordered address parts, an address's country and state in words
or left out, a foreign address framed for a Chinese reader, an IBAN glued to its label, an expiry
of four bare digits, a device id inside a description, an e-mail in angle brackets, and on some
accounts a country column in the seller's own language).

Decoy families look related and are not: namesakes, one trade name in another city or with another
legal form, neighbours in one building or street, shared store display names, ids one digit apart,
IPs in one subnet, one e-mail provider, look-alike Chinese characters, a Taiwanese company whose
traditional-script name reads like a mainland one. All randomness is seeded; nothing is copied
from real companies or people.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

SURNAMES_HAN = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
)
GIVEN_HAN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉玲晶燕琳"
FIRST_LATIN = [
    "James",
    "Mary",
    "David",
    "Linda",
    "Robert",
    "Susan",
    "Michael",
    "Karen",
    "Daniel",
    "Laura",
    "Brian",
    "Emma",
    "Kevin",
    "Anna",
]
LAST_LATIN = [
    "Brown",
    "Smith",
    "Jones",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Taylor",
    "Clark",
    "Lewis",
    "Walker",
    "Hall",
    "Young",
]
TRADE_HAN = (
    "瑞万凯俊鸿泰嘉盛华丽恒达宏远鑫源锦程博越晟辉兴隆永安德胜新科晨光海纳天成金诚"
    "航宇星河云峰明月青松白鹭紫金翔龙腾飞启航卓越信达丰和润泽佳美优品力创思远智联众合"
)
INDUSTRY_HAN = ["科技", "贸易", "电子", "商贸", "家居", "实业", "网络科技", "进出口"]
CITIES_HAN = [
    ("深圳", "广东"),
    ("广州", "广东"),
    ("东莞", "广东"),
    ("杭州", "浙江"),
    ("义乌", "浙江"),
]
CITY_LATIN = {
    "深圳": "Shenzhen",
    "广州": "Guangzhou",
    "东莞": "Dongguan",
    "杭州": "Hangzhou",
    "义乌": "Yiwu",
}
AREA_CODE = {"深圳": "0755", "广州": "020", "东莞": "0769", "杭州": "0571", "义乌": "0579"}
DISTRICTS = ["南山区", "宝安区", "龙岗区", "福田区", "天河区", "萧山区", "西湖区"]
ROADS_HAN = ["科苑路", "深南大道", "建设路", "人民路", "中山路", "解放路", "工业大道", "创业路"]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ra",
    "ven",
    "tor",
    "bel",
    "zu",
    "qi",
    "an",
    "mo",
    "ri",
    "sol",
    "nex",
    "vi",
    "da",
    "lu",
    "ne",
    "pa",
    "xo",
    "tan",
    "fen",
    "gro",
]
INDUSTRY_LATIN = ["Technology", "Trading", "Electronics", "Home Goods", "Supplies", "Imports"]
FORMS_LATIN = ["Co., Ltd.", "Ltd", "LLC", "Inc.", "Limited"]
SAME_FORM = {
    "Co., Ltd.": ["Co Ltd", "CO., LIMITED", "Company Limited"],
    "Ltd": ["Limited", "LTD."],
    "LLC": ["L.L.C.", "llc"],
    "Inc.": ["Inc", "Incorporated"],
    "Limited": ["Ltd."],
}
US_CITIES = [
    ("Burbank", "CA", "91505"),
    ("Austin", "TX", "78701"),
    ("Newark", "NJ", "07102"),
    ("Reno", "NV", "89501"),
    ("Tampa", "FL", "33602"),
]
STREETS_LATIN = ["Riverside Drive", "Oak Street", "Main Street", "Harbor Avenue", "Elm Road"]
UK_TOWNS = [("Leeds", "LS1 4DT"), ("Bristol", "BS1 5TR"), ("Leicester", "LE1 6ZG")]
PROVIDERS = ["Payoneer", "PingPong", "WorldFirst", "Airwallex", "LianLian"]
BANKS_HAN = ["招商银行", "中国银行", "工商银行", "建设银行"]
STORE_NAMES = ["Home Essentials Store", "Best Deals Shop", "Happy Home", "优选好物", "Daily Goods"]
LOOKALIKE = {
    "未": "末",
    "己": "已",
    "日": "曰",
    "土": "士",
    "天": "夭",
    "晴": "睛",
    "人": "入",
    "大": "太",
    "王": "玉",
    "宏": "弘",
    "泰": "秦",
    "盛": "晟",
    "博": "搏",
    "辉": "晖",
}
T2S_PAIRS = {
    "华丽": "華麗",
    "贸易": "貿易",
    "科技": "科技",
    "电子": "電子",
    "鸿": "鴻",
    "锦": "錦",
    "兴隆": "興隆",
    "实业": "實業",
    "网络": "網絡",
    "进出口": "進出口",
    "业": "業",
}
# How a seller's own country column names the country (session 7: an outside file said 中国,
# Deutschland, Vereinigtes Königreich, 日本 as often as CN, DE, GB, JP).
COUNTRY_WORDS = {
    "CN": ["CN", "中国", "China", "PRC"],
    "US": ["US", "美国", "United States", "USA"],
    "GB": ["GB", "英国", "United Kingdom", "Royaume-Uni", "Vereinigtes Königreich"],
}
STATE_NAMES = {
    "CA": "California",
    "TX": "Texas",
    "NJ": "New Jersey",
    "NV": "Nevada",
    "FL": "Florida",
}
MARKETPLACES = ["amazon.com", "amazon.co.uk", "amazon.de", "美国站", "英国站", "德国站"]
BINS = [f"{p}{n:03d}" for p in ("546", "411", "522", "437", "621", "625") for n in range(40, 90)]
EMAIL_PROVIDERS = ["gmail.com", "qq.com", "163.com", "outlook.com"]


def aba_check(eight: str) -> str:
    d = [int(c) for c in eight]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return eight + str((10 - total % 10) % 10)


def corporate_number(twelve: str) -> str:
    """A Japanese corporate number (法人番号): a check digit before the twelve digits."""
    total = sum(int(d) * (1 if i % 2 == 0 else 2) for i, d in enumerate(reversed(twelve)))
    return str(9 - total % 9) + twelve


def iban(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country}{98 - number % 97:02d}{bban}"


def _group(text: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


def _traditional(text: str) -> str:
    for simple, trad in T2S_PAIRS.items():
        text = text.replace(simple, trad)
    return text


@dataclass
class Profile:
    """One real person or company: every identifier it owns, in a canonical form."""

    chinese: bool
    city: str
    person: str
    company: str  # the distinctive trade name
    industry: str
    form: str
    region: str  # CN, US or GB
    address: dict[str, str]
    phone: str  # national digits
    bank: dict[str, str]
    card: tuple[str, str, str, str]  # bin6, last4, month, year
    tax: str
    email: str
    device: str
    ip: str


@dataclass
class HardSet:
    accounts: list[dict[str, Any]]
    owner: dict[str, int]
    family: dict[int, str] = field(default_factory=dict)  # owner -> family kind
    planted: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, namespace)
    decoys: list[tuple[str, str, str]] = field(default_factory=list)  # (a, b, trap)
    national_phones: int = 0

    def true_pairs(self) -> int:
        sizes: dict[int, int] = {}
        for o in self.owner.values():
            sizes[o] = sizes.get(o, 0) + 1
        return sum(k * (k - 1) // 2 for k in sizes.values())


class _Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()
        self.accounts: list[dict[str, Any]] = []
        self.owner: dict[str, int] = {}
        self.next_owner = 0
        self.family: dict[int, str] = {}
        self.planted: list[tuple[str, str, str]] = []
        self.decoys: list[tuple[str, str, str]] = []
        self.national = 0

    # ----- unique identifiers -------------------------------------------------------------
    def unique(self, make: Callable[[], str]) -> str:
        while True:
            value = make()
            if value not in self.used:
                self.used.add(value)
                return value

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def trade_han(self) -> str:
        return self.unique(lambda: "".join(self.rng.sample(TRADE_HAN, self.rng.choice([2, 3]))))

    def trade_latin(self) -> str:
        def make() -> str:
            size = self.rng.choice([2, 3])
            return "".join(self.rng.sample(SYLLABLES, size)).capitalize() + self.rng.choice(
                ["", "ex", "ora", "ix", "on", "ia"]
            )

        return self.unique(make)

    def profile(self, chinese: bool | None = None) -> Profile:
        rng = self.rng
        chinese = rng.random() < 0.6 if chinese is None else chinese
        region = "CN" if chinese else rng.choice(["US", "US", "GB"])
        city, _province = rng.choice(CITIES_HAN)
        if chinese:
            # names are not unique: namesakes happen among real sellers too
            person = rng.choice(SURNAMES_HAN) + "".join(rng.sample(GIVEN_HAN, rng.choice([1, 2])))
            company, industry, form = self.trade_han(), rng.choice(INDUSTRY_HAN), "有限公司"
            address = {
                "city": city,
                "district": rng.choice(DISTRICTS),
                "road": rng.choice(ROADS_HAN),
                "number": str(rng.randint(1, 999)),
                "room": str(rng.randint(1, 30) * 100 + rng.randint(1, 20)),
            }
            phone = self.unique(lambda: "1" + rng.choice("3589") + self.digits(9, "0123456789"))
            if rng.random() < 0.4:
                phone = self.unique(lambda: AREA_CODE[city] + self.digits(8, "2345678"))
            acct = self.unique(lambda: "6225" + self.digits(12, "0123456789"))
            bank = {"type": "cn", "account": acct, "bank": rng.choice(BANKS_HAN)}
            tax = self.unique(lambda: "9144" + self.digits(13, "0123456789") + rng.choice("ABCDX"))
        else:
            person = f"{rng.choice(FIRST_LATIN)} {rng.choice(LAST_LATIN)}"
            company = self.trade_latin()
            industry, form = rng.choice(INDUSTRY_LATIN), rng.choice(FORMS_LATIN)
            if region == "US":
                town, state, zipc = rng.choice(US_CITIES)
                address = {
                    "number": str(rng.randint(10, 9999)),
                    "street": rng.choice(STREETS_LATIN),
                    "unit": str(rng.randint(1, 400)),
                    "town": town,
                    "state": state,
                    "zip": zipc,
                }
                phone = self.unique(
                    lambda: (
                        rng.choice("2345678")
                        + self.digits(2, "23456789")
                        + "55"
                        + self.digits(5, "0123456789")
                    )
                )
                routing = aba_check(self.digits(8, "0123"))
                bank = {
                    "type": "us",
                    "routing": routing,
                    "account": self.unique(lambda: self.digits(10)),
                }
                tax = self.unique(lambda: self.digits(2) + "-" + self.digits(7, "0123456789"))
            else:
                town, post = rng.choice(UK_TOWNS)
                address = {
                    "number": str(rng.randint(1, 300)),
                    "street": rng.choice(STREETS_LATIN),
                    "unit": str(rng.randint(1, 60)),
                    "town": town,
                    "zip": post,
                }
                phone = self.unique(lambda: "020" + self.digits(8, "78"))
                sort = self.digits(6, "1234")
                bank = {"type": "gb", "sort": sort, "account": self.unique(lambda: self.digits(8))}
                tax = self.unique(lambda: "GB" + self.digits(9))
        # Many issuers, each with many BINs: a card is BIN + last four + expiry, and with only a
        # handful of BINs unrelated sellers' masked cards would collide.
        # ... and one masked card is one card: two profiles never draw the same BIN, last four
        # and expiry (at 20,000 accounts that happened once by chance)
        drawn = self.unique(
            lambda: (
                f"{self.rng.choice(BINS)}|{self.digits(4, '0123456789')}|"
                f"{rng.randint(1, 12):02d}|{rng.randint(2026, 2031)}"
            )
        )
        bin6, last4, month, year = drawn.split("|")
        card = (bin6, last4, month, year)
        handle = self.unique(lambda: "".join(rng.sample(SYLLABLES, 3)) + str(rng.randint(1, 99)))
        email = f"{handle}@{rng.choice(EMAIL_PROVIDERS)}"
        device = self.unique(lambda: "".join(rng.choice("0123456789abcdef") for _ in range(16)))
        ip = self.unique(
            lambda: (
                f"{rng.randint(11, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}"
                f".{rng.randint(2, 250)}"
            )
        )
        # one flat, one household: two unrelated profiles never get the same full address
        while "|".join(address.values()) in self.used:
            address["number"] = str(int(address["number"]) + 1)
        self.used.add("|".join(address.values()))
        return Profile(
            chinese,
            city,
            person,
            company,
            industry,
            form,
            region,
            address,
            phone,
            bank,
            card,
            tax,
            email,
            device,
            ip,
        )

    def like(self, p: Profile) -> Profile:
        """Another profile in the same country as p."""
        while True:
            q = self.profile(p.chinese)
            if q.region == p.region:
                return q

    # ----- writing a value the way a seller would -------------------------------------------
    def w_name(self, p: Profile, exact: bool = True) -> str:
        rng = self.rng
        if p.chinese:
            prov = dict(CITIES_HAN)[p.city]
            core = p.company + p.industry
            variants = [
                f"{p.city}市{core}有限公司",
                f"{prov}省{p.city}市{core}有限公司",
                f"{core}（{p.city}）有限公司",
                f"{p.city}{core}有限责任公司",
            ]
            text = rng.choice(variants)
            return _traditional(text) if rng.random() < 0.3 else text
        form = p.form if rng.random() < 0.5 else rng.choice(SAME_FORM[p.form])
        name = f"{p.company} {p.industry} {form}"
        return name.upper() if rng.random() < 0.2 else name

    def w_address(self, p: Profile) -> str:
        rng, a = self.rng, p.address
        if p.chinese:
            text = rng.choice(
                [
                    f"{a['city']}市{a['district']}{a['road']}{a['number']}号{a['room']}室",
                    f"{dict(CITIES_HAN)[a['city']]}省{a['city']}市{a['district']}{a['road']}"
                    f"{a['number']}号 {a['room']}",
                    f"中国{a['city']}市{a['district']}{a['road']}{a['number']}號{a['room']}室",
                ]
            )
            return _fullwidth(text) if rng.random() < 0.2 else text
        if p.region == "US":
            street = (
                a["street"]
                if rng.random() < 0.5
                else a["street"]
                .replace("Street", "St")
                .replace("Avenue", "Ave")
                .replace("Road", "Rd")
                .replace("Drive", "Dr")
            )
            unit = rng.choice(
                [f"Suite {a['unit']}", f"Ste {a['unit']}", f"Unit {a['unit']}", f"#{a['unit']}"]
            )
            state = STATE_NAMES[a["state"]] if rng.random() < 0.2 else a["state"]
            plus4 = f"-{self.digits(4, '0123456789')}" if rng.random() < 0.2 else ""
            return rng.choice(
                [
                    f"{a['number']} {street} {unit}, {a['town']}, {state} {a['zip']}{plus4}",
                    f"{unit}, {a['number']} {street}, {a['town']}, {state} {a['zip']}, USA",
                    f"{a['number']} {street}, {unit}, {a['zip']} {a['town']}, {state}, "
                    "United States",
                    f"美国 {state} {a['town']} {a['number']} {street} {unit} 邮编{a['zip']}",
                ]
            )
        unit = rng.choice([f"Flat {a['unit']}", f"Unit {a['unit']}"])
        post = a["zip"].replace(" ", "") if rng.random() < 0.2 else a["zip"]
        return rng.choice(
            [
                f"{unit}, {a['number']} {a['street']}, {a['town']} {post}, UK",
                f"{a['number']} {a['street']}, {unit}, {a['town'].upper()}, {post}, United Kingdom",
                f"英国 {a['town']} {a['number']} {a['street']} {unit} {post}",
            ]
        )

    def w_phone(self, p: Profile) -> str:
        rng, d = self.rng, p.phone
        cc = {"CN": "86", "US": "1", "GB": "44"}[p.region]
        national = d
        international = f"+{cc} {d.lstrip('0')}"
        if p.region == "US":
            national = rng.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"])
        elif p.region == "GB":
            national = f"{d[:3]} {d[3:7]} {d[7:]}"
        elif d.startswith("0"):
            national = f"{d[:4]}-{d[4:]}"
        else:
            national = f"{d[:3]} {d[3:7]} {d[7:]}"
        if rng.random() < 0.6:
            self.national += 1
            return national
        return international

    def w_extension(self, p: Profile, ext: str) -> str:
        """p's number with an extension after it, in the words of p's country."""
        marks = {
            "CN": ["转{}", " 转 {}", " 内线 {}", " 分机{}", " ext. {}", "-内线{}"],
            "US": [" ext. {}", " x{}", " Ext {}", " #{}", ", ext {}", " extension {}"],
            "GB": [" ext {}", " extn. {}", " x{}", " (ext. {})", " Ext: {}"],
        }[p.region]
        return self.w_phone(p) + self.rng.choice(marks).format(ext)

    def landline(self, p: Profile) -> None:
        """Give p an office landline (a Chinese profile may have drawn a mobile)."""
        if p.chinese and not p.phone.startswith("0"):
            p.phone = self.unique(lambda: AREA_CODE[p.city] + self.digits(8, "2345678"))

    def w_bank(self, p: Profile) -> str:
        rng, b = self.rng, p.bank
        acct = b["account"]
        if b["type"] == "us":
            r = b["routing"]
            return rng.choice(
                [
                    f"RTN {r} ACCT {_group(acct)}",
                    f"{rng.choice(PROVIDERS)} {r}-{acct}",
                    f"Routing: {r} / Account: {acct}",
                    f"ABA {r} acct no. {acct}",
                ]
            )
        if b["type"] == "gb":
            s = b["sort"]
            ib = iban("GB", "NWBK" + s + acct)
            return rng.choice(
                [
                    f"Sort code {s[:2]}-{s[2:4]}-{s[4:]} Account {acct}",
                    _group(ib),
                    ib.lower(),
                    f"{rng.choice(PROVIDERS)} sort code {s} acct {acct}",
                    f"Northfield Bank IBAN{ib}",
                ]
            )
        return rng.choice(
            [
                f"开户行：{b['bank']} 账号：{_group(acct)}",
                f"{rng.choice(PROVIDERS)} {acct}",
                f"{b['bank']} {_group(acct, 4, '-')}",
                f"账号 {acct}",
            ]
        )

    def w_card(self, p: Profile) -> str:
        rng = self.rng
        bin6, last4, mm, yyyy = p.card
        return rng.choice(
            [
                f"{bin6[:4]} {bin6[4:]}** **** {last4} ({mm}/{yyyy})",
                f"{bin6[:4]} {bin6[4:]}** **** {last4} valid thru {mm}/{yyyy[2:]}",
                f"{bin6}******{last4} exp {yyyy}-{mm}",
                f"{bin6[:4]}-{bin6[4:]}xx-xxxx-{last4} 有效期 {yyyy}年{int(mm)}月",
                f"{bin6}xxxxxx{last4} {mm}{yyyy[2:]}",
            ]
        )

    def w_tax(self, p: Profile) -> str:
        rng, t = self.rng, p.tax
        if len(t) == 13 and t.isdigit():
            # a Japanese company: its invoice registration number is T + its corporate number
            return rng.choice(
                [
                    f"T{t}",
                    f"登録番号 T{t}",
                    f"T-{t}",
                    t,
                    f"法人番号：{t}",
                    f"Invoice Reg. No. T{t}",
                    f"適格請求書発行事業者登録番号 T{t}",
                    f"T {t[:1]} {t[1:5]} {t[5:9]} {t[9:]}",
                ]
            )
        if p.chinese:
            return rng.choice([t, f"统一社会信用代码：{t}", t.lower()])
        return rng.choice([t, f"EIN {t}" if "-" in t else f"VAT: {t[:2]} {_group(t[2:], 3)}"])

    def w_email(self, p: Profile) -> str:
        local, domain = p.email.split("@")
        return self.rng.choice(
            [p.email, f"{local}+amz@{domain}", p.email.upper(), f"{p.person} <{p.email}>"]
        )

    def w_device(self, p: Profile) -> str:
        return self.rng.choice(
            [p.device, p.device.upper(), f"设备号：{p.device}", f"work laptop, Edge: {p.device}"]
        )

    # ----- accounts -------------------------------------------------------------------------
    def new_id(self) -> str:
        return f"S{len(self.accounts) + 1:06d}"

    def account(
        self, owner: int, p: Profile, shared: dict[str, str] | None = None, full: bool = False
    ) -> str:
        """An account of profile p; `shared` holds values copied from a family member.

        A `full` account carries every identifier of p, so that family members can share any.
        """
        rng = self.rng
        ident = self.new_id()
        plural = rng.random() < 0.4
        rec: dict[str, Any] = {"id": ident}

        def put(kind: str, value: str) -> None:
            key = (kind + "s" if not kind.endswith("s") else kind + "es") if plural else kind
            if plural:
                rec.setdefault(key, []).append(value)
            else:
                rec[key] = value if kind not in rec else rec[kind] + "|" + value

        put("legal_name", p.person if rng.random() < 0.15 and not full else self.w_name(p))
        put(
            "store_name",
            rng.choice(STORE_NAMES) if rng.random() < 0.25 else p.company + " Store",
        )
        put("email", self.w_email(p))
        put("phone", self.w_phone(p))
        put("address", self.w_address(p))
        put("bank_account", self.w_bank(p))
        if full or rng.random() < 0.5:
            put("card", self.w_card(p))
        if full or rng.random() < 0.6:
            put("tax_id", self.w_tax(p))
        put("ip", p.ip)
        if full or rng.random() < 0.5:
            put("device", self.w_device(p))
        rec["marketplace"] = rng.choice(MARKETPLACES)
        if rng.random() < 0.3:
            rec["country"] = rng.choice(COUNTRY_WORDS[p.region])
        for kind, value in (shared or {}).items():
            put(kind, value)
        self.accounts.append(rec)
        self.owner[ident] = owner
        return ident

    def owner_id(self, kind: str) -> int:
        self.next_owner += 1
        self.family[self.next_owner] = kind
        return self.next_owner

    # ----- real families --------------------------------------------------------------------
    def same_owner(self) -> None:
        """One owner, 2-5 accounts: each new account re-uses 1-2 identifiers of the owner."""
        owner = self.owner_id("same_owner")
        base = self.profile()
        first = self.account(owner, base, full=True)
        ids = [first]
        for _ in range(self.rng.randint(1, 4)):
            p = self.like(base)
            kinds = self.rng.sample(
                ["bank", "phone", "email", "card", "tax", "name", "device"], self.rng.randint(1, 2)
            )
            shared: dict[str, str] = {}
            for k in kinds:
                if k == "bank":
                    shared["bank_account"] = self.w_bank(base)
                elif k == "phone":
                    shared["phone"] = self.w_phone(base)
                elif k == "email":
                    shared["email"] = self.w_email(base)
                elif k == "card":
                    shared["card"] = self.w_card(base)
                elif k == "tax":
                    shared["tax_id"] = self.w_tax(base)
                elif k == "name":
                    shared["legal_name"] = self.w_name(base)
                else:
                    shared["device"] = self.w_device(base)
            ident = self.account(owner, p, shared)
            ns = {
                "bank": "bank",
                "phone": "phone",
                "email": "email",
                "card": "card",
                "tax": "tax",
                "name": "name",
                "device": "device",
            }
            for k in kinds:
                self.planted.append((first, ident, ns[k]))
            ids.append(ident)

    def household(self) -> None:
        """Two people at one flat, each with an own business; the address is the link."""
        owner = self.owner_id("household")
        a = self.profile()
        b = self.like(a)
        b.address = dict(a.address)
        first = self.account(owner, a)
        second = self.account(owner, b, {"ip": a.ip})
        self.planted.append((first, second, "address"))

    def one_address_operator(self) -> None:
        """One operator with 5-7 accounts at one full address, each also sharing a bank account,
        phone or e-mail with the first: the address is crowded, the other details join them.
        Half of them have one more account there that shares only the address."""
        owner = self.owner_id("one_address_operator")
        base = self.profile()
        first = self.account(owner, base, full=True)
        for _ in range(self.rng.randint(4, 6)):
            p = self.like(base)
            p.address = dict(base.address)
            kind = self.rng.choice(["bank", "phone", "email"])
            shared = {
                "bank": {"bank_account": self.w_bank(base)},
                "phone": {"phone": self.w_phone(base)},
                "email": {"email": self.w_email(base)},
            }[kind]
            ident = self.account(owner, p, shared)
            self.planted.append((first, ident, kind))
        if self.rng.random() < 0.5:
            # and one more account at the office that shares nothing else with them
            p = self.like(base)
            p.address = dict(base.address)
            self.planted.append((first, self.account(owner, p), "address"))

    def extension_owner(self) -> None:
        """One person's 2-3 accounts: the office number written with the person's extension on
        one, without it or with the same extension written otherwise on the others."""
        owner = self.owner_id("extension_owner")
        base = self.profile()
        self.landline(base)
        ext = self.digits(self.rng.choice([2, 3, 4]), "123456789")
        first = self.account(owner, self.like(base), {"phone": self.w_extension(base, ext)})
        for _ in range(self.rng.randint(1, 2)):
            phone = self.w_phone(base) if self.rng.random() < 0.5 else self.w_extension(base, ext)
            self.planted.append(
                (first, self.account(owner, self.like(base), {"phone": phone}), "phone")
            )

    def jp_invoice_owner(self) -> None:
        """A Japanese company's 2-3 accounts, tied by its invoice registration number alone,
        written as T + the corporate number, the corporate number, with labels and dashes."""
        owner = self.owner_id("jp_invoice_owner")
        number = self.unique(lambda: corporate_number(self.digits(12, "0123456789")))
        base = self.profile()
        base.tax = number
        first = self.account(owner, self.like(base), {"tax_id": self.w_tax(base)})
        for _ in range(self.rng.randint(1, 2)):
            ident = self.account(owner, self.like(base), {"tax_id": self.w_tax(base)})
            self.planted.append((first, ident, "tax"))

    def agency(self) -> None:
        """An agency's staff member holds a login on 3-6 client accounts."""
        owner = self.owner_id("agency")
        staff = self.profile()
        login = self.w_email(staff)
        ids = [
            self.account(owner, self.profile(), {"login": login})
            for _ in range(self.rng.randint(3, 6))
        ]
        for other in ids[1:]:
            self.planted.append((ids[0], other, "email"))

    def former_employee(self) -> None:
        """A former employee's own account, on the laptop and phone number taken from work."""
        owner = self.owner_id("former_employee")
        boss = self.profile()
        first = self.account(owner, boss, {"device": boss.device})
        me = self.like(boss)
        second = self.account(owner, me, {"device": boss.device, "phone": self.w_phone(boss)})
        self.planted.append((first, second, "device"))
        self.planted.append((first, second, "phone"))

    def pooled_owner(self) -> None:
        """One seller's 2-3 accounts paid into a collection service's pooled account under the
        seller's one reference, written in several ways, and sharing nothing else."""
        owner = self.owner_id("pooled_owner")
        pool, ref = self.pool(), self.reference()
        ids = [
            self.account(owner, self.profile(), {"bank_account": self.w_pooled(pool, ref)})
            for _ in range(self.rng.randint(2, 3))
        ]
        for other in ids[1:]:
            self.planted.append((ids[0], other, "bank"))

    # ----- decoys ---------------------------------------------------------------------------
    def single(self, p: Profile | None = None, extra: dict[str, str] | None = None) -> str:
        return self.account(self.owner_id("single"), p or self.profile(), extra)

    def pool(self) -> str:
        """A collection service's pooled IBAN (its clients' payouts arrive on one account)."""
        return self.unique(lambda: iban("DE", self.digits(8) + self.digits(10, "0123456789")))

    def reference(self) -> str:
        return self.unique(lambda: "SLR-" + self.digits(6, "0123456789"))

    def w_pooled(self, pool: str, ref: str | None) -> str:
        """The pooled account with a client's payment reference, in a seller's words."""
        if ref is None:
            return self.rng.choice([_group(pool), f"Collect Pay GmbH {pool}"])
        return self.rng.choice(
            [
                f"IBAN {pool} / Ref: {ref}",
                f"{_group(pool)} (reference {ref})",
                f"Collect Pay GmbH, {pool}, Verwendungszweck {ref}",
                f"{pool} 备注 {ref}",
            ]
        )

    def session9(self, trap: str) -> None:
        """The traps of session 9: a third party's details on strangers' accounts."""
        rng = self.rng
        a = self.profile()
        members: list[str] = []
        if trap == "pooled_account":
            # 4-7 sellers paid into one collection service's pooled account, each under an own
            # reference; one in five writes the account without it
            pool = self.pool()
            for _ in range(rng.randint(4, 7)):
                ref = None if rng.random() < 0.2 else self.reference()
                members.append(self.single(extra={"bank_account": self.w_pooled(pool, ref)}))
        elif trap == "provider_details":
            # 8-12 clients of one bookkeeper: its phone, mailbox and laptop on their accounts
            cc = {"CN": "86", "US": "1", "GB": "44"}[a.region]
            phone = f"+{cc} {a.phone.lstrip('0')}"
            for _ in range(rng.randint(8, 12)):
                extra = {"phone": phone, "email": self.w_email(a)}
                if rng.random() < 0.6:
                    extra["device"] = self.w_device(a)
                members.append(self.single(extra=extra))
        elif trap == "no_number_address":
            # two firms in one building, written without house or room number
            if a.chinese:
                where = f"{a.city}市{a.address['district']}{a.address['road']}{a.company}大厦"
            else:
                where = f"{a.company} House, {a.address['street']}, {a.address['town']}"
            members = [self.single(extra={"address": where}) for _ in range(2)]
        elif trap == "trade_name_no_form":
            # one trade name in two legal forms or cities, both written without the form
            b = self.like(a)
            b.company, b.industry = a.company, a.industry
            if a.chinese:
                b.city = next(c for c, _ in CITIES_HAN if c != a.city)
            else:
                b.form = "LLC" if a.form != "LLC" else "Co., Ltd."
            bare = f"{a.company}{a.industry}" if a.chinese else f"{a.company} {a.industry}"
            members = [self.single(a, {"legal_name": bare}), self.single(b, {"legal_name": bare})]
        else:
            raise ValueError(trap)
        for other in members[1:]:
            self.decoys.append((members[0], other, trap))

    def decoy(self, trap: str) -> None:
        rng = self.rng
        a = self.profile()
        b = self.like(a)
        b.city = a.city
        if trap == "namesake":
            b.person = a.person
            x = self.single(a, {"legal_name": a.person})
            y = self.single(b, {"legal_name": a.person})
        elif trap == "trade_name_other_city":
            b.company, b.industry = a.company, a.industry
            if a.chinese:
                b.city = next(c for c, _ in CITIES_HAN if c != a.city)
            else:
                b.form = "LLC" if a.form != "LLC" else "Co., Ltd."
            x = self.single(a, {"legal_name": self.w_name(a)})
            y = self.single(b, {"legal_name": self.w_name(b)})
        elif trap == "same_building_other_room":
            b.address = dict(a.address)
            unit = "room" if a.chinese else "unit"
            b.address[unit] = str(int(a.address[unit]) + rng.randint(1, 9))
            x, y = self.single(a), self.single(b)
        elif trap == "same_street_other_number":
            b.address = dict(a.address)
            b.address["number"] = str(int(a.address["number"]) + rng.choice([2, 4, 10]))
            x, y = self.single(a), self.single(b)
        elif trap == "one_digit_phone":
            b.phone = a.phone[:-1] + str((int(a.phone[-1]) + 1) % 10)
            x, y = self.single(a), self.single(b)
        elif trap == "one_digit_bank":
            acct = a.bank["account"]
            b.bank = dict(a.bank)
            b.bank["account"] = acct[:-2] + str((int(acct[-2]) + 1) % 10) + acct[-1]
            x, y = self.single(a), self.single(b)
        elif trap == "one_digit_tax":
            t = a.tax
            i = max(i for i, c in enumerate(t) if c.isdigit())
            b.tax = t[:i] + str((int(t[i]) + 1) % 10) + t[i + 1 :]
            x, y = (
                self.single(a, {"tax_id": self.w_tax(a)}),
                self.single(b, {"tax_id": self.w_tax(b)}),
            )
        elif trap == "same_subnet_ip":
            head, last = a.ip.rsplit(".", 1)
            b.ip = f"{head}.{(int(last) % 250) + 2}"
            x, y = self.single(a), self.single(b)
        elif trap == "email_provider":
            b.email = b.email.split("@")[0] + "@" + a.email.split("@")[1]
            x, y = self.single(a), self.single(b)
        elif trap == "lookalike_han":
            a = self.profile(True)
            b = self.profile(True)
            b.city = a.city
            while True:
                core = rng.choice(list(LOOKALIKE))
                head = rng.choice(TRADE_HAN)
                if head + core not in self.used and head + LOOKALIKE[core] not in self.used:
                    break
            a.company, b.company, b.industry = head + core, head + LOOKALIKE[core], a.industry
            self.used.update((a.company, b.company))
            x = self.single(a, {"legal_name": self.w_name(a)})
            y = self.single(b, {"legal_name": self.w_name(b)})
        elif trap == "traditional_other_region":
            a = self.profile(True)
            x = self.single(a, {"legal_name": f"{a.city}市{a.company}{a.industry}有限公司"})
            b = self.profile(True)
            y = self.single(
                b, {"legal_name": _traditional(f"台北市{a.company}{a.industry}股份有限公司")}
            )
        elif trap == "virtual_office":
            # 5-9 unrelated small firms registered at one virtual office / registered agent,
            # complete down to the suite, sharing nothing else
            members = []
            for _ in range(rng.randint(5, 9)):
                p = self.like(a)
                p.address = dict(a.address)
                members.append(self.single(p))
            for other in members[1:]:
                self.decoys.append((members[0], other, trap))
            return
        elif trap == "switchboard_extensions":
            # 3-5 unrelated people behind one office switchboard, each writing the number with
            # an own extension; one in four writes the bare number instead
            self.landline(a)
            members = []
            extensions = rng.sample(range(10, 9999), rng.randint(3, 5))
            for n, ext in enumerate(extensions):
                phone = (
                    self.w_phone(a)
                    if n >= 2 and rng.random() < 0.25
                    else self.w_extension(a, str(ext))
                )
                members.append(self.single(self.like(a), {"phone": phone}))
            for other in members[1:]:
                self.decoys.append((members[0], other, trap))
            return
        elif trap == "reception_phone":
            # 5-9 unrelated firms at one virtual office, about half listing its reception phone
            # beside their own
            members = []
            listed = 0
            for _ in range(rng.randint(5, 9)):
                p = self.like(a)
                p.address = dict(a.address)
                lists = listed < 2 or rng.random() < 0.5
                listed += lists
                members.append(self.single(p, {"phone": self.w_phone(a)} if lists else None))
            for other in members[1:]:
                self.decoys.append((members[0], other, trap))
            return
        elif trap == "shared_store_name":
            store = rng.choice(STORE_NAMES)
            x = self.single(a, {"store_name": store})
            y = self.single(b, {"store_name": store})
        else:
            raise ValueError(trap)
        self.decoys.append((x, y, trap))


TRAPS = (
    "namesake",
    "trade_name_other_city",
    "same_building_other_room",
    "same_street_other_number",
    "one_digit_phone",
    "one_digit_bank",
    "one_digit_tax",
    "same_subnet_ip",
    "email_provider",
    "lookalike_han",
    "traditional_other_region",
    "shared_store_name",
    "virtual_office",
    "switchboard_extensions",
    "reception_phone",
)
# Session 9's traps and family, drawn after the rest from a stream of their own, so that the
# accounts of the earlier set stay as they were and its figures comparable.
TRAPS_9 = ("pooled_account", "provider_details", "no_number_address", "trade_name_no_form")
FAMILIES = (
    "same_owner",
    "household",
    "agency",
    "former_employee",
    "one_address_operator",
    "extension_owner",
    "jp_invoice_owner",
    "pooled_owner",
)


def generate(n: int = 20_000, *, seed: int = 7) -> HardSet:
    """About n accounts: ~30% in real families, ~30% in decoy pairs, the rest single sellers."""
    g = _Gen(seed)
    makers = {
        "same_owner": g.same_owner,
        "household": g.household,
        "agency": g.agency,
        "former_employee": g.former_employee,
        "one_address_operator": g.one_address_operator,
        "extension_owner": g.extension_owner,
        "jp_invoice_owner": g.jp_invoice_owner,
    }
    weights = {
        "same_owner": 6,
        "household": 2,
        "agency": 1,
        "former_employee": 2,
        "one_address_operator": 1,
        "extension_owner": 1,
        "jp_invoice_owner": 1,
    }
    while len(g.accounts) < n:
        roll = g.rng.random()
        if roll < 0.12:
            kind = g.rng.choices(list(weights), list(weights.values()))[0]
            makers[kind]()
        elif roll < 0.30:
            g.decoy(g.rng.choice(TRAPS))
        else:
            g.single()
    g.rng = random.Random(seed * 1009 + 9)
    for _ in range(n // 400):
        g.pooled_owner()
        for trap in TRAPS_9:
            g.session9(trap)
    return HardSet(g.accounts, g.owner, g.family, g.planted, g.decoys, g.national)


def evaluate(labels: dict[str, int], data: HardSet) -> dict[str, float]:
    """Pair precision and recall of clusters against the owners (pairs counted, not listed)."""
    from collections import Counter

    clusters = Counter(labels.values())
    both = Counter((labels[i], data.owner[i]) for i in labels)
    found = sum(k * (k - 1) // 2 for k in clusters.values())
    right = sum(k * (k - 1) // 2 for k in both.values())
    truth = data.true_pairs()
    return {
        "precision": right / found if found else 1.0,
        "recall": right / truth if truth else 1.0,
        "found_pairs": found,
        "true_pairs": truth,
    }
